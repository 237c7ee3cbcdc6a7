"""A batch killed with SIGTERM or SIGKILL leaves no worker processes and no temporary files."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from _build import CHART_TEXT, chart_txt

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses /proc")


def _descendants(pid: int) -> set[int]:
    """Every process below ``pid`` (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    out: set[int] = set()
    todo = [pid]
    while todo:
        for c in children.get(todo.pop(), []):
            if c not in out:
                out.add(c)
                todo.append(c)
    return out


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _recorded(out: Path) -> int:
    try:
        return (out / "manifest.jsonl").read_text().count("\n")
    except OSError:
        return 0


def _wait_until(condition, limit: float = 120.0) -> bool:
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.2)
    return condition()


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_killed_batch_leaves_nothing_running(tmp_path: Path, sig: int) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(40):
        chart_txt(folder / f"c{i:02d}.txt", CHART_TEXT.replace("Summary:", f"Summary {i}:"))
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "srscheck", "batch", str(folder), "--out", str(out),
                             "--workers", "2", "--no-progress", "--reports"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert _wait_until(lambda: _recorded(out) >= 2 or proc.poll() is not None)
        workers = _descendants(proc.pid)
        assert proc.poll() is None and workers, "the batch should still be running, with workers"
        proc.send_signal(sig)
        status = proc.wait(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()
    assert _wait_until(lambda: not any(_alive(p) for p in workers), 60), "workers outlived the batch"
    if sig == signal.SIGTERM:
        assert status == 130
        summary = json.loads((out / "summary.json").read_text())
        assert summary["interrupted"] is True and summary["checked"] >= 2
        assert not list(out.rglob(".*.tmp")) and not list(out.rglob(".*.tmp.pdf"))
    # the next run finishes the rest (and removes what a SIGKILL left)
    done = subprocess.run([sys.executable, "-m", "srscheck", "batch", str(folder), "--out", str(out),
                           "--workers", "2", "--no-progress", "--reports"], capture_output=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert json.loads((out / "summary.json").read_text())["checked"] == 40
    assert not list(out.rglob(".*.tmp")) and not list(out.rglob(".*.tmp.pdf"))
