"""Mechanisms found on corpus 88 (a whole course, or a records release, in ONE file), each on a chart written here:

- a combined file is split into its documents at their title lines (on a new page, or half-way down a page after a
  blank or a rule line); each is judged for its kind and status as a file of a bundle is: one fee estimate or
  authorisation among the records does not make the course a billing paper or a request;
- a file of one document keeps its single span, whatever headings its sections have;
- a release's cover sheet and index is no care of the course: its index rows' dates and numbers are no fractions;
- a document of another patient (its own patient field names someone else) is set aside with a warning.
"""

from __future__ import annotations

from srscheck.nlp import read_text

from nlp.segments import document_spans
from nlp.vocab import load_vocabulary

RULE = "-" * 60

EXPORT = f"""CHART EXPORT - EXAMPLE CANCER CENTER - exported 09/14/2026
Patient: EXAMPLAR, HORTENSE    MRN: X-88012    DOB: 03/03/1964
{RULE}
[1] PATIENT FINANCIAL ESTIMATE   06/18/2026   Financial Counseling
{RULE}
Estimate for planned radiosurgery. Not a bill.
  CPT 77372  SRS delivery, linac, single session .... 1
  CPT 77432  Stereotactic treatment management ...... 1
Estimated patient responsibility: $1,840.00.

{RULE}
[2] RADIATION ONCOLOGY CONSULT   06/16/2026   A. Doctor, MD
{RULE}
Two brain metastases, left frontal 1.2 cm and right parietal 0.8 cm. Single-fraction linac SRS, 20 Gy to each
lesion proposed. Mask simulation and thin-slice MRI.

{RULE}
[3] SRS PLAN REPORT   06/25/2026   Physics
{RULE}
Machine: gantry linac 6 MV FFF. Planning CT 1 mm fused with planning MRI 06/21/2026. Open-face thermoplastic mask.
PTV_LFront 20 Gy, PTV_RPar 20 Gy, single fraction. Second calc passed.

{RULE}
[4] TREATMENT NOTE   06/29/2026   A. Doctor, MD
{RULE}
SRS delivered today in a single fraction to both targets. CBCT with 6DoF couch correction, approved by me.
Delivered: left frontal 20 Gy, right parietal 20 Gy. Tolerated well.
"""


def test_a_fee_estimate_first_in_an_export_does_not_make_the_course_a_billing_paper() -> None:
    reading = read_text(EXPORT)
    assert reading.facts.course_status.value == "delivered"
    assert reading.facts.fractions.value == 1
    assert reading.facts.lesion_count.value == 2
    assert not reading.document.parts  # the JSON still names one file


def test_documents_of_an_export_are_its_title_lines() -> None:
    from nlp.reader import document_from_text
    doc = document_from_text(EXPORT)
    spans = document_spans(doc, load_vocabulary())
    assert "[1] PATIENT FINANCIAL ESTIMATE" in doc.text[spans[0][0]:spans[0][1]]  # under the export's header
    assert [doc.text[s:e].split()[0] for s, e, _k in spans[1:]] == ["[2]", "[3]", "[4]"]
    assert all(k is None for _s, _e, k in spans)  # one file


AUTHORISATION_PAGE = """NOTICE OF AUTHORIZATION

Member\tEXAMPLE, PERSON
Provider MRN\tX-88006
Request\tSBRT, right lung, up to 5 fractions
Decision\tApproved

Code\tDescription\tApproved
77373\tSBRT delivery per fraction\tup to 5
77435\tSBRT management\t1
\f
Radiation Oncology Consultation

Patient\tEXAMPLE, PERSON (X-88006)
Date\t01/06/2026
Right upper lobe adenocarcinoma 2.3 cm. Plan: SBRT. Proposed 54 Gy in 3 fractions.
\f
Simulation and Treatment Plan

Simulation 01/20/2026: supine, arms up, vacuum cushion with wing board. 4D CT, ITV from all phases.
Prescription revised to 50 Gy in 5 fractions (10 Gy per fraction) to the PTV, every other day.
Technique: 2 partial VMAT arcs, 6 MV FFF, gantry linac.
\f
Treatment Record
Fx\tDate\tDose\tCum.\tIGRT

1\t01/26/2026\t10 Gy\t10 Gy\tCBCT, ITV match, MD approved

2\t01/28/2026\t10 Gy\t20 Gy\tCBCT, ITV match, MD approved

3\t01/30/2026\t10 Gy\t30 Gy\tCBCT, ITV match, MD approved

4\t02/02/2026\t10 Gy\t40 Gy\tCBCT, ITV match, MD approved

5\t02/04/2026\t10 Gy\t50 Gy\tCBCT, ITV match, MD approved
"""


def test_an_authorisation_page_in_a_combined_file_leaves_the_course_delivered() -> None:
    reading = read_text(AUTHORISATION_PAGE)
    assert reading.facts.course_status.value == "delivered"
    assert reading.facts.fractions.value == 5
    assert reading.facts.modality.value == "linac"


ONE_NOTE = """STEREOTACTIC RADIOSURGERY TREATMENT SUMMARY
Patient: EXAMPLE, PERSON   MRN X-1

Diagnosis: two brain metastases.

Prescription
Left frontal 20 Gy in 1 fraction; right parietal 18 Gy in 1 fraction.

Treatment record
Delivered 03/02/2026 on the gantry linac, mask, CBCT before treatment.

Follow-up visit
MRI in 8 weeks.
"""


def test_one_document_with_section_headings_keeps_one_span() -> None:
    from nlp.reader import document_from_text
    assert document_spans(document_from_text(ONE_NOTE), load_vocabulary()) == []


RELEASE = """RELEASE OF INFORMATION - COVER SHEET AND INDEX

Patient\tEXAMPLE, PERSON
MRN\tX-88001

#\tDocument\tDate of service\tRelease pages
1\tReferral letter (medical oncology)\t01/05/2026\t2
2\tConsultation\t01/09/2026\t3
3\tRadiosurgery procedure note\t01/22/2026\t4
4\tDose plan and treatment record\t01/22/2026\t5
5\tFollow-up visit\t04/23/2026\t6
6\tMRI brain report (follow-up)\t04/20/2026\t7
\f
Radiosurgery Procedure Note

Date of procedure\t01/22/2026
The stereotactic head frame was applied with four pins. Stereotactic MRI was obtained with the fiducial box.
Cobalt-60 multi-source radiosurgery unit. Left frontal 18 Gy and right parietal 20 Gy.
Treatment was delivered 10:12-11:04 in one session. Frame removed.
"""


def test_a_release_index_is_no_treatment_log() -> None:
    reading = read_text(RELEASE)
    assert reading.facts.fractions.value == 1
    assert reading.facts.course_status.value == "delivered"


OTHER_PATIENT = """SRS Plan Summary

Patient\tEXAMPLAR, MAURICE MRN X-88004
Machine\tGantry linac 6 MV FFF; thermoplastic mask
Targets\tleft cerebellar 18 Gy, single fraction; midbrain 15 Gy, single fraction
\f
Treatment Record - SBRT Lung

Patient\tOTHERSON-TEST, PENELOPE
MRN\tX-88904
Fx\tDate\tDose
1\t10/01/2025\t18 Gy
2\t10/03/2025\t18 Gy
3\t10/06/2025\t18 Gy
Vacuum cushion, abdominal compression.
\f
SRS Treatment Record

Patient\tEXAMPLAR, MAURICE MRN X-88004
Date\t11/10/2025
Single-session linac SRS delivered to both lesions, 1 fraction, mask, CBCT approved.
"""


def test_another_patients_page_is_set_aside() -> None:
    reading = read_text(OTHER_PATIENT)
    assert reading.facts.fractions.value == 1
    assert "body_immobilization" not in (reading.facts.positioning.value or [])
    # the warning names the document by its page in the file, not the file as if it were another patient's
    assert any(w.startswith("The document on page 2 of chart.txt is another patient's") for w in reading.warnings)


BAR = "_" * 70
LABELLED = f"""ENCOUNTER DOCUMENTS - export for coding review
Patient: EXAMPLAR, FELICITY   MRN X-88019   DOB 11/11/1981
{BAR}
DOCUMENT: Consultation - Radiation Oncology            09/21/2026
AUTHOR:   A. Doctor, MD
New L1 and S1 metastases. Recommend SBRT to L1 and S1 on the robotic-arm linac, 27 Gy in 3 fractions each.
{BAR}
DOCUMENT: Simulation / Planning Note                    09/28/2026
AUTHOR:   A. Doctor, MD
CT simulation supine in a full-length vacuum cushion. Lumbosacral MRI 09/27/2026 registered for the targets.
{BAR}
DOCUMENT: Treatment Note - Fraction 1                   10/05/2026
AUTHOR:   RTT
Fx 1 of 3: PTV_L1 9 Gy, PTV_S1 9 Gy. Spine tracking with orthogonal kV pairs, approved by MD.
{BAR}
DOCUMENT: On-Treatment Visit                            10/06/2026
AUTHOR:   B. Doctor, MD
Patient: OTHERSON-TEST, CLEMENTINE   MRN X-88952   DOB 02/14/1950
Seen after SRS today: three brain metastases (right frontal 20 Gy, left parietal 20 Gy, left cerebellar 18 Gy)
single fraction on the gantry linac, mask, CBCT.
{BAR}
DOCUMENT: Treatment Note - Fraction 2                   10/07/2026
AUTHOR:   RTT
Fx 2 of 3: PTV_L1 9 Gy (cum 18 Gy), PTV_S1 9 Gy (cum 18 Gy).
{BAR}
DOCUMENT: Treatment Note - Fraction 3                   10/09/2026
AUTHOR:   RTT
Fx 3 of 3: PTV_L1 9 Gy (cum 27 Gy), PTV_S1 9 Gy (cum 27 Gy). Course complete.
"""


def test_an_exports_labelled_documents_and_another_patients_note() -> None:
    reading = read_text(LABELLED)
    assert reading.facts.sites.value == ["spinal"]
    assert reading.facts.lesion_count.value == 2
    assert "mask" not in (reading.facts.positioning.value or [])
    assert any("another patient" in w for w in reading.warnings)


def test_a_payers_notice_of_authorization_is_a_document_of_its_own() -> None:
    from nlp.reader import document_from_text
    doc = document_from_text("FACSIMILE\n\nTo\tExample Oncology - Precertification\nPages\t2\n\f" + AUTHORISATION_PAGE)
    spans = document_spans(doc, load_vocabulary())
    assert [doc.text[s:e].split("\n")[0] for s, e, _k in spans][:3] == \
        ["FACSIMILE", "NOTICE OF AUTHORIZATION", "Radiation Oncology Consultation"]


def test_a_release_index_recounts_no_record_as_another_institutions() -> None:
    """The release's cover lists "3 Radiosurgery procedure note 01/22/2026": no later note of care recounting the
    procedure note as a course given elsewhere; its frame co-ordinate check is this course's verification."""
    from pathlib import Path

    from srscheck.nlp import read_course
    chart = Path(__file__).resolve().parents[1] / "blind_corpus88" / "m88_01.pdf"
    reading = read_course([chart])
    assert not any("another institution" in w for w in reading.warnings)
    assert reading.facts.fractions.value == 1
    checks = [m for m in reading.mentions if m.label == "FRAME_CHECK"]
    assert checks and all("HISTORICAL" not in m.modifiers for m in checks)


BANNERED = """EXAMPLE GENERAL HOSPITAL - release of information copy
EXAMPLE, PERSON   MRN X-40001

SIMULATION AND IMMOBILIZATION NOTE
Date: 09/02/2027
CT simulation 1 mm in an open-face thermoplastic mask. Planning MRI fused.

Electronically signed: A. Doctor, MD 09/02/2027

TREATMENT RECORD
Date: 09/10/2027
Single-fraction SRS delivered on the gantry linac, 20 Gy to the left frontal metastasis, CBCT approved.
"""


def test_a_release_copy_banner_is_no_cover_sheet() -> None:
    reading = read_text(BANNERED)
    assert reading.facts.positioning.value == ["mask"]
    assert reading.facts.course_status.value == "delivered"


def test_a_records_account_of_the_lesions_is_read_per_file() -> None:
    """A daily log naming its targets by structure names ("PTV_RAdr") inside a file whose summary names them all
    is no record that leaves a lesion out."""
    from pathlib import Path

    from srscheck.nlp import read_course
    chart = Path(__file__).resolve().parents[1] / "blind_corpus40" / "b40_18"
    reading = read_course(sorted(chart.iterdir()))
    assert not any("reports the treatment of" in f.message for f in reading.review)


# A consultation whose page 2 is a short scheduling form: ticked items, the front desk's initials and date. The
# initials' date closes the form; it is no header of a new document, so the form stays the consultation's page.
CONSULT_AND_FORM = """EXAMPLE NEURO-ONCOLOGY CLINIC
EXAMPLE, PERSON   MRN X-45000   DOB 01/01/1960

New Patient Consultation - Radiation Oncology
Date: 09/04/2026
Three brain metastases. I recommend single-fraction radiosurgery, 20 to 22 Gy to each. A thin-slice MRI is to be
obtained for planning; the mask will be made at simulation. He wishes to think it over.

Electronically signed: A. Doctor, MD 09/04/2026
[ RECEIVED SEP 08 2026 - CODING ]

Example clinic - page footer
\fScheduling request
[X] MRI brain, thin-slice, contrast
[X] CT simulation + mask
[ ] Treatment

Initialled: front desk, LM 09/04/2026

status: not yet scheduled
"""


def test_a_sign_offs_date_under_a_title_is_no_header_of_a_new_document() -> None:
    from nlp.reader import document_from_text
    assert document_spans(document_from_text(CONSULT_AND_FORM), load_vocabulary()) == []
    reading = read_text(CONSULT_AND_FORM)
    assert reading.facts.course_status.value != "delivered"
    assert not reading.facts.positioning.value and not reading.facts.imaging.value


# A faxed course summary of a bundle: the fax's cover sheet, then on its next page the summary it sends, whose title
# is no document title the reader knows and whose page has no header. The cover's page closes the cover: the page
# after it is the document sent, judged as its own (a cover is no care of the course; the summary is).
FAX_COVER = """04/27/2026 10:11 FROM: EXAMPLE RAD FAX 555-0100

FACSIMILE TRANSMITTAL

To\tHealth Information Management
Patient\tEXAMPLE, PERSON (X-45011)
Enclosed\tcourse summary

Please file to the radiation oncology encounter.
"""
SENT_SUMMARY = """Radiosurgery Course Overview

History: C5 metastasis received 30 Gy in 10 fractions in 03/2024 elsewhere. Now local progression at C5.

Target\tRx\tTracking
PTV_C5\t2100 cGy/3\tspine tracking

Immobilisation: long thermoplastic head-neck-shoulder mask. Imaging: CT 1.25 mm neck 04/14/2026; MRI C-spine
04/13/2026 fused.

Electronically signed: A. Doctor, MD 04/24/2026
"""
SESSION_LOG = """EXAMPLE RADIATION CENTER  |  session log
EXAMPLE, PERSON  X-45011

date        fx   PTV_C5    status
04/20/2026  1    700 cGy   treated
04/22/2026  2    700 cGy   treated
04/24/2026  3    700 cGy   treated
"""


def test_the_page_after_a_cover_sheet_is_the_document_it_sends() -> None:
    from nlp import get_reader
    from nlp.reader import document_from_text
    from srscheck.core.model import combine_documents
    fax = document_from_text(FAX_COVER + "\f" + SENT_SUMMARY, file="1_fax.txt")
    assert len(document_spans(fax, load_vocabulary())) == 2
    bundle = combine_documents([fax, document_from_text(SESSION_LOG, file="2_log.txt")])
    reading = get_reader().read_document(bundle)
    assert reading.facts.positioning.value == ["mask"]
    assert set(reading.facts.imaging.value) == {"CT", "MRI"}


# A fax's cover sheet whose subject recounts the course given, with a dose the record does not give: it says the
# treatment was given, so it is no bare cover; its figure is the chart's word and disagrees with the plan's.
FAX_WITH_SUBJECT = """FACSIMILE
To\tUtilization Review, Example Health Plan
Date\t12/08/2026
Subject\tEXAMPLE, PERSON, X-53010 - spine SBRT T12, 24 Gy x 3 fx, completed 11/27/2026
\fSpine SBRT - Plan and Prescription
Patient\tEXAMPLE, PERSON MRN X-53010 DOB 04/11/1966
Immobilization\tFull-length vacuum cushion
Imaging\tCT simulation 1.25 mm 11/16/2026

Target\tRx\tIDL
PTV_T12\t27 Gy / 3 fx\t79%

Electronically signed: A. Doctor, MD 11/18/2026
\fCompletion Note

EXAMPLE, PERSON completed SBRT 11/27/2026: T12 27 Gy in 3 fractions.

Electronically signed: A. Doctor, MD 11/27/2026
"""


def test_a_cover_that_recounts_the_course_given_is_checked_against_the_record() -> None:
    reading = read_text(FAX_WITH_SUBJECT)
    assert any("24 Gy" in f.message and "27 Gy" in f.message for f in reading.review)


# ... and a cover's word is the least careful of a chart's: a letter it sends outranks it (quantities.SOURCE_RANKS).
FAX_AND_LETTER = """FAX
To\tDr. Example, Urology
Pages\t2
Re\tEXAMPLE, PERSON - SBRT left kidney 25 Gy single fraction, completed
Letter follows.
\fEXAMPLE RADIATION ONCOLOGY
December 15, 2026
RE: EXAMPLE, PERSON MRN X-53016 DOB 06/17/1940
Dear Dr. Example,
Thank you for referring Mrs. Example, with a biopsy-proven 3.9 cm left renal cell carcinoma. On 12/10/2026 she
received stereotactic body radiotherapy to the left kidney tumor, 26 Gy in a single fraction on a gantry linac,
with CBCT before treatment. She tolerated it well.
Sincerely,
Electronically signed: A. Doctor, MD
"""


def test_a_cover_sheets_dose_ranks_below_the_letter_it_sends() -> None:
    reading = read_text(FAX_AND_LETTER)
    assert [les.dose_gy for les in reading.facts.lesions] == [26.0]
    assert any("25 Gy" in f.message and "cover sheet" in f.message for f in reading.review)


RELEASE_OF_OLD_COURSE = """GAMMA RADIOSURGERY TREATMENT SUMMARY
Patient EXAMPLAR, OSWIN   MRN X-88170
Treatment date 03/02/2020
Unit: cobalt-60 unit with a stereotactic head frame. Stereotactic MRI 03/02/2020.
Left parietal metastasis 12 mm: 20 Gy to the 50% isodose. Right occipital metastasis 9 mm: 20 Gy.
Delivered in one session.
Signed: Dr. A. Doctor 03/02/2020
\f
FOLLOW-UP VISIT
{visit}. Seen {after} after radiosurgery ({month}) for two metastases from lung cancer. Well. MRI stable.
No treatment needed. MRI again in 12 months.
Electronically signed: A. Doctor, MD {visit}
"""


def test_a_release_whose_follow_ups_recount_its_only_record_years_later_gives_no_course() -> None:
    reading = read_text(RELEASE_OF_OLD_COURSE.format(visit="04/14/2026", after="six years", month="03/2020"))
    assert reading.facts.course_status.value == "follow_up"
    assert reading.facts.lesion_count.value is None and not reading.facts.lesions
    assert reading.facts.modality.value is None
    assert any("earlier course" in w for w in reading.warnings)


def test_a_follow_up_months_after_its_course_leaves_the_course_delivered() -> None:
    text = RELEASE_OF_OLD_COURSE.format(visit="06/15/2020", after="three months", month="03/2020")
    reading = read_text(text)
    assert reading.facts.course_status.value == "delivered"
    assert reading.facts.lesion_count.value == 2


def test_a_device_placed_before_the_course_names_no_lesion() -> None:
    text = ("TREATMENT SUMMARY  06/08/2026\nPatient: EXAMPLAR, OSWIN   MRN X-88070\n"
            "Favorable intermediate-risk prostate adenocarcinoma. Plan at consultation: gold fiducials and rectal "
            "spacer, then SBRT 36.25 Gy in 5 fractions to the prostate.\n"
            "Prostate SBRT 36.25 Gy in 5 fractions, 05/28/2026 - 06/08/2026, completed as planned.\n")
    reading = read_text(text)
    assert reading.facts.lesion_count.value == 1
    names = [lesion.name.lower() for lesion in reading.facts.lesions]
    assert not any("spacer" in n or "fiducial" in n for n in names)


ESCALATED = """RADIATION ONCOLOGY CONSULTATION
Date: 02/10/2026
Patient: EXAMPLAR, OSWIN   MRN X-88080
Pancreatic head adenocarcinoma after chemotherapy. Plan: stereotactic MR-guided radiotherapy, proposed 33 Gy in 5
fractions to the PTV. Consent signed.
Electronically signed: A. Doctor, MD 02/10/2026
\f
TREATMENT PLAN SUMMARY
Date: 02/20/2026
Unit: MR-guided linac. Final prescription 40 Gy in 5 fractions (8 Gy/fx) to PTV_Panc{why}.
Electronically signed: A. Doctor, MD 02/20/2026
\f
TREATMENT COMPLETION SUMMARY
Date: 03/05/2026
Pancreatic head adenocarcinoma: MR-guided SBRT 40 Gy in 5 fractions, 02/24/2026 - 03/04/2026, completed.
Electronically signed: A. Doctor, MD 03/05/2026
"""


def test_a_proposal_the_plan_says_it_changed_is_no_second_dose() -> None:
    reading = read_text(ESCALATED.format(why=", escalated from the 33 Gy proposed at consultation after OAR review"))
    assert [lesion.dose_gy for lesion in reading.facts.lesions] == [40.0]
    assert not [f for f in reading.review if "33 Gy" in f.message]


def test_a_proposal_nobody_says_was_changed_keeps_its_review_flag() -> None:
    reading = read_text(ESCALATED.format(why=""))
    assert [lesion.dose_gy for lesion in reading.facts.lesions] == [40.0]
    assert [f for f in reading.review if "33 Gy" in f.message]
