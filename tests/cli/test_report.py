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
from srscheck.api import Result
from srscheck.core import fileio
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


def test_clean_chart_one_page_summary_identity_legend_and_no_queries(tmp_path: Path) -> None:
    result = clean_result()
    data = render_report(result, checked_at=CHECKED, coder="J. Coder")
    pages = pdf_pages(data, tmp_path)
    text = flat("\n".join(pages))
    first = flat(pages[0])
    assert first.startswith("Documentation Gap Report: chart.pdf")
    assert "Checked on 2025-02-12 14:30 (UTC-05:00)" in first and "Checked by J. Coder" in first
    assert "2 claimed codes: 2 fully supported. No documentation query is needed." in first
    assert "How to read this report" in first  # the legend is on page 1
    assert "Billed and supported" in first and "77372" in first and "77432" in first
    assert "None: the chart documents every requirement" in text
    assert f"Page 1 of {len(pages)}" in pages[0] and len(pages) <= 3
    assert "srscheck 0.1.0" in text and doc_sha(result)[:16] in text


def doc_sha(result: Result) -> str:
    return result.reading.document.sha256


def test_pdf_metadata_title_is_the_chart_base_name_and_creation_time_the_check_time(tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    reading = make_reading(file="/some/long/folder/path/patient chart.pdf")
    data = render_report(make_result([], reading=reading), checked_at=CHECKED)
    pdf = pdfium.PdfDocument(data)
    try:
        meta = pdf.get_metadata_dict()
    finally:
        pdf.close()
    assert meta["Title"] == "Documentation Gap Report: patient chart.pdf"
    assert meta["CreationDate"].startswith("D:20250212143000-05'00")


def test_each_quotation_is_printed_once_and_referenced(tmp_path: Path) -> None:
    quote = "Cone-beam CT before treatment with a 6-degree-of-freedom couch correction."
    reqs = complete_requirements()
    codes = [CodeResult(c, "Some code", True, (), reqs, "1") for c in ("77372", "77432", "61796")]
    text = flat("\n".join(render_pages(make_result(codes), tmp_path)))
    assert text.count(quote) == 1  # three codes carry the requirement; the quotation is printed once
    assert "Requirements by code" in text and "Quotations" in text


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


def test_many_gaps_span_pages_with_repeated_header_and_one_query_per_gap(tmp_path: Path) -> None:
    result = many_gaps_result()
    pages = render_pages(result, tmp_path)
    total = len(pages)
    for n, page in enumerate(pages, start=1):
        assert f"Page {n} of {total}" in page
    table_pages = [p for p in pages if "Requirement number" in p]
    assert len(table_pages) >= 2
    assert all("Requirement 77373 Evidence Query" in flat(p) for p in table_pages)  # header repeats
    text = flat("\n".join(pages))
    assert "30 documentation queries are attached (section 4)." in text
    assert len(result.queries) == 30 and len({q.id for q in result.queries}) == 30
    for q in result.queries:
        assert text.count(q.id) >= 2  # in the matrix and on its own query header


def test_contradicted_code_is_a_finding_not_a_query(tmp_path: Path) -> None:
    problem = "77372 covers a single-session course, but the chart documents 3 fractions."
    reqs = complete_requirements() + (gap("positioning.frame", "positioning", "Stereotactic head frame applied"),)
    code = CodeResult("77372", "SRS delivery, linac, single session", False, (problem,), reqs, "2025.1")
    result = make_result([code])
    data = render_report(result, checked_at=CHECKED)
    text = flat("\n".join(pdf_pages(data, tmp_path)))
    assert "Contradicted: 77372 covers a" in text and "documents 3 fractions." in text
    assert result.queries == ()
    assert "No documentation query is needed. Review the contradicted codes" in text
    assert "Claimed but not among the supported codes: 77372." in text


def test_overridden_fact_is_marked_as_the_coders_with_original_value(tmp_path: Path) -> None:
    facts = default_facts().with_override("lesion_count", 3)
    reading = make_reading(facts=facts)
    text = flat("\n".join(render_pages(make_result([], reading=reading), tmp_path)))
    assert "3 ✎ Set by the coder (reader: 1)" in text
    assert "✎ marks a value set by the coder" in text
    assert text.count("Set by the coder (reader") == 1


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
    assert "OCR" in text and "its text was recognised by OCR" in text
    assert "? Not checked" in text and "No checklist template; not checked." in text


def test_same_gap_under_two_codes_is_one_query(tmp_path: Path) -> None:
    shared = RequirementResult("imaging.planning", "imaging", "Planning CT/MRI", "missing", (), "q", (),
                               ("Planning CT or MRI",), to="physician", gap="imaging.planning",
                               question="Which imaging studies were used to plan this course?")
    codes = [CodeResult("77372", "SRS delivery", True, (), (shared,), "1"),
             CodeResult("77432", "SRS management", True, (), (shared,), "1")]
    result = make_result(codes)
    text = flat("\n".join(render_pages(result, tmp_path)))
    assert text.count("Which imaging studies were used to plan this course?") == 1
    assert [q.codes for q in result.queries] == [("77372", "77432")]
    assert "1 documentation query is attached (section 4)." in text


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
    def files() -> list[str]:  # the per-user cache (srscheck_home) is not report output
        return sorted(str(p) for p in tmp_path.rglob("*") if "srscheck_home" not in p.parts)

    before = files()
    with pytest.raises(OutputError) as info:
        write_report(clean_result(), tmp_path / target, checked_at=CHECKED)
    assert info.value.code == "E030"
    assert str(info.value).startswith(f"E030: Cannot write {tmp_path / target}: ")
    assert files() == before


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


# --------------------------------------------------------------------------------------------------
# Real charts through analyze() and the CLI: the queries read back from the PDF
# --------------------------------------------------------------------------------------------------

REAL_SAMPLES = ("s11_adrenal_cgy_no_igrt.pdf", "s14_pituitary_25fx_three_pages.pdf", "s17_rib_sbrt_text.txt")
ROOT = Path(__file__).resolve().parents[2]
CODE_LIKE = re.compile(r"\b(?:\d{5}|G\d{4})\b|reimburs|payment|billing", re.IGNORECASE)


def gold_codes(chart: Path) -> list[str]:
    import json

    return json.loads(chart.with_name(chart.stem + ".gold.json").read_text(encoding="utf-8"))["codes"]


def query_texts(text: str, result: Result) -> list[str]:
    """The text of each query block as printed (from its ID to the next query's ID)."""
    ids = [q.id for q in result.queries]
    part = text[text.index("4 Documentation queries"):]
    starts = [part.index(f"Query {i}") for i in ids]
    return [part[a:b] for a, b in zip(starts, starts[1:] + [len(part)])]


@pytest.mark.parametrize("name", REAL_SAMPLES)
def test_report_of_a_sample_chart_says_what_its_result_says(samples_dir: Path, tmp_path: Path,
                                                            name: str) -> None:
    from srscheck.api import analyze
    from srscheck.report_styles import verdict_mark

    chart = samples_dir / name
    result = analyze(chart, gold_codes(chart))
    data = render_report(result, checked_at=CHECKED)
    pages = pdf_pages(data, tmp_path)
    text = flat("\n".join(pages))
    assert name in text
    assert all(f"Page {n} of {len(pages)}" in p for n, p in enumerate(pages, start=1))
    for code in result.codes:
        assert code.code in flat(pages[0])
        assert verdict_mark(report.code_verdict(code)).word in flat(pages[0])
    for q in result.queries:
        assert text.count(q.question) == 1


def test_queries_read_back_comply(tmp_path: Path) -> None:
    """A chart with a pending physics check, an unnamed physicist and a declined mask."""
    from srscheck.api import analyze

    chart = ROOT / "tests" / "blind_corpus7" / "c7_32.pdf"
    result = analyze(chart, "77373,77435,61798")
    pages = pdf_pages(render_report(result, checked_at=CHECKED), tmp_path)
    text = flat("\n".join(pages))
    assert len(pages) <= 3
    blocks = query_texts(text, result)
    assert len(blocks) == len(result.queries) >= 1
    gaps = [q.gap for q in result.queries]
    assert len(gaps) == len(set(gaps))  # one query per underlying gap
    # the physicist and the plan check are one physics question, addressed to the physicist
    physics = next(q for q in result.queries if "physics.plan_check" in q.requirements)
    assert "signatures.physicist" in physics.requirements and physics.to == "physicist"
    for block, q in zip(blocks, result.queries):
        assert "SEVENPATIENT, FORNAX" in block and "SYN-7032" in block  # patient and MRN from the chart
        assert "Service" in block and "2024-10-14" in block and "Attending" in block and "Contact" in block
        assert "Other (please specify)" in block and "Clinically undetermined" in block
        assert "Not performed" in block and "Response" in block and "Signature" in block
        question_part = block[block.index("Question."):block.index("Response")]
        assert not CODE_LIKE.search(question_part), question_part  # no code, no payment
        assert q.indicators and f"p. {q.indicators[0].page}" in block
    # the declined mask is a coder finding, not a query
    assert not any("positioning.immobilization" in q.requirements for q in result.queries)
    assert "offered at simulation but she declined" in text and "Coder findings" in text


def test_no_query_for_a_service_the_chart_negates(tmp_path: Path) -> None:
    from srscheck.api import analyze

    chart = ROOT / "tests" / "blind_corpus7" / "c7_09.pdf"  # "A thermoplastic mask was offered but declined"
    result = analyze(chart, "77372,77432")
    assert not any("positioning.immobilization" in q.requirements for q in result.queries)
    assert any(f.requirement == "positioning.immobilization" for f in result.findings)
    for q in result.queries:
        assert not CODE_LIKE.search(q.question + " ".join(q.options))
        assert any("other" in o.lower() for o in q.options)
        assert any(w in " ".join(q.options).lower() for w in ("clinically undetermined", "not performed"))
    d = result.to_dict()
    assert [q["id"] for q in d["queries"]] == [q.id for q in result.queries]
    assert set(d["queries"][0]) >= {"id", "to", "question", "options", "indicators", "requirements", "codes"}


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
    assert [t for t, _ in toc] == ["1 Requirements by code", "2 Documented facts", "3 Quotations",
                                   "4 Documentation queries"]
    for title, index in toc:
        assert title in flat(pages[index])


# --------------------------------------------------------------------------------------------------
# Length and the billed-versus-supported table, on every bundled sample
# --------------------------------------------------------------------------------------------------


def test_one_or_two_page_samples_give_at_most_three_report_pages(samples_dir: Path, tmp_path: Path) -> None:
    """Page 1 (identity, verdicts, billed and supported, legend), the matrix with each quotation once,
    then the queries, each kept whole: a 1-2 page chart reads in at most 3 pages."""
    import pypdfium2 as pdfium

    from srscheck.api import analyze

    checked = 0
    for chart in sorted(samples_dir.glob("s*.*")):
        if chart.suffix not in (".pdf", ".txt"):
            continue
        result = analyze(chart, gold_codes(chart))
        if len(result.reading.document.pages) > 2:
            continue
        pdf = pdfium.PdfDocument(render_report(result, checked_at=CHECKED))
        try:
            pages = len(pdf)
            text = flat("\n".join(pdf[i].get_textpage().get_text_range() for i in range(pages)))
        finally:
            pdf.close()
        assert pages <= 3, (chart.name, pages)
        for q in result.queries:  # every query is printed whole, with its own header, on one page
            assert text.count(f"Query {q.id}") == 1
        gaps = [q.gap for q in result.queries]
        assert len(gaps) == len(set(gaps)), chart.name  # one query per underlying gap
        for block in query_texts(text, result) if result.queries else []:
            asked = block[block.index("Clinical indicators"):block.index("Signature")]
            assert not CODE_LIKE.search(asked), (chart.name, asked)  # no code, no payment
            for option in ("Not performed", "Clinically undetermined", "Other (please specify)"):
                assert option in asked, (chart.name, option)
            assert "Patient" in block and "MRN" in block and "Service dates" in block and "Contact" in block
        checked += 1
    assert checked >= 15


def test_billed_against_supported_with_split_units_and_rule(samples_dir: Path, tmp_path: Path) -> None:
    from srscheck.api import analyze

    chart = samples_dir / "s07_spine_three_levels.pdf"
    result = analyze(chart, "77373x5, 77435-26, 63620, 63621x2, 77290-TC")
    pages = pdf_pages(render_report(result, checked_at=CHECKED), tmp_path)
    first = flat(pages[0])
    assert "Code PC / TC Verdict Billed Supported Finding and rule" in first  # no header word broken
    table = column_text(render_report(result, checked_at=CHECKED), tmp_path, "Billed", "Supported")
    assert "77373 ×5" in table and "77435-26 ×1*" in table and "63620 ×1*" in table and "63621 ×2" in table
    assert "* Claimed without units: one unit is assumed" in first
    split = column_text(render_report(result, checked_at=CHECKED), tmp_path, "PC", "Verdict")
    assert "TC only PC only Not split Not split -26 / -TC billed -TC" in split
    assert "Note: Modifier -TC on a professional-only code." not in first  # -26 on 77435 is right
    assert "Rule: coding-rules.md sections 1b, 3 and 5" in first
    # the codes the course carries, not claimed: the MLC device code of its VMAT plan among them
    carried = first[first.index("Supported by the documentation but not claimed"):]
    assert {"77301", "77338"} <= set(result.suggested_codes)
    assert "77301 IMRT (inverse)" in carried and "77338 Multi-leaf" in carried
    assert "Not claimed" in carried and "Every requirement documented [" in carried


def test_a_modifier_that_does_not_fit_the_split_is_noted(samples_dir: Path, tmp_path: Path) -> None:
    from srscheck.api import analyze

    result = analyze(samples_dir / "s08_lung_4dct_compression.pdf", "77373-26x5, 77435-TC")
    finding = column_text(render_report(result, checked_at=CHECKED), tmp_path, "Finding")
    assert "Note: Modifier -26 on a technical-only code." in finding
    assert "Note: Modifier -TC on a professional-only code." in finding


def test_service_dates_and_icd10_on_page_one_with_their_quotation(samples_dir: Path, tmp_path: Path) -> None:
    from srscheck.api import analyze

    result = analyze(samples_dir / "s01_gk_frame_four_mets.pdf", "77371,77432,61796,61797,61800")
    pages = pdf_pages(render_report(result, checked_at=CHECKED), tmp_path)
    first = flat(pages[0])
    assert "Service dates 2025-04-14 [1]" in first and "ICD-10 stated None stated" in first
    assert "[1] p. 1 “Date of procedure 14 April 2025”" in flat("\n".join(pages))
