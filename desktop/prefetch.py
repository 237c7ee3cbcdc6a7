"""Read the chart named on the command line in a second process while the window starts.

``srscheck-gui CHART`` (:mod:`srscheck.desktop.launcher`) starts ``python -m srscheck.desktop.prefetch
CHART`` before Qt is even imported: on a second core that process imports spaCy, loads the pipeline (from
the start-up cache) and reads the chart, while the app imports Qt and shows its window. The window's
"open" job then takes the pickled :class:`Reading` from it instead of reading the chart again and runs the
checks (which need no spaCy); the app's own reader still loads in the background for the next chart.
Anything that goes wrong here (no second process, an unreadable chart, a crash) just means the job
reads the chart itself, which also gives the one-sentence error. No Qt here.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

_started: dict[Path, subprocess.Popen[bytes]] = {}


def _key(path: str | Path) -> Path:
    try:
        return Path(path).expanduser().resolve()
    except OSError:
        return Path(path)


def start(path: str | Path) -> None:
    """Start reading ``path`` in a separate process (never raises)."""
    try:
        _started[_key(path)] = subprocess.Popen(
            [sys.executable, "-m", "srscheck.desktop.prefetch", str(Path(path).expanduser())],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    except (OSError, ValueError):
        pass


def take(paths: Sequence[str | Path]) -> Any | None:
    """The Reading read ahead for ``paths`` (one file), or None; each read-ahead is used once."""
    if len(paths) != 1:
        return None
    proc = _started.pop(_key(paths[0]), None)
    if proc is None:
        return None
    try:
        data, _ = proc.communicate(timeout=300)
        if proc.returncode != 0 or not data:
            return None
        from srscheck.core.model import Reading

        reading = pickle.loads(data)  # our own child's output, over a pipe only it and we hold
        return reading if isinstance(reading, Reading) else None
    except Exception:  # noqa: BLE001 - the job reads the chart itself
        proc.kill()
        return None


def _main(argv: Sequence[str]) -> int:
    from srscheck.runtime import quiet_third_party

    quiet_third_party()
    from srscheck.nlp import read_course

    try:
        reading = read_course([Path(argv[0])])
    except Exception:  # noqa: BLE001 - the app reads the chart again and says what is wrong
        return 1
    sys.stdout.buffer.write(pickle.dumps(reading, protocol=pickle.HIGHEST_PROTOCOL))
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
