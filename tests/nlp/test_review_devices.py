"""Review flags where the chart names two kinds of treatment unit, or a mask where a head frame was placed:
the record's reading is kept and the flag quotes both."""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_course, read_text

PLAN = """Robotic Radiosurgery Plan Summary
System: CyberKnife S7 with Iris collimator
Fixation: thermoplastic head mask; tracking 6D Skull
Right frontal metastasis: 20 Gy in 1 fraction.
Treatment log 2026-03-04: 140/140 beams delivered, 6D Skull tracking.
"""

LETTER = """Dear Dr. Example,
On 03/04/2026 your patient underwent Gamma Knife radiosurgery to a right frontal metastasis, 20 Gy in one
fraction, which she tolerated well. We will see her with an MRI in two months.
"""


def _write(tmp_path: Path, *texts: str) -> list[Path]:
    out = []
    for i, t in enumerate(texts):
        p = tmp_path / f"{i}_doc.txt"
        p.write_text(t, encoding="utf-8")
        out.append(p)
    return out


def test_a_letter_naming_another_unit_is_flagged_and_the_record_kept(tmp_path: Path) -> None:
    r = read_course(_write(tmp_path, PLAN, LETTER))
    assert r.facts.modality.value == "robotic_linac"
    flags = [f for f in r.review if f.fact == "modality"]
    assert len(flags) == 1 and "Gamma Knife" in flags[0].message and "robotic_linac was used" in flags[0].message
    assert {e.document for e in flags[0].evidence} == {0, 1}


def test_one_unit_named_throughout_raises_no_unit_flag(tmp_path: Path) -> None:
    r = read_course(_write(tmp_path, PLAN, LETTER.replace("Gamma Knife radiosurgery", "CyberKnife radiosurgery")))
    assert r.facts.modality.value == "robotic_linac"
    assert not [f for f in r.review if f.fact == "modality"]


def test_a_generic_linear_accelerator_in_a_cyberknife_chart_is_no_conflict() -> None:
    r = read_text(PLAN + "The CyberKnife is a compact linear accelerator on a robotic arm.\n")
    assert not [f for f in r.review if f.fact == "modality"]


LINAC_SUMMARY = """SBRT completion summary
{lead}
Left lower lobe tumour, 50 Gy in 5 fractions on the Varian TrueBeam with CBCT before each fraction, 4DCT
simulation in a vacuum cushion. Treatment completed 05/15/2026.
"""


def test_a_unit_weighed_against_the_one_used_in_the_same_sentence_is_no_conflict() -> None:
    lead = ("The patient had read about CyberKnife, but the robotic unit down the road was out of service that "
            "month, so we went ahead on the TrueBeam here.")
    r = read_text(LINAC_SUMMARY.format(lead=lead))
    assert r.facts.modality.value == "linac"
    assert not [f for f in r.review if f.fact == "modality"]


def test_a_unit_out_of_service_is_not_the_unit_used() -> None:
    lead = "Our CyberKnife was out of service for a source exchange; the patient was not asked to wait for it."
    r = read_text(LINAC_SUMMARY.format(lead=lead).replace(" on the Varian TrueBeam", ""))
    assert r.facts.modality.value != "robotic_linac"


def test_the_unit_used_named_before_another_out_of_service_is_kept() -> None:
    lead = "Treated on the TrueBeam as the CyberKnife was out of service."
    r = read_text(LINAC_SUMMARY.format(lead=lead).replace(" on the Varian TrueBeam", ""))
    assert r.facts.modality.value == "linac"


def test_a_unit_in_a_facility_name_is_no_treatment_unit() -> None:
    r = read_text(LINAC_SUMMARY.format(lead="Treated at the Harbourside Proton & Photon Center."))
    assert r.facts.modality.value == "linac"
    assert not [f for f in r.review if f.fact == "modality"]


def test_a_unit_named_alone_in_a_letter_is_still_flagged(tmp_path: Path) -> None:
    letter = LETTER.replace("Gamma Knife radiosurgery", "CyberKnife radiosurgery")
    r = read_course(_write(tmp_path, LINAC_SUMMARY.format(lead=""), letter))
    assert r.facts.modality.value == "linac"
    assert [f for f in r.review if f.fact == "modality"]


FRAME_RECORD = """Nursing procedure record
07:00 Leksell frame applied by the neurosurgeon under local anesthetic, 4 pin sites.
11:30 Frame removed after Gamma Knife treatment, pin sites dressed.
"""
SUMMARY_MASK = """Radiosurgery summary
Frameless mask-based Gamma Knife Icon radiosurgery to the left vestibular schwannoma, 12 Gy at the 50% isodose
in a single session.
"""


def test_a_mask_named_where_a_frame_was_placed_keeps_the_frame_with_a_flag(tmp_path: Path) -> None:
    r = read_course(_write(tmp_path, FRAME_RECORD, SUMMARY_MASK))
    assert r.facts.positioning.value == ["frame"]
    flags = [f for f in r.review if f.fact == "positioning"]
    assert len(flags) == 1 and "frame was used" in flags[0].message


def test_a_mask_course_without_a_frame_placement_is_not_changed() -> None:
    r = read_text(SUMMARY_MASK + "A frame was offered but the patient preferred the mask.\n")
    assert "mask" in r.facts.positioning.value
    assert not [f for f in r.review if f.fact == "positioning"]


def test_a_simultaneous_integrated_boost_is_no_dose_conflict() -> None:
    r = read_text("SBRT of the right adrenal metastasis on the Varian Edge.\n"
                  "Prescription delivered: right adrenal metastasis 35 Gy in 5 fractions to PTV_35, with the "
                  "simultaneous integrated boost to 45 Gy in 5 fractions within it.\n"
                  "Completed: right adrenal metastasis 35 Gy in 5 fractions.\n")
    assert [les.dose_gy for les in r.facts.lesions] == [35.0]
    assert not [f for f in r.review if f.fact == "lesions"]


def test_a_letter_dose_that_differs_from_the_plan_is_still_flagged() -> None:
    r = read_text("Plan: 4500 cGy in 5 fractions to PTV_RUL.\nTreatment record: 5 of 5 fractions, 4500 cGy "
                  "delivered in 5 fractions.\nLetter: he received 50 Gy in 5 fractions on the TrueBeam.\n")
    assert [les.dose_gy for les in r.facts.lesions] == [45.0]
    assert [f for f in r.review if f.fact == "lesions"]


def test_optic_distances_on_both_sides_of_the_limit_are_flagged() -> None:
    r = read_text("Letter: the right frontal metastasis lies about 8 mm from the optic nerve; 18 Gy in 1 fraction.\n"
                  "Plan: Target edge 4 mm from the right optic nerve; 12 mm from the chiasm. Rx 18 Gy x 1 on the "
                  "Varian Edge.\n")
    (les,) = r.facts.lesions
    assert les.complexity == "complex"
    flags = [f for f in r.review if "optic" in f.message]
    assert len(flags) == 1 and "4 mm" in flags[0].message and "8 mm" in flags[0].message


def test_distances_to_different_optic_structures_are_no_conflict() -> None:
    r = read_text("Plan: right frontal metastasis, target edge 4 mm from the right optic nerve and 12 mm from the "
                  "chiasm. Rx 18 Gy x 1 on the Varian Edge.\n")
    assert not [f for f in r.review if "optic" in f.message]


def test_a_course_label_like_c2_beside_a_body_plan_is_no_spinal_evidence(tmp_path: Path) -> None:
    from pdfmaker import RuledTable, make_chart_pdf
    from srscheck.nlp import read_chart

    path = make_chart_pdf(tmp_path / "chart.pdf", [[
        "SBRT course record on the Elekta Versa HD.",
        RuledTable([("Course", "Site", "Fx", "Dose/Fx (cGy)", "Cum. (cGy)"),
                    ("C2 SBRT", "L_ADRENAL_SBRT", "5/5", "800", "4000")])]])
    r = read_chart(path)
    assert [les.site for les in r.facts.lesions] == ["body"]
    assert not [f for f in r.review if f.fact == "sites"]


def test_a_unit_said_elsewhere_not_to_be_used_is_no_conflict() -> None:
    # the course was first meant for the CyberKnife; the chart says later why it was not, so the first mention
    # contradicts nothing
    lead = ("Gold seeds were implanted on 04/20/2026 in preparation for CyberKnife SBRT.\n"
            "04/27/2026: the CyberKnife is unavailable for a software upgrade; SBRT will be given on our linac.")
    r = read_text(LINAC_SUMMARY.format(lead=lead))
    assert r.facts.modality.value == "linac"
    assert not [f for f in r.review if f.fact == "modality"]


def test_rather_than_negates_the_alternative_not_the_unit_chosen_after_it() -> None:
    lead = "Rather than postpone SBRT by two months, treatment was given on our TrueBeam."
    r = read_text(LINAC_SUMMARY.format(lead=lead).replace(" on the Varian TrueBeam", ""))
    said = [m for m in r.mentions if m.label == "MODALITY" and "Rather than" in m.evidence.text]
    assert said and all(m.affirmed for m in said)
