"""The handout exports' words."""

from __future__ import annotations

from functools import partial

from hvviz.core.text import Text
from hvviz.core.words import translate

WORDS = {
    "action.export_pdf": Text("강의 유인물 PDF로 내보내기…", "Export the lesson as a PDF handout…"),
    "action.export_png": Text("강의 단계를 PNG로 내보내기…", "Export the lesson steps as PNG images…"),
    "export.title": Text("{title} 강의 유인물 (hvviz)", "{title}: lesson handout (hvviz)"),
    "export.failed": Text("내보내지 못했습니다: {reason}", "Could not export: {reason}"),
    "export.pdf_filter": Text("PDF 문서 (*.pdf)", "PDF documents (*.pdf)"),
    "export.progress": Text("내보내는 중…", "Exporting…"),
    "export.cancel": Text("취소", "Cancel"),
    "export.done": Text("{count}개를 {path}에 저장했습니다.", "Saved {count} to {path}."),
}

tr = partial(translate, WORDS)
