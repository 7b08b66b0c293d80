"""Actions as data: what a command is called, its keys, where it appears and what it does.

Each feature declares its actions; the shell puts them all in one table (`hvviz.shell.actions`),
the single source of the menus, the toolbar, the shortcuts, the retranslation, the F1 help and
the README's key table. An action with no `run` is a key that a view handles itself (the arrows
on the stage, the clicker keys while presenting): it is listed in the help all the same.
"""

from __future__ import annotations

from typing import Callable

from hvviz.core.text import Text

#: where a key works: anywhere in the window, on the stage or in the notes when they have the
#: focus, or while presenting
CONTEXTS = ("window", "stage", "notes", "presenting")


class Action:
    """One action (a plain class with slots: cheaper to define at start-up than a NamedTuple).

    - `id`: unique, such as "stacks.replay";
    - `words`: its name in menus, or a function (content, lang) -> str for a name made from the content;
    - `keys`: shortcuts, written as Qt writes them ("Ctrl+PgDown", "Ctrl+=", "R");
    - `run(host)`: what it does; the host is the window, which builds a feature's views on first use;
    - `menu`: the menu it is in ("file", "view", "io", "lesson", "language", "help"), or None; the
      actions of one `section` stand together, between separators; `toolbar` puts it there too;
    - `tip`: its tooltip; `help`: what the key table says it does, if not its name (a Text, or a
      function (content, lang) -> str); `key_text`: how the key table writes its keys, if not as the
      shortcuts ("← → ↑ ↓");
    - `checked(host)` -> bool, for an action with a check mark, exclusive within its `group`;
    - `enabled(host)` -> bool, by default always;
    - `context`: where its keys work, one of `CONTEXTS`.
    """

    __slots__ = ("id", "words", "keys", "run", "menu", "section", "toolbar", "tip", "help", "key_text", "checked",
                 "group", "enabled", "context")

    def __init__(self, id: str, words, keys: tuple[str, ...] = (), run: Callable | None = None, menu: str | None = None,
                 section: str = "", toolbar: bool = False, tip: Text | None = None, help=None, key_text: str | None = None,
                 checked: Callable | None = None, group: str | None = None, enabled: Callable | None = None,
                 context: str = "window"):
        self.id, self.words, self.keys, self.run, self.menu, self.section = id, words, keys, run, menu, section
        self.toolbar, self.tip, self.help, self.key_text, self.checked = toolbar, tip, help, key_text, checked
        self.group, self.enabled, self.context = group, enabled, context

    def name(self, content, lang: str) -> str:
        return self.words(content, lang) if callable(self.words) else self.words.get(lang)

    def description(self, content, lang: str) -> str:
        if callable(self.help):
            return self.help(content, lang)
        return self.help.get(lang) if self.help is not None else self.name(content, lang).replace("&", "").rstrip("…")
