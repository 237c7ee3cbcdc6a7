"""Page furniture: a letterhead's side column is a column of its own, never joined into the body's lines, and a
department's catalogue of services and units (the side column's list, a header strip, a services box) names no
fact of this course."""

from __future__ import annotations

from collections.abc import Callable
from importlib.resources import files
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from srscheck.nlp import read_text
from srscheck.nlp.reader import read_document

SIDE = ["WESTBROOK RADIATION", "& NEUROSCIENCE", "What we offer", "Gamma Knife radiosurgery", "CyberKnife",
        "SBRT", "HDR brachytherapy", "MR-linac", "Proton therapy referral", "Our physicians", "A. Quayle, MD",
        "B. Ostrander, MD, PhD", "Physics", "C. Lindqvist, PhD", "Visiting hours", "Mon to Fri"]
BODY = ["Procedure note for a single-session cranial radiosurgery course,",
        "written after the treatment; the frame was applied the same",
        "morning under local anesthesia with four pins.",
        "",
        "",
        "",
        "",
        "Unit: the linac in room 2, six arcs with a 5 mm cone, a dose of",
        "eighteen Gy to the right parietal lesion, delivered without",
        "interruption; the frame was removed afterwards.",
        "",
        "",
        "Imaging: planning MRI with contrast fused to the frame CT, both",
        "acquired that morning and checked by physics before the plan."]


FONTS = Path(str(files("srscheck.resources") / "fonts"))


@pytest.fixture
def one_page(tmp_path: Path) -> Callable[[Callable[[canvas.Canvas], None]], Path]:
    def make(draw: Callable[[canvas.Canvas], None]) -> Path:
        path = tmp_path / "page.pdf"
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONTS / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
        c = canvas.Canvas(str(path), pagesize=(612.0, 792.0))
        c.setFont("DejaVuSans", 10)
        draw(c)
        c.showPage()
        c.save()
        return path
    return make


def _letterhead(c: canvas.Canvas) -> None:
    for k, line in enumerate(SIDE):
        c.drawString(56, 700 - 13.5 * k, line)
    for k, line in enumerate(BODY):
        if line:
            c.drawString(206, 700 - 13.5 * k, line)


def test_a_letterhead_side_column_is_read_as_a_column_of_its_own(one_page: Callable[..., Path]) -> None:
    """The side column's short lines stand beside the body's wrapped lines and run on where the body has a gap:
    the column is read whole before the body, and no line of the text joins a side item to a body line."""
    doc = read_document(one_page(_letterhead))
    lines = doc.text.splitlines()
    for item in SIDE:
        assert item in lines, (item, doc.text)
    flat = " ".join(doc.text.split())
    assert flat.index(SIDE[-1]) < flat.index(BODY[0].split(",")[0])
    assert " ".join(" ".join(BODY[7:10]).split()) in flat


def test_a_form_label_column_stays_beside_its_values(one_page: Callable[..., Path]) -> None:
    """A form's labels, each beside its value (some values wrapped, full to the margin), are no side column."""
    rows = [("Patient", ["SYNTHETIC, PATIENT"]), ("Indication", ["Right trigeminal neuralgia, refractory to two",
                                                                  "medications, not a surgical candidate"]),
            ("Date", ["11/02/2026"]), ("Frame", ["Stereotactic head frame applied under local anesthesia, 4 pins"]),
            ("Imaging", ["stereotactic MRI and stereotactic CT, fused, frame fiducials on",
                         "both studies"]), ("Unit", ["cobalt-60 multi-source unit"]), ("Target", ["right nerve"])]

    def draw(c: canvas.Canvas) -> None:
        y = 700.0
        for label, value in rows:
            c.drawString(56, y, label)
            for line in value:
                c.drawString(200, y, line)
                y -= 13.5

    doc = read_document(one_page(draw))
    assert "Indication\tRight trigeminal neuralgia" in doc.text
    assert "Unit\tcobalt-60 multi-source unit" in doc.text


CATALOGUE = """NORTHFIELD CANCER CENTRE\tGamma Knife | CyberKnife | SBRT | HDR | MR-linac
Patient: SYNTHETIC, TEST\tMRN: 0001

Radiosurgery treatment record

Our services
Gamma Knife radiosurgery
CyberKnife robotic radiosurgery
HDR brachytherapy
MR-linac adaptive therapy
Proton therapy referral

Unit: TrueBeam linac, 6 MV FFF, two arcs.
Right frontal metastasis 20 Gy in 1 fraction, delivered 11/03/2026 with a thermoplastic mask and CBCT.
"""


def test_a_catalogue_of_services_names_no_unit_of_this_course() -> None:
    """The header strip's and the side list's units are furniture: the course's unit is the one its record names,
    with no review flag for a unit of another kind."""
    reading = read_text(CATALOGUE)
    assert reading.facts.modality.value == "linac"
    assert not [f for f in reading.review if f.fact == "modality"]


def test_a_services_box_in_running_lines_is_no_course() -> None:
    """A box that lists the services with bullets, their usual doses and devices, in lines that wrap: none of its
    doses, devices or imaging is this course's."""
    text = ("Dear Mr. Synthetic,\nwelcome to our centre; your first visit is next week.\n\n"
            "OUR SERVICES: Gamma Knife radiosurgery with a head frame or a mask, usually one session of 12-24 Gy ·\n"
            "CyberKnife robotic radiosurgery in 1-5 sessions · SBRT for lung and liver, typically 3-5 treatments ·\n"
            "MR-linac adaptive therapy · CT, MRI and PET-CT simulation on site\n")
    reading = read_text(text)
    assert reading.facts.modality.value is None
    assert reading.facts.positioning.value == []
    assert reading.facts.fractions.value is None


def test_collimator_sizes_wrapped_before_their_unit_are_no_date() -> None:
    """"4/8/16" at a line's end with "mm" on the next line are collimator sizes, not a date in 2016 that would
    make the unit's sentence history."""
    text = ("Radiosurgery plan 11/10/2026\nUnit: cobalt-60 multi-source radiosurgery unit, 192 sources, 4/8/16\n"
            "mm collimators.\nLeft occipital metastasis 20 Gy to the 50% isodose in one session, frame.\n")
    reading = read_text(text)
    assert reading.facts.modality.value == "cobalt60"
    assert not reading.facts.modality.inferred


def test_bold_column_titles_under_a_label_value_list_start_a_table_of_their_own(
        one_page: Callable[..., Path]) -> None:
    """A record's label / value list ("Date  11/10/2026") over a table whose bold titles have more columns: the
    table keeps its own columns, a lesion a row with its dose in a cell of its own."""
    def draw(c: canvas.Canvas) -> None:
        y = 700.0
        for label, value in [("Date", "11/10/2026"), ("Unit", "cobalt-60 unit, room 1"),
                             ("Positioning", "frame docked to the couch adapter; coordinates checked by two"),
                             ("", "therapists"), ("Start / end", "10:38 / 11:57 (no interruption)")]:
            c.drawString(56, y, label)
            c.drawString(200, y, value)
            y -= 13.5
        c.setFont("DejaVuSans-Bold", 10)
        y -= 5
        for x, title in [(56, "Target"), (116, "Location"), (226, "Marginal dose"), (326, "Isodose"), (396, "Status")]:
            c.drawString(x, y, title)
        c.setFont("DejaVuSans", 10)
        for row in [("T1", "Pons", "14 Gy", "50%", "Delivered"), ("T2", "R frontal", "20 Gy", "50%", "Delivered")]:
            y -= 13.5
            for x, cell in zip((56, 116, 226, 326, 396), row):
                c.drawString(x, y, cell)

    doc = read_document(one_page(draw))
    assert "Target\tLocation\tMarginal dose\tIsodose\tStatus" in doc.text
    assert "T1\tPons\t14 Gy\t50%\tDelivered" in doc.text


def test_a_service_strip_naming_sbrt_does_not_make_radiosurgery_fractionated() -> None:
    """Radiosurgery whose record writes no fraction count is one session, even under a letterhead strip that
    lists SBRT among the department's services."""
    text = ("HILLCREST NEUROSURGERY - Gamma Knife radiosurgery - SBRT - HDR brachytherapy\n\n"
            "Radiosurgery procedure summary\nDate\t10/21/2026\nFrame\tstereotactic head frame, 4 pins\n"
            "Unit\tGamma Knife\nTarget\tleft vestibular schwannoma\nDose\t12 Gy to the 50% isodose\n\n"
            "Treatment delivered without interruption; frame removed.\n")
    reading = read_text(text)
    assert reading.facts.fractions.value == 1


def test_a_letter_before_the_first_consultation_is_no_course() -> None:
    """A welcome letter that books the patient's first consultation, later than its own date, was written before
    anyone saw the patient: whatever it names (the MRI report sent in, a services box) is no course's."""
    text = ("October 12, 2026\n\nDear Mr. Synthetic,\nYour first consultation with Dr. Amberley is scheduled for "
            "Monday, October 26, 2026 at 10 am. We have received your MRI report and will review it with you.\n"
            "Please bring your medication list.\n\nSincerely,\nNew patient office\n")
    reading = read_text(text)
    assert reading.facts.course_status.value == "recommended"
    assert reading.facts.imaging.value == []


def test_an_order_whose_status_is_still_scheduled_did_not_take_place() -> None:
    """A simulation order printed with "Status: SCHEDULED (not performed)": the simulation it orders is still to
    come, so its devices and imaging are not this course's."""
    text = ("ORDER\tStatus: SCHEDULED (not performed)\nPatient: SYNTHETIC, TEST\n"
            "Order:\tCT simulation, head, 1 mm, with thermoplastic mask fabrication\n"
            "Also:\tMRI brain with contrast, 1 mm volumetric\nScheduled:\t12/08/2026 08:00\n"
            "Entered 11/30/2026 by the ordering physician\n")
    reading = read_text(text)
    assert reading.facts.course_status.value == "recommended"
    assert reading.facts.positioning.value == []
    assert reading.facts.imaging.value == []


def test_side_by_side_boxes_are_read_box_by_box_when_a_left_line_fills_its_box(
        one_page: Callable[..., Path]) -> None:
    """Two text boxes set side by side under short titles ("PRESCRIPTION" over the left, "DELIVERY" over the right),
    one line of the left box filled to within a word space or two of the right box: each box is read whole, so the
    left box's sentence "4 mm from the optic / chiasm" stays one sentence."""
    left = ["Lesion 1: left frontal, 3.2 cm. 2700 cGy in 3", "fractions of 900 cGy, 80% isodose line.",
            "Lesion 2: suprasellar, 1.1 cm, 4 mm from the optic", "chiasm. 2400 cGy in 3 fractions of 800 cGy, 80%",
            "isodose line; chiasm Dmax 1720 cGy."]
    right = ["Fraction 1: 10/12/2026. Both lesions treated.", "", "Fraction 2: 10/14/2026. Both lesions treated.",
             "", "", "Fraction 3: 10/16/2026. Course complete, three", "fractions to each lesion as planned."]

    def draw(c: canvas.Canvas) -> None:
        c.setFont("DejaVuSans-Bold", 10)
        c.drawString(56, 700, "PRESCRIPTION")
        c.drawString(316, 700, "DELIVERY")
        c.setFont("DejaVuSans", 10)
        for k, line in enumerate(left):
            c.drawString(56, 686.5 - 13.5 * k, line)
        for k, line in enumerate(right):
            if line:
                c.drawString(316, 686.5 - 13.5 * k, line)

    doc = read_document(one_page(draw))
    flat = " ".join(doc.text.split())
    assert "4 mm from the optic chiasm." in flat, doc.text
    assert flat.index("Dmax 1720 cGy.") < flat.index("Fraction 1:")


def test_a_superseded_plan_version_in_a_bundle_is_no_statement_of_the_course(tmp_path: Path) -> None:
    """A bundle's plan report titled as the superseded version (rejected, replanned) beside the approved plan and
    the record: its 3 fractions are no planned count of this course, so no planned-against-delivered flag."""
    from srscheck.nlp import read_course

    old = tmp_path / "1_plan_v1.txt"
    old.write_text("Treatment Plan Report v1 (superseded)\nStatus\tREJECTED 10/13/2026, chiasm limit exceeded\n"
                   "Prescription\t2100 cGy in 3 fractions to the 78% isodose\n", encoding="utf-8")
    new = tmp_path / "2_plan_v2.txt"
    new.write_text("Treatment Plan Report v2 (approved 10/15/2026)\nUnit\trobotic linac\n"
                   "Prescription\t2500 cGy in 5 fractions to the 80% isodose, pituitary adenoma\n", encoding="utf-8")
    record = tmp_path / "3_record.txt"
    record.write_text("Treatment record\nFx 1 10/19/2026 500 cGy\nFx 2 10/20/2026 500 cGy\nFx 3 10/21/2026 500 cGy\n"
                      "Fx 4 10/22/2026 500 cGy\nFx 5 10/23/2026 500 cGy\nCourse completed: 2500 cGy in 5 fractions.\n",
                      encoding="utf-8")
    reading = read_course([old, new, record])
    assert reading.facts.fractions.value == 5
    assert not [f for f in reading.review if f.fact == "fractions"], reading.review
