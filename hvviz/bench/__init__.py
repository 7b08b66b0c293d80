"""`python -m hvviz.bench`: hvviz's performance, measured against a bare Qt window in the same run.

Prints one JSON object:

- ``startup``: seconds from process start to the first fully painted frame, for a bare
  ``QMainWindow`` and for hvviz (same interpreter, same platform plugin), and their ratio
  (medians, and of the fastest runs); also whether pyqtgraph or numpy were imported by then
  (they must not be). hvviz's bytecode is compiled first, as an installed copy has it.
  ``korean_floor_ratio`` is a bare window that also draws a line of Hangul in the bundled
  font: what any Korean PySide6 window pays, and so not hvviz's to save.
- ``memory``: peak resident memory (MB) at that frame, for both, and the ratio.
- ``frame``: milliseconds to render one frame of the build-up animation at 1920x1080 and
  3840x2160 (median and p95 over the animation), beside an empty scene of the same size.
- ``click_to_note``: milliseconds from a mouse click on a layer to the note being painted.
- ``io_frame``: milliseconds per frame while the I/O request travels, at 1080p and 4K.
- ``first_chart``: milliseconds from opening the cost tab to its chart painted, counting
  the import of pyqtgraph and numpy (which must not be loaded before).
- ``lesson_transition_frame``: milliseconds per frame while moving through the lesson's steps.
- ``startup_instructions`` (with ``--instructions``; needs valgrind): instructions each start-up
  program executes up to its first frame, counted by callgrind, and their ratios. Seconds vary
  from run to run on a busy machine; these counts do not, so they show what a change saves.

Runs off screen by default (``QT_QPA_PLATFORM=offscreen``), so it works without a display.
Targets (issue 2): start-up <= 1.5x and memory <= 1.6x the bare window; frame p95 <= 8 ms at
1080p and <= 16 ms at 4K; click to note <= 16 ms.
"""

from hvviz.bench.startup import measure_instructions, measure_startup

TARGETS = {
    "startup_ratio": 1.5,
    "memory_ratio": 1.6,
    "frame_p95_ms_1920x1080": 8.0,
    "frame_p95_ms_3840x2160": 16.0,
    "click_to_note_ms": 16.0,
}


__all__ = ["TARGETS", "measure_instructions", "measure_startup"]
