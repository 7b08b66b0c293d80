"""The I/O path's words: its controls, its notes and its captions."""

from __future__ import annotations

from functools import partial

from hvviz.core.text import Text
from hvviz.core.words import translate

WORDS = {
    "menu.io": Text("입출력 경로(&I)", "&I/O path"),
    "action.hide": Text("경로 숨기기", "Hide the path"),
    "keys.play": Text("입출력 경로 재생 / 일시정지", "play / pause the I/O path"),
    "keys.step": Text("입출력 경로 한 단계", "one step of the I/O path"),
    "keys.restart": Text("입출력 경로 처음부터", "restart the I/O path"),
    "io.sources": Text("출처", "Sources"),
    "io.start": Text("입출력 경로: {product}, {method}", "I/O path: {product}, {method}"),
    "io.title": Text("입출력 경로:", "I/O path:"),
    "io.play": Text("재생", "Play"),
    "io.pause": Text("일시정지", "Pause"),
    "io.step": Text("한 단계", "Step"),
    "io.restart": Text("처음부터", "Restart"),
    "io.speed": Text("재생 속도", "Speed"),
    "io.heading": Text("입출력 경로: {product}, {method}", "I/O path: {product}, {method}"),
    "io.request": Text(
        "게스트의 애플리케이션이 파일을 씁니다(write). 그 요청이 실제 장치까지 갔다가 돌아오는 길입니다.",
        "An application in the guest writes a file. This is the request's way to the real device and back.",
    ),
    "io.steps": Text("단계", "Steps"),
    "io.answer": Text("누가 입출력을 하나?", "Who performs the I/O?"),
    "io.not_applicable": Text("이 방식은 여기에 해당하지 않습니다", "This method does not apply here"),
    "io.caption.step": Text("입출력 {n}/{total}: {label}", "I/O {n}/{total}: {label}"),
    "io.caption.answer": Text("답: {answer}", "Answer: {answer}"),
    "io.pick": Text(
        "아래에서 입출력 방식을 고르면, 게스트의 쓰기 요청이 층을 지나가는 길을 보여 줍니다.",
        "Pick an I/O method below to watch a guest's write travel through the layers.",
    ),
}

tr = partial(translate, WORDS)
