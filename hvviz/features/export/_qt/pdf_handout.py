"""The lesson as a PDF handout: one A4 landscape page per step, drawn off screen.

Each page has the diagram as vector graphics (item caches are off, so nothing is rasterised),
centred and scaled to the page, in the projector theme, which is light and of high contrast on
paper; then the step's caption and its speaker notes. Qt embeds the subset of NanumSquare it
used, so the Korean text reads and searches anywhere. The file is written atomically.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QFont, QPageLayout, QPageSize, QPainter, QPalette, QPdfWriter, QTextDocument

from hvviz.core.atomic_write import write_atomically
from hvviz.features.export._qt.handout_stage import HandoutStage
from hvviz.features.export.words import tr

#: called with (steps done, steps in all); returns False to cancel
Progress = Callable[[int, int], bool]
DPI = 300
INK = "#111418"


def export_pdf(content, family: str, lang: str, path: Path | str, progress: Progress | None = None) -> int:
    """Write the lesson to `path`; return the pages written."""
    steps = content.lesson
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(tr("export.title", lang, title=content.pack.title.get(lang)))
    writer.setCreator("hvviz")
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape, QMarginsF(12, 12, 12, 12)))
    stage = HandoutStage(content, lang, "projector", family, vectors=True)  # light and high-contrast on paper
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}: Qt could not start a PDF")
    pages = 0
    try:
        for index in range(len(steps)):
            if progress is not None and not progress(index, len(steps)):
                break
            if index:
                writer.newPage()
            stage.show(index)
            _draw_page(painter, stage, content, index, writer.width(), writer.height(), lang, family)
            pages += 1
    finally:
        painter.end()
        stage.close()
        buffer.close()
    write_atomically(path, bytes(data.data()))
    if progress is not None:
        progress(len(steps), len(steps))
    return pages


def _draw_page(painter: QPainter, stage: HandoutStage, content, index: int, width: int, height: int, lang: str,
               family: str) -> None:
    step = content.lesson[index]
    points = DPI / 72  # device pixels per point
    painter.fillRect(QRectF(0, 0, width, height), QColor("#FFFFFF"))
    heading = QFont(family)
    heading.setBold(True)
    heading.setPixelSize(round(16 * points))
    painter.setFont(heading)
    painter.setPen(QColor(INK))
    painter.drawText(QRectF(0, 0, width, 24 * points), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     f"{index + 1} / {len(content.lesson)}   {step.title.get(lang)}")
    diagram = QRectF(0, 28 * points, width, height * 0.52)
    painter.fillRect(diagram, QColor(stage.theme.background))
    stage.render(painter, diagram.adjusted(8 * points, 8 * points, -8 * points, -8 * points))
    text = QTextDocument()
    body = QFont(family)
    body.setPixelSize(round(10 * points))
    text.setDefaultFont(body)
    text.setDocumentMargin(0)
    text.setMarkdown(f"## {step.caption.get(lang)}\n\n{step.notes.get(lang).strip()}\n")
    top = diagram.bottom() + 10 * points
    text.setTextWidth(width)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(QPalette.ColorRole.Text, QColor(INK))  # dark on paper, whatever the screen theme
    context.clip = QRectF(0, 0, width, height - top)
    painter.save()
    painter.translate(0, top)
    text.documentLayout().draw(painter, context)
    painter.restore()
