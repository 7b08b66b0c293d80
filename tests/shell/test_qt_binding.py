"""The Qt binding installed is one hvviz can run on for hours, not just for a test run."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(object)


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True/False/None are immortal from Python 3.12")
def test_signal_emission_keeps_reference_counts(qapp):
    """PySide6 6.12.0 lost a reference to a bool on every emit; Python 3.11 then aborted.

    hvviz emits a signal on every click and key, so such a leak ends a lesson with a crash.
    pyproject.toml excludes that release; this test catches any other with the same bug.
    """
    emitter = _Emitter()
    received = []
    emitter.changed.connect(received.append)
    before = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    for value in (None, "type1.hw") * 50:
        emitter.changed.emit(value)
    received.clear()
    after = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    assert [a - b for a, b in zip(after, before)] == [0, 0, 0]
