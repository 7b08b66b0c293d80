"""The "extra layer" badge: a tag inside the selected layer's block, top right, when no other
stack on screen has a counterpart of it (the host OS beside Type 1). Which layer gets it is a
rule of the core (`hvviz.core.rules`); this is only how it is placed and drawn."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from hvviz.core.theme import Theme
from hvviz.gui.scene_fonts import fitted_font

#: between the badge's words and its pill's ends
PAD = 10.0


class ExtraLayerBadge:
    """Its wordings (the full one, and a short one for narrow blocks), its place and its font."""

    def __init__(self, family: str):
        self.family = family
        self.full = self.short = ""
        #: the wording shown: the full one, or the short one where that does not fit
        self.text = ""
        self.rect = QRectF()
        self.font: QFont | None = None

    def set_texts(self, full: str, short: str) -> bool:
        """Returns whether they changed."""
        changed = (full, short) != (self.full, self.short)
        self.full, self.short = full, short
        return changed

    def clear(self) -> None:
        self.text, self.rect = "", QRectF()

    def wordings(self) -> list[str]:
        """The full wording first, then the short one; each once."""
        return list(dict.fromkeys(t for t in (self.full, self.short) if t))

    def place(self, text: str, block: QRectF, padding: float, top: bool, size: float, floor: float) -> bool:
        """In the block's top right corner, or at its right end, half way up; its font from `size`
        down to `floor` (type-scale points). Whether its words fit in the block at that floor."""
        room = block.width() - padding - 2 * PAD
        font = fitted_font(self.family, size, True, text, room, floor)
        metrics = QFontMetricsF(font)
        width = min(room, metrics.horizontalAdvance(text)) + 2 * PAD
        height = metrics.height() + 4
        y = block.top() + padding / 2 if top else block.center().y() - height / 2
        self.text, self.font = text, font
        self.rect = QRectF(block.right() - padding / 2 - width, y, width, height)
        return metrics.horizontalAdvance(text) <= room

    def place_in(self, block: QRectF, padding: float, size: float, floor: float,
                 layout: Callable[[QRectF], None], words: Callable[[], list[QRectF]]) -> None:
        """Place the badge in `block`, inside it and off its words; `layout(rect)` lays the block's
        icon and words out in `rect`, `words()` says where they are.

        It goes in the top right corner, in its full wording if that leaves the icon and the words
        clear, else in its short one; if even that touches them, they move down below it; in a block
        too low for that, the badge stands at the right end and the words keep to its left."""
        self.clear()
        wordings = self.wordings()
        if not wordings:
            return
        for text in wordings:
            if self.place(text, block, padding, True, size, floor) and not self.touches(words()):
                return
        layout(block.adjusted(0, self.rect.bottom() - block.top(), 0, 0))
        if not self.touches(words()) and all(block.contains(rect) for rect in words() if not rect.isEmpty()):
            return
        self.place(wordings[-1], block, padding, False, size, floor)
        layout(block.adjusted(0, 0, self.rect.left() - block.right() - PAD, 0))

    def touches(self, rects: list[QRectF]) -> bool:
        """Whether it covers any of these, or comes closer to them than its own padding."""
        around = self.rect.adjusted(-PAD, -2, PAD, 2)
        return any(around.intersects(rect) for rect in rects)

    def paint(self, painter: QPainter, theme: Theme) -> None:
        if not self.text:
            return
        height = self.rect.height()
        painter.setPen(QPen(QColor(theme.outline), 1.5))
        painter.setBrush(QColor(theme.selection))
        painter.drawRoundedRect(self.rect, height / 2, height / 2)
        painter.setPen(QColor(theme.on_selection))
        painter.setFont(self.font)
        painter.drawText(self.rect, Qt.AlignmentFlag.AlignCenter, self.text)
