"""The append-only record of finished charts, so a second run skips what has not changed."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any, Iterable

from .jobs import write_atomic

MANIFEST = "manifest.jsonl"


class Manifest:
    """Append-only record of finished charts (one JSON line each; the last line for a chart wins)."""

    def __init__(self, out_dir: Path) -> None:
        self.path = out_dir / MANIFEST
        self.entries: dict[str, dict[str, Any]] = {}
        self._load()
        self._fh: io.TextIOWrapper | None = None

    def _load(self) -> None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return
        for line in text.splitlines():
            try:
                entry = json.loads(line)
                self.entries[str(entry["chart"])] = entry
            except (ValueError, KeyError, TypeError):
                continue  # a line torn by a crash: that chart is simply checked again

    def fresh(self, key: str, digest: str | None, outputs: Iterable[Path]) -> dict[str, Any] | None:
        """The recorded summary row when the chart is unchanged and its outputs are still there."""
        entry = self.entries.get(key)
        if not entry or digest is None or entry.get("digest") != digest:
            return None
        if not all(p.is_file() for p in outputs):
            return None
        row = entry.get("row")
        return row if isinstance(row, dict) else None

    def record(self, key: str, digest: str | None, row: dict[str, Any]) -> None:
        if digest is None or row.get("status") != "checked":
            self.entries.pop(key, None)
            return
        entry = {"chart": key, "digest": digest, "row": row}
        self.entries[key] = entry
        if self._fh is None:
            self._fh = open(self.path, "a", encoding="utf-8")
        self._fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self._fh.flush()

    def close(self) -> None:
        """Compact the manifest to one line per chart (atomically)."""
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        lines = [json.dumps(self.entries[k], ensure_ascii=False) for k in sorted(self.entries)]
        write_atomic(self.path, "".join(ln + "\n" for ln in lines))
