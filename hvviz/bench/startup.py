"""Start-up, measured: each program is a child process, timed to its first painted frame, and
counted in instructions by callgrind (the same on every run, unlike seconds)."""

from __future__ import annotations

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

CHILDREN = Path(__file__).parent / "children"
BARE = CHILDREN / "bare_window.py"
KOREAN_FLOOR = CHILDREN / "korean_floor.py"
HVVIZ = CHILDREN / "hvviz_window.py"


def child_env() -> dict:
    """The environment of a child: off screen by default, and hvviz importable from this checkout."""
    import hvviz

    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    package_root = str(Path(hvviz.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH", "")) if p)
    return env


def run_child(script: Path) -> dict:
    """Start a child; the clock stops when it reports its first frame, not when it exits."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=child_env())
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    _, err = child.communicate(timeout=120)
    if child.returncode != 0 or not line:
        raise RuntimeError(f"benchmark child failed: {err.strip()[-800:]}")
    data = json.loads(line)
    data["seconds"] = elapsed
    return data


def _compile_hvviz() -> None:
    """Bring hvviz's bytecode up to date, as pip does when it installs hvviz, so that a source
    checkout (where PYTHONDONTWRITEBYTECODE may be set) is not timed compiling its modules."""
    import compileall
    from pathlib import Path

    import hvviz

    compileall.compile_dir(Path(hvviz.__file__).parent, quiet=1)


def _warm_up() -> None:
    """Compile hvviz, then start each program once: the file cache is warm for all of them, and
    hvviz's content cache is filled, as a user's first start does."""
    _compile_hvviz()
    for code in (BARE, KOREAN_FLOOR, HVVIZ):
        run_child(code)


def measure_startup(runs: int) -> tuple[dict, dict]:
    """Interleaved runs of the bare window and hvviz, so machine noise hits both alike.

    hvviz starts as the `hvviz` command does, reading its content through the content cache
    (the warm-up run fills it, as a user's first start does)."""
    bare, floor, hvviz = [], [], []
    _warm_up()
    for _ in range(runs):
        bare.append(run_child(BARE))
        floor.append(run_child(KOREAN_FLOOR))
        hvviz.append(run_child(HVVIZ))
    bare_s = statistics.median(r["seconds"] for r in bare)
    hvviz_s = statistics.median(r["seconds"] for r in hvviz)
    bare_mb = statistics.median(r["peak_mb"] for r in bare)
    hvviz_mb = statistics.median(r["peak_mb"] for r in hvviz)
    bare_best = min(r["seconds"] for r in bare)
    hvviz_best = min(r["seconds"] for r in hvviz)
    startup = {
        "bare_s": round(bare_s, 3),
        "hvviz_s": round(hvviz_s, 3),
        "ratio": round(hvviz_s / bare_s, 2),
        # the fastest run of each: on a shared machine, the least disturbed by others
        "bare_best_s": round(bare_best, 3),
        "hvviz_best_s": round(hvviz_best, 3),
        "best_ratio": round(hvviz_best / bare_best, 2),
        "korean_floor_ratio": round(statistics.median(r["seconds"] for r in floor) / bare_s, 2),
        "heavy_modules_at_startup": sorted({m for r in hvviz for m in r["heavy_modules"]}),
        "runs": runs,
    }
    memory = {"bare_mb": round(bare_mb, 1), "hvviz_mb": round(hvviz_mb, 1), "ratio": round(hvviz_mb / bare_mb, 2)}
    return startup, memory


def count_instructions(script: Path | str) -> int:
    """Instructions a start-up child executes up to its first frame, counted by valgrind's callgrind
    (about 50 times slower than running it; string hashing is fixed so runs count alike)."""
    env = dict(child_env(), PYTHONHASHSEED="0")
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, str(script)]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)
    counted = re.search(r"Collected : (\d+)", result.stderr)
    if not result.stdout.startswith("{") or counted is None:
        raise RuntimeError(f"benchmark child failed under valgrind: {result.stderr.strip()[-800:]}")
    return int(counted.group(1))


def measure_instructions() -> dict | None:
    """Start-up in instructions rather than seconds: the same on every run however busy the machine
    is, so it shows what a change saves. Every instruction weighs alike (waiting on memory or disk
    is not in it), so it is a guide beside the seconds, not a replacement. None without valgrind."""
    if shutil.which("valgrind") is None:
        return None
    _warm_up()
    bare = count_instructions(BARE)
    floor = count_instructions(KOREAN_FLOOR)
    hvviz = count_instructions(HVVIZ)
    return {
        "bare_millions": round(bare / 1e6, 1),
        "korean_floor_millions": round(floor / 1e6, 1),
        "hvviz_millions": round(hvviz / 1e6, 1),
        "ratio": round(hvviz / bare, 3),
        "korean_floor_ratio": round(floor / bare, 3),
    }
