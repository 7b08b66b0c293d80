"""Content errors: where (file, line, column), what is wrong, and what was expected.

Kept apart from the loader so that code which only reports errors need not import PyYAML.
"""

from __future__ import annotations

from collections import namedtuple


class Origin(namedtuple("Origin", "file line column", defaults=(0, 0))):
    """A place in a content file; line and column count from 1 (0: the whole file)."""

    __slots__ = ()

    def __str__(self) -> str:
        if self.line <= 0:
            return self.file
        return f"{self.file}:{self.line}:{self.column}"


class ContentError(namedtuple("ContentError", "origin message expected", defaults=("",))):
    """One problem in a content file: where, what is wrong, and what was expected."""

    __slots__ = ()

    def __str__(self) -> str:
        text = f"{self.origin}: {self.message}"
        if self.expected:
            text += f" (expected {self.expected})"
        return text


def sorted_errors(errors: list[ContentError]) -> list[ContentError]:
    """By file, then line and column: the order a teacher fixes them in (stable for equal places)."""
    return sorted(errors, key=lambda e: (e.origin.file, e.origin.line, e.origin.column))


class ContentErrors(Exception):
    """Raised when content cannot be loaded; `errors` lists every problem found, by file and line."""

    def __init__(self, errors: list[ContentError]):
        self.errors = sorted_errors(errors)
        super().__init__("\n".join(str(e) for e in self.errors))
