"""Which head device and which planning study THIS course used when the chart tells of another one offered, tried
and given up, or planned and cancelled: a dictated retraction (", no, correction,") takes back its statement; a
device tried and abandoned, or left for a conversion to the other, is not the course's (no flag: the chart tells
what happened); a plan's simulation later cancelled was not obtained; a table's bare label ("T1") beside a
cranial diagnosis is a label, not a vertebra."""

from __future__ import annotations

from srscheck.nlp import get_reader
from srscheck.nlp.lines import self_corrections
from srscheck.nlp.vocab import load_vocabulary


def test_no_correction_takes_back_the_statement() -> None:
    rules = load_vocabulary().normalisation
    text = "Frame offered. She had a frame for a dental procedure, no, correction, she chose the mask."
    assert self_corrections(text, rules).split() == ["Frame", "offered.", "she", "chose", "the", "mask."]
    # a couch's "no correction" (no pause after "no") takes nothing back
    assert self_corrections("within 0.5 mm, no correction", rules) == "within 0.5 mm, no correction"


_OFFERED = (
    "DICTATED PROCEDURE NOTE\nProcedure: stereotactic radiosurgery, single session, cobalt sixty unit, one target.\n\n"
    "Immobilization. We offered her the choice between a stereotactic head frame and a frameless thermoplastic mask. "
    "She had a frame for a dental procedure, no, correction, she had a bad experience with a halo device years ago, "
    "and she chose the mask. No frame was placed. The mask was fitted on February tenth.\n\n"
    "Imaging. Planning MRI was done February tenth and was the only imaging used for planning.\n\n"
    "Summary. Left parietal metastasis twenty gray in one fraction at the fifty percent isodose line, mask based.\n")


def test_retracted_frame_is_no_device() -> None:
    reading = get_reader().read_text(_OFFERED)
    assert reading.facts.positioning.value == ["mask"]
    assert not [f for f in reading.review if f.fact == "positioning"]


_ABANDONED = (
    "RADIOSURGERY PROCEDURE NOTE\n"
    "PROCEDURES PERFORMED: Attempted head frame application, abandoned. Mask fabrication with cone beam CT "
    "localization. Stereotactic radiosurgery, cobalt sixty unit, single session.\n\n"
    "DESCRIPTION: After local anesthetic infiltration the frame was positioned. The posterior pin could not obtain "
    "safe purchase. The frame was removed before any stereotactic imaging was done. A thermoplastic head mask was "
    "fabricated. Planning MRI fused. The right vestibular schwannoma was treated with twelve gray to the fifty "
    "percent isodose line in a single session.\n\n"
    "Fixation: Mask (frame application abandoned - see procedure note)\n")


def test_abandoned_frame_leaves_the_mask_without_flag() -> None:
    reading = get_reader().read_text(_ABANDONED)
    assert reading.facts.positioning.value == ["mask"]
    assert not [f for f in reading.review if f.fact == "positioning"]


_CONVERTED = (
    "SIMULATION NOTE\n"
    "Plan going in: eight gray times three fractions on the cobalt sixty unit in a thermoplastic mask, with a mask "
    "simulation CT today and a planning MRI tomorrow.\n\n"
    "What happened: she could not tolerate the mask. The mask was not completed and the CT simulation was "
    "cancelled; no images were acquired today.\n\n"
    "Plan: convert to single session frame based radiosurgery, stereotactic MRI on the day with the frame on.\n\n"
    "TREATMENT RECORD\nFixation: Stereotactic head frame, 4 pins, applied 07:05\n"
    "Imaging: Stereotactic MRI with indicator box, T1 post-Gd 1 mm\n"
    "Delivered: left temporal metastasis 16 Gy in 1 fraction at the 50% isodose line.\n"
    "Note: the earlier plan for 8 Gy x 3 in a mask was not carried out; no mask was made.\n")


def test_mask_given_up_for_a_frame_and_cancelled_simulation() -> None:
    reading = get_reader().read_text(_CONVERTED)
    assert reading.facts.positioning.value == ["frame"]
    assert reading.facts.imaging.value == ["MRI"]
    assert not [f for f in reading.review if f.fact == "positioning"]


def test_bare_label_beside_a_cranial_diagnosis_is_no_vertebra() -> None:
    text = (
        "Radiosurgery Dose Plan - Treatment Record\n"
        "Unit          Cobalt-60 multi-source unit\n"
        "Fixation      Mask\n\n"
        "Target   Diagnosis                    Max diam   Volume    Rx      Isodose\n"
        "T1       R vestibular schwannoma      18 mm      1.62 cc   12 Gy   50%\n\n"
        "Delivered as planned in 1 fraction.\n")
    reading = get_reader().read_text(text)
    assert reading.facts.sites.value == ["cranial"]
    assert [les.site for les in reading.facts.lesions] == ["cranial"]
    assert not [f for f in reading.review if f.fact == "sites"]


def test_level_rows_with_a_histology_column_stay_vertebrae() -> None:
    # the histology column names the primary cancer by its organ ("renal cell carcinoma"): the rows' T6 and L1 are
    # the treated levels, not labels of kidney targets
    text = (
        "Stereotactic Spine Radiotherapy - Two Sites\n"
        "Level   Histology                 Dose      Fractions\n\n"
        "T6      renal cell carcinoma      24 Gy     2\n\n"
        "L1      renal cell carcinoma      24 Gy     2\n\n"
        "BodyFIX immobilization. Planning CT registered to spine MRI. VMAT. CBCT before each fraction.\n"
        "Both levels received 24 Gy in 2 fractions.\n")
    reading = get_reader().read_text(text)
    assert reading.facts.sites.value == ["spinal"]
    assert [les.site for les in reading.facts.lesions] == ["spinal", "spinal"]


def test_written_prescription_outranks_the_maximum_it_leads_to() -> None:
    # the role of a number: the dose the chart says was prescribed to an isodose line is the prescription; the
    # maximum beside it (60 Gy / 80% = 75 Gy) is its hot spot, not a functional target's maximum-dose prescription
    for sentence in ("Sixty gray was prescribed to the eighty percent isodose line, maximum seventy five gray, "
                     "brainstem surface maximum eleven gray.",
                     "The prescription is sixty Gy to the eighty percent isodose line, for a maximum dose of "
                     "seventy-five Gy."):
        reading = get_reader().read_text(
            "PROCEDURE NOTE - ROBOTIC RADIOSURGERY\nIndication: right trigeminal neuralgia.\n"
            "The right trigeminal nerve cisternal segment was contoured as the target. " + sentence +
            " Delivered today in a single fraction on the robotic arm linac with the mask.\n")
        assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(60.0, 1)]


def test_order_set_export_unselected_rows_are_no_devices() -> None:
    # a comma-separated order set ("item,selected,detail"): a row answered N names an item not ordered or used
    text = (
        "# RO-RECORD export, course=C2 SPINE SBRT\n\n"
        "[SIM_ORDER]  ordered=05/05/2026  status=COMPLETED\n"
        "item,selected,detail\n"
        "CT simulation,Y,1 mm T8-L5 supine\n"
        "Thermoplastic mask (head/neck/shoulders),N,\n"
        "Vacuum cushion (long),Y,head to knees; arms above head on cushion\n"
        "Fiducial markers,N,\n\n"
        "[PRESCRIPTIONS]\n"
        "target,site,dose_per_fx_gy,fractions,total_gy\n"
        "PTV_T12,T12 vertebral body + both pedicles,9,3,27\n\n"
        "[COURSE_STATUS]\nstatus=COMPLETED; T12 27 Gy/3 fx\n")
    assert get_reader().read_text(text).facts.positioning.value == ["body_immobilization"]


def test_box_under_a_selected_column_answers_its_row() -> None:
    # "Device | Selected | Comment": an empty box under "Selected" leaves the row's device unused; the comment after
    # it is no option of its own
    text = (
        "SBRT Simulation and Setup Sheet\n"
        "Immobilization (tick one or more)\n"
        "Device                            Selected       Comment\n"
        "Vacuum bag                        []             declined - shoulder pain\n"
        "Abdominal compression             []             not needed with DIBH\n"
        "None - surface guided             [X]            flat couch-top, arms by side\n\n"
        "Prescription: left lower lobe 54 Gy in 3 fractions, gantry linac. Course complete.\n")
    assert get_reader().read_text(text).facts.positioning.value == []


def test_fiducials_the_later_record_denies_are_dropped_with_a_flag() -> None:
    text = (
        "SBRT Plan Report\n"
        "Immobilization\tVacuum bag + abdominal compression belt\n"
        "Localization\tImplanted fiducials (3)\n"
        "Prescription\t50 Gy in 5 fractions (10 Gy/fx)\n\n"
        "Physics Note\n08/26/2026: Fiducial placement scheduled 08/25/2026 was cancelled by IR (platelets 41). "
        "We will proceed without fiducials: daily CBCT with match on the liver outline.\n\n"
        "Course complete 09/10/2026: liver segment 6 metastasis 50 Gy in 5 fractions.\n")
    reading = get_reader().read_text(text)
    assert reading.facts.positioning.value == ["body_immobilization"]
    assert [f for f in reading.review if f.fact == "positioning"]


def test_studies_under_a_diagnostic_title_are_no_planning_imaging() -> None:
    text = (
        "SBRT Plan Report\n"
        "Scan\t4D-CT, 2 mm, 10 phases\n\n"
        "Diagnostic studies reviewed (not for planning)\n\n"
        "Study\tDate\tRegistration\n"
        "PET-CT (staging)\t12/19/2025\tnone\n"
        "MRI abdomen, adrenal protocol\t01/23/2026\tnone\n\n"
        "Target\tIGTV on 4D-CT; PTV = IGTV + 5 mm\n"
        "Prescription\t40 Gy in 5 fractions (8 Gy/fx), left adrenal metastasis, delivered.\n")
    assert get_reader().read_text(text).facts.imaging.value == ["CT"]


def test_a_spoken_dose_volume_metric_is_no_target() -> None:
    text = (
        "END OF TREATMENT SUMMARY (dictated)\n"
        "Treatment. Thirty six point two five gray in five fractions to the prostate on the gantry linac. "
        "Rectal V thirty six gray one point one cc, bladder V thirty seven gray three point four cc.\n"
        "Summary. Prostate SBRT thirty six point two five gray in five fractions completed.\n")
    lesions = get_reader().read_text(text).facts.lesions
    assert [(les.dose_gy, les.fractions) for les in lesions] == [(36.25, 5)]
