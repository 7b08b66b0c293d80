"""The checks beyond the loader's that content must pass, run by `hvviz --check-content` exactly
as by the test suite: every character has a glyph in the bundled font (so nothing is drawn as
a box), and no Markdown is left as literal stars or backticks (so nothing shows as `**`)."""

from __future__ import annotations

from typing import Iterable

from hvviz.core.errors import ContentError, Origin
from hvviz.core.feature import resolve
from hvviz.core.schema import located_texts
from hvviz.core.text import LANGUAGES


def glyph_problems(content, words: Iterable[dict], font_paths) -> list[ContentError]:
    """A character with no glyph in any bundled font, once per character, where it is first used."""
    from hvviz.core.font_coverage import FontCoverage, missing_characters

    fonts = [FontCoverage.from_file(path) for path in font_paths]
    problems, seen = [], set()
    located = list(located_texts(content.pack)) + [
        item for name, value in vars(content).items() if not name.startswith("_") and name != "pack"
        for item in located_texts(value)]
    for origin, _field, text in located:
        for char, sample in missing_characters([text], fonts).items():
            if char not in seen:
                seen.add(char)
                problems.append(ContentError(origin, f"the bundled font has no glyph for {char!r} (U+{ord(char):04X}) "
                                                     f"in {sample!r}: it would be drawn as a box",
                                             "a character the font has (it lacks, for example, é, €, the micro sign µ (write μ or us) and ✓)"))
    for table in words:
        for key, text in table.items():
            for char in missing_characters(text.both(), fonts):
                if char not in seen:
                    seen.add(char)
                    problems.append(ContentError(Origin(f"interface words `{key}`"), f"no glyph for {char!r}"))
    return problems


def markdown_problems(content, features) -> list[ContentError]:
    """Stars or backticks that CommonMark would leave as text: in each Markdown field, where it is
    written, and in the Markdown the features compose from the fields (a note's bold summary)."""
    from hvviz.core.markdown_check import leftovers

    problems = []
    for origin, field, text in (item for name, value in vars(content).items() if not name.startswith("_")
                                for item in located_texts(value)):
        if field.markdown:
            problems += [ContentError(origin, f"in `{field.yaml_key}`: {found.message} ({found.text!r})",
                                      "Markdown that renders as intended") for found in leftovers(text)]
    if not problems:  # the compositions only matter once every field is clean
        for feature in features:
            if feature.markdown is not None and feature.name in content.pack.features:
                for lang in LANGUAGES:
                    for where, markdown in resolve(feature.markdown)(content, lang):
                        problems += [ContentError(Origin(where), f"{found.message} ({found.text!r})",
                                                  "Markdown that renders as intended") for found in leftovers(markdown)]
    return problems
