"""A count written after its noun ("cerebral mets x2", "metastases (3)", "lesions times two") is a count statement
like one written before it; the role of the number decides: a unit after it ("targets x 3 fractions") or a dose
before the "x" ("9 Gy x3") makes it no count of lesions, nor does a noun that counts something else ("pin sites
x4"), and a parenthesis after a singular noun ("lesion (2)") names a lesion rather than counting them. A note's
title says whether it is a consultation, not a word in its history ("Consult 10/09 w/ Dr. ..."): a day-of-procedure
note's count is held against the record."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text


def _count_flags(reading) -> list:
    return [f for f in reading.review if f.fact == "lesion_count"]


PROBLEM_LIST = """RADIATION ONCOLOGY DAY-OF-PROCEDURE NOTE 03/04/2026
Assessment and plan:
1. Cerebral mets x2 - radiosurgery today on the Gamma Knife, single session.
2. Lung adenocarcinoma - continue systemic therapy.

GAMMA KNIFE TREATMENT RECORD 03/04/2026
Targets treated:
- Right frontal metastasis: 20 Gy to the 50% isodose line
- Left temporal metastasis: 18 Gy to the 50% isodose line
- Left cerebellar metastasis: 20 Gy to the 50% isodose line
Leksell frame, stereotactic MRI.
"""


def test_a_count_after_its_noun_is_held_against_the_lesions_found() -> None:
    reading = read_text(PROBLEM_LIST)
    assert reading.facts.lesion_count.value == 3
    flags = _count_flags(reading)
    assert flags and "states 2 treated" in flags[0].message


@pytest.mark.parametrize("said", ["metastases x 3", "metastases (3)", "metastases times three"])
def test_a_count_after_its_noun_sets_the_count_of_a_described_course(said: str) -> None:
    note = f"""RADIOSURGERY NOTE 05/06/2026
Brain {said}, all treated today with radiosurgery, 18 Gy in 1 fraction each, Gamma Knife with a frame.
Stereotactic MRI for planning.
"""
    reading = read_text(note)
    assert reading.facts.lesion_count.value == 3


@pytest.mark.parametrize("said", [
    "Left occipital metastasis treated with 9 Gy x3 on the TrueBeam, mask, CBCT.",
    "Left occipital metastasis targets x 3 fractions of 9 Gy on the TrueBeam, mask, CBCT.",
    "Left occipital lesion (2) treated with 27 Gy in 3 fractions on the TrueBeam, mask, CBCT.",
    "Left occipital metastasis treated with 20 Gy in 1 fraction on the Gamma Knife. Pin sites x4 clean after frame "
    "removal.",
])
def test_a_number_after_a_noun_with_another_role_is_no_count(said: str) -> None:
    reading = read_text(f"SRS TREATMENT SUMMARY 05/06/2026\n{said}\nCT simulation fused with MRI.\n")
    assert reading.facts.lesion_count.value == 1
    assert not _count_flags(reading)


PROCEDURE_NOTE = """RADIATION ONCOLOGY PRE-PROCEDURE NOTE
Pt: SYNTHETIC, PERSON   DOS 03/04/2026
HPI: 61F melanoma with brain metastases on restaging MRI. Consult 02/20 with Dr. Okafor recommended SRS over WBRT.
A/P: two brain metastases - SRS today on the Gamma Knife, one session. Frame placed this morning.
"""

RECORD = """GAMMA KNIFE TREATMENT RECORD 03/04/2026
Targets treated:
- Right frontal metastasis: 20 Gy to the 50% isodose line
- Left temporal metastasis: 18 Gy to the 50% isodose line
- Left cerebellar metastasis: 20 Gy to the 50% isodose line
Leksell frame, stereotactic MRI.
"""


def test_a_consultation_named_in_a_notes_history_does_not_make_the_note_a_consultation(tmp_path) -> None:
    from srscheck.nlp import read_course

    note, record = tmp_path / "1_procedure_note.txt", tmp_path / "2_record.txt"
    note.write_text(PROCEDURE_NOTE, encoding="utf-8")
    record.write_text(RECORD, encoding="utf-8")
    reading = read_course([note, record])
    assert reading.facts.lesion_count.value == 3
    assert _count_flags(reading)  # the day-of-procedure note's count of two is held against the three treated
