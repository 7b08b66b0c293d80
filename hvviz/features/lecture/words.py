"""Lecture mode's words: presenting, the presenter view, the keys while presenting."""

from __future__ import annotations

from functools import partial

from hvviz.core.text import Text
from hvviz.core.words import translate

WORDS = {
    "action.present": Text("발표 시작 (현재 단계부터)", "Present (from the current step)"),
    "action.present_start": Text("처음부터 발표", "Present from the beginning"),
    "presenter.title": Text("hvviz 발표자 보기", "hvviz presenter view"),
    "presenter.next": Text("다음: {title}", "Next: {title}"),
    "presenter.end": Text("마지막 단계입니다", "This is the last step"),
    "presenter.reset": Text("클릭하면 시간을 0으로 돌립니다", "Click to reset the timer"),
    "presenter.notes": Text("발표자 노트", "Speaker notes"),
    "presenter.preview": Text("다음 단계 미리 보기", "Preview of the next step"),
    "presenter.clock": Text("현재 시각", "Time of day"),
    "keys.present": Text("현재 단계부터 전체 화면으로 발표", "present the lesson full screen, from the current step"),
    "keys.present_start": Text("처음부터 전체 화면으로 발표", "present the lesson full screen, from step 1"),
    "keys.next": Text("다음 단계", "next step"),
    "keys.previous": Text("이전 단계", "previous step"),
    "keys.first": Text("첫 단계", "first step"),
    "keys.last": Text("마지막 단계", "last step"),
    "keys.goto": Text("G를 누르고 번호 N을 치면 N번째 단계로", "go to step N (the number typed after G)"),
    "keys.black": Text("검은 화면 (다시 누르면 돌아옴)", "black screen (again to come back)"),
    "keys.white": Text("흰 화면 (다시 누르면 돌아옴)", "white screen (again to come back)"),
    "keys.presenter": Text("발표자 보기", "the presenter view"),
    "keys.help": Text("이 도움말", "this help"),
    "keys.stop": Text("발표 끝내기 (검은/흰 화면이면 먼저 걷기)", "stop presenting (first lifts a black or white screen)"),
    "menu.lesson": Text("강의(&E)", "L&esson"),
}

tr = partial(translate, WORDS)
