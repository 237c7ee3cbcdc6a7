"""The coding audit: figures computed from the per-chart JSON a batch wrote, audit.json, the PDF
(read back with pypdfium2), ``srscheck audit DIR`` and ``srscheck batch --audit``."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from _charts import write_chart
from auditgen import PDF_PHYSICIANS, PHYSICIANS, chart_doc, expected, make_json_batch, pdf_course, write_pdf_batch

from srscheck.batch.audit import AUDIT_JSON, audit_json, build_audit, compute_audit, load_results
from srscheck.batch.audit_pdf import render_audit_pdf
from srscheck.cli import main


def pdf_pages(data: bytes) -> list[str]:
    doc = pdfium.PdfDocument(data)
    try:
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()


def summary_pages(pages: list[str]) -> tuple[list[str], list[str]]:
    """(summary pages, appendix pages): the appendix starts on the page of its heading."""
    first = next(i for i, text in enumerate(pages) if "Appendix A The charts" in " ".join(text.split()))
    return pages[:first], pages[first:]


@pytest.fixture(scope="module")
def gen200(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_json_batch(tmp_path_factory.mktemp("gen") / "out", 200)


# ------------------------------------------------------------------------------------------------
# Figures: a generated batch whose true rates are known
# ------------------------------------------------------------------------------------------------


def test_figures_match_the_known_rates(gen200: Path) -> None:
    audit = compute_audit(load_results(gen200))
    want = expected(200)
    t = audit["totals"]
    for key in ("courses", "not_checked", "codes_claimed", "codes_contradicted", "codes_supported",
                "courses_needing_review", "queries_raised", "courses_with_gaps"):
        assert t[key] == want[key], key
    assert t["charts"] == want["courses"]
    assert t["gap_rate"] == round(want["gap_rate"], 4)
    reqs = {r["id"]: r for r in audit["requirements"]}
    assert reqs["signatures.physician"]["gap_rate"] == round(want["signature_rate"], 4)
    assert reqs["signatures.physician"]["missing"] == reqs["signatures.physician"]["gaps"]
    assert reqs["imaging.mri"]["gap_rate"] == round(want["mri_rate"], 4)
    assert reqs["imaging.mri"]["partial"] == reqs["imaging.mri"]["gaps"]
    assert [r["id"] for r in audit["requirements"][:2]] == ["imaging.mri", "signatures.physician"]  # worst first
    assert reqs["plan.prescription"]["gaps"] == 0
    cats = {c["category"]: c for c in audit["categories"]}
    assert cats["imaging"]["gap_rate"] == round(want["mri_rate"], 4)
    assert cats["plan"]["gaps"] == 0
    phys = {p["physician"]: p for p in audit["physicians"]}
    assert set(phys) == set(PHYSICIANS)
    for name, rate in want["physician_gap_rate"].items():
        assert phys[name]["gap_rate"] == round(rate, 4)
    # every course of Dana Whitlock (i % 4 == 0) has the partial MRI: all of hers have a gap
    assert phys[PHYSICIANS[0]]["courses_with_gaps"] == phys[PHYSICIANS[0]]["courses"]
    assert {u["unit"] for u in audit["units"]} == {"linac", "cobalt60", "robotic_linac"}
    assert {m["month"]: m["courses"] for m in audit["months"]} == want["month_courses"]
    codes = {c["code"]: c for c in audit["codes"]}
    assert codes["77372"]["counts"]["over_claimed"] == want["over_77372"]
    assert codes["77372"]["counts"]["contradicted"] == want["contradicted_77372"]
    assert codes["61797"]["counts"]["not_claimed"] == want["not_claimed_61797"]
    assert codes["77300"]["counts"]["not_claimed"] == want["not_claimed_77300"]
    assert codes["61797"]["courses_claiming"] == 0
    over = codes["77372"]["charts"]["over_claimed"]
    assert over[0]["files"][0]["file"] == "course_0000.pdf" and len(over[0]["files"][0]["sha256"]) == 64
    assert audit["period"] == {"first": "2025-01-01", "last": "2025-04-01",
                               "months": ["2025-01", "2025-02", "2025-03"], "undated_courses": 0}
    assert [m["chart"] for m in audit["not_checked"]] == ["course_0049.pdf", "course_0099.pdf",
                                                          "course_0149.pdf", "course_0199.pdf"]


def test_the_pdf_shows_the_key_numbers_and_names_no_chart_before_the_appendix(gen200: Path) -> None:
    audit = compute_audit(load_results(gen200))
    pages = pdf_pages(render_audit_pdf(audit))
    summary, appendix = summary_pages(pages)
    first = " ".join(summary[0].split())
    want = expected(200)
    assert "Coding Audit" in first and "treatment dates 2025-01-01 to 2025-04-01" in first
    for number, label in ((want["courses"], "Courses"), (want["codes_claimed"], "Codes claimed"),
                          (want["codes_supported"], "Codes supported"),
                          (want["codes_contradicted"], "Codes contradicted"),
                          (want["courses_needing_review"], "Courses needing"), (want["queries_raised"], "Queries")):
        assert str(number) in first and label in first
    text = " ".join(" ".join(summary).split())
    assert f"Signed by the treating physician Signatures 196 40 0 {round(want['signature_rate'] * 100)}%" in text
    assert "Most frequent gap: Planning MRI fused to the planning CT" in text
    for name in PHYSICIANS:
        assert name in text
    assert "Trend by month of treatment" in text and "2025-02" in text
    assert "Gamma Knife (Co-60)" in text
    assert "course_0" not in text  # no chart file on the summary pages
    assert "TESTPATIENT" not in " ".join(pages) and "SYN-0" not in " ".join(pages)  # no patient name or MRN
    back = " ".join(appendix)
    assert "course_0000.pdf" in back and chart_doc(0)["source"]["sha256"] in back
    assert "77372 · over-claimed (28): #1 (1→0)," in " ".join(back.split())


def test_same_results_same_bytes_and_a_rebuild_changes_nothing(gen200: Path, tmp_path: Path) -> None:
    a = build_audit(gen200, pdf=tmp_path / "a.pdf", json_path=tmp_path / "a.json")
    moved = tmp_path / "elsewhere" / gen200.name
    shutil.copytree(gen200, moved)
    b = build_audit(moved, pdf=tmp_path / "b.pdf")
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()
    assert (tmp_path / "a.json").read_text() == (moved / AUDIT_JSON).read_text() == audit_json(a) == audit_json(b)


def test_one_month_has_no_trend_and_missing_results_are_listed(tmp_path: Path) -> None:
    out = make_json_batch(tmp_path / "out", 3)  # courses 0, 1, 2: three months
    for i in (1, 2):  # move them into January
        p = out / f"course_000{i}.json"
        doc = json.loads(p.read_text())
        doc["facts"]["dates_of_service"]["value"] = ["2025-01-20", "2025-01-24"]
        p.write_text(json.dumps(doc))
    (out / "course_0002.json").write_text("{ torn", encoding="utf-8")
    audit = compute_audit(load_results(out))
    assert audit["period"]["months"] == ["2025-01"]
    assert audit["totals"]["courses"] == 2
    assert audit["not_checked"] == [{"chart": "course_0002.pdf", "status": "no_result",
                                     "error": "its result course_0002.json cannot be read (JSONDecodeError)"}]
    pages = pdf_pages(render_audit_pdf(audit))
    assert not any("Trend by month" in p for p in pages)
    assert "Charts without a result" in pages[-1] and "course_0002.pdf" in pages[-1]


def test_json_written_before_the_added_keys_still_counts(tmp_path: Path) -> None:
    """A chart JSON with only the schema-1 keys: no identity facts, review, queries or units."""
    out = make_json_batch(tmp_path / "out", 1)
    p = out / "course_0000.json"
    doc = json.loads(p.read_text())
    for k in ("patient_name", "mrn", "dates_of_service", "attending_physician", "physicists", "icd10"):
        del doc["facts"][k]
    del doc["review"]
    for c in doc["codes"]:
        c.pop("claimed_units", None)
        c.pop("supported_units", None)
    p.write_text(json.dumps(doc))
    audit = compute_audit(load_results(out))
    assert audit["physicians"][0]["physician"] is None and audit["months"] == []
    assert audit["totals"]["queries_raised"] == 2  # one per distinct question of the gaps
    codes = {c["code"]: c for c in audit["codes"]}
    assert codes["77372"]["counts"]["over_claimed"] == 1  # contradicted (course 0): claims 1, supports 0
    text = " ".join(pdf_pages(render_audit_pdf(audit))[0].split())
    assert "no treatment dates documented" in text


# ------------------------------------------------------------------------------------------------
# 2,000 charts in one run (not timed: scripts/benchmark.py measures it)
# ------------------------------------------------------------------------------------------------


def test_two_thousand_charts(tmp_path: Path) -> None:
    out = make_json_batch(tmp_path / "out", 2000)
    audit = build_audit(out, pdf=tmp_path / "audit.pdf")
    want = expected(2000)
    t = audit["totals"]
    assert (t["courses"], t["not_checked"], t["codes_contradicted"], t["queries_raised"]) == \
        (want["courses"], want["not_checked"], want["codes_contradicted"], want["queries_raised"])
    assert t["gap_rate"] == round(want["gap_rate"], 4)
    pages = pdf_pages((tmp_path / "audit.pdf").read_bytes())
    summary, appendix = summary_pages(pages)
    assert len(summary) <= 6  # the part a manager reads stays short whatever the batch size
    assert f"{want['courses']}" in summary[0]
    assert "course_1999" not in " ".join(summary)
    back = " ".join(" ".join(appendix).split())  # a list of every course runs over pages
    assert f"77300 · supported, not claimed ({want['not_claimed_77300']}): #1, #2," in back
    assert "course_1998.pdf" in back


# ------------------------------------------------------------------------------------------------
# Command line
# ------------------------------------------------------------------------------------------------


def test_audit_command(gen200: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", str(gen200), "--pdf", str(tmp_path / "a.pdf"), "--json", str(tmp_path / "a.json")]) == 0
    out = capsys.readouterr().out
    assert "Audit: 196 course(s)" in out and "8 contradicted" in out
    assert json.loads((tmp_path / "a.json").read_text())["totals"]["courses"] == 196
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")
    assert main(["audit", str(gen200), "--pdf", str(tmp_path / "no" / "such" / "a.pdf")]) == 4
    assert capsys.readouterr().err.startswith("srscheck: E030: Cannot write")


@pytest.mark.parametrize("setup, words", [
    (lambda p: None, "it is not a folder"),
    (lambda p: p.mkdir(), "it has no summary.json"),
    (lambda p: (p.mkdir(), (p / "summary.json").write_text("[1, 2")), "summary.json cannot be read"),
])
def test_audit_of_a_folder_without_results_is_one_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                            setup, words: str) -> None:
    folder = tmp_path / "out"
    setup(folder)
    assert main(["audit", str(folder)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("srscheck: E070: Cannot audit") and words in err and "Traceback" not in err
    assert err.count("\n") == 1


def test_batch_with_audit_on_real_charts_then_resume_gives_the_same_audit(tmp_path: Path) -> None:
    charts = tmp_path / "charts"
    charts.mkdir()
    write_chart(charts / "one.pdf", lesions=1)
    write_chart(charts / "three.pdf", lesions=3, pages=2)
    write_chart(charts / "gk.pdf", lesions=2, unit="Leksell Gamma Knife Icon")
    out = tmp_path / "out"
    args = ["batch", str(charts), "--out", str(out), "--codes", "77372,77432,61797x1", "--workers", "1",
            "--no-progress", "--audit", str(tmp_path / "audit.pdf")]
    assert main(args) == 0
    audit = json.loads((out / AUDIT_JSON).read_text())
    t = audit["totals"]
    assert (t["courses"], t["charts"], t["codes_claimed"]) == (3, 3, 9)
    codes = {c["code"]: c for c in audit["codes"]}
    # the Gamma Knife chart contradicts the linac delivery code; three lesions support two 61797 units,
    # one is claimed; a claim that states no units (77432) claims what the chart supports
    assert [r["chart"] for r in codes["77372"]["charts"]["contradicted"]] == ["gk.pdf"]
    assert [(r["chart"], r["supported_units"]) for r in codes["61797"]["charts"]["under_claimed"]] == \
        [("three.pdf", 2)]
    assert codes["77432"]["counts"]["under_claimed"] == 0
    assert {u["unit"] for u in audit["units"]} == {"cobalt60", "linac"}
    rows = list(csv.DictReader((out / "summary.csv").open(encoding="utf-8")))
    assert list(rows[0])[:9] == ["chart", "status", "claimed_codes", "verdicts", "gaps", "suggested_codes", "pages",
                                 "claim_row", "error"]
    assert list(rows[0])[9:] == ["physician", "first_treatment_date", "last_treatment_date", "review_flags",
                                 "documents"]
    assert all(r["review_flags"] == "0" for r in rows)
    first_pdf, first_json = (tmp_path / "audit.pdf").read_bytes(), (out / AUDIT_JSON).read_bytes()
    assert main(args) == 0  # every chart unchanged: nothing is read again
    assert (tmp_path / "audit.pdf").read_bytes() == first_pdf and (out / AUDIT_JSON).read_bytes() == first_json
    assert main(["audit", str(out), "--pdf", str(tmp_path / "again.pdf")]) == 0
    assert (tmp_path / "again.pdf").read_bytes() == first_pdf
    # a run stopped before three.pdf was finished, then resumed: the same audit
    manifest = out / "manifest.jsonl"
    manifest.write_text("".join(ln + "\n" for ln in manifest.read_text().splitlines() if '"three.pdf"' not in ln))
    (out / "three.json").unlink()
    assert main(args) == 0
    assert (tmp_path / "audit.pdf").read_bytes() == first_pdf and (out / AUDIT_JSON).read_bytes() == first_json


def test_an_interrupted_batch_writes_no_audit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    import srscheck.batch.cli as batch_cli
    from srscheck.batch import BatchOutcome

    def interrupted(*args: object, **kw: object) -> BatchOutcome:
        return BatchOutcome(rows=[], interrupted=True)

    monkeypatch.setattr(batch_cli, "run_batch", interrupted)
    chart = _touch_chart(tmp_path / "a.pdf")
    assert main(["batch", str(chart), "--out", str(tmp_path / "out"), "--no-progress",
                 "--audit", str(tmp_path / "audit.pdf")]) == 130
    err = capsys.readouterr().err
    assert "no audit written: the run was interrupted" in err and not (tmp_path / "audit.pdf").exists()


def _touch_chart(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.4\n")
    return path


def test_known_rates_on_generated_chart_pdfs(tmp_path: Path) -> None:
    """Twelve real chart PDFs read by the real pipeline: physician, unit, month and signature known."""
    pytest.importorskip("srscheck.nlp.identity", reason="the attending and dates of service come from nlp.identity")
    charts = write_pdf_batch(tmp_path / "charts", 12)
    truth = [pdf_course(i) for i in range(12)]
    out = tmp_path / "out"
    assert main(["batch", str(charts), "--out", str(out), "--codes", "77372,77432", "--workers", "1",
                 "--no-progress", "--audit", str(tmp_path / "audit.pdf")]) == 0
    audit = json.loads((out / AUDIT_JSON).read_text())
    t = audit["totals"]
    assert (t["courses"], t["codes_claimed"]) == (12, 24)
    # 77372 (gantry linac delivery) is contradicted by each Gamma Knife chart, and only by those
    codes = {c["code"]: c for c in audit["codes"]}
    gk = sorted(f"chart_{i:02d}.pdf" for i, c in enumerate(truth) if c["unit"] == "cobalt60")
    assert [r["chart"] for r in codes["77372"]["charts"]["contradicted"]] == gk
    reqs = {r["id"]: r for r in audit["requirements"]}
    unsigned = sum(1 for c in truth if not c["signed"])
    assert (reqs["signatures.physician"]["gaps"], reqs["signatures.physician"]["checks"]) == (unsigned, 12)
    assert {u["unit"]: u["courses"] for u in audit["units"]} == {"cobalt60": 6, "linac": 6}
    names = [name.split(",")[0] for name in PDF_PHYSICIANS]  # as nlp.identity gives them: no credentials
    assert {p["physician"]: p["courses"] for p in audit["physicians"]} == {name: 4 for name in names}
    assert {m["month"]: m["courses"] for m in audit["months"]} == {"2025-02": 6, "2025-03": 6}
    assert audit["period"]["first"] == "2025-02-03" and audit["period"]["last"] == "2025-03-14"
    rows = {r["chart"]: r for r in csv.DictReader((out / "summary.csv").open(encoding="utf-8"))}
    assert rows["chart_07.pdf"]["physician"] == truth[7]["physician"].split(",")[0]
    assert rows["chart_07.pdf"]["first_treatment_date"] == truth[7]["date"].isoformat()
    pages = pdf_pages((tmp_path / "audit.pdf").read_bytes())
    summary, appendix = summary_pages(pages)
    text = " ".join(" ".join(summary).split())
    assert all(name in text for name in names) and "Trend by month of treatment" in text
    assert "chart_0" not in text and "chart_0" in " ".join(appendix)
    assert not any("TESTPATIENT" in p or "SYN-A" in p for p in pages)  # the charts' patient names and MRNs
