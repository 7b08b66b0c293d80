"""Markdown that Qt would show as literal text: emphasis marks that cannot open or close, unpaired backticks.

Qt's `QTextDocument.setMarkdown` parses with md4c (CommonMark): whether `**` opens or closes depends on the
characters around it. In `**하이퍼바이저(VMkernel)**라고` the closing `**` follows punctuation and precedes a
letter (a Korean particle), so it cannot close and both `**` show. CommonMark's inline algorithm is redone
here over a simple block structure, with the standard library only, so `hvviz --check-content` needs no Qt.
"""

from __future__ import annotations

import re
import string
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple


class Leftover(NamedTuple):
    """Markdown that would show as text: where (1-based), a short excerpt and what to do about it."""

    line: int
    column: int
    text: str
    message: str


def leftovers(markdown: str) -> list[Leftover]:
    """Every emphasis mark or backtick in `markdown` that Qt would leave as literal text; [] when clean."""
    source_lines = re.split(r"\r\n|\r|\n", markdown)
    return sorted(found for pieces in _Blocks().scan(source_lines) for found in _inline_leftovers(pieces, source_lines))


# --- block structure -----------------------------------------------------------------------------
#: one line's share of a block's inline text: its line number (1-based), 0-based column and text
_Piece = NamedTuple("_Piece", [("line", int), ("column", int), ("text", str)])
_QUOTE_MARKER = re.compile(r" {0,3}> ?")
_FENCE = re.compile(r"(`{3,}|~{3,})(.*)$")
_ATX_HEADING = re.compile(r"(#{1,6})(?:[ \t]+|$)")
_ATX_CLOSING = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")
_SETEXT_UNDERLINE = re.compile(r"(?:=+|-+)[ \t]*$")
_THEMATIC_BREAK = re.compile(r"([-*_])[ \t]*(?:\1[ \t]*){2,}$")
_LIST_MARKER = re.compile(r"(?:[-+*]|(\d{1,9})[.)])(?=[ \t]|$)")
_LINK_DEFINITION = re.compile(
    r"\[(?:[^\\\[\]]|\\.)*(?:[^\s\\\[\]]|\\.)(?:[^\\\[\]]|\\.)*\]:[ \t]*(?:<[^<>\n]*>|[^\s<]\S*)"
    r"(?:[ \t]+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?[ \t]*$")


def _width(text: str) -> int:
    """Columns taken by `text` from the start of a line, tabs stopping at multiples of 4."""
    return len(text.expandtabs(4))


class _Blocks:
    """Splits Markdown into paragraphs and headings as CommonMark does: code is skipped; list, quote and heading
    markers are stripped. Not modelled: GitHub tables (a row reads as a paragraph line) and HTML blocks."""

    def __init__(self) -> None:
        self.blocks: list[list[_Piece]] = []
        self.paragraph: list[_Piece] = []
        self.paragraph_depth = 0  # how many `>` the open paragraph is quoted in
        self.paragraph_list_column: int | None = None  # the content column of the list item it is in
        self.fence: tuple[str, int, int] | None = None  # an open fence's marker, quote depth and list column
        self.empty_item = False  # the last line opened a list item with nothing on it
        self.quote_column = 0  # where the current line's content starts after its `>` markers
        self.list_columns: list[int] = []  # where the content of each open list item starts

    def scan(self, source_lines: list[str]) -> list[list[_Piece]]:
        for number, line in enumerate(source_lines, start=1):
            self._line(number, line)
        self._end_paragraph()
        return self.blocks

    def _line(self, number: int, line: str) -> None:
        start, depth = 0, 0
        while marker := _QUOTE_MARKER.match(line, start):
            start, depth = marker.end(), depth + 1
        content = line[start:].strip(" \t")  # empty for a blank line
        if self.fence is not None:
            fence, fence_depth, fence_column = self.fence
            indent = _width(line[:len(line) - len(line.lstrip(" \t"))]) - _width(line[:start])
            if depth >= fence_depth and (not content or indent >= fence_column):  # still inside the fence's container
                if content.startswith(fence) and content == content[0] * len(content):
                    self.fence = None
                return
            self.fence = None
        if not content and self.empty_item:  # an item that starts with two blank lines is empty and over
            self.list_columns.pop()
        self.empty_item, self.quote_column = False, _width(line[:start])
        if not content:
            self._end_paragraph()
            return
        if depth > self.paragraph_depth:
            self._end_paragraph()  # a new quote starts a new block
        self._block_start(number, line, start, depth)

    def _block_start(self, number: int, line: str, start: int, depth: int) -> None:
        """Take the blocks that `line` starts from `start` on; a list item's content may start more."""
        fresh = False  # whether `start` is where a list item's content begins
        while True:
            while fresh and (marker := _QUOTE_MARKER.match(line, start)):  # a quote inside a list item
                start, depth = marker.end(), depth + 1
            first = len(line) - len(line[start:].lstrip(" \t"))
            indent, content = _width(line[:first]) - self.quote_column, line[first:]
            continuing = bool(self.paragraph) and not fresh
            if not continuing:
                self._close_items(indent)
            if indent - (self.list_columns[-1] if self.list_columns else 0) >= 4:
                if continuing:
                    self.paragraph.append(_Piece(number, first, content))
                return  # else indented code
            # a line outside the paragraph's quote or list item continues it only as plain text ("lazily")
            lazy = continuing and (depth < self.paragraph_depth or indent < (self.paragraph_list_column or 0))
            fence, heading = _FENCE.match(content), _ATX_HEADING.match(content)
            if fence and not (fence.group(1)[0] == "`" and "`" in fence.group(2)) or heading or _THEMATIC_BREAK.match(
                    content) or continuing and not lazy and _SETEXT_UNDERLINE.match(content):
                self._end_paragraph()
                self._close_items(indent)
                if heading:
                    self.blocks.append([_Piece(number, first + heading.end(), _ATX_CLOSING.sub("", content[heading.end():]))])
                elif fence:
                    self.fence = (fence.group(1), depth, self.list_columns[-1] if self.list_columns else 0)
                return
            item_start = self._list_item(line, first, indent, continuing and not lazy)
            if item_start is None:
                if self.paragraph or not _LINK_DEFINITION.match(content):  # `[label]: destination` shows nothing
                    if not self.paragraph:
                        self.paragraph_depth = depth
                        self.paragraph_list_column = self.list_columns[-1] if self.list_columns else None
                    self.paragraph.append(_Piece(number, first, content))
                return
            if not line[item_start:].strip(" \t"):
                self.empty_item = True
                return
            start, fresh = item_start, True

    def _list_item(self, line: str, first: int, indent: int, in_paragraph: bool) -> int | None:
        """Where the content of the list item whose marker is at `first` starts; None if there is none."""
        marker = _LIST_MARKER.match(line, first)
        if marker is None:
            return None
        after = line[marker.end():]
        # md4c lets an item interrupt a paragraph when anything, even a space, follows its marker
        if in_paragraph and not (after and (marker.group(1) is None or int(marker.group(1)) == 1)):
            return None  # the line continues the paragraph
        self._end_paragraph()
        self._close_items(indent)
        gap = _width(line[:len(line) - len(after.lstrip(" \t"))]) - _width(line[:marker.end()])
        self.list_columns.append(indent + marker.end() - first + (gap if 0 < gap <= 4 else 1))
        return marker.end()

    def _close_items(self, indent: int) -> None:  # a block starting left of an item's content ends the item
        while self.list_columns and self.list_columns[-1] > indent:
            self.list_columns.pop()

    def _end_paragraph(self) -> None:
        if self.paragraph:
            self.blocks.append(self.paragraph)
            self.paragraph = []


# --- inline: code spans, escapes, links, delimiter runs -------------------------------------------
_ASCII_PUNCTUATION = frozenset(string.punctuation)
_AUTOLINK_OR_HTML = re.compile(
    r"<(?:[A-Za-z][A-Za-z0-9.+-]{1,31}:[^\s<>]*"  # <https://…>
    r"|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*"  # <a@b.c>
    r"|/?[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s\"'=<>`]+|'[^']*'|\"[^\"]*\"))?)*\s*/?"  # <b>, </b>
    r")>|<!--.*?-->", re.S)
_SAME_CHARACTERS = re.compile(r"(.)\1*", re.S)
_LINK_DESTINATION = re.compile(r"\((?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\)", re.S)  # `(…)`, one level of nested ( )


def _kind(char: str) -> str:
    """What `char` is to the flanking rules: "space", "punct" (ASCII, Unicode P* and S*: md4c counts `→`) or "letter"."""
    if char in "\t\n\f\r " or unicodedata.category(char) == "Zs":
        return "space"
    return "punct" if char in _ASCII_PUNCTUATION or unicodedata.category(char)[0] in "PS" else "letter"


@dataclass
class _Run:
    """A delimiter run (a maximal string of `*`, `_` or `~`) and what is left of it after pairing."""

    char: str
    start: int
    length: int
    before: str
    after: str
    order: int
    can_open: bool = False
    can_close: bool = False
    remaining: int = 0
    used_from_front: int = 0  # a closer gives up its first characters, an opener its last
    rule_of_three: bool = False

    def __post_init__(self) -> None:
        self.remaining = self.length
        before, after = _kind(self.before), _kind(self.after)
        left = after != "space" and (after != "punct" or before != "letter")  # left-flanking
        right = before != "space" and (before != "punct" or after != "letter")  # right-flanking
        if self.char == "*":
            self.can_open, self.can_close = left, right
        elif self.char == "~":  # md4c's strikethrough: `~` or `~~` at the edge of a word
            self.can_open, self.can_close = before != "letter", after != "letter"
        else:  # `_` inside a word neither opens nor closes
            self.can_open = left and (not right or before == "punct")
            self.can_close = right and (not left or after == "punct")


def _run_length(text: str, start: int, end: int) -> int:
    return len(_SAME_CHARACTERS.match(text, start, end).group())


def _code_span(text: str, start: int, end: int) -> tuple[int, bool]:
    """Where the code span opened by the backticks at `start` ends, and whether a string of as many
    backticks closes it (if not, the span "ends" right after the opening backticks, which are text)."""
    length = _run_length(text, start, end)
    closing = re.compile(rf"(?<!`)`{{{length}}}(?!`)").search(text, start + length, end)
    return (closing.end(), True) if closing else (start + length, False)


def _links(text: str) -> dict[int, tuple[int, int]]:
    """The block's links and images as CommonMark finds them, `[` index -> (`]` index, end of `(…)`): a `]`
    closes the nearest `[`, and a link deactivates the `[`s before it (links do not nest)."""
    links, openers, index = {}, [], 0  # openers: [index of `[`, still active]
    while index < len(text):
        char = text[index]
        tag = _AUTOLINK_OR_HTML.match(text, index) if char == "<" else None
        if char == "`" or tag:
            index = tag.end() if tag else _code_span(text, index, len(text))[0]
            continue
        if char == "[":
            openers.append([index, True])
        elif char == "]" and openers:
            opener, active = openers.pop()
            destination = _LINK_DESTINATION.match(text, index + 1)
            if active and destination:
                links[opener] = (index, destination.end())
                if not text.startswith("!", opener - 1):  # a link, not an image: no link around it
                    for earlier in openers:
                        earlier[1] = False
        index += 2 if char == "\\" else 1
    return links


class _InlineScan:
    """One block's delimiter runs, in groups paired separately (a link's text is a group of its own),
    and its backtick strings that no code span closes."""

    def __init__(self, text: str):
        self.text = text
        self.groups: list[list[_Run]] = []
        self.unpaired_backticks: list[tuple[int, int]] = []
        self.links = _links(text)
        self._scan(0, len(text))

    def _scan(self, start: int, end: int) -> None:
        text, runs, index = self.text, [], start
        while index < end:
            char = text[index]
            if char == "\\" and index + 1 < end and text[index + 1] in _ASCII_PUNCTUATION:
                index += 2
            elif char == "`":
                span_end, closed = _code_span(text, index, end)
                if not closed:
                    self.unpaired_backticks.append((index, span_end - index))
                index = span_end
            elif char == "<" and (tag := _AUTOLINK_OR_HTML.match(text, index, end)):
                index = tag.end()
            elif char == "[" and index in self.links:
                self._scan(index + 1, self.links[index][0])
                index = self.links[index][1]
            elif char == "!" and index + 1 in self.links:
                index = self.links[index + 1][1]  # an image: Qt shows no alt text
            elif char in "*_~":
                length = _run_length(text, index, end)
                if char != "~" or length <= 2:
                    before = text[index - 1] if index > 0 else "\n"
                    after = text[index + length] if index + length < len(text) else "\n"
                    runs.append(_Run(char, index, length, before, after, order=len(runs)))
                index += length
            else:
                index += 1
        _pair_delimiters(runs)
        self.groups.append(runs)


def _can_pair(opener: _Run, closer: _Run) -> bool:
    """Same character, `~` of the same length, and CommonMark's rule of 3 (it keeps `*foo**bar*`'s `**`:
    a run that can open and close pairs only if the lengths do not sum to a multiple of 3)."""
    if opener.char != closer.char or not opener.can_open:
        return False
    if closer.char == "~":
        return opener.length == closer.length
    if ((opener.can_close or closer.can_open) and (opener.length + closer.length) % 3 == 0
            and not (opener.length % 3 == 0 and closer.length % 3 == 0)):
        opener.rule_of_three = closer.rule_of_three = True
        return False
    return True


def _pair_delimiters(runs: list[_Run]) -> None:
    """CommonMark's "process emphasis": pair closers with openers, leaving each run's `remaining` literal."""
    stack, position, openers_bottom = list(runs), 0, {}
    while position < len(stack):
        closer = stack[position]
        if not closer.can_close:
            position += 1
            continue
        key = (closer.char, closer.can_open, closer.length % 3)
        floor, opener_at = openers_bottom.get(key, -1), None
        for index in range(position - 1, -1, -1):
            if stack[index].order <= floor:
                break
            if _can_pair(stack[index], closer):
                opener_at = index
                break
        if opener_at is None:
            openers_bottom[key] = stack[position - 1].order if position else -1
            if closer.can_open:
                position += 1
            else:
                del stack[position]
            continue
        opener = stack[opener_at]
        used = closer.length if closer.char == "~" else 2 if opener.remaining >= 2 and closer.remaining >= 2 else 1
        opener.remaining -= used
        closer.remaining -= used
        closer.used_from_front += used
        del stack[opener_at + 1:position]  # what lies between can no longer pair: it stays text
        position = opener_at + 1
        if opener.remaining == 0:
            del stack[opener_at]
            position -= 1
        if closer.remaining == 0:
            del stack[position]


# --- what to tell the author ---------------------------------------------------------------------
def _inline_leftovers(pieces: list[_Piece], source_lines: list[str]) -> list[Leftover]:
    text, where = "\n".join(piece.text for piece in pieces), []  # `where[i]`: the line and column of `text[i]`
    for piece in pieces:  # each character of the piece, then the end of its line
        where += [(piece.line, piece.column + offset) for offset in range(len(piece.text) + 1)]
    scan = _InlineScan(text)

    def leftover(index: int, message: str) -> Leftover:
        line, column = where[index]
        start, source = max(0, column - 15), source_lines[line - 1]
        excerpt = ("…" if start else "") + source[start:column + 25] + ("…" if column + 25 < len(source) else "")
        return Leftover(line, column + 1, excerpt, message)

    found = []
    for start, length in scan.unpaired_backticks:
        ticks, plural = "`" * length, "s" * (length > 1)
        found.append(leftover(start, f"the backtick{plural} {ticks} would show as text: no run of exactly {length} "
                                     f"backtick{plural} after it in this paragraph closes the code span; close it with "
                                     f"{ticks}, or write \\` for a literal backtick"))
    for runs in scan.groups:
        for run in runs:
            # a lone `*` or `_` between spaces is meant as text; `**` between spaces is a misplaced bold
            if run.remaining and run.char != "~" and (run.can_open or run.can_close or run.char == "*" and run.length >= 2):
                found.append(leftover(run.start + run.used_from_front, _run_message(run, runs, where)))
    return found


def _run_message(run: _Run, runs: list[_Run], where: list[tuple[int, int]]) -> str:
    char, full, shown = run.char, run.char * run.length, f"`{run.char * run.remaining}`"
    style = "emphasis" if char == "_" else {1: "italic", 2: "bold"}.get(run.length, "bold italic")
    literal = f"\\{char} for a literal {'star' if char == '*' else 'underscore'}"
    earlier = [other for other in runs[:run.order] if other.char == char and other.remaining]
    later = [other for other in runs[run.order + 1:] if other.char == char and other.remaining]
    if run.remaining < run.length:
        return f"{shown} of this `{full}` would show as text: the other side has fewer `{char}`; write as many on both sides"
    if not run.can_open and not run.can_close:
        return (f"{shown} would show as text: with a space on both sides it neither opens nor closes; write it right "
                f"against the word it marks, or {literal}")
    if not run.can_close:
        if _kind(run.before) == "punct" and _kind(run.after) == "letter" and any(other.can_open for other in earlier):
            return (f"{shown} does not close here and would show as text: a closing `{full}` right after punctuation "
                    f"(`{run.before}`) must be followed by a space or punctuation, not `{run.after}`; end the {style} "
                    f"before the `{run.before}` (…{full}{run.before}{run.after}), or write a space after `{full}`")
        hint = ""
        if char == "_" and later and not later[0].can_close:
            line, column = where[later[0].start]
            hint = f" (a `_` inside a word, as at line {line}, column {column + 1}, never closes: write `*` instead)"
        return f"{shown} would show as text: it opens {style}, but nothing after it in this paragraph closes it{hint}"
    if not run.can_open:
        if _kind(run.after) == "punct" and _kind(run.before) == "letter" and any(other.can_close for other in later):
            return (f"{shown} does not open here and would show as text: an opening `{full}` right before punctuation "
                    f"(`{run.after}`) must come after a space or punctuation, not `{run.before}`; start the {style} "
                    f"after the `{run.after}` ({run.before}{run.after}{full}…), or write a space before `{full}`")
        return f"{shown} would show as text: it closes {style}, but nothing before it in this paragraph opens it"
    if run.rule_of_three:
        return (f"{shown} would show as text: between two letters it could open or close, so CommonMark's rule of 3 "
                f"keeps it from pairing with the `{char}` runs around it; put a space on one side, or write {literal}")
    return f"{shown} would show as text: nothing in this paragraph pairs with it; add its partner, or write {literal}"


__all__ = ["Leftover", "leftovers"]
