"""The content cache: the same content without PyYAML, and never stale."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys

import pytest

from hvviz.core import cache
from hvviz.core.errors import ContentErrors
from hvviz.core.resources import default_content_dir
from hvviz.features import all_features, load_pack


def cached(folder):
    return cache.load_content_cached(folder, all_features())


def run_python(code: str, env_extra: dict, cwd=None) -> list[str]:
    """Run `code` in a new Python; its printed fields, split at "|"."""
    env = dict(os.environ, **env_extra)
    env.pop("HVVIZ_NO_CACHE", None)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=cwd, check=True)
    return result.stdout.split("|")


def test_a_second_start_reads_the_cache_without_pyyaml(tmp_path, monkeypatch):
    """The cached content equals a full load, and a second process reads it without importing PyYAML."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("HVVIZ_NO_CACHE", raising=False)
    folder = tmp_path / "pack"
    shutil.copytree(default_content_dir(), folder)
    first = cached(folder)
    assert first == load_pack(folder, cached=False)
    assert len(list((tmp_path / "cache" / "hvviz").glob("content-*.pickle"))) == 1
    code = ("import sys\nfrom hvviz.features import load_pack\n"
            f"content = load_pack({str(folder)!r})\nprint(len(content.stacks), 'yaml' in sys.modules, sep='|', end='')\n")
    assert run_python(code, {"XDG_CACHE_HOME": str(tmp_path / "cache")}) == [str(len(first.stacks)), "False"]


def test_an_edit_that_keeps_size_and_time_is_seen(tmp_path, monkeypatch):
    """`cp -p`, `rsync`, `unzip`: a same-size edit with the old modification time still gives a full load."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("HVVIZ_NO_CACHE", raising=False)
    folder = tmp_path / "pack"
    shutil.copytree(default_content_dir(), folder)
    assert cached(folder).stack("type1").title.en == "Type 1 hypervisor"
    stacks = folder / "stacks.yaml"
    before = stacks.stat()
    stacks.write_bytes(stacks.read_bytes().replace(b'en: "Type 1 hypervisor"', b'en: "Type A hypervisor"', 1))
    os.utime(stacks, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (stacks.stat().st_size, stacks.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    assert cached(folder).stack("type1").title.en == "Type A hypervisor"
    stacks.write_text(stacks.read_text(encoding="utf-8").replace("note: host-apps", "note: nowhere", 1), encoding="utf-8")
    with pytest.raises(ContentErrors):
        cached(folder)  # the edit is seen, and checked


def test_a_change_to_the_loaders_code_is_never_answered_from_the_cache(tmp_path):
    """In a copy of hvviz, a conversion of the loader is changed after a cached start: the next start
    loads again and shows the new conversion, with no format number bumped by hand."""
    import hvviz

    source = tmp_path / "src"
    shutil.copytree(os.path.dirname(hvviz.__file__), source / "hvviz", ignore=shutil.ignore_patterns("__pycache__"))
    for folder in ("content", "assets"):
        shutil.copytree(default_content_dir().parent.parent / folder, source / folder)
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache"), "PYTHONPATH": str(source)}
    code = ("import sys\nfrom hvviz.features import load_pack\nfrom hvviz.core.resources import default_content_dir\n"
            "content = load_pack(default_content_dir())\nprint(content.stack('type1').title.en, 'yaml' in sys.modules, sep='|', end='')\n")
    assert run_python(code, env, tmp_path)[-1] == "True"  # the first start fills the cache
    assert run_python(code, env, tmp_path)[-1] == "False"  # the second reads it
    readers = source / "hvviz" / "core" / "field_readers.py"
    text = readers.read_text(encoding="utf-8")
    assert 'return Text(ko=parts["ko"], en=parts["en"])' in text
    readers.write_text(text.replace('return Text(ko=parts["ko"], en=parts["en"])',
                                    'return Text(ko=parts["ko"], en=parts["en"].upper())'), encoding="utf-8")
    title, from_yaml = run_python(code, env, tmp_path)[-2:]
    assert (title, from_yaml) == ("TYPE 1 HYPERVISOR", "True")


def test_a_damaged_cache_is_rebuilt(tmp_path, monkeypatch):
    """A cache file that is not a pickle, or that another key wrote, is not believed: it is rebuilt."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = default_content_dir()
    path = cache.cache_path(cache.content_key(folder, all_features()))
    assert path.is_relative_to(tmp_path / "cache")
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a pickle")
    assert cached(folder).stacks
    assert path.read_bytes() != b"not a pickle"
    path.write_bytes(pickle.dumps(("another folder's key", "not content")))
    assert cached(folder).stacks
    assert pickle.loads(path.read_bytes())[0] == cache.content_key(folder, all_features())


def test_the_key_covers_the_schema(monkeypatch):
    """A changed field declaration changes the key, so content cached under the old one is not used."""
    folder = default_content_dir()
    before = cache.content_key(folder, all_features())
    from hvviz.features.notes.records import Note

    field = Note.__schema__.field("summary")
    monkeypatch.setattr(field, "required", False)
    assert cache.content_key(folder, all_features()) != before
