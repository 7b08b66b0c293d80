"""The lesson as one PNG per step: each a slide as presenting shows it, the stage filling the
image above the step's caption, drawn off screen and written atomically."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from hvviz.core.atomic_write import write_atomically
from hvviz.features.export._qt.handout_stage import HandoutStage
from hvviz.features.export._qt.pdf_handout import Progress
from hvviz.gui.image_files import png_bytes


def export_png(content, family: str, lang: str, theme: str, folder: Path | str, size: tuple[int, int],
               progress: Progress | None = None) -> list[Path]:
    """One image per step at `size`; return the files written."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OSError(f"cannot write into {folder}: {err.strerror or err}") from None
    steps = content.lesson
    stage = HandoutStage(content, lang, theme, family, vectors=False)
    written: list[Path] = []
    try:
        for index, step in enumerate(steps):
            if progress is not None and not progress(index, len(steps)):
                break
            stage.show(index)
            path = folder / f"step-{index + 1:02d}-{step.id}.png"
            write_atomically(path, _slide_png(stage, step.caption.get(lang), size, family))
            written.append(path)
    finally:
        stage.close()
    if progress is not None:
        progress(len(steps), len(steps))
    return written


def _slide_png(stage: HandoutStage, caption: str, size: tuple[int, int], family: str) -> bytes:
    width, height = size
    theme = stage.theme
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(theme.background))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    bar = max(60, round(height * 0.12))
    stage.render(painter, QRectF(16, 16, width - 32, height - bar - 32))
    painter.fillRect(QRectF(0, height - bar, width, bar), QColor(theme.surface))
    font = QFont(family)
    font.setPixelSize(max(14, round(height / 34)))
    painter.setFont(font)
    painter.setPen(QColor(theme.text))
    painter.drawText(QRectF(24, height - bar, width - 48, bar), int(Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap), caption)
    painter.end()
    return png_bytes(image)
