"""Live reload, driven as a teacher would: save a file of a copy of the pack and see the window follow."""

from __future__ import annotations

import os
import shutil

import pytest
from helpers import presentation, scene

from hvviz.core.resources import default_content_dir
from hvviz.features import load_pack
from hvviz.shell import live_reload


@pytest.fixture
def pack(tmp_path):
    folder = tmp_path / "pack"
    shutil.copytree(default_content_dir(), folder)
    return folder


@pytest.fixture
def watched(qtbot, pack, monkeypatch):
    """A window on the copy, watching its folder (saves closer than 50 ms reload once)."""
    from hvviz.app import build_window

    monkeypatch.setattr(live_reload, "DEBOUNCE_MS", 50)
    win = build_window(load_pack(pack), "en")
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.finish_animations()
    win.set_watching(True)
    yield win
    win.set_watching(False)
    win.stop_animations()


def edit(path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def reloads(window) -> int:
    return window.watcher.reloads


def test_an_edited_label_appears_on_the_stage(qtbot, watched, pack):
    """Saving stacks.yaml with a new label shows it on the stage, with no restart."""
    edit(pack / "stacks.yaml", 'en: "Host OS"', 'en: "Host operating system"')
    qtbot.waitUntil(lambda: reloads(watched) == 1, timeout=5000)
    assert scene(watched).layer_item("type2.host").label_text() == "Host operating system"


def test_a_broken_save_keeps_the_last_good_content_and_shows_where(qtbot, watched, pack):
    """A save that breaks a file leaves the stage as it was and shows a banner naming the file and
    line; the next good save clears it."""
    edit(pack / "stacks.yaml", "note: host-apps", "note: host-app")
    line = 1 + (pack / "stacks.yaml").read_text(encoding="utf-8").split("note: host-app\n")[0].count("\n")
    qtbot.waitUntil(lambda: watched.watcher.banner is not None and watched.watcher.banner.isVisible(), timeout=5000)
    banner = watched.watcher.banner.message.text()
    assert f"stacks.yaml:{line}:" in banner and "host-app" in banner
    assert watched.state.content.has_layer("type2.apps")  # the old content is still on screen
    edit(pack / "stacks.yaml", "note: host-app\n", "note: host-apps\n")
    qtbot.waitUntil(lambda: not watched.watcher.banner.isVisible(), timeout=5000)
    assert reloads(watched) == 1


def test_renaming_the_selected_layer_clears_the_selection_calmly(qtbot, watched, pack):
    """The selected layer's id is renamed in every file: the new content comes in with nothing selected."""
    watched.state.select("type2.host")
    for name in ("stacks.yaml", "lesson.yaml"):
        path = pack / name
        path.write_text(path.read_text(encoding="utf-8").replace("type2.host", "type2.host-os"), encoding="utf-8")
    qtbot.waitUntil(lambda: reloads(watched) >= 1, timeout=5000)
    assert watched.state.content.has_layer("type2.host-os")
    assert watched.state.selected is None
    assert "type2.host-os" in scene(watched).layer_items()


def test_the_view_the_language_and_the_selection_stay_where_their_ids_do(qtbot, watched, pack):
    """A product's tab, a selected layer and the language survive a reload."""
    watched.state.show_stacks(watched.state.content.products["xen"].shown_stacks())
    watched.state.select("xen.dom0-kernel")
    watched.state.set_language("ko")
    edit(pack / "notes.yaml", "notes:", "notes:  # edited")
    qtbot.waitUntil(lambda: reloads(watched) == 1, timeout=5000)
    assert watched.state.shown == watched.state.content.products["xen"].shown_stacks()
    assert watched.state.selected == "xen.dom0-kernel" and watched.state.language == "ko"


def test_several_quick_saves_reload_once(qtbot, watched, pack):
    """Three saves, each seen by the watcher, all within the debounce: one reload, with the last one."""
    watched.watcher._timer.setInterval(1500)
    seen = []
    watched.watcher.watcher.fileChanged.connect(seen.append)
    labels = ["Host OS", "Host A", "Host B", "Host C"]
    for old, new in zip(labels, labels[1:]):
        with qtbot.waitSignal(watched.watcher.watcher.fileChanged, timeout=3000):
            edit(pack / "stacks.yaml", f'en: "{old}"', f'en: "{new}"')
    assert len(seen) >= 3
    qtbot.waitUntil(lambda: reloads(watched) == 1, timeout=5000)
    assert not watched.watcher._timer.isActive()
    assert reloads(watched) == 1
    assert scene(watched).layer_item("type2.host").label_text() == "Host C"


def test_a_save_by_rename_is_seen(qtbot, watched, pack):
    """Editors that write a new file and rename it over the old one are followed."""
    path = pack / "stacks.yaml"
    new = pack / ".stacks.yaml.new"
    new.write_text(path.read_text(encoding="utf-8").replace('en: "Host OS"', 'en: "Renamed host"', 1), encoding="utf-8")
    os.replace(new, path)
    qtbot.waitUntil(lambda: reloads(watched) == 1, timeout=5000)
    assert scene(watched).layer_item("type2.host").label_text() == "Renamed host"
    edit(path, 'en: "Renamed host"', 'en: "Edited again"')  # and it is still watched after the rename
    qtbot.waitUntil(lambda: reloads(watched) == 2, timeout=5000)
    assert scene(watched).layer_item("type2.host").label_text() == "Edited again"


def test_while_presenting_a_reload_keeps_the_step_the_audience_sees(qtbot, watched, pack):
    """Presenting step 5, a saved caption changes on screen but the step does not."""
    presentation(watched).start(from_beginning=True)
    presentation(watched).go(5)
    step = watched.state.content.lesson[4]
    edit(pack / "lesson.yaml", step.caption.en.split(".")[0], "Edited caption")
    qtbot.waitUntil(lambda: reloads(watched) == 1, timeout=5000)
    assert watched.state.lesson_step == 4
    assert watched.state.content.lesson[4].caption.en.startswith("Edited caption")
    assert "Edited caption" in watched.caption.text() or watched.state.language == "ko"
    presentation(watched).stop()


def test_while_presenting_a_reload_waits_for_the_steps_transition(qtbot, watched, pack):
    """A save during a step's transition is swapped in only once the transition has ended."""
    presentation(watched).start(from_beginning=True)
    watched.finish_animations()
    edit(pack / "notes.yaml", "notes:", "notes:  # edited")
    old = watched.state.content
    presentation(watched).next()
    animation = scene(watched).animation
    assert animation is not None and animation.state() == animation.State.Running
    watched.watcher.reload()  # the save, checked while the stacks still move
    assert watched.state.content is old
    with qtbot.waitSignal(animation.finished, timeout=3000):
        pass
    qtbot.waitUntil(lambda: watched.state.content is not old, timeout=3000)
    assert watched.state.lesson_step == 1
    presentation(watched).stop()


def test_the_view_menu_turns_watching_on_and_off(qtbot, window):
    """The View menu's check item starts and stops watching the pack's folder."""
    from helpers import action

    watch = action(window, "shell.watch")
    assert watch.isCheckable() and not watch.isChecked() and not window.watching
    watch.trigger()
    assert window.watching and watch.isChecked()
    watch.trigger()
    assert not window.watching and not watch.isChecked()


def test_a_chart_built_before_a_reload_follows_the_new_content(qtbot, watched, pack):
    """The cost chart, open when a crossing's name is edited, shows the new name after the reload."""
    chart = watched.side.show("cost")
    edit(pack / "costs.yaml", "en: \"VM exit and re-entry (incl. hypercalls)\"", "en: \"VM exit (edited)\"")
    qtbot.waitUntil(lambda: reloads(watched) == 1, timeout=5000)
    rebuilt = watched.side.built["cost"]
    assert rebuilt is not None and rebuilt is not chart
    watched.state.set_language("en")
    assert any("VM exit (edited)" in label.text() for label in rebuilt.slider_labels.values())
