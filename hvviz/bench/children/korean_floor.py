"""A bench child: what any Korean PySide6 window pays before its own work. The bare window, plus
Qt's `Qt` namespace (some 90 enums, built on first use), the bundled Korean fonts and one line of
Hangul drawn. Not a target: it shows how much is left for hvviz."""

import sys

from first_frame import FirstFrame
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from hvviz.gui.korean_font import register_fonts

app = QApplication(sys.argv)
app.setFont(QFont(register_fonts()))
window = QMainWindow()
label = QLabel("하이퍼바이저는 한 대의 하드웨어에서 여러 운영체제를 함께 돌리는 소프트웨어 계층입니다.")
label.setAlignment(Qt.AlignmentFlag.AlignCenter)
window.setCentralWidget(label)
window.resize(1280, 720)
watcher = FirstFrame(window)
window.show()
app.exec()
