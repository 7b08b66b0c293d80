"""The content's reference, made from the declarations (`hvviz.core.schema`): the field tables of
content/README.md, and content/content.schema.json, which a teacher's editor reads through the YAML
language server for completion and red squiggles. The app itself never reads the schema.

    python -m hvviz.core.schema_docs --write   # rewrite both
    python -m hvviz.core.schema_docs           # exit 1, naming the file, if either is out of date

Standard library only, and no Qt, like `hvviz --check-content`. The functions take the features
as an argument; only `main` looks the registry up, by name, since the core may not import the
features that sit above it.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from pathlib import Path
from typing import Iterable

from hvviz.core import schema as s
from hvviz.core.pack import MANIFEST, Pack
from hvviz.core.text import LANGUAGE_NAMES, LANGUAGES

START, END = "<!-- fields: generated -->", "<!-- fields: end -->"
README_FILE, SCHEMA_FILE = "README.md", "content.schema.json"
#: draft-07: what the YAML language server (VS Code's YAML extension) validates by; it warns on 2020-12
DRAFT = "http://json-schema.org/draft-07/schema#"
#: the loader's ids: one word, no spaces (`FileReader.ident`)
ID_PATTERN = r"^\S+$"
#: the loader refuses a text that is only spaces (`str.strip()` leaves nothing)
NOT_BLANK = r"\S"
REGISTRY = "hvviz.features:all_features"


# --- words ---------------------------------------------------------------------------


def _article(noun: str) -> str:
    return ("an " if noun[:1].lower() in "aeiou" else "a ") + noun


def _plural(noun: str) -> str:
    return noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"


def _phrase(doc: str) -> str:
    """A record's doc (a sentence) as a heading's phrase: "A pack's manifest." -> "a pack's manifest"."""
    doc = doc.rstrip(".")
    first = doc.split(" ", 1)[0]
    return doc if any(ch.isupper() for ch in first[1:]) else doc[:1].lower() + doc[1:]


def _namespaces(features) -> dict[str, str]:
    """namespace -> what its records are called ("method" -> "I/O method"), for "an id of an I/O method"."""
    tops = [(Pack, "")] + [(entry.record, "") for feature in features for content_file in feature.files
                           for entry in content_file.entries if isinstance(entry, (s.Records, s.Table))]
    out = {}
    for record_type, _place in _placed_records(tops):
        record_schema = s.schema_of(record_type)
        if record_schema.namespace:
            out.setdefault(record_schema.namespace, record_schema.what)
    return out


def _children(field: s.Field) -> tuple[type, ...]:
    """The record types written inside a field (a nested list, or those a custom kind holds)."""
    if field.record is not None:
        return (field.record,)
    return field.custom.holds if field.custom is not None else ()


def _placed_records(tops: Iterable[tuple[type, str]]) -> list[tuple[type, str]]:
    """Each record type once, in the order `ContentFile.records` gives, with where it is first
    written: "in `stacks`", "in a stack's `layers`"."""
    seen: dict[type, str] = {}

    def visit(record_type: type, place: str) -> None:
        if record_type in seen:
            return
        seen[record_type] = place
        record_schema = s.schema_of(record_type)
        for field in record_schema.fields:
            for child in _children(field):
                visit(child, f"in {_article(record_schema.what)}'s `{field.yaml_key}`")

    for record_type, place in tops:
        visit(record_type, place)
    return list(seen.items())


def _number_words(field: s.Field) -> str:
    low, high = field.low, field.high
    if low is not None and high is not None:
        words = f"a number from {low:g} to {high:g}"
    elif low is not None:
        words = f"a number, {low:g} or more"
    elif high is not None:
        words = f"a number up to {high:g}"
    else:
        words = "a number"
    if not field.required and field.default is not None:
        words += f" (default {field.default:g})"
    return words


def expects(field: s.Field, whats: dict[str, str], owner: s.RecordSchema | None = None) -> str:
    """What the loader accepts for a field, in a few words ("ids of sources", "true or false")."""
    kind, namespace = field.kind, field.namespace
    if kind == s.TEXT:
        return ("Markdown" if field.markdown else "text") + " in both languages"
    if kind == s.STRING:
        return "plain text" + (", may be empty" if field.allow_empty else "")
    if kind == s.OWN_ID:
        among = f", used by no other {owner.what}" if owner is not None and owner.namespace else ""
        return "an id without spaces" + among
    if kind == s.IDENT:
        return "a name without spaces"
    if kind == s.REF:
        return f"an id of {_article(whats.get(namespace, namespace))}" + (f", or `{field.nothing}`" if field.nothing else "")
    if kind == s.REFS:
        words = f"ids of {_plural(whats.get(namespace, namespace))}" if namespace else "a list of names"
        return words + (f", at least {'one' if field.min_items == 1 else field.min_items}" if field.min_items else "")
    if kind == s.FLAG:
        return "true or false" + ("" if field.required else f" (default {str(bool(field.default)).lower()})")
    if kind == s.NUMBER:
        return _number_words(field)
    if kind == s.CHOICE:
        return "one of " + ", ".join(f"`{choice}`" for choice in field.choices)
    if kind == s.NESTED:
        least = f"at least {field.min_items} " if field.min_items > 1 else ""
        return f"a list of {least}{_plural(s.schema_of(field.record).what)} (below)"
    if kind == s.CUSTOM:
        return field.custom.doc
    raise ValueError(f"no words for the field kind {kind!r} of `{field.name}`")


# --- the README's tables -------------------------------------------------------------


def _meaning(doc: str, expected: str) -> str:
    return f"{doc} — {expected}" if doc else expected


def _table(rows: Iterable[tuple[str, bool, str]]) -> list[str]:
    lines = ["| key | required | meaning |", "|---|---|---|"]
    for key, required, meaning in rows:
        cell = meaning.replace("|", "\\|").replace("\n", " ")
        lines.append(f"| `{key}` | {'yes' if required else 'no'} | {cell} |")
    return lines


def _entry_row(entry: s.Entry, whats: dict[str, str]) -> tuple[str, bool, str]:
    if isinstance(entry, s.Value):
        return entry.key, entry.required, _meaning(entry.doc, expects(entry.field, whats))
    what = s.schema_of(entry.record).what
    if isinstance(entry, s.Records):
        expected = f"a list of {_plural(what)} (below)"
        if entry.unique:
            expected += ", one per " + " and ".join(entry.unique)
    elif isinstance(entry, s.Table):
        expected = "under each of " + ", ".join(f"`{name}`" for name in entry.names) + f", {_article(what)} (below)"
    else:
        raise ValueError(f"no table row for the entry {type(entry).__name__} `{entry.key}`")
    return entry.key, entry.required, _meaning(entry.doc, expected)


def _record_section(record_type: type, place: str, whats: dict[str, str]) -> list[str]:
    record_schema = s.schema_of(record_type)
    rows = [(field.yaml_key, field.required, _meaning(field.doc, expects(field, whats, record_schema)))
            for field in record_schema.fields]
    heading = _article(record_schema.what)
    return [f"#### {heading[:1].upper()}{heading[1:]} ({place})", "", record_schema.doc, "", *_table(rows), ""]


def _records_below(tops: list[tuple[type, str]], whats: dict[str, str]) -> list[str]:
    return [line for record_type, place in _placed_records(tops) for line in _record_section(record_type, place, whats)]


def _manifest_section(features, whats: dict[str, str]) -> list[str]:
    pack = s.schema_of(Pack)
    rows = [(field.yaml_key, field.required, _meaning(field.doc, expects(field, whats, pack))) for field in pack.fields]
    lines = [f"### `{MANIFEST}`: {_phrase(pack.doc)}", "", "Every pack has one, in its own folder. Its keys:", "",
             *_table(rows), ""]
    lines += _records_below([(child, f"in `{field.yaml_key}`") for field in pack.fields for child in _children(field)], whats)
    lines += ["The features a pack can name in `features`, in the order they are read, and the files each reads:", "",
              "| feature | needs | what it adds | its files |", "|---|---|---|---|"]
    for feature in features:
        needs = ", ".join(f"`{name}`" for name in feature.requires) or "–"
        files = ", ".join(f"`{content_file.name}`" for content_file in feature.files) or "none"
        lines.append(f"| `{feature.name}` | {needs} | {feature.doc} | {files} |")
    return lines + [""]


def _file_section(content_file: s.ContentFile, feature, whats: dict[str, str]) -> list[str]:
    about = f"Read by the `{feature.name}` feature."
    if content_file.optional:
        about += f" Optional: a pack may leave it out of `files` in {MANIFEST}."
    lines = [f"### `{content_file.name}`: {content_file.doc}", "", about, "",
             *_table(_entry_row(entry, whats) for entry in content_file.entries), ""]
    tops = [(entry.record, f"in `{entry.key}`") for entry in content_file.entries if isinstance(entry, (s.Records, s.Table))]
    return lines + _records_below(tops, whats)


def field_tables(features) -> str:
    """The reference part of content/README.md: the manifest, then each feature's files, in order."""
    features = tuple(features)
    whats = _namespaces(features)
    lines = ["<!-- made by `python -m hvviz.core.schema_docs --write` from the declarations: edit those, not this -->", ""]
    lines += _manifest_section(features, whats)
    for feature in features:
        for content_file in feature.files:
            lines += _file_section(content_file, feature, whats)
    return "\n".join(lines).rstrip("\n") + "\n"


def with_tables(readme: str, tables: str) -> str:
    """The README with the part between the markers replaced by `tables`; every other line kept."""
    start, end = readme.find(START), readme.find(END)
    if start < 0 or end < start:
        raise ValueError(f"the README has no `{START}` ... `{END}` part to replace")
    return readme[:start + len(START)] + "\n\n" + tables.rstrip("\n") + "\n\n" + readme[end:]


# --- the JSON schema -----------------------------------------------------------------


def _define(defs: dict, name: str, value: dict) -> None:
    """Add a definition; two different declarations under one name would silently shadow each other."""
    if defs.setdefault(name, value) != value:
        raise ValueError(f"two declarations are both named `{name}` in the schema's $defs")


def _ref(name: str, description: str | None = None) -> dict:
    out = {"$ref": f"#/$defs/{name}"}
    if description:
        out["description"] = description
    return out


def _common_defs() -> dict:
    part = {"type": "string", "minLength": 1, "pattern": NOT_BLANK}
    written = "{" + ", ".join(f"{lang}: …" for lang in LANGUAGES) + "}"
    return {
        "text": {"type": "object", "description": f"text in both languages: {written}",
                 "properties": {lang: dict(part, description=f"the {LANGUAGE_NAMES[lang]} text") for lang in LANGUAGES},
                 "required": list(LANGUAGES), "additionalProperties": False},
        "id": {"type": "string", "pattern": ID_PATTERN, "description": "an id: one word, without spaces"},
    }


def _property(field: s.Field, defs: dict) -> dict:
    """A field's JSON schema, as strict as the loader where JSON Schema can say it."""
    kind, doc = field.kind, field.doc
    if kind == s.TEXT:
        return _ref("text", doc)
    if kind in (s.OWN_ID, s.IDENT, s.REF):
        return _ref("id", doc)
    if kind == s.REFS:
        many = {"type": "array", "items": _ref("id")}
        if field.min_items:
            many["minItems"] = field.min_items
        return {"description": doc, "anyOf": [_ref("id"), many]}
    if kind == s.STRING:
        return {"type": "string", "description": doc} if field.allow_empty else \
            {"type": "string", "minLength": 1, "pattern": NOT_BLANK, "description": doc}
    out: dict = {"description": doc}
    if kind == s.FLAG:
        out["type"] = "boolean"
    elif kind == s.NUMBER:
        out["type"] = "number"
        out.update({name: value for name, value in (("minimum", field.low), ("maximum", field.high)) if value is not None})
    elif kind == s.CHOICE:
        out.update(type="string", enum=list(field.choices))
    elif kind == s.NESTED:
        out.update(type="array", items=_ref(s.schema_of(field.record).name), minItems=field.min_items)
    elif kind == s.CUSTOM:
        _define(defs, field.custom.name, copy.deepcopy(field.custom.json))
        return _ref(field.custom.name, doc)
    else:
        raise ValueError(f"no JSON schema for the field kind {kind!r} of `{field.name}`")
    if not field.required and field.default is not None and kind in (s.FLAG, s.NUMBER):
        out["default"] = field.default
    return out


def _object(title: str, doc: str, properties: dict, required: list[str]) -> dict:
    out = {"type": "object", "title": title, "description": doc, "properties": properties, "additionalProperties": False}
    if required:
        out["required"] = required
    return out


def _record_schema(record_type: type, defs: dict) -> dict:
    record_schema = s.schema_of(record_type)
    properties = {field.yaml_key: _property(field, defs) for field in record_schema.fields}
    required = [field.yaml_key for field in record_schema.fields if field.required]
    return _object(record_schema.what, record_schema.doc, properties, required)


def _entry_schema(entry: s.Entry, defs: dict) -> dict:
    if isinstance(entry, s.Value):
        return _property(entry.field, defs)
    name = s.schema_of(entry.record).name
    if isinstance(entry, s.Records):
        return {"type": "array", "description": entry.doc, "items": _ref(name)}
    if isinstance(entry, s.Table):
        return {"type": "object", "description": entry.doc, "properties": {key: _ref(name) for key in entry.names},
                "required": list(entry.names), "additionalProperties": False}
    raise ValueError(f"no JSON schema for the entry {type(entry).__name__} `{entry.key}`")


def json_schema(features) -> dict:
    """One schema for every file of a pack: `$defs` holds each record type and each file, and the
    root is any one of the files, so a misspelt top-level key fails every branch."""
    defs = _common_defs()
    for record_type, _place in _placed_records([(Pack, "")]):
        _define(defs, s.schema_of(record_type).name, _record_schema(record_type, defs))
    names = [MANIFEST]
    _define(defs, MANIFEST, _ref(s.schema_of(Pack).name, f"{MANIFEST}: {_phrase(s.schema_of(Pack).doc)}"))
    for feature in features:
        for content_file in feature.files:
            for record_type in content_file.records():
                _define(defs, s.schema_of(record_type).name, _record_schema(record_type, defs))
            properties = {entry.key: _entry_schema(entry, defs) for entry in content_file.entries}
            required = [entry.key for entry in content_file.entries if entry.required]
            _define(defs, content_file.name, _object(content_file.name, content_file.doc, properties, required))
            names.append(content_file.name)
    return {
        "$schema": DRAFT,
        "title": "hvviz content pack",
        "description": ("A YAML file of an hvviz content pack: its manifest, pack.yaml, or one of the files its features "
                        "read. Made from the declarations by `python -m hvviz.core.schema_docs --write`; content/README.md "
                        "says what each key means. `hvviz --check-content` checks what a schema cannot: references, "
                        "glyphs, Markdown."),
        "anyOf": [_ref(name) for name in names],
        "$defs": defs,
    }


def schema_text(features) -> str:
    return json.dumps(json_schema(features), sort_keys=True, indent=2, ensure_ascii=False) + "\n"


# --- the command ---------------------------------------------------------------------


def expected_files(folder: Path, features) -> dict[Path, str]:
    """Each generated file of the content folder, with what it should hold."""
    features = tuple(features)
    readme = Path(folder) / README_FILE
    return {readme: with_tables(readme.read_text(encoding="utf-8"), field_tables(features)),
            Path(folder) / SCHEMA_FILE: schema_text(features)}


def _differs(path: Path, text: str) -> bool:
    return not path.is_file() or path.read_text(encoding="utf-8") != text


def stale_files(folder: Path, features) -> list[Path]:
    """The generated files that differ from what the declarations make (or are missing)."""
    return [path for path, text in expected_files(folder, features).items() if _differs(path, text)]


def main(argv: list[str] | None = None) -> int:
    from hvviz.core.atomic_write import write_atomically
    from hvviz.core.feature import resolve
    from hvviz.core.resources import packs_dir

    parser = argparse.ArgumentParser(prog="python -m hvviz.core.schema_docs",
                                     description="Check (or with --write, rewrite) the field tables of content/README.md "
                                                 "and content/content.schema.json, made from the declarations.")
    parser.add_argument("--write", action="store_true", help="rewrite the files instead of checking them")
    parser.add_argument("--folder", type=Path, default=None, help="the content folder (default: hvviz's own)")
    args = parser.parse_args(argv)
    folder = args.folder if args.folder is not None else packs_dir()
    features = resolve(REGISTRY)()
    try:
        if args.write:
            for path, text in expected_files(folder, features).items():
                if _differs(path, text):  # an unchanged file keeps its date
                    write_atomically(path, text.encode("utf-8"))
                    print(f"wrote {path}")
            return 0
        stale = stale_files(folder, features)
    except (OSError, ValueError) as err:
        print(f"schema_docs: {err}", file=sys.stderr)
        return 1
    for path in stale:
        print(f"{path} is out of date: run `python -m hvviz.core.schema_docs --write`", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
