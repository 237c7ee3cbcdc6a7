"""Used devices and planning imaging: what an order list, a staging study, a frame's localizer and a scanned
checkbox say about what this course used."""

from __future__ import annotations

import re

import pytest
from srscheck.nlp import read_text
from srscheck.nlp.forms import form_entries
from srscheck.nlp.reader import document_from_text

BOX = re.compile(r"(?:(?P<ticked>\[\s?[xX]\s?\])|\[\s?\])")


# ---------------------------------------------------------------- an order's status

def test_a_discontinued_imaging_order_is_no_planning_imaging() -> None:
    r = read_text("GAMMA KNIFE COURSE\n"
                  "Planning imaging\tStereotactic MRI T1 + contrast, 1 mm\n"
                  "CT\tORDER DISCONTINUED 11/18 06:40 (not needed)\n"
                  "Gamma Knife Icon, Leksell frame; right frontal metastasis 20 Gy in 1 fraction.\n")
    assert r.facts.imaging.value == ["MRI"]


def test_a_cancelled_order_row_negates_what_it_ordered_not_its_remark() -> None:
    r = read_text("SBRT RUL nodule 34 Gy x 1, TrueBeam\tCOMPLETED 10/29/2026\n"
                  "SIM\t4D-CT simulation, BodyFIX bag\tCOMPLETED 10/28/2026\n"
                  "IMG\tMRI brain\tCANCELLED (patient declined)\n"
                  "IMG\tCT head for planning DISCONTINUED - PET/CT used instead\n")
    assert r.facts.imaging.value == ["CT", "PET"]
    ct = [m for m in r.mentions if m.label == "IMAGING" and "CT head" in m.evidence.text and m.value == "CT"]
    assert ct and all("NEGATED_EXISTENCE" in m.modifiers for m in ct)


def test_a_discontinued_frame_order_leaves_the_mask() -> None:
    r = read_text("ORDER LIST\n"
                  "MRI brain stereotactic protocol\tcompleted 11/10/2026\n"
                  "Leksell frame placement\tdiscontinued 11/12 - fractionated approach chosen\n"
                  "Icon mask fabrication\tcompleted 11/12/2026\n"
                  "GK Icon SRS L parasellar meningioma 21 Gy / 3 fx\tcompleted 11/19/2026\n")
    assert r.facts.positioning.value == ["mask"]


def test_a_discontinued_medication_in_a_sentence_negates_no_device() -> None:
    r = read_text("The Leksell frame was applied and dexamethasone was discontinued after the session.\n"
                  "Gamma Knife 20 Gy in 1 fraction to a right frontal metastasis.\n")
    assert r.facts.positioning.value == ["frame"]


# ---------------------------------------------------------------- staging studies

def test_a_staging_study_is_no_planning_imaging() -> None:
    r = read_text("Three gold fiducials were placed and were stable on the planning CT of November 4; the August\n"
                  "staging PET/CT showed no nodal disease.\n"
                  "PET/CT restaging\tCOMPLETED 10/20/2026\n"
                  "MRI brain staging\tCOMPLETED 10/21/2026\n"
                  "CyberKnife 18 Gy x 3 = 54 Gy to the RUL adenocarcinoma.\n")
    assert r.facts.imaging.value == ["CT"]


def test_a_staging_study_fused_for_the_plan_is_planning_imaging() -> None:
    r = read_text("Simulation: 4DCT supine in a Vac-Lok cushion. "
                  "Staging PET/CT 02/12/2026 registered to the planning CT\n"
                  "for target delineation. SBRT 50 Gy in 5 fractions to the RLL nodule.\n")
    assert r.facts.imaging.value == ["CT", "PET"]


def test_a_pet_named_only_for_its_finding_is_no_planning_imaging() -> None:
    r = read_text("CT simulation abdomen, vacuum cushion\tCOMPLETED 10/27/2026\n"
                  "SBRT L adrenal 35 Gy/5 fx\tDISCONTINUED (replaced, PET shows viable tumour only; escalate)\n"
                  "SBRT L adrenal 40 Gy/5 fx\tCOMPLETED 11/13/2026\n")
    assert r.facts.imaging.value == ["CT"]


def test_a_pet_listed_as_the_plans_imaging_stays() -> None:
    r = read_text("Imaging\tPET/CT 03/04/2026; 4D planning CT 03/25/2026 (1 mm)\n"
                  "CyberKnife 54 Gy in 3 fractions to the RUL nodule.\n")
    assert r.facts.imaging.value == ["CT", "PET"]


def test_a_staging_word_reaches_only_the_study_beside_it() -> None:
    r = read_text("4D CT simulation in a vacuum bag, staging PET/CT reviewed.\n"
                  "SBRT 50 Gy in 5 fractions to the left lower lobe nodule.\n")
    assert r.facts.imaging.value == ["CT"]


def test_a_study_named_only_for_its_findings_beside_the_planning_ct_is_diagnostic() -> None:
    # the MRI found the disease; the course was planned on the CT simulation and nothing says the MRI served it
    r = read_text("Her MRI of 03/02/2026 demonstrated innumerable new metastases, so radiosurgery was set aside.\n"
                  "Planning CT simulation 03/06/2026 in a thermoplastic mask; opposed lateral fields.\n"
                  "Whole brain radiotherapy 20 Gy in 5 fractions delivered on the Synergy.\n")
    assert r.facts.imaging.value == ["CT"]


def test_a_study_named_for_its_findings_and_fused_for_the_plan_stays() -> None:
    r = read_text("Her MRI of 03/02/2026 demonstrated a 1.1 cm right frontal metastasis.\n"
                  "Planning CT simulation 03/06/2026 in a thermoplastic mask, fused with the MRI.\n"
                  "SRS 20 Gy in 1 fraction to the right frontal metastasis on the TrueBeam.\n")
    assert r.facts.imaging.value == ["CT", "MRI"]


def test_a_study_named_for_its_findings_with_no_other_planning_study_stays() -> None:
    r = read_text("The MRI of 03/02/2026 demonstrated a 1.1 cm right frontal metastasis.\n"
                  "SRS 20 Gy in 1 fraction to the right frontal metastasis on the TrueBeam with a mask.\n")
    assert r.facts.imaging.value == ["MRI"]


# ---------------------------------------------------------------- a frame's fiducials

def test_a_frames_localizer_fiducials_are_no_fiducial_markers() -> None:
    r = read_text("Leksell G frame applied under local anaesthesia; stereotactic CT and MRI obtained.\n"
                  "Frame coordinates verified against the CT fiducials by physics before treatment.\n"
                  "Gamma Knife Icon: right frontal metastasis 20 Gy in 1 fraction.\n")
    assert r.facts.positioning.value == ["frame"]


def test_fiducials_the_stereotactic_images_are_registered_on_are_the_frames_marks() -> None:
    # a physics check row of a frame course: the registration of the MR on the localizer's marks
    r = read_text("Leksell coordinate frame fixed with four pins; stereotactic MRI and CT acquired.\n"
                  "Physics checks\n"
                  "CT fiducial registration error\t0.4 mm\n"
                  "Stereotactic MR fiducial registration\tmean 0.2 mm, max 0.5 mm\n"
                  "Gamma Knife Icon: left parietal metastasis 18 Gy in 1 fraction.\n")
    assert r.facts.positioning.value == ["frame"]


def test_implanted_fiducials_registered_for_tracking_stay() -> None:
    r = read_text("Stereotactic body frame with abdominal compression.\n"
                  "Three gold fiducials placed in the liver; CBCT registered to the fiducials each fraction.\n"
                  "SBRT 45 Gy in 3 fractions to the segment VI lesion.\n")
    assert "fiducials" in r.facts.positioning.value


def test_implanted_fiducials_beside_a_frame_stay() -> None:
    r = read_text("Leksell G frame applied under local anaesthesia.\n"
                  "Gold fiducials implanted near the frame pin sites were tracked.\n"
                  "Gamma Knife: right frontal metastasis 20 Gy in 1 fraction.\n")
    assert r.facts.positioning.value == ["fiducials", "frame"]


def test_a_clause_of_its_own_after_the_fiducials_does_not_unuse_them() -> None:
    # "not needed" is said of the gated plan, the subject of the clause opened by "so", not of the fiducials
    r = read_text("Fiducials: three gold fiducial markers placed by endoscopic ultrasound, all visible on CT.\n"
                  "Position: supine on a full-length vacuum cushion.\n"
                  "Scans: 4DCT 2 mm (fiducial motion 7 mm SI, so a gated plan is not needed with an ITV).\n"
                  "SBRT 33 Gy in 5 fractions to the pancreatic head, CBCT with fiducial match each fraction.\n")
    assert "fiducials" in r.facts.positioning.value


def test_fiducials_said_not_needed_are_still_unused() -> None:
    r = read_text("Fiducial placement is not needed; tracking will use the skull.\n"
                  "CyberKnife SRS 24 Gy in 3 fractions to the right frontal metastasis with a mask.\n")
    assert "fiducials" not in r.facts.positioning.value


# ---------------------------------------------------------------- a scanned checkbox

def test_a_scanned_empty_box_read_apart_is_still_a_box() -> None:
    line = "Fixation: [\t] Leksell frame [X] Icon thermoplastic mask\n"
    entries = form_entries(line, BOX)
    got = {line[e.start:e.end]: e.ticked for e in entries}
    assert got == {"Leksell frame": False, "Icon thermoplastic mask": True}


def test_an_unticked_scanned_frame_box_and_a_record_without_frame() -> None:
    r = read_text("GAMMA KNIFE TREATMENT FORM\n"
                  "Fixation: [\t] Leksell frame [X] Icon thermoplastic mask + IFMM nose marker\n"
                  "Delivered: target 1 13 Gy in 1 session\n"
                  "Comments:\tframe not used, pt claustrophobic about pins; mask tolerated.\n")
    assert r.facts.positioning.value == ["mask"]
    assert not [f for f in r.review if f.fact == "positioning"]


# ---------------------------------------------------------------- an order list's remark column

def test_an_order_lists_long_remark_is_no_second_column() -> None:
    doc = document_from_text(
        "C  MRI brain stereotactic protocol (T1+C 1 mm, CISS)      11/10/2026\n"
        "D  Leksell frame placement                               "
        "discontinued 11/12 - fractionated mask approach chosen\n"
        "C  Icon mask fabrication + nose marker                   11/12/2026\n"
        "C  GK Icon fractionated SRS L parasellar meningioma 21 Gy / 3 fx (7 Gy/fx) @ 50% IDL    "
        "completed 11/19/2026\n")
    line = next(ln for ln in doc.text.splitlines() if "Leksell frame placement" in ln)
    assert "discontinued" in line


# ---------------------------------------------------------------- a device not used, declined or only an option

def test_a_frame_said_not_necessary_is_not_used() -> None:
    r = read_text("FSRT SUMMARY\n"
                  "Left petroclival meningioma treated on the CyberKnife, 25 Gy in 5 fractions, all delivered.\n"
                  "A thermoplastic mask was made; a stereotactic frame is not necessary on this robotic unit and was "
                  "therefore not employed.\n"
                  "CT and MRI fused for planning; skull tracking throughout.\n")
    assert r.facts.positioning.value == ["mask"] and not r.review


def test_the_device_chosen_after_one_declined_is_not_declined() -> None:
    # the declining reaches the frame only: the mask chosen after it is what the course used
    r = read_text("GAMMA KNIFE SUMMARY\n"
                  "Right vestibular schwannoma, 18 Gy in 3 fractions on the Icon, all delivered.\n"
                  "She declined the frame and chose the mask-based course. CT and MRI fused for planning.\n")
    assert r.facts.positioning.value == ["mask"]
    assert [(m.value, "NEGATED_EXISTENCE" in m.modifiers) for m in r.mentions if m.label == "POSITIONING"] == \
        [("frame", True), ("mask", False)]


def test_a_list_of_options_after_a_colon_ending_a_line_is_only_options() -> None:
    # "Treatment choices:" closes a line of prose and its list goes on, in lower case, on the next line
    r = read_text("GAMMA KNIFE SUMMARY\n"
                  "Right vestibular schwannoma 2.1 cm, enlarging on serial imaging over two years. Treatment choices:\n"
                  "surgery, observation, single-session radiosurgery in a Leksell frame, or fractionated radiosurgery "
                  "in a mask.\n"
                  "SIMULATION. Thermoplastic mask made; CT and MRI fused for planning.\n"
                  "Delivered 18 Gy in 3 fractions on the Icon with CBCT before each fraction.\n")
    assert r.facts.positioning.value == ["mask"] and not r.review


def test_a_localizer_box_names_no_frame() -> None:
    # a CT localizer box is clipped to a frameless mask as it is to a frame: the record that no frame was used
    # and the mask are not contradicted by it
    r = read_text("SRS PROCEDURE NOTE\n"
                  "Immobilization: frameless thermoplastic mask.\n"
                  "The CT localizer box was clipped onto it for the scan only.\n"
                  "A rigid frame was not used.\n"
                  "CT and MRI fused for planning. 18 Gy in 1 fraction to the right parietal metastasis on the Novalis, "
                  "delivered.\n")
    assert r.facts.positioning.value == ["mask"] and not r.review


def test_beacon_transponders_are_fiducial_markers() -> None:
    r = read_text("PROSTATE SBRT\n"
                  "Three electromagnetic beacon transponders were implanted 09/02/2026. Vac-Lok leg cushion; CT "
                  "simulation with MRI fused.\n"
                  "36.25 Gy in 5 fractions on the TrueBeam, all delivered, CBCT before each fraction.\n")
    assert r.facts.positioning.value == ["body_immobilization", "fiducials"]


def test_a_fiducial_registration_error_names_no_fiducial_markers() -> None:
    # the error of registering the images on the localizer's marks is a measurement, not implanted markers
    r = read_text("GAMMA KNIFE RECORD\n"
                  "Leksell G frame applied at 07:30. MRI and CT registered in GammaPlan; fiducial registration error "
                  "0.5 mm.\n"
                  "Right frontal metastasis 20 Gy in 1 fraction, delivered on the Icon.\n")
    assert r.facts.positioning.value == ["frame"]


# ---------------------------------------------------------------- planning imaging and the unit

def test_a_consequence_after_a_comma_is_not_negated_with_what_failed() -> None:
    r = read_text("LUNG SBRT RECORD\n"
                  "Simulation: breath hold was tried but she could not hold it reproducibly, so a free-breathing "
                  "4DCT was acquired in a vacuum cushion.\n"
                  "Right lower lobe nodule 50 Gy in 5 fractions on the TrueBeam, all delivered, CBCT before each "
                  "fraction.\n")
    assert r.facts.imaging.value == ["CT"]


def test_a_study_named_diagnostic_is_no_planning_imaging() -> None:
    r = read_text("SPINE RADIOTHERAPY SUMMARY\n"
                  "New L3 lesion on MRI 09/02/2026 (diagnostic, referring hospital, not fused). Diagnostic MRI of the "
                  "thoracic spine 09/01/2026 reviewed.\n"
                  "CT simulation 09/08/2026 in a vacuum bag. L3 30 Gy in 10 fractions on the Clinac, all delivered.\n")
    assert r.facts.imaging.value == ["CT"]


def test_a_photon_energy_written_with_x_is_a_linac_beam() -> None:
    # no unit named: VMAT and a "10X" beam are two signs of a linac
    r = read_text("PALLIATIVE SPINE SUMMARY\n"
                  "Target\tTechnique\tBeam\tDose/fx\tFractions\n"
                  "T9 vertebral body\tVMAT\t10X\t300 cGy\t10\n"
                  "Completed: T9, 3000 cGy in 10 fractions. Vacuum bag; CT simulation.\n")
    assert r.facts.modality.value == "linac" and r.facts.modality.inferred


# ---------------------------------------------------------------- options and reserves

def test_the_options_listed_after_a_colon_are_not_what_was_used() -> None:
    r = read_text("GAMMA KNIFE PROCEDURE NOTE 03/02/2026\n"
                  "Fixation: two set-ups were discussed: a Leksell frame with four pins, or a thermoplastic mask.\n"
                  "The patient preferred the mask, which was fabricated on 02/27/2026.\n"
                  "Gamma Knife Icon, 14 Gy to the 50% isodose line in a single session to the left cerebellar "
                  "metastasis.\n")
    assert r.facts.positioning.value == ["mask"]


def test_a_device_kept_as_a_backup_was_not_used() -> None:
    r = read_text("RADIOSURGERY NOTE 03/02/2026\n"
                  "Open-face mask made at simulation. A head frame was set aside as a back-up should the mask\n"
                  "not fit.\n"
                  "Gamma Knife Icon, 18 Gy in one session to the right occipital metastasis.\n")
    assert r.facts.positioning.value == ["mask"]


# ---------------------------------------------------------------- studies that did not serve the plan

def test_a_study_said_not_to_serve_the_plan_is_no_planning_imaging() -> None:
    r = read_text("GAMMA KNIFE SUMMARY 06/09/2026\n"
                  "An outside head CT from the walk-in clinic was normal and was not used for treatment planning.\n"
                  "Leksell frame applied; stereotactic MRI acquired with the indicator box.\n"
                  "Gamma Knife Icon, 20 Gy to the 50% isodose line to the right parietal metastasis, one session.\n")
    assert r.facts.imaging.value == ["MRI"]


def test_a_study_ordered_and_then_not_obtained_is_no_planning_imaging() -> None:
    r = read_text("SBRT COURSE 06/09/2026\n"
                  "Nuclear medicine received the PSMA PET/CT order on 05/28/2026.\n"
                  "Simulation CT done 06/01/2026 in the vacuum cushion; MRI pelvis fused for contouring.\n"
                  "06/03/2026: the PET was refused by the insurer and never done.\n"
                  "Prostate SBRT 36.25 Gy in 5 fractions on the TrueBeam, completed 06/09/2026.\n")
    assert r.facts.imaging.value == ["CT", "MRI"]


def test_another_study_of_the_kind_not_needed_leaves_the_planning_study() -> None:
    r = read_text("SPINE SBRT SUMMARY 07/14/2026\n"
                  "Planning CT .......... 07/01/2026, 1 mm slices (CT angiogram not needed)\n"
                  "MRI .................. 06/28/2026 T1 post contrast, fused\n"
                  "T11 metastasis 24 Gy in 2 fractions on the TrueBeam, BodyFIX, completed 07/14/2026.\n")
    assert r.facts.imaging.value == ["CT", "MRI"]


@pytest.mark.parametrize("label", ["Simulation 07/01/2026: ", "Simulation\t07/01/2026: "])
def test_a_study_under_a_simulation_label_is_done_whatever_else_of_its_kind_was_not(label: str) -> None:
    r = read_text("SPINE SBRT SUMMARY 07/14/2026\n"
                  f"{label}CT with 1 mm slices in a vacuum cushion.\n"
                  "MRI 06/28/2026 T1 post contrast, fused for the cord.\n"
                  "A CT myelogram was not required.\n"
                  "T11 metastasis 24 Gy in 2 fractions on the TrueBeam, completed 07/14/2026.\n")
    assert r.facts.imaging.value == ["CT", "MRI"]


# ---------------------------------------------------------------- a mask's head support

def test_a_head_cradle_under_a_mask_is_no_body_immobilization() -> None:
    """A head cradle (the headrest a thermoplastic mask is moulded over) holds the head of a mask set-up; an
    Alpha Cradle or a vacuum cradle of the body is body immobilization."""
    r = read_text("CYBERKNIFE PLAN SUMMARY\n"
                  "Immobilization\tthermoplastic mask, head cradle\n"
                  "Target\tleft frontal metastasis 24 Gy in 3 fractions, 6D skull tracking\n")
    assert r.facts.positioning.value == ["mask"]
    body = read_text("SBRT PLAN SUMMARY\nImmobilization\tAlpha Cradle, arms up\n"
                     "Target\tRLL nodule 50 Gy in 5 fractions\n")
    assert body.facts.positioning.value == ["body_immobilization"]
