"""The content's reference is made from the declarations: the README's field tables and
content.schema.json are current, cover every field, accept every shipped file and refuse what
the loader refuses."""

from __future__ import annotations

import copy
import json
import re
import shutil

import jsonschema
import pytest
import yaml
from conftest import REPO

from hvviz.core import schema as s
from hvviz.core import schema_docs as docs
from hvviz.core.pack import MANIFEST, Pack
from hvviz.features import all_features, check_pack
from hvviz.features.notes.records import Note

CONTENT = REPO / "content"
PACK = CONTENT / "hypervisors"
MODELINE = "# yaml-language-server: $schema=../content.schema.json"


def files():
    return [content_file for feature in all_features() for content_file in feature.files]


def declared_records() -> list[type]:
    """Every record type, the manifest's included, walked from the declarations."""
    found = [Pack] + [field.record for field in s.schema_of(Pack).fields if field.record is not None]
    for content_file in files():
        found += [record_type for record_type in content_file.records() if record_type not in found]
    return found


@pytest.fixture(scope="module")
def schema():
    """The schema as the generator writes it (the first test shows the shipped file is exactly that)."""
    return json.loads(docs.schema_text(all_features()))


@pytest.fixture(scope="module")
def validator(schema):
    return jsonschema.Draft7Validator(schema)


def shipped(name: str):
    return yaml.safe_load((PACK / name).read_text(encoding="utf-8"))


# --- the generated files are current ----------------------------------------------------


def test_the_readme_tables_and_the_schema_are_what_the_generator_writes():
    """content/README.md's generated part and content.schema.json are byte for byte what the declarations make."""
    readme = (CONTENT / docs.README_FILE).read_text(encoding="utf-8")
    written = readme.split(docs.START, 1)[1].split(docs.END, 1)[0]
    assert written.strip() == docs.field_tables(all_features()).strip(), "run `python -m hvviz.core.schema_docs --write`"
    assert (CONTENT / docs.SCHEMA_FILE).read_text(encoding="utf-8") == docs.schema_text(all_features())
    assert docs.stale_files(CONTENT, all_features()) == []


def test_a_field_declared_without_regenerating_makes_both_files_stale(monkeypatch):
    """Adding a field to a record's declaration, and nothing else, makes the README and the schema out of date."""
    note = s.schema_of(Note)
    extra = s.text("a field nobody wrote down", required=False)
    extra.name = "extra"
    monkeypatch.setattr(note, "fields", note.fields + (extra,))
    assert sorted(path.name for path in docs.stale_files(CONTENT, all_features())) == sorted([docs.README_FILE, docs.SCHEMA_FILE])
    assert "| `extra` | no | a field nobody wrote down" in docs.field_tables(all_features())


def test_the_check_mode_names_a_stale_file_and_write_fixes_only_the_generated_part(tmp_path, capsys):
    """Without --write the command exits 1 naming the stale file; --write rewrites only what lies between the markers."""
    folder = tmp_path / "content"
    folder.mkdir()
    for name in (docs.README_FILE, docs.SCHEMA_FILE):
        shutil.copy(CONTENT / name, folder / name)
    assert docs.main(["--folder", str(folder)]) == 0
    readme = (folder / docs.README_FILE).read_text(encoding="utf-8")
    broken = readme.replace("| `height` | no |", "| `height` | yes |").replace("# Editing", "# Still editing")
    (folder / docs.README_FILE).write_text(broken, encoding="utf-8")
    (folder / docs.SCHEMA_FILE).unlink()
    capsys.readouterr()
    assert docs.main(["--folder", str(folder)]) == 1
    said = capsys.readouterr().err
    assert f"{folder / docs.README_FILE} is out of date" in said and f"{folder / docs.SCHEMA_FILE} is out of date" in said
    assert docs.main(["--write", "--folder", str(folder)]) == 0
    assert docs.main(["--folder", str(folder)]) == 0
    assert (folder / docs.README_FILE).read_text(encoding="utf-8") == readme.replace("# Editing", "# Still editing")
    assert (folder / docs.SCHEMA_FILE).read_bytes() == (CONTENT / docs.SCHEMA_FILE).read_bytes()


def test_a_readme_without_the_markers_is_refused():
    """The generator never guesses where the tables go: a README without both markers is an error."""
    with pytest.raises(ValueError, match="fields: generated"):
        docs.with_tables("# Editing\n\nno markers here\n", "| key |\n")


# --- every declared field is documented --------------------------------------------------


def first_table(chunk: str) -> list[list[str]]:
    """The cells of the first Markdown table in `chunk`, headers left out."""
    rows, started = [], False
    for line in chunk.splitlines():
        if line.startswith("|"):
            started = True
            if not line.startswith(("|---", "| key ")):
                rows.append([cell.strip() for cell in line.strip().strip("|").split(" | ")])
        elif started:
            break
    return rows


def readme_sections() -> dict[str, list[str]]:
    """file name -> its `###` section of the generated tables (the README's, by the first test),
    split at its `####` headings, the file's own keys first."""
    generated = docs.field_tables(all_features())
    out = {}
    for section in generated.split("\n### ")[1:]:
        out[re.match(r"`([^`]+)`", section).group(1)] = section.split("\n#### ")
    return out


def record_table(chunks: list[str], record_type: type) -> list[list[str]]:
    what = s.schema_of(record_type).what
    matching = [chunk for chunk in chunks[1:] if re.match(rf"An? {re.escape(what)} \(", chunk)]
    assert len(matching) == 1, f"no table (or several) for {what}"
    return first_table(matching[0])


def assert_rows(rows: list[list[str]], fields) -> None:
    assert [row[0] for row in rows] == [f"`{field.yaml_key}`" for field in fields]
    for row, field in zip(rows, fields):
        assert row[1] == ("yes" if field.required else "no"), field.yaml_key
        assert row[2].startswith(field.doc), field.yaml_key


def test_every_file_key_and_every_field_of_every_record_has_a_row_in_the_readme():
    """Each file's top-level keys, and each record's fields (nested and custom-held ones too), are rows of its file's tables."""
    sections = readme_sections()
    assert list(sections) == [MANIFEST] + [content_file.name for content_file in files()]
    manifest = sections[MANIFEST]
    assert_rows(first_table(manifest[0]), s.schema_of(Pack).fields)
    kind = s.schema_of(Pack).field("kinds").record
    assert_rows(record_table(manifest, kind), s.schema_of(kind).fields)
    for content_file in files():
        chunks = sections[content_file.name]
        rows = first_table(chunks[0])
        assert [row[0] for row in rows] == [f"`{entry.key}`" for entry in content_file.entries]
        assert all(row[2].startswith(entry.doc) for row, entry in zip(rows, content_file.entries))
        for record_type in content_file.records():
            assert_rows(record_table(chunks, record_type), s.schema_of(record_type).fields)


def test_the_readme_says_what_the_loader_expects():
    """The meanings add the loader's expectations: ranges, choices, defaults, references, Markdown."""
    tables = docs.field_tables(all_features())
    for expected in ("| `height` | no | its height, in layers — a number from 0.4 to 3 (default 1) |",
                     "— one of `type1`, `type2`, `debated` |", "— true or false (default false) |",
                     "| `note` | yes | the note shown when it is selected (an id in notes.yaml) — an id of a note |",
                     "— ids of sources |", "— an id of a crossing, or `none` |", "— Markdown in both languages |",
                     "#### A layer (in a stack's `layers`)", "#### A step (in an I/O path's `steps`)"):
        assert expected in tables


def test_every_field_of_every_record_is_in_the_json_schema(schema):
    """Each record type and each file is a definition whose properties, required keys and descriptions are the declared ones."""
    defs = schema["$defs"]
    for record_type in declared_records():
        record_schema = s.schema_of(record_type)
        definition = defs[record_schema.name]
        assert list(definition["properties"]) == sorted(record_schema.keys)
        assert definition.get("required", []) == [f.yaml_key for f in record_schema.fields if f.required]
        assert definition["additionalProperties"] is False
        for field in record_schema.fields:
            assert definition["properties"][field.yaml_key]["description"] == field.doc
    for content_file in files():
        definition = defs[content_file.name]
        assert list(definition["properties"]) == sorted(entry.key for entry in content_file.entries)
        assert definition["required"] == [entry.key for entry in content_file.entries if entry.required]
        assert definition["additionalProperties"] is False
    assert schema["anyOf"] == [{"$ref": f"#/$defs/{name}"} for name in [MANIFEST] + [f.name for f in files()]]
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#" and schema["title"] and schema["description"]


# --- the schema accepts the shipped files and refuses broken ones -------------------------


def test_the_schema_is_a_valid_draft_07_schema(schema):
    """The schema itself passes the draft-07 meta-schema, the one the YAML language server reads by."""
    jsonschema.Draft7Validator.check_schema(schema)


def test_every_shipped_file_starts_with_the_modeline_and_validates_against_its_own_branch(schema, validator):
    """Each YAML file of the bundled pack names the schema on its first line and is valid, at the root and in its own branch."""
    names = sorted(path.name for path in PACK.glob("*.yaml"))
    assert names == sorted([MANIFEST, *shipped(MANIFEST)["files"]])
    for name in names:
        assert (PACK / name).read_text(encoding="utf-8").splitlines()[0] == MODELINE, name
        document = shipped(name)
        validator.validate(document)
        own = jsonschema.Draft7Validator({"$defs": schema["$defs"], "$ref": f"#/$defs/{name}"})
        assert list(own.iter_errors(document)) == [], name


def first(document, key):
    return document[key][0]


MUTATIONS = {
    "an unknown key in a record": ("stacks.yaml", lambda d: first(d, "stacks")["layers"][0].update(lable="oops")),
    "an unknown top-level key": ("notes.yaml", lambda d: d.update(hom=d.pop("home"))),
    "a text missing `en`": ("notes.yaml", lambda d: first(d, "notes")["title"].pop("en")),
    "an empty text": ("analogies.yaml", lambda d: first(d, "analogies")["caveat"].update(ko="")),
    "a text in a third language": ("lesson.yaml", lambda d: first(d, "steps")["caption"].update(fr="Bonjour")),
    "plain text given in two languages": ("sources.yaml", lambda d: first(d, "sources").update(title={"ko": "글", "en": "a"})),
    "a flag written as a word": ("sources.yaml", lambda d: first(d, "sources").update(primary="yes")),
    "a text written as a string": ("products.yaml", lambda d: first(d, "products").update(name="ESXi")),
    "ids as a number": ("analogies.yaml", lambda d: first(d, "analogies").update(sources=7)),
    "an id with a space": ("lesson.yaml", lambda d: first(d, "steps").update(id="step one")),
    "a number above its range": ("stacks.yaml", lambda d: first(d, "stacks")["layers"][0].update(height=5)),
    "a number below its range": ("costs.yaml", lambda d: first(d, "crossings").update(cost=-1)),
    "a misspelt choice": ("products.yaml", lambda d: first(d, "products").update(hypervisor_type="type3")),
    "a missing required field": ("notes.yaml", lambda d: first(d, "notes").pop("summary")),
    "a missing table name": ("costs.yaml", lambda d: d["scheduling"].pop("load")),
    "a nested list too short": ("io_paths.yaml", lambda d: d["paths"][0].update(steps=d["paths"][0]["steps"][:1])),
    "a colour that is not #RRGGBB": (MANIFEST, lambda d: first(d, "kinds").update(colour="blue")),
    "a row with an unknown key": ("stacks.yaml", lambda d: first(d, "stacks")["layers"].append(
        {"row": [{"id": "new.app", "kind": "app", "label": {"ko": "앱", "en": "App"}, "note": "overview"}], "wide": True})),
}


def mutated(tmp_path, name: str, change):
    """The shipped document with one change, and a copy of the pack holding it (for the loader)."""
    document = copy.deepcopy(shipped(name))
    change(document)
    folder = tmp_path / "pack"
    shutil.copytree(PACK, folder)
    (folder / name).write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return document, folder


@pytest.mark.parametrize("mutation", sorted(MUTATIONS))
def test_a_broken_file_fails_the_schema_as_it_fails_the_loader(mutation, tmp_path, validator):
    """Each kind of mistake makes the file invalid against every branch of the schema, and the loader refuses it too."""
    name, change = MUTATIONS[mutation]
    document, folder = mutated(tmp_path, name, change)
    assert not validator.is_valid(document), mutation
    content, errors = check_pack(folder)
    assert content is None and errors, mutation


ACCEPTED = {
    "one id without brackets": ("analogies.yaml", lambda d: first(d, "analogies").update(sources="POST")),
    "an optional field left out": ("stacks.yaml", lambda d: first(d, "stacks")["layers"][0].pop("detail", None)),
    "a number at the bottom of its range": ("stacks.yaml", lambda d: first(d, "stacks")["layers"][0].update(height=0.4)),
    "a number at the top of its range": ("stacks.yaml", lambda d: first(d, "stacks")["layers"][0].update(height=3)),
    "an empty url": ("sources.yaml", lambda d: d["sources"][1].update(url="")),
    "the word for no crossing": ("io_paths.yaml", lambda d: d["paths"][0]["steps"][0].update(crossing="none")),
}


@pytest.mark.parametrize("variant", sorted(ACCEPTED))
def test_what_the_loader_accepts_the_schema_accepts(variant, tmp_path, validator):
    """The schema is not stricter than the loader where a teacher may rely on it: these variants pass both."""
    name, change = ACCEPTED[variant]
    document, folder = mutated(tmp_path, name, change)
    assert list(validator.iter_errors(document)) == [], variant
    content, errors = check_pack(folder)
    assert errors == [], "\n".join(map(str, errors))
