"""Handouts: the lesson as a PDF (one page per step) or as one PNG per step.

Each PDF page has the diagram as vector graphics (item caches are switched off while
rendering, so nothing is rasterised), in the projector theme, which is light and of high
contrast on paper, then the step's caption and its speaker notes. Qt embeds
the subset of NanumSquare it used, so the Korean text reads and searches anywhere.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QMarginsF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)

from hvviz.ui_text import tr

#: called with (steps done, steps in all); returns False to cancel
Progress = Callable[[int, int], bool]


class _LessonTour:
    """Visits every lesson step on a window, then puts back what was on screen."""

    def __init__(self, window, theme: str | None = None):
        self.window = window
        self.state = window.state
        self.theme = theme

    def __enter__(self):
        state = self.state
        self.saved = (state.shown, state.revealed, state.selected, state.io_method, state.lesson_step)
        self.saved_theme = state.theme.name
        if self.theme is not None:
            state.set_theme(self.theme)
        self.window.scene.set_caching(False)
        return self

    def show(self, index: int) -> None:
        self.state.go_to_step(index)
        self.window.finish_animations()

    def __exit__(self, *exc) -> None:
        shown, revealed, selected, io_method, lesson_step = self.saved
        state = self.state
        if lesson_step >= 0:
            state.go_to_step(lesson_step)
        else:
            state.go_to_step(-1)
            state.show_stacks(shown)
            state.set_revealed(revealed)
            state.select(selected)
            state.set_io_method(io_method)
        self.window.finish_animations()
        self.window.scene.set_caching(True)
        state.set_theme(self.saved_theme)


def export_pdf(window, path: Path | str, progress: Progress | None = None) -> int:
    """Write the lesson to `path`, one A4 landscape page per step; return the pages written."""
    steps = window.state.content.lesson
    lang = window.state.language
    writer = QPdfWriter(str(path))
    writer.setTitle(tr("export.title", lang))
    writer.setCreator("hvviz")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape, QMarginsF(12, 12, 12, 12)))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    pages = 0
    try:
        with _LessonTour(window, theme="projector") as tour:  # light and high-contrast on paper
            for index in range(len(steps)):
                if progress is not None and not progress(index, len(steps)):
                    break
                if index:
                    writer.newPage()
                tour.show(index)
                _draw_page(painter, window, index, writer.width(), writer.height(), lang)
                pages += 1
    finally:
        painter.end()
    if progress is not None:
        progress(len(steps), len(steps))
    return pages


def _draw_page(painter: QPainter, window, index: int, width: int, height: int, lang: str) -> None:
    step = window.state.content.lesson[index]
    theme = window.state.theme
    family = window.family
    dpi = 300 / 72  # device pixels per point
    painter.fillRect(QRectF(0, 0, width, height), QColor("#FFFFFF"))

    heading = QFont(family)
    heading.setBold(True)
    heading.setPixelSize(round(16 * dpi))
    painter.setFont(heading)
    painter.setPen(QColor("#111418"))
    count = len(window.state.content.lesson)
    painter.drawText(QRectF(0, 0, width, 24 * dpi), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     f"{index + 1} / {count}   {step.title.get(lang)}")

    diagram = QRectF(0, 28 * dpi, width, height * 0.52)
    painter.fillRect(diagram, QColor(theme.background))
    scene = window.scene
    scene.render(painter, diagram.adjusted(8 * dpi, 8 * dpi, -8 * dpi, -8 * dpi), scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    text = QTextDocument()
    body = QFont(family)
    body.setPixelSize(round(10 * dpi))
    text.setDefaultFont(body)
    text.setDocumentMargin(0)
    text.setMarkdown(f"## {step.caption.get(lang)}\n\n{step.notes.get(lang).strip()}\n")
    top = diagram.bottom() + 10 * dpi
    text.setTextWidth(width)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(QPalette.ColorRole.Text, QColor("#111418"))  # dark on paper, whatever the screen theme
    context.clip = QRectF(0, 0, width, height - top)
    painter.save()
    painter.translate(0, top)
    text.documentLayout().draw(painter, context)
    painter.restore()


def export_png(window, folder: Path | str, size: QSize, progress: Progress | None = None) -> list[Path]:
    """One image per step, the window as it looks at `size`; return the files written."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    steps = window.state.content.lesson
    written: list[Path] = []
    old_size = window.size()
    window.resize(size)
    with _LessonTour(window) as tour:
        for index, step in enumerate(steps):
            if progress is not None and not progress(index, len(steps)):
                break
            tour.show(index)
            image: QImage = window.grab().toImage()
            path = folder / f"step-{index + 1:02d}-{step.id}.png"
            if not image.save(str(path), "PNG"):
                raise OSError(f"cannot write {path}")
            written.append(path)
    window.resize(old_size)
    if progress is not None:
        progress(len(steps), len(steps))
    return written


__all__ = ["export_pdf", "export_png"]
