"""Lecture mode's actions, as data: F5 and Shift+F5, and every key that drives a presentation,
the clicker's keys among them (they follow reveal.js and PowerPoint). The presentation reads its
keys from here, so the help lists exactly the keys that work."""

from __future__ import annotations

from hvviz.core.actions import Action
from hvviz.features.lecture.words import WORDS


def _presentation(host):
    return host.views("lecture").presentation


def presenting_actions() -> list[Action]:
    """The keys while presenting; `run` acts on the presentation."""
    def do(method: str, *args):
        return lambda host: getattr(_presentation(host), method)(*args)

    return [
        Action("present.next", WORDS["keys.next"], keys=("Right", "Down", "Space", "PgDown", "N", "Return", "Enter"),
               key_text="→, ↓, Space, PgDown, N, Enter", run=do("next"), context="presenting"),
        Action("present.previous", WORDS["keys.previous"], keys=("Left", "Up", "PgUp", "P", "Backspace", "Shift+Space"),
               key_text="←, ↑, PgUp, P, Backspace", run=do("previous"), context="presenting"),
        Action("present.first", WORDS["keys.first"], keys=("Home",), run=do("first"), context="presenting"),
        Action("present.last", WORDS["keys.last"], keys=("End",), run=do("last"), context="presenting"),
        Action("present.goto", WORDS["keys.goto"], keys=("G",), key_text="G + N", run=do("start_goto"), context="presenting"),
        Action("present.black", WORDS["keys.black"], keys=("B", "."), run=do("toggle_overlay", "black"), context="presenting"),
        Action("present.white", WORDS["keys.white"], keys=("W", ","), run=do("toggle_overlay", "white"), context="presenting"),
        Action("present.presenter", WORDS["keys.presenter"], keys=("S",), run=do("ask_presenter_view"), context="presenting"),
        Action("present.help", WORDS["keys.help"], keys=("?", "F1"), run=do("toggle_overlay", "help"), context="presenting"),
        Action("present.stop", WORDS["keys.stop"], keys=("Esc",), run=do("escape"), context="presenting"),
    ]


def actions(content) -> list[Action]:
    has_lesson = bool(content.lesson)
    return [
        Action("lesson.present", WORDS["action.present"], keys=("F5",), menu="lesson", help=WORDS["keys.present"],
               run=lambda host: host.views("lecture").start(), enabled=lambda host: has_lesson),
        Action("lesson.present_start", WORDS["action.present_start"], keys=("Shift+F5",), menu="lesson",
               help=WORDS["keys.present_start"], run=lambda host: host.views("lecture").start(from_beginning=True),
               enabled=lambda host: has_lesson),
        *presenting_actions(),
    ]
