"""Reader mechanisms found on corpus 46 (each chart text written for the test):
- a delivery record's target cell naming a run of the plan's labels ("M1-M6") is no target of its own
  (sources.label_run); a run of vertebral levels stays one target;
- a prescription's revision history ("Rev | Status | Date | Dose/fx | Fx | Total") is no per-fraction log, and a
  log's running total is never read from a row not given (quantities.index_column, _last_cumulative);
- a list of structure names each followed by its place ("PTV_A right frontal, PTV_B left parietal") names the
  table's structures (patterns structure_definition), so a lesion's size said by its place reaches it;
- a lesion table's dose in bare numbers under a unit title is a DOSE mention (facts.quantity_mentions);
- each line of a pipe-delimited export is a record of its own, not wrapped prose (lines.hard_breaks): a birth date
  on one record does not date the planning record under it;
- "I have proposed ... forty gray in five fractions" in a consultation is an option talked over (context_rules)."""

from __future__ import annotations

from srscheck.nlp import read_text

LABEL_RUN = """CRANIAL SRS PLAN REPORT - one isocentre, several metastases
Machine: 6 MV linac with HD-MLC
Immobilisation: thermoplastic SRS mask
Imaging: planning CT in mask 05/04/2026 and MRI T1 post-gadolinium 05/02/2026, fused

Target    Site           Diam (cm)    Rx (Gy)    Fx
N1        R parietal     1.2          27         3
N2        L occipital    0.7          27         3
N3        R temporal     1.5          24         3

Delivery record
Date          Fraction    Targets    MU      Status
05/06/2026    1 of 3      N1-N3      5120    Complete
05/07/2026    2 of 3      N1-N3      5118    Complete
05/08/2026    3 of 3      N1-N3      5121    Complete

Signed: Rosalind Treadwell-Achebe, MD 05/08/2026
"""


def test_a_run_of_labels_in_a_delivery_row_is_no_target_of_its_own() -> None:
    facts = read_text(LABEL_RUN).facts
    assert facts.lesion_count.value == 3
    assert not any("N1-N3" in les.name for les in facts.lesions)


SPINE_RUN = """SPINE SBRT TREATMENT RECORD
Immobilisation: vacuum cushion
Imaging: planning CT 1 mm 02/02/2026 fused with MRI 02/01/2026

Target        Levels     Rx (Gy)    Fx
PTV_spine     T9-T11     27         3
PTV_pelvis    L4-L5      27         3

Daily CBCT before each fraction. Treated 02/09/2026 to 02/13/2026.
"""


def test_a_run_of_vertebral_levels_stays_a_target() -> None:
    facts = read_text(SPINE_RUN).facts
    assert facts.lesion_count.value == 2
    assert [les.site for les in facts.lesions] == ["spinal", "spinal"]


REVISIONS = """RADIATION PRESCRIPTION - revision history
Diagnosis: left vestibular schwannoma, 1.4 cm
Fixation: Leksell frame
Planning imaging: CT with localiser 08/11/2026 and MRI 08/10/2026, fused

Rev   Status       Date         Dose/fx (Gy)   Fx   Total (Gy)   Reason
0     Superseded   08/05/2026   13.0           1    13.0         first draft
1     Approved     08/07/2026   12.0           1    12.0         cochlea dose
2     Cancelled    08/07/2026   5.0            5    25.0         fractionated option, not approved

Treatment record
Date         Fx     Dose (Gy)   Cumulative (Gy)   Status
08/11/2026   1/1    12.0        12.0              Treated

Signed: Ptolemy Varga-Lindqvist, MD 08/11/2026
"""


def test_a_revision_history_is_no_delivery_log() -> None:
    reading = read_text(REVISIONS)
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(12.0, 1)]
    assert not any("25 Gy" in r.message for r in reading.review)


STRUCTURES = """FRACTIONATED SRS - DAILY RECORD
Immobilisation\tSRS mask
Planning CT 1 mm 03/02/2026 fused with MRI 03/01/2026.
The left occipital mass now measures 3.9 cm on the planning MRI; the right parietal lesion is 0.7 cm.

Fx\tDate\tPTV_X cGy\tPTV_Y cGy
1\t03/09/2026\t500\t600
2\t03/10/2026\t500\t600
3\t03/11/2026\t500\t600
4\t03/12/2026\t500\t600
5\t03/13/2026\t500\t600
Total\t\t2500\t3000

PTV_X left occipital, PTV_Y right parietal. Course complete 03/13/2026.
"""


def test_structure_names_listed_with_their_places() -> None:
    facts = read_text(STRUCTURES).facts
    by_place = {les.name: les for les in facts.lesions}
    assert set(by_place) == {"left occipital (PTV_X)", "right parietal (PTV_Y)"}
    assert by_place["left occipital (PTV_X)"].complexity == "complex"
    assert by_place["right parietal (PTV_Y)"].complexity == "simple"


def test_a_table_dose_in_bare_numbers_is_a_dose_mention() -> None:
    reading = read_text(STRUCTURES)
    doses = {m.value for m in reading.mentions if m.label == "DOSE" and not m.modifiers}
    assert {"25", "30"} <= doses


PIPES = """==== RIVERSEND HEALTH | export | page 1 of 1 ====
MRN|NAME|DOB|COURSE|SITE|DX
SYN-0001|TESTPATIENT, ALMA|1950-03-14|LIVER_SBRT|segment VII, liver|C22.0 hepatocellular carcinoma, Child-Pugh A5
SIM_DATE|SIM_TYPE|IMMOBILISATION|REGISTRATION
2026-05-11|4D CT, 10 phases, 2 mm, ITV from the maximum intensity projection|vacuum cushion, arms up|none
TARGET|GTV_cm|RX_cGy|FX|RX_LINE
PTV_LIVER|2.3|3000|3|80%
FX|DATE|DOSE_cGy|STATUS
1|2026-05-18|1000|TREATED
2|2026-05-20|1000|TREATED
3|2026-05-22|1000|TREATED
"""


def test_pipe_export_records_are_sentences_of_their_own() -> None:
    facts = read_text(PIPES).facts
    assert facts.imaging.value == ["CT"]
    assert facts.positioning.value == ["body_immobilization"]


PROPOSED = """Radiation Oncology - Consultation 02/02/2026
Seventy year old man with intermediate-risk prostate adenocarcinoma. I have proposed stereotactic body
radiotherapy, forty gray in five fractions to the prostate, after fiducial placement.

Treatment record
Delivered prescription\t725 cGy x 5 = 3625 cGy to PTV_PROSTATE
Fx\tDate\tcGy\tCum cGy\tStatus
1\t03/02/2026\t725\t725\ttreated
2\t03/04/2026\t725\t1450\ttreated
3\t03/06/2026\t725\t2175\ttreated
4\t03/09/2026\t725\t2900\ttreated
5\t03/11/2026\t725\t3625\ttreated
"""


def test_a_proposed_regimen_is_no_dose_of_the_course() -> None:
    reading = read_text(PROPOSED)
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(36.25, 5)]
    assert not any("40 Gy" in r.message for r in reading.review)
