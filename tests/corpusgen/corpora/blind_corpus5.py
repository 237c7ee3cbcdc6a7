"""Fifth blind corpus, ``tests/blind_corpus5/`` (regenerate: ``python scripts/make_corpus.py blind_corpus5``).

Forty one- or two-page treatment summaries re-telling the clinical situations of the 14 shared dev
charts with other wording, sentence orders, table headers and layouts. Gold labels are derived by hand
from the corpus README semantics (consistency is computed from the labelled facts with the README's
code definitions, so a changed fact changes the label).
"""

# ruff: noqa: E501  (spec text kept as its author wrote it)

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pdfmaker import (
    BulletList,
    Heading,
    KeyValue,
    Paragraph,
    RuledTable,
    Signature,
    TextTable,
)

from corpusgen import Chart, Corpus, Gold

S, C = "simple", "complex"
FOOT = "SYNTHETIC TEST RECORD - no real patient"


def chart(name: str, facility: str, title: str, patient: str, blocks: Sequence[Any], codes: Sequence[str],
          modality: str | None, lesions: Sequence[tuple[str, str | None]], fractions: int | None,
          imaging: Sequence[str], positioning: Sequence[str], notes: str, missing: Sequence[str] = ()) -> Chart:
    """A one-page chart with its hand-labelled facts; consistency and the delivery code are computed."""
    return Chart(name, [list(blocks)], Gold(codes, modality, lesions, fractions, imaging, positioning, notes,
                                            missing=missing),
                 {"header": [f"{facility}    {title}", patient], "title": title})


def pt(n: int, name: str, dob: str) -> str:
    return f"BLINDFIVE, {name}   MRN SYN-B5{n:02d}   DOB {dob}"


# --------------------------------------------------------------------------------------------------
# Situation 1: linac single-session SRS, one simple lesion (dev_01)
# --------------------------------------------------------------------------------------------------

CHARTS: list[Chart] = [
    chart("b5_01", "Northfield Cancer Institute", "Radiosurgery", pt(1, "ADA", "04/11/1959"), [
        Heading("Single-Fraction Stereotactic Radiosurgery - Treatment Summary"),
        "Indication: left frontal brain metastasis measuring 1.9 cm, primary non-small cell lung cancer.",
        "On 03/02/2025 the patient received 2000 cGy in one fraction on the Varian TrueBeam STx. Prior to beam-on, "
        "orthogonal kV imaging and a cone-beam CT confirmed the isocenter; shifts were applied with the 6DoF couch.",
        "Immobilization consisted of an Encompass thermoplastic mask fabricated at simulation. A 1 mm slice "
        "non-contrast CT of the head was acquired and co-registered with a gadolinium-enhanced volumetric MRI.",
        "Planning: the GTV was delineated on the T1 post-contrast series with a 1 mm expansion to PTV. "
        "HyperArc plan with four non-coplanar arcs; dose prescribed to the 78% isodose surface.",
        "Outcome: left frontal metastasis - 20 Gy x 1 delivered as planned. Follow-up MRI in 2 months.",
        Signature("Electronically signed: P. Marsh, MD, Radiation Oncology"),
    ], ["77372", "77432", "61796"], "linac", [("cranial", S)], 1, ["CT", "MRI"], ["mask"],
        "Linac single-session SRS, one simple lesion in cGy; sentence order shuffled."),
    chart("b5_02", "Lakeside Regional Medical Center", "SRS", pt(2, "BRUNO", "09/23/1964"), [
        Heading("SRS Completion Report"),
        KeyValue([("Machine", "Elekta Versa HD with Agility MLC"), ("Sessions", "one"),
                  ("Date of treatment", "07/14/2025"), ("Attending", "R. Iqbal, MD")]),
        Heading("Target", level=2),
        RuledTable([("Lesion", "Size", "Rx dose", "Isodose", "Delivered"),
                    ("Right cerebellar metastasis", "2.0 cm", "18 Gy", "80%", "18 Gy")]),
        Heading("Workup", level=2),
        "MR brain with contrast (axial 1 mm) and a thin-slice planning CT were fused in Monaco; the GTV was "
        "outlined on MRI with a 1 mm PTV margin. "
        "Custom head mask for immobilization.",
        Heading("Delivery", level=2),
        "Five dynamic conformal arcs. XVI cone beam imaging matched to the planning CT before the first arc.",
    ], ["77372", "77432", "61796"], "linac", [("cranial", S)], 1, ["CT", "MRI"], ["mask"],
        "Linac single SRS with 'one' in words and a ruled table; mask wording 'custom head mask'."),
    chart("b5_03", "St. Aurelia Hospital", "Radiation Oncology", pt(3, "CELIA", "01/30/1962"), [
        Heading("Stereotactic Radiosurgery"),
        Paragraph("Patient with a solitary 2.6 cm metastasis of the left occipital lobe (renal cell carcinoma) "
                  "underwent SRS on a Novalis TrueBeam STx (06/02/2025).", bold=False),
        BulletList([
            "Positioning: Orfit open-face mask",
            "Planning images: contrast MRI brain and CT simulation, fused",
            "Plan: GTV on MRI, PTV +1 mm; 4 VMAT arcs; 21 Gy to the 80% IDL; BrainLab Elements",
            "IGRT: ExacTrac Dynamic stereoscopic x-ray before each arc",
            "Delivered: left occipital lesion 21 Gy, single fraction",
        ]),
    ], ["77372", "77432", "61796"], "linac", [("cranial", S)], 1, ["CT", "MRI"], ["mask"],
        "Bulleted linac SRS, one simple lesion."),

    # ----------------------------------------------------------------------------------------------
    # Situation 2: Gamma Knife single session with frame, three simple lesions (dev_02)
    # ----------------------------------------------------------------------------------------------
    chart("b5_04", "Mid-State Neurosurgery", "GK Radiosurgery", pt(4, "DORIAN", "12/02/1956"), [
        Heading("Gamma Knife Radiosurgery Operative Report"),
        KeyValue([("Date", "04/22/2025"), ("Device", "Leksell Gamma Knife Esprit"),
                  ("Indication", "three brain metastases, melanoma")]),
        "After local anesthetic was infiltrated, a Leksell G frame was fixed to the skull with four pins. "
        "A stereotactic MRI with gadolinium was then performed with the fiducial box attached.",
        "The targets were outlined in Leksell GammaPlan and covered by the 50% isodose.",
        TextTable([("No.", "Site", "Max dim.", "Prescription", "Shots"),
                   ("1", "right frontal", "9 mm", "22 Gy @ 50%", "3"),
                   ("2", "left parietal", "12 mm", "20 Gy @ 50%", "4"),
                   ("3", "right cerebellum", "7 mm", "22 Gy @ 50%", "2")], columns=(0, 40, 160, 240, 360)),
        "Frame coordinates were double-checked by physics prior to treatment. All three targets were treated "
        "in a single session to the prescribed margin doses. The frame was removed without complication.",
    ], ["77371", "77432", "61796", "61797", "61800"], "cobalt60", [("cranial", S)] * 3, 1, ["MRI"],
        ["frame"], "GK Esprit frame-based, three simple lesions; all consistent."),
    chart("b5_05", "Capital Gamma Knife Center", "Procedure", pt(5, "ELSA", "05/17/1968"), [
        Heading("Radiosurgery - Gamma Knife Perfexion"),
        "Date of procedure 08/05/2025. Diagnosis: metastatic breast cancer to the brain (3 lesions).",
        "MRI: a contrast-enhanced stereotactic MR was obtained on the day of surgery after frame placement.",
        "Head fixation: Leksell coordinate frame, 4-pin fixation, local anesthesia.",
        RuledTable([("Target", "Volume (cc)", "Marginal dose (Gy)", "IDL (%)"),
                    ("L occipital", "0.8", "20", "50"),
                    ("R thalamic", "0.3", "18", "55"),
                    ("Vermis", "0.5", "20", "50")]),
        "Targets delineated on the stereotactic MRI; planning performed in GammaPlan. Coordinates verified by neurosurgeon and physicist before delivery.",
        "All lesions received their marginal dose in one session.",
    ], ["77371", "77432", "61796", "61797", "61800"], "cobalt60", [("cranial", S)] * 3, 1, ["MRI"],
        ["frame"], "GK Perfexion frame, three small simple lesions in a ruled table."),
    chart("b5_06", "Riverside Neuroscience", "Radiosurgery Note", pt(6, "FELIX", "02/08/1951"), [
        Heading("Leksell Gamma Knife Icon - Frame-Based SRS"),
        "Three metastases from colon cancer were treated today (10/01/2025) in one session. Before treatment "
        "the Leksell frame was applied (pins x4) and a stereotactic contrast MRI acquired; "
        "lesions contoured and dose planned in Leksell GammaPlan.",
        BulletList(["Left frontal, 1.0 cm - 20 Gy to the 50% isodose, 3 shots",
                    "Right parietal, 1.4 cm - 18 Gy to the 50% isodose, 6 shots",
                    "Left temporal, 0.6 cm - 22 Gy to the 50% isodose, 1 shot"], numbered=True),
        "Physics verified frame coordinates shot by shot. All lesions treated as planned; frame removed.",
    ], ["77371", "77432", "61796", "61797", "61800"], "cobalt60", [("cranial", S)] * 3, 1, ["MRI"],
        ["frame"], "GK Icon used with a frame, numbered list; all consistent."),

    # ----------------------------------------------------------------------------------------------
    # Situation 3: fractionated SRS for a vestibular schwannoma (dev_03)
    # ----------------------------------------------------------------------------------------------
    chart("b5_07", "Harbor Cancer Center", "FSRT Completion", pt(7, "GWEN", "03/19/1972"), [
        Heading("Hypofractionated Stereotactic Radiotherapy - End of Course"),
        KeyValue([("Diagnosis", "Left acoustic neuroma (vestibular schwannoma), 2.1 cm"),
                  ("Linac", "Varian TrueBeam STx"),
                  ("Prescription", "2500 cGy in five fractions"),
                  ("Dates", "02/03/2025 to 02/07/2025")]),
        "Frameless thermoplastic mask. Simulation CT 1 mm fused with MRI (post-gadolinium T1 and FIESTA). "
        "Target drawn on the FIESTA series, 1 mm margin to PTV. VMAT, three arcs, 80% isodose normalization.",
        "Prior to each treatment a CBCT was acquired and matched; AlignRT surface guidance monitored the "
        "patient throughout.",
        "Delivered: left vestibular schwannoma, 25 Gy in 5 fractions. Hearing test in 6 months.",
    ], ["77373", "77435", "61798"], "linac", [("cranial", C)], 5, ["CT", "MRI"], ["mask"],
        "Acoustic neuroma (schwannoma, complex) fSRS 5 fx, dose in cGy."),
    chart("b5_08", "Westbrook University Hospital", "Stereotactic RT", pt(8, "HAL", "07/07/1966"), [
        Heading("Vestibular Schwannoma - Fractionated SRS Summary"),
        RuledTable([("Item", "Detail"),
                    ("Target", "Right vestibular schwannoma, 1.5 cm"),
                    ("Unit", "Elekta Versa HD"),
                    ("Dose/fractionation", "18 Gy / 3 fx (6 Gy each)"),
                    ("Treatment window", "05/12/2025 - 05/14/2025")]),
        "The lesion was delineated on a contrast MRI registered to the planning CT; PTV = GTV + 1 mm. "
        "Four VMAT arcs, prescribed to the 80% isodose line (Monaco).",
        "Immobilization: frameless SRS mask system. Daily XVI cone-beam imaging with HexaPOD 6D correction.",
        "All 3 fractions given; right vestibular schwannoma 18 Gy in 3 fractions delivered.",
    ], ["77373", "77435", "61798"], "linac", [("cranial", C)], 3, ["CT", "MRI"], ["mask"],
        "Schwannoma fSRS in 3 fx on Versa HD, key facts in a ruled two-column table."),
    chart("b5_09", "Sunrise Oncology", "Completion Note", pt(9, "INGA", "10/14/1979"), [
        Heading("Completion of Stereotactic Treatment"),
        "This 45-year-old woman with a right-sided vestibular schwannoma (1.3 cm) completed fractionated "
        "stereotactic radiotherapy on the Varian Edge from 09/08/2025 through 09/12/2025: 5 x 5 Gy.",
        "CBCT before each fraction; intrafraction surface monitoring (OSMS).",
        "Planning: CT sim (1 mm) with a thermoplastic mask; MR T1 contrast and CISS fused; GTV contoured on "
        "CISS, 1 mm PTV margin; 4 non-coplanar arcs to the 80% isodose line.",
        "Result: right vestibular schwannoma received 25 Gy in 5 fractions.",
    ], ["77373", "77435", "61798"], "linac", [("cranial", C)], 5, ["CT", "MRI"], ["mask"],
        "Schwannoma fSRS, '5 x 5 Gy', verification stated before planning."),

    # ----------------------------------------------------------------------------------------------
    # Situation 4: CyberKnife spine, one level, 2 fx (dev_04)
    # ----------------------------------------------------------------------------------------------
    chart("b5_10", "Pacific Robotic Radiosurgery", "Spine SRS", pt(10, "JAKOB", "06/06/1954"), [
        Heading("Robotic Spine Radiosurgery - Summary"),
        KeyValue([("Platform", "Accuray CyberKnife M6"), ("Level", "T11 vertebral metastasis (renal cell)"),
                  ("Fractionation", "2 fractions of 12 Gy (24 Gy total)"), ("Dates", "04/14/2025, 04/15/2025")]),
        "The patient lay supine in a vacuum-formed body cushion. Treatment planning CT 1 mm with contrast was "
        "registered to a thoracic spine MRI. CTV comprised the T11 body and left pedicle; PTV = CTV + 2 mm. "
        "Precision planning system, 70% isodose prescription.",
        "Target tracking: Xsight Spine with kV image pairs throughout each fraction.",
        "Completed: T11 - 24 Gy in 2 fractions.",
    ], ["77373", "77435", "63620"], "robotic_linac", [("spinal", None)], 2, ["CT", "MRI"],
        ["body_immobilization"], "CyberKnife M6 spine, one level, vacuum cushion."),
    chart("b5_11", "Evergreen CyberKnife", "SBRT", pt(11, "KIRA", "11/29/1958"), [
        Heading("CyberKnife Spinal SBRT Treatment Record"),
        RuledTable([("Target", "Total dose", "Fx", "Per fx", "Isodose", "Tracking"),
                    ("L4 body metastasis", "27 Gy", "3", "9 Gy", "80%", "Xsight Spine")]),
        "Dates 06/09/2025 - 06/11/2025. Primary: prostate adenocarcinoma.",
        "Immobilized with an Alpha Cradle. Imaging for planning: non-contrast planning CT (1.25 mm) and lumbar "
        "MRI fused. CTV contoured per consensus guidelines; PTV margin 2 mm. Cauda equina Dmax 18 Gy.",
        "The L4 metastasis received 27 Gy in 3 fractions.",
    ], ["77373", "77435", "63620"], "robotic_linac", [("spinal", None)], 3, ["CT", "MRI"],
        ["body_immobilization"], "CyberKnife spine in a ruled table, 3 fx."),
    chart("b5_12", "Greenway Radiation Center", "Spine", pt(12, "LEON", "08/18/1950"), [
        Heading("Spine SBRT (CyberKnife)"),
        "A single C5 vertebral metastasis from breast carcinoma was treated with robotic radiosurgery, "
        "16 Gy in one fraction on 09/15/2025.",
        "Setup: supine with a thermoplastic head-and-shoulder mask. Planning CT fused to cervical spine MRI. "
        "CTV = C5 body, PTV = CTV + 1.5 mm, 80% isodose; spinal cord Dmax 11 Gy.",
        "6D skeletal tracking (Xsight Spine) with intrafraction kV imaging.",
        "Summary: C5 metastasis, 16 Gy x 1 delivered.",
    ], ["77373", "77435", "63620"], "robotic_linac", [("spinal", None)], 1, ["CT", "MRI"], ["mask"],
        "CyberKnife single-fraction spine: still 77373/77435 (not single-session cranial); mask."),

    # ----------------------------------------------------------------------------------------------
    # Situation 5: lung SBRT 5 fx (dev_05)
    # ----------------------------------------------------------------------------------------------
    chart("b5_13", "Valley Thoracic Oncology", "SABR", pt(13, "MARTA", "02/14/1947"), [
        Heading("Stereotactic Ablative Radiotherapy (SABR) - Lung"),
        KeyValue([("Lesion", "Right lower lobe adenocarcinoma, 1.8 cm, peripheral"),
                  ("Linear accelerator", "Elekta Synergy"), ("Regimen", "55 Gy in 5 fractions")]),
        "Simulation in a BodyFIX vacuum bag with abdominal compression; a four-dimensional CT was acquired "
        "and an ITV generated; PTV = ITV + 5 mm. Two VMAT arcs, Monaco planning.",
        TextTable([("Fx", "Date", "Dose", "IGRT"),
                   ("1", "05/05/2025", "11 Gy", "XVI CBCT"), ("2", "05/07/2025", "11 Gy", "XVI CBCT"),
                   ("3", "05/09/2025", "11 Gy", "XVI CBCT"), ("4", "05/12/2025", "11 Gy", "XVI CBCT"),
                   ("5", "05/14/2025", "11 Gy", "XVI CBCT")], columns=(0, 40, 140, 220)),
        "RLL tumor: 55 Gy in 5 fractions delivered.",
    ], ["77373", "77435"], "linac", [("body", None)], 5, ["CT"], ["body_immobilization"],
        "Lung SABR on Synergy with BodyFIX and 4DCT; per-fraction table."),
    chart("b5_14", "Hillcrest Hospital", "Lung SBRT", pt(14, "NESTOR", "12/25/1944"), [
        Heading("SBRT Lung - Treatment Completion"),
        "Left lower lobe squamous cell carcinoma (2.4 cm). Total dose 48 Gy delivered in four fractions of "
        "12 Gy on a Varian TrueBeam between 03/03/2025 and 03/10/2025.",
        "Before every fraction a cone-beam CT was registered to the planning CT and the couch shifted.",
        "Positioning: Vac-Lok cushion, arms up, wing board. 4D CT simulation with ITV; PTV = ITV + 5 mm; "
        "two partial VMAT arcs (Eclipse).",
        "Summary: LLL tumor received 48 Gy / 4 fx.",
    ], ["77373", "77435"], "linac", [("body", None)], 4, ["CT"], ["body_immobilization"],
        "Lung SBRT 4 fx written in words; Vac-Lok."),
    chart("b5_15", "Bayview Medical Center", "Radiation Oncology", pt(15, "OPAL", "04/04/1952"), [
        Heading("Lung Stereotactic Body Radiation - Final Note"),
        RuledTable([("Field", "Value"),
                    ("Site", "RUL NSCLC, 1.5 cm"),
                    ("Machine", "Varian Halcyon"),
                    ("Rx", "34 Gy x 1 fraction"),
                    ("Date", "06/20/2025")]),
        "A single-fraction SBRT course. Immobilized in a vacuum cushion; 4DCT simulation; ITV with 5 mm PTV "
        "margin; VMAT (Eclipse). Pretreatment kV-CBCT alignment.",
        "RUL lesion treated to 34 Gy in 1 fraction.",
    ], ["77373", "77435"], "linac", [("body", None)], 1, ["CT"], ["body_immobilization"],
        "Single-fraction lung SBRT on Halcyon: 77373/77435 (body, not cranial)."),

    # ----------------------------------------------------------------------------------------------
    # Situation 6: prostate SBRT with fiducials (dev_06)
    # ----------------------------------------------------------------------------------------------
    chart("b5_16", "Meadow Urology Radiation", "SBRT Summary", pt(16, "PAVEL", "03/03/1950"), [
        Heading("Prostate Stereotactic Body Radiotherapy"),
        "Intermediate-risk prostate cancer. 3625 cGy in 5 fractions, Elekta Versa HD, 07/07/2025 - 07/15/2025.",
        "Gold seeds (3) were placed transrectally one week prior to simulation.",
        "Simulation: supine in an Alpha Cradle with knee and foot support; CT fused to MRI pelvis (T2). "
        "CTV prostate, PTV 5 mm (3 mm posterior), 2 VMAT arcs (Monaco).",
        "IGRT: daily XVI CBCT matched to the seeds.",
        "Completed as planned: prostate 36.25 Gy / 5 fractions.",
    ], ["77373", "77435"], "linac", [("body", None)], 5, ["CT", "MRI"], ["body_immobilization", "fiducials"],
        "Prostate SBRT, gold seeds + Alpha Cradle."),
    chart("b5_17", "Oakridge Cancer Center", "End of Treatment", pt(17, "QUINN", "10/30/1948"), [
        Heading("SBRT Prostate - Treatment Summary"),
        KeyValue([("Diagnosis", "Prostate adenocarcinoma, Gleason 3+4"),
                  ("Treatment", "CyberKnife robotic SBRT, 36.25 Gy in 5 fractions"),
                  ("Dates", "01/06/2025 - 01/14/2025")]),
        "Four fiducial markers were implanted under ultrasound guidance. The patient was set up in a "
        "vacuum immobilization cushion. Planning CT and pelvic MRI were fused; prostate CTV, 3-5 mm PTV; "
        "MultiPlan, 80% isodose.",
        "Fiducial tracking with orthogonal kV imaging throughout each fraction.",
        "Prostate received the full 36.25 Gy in 5 fractions.",
    ], ["77373", "77435"], "robotic_linac", [("body", None)], 5, ["CT", "MRI"],
        ["body_immobilization", "fiducials"], "CyberKnife prostate SBRT with fiducial tracking."),
    chart("b5_18", "Summit Radiation Oncology", "Prostate SBRT", pt(18, "RUDOLF", "09/09/1955"), [
        Heading("Completion Summary - Prostate SBRT"),
        "Prostate only: 40 Gy in 5 fractions (8 Gy/fx) on the Varian Edge, 11/03/2025 to 11/13/2025. "
        "Planning was based on CT and MRI registered; PTV = prostate + 4 mm; 2 arcs.",
        "Three gold fiducial markers were implanted for localization; Calypso real-time tracking was used during "
        "treatment. No body immobilization device was used.",
        "All fractions delivered: prostate 40 Gy / 5 fx.",
    ], ["77373", "77435"], "linac", [("body", None)], 5, ["CT", "MRI"], ["fiducials"],
        "Prostate SBRT with Calypso transponders (fiducials) and no body immobilization (negated)."),

    # ----------------------------------------------------------------------------------------------
    # Situation 7: 15-fraction course billed with SRS/SBRT codes (dev_07)
    # ----------------------------------------------------------------------------------------------
    chart("b5_19", "Lindenwood University Hospital", "Completion", pt(19, "SOFIA", "01/12/1944"), [
        Heading("Hypofractionated Brain Radiotherapy - Completion"),
        "Left frontal glioblastoma (4.5 cm), age 80. 4005 cGy delivered in fifteen fractions of 267 cGy "
        "on a Varian TrueBeam from 09/01/2025 to 09/19/2025.",
        "Mask immobilization. CT simulation fused with post-op MRI. GTV = resection cavity plus enhancement; "
        "CTV 1.5 cm; PTV 3 mm; 2 VMAT arcs. Daily cone-beam CT.",
        "Summary: left frontal glioblastoma treated with 40.05 Gy in 15 fractions.",
    ], ["77373", "77435", "61798"], "linac", [("cranial", C)], 15, ["CT", "MRI"], ["mask"],
        "15-fraction glioblastoma course billed as SRS/SBRT: all codes inconsistent; complex by size."),
    chart("b5_20", "Cedar Grove Oncology", "Treatment Summary", pt(20, "TOMAS", "06/21/1950"), [
        Heading("Radiation Treatment Summary"),
        RuledTable([("Site", "Dose", "Fractions", "Technique", "Dates"),
                    ("Brain - right parietal GBM", "40 Gy", "15", "VMAT", "02/02/2025-02/20/2025")]),
        "Tumor size 3.8 cm. Elekta Synergy. Thermoplastic mask. Planning CT, MRI fused. "
        "GTV + 1.5 cm = CTV, +3 mm = PTV. Daily kV CBCT before each fraction.",
        "Course completed: right parietal glioblastoma, 40 Gy in 15 fractions.",
    ], ["77373", "77435", "61798"], "linac", [("cranial", C)], 15, ["CT", "MRI"], ["mask"],
        "15 fx in a table, GBM 3.8 cm (complex): SRS codes inconsistent."),
    chart("b5_21", "Brookside Spine Institute", "Summary", pt(21, "UMA", "05/05/1953"), [
        Heading("Palliative Spine Radiotherapy - Summary"),
        "T9 metastasis, breast primary. Prescribed and delivered 30 Gy in 10 fractions on a TrueBeam "
        "(03/10/2025 - 03/21/2025). Vac-Lok. CT simulation; MRI thoracic spine fused. CTV = T9 vertebra, PTV = CTV + 1 cm; 3D conformal, AP/PA. "
        "Daily kV imaging.",
        "Summary: T9, 30 Gy / 10 fx completed.",
    ], ["77373", "77435", "63620"], "linac", [("spinal", None)], 10, ["CT", "MRI"], ["body_immobilization"],
        "10-fraction spine course billed with SBRT codes: all inconsistent, no delivery code."),

    # ----------------------------------------------------------------------------------------------
    # Situation 8: linac single lesion billed as GK and with add-on (dev_08)
    # ----------------------------------------------------------------------------------------------
    chart("b5_22", "Fairview Medical Center", "SRS Record", pt(22, "VIKTOR", "07/27/1961"), [
        Heading("Radiosurgery Treatment Record"),
        TextTable([("Date", "Linac", "Target", "Rx", "Fx"),
                   ("05/28/2025", "Novalis STx", "Right parietal met, 1.6 cm", "20 Gy", "1")],
                  columns=(0, 70, 150, 330, 390)),
        "Frameless mask. MRI and CT fused for planning; PTV = GTV + 1 mm; dynamic conformal arcs x5 to the "
        "80% isodose line (iPlan). ExacTrac stereoscopic x-rays before each arc. One lesion treated: "
        "right parietal metastasis 20 Gy in a single fraction.",
    ], ["77371", "77432", "61796", "61797"], "linac", [("cranial", S)], 1, ["CT", "MRI"], ["mask"],
        "Linac (Novalis) single lesion billed as Gamma Knife 77371 and with add-on 61797: both inconsistent."),
    chart("b5_23", "Granite Peak Hospital", "SRS", pt(23, "WANDA", "03/08/1969"), [
        Heading("Linac Radiosurgery - Summary"),
        "Unit: Varian TrueBeam. Target: solitary left cerebellar metastasis (1.4 cm), esophageal primary. "
        "Treated 08/19/2025 with 20 Gy x 1. Patient immobilized in a thermoplastic mask. Contrast MRI was "
        "co-registered to planning CT; 1 mm PTV; 3 arcs, 80% IDL. Pretreatment CBCT with 6DoF correction.",
        "Delivered dose: left cerebellar metastasis 20 Gy.",
    ], ["77371", "77432", "61796", "61797"], "linac", [("cranial", S)], 1, ["CT", "MRI"], ["mask"],
        "TrueBeam single lesion with wrong 77371 and 61797."),
    chart("b5_24", "Elmstead Cancer Care", "SRS", pt(24, "XAVER", "11/11/1963"), [
        Heading("SRS Note"),
        KeyValue([("Device", "ZAP-X gyroscopic radiosurgery"), ("Date", "09/30/2025"),
                  ("Target", "Right temporal metastasis 1.1 cm")]),
        "Mask immobilization. MRI with contrast and CT fused. Plan: GTV+1 mm, 18 Gy at 60% isodose. "
        "kV image guidance before delivery. Right temporal metastasis received 18 Gy in one session.",
    ], ["77371", "77432", "61796", "61797"], "linac", [("cranial", S)], 1, ["CT", "MRI"], ["mask"],
        "ZAP-X (gantry linac per contract) single lesion billed as 77371 + 61797: both inconsistent."),

    # ----------------------------------------------------------------------------------------------
    # Situation 9: fSRS without any verification (dev_09)
    # ----------------------------------------------------------------------------------------------
    chart("b5_25", "Juniper Cancer Center", "fSRS", pt(25, "YARA", "02/27/1976"), [
        Heading("Fractionated Radiosurgery - Summary"),
        "Right frontal metastasis (2.9 cm), lung primary. Varian TrueBeam; Encompass mask.",
        "MRI and CT were fused; GTV contoured on MRI; PTV = GTV + 2 mm. Three VMAT arcs; 27 Gy in 3 "
        "fractions prescribed to the 80% isodose line.",
        "Dates 04/07/2025 - 04/09/2025. Right frontal metastasis received 27 Gy in 3 fractions. No acute "
        "toxicity.",
    ], ["77373", "77435", "61796"], "linac", [("cranial", S)], 3, ["CT", "MRI"], ["mask"],
        "fSRS 3 fx with no image guidance or QA: delivery_verification not met.",
        missing=("delivery_verification",)),
    chart("b5_26", "Kingsbridge Hospital", "SRT", pt(26, "ZENO", "08/01/1967"), [
        Heading("Stereotactic Radiotherapy (5 fractions) - Completion"),
        KeyValue([("Target", "Left temporal metastasis, 3.0 cm (breast)"), ("Machine", "Elekta Versa HD"),
                  ("Immobilization", "Thermoplastic mask"), ("Dose", "30 Gy / 5 fx")]),
        "CT simulation was fused to contrast MRI; the lesion was delineated on MRI, 2 mm PTV; four VMAT arcs "
        "normalized to the 80% isodose.",
        "Treatment ran 06/02/2025 - 06/06/2025. The full 30 Gy in 5 fractions was given to the left temporal "
        "metastasis.",
    ], ["77373", "77435", "61796"], "linac", [("cranial", S)], 5, ["CT", "MRI"], ["mask"],
        "fSRS 5 fx, key-value layout, no IGRT or QA mentioned.", missing=("delivery_verification",)),
    chart("b5_27", "Lakewood Cancer Institute", "fSRS", pt(27, "ABEL", "12/09/1970"), [
        Heading("Multi-fraction SRS"),
        "Left occipital metastasis, 2.4 cm, melanoma. 24 Gy in 3 fractions, TrueBeam, 10/13/2025 - "
        "10/15/2025. Mask used. CT and MRI fused; GTV on MRI +1 mm; 4 arcs; 80% isodose.",
        "A cone-beam CT was not performed. Delivered: left occipital metastasis 24 Gy in 3 fractions.",
    ], ["77373", "77435", "61796"], "linac", [("cranial", S)], 3, ["CT", "MRI"], ["mask"],
        "fSRS with negated CBCT: delivery_verification not met.", missing=("delivery_verification",)),

    # ----------------------------------------------------------------------------------------------
    # Situation 10: MRI contraindicated, no positioning, 61800 without frame (dev_10)
    # ----------------------------------------------------------------------------------------------
    chart("b5_28", "Marigold Community Hospital", "SRS", pt(28, "BEATA", "01/19/1949"), [
        Heading("Stereotactic Radiosurgery Note"),
        "Left parietal metastasis 1.2 cm (lung). MRI was not possible because of an implanted defibrillator; "
        "a thin-slice contrast CT was used for target delineation. A head frame was not applied.",
        "TrueBeam, 3 non-coplanar arcs, GTV + 1 mm, 20 Gy to the 80% isodose. CBCT prior to treatment.",
        "Left parietal metastasis: 20 Gy in 1 fraction on 04/16/2025.",
    ], ["77372", "77432", "61796", "61800"], "linac", [("cranial", S)], 1, ["CT"], [],
        "MRI contraindicated (ICD), CT only; no immobilization and frame negated: positioning not met, 61800 "
        "inconsistent.", missing=("positioning",)),
    chart("b5_29", "Northgate Hospital", "Radiosurgery", pt(29, "CASPAR", "04/24/1945"), [
        Heading("Radiosurgery Summary"),
        KeyValue([("Target", "Right cerebellar metastasis, 0.9 cm"), ("Machine", "Varian Edge"),
                  ("Date", "07/22/2025"), ("Dose", "22 Gy x 1")]),
        "Planning imaging: contrast-enhanced CT (1 mm). MRI contraindicated (non-conditional pacemaker). "
        "Contoured on CT with a 1 mm margin; 4 arcs at the 80% isodose line. Pre-treatment CBCT and "
        "surface guidance. Right cerebellar metastasis received 22 Gy.",
    ], ["77372", "77432", "61796", "61800"], "linac", [("cranial", S)], 1, ["CT"], [],
        "CT only (MRI contraindicated), no positioning documented, 61800 inconsistent.",
        missing=("positioning",)),
    chart("b5_30", "Orchard Valley Medical", "SRS", pt(30, "DELIA", "09/14/1957"), [
        Heading("SRS - Treatment Summary"),
        "Single right occipital metastasis (1.7 cm). Imaging: planning CT with IV contrast; the patient "
        "declined MRI. Plan: GTV on CT + 1.5 mm; VMAT 3 arcs; 18 Gy to the 80% isodose. Unit: Elekta Versa HD. "
        "XVI CBCT before treatment. Treated 11/20/2025: right occipital metastasis 18 Gy x 1.",
    ], ["77372", "77432", "61796", "61800"], "linac", [("cranial", S)], 1, ["CT"], [],
        "CT only (MRI declined), no immobilization, 61800 claimed without a frame.", missing=("positioning",)),

    # ----------------------------------------------------------------------------------------------
    # Situation 11: two-level spine SBRT (dev_11)
    # ----------------------------------------------------------------------------------------------
    chart("b5_31", "Pinecrest Spine Center", "Spine SBRT", pt(31, "EMIL", "10/02/1959"), [
        Heading("Stereotactic Spine Radiotherapy - Two Sites"),
        RuledTable([("Level", "Histology", "Dose", "Fractions"),
                    ("T6", "renal cell carcinoma", "24 Gy", "2"),
                    ("L1", "renal cell carcinoma", "24 Gy", "2")]),
        "Machine: TrueBeam STx. Treatment dates 02/17/2025 and 02/19/2025.",
        "BodyFIX immobilization. Planning CT registered to spine MRI. Consensus CTV, PTV 2 mm, VMAT "
        "(Eclipse). CBCT with 6D couch before each fraction.",
        "Both levels received 24 Gy in 2 fractions.",
    ], ["77373", "77435", "63620", "63621"], "linac", [("spinal", None)] * 2, 2, ["CT", "MRI"],
        ["body_immobilization"], "Two spine levels in a table, 2 fx; 63620 + 63621 consistent."),
    chart("b5_32", "Quarry Hill Oncology", "SBRT", pt(32, "FIONA", "03/26/1962"), [
        Heading("SBRT Spine - C7 and T2"),
        "Metastatic thyroid carcinoma to C7 and T2 vertebral bodies. Both were treated with 27 Gy in "
        "3 fractions on an Elekta Versa HD (05/19/2025 - 05/23/2025).",
        "Immobilization: long thermoplastic head-neck-shoulder mask. CT sim with MRI fusion; CTV per "
        "guidelines; PTV = CTV + 2 mm; VMAT. XVI cone-beam CT daily.",
        "Summary: C7 - 27 Gy / 3 fx; T2 - 27 Gy / 3 fx.",
    ], ["77373", "77435", "63620", "63621"], "linac", [("spinal", None)] * 2, 3, ["CT", "MRI"], ["mask"],
        "Two cervicothoracic levels with a mask; 63620 + 63621 consistent."),
    chart("b5_33", "Redstone Medical Center", "Spine SBRT", pt(33, "GUSTAV", "07/15/1956"), [
        Heading("Spine SBRT"),
        "Lesion: L3 vertebral metastasis, prostate cancer. 30 Gy in 5 fractions on a TrueBeam "
        "(08/04/2025 - 08/08/2025). Vac-Lok; CT/MRI fusion; CTV = L3 body per consensus, PTV 2 mm; VMAT, 80% isodose; daily CBCT.",
        "L3 received 30 Gy in 5 fractions.",
    ], ["77373", "77435", "63620", "63621"], "linac", [("spinal", None)], 5, ["CT", "MRI"],
        ["body_immobilization"], "One spine level billed with add-on 63621: 63621 inconsistent."),

    # ----------------------------------------------------------------------------------------------
    # Situation 12: CyberKnife brain, one complex + one simple lesion (dev_12)
    # ----------------------------------------------------------------------------------------------
    chart("b5_34", "Sierra CyberKnife Center", "CK Brain", pt(34, "HELGA", "05/28/1960"), [
        Heading("CyberKnife Intracranial SRS - Summary"),
        "Course: 25 Gy in 5 fractions, 03/17/2025 - 03/21/2025, Accuray CyberKnife with 6D skull tracking. "
        "Thermoplastic mask. Contrast CT fused to MRI.",
        RuledTable([("#", "Target", "Size", "Dose"),
                    ("1", "Left optic nerve-adjacent metastasis (4 mm from optic nerve)", "1.0 cm", "25 Gy / 5 fx"),
                    ("2", "Right frontal metastasis", "1.6 cm", "25 Gy / 5 fx")]),
        "Both targets contoured on MRI, 1 mm PTV, 75% isodose. Full dose delivered to both lesions.",
    ], ["77373", "77435", "61798", "61797"], "robotic_linac", [("cranial", C), ("cranial", S)], 5,
        ["CT", "MRI"], ["mask"], "CyberKnife 5 fx, one lesion 4 mm from optic nerve (complex), one simple."),
    chart("b5_35", "Tidewater Radiosurgery", "CK Summary", pt(35, "IVAN", "12/12/1958"), [
        Heading("Robotic Radiosurgery (CyberKnife) - Brain"),
        "Two lesions treated in 3 fractions (24 Gy total), 06/23/2025 - 06/25/2025: a 0.8 cm metastasis in "
        "the pons and a 2.0 cm left parietal metastasis. Each received 24 Gy in 3 fractions.",
        "Aquaplast mask. Planning MRI (contrast) and CT fused. GTVs on MRI + 1 mm; 80% isodose (Precision). "
        "6D skull tracking with kV images throughout.",
    ], ["77373", "77435", "61798", "61797"], "robotic_linac", [("cranial", C), ("cranial", S)], 3,
        ["CT", "MRI"], ["mask"], "CyberKnife: brainstem (pons) lesion complex + simple parietal lesion."),
    chart("b5_36", "Upland Neuro-Oncology", "SRS", pt(36, "JUNO", "02/02/1965"), [
        Heading("CyberKnife Radiosurgery Summary"),
        KeyValue([("System", "CyberKnife S7"), ("Course", "single fraction, 09/08/2025"),
                  ("Immobilization", "thermoplastic mask")]),
        BulletList(["Pituitary macroadenoma, 1.8 cm - 18 Gy in 1 fraction",
                    "Right frontal meningioma, 1.5 cm - 14 Gy in 1 fraction"]),
        "Planning contrast CT fused with thin-slice MRI; targets on MRI; 1 mm margin; 70-80% isodose lines. "
        "6D skull tracking before and during delivery.",
    ], ["77372", "77432", "61798", "61797"], "robotic_linac", [("cranial", C), ("cranial", S)], 1,
        ["CT", "MRI"], ["mask"], "Single-session CyberKnife: pituitary (complex) + meningioma (simple); 77372."),

    # ----------------------------------------------------------------------------------------------
    # Situation 13: GK Icon mask-based, prior WBRT history (dev_13)
    # ----------------------------------------------------------------------------------------------
    chart("b5_37", "Westfield Gamma Knife", "GK Summary", pt(37, "KAROL", "06/30/1955"), [
        Heading("Leksell Gamma Knife Icon - Frameless Treatment"),
        "Background: breast cancer; prior whole-brain radiation (37.5 Gy in 15 fractions, 2021). "
        "Now two new lesions.",
        "On 05/06/2025 a single-session frameless treatment was given with a thermoplastic mask. "
        "Planning MRI with contrast (1 mm). CBCT for stereotactic definition and IFMM motion management. "
        "Contouring on MRI, GammaPlan, 50% isodose.",
        TextTable([("Lesion", "Site", "Marginal dose"), ("1", "Right frontal", "20 Gy"),
                   ("2", "Left cerebellar", "18 Gy")], columns=(0, 60, 200)),
    ], ["77371", "77432", "61796", "61797"], "cobalt60", [("cranial", S)] * 2, 1, ["MRI"], ["mask"],
        "GK Icon mask, two lesions; prior WBRT is history (fractions 1); CBCT not CT imaging."),
    chart("b5_38", "Yorktown Neurosurgical", "Gamma Knife", pt(38, "LIV", "08/08/1953"), [
        Heading("Gamma Knife Radiosurgery (mask-based)"),
        KeyValue([("Date", "07/29/2025"), ("Unit", "Gamma Knife Esprit"), ("Fixation", "Icon-style mask")]),
        "History: lung cancer, previous WBRT 30 Gy/10 fx (2023). Current MRI shows two metastases: left "
        "occipital (1.1 cm) and right temporal (0.7 cm). A contrast MRI was acquired for planning; "
        "cone-beam CT was used for co-registration and the HD motion monitor tracked the nose marker.",
        "Both targets contoured on the MRI; GammaPlan, 50% isodose. Delivered: left occipital 20 Gy, right temporal 22 Gy in one session.",
    ], ["77371", "77432", "61796", "61797"], "cobalt60", [("cranial", S)] * 2, 1, ["MRI"], ["mask"],
        "GK Esprit mask-based two lesions with prior WBRT history; all consistent."),

    # ----------------------------------------------------------------------------------------------
    # Situation 14: proton radiosurgery (dev_14)
    # ----------------------------------------------------------------------------------------------
    chart("b5_39", "Metro Proton Therapy Center", "Proton", pt(39, "MATEO", "04/19/1971"), [
        Heading("Proton Stereotactic Radiosurgery - Summary"),
        "Right frontal metastasis (1.0 cm, melanoma) treated with pencil-beam scanning protons: 1800 cGy(RBE) "
        "in one fraction on 03/31/2025. Thermoplastic mask; CT simulation fused with MRI; GTV + 1 mm; "
        "three proton beams. Orthogonal kV imaging before treatment.",
        "Summary: right frontal metastasis 18 Gy(RBE) x 1.",
    ], ["77372", "61796"], "particle", [("cranial", S)], 1, ["CT", "MRI"], ["mask"],
        "Proton SRS: 77372 inconsistent, no delivery code; 61796 consistent."),
    chart("b5_40", "Riverbend Proton Institute", "Proton SRS", pt(40, "NORA", "10/05/1966"), [
        Heading("Particle Radiosurgery Note"),
        KeyValue([("Modality", "Proton therapy (PBS)"), ("Target", "Left cerebellar metastasis, 1.4 cm"),
                  ("Dose", "20 Gy(RBE) in 1 fraction"), ("Date", "08/12/2025")]),
        "Mask immobilization; planning CT and MRI co-registered; GTV contoured on MRI + 1 mm; 2 fields; CBCT prior to delivery. "
        "Left cerebellar metastasis received 20 Gy(RBE).",
    ], ["77371", "61796"], "particle", [("cranial", S)], 1, ["CT", "MRI"], ["mask"],
        "Proton SRS billed as 77371: inconsistent; 61796 consistent."),
]


CORPUS = Corpus("blind_corpus5", "tests/blind_corpus5", CHARTS,
                pdf_options={"footer": FOOT, "page_numbers": "Page {n}/{total}"})
