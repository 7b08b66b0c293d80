"""Frame costs: the build-up, the I/O request travelling and the lesson's transitions, each
painted by a stage view that times its paints."""

from __future__ import annotations

import statistics
import time


def _frame_stats(frames: list[float]) -> dict:
    return {"median_ms": round(statistics.median(frames), 2), "p95_ms": round(_percentile(frames, 0.95), 2), "frames": len(frames)}


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def _timed_stage():
    """A stage view, like the window's, that times each of its paints; returns (app, state, scene, view)."""
    from hvviz.app import application
    from hvviz.core.resources import default_content_dir
    from hvviz.features import load_pack
    from hvviz.features.stacks._qt.scene import StageScene
    from hvviz.features.stacks._qt.view import StageView
    from hvviz.gui.korean_font import register_fonts
    from hvviz.state import AppState

    class TimedView(StageView):
        def __init__(self, *args):
            super().__init__(*args)
            self.paint_ms: list[float] = []

        def paintEvent(self, event) -> None:
            start = time.perf_counter()
            super().paintEvent(event)
            self.paint_ms.append((time.perf_counter() - start) * 1000)

    app = application()
    state = AppState(load_pack(default_content_dir()), "ko")
    scene = StageScene(state, state.theme, register_fonts())
    return app, state, scene, TimedView(scene, state)


def measure_frames(sizes: list[tuple[int, int]], step_ms: int = 8) -> dict:
    """Frame cost of the build-up animation with the stage filling each size.

    The animation is stepped every `step_ms`; after each step the event loop runs, and
    every paint the view really does is timed (``frame``: what a user's machine pays,
    with Qt repainting only what changed). Each step is also repainted whole
    (``full_repaint``: the worst case). The baseline is an empty view of the same size.
    """
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

    app, state, scene, view = _timed_stage()
    empty_scene = QGraphicsScene()
    empty_scene.setBackgroundBrush(scene.backgroundBrush())
    empty = QGraphicsView(empty_scene)
    out = {}
    for width, height in sizes:
        for widget in (view, empty):
            widget.resize(width, height)
            widget.show()
            QTest.qWaitForWindowExposed(widget)
        view.fit()
        app.processEvents()

        def repaint(widget) -> float:
            start = time.perf_counter()
            widget.viewport().repaint()
            return (time.perf_counter() - start) * 1000

        view.paint_ms.clear()
        animation = scene.build_up()
        animation.pause()
        full = []
        for t in range(0, animation.totalDuration() + step_ms, step_ms):
            animation.setCurrentTime(min(t, animation.totalDuration()))
            app.processEvents()
        frames = list(view.paint_ms)
        animation.setCurrentTime(0)
        for t in range(0, animation.totalDuration() + step_ms, step_ms):
            animation.setCurrentTime(min(t, animation.totalDuration()))
            full.append(repaint(view))
        scene.finish_animations()
        app.processEvents()
        baseline = [repaint(empty) for _ in range(20)]
        out[f"{width}x{height}"] = {
            **_frame_stats(frames),
            "full_repaint_median_ms": round(statistics.median(full), 2),
            "full_repaint_p95_ms": round(_percentile(full, 0.95), 2),
            "empty_view_full_repaint_ms": round(statistics.median(baseline), 2),
        }
    view.close()
    empty.close()
    return out


def measure_io_frames(sizes: list[tuple[int, int]], product_id: str = "kvm", method: str = "paravirtual") -> dict:
    """Frame cost while the I/O request travels (4x speed), with the stage filling each size."""
    from PySide6.QtCore import QElapsedTimer
    from PySide6.QtTest import QTest

    from hvviz.features.io_path._qt.player import IoPlayer

    app, state, scene, view = _timed_stage()
    content = state.content
    player = IoPlayer(state, scene, scene.family)
    player.set_speed(4.0)
    state.show_stacks(content.products[product_id].shown_stacks())
    out = {}
    for width, height in sizes:
        view.resize(width, height)
        view.show()
        QTest.qWaitForWindowExposed(view)
        view.fit()
        app.processEvents()
        view.paint_ms.clear()
        state.set_io_method(None)
        state.set_io_method(method)
        clock = QElapsedTimer()
        clock.start()
        while player.is_playing() and clock.elapsed() < 30000:
            app.processEvents()
        out[f"{width}x{height}"] = _frame_stats(list(view.paint_ms))
    player.stop()
    view.close()
    return out


def measure_transition_frames(sizes: list[tuple[int, int]], step_ms: int = 8) -> dict:
    """Frame cost of moving through every lesson step, each transition stepped every `step_ms`."""
    from PySide6.QtTest import QTest

    app, state, scene, view = _timed_stage()
    content = state.content
    if not content.lesson:
        return {}
    out = {}
    for width, height in sizes:
        view.resize(width, height)
        view.show()
        QTest.qWaitForWindowExposed(view)
        state.go_to_step(0)
        scene.finish_animations()
        app.processEvents()
        view.paint_ms.clear()
        for index in range(1, len(content.lesson)):
            state.go_to_step(index)
            animation = scene.animation
            if animation is None or animation.state() != animation.State.Running:
                app.processEvents()  # a step that only changes the selection: one repaint
                continue
            animation.pause()
            for t in range(0, animation.totalDuration() + step_ms, step_ms):
                animation.setCurrentTime(min(t, animation.totalDuration()))
                app.processEvents()
            scene.finish_animations()
        out[f"{width}x{height}"] = _frame_stats(list(view.paint_ms))
    view.close()
    return out
