"""`hvviz.core.font_coverage` reads a font's cmap as Qt does, without Qt: checked against QRawFont."""

from __future__ import annotations

import re
import struct
from pathlib import Path

import pytest

from hvviz.core.font_coverage import FontCoverage, missing_characters

FONTS_DIR = Path(__file__).resolve().parents[2] / "assets" / "fonts"
BUNDLED_FONTS = [FONTS_DIR / "NanumSquareR.ttf", FONTS_DIR / "NanumSquareB.ttf"]
#: the Basic Multilingual Plane from the space on, then a sample of the planes above it
CODE_POINTS = [*range(0x20, 0x10000), *range(0x10000, 0x110000, 0x3FF), 0x1F600, 0x1F4A9, 0x20000, 0x10FFFF]


def qt_supported(font: bytes | Path, code_points) -> list[int]:
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QRawFont

    raw = QRawFont(str(font), 12) if isinstance(font, Path) else QRawFont(QByteArray(font), 12)
    assert raw.isValid()
    return [code for code in code_points if raw.supportsCharacter(code)]


@pytest.mark.parametrize("path", BUNDLED_FONTS, ids=lambda path: path.name)
def test_agrees_with_qt_on_every_code_point_of_the_bundled_fonts(qapp, path):
    """For each code point of the BMP (and a sample above), the cmap reading says what QRawFont says."""
    coverage = FontCoverage.from_file(path)
    assert [code for code in CODE_POINTS if code in coverage] == qt_supported(path, CODE_POINTS)
    assert "하" in coverage and ord("A") in coverage and "😀" not in coverage


# --- fonts with other cmap subtables: the bundled font with its cmap table replaced -------------


def with_cmap(subtables: list[tuple[int, int, bytes]]) -> bytes:
    """NanumSquareR with a new cmap table of (platform id, encoding id, subtable) appended at the end."""
    data = bytearray(BUNDLED_FONTS[0].read_bytes())
    header = struct.pack(">HH", 0, len(subtables))
    offset = 4 + 8 * len(subtables)
    records, bodies = b"", b""
    for platform, encoding, body in subtables:
        records += struct.pack(">HHI", platform, encoding, offset + len(bodies))
        bodies += body
    cmap = header + records + bodies
    data += b"\0" * (-len(data) % 4)
    table_count = struct.unpack_from(">H", data, 4)[0]
    for index in range(table_count):
        if data[12 + 16 * index:16 + 16 * index] == b"cmap":
            struct.pack_into(">II", data, 12 + 16 * index + 8, len(data), len(cmap))
    return bytes(data + cmap)


def glyph_count() -> int:
    data = BUNDLED_FONTS[0].read_bytes()
    for index in range(struct.unpack_from(">H", data, 4)[0]):
        tag, _, offset, _ = struct.unpack_from(">4sIII", data, 12 + 16 * index)
        if tag == b"maxp":
            return struct.unpack_from(">H", data, offset + 4)[0]
    raise AssertionError("no maxp")


def format4(segments: list[tuple[int, int, int, list[int] | None]]) -> bytes:
    """A format 4 subtable from (start, end, idDelta, glyph ids or None for idRangeOffset 0) segments."""
    segments = sorted(segments) + [(0xFFFF, 0xFFFF, 1, None)]
    count = len(segments)
    glyph_array, range_offsets = b"", []
    for index, (start, end, _delta, glyphs) in enumerate(segments):
        if glyphs is None:
            range_offsets.append(0)
        else:
            assert len(glyphs) == end - start + 1
            range_offsets.append(2 * (count - index) + len(glyph_array))
            glyph_array += struct.pack(f">{len(glyphs)}H", *glyphs)
    search_range = 2 * 2 ** (count.bit_length() - 1)
    arrays = (struct.pack(f">{count}H", *(end for _, end, _, _ in segments)) + b"\0\0"
              + struct.pack(f">{count}H", *(start for start, _, _, _ in segments))
              + struct.pack(f">{count}H", *(delta & 0xFFFF for _, _, delta, _ in segments))
              + struct.pack(f">{count}H", *range_offsets) + glyph_array)
    header = struct.pack(">HHHHHHH", 4, 14 + len(arrays), 0, 2 * count, search_range,
                         search_range.bit_length() - 2, 2 * count - search_range)
    return header + arrays


def format12(groups: list[tuple[int, int, int]]) -> bytes:
    return struct.pack(">HHIII", 12, 0, 16 + 12 * len(groups), 0, len(groups)) + b"".join(
        struct.pack(">III", *group) for group in groups)


def format6(first: int, glyphs: list[int]) -> bytes:
    return struct.pack(">HHHHH", 6, 10 + 2 * len(glyphs), 0, first, len(glyphs)) + struct.pack(f">{len(glyphs)}H", *glyphs)


def format0(glyphs: dict[int, int]) -> bytes:
    return struct.pack(">HHH", 0, 262, 0) + bytes(glyphs.get(code, 0) for code in range(256))


def synthetic_fonts() -> dict[str, bytes]:
    last = glyph_count() - 1
    bmp = format4([
        (0x41, 0x5A, 100, None),  # A-Z: glyph = code + 100
        # a-f through glyphIdArray; idDelta is added to the non-zero ids, taking `e` past the last glyph and `f` to 0
        (0x61, 0x66, 7, [0, 3, 0, 5, last - 6, 0x10000 - 7]),
        (0xAC00, 0xAC03, 0, [10, 0, 11, 12]),
        (0xFF00, 0xFF02, last - 0xFF00, None),  # U+FF00 gets the last glyph; the ids after it are past the end
        (0x3000, 0x3001, -0x3000, None),  # U+3000 maps to glyph 0: missing
    ])
    return {
        "format 4 with idRangeOffset": with_cmap([(0, 3, bmp), (3, 1, bmp)]),
        "format 12 preferred to format 4": with_cmap([(3, 1, bmp), (3, 10, format12([
            (0x20, 0x7E, 1), (0x1F600, 0x1F60F, 200), (0x20000, 0x20003, 0), (0x30000, 0x30005, last - 2)]))]),
        "format 6": with_cmap([(3, 1, format6(0x400, [0, 9, 9, 0, 4, last + 1]))]),
        "format 0": with_cmap([(0, 3, format0({0x41: 5, 0x42: 0, 0xE9: 7, 0x20: 3}))]),
    }


SYNTHETIC_CODE_POINTS = [*range(0x20, 0x500), *range(0x3000, 0x3010), *range(0xAC00, 0xAC10), *range(0xFEF0, 0x10000),
                         *range(0x1F5F0, 0x1F620), *range(0x20000, 0x20010), *range(0x30000, 0x30010)]


@pytest.mark.parametrize("name", list(synthetic_fonts()))
def test_agrees_with_qt_on_cmap_formats_4_12_6_and_0(qapp, name):
    """Each supported subtable format, and the choice of subtable, give the characters QRawFont supports."""
    data = synthetic_fonts()[name]
    coverage = FontCoverage.from_bytes(data, name)
    expected = qt_supported(data, SYNTHETIC_CODE_POINTS)
    assert expected, "the synthetic font should map some characters"
    assert [code for code in SYNTHETIC_CODE_POINTS if code in coverage] == expected


def test_format_4_reads_glyph_ids_through_id_range_offset():
    """idRangeOffset != 0: ids come from glyphIdArray, 0 stays missing, idDelta shifts the others."""
    coverage = FontCoverage.from_bytes(synthetic_fonts()["format 4 with idRangeOffset"])
    assert [char for char in "abcdef" if char in coverage] == ["b", "d"]
    assert [code - 0xAC00 for code in range(0xAC00, 0xAC04) if code in coverage] == [0, 2, 3]
    assert 0xFF00 in coverage and 0xFF01 not in coverage and 0x3000 not in coverage and 0x3001 in coverage


# --- broken files ---------------------------------------------------------------------------------


@pytest.mark.parametrize("length", [0, 3, 11, 40, 300, 39_000, 400_000])
def test_a_truncated_font_is_a_value_error_naming_the_file(tmp_path, length):
    """A font cut short anywhere raises ValueError (never struct.error or IndexError) with its path."""
    path = tmp_path / f"cut-{length}.ttf"
    path.write_bytes(BUNDLED_FONTS[0].read_bytes()[:length])
    with pytest.raises(ValueError, match=re.escape(str(path))):
        FontCoverage.from_file(path)


def test_a_cmap_whose_arrays_overrun_it_is_a_value_error(tmp_path):
    """A format 4 segment count too large for the cmap table is reported, not read past the table."""
    subtable = format4([(0x41, 0x5A, 100, None)])
    data = bytearray(with_cmap([(3, 1, subtable)]))  # the subtable is the last thing in the file
    struct.pack_into(">H", data, len(data) - len(subtable) + 6, 0xFFFE)  # segCountX2
    path = tmp_path / "overrun.ttf"
    path.write_bytes(bytes(data))
    with pytest.raises(ValueError, match="overrun.ttf.*format 4"):
        FontCoverage.from_file(path)


def test_a_file_that_is_no_font_is_a_value_error(tmp_path):
    """Text in a .ttf file is rejected with a message saying what it starts with."""
    path = tmp_path / "notes.ttf"
    path.write_text("hello, this is not a font at all", encoding="utf-8")
    with pytest.raises(ValueError, match="notes.ttf.*does not start like one"):
        FontCoverage.from_file(path)


# --- missing_characters ---------------------------------------------------------------------------


def test_missing_characters_finds_what_the_bundled_font_lacks_and_skips_blanks():
    """'é', '✓' and '∙' have no glyph in NanumSquare (its '·' and '×' do); spaces and controls are skipped."""
    fonts = [FontCoverage.from_file(path) for path in BUNDLED_FONTS]
    assert all("·" in font and "×" in font for font in fonts)
    texts = ["café ✓ 확인", "1 ∙ 2 · 3 × 4", "공백\u00a0과\t탭\u3000그리고\u200b제어\x07", "카페 é 다시"]
    assert missing_characters(texts, fonts) == {"é": "café ✓ 확인", "✓": "café ✓ 확인", "∙": "1 ∙ 2 · 3 × 4"}


def test_missing_characters_needs_every_font_and_keeps_forty_characters_of_the_text():
    """A character one font lacks is missing even if another has it; the sample is the text's first 40."""
    fonts = [FontCoverage.from_file(BUNDLED_FONTS[0]), FontCoverage([(0x20, 0x7E)], "ASCII only")]
    long_text = "ASCII words first, then Korean: " + "하" * 50
    assert missing_characters([long_text], fonts) == {"하": long_text[:40]}
    assert missing_characters(["plain ASCII"], fonts) == {}
    with pytest.raises(ValueError):
        missing_characters(["x"], [])


def test_a_code_point_or_a_single_character_may_be_asked():
    """`in` takes an int or a one-character string; anything else is a TypeError."""
    coverage = FontCoverage([(0x41, 0x43)])
    assert 0x41 in coverage and "C" in coverage and "D" not in coverage and -1 not in coverage
    assert len(coverage) == 3
    with pytest.raises(TypeError):
        "AB" in coverage  # noqa: B015
