"""Bilingual text: Korean first, with an English translation.

The small value types the start-up defines (here and in `errors`, `layout`, `rules`, `theme`) are
`collections.namedtuple`s: a `typing.NamedTuple` costs several times as much to define.
"""

from __future__ import annotations

from collections import namedtuple

LANGUAGES = ("ko", "en")
DEFAULT_LANGUAGE = "ko"
LANGUAGE_NAMES = {"ko": "Korean", "en": "English"}


class Text(namedtuple("Text", "ko en")):
    """One piece of text in both of the app's languages."""

    __slots__ = ()

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.ko

    def both(self) -> tuple[str, str]:
        return (self.ko, self.en)


def normalize_language(lang: object) -> str:
    """A supported language code; anything else (a typo, a value from a damaged settings file) is Korean."""
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE
