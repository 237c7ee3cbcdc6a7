"""Several documents read as one course, and the review flags where a chart disagrees with itself."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from srscheck.nlp import read_course, read_text

from srscheck.api import analyze
from srscheck.cli import main
from srscheck.core.messages import UsageError

CONSULT = """Radiation Oncology Consultation
Patient seen for two brain metastases from renal cell carcinoma: a 9 mm left occipital lesion and a
1.4 cm right cerebellar lesion. Contrast MRI of the brain was reviewed. We recommend radiosurgery.
"""

PLAN = """Radiosurgery Plan
Immobilization: thermoplastic mask. Planning CT fused with the MRI.
Left occipital metastasis: 20 Gy in 1 fraction.
Right cerebellar metastasis: 18 Gy in 1 fraction.
"""

SUMMARY = """Treatment Summary
Both lesions were treated on the Varian Edge in a single session, 2/3/2025.
Cone beam CT verified the position before treatment.
"""


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    d = tmp_path_factory.mktemp("course")
    paths = []
    for name, text in (("consult.txt", CONSULT), ("plan.txt", PLAN), ("summary.txt", SUMMARY)):
        p = d / name
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def test_three_files_read_as_one_course(bundle: list[Path]) -> None:
    reading = read_course(bundle)
    f = reading.facts
    assert f.modality.value == "linac"
    assert f.lesion_count.value == 2
    assert f.fractions.value == 1
    assert "mask" in f.positioning.value and {"CT", "MRI"} <= set(f.imaging.value)
    assert [p.file.rsplit("/", 1)[-1] for p in reading.document.parts] == ["consult.txt", "plan.txt", "summary.txt"]
    # every evidence item names its document and the page inside it
    assert f.modality.evidence and f.modality.evidence[0].document == 2 and f.modality.evidence[0].page == 1
    doses = sorted(les.dose_gy for les in f.lesions)
    assert doses == [18.0, 20.0]
    for les in f.lesions:
        assert all(e.document == 1 for e in les.evidence)


def test_quotations_stay_inside_one_document(bundle: list[Path]) -> None:
    reading = read_course(bundle)
    text = reading.document.text
    for m in reading.mentions:
        ev = m.evidence
        if ev.start < 0:
            continue
        part = reading.document.parts[ev.document]
        assert part.start <= ev.start <= part.end
        assert "Consultation" not in ev.text or ev.document == 0
        assert text[ev.start:ev.end].strip()


def test_json_lists_documents_and_evidence_documents(bundle: list[Path]) -> None:
    data = analyze(bundle, "77373").to_dict()
    assert [d["file"] for d in data["documents"]] == ["consult.txt", "plan.txt", "summary.txt"]
    assert all(set(d) == {"file", "sha256", "pages"} for d in data["documents"])
    assert data["source"] == data["documents"][0]
    assert data["review"] == []
    for fact in ("modality", "lesion_count", "imaging", "positioning"):
        for ev in data["facts"][fact]["evidence"]:
            assert 0 <= ev["document"] < 3 and ev["page"] >= 1


def test_one_file_json_has_no_document_keys(bundle: list[Path]) -> None:
    single = analyze(bundle[1]).to_dict()
    listed = analyze([bundle[1]]).to_dict()
    assert single == listed
    assert "documents" not in single and single["review"] == []
    assert all("document" not in ev for ev in single["facts"]["modality"]["evidence"])


def test_cli_checks_several_files_as_one_course(bundle: list[Path], tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "course.json"
    assert main(["check", *map(str, bundle), "--codes", "77372", "--json", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["documents"]) == 3 and data["facts"]["lesion_count"]["value"] == 2
    assert main(["check", *map(str, bundle)]) == 0
    summary = capsys.readouterr().out
    assert "read as one course of 3 documents" in summary and "summary.txt p.1" in summary


def test_cli_missing_second_file_is_one_sentence(bundle: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(bundle[0]), str(bundle[0].with_name("missing.pdf"))]) == 3
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("srscheck: E001:")


def test_no_file_is_a_usage_error() -> None:
    with pytest.raises(UsageError):
        analyze([])


# ---------------------------------------------------------------------------------------------- review flags
def test_count_statement_that_disagrees_is_flagged_not_hidden() -> None:
    r = read_text("Summary: all three metastases were treated with radiosurgery on the TrueBeam.\n"
                  "1. Left frontal metastasis, 20 Gy in 1 fraction\n"
                  "2. Right temporal metastasis, 18 Gy in 1 fraction\n")
    assert r.facts.lesion_count.value == 2
    flags = [f for f in r.review if f.fact == "lesion_count"]
    assert len(flags) == 1 and "3" in flags[0].message and "2" in flags[0].message
    assert any("all three metastases" in e.text for e in flags[0].evidence)


def test_planned_versus_delivered_fractions_flagged() -> None:
    r = read_text("SBRT to a right lower lobe lung nodule.\nPlanned: 48 Gy in 4 fractions.\n"
                  "Treatment stopped after pneumonitis. Delivered: 24 Gy in 2 fractions.\n")
    assert r.facts.fractions.value == 2
    flags = [f for f in r.review if f.fact == "fractions"]
    assert flags and "4" in flags[0].message and "2" in flags[0].message


def test_summary_dose_disagreeing_with_plan_dose_flagged() -> None:
    r = read_text("Plan: left parietal metastasis, 24 Gy in 3 fractions.\n"
                  "Prescription approved: 24 Gy in 3 fractions to the left parietal lesion.\n"
                  "Summary: the left parietal metastasis received 27 Gy in 3 fractions.\n")
    assert any(f.fact == "lesions" and "27" in f.message and "24" in f.message for f in r.review)


def test_consistent_chart_has_no_flags() -> None:
    r = read_text("Both lesions were treated.\n1. Left frontal metastasis, 20 Gy in 1 fraction\n"
                  "2. Right temporal metastasis, 18 Gy in 1 fraction\n")
    assert r.review == ()


def test_multiplier_is_not_a_count_statement() -> None:
    r = read_text("Rx: 20 Gy x 1 to each target.\n- Left frontal metastasis 20 Gy\n"
                  "- Right frontal metastasis 20 Gy\n- Left cerebellar metastasis 20 Gy\n")
    assert r.facts.lesion_count.value == 3 and r.review == ()


def test_primary_cancer_name_raises_no_site_flag() -> None:
    r = read_text("Metastatic melanoma. Right cerebellar brain metastasis treated with 20 Gy in 1 fraction.")
    assert not [f for f in r.review if f.fact == "sites"]
