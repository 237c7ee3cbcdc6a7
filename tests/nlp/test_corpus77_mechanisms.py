"""Mechanisms found on corpus 77 (other clinics' system printouts and exports, released for tuning), each on a
chart written here:

- a row of an appointment list or treatment log that names a session ("SRS fraction 1 of 1") and marks it as not
  given ("CANCELLED") is no statement that treatment was given, and a course status line naming its course
  ("Course C1 status: CLOSED 06/21/2027 - not treated") says the course was closed undelivered: an approved plan
  followed by such a history documents a plan never delivered.
"""

from __future__ import annotations

from srscheck.nlp import read_text

PLAN_THEN_CANCELLED = """RIVERBEND ONCOLOGY - Radiation Oncology
PATIENT, EXAMPLE   MRN X-77

SRS Plan Report - BRAIN_2MET (status: PlanningApproved)
Unit                       6 MV FFF gantry linac
Immobilization             Thermoplastic SRS mask
Images                     CT simulation 06/08/2027 1 mm; MRI 06/07/2027 fused

Target   Location          Rx (Gy)   Fx   IDL (%)   Dmax (Gy)

PTV1     Right frontal     20        1    80        25.0

PTV2     Left parietal     18        1    80        22.5

Plan approved 06/14/2027.

Treatment History - Course C1 BRAIN SRS

Appointment              Date          Status       Reason

SRS fraction 1 of 1      06/16/2027    CANCELLED    Patient admitted

Course C1 status: CLOSED 06/21/2027 - not treated (0 of 1 fractions). Plan retired.
"""


def test_a_plan_whose_only_session_was_cancelled_was_never_delivered() -> None:
    facts = read_text(PLAN_THEN_CANCELLED).facts
    assert facts.course_status.value == "planned"
    assert any(e.rule == "course_status:not_delivered" for e in facts.course_status.evidence)
    assert facts.lesions == () or not facts.lesions
    assert facts.fractions.value is None


def test_a_delivered_session_beside_a_cancelled_one_still_counts() -> None:
    text = PLAN_THEN_CANCELLED.replace(
        "SRS fraction 1 of 1      06/16/2027    CANCELLED    Patient admitted",
        "SRS fraction 1 of 1      06/16/2027    CANCELLED    Patient admitted\n\n"
        "SRS fraction 1 of 1      06/23/2027    Treated      -").replace(
        "Course C1 status: CLOSED 06/21/2027 - not treated (0 of 1 fractions). Plan retired.",
        "Course C1 status: completed 06/23/2027.")
    assert read_text(text).facts.course_status.value == "delivered"


PIPE_EXPORT = """SUNDIAL CLINIC :: DATA EXPORT
Export type|Treatment history with plan parameters
Delimiter|pipe; doses in Gy

#SECTION SETUP
Unit|Robotic-arm mounted 6 MV linac
Immobilization|Thermoplastic mask
Planning CT|04/27/2027, 1.25 mm, in mask
Planning MRI|04/26/2027, T1 post-gadolinium, fused

#SECTION TARGETS
target_id|location|max_dim_cm|rx_total_Gy|fractions|dose_per_fx_Gy|rx_isodose_pct|Dmax_Gy|MU_per_fx
PTV_A|right frontal|4.1|30.0|5|6.0|70|42.9|21512
PTV_B|left temporal|1.8|27.0|3|9.0|78|34.6|14208

#SECTION HISTORY
date|session|plan|fx|status|fx_dose_Gy|cum_dose_Gy|note
05/03/2027|1|PTV_B_3fx|1/3|COMPLETE|9.0|9.0|
05/03/2027|1|PTV_A_5fx|1/5|COMPLETE|6.0|6.0|
05/04/2027|2|PTV_B_3fx|2/3|COMPLETE|9.0|18.0|
05/04/2027|2|PTV_A_5fx|2/5|COMPLETE|6.0|12.0|
05/05/2027|3|PTV_B_3fx|3/3|COMPLETE|9.0|27.0|
05/05/2027|3|PTV_A_5fx|3/5|COMPLETE|6.0|18.0|
05/07/2027|4|PTV_A_5fx|4/5|COMPLETE|6.0|24.0|
05/10/2027|5|PTV_A_5fx|5/5|COMPLETE|6.0|30.0|
"""


def test_underscored_column_titles_of_a_pipe_export_are_read_as_words() -> None:
    """"rx_total_Gy" titles the prescription, "dose_per_fx_Gy" the dose of a fraction, "max_dim_cm" the size."""
    lesions = read_text(PIPE_EXPORT).facts.lesions
    got = sorted((les.dose_gy, les.fractions) for les in lesions)
    assert (30.0, 5) in got and (27.0, 3) in got
    assert any(les.complexity == "complex" for les in lesions)  # 4.1 cm in the max_dim_cm column


def test_a_plan_named_after_its_structure_and_fractionation_is_that_structure() -> None:
    """"PTV_A_5fx" in the history is the plan of target "PTV_A": one lesion, not two."""
    facts = read_text(PIPE_EXPORT).facts
    assert facts.lesion_count.value == 2
    assert facts.fractions.value == 5


def test_a_structure_name_in_capitals_stays_whole_as_a_column_title() -> None:
    from srscheck.nlp.texttables import _identifier_title
    assert _identifier_title("rx_total_Gy") and _identifier_title("max_dim_cm")
    assert not _identifier_title("PTV_X") and not _identifier_title("GTV_L1")


STOPPED_RECORD = """QUARRYSIDE CLINIC - Radiation Oncology
PATIENT, EXAMPLE   MRN X-78

End of Treatment Summary
She completed fractionated stereotactic radiosurgery as planned: left frontal resection cavity 30 Gy in 5 fractions
and right parietal metastasis 24 Gy in 3 fractions, thermoplastic mask, daily cone-beam CT.

Plan Summary
Unit: 6 MV gantry linac
Images: CT simulation 03/29/2027 1 mm; MRI 03/28/2027 fused

Target        Rx total    Fx    cGy/fx    IDL    Dmax (cGy)
CAV_LFront    3000 cGy    5     600       80%    3750
MET_RPar      2400 cGy    3     800       80%    3000

TREATMENT RECORD - DOSE BY SITE (cGy)
Date          Fx    Site          Dose this fx    Site cumulative    Status
04/05/2027    1     CAV_LFront    600             600                Treated
04/05/2027    1     MET_RPar      800             800                Treated
04/07/2027    2     CAV_LFront    600             1200               Treated
04/07/2027    2     MET_RPar      800             1600               Treated
04/09/2027    3     CAV_LFront    600             1800               Treated
04/09/2027    3     MET_RPar      800             2400               Treated
04/12/2027    4     CAV_LFront    600             2400               Treated
04/14/2027    5     CAV_LFront    0               2400               NOT TREATED - admitted
04/19/2027    -     C1            -               -                  Course ended by physician
"""


def test_a_session_not_given_and_never_made_up_ends_what_the_lesion_had() -> None:
    reading = read_text(STOPPED_RECORD)
    facts = reading.facts
    got = sorted((les.name, les.dose_gy, les.fractions) for les in facts.lesions)
    assert got == [("CAV_LFront", 24.0, 4), ("MET_RPar", 24.0, 3)]  # the course's note row ("C1") is no lesion
    assert facts.fractions.value == 4
    assert any(f.lesion == "CAV_LFront" for f in reading.review)  # the summary's 30 Gy in 5 is for the coder


def test_a_session_not_given_then_made_up_changes_nothing() -> None:
    text = STOPPED_RECORD.replace(
        "04/19/2027    -     C1            -               -                  Course ended by physician",
        "04/16/2027    5     CAV_LFront    600             3000               Treated")
    facts = read_text(text).facts
    assert sorted((les.dose_gy, les.fractions) for les in facts.lesions) == [(24.0, 3), (30.0, 5)]
    assert facts.fractions.value == 5


def test_a_count_of_targets_with_their_run_is_no_target() -> None:
    """"7 (PTV1-PTV7)" under "Targets" in a prescription history counts the targets the plan lists: no lesion "7"."""
    from srscheck.nlp.lesions.sources import label_run
    from srscheck.nlp.vocab import load_vocabulary
    vocab = load_vocabulary()
    assert label_run("7 (PTV1-PTV7)", vocab) and label_run("PTV1-PTV8", vocab)
    assert not label_run("3 (T8-T10)", vocab)  # a run of vertebral levels is one target


REVISIONS = """REDWATER ONCOLOGY
PATIENT, EXAMPLE   MRN X-79

Radiation Prescription - revision history
Rev    Status        Date          Target         Dose                Comment
A      CANCELLED     05/11/2027    PTV_T10        24 Gy in 2 fx       MRI shows disease at T9 and T11; redrawn
B      APPROVED      05/13/2027    PTV_T9_T11     27 Gy in 3 fx       Single contiguous target T9-T11

Unit: 6 MV FFF gantry linac, VMAT. Simulation CT 05/10/2027 in vacuum cushion.
All 3 fractions delivered 05/18/2027 - 05/22/2027.
"""


def test_a_called_off_revision_beside_the_approved_one_names_no_lesion() -> None:
    facts = read_text(REVISIONS).facts
    assert [(les.dose_gy, les.fractions) for les in facts.lesions] == [(27.0, 3)]


CSV_COURSE = '''"Export","treatment history, comma separated, doses in cGy"
"Patient","PATIENT, EXAMPLE","X-80"
"Course","C1 PROSTATE SBRT","Rx","3625 cGy / 5 fx","Dose per fx","725 cGy"
"Date","Fx","Field","MU","Dose cGy","Cum cGy","Status"
"11/08/2027","1","Arc1","1162","362.5","362.5","Treated"
"11/08/2027","1","Arc2","1156","362.5","725","Treated"
"11/10/2027","2","Arc1","1162","362.5","1087.5","Treated"
"11/10/2027","2","Arc2","1156","362.5","1450","Treated"
"Summary","Fractions delivered","2","of","5"
'''


def test_a_course_id_in_an_export_field_is_no_vertebra() -> None:
    """"Course","C1 PROSTATE SBRT": C1 numbers the course in the record system; no cervical vertebra is treated."""
    facts = read_text(CSV_COURSE, file="export.csv").facts
    assert "spinal" not in (facts.sites.value or [])


CODED_TARGETS = """OXBRIDGE RADIOSURGERY - plan report
Unit: Cobalt-60 multi-source radiosurgery unit. Stereotactic head frame. Stereotactic MRI and CT 03/10/2027.
Four lesions were outlined (T1 to T4). T3 lies 3 mm from the left optic tract; its dose was reduced to 14 Gy.
All lesions are under 2.5 cm.

Target    Location             Diam (mm)    Rx dose (Gy)    IDL (%)    Max (Gy)
T1        L occipital          14           20.0            50         40.0
T2        R frontal            22           18.0            50         36.0
T3        L mesial temporal    11           14.0            50         28.0
T4        R cerebellar         6            22.0            60         36.7

All four targets delivered 03/10/2027 in one session.
"""


def test_a_code_label_beside_the_place_names_the_lesion_for_the_notes_about_it() -> None:
    lesions = read_text(CODED_TARGETS).facts.lesions
    assert [(les.dose_gy, les.complexity) for les in lesions] == [
        (20.0, "simple"), (18.0, "simple"), (14.0, "complex"), (22.0, "simple")]


def test_a_tumour_of_the_optic_nerve_sheath_is_complex_by_its_place() -> None:
    text = """Course Summary - Fractionated Stereotactic Radiotherapy
Diagnosis: D32.0 left optic nerve sheath meningioma, progressive visual field loss
Prescription: 25 Gy in 5 fractions to PTV_ONSM. 6 MV gantry linac, thermoplastic mask, CT and MRI fused.
All 5 fractions delivered 12/06/2027 - 12/10/2027.
"""
    lesions = read_text(text).facts.lesions
    assert [les.complexity for les in lesions] == ["complex"]


FIELD_LOG = """ASHLEIGH HOSPITAL    RADIATION ONCOLOGY    TREATMENT RECORD - FIXED-WIDTH EXPORT
UNIT   : 6MV FFF GANTRY LINAC   IMMOB: BODY VACUUM CUSHION

SITE      TARGET          RX TOTAL  RX/FX  FX  STATUS
--------  --------------  --------  -----  --  ---------
SP_T4     T4 VB           2400 cGy   1200   2  COMPLETE
SP_L2     L2 VB           1800 cGy   1800   1  COMPLETE

DATE       FX  SITE   FIELD  FLD cGy  FX cGy  CUM cGy  IGRT
---------- --  -----  -----  -------  ------  -------  --------------
06/14/2027  1  SP_T4  CBCT         -       -        -  CBCT APPROVED
06/14/2027  1  SP_T4  ARC1       600               600
06/14/2027  1  SP_T4  ARC2       600    1200     1200
06/14/2027  1  SP_L2  CBCT         -       -        -  CBCT APPROVED
06/14/2027  1  SP_L2  ARC1       900               900
06/14/2027  1  SP_L2  ARC2       900    1800     1800
06/16/2027  2  SP_T4  CBCT         -       -        -  CBCT APPROVED
06/16/2027  2  SP_T4  ARC1       600              1800
06/16/2027  2  SP_T4  ARC2       600    1200     2400
"""


def test_a_set_up_image_row_first_leaves_the_running_total_the_lesions_dose() -> None:
    """The first row of each lesion's log (its CBCT, no dose) takes no arc's dose: the running total is read, and the
    plan's 24 Gy and the record's agree (no review flag of two totals)."""
    reading = read_text(FIELD_LOG)
    assert sorted((les.dose_gy, les.fractions) for les in reading.facts.lesions) == [(18.0, 1), (24.0, 2)]
    assert not [f for f in reading.review if "in one place" in f.message]


def test_how_one_split_session_is_counted_is_no_count_of_the_course() -> None:
    text = """Physician Completion Note
SBRT to T7 completed 08/24/2027: 25 Gy in 5 fractions to PTV_T7 on a 6 MV gantry linac, vacuum cushion, CBCT
guidance at every fraction. Fraction 2 was delivered in two parts on 08/17 after a couch interlock and counts as one
fraction.
"""
    reading = read_text(text)
    assert reading.facts.fractions.value == 5
    assert not [f for f in reading.review if "fraction counts" in f.message]


SUPPORTS = """Radiation Oncology Treatment Summary
Unit                  1.5 T MR-linac (7 MV FFF)
Simulation            CT 11/01/2027 and MR simulation 11/01/2027
Setup                 Supine, arms down along the body on the couch, knee wedge; no immobilization device
Compression belt      Available; not used (gated delivery)
Fiducials             None (soft-tissue MR tracking)
Prescription          40 Gy in 5 fractions (8 Gy per fraction)
Left adrenal metastasis: 40 Gy in 5 fractions completed 11/17/2027.
"""


def test_a_device_only_at_hand_and_a_support_said_to_immobilize_nothing_are_no_positioning() -> None:
    assert read_text(SUPPORTS).facts.positioning.value == []
    kept = SUPPORTS.replace("knee wedge; no immobilization device", "vacuum cushion; no other immobilization device")
    assert read_text(kept).facts.positioning.value == ["body_immobilization"]
    used = SUPPORTS.replace("Available; not used (gated delivery)", "Applied at 4 cm, used at every fraction")
    assert read_text(used).facts.positioning.value == ["body_immobilization"]
