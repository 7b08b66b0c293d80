"""The README's front door stays true: its commands, and its key tables made from the one table of actions."""

from __future__ import annotations

import re
import subprocess

from conftest import REPO

from hvviz.features import all_features
from hvviz.shell import actions as table


def test_ci_runs_the_readme_test_command():
    """`.ci/run` finds exactly one command under "Run the tests", and it installs and runs pytest."""
    script = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    awk = re.search(r"command=\$\(awk '(.+)' README.md\)", script).group(1)
    found = subprocess.run(["awk", awk, str(REPO / "README.md")], capture_output=True, text=True, check=True).stdout.strip()
    assert found.count("\n") == 0
    assert "pip install '.[test]'" in found and "-m pytest" in found


def key_cells(markdown: str) -> list[str]:
    """The first column of every table row but the headers."""
    cells = []
    for line in markdown.splitlines():
        if line.startswith("|") and not line.startswith("|---"):
            first = line.split("|")[1].strip()
            if first not in ("Key", "키"):
                cells.append(first)
    return cells


def test_the_readme_key_tables_are_the_tables_keys(content):
    """Every key of the table of actions is in the README's key tables, and no other: a key missing
    from either side fails."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    generated = table.readme_tables(table.table(content, all_features()), content)
    written = readme.split("<!-- keys: generated -->", 1)[1].split("<!-- keys: end -->", 1)[0]
    assert key_cells(written) == key_cells(generated)
    assert written.strip() == generated.strip(), "run `python -m hvviz.shell.actions` and paste its tables into README.md"
