"""The window's own actions, as data: save a screenshot, quit, the projector theme, the content
packs and live reload, the languages, and the help."""

from __future__ import annotations

from hvviz.core.actions import Action
from hvviz.core.pack import find_packs
from hvviz.core.resources import packs_dir
from hvviz.core.text import LANGUAGES
from hvviz.shell.words import WORDS


def _pack_actions(content) -> list[Action]:
    """One per bundled pack, and the pack in use if it is a folder of its own."""
    folders = find_packs(packs_dir())
    if content.pack.folder.resolve() not in [folder.resolve() for folder in folders]:
        folders.append(content.pack.folder)
    return [
        Action(f"shell.pack.{index}", lambda _content, lang, f=folder: _pack_name(f, lang), menu="view", section="packs",
               run=lambda host, f=folder: host.open_pack(f), group="packs",
               checked=lambda host, f=folder: host.state.content.pack.folder.resolve() == f.resolve())
        for index, folder in enumerate(folders)
    ]


def _pack_name(folder, lang: str) -> str:
    from hvviz.shell.pack_titles import pack_title

    return pack_title(folder, lang)


def pack_folders(content) -> list:
    return [folder for folder in find_packs(packs_dir())] + [content.pack.folder]


def shell_actions(content) -> list[Action]:
    languages = [
        Action(f"shell.lang.{code}", WORDS[f"lang.{code}"], menu="language", section="languages", toolbar=True,
               run=lambda host, c=code: host.state.set_language(c), checked=lambda host, c=code: host.state.language == c,
               group="languages")
        for code in LANGUAGES
    ]
    return [
        Action("shell.screenshot", WORDS["action.screenshot"], keys=("Ctrl+S",), menu="file", section="save",
               help=WORDS["keys.screenshot"], run=lambda host: host.save_screenshot()),
        Action("shell.quit", WORDS["action.quit"], keys=("Ctrl+Q",), menu="file", section="quit", help=WORDS["keys.quit"],
               run=lambda host: host.window.close()),
        Action("shell.projector", WORDS["action.theme_projector"], keys=("Ctrl+Shift+P",), menu="view", section="theme",
               help=WORDS["keys.projector"], checked=lambda host: host.state.theme.name == "projector",
               run=lambda host: host.state.set_theme("default" if host.state.theme.name == "projector" else "projector")),
        *_pack_actions(content),
        Action("shell.open_pack", WORDS["action.open_pack"], menu="view", section="packs", run=lambda host: host.choose_pack()),
        Action("shell.watch", WORDS["action.watch"], menu="view", section="packs", checked=lambda host: host.watching,
               run=lambda host: host.set_watching(not host.watching)),
        *languages,
        Action("shell.toggle_language", Text_both_ways, keys=("Ctrl+L",), menu="language", section="toggle",
               help=WORDS["keys.language"],
               run=lambda host: host.state.set_language("en" if host.state.language == "ko" else "ko")),
        Action("shell.keys", WORDS["action.keys"], keys=("F1",), menu="help", help=WORDS["keys.keys"],
               run=lambda host: host.show_keys()),
        Action("shell.about", WORDS["action.about"], menu="help", run=lambda host: host.show_about()),
    ]


def Text_both_ways(_content, _lang: str) -> str:  # noqa: N802 - it stands where a Text would
    """The language toggle names both languages in their own scripts, in either language."""
    return "한국어 ⇄ English"
