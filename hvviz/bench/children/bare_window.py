"""A bench child: a bare QMainWindow, the yardstick every start-up figure is a ratio of."""

import sys

from first_frame import FirstFrame
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 720)
watcher = FirstFrame(window)
window.show()
app.exec()
