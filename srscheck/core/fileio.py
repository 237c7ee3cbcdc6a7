"""Writing files so that nothing is ever half-written: a temporary file in the target folder, fsync,
then an atomic rename. Any failure is one sentence (E030) and leaves the old file as it was."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .messages import OutputError


def write_bytes_atomic(path: Path, data: bytes) -> None:
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as e:
        raise OutputError("E030", path=str(path), detail=_reason(e)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, _mode_for(path))  # mkstemp makes the file private; keep the usual permissions
        os.replace(tmp, path)
    except OSError as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise OutputError("E030", path=str(path), detail=_reason(e)) from None


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def _mode_for(path: Path) -> int:
    """The replaced file's permissions, or what the user's umask gives a new file."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def _reason(e: OSError) -> str:
    return (e.strerror or str(e)).rstrip(".").lower()
