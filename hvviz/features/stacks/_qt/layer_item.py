"""One layer of a stack: a rounded, coloured block with an icon, a label and a detail line.

Geometry and fitted fonts are computed when the language, size, look or on-screen scale changes;
`paint()` only draws what those setters prepared. No word is drawn smaller on screen than
`MIN_LABEL_PX` / `MIN_DETAIL_PX` (its scene pixel size times the view's scale): a detail that does
not fit at that size is drawn in its short form, or not at all, and the tooltip gives it."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QStyleOptionGraphicsItem, QWidget

from hvviz.core.projector_theme import selection_ring
from hvviz.core.theme import TYPE_SCALE, Theme, readable_on
from hvviz.features.stacks._qt.extra_layer_badge import ExtraLayerBadge
from hvviz.gui.icons import icon_renderer
from hvviz.gui.scene_fonts import MIN_FONT_RATIO, PIXELS_PER_POINT, fitted_font, scene_font

CORNER = 12.0
PADDING = 12.0
#: room around the block for the focus ring
MARGIN = 10.0
NARROW = 210.0  # below this width the icon goes above the label
#: the smallest words drawn, in pixels on screen
MIN_LABEL_PX = 13.0
MIN_DETAIL_PX = 11.0
#: an icon above the words is left out rather than drawn smaller than this (scene units; on screen, pixels)
MIN_ICON, MIN_ICON_PX = 16.0, 10.0


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


def dimmed_outline(theme: Theme) -> QColor:
    """A dimmed layer's outline: faded towards the background as its fill is."""
    return _mix(QColor(theme.outline), QColor(theme.background), theme.dim_amount)


class LayerItem(QGraphicsObject):
    def __init__(self, layer, icon: str, width: float, height: float, theme: Theme, family: str):
        """`layer` is the record; `icon` the SVG of its kind, from the pack's manifest."""
        super().__init__()
        self.layer = layer
        self.icon = icon
        self.theme = theme
        self.family = family
        self._rect = QRectF(0, 0, width, height)
        self.hovered = self.selected = self.focused = self.linked = self.dimmed = False
        #: screen pixels per scene unit, as the stage's view last drew it (None: not on screen)
        self.view_scale: float | None = None
        self.extra_badge = ExtraLayerBadge(family)
        self._label = self._detail = self._short = ""
        #: the detail as drawn: the full one, its short form, or "" (then it is in the tooltip)
        self.shown_detail = ""
        self.setAcceptHoverEvents(True)
        # drawn once per look and zoom, then blitted: the build-up only moves and fades it
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, False)
        self._path = QPainterPath()
        self._path.addRoundedRect(self._rect, CORNER, CORNER)
        self._margin = MARGIN
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
        self._short = self.layer.short.get(lang) if self.layer.short else ""
        self._layout_fonts()
        self.update()

    def set_view_scale(self, scale: float | None, repaint: bool = True) -> None:
        """How many screen pixels a scene unit takes: the words are laid out again so that none is
        drawn below its minimum on screen. `repaint` False: the view is drawing already."""
        if scale == self.view_scale:
            return
        self.view_scale = scale
        if self._label:  # before its language is set there are no words to lay out
            self._layout_fonts()
            if repaint:
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
        """Texts drawn cut short (should be none). A detail left to the tooltip is not cut."""
        clipped = [self._label] if self._elided_label != self._label else []
        if self.shown_detail and self._elided_detail != self.shown_detail:
            clipped.append(self.shown_detail)
        return clipped

    def drawn_fonts(self) -> list[tuple[str, str, QFont]]:
        """("label" / "detail" / "badge", text, font) for every word drawn in the block."""
        drawn = [("label", self._elided_label, self._label_font)]
        if self._elided_detail:
            drawn.append(("detail", self._elided_detail, self._detail_font))
        if self.extra_badge.text:
            drawn.append(("badge", self.extra_badge.text, self.extra_badge.font))
        return drawn

    def block_rect(self) -> QRectF:
        """The layer's block, in item coordinates (without the margin)."""
        return QRectF(self._rect)

    def icon_rect(self) -> QRectF:
        """Where the icon is drawn (empty where the block has no room for it)."""
        return QRectF(self._icon_rect)

    # geometry ---------------------------------------------------------------------
    def _layout_fonts(self) -> None:
        """Place badge, icon, label and detail; fonts shrink (to a floor) rather than clip, and a
        badge keeps off the words (`ExtraLayerBadge.place_in`)."""
        self._layout_margin()
        self._layout_text(self._rect)
        size, floor = self._sizes(TYPE_SCALE.detail, MIN_DETAIL_PX, ratio=0.8, grows=False)
        self.extra_badge.place_in(self._rect, PADDING, size, floor, self._layout_text,
                                  lambda: [self._icon_rect, *self.text_rects()])
        self._update_tooltip()

    def _update_tooltip(self) -> None:
        """The badge's full wording, and the detail where the block draws it short or not at all."""
        lines = [self.extra_badge.full] if self.extra_badge.full else []
        if self._detail and self.shown_detail != self._detail:
            lines.append(f"{self._label}: {self._detail}")
        self.setToolTip("\n".join(lines))

    def _layout_margin(self) -> None:
        """Room around the block for the focus ring and the selection's outline."""
        ring, halo = selection_ring(self.theme, self.view_scale)
        margin = max(MARGIN, ring + halo + 2)
        if margin != self._margin:
            self.prepareGeometryChange()
            self._margin = margin

    def _badge_touches_text(self) -> bool:
        """Whether the badge covers the icon, the label or the detail, or comes closer than its padding."""
        return self.extra_badge.touches([self._icon_rect, *self.text_rects()])

    def _words_inside(self) -> bool:
        """Whether the icon, the label and the detail all lie within the block."""
        return all(self._rect.contains(rect) for rect in [self._icon_rect, *self.text_rects()] if not rect.isEmpty())

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
        """The first arrangement in `r` in which every word drawn fits, no smaller than its floor:
        the icon beside the words (wide blocks: the request's marker sits there), then above them;
        each with the detail in full, in its short form, or left out; last, without the icon."""
        details = list(dict.fromkeys(d for d in (self._detail, self._short) if d)) + [""]
        shapes = ([self._arrange_wide] if r.width() >= NARROW else []) + [self._arrange_narrow]
        for shape, detail in [(shape, d) for shape in shapes for d in details] + [(self._arrange_bare, "")]:
            if shape(r, detail):
                break
        width, elide = self._label_rect.width(), Qt.TextElideMode.ElideRight
        # two lines, each fitting: nothing is cut
        self._elided_label = self._label if self._label_wraps else QFontMetricsF(self._label_font).elidedText(self._label, elide, width)
        self._elided_detail = QFontMetricsF(self._detail_font).elidedText(self.shown_detail, elide, width) if self.shown_detail else ""

    def _sizes(self, base: float, min_px: float, ratio: float = MIN_FONT_RATIO, grows: bool = True) -> tuple[float, float]:
        """A text's size and the floor it may shrink to (type-scale points): the floor is a share of
        `base`, and never less than `min_px` on screen; the size grows to the floor if it must."""
        floor = base * ratio
        if self.view_scale:
            floor = max(floor, math.ceil(min_px / self.view_scale - 1e-6) / PIXELS_PER_POINT)
        size = base * self.theme.label_scale if grows else base
        return max(size, floor), floor

    def _words(self, width: float, room: float, detail: str, share: tuple[float, float], keep_size: bool) -> tuple[bool, float, float]:
        """Fonts for the label and `detail` in `width` and `room` high, the label's and the detail's
        sizes `share` of the type scale's. Whether all fits, and the label's and the detail's heights."""
        size, floor = self._sizes(TYPE_SCALE.detail * share[1], MIN_DETAIL_PX)
        self._detail_font = fitted_font(self.family, size, False, detail, width, floor)
        detail_h = QFontMetricsF(self._detail_font).height() + 2 if detail else 0.0
        detail_fits = not detail or QFontMetricsF(self._detail_font).horizontalAdvance(detail) <= width
        label_fits, label_h = self._fit_label(TYPE_SCALE.label * share[0], width, room - detail_h, keep_size)
        self.shown_detail = detail
        return label_fits and detail_fits, label_h, detail_h

    def _fit_label(self, base: float, width: float, room: float, keep_size: bool) -> tuple[bool, float]:
        """The label's font in `width` and `room` high: its size on one line; or on two if
        `keep_size`; or shrunk, to the floor, on one line; or on two, as large as they fit.
        Whether it fits, and its height."""
        size, floor = self._sizes(base, MIN_LABEL_PX)
        self._label_wraps = False
        full = scene_font(self.family, size, bold=True)
        if keep_size and QFontMetricsF(full).horizontalAdvance(self._label) > width:
            wrapped = self._wrapped_height(full, width)
            if wrapped and wrapped <= room:  # a long label keeps its size on two lines rather than shrinking
                self._label_font, self._label_wraps = full, True
                return True, wrapped
        one_line = None
        for font in self._label_fonts(size, floor):
            metrics = QFontMetricsF(font)
            if metrics.horizontalAdvance(self._label) <= width and metrics.height() <= room:
                self._label_font = font
                return True, metrics.height()
            one_line = font
        for font in self._label_fonts(size, floor):
            wrapped = self._wrapped_height(font, width)
            if wrapped and wrapped <= room:
                self._label_font, self._label_wraps = font, True
                return True, wrapped
        self._label_font = one_line  # at the floor, cut short: the last resort
        return False, QFontMetricsF(one_line).height()

    def _label_fonts(self, size: float, floor: float):
        """The label's font from `size` down to `floor`, a step at a time."""
        while True:
            yield scene_font(self.family, size, bold=True)
            if size <= floor:
                return
            size = max(floor, size * 0.92)

    def _wrapped_height(self, font: QFont, width: float) -> float | None:
        """The label's height word-wrapped to `width` in `font`, if two lines hold it without cutting a word."""
        metrics = QFontMetricsF(font)
        words = self._label.split()
        if len(words) < 2 or any(metrics.horizontalAdvance(word) > width for word in words):
            return None
        bounds = metrics.boundingRect(QRectF(0, 0, width, 10000), int(Qt.TextFlag.TextWordWrap), self._label)
        return bounds.height() if bounds.height() <= 2.2 * metrics.height() else None

    def _stack_words(self, text: QRectF, top: float, label_h: float, detail_h: float) -> None:
        """The label's and the detail's boxes, one under the other from `top`, across `text`."""
        self._label_rect = QRectF(text.left(), top, text.width(), label_h)
        self._detail_rect = QRectF(text.left(), top + label_h + 2, text.width(), detail_h - 2) if detail_h else QRectF()

    def _arrange_wide(self, r: QRectF, detail: str) -> bool:
        """Icon on the left, label and detail centred in the rest."""
        icon = min(r.height() * 0.5, 44.0)
        self._icon_rect = QRectF(r.left() + PADDING + 4, r.center().y() - icon / 2, icon, icon)
        left = self._icon_rect.right() + PADDING
        # the words are centred in it: its height only says what fits
        text = QRectF(left, r.top() + PADDING * 0.25, r.right() - left - PADDING - icon * 0.3, r.height() - PADDING * 0.5)
        fits, label_h, detail_h = self._words(text.width(), text.height(), detail, (1.0, 1.0), keep_size=True)
        self._stack_words(text, text.top() + (text.height() - label_h - detail_h) / 2, label_h, detail_h)
        return fits

    def _arrange_narrow(self, r: QRectF, detail: str) -> bool:
        """A small icon above the label and detail; the icon takes what height is left."""
        gap, pad = 2.0, PADDING * 0.8
        text = QRectF(r.left() + PADDING * 0.4, r.top(), r.width() - 0.8 * PADDING, r.height())
        smallest = max(MIN_ICON, MIN_ICON_PX / self.view_scale) if self.view_scale else MIN_ICON
        fits, label_h, detail_h = self._words(text.width(), r.height() - pad - gap - smallest, detail, (0.82, 0.86), keep_size=False)
        icon = min(34.0, r.height() - label_h - detail_h - pad - gap)
        top = r.top() + (r.height() - (icon + gap + label_h + detail_h)) / 2
        self._icon_rect = QRectF(r.center().x() - icon / 2, top, icon, icon)
        self._stack_words(text, top + icon + gap, label_h, detail_h)
        return fits and icon >= smallest

    def _arrange_bare(self, r: QRectF, detail: str) -> bool:
        """No icon, where the block has no room for one: the words alone, centred."""
        text = r.adjusted(PADDING * 0.3, 2, -PADDING * 0.3, -2)
        fits, label_h, detail_h = self._words(text.width(), text.height(), detail, (0.82, 0.86), keep_size=False)
        self._icon_rect = QRectF(r.left() + PADDING, r.center().y(), 0, 0)
        self._stack_words(text, text.top() + (text.height() - label_h - detail_h) / 2, label_h, detail_h)
        return fits

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-self._margin, -self._margin, self._margin, self._margin)

    def shape(self) -> QPainterPath:
        return self._path

    # drawing --------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        theme = self.theme
        fill = QColor(theme.fill(self.layer.kind))
        text = QColor(theme.text_on(self.layer.kind))
        outline = QColor(theme.outline)
        if self.dimmed:
            fill = _mix(fill, QColor(theme.background), theme.dim_amount)
            outline = dimmed_outline(theme)
            if theme.dim_keeps_text:
                text = QColor(readable_on(fill.name(), theme.text_candidates))
            else:
                text = _mix(text, fill, 0.35)
        elif self.hovered and not self.selected:
            fill = fill.lighter(112)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(outline, theme.outline_width))
        painter.setBrush(fill)
        painter.drawPath(self._path)

        if not self._icon_rect.isEmpty():
            icon_renderer(self.icon, text.name()).render(painter, self._icon_rect)
        painter.setPen(text)
        painter.setFont(self._label_font)
        painter.drawText(self._label_rect, _centred(self._label_wraps), self._elided_label)
        if self._elided_detail:
            painter.setFont(self._detail_font)
            painter.drawText(self._detail_rect, _centred(False), self._elided_detail)
        self._paint_rings(painter, theme)
        self.extra_badge.paint(painter, theme)

    def _paint_rings(self, painter: QPainter, theme: Theme) -> None:
        """The selection's outline (thick, outside the block; in the projector theme with a band of
        the background colour inside it), a link's dashes, the hover's and the focus's rings."""
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.selected:
            ring, halo = selection_ring(theme, self.view_scale)
            if halo:
                self._ring(painter, QPen(QColor(theme.background), halo), halo / 2)
            self._ring(painter, QPen(QColor(theme.selection), ring), halo + ring / 2 if halo else 1.0)
        elif self.linked:
            self._ring(painter, QPen(QColor(theme.selection), 4.0, Qt.PenStyle.DashLine), 1.0)
        elif self.hovered:
            self._ring(painter, QPen(QColor(theme.selection), 2.5), 0.0)
        if self.focused:
            self._ring(painter, QPen(QColor(theme.focus), 3.0, Qt.PenStyle.DashLine), 7.0)

    def _ring(self, painter: QPainter, pen: QPen, grow: float) -> None:
        """A rounded ring `grow` outside the block's edge."""
        painter.setPen(pen)
        corner = CORNER + (grow - 1 if grow >= 7 else grow)
        painter.drawRoundedRect(self._rect.adjusted(-grow, -grow, grow, grow), corner, corner)

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
