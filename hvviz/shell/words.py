"""The window's own words: its title, menus, dialogs and the language and theme actions."""

from __future__ import annotations

from functools import partial

from hvviz.core.text import Text
from hvviz.core.words import translate

WORDS = {
    "window.title": Text("{pack}", "{pack}"),
    "window.title.folder": Text("{pack} ({folder})", "{pack} ({folder})"),
    "menu.file": Text("파일(&F)", "&File"),
    "menu.view": Text("보기(&V)", "&View"),
    "menu.language": Text("언어(&L)", "&Language"),
    "menu.help": Text("도움말(&H)", "&Help"),
    "action.screenshot": Text("스크린샷 저장…", "Save screenshot…"),
    "action.quit": Text("끝내기", "Quit"),
    "action.theme_projector": Text("프로젝터 테마 (밝은 화면, 큰 글자)", "Projector theme (light, large text)"),
    "action.keys": Text("단축키", "Keyboard shortcuts"),
    "action.about": Text("hvviz 정보", "About hvviz"),
    "lang.ko": Text("한국어", "한국어 (Korean)"),
    "lang.en": Text("English (영어)", "English"),
    "toolbar.view": Text("보기", "View"),
    "dialog.content_error": Text("콘텐츠 파일에 문제가 있습니다", "The content files have problems"),
    "dialog.content_error.body": Text(
        "hvviz가 아래 문제 때문에 콘텐츠를 읽지 못했습니다. 파일을 고친 뒤 다시 실행하세요.",
        "hvviz could not read its content because of the problems below. Fix the files and start it again.",
    ),
    "keys.title": Text("단축키", "Keyboard shortcuts"),
    "keys.key": Text("키", "Key"),
    "keys.does": Text("하는 일", "Does"),
    "keys.presenting": Text("발표 중", "While presenting"),
    "keys.language": Text("한국어 ⇄ English (다음 실행 때도 기억)", "Korean ⇄ English (remembered for next time)"),
    "keys.projector": Text("프로젝터 테마 켜기/끄기: 밝은 배경, 높은 대비, 두꺼운 윤곽, 큰 글자",
                           "the projector theme on / off: light background, high contrast, thick outlines, larger labels"),
    "keys.screenshot": Text("스크린샷 저장", "save a screenshot"),
    "keys.keys": Text("이 단축키 목록", "the list of keys"),
    "keys.quit": Text("끝내기", "quit"),
    "action.watch": Text("팩 폴더를 지켜보다 저장하면 다시 읽기", "Reload the pack when its files are saved"),
    "reload.failed": Text(
        "저장한 콘텐츠에 문제가 {count}개 있어 이전 내용을 그대로 보여 줍니다. 첫 문제: {first}",
        "The saved content has {count} problem(s); the last good content stays on screen. First: {first}",
    ),
    "reload.open": Text("{file} 열기", "Open {file}"),
    "menu.pack": Text("콘텐츠 팩", "Content pack"),
    "action.open_pack": Text("폴더에서 팩 열기…", "Open a pack folder…"),
    "about.body": Text(
        "hvviz {version}: 하이퍼바이저를 움직이는 층 그림으로 설명합니다.\n\n"
        "콘텐츠 팩: {pack}\n폴더: {folder}\n\n"
        "글꼴: 나눔스퀘어 (SIL Open Font License 1.1).",
        "hvviz {version}: hypervisors explained as animated layer stacks.\n\n"
        "Content pack: {pack}\nFolder: {folder}\n\n"
        "Font: NanumSquare (SIL Open Font License 1.1).",
    ),
}

tr = partial(translate, WORDS)
