"""The app's own words (menus, headings, hints) in both languages.

Content (what hvviz teaches) lives in `content/*.yaml`; these are the words of the
user interface around it.
"""

from __future__ import annotations

from hvviz.model.i18n import Text

UI = {
    "app.title": Text("hvviz: 하이퍼바이저 시각 해설", "hvviz: hypervisors, visually explained"),
    "menu.file": Text("파일(&F)", "&File"),
    "menu.view": Text("보기(&V)", "&View"),
    "menu.language": Text("언어(&L)", "&Language"),
    "menu.help": Text("도움말(&H)", "&Help"),
    "action.screenshot": Text("스크린샷 저장…", "Save screenshot…"),
    "action.quit": Text("끝내기", "Quit"),
    "action.replay": Text("다시 쌓기", "Replay"),
    "action.replay.tip": Text("스택을 하드웨어부터 다시 쌓아 보여 줍니다 (R)", "Build the stacks up again from the hardware (R)"),
    "action.both": Text("나란히", "Side by side"),
    "action.only": Text("{title}만", "{title} only"),
    "action.clear": Text("선택 해제", "Clear selection"),
    "action.keys": Text("단축키", "Keyboard shortcuts"),
    "action.about": Text("hvviz 정보", "About hvviz"),
    "lang.ko": Text("한국어", "한국어 (Korean)"),
    "lang.en": Text("English (영어)", "English"),
    "toolbar.view": Text("보기", "View"),
    "notes.what": Text("하는 일", "What it does"),
    "notes.plain": Text("쉽게 말하면", "In plain words"),
    "notes.correction": Text("바로잡기", "A gentle correction"),
    "notes.analogy": Text("비유", "Analogy"),
    "notes.from_post": Text("글의 비유", "The post's analogy"),
    "notes.caveat": Text("조심할 점", "Where it misleads"),
    "notes.better": Text("더 나은 그림", "A better picture"),
    "notes.products": Text("실제 제품에서", "Where it appears in real products"),
    "notes.definitions": Text("벤더들의 하이퍼바이저 정의", "How vendors define a hypervisor"),
    "notes.sources": Text("출처", "Sources"),
    "notes.primary": Text("1차 자료", "primary"),
    "notes.secondary": Text("2차 자료", "secondary"),
    "type.type1": Text("Type I", "Type I"),
    "type.type2": Text("Type II", "Type II"),
    "type.debated": Text("Type I? II? (논쟁 중)", "Type I or II? (debated)"),
    "caption.hint": Text(
        "층을 클릭하거나 Tab과 화살표 키로 고르면 설명이 나옵니다.",
        "Click a layer, or move with Tab and the arrow keys, to read what it does.",
    ),
    "badge.extra": Text("{other}에는 없는 층", "extra layer: not in {other}"),
    "stage.accessible": Text("하이퍼바이저 층 다이어그램", "Hypervisor layer diagram"),
    "stage.layer": Text("{label} ({stack})", "{label} ({stack})"),
    "notes.accessible": Text("설명", "Notes"),
    "dialog.content_error": Text("콘텐츠 파일에 문제가 있습니다", "The content files have problems"),
    "dialog.content_error.body": Text(
        "hvviz가 아래 문제 때문에 콘텐츠를 읽지 못했습니다. 파일을 고친 뒤 다시 실행하세요.",
        "hvviz could not read its content because of the problems below. Fix the files and start it again.",
    ),
    "keys.title": Text("단축키", "Keyboard shortcuts"),
    "keys.body": Text(
        "| 키 | 하는 일 |\n|---|---|\n"
        "| 클릭, Enter, Space | 층 선택 |\n| Tab, Shift+Tab | 다음/이전 층 |\n"
        "| ← → ↑ ↓ | 그 방향의 층으로 |\n| Esc | 선택 해제 |\n| R | 다시 쌓기 |\n"
        "| 1, 2, 3 | Type I만, 나란히, Type II만 |\n| Ctrl+L | 한국어/English 전환 |\n"
        "| F1 | 이 도움말 |\n",
        "| Key | Does |\n|---|---|\n"
        "| Click, Enter, Space | select a layer |\n| Tab, Shift+Tab | next / previous layer |\n"
        "| Left Right Up Down | the layer in that direction |\n| Esc | clear the selection |\n| R | replay the build-up |\n"
        "| 1, 2, 3 | Type I only, side by side, Type II only |\n| Ctrl+L | switch Korean / English |\n"
        "| F1 | this help |\n",
    ),
    "about.body": Text(
        "hvviz {version}: 하이퍼바이저 Type I과 Type II를 움직이는 층 그림으로 설명합니다.\n\n"
        "글꼴: 나눔스퀘어 (SIL Open Font License 1.1).",
        "hvviz {version}: hypervisors Type I and Type II explained as animated layer stacks.\n\n"
        "Font: NanumSquare (SIL Open Font License 1.1).",
    ),
}


def tr(key: str, lang: str, **values: str) -> str:
    """The UI text `key` in `lang`, with `{placeholders}` filled in."""
    text = UI[key].get(lang)
    return text.format(**values) if values else text
