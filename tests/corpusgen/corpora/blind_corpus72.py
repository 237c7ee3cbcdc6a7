"""Seventy-second blind corpus, ``tests/blind_corpus72/`` (regenerate: ``python scripts/make_corpus.py blind_corpus72``).

Twenty courses as a US coding office receives them from twenty other hospitals: system printouts and exports
from each hospital's own (invented) planning and record systems. Plan summary reports, prescription forms,
treatment session records and delivery logs, physics second-check and patient-QA printouts, CSV and key-value
exports, checkbox forms, structure lists, DVH-statistics tables with organ-at-risk rows, isocentre and arc tables,
approval and signature blocks, patient banners in page headers and footers, tables that break across pages, a
landscape page, a two-column page, a scanned printout; doses in Gy and cGy; US, European and ISO dates. Four
bundles (plan + delivery record + physics check) in which a lesion or a dose changes between documents. One chart
contradicts itself (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (exports are deliberately one long line per record)

from __future__ import annotations

from pdfmaker import ColumnBreak, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ADELINE", "BARNABY", "CORDELIA", "DESMOND", "EULALIA", "FENWICK", "GWENDOLYN", "HORATIO", "IMOGEN",
         "JASPER", "KESTER", "LAVINIA", "MORDECAI", "NERISSA", "OSWIN", "PERPETUA", "QUENTIN", "ROSAMUND",
         "SILAS", "THEODORA"]


def patient(n: int) -> str:
    return f"SEVENTYTWOPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-720{n:02d}"


def banner(clinic: str, system: str, n: int, dob: str) -> list[str]:
    return [f"{clinic} -- {system}", f"{patient(n)}   MRN {mrn(n)}   DOB {dob}"]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# o72_01 -- pdf: cobalt-60 frame plan summary report, 4 lesions L1-L4, shot table breaking across pages --------------
_shots = [("Shot", "Target", "X (mm)", "Y (mm)", "Z (mm)", "Sectors 1-8 (mm)", "Weight", "Time (min)")]
_pos = {"L1": (112.4, 88.1, 131.0), "L2": (71.9, 104.6, 118.2), "L3": (97.3, 140.8, 92.5), "L4": (126.0, 121.7, 84.9)}
_n = {"L1": 9, "L2": 4, "L3": 12, "L4": 6}
_k = 0
for _t, (_x, _y, _z) in _pos.items():
    for _i in range(_n[_t]):
        _k += 1
        _coll = "8 8 4 8 8 4 8 8" if _i % 3 == 0 else ("4 4 4 4 4 4 4 4" if _i % 3 == 1 else "16 8 8 16 16 8 8 16")
        _shots.append((str(_k), _t, f"{_x + 0.7 * _i:.1f}", f"{_y - 0.4 * _i:.1f}", f"{_z + 0.3 * (_i % 4):.1f}", _coll,
                       f"{1.00 - 0.03 * (_i % 5):.2f}", f"{2.1 + 0.17 * (_i % 6):.2f}"))
_c = "TAMARACK VALLEY MEDICAL CENTER"
add(name="o72_01", kind="pdf", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("L1 right frontal", "cranial", S, 20, 1), L("L2 left parietal", "cranial", S, 20, 1),
             L("L3 right cerebellar", "cranial", S, 16, 1), L("L4 left occipital", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Cobalt-60 plan summary report (ORRERY-GK 11.2, invented) with a patient banner on every page: frame, "
          "stereotactic MRI + CT, four metastases L1-L4 (20/20/16/18 Gy at the 50% isodose), a 31-row shot table "
          "that breaks across pages (shot coordinates and sector sizes are not lesions), OAR table, approval block "
          "and a delivery line. ISO dates. All simple; codes correct.",
    docs=[Doc("o72_01.pdf", [[
        H1("ORRERY-GK 11.2 (invented) -- Treatment Plan Summary"),
        KeyValue([("Plan name", "BRAIN_MULTI_4  (status: APPROVED / TREATED)"), ("Unit", "Cobalt-60 multi-source radiosurgery unit, 192 sources, SN 0412"),
                  ("Fixation", "Stereotactic head frame (Model G frame, 4 pins), applied 2026-11-17 07:05"),
                  ("Image sets", "MR 2026-11-17 07:48 (T1 MPRAGE + Gd, 1.0 mm); CT 2026-11-17 08:10 (1.0 mm, frame indicator box), co-registered"),
                  ("Dose algorithm", "TMR 10"), ("Fractions", "1"), ("Reference", "Frame coordinates (Leksell-style), mm")]),
        H2("Targets"),
        RuledTable([("Target", "Location", "Volume (cm3)", "Presc. dose (Gy)", "Isodose (%)", "Coverage (%)", "Selectivity", "GI", "Max dose (Gy)"),
                    ("L1", "R frontal", "0.88", "20.0", "50", "98.9", "0.82", "2.71", "40.0"),
                    ("L2", "L parietal", "0.31", "20.0", "50", "99.4", "0.77", "2.95", "40.0"),
                    ("L3", "R cerebellar", "3.12", "16.0", "50", "98.1", "0.86", "2.58", "32.0"),
                    ("L4", "L occipital", "1.05", "18.0", "50", "99.0", "0.80", "2.66", "36.0")],
                   widths=(46, 62, 50, 52, 50, 58, 66, 44, 62)),
        H2("Organs at risk"),
        RuledTable([("Structure", "Volume (cm3)", "Max (Gy)", "D0.1cc (Gy)", "Mean (Gy)"),
                    ("Brainstem", "24.1", "6.8", "5.9", "1.7"), ("Optic chiasm", "0.42", "1.2", "1.1", "0.8"),
                    ("Optic nerve L", "0.51", "0.9", "0.8", "0.5"), ("Optic nerve R", "0.49", "1.4", "1.3", "0.7"),
                    ("Cochlea R", "0.06", "2.2", "-", "1.9"), ("Brain (V12Gy)", "1342", "8.7 cm3", "-", "-")]),
        H2("Shot list"),
        RuledTable(_shots),
        H2("Approval"),
        TextTable([("Role", "Name", "Date/time"),
                   ("Neurosurgeon", "Dr. Wendell Oyelaran-Pike, MD", "2026-11-17 09:41"),
                   ("Radiation oncologist", "Dr. Marisol Quennell, MD", "2026-11-17 09:44"),
                   ("Medical physicist", "Tobias Ferreira-Lund, PhD, DABR", "2026-11-17 09:47")], columns=(0, 130, 330)),
        P("Frame adapter and coordinate verification performed on the couch (test tool): within 0.2 mm. "
          "Delivered 2026-11-17 10:06-11:18, total treatment time 71.9 min, all 31 shots, no interruptions. Frame removed 11:30."),
        sig("T. Ferreira-Lund, PhD, DABR 2026-11-17 11:35"),
    ]], opts=dict(header=banner(_c, "ORRERY-GK 11.2 (invented)", 1, "1958-03-22"),
                  footer=[f"{patient(1)}  {mrn(1)}  Plan BRAIN_MULTI_4", FOOT]))])

# o72_02 -- bundle (3): linac single-isocentre plan printout (6 mets), physics second check (v2 drops Met 6), delivery log -
_c = "BRIARWOOD REGIONAL CANCER INSTITUTE"
add(name="o72_02", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 5, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("Met 1 L frontal", "cranial", S, 20, 1), L("Met 2 R frontal", "cranial", S, 20, 1),
             L("Met 3 R parietal", "cranial", S, 18, 1), L("Met 4 L temporal", "cranial", S, 20, 1),
             L("Met 5 R cerebellum", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Three documents from one hospital: the first plan printout (v1) with six metastases Met 1-Met 6 in "
          "cGy, a physics second-check printout recording that plan v2 removed Met 6 (same-day MRI review called "
          "it a vessel) and Met 3 stayed at 1800 cGy, and the delivery log of v2 (5 targets, 1 fraction, CBCT + "
          "surface guidance). Gold follows the delivery log: five simple lesions.",
    docs=[
        Doc("1_plan_report_v1.pdf", [[
            H1("HELIOTROPE Planning 7 (invented) -- Plan Report"),
            KeyValue([("Course / Plan", "C1 / SRS_MM_v1"), ("Plan status", "Planning Approved 11/30/2026 (superseded 12/02/2026)"),
                      ("Machine", "6 MV FFF gantry linac, HD MLC 2.5 mm, 6DoF couch"), ("Technique", "Single isocenter, 5 non-coplanar VMAT arcs"),
                      ("Immobilization", "Frameless SRS mask (open face), surface-guided monitoring"),
                      ("Primary image", "CT_SIM 11/24/2026 1.0 mm; registered MR_T1C 11/23/2026")]),
            H2("Prescription"),
            RuledTable([("Structure", "Volume (cc)", "Dose (cGy)", "Fx", "Norm.", "Prescr. isodose", "V100% (%)", "Dmax (cGy)"),
                        ("PTV_Met1", "0.62", "2000", "1", "D98", "78%", "98.6", "2564"),
                        ("PTV_Met2", "0.94", "2000", "1", "D98", "80%", "98.2", "2500"),
                        ("PTV_Met3", "2.77", "1800", "1", "D98", "79%", "98.0", "2278"),
                        ("PTV_Met4", "0.40", "2000", "1", "D98", "77%", "99.1", "2597"),
                        ("PTV_Met5", "1.36", "1800", "1", "D98", "80%", "98.4", "2250"),
                        ("PTV_Met6", "0.05", "2000", "1", "D98", "75%", "99.6", "2667")]),
            H2("Arcs (isocenter ISO1: X 1.2, Y -3.4, Z 0.8 cm)"),
            RuledTable([("Field", "Gantry", "Couch", "Collimator", "MU"),
                        ("ARC1", "181-179 CW", "0", "45", "1844"), ("ARC2", "179-181 CCW", "315", "10", "1630"),
                        ("ARC3", "181-30 CW", "45", "350", "1422"), ("ARC4", "330-179 CCW", "270", "80", "1390"),
                        ("ARC5", "181-30 CW", "90", "30", "1287")]),
            sig("Dr. Anselm Rutherford-Obi, MD 11/30/2026 16:22"),
        ]], opts=dict(header=banner(_c, "HELIOTROPE Planning 7 (invented)", 2, "07/14/1962"))),
        Doc("2_physics_second_check.pdf", [[
            H1("Independent Dose Calculation / Second Check"),
            KeyValue([("Software", "CROSSCHECK-MU 3.4 (invented)"), ("Plan checked", "C1 / SRS_MM_v2 (replaces SRS_MM_v1)"),
                      ("Reason for v2", "Day-of-treatment MRI review 12/02/2026: 'Met 6' (0.05 cc, L occipital) reclassified as a vessel; PTV_Met6 removed. Remaining targets and doses unchanged."),
                      ("Targets in v2", "PTV_Met1 2000 cGy, PTV_Met2 2000 cGy, PTV_Met3 1800 cGy, PTV_Met4 2000 cGy, PTV_Met5 1800 cGy; 1 fraction")]),
            RuledTable([("Point / target", "TPS dose (cGy)", "Check (cGy)", "Diff (%)", "Result"),
                        ("PTV_Met1 ctr", "2437", "2461", "+1.0", "PASS"), ("PTV_Met2 ctr", "2388", "2370", "-0.8", "PASS"),
                        ("PTV_Met3 ctr", "2150", "2189", "+1.8", "PASS"), ("PTV_Met4 ctr", "2462", "2430", "-1.3", "PASS"),
                        ("PTV_Met5 ctr", "2131", "2117", "-0.7", "PASS")]),
            P("Patient-specific QA (SRS diode array, v2): gamma 3%/1 mm 98.7% passing. Action level 95%. Approved for treatment."),
            sig("Priyam Castellanos, MS, DABR 12/02/2026 12:10"),
        ]], opts=dict(header=banner(_c, "Medical Physics", 2, "07/14/1962"))),
        Doc("3_delivery_log.txt", text=f"""
BRIARWOOD REGIONAL CANCER INSTITUTE   LODESTAR R&V 5.1 (invented) -- TREATMENT DELIVERY LOG
Patient: {patient(2)}    MRN: {mrn(2)}    DOB: 07/14/1962
Course: C1   Plan: SRS_MM_v2   Machine: LINAC-3 (6 MV FFF)   Printed 12/02/2026 15:48

Session  Date        Time   Imaging                 Shifts (mm / deg)                Field  MU    Status
1        12/02/2026  13:05  CBCT + SGRT baseline    Vrt -0.6 Lng 0.4 Lat 0.3 / P 0.4  ARC1   1839  Delivered
                                                                                    ARC2   1627  Delivered
                                                                                    ARC3   1418  Delivered
                                                                                    ARC4   1386  Delivered
                                                                                    ARC5   1284  Delivered
         12/02/2026  13:29  Intra-fraction CBCT     within 0.5 mm, no correction

Reference points (delivered / prescribed, cGy):
  PTV_Met1  2000 / 2000    PTV_Met2  2000 / 2000    PTV_Met3  1800 / 1800
  PTV_Met4  2000 / 2000    PTV_Met5  1800 / 1800
Fractions delivered 1 of 1.  Course status: COMPLETED.
SGRT: no beam holds. Mask fit good. Patient tolerated well.
Therapists: K. Amundsen, RT(T); L. Baptiste, RT(T)     Physician present: A. Rutherford-Obi, MD
{FOOT}
"""),
    ])

# o72_03 -- CSV export: robotic linac 3-fraction FSRT, PTV_ names, one 3.8 cm lesion (complex) ------------------------
add(name="o72_03", kind="ehr_text", codes=["G0339", "G0340", "77373", "77435", "61798", "61797"],
    facts=F("robotic_linac", ["cranial"], 2, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("PTV_RtTemporal", "cranial", C, 27, 3), L("PTV_LtOcc", "cranial", S, 24, 3)],
    categories=cats(),
    notes="Comma-separated course export from a robotic-arm linac record system (ARMILLARY-RV, invented): "
          "header rows, a structure list, a prescription section, a DVH-statistics section with OAR rows and one "
          "row per fraction with tracking and dose in cGy. PTV_RtTemporal 3.8 cm (complex by size) 27 Gy/3, "
          "PTV_LtOcc 24 Gy/3; US dates. Codes correct.",
    docs=[Doc("o72_03.txt", text=f"""
# ARMILLARY-RV 2.2 (invented) course export; site=CEDAR HOLLOW NEUROSCIENCE CENTER; generated=12/01/2026 07:55:12
# patient_name,mrn,dob,sex
"{patient(3)}",{mrn(3)},03/09/1956,F
# course_id,course_intent,unit,tracking,immobilization,sim_ct,sim_mri
C2,Palliative,"robotic-arm mounted 6 MV linac",6D skull tracking (orthogonal kV),"thermoplastic mask (Aquaplast-type, invented)",11/12/2026 CT 1.25 mm w/ contrast,11/12/2026 MRI T1 post-Gd 1 mm fused
# structure,type,volume_cc,max_dim_cm,color
GTV_RtTemporal,GTV,18.92,3.8,red
PTV_RtTemporal,PTV,22.40,4.0,orange
GTV_LtOcc,GTV,0.71,1.1,blue
PTV_LtOcc,PTV,0.98,1.3,cyan
Brainstem,OAR,23.10,,yellow
OpticChiasm,OAR,0.38,,green
Cochlea_R,OAR,0.05,,pink
# prescription: target,total_cGy,fractions,cGy_per_fx,isodose_pct,plan,beams,collimator,algorithm
PTV_RtTemporal,2700,3,900,72,C2_BRAIN_v1,186 nodes / 211 beams,Iris 10-40 mm,Monte Carlo
PTV_LtOcc,2400,3,800,80,C2_BRAIN_v1,186 nodes / 211 beams,Iris 10-40 mm,Monte Carlo
# dvh_stat: structure,D95_cGy,D2_cGy,Dmax_cGy,Dmean_cGy,coverage_pct,V21Gy_cc
PTV_RtTemporal,2712,3590,3750,3211,96.4,
PTV_LtOcc,2418,2960,3000,2744,97.9,
Brainstem,,1610,1702,402,,
OpticChiasm,,690,712,355,,
Cochlea_R,,1180,1205,960,,
Brain-PTV,,,,,,14.7
# fraction,date,start,end,tracking_images,mean_corr_mm,PTV_RtTemporal_cGy,PTV_LtOcc_cGy,status,therapist
1,11/18/2026,09:02,09:51,64,0.6,900,800,DELIVERED,JRM
2,11/20/2026,08:58,09:44,61,0.5,900,800,DELIVERED,JRM/ACV
3,11/23/2026,09:10,09:57,66,0.7,900,800,DELIVERED,ACV
# totals: PTV_RtTemporal,2700; PTV_LtOcc,2400; fractions_delivered,3/3; course_status,COMPLETE
# approved_by,Dr. Ignatius Vellacott-Shaw MD (radiation oncology) 11/16/2026; physics,R. Okonkwo-Bray MS DABR 11/16/2026
# {FOOT}
""")])

# o72_04 -- pdf checkbox form: cobalt-60 frame radiosurgery for trigeminal neuralgia (functional, complex) -------------
_c = "ST. ODILIA HOSPITAL GAMMA RADIOSURGERY SUITE"
add(name="o72_04", kind="pdf", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve (root entry zone target)", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Checkbox radiosurgery prescription-and-treatment form: right trigeminal neuralgia, one 4 mm shot "
          "to the cisternal trigeminal nerve, 80 Gy maximum dose at the 100% isodose (functional target, "
          "complex), frame, stereotactic MRI (CISS) + CT, brainstem 15 Gy isodose surface noted. Unchecked "
          "boxes for mask, angiography and fractionation. European dates (17.11.2026). Codes correct.",
    docs=[Doc("o72_04.pdf", [[
        H1("RADIOSURGERY PRESCRIPTION & TREATMENT FORM  (form RS-04 rev. 9)"),
        KeyValue([("Patient", patient(4)), ("MRN", mrn(4)), ("DOB", "02.05.1949"), ("Date of procedure", "17.11.2026"),
                  ("Referring", "Dr. Halvard Estrada-Munk, Neurosurgery")]),
        H2("1. Indication"),
        P("[ ] Metastasis   [ ] Meningioma   [ ] Schwannoma   [ ] AVM   [X] Functional: trigeminal neuralgia, RIGHT, V2/V3, "
          "refractory to carbamazepine and baclofen; BNI pain score V.   [ ] Other: ________"),
        H2("2. Fixation / localization"),
        P("[X] Stereotactic frame (4-pin), applied 07:20 under local anesthesia     [ ] Mask (frameless)     [ ] Other"),
        H2("3. Imaging for planning"),
        P("[X] MRI stereotactic: 3D T1 post-contrast + CISS 0.5 mm (17.11.2026)   [X] CT stereotactic 1 mm (17.11.2026)   "
          "[ ] Angiography   [ ] PET"),
        H2("4. Target and dose"),
        RuledTable([("Target", "Collimator", "Shots", "Max dose (Gy)", "Isodose (%)", "Dose at 50% (Gy)", "Fractions"),
                    ("R trigeminal nerve, cisternal segment, 7.5 mm anterior to pons", "4 mm", "1", "80", "100", "40", "1")]),
        P("Brainstem: 15 Gy isodose line touches the pontine surface only; brainstem D0.01cc 13.8 Gy.  [ ] Fractionated (N = __)   [X] Single session"),
        H2("5. Delivery"),
        P("Unit: [X] Cobalt-60 multi-source radiosurgery unit   [ ] Linac   "
          "[X] Frame coordinate check (Z-ruler / test tool) done: deviation 0.1 mm   "
          "Beam-on 09:58 - 10:49 (50.6 min), completed, no interruption.   Planning system: NEBULA-RS 4.0 (invented)"),
        H2("6. Sign-off"),
        TextTable([("Neurosurgeon", "Radiation oncologist", "Physicist"),
                   ("H. Estrada-Munk, MD  17.11.2026", "C. Ivanova-Teague, MD  17.11.2026", "M. Lindgren-Achebe, PhD  17.11.2026")],
                  columns=(0, 170, 340)),
    ]], opts=dict(header=banner(_c, "Form RS-04", 4, "02.05.1949")))])

# o72_05 -- scan: scanned linac prescription + treatment record, lesions A/B, A 3 mm from the chiasm; 77372/77432 claimed -
_c = "PORT ALDER COMMUNITY HOSPITAL -- RADIATION ONCOLOGY"
add(name="o72_05", kind="scan", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 2, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("Lesion A suprasellar", "cranial", C, 25, 5), L("Lesion B left frontal", "cranial", S, 25, 5)],
    categories=cats(),
    notes="Scanned (150 dpi, slightly skewed) prescription-and-treatment printout from a gantry linac: lesion A "
          "suprasellar metastasis 3 mm from the optic chiasm (complex), lesion B left frontal (simple), each 25 Gy "
          "in 5 fractions (500 cGy per fraction), mask, CT + MRI, CBCT per fraction. Claimed single-session "
          "77372/77432 are wrong for 5 fractions (77373/77435).",
    docs=[Doc("o72_05.pdf", [[
        H1("RX / TREATMENT RECORD -- Stereotactic (printout)"),
        KeyValue([("Patient", f"{patient(5)}   MRN {mrn(5)}"), ("Physician", "Dr. Benedetta Halloran-Sato, MD"),
                  ("Machine", "6 MV FFF gantry linac (LINAC B), 2.5 mm MLC"), ("Immobilization", "SRS thermoplastic mask, bite block"),
                  ("Planning imaging", "CT sim 10-27-2026 (1 mm) + MRI T1 gad 10-26-2026, fused"),
                  ("Plan / TPS", "FSRS_AB / QUILLPOINT TPS 3.0 (invented), 4 arcs, 1 isocenter")]),
        RuledTable([("Site", "Description", "Dose/fx (cGy)", "# fx", "Total (cGy)", "Isodose", "Note"),
                    ("A", "Suprasellar met, 1.4 cm, 3 mm from optic chiasm", "500", "5", "2500", "80%", "chiasm Dmax 2480 cGy (limit 2500)"),
                    ("B", "L frontal met, 0.9 cm", "500", "5", "2500", "80%", "")],
                   widths=(30, 150, 56, 30, 56, 50, 128)),
        H2("Daily treatment record"),
        RuledTable([("Fx", "Date", "CBCT", "A cum (cGy)", "B cum (cGy)", "Init."),
                    ("1", "11-02-2026", "Y", "500", "500", "TG"), ("2", "11-03-2026", "Y", "1000", "1000", "TG"),
                    ("3", "11-04-2026", "Y", "1500", "1500", "MP"), ("4", "11-05-2026", "Y", "2000", "2000", "MP"),
                    ("5", "11-06-2026", "Y", "2500", "2500", "TG")]),
        P("Course complete 11-06-2026: A 2500 cGy / 5 fx, B 2500 cGy / 5 fx. Visual fields stable."),
        sig("B. Halloran-Sato, MD 11-06-2026"),
    ]], opts=dict(header=banner(_c, "printed from record system", 5, "09-30-1971"), scan=True, scan_dpi=150,
                  scan_skew=0.7, scan_noise=6.0))])

# o72_06 -- pdf two-column: cobalt-60 mask SRS of 8 targets #1-#8, one in the pons; header says 7 targets -------------
_c = "GREYSTONE UNIVERSITY NEUROLOGICAL INSTITUTE"
add(name="o72_06", kind="pdf", codes=["77371", "77432", "61798", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 8, 1, ["MRI"], ["mask"]),
    lesions=[L("#1 R frontal", "cranial", S, 20, 1), L("#2 L frontal", "cranial", S, 20, 1),
             L("#3 R parietal", "cranial", S, 18, 1), L("#4 L parietal", "cranial", S, 20, 1),
             L("#5 R occipital", "cranial", S, 20, 1), L("#6 L cerebellum", "cranial", S, 18, 1),
             L("#7 pons", "cranial", C, 14, 1), L("#8 R temporal", "cranial", S, 20, 1)],
    categories=cats(),
    contradiction="The plan header says 'Number of targets: 7', while the target table, the shot summary and the delivery line list eight targets #1-#8.",
    notes="Two-column plan-and-delivery report from a mask-capable cobalt-60 unit: eight metastases #1-#8 in one "
          "session, #7 within the pons (complex, 14 Gy), the rest simple; thermoplastic mask with infrared marker "
          "tracking and CBCT stereotactic reference, MRI only. The header count says 7 (typo). 61800 claimed "
          "without a frame (wrong).",
    docs=[Doc("o72_06.pdf", [[
        H1("Radiosurgery Plan & Delivery"),
        KeyValue([("System", "PLANISPHERE 3 (invented)"), ("Unit", "Cobalt-60 multi-source unit"),
                  ("Number of targets", "7"), ("Fixation", "Thermoplastic mask + IR nose marker"),
                  ("Images", "MRI T1+Gd 1 mm 19 Oct 2026"), ("Stereo ref.", "CBCT on unit")], value_x=80),
        RuledTable([("#", "Site", "Rx Gy", "IDL", "Shots"),
                    ("1", "R frontal", "20", "50%", "4"), ("2", "L frontal", "20", "50%", "3"),
                    ("3", "R parietal", "18", "50%", "7"), ("4", "L parietal", "20", "50%", "2"),
                    ("5", "R occipital", "20", "50%", "3"), ("6", "L cerebellum", "18", "50%", "6"),
                    ("7", "pons (intra-axial)", "14", "50%", "2"), ("8", "R temporal", "20", "50%", "4")]),
        P("#7 lies within the pons (0.12 cc); dose reduced to 14 Gy. Brainstem D0.1cc 12.1 Gy."),
        ColumnBreak(),
        H2("Delivery"),
        KeyValue([("Date", "20 Oct 2026"), ("Fraction", "1 of 1"), ("CBCT", "07:58, 0.4 mm"),
                  ("IR tracking", "max 0.9 mm, 1 pause"), ("Beam-on", "96.3 min"), ("Shots", "31 / 31")], value_x=80),
        P("All eight targets (#1-#8) treated as planned in a single session. No adverse events. MRI in 8 weeks."),
        H2("Sign-off"),
        P("Planned: Dr. Ottoline Baskerville-Nkemelu, MD (radiation oncology)"),
        P("Neurosurgery: Dr. Caspar Whitlow, MD"),
        sig("O. Baskerville-Nkemelu, MD 20 Oct 2026"),
    ]], opts=dict(header=banner(_c, "PLANISPHERE 3 (invented)", 6, "11 Jun 1960"), two_columns=True))])

# o72_07 -- bundle (2): re-treatment of a pontine metastasis, plan v1 24 Gy/3 (landscape arc table), record v2 21 Gy/3 --
_c = "LAKEMONT PRESBYTERIAN HOSPITAL"
add(name="o72_07", kind="bundle", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("recurrent pontine metastasis (re-treatment)", "cranial", C, 21, 3)],
    categories=cats(),
    notes="Re-treatment: a pontine metastasis given 16 Gy single-fraction SRS in 2025 (earlier course) recurs; the "
          "plan summary (landscape isocentre/arc page) prescribes 24 Gy in 3 fractions, and the treatment session "
          "record shows the prescription revised to 21 Gy in 3 (700 cGy) before fraction 1 for the cumulative "
          "brainstem dose, all three delivered. Within the brainstem: complex. Gold 21 Gy / 3.",
    docs=[
        Doc("1_plan_summary.pdf", [[
            H1("Plan Summary -- CASSIOPEIA TPS 9 (invented)"),
            KeyValue([("Plan", "RETX_PONS_v1   Status: Reviewed"), ("Prior RT", "2025-04-09: SRS 16 Gy x 1 to the same pontine lesion (this hospital, course C1)"),
                      ("This course", "C2 -- re-irradiation, fractionated SRS"), ("Rx", "PTV_Pons 2400 cGy in 3 fractions (800 cGy/fx) to 80% isodose"),
                      ("Machine", "6 MV FFF gantry linac"), ("Immobilization", "Frameless SRS mask"),
                      ("Image registration", "CT 2026-10-05 (1 mm) <- MRI 2026-10-02 T1+C / FLAIR, rigid, reviewed")]),
            RuledTable([("Structure", "Volume (cc)", "Dmax (cGy)", "D0.03cc (cGy)", "Dmean (cGy)", "Constraint"),
                        ("PTV_Pons", "1.21", "3000", "2990", "2655", "D95 >= 2400"), ("Brainstem", "26.3", "2990", "2990", "690", "re-tx: physician discretion"),
                        ("OpticChiasm", "0.36", "310", "300", "190", "< 1700"), ("Cochlea_L", "0.05", "540", "540", "470", "-")]),
        ], [
            H2("Isocenter and arc table"),
            RuledTable([("Beam", "Isocenter", "X (cm)", "Y (cm)", "Z (cm)", "Energy", "Gantry start", "Gantry stop", "Dir", "Couch", "Coll", "MU", "Dose rate"),
                        ("A1", "ISO_PONS", "0.31", "-12.40", "4.08", "6X FFF", "181", "179", "CW", "0", "10", "612", "1400"),
                        ("A2", "ISO_PONS", "0.31", "-12.40", "4.08", "6X FFF", "179", "181", "CCW", "300", "30", "588", "1400"),
                        ("A3", "ISO_PONS", "0.31", "-12.40", "4.08", "6X FFF", "181", "40", "CW", "60", "350", "540", "1400"),
                        ("A4", "ISO_PONS", "0.31", "-12.40", "4.08", "6X FFF", "320", "179", "CCW", "90", "80", "501", "1400")],
                       widths=(30, 62, 34, 42, 34, 42, 40, 40, 34, 36, 32, 32, 42)),
            P("Printed 2026-10-07 14:12 by jfarrowe. Plan not valid for treatment until approved."),
        ]], opts=dict(header=banner(_c, "CASSIOPEIA TPS 9 (invented)", 7, "1952-08-30"), rotate={2: 90})),
        Doc("2_session_record.txt", text=f"""
LAKEMONT PRESBYTERIAN HOSPITAL -- TREATMENT SESSION RECORD (MERIDIAN OIS 12, invented)
{patient(7)}  |  {mrn(7)}  |  DOB 30-Aug-1952  |  Course C2 RE-IRRADIATION PONS

PRESCRIPTION HISTORY
  Rx v1  2026-10-07  PTV_Pons 2400 cGy / 3 fx      status: RETIRED 2026-10-08 (physician: reduce for cumulative brainstem dose)
  Rx v2  2026-10-08  PTV_Pons 2100 cGy / 3 fx (700 cGy/fx), plan RETX_PONS_v2, approved M. Aldana-Foyle MD

SESSIONS (plan RETX_PONS_v2)
  Fx  Date         Imaging              Couch corr (mm)        MU total  Fx dose  Cum dose  Status
  1   2026-10-12   CBCT + kV pair       0.5 / -0.3 / 0.2       2090      700      700       Complete
  2   2026-10-14   CBCT + kV pair       0.2 / 0.4 / -0.1       2088      700      1400      Complete
  3   2026-10-16   CBCT + kV pair       -0.4 / 0.1 / 0.3       2091      700      2100      Complete

COURSE SUMMARY: PTV_Pons 2100 cGy in 3 of 3 fractions, completed 2026-10-16. Mask used each session.
Signed: M. Aldana-Foyle, MD  2026-10-16 17:02
{FOOT}
"""),
    ])

# o72_08 -- key-value export: linac frame SRS of a left parietal AVM with angiography; 77371 claimed (wrong unit) ------
add(name="o72_08", kind="ehr_text", codes=["77371", "77432", "61798", "61800"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI", "angiography"], ["frame"]),
    lesions=[L("left parietal AVM nidus", "cranial", C, 18, 1)],
    categories=cats(),
    notes="Key: value course report export from a linac record system (TALLOWMERE-OIS, invented): left parietal "
          "arteriovenous malformation (complex by type) 18 Gy in 1 fraction to the 80% isodose with cone "
          "collimators, invasive head frame, stereotactic CT, MRI and biplane digital subtraction angiography, "
          "frame-based isocentre check. 77371 claimed for a linac (wrong; 77372).",
    docs=[Doc("o72_08.txt", text=f"""
========================================================================================
 FENWAY HEIGHTS UNIVERSITY HOSPITAL :: TALLOWMERE-OIS 8.3 (invented) :: COURSE REPORT
========================================================================================
report.generated           = 2026-11-04T16:22:51
patient.name               = {patient(8)}
patient.mrn                = {mrn(8)}
patient.dob                = 1987-01-19
course.id                  = AVM_SRS_2026
course.diagnosis           = Q28.2 arteriovenous malformation, left parietal, Spetzler-Martin II, nidus 2.2 x 1.9 x 1.7 cm
course.intent              = Curative (obliteration)
course.status              = COMPLETED
unit                       = 6 MV gantry linac with stereotactic cones (LINAC-1)
immobilization             = invasive stereotactic head frame (4 pins), applied 2026-11-04 06:50
localization               = frame localizer box (CT), angiographic localizer plates
imaging.ct                 = 2026-11-04 07:25 stereotactic CT angiogram 1 mm
imaging.mri                = 2026-11-03 3D T1 post-contrast + TOF, fused
imaging.angiography        = 2026-11-04 08:05 biplane DSA, stereotactic
target.name                = AVM_Nidus_L_Par
target.volume_cc           = 3.84
rx.dose_cGy                = 1800
rx.fractions               = 1
rx.isodose_pct             = 80
plan.name                  = AVM_CONES_v1 (PERIHELION-TPS 5, invented)
plan.arcs                  = 5 arcs, cones 12.5 mm / 15 mm, 2 isocenters
plan.isocenters            = ISO1 (x -31.2 y 18.4 z 40.1), ISO2 (x -26.9 y 22.0 z 43.6)
dvh.nidus.D95_cGy          = 1812
dvh.nidus.Dmax_cGy         = 2250
dvh.brain.V12Gy_cc         = 8.9
dvh.optic_chiasm.Dmax_cGy  = 140
qa.frame_isocenter_check   = Winston-Lutz / frame target positioner PASS 0.3 mm
delivery.date              = 2026-11-04
delivery.fraction          = 1 of 1
delivery.dose_cGy          = 1800
delivery.mu_total          = 4172
delivery.notes             = frame removed 12:40, no bleeding at pin sites
signoff.radonc             = Dr. Leopold Marchetti-Osei, MD 2026-11-04 12:55
signoff.neurosurgery       = Dr. Hyacinth Dunmore, MD 2026-11-04 12:58
signoff.physics            = Sunniva Akande-Hart, PhD 2026-11-04 13:01
{FOOT}
""")])


# ==================================================================================================
# Spine
# ==================================================================================================

# o72_09 -- pdf: T9 spine SRS 1600 cGy x 1, DVH statistics with cord rows, vacuum cushion ------------------------------
_c = "SHERBROOK MEMORIAL HEALTH -- RADIATION ONCOLOGY"
add(name="o72_09", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 1, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T9 vertebral body metastasis", "spinal", None, 16, 1)],
    categories=cats(),
    notes="Plan evaluation printout for single-fraction spine SRS: T9 metastasis (renal cell) 1600 cGy x 1, DVH "
          "statistics table with spinal cord, cord PRV, esophagus and skin rows, full-body vacuum cushion, CT sim "
          "with MRI fusion, CBCT + 6DoF correction. Codes correct (77373 for non-cranial single fraction).",
    docs=[Doc("o72_09.pdf", [[
        H1("PLAN EVALUATION -- DVH STATISTICS"),
        KeyValue([("Plan", "SPINE_T9_SRS (ZEPHYRUS Plan 4.6, invented)   Approved 12/01/2026"),
                  ("Prescription", "1600 cGy x 1 fraction to PTV_T9 (D90 >= Rx), 6 MV FFF gantry linac, 2 VMAT arcs"),
                  ("Imaging", "CT simulation 11/23/2026 (1.5 mm) fused with MRI spine T1/T2 axial 11/20/2026"),
                  ("Immobilization", "Full-body vacuum cushion, arms up, knee wedge"),
                  ("Diagnosis", "C64.1 renal cell carcinoma; T9 vertebral body and right pedicle metastasis, Bilsky 1b")]),
        RuledTable([("Structure", "Type", "Vol (cc)", "Min (cGy)", "Max (cGy)", "Mean (cGy)", "Metric", "Value", "Goal", "Met"),
                    ("GTV_T9", "GTV", "8.3", "1591", "2105", "1884", "D95", "1702", ">= 1600", "Y"),
                    ("PTV_T9", "PTV", "14.6", "1208", "2105", "1797", "D90", "1611", ">= 1600", "Y"),
                    ("SpinalCord", "OAR", "3.1", "12", "1184", "366", "D0.035cc", "1170", "< 1400", "Y"),
                    ("Cord_PRV2mm", "OAR", "6.8", "8", "1302", "389", "D0.035cc", "1288", "< 1600", "Y"),
                    ("Esophagus", "OAR", "11.9", "3", "1410", "277", "D2.5cc", "1066", "< 1400", "Y"),
                    ("Skin", "OAR", "820", "0", "842", "41", "D0.035cc", "840", "< 2600", "Y")]),
        H2("Delivery"),
        TextTable([("Date", "Fx", "IGRT", "6DoF correction", "Delivered"),
                   ("12/03/2026", "1/1", "CBCT x2 (pre + mid)", "1.1 mm / 0.6 deg", "1600 cGy to PTV_T9")], columns=(0, 80, 120, 250, 370)),
        P("Treatment completed 12/03/2026; no acute toxicity. Follow-up MRI spine in 3 months."),
        sig("Dr. Percival Amankwah-Reyes, MD 12/03/2026; physics review D. Soto-Lindqvist, MS 12/01/2026"),
    ]], opts=dict(header=banner(_c, "ZEPHYRUS Plan 4.6 (invented)", 9, "04/25/1955")))])

# o72_10 -- bundle (3): two non-contiguous spine levels, T5 dose lowered in v2 after physics check ---------------------
_c = "MARROWBONE VALLEY CANCER CENTER"
add(name="o72_10", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T5 vertebral metastasis", "spinal", None, 30, 5), L("L2 vertebral metastasis", "spinal", None, 30, 5)],
    categories=cats(),
    notes="Three documents: plan printout v1 (T5 35 Gy / 5 and L2 30 Gy / 5), a physics second-check printout "
          "that failed v1 on the cord PRV and records v2 with T5 at 30 Gy / 5, and a CSV-like delivery log of v2 "
          "with 600 cGy per fraction to both levels on five dates. Two non-contiguous levels: 63620 + 63621 right.",
    docs=[
        Doc("1_plan_printout_v1.pdf", [[
            H1("Treatment Plan Report (ASTROLABE TPS 6, invented)"),
            KeyValue([("Patient", f"{patient(10)}  ({mrn(10)})"), ("Plan", "SPINE_T5_L2_v1, 2 isocenters, 4 VMAT arcs, 10 MV FFF"),
                      ("Machine", "10 MV FFF gantry linac, HD-MLC"), ("Immobilization", "Vacuum bag + wing board, arms up"),
                      ("Images", "CT sim 10/14/2026 + MRI T-L spine 10/12/2026 (registered)")]),
            RuledTable([("Target", "Rx (cGy)", "Fx", "cGy/fx", "Isocenter", "Coverage V100%"),
                        ("PTV_T5", "3500", "5", "700", "ISO_T5", "91.2%"), ("PTV_L2", "3000", "5", "600", "ISO_L2", "95.8%")]),
            RuledTable([("OAR", "Metric", "Value (cGy)", "Limit (cGy)"),
                        ("Cord_PRV (T5)", "D0.035cc", "2840", "2800"), ("Cauda (L2)", "D0.035cc", "2510", "3200"),
                        ("Esophagus", "D5cc", "1620", "2750")]),
            sig("Plan prepared by G. Nakashima-Roe, CMD 10/19/2026"),
        ]], opts=dict(header=banner(_c, "ASTROLABE TPS 6 (invented)", 10, "12/02/1963"))),
        Doc("2_second_check.pdf", [[
            H1("Physics Plan Check"),
            RuledTable([("Item", "v1 result", "Comment"),
                        ("Cord_PRV D0.035cc", "FAIL 2840 > 2800 cGy", "T5 dose to be lowered"),
                        ("MU check (independent)", "PASS -1.4% / +0.9%", ""),
                        ("Isocenter shifts", "PASS", "two isocenters, 18.6 cm apart")]),
            P("Replanned as SPINE_T5_L2_v2 on 10/21/2026: PTV_T5 3000 cGy / 5 (600 cGy/fx), PTV_L2 3000 cGy / 5 (600 cGy/fx) "
              "unchanged. v2 Cord_PRV D0.035cc 2410 cGy: PASS. Patient QA (array) v2 gamma 3%/2mm 99.1%: PASS."),
            sig("Ruth Abernathy-Okafor, MS, DABR 10/21/2026"),
        ]], opts=dict(header=banner(_c, "Physics", 10, "12/02/1963"))),
        Doc("3_delivery_log.txt", text=f"""
MARROWBONE VALLEY CANCER CENTER,PENUMBRA-RV 3 (invented),DELIVERY LOG,{patient(10)},{mrn(10)}
plan,fx,date,iso,imaging,corr_mm,field_count,mu,ref_point,dose_cGy,cum_cGy,status
SPINE_T5_L2_v2,1,10/26/2026,ISO_T5,CBCT,1.0,2,1702,PTV_T5,600,600,TREATED
SPINE_T5_L2_v2,1,10/26/2026,ISO_L2,CBCT,0.7,2,1598,PTV_L2,600,600,TREATED
SPINE_T5_L2_v2,2,10/28/2026,ISO_T5,CBCT,0.8,2,1700,PTV_T5,600,1200,TREATED
SPINE_T5_L2_v2,2,10/28/2026,ISO_L2,CBCT,0.6,2,1597,PTV_L2,600,1200,TREATED
SPINE_T5_L2_v2,3,10/30/2026,ISO_T5,CBCT,1.2,2,1703,PTV_T5,600,1800,TREATED
SPINE_T5_L2_v2,3,10/30/2026,ISO_L2,CBCT,0.9,2,1599,PTV_L2,600,1800,TREATED
SPINE_T5_L2_v2,4,11/02/2026,ISO_T5,CBCT,0.5,2,1701,PTV_T5,600,2400,TREATED
SPINE_T5_L2_v2,4,11/02/2026,ISO_L2,CBCT,0.4,2,1598,PTV_L2,600,2400,TREATED
SPINE_T5_L2_v2,5,11/04/2026,ISO_T5,CBCT,0.9,2,1702,PTV_T5,600,3000,TREATED
SPINE_T5_L2_v2,5,11/04/2026,ISO_L2,CBCT,0.8,2,1600,PTV_L2,600,3000,TREATED
END OF LOG,course complete,5 of 5 fractions,approved Dr. Emeric Vasquez-Thorne MD 11/04/2026
{FOOT}
"""),
    ])

# o72_11 -- pdf (landscape page): robotic-arm linac single-fraction S1 SRS; 63621 claimed for one lesion --------------
_c = "CALDWELL-BRANT SPINE AND RADIOSURGERY CENTER"
add(name="o72_11", kind="pdf", codes=["G0339", "77373", "77435", "63620", "63621"],
    facts=F("robotic_linac", ["spinal"], 1, 1, ["CT"], ["body_immobilization"]),
    lesions=[L("S1 sacral metastasis", "spinal", None, 24, 1)],
    categories=cats(),
    notes="Robotic-arm linac treatment summary whose second page is a landscape beam/node table: S1 sacral "
          "metastasis 24 Gy x 1 to the 75% isodose, CT myelogram for planning (MRI contraindicated: pacemaker), "
          "vacuum cushion, fiducial-free spine tracking. One lesion: 63621 claimed wrongly.",
    docs=[Doc("o72_11.pdf", [[
        H1("Treatment Summary -- Robotic Radiosurgery"),
        KeyValue([("Patient / MRN", f"{patient(11)} / {mrn(11)}"), ("DOB", "17 Mar 1948"),
                  ("Unit", "robotic-arm mounted 6 MV linac, fixed cones + variable aperture"),
                  ("Tracking", "Fiducial-free spine tracking (orthogonal kV pairs every 30-60 s)"),
                  ("Immobilization", "Vacuum cushion (lower body), knee sponge"),
                  ("Planning imaging", "CT myelogram 1 mm, 16 Sep 2026. MRI contraindicated (non-conditional pacemaker) -- not performed."),
                  ("Target", "PTV_S1 (S1 body and left ala metastasis, prostate adenocarcinoma), 21.7 cc"),
                  ("Prescription", "24 Gy in 1 fraction to the 75% isodose (Dmax 32 Gy); TPS: VOLANS-RS 2.0 (invented)"),
                  ("Cauda equina", "D0.035cc 15.9 Gy; sacral plexus D0.035cc 17.2 Gy"),
                  ("Treatment", "23 Sep 2026, 1 of 1, 58 min, 112 tracking images, mean correction 0.7 mm"),
                  ("Status", "Completed: 24 Gy delivered to PTV_S1")]),
        sig("Dr. Rosalind Achterberg-Mbeki, MD 23 Sep 2026"),
    ], [
        H2("Beam geometry (node table, excerpt)"),
        RuledTable([("Path set", "Node", "Cone (mm)", "Beams", "MU", "Target", "Max depth (mm)", "Source-axis (mm)", "Collision check"),
                    ("Spine_Std", "12", "25", "14", "2140", "PTV_S1", "142", "800", "OK"),
                    ("Spine_Std", "27", "30", "11", "1906", "PTV_S1", "151", "800", "OK"),
                    ("Spine_Std", "41", "20", "19", "2522", "PTV_S1", "138", "800", "OK"),
                    ("Spine_Std", "56", "25", "9", "1411", "PTV_S1", "147", "800", "OK"),
                    ("Spine_Std", "70", "15", "22", "2874", "PTV_S1", "133", "800", "OK"),
                    ("Total", "96 nodes", "", "173", "28416", "", "", "", "")],
                   widths=(62, 52, 42, 40, 46, 52, 62, 70, 64)),
        P("Approved for treatment 21 Sep 2026 -- physics: A. Mukherjee-Hale, PhD; physician: R. Achterberg-Mbeki, MD."),
    ]], opts=dict(header=banner(_c, "VOLANS-RS 2.0 (invented)", 11, "17 Mar 1948"), rotate={2: 90}))])

# o72_12 -- text delivery log: C6 post-op spine SBRT 35 Gy / 5 in cGy, mask, no planning imaging named; 77432 claimed ---
add(name="o72_12", kind="ehr_text", codes=["77373", "77435", "63620", "77432"],
    facts=F("linac", ["spinal"], 1, 5, [], ["mask"]),
    lesions=[L("C6 post-operative spine", "spinal", None, 35, 5)],
    categories=cats(imaging=False),
    notes="Fixed-width treatment delivery log (record system export) for post-operative C6 spine SBRT 3500 cGy in "
          "5 fractions, head-neck-shoulder mask, plan name, arcs and MU per session, CBCT each session. No planning "
          "CT or MRI is mentioned (imaging gap). 77432 (single-session cranial management) claimed wrongly.",
    docs=[Doc("o72_12.txt", text=f"""
 WILLOWMERE GENERAL HOSPITAL              TREATMENT DELIVERY LOG               QUARTZ-OIS 4 (invented)
 PATIENT: {patient(12):<34}  MRN: {mrn(12)}        DOB: 22/06/1966
 COURSE: 2 SPINE C6 POSTOP SBRT      PLAN: C6_SBRT_VMAT   RX: PTV_C6 3500 cGy / 5 Fx @ 700 cGy, 2 VMAT arcs, 6 MV
 TX UNIT: 6 MV gantry linac (TRUE-6, invented name)       SETUP: head-neck-shoulder thermoplastic mask, 6DoF couch
 -----------------------------------------------------------------------------------------------------------
 FX  DATE        FIELD     GANTRY       MU     IMG     VRT/LNG/LAT (cm)      ROT (deg)   DOSE   CUM    BY
 -----------------------------------------------------------------------------------------------------------
 1   09/11/2026  ARC_CW    181-179      812    CBCT    -0.12/ 0.08/ 0.05     0.4/0.2/0.1 700    700    AH/KL
     09/11/2026  ARC_CCW   179-181      798
 2   11/11/2026  ARC_CW    181-179      812    CBCT    -0.05/ 0.11/-0.02     0.2/0.3/0.0 700    1400   AH/KL
     11/11/2026  ARC_CCW   179-181      798
 3   13/11/2026  ARC_CW    181-179      812    CBCT     0.03/-0.04/ 0.06     0.1/0.1/0.2 700    2100   KL/DS
     13/11/2026  ARC_CCW   179-181      798
 4   16/11/2026  ARC_CW    181-179      812    CBCT    -0.08/ 0.02/ 0.01     0.3/0.0/0.1 700    2800   KL/DS
     16/11/2026  ARC_CCW   179-181      798
 5   18/11/2026  ARC_CW    181-179      812    CBCT     0.04/ 0.06/-0.03     0.2/0.2/0.0 700    3500   AH/DS
     18/11/2026  ARC_CCW   179-181      798
 -----------------------------------------------------------------------------------------------------------
 TOTAL DELIVERED PTV_C6: 3500 cGy in 5 of 5 fractions.  COURSE STATUS: COMPLETE 18/11/2026
 Spinal cord PRV D0.035cc (plan) 2610 cGy; esophagus D5cc (plan) 1680 cGy.
 Reviewed: Dr. Aurelio Fitzwilliam-Oduya, MD 18/11/2026 16:40           Page 1 of 1
 {FOOT}
""")])


# ==================================================================================================
# Body
# ==================================================================================================

# o72_13 -- pdf: lung SBRT 54 Gy/3, long DVH/OAR table breaking across pages, 4DCT + PET ------------------------------
_oar = [("Structure", "Vol (cc)", "Dmax (Gy)", "D0.035cc (Gy)", "Dmean (Gy)", "Constraint", "Result")]
for _row in [("ITV", "6.1", "68.4", "68.1", "62.9", "-", "-"), ("PTV", "19.8", "68.4", "68.2", "60.3", "D95 >= 54 Gy", "56.1 Gy"),
             ("Lungs-ITV", "3904", "-", "-", "3.6", "V20 < 10%", "4.1%"), ("Lung_L", "1712", "21.8", "21.2", "0.9", "-", "-"),
             ("Lung_R", "2198", "66.9", "66.2", "6.2", "V12.5 < 1500 cc", "312 cc"), ("Heart", "612", "9.4", "9.2", "1.2", "D0.035cc < 30 Gy", "9.2"),
             ("Great vessels", "140", "12.1", "12.0", "2.0", "< 45 Gy", "12.0"), ("Esophagus", "28", "6.1", "6.0", "1.4", "< 25.2 Gy", "6.0"),
             ("Trachea", "34", "4.0", "3.9", "0.8", "< 30 Gy", "3.9"), ("Proximal bronchial tree", "39", "8.8", "8.6", "1.5", "< 30 Gy", "8.6"),
             ("Chest wall", "1011", "49.7", "49.1", "7.2", "V30 < 30 cc", "18.9 cc"), ("Spinal cord", "41", "7.9", "7.8", "2.1", "< 18 Gy", "7.8"),
             ("Skin", "1850", "24.0", "23.7", "1.4", "< 30 Gy", "23.7"), ("Brachial plexus R", "14", "5.4", "5.3", "1.3", "< 24 Gy", "5.3"),
             ("Rib 4 R", "12", "51.2", "50.9", "18.0", "-", "-"), ("Rib 5 R", "13", "47.6", "47.1", "14.3", "-", "-"),
             ("Liver", "1433", "3.1", "3.0", "0.2", "-", "-"), ("Stomach", "221", "1.2", "1.2", "0.1", "-", "-")]:
    _oar.append(_row)
_c = "HALVERSON COUNTY HOSPITAL -- STEREOTACTIC BODY PROGRAM"
add(name="o72_13", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe peripheral NSCLC", "body", None, 54, 3)],
    categories=cats(),
    notes="Plan-and-treatment printout for peripheral RUL lung SBRT 54 Gy in 3 fractions: prescription form box, "
          "a structure/DVH table of 19 rows with OAR constraints that breaks across pages under the patient "
          "banner, 4DCT sim, staging PET-CT fused for contouring, vacuum cushion with abdominal compression, "
          "CBCT per fraction. Dates in day-month-year text. Codes correct.",
    docs=[Doc("o72_13.pdf", [[
        H1("SBRT PLAN & TREATMENT REPORT"),
        KeyValue([("Report printed", "04-Dec-2026 10:14 (NIMBUS-RT 2.7, invented)"), ("Diagnosis", "C34.11 NSCLC RUL, cT1b N0 M0, medically inoperable"),
                  ("Rx", "5400 cGy in 3 fractions (1800 cGy/fx), prescribed to the 80% isodose covering 95% of PTV"),
                  ("Simulation", "4D-CT 10-Nov-2026 (10 phases, ITV from MIP); PET-CT 28-Oct-2026 registered for GTV"),
                  ("Immobilization", "Full-length vacuum cushion, arms up, abdominal compression plate"),
                  ("Machine / technique", "6 MV FFF gantry linac, 2 partial VMAT arcs, isocenter in ITV"),
                  ("IGRT", "CBCT before each fraction, ITV match; repeat CBCT if shift > 3 mm")]),
        H2("Structure statistics"),
        RuledTable(_oar),
        P("Dose statistics above are per plan (3 fractions). Constraints per institutional SBRT protocol (3 fx)."),
        H2("Treatment record"),
        RuledTable([("Fx", "Date", "CBCT shift (mm)", "Dose (cGy)", "Cumulative (cGy)", "Status"),
                    ("1", "16-Nov-2026", "2.1", "1800", "1800", "Treated"), ("2", "18-Nov-2026", "1.4", "1800", "3600", "Treated"),
                    ("3", "20-Nov-2026", "1.9", "1800", "5400", "Treated")]),
        sig("Dr. Magnhild Osterberg-Cole, MD 20-Nov-2026; physicist Y. Adeyemi-Fairfax, MS 13-Nov-2026"),
    ]], opts=dict(header=banner(_c, "NIMBUS-RT 2.7 (invented)", 13, "15-Jan-1944"),
                  footer=[f"CONFIDENTIAL -- {patient(13)} -- {mrn(13)}", FOOT]))])

# o72_14 -- bundle (2): liver SBRT plan 50 Gy/5, delivery log stops after 4 fractions (40 Gy) ---------------------------
_c = "OLD MISSION UNIVERSITY MEDICAL CENTER"
add(name="o72_14", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 4, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment VII hepatocellular carcinoma", "body", None, 40, 4)],
    categories=cats(),
    notes="Plan printout for liver SBRT 50 Gy in 5 fractions (fiducials, abdominal compression, 4DCT + MRI), and "
          "the delivery log showing the course discontinued after fraction 4 for grade 3 nausea: 40 Gy in 4 "
          "fractions delivered. Gold follows the delivery log (4 fractions, 40 Gy).",
    docs=[
        Doc("1_plan_printout.pdf", [[
            H1("Plan Document -- TIDEWATER TPS 8 (invented)"),
            KeyValue([("Patient", f"{patient(14)}   {mrn(14)}   DOB 1951-06-03"), ("Plan", "LIVER_SBRT_S7  approved 2026-10-28"),
                      ("Rx", "5000 cGy / 5 fx, 1000 cGy per fraction, to 95% of PTV"), ("Target", "GTV segment VII HCC 3.2 cm; ITV from 4DCT; PTV = ITV + 5 mm"),
                      ("Localization", "3 gold fiducial markers placed 2026-10-14 (IR)"), ("Motion management", "Abdominal compression belt; vacuum cushion"),
                      ("Imaging", "4DCT with IV contrast 2026-10-21; liver MRI (hepatobiliary phase) 2026-10-19, deformable fusion"),
                      ("Beams", "6 MV FFF, 2 VMAT arcs (358-182, 182-358), MU 3104")]),
            RuledTable([("Structure", "Metric", "Plan value", "Objective"),
                        ("PTV", "V100%", "95.3%", ">= 95%"), ("Liver - GTV", "Mean", "11.2 Gy", "< 15.2 Gy"),
                        ("Liver - GTV", "V<15Gy (cc)", "1010 cc", ">= 700 cc"), ("Duodenum", "D0.5cc", "22.1 Gy", "< 30 Gy"),
                        ("Stomach", "D0.5cc", "19.5 Gy", "< 30 Gy"), ("Spinal cord", "Max", "9.8 Gy", "< 25 Gy")]),
            sig("Dr. Cosima Vandermolen, MD 2026-10-28"),
        ]], opts=dict(header=banner(_c, "TIDEWATER TPS 8 (invented)", 14, "1951-06-03"))),
        Doc("2_delivery_log.txt", text=f"""
OLD MISSION UNIVERSITY MEDICAL CENTER    ORBITAL R&V 9.0 (invented)    Treatment History
Patient {patient(14)}    MRN {mrn(14)}    Plan LIVER_SBRT_S7    Rx 1000 cGy x 5

Date        Fx   Match               kV/CBCT          Dose cGy   Cum cGy   Remarks
2026-11-02  1    fiducials + CBCT    CBCT             1000       1000      compression belt, shift 3.1 mm S
2026-11-04  2    fiducials + CBCT    CBCT             1000       2000
2026-11-06  3    fiducials + CBCT    CBCT             1000       3000      nausea G2, ondansetron
2026-11-09  4    fiducials + CBCT    CBCT             1000       4000      nausea G3 after tx
2026-11-11  5    --                  --               0          4000      NOT TREATED - held by physician

Course status: DISCONTINUED 2026-11-13 (Dr. C. Vandermolen): G3 nausea/vomiting, not resuming.
Total delivered: 4000 cGy in 4 fractions (planned 5000 cGy in 5).
{FOOT}
"""),
    ])

# o72_15 -- key: value export: robotic-arm linac prostate SBRT 36.25 Gy / 5, fiducials, MRI + CT ------------------------
add(name="o72_15", kind="ehr_text", codes=["G0339", "G0340", "77373", "77435"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Key: value export of a robotic-arm linac prostate SBRT course (PELICAN-OIS, invented): 36.25 Gy in 5 "
          "fractions (725 cGy) to the 83% isodose, four gold fiducials, MRI + CT fusion, fiducial tracking; "
          "rectal spacer listed; ISO and European dates. G0339/G0340 and 77373/77435 all match the facts.",
    docs=[Doc("o72_15.txt", text=f"""
[HEADER]
Facility: KINGFISHER BAY UROLOGY & RADIATION CENTER
System: PELICAN-OIS 6.1 (invented) -- Course Export
Exported: 2026-12-03 18:41

[PATIENT]
Name: {patient(15)}
MRN: {mrn(15)}
DOB: 11.10.1950
Diagnosis: C61 adenocarcinoma prostate, Gleason 3+4, PSA 7.2, cT2a (favourable intermediate risk)

[COURSE]
Modality: SBRT
Unit: robotic-arm mounted 6 MV linac, multileaf collimator
Tracking: fiducial tracking (4 gold seeds) with orthogonal kV imaging, synchronised rotation correction
Fiducials placed: 22.09.2026 (transperineal, 4 seeds)
Spacer: hydrogel rectal spacer 22.09.2026
Sim CT: 06.10.2026 1.5 mm
Sim MRI: 06.10.2026 T2 axial 3 mm, fused (fiducial-based registration)
Immobilization: none beyond knee rest and foot stock (supine)

[PRESCRIPTION]
Target: PTV_Prostate (CTV prostate + 5 mm, 3 mm posterior)
Dose: 3625 cGy in 5 fractions, 725 cGy per fraction
Isodose: 83%
Plan: PROST_SBRT_A (OSPREY-TPS 3, invented), 138 beams, MLC
Constraints: rectum D1cc 33.1 Gy; bladder D10cc 33.8 Gy; urethra Dmax 38.5 Gy

[FRACTIONS]
1 | 13.10.2026 | 725 cGy | 212 images | mean corr 1.2 mm | delivered
2 | 15.10.2026 | 725 cGy | 198 images | mean corr 1.0 mm | delivered
3 | 17.10.2026 | 725 cGy | 205 images | mean corr 1.4 mm | delivered
4 | 20.10.2026 | 725 cGy | 201 images | mean corr 0.9 mm | delivered
5 | 22.10.2026 | 725 cGy | 210 images | mean corr 1.1 mm | delivered

[SUMMARY]
Delivered: 3625 cGy / 5 fractions to PTV_Prostate. Status: COMPLETED 22.10.2026
Physician: Dr. Tiberius Gallardo-Nunn, MD (signed 22.10.2026)
Physicist: Wren Okafor-Lindahl, MS (plan check 09.10.2026)
; {FOOT}
""")])

# o72_16 -- pdf: MR-linac pancreas SBRT 40 Gy / 5 with adaptive session table -----------------------------------------
_c = "CORRIGAN BAY CANCER HOSPITAL -- MR-GUIDED RADIOTHERAPY"
add(name="o72_16", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("pancreatic head adenocarcinoma", "body", None, 40, 5)],
    categories=cats(),
    notes="MR-linac adaptive session report for pancreatic head SBRT 40 Gy in 5 fractions (800 cGy/fx): MR sim + "
          "CT sim, knee/arm support with indexed cushion, per-session adaptive table (adapt-to-shape), cine-MR gating. "
          "Codes correct.",
    docs=[Doc("o72_16.pdf", [[
        H1("ADAPTIVE MR-GUIDED SBRT -- SESSION REPORT"),
        KeyValue([("Unit", "1.5 T MR-linac (7 MV FFF), gantry-based"), ("Record / TPS", "LUMEN-ART 2 (invented)"),
                  ("Diagnosis", "C25.0 adenocarcinoma pancreatic head, borderline resectable, post FOLFIRINOX x 8"),
                  ("Rx", "40 Gy / 5 fx (8 Gy per fraction) to PTV_Panc, D95 >= 40 Gy; hot spot 120%"),
                  ("Simulation", "CT sim 2026-11-02 (1 mm, IV contrast) + MR sim 2026-11-02 (3D bSSFP, T2)"),
                  ("Setup", "Indexed vacuum cushion, arms up on arm support, knee roll"),
                  ("Motion", "Cine-MR gating on GTV, boundary 3 mm, 95% inclusion")]),
        RuledTable([("Session", "Date", "Workflow", "Adapted plan", "PTV D95 (Gy)", "Duodenum D0.5cc (Gy)", "Gating eff.", "Delivered (Gy)"),
                    ("1", "2026-11-09", "ATS", "Panc_A1", "8.02", "6.9", "71%", "8"), ("2", "2026-11-11", "ATS", "Panc_A2", "8.01", "6.6", "68%", "8"),
                    ("3", "2026-11-13", "ATP", "Panc_A3", "8.00", "7.0", "74%", "8"), ("4", "2026-11-16", "ATS", "Panc_A4", "8.03", "6.8", "66%", "8"),
                    ("5", "2026-11-18", "ATS", "Panc_A5", "8.00", "6.5", "70%", "8")]),
        P("Each session: 3D MR setup scan, contour review of GTV and OAR within 2 cm of PTV, adapted IMRT plan (14 beams), "
          "independent MU check, cine-MR gated delivery. Total delivered 40 Gy in 5 fractions, completed 2026-11-18."),
        TextTable([("Approvals", "", ""), ("Radiation oncologist", "Dr. Ingrid Carvalho-Beaumont", "2026-11-18"),
                   ("Physicist", "Desmond Ayodele-Frost, PhD", "2026-11-18")], columns=(0, 140, 360)),
    ]], opts=dict(header=banner(_c, "LUMEN-ART 2 (invented)", 16, "1959-12-01")))])

# o72_17 -- pdf: adrenal SBRT structure list + prescription form, no immobilisation stated; 77432 claimed ---------------
_c = "NORTHGATE METHODIST HOSPITAL"
add(name="o72_17", kind="pdf", codes=["77373", "77435", "77432"],
    facts=F("linac", ["body"], 1, 3, ["CT"], []),
    lesions=[L("left adrenal metastasis", "body", None, 36, 3)],
    categories=cats(positioning=False),
    notes="Prescription form and structure list for left adrenal SBRT 3600 cGy in 3 fractions (NSCLC oligometastasis), "
          "4DCT sim, 2 VMAT arcs, CBCT per fraction, three treated rows; the form's immobilization field is blank "
          "(positioning gap). 77432 claimed for a body course (wrong).",
    docs=[Doc("o72_17.pdf", [[
        H1("Radiation Prescription (SBRT) -- form generated by CORMORANT-OIS (invented)"),
        KeyValue([("Patient", patient(17)), ("MRN", mrn(17)), ("Date of birth", "08/19/1957"), ("Site", "Left adrenal gland"),
                  ("Intent", "Ablative (oligometastatic NSCLC)"), ("Technique", "SBRT, 2 VMAT arcs, 6 MV FFF gantry linac"),
                  ("Dose per fraction", "1200 cGy"), ("Number of fractions", "3"), ("Total dose", "3600 cGy"),
                  ("Prescription point", "95% of PTV_Adrenal_L receives 100% of Rx"), ("Simulation", "4DCT 09/29/2026 (ITV)"),
                  ("Immobilization", ""), ("IGRT", "CBCT daily, match to ITV"), ("Schedule", "every other day")]),
        H2("Structure list"),
        RuledTable([("ID", "Type", "Volume (cc)", "Dose objective"),
                    ("GTV_Adrenal_L", "GTV", "11.4", "-"), ("ITV_Adrenal_L", "ITV", "16.0", "-"), ("PTV_Adrenal_L", "PTV", "27.9", "V36Gy >= 95%"),
                    ("Kidney_L", "OAR", "164", "V10.8Gy < 33%"), ("Stomach", "OAR", "302", "D0.035cc < 22.2 Gy"),
                    ("Bowel_Small", "OAR", "-", "D0.035cc < 25.2 Gy"), ("SpinalCord", "OAR", "38", "D0.035cc < 21.9 Gy")]),
        H2("Treatment record"),
        RuledTable([("Fx", "Date", "Dose (cGy)", "Total (cGy)", "CBCT", "Therapist"),
                    ("1", "10/06/2026", "1200", "1200", "yes", "MLR"), ("2", "10/08/2026", "1200", "2400", "yes", "MLR"),
                    ("3", "10/10/2026", "1200", "3600", "yes", "JVT")]),
        sig("Dr. Evander Okoro-Lindqvist, MD 10/10/2026"),
    ]], opts=dict(header=banner(_c, "CORMORANT-OIS (invented)", 17, "08/19/1957")))])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# o72_18 -- pdf: conventional 3D-conformal palliative spine course 30 Gy/10, claimed as SBRT ----------------------------
_c = "SAINT BRENDAN COMMUNITY CANCER CENTER"
add(name="o72_18", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 10, ["CT"], ["body_immobilization"]),
    lesions=[L("T10-L2 vertebral metastases (one field)", "spinal", None, 30, 10)],
    categories=cats(),
    notes="Near-miss negative: treatment summary printout of a conventional 3D-conformal palliative course, T10-L2 "
          "30 Gy in 10 fractions, AP/PA + laterals, CT sim, vac-lok, weekly kV port images. Not stereotactic: "
          "claimed 77373/77435/63620 inconsistent, no delivery code.",
    docs=[Doc("o72_18.pdf", [[
        H1("Treatment Summary (3D Conformal)"),
        KeyValue([("Patient", f"{patient(18)} -- {mrn(18)}"), ("Diagnosis", "C79.51 bone metastases T10-L2, multiple myeloma"),
                  ("Technique", "3D conformal, 4 fields (AP, PA, RL, LL), 10 MV, SSD 100"), ("Planning", "CT sim 08/31/2026, CALIPER TPS 2 (invented)"),
                  ("Immobilization", "Vac-lok bag, supine, arms on chest"), ("Target", "T10-L2 vertebral bodies + 1 cm (one PTV)"),
                  ("Prescription", "3000 cGy in 10 fractions of 300 cGy, to isocenter"),
                  ("Verification", "kV port images day 1 and weekly")]),
        RuledTable([("Field", "Gantry", "Energy", "MU/fx", "Weight"),
                    ("AP", "0", "10X", "118", "0.25"), ("PA", "180", "10X", "121", "0.35"), ("RL", "270", "10X", "96", "0.20"), ("LL", "90", "10X", "95", "0.20")]),
        P("Treated 09/02/2026 - 09/15/2026: 3000 cGy in 10 fractions delivered, no breaks. Pain improved (7/10 to 3/10)."),
        sig("Dr. Cornelius Abara-Whitfield, MD 09/15/2026"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 18, "05/05/1949")))])

# o72_19 -- text: plan approval printout for lung SBRT, course cancelled before any fraction ----------------------------
add(name="o72_19", kind="ehr_text", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: plan approval / course status printout of a lung SBRT plan (50 Gy / 5) that was never "
          "delivered: the patient was admitted with pneumonia before fraction 1 and the course was cancelled; "
          "the fraction table shows 0 of 5 delivered. Facts empty, categories unmet, codes inconsistent.",
    docs=[Doc("o72_19.txt", text=f"""
+--------------------------------------------------------------------------------------+
| HAWTHORNE RIDGE MEDICAL CENTER        SEXTANT-OIS 3.3 (invented)   COURSE STATUS     |
+--------------------------------------------------------------------------------------+
| {"Patient : " + patient(19) + "        MRN : " + mrn(19):<84} |
| Course  : C1 LUNG LLL SBRT          Printed : 12/04/2026 08:15                       |
+--------------------------------------------------------------------------------------+

PLAN                     LLL_SBRT_50_5
Plan status              Approved 11/20/2026 (physics) / 11/20/2026 (MD)  -> RETIRED 12/01/2026
Prescription             PTV_LLL 5000 cGy / 5 fx (1000 cGy/fx), 6 MV FFF, 2 VMAT arcs
Course status            CANCELLED before treatment

SCHEDULED FRACTIONS
  Fx  Scheduled    Delivered   Dose (cGy)   Note
  1   11/24/2026   NO          0            patient admitted (pneumonia) -- appointment cancelled
  2   11/26/2026   NO          0            cancelled
  3   11/30/2026   NO          0            cancelled
  4   12/02/2026   NO          0            cancelled
  5   12/04/2026   NO          0            cancelled
  Delivered: 0 of 5 fractions, 0 cGy

Comment (Dr. Philippa Onwuachi-Drummond, 12/01/2026): Course cancelled. Patient remains inpatient; will re-simulate
and re-plan if and when fit. No radiation has been delivered on this course.
{FOOT}
""")])

# o72_20 -- pdf: patient-specific QA report of a cranial SRS plan measured in a phantom, not yet treated -----------------
_c = "EASTBROOK HOSPITAL -- MEDICAL PHYSICS"
add(name="o72_20", kind="pdf", codes=["77372", "77432", "61796"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a physics QA-only printout (patient-specific QA of a 3-target linac SRS plan delivered "
          "to a head phantom with film and ion chamber), status 'QA passed, awaiting treatment'; nothing is "
          "delivered to the patient in this document. Facts empty, categories unmet, codes inconsistent.",
    docs=[Doc("o72_20.pdf", [[
        H1("Patient-Specific QA Report -- SRS"),
        KeyValue([("Plan", f"SRS_3MET_v1 for {patient(20)} ({mrn(20)})"), ("QA system", "GNOMON-QA 5 (invented)"),
                  ("Phantom", "Anthropomorphic head phantom with film cassette and 0.016 cc pinpoint chamber"),
                  ("Machine", "6 MV FFF gantry linac (LINAC 2)"), ("Measured", "2026-12-04 19:30 (after clinic hours)"),
                  ("Plan targets (from TPS)", "PTV1 2000 cGy, PTV2 2000 cGy, PTV3 1800 cGy, 1 fraction -- planned")]),
        RuledTable([("Measurement", "Expected", "Measured", "Diff", "Tolerance", "Result"),
                    ("Chamber at PTV1 centre", "2412 cGy", "2398 cGy", "-0.6%", "+/- 3%", "PASS"),
                    ("Chamber at PTV3 centre", "2160 cGy", "2188 cGy", "+1.3%", "+/- 3%", "PASS"),
                    ("Film gamma 3%/1 mm (10% threshold)", ">= 90%", "97.4%", "-", "90%", "PASS"),
                    ("Winston-Lutz (morning)", "< 1.0 mm", "0.42 mm", "-", "1.0 mm", "PASS")]),
        P("Conclusion: plan deliverable; QA passed. Phantom measurement only -- no patient treatment in this report. "
          "Treatment scheduled 2026-12-09 pending MRI re-check."),
        sig("Auberon Kingsley-Mensah, MS, DABR 2026-12-04 21:05"),
    ]], opts=dict(header=banner(_c, "GNOMON-QA 5 (invented)", 20, "1968-02-14")))])


CORPUS = Corpus("blind_corpus72", "tests/blind_corpus72", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
