"""Numbers that are quantities, titles that carry digits or underscores, and a visit letter's header line:

(1) a table cell under a column titled as a quantity ("Rx (cGy)", "PTV_A cGy") is that quantity, never a year, so a
plan row "PTV_A ... 2000 ..." or a record row "... 2000 1600 ..." is not put in the year 2000's past;
(2) a CSV export's column title may carry digits after its first letter ("d95_cGy", "V12Gy"): still a title;
(3) a pipe export whose record type is written on every line ("LOG|date|given_cGy" over "LOG|2026-04-02|800") has its
first line's underscored titles read as words, so "given cGy" is the log's delivered column;
(4) a record-type table's field "RX<tab>fractions<tab>5" is the fraction count;
(5) a log's "Cumul. (cGy)" column is its running total, not a dose per session to be summed;
(6) a follow-up letter's header line "Follow-up, <date>.   NAME   MRN ..." is the title of a dated visit, not a
plan section: the letter's words about the treated tumour count."""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_chart, read_course


def _write(tmp_path: Path, name: str, lines: list[str]) -> Path:
    p = tmp_path / name
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def test_a_dose_cell_under_a_cgy_title_is_no_year(tmp_path: Path) -> None:
    p = _write(tmp_path, "plan.txt", [
        "TESTVALE RADIOSURGERY - plan and record, printed 04/09/2026",
        "Fixation: thermoplastic mask. Planning MRI 04/06/2026.",
        "",
        "Target      Vol (cc)    Rx (cGy)    Dmax (cGy)   MU",
        "PTV_A       1.30        2000        2480         9 100",
        "PTV_B       0.70        1600        2010         7 020",
        "",
        "Date          Fx       PTV_A cGy     PTV_B cGy     Status",
        "04/09/2026    1        2000          1600          completed",
    ])
    facts = read_chart(p).facts
    assert facts.fractions.value == 1
    assert sorted((x.dose_gy, x.fractions) for x in facts.lesions) == [(16.0, 1), (20.0, 1)]


def test_a_csv_title_with_digits_is_a_title(tmp_path: Path) -> None:
    p = _write(tmp_path, "export.txt", [
        "# TEST CLINIC export - multi-target SRS - 2026-02-10",
        "# unit=6 MV gantry linac;fixation=thermoplastic mask",
        "target,location,diam_cm,rx_cGy,fx,d95_cGy,dmax_cGy",
        "T1,left frontal,1.1,2000,1,1990,2470",
        "T2,right parietal,0.7,1800,1,1795,2240",
        "T3,left cerebellar,1.5,2000,1,2004,2510",
    ])
    facts = read_chart(p).facts
    assert facts.lesion_count.value == 3 and facts.fractions.value == 1 and facts.sites.value == ["cranial"]
    assert [(x.dose_gy, x.fractions) for x in facts.lesions] == [(20.0, 1), (18.0, 1), (20.0, 1)]


def test_a_typed_log_title_line_reads_its_underscored_titles(tmp_path: Path) -> None:
    p = _write(tmp_path, "export.txt", [
        "PART|KEY|VALUE",
        "DX|text|adenocarcinoma left lower lobe, 1.6 cm, peripheral",
        "RX|dose|4800 cGy",
        "RX|unit|6 MV gantry linac",
        "LOG|date|given_cGy|total_cGy|imaging",
        "LOG|2026-04-02|1200|1200|CBCT",
        "LOG|2026-04-04|1200|2400|CBCT",
        "LOG|2026-04-07|1200|3600|CBCT",
        "LOG|2026-04-09|1200|4800|CBCT",
    ])
    facts = read_chart(p).facts
    assert facts.fractions.value == 4
    assert [(x.dose_gy, x.fractions) for x in facts.lesions] == [(48.0, 4)]


def test_a_record_type_tables_fraction_field_is_the_count(tmp_path: Path) -> None:
    p = _write(tmp_path, "export.txt", [
        "PART|KEY|VALUE",
        "DX|text|adenocarcinoma left lower lobe, 1.6 cm",
        "SIM|scan|4DCT 2 mm",
        "RX|dose|5000 cGy",
        "RX|fractions|5",
        "RX|unit|6 MV gantry linac",
    ])
    facts = read_chart(p).facts
    assert facts.fractions.value == 5
    assert [(x.dose_gy, x.fractions) for x in facts.lesions] == [(50.0, 5)]


def test_an_abbreviated_cumulative_column_is_a_running_total(tmp_path: Path) -> None:
    p = _write(tmp_path, "record.txt", [
        "Treatment record - hypofractionated SRS",
        "Prescription: 2700 cGy / 3 fx to PTV_R_parietal, mask",
        "",
        "Date          Fx   Dose/fx (cGy)   Cumul. (cGy)   Status",
        "05/04/2026    1    900             900            Treated",
        "05/05/2026    2    900             1800           Treated",
        "05/06/2026    3    900             2700           Treated",
    ])
    facts = read_chart(p).facts
    assert facts.fractions.value == 3
    assert [(x.dose_gy, x.fractions) for x in facts.lesions] == [(27.0, 3)]


def test_a_letters_header_with_the_patients_fields_is_a_visit_title(tmp_path: Path) -> None:
    record = _write(tmp_path, "1.txt", [
        "Treatment record - fractionated SRS",
        "Prescription: 2500 cGy / 5 fx to PTV_MEN, frameless mask",
        "",
        "Date          Fx   Dose/fx (cGy)   Cumulative (cGy)   Status",
        "02/02/2026    1    500             500                Treated",
        "02/03/2026    2    500             1000               Treated",
        "02/04/2026    3    500             1500               Treated",
        "02/05/2026    4    500             2000               Treated",
        "02/06/2026    5    500             2500               Treated",
    ])
    letter = _write(tmp_path, "2.txt", [
        "TEST CANCER CENTRE",
        "Follow-up, 05/11/2026.   TESTCASE, ALMA   MRN TST-0001",
        "",
        "Dear colleague, I reviewed your patient after stereotactic radiotherapy for her meningioma, which sits "
        "three millimetres from the optic chiasm. Her vision is stable.",
    ])
    les = read_course([record, letter]).facts.lesions
    assert [(x.dose_gy, x.fractions, x.complexity) for x in les] == [(25.0, 5, "complex")]


def test_a_place_said_to_hold_none_of_the_lesions_classifies_none(tmp_path: Path) -> None:
    """"none in the brainstem" says where no lesion is: the largest lesion's clause does not make it a brainstem
    lesion."""
    p = _write(tmp_path, "summary.txt", [
        "Radiosurgery completion summary, 03/02/2026. Frame, cobalt unit, one session.",
        "MRI showed four new lesions, the largest 1.9 cm in the right temporal lobe, none in the brainstem.",
        "",
        "#   Site            cm    Gy",
        "1   R temporal      1.9   18",
        "2   L frontal       0.6   20",
        "3   R occipital     0.8   20",
        "4   L cerebellar    1.0   20",
    ])
    les = read_chart(p).facts.lesions
    assert len(les) == 4 and [x.complexity for x in les] == ["simple"] * 4


def test_a_dose_cell_the_running_total_does_not_step_by_is_misread(tmp_path: Path) -> None:
    """A log whose running total steps by 800 cGy on every row, one dose cell reading 1800: that cell is misread
    (a scan's stray digit); the course's dose is the running total's, with no contradiction of two doses to review
    (only the flag that says the cell was read as the step: tests/nlp/test_review_says_what_it_did.py)."""
    p = _write(tmp_path, "record.txt", [
        "SBRT prostate - delivery record",
        "Prescription: 4000 cGy in 5 fractions to the prostate, vacuum cushion, fiducials.",
        "",
        "Fx   Date     cGy    Cum cGy",
        "1    05/04    800    800",
        "2    05/06    800    1600",
        "3    05/08    1800   2400",
        "4    05/11    800    3200",
        "5    05/13    800    4000",
    ])
    r = read_chart(p)
    assert [(x.dose_gy, x.fractions) for x in r.facts.lesions] == [(40.0, 5)]
    assert [f.kind for f in r.review if f.fact == "lesions"] == ["misread_cell"]


def test_a_functional_maximum_beside_its_isodose_lines_dose(tmp_path: Path) -> None:
    """"delivered 80 Gy maximum dose (the 25% isodose line ... at roughly 20 Gy)" on a functional target: 20 Gy is that
    isodose line's dose, no second prescription to review."""
    p = _write(tmp_path, "note.txt", [
        "Procedure note 02/10/2026. Diagnosis: right trigeminal neuralgia, V3.",
        "Head frame applied. CT fused to MRI. One 4 mm isocentre on the right trigeminal nerve root entry zone; "
        "the linac delivered 80 Gy maximum dose (the 25% isodose line reaching the pons at roughly 20 Gy). "
        "One session.",
    ])
    r = read_chart(p)
    assert [(x.dose_gy, x.fractions) for x in r.facts.lesions] == [(80.0, 1)]
    assert not [f for f in r.review if f.fact == "lesions"]


def test_a_scan_judged_unnecessary_was_not_done(tmp_path: Path) -> None:
    p = _write(tmp_path, "note.txt", [
        "Procedure note 05/05/2026: radiosurgery to a right vestibular schwannoma, 12 Gy to the 50% isodose in one "
        "session on the cobalt unit in a mask.",
        "We planned on a contrast MRI; a planning CT was not felt to be necessary.",
    ])
    assert read_chart(p).facts.imaging.value == ["MRI"]


def test_a_word_tesseract_cut_in_two_is_joined_again() -> None:
    """Two pieces of letters on one level a hair apart (4 px on a 30 px line whose spaces are 13 px), even in two
    blocks, are one word ("im" + "mobiliser"); pieces a space apart, or a capital after them, stay two words."""
    from srscheck.nlp import ocr

    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
    rows = ["5\t1\t4\t1\t1\t1\t100\t700\t70\t30\t96.0\tknee",
            "5\t1\t4\t1\t1\t2\t183\t700\t40\t30\t96.0\tim",
            "5\t1\t5\t1\t1\t1\t227\t700\t160\t31\t93.0\tmobiliser",
            "5\t1\t5\t1\t1\t2\t400\t700\t60\t30\t95.0\tused",
            "5\t1\t5\t1\t1\t3\t464\t700\t60\t30\t95.0\tToday"]
    words = ocr.parse_tsv(head + "\n".join(rows) + "\n", 1.0)
    assert [w.text for w in words] == ["knee", "immobiliser", "used", "Today"]
    assert (words[1].x0, words[1].x1) == (183, 387)
