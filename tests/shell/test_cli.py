"""The command line, run as a user runs it: exit codes, messages, the headless screenshot."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from hvviz.cli import main
from hvviz.platform_check import XCB_LIBRARIES, fix_command, uses_xcb, xcb_problem
from hvviz.core.resources import default_content_dir


def run_hvviz(*args, env_extra=None):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "hvviz", *args], capture_output=True, text=True, env=env, timeout=60)


def broken_content(tmp_path):
    """A copy of the bundled pack with a dangling note reference in stacks.yaml."""
    folder = tmp_path / "content"
    shutil.copytree(default_content_dir(), folder)
    path = folder / "stacks.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("note: host-apps", "note: host-app", 1), encoding="utf-8")
    return folder


def test_check_content_passes_on_the_shipped_content_and_names_each_folder(capsys, content):
    """With no folder, every bundled pack is checked in full; each says which folder it was."""
    from hvviz.core.pack import find_packs
    from hvviz.core.resources import packs_dir

    assert main(["--check-content"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    layers = sum(len(stack.layers()) for stack in content.stacks)
    assert len(lines) == len(find_packs(packs_dir()))
    assert any(line.startswith(f"content OK: {len(content.stacks)} stacks, {layers} layers") and
               line.endswith(f"in {default_content_dir()}") for line in lines)


def test_check_content_lists_problems_and_exits_1(tmp_path, capsys):
    """`--check-content` on a broken folder lists each problem under its file, ends with the count, and exits 1."""
    folder = broken_content(tmp_path)
    text = (folder / "sources.yaml").read_text(encoding="utf-8").replace("    primary: true", "    primary: yes please", 1)
    (folder / "sources.yaml").write_text(text, encoding="utf-8")
    assert main(["--check-content", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "stacks.yaml:" in out and "no note has the id `host-app`" in out
    assert "sources.yaml:" in out and "true or false" in out
    assert out.strip().endswith("2 problems found.")


def test_check_content_uses_the_content_option(tmp_path, capsys):
    """`--check-content` with no folder checks the one given by `--content`, exiting 1 when it is broken."""
    folder = broken_content(tmp_path)
    assert main(["--content", str(folder), "--check-content"]) == 1


def test_broken_content_at_launch_is_a_message_not_a_traceback(tmp_path):
    """Given broken content, the app says what is wrong and where, exits non-zero, shows no traceback."""
    result = run_hvviz("--content", str(broken_content(tmp_path)), "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 1
    assert "stacks.yaml" in result.stderr and "host-app" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert not (tmp_path / "x.png").exists()


def test_a_missing_content_folder_is_reported_plainly(tmp_path):
    """`--content` of a folder that is not there says so, in one plain line, with no traceback."""
    result = run_hvviz("--content", str(tmp_path / "nowhere"), "--list")
    assert result.returncode == 1
    assert "nowhere is not a folder" in result.stderr and "Traceback" not in result.stderr
    (tmp_path / "empty").mkdir()
    result = run_hvviz("--content", str(tmp_path / "empty"), "--list")
    assert result.returncode == 1
    assert "has no pack.yaml" in result.stderr and "--new-pack" in result.stderr


def test_list_prints_stacks_and_layers(capsys):
    """`--list` prints each stack with its title and its layers indented beneath, in the chosen language."""
    assert main(["--list", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "type1\tType 1 hypervisor" in out
    assert "  type2.host\tHost OS" in out


def test_version(capsys):
    """`--version` prints hvviz and its version and exits 0."""
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    from hvviz import __version__

    assert capsys.readouterr().out.strip() == f"hvviz {__version__}"


def test_unknown_layer_to_select_suggests_one(capsys):
    """An unknown `--select` layer is ignored by `--list` but stops a screenshot with exit 2 and a suggestion."""
    assert main(["--select", "type2.hots", "--list"]) == 0  # --list does not select
    assert main(["--select", "type2.hots", "--screenshot", "never.png"]) == 2
    assert "did you mean type2.host?" in capsys.readouterr().err


def test_bad_size_is_a_usage_error(capsys):
    """A `--size` that is not WIDTHxHEIGHT is a usage error with exit code 2."""
    with pytest.raises(SystemExit) as exit_info:
        main(["--screenshot", "x.png", "--size", "big"])
    assert exit_info.value.code == 2
    assert "WIDTHxHEIGHT" in capsys.readouterr().err


@pytest.mark.parametrize("size,lang,select", [("1280x720", "ko", None), ("1920x1080", "en", "type2.host")])
def test_screenshot_writes_an_image_of_the_requested_size(tmp_path, size, lang, select):
    """`--screenshot` renders the real window headless, animations at their end, to a PNG."""
    path = tmp_path / "shot.png"
    args = ["--screenshot", str(path), "--size", size, "--lang", lang] + (["--select", select] if select else [])
    result = run_hvviz(*args, env_extra={"QT_QPA_PLATFORM": ""})  # the option itself chooses off-screen
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    image = QImage(str(path))
    width, height = (int(v) for v in size.split("x"))
    assert (image.width(), image.height()) == (width, height)
    colours = {image.pixel(x, y) for x in range(0, width, 37) for y in range(0, height, 29)}
    assert len(colours) > 20  # a picture, not a blank frame


def test_no_display_gives_advice_instead_of_a_qt_abort(tmp_path):
    """With no display, hvviz exits 1 saying so and pointing to `--screenshot`, instead of letting Qt abort."""
    result = run_hvviz(env_extra={"QT_QPA_PLATFORM": "", "DISPLAY": "", "WAYLAND_DISPLAY": ""})
    assert result.returncode == 1
    assert "no display" in result.stderr and "--screenshot" in result.stderr


def test_missing_xcb_libraries_are_named_with_the_command_that_installs_them():
    """Missing xcb libraries are named by the apt-get command that installs them; with none missing, no message."""
    missing = {"libxcb-cursor.so.0", "libxcb-keysyms.so.1"}
    message = xcb_problem({"DISPLAY": ":0"}, can_load=lambda name: name not in missing)
    assert message is not None
    assert "sudo apt-get install -y libxcb-cursor0 libxcb-keysyms1" in message
    assert xcb_problem({"DISPLAY": ":0"}, can_load=lambda name: True) is None


def test_xcb_is_only_checked_where_qt_would_use_it():
    """The xcb check applies on Linux with X11, not off-screen, on a Wayland session, or on macOS."""
    assert uses_xcb({"DISPLAY": ":0"}, "linux")
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not uses_xcb({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, "linux")
    assert not uses_xcb({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, "linux")
    assert not uses_xcb({"DISPLAY": ":0"}, "darwin")


def test_the_fix_names_debian_packages_for_every_library():
    """The fix command for all the xcb libraries is an apt-get install of their Debian packages."""
    assert fix_command(list(XCB_LIBRARIES.values())).startswith("sudo apt-get install -y libxcb-cursor0 ")


def test_the_launch_command_stops_with_advice_when_xcb_libraries_are_missing(tmp_path):
    """The real check, end to end: a library that cannot load makes hvviz print the fix and exit 1."""
    code = (
        "import sys, hvviz.platform_check as pc\n"
        "pc.XCB_LIBRARIES['libhvviz-does-not-exist.so.9'] = 'libhvviz-test0'\n"
        "from hvviz.cli import main\n"
        "sys.exit(main([]))\n"
    )
    env = dict(os.environ, DISPLAY=":99", QT_QPA_PLATFORM="")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 1
    assert "libhvviz-test0" in result.stderr and "apt-get install" in result.stderr


def test_list_into_a_pipe_that_closes_early_exits_quietly():
    """`hvviz --list | head -2`: the reader stops early, and hvviz exits 0 without a traceback."""
    import subprocess as sp

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    listing = sp.Popen([sys.executable, "-m", "hvviz", "--list"], stdout=sp.PIPE, stderr=sp.PIPE, env=env)
    head = sp.run(["head", "-2"], stdin=listing.stdout, capture_output=True, text=True, timeout=60)
    listing.stdout.close()
    err = listing.stderr.read().decode()
    assert listing.wait(timeout=60) == 0
    assert len(head.stdout.splitlines()) == 2
    assert "Traceback" not in err and "BrokenPipe" not in err
