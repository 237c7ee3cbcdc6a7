"""The coder's saved corrections, one file per chart, kept by the chart's SHA-256.

The folder is ``$SRSCHECK_HOME/corrections`` (or ``platformdirs.user_data_dir("srscheck")/corrections``),
next to the user's templates. Each chart has ``<sha256>.json``::

    {"store_version": 1, "sha256": "...", "file": "chart.pdf",
     "corrections": [{"target": "lesions.2.site", "value": "cranial", "set_by": "J. Coder",
                      "set_at": "2026-12-01T23:40:00+00:00", "lesion_name": "Lesion 2"}, ...]}

Writes are atomic (a crash leaves the old file); a file that cannot be read is one warning and is
set aside as ``<sha256>.json.corrupt`` the next time corrections are saved for that chart, never
deleted. A chart whose bytes changed has another SHA-256 and starts clean; :meth:`CorrectionStore.
stale_note` says when corrections exist for the same file name under another hash.

``check`` and ``batch`` (through :func:`srscheck.api.check_reading` with ``saved=True``) and the app
apply them the same way.
"""

from __future__ import annotations

import getpass
import json
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from srscheck.checklists.templates import user_home
from srscheck.core.corrections import Correction, merge, name_lesions, reader_facts, stamp
from srscheck.core.fileio import write_text_atomic
from srscheck.core.messages import Msg, OutputError, UsageError

STORE_VERSION = 1

Msg.E085 = "The saved corrections for {file} cannot be read ({detail}); they were not applied."
Msg.E086 = ("{file} has changed since corrections were saved for it on {when}; this version starts "
            "without corrections (see 'srscheck corrections list').")
Msg.E087 = "There is no saved correction {target!r} for {file}."


def default_folder() -> Path:
    return user_home() / "corrections"


def coder_name(explicit: str | None = None) -> str:
    """The coder's name: given, else $SRSCHECK_CODER, else the login name."""
    if explicit and explicit.strip():
        return explicit.strip()
    env = os.environ.get("SRSCHECK_CODER", "").strip()
    if env:
        return env
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"


@dataclass(frozen=True)
class Saved:
    """The corrections saved for one chart (by hash), and a warning when the file could not be read."""

    sha256: str
    file: str
    corrections: tuple[Correction, ...] = ()
    warning: str | None = None


class CorrectionStore:
    def __init__(self, folder: str | Path | None = None) -> None:
        self.folder = Path(folder) if folder is not None else default_folder()

    def path(self, sha256: str) -> Path:
        if not sha256 or not all(c in "0123456789abcdef" for c in sha256.lower()):
            raise UsageError("E080", target=sha256, why="a chart is named by its SHA-256")
        return self.folder / f"{sha256.lower()}.json"

    # -- reading -------------------------------------------------------------------------------
    def load(self, sha256: str, file: str = "") -> Saved:
        """The saved corrections of a chart; a damaged file gives a warning, not an error."""
        p = self.path(sha256)
        try:
            raw = p.read_text(encoding="utf-8")
        except FileNotFoundError:
            return Saved(sha256, file)
        except OSError as e:
            return Saved(sha256, file, (), str(UsageError("E085", file=file or p.name, detail=e.strerror or str(e))))
        try:
            data = json.loads(raw)
            corrections = tuple(Correction.from_json(d) for d in data["corrections"])
            return Saved(sha256, str(data.get("file") or file), corrections)
        except (ValueError, KeyError, TypeError, UsageError) as e:
            detail = e.sentence if isinstance(e, UsageError) else f"{p} is damaged"
            return Saved(sha256, file, (), str(UsageError("E085", file=file or p.name, detail=detail.rstrip("."))))

    def charts(self) -> list[Saved]:
        """Every chart with saved corrections (sorted by file name, then hash)."""
        out = []
        try:
            paths = sorted(self.folder.glob("*.json"))
        except OSError:
            return []
        for p in paths:
            out.append(self.load(p.stem))
        return sorted(out, key=lambda s: (s.file.lower(), s.sha256))

    def stale_note(self, sha256: str, file: str) -> str | None:
        """A sentence when corrections exist for a file of this name under another hash."""
        name = Path(file).name.lower()
        if not name:
            return None
        others = [s for s in self.charts() if s.sha256 != sha256 and Path(s.file).name.lower() == name
                  and s.corrections]
        if not others:
            return None
        when = max((c.set_at or "" for s in others for c in s.corrections), default="") or "an earlier date"
        return str(UsageError("E086", file=Path(file).name, when=when[:10]))

    # -- writing -------------------------------------------------------------------------------
    def save(self, sha256: str, file: str, corrections: Sequence[Correction], *,
             replace_all: bool = False) -> Saved:
        """Add (or with ``replace_all``, set) the corrections of a chart; returns what is saved now."""
        with self._locked():
            current = self.load(sha256, file)
            if current.warning:
                self._set_aside(sha256)
                current = Saved(sha256, file)
            merged = list(corrections) if replace_all else merge(current.corrections, corrections)
            self._write(sha256, Path(file).name or current.file, merged)
        return Saved(sha256, Path(file).name or current.file, tuple(merged))

    def remove(self, sha256: str, targets: Iterable[str], file: str = "") -> Saved:
        """Remove saved corrections by target (``lesions.2.site``, ``lesion_count`` ...)."""
        with self._locked():
            current = self.load(sha256, file)
            if current.warning:
                raise UsageError("E085", file=file or sha256[:12], detail="the file is damaged")
            left = list(current.corrections)
            for t in targets:
                t = t.strip()
                if not any(c.target == t for c in left):
                    raise UsageError("E087", target=t, file=current.file or file or sha256[:12])
                left = [c for c in left if c.target != t]
            self._write(sha256, current.file or file, left)
        return Saved(sha256, current.file or file, tuple(left))

    def clear(self, sha256: str) -> int:
        """Remove every saved correction of a chart; returns how many there were."""
        with self._locked():
            current = self.load(sha256)
            try:
                self.path(sha256).unlink()
            except FileNotFoundError:
                return 0
            except OSError as e:
                raise OutputError("E030", path=str(self.path(sha256)), detail=e.strerror or str(e)) from None
        return len(current.corrections)

    @contextmanager
    def _locked(self, wait: float = 10.0, stale: float = 60.0) -> Iterator[None]:
        """One writer at a time (the app and a 'check --set' may save together): a lock file made
        with O_EXCL; a lock older than ``stale`` seconds is left over from a crash and is taken over."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise OutputError("E030", path=str(self.folder), detail=e.strerror or str(e)) from None
        lock = self.folder / ".lock"
        deadline = time.monotonic() + wait
        while True:
            try:
                fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
                break
            except FileExistsError:
                try:
                    if time.time() - lock.stat().st_mtime > stale:
                        lock.unlink()
                        continue
                except OSError:
                    continue
                if time.monotonic() > deadline:
                    raise OutputError("E030", path=str(lock),
                                      detail="another srscheck is saving corrections; try again") from None
                time.sleep(0.02)
            except OSError as e:
                raise OutputError("E030", path=str(lock), detail=e.strerror or str(e)) from None
        try:
            yield
        finally:
            os.close(fd)
            try:
                lock.unlink()
            except OSError:
                pass

    def _write(self, sha256: str, file: str, corrections: Sequence[Correction]) -> None:
        p = self.path(sha256)
        if not corrections:
            try:
                p.unlink()
            except FileNotFoundError:
                pass
            except OSError as e:
                raise OutputError("E030", path=str(p), detail=e.strerror or str(e)) from None
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise OutputError("E030", path=str(self.folder), detail=e.strerror or str(e)) from None
        data: dict[str, Any] = {"store_version": STORE_VERSION, "sha256": sha256.lower(), "file": file,
                                "corrections": [c.to_json() for c in corrections]}
        write_text_atomic(p, json.dumps(data, indent=2, ensure_ascii=False) + "\n")

    def _set_aside(self, sha256: str) -> None:
        p = self.path(sha256)
        try:
            os.replace(p, p.with_name(p.name + ".corrupt"))
        except OSError:
            pass


def default_store() -> CorrectionStore:
    """The store in the user data folder (follows SRSCHECK_HOME at each call)."""
    return CorrectionStore()




# --------------------------------------------------------------------------------------------------
# For the app: record and forget corrections of the chart on screen
# --------------------------------------------------------------------------------------------------

def record(reading: Any, corrections: Sequence[Correction], *, coder: str | None = None,
           store: CorrectionStore | None = None) -> Saved:
    """Save the coder's corrections for the chart of ``reading`` (the reader's or a corrected one):
    stamped with the coder's name and the time, each ``lesions.N`` correction with the reader's name of
    lesion N, ``lesions.+`` numbered. Name a lesion by its ``Lesion.ref`` ("2", or "+1" for one the coder
    added), not by its row: ``make(f"lesions.{les.ref}.site", "cranial")``. Then re-check with
    ``check_reading(reading, codes, saved=True)``."""
    st = store if store is not None else default_store()
    doc = reading.document
    todo = name_lesions(stamp(corrections, coder_name(coder)), reader_facts(reading.facts))
    return st.save(doc.sha256, Path(doc.file).name, todo)


def forget(reading: Any, targets: Iterable[str], *, store: CorrectionStore | None = None) -> Saved:
    """Remove saved corrections of the chart of ``reading`` by target (``lesions.2.site`` ...)."""
    st = store if store is not None else default_store()
    doc = reading.document
    return st.remove(doc.sha256, targets, Path(doc.file).name)


def saved_for(reading: Any, *, store: CorrectionStore | None = None) -> Saved:
    """The corrections saved for the chart of ``reading`` (with a warning if the file is damaged)."""
    st = store if store is not None else default_store()
    doc = reading.document
    return st.load(doc.sha256, Path(doc.file).name)


__all__ = ["CorrectionStore", "Saved", "STORE_VERSION", "coder_name", "default_folder", "default_store",
           "forget", "record", "saved_for"]
