"""A treatment record numbered by session whose Target column names each session's targets ("1 | 11/16/2026 |
PTV_T4 | 900 | 900", "1 | 11/16/2026 | PTV_L2 | 900 | 900", ...) is the record of every lesion: each target's rows
are its sessions and its running total its delivered dose, so a dictated note beside it that misstates one
target's dose (spoken levels read as levels, "L two received thirty gray") is held against the record's row for
that target and flagged, and the record's dose is used."""

from __future__ import annotations

from pathlib import Path

from pdfmaker import Heading, Spacer, TextTable, make_chart_pdf
from srscheck.nlp import read_course

NOTE = """RIVERSIDE ONCOLOGY
Dictation - Completion of Radiation Treatment

Mr. Example has now completed stereotactic body radiation therapy to two spinal metastases at T four and L two, treated
together over three sessions.

The T four lesion received twenty-seven gray in three fractions, nine gray each, and L two received thirty gray in three
fractions. He was set up in a vacuum mattress with spine tracking on every session.
"""

ROWS = [(str(k), day, target, "900", str(900 * k), "AR")
        for k, day in ((1, "11/16/2026"), (2, "11/18/2026"), (3, "11/20/2026")) for target in ("PTV_T4", "PTV_L2")]


def _record(path: Path) -> Path:
    return make_chart_pdf(path, [[
        Heading("Treatment Record - Robotic Radiosurgery"),
        "Unit: robotic-arm mounted 6 MV linac. Setup: supine, vacuum mattress.",
        Spacer(),
        TextTable([("Session", "Date", "Target", "Dose (cGy)", "Cumulative (cGy)", "Therapist"), *ROWS],
                  columns=(0, 60, 150, 240, 320, 420)),
        "Course status: COMPLETED 11/20/2026. 3 of 3 sessions.",
    ]])


def test_each_target_of_a_session_log_gets_its_rows(tmp_path: Path) -> None:
    r = read_course([_record(tmp_path / "r.pdf")])
    assert sorted((les.dose_gy, les.fractions) for les in r.facts.lesions) == [(27.0, 3), (27.0, 3)]
    assert r.facts.fractions.value == 3


def test_a_dictated_dose_the_session_log_contradicts_is_flagged(tmp_path: Path) -> None:
    note = tmp_path / "1_note.txt"
    note.write_text(NOTE, encoding="utf-8")
    r = read_course([note, _record(tmp_path / "2_record.pdf")])
    assert sorted((les.dose_gy, les.fractions) for les in r.facts.lesions) == [(27.0, 3), (27.0, 3)]
    flags = [f for f in r.review if f.fact == "lesions"]
    assert len(flags) == 1 and "30 Gy" in flags[0].message and "L2" in flags[0].message


def test_a_session_log_without_a_running_total_sums_each_targets_sessions(tmp_path: Path) -> None:
    """Each target's rows give the dose of one session ("1 | 11/16/2026 | T8 | 12 Gy", "2 | 11/18/2026 | T8 |
    12 Gy") and no running total: the target had their sum, 24 Gy in 2, as the record's prescription says."""
    rows = [(str(k), day, level, "12 Gy")
            for k, day in ((1, "11/16/2026"), (2, "11/18/2026")) for level in ("T8", "L2")]
    p = make_chart_pdf(tmp_path / "r.pdf", [[
        Heading("Spine Radiosurgery Treatment Record"),
        "Prescription: T8: 24 Gy / 2 fx to PTV; L2: 24 Gy / 2 fx",
        Spacer(),
        TextTable([("Fx", "Date", "Level", "Dose"), *rows], columns=(0, 40, 140, 220)),
        "Both levels complete.",
    ]])
    r = read_course([p])
    assert sorted((les.name, les.dose_gy, les.fractions) for les in r.facts.lesions) == [("L2", 24.0, 2),
                                                                                        ("T8", 24.0, 2)]
    assert not [f for f in r.review if f.fact == "lesions"]


def test_a_session_logs_sites_written_out_are_the_plans_structures_run_together(tmp_path: Path) -> None:
    """The plan's "PTV_LFront" and "PTV_RCbm" and the record's rows "L Front" and "R Cbm" (the same letters, the
    volume type aside) are the same two lesions, not four."""
    plan = make_chart_pdf(tmp_path / "1_plan.pdf", [[
        Heading("Plan Summary - FSRT_BRAIN_2MET"),
        "Machine: 6 MV FFF linac. Fractionation 8 Gy x 3. Thermoplastic mask.",
        Spacer(),
        TextTable([("Structure", "Type", "Rx total (Gy)", "Gy/fx"), ("PTV_LFront", "PTV", "24.0", "8.0"),
                   ("PTV_RCbm", "PTV", "24.0", "8.0")], columns=(0, 100, 160, 260)),
    ]])
    rows = [(str(k), day, site, "800", str(800 * k))
            for k, day in ((1, "09/21/2026"), (2, "09/23/2026"), (3, "09/25/2026")) for site in ("L Front", "R Cbm")]
    record = make_chart_pdf(tmp_path / "2_record.pdf", [[
        Heading("Treatment Record (Dose Tracking)"),
        Spacer(),
        TextTable([("Fx", "Date", "Site", "Daily (cGy)", "Cumulative (cGy)"), *rows], columns=(0, 40, 140, 220, 300)),
    ]])
    r = read_course([plan, record])
    assert sorted((les.name, les.dose_gy, les.fractions) for les in r.facts.lesions) == [
        ("PTV_LFront", 24.0, 3), ("PTV_RCbm", 24.0, 3)]


EXPORT = "\n".join([
    "##COURSE|C2_SRT_BRAIN|status COMPLETE|start 20260914|end 20260918",
    "##MACHINE|LINAC_3|6 MV FFF gantry linac",
    "RECTYPE|TARGET|SIZE_MM|RX_TOTAL_CGY|FX|CGY_PER_FX|IDL",
    "RX|Met01_RtPar|15|2700|3|900|80%",
    "RX|Met02_LtCblm|11|2700|3|900|80%",
    "RECTYPE|SESSION|DATE|TIME|TARGET|MU|IGRT|DOSE_CGY|CUM_CGY|STATUS",
    "SESSION|1|20260914|07:31|Met01_RtPar|2210|CBCT|900|900|TREATED",
    "SESSION|1|20260914|07:44|Met02_LtCblm|1985|CBCT|900|900|TREATED",
    "SESSION|2|20260916|07:29|Met01_RtPar|2210|CBCT|900|1800|TREATED",
    "SESSION|2|20260916|07:41|Met02_LtCblm|1985|CBCT|900|1800|TREATED",
    "SESSION|3|20260918|07:35|Met01_RtPar|2210|CBCT|900|2700|TREATED",
    "SESSION|3|20260918|07:47|Met02_LtCblm|1985|CBCT|900|2700|TREATED",
    "TOTAL|Met01_RtPar|2700|3 of 3",
    "TOTAL|Met02_LtCblm|2700|3 of 3",
]) + "\n"


def test_an_exports_session_rows_dated_yyyymmdd_are_each_targets_sessions(tmp_path: Path) -> None:
    """Session rows dated the export's compact way ("20260914") are one target's sessions as any dated rows are:
    the plan's two targets, not six."""
    p = tmp_path / "export.txt"
    p.write_text(EXPORT, encoding="utf-8")
    r = read_course([p])
    assert sorted((les.name, les.dose_gy, les.fractions) for les in r.facts.lesions) == [
        ("Met01_RtPar", 27.0, 3), ("Met02_LtCblm", 27.0, 3)]


def test_a_column_of_figures_titled_with_a_structure_names_no_targets(tmp_path: Path) -> None:
    """An adaptive log's "PTV D95(Gy)" column ("8.02", "7.96", "--") is a metric, no target per session: the log
    stays the one target's log."""
    p = tmp_path / "log.txt"
    p.write_text("\n".join([
        "ADAPTIVE SESSION LOG   Target PTV_LtAdrenal  Rx 40.0 Gy / 5 fx",
        "",
        "FX  DATE        WORKFLOW  PTV D95(Gy)  DELIVERED(Gy)  CUM(Gy)  STATUS",
        "1   2026-07-27  ATS       8.02         8.0            8.0      DELIVERED",
        "2   2026-07-29  ATP       8.00         8.0            16.0     DELIVERED",
        "3   2026-07-31  ATS       7.96         8.0            24.0     DELIVERED",
        "4   2026-08-03  ATS       8.01         8.0            32.0     DELIVERED",
        "5   2026-08-05  --        --           0.0            32.0     CANCELLED",
    ]) + "\n", encoding="utf-8")
    r = read_course([p])
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(32.0, 4)]
