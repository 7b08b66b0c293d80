"""Which Unicode characters a TrueType/OpenType font has a glyph for, read from its `cmap` table.

Standard library only, so `hvviz --check-content` can tell that the bundled font draws every
character of the content without starting Qt. A code point is covered when the font's Unicode
`cmap` subtable maps it to a glyph id other than 0 (the "missing glyph" box) and below the font's
glyph count (FreeType, which Qt uses, treats a larger id as missing too). Like Qt, a tab or a no-break
space the font has no glyph for counts as covered when the space is: Qt draws them with the space's glyph.
"""

from __future__ import annotations

import bisect
import struct
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

#: (platform id, encoding id) of the Unicode cmap subtables, best first: full Unicode (UCS-4)
#: before the Basic Multilingual Plane only, as FreeType chooses
_SUBTABLE_PREFERENCE = ((3, 10), (0, 6), (0, 4), (3, 1), (0, 3), (0, 2), (0, 1), (0, 0))
_SUPPORTED_FORMATS = (0, 4, 6, 12)
_LAST_CODE_POINT = 0x10FFFF
_DRAWN_AS_SPACE = (0x09, 0xA0)


class _FontBytes:
    """A font file's bytes whose every read is bounds-checked: a short file is a `ValueError` naming it."""

    def __init__(self, data: bytes, name: str):
        self.data = data
        self.name = name

    def broken(self, reason: str) -> ValueError:
        return ValueError(f"{self.name}: not a usable TrueType/OpenType font: {reason}")

    def unpack(self, fmt: str, offset: int, what: str) -> tuple[int, ...]:
        end = offset + struct.calcsize(fmt)
        if offset < 0 or end > len(self.data):
            raise self.broken(f"the {what} needs bytes {offset}..{end} but the file has {len(self.data)} (truncated?)")
        return struct.unpack_from(fmt, self.data, offset)

    def u16(self, offset: int, what: str) -> int:
        return self.unpack(">H", offset, what)[0]

    def u32(self, offset: int, what: str) -> int:
        return self.unpack(">I", offset, what)[0]


class FontCoverage:
    """The set of code points a font has a glyph for, kept as sorted inclusive ranges."""

    def __init__(self, ranges: Iterable[tuple[int, int]], name: str = "font"):
        self.name = name
        self._ranges = _merged(ranges)
        self._starts = [start for start, _ in self._ranges]

    @classmethod
    def from_file(cls, path: Path | str) -> FontCoverage:
        """Read the font at `path`; a missing file is `OSError`, a broken or truncated one `ValueError`."""
        path = Path(path)
        return cls.from_bytes(path.read_bytes(), str(path))

    @classmethod
    def from_bytes(cls, data: bytes, name: str = "font") -> FontCoverage:
        font = _FontBytes(data, name)
        tables = _table_directory(font)
        if b"cmap" not in tables:
            raise font.broken("it has no `cmap` table")
        if b"maxp" not in tables:
            raise font.broken("it has no `maxp` table")
        glyph_count = font.u16(tables[b"maxp"][0] + 4, "maxp table")
        cmap_offset, cmap_length = tables[b"cmap"]
        cmap = _FontBytes(data[cmap_offset:cmap_offset + cmap_length], f"{name} (cmap table)")
        coverage = cls(_subtable_ranges(cmap, glyph_count), name)
        if 0x20 in coverage:
            coverage = cls(coverage._ranges + [(code, code) for code in _DRAWN_AS_SPACE], name)
        return coverage

    def __contains__(self, codepoint_or_char: object) -> bool:
        if isinstance(codepoint_or_char, str):
            if len(codepoint_or_char) != 1:
                raise TypeError(f"expected one character or a code point, got {codepoint_or_char!r}")
            codepoint = ord(codepoint_or_char)
        elif isinstance(codepoint_or_char, int):
            codepoint = codepoint_or_char
        else:
            raise TypeError(f"expected one character or a code point, got {type(codepoint_or_char).__name__}")
        index = bisect.bisect_right(self._starts, codepoint) - 1
        return index >= 0 and codepoint <= self._ranges[index][1]

    def __len__(self) -> int:
        """How many code points have a glyph."""
        return sum(end - start + 1 for start, end in self._ranges)

    def __repr__(self) -> str:
        return f"FontCoverage({self.name!r}, {len(self)} code points in {len(self._ranges)} ranges)"


def missing_characters(texts: Iterable[str], fonts: Sequence[FontCoverage]) -> dict[str, str]:
    """Each character that some font of `fonts` has no glyph for, mapped to the first 40 characters
    of the first text it appears in.

    Every font must cover every character (the regular and the bold face both draw any text).
    Whitespace and non-printable characters are skipped: they are never drawn as glyphs.
    """
    if not fonts:
        raise ValueError("missing_characters needs at least one font")
    missing: dict[str, str] = {}
    covered: set[str] = set()
    for text in texts:
        for char in text:
            if char in covered or char in missing or char.isspace() or not char.isprintable():
                continue
            if all(char in font for font in fonts):
                covered.add(char)
            else:
                missing[char] = text[:40]
    return missing


def _table_directory(font: _FontBytes) -> dict[bytes, tuple[int, int]]:
    """The font's tables as tag -> (offset, length), each checked to lie inside the file."""
    start = 0
    tag = font.unpack(">4s", 0, "file header")[0]
    if tag == b"ttcf":  # a collection: its first font
        start = font.u32(12, "collection header")
        tag = font.unpack(">4s", start, "font header")[0]
    if tag not in (b"\x00\x01\x00\x00", b"OTTO", b"true"):
        raise font.broken(f"it does not start like one (its first bytes are {tag!r})")
    table_count = font.u16(start + 4, "font header")
    tables = {}
    for index in range(table_count):
        tag, _checksum, offset, length = font.unpack(">4sIII", start + 12 + 16 * index, "table directory")
        if offset + length > len(font.data):
            raise font.broken(f"its `{tag.decode('latin-1')}` table ends at byte {offset + length} "
                              f"but the file has only {len(font.data)} (truncated?)")
        tables[tag] = (offset, length)
    return tables


def _subtable_ranges(cmap: _FontBytes, glyph_count: int) -> list[tuple[int, int]]:
    """The covered ranges from the best Unicode subtable of a `cmap` table."""
    subtable_count = cmap.u16(2, "cmap header")
    offsets = {}
    for index in range(subtable_count):
        platform, encoding, offset = cmap.unpack(">HHI", 4 + 8 * index, "cmap subtable list")
        if cmap.u16(offset, "cmap subtable") in _SUPPORTED_FORMATS:
            offsets.setdefault((platform, encoding), offset)
    for key in _SUBTABLE_PREFERENCE:
        if key in offsets:
            offset = offsets[key]
            reader = _FORMAT_READERS[cmap.u16(offset, "cmap subtable")]
            return list(reader(cmap, offset, glyph_count))
    raise cmap.broken("it has no Unicode cmap subtable in format 0, 4, 6 or 12")


def _format0(cmap: _FontBytes, offset: int, glyph_count: int) -> Iterator[tuple[int, int]]:
    """Byte encoding table: 256 one-byte glyph ids."""
    glyphs = cmap.unpack(">256B", offset + 6, "format 0 subtable")
    return _runs(code for code, glyph in enumerate(glyphs) if 0 < glyph < glyph_count)


def _format6(cmap: _FontBytes, offset: int, glyph_count: int) -> Iterator[tuple[int, int]]:
    """Trimmed table mapping: glyph ids for one dense range of codes."""
    first_code, entry_count = cmap.unpack(">HH", offset + 6, "format 6 subtable")
    glyphs = cmap.unpack(f">{entry_count}H", offset + 10, "format 6 glyph ids")
    return _runs(first_code + index for index, glyph in enumerate(glyphs) if 0 < glyph < glyph_count)


def _format4(cmap: _FontBytes, offset: int, glyph_count: int) -> Iterator[tuple[int, int]]:
    """Segment mapping to delta values, the usual table of Basic Multilingual Plane fonts.

    A segment with idRangeOffset 0 maps code c to (c + idDelta) mod 65536. Otherwise its glyph ids
    are read from glyphIdArray at the address of idRangeOffset[i] plus idRangeOffset[i] bytes plus
    2 * (c - startCode[i]); a non-zero id read there is then shifted by idDelta mod 65536.
    """
    segment_count = cmap.u16(offset + 6, "format 4 subtable") // 2
    ends_at = offset + 14
    starts_at = ends_at + 2 * segment_count + 2  # after the reserved pad
    deltas_at = starts_at + 2 * segment_count
    range_offsets_at = deltas_at + 2 * segment_count
    segment = f">{segment_count}H"
    ends = cmap.unpack(segment, ends_at, "format 4 end codes")
    starts = cmap.unpack(segment, starts_at, "format 4 start codes")
    deltas = cmap.unpack(segment, deltas_at, "format 4 id deltas")
    range_offsets = cmap.unpack(segment, range_offsets_at, "format 4 id range offsets")
    covered = []
    for index, (start, end, delta, range_offset) in enumerate(zip(starts, ends, deltas, range_offsets)):
        if start > end:
            continue
        codes = range(start, end + 1)
        if range_offset == 0:
            glyphs = [(code + delta) & 0xFFFF for code in codes]
        elif start == 0xFFFF:
            continue  # the closing 0xFFFF segment of some fonts points nowhere; FreeType skips it too
        else:
            glyphs_at = range_offsets_at + 2 * index + range_offset
            raw = cmap.unpack(f">{len(codes)}H", glyphs_at, f"format 4 glyph ids of segment {start:04X}-{end:04X}")
            glyphs = [(glyph + delta) & 0xFFFF if glyph else 0 for glyph in raw]
        covered += [code for code, glyph in zip(codes, glyphs) if 0 < glyph < glyph_count]
    return _runs(sorted(covered))


def _format12(cmap: _FontBytes, offset: int, glyph_count: int) -> Iterator[tuple[int, int]]:
    """Segmented coverage: groups of consecutive codes mapped to consecutive glyph ids."""
    group_count = cmap.u32(offset + 12, "format 12 subtable")
    for index in range(group_count):
        start, end, start_glyph = cmap.unpack(">III", offset + 16 + 12 * index, "format 12 groups")
        end = min(end, _LAST_CODE_POINT)
        first = start + 1 if start_glyph == 0 else start
        last = min(end, start + glyph_count - 1 - start_glyph)
        if first <= last:
            yield first, last


_FORMAT_READERS = {0: _format0, 4: _format4, 6: _format6, 12: _format12}


def _runs(codes: Iterable[int]) -> Iterator[tuple[int, int]]:
    """Ascending code points as inclusive ranges of consecutive ones."""
    run_start = previous = None
    for code in codes:
        if previous is not None and code == previous + 1:
            previous = code
            continue
        if run_start is not None:
            yield run_start, previous
        run_start = previous = code
    if run_start is not None:
        yield run_start, previous


def _merged(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping inclusive ranges covering the same code points."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


__all__ = ["FontCoverage", "missing_characters"]
