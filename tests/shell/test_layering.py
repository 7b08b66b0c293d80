"""The layering holds, and each of its contracts can fail: import-linter, run on the package and
on copies of it broken one rule at a time."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

import hvviz

CONTRACTS = {
    "core-is-qt-free": "The core imports no Qt and no pyqtgraph",
    "layers": "No import runs back up",
    "features-do-not-import-the-shell": "A feature never imports the shell that composes it",
    "features-are-independent": "A feature imports another only through the core",
}


def lint_imports(package_parent: Path, cwd: Path) -> subprocess.CompletedProcess:
    """import-linter with the project's contracts, on the hvviz found under `package_parent`."""
    env = dict(os.environ, PYTHONPATH=str(package_parent))
    command = [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command; "
               "sys.argv = ['lint-imports', '--no-cache']; lint_imports_command()"]
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd, timeout=120)


def test_every_contract_is_kept():
    """The package as it is keeps all four contracts."""
    result = lint_imports(REPO, REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert verdicts(result.stdout) == {name: False for name in CONTRACTS}


#: a forbidden import to add, and the contracts it breaks (importing the shell from a feature runs
#: back up the layers too)
BREAKS = {
    "core-is-qt-free": ("core/text.py", "from PySide6 import QtCore  # noqa\n", {"core-is-qt-free"}),
    "layers": ("core/text.py", "import hvviz.features  # noqa\n", {"layers"}),
    "features-do-not-import-the-shell": ("features/notes/markdown.py", "import hvviz.shell.words  # noqa\n",
                                         {"features-do-not-import-the-shell", "layers"}),
    "features-are-independent": ("features/charts/iocost.py", "import hvviz.features.lecture.records  # noqa\n",
                                 {"features-are-independent"}),
}


@pytest.mark.parametrize("contract", sorted(BREAKS))
def test_breaking_a_rule_fails_its_contract(contract, tmp_path):
    """A copy of hvviz with one forbidden import added breaks exactly the contract it should."""
    copy = tmp_path / "src"
    shutil.copytree(Path(hvviz.__file__).parent, copy / "hvviz", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    module, line, broken = BREAKS[contract]
    path = copy / "hvviz" / module
    path.write_text(line + path.read_text(encoding="utf-8"), encoding="utf-8")
    result = lint_imports(copy, tmp_path)
    assert result.returncode != 0
    assert verdicts(result.stdout) == {name: name in broken for name in CONTRACTS}, result.stdout


def verdicts(report: str) -> dict[str, bool]:
    """Each contract's verdict in import-linter's report (a long name may wrap): True if broken."""
    words = " ".join(report.split())
    out = {}
    for contract, name in CONTRACTS.items():
        after = words[words.index(name):]
        kept, broken = after.find(" KEPT"), after.find(" BROKEN")
        out[contract] = broken != -1 and (kept == -1 or broken < kept)
    return out
