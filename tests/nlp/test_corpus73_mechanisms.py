"""Mechanisms behind corpus 73 (a coding office's harder in-tray: faxes, scans, long bundles, hard negatives), each
on a chart written here:

- a letter whose every word of radiation treatment stands in an earlier year (a referral recounting radiosurgery
  given elsewhere the year before last) documents no course: a follow-up of that one, no course facts;
- an organ's maximum point dose "outside the target" that "was held to" a dose is the organ's, no target of its own;
  a count's parts written right after it ("six metastases, five simple and one brainstem lesion") are its breakdown,
  no count of their own;
- a form whose gaps a scan has closed ("Completed: (x) yes ( ) no Summary: [...]"): the "no" option ends where the
  next field's label starts, and a yes / no pair's "no" negates nothing after it;
- a year written after an event of the disease itself ("AVM ..., bled 2025") dates that event, not the diagnosis;
- a knee and foot fixation is a body immobilization device;
- a dictation's "he had his single treatment of twenty-five gray" reports the treatment: against a record of
  2600 cGy x 1, a review flag.
"""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_course, read_text

COVER = """=== FAX === 04/02/2027 09:12 from NORTHGATE NEUROLOGY === 2 pages ===
To: Radiosurgery Intake, Harbourside Hospital
Re: referral - TESTPATIENT, ALPHA
"""

LETTER = """NORTHGATE NEUROLOGY CLINIC
Consultant Neurologist: Dr Imelda Strand

4th February 2027

Dr Paul Okafor, Consultant Neurosurgeon, Harbourside Hospital

Re: TESTPATIENT, ALPHA, our ref TEST-001

Dear Paul,

I would be grateful if you would see this 64-year-old man whom I follow for headaches. He had frame-based
radiosurgery for a 2,8 cm right parasagittal meningioma at the Westmoor Radiosurgery Unit on 3 March 2025,
14 Gy to the 50% isodose in one session. His headaches improved for a while.

His MRI of 20/01/2027 shows the meningioma a little smaller (2,5 cm) with some surrounding oedema. I would value
your opinion on whether anything further is needed.

Yours sincerely,
Dr Imelda Strand
"""


def test_a_referral_recounting_an_earlier_years_radiosurgery_is_no_course(tmp_path: Path) -> None:
    (tmp_path / "0_cover.txt").write_text(COVER, encoding="utf-8")
    (tmp_path / "1_letter.txt").write_text(LETTER, encoding="utf-8")
    r = read_course([tmp_path / "0_cover.txt", tmp_path / "1_letter.txt"])
    assert r.facts.course_status.value == "follow_up"
    assert not r.facts.lesions
    assert r.facts.sites.value in (None, [])


DICTATION = """LAKESIDE RADIOSURGERY - PROCEDURE NOTE
Date of procedure: 03/09/2027
Patient: TESTPATIENT, BETA

PROCEDURE: Stereotactic radiosurgery, single fraction, six brain targets, robotic linac.

Doses were as follows. Right frontal, twenty gray. Left frontal, twenty gray. Right occipital, eighteen gray.
Left temporal, eighteen gray. Right cerebellar, eighteen gray. The pontine lesion got fifteen gray in the one
fraction, and the brainstem max point dose outside the target was held to sixteen gray.

IMPRESSION: Single-session radiosurgery to six brain metastases, five simple and one brainstem lesion, completed
without complication. Thermoplastic mask; planning CT fused with MRI.
"""


def test_an_organ_maximum_outside_the_target_and_a_counts_breakdown() -> None:
    r = read_text(DICTATION)
    assert len(r.facts.lesions) == 6
    assert 16.0 not in [les.dose_gy for les in r.facts.lesions]
    assert not [f for f in r.review if f.fact == "lesion_count"]


FORM = """NORTHERN SPINE SBRT FORM - PRESCRIPTION AND TREATMENT RECORD
Patient: [TESTPATIENT, GAMMA] MRN: [TEST-003]
Target level(s): [T11] ( ) intact (x) post-op Epidural: (x) yes ( ) no
Immobilization: ( ) mask (x) vacuum cushion Planning system: [RIVER TPS 3] arcs [2 VMAT]
CBCT before each fraction, approved by the physician.
Completed: (x) yes ( ) no Summary: [T11 3500 cGy / 5 fx complete 12/10/2027]
MD signature: [K Lund] Date: [12/10/2027]
"""


def test_a_forms_no_option_ends_at_the_next_fields_label() -> None:
    r = read_text(FORM)
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(35.0, 5)]


AVM = """RIVERVIEW NEUROSCIENCES - COBALT-60 RADIOSURGERY REPORT
Patient<tab>TESTPATIENT, DELTA
Diagnosis<tab>Left thalamic arteriovenous malformation, Spetzler-Martin III, bled 2025 (managed without surgery); \
nidus 2,2 cm
Date of procedure<tab>14-Feb-2027
Unit<tab>multi-source cobalt-60 radiosurgery unit
Frame<tab>Stereotactic frame under local anaesthetic
Prescription<tab>Marginal dose 21 Gy to the 50% isodose, single session
""".replace("<tab>", "\t")


def test_a_year_of_the_diseases_own_event_does_not_date_the_diagnosis() -> None:
    r = read_text(AVM)
    assert [(les.complexity, les.dose_gy) for les in r.facts.lesions] == [("complex", 21.0)]
    assert "arteriovenous" in r.facts.lesions[0].name.lower()


PROSTATE = """COASTAL MR-LINAC UNIT - TREATMENT COURSE EXPORT
Patient<tab>TESTPATIENT, EPSILON
Diagnosis<tab>Adenocarcinoma prostate
Unit<tab>1.5 T MR-linac
Immobilisation<tab>Knee and foot fixation
Reference imaging<tab>Planning CT and MRI T2, both 02/03/2027
Prescription<tab>36,25 Gy / 5 # to PTV
Status<tab>COMPLETED 16/03/2027
""".replace("<tab>", "\t")


def test_a_knee_and_foot_fixation_is_body_immobilization() -> None:
    r = read_text(PROSTATE)
    assert r.facts.positioning.value == ["body_immobilization"]


KIDNEY = """HILLCREST CANCER SERVICE - RADIATION ONCOLOGY
Treatment note (dictated)
Patient: TESTPATIENT, ZETA

He was planned on the fifth of May with a four-D CT in a vacuum bag with abdominal compression.

Today, the nineteenth of May, he had his single treatment of twenty-five gray to the right kidney on the linac,
after a cone-beam CT match. He was comfortable throughout.

TREATMENT RECORD: R kidney SABR  2600 cGy x 1 fraction  delivered 19/05/2027  complete.
"""


def test_a_dictated_dose_he_had_against_the_record_is_flagged() -> None:
    r = read_text(KIDNEY)
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(26.0, 1)]
    assert [f for f in r.review if f.fact == "lesions"]


BRACKETED = """NORTHERN SPINE SBRT FORM - PRESCRIPTION AND TREATMENT RECORD
Patient: [TESTPATIENT, ETA] MRN: [TEST-007]
Target level(s): [T8]   Immobilization: (x) vacuum cushion
Rx: [700] cGy/fx x [5] fx = [3500] cGy to [80] % IDL
Planning system: [RIVER TPS 3] arcs [2 VMAT]   CBCT before each fraction.
Fractions delivered: [5] of [5]   Signed: [K Lund] [12/10/2027]
"""


def test_a_forms_bracketed_handwritten_numbers_are_read_as_quantities() -> None:
    r = read_text(BRACKETED)
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(35.0, 5)]
