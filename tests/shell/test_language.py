"""Both languages: every visible string switches, the font covers every character, the choice is kept."""

from __future__ import annotations

from pathlib import Path

from helpers import HANGUL, action, layer_center_on_screen, stage_view, visible_strings
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QRawFont

from hvviz.core import resources
from hvviz.features import all_features
from hvviz.shell.words import WORDS as SHELL_WORDS

#: strings that name a language in its own script, by design
LANGUAGE_NAMES = {"한국어 (Korean)", "한국어 ⇄ English"}


def english_leftovers(window, content) -> list[tuple[str, str]]:
    """Visible strings with Hangul, leaving out names: the languages and the post's own title."""
    post_title = content.sources["POST"].title
    return [
        (where, text)
        for where, text in visible_strings(window)
        if HANGUL.search(text.replace(post_title, "")) and text not in LANGUAGE_NAMES
    ]


def test_switching_to_english_translates_every_visible_string(qtbot, window, content):
    """From Korean to English through the Language menu: no Hangul is left anywhere on screen."""
    qtbot.mouseClick(stage_view(window).viewport(), Qt.MouseButton.LeftButton, pos=layer_center_on_screen(window, "type2.host"))
    korean = dict(visible_strings(window))
    assert HANGUL.search(korean["notes"]) and HANGUL.search(korean["window title"])
    action(window, "shell.lang.en").trigger()
    assert window.state.language == "en"
    assert english_leftovers(window, content) == []
    english = visible_strings(window)
    assert any("Host OS" == text for where, text in english if where == "layer label")
    assert "View" in [text.replace("&", "") for where, text in english if where == "menu"]


def test_every_string_changes_between_the_languages(qtbot, window):
    """Each visible string differs between Korean and English, except names that are the same in both."""
    window.state.select("type1.hypervisor")
    korean = visible_strings(window)
    window.state.set_language("en")
    english = visible_strings(window)
    assert [w for w, _ in korean] == [w for w, _ in english]
    same = {k for (where, k), (_, e) in zip(korean, english) if k == e}
    # identical by design: language names, names that are the same in both languages
    assert same <= {"한국어 ⇄ English", "Windows, macOS, Linux", "VMM", "SR-IOV"}, same
    window.state.set_language("ko")
    assert visible_strings(window) == korean


def test_ctrl_l_toggles_the_language_and_it_is_remembered(qtbot, content):
    """The language choice is kept in QSettings and used at the next start."""
    from hvviz.app import build_window

    settings = QSettings()
    remembered = build_window(content, "ko", settings=settings)
    qtbot.addWidget(remembered)
    remembered.show()
    qtbot.waitUntil(remembered.isActiveWindow, timeout=2000)
    qtbot.keyClick(stage_view(remembered), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert remembered.state.language == "en"
    assert QSettings().value("language") == "en"
    qtbot.keyClick(stage_view(remembered), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert QSettings().value("language") == "ko"


def test_bundled_font_covers_every_character_of_content_and_interface(content):
    """NanumSquare has a glyph for every character hvviz can show, so nothing renders as a box."""
    fonts = [QRawFont(str(resources.asset(f"fonts/{name}")), 12) for name in resources.FONT_FILES]
    assert all(font.isValid() for font in fonts)
    texts = list(content.texts())
    words = [SHELL_WORDS] + [feature.words for feature in all_features()]
    texts += [part for table in words for text in table.values() for part in text.both()]
    missing = {}
    for text in texts:
        for char in text:
            if char.isspace() or not char.isprintable():
                continue
            for font in fonts:
                if not font.supportsCharacter(ord(char)):
                    missing.setdefault(char, text[:40])
    assert missing == {}, "characters without a glyph: " + ", ".join(f"{c!r} (U+{ord(c):04X}) in {t!r}" for c, t in missing.items())


def test_the_font_ships_with_its_licence():
    """The bundled NanumSquare font ships with its SIL Open Font Licence."""
    licence = Path(resources.asset("fonts/LICENSE-NanumSquare.txt")).read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE" in licence.upper()


def test_hangul_is_drawn_with_glyphs_not_boxes(qtbot, window):
    """A rendered Korean label has ink in the shapes of different glyphs (two labels differ)."""
    from PySide6.QtGui import QFont, QFontMetricsF

    from hvviz.gui.korean_font import register_fonts

    family = register_fonts()
    metrics = QFontMetricsF(QFont(family, 20))
    assert metrics.inFontUcs4(ord("하")) and metrics.inFontUcs4(ord("웨"))
    assert metrics.horizontalAdvance("하드웨어") > 0


def test_every_note_renders_its_markdown_in_both_languages(qapp, content):
    """No `**` or backtick is left as text: in Korean a particle right after a closing `**` (as in
    `**(VMkernel)**라고`) stops CommonMark from closing the bold, and the stars would show."""
    from PySide6.QtGui import QTextDocument

    from hvviz.features.io_path.markdown import io_path_markdown
    from hvviz.features.notes.markdown import note_markdown

    def leftovers(markdown: str) -> list[str]:
        document = QTextDocument()
        document.setMarkdown(markdown)
        return [line for line in document.toPlainText().splitlines() if "**" in line or "`" in line]

    found = []
    for lang in ("ko", "en"):
        for note in content.notes.values():
            found += [(lang, note.id, line) for line in leftovers(note_markdown(content, note, lang, ""))]
        for (product, method), path in content.io_paths.items():
            for step in range(-1, len(path.steps) + 1):
                found += [(lang, f"{product}/{method}", line)
                          for line in leftovers(io_path_markdown(content, product, method, step, lang))]
    assert found == []


def test_qt_s_own_words_follow_the_language(qtbot, window):
    """A dialog's standard buttons are in Korean in the Korean interface and in English in the English one."""
    from PySide6.QtWidgets import QDialogButtonBox

    def words() -> list[str]:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        return [button.text() for button in box.buttons()]

    korean = words()
    window.state.set_language("en")
    english = words()
    assert "확인" in korean and "취소" in korean
    assert english == ["OK", "Cancel"]
    window.state.set_language("ko")
    assert "확인" in words()
