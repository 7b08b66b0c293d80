"""Writing a file so that a reader never sees half of it, and a failure never destroys the old one.

The bytes go to a temporary file beside the target, are flushed to the disk and read back,
and only then replace the target in one step (`os.replace`). A full disk or an unwritable
folder raises `OSError` with a plain message, and leaves whatever was there before intact.
"""

from __future__ import annotations

import os
from pathlib import Path


def write_atomically(path: Path | str, data: bytes) -> None:
    import tempfile  # only when something is written: it is not light to import

    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as err:
        raise OSError(f"cannot write {path}: {err.strerror or err}") from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        with open(temporary, "rb") as back:
            if back.read() != data:
                raise OSError(f"cannot write {path}: what was written does not read back the same")
        os.replace(temporary, path)
    except OSError as err:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        if str(path) in str(err):
            raise
        raise OSError(f"cannot write {path}: {err.strerror or err}") from None
