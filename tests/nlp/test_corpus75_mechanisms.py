"""Mechanisms behind corpus 75 (spine and body SBRT as dictated and bundled), each on a chart written here:

- a treatment summary's table with a row per site from its first day to its last and a count of its fractions
  ("L2-L4 | 03/01 | 03/12 | 10 / 10 | 3000 cGy"): a course's summary row, no per-fraction log of one session;
- an organ's maximum written as a form field with the value's own label ("Cord Dmax ..... C1 30.1 Gy + C2 20.4 Gy
  = 50.5 Gy"): every term of the sum and its result are the organ's, no target of their own;
- a plan's dose-volume table ("Structure | Planned" with "PTV D95 | 50 Gy", "PTV Dmax | 64 Gy"): figures the plan
  achieved, no lesion rows;
- a device judged unnecessary ("fiducial markers were considered unnecessary") or whose sentence goes on to say it
  served nothing ("the gold seed left at bronchoscopy had drifted ... and was not used at all") was not used;
- a simulation's CTs in the plural ("two breath-hold CTs") are the planning CT.
"""

from __future__ import annotations

from pathlib import Path

from pdfmaker import Heading, KeyValue, RuledTable, TextTable, make_chart_pdf
from srscheck.nlp import read_chart, read_text


def test_a_summary_row_from_first_day_to_last_is_no_one_session_log(tmp_path: Path) -> None:
    pdf = make_chart_pdf(tmp_path / "summary.pdf", [[
        Heading("Radiotherapy Completion Summary"),
        KeyValue([("Diagnosis", "Metastatic renal cell carcinoma to L2-L4"),
                  ("Simulation", "CT simulation, supine"),
                  ("Prescription", "3000 cGy in 10 fractions, 300 cGy daily")]),
        TextTable([("Site", "Start", "End", "Fractions", "Dose delivered"),
                   ("L2-L4", "03/01/2027", "03/12/2027", "10 / 10", "3000 cGy")],
                  columns=(0, 70, 150, 230, 300)),
        "Tolerated well; follow-up in one month.",
    ]], header="Example Clinic   TESTPATIENT, ANN   MRN SYN-0751", footer="SYNTHETIC TEST RECORD")
    reading = read_chart(pdf)
    assert reading.facts.fractions.value == 10
    (lesion,) = reading.facts.lesions
    assert (lesion.dose_gy, lesion.fractions) == (30.0, 10)
    assert not any("Interrupted" in f.message for f in reading.review)


def test_the_terms_of_an_organs_summed_maximum_are_no_targets() -> None:
    reading = read_text(
        "COURSE SUMMARY\n"
        "Course ............. C2   spine SBRT (re-irradiation)\n"
        "Prior course C1 elsewhere, 30 Gy in 10 fractions to T8-T10.\n"
        "Rx ............. 2400 cGy in 3 fx to the T9 vertebral body\n"
        "SUMMED DOSES (C1 + C2)\n"
        "Spinal cord Dmax ......... C1 30.1 Gy + C2 20.4 Gy = 50.5 Gy\n"
        "Delivered: 2400 cGy / 3 fx to T9 with daily CBCT.\n")
    (lesion,) = reading.facts.lesions
    assert (lesion.dose_gy, lesion.fractions) == (24.0, 3)
    assert "T9" in lesion.name


def test_a_plans_dose_volume_rows_are_no_lesions(tmp_path: Path) -> None:
    pdf = make_chart_pdf(tmp_path / "rx.pdf", [[
        Heading("SBRT PRESCRIPTION - THORAX"),
        KeyValue([("Patient", "TESTPATIENT, BEN MRN SYN-0752"),
                  ("Site", "Right lower lobe, peripheral (PTV_RLL)"),
                  ("Volumes", "ITV from 4DCT; PTV = ITV + 5 mm"),
                  ("Dose", "5000 cGy in 5 fractions, 1000 cGy per fraction"),
                  ("OAR limits", "Cord Dmax < 30 Gy; heart D15cc < 32 Gy")]),
        RuledTable([("Structure", "Planned"), ("PTV D95", "50.0 Gy"), ("PTV Dmax", "64.1 Gy"),
                    ("Esophagus Dmax", "20.3 Gy"), ("Heart D15cc", "7.5 Gy"), ("Total lung V20", "5.1%")]),
        "Signed: Example Physician, MD",
    ]], header="Example Clinic   TESTPATIENT, BEN   MRN SYN-0752", footer="SYNTHETIC TEST RECORD")
    reading = read_chart(pdf)
    (lesion,) = reading.facts.lesions
    assert (lesion.dose_gy, lesion.fractions) == (50.0, 5)
    assert "lower lobe" in lesion.name


def test_fiducials_judged_unnecessary_were_not_used() -> None:
    reading = read_text(
        "END OF TREATMENT NOTE\nSimulated supine in a vacuum cushion with arms up. Fiducial markers were considered "
        "unnecessary as the tumour is well seen on the cone beam CT, so none were placed. The right lower lobe "
        "nodule received 50 Gy in 5 fractions with daily CBCT. Planning CT with 4DCT.\n")
    assert reading.facts.positioning.value == ["body_immobilization"]


def test_a_marker_whose_sentence_says_it_was_not_used_is_no_positioning() -> None:
    reading = read_text(
        "Dear Doctor,\nShe was simulated with a 4DCT lying in a vacuum bag with her arms above her head. The gold "
        "seed placed at bronchoscopy in May had drifted into a distal airway far from the nodule and was not used "
        "at all in her treatment. On 06/02/2027 the left upper lobe nodule received 30 Gy in a single fraction.\n")
    assert reading.facts.positioning.value == ["body_immobilization"]


def test_a_simulations_breath_hold_cts_are_the_planning_ct() -> None:
    reading = read_text(
        "SIMULATION: supine on a wing board, arms up. Two breath-hold CTs, 2 mm, with IV contrast to check the "
        "liver dome's position. PET/CT of 03/02/2027 registered for the GTV.\nPLAN: segment VII metastasis, 45 Gy "
        "in 3 fractions, CBCT each fraction.\n")
    assert "CT" in reading.facts.imaging.value
