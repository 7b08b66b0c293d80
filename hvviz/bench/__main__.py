"""`python -m hvviz.bench`: run every measure and print the figures as JSON."""

from __future__ import annotations

import argparse
import json
import os
import sys

from hvviz.bench import TARGETS, __doc__ as BENCH_DOC
from hvviz.bench.clicks import measure_click_to_note, measure_first_chart
from hvviz.bench.frames import measure_frames, measure_io_frames, measure_transition_frames
from hvviz.bench.startup import measure_instructions, measure_startup


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m hvviz.bench", description=BENCH_DOC.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="start-up runs of each program (default 7)")
    parser.add_argument("--instructions", action="store_true",
                        help="also count start-up in instructions with valgrind (steady on a busy machine; about a minute)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    startup, memory = measure_startup(args.runs)
    frames = measure_frames([(1920, 1080), (3840, 2160)])
    click = measure_click_to_note()
    io_frames = measure_io_frames([(1920, 1080), (3840, 2160)])
    first_chart = measure_first_chart()
    transitions = measure_transition_frames([(1920, 1080), (3840, 2160)])
    figures = {
        "platform": os.environ["QT_QPA_PLATFORM"],
        "python": sys.version.split()[0],
        "startup": startup,
        "memory": memory,
        "frame": frames,
        "click_to_note": click,
        "io_frame": io_frames,
        "first_chart": first_chart,
        "lesson_transition_frame": transitions,
    }
    if args.instructions:
        figures["startup_instructions"] = measure_instructions() or "valgrind not found"
    met = {
        "startup_ratio": startup["ratio"] <= TARGETS["startup_ratio"],
        "no_heavy_modules_at_startup": not startup["heavy_modules_at_startup"],
        "memory_ratio": memory["ratio"] <= TARGETS["memory_ratio"],
        "frame_p95_1920x1080": frames["1920x1080"]["p95_ms"] <= TARGETS["frame_p95_ms_1920x1080"],
        "frame_p95_3840x2160": frames["3840x2160"]["p95_ms"] <= TARGETS["frame_p95_ms_3840x2160"],
        "click_to_note": click["p95_ms"] <= TARGETS["click_to_note_ms"],
        "io_frame_p95_1920x1080": io_frames["1920x1080"]["p95_ms"] <= TARGETS["frame_p95_ms_1920x1080"],
        "io_frame_p95_3840x2160": io_frames["3840x2160"]["p95_ms"] <= TARGETS["frame_p95_ms_3840x2160"],
        "no_heavy_modules_before_first_chart": not first_chart["heavy_modules_before"],
        "transition_p95_1920x1080": bool(transitions) and transitions["1920x1080"]["p95_ms"] <= TARGETS["frame_p95_ms_1920x1080"],
        "transition_p95_3840x2160": bool(transitions) and transitions["3840x2160"]["p95_ms"] <= TARGETS["frame_p95_ms_3840x2160"],
    }
    figures["targets"] = TARGETS
    figures["targets_met"] = met
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
