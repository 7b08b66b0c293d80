"""The one table of actions: every feature's actions and the window's own, in one list.

It is the single source of the menus, the toolbar, the shortcuts, the retranslation, the F1
help and the README's key table (`python -m hvviz.shell.actions` prints the README's tables;
a test checks they are the ones in README.md)."""

from __future__ import annotations

from hvviz.core.actions import Action
from hvviz.core.feature import resolve
from hvviz.shell.words import tr

#: the menus in order: the window's own, and the features' menus after View
MENUS = ("file", "view", "io", "lesson", "language", "help")


def table(content, features) -> list[Action]:
    """Every action of the pack's features, then the window's own."""
    from hvviz.shell.shell_actions import shell_actions

    used = set(content.pack.features)
    found: list[Action] = []
    for feature in features:
        if feature.name in used and feature.actions is not None:
            found += resolve(feature.actions)(content)
    return found + shell_actions(content)


def key_rows(actions: list[Action], contexts: tuple[str, ...]) -> list[Action]:
    """The actions with keys in these contexts, in table order."""
    return [action for action in actions if (action.keys or action.key_text) and action.context in contexts]


def key_text(action: Action, bold: bool = False) -> str:
    """How the key table writes an action's keys."""
    if action.key_text is not None:
        return action.key_text if not bold else ", ".join(f"**{part.strip()}**" for part in action.key_text.split(","))
    if bold:
        return " / ".join(f"**{key}**" for key in action.keys)
    return ", ".join(action.keys)


def help_markdown(actions: list[Action], content, lang: str, presenting: bool = False) -> str:
    """The F1 help (or, while presenting, the keys of a presentation), as a Markdown table."""
    contexts = ("presenting",) if presenting else ("window", "stage", "notes")
    lines = [f"| {tr('keys.key', lang)} | {tr('keys.does', lang)} |", "|---|---|"]
    lines += [f"| {key_text(action)} | {action.description(content, lang)} |" for action in key_rows(actions, contexts)]
    return "\n".join(lines) + "\n"


def readme_tables(actions: list[Action], content) -> str:
    """The README's key tables: the window's keys, then those while presenting."""
    parts = []
    for contexts in (("window", "stage", "notes"), ("presenting",)):
        lines = ["| Key | Does |", "|---|---|"]
        lines += [f"| {key_text(action, bold=True)} | {action.description(content, 'en')} |"
                  for action in key_rows(actions, contexts)]
        parts.append("\n".join(lines))
    return parts[0] + "\n\nWhile presenting:\n\n" + parts[1] + "\n"


def main() -> int:
    """Print the README's key tables, from the bundled default pack."""
    from hvviz.core.resources import default_content_dir
    from hvviz.features import all_features, load_pack

    content = load_pack(default_content_dir())
    print(readme_tables(table(content, all_features()), content), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
