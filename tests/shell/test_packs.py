"""Content packs: a second pack needs no Python, packs are listed, opened, copied and checked."""

from __future__ import annotations

import shutil

import pytest
from conftest import REPO
from helpers import layer_center_on_screen, notes_panel, scene, stage_view
from PySide6.QtCore import QPointF, Qt

from hvviz.cli import main
from hvviz.core.resources import default_content_dir
from hvviz.features import check_pack, load_pack

TINY = REPO / "tests" / "packs" / "tiny"


@pytest.fixture
def tiny_window(qtbot):
    """A window on the test pack, which has kinds, colours and an icon of its own."""
    from hvviz.app import build_window

    win = build_window(load_pack(TINY, cached=False), "en")
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.finish_animations()
    yield win
    win.stop_animations()


def test_a_pack_with_no_python_draws_its_own_kinds_colours_and_icon(qtbot, tiny_window):
    """The test pack's layers are filled with its manifest's colours and drawn with its own icon."""
    content = tiny_window.state.content
    icon = (TINY / "icons" / "triangle.svg").read_text(encoding="utf-8")
    assert set(scene(tiny_window).stack_items) == {"left", "right"}
    for layer_id, item in scene(tiny_window).layer_items().items():
        assert item.icon == icon
        assert item.theme.fill(item.layer.kind) == content.pack.kind(item.layer.kind).colour
    image = stage_view(tiny_window).grab().toImage()
    ground = scene(tiny_window).layer_item("left.ground")
    block = ground.block_rect()
    inside = stage_view(tiny_window).mapFromScene(ground.mapToScene(QPointF(block.left() + 8, block.center().y())))
    assert image.pixelColor(inside).name().upper() == "#7A3E9D"  # the manifest's colour for `metal`


def test_a_layer_of_the_second_pack_is_clicked_and_its_note_shown(qtbot, tiny_window):
    """Clicking a layer selects it, shows its note, links its counterpart, and marks an extra layer."""
    view = stage_view(tiny_window)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=layer_center_on_screen(tiny_window, "left.sky"))
    assert tiny_window.state.selected == "left.sky"
    assert notes_panel(tiny_window).toPlainText().startswith("Sky")
    assert scene(tiny_window).layer_item("right.sky").linked
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=layer_center_on_screen(tiny_window, "right.extra"))
    assert scene(tiny_window).layer_item("right.extra").badge == "extra layer"


def test_only_the_packs_features_are_in_the_window(qtbot, tiny_window):
    """A pack without products, I/O paths, charts or a lesson gets no tabs, menus or keys for them."""
    titles = [action.text().replace("&", "") for action in tiny_window.menuBar().actions()]
    assert titles == ["File", "View", "Language", "Help"]
    assert tiny_window.side_tabs.count() == 1
    assert tiny_window.built("products") is None
    assert not [a for a in tiny_window.actions_table if a.id.startswith(("io.", "lesson.", "export.", "products."))]


def test_the_window_title_names_the_pack_and_a_folder_of_its_own(qtbot, tiny_window, window):
    """The bundled pack is named by its title; a pack elsewhere by its title and its folder."""
    assert tiny_window.windowTitle() == f"A tiny pack ({TINY})"
    assert window.windowTitle() == window.state.content.pack.title.ko


def test_check_content_checks_one_pack_by_path_and_says_which(capsys):
    """`--check-content DIR` checks that folder, and its summary names it."""
    assert main(["--check-content", str(TINY)]) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith("content OK: 2 stacks, 5 layers") and out.endswith(f"in {TINY}")


def test_list_names_the_bundled_packs(capsys):
    """`--list` ends with the packs `--pack` can open."""
    assert main(["--list"]) == 0
    out = capsys.readouterr().out
    assert "packs (--pack ID):" in out and f"  hypervisors\t{default_content_dir()} (in use)" in out


def test_an_unknown_pack_is_a_usage_error_with_a_suggestion(capsys):
    """`--pack` with a misspelt id says what the packs are."""
    assert main(["--pack", "hypervisor", "--list"]) == 2
    assert "did you mean hypervisors?" in capsys.readouterr().err


def test_new_pack_makes_an_editable_copy_and_refuses_to_overwrite(tmp_path, capsys):
    """`--new-pack DIR` copies the bundled pack, which then checks clean; a folder with files is refused."""
    target = tmp_path / "my-pack"
    assert main(["--new-pack", str(target)]) == 0
    out = capsys.readouterr().out
    assert f"--content {target} --watch" in out
    assert (target / "pack.yaml").is_file() and (target / "icons" / "hardware.svg").is_file()
    assert (target / "content.schema.json").is_file()  # an editor completes the copy's keys too
    assert (target / "notes.yaml").read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=content.schema.json")
    content, errors = check_pack(target)
    assert errors == [] and content.pack.id == "hypervisors"
    assert main(["--new-pack", str(target)]) == 1
    assert "already exists" in capsys.readouterr().err


def broken_manifest(tmp_path, old: str, new: str):
    folder = tmp_path / "pack"
    shutil.copytree(TINY, folder)
    path = folder / "pack.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    content, errors = check_pack(folder)
    assert content is None
    return errors


@pytest.mark.parametrize("old,new,message", [
    ("features: [stacks, notes]", "features: [stacks, notse]", "unknown feature `notse`; did you mean `notes`?"),
    ("features: [stacks, notes]", "features: [stacks]", "feature `stacks` needs feature `notes`"),
    ("files: [sources.yaml, notes.yaml, stacks.yaml]", "files: [sources.yaml, stacks.yaml]",
     "`files` does not list `notes.yaml`"),
    ("files: [sources.yaml, notes.yaml, stacks.yaml]", "files: [sources.yaml, notes.yaml, stacks.yaml, extra.yaml]",
     "no feature of this pack reads `extra.yaml`"),
    ("languages: [ko, en]", "languages: [ko]", "`languages` is ['ko']"),
    ('colour: "#7A3E9D"', 'colour: "purple"', "`purple` is not a colour"),
    ("icon: icons/triangle.svg", "icon: icons/square.svg", "no icon file `icons/square.svg`"),
    ("icon: icons/triangle.svg", "icon: ../../../assets/icons/hvviz.svg", "is outside the pack's folder"),
])
def test_a_broken_manifest_is_reported_at_its_line(tmp_path, old, new, message):
    """Each mistake in pack.yaml is one located error with a plain message."""
    errors = broken_manifest(tmp_path, old, new)
    assert any(message in error.message and error.origin.file.endswith("pack.yaml") and error.origin.line > 0
               for error in errors), [str(e) for e in errors]
