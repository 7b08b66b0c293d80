"""Content errors: where (file, line, column), what is wrong, and what was expected.

Kept apart from the loader so that code which only reports errors need not import PyYAML.
"""

from __future__ import annotations

from typing import NamedTuple

from hvviz.model.content import Origin


class ContentError(NamedTuple):
    """One problem in a content file."""

    origin: Origin
    message: str
    expected: str = ""

    def __str__(self) -> str:
        text = f"{self.origin}: {self.message}"
        if self.expected:
            text += f" (expected {self.expected})"
        return text


class ContentErrors(Exception):
    """Raised when content cannot be loaded; `errors` lists every problem found."""

    def __init__(self, errors: list[ContentError]):
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors
