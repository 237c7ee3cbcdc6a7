"""A prescription printout with a revision history above its delivery record: the row of the revision the chart
says was superseded is no lesion (its "both" is no target, its 24 Gy no dose of the course); a delivery row that
lists two places in its target cell ("R temporal, L frontal | 21 Gy each") is a session of each; and the two dated
tables of one page are two records, not one record continued, so the version's date is no second session. (A
record continued on the next page stays one record: tests/nlp/test_course_review.py.)"""

from __future__ import annotations

from pathlib import Path

from pdfmaker import Heading, KeyValue, RuledTable, make_chart_pdf
from srscheck.nlp import read_chart


def _chart(tmp_path: Path, status: str = "Superseded") -> Path:
    return make_chart_pdf(tmp_path / "rx.pdf", [[
        Heading("RADIATION PRESCRIPTION - STEREOTACTIC (SRS)"),
        KeyValue([("Unit", "Robotic-arm linac (6 MV), kV image-guided skull tracking"),
                  ("Immobilization", "Thermoplastic SRS mask"),
                  ("Simulation", "CT 1 mm 10/19/2026 fused with MRI T1 gadolinium 1 mm 10/18/2026")]),
        Heading("Revision history", level=2),
        RuledTable([("Version", "Date", "Target", "Dose / fr", "IDL", "Status"),
                   ("1", "10/20/2026", "both", "24 Gy / 1", "75%", status),
                   ("2", "10/22/2026", "R temporal", "21 Gy / 1", "75%", "APPROVED"),
                   ("2", "10/22/2026", "L frontal", "21 Gy / 1", "77%", "APPROVED")],
),
        Heading("Delivery", level=2),
        RuledTable([("Date", "Plan", "Targets", "Dose delivered", "Status"),
                   ("10/27/2026", "v2", "R temporal, L frontal", "21 Gy each", "Complete")],
),
        "Lesion sizes 1.9 cm (R temporal) and 1.2 cm (L frontal).",
    ]])


def test_a_superseded_revision_and_a_delivery_row_of_two_places(tmp_path: Path) -> None:
    reading = read_chart(_chart(tmp_path))
    lesions = sorted((les.name, les.dose_gy, les.fractions) for les in reading.facts.lesions)
    assert lesions == [("L frontal", 21.0, 1), ("R temporal", 21.0, 1)], lesions
    assert reading.facts.fractions.value == 1


def test_a_delivery_row_of_two_places_is_a_session_of_each_not_a_second_session_of_one(tmp_path: Path) -> None:
    pdf = make_chart_pdf(tmp_path / "rx2.pdf", [[
        Heading("RADIATION PRESCRIPTION - STEREOTACTIC (SRS)"),
        KeyValue([("Unit", "Robotic-arm linac (6 MV), kV image-guided skull tracking"),
                  ("Immobilization", "Thermoplastic SRS mask")]),
        Heading("Approved prescription", level=2),
        RuledTable([("Version", "Date", "Target", "Dose / fr", "IDL", "Status"),
                   ("2", "10/22/2026", "R temporal", "21 Gy / 1", "75%", "APPROVED"),
                   ("2", "10/22/2026", "L frontal", "21 Gy / 1", "77%", "APPROVED")],
),
        Heading("Delivery", level=2),
        RuledTable([("Date", "Targets", "Tracking", "Dose delivered", "Status"),
                   ("10/27/2026", "R temporal, L frontal", "6D skull, 0.4 mm", "21 Gy each", "Complete")],
),
    ]])
    reading = read_chart(pdf)
    lesions = sorted((les.name, les.dose_gy, les.fractions) for les in reading.facts.lesions)
    assert lesions == [("L frontal", 21.0, 1), ("R temporal", 21.0, 1)], lesions
    assert reading.facts.fractions.value == 1


def test_a_superseded_revisions_dose_is_no_second_statement_of_the_one_target(tmp_path: Path) -> None:
    """One target: the revision history's superseded "3000 cGy / 5 fx" row is no dose of the course, so beside the
    approved 25 Gy in 5 and the log that delivered it nothing disagrees (no review flag); the same row still in
    force ("Approved") would be a second prescription to check."""
    def chart(status: str) -> Path:
        return make_chart_pdf(tmp_path / f"{status}.pdf", [[
            Heading("Radiation Prescription"),
            KeyValue([("Site / volume", "GTV_LCS_Mening - left cavernous sinus meningioma"),
                      ("Modality", "6X-FFF gantry linac, VMAT"), ("Fractions", "5"), ("Total dose", "2500 cGy"),
                      ("Immobilization", "SRS thermoplastic mask")]),
            Heading("Revision history", level=2),
            RuledTable([("Rev", "Date", "Dose", "Status", "Comment"),
                        ("0", "04/24/2026", "3000 cGy / 5 fx", status, "Initial draft"),
                        ("1", "04/28/2026", "2500 cGy / 5 fx", "Approved", "dose lowered for the optic nerve")]),
            Heading("Treatment delivery", level=2),
            RuledTable([("Fx", "Date", "Dose (cGy)", "Cumulative (cGy)"),
                        *[(str(k), f"05/0{k}/2026", "500", str(500 * k)) for k in range(1, 6)]]),
        ]])
    reading = read_chart(chart("Superseded"))
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(25.0, 5)]
    assert not [f for f in reading.review if f.fact == "lesions"]
    kept = read_chart(chart("Approved"))
    assert [(les.dose_gy, les.fractions) for les in kept.facts.lesions] == [(25.0, 5)]
    assert [f for f in kept.review if f.fact == "lesions"]
