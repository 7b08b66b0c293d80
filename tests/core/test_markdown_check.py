"""`hvviz.core.markdown_check` predicts, without Qt, the stars and backticks Qt would leave as text."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import pytest

from hvviz.core.markdown_check import Leftover, leftovers

REPO = Path(__file__).resolve().parents[2]
MARKS = "*_`"


def qt_plain_text(markdown: str) -> str:
    """What Qt shows of `markdown` as ordinary text, with code spans and code blocks as U+0000."""
    from PySide6.QtGui import QTextDocument, QTextFormat

    document = QTextDocument()
    document.setMarkdown(markdown)
    shown, block = [], document.begin()
    while block.isValid():
        if block.blockFormat().hasProperty(QTextFormat.Property.BlockCodeLanguage):  # a code block
            shown.append("\0")
        else:
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                shown.append("\0" if fragment.charFormat().fontFixedPitch() else fragment.text())  # a code span
                fragments += 1
        shown.append("\n")
        block = block.next()
    return "".join(shown)


def qt_marks(markdown: str) -> Counter:
    return Counter(char for char in qt_plain_text(markdown) if char in MARKS)


class Case(NamedTuple):
    markdown: str
    clean: bool  # Qt shows no emphasis mark or backtick the author did not mean as text
    meant: str = ""  # the marks the author means to show: escaped, in a URL, inside a word


CORPUS = [
    Case("**하이퍼바이저(VMkernel)**라고 부릅니다.", False),
    Case("**하이퍼바이저(VMkernel)** 라고 부릅니다.", True),
    Case("**하이퍼바이저(VMkernel**)라고 부릅니다.", True),
    Case("**하이퍼바이저**(VMkernel)라고 부릅니다.", True),
    Case("**가상머신**은 **동시에** 실행됩니다.", True),
    Case("답은 '**하이퍼바이저가 아니라 루트 파티션**'입니다.", True),
    Case('is **"the root partition"**.', True),
    Case("**“따옴표”**는 문장부호입니다.", False),
    Case("**50%**는 과장입니다.", False),
    Case("**화살표→**다음", False),  # a symbol counts as punctuation
    Case("가**(VMkernel)**", False),
    Case("(**VMkernel**)", True),
    Case("*기울임*과 *italic* 글자", True),
    Case("***굵은 기울임***입니다", True),
    Case("***굵게** 기울임*", True),
    Case("*foo**bar*", False),  # the rule of 3 keeps `**`
    Case("*foo**bar**baz*", True),
    Case("**굵게 시작, 기울임으로 끝*", False),
    Case("KVM_EXIT_IO/MMIO로 넘김", True, meant="__"),
    Case("snake_case_name", True, meant="__"),
    Case("_변수_는 밑줄", False),
    Case("_밑줄_ 다음, __굵게__ 다음", True),
    Case("`**`는 굵게 쓰는 표시", True),
    Case("`kvm.ko`와 `*ptr*`, ``a`b``", True),
    Case("`닫히지 않은 코드", False),
    Case("`a``", False),
    Case("별표 \\*는 그대로, 밑줄 \\_도", True, meant="*_"),
    Case("\\*\\*굵게 아님\\*\\*", True, meant="****"),
    Case("- **항목**: 설명\n- 둘째 항목", True),
    Case("* 별표 목록\n* **둘째** 항목\n\n+ 셋째", True),
    Case("1. **첫째**\n2. 둘째**", False),
    Case("# **제목**\n\n## 제목 ##", True),
    Case("## 제목 **안 닫힘", False),
    Case("---\n**굵게**\n***\n* * *", True),
    Case("```\n**코드 안**\n```\n**밖**", True),
    Case("문단\n\n    **들여 쓴 코드**\n\n    **닫지 않은 코드", True),
    Case("**문단이\n\n나뉨**", False),
    Case("**제목 앞 문단\n# 제목**", False),  # a heading interrupts the paragraph
    Case("**줄이\n바뀌어도** 닫힘", True),
    Case("<https://example.com/a*b> 링크", True, meant="*"),
    Case("[**링크** 글자](https://example.com/a_b*c*) 뒤", True),
    Case("*[링크*](https://example.com) 안팎", False),
    Case("- **[RH1]** 출처 <https://example.com>", True),
    Case("2 * 3 = 6", True, meant="*"),
    Case("굵게 ** 쓰려다 띄움 **", False),
    Case("5*3은 15", False),
    Case("**굵게**\u00a0다음", True),
    Case("> **인용**\n> 이어짐", True),
    Case(">     **인용 속 코드", True),
    Case("약 1~2분, **굵게** 3~4분", True),
    Case("1 ~ 2분 **굵게 ~ 3분**", False),  # the `~` pair strikes through and cuts the bold
    Case("[label]: https://example.com/a*b\n\n**본문**", True),
]


@pytest.mark.parametrize("case", CORPUS, ids=[case.markdown[:30] for case in CORPUS])
def test_verdict_agrees_with_qt_on_tricky_markdown(qapp, case):
    """On each case Qt and the checker agree on clean or not (and the case's expectation is Qt's)."""
    shown = qt_marks(case.markdown)
    assert (shown == Counter(case.meant)) == case.clean, f"Qt shows {qt_plain_text(case.markdown)!r}"
    found = leftovers(case.markdown)
    assert (found == []) == case.clean, found


def test_the_korean_particle_case_is_located_and_explained():
    """Both `**` of `**…(VMkernel)**라고` are reported where they are, the closing one with its reason."""
    markdown = "첫 문단입니다.\n\n- 둘째 줄\n- ESXi는 **하이퍼바이저(VMkernel)**라고 부릅니다."
    opening, closing = leftovers(markdown)
    assert (opening.line, opening.column, closing.line, closing.column) == (4, 9, 4, 27)
    assert markdown.splitlines()[3][closing.column - 1:closing.column + 1] == "**"
    assert "**라고" in closing.text and len(closing.text) < 50
    assert "right after punctuation (`)`)" in closing.message and "not `라`" in closing.message
    assert "opens bold" in opening.message


def test_a_clean_text_gives_an_empty_list_and_leftovers_are_named_tuples():
    """Nothing to report is `[]`; a report has line, column, text and message."""
    assert leftovers("**굵게**와 *기울임*, `코드`.\n") == []
    assert leftovers("") == []
    (found,) = leftovers("`열림")
    assert isinstance(found, Leftover) and found._fields == ("line", "column", "text", "message")
    assert (found.line, found.column) == (1, 1) and "backtick" in found.message


def test_random_markdown_is_judged_as_qt_renders_it(qapp):
    """On 2000 random snippets: a clean verdict means Qt shows no `**` or backtick; each reported mark Qt shows."""
    pieces = ["**", "*", "_", "__", "`", "가", "라고", "a", " ", "(", ")", ".", "\n", "\n\n", "- ", "1. ", "# ", "[a](u)", "~"]
    generator = random.Random(20240601)
    disagreements = []
    for _ in range(2000):
        markdown = "".join(generator.choice(pieces) for _ in range(generator.randint(1, 12)))
        shown, found = qt_plain_text(markdown), leftovers(markdown)
        lines = markdown.split("\n")
        reported = Counter(lines[leftover.line - 1][leftover.column - 1] for leftover in found)
        if not found and ("**" in shown or "`" in shown) or any(shown.count(mark) < count for mark, count in reported.items()):
            disagreements.append((markdown, shown, found))
    assert disagreements == []


def shipped_texts() -> list[str]:
    """Every text of the shipped content: from the loader while it is where it was, else every YAML string."""
    try:
        from hvviz.model.loader import load_content

        from hvviz.core.resources import default_content_dir
    except ImportError:
        import yaml

        def strings(node):
            if isinstance(node, str):
                yield node
            elif isinstance(node, dict):
                yield from (text for value in node.values() for text in strings(value))
            elif isinstance(node, list):
                yield from (text for value in node for text in strings(value))

        paths = sorted((REPO / "content").rglob("*.yaml"))
        return [text for path in paths for text in strings(yaml.safe_load(path.read_text(encoding="utf-8")))]
    return list(load_content(default_content_dir()).texts())


def test_every_shipped_text_is_judged_as_qt_renders_it(qapp):
    """Where Qt shows no leftover mark the checker reports nothing, and what it reports Qt shows."""
    texts = shipped_texts()
    assert len(texts) > 500
    disagreements = []
    for text in texts:
        shown, found = qt_plain_text(text), leftovers(text)
        if found and not any(mark in shown for mark in MARKS) or not found and ("**" in shown or "`" in shown):
            disagreements.append((text[:60], found))
    assert disagreements == []
    assert sum(text.count("**") for text in texts) > 100  # the content does use bold: the check is not empty
