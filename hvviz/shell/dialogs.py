"""The window's dialogs: broken content (never a traceback), the keys (F1), and About."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget

from hvviz import __version__
from hvviz.shell.words import tr


def show_content_errors(errors, language: str = "ko", parent: QWidget | None = None) -> None:
    """The content errors in a readable dialog: file, line, what is wrong, what was expected."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(tr("dialog.content_error", language))
    layout = QVBoxLayout(dialog)
    intro = QLabel(tr("dialog.content_error.body", language))
    intro.setWordWrap(True)
    layout.addWidget(intro)
    details = QPlainTextEdit("\n".join(str(e) for e in errors))
    details.setReadOnly(True)
    details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    layout.addWidget(details)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(820, 360)
    dialog.exec()


def show_keys(parent: QWidget, language: str, markdown: str) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(tr("keys.title", language))
    box.setTextFormat(Qt.TextFormat.MarkdownText)
    box.setText(markdown)
    box.exec()
    box.deleteLater()


def show_about(parent: QWidget, language: str, pack_title: str, folder: str) -> None:
    QMessageBox.about(parent, tr("action.about", language),
                      tr("about.body", language, version=__version__, pack=pack_title, folder=folder))
