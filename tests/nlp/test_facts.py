"""Each fact type on chart text written in many styles (through the whole pipeline: read_text)."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_course, read_text


def facts(text: str) -> dict:
    r = read_text(text)
    f = r.facts
    return {
        "modality": f.modality.value, "sites": f.sites.value, "lesion_count": f.lesion_count.value,
        "fractions": f.fractions.value, "imaging": f.imaging.value, "positioning": f.positioning.value,
        "complexity": sorted(str(les.complexity) for les in f.lesions if les.site == "cranial"),
        "doses": [les.dose_gy for les in f.lesions],
    }


# ---------------------------------------------------------------------------------------------- modality
@pytest.mark.parametrize("text,expected", [
    ("Treatment unit: Leksell Gamma Knife Perfexion. Right frontal metastasis, 20 Gy in 1 fraction.", "cobalt60"),
    ("Delivered on the Gamma Knife Icon with a mask in three fractions of 9 Gy.", "cobalt60"),
    ("GK SRS to a left parietal metastasis, 18 Gy x 1.", "cobalt60"),
    ("Single-fraction radiosurgery on a Varian TrueBeam STx, 20 Gy to the right cerebellar lesion.", "linac"),
    ("Machine: Novalis Tx. 21 Gy in a single fraction to a left occipital metastasis.", "linac"),
    ("Linac-based SRS (Elekta Versa HD, HyperArc not used) 20 Gy to a frontal metastasis.", "linac"),
    ("ZAP-X radiosurgery, 80 Gy single fraction to the right trigeminal nerve for trigeminal neuralgia.", "linac"),
    ("CyberKnife M6 robotic linear accelerator, 27 Gy in 3 fractions to a parietal metastasis.", "robotic_linac"),
    ("Treated with pencil beam scanning protons, 18 Gy(RBE) x 1 to a left frontal metastasis.", "particle"),
    ("Carbon-ion radiotherapy, 60 Gy(RBE) in 4 fractions to a sacral chordoma.", "particle"),
    ("Right frontal metastasis, 20 Gy in one fraction. Omeprazole (proton pump inhibitor) continued.", None),
])
def test_modality(text, expected):
    assert facts(text)["modality"] == expected


# ---------------------------------------------------------------------------------------------- fractions
@pytest.mark.parametrize("text,expected", [
    ("Left frontal metastasis treated to 2400 cGy in 3 fractions.", 3),
    ("Prostate SBRT 5 x 7.25 Gy on a TrueBeam.", 5),
    ("Prostate SBRT, 7.25 Gy x 5 fractions, TrueBeam.", 5),
    ("Lung SBRT: fx 3 of 5 delivered today; 50 Gy total planned in 5 fractions.", 5),
    ("Right occipital metastasis: 20 Gy delivered in a single fraction on 02/12/2025.", 1),
    ("Liver SBRT 45 Gy in three fractions, 03/01/2025 - 03/07/2025.", 3),
    ("Spine SBRT, 24 Gy/2 fx to T10.", 2),
    ("Whole brain radiotherapy 30 Gy in 10 fractions in 2021. Now SRS 20 Gy x 1 on 05/05/2025 to a new "
     "left frontal metastasis.", 1),
    ("History of prior WBRT (37.5 Gy in 15 fractions). Today single-session radiosurgery, 18 Gy, to the "
     "right cerebellar metastasis.", 1),
    ("Glioblastoma treated to 60 Gy in 30 fractions on the TrueBeam, 04/01/2025 - 05/12/2025.", 30),
    ("Right temporal metastasis. All five fractions of 6 Gy were delivered between 01/06/2025 and 01/10/2025.", 5),
])
def test_fractions(text, expected):
    assert facts(text)["fractions"] == expected


# ---------------------------------------------------------------------------------------------- imaging
@pytest.mark.parametrize("text,expected", [
    ("A planning CT was fused with a T1 post-contrast MRI. 20 Gy x 1 to the left frontal metastasis.", ["CT", "MRI"]),
    ("Pacemaker: MRI contraindicated. Contrast CT used for planning. 20 Gy x 1 to a left parietal metastasis.", ["CT"]),
    ("CT simulation was performed. Repeat MRI in 3 months. Right frontal metastasis, 20 Gy in 1 fraction.", ["CT"]),
    ("Planning CT. An MRI will be ordered after treatment. Lung SBRT 54 Gy in 3 fractions.", ["CT"]),
    ("Daily cone-beam CT for setup. Planning 4DCT. Left lower lobe nodule, 48 Gy in 4 fractions.", ["CT"]),
    ("No MRI was obtained. CT sim only. Liver metastasis 40 Gy in 5 fractions.", ["CT"]),
    ("Stereotactic angiography (DSA) and MRI for the AVM. Gamma Knife 22 Gy x 1.", ["MRI", "angiography"]),
    ("PET/CT fused with the planning CT for the lung nodule, 50 Gy in 5 fractions.", ["CT", "PET"]),
    ("Gamma Knife, planning MRI; kV images and CBCT before treatment, 20 Gy x 1 to a left frontal metastasis.",
     ["MRI"]),
    # a lesion described by its uptake is a finding, not a PET done for this course
    ("Left adrenal metastasis (PET-avid, SUVmax 9.1). Simulation CT. 35 Gy in 5 fractions delivered.", ["CT"]),
    ("FDG avid RUL nodule. Planning 4DCT with the PET/CT fused. 54 Gy in 3 fractions.", ["CT", "PET"]),
])
def test_imaging(text, expected):
    assert facts(text)["imaging"] == expected


# ---------------------------------------------------------------------------------------------- positioning
@pytest.mark.parametrize("text,expected", [
    ("No head frame was used; the patient was immobilized in a thermoplastic mask. "
     "20 Gy x 1, right frontal metastasis.",
     ["mask"]),
    ("A Leksell G frame was applied under local anesthesia. 20 Gy x 1 to a left occipital metastasis.", ["frame"]),
    ("Frameless mask immobilization. 25 Gy in 5 fractions to a left frontal metastasis.", ["mask"]),
    ("Three gold fiducial markers were implanted; BodyFIX vacuum immobilization. Liver 45 Gy in 3 fractions.",
     ["body_immobilization", "fiducials"]),
    ("Abdominal compression was used for motion management. Lung nodule 54 Gy in 3 fractions.",
     ["body_immobilization"]),
    ("Supine in an Alpha Cradle. Spine SBRT 27 Gy in 3 fractions to T8.", ["body_immobilization"]),
    ("Mask-based Gamma Knife Icon treatment rather than a frame. 27 Gy in 3 fractions to a right frontal metastasis.",
     ["mask"]),
    ("Right frontal metastasis 20 Gy x 1 on a TrueBeam with CBCT.", []),
])
def test_positioning(text, expected):
    assert facts(text)["positioning"] == expected


# ---------------------------------------------------------------------------------------------- lesions, sites, class
@pytest.mark.parametrize("text,count,sites", [
    ("Four brain metastases were treated with Gamma Knife, 20 Gy each, in a single session.", 4, ["cranial"]),
    ("SRS to two metastases (left frontal and right cerebellar), 20 Gy x 1 each.", 2, ["cranial"]),
    ("L2 vertebral body metastasis from renal cell carcinoma, 24 Gy in 2 fractions.", 1, ["spinal"]),
    ("Spine SBRT to T10 and L1: T10 27 Gy in 3 fractions; L1 27 Gy in 3 fractions.", 2, ["spinal"]),
    ("Left upper lobe non-small cell lung cancer, 2.1 cm: 54 Gy in 3 fractions.", 1, ["body"]),
    ("Solitary right occipital brain metastasis from lung adenocarcinoma, 2.3 cm; 18 Gy x 1.", 1, ["cranial"]),
    ("Hepatocellular carcinoma in segment 7 of the liver, 45 Gy in 3 fractions with fiducial tracking.", 1, ["body"]),
    ("Lesion 1: left frontal metastasis, 1.1 cm - 20 Gy\nLesion 2: right parietal metastasis, 0.9 cm - 20 Gy\n"
     "Lesion 3: left cerebellar metastasis, 1.4 cm - 18 Gy\nAll lesions treated in one session on the Gamma Knife.",
     3, ["cranial"]),
])
def test_lesion_count_and_sites(text, count, sites):
    f = facts(text)
    assert (f["lesion_count"], f["sites"]) == (count, sites)


@pytest.mark.parametrize("text,expected", [
    ("Right vestibular schwannoma, 1.7 cm, 12 Gy in 1 fraction on the Gamma Knife.", ["complex"]),
    ("Left trigeminal neuralgia: 80 Gy to the trigeminal nerve root with a 4 mm collimator, Gamma Knife.", ["complex"]),
    ("Right temporal metastasis, 3.6 cm, 25 Gy in 5 fractions on the TrueBeam.", ["complex"]),
    ("Suprasellar metastasis 2 mm from the optic nerve, 25 Gy in 5 fractions.", ["complex"]),
    ("Left frontal metastasis, 8 mm from the optic chiasm, 1.2 cm, 20 Gy x 1.", ["simple"]),
    ("Right cerebellar metastasis, 1.4 cm. 20 Gy x 1. Brainstem Dmax 3.1 Gy; chiasm max dose 1.2 Gy.", ["simple"]),
    ("Right parietal AVM (Spetzler-Martin II), 2.0 cm nidus, 20 Gy x 1 on the Gamma Knife.", ["complex"]),
    ("Pituitary macroadenoma, 14 Gy marginal dose in one session.", ["complex"]),
    ("Pontine metastasis, 0.8 cm, 15 Gy x 1.", ["complex"]),
    ("Left cavernous sinus meningioma, 2.5 cm, 25 Gy in 5 fractions.", ["complex"]),
    ("Right frontal convexity meningioma, 2.2 cm, 14 Gy x 1 on the Gamma Knife.", ["simple"]),
])
def test_complexity(text, expected):
    assert facts(text)["complexity"] == expected


def test_doses_in_cgy_and_gy_agree():
    assert facts("Left frontal metastasis, 2000 cGy in 1 fraction.")["doses"] == [20.0]
    assert facts("Left frontal metastasis, 20 Gy in 1 fraction.")["doses"] == [20.0]


def test_every_fact_has_evidence_with_page_and_quote():
    r = read_text("Unit: TrueBeam. Thermoplastic mask. Planning CT and MRI fused. Right frontal metastasis, "
                  "1.2 cm, 20 Gy in 1 fraction. CBCT before treatment.")
    for name in ("modality", "sites", "lesion_count", "fractions", "imaging", "positioning"):
        ev = r.facts.get(name).evidence
        assert ev, name
        assert all(e.page == 1 and e.text for e in ev), name


# ---------------------------------------------------------------------------------------------- regressions
# (rules found by the blind corpora; each case is written anew here)
@pytest.mark.parametrize("text,expected", [
    ("Gamma Knife. Single session 12/02/2025 to a left frontal metastasis, 20 Gy.", 1),
    ("Date of treatment 14/05/2025. Right parietal metastasis, 18 Gy, one session on the Perfexion.", 1),
    ("Planned 50 Gy in 5 fractions. Delivered 30 Gy in 3 fractions; the course was stopped for pneumonia. "
     "Right upper lobe tumour.", 3),
    ("Summary: left lower lobe tumour, 24 Gy delivered in 2 of 4 planned fractions.", 2),
    ("Lesion A (right frontal) 20 Gy in one fraction; lesion B (left parietal) 27 Gy in 3 fractions. "
     "Three treatment sessions were delivered in total.", 3),
])
def test_fraction_regressions(text, expected):
    assert facts(text)["fractions"] == expected


def test_options_not_chosen_do_not_count():
    f = facts("Right frontal metastasis, 20 Gy in 1 fraction on the TrueBeam after a planning CT. "
              "We may obtain a PET/CT for restaging after treatment; none is ordered.\n"
              "Options discussed:\n1. SRS to the right frontal metastasis, 20 Gy: chosen.\n"
              "2. Whole-brain radiotherapy, 30 Gy in 10 fractions: declined.\n")
    assert (f["imaging"], f["lesion_count"], f["fractions"]) == (["CT"], 1, 1)


def test_location_written_as_not_there_is_not_a_trigger():
    f = facts("Right frontal resection cavity, 2.4 cm, more than 1 cm from the chiasm, not in brainstem. "
              "25 Gy in 5 fractions.")
    assert f["complexity"] == ["simple"]


def test_three_dimensions_give_the_largest_and_parentheses_are_fine():
    f = facts("Two metastases were treated. Lesion A (left occipital, 1.2 cm) received 20 Gy in one fraction. "
              "Lesion B (right temporal, 4.0 x 3.2 x 2.9 cm) received 27 Gy in 3 fractions.")
    assert f["complexity"] == ["complex", "simple"]


def test_planning_software_named_like_a_site_is_not_a_lesion():
    f = facts("Right frontal metastasis, 1.0 cm. Brainlab Elements Cranial SRS, 5 dynamic conformal arcs, "
              "14 Gy in one fraction.")
    assert f["lesion_count"] == 1


def test_section_after_a_history_section_counts():
    f = facts("Prior radiation\nIn 2021 she had Gamma Knife radiosurgery with a Leksell head frame, 20 Gy.\n\n"
              "Current course\nCT simulation 09/02/2025 in a thermoplastic mask; contrast MRI fused. "
              "Left parietal metastasis, 20 Gy in one fraction on the TrueBeam 09/09/2025.")
    assert (f["positioning"], f["imaging"], f["fractions"], f["modality"]) == (["mask"], ["CT", "MRI"], 1, "linac")


def test_form_checkboxes_and_no_fields():
    f = facts("Immobilization:\n☒ Thermoplastic mask   ☐ Stereotactic head frame   ☐ Vac-Lok\n"
              "Fiducials: None\nHead frame used: No\nLeft frontal metastasis, 20 Gy in 1 fraction on the TrueBeam.\n")
    assert f["positioning"] == ["mask"]
    f = facts("Planning MRI [ ]  Planning CT [X]\nRight parietal metastasis, 18 Gy x 1, Novalis.\n")
    assert f["imaging"] == ["CT"]


def test_hash_sign_counts_fractions():
    f = facts("Left frontal metastasis 24Gy/3# on the TrueBeam.")
    assert (f["fractions"], f["doses"]) == (3, [24.0])


@pytest.mark.parametrize("text,expected", [
    ("Unit\tTrueBeam\nFractions\t1\nTarget\tPTV_R_Parietal 20 Gy\n", 1),
    ("Fractions: 1 (single session)\nTarget\tSize\tDose\tShots\n"
     "L frontal\t1.4 cm\t20 Gy\t6\nR parietal\t0.9 cm\t20 Gy\t3\n", 1),
    ("Both targets (right frontal and T9) were treated at the same three CyberKnife G4 sessions.", 3),
    ("Recurrent left level II node. History: definitive chemoradiation to the neck, 70 Gy in 35 fractions,\n"
     "completed\n2021.\nNow CyberKnife SBRT 35 Gy in 5 fractions, 03/03/2025.", 5),
])
def test_fraction_fields_and_ragged_lines(text, expected):
    assert facts(text)["fractions"] == expected


def test_plan_names_with_underscores_give_sites():
    f = facts("Plan summary\nTarget: PTV_L_Frontal 20 Gy\nFractions: 1\nUnit: Novalis Tx\n")
    assert (f["sites"], f["lesion_count"]) == (["cranial"], 1)


def test_a_range_of_levels_spanned_by_one_target_is_one_lesion():
    f = facts("Target: T4-T6 (one CTV spanning three contiguous levels), 24 Gy in 2 fractions.")
    assert (f["lesion_count"], f["sites"]) == (1, ["spinal"])


@pytest.mark.parametrize("text,expected", [
    ("An MRI of the abdomen was requested for planning but could not be obtained because of claustrophobia. "
     "Planning CT with contrast. Pancreas 33 Gy in 5 fractions.", ["CT"]),
    ("Planning CT. A PET/CT is planned at 3 months. Left lower lobe nodule 54 Gy in 3 fractions.", ["CT"]),
])
def test_imaging_not_done(text, expected):
    assert facts(text)["imaging"] == expected


def test_compression_belt_is_body_immobilization():
    f = facts("4DCT simulation with an abdominal compression belt in place. Liver 45 Gy in 3 fractions.")
    assert f["positioning"] == ["body_immobilization"]


def test_each_lesion_keeps_its_own_clause():
    f = facts("MRI showed two new lesions: a 1.1 cm right suprasellar metastasis whose edge lies 4 mm from the optic "
              "chiasm, and a 1.0 cm left frontal metastasis. The suprasellar lesion received 15 Gy and the left "
              "frontal lesion 20 Gy, in one session on the Edge.")
    assert (f["lesion_count"], f["complexity"]) == (2, ["complex", "simple"])


def test_a_lesion_is_described_under_the_label_its_structure_is_given(tmp_path):
    """A consultation describes "Lesion 1" (3 mm from the optic chiasm); the prescription names structures only, and
    the plan approval ties each structure to its label ("PTV_Supra (Lesion 1)"): the structure's lesion is complex."""
    docs = {"consult.txt": "RADIATION ONCOLOGY CONSULTATION\nCurrent imaging shows two targets to be treated: "
                           "Lesion 1, suprasellar, 3 mm from the optic chiasm, measuring 1.4 centimetres; Lesion 2, "
                           "right frontal, measuring 1.2 centimetres.\n",
            "rx.txt": "PRESCRIPTION (signed)\n\nTarget | Total dose | Fractions | Dose/fx | Technique\n"
                      "PTV_Supra | 2500 cGy | 5 | 500 cGy | non-isocentric beams, 70% IDL\n"
                      "PTV_RFr | 2500 cGy | 5 | 500 cGy | non-isocentric beams, 70% IDL\n",
            "approval.txt": "PLAN APPROVAL\nPlan reviewed and approved: PTV_Supra (Lesion 1) coverage 98%, Rx 25 "
                            "Gy; PTV_RFr (Lesion 2) coverage 98%, Rx 25 Gy. Thermoplastic mask, CT simulation fused "
                            "to MRI.\n"}
    for name, text in docs.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    lesions = read_course([tmp_path / name for name in docs]).facts.lesions
    assert [(les.name, les.dose_gy, les.complexity) for les in lesions] == [
        ("PTV_Supra", 25.0, "complex"), ("PTV_RFr", 25.0, "simple")]


def test_a_whole_brain_course_is_one_target_whatever_the_metastases_counted():
    """Whole-brain radiotherapy for eleven counted metastases treats one volume, the whole brain: the count is of
    lesions inside it, not of targets."""
    r = read_text("REFERRAL\nPlease see regarding eleven brain metastases found on MRI, small cell lung cancer.\n\n"
                  "SIMULATION\nThermoplastic mask, CT simulation 02/10/2027 for opposed lateral whole-brain fields.\n"
                  "Prescription: whole brain (target to C2), 3000 cGy in 10 fractions of 300 cGy, parallel-opposed "
                  "lateral 6 MV fields.\n\nCOMPLETION SUMMARY\nWhole-brain radiotherapy 30 Gy in 10 fractions "
                  "completed 02/23/2027 on a 6 MV linac. No stereotactic treatment given.\n")
    assert [(les.name, les.site, les.dose_gy, les.fractions) for les in r.facts.lesions] == [
        ("whole brain", "cranial", 30.0, 10)]


def test_beam_on_is_not_a_plan_parameter():
    r = read_text("Shifts were approved before beam-on. Left frontal metastasis 20 Gy in 1 fraction.")
    assert not r.concepts("PLAN_PARAMETER")


@pytest.mark.parametrize("text,expected", [
    ("A 3 T volumetric T1 post-gadolinium sequence was acquired with the frame. Gamma Knife 20 Gy x 1 to a left "
     "parietal metastasis.", ["MRI"]),
    ("MRI is contraindicated (non-MR-conditional pacemaker). Follow-up CT in six weeks. TrueBeam 20 Gy x 1 to a "
     "right frontal metastasis.", []),
])
def test_mri_without_the_word_and_mr_conditional_devices(text, expected):
    assert facts(text)["imaging"] == expected


def test_primary_named_before_metastases_and_places_after_doses():
    f = facts("Gamma Knife Perfexion, frame, one session. Two lung cancer metastases: left parietal 1.5 cm and right "
              "frontal 2.0 cm. 20 Gy (left parietal) and 18 Gy (right frontal) to the 50% isodose.")
    assert (f["sites"], f["lesion_count"], sorted(f["doses"])) == (["cranial"], 2, [18.0, 20.0])


def test_two_targets_in_one_sentence_each_keep_their_place():
    f = facts("CyberKnife. Two lesions treated in 3 fractions (24 Gy total), 06/23/2025 - 06/25/2025: a 0.8 cm "
              "metastasis in the pons and a 2.0 cm left parietal metastasis. Each received 24 Gy in 3 fractions.")
    assert (f["lesion_count"], f["complexity"]) == (2, ["complex", "simple"])


def test_primary_cancer_on_the_diagnosis_line_is_not_a_second_target():
    f = facts("Diagnosis\tTwo brain metastases, small cell lung cancer\nUnit\tLeksell Gamma Knife Perfexion\n"
              "Targets outlined on MRI: left frontal 0.9 cm (20 Gy) and right cerebellar 1.3 cm (18 Gy).")
    assert (f["sites"], f["lesion_count"]) == (["cranial"], 2)


@pytest.mark.parametrize("text,field,expected", [
    ("The lesion was delineated on a contrast MRI registered to the planning CT. TrueBeam 20 Gy x 1, left "
     "frontal metastasis.", "imaging", ["CT", "MRI"]),
    ("The patient lay supine in a vacuum-formed body cushion. Lung SBRT 54 Gy in 3 fractions.", "positioning",
     ["body_immobilization"]),
    ("MRI was not possible because of an implanted defibrillator; a thin-slice contrast CT was used. Right frontal "
     "metastasis 20 Gy x 1.", "imaging", ["CT"]),
])
def test_more_wordings(text, field, expected):
    assert facts(text)[field] == expected


def test_a_dose_in_cgy_that_looks_like_a_year_is_not_an_earlier_course():
    # "2000 cGy" / "1900 cGy" are doses, not the years 2000/1900: the list items stay this course's lesions
    r = read_text("Radiosurgery summary, treated 03/14/2026 on the Edge.\n\nTargets\n"
                  "1. Right occipital metastasis, 1.1 cm - 2000 cGy in 1 fraction\n"
                  "2. Left temporal metastasis, 0.7 cm - 1900 cGy in 1 fraction\n"
                  "3. Right cerebellar metastasis, 1.6 cm - 1800 cGy in 1 fraction\n\n"
                  "Each of the targets above was treated as written in a single session.\n")
    got = [(les.name, les.dose_gy) for les in r.facts.lesions]
    assert got == [("Right occipital metastasis", 20.0), ("Left temporal metastasis", 19.0),
                   ("Right cerebellar metastasis", 18.0)]
    assert r.facts.lesion_count.value == 3


# ------------------------------------------------------------------------- this course's devices and imaging
@pytest.mark.parametrize("text,expected", [
    # a frame's indicator (localizer) box is part of the frame, not implanted fiducial markers
    ("Leksell G frame applied under local anesthesia with four pins. The CT indicator (fiducial) box was attached "
     "for the stereotactic CT and all localizer fiducials were seen. Gamma Knife 18 Gy x 1 to a right temporal "
     "metastasis.", ["frame"]),
    ("Frame placed; MR indicator box mounted for imaging. Right frontal metastasis 20 Gy in one fraction on the "
     "Gamma Knife.", ["frame"]),
    # fiducials placed but not what positioning relied on
    ("Four gold seeds were implanted last month. SBRT 40 Gy in 5 fractions to the pancreas in a vacuum cushion; "
     "the gold seeds were not used for alignment.", ["body_immobilization"]),
    ("Fiducials were placed but tracking used the spine. Vac-Lok cushion. Left lower lobe 50 Gy in 5 fractions.",
     ["body_immobilization"]),
    ("CyberKnife fiducial-free tracking (Xsight Lung); the implanted markers are not tracked. Alpha cradle. "
     "Right upper lobe 48 Gy in 4 fractions.", ["body_immobilization"]),
    # offered or named as an alternative
    ("A head frame was offered and declined; an Encompass mask was used. Left occipital metastasis 20 Gy x 1 on "
     "the TrueBeam.", ["mask"]),
    ("Frame-based immobilization was discussed as an alternative. Thermoplastic mask. Right parietal metastasis "
     "21 Gy in 1 fraction.", ["mask"]),
    # fiducials that were used still count
    ("Three gold fiducial markers placed 01/05/2026 and tracked with Synchrony. Vac-Lok cushion. Liver 45 Gy in 3 "
     "fractions on the CyberKnife.", ["body_immobilization", "fiducials"]),
])
def test_devices_of_this_course_only(text, expected):
    assert facts(text)["positioning"] == expected


@pytest.mark.parametrize("text,expected", [
    ("Planning CT 11/06/2025 with a Vac-Lok cushion. PET/CT was offered and declined by the patient. Left lower "
     "lobe 50 Gy in 5 fractions.", ["CT"]),
    ("PET/CT last year at the outside hospital showed no other sites. Planning CT with contrast; left adrenal "
     "metastasis 40 Gy in 5 fractions.", ["CT"]),
    ("Simulation CT, thermoplastic mask. Right frontal metastasis 20 Gy x 1. Surveillance MRI every 3 months "
     "after treatment.", ["CT"]),
])
def test_diagnostic_and_follow_up_imaging_is_not_planning_imaging(text, expected):
    assert facts(text)["imaging"] == expected


def test_without_difficulty_negates_nothing_after_it():
    f = facts("The Leksell G frame was applied with four pins without difficulty, a stereotactic MRI was obtained "
              "with T1 post contrast sequences and eighty Gray was prescribed to the right trigeminal nerve on the "
              "Gamma Knife Icon in a single session.")
    assert f["imaging"] == ["MRI"]


def test_a_recommendation_section_keeps_what_it_dates_before_the_course_as_done():
    # the recommendation is future; its addendum, dated before the course, says what was done for planning
    text = ("Thoracic Tumour Board 08/20/2026\n"
            "Recommendation: SBRT 54 Gy in 3 fractions. Planning CT 09/01/2026 with the PET fused; GTV contoured.\n"
            "Follow-up: CT chest in 3 months.\n\n"
            "Treatment log\n"
            "Fx 1 09/08/2026 18 Gy\nFx 2 09/10/2026 18 Gy\nFx 3 09/12/2026 18 Gy\n"
            "Completed 54 Gy / 3 fx to the right lower lobe nodule 09/12/2026.\n")
    assert read_text(text).facts.imaging.value == ["CT", "PET"]


def test_a_follow_up_visits_dated_findings_stay_follow_up():
    text = ("SBRT SUMMARY\nLeft lower lobe nodule, 48 Gy in 4 fractions, 03/02/2026 - 03/09/2026.\n"
            "Simulation 02/20/2026 with 4DCT in a Vac-Lok bag.\n"
            "Electronically signed: N. Saar, MD 03/09/2026\n\n"
            "FOLLOW-UP VISIT - 06/08/2026\n"
            "Follow-up: Diagnostic PET/CT 06/01/2026 shows post-treatment change. "
            "MRI brain 06/03/2026: new 7 mm lesion.\n"
            "Electronically signed: N. Saar, MD 06/08/2026\n")
    # nothing recorded after the follow-up section: its dated findings are not moved out of it
    later = [m for m in read_text(text).mentions if m.label == "IMAGING" and m.value in ("PET", "MRI")]
    assert later and all("HYPOTHETICAL" in m.modifiers for m in later)
