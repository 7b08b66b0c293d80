"""The interface's own words (menus, headings, hints), as opposed to the content it teaches.

Each feature keeps its words in its own `words.py`, as a mapping of keys to `Text`; this is the
one way they are looked up."""

from __future__ import annotations

from hvviz.core.text import Text


def translate(words: dict[str, Text], key: str, lang: str, **values: str) -> str:
    """The words for `key` in `lang`, with `{placeholders}` filled in."""
    text = words[key].get(lang)
    return text.format(**values) if values else text
