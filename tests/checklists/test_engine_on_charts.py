"""The engine on real chart PDFs (made here with reportlab) read by the reader: end to end through analyze()."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from srscheck.nlp import read_text

from srscheck.api import Result, analyze, check_reading

HEADER = ["Example Cancer Center", "TESTPATIENT, ALEX - MRN SYN-T001"]


@pytest.fixture
def chart(make_pdf: Callable[..., Path]) -> Callable[[list[str]], Path]:
    def make(paragraphs: list[str]) -> Path:
        return make_pdf([paragraphs], header=HEADER)
    return make


def by_code(result: Result) -> dict:
    return {c.code: c for c in result.codes}


def categories(result: Result, code: str) -> dict[str, bool | None]:
    c = by_code(result)[code]
    return {cat: c.category_met(cat) for cat in ("plan", "imaging", "positioning", "delivery_verification",
                                                 "summary")}


def test_documented_linac_srs_is_supported(chart) -> None:
    pdf = chart([
        "Radiosurgery Note. Diagnosis: left frontal metastasis from lung adenocarcinoma, 1.4 cm. KPS 90.",
        "Treated on a Varian TrueBeam STx. The patient was immobilized in a frameless SRS mask.",
        "Planning CT (1 mm) was fused with a contrast MRI. GTV contoured on MRI; PTV = GTV + 1 mm.",
        "20 Gy in 1 fraction prescribed to the 80% isodose line with four non-coplanar arcs (Eclipse).",
        "CBCT before treatment with 6D couch correction.",
        "Summary: left frontal metastasis, 20 Gy in 1 fraction delivered on 09/09/2025.",
    ])
    result = analyze(pdf, "77372,77432,61796")
    codes = by_code(result)
    assert all(codes[c].consistent for c in ("77372", "77432", "61796"))
    assert categories(result, "77372") == {"plan": True, "imaging": True, "positioning": True,
                                           "delivery_verification": True, "summary": True}
    assert result.suggested_codes[:3] == ["77372", "77432", "61796"]
    dv = next(r for r in codes["77372"].requirements if r.id == "delivery.verification")
    assert dv.evidence and dv.evidence[0].page == 1 and "CBCT" in dv.evidence[0].text


def test_fractionated_srs_without_image_guidance_has_a_verification_gap(chart) -> None:
    pdf = chart([
        "Fractionated SRS Summary. Left parietal metastasis, 2.8 cm, breast cancer.",
        "Treated on a Varian TrueBeam with a thermoplastic mask. Planning CT and MRI were fused;",
        "GTV on MRI, PTV = GTV + 2 mm; three VMAT arcs; 30 Gy in 5 fractions prescribed to the 80% isodose.",
        "Treatment dates 01/13/2025 - 01/17/2025. Delivered: left parietal metastasis, 30 Gy in 5 fractions.",
    ])
    result = analyze(pdf, "77373,77435")
    cats = categories(result, "77373")
    assert cats["delivery_verification"] is False
    assert cats["plan"] and cats["imaging"] and cats["positioning"]
    dv = next(r for r in by_code(result)["77373"].requirements if r.id == "delivery.verification")
    assert dv.status == "missing" and dv.query.startswith("Please document how setup and delivery were verified")
    assert "77373" in result.suggested_codes and by_code(result)["77373"].consistent


def test_frame_code_on_a_frameless_chart(chart) -> None:
    pdf = chart([
        "Radiosurgery Note. Right frontal metastasis, 1.0 cm (melanoma). MRI was contraindicated (pacemaker);",
        "a contrast-enhanced planning CT was used for contouring. No head frame was used.",
        "GTV on contrast CT, PTV = GTV + 1.5 mm; four arcs; 20 Gy prescribed to the 80% isodose line.",
        "Machine: TrueBeam. CBCT before treatment.",
        "Summary: right frontal metastasis, 20 Gy in 1 fraction delivered on 09/09/2025.",
    ])
    result = analyze(pdf, "77372,61796,61800")
    codes = by_code(result)
    assert codes["61800"].consistent is False
    assert codes["61800"].problems[0].startswith("61800 needs a documented frame")
    assert categories(result, "77372")["positioning"] is False
    assert "61800" not in result.suggested_codes


def test_proton_radiosurgery_fits_61796_but_no_photon_delivery_code(chart) -> None:
    pdf = chart([
        "Proton Radiosurgery Note. Left parietal metastasis from uveal melanoma, 1.3 cm.",
        "Treated with scanned-beam proton radiosurgery, 18 Gy(RBE) in a single fraction on 10/20/2025.",
        "Thermoplastic mask; CT and MRI fused; GTV on MRI with a 1 mm margin; three proton fields;",
        "kV and CBCT image guidance before treatment. Summary: left parietal metastasis, 18 Gy(RBE) x 1.",
    ])
    result = analyze(pdf, "77372,61796")
    codes = by_code(result)
    assert codes["77372"].consistent is False and codes["61796"].consistent is True
    assert not {"77371", "77372", "77373"} & set(result.suggested_codes)


def test_more_than_five_fractions_is_not_srs(chart) -> None:
    pdf = chart([
        "Radiotherapy Summary. Right temporal glioblastoma, 4.1 cm. Treated on a TrueBeam with a thermoplastic mask.",
        "Planning CT fused with MRI; GTV = enhancing tumor, PTV = GTV + 3 mm; VMAT two arcs; CBCT daily.",
        "Regimen 40 Gy in 15 fractions (2.67 Gy per fraction), 10/06/2025 - 10/24/2025.",
        "Summary: right temporal glioblastoma, 40 Gy in 15 fractions.",
    ])
    result = analyze(pdf, "77373,77435,61798")
    assert [c.consistent for c in result.codes] == [False, False, False]
    assert all("more than 5 fractions" in c.problems[0] for c in result.codes)
    assert not {"77371", "77372", "77373", "77435"} & set(result.suggested_codes)


def test_broken_user_template_warns_and_uses_the_last_valid_copy(chart, _isolated_home: Path) -> None:
    from srscheck.checklists.templates import default_store

    store = default_store()
    good = store.bundled_text("77372").replace("version: '2026.1'", "version: 'site-2'")
    store.save_text("77372", good)
    (_isolated_home / "templates" / "77372.yaml").write_text(good.replace("kind: delivery", "kind: 3"))
    pdf = chart(["Radiosurgery on a TrueBeam, 20 Gy in 1 fraction to a left frontal metastasis."])
    result = analyze(pdf, "77372")
    assert result.outcome.templates == (("77372", "site-2"),)
    assert any(w.startswith("E041: Template 77372 is broken (") and w.endswith("using the last valid version.")
               for w in result.warnings)
    assert result.to_dict()["templates"] == {"77372": "site-2"}


def test_a_frame_coordinate_check_written_coordinates_first_is_delivery_verification() -> None:
    """A transcription's "the coordinates were independently verified by the neurosurgeon and the physicist
    before each run" is the frame co-ordinate check: the Gamma Knife course's delivery verification."""
    reading = read_text(
        "Gamma Knife radiosurgery with frame application. The stereotactic head frame was applied with four pins, "
        "a stereotactic MRI and CT were obtained and co-registered, and the right frontal lesion received 20 Gy to "
        "the 50% isodose line using five shots. The coordinates were independently verified by the neurosurgeon "
        "and the physicist before each run, and the treatment was delivered in one run.\n"
        "SUMMARY OF TREATMENT: GK SRS, one session on 03/11/2026: right frontal 20 Gy to the 50% IDL.\n")
    result = check_reading(reading, "77371,77432,61796")
    assert categories(result, "77371")["delivery_verification"] is True
