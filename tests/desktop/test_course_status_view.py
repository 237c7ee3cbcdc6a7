"""The course status in the app: a row of the facts view with the chart's words, corrected through the
same dialog as any fact (saved, listed under Corrections, undone with "Use the reader's value"); when
the course was not delivered and codes for its services are claimed, the facts view and the top of the
checks say that this is why those codes are not supported."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from conftest import CRANIAL_PDF, hand_reading, wait_for_result
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog
from srscheck.desktop.dialogs import RESTORE, FactDialog
from srscheck.desktop.panels import DETAIL_ROLE, KEY_ROLE

from srscheck.api import check_reading
from srscheck.core.model import Fact
from srscheck.corrections import default_store

CODES = ("77372", "61796", "61797")


def _reading():
    """The sample cranial chart with its course status quoted from the chart ("... in one session")."""
    reading = hand_reading()
    doc = reading.document
    m = re.search(r"in one session", doc.text)
    status = Fact("delivered", (doc.evidence(m.start(), m.end(), rule="course_status:delivered"),))
    return reading.with_facts(replace(reading.facts, course_status=status))


@pytest.fixture
def shown(window):
    window.path = CRANIAL_PDF
    window._paths = (CRANIAL_PDF,)
    window.chart_view.load_course([CRANIAL_PDF])
    result = check_reading(_reading(), CODES)
    window._base_reading = result.reading
    window._claimed = result.claimed
    window.codes_bar.set_codes(result.claimed)
    window.show_result(result)
    return window


def _status_row(window):
    tree = window.facts_panel.tree
    item = next(i for i in tree.items("fact") if i.data(KEY_ROLE) == "course_status")
    return item, tree.model_.item(item.row(), 1)


def test_the_facts_view_shows_the_status_with_the_charts_words(shown):
    item, value = _status_row(shown)
    assert item.text() == "Course status" and value.text() == "delivered"
    shown.facts_panel.select_fact("course_status")
    assert "in one session" in shown.details.toPlainText()
    assert shown.facts_panel.correct_button.isEnabled()
    assert not shown.results_panel.tree.items("course_status"), "a delivered course needs no notice"


def test_correcting_the_status_through_the_fact_dialog(shown, qtbot, monkeypatch):
    seen: dict[str, object] = {}

    def accept(dialog):
        combo = dialog.findChild(QComboBox)
        seen["choices"] = [combo.itemData(i) for i in range(combo.count())]
        dialog.set_value("planned")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FactDialog, "exec", accept)
    shown.facts_panel.select_fact("course_status")
    result = wait_for_result(qtbot, shown, shown.correct_action.trigger)
    assert seen["choices"] == ["delivered", "planned", "recommended", "follow_up"]
    status = result.facts.course_status
    assert status.value == "planned" and status.overridden and status.original == "delivered"
    codes = {c.code: c for c in result.codes}
    assert all(not codes[c].consistent and codes[c].supported_units == 0 for c in ("77372", "61796"))

    # the facts view: red, the coder's, and the codes it leaves unsupported
    item, value = _status_row(shown)
    assert value.text() == "planned  (coder) — 77372, 61796, 61797 not supported"
    assert value.foreground().color() == Qt.GlobalColor.darkRed
    assert "this is why 77372, 61796 and 61797 are not supported" in item.data(DETAIL_ROLE)
    # the checks: the reason comes first
    top = shown.results_panel.tree.model_.item(0, 0)
    assert top.data(KEY_ROLE) == "course_status"
    assert top.text().startswith("Course status: Planned, not delivered (set by the coder). This is why 77372, "
                                 "61796 and 61797 are not supported — “in one session” (p.")
    # the audit trail: saved with the coder's name and time, listed under Corrections
    (saved,) = default_store().charts()
    assert [(c.target, c.value) for c in saved.corrections] == [("course_status", "planned")]
    assert [a.correction.target for a in result.corrections] == ["course_status"]
    assert shown.corrections_panel.tree.topLevelItem(0).text(0) == "course_status = planned"
    assert shown.corrections_panel.tree.topLevelItem(0).text(1) == "delivered"

    # back to the reader's value
    back = wait_for_result(qtbot, shown, lambda: shown.set_override("course_status", RESTORE))
    assert back.facts.course_status.value == "delivered" and not back.facts.course_status.overridden
    assert all(c.consistent for c in back.codes if c.code in ("77372", "61796"))
    assert not shown.results_panel.tree.items("course_status")


def test_f2_on_the_stage_problem_corrects_the_status(shown, qtbot, monkeypatch):
    wait_for_result(qtbot, shown, lambda: shown.set_override("course_status", "recommended"))
    opened: list[str] = []
    monkeypatch.setattr(FactDialog, "exec", lambda self: opened.append(self.name) or QDialog.DialogCode.Rejected)
    problem = next(i for i in shown.results_panel.tree.items("problem") if "is for treatment delivered" in i.text())
    shown.results_panel.tree.setFocus()
    shown.results_panel.tree.select_item(problem)
    shown.correct_action.trigger()
    shown.results_panel.tree.select_item(shown.results_panel.tree.items("course_status")[0])
    shown.correct_action.trigger()
    assert opened == ["course_status", "course_status"]


def test_a_bad_status_is_refused_with_a_message(shown, messages):
    assert not shown.set_override("course_status", "finished")
    assert any(t.startswith("E023") and "course_status" in t for t in messages.texts())
    assert shown.result.facts.course_status.value == "delivered"


def test_the_bundling_note_is_on_the_suggestion_row(qtbot, tmp_path):
    """77290 suggested beside 77301: the checks tree's suggestion row and its details carry the payer note."""
    import sys
    from pathlib import Path

    from srscheck.desktop.hub import SignalHub
    from srscheck.desktop.panels import ResultsPanel

    from srscheck.api import analyze

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "cli"))
    from test_bundling_notes import CHART

    chart = tmp_path / "chart.txt"
    chart.write_text(CHART, encoding="utf-8")
    result = analyze(chart, "77372")
    panel = ResultsPanel(SignalHub())
    qtbot.addWidget(panel)
    panel.show_result(result)
    row = next(i for i in panel.tree.items("suggestion") if i.data(KEY_ROLE) == "77290")
    assert " Note: Payer bundling with 77301: some payers bundle simulation" in row.text()
    assert "coding-rules.md sections 4b (BCBS NC policy, commercial) and 1c" in row.data(DETAIL_ROLE)
    other = next(i for i in panel.tree.items("suggestion") if i.data(KEY_ROLE) == "77301")
    assert "Note:" not in other.text()
