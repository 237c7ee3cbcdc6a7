"""What the app remembers between sessions, stored with :class:`QSettings`.

Tests point QSettings at a temporary folder (``QSettings.setPath``), so nothing here knows about files.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 10


def _as_list(value: object) -> list[str]:
    """QSettings returns a str for a one-item list and None for an empty one (INI format)."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]  # type: ignore[union-attr]


class AppSettings:
    """Typed access to the app's settings (one place for every key)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._qs = settings if settings is not None else QSettings()

    # -- recent files ---------------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        return _as_list(self._qs.value("recent/files"))

    def add_recent_file(self, *paths: str | Path) -> list[str]:
        """A chart (or the files of one course, kept as one entry: their paths on separate lines)."""
        path = "\n".join(str(Path(p).resolve()) for p in paths)
        files = [path] + [p for p in self.recent_files() if p != path]
        files = files[:MAX_RECENT]
        self._qs.setValue("recent/files", files)
        return files

    def remove_recent_file(self, path: str) -> None:
        self._qs.setValue("recent/files", [p for p in self.recent_files() if p != path])

    def clear_recent_files(self) -> None:
        self._qs.remove("recent/files")

    # -- folders and the coder --------------------------------------------------------------------
    def _text(self, key: str, default: str = "") -> str:
        value = self._qs.value(key, default)
        return str(value) if value is not None else default

    def open_folder(self) -> str:
        return self._text("folders/open")

    def set_open_folder(self, folder: str | Path) -> None:
        self._qs.setValue("folders/open", str(folder))

    def report_folder(self) -> str:
        return self._text("folders/report")

    def set_report_folder(self, folder: str | Path) -> None:
        self._qs.setValue("folders/report", str(folder))

    def coder_name(self) -> str:
        return self._text("coder/name")

    def set_coder_name(self, name: str) -> None:
        self._qs.setValue("coder/name", name.strip())

    # -- claimed codes per chart (by the file's SHA-256) -----------------------------------------
    def codes_for(self, sha256: str) -> tuple[str, ...] | None:
        """Codes the coder entered for this chart before, or None when never set."""
        key = f"codes/{sha256}"
        if not self._qs.contains(key):
            return None
        return tuple(c for c in self._text(key).split(",") if c)

    def codes_lookup(self) -> Callable[[str], tuple[str, ...] | None]:
        """:meth:`codes_for` for a worker thread: it opens its own QSettings on the same file."""
        file_name, fmt = self._qs.fileName(), self._qs.format()
        return lambda sha256: AppSettings(QSettings(file_name, fmt)).codes_for(sha256)

    def set_codes_for(self, sha256: str, codes: tuple[str, ...]) -> None:
        self._qs.setValue(f"codes/{sha256}", ",".join(codes))

    # -- window state ---------------------------------------------------------------------------
    def geometry(self, name: str) -> QByteArray | None:
        value = self._qs.value(f"window/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self._qs.setValue(f"window/{name}", value)

    def sync(self) -> None:
        self._qs.sync()
