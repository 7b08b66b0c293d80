"""One layer of a stack: a rounded, coloured block with an icon, a label and a detail line.

Geometry and fitted fonts are computed when the language, size or look changes;
`paint()` only draws what those setters prepared.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QStyleOptionGraphicsItem, QWidget

from hvviz.core.theme import TYPE_SCALE, Theme, readable_on
from hvviz.features.stacks._qt.extra_layer_badge import PAD as BADGE_PAD
from hvviz.features.stacks._qt.extra_layer_badge import ExtraLayerBadge
from hvviz.gui.icons import icon_renderer
from hvviz.gui.scene_fonts import MIN_FONT_RATIO, fitted_font, scene_font

CORNER = 12.0
PADDING = 12.0
#: room around the block for the focus ring
MARGIN = 10.0
NARROW = 210.0  # below this width the icon goes above the label


def _centred(wraps: bool) -> int:
    """Text flags for a label or detail centred in its box, word-wrapped if `wraps`."""
    align = Qt.AlignmentFlag.AlignCenter
    return int(align | Qt.TextFlag.TextWordWrap) if wraps else int(align)


def _text_bounds(font: QFont, text: str, rect: QRectF, wraps: bool) -> QRectF:
    """Where `text`, centred in `rect`, is drawn."""
    metrics = QFontMetricsF(font)
    if wraps:
        return metrics.boundingRect(rect, _centred(True), text)
    width = metrics.horizontalAdvance(text)
    return QRectF(rect.center().x() - width / 2, rect.top(), width, rect.height())


class LayerItem(QGraphicsObject):
    def __init__(self, layer, icon: str, width: float, height: float, theme: Theme, family: str):
        """`layer` is the record; `icon` the SVG of its kind, from the pack's manifest."""
        super().__init__()
        self.layer = layer
        self.icon = icon
        self.theme = theme
        self.family = family
        self._rect = QRectF(0, 0, width, height)
        self.hovered = False
        self.selected = False
        self.focused = False
        self.linked = False
        self.dimmed = False
        self.extra_badge = ExtraLayerBadge(family)
        self._label = ""
        self._detail = ""
        self.setAcceptHoverEvents(True)
        # drawn once per look and zoom, then blitted: the build-up only moves and fades it
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, False)
        self._path = QPainterPath()
        self._path.addRoundedRect(self._rect, CORNER, CORNER)
        self._layout_fonts()

    # state set by the stage -------------------------------------------------------
    @property
    def layer_id(self) -> str:
        return self.layer.id

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._layout_fonts()
        self.update()

    def set_language(self, lang: str) -> None:
        self._label = self.layer.label.get(lang)
        self._detail = self.layer.detail.get(lang) if self.layer.detail else ""
        self._layout_fonts()
        self.update()

    def set_look(self, *, selected: bool, focused: bool, linked: bool, dimmed: bool, badge: str = "",
                 badge_short: str = "") -> None:
        """`badge` is a tag inside the block, top right (`badge_short` where it does not fit)."""
        changed = (selected, focused, linked, dimmed) != (self.selected, self.focused, self.linked, self.dimmed)
        self.selected, self.focused, self.linked, self.dimmed = selected, focused, linked, dimmed
        # the selected layer's outline is drawn over its neighbours
        self.setZValue(1 if selected else 0)
        if self.extra_badge.set_texts(badge, badge_short):
            changed = True
            self._layout_fonts()
            self.setToolTip(badge)  # the full wording, where the badge shows the short one
        if changed:
            self.update()

    @property
    def badge(self) -> str:
        """The badge's words as shown ("" when there is none)."""
        return self.extra_badge.text

    @property
    def _badge_rect(self) -> QRectF:
        return self.extra_badge.rect

    def label_text(self) -> str:
        return self._label

    def clipped_texts(self) -> list[str]:
        """Texts that do not fit and are shown shortened or not at all (should be none)."""
        clipped = [self._label] if self._elided_label != self._label else []
        if self._detail and self._elided_detail != self._detail:
            clipped.append(self._detail)
        return clipped

    def block_rect(self) -> QRectF:
        """The layer's block, in item coordinates (without the margin)."""
        return QRectF(self._rect)

    # geometry ---------------------------------------------------------------------
    def _layout_fonts(self) -> None:
        """Place badge, icon, label and detail; fonts shrink (to a floor) rather than clip.

        A badge stays inside its block and off its words. It goes in the top right corner, in
        its full wording if that leaves the icon and the words clear, else in its short one;
        if even that touches them, they move down below it; in a block too low for that, the
        badge stands at the right end and the words keep to its left."""
        badge = self.extra_badge
        self._layout_text(self._rect)
        badge.clear()
        wordings = badge.wordings()
        if not wordings:
            return
        for text in wordings:
            badge.place(text, self._rect, PADDING, top=True)
            if not self._badge_touches_text():
                return
        self._layout_text(self._rect.adjusted(0, badge.rect.bottom() - self._rect.top(), 0, 0))
        if not self._badge_touches_text() and self._words_inside():
            return
        badge.place(wordings[-1], self._rect, PADDING, top=False)
        self._layout_text(self._rect.adjusted(0, 0, badge.rect.left() - self._rect.right() - BADGE_PAD, 0))

    def _badge_touches_text(self) -> bool:
        """Whether the badge covers any of the icon, the label or the detail, or comes closer to
        them than its own padding."""
        return self.extra_badge.touches([self._icon_rect, *self.text_rects()])

    def _words_inside(self) -> bool:
        """Whether the icon, the label and the detail all lie within the block."""
        return all(self._rect.contains(rect) for rect in [self._icon_rect, *self.text_rects()])

    def text_rects(self) -> list[QRectF]:
        """Where the label and the detail are drawn (not their boxes), in item coordinates."""
        drawn = [_text_bounds(self._label_font, self._elided_label, self._label_rect, self._label_wraps)]
        if self._elided_detail:
            drawn.append(_text_bounds(self._detail_font, self._elided_detail, self._detail_rect, False))
        return drawn

    def marker_point(self) -> QPointF:
        """Where a marker (the travelling I/O request) sits on this layer without hiding its
        words: on its icon."""
        return self._icon_rect.center()

    def _layout_text(self, r: QRectF) -> None:
        self._label_wraps = False
        if r.width() < NARROW:
            self._layout_narrow(r)
        else:
            self._layout_wide(r)
        width = self._label_rect.width()
        if self._label_wraps:  # two lines, each fitting: nothing is cut
            self._elided_label = self._label
        else:
            self._elided_label = QFontMetricsF(self._label_font).elidedText(self._label, Qt.TextElideMode.ElideRight, width)
        self._elided_detail = (
            QFontMetricsF(self._detail_font).elidedText(self._detail, Qt.TextElideMode.ElideRight, width)
            if not self._detail_rect.isEmpty()
            else ""
        )

    def _layout_wide(self, r: QRectF) -> None:
        """Icon on the left, label and detail centred in the rest."""
        icon = min(r.height() * 0.5, 44.0)
        self._icon_rect = QRectF(r.left() + PADDING + 4, r.center().y() - icon / 2, icon, icon)
        left = self._icon_rect.right() + PADDING
        text = QRectF(left, r.top() + PADDING * 0.5, r.right() - left - PADDING - icon * 0.3, r.height() - PADDING)
        scale = self.theme.label_scale  # larger where it fits; never a smaller floor than the default look
        self._detail_font = fitted_font(self.family, TYPE_SCALE.detail * scale, False, self._detail, text.width(),
                                        TYPE_SCALE.detail * MIN_FONT_RATIO)
        detail_h = QFontMetricsF(self._detail_font).height() if self._detail else 0.0
        full = scene_font(self.family, TYPE_SCALE.label * scale, bold=True)
        wrapped = self._wrapped_height(full, text.width())
        if QFontMetricsF(full).horizontalAdvance(self._label) > text.width() and wrapped and wrapped + detail_h + 2 <= text.height():
            # a long label keeps its size on two lines rather than shrinking
            self._label_font, self._label_wraps = full, True
            label_h = wrapped
        else:
            self._label_font = fitted_font(self.family, TYPE_SCALE.label * scale, True, self._label, text.width(),
                                           TYPE_SCALE.label * MIN_FONT_RATIO)
            label_h = QFontMetricsF(self._label_font).height()
        show_detail = bool(self._detail) and label_h + detail_h + 2 <= text.height()
        total = label_h + (detail_h + 2 if show_detail else 0)
        top = text.top() + (text.height() - total) / 2
        self._label_rect = QRectF(text.left(), top, text.width(), label_h)
        self._detail_rect = QRectF(text.left(), top + label_h + 2, text.width(), detail_h) if show_detail else QRectF()

    def _wrapped_height(self, font: QFont, width: float) -> float | None:
        """The label's height word-wrapped to `width` in `font`, if two lines hold it without cutting a word."""
        metrics = QFontMetricsF(font)
        words = self._label.split()
        if len(words) < 2 or any(metrics.horizontalAdvance(word) > width for word in words):
            return None
        bounds = metrics.boundingRect(QRectF(0, 0, width, 10000), int(Qt.TextFlag.TextWordWrap), self._label)
        return bounds.height() if bounds.height() <= 2.2 * metrics.height() else None

    def _layout_narrow(self, r: QRectF) -> None:
        """A small icon above the label and detail; the icon takes what height is left."""
        width = r.width() - 1.2 * PADDING
        scale = self.theme.label_scale
        self._label_font = fitted_font(self.family, TYPE_SCALE.label * 0.82 * scale, True, self._label, width,
                                       TYPE_SCALE.label * 0.82 * MIN_FONT_RATIO)
        self._detail_font = fitted_font(self.family, TYPE_SCALE.detail * 0.86 * scale, False, self._detail, width,
                                        TYPE_SCALE.detail * 0.86 * MIN_FONT_RATIO)
        label_h = QFontMetricsF(self._label_font).height()
        detail_h = QFontMetricsF(self._detail_font).height() if self._detail else 0.0
        gap = 2.0
        text_h = label_h + (detail_h + gap if self._detail else 0)
        icon = min(34.0, r.height() - text_h - PADDING * 1.2 - gap)
        show_detail = bool(self._detail)
        if icon < 16:  # too little room: the detail line gives way to the icon
            show_detail = False
            text_h = label_h
            icon = min(34.0, r.height() - text_h - PADDING * 1.2 - gap)
        top = r.top() + (r.height() - (icon + gap + text_h)) / 2
        self._icon_rect = QRectF(r.center().x() - icon / 2, top, icon, icon)
        text_top = top + icon + gap
        left = r.left() + PADDING * 0.6
        self._label_rect = QRectF(left, text_top, width, label_h)
        self._detail_rect = QRectF(left, text_top + label_h + gap, width, detail_h) if show_detail else QRectF()

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)

    def shape(self) -> QPainterPath:
        return self._path

    # drawing --------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        theme = self.theme
        fill = QColor(theme.fill(self.layer.kind))
        text = QColor(theme.text_on(self.layer.kind))
        if self.dimmed:
            fill = _mix(fill, QColor(theme.background), theme.dim_amount)
            if theme.dim_keeps_text:
                text = QColor(readable_on(fill.name(), theme.text_candidates))
            else:
                text = _mix(text, fill, 0.35)
        elif self.hovered and not self.selected:
            fill = fill.lighter(112)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(theme.outline), theme.outline_width))
        painter.setBrush(fill)
        painter.drawPath(self._path)

        icon_renderer(self.icon, text.name()).render(painter, self._icon_rect)
        painter.setPen(text)
        painter.setFont(self._label_font)
        painter.drawText(self._label_rect, _centred(self._label_wraps), self._elided_label)
        if self._elided_detail:
            painter.setFont(self._detail_font)
            painter.drawText(self._detail_rect, _centred(False), self._elided_detail)

        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.selected:
            painter.setPen(QPen(QColor(theme.selection), 5.0))
            painter.drawRoundedRect(self._rect.adjusted(-1, -1, 1, 1), CORNER + 1, CORNER + 1)
        elif self.linked:
            pen = QPen(QColor(theme.selection), 4.0, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRoundedRect(self._rect.adjusted(-1, -1, 1, 1), CORNER + 1, CORNER + 1)
        elif self.hovered:
            painter.setPen(QPen(QColor(theme.selection), 2.5))
            painter.drawRoundedRect(self._rect, CORNER, CORNER)
        if self.focused:
            pen = QPen(QColor(theme.focus), 3.0, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRoundedRect(self._rect.adjusted(-7, -7, 7, 7), CORNER + 6, CORNER + 6)
        self.extra_badge.paint(painter, theme)

    # hover is a local look; selection goes through the app state ---------------------
    def set_hovered(self, hovered: bool) -> None:
        if hovered != self.hovered:
            self.hovered = hovered
            self.update()

    def hoverEnterEvent(self, event) -> None:
        self.hovered = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:
        self.hovered = False
        self.update()
        super().hoverLeaveEvent(event)


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """`a` moved `amount` of the way towards `b`."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )
