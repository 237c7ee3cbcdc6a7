"""The page view as a PDF reader: Find across pages, the page list, go to page, paging keys, zoom."""

from __future__ import annotations

import re

import pytest
from conftest import SAMPLES
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

THREE_PAGES = SAMPLES / "s14_pituitary_25fx_three_pages.pdf"


@pytest.fixture
def three(window, qtbot):
    """The three-page sample on screen with its document read (words and boxes), as after opening."""
    from srscheck.nlp.reader import read_document

    doc = read_document(THREE_PAGES)
    window.resize(1280, 800)
    window.chart_view.load_course([THREE_PAGES])
    window.chart_view.set_document(doc)
    window.activateWindow()
    qtbot.waitExposed(window)
    return window, doc


def _key(widget, key, modifier=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(widget, key, modifier)


def test_find_counts_hits_and_steps_through_pages(three, qtbot):
    window, doc = three
    view = window.chart_view
    window.find_action.trigger()
    assert view.find_bar.isVisible() and view.find_bar.edit.hasFocus()
    expected = [doc.page_at(m.start()) for m in re.finditer(r"fraction", doc.text, re.I)]
    assert len(set(expected)) == 3, "the word is on every page"
    QTest.keyClicks(view.find_bar.edit, "FRACTION")
    qtbot.waitUntil(lambda: view.find_bar.count.text() == f"1 of {len(expected)}", timeout=5000)
    assert view.pages.find_highlights, "the hits are highlighted"
    seen = []
    for n in range(len(expected)):
        _ev_doc, ev = view.hits[view.current_hit]
        seen.append(ev.page)
        assert view.find_bar.count.text() == f"{n + 1} of {len(expected)}"
        visible = view.pages.mapToScene(view.pages.viewport().rect()).boundingRect()
        page = view.pages.page_item(ev.page)
        box = ev.boxes[0]
        assert visible.contains(page.mapToScene(box.x0, box.top)), "the hit is scrolled into view"
        _key(view.find_bar.edit, Qt.Key.Key_Return)
    assert seen == expected
    assert view.find_bar.count.text() == f"1 of {len(expected)}", "Enter after the last hit wraps round"
    _key(view.find_bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert view.find_bar.count.text() == f"{len(expected)} of {len(expected)}"
    assert view.pages.current_page() == 3 and view.page_box.value() == 3

    view.find("no such words here")
    assert view.find_bar.count.text() == "no matches" and not view.pages.find_highlights
    _key(view.find_bar.edit, Qt.Key.Key_Escape)
    assert not view.find_bar.isVisible()


def test_find_before_the_chart_is_read_says_so(window):
    window.chart_view.load_course([THREE_PAGES])
    window.chart_view.open_find()
    assert window.chart_view.find("treatment") == 0
    assert "reading" in window.chart_view.find_bar.count.text()


def test_page_list_go_to_page_and_paging_keys(three, qtbot):
    window, _doc = three
    view = window.chart_view
    pages = view.pages
    assert view.page_list.count() == 3 and view.page_list.isVisible()
    assert view.page_list.accessibleName()
    qtbot.waitUntil(lambda: view.thumbnails_done, timeout=10000)
    thumb = view.page_list.item(1).icon().pixmap(view.page_list.iconSize()).toImage()
    assert not thumb.isNull()
    assert any(thumb.pixelColor(x, y).lightness() < 200 for x in range(0, thumb.width(), 3)
               for y in range(0, thumb.height(), 3)), "the thumbnail shows the page, not a blank sheet"

    view.page_list.setCurrentRow(2)
    assert pages.current_page() == 3 and view.page_box.value() == 3
    window.goto_action.trigger()
    assert view.page_box.hasFocus()
    view.page_box.setValue(2)
    assert pages.current_page() == 2 and view.page_list.currentRow() == 1
    assert window.page_label.text() == "Page 2 of 3"

    pages.setFocus()
    _key(pages, Qt.Key.Key_End)
    assert pages.current_page() == 3
    _key(pages, Qt.Key.Key_Home)
    assert pages.current_page() == 1 and pages.verticalScrollBar().value() == pages.verticalScrollBar().minimum()
    before = pages.verticalScrollBar().value()
    _key(pages, Qt.Key.Key_Space)
    after = pages.verticalScrollBar().value()
    assert after > before
    _key(pages, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    assert pages.verticalScrollBar().value() == before
    _key(pages, Qt.Key.Key_PageDown)
    assert pages.verticalScrollBar().value() == after


def test_zoom_keys_level_shown_fit_width_and_fit_page(three, qtbot):
    window, _doc = three
    view = window.chart_view
    pages = view.pages
    start = pages.zoom
    assert view.zoom_label.text() == f"{round(start * 100)}%"
    pages.setFocus()
    _key(pages, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert pages.zoom == pytest.approx(start * 1.2)
    assert view.zoom_label.text() == f"{round(pages.zoom * 100)}%"
    _key(pages, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    _key(pages, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert pages.zoom == pytest.approx(start / 1.2)
    _key(pages, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert pages.zoom == pytest.approx(1.0) and view.zoom_label.text() == "100%"

    view.page_box.setValue(2)
    _key(pages, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert pages.fit_mode == "page"
    page = pages.page_item(2)
    visible = pages.mapToScene(pages.viewport().rect()).boundingRect()
    assert visible.contains(page.mapRectToScene(page.boundingRect())), "the whole page is in view"
    assert pages.current_page() == 2

    _key(pages, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert pages.fit_mode == "width"
    width = pages.mapFromScene(page.mapRectToScene(page.boundingRect())).boundingRect().width()
    assert width == pytest.approx(pages.viewport().width(), rel=0.1)


def test_shortcuts_are_listed_in_help(window):
    dialog = window.show_shortcuts()
    rows = dialog.rows()
    listed = {what for _keys, what in rows}
    for action in window.actions():
        if not action.shortcuts():
            continue
        assert action.text().replace("&", "").rstrip("…") in listed, action.text()
    keys = " ".join(k for k, _ in rows)
    for needed in ("Ctrl+F", "F2", "Ctrl+G", "Ctrl+=", "Ctrl+0", "Home", "Space"):
        assert needed in keys, needed
    dialog.close()


def test_trees_and_page_view_have_accessible_names(window):
    for widget in (window.facts_panel.tree, window.results_panel.tree, window.chart_view.pages,
                   window.chart_view.text, window.details, window.codes_bar.edit, window.chart_view.page_box):
        assert widget.accessibleName(), widget
