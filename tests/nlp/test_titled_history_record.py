"""A record-and-verify print titled "Treatment History" (the heading on its document's first lines) over dates of
this course is the record of this course's fractions, not a past history: its target, devices, imaging and dose
count. A note's "Treatment history:" section among others, dated years before the course, stays the past."""

from __future__ import annotations

from srscheck.nlp import read_text

PRINT = """NORTHFIELD CLINIC | EXAMPLE R&V
TESTPATIENT, ONE   MRN SYN-00042   DOB 03/03/1950 -- printed 05/21/2026

Treatment History

Target\tRight lower lobe adenocarcinoma (PTV_RLL)
Machine\tgantry linac 6 MV FFF
Devices\tvacuum cushion; abdominal compression
Sim\t4D CT 05/02/2026
Rx\t48 Gy in 4 fractions (12 Gy/fx)

Date\tFx\tPlanned Gy\tDelivered Gy\tStatus
05/12/2026\t1\t12.0\t12.0\tTreated
05/14/2026\t2\t12.0\t12.0\tTreated
05/16/2026\t3\t12.0\t12.0\tTreated
05/19/2026\t4\t12.0\t12.0\tTreated
"""

CONSULT = """RADIATION ONCOLOGY CONSULTATION   05/21/2026
TESTPATIENT, ONE   MRN SYN-00042

Reason for visit: new right lower lobe nodule.

Treatment History
SBRT to a left upper lobe primary, 48 Gy in 4 fractions, 03/04/2019 to 03/11/2019, with a vacuum cushion.

Assessment: new primary; we will discuss options.
"""


def test_a_titled_history_print_of_this_course_is_its_record() -> None:
    r = read_text(PRINT, "history.txt")
    assert r.facts.fractions.value == 4
    assert "CT" in r.facts.imaging.value
    assert "body_immobilization" in r.facts.positioning.value
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(48.0, 4)]


def test_a_notes_treatment_history_years_ago_stays_the_past() -> None:
    r = read_text(CONSULT, "consult.txt")
    assert r.facts.fractions.value is None
    assert not r.facts.positioning.value


SPINE = """EXAMPLE SPINE CENTRE | TX HISTORY
TESTPATIENT, TWO   MRN SYN-00044   DOB 04/04/1960 -- printed 06/02/2026

Treatment History - Spine

Target\tT11 metastasis
Unit\t6 MV linac
Immobilisation\tvacuum cushion
Planning\tCT 1 mm 05/18/2026; MRI T-spine 05/15/2026
Plan\t27 Gy / 3 to the 80% isodose, VMAT two arcs

Fx\tDate\tDose cGy\tStatus
1\t05/26/2026\t900\tTreated
2\t05/28/2026\t900\tTreated
3\t05/30/2026\t900\tTreated
"""


def test_the_titled_section_holds_no_date_of_its_own() -> None:
    """The heading's section ends at the next field ("Planning"): the print's dates, not the section's, date it."""
    r = read_text(SPINE, "history.txt")
    assert "body_immobilization" in r.facts.positioning.value
    assert r.facts.modality.value == "linac"
