"""A number before a lesion noun counts the course's lesions only where it is a count of them: a grade or score
("PI-RADS 5 lesion"), the decimals of a number in words ("SUV nine point two in the nodule"), a number joined to
the noun by a preposition, a list item's number ("#1 T11 met"), a units cell of a billing row and the breakdown
of a count written just before it ("three metastases (the two ... and ...)") are none; a dictated
self-correction retracts the words it corrects."""

from __future__ import annotations

from srscheck.nlp import read_text


def _count_flags(reading) -> list:
    return [f for f in reading.review if f.fact == "lesion_count"]


PROSTATE = """RADIATION ONCOLOGY TREATMENT SUMMARY
Diagnosis: adenocarcinoma of the prostate, Gleason 4+3, PSA 9.1; multiparametric MRI with a PI-RADS 5 lesion at
the left base and a PI-RADS four lesion at the right apex.
Stereotactic body radiotherapy to the prostate, 40 Gy in 5 fractions, delivered on the TrueBeam 03/02/2026 -
03/12/2026 with daily CBCT and gold fiducial matching. CT simulation fused with the MRI.
"""


def test_a_score_before_a_lesion_noun_is_no_count() -> None:
    reading = read_text(PROSTATE)
    assert reading.facts.lesion_count.value == 1
    assert not _count_flags(reading)


LUNG = """SBRT COMPLETION NOTE
Peripheral left lower lobe adenocarcinoma; staging PET with an SUV of nine point two in the nodule, no nodal uptake.
SBRT to the left lower lobe nodule, 48 Gy in 4 fractions, completed 05/04/2026 - 05/11/2026 on the Versa HD.
Four-dimensional CT simulation in a vacuum cushion, daily CBCT.
"""


def test_the_decimals_of_a_number_in_words_are_no_count() -> None:
    reading = read_text(LUNG)
    assert reading.facts.lesion_count.value == 1
    assert not _count_flags(reading)


SPINE = """SPINE SBRT COMPLETION NOTE
A/P:
#1 T11 met -> SBRT 24 Gy in 2 fractions, done.
#2 L2 met -> SBRT 24 Gy in 2 fractions, done.
Both targets were treated on the TrueBeam 06/01/2026 - 06/03/2026, BodyFIX cushion, CT simulation with a spine MRI
fusion, daily CBCT.
"""


def test_a_list_items_number_is_no_count() -> None:
    reading = read_text(SPINE)
    assert reading.facts.lesion_count.value == 2
    assert not _count_flags(reading)


BILLED = SPINE + """
CHARGE SHEET
CPT\tUnits\tDescription
77373\t2\tSBRT delivery
63620\t1\tSpinal radiosurgery, first lesion
63621\t1\tSpinal radiosurgery, each additional lesion
"""


def test_a_units_cell_of_a_billing_row_is_no_count() -> None:
    reading = read_text(BILLED)
    assert reading.facts.lesion_count.value == 2
    assert not _count_flags(reading)


BRAIN = """GAMMA KNIFE PROCEDURE NOTE
The frame-on MRI found one lesion more than the consultation had. Radiosurgery was delivered to three brain
metastases (the two planned lesions and the new right occipital lesion) in one session on 04/14/2026.
Targets: left frontal 20 Gy, right temporal 18 Gy, right occipital 22 Gy, each to the 50% isodose line.
Leksell frame, stereotactic MRI.
"""


def test_the_breakdown_of_a_count_is_no_other_count() -> None:
    reading = read_text(BRAIN)
    assert reading.facts.lesion_count.value == 3
    assert not _count_flags(reading)


DICTATED = """RADIOSURGERY CONSULTATION (dictated)
Plan is a single session on the Gamma Knife comma twenty gray to the left occipital lesion -- correction, that
should be the right occipital lesion -- and eighteen gray to the left frontal lesion period

GAMMA KNIFE TREATMENT RECORD 02/10/2026
Target\tDose\tIsodose
Right occipital metastasis\t20 Gy\t50%
Left frontal metastasis\t18 Gy\t50%
Leksell frame, stereotactic MRI. Both targets treated in one session.
"""


def test_a_dictated_self_correction_retracts_the_words_it_corrects() -> None:
    reading = read_text(DICTATED)
    assert reading.facts.lesion_count.value == 2
    assert not [f for f in reading.review if f.fact == "sites"]


LIVER = """LIVER SBRT PLAN SUMMARY
Diagnosis: hepatocellular carcinoma, segment IV, 2.6 cm.
Prescription: 9 Gy x 5 = 45 Gy to the PTV, VMAT on the TrueBeam; triphasic CT and liver MRI fused.
Normal liver (liver - GTV) 800 cc spared > 15 Gy; stomach Dmax 22.0 Gy.
Completion: 5 of 5 fractions delivered 03/02/2026 - 03/09/2026, daily CBCT on the implanted fiducials.
Resident note: #1 HCC segment IV -> SBRT 45 Gy/5 fx complete.
"""


def test_the_normal_part_of_the_treated_organ_is_no_lesion() -> None:
    reading = read_text(LIVER)
    assert reading.facts.lesion_count.value == 1
    assert reading.facts.lesions[0].dose_gy == 45.0


ABLATED = """LIVER SBRT COURSE
Tumour board: two hepatocellular carcinomas, a 2.8 cm lesion in segment six and a 1.2 cm lesion in segment two.
Microwave ablation of the segment two lesion by interventional radiology; SBRT to the segment six lesion.
Plan: Target GTV segment VI HCC; 10 Gy x 5 = 50 Gy, VMAT on the TrueBeam, 4DCT and MRI fused, abdominal compression.
Completion summary: SBRT delivered to both liver lesions (segments VI and II), 50 Gy in 5 fractions, 04/06/2026 -
04/14/2026, daily CBCT.
"""


def test_a_count_naming_a_lesion_given_to_another_treatment_sets_no_count() -> None:
    reading = read_text(ABLATED)
    assert reading.facts.lesion_count.value == 1
    assert reading.facts.lesions[0].dose_gy == 50.0
    assert _count_flags(reading)  # the summary's "both" still disagrees with the lesion found


HELD = """CRANIAL SRS PLAN REPORT
Plan SRS_MULTI_01 approved 04/10/2026; 6 MV FFF gantry linac; thermoplastic SRS mask; MRI fused with planning CT.
Structure\tLocation\tSize (mm)\tRx
PTV1\tR frontal\t12\t20 Gy x 1
PTV2\tL temporal\t16\t20 Gy x 1
PTV3\tR cerebellar\t21\t18 Gy x 1
PTV5_hold\tL occipital\t3\t-- not planned --
Treatment record 04/14/2026: fraction 1 of 1, PTV1 20 Gy, PTV2 20 Gy, PTV3 18 Gy delivered.
"""


def test_a_target_row_said_not_planned_is_no_lesion_of_the_course() -> None:
    reading = read_text(HELD)
    assert reading.facts.lesion_count.value == 3
    assert "L occipital" not in [les.name for les in reading.facts.lesions]
