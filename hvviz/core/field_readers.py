"""Readers for one value of a content file: each checks a value and returns it converted, or
reports the problem (with its place and what was expected) and returns None."""

from __future__ import annotations

from typing import Any

from hvviz.core.errors import ContentError, Origin
from hvviz.core.text import LANGUAGE_NAMES, LANGUAGES, Text
from hvviz.core.yaml_nodes import LocatedList, LocatedMap, Mark


def kind_of(value: Any) -> str:
    """How a value reads in a message: "a string", "a list", "true/false"."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def suggest(word: str, known) -> str:
    """"; did you mean `x`?" for the nearest known word, or nothing."""
    import difflib  # only when something is wrong

    close = difflib.get_close_matches(word, [str(k) for k in known], n=1, cutoff=0.5)
    return f"; did you mean `{close[0]}`?" if close else ""


class FileReader:
    """The value readers, bound to one file; problems go into a shared list."""

    def __init__(self, file: str, errors: list[ContentError]):
        self.file = file
        self.errors = errors

    def origin(self, mark: Mark) -> Origin:
        return Origin(self.file, mark.line, mark.column)

    def error(self, mark: Mark, message: str, expected: str = "") -> None:
        self.errors.append(ContentError(self.origin(mark), message, expected))

    def string(self, value: Any, mark: Mark, what: str, allow_empty: bool = False) -> str | None:
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            self.error(mark, f"`{what}` must be text, not {kind_of(value)}", "a string")
            return None
        text = str(value)
        if not allow_empty and not text.strip():
            self.error(mark, f"`{what}` is empty", "some text")
            return None
        return text

    def ident(self, value: Any, mark: Mark, what: str) -> str | None:
        text = self.string(value, mark, what)
        if text is not None and any(ch.isspace() for ch in text):
            self.error(mark, f"`{what}` `{text}` contains spaces", "an id without spaces, like `type1.hw`")
            return None
        return text

    def number(self, value: Any, mark: Mark, what: str, low: float | None = None, high: float | None = None) -> float | None:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.error(mark, f"`{what}` must be a number, not {kind_of(value)}", "a number such as 0.5")
            return None
        number = float(value)
        if low == 0 and number < 0:
            self.error(mark, f"`{what}` is negative ({number:g})", "a number of 0 or more")
            return None
        if (low is not None and number < low) or (high is not None and number > high):
            bounds = (f"from {low:g} to {high:g}" if low is not None and high is not None
                      else f"of {low:g} or more" if low is not None else f"of {high:g} or less")
            self.error(mark, f"`{what}` {number:g} is out of range", f"a {what} {bounds}")
            return None
        return number

    def flag(self, value: Any, mark: Mark, what: str) -> bool | None:
        if not isinstance(value, bool):
            self.error(mark, f"`{what}` must be true or false, not {kind_of(value)}", "true or false")
            return None
        return value

    def choice(self, value: Any, mark: Mark, what: str, choices: tuple[str, ...]) -> str | None:
        text = self.string(value, mark, what)
        if text is not None and text not in choices:
            self.error(mark, f"unknown {what} `{text}`{suggest(text, choices)}", "one of " + ", ".join(choices))
            return None
        return text

    def text(self, value: Any, mark: Mark, what: str) -> Text | None:
        """`{ko: …, en: …}`, both present and not empty."""
        if not isinstance(value, LocatedMap):
            self.error(mark, f"`{what}` must give the text in both languages, not {kind_of(value)}", "{ko: …, en: …}")
            return None
        self.unknown_keys(value, LANGUAGES, what)
        parts = {}
        for lang in LANGUAGES:
            given = value.get(lang)
            if given is None or (isinstance(given, str) and not given.strip()):
                self.error(value.mark_of(lang) if lang in value else value.mark,
                           f"text missing in {LANGUAGE_NAMES[lang]} (`{lang}`) in `{what}`",
                           f"`{lang}:` with the {LANGUAGE_NAMES[lang]} text")
                continue
            parts[lang] = self.string(given, value.mark_of(lang), f"{what}.{lang}")
        if len(parts) != len(LANGUAGES) or None in parts.values():
            return None
        return Text(ko=parts["ko"], en=parts["en"])

    def id_list(self, value: Any, mark: Mark, what: str) -> list[tuple[str, Mark]] | None:
        """A list of ids; one id may be given without brackets."""
        if isinstance(value, str):
            items, marks = [value], [mark]
        elif isinstance(value, LocatedList):
            items, marks = list(value), value.item_marks
        else:
            self.error(mark, f"`{what}` must be a list of ids, not {kind_of(value)}", "[id, id, …]")
            return None
        out = []
        for item, item_mark in zip(items, marks):
            ident = self.ident(item, item_mark, what)
            if ident is not None:
                out.append((ident, item_mark))
        return out

    def unknown_keys(self, data: LocatedMap, known, what: str) -> None:
        for key in data:
            if key not in known:
                self.error(data.key_marks[key], f"unknown key `{key}` in {what}{suggest(str(key), tuple(known))}",
                           "one of " + ", ".join(f"`{k}`" for k in known))
