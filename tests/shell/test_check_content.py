"""`hvviz --check-content` runs every check the test suite runs on content, and reports in file order."""

from __future__ import annotations

import shutil

from hvviz.cli import main
from hvviz.core.resources import default_content_dir


def copy_with(tmp_path, filename: str, old: str, new: str):
    folder = tmp_path / "pack"
    shutil.copytree(default_content_dir(), folder)
    path = folder / filename
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    line = 1 + text.split(old, 1)[0].count("\n")
    return folder, line


def test_a_character_the_font_lacks_is_an_error_with_its_place(tmp_path, capsys):
    """A note's summary with a character the bundled font has no glyph for fails the check at that note."""
    folder, _ = copy_with(tmp_path, "notes.yaml", 'en: "What is a hypervisor?"', 'en: "What is a hypervisor? ✓"')
    assert main(["--check-content", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "notes.yaml:" in out and "U+2713" in out and "drawn as a box" in out


def test_markdown_left_as_literal_stars_is_an_error_with_its_place(tmp_path, capsys):
    """A Korean particle right after a closing ** (which CommonMark does not close) fails the check."""
    folder, _ = copy_with(tmp_path, "notes.yaml", "포스트는 하이퍼바이저를 두 종류로 나눕니다.", "포스트는 하이퍼바이저를 **두 종류(Type)**로 나눕니다.")
    assert main(["--check-content", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "notes.yaml:" in out and "`what`" in out and "**" in out


def test_problems_are_listed_by_file_and_line(tmp_path, capsys):
    """Errors in several files come sorted by file, then line, whatever order the loader met them in."""
    folder, _ = copy_with(tmp_path, "stacks.yaml", "note: host-apps", "note: nowhere")
    text = (folder / "sources.yaml").read_text(encoding="utf-8").replace("    primary: true", "    primary: maybe", 1)
    (folder / "sources.yaml").write_text(text, encoding="utf-8")
    text = (folder / "notes.yaml").read_text(encoding="utf-8").replace("analogies: [", "analogies: [nowhere, ", 1)
    (folder / "notes.yaml").write_text(text, encoding="utf-8")
    assert main(["--check-content", str(folder)]) == 1
    lines = [line for line in capsys.readouterr().out.splitlines() if ".yaml:" in line]
    places = [(line.split(":")[0], int(line.split(":")[1])) for line in lines]
    assert places == sorted(places) and len({file for file, _ in places}) == 3
