"""The stacks' actions, as data: the views (1, 2, 3), replay, clear, zoom; and the keys the stage
handles itself, listed in the help."""

from __future__ import annotations

from hvviz.core.actions import Action
from hvviz.features.stacks.words import WORDS, tr


def view_choices(content) -> list[tuple[str, ...]]:
    """The views keys 1, 2, 3 … choose: the first compared stack alone, all of them side by side,
    then each of the others alone."""
    compare = content.compare
    if len(compare) < 2:
        return [compare]
    return [(compare[0],), compare, *((stack_id,) for stack_id in compare[1:])]


def _view_name(shown: tuple[str, ...]):
    def name(content, lang: str) -> str:
        if len(shown) == 1 and len(content.compare) > 1:
            return tr("action.only", lang, title=content.stack(shown[0]).title.get(lang))
        return tr("action.both", lang)

    return name


def _view_help(shown: tuple[str, ...]):
    def describe(content, lang: str) -> str:
        if len(shown) == 1 and len(content.compare) > 1:
            return tr("keys.views.one", lang, title=content.stack(shown[0]).title.get(lang))
        return tr("keys.views.all", lang)

    return describe


def actions(content) -> list[Action]:
    views = [
        Action(f"stacks.view.{number}", _view_name(shown), keys=(str(number),), menu="view", section="views", toolbar=True,
               help=_view_help(shown),
               run=lambda host, s=shown: host.state.show_stacks(s), checked=lambda host, s=shown: host.state.shown == s,
               group="views")
        for number, shown in enumerate(view_choices(content), start=1)
    ]
    return views + [
        Action("stacks.replay", WORDS["action.replay"], keys=("R",), menu="view", section="replay", toolbar=True,
               tip=WORDS["action.replay.tip"], help=WORDS["keys.replay"], run=lambda host: host.views("stacks").replay()),
        Action("stacks.clear", WORDS["action.clear"], menu="view", section="replay", run=lambda host: host.state.select(None)),
        Action("stacks.zoom_in", WORDS["action.zoom_in"], keys=("Ctrl+=", "Ctrl++"), menu="view", section="zoom",
               help=WORDS["keys.zoom_in"], run=lambda host: host.views("stacks").zoom(1.2)),
        Action("stacks.zoom_out", WORDS["action.zoom_out"], keys=("Ctrl+-",), menu="view", section="zoom",
               help=WORDS["keys.zoom_out"], run=lambda host: host.views("stacks").zoom(1 / 1.2)),
        Action("stacks.zoom_reset", WORDS["action.zoom_reset"], keys=("Ctrl+0",), menu="view", section="zoom",
               help=WORDS["keys.zoom_reset"], run=lambda host: host.views("stacks").zoom(None)),
        # handled by the stage itself when it has the focus
        Action("stage.select", WORDS["keys.select"], keys=("Enter", "Space"), key_text="Click, Enter, Space", context="stage"),
        Action("stage.tab", WORDS["keys.tab"], keys=("Tab", "Shift+Tab"), context="stage"),
        Action("stage.arrows", WORDS["keys.arrows"], keys=("Left", "Right", "Up", "Down"), key_text="← → ↑ ↓", context="stage"),
        Action("stage.escape", WORDS["keys.escape"], keys=("Esc",), context="stage"),
    ]
