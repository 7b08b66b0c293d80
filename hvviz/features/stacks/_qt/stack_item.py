"""A stack on the stage: its title, other names, layers laid out bottom → top, and caption."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QTextOption
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QGraphicsTextItem

from hvviz.core.layout import layout_stack, stack_height
from hvviz.core.theme import TYPE_SCALE, Theme
from hvviz.features.stacks._qt.layer_item import LayerItem
from hvviz.gui.scene_fonts import scene_font

STACK_WIDTH = 560.0
LAYER_HEIGHT = 118.0
LAYER_GAP = 10.0
TITLE_HEIGHT = 96.0
CAPTION_GAP = 18.0
CAPTION_HEIGHT = 64.0


class StackTitle(QGraphicsObject):
    """The stack's name and, below it, its other names."""

    def __init__(self, stack, theme: Theme, family: str):
        super().__init__()
        self.stack, self.theme = stack, theme
        self._title_font = scene_font(family, TYPE_SCALE.stack_title, bold=True)
        self._aka_font = scene_font(family, TYPE_SCALE.stack_aka)
        self._title = self._aka = ""
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_language(self, lang: str) -> None:
        self._title = self.stack.title.get(lang)
        self._aka = self.stack.aka.get(lang)
        self.update()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, STACK_WIDTH, TITLE_HEIGHT)

    def text_rects(self) -> list[QRectF]:
        """Where the title and the other names are drawn (centred), in item coordinates."""
        title_h = QFontMetricsF(self._title_font).height()
        rects = []
        for font, text, top, height in ((self._title_font, self._title, 8, title_h),
                                        (self._aka_font, self._aka, 12 + title_h, QFontMetricsF(self._aka_font).height())):
            width = QFontMetricsF(font).horizontalAdvance(text)
            rects.append(QRectF((STACK_WIDTH - width) / 2, top, width, height))
        return rects

    def paint(self, painter: QPainter, option, widget=None) -> None:
        title_h = QFontMetricsF(self._title_font).height()
        painter.setPen(QColor(self.theme.text))
        painter.setFont(self._title_font)
        painter.drawText(QRectF(0, 8, STACK_WIDTH, title_h), Qt.AlignmentFlag.AlignCenter, self._title)
        painter.setPen(QColor(self.theme.muted))
        painter.setFont(self._aka_font)
        painter.drawText(QRectF(0, 12 + title_h, STACK_WIDTH, TITLE_HEIGHT - title_h - 12), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self._aka)


class StackItem(QGraphicsObject):
    """Groups a stack's title, layers and caption; the layers are its children. `icons` are the
    pack's kind icons (SVG), by kind."""

    def __init__(self, stack, theme: Theme, family: str, icons: dict[str, str]):
        super().__init__()
        self.stack = stack
        self.levels_height = stack_height(stack) * LAYER_HEIGHT
        self.title = StackTitle(stack, theme, family)
        self.title.setParentItem(self)
        self.layer_items: dict[str, LayerItem] = {}
        rects = layout_stack(stack)
        for layer in stack.layers():
            rect = rects[layer.id]
            item = LayerItem(
                layer,
                icons[layer.kind],
                rect.w * STACK_WIDTH - LAYER_GAP,
                rect.h * LAYER_HEIGHT - LAYER_GAP,
                theme,
                family,
            )
            item.setParentItem(self)
            # layout y counts up from the hardware; scene y counts down
            item.setPos(
                rect.x * STACK_WIDTH + LAYER_GAP / 2,
                TITLE_HEIGHT + self.levels_height - (rect.y + rect.h) * LAYER_HEIGHT + LAYER_GAP / 2,
            )
            self.layer_items[layer.id] = item
        self.caption = QGraphicsTextItem(self)
        self.caption.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.caption.setFont(scene_font(family, TYPE_SCALE.caption))
        self.caption.setDefaultTextColor(QColor(theme.muted))
        self.caption.setTextWidth(STACK_WIDTH)
        option = QTextOption(Qt.AlignmentFlag.AlignHCenter)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        self.caption.document().setDefaultTextOption(option)
        self.caption.setPos(0, TITLE_HEIGHT + self.levels_height + CAPTION_GAP)

    @property
    def total_height(self) -> float:
        return TITLE_HEIGHT + self.levels_height + CAPTION_GAP + CAPTION_HEIGHT

    def set_language(self, lang: str) -> None:
        self.title.set_language(lang)
        self.caption.setPlainText(self.stack.caption.get(lang))
        for item in self.layer_items.values():
            item.set_language(lang)

    def set_theme(self, theme: Theme) -> None:
        self.title.set_theme(theme)
        self.caption.setDefaultTextColor(QColor(theme.muted))
        for item in self.layer_items.values():
            item.set_theme(theme)

    def set_view_scale(self, scale: float | None, repaint: bool = True) -> None:
        """How many screen pixels a scene unit takes: the layers lay their words out again for it."""
        for item in self.layer_items.values():
            item.set_view_scale(scale, repaint)

    def text_rects(self) -> list[QRectF]:
        """Where the stack's own words (title, other names, caption) are, in scene coordinates."""
        rects = [self.title.mapRectToScene(rect) for rect in self.title.text_rects()]
        return rects + [self.caption.sceneBoundingRect()]

    def boundingRect(self) -> QRectF:
        return QRectF()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        """Draws nothing itself: its children are the picture."""
