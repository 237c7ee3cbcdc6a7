"""Hard negatives whose papers look like a course: a record of radiosurgery given at another institution and
scanned into this clinic's chart, which this clinic's later follow-up recounts as history; a consultation
carrying a stamp of its receipt ("RECEIVED SEP 08 2026"); a fax whose cover sheet encloses a request for prior
authorisation. None documents a course given here. A course whose records and notes share one letterhead, or
whose record comes from the institution the later note names but under that note's own letterhead, stays a
course.
"""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_course, read_text

from srscheck.core.model import status_kind

FOLLOW_UP = """QUARRY HILL NEUROLOGY & ONCOLOGY - FOLLOW-UP VISIT
PATIENT, TEST   MRN 1   Visit 01/14/2026   Dictated 01/14/2026

Sixty year old woman establishing care. History: in June 2025 at Greyfriars Infirmary she had single-session
radiosurgery on a cobalt unit, under a frame, twenty gray to a one point five centimeter left temporal metastasis
(see their letter, scanned into the chart).

Today's surveillance MRI brain shows the treated lesion smaller; no new lesions. No treatment is needed now.
"""

OUTSIDE_LETTER = """GREYFRIARS INFIRMARY

Re: PATIENT, TEST

RADIOSURGERY DISCHARGE LETTER

Date: 06/19/2025. Your patient underwent frame-based radiosurgery on the cobalt-60
unit today for a solitary left temporal metastasis (1.5 cm). Marginal dose 20 Gy to
the 50% isodose. Stereotactic MRI and CT were used for planning. She tolerated the
procedure well and was discharged the same day.

[stamp] RECEIVED QUARRY HILL 12/02/2025 - scanned to chart
"""


def _bundle(tmp_path: Path, docs) -> list[Path]:
    paths = []
    for name, text in docs:
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    return paths


def test_another_institutions_record_recounted_by_a_later_note_is_history(tmp_path: Path) -> None:
    r = read_course(_bundle(tmp_path, [("1_follow_up.txt", FOLLOW_UP), ("2_letter.txt", OUTSIDE_LETTER)]))
    f = r.facts
    assert f.course_status.value == "follow_up"
    assert f.modality.value is None and f.fractions.value is None and f.lesion_count.value is None
    assert f.sites.value in ([], None) and not f.imaging.value and not f.positioning.value
    assert any("another institution's record" in w and "2_letter.txt" in w for w in r.warnings)


def test_the_same_letterhead_is_this_course(tmp_path: Path) -> None:
    own = OUTSIDE_LETTER.replace("GREYFRIARS INFIRMARY", "QUARRY HILL NEUROLOGY & ONCOLOGY")
    note = FOLLOW_UP.replace("at Greyfriars Infirmary", "at Quarry Hill")
    r = read_course(_bundle(tmp_path, [("1_follow_up.txt", note), ("2_letter.txt", own)]))
    assert r.facts.course_status.value == "delivered"
    assert r.facts.lesion_count.value == 1


def test_a_note_that_never_names_the_records_institution_keeps_the_course(tmp_path: Path) -> None:
    note = FOLLOW_UP.replace("at Greyfriars Infirmary ", "")
    r = read_course(_bundle(tmp_path, [("1_follow_up.txt", note), ("2_letter.txt", OUTSIDE_LETTER)]))
    assert r.facts.course_status.value == "delivered"


def test_a_referral_before_the_record_keeps_the_course(tmp_path: Path) -> None:
    """A consultation elsewhere that sends the patient to the treating institution comes before its record."""
    consult = ("QUARRY HILL NEUROLOGY & ONCOLOGY - CONSULTATION\nVisit 05/20/2025\n\nLeft temporal metastasis, "
               "1.5 cm. Referred to Greyfriars Infirmary for single-session radiosurgery.\n")
    r = read_course(_bundle(tmp_path, [("1_consult.txt", consult), ("2_letter.txt", OUTSIDE_LETTER)]))
    assert r.facts.course_status.value == "delivered"


CONSULT_STAMPED = """LINDENHURST NEURO-ONCOLOGY CLINIC

New Patient Consultation - Radiation Oncology

HPI: 66-year-old man with lung adenocarcinoma; surveillance MRI 08/30/2026 shows three new enhancing lesions:
right frontal 8 mm, left parietal 12 mm, right cerebellar 6 mm.

ASSESSMENT/PLAN: Good candidate for stereotactic radiosurgery.
Proposed: single fraction, 20-22 Gy per lesion depending on size, frameless. A thin-slice contrast MRI will be
obtained for planning; the mask will be made at simulation, to be scheduled after he returns from travel.

Electronically signed: A. Doctor, MD 09/04/2026
[ RECEIVED SEP 08 2026 - CODING ]
"""


def test_a_receipt_stamp_is_no_statement_of_delivery() -> None:
    f = read_text(CONSULT_STAMPED).facts
    assert status_kind(f.course_status) == "recommended"
    assert not f.imaging.value and not f.positioning.value and f.lesion_count.value is None


def test_a_dose_received_is_still_a_delivery_statement() -> None:
    text = ("RADIOSURGERY TREATMENT NOTE\nDate 09/20/2026\nThe right frontal metastasis RECEIVED 20 Gy in a single "
            "fraction on 09/20/2026, frameless, mask.\n")
    assert read_text(text).facts.course_status.value == "delivered"


FAX = """05/29/2026 15:20 FROM: CLINIC FAX 555-0133 TO: HIM CODING 555-0190

RE: PATIENT, TEST

FACSIMILE TRANSMITTAL

To\tHealth Information Management / Coding
From\tExample GI Cancer Center - authorisations
Pages (incl. cover)\t2
Enclosed\tprior authorisation request, SBRT

Urgent review requested - planned start 06/15/2026.
\f
PRIOR \u2610\tAUTHORIZATION REQUEST - RADIATION THERAPY
Requested\tSBRT 6.6 Gy x 5 = 33 Gy (planned)
Planned start\t06/15/2026
Technique:\t[] 3D-CRT [] IMRT [X] SBRT
Imaging for planning:\t[X] CT (to be done) [] MRI
Immobilization:\t[X] vacuum cushion (to be made)
"""


def test_a_fax_cover_enclosing_an_authorisation_request_is_a_request() -> None:
    f = read_text(FAX).facts
    assert status_kind(f.course_status) == "request"
    assert f.fractions.value is None and not f.positioning.value
