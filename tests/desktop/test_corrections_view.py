"""The coder corrects single lesions (edit, add with its page, strike), the checks re-run in the worker,
corrections are saved per chart with the coder's name and time, come back when the chart is reopened,
and are removed one by one; codes with units and modifiers are taken as typed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import CRANIAL_PDF, hand_reading, wait_for_result
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog
from srscheck.desktop.corrections_view import LesionDialog

from srscheck.api import check_reading

CODER = "TESTCODER, ANA"


@pytest.fixture
def shown(window):
    window.settings.set_coder_name(CODER)
    window.path = CRANIAL_PDF
    window._paths = (CRANIAL_PDF,)
    window.chart_view.load_course([CRANIAL_PDF])
    reading = hand_reading()
    result = check_reading(reading, ("77372", "61796", "61797"))
    window._base_reading = reading
    window._claimed = result.claimed
    window.codes_bar.set_codes(result.claimed)
    window.show_result(result)
    return window


def _answer(monkeypatch, fill):
    """LesionDialog.exec fills the fields like the coder would and presses OK."""
    def exec_(dialog: LesionDialog) -> int:
        fill(dialog)
        dialog.accept()
        return QDialog.DialogCode.Accepted if dialog.result() == QDialog.DialogCode.Accepted else 0
    monkeypatch.setattr(LesionDialog, "exec", exec_)


def test_edit_a_lesion_site_and_the_chart_facts_follow(shown, qtbot, monkeypatch, _isolated_home: Path):
    panel = shown.lesions_panel
    assert panel.row_count == 3
    panel.select_ref("2")
    _answer(monkeypatch, lambda d: d.site.setCurrentIndex(d.site.findData("spinal")))
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    result = wait_for_result(qtbot, shown, panel.edit_current)
    timer.stop()
    assert ticks, "the window kept running while the checks ran again"
    lesion = result.facts.lesions[1]
    assert lesion.site == "spinal" and lesion.mark("site").original == "cranial"
    assert "spinal" in result.facts.sites.value, "the chart's sites follow the lesions"
    assert result.facts.sites.overridden
    # saved per chart (by SHA-256) with the coder's name and the time
    saved = json.loads((_isolated_home / "corrections" / f"{result.reading.document.sha256}.json").read_text())
    entry = saved["corrections"][0]
    assert entry["target"] == "lesions.2.site" and entry["value"] == "spinal" and entry["set_by"] == CODER
    assert entry["set_at"]
    # listed, with who and when
    tree = shown.corrections_panel.tree
    assert tree.topLevelItemCount() == 1
    row = tree.topLevelItem(0)
    assert "lesion 2 site = spinal" in row.text(0) and row.text(2) == CODER and row.text(3)
    assert shown.fact_tabs.tabText(2).endswith("(1)")
    assert panel.table.item(1, 2).text() == "spinal"


def test_class_with_reason_dose_and_fractions(shown, qtbot, monkeypatch):
    shown.lesions_panel.select_ref("1")

    def fill(d: LesionDialog) -> None:
        d.complexity.setCurrentIndex(d.complexity.findData("complex"))
        d.reason.setText("abuts the brainstem")
        d.dose.setValue(24)
        d.fractions.setValue(3)
        d.name.setText("Left frontal metastasis (resection cavity)")

    _answer(monkeypatch, fill)
    result = wait_for_result(qtbot, shown, shown.lesions_panel.edit_current)
    les = result.facts.lesions[0]
    assert (les.complexity, les.dose_gy, les.fractions) == ("complex", 24.0, 3)
    assert les.name == "Left frontal metastasis (resection cavity)"
    assert "abuts the brainstem" in les.complexity_reasons
    targets = shown.corrections_panel.targets()
    assert {"lesions.1.complexity", "lesions.1.dose_gy", "lesions.1.fractions", "lesions.1.name"} <= set(targets)


def test_add_a_lesion_with_its_page_and_strike_one(shown, qtbot, monkeypatch):
    def fill(d: LesionDialog) -> None:
        d.name.setText("Right occipital metastasis")
        d.site.setCurrentIndex(d.site.findData("cranial"))
        d.dose.setValue(18)
        d.fractions.setValue(1)
        d.page.setValue(1)

    _answer(monkeypatch, fill)
    result = wait_for_result(qtbot, shown, shown.lesions_panel.add_lesion)
    assert len(result.facts.lesions) == 4 and result.facts.lesion_count.value == 4
    added = result.facts.lesions[-1]
    assert added.added and added.page == 1 and added.name == "Right occipital metastasis"
    assert shown.lesions_panel.row_count == 4

    shown.lesions_panel.select_ref("3")
    result = wait_for_result(qtbot, shown, shown.lesions_panel.strike_current)
    assert [les.name for les in result.facts.lesions].count("Left cerebellar metastasis") == 0
    assert result.facts.lesion_count.value == 3
    struck_rows = [r for r in range(shown.lesions_panel.row_count)
                   if shown.lesions_panel.table.item(r, 1).font().strikeOut()]
    assert len(struck_rows) == 1

    # removed one by one: the strike goes, the added lesion stays
    assert shown.corrections_panel.select_target("lesions.3")
    result = wait_for_result(qtbot, shown, shown.corrections_panel.remove_button.click)
    assert len(result.facts.lesions) == 4
    assert shown.corrections_panel.targets() == ["lesions.+1"]


def test_corrections_come_back_when_the_chart_is_reopened(shown, qtbot, monkeypatch):
    wait_for_result(qtbot, shown, lambda: shown.set_override("fractions", 3))

    def fill(d: LesionDialog) -> None:
        d.name.setText("Right occipital metastasis")
        d.site.setCurrentIndex(d.site.findData("cranial"))
        d.page.setValue(1)

    _answer(monkeypatch, fill)
    wait_for_result(qtbot, shown, shown.lesions_panel.add_lesion)
    result = wait_for_result(qtbot, shown, lambda: shown.open_chart(CRANIAL_PDF))
    assert result.facts.fractions.value == 3 and result.facts.fractions.overridden
    assert any(les.name == "Right occipital metastasis" for les in result.facts.lesions)
    assert set(shown.corrections_panel.targets()) == {"fractions", "lesions.+1"}
    row = shown.corrections_panel.tree.topLevelItem(0)
    assert row.text(2) == CODER


def test_f2_on_a_lesion_opens_the_lesion_editor(shown, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(LesionDialog, "exec", lambda d: opened.append(d.name.text()) or 0)
    shown.lesions_panel.select_ref("2")
    shown.correct_action.trigger()
    assert opened == ["Right parietal metastasis"]
    item = next(i for i in shown.facts_panel.tree.items("lesion") if i.text() == "Left cerebellar metastasis")
    shown.facts_panel.tree.select_item(item)
    shown.correct_action.trigger()
    assert opened[-1] == "Left cerebellar metastasis"


def test_codes_with_units_and_modifiers_are_accepted_as_typed(shown, qtbot):
    result = wait_for_result(qtbot, shown, lambda: shown.set_codes_text("77373x5; 61797 x2 77432-59"))
    assert not shown.codes_bar.error.isVisible()
    assert result.claimed == ("77373", "61797", "77432")
    assert [(c.code, c.units, c.modifiers) for c in result.claims] == [
        ("77373", 5, ()), ("61797", 2, ()), ("77432", None, ("59",))]
    assert shown.codes_bar.edit.text() == "77373x5, 61797 x2, 77432-59"
    assert shown.settings.codes_for(result.reading.document.sha256) == ("77373x5", "61797 x2", "77432-59")


@pytest.mark.parametrize("typed, gy", [("1800 cGy", 18.0), ("18 Gy(RBE)", 18.0), ("1800 rads", 18.0),
                                       ("24", 24.0), ("2400 centigray", 24.0)])
def test_a_dose_typed_in_any_unit_the_reader_knows(qtbot, typed, gy):
    """The lesion dialog's dose box takes a dose typed with its unit (srscheck.core.units) and keeps it in Gy;
    a unit that is no dose unit leaves the dose as it was."""
    from srscheck.core.model import Lesion

    d = LesionDialog(Lesion(name="Left frontal metastasis", site="cranial", complexity="simple", dose_gy=20.0,
                           fractions=1))
    qtbot.addWidget(d)
    d.dose.lineEdit().selectAll()
    qtbot.keyClicks(d.dose.lineEdit(), typed)
    d.dose.interpretText()
    assert d.dose.value() == gy
    assert [(c.target, c.value) for c in d.corrections("1")] == [("lesions.1.dose_gy", gy)]
    d.dose.lineEdit().selectAll()
    qtbot.keyClicks(d.dose.lineEdit(), "18 mGy")
    d.dose.interpretText()
    assert d.dose.value() == gy
