"""The Qt-free model: content loading, validation, layout and navigation.

Nothing under this package imports PySide6 (a test enforces it), so the model can be
checked in microseconds and reused by the command line's content check.
"""
