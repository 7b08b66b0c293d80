"""The banner a broken save shows, over the stage, without stopping anything: how many problems,
the first one with its file, line and column, and a button to open that file."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from hvviz.shell.words import tr


class ReloadBanner(QWidget):
    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.setObjectName("reloadBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.state = state
        self.errors = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 6, 14, 6)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message, 1)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_first)
        layout.addWidget(self.open_button)
        state.language_changed.connect(self._retranslate)

    def show_errors(self, errors) -> None:
        self.errors = list(errors)
        self._retranslate()
        self.show()

    def _retranslate(self, *_args) -> None:
        if not self.errors:
            return
        lang = self.state.language
        first = self.errors[0]
        self.message.setText(tr("reload.failed", lang, count=str(len(self.errors)), first=str(first)))
        self.open_button.setText(tr("reload.open", lang, file=first.origin.file.rsplit("/", 1)[-1]))

    def open_first(self) -> None:
        """The first problem's file, in the system's editor for it."""
        if self.errors:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.errors[0].origin.file))
