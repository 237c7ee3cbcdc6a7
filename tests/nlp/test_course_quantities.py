"""Quantities summed over a course: flowsheets with the fractions as columns, phases and stages of one
lesion (nlp/quantities.py, nlp/lesions/resolution.py). Charts are built here, not copied from a corpus."""

from __future__ import annotations

from pathlib import Path

from pdfmaker import Heading, KeyValue, TextTable, make_chart_pdf
from srscheck.nlp import read_chart, read_course, read_text


def _flowsheet_chart(path: Path, dates: tuple[str, ...], summary: str) -> Path:
    n = len(dates)
    return make_chart_pdf(path, [[
        Heading("Lung SBRT - Treatment Summary"),
        KeyValue([("Diagnosis", "Right lower lobe adenocarcinoma, 2.1 cm"), ("Prescription", "10 Gy x 5 = 50 Gy")]),
        "Simulation: 4DCT in a vacuum cushion.",
        TextTable([("", *dates), ("Fraction", *[str(i + 1) for i in range(n)]), ("Dose (Gy)", *["10"] * n),
                   ("Cumulative", *[str(10 * (i + 1)) for i in range(n)]), ("CBCT", *["yes"] * n)],
                  columns=tuple([0] + [150 + 55 * i for i in range(n)])),
        summary,
    ]], header="Example Clinic   TESTPATIENT, ANN   MRN SYN-0001", footer="SYNTHETIC TEST RECORD")


def test_a_flowsheet_with_dates_as_columns_counts_its_fractions(tmp_path: Path) -> None:
    """Five dated columns of a flowsheet are five fractions; a narrative that says four is flagged, not used."""
    pdf = _flowsheet_chart(tmp_path / "grid.pdf", ("03/02", "03/04", "03/06", "03/09", "03/11"),
                           "Summary: right lower lobe tumour treated with SBRT to 50 Gy in 4 fractions.")
    reading = read_chart(pdf)
    facts = reading.facts
    assert facts.fractions.value == 5
    assert any("Fraction 1 2 3 4 5" in e.text for e in facts.fractions.evidence)
    (lesion,) = facts.lesions
    assert (lesion.dose_gy, lesion.fractions) == (50.0, 5)
    assert any(f.fact == "fractions" and "5" in f.message and "4" in f.message for f in reading.review)


def test_an_undated_column_of_a_dated_flowsheet_was_not_given(tmp_path: Path) -> None:
    """A grid printed for five fractions with only three dated: three were given, 30 Gy delivered."""
    pdf = _flowsheet_chart(tmp_path / "stopped.pdf", ("03/02", "03/04", "03/06", "", ""),
                           "Treatment was stopped for pneumonitis.")
    facts = read_chart(pdf).facts
    assert facts.fractions.value == 3


def _stage_pdf(path: Path, stage: int, dose: str, note: str) -> Path:
    return make_chart_pdf(path, [[
        Heading(f"Staged Radiosurgery - Stage {stage} of 2"),
        KeyValue([("Date", f"0{stage + 3}/0{stage}/2026"), ("Unit", "Leksell Gamma Knife Icon"),
                  ("Fixation", "thermoplastic mask")]),
        "Planning MRI with contrast registered to the stereotactic CBCT.",
        TextTable([("Stage", "Target", "Dose", "Isodose"), (str(stage), "Left parietal", dose, "50%")],
                  columns=(0, 80, 220, 300)),
        note,
    ]], header="Example Clinic   TESTPATIENT, ANN   MRN SYN-0002", footer="SYNTHETIC TEST RECORD")


def test_two_stages_of_one_lesion_are_summed_with_each_stage_as_evidence(tmp_path: Path) -> None:
    """Staged radiosurgery in two documents: one lesion, the stages' doses and sessions summed."""
    a = _stage_pdf(tmp_path / "s1.pdf", 1, "12 Gy", "Delivered as planned.")
    b = _stage_pdf(tmp_path / "s2.pdf", 2, "12 Gy", "Delivered as planned. Staged course complete.")
    reading = read_course([a, b])
    (lesion,) = reading.facts.lesions
    assert (lesion.dose_gy, lesion.fractions) == (24.0, 2)
    quoted = [e.text for e in lesion.evidence]
    assert any(q.startswith("1 Left parietal 12 Gy") for q in quoted)
    assert any(q.startswith("2 Left parietal 12 Gy") for q in quoted)
    assert not reading.review


def test_a_stated_total_that_is_not_the_sum_of_the_stages_is_flagged(tmp_path: Path) -> None:
    a = _stage_pdf(tmp_path / "s1.pdf", 1, "12 Gy", "Delivered as planned.")
    b = _stage_pdf(tmp_path / "s2.pdf", 2, "12 Gy", "Staged course complete: left parietal lesion 30 Gy in 2 sessions.")
    reading = read_course([a, b])
    (lesion,) = reading.facts.lesions
    assert lesion.dose_gy == 24.0
    (flag,) = [f for f in reading.review if "sum to 24 Gy" in f.message]
    assert "30 Gy" in flag.message
    assert any("30 Gy in 2 sessions" in e.text for e in flag.evidence)


def test_one_phase_table_sums_the_phases_of_one_volume(tmp_path: Path) -> None:
    """Phase 1 and a boost to the same planning volume, no total row: one lesion, 60 Gy in 30 fractions."""
    pdf = make_chart_pdf(tmp_path / "phases.pdf", [[
        Heading("Prostate IMRT - Treatment Summary"),
        TextTable([("Phase", "Target", "Dose", "Fractions"), ("1", "PTV_Prostate", "50 Gy", "25"),
                   ("2 (boost)", "PTV_Prostate", "10 Gy", "5")], columns=(0, 90, 220, 300)),
        "Daily CBCT before each fraction. Treatment completed as planned.",
    ]])
    (lesion,) = read_chart(pdf).facts.lesions
    assert (lesion.dose_gy, lesion.fractions) == (60.0, 30)


def test_a_lesion_in_a_targets_table_and_a_delivered_table_is_not_summed(tmp_path: Path) -> None:
    """Two tables naming one lesion with its dose (no phases) are the same lesion, its dose not doubled."""
    pdf = make_chart_pdf(tmp_path / "twice.pdf", [[
        Heading("Radiosurgery Summary"),
        TextTable([("Target", "Dose", "Isodose"), ("Right occipital", "20 Gy", "80%")], columns=(0, 150, 250)),
        "Delivered in a single fraction with a frameless mask.",
        TextTable([("Target", "Dose", "Date"), ("Right occipital", "20 Gy", "03/04/2026")], columns=(0, 150, 250)),
    ]])
    (lesion,) = read_chart(pdf).facts.lesions
    assert (lesion.dose_gy, lesion.fractions) == (20.0, 1)


def test_a_negation_ends_at_the_next_clause_of_a_run_on_sentence() -> None:
    """Dictation joins clauses with commas: "no CT was needed" negates the CT, not the dose two clauses on."""
    reading = read_text("PROCEDURE: The frame was applied and a stereotactic MRI was obtained, no CT was needed, "
                        "the images were imported into the planning system, we prescribed twenty Gray to the left "
                        "parietal metastasis in a single session.\n")
    (lesion,) = reading.facts.lesions
    assert (lesion.dose_gy, lesion.fractions) == (20.0, 1)
    assert "CT" not in (reading.facts.imaging.value or [])


def test_a_negation_still_covers_its_own_clause() -> None:
    reading = read_text("Left parietal metastasis treated with 20 Gy in 1 fraction. There was no 30 Gy boost, "
                        "and no CT was obtained.\n")
    (lesion,) = reading.facts.lesions
    assert lesion.dose_gy == 20.0
    assert "CT" not in (reading.facts.imaging.value or [])


def test_a_table_whose_rulings_read_as_bars_keeps_its_column_roles(tmp_path: Path) -> None:
    """Cells run together between "|" rulings (as a scanned table reads): each value goes to its column
    by kind, so the Max column's dose is no prescription; a bare label of the series (T3) is no vertebra."""
    pdf = make_chart_pdf(tmp_path / "bars.pdf", [[
        Heading("Gamma Knife Radiosurgery"), "Single session in a thermoplastic mask; MRI for planning.",
        TextTable([("Target | Location", "Diam. | Rx dose | Isodose | Max | Shots"),
                   ("T1 Lt frontal", "8 mm | 20 Gy 50% 40 Gy | 4"),
                   ("T2 Rt occipital", "| 11 mm | 18 Gy 50% 36 Gy | 6"),
                   ("T3", "| 14 mm | 50% 36 Gy | 7")], columns=(0, 150)),
    ]])
    reading = read_chart(pdf)
    doses = [(les.dose_gy, les.site) for les in reading.facts.lesions]
    # T3's Rx cell is empty: its Max (36 Gy) is no prescription, but the Max times the isodose line (50%) is, as
    # on the rows that give all three
    assert doses == [(20.0, "cranial"), (18.0, "cranial"), (18.0, "cranial")]
    assert reading.facts.sites.value == ["cranial"]
    assert not [f for f in reading.review if f.fact == "sites"]


def test_a_fraction_count_whose_noun_is_left_out_after_daily() -> None:
    reading = read_text("Right upper lobe tumour treated to 60 Gy in 30 daily, completed without a break.\n")
    assert reading.facts.fractions.value == 30


def test_up_to_n_lesions_is_a_limit_not_a_count() -> None:
    reading = read_text("The protocol allows radiosurgery for up to three brain lesions. The left occipital "
                        "metastasis was treated with 20 Gy in a single fraction.\n")
    assert reading.facts.lesion_count.value == 1
    assert reading.facts.lesions[0].dose_gy == 20.0


def test_a_backward_negation_stays_in_its_clause() -> None:
    """"records not available" negates the records, not the dose before the comma."""
    reading = read_text("The right adrenal metastasis received 40 Gy in 5 fractions, outside records not available.\n")
    (lesion,) = reading.facts.lesions
    assert (lesion.dose_gy, lesion.fractions) == (40.0, 5)


def test_a_cancelled_phase_is_not_summed(tmp_path: Path) -> None:
    """A boost phase the table marks as cancelled adds nothing: the lesion keeps its first phase's dose."""
    pdf = make_chart_pdf(tmp_path / "cancelled.pdf", [[
        Heading("Prostate IMRT - Treatment Summary"),
        TextTable([("Phase", "Target", "Dose", "Fractions", "Status"),
                   ("1", "PTV_Prostate", "50 Gy", "25", "completed"),
                   ("2 (boost)", "PTV_Prostate", "10 Gy", "5", "cancelled")], columns=(0, 90, 220, 300, 380)),
        "Daily CBCT before each fraction.",
    ]])
    (lesion,) = read_chart(pdf).facts.lesions
    assert (lesion.dose_gy, lesion.fractions) == (50.0, 25)


def _log_pdf(path: Path, title: str, head: tuple[str, ...], rows: list[tuple[str, ...]], note: str) -> Path:
    return make_chart_pdf(path, [[
        Heading(title), TextTable([head, *rows], columns=tuple(70 * i for i in range(len(head)))), note,
    ]], header="Example Clinic   TESTPATIENT, ANN   MRN SYN-0003", footer="SYNTHETIC TEST RECORD")


def test_a_dated_delivery_log_outranks_the_plan_and_the_summary(tmp_path: Path) -> None:
    """Plan 36 Gy in 4; the log gives three fractions of 9 Gy and one held; the summary (written from the
    prescription) says 4/4 and 36 Gy: the lesion received 27 Gy in 3, and both disagreements are flagged."""
    plan = tmp_path / "1_plan.txt"
    plan.write_text("LUNG SBRT PLAN\nTarget: right upper lobe nodule, 1.8 cm\nRx: 36 Gy / 4 fx (9 Gy/fx), "
                    "4DCT simulation in a vacuum cushion.\n", encoding="utf-8")
    log = _log_pdf(tmp_path / "2_record.pdf", "Treatment Delivery Record", ("Fx", "Date", "Dose", "Status"),
                   [("1", "03/02/2026", "9 Gy", "delivered"), ("2", "03/04/2026", "9 Gy", "delivered"),
                    ("3", "03/06/2026", "9 Gy", "delivered"), ("4", "03/09/2026", "-", "held")],
                   "Fraction 4 held for pneumonitis; course closed.")
    summary = tmp_path / "3_summary.txt"
    summary.write_text("COMPLETION SUMMARY\nRight upper lobe SBRT with daily CBCT. Completed 4/4 fractions, "
                       "total dose 36 Gy.\n", encoding="utf-8")
    reading = read_course([plan, log, summary])
    assert reading.facts.fractions.value == 3
    (lesion,) = reading.facts.lesions
    assert (lesion.dose_gy, lesion.fractions) == (27.0, 3)
    assert any(f.fact == "fractions" and "3" in f.message and "4" in f.message for f in reading.review)
    assert any(f.fact == "lesions" and "27 Gy" in f.message and "36 Gy" in f.message for f in reading.review)


def test_a_numbered_dated_log_outranks_a_letters_dose(tmp_path: Path) -> None:
    """A log whose first column is a bare "#" with a date on every row, and a letter that says another dose."""
    log = _log_pdf(tmp_path / "1_record.pdf", "Treatment Record", ("#", "Date", "Dose (Gy)", "Cum (Gy)"),
                   [(str(i), f"0{i}/06/2026", "8", str(8 * i)) for i in range(1, 6)], "Course complete.")
    letter = tmp_path / "2_letter.txt"
    letter.write_text("Dear Doctor,\nHe completed SABR to the right adrenal metastasis today, 45 Gy/5# with "
                      "CBCT guidance.\n", encoding="utf-8")
    reading = read_course([log, letter])
    (lesion,) = reading.facts.lesions
    assert (lesion.dose_gy, lesion.fractions) == (40.0, 5)
    assert any(f.fact == "lesions" and "45 Gy" in f.message for f in reading.review)


def test_a_numbered_lesion_table_is_no_fraction_log(tmp_path: Path) -> None:
    """Rows numbered under "#" without dates are lesions, not fractions."""
    pdf = _log_pdf(tmp_path / "targets.pdf", "Gamma Knife Radiosurgery", ("#", "Target", "Dose", "Isodose"),
                   [("1", "Left frontal", "20 Gy", "50%"), ("2", "Right occipital", "18 Gy", "50%")],
                   "Single session in a thermoplastic mask; MRI for planning.")
    reading = read_chart(pdf)
    assert reading.facts.fractions.value == 1
    assert [les.dose_gy for les in reading.facts.lesions] == [20.0, 18.0]


def test_phases_written_in_prose_are_summed_for_one_target() -> None:
    """A first phase and a boost in one sentence, to the same target: 50 Gy in 5, each phase quoted."""
    reading = read_text("The left lower lobe tumour was treated with 30 Gy in 3 fractions, followed by a 20 Gy "
                        "boost in 2 fractions. Daily CBCT before each fraction.\n")
    (lesion,) = reading.facts.lesions
    assert (lesion.dose_gy, lesion.fractions) == (50.0, 5)
    assert reading.facts.fractions.value == 5
    quoted = [e.text for e in lesion.evidence]
    assert "30 Gy in 3 fractions" in quoted and "20 Gy boost in 2 fractions" in quoted
    assert not reading.review


def test_a_cone_down_boost_after_then_is_summed() -> None:
    reading = read_text("The prostate received 45 Gy in 25 fractions, then a cone-down boost of 9 Gy in 5 "
                        "fractions. Daily CBCT.\n")
    (lesion,) = reading.facts.lesions
    assert (lesion.dose_gy, lesion.fractions) == (54.0, 30)


def test_a_stated_total_that_is_not_the_sum_of_prose_phases_is_flagged() -> None:
    reading = read_text("The left lower lobe tumour was treated with 30 Gy in 3 fractions, followed by a 20 Gy "
                        "boost in 2 fractions, a total of 55 Gy. Daily CBCT.\n")
    (lesion,) = reading.facts.lesions
    assert lesion.dose_gy == 50.0
    (flag,) = [f for f in reading.review if "sum to 50 Gy" in f.message]
    assert "55 Gy" in flag.message


def test_alternatives_and_integrated_boost_levels_are_not_summed() -> None:
    """"either ... or" names two options, a simultaneous integrated boost two dose levels of one course."""
    either = read_text("The right adrenal metastasis was treated with either 30 Gy in 3 fractions or 40 Gy in 5 "
                       "fractions. Daily CBCT.\n")
    assert all(les.dose_gy != 70.0 for les in either.facts.lesions)
    sib = read_text("The cervix received 45 Gy in 25 fractions with a simultaneous integrated boost to 55 Gy in "
                    "25 fractions. Daily CBCT.\n")
    assert all(les.dose_gy != 100.0 and les.fractions != 50 for les in sib.facts.lesions)


def test_a_prior_course_is_no_phase() -> None:
    """A previous course's dose is never a phase: only this course's dose and its boost are summed."""
    reading = read_text("Prior course: 30 Gy in 10 fractions to the T8 vertebra in 2024. The T8 metastasis was "
                        "re-treated with 24 Gy in 3 fractions, followed by a boost of 8 Gy in 1 fraction. "
                        "Daily CBCT.\n")
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(32.0, 4)]


def _phase_chart(path: Path, *lines: str) -> Path:
    return make_chart_pdf(path, [[Heading("Radiation Oncology - Treatment Summary"), *lines]],
                          header="Example Clinic   TESTPATIENT, ANN   MRN SYN-0004", footer="SYNTHETIC TEST RECORD")


def test_phases_on_separate_lines_of_one_section_are_summed(tmp_path: Path) -> None:
    """A numbered first phase and its boost written as two lines: one lesion, 36 Gy in 4, each phase quoted."""
    pdf = _phase_chart(tmp_path / "phases.pdf", "Left lower lobe adenocarcinoma, 2.4 cm, 4DCT simulation.",
                       "Phase 1: 30 Gy in 3 fractions to PTV_L. Daily CBCT in a vacuum cushion.",
                       "Phase 2 (boost): 6 Gy in 1 fraction.")
    reading = read_chart(pdf)
    assert reading.facts.fractions.value == 4
    (lesion,) = reading.facts.lesions
    assert (lesion.dose_gy, lesion.fractions) == (36.0, 4)
    quoted = " | ".join(e.text for e in lesion.evidence)
    assert "30 Gy in 3 fractions" in quoted and "6 Gy in 1 fraction" in quoted
    assert not reading.review


def test_an_initial_course_and_its_cone_down_are_one_course(tmp_path: Path) -> None:
    """"Initial course" followed by a cone-down is this course's first phase, not an earlier course."""
    pdf = _phase_chart(tmp_path / "conedown.pdf", "Prostate adenocarcinoma, daily CBCT with fiducials.",
                       "Initial course: 45 Gy in 25 fractions to the prostate and seminal vesicles.",
                       "Cone-down: 9 Gy in 5 fractions to the prostate.")
    reading = read_chart(pdf)
    assert reading.facts.fractions.value == 30
    (lesion,) = reading.facts.lesions
    assert (lesion.dose_gy, lesion.fractions) == (54.0, 30)


def test_a_stated_total_that_differs_from_phases_on_separate_lines_is_flagged(tmp_path: Path) -> None:
    pdf = _phase_chart(tmp_path / "total.pdf", "Left lower lobe tumour, 4DCT simulation, daily CBCT.",
                       "Phase 1: 30 Gy in 3 fractions to PTV_L.", "Phase 2 (boost): 6 Gy in 1 fraction.",
                       "Total dose: 40 Gy.")
    reading = read_chart(pdf)
    (lesion,) = reading.facts.lesions
    assert lesion.dose_gy == 36.0
    (flag,) = [f for f in reading.review if "sum to 36 Gy" in f.message]
    assert "40 Gy" in flag.message and any("Total dose: 40 Gy" in e.text for e in flag.evidence)


def test_doses_on_separate_lines_that_are_no_phases_of_one_lesion_are_not_summed(tmp_path: Path) -> None:
    """Another place's boost, integrated-boost levels, a planned-only boost, a prior course, a first phase
    written in another document: never summed."""
    other = read_chart(_phase_chart(tmp_path / "other.pdf", "Lesion 1: 24 Gy in 3 fractions to the left adrenal.",
                                    "Boost: 18 Gy in 1 fraction to the right adrenal."))
    assert all(les.dose_gy != 42.0 for les in other.facts.lesions) and other.facts.fractions.value != 4
    sib = read_chart(_phase_chart(tmp_path / "sib.pdf", "Phase 1: 45 Gy in 25 fractions to the cervix.",
                                  "Phase 2: a simultaneous integrated boost to 55 Gy in 25 fractions."))
    assert all(les.dose_gy != 100.0 for les in sib.facts.lesions) and sib.facts.fractions.value == 25
    planned = read_chart(_phase_chart(tmp_path / "planned.pdf", "Phase 1: 30 Gy in 3 fractions to the left lower "
                                      "lobe tumour.", "Phase 2 (boost) will be 6 Gy in 1 fraction."))
    assert [(les.dose_gy, les.fractions) for les in planned.facts.lesions] == [(30.0, 3)]
    prior = read_chart(_phase_chart(tmp_path / "prior.pdf", "Prior course: 30 Gy in 10 fractions to T8 in 2024.",
                                    "Boost: 8 Gy in 1 fraction to the T8 metastasis."))
    assert [(les.dose_gy, les.fractions) for les in prior.facts.lesions] == [(8.0, 1)]
    plan = tmp_path / "1_plan.txt"
    plan.write_text("SBRT PLAN\nPhase 1: 30 Gy in 3 fractions to the left lower lobe tumour.\n", encoding="utf-8")
    boost = tmp_path / "2_boost.txt"
    boost.write_text("BOOST PLAN\nBoost: 6 Gy in 1 fraction to the left lower lobe tumour.\n", encoding="utf-8")
    apart = read_course([plan, boost])
    assert all(les.dose_gy != 36.0 for les in apart.facts.lesions)


def test_one_lesions_phases_on_separate_lines_beside_another_lesion(tmp_path: Path) -> None:
    """Two lesions; the second has a boost on its own line: 30 Gy in 3 for one, 36 Gy in 4 for the other."""
    pdf = _phase_chart(tmp_path / "two.pdf", "SBRT with daily CBCT in a vacuum cushion.",
                       "Left adrenal metastasis: 30 Gy in 3 fractions.",
                       "Right lower lobe tumour: Phase 1: 30 Gy in 3 fractions.",
                       "Phase 2 (boost): 6 Gy in 1 fraction to the right lower lobe tumour.")
    reading = read_chart(pdf)
    assert sorted((les.dose_gy, les.fractions) for les in reading.facts.lesions) == [(30.0, 3), (36.0, 4)]
