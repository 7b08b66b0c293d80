"""The exports from the File menu: where to save, then every step with a progress dialog that
can cancel. The lesson is drawn off screen, so the window stays exactly as it was."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from hvviz.features.export.words import tr
from hvviz.gui.file_dialogs import DOCUMENTS, PICTURES, choose_folder, save_file


class ExportViews:
    def __init__(self, host):
        self.host = host

    def export(self, kind: str) -> None:
        host, lang = self.host, self.host.state.language
        content = host.state.content
        if kind == "pdf":
            target = save_file(host.window, tr("action.export_pdf", lang), f"hvviz-{content.pack.id}.pdf",
                               tr("export.pdf_filter", lang), "export-pdf", DOCUMENTS)
        else:
            target = choose_folder(host.window, tr("action.export_png", lang), "export-png", PICTURES)
        if target is None:
            return
        dialog = QProgressDialog(tr("export.progress", lang), tr("export.cancel", lang), 0, len(content.lesson), host.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)

        def progress(done: int, total: int) -> bool:
            dialog.setValue(done)
            return not dialog.wasCanceled()

        try:
            count = self.run(kind, target, progress)
        except OSError as err:
            QMessageBox.warning(host.window, "hvviz", tr("export.failed", lang, reason=str(err)))
            return
        finally:
            dialog.close()
        host.show_status(tr("export.done", lang, count=str(count), path=str(target)))

    def run(self, kind: str, target, progress=None) -> int:
        """Export the lesson in the window's language and theme (the PDF is always light)."""
        from hvviz.features.export._qt.pdf_handout import export_pdf
        from hvviz.features.export._qt.png_slides import export_png

        state, family = self.host.state, self.host.family
        if kind == "pdf":
            return export_pdf(state.content, family, state.language, target, progress)
        size = (self.host.window.width(), self.host.window.height())
        return len(export_png(state.content, family, state.language, state.theme.name, target, size, progress))


def install(host) -> ExportViews:
    return ExportViews(host)
