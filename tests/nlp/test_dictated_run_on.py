"""Speech-recognition text nobody corrected: paragraphs with no stop between them, run-on paragraphs with no typed
punctuation, acronyms spelled letter by letter ("C T", "M R I"), "grey" for the unit, years, vertebral levels and
dates said in words, a dictated numbered list ("number one ... number two ...") and a self-correction that replaces
one word with another ("the right comma correction left frontal lesion")."""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_course

HEADER = """EXAMPLE RADIATION CLINIC
Voice recognition draft - not proofread
Patient: TESTCASE, ADA   MRN: X-9   Date of service: 10/14/2026
"""


def _paragraphs(*paragraphs: str) -> str:
    """Each paragraph on one line, as speech recognition writes it, with a blank line between them."""
    return HEADER + "".join("\n" + " ".join(p.split()) + "\n" for p in paragraphs)


# paragraphs separated by blank lines, none ending with a stop, each starting in lower case
PITUITARY = _paragraphs(
    """completion note for a sixty year old woman with a residual pituitary macro adenoma after an endoscopic
    resection in twenty twenty four the remnant lies in the left cavernous sinus and measures two centimetres""",
    """she was treated on the gantry linac in a thermo plastic mask with a planning C T and a post contrast M R I
    fused for planning and the prescription was twenty five grey in five fractions to the eighty percent isodose
    line""",
    """all five fractions were delivered with cone beam imaging before each one and she tolerated it well""")

# one run-on paragraph: no typed mark at all, a vertebral level and dates said in words, a plan for the future
SPINE = _paragraphs(
    """summary of spine radiosurgery for a sixty six year old man with a painful L two vertebral body metastasis
    from prostate cancer with no canal compromise he was simulated supine in a vacuum cushion with a C T simulation
    fused to a lumbar M R I and the prescription was nine hundred centigray times three fractions for a total of two
    thousand seven hundred centigray he received fraction one on october sixth fraction two on october eighth and
    fraction three on october twenty second and fraction checks were fine he will follow up in two months with an
    M R I of the lumbar spine end of dictation""")

# a dictated list with spoken marks and numbers, and a self-correction of one word by another
LIST = _paragraphs(
    """radiosurgery note period he was set up in a mask with a C T simulation fused to an M R I period the targets
    are as follows colon number one the right comma correction left occipital lesion one centimetre prescribed two
    thousand centigray in one fraction period number two the right frontal lesion also two thousand centigray
    period number three the left temporal lesion prescribed eighteen hundred centigray period all three were
    delivered today on the gantry linac period""")


def _read(tmp_path: Path, text: str):
    path = tmp_path / "note.txt"
    path.write_text(text, encoding="utf-8")
    return read_course([path])


def test_a_blank_line_ends_a_dictated_paragraph_that_has_no_stop(tmp_path: Path) -> None:
    """The first paragraph's year (the resection in 2024) dates its own words only: the next paragraph, which starts
    in lower case after a blank line, is this course's treatment and is read."""
    facts = _read(tmp_path, PITUITARY).facts
    assert facts.modality.value == "linac"
    assert facts.positioning.value == ["mask"]
    assert facts.fractions.value == 5


def test_a_run_on_years_clause_is_dated_not_its_whole_paragraph(tmp_path: Path) -> None:
    """In a paragraph with no typed mark, "after an endoscopic resection in twenty twenty four" is the past; the
    macroadenoma it speaks of is the course's target, and the year's "twenty four" counts no lesions."""
    facts = _read(tmp_path, PITUITARY).facts
    assert facts.lesion_count.value == 1
    (lesion,) = facts.lesions
    assert "pituitary" in lesion.name
    assert lesion.complexity == "complex"


def test_spelled_acronyms_and_grey_are_read(tmp_path: Path) -> None:
    """"C T" and "M R I" are CT and MRI; "twenty five grey" is 25 Gy."""
    facts = _read(tmp_path, PITUITARY).facts
    assert facts.imaging.value == ["CT", "MRI"]
    (lesion,) = facts.lesions
    assert lesion.dose_gy == 25.0


def test_a_run_on_paragraph_is_read_clause_by_clause(tmp_path: Path) -> None:
    """"he will follow up ... with an M R I" makes only its own clause a plan: the planning MRI said earlier in the
    same run-on paragraph is done; "L two" counts no lesions; "october twenty second and fraction three" is a date,
    not twenty fractions."""
    reading = _read(tmp_path, SPINE)
    facts = reading.facts
    assert facts.imaging.value == ["CT", "MRI"]
    assert facts.positioning.value == ["body_immobilization"]
    assert facts.lesion_count.value == 1
    assert facts.fractions.value == 3
    (lesion,) = facts.lesions
    assert lesion.dose_gy == 27.0
    assert not reading.review


def test_a_dictated_numbered_list_gives_one_lesion_per_number(tmp_path: Path) -> None:
    facts = _read(tmp_path, LIST).facts
    assert facts.lesion_count.value == 3
    assert sorted(les.dose_gy for les in facts.lesions) == [18.0, 20.0, 20.0]


def test_a_word_said_in_place_of_another_takes_it_back(tmp_path: Path) -> None:
    """"the right comma correction left occipital lesion": the first lesion is the left occipital one."""
    facts = _read(tmp_path, LIST).facts
    names = [les.name.lower() for les in facts.lesions]
    assert any(n.startswith("left occipital") for n in names)
    assert not any(n.startswith("right") and "occipital" in n for n in names)
