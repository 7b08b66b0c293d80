"""The callout's words and the trail's way: "VM exit" is never broken across lines, and the way
between two stops turns at right angles round the words and icons in its way."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetricsF, QTextLayout, QTextOption

from hvviz.core.placement import HIDES_WORDS, Router, place_callout, trimmed
from hvviz.core.theme import DEFAULT
from hvviz.features.io_path._qt.items import CALLOUT_MAX_WIDTH, CALLOUT_NARROW_WIDTHS, CalloutItem


def wrapped(text: str, font, width: float) -> list[str]:
    """The lines Qt breaks `text` into at `width` (word wrap), as the callout draws it."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_a_callout_never_breaks_vm_exit_across_lines(qapp, content, lang):
    """Every step label that says "VM exit", wrapped at every width the callout may take, keeps
    "VM" and "exit" on one line; the words are the same, and the font has the no-break space."""
    from hvviz.gui.korean_font import register_fonts

    callout = CalloutItem(DEFAULT, register_fonts())
    labels = {step.label.get(lang) for path in content.io_paths.values() for step in path.steps}
    labels = [f"{n}. {label}" for label in labels if "VM exit" in label for n in (3, 12)]
    assert labels
    assert QFontMetricsF(callout.font).inFontUcs4(0xA0)
    for text in labels:
        for width in (CALLOUT_MAX_WIDTH, *CALLOUT_NARROW_WIDTHS):
            callout.set_text(text, width)
            assert callout.shown_text.replace("\u00a0", " ") == text
            lines = wrapped(callout.shown_text, callout.font, width)
            assert not any(line.rstrip().endswith("VM") for line in lines[:-1]), (text, width, lines)


def test_the_trail_turns_round_a_label_in_its_way():
    """Two stops one above the other with a full-width layer between, whose label lies on the
    straight line: the way turns at right angles, through the gaps, and crosses neither that label
    nor that layer's icon."""
    top, middle, bottom = (0, 0, 550, 100), (0, 110, 550, 100), (0, 220, 550, 100)
    label, icon = (200, 140, 200, 40), (280, 185, 44, 20)
    a, b = (300.0, 50.0), (300.0, 270.0)
    way = Router([a, b], [top, middle, bottom], [label], [icon, (278, 28, 44, 44), (278, 248, 44, 44)]).route(a, b)
    assert way[0] == a and way[-1] == b and len(way) > 2
    for p, q in zip(way, way[1:]):
        assert p[0] == q[0] or p[1] == q[1]  # right angles only
        strip = (min(p[0], q[0]) - 3, min(p[1], q[1]) - 3, abs(p[0] - q[0]) + 6, abs(p[1] - q[1]) + 6)
        for box in (label, icon):
            assert not _overlaps(strip, box), (p, q, box)


def test_the_drawn_trail_stops_at_the_edges_of_the_stops_icons():
    """A way from one icon's centre to another's is drawn from the first icon's edge to the second's."""
    way = [(40.0, 50.0), (-5.0, 50.0), (-5.0, 270.0), (40.0, 270.0)]
    drawn = trimmed(way, (18, 28, 44, 44), (18, 248, 44, 44))
    assert drawn[0] == (15.0, 50.0) and drawn[-1] == (15.0, 270.0)
    assert drawn[1:-1] == way[1:-1]


def test_a_callout_goes_where_it_hides_no_label_even_if_a_little_further():
    """A label right where the callout would go with nothing in the way: it goes elsewhere,
    still beside the request, hiding nothing."""
    def place(words):
        return place_callout((100.0, 100.0), (200.0,), lambda width: (width, 50.0), words,
                             (-500.0, -500.0, 1000.0, 1000.0), None, 36.0)

    free = place([])
    label = (free.x, free.y, 200.0, 50.0)
    placed = place([(label, HIDES_WORDS)])
    assert not _overlaps((placed.x, placed.y, 200.0, 50.0), label)
    assert abs(placed.x - 100) < 300 and abs(placed.y - 100) < 150


def _overlaps(a, b) -> bool:
    return min(a[0] + a[2], b[0] + b[2]) > max(a[0], b[0]) and min(a[1] + a[3], b[1] + b[3]) > max(a[1], b[1])
