"""The exports' actions, as data: the lesson as a PDF handout, or as one PNG per step."""

from __future__ import annotations

from hvviz.core.actions import Action
from hvviz.features.export.words import WORDS


def actions(content) -> list[Action]:
    has_lesson = bool(content.lesson)
    return [
        Action("export.pdf", WORDS["action.export_pdf"], menu="file", section="export",
               run=lambda host: host.views("export").export("pdf"), enabled=lambda host: has_lesson),
        Action("export.png", WORDS["action.export_png"], menu="file", section="export",
               run=lambda host: host.views("export").export("png"), enabled=lambda host: has_lesson),
    ]
