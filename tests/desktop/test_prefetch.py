"""``srscheck-gui CHART`` reads the chart in a second process while the window starts; the window
gets exactly what reading it in-process gives, and any failure falls back to reading it in-process."""

from __future__ import annotations

from pathlib import Path

import pytest
from srscheck.desktop import launcher, prefetch, workers

from srscheck.core.messages import SrsError

from conftest import CRANIAL_PDF, TEXT_CHART


@pytest.mark.parametrize("chart", [CRANIAL_PDF, TEXT_CHART], ids=["pdf", "txt"])
def test_read_ahead_gives_the_same_result_as_reading_in_process(chart: Path) -> None:
    plain = workers.open_chart(chart, lambda sha: None)
    prefetch.start(chart)
    assert prefetch._started  # a process was started for it
    ahead = workers.open_chart(chart, lambda sha: None)
    assert not prefetch._started  # used once
    assert ahead.result.to_json() == plain.result.to_json()
    assert ahead.codes_origin == plain.codes_origin == "suggested"


def test_read_ahead_of_an_unreadable_chart_falls_back_to_the_usual_error(tmp_path: Path) -> None:
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4\n1 0 obj\n")
    prefetch.start(bad)
    assert prefetch.take([bad]) is None
    prefetch.start(bad)
    with pytest.raises(SrsError):
        workers.open_chart(bad, lambda sha: None)


def test_nothing_read_ahead_for_several_files_or_none() -> None:
    assert prefetch.take([CRANIAL_PDF]) is None  # never started
    assert prefetch.take([CRANIAL_PDF, TEXT_CHART]) is None


def test_launcher_starts_the_read_ahead_then_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[str] = []
    ran: list[list[str]] = []
    monkeypatch.setattr(prefetch, "start", lambda path: started.append(str(path)))
    import srscheck.desktop.app as app

    monkeypatch.setattr(app, "main", lambda argv: ran.append(list(argv)) or 0)
    assert launcher.main([str(CRANIAL_PDF)]) == 0
    assert started == [str(CRANIAL_PDF)] and ran == [[str(CRANIAL_PDF)]]
    assert launcher.main(["--version"]) == 0 and len(started) == 1
