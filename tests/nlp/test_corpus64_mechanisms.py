"""Reader mechanisms found on corpus 64 (each lesion's delivered dose and fractions; chart texts written for the
test):
- a list item naming several labels of the series ("Lesions A, B (...): 2000 cGy each", "Lesions one through
  three, the ..., received ... each") is one lesion per label, each with the place listed for it in order, and the
  next label after "and" in the line of the one before it ("..., and lesion five, the left temporal, ...") is an
  item of its own (sources.listed_lesions, patterns enumerated_group / enumerated_next);
- doses paired by "respectively" may be said in words ("twenty, eighteen and sixteen gray respectively");
- "eight gray per fraction for three fractions" is 24 Gy in 3 (patterns dose_times_n);
- a per-fraction record with one dose column per target may title the column with the session's dose ("PTV1 fx
  (Gy)", "T7 fx (cGy)"), date its rows by month and day only, and mark a session a target did not get ("HELD")
  (sources.target_columns);
- a lesion table's dose per fraction times its delivered count is the lesion's dose, when its Dates column lists
  each lesion's days (a lesion's row, no session of a log);
- in a course whose lesions had different counts, a lesion's own planned count is no plan of the course's sessions
  (review.fraction_flags);
- a count written before the chart says the set of targets changed ("L3 is removed from the plan") is the set
  before the change, no contradiction (review.count_flags);
- a PET the referral was made "on the basis of" is diagnostic, not planning imaging (devices.planning_imaging)."""

from __future__ import annotations

from srscheck.nlp import read_text


def _doses(facts) -> list[tuple[float | None, int | None]]:
    return sorted((les.dose_gy, les.fractions) for les in facts.lesions)


GROUPED = """RADIOSURGERY SUMMARY - several metastases
Thermoplastic mask. Planning CT and MRI fused 03/02/2026. Single isocentre, linac, 80% isodose.

Dose delivered 03/05/2026 (one fraction)

- Lesions A, B (left frontal 1.1 cm, right occipital 0.8 cm): 2000 cGy each
- Lesion C (left cerebellar, 0.9 cm): 1600 cGy

All three targets treated as planned.
"""


def test_a_list_item_naming_several_labels_is_one_lesion_per_label() -> None:
    facts = read_text(GROUPED).facts
    assert facts.lesion_count.value == 3
    assert _doses(facts) == [(16.0, 1), (20.0, 1), (20.0, 1)]
    names = " ".join(les.name for les in facts.lesions)
    assert "left frontal" in names and "right occipital" in names


RANGE_DICTATED = """OPERATIVE NOTE - GAMMA RADIOSURGERY
The head frame was applied and a stereotactic MRI and CT obtained for planning. Five lesions were confirmed.

Lesions one through three, the left occipital, right frontal and left parietal, received twenty gray each to the
fifty percent isodose line. Lesion four, the right cerebellar, received eighteen gray, and lesion five, the left
temporal, fifteen gray, both to the fifty percent isodose line.

Treatment was given in one session without interruption.
"""


def test_a_label_range_and_the_next_label_after_and_are_lesions() -> None:
    facts = read_text(RANGE_DICTATED).facts
    assert facts.lesion_count.value == 5
    assert _doses(facts) == [(15.0, 1), (18.0, 1), (20.0, 1), (20.0, 1), (20.0, 1)]


RESPECTIVELY_WORDS = """RADIOSURGERY PROCEDURE NOTE (dictated)
She was simulated in a mask with a planning CT fused to a volumetric MRI. The plan used a single isocentre on the
linac. Today the right occipital, left parietal and right cerebellar lesions received twenty, eighteen and sixteen
gray respectively, in a single fraction, with cone-beam CT before treatment.
"""


def test_doses_said_in_words_pair_with_their_places_respectively() -> None:
    facts = read_text(RESPECTIVELY_WORDS).facts
    assert facts.lesion_count.value == 3
    assert _doses(facts) == [(16.0, 1), (18.0, 1), (20.0, 1)]


PER_FRACTION_FOR_N = """END OF TREATMENT NOTE (dictated)
Two brain metastases were treated in a mask on the cobalt unit, planned on an MRI of last week. Lesion one, the
left occipital, was prescribed seven gray per fraction for three fractions, and lesion two, the right thalamic,
nine gray per fraction times three. All three fractions were delivered to both lesions.
"""


def test_a_dose_per_fraction_for_n_fractions_is_their_product() -> None:
    facts = read_text(PER_FRACTION_FOR_N).facts
    assert facts.lesion_count.value == 2
    assert _doses(facts) == [(21.0, 3), (27.0, 3)]


TARGET_SESSION_COLUMNS = """FRACTIONATED SRS - DAILY LOG
Unit: robotic linac, skull tracking. Mask made 04/01/2026. CT and MRI fused 04/01/2026.

Fx    Date     PTV1 fx (Gy)    PTV1 cum    PTV2 fx (Gy)    PTV2 cum    Init
1     04/06    5.0             5.0         6.0             6.0         AB
2     04/07    5.0             10.0        6.0             12.0        AB
3     04/08    5.0             15.0        HELD            12.0        CD

Fraction 3 for PTV2 held for headache and not made up.
"""

TARGET_HELD_PLANS = """FRACTIONATED SRS - DAILY LOG
Unit: robotic linac, skull tracking. Mask made 04/01/2026. CT and MRI fused 04/01/2026.
Rx: PTV1 15 Gy / 3 fx; PTV2 18 Gy / 3 fx

Fx    Date     PTV1 Gy    Cum     PTV2 Gy    Cum     Init
1     04/06    5.0        5.0     6.0        6.0     AB
2     04/07    5.0        10.0    6.0        12.0    AB
3     04/08    5.0        15.0    HELD       12.0    CD

Course end 04/08/2026. PTV1 15 Gy/3 fx complete. PTV2 12 Gy/2 fx (1 fx omitted).
"""


def test_a_session_one_target_missed_is_still_a_session_of_the_log() -> None:
    facts = read_text(TARGET_HELD_PLANS).facts
    assert facts.fractions.value == 3
    assert _doses(facts) == [(12.0, 2), (15.0, 3)]


def test_a_log_with_a_session_dose_column_per_target_gives_each_its_sum() -> None:
    facts = read_text(TARGET_SESSION_COLUMNS).facts
    assert facts.lesion_count.value == 2
    assert _doses(facts) == [(12.0, 2), (15.0, 3)]
    assert facts.fractions.value == 3


LEVEL_SESSION_COLUMNS = """SPINE SBRT TREATMENT SUMMARY
Immobilization: full-body vacuum bag. Planning CT and MRI of the spine fused 02/02/2026.

Fx    Date          T7 fx (cGy)    T7 cum (cGy)    L2 fx (cGy)    L2 cum (cGy)    Imaging
1     02/09/2026    900            900             800            800             CBCT
2     02/11/2026    900            1800            800            1600            CBCT
3     02/13/2026    900            2700            800            2400            CBCT
"""


def test_a_log_with_a_session_dose_column_per_vertebral_level() -> None:
    facts = read_text(LEVEL_SESSION_COLUMNS).facts
    assert facts.lesion_count.value == 2
    assert _doses(facts) == [(24.0, 3), (27.0, 3)]


PER_FX_WITH_DAYS = """SBRT COURSE REPORT
Immobilization: vacuum cushion. Planning 4DCT 05/01/2026.

Target          Rx per fx (Gy)    Fx planned    Fx delivered    Dates
PTV_Lung_L      18                3             3               05/04, 05/06, 05/08/2026
PTV_L1          9                 2             2               05/04, 05/06/2026
"""


def test_a_dose_per_fraction_column_times_the_delivered_count() -> None:
    facts = read_text(PER_FX_WITH_DAYS).facts
    assert _doses(facts) == [(18.0, 2), (54.0, 3)]


MIXED_COUNTS = """TREATMENT HISTORY EXPORT
Machine ............ 6 MV linac
Sim ................ 4DCT 03/01/2026
Plans .............. LUL_1fx (Rx 30 Gy x 1); RLL_3fx (Rx 15 Gy x 3)

SITE        PLANNED TOTAL    FX PLANNED
LUL_SBRT    30.00 Gy         1
RLL_SBRT    45.00 Gy         3

SESSION DATE      SITE        DOSE(Gy)    CUM(Gy)    FX#    STATUS
1 03/09/2026      LUL_SBRT    30.00       30.00      1/1    TREATED
2 03/11/2026      RLL_SBRT    15.00       15.00      1/3    TREATED
3 03/13/2026      RLL_SBRT    15.00       30.00      2/3    TREATED
4 03/16/2026      RLL_SBRT    15.00       45.00      3/3    TREATED

COURSE STATUS ...... COMPLETED 03/16/2026 (4 sessions)
"""


def test_a_lesions_own_planned_count_is_no_plan_of_the_courses_sessions() -> None:
    reading = read_text(MIXED_COUNTS)
    assert reading.facts.fractions.value == 4
    assert _doses(reading.facts) == [(30.0, 1), (45.0, 3)]
    assert not [f for f in reading.review if f.field == "fractions"]


TARGET_DROPPED = """SIMULATION AND PLANNING NOTE (dictated)
She was referred for SBRT to three spinal levels, T5, L2 and S2, on the basis of her PET-CT of 01/10. She was
simulated today in a vacuum bag with a 1.5 mm CT, and an MRI of the spine was obtained for fusion.

On the planning MRI the L2 finding is a hemangioma. L2 is therefore removed from the plan. We will treat T5 and S2,
24 Gy in 2 fractions each, with cone-beam CT before each fraction.

TREATMENT SUMMARY
Fx    Date          T5 fx (cGy)    T5 cum (cGy)    S2 fx (cGy)    S2 cum (cGy)    Imaging
1     01/20/2026    1200           1200            1200           1200            CBCT
2     01/22/2026    1200           2400            1200           2400            CBCT
"""


def test_a_count_before_the_targets_changed_is_no_contradiction() -> None:
    reading = read_text(TARGET_DROPPED)
    assert reading.facts.lesion_count.value == 2
    assert not [f for f in reading.review if f.field == "lesion_count"]


def test_a_pet_a_referral_was_based_on_is_no_planning_imaging() -> None:
    facts = read_text(TARGET_DROPPED).facts
    assert facts.imaging.value == ["CT", "MRI"]


# ---- second set: corpus 64's remaining charts and corpus 63's
# - a named dose whose name counts its lesions and says "each" ("the two adrenal lesions received ... each") is that
#   many lesions (sources._counted_each), and such a count of one place's lesions is part of the course, no
#   contradiction (review._count_of_one_place);
# - a facility's name ending in "Oncology" names no unit ("HALCYON RIDGE ONCOLOGY": patterns facility_name_after);
# - "visual fields" and "before the beam" are no plan parameters (concepts.yaml look-alikes);
# - "returned today, one year after her radiosurgery" is a follow-up visit (patterns follow_up_statement);
# - an export's "Sim CT=.......10/14/2026" is a field read as "Sim CT: 10/14/2026" (normalise.yaml dot_leader);
# - a variable-aperture collimator is a robotic linac's (concepts.yaml modality.defining);
# - targets drawn only on outside diagnostic studies document no planning imaging (devices.planning_imaging).

COUNTED_EACH = """SBRT COMPLETION NOTE (dictated)
He has two adrenal metastases and a single left upper lobe nodule; tumor board recommended SBRT to all three.
He was simulated with a 4D CT and treated on a gantry linac with cone-beam CT before each fraction. The two adrenal
lesions received thirty-five gray in five fractions each, and the left upper lobe nodule fifty gray in five
fractions, all three targets treated at every session.
"""


def test_a_named_dose_that_counts_its_lesions_each_is_that_many_lesions() -> None:
    reading = read_text(COUNTED_EACH)
    assert reading.facts.lesion_count.value == 3
    assert _doses(reading.facts) == [(35.0, 5), (35.0, 5), (50.0, 5)]
    assert not [f for f in reading.review if f.field == "lesion_count"]


FACILITY = """HALCYON RIDGE ONCOLOGY - SBRT SUMMARY
Lung SBRT on the robotic-arm mounted linac with fiducial tracking: 54 Gy in 3 fractions to the right upper lobe
nodule, 11/02 to 11/06/2026. Planning CT 10/28/2026.
"""


def test_a_facility_named_oncology_names_no_unit() -> None:
    reading = read_text(FACILITY)
    assert reading.facts.modality.value == "robotic_linac"
    assert not [f for f in reading.review if f.field == "modality"]


def _parameters(reading) -> list[str]:
    return [m.evidence.text for m in reading.mentions if m.label == "PLAN_PARAMETER"]


def test_visual_fields_and_the_moment_of_the_beam_are_no_plan_parameters() -> None:
    reading = read_text("He was treated in one session, with a cone-beam CT for alignment before the beam.\n"
                        "I will see him in two months with an MRI and formal visual fields.\n")
    assert _parameters(reading) == []


FOLLOW_UP = """Dear Dr. Example,

Ms. Example returned today, one year after her radiosurgery. For reference, the course given on 10/02/2025 was:

Lesion    Location      Margin dose (Gy)    Isodose    Fractions
1         R frontal     22                  50%        1
2         L parietal    18                  50%        1

Her MRI of 10/20/2026 shows both lesions smaller. No treatment is recommended now.
"""


def test_a_return_one_year_after_radiosurgery_is_a_follow_up_visit() -> None:
    facts = read_text(FOLLOW_UP).facts
    assert facts.course_status.value == "follow_up"
    assert facts.lesion_count.value is None


EXPORT = """[PREPARATION]
Immobilization=.........lower-body vacuum cushion
Sim CT=.................03/14/2026, 1.5 mm
Sim MRI=................03/14/2026, T2 axial 2 mm, fused on fiducials
[PLAN]
Plan=...................PROS_SBRT, 150 beams, variable-aperture collimator, 80% isodose
Rx=.....................36.25 Gy / 5 fx (7.25 Gy/fx) to the prostate PTV
"""


def test_an_export_field_with_an_equals_sign_and_a_dot_leader() -> None:
    assert read_text(EXPORT).facts.imaging.value == ["CT", "MRI"]


def test_a_variable_aperture_collimator_is_a_robotic_linacs() -> None:
    assert read_text(EXPORT).facts.modality.value == "robotic_linac"


OUTSIDE_ONLY = """SBRT TREATMENT SUMMARY
Target definition: the GTV was delineated on the outside diagnostic FDG PET-CT of 08/12/2026 and the outside
diagnostic MRI abdomen of 08/20/2026. PTV = GTV + 5 mm.
Treatment: custom vacuum cushion; gantry linac, two VMAT arcs, 40 Gy in 5 fractions to the left adrenal metastasis,
with a cone-beam CT before every fraction.
"""


def test_targets_drawn_only_on_outside_diagnostic_studies_document_no_planning_imaging() -> None:
    assert read_text(OUTSIDE_ONLY).facts.imaging.value == []
