"""Imaging that did not plan this course: a PET named after what it showed or in the patient's history, and an
earlier course's imaging in a parenthesis that wraps onto the next line of a narrow column."""

from __future__ import annotations

from srscheck.nlp import read_text
from srscheck.nlp.lines import hard_breaks
from srscheck.nlp.vocab import load_vocabulary

SUMMARY = """LINAC RADIOSURGERY - TREATMENT SUMMARY
Patient: EXAMPLE, PERSON
Treatment date: 04/14/2026

HISTORY OF PRESENT ILLNESS
Melanoma on nivolumab. FDG PET 02/2026: avid left hilar node, since resected.

Interval: she is well, and her body disease has been stable on the most recent PET in March.

Planning: thermoplastic mask; planning MRI 04/10/2026 (1 mm T1 post contrast) used for delineation.
Delivered: right parietal metastasis 20 Gy in 1 fraction on 04/14/2026 with CBCT before the arcs.
"""


def test_a_pet_named_for_what_it_showed_or_in_the_history_is_not_planning_imaging() -> None:
    reading = read_text(SUMMARY)
    assert reading.facts.imaging.value == ["MRI"]


def test_a_pet_fused_for_the_plan_is_planning_imaging() -> None:
    fused = read_text(SUMMARY.replace("used for delineation.", "used for delineation, fused with a PET 04/09/2026."))
    assert fused.facts.imaging.value == ["MRI", "PET"]


COLUMN = """OAKHOLLOW RADIOSURGERY - TREATMENT SUMMARY
Treatment date 03/02/2026
Fixation: thermoplastic mask

History
Woman of 58 with lung cancer. Prior radiosurgery
08/2024 elsewhere (head frame, stereotactic
CT and MRI): right temporal 20 Gy in 1 fraction.
New left occipital lesion on the MRI of 02/2026.

Planning
Planning MRI 02/27/2026 (1 mm, post contrast)
imported; mask made the same day.

Treatment
Left occipital 21 Gy x 1 on 03/02/2026 at the
80% isodose line, CBCT before treatment.
"""


def test_a_parenthesis_closed_at_the_start_of_a_wrapped_line_continues_the_sentence() -> None:
    """ "CT and MRI): right temporal ..." is no field label: the line closes a parenthesis the line before opened,
    so the earlier course's words ("Prior radiosurgery 08/2024") reach its studies."""
    at = COLUMN.index("stereotactic\nCT and MRI") + len("stereotactic")
    assert at not in hard_breaks(COLUMN, load_vocabulary())
    # a label line still starts a sentence
    assert COLUMN.index("\nFixation: thermoplastic") in hard_breaks(COLUMN, load_vocabulary())
    reading = read_text(COLUMN)
    assert reading.facts.imaging.value == ["MRI"]
    assert reading.facts.positioning.value == ["mask"]
