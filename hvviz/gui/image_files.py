"""Saving an image: encoded in memory, then written atomically (`hvviz.core.atomic_write`), so a
full disk never leaves half a PNG or destroys the one that was there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage

from hvviz.core.atomic_write import write_atomically


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("Qt could not encode the image as PNG")
    buffer.close()
    return bytes(data.data())


def save_png(image: QImage, path: Path | str) -> None:
    write_atomically(path, png_bytes(image))
