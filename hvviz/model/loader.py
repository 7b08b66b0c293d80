"""Load `content/*.yaml` into the model, reporting every problem with its place.

Content is untrusted: files are read as strict UTF-8 and parsed with PyYAML's safe
loader (see `yaml_nodes`). Validation does not stop at the first problem; it collects
them all, so `hvviz --check-content` can show a teacher everything to fix at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from hvviz.model.cache import CONTENT_FILES
from hvviz.model.content import (
    HYPERVISOR_TYPES,
    LAYER_HEIGHT_RANGE,
    LAYER_KINDS,
    Analogy,
    Block,
    Column,
    Content,
    Crossing,
    Definition,
    IoMethod,
    IoPath,
    IoStep,
    Layer,
    LessonStep,
    Note,
    Origin,
    ParameterRange,
    Product,
    Row,
    Source,
    Stack,
    iter_layers,
)
from hvviz.model.errors import ContentError, ContentErrors
from hvviz.model.i18n import LANGUAGES, Text
from hvviz.model.yaml_nodes import LocatedList, LocatedMap, Mark, YamlProblem, parse_yaml

SCHEDULING_PARAMETERS = ("guests", "vcpus", "pcpus", "host_processes", "load")
NO_CROSSING = "none"
LANGUAGE_NAMES = {"ko": "Korean", "en": "English"}


# --- field specifications ---------------------------------------------------------
# A spec maps a key to (reader, required). Readers check one value and return it
# converted, or report and return None.


@dataclass
class _FileReader:
    """Validation helpers bound to one file; problems go into a shared list."""

    file: str
    errors: list[ContentError]

    def error(self, mark: Mark, message: str, expected: str = "") -> None:
        self.errors.append(ContentError(Origin(self.file, mark.line, mark.column), message, expected))

    def origin(self, mark: Mark) -> Origin:
        return Origin(self.file, mark.line, mark.column)

    # readers -------------------------------------------------------------------
    def string(self, value: Any, mark: Mark, what: str, allow_empty: bool = False) -> str | None:
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            self.error(mark, f"`{what}` must be text, not {_kind_of(value)}", "a string")
            return None
        text = str(value)
        if not allow_empty and not text.strip():
            self.error(mark, f"`{what}` is empty", "some text")
            return None
        return text

    def ident(self, value: Any, mark: Mark, what: str) -> str | None:
        text = self.string(value, mark, what)
        if text is not None and (any(ch.isspace() for ch in text) or not text):
            self.error(mark, f"`{what}` `{text}` contains spaces", "an id without spaces, like `type1.hw`")
            return None
        return text

    def number(self, value: Any, mark: Mark, what: str) -> float | None:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.error(mark, f"`{what}` must be a number, not {_kind_of(value)}", "a number such as 0.5")
            return None
        return float(value)

    def non_negative(self, value: Any, mark: Mark, what: str) -> float | None:
        number = self.number(value, mark, what)
        if number is not None and number < 0:
            self.error(mark, f"`{what}` is negative ({value:g})", "a number of 0 or more")
            return None
        return number

    def boolean(self, value: Any, mark: Mark, what: str) -> bool | None:
        if not isinstance(value, bool):
            self.error(mark, f"`{what}` must be true or false, not {_kind_of(value)}", "true or false")
            return None
        return value

    def choice(self, choices: tuple[str, ...]) -> Callable[[Any, Mark, str], str | None]:
        def read(value: Any, mark: Mark, what: str) -> str | None:
            text = self.string(value, mark, what)
            if text is not None and text not in choices:
                self.error(mark, f"unknown {what} `{text}`{_suggest(text, choices)}", "one of " + ", ".join(choices))
                return None
            return text

        return read

    def text(self, value: Any, mark: Mark, what: str) -> Text | None:
        if not isinstance(value, LocatedMap):
            self.error(mark, f"`{what}` must give the text in both languages, not {_kind_of(value)}", "{ko: …, en: …}")
            return None
        self.unknown_keys(value, LANGUAGES, what)
        parts = {}
        for lang in LANGUAGES:
            if lang not in value or value[lang] is None or (isinstance(value[lang], str) and not value[lang].strip()):
                self.error(
                    value.mark_of(lang) if lang in value else value.mark,
                    f"text missing in {LANGUAGE_NAMES[lang]} (`{lang}`) in `{what}`",
                    f"`{lang}:` with the {LANGUAGE_NAMES[lang]} text",
                )
                continue
            parts[lang] = self.string(value[lang], value.mark_of(lang), f"{what}.{lang}")
        if len(parts) != len(LANGUAGES) or None in parts.values():
            return None
        return Text(ko=parts["ko"], en=parts["en"])

    def id_list(self, value: Any, mark: Mark, what: str) -> tuple[tuple[str, Mark], ...] | None:
        if isinstance(value, str):  # one id may be given without brackets
            value_list, marks = [value], [mark]
        elif isinstance(value, LocatedList):
            value_list, marks = list(value), value.item_marks
        else:
            self.error(mark, f"`{what}` must be a list of ids, not {_kind_of(value)}", "[id, id, …]")
            return None
        out = []
        for item, item_mark in zip(value_list, marks):
            ident = self.ident(item, item_mark, what)
            if ident is not None:
                out.append((ident, item_mark))
        return tuple(out)

    # records -------------------------------------------------------------------
    def unknown_keys(self, data: LocatedMap, known, what: str) -> None:
        for key in data:
            if key not in known:
                self.error(
                    data.key_marks[key],
                    f"unknown key `{key}` in {what}{_suggest(str(key), tuple(known))}",
                    "one of " + ", ".join(f"`{k}`" for k in known),
                )

    def record(self, data: Any, mark: Mark, what: str, spec: dict) -> dict | None:
        """Check a mapping against `spec` ({key: (reader, required)}); None if not a mapping."""
        if not isinstance(data, LocatedMap):
            self.error(mark, f"each {what} must be a mapping of keys, not {_kind_of(data)}", "key: value lines")
            return None
        self.unknown_keys(data, spec, what)
        out: dict[str, Any] = {}
        for key, (reader, required) in spec.items():
            if key not in data or data[key] is None:
                if required:
                    label = f" `{data['id']}`" if isinstance(data.get("id"), str) else ""
                    self.error(data.mark, f"{what}{label} is missing `{key}`", f"a `{key}:` field")
                out[key] = None
                continue
            out[key] = reader(data[key], data.mark_of(key), key)
        return out

    def records(self, doc: LocatedMap, key: str, what: str, spec: dict, ids: dict[str, Mark]) -> list[tuple[dict, Mark, LocatedMap]]:
        """The list under `key`, each entry checked; ids are checked for duplicates.

        Returns (fields, where the entry starts, the entry itself) for each readable entry."""
        value = doc.get(key)
        if not isinstance(value, LocatedList):
            if key in doc:
                self.error(doc.mark_of(key), f"`{key}` must be a list, not {_kind_of(value)}", f"a list of {what}s")
            else:
                self.error(doc.mark, f"missing `{key}:`", f"a list of {what}s")
            return []
        out = []
        for item, mark in zip(value, value.item_marks):
            fields = self.record(item, mark, what, spec)
            if fields is None:
                continue
            if fields.get("id") is not None:
                self.claim_id(fields["id"], item.mark_of("id"), what, ids)
            out.append((fields, mark, item))
        return out

    def claim_id(self, ident: str, mark: Mark, what: str, ids: dict[str, Mark]) -> None:
        if ident in ids:
            self.error(mark, f"duplicate {what} id `{ident}` (first used at line {ids[ident].line})", "a unique id")
        else:
            ids[ident] = mark


def _kind_of(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def _suggest(word: str, known: tuple[str, ...]) -> str:
    import difflib  # only when something is wrong

    close = difflib.get_close_matches(word, list(known), n=1, cutoff=0.5)
    return f"; did you mean `{close[0]}`?" if close else ""


# --- reading the files ------------------------------------------------------------


def read_document(path: Path, errors: list[ContentError]) -> LocatedMap | None:
    """Read one file as strict UTF-8 YAML; report and return None when that fails."""
    name = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        errors.append(ContentError(Origin(name), "file not found", "a content file named " + path.name))
        return None
    except OSError as err:
        errors.append(ContentError(Origin(name), f"cannot read the file: {err.strerror}"))
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        column = err.start - (raw.rfind(b"\n", 0, err.start) + 1) + 1
        errors.append(
            ContentError(
                Origin(name, line, column),
                f"the file is not UTF-8 (byte 0x{raw[err.start]:02x} cannot be decoded)",
                "the file saved as UTF-8",
            )
        )
        return None
    try:
        doc = parse_yaml(text.lstrip("\ufeff"))
    except YamlProblem as problem:
        errors.append(ContentError(Origin(name, problem.mark.line, problem.mark.column), problem.message, problem.expected))
        return None
    if not isinstance(doc, LocatedMap):
        errors.append(ContentError(Origin(name, 1, 1), f"the file holds {_kind_of(doc)}", "a mapping of top-level keys"))
        return None
    return doc


class _ContentBuilder:
    """Reads each content file, then checks the references between them."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.errors: list[ContentError] = []
        # every reference made, checked once all ids are known: (namespace, id, file, mark)
        self.references: list[tuple[str, str, str, Mark]] = []
        self.ids: dict[str, dict[str, Mark]] = {
            ns: {} for ns in ("source", "analogy", "definition", "product", "note", "stack", "layer", "method", "crossing", "step")
        }
        self.lesson_checks: list[tuple[dict, str, Mark, LocatedMap]] = []
        # checks that need every file read first, each with where to point: (…, file, mark)
        self.product_methods: list[tuple[str, str, str, Mark]] = []
        self.path_layers: list[tuple[str, str, str, Mark]] = []
        self.path_products: list[tuple[str, str, Mark]] = []
        self.path_keys: dict[tuple[str, str], Mark] = {}
        # namespaces of files that could not be read at all: references into them are not
        # checked, so one broken file gives one error rather than one per reference
        self.unreadable: set[str] = set()

    def reader_for(self, filename: str, *namespaces: str) -> tuple[_FileReader, LocatedMap | None]:
        path = self.folder / filename
        doc = read_document(path, self.errors)
        if doc is None:
            self.unreadable.update(namespaces)
        return _FileReader(str(path), self.errors), doc

    def refer(self, reader: _FileReader, namespace: str, refs) -> tuple[str, ...]:
        if not refs:
            return ()
        for ident, mark in refs:
            self.references.append((namespace, ident, reader.file, mark))
        return tuple(ident for ident, _ in refs)

    def build(self) -> Content:
        sources = self.read_sources()
        analogies = self.read_analogies()
        definitions = self.read_definitions()
        products = self.read_products()
        notes, home = self.read_notes()
        stacks, compare = self.read_stacks()
        crossings, scheduling = self.read_costs()
        io_methods, io_paths = self.read_io_paths()
        lesson = self.read_lesson()
        for namespace, ident, file, mark in self.references:
            known = self.ids[namespace]
            if ident not in known and namespace not in self.unreadable:
                self.errors.append(
                    ContentError(
                        Origin(file, mark.line, mark.column),
                        f"no {namespace} has the id `{ident}`{_suggest(ident, tuple(known))}",
                        f"the id of a {namespace}" + (f" such as `{next(iter(known))}`" if known else ""),
                    )
                )
        self.check_io_paths(products, stacks, io_paths)
        self.check_lesson(products, stacks)
        if self.errors:
            raise ContentErrors(self.errors)
        return Content(
            stacks=tuple(stacks),
            compare=compare,
            home=home,
            notes=notes,
            analogies=analogies,
            definitions=tuple(definitions),
            products=products,
            sources=sources,
            io_methods=io_methods,
            io_paths=io_paths,
            crossings=crossings,
            scheduling=scheduling,
            lesson=lesson,
        )

    # one method per file ------------------------------------------------------
    def read_sources(self) -> dict[str, Source]:
        r, doc = self.reader_for("sources.yaml", "source")
        if doc is None:
            return {}
        r.unknown_keys(doc, ("sources",), "sources.yaml")
        spec = {
            "id": (r.ident, True),
            "title": (r.string, True),
            "url": (lambda v, m, w: r.string(v, m, w, allow_empty=True), True),
            "primary": (r.boolean, True),
        }
        out = {}
        for f, mark, _ in r.records(doc, "sources", "source", spec, self.ids["source"]):
            if None not in f.values():
                out[f["id"]] = Source(f["id"], f["title"], f["url"], f["primary"], r.origin(mark))
        return out

    def read_analogies(self) -> dict[str, Analogy]:
        r, doc = self.reader_for("analogies.yaml", "analogy")
        if doc is None:
            return {}
        r.unknown_keys(doc, ("analogies",), "analogies.yaml")
        spec = {
            "id": (r.ident, True),
            "from_post": (r.text, True),
            "caveat": (r.text, True),
            "better": (r.text, True),
            "sources": (r.id_list, False),
        }
        out = {}
        for f, mark, _ in r.records(doc, "analogies", "analogy", spec, self.ids["analogy"]):
            sources = self.refer(r, "source", f["sources"])
            if _complete(f, "sources"):
                out[f["id"]] = Analogy(f["id"], f["from_post"], f["caveat"], f["better"], sources, r.origin(mark))
        return out

    def read_definitions(self) -> list[Definition]:
        r, doc = self.reader_for("definitions.yaml", "definition")
        if doc is None:
            return []
        r.unknown_keys(doc, ("definitions",), "definitions.yaml")
        spec = {
            "id": (r.ident, True),
            "vendor": (r.text, True),
            "text": (r.text, True),
            "remark": (r.text, False),
            "sources": (r.id_list, True),
            "quote": (r.string, False),
            "quote_source": (r.ident, False),
        }
        out = []
        for f, mark, item in r.records(doc, "definitions", "definition", spec, self.ids["definition"]):
            sources = self.refer(r, "source", f["sources"])
            if f["quote_source"] is not None:
                self.refer(r, "source", ((f["quote_source"], item.mark_of("quote_source")),))
            if _complete(f, "remark", "quote", "quote_source"):
                out.append(Definition(f["id"], f["vendor"], f["text"], f["remark"], sources, r.origin(mark),
                                      f["quote"], f["quote_source"]))
        return out

    def read_products(self) -> dict[str, Product]:
        r, doc = self.reader_for("products.yaml", "product")
        if doc is None:
            return {}
        r.unknown_keys(doc, ("products",), "products.yaml")
        spec = {
            "id": (r.ident, True),
            "name": (r.text, True),
            "hypervisor_type": (r.choice(HYPERVISOR_TYPES), True),
            "summary": (r.text, True),
            "sources": (r.id_list, False),
            "stack": (r.ident, False),
            "compare_with": (r.id_list, False),
            "io_methods": (r.id_list, False),
        }
        out = {}
        for f, mark, item in r.records(doc, "products", "product", spec, self.ids["product"]):
            sources = self.refer(r, "source", f["sources"])
            compare_with = self.refer(r, "stack", f["compare_with"])
            methods = self.refer(r, "method", f["io_methods"])
            if f["stack"] is not None:
                self.references.append(("stack", f["stack"], r.file, item.mark_of("stack")))
            if f["id"] is not None:
                for method, method_mark in f["io_methods"] or ():
                    self.product_methods.append((f["id"], method, r.file, method_mark))
            if (f["io_methods"] or f["compare_with"]) and f["stack"] is None and f["id"] is not None:
                r.error(mark, f"product `{f['id']}` has `io_methods` or `compare_with` but no `stack`", "a `stack:` with the id of its stack")
            if _complete(f, "sources", "stack", "compare_with", "io_methods"):
                out[f["id"]] = Product(
                    f["id"], f["name"], f["hypervisor_type"], f["summary"], sources, r.origin(mark),
                    stack=f["stack"], compare_with=compare_with, io_methods=methods,
                )
        return out

    def read_notes(self) -> tuple[dict[str, Note], str]:
        r, doc = self.reader_for("notes.yaml", "note")
        if doc is None:
            return {}, ""
        r.unknown_keys(doc, ("home", "notes"), "notes.yaml")
        home = ""
        if "home" not in doc:
            r.error(doc.mark, "missing `home:`", "the id of the note shown when nothing is selected")
        else:
            home = r.ident(doc["home"], doc.mark_of("home"), "home") or ""
            if home:
                self.references.append(("note", home, r.file, doc.mark_of("home")))
        spec = {
            "id": (r.ident, True),
            "title": (r.text, True),
            "summary": (r.text, True),
            "what": (r.text, True),
            "plain": (r.text, True),
            "correction": (r.text, False),
            "analogies": (r.id_list, False),
            "products": (r.id_list, False),
            "definitions": (r.boolean, False),
            "sources": (r.id_list, False),
        }
        out = {}
        for f, mark, _ in r.records(doc, "notes", "note", spec, self.ids["note"]):
            analogies = self.refer(r, "analogy", f["analogies"])
            products = self.refer(r, "product", f["products"])
            sources = self.refer(r, "source", f["sources"])
            if _complete(f, "correction", "analogies", "products", "definitions", "sources"):
                out[f["id"]] = Note(
                    f["id"], f["title"], f["summary"], f["what"], f["plain"], f["correction"],
                    analogies, products, bool(f["definitions"]), sources, r.origin(mark),
                )
        return out, home

    def read_stacks(self) -> tuple[list[Stack], tuple[str, ...]]:
        r, doc = self.reader_for("stacks.yaml", "stack", "layer")
        if doc is None:
            return [], ()
        r.unknown_keys(doc, ("compare", "stacks"), "stacks.yaml")
        compare: tuple[str, ...] = ()
        if "compare" not in doc:
            r.error(doc.mark, "missing `compare:`", "the ids of the stacks shown side by side, like [type1, type2]")
        else:
            refs = r.id_list(doc["compare"], doc.mark_of("compare"), "compare")
            if refs is not None and not refs:
                r.error(doc.mark_of("compare"), "`compare` names no stack", "at least one stack id")
            compare = self.refer(r, "stack", refs)
        spec = {
            "id": (r.ident, True),
            "title": (r.text, True),
            "aka": (r.text, True),
            "caption": (r.text, True),
            "layers": (lambda v, m, w: self.read_blocks(r, v, m, Column), True),
        }
        out = []
        for f, mark, _ in r.records(doc, "stacks", "stack", spec, self.ids["stack"]):
            if _complete(f):
                out.append(Stack(f["id"], f["title"], f["aka"], f["caption"], f["layers"], r.origin(mark)))
        return out, compare

    def read_costs(self) -> tuple[dict[str, Crossing], dict[str, ParameterRange]]:
        r, doc = self.reader_for("costs.yaml", "crossing")
        if doc is None:
            return {}, {}
        r.unknown_keys(doc, ("crossings", "scheduling"), "costs.yaml")
        spec = {
            "id": (r.ident, True),
            "name": (r.text, True),
            "cost": (r.non_negative, True),
            "min": (r.non_negative, True),
            "max": (r.non_negative, True),
            "illustrative": (r.boolean, True),
            "sources": (r.id_list, False),
        }
        crossings = {}
        for f, mark, _ in r.records(doc, "crossings", "crossing", spec, self.ids["crossing"]):
            sources = self.refer(r, "source", f["sources"])
            if not _complete(f, "sources"):
                continue
            if not f["min"] <= f["cost"] <= f["max"]:
                r.error(mark, f"crossing `{f['id']}`: cost {f['cost']:g} is outside its range {f['min']:g} to {f['max']:g}", "min <= cost <= max")
                continue
            crossings[f["id"]] = Crossing(f["id"], f["name"], f["cost"], f["min"], f["max"], f["illustrative"], sources, r.origin(mark))
        return crossings, self.read_scheduling(r, doc)

    def read_scheduling(self, r: _FileReader, doc: LocatedMap) -> dict[str, ParameterRange]:
        block = doc.get("scheduling")
        if not isinstance(block, LocatedMap):
            r.error(doc.mark_of("scheduling") if "scheduling" in doc else doc.mark, "missing or malformed `scheduling:`",
                    "a mapping of " + ", ".join(SCHEDULING_PARAMETERS))
            return {}
        r.unknown_keys(block, SCHEDULING_PARAMETERS, "scheduling")
        spec = {"min": (r.non_negative, True), "max": (r.non_negative, True), "default": (r.non_negative, True)}
        out = {}
        for name in SCHEDULING_PARAMETERS:
            if name not in block:
                r.error(block.mark, f"scheduling is missing `{name}`", "min, max and default for it")
                continue
            f = r.record(block[name], block.mark_of(name), f"scheduling `{name}`", spec)
            if f is None or not _complete(f):
                continue
            if not f["min"] <= f["default"] <= f["max"]:
                r.error(block.mark_of(name), f"scheduling `{name}`: default {f['default']:g} is outside {f['min']:g} to {f['max']:g}",
                        "min <= default <= max")
                continue
            out[name] = ParameterRange(f["min"], f["max"], f["default"])
        return out

    def read_io_paths(self) -> tuple[dict[str, IoMethod], dict[tuple[str, str], IoPath]]:
        r, doc = self.reader_for("io_paths.yaml", "method")
        if doc is None:
            return {}, {}
        r.unknown_keys(doc, ("methods", "paths"), "io_paths.yaml")
        method_spec = {"id": (r.ident, True), "name": (r.text, True), "summary": (r.text, True)}
        methods = {}
        for f, mark, _ in r.records(doc, "methods", "I/O method", method_spec, self.ids["method"]):
            if _complete(f):
                methods[f["id"]] = IoMethod(f["id"], f["name"], f["summary"], r.origin(mark))
        path_spec = {
            "product": (r.ident, True),
            "method": (r.ident, True),
            "steps": (lambda v, m, w: self.read_steps(r, v, m), False),
            "not_applicable": (r.text, False),
            "answer": (r.text, True),
            "sources": (r.id_list, False),
        }
        paths: dict[tuple[str, str], IoPath] = {}
        seen: dict[tuple[str, str], Mark] = {}
        value = doc.get("paths")
        if not isinstance(value, LocatedList):
            r.error(doc.mark_of("paths") if "paths" in doc else doc.mark, "missing or malformed `paths:`", "a list of I/O paths")
            return methods, paths
        self.path_keys = seen  # entries given, even broken ones: no "missing path" error for them
        for item, mark in zip(value, value.item_marks):
            f = r.record(item, mark, "I/O path", path_spec)
            if f is None:
                continue
            sources = self.refer(r, "source", f["sources"])
            if f["product"] is not None:
                self.refer(r, "product", ((f["product"], item.mark_of("product")),))
                self.path_products.append((f["product"], r.file, item.mark_of("product")))
            if f["method"] is not None:
                self.refer(r, "method", ((f["method"], item.mark_of("method")),))
            key = (f["product"], f["method"])
            if None not in key:
                if key in seen:
                    r.error(mark, f"a second path for product `{key[0]}` and method `{key[1]}` (first at line {seen[key].line})",
                            "one path per product and method")
                    continue
                seen[key] = mark
            if ("steps" in item) == ("not_applicable" in item):
                r.error(mark, "an I/O path needs either `steps` or `not_applicable`, not both or neither",
                        "`steps:` (the journey) or `not_applicable:` (why this method does not apply)")
                continue
            if not _complete(f, "steps", "not_applicable", "sources") or ("steps" in item and f["steps"] is None):
                continue
            for step, step_mark in f["steps"] or ():
                self.path_layers.append((f["product"], step.layer, r.file, step_mark))
            steps = tuple(step for step, _ in f["steps"] or ())
            paths[key] = IoPath(f["product"], f["method"], steps, f["not_applicable"], f["answer"], sources, r.origin(mark))
        return methods, paths

    def read_steps(self, r: _FileReader, value: Any, mark: Mark) -> tuple[tuple[IoStep, Mark], ...] | None:
        if not isinstance(value, LocatedList) or len(value) < 2:
            r.error(mark, f"`steps` must be a list of at least two steps, not {_kind_of(value)}", "- {layer: …, label: …, crossing: …}")
            return None
        spec = {"layer": (r.ident, True), "label": (r.text, True), "crossing": (r.ident, True)}
        out = []
        for item, item_mark in zip(value, value.item_marks):
            f = r.record(item, item_mark, "step", spec)
            if f is None or not _complete(f):
                continue
            crossing = None if f["crossing"] == NO_CROSSING else f["crossing"]
            if crossing is not None:
                self.refer(r, "crossing", ((crossing, item.mark_of("crossing")),))
            out.append((IoStep(f["layer"], f["label"], crossing), item.mark_of("layer")))
        return tuple(out) if len(out) == len(value) else None

    def check_io_paths(self, products: dict[str, Product], stacks: list[Stack], paths: dict[tuple[str, str], IoPath]) -> None:
        """The checks that join products, stacks and paths."""
        if {"product", "stack", "layer", "method"} & self.unreadable:
            return
        layers_of = {stack.id: {layer.id for layer in stack.layers()} for stack in stacks}
        for product_id, layer_id, file, mark in self.path_layers:
            product = products.get(product_id)
            if product is None or product.stack is None or product.stack not in layers_of:
                continue
            if layer_id not in layers_of[product.stack]:
                self.errors.append(ContentError(
                    Origin(file, mark.line, mark.column),
                    f"the path for `{product_id}` names layer `{layer_id}`, which stack `{product.stack}` does not have"
                    + _suggest(layer_id, tuple(layers_of[product.stack])),
                    f"a layer of stack `{product.stack}`",
                ))
        for product_id, file, mark in self.path_products:
            product = products.get(product_id)
            if product is not None and product.stack is None:
                self.errors.append(ContentError(Origin(file, mark.line, mark.column),
                                                f"product `{product_id}` has an I/O path but no stack to draw it on",
                                                "a product with a `stack:`"))
        for product_id, method, file, mark in self.product_methods:
            if method in self.ids["method"] and (product_id, method) not in self.path_keys:
                self.errors.append(ContentError(Origin(file, mark.line, mark.column),
                                                f"product `{product_id}` lists the I/O method `{method}` but io_paths.yaml has no path for it",
                                                f"an entry with `product: {product_id}` and `method: {method}` under `paths`"))

    def read_lesson(self) -> tuple[LessonStep, ...]:
        if not (self.folder / "lesson.yaml").exists():
            return ()  # a content folder may have no lesson
        r, doc = self.reader_for("lesson.yaml", "step")
        if doc is None:
            return ()
        r.unknown_keys(doc, ("steps",), "lesson.yaml")
        spec = {
            "id": (r.ident, True),
            "title": (r.text, True),
            "stacks": (r.id_list, True),
            "reveal": (r.id_list, False),
            "select": (r.ident, False),
            "io": (r.ident, False),
            "caption": (r.text, True),
            "notes": (r.text, True),
        }
        steps = []
        for f, mark, item in r.records(doc, "steps", "lesson step", spec, self.ids["step"]):
            stacks = self.refer(r, "stack", f["stacks"])
            reveal = self.refer(r, "layer", f["reveal"])
            if f["select"] is not None:
                self.refer(r, "layer", ((f["select"], item.mark_of("select")),))
            if f["io"] is not None:
                self.refer(r, "method", ((f["io"], item.mark_of("io")),))
            if f["stacks"] is not None and not f["stacks"]:
                r.error(item.mark_of("stacks"), "a lesson step shows no stack", "at least one stack id")
                continue
            if not _complete(f, "reveal", "select", "io"):
                continue
            self.lesson_checks.append((f, r.file, mark, item))
            steps.append(LessonStep(
                f["id"], f["title"], stacks, reveal if f["reveal"] is not None else None, f["select"], f["io"],
                f["caption"], f["notes"], r.origin(mark),
            ))
        return tuple(steps)

    def check_lesson(self, products: dict[str, Product], stacks: list[Stack]) -> None:
        """A step may only reveal, select or play what its stacks can show."""
        if {"stack", "layer", "product", "method"} & self.unreadable:
            return
        layers_of = {stack.id: {layer.id for layer in stack.layers()} for stack in stacks}

        def error(file: str, mark: Mark, message: str, expected: str) -> None:
            self.errors.append(ContentError(Origin(file, mark.line, mark.column), message, expected))

        for f, file, _mark, item in self.lesson_checks:
            shown = tuple(stack for stack, _ in f["stacks"])
            if any(stack not in layers_of for stack in shown):
                continue  # already reported as an unknown stack
            drawable = set().union(*(layers_of[stack] for stack in shown))
            revealed = {layer for layer, _ in f["reveal"]} if f["reveal"] is not None else drawable
            for layer, layer_mark in f["reveal"] or ():
                if layer in self.ids["layer"] and layer not in drawable:
                    error(file, layer_mark, f"step `{f['id']}` reveals `{layer}`, which none of its stacks has", "a layer of " + ", ".join(shown))
            if f["select"] is not None and f["select"] in self.ids["layer"] and f["select"] not in revealed & drawable:
                error(file, item.mark_of("select"), f"step `{f['id']}` selects `{f['select']}`, which it does not draw",
                      "a layer of its stacks that the step reveals")
            if f["io"] is not None:
                product = next((p for p in products.values() if p.stack is not None and p.shown_stacks() == shown), None)
                if product is None:
                    error(file, item.mark_of("io"), f"step `{f['id']}` plays an I/O path but its stacks are not a product's tab",
                          "`stacks:` exactly as a product's tab shows them, such as [type1, kvm, type2]")
                elif f["io"] not in product.io_methods:
                    error(file, item.mark_of("io"), f"step `{f['id']}`: {product.id} has no I/O method `{f['io']}`",
                          "one of " + ", ".join(product.io_methods))

    def read_blocks(self, r: _FileReader, value: Any, mark: Mark, container: type) -> Column | Row | None:
        """A list of blocks: layers, `row:` and `column:` entries, nested."""
        if not isinstance(value, LocatedList) or not value:
            r.error(mark, f"a {container.__name__.lower()} must be a non-empty list, not {_kind_of(value)}", "a list of layers")
            return None
        blocks: list[Block] = []
        ok = True
        for item, item_mark in zip(value, value.item_marks):
            block = self.read_block(r, item, item_mark)
            ok = ok and block is not None
            if block is not None:
                blocks.append(block)
        return container(tuple(blocks)) if ok else None

    def read_block(self, r: _FileReader, item: Any, mark: Mark) -> Block | None:
        if isinstance(item, LocatedMap) and ("row" in item or "column" in item) and "id" not in item:
            key = "row" if "row" in item else "column"
            r.unknown_keys(item, (key,), f"a `{key}:` entry")
            return self.read_blocks(r, item[key], item.mark_of(key), Row if key == "row" else Column)
        spec = {
            "id": (r.ident, True),
            "kind": (r.choice(LAYER_KINDS), True),
            "label": (r.text, True),
            "detail": (r.text, False),
            "note": (r.ident, True),
            "role": (r.id_list, False),
            "height": (r.number, False),
        }
        f = r.record(item, mark, "layer", spec)
        if f is None:
            return None
        if f["id"] is not None:
            r.claim_id(f["id"], item.mark_of("id"), "layer", self.ids["layer"])
        if f["note"] is not None:
            self.refer(r, "note", ((f["note"], item.mark_of("note")),))
        low, high = LAYER_HEIGHT_RANGE
        if f["height"] is not None and not low <= f["height"] <= high:
            r.error(item.mark_of("height"), f"`height` {f['height']:g} is out of range", f"a height from {low:g} to {high:g} layers")
            return None
        if not _complete(f, "detail", "role", "height"):
            return None
        roles = tuple(role for role, _ in f["role"] or ())
        height = f["height"] if f["height"] is not None else 1.0
        return Layer(f["id"], f["kind"], f["label"], f["detail"], f["note"], roles, r.origin(mark), height)


def _complete(fields: dict, *optional: str) -> bool:
    """True when every required field was read without error."""
    return all(value is not None for key, value in fields.items() if key not in optional)


def load_content(folder: Path | str) -> Content:
    """Load and validate a content folder; raise `ContentErrors` listing every problem."""
    return _ContentBuilder(Path(folder)).build()


def check_content(folder: Path | str) -> tuple[Content | None, list[ContentError]]:
    """Like `load_content`, but return the problems instead of raising."""
    try:
        return load_content(folder), []
    except ContentErrors as err:
        return None, err.errors


__all__ = ["CONTENT_FILES", "ContentError", "ContentErrors", "check_content", "iter_layers", "load_content"]
