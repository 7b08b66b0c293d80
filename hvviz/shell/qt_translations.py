"""Qt's own words in the interface's language: the buttons of its dialogs ("OK", "Cancel",
"Close"), file dialogs and context menus. Qt ships them as `qtbase_<lang>.qm`; this installs the
one for the current language and switches it at run time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator


class QtTranslations:
    def __init__(self):
        self._translator: QTranslator | None = None
        self.language: str | None = None

    def use(self, lang: str) -> bool:
        """Qt's words in `lang` from now on (English is Qt's own); False if Qt has none for it."""
        if lang == self.language:
            return True
        app = QCoreApplication.instance()
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        self.language = lang
        if lang == "en":
            return True
        translator = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if not translator.load(f"qtbase_{lang}", folder):
            return False
        app.installTranslator(translator)
        self._translator = translator
        return True


#: one for the application
QT_WORDS = QtTranslations()
