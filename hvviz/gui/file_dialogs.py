"""Where to save: file dialogs that open in the user's Pictures or Documents folder the first
time (`QStandardPaths`), then in the folder last used for the same kind of file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

PICTURES = QStandardPaths.StandardLocation.PicturesLocation
DOCUMENTS = QStandardPaths.StandardLocation.DocumentsLocation


def _start_folder(kind: str, location) -> str:
    remembered = QSettings().value(f"folders/{kind}")
    if isinstance(remembered, str) and Path(remembered).is_dir():
        return remembered
    found = QStandardPaths.writableLocation(location)
    return found if found and Path(found).is_dir() else str(Path.home())


def _remember(kind: str, folder: Path) -> None:
    QSettings().setValue(f"folders/{kind}", str(folder))


def save_file(parent: QWidget, title: str, name: str, file_filter: str, kind: str, location=DOCUMENTS) -> Path | None:
    """Ask where to save `name`; None if the user cancels."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(Path(_start_folder(kind, location)) / name), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    _remember(kind, path.parent)
    return path


def choose_folder(parent: QWidget, title: str, kind: str, location=PICTURES) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title, _start_folder(kind, location))
    if not chosen:
        return None
    _remember(kind, Path(chosen))
    return Path(chosen)
