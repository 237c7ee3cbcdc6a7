"""A consultation plans one count ("single fraction radiosurgery, 15 Gy") and its addendum changes the plan
("Addendum: ... changed to 27 Gy in three fractions"); the record delivers three. The first count is the plan the
addendum corrected, not a course cut short: no review flag. A course the record stops early is still flagged,
with or without an addendum (srscheck/review_policy.py)."""

from __future__ import annotations

from srscheck.nlp import read_text

CONSULT = """RADIATION ONCOLOGY CONSULTATION
Solitary left occipital metastasis, 2.9 cm, from breast cancer.
Plan: single fraction radiosurgery, 15 Gy, on the Edge with a frameless mask, to be scheduled after a planning MRI.

Addendum 06/03/2026: after planning, the brainstem dose was too high for one session. The plan was changed to
27 Gy in three fractions of 9 Gy, same mask. Patient agrees.

"""

RECORD = """TREATMENT RECORD
Left occipital metastasis, 27 Gy in 3 fractions, mask, CBCT before each fraction.
Fraction	Date	Dose (Gy)
1 of 3	06/10/2026	9
2 of 3	06/12/2026	9
3 of 3	06/15/2026	9
"""

STOPPED = """TREATMENT RECORD
Left occipital metastasis, 27 Gy in 3 fractions planned, mask, CBCT before each fraction.
Fraction	Date	Dose (Gy)
1 of 3	06/10/2026	9
2 of 3	06/12/2026	9
The course was discontinued after 2 fractions for a seizure; the last fraction will not be given.
"""


def test_a_count_an_addendum_changed_is_no_interrupted_course() -> None:
    reading = read_text(CONSULT + RECORD)
    assert reading.facts.fractions.value == 3
    assert not [f for f in reading.review if f.fact == "fractions"], [f.message for f in reading.review]


def test_a_course_stopped_early_is_still_flagged_after_an_addendum() -> None:
    reading = read_text(CONSULT + STOPPED)
    assert reading.facts.fractions.value == 2
    flags = [f for f in reading.review if f.fact == "fractions"]
    assert flags and any(f.fraction_counts == (3, 2) for f in flags), [f.message for f in reading.review]
