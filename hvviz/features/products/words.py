"""The product picker's words."""

from __future__ import annotations

from functools import partial

from hvviz.core.text import Text
from hvviz.core.words import translate

WORDS = {
    "action.next_tab": Text("다음 제품 탭", "Next product tab"),
    "action.previous_tab": Text("이전 제품 탭", "Previous product tab"),
    "keys.next_tab": Text("다음 제품 탭", "next product tab"),
    "keys.previous_tab": Text("이전 제품 탭", "previous product tab"),
}

tr = partial(translate, WORDS)
