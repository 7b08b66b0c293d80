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
    "menu.lesson": Text("강의(&E)", "L&esson"),
    "action.present": Text("발표 시작 (현재 단계부터)", "Present (from the current step)"),
    "action.present_start": Text("처음부터 발표", "Present from the beginning"),
    "presenter.title": Text("hvviz 발표자 보기", "hvviz presenter view"),
    "presenter.next": Text("다음: {title}", "Next: {title}"),
    "presenter.end": Text("마지막 단계입니다", "This is the last step"),
    "presenter.reset": Text("클릭하면 시간을 0으로 돌립니다", "Click to reset the timer"),
    "present.help": Text(
        "## 발표 중 키\n\n| 키 | 하는 일 |\n|---|---|\n"
        "| → ↓ Space PgDn N Enter | 다음 단계 |\n| ← ↑ PgUp P Backspace | 이전 단계 |\n"
        "| Home / End | 처음 / 마지막 단계 |\n| G 다음 숫자 | 그 단계로 |\n"
        "| B 또는 . | 검은 화면 |\n| W 또는 , | 흰 화면 |\n| S | 발표자 보기 |\n| ? 또는 F1 | 이 도움말 |\n| Esc | 발표 끝내기 |\n",
        "## Keys while presenting\n\n| Key | Does |\n|---|---|\n"
        "| Right Down Space PgDn N Enter | next step |\n| Left Up PgUp P Backspace | previous step |\n"
        "| Home / End | first / last step |\n| G then a number | that step |\n"
        "| B or . | black screen |\n| W or , | white screen |\n| S | presenter view |\n| ? or F1 | this help |\n| Esc | stop presenting |\n",
    ),
    "action.screenshot": Text("스크린샷 저장…", "Save screenshot…"),
    "action.quit": Text("끝내기", "Quit"),
    "action.export_pdf": Text("강의 유인물 PDF로 내보내기…", "Export the lesson as a PDF handout…"),
    "action.export_png": Text("강의 단계를 PNG로 내보내기…", "Export the lesson steps as PNG images…"),
    "export.title": Text("하이퍼바이저 강의 유인물 (hvviz)", "Hypervisors: lesson handout (hvviz)"),
    "export.progress": Text("내보내는 중…", "Exporting…"),
    "export.cancel": Text("취소", "Cancel"),
    "export.done": Text("{count}개를 {path}에 저장했습니다.", "Saved {count} to {path}."),
    "action.replay": Text("다시 쌓기", "Replay"),
    "action.replay.tip": Text("스택을 하드웨어부터 다시 쌓아 보여 줍니다 (R)", "Build the stacks up again from the hardware (R)"),
    "action.both": Text("나란히", "Side by side"),
    "action.only": Text("{title}만", "{title} only"),
    "action.clear": Text("선택 해제", "Clear selection"),
    "action.next_tab": Text("다음 제품 탭", "Next product tab"),
    "action.theme_default": Text("기본 테마 (어두운 화면)", "Default theme (dark)"),
    "action.theme_projector": Text("프로젝터 테마 (밝은 화면, 큰 글자)", "Projector theme (light, large text)"),
    "action.zoom_in": Text("확대", "Zoom in"),
    "action.zoom_out": Text("축소", "Zoom out"),
    "action.zoom_reset": Text("창에 맞추기", "Fit to window"),
    "action.previous_tab": Text("이전 제품 탭", "Previous product tab"),
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
    "notes.definitions": Text("벤더들의 하이퍼바이저 정의 (의역)", "How vendors define a hypervisor (paraphrased)"),
    "notes.sources": Text("출처", "Sources"),
    "notes.primary": Text("1차 자료", "primary"),
    "notes.secondary": Text("2차 자료", "secondary"),
    "type.type1": Text("Type 1", "Type 1"),
    "type.type2": Text("Type 2", "Type 2"),
    "type.debated": Text("Type 1? 2? (논쟁 중)", "Type 1 or 2? (debated)"),
    "caption.hint": Text(
        "층을 클릭하거나 Tab과 화살표 키로 고르면 설명이 나옵니다.",
        "Click a layer, or move with Tab and the arrow keys, to read what it does.",
    ),
    "badge.extra": Text("{other}에는 없는 층", "extra layer: not in {other}"),
    "badge.extra.short": Text("추가 계층", "extra layer"),
    "stage.accessible": Text("하이퍼바이저 층 다이어그램", "Hypervisor layer diagram"),
    "stage.layer": Text("{label} ({stack})", "{label} ({stack})"),
    "notes.accessible": Text("설명", "Notes"),
    "dialog.content_error": Text("콘텐츠 파일에 문제가 있습니다", "The content files have problems"),
    "dialog.content_error.body": Text(
        "hvviz가 아래 문제 때문에 콘텐츠를 읽지 못했습니다. 파일을 고친 뒤 다시 실행하세요.",
        "hvviz could not read its content because of the problems below. Fix the files and start it again.",
    ),
    "tabs.compare": Text("Type 1 ↔ Type 2", "Type 1 ↔ Type 2"),
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
    "panel.notes": Text("설명", "Notes"),
    "panel.cost": Text("경로 비용", "Path cost"),
    "panel.scheduling": Text("CPU 스케줄링", "CPU scheduling"),
    "cost.heading": Text(
        "요청 하나의 모델 비용과, 막대 끝에 그 요청이 지나는 경계의 수입니다. 노란 막대가 지금 화면의 경로입니다. "
        "아래 슬라이더로 경계 한 번의 비용(마이크로초)을 바꿔 보세요.",
        "The modelled cost of one request, and at each bar's end the boundaries it crosses. The yellow bar is the path on screen. "
        "Move the sliders below to change what one crossing costs (microseconds).",
    ),
    "cost.illustrative": Text(
        "예시 값입니다: * 표시한 비용은 측정값이 아니라 설명을 위한 가정입니다. 순위는 입출력 방식과 비용 가정에 따라 바뀝니다.",
        "Illustrative model: costs marked * are assumptions for teaching, not measurements. The ranking moves with the I/O method and the costs.",
    ),
    "cost.plot_title": Text("예시 모델: 측정값이 아닙니다", "Illustrative model, not measurements"),
    "cost.crossings_label": Text("경계 {n}번", "{n} crossings"),
    "cost.cost": Text("요청당 비용 (마이크로초)", "cost per request (microseconds)"),
    "cost.unit": Text("마이크로초", "us"),
    "sched.heading": Text(
        "물리 CPU(세로)마다 시간 조각(가로)을 누가 쓰는지 보여 줍니다. 색은 가상머신, 회색은 호스트의 일반 프로세스입니다.",
        "Who runs on each physical CPU (rows) in each time slice (columns). Colours are VMs; grey is the host's ordinary processes.",
    ),
    "sched.type1": Text("Type 1: 하이퍼바이저가 vCPU를 스케줄링", "Type 1: the hypervisor schedules vCPUs"),
    "sched.type2": Text("Type 2: 호스트 OS가 VMM 스레드를 스케줄링", "Type 2: the host OS schedules VMM threads"),
    "sched.guests": Text("가상머신 수", "Guests"),
    "sched.vcpus": Text("가상머신당 vCPU", "vCPUs per guest"),
    "sched.pcpus": Text("물리 CPU", "Physical CPUs"),
    "sched.host_processes": Text("호스트 프로세스 (Type 2)", "Host processes (Type 2)"),
    "sched.load": Text("부하 (실행하려는 확률)", "Load (chance to want the CPU)"),
    "sched.time": Text("시간 조각", "time slice"),
    "sched.host": Text("호스트 프로세스", "host processes"),
    "sched.idle": Text("유휴", "idle"),
    "sched.shares": Text("CPU 시간 몫:", "Share of CPU time:"),
    "sched.explain.type1": Text(
        "Type 1에서는 하이퍼바이저 자신이 스케줄러입니다. 물리 CPU를 나눠 받는 것은 게스트들의 vCPU뿐입니다.",
        "In Type 1 the hypervisor itself is the scheduler, and only the guests' vCPUs compete for the physical CPUs.",
    ),
    "sched.explain.type2": Text(
        "Type 2에서는 호스트 OS가 스케줄러입니다. VMM의 vCPU는 평범한 프로세스의 스레드라서 호스트의 다른 프로그램과 같은 CPU를 두고 경쟁합니다.",
        "In Type 2 the host OS is the scheduler. A VMM's vCPUs are threads of an ordinary process, so they compete with the host's other programs for the same CPUs.",
    ),
    "keys.title": Text("단축키", "Keyboard shortcuts"),
    "keys.body": Text(
        "| 키 | 하는 일 |\n|---|---|\n"
        "| 클릭, Enter, Space | 층 선택 |\n| Tab, Shift+Tab | 다음/이전 층 |\n"
        "| ← → ↑ ↓ | 그 방향의 층으로 |\n| Esc | 선택 해제 |\n| R | 다시 쌓기 |\n"
        "| 1, 2, 3 | Type 1만, 나란히, Type 2만 |\n| Ctrl+PgDown, Ctrl+PgUp | 다음/이전 제품 탭 |\n"
        "| Ctrl+Space | 입출력 경로 재생/일시정지 |\n| Ctrl+Right | 한 단계 |\n| Ctrl+Left | 처음부터 |\n"
        "| Ctrl+L | 한국어/English 전환 |\n"
        "| F5, Shift+F5 | 발표 시작 (현재 단계부터, 처음부터) |\n| F1 | 이 도움말 |\n",
        "| Key | Does |\n|---|---|\n"
        "| Click, Enter, Space | select a layer |\n| Tab, Shift+Tab | next / previous layer |\n"
        "| Left Right Up Down | the layer in that direction |\n| Esc | clear the selection |\n| R | replay the build-up |\n"
        "| 1, 2, 3 | Type 1 only, side by side, Type 2 only |\n| Ctrl+PgDown, Ctrl+PgUp | next / previous product tab |\n"
        "| Ctrl+Space | play / pause the I/O path |\n| Ctrl+Right | one step |\n| Ctrl+Left | restart |\n"
        "| Ctrl+L | switch Korean / English |\n"
        "| F5, Shift+F5 | present (from the current step, from the start) |\n| F1 | this help |\n",
    ),
    "about.body": Text(
        "hvviz {version}: 하이퍼바이저 Type 1과 Type 2를 움직이는 층 그림으로 설명합니다.\n\n"
        "글꼴: 나눔스퀘어 (SIL Open Font License 1.1).",
        "hvviz {version}: hypervisors Type 1 and Type 2 explained as animated layer stacks.\n\n"
        "Font: NanumSquare (SIL Open Font License 1.1).",
    ),
}


def tr(key: str, lang: str, **values: str) -> str:
    """The UI text `key` in `lang`, with `{placeholders}` filled in."""
    text = UI[key].get(lang)
    return text.format(**values) if values else text
