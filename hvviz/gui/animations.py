"""Named durations and easings, and the build-up animation (Qt's animation framework).

Every animation made here is registered, so the stage can jump all of them to their
end state (for screenshots and tests) and a test can check that none is left running.
"""

from __future__ import annotations

import weakref
from typing import Iterable, Sequence

import shiboken6
from PySide6.QtCore import (
    QAbstractAnimation,
    QEasingCurve,
    QParallelAnimationGroup,
    QPointF,
    QPropertyAnimation,
    QSequentialAnimationGroup,
)
from PySide6.QtWidgets import QGraphicsObject

#: how long one layer takes to rise into place
RISE_MS = 380
#: the delay between one level of a stack and the next
STAGGER_MS = 140
#: how far below its place a layer starts, in scene units
RISE_DISTANCE = 40.0
#: how long titles and captions take to fade in
FADE_MS = 320
EASE_OUT = QEasingCurve.Type.OutCubic

_registry: "weakref.WeakSet[QAbstractAnimation]" = weakref.WeakSet()


def register(animation: QAbstractAnimation) -> QAbstractAnimation:
    _registry.add(animation)
    return animation


def running_animations() -> list[QAbstractAnimation]:
    """Registered animations that are still running (those Qt has deleted with their owner are not)."""
    return [a for a in list(_registry) if shiboken6.isValid(a) and a.state() == QAbstractAnimation.State.Running]


def _rise(item: QGraphicsObject, delay_ms: int) -> QSequentialAnimationGroup:
    final = item.pos()
    sequence = QSequentialAnimationGroup()
    if delay_ms:
        sequence.addPause(delay_ms)
    both = QParallelAnimationGroup()
    move = QPropertyAnimation(item, b"pos")
    move.setStartValue(final + QPointF(0, RISE_DISTANCE))
    move.setEndValue(final)
    move.setDuration(RISE_MS)
    move.setEasingCurve(EASE_OUT)
    fade = QPropertyAnimation(item, b"opacity")
    fade.setStartValue(0.0)
    fade.setEndValue(1.0)
    fade.setDuration(RISE_MS)
    fade.setEasingCurve(EASE_OUT)
    both.addAnimation(move)
    both.addAnimation(fade)
    sequence.addAnimation(both)
    return sequence


def _fade_in(item: QGraphicsObject, delay_ms: int) -> QSequentialAnimationGroup:
    sequence = QSequentialAnimationGroup()
    if delay_ms:
        sequence.addPause(delay_ms)
    fade = QPropertyAnimation(item, b"opacity")
    fade.setStartValue(0.0)
    fade.setEndValue(1.0)
    fade.setDuration(FADE_MS)
    fade.setEasingCurve(EASE_OUT)
    sequence.addAnimation(fade)
    return sequence


def build_up(levels: Sequence[Iterable[QGraphicsObject]], extras: Iterable[QGraphicsObject] = ()) -> QParallelAnimationGroup:
    """Layers rise into place level by level from the hardware up; `extras` fade in first.

    Items are put in their start state at once, so nothing flashes before its turn.
    """
    group = QParallelAnimationGroup()
    for item in extras:
        item.setOpacity(0.0)
        group.addAnimation(_fade_in(item, 0))
    for level, items in enumerate(levels):
        for item in items:
            animation = _rise(item, level * STAGGER_MS)
            item.setOpacity(0.0)
            group.addAnimation(animation)
    return register(group)


def finish(animation: QAbstractAnimation | None) -> None:
    """Jump an animation to its end state and stop it."""
    if animation is None:
        return
    if animation.state() != QAbstractAnimation.State.Stopped:
        animation.setCurrentTime(animation.totalDuration())
        animation.stop()


def transition(rising: Sequence[Iterable[QGraphicsObject]], leaving: Iterable[QGraphicsObject]) -> QParallelAnimationGroup:
    """A lesson step's change: new layers rise level by level while removed ones fade out and hide."""
    group = build_up(rising)
    for item in leaving:
        fade = QPropertyAnimation(item, b"opacity")
        fade.setStartValue(item.opacity())
        fade.setEndValue(0.0)
        fade.setDuration(FADE_MS)
        fade.setEasingCurve(EASE_OUT)

        def hide(item=item) -> None:
            item.setVisible(False)
            item.setOpacity(1.0)

        fade.finished.connect(hide)
        group.addAnimation(fade)
    return group


def restack(moves, rising: Sequence[Iterable[QGraphicsObject]], extras: Iterable[QGraphicsObject] = ()) -> QParallelAnimationGroup:
    """Stacks that stay glide from their old place to their new one; new stacks rise in."""
    group = build_up(rising, extras)
    for item, start, end in moves:
        glide = QPropertyAnimation(item, b"pos")
        glide.setStartValue(start)
        glide.setEndValue(end)
        glide.setDuration(RISE_MS)
        glide.setEasingCurve(EASE_OUT)
        group.addAnimation(glide)
    return group
