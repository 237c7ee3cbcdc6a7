"""Reader mechanisms found on corpus 66 (dictated notes, bundles and hard negatives; chart texts written for the
test):
- a diagnostic report (imaging) quotes the treatment in its clinical history: that course is the patient's history,
  no course of this document (facts._part_status, like a consultation's history);
- a payer's letter whose title stands below its letterhead, date and addressee's block ("To: ... / Fax: ..." then
  "NOTICE OF APPROVAL - PRIOR AUTHORIZATION") is titled by it: an authorization, nothing performed (facts._title);
  a payer's answer titled as its decision ("AUTHORIZATION DECISION - APPROVED") is one too (patterns request_title);
- a count followed by "in addition to" other lesions counts a part of the course's lesions ("two small lesions in
  addition to the three you knew about", "besides"), no count of them all (patterns count_difference_after);
- a table column titled with a target word whose cells are only figures ("PTV V100 | 96.8%") is a measure, never
  the lesion's name (sources._figures_only);
- a vertebral level said in words ("T eleven") is the level (normalise.yaml spoken_level);
- a level inside the treated range ("T11" in a course to T10-T12) is no other level (review._level_flags);
- a frame the patient walks with is no stereotactic frame (concepts.yaml lookalikes)."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text

IMAGING_REPORT = """NORTHGATE DIAGNOSTIC IMAGING - Neuroradiology
Final report

MRI HEAD WITH AND WITHOUT CONTRAST
Exam date   11/04/2026
CLINICAL HISTORY: Breast cancer with brain metastases, treated with stereotactic radiosurgery on 08/12/2026 (left
parietal 20 Gy, right cerebellar 18 Gy, one fraction). Follow-up.
FINDINGS: The treated left parietal lesion is smaller, 4 mm from 9 mm. The right cerebellar lesion has resolved.
No new lesion.
IMPRESSION: Response of the treated metastases. No new disease.
Signed: reading radiologist 11/04/2026
"""


def test_a_diagnostic_reports_clinical_history_is_no_course() -> None:
    facts = read_text(IMAGING_REPORT).facts
    assert facts.course_status.value != "delivered"
    assert facts.lesion_count.value is None and facts.fractions.value is None


APPROVAL_LETTER = """HARBOUR STATE HEALTH PLAN

Harbour State Health Plan - Utilization Management

Claims Office, 12 Quay Street

Date: 03/09/2026

To: Westmoor Cancer Centre, attn. Referrals
Fax: 555-0100

NOTICE OF APPROVAL - PRIOR AUTHORIZATION

Member          TESTPATIENT, ONE
Request         SBRT, right lower lobe, 5 fractions
Decision        APPROVED
Valid           03/09/2026 through 06/08/2026

Code    Description                    Units approved
77373   SBRT delivery, per fraction    5
77435   SBRT management                1

Approval is based on the CT and PET-CT submitted. A change of plan needs a new request.
"""


def test_a_letters_title_below_its_addressee_is_its_title() -> None:
    facts = read_text(APPROVAL_LETTER).facts
    assert facts.course_status.value == "recommended"
    assert facts.fractions.value is None and not facts.lesions


DECISION_LETTER = """NORTHWIND HEALTH INSURANCE
Medical Management

December 1, 2026

To: Pinecrest Radiation Oncology
Attention: Prior Authorization Desk

AUTHORIZATION DECISION - APPROVED

Dear provider,
Your request for radiosurgery to three brain metastases in one session has been approved. CPT 77372 and 61796 are
authorized through 03/01/2027.
"""


def test_a_payers_decision_is_an_authorization() -> None:
    facts = read_text(DECISION_LETTER).facts
    assert facts.course_status.value == "recommended"
    assert facts.lesion_count.value is None and facts.fractions.value is None


ADDED_LESIONS = """RADIOSURGERY TREATMENT RECORD 02/10/2026
Cobalt-60 unit, stereotactic head frame, stereotactic MRI for planning.

Target   Location           Rx (Gy)   Isodose
1        Left frontal       20        50%
2        Right parietal     20        50%
3        Left occipital     18        50%
4        Right cerebellar   18        50%
5        Left temporal      18        50%

The planning MRI showed two small lesions in addition to the three seen before, so we treated five in one session.
"""


@pytest.mark.parametrize("words", ["in addition to", "besides"])
def test_a_count_in_addition_to_others_is_a_part(words: str) -> None:
    reading = read_text(ADDED_LESIONS.replace("in addition to", words))
    assert reading.facts.lesion_count.value == 5
    assert not [f for f in reading.review if f.fact == "lesion_count"]


METRIC_COLUMN = """Stereotactic radiotherapy - plan summary
Linac, thermoplastic mask, planning CT and MRI fused. History: a 4.1 cm right occipital metastasis.

Structure     Description              Rx             Isodose   PTV V100
PTV_ROcc      R occipital met          27 Gy / 3 fx   80%       97.1%
PTV_LFront    L frontal met            24 Gy / 3 fx   80%       99.0%

Treatment completed 05/02/2026 as planned, three fractions.
"""


def test_a_column_of_figures_names_no_lesion() -> None:
    facts = read_text(METRIC_COLUMN).facts
    assert [les.name for les in facts.lesions] == ["PTV_ROcc", "PTV_LFront"]
    assert [les.complexity for les in facts.lesions] == ["complex", "simple"]


SPOKEN_LEVEL = """SPINE RADIOSURGERY PROCEDURE NOTE (dictated)
Indication: lung adenocarcinoma with a painful T eleven vertebral body metastasis.
Procedure: spine radiosurgery to T eleven, sixteen gray in one fraction, on the linac, vacuum cushion, planning CT
and MRI fused. Dose delivered sixteen gray in one fraction as planned.
"""


def test_a_level_said_in_words_is_the_level() -> None:
    facts = read_text(SPOKEN_LEVEL).facts
    assert [(les.site, les.dose_gy) for les in facts.lesions] == [("spinal", 16.0)]
    assert "T11" in facts.lesions[0].name
    assert facts.sites.value == ["spinal"]


RANGE = """Palliative radiotherapy - treatment summary
MRI spine 09/10/2026: T11 metastasis with epidural extension.
Target: T10-T12 vertebral bodies with the epidural disease.
Prescription 20 Gy in 5 fractions, AP/PA, CT simulation supine, knee rest, no immobilization device.
Completed 09/18/2026, 5 of 5 fractions. He is now walking with a frame.
"""


def test_a_level_inside_the_treated_range_is_no_other_level() -> None:
    reading = read_text(RANGE)
    assert not [f for f in reading.review if "check the level" in f.message]


def test_a_walking_frame_is_no_stereotactic_frame() -> None:
    assert "frame" not in (read_text(RANGE).facts.positioning.value or [])
