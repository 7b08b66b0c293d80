"""The stacks' own words: the view actions, the badge, the stage's accessible names."""

from __future__ import annotations

from functools import partial

from hvviz.core.text import Text
from hvviz.core.words import translate

WORDS = {
    "action.replay": Text("다시 쌓기", "Replay"),
    "action.replay.tip": Text("스택을 하드웨어부터 다시 쌓아 보여 줍니다 (R)", "Build the stacks up again from the hardware (R)"),
    "action.both": Text("나란히", "Side by side"),
    "action.only": Text("{title}만", "{title} only"),
    "action.clear": Text("선택 해제", "Clear selection"),
    "action.zoom_in": Text("확대", "Zoom in"),
    "action.zoom_out": Text("축소", "Zoom out"),
    "action.zoom_reset": Text("창에 맞추기", "Fit to window"),
    "caption.hint": Text(
        "층을 클릭하거나, Tab과 화살표 키로 옮겨 Enter를 누르면 그 층의 설명이 나옵니다.",
        "Click a layer, or move to it with Tab and the arrow keys and press Enter, to read what it does.",
    ),
    "badge.extra": Text("{other}에는 없는 층", "extra layer: not in {other}"),
    "badge.extra.short": Text("추가 계층", "extra layer"),
    "stage.accessible": Text("하이퍼바이저 층 다이어그램", "Hypervisor layer diagram"),
    "stage.layer": Text("{label} ({stack})", "{label} ({stack})"),
    "keys.select": Text("층 선택 (설명이 나옵니다)", "select a layer (its note opens)"),
    "keys.tab": Text("다음 / 이전 층 (마지막 층 다음은 설명으로)", "next / previous layer (past the last, on to the notes)"),
    "keys.arrows": Text("그림에서 그 방향의 층으로", "the layer in that direction, as drawn"),
    "keys.escape": Text("선택 해제", "clear the selection"),
    "keys.views.one": Text("{title}만 보기", "show only the {title}"),
    "keys.views.all": Text("나란히 보기", "show them side by side"),
    "keys.zoom_in": Text("무대 확대", "zoom the stage in"),
    "keys.zoom_out": Text("무대 축소", "zoom the stage out"),
    "keys.zoom_reset": Text("무대를 창에 맞추기", "fit the stage to the window"),
    "keys.replay": Text("하드웨어부터 다시 쌓기", "replay the build-up"),
}

tr = partial(translate, WORDS)
