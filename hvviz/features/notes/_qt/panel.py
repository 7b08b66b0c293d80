"""The notes panel: the selected layer's note (or the home note), as rendered Markdown.

Other features may show something else here while it is on screen (the I/O path shows its
journey): they add a source (`add_source`), asked first; the layer's note is the fallback."""

from __future__ import annotations

from collections import OrderedDict
from typing import Callable

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QTextBlockFormat, QTextCursor, QTextDocument, QTextOption
from PySide6.QtWidgets import QTextBrowser, QWidget

from hvviz.features.notes.markdown import context_for, note_markdown
from hvviz.features.notes.words import tr
from hvviz.state import AppState

#: source(state) -> (Markdown, title) to show instead of the layer's note, or None
NoteSource = Callable[[AppState], "tuple[str, str] | None"]


class NotesPanel(QTextBrowser):
    """Shows one note at a time. Each rendered note is kept as a laid-out QTextDocument,
    so going back to a layer is a swap of documents rather than a new Markdown parse.

    A hidden panel's width is only a guess, and a document is laid out again at every new
    width, so the panel takes its note only once it is on screen (at start-up the first note
    is laid out twice rather than three times)."""

    CACHE_SIZE = 48

    def __init__(self, state: AppState, family: str, parent=None, addons=(), open_place=None):
        super().__init__(parent)
        self.state = state
        #: other features' additions to a note's Markdown (glossary links), and where an
        #: `hvviz://` link goes (the host's router)
        self._addons, self._open_place = tuple(addons), open_place
        self._sources: list[NoteSource] = []
        # a reading column: text wraps (long addresses too), so nothing scrolls sideways
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # the bar stays: one that appears once a note is laid out narrows the page, and a long
        # note would be laid out a second time (some 9 M instructions of start-up for the home note)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setTabChangesFocus(True)  # one Tab stop: Tab moves on; ← → reach the links inside
        self.setOpenLinks(False)  # links open in the user's browser, only when clicked
        self.anchorClicked.connect(self._open_link)
        self._family = family
        self._pixels = 15
        self._showing_source = False
        self._stale = True  # the note shown is not the state's (set while hidden)
        self._prewarm_pending = False
        self._shown_once = False
        self._wait_for_width = False
        self._documents: OrderedDict[tuple[str, int], QTextDocument] = OrderedDict()
        self._restyle()
        state.theme_changed.connect(self._restyle)
        state.selection_changed.connect(self.refresh)
        state.language_changed.connect(self.refresh)
        state.shown_changed.connect(self.refresh)
        state.io_method_changed.connect(self.refresh)
        state.io_step_changed.connect(self.refresh)
        state.content_changed.connect(self._reload)
        self.refresh()

    def add_source(self, source: NoteSource) -> None:
        """Ask `source` first what to show; it returns None when it has nothing to say."""
        self._sources.append(source)
        self.refresh()

    def _reload(self) -> None:
        """New content: every prepared note is stale."""
        for document in self._documents.values():
            if document is not self.document():
                document.deleteLater()
        self._documents.clear()
        self.refresh()

    def _restyle(self, *_args) -> None:
        theme = self.state.theme
        self.setStyleSheet(
            f"QTextBrowser {{ background: {theme.surface}; color: {theme.text}; border: 2px solid {theme.surface};"
            f" selection-background-color: {theme.link}; selection-color: {theme.on_link}; }}"
            f"QTextBrowser:focus {{ border: 2px solid {theme.focus}; }}"
        )

    def set_text_size(self, pixels: int) -> None:
        """Body text size; the window scales it with its height so it reads well when projected."""
        if pixels != self._pixels:
            self._pixels = pixels
            self.refresh()

    def refresh(self, *_args) -> None:
        """The selected layer's note; else the I/O path being shown; else the home note."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        content, lang = self.state.content, self.state.language
        shown = next((found for found in (source(self.state) for source in self._sources) if found is not None), None)
        if shown is not None:
            markdown, title = shown
        else:
            selected = self.state.selected
            note = content.notes[content.home] if selected is None else content.note_for(selected)
            markdown = self._note_markdown(selected)
            title = note.title.get(lang)
        document = self._document_for(markdown)
        if document is not self.document():
            keep_scroll = shown is not None and self._showing_source
            position = self.verticalScrollBar().value()
            self.setDocument(document)
            self.verticalScrollBar().setValue(position if keep_scroll else 0)
        self._showing_source = shown is not None
        self.setAccessibleName(tr("notes.accessible", lang) + ": " + title)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale and not self._shown_once:
            # the first time, the side panel has not yet laid itself out: the note waits for the
            # resize that gives it its real width (and is laid out once, not twice)
            self._wait_for_width = True
            QTimer.singleShot(0, self, self._refresh_if_stale)
        elif self._stale:
            self.refresh()
        self._shown_once = True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._wait_for_width and event.oldSize().width() >= 0:
            self._wait_for_width = False
            self.refresh()

    def _refresh_if_stale(self) -> None:
        self._wait_for_width = False
        if self._stale and self.isVisible():
            self.refresh()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._prewarm_pending:
            self._prewarm_pending = False
            QTimer.singleShot(0, self, self._prewarm_now)

    def prewarm(self) -> None:
        """Lay out the notes of every layer on screen ahead of the first click, one per event-loop
        turn, starting once the panel has been painted: the first frame never waits for it."""
        self._prewarm_pending = True

    def _prewarm_now(self) -> None:
        content, lang = self.state.content, self.state.language
        pending = [self._note_markdown(layer.id) for stack_id in self.state.shown for layer in content.stack(stack_id).layers()]

        def next_one() -> None:
            if pending and self.isVisible():
                document = self._document_for(pending.pop(0))
                document.setTextWidth(self.document().textWidth())  # the width notes are shown at
                document.size()  # forces the layout now, not at the first click
                QTimer.singleShot(0, self, next_one)

        next_one()

    def _note_markdown(self, layer_id: str | None) -> str:
        """The layer's note (the home note for None), as the panel shows it: with other features' additions."""
        content, lang = self.state.content, self.state.language
        note = content.notes[content.home] if layer_id is None else content.note_for(layer_id)
        markdown = note_markdown(content, note, lang, context_for(content, layer_id, lang))
        for addon in self._addons:
            markdown = addon(content, layer_id, markdown, lang)
        return markdown

    def _document_for(self, markdown: str) -> QTextDocument:
        key = (markdown, self._pixels)
        document = self._documents.get(key)
        if document is not None:
            self._documents.move_to_end(key)
            return document
        document = QTextDocument(self)
        font = QFont(self._family)
        font.setPixelSize(self._pixels)
        document.setDefaultFont(font)
        document.setDocumentMargin(14)
        option = document.defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # long URLs wrap too
        document.setDefaultTextOption(option)
        document.setMarkdown(markdown)
        _space_blocks(document, self._pixels)
        self._documents[key] = document
        if len(self._documents) > self.CACHE_SIZE:
            _, old = self._documents.popitem(last=False)
            if old is not self.document():
                old.deleteLater()
        return document

    # the keyboard: one Tab stop, the links reached inside it -----------------------------------
    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab leaves the panel at once (a text browser would walk its links first)."""
        return QWidget.focusNextPrevChild(self, forward)

    def keyPressEvent(self, event) -> None:
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            self.move_to_link(1 if event.key() == Qt.Key.Key_Right else -1)
        elif plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.link_at_cursor():
            self.anchorClicked.emit(QUrl(self.link_at_cursor()))
        else:
            super().keyPressEvent(event)

    def links(self) -> list[tuple[int, int, str]]:
        """(start, end, address) of every link in the note shown, in reading order."""
        found = []
        block = self.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.charFormat().isAnchor():
                    found.append((fragment.position(), fragment.position() + fragment.length(), fragment.charFormat().anchorHref()))
                iterator += 1
            block = block.next()
        return found

    def move_to_link(self, step: int) -> None:
        """Select the next (or previous) link after the cursor, and show it."""
        links = self.links()
        if not links:
            return
        here = self.textCursor().selectionStart() if self.textCursor().hasSelection() else -1
        if step > 0:
            target = next((link for link in links if link[0] > here), links[0])
        else:
            target = next((link for link in reversed(links) if link[0] < here), links[-1])
        cursor = QTextCursor(self.document())
        cursor.setPosition(target[0])
        cursor.setPosition(target[1], QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def link_at_cursor(self) -> str:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return ""
        for start, end, href in self.links():
            if start == cursor.selectionStart() and end == cursor.selectionEnd():
                return href
        return ""

    def _open_link(self, url: QUrl) -> None:
        """A web link opens in the user's browser (only ever on a click or Enter); an `hvviz://`
        link goes to its place."""
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)
        elif url.scheme() == "hvviz" and self._open_place is not None:
            self._open_place(url.toString())


def _space_blocks(document: QTextDocument, px: int) -> None:
    """Breathing room between paragraphs and before headings (Markdown import sets none)."""
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    block = document.begin()
    while block.isValid():
        fmt = QTextBlockFormat(block.blockFormat())
        heading = fmt.headingLevel()
        fmt.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        if heading:
            fmt.setTopMargin(px * (0.4 if heading == 1 else 1.1))
            fmt.setBottomMargin(px * 0.35)
        elif block.textList() is None:
            fmt.setBottomMargin(px * 0.55)
        else:
            fmt.setBottomMargin(px * 0.2)
        cursor.setPosition(block.position())
        cursor.setBlockFormat(fmt)
        block = block.next()
    cursor.endEditBlock()
