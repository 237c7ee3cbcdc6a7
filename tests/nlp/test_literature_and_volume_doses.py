"""Numbers that look like a second prescription but are something else, so they raise no review flag: a dose
quoted from the literature in a case report ("schedules such as 33 Gy/5 fx [4]"), an organ's dose read in a
volume written as a decimal ("brainstem 0.5 cc dose 17.9 Gy"), the volume a dose level encloses ("the 12 Gy
volume 6.2 cc"). A chart that gives its own course two doses is still flagged."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text
from srscheck.nlp.quantities import after_role, cue_role
from srscheck.nlp.vocab import load_vocabulary

CASE = """Online adaptive SBRT for pancreatic cancer: a case report

Background
Non-adaptive schedules such as 33 Gy/5 fx [4] or 25 Gy/5 fx [7] have been standard, while online adaptation
allows ablative doses [5,6].

Treatment
A planning CT and MRI were acquired in a vacuum cushion. The GTV was contoured on MRI and a 3 mm PTV added.
An IMRT plan prescribed 40 Gy/5 fx (8 Gy x 5) to the PTV. The five fractions were delivered on 03/02, 03/04,
03/06, 03/09 and 03/11/2026, completing 40 Gy.

Discussion
Escalated doses of 40-50 Gy in 5 fractions with adaptation have shown encouraging survival [5,6,8].
{closing}
"""


def _dose_flags(reading) -> list:
    return [f for f in reading.review if f.fact == "lesions"]


def test_doses_quoted_from_the_literature_raise_no_flag() -> None:
    reading = read_text(CASE.format(closing="This case supports 40 Gy in five fractions."))
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(40.0, 5)]
    assert _dose_flags(reading) == []


def test_the_courses_own_second_dose_is_still_flagged() -> None:
    reading = read_text(CASE.format(closing="Impression: completed SBRT to the pancreatic head, 45 Gy in 5 fractions."))
    flags = _dose_flags(reading)
    assert flags and "45 Gy" in flags[0].message


@pytest.mark.parametrize("text,cited", [
    ("schedules such as 33 Gy/5 fx [4] have been standard.", True),
    ("encouraging survival [5,6,8].", True),
    ("\n[6] PRESCRIPTION 20 Gy", False),  # a numbered item at a line's start
    ("plan[1].rx_dose_cGy: 2400", False),  # an index
    ("Status: MODIFIED (superseded by [2])", False),
])
def test_what_a_citation_is(text: str, cited: bool) -> None:
    assert bool(load_vocabulary().patterns["cited_statement"].search(text)) is cited


SCHWANNOMA = """Fractionated radiosurgery, left vestibular schwannoma
Thermoplastic mask; CT fused with MRI. An inverse plan prescribed 25 Gy in 5 fractions (5 Gy x 5) to the 78% isodose
line, with coverage 97.6%, cochlear mean dose 4.1 Gy and brainstem 0.5 cc dose 17.9 Gy, checked by a physicist.
Impression: completed radiosurgery to the left vestibular schwannoma, 25 Gy in five fractions.
"""


def test_an_organ_dose_read_in_a_decimal_volume_is_no_prescription() -> None:
    text = "brainstem 0.5 cc dose 17.9 Gy"
    assert cue_role(text, text.index("17.9"), load_vocabulary()) == "organ_at_risk"
    reading = read_text(SCHWANNOMA)
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(25.0, 5)]
    assert _dose_flags(reading) == []


AVM = """Case 3. A left thalamic arteriovenous malformation was treated with linac radiosurgery under a head ring after
stereotactic angiography, MRI and CT. A plan of four isocenters and eleven arcs delivered 18 Gy to the 80% isodose line
at the nidus margin (Fig. 3), with the 12 Gy volume 6.2 cc.
Summary (Case 3): left thalamic AVM, 18 Gy in a single session to the 80% isodose line, head ring, 09/13/2022.
"""


def test_the_volume_a_dose_level_encloses_is_a_metric() -> None:
    vocab = load_vocabulary()
    text = "with the 12 Gy volume 6.2 cc"
    assert after_role(text, text.index("Gy") + 2, vocab) == "metric"
    row = "Rx 20 Gy\tVolume 3.1 cc"  # a row's next cell, not the dose's own volume
    assert after_role(row, row.index("Gy") + 2, vocab) is None
    reading = read_text(AVM)
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(18.0, 1)]
    assert _dose_flags(reading) == []
