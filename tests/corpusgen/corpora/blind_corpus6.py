"""Sixth blind corpus, ``tests/blind_corpus6/`` (regenerate: ``python scripts/make_corpus.py blind_corpus6``).

Thirty-six courses written without looking at the reader: ten multi-document bundles (a folder
``NAME/`` of consult, plan printout, fraction log, completion summary ...; the gold lists them under
``"documents"``), ten dictated plain-text notes (``NAME.txt``), three scanned charts and thirteen other
clinics' PDF printouts. Hard negatives are spread across the set (lesion labels L1-L5/T1-T3/course C1 in
brain charts, MRI sequence names, T-stage, spine lesions named by their primary, isodose/max/OAR/per-
fraction/prior-course doses, planned vs delivered, phases, a frame offered but a mask used, frame
indicator boxes, fiducials placed but not used, a consult that only recommends radiosurgery, a follow-up
MRI, a lesion dropped before treatment, untreated foci, isocenter rows, two isocenters for one lesion,
two lesions in one PTV). Five charts contradict themselves (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md; per-code
consistency and the delivery code are computed from the labelled facts with the README's code
definitions (``corpusgen.rules.consistency``), so a changed fact changes the label. Every lesion carries its
delivered total ``dose_gy`` and delivered ``fractions``.

Standard PDF fonts (Helvetica, Times, Courier) are used, so the output does not depend on the
package's font resources; text is kept to ASCII.
"""

# ruff: noqa: E501  (dictated and text documents are deliberately one long line per paragraph)

from __future__ import annotations

from typing import Any

from pdfmaker import (
    ColumnBreak,
    KeyValue,
    RuledTable,
    TextTable,
)

from corpusgen import Chart, Corpus, Document, Gold
from corpusgen.kit import FOOT, H1, H2, C, Doc, F, L, P, S, cats, sig

FIRST = ["ANA", "BORIS", "CARLA", "DORA", "EMIL", "FATIMA", "GUSTAV", "HELGA", "IGOR", "JONAS", "KARL",
         "LENA", "MARTA", "NILS", "OLGA", "PAVEL", "QUINN", "ROSA", "SVEN", "TOMAS", "URSULA", "VIKTOR",
         "WANDA", "XAVIER", "YARA", "ZENO", "ADELE", "BRUNO", "CELIA", "DARIO", "EDITH", "FELIX", "GRETA",
         "HUGO", "IRIS", "JULIAN"]


def patient(n: int) -> str:
    return f"SIXPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-60{n:02d}"


def hdr(clinic: str, n: int, extra: str = "") -> list[str]:
    line2 = f"Patient: {patient(n)}    MRN: {mrn(n)}" + (f"    {extra}" if extra else "")
    return [clinic, line2]


def txt_head(n: int, title: str, extra: str = "") -> str:
    return (f"PATIENT: {patient(n)}   MRN: {mrn(n)}{('   ' + extra) if extra else ''}\n{title}\n")


# --------------------------------------------------------------------------------------------------
# gold helpers
# --------------------------------------------------------------------------------------------------


# --------------------------------------------------------------------------------------------------
# chart specs
# --------------------------------------------------------------------------------------------------


CHARTS: list[Chart] = []


def add(*, name: str, kind: str, codes: list[str], facts: dict[str, Any], lesions: list[dict[str, Any]],
        categories: dict[str, bool], notes: str, docs: list[Document], contradiction: str | None = None) -> None:
    """A course of one ``kind`` (bundle | dictated | scan | pdf): a bundle folder of ``docs``, else one
    document ``NAME.pdf`` or ``NAME.txt``. Consistency and the delivery code are computed from the facts."""
    extra: dict[str, Any] = {"review_expected": contradiction is not None}
    if contradiction:
        extra["contradiction"] = contradiction
    gold = Gold(codes, facts["modality"], lesions, facts["fractions"], facts["imaging"], facts["positioning"],
                f"[{kind}] " + notes, categories=categories, sites=facts["sites"],
                lesion_count=facts["lesion_count"], extra=extra)
    if kind == "bundle":
        CHARTS.append(Chart(name, (), gold, documents=docs))
        return
    (doc,) = docs
    assert doc.file.startswith(name + "."), name
    if doc.text is not None:
        CHARTS.append(Chart(name, (), gold, text=doc.text))
    else:
        CHARTS.append(Chart(name, doc.pages, gold, doc.options))


# ==================================================================================================
# 1. MULTI-DOCUMENT BUNDLES
# ==================================================================================================

# b6_01 -- Gamma Knife under a Leksell frame, four brain metastases labelled L1-L4 --------------------
_c = "LAKESHORE NEUROSCIENCE INSTITUTE - Gamma Knife Center"
add(name="b6_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left occipital (L1)", "cranial", S, 20, 1), L("right cerebellar (L2)", "cranial", S, 18, 1),
             L("right frontal (L3)", "cranial", S, 20, 1), L("left parietal (L4)", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Bundle (consult, frame note + GammaPlan printout, treatment record, completion note): frame-based "
          "Gamma Knife to four metastases labelled L1-L4 (lesion numbers, not lumbar levels); MR/CT indicator "
          "box is part of the frame, not fiducials; 40/36 Gy maximum-dose column and 50-55% isodose lines are "
          "not prescriptions; 'all four lesions were treated'. All codes consistent.",
    docs=[
        Doc("1_consult.pdf", [[
            H1("Neurosurgery Consultation - Radiosurgery"),
            KeyValue([("Date of visit", "03/04/2025"), ("Referring physician", "Q. Medonc, MD (Thoracic Oncology)"),
                      ("Diagnosis", "Metastatic lung adenocarcinoma to brain (C79.31), EGFR exon 19"),
                      ("KPS", "80")]),
            H2("History of present illness"),
            P("68-year-old woman with EGFR-mutant lung adenocarcinoma on osimertinib with controlled "
              "extracranial disease. Surveillance MRI brain of 02/26/2025 (axial T1 post-contrast, T2/FLAIR, "
              "DWI) shows four enhancing lesions, numbered on the radiology report as L1 left occipital 9 mm, "
              "L2 right cerebellar hemisphere 12 mm, L3 right frontal 6 mm and L4 left parietal 5 mm. Mild "
              "T2/FLAIR signal around L2 without mass effect on the fourth ventricle. No prior cranial "
              "radiation. Neurologically intact."),
            H2("Assessment and plan"),
            P("Four small brain metastases, all under 1.5 cm and away from the optic apparatus and brainstem. "
              "Recommend single-session Gamma Knife radiosurgery to all four lesions under a Leksell frame. "
              "Risks (radiation necrosis, seizure, pin-site infection) discussed; she wishes to proceed. "
              "Treatment date set for 03/12/2025."),
            sig("R. Stereo, MD, Neurosurgery, 03/04/2025 16:10"),
        ]], opts=dict(header=hdr(_c, 1, "DOB 01/01/1957"), font="Helvetica")),
        Doc("2_frame_and_plan.pdf", [[
            H1("Stereotactic Frame Application"),
            KeyValue([("Date", "03/12/2025 06:40"), ("Frame", "Leksell Coordinate Frame G"),
                      ("Anesthesia", "Local: 1% lidocaine / 0.5% bupivacaine at four pin sites; oral lorazepam")]),
            P("The frame was positioned with a slight anterior tilt to keep the cerebellar target inside the "
              "working volume and fixed with four pins. The MR indicator box was attached for the stereotactic "
              "MRI and exchanged for the CT indicator (fiducial) box for the stereotactic CT; all indicator "
              "fiducials were identified on every slice. Frame secure, no complications."),
            H2("Stereotactic imaging"),
            P("Stereotactic MRI 03/12/2025: 1 mm T1 post-contrast (MPRAGE) and T2/FLAIR. Stereotactic CT "
              "03/12/2025, 1 mm, frame in place. Images co-registered in Leksell GammaPlan; registration "
              "checked by the physicist."),
            sig("R. Stereo, MD, Neurosurgery, 03/12/2025 07:35"),
        ], [
            H1("Leksell GammaPlan 11.3 - Treatment Plan Summary"),
            KeyValue([("Unit", "Leksell Gamma Knife Perfexion"), ("Plan", "ANA_GK_20250312"),
                      ("Session", "single session, frame-based")]),
            RuledTable([
                ("Target", "Location", "Vol (cc)", "Shots", "Coll. (mm)", "Rx (Gy)", "Isodose", "Max (Gy)", "Cov."),
                ("L1", "Lt occipital", "0.42", "3", "8, 4", "20.0", "50%", "40.0", "98%"),
                ("L2", "Rt cerebellar", "0.88", "5", "8, 4", "18.0", "50%", "36.0", "97%"),
                ("L3", "Rt frontal", "0.10", "1", "8", "20.0", "50%", "40.0", "99%"),
                ("L4", "Lt parietal", "0.07", "1", "4", "20.0", "55%", "36.4", "99%"),
            ]),
            TextTable([("Structure", "Constraint", "Achieved"), ("Brainstem", "Dmax < 12 Gy", "6.2 Gy"),
                       ("Optic chiasm", "Dmax < 8 Gy", "1.1 Gy"), ("Brain V12", "< 10 cc", "4.1 cc")],
                      columns=(0, 150, 280)),
            P("Beam-on time 84.2 min at 2.61 Gy/min. Independent second check of shot times performed by "
              "physics (agreement 0.6%)."),
            sig("R. Stereo, MD (Neurosurgery); T. Rayburn, MD (Radiation Oncology); M. Kovac, PhD, DABR "
                "(Medical Physics), 03/12/2025 09:50"),
        ]], opts=dict(header=hdr(_c, 1), font="Helvetica")),
        Doc("3_treatment_record.pdf", [[
            H1("Gamma Knife Treatment Record"),
            KeyValue([("Treatment date", "03/12/2025"), ("Session", "1 of 1"), ("Start / end", "10:42 / 12:31")]),
            P("Pre-treatment checks: frame coordinate (Leksell frame adapter / clearance) check performed and "
              "verified against the plan, collision check passed; daily output and radiation-isocenter QA "
              "within tolerance."),
            RuledTable([("Target", "Shots delivered", "Dose delivered"), ("L1 Lt occipital", "3", "20.0 Gy"),
                        ("L2 Rt cerebellar", "5", "18.0 Gy"), ("L3 Rt frontal", "1", "20.0 Gy"),
                        ("L4 Lt parietal", "1", "20.0 Gy")]),
            P("Frame removed 12:50, pin sites dressed. Discharged home with family."),
            sig("M. Kovac, PhD, DABR (Physics) and T. Rayburn, MD, 03/12/2025 13:05"),
        ]], opts=dict(header=hdr(_c, 1), font="Helvetica")),
        Doc("4_summary.txt", text=txt_head(1, "RADIATION ONCOLOGY COMPLETION NOTE - 03/12/2025") + """
Course: Gamma Knife radiosurgery, single session on 03/12/2025 on the Perfexion under a Leksell G frame.

All four lesions were treated: the left occipital lesion 20 Gy, the right cerebellar lesion 18 Gy, the right frontal lesion 20 Gy and the left parietal lesion 20 Gy, each in one fraction at the 50-55% isodose line.

She tolerated the procedure well. Dexamethasone 4 mg for three days. MRI brain in 8 weeks, then every 3 months.

T. Rayburn, MD - Radiation Oncology

""" + FOOT + "\n"),
    ])

# b6_02 -- CyberKnife lung SBRT; fiducials implanted but migrated, fiducial-free tracking used -----------
_c = "RIVERBEND CYBERKNIFE CENTER"
add(name="b6_02", kind="bundle", codes=["77373", "77435"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe", "body", None, 54, 3)],
    categories=cats(),
    notes="Bundle: CyberKnife lung SBRT 54 Gy/3 (18 Gy per fraction, 70% isodose, Dmax 77 Gy). Gold fiducials "
          "were implanted but migrated and were NOT used (Xsight Lung fiducial-free tracking), so positioning "
          "is the vacuum cushion only; cT1c is a T-stage; PET/CT registered for delineation counts.",
    docs=[
        Doc("1_consult.txt", text=txt_head(2, "THORACIC RADIATION ONCOLOGY CONSULTATION - 01/28/2025") + """
HISTORY: 76-year-old man with severe COPD (FEV1 0.9 L, 34% predicted) and a 2.1 cm right upper lobe nodule, CT-guided biopsy 01/14/2025 adenocarcinoma. PET/CT 01/20/2025: SUVmax 6.2 in the nodule, no hilar, mediastinal or distant uptake. Clinical stage cT1c N0 M0. Thoracic surgery considers him inoperable.

PLAN: Stereotactic body radiotherapy on the CyberKnife. Interventional radiology will place gold fiducial markers for tracking. Expected regimen 54 Gy in 3 fractions if the chest wall constraints are met.

A. Pulmo, MD - Radiation Oncology

""" + FOOT + "\n"),
        Doc("2_plan.pdf", [[
            H1("Fiducial Placement and Simulation"),
            P("02/03/2025, Interventional Radiology: three gold fiducial markers (0.8 x 5 mm) placed "
              "percutaneously around the right upper lobe nodule. Small apical pneumothorax, no chest tube."),
            P("02/10/2025, Simulation: supine, arms at the sides, custom Vac-Lok vacuum cushion. Planning CT "
              "1.25 mm (inhale and exhale series). On the planning CT two of the three markers have migrated "
              "into the pleural space and the remaining marker lies 4.5 cm from the nodule, so fiducial "
              "tracking is not usable. Decision: Xsight Lung fiducial-free tracking with Synchrony respiratory "
              "modelling; the implanted fiducials are not tracked. The diagnostic PET/CT of 01/20/2025 was "
              "registered to the planning CT to help delineate the GTV."),
            sig("A. Pulmo, MD, 02/10/2025"),
        ], [
            H1("Accuray Precision 3.3 - Treatment Plan Report"),
            KeyValue([("System", "CyberKnife M6, InCise 2 MLC"), ("Plan", "RUL_SBRT_v2"),
                      ("Tracking", "Xsight Lung (2-view) + Synchrony"), ("Beams / nodes", "142 / 88")]),
            RuledTable([("Structure", "Role", "Rx (Gy)", "Fx", "Gy/fx", "Isodose", "Coverage", "Dmax (Gy)"),
                        ("GTV_RUL", "target", "-", "-", "-", "-", "100%", "76.8"),
                        ("PTV_RUL", "target", "54.0", "3", "18.0", "70%", "95.6%", "77.1"),
                        ("Chest wall", "OAR", "", "", "", "", "", "31.4"),
                        ("Spinal cord", "OAR", "", "", "", "", "", "9.8"),
                        ("Bronchial tree", "OAR", "", "", "", "", "", "17.2")]),
            P("Physics: secondary MU calculation agrees within 1.8%; patient-specific QA with film "
              "(3%/1 mm gamma 97.1%) passed 02/12/2025."),
            sig("A. Pulmo, MD and L. Ortega, MS, DABR, 02/12/2025"),
        ]], opts=dict(header=hdr(_c, 2), font="Times-Roman")),
        Doc("3_fraction_log.pdf", [[
            H1("Treatment Delivery Log"),
            RuledTable([("Fx", "Date", "Dose (Gy)", "Cumulative (Gy)", "Tracking", "Correlation error"),
                        ("1", "02/17/2025", "18.0", "18.0", "Xsight Lung + Synchrony", "1.2 mm"),
                        ("2", "02/19/2025", "18.0", "36.0", "Xsight Lung + Synchrony", "0.9 mm"),
                        ("3", "02/21/2025", "18.0", "54.0", "Xsight Lung + Synchrony", "1.4 mm")]),
            P("Alignment images reviewed and approved by the physician before each fraction."),
            sig("J. Tran, RTT; A. Pulmo, MD, 02/21/2025"),
        ]], opts=dict(header=hdr(_c, 2), font="Times-Roman")),
        Doc("4_completion.txt", text=txt_head(2, "SBRT COMPLETION SUMMARY") + """
Right upper lobe adenocarcinoma (cT1c N0) treated with SBRT 54 Gy in 3 fractions of 18 Gy to PTV_RUL (70% isodose line), 02/17/2025 - 02/21/2025, CyberKnife with Xsight Lung tracking; the implanted fiducials were not used for tracking. No acute toxicity beyond grade 1 fatigue. CT chest in 3 months.

A. Pulmo, MD

""" + FOOT + "\n"),
    ])

# b6_03 -- TrueBeam HyperArc, four lesions, summary says three (contradiction) ---------------------------
_c = "NORTHGATE RADIATION ONCOLOGY"
add(name="b6_03", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 4, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left occipital", "cranial", S, 20, 1), L("right cerebellar", "cranial", S, 18, 1),
             L("right frontal", "cranial", S, 20, 1), L("left parietal", "cranial", S, 18, 1)],
    categories=cats(),
    contradiction="The treatment summary speaks of three brain metastases (left parietal omitted) while the "
                  "plan and the treatment record show four targets treated.",
    notes="Bundle with a contradiction: HyperArc plan and ARIA record show four PTVs treated in one fraction; "
          "the summary says three. Prior WBRT 30 Gy/10 is an earlier course; course ID 'C1' and isocenter row "
          "are not lesions; 2480 cGy Dmax is not a prescription.",
    docs=[
        Doc("1_plan.pdf", [[
            H1("Eclipse Plan Report - HyperArc SRS"),
            KeyValue([("Course", "C1  (SRS brain)"), ("Plan", "HA_4mets"), ("Machine", "TrueBeam STx (HD120 MLC), 6X-FFF"),
                      ("Approved", "04/07/2025")]),
            P("History: breast cancer with brain metastases, prior whole-brain radiotherapy 30 Gy in 10 "
              "fractions (06/2023, outside facility). New lesions on MRI 03/28/2025."),
            P("Simulation 04/01/2025: CT 1 mm in an Encompass (Qfix) SRS thermoplastic mask. MRI 04/02/2025 "
              "T1 post-gadolinium 1 mm fused to the planning CT (rigid registration reviewed by the physician)."),
            RuledTable([("Structure", "Rx dose", "Fx", "cGy/fx", "Rx isodose", "Dmax", "V100"),
                        ("PTV_LtOccipital", "2000 cGy", "1", "2000", "80%", "2480 cGy", "98.9%"),
                        ("PTV_R_cbllm", "1800 cGy", "1", "1800", "80%", "2210 cGy", "98.2%"),
                        ("PTV_RtFrontal", "2000 cGy", "1", "2000", "80%", "2455 cGy", "99.1%"),
                        ("PTV_LtParietal", "1800 cGy", "1", "1800", "80%", "2190 cGy", "97.6%")]),
            TextTable([("Isocenter", "Arcs", "Couch"), ("Iso 1 (single isocenter)", "4 non-coplanar VMAT arcs",
                                                      "0, 45, 315, 90")], columns=(0, 170, 330)),
        ], [
            H2("Organs at risk"),
            TextTable([("Structure", "Dmax / volume"), ("Brainstem", "720 cGy"), ("Optic chiasm", "210 cGy"),
                       ("Brain - GTV V12Gy", "6.3 cc")], columns=(0, 200)),
            P("Physics: portal dosimetry QA 04/07/2025 passed (gamma 2%/1 mm 99.6%); secondary MU check "
              "(RadCalc) within 2%."),
            sig("V. Lindqvist, MD, Radiation Oncology, 04/07/2025; P. Adeyemi, PhD, Physics, 04/07/2025"),
        ]], opts=dict(header=hdr(_c, 3), font="Helvetica")),
        Doc("2_treatment_record.pdf", [[
            H1("ARIA Treatment Record"),
            KeyValue([("Date", "04/08/2025"), ("Fraction", "1 of 1"), ("Plan", "HA_4mets")]),
            P("Set-up in Encompass mask. CBCT and AlignRT surface guidance before treatment; 6DoF couch "
              "shifts 0.8 mm / 0.3 deg applied and approved by Dr. Lindqvist. Intrafraction SGRT monitoring "
              "within 1 mm."),
            RuledTable([("Target", "Delivered"), ("PTV_LtOccipital", "2000 cGy"), ("PTV_R_cbllm", "1800 cGy"),
                        ("PTV_RtFrontal", "2000 cGy"), ("PTV_LtParietal", "1800 cGy")]),
            sig("K. Moreau, RTT; V. Lindqvist, MD, 04/08/2025"),
        ]], opts=dict(header=hdr(_c, 3), font="Helvetica")),
        Doc("3_summary.pdf", [[
            H1("Treatment Summary"),
            P("Ms. Sixpatient received single-fraction stereotactic radiosurgery to three brain metastases on "
              "04/08/2025 using HyperArc on the TrueBeam: left occipital 20 Gy, right cerebellar 18 Gy and "
              "right frontal 20 Gy. She tolerated treatment well with no acute toxicity. Follow-up MRI in two "
              "months."),
            sig("V. Lindqvist, MD, 04/10/2025"),
        ]], opts=dict(header=hdr(_c, 3), font="Helvetica")),
    ])

# b6_04 -- Versa HD spine SBRT, L4 and T11, breast primary ----------------------------------------------
_c = "HARBOR SPINE RADIOSURGERY PROGRAM"
add(name="b6_04", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L4", "spinal", None, 27, 3), L("T11", "spinal", None, 24, 3)],
    categories=cats(),
    notes="Bundle: spine SBRT to 'metastatic breast cancer to L4' and T11 (27/3 and 24/3, two isocenters), "
          "BodyFIX; a stable T6 sclerotic focus is not treated; cord/cauda maxima are OAR doses.",
    docs=[
        Doc("1_consult.pdf", [[
            H1("Radiation Oncology Consultation"),
            KeyValue([("Date", "03/04/2025"), ("Diagnosis", "Metastatic breast cancer to L4 and T11 (C79.51)")]),
            P("59-year-old woman with ER-positive breast cancer. Low back pain for six weeks. MRI total spine "
              "03/01/2025: metastatic breast cancer to L4 with posterior element involvement and epidural "
              "extension abutting the thecal sac (Bilsky 1b), and a 1.8 cm lesion in the T11 vertebral body "
              "without epidural disease. A small sclerotic focus in T6 is unchanged since 2023 and is not a "
              "target. No prior radiotherapy to the spine. ECOG 1."),
            P("Recommendation: stereotactic body radiotherapy to L4 (27 Gy in 3 fractions) and T11 (24 Gy in "
              "3 fractions), same sessions."),
            sig("S. Okafor, MD, 03/04/2025"),
        ]], opts=dict(header=hdr(_c, 4), font="Times-Roman")),
        Doc("2_sim_plan.pdf", [[
            H1("Simulation and Planning"),
            P("Simulation 03/10/2025: supine in BodyFIX (vacuum cushion with compression wrap). Planning CT "
              "1 mm. MRI total spine 03/01/2025 (T1, T2, STIR) rigidly registered per level."),
            RuledTable([("Target", "Rx", "Fx", "Gy/fx", "Coverage", "Max"),
                        ("PTV_L4", "27 Gy", "3", "9 Gy", "90%", "31.2 Gy"),
                        ("PTV_T11", "24 Gy", "3", "8 Gy", "92%", "27.8 Gy")]),
            TextTable([("OAR", "Constraint", "Achieved"), ("Spinal cord (T11)", "Dmax < 21.9 Gy", "20.3 Gy"),
                       ("Cauda equina", "Dmax < 25.5 Gy", "22.1 Gy"), ("Bowel", "D5cc < 25 Gy", "17.0 Gy")],
                      columns=(0, 160, 300)),
        ], [
            H2("Beam arrangement"),
            TextTable([("Isocenter", "Target", "Arcs"), ("ISO_1", "PTV_L4", "2 VMAT arcs, 6X-FFF, Agility"),
                       ("ISO_2", "PTV_T11", "2 VMAT arcs, 6X-FFF, Agility")], columns=(0, 100, 200)),
            P("Monaco 6.1, Monte Carlo 2 mm grid. Patient-specific QA ArcCHECK 98.7% (3%/2 mm). Plan "
              "approved 03/13/2025."),
            sig("S. Okafor, MD; D. Feld, MS, DABR, 03/13/2025"),
        ]], opts=dict(header=hdr(_c, 4), font="Times-Roman")),
        Doc("3_treatment_notes.txt", text=txt_head(4, "THERAPY TREATMENT NOTES - Versa HD") + """
03/17/2025 Fx 1/3. BodyFIX set-up. XVI CBCT per isocenter, HexaPOD 6D correction (max 1.1 mm, 0.6 deg), images approved by Dr. Okafor. ISO_1 and ISO_2 treated.

03/19/2025 Fx 2/3. Same set-up. CBCT per isocenter, corrections < 1 mm. Approved. Both isocenters treated.

03/21/2025 Fx 3/3. CBCT, 6D correction 0.7 mm. Approved. Treatment complete.

""" + FOOT + "\n"),
        Doc("4_summary.pdf", [[
            H1("Completion Summary"),
            P("SBRT completed 03/17/2025 - 03/21/2025 on the Versa HD: L4 27 Gy in 3 fractions and T11 "
              "24 Gy in 3 fractions. Both lesions were treated as planned. Back pain improved. MRI spine in "
              "three months."),
            sig("S. Okafor, MD, 03/21/2025"),
        ]], opts=dict(header=hdr(_c, 4), font="Times-Roman")),
    ])

# b6_05 -- Edge fSRS: large resection cavity (complex by size) + small cerebellar met; follow-up note ------
_c = "WESTFIELD CANCER CENTER - Radiation Oncology"
add(name="b6_05", kind="bundle", codes=["77373", "77435", "61798", "61797"],
    facts=F("linac", ["cranial"], 2, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal resection cavity", "cranial", C, 25, 5), L("right cerebellar", "cranial", S, 30, 5)],
    categories=cats(),
    notes="Bundle: Edge fSRS 25 Gy/5 to a 3.8 cm left frontal cavity (complex by size) and 30 Gy/5 to a 7 mm "
          "right cerebellar metastasis; the follow-up note's diagnostic MRI and a new untreated 4 mm temporal "
          "focus are not part of the course. 61798 first + 61797 additional simple.",
    docs=[
        Doc("1_consult.pdf", [[
            H1("Radiation Oncology Consultation (post-operative)"),
            KeyValue([("Date", "03/31/2025"), ("Diagnosis", "Metastatic melanoma to brain")]),
            P("54-year-old man, left frontal craniotomy 03/14/2025 for a 4.6 cm hemorrhagic melanoma "
              "metastasis, gross total resection. Post-operative MRI 03/25/2025: resection cavity 3.8 cm in "
              "largest dimension; separate 7 mm enhancing lesion in the right cerebellar hemisphere, not "
              "resected."),
            P("Plan: fractionated stereotactic radiotherapy, 25 Gy in 5 fractions to the cavity and 30 Gy in "
              "5 fractions to the right cerebellar metastasis, frameless mask."),
            sig("H. Brandt, MD, 03/31/2025"),
        ]], opts=dict(header=hdr(_c, 5), font="Helvetica")),
        Doc("2_plan.pdf", [[
            H1("Edge SRS/SRT Plan Summary"),
            P("CT simulation 04/07/2025, 1 mm, Encompass frameless mask. MRI brain 04/07/2025 (3D T1 "
              "post-contrast, FLAIR) fused."),
            RuledTable([("Target", "Largest dim.", "Rx", "Dose/fx", "Fx", "IDL", "Dmax"),
                        ("PTV_Cavity_LtFrontal", "3.8 cm", "2500 cGy", "500 cGy", "5", "80%", "3090 cGy"),
                        ("PTV_R_cbllm", "0.7 cm", "3000 cGy", "600 cGy", "5", "80%", "3720 cGy")]),
            P("Single isocenter, 5 VMAT arcs (6X-FFF, HD120). Brainstem Dmax 1510 cGy; optic apparatus "
              "Dmax 620 cGy. OSMS surface monitoring plus CBCT before each fraction. Portal dosimetry QA "
              "passed 04/10/2025."),
            sig("H. Brandt, MD; I. Salo, MS, DABR, 04/10/2025"),
        ]], opts=dict(header=hdr(_c, 5), font="Helvetica")),
        Doc("3_record.pdf", [[
            H1("Fraction Record"),
            RuledTable([("Date", "Fx", "Cavity (cGy)", "R cbllm (cGy)", "IGRT"),
                        ("04/14/2025", "1", "500", "600", "CBCT + OSMS, approved"),
                        ("04/15/2025", "2", "500", "600", "CBCT + OSMS, approved"),
                        ("04/16/2025", "3", "500", "600", "CBCT + OSMS, approved"),
                        ("04/17/2025", "4", "500", "600", "CBCT + OSMS, approved"),
                        ("04/18/2025", "5", "500", "600", "CBCT + OSMS, approved"),
                        ("Total", "5", "2500", "3000", "")]),
            sig("H. Brandt, MD, 04/18/2025"),
        ]], opts=dict(header=hdr(_c, 5), font="Helvetica")),
        Doc("4_followup.txt", text=txt_head(5, "FOLLOW-UP VISIT - 07/21/2025") + """
Three months after fractionated SRS (cavity 25 Gy/5, right cerebellar lesion 30 Gy/5, completed 04/18/2025).

MRI brain 07/15/2025 (diagnostic, T1 post-contrast and FLAIR): the left frontal cavity is stable with thin rim enhancement; the right cerebellar lesion is smaller (4 mm). There is a new 4 mm enhancing focus in the right temporal lobe, not seen before. Given its size we will observe it with a repeat MRI in 6 weeks; no treatment today.

H. Brandt, MD

""" + FOOT + "\n"),
    ])

# b6_06 -- Unity MR-linac liver SBRT; summary dose 45 Gy vs plan and log 50 Gy (contradiction) ----------
_c = "CENTRAL HOSPITAL - MR-LINAC PROGRAM"
add(name="b6_06", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("liver segment 6 HCC", "body", None, 50, 5)],
    categories=cats(),
    contradiction="The completion summary states 45 Gy in 5 fractions, while the plan prescribes and the "
                  "fraction log records 50 Gy in 5 fractions of 10 Gy.",
    notes="Bundle with a contradiction: Elekta Unity liver SBRT, plan and daily log 50 Gy/5, completion summary "
          "says 45 Gy; duodenum/stomach doses are OAR values; daily MRI is image guidance.",
    docs=[
        Doc("1_consult.pdf", [[
            H1("Radiation Oncology Consultation - Liver"),
            KeyValue([("Date", "04/22/2025"), ("Referred by", "Hepatology tumour board")]),
            P("63-year-old woman with hepatitis C cirrhosis (Child-Pugh A5) and a 3.1 cm LI-RADS 5 "
              "hepatocellular carcinoma in segment 6 abutting the hepatic flexure. Not a candidate for "
              "ablation because of the bowel contact; TACE declined. ECOG 0."),
            P("Recommendation: MR-guided SBRT on the Unity, 50 Gy in 5 fractions, with daily adaptation to "
              "keep the duodenum and colon below tolerance."),
            sig("N. Haddad, MD, 04/22/2025"),
        ]], opts=dict(header=hdr(_c, 6), font="Helvetica")),
        Doc("2_plan.pdf", [[
            H1("Elekta Unity - SBRT Prescription and Plan"),
            KeyValue([("Diagnosis", "Hepatocellular carcinoma, segment 6, 3.1 cm (C22.0)"),
                      ("Prescription", "50 Gy in 5 fractions, 10 Gy per fraction, to PTV_Seg6"),
                      ("Planning system", "Monaco 6 (adapt-to-shape daily)"),
                      ("Technique", "step-and-shoot IMRT, 9 beams, 7 MV FFF")]),
            P("Simulation 05/05/2025: supine in a vacuum cushion with knee support, arms above the head. "
              "Planning CT 2 mm (exhale breath-hold) and 1.5 T MRI on the Unity (T2 and contrast-enhanced T1) "
              "registered for the GTV."),
            TextTable([("Structure", "Objective", "Plan"), ("PTV_Seg6", "V100% >= 95%", "95.8%"),
                       ("Duodenum", "D0.5cc < 30 Gy", "28.4 Gy"), ("Stomach", "D0.5cc < 32 Gy", "26.1 Gy"),
                       ("Liver - GTV", "mean < 13 Gy", "11.2 Gy")], columns=(0, 150, 290)),
            P("Physics plan check and independent MU calculation completed 05/09/2025."),
            sig("N. Haddad, MD; E. Virtanen, PhD, 05/09/2025"),
        ]], opts=dict(header=hdr(_c, 6), font="Helvetica")),
        Doc("3_fraction_log.pdf", [[
            H1("Daily Adaptive Treatment Log"),
            RuledTable([("Fx", "Date", "Workflow", "Dose (Gy)", "Cumulative (Gy)", "Monitoring"),
                        ("1", "05/12/2025", "ATS", "10.0", "10.0", "cine MRI, gated"),
                        ("2", "05/14/2025", "ATS", "10.0", "20.0", "cine MRI, gated"),
                        ("3", "05/16/2025", "ATP", "10.0", "30.0", "cine MRI, gated"),
                        ("4", "05/19/2025", "ATS", "10.0", "40.0", "cine MRI, gated"),
                        ("5", "05/21/2025", "ATS", "10.0", "50.0", "cine MRI, gated")]),
            P("Each fraction: 3D T2 MRI before treatment, contours adapted and approved by the physician; "
              "adapted plan verified by the physicist (independent calculation) before beam-on."),
            sig("N. Haddad, MD, 05/21/2025"),
        ]], opts=dict(header=hdr(_c, 6), font="Helvetica")),
        Doc("4_completion_summary.txt", text=txt_head(6, "TREATMENT COMPLETION SUMMARY") + """
Ms. Sixpatient completed MR-guided SBRT on the Elekta Unity from 05/12/2025 to 05/21/2025. She received 45 Gy in 5 fractions to the segment 6 hepatocellular carcinoma. Mild nausea, grade 1. Triphasic CT in 6 weeks.

N. Haddad, MD

""" + FOOT + "\n"),
    ])

# b6_07 -- CyberKnife prostate SBRT with fiducial tracking; 77432 wrongly claimed ------------------------
_c = "SUMMIT CYBERKNIFE"
add(name="b6_07", kind="bundle", codes=["77373", "77435", "77432"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Bundle: CyberKnife prostate SBRT 36.25 Gy/5 with four gold fiducials tracked and a Vac-Lok; cT1c "
          "is a T-stage; urethra Dmax 38.9 Gy is an OAR value. 77432 (single-session cranial management) "
          "claimed by mistake: inconsistent.",
    docs=[
        Doc("1_consult.txt", text=txt_head(7, "RADIATION ONCOLOGY CONSULT - 04/08/2025") + """
HISTORY OF PRESENT ILLNESS: 67-year-old man with favorable intermediate-risk adenocarcinoma of the prostate, Gleason 3+4=7 in 3 of 12 cores, PSA 7.2 ng/mL, clinical stage cT1c. Prostate volume 38 cc. IPSS 6.

RECOMMENDATION: Stereotactic body radiotherapy, 36.25 Gy in 5 fractions on the CyberKnife with fiducial tracking, preceded by transperineal fiducial marker and rectal spacer placement. No androgen deprivation.

B. Nakamura, MD

""" + FOOT + "\n"),
        Doc("2_procedure_note.pdf", [[
            H1("Procedure Note - Fiducial Markers and Rectal Spacer"),
            KeyValue([("Date", "05/02/2025"), ("Anesthesia", "monitored anesthesia care")]),
            P("Under transrectal ultrasound guidance four gold fiducial markers (1.2 x 3 mm) were placed "
              "transperineally at the base and apex bilaterally, and 10 mL SpaceOAR hydrogel was injected "
              "into the perirectal space. No complications."),
            sig("B. Nakamura, MD, 05/02/2025"),
        ]], opts=dict(header=hdr(_c, 7), font="Times-Roman")),
        Doc("3_plan.pdf", [[
            H1("CyberKnife Treatment Plan - Prostate SBRT"),
            P("Simulation 05/12/2025: supine, custom Vac-Lok cushion with knee and foot rests; planning CT "
              "1.25 mm; MRI pelvis (T2 axial 2 mm) the same day, fused on the fiducials."),
            KeyValue([("Tracking", "fiducial tracking (4 markers), InTempo adaptive imaging"),
                      ("Planning", "Accuray Precision, Iris collimator, 186 beams"),
                      ("Prescription", "3625 cGy in 5 fractions (725 cGy/fx) to PTV_Prostate, 80% isodose")]),
            TextTable([("Structure", "Limit", "Plan"), ("PTV_Prostate", "V3625 >= 95%", "96.2%"),
                       ("Rectum", "V36Gy < 1 cc", "0.3 cc"), ("Urethra", "Dmax < 40 Gy", "38.9 Gy"),
                       ("Bladder", "V37Gy < 10 cc", "4.6 cc")], columns=(0, 150, 290)),
            P("Patient-specific QA (film, 2%/2 mm) passed 05/15/2025."),
            sig("B. Nakamura, MD; C. Ibarra, MS, 05/15/2025"),
        ]], opts=dict(header=hdr(_c, 7), font="Times-Roman")),
        Doc("4_treatment_summary.pdf", [[
            H1("Treatment Summary"),
            RuledTable([("Fx", "Date", "Dose", "Tracking"),
                        ("1", "05/19/2025", "725 cGy", "fiducials, 4/4 tracked"),
                        ("2", "05/21/2025", "725 cGy", "fiducials, 4/4 tracked"),
                        ("3", "05/23/2025", "725 cGy", "fiducials, 4/4 tracked"),
                        ("4", "05/27/2025", "725 cGy", "fiducials, 4/4 tracked"),
                        ("5", "05/29/2025", "725 cGy", "fiducials, 4/4 tracked")]),
            P("Total delivered: 3625 cGy in 5 fractions to the prostate. Grade 1 urinary frequency. PSA in "
              "3 months."),
            sig("B. Nakamura, MD, 05/29/2025"),
        ]], opts=dict(header=hdr(_c, 7), font="Times-Roman")),
    ])

# b6_08 -- Gamma Knife Icon, mask, 3 fractions, vestibular schwannoma; frame offered but declined ------
_c = "KINGS CROSS GAMMA KNIFE CENTRE"
add(name="b6_08", kind="bundle", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 3, ["MRI"], ["mask"]),
    lesions=[L("right vestibular schwannoma", "cranial", C, 18, 3)],
    categories=cats(),
    notes="Bundle: mask-based Gamma Knife Icon, 18 Gy in 3 fractions (6 Gy each at 50%, max 36 Gy) for a "
          "vestibular schwannoma (complex). Frame offered but declined; CBCT at the Icon is not planning "
          "imaging (MRI only). Single-session codes 77371/77432 and frame code 61800 inconsistent; 61798 "
          "consistent; delivery code 77373; the 6-month surveillance MRI is follow-up, not planning imaging.",
    docs=[
        Doc("1_consult.pdf", [[
            H1("Neurosurgical Consultation"),
            KeyValue([("Date", "05/20/2025"), ("Diagnosis", "Right vestibular schwannoma, Koos II, 1.9 cm")]),
            P("61-year-old woman with progressive right-sided tinnitus and mild hearing loss (serviceable "
              "hearing, PTA 38 dB). MRI IAC 05/02/2025 shows a 1.9 cm right vestibular schwannoma with growth "
              "of 3 mm in a year."),
            P("Options discussed: observation, microsurgery, single-session Gamma Knife radiosurgery under a "
              "Leksell frame, or frameless mask-based fractionated Gamma Knife on the Icon. She does not want "
              "pins and chose the mask-based treatment in 3 fractions."),
            sig("F. Ellery, FRCS, 05/20/2025"),
        ]], opts=dict(header=hdr(_c, 8), font="Helvetica")),
        Doc("2_plan.pdf", [[
            H1("Leksell GammaPlan - Fractionated Plan (Icon)"),
            P("Planning MRI 06/03/2025: 3D T1 post-contrast (MPRAGE) and T2 CISS, 1 mm. No planning CT; "
              "stereotactic reference defined by the Icon CBCT at the first fraction. Immobilisation: Icon "
              "thermoplastic mask with the high-definition motion management (HDMM) nose marker."),
            RuledTable([("Target", "Shots", "Coll.", "Dose/fx", "Fx", "Total", "Isodose", "Max/fx"),
                        ("Rt VS", "11", "4, 8 mm", "6 Gy", "3", "18 Gy", "50%", "12 Gy")]),
            TextTable([("Structure", "Total (3 fx)"), ("Cochlea mean", "3.9 Gy"), ("Brainstem max", "9.0 Gy"),
                       ("Facial nerve course max", "17.5 Gy")], columns=(0, 200)),
            sig("F. Ellery, FRCS; R. Ahmed, MD (Clinical Oncology); S. Lowe, MPE, 06/05/2025"),
        ]], opts=dict(header=hdr(_c, 8), font="Helvetica")),
        Doc("3_treatment_record.pdf", [[
            H1("Gamma Knife Icon Treatment Record"),
            RuledTable([("Fraction", "Date", "CBCT co-registration", "HDMM max motion", "Dose"),
                        ("1 of 3", "06/10/2025", "accepted, 0.4 mm", "0.9 mm", "6 Gy"),
                        ("2 of 3", "06/11/2025", "accepted, 0.6 mm", "1.1 mm", "6 Gy"),
                        ("3 of 3", "06/12/2025", "accepted, 0.3 mm", "0.8 mm", "6 Gy")]),
            P("Daily Icon QA passed. Course complete: 18 Gy in 3 fractions to the right vestibular "
              "schwannoma."),
            sig("S. Lowe, MPE; R. Ahmed, MD, 06/12/2025"),
        ]], opts=dict(header=hdr(_c, 8), font="Helvetica")),
        Doc("4_followup.txt", text=txt_head(8, "CLINIC LETTER - 6 MONTH REVIEW, 12/15/2025") + """
Dear Dr. Hale, I reviewed Mrs. Sixpatient six months after fractionated Gamma Knife radiosurgery (18 Gy in 3 fractions, completed 06/12/2025) for her right vestibular schwannoma.

Surveillance MRI of the internal auditory meati on 12/08/2025 (T1 post-contrast and T2 CISS) shows the expected central loss of enhancement with transient enlargement of 1 mm. Hearing is unchanged on today's audiogram. No facial weakness. Next MRI in 12 months.

F. Ellery, FRCS

""" + FOOT + "\n"),
    ])

# b6_09 -- TrueBeam adrenal SBRT stopped after 3 of 5 planned fractions ----------------------------------
_c = "VALLEY REGIONAL CANCER CENTER"
add(name="b6_09", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT"], ["body_immobilization"]),
    lesions=[L("left adrenal", "body", None, 24, 3)],
    categories=cats(),
    contradiction="Prescribed 40 Gy in 5 fractions but the course was stopped after 3 fractions (24 Gy "
                  "delivered): planned and delivered fractions differ.",
    notes="Bundle, interrupted course: 40 Gy/5 planned, fractions 4-5 cancelled (admission), 24 Gy/3 "
          "delivered; facts are the delivered ones; last year's outside PET/CT is historical (imaging CT only).",
    docs=[
        Doc("1_consult.txt", text=txt_head(9, "RADIATION ONCOLOGY CONSULTATION - 05/14/2025") + """
Mr. Sixpatient is a 70-year-old man with stage IV NSCLC (adenocarcinoma, PD-L1 60%) on pembrolizumab with a single progressing 2.8 cm left adrenal metastasis; the thoracic disease is controlled. PET/CT last year at the outside hospital showed no other sites.

Recommendation: SBRT to the left adrenal metastasis, 40 Gy in 5 fractions, continuing immunotherapy.

O. Mensah, MD

""" + FOOT + "\n"),
        Doc("2_plan.pdf", [[
            H1("SBRT Prescription / Plan - Left Adrenal"),
            KeyValue([("Diagnosis", "NSCLC, oligometastasis to the left adrenal gland, 2.8 cm"),
                      ("Prescription", "40 Gy in 5 fractions of 8 Gy to PTV_LAdrenal"),
                      ("Machine", "Varian TrueBeam, 6X-FFF, 2 VMAT arcs (Eclipse 16.1)")]),
            P("4DCT simulation 05/26/2025 in a Vac-Lok cushion with an abdominal compression belt; ITV from "
              "the 10 phases."),
            TextTable([("Structure", "Constraint", "Plan"), ("PTV_LAdrenal", "V100% >= 95%", "96.4%"),
                       ("Left kidney", "V17.5Gy < 200 cc", "41 cc"), ("Stomach", "D0.5cc < 32 Gy", "24.3 Gy"),
                       ("Spinal cord", "Dmax < 28 Gy", "12.9 Gy")], columns=(0, 150, 290)),
            P("Portal dosimetry QA passed 05/29/2025 (99.2%)."),
            sig("O. Mensah, MD; Y. Park, MS, DABR, 05/29/2025"),
        ]], opts=dict(header=hdr(_c, 9), font="Times-Roman")),
        Doc("3_fraction_log.pdf", [[
            H1("Fraction Log"),
            RuledTable([("Fx", "Date", "Status", "Dose", "IGRT"),
                        ("1", "06/02/2025", "treated", "8 Gy", "CBCT, approved"),
                        ("2", "06/04/2025", "treated", "8 Gy", "CBCT, approved"),
                        ("3", "06/06/2025", "treated", "8 Gy", "CBCT, approved"),
                        ("4", "06/09/2025", "NOT TREATED - inpatient admission", "-", "-"),
                        ("5", "06/11/2025", "NOT TREATED - cancelled", "-", "-")]),
            P("Cumulative delivered dose: 24 Gy."),
        ]], opts=dict(header=hdr(_c, 9), font="Times-Roman")),
        Doc("4_completion_summary.pdf", [[
            H1("End of Treatment Summary"),
            P("Mr. Sixpatient was admitted with pneumonia on 06/08/2025. The course was discontinued after "
              "3 of 5 planned fractions: 24 Gy of the prescribed 40 Gy was delivered to the left adrenal "
              "metastasis (06/02/2025 - 06/06/2025). After discussion he does not wish to resume; we will "
              "re-image in 8 weeks."),
            sig("O. Mensah, MD, 06/20/2025"),
        ]], opts=dict(header=hdr(_c, 9), font="Times-Roman")),
    ])

# b6_10 -- proton SBRT to liver ------------------------------------------------------------------------
_c = "MERIDIAN PROTON THERAPY CENTER"
add(name="b6_10", kind="bundle", codes=["77373", "77435"],
    facts=F("particle", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment 8 HCC", "body", None, 40, 5)],
    categories=cats(),
    notes="Bundle: pencil-beam proton SBRT 40 GyRBE in 5 fractions to liver HCC with fiducials used for daily "
          "kV alignment; photon delivery code 77373 inconsistent and no delivery code; 77435 (management of a "
          "1-5 fraction course) consistent.",
    docs=[
        Doc("1_consult.txt", text=txt_head(10, "CONSULTATION - 06/30/2025") + """
Mr. Sixpatient is a 72-year-old man with Child-Pugh A6 cirrhosis and a 4.2 cm hepatocellular carcinoma in segment 8, LI-RADS 5, AFP 48. Not a transplant or resection candidate; prior TACE 2024 with residual enhancement.

Plan: hypofractionated proton therapy (stereotactic, 5 fractions) to limit dose to the uninvolved liver. Fiducial markers will be placed for image guidance.

J. Whitcombe, MD

""" + FOOT + "\n"),
        Doc("2_plan.pdf", [[
            H1("Proton Treatment Plan - RayStation 2024A"),
            KeyValue([("Technique", "pencil beam scanning, 2 fields (RAO, RPO), robust optimised"),
                      ("Prescription", "40 GyRBE in 5 fractions (8 GyRBE per fraction) to CTV_Seg8"),
                      ("Gantry", "ProteusPLUS room 2")]),
            P("07/01/2025 three gold fiducials placed percutaneously around the tumour. Simulation 07/08/2025: "
              "supine in a Vac-Lok cushion, exhale breath-hold; 4DCT and contrast CT 2 mm; MRI liver "
              "(gadoxetate) registered for the GTV."),
            TextTable([("Structure", "Objective", "Plan"), ("CTV_Seg8", "D98 >= 95%", "98.1%"),
                       ("Liver - GTV", "mean < 15 GyRBE", "9.7 GyRBE"),
                       ("Bowel", "Dmax < 30 GyRBE", "14.2 GyRBE")], columns=(0, 150, 290)),
            P("Patient-specific QA (MatriXX at two depths) passed 07/11/2025."),
            sig("J. Whitcombe, MD; A. Dubois, PhD, 07/11/2025"),
        ]], opts=dict(header=hdr(_c, 10), font="Helvetica")),
        Doc("3_treatment_record.pdf", [[
            H1("Proton Treatment Record"),
            RuledTable([("Fx", "Date", "Alignment", "Dose (GyRBE)"),
                        ("1", "07/14/2025", "orthogonal kV on fiducials + CBCT", "8"),
                        ("2", "07/16/2025", "orthogonal kV on fiducials + CBCT", "8"),
                        ("3", "07/18/2025", "orthogonal kV on fiducials + CBCT", "8"),
                        ("4", "07/21/2025", "orthogonal kV on fiducials + CBCT", "8"),
                        ("5", "07/23/2025", "orthogonal kV on fiducials + CBCT", "8")]),
            P("Course complete: 40 GyRBE in 5 fractions to the segment 8 HCC."),
            sig("J. Whitcombe, MD, 07/23/2025"),
        ]], opts=dict(header=hdr(_c, 10), font="Helvetica")),
        Doc("4_completion.txt", text=txt_head(10, "END OF TREATMENT NOTE - 07/23/2025") + """
Completed hypofractionated proton therapy to the segment 8 hepatocellular carcinoma: 40 GyRBE in 5 fractions, 07/14/2025 to 07/23/2025, pencil beam scanning with daily fiducial-based kV alignment. Tolerated well, grade 1 fatigue, no nausea. Liver MRI and AFP in 3 months.

J. Whitcombe, MD

""" + FOOT + "\n"),
    ])

# ==================================================================================================
# 2. DICTATED NOTES (.txt, voice-recognition style)
# ==================================================================================================

add(name="b6_11", kind="dictated", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Dictated Gamma Knife trigeminal neuralgia (functional target, complex) 80 Gy single shot at the 100% "
          "isodose under a Leksell frame; MRI fiducial box is part of the frame; 16 Gy brainstem value is an "
          "OAR dose; no CT.",
    docs=[Doc("b6_11.txt", text=txt_head(11, "GAMMA KNIFE RADIOSURGERY PROCEDURE NOTE", "DOS: 08/05/2025") + """
DICTATED BY: W. Castellanos, MD, Neurosurgery. Dictated but not read.

DIAGNOSIS: Right trigeminal neuralgia, V2 and V3 distribution, typical type one, refractory to carbamazepine and oxcarbazepine period

HISTORY OF PRESENT ILLNESS: Mr. Sixpatient is a seventy-one-year-old gentleman with a six year history of lancinating right facial pain in the cheek and jaw triggered by chewing and cold air, he has failed carbamazepine up to 1200 mg a day because of hyponatremia and then oxcarbazepine because of dizziness, he was offered microvascular decompression and declined open surgery, he presents today for Gamma Knife radiosurgery period

PROCEDURE: This morning the Leksell G frame was applied under local anesthesia with four pins without difficulty, the MRI fiducial box was attached and a stereotactic MRI was obtained with one millimeter T1 post contrast and CISS sequences, no CT was needed, the images were imported into GammaPlan and the right trigeminal nerve was targeted at the root entry zone approximately seven millimeters anterior to the pons, we used a single four millimeter shot and prescribed eighty Gray to the one hundred percent isodose line, the brainstem surface receives approximately sixteen Gray at the twenty percent isodose, the plan was reviewed with Dr. Ito from radiation oncology and the physicist, the frame coordinates were verified by the physicist prior to treatment and the treatment was delivered on the Leksell Gamma Knife Icon in a single session, total treatment time was fifty-eight minutes, the frame was removed and the pin sites were dressed period

DISPOSITION: He tolerated the procedure well and was discharged home, he will stay on his current medication and follow up in clinic in three months, we discussed the expected delay of several weeks before pain relief and the risk of facial numbness period

W. Castellanos, MD / K. Ito, MD / physicist A. Novak

""" + FOOT + "\n")])

add(name="b6_12", kind="dictated", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left cerebellar (L1)", "cranial", S, 20, 1), L("right parietal (L2)", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Dictated Novalis SRS to two lesions labelled L1 and L2 (20 and 18 Gy); a third focus L3 resolved and "
          "was not treated; prior WBRT 30 Gy in 10 fractions is an earlier course.",
    docs=[Doc("b6_12.txt", text=txt_head(12, "RADIATION ONCOLOGY - STEREOTACTIC RADIOSURGERY TREATMENT NOTE",
                                          "DATE: 08/12/2025") + """
HISTORY OF PRESENT ILLNESS: Ms. Sixpatient is a fifty-two-year-old woman with HER2 positive breast cancer who received whole brain radiation therapy thirty Gray in ten fractions in March 2022 and now has two new brain metastases on the MRI of 08/01/2025, on the T1 post contrast sequence lesion L1 is in the left cerebellar hemisphere measuring eight millimeters and lesion L2 is in the right parietal lobe measuring eleven millimeters with minimal FLAIR signal, a punctate right occipital focus called L3 on the July MRI is no longer visible on the planning MRI and was not treated.

SIMULATION AND PLANNING: CT simulation was performed on 08/06/2025 with one millimeter slices in a Brainlab frameless mask and fused with the volumetric T1 post contrast MRI, the targets were contoured and planned in Brainlab Elements Multiple Brain Mets with a single isocenter and five dynamic conformal arcs, prescription twenty Gray to L1 and eighteen Gray to L2 in one fraction at the eighty percent isodose line, brainstem maximum four point one Gray, normal brain V12 three point two cc, physics second check was completed.

TREATMENT: On 08/12/2025 the patient was treated on the Novalis Tx in a single fraction, ExacTrac stereoscopic x-ray verification with six degree of freedom robotic couch correction was performed before each arc and approved by me, L1 received twenty Gray and L2 received eighteen Gray.

PLAN: MRI brain in eight weeks. Continue trastuzumab deruxtecan.

D. Falk, MD

""" + FOOT + "\n")])

add(name="b6_13", kind="dictated", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT"], ["body_immobilization"]),
    lesions=[L("left upper lobe", "body", None, 54, 3)],
    categories=cats(),
    notes="Dictated TrueBeam lung SBRT 'fifty-four Gray in three fractions' ('eighteen Gray times three'); "
          "T1b N0 is a T-stage; PET recommended but not obtained (does not count).",
    docs=[Doc("b6_13.txt", text=txt_head(13, "SBRT COMPLETION NOTE (DICTATED)", "DATE: 09/10/2025") + """
HISTORY OF PRESENT ILLNESS: This is a seventy-nine-year-old woman with a biopsy proven squamous cell carcinoma of the left upper lobe, peripheral, one point six centimeters, clinical stage IA2 T1b N0 M0, she is not an operative candidate because of pulmonary fibrosis and oxygen dependence, a PET CT was recommended but was not obtained because of an insurance denial period

TREATMENT PLANNING: She underwent four dimensional CT simulation on 08/27/2025 supine with arms above the head on a wing board in a Vac-Lok bag, an ITV was generated from the maximum intensity projection and a five millimeter PTV margin was added, the plan was calculated in Eclipse with two partial VMAT arcs six FFF, the prescription was fifty-four Gray in three fractions, eighteen Gray times three, to cover ninety-five percent of the PTV, chest wall V30 was twelve cc and the ribs maximum was forty-one Gray, patient specific QA with portal dosimetry passed period

TREATMENT DELIVERED: She was treated on the TrueBeam on 09/03, 09/05 and 09/08/2025, cone beam CT was obtained before each fraction and the shifts were reviewed and approved by me prior to treatment, she received the full fifty-four Gray in three fractions to the left upper lobe tumor.

ASSESSMENT: Tolerated well, mild fatigue, no cough or chest wall pain. CT chest in three months.

G. Holm, MD

""" + FOOT + "\n")])

add(name="b6_14", kind="dictated", codes=["77373", "77435", "63620"],
    facts=F("robotic_linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T9", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Dictated CyberKnife spine SBRT for 'metastatic renal cell carcinoma to T9', 24 Gy in 2 fractions at "
          "the 78% isodose; prior conventional 30 Gy/10 to T8-T10 is an earlier course; no fiducials "
          "(Xsight Spine); cord maximum is an OAR dose.",
    docs=[Doc("b6_14.txt", text=txt_head(14, "CYBERKNIFE SPINE RADIOSURGERY NOTE", "DOS 10/06/2025 - 10/07/2025") + """
HISTORY OF PRESENT ILLNESS: Mr. Sixpatient is a sixty-four-year-old man with metastatic renal cell carcinoma to T9 with progressive mid back pain, he had conventional palliative radiation to T8 through T10 thirty Gray in ten fractions in 2023 and now has progression in the T9 vertebral body and left pedicle without cord compression, given the radioresistant histology and prior radiation we recommended stereotactic re-irradiation.

PLANNING: CT simulation was performed with one point two five millimeter slices supine in a Vac-Lok vacuum cushion and fused with an MRI of the thoracic spine with T1 and T2 sequences, tracking with Xsight Spine, no fiducials were needed, the plan was generated in Precision with the Iris collimator and one hundred sixty-two beams, prescription twenty-four Gray in two fractions of twelve Gray to the seventy-eight percent isodose line, the spinal cord maximum point dose was fourteen point two Gray cumulative for this course, patient specific QA passed.

TREATMENT: He was treated on the CyberKnife on 10/06/2025 and 10/07/2025, Xsight Spine tracking images were acquired throughout and corrections were within tolerance, he received twenty-four Gray in two fractions to T9.

PLAN: Follow up MRI in three months, continue cabozantinib.

R. Delgado, MD

""" + FOOT + "\n")])

add(name="b6_15", kind="dictated", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F(None, [], None, None, [], []),
    lesions=[],
    categories=cats(False, False, False, False, False),
    notes="Dictated consult that only RECOMMENDS frame-based Gamma Knife for three lesions: no delivered course "
          "(lesion_count and fractions null, no modality, no planning imaging: the MRI reviewed is the "
          "diagnostic study and the thin-slice MRI is planned only; frame not yet applied). All claimed codes "
          "inconsistent, no delivery code.",
    docs=[Doc("b6_15.txt", text=txt_head(15, "RADIOSURGERY CONSULTATION", "DATE 09/15/2025") + """
REASON FOR CONSULTATION: Brain metastases, evaluation for radiosurgery.

HISTORY OF PRESENT ILLNESS: Ms. Sixpatient is a fifty-eight-year-old woman with metastatic melanoma on nivolumab who had an MRI of the brain with and without contrast on 09/09/2025 at an outside facility which I have reviewed, the T1 post contrast images show three enhancing lesions in the left frontal lobe seven millimeters, the right temporal lobe nine millimeters and the left cerebellar hemisphere five millimeters, there is minimal surrounding T2/FLAIR signal, she is neurologically intact with a KPS of ninety.

ASSESSMENT AND PLAN: Three small brain metastases in a patient with controlled extracranial disease. I recommended Gamma Knife radiosurgery in a single session, and we discussed frame based versus mask based immobilization, she prefers the frame. Plan is a thin slice MRI with contrast on the morning of treatment, frame placement and single session Gamma Knife with an anticipated marginal dose of about twenty Gray to each lesion. We will obtain insurance authorization and schedule her in the next two weeks. She understands the risks including radiation necrosis and seizure and wishes to proceed.

W. Castellanos, MD

""" + FOOT + "\n")])

add(name="b6_16", kind="dictated", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 8, ["CT"], ["body_immobilization"]),
    lesions=[L("right hilar tumor", "body", None, 60, 8)],
    categories=cats(),
    notes="Dictated central lung course of 60 Gy in 8 fractions (7.5 Gy per fraction) on Versa HD: more than 5 "
          "fractions, so 77373/77435 inconsistent and no delivery code.",
    docs=[Doc("b6_16.txt", text=txt_head(16, "TREATMENT SUMMARY - DICTATION", "10/15/2025") + """
HISTORY OF PRESENT ILLNESS colon Mr. Sixpatient is an eighty-one-year-old man with a two point eight centimeter right hilar non-small cell lung cancer within one centimeter of the right main stem bronchus, node negative on EBUS, he declined surgery and concurrent chemoradiation, because of the central location we chose a risk adapted hypofractionated regimen of sixty Gray in eight fractions of seven point five Gray rather than a three or five fraction SBRT schedule period

TREATMENT colon He underwent four D CT simulation on 09/24/2025 in the BodyFIX system with a vacuum cushion, an ITV was created and the plan was generated in Monaco with VMAT on the Versa HD, proximal bronchial tree maximum was fifty-two Gray and esophagus maximum thirty-nine Gray, patient specific QA passed, he was treated from 10/01/2025 through 10/14/2025 with XVI cone beam CT before every fraction approved by the physician, he completed eight of eight fractions for a total of sixty Gray period

FOLLOW UP colon CT chest in three months, pulmonary function tests.

E. Varga, MD

""" + FOOT + "\n")])

add(name="b6_17", kind="dictated", codes=["77372", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("planum sphenoidale meningioma", "cranial", C, 12, 1)],
    categories=cats(),
    notes="Dictated ZAP-X single-fraction SRS, 12 Gy at the 55% isodose, meningioma 3 mm from the optic chiasm: "
          "complex by location, so the claimed 61796 (simple) is inconsistent; chiasm maximum 8.1 Gy is an OAR "
          "dose.",
    docs=[Doc("b6_17.txt", text=txt_head(17, "ZAP-X RADIOSURGERY - PROCEDURE NOTE", "11/04/2025") + """
INDICATION: Ms. Sixpatient is a forty-nine-year-old woman with an enlarging planum sphenoidale meningioma measuring two point two centimeters, whose posterior margin lies three millimeters from the optic chiasm on the 1 mm T1 post gadolinium MRI, she has normal visual fields, surgery was discussed and she chose radiosurgery.

PLANNING: A thin slice CT was obtained on 10/28/2025 in a ZAP-X thermoplastic mask and fused with the volumetric T1 post contrast MRI, the tumor, optic nerves and chiasm were contoured, the plan used forty-two isocentric beams with the seven point five and ten millimeter collimators, the prescription was twelve Gray in one fraction to the fifty-five percent isodose line, the maximum dose was twenty-one point eight Gray, the optic chiasm maximum was eight point one Gray, the physicist performed an independent dose check.

PROCEDURE: On 11/04/2025 she was treated on the ZAP-X in a single session, kV image guidance was acquired before treatment and at intervals during delivery with corrections below zero point five millimeters, she received twelve Gray to the meningioma.

PLAN: MRI and visual fields in six months.

J. Okonkwo, MD

""" + FOOT + "\n")])

add(name="b6_18", kind="dictated", codes=["77373", "77435", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left pons", "cranial", C, 21, 3)],
    categories=cats(),
    contradiction="The note states she tolerated her single fraction, but the treatment dates and the "
                  "prescription describe 3 fractions.",
    notes="Dictated CyberKnife fSRS 21 Gy in 3 fractions of 7 Gy to a pontine (brainstem, complex) metastasis; "
          "the closing sentence says 'single fraction' against three dated sessions (contradiction).",
    docs=[Doc("b6_18.txt", text=txt_head(18, "CYBERKNIFE TREATMENT SUMMARY (DICTATED)", "11/10/2025") + """
HISTORY OF PRESENT ILLNESS: Ms. Sixpatient is a sixty-six-year-old woman with metastatic small cell, correction, metastatic non small cell lung cancer, with a seven millimeter metastasis in the left pons causing mild right hand clumsiness, she previously had no brain radiation, because of the brainstem location we recommended fractionated stereotactic radiosurgery.

PLANNING: She was simulated on 10/27/2025 in an Accuray thermoplastic mask with a one millimeter CT which was fused to the T1 post gadolinium and T2/FLAIR MRI of the same day, the plan was generated in Precision with the Iris collimator using six D skull tracking, the prescription was twenty-one Gray in three fractions of seven Gray to the seventy-five percent isodose line, brainstem D0.5cc was twenty-three Gray, patient specific QA passed.

TREATMENT: She was treated on the CyberKnife on 11/03, 11/05 and 11/07/2025 with six D skull tracking throughout, corrections within tolerance, the left pontine metastasis received twenty-one Gray in total.

ASSESSMENT: She tolerated her single fraction of radiosurgery without difficulty, no new neurologic deficit, dexamethasone taper over one week, MRI in six weeks.

S. Lindgren, MD

""" + FOOT + "\n")])

add(name="b6_19", kind="dictated", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["MRI", "angiography"], ["frame"]),
    lesions=[L("right parietal AVM", "cranial", C, 18, 1)],
    categories=cats(),
    notes="Dictated frame-based Gamma Knife for a right parietal AVM (complex), 18 Gy to the 50% isodose (max 36 "
          "Gy), stereotactic MRI and angiography, stereotactic CT explicitly not performed; localizer boxes are "
          "part of the frame.",
    docs=[Doc("b6_19.txt", text=txt_head(19, "GAMMA KNIFE RADIOSURGERY - OPERATIVE NOTE", "DATE 12/02/2025") + """
PREOPERATIVE DIAGNOSIS: Right parietal arteriovenous malformation, Spetzler-Martin grade two, unruptured, nidus volume three point four cc.

PROCEDURE IN DETAIL: The patient was brought to the Gamma Knife suite and the Leksell G frame was applied under local anesthesia with four pins. The MR localizer box was attached and a stereotactic MRI with contrast was obtained, then the angiography localizer box was attached and stereotactic digital subtraction angiography was performed with biplane images through the nidus, a stereotactic CT was not performed. The nidus was outlined on the angiogram and the MRI in GammaPlan and covered with fourteen shots using the four and eight millimeter collimators, the prescription was eighteen Gray to the fifty percent isodose line, maximum dose thirty-six Gray, twelve Gray volume eight point one cc. The physicist verified the frame coordinates and the treatment on the Leksell Gamma Knife Perfexion was delivered in one session without interruption. The frame was removed and hemostasis obtained at the pin sites.

DISPOSITION: Discharged home. MRI every six months and angiography at three years.

M. Petrov, MD (Neurosurgery) / H. Ueda, MD (Radiation Oncology)

""" + FOOT + "\n")])

add(name="b6_20", kind="dictated", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("pancreatic head", "body", None, 33, 5)],
    categories=cats(plan=False),
    notes="Dictated pancreas SBRT 33 Gy in 5 fractions (6.6 Gy per fraction) on TrueBeam: no treatment "
          "parameters (no arcs/beams, isodose or planning system), so plan is not met; prior prostate course "
          "78 Gy/39 is an earlier course; the biliary stent is not a fiducial.",
    docs=[Doc("b6_20.txt", text=txt_head(20, "RADIATION ONCOLOGY END OF TREATMENT NOTE", "11/14/2025") + """
HISTORY OF PRESENT ILLNESS: Mr. Sixpatient is a seventy-year-old man with borderline resectable adenocarcinoma of the pancreatic head abutting the superior mesenteric vein after six months of FOLFIRINOX, a metal biliary stent is in place, remote history of prostate cancer treated with external beam radiation seventy-eight Gray in thirty-nine fractions in 2015.

SIMULATION: He was simulated on 10/30/2025 supine with the arms up in a vacuum cushion, with a four D CT with IV contrast and an MRI of the abdomen the same day which was registered to the CT, the GTV and a PTV were contoured by me, no fiducials were placed and the biliary stent serves as a surrogate for matching.

TREATMENT: He received stereotactic body radiotherapy thirty-three Gray in five fractions of six point six Gray on the TrueBeam from 11/10/2025 through 11/14/2025, cone beam CT was performed prior to every fraction and reviewed by me before the beam was turned on, he had mild nausea only.

PLAN: Restaging CT in four weeks and surgical reassessment.

T. Abernathy, MD

""" + FOOT + "\n")])

# ==================================================================================================
# 3. SCANNED CHARTS
# ==================================================================================================

_c = "ST. AGATHA GAMMA KNIFE UNIT"
add(name="b6_21", kind="scan", codes=["77371", "77432", "61796", "61797"],
    facts=F("cobalt60", ["cranial"], 3, 1, ["MRI"], ["mask"]),
    lesions=[L("T1 left frontal", "cranial", S, 20, 1), L("T2 right occipital", "cranial", S, 20, 1),
             L("T3 left temporal", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Scanned Gamma Knife Icon single session in a mask for three lesions labelled T1-T3 (targets, not "
          "vertebrae; also 'T1 post-gadolinium'); CBCT at the Icon is not planning imaging; 77371 fits a "
          "mask-based single session.",
    docs=[Doc("b6_21.pdf", [[
        H1("Gamma Knife Icon - Radiosurgery Summary"),
        KeyValue([("Date of treatment", "09/18/2025"), ("Session", "single session (1 fraction)"),
                  ("Immobilisation", "Icon thermoplastic mask, HDMM nose marker")]),
        P("Diagnosis: metastatic renal cell carcinoma to brain. Planning MRI 09/16/2025: T1 post-gadolinium "
          "1 mm and T2. Stereotactic reference from the Icon cone-beam CT acquired in the mask on the day of "
          "treatment."),
        RuledTable([("Target", "Location", "Diam.", "Rx dose", "Isodose", "Max", "Shots"),
                    ("T1", "Lt frontal", "8 mm", "20 Gy", "50%", "40 Gy", "4"),
                    ("T2", "Rt occipital", "11 mm", "20 Gy", "50%", "40 Gy", "6"),
                    ("T3", "Lt temporal", "14 mm", "18 Gy", "50%", "36 Gy", "7")]),
        P("GammaPlan 11.4. Brainstem max 4.3 Gy, chiasm max 1.9 Gy. Independent shot-time check by physics. "
          "Intrafraction motion (HDMM) within 1.5 mm throughout; one pause for repositioning with repeat CBCT."),
        P("All three targets treated as planned on the Leksell Gamma Knife Icon."),
        sig("U. Brennan, MD and P. Szabo, MSc (Physics), 09/18/2025"),
    ]], opts=dict(header=hdr(_c, 21), font="Times-Roman", scan=True))])

_c = "LINDEN COUNTY HOSPITAL - RADIATION ONCOLOGY"
add(name="b6_22", kind="scan", codes=["63620", "63621", "77373", "77435"],
    facts=F("linac", ["spinal"], 1, 1, [], ["mask"]),
    lesions=[L("C2", "spinal", None, 16, 1)],
    categories=cats(imaging=False),
    notes="Scanned single-fraction spine SBRT 16 Gy to C2 on TrueBeam in a head-and-shoulder mask (mask on a "
          "spinal course); no planning CT/MRI documented (CBCT at the machine only; MRI ordered for follow-up), "
          "so imaging not met; 63621 without a second spinal lesion inconsistent; 77373 fits single-fraction "
          "spine.",
    docs=[Doc("b6_22.pdf", [[
        H1("Spine SBRT - Treatment Summary"),
        KeyValue([("Diagnosis", "Metastatic prostate cancer, C2 vertebral body and dens"),
                  ("Treatment date", "10/09/2025"), ("Unit", "Varian TrueBeam STx")]),
        P("Immobilisation: long thermoplastic head-and-shoulder mask made 10/02/2025."),
        P("Target: C2 vertebral body, dens and right pedicle contoured by the attending; spinal cord "
          "contoured with a 1.5 mm planning-at-risk margin."),
        KeyValue([("Prescription", "16 Gy in 1 fraction to PTV_C2"), ("Plan", "Eclipse, 2 VMAT arcs, 6X-FFF"),
                  ("Cord PRV Dmax", "11.4 Gy"), ("Oral cavity mean", "3.1 Gy")]),
        P("Pre-treatment CBCT with 6DoF correction and ExacTrac verification approved by the physician. "
          "Portal dosimetry QA passed. Delivered 16 Gy in one fraction to C2 without incident."),
        P("Follow-up: MRI cervical spine has been ordered for 3 months."),
        sig("C. Romano, MD, 10/09/2025"),
    ]], opts=dict(header=hdr(_c, 22), font="Helvetica", scan=True))])

_c = "BAYVIEW RADIOSURGERY"
add(name="b6_23", kind="scan", codes=["77373", "77435", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal (GTV1)", "cranial", S, 27, 3), L("left precentral (GTV2)", "cranial", S, 27, 3)],
    categories=cats(),
    notes="Scanned TrueBeam fSRS 27 Gy in 3 fractions with two lesions (GTV1, GTV2) 6 mm apart inside one "
          "combined PTV: two lesions, one PTV; 'both lesions'.",
    docs=[Doc("b6_23.pdf", [[
        H1("Fractionated SRS - Completion Summary"),
        KeyValue([("Course dates", "10/20/2025 - 10/24/2025"), ("Machine", "TrueBeam (HyperArc)"),
                  ("Immobilization", "Encompass thermoplastic mask")]),
        P("Two metastases from colorectal cancer: GTV1 left frontal (1.4 cm) and GTV2 left precentral "
          "gyrus (0.9 cm), 6 mm apart. Because of their proximity both GTVs were expanded by 1 mm and "
          "covered by a single combined target, PTV_LtFrontal_comb."),
        P("Imaging: CT simulation 10/14/2025 (1 mm) fused with MRI 10/13/2025 (3D T1 post-contrast)."),
        RuledTable([("Structure", "Contains", "Rx", "Fx", "Dose/fx", "IDL", "Dmax"),
                    ("PTV_LtFrontal_comb", "GTV1 + GTV2", "27 Gy", "3", "9 Gy", "80%", "33.6 Gy")]),
        P("Single isocenter, 3 arcs. CBCT + SGRT before each fraction, approved. Portal dosimetry QA passed."),
        P("Both lesions received 27 Gy in 3 fractions (10/20, 10/22, 10/24/2025)."),
        sig("Y. Castillo, MD, 10/24/2025"),
    ]], opts=dict(header=hdr(_c, 23), font="Times-Roman", scan=True))])

# ==================================================================================================
# 4. OTHER CLINICS' PDF PRINTOUTS
# ==================================================================================================

_c = "PINECREST ONCOLOGY - ARIA TREATMENT SUMMARY"
add(name="b6_24", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 5, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("L1 right frontal", "cranial", S, 20, 1), L("L2 left frontal", "cranial", S, 20, 1),
             L("L3 right temporal", "cranial", S, 18, 1), L("L4 left occipital", "cranial", S, 18, 1),
             L("L5 right cerebellar", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Two-column HyperArc printout: five brain lesions labelled L1-L5 (not lumbar), course ID 'C1', plan "
          "and isocenter rows; a sixth contoured spot (L6) was dropped before treatment.",
    docs=[Doc("b6_24.pdf", [[
        H1("SRS Treatment Summary"),
        KeyValue([("Course", "C1"), ("Plan", "HA_5met_v3"), ("Machine", "TrueBeam STx"),
                  ("Date", "06/26/2025"), ("Fractions", "1")], value_x=80),
        H2("Indication"),
        P("Metastatic small-bowel neuroendocrine carcinoma with six possible brain lesions on MRI 06/12/2025; "
          "KPS 90."),
        H2("Simulation"),
        P("CT 1 mm 06/18/2025 in an Encompass SRS mask; MRI 06/18/2025 3D T1 post-gadolinium fused."),
        H2("Targets"),
        P("L6, a 2 mm right parietal spot contoured at simulation, was judged to be a vessel on the "
          "pre-treatment review and was removed from the plan; not treated."),
        ColumnBreak(),
        H2("Plan"),
        RuledTable([("Row", "Target", "Rx (Gy)", "IDL")]
                   + [("Course C1", "-", "-", "-"), ("Plan HA_5met_v3", "-", "-", "-"),
                      ("Isocenter 1", "-", "-", "-"),
                      ("L1", "R frontal", "20", "80%"), ("L2", "L frontal", "20", "80%"),
                      ("L3", "R temporal", "18", "80%"), ("L4", "L occipital", "18", "80%"),
                      ("L5", "R cerebellar", "20", "80%")]),
        P("4 non-coplanar arcs, 6X-FFF. Brainstem Dmax 5.8 Gy; V12 brain 7.9 cc. Portal dosimetry "
          "passed; second MU check done."),
        H2("Delivery"),
        P("06/26/2025 fraction 1 of 1. CBCT + AlignRT before treatment, 6DoF shifts approved. All five "
          "lesions (L1-L5) treated as planned."),
        sig("A. Kurz, MD; B. Osei, PhD, 06/26/2025"),
    ]], opts=dict(header=hdr(_c, 24), font="Helvetica", two_columns=True))])

_c = "EASTLAKE CYBERKNIFE CENTER"
add(name="b6_25", kind="pdf", codes=["77373", "77435"],
    facts=F("robotic_linac", ["body"], 2, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment 7", "body", None, 45, 3), L("liver segment 4a", "body", None, 36, 3)],
    categories=cats(),
    notes="CyberKnife SBRT to two liver metastases (45 Gy/3 and 36 Gy/3) with fiducial Synchrony tracking; "
          "per-fraction doses and isodose lines next to totals.",
    docs=[Doc("b6_25.pdf", [[
        H1("CyberKnife SBRT Summary - Liver"),
        KeyValue([("Diagnosis", "Colorectal adenocarcinoma, two liver metastases (C78.7)"),
                  ("Treatment dates", "07/07/2025, 07/09/2025, 07/11/2025"),
                  ("System", "CyberKnife S7, Synchrony fiducial tracking")]),
        P("Six gold fiducials (three around each lesion) placed by IR on 06/20/2025 and used for Synchrony "
          "tracking. Simulation 06/27/2025 in a Vac-Lok cushion: triphasic CT 1.5 mm and MRI liver "
          "(gadoxetate) fused."),
        RuledTable([("Target", "Size", "Rx", "Fx", "Per fx", "Isodose", "Dmax"),
                    ("PTV_Seg7", "2.4 cm", "45 Gy", "3", "15 Gy", "72%", "62.5 Gy"),
                    ("PTV_Seg4a", "1.8 cm", "36 Gy", "3", "12 Gy", "75%", "48.0 Gy")]),
        P("Segment 4a dose reduced because of the adjacent stomach (D5cc 21.6 Gy). Precision planning, "
          "InCise MLC. Film QA passed."),
        P("Delivered: segment 7 lesion 45 Gy in 3 fractions; segment 4a lesion 36 Gy in 3 fractions. "
          "Synchrony model errors < 1.5 mm."),
        sig("M. Lutz, MD, 07/11/2025"),
    ]], opts=dict(header=hdr(_c, 25), font="Times-Roman"))])

_c = "NORTHSHORE NEUROSURGERY & RADIATION ONCOLOGY"
add(name="b6_26", kind="pdf", codes=["77372", "77432", "61798"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("residual pituitary adenoma", "cranial", C, 14, 1)],
    categories=cats(),
    notes="Novalis single-fraction SRS for a residual pituitary adenoma (complex) 14 Gy at 80%; plan page "
          "printed landscape (rotated); chiasm maximum 8.4 Gy is an OAR dose.",
    docs=[Doc("b6_26.pdf", [[
        H1("Stereotactic Radiosurgery Note"),
        KeyValue([("Procedure date", "08/21/2025"), ("Diagnosis", "Residual non-functioning pituitary macroadenoma"),
                  ("Unit", "Novalis Tx with ExacTrac")]),
        P("Transsphenoidal resection 2024; residual tumour in the right cavernous sinus, 1.6 cm, 3.5 mm from "
          "the optic chiasm. Simulation 08/14/2025: Brainlab frameless mask, CT 1 mm and MRI (T1 post-contrast "
          "coronal/axial 1 mm) fused."),
        P("Treated 08/21/2025 in a single fraction; ExacTrac x-ray verification and 6D couch correction "
          "before each arc; residual error 0.3 mm. The adenoma received 14 Gy."),
        sig("P. Laurent, MD (Neurosurgery); G. Abara, MD (Radiation Oncology), 08/21/2025"),
    ], [
        H1("Brainlab Elements Cranial SRS - Plan Printout"),
        RuledTable([("Object", "Rx dose", "Fx", "Prescription IDL", "Max dose", "Coverage"),
                    ("PTV_Pit", "14.0 Gy", "1", "80%", "17.5 Gy", "97.4%"),
                    ("Optic chiasm", "-", "-", "-", "8.4 Gy", "-"),
                    ("Optic nerve R", "-", "-", "-", "7.9 Gy", "-"),
                    ("Brainstem", "-", "-", "-", "9.6 Gy", "-")]),
        P("Dynamic conformal arcs: 6 arcs, 1 isocenter, 6 MV SRS. Independent MU verification and "
          "end-to-end test within 1 mm."),
        sig("D. Kim, MS, DABR, 08/20/2025"),
    ]], opts=dict(header=hdr(_c, 26), font="Helvetica", rotate={2: 90}))])

_c = "RIDGEWAY CANCER INSTITUTE"
add(name="b6_27", kind="pdf", codes=["77373", "77435", "61798", "61799"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left sphenoid wing meningioma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Versa HD fSRS 25 Gy/5 to one 3.8 cm sphenoid wing meningioma (complex by size) planned with two "
          "isocenters (isocenter rows are not lesions); 61799 needs a second complex lesion: inconsistent.",
    docs=[Doc("b6_27.pdf", [[
        H1("Fractionated Stereotactic Radiotherapy - Summary"),
        KeyValue([("Diagnosis", "Left sphenoid wing meningioma, WHO grade 1, 3.8 x 3.1 x 2.9 cm"),
                  ("Course", "09/08/2025 - 09/12/2025, 5 fractions"), ("Unit", "Elekta Versa HD, HexaPOD")]),
        P("Closest approach to the left optic nerve 11 mm; no brainstem contact. CT simulation 08/28/2025 in a "
          "thermoplastic SRS mask, 1 mm; MRI 3D T1 post-contrast fused."),
        RuledTable([("Isocenter", "Covers", "Arcs", "MU"),
                    ("ISO 1 (anterior)", "anterior half of PTV_Mening", "2 VMAT", "1882"),
                    ("ISO 2 (posterior)", "posterior half of PTV_Mening", "2 VMAT", "1710")]),
        KeyValue([("Prescription", "25 Gy in 5 fractions (5 Gy/fx) to PTV_Mening"),
                  ("Coverage", "V100 96.1%, Dmax 29.9 Gy"), ("Optic nerve L", "Dmax 19.8 Gy")]),
        P("Monaco plan; ArcCHECK QA 98.9%. XVI CBCT with HexaPOD 6D correction before each fraction, "
          "approved by the physician."),
        P("Delivered: 25 Gy in 5 fractions to the meningioma."),
        sig("F. Moreno, MD, 09/12/2025"),
    ]], opts=dict(header=hdr(_c, 27), font="Times-Roman"))])

_c = "MAPLE GROVE RADIATION CENTER"
add(name="b6_28", kind="pdf", codes=["77372", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("frontal (laterality conflicting)", "cranial", S, 18, 1)],
    categories=cats(),
    contradiction="The plan and delivery record name the target PTV_R_Frontal (right frontal), but the summary "
                  "says the left frontal lesion was treated.",
    notes="Edge single-fraction SRS 18 Gy to one frontal metastasis; laterality conflicts (right in plan and "
          "record, left in the summary): one lesion, review expected.",
    docs=[Doc("b6_28.pdf", [[
        H1("Radiosurgery Plan and Delivery Record"),
        KeyValue([("Machine", "Varian Edge"), ("Plan", "SRS_RFrontal"), ("Date", "10/02/2025")]),
        P("CT simulation 09/25/2025 with Encompass mask; MRI 09/24/2025 (T1 post-contrast) fused. Target: "
          "1.6 cm right frontal metastasis (lung primary)."),
        RuledTable([("Structure", "Rx", "Fx", "IDL", "Dmax", "V100"),
                    ("PTV_R_Frontal", "1800 cGy", "1", "80%", "2230 cGy", "98.7%")]),
        P("3 VMAT arcs, single isocenter. Portal dosimetry passed. Delivery 10/02/2025: CBCT and OSMS, "
          "shifts approved; PTV_R_Frontal 1800 cGy delivered in 1 fraction."),
        H1("Summary"),
        P("Mr. Sixpatient underwent single-fraction SRS, 18 Gy, to the left frontal lesion on 10/02/2025 "
          "with no acute toxicity. MRI in 8 weeks."),
        sig("L. Nguyen, MD, 10/03/2025"),
    ]], opts=dict(header=hdr(_c, 28), font="Helvetica"))])

_c = "SOUTHPORT MR-GUIDED RADIOTHERAPY"
add(name="b6_29", kind="pdf", codes=["77373", "77435", "77432"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("pancreatic body", "body", None, 50, 5)],
    categories=cats(),
    notes="ViewRay MRIdian (MR-linac) adaptive pancreas SBRT 50 Gy/5 in a vacuum cushion; OAR table values; "
          "77432 wrongly claimed.",
    docs=[Doc("b6_29.pdf", [[
        H1("Stereotactic MR-guided Adaptive Radiotherapy (SMART) - Pancreas"),
        KeyValue([("Diagnosis", "Locally advanced adenocarcinoma, pancreatic body"),
                  ("Machine", "ViewRay MRIdian (0.35 T MR-linac)"),
                  ("Prescription", "50 Gy in 5 fractions of 10 Gy to PTV_Panc")]),
        P("Simulation 11/03/2025: supine, arms above the head in a vacuum cushion; CT 1.5 mm with contrast "
          "and 0.35 T TrueFISP MRI on the MRIdian in breath-hold, registered."),
        RuledTable([("Structure", "Constraint", "Mean of adapted plans"),
                    ("PTV_Panc", "V95% >= 90%", "91.8%"), ("Duodenum", "V33Gy < 0.5 cc", "0.4 cc"),
                    ("Stomach", "V33Gy < 0.5 cc", "0.2 cc"), ("Small bowel", "V33Gy < 0.5 cc", "0.1 cc")]),
        RuledTable([("Fx", "Date", "Adapted", "Gating", "Dose"),
                    ("1", "11/10/2025", "yes", "cine MRI, breath-hold", "10 Gy"),
                    ("2", "11/11/2025", "yes", "cine MRI, breath-hold", "10 Gy"),
                    ("3", "11/13/2025", "no", "cine MRI, breath-hold", "10 Gy"),
                    ("4", "11/14/2025", "yes", "cine MRI, breath-hold", "10 Gy"),
                    ("5", "11/17/2025", "yes", "cine MRI, breath-hold", "10 Gy")]),
        P("IMRT step-and-shoot, 15 beams, MRIdian TPS (Monte Carlo). Each adapted plan checked with an "
          "independent calculation before delivery. Total 50 Gy in 5 fractions delivered."),
        sig("R. Haugen, MD; S. Mbeki, PhD, 11/17/2025"),
    ]], opts=dict(header=hdr(_c, 29), font="Helvetica"))])

_c = "GRANITE CITY RADIATION ONCOLOGY"
add(name="b6_30", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 7, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T5", "spinal", None, 36, 7)],
    categories=cats(),
    notes="Two phases to one T5 metastasis: 20 Gy/5 then an SBRT boost 16 Gy/2; course total 36 Gy in 7 "
          "fractions (phases summed, not lesions) -> more than 5 fractions, all claimed codes inconsistent.",
    docs=[Doc("b6_30.pdf", [[
        H1("Course Summary - Thoracic Spine"),
        KeyValue([("Diagnosis", "Metastatic hepatocellular carcinoma to T5 with paraspinal extension"),
                  ("Machine", "TrueBeam"), ("Course dates", "08/04/2025 - 08/14/2025")]),
        P("Simulation 07/29/2025: BodyFIX vacuum cushion, CT 1.25 mm; MRI thoracic spine (T1, T2) fused."),
        RuledTable([("Phase", "Target", "Dose", "Fx", "Dose/fx", "Dates"),
                    ("1", "PTV_T5_P1 (T5 lesion + margin)", "20 Gy", "5", "4 Gy", "08/04 - 08/08/2025"),
                    ("2 (SBRT boost)", "PTV_T5_boost (T5 GTV)", "16 Gy", "2", "8 Gy", "08/12, 08/14/2025"),
                    ("Course total", "T5", "36 Gy", "7", "", "")]),
        P("Phase 1 two VMAT arcs; phase 2 VMAT with 6X-FFF. Cord Dmax (sum) 24.1 Gy. CBCT with 6DoF "
          "correction before every fraction; portal dosimetry QA passed for both phases."),
        P("The T5 metastasis received 36 Gy in 7 fractions."),
        sig("K. Andersen, MD, 08/14/2025"),
    ]], opts=dict(header=hdr(_c, 30), font="Times-Roman"))])

_c = "HIGHLAND REGIONAL GAMMA KNIFE"
add(name="b6_31", kind="pdf", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 3, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("pons", "cranial", C, 15, 1), L("left frontal", "cranial", S, 20, 1),
             L("right temporal", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Frame-based Gamma Knife Perfexion to three metastases, one in the pons (brainstem: complex) and two "
          "simple: a mixed set reports 61798 first, so the claimed 61796 is inconsistent; 61797 (two "
          "additional simple) consistent; maximum-dose column.",
    docs=[Doc("b6_31.pdf", [[
        H1("Gamma Knife Radiosurgery Report"),
        KeyValue([("Date", "07/15/2025"), ("Unit", "Leksell Gamma Knife Perfexion"),
                  ("Fixation", "Leksell G frame, 4 pins, local anaesthesia")]),
        P("Breast cancer, three brain metastases on MRI 07/08/2025. Stereotactic MRI (T1 post-contrast, "
          "1 mm) and stereotactic CT with the frame and indicator boxes on the day of treatment, co-registered "
          "in GammaPlan."),
        RuledTable([("No.", "Location", "Size", "Marginal dose", "Isodose", "Max dose", "Shots"),
                    ("1", "Pons (brainstem)", "6 mm", "15 Gy", "50%", "30 Gy", "2"),
                    ("2", "Left frontal", "10 mm", "20 Gy", "50%", "40 Gy", "4"),
                    ("3", "Right temporal", "13 mm", "20 Gy", "50%", "40 Gy", "5")]),
        P("Frame coordinates verified by the physicist before treatment; daily QA passed. Single session, "
          "treatment time 71 min. Frame removed."),
        P("All three lesions treated in one session: pons 15 Gy, left frontal 20 Gy, right temporal 20 Gy."),
        sig("N. Berg, MD (Neurosurgery); O. Chukwu, MD (Radiation Oncology); E. Rossi, PhD, 07/15/2025"),
    ]], opts=dict(header=hdr(_c, 31), font="Helvetica"))])

_c = "COASTAL MEDICAL CENTER - RADIATION THERAPY"
add(name="b6_32", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 1, ["CT"], ["body_immobilization"]),
    lesions=[L("right lower lobe", "body", None, 34, 1)],
    categories=cats(delivery_verification=False),
    notes="TrueBeam single-fraction lung SBRT 34 Gy; an untreated left lower lobe ground-glass focus is "
          "observed; PET declined; no image guidance or QA documented, so delivery_verification not met.",
    docs=[Doc("b6_32.pdf", [[
        H1("Lung SBRT Treatment Summary"),
        KeyValue([("Diagnosis", "NSCLC right lower lobe, 1.6 cm, cT1b N0"), ("Treatment date", "11/20/2025"),
                  ("Machine", "TrueBeam")]),
        P("4DCT simulation 11/06/2025 in a Vac-Lok cushion with arms up. PET/CT was offered and declined by "
          "the patient. A 6 mm ground-glass focus in the left lower lobe is stable over 2 years and will be "
          "observed; it was not treated."),
        KeyValue([("Target", "ITV_RLL + 5 mm = PTV_RLL"), ("Prescription", "34 Gy in 1 fraction"),
                  ("Technique", "Eclipse, 2 partial VMAT arcs, 6X-FFF"),
                  ("Coverage", "PTV V100 95.3%, Dmax 42.1 Gy"), ("Chest wall", "V30 Gy 4.2 cc")]),
        P("Treatment delivered 11/20/2025 without incident; 34 Gy in one fraction to the right lower lobe "
          "tumour."),
        sig("P. Quist, MD, 11/20/2025"),
    ]], opts=dict(header=hdr(_c, 32), font="Helvetica"))])

_c = "WILLOW CREEK CANCER CARE"
add(name="b6_33", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 5, ["CT", "MRI"], []),
    lesions=[L("right lower lobe", "body", None, 50, 5), L("left adrenal", "body", None, 40, 5)],
    categories=cats(positioning=False),
    notes="Edge SBRT to two body lesions in one 5-fraction course (lung 50 Gy, adrenal 40 Gy); no "
          "immobilization or localization device documented, so positioning empty and not met.",
    docs=[Doc("b6_33.pdf", [[
        H1("Oligometastatic SBRT Summary"),
        KeyValue([("Diagnosis", "Renal cell carcinoma, oligometastases: RLL nodule and left adrenal"),
                  ("Machine", "Varian Edge"), ("Dates", "12/01/2025 - 12/05/2025")]),
        P("4DCT simulation 11/20/2025 (2 mm) and MRI abdomen 11/20/2025 registered for the adrenal target."),
        RuledTable([("Target", "Rx", "Fx", "Per fraction", "Coverage", "Dmax"),
                    ("PTV_RLL", "50 Gy", "5", "10 Gy", "95.4%", "61.0 Gy"),
                    ("PTV_LAdrenal", "40 Gy", "5", "8 Gy", "95.0%", "47.2 Gy")]),
        P("Eclipse VMAT, 4 arcs, two isocenters. CBCT before every fraction with shifts approved by the "
          "physician. Portal dosimetry QA passed."),
        P("Both targets completed as prescribed: RLL 50 Gy/5, left adrenal 40 Gy/5."),
        sig("I. Duarte, MD, 12/05/2025"),
    ]], opts=dict(header=hdr(_c, 33), font="Times-Roman"))])

_c = "ASHFORD UNIVERSITY HOSPITAL - RADIATION ONCOLOGY"
add(name="b6_34", kind="pdf", codes=["77372", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 1, ["CT"], ["mask"]),
    lesions=[L("right frontal", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Versa HD single-fraction SRS 18 Gy; MRI contraindicated (non-conditional pacemaker), so planning "
          "imaging is contrast CT only; MRI does not count.",
    docs=[Doc("b6_34.pdf", [[
        H1("Stereotactic Radiosurgery - Treatment Summary"),
        KeyValue([("Date", "12/09/2025"), ("Unit", "Elekta Versa HD with HexaPOD"),
                  ("Diagnosis", "Solitary right frontal metastasis, 2.2 cm, melanoma")]),
        P("MRI is contraindicated (non-MR-conditional pacemaker). Planning used a contrast-enhanced CT "
          "(1 mm) acquired 12/03/2025 in a thermoplastic SRS mask; the lesion was contoured on the contrast CT."),
        KeyValue([("Prescription", "18 Gy in 1 fraction to PTV_RFrontal, 80% isodose"),
                  ("Plan", "Monaco, 4 non-coplanar VMAT arcs, single isocenter"),
                  ("Brain V12", "8.4 cc"), ("Dmax", "22.5 Gy")]),
        P("XVI CBCT with HexaPOD 6D correction before treatment, approved; intrafraction CBCT after arc 2. "
          "Patient-specific QA passed."),
        P("Delivered 18 Gy in one fraction to the right frontal metastasis."),
        sig("V. Ross, MD, 12/09/2025"),
    ]], opts=dict(header=hdr(_c, 34), font="Courier", font_size=9.0))])

_c = "TRI-VALLEY CYBERKNIFE"
add(name="b6_35", kind="pdf", codes=["77373", "77435", "61796", "63620"],
    facts=F("robotic_linac", ["cranial", "spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization", "mask"]),
    lesions=[L("left cerebellar", "cranial", S, 27, 3), L("L2", "spinal", None, 24, 3)],
    categories=cats(),
    notes="CyberKnife course treating a left cerebellar metastasis (27 Gy/3, mask, 6D skull) and an L2 "
          "vertebral metastasis (24 Gy/3, vacuum cushion, Xsight Spine) on the same three days: cranial + "
          "spinal sites; L2 is a real vertebra here.",
    docs=[Doc("b6_35.pdf", [[
        H1("CyberKnife Course Summary"),
        KeyValue([("Diagnosis", "Metastatic lung adenocarcinoma: left cerebellar and L2 metastases"),
                  ("Dates", "09/22/2025, 09/24/2025, 09/26/2025"), ("System", "CyberKnife M6")]),
        P("Cerebellar target: Accuray thermoplastic mask, CT 1 mm and MRI T1 post-contrast fused, 6D skull "
          "tracking. L2 target: Vac-Lok vacuum cushion, CT 1.25 mm and MRI lumbar spine fused, Xsight Spine "
          "tracking."),
        RuledTable([("Plan", "Target", "Rx", "Fx", "Gy/fx", "Isodose"),
                    ("Cbllm_fSRS", "PTV_L_cbllm", "27 Gy", "3", "9", "77%"),
                    ("L2_SBRT", "PTV_L2", "24 Gy", "3", "8", "80%")]),
        P("Precision plans with Iris collimator; cauda equina Dmax 20.8 Gy, brainstem Dmax 11.0 Gy. Film QA "
          "passed for both plans. Tracking corrections within tolerance at every fraction."),
        P("Delivered: left cerebellar metastasis 27 Gy in 3 fractions; L2 24 Gy in 3 fractions."),
        sig("H. Sato, MD, 09/26/2025"),
    ]], opts=dict(header=hdr(_c, 35), font="Times-Roman"))])

_c = "RIVERSIDE GAMMA KNIFE CENTER"
add(name="b6_36", kind="pdf", codes=["77373", "77435", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("right temporal", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Gamma Knife Esprit in a mask, 25 Gy in 5 fractions (5 Gy each at 50%) to a 4.0 cm right temporal "
          "metastasis (complex by size): fractionated Gamma Knife -> 77373/77435, 61798 consistent.",
    docs=[Doc("b6_36.pdf", [[
        H1("Fractionated Gamma Knife - Treatment Summary"),
        KeyValue([("Unit", "Leksell Gamma Knife Esprit"), ("Dates", "10/13/2025 - 10/17/2025"),
                  ("Immobilization", "thermoplastic mask, intrafraction motion management")]),
        P("Single right temporal metastasis from endometrial cancer, 4.0 x 3.4 x 3.1 cm on MRI. Planning "
          "MRI 10/08/2025 (T1 post-contrast 1 mm) and planning CT 10/08/2025 in the mask, co-registered; "
          "CBCT at each fraction for set-up."),
        RuledTable([("Target", "Fractions", "Dose per fraction", "Total", "Isodose", "Max per fraction"),
                    ("PTV_RTemporal", "5", "5 Gy", "25 Gy", "50%", "10 Gy")]),
        P("GammaPlan with 23 shots; brainstem D0.1cc 14.1 Gy total. Physics independent check. Daily CBCT "
          "co-registration accepted before each fraction; motion within 1.5 mm."),
        P("The lesion received 25 Gy in 5 fractions."),
        sig("A. Lindahl, MD, 10/17/2025"),
    ]], opts=dict(header=hdr(_c, 36), font="Helvetica"))])


CORPUS = Corpus("blind_corpus6", "tests/blind_corpus6", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["FIRST_RUN.md"])
