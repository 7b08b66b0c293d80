"""Bilingual text: Korean first, English translation."""

from __future__ import annotations

from typing import NamedTuple

LANGUAGES = ("ko", "en")
DEFAULT_LANGUAGE = "ko"


class Text(NamedTuple):
    """One piece of text in both of the app's languages."""

    ko: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.ko

    def both(self) -> tuple[str, str]:
        return (self.ko, self.en)


def normalize_language(lang: str | None) -> str:
    """Return a supported language code, falling back to Korean."""
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE
