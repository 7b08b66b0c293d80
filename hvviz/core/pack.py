"""A content pack: a folder with a manifest, `pack.yaml`, and the YAML files its features read.

The manifest says what the pack is (its id and title in both languages), its languages, the
features it uses, its files, and its layer kinds, each with a colour and an icon. A second
pack therefore needs no Python: its kinds, colours and icons come from its own folder.
"""

from __future__ import annotations

from pathlib import Path

from hvviz.core.schema import CustomKind, custom, ident, nested, own_id, record, refs, text
from hvviz.core.text import LANGUAGES

MANIFEST = "pack.yaml"
#: an icon is a small SVG drawing; anything larger is refused
MAX_ICON_BYTES = 64 * 1024


def _read_colour(walker, reader, value, mark):
    colour = reader.string(value, mark, "colour")
    if colour is None:
        return None
    digits = colour[1:] if colour.startswith("#") else ""
    if len(digits) != 6 or any(ch not in "0123456789abcdefABCDEF" for ch in digits):
        reader.error(mark, f"`{colour}` is not a colour", "a colour written #RRGGBB, such as #0072B2")
        return None
    return "#" + digits.upper()


def _read_icon(walker, reader, value, mark):
    """The SVG text of an icon file in the pack's own folder (nothing outside it is read)."""
    name = reader.string(value, mark, "icon")
    if name is None:
        return None
    folder = Path(walker.folder).resolve()
    path = (folder / name).resolve()
    if folder not in path.parents:
        reader.error(mark, f"the icon `{name}` is outside the pack's folder", "a file in the pack's folder, such as icons/hardware.svg")
        return None
    try:
        if not path.is_file():
            reader.error(mark, f"no icon file `{name}` in {folder}", "an SVG file in the pack's folder")
            return None
        if path.stat().st_size > MAX_ICON_BYTES:
            reader.error(mark, f"the icon `{name}` is larger than {MAX_ICON_BYTES // 1024} KB", "a small SVG drawing")
            return None
        svg = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        reader.error(mark, f"cannot read the icon `{name}`: {err}", "an SVG file saved as UTF-8")
        return None
    if "<svg" not in svg:
        reader.error(mark, f"the icon `{name}` is not an SVG drawing", "an SVG file")
        return None
    return svg


COLOUR = CustomKind("colour", _read_colour, lambda value: (), {"type": "string", "pattern": "^#[0-9A-Fa-f]{6}$"},
                    "a colour written #RRGGBB")
ICON = CustomKind("icon", _read_icon, lambda value: (), {"type": "string"},
                  "an SVG file in the pack's folder, drawn in the label's colour (`currentColor`)")


def _check_pack(fields, raw, what, reader) -> bool:
    languages = fields.get("languages")
    if languages is not None and tuple(sorted(languages)) != tuple(sorted(LANGUAGES)):
        reader.error(raw.mark_of("languages"), f"`languages` is {list(languages)}",
                     "[" + ", ".join(LANGUAGES) + "]: every text of a pack is given in both languages")
        return False
    return True


Kind = record(
    "Kind", "layer kind", "A kind of layer: its colour and icon, the same in every stack.", namespace="kind",
    id=own_id("referred to by layers (`kind:`)"),
    name=text("what the kind is (a legend, a screen reader)"),
    colour=custom(COLOUR, "its fill in the default theme, as #RRGGBB"),
    projector=custom(COLOUR, "its fill in the projector theme; by default the colour, darkened or lightened until "
                             "its label reaches 7:1 contrast", required=False),
    icon=custom(ICON, "an SVG file in the pack's folder (`icons/hardware.svg`)"),
)


class Pack(record(
    "Pack", "pack", "A content pack's manifest.", check=_check_pack,
    id=ident("the pack's id (`hvviz --pack ID`)"),
    title=text("its name, in the pack picker and the window title"),
    languages=refs(None, "the languages of its texts: [ko, en]", required=True),
    features=refs(None, "the features it uses; each reads its own files", required=True),
    files=refs(None, "its YAML files, each read by one of its features", required=True),
    kinds=nested(Kind, "its layer kinds"),
)):
    __slots__ = ()

    @property
    def folder(self) -> Path:
        return Path(self.origin.file).parent

    def kind(self, kind_id: str) -> Kind:
        return next(kind for kind in self.kinds if kind.id == kind_id)

    def fills(self, projector: bool) -> dict[str, str]:
        """Each kind's fill in the default theme, or in the projector theme."""
        from hvviz.core.projector_theme import projector_fill

        if not projector:
            return {kind.id: kind.colour for kind in self.kinds}
        return {kind.id: kind.projector or projector_fill(kind.colour) for kind in self.kinds}


def find_packs(root: Path) -> list[Path]:
    """The pack folders directly under `root` (those with a manifest), by name."""
    try:
        return sorted(child for child in Path(root).iterdir() if (child / MANIFEST).is_file())
    except OSError:
        return []


def is_pack(folder: Path) -> bool:
    return (Path(folder) / MANIFEST).is_file()
