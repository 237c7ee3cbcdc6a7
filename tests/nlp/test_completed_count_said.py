"""A patient letter or after-visit summary that says how many treatments were completed ("you have now finished
all three of your radiosurgery treatments") where the dated treatment record gives another count: the reading
keeps the record's count and a review flag quotes both. A statement that agrees, or one about another course in
the past, raises no flag."""

from __future__ import annotations

from srscheck.nlp import read_text

LOG = """SBRT DELIVERY LOG
Target: left adrenal metastasis. Prescription 8 Gy x 5 = 40 Gy. Unit: TrueBeam, vacuum cushion, CBCT daily.
Fx	Date	Dose (Gy)	Cumulative (Gy)
1	08/03/2026	8	8
2	08/05/2026	8	16
3	08/07/2026	8	24
4	08/10/2026	8	32
5	08/12/2026	8	40

AFTER-VISIT SUMMARY
{said} Drink plenty of fluids and call us with any fever.
"""


def _fraction_flags(said: str) -> list[str]:
    reading = read_text(LOG.format(said=said))
    assert reading.facts.fractions.value == 5
    return [f.message for f in reading.review if f.fact == "fractions"]


def test_a_completed_count_that_differs_from_the_record_is_flagged() -> None:
    flags = _fraction_flags("Well done: you have now finished all three of your radiation treatments.")
    assert any("3" in m and "5" in m for m in flags), flags


def test_a_completed_count_that_agrees_is_not_flagged() -> None:
    assert not _fraction_flags("Well done: you have now finished all five of your radiation treatments.")


def test_an_earlier_courses_count_is_not_flagged() -> None:
    assert not _fraction_flags("In 2024 you completed three treatments to the lung, which remains controlled.")


TWO_TARGETS = """RADIATION TREATMENT SUMMARY
Target      Rx       Dose/fx     Fx   Delivered
PTV_T6      35 Gy    7 Gy        5    35 Gy
PTV_LLL     50 Gy    10 Gy       5    50 Gy

Date          Fx   T6 (Gy)   LLL (Gy)   CBCT
10/20/2026    1    7         10         Y
10/22/2026    2    7         10         Y
10/23/2026    3    7         10         Y
10/27/2026    4    7         10         Y
10/28/2026    5    7         10         Y
Narrative: {said} Spinal cord Dmax 24.1 Gy; lung V20 5.2%. Full-body vacuum cushion, 4DCT, daily CBCT.
"""


def test_a_count_of_the_whole_course_in_a_course_of_two_targets_is_held_against_the_record() -> None:
    """Both targets had five fractions; the narrative's "all four fractions", naming no target, is a count of
    the whole course that the record contradicts (a copy-forward slip): flagged. A count said of one target
    ("the spine target had four fractions") may be that target's own and is left to the lesion's reading."""
    slip = read_text(TWO_TARGETS.format(said="She tolerated all four fractions well, with mild fatigue."))
    assert slip.facts.fractions.value == 5
    assert [f.message for f in slip.review if f.fact == "fractions"] == [
        "The chart also says 4 fraction(s) where it otherwise describes 5; 5 was used: check which is right."]
    agrees = read_text(TWO_TARGETS.format(said="She tolerated all five fractions well, with mild fatigue."))
    assert not [f for f in agrees.review if f.fact == "fractions"]
