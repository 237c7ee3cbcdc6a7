"""Reader mechanisms found on corpus 67 (cranial lesions as clinics document them; chart texts written for the test):
- a functional target is prescribed to its maximum; a dose its sentence gives at a lower isodose line of that
  maximum is that line's level, also when the line is said in words ("the twenty percent isodose line ...
  about sixteen gray") and when the maximum is written before its name ("85 Gy maximum dose (the 20% isodose
  ... at about 17 Gy)") (quantity_roles number_roles isodose, quantities.maximum_prescribed);
- a dose naming an isodose line ("the fifteen Gy isodose line was kept off the pons") is a level of the plan, no
  dose of the course (quantity_roles metric `after`);
- a label defined in a sentence of its own ("L1 is a left temporal lobe metastasis") is that brain lesion, no lumbar
  level (patterns label_definition);
- a date's day ("On October 27 both lesions") is no count, and a count's own words ("two brain metastases from ...")
  name the group, no lesion of its own, where the chart describes the lesions (sources.count_statements,
  resolution.find_lesions);
- fiducials in a clause after the frame's localizer box ("...; fiducials visualized on all slices") are the frame's
  marks (devices._frame_fiducials);
- a letter's "the cavity received ..." is held against the course's only cavity, named so in its plan row only
  (review._lesion_dose_flags);
- column titles set closer than a cell gap over rows whose cells stand a cell gap apart still title one column
  each (layout._titles_closer): the Max dose column is a maximum, the Margin dose column the prescription."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen import canvas
from srscheck.nlp import read_chart, read_course, read_text

WORDS_LEVEL = """NEUROSURGERY PROCEDURE NOTE (dictated)
Diagnosis: left trigeminal neuralgia, V3, refractory to medication.
Procedure: frame-based radiosurgery of the left trigeminal nerve on the cobalt unit.
One four millimetre isocenter was placed on the cisternal segment of the left trigeminal nerve. A maximum dose of
ninety gray was prescribed at the one hundred percent isodose line. The twenty percent isodose line reached the
edge of the pons, which received about eighteen gray. The frame was removed after treatment.
"""


def test_a_level_said_in_words_is_no_dose_of_the_functional_target() -> None:
    reading = read_text(WORDS_LEVEL)
    (les,) = reading.facts.lesions
    assert les.dose_gy == 90.0 and les.fractions == 1
    assert not reading.review
    assert not any("No prescription dose is written" in w for w in reading.warnings)


ISODOSE_LINE_DOSE = """PROCEDURE NOTE - RADIOSURGERY
Diagnosis: right trigeminal neuralgia after a failed decompression.
Procedure: radiosurgery of the right trigeminal nerve, cobalt-60 unit, stereotactic frame, MRI and CT.
One shot with the 4 mm collimator. A maximum dose of eighty-five Gy was prescribed to the one hundred percent isodose
line. The twelve Gy isodose line was kept off the surface of the pons and the brainstem point dose was nine Gy.
"""


def test_a_dose_naming_an_isodose_line_is_no_dose_of_the_course() -> None:
    (les,) = read_text(ISODOSE_LINE_DOSE).facts.lesions
    assert les.dose_gy == 85.0


MAXIMUM_AFTER = """RADIOSURGERY PROCEDURE NOTE
Diagnosis: left trigeminal neuralgia, V2.
Procedure: a head ring was fixed and the target placed on the cisternal segment of the left trigeminal nerve.
A single isocentre with the 4 mm cone delivered 90 Gy maximum dose (the 20% isodose touching the pons surface at
about 18 Gy). One session.
"""


def test_a_maximum_written_after_its_dose_over_its_level() -> None:
    reading = read_text(MAXIMUM_AFTER)
    (les,) = reading.facts.lesions
    assert les.dose_gy == 90.0
    assert not reading.review


def test_a_tumour_margin_dose_at_its_isodose_line_stays_its_dose() -> None:
    text = ("DIAGNOSIS: left vestibular schwannoma.\nPROCEDURE: radiosurgery under a frame on the cobalt unit. "
            "A margin dose of twelve gray was prescribed to the fifty percent isodose line, maximum 24 Gy.\n")
    (les,) = read_text(text).facts.lesions
    assert les.dose_gy == 12.0


def _plan(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica", 10)
    c.drawString(56, 740, "EXAMPLE RADIOSURGERY SERVICE - Dose plan report")
    c.drawString(56, 724, "Diagnosis: left acoustic neuroma. Cobalt-60 unit, stereotactic frame, MRI and CT.")
    c.drawString(56, 700, "Target")
    titles = [(56, "Name"), (100, "Size (mm)"), (170, "Volume"), (222, "Margin dose"), (287.5, "Isodose"),
              (333, "Max dose"), (387, "Shots")]  # the last four titles about one em apart, under a cell gap
    for x, t in titles:
        c.drawString(x, 680, t)
    for x, t in [(56, "L_VS"), (100, "12 x 10 x 8"), (170, "0.65 cc"), (222, "13.0 Gy"), (287.5, "50%"),
                 (333, "26.0 Gy"), (387, "11")]:
        c.drawString(x, 666, t)
    c.drawString(56, 640, "Single session. Treatment time 48 min. Frame removed.")
    c.save()
    return path


def test_column_titles_set_closer_than_a_cell_gap_title_one_column_each(tmp_path: Path) -> None:
    reading = read_chart(_plan(tmp_path / "plan.pdf"))
    table = next(t for t in reading.document.tables if any("Max dose" == c.text for c in t.header))
    assert [c.text for c in table.header][-4:] == ["Margin dose", "Isodose", "Max dose", "Shots"]
    (les,) = reading.facts.lesions
    assert les.dose_gy == 13.0


LABELS_AS_LEVELS = """END OF TREATMENT SUMMARY (dictated)
The brain MRI showed two metastases, which we will call L1 and L2. L1 is a right frontal lobe metastasis measuring
thirty-eight millimeters with surrounding edema. L2 is a six millimeter left occipital metastasis.
She was treated in a thermoplastic mask on the linac after a planning CT fused with MRI.
Both L1 and L2 were prescribed twenty-seven gray in three fractions, and she received all three fractions:
twenty-seven gray to L1 and twenty-seven gray to L2.
"""


def test_labels_that_read_as_vertebral_levels_are_the_brain_lesions_the_chart_defines() -> None:
    """A label defined as "L1 is a right frontal lobe metastasis" is that lesion, no lumbar level."""
    lesions = read_text(LABELS_AS_LEVELS).facts.lesions
    assert [les.site for les in lesions] == ["cranial", "cranial"]
    assert sorted(les.complexity for les in lesions) == ["complex", "simple"]


DATE_DAY = """RADIOSURGERY LETTER
I treated her with radiosurgery on November 14 for two brain metastases from her lung cancer.
Her MRI showed Lesion 1, a 9 mm enhancing lesion in the left frontal lobe, and Lesion 2, a 1.2 cm lesion in the
right cerebellar hemisphere. A mask was made and a planning CT fused with the MRI.
On November 14 both lesions were treated in a single session on the linac: Lesion 1 received 22 Gy and Lesion 2
received 20 Gy.
"""


def test_a_date_s_day_counts_no_lesions_and_a_count_s_words_name_the_group() -> None:
    """"On November 14 both lesions" counts two lesions, not fourteen; "two brain metastases from her lung cancer"
    names the two the chart then describes, no third lesion."""
    reading = read_text(DATE_DAY)
    lesions = reading.facts.lesions
    assert sorted(les.dose_gy for les in lesions) == [20.0, 22.0]
    assert not any("brain metastases" in les.name for les in lesions)
    assert not reading.review


FRAME_BOX = """STEREOTACTIC MRI REPORT
Technique: 1 mm post-contrast T1. Localizer box attached to the head frame; fiducials seen on every slice.
Finding: 8 mm left parietal metastasis.

RADIOSURGERY PROCEDURE NOTE
Head frame applied under local anaesthetic. Stereotactic MRI for planning. The left parietal metastasis received
20 Gy in 1 fraction on the cobalt unit. Frame removed.
"""


def test_fiducials_in_a_clause_after_the_frame_s_localizer_are_the_frame_s_marks() -> None:
    assert read_text(FRAME_BOX).facts.positioning.value == ["frame"]


def _record(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica", 10)
    c.drawString(56, 740, "EXAMPLE CANCER CENTRE - FSRS plan summary and treatment record")
    c.drawString(56, 724, "Open-face mask, planning CT fused with MRI, 6 MV linac, 5 fractions.")
    for x, t in [(56, "Structure"), (150, "Description"), (300, "Dose/fx (cGy)"), (390, "Fx"), (430, "Total (cGy)")]:
        c.drawString(x, 700, t)
    rows = [("PTV_Cv_RT", "R temporal resection cavity", "600", "5", "3000"),
            ("PTV_M2_LO", "L occipital lobe", "500", "5", "2500")]
    for y, row in zip((684, 668), rows):
        for x, t in zip((56, 150, 300, 390, 430), row):
            c.drawString(x, y, t)
    c.drawString(56, 640, "Completed, 5 of 5 fractions delivered, daily cone-beam CT.")
    c.save()
    return path


def test_a_letter_s_other_dose_for_the_only_cavity_is_flagged(tmp_path: Path) -> None:
    """The plan names the cavity only in its row's description cell ("PTV_Cv_RT | R temporal resection cavity"); a
    letter's "The cavity received 24 Gy in 5 fractions" speaks of it and is held against its 30 Gy."""
    letter = tmp_path / "2_letter.txt"
    letter.write_text("Dear colleague,\nWe treated two targets: the right temporal resection cavity and the left "
                      "occipital metastasis. The cavity received twenty-four gray in five fractions and the "
                      "occipital metastasis twenty-five gray in five fractions.\n", encoding="utf-8")
    reading = read_course([_record(tmp_path / "1_record.pdf"), letter])
    assert sorted(les.dose_gy for les in reading.facts.lesions) == [25.0, 30.0]
    assert any("PTV_Cv_RT 30 Gy" in f.message and "24 Gy in 5 fractions" in f.message for f in reading.review)
