"""The Queries tab: each documentation query (header, question, indicators with page, options, recipient)
and the coder's findings, on a real chart read by the real pipeline."""

from __future__ import annotations

from pathlib import Path

from srscheck.desktop.panels import EVIDENCE_ROLE, KEY_ROLE

from srscheck.api import analyze

ROOT = Path(__file__).resolve().parents[2]
CHART = ROOT / "tests" / "blind_corpus7" / "c7_09.pdf"  # a declined mask (a finding) and open gaps (queries)


def _show(window, chart: Path, codes: str):
    result = analyze(chart, codes)
    window.path = chart
    window.chart_view.load_pdf(chart)
    window._base_reading = result.reading
    window._claimed = result.claimed
    window.codes_bar.set_codes(result.claimed)
    window.show_result(result)
    return result


def test_queries_tab_lists_each_query_with_indicators_options_and_recipient(window, qtbot):
    result = _show(window, CHART, "77372,77432")
    assert result.queries and result.findings
    tabs = window.check_tabs
    assert tabs.tabText(1) == f"&Queries ({len(result.queries)})"
    tabs.setCurrentIndex(1)
    tree = window.queries_panel.tree
    items = tree.items("query")
    assert [i.data(KEY_ROLE) for i in items] == [q.id for q in result.queries]
    for item, q in zip(items, result.queries):
        assert item.text() == f"{q.id}: {q.question}"
        assert item.parent() is None and tree.model_.item(item.row(), 1).text() == q.recipient
        indicators = [c for c in tree.items("indicator") if c.data(KEY_ROLE) == q.id]
        assert [c.data(EVIDENCE_ROLE)[0] for c in indicators] == list(q.indicators)
        assert all(c.parent().child(c.row(), 2).text() == f"p. {e.page}" for c, e in zip(indicators, q.indicators))
        options = [c.text() for c in tree.items("option") if c.data(KEY_ROLE) == q.id]
        assert options == [f"☐ {o}" for o in q.options]
        assert "☐ Other (please specify)" in options and "☐ Clinically undetermined" in options

    # choosing a query shows it as the recipient reads it, with the patient and the dates of service
    first = items[0]
    tree.select_item(first)
    shown = window.details.toPlainText()
    q = result.queries[0]
    assert f"Documentation query {q.id}" in shown and q.question in shown
    assert "Patient" in shown and "Service dates" in shown and "Other (please specify)" in shown
    assert str(result.reading.identity.mrn.value) in shown
    # an indicator goes to its page in the chart
    indicator = next(c for c in tree.items("indicator") if c.data(KEY_ROLE) == q.id)
    with qtbot.waitSignal(window.hub.evidence_selected, timeout=2000) as sent:
        tree.select_item(indicator)
    assert sent.args[0] == (q.indicators[0],)


def test_findings_are_for_the_coder_and_never_a_query(window):
    result = _show(window, CHART, "77372,77432")
    tree = window.queries_panel.tree
    findings = tree.items("finding")
    assert [f.data(KEY_ROLE) for f in findings] == [f.requirement for f in result.findings]
    assert "positioning.immobilization" in [f.data(KEY_ROLE) for f in findings]
    assert any("declined" in f.text() for f in findings)
    assert not any("positioning.immobilization" in q.requirements for q in result.queries)


def test_a_chart_without_gaps_says_no_query(window, samples_dir):
    result = _show(window, samples_dir / "s09_liver_fiducials_ck.pdf", "77373,77435")
    assert result.queries == ()
    assert window.check_tabs.tabText(1) == "&Queries (0)"
    notes = window.queries_panel.tree.items("note")
    assert notes and notes[0].text().startswith("No documentation query")
