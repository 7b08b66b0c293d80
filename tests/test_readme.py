"""The README's front door stays true: its commands and key table match the app."""

from __future__ import annotations

import re
import subprocess

from conftest import REPO


def test_ci_runs_the_readme_test_command():
    """`.ci/run` finds exactly one command under "Run the tests", and it installs and runs pytest."""
    script = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    awk = re.search(r"command=\$\(awk '(.+)' README.md\)", script).group(1)
    found = subprocess.run(["awk", awk, str(REPO / "README.md")], capture_output=True, text=True, check=True).stdout.strip()
    assert found.count("\n") == 0
    assert "pip install '.[test]'" in found and "-m pytest" in found


def test_readme_key_table_lists_every_window_shortcut(window):
    """Each shortcut the window defines is documented in the README's key table."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Keys", 1)[1].split("##", 1)[0]
    for action in window.findChildren(type(window.replay_action)):
        shortcut = action.shortcut().toString()
        if shortcut:
            assert f"**{shortcut}**" in table or f", **{shortcut}**" in table or shortcut in table, shortcut
