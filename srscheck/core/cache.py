"""A per-user cache of data compiled from files (the reader's vocabulary, parsed checklist templates).

Entries are pickles, so they are only ever read from a folder the current user owns and nobody else can
write, and only from files the user owns that nobody else can write. Each entry carries its key (a hash
of everything it was built from: the data files, the code that builds it, library versions) and a
SHA-256 of its payload; anything that does not match, cannot be read or fails to unpickle is ignored,
and the caller builds from the files again and overwrites the entry atomically. The cache never changes
a result; it only skips work. Nothing here ever raises and nothing is reported: a read-only or odd
cache folder just means every run builds from the files.

Where: ``$SRSCHECK_CACHE`` if set, else ``$SRSCHECK_HOME/cache`` if set, else the platform's user cache
folder (platformdirs). ``SRSCHECK_CACHE=off`` (or ``0``/``none``) turns the cache off.
"""

from __future__ import annotations

import gc
import hashlib
import io
import os
import pickle
import re
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

FORMAT = b"srscheck-cache 1\n"
_OFF = {"off", "0", "none", "no", "false"}


def cache_dir() -> Path | None:
    """The cache folder, or None when the cache is turned off."""
    env = os.environ.get("SRSCHECK_CACHE")
    if env is not None:
        return None if env.strip().lower() in _OFF or not env.strip() else Path(env)
    home = os.environ.get("SRSCHECK_HOME")
    if home:
        return Path(home) / "cache"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("srscheck", appauthor=False))


def digest(*parts: str | bytes) -> str:
    """SHA-256 over ``parts`` (each length-prefixed, so ("ab", "c") and ("a", "bc") differ)."""
    h = hashlib.sha256()
    for p in parts:
        b = p.encode("utf-8") if isinstance(p, str) else bytes(p)
        h.update(len(b).to_bytes(8, "little"))
        h.update(b)
    return h.hexdigest()


def files_digest(paths: Iterable[Path], root: Path | None = None) -> str:
    """One hash of the names and contents of ``paths`` (sorted; unreadable files count as missing)."""
    h = hashlib.sha256()
    for p in sorted(Path(x) for x in paths):
        name = str(p.relative_to(root)) if root is not None else str(p)
        try:
            data = p.read_bytes()
        except OSError:
            data = b"\0missing"
        h.update(digest(name, data).encode("ascii"))
    return h.hexdigest()


def folder_digest(folder: Path) -> str:
    """The hash of every file under ``folder`` (recursively), so a new file changes it too."""
    folder = Path(folder)
    try:
        files = [p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    except OSError:
        files = []
    return files_digest(files, folder)


def runtime_tag() -> str:
    """The interpreter's version: pickles are only reused by the same Python."""
    return f"{sys.implementation.name}-{sys.version_info[0]}.{sys.version_info[1]}-{sys.version_info[2]}"


# --------------------------------------------------------------------------------------------------
# Compiled regular expressions: pickle keeps only a pattern's source and compiles it again on loading,
# which for the vocabulary's long alternations is most of the load. An entry keeps the compiled code
# instead (CPython's own compiler output, checked equal to the pattern when stored; the key holds the
# exact Python version) and loading hands it straight to the regex engine.
# --------------------------------------------------------------------------------------------------

def _compiled_args(p: re.Pattern[Any]) -> tuple[Any, ...] | None:
    try:
        import _sre
        from re import _compiler, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(p.pattern, p.flags)
        code = [int(c) for c in _compiler._code(parsed, p.flags)]
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for k, i in groupindex.items():
            indexgroup[i] = k
        args = (p.pattern, p.flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex,
                tuple(indexgroup))
        return args if _sre.compile(*args) == p else None  # Pattern equality compares the code too
    except Exception:  # noqa: BLE001 - another Python: pickle the pattern the usual way
        return None


def _loads(payload: bytes) -> Any:
    """Unpickle without the cyclic garbage collector: it would walk the whole heap (spaCy's included)
    many times while the entry's thousands of small objects are made, for nothing to collect."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(payload)
    finally:
        if enabled:
            gc.enable()


def restore_pattern(*args: Any) -> re.Pattern[Any]:
    """A compiled pattern from what :func:`_compiled_args` kept (re-compiled if that fails)."""
    try:
        import _sre

        return _sre.compile(*args)  # type: ignore[no-any-return]
    except Exception:  # noqa: BLE001
        return re.compile(args[0], args[1])


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, re.Pattern):
            args = _compiled_args(obj)
            if args is not None:
                return restore_pattern, args
        return NotImplemented


def dumps(obj: Any) -> bytes:
    buf = io.BytesIO()
    _Pickler(buf, protocol=pickle.HIGHEST_PROTOCOL).dump(obj)
    return buf.getvalue()


# --------------------------------------------------------------------------------------------------
# Safety: only the user's own, private files
# --------------------------------------------------------------------------------------------------

def _private(st: os.stat_result) -> bool:
    """Owned by us and not writable by group or others (POSIX); Windows folders are per-user by ACL."""
    if not hasattr(os, "getuid"):
        return True
    return st.st_uid == os.getuid() and not (st.st_mode & (stat.S_IWGRP | stat.S_IWOTH))


def _safe_folder(folder: Path) -> bool:
    """The folder is a real directory (not a link) that only we can write, inside a parent that others
    cannot use to swap it (owned by us or root, and not writable by others unless sticky like /tmp)."""
    try:
        st = os.lstat(folder)
    except OSError:
        return False
    if not stat.S_ISDIR(st.st_mode) or not _private(st):
        return False
    if not hasattr(os, "getuid"):
        return True
    try:
        pst = os.stat(folder.parent)
    except OSError:
        return False
    if pst.st_uid not in (0, os.getuid()):
        return False
    return not (pst.st_mode & (stat.S_IWGRP | stat.S_IWOTH)) or bool(pst.st_mode & stat.S_ISVTX)


def _entry_path(folder: Path, name: str) -> Path:
    return folder / f"{name}.pickle"


def load(name: str, key: str) -> Any | None:
    """The object stored under ``name`` if it was stored with ``key`` and is intact, else None."""
    try:
        folder = cache_dir()
        if folder is None or not _safe_folder(folder):
            return None
        path = _entry_path(folder, name)
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode) or not _private(st) or st.st_size > 512 * 1024 * 1024:
                return None
            with os.fdopen(fd, "rb", closefd=False) as fh:
                data = fh.read()
        finally:
            os.close(fd)
        head = FORMAT + key.encode("ascii") + b"\n"
        if not data.startswith(head):
            return None
        body = data[len(head):]
        check, payload = body[:64], body[65:]
        if body[64:65] != b"\n" or hashlib.sha256(payload).hexdigest().encode("ascii") != check:
            return None
        return _loads(payload)
    except Exception:  # noqa: BLE001 - a cache that cannot be used is simply not used
        return None


def store(name: str, key: str, obj: Any) -> bool:
    """Write ``obj`` under ``name`` (atomically: a private temporary file, then a rename); False when
    the cache is off or cannot be written. Never raises."""
    try:
        folder = cache_dir()
        if folder is None:
            return False
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _safe_folder(folder):
            return False
        payload = dumps(obj)
        data = (FORMAT + key.encode("ascii") + b"\n" + hashlib.sha256(payload).hexdigest().encode("ascii")
                + b"\n" + payload)
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)  # mode 0600
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, _entry_path(folder, name))
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
        return True
    except Exception:  # noqa: BLE001
        return False


__all__ = ["cache_dir", "digest", "files_digest", "folder_digest", "load", "store", "runtime_tag"]
