"""Broken content gets a clear error naming the file, the line and what was expected."""

from __future__ import annotations

import shutil

import pytest

from hvviz.core.resources import default_content_dir
from hvviz.features import check_pack as check_content


def broken_copy(tmp_path, filename: str, old: str, new: str):
    """A copy of the shipped content with one edit; returns (folder, line of the edit)."""
    folder = tmp_path / "content"
    shutil.copytree(default_content_dir(), folder)
    path = folder / filename
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= 1, f"{old!r} not in {filename}"
    index = text.index(old)
    path.write_text(text[:index] + new + text[index + len(old):], encoding="utf-8")
    return folder, text.count("\n", 0, index) + 1


def only_error(folder):
    content, errors = check_content(folder)
    assert content is None
    assert len(errors) == 1, "\n".join(map(str, errors))
    return errors[0]


def test_yaml_syntax_error_names_file_and_line(tmp_path):
    """A YAML syntax error names stacks.yaml and a line at or just after the break, and says well-formed YAML was expected."""
    folder, line = broken_copy(tmp_path, "stacks.yaml", "compare: [type1, type2]", "compare: [type1, type2")
    error = only_error(folder)
    assert error.origin.file.endswith("stacks.yaml")
    assert "YAML syntax error" in error.message
    assert line <= error.origin.line <= line + 2
    assert "well-formed YAML" in str(error)


def test_missing_field_names_the_record_and_the_field(tmp_path):
    """A layer missing `note` is named with the field, reported at the layer's first line, with `note:` expected."""
    folder, line = broken_copy(tmp_path, "stacks.yaml", "        note: host-os\n", "")
    error = only_error(folder)
    assert "layer `type2.host` is missing `note`" in error.message
    lines = (folder / "stacks.yaml").read_text(encoding="utf-8").splitlines()
    assert lines[error.origin.line - 1].strip() == "- id: type2.host"  # the layer's first line
    assert "`note:`" in error.expected


def test_wrong_type_is_reported_with_what_was_expected(tmp_path):
    """A list where a boolean belongs is reported at its line as needing true or false."""
    folder, line = broken_copy(tmp_path, "notes.yaml", "    definitions: true", "    definitions: [yes]")
    error = only_error(folder)
    assert error.origin.line == line
    assert "must be true or false" in error.message and error.expected == "true or false"


def test_a_text_given_as_a_plain_string_is_refused(tmp_path):
    """A text given as a plain string instead of ko and en is refused at its line as needing both languages."""
    folder, line = broken_copy(
        tmp_path, "stacks.yaml", 'aka: {ko: "호스티드 VMM", en: "hosted VMM"}', 'aka: "hosted VMM"'
    )
    error = only_error(folder)
    assert error.origin.line == line
    assert "both languages" in error.message


def test_unknown_key_suggests_the_nearest_known_one(tmp_path):
    """A misspelt key is reported at its line with the nearest known key suggested, and the real key as missing."""
    folder, line = broken_copy(tmp_path, "stacks.yaml", "        label: {ko: \"호스트 OS\"", "        lable: {ko: \"호스트 OS\"")
    content, errors = check_content(folder)
    messages = [str(e) for e in errors]
    unknown = [e for e in errors if "unknown key `lable`" in e.message]
    assert unknown, messages
    assert "did you mean `label`?" in unknown[0].message
    assert unknown[0].origin.line == line
    assert any("missing `label`" in m for m in messages)  # and the real key is reported missing


def test_duplicate_id_points_at_the_second_use(tmp_path):
    """A duplicate layer id is reported at its second use, saying the line where it was first used."""
    folder, line = broken_copy(tmp_path, "stacks.yaml", "id: type2.guest2", "id: type2.guest1")
    error = only_error(folder)
    assert "duplicate layer id `type2.guest1`" in error.message
    assert error.origin.line == line
    assert "first used at line" in error.message


def test_reference_to_a_missing_id_is_reported_with_a_suggestion(tmp_path):
    """A note reference to an id that does not exist is reported at its line with the nearest id suggested."""
    folder, line = broken_copy(tmp_path, "stacks.yaml", "note: host-apps", "note: host-app")
    error = only_error(folder)
    assert "no note has the id `host-app`; did you mean `host-apps`?" in error.message
    assert error.origin.line == line


def test_text_missing_in_one_language_names_the_language(tmp_path):
    """A text with no English is reported at its line as missing in English (`en`)."""
    folder, line = broken_copy(tmp_path, "stacks.yaml", 'label: {ko: "호스트 앱", en: "Host apps"}', 'label: {ko: "호스트 앱"}')
    error = only_error(folder)
    assert "text missing in English (`en`)" in error.message
    assert error.origin.line == line


def test_a_file_that_is_not_utf8_names_the_line_of_the_bad_byte(tmp_path):
    """A file with non-UTF-8 bytes is reported as not UTF-8, at the line of the first bad byte."""
    folder, line = broken_copy(tmp_path, "analogies.yaml", "analogies:", "analogies:")
    path = folder / "notes.yaml"
    data = path.read_bytes()
    marker = "하이퍼바이저란?".encode("utf-8")
    at = data.index(marker)
    path.write_bytes(data[:at] + "하이퍼바이저란?".encode("euc-kr") + data[at + len(marker):])
    error = only_error(folder)
    assert error.origin.file.endswith("notes.yaml")
    assert error.origin.line == data.count(b"\n", 0, at) + 1
    assert "not UTF-8" in error.message and "UTF-8" in error.expected


def test_duplicate_key_in_one_mapping_is_an_error(tmp_path):
    """A key given twice in one mapping is an error at the line of the second one."""
    folder, line = broken_copy(tmp_path, "products.yaml", "    hypervisor_type: type1\n", "    hypervisor_type: type1\n    hypervisor_type: type2\n")
    error = only_error(folder)
    assert "duplicate key `hypervisor_type`" in error.message
    assert error.origin.line == line + 1


def test_unknown_kind_names_the_nearest_kind_of_the_manifest(tmp_path):
    """A layer's kind must be one of the pack's kinds, with the nearest suggested."""
    folder, line = broken_copy(tmp_path, "stacks.yaml", "kind: host-os", "kind: hostos")
    error = only_error(folder)
    assert "no kind has the id `hostos`; did you mean `host-os`?" in error.message
    assert error.origin.line == line
    assert "hardware" in error.expected  # the kinds come from the pack's manifest


def test_every_problem_is_reported_at_once(tmp_path):
    """Problems in two files are all reported in one check, not only the first."""
    folder, _ = broken_copy(tmp_path, "stacks.yaml", "note: host-apps", "note: nowhere")
    text = (folder / "sources.yaml").read_text(encoding="utf-8").replace("    primary: true", "    primary: maybe", 1)
    (folder / "sources.yaml").write_text(text, encoding="utf-8")
    content, errors = check_content(folder)
    files = {e.origin.file.rsplit("/", 1)[-1] for e in errors}
    assert files == {"stacks.yaml", "sources.yaml"}


def test_a_missing_file_is_named(tmp_path):
    """A missing products.yaml is reported as file not found, naming that file."""
    folder = tmp_path / "content"
    shutil.copytree(default_content_dir(), folder)
    (folder / "products.yaml").unlink()
    content, errors = check_content(folder)
    assert any(e.origin.file.endswith("products.yaml") and "file not found" in e.message for e in errors)


@pytest.mark.parametrize("payload", ["!!python/object/apply:os.system ['echo pwned']", "!!python/name:os.system"])
def test_python_tags_are_refused_not_executed(tmp_path, payload):
    """Content is untrusted: YAML tags that would build Python objects are errors."""
    folder, line = broken_copy(tmp_path, "products.yaml", "hypervisor_type: type1", f"hypervisor_type: {payload}")
    error = only_error(folder)
    assert error.origin.line == line
    assert "cannot read this value" in error.message


# --- the I/O paths, costs and scheduling ranges ------------------------------------


def edited_copy(tmp_path, filename, edit):
    """A content copy where `filename` is loaded, changed by `edit(data)` and written back."""
    import yaml

    folder = tmp_path / "content"
    shutil.copytree(default_content_dir(), folder)
    path = folder / filename
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    edit(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
    return folder, path


def line_of(path, needle):
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def test_a_path_naming_a_layer_its_stack_does_not_have(tmp_path):
    """An I/O path step naming another stack's layer is reported at that line, expecting a layer of its own stack."""
    def edit(data):
        path = next(p for p in data["paths"] if p["product"] == "kvm" and p.get("steps"))
        path["steps"][1]["layer"] = "type1.hw"

    folder, path = edited_copy(tmp_path, "io_paths.yaml", edit)
    error = only_error(folder)
    assert "names layer `type1.hw`, which stack `kvm` does not have" in error.message
    assert error.origin.line == line_of(path, "type1.hw")
    assert error.expected == "a layer of stack `kvm`"


def test_a_negative_cost_is_refused(tmp_path):
    """A negative crossing cost in costs.yaml is refused at the line of the cost."""
    def edit(data):
        data["crossings"][0]["cost"] = -2

    folder, path = edited_copy(tmp_path, "costs.yaml", edit)
    error = only_error(folder)
    assert "`cost` is negative (-2)" in error.message
    assert error.origin.line == line_of(path, "cost: -2")


def test_a_method_listed_for_a_product_without_a_path(tmp_path):
    """A product listing an I/O method with no path in io_paths.yaml is reported at that method's line in products.yaml."""
    import yaml

    folder, paths_file = edited_copy(
        tmp_path, "io_paths.yaml",
        lambda data: data.__setitem__("paths", [p for p in data["paths"] if (p["product"], p["method"]) != ("xen", "sriov")]),
    )
    error = only_error(folder)
    assert "product `xen` lists the I/O method `sriov` but io_paths.yaml has no path for it" in error.message
    assert error.origin.file.endswith("products.yaml")
    products = (folder / "products.yaml").read_text(encoding="utf-8").splitlines()
    assert "sriov" in products[error.origin.line - 1]
    assert yaml.safe_load(paths_file.read_text(encoding="utf-8"))  # the edit itself is valid YAML


def test_a_path_with_both_steps_and_a_reason_is_refused(tmp_path):
    """An I/O path with both `steps` and `not_applicable` is refused: it must have one or the other."""
    def edit(data):
        path = next(p for p in data["paths"] if p.get("steps"))
        path["not_applicable"] = {"ko": "이유", "en": "why"}

    folder, _ = edited_copy(tmp_path, "io_paths.yaml", edit)
    error = only_error(folder)
    assert "either `steps` or `not_applicable`" in error.message


def test_a_scheduling_default_outside_its_range(tmp_path):
    """A scheduling parameter whose default lies outside its range is reported."""
    folder, path = edited_copy(tmp_path, "costs.yaml", lambda data: data["scheduling"]["pcpus"].update(default=99))
    error = only_error(folder)
    assert "scheduling `pcpus`: default 99 is outside" in error.message


def test_a_layer_height_out_of_range(tmp_path):
    """A layer height out of range is reported at the line of the height."""
    folder, line = broken_copy(tmp_path, "stacks.yaml", "        kind: host-os\n", "        kind: host-os\n        height: 9\n")
    error = only_error(folder)
    assert "`height` 9 is out of range" in error.message
    assert error.origin.line == line + 1


def test_a_lesson_step_that_selects_a_layer_it_does_not_draw(tmp_path, content):
    """A lesson step selecting a layer it has not revealed is reported in lesson.yaml as one it does not draw."""
    def edit(data):
        step = next(s for s in data["steps"] if s.get("reveal"))
        hidden = [layer.id for stack in step["stacks"] for layer in content.stack(stack).layers() if layer.id not in step["reveal"]]
        step["select"] = hidden[0]  # on the step's stacks, but not yet revealed

    folder, path = edited_copy(tmp_path, "lesson.yaml", edit)
    error = only_error(folder)
    assert "which it does not draw" in error.message
    assert error.origin.file.endswith("lesson.yaml")


def test_a_lesson_step_playing_io_on_stacks_that_are_no_product_tab(tmp_path):
    """A lesson step playing an I/O path on stacks that are not a product's tab is reported at its `io:` line."""
    def edit(data):
        step = next(s for s in data["steps"] if s.get("io"))
        step["stacks"] = ["type1", "type2"]
        step.pop("select", None)
        step.pop("reveal", None)

    folder, path = edited_copy(tmp_path, "lesson.yaml", edit)
    error = only_error(folder)
    assert "plays an I/O path but its stacks are not a product's tab" in error.message
    assert error.origin.line == line_of(path, "io: ")


def test_a_lesson_step_naming_an_unknown_stack(tmp_path):
    """A lesson step naming an unknown stack is reported with the nearest stack id suggested."""
    folder, path = edited_copy(tmp_path, "lesson.yaml", lambda data: data["steps"][0].update(stacks=["type1", "tpye2"]))
    error = only_error(folder)
    assert "no stack has the id `tpye2`; did you mean `type2`?" in error.message
