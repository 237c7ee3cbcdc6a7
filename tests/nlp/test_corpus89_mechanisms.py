"""Mechanisms found on corpus 89 (each lesion's identity and delivered dose and fractions in multi-lesion and
multi-site courses), each on a chart written here:

- a column of target structures' identifiers is the targets' column whatever its title ("Structure" over
  "PTV1_LFront"), so a side column about the nearest organ at risk makes no organ-at-risk table of a plan's
  target table; a row named by its place keeps the structure beside it as its alias, and a log's "PTV1" is the
  lesion whose alias is numbered 1;
- a session's row that lists several targets and as many doses ("PTV1, PTV2, PTV3 | 24 / 20 / 18 Gy") gives each
  target its own dose, in order;
- a fraction's ordinal ("with fraction 1 of target 4") is no count of the course's targets.
"""

from __future__ import annotations

import re

from srscheck.nlp import read_text

PLAN_AND_LOG = """CRANIAL STEREOTACTIC PLAN SUMMARY
Treatment unit: 6 MV FFF gantry linac. Immobilization: thermoplastic SRS mask. Planning MRI fused to CT.
Schedule: targets 1-3 single fraction with fraction 1 of target 4; target 4 alone at fractions 2 and 3.

Targets
#   Structure      Location          Max diam   Rx       Fx   Dose/fx   PTV Dmax   Nearest OAR / Dmax
1   PTV1_LFront    left frontal      0.8 cm     24 Gy    1    24 Gy     30.0 Gy    none within 2 cm
2   PTV2_RPar      right parietal    1.4 cm     20 Gy    1    20 Gy     25.1 Gy    none within 2 cm
3   PTV3_LOcc      left occipital    2.3 cm     18 Gy    1    18 Gy     23.2 Gy    L optic radiation
4   PTV4_RTemp     right temporal    3.7 cm     27 Gy    3    9 Gy      35.5 Gy    R optic tract 12 mm

Delivery by Date
Fx   Date         Targets treated           Dose this session     IGRT    Status
1    06/03/2026   PTV1, PTV2, PTV3, PTV4    24 / 20 / 18 / 9 Gy   CBCT    Delivered
2    06/05/2026   PTV4                      9 Gy                  CBCT    Delivered
3    06/08/2026   PTV4                      9 Gy                  CBCT    Delivered

Course completed 06/08/2026 as planned, 3 treatment sessions.
"""


def test_plan_table_log_and_listed_session_doses_are_one_set_of_lesions() -> None:
    reading = read_text(PLAN_AND_LOG)
    got = sorted((x.name, x.dose_gy, x.fractions) for x in reading.facts.lesions)
    assert got == [("left frontal", 24.0, 1), ("left occipital", 18.0, 1), ("right parietal", 20.0, 1),
                   ("right temporal", 27.0, 3)]
    assert reading.facts.lesion_count.value == 4
    assert reading.facts.fractions.value == 3
    assert not [f for f in reading.review if "lesion" in f.message and "found" in f.message]


SESSION_LOG = """TREATMENT DELIVERY LOG
Machine: 6 MV FFF gantry linac. Immobilization: frameless SRS mask. Planning CT fused with MRI T1+C.
Plans SRS_A (PTV_LFront, PTV_RCbl) and SRS_B (PTV_LTemp), split into two sessions.

Session   Date         Plan     Target                                Rx           IDL    Delivered
1         08/07/2026   SRS_A    PTV_LFront (left frontal, 1.2 cm)     20 Gy x 1    80%    20 Gy
1         08/07/2026   SRS_A    PTV_RCbl (right cerebellar, 2.0 cm)   18 Gy x 1    80%    18 Gy
2         08/14/2026   SRS_B    PTV_LTemp (left temporal, 0.9 cm)     20 Gy x 1    80%    20 Gy

Course complete 08/14/2026 after 2 treatment sessions.
"""


def test_a_log_numbering_the_course_sessions_gives_each_lesion_its_own_count() -> None:
    reading = read_text(SESSION_LOG)
    got = sorted((x.dose_gy, x.fractions) for x in reading.facts.lesions)
    assert got == [(18.0, 1), (20.0, 1), (20.0, 1)]
    assert reading.facts.fractions.value == 2
    assert not [f for f in reading.review if "stopped early" in f.message]


COORDINATE_CHECK = """RADIOSURGERY TREATMENT SUMMARY
Date of treatment 11/05/2026 (single session). Cobalt-60 multi-source radiosurgery unit, stereotactic head frame.
Left vestibular schwannoma 12 Gy to the 50% isodose line.

Physics verified all isocenter coordinates against the plan before delivery; independent
treatment-time calculation agreed within 1%. Treated in one session, no interruption.
"""


def test_an_independent_treatment_time_calculation_is_no_separate_course() -> None:
    reading = read_text(COORDINATE_CHECK)
    checks = [m for m in reading.mentions if m.label == "FRAME_CHECK"]
    assert checks and all("HISTORICAL" not in m.modifiers for m in checks)



PLAN_AND_HELD_LOG = """SBRT PLAN SUMMARY - TWO SITES
Unit: 6 MV FFF gantry linac. Immobilization: vacuum cushion. Simulation: 4DCT 07/01/2027, liver MRI fused.

Plan       Target            Rx             Dose/fx    IDL
LIV_S6     PTV_Liver_S6      50 Gy / 5      10 Gy      80%
BONE_RIL   PTV_R_Ilium       35 Gy / 5      7 Gy       85%

SESSION LOG
Session   Date          PTV_Liver_S6    PTV_R_Ilium   IGRT                 Comment
1         07/08/2027    10 Gy           7 Gy          CBCT + seed match
2         07/09/2027    10 Gy           7 Gy          CBCT + seed match
3         07/12/2027    10 Gy           7 Gy          CBCT + seed match    AST/ALT 6x ULN
4         07/13/2027    HELD            7 Gy          CBCT                 liver plan discontinued by MD
5         07/14/2027    HELD            7 Gy          CBCT

COMPLETION NOTE
Course table (from the treatment planning prescription):
Target              Dose/fx    Fx     Total
Liver segment 6     10 Gy      5      50 Gy
Right ilium         7 Gy       5      35 Gy
"""


def test_a_log_of_plan_dose_columns_gives_what_each_lesion_was_given() -> None:
    reading = read_text(PLAN_AND_HELD_LOG)
    got = sorted((x.dose_gy, x.fractions) for x in reading.facts.lesions)
    assert got == [(30.0, 3), (35.0, 5)]
    assert reading.facts.fractions.value == 5


SMALL_TARGETS = """RADIOSURGERY COMPLETION SUMMARY
Mr. Doe has three brain metastases and has now completed his stereotactic course on the robotic arm linear
accelerator, thermoplastic mask, planning CT fused with MRI.

Totals. Left frontal lesion 30 Gy in 5 fractions. Right cerebellar lesion 20 Gy in 1 fraction. Left occipital
lesion 18 Gy in 1 fraction. Five treatment sessions in all. Maximum point doses were 42.8 Gy in the frontal target
and 26.7 and 24 Gy in the two small targets.
"""


def test_a_definite_count_picked_out_by_size_is_a_part_of_the_course() -> None:
    reading = read_text(SMALL_TARGETS)
    assert len(reading.facts.lesions) == 3
    assert not [f for f in reading.review if f.fact == "lesion_count"]
    told = read_text(SMALL_TARGETS.replace("the two small targets", "both").replace(
        "has three brain metastases and ", "") + "\nTwo small lesions were treated.\n")
    assert [f for f in told.review if f.fact == "lesion_count"]  # with no article, a count of the course


PLAN_NAMED_LOG = """SBRT PLAN SUMMARY - TWO SITES
Unit: 6 MV FFF gantry linac. Immobilization: vacuum cushion. Simulation: 4DCT 07/01/2027, liver MRI fused.

Plan       Target            Rx             Dose/fx    IDL
LIV_S6     PTV_Liver_S6      50 Gy / 5      10 Gy      80%
BONE_RIL   PTV_R_Ilium       35 Gy / 5      7 Gy       85%

SESSION LOG
Session   Date          LIV_S6     BONE_RIL   IGRT                 Comment
1         07/08/2027    10 Gy      7 Gy       CBCT + seed match
2         07/09/2027    10 Gy      7 Gy       CBCT + seed match
3         07/12/2027    10 Gy      7 Gy       CBCT + seed match    AST/ALT 6x ULN
4         07/13/2027    HELD       7 Gy       CBCT                 liver plan discontinued by MD
5         07/14/2027    HELD       7 Gy       CBCT
"""


def _tab_separated(text: str) -> str:
    # the same chart as a tab-separated export: every table line's columns split by tabs, empty cells kept
    out = []
    for line in text.split("\n"):
        if line[:1].isdigit() or line.startswith(("Plan ", "LIV_", "BONE_", "Session ")):
            cells = re.split(r" {2,}", line.rstrip())
            width = 5 if line.startswith(("Plan ", "LIV_", "BONE_")) else 6
            line = "\t".join(cells + [""] * (width - len(cells)))
        out.append(line)
    return "\n".join(out)


def test_a_text_logs_columns_titled_by_plan_names_keep_the_names() -> None:
    # a text export's column titled by a plan's name ("LIV_S6", "Liv_S6") keeps its underscore, as a PDF's title
    # cell does, so the log's column is the plan's target and gives what it received
    for text in (PLAN_NAMED_LOG, _tab_separated(PLAN_NAMED_LOG),
                 PLAN_NAMED_LOG.replace("LIV_S6", "Liv_S6").replace("BONE_RIL", "Bone_Ril"),
                 _tab_separated(PLAN_NAMED_LOG).replace("LIV_S6", "Liv_S6").replace("BONE_RIL", "Bone_Ril")):
        reading = read_text(text)
        got = sorted((x.dose_gy, x.fractions) for x in reading.facts.lesions)
        assert got == [(30.0, 3), (35.0, 5)], text
        assert reading.facts.fractions.value == 5
