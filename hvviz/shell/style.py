"""The window's style sheet, made from the theme and the chrome's text size."""

from __future__ import annotations

from hvviz.core.theme import Theme


def window_style(theme: Theme, chrome_px: int) -> str:
    return (
        f"QMainWindow {{ background: {theme.background}; }}"
        f"QMenuBar, QMenu {{ font-size: {chrome_px}px; }}"
        f"QLabel#caption {{ background: {theme.surface}; color: {theme.text}; padding: 10px 18px;"
        f" border-top: 1px solid {theme.outline}; }}"
        f"QToolBar {{ background: {theme.surface}; border: none; spacing: 6px; padding: 4px 8px; }}"
        f"QToolBar QToolButton {{ color: {theme.text}; padding: 5px 12px; border-radius: 6px; font-size: {chrome_px}px; }}"
        f"QToolBar QToolButton:checked {{ background: {theme.link}; color: {theme.on_link}; }}"
        f"QToolBar QToolButton:hover {{ background: {theme.background}; }}"
        f"QToolBar QToolButton:checked:hover {{ background: {theme.link}; }}"
        f"QSplitter::handle {{ background: {theme.outline}; }}"
        f"QTabBar::tab {{ color: {theme.muted}; background: {theme.background}; padding: 6px 14px; font-size: {chrome_px}px;"
        f" border: none; border-bottom: 3px solid transparent; }}"
        f"QTabBar::tab:selected {{ color: {theme.text}; border-bottom: 3px solid {theme.link}; }}"
        f"QTabBar::tab:hover {{ color: {theme.text}; }}"
        f"QWidget#ioControls {{ background: {theme.surface}; border-top: 1px solid {theme.outline}; }}"
        f"QWidget#ioControls QToolButton {{ color: {theme.text}; padding: 4px 10px; border-radius: 6px; font-size: {chrome_px}px; }}"
        f"QWidget#ioControls QToolButton:checked {{ background: {theme.link}; color: {theme.on_link}; }}"
        f"QWidget#ioControls QToolButton:disabled {{ color: {theme.muted}; }}"
        f"QWidget#ioControls QLabel, QWidget#ioControls QComboBox {{ color: {theme.text}; font-size: {chrome_px}px; }}"
        f"QWidget#reloadBanner {{ background: {theme.surface}; border-bottom: 2px solid {theme.focus}; }}"
        # a visible focus wherever the keyboard can be (the stage draws its own ring round a layer)
        f"QTabBar::tab:focus {{ color: {theme.text}; border: 2px solid {theme.focus}; border-bottom: 3px solid {theme.focus}; }}"
        f"QTextBrowser:focus {{ border: 2px solid {theme.focus}; }}"
        f"QToolBar QToolButton:focus, QWidget#ioControls QToolButton:focus {{ border: 2px solid {theme.focus}; }}"
        f"QPushButton:focus, QComboBox:focus, QSlider:focus, QRadioButton:focus, QCheckBox:focus"
        f" {{ outline: none; border: 2px solid {theme.focus}; border-radius: 4px; }}"
        f"QGraphicsView#plot:focus {{ border: 2px solid {theme.focus}; }}"
        f"QWidget#reloadBanner QLabel {{ color: {theme.text}; font-size: {chrome_px}px; }}"
    )
