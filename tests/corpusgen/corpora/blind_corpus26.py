"""Twenty-sixth blind corpus, ``tests/blind_corpus26/`` (regenerate: ``python scripts/make_corpus.py blind_corpus26``).

Tuning corpus: body and spine SBRT in depth. Sites and per-target (per-lesion) delivered dose and fractions,
course fractions, motion management and planning imaging are the test. Twenty courses in the house styles of
invented clinics: a thoracic SBRT programme's structured note, a GI/liver SBRT centre's physics summary, a
prostate SBRT clinic's EHR export, a spine SBRT joint neurosurgery-radiation oncology note, a community
centre's treatment record printout, MR-linac adaptive logs, dictated notes and bundles of 2-4 documents.
Hard negatives: conventional 30 Gy/10 spine, 60 Gy/15 lung, 50 Gy/10 ultracentral lung claimed as SBRT, and
an SBRT recommendation the patient declined. Three charts contradict themselves (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (dictated and text documents are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import ColumnBreak, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["AUGUSTINE", "BEATRIX", "CORNELIA", "DASHIELL", "EVANDER", "FLORIAN", "GWENDOLYN", "HORATIO", "ISOLDE",
         "JASPER", "KERENSA", "LEOPOLD", "MARGUERITE", "NATHANIEL", "OCTAVIA", "PEREGRINE", "QUENTIN", "ROSALIND",
         "SEBASTIAN", "TABITHA"]


def patient(n: int) -> str:
    return f"TWENTYSIXPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-260{n:02d}"


def hdr(clinic: str, n: int, extra: str = "") -> list[str]:
    return [clinic, f"Patient: {patient(n)}    MRN: {mrn(n)}" + (f"    {extra}" if extra else "")]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Lung
# ==================================================================================================

# b26_01 -- pdf, two columns: thoracic SBRT programme structured note, peripheral RUL 54 Gy / 3 QOD -----------
_c = "KESTREL HARBOUR THORACIC ONCOLOGY PROGRAMME - SBRT STRUCTURED NOTE"
add(name="b26_01", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe peripheral NSCLC", "body", None, 54, 3)],
    categories=cats(),
    notes="Two-column structured note of a thoracic SBRT programme: peripheral RUL adenocarcinoma 18 Gy x 3 "
          "= 54 Gy every other day on a TrueBeam, 4DCT/ITV with an abdominal compression plate on a BodyFIX "
          "base, FDG-PET fused for contouring. BED10 151.2 Gy, chest wall V30 and rib Dmax beside the Rx; "
          "48 Gy/4 considered at consult and dropped; prior 2019 breast RT 50 Gy/25 in the history.",
    docs=[Doc("b26_01.pdf", [[
        H1("Stereotactic Ablative Body Radiotherapy - Structured Course Note"),
        KeyValue([("Patient", patient(1)), ("MRN", mrn(1)), ("Programme ID", "KH-THX-0931"),
                  ("Attending", "Perpetua Aldwinckle, MD"), ("Physicist", "Rainer Oduya-Strand, MS, DABR")]),
        H2("1. Indication"),
        P("Right upper lobe peripheral adenocarcinoma, 2.1 cm, cT1c N0 M0 (EBUS negative), FEV1 0.9 L, declined lobectomy after thoracic surgery review. ECOG 1. History: left breast cancer 2019 treated with lumpectomy and 50 Gy in 25 fractions to the left breast, unrelated to this course."),
        H2("2. Prescription decision"),
        P("At consult 09/22/2026 we considered 48 Gy in 4 fractions because of the chest-wall contact. After contouring the lesion sat 2.4 cm from the chest wall on the exhale phase and the programme's peripheral schedule was chosen: 18 Gy per fraction x 3 fractions = 54 Gy to the PTV, BED10 151.2 Gy, every other day."),
        H2("3. Simulation and motion management"),
        P("Simulated 10/01/2026 supine on the BodyFIX base with arms above the head, abdominal compression plate applied at 3 cm (compression reduced the superior-inferior excursion from 14 mm to 6 mm on fluoroscopy). 4DCT, 10 phases, 2 mm slices; ITV from the maximum-intensity projection checked phase by phase. FDG-PET/CT of 09/15/2026 rigidly registered to the average CT and used with the 4DCT for the GTV. PTV = ITV + 5 mm."),
        ColumnBreak(),
        H2("4. Plan"),
        KeyValue([("Planning system", "Eclipse 18.0, AcurosXB"), ("Unit", "Varian TrueBeam, 6 MV FFF"),
                  ("Technique", "2 partial VMAT arcs (181-10 deg)"), ("Normalisation", "Rx to the 80% isodose line"),
                  ("PTV volume", "24.6 cc")]),
        RuledTable([("Structure", "Metric", "Constraint", "Plan"),
                    ("PTV_54", "V54Gy", ">= 95%", "96.3%"),
                    ("PTV_54", "Dmax", "< 140%", "124% (67.0 Gy)"),
                    ("Chest wall", "V30Gy", "< 30 cc", "11.8 cc"),
                    ("Rib", "D1cc", "< 50 Gy", "41.2 Gy"),
                    ("Spinal cord", "Dmax", "< 18 Gy", "6.1 Gy"),
                    ("Lungs - ITV", "V20Gy", "< 10%", "4.4%"),
                    ("Brachial plexus", "Dmax", "< 24 Gy", "15.9 Gy")]),
        H2("5. Delivery"),
        RuledTable([("Fx", "Date", "Dose", "IGRT", "RTT"),
                    ("1", "10/12/2026", "18 Gy", "CBCT, ITV match, 2.1 mm shift", "MT/RB"),
                    ("2", "10/14/2026", "18 Gy", "CBCT, 1.4 mm shift", "MT/RB"),
                    ("3", "10/16/2026", "18 Gy", "CBCT, 0.9 mm shift", "RB/JW")], widths=(20, 60, 38, 82, 38)),
        P("Compression plate position checked against the simulation index before every fraction. Patient-specific QA (ArcCHECK 3%/2 mm gamma 99.2%) and independent MU check passed before fraction 1."),
        H2("6. Completion"),
        P("Course completed 10/16/2026: right upper lobe tumour 54 Gy in 3 fractions. No acute toxicity beyond grade 1 fatigue. CT chest at 3 months."),
        sig("Perpetua Aldwinckle, MD 10/16/2026; physics review R. Oduya-Strand 10/16/2026"),
    ]], opts=dict(header=hdr(_c, 1), two_columns=True, font="Helvetica"))])

# b26_02 -- bundle: bronchoscopic fiducials + CyberKnife plan (re-planned after fx 2) + completion ----------
_c = "MALLOWBROOK REGIONAL CYBERKNIFE CENTRE"
add(name="b26_02", kind="bundle", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "PET"], ["fiducials"]),
    lesions=[L("left lower lobe central NSCLC", "body", None, 50, 5)],
    categories=cats(),
    notes="Pulmonology navigational-bronchoscopy fiducial note (3 gold coils, one later migrated), CyberKnife "
          "plan summary PDF with two plans for the one target (plan A fx 1-2, plan B fx 3-5 after re-simulation "
          "for the migrated marker, summed 50 Gy / 5), Synchrony fiducial tracking, exhale CT + PET fused. "
          "A vacuum cushion is named as not used. Central tumour, 10 Gy x 5; bronchial tree Dmax 38.9 Gy.",
    docs=[
        Doc("1_bronchoscopy_fiducials.txt", text=f"""
MALLOWBROOK GENERAL HOSPITAL - INTERVENTIONAL PULMONOLOGY
PROCEDURE REPORT
Patient: {patient(2)}    MRN: {mrn(2)}    Date: 10/06/2026

Procedure: Electromagnetic navigational bronchoscopy with placement of fiducial markers for CyberKnife tracking.
Indication: 2.8 cm left lower lobe squamous cell carcinoma within 2 cm of the left lower lobe bronchus (central), for stereotactic radiotherapy; not a surgical candidate (DLCO 34%).
Anesthesia: General, LMA.
Findings and technique: Registration error 3.9 mm. Three 0.35 x 10 mm gold coil markers (superDimension) were deployed around the lesion: superior-medial, lateral and inferior, with fluoroscopic confirmation of a non-collinear arrangement. No pneumothorax on the post-procedure radiograph.
Plan: Planning CT at the CyberKnife centre in 7 days to allow the markers to settle.

Signed: Ottoline Farquar-Bede, MD, Interventional Pulmonology
{FOOT}
"""),
        Doc("2_cyberknife_plan_summary.pdf", [[
            H1("CyberKnife Treatment Plan Summary"),
            KeyValue([("Patient", patient(2)), ("MRN", mrn(2)), ("System", "Accuray CyberKnife M6, Precision 3.3"),
                      ("Tracking", "Fiducial tracking with Synchrony respiratory motion modelling"),
                      ("Collimator", "Iris, 15 / 20 / 25 mm")]),
            P("Planning CT 10/13/2026: exhale breath-hold CT with IV contrast, 1.25 mm, supine, arms at sides on the standard couch pad; our lung protocol does not use a vacuum cushion and none was made. The staging FDG-PET/CT (09/28/2026) was registered to the planning CT and used to contour the GTV. PTV = GTV + 5 mm. Fiducials: 3 coils identified; coil 2 (lateral) found 14 mm from its position at fraction 2 (migrated into a subsegmental airway) and excluded."),
            RuledTable([("Plan", "Target", "Fractions", "Dose / fx", "Plan dose", "Isodose", "Beams"),
                        ("LLL_A", "PTV_LLL", "1-2", "10 Gy", "20 Gy", "78%", "171"),
                        ("LLL_B (re-sim 10/27)", "PTV_LLL", "3-5", "10 Gy", "30 Gy", "79%", "164"),
                        ("Composite", "PTV_LLL", "5", "", "50 Gy", "", "")]),
            RuledTable([("OAR", "Constraint (5 fx)", "Composite"),
                        ("Proximal bronchial tree", "Dmax < 52.5 Gy", "38.9 Gy"),
                        ("Esophagus", "Dmax < 35 Gy", "21.4 Gy"),
                        ("Heart", "D15cc < 32 Gy", "12.0 Gy"),
                        ("Spinal cord", "Dmax < 30 Gy", "14.7 Gy")]),
            P("Plan B was generated on a repeat exhale CT of 10/27/2026 with the two remaining coils (coil 1 and coil 3), so that fiducial tracking would not use the migrated marker. Plan B was checked by an independent secondary dose calculation and a film QA measurement (gamma 97.8%)."),
            sig("Leofric Amberley-Sands, PhD, DABR (physics) 10/28/2026; Isaura Penhaligon, MD 10/28/2026"),
        ]], opts=dict(header=hdr(_c, 2), font="Helvetica")),
        Doc("3_completion.txt", text=f"""
MALLOWBROOK REGIONAL CYBERKNIFE CENTRE - END OF TREATMENT SUMMARY
Patient: {patient(2)}   MRN: {mrn(2)}   Course dates: 10/22/2026 - 11/02/2026

Target: left lower lobe central squamous cell carcinoma (one lesion).
Delivered: 5 fractions of 10 Gy = 50 Gy total, on 10/22, 10/26, 10/29, 10/30 and 11/02/2026 (fractions 1-2 on plan LLL_A, fractions 3-5 on plan LLL_B; the two plans are one course to one target).
Tracking: Synchrony fiducial tracking every fraction, correlation model error below 2.5 mm throughout; 2 of 3 coils tracked from fraction 3 after the migration.
Tolerance: mild cough, no hemoptysis.
Follow-up: CT chest in 3 months.

Isaura Penhaligon, MD, Radiation Oncology   11/02/2026
{FOOT}
"""),
    ])

# b26_03 -- ehr_text: CyberKnife fiducial-free Xsight Lung, peripheral LLL 12 Gy x 4; fiducials declined ----
add(name="b26_03", kind="ehr_text", codes=["77373", "77435"],
    facts=F("robotic_linac", ["body"], 1, 4, ["CT"], ["body_immobilization"]),
    lesions=[L("left upper lobe peripheral nodule", "body", None, 48, 4)],
    categories=cats(),
    notes="EHR export (pipe-delimited flowsheet plus notes) of a CyberKnife lung course using fiducial-free "
          "Xsight Lung tracking because the patient declined fiducials. Per-fraction dose '12 Gy x 4' without "
          "a stated total in the Rx line (48 Gy in the summary); twice weekly. PET/CT diagnostic only, "
          "explicitly not fused. Vac-Lok cushion used. Heart and chest-wall numbers nearby.",
    docs=[Doc("b26_03.txt", text=f"""
TAMSIN RIDGE RADIOSURGERY :: EHR EXPORT :: generated 11/20/2026 16:02
PATIENT={patient(3)} | MRN={mrn(3)} | DOB=**/**/1941 | ENCOUNTER TYPE=Radiation Oncology Course

[PROBLEM] C34.12 Malignant neoplasm of upper lobe, left bronchus or lung - biopsy-proven adenocarcinoma, 1.6 cm, peripheral, T1b N0.

[NOTE: SIMULATION - 10/28/2026 - Gaius Trelawney-Moss, MD]
Discussed fiducial placement (CT-guided transthoracic) for tracking. Patient declined fiducials because of the pneumothorax risk given his emphysema. Plan: fiducial-free Xsight Lung tracking, the tumour is 1.6 cm and visible on both orthogonal views in the simulation test (lung optimized treatment, 2-view). Patient immobilized supine in a full-length Vac-Lok cushion with arms at his sides. Planning CT: exhale breath-hold, 1 mm, plus inhale scan for ITV review. The outside FDG-PET/CT of 09/30/2026 (SUV 5.8) was reviewed for staging only and was not fused or used for contouring.

[ORDER: RADIATION PRESCRIPTION - signed 11/02/2026]
Site: LUL peripheral | Technique: CyberKnife SBRT | Dose per fraction: 12 Gy | Fractions: 4 | Schedule: twice weekly (Mon/Thu) | Prescription isodose: 72% | Tracking: Xsight Lung 2-view

[PLAN APPROVAL - 11/03/2026]
MultiPlan/Precision plan LUL_XL v2, 5 nodes, 158 beams, 7.5 and 12.5 mm fixed cones. PTV (GTV + 5 mm) V100 = 95.6%. Chest wall V30 = 4.1 cc. Heart Dmax 9.8 Gy. Secondary MU check within 2.1%. Physics: Ingeborg Halloran-Nwosu, MS.

[FLOWSHEET: TREATMENT]
FX | DATE       | PLAN     | DOSE  | TRACKING           | NOTE
1  | 11/05/2026 | LUL_XL v2 | 1200 cGy | Xsight Lung 2-view | model built, 42 min
2  | 11/09/2026 | LUL_XL v2 | 1200 cGy | Xsight Lung 2-view | uneventful
3  | 11/12/2026 | LUL_XL v2 | 1200 cGy | Xsight Lung 2-view | uneventful
4  | 11/16/2026 | LUL_XL v2 | 1200 cGy | Xsight Lung 2-view | course complete

[NOTE: COMPLETION - 11/16/2026 - Gaius Trelawney-Moss, MD]
Completed CyberKnife SBRT to the left upper lobe nodule, 48 Gy in 4 fractions, twice weekly, fiducial-free tracking. No acute toxicity. CT in 3 months.
{FOOT}
""")])

# b26_04 -- dictated txt: ultracentral lung 50 Gy / 10 (hypofractionated, not SBRT) claimed as SBRT -------
add(name="b26_04", kind="dictated_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 10, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right ultracentral hilar NSCLC", "body", None, 50, 10)],
    categories=cats(),
    notes="Near-miss: dictated completion note for an ultracentral right hilar tumour treated 5 Gy x 10 = "
          "50 Gy 'stereotactic-style' on a Versa HD with 4DCT/ITV, PET fused, Vac-Lok and daily CBCT; 50 Gy/5 "
          "and 60 Gy/8 discussed and rejected. Ten fractions: 77373/77435 inconsistent, no delivery code.",
    docs=[Doc("b26_04.txt", text=f"""
PORT ESSARY CANCER INSTITUTE, DEPARTMENT OF RADIATION ONCOLOGY. Dictation. Patient {patient(4)}, MRN {mrn(4)}. Completion of treatment note, date of dictation 11/24/2026.

This is a 77 year old woman with a 3.4 centimeter squamous cell carcinoma of the right hilum, cT2a N0, abutting the bronchus intermedius and within one centimeter of the right main stem bronchus, so an ultracentral tumor by our definition. She is medically inoperable because of pulmonary fibrosis. In tumor board we discussed fifty gray in five fractions and also sixty gray in eight fractions; both were felt to carry too high a risk of fatal hemoptysis and bronchial stenosis, and we chose a more protracted hypofractionated regimen of fifty gray in ten fractions, five gray per fraction, delivered with stereotactic-style technique.

Simulation was on 10/29/2026 in a Vac-Lok bag with a wing board, arms up. Four dimensional CT with ten phases was used to build an internal target volume, and her staging PET CT from October was co-registered and used to draw the gross tumor. PTV is the ITV plus five millimeters. Planned on Monaco with two VMAT arcs on the Elekta Versa HD, six MV flattening filter free. Proximal bronchial tree max point dose was 52.3 gray against our fifty-five gray limit, esophagus max 41 gray, spinal cord max 22 gray, total lung V20 9 percent. Physics second check and ArcCHECK QA passed.

She was treated daily from 11/09/2026 through 11/20/2026, ten fractions, each with a cone beam CT matched to the ITV before treatment, and the course finished as planned with fifty gray in ten fractions to the right hilar tumor. Toxicity was grade 1 cough and grade 1 esophagitis. Follow up in six weeks with a CT chest.

Dictated by Thessaly Morrow-Quist, MD. Transcribed 11/24/2026 14:10. {FOOT}
""")])


# ==================================================================================================
# Liver, pancreas, adrenal, kidney
# ==================================================================================================

# b26_05 -- scan (175 dpi): GI/liver SBRT centre physics summary, HCC 40 Gy / 5 with a held fraction --------
_c = "GREYFRIARS HEPATOBILIARY RADIATION UNIT - MEDICAL PHYSICS"
add(name="b26_05", kind="scan", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("HCC segment VIII", "body", None, 40, 5)],
    categories=cats(),
    notes="Scanned (175 dpi) physics summary of a liver SBRT course: HCC in segment VIII, 45 Gy/3 considered "
          "and changed to 800 cGy x 5 = 4000 cGy for Child-Pugh B7; fraction 3 held four days for "
          "thrombocytopenia, then completed 5/5. Three IR-placed gold fiducials, abdominal compression belt, "
          "4DCT + gadoxetate MRI fusion, CBCT each fraction. D95, BED10 72 Gy, EQD2 60 Gy, liver-minus-GTV "
          "mean dose and stomach D0.5cc beside the Rx.",
    docs=[Doc("b26_05.pdf", [[
        H1("Liver SBRT - Physics Course Summary"),
        KeyValue([("Patient", patient(5)), ("MRN", mrn(5)), ("Diagnosis", "Hepatocellular carcinoma, 3.3 cm, segment VIII"),
                  ("Liver function", "Child-Pugh B7, ALBI grade 2"), ("Physician", "Wilhelmina Cotterell-Ayodele, MD"),
                  ("Physicist", "Bastian Loughrey, PhD")]),
        P("PRESCRIPTION HISTORY: The tumour board of 10/08/2026 recommended 45 Gy in 3 fractions. On review of the Child-Pugh score (B7) the attending changed the prescription on 10/15/2026 to 4000 cGy in 5 fractions of 800 cGy, to the PTV (D95 = 100% of Rx). BED10 72 Gy, EQD2 (a/b 10) 60 Gy. The 45 Gy plan was never approved."),
        P("LOCALISATION AND MOTION: Three 1.0 x 3 mm gold fiducials were implanted percutaneously by interventional radiology on 10/12/2026 around the tumour. Simulation 10/19/2026 supine with a pneumatic abdominal compression belt (setting 40 mmHg) and arms up on a wing board. 4DCT (10 phases) with arterial and portal venous contrast; gadoxetate (Eovist) MRI of 10/16/2026 deformably registered for the GTV. ITV from all phases, PTV = ITV + 5 mm (7 mm cranio-caudal)."),
        RuledTable([("Structure", "Objective", "Achieved"),
                    ("PTV_4000", "D95 >= 4000 cGy", "4012 cGy"),
                    ("PTV_4000", "Dmax", "5240 cGy (131%)"),
                    ("Liver - GTV (1470 cc)", "mean < 1300 cGy", "1140 cGy"),
                    ("Liver - GTV", "700 cc < 1500 cGy", "1010 cc < 1500 cGy"),
                    ("Stomach", "D0.5cc < 3000 cGy", "2210 cGy"),
                    ("Duodenum", "D0.5cc < 3000 cGy", "1480 cGy"),
                    ("Spinal cord", "Dmax < 2500 cGy", "890 cGy")]),
        P("PLAN: RayStation 12A, 2 coplanar VMAT arcs, 10 MV FFF, Varian Edge. Patient-specific QA (SRS MapCHECK 3%/1 mm, 98.6%) and independent calculation (Mobius3D, 1.4%) passed 10/24/2026."),
        RuledTable([("Fraction", "Date", "cGy", "Cumulative", "IGRT"),
                    ("1", "10/26/2026", "800", "800", "CBCT + fiducial match"),
                    ("2", "10/28/2026", "800", "1600", "CBCT + fiducial match"),
                    ("-", "10/30/2026", "held", "1600", "platelets 38 k, held by MD"),
                    ("3", "11/03/2026", "800", "2400", "CBCT + fiducial match"),
                    ("4", "11/05/2026", "800", "3200", "CBCT + fiducial match"),
                    ("5", "11/06/2026", "800", "4000", "CBCT + fiducial match")]),
        P("SUMMARY: 5 of 5 fractions delivered; total 4000 cGy to the segment VIII HCC. The held fraction was made up at the end of the course; the compression belt pressure was verified at each fraction."),
        sig("B. Loughrey, PhD, DABR 11/06/2026; reviewed W. Cotterell-Ayodele, MD 11/09/2026"),
    ]], opts=dict(header=hdr(_c, 5), scan=True, scan_dpi=175, font="Helvetica"))])

# b26_06 -- bundle (contradiction): two colorectal liver metastases, fiducials failed; summary misstates a dose -
_c = "LANTERN HILL GI STEREOTACTIC SERVICE"
add(name="b26_06", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("liver segment VI metastasis", "body", None, 54, 3), L("liver segment II metastasis", "body", None, 45, 3)],
    categories=cats(),
    contradiction="The completion summary gives the segment II metastasis 40 Gy in 3 fractions, while the plan report and the treatment log give 15 Gy x 3 = 45 Gy.",
    notes="Plan report PDF + on-treatment note + completion note: two colorectal liver metastases in the same "
          "three sessions, segment VI 18 Gy x 3 = 54 Gy and segment II 15 Gy x 3 = 45 Gy (stomach nearby). "
          "Fiducial placement was attempted and abandoned (INR); exhale breath hold with a Vac-Lok; planning "
          "CT + MRI; PET/CT diagnostic only. The completion summary misstates segment II as 40 Gy (gold 45 Gy "
          "from the plan and the log).",
    docs=[
        Doc("1_plan_report.pdf", [[
            H1("SBRT Plan Report - Liver (2 targets)"),
            KeyValue([("Patient", patient(6)), ("MRN", mrn(6)), ("Unit", "Varian TrueBeam (TB2)"),
                      ("TPS", "Eclipse 16.1, AcurosXB"), ("Motion management", "Exhale breath hold, RGSC-gated")]),
            P("Indication: metachronous colorectal adenocarcinoma metastases to liver segments VI (2.4 cm) and II (1.7 cm) after hemicolectomy; not resectable because of a prior right hepatectomy proposal declined and borderline future liver remnant. Fiducial placement was scheduled 10/05/2026 but abandoned in interventional radiology because the INR was 2.1 on apixaban bridging; no markers were implanted. Localisation is therefore on the liver dome and the vascular anatomy on CBCT."),
            P("Simulation 10/09/2026: Vac-Lok cushion, arms up, three exhale breath-hold CTs with contrast (reproducibility 2 mm) and one free-breathing CT. Liver MRI with hepatobiliary contrast (10/07/2026) fused to the exhale CT for both GTVs. PET/CT 09/2026 was the staging study only and was not registered."),
            RuledTable([("Target", "Dose/fx", "Fx", "Total", "Rx isodose", "PTV V100", "Arcs"),
                        ("PTV_segVI", "18 Gy", "3", "54 Gy", "80%", "95.4%", "2 VMAT"),
                        ("PTV_segII", "15 Gy", "3", "45 Gy", "82%", "95.1%", "2 VMAT")]),
            RuledTable([("OAR", "Limit (3 fx)", "Plan"),
                        ("Stomach", "D0.5cc < 22.5 Gy", "21.8 Gy"),
                        ("Duodenum", "D0.5cc < 22.2 Gy", "9.6 Gy"),
                        ("Bowel", "V30 < 0.5 cc", "0.0 cc"),
                        ("Liver - GTVs", "700 cc < 15 Gy", "1120 cc < 15 Gy"),
                        ("Right kidney", "mean < 6 Gy", "2.3 Gy")]),
            P("Physics: plan-specific QA (portal dosimetry, 2%/2 mm 99.1%) and second calculation passed 10/16/2026."),
            sig("Corwin Achterberg, MD and Seraphine Vail-Okoro, MS, DABR 10/16/2026"),
        ]], opts=dict(header=hdr(_c, 6), font="Helvetica")),
        Doc("2_on_treatment.txt", text=f"""
LANTERN HILL GI STEREOTACTIC SERVICE - ON-TREATMENT VISIT
{patient(6)} / {mrn(6)} / 10/21/2026

Fraction 2 of 3 today. Both targets treated at each session (segment VI 18 Gy and segment II 15 Gy per fraction). Breath-hold CBCT before each arc, shifts <= 3 mm approved by MD at console. Mild nausea after fraction 1, ondansetron given. Continue.

Treatment log to date:
  10/19/2026  fx 1  segVI 18 Gy  segII 15 Gy
  10/21/2026  fx 2  segVI 18 Gy  segII 15 Gy

C. Achterberg, MD
{FOOT}
"""),
        Doc("3_completion.txt", text=f"""
LANTERN HILL GI STEREOTACTIC SERVICE - COMPLETION SUMMARY
{patient(6)} / {mrn(6)} / completed 10/23/2026

Course: SBRT to two liver metastases, 3 fractions (10/19, 10/21, 10/23/2026), every other day, breath hold, daily CBCT.
  - Segment VI metastasis: 54 Gy in 3 fractions
  - Segment II metastasis: 40 Gy in 3 fractions
Tolerated well, grade 1 nausea. Liver MRI in 3 months; resume FOLFIRI in 4 weeks per medical oncology.

Corwin Achterberg, MD   10/26/2026
{FOOT}
"""),
    ])

# b26_07 -- ehr_text: MRIdian adaptive log, pancreas SIB 40 / 30 Gy in 5, online re-plan each fraction -----
add(name="b26_07", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("pancreatic head adenocarcinoma", "body", None, 40, 5)],
    categories=cats(),
    notes="MR-linac (ViewRay MRIdian) adaptive session log: locally advanced pancreatic head tumour, one "
          "target with a simultaneous integrated boost (PTV_HIGH 40 Gy and PTV_LOW 30 Gy in 5; gold dose = "
          "the high level, 40 Gy), online re-optimisation every fraction, cine-MRI breath-hold gating, MR "
          "vacuum cushion, simulation MRI + CT. Duodenum/stomach/bowel V33/V25 constraints; a 50 Gy/5 "
          "dose-escalated schedule considered.",
    docs=[Doc("b26_07.txt", text=f"""
ORIEL FEN MR-GUIDED RADIOTHERAPY SUITE
ADAPTIVE TREATMENT LOG - MRIdian A3i
Patient: {patient(7)}   MRN: {mrn(7)}   Course: PANC_SMART   Printed: 11/27/2026

COURSE HEADER
  Diagnosis ........ Locally advanced adenocarcinoma of the pancreatic head (abuts SMA 180 deg), after 4 months of mFOLFIRINOX
  Target ........... GTV_panc (pancreatic head tumour) + SMA/celiac margin; one target, two dose levels
  Prescription ..... PTV_HIGH 40 Gy / 5 fx (8 Gy per fx); PTV_LOW 30 Gy / 5 fx (6 Gy per fx), simultaneous integrated boost
  Considered ....... 50 Gy / 5 isotoxic escalation: not used, duodenum wraps the head
  Schedule ......... every other working day
  Plan ............. MRIdian TPS, step-and-shoot IMRT, 17 beams at 6 MV FFF, one isocentre; re-optimised online each session
  Simulation ....... 10/30/2026: MR simulation on the MRIdian (0.35 T TrueFISP, 25 s breath hold) and CT simulation (electron density), same day, both in a custom MR-safe vacuum cushion with arms up
  Motion ........... cine MRI sagittal plane 8 fps, automatic beam hold when > 5% of the GTV boundary leaves the gating boundary (3 mm); inspiration breath hold with in-room monitor
  OAR constraints .. duodenum, stomach, small bowel, large bowel: V33Gy < 1 cc, V25Gy < 20 cc; kidneys V12 < 25%; cord Dmax < 20 Gy

SESSION LOG
  Fx  Date        Setup MRI  Contour edit  Predicted plan (bowel V33)  Re-optimised (bowel V33)  Used       QA (MC check)   Beam-on   Dose PTV_HIGH / PTV_LOW
  1   11/09/2026  yes        duod, stom    2.6 cc (FAIL)               0.4 cc                    adapted    pass 1.9%       14 min    8.0 / 6.0 Gy
  2   11/11/2026  yes        duod          1.8 cc (FAIL)               0.7 cc                    adapted    pass 2.2%       12 min    8.0 / 6.0 Gy
  3   11/13/2026  yes        duod, bowel   3.1 cc (FAIL)               0.5 cc                    adapted    pass 1.7%       16 min    8.0 / 6.0 Gy
  4   11/16/2026  yes        stom          1.2 cc (FAIL)               0.3 cc                    adapted    pass 2.0%       13 min    8.0 / 6.0 Gy
  5   11/18/2026  yes        duod          0.9 cc (pass)               0.2 cc                    adapted    pass 1.5%       12 min    8.0 / 6.0 Gy

  An online re-plan was generated and delivered at every fraction (5/5 adapted). Summed PTV_HIGH D95 39.3 Gy (coverage traded at the duodenal interface); prescription 40 Gy.

COURSE SUMMARY
  Delivered: 5 of 5 fractions, 11/09/2026 - 11/18/2026. PTV_HIGH 40 Gy, PTV_LOW 30 Gy in 5 fractions to the pancreatic head target.
  Reviewed: Aurelio Fenwick-Mbeki, MD (at console each fraction) / Physics: Sigrun Tollemache, PhD
{FOOT}
""")])

# b26_08 -- pdf: Unity adaptive log, left adrenal 8 Gy x 5 planned, stopped after 3 (24 Gy delivered) -------
_c = "CORBECK ADAPTIVE RADIOTHERAPY CENTRE - ELEKTA UNITY"
add(name="b26_08", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "MRI"], []),
    lesions=[L("left adrenal metastasis", "body", None, 24, 3)],
    categories=cats(positioning=False),
    notes="MR-linac (Elekta Unity) adaptive log and stop note: left adrenal melanoma metastasis planned 40 Gy "
          "in 5 (8 Gy/fx), adapt-to-shape each fraction, stopped after fraction 3 (hospitalised with "
          "pneumonia; declined to resume) -> delivered 24 Gy in 3. Positioning only on the couch with a knee "
          "roll; BodyFIX named as not used (positioning unmet). Planning MRI + CT.",
    docs=[Doc("b26_08.pdf", [[
        H1("MR-Linac Adaptive Course Record"),
        KeyValue([("Patient", patient(8)), ("MRN", mrn(8)), ("Machine", "Elekta Unity 1.5 T (UNITY-1), Monaco 6"),
                  ("Target", "Left adrenal metastasis (melanoma), 2.9 cm"), ("Planned", "40 Gy in 5 fractions, 8 Gy per fraction"),
                  ("Workflow", "Adapt to shape (ATS), daily")]),
        P("Simulation 10/20/2026: MRI (T2 3D and 4D-derived mid-position) on the Unity and CT for electron density, fused in Monaco. The patient lay supine with arms on the chest and a knee roll; the BodyFIX system was considered and not used because of claustrophobia in the bore, so no immobilisation device was applied. GTV on the T2 MRI, PTV = GTV + 3 mm. Gating is not available: free breathing with a mid-position strategy. Stomach, small bowel and left kidney constraints: stomach D0.5cc < 33 Gy, bowel D0.5cc < 30 Gy, left kidney D200cc < 17.5 Gy."),
        RuledTable([("Fx", "Date", "Online MRI", "Recontour", "Reoptimised plan", "Delivered", "Stomach D0.5cc", "MD"),
                    ("1", "11/02/2026", "T2 3D", "GTV, stomach", "yes (ATS)", "8 Gy", "6.1 Gy", "OLM"),
                    ("2", "11/04/2026", "T2 3D", "GTV", "yes (ATS)", "8 Gy", "5.7 Gy", "OLM"),
                    ("3", "11/06/2026", "T2 3D", "GTV, bowel", "yes (ATS)", "8 Gy", "6.4 Gy", "OLM"),
                    ("4", "11/09/2026", "-", "-", "-", "not treated", "-", "-"),
                    ("5", "11/11/2026", "-", "-", "-", "not treated", "-", "-")]),
        P("Each delivered session: online MRI, contour adaptation by the radiation oncologist, re-optimisation, independent MU check (RadCalc secondary calculation) and a post-delivery cine review."),
        H1("Course Stop Note"),
        P("The patient was admitted on 11/08/2026 with community-acquired pneumonia. After discharge he declined further radiotherapy. The course is closed after 3 of the planned 5 fractions: the left adrenal metastasis received 24 Gy in 3 fractions (of 40 Gy planned). The remaining two fractions were cancelled in the record and nothing further will be delivered."),
        sig("Oriana Lestrange-Mbatha, MD 11/16/2026; physics R. Hollingworth, MS"),
    ]], opts=dict(header=hdr(_c, 8), font="Helvetica"))])


# ==================================================================================================
# Prostate, kidney
# ==================================================================================================

# b26_09 -- ehr_text: prostate SBRT clinic EHR export, CyberKnife 36.25 Gy / 5 QOD, SpaceOAR + fiducials ----
add(name="b26_09", kind="ehr_text", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Prostate SBRT clinic EHR export (tabbed sections, order/result style): favourable intermediate-risk "
          "prostate cancer, urology procedure note for 4 gold fiducials + SpaceOAR hydrogel, CyberKnife "
          "7.25 Gy 'QOD x5' = 36.25 Gy with fiducial tracking, MRI fused. Rectum V36 < 1 cc, bladder V37, "
          "urethra Dmax 38.1 Gy, PTV D95 and a 40 Gy intraprostatic boost considered and not planned.",
    docs=[Doc("b26_09.txt", text=f"""
WHITLOW PROSTATE STEREOTACTIC CLINIC
----------------------------------------------------------------------
CHART EXPORT    Patient: {patient(9)}    MRN: {mrn(9)}    Export date: 11/25/2026
----------------------------------------------------------------------

>> PROBLEM LIST
   C61  Adenocarcinoma of prostate, Gleason 3+4=7 (grade group 2), PSA 8.4, cT1c, 4/12 cores. NCCN favourable intermediate risk. No ADT.

>> PROCEDURES
   09/29/2026  Transperineal placement of 4 gold fiducial markers (1.2 x 3 mm) and SpaceOAR hydrogel spacer, under TRUS guidance, by Dr. Emrys Caddell-Ward (Urology). Spacer symmetric, 11 mm separation at mid-gland. No complications.

>> IMAGING
   10/07/2026  CT simulation, 1.25 mm, supine, comfortably full bladder, empty rectum  ......  used for planning
   10/07/2026  MRI pelvis T2 axial 1.5 mm + 3D T1 for fiducials, fused to CT (fiducial-based registration, residual 0.8 mm)  ......  used for contouring
   08/14/2026  PSMA PET/CT: no nodal or distant disease  ......  staging, not used for planning

>> RADIATION PRESCRIPTION (signed 10/12/2026, Dr. Philippa Ravenscroft-Oyelaran)
   Target: prostate + proximal 1 cm seminal vesicles (CTV), PTV = CTV + 3 mm (2 mm posterior)
   Dose: 7.25 Gy per fraction QOD x5, total 36.25 Gy, prescribed to the 83% isodose line, PTV D95 >= 36.25 Gy
   Considered: focal boost to the MRI lesion to 40 Gy - not planned (lesion is posterior, next to the spacer)
   Delivery: CyberKnife S7, fiducial tracking (4 markers), InCise MLC, Precision 3.3

>> PLAN METRICS (approved 10/13/2026)
   PTV V36.25Gy 95.8%  |  PTV D95 36.31 Gy  |  Urethra Dmax 38.1 Gy (< 38.5)  |  Rectum V36Gy 0.2 cc (< 1 cc)  |  Rectum V18.1Gy 12% (< 50%)  |  Bladder V37Gy 3.4 cc (< 10 cc)  |  Penile bulb V29.5Gy 0.4 cc

>> PHYSICS
   10/14/2026 patient-specific QA: film + ion chamber, gamma 2%/2 mm 97.4%, point dose -0.9%. Second check (independent MU) pass.

>> TREATMENT RECORD
   Fx  Date         Dose     Tracking                         Fiducials tracked  Couch corrections (mm)
   1   10/19/2026   7.25 Gy  fiducial, imaging every 45 s     4/4                1.2 / 0.8 / 1.9
   2   10/21/2026   7.25 Gy  fiducial, imaging every 45 s     4/4                0.6 / 1.1 / 0.7
   3   10/23/2026   7.25 Gy  fiducial, imaging every 30 s     4/4                2.3 / 0.4 / 1.6
   4   10/26/2026   7.25 Gy  fiducial, imaging every 45 s     4/4                0.9 / 0.5 / 0.8
   5   10/28/2026   7.25 Gy  fiducial, imaging every 45 s     4/4                1.1 / 0.7 / 0.6
   Course total: 36.25 Gy in 5 fractions, completed 10/28/2026.

>> NOTES
   10/28/2026  Completion note (P. Ravenscroft-Oyelaran, MD): Completed CyberKnife SBRT to the prostate, 36.25 Gy in 5 fractions every other day. IPSS rose from 6 to 11; tamsulosin started. PSA in 3 months.
----------------------------------------------------------------------
{FOOT}
""")])

# b26_10 -- bundle: SBRT boost 21 Gy / 3 after 45 Gy / 25 pelvic IMRT (separate earlier course) ------------
_c = "SALTMARSH UROLOGICAL RADIOTHERAPY"
add(name="b26_10", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("prostate boost", "body", None, 21, 3)],
    categories=cats(),
    notes="Bundle: pelvic IMRT completion letter (45 Gy / 25, the earlier course), SBRT boost plan PDF and boost "
          "completion note: high-risk prostate cancer, SBRT boost 7 Gy x 3 = 21 Gy twice weekly on a Versa HD "
          "with 3 intraprostatic fiducials and a hydrogel spacer placed earlier; MRI fused. Composite EQD2 "
          "and the 45 Gy pelvic dose are not this course's dose; the boost is charted as its own course.",
    docs=[
        Doc("1_pelvic_course_letter.txt", text=f"""
SALTMARSH UROLOGICAL RADIOTHERAPY
Letter to Dr. Hildebrand (Urology) - 11/06/2026
Re: {patient(10)}  ({mrn(10)})

Dear Dr. Hildebrand,
Your patient completed the first course of his radiotherapy today: pelvic nodal and prostate IMRT, 45 Gy in 25 daily fractions (10/01/2026 - 11/06/2026) on our Versa HD, with daily CBCT. He tolerated it with grade 1 urinary frequency. As planned he now proceeds to a separately planned stereotactic boost to the prostate (3 fractions), which will be documented as its own course. He continues on ADT (leuprolide, 18 months planned).

Yours sincerely,
Marisela Dunstan-Okafor, MD
{FOOT}
"""),
        Doc("2_sbrt_boost_plan.pdf", [[
            H1("SBRT Boost Plan - Prostate (Course 2)"),
            KeyValue([("Patient", patient(10)), ("MRN", mrn(10)), ("Course", "C2 PROS_SBRT_BOOST"), ("Unit", "Elekta Versa HD, Agility MLC, 6 MV FFF"),
                      ("TPS", "Monaco 6.1"), ("Prescription", "21 Gy in 3 fractions (7 Gy per fraction), twice weekly")]),
            P("Localisation: three gold fiducials (inserted 09/18/2026 with the hydrogel spacer, before course 1) are used for the match at each boost fraction. Re-simulation CT 11/10/2026 (1 mm, full-bladder protocol) and a new T2 MRI of the same day fused on the fiducials; CTV = prostate only (no seminal vesicles, no nodes), PTV = CTV + 3 mm. No immobilisation beyond the knee-and-feet rest."),
            RuledTable([("Structure", "Goal", "Plan"),
                        ("PTV_boost", "V21Gy >= 95%", "96.1%"),
                        ("PTV_boost", "Dmax <= 115%", "23.9 Gy (113.8%)"),
                        ("Rectum (boost only)", "D1cc < 21 Gy", "17.4 Gy"),
                        ("Bladder (boost only)", "D1cc < 22 Gy", "20.2 Gy"),
                        ("Urethra", "Dmax < 23.1 Gy", "22.6 Gy")]),
            P("Composite with course 1 (45 Gy/25), EQD2 (a/b 1.5) to the prostate approximately 94 Gy; for information only. Patient-specific QA (Delta4, 3%/2 mm 99.6%) passed 11/13/2026."),
            sig("Marisela Dunstan-Okafor, MD 11/13/2026; physics Anselm Prydderch, MSc"),
        ]], opts=dict(header=hdr(_c, 10), font="Times-Roman")),
        Doc("3_boost_completion.txt", text=f"""
SALTMARSH UROLOGICAL RADIOTHERAPY - COURSE 2 (SBRT BOOST) COMPLETION
{patient(10)}  {mrn(10)}

Fractions: 11/16/2026, 11/19/2026, 11/23/2026 - 3 of 3, 7 Gy each, CBCT with fiducial match and intrafraction kV check at mid-arc each time.
Boost total: 21 Gy in 3 fractions to the prostate.
Toxicity: urinary frequency grade 1, unchanged from the end of course 1.
Plan: PSA at 3 months; ADT continues.

M. Dunstan-Okafor, MD   11/23/2026
{FOOT}
"""),
    ])

# b26_11 -- pdf (contradiction): community centre treatment record printout, left kidney 42 Gy / 3 --------
_c = "DEVERELL COUNTY COMMUNITY CANCER CENTER"
add(name="b26_11", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT"], ["body_immobilization"]),
    lesions=[L("left kidney RCC", "body", None, 42, 3)],
    categories=cats(),
    contradiction="The physician's completion note says 42 Gy in 5 fractions, while the prescription (3 fractions) and the treatment record (three treatments of 1400 cGy, cumulative 4200 cGy) show 3 fractions.",
    notes="Community centre treatment-record printout (record-and-verify style, TextTable of treatments) for a "
          "primary left renal cell carcinoma: Rx given as a total only ('4200 cGy, 3 fx'), BodyFIX with "
          "abdominal compression, 4DCT; the completion note misstates 5 fractions (gold 3 from the Rx and "
          "the record). Kidney-minus-GTV and bowel doses beside.",
    docs=[Doc("b26_11.pdf", [[
        H1("Treatment Record - External Beam"),
        KeyValue([("Patient", patient(11)), ("MRN", mrn(11)), ("Course", "1  L KIDNEY SBRT"), ("Physician", "Rosamund Tennant-Ogilvie, MD"),
                  ("Machine", "Elekta Infinity (LA2)"), ("Technique", "SBRT, VMAT 2 arcs, 6 MV"), ("Rx", "Total 4200 cGy, 3 fx"),
                  ("Rx point", "PTV_KIDNEY covered by 80% IDL")]),
        P("Simulation 09/30/2026: BodyFIX with the abdominal compression paddle, arms up; 4DCT, ITV from 10 phases, no contrast (eGFR 38). Diagnosis: 3.8 cm left renal cell carcinoma, biopsy-proven clear cell, not an operative candidate (right nephrectomy 2015, so the left is a solitary kidney). Constraints: kidney minus GTV: 212 cc of 248 cc kept below 17.5 Gy; small bowel D5cc 13.2 Gy; spinal cord Dmax 7.9 Gy."),
        TextTable([("Date", "Fx#", "Field", "MU", "Dose (cGy)", "Cum (cGy)", "Img", "By"),
                   ("10/08/2026", "1", "ARC1+ARC2", "3412", "1400", "1400", "CBCT", "DP/LM"),
                   ("10/12/2026", "2", "ARC1+ARC2", "3409", "1400", "2800", "CBCT", "DP/LM"),
                   ("10/15/2026", "3", "ARC1+ARC2", "3411", "1400", "4200", "CBCT", "LM/KT")],
                  columns=(0, 70, 105, 180, 220, 285, 345, 385)),
        P("Course status: COMPLETED 10/15/2026. Physics weekly check 10/12/2026 (initials GV): chart and MU second check OK."),
        H1("Physician Completion Note"),
        P("Ms. " + patient(11).split(", ")[1].title() + " completed stereotactic body radiotherapy to the left kidney tumour, 42 Gy in 5 fractions, with BodyFIX compression and daily cone-beam CT. Creatinine stable at 1.6. CT abdomen in 3 months, nephrology follow-up."),
        sig("Rosamund Tennant-Ogilvie, MD 10/19/2026"),
    ]], opts=dict(header=hdr(_c, 11), font="Courier", font_size=9.0))])


# ==================================================================================================
# Spine
# ==================================================================================================

# b26_12 -- bundle: joint neurosurgery-radiation oncology note, post-operative T9-T11 30 Gy / 5 (one target) --
_c = "AMBERLOW SPINE ONCOLOGY PROGRAM"
add(name="b26_12", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T9-T11 post-operative spine", "spinal", None, 30, 5)],
    categories=cats(),
    notes="Joint neurosurgery/radiation-oncology note + spine SBRT plan PDF + treatment record: renal cell "
          "metastasis at T10 with epidural disease, separation surgery and T8-T12 instrumentation, then "
          "post-operative SBRT 6 Gy x 5 = 30 Gy to one CTV spanning the contiguous T9-T11 levels. CT "
          "myelogram + MRI fused, BodyFIX, CBCT + ExacTrac. 63621 claimed for the 'three levels' is "
          "inconsistent (one target). Cord PRV Dmax 22.1 Gy; no prior radiotherapy.",
    docs=[
        Doc("1_joint_note.txt", text=f"""
AMBERLOW SPINE ONCOLOGY PROGRAM - JOINT NEUROSURGERY / RADIATION ONCOLOGY NOTE
Patient: {patient(12)}    MRN: {mrn(12)}    Date: 10/14/2026

NEUROSURGERY (Dr. Lucan Barraclough-Eze)
Status post T10 separation surgery on 09/22/2026: T9-T11 laminectomy, posterolateral decompression of the epidural tumour (Bilsky 3 pre-op, now 1b), T8-T12 pedicle screw fixation with carbon-fibre-reinforced PEEK screws (chosen to reduce imaging artefact). Wound healed; neurologically intact, ASIA E. SINS 11 pre-op, stabilised. Recommend adjuvant stereotactic radiotherapy once the wound is fully healed (3 weeks).

RADIATION ONCOLOGY (Dr. Henrike Mulgrew-Asante)
Clear cell RCC, metastatic to T10 only (oligometastatic), radioresistant histology, no prior radiotherapy to the spine. Per the international consensus contouring guidelines for post-operative spine SBRT, the CTV covers the pre-operative extent of disease: T9 to T11 vertebral bodies, pedicles and the posterior elements at T10, with the epidural space circumferentially at T10. These three contiguous levels form a single target (one CTV, one PTV); this is not three lesions. Dose: 30 Gy in 5 fractions of 6 Gy, consecutive days. 24 Gy in 2 fractions was discussed but the hardware and the recent wound favoured 5 fractions.

JOINT PLAN: CT myelogram (intrathecal contrast via lumbar puncture) and MRI T1/T2/STIR for fusion; BodyFIX with a full-body vacuum cushion; treatment on the TrueBeam STx with ExacTrac.
Signed: L. Barraclough-Eze, MD (Neurosurgery); H. Mulgrew-Asante, MD (Radiation Oncology)
{FOOT}
"""),
        Doc("2_spine_plan.pdf", [[
            H1("Spine SBRT Plan - T9-T11 post-op"),
            KeyValue([("Patient", patient(12)), ("MRN", mrn(12)), ("Plan", "SP_T9T11_PO"), ("Unit", "Varian TrueBeam STx, 6 MV FFF, HD120 MLC"),
                      ("TPS", "Brainlab Elements Spine SRS 4.0"), ("Rx", "3000 cGy / 5 fx to PTV_T9-T11 (D90 = Rx)"),
                      ("Imaging", "CT myelogram 10/20/2026 fused with MRI 10/19/2026")]),
            P("Immobilisation: BodyFIX double-vacuum system with full-body cushion, arms down. Cord contoured on the CT myelogram from T7 to L1; PRV cord = cord + 1.5 mm."),
            RuledTable([("Structure", "Constraint (5 fx)", "Achieved"),
                        ("PTV_T9-T11 (87.4 cc)", "D90 >= 30 Gy", "30.1 Gy"),
                        ("PTV_T9-T11", "V30Gy", "90.2%"),
                        ("Cord PRV", "Dmax < 28 Gy", "22.1 Gy"),
                        ("Esophagus", "D2cc < 27.5 Gy", "18.4 Gy"),
                        ("Kidneys (each)", "mean < 10 Gy", "3.2 / 2.9 Gy")]),
            P("9 IMRT fields (step-and-shoot), 1 isocentre at T10. Independent calculation (RadCalc) and portal-dosimetry QA 99.4% passed."),
            sig("H. Mulgrew-Asante, MD; Physics: Tobiah Greenhalgh, PhD, 10/23/2026"),
        ]], opts=dict(header=hdr(_c, 12), font="Helvetica")),
        Doc("3_treatment_record.txt", text=f"""
AMBERLOW SPINE ONCOLOGY PROGRAM - TREATMENT RECORD (export)
{patient(12)} | {mrn(12)} | Plan SP_T9T11_PO

Date        Fx  Dose    Imaging before beam-on             Shift (mm/deg)          Approved
10/26/2026  1   600cGy  CBCT + ExacTrac 6D                 1.1/0.4/0.8, 0.6 deg    HMA
10/27/2026  2   600cGy  CBCT + ExacTrac 6D                 0.7/0.9/0.3, 0.4 deg    HMA
10/28/2026  3   600cGy  CBCT + ExacTrac 6D                 0.5/0.2/0.6, 0.3 deg    HMA
10/29/2026  4   600cGy  CBCT + ExacTrac 6D                 0.9/0.5/0.4, 0.2 deg    HMA
10/30/2026  5   600cGy  CBCT + ExacTrac 6D                 0.4/0.6/0.7, 0.5 deg    HMA
Total delivered: 3000 cGy in 5 fractions to T9-T11 (single target). Course complete.
{FOOT}
"""),
    ])

# b26_13 -- dictated txt: single-fraction spine SBRT L2 24 Gy x 1, claimed with cranial one-session codes ----
add(name="b26_13", kind="dictated_text", codes=["77372", "77432", "63620"],
    facts=F("linac", ["spinal"], 1, 1, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L2 vertebral body", "spinal", None, 24, 1)],
    categories=cats(),
    notes="Dictated spine radiosurgery procedure note: L2 melanoma metastasis abutting the thecal sac, "
          "'24 Gy x 1' on a Novalis Tx with ExacTrac, Vac-Lok, planning CT + MRI. Single-fraction extracranial: "
          "77372/77432 (cranial one-session codes) are inconsistent; 63620 is consistent; delivery code 77373. "
          "Cauda equina Dmax 15.8 Gy and 16 Gy/18 Gy numbers nearby.",
    docs=[Doc("b26_13.txt", text=f"""
RUSHCOMBE SPINE RADIOSURGERY PROGRAM
Radiosurgery procedure note, dictated.
Patient {patient(13)}. Medical record number {mrn(13)}. Date of service 11/05/2026.

Diagnosis, metastatic melanoma to the L2 vertebral body with a small epidural component abutting the thecal sac, Bilsky 1b, no cord compression, SINS 6. Pain 6 out of 10 with a radicular component on the left. She is on nivolumab with stable extracranial disease and this is her only site of progression. No prior radiation.

Technique. She was immobilized supine in a Vac-Lok cushion with the arms on the chest, made at simulation on 10/29. Planning CT with 1 millimeter slices and an MRI of the lumbar spine with T1, T2 and STIR were fused on Brainlab Elements; GTV L2 body and left pedicle, CTV per consensus to the body and both pedicles, PTV 2 millimeters. Prescription twenty four gray times one, one fraction, to the PTV at the 80 percent isodose line, Novalis Tx, 7 IMRT beams. Cauda equina max 15.8 gray with a limit of 16, left kidney mean 1.9. An 18 gray option was discussed to keep more distance from the cauda but the 24 was achievable. Physics QA with the ion chamber and the MapCHECK was reviewed, plus second check.

Treatment. ExacTrac X-ray pairs before treatment and after each couch rotation, 6 degrees of freedom corrections under 1 millimeter and 0.5 degrees, plus a cone beam CT before the first beam. Twenty four gray delivered to L2 in a single session without interruption, 38 minutes in the room. She was given dexamethasone 4 milligrams before the procedure for flare prophylaxis.

Impression. Single fraction spine radiosurgery to L2, 24 Gy, completed today. Follow up MRI in 8 weeks.

Dictated by Wendeline Okonjo-Pryce, MD, Radiation Oncology. Co-signed by Casimir Holloway-Grant, MD, Neurosurgery. {FOOT}
""")])

# b26_14 -- bundle: sacral re-irradiation 24 Gy / 3 over prior 30 Gy / 10; Vac-Lok used, BodyFIX only named --
_c = "HOLLINS WEIR RADIATION CENTER"
add(name="b26_14", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI", "PET"], ["body_immobilization"]),
    lesions=[L("S1-S2 sacrum", "spinal", None, 24, 3)],
    categories=cats(),
    notes="Re-irradiation consult note + plan PDF + completion note: breast cancer metastasis to S1-S2 with "
          "epidural extension into the sacral canal, 8 Gy x 3 = 24 Gy SBRT on a TrueBeam, 2 years "
          "after conventional 30 Gy/10 to L4-S2 (history). Vac-Lok used; BodyFIX named as unavailable. CT, MRI "
          "and FDG-PET fused for contouring. Cumulative cauda/sacral plexus EQD2 numbers beside the Rx.",
    docs=[
        Doc("1_reirradiation_consult.txt", text=f"""
HOLLINS WEIR RADIATION CENTER - RE-IRRADIATION CONSULTATION
{patient(14)}   {mrn(14)}   10/02/2026

History: ER-positive breast cancer, bone-only metastases. In 08/2024 she received 30 Gy in 10 fractions (3D conformal, AP/PA) to L4-S2 at our centre for sacral pain. Now progressive pain and a growing S1-S2 lesion with extension into the sacral canal (epidural, abutting the thecal sac to S2), on FDG-PET/CT and MRI.
Assessment: in-field recurrence after conventional radiotherapy. Cumulative dose to the cauda equina from the 2024 course was 30 Gy (EQD2 32.5 Gy, a/b 2).
Recommendation: stereotactic re-irradiation, 24 Gy in 3 fractions (8 Gy per fraction) to S1-S2, cauda equina limit 18 Gy in 3 for this course. Simulation next week.
Dr. Anselma Rook-Fairweather
{FOOT}
"""),
        Doc("2_plan.pdf", [[
            H1("SBRT Re-irradiation Plan - Sacrum S1-S2"),
            KeyValue([("Patient", patient(14)), ("MRN", mrn(14)), ("Unit", "Varian TrueBeam, 6 MV FFF"), ("TPS", "Eclipse 17, 2 VMAT arcs"),
                      ("Rx", "8 Gy per fraction x 3 to PTV_S1S2"), ("Isodose", "Rx to 85%")]),
            P("Simulation 10/09/2026 supine in an indexed Vac-Lok cushion with knee support, arms on chest. (The BodyFIX vacuum system was out of service for repair; the Vac-Lok alone was used.) Planning CT 1.5 mm; MRI sacrum T1/T2 and the FDG-PET/CT of 09/25/2026 were both fused and used for the GTV. CTV = S1-S2 bodies, sacral ala to the foramina and the sacral canal at S1-S2."),
            RuledTable([("Structure", "This course (3 fx)", "Cumulative EQD2 (a/b 2)"),
                        ("PTV_S1S2 V24Gy", "92.5%", "-"),
                        ("Cauda equina / thecal sac Dmax", "17.6 Gy", "67.1 Gy"),
                        ("Sacral plexus Dmax", "22.3 Gy", "n/a"),
                        ("Rectum D1cc", "16.2 Gy", "41 Gy"),
                        ("Bowel V18Gy", "0.3 cc", "-")]),
            P("QA: independent calculation and ArcCHECK 3%/2 mm 98.9% on 10/13/2026."),
            sig("Anselma Rook-Fairweather, MD; Ptolemy Grieve, MS, DABR 10/13/2026"),
        ]], opts=dict(header=hdr(_c, 14), font="Helvetica")),
        Doc("3_completion.txt", text=f"""
HOLLINS WEIR RADIATION CENTER - TREATMENT SUMMARY
{patient(14)}   {mrn(14)}

Site: sacrum S1-S2 (re-irradiation).  Delivered: 24 Gy in 3 fractions, 10/15, 10/17 and 10/20/2026.
Image guidance: CBCT before each fraction, 6D couch, shifts approved by the physician.
Pain 3/10 at completion, steroids tapered. MRI in 3 months.
A. Rook-Fairweather, MD  10/20/2026
{FOOT}
"""),
    ])


# ==================================================================================================
# Cranial plus body
# ==================================================================================================

# b26_15 -- ehr_text: NSCLC oligoprogression, right parietal metastasis 27 Gy / 3 + left adrenal 36 Gy / 3 ----
add(name="b26_15", kind="ehr_text", codes=["77373", "77435", "61796"],
    facts=F("linac", ["body", "cranial"], 2, 3, ["CT", "MRI", "PET"], ["body_immobilization", "mask"]),
    lesions=[L("right parietal metastasis", "cranial", S, 27, 3), L("left adrenal metastasis", "body", None, 36, 3)],
    categories=cats(),
    notes="EHR export (visit-list style) of one course treating a right parietal brain metastasis (1.8 cm, "
          "simple) 9 Gy x 3 = 27 Gy with a HyperArc mask plan and a left adrenal metastasis 12 Gy x 3 = 36 Gy "
          "on a Vac-Lok at the same three sessions on a TrueBeam; MRI for the brain, PET fused for the adrenal. "
          "Prior lung SBRT 2025 (55 Gy/5) in the history; cranial one-session SRS considered.",
    docs=[Doc("b26_15.txt", text=f"""
NETTLEBED VALLEY ONCOLOGY - CHART SUMMARY EXPORT
Name: {patient(15)}   MRN: {mrn(15)}   Sex: F   Export: 12/01/2026

=== Encounter 10/30/2026  Radiation Oncology Consult (Dr. Hyacinth Abernethy-Osei) ===
Lung adenocarcinoma, ALK negative, PD-L1 80%. Right lower lobe primary treated with SBRT 55 Gy in 5 fractions in 03/2025 (controlled). Now oligoprogression on pembrolizumab: a new 1.8 cm right parietal brain metastasis (no other brain lesions on 3D MRI) and a 2.6 cm left adrenal metastasis (FDG avid). KPS 90. Plan: stereotactic treatment of both sites in the same course. Single-fraction SRS 20 Gy was considered for the brain lesion; with the adrenal treated in 3 fractions we chose 27 Gy in 3 for the brain so both targets share the sessions.

=== Encounter 11/04/2026  Simulation ===
Brain: Encompass thermoplastic SRS mask; CT head 1 mm; MRI brain (MPRAGE post-gadolinium, 11/03/2026) fused.
Body: Vac-Lok cushion, arms up; 4DCT abdomen; FDG-PET/CT 10/22/2026 fused for the adrenal GTV; ITV + 5 mm.

=== Encounter 11/09/2026  Plan approval ===
Plan BRAIN_HA: HyperArc, 4 non-coplanar arcs, PTV = GTV + 1 mm, 27 Gy in 3 (9 Gy per fraction) to the 70% IDL; brain V20Gy 6.2 cc; brainstem Dmax 4.1 Gy.
Plan ADR_L: 2 VMAT arcs, 36 Gy in 3 (12 Gy per fraction), PTV V36 95.2%; stomach D0.5cc 20.4 Gy; left kidney V16 18%; cord 6.8 Gy.
Physics second check and patient-specific QA (both plans) passed - Physicist Ambrose Tilling-Hughes, MS.

=== Encounters 11/11, 11/13, 11/16/2026  Treatment ===
Each session: BRAIN_HA 9 Gy (mask, CBCT + surface guidance) then ADR_L 12 Gy (Vac-Lok, CBCT matched to the ITV). 3 of 3 sessions.

=== Encounter 11/16/2026  Completion (Dr. Abernethy-Osei) ===
Completed: right parietal metastasis 27 Gy in 3 fractions; left adrenal metastasis 36 Gy in 3 fractions; treated in the same 3 sessions. Tolerated well. MRI brain in 6 weeks, PET/CT in 3 months.
{FOOT}
""")])

# b26_16 -- bundle: two brain metastases (one pontine, complex) 25 and 30 Gy / 5 + L1 spine 30 Gy / 5 --------
_c = "QUARRENDON NEURO-ONCOLOGY AND SBRT SERVICE"
add(name="b26_16", kind="bundle", codes=["77373", "77435", "61798", "61797", "63620"],
    facts=F("linac", ["cranial", "spinal"], 3, 5, ["CT", "MRI"], ["body_immobilization", "mask"]),
    lesions=[L("pontine metastasis", "cranial", C, 25, 5), L("right frontal metastasis", "cranial", S, 30, 5),
             L("L1 vertebral metastasis", "spinal", None, 30, 5)],
    categories=cats(),
    notes="Plan report PDF + completion note: breast cancer with a 1.0 cm pontine metastasis (within the "
          "brainstem, complex) 5 Gy x 5 = 25 Gy and a 2.2 cm right frontal metastasis 6 Gy x 5 = 30 Gy on a "
          "mask, and an L1 metastasis with epidural extension 6 Gy x 5 = 30 Gy on a BodyFIX, all in the same "
          "five sessions on an Edge. Brainstem and cord maxima beside; 61798 + 61797 + 63620 consistent.",
    docs=[
        Doc("1_plan_report.pdf", [[
            H1("Multi-target Stereotactic Plan Report"),
            KeyValue([("Patient", patient(16)), ("MRN", mrn(16)), ("Unit", "Varian Edge, 6 MV FFF, HD120"),
                      ("TPS", "Eclipse 16.1 (cranial HyperArc; spine VMAT)"), ("Schedule", "5 consecutive weekdays, all targets each day")]),
            P("Imaging: planning CT head and CT thoracolumbar spine 10/26/2026 (1 mm); MRI brain post-gadolinium 3D T1 and MRI thoracolumbar spine T1/T2 (10/24/2026), fused. Immobilisation: Encompass mask for the brain plan; BodyFIX with full-body vacuum cushion for the spine plan (patient re-positioned between plans)."),
            RuledTable([("Target", "Size", "Dose/fx", "Fx", "Total", "IDL / coverage", "Note"),
                        ("PTV_pons", "1.0 cm", "5 Gy", "5", "25 Gy", "80% / V100 95%", "within the brainstem"),
                        ("PTV_R_frontal", "2.2 cm", "6 Gy", "5", "30 Gy", "75% / V100 98%", "22 mm from chiasm"),
                        ("PTV_L1", "-", "6 Gy", "5", "30 Gy", "D90 = Rx", "epidural extension, abuts thecal sac")]),
            RuledTable([("OAR", "Limit (5 fx)", "Achieved"),
                        ("Brainstem (excl. PTV) D0.5cc", "< 31 Gy", "27.4 Gy"),
                        ("Optic chiasm Dmax", "< 25 Gy", "3.0 Gy"),
                        ("Spinal cord Dmax", "< 28 Gy", "23.6 Gy"),
                        ("Brain V24Gy", "< 20 cc", "11.1 cc")]),
            P("Physics: Mobius3D independent check and portal dosimetry QA for both plans, 10/29/2026, pass."),
            sig("Gideonne Ashworth-Balogun, MD; Faramond Lisle, PhD 10/29/2026"),
        ]], opts=dict(header=hdr(_c, 16), font="Helvetica")),
        Doc("2_completion.txt", text=f"""
QUARRENDON NEURO-ONCOLOGY AND SBRT SERVICE - END OF TREATMENT
{patient(16)} / {mrn(16)} / 11/06/2026

Treated 11/02 - 11/06/2026, 5 sessions, each with CBCT (brain on the mask, spine on the BodyFIX) and 6D couch correction approved by the physician.
Delivered:
  1. Pontine metastasis  25 Gy / 5 fx
  2. Right frontal metastasis  30 Gy / 5 fx
  3. L1 vertebral metastasis  30 Gy / 5 fx
Dexamethasone 2 mg daily during treatment, taper over 1 week. MRI brain and spine in 2 months.
G. Ashworth-Balogun, MD
{FOOT}
"""),
    ])


# ==================================================================================================
# Hard negatives and near-misses
# ==================================================================================================

# b26_17 -- bundle: conventional palliative T4-T6 30 Gy / 10 claimed as spine SBRT --------------------------
add(name="b26_17", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 10, ["CT"], []),
    lesions=[L("T4-T6 spine", "spinal", None, 30, 10)],
    categories=cats(positioning=False),
    notes="Near-miss: prescription + completion of a conventional palliative course, 3 Gy x 10 = 30 Gy AP/PA "
          "to T4-T6 on a Clinac, plain CT simulation, daily kV, no immobilisation device (knee sponge and "
          "tattoos). SBRT 24 Gy/2 discussed and declined. 10 fractions: all claimed SBRT codes inconsistent.",
    docs=[
        Doc("1_prescription.txt", text=f"""
FERRISFORD GENERAL HOSPITAL - RADIOTHERAPY PRESCRIPTION
Patient: {patient(17)}   MRN: {mrn(17)}   Date: 10/19/2026

Diagnosis: metastatic prostate adenocarcinoma, painful T4-T6 vertebral metastases without cord compression.
Intent: palliative. Stereotactic 24 Gy in 2 fractions was offered but the patient preferred a conventional course closer to home in the department's standard schedule.
Technique: 3D conformal, parallel opposed AP/PA, 6 MV, isocentre at T5, field T3-T7.
Dose: 30 Gy in 10 fractions, 3 Gy per fraction, daily, prescribed to midplane.
Simulation: plain CT (3 mm) supine on the flat couch top with a knee sponge; setup with three tattoos; no vacuum bag or other immobilisation device.
Verification: daily kV orthogonal images, bony match.
Signed: Dr. Quintus Halloran-Reyes
{FOOT}
"""),
        Doc("2_completion.txt", text=f"""
FERRISFORD GENERAL HOSPITAL - END OF TREATMENT NOTE
{patient(17)}   {mrn(17)}   11/03/2026

Completed 30 Gy in 10 daily fractions to T4-T6 (10/21 - 11/03/2026). Spinal cord received the prescription dose (30 Gy) as expected for an AP/PA arrangement. Pain improved from 8/10 to 4/10. No further radiotherapy planned.
Dr. Q. Halloran-Reyes
{FOOT}
"""),
    ])

# b26_18 -- pdf: conventional hypofractionated lung 60 Gy / 15 claimed as SBRT; no verification documented ---
_c = "BRACKWATER DISTRICT RADIATION ONCOLOGY"
add(name="b26_18", kind="pdf", codes=["77373"],
    facts=F("linac", ["body"], 1, 15, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left upper lobe NSCLC", "body", None, 60, 15)],
    categories=cats(delivery_verification=False),
    notes="Near-miss: treatment summary of a 4 Gy x 15 = 60 Gy hypofractionated course to a 5.8 cm left upper "
          "lobe tumour (too large for SBRT per the note), 4DCT + PET, wing board with Vac-Lok; no image "
          "guidance or physics QA documented (delivery_verification unmet). 77373 inconsistent (15 fractions).",
    docs=[Doc("b26_18.pdf", [[
        H1("Radiation Treatment Summary"),
        KeyValue([("Patient", patient(18)), ("MRN", mrn(18)), ("Treatment dates", "09/28/2026 - 10/16/2026"),
                  ("Site", "Left upper lobe lung"), ("Machine", "Varian Clinac iX")]),
        P("Diagnosis: squamous cell carcinoma of the left upper lobe, 5.8 cm, cT3 N0 M0, medically inoperable (FEV1 41%). The tumour is too large for our SBRT protocol (5 cm limit); a hypofractionated conventional course was prescribed."),
        P("Simulation: supine on a wing board with a Vac-Lok cushion; 4DCT for an ITV; FDG-PET/CT fused for the GTV. Plan: IMRT, 7 fields, Eclipse."),
        RuledTable([("Phase", "Target", "Dose/fx", "Fractions", "Total"),
                    ("1", "PTV_LUL", "400 cGy", "15", "6000 cGy")]),
        RuledTable([("OAR", "Limit", "Plan"),
                    ("Spinal cord Dmax", "< 36 Gy", "31.2 Gy"),
                    ("Esophagus mean", "< 20 Gy", "12.4 Gy"),
                    ("Lung V20", "< 30%", "21%"),
                    ("Heart mean", "< 10 Gy", "4.1 Gy"),
                    ("Brachial plexus Dmax", "< 50 Gy", "46.8 Gy")]),
        P("Course: 15 of 15 fractions delivered, 60 Gy to the left upper lobe tumour. Grade 2 esophagitis in week 3. Follow-up CT in 6 weeks."),
        sig("Dr. Ignatius Vellacott-Mensah 10/19/2026"),
    ]], opts=dict(header=hdr(_c, 18), font="Times-Roman"))])

# b26_19 -- dictated txt: SBRT recommended for an adrenal metastasis, declined by the patient ---------------
add(name="b26_19", kind="dictated_text", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: consultation recommending SBRT 40 Gy/5 to a right adrenal metastasis (with a CT "
          "simulation and a fiducial-free plan described as next steps) and an addendum in which the "
          "patient declines; nothing simulated, planned or delivered. Every code inconsistent.",
    docs=[Doc("b26_19.txt", text=f"""
ELMSTEAD POINT CANCER CENTRE - RADIATION ONCOLOGY CONSULTATION (dictated)
Patient: {patient(19)}   MRN: {mrn(19)}   Date: 11/12/2026   Referring: Dr. Marguerite Sallow-Pike, medical oncology

History of present illness: 66 year old man with hepatocellular carcinoma treated with transplant in 2021, now a solitary 3.1 centimeter right adrenal metastasis on CT and FDG PET from October. Performance status ECOG 0. He was referred for stereotactic body radiotherapy.

Assessment and recommendation: He is a good candidate for SBRT. I recommend 40 gray in 5 fractions, 8 gray per fraction, every other day, on the TrueBeam with 4DCT simulation, a BodyFIX with abdominal compression and daily cone beam CT; fiducials would not be needed. Constraints would include duodenum D0.5cc under 30 gray and right kidney mean under 10 gray. The alternative of continued systemic therapy alone was discussed, as was adrenalectomy, which surgery did not favour.

Plan: simulation to be scheduled next week pending his decision.

Addendum 11/17/2026: The patient called and, after discussing with his family, declines radiotherapy for now and wishes to continue lenvatinib alone with repeat imaging in 3 months. The simulation appointment was cancelled. No treatment planning has been done. He knows he may contact us at any time.

Dictated by Leocadia Fairbrother-Uzo, MD. {FOOT}
""")])


# ==================================================================================================
# Oligometastatic, several sites
# ==================================================================================================

# b26_20 -- bundle (contradiction): lung 50 Gy / 5 + T11 27 Gy / 3 + left rib 30 Gy / 5 in one 5-session course --
_c = "CINDERFORD OLIGOMETASTASIS CLINIC"
add(name="b26_20", kind="bundle", codes=["77373", "77435", "63620", "G0339"],
    facts=F("linac", ["body", "spinal"], 3, 5, ["CT", "MRI", "PET"], ["body_immobilization"]),
    lesions=[L("right lower lobe nodule", "body", None, 50, 5), L("T11 vertebral body", "spinal", None, 27, 3),
             L("left 7th rib", "body", None, 30, 5)],
    categories=cats(),
    contradiction="The completion summary calls the course SBRT to 'two oligometastases' but lists three targets, and the plan and the treatment record treat three (lung, T11, left 7th rib).",
    notes="Plan PDF + treatment record + completion summary: oligometastatic colorectal cancer, three targets at "
          "different schedules in one course of 5 sessions: RLL nodule 10 Gy x 5 = 50 Gy (4DCT, RPM gating), "
          "T11 9 Gy x 3 = 27 Gy (sessions 1, 3, 5), left 7th rib 6 Gy x 5 = 30 Gy. BodyFIX, PET + MRI fused. "
          "G0339 on a gantry linac is inconsistent. The summary's 'two oligometastases' contradicts its own "
          "list of three (gold 3).",
    docs=[
        Doc("1_plan.pdf", [[
            H1("Oligometastatic SBRT - Composite Plan Summary"),
            KeyValue([("Patient", patient(20)), ("MRN", mrn(20)), ("Unit", "Varian TrueBeam, 6 MV FFF"), ("TPS", "RayStation 2024A"),
                      ("Immobilisation", "BodyFIX with full-body vacuum cushion, arms up"), ("Motion", "RPM amplitude gating (lung plan only), 30-70% window")]),
            P("Colorectal adenocarcinoma, resected 2024, now three metachronous metastases after 6 months of stable disease on capecitabine maintenance; SABR-COMET-3-style intent. Planning imaging 11/02/2026: 4DCT thorax-abdomen; MRI thoracolumbar spine fused for T11 (posterior cortex breached, tumour abutting the dura); FDG-PET/CT of 10/21/2026 fused for the lung and rib GTVs."),
            RuledTable([("Target", "Plan", "Dose/fx", "Fx", "Total", "Sessions", "Coverage"),
                        ("PTV_RLL (ITV + 5 mm)", "LUNG_G", "10 Gy", "5", "50 Gy", "1-5", "V50 95.3%"),
                        ("PTV_T11", "SPINE", "9 Gy", "3", "27 Gy", "1, 3, 5", "D90 = Rx"),
                        ("PTV_rib7_L", "RIB", "6 Gy", "5", "30 Gy", "1-5", "V30 96.0%")]),
            RuledTable([("OAR", "Limit", "Composite"),
                        ("Spinal cord Dmax (3 fx part)", "< 20.3 Gy", "17.9 Gy"),
                        ("Esophagus D5cc", "< 27.5 Gy", "14.2 Gy"),
                        ("Heart D15cc", "< 32 Gy", "6.3 Gy"),
                        ("Lungs - ITV V20", "< 10%", "5.1%"),
                        ("Chest wall (left) V30", "< 30 cc", "7.7 cc")]),
            P("Physics: second calculation and ArcCHECK QA for the three plans passed 11/06/2026."),
            sig("Evangelina Pardoe-Nakamura, MD; Physicist Hartwell Oyinlola, MS 11/06/2026"),
        ]], opts=dict(header=hdr(_c, 20), font="Helvetica")),
        Doc("2_treatment_record.txt", text=f"""
CINDERFORD OLIGOMETASTASIS CLINIC - TREATMENT RECORD
{patient(20)}  {mrn(20)}

Session  Date        LUNG_G   SPINE    RIB      IGRT
1        11/09/2026  10 Gy    9 Gy     6 Gy     CBCT x3 (per plan), gated lung
2        11/10/2026  10 Gy    -        6 Gy     CBCT x2
3        11/11/2026  10 Gy    9 Gy     6 Gy     CBCT x3
4        11/12/2026  10 Gy    -        6 Gy     CBCT x2
5        11/13/2026  10 Gy    9 Gy     6 Gy     CBCT x3
Totals   5 sessions  50 Gy    27 Gy    30 Gy
{FOOT}
"""),
        Doc("3_completion_summary.txt", text=f"""
CINDERFORD OLIGOMETASTASIS CLINIC - COMPLETION SUMMARY   11/13/2026
{patient(20)}  {mrn(20)}

Completed SBRT to two oligometastases over 5 sessions (11/09 - 11/13/2026):
  - right lower lobe nodule: 50 Gy in 5 fractions (gated)
  - T11 vertebral body: 27 Gy in 3 fractions
  - left 7th rib: 30 Gy in 5 fractions
No acute toxicity. Restart capecitabine in 2 weeks. PET/CT in 3 months.
E. Pardoe-Nakamura, MD
{FOOT}
"""),
    ])


CORPUS = Corpus("blind_corpus26", "tests/blind_corpus26", CHARTS, pdf_options={"footer": FOOT, "font": "Helvetica"},
                hand_written=["README.md", "FIRST_RUN.md"])
