"""Handouts: a PDF with one page per step, its text searchable in Korean; one PNG per step."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from hvviz.features.export._qt.pdf_handout import export_pdf
from hvviz.features.export._qt.png_slides import export_png


def pdf(window, path, progress=None) -> int:
    return export_pdf(window.state.content, window.family, window.state.language, path, progress)


def squeeze(text: str) -> str:
    """Text without white space. Qt's PDF writer maps the space glyph to U+0001 in its
    ToUnicode table, and extractors differ on spaces, so they are left out of the comparison."""
    lines = text.split("\n")
    # bold text is drawn twice (Qt emboldens by overprinting), so extractors read it twice
    lines = [line for i, line in enumerate(lines) if i == 0 or line != lines[i - 1]]
    return re.sub(r"[\s\x01]+", "", "".join(lines))


def test_the_pdf_has_a_page_per_step_with_the_korean_captions(qtbot, window, content, tmp_path):
    """The PDF has one page per lesson step with its Korean caption, embeds NanumSquare, and leaves the window as it was."""
    pypdf = pytest.importorskip("pypdf")
    path = tmp_path / "lesson.pdf"
    before = window.state.snapshot()
    pages = pdf(window, path)
    assert pages == len(content.lesson)
    reader = pypdf.PdfReader(str(path))
    assert len(reader.pages) == len(content.lesson)
    for page, step in zip(reader.pages, content.lesson):
        text = squeeze(page.extract_text())
        assert squeeze(step.caption.ko) in text, step.id
    fonts = {font for page in reader.pages for font in _font_names(page)}
    assert any("NanumSquare" in font for font in fonts)  # the Korean font travels with the file
    assert window.state.snapshot() == before  # the window is as it was


def _font_names(page):
    resources = page.get("/Resources") or {}
    fonts = resources.get("/Font") or {}
    return [str(font.get_object().get("/BaseFont")) for font in fonts.values()]


def test_the_pdf_draws_the_diagram_as_vectors(qtbot, window, tmp_path):
    """The PDF handout contains no raster images: the diagram is drawn as vectors."""
    pypdf = pytest.importorskip("pypdf")
    path = tmp_path / "lesson.pdf"
    pdf(window, path)
    reader = pypdf.PdfReader(str(path))
    images = sum(len(page.images) for page in reader.pages)
    assert images == 0


def test_png_export_writes_one_image_per_step(qtbot, window, content, tmp_path):
    """PNG export writes one image per lesson step, at the requested size."""
    files = export_png(window.state.content, window.family, "ko", "default", tmp_path, (1280, 720))
    assert len(files) == len(content.lesson)
    image = QImage(str(files[0]))
    assert (image.width(), image.height()) == (1280, 720)


def test_the_command_line_exports_without_a_display(tmp_path, content):
    """`--export-pdf` and `--export-png` run off-screen and write a page and an image per step."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    pdf = tmp_path / "out.pdf"
    result = subprocess.run([sys.executable, "-m", "hvviz", "--export-pdf", str(pdf), "--export-png", str(tmp_path / "png")],
                            capture_output=True, text=True, env=env, timeout=180)
    assert result.returncode == 0, result.stderr
    assert f"({len(content.lesson)} pages)" in result.stdout
    assert len(list((tmp_path / "png").glob("*.png"))) == len(content.lesson)


def test_cancelling_stops_the_export(qtbot, window, tmp_path):
    """A progress callback that returns false stops the PDF export after the pages done so far."""
    seen = []

    def progress(done, total):
        seen.append(done)
        return done < 2

    pages = pdf(window, tmp_path / "part.pdf", progress)
    assert pages == 2


def test_exporting_from_the_file_menu_leaves_the_window_exactly_as_it_was(qtbot, window, tmp_path, monkeypatch):
    """File > Export PDF draws the lesson off screen: the window's tab, selection, step, theme and
    zoom never change, not even for a moment, and no old lesson step comes back afterwards."""
    from helpers import scene, stack_tabs, stage_view
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(tmp_path / "h.pdf"), "")))
    window.state.go_to_step(15)  # a presentation ran earlier and stopped at a step
    window.state.go_to_step(-1)
    window.state.show_stacks(window.state.content.compare)
    window.state.set_revealed(None)
    window.state.select("type1.hypervisor")
    stage_view(window).set_zoom(1.2)
    window.finish_animations()
    before = (window.state.snapshot(), stack_tabs(window).currentIndex(), stage_view(window).zoom,
              sorted(scene(window).stack_items), window.state.theme.name)
    changes = []
    for signal in (window.state.shown_changed, window.state.lesson_step_changed, window.state.theme_changed,
                   window.state.selection_changed):
        signal.connect(lambda *args: changes.append(args))
    window.binder.qaction("export.pdf").trigger()
    assert (tmp_path / "h.pdf").is_file()
    assert changes == []
    after = (window.state.snapshot(), stack_tabs(window).currentIndex(), stage_view(window).zoom,
             sorted(scene(window).stack_items), window.state.theme.name)
    assert after == before
    assert scene(window).links.segment_count == 1  # the hypervisor's link to the VMM, still drawn


def test_a_single_stack_diagram_is_centred_and_scaled_to_the_page(qtbot, window, content):
    """A handout page with one stack draws it in the middle of the diagram's box, filling its height."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from hvviz.features.export._qt.handout_stage import HandoutStage

    single = next(i for i, step in enumerate(content.lesson) if len(step.stacks) == 1)
    stage = HandoutStage(content, "ko", "projector", window.family, vectors=True)
    try:
        stage.show(single)
        image = QImage(1200, 400, QImage.Format.Format_RGB32)
        image.fill(0xFF00FF)
        painter = QPainter(image)
        stage.render(painter, QRectF(0, 0, 1200, 400))
        painter.end()
    finally:
        stage.close()
    columns = [x for x in range(1200) if any(image.pixel(x, y) & 0xFFFFFF != 0xFF00FF for y in range(0, 400, 4))]
    rows = [y for y in range(400) if any(image.pixel(x, y) & 0xFFFFFF != 0xFF00FF for x in range(0, 1200, 4))]
    left, right = columns[0], 1199 - columns[-1]
    assert abs(left - right) <= 4  # centred
    assert rows[0] <= 2 and rows[-1] >= 397  # as tall as the box allows
