"""Ninth blind corpus, ``tests/blind_corpus9/`` (regenerate: ``python scripts/make_corpus.py blind_corpus9``).

Twenty-four courses written without looking at the reader, in the style of other vendors' and other
clinics' system printouts and structured exports: Elekta MOSAIQ dose-site summaries and treatment records,
Monaco / RayStation / Pinnacle / Eclipse plan reports with DVH statistics, Leksell GammaPlan treatment
summaries, a Brainlab Elements multiple-brain-mets report, Accuray Precision CyberKnife plan summaries, a
ZAP-X report, a Novalis report with European dates and decimal commas, an HL7 v2 ORU message with OBX
segments, a DICOM RT Plan header dump, a CSV export and a key: value dump. Layouts include tables split
across pages with a repeated header, a landscape page, footnotes with markers, ISO and European dates and
cGy next to Gy. Hazards: BED / EQD2 values, a simultaneous integrated boost inside one lesion, a vertebral
range that is one lesion, OAR maxima, MU, isodose percentages, plan names that look like anatomy, a plan
approved but never delivered, a phantom QA plan in the same packet, a conventional course and a prior HDR
brachytherapy course printed beside the stereotactic one, a proton course, and claimed codes the facts
contradict. Five charts contradict themselves (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md. Per-code
consistency and the delivery code are computed from the labelled facts (``corpusgen.rules``); the
robotic-only HCPCS codes G0339 (one-session course or session 1) and G0340 (sessions 2-5) are labelled
with the same reading of ../shared/reference/coding-rules.md as blind corpus 8. Every lesion carries its
delivered total ``dose_gy`` and delivered ``fractions``. Standard PDF fonts only; text is ASCII.
"""

# ruff: noqa: E501  (exports and messages are deliberately one long line per record)

from __future__ import annotations

from pdfmaker import (
    KeyValue,
    RuledTable,
    Spacer,
    TextTable,
)

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, C, Charts, Doc, F, L, P, S, cats, sig

CHARTS = Charts()
add = CHARTS.add


FIRST = ["ANSELM", "BRITTA", "CONRAD", "DORTE", "EGON", "FENNA", "HELKA", "GUNNAR", "IMKE", "JONAS", "KAREN",
         "LENNART", "NIKLAS", "MAREN", "OTTILIE", "PAUL", "RIKE", "SOEREN", "TAMARA", "UWE", "VIOLA", "WIEBKE",
         "XAVER", "YVONNE"]
FEMALE = {"BRITTA", "DORTE", "FENNA", "HELKA", "IMKE", "KAREN", "MAREN", "OTTILIE", "RIKE", "TAMARA", "VIOLA",
          "WIEBKE", "YVONNE"}


def patient(n: int) -> str:
    return f"NINEPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-90{n:02d}"


def hdr(clinic: str, n: int, extra: str = "") -> list[str]:
    line2 = f"Patient: {patient(n)}    MRN: {mrn(n)}" + (f"    {extra}" if extra else "")
    return [clinic, line2]


def mosaiq_hdr(n: int, printed: str, report: str) -> list[str]:
    """The banner MOSAIQ prints on every page of a report."""
    return [f"MOSAIQ(R) {report}    Printed {printed}    User: DOSIM2",
            f"{patient(n)}    ID: {mrn(n)}    DOB: 19{40 + n}-03-{n:02d}    Sex: {'F' if FIRST[n - 1] in FEMALE else 'M'}"]


# --------------------------------------------------------------------------------------------------
# gold helpers
# --------------------------------------------------------------------------------------------------


# ==================================================================================================
# charts
# ==================================================================================================

# b9_01 -- MOSAIQ dose site summary + treatment record, lung SBRT 54 Gy/3 on Versa HD ----------------------
_rec_head = ("Date", "Fx", "Site", "Field", "MU", "Dose/Fx (cGy)", "Cumulative (cGy)", "Image")
add(name="b9_01", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT"], ["body_immobilization"]),
    lesions=[L("RUL lung (RUL_SBRT)", "body", None, 54, 3)],
    categories=cats(),
    notes="MOSAIQ printout: a Dose Site Summary (units only in the column headers, cGy) and a per-field "
          "treatment record split across two pages with the header repeated. Right upper lobe NSCLC, 1800 cGy x 3 "
          "= 5400 cGy on an Elekta Versa HD, BodyFIX, 4DCT simulation, XVI CBCT each fraction. MU per arc and the "
          "per-arc partial doses (900 cGy) are not fraction doses; 'Planned (cGy)' equals delivered.",
    docs=[Doc("b9_01.pdf", [[
        H1("Dose Site Summary"),
        KeyValue([("Course", "C1  Lung SBRT 2026"), ("Attending", "Dr. H. Lindqvist"),
                  ("Diagnosis", "C34.11 Malignant neoplasm of upper lobe, right bronchus or lung (cT1bN0M0)"),
                  ("Machine", "VERSA_HD_2 (Elekta Versa HD, Agility MLC, 6 MV FFF)"),
                  ("Plan", "RUL_SBRT  (Monaco 6.1, VMAT 2 arcs, approved 2026-03-02)")]),
        RuledTable([("Site", "Technique", "Fx", "Dose/Fx (cGy)", "Planned (cGy)", "Cumulative (cGy)", "First Tx", "Last Tx", "Status"),
                    ("RUL_SBRT", "VMAT", "3/3", "1800", "5400", "5400", "2026-03-04", "2026-03-09", "Complete")]),
        P("Target: PTV_RUL = ITV (from 10-phase 4DCT) + 5 mm. Prescription 5400 cGy in 3 fractions to cover 95% "
          "of the PTV (80% isodose line normalised to the PTV max). Simulation 2026-02-24: 4DCT (2 mm) in BodyFIX "
          "vacuum cushion with wing board, arms up."),
        TextTable([("Constraint", "Limit", "Plan"), ("Spinal cord Dmax", "< 1800 cGy", "912 cGy"),
                   ("Chest wall V30Gy", "< 30 cc", "11.4 cc"), ("Lungs-ITV V20Gy", "< 10%", "4.1%"),
                   ("Bronchial tree Dmax", "< 3000 cGy", "1620 cGy")], columns=(0, 170, 270)),
        H2("Treatment Record"),
        RuledTable([_rec_head,
                    ("2026-03-04", "1", "RUL_SBRT", "CBCT", "-", "-", "-", "XVI CBCT, reg 0.3/-0.2/0.4 cm"),
                    ("2026-03-04", "1", "RUL_SBRT", "ARC1 181-30", "1612", "900", "900", ""),
                    ("2026-03-04", "1", "RUL_SBRT", "ARC2 30-181", "1598", "900", "1800", ""),
                    ("2026-03-06", "2", "RUL_SBRT", "CBCT", "-", "-", "-", "XVI CBCT, reg 0.1/0.2/-0.1 cm")]),
    ], [
        H2("Treatment Record (continued)"),
        RuledTable([_rec_head,
                    ("2026-03-06", "2", "RUL_SBRT", "ARC1 181-30", "1612", "900", "2700", ""),
                    ("2026-03-06", "2", "RUL_SBRT", "ARC2 30-181", "1598", "900", "3600", ""),
                    ("2026-03-09", "3", "RUL_SBRT", "CBCT", "-", "-", "-", "XVI CBCT, reg -0.2/0.1/0.2 cm"),
                    ("2026-03-09", "3", "RUL_SBRT", "ARC1 181-30", "1612", "900", "4500", ""),
                    ("2026-03-09", "3", "RUL_SBRT", "ARC2 30-181", "1598", "900", "5400", "")]),
        P("Imaging approvals: all CBCT registrations reviewed and approved by the attending before beam-on "
          "(Offline Review, 2026-03-04/06/09). Patient QA: ArcCHECK 2026-03-03, gamma 3%/2mm 99.1% pass."),
        sig("H. Lindqvist, MD 2026-03-09 16:40;  physics check P. Aaltonen, MS, DABR 2026-03-03"),
    ]], opts=dict(header=mosaiq_hdr(1, "2026-03-10 08:02", "Dose Site Summary / Tx Record"), font="Helvetica", font_size=8.5,
                  page_numbers="Page {n} of {total}"))])

# b9_02 -- Monaco plan report with DVH statistics, spine SBRT T4-T6 (one lesion); 63621 wrong ------------
add(name="b9_02", kind="pdf", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T4-T6 vertebral metastasis (PTV_T4-T6)", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Monaco plan report with a DVH statistics table (D95, V100%, Dmax, Dmean per structure, OARs) and "
          "footnotes with markers. One contiguous renal-cell metastasis spanning T4 through T6 in ONE PTV: one "
          "spinal lesion, 27 Gy in 3 fractions on an Elekta Infinity. Footnoted BED10 (51.3 Gy) and cord EQD2 are "
          "not delivered doses. 63621 (additional spinal lesion) is not supported.",
    docs=[Doc("b9_02.pdf", [[
        H1("Monaco(R) Plan Report"),
        KeyValue([("Patient", patient(2)), ("Patient ID", mrn(2)), ("Plan", "T4-T6_SBRT_3FX"),
                  ("Clinic", "Nordheide Cancer Institute, Radiation Oncology"),
                  ("Treatment unit", "Elekta Infinity (Agility), 6 MV FFF"),
                  ("Planning CT", "CT_SIM 2026-04-07, 1.5 mm, BodyFIX double vacuum, arms down"),
                  ("Registered images", "MR T1/T2 thoracic spine 2026-04-06 (rigid, vertebral body ROI)"),
                  ("Prescription", "2700 cGy in 3 fractions (900 cGy/fx)* to PTV_T4-T6"),
                  ("Technique", "VMAT, 2 full arcs, isocenter at T5 vertebral body"),
                  ("Algorithm", "Monte Carlo, 1% variance per plan, grid 2 mm"),
                  ("Plan status", "APPROVED  2026-04-10  R. Okafor, MD")]),
        P("Target: renal cell carcinoma metastasis involving the T4, T5 and T6 vertebral bodies and right pedicles "
          "with epidural extension (Bilsky 1b) at T5, contoured as a single GTV/CTV (consensus guidelines) and "
          "expanded 2 mm to PTV_T4-T6. No other spinal lesion is treated."),
        H2("DVH Statistics"),
        RuledTable([("Structure", "Volume (cc)", "D95 (Gy)", "V100% (%)", "Dmax (Gy)", "Dmean (Gy)", "Goal"),
                    ("GTV_T4-T6", "41.2", "27.9", "97.6", "33.8", "30.4", "-"),
                    ("PTV_T4-T6", "58.9", "26.1", "91.3", "33.8", "29.2", "V100% > 90%"),
                    ("SpinalCord", "9.8", "-", "-", "20.1 (a)", "9.7", "Dmax < 21.9 Gy"),
                    ("Cord_PRV2mm", "17.3", "-", "-", "22.4", "10.2", "D0.03cc < 23 Gy"),
                    ("Esophagus", "12.6", "-", "-", "24.3", "8.8", "D0.03cc < 25.2 Gy"),
                    ("Lung_Total", "3310", "-", "-", "26.0", "1.9", "V10Gy < 10%")]),
        P("* 900 cGy per fraction x 3.  (a) cord maximum point dose, 3 fractions; cord EQD2 (a/b 2) 61.0 Gy "
          "is reported for the re-irradiation registry only.  (b) BED10 of the prescription = 51.3 Gy."),
        P("Physics: independent MU check (RadCalc) within 1.6%; patient-specific QA (Delta4) 99.4% at 3%/2 mm."),
    ], [
        H2("Delivery"),
        TextTable([("Fx", "Date", "Dose (cGy)", "IGRT"),
                   ("1", "2026-04-13", "900", "XVI CBCT + HexaPOD 6DoF, approved"),
                   ("2", "2026-04-15", "900", "XVI CBCT + HexaPOD 6DoF, approved"),
                   ("3", "2026-04-17", "900", "XVI CBCT + HexaPOD 6DoF, approved")], columns=(0, 30, 110, 190)),
        P("Treatment completed 2026-04-17: PTV_T4-T6 2700 cGy / 3 fx as prescribed. Tolerated well, mild "
          "esophagitis G1."),
        sig("R. Okafor, MD (Radiation Oncology) 2026-04-17; L. Brandes, PhD (Medical Physics) 2026-04-10"),
    ]], opts=dict(header=["Nordheide Cancer Institute  -  Monaco 6.1.2  -  Plan Report", f"{patient(2)}  {mrn(2)}"],
                  font="Helvetica"))])

# b9_03 -- Leksell GammaPlan treatment summary, 3 mets, frame with fiducial indicator box ---------------
add(name="b9_03", kind="pdf", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 3, 1, ["MRI"], ["frame"]),
    lesions=[L("Met 1 L cerebellar", "cranial", S, 20, 1), L("Met 2 R occipital", "cranial", S, 18, 1),
             L("Met 3 L frontal", "cranial", S, 16, 1)],
    categories=cats(),
    notes="Leksell GammaPlan treatment summary: Gamma Knife Icon in frame mode (Leksell Vantage frame, pins), "
          "three simple metastases in one session at 50% isodose (20/18/16 Gy), shot counts, 4/8/16 mm "
          "collimator sectors, max dose, target volume cc, coverage, selectivity, gradient index. The MR "
          "fiducial indicator box is part of frame-based localisation, not implanted fiducials; no CT.",
    docs=[Doc("b9_03.pdf", [[
        H1("Leksell GammaPlan(R) 11.4  -  Treatment Summary"),
        KeyValue([("Patient", f"{patient(3)}  ({mrn(3)})"), ("Treatment unit", "Leksell Gamma Knife Icon, frame mode"),
                  ("Stereotactic frame", "Leksell Vantage frame, 4 pins, applied 2026-05-19 07:10"),
                  ("Imaging", "MR 2026-05-19 08:05, 3D T1 MPRAGE + Gd, 1.0 mm, MR fiducial indicator box; "
                              "no fiducial errors (mean 0.4 mm)"),
                  ("Skull definition", "CBCT skull scaling"), ("Treatment date", "2026-05-19")]),
        RuledTable([("Target", "Vol (cc)", "Rx (Gy)", "IDL", "Max (Gy)", "Cov", "Sel", "GI", "Shots", "Collimators"),
                    ("Met 1 L cerebellar", "2.31", "20.0", "50%", "40.0", "0.98", "0.83", "2.71", "7", "8/16 mm"),
                    ("Met 2 R occipital", "0.94", "18.0", "50%", "36.0", "0.99", "0.79", "2.88", "4", "4/8 mm"),
                    ("Met 3 L frontal", "0.12", "16.0", "50%", "32.0", "1.00", "0.61", "3.20", "1", "4 mm")]),
        P("Cov = coverage, Sel = selectivity, GI = gradient index (V(25%)/V(50%)). Sizes on the planning MR: "
          "Met 1 1.7 cm, Met 2 1.2 cm, Met 3 0.6 cm. All lesions > 2 cm from the optic apparatus; brainstem "
          "Dmax 7.4 Gy, optic chiasm Dmax 2.1 Gy."),
        P("Total beam-on time 58.4 min at 2.61 Gy/min (dose rate at calibration). Plan approved by "
          "neurosurgery, radiation oncology and physics; second check of shot times (independent TMR calc) "
          "within 0.9%. Frame co-ordinate verification and collision check performed before treatment."),
        H2("Delivery"),
        P("All 12 shots delivered 2026-05-19 10:12-11:15 without interruption. Frame removed 11:30; pin sites "
          "clean. Met 1 L cerebellar 20 Gy, Met 2 R occipital 18 Gy, Met 3 L frontal 16 Gy, all at the 50% "
          "isodose, one session."),
        sig("S. Varga, MD (Neurosurgery); E. Mbeki, MD (Radiation Oncology); T. Rask, MS (Physics) 2026-05-19"),
    ]], opts=dict(header=["ELBTAL GAMMA KNIFE CENTER", f"{patient(3)}    {mrn(3)}"], font="Helvetica"))])

# b9_04 -- Brainlab Elements Multiple Brain Mets SRS report, 6 mets single isocenter, table split ----------
_mbm_head = ("Metastasis", "Volume [ccm]", "Max diam [mm]", "Prescription [Gy]", "Coverage [%]", "CI (Paddick)", "Dmax [Gy]")
add(name="b9_04", kind="pdf", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 6, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("Met 1 L frontal", "cranial", S, 20, 1), L("Met 2 L parietal", "cranial", S, 20, 1),
             L("Met 3 R frontal", "cranial", S, 18, 1), L("Met 4 R cerebellar", "cranial", S, 18, 1),
             L("Met 5 pons", "cranial", C, 15, 1), L("Met 6 R occipital", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Brainlab Elements Multiple Brain Mets SRS plan report: one isocenter, 5 dynamic conformal arcs on a "
          "TrueBeam STx, six metastases in one session; the metastasis table is split across two pages with the "
          "header repeated. Met 5 in the pons is complex (brainstem), so 61798 first and 61797 for the simple "
          "ones. Brainlab frameless mask, ExacTrac.",
    docs=[Doc("b9_04.pdf", [[
        H1("Brainlab Elements  |  Multiple Brain Mets SRS 3.0  |  Treatment Plan Report"),
        KeyValue([("Patient", f"{patient(4)}   ID {mrn(4)}"), ("Plan", "MBM_6mets_1iso   (Approved 2026-06-02)"),
                  ("Machine", "Varian TrueBeam STx, HD120 MLC, 6X FFF 1400 MU/min"),
                  ("Isocenter", "1 (automatic placement, center of target group)"),
                  ("Arcs", "5 dynamic conformal arcs, couch 0/45/90/315/270"),
                  ("Images", "CT 2026-05-28 (1.25 mm) fused with MR T1 MPRAGE+Gd 2026-05-27 (1 mm)"),
                  ("Fixation", "Brainlab frameless SRS mask system; ExacTrac Dynamic positioning"),
                  ("Fractions", "1")]),
        H2("Metastases"),
        RuledTable([_mbm_head,
                    ("Met 1 L frontal", "0.84", "13", "20.0", "99.1", "0.81", "23.9"),
                    ("Met 2 L parietal", "0.31", "9", "20.0", "99.6", "0.74", "24.4"),
                    ("Met 3 R frontal", "2.92", "19", "18.0", "98.4", "0.86", "21.8"),
                    ("Met 4 R cerebellar", "1.76", "16", "18.0", "98.9", "0.84", "22.1")]),
        P("Coverage = percentage of the metastasis volume receiving the prescription dose. Brain-GTV V12Gy 8.4 ccm."),
    ], [
        H2("Metastases (continued)"),
        RuledTable([_mbm_head,
                    ("Met 5 pons", "0.22", "8", "15.0", "98.2", "0.70", "17.6"),
                    ("Met 6 R occipital", "0.47", "10", "20.0", "99.3", "0.77", "24.1")]),
        TextTable([("Organ at risk", "Dmax [Gy]", "Constraint"), ("Brainstem", "16.9", "< 17 Gy point (accepted)"),
                   ("Optic chiasm", "3.2", "< 8 Gy"), ("Optic nerve L", "2.6", "< 8 Gy"), ("Cochlea R", "4.1", "< 9 Gy")],
                  columns=(0, 150, 240)),
        H2("Delivery record"),
        P("Treated 2026-06-03 in one session. ExacTrac Dynamic x-ray verification before each arc and at couch "
          "rotations; six-degree corrections < 0.6 mm / 0.4 deg, approved by physician. Independent MU "
          "verification (Mobius3D) passed; SRS MapCHECK QA 2026-06-02 99.0% (3%/1 mm)."),
        P("Summary: Met 1 L frontal 20 Gy, Met 2 L parietal 20 Gy, Met 3 R frontal 18 Gy, Met 4 R cerebellar "
          "18 Gy, Met 5 pons 15 Gy, Met 6 R occipital 20 Gy, each in 1 fraction."),
        sig("A. Dufresne, MD 2026-06-03;  physicist M. Castellano, PhD 2026-06-02"),
    ]], opts=dict(header=["Kirchberg Radiation Oncology - Brainlab Elements report", f"{patient(4)}  {mrn(4)}"],
                  font="Helvetica"))])

# b9_05 -- Accuray Precision CyberKnife plan summary, lung, Synchrony + fiducials, G0339/G0340 ---------------
add(name="b9_05", kind="pdf", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "PET"], ["fiducials"]),
    lesions=[L("LLL lung (PTV_LLL)", "body", None, 50, 5)],
    categories=cats(),
    notes="Accuray Precision plan summary and CyberKnife treatment log: left lower lobe NSCLC 50 Gy in 5 "
          "fractions (10 Gy/fx at the 72% isodose), Iris variable collimator, paths and nodes, MU, Synchrony "
          "respiratory tracking of three implanted gold fiducials; planning CT fused with a PET/CT done for "
          "planning. G0339 for session 1 and G0340 for sessions 2-5 fit.",
    docs=[Doc("b9_05.pdf", [[
        H1("Accuray Precision(TM) 3.3  -  Plan Summary"),
        KeyValue([("Patient", f"{patient(5)} / {mrn(5)}"), ("System", "CyberKnife M6, Iris variable aperture collimator"),
                  ("Plan name", "LLL_Sync_5fx  (Deliverable, approved 2026-02-11)"),
                  ("Path set", "Body_Sync, 117 nodes used"), ("Beams", "186 beams, 28,411 MU total / fx"),
                  ("Tracking", "Synchrony respiratory tracking with fiducials (Xsight Lung not used)"),
                  ("Fiducials", "3 gold fiducials (0.8 x 5 mm) implanted bronchoscopically 2026-01-28, 3 tracked"),
                  ("Planning images", "CT 2026-02-05 (1 mm, exhale breath-hold) primary; PET/CT 2026-02-04 "
                                      "(planning, same position) fused for GTV")]),
        RuledTable([("Target", "Rx dose (cGy)", "Fx", "Isodose", "Coverage", "nCI", "Max (cGy)"),
                    ("PTV_LLL", "5000", "5", "72%", "95.6%", "1.14", "6944")]),
        TextTable([("Iris sizes (mm)", "10, 15, 20, 25, 35"), ("Dose calc", "Monte Carlo, 2% uncertainty, high res"),
                   ("Chest wall D30cc", "2910 cGy"), ("Cord Dmax", "1104 cGy"), ("Lung V20", "5.2%")],
                  columns=(0, 160)),
        P("Plan checked by physics (independent MU calc and DQA film, gamma 2%/2 mm 97.8%)."),
        H2("Treatment Log"),
        RuledTable([("Fx", "Date", "Delivered (cGy)", "Beams", "Synchrony model corr. err. (mm)", "Duration"),
                    ("1", "2026-02-16", "1000", "186/186", "1.4", "52 min"),
                    ("2", "2026-02-18", "1000", "186/186", "1.2", "48 min"),
                    ("3", "2026-02-20", "1000", "186/186", "1.6", "50 min"),
                    ("4", "2026-02-23", "1000", "186/186", "1.1", "47 min"),
                    ("5", "2026-02-25", "1000", "186/186", "1.3", "46 min")]),
        P("Course complete: PTV_LLL 5000 cGy in 5 fractions. Live x-ray fiducial tracking confirmed throughout."),
        sig("J. Whitcombe, MD 2026-02-25; physicist D. Rahimi, MS 2026-02-11"),
    ]], opts=dict(header=["BAYSIDE CYBERKNIFE CENTER", f"{patient(5)}    MRN {mrn(5)}"], font="Helvetica"))])

# b9_06 -- HL7 v2 ORU^R01 message with OBX segments, liver SBRT 45 Gy/3, BED in an OBX ----------------------
add(name="b9_06", kind="export", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment 7 HCC (PTV_Liv7)", "body", None, 45, 3)],
    categories=cats(),
    notes="HL7 v2.5.1 ORU^R01 treatment-summary message as text (MSH/PID/PV1/ORC/OBR/OBX). Liver segment 7 HCC, "
          "1500 cGy x 3 = 4500 cGy on a TrueBeam, 4DCT and MRI fused, 3 gold fiducials, abdominal compression. "
          "OBX values for BED10 (112.5 Gy) and EQD2 (93.8 Gy) are not the delivered dose.",
    docs=[Doc("b9_06.txt", text=f"""
MSH|^~\\&|ARIA|RADONC_HARBOR|HIS|HARBOR_HOSP|20260319101500||ORU^R01^ORU_R01|MSG000917|P|2.5.1
PID|1||{mrn(6)}^^^HARBOR^MR||NINEPATIENT^{FIRST[5]}||19460306|F|||1 TEST ST^^SYNTHVILLE^ZZ^00000
PV1|1|O|RADONC^LINAC3^^HARBOR||||0417^ABARA^C^^^MD
ORC|RE|ORD55012|RT-COURSE-1||CM
OBR|1|ORD55012|RT-COURSE-1|77435^SBRT treatment management^CPT|||20260309|20260318|||||||||0417^ABARA^C^^^MD||||||20260319101200|||F
OBX|1|ST|DX^Diagnosis^L||C22.0 Hepatocellular carcinoma, segment 7, 3.1 cm (LI-RADS 5), Child-Pugh A6||||||F
OBX|2|ST|MACHINE^Treatment unit^L||Varian TrueBeam (LINAC3), 10 MV FFF, HD120 MLC||||||F
OBX|3|ST|SIM^Simulation^L||2026-03-02 4DCT 2 mm in abdominal compression belt (Vac-Lok + compression paddle); MRI liver 2026-03-01 (gadoxetate, arterial/HBP) registered to the 4DCT for GTV||||||F
OBX|4|ST|FIDUCIAL^Fiducials^L||3 gold fiducial markers, US-guided placement 2026-02-23, all visible on CBCT||||||F
OBX|5|ST|TARGET^Target^L||GTV_Liv7 -> ITV (4D) -> PTV_Liv7 (+5 mm); volume PTV 48.6 cc||||||F
OBX|6|NM|RXDOSE^Prescribed total dose^L||4500|cGy|||||F
OBX|7|NM|RXFX^Prescribed fractions^L||3|fx|||||F
OBX|8|NM|DPF^Dose per fraction^L||1500|cGy|||||F
OBX|9|ST|TECH^Technique^L||VMAT 2 partial arcs (181-300 / 300-181), Eclipse 16.1 AcurosXB, Rx to 67% IDL covering 95% of PTV||||||F
OBX|10|NM|BED10^Biologically effective dose a/b=10^L||112.5|Gy|||||F
OBX|11|NM|EQD2^EQD2 a/b=10^L||93.8|Gy|||||F
OBX|12|ST|OAR^OAR maxima^L||Liver-GTV mean 9.8 Gy; liver >700 cc spared <15 Gy; duodenum D0.5cc 14.2 Gy; stomach D0.5cc 11.7 Gy; cord Dmax 9.0 Gy; R kidney mean 2.1 Gy||||||F
OBX|13|ST|QA^Physics QA^L||Second check (RadCalc) -1.1%; portal dosimetry 99.6% (3%/2mm) 2026-03-06||||||F
OBX|14|TS|FX1^Fraction 1^L||20260309|||||F
OBX|15|ST|FX1IGRT^Fx 1 imaging^L||CBCT, fiducial match, shifts 2/-3/1 mm approved by MD||||||F
OBX|16|TS|FX2^Fraction 2^L||20260312|||||F
OBX|17|ST|FX2IGRT^Fx 2 imaging^L||CBCT, fiducial match, shifts 1/-1/2 mm approved by MD||||||F
OBX|18|TS|FX3^Fraction 3^L||20260318|||||F
OBX|19|ST|FX3IGRT^Fx 3 imaging^L||CBCT, fiducial match, shifts -2/0/1 mm approved by MD||||||F
OBX|20|NM|DELIVTOT^Delivered total dose^L||4500|cGy|||||F
OBX|21|NM|DELIVFX^Delivered fractions^L||3|fx|||||F
OBX|22|ST|STATUS^Course status^L||Completed as prescribed, PTV_Liv7 4500 cGy / 3 fx||||||F
OBX|23|ST|SIGN^Signed^L||C. Abara, MD 2026-03-18 17:02; physics N. Osei, MS 2026-03-06||||||F
""")])

# b9_07 -- bundle: DICOM RT Plan header dump + treatment summary, cavity 25 Gy/5 on Edge ---------------------
add(name="b9_07", kind="bundle", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left parietal resection cavity (L_PARIETAL)", "cranial", S, 25, 5)],
    categories=cats(),
    notes="Bundle: a DICOM RT Plan header dump (RTPlanLabel, NumberOfFractionsPlanned, DoseReferenceSequence, "
          "BeamSequence with MU, FixationDevice) and a completion summary. Left parietal resection cavity "
          "3.2 cm (simple), 25 Gy in 5 fractions on a Varian Edge, Encompass mask. The plan label "
          "'L_PARIETAL' is a plan name; per-beam meterset and the 0.8 beam dose are not doses of record.",
    docs=[
        Doc("1_rtplan_dump.txt", text=f"""
# dcmdump RP.1.2.826.0.1.3680043.9.7261.2026.4471.dcm  (header, sequences abridged)
(0008,0016) UI RTPlanStorage                                       # SOPClassUID
(0008,0020) DA [20260408]                                          # StudyDate
(0008,0060) CS [RTPLAN]                                            # Modality
(0008,0070) LO [Varian Medical Systems]                            # Manufacturer
(0010,0010) PN [NINEPATIENT^{FIRST[6]}]                                 # PatientName
(0010,0020) LO [{mrn(7)}]                                           # PatientID
(300a,0002) SH [L_PARIETAL]                                        # RTPlanLabel
(300a,0003) LO [SRT cavity 5fx]                                    # RTPlanName
(300a,0006) DA [20260410]                                          # RTPlanDate
(300a,000c) CS [PATIENT]                                           # RTPlanGeometry
(300a,0010) SQ (DoseReferenceSequence, 1 item)
  (300a,0012) IS [1]                                               #   DoseReferenceNumber
  (300a,0016) LO [PTV_Cav]                                         #   DoseReferenceDescription
  (300a,0020) CS [TARGET]                                          #   DoseReferenceType
  (300a,0026) DS [25.0]                                            #   TargetPrescriptionDose (Gy)
(300a,0070) SQ (FractionGroupSequence, 1 item)
  (300a,0071) IS [1]                                               #   FractionGroupNumber
  (300a,0078) IS [5]                                               #   NumberOfFractionsPlanned
  (300a,0080) IS [4]                                               #   NumberOfBeams
  (300c,0004) SQ (ReferencedBeamSequence, 4 items)
    (300a,0084) DS [0.8]      (300a,0086) DS [412.6]               #   BeamDose / BeamMeterset, beam 1
    (300a,0084) DS [1.6]      (300a,0086) DS [731.0]               #   beam 2
    (300a,0084) DS [1.3]      (300a,0086) DS [655.2]               #   beam 3
    (300a,0084) DS [1.3]      (300a,0086) DS [648.9]               #   beam 4
(300a,00b0) SQ (BeamSequence, 4 items)
  (300a,00b2) SH [EDGE_SN4411]                                     #   TreatmentMachineName
  (300a,00c2) LO [ARC1_CW]  (300a,00c4) CS [DYNAMIC]  (300a,0114) DS [6]  FFF  # beam 1, couch 0
  (300a,00c2) LO [ARC2_CCW] (300a,00c4) CS [DYNAMIC]                # beam 2, couch 0
  (300a,00c2) LO [ARC3_C45] (300a,00c4) CS [DYNAMIC]                # beam 3, couch 45
  (300a,00c2) LO [ARC4_C315](300a,00c4) CS [DYNAMIC]                # beam 4, couch 315
(300a,0180) SQ (PatientSetupSequence, 1 item)
  (0018,5100) CS [HFS]                                             #   PatientPosition
  (300a,0190) SQ (FixationDeviceSequence, 1 item)
    (300a,0192) CS [MASK]                                          #   FixationDeviceType
    (300a,0196) LO [Qfix Encompass SRS]                            #   FixationDeviceDescription
(300c,0060) SQ (ReferencedStructureSetSequence) -> RS CT_SIM 20260406 (MR T1+Gd 20260405 registered)
(300e,0002) CS [APPROVED]                                          # ApprovalStatus
(300e,0004) DA [20260410]                                          # ReviewDate
(300e,0008) PN [GRAHAM^T^^DR]                                      # ReviewerName
"""),
        Doc("2_completion_summary.pdf", [[
            H1("Radiation Therapy Completion Summary"),
            KeyValue([("Patient", f"{patient(7)}  MRN {mrn(7)}"), ("Attending", "T. Graham, MD"),
                      ("Diagnosis", "C79.31 brain metastasis (breast primary), s/p resection 2026-03-19"),
                      ("Course", "Hypofractionated stereotactic RT (SRT) to the resection cavity")]),
            P("Planning: CT simulation 2026-04-06 in a Qfix Encompass SRS thermoplastic mask (1 mm slices) and "
              "post-operative MRI 2026-04-05 (T1 MPRAGE + gadolinium) fused in Eclipse. Left parietal resection "
              "cavity 3.2 cm maximum dimension, > 1 cm from the optic apparatus and brainstem. CTV = cavity + "
              "2 mm along the dura, PTV +1 mm. Plan L_PARIETAL: 4 non-coplanar VMAT arcs, Rx 25 Gy in 5 "
              "fractions to cover 98% of the PTV (IDL 76%). Brainstem Dmax 6.2 Gy; V20Gy brain 11.9 cc."),
            P("Physics: independent MU calculation within 2.1%; portal dosimetry QA 98.8%."),
            RuledTable([("Fx", "Date", "Dose (Gy)", "Cumulative (Gy)", "IGRT"),
                        ("1", "04/13/2026", "5.0", "5.0", "CBCT + 6DoF couch"),
                        ("2", "04/14/2026", "5.0", "10.0", "CBCT + 6DoF couch"),
                        ("3", "04/15/2026", "5.0", "15.0", "CBCT + 6DoF couch"),
                        ("4", "04/16/2026", "5.0", "20.0", "CBCT + 6DoF couch"),
                        ("5", "04/17/2026", "5.0", "25.0", "CBCT + 6DoF couch")]),
            P("Delivered: left parietal resection cavity 25 Gy in 5 fractions, 04/13/2026-04/17/2026. Every CBCT "
              "reviewed by the physician before treatment; surface guidance (AlignRT) for intrafraction motion."),
            sig("T. Graham, MD 04/17/2026"),
        ]], opts=dict(header=["RIVERGATE RADIATION ONCOLOGY", f"{patient(7)}    {mrn(7)}"], font="Times-Roman")),
    ])

# b9_08 -- CSV export of a treatment history, prostate SBRT 36.25 Gy/5; no planning imaging documented -------
add(name="b9_08", kind="export", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, [], ["fiducials"]),
    lesions=[L("prostate (PTV_Prostate)", "body", None, 36.25, 5)],
    categories=cats(imaging=False),
    notes="A CSV treatment-history export with '#' metadata lines: prostate SBRT 725 cGy x 5 = 3625 cGy on a "
          "TrueBeam, three gold markers matched on CBCT each fraction. The export names no planning CT or MRI "
          "(imaging empty, category missing). EQD2 (90.6 Gy) and rectal-spacer lines are not doses or "
          "immobilization; the per-field rows split each fraction into two arcs.",
    docs=[Doc("b9_08.txt", text=f"""
# ARIA Treatment History Export v2 -- generated 2026-07-24T09:31:07Z
# PatientId={mrn(8)};PatientName=NINEPATIENT^{FIRST[7]};Course=C1_SBRT_PROSTATE;Physician=Dr. E. Novak
# Diagnosis=C61 Adenocarcinoma of prostate, GS 3+4, PSA 7.9, cT2a (favorable intermediate risk)
# Plan=PROST_SBRT_5x725;Technique=VMAT 2 arcs 10X-FFF;Machine=TB_1 (Varian TrueBeam);Target=PTV_Prostate (CTV prostate + 5 mm, 3 mm post)
# Rx=3625 cGy/5 fx (725 cGy/fx) to PTV, D95>=100%
# Markers=3 gold fiducial markers (transperineal) 2026-06-22; SpaceOAR hydrogel 2026-06-22 (rectal spacer)
# Constraints=Rectum D1cc 3410 cGy; Bladder D10cc 3190 cGy; Urethra PRV Dmax 3790 cGy
# EQD2(a/b=1.5)=90.6 Gy  (reference only)
# PhysicsCheck=2nd calc MU within 1.2%; PSQA portal dosimetry 99.3% (2026-07-08) by K. Yilmaz MS
PatientId,Course,Plan,Field,Date,Fraction,DosePerFx_cGy,Cumulative_cGy,MU,Imaging,ImagingApproved
{mrn(8)},C1,PROST_SBRT_5x725,CBCT,2026-07-13,1,,,,CBCT fiducial match 3/3 markers,EN 07:42
{mrn(8)},C1,PROST_SBRT_5x725,ARC1,2026-07-13,1,362.5,362.5,1043,,
{mrn(8)},C1,PROST_SBRT_5x725,ARC2,2026-07-13,1,362.5,725,1051,,
{mrn(8)},C1,PROST_SBRT_5x725,CBCT,2026-07-15,2,,,,CBCT fiducial match 3/3 markers,EN 08:10
{mrn(8)},C1,PROST_SBRT_5x725,ARC1,2026-07-15,2,362.5,1087.5,1043,,
{mrn(8)},C1,PROST_SBRT_5x725,ARC2,2026-07-15,2,362.5,1450,1051,,
{mrn(8)},C1,PROST_SBRT_5x725,CBCT,2026-07-17,3,,,,CBCT fiducial match 3/3 markers,EN 07:55
{mrn(8)},C1,PROST_SBRT_5x725,ARC1,2026-07-17,3,362.5,1812.5,1043,,
{mrn(8)},C1,PROST_SBRT_5x725,ARC2,2026-07-17,3,362.5,2175,1051,,
{mrn(8)},C1,PROST_SBRT_5x725,CBCT,2026-07-20,4,,,,CBCT fiducial match 3/3 markers,EN 08:03
{mrn(8)},C1,PROST_SBRT_5x725,ARC1,2026-07-20,4,362.5,2537.5,1043,,
{mrn(8)},C1,PROST_SBRT_5x725,ARC2,2026-07-20,4,362.5,2900,1051,,
{mrn(8)},C1,PROST_SBRT_5x725,CBCT,2026-07-22,5,,,,CBCT fiducial match 3/3 markers,EN 07:49
{mrn(8)},C1,PROST_SBRT_5x725,ARC1,2026-07-22,5,362.5,3262.5,1043,,
{mrn(8)},C1,PROST_SBRT_5x725,ARC2,2026-07-22,5,362.5,3625,1051,,
# CourseStatus=COMPLETED;FractionsDelivered=5/5;TotalDelivered_cGy=3625 (PTV_Prostate);LastTx=2026-07-22
# SignedBy=E. Novak MD 2026-07-22T15:20
""")])

# b9_09 -- RayStation plan report, pancreas SBRT with a simultaneous integrated boost inside one lesion ----------
add(name="b9_09", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("pancreatic head tumor (PTV_33 with SIB PTV_40)", "body", None, 33, 5)],
    categories=cats(),
    notes="RayStation plan report: one pancreatic-head adenocarcinoma planned with two dose levels in the SAME "
          "lesion (PTV_33: 33 Gy/5 prescription of record; simultaneous integrated boost PTV_40 to the "
          "tumor-vessel interface, 40 Gy/5). One lesion, dose of record 33 Gy in 5 fractions (the summary "
          "names it). Biliary stent as surrogate, no fiducials; Vac-Lok cushion; 4DCT and MRI.",
    docs=[Doc("b9_09.pdf", [[
        H1("RayStation 2024B  -  Plan Report"),
        KeyValue([("Patient", f"{patient(9)}  ({mrn(9)})"), ("Case / Plan", "PANC_SBRT / PANC_SIB_5fx  (Approved)"),
                  ("Beam set", "VMAT_2arc, Varian TrueBeam, 6 MV FFF, 5 fractions"),
                  ("Planning CT", "4DCT 2026-08-11, average intensity projection, Vac-Lok cushion, arms up"),
                  ("Secondary images", "MR abdomen 2026-08-10 (T1 VIBE arterial, T2 HASTE) deformably registered"),
                  ("Motion", "ITV from 4DCT; no implanted fiducials (biliary stent used as surrogate on CBCT)")]),
        H2("Prescriptions"),
        RuledTable([("ROI", "Role", "Dose [cGy]", "Fractions", "Criterion"),
                    ("PTV_33", "Primary prescription", "3300", "5", "D95% >= 3300 cGy"),
                    ("PTV_40", "SIB (tumor-vessel interface, inside PTV_33)", "4000", "5", "D90% >= 4000 cGy")]),
        P("Both PTVs belong to one pancreatic head tumor (GTV 3.4 cm, abutting the SMA < 180 degrees). PTV_40 "
          "is a sub-volume of PTV_33; they are dose levels of one target, not separate lesions."),
        H2("Clinical goals"),
        RuledTable([("ROI", "Goal", "Value", "Result"),
                    ("Duodenum", "D0.5cc < 3300 cGy", "3188 cGy", "Fulfilled"),
                    ("Stomach", "D0.5cc < 3300 cGy", "2741 cGy", "Fulfilled"),
                    ("Bowel_Small", "D0.5cc < 3000 cGy", "2630 cGy", "Fulfilled"),
                    ("Kidneys", "V1200 < 25%", "6.3%", "Fulfilled"),
                    ("SpinalCord", "D0.03cc < 2000 cGy", "1110 cGy", "Fulfilled")]),
        P("Independent dose calculation (RadCalc) -0.9%; ArcCHECK 98.6% 3%/2 mm. Plan reviewed by physics."),
    ], [
        H2("Treatment summary"),
        P("Treated 08/18/2026 to 08/25/2026, 5 of 5 fractions, daily CBCT with stent/ITV match and physician "
          "approval of shifts before each fraction. Prescription of record delivered: pancreatic head tumor "
          "33 Gy in 5 fractions to PTV_33, with the simultaneous integrated boost to 40 Gy in 5 fractions "
          "within it. No interruptions; nausea G1."),
        sig("F. Achterberg, MD 08/25/2026; K. Sorensen, MS, DABR 08/14/2026"),
    ]], opts=dict(header=["HANSEATIC ONCOLOGY PARTNERS", f"{patient(9)}   MRN {mrn(9)}"], font="Helvetica"))])

# b9_10 -- Pinnacle plan report, approved but never delivered (patient died): hard negative ----------------
add(name="b9_10", kind="pdf", codes=["77373", "77435"],
    facts=F(None, [], None, None, [], []),
    lesions=[],
    categories=cats(False, False, False, False, False),
    notes="Hard negative: a Pinnacle plan report for lung SBRT 48 Gy in 4 fractions, approved 2026-09-03, and a "
          "MOSAIQ status page showing 0 of 4 fractions; the patient died 2026-09-06 before the first fraction. "
          "No delivered course: facts null/empty (as for a consult-only chart), every category false, both "
          "codes inconsistent, no delivery code.",
    docs=[Doc("b9_10.pdf", [[
        H1("Pinnacle3 16.4  -  Plan Summary"),
        KeyValue([("Patient", f"{patient(10)}   MRN {mrn(10)}"), ("Plan", "RLL_SBRT_4fx   Trial: Trial_2 (approved 2026-09-03)"),
                  ("Machine", "Elekta Synergy (Agility), 6 MV FFF"), ("Technique", "VMAT, 2 arcs"),
                  ("Prescription", "4800 cGy in 4 fractions (1200 cGy/fx) to PTV_RLL, 95% coverage"),
                  ("Simulation", "4DCT 2026-08-27 in BodyFIX")]),
        RuledTable([("ROI", "Volume (cc)", "Min (cGy)", "Max (cGy)", "Mean (cGy)", "D95 (cGy)"),
                    ("PTV_RLL", "31.7", "4412", "6055", "5310", "4806"),
                    ("Cord", "34.1", "4", "1122", "301", "-"),
                    ("Heart", "612.0", "0", "1934", "188", "-"),
                    ("Lungs-ITV", "3871", "2", "5620", "412", "-")]),
        P("Plan status: APPROVED by physician and physics. Scheduled start 2026-09-08."),
    ], [
        H1("MOSAIQ Course Status"),
        RuledTable([("Site", "Fx", "Dose/Fx (cGy)", "Planned (cGy)", "Cumulative (cGy)", "Status"),
                    ("RLL_SBRT", "0/4", "1200", "4800", "0", "Discontinued - not started")]),
        P("Note 2026-09-07 (S. Marsh, RN): Family called; patient died at home 2026-09-06 (cardiac arrest). All "
          "appointments cancelled. No radiation was delivered."),
        sig("D. Petrov, MD 2026-09-07: course closed, no treatment delivered"),
    ]], opts=dict(header=["LAKESHORE RADIATION THERAPY", f"{patient(10)}   {mrn(10)}"], font="Helvetica"))])

# b9_11 -- bundle: Eclipse plan report + phantom QA verification plan + treatment summary, 2 mets HyperArc ----
add(name="b9_11", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("PTV_RtTemp (right temporal)", "cranial", S, 20, 1), L("PTV_LtOcc (left occipital)", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Bundle: Eclipse plan report (HyperArc, DVH table), a phantom verification plan printed in the same "
          "packet (QA_Phantom / 'Target_QA' in a StereoPHAN, measured vs calculated doses: not a lesion and not "
          "a delivered dose), and the treatment summary. Two simple metastases, 20 Gy and 18 Gy in one session "
          "on a TrueBeam, Encompass mask.",
    docs=[
        Doc("1_eclipse_plan_report.pdf", [[
            H1("Eclipse Treatment Planning - Plan Report"),
            KeyValue([("Patient", f"{patient(11)}  ID {mrn(11)}"), ("Course / Plan", "C1 / HA_2mets"),
                      ("Machine", "TrueBeam STx (TB2), 6X-FFF, HyperArc"), ("Fractions", "1"),
                      ("Images", "CT 2026-10-05 1.25 mm (Encompass mask); MR T1+Gd 2026-10-02 registered"),
                      ("Isocenter", "1, 4 arcs (couch 0/45/315/90)")]),
            RuledTable([("Structure", "Vol [cm3]", "Rx [Gy]", "D95 [Gy]", "V100% [%]", "Dmax [Gy]", "Dmean [Gy]"),
                        ("PTV_RtTemp", "1.62", "20.0", "20.3", "97.4", "26.1", "23.2"),
                        ("PTV_LtOcc", "0.57", "18.0", "18.2", "96.8", "23.8", "20.9"),
                        ("Brainstem", "27.1", "-", "-", "-", "5.8", "0.9"),
                        ("Chiasm", "0.4", "-", "-", "-", "2.2", "1.1"),
                        ("Brain-PTVs", "1290", "-", "-", "-", "25.7", "1.6")]),
            P("Brain V12Gy 6.1 cm3. Right temporal lesion 1.8 cm, left occipital 1.0 cm; both > 1 cm from the "
              "optic apparatus. Plan approved 2026-10-06 by R. Haddad, MD; physics check N. Blum, MS."),
        ]], opts=dict(header=["Sunport Cancer Center - Eclipse 18.0", f"{patient(11)}  {mrn(11)}"], font="Helvetica")),
        Doc("2_phantom_qa.pdf", [[
            H1("Patient-Specific QA - Verification Plan"),
            KeyValue([("Verification plan", "QA_Phantom (copy of HA_2mets onto StereoPHAN)"),
                      ("Phantom", "Sun Nuclear StereoPHAN with SRS MapCHECK; 'Target_QA' = film plane"),
                      ("Date", "2026-10-06")]),
            RuledTable([("Point", "Calculated (Gy)", "Measured (Gy)", "Diff"),
                        ("Target_QA center 1", "21.42", "21.15", "-1.3%"),
                        ("Target_QA center 2", "19.03", "18.86", "-0.9%")]),
            P("Gamma 3%/1 mm (10% threshold): 98.7% pass. Result: PASS. This phantom plan is not delivered to the patient."),
            sig("N. Blum, MS, DABR 2026-10-06"),
        ]], opts=dict(header=["Sunport Cancer Center - Physics", f"{patient(11)}  {mrn(11)}"], font="Helvetica")),
        Doc("3_treatment_summary.pdf", [[
            H1("SRS Treatment Summary"),
            P("Date of treatment: 10/07/2026. One session, HyperArc on TrueBeam STx. Encompass SRS mask; CBCT with "
              "6DoF couch correction before treatment and an intrafraction kV check between arcs, approved by "
              "the physician. OSMS surface monitoring throughout."),
            TextTable([("Lesion", "Dose", "Fx"), ("Right temporal (PTV_RtTemp)", "20 Gy", "1"),
                       ("Left occipital (PTV_LtOcc)", "18 Gy", "1")], columns=(0, 200, 260)),
            P("Tolerated well. MRI follow-up in 8 weeks."),
            sig("R. Haddad, MD 10/07/2026"),
        ]], opts=dict(header=["Sunport Cancer Center", f"{patient(11)}  {mrn(11)}"], font="Helvetica")),
    ])

# b9_12 -- MOSAIQ landscape course printout: adrenal SBRT + a conventional femur course in the same printout --
add(name="b9_12", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT"], ["body_immobilization"]),
    lesions=[L("left adrenal metastasis (L_ADRENAL_SBRT)", "body", None, 40, 5)],
    categories=cats(),
    notes="MOSAIQ site-by-site printout on a landscape page (stored rotated) holding two courses: the SBRT "
          "course to a left adrenal metastasis (800 cGy x 5 = 4000 cGy, Versa HD, BodyFIX, 4DCT) and a "
          "separate conventional palliative 3D course to the right femur (300 cGy x 10 = 3000 cGy, 77412). Only "
          "the SBRT course is the stereotactic course; the femur course is neither a lesion nor fractions of it.",
    docs=[Doc("b9_12.pdf", [[
        H1("MOSAIQ - Treatment Summary by Site (landscape)"),
        RuledTable([("Course", "Site", "Technique", "Fx", "Dose/Fx (cGy)", "Cum. (cGy)", "Start", "End", "Machine"),
                    ("C2 SBRT", "L_ADRENAL_SBRT", "VMAT SBRT", "5/5", "800", "4000", "2026-11-02", "2026-11-13", "VERSA_1"),
                    ("C3 Palliative", "R_FEMUR", "3D AP/PA", "10/10", "300", "3000", "2026-11-16", "2026-11-27", "VERSA_2")]),
        P("C2 SBRT: left adrenal NSCLC metastasis 3.6 cm. 4DCT simulation 2026-10-27 in BodyFIX with abdominal "
          "compression; ITV + 5 mm = PTV. Rx 4000 cGy in 5 fx to 80% isodose, Monaco VMAT 2 arcs. XVI CBCT "
          "before every fraction, shifts approved by the physician. Physics 2nd check within 1.9%, ArcCHECK 98.2%."),
        P("C3 Palliative: right femur lytic lesion, conventional 3000 cGy in 10 fractions, AP/PA 6 MV, weekly "
          "MV portal imaging; not stereotactic, billed separately (77412/77427)."),
        TextTable([("OAR (C2)", "Max (cGy)"), ("Kidney L mean", "712"), ("Stomach D0.5cc", "2460"),
                   ("Cord Dmax", "1370"), ("Bowel D0.5cc", "2150")], columns=(0, 170)),
        P("Status: C2 completed 2026-11-13 (left adrenal 4000 cGy / 5 fx). C3 completed 2026-11-27."),
        sig("I. Moreau, MD 2026-11-27"),
    ]], opts=dict(header=mosaiq_hdr(12, "2026-11-30 07:44", "Treatment Summary by Site"), font="Helvetica", font_size=8,
                  rotate={1: 90}))])

# b9_13 -- proton PBS liver, 40 Gy(RBE)/5: particle, 77373 does not fit ------------------------------------
add(name="b9_13", kind="pdf", codes=["77373", "77435"],
    facts=F("particle", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("liver segment 4a HCC (CTV_Liv4a)", "body", None, 40, 5)],
    categories=cats(),
    notes="Proton treatment record (Varian ProBeam, pencil-beam scanning) for a segment 4a HCC, 40 Gy(RBE) in "
          "5 fractions, robust optimisation, Vac-Lok, 4DCT and MRI, daily CBCT. Modality particle: the photon "
          "delivery code 77373 does not fit; no delivery code.",
    docs=[Doc("b9_13.pdf", [[
        H1("Proton Therapy Treatment Record"),
        KeyValue([("Patient", f"{patient(13)}   {mrn(13)}"), ("Center", "Weserland Proton Center"),
                  ("System", "Varian ProBeam 360, pencil beam scanning (PBS)"), ("TPS", "Eclipse PCS 18, robust optimisation (3 mm / 3.5%)"),
                  ("Fields", "2 (gantry 30 and 330 deg), range shifter none"),
                  ("Rx", "40 Gy(RBE) in 5 fractions, 8 Gy(RBE)/fx, CTV D98 >= 100% (robust)"),
                  ("Imaging", "4DCT sim 2026-01-12 (Vac-Lok + abdominal belt); MRI liver 2026-01-09 fused")]),
        RuledTable([("Fx", "Date", "Dose Gy(RBE)", "Cum Gy(RBE)", "Imaging"),
                    ("1", "19.01.2026", "8.0", "8.0", "CBCT + kV, 6DoF"),
                    ("2", "21.01.2026", "8.0", "16.0", "CBCT + kV, 6DoF"),
                    ("3", "23.01.2026", "8.0", "24.0", "CBCT + kV, 6DoF"),
                    ("4", "26.01.2026", "8.0", "32.0", "CBCT + kV, 6DoF"),
                    ("5", "28.01.2026", "8.0", "40.0", "CBCT + kV, 6DoF")]),
        P("OAR: liver-GTV mean 11.2 Gy(RBE), stomach D0.5cc 24.9 Gy(RBE), duodenum D0.5cc 21.3 Gy(RBE). Physics: "
          "patient-specific QA (MatriXX PT at 2 depths) 98.9% pass; weekly verification CT 2026-01-23 showed no "
          "range deviation. Equivalent photon SBRT was considered and not chosen (liver reserve)."),
        P("Completed 28.01.2026: segment 4a HCC 40 Gy(RBE) in 5 fractions."),
        sig("B. Heinemann, MD 28.01.2026; physics J. Kowalczyk, PhD 16.01.2026"),
    ]], opts=dict(header=["Weserland Proton Center", f"{patient(13)}   {mrn(13)}"], font="Helvetica"))])

# b9_14 -- packet with a prior HDR brachytherapy record + current para-aortic node SBRT; 63620 wrong -------
add(name="b9_14", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("para-aortic lymph node at L3 (PTV_PAN)", "body", None, 35, 5)],
    categories=cats(),
    notes="One printed packet: a 2024 HDR brachytherapy record (vaginal cuff, Ir-192, 3 x 700 cGy) and 2024 "
          "pelvic EBRT 45 Gy/25 as prior treatment, then the current SBRT of an isolated para-aortic lymph node "
          "at the level of L3, 35 Gy in 5 fractions on a Varian Edge with PET/CT-fused planning. The node is "
          "a body lesion; 'L3' is a level, not a spinal lesion (63620 wrong).",
    docs=[Doc("b9_14.pdf", [[
        H1("Prior Treatment: HDR Brachytherapy Record (2024)"),
        KeyValue([("Applicator", "Vaginal cylinder 3.0 cm"), ("Source", "Ir-192, 9.8 Ci at first fraction"),
                  ("Prescription", "700 cGy x 3 at 0.5 cm depth, upper 4 cm")]),
        RuledTable([("Fx", "Date", "Dose (cGy)", "Dwell positions", "Total time (s)"),
                    ("1", "2024-05-06", "700", "17", "241.3"),
                    ("2", "2024-05-13", "700", "17", "252.0"),
                    ("3", "2024-05-20", "700", "17", "263.1")]),
        P("Preceded by pelvic IMRT 4500 cGy in 25 fractions (2024-03-25 to 2024-04-26) for FIGO IIIC1 "
          "endometrial carcinoma."),
    ], [
        H1("Current Course: SBRT Para-aortic Node"),
        KeyValue([("Diagnosis", "C77.2 isolated para-aortic nodal recurrence (2.2 cm), endometrial primary"),
                  ("Machine", "Varian Edge, 6X-FFF, HD120 MLC"),
                  ("Planning imaging", "CT simulation 2026-02-02 (Vac-Lok, arms up) fused with PET/CT 2026-01-29 "
                                       "acquired in treatment position for GTV definition"),
                  ("Target", "GTV_PAN (left para-aortic node at the level of the L3 vertebral body) + 5 mm = PTV_PAN"),
                  ("Rx", "3500 cGy in 5 fractions, 700 cGy/fx, 2 VMAT arcs, IDL 83%")]),
        TextTable([("OAR", "Max"), ("Duodenum D0.5cc", "2870 cGy"), ("Bowel D0.5cc", "2910 cGy"),
                   ("Cauda/cord Dmax", "1620 cGy"), ("L kidney mean", "390 cGy")], columns=(0, 170)),
        RuledTable([("Fx", "Date", "Dose (cGy)", "Cum (cGy)", "IGRT"),
                    ("1", "2026-02-09", "700", "700", "CBCT, approved"),
                    ("2", "2026-02-11", "700", "1400", "CBCT, approved"),
                    ("3", "2026-02-13", "700", "2100", "CBCT, approved"),
                    ("4", "2026-02-16", "700", "2800", "CBCT, approved"),
                    ("5", "2026-02-18", "700", "3500", "CBCT, approved")]),
        P("Physics second check 0.8%; portal dosimetry pass. Completed 2026-02-18: PTV_PAN 3500 cGy / 5 fx."),
        sig("G. Albrecht, MD 2026-02-18"),
    ]], opts=dict(header=["AUENWALD WOMEN'S CANCER CENTER - course printout", f"{patient(14)}  {mrn(14)}"],
                  font="Helvetica"))])

# b9_15 -- ZAP-X treatment report, trigeminal neuralgia 80 Gy max, plan name R_TRIGEMINAL -----------------
add(name="b9_15", kind="pdf", codes=["77372", "77432", "61798"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right trigeminal nerve (R_TRIGEMINAL)", "cranial", C, 80, 1)],
    categories=cats(),
    notes="ZAP-X treatment report: functional radiosurgery of the right trigeminal nerve (refractory trigeminal "
          "neuralgia), 80 Gy maximum dose (100% isodose) with a 4 mm collimator in one session; a functional "
          "target is complex -> 61798. The 50% isodose tangent to the brainstem and the 'R_TRIGEMINAL' plan "
          "name are not separate targets. Thermoplastic mask, CT + MRI (CISS).",
    docs=[Doc("b9_15.pdf", [[
        H1("ZAP-X(R) Radiosurgery Treatment Report"),
        KeyValue([("Patient", f"{patient(15)}   {mrn(15)}"), ("Plan", "R_TRIGEMINAL  (ZAP-X TPS 2.1, approved 2026-03-23)"),
                  ("Indication", "G50.0 right V2/V3 trigeminal neuralgia, refractory to carbamazepine and "
                                 "oxcarbazepine, MVD declined"),
                  ("Imaging", "CT 2026-03-20 0.6 mm; MRI 3D CISS + T1 Gd 2026-03-19, fused"),
                  ("Immobilization", "ZAP-X thermoplastic head mask"),
                  ("Target", "right trigeminal nerve, cisternal segment, 6 mm anterior to the root entry zone"),
                  ("Collimator", "4 mm"), ("Isocenters", "1"), ("Beams", "217 non-coplanar, 2.7 MV")]),
        RuledTable([("Parameter", "Value"), ("Prescription", "80.0 Gy max dose (100% isodose), 1 fraction"),
                    ("50% isodose", "tangent to brainstem surface"), ("Brainstem D0.03cc", "14.8 Gy"),
                    ("Treatment time", "47 min"), ("Total MU", "12,944")]),
        P("Delivery 2026-03-24: kV planar image pairs before and every 30 beams during treatment; corrections "
          "< 0.5 mm, reviewed by the neurosurgeon. Physics: independent dose verification and output check done."),
        P("Summary: right trigeminal nerve treated to 80 Gy maximum in a single fraction. Pain follow-up 6 weeks."),
        sig("L. Ferrante, MD (Neurosurgery); K. Oduya, MD (Radiation Oncology); physics A. Lind, MS 2026-03-24"),
    ]], opts=dict(header=["PINECREST NEUROSCIENCE - ZAP-X", f"{patient(15)}  {mrn(15)}"], font="Times-Roman"))])

# b9_16 -- Novalis report, European dates and decimal commas, vestibular schwannoma 5 x 5,0 Gy ----------------
add(name="b9_16", kind="pdf", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left vestibular schwannoma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Novalis report from a European clinic: dates dd.mm.yyyy, decimal commas ('5 x 5,0 Gy = 25,0 Gy', "
          "'80 %'), left vestibular schwannoma (complex) in 5 fractions on a Novalis Tx with ExacTrac and a "
          "Brainlab mask; CT and MRI fused in iPlan. Fractionated cranial -> 77373/77435 and 61798.",
    docs=[Doc("b9_16.pdf", [[
        H1("Novalis Radiochirurgie - Treatment Report / Behandlungsbericht"),
        KeyValue([("Patient", f"{patient(16)}"), ("Pat.-ID", mrn(16)), ("Geb.", "14.07.1956"),
                  ("Diagnosis", "D33.3 Vestibularisschwannom links (Koos II), 1,9 cm"),
                  ("Unit", "Novalis Tx (Brainlab/Varian), HD120 MLC, 6 MV SRS mode"),
                  ("Planning", "iPlan RT Dose 4.5: CT 02.06.2026 (1 mm) + MRT 29.05.2026 (T1 KM, CISS) fused"),
                  ("Fixation", "Brainlab thermoplastic mask (frameless), ExacTrac"),
                  ("Prescription", "5 x 5,0 Gy = 25,0 Gy to the 80 % isodose (PTV = GTV + 1 mm)")]),
        RuledTable([("Fx", "Datum", "Dosis (Gy)", "Kumulativ (Gy)", "ExacTrac (mm)"),
                    ("1", "08.06.2026", "5,0", "5,0", "0,4"),
                    ("2", "09.06.2026", "5,0", "10,0", "0,3"),
                    ("3", "10.06.2026", "5,0", "15,0", "0,5"),
                    ("4", "11.06.2026", "5,0", "20,0", "0,2"),
                    ("5", "12.06.2026", "5,0", "25,0", "0,3")]),
        P("OAR: Cochlea links Dmean 4,1 Gy; Hirnstamm D0,1cc 20,9 Gy; N. facialis Dmax 25,8 Gy. Arcs: 5 dynamic "
          "conformal arcs, 1 isocenter. Physics: independent MU check (2,3 %), film QA passed. ExacTrac x-ray "
          "verification before each fraction and after each couch rotation, approved."),
        P("Zusammenfassung / Summary: left vestibular schwannoma treated 08.06.-12.06.2026 with 25,0 Gy in 5 "
          "fractions of 5,0 Gy. Hearing check at 6 months."),
        sig("Dr. med. U. Kettler 12.06.2026; Dipl.-Phys. M. Sauer 05.06.2026"),
    ]], opts=dict(header=["Klinik fuer Strahlentherapie - Novalis Zentrum", f"{patient(16)}   {mrn(16)}"],
                  font="Helvetica", page_numbers="Seite {n} von {total}"))])

# b9_17 -- key: value dump from a CyberKnife iDMS export, two spinal lesions T12 and L3 -------------------------
add(name="b9_17", kind="export", codes=["G0339", "G0340", "77435", "63620", "63621"],
    facts=F("robotic_linac", ["spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T12 vertebral metastasis", "spinal", None, 24, 3), L("L3 vertebral metastasis", "spinal", None, 24, 3)],
    categories=cats(),
    notes="A key: value dump (iDMS / Precision export) for a CyberKnife course of two spinal metastases, T12 and "
          "L3, each 24 Gy in 3 fractions, treated together in 3 sessions; Xsight Spine fiducial-free tracking, "
          "Vac-Lok cushion, planning CT + MRI. Two spinal lesions -> 63620 + 63621; G0339/G0340.",
    docs=[Doc("b9_17.txt", text=f"""
export.source: Accuray iDMS 3.2 / Precision 3.3
export.timestamp: 2026-05-29T14:05:11+02:00
patient.name: {patient(17)}
patient.id: {mrn(17)}
course.id: CK-2026-044
course.intent: palliative / ablative
diagnosis: C79.51 secondary malignant neoplasm of bone (renal cell primary)
system: CyberKnife S7, InCise 2 MLC
planning.ct: 2026-05-14, 1.0 mm, supine in Vac-Lok cushion (BlueBAG), knee support
planning.mri: 2026-05-13 T1/T2/STIR thoracolumbar spine, registered to planning CT
tracking.mode: Xsight Spine (fiducial-free)
fiducials: none
plan[1].name: T12_SPINE
plan[1].target: PTV_T12 (T12 body and left pedicle, paraspinal extension)
plan[1].rx_dose_cGy: 2400
plan[1].fractions: 3
plan[1].rx_isodose_pct: 78
plan[1].beams: 142
plan[1].mu_per_fx: 19512
plan[1].cord_dmax_cGy: 1880
plan[2].name: L3_SPINE
plan[2].target: PTV_L3 (L3 body, posterior elements spared)
plan[2].rx_dose_cGy: 2400
plan[2].fractions: 3
plan[2].rx_isodose_pct: 80
plan[2].beams: 121
plan[2].mu_per_fx: 16870
plan[2].cauda_dmax_cGy: 2105
physics.check: independent secondary dose calc within 1.7% (both plans); DQA film 96.9% / 97.4% at 2%/2mm
physics.signed: R. Takeda, MS 2026-05-18
fraction[1].date: 2026-05-20
fraction[1].delivered: T12_SPINE 800 cGy; L3_SPINE 800 cGy
fraction[1].tracking: Xsight Spine, 58 images, mean corr 0.6 mm
fraction[2].date: 2026-05-22
fraction[2].delivered: T12_SPINE 800 cGy; L3_SPINE 800 cGy
fraction[2].tracking: Xsight Spine, 61 images, mean corr 0.5 mm
fraction[3].date: 2026-05-26
fraction[3].delivered: T12_SPINE 800 cGy; L3_SPINE 800 cGy
fraction[3].tracking: Xsight Spine, 55 images, mean corr 0.7 mm
course.status: completed
course.summary: T12 2400 cGy / 3 fx; L3 2400 cGy / 3 fx; 3 sessions 2026-05-20..2026-05-26
course.physician: M. Oyelaran, MD (signed 2026-05-26)
""")])

# b9_18 -- scanned GammaPlan printout, Gamma Knife Icon 5 fractions, 3.8 cm meningioma (complex by size) -------
add(name="b9_18", kind="scan", codes=["77373", "77435", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 5, ["MRI"], ["mask"]),
    lesions=[L("right parasagittal meningioma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Scanned (image-only) GammaPlan fractionation printout: Gamma Knife Icon, right parasagittal "
          "meningioma 3.8 cm (complex by size), 5 x 5 Gy at 50% = 25 Gy, thermoplastic mask with IFMM; planning "
          "MRI only, the CBCT stereotactic reference is not planning imaging.",
    docs=[Doc("b9_18.pdf", [[
        H1("Leksell GammaPlan - Fractionated Treatment Report"),
        KeyValue([("Patient", f"{patient(18)}  ({mrn(18)})"), ("Unit", "Leksell Gamma Knife Icon, mask mode"),
                  ("Fixation", "Icon thermoplastic mask, IFMM nose marker (threshold 1.5 mm)"),
                  ("Planning images", "MR 2026-07-01 3D T1 + Gd 1 mm (no CT; CBCT 2026-07-06 as stereotactic reference)"),
                  ("Target", "Right parasagittal meningioma, 3.8 x 3.1 x 2.7 cm, 17.9 cc")]),
        RuledTable([("Target", "Rx/fx (Gy)", "Fx", "Total (Gy)", "IDL", "Max/fx (Gy)", "Cov", "GI", "Shots"),
                    ("Mening_R", "5.0", "5", "25.0", "50%", "10.0", "0.97", "2.66", "31")]),
        RuledTable([("Fx", "Date", "CBCT shift (mm)", "IFMM max (mm)", "Delivered (Gy)"),
                    ("1", "2026-07-06", "0.6", "0.9", "5.0"), ("2", "2026-07-07", "0.4", "1.1", "5.0"),
                    ("3", "2026-07-08", "0.5", "0.7", "5.0"), ("4", "2026-07-09", "0.3", "1.2", "5.0"),
                    ("5", "2026-07-10", "0.7", "0.8", "5.0")]),
        P("Sagittal sinus Dmax 27.0 Gy (total); optic apparatus > 3 cm away, max 1.1 Gy. Physics second check "
          "of the shot times 0.6%. Course complete: right parasagittal meningioma 25 Gy in 5 fractions."),
        sig("V. Lindgren, MD; H. Acar, MD; physics O. Berg, PhD 2026-07-10"),
    ]], opts=dict(header=["NORDFJELL GAMMA KNIFE UNIT", f"{patient(18)}   {mrn(18)}"], font="Times-Roman",
                  scan=True, scan_dpi=115))])

# b9_19 -- scanned MOSAIQ treatment record, single-session SRS on Versa HD, one met ---------------------------
add(name="b9_19", kind="scan", codes=["77372", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right cerebellar metastasis (R_CBLM_SRS)", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Scanned (image-only) MOSAIQ treatment record and dose site summary: one 1.4 cm right cerebellar "
          "metastasis, 2000 cGy in 1 fraction on an Elekta Versa HD (HexaPOD, XVI), open-face mask; units only "
          "in the column headers.",
    docs=[Doc("b9_19.pdf", [[
        H1("MOSAIQ Treatment Record - Dose Site Summary"),
        KeyValue([("Course", "C1 SRS brain"), ("Site", "R_CBLM_SRS"), ("Machine", "VERSA_3 (Elekta Versa HD, Agility)"),
                  ("Immobilization", "Orfit open-face SRS mask, HexaPOD evo couch"),
                  ("Sim", "CT 2026-08-03 1 mm in mask; MRI 2026-08-01 T1 MPRAGE+Gd fused (Monaco)"),
                  ("Plan", "Monaco VMAT 3 non-coplanar arcs, Rx to 70% IDL, 1.4 cm lesion, brainstem Dmax 8.9 Gy")]),
        RuledTable([("Site", "Fx", "Dose/Fx (cGy)", "Planned (cGy)", "Cumulative (cGy)", "Date", "Status"),
                    ("R_CBLM_SRS", "1/1", "2000", "2000", "2000", "2026-08-05", "Complete")]),
        RuledTable([("Date", "Field", "MU", "Image", "Approved"),
                    ("2026-08-05", "XVI CBCT", "-", "6D reg 0.4/0.2/0.3 mm, 0.3 deg", "Dr. Ruiz 09:12"),
                    ("2026-08-05", "ARC1 C0", "2312", "", ""), ("2026-08-05", "ARC2 C30", "1876", "", ""),
                    ("2026-08-05", "ARC3 C330", "1904", "", ""),
                    ("2026-08-05", "XVI CBCT post", "-", "intrafraction 0.3 mm", "Dr. Ruiz 09:41")]),
        P("Physics: 2nd MU calc 1.3%, SRS MapCHECK 99.2%. Completed: right cerebellar metastasis 20 Gy x 1."),
        sig("C. Ruiz, MD 2026-08-05; physicist W. Tan, MS 2026-08-04"),
    ]], opts=dict(header=mosaiq_hdr(19, "2026-08-06 10:20", "Treatment Record"), font="Courier",
                  scan=True, scan_dpi=105))])

# b9_20 -- CONTRADICTION: summary letter 50 Gy vs plan and record 4800 cGy, lung SBRT 4 fx ---------------------
add(name="b9_20", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 4, ["CT"], ["body_immobilization"]),
    lesions=[L("LUL lung (PTV_LUL)", "body", None, 48, 4)],
    categories=cats(),
    contradiction="The completion letter says 50 Gy in 4 fractions, but the Eclipse plan (4800 cGy, 1200 cGy/fx) "
                  "and the treatment record (4 x 1200 cGy, cumulative 4800 cGy) give 48 Gy; the gold follows the "
                  "plan and record.",
    notes="Bundle: Eclipse plan report (cGy) + ARIA treatment record (cGy) + completion letter (Gy). Left upper "
          "lobe NSCLC, 4800 cGy in 4 fractions on a TrueBeam, BodyFIX, 4DCT; the letter misstates the total as "
          "50 Gy. Gold 48 Gy from the plan and delivery record.",
    docs=[
        Doc("1_plan_report.pdf", [[
            H1("Eclipse - Plan Report"),
            KeyValue([("Patient", f"{patient(20)}  {mrn(20)}"), ("Plan", "LUL_SBRT_4x12 (approved 2026-09-14)"),
                      ("Machine", "TrueBeam (TB3) 6X-FFF"), ("Rx", "4800 cGy / 4 fx (1200 cGy/fx) to PTV_LUL, 95% coverage"),
                      ("CT", "4DCT 2026-09-08 in BodyFIX, arms up; ITV + 5 mm"), ("Technique", "VMAT 2 partial arcs")]),
            RuledTable([("Structure", "D95 (cGy)", "V100% (%)", "Dmax (cGy)", "Dmean (cGy)"),
                        ("PTV_LUL", "4812", "95.3", "6170", "5432"), ("Cord", "-", "-", "1184", "220"),
                        ("Heart", "-", "-", "1422", "140"), ("Brachial plexus L", "-", "-", "1890", "-")]),
            P("Physics second calculation 1.0%; portal dosimetry 99.0%."),
            sig("Y. Adeyemi, MD 2026-09-14; physics S. Greco, MS 2026-09-14"),
        ]], opts=dict(header=["CEDAR HILL CANCER CENTER", f"{patient(20)}  {mrn(20)}"], font="Helvetica")),
        Doc("2_treatment_record.pdf", [[
            H1("ARIA Treatment Record"),
            RuledTable([("Fx", "Date", "Field", "Dose (cGy)", "Cum (cGy)", "Imaging"),
                        ("1", "2026-09-16", "ARC1+ARC2", "1200", "1200", "CBCT approved YA"),
                        ("2", "2026-09-18", "ARC1+ARC2", "1200", "2400", "CBCT approved YA"),
                        ("3", "2026-09-21", "ARC1+ARC2", "1200", "3600", "CBCT approved YA"),
                        ("4", "2026-09-23", "ARC1+ARC2", "1200", "4800", "CBCT approved YA")]),
            P("Course status: completed 4/4."),
        ]], opts=dict(header=["CEDAR HILL CANCER CENTER", f"{patient(20)}  {mrn(20)}"], font="Helvetica")),
        Doc("3_completion_letter.pdf", [[
            H1("Letter to Referring Physician"),
            P("Dear Dr. Whitlow,"),
            P(f"Your patient {patient(20)} completed stereotactic body radiotherapy to the left upper lobe lung "
              "tumor on 09/23/2026. He received 50 Gy in 4 fractions on the TrueBeam with BodyFIX immobilization "
              "and daily cone-beam CT. He tolerated treatment well with mild fatigue. CT chest in 3 months."),
            sig("Y. Adeyemi, MD 09/24/2026"),
        ]], opts=dict(header=["CEDAR HILL CANCER CENTER", ""], font="Times-Roman", page_numbers=None)),
    ])

# b9_21 -- CONTRADICTION: cover note says three mets, GammaPlan lists and treats four -----------------------
add(name="b9_21", kind="pdf", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("T1 R frontal", "cranial", S, 22, 1), L("T2 L temporal", "cranial", S, 20, 1),
             L("T3 R cerebellar", "cranial", S, 18, 1), L("T4 L occipital", "cranial", S, 18, 1)],
    categories=cats(),
    contradiction="The cover note says three metastases were treated, but the GammaPlan target table and the "
                  "delivery section list and treat four (T1-T4); the gold follows the plan and delivery record.",
    notes="Cover note plus GammaPlan summary: Gamma Knife Perfexion with a Leksell G frame, four simple "
          "metastases (22/20/18/18 Gy at 50%) in one session; the cover note says 'three'. Stereotactic MRI and "
          "CT with the frame and indicator boxes.",
    docs=[Doc("b9_21.pdf", [[
        H1("Radiosurgery Cover Note"),
        P(f"{patient(21)} underwent Gamma Knife radiosurgery on 2026-10-20 for three brain metastases from "
          "melanoma. Leksell G frame under local anesthesia, stereotactic MRI and CT. Uneventful."),
        sig("P. Nakamura, MD (Neurosurgery) 2026-10-20"),
        Spacer(12),
        H1("Leksell GammaPlan 11 - Treatment Summary"),
        KeyValue([("Unit", "Leksell Gamma Knife Perfexion"), ("Frame", "Leksell coordinate frame G, 4 pins"),
                  ("Images", "MR T1+Gd 1 mm and CT 1 mm with MR/CT indicator boxes, 2026-10-20")]),
        RuledTable([("Target", "Vol (cc)", "Rx (Gy)", "IDL", "Max (Gy)", "Cov", "Sel", "GI", "Shots"),
                    ("T1 R frontal", "1.48", "22.0", "50%", "44.0", "0.98", "0.85", "2.64", "6"),
                    ("T2 L temporal", "0.66", "20.0", "50%", "40.0", "0.99", "0.80", "2.79", "3"),
                    ("T3 R cerebellar", "2.05", "18.0", "50%", "36.0", "0.97", "0.88", "2.58", "9"),
                    ("T4 L occipital", "0.09", "18.0", "50%", "36.0", "1.00", "0.55", "3.41", "1")]),
        P("Collimators used: 4, 8 and 16 mm sectors. Brainstem Dmax 6.6 Gy; optic pathway Dmax 3.0 Gy. Shot "
          "time second check 0.7%; frame coordinates verified before treatment (Z-ruler check)."),
        H2("Delivery"),
        P("2026-10-20 09:40-11:02, 19 shots: T1 R frontal 22 Gy, T2 L temporal 20 Gy, T3 R cerebellar 18 Gy, "
          "T4 L occipital 18 Gy, one session. Frame removed."),
        sig("P. Nakamura, MD; G. Osei, MD; physics F. Lund, MS 2026-10-20"),
    ]], opts=dict(header=["MERIDIAN GAMMA KNIFE CENTER", f"{patient(21)}   {mrn(21)}"], font="Helvetica"))])

# b9_22 -- CONTRADICTION bundle: letter says Gamma Knife, the CyberKnife plan and log say otherwise; 77371 wrong --
add(name="b9_22", kind="bundle", codes=["77371", "77432", "61796"],
    facts=F("robotic_linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left occipital metastasis (PTV_LOcc)", "cranial", S, 18, 1)],
    categories=cats(),
    contradiction="The physician letter calls the treatment Gamma Knife radiosurgery, but the Accuray Precision "
                  "plan summary and the CyberKnife treatment log show a CyberKnife M6 course with 6D Skull "
                  "tracking; the gold follows the plan and delivery record (robotic linac).",
    notes="Bundle: an Accuray Precision plan summary + CyberKnife log (6D Skull tracking, Iris, mask) and a "
          "letter that says 'Gamma Knife'. One simple left occipital metastasis, 18 Gy in 1 fraction. Claimed "
          "77371 (Co-60) does not fit the robotic course; the delivery code is 77372.",
    docs=[
        Doc("1_precision_plan.pdf", [[
            H1("Accuray Precision - Plan Summary"),
            KeyValue([("Patient", f"{patient(22)} ({mrn(22)})"), ("System", "CyberKnife M6, Iris collimator 7.5/10/12.5 mm"),
                      ("Plan", "LOcc_SRS_1fx (approved 2026-11-09)"), ("Path set", "Head_1path, 98 nodes"),
                      ("Tracking", "6D Skull"), ("Fixation", "Aquaplast head mask"),
                      ("Images", "CT 2026-11-04 1 mm in mask; MR T1+Gd 2026-11-03 fused")]),
            RuledTable([("Target", "Rx (Gy)", "Fx", "Isodose", "Coverage", "Max (Gy)", "Beams", "MU"),
                        ("PTV_LOcc", "18.0", "1", "80%", "98.1%", "22.5", "163", "15,120")]),
            P("Lesion 1.6 cm; brainstem Dmax 4.4 Gy; optic apparatus Dmax 1.2 Gy. DQA film 98.4%; secondary check 1.1%."),
            H2("Treatment log"),
            P("2026-11-10: 163/163 beams, 6D Skull tracking 44 image pairs, mean correction 0.4 mm. Delivered 18 Gy x 1."),
            sig("R. Castillo, MD 2026-11-10; physics H. Ueda, MS 2026-11-09"),
        ]], opts=dict(header=["COASTAL CYBERKNIFE", f"{patient(22)}  {mrn(22)}"], font="Helvetica")),
        Doc("2_letter.txt", text=f"""
COASTAL CYBERKNIFE - correspondence
RE: {patient(22)}   MRN {mrn(22)}   DOS 11/10/2026

Dear Dr. Pryce,

Thank you for referring your patient. On 11/10/2026 she underwent Gamma Knife radiosurgery to a solitary
1.6 cm left occipital metastasis, 18 Gy in a single fraction, with a head mask and image guidance. She
tolerated the procedure without difficulty. We will see him with an MRI in 2 months.

Sincerely,
R. Castillo, MD  (electronically signed 11/11/2026)
"""),
    ])

# b9_23 -- CONTRADICTION: Monaco plan header says 5 x 6 Gy, record and summary show 3 x 10 Gy delivered ------
add(name="b9_23", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("liver segment 6 metastasis (PTV_Liv6)", "body", None, 30, 3)],
    categories=cats(),
    contradiction="The Monaco plan report header gives 3000 cGy in 5 fractions (600 cGy/fx), while the MOSAIQ "
                  "treatment record and the summary show three fractions of 1000 cGy delivered and completed; the "
                  "gold follows the delivery record (30 Gy in 3).",
    notes="Monaco plan report + MOSAIQ record: colorectal liver metastasis, segment 6. Plan header fractions (5 x "
          "600 cGy) disagree with the delivered 3 x 1000 cGy (completed 3/3). Versa HD, abdominal compression "
          "(body immobilization), 4DCT + MRI.",
    docs=[Doc("b9_23.pdf", [[
        H1("Monaco Plan Report"),
        KeyValue([("Patient", f"{patient(23)}  {mrn(23)}"), ("Plan", "LIV6_SBRT"),
                  ("Prescription", "3000 cGy, 5 fractions, 600 cGy/fx, PTV_Liv6 D95"),
                  ("Unit", "Elekta Versa HD 10 MV FFF"), ("CT", "4DCT 2026-12-01, abdominal compression plate, BodyFIX"),
                  ("MR", "Liver MRI (Primovist) 2026-11-28 registered")]),
        RuledTable([("Structure", "D95 (cGy)", "V100% (%)", "Dmax (cGy)", "Dmean (cGy)"),
                    ("PTV_Liv6", "3021", "95.8", "3790", "3405"), ("Liver-GTV", "-", "-", "-", "792"),
                    ("Duodenum", "-", "-", "1630", "-"), ("Kidney R", "-", "-", "-", "410")]),
        P("VMAT 2 arcs; Monte Carlo. Physics: independent check 1.4%; ArcCHECK 98.0%."),
        H1("MOSAIQ Treatment Record"),
        RuledTable([("Site", "Fx", "Dose/Fx (cGy)", "Cumulative (cGy)", "Date", "Image"),
                    ("LIV6_SBRT", "1", "1000", "1000", "2026-12-07", "XVI CBCT approved"),
                    ("LIV6_SBRT", "2", "1000", "2000", "2026-12-09", "XVI CBCT approved"),
                    ("LIV6_SBRT", "3", "1000", "3000", "2026-12-11", "XVI CBCT approved")]),
        P("Course status: Complete (3/3). Summary: liver segment 6 metastasis 30 Gy in 3 fractions of 10 Gy, "
          "2026-12-07 to 2026-12-11."),
        sig("N. Halvorsen, MD 2026-12-11; physics B. Idowu, PhD 2026-12-04"),
    ]], opts=dict(header=mosaiq_hdr(23, "2026-12-12 09:00", "Plan Report / Tx Record"), font="Helvetica"))])

# b9_24 -- CONTRADICTION bundle: summary says frameless mask, GammaPlan and nursing record document a frame -----
add(name="b9_24", kind="bundle", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    contradiction="The physician summary says a frameless mask-based Icon treatment, but the GammaPlan summary "
                  "(Leksell Vantage frame, fiducial indicator box) and the nursing record (4 pins, frame applied and "
                  "removed) document a head frame; the gold follows the plan and procedure record (frame).",
    notes="Bundle: GammaPlan treatment summary (frame mode), nursing procedure record (frame application with "
          "local anesthetic, 4 pins) and a physician summary that wrongly says 'frameless mask'. Right vestibular "
          "schwannoma (complex), 12 Gy at the 50% isodose, single session on a Gamma Knife Icon; 61800 fits.",
    docs=[
        Doc("1_gammaplan.pdf", [[
            H1("Leksell GammaPlan - Treatment Summary"),
            KeyValue([("Patient", f"{patient(24)}  ({mrn(24)})"), ("Unit", "Leksell Gamma Knife Icon (frame mode)"),
                      ("Fixation", "Leksell Vantage frame; MR fiducial indicator box; CT indicator"),
                      ("Images", "Stereotactic MR (T1+Gd, CISS 0.7 mm) and CT 1 mm, 2026-12-15")]),
            RuledTable([("Target", "Vol (cc)", "Rx (Gy)", "IDL", "Max (Gy)", "Cov", "GI", "Shots", "Collimators"),
                        ("VS_R", "1.12", "12.0", "50%", "24.0", "0.98", "2.74", "11", "4/8 mm")]),
            P("Cochlea R mean 3.6 Gy; brainstem D0.1cc 11.4 Gy; facial nerve course reviewed. Second check of the "
              "shot times 0.5%; frame co-ordinates verified."),
        ]], opts=dict(header=["LAKELAND GAMMA KNIFE", f"{patient(24)}  {mrn(24)}"], font="Helvetica")),
        Doc("2_nursing_record.txt", text=f"""
LAKELAND GAMMA KNIFE - NURSING PROCEDURE RECORD
Patient: {patient(24)}   MRN: {mrn(24)}   Date: 12/15/2026

06:55  Pre-procedure checklist complete, consent signed. Vitals BP 132/78 HR 71.
07:05  Leksell Vantage frame applied by Dr. Farouk. Local anesthetic lidocaine 1% with bicarbonate,
       4 pin sites (2 frontal, 2 occipital). Tolerated well.
07:30  To MRI and CT with fiducial indicator boxes.
11:20  Gamma Knife treatment 10:05-11:14, no interruptions.
11:25  Frame removed, pin sites cleaned, dressings applied. No bleeding.
12:40  Discharged home with spouse.  -- J. Carver, RN
"""),
        Doc("3_physician_summary.pdf", [[
            H1("Radiosurgery Procedure Summary"),
            P("Diagnosis: D33.3 right vestibular schwannoma, 1.6 cm, Koos II, serviceable hearing."),
            P("Procedure 12/15/2026: frameless mask-based Gamma Knife Icon radiosurgery. Margin dose 12 Gy to the "
              "50% isodose line in a single session, 11 shots. Cochlear dose kept low. No complications."),
            sig("A. Farouk, MD (Neurosurgery); D. Meyer, MD (Radiation Oncology) 12/15/2026"),
        ]], opts=dict(header=["LAKELAND GAMMA KNIFE", f"{patient(24)}  {mrn(24)}"], font="Times-Roman")),
    ])


CORPUS = Corpus("blind_corpus9", "tests/blind_corpus9", CHARTS, pdf_options={"footer": FOOT, "font": "Helvetica"},
                hand_written=["README.md", "FIRST_RUN.md"])
