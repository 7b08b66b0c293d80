"""The notes panel's words: its headings and labels."""

from __future__ import annotations

from functools import partial

from hvviz.core.text import Text
from hvviz.core.words import translate

WORDS = {
    "keys.links": Text("설명 안에서: 다음 / 이전 링크", "in the notes: next / previous link"),
    "keys.open_link": Text("설명 안에서: 고른 링크를 웹 브라우저로 열기", "in the notes: open the chosen link in the web browser"),
    "notes.what": Text("하는 일", "What it does"),
    "notes.plain": Text("쉽게 말하면", "In plain words"),
    "notes.correction": Text("바로잡기", "A gentle correction"),
    "notes.analogy": Text("비유", "Analogy"),
    "notes.from_post": Text("글의 비유", "The post's analogy"),
    "notes.caveat": Text("조심할 점", "Where it misleads"),
    "notes.better": Text("더 나은 그림", "A better picture"),
    "notes.products": Text("실제 제품에서", "Where it appears in real products"),
    "notes.definitions": Text("벤더들의 하이퍼바이저 정의 (의역)", "How vendors define a hypervisor (paraphrased)"),
    "notes.sources": Text("출처", "Sources"),
    "notes.primary": Text("1차 자료", "primary"),
    "notes.secondary": Text("2차 자료", "secondary"),
    "type.type1": Text("Type 1", "Type 1"),
    "type.type2": Text("Type 2", "Type 2"),
    "type.debated": Text("Type 1? 2? (논쟁 중)", "Type 1 or 2? (debated)"),
    "notes.accessible": Text("설명", "Notes"),
    "panel.notes": Text("설명", "Notes"),
}

tr = partial(translate, WORDS)
