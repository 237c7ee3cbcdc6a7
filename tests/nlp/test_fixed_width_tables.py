"""Fixed-width plain-text tables drawn with spaces alone: a column gap is a gap of the title line (two spaces or
more) that stays blank down the rows, not a single space that lines up in rows that repeat ("vacuum cushion;
CBCT, 6DoF" on every row); a word that runs past its column in one row ("adapt-to-position 1.2%") keeps the column
it starts in. A remark under the rows, a line above that crosses the columns, and a table printed on its side
(its row titles under no title) are no rows of it. A lesion row naming a bare label with its place in brackets
("lesion 2 (R frontal)") is that place's lesion."""

from __future__ import annotations

from srscheck.nlp import read_text
from srscheck.nlp.reader import document_from_text
from srscheck.nlp.texttables import text_tables

LOG = """EASTMOOR SPINE UNIT - TREATMENT RECORD - SAMPLE, PATIENT  SYN-00001
Course: L2 SBRT (C1)                                        printed 03/12/2026  page 1 of 1

Fx  Date        Setup / imaging                                   Dose (cGy)  Total (cGy)  Therapists
1   03/09/2026  body mould; CBCT, 6DoF, 0.8 mm; MD approved       900         900          JT / RS
2   03/10/2026  body mould; CBCT, 6DoF, 1.1 mm; MD approved       900         1800         JT / RS
3   03/12/2026  body mould; CBCT, 6DoF, 0.6 mm; MD approved       900         2700         RS / LM
Status: course complete, 3/3 fractions.
"""

OVERFLOW = """SESSION LOG - SAMPLE, PATIENT SYN-00002

SESSION  DATE        DAILY MRI  WORKFLOW        ONLINE 2ND CALC  GATING   DOSE (cGy)  RUNNING (cGy)  STATUS
1        05/04/2026  yes        adapt-to-shape  0.9%             cine     1000        1000           delivered
2        05/06/2026  yes        adapt-to-position 1.4%           cine     1000        2000           delivered
3        05/08/2026  yes        adapt-to-shape  0.5%             cine     1000        3000           delivered
4        05/11/2026  yes        adapt-to-shape  1.0%             cine     1000        4000           delivered
5        05/13/2026  yes        adapt-to-shape  0.7%             cine     1000        5000           delivered
"""

LESIONS = """PLAN REVIEW
Target  Location      Max dim (cm)  Rx (Gy)
PTV1    L temporal    2.1           18
PTV2    R frontal     1.3           20

DELIVERY RECORD
Date 02/02/2026  Fraction 1 of 1  skull tracking, max correction 0.6 mm
Path  Target                   Planned MU  Delivered MU  Dose (cGy)  Status
1     lesion 1 (L temporal)    14210       14210         1800        complete
2     lesion 2 (R frontal)      8655        8655         2000        complete
"""


def _cells(text: str) -> list[list[str]]:
    lines = text.split("\n")
    (t,) = text_tables(lines)
    return [[" ".join(lines[k][a:b] for k, a, b in c.words) for c in row] for row in t.rows]


def test_single_spaces_lined_up_in_repeated_rows_are_no_column_gaps() -> None:
    rows = _cells(LOG)
    assert rows[0] == ["Fx", "Date", "Setup / imaging", "Dose (cGy)", "Total (cGy)", "Therapists"]
    assert rows[2] == ["2", "03/10/2026", "body mould; CBCT, 6DoF, 1.1 mm; MD approved", "900", "1800", "JT / RS"]
    assert len(rows) == 4  # (the status remark under the rows and the course line above are no rows)
    doc = document_from_text(LOG)
    (table,) = doc.tables
    assert [c.text for c in table.header] == rows[0]
    assert "Course: L2 SBRT (C1)" in doc.text and "Status: course complete, 3/3 fractions." in doc.text


def test_a_word_running_past_its_column_keeps_the_column_it_starts_in() -> None:
    rows = _cells(OVERFLOW)
    assert rows[0] == ["SESSION", "DATE", "DAILY MRI", "WORKFLOW", "ONLINE 2ND CALC", "GATING", "DOSE (cGy)",
                       "RUNNING (cGy)", "STATUS"]
    assert rows[2] == ["2", "05/06/2026", "yes", "adapt-to-position", "1.4%", "cine", "1000", "2000", "delivered"]
    assert all(len(r) == 9 for r in rows)


def test_title_words_one_space_apart_over_rows_are_one_title() -> None:
    text = "Item  Dose given  Note\nA     5 Gy        first\nB     6 Gy        second\n"
    assert _cells(text) == [["Item", "Dose given", "Note"], ["A", "5 Gy", "first"], ["B", "6 Gy", "second"]]


def test_a_key_value_form_and_prose_are_no_fixed_width_table() -> None:
    form = "Patient:  SAMPLE, ANN     MRN:  SYN-1\nDOB:  01/01/1960         Sex:  F\nSite:  brain\n"
    assert text_tables(form.split("\n")) == []
    prose = "The  patient  was  seen\ntoday and  is  well  after\nher three  fractions.\n"
    assert text_tables(prose.split("\n")) == []


def test_a_bare_label_with_its_place_in_brackets_is_that_places_lesion() -> None:
    lesions = read_text(LESIONS).facts.lesions
    assert sorted((les.dose_gy, les.size_cm) for les in lesions) == [(18.0, 2.1), (20.0, 1.3)], \
        [(les.name, les.dose_gy) for les in lesions]


NUMBERED = """PLAN SUMMARY
Target      Location                    Rx dose  Fractions
PTV1_LFcav  L frontal resection cavity  30 Gy    5
PTV2_RPar   R parietal                  27 Gy    3

RECORD AND VERIFY EXPORT
Date        Session  Field group   Dose this fx (cGy)  Cum (cGy)
11/02/2026  1        PTV_LFcav     600                 600
11/02/2026  1        PTV_RPar      900                 900
11/03/2026  2        PTV_LFcav     600                 1200
11/03/2026  2        PTV_RPar      900                 1800
"""


def test_a_record_structure_is_the_plans_same_structure_numbered() -> None:
    """The record's "PTV_LFcav" is the plan's "PTV1_LFcav": one document numbers its targets, the other not."""
    lesions = read_text(NUMBERED).facts.lesions
    assert sorted(les.dose_gy for les in lesions) == [27.0, 30.0], [(les.name, les.dose_gy) for les in lesions]


def test_a_structure_two_numbered_ones_could_be_is_neither() -> None:
    """With "PTV1_LFcav" and "PTV2_LFcav" in the plan, the record's "PTV_LFcav" could be either: it joins neither."""
    text = NUMBERED.replace("PTV2_RPar   R parietal                  27 Gy    3",
                            "PTV2_LFcav  L frontal pole              20 Gy    1")
    lesions = read_text(text).facts.lesions
    assert "PTV_LFcav" in [les.name for les in lesions], [(les.name, les.dose_gy) for les in lesions]


KEY_VALUE = """SBRT TREATMENT HISTORY
Target\tLiver seg VII HCC (PTV_S7)
Machine\tgantry linac 10 MV FFF
Devices\t2 gold fiducials; abdominal compression belt
Rx\t45 Gy in 3 fractions (15 Gy/fx)
"""


def test_a_key_value_rows_label_is_no_part_of_the_lesions_name() -> None:
    """"Target" in its own cell titles the row: the lesion is the value's "Liver seg VII HCC", not "Target Liver"."""
    (les,) = read_text(KEY_VALUE).facts.lesions
    assert les.name == "Liver seg VII HCC" and les.dose_gy == 45.0, (les.name, les.dose_gy)
    (les,) = read_text(KEY_VALUE.replace("Target\t", "Lesion\t")).facts.lesions
    assert les.name == "Liver seg VII HCC", les.name


def test_a_sentence_under_the_rows_is_no_row() -> None:
    text = ("Target          Dose     Fractions\nleft parietal   24 Gy    1\nright thalamic  16 Gy    1\n"
            "Delivered: left parietal 24 Gy, right thalamic 16 Gy, fraction 1 of 1.\n")
    rows = _cells(text)
    assert rows == [["Target", "Dose", "Fractions"], ["left parietal", "24 Gy", "1"], ["right thalamic", "16 Gy", "1"]]


UNDERSCORED = """STEREOTACTIC COURSE REPORT        SYSTEM: SAMPLE-RV 1.0        RUN: 20260520 0641
------------------------------------------------------------------------------------------
COURSE  MACHINE                     FX PLAN  FX DONE  START     END       STATUS
C1      6MV-FFF GANTRY LINAC        1        1        20260519  20260519  COMPLETE
------------------------------------------------------------------------------------------
TARGET            VOL_CC  MAXDIM_CM  RX_GY  IDL_PCT  FX  DMAX_GY  DELIV_GY  STATUS
MET_LFRONT        1.20    1.4        20.00  80       1   25.00    20.00     DONE
------------------------------------------------------------------------------------------
"""


def test_underscored_titles_of_a_fixed_width_table_are_read_as_words() -> None:
    """An old record system's titles "RX_GY", "DMAX_GY", "DELIV_GY" are the prescription's, the maximum's and the
    delivered dose's columns: the lesion gets 20 Gy, not none (nor the 25 Gy maximum)."""
    doc = document_from_text(UNDERSCORED)
    titles = [[c.text for c in t.header] for t in doc.tables if t.header and "TARGET" in t.header[0].text]
    assert titles and "RX GY" in titles[0] and "DELIV GY" in titles[0]
    reading = read_text(UNDERSCORED)
    assert [(x.dose_gy, x.fractions) for x in reading.facts.lesions] == [(20.0, 1)]
