"""Tables whose header a planning system prints on two rows: a caption row over the column titles ("Dose [Gy]"
over "Rx  Min  Max"; "Dose per fx" over "[cGy]"), or over the lesions' names of a table printed on its side
(one column per lesion, the quantities down the first column, its corner titled or empty)."""

from __future__ import annotations

from pathlib import Path

from pdfmaker import Heading, RuledTable, make_chart_pdf
from srscheck.nlp import read_chart


def _read(tmp_path: Path, *pages) -> list:
    path = make_chart_pdf(tmp_path / "chart.pdf", [list(p) for p in pages])
    return list(read_chart(path).facts.lesions)


def _doses(lesions) -> list[tuple[float | None, int | None]]:
    return sorted(((x.dose_gy, x.fractions) for x in lesions), key=lambda t: (t[0] or 0))


def test_caption_over_the_names_of_a_table_on_its_side(tmp_path: Path) -> None:
    les = _read(tmp_path, [
        Heading("Radiosurgery plan report"),
        "One isocentre, 6 MV linac, frameless mask, single fraction.",
        RuledTable([("", "Volume", "", ""),
                   ("", "GTV_A", "GTV_B", "GTV_C"),
                   ("Site", "R insula", "L occipital", "R cerebellum"),
                   ("Size [mm]", "8", "12", "10"),
                   ("Prescribed [Gy]", "22", "20", "18"),
                   ("Mean [Gy]", "25.1", "23.0", "21.2")], header=False),
        "Delivered in one session on the linac."])
    assert len(les) == 3  # one lesion per column, not one named by all three places
    assert _doses(les) == [(18.0, 1), (20.0, 1), (22.0, 1)]


def test_table_on_its_side_with_a_titled_corner_over_two_pages(tmp_path: Path) -> None:
    les = _read(tmp_path, [
        Heading("Multiple-target radiosurgery summary"),
        "6 MV linac, thermoplastic mask, one fraction.",
        RuledTable([("", "Target", "", ""),
                   ("Parameter", "T1", "T2", "T3"),
                   ("Location", "R frontal", "L parietal", "R temporal"),
                   ("Rx [Gy]", "21", "18", "20"),
                   ("Max [Gy]", "26.0", "23.1", "25.4")], header=False),
        "Continued on the next page."], [
        Heading("Multiple-target radiosurgery summary (continued)"),
        RuledTable([("", "Target", ""),
                   ("Parameter", "T4", "T5"),
                   ("Location", "L insula", "R cuneus"),
                   ("Rx [Gy]", "16", "20"),
                   ("Max [Gy]", "20.2", "25.0")], header=False),
        "All five targets treated in one session."])
    assert len(les) == 5
    assert _doses(les) == [(16.0, 1), (18.0, 1), (20.0, 1), (20.0, 1), (21.0, 1)]


def test_caption_joins_the_unit_title_under_it(tmp_path: Path) -> None:
    les = _read(tmp_path, [
        Heading("Stereotactic prescription"),
        "6 MV gantry linac, thermoplastic mask.",
        RuledTable([("", "Dose per fraction", "", "", ""),
                   ("Target", "[cGy]", "Fractions", "Total [cGy]", "Isodose [%]"),
                   ("PTV_A", "800", "3", "2400", "80"),
                   ("PTV_B", "600", "3", "1800", "80")], header=False),
        "PTV_A: right frontal metastasis. PTV_B: left occipital metastasis. Both treated in three fractions."])
    assert len(les) == 2  # the titles' row is no lesion
    assert _doses(les) == [(18.0, 3), (24.0, 3)]


def test_caption_spans_the_titles_after_it(tmp_path: Path) -> None:
    les = _read(tmp_path, [
        Heading("Plan sum report"),
        "Cobalt radiosurgery unit, stereotactic frame, one session.",
        RuledTable([("", "", "Dose [Gy]", "", "", "", "Vol [cc]", ""),
                   ("Target", "Plan", "Rx", "Min", "Mean", "Max", "Target", "PIV"),
                   ("TGT_1", "PLAN_1", "13.0", "12.1", "18.2", "26.0", "3.10", "3.90"),
                   ("TGT_2", "PLAN_2", "22.0", "21.0", "30.1", "44.0", "0.40", "0.52")], header=False),
        "TGT_1: right frontal meningioma. TGT_2: left temporal metastasis. Both plans delivered today."])
    assert _doses(les) == [(13.0, 1), (22.0, 1)]  # the Rx column under the caption, not a minimum or maximum
