"""Fields of a plan or course printout: a distance written as a field ("Distance from the PTV edge to the left
optic nerve: 2 mm") makes the lesion complex as "2 mm from the optic nerve" does; a device field answered "not
applicable" with its reason in parentheses ("Head frame<tab>not applicable (mask course)") documents no frame;
and a structure table's rows headed by an organ ("Brainstem DO.1cc | 21.3 Gy | < 23 Gy") give organ doses, so the
plan was computed on contoured structures."""

from __future__ import annotations

from srscheck.nlp import read_text

MENINGIOMA = """ROBOTIC RADIOSURGERY PLAN REPORT
System\trobotic-arm mounted 6 MV linac
Immobilisation\tthermoplastic mask
Imaging\tCT 1 mm + MRI T1+C, fused
Diagnosis\tmeningioma, left anterior clinoid

Target\tMax dim.\tRx\tIsodose
PTV_MEN\t2.2 cm\t2500 cGy / 5 fx\t78%

Distance from the PTV edge to the left optic nerve: {d} mm.
"""


def test_a_distance_written_as_a_field_makes_the_lesion_complex() -> None:
    near = read_text(MENINGIOMA.format(d=2)).facts.lesions
    assert [x.complexity for x in near] == ["complex"]
    assert "optic" in near[0].complexity_reasons[0]
    assert [x.complexity for x in read_text(MENINGIOMA.format(d=9)).facts.lesions] == ["simple"]


SUMMARY = """FRACTIONATED STEREOTACTIC COURSE SUMMARY
Course\tFSRS-1, status COMPLETED 05/15/2026
Unit\tmulti-source cobalt-60 radiosurgery unit with on-board cone-beam CT
Immobilisation\tthermoplastic mask, head cushion
Head frame\t{frame}
Planning images\tMRI 04/28/2026 + CT 04/28/2026 1 mm in mask, registered
Planning\tplan VS_R_5FX (17 shots)
Prescription\t2500 cGy in 5 fractions of 500 cGy, 50% isodose

Structure\tResult\tLimit (5 fx)
Cochlea R, mean\t4.1 Gy\trecord
Brainstem DO.1cc\t21.3 Gy\t< 23 Gy

Course total: right vestibular schwannoma 2500 cGy / 5 fractions.
"""


def test_a_device_field_not_applicable_with_its_reason_documents_no_device() -> None:
    reading = read_text(SUMMARY.format(frame="not applicable (mask course)"))
    assert reading.facts.positioning.value == ["mask"]
    assert not [f for f in reading.review if f.fact == "positioning"]


def test_rows_headed_by_an_organ_give_organ_doses_and_a_planned_target() -> None:
    reading = read_text(SUMMARY.format(frame="not applicable"))
    (les,) = reading.facts.lesions
    assert (les.dose_gy, les.fractions) == (25.0, 5)
    assert any(m.label == "PLANNED_TARGET" for m in reading.mentions)
