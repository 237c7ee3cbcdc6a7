"""The PDF gap report: rendered from Results built by hand, then read back with pdfplumber."""

from __future__ import annotations

import errno
import hashlib
import os
import re
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from srscheck import report
from srscheck.core import fileio
from srscheck.api import Result
from srscheck.core.messages import OutputError
from srscheck.core.model import ChartFacts, Document, Evidence, Fact, Lesion, Page, Reading
from srscheck.core.results import CheckOutcome, CodeResult, RequirementResult, Suggestion
from srscheck.report import render_report, write_report

CHECKED = datetime(2025, 2, 12, 14, 30, tzinfo=timezone(timedelta(hours=-5)))


# --------------------------------------------------------------------------------------------------
# A small factory of Results (the dataclasses the pipeline produces)
# --------------------------------------------------------------------------------------------------


def ev(page: int, text: str) -> Evidence:
    return Evidence(page=page, text=text)


def make_reading(pages: int = 2, *, file: str = "chart.pdf", ocr: bool = False,
                 facts: ChartFacts | None = None, warnings: Sequence[str] = ()) -> Reading:
    text = "\f".join(f"page {n} text" for n in range(1, pages + 1))
    page_list, start = [], 0
    for n in range(1, pages + 1):
        end = start + len(f"page {n} text")
        page_list.append(Page(number=n, width=612, height=792, start=start, end=end))
        start = end + 1
    doc = Document(file=file, sha256=hashlib.sha256(text.encode()).hexdigest(), text=text,
                   pages=tuple(page_list), ocr=ocr)
    return Reading(document=doc, facts=facts or default_facts(), warnings=tuple(warnings))


def default_facts() -> ChartFacts:
    return ChartFacts(
        modality=Fact("linac", (ev(1, "Varian TrueBeam (6X-FFF)"),)),
        sites=Fact(["cranial"], (ev(1, "Solitary right occipital brain metastasis"),)),
        lesion_count=Fact(1, (ev(2, "Right occipital metastasis: 18 Gy delivered"),)),
        fractions=Fact(1, (ev(1, "Prescription 18 Gy in 1 fraction to the 80% isodose line."),)),
        imaging=Fact(["CT", "MRI"], (ev(1, "A planning CT (1 mm) was fused with a contrast-enhanced MRI"),)),
        positioning=Fact(["mask"], (ev(1, "A thermoplastic SRS mask was made on 02/06/2025."),)),
        lesions=(Lesion("Right occipital", "cranial", "simple", 18.0, 1, 2.3, "metastasis",
                        evidence=(ev(2, "Right occipital metastasis: 18 Gy"),)),),
    )


def met(rid: str, category: str, label: str, page: int, quote: str) -> RequirementResult:
    return RequirementResult(rid, category, label, "met", (ev(page, quote),), found=(label,))


def gap(rid: str, category: str, label: str, status: str = "missing", *, query: str = "",
        missing: Sequence[str] = (), found: Sequence[str] = (),
        evidence: Sequence[Evidence] = ()) -> RequirementResult:
    return RequirementResult(rid, category, label, status, tuple(evidence),
                             query or f"Please document {label.lower()}.", tuple(found), tuple(missing))


def complete_requirements() -> tuple[RequirementResult, ...]:
    return (
        met("plan.target_volumes", "plan", "Target volumes delineated", 1, "GTV contoured on MRI, PTV = GTV + 1 mm"),
        met("plan.prescription", "plan", "Dose prescription", 1, "Prescription 18 Gy in 1 fraction"),
        met("imaging.planning", "imaging", "Planning CT/MRI", 1, "A planning CT (1 mm) was fused with MRI"),
        met("positioning.device", "positioning", "Immobilization device", 1, "thermoplastic SRS mask"),
        met("delivery.igrt", "delivery_verification", "Image guidance before delivery", 1,
            "Cone-beam CT before treatment with a 6-degree-of-freedom couch correction."),
        met("summary.lesions", "summary", "Each lesion with delivered dose", 2, "Right occipital metastasis: 18 Gy"),
    )


def make_result(codes: Sequence[CodeResult], *, suggestions: Sequence[Suggestion] = (),
                templates: Sequence[tuple[str, str]] = (), reading: Reading | None = None,
                warnings: Sequence[str] = ()) -> Result:
    outcome = CheckOutcome(codes=tuple(codes), suggestions=tuple(suggestions),
                           templates=tuple(templates) or tuple((c.code, c.template_version) for c in codes),
                           warnings=tuple(warnings))
    return Result(reading=reading or make_reading(), claimed=tuple(c.code for c in codes), outcome=outcome)


def clean_result() -> Result:
    codes = [CodeResult("77372", "SRS delivery, linac, single session", True, (), complete_requirements(),
                        "2025.1"),
             CodeResult("77432", "Stereotactic management, cranial", True, (), complete_requirements()[:3],
                        "2025.1")]
    return make_result(codes, suggestions=[
        Suggestion("77372", 1, "Single-session cranial SRS on a gantry linac.", "delivery"),
        Suggestion("77432", 1, "Management of a single-session cranial course.", "management"),
        Suggestion("61796", 1, "One simple cranial lesion (2.3 cm metastasis).", "neurosurgical"),
    ])


# --------------------------------------------------------------------------------------------------
# Reading the PDF back
# --------------------------------------------------------------------------------------------------


def pdf_pages(data: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "read-back.pdf"
    path.write_bytes(data)
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def column_text(data: bytes, tmp_path: Path, header: str, until: str | None = None) -> str:
    """The text of one table column (between two header words), on every page it appears.

    Cells wrap onto several lines, and pdfplumber reads a page line by line across columns, so a
    wrapped cell's sentence is only contiguous when the column is cropped out on its own.
    """
    path = tmp_path / "columns.pdf"
    path.write_bytes(data)
    parts = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            words = page.extract_words()
            for w in (w for w in words if w["text"] == header):
                right = next((u["x0"] for u in words if u["text"] == until and abs(u["top"] - w["top"]) < 2
                              and u["x0"] > w["x0"]), None) if until else page.width
                if right is not None:
                    crop = page.crop((w["x0"] - 1, w["bottom"], right - 1, page.height))
                    parts.append(crop.extract_text() or "")
                    break
    return flat(" ".join(parts))


def render_pages(result: Result, tmp_path: Path, **kw: Any) -> list[str]:
    kw.setdefault("checked_at", CHECKED)
    return pdf_pages(render_report(result, **kw), tmp_path)


# --------------------------------------------------------------------------------------------------
# Tests
# --------------------------------------------------------------------------------------------------


def test_clean_chart_reports_identity_summary_facts_and_no_queries(tmp_path: Path) -> None:
    result = clean_result()
    pages = render_pages(result, tmp_path, coder="J. Coder")
    text = flat("\n".join(pages))
    doc = result.reading.document
    assert text.startswith("Documentation Gap Report")
    assert "chart.pdf" in text and doc.sha256 in text.replace(" ", "")
    assert "Checked on 2025-02-12 14:30 (UTC-05:00)" in text
    assert "Checked by J. Coder" in text
    assert "srscheck 0.1.0" in text and "77372 v2025.1" in text and "77432 v2025.1" in text
    assert "2 claimed codes: 2 fully supported. No physician query is needed." in text
    assert text.count("✔ Supported") >= 4  # summary table and each code's heading
    assert "▲" not in text
    assert text.count("✔ Met") == 9 + 1  # every requirement, and the legend
    assert text.count("◐ Partial") == text.count("✖ Missing") == 1  # the legend only
    assert "61796 1 Neurosurgical No One simple cranial lesion (2.3 cm metastasis)." in text
    assert "Treatment unit Linear accelerator p. 1 “Varian TrueBeam (6X-FFF)”" in text
    assert "1 Right occipital Cranial Simple 18 Gy 1 2.3 cm 2 metastasis" in text
    assert "Physician queries None: the chart documents every requirement" in text
    assert "Warnings None:" in text
    assert "Claimed but not among" not in text
    assert f"Page 1 of {len(pages)}" in pages[0] and f"Page {len(pages)} of {len(pages)}" in pages[-1]


def many_gaps_result() -> Result:
    reqs = []
    for i in range(1, 31):
        cat = ("plan", "imaging", "delivery_verification")[i % 3]
        reqs.append(gap(f"req.{i:02d}", cat, f"Requirement number {i:02d}", "partial" if i % 2 else "missing",
                        query=f"Please document item {i:02d} of the treatment record for this course.",
                        missing=(f"element {i:02d}a", f"element {i:02d}b"), found=(f"element {i:02d}c",),
                        evidence=(ev(1 + i % 2, "A long quotation from the chart " * 6),)))
    code = CodeResult("77373", "SBRT delivery, per fraction", True, (), tuple(reqs), "3")
    return make_result([code])


def test_many_gaps_span_pages_with_repeated_header_and_numbered_queries(tmp_path: Path) -> None:
    pages = render_pages(many_gaps_result(), tmp_path)
    total = len(pages)
    assert total >= 4
    for n, page in enumerate(pages, start=1):
        assert f"Page {n} of {total}" in page
    header = "Status Requirement Evidence in the chart"
    table_pages = [p for p in pages if "req.0" in p or "req.1" in p or "req.2" in p]
    assert len(table_pages) >= 2
    assert all(header in flat(p) for p in table_pages)  # the header row repeats on every page
    text = flat("\n".join(pages))
    assert "1 claimed code: 1 with documentation gaps. 30 physician queries are listed in section 5." in text
    assert "▲ Gaps" in text and "◐ Partial" in text and "✖ Missing" in text
    assert "Missing: element 07a, element 07b" in text and "Found: element 07c" in text
    for i in range(1, 31):
        assert f"Please document item {i:02d} of the treatment record for this course." in text
    # numbered Q1..Q30, grouped by category in template order: plan (items 03, 06, ...), imaging
    # (items 01, 04, ...), then delivery verification (items 02, 05, ...)
    numbers = [int(n) for n in re.findall(r"\bQ(\d+)\b", text)]
    assert numbers == list(range(1, 31))
    queries = text[text.index("5 Physician queries"):]
    assert "Treatment plan Q1 Please document item 03 " in queries
    assert "Imaging Q11 Please document item 01 " in queries
    assert "Delivery verification Q21 Please document item 02 " in queries
    assert queries.index("Q10 Please document item 30 ") < queries.index("Imaging Q11")
    assert "Needed for 77373: Requirement number 01" in text


def test_contradicted_code_shows_problem_sentence_and_verdict(tmp_path: Path) -> None:
    problem = "77372 covers a single-session course, but the chart documents 3 fractions."
    code = CodeResult("77372", "SRS delivery, linac, single session", False, (problem,),
                      complete_requirements(), "2025.1")
    data = render_report(make_result([code]), checked_at=CHECKED)
    text = flat("\n".join(pdf_pages(data, tmp_path)))
    assert "✖ Contradicted" in text
    assert ("1 claimed code: 1 contradicted by the documented facts. No physician query is needed. Review the "
            "contradicted codes against the documented facts (section 3).") in text
    assert "Claimed but not among the supported codes: 77372." in text
    assert problem in column_text(data, tmp_path, "Consistency")  # the summary table's cell
    assert f"✖ Contradicted: the documented facts do not fit this code. • {problem}" in text


def test_overridden_fact_is_marked_as_the_coders_with_original_value(tmp_path: Path) -> None:
    facts = default_facts().with_override("lesion_count", 3)
    reading = make_reading(facts=facts)
    data = render_report(make_result([], reading=reading), checked_at=CHECKED)
    text = flat("\n".join(pdf_pages(data, tmp_path)))
    values = column_text(data, tmp_path, "Value", "Where")
    assert "Linear accelerator Cranial 3 ✎ Set by the coder Reader found: 1 1 CT, MRI" in values
    assert "✎ marks a value set by the coder" in text
    assert "Fractions delivered 1 p. 1" in text  # facts not overridden carry no mark
    assert text.count("Set by the coder") == 1


def test_unicode_and_markup_characters_survive(tmp_path: Path) -> None:
    quote = "Dmax ≥ 12 Gy to <5 cc & 10 µm margin; Dr. Renée Lévesque signed"
    facts = ChartFacts(imaging=Fact(["MRI"], (ev(1, quote),)),
                       lesions=(Lesion("Café-au-lait <left> & right", "body", None, 7.5, 5),))
    reading = make_reading(facts=facts, warnings=[("Template 77373 is broken (bad key ‘x’); using the "
                                                   "last valid version.")])
    text = flat("\n".join(render_pages(make_result([], reading=reading), tmp_path, coder="Zoë Ångström")))
    assert quote in text
    assert "Café-au-lait <left> & right" in text
    assert "Checked by Zoë Ångström" in text
    assert "Template 77373 is broken (bad key ‘x’); using the last valid version." in text


def test_ocr_and_unknown_code_are_explained(tmp_path: Path) -> None:
    reading = make_reading(file="scan.pdf", ocr=True)
    unknown = CodeResult("77999", "", True, (), (), known=False)
    text = flat("\n".join(render_pages(make_result([unknown], reading=reading), tmp_path)))
    assert "text recognised by OCR" in text
    assert "its text was recognised by OCR" in text
    assert "? Not checked" in text and "Supported" not in text
    assert "There is no checklist template for this code" in text


def test_same_gap_under_two_codes_is_one_query(tmp_path: Path) -> None:
    shared = gap("imaging.planning", "imaging", "Planning CT/MRI", query="Was a planning MRI obtained?")
    codes = [CodeResult("77372", "SRS delivery", True, (), (shared,), "1"),
             CodeResult("77432", "SRS management", True, (), (shared,), "1")]
    text = flat("\n".join(render_pages(make_result(codes), tmp_path)))
    assert text.count("Was a planning MRI obtained?") == 1
    assert "Needed for 77372 and 77432: Planning CT/MRI" in text
    assert "1 physician query is listed in section 5." in text


def test_same_input_same_bytes_and_a_real_pdf(tmp_path: Path) -> None:
    result = many_gaps_result()
    first = render_report(result, checked_at=CHECKED, coder="A")
    assert first == render_report(result, checked_at=CHECKED, coder="A")
    assert first.startswith(b"%PDF-") and b"/FontFile2" in first  # the TrueType font is embedded
    assert first != render_report(result, checked_at=CHECKED + timedelta(minutes=1), coder="A")


def test_write_report_writes_the_rendered_bytes(tmp_path: Path) -> None:
    out = tmp_path / "gap report.pdf"
    write_report(clean_result(), out, checked_at=CHECKED)
    assert out.read_bytes() == render_report(clean_result(), checked_at=CHECKED)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gap report.pdf", "srscheck_home"] or \
        sorted(p.name for p in tmp_path.iterdir()) == ["gap report.pdf"]


@pytest.mark.parametrize("target", ["missing-folder/out.pdf", "a-file.txt/out.pdf", "a-folder"])
def test_unwritable_path_raises_e030_and_leaves_nothing(tmp_path: Path, target: str) -> None:
    (tmp_path / "a-file.txt").write_text("x")
    (tmp_path / "a-folder").mkdir()
    before = sorted(str(p) for p in tmp_path.rglob("*"))
    with pytest.raises(OutputError) as info:
        write_report(clean_result(), tmp_path / target, checked_at=CHECKED)
    assert info.value.code == "E030"
    assert str(info.value).startswith(f"E030: Cannot write {tmp_path / target}: ")
    assert sorted(str(p) for p in tmp_path.rglob("*")) == before


def test_full_disk_keeps_the_old_report_and_leaves_no_temp_file(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(b"old report")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(fileio.os, "fsync", full)  # the one atomic writer the report uses
    with pytest.raises(OutputError) as info:
        write_report(clean_result(), out, checked_at=CHECKED)
    assert info.value.code == "E030"
    assert "no space left on device" in str(info.value)
    assert out.read_bytes() == b"old report"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_report_of_a_real_engine_check_asks_every_gap_once(tmp_path: Path) -> None:
    from srscheck.api import check_reading

    result = check_reading(make_reading(), "77372,77432,20660")
    text = flat("\n".join(render_pages(result, tmp_path)))
    for code, version in result.outcome.templates:
        assert f"{code} v{version}" in text
    queries = text[text.index("5 Physician queries"):]
    asked = {(r.category, r.id, r.query) for c in result.codes for r in c.gaps}
    assert asked, "a chart with no documentation beyond the facts must have gaps"
    for _, _, query in asked:
        assert queries.count(query) == 1
    assert [int(n) for n in re.findall(r"\bQ(\d+)\b", queries)] == list(range(1, len(asked) + 1))
    assert "20660 — ? Not checked — No checklist template; not checked." in text


def test_oversized_cells_flow_over_pages_and_long_evidence_is_capped(tmp_path: Path) -> None:
    evidence = tuple(ev(n, f"Isocenter {n} verified with CBCT before delivery.") for n in range(1, 21))
    problems = tuple(f"Problem {n:02d}: " + "the documented facts disagree with this code. " * 6
                     for n in range(1, 41))  # one summary cell taller than a whole page
    code = CodeResult("77373", "SBRT delivery", False, problems,
                      (RequirementResult("delivery.verification", "delivery_verification", "Verified", "met",
                                         evidence),), "1")
    reading = make_reading(20, file="a-very-long-file-name-" * 8 + ".pdf")
    pages = render_pages(make_result([code], reading=reading), tmp_path)
    text = flat("\n".join(pages))
    assert "Problem 40:" in text
    assert "Isocenter 6 verified" in text and "Isocenter 7 verified" not in text
    assert "and 14 more on pages 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20" in text
    assert all(f"Page {n} of {len(pages)}" in p for n, p in enumerate(pages, start=1))


# --------------------------------------------------------------------------------------------------
# Real charts through analyze() and the CLI
# --------------------------------------------------------------------------------------------------

REAL_SAMPLES = ("s11_adrenal_cgy_no_igrt.pdf", "s14_pituitary_25fx_three_pages.pdf", "s17_rib_sbrt_text.txt")


def gold_codes(chart: Path) -> list[str]:
    import json

    return json.loads(chart.with_name(chart.stem + ".gold.json").read_text(encoding="utf-8"))["codes"]


@pytest.mark.parametrize("name", REAL_SAMPLES)
def test_report_of_a_sample_chart_says_what_its_result_says(samples_dir: Path, tmp_path: Path,
                                                            name: str) -> None:
    from srscheck.api import analyze
    from srscheck.report import display_value
    from srscheck.report_styles import verdict_mark

    chart = samples_dir / name
    result = analyze(chart, gold_codes(chart))
    data = render_report(result, checked_at=CHECKED)
    pages = pdf_pages(data, tmp_path)
    text = flat("\n".join(pages))
    assert name in text and result.reading.document.sha256 in text
    assert f"Pages {len(result.reading.document.pages)} (" in text
    assert all(f"Page {n} of {len(pages)}" in p for n, p in enumerate(pages, start=1))
    for code in result.codes:
        assert f"{code.code} {code.title}" in text
        assert verdict_mark(report.code_verdict(code)).text in text
        for problem in code.problems:
            assert problem in text
    values = column_text(data, tmp_path, "Value", "Where")
    for fact in ("modality", "sites", "lesion_count", "fractions", "imaging", "positioning"):
        assert display_value(result.facts.get(fact).value) in values
    queries = text[text.index("5 Physician queries"):]
    for query in {r.query for c in result.codes for r in c.gaps}:
        assert queries.count(query) == 1


def test_cli_check_writes_the_report(samples_dir: Path, tmp_path: Path) -> None:
    from srscheck.cli import main

    chart = samples_dir / REAL_SAMPLES[0]
    out = tmp_path / "out" / "report.pdf"
    out.parent.mkdir()
    status = main(["check", str(chart), "--codes", ",".join(gold_codes(chart)), "--report", str(out),
                   "--coder", "Test Coder", "--json", str(tmp_path / "out" / "r.json")])
    assert status == 0
    text = flat("\n".join(pdf_pages(out.read_bytes(), tmp_path)))
    assert text.startswith("Documentation Gap Report") and "Checked by Test Coder" in text
    assert sorted(p.name for p in out.parent.iterdir()) == ["r.json", "report.pdf"]


def test_cli_unwritable_report_path_exits_4_with_one_sentence(samples_dir: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    from srscheck.cli import main

    out = tmp_path / "no-such-folder" / "report.pdf"
    assert main(["check", str(samples_dir / REAL_SAMPLES[0]), "--report", str(out)]) == 4
    err = capsys.readouterr().err
    assert err.startswith(f"srscheck: E030: Cannot write {out}: ") and err.count("\n") == 1
    assert not out.parent.exists()


def test_sections_are_pdf_bookmarks_pointing_at_their_pages(tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    data = render_report(many_gaps_result(), checked_at=CHECKED)
    pages = pdf_pages(data, tmp_path)
    pdf = pdfium.PdfDocument(data)
    try:
        toc = [(b.get_title(), b.get_dest().get_index()) for b in pdf.get_toc()]
    finally:
        pdf.close()
    assert [t for t, _ in toc] == ["1 Summary", "2 Warnings", "3 Documented facts",
                                   "4 Claimed codes, requirement by requirement", "5 Physician queries"]
    for title, index in toc:
        assert title in flat(pages[index])
