"""The smaller things a coder met: F2 from the Checks tree, the status bar, a failed open, the Recent
menu, a small screen, typed codes while the chart is read, the template editor after Discard."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CRANIAL_PDF, SAMPLES, hand_reading, open_and_wait, wait_for_result
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox
from srscheck.desktop.dialogs import FactDialog
from srscheck.desktop.panels import KEY_ROLE, KIND_ROLE

from srscheck.api import check_reading
from srscheck.core.model import FACT_NAMES

THREE_PAGES = SAMPLES / "s14_pituitary_25fx_three_pages.pdf"


@pytest.fixture
def shown(window):
    window.path = CRANIAL_PDF
    window._paths = (CRANIAL_PDF,)
    window.chart_view.load_course([CRANIAL_PDF])
    result = check_reading(hand_reading(), ("77372", "61796", "63620"))
    window._base_reading = result.reading
    window._claimed = result.claimed
    window.codes_bar.set_codes(result.claimed)
    window.show_result(result)
    return window


def test_f2_in_the_checks_tree_corrects_the_fact_of_the_selected_check(shown, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(FactDialog, "exec", lambda self: opened.append(self.name) or QDialog.DialogCode.Rejected)
    shown.facts_panel.select_fact("modality")  # a fact selected elsewhere first
    shown.results_panel.tree.setFocus()
    assert shown.results_panel.select_requirement("positioning.immobilization", "77372")
    shown.correct_action.trigger()
    assert opened == ["positioning"], "F2 edits the fact the selected check rests on"

    problem = next(i for i in shown.results_panel.tree.items("problem") if "spinal" in i.text()
                   or "cranial" in i.text())
    shown.results_panel.tree.select_item(problem)
    shown.correct_action.trigger()
    assert opened[-1] == "sites"

    other = next(i for i in shown.results_panel.tree.items("requirement")
                 if i.parent().data(KEY_ROLE) not in FACT_NAMES)
    shown.results_panel.tree.select_item(other)
    shown.correct_action.trigger()
    assert len(opened) == 2, "a check that rests on no one fact opens no fact"
    assert "not on one fact" in shown.statusBar().currentMessage()

    shown.facts_panel.select_fact("fractions")
    shown.correct_action.trigger()
    assert opened[-1] == "fractions", "back in the facts tree, F2 edits the selected fact"


def test_status_bar_never_keeps_a_stale_evidence_page(shown):
    shown.facts_panel.select_fact("modality")
    assert shown.statusBar().currentMessage().startswith("Evidence on page 1")
    note = next(i for i in shown.results_panel.tree.items() if i.data(KIND_ROLE) == "suggestions")
    shown.results_panel.tree.select_item(note)
    assert shown.statusBar().currentMessage() == ""


def test_a_failed_open_keeps_the_chart_that_was_open(window, qtbot, tmp_path, messages):
    open_and_wait(qtbot, window, CRANIAL_PDF)
    before = window.result
    pages = window.chart_view.pages.page_count
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"this is not a PDF at all")
    with qtbot.waitSignal(window.runner.failed, timeout=120000):
        window.open_chart(bad)
    assert any(t.startswith("E002") for t in messages.texts()), messages.shown
    assert window.result is before and window.path == CRANIAL_PDF
    assert window.chart_view.pages.page_count == pages
    assert CRANIAL_PDF.name in window.file_label.text() and CRANIAL_PDF.name in window.windowTitle()
    assert window.export_action.isEnabled()
    assert window.facts_panel.tree.items("fact")
    result = wait_for_result(qtbot, window, lambda: window.set_codes_text("77372"))
    assert result.claimed == ("77372",), "the kept chart still checks"


def test_recent_menu_shows_the_folder_and_the_full_path(window, tmp_path):
    a = tmp_path / "clinic" / "march" / "chart.pdf"
    b = tmp_path / "clinic" / "april" / "chart.pdf"
    for p in (a, b):
        p.parent.mkdir(parents=True)
        p.write_bytes(b"%PDF-1.4")
    window.settings.add_recent_file(a)
    window.settings.add_recent_file(b)
    window.settings.add_recent_file(a, b)
    window.recent_menu.aboutToShow.emit()
    actions = [x for x in window.recent_menu.actions() if x.toolTip() and not x.isSeparator()][:3]
    texts = [x.text() for x in actions]
    assert "march" in texts[2] and "april" in texts[1], texts
    assert actions[2].toolTip() == str(a.resolve())
    assert "+ 1 more" in texts[0] and str(b.resolve()) in actions[0].toolTip()


def test_facts_and_problem_text_fit_a_1280x720_screen(shown, qtbot):
    tree = shown.facts_panel.tree
    shown.codes_bar.origin.setText("Suggested from the documentation; edit and press Enter to check yours.")
    shown.chart_view.open_find()
    for size in ((1480, 940), (1280, 720)):
        shown.resize(*size)
        qtbot.waitExposed(shown)
        qtbot.wait(50)
        facts = tree.items("fact")
        assert len(facts) == len(FACT_NAMES) == 7  # course_status is a fact too
        viewport = tree.viewport().rect()
        for item in facts:
            assert viewport.contains(tree.visualRect(item.index())), (size, item.text())
    rtree = shown.results_panel.tree
    problems = [i for i in rtree.items("problem")]
    assert problems
    long_one = max(problems, key=lambda i: len(i.text()))
    rtree.scrollTo(long_one.index())
    rect = rtree.visualRect(long_one.index())
    line = rtree.fontMetrics().height()
    assert rect.height() >= 2 * line, "a long problem wraps onto more lines"
    assert rect.right() <= rtree.viewport().width() + 1


def test_codes_typed_and_entered_while_the_chart_is_read_are_kept(window, qtbot):
    window.open_chart(CRANIAL_PDF)
    assert window.result is None
    window.codes_bar.edit.setFocus()
    QTest.keyClicks(window.codes_bar.edit, "77372, 61798")
    QTest.keyClick(window.codes_bar.edit, Qt.Key.Key_Return)
    with qtbot.waitSignal(window.hub.result_ready, timeout=120000) as blocker:
        pass
    result = blocker.args[0]
    assert result.claimed == ("77372", "61798")
    assert window.codes_bar.edit.text() == "77372, 61798"
    assert "Suggested" not in window.codes_bar.origin.text()
    assert window.settings.codes_for(result.reading.document.sha256) == ("77372", "61798")


def test_codes_being_typed_when_the_reading_ends_are_not_replaced(window, qtbot):
    window.open_chart(CRANIAL_PDF)
    QTest.keyClicks(window.codes_bar.edit, "77372, 613")
    with qtbot.waitSignal(window.hub.result_ready, timeout=120000):
        pass
    assert window.codes_bar.edit.text() == "77372, 613"
    assert "Suggested from" not in window.codes_bar.origin.text()
    assert window.result.claimed == ()


def test_template_editor_shows_no_stale_error_after_discard(window, qtbot, messages):
    editor = window.show_template_editor()
    qtbot.addWidget(editor)
    editor._select_in_list("77372")
    editor.load("77372")
    editor.set_text(editor.text().replace("category: imaging", "category: imagery", 1))
    assert editor.message.text().startswith("✖")
    messages.answer = QMessageBox.StandardButton.Discard
    assert editor.close()
    again = window.show_template_editor()
    assert again.message.text().startswith("✔"), again.message.text()
    assert not again.dirty


def test_a_course_view_switches_between_its_documents(window):
    window.chart_view.load_course([CRANIAL_PDF, THREE_PAGES])
    assert window.chart_view.documents.isVisible() and window.chart_view.documents.count() == 2
    window.chart_view.show_document(1)
    assert window.chart_view.pages.page_count == 3
    assert Path(window.chart_view.documents.currentData()).name == THREE_PAGES.name


def test_several_files_on_the_command_line_are_read_as_one_course(qtbot, monkeypatch):
    from PySide6.QtWidgets import QApplication
    from srscheck.desktop.app import launch, parse_args
    from srscheck.desktop.main_window import MainWindow

    opened: list = []
    monkeypatch.setattr(MainWindow, "open_chart", lambda self, paths: opened.append(paths))
    window = launch(parse_args([str(CRANIAL_PDF), str(THREE_PAGES)]), QApplication.instance())
    qtbot.addWidget(window)
    try:
        assert opened == [[CRANIAL_PDF, THREE_PAGES]]
    finally:
        import sys

        sys.excepthook = sys.__excepthook__
        window.runner.wait(60000)
