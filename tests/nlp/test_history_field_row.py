"""A form's row that gives an earlier course ("Prior radiation: WBRT 30 Gy in 10 fractions 2019") is a row of its
own: the treatment written on the lines under it, and a lesion table under it, are this course's, not the earlier
course's; its fraction count is no word of this course's fractionation."""

from __future__ import annotations

from srscheck.nlp import read_text

PROSE = """Radiosurgery summary
Prior radiation: whole brain 30 Gy in 10 fractions 2019
Gamma Knife radiosurgery was given on 02/11/2026 to the right occipital metastasis, 21 Gy at the 50% isodose line.
"""

TABLE = """Radiosurgery summary
Prior radiation: whole brain 30 Gy in 10 fractions 2019

Target              Dose      Fractions
Right occipital     21 Gy     1
Left cerebellar     18 Gy     1

Treated on 02/11/2026 on the Gamma Knife, frame fixation.
"""


def test_the_prose_under_a_history_row_is_this_course() -> None:
    r = read_text(PROSE)
    got = [(les.name, les.dose_gy, les.fractions) for les in r.facts.lesions]
    assert got == [("right occipital metastasis", 21.0, 1)], got
    assert r.facts.fractions.value == 1


def test_a_table_under_a_history_row_is_this_course() -> None:
    r = read_text(TABLE)
    got = sorted((les.name, les.dose_gy, les.fractions) for les in r.facts.lesions)
    assert got == [("Left cerebellar", 18.0, 1), ("Right occipital", 21.0, 1)], got
    assert not any("earlier course" in w for w in r.warnings)


def test_a_heading_without_its_dose_still_heads_its_table() -> None:
    text = TABLE.replace("Prior radiation: whole brain 30 Gy in 10 fractions 2019", "Prior radiation to this level")
    r = read_text(text)
    assert not r.facts.lesions and any("earlier course" in w for w in r.warnings)


def test_a_list_under_a_history_field_stays_its_own() -> None:
    text = PROSE.replace("Prior radiation: whole brain 30 Gy in 10 fractions 2019",
                         "Prior radiation: yes\n- whole brain 30 Gy in 10 fractions\n- radiosurgery to the left "
                         "frontal lobe 20 Gy")
    r = read_text(text)
    got = [(les.name, les.dose_gy) for les in r.facts.lesions]
    assert got == [("right occipital metastasis", 21.0)], got
