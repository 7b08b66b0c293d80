"""The caption bar under the stage: one or two sentences on what is on screen, as the core's
caption rule decides (`hvviz.core.rules.caption`), in words the room can read."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from hvviz.core import rules
from hvviz.features.io_path.words import tr as io_tr
from hvviz.features.stacks.words import tr as stacks_tr


def escape(text: str) -> str:
    """Content is text, not markup: `<` and `&` show as themselves. (Not `html.escape`: its module
    brings the whole table of HTML entities into every start-up.)"""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class CaptionBar(QLabel):
    def __init__(self, state, family: str, parent=None):
        super().__init__(parent)
        self.state = state
        self.setObjectName("caption")
        self.setWordWrap(True)
        self.setFont(QFont(family))

    def refresh(self, presenting: bool = False, goto_digits: str | None = None) -> None:
        state, lang = self.state, self.state.language
        caption = rules.caption(state, presenting, goto_digits)
        values = {key: escape(value) for key, value in caption.values.items()}
        if caption.kind == "lesson":
            text = f"<span style='color:{state.theme.muted}'>{values['counter']}</span>&nbsp;&nbsp; {values['text']}"
        elif caption.kind == "layer":
            text = f"<b>{values['label']}</b> ({values['stack']}): {values['summary']}"
        elif caption.kind == "hint":
            text = escape(stacks_tr("caption.hint", lang))
        elif caption.kind == "io.answer":
            text = escape(io_tr("io.caption.answer", lang, answer=caption.values["answer"]))
        elif caption.kind == "io.step":
            text = escape(io_tr("io.caption.step", lang, **caption.values))
        elif caption.kind == "io.start":
            text = escape(io_tr("io.start", lang, **caption.values))
        else:
            text = escape(io_tr("io.pick", lang))
        if text != self.text():
            self.setText(text)
