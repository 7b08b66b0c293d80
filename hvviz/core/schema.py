"""Content records and files, each field declared once.

A feature declares its records with `record(...)`: an immutable tuple whose fields say what
the loader must check (text in both languages, an id, a reference, a range, a choice) and
what the field means, in one line. Everything else is derived from that one declaration:

- the checks the loader's generic walk runs (`hvviz.core.loader`);
- every translatable text, so the glyph check can never miss a field (`texts_of`);
- the field tables in content/README.md and content.schema.json (`hvviz.core.schema_docs`);
- a fingerprint that goes into the content cache's key (`fingerprint`).

Records are `collections.namedtuple`s rather than `typing.NamedTuple`s or dataclasses: their
classes are defined at every start-up, and a plain namedtuple is the cheapest to define
(measured with callgrind: about 0.7 M instructions for eight fields, against 0.9 M for a
NamedTuple and 1.7 M with `Annotated` metadata).
"""

from __future__ import annotations

import sys
import zlib
from collections import namedtuple
from typing import Any, Callable, Iterable, Iterator

# field kinds
OWN_ID = "id"
IDENT = "ident"
REF = "ref"
REFS = "refs"
TEXT = "text"
STRING = "string"
FLAG = "flag"
NUMBER = "number"
CHOICE = "choice"
NESTED = "records"
CUSTOM = "custom"

#: what a reader returns for a reference's word for "none" (stored as the field's default)
NOTHING = type("Nothing", (), {"__repr__": lambda self: "NOTHING"})()


class Field:
    """One field of a record: its kind, whether it is required, and a one-line doc."""

    __slots__ = ("name", "kind", "doc", "required", "default", "key", "namespace", "choices", "low", "high",
                 "record", "min_items", "custom", "allow_empty", "nothing", "markdown")

    def __init__(self, kind: str, doc: str, *, required: bool = True, default: Any = None, key: str | None = None,
                 namespace: str | None = None, choices: tuple[str, ...] = (), low: float | None = None,
                 high: float | None = None, record: type | None = None, min_items: int = 0,
                 custom: "CustomKind | None" = None, allow_empty: bool = False, nothing: str | None = None,
                 markdown: bool = False):
        self.name = ""  # set by `record`
        self.kind, self.doc, self.required, self.default = kind, doc, required, default
        self.key, self.namespace, self.choices = key, namespace, choices
        self.low, self.high, self.record, self.min_items = low, high, record, min_items
        self.custom, self.allow_empty = custom, allow_empty
        #: for a reference: a word that means "none" (stored as None, refers to nothing)
        self.nothing = nothing
        #: for a text: written in Markdown (rendered), rather than drawn as it is
        self.markdown = markdown

    @property
    def yaml_key(self) -> str:
        """The key in the YAML file (usually the field's name)."""
        return self.key or self.name

    def describe(self) -> str:
        """What the fingerprint covers: everything that changes what the loader accepts or builds."""
        nested = self.record.__schema__.name if self.record is not None else ""
        custom = self.custom.name if self.custom is not None else ""
        return repr((self.name, self.kind, self.required, self.default, self.key, self.namespace, self.choices, self.low,
                     self.high, nested, self.min_items, custom, self.allow_empty, self.nothing, self.markdown))


class CustomKind:
    """A field kind a feature reads itself (for example a stack's nested layers).

    `read(walker, reader, value, mark)` returns the value or None after reporting; `records(value)`
    yields the records inside it (for texts and ids); `holds` are their types; `json` is its JSON
    schema (it may refer to the held records as `#/$defs/<name>`)."""

    def __init__(self, name: str, read: Callable, records: Callable[[Any], Iterable], json: dict, doc: str,
                 holds: tuple[type, ...] = ()):
        self.name, self.read, self.records, self.json, self.doc, self.holds = name, read, records, json, doc, holds


# --- declaring fields ---------------------------------------------------------------


def own_id(doc: str) -> Field:
    """The record's own id, unique in its namespace."""
    return Field(OWN_ID, doc)


def ident(doc: str, required: bool = True) -> Field:
    """A name without spaces that refers to nothing (a pack's id)."""
    return Field(IDENT, doc, required=required)


def ref(namespace: str, doc: str, required: bool = True, key: str | None = None, nothing: str | None = None) -> Field:
    """The id of a record in `namespace` (or the word `nothing`, which refers to none)."""
    return Field(REF, doc, required=required, namespace=namespace, key=key, nothing=nothing)


def refs(namespace: str | None, doc: str, required: bool = False, key: str | None = None, min_items: int = 0,
         default: tuple | None = ()) -> Field:
    """A list of ids (one id may be written without brackets); references when `namespace` is set."""
    return Field(REFS, doc, required=required, default=default, namespace=namespace, key=key, min_items=min_items)


def text(doc: str, required: bool = True, markdown: bool = False) -> Field:
    """Text in both languages: `{ko: "…", en: "…"}`; `markdown` when it is rendered as Markdown."""
    return Field(TEXT, doc, required=required, markdown=markdown)


def string(doc: str, required: bool = True, allow_empty: bool = False) -> Field:
    """Plain text in one language (a title, an address)."""
    return Field(STRING, doc, required=required, allow_empty=allow_empty)


def flag(doc: str, required: bool = False, default: bool = False) -> Field:
    return Field(FLAG, doc, required=required, default=default)


def number(doc: str, required: bool = True, low: float | None = None, high: float | None = None,
           default: float | None = None) -> Field:
    return Field(NUMBER, doc, required=required, low=low, high=high, default=default)


def choice(choices: tuple[str, ...], doc: str, required: bool = True, key: str | None = None) -> Field:
    return Field(CHOICE, doc, required=required, choices=choices, key=key)


def nested(record_type: type, doc: str, required: bool = True, min_items: int = 1) -> Field:
    """A list of records of another type, written inside this one."""
    return Field(NESTED, doc, required=required, default=(), record=record_type, min_items=min_items)


def custom(kind: CustomKind, doc: str, required: bool = True, key: str | None = None) -> Field:
    return Field(CUSTOM, doc, required=required, custom=kind, key=key)


# --- declaring records --------------------------------------------------------------


class RecordSchema:
    """A record type's declaration: its fields, its name in messages, and an optional check.

    `check(fields, raw, what, reader)` runs once the fields are read (a broken field is None,
    `raw` is the mapping as written); it reports problems that need several fields of one
    record (a cost inside its range) through `reader.error` and returns False to drop the record."""

    def __init__(self, name: str, what: str, doc: str, namespace: str | None, fields: tuple[Field, ...],
                 check: Callable | None):
        self.name, self.what, self.doc, self.namespace, self.fields, self.check = name, what, doc, namespace, fields, check

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(f.yaml_key for f in self.fields)


def record(type_name: str, what: str, doc: str, /, *, namespace: str | None = None, check: Callable | None = None,
           **fields: Field) -> type:
    """An immutable record type with these fields, in this order, and a last field `origin`:
    where in which file the record was written."""
    for field_name, field in fields.items():
        field.name = field_name
    module = sys._getframe(1).f_globals.get("__name__", __name__)
    cls = namedtuple(type_name, [*fields, "origin"], module=module)
    cls.__doc__ = doc
    cls.__schema__ = RecordSchema(type_name, what, doc, namespace, tuple(fields.values()), check)
    return cls


def schema_of(record_type: type) -> RecordSchema:
    return record_type.__schema__


# --- declaring files ----------------------------------------------------------------


class Entry:
    """A top-level key of a content file; `attr` is where the content keeps it."""

    def __init__(self, key: str, doc: str, attr: str | None = None, required: bool = True):
        self.key, self.doc, self.attr, self.required = key, doc, attr or key, required


class Records(Entry):
    """A list of records under one key, kept by id (`by_id`) or in file order.

    `unique` names the fields that identify an entry when the record has no id of its own."""

    def __init__(self, key: str, record_type: type, doc: str, *, attr: str | None = None, by_id: bool = True,
                 unique: tuple[str, ...] = ()):
        super().__init__(key, doc, attr)
        self.record, self.by_id, self.unique = record_type, by_id, unique

    def empty(self):
        return {} if self.by_id or self.unique else ()


class Value(Entry):
    """A single value under one key (the home note, the stacks compared)."""

    def __init__(self, key: str, field: Field, attr: str | None = None):
        super().__init__(key, field.doc, attr, field.required)
        field.name = key
        self.field = field

    def empty(self):
        return self.field.default


class Table(Entry):
    """A mapping whose keys are fixed names, each holding one record (the scheduling ranges)."""

    def __init__(self, key: str, record_type: type, names: tuple[str, ...], doc: str, attr: str | None = None):
        super().__init__(key, doc, attr)
        self.record, self.names = record_type, names

    def empty(self):
        return {}


class ContentFile:
    """One YAML file of a pack and its top-level keys."""

    def __init__(self, name: str, doc: str, entries: tuple[Entry, ...], optional: bool = False):
        self.name, self.doc, self.entries, self.optional = name, doc, entries, optional

    def records(self) -> Iterator[type]:
        """Every record type this file holds, nested ones included, each once."""
        seen: list[type] = []

        def visit(record_type: type) -> None:
            if record_type not in seen:
                seen.append(record_type)
                for field in schema_of(record_type).fields:
                    if field.record is not None:
                        visit(field.record)
                    for held in field.custom.holds if field.custom is not None else ():
                        visit(held)

        for entry in self.entries:
            if isinstance(entry, (Records, Table)):
                visit(entry.record)
        return iter(seen)


# --- what is derived from the declarations -------------------------------------------


def texts_of(value: Any) -> Iterator[str]:
    """Every string a record (or a collection of records) can put on screen, in both languages."""
    if isinstance(value, dict):
        for item in value.values():
            yield from texts_of(item)
    elif isinstance(value, (tuple, list)) and not hasattr(value, "__schema__"):
        for item in value:
            yield from texts_of(item)
    elif hasattr(value, "__schema__"):
        for field in value.__schema__.fields:
            part = getattr(value, field.name)
            if part is None:
                continue
            if field.kind == TEXT:
                yield from part.both()
            elif field.kind == STRING:
                yield part
            elif field.kind == NESTED:
                yield from texts_of(part)
            elif field.kind == CUSTOM:
                yield from texts_of(tuple(field.custom.records(part)))


def located_texts(value: Any, origin=None) -> Iterator[tuple[Any, Field, str]]:
    """(where, field, text) for every text of a record or collection, both languages; `where` is
    the origin of the innermost record holding it."""
    if isinstance(value, dict):
        for item in value.values():
            yield from located_texts(item, origin)
    elif hasattr(value, "__schema__"):
        here = getattr(value, "origin", origin)
        for field in value.__schema__.fields:
            part = getattr(value, field.name)
            if part is None:
                continue
            if field.kind == TEXT:
                yield from ((here, field, text) for text in part.both())
            elif field.kind == STRING:
                yield here, field, part
            elif field.kind == NESTED:
                yield from located_texts(part, here)
            elif field.kind == CUSTOM:
                yield from located_texts(tuple(field.custom.records(part)), here)
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from located_texts(item, origin)


def fingerprint(files: Iterable[ContentFile]) -> str:
    """A short checksum of every declaration the loader reads by: any change to a field, a record
    or a file's keys changes it, so a cached load made under other declarations is never believed."""
    parts = []
    for content_file in files:
        parts.append(f"file {content_file.name} {content_file.optional}")
        for entry in content_file.entries:
            parts.append(f"entry {type(entry).__name__} {entry.key} {entry.attr} {entry.required}")
            if isinstance(entry, Value):
                parts.append(entry.field.describe())
        for record_type in content_file.records():
            record_schema = schema_of(record_type)
            parts.append(f"record {record_schema.name} {record_schema.namespace}")
            parts.extend(field.describe() for field in record_schema.fields)
    return f"{zlib.crc32(chr(10).join(parts).encode()):08x}"
