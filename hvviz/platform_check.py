"""Find the system libraries Qt's X11 (xcb) plugin needs before Qt aborts without them.

On a fresh Debian or Ubuntu desktop, Qt 6 stops with "Could not load the Qt platform
plugin xcb" and a core dump when, for example, libxcb-cursor0 is missing. We try to
load each library first and, if any is absent, print the one command that installs
them.
"""

from __future__ import annotations

import ctypes
import os
import sys
from typing import Callable, Mapping

#: shared library → Debian/Ubuntu package that provides it
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
}


def uses_xcb(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> bool:
    """Whether Qt will try the xcb plugin in this environment."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    if environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland":
        return False
    return bool(environ.get("DISPLAY"))


def _can_load(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def missing_xcb_packages(can_load: Callable[[str], bool] = _can_load) -> list[str]:
    """Debian package names of the xcb libraries that cannot be loaded."""
    return [package for library, package in XCB_LIBRARIES.items() if not can_load(library)]


def fix_command(packages: list[str]) -> str:
    return "sudo apt-get install -y " + " ".join(packages)


def xcb_problem(environ: Mapping[str, str] = os.environ, can_load: Callable[[str], bool] = _can_load) -> str | None:
    """A message naming the fix, or None when the window can open."""
    if not uses_xcb(environ):
        return None
    missing = missing_xcb_packages(can_load)
    if not missing:
        return None
    return (
        "hvviz cannot open a window: Qt's X11 plugin needs system libraries that are not installed.\n"
        "Install them with:\n\n"
        f"    {fix_command(missing)}\n\n"
        "(hvviz --screenshot FILE.png works without them.)"
    )
