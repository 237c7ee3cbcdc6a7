"""Eighty-seventh blind corpus, ``tests/blind_corpus87/`` (regenerate: ``python scripts/make_corpus.py blind_corpus87``).

HELD OUT: written blind (without reading the reader's code) and never tuned to; its first-run score is the
estimate for unseen charts.

Twenty stereotactic courses as an ordinary fortnight of a US hospital coding office's in-tray would hold them,
mostly printouts from OTHER clinics' systems: plan reports with several dose columns per target (Rx, dose per
fraction, isodose line, max, mean, coverage) and organ-at-risk tables, treatment records and per-session
delivery logs (one fraction interrupted and resumed, one session skipped and rescheduled), a prescription
revised between plan and delivery, physics second-check printouts, record-and-verify exports as key: value,
CSV, pipe-delimited and fixed-width text, EHR printouts with repeating page banners and footers; five bundles
(2-3 files) in which a typed or dictated note sits beside the printout. Clinical mix: 8 cranial (cobalt-60
frame, gantry linac, robotic-arm linac; 1-7 metastases, a resection cavity, a trigeminal-neuralgia target;
simple and complex lesions), 4 spine (single level, contiguous levels as one target, post-operative with
hardware, re-irradiation), 5 body SBRT (peripheral and central lung, liver, prostate with fiducials, pancreas)
and 3 hard negatives (plan approved but never delivered, a conventional 10-fraction course printed by an SBRT
system, a course on hold before its first fraction). One scanned page, one two-column page, two charts that
contradict themselves (``review_expected``). Every clinic, clinician and system is invented.

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (exports, dictations and fixed-width reports are deliberately one long line per record)

from __future__ import annotations

from pdfmaker import BulletList, ColumnBreak, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

NAMES = [
    ("VANTWELL-QUIBBERLY", "ANSELM"), ("OSKERVILLE-DRUMMEL", "BEATRIX"), ("HAWTHWICK-PRELLION", "CORNELIUS"),
    ("GRISTLEMOOR-FENWAITH", "DELPHINE"), ("TUMBREL-ASKAWAY", "EZEKIEL"), ("LINDQUARRY-MOTTESTONE", "FENELLA"),
    ("BRACKENSHAW-OZZIMO", "GRISELDA"), ("CULVERDEEN-HOPWICK", "HUMPHREY"), ("STARLING-QUADDOCK", "ISOLDE"),
    ("WHITTLEBURY-ZANCARI", "JOACHIM"), ("FARROWMERE-KETTLEBY", "KLARA"), ("DUNSCOMBE-PIRRELL", "LUCIAN"),
    ("MOSSLEIGH-ARBUTHNETT", "MIRABEL"), ("ELDERVANE-CROTTLE", "NIGEL"), ("PORRINGFORD-SKEAT", "OTTILIE"),
    ("RAVENSCRAIG-MUDFORTH", "PERCIVAL"), ("QUILLAMORE-STAVELY", "ROSALIND"), ("THISTLEWAIT-BONNICK", "SILAS"),
    ("UPPERCOMBE-DRAYFELL", "TABITHA"), ("WINTERBOURNE-OLCUTT", "URSULA"),
]


def patient(n: int) -> str:
    last, first = NAMES[n - 1]
    return f"{last}, {first}"


def mrn(n: int) -> str:
    return f"SYN-870{n:02d}"


def head(clinic: str, n: int, dob: str, extra: str = "") -> list[str]:
    return [clinic, f"{patient(n)}   MRN {mrn(n)}   DOB {dob}" + (f"   {extra}" if extra else "")]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# h87_01 -- pdf: cobalt-60 frame SRS, three metastases, plan report with Rx / IDL / max / mean / coverage columns --
_c = "ASHBOURNE HEIGHTS MEDICAL CENTER - RADIOSURGERY SUITE"
add(name="h87_01", kind="pdf", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 3, 1, ["MRI"], ["frame"]),
    lesions=[L("left frontal", "cranial", S, 20, 1), L("right cerebellar", "cranial", S, 20, 1),
             L("left occipital", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Two-page plan report and treatment record from an outside radiosurgery suite: three simple metastases on a "
          "cobalt-60 multi-source unit under a head frame, stereotactic MRI only. Target table carries Rx, isodose, "
          "max (twice the Rx), mean, coverage and shots; OAR table with brainstem/chiasm maxima; frame-coordinate "
          "check and independent time calculation. Codes all consistent.",
    docs=[Doc("h87_01.pdf", [
        [H1("Radiosurgery Treatment Plan Report"),
         KeyValue([("Patient", patient(1)), ("MRN", mrn(1)), ("Date of birth", "1956-08-14"),
                   ("Treatment date", "2026-02-10"), ("Diagnosis", "C79.31 secondary malignant neoplasm of brain; primary NSCLC (C34.11)"),
                   ("Treatment unit", "Cobalt-60 multi-source radiosurgery unit, 192 sources, collimators 4 / 8 / 16 mm"),
                   ("Fixation", "Stereotactic head frame applied 07:12 under local anesthesia, 4 pins (AW)"),
                   ("Stereotactic imaging", "MRI 2026-02-10, 3D T1 post-gadolinium 1.0 mm and T2, fiducial box registration (mean error 0.5 mm)"),
                   ("Planning system", "NEBULA-RS 4.1 (invented)"),
                   ("Plan name / status", "MET3_0210 / APPROVED 2026-02-10 09:31")]),
         H2("Targets"),
         RuledTable([("Target", "Location", "Diam (mm)", "Vol (cm3)", "Rx (Gy)", "IDL (%)", "Max (Gy)", "Mean (Gy)", "Coverage (%)", "Shots"),
                     ("T1", "Left frontal", "15", "1.84", "20.0", "50", "40.0", "28.6", "98.9", "7"),
                     ("T2", "Right cerebellar", "10", "0.62", "20.0", "50", "40.0", "29.1", "99.4", "4"),
                     ("T3", "Left occipital", "20", "3.10", "18.0", "50", "36.0", "25.9", "98.1", "10")],
                    widths=(38, 86, 44, 46, 42, 38, 44, 48, 64, 40)),
         P("Selectivity 0.81 / 0.78 / 0.84; gradient index 2.71 / 2.88 / 2.63."),
         H2("Organs at risk"),
         TextTable([("Structure", "Max (Gy)", "Vol > 12 Gy", "Limit"),
                    ("Brainstem", "9.8", "0.00 cm3", "Dmax < 15 Gy"),
                    ("Optic chiasm", "2.1", "-", "Dmax < 8 Gy"),
                    ("Optic nerve L", "1.7", "-", "Dmax < 8 Gy"),
                    ("Brain - targets", "-", "6.2 cm3", "V12 < 10 cm3")], columns=(0, 150, 240, 340)),
         sig("Aldous Wrenfield, MD, Neurosurgery 2026-02-10 09:33"),
         sig("Marguerite Okonkwo-Ladd, MD, Radiation Oncology 2026-02-10 09:35"),
         sig("Tobiah Lunsford, PhD, DABR, Medical Physics 2026-02-10 09:36")],
        [H1("Treatment Record"),
         KeyValue([("Session", "1 of 1"), ("Start / end", "10:02 / 11:19"), ("Beam-on time", "71.4 min"),
                   ("Interruptions", "none")]),
         H2("Verification"),
         BulletList(["Frame adapter coordinates (X, Y, Z, gamma angle) of all 21 shots checked at the unit against the plan printout by two staff (TL, RB).",
                     "Independent second calculation of treatment time (spreadsheet method): within 1.4% of plan.",
                     "Daily output and radiation-isocenter check of the unit 2026-02-10 07:40: pass."]),
         H2("Delivered"),
         RuledTable([("Target", "Location", "Prescribed", "Delivered", "Status"),
                     ("T1", "Left frontal", "20.0 Gy @ 50%", "20.0 Gy", "complete"),
                     ("T2", "Right cerebellar", "20.0 Gy @ 50%", "20.0 Gy", "complete"),
                     ("T3", "Left occipital", "18.0 Gy @ 50%", "18.0 Gy", "complete")]),
         P("Frame removed 11:31, pin sites dressed. Patient discharged with his daughter. MRI brain in 8 weeks."),
         sig("Tobiah Lunsford, PhD, DABR 2026-02-10 11:40"),
         sig("Marguerite Okonkwo-Ladd, MD 2026-02-10 12:02")],
    ], opts=dict(header=head(_c, 1, "1956-08-14")))])

# h87_02 -- txt: record-and-verify key: value export, gantry linac SRS, one metastasis, doses in cGy ---------------
add(name="h87_02", kind="text", codes=["77372", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right parietal", "cranial", S, 21, 1)],
    categories=cats(),
    notes="Plain-text key: value course export from an invented record-and-verify system: one right parietal "
          "metastasis, 2100 cGy in 1 fraction on a 6X-FFF gantry linac, mask, planning CT fused with MRI, CBCT + "
          "surface monitoring, portal-dosimetry QA. The plan maximum (2625 cGy) and a reference-point dose must not "
          "be read as the target dose.",
    docs=[Doc("h87_02.txt", text=f"""
===== CAIRNSTONE R&V (invented) :: COURSE EXPORT :: generated 2026-03-06 16:40:12 =====
Facility.............: Mill Creek Regional Cancer Center - Radiation Oncology
Patient Name.........: {patient(2)}
Patient ID...........: {mrn(2)}
Date of Birth........: 1949-11-23
Sex..................: F
Primary Oncologist...: Ignatius Pemberton-Shaw, MD
Diagnosis............: C79.31 Secondary malignant neoplasm of brain; C50.912 breast, left

Course ID............: C3_SRS_RtParietal
Course Intent........: Palliative
Course Status........: COMPLETED 2026-03-05
Treatment Machine....: LINAC-2 (6X-FFF gantry linac, 2.5 mm MLC, 6DOF couch)
Technique............: SRS, VMAT, single isocenter, 3 arcs (1 coplanar, 2 couch 45/315)

Plan ID..............: SRS_RPar_v1
Plan Status..........: Treatment Approved 2026-03-03 (I. Pemberton-Shaw, MD; H. Vasquez-Lowe, MS)
Planning System......: KITTIWAKE TPS 18.0 (invented)
Planning CT..........: 2026-03-02, 1.0 mm slices, head and neck board
Registered Images....: MR T1 MPRAGE post-contrast 2026-02-27, rigid registration, reviewed by MD
Immobilization.......: Open-face thermoplastic SRS mask (custom, made at CT sim 2026-03-02)

Target...............: PTV_RPar = GTV right parietal metastasis (1.4 cm) + 1 mm
Target Volume........: 2.31 cc
Prescription.........: 2100 cGy x 1 fraction
Dose per Fraction....: 2100 cGy
Prescription Isodose.: 80 %
Coverage.............: V2100cGy = 98.7 %
Plan Max Dose........: 2625 cGy
Mean Dose (PTV)......: 2390 cGy
Reference Point......: RP_Iso  2480 cGy
Brainstem Dmax.......: 212 cGy
Brain-GTV V12Gy......: 3.4 cc

Physics QA...........: Portal dosimetry gamma 2%/1 mm 99.1 % PASS (2026-03-04); 2nd MU calc -1.8 % PASS

--- SESSION LOG ---
Session..............: 1
Date.................: 2026-03-05
Setup Imaging........: CBCT registered to planning CT, 6DOF shift applied (0.9 mm, 0.4 deg), verification CBCT before arc 1, approved by MD at console
Intrafraction........: Surface monitoring, max deviation 0.6 mm
Fields Delivered.....: ARC1 1712 MU / ARC2 1408 MU / ARC3 1391 MU
Session Dose.........: 2100 cGy
Status...............: Treated

--- CUMULATIVE ---
PTV_RPar.............: 2100 / 2100 cGy (100 %), 1 of 1 fractions
RP_Iso...............: 2480 cGy

Signed: Ignatius Pemberton-Shaw, MD 2026-03-05 15:10 / Hollis Vasquez-Lowe, MS, DABR 2026-03-05 15:22
===== END OF EXPORT =====
{FOOT}
""")])

# h87_03 -- txt: CSV delivery export, robotic-arm linac, post-operative cavity, 27 Gy in 3 ----------------------------
add(name="h87_03", kind="text", codes=["G0339", "G0340", "77435", "61796"],
    facts=F("robotic_linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal resection cavity", "cranial", S, 27, 3)],
    categories=cats(),
    notes="CSV export of a robotic-arm linac's delivery manager with a short key: value preamble: post-operative left "
          "frontal resection cavity (3.2 cm, simple) 900 cGy x 3 to the 78% isodose, mask, CT + post-op MRI, 6D skull "
          "tracking every fraction. Per-fraction rows with per-fraction and cumulative cGy columns.",
    docs=[Doc("h87_03.txt", text=f"""
# ATLASTRACK Delivery Manager (invented) - robotic-arm linac - CSV export
# Site: Pelham Falls Radiosurgery Center
# Patient: {patient(3)}; MRN: {mrn(3)}; DOB: 04/29/1966
# Diagnosis: brain metastasis, melanoma, status post gross total resection 02/24/2026 (Dr. Quennell)
# Plan: LCav_3fx (approved 03/12/2026, R. Ashgrove MD / P. Delacourt MS)
# Target: PTV_cavity = left frontal resection cavity + enhancing rim, 2 mm margin; max dimension 3.2 cm; 14.8 cc
# Prescription: 27 Gy in 3 fractions, 9 Gy per fraction, to the 78% isodose line; coverage 96.2%; Dmax 34.6 Gy
# Imaging for planning: CT head 1.25 mm with contrast 03/09/2026 + MRI T1 post-Gd 03/08/2026 (post-op), fused
# Immobilization: thermoplastic head mask with head cushion
# Collimation: variable aperture; 102 nodes; 148 beams
# Tracking: 6D skull, images every 30-45 s
# Physics: plan second check (independent MU) 03/12/2026 pass, -0.9%
Fraction,Date,Plan,Target,Rx_cGy_per_fx,Delivered_cGy,Cum_cGy,Beams,MU,Tracking,Max_correction_mm,Status,Therapist
1,03/16/2026,LCav_3fx,PTV_cavity,900,900,900,148,23011,6D skull,0.7,Complete,JM/AT
2,03/18/2026,LCav_3fx,PTV_cavity,900,900,1800,148,23011,6D skull,0.5,Complete,JM/KB
3,03/20/2026,LCav_3fx,PTV_cavity,900,900,2700,148,23011,6D skull,0.6,Complete,AT/KB
# Course summary: 3 of 3 fractions delivered; PTV_cavity 2700 cGy total. Course closed 03/20/2026.
# Reviewed: Rowena Ashgrove, MD 03/20/2026
# {FOOT}
""")])

# h87_04 -- bundle (2 files): trigeminal neuralgia, cobalt-60 frame, 80 Gy max; dictated procedure note + plan -----
_c = "KESTERWYN UNIVERSITY HOSPITAL - GAMMA SUITE, NEUROSURGERY"
add(name="h87_04", kind="bundle", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Two-file bundle: a dictated radiosurgery procedure note (frame, stereotactic MRI and CT, right trigeminal "
          "neuralgia, one 4 mm shot, 80 Gy maximum at the 100% isodose) and the plan printout (the 20% and 50% isodose "
          "lines and the brainstem-surface dose printed beside it). Functional target: complex, 61798.",
    docs=[
        Doc("1_procedure_note_dictated.txt", text=f"""
KESTERWYN UNIVERSITY HOSPITAL - DEPARTMENT OF NEUROSURGERY
RADIOSURGERY PROCEDURE NOTE (dictated)
Patient: {patient(4)}    MRN: {mrn(4)}    DOB: 02/11/1952
Date of procedure: April 2, 2026
Surgeon: Cosmo Fairlight-Ndiaye, MD    Radiation oncologist: Hester Vallancourt, MD    Physicist: Jonah Ebbsworth, MS

PREOPERATIVE DIAGNOSIS: Right trigeminal neuralgia, type 1, V2 and V3 distribution, refractory to carbamazepine and oxcarbazepine (hyponatremia) and baclofen. Not a candidate for microvascular decompression because of cardiac disease.
POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: Application of stereotactic head frame. Stereotactic MRI and CT. Stereotactic radiosurgery of the right trigeminal nerve, single session, cobalt sixty multi source unit.

DESCRIPTION: After local anesthetic infiltration the stereotactic head frame was applied with four pins without difficulty. Stereotactic MRI was obtained with high resolution constructive interference sequences at zero point five millimeter and post contrast T1, and a stereotactic CT at one millimeter was obtained to correct for any MR distortion; both were registered in the planning system. The right trigeminal nerve was identified in the cistern and the target was placed on the cisternal segment about seven millimeters anterior to the root entry zone. One four millimeter shot was used. The maximum dose was eighty gray, at the one hundred percent isodose line. The twenty percent isodose line just touches the pontine surface.

Frame coordinates were checked by Mr. Ebbsworth and me at the unit before delivery. Treatment time thirty eight minutes, delivered without interruption. The frame was removed and the pin sites dressed. No complications.

PLAN: Continue carbamazepine at the current dose for now; taper will be considered at six weeks if pain relief begins. Follow up in clinic in six weeks, MRI at one year. Warned about facial numbness.

Cosmo Fairlight-Ndiaye, MD - dictated 04/02/2026 14:15, signed 04/03/2026
{FOOT}
"""),
        Doc("2_plan_printout.pdf", [[
            H1("Radiosurgery Plan Summary - Functional"),
            KeyValue([("Patient / MRN", f"{patient(4)} / {mrn(4)}"), ("Date", "04/02/2026"),
                      ("Indication", "Trigeminal neuralgia, right (G50.0)"),
                      ("Unit", "Cobalt-60 multi-source unit"), ("Fixation", "Stereotactic head frame"),
                      ("Images", "Stereotactic MRI (CISS 0.5 mm, T1+C 1 mm) + stereotactic CT 1 mm, co-registered"),
                      ("Planning system", "NEBULA-RS 4.1 (invented)")]),
            RuledTable([("Target", "Shot", "Collimator", "X / Y / Z (mm)", "Gamma", "Max dose", "Rx isodose", "Weight"),
                        ("R trigeminal nerve (cisternal)", "1", "4 mm", "117.4 / 96.1 / 84.9", "110 deg", "80.0 Gy", "100%", "1.00")]),
            TextTable([("Isodose", "Dose", "Note"),
                       ("100%", "80.0 Gy", "maximum, centre of shot"),
                       ("50%", "40.0 Gy", "on the nerve"),
                       ("20%", "16.0 Gy", "touches the pontine surface")], columns=(0, 90, 180)),
            P("Brainstem maximum 15.9 Gy (0.01 cc). Right cochlea 0.4 Gy. Treatment time 38.2 min at the current source "
              "activity; independent hand calculation within 0.8%."),
            P("Frame coordinates verified at the unit: yes (JE, CFN). Delivered: 80.0 Gy maximum in 1 session, complete."),
            sig("Jonah Ebbsworth, MS, DABR 04/02/2026"),
            sig("Hester Vallancourt, MD 04/02/2026"),
            sig("Cosmo Fairlight-Ndiaye, MD 04/02/2026"),
        ]], opts=dict(header=head(_c, 4, "02/11/1952"))),
    ])

# h87_05 -- pdf: EHR printout with banners, linac SRS, 7 metastases (one pontine); header field says 6 -------------
_c = "LODESTAR Clinical Viewer (invented)  |  Printed 04/22/2026 14:03 by C. MORROW  |  Radiation Oncology"
add(name="h87_05", kind="pdf", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 7, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal", "cranial", S, 20, 1), L("right frontal", "cranial", S, 20, 1),
             L("left parietal", "cranial", S, 20, 1), L("right occipital", "cranial", S, 20, 1),
             L("left cerebellar", "cranial", S, 20, 1), L("right temporal", "cranial", S, 20, 1),
             L("right pons", "cranial", C, 16, 1)],
    categories=cats(),
    contradiction="The summary's 'Targets treated' field says 6, while the plan, the treatment record and the completion note list 7 treated targets.",
    notes="Three-page EHR printout with a repeating print banner and an 'uncontrolled copy' footer: single-isocentre "
          "SRS on a gantry linac to seven metastases, one in the right pons (complex), mask, CT + MRI, CBCT and "
          "surface guidance. The summary's count field says 6 (a stale consult count); plan, record and completion "
          "note list 7.",
    docs=[Doc("h87_05.pdf", [
        [H1("Stereotactic Radiosurgery - Treatment Summary"),
         KeyValue([("Patient", patient(5)), ("MRN", mrn(5)), ("DOB", "07/30/1963"),
                   ("Attending", "Philippa Nwachukwu-Grey, MD"), ("Physicist", "Anders Mottram, MS"),
                   ("Diagnosis", "Brain metastases (C79.31), small cell lung cancer after chemo-immunotherapy"),
                   ("Treatment date", "04/21/2026"), ("Fractions", "1"), ("Targets treated", "6"),
                   ("Unit", "Gantry linac, 6 MV FFF, HD MLC, 6DoF couch"),
                   ("Immobilization", "Frameless thermoplastic SRS mask, 3-point"),
                   ("Planning images", "CT sim 04/14/2026 (1 mm) fused with MRI brain T1+C 04/13/2026 (1 mm)")]),
         H2("Completion note"),
         P("All seven metastases were treated in a single session on 04/21/2026 with one isocenter and five VMAT arcs: "
           "left frontal 20 Gy, right frontal 20 Gy, left parietal 20 Gy, right occipital 20 Gy, left cerebellar 20 Gy, "
           "right temporal 20 Gy and right pons 16 Gy (dose reduced for the brainstem location). Tolerated well; no "
           "acute toxicity. Dexamethasone 4 mg x 3 days. MRI in 6-8 weeks."),
         sig("Philippa Nwachukwu-Grey, MD 04/21/2026 17:45")],
        [H1("Plan Report - SRS_7MET_1iso"),
         P("Planning system: SANDERLING 12 (invented). Single isocenter, 5 non-coplanar VMAT arcs, 6 MV FFF. Plan approved "
           "04/17/2026. Prescriptions to the periphery of each PTV (GTV + 1 mm)."),
         RuledTable([("PTV", "Max diam (mm)", "Vol (cc)", "Rx (Gy)", "Dose/fx (Gy)", "IDL (%)", "Dmax (Gy)", "Dmean (Gy)", "V100 (%)"),
                     ("PTV1 L frontal", "22", "4.02", "20", "20", "78", "25.8", "23.0", "98.1"),
                     ("PTV2 R frontal", "9", "0.41", "20", "20", "80", "25.1", "22.9", "99.6"),
                     ("PTV3 L parietal", "14", "1.27", "20", "20", "80", "25.4", "23.1", "98.8"),
                     ("PTV4 R occipital", "6", "0.15", "20", "20", "80", "24.9", "22.6", "100"),
                     ("PTV5 L cerebellar", "11", "0.66", "20", "20", "79", "25.5", "23.0", "99.0"),
                     ("PTV6 R temporal", "17", "2.30", "20", "20", "80", "25.2", "22.8", "98.5"),
                     ("PTV7 R pons", "5", "0.08", "16", "16", "80", "19.9", "18.1", "99.3")]),
         H2("Organs at risk"),
         RuledTable([("Structure", "Metric", "Plan", "Constraint"),
                     ("Brainstem (excl. PTV7)", "D0.03cc", "13.2 Gy", "< 15 Gy"),
                     ("Optic chiasm", "D0.03cc", "3.4 Gy", "< 8 Gy"),
                     ("Brain - PTVs", "V12Gy", "9.6 cc", "< 10 cc"),
                     ("Cochlea R", "Dmean", "2.1 Gy", "< 4 Gy")]),
         P("Physics: independent MU check of all arcs within 2.2%; patient-specific QA (portal dosimetry) gamma 2%/1 mm "
           "97.9% pass, 04/20/2026."),
         sig("Anders Mottram, MS, DABR 04/20/2026"), sig("Philippa Nwachukwu-Grey, MD 04/17/2026")],
        [H1("Treatment Record - 04/21/2026"),
         RuledTable([("Time", "Event", "Detail", "By"),
                     ("08:52", "Setup", "Mask locked, SGRT reference captured", "RT1"),
                     ("08:58", "CBCT #1", "Shift 1.2 mm / 0.7 deg, applied 6DoF, approved MD", "PNG"),
                     ("09:03", "CBCT #2", "Residual 0.3 mm, approved", "PNG"),
                     ("09:05-09:19", "Arcs 1-5", "Delivered, 7 PTVs, no interlocks", "RT1/RT2"),
                     ("09:12", "CBCT #3 (after arc 3)", "Residual 0.4 mm", "RT2")]),
         RuledTable([("Target", "Delivered (Gy)", "Fx", "Cumulative (Gy)"),
                     ("PTV1 L frontal", "20", "1", "20"), ("PTV2 R frontal", "20", "1", "20"),
                     ("PTV3 L parietal", "20", "1", "20"), ("PTV4 R occipital", "20", "1", "20"),
                     ("PTV5 L cerebellar", "20", "1", "20"), ("PTV6 R temporal", "20", "1", "20"),
                     ("PTV7 R pons", "16", "1", "16")]),
         P("Session complete 1 of 1. Surface guidance max deviation 0.7 mm during delivery.")],
    ], opts=dict(header=[_c, f"{patient(5)}   MRN {mrn(5)}   DOB 07/30/1963   Encounter 88231407"],
                 footer=["Printed copy is uncontrolled - verify against the electronic record before filing.", FOOT]))])

# h87_06 -- bundle (2 files): typed consult + plan/record; 3.8 cm metastasis, 30 Gy in 5; 61796 claimed (complex) ---
_c = "BRIGHTWATER COMMUNITY HOSPITAL - RADIATION ONCOLOGY"
add(name="h87_06", kind="bundle", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("right parietal", "cranial", C, 30, 5)],
    categories=cats(),
    notes="Two-file bundle: a typed consult (single 3.8 cm right parietal metastasis, FSRT 30 Gy in 5) and a two-page "
          "plan and fraction record (600 cGy x 5 to the 80% isodose, mask, CT + MRI, CBCT each day). The lesion is "
          "complex by size, so the claimed 61796 is wrong.",
    docs=[
        Doc("1_consult.pdf", [[
            H1("Radiation Oncology Consultation"),
            KeyValue([("Date", "May 4, 2026"), ("Physician", "Leopold Ashcombe-Rayne, MD"),
                      ("Referred by", "Ottilie Brandvold, MD (Neuro-oncology)")]),
            H2("History of present illness"),
            P("71-year-old woman with metastatic colorectal adenocarcinoma (liver, lung), on FOLFIRI, who developed left "
              "hand clumsiness. MRI brain 04/28/2026: single right parietal enhancing mass 3.8 x 3.3 x 3.1 cm with "
              "surrounding edema, no other lesions. Neurosurgery declined resection (eloquent location, anticoagulated for "
              "a recent PE)."),
            H2("Assessment and plan"),
            P("Solitary large brain metastasis. Too large for single-fraction radiosurgery. Recommend fractionated "
              "stereotactic radiotherapy, 30 Gy in 5 fractions, linac with thermoplastic mask. Planning CT with a new "
              "thin-slice MRI for fusion. KPS 70. Risks discussed; consent signed."),
            sig("Leopold Ashcombe-Rayne, MD 05/04/2026"),
        ]], opts=dict(header=head(_c, 6, "10/05/1954"))),
        Doc("2_plan_and_record.pdf", [
            [H1("Plan Summary - FSRT Right Parietal"),
             KeyValue([("Plan", "RPar_FSRT_5fx (approved 05/11/2026)"), ("Machine", "Gantry linac 6 MV FFF, 5 mm MLC"),
                       ("Immobilization", "Thermoplastic mask, 5-point"),
                       ("Images", "Planning CT 05/07/2026 1.25 mm; MRI T1+C 05/06/2026 fused"),
                       ("Planning system", "MOORHEN Dose 3.4 (invented)"),
                       ("Technique", "VMAT, 2 full + 1 half arc, single isocenter")]),
             RuledTable([("Target", "Vol (cc)", "Total Rx", "Per fx", "Fx", "Rx IDL", "Dmax", "Dmean", "D95"),
                         ("PTV_RPar (GTV + 2 mm)", "31.6", "3000 cGy", "600 cGy", "5", "80%", "3710 cGy", "3390 cGy", "3012 cGy")]),
             TextTable([("OAR", "Metric", "Plan"),
                        ("Brainstem", "D0.03cc", "612 cGy"),
                        ("Optic chiasm", "D0.03cc", "188 cGy"),
                        ("Brain - GTV", "V25Gy", "14.8 cc")], columns=(0, 140, 240)),
             P("Second MU check within 1.1%; portal dosimetry 99.3% (2%/2 mm)."),
             sig("Leopold Ashcombe-Rayne, MD 05/11/2026"), sig("Clementine Yarrow, MS 05/11/2026")],
            [H1("Fraction Record"),
             RuledTable([("Fx", "Date", "IGRT", "Dose (cGy)", "Cumulative (cGy)", "Initials"),
                         ("1", "05/13/2026", "CBCT, shift approved", "600", "600", "TW/SG"),
                         ("2", "05/14/2026", "CBCT, shift approved", "600", "1200", "TW/SG"),
                         ("3", "05/15/2026", "CBCT, shift approved", "600", "1800", "SG/RD"),
                         ("4", "05/18/2026", "CBCT, shift approved", "600", "2400", "TW/RD"),
                         ("5", "05/19/2026", "CBCT, shift approved", "600", "3000", "TW/SG")]),
             P("Course complete 05/19/2026: right parietal metastasis 3000 cGy in 5 fractions as prescribed. Mild fatigue."),
             sig("Leopold Ashcombe-Rayne, MD 05/19/2026")],
        ], opts=dict(header=head(_c, 6, "10/05/1954"))),
    ])

# h87_07 -- pdf, two-column page: robotic-arm linac single session; one lesion 3 mm from the optic tract -----------
_c = "CORMORANT BAY RADIOSURGERY CENTER"
add(name="h87_07", kind="pdf", codes=["77372", "77432", "61798", "61797"],
    facts=F("robotic_linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left medial temporal", "cranial", C, 18, 1), L("right cerebellar", "cranial", S, 20, 1)],
    categories=cats(),
    notes="One two-column treatment summary page from a robotic-arm linac centre: two metastases in one session, the "
          "left medial temporal lesion 3 mm from the left optic tract (complex, 18 Gy), right cerebellar 20 Gy; mask, "
          "CT + MRI, 6D skull tracking, plan QA. Codes all consistent (robotic unit fits 77372).",
    docs=[Doc("h87_07.pdf", [[
        H1("Radiosurgery Treatment Summary"),
        KeyValue([("Patient", patient(7)), ("MRN", mrn(7)), ("DOB", "1970-01-17"), ("Date", "2026-05-27"),
                  ("Physician", "Augustin Pellow-Marsh, MD")], value_x=70),
        H2("Indication"),
        P("Two brain metastases from renal cell carcinoma on cabozantinib, found on restaging MRI 2026-05-12. KPS 90. "
          "Extracranial disease stable."),
        H2("Simulation"),
        P("Custom thermoplastic head mask. Contrast CT 1.0 mm (2026-05-19) fused with 3D T1 post-contrast MRI (2026-05-18)."),
        H2("Unit"),
        P("Robotic-arm mounted 6 MV linac, fixed cones; 6D skull tracking with paired kV images throughout delivery."),
        H2("Lesion notes"),
        P("Lesion 1, left medial temporal (uncus), 12 mm, lies 3 mm from the left optic tract; dose reduced to 18 Gy with "
          "tract Dmax 7.1 Gy. Lesion 2, right cerebellar hemisphere, 9 mm."),
        ColumnBreak(),
        H2("Targets and dose"),
        RuledTable([("Lesion", "Rx", "IDL", "Max", "Cov."),
                    ("1 L med temporal", "18 Gy", "70%", "25.7 Gy", "97.6%"),
                    ("2 R cerebellar", "20 Gy", "72%", "27.8 Gy", "98.9%")], widths=(80, 40, 32, 50, 36)),
        H2("Plan"),
        P("Planning system GANNET Precision 2 (invented); 1 path set, 171 beams, 12 and 15 mm cones, 19,422 MU. Physics "
          "second check and film QA passed 2026-05-26."),
        H2("Delivery"),
        P("2026-05-27, single fraction, 52 min. Tracking corrections under 0.8 mm. Both lesions treated to full dose: "
          "lesion 1 18 Gy, lesion 2 20 Gy. No complications."),
        H2("Follow-up"),
        P("MRI in 8 weeks; ophthalmology visual fields."),
        sig("Augustin Pellow-Marsh, MD 2026-05-27"),
        sig("Winifred Osei-Tanner, MS 2026-05-27"),
    ]], opts=dict(header=head(_c, 7, "1970-01-17"), two_columns=True))])

# h87_08 -- scan: image-only page, gantry linac SRS, two metastases, stereoscopic kV verification ------------------
_c = "HOLLINGBURY ONCOLOGY ASSOCIATES - 2 Tarn Lane"
add(name="h87_08", kind="scan", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left cerebellar", "cranial", S, 20, 1), L("right thalamic", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Scanned (image-only, slightly skewed and speckled) one-page SRS treatment record from an outside practice: "
          "two simple metastases (left cerebellar 20 Gy, right thalamic 18 Gy; thalamus is not brainstem) in one "
          "session on a gantry linac, mask, CT + MRI, stereoscopic kV verification.",
    docs=[Doc("h87_08.pdf", [[
        H1("SRS Treatment Record"),
        KeyValue([("Patient", patient(8)), ("MRN", mrn(8)), ("DOB", "3 Sep 1958"),
                  ("Treatment date", "11 Jun 2026 (single fraction)"),
                  ("Diagnosis", "Brain metastases, esophageal adenocarcinoma"),
                  ("Machine", "Gantry linac 6 MV, micro-MLC, robotic couch"),
                  ("Immobilization", "Frameless open-face mask"),
                  ("Planning imaging", "CT 1 mm (4 Jun 2026) + MRI T1 post-Gd (3 Jun 2026), fused"),
                  ("Planning", "PETREL Cranial 3 (invented), 2 isocenters, 9 dynamic conformal arcs")]),
        RuledTable([("Target", "Size", "Rx dose", "Isodose", "Max", "Delivered"),
                    ("Left cerebellar", "14 mm", "20 Gy", "80%", "25.0 Gy", "20 Gy"),
                    ("Right thalamic", "8 mm", "18 Gy", "80%", "22.5 Gy", "18 Gy")]),
        P("Positioning verified with stereoscopic kV x-ray pairs before each isocenter (6D correction, residual < 0.5 mm). "
          "Physics second check of MU within 1.6%. Brainstem Dmax 9.4 Gy."),
        P("Both targets treated as planned. Patient tolerated well."),
        sig("Benedict Ardagh-Thorne, MD 11 Jun 2026"),
        sig("Perpetua Lisle, MS 11 Jun 2026"),
    ]], opts=dict(header=head(_c, 8, "3 Sep 1958"), page_numbers=None, scan=True, scan_dpi=150,
                  scan_skew=1.3, scan_noise=8.0))])


# ==================================================================================================
# Spine
# ==================================================================================================

# h87_09 -- txt: pipe-delimited OIS export, single-level T11 spine SBRT, 1800 cGy x 1; no planning imaging named --
add(name="h87_09", kind="text", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 1, [], ["body_immobilization"]),
    lesions=[L("T11", "spinal", None, 18, 1)],
    categories=cats(imaging=False),
    notes="Pipe-delimited course export from an invented oncology information system: single-fraction SBRT to T11 "
          "(1800 cGy x 1) on a gantry linac, vacuum cushion, CBCT pre and mid, physics check and PSQA, OAR rows in "
          "cGy. The export names no planning CT or MRI, so the imaging category is unmet. One fraction of spine: "
          "77373.",
    docs=[Doc("h87_09.txt", text=f"""
H|TIDEMARK OIS (invented)|RT COURSE EXPORT|v3.2|2026-05-13T08:14:55|Fenwick Lakes Cancer Institute
PID|{mrn(9)}|STARLING-QUADDOCK^ISOLDE|1961-09-30|F
CRS|C1|SPINE SBRT T11|COMPLETED|ATTENDING=Oyelowo-Prentice, Dagny MD
DX|C79.51|Secondary malignant neoplasm of bone, T11; primary renal cell carcinoma (C64.2)
RX|1|PTV_T11|T11 vertebral body + right pedicle, Bilsky 1a|1800|cGy|1|FX|1800|cGy/FX|Rx covers 90% of PTV|APPROVED 2026-05-08 DOP
PLN|SBRT_T11_v2|6X-FFF|VMAT|2 ARCS|MU 5342|TPS=CORMORANT 9 (invented)|PHYS 2ND CHECK 2026-05-08 PASS -1.3%|PSQA GAMMA 2%/2MM 99.6%
DVH|PTV_T11|D90|1800|cGy|Dmax|2160|cGy|Dmean|1930|cGy
OAR|SpinalCord_PRV|Dmax 0.035cc|1190|cGy|LIMIT 1400
OAR|Esophagus|Dmax 0.035cc|1380|cGy|LIMIT 1540
OAR|Kidney_R|V840cGy|2.1|%|LIMIT <33%
POS|Full-length vacuum cushion, arms above head, knee wedge
TX|1|2026-05-12|09:02|LINAC-4|SBRT_T11_v2|ARC1 2661 MU|ARC2 2681 MU|1800|cGy|CUM 1800|cGy|COMPLETE
IGR|1|CBCT|PRE|VRT -0.2 LNG 0.9 LAT -0.4 mm PITCH 0.6 ROLL -0.3 deg|APPROVED DOP
IGR|1|CBCT|MID (between arcs)|RESIDUAL 0.3 mm|APPROVED DOP
SUM|PTV_T11|1800/1800|cGy|100%|1 OF 1 FX
SIG|Dagny Oyelowo-Prentice MD|2026-05-12 11:30|Garrick Haversham MS DABR|2026-05-12 11:41
EOF|{FOOT}
""")])

# h87_10 -- txt: fixed-width treatment history, T4-T5 contiguous levels as one PTV, 27 Gy in 3; 63621 claimed ---
add(name="h87_10", kind="text", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T4-T5", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Fixed-width treatment history report: one metastatic deposit crossing the T4/T5 disc treated as a single "
          "contiguous target (PTV_T4T5), 900 cGy x 3 on a gantry linac, per-arc rows with per-field and cumulative "
          "cGy. One lesion: the claimed 63621 is wrong.",
    docs=[Doc("h87_10.txt", text=f"""
ROSEDALE VALLEY MEDICAL CENTER - RADIATION ONCOLOGY
TREATMENT HISTORY REPORT                                  ORBWEAVER OIS 12.1 (invented)      RUN 06/19/26 07:41
------------------------------------------------------------------------------------------------------------
PATIENT : {patient(10):<36s}ID : {mrn(10)}          DOB : 12/02/57
COURSE  : 2  SPINE T4-T5 SBRT                      STATUS : CLOSED 06/18/26   MD : H. QUARTERMAINE
------------------------------------------------------------------------------------------------------------
PRESCRIPTION
  SITE        DESCRIPTION                                   DOSE/FX   FX   TOTAL      NORMALIZATION
  PTV_T4T5    T4-T5 VB + L pedicles, single contiguous      900 cGy   3    2700 cGy   95% PTV @ Rx
              target (one deposit crossing T4/5 disc)
SIMULATION : CT 06/05/26 1.5 MM, SUPINE, VACUUM CUSHION + WINGBOARD, ARMS UP
FUSION     : MRI T-SPINE T1/T2 AXIAL 06/04/26 (CORD CONTOURED ON T2)
PLAN       : T4T5_SBRT_3FX  VMAT 2 ARCS 6X-FFF  TPS: LAPWING 7 (invented)  APPROVED 06/09/26
PLAN DOSES : PTV_T4T5 DMAX 3120 CGY  DMEAN 2890 CGY   CORD_PRV DMAX 1790 CGY (LIMIT 2100/3FX)   ESOPH D5CC 1510 CGY
PHYSICS    : 2ND MU CALC -0.7% PASS 06/09/26 ; PSQA ARRAY GAMMA 3%/2MM 99.8% PASS 06/10/26
------------------------------------------------------------------------------------------------------------
DATE      FX  SITE        FIELD      MU      DOSE(cGy)  CUM(cGy)  IMAGING                      INIT
06/12/26  1   PTV_T4T5    ARC1 CW    2214    450        450       CBCT PRE, 6D SHIFT APPR      RK/LS
06/12/26  1   PTV_T4T5    ARC2 CCW   2198    450        900       CBCT MID, RESID 0.4 MM       RK/LS
06/15/26  2   PTV_T4T5    ARC1 CW    2214    450        1350      CBCT PRE, 6D SHIFT APPR      RK/MT
06/15/26  2   PTV_T4T5    ARC2 CCW   2198    450        1800      CBCT MID, RESID 0.6 MM       RK/MT
06/18/26  3   PTV_T4T5    ARC1 CW    2214    450        2250      CBCT PRE, 6D SHIFT APPR      LS/MT
06/18/26  3   PTV_T4T5    ARC2 CCW   2198    450        2700      CBCT MID, RESID 0.2 MM       LS/MT
------------------------------------------------------------------------------------------------------------
TOTALS    3 FX   PTV_T4T5   2700 cGy OF 2700 cGy  (100%)
REVIEWED : H. QUARTERMAINE MD 06/18/26      PHYSICS : O. BELLINGHAM MS 06/18/26
{FOOT}
""")])

# h87_11 -- bundle (3 files): post-operative T12 with pedicle screws, 30 Gy in 5 --------------------------------------
_c = "STRATHMORE MEMORIAL - SPINE TUMOR PROGRAM"
add(name="h87_11", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T12", "spinal", None, 30, 5)],
    categories=cats(),
    notes="Three-file bundle: a typed post-operative radiation oncology note (T12 separation surgery with T10-L2 "
          "pedicle screws), a plan printout (CT myelogram + metal-artifact-reduced MRI, PTV_T12_postop 3000 cGy / 5, "
          "cord and hardware notes) and an EHR treatment record with page banners (5 fractions, CBCT each).",
    docs=[
        Doc("1_postop_consult.txt", text=f"""
STRATHMORE MEMORIAL HOSPITAL - RADIATION ONCOLOGY
FOLLOW-UP / POST-OPERATIVE CONSULT NOTE
Patient: {patient(11)}    MRN: {mrn(11)}    DOB: 08/08/1960    Visit: 06/22/2026
Provider: Serafina Oduya-Whitlock, MD

Interval history: Ms. Farrowmere-Kettleby is a 65 year old woman with metastatic breast cancer (ER+/HER2-) who presented 5/30 with T12 pathologic fracture and epidural disease, Bilsky 2. On 06/03/2026 Dr. Langridge performed T12 laminectomy and separation surgery with posterior instrumentation T10-L2 (titanium pedicle screws and rods). Wound healed, staples out 6/17. Neurologically intact, ambulating without aid. ECOG 1.

Plan: postoperative spine SBRT to the T12 surgical bed (preoperative extent of disease plus the epidural component), 30 Gy in 5 fractions. CT myelogram for cord delineation because of screw artifact on MRI; MRI with metal artifact reduction for fusion. Full body vacuum immobilization. Consent signed. Start early July.
{FOOT}
"""),
        Doc("2_plan.pdf", [[
            H1("SBRT Plan Approval - Post-operative Spine"),
            KeyValue([("Plan", "T12_POSTOP_5FX v1, approved 06/30/2026"),
                      ("Unit", "Gantry linac, 6X-FFF, 6DoF couch"),
                      ("Immobilization", "Full-body vacuum cushion with arm support"),
                      ("Imaging", "CT myelogram 06/25/2026 (1 mm); MRI T-spine with MAR sequences 06/24/2026, fused"),
                      ("Hardware", "Titanium screws T10, T11, L1, L2 and rods; CT density override applied"),
                      ("Planning system", "TURNSTONE RT 5 (invented)"),
                      ("Technique", "IMRT 9 fields, single isocenter")]),
            RuledTable([("Structure", "Rx", "Per fx", "Fx", "Dmax", "Dmean", "V100", "D90"),
                        ("PTV_T12_postop", "3000 cGy", "600 cGy", "5", "3390 cGy", "3160 cGy", "91.2%", "3010 cGy")]),
            RuledTable([("OAR", "Metric", "Plan", "Limit"),
                        ("Thecal sac (myelogram)", "D0.035cc", "2480 cGy", "2800 cGy"),
                        ("Cauda / conus", "D0.035cc", "2510 cGy", "3000 cGy"),
                        ("Esophagus", "D0.035cc", "1820 cGy", "3500 cGy"),
                        ("Bowel", "D0.035cc", "2240 cGy", "3000 cGy")]),
            P("Physics: independent dose calculation agrees within 1.9%; ion-chamber and array QA pass (98.7%)."),
            sig("Serafina Oduya-Whitlock, MD 06/30/2026"), sig("Evander Moss-Callow, MS, DABR 06/30/2026"),
        ]], opts=dict(header=head(_c, 11, "08/08/1960"))),
        Doc("3_treatment_record.pdf", [[
            H1("Treatment Record"),
            RuledTable([("Fx", "Date", "Plan", "Daily dose", "Cum. dose", "IGRT", "Status"),
                        ("1", "07/06/2026", "T12_POSTOP_5FX", "600 cGy", "600 cGy", "CBCT, 6DoF approved", "Treated"),
                        ("2", "07/07/2026", "T12_POSTOP_5FX", "600 cGy", "1200 cGy", "CBCT, 6DoF approved", "Treated"),
                        ("3", "07/08/2026", "T12_POSTOP_5FX", "600 cGy", "1800 cGy", "CBCT, 6DoF approved", "Treated"),
                        ("4", "07/09/2026", "T12_POSTOP_5FX", "600 cGy", "2400 cGy", "CBCT, 6DoF approved", "Treated"),
                        ("5", "07/10/2026", "T12_POSTOP_5FX", "600 cGy", "3000 cGy", "CBCT, 6DoF approved", "Treated")]),
            P("Course complete: T12 post-operative bed 3000 cGy in 5 fractions, 07/06-07/10/2026. Screws used as secondary "
              "registration check on CBCT. Grade 1 esophagitis, resolved."),
            sig("Serafina Oduya-Whitlock, MD 07/10/2026"),
        ]], opts=dict(header=["NIGHTJAR EHR (invented) - printed 07/14/2026 09:12 - Strathmore Memorial",
                              f"{patient(11)}   MRN {mrn(11)}   DOB 08/08/1960"],
                      footer=["Strathmore Memorial Hospital - Confidential patient information", FOOT])),
    ])

# h87_12 -- pdf: re-irradiation L3 spine SBRT 27 Gy in 3, prior 30 Gy in 10 shown; second-check printout page ----
_c = "ALDERGROVE REGIONAL CANCER CENTRE"
add(name="h87_12", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L3", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Re-irradiation: L3 recurrence after 30 Gy in 10 (L2-L4, 2024) now treated with SBRT 27 Gy in 3 on a gantry "
          "linac. Plan page with a prior-course table and cumulative EQD2 figures, a physics second-check printout page, "
          "and a fraction record. The prior course's dose and fractions are history, not this course.",
    docs=[Doc("h87_12.pdf", [
        [H1("Spine SBRT Plan - Re-irradiation"),
         KeyValue([("Patient", patient(12)), ("MRN", mrn(12)), ("DOB", "19.03.1949"),
                   ("Diagnosis", "Metastatic prostate adenocarcinoma (C61, C79.51); L3 progression after prior RT"),
                   ("Unit", "Gantry linac 10X-FFF, 6DoF couch"),
                   ("Immobilization", "Vacuum body cushion, knee support"),
                   ("Planning images", "CT sim 02.07.2026 1 mm; MRI L-spine T1/T2 01.07.2026 registered"),
                   ("Planning system", "DUNLIN Planner 2.2 (invented)")]),
         H2("Prior radiotherapy"),
         RuledTable([("Date", "Site", "Dose", "Fractions", "Technique"),
                     ("03/2024", "L2-L4", "30 Gy", "10", "3D AP/PA, outside centre")]),
         H2("Current prescription"),
         RuledTable([("Target", "Total", "Per fx", "Fx", "Dmax", "Dmean", "Coverage"),
                     ("PTV_L3", "27 Gy", "9 Gy", "3", "31.4 Gy", "28.6 Gy", "V27Gy 90.4%")]),
         RuledTable([("OAR", "This course", "Cumulative EQD2 (a/b 2)", "Limit"),
                     ("Cauda equina D0.035cc", "16.8 Gy", "79.6 Gy", "< 100 Gy EQD2"),
                     ("Thecal sac D0.035cc", "14.1 Gy", "66.2 Gy", "< 70 Gy EQD2")]),
         sig("Crispin Ballantyne-Ore, MD 06.07.2026")],
        [H1("Independent Dose Verification"),
         P("QUINCUNX SecondCheck 6.0 (invented) - printout"),
         KeyValue([("Plan", "L3_REIRR_3FX, 2 arcs"), ("Calc algorithm", "Collapsed cone, independent beam model"),
                   ("Primary TPS dose at PTV_L3 mean", "28.6 Gy (9.53 Gy/fx)"),
                   ("Second-check dose", "28.3 Gy (9.43 Gy/fx)"), ("Difference", "-1.0%"),
                   ("Tolerance", "+/- 5%"), ("Result", "PASS"),
                   ("Checked by", "Rosalind Umber-Tate, MS, DABR 07/07/2026")]),
         H1("Fraction Record"),
         RuledTable([("#", "Date", "Dose (Gy)", "Running total (Gy)", "Setup imaging"),
                     ("1", "08.07.2026", "9", "9", "CBCT + 6DoF, approved"),
                     ("2", "10.07.2026", "9", "18", "CBCT + 6DoF, approved"),
                     ("3", "13.07.2026", "9", "27", "CBCT + 6DoF, approved")]),
         P("Completed 13.07.2026: PTV_L3 27 Gy in 3 fractions. Pain 6/10 -> 3/10 at completion."),
         sig("Crispin Ballantyne-Ore, MD 13.07.2026")],
    ], opts=dict(header=head(_c, 12, "19.03.1949")))])


# ==================================================================================================
# Body
# ==================================================================================================

# h87_13 -- pdf: peripheral lung SBRT 54 Gy in 3; fraction 2 interrupted and resumed the same day (two log rows) --
_c = "PINEHURST VALLEY HOSPITAL - RADIATION ONCOLOGY"
add(name="h87_13", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe", "body", None, 54, 3)],
    categories=cats(),
    notes="Plan report and per-session delivery log for peripheral RUL lung SBRT, 1800 cGy x 3 on a gantry linac, "
          "4DCT with PET/CT fused, vacuum cushion, CBCT. Fraction 2 was interrupted by a couch interlock and resumed "
          "after re-imaging the same day, printed as two log rows: still three fractions, 54 Gy.",
    docs=[Doc("h87_13.pdf", [
        [H1("SBRT Plan Report"),
         KeyValue([("Patient", patient(13)), ("MRN", mrn(13)), ("DOB", "09/14/1944"),
                   ("Diagnosis", "NSCLC, squamous, right upper lobe, cT1c N0 M0 (C34.11); medically inoperable (FEV1 38%)"),
                   ("Simulation", "4DCT 04/27/2026, vacuum cushion with arms-up wing board; ITV from 10 phases"),
                   ("Fused", "PET/CT 04/15/2026"),
                   ("Machine", "Gantry linac 6X-FFF"), ("Planning system", "PLOVER TPS 16 (invented)"),
                   ("Technique", "VMAT, 2 partial arcs")]),
         RuledTable([("Target", "Vol (cc)", "Rx", "Dose/fx", "Fx", "IDL", "Dmax", "Dmean", "V100"),
                     ("PTV_RUL (ITV + 5 mm)", "18.7", "5400 cGy", "1800 cGy", "3", "80%", "6630 cGy", "6010 cGy", "96.0%")]),
         H2("Organs at risk"),
         RuledTable([("OAR", "Metric", "Plan", "Limit"),
                     ("Chest wall", "V30Gy", "18.2 cc", "< 30 cc"),
                     ("Lungs - ITV", "V20Gy", "5.1%", "< 10%"),
                     ("Spinal cord", "Dmax", "1140 cGy", "< 1800 cGy"),
                     ("Brachial plexus R", "Dmax", "1620 cGy", "< 2400 cGy")]),
         P("Physics: second MU check 0.8%, portal dosimetry 99.0% (3%/2 mm). Plan approved 04/30/2026."),
         sig("Godfrey Tallis-Ebuka, MD 04/30/2026"), sig("Noor Haddleston, MS 04/30/2026")],
        [H1("Delivery Log"),
         RuledTable([("Row", "Date", "Fx", "Event", "Dose this row", "Cumulative"),
                     ("1", "05/04/2026", "1", "CBCT, shift approved; arcs 1-2 complete", "1800 cGy", "1800 cGy"),
                     ("2", "05/06/2026", "2", "CBCT; arc 1 interrupted at 34% (couch interlock)", "612 cGy", "2412 cGy"),
                     ("3", "05/06/2026", "2 (cont.)", "Re-CBCT, resumed arc 1 remainder + arc 2", "1188 cGy", "3600 cGy"),
                     ("4", "05/08/2026", "3", "CBCT, shift approved; arcs 1-2 complete", "1800 cGy", "5400 cGy")]),
         P("Fraction 2 was completed the same morning after the interlock was cleared (physics review: no dose error). "
           "Course complete 05/08/2026: 5400 cGy in 3 fractions to PTV_RUL."),
         sig("Godfrey Tallis-Ebuka, MD 05/08/2026")],
    ], opts=dict(header=head(_c, 13, "09/14/1944")))])

# h87_14 -- bundle (3 files): central lung, prescription revised 50 Gy/5 -> 45 Gy/5 before treatment --------------
_c = "WYNDHAM CROSS MEDICAL CENTER - RADIATION ONCOLOGY"
add(name="h87_14", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left hilar (central) lung", "body", None, 45, 5)],
    categories=cats(),
    notes="Three-file bundle: prescription history printout (v1 50 Gy/5 signed, then v2 45 Gy/5 'supersedes v1' after "
          "the plan showed the left main bronchus constraint could not be met), a treatment record of five 900 cGy "
          "fractions with CBCT, and a dictated completion summary. Gold follows the delivered 45 Gy in 5.",
    docs=[
        Doc("1_prescription_history.pdf", [[
            H1("Prescription History"),
            P("Exported from MERGANSER Oncology (invented), 06/19/2026"),
            RuledTable([("Version", "Status", "Site", "Dose/fx", "Fx", "Total", "Signed"),
                        ("1", "SUPERSEDED", "PTV_LHilar", "1000 cGy", "5", "5000 cGy", "06/02/2026 R. Fotheringay, MD"),
                        ("2", "ACTIVE", "PTV_LHilar", "900 cGy", "5", "4500 cGy", "06/05/2026 R. Fotheringay, MD")],
                       widths=(50, 80, 70, 60, 28, 64, 148)),
            P("Revision reason (v2): on the v1 plan, left main-stem bronchus D0.035cc 53.9 Gy against a limit "
              "of 52.5 Gy at 50 Gy/5; dose reduced to 45 Gy/5 with PTV coverage kept. Tumour 2.4 cm, 1.3 cm from the left "
              "main bronchus (central, ultracentral criteria not met)."),
            KeyValue([("Technique", "SBRT, VMAT 6X-FFF, gantry linac"),
                      ("Simulation", "4DCT 05/29/2026, wing board + vacuum cushion, abdominal compression plate"),
                      ("Fusion", "FDG PET/CT 05/20/2026"),
                      ("Plan (v2)", "LHILAR_45_5 approved 06/08/2026; Dmax 5480 cGy, Dmean 5020 cGy, V100 95.4%, 80% IDL"),
                      ("Physics", "2nd calculation -1.2% pass; PSQA 99.4% pass 06/09/2026")]),
            sig("Ravenna Fotheringay, MD 06/05/2026"),
        ]], opts=dict(header=head(_c, 14, "1951-12-01"))),
        Doc("2_treatment_record.pdf", [[
            H1("Treatment Record - LHILAR_45_5"),
            RuledTable([("Fx", "Date", "IGRT", "Delivered", "Total"),
                        ("1", "2026-06-10", "CBCT (4D), approved", "9.0 Gy", "9.0 Gy"),
                        ("2", "2026-06-12", "CBCT (4D), approved", "9.0 Gy", "18.0 Gy"),
                        ("3", "2026-06-15", "CBCT (4D), approved", "9.0 Gy", "27.0 Gy"),
                        ("4", "2026-06-17", "CBCT (4D), approved", "9.0 Gy", "36.0 Gy"),
                        ("5", "2026-06-19", "CBCT (4D), approved", "9.0 Gy", "45.0 Gy")]),
            sig("Ravenna Fotheringay, MD 2026-06-19"),
        ]], opts=dict(header=head(_c, 14, "1951-12-01"))),
        Doc("3_completion_summary.txt", text=f"""
WYNDHAM CROSS MEDICAL CENTER - RADIATION ONCOLOGY
TREATMENT COMPLETION SUMMARY (dictated 06/22/2026, transcribed 06/23/2026)
{patient(14)}   MRN {mrn(14)}   DOB 1951-12-01

Diagnosis: adenocarcinoma of the left lung, hilar (central) location, cT1c N0 M0, stage IA3, medically inoperable because of severe COPD.

Treatment: stereotactic body radiotherapy to the left hilar tumor. Note the prescription was revised before the first fraction from fifty gray in five fractions to forty five gray in five fractions because of the left main bronchus dose. Delivered forty five gray in five fractions of nine gray, every other weekday, June tenth through June nineteenth 2026, on the gantry linac with four D cone beam CT before each fraction. Immobilized in a vacuum cushion on a wing board with abdominal compression. Planning on four D C T with the PET fused.

Tolerance: mild cough, fatigue grade one. No hemoptysis.

Follow up: CT chest in three months, PET at six months.

Ravenna Fotheringay, MD
{FOOT}
"""),
    ])

# h87_15 -- pdf: liver SBRT on a robotic-arm linac with fiducials, 40 Gy in 5; summary sentence says 45 Gy ------
_c = "MERIDEN HILLS RADIOSURGERY AND SBRT UNIT"
add(name="h87_15", kind="pdf", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment VII", "body", None, 40, 5)],
    categories=cats(),
    contradiction="The closing summary sentence gives the liver lesion 45 Gy in 5 fractions, while the prescription, the plan table and the fraction log give 40 Gy (8 Gy x 5).",
    notes="Robotic-arm linac liver SBRT for a 2.9 cm segment VII HCC: fiducials placed by IR, vacuum cushion, triphasic "
          "CT + gadoxetate MRI fused, respiratory-tracked fiducial tracking, 800 cGy x 5 with Rx/IDL/max/mean/coverage "
          "columns and liver OAR table. The closing sentence says 45 Gy; prescription, plan and log say 40 Gy.",
    docs=[Doc("h87_15.pdf", [
        [H1("Liver SBRT - Plan and Delivery Report"),
         KeyValue([("Patient", patient(15)), ("MRN", mrn(15)), ("DOB", "May 2, 1957"),
                   ("Diagnosis", "Hepatocellular carcinoma, segment VII, 2.9 cm (C22.0); Child-Pugh A6; post-TACE residual"),
                   ("Fiducials", "3 gold markers placed percutaneously by IR on June 10, 2026 (Dr. Szymanski-Holt)"),
                   ("Simulation", "June 17, 2026: triphasic contrast CT 1.5 mm, full-body vacuum cushion, arms down"),
                   ("MRI", "Gadoxetate MRI June 16, 2026, deformably registered"),
                   ("Unit", "Robotic-arm mounted 6 MV linac, MLC"),
                   ("Tracking", "Fiducial tracking with respiratory motion modelling"),
                   ("Planning system", "GANNET Precision 2 (invented)"),
                   ("Prescription", "40 Gy in 5 fractions (8 Gy per fraction) to the 75% isodose line")]),
         RuledTable([("Target", "Vol (cc)", "Rx", "Dose/fx", "IDL", "Max", "Mean", "Coverage"),
                     ("PTV_SegVII", "24.3", "40 Gy", "8 Gy", "75%", "53.3 Gy", "46.8 Gy", "95.7%")]),
         RuledTable([("OAR", "Metric", "Plan", "Limit"),
                     ("Liver - GTV", "Mean", "9.8 Gy", "< 13 Gy"),
                     ("Liver - GTV", "700 cc spared < 15 Gy", "yes (1120 cc)", "required"),
                     ("Duodenum", "D0.5cc", "18.2 Gy", "< 30 Gy"),
                     ("Right kidney", "V17.5Gy", "6%", "< 33%")]),
         P("Physics: independent MU calculation within 2%; delivery QA with film pass (gamma 3%/2 mm 97.2%). Plan approved "
           "June 22, 2026.")],
        [H1("Fraction Log"),
         RuledTable([("Fx", "Date", "Beams", "MU", "Tracking errors (mm)", "Dose", "Cumulative"),
                     ("1", "Jun 24, 2026", "164", "31,208", "1.1", "8 Gy", "8 Gy"),
                     ("2", "Jun 26, 2026", "164", "31,208", "0.9", "8 Gy", "16 Gy"),
                     ("3", "Jun 29, 2026", "164", "31,208", "1.3", "8 Gy", "24 Gy"),
                     ("4", "Jul 1, 2026", "164", "31,208", "0.8", "8 Gy", "32 Gy"),
                     ("5", "Jul 3, 2026", "164", "31,208", "1.0", "8 Gy", "40 Gy")]),
         H2("Summary"),
         P("Ms. Porringford-Skeat completed SBRT to the segment VII hepatocellular carcinoma, 45 Gy in 5 fractions, June 24 "
           "to July 3, 2026, with fiducial tracking. Tolerated well; mild fatigue and nausea grade 1. LFTs and AFP in 4 "
           "weeks, multiphase MRI at 3 months."),
         sig("Cassius Wetherell-Obi, MD July 3, 2026"), sig("Ilse Brannigan, MS July 3, 2026")],
    ], opts=dict(header=head(_c, 15, "May 2, 1957")))])

# h87_16 -- pdf: prostate SBRT 36.25 Gy in 5 with fiducials; one scheduled session not treated, rescheduled -------
_c = "THORNBURY PARK CANCER CENTER"
add(name="h87_16", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Prostate SBRT on a gantry linac: three gold fiducials and a hydrogel spacer, CT + MRI fusion, lower-body "
          "vacuum cushion, 725 cGy x 5 with kV fiducial matching; the session log has a scheduled visit not treated "
          "(rectal gas, rescheduled) between fractions 2 and 3. Five fractions, 36.25 Gy; OAR doses in Gy and cGy.",
    docs=[Doc("h87_16.pdf", [
        [H1("Prostate SBRT - Treatment Summary"),
         KeyValue([("Patient", patient(16)), ("MRN", mrn(16)), ("DOB", "02/26/1955"),
                   ("Diagnosis", "Adenocarcinoma of prostate (C61), Gleason 3+4, PSA 7.2, cT1c, favorable intermediate risk"),
                   ("Fiducials / spacer", "3 gold seed fiducials + hydrogel rectal spacer placed 09/28/2026 (Urology)"),
                   ("Simulation", "CT 10/06/2026 2 mm, full bladder protocol, lower-body vacuum cushion with knee wedge"),
                   ("MRI", "Pelvic MRI T2 10/06/2026 fused for prostate and urethra contours"),
                   ("Machine", "Gantry linac 10X-FFF, kV imaging"),
                   ("Planning", "TEAL Planning 4.0 (invented), 2 VMAT arcs")]),
         RuledTable([("Target", "Rx total", "Rx/fx", "Fx", "IDL", "Dmax", "Dmean", "V100"),
                     ("PTV_Prostate (+ prox SV 1 cm)", "3625 cGy", "725 cGy", "5", "90%", "38.9 Gy", "37.4 Gy", "95.8%")]),
         RuledTable([("OAR", "Metric", "Plan", "Constraint"),
                     ("Rectum", "V36Gy", "0.4 cc", "< 1 cc"),
                     ("Bladder", "V37Gy", "3.1 cc", "< 10 cc"),
                     ("Urethra PRV", "Dmax", "3790 cGy", "< 3810 cGy"),
                     ("Femoral heads", "V30Gy", "0%", "< 10 cc")]),
         P("Physics: second check within 1.5%; cylindrical array QA (RINGLET QA, invented) 99.6% pass."),
         sig("Barnabas Ollerenshaw, MD 10/12/2026"), sig("Tamsin Achebe-Lowry, MS 10/12/2026")],
        [H1("Session Log"),
         RuledTable([("Visit", "Date", "Fx #", "Pre-treatment imaging", "Dose", "Cumulative", "Note"),
                     ("1", "10/19/2026", "1", "kV pair, 3 seeds matched", "725 cGy", "725 cGy", ""),
                     ("2", "10/21/2026", "2", "kV pair + CBCT", "725 cGy", "1450 cGy", ""),
                     ("3", "10/23/2026", "-", "CBCT", "0", "1450 cGy", "NOT TREATED - rectal gas, rescheduled"),
                     ("4", "10/26/2026", "3", "kV pair + CBCT", "725 cGy", "2175 cGy", ""),
                     ("5", "10/28/2026", "4", "kV pair, 3 seeds matched", "725 cGy", "2900 cGy", ""),
                     ("6", "10/30/2026", "5", "kV pair, 3 seeds matched", "725 cGy", "3625 cGy", "course complete")],
                    widths=(36, 68, 32, 118, 56, 66, 124)),
         P("Intrafraction kV fiducial monitoring every 90 degrees of gantry rotation; maximum correction 1.8 mm."),
         P("Completed 10/30/2026: prostate and proximal seminal vesicles 36.25 Gy in 5 fractions. IPSS 11 at completion; "
           "tamsulosin started. PSA in 3 months."),
         sig("Barnabas Ollerenshaw, MD 10/30/2026")],
    ], opts=dict(header=head(_c, 16, "02/26/1955")))])

# h87_17 -- bundle (2 files): typed consult + MR-linac plan/record, pancreas 33 Gy in 5 --------------------------
_c = "CALDERWOOD UNIVERSITY CANCER CENTER - MR-GUIDED RADIOTHERAPY"
add(name="h87_17", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("pancreatic head", "body", None, 33, 5)],
    categories=cats(),
    notes="Two-file bundle: a typed GI consult (locally advanced pancreatic head adenocarcinoma after FOLFIRINOX, SBRT "
          "recommended) and an MR-linac plan and adaptive treatment record (CT sim + MRI sim, vacuum cushion, online "
          "MRI and cine gating each fraction, 660 cGy x 5 with duodenum/stomach OAR columns).",
    docs=[
        Doc("1_consult.txt", text=f"""
CALDERWOOD UNIVERSITY CANCER CENTER - GI RADIATION ONCOLOGY CONSULT
Patient: {patient(17)}    MRN: {mrn(17)}    DOB: 1959-04-07    Date: 2026-08-03
Physician: Evangeline Ostrander-Bligh, MD    Referring: Tobias Greenhalgh, MD (GI medical oncology)

HPI: 67-year-old woman with locally advanced adenocarcinoma of the pancreatic head (SMA abutment 180 degrees, SMV encasement), CA 19-9 1,240 -> 96 after six months of FOLFIRINOX. Restaging CT 07/27/2026: stable 3.1 cm head mass, no metastases. Deemed unresectable at tumor board 07/30/2026.

Assessment: locally advanced pancreatic cancer with good response to induction chemotherapy.

Recommendation: stereotactic MR-guided adaptive radiotherapy, 33 Gy in 5 fractions to the tumor and vessel interface, on the MR-linac. CT simulation and MRI simulation in a vacuum cushion, arms up, fasting protocol. Gating on the cine MRI. Capecitabine held during SBRT. Consent signed.
{FOOT}
"""),
        Doc("2_plan_and_adaptive_record.pdf", [
            [H1("MR-Linac SBRT Plan"),
             KeyValue([("Unit", "1.5 T MR-linac, 7 MV FFF"), ("Immobilization", "Vacuum cushion, arms up, knee support"),
                       ("Simulation", "CT 2026-08-10 (contrast, 2 mm) + MRI simulation 2026-08-10 (3D bTFE, cine)"),
                       ("Planning system", "PUFFIN Adapt 3 (invented)"),
                       ("Technique", "Step-and-shoot IMRT, 15 beams; daily adapt-to-shape")]),
             RuledTable([("Target", "Rx total", "Rx/fx", "Fx", "Dmax", "Dmean", "V33Gy", "D95"),
                         ("PTV_PancHead", "33 Gy", "6.6 Gy", "5", "38.1 Gy", "34.9 Gy", "92.4%", "32.6 Gy")]),
             RuledTable([("OAR (PRV)", "Metric", "Plan", "Limit"),
                         ("Duodenum", "D0.5cc", "32.1 Gy", "< 33 Gy"),
                         ("Stomach", "D0.5cc", "28.8 Gy", "< 33 Gy"),
                         ("Small bowel", "D0.5cc", "30.4 Gy", "< 33 Gy")]),
             P("Reference plan approved 2026-08-14; independent Monte Carlo second check 1.4%; online QA each adapted plan "
               "by physics before beam-on."),
             sig("Evangeline Ostrander-Bligh, MD 2026-08-14"), sig("Magnus Threlkeld, PhD 2026-08-14")],
            [H1("Adaptive Treatment Record"),
             RuledTable([("Fx", "Date", "Online MRI", "Plan", "Gating", "Delivered", "Cumulative"),
                         ("1", "2026-08-17", "yes", "adapted, MD + physics approved", "cine, 4 mm boundary", "6.6 Gy", "6.6 Gy"),
                         ("2", "2026-08-18", "yes", "adapted, approved", "cine", "6.6 Gy", "13.2 Gy"),
                         ("3", "2026-08-20", "yes", "adapted, approved", "cine", "6.6 Gy", "19.8 Gy"),
                         ("4", "2026-08-21", "yes", "adapted, approved", "cine", "6.6 Gy", "26.4 Gy"),
                         ("5", "2026-08-24", "yes", "adapted, approved", "cine", "6.6 Gy", "33.0 Gy")],
                        widths=(28, 72, 50, 130, 84, 60, 70)),
             P("Course complete 2026-08-24: pancreatic head tumor 33 Gy in 5 fractions. Nausea grade 1 managed with "
               "ondansetron. Restaging CT in 6 weeks; tumor board to re-review resectability."),
             sig("Evangeline Ostrander-Bligh, MD 2026-08-24")],
        ], opts=dict(header=head(_c, 17, "1959-04-07"))),
    ])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# h87_18 -- pdf: linac SRS plan approved for two metastases, course cancelled before any treatment ----------------
_c = "MILL CREEK REGIONAL CANCER CENTER - RADIATION ONCOLOGY"
add(name="h87_18", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a full SRS plan report (two metastases, 20 Gy / 80% IDL, Dmax, coverage, OAR table, physics "
          "check, plan APPROVED) followed by the course status page: no session delivered, course cancelled after the "
          "patient was admitted and chose hospice; plan retired. Nothing delivered: facts empty, codes inconsistent.",
    docs=[Doc("h87_18.pdf", [
        [H1("SRS Plan Report"),
         KeyValue([("Patient", patient(18)), ("MRN", mrn(18)), ("DOB", "1948-06-21"),
                   ("Course", "C1 SRS Brain"), ("Plan", "SRS_2MET_v1"), ("Plan status", "APPROVED 2026-07-08 10:14"),
                   ("Machine", "LINAC-2 (6X-FFF gantry linac)"), ("Immobilization", "Thermoplastic SRS mask"),
                   ("Images", "CT sim 2026-07-02 + MRI 2026-07-01 (T1 post-contrast), fused"),
                   ("Planning system", "KITTIWAKE TPS 18.0 (invented)"),
                   ("Scheduled treatment date", "2026-07-13")]),
         RuledTable([("Target", "Vol (cc)", "Rx", "IDL", "Dmax", "Dmean", "Coverage"),
                     ("PTV_LFront", "1.92", "2000 cGy x 1", "80%", "2500 cGy", "2270 cGy", "98.8%"),
                     ("PTV_RCereb", "0.71", "2000 cGy x 1", "80%", "2500 cGy", "2290 cGy", "99.3%")]),
         TextTable([("OAR", "Metric", "Plan"), ("Brainstem", "Dmax", "690 cGy"), ("Brain-GTV", "V12Gy", "5.0 cc")],
                   columns=(0, 140, 240)),
         P("Physics: 2nd MU check pass (-1.4%); portal dosimetry QA scheduled 2026-07-10."),
         sig("Ignatius Pemberton-Shaw, MD 2026-07-08"), sig("Hollis Vasquez-Lowe, MS 2026-07-08")],
        [H1("Course Status"),
         KeyValue([("Course", "C1 SRS Brain"), ("Status", "CANCELLED 2026-07-11"), ("Sessions delivered", "0 of 1"),
                   ("Reason", "Patient admitted 2026-07-09 with aspiration pneumonia and declining function; after family "
                              "meeting elected comfort care and hospice. Radiosurgery not given."),
                   ("Plan SRS_2MET_v1", "Retired 2026-07-11; patient-specific QA not performed"),
                   ("Appointments", "2026-07-13 SRS - cancelled")]),
         sig("Ignatius Pemberton-Shaw, MD 2026-07-11")],
    ], opts=dict(header=head(_c, 18, "1948-06-21")))])

# h87_19 -- pdf: conventional 30 Gy in 10 to the right acetabulum, printed on the same SBRT-style report ---------
_c = "PINEHURST VALLEY HOSPITAL - RADIATION ONCOLOGY"
add(name="h87_19", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 10, ["CT"], ["body_immobilization"]),
    lesions=[L("right acetabulum", "body", None, 30, 10)],
    categories=cats(),
    notes="Near-miss negative printed by the same system and layout as h87_13: conventional palliative 3D radiotherapy "
          "to a right acetabular metastasis, 300 cGy x 10 with daily kV, vacuum cushion, CT sim. Ten fractions: the "
          "claimed SBRT codes are inconsistent and there is no delivery code.",
    docs=[Doc("h87_19.pdf", [
        [H1("Plan Report"),
         KeyValue([("Patient", patient(19)), ("MRN", mrn(19)), ("DOB", "11/30/1950"),
                   ("Diagnosis", "Metastatic breast cancer to bone, right acetabulum (C79.51), painful, no fracture"),
                   ("Simulation", "CT 08/31/2026 3 mm, supine, lower-body vacuum cushion"),
                   ("Machine", "Gantry linac 10 MV"), ("Planning system", "PLOVER TPS 16 (invented)"),
                   ("Technique", "3D conformal, AP/PA + right lateral oblique, MLC")]),
         RuledTable([("Target", "Vol (cc)", "Rx", "Dose/fx", "Fx", "IDL", "Dmax", "Dmean", "V95"),
                     ("PTV_RAcetab", "412", "3000 cGy", "300 cGy", "10", "100% (norm. to mean)", "3160 cGy", "3000 cGy", "97.3%")]),
         RuledTable([("OAR", "Metric", "Plan", "Limit"),
                     ("Bowel bag", "V25Gy", "48 cc", "< 150 cc"),
                     ("Bladder", "Dmean", "1120 cGy", "-")]),
         P("Physics: second MU check 0.6% pass. Plan approved 09/01/2026."),
         sig("Godfrey Tallis-Ebuka, MD 09/01/2026"), sig("Noor Haddleston, MS 09/01/2026")],
        [H1("Delivery Log"),
         RuledTable([("Row", "Date", "Fx", "Event", "Dose this row", "Cumulative"),
                     ("1", "09/02/2026", "1", "kV pair, bony match", "300 cGy", "300 cGy"),
                     ("2", "09/03/2026", "2", "kV pair", "300 cGy", "600 cGy"),
                     ("3", "09/04/2026", "3", "kV pair", "300 cGy", "900 cGy"),
                     ("4", "09/08/2026", "4", "kV pair", "300 cGy", "1200 cGy"),
                     ("5", "09/09/2026", "5", "kV pair", "300 cGy", "1500 cGy"),
                     ("6", "09/10/2026", "6", "kV pair", "300 cGy", "1800 cGy"),
                     ("7", "09/11/2026", "7", "kV pair", "300 cGy", "2100 cGy"),
                     ("8", "09/14/2026", "8", "kV pair", "300 cGy", "2400 cGy"),
                     ("9", "09/15/2026", "9", "kV pair", "300 cGy", "2700 cGy"),
                     ("10", "09/16/2026", "10", "kV pair", "300 cGy", "3000 cGy")]),
         P("Course complete 09/16/2026: right acetabulum 3000 cGy in 10 fractions (palliative, conventional). Pain 7/10 -> "
           "2/10; opioid reduced."),
         sig("Godfrey Tallis-Ebuka, MD 09/16/2026")],
    ], opts=dict(header=head(_c, 19, "11/30/1950")))])

# h87_20 -- txt: key: value OIS course status, adrenal SBRT on hold before the first fraction -----------------------
add(name="h87_20", kind="text", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a key: value course-status export for a left adrenal SBRT course (40 Gy in 5 planned, plan "
          "approved, physics QA done) placed ON HOLD before fraction 1 for a hospital admission; all five sessions "
          "listed as scheduled then cancelled, 0 cGy delivered. Nothing delivered: facts empty, codes inconsistent.",
    docs=[Doc("h87_20.txt", text=f"""
*** ORBWEAVER OIS 12.1 (invented) - COURSE STATUS REPORT ***
Printed 09/25/26 10:02 by BILLING-Q (Sable Ridge Health - Radiation Oncology)

Patient             : {patient(20)}
ID                  : {mrn(20)}
DOB                 : 03/03/1962
Course              : 1  L ADRENAL SBRT
Course status       : ON HOLD (since 09/21/26)
Hold reason         : Admitted 09/20/26 with neutropenic fever; treatment deferred until discharge and MD review
Attending           : Jessamine Cardew-Oakes, MD

Prescription        : PTV_LAdrenal  800 cGy x 5 = 4000 cGy  (80% IDL)
Plan                : LADR_SBRT_5FX  APPROVED 09/17/26
Plan metrics        : PTV Dmax 5000 cGy  Dmean 4520 cGy  V100 95.1%
Simulation          : 4DCT 09/11/26, vacuum cushion, abdominal compression
Registered images   : MRI abdomen 09/10/26
Physics QA          : 2nd calc PASS 09/18/26; PSQA 99.2% PASS 09/18/26

Sessions
  #  Date      Status              Dose delivered
  1  09/22/26  CANCELLED (hold)    0 cGy
  2  09/24/26  CANCELLED (hold)    0 cGy
  3  09/26/26  SCHEDULED           -
  4  09/29/26  SCHEDULED           -
  5  10/01/26  SCHEDULED           -

Fractions delivered : 0 of 5
Dose delivered      : 0 cGy of 4000 cGy
Note                : Reschedule pending MD clearance after discharge.
{FOOT}
""")])


CORPUS = Corpus("blind_corpus87", "tests/blind_corpus87", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
