"""The house rules that keep the code small and readable, checked on every file."""

from __future__ import annotations

import ast

from conftest import REPO

MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60


def python_files(*folders: str):
    for folder in folders:
        yield from sorted(p for p in (REPO / folder).rglob("*.py") if "__pycache__" not in p.parts)


def test_no_module_is_over_400_lines():
    """Every module of hvviz, its benchmark and its tests has at most 400 lines."""
    long = {str(p.relative_to(REPO)): n for p in python_files("hvviz", "tests")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES}
    assert long == {}


def test_no_function_is_over_60_lines():
    """Every function of hvviz (methods included) has at most 60 lines, from `def` to its last line."""
    long = {}
    for path in python_files("hvviz"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = node.end_lineno - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    long[f"{path.relative_to(REPO)}:{node.lineno} {node.name}"] = length
    assert long == {}


def test_every_test_says_what_it_proves():
    """Each test function has a docstring: one line on what it proves."""
    missing = []
    for path in python_files("tests"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name.startswith("test_") and not ast.get_docstring(node):
                missing.append(f"{path.relative_to(REPO)}:{node.lineno} {node.name}")
    assert missing == []


def test_the_benchmarks_children_are_modules_not_strings():
    """The programs the benchmark starts are files of their own, not code kept in string literals."""
    source = "\n".join(p.read_text(encoding="utf-8") for p in python_files("hvviz/bench"))
    assert '"-c"' not in source and "r\"\"\"\nimport" not in source
    assert len(list((REPO / "hvviz" / "bench" / "children").glob("*.py"))) >= 4
