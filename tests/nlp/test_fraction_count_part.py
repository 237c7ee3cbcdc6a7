"""A count said of part of the course ("Remaining 3 fractions delivered with the new plan", "the first two
fractions") names those fractions, not the course's count: no second delivered count beside the log's."""

from __future__ import annotations

from pathlib import Path

from pdfmaker import Heading, Spacer, TextTable, make_chart_pdf
from srscheck.nlp import read_chart


def test_a_re_plan_for_the_remaining_fractions_is_no_other_delivered_count(tmp_path: Path) -> None:
    pdf = make_chart_pdf(tmp_path / "replan.pdf", [[
        Heading("FSRT Summary"),
        "Right parietal metastasis, 25 Gy in 5 fractions on the linac, thermoplastic mask.",
        "Week-one MRI showed shrinkage; the target was re-contoured. Remaining 3 fractions delivered with plan B.",
        Spacer(),
        TextTable([("Fx", "Date", "Plan", "Dose (Gy)"),
                   ("1", "06/01/2026", "A", "5"),
                   ("2", "06/02/2026", "A", "5"),
                   ("3", "06/04/2026", "B", "5"),
                   ("4", "06/05/2026", "B", "5"),
                   ("5", "06/08/2026", "B", "5")], columns=(0, 40, 130, 200)),
    ]])
    reading = read_chart(pdf)
    assert reading.facts.fractions.value == 5
    assert not [f for f in reading.review if f.fact == "fractions"]
