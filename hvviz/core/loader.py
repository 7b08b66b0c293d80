"""Load a content pack into records, reporting every problem with its place.

The walk is generic: it reads the manifest, then each file of each feature the pack uses,
as the features declared them (`hvviz.core.schema`), then checks every reference and runs
the features' checks that join files. It does not stop at the first problem; it collects
them all, sorted by file and line, so `hvviz --check-content` shows everything to fix at once.

Content is untrusted: a file must be a regular file of bounded size, is read as strict UTF-8,
and is parsed with PyYAML's safe machinery, bounded in depth and size (`yaml_nodes`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from hvviz.core import schema as s
from hvviz.core.content import Content
from hvviz.core.errors import ContentError, ContentErrors, Origin
from hvviz.core.field_readers import FileReader, kind_of, suggest
from hvviz.core.feature import Feature, resolve
from hvviz.core.pack import MANIFEST, Pack
from hvviz.core.yaml_nodes import LocatedList, LocatedMap, Mark, YamlProblem, parse_yaml

#: far above any real content file (the largest shipped one is under 100 KB)
MAX_FILE_BYTES = 4 * 1024 * 1024


def read_document(path: Path, errors: list[ContentError]) -> LocatedMap | None:
    """One file as strict UTF-8 YAML holding a mapping; report and return None when that fails."""
    name = str(path)
    raw = _read_bytes(path, name, errors)
    if raw is None:
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        column = len(raw[raw.rfind(b"\n", 0, err.start) + 1:err.start].decode("utf-8", "replace")) + 1
        errors.append(ContentError(Origin(name, line, column),
                                   f"the file is not UTF-8 (byte 0x{raw[err.start]:02x} cannot be decoded)",
                                   "the file saved as UTF-8"))
        return None
    try:
        doc = parse_yaml(text.lstrip("\ufeff"))
    except YamlProblem as problem:
        errors.append(ContentError(Origin(name, problem.mark.line, problem.mark.column), problem.message, problem.expected))
        return None
    if not isinstance(doc, LocatedMap):
        errors.append(ContentError(Origin(name, 1, 1), f"the file holds {kind_of(doc)}", "a mapping of top-level keys"))
        return None
    return doc


def _read_bytes(path: Path, name: str, errors: list[ContentError]) -> bytes | None:
    """The file's bytes, if it is a regular file of a sane size (never a FIFO or a device)."""
    try:
        info = path.stat()
        if not path.is_file():
            errors.append(ContentError(Origin(name), "this is not a regular file", "a YAML file"))
            return None
        if info.st_size > MAX_FILE_BYTES:
            errors.append(ContentError(Origin(name), f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB",
                                       "a content file of a sane size"))
            return None
        with open(path, "rb") as stream:
            raw = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        errors.append(ContentError(Origin(name), "file not found", "a content file named " + path.name))
        return None
    except OSError as err:
        errors.append(ContentError(Origin(name), f"cannot read the file: {err.strerror or err}"))
        return None
    if len(raw) > MAX_FILE_BYTES:
        errors.append(ContentError(Origin(name), "the file grew while it was read", "a content file of a sane size"))
        return None
    return raw


class PackLoader:
    """Reads a pack's files, then checks what joins them; keeps where every record was written."""

    def __init__(self, folder: Path, features: Iterable[Feature]):
        self.folder = Path(folder)
        self.features = {feature.name: feature for feature in features}
        self.errors: list[ContentError] = []
        #: namespace → id → where it was first given (ids are claimed even by records later dropped)
        self.claimed: dict[str, dict[str, Mark]] = {}
        self.index: dict[str, dict[str, Any]] = {}
        self.owners: dict[tuple[str, str], Any] = {}
        self.references: list[tuple[str, str, Origin]] = []
        #: id(record) → (its file's reader, the mapping it was read from): where its parts stand
        self.places: dict[int, tuple[FileReader, LocatedMap]] = {}
        #: collection → the identifying values of every entry given, even those later dropped
        self.given: dict[str, set] = {}
        #: namespaces of files that could not be read: references into them are not checked
        self.unreadable: set[str] = set()

    # the walk ---------------------------------------------------------------------------
    def load(self) -> Content:
        pack = self.read_manifest()
        used = self.used_features(pack) if pack is not None else []
        collections: dict[str, Any] = {}
        for feature in self.features.values():  # every collection exists, empty where unused
            for content_file in feature.files:
                collections.update({entry.attr: entry.empty() for entry in content_file.entries})
        for feature in used:
            for content_file in feature.files:
                if content_file.name in pack.files:
                    collections.update(self.read_file(content_file))
        self.check_references()
        if pack is None:
            raise ContentErrors(self.errors)
        content = Content(pack, collections, self.index, self.owners)
        for feature in used:
            for check in resolve(feature.checks):
                if not set(check.needs) & self.unreadable:
                    check.run(content, self)
        if self.errors:
            raise ContentErrors(self.errors)
        return content

    def read_manifest(self) -> Pack | None:
        path = self.folder / MANIFEST
        reader = FileReader(str(path), self.errors)
        if not self.folder.is_dir():
            reader.error(Mark(0, 0), f"no content pack here: {self.folder} is not a folder", "a pack's folder")
            return None
        if not path.exists():
            reader.error(Mark(0, 0), f"{self.folder} has no {MANIFEST}, so it is not a content pack",
                         f"a {MANIFEST} (hvviz --new-pack DIR makes a pack from the bundled one)")
            return None
        doc = read_document(path, self.errors)
        return self.read_record(reader, Pack, doc, doc.mark) if doc is not None else None

    def used_features(self, pack: Pack) -> list[Feature]:
        """The features the manifest names, in the order they are registered; unknown ones and
        files no feature reads are reported."""
        reader, raw = self.places[id(pack)]
        names = list(pack.features)
        for index, name in enumerate(names):
            if name not in self.features:
                reader.error(self.where_item(raw, "features", index),
                             f"unknown feature `{name}`{suggest(name, self.features)}", "one of " + ", ".join(self.features))
            else:
                for needed in self.features[name].requires:
                    if needed not in names:
                        reader.error(self.where_item(raw, "features", index), f"feature `{name}` needs feature `{needed}`",
                                     f"`{needed}` in `features`")
        used = [feature for name, feature in self.features.items() if name in names]
        readable = {content_file.name: content_file for feature in used for content_file in feature.files}
        for index, name in enumerate(pack.files):
            if name not in readable:
                reader.error(self.where_item(raw, "files", index),
                             f"no feature of this pack reads `{name}`{suggest(name, readable)}",
                             "a file of one of its features: " + ", ".join(readable))
        for name, content_file in readable.items():
            if not content_file.optional and name not in pack.files:
                reader.error(raw.mark_of("files"), f"`files` does not list `{name}`, which this pack's features need",
                             f"`{name}` in `files`")
        return used

    def read_file(self, content_file: s.ContentFile) -> dict[str, Any]:
        path = self.folder / content_file.name
        reader = FileReader(str(path), self.errors)
        doc = read_document(path, self.errors)
        if doc is None:
            self.unreadable.update(s.schema_of(r).namespace for r in content_file.records())
            return {}
        reader.unknown_keys(doc, tuple(entry.key for entry in content_file.entries), content_file.name)
        out = {}
        for entry in content_file.entries:
            if doc.get(entry.key) is None:
                if entry.required:
                    reader.error(doc.mark, f"missing `{entry.key}:`", _expected_entry(entry))
                out[entry.attr] = entry.empty()
            elif isinstance(entry, s.Records):
                out[entry.attr] = self.read_records(reader, entry, doc[entry.key], doc.mark_of(entry.key))
            elif isinstance(entry, s.Table):
                out[entry.attr] = self.read_table(reader, entry, doc[entry.key], doc.mark_of(entry.key))
            else:
                value = self.read_value(reader, None, entry.field, doc[entry.key], doc.mark_of(entry.key))
                out[entry.attr] = value if value is not None else entry.empty()
        return out

    def read_records(self, reader: FileReader, entry: s.Records, value: Any, mark: Mark):
        what = s.schema_of(entry.record).what
        if not isinstance(value, LocatedList):
            reader.error(mark, f"`{entry.key}` must be a list, not {kind_of(value)}", f"a list of {what}s")
            return entry.empty()
        given = self.given.setdefault(entry.attr, set())
        firsts: dict[tuple, Mark] = {}
        items = []
        for item, item_mark in zip(value, value.item_marks):
            if entry.unique and isinstance(item, LocatedMap):
                key = tuple(item.get(name) for name in entry.unique)
                if all(isinstance(part, str) for part in key):
                    if key in firsts:
                        pairs = " and ".join(f"{name} `{part}`" for name, part in zip(entry.unique, key))
                        reader.error(item_mark, f"a second {what} for {pairs} (first at line {firsts[key].line})",
                                     f"one {what} per " + " and ".join(entry.unique))
                        continue
                    firsts[key] = item_mark
                    given.add(key)
            found = self.read_record(reader, entry.record, item, item_mark)
            if found is not None:
                self.own_children(found)
                items.append(found)
        if entry.unique:
            return {tuple(getattr(item, name) for name in entry.unique): item for item in items}
        return {item.id: item for item in items} if entry.by_id else tuple(items)

    def read_table(self, reader: FileReader, entry: s.Table, value: Any, mark: Mark) -> dict[str, Any]:
        if not isinstance(value, LocatedMap):
            reader.error(mark, f"missing or malformed `{entry.key}:`", _expected_entry(entry))
            return {}
        reader.unknown_keys(value, entry.names, entry.key)
        out = {}
        for name in entry.names:
            if name not in value:
                reader.error(value.mark, f"{entry.key} is missing `{name}`", f"the `{name}:` entry")
                continue
            found = self.read_record(reader, entry.record, value[name], value.mark_of(name), what=f"{entry.key} `{name}`")
            if found is not None:
                out[name] = found
        return out

    def read_record(self, reader: FileReader, record_type: type, data: Any, mark: Mark, what: str | None = None):
        """One record from a mapping, or None (after reporting) when a required part is missing or broken."""
        record_schema = s.schema_of(record_type)
        what = what or record_schema.what
        if not isinstance(data, LocatedMap):
            reader.error(mark, f"each {what} must be a mapping of keys, not {kind_of(data)}", "key: value lines")
            return None
        reader.unknown_keys(data, record_schema.keys, what)
        fields: dict[str, Any] = {}
        complete = True
        for field in record_schema.fields:
            key = field.yaml_key
            if data.get(key) is None:
                if field.required:
                    label = f" `{data['id']}`" if isinstance(data.get("id"), str) else ""
                    reader.error(data.mark, f"{what}{label} is missing `{key}`", f"a `{key}:` field")
                    complete = False
                fields[field.name] = field.default
                continue
            fields[field.name] = self.read_value(reader, record_schema, field, data[key], data.mark_of(key))
            complete = complete and (fields[field.name] is not None or not field.required)
        if record_schema.check is not None and not record_schema.check(fields, data, what, reader):
            return None
        if not complete:
            return None
        for field in record_schema.fields:
            if fields[field.name] is None or fields[field.name] is s.NOTHING:
                fields[field.name] = field.default
        found = record_type(**fields, origin=reader.origin(mark))
        self.places[id(found)] = (reader, data)
        if record_schema.namespace and getattr(found, "id", None) is not None:
            self.index.setdefault(record_schema.namespace, {})[found.id] = found
        return found

    def read_value(self, reader: FileReader, record_schema: s.RecordSchema | None, field: s.Field, value: Any, mark: Mark):
        key, kind = field.yaml_key, field.kind
        if kind == s.TEXT:
            return reader.text(value, mark, key)
        if kind == s.STRING:
            return reader.string(value, mark, key, field.allow_empty)
        if kind == s.FLAG:
            return reader.flag(value, mark, key)
        if kind == s.NUMBER:
            return reader.number(value, mark, key, field.low, field.high)
        if kind == s.CHOICE:
            return reader.choice(value, mark, key, field.choices)
        if kind == s.IDENT:
            return reader.ident(value, mark, key)
        if kind == s.OWN_ID:
            ident = reader.ident(value, mark, key)
            if ident is not None:
                self.claim(reader, ident, mark, record_schema)
            return ident
        if kind == s.REF:
            return self.read_ref(reader, field, value, mark)
        if kind == s.REFS:
            return self.read_refs(reader, field, value, mark)
        if kind == s.NESTED:
            return self.read_nested(reader, field, value, mark)
        return field.custom.read(self, reader, value, mark)

    def read_ref(self, reader: FileReader, field: s.Field, value: Any, mark: Mark) -> str | None:
        ident = reader.ident(value, mark, field.yaml_key)
        if ident is None or ident == field.nothing:
            return None if ident is None else s.NOTHING
        self.references.append((field.namespace, ident, reader.origin(mark)))
        return ident

    def read_refs(self, reader: FileReader, field: s.Field, value: Any, mark: Mark) -> tuple[str, ...] | None:
        items = reader.id_list(value, mark, field.yaml_key)
        if items is None:
            return None
        if field.min_items and len(items) < field.min_items:
            reader.error(mark, f"`{field.yaml_key}` names no {field.namespace or 'id'}", f"at least one {field.namespace or ''} id")
            return None
        if field.namespace:
            self.references.extend((field.namespace, ident, reader.origin(item_mark)) for ident, item_mark in items)
        return tuple(ident for ident, _ in items)

    def read_nested(self, reader: FileReader, field: s.Field, value: Any, mark: Mark) -> tuple | None:
        inner = s.schema_of(field.record)
        if not isinstance(value, LocatedList) or len(value) < field.min_items:
            least = f" of at least {field.min_items} {inner.what}s" if field.min_items > 1 else ""
            reader.error(mark, f"`{field.yaml_key}` must be a list{least}, not {kind_of(value)}",
                         "- {" + ", ".join(f"{key}: …" for key in inner.keys[:3]) + "}")
            return None
        items = [self.read_record(reader, field.record, item, item_mark) for item, item_mark in zip(value, value.item_marks)]
        return tuple(items) if None not in items else None

    def claim(self, reader: FileReader, ident: str, mark: Mark, record_schema: s.RecordSchema | None) -> None:
        namespace = record_schema.namespace if record_schema is not None else None
        if namespace is None:
            return
        known = self.claimed.setdefault(namespace, {})
        if ident in known:
            reader.error(mark, f"duplicate {record_schema.what} id `{ident}` (first used at line {known[ident].line})", "a unique id")
        else:
            known[ident] = mark

    def own_children(self, top: Any) -> None:
        """Remember which top-level record holds each record inside it (a layer's stack)."""
        for field in s.schema_of(type(top)).fields:
            value = getattr(top, field.name)
            if field.kind == s.NESTED:
                children = value
            elif field.kind == s.CUSTOM:
                children = tuple(field.custom.records(value))
            else:
                continue
            for child in children:
                namespace = s.schema_of(type(child)).namespace
                if namespace and getattr(child, "id", None) is not None:
                    self.owners[(namespace, child.id)] = top

    def check_references(self) -> None:
        for namespace, ident, origin in self.references:
            known = self.claimed.get(namespace, {})
            if ident not in known and namespace not in self.unreadable:
                example = f" such as `{next(iter(known))}`" if known else ""
                self.errors.append(ContentError(origin, f"no {namespace} has the id `{ident}`{suggest(ident, known)}",
                                                f"the id of a {namespace}{example}"))

    # what the features' checks use --------------------------------------------------------
    def where(self, found: Any, key: str | None = None) -> Origin:
        """Where a record (or the value of one of its keys) was written."""
        reader, data = self.places[id(found)]
        return reader.origin(data.mark_of(key) if key is not None else data.mark)

    def where_item(self, data: LocatedMap, key: str, index: int) -> Mark:
        value = data.get(key)
        if isinstance(value, LocatedList) and index < len(value.item_marks):
            return value.item_marks[index]
        return data.mark_of(key)

    def where_in_list(self, found: Any, key: str, index: int) -> Origin:
        """Where item `index` of the list under `key` was written."""
        reader, data = self.places[id(found)]
        return reader.origin(self.where_item(data, key, index))

    def error(self, origin: Origin, message: str, expected: str = "") -> None:
        self.errors.append(ContentError(origin, message, expected))

    def was_given(self, collection: str, key: tuple) -> bool:
        """Whether an entry with these identifying values was written, even one later refused."""
        return key in self.given.get(collection, ())


def _expected_entry(entry: s.Entry) -> str:
    if isinstance(entry, s.Records):
        return f"a list of {s.schema_of(entry.record).what}s"
    if isinstance(entry, s.Table):
        return "a mapping of " + ", ".join(entry.names)
    return entry.doc


def load_content(folder: Path | str, features: Iterable[Feature]) -> Content:
    """Load and validate a pack with these features; raise `ContentErrors` listing every problem,
    by file and line. (`hvviz.features.load_pack` passes the registered features.)"""
    return PackLoader(Path(folder), features).load()


def check_content(folder: Path | str, features: Iterable[Feature]) -> tuple[Content | None, list[ContentError]]:
    """Like `load_content`, but return the problems instead of raising."""
    try:
        return load_content(folder, features), []
    except ContentErrors as err:
        return None, err.errors
