"""True courses written so that they read like negatives keep what they say: a device table answered No in its
"Used?" column names devices not used (and Yes, the one used); a target deferred at 0 Gy in the target table was not
treated; "Fraction 1 of 2 to the T9 lesion" counts fractions, not lesions; a conventional course's arc therapy and
pelvic immobiliser are its unit's technique and its body immobilization."""

from __future__ import annotations

from srscheck.nlp import read_text
from srscheck.nlp.forms import form_entries
from srscheck.nlp.vocab import load_vocabulary

DEVICES = """FRACTIONATED STEREOTACTIC RADIOTHERAPY - COURSE SUMMARY
Target\tleft temporal resection cavity (largest dimension 3.8 cm)
Prescription\t30 Gy in 5 fractions of 6 Gy to the 80% isodose; 3 VMAT arcs
Planning\tCT 1 mm 10/13/2026; post-op MRI fused

Devices and accessories

Device\tUsed?\tComment
Stereotactic head frame\tNo\tnot required for a 5-fraction course
Thermoplastic SRS mask\tYes\tmade 10/13/2026, used for all fractions
Bite block / mouthpiece\tNo\t
Implanted fiducial markers\tNo\tnot placed
Vacuum cushion\tNo\t
Cone-beam CT\tYes\tbefore every fraction

Left temporal resection cavity: 30 Gy in 5 fractions delivered as planned 10/19-10/23/2026.
"""


def test_a_table_answer_column_marks_each_row_used_or_not() -> None:
    pats = load_vocabulary().patterns
    text = "Device\tUsed?\tComment\nStereotactic head frame\tNo\tnot required\nThermoplastic mask\tYes\t\n"
    rows = [(text[e.start:e.end], e.ticked, e.kind) for e in
            form_entries(text, pats["checkbox"], None, pats["form_answer_no"], pats["answer_column_header"])]
    assert rows == [("Stereotactic head frame", False, "row"), ("Thermoplastic mask", True, "row")]


def test_devices_answered_no_in_a_used_column_are_not_used() -> None:
    reading = read_text(DEVICES)
    assert reading.facts.positioning.value == ["mask"]
    assert not [f for f in reading.review if f.fact == "positioning"]


DEFERRED = """RADIOSURGERY PROCEDURE REPORT
Date\t10/29/2026
Unit\tmulti-source cobalt-60 radiosurgery unit
Frame\tstereotactic head frame applied under local anaesthetic, 4 pins

Targets

Target\tLocation\tSize\tMarginal dose\tIsodose\tDecision
A\tleft cerebellar hemisphere\t2.4 cm\t18 Gy\t50%\ttreated
B\tright frontal convexity, dural-based\t2 mm\t-\t-\tdeferred - 0 Gy, observe

Delivered: target A, left cerebellar metastasis, 18 Gy in a single session.
"""


def test_a_target_deferred_in_the_target_table_is_not_a_treated_lesion() -> None:
    lesions = read_text(DEFERRED).facts.lesions
    assert [(les.site, les.dose_gy) for les in lesions] == [("cranial", 18.0)]


HOLD = """SPINE SBRT PLAN SUMMARY
Target\tPTV_T8 (T8 body + both pedicles)
Rx\t24 Gy in 2 fractions, 80% isodose
Immobilisation\tvacuum cushion

ON-TREATMENT NOTE - TREATMENT HOLD 11/04/2026
Fraction 1 of 2 to the T9 lesion given 11/02 without problems. Holding fraction 2 until surgical review.

COMPLETION NOTE 11/11/2026
SBRT to T8 completed today after a nine-day hold: 24 Gy in 2 fractions (12 Gy x 2).
"""


def test_the_total_of_a_fraction_ordinal_is_no_count_of_lesions() -> None:
    """One target named T8 in three places and T9 in one: one lesion, with the level to check."""
    reading = read_text(HOLD)
    assert [les.dose_gy for les in reading.facts.lesions] == [24.0]
    assert any(f.fact == "sites" and "T9" in f.message for f in reading.review)


CONVENTIONAL = """END OF TREATMENT SUMMARY - HIGH PRECISION IMAGE-GUIDED RADIOTHERAPY
Diagnosis\tAdenocarcinoma prostate, cT2b N0 M0
Technique\tHighly conformal intensity-modulated arc therapy, 6 MV, 2 arcs
Dose\t7000 cGy in 28 daily fractions of 250 cGy
Markers\t3 gold fiducial seeds implanted 08/28/2026
Immobilisation\tpelvic immobiliser with knee and foot stocks
Planning imaging\tCT 2 mm fused to MRI pelvis
Delivered: PTV_70 (prostate and proximal seminal vesicles) 7000 cGy in 28 fractions, completed 10/21/2026.
"""


def test_arc_therapy_and_a_pelvic_immobiliser_are_read_as_written() -> None:
    facts = read_text(CONVENTIONAL).facts
    assert facts.modality.value == "linac" and facts.modality.inferred
    assert facts.positioning.value == ["body_immobilization", "fiducials"]
