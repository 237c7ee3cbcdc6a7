"""Eighty-first blind corpus, ``tests/blind_corpus81/`` (regenerate: ``python scripts/make_corpus.py blind_corpus81``).

HELD OUT: written blind (without reading the reader's code) and never tuned to; scored once per session.

Twenty stereotactic courses as a US hospital coding office would receive them in an ordinary fortnight, by a
forty-fourth hand: about half other clinics' system printouts and exports (plan reports, per-session treatment
records, a prescription, physics checks, a CSV export and a key: value export, EHR print-outs with banners) and
half dictated or typed documents (consults, simulation and procedure notes, an on-treatment note, completion
summaries, letters). Six bundles of 2-3 files (.pdf and .txt) in which lesion names or doses change between
documents; two scanned pages (one faxed, one skewed letter); three hard negatives (a consult that only
recommends, a follow-up visit, a plan approved and never delivered) and one delivered conventional course; two
charts that contradict themselves (``review_expected``). Clinical mix: cranial radiosurgery on cobalt-60 (frame
and mask), gantry-linac and robotic-arm units (1-6 lesions, a resection cavity, a schwannoma, a meningioma, an
AVM, trigeminal neuralgia), spine SBRT (one level with hardware, two levels as re-irradiation) and body SBRT
(lung with 4DCT, liver with fiducials, prostate, oligometastases). Every clinic, clinician and system is invented.

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (dictations, exports and letters are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import BulletList, KeyValue, Paragraph, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

PATIENTS = ["VANTONGEREN, HELGA", "VELASQUEZ-ORTIZ, RAMON", "VOSKUIJLEN, PIETER", "VANDERKOLK, GERALD",
            "VIELHABER, ANNELIESE", "VOLKOVA, IRINA", "VASHCHENKO, DMYTRO", "VENTIMIGLIA, ROSALIND",
            "VILLARREAL-PONCE, ARTURO", "VOORHOEVE, MARGRIET", "VITANZA, CARMELA", "VESTERGAARD, NIELS",
            "VUKASINOVIC, MILAN", "VANTERPOOL, DELROY", "VOGELSANG, HEINRICH", "VALDIVIESO, LUCIA",
            "VERSTRAETE, JOHAN", "VAKILZADEH, SHIRIN", "VANDENBURGH, CLARISSA", "VIITANEN, OSKARI"]


def patient(n: int) -> str:
    return PATIENTS[n - 1]


def mrn(n: int) -> str:
    return f"SYN-810{n:02d}"


def head(clinic: str, n: int, dob: str, extra: str = "") -> list[str]:
    return [clinic, f"{patient(n)}   MRN {mrn(n)}   DOB {dob}" + (f"   {extra}" if extra else "")]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# System printouts and exports
# ==================================================================================================

# x81_01 -- pdf: cobalt-60 frame SRS dose-plan printout, three metastases, OAR and max doses beside Rx ----------------
_c = "HALVERSON MEMORIAL HOSPITAL - GAMMA RADIOSURGERY CENTER"
add(name="x81_01", kind="pdf", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 3, 1, ["MRI"], ["frame"]),
    lesions=[L("right frontal", "cranial", S, 20, 1), L("left cerebellar", "cranial", S, 20, 1),
             L("left parietal", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Two-page planning-system printout of a frame-based cobalt-60 SRS (three breast-cancer metastases, "
          "marginal dose to the 50% isodose; maximum doses 40 and 36 Gy in the same table; brainstem and chiasm "
          "doses below), stereotactic MRI only, frame co-ordinate check and a delivery block. All codes fit.",
    docs=[Doc("x81_01.pdf", [
        [H1("DOSE PLAN SUMMARY  -  Stereotactic Radiosurgery"),
         KeyValue([("Patient name", patient(1)), ("Patient ID", mrn(1)), ("Date of birth", "1961-08-22"),
                   ("Plan name", "VANT_SRS_0303  (status: APPROVED, DELIVERED)"),
                   ("Planning software", "CORVID DOSE 8.1 (invented)"),
                   ("Treatment unit", "Cobalt-60 multi-source radiosurgery unit, 192 sources, collimators 4 / 8 / 16 mm"),
                   ("Fixation", "Stereotactic head frame, 4 pins (placed 03/03/2026 06:55)"),
                   ("Image studies", "MR 3D T1 post-gadolinium 1.0 mm, stereotactic (frame localizer), 03/03/2026; registration mean error 0.3 mm"),
                   ("Diagnosis", "C79.31 brain metastases; primary breast ca (C50.411), ER+/HER2-"),
                   ("Physicians", "Oriana Thibodeaux, MD (Rad Onc); Lucius Okwuosa, MD (Neurosurgery)")]),
         H2("Targets"),
         RuledTable([("Target", "Location", "Volume (cm3)", "Max diam (mm)", "Presc. dose (Gy)", "Presc. isodose", "Max dose (Gy)", "Coverage", "Shots"),
                     ("1", "Right frontal", "0.94", "13", "20.0", "50%", "40.0", "98%", "5"),
                     ("2", "Left cerebellar", "0.41", "9", "20.0", "50%", "40.0", "99%", "3"),
                     ("3", "Left parietal", "2.86", "21", "18.0", "50%", "36.0", "97%", "10")],
                    widths=(38, 76, 48, 46, 52, 52, 46, 54, 40)),
         P("Selectivity / gradient index: T1 0.82 / 2.71; T2 0.79 / 2.88; T3 0.84 / 2.64."),
         H2("Risk structures"),
         TextTable([("Structure", "Max dose (Gy)", "Volume > 12 Gy"),
                    ("Brainstem", "6.2", "0.00 cm3"), ("Optic chiasm", "1.4", "0.00 cm3"),
                    ("Optic nerve L / R", "0.9 / 1.1", "0.00 cm3"), ("Brain (excl. targets)", "n/a", "5.3 cm3")],
                   columns=(0, 200, 320))],
        [H2("Treatment record"),
         KeyValue([("Session", "1 of 1, 03/03/2026"),
                   ("Co-ordinate check", "X/Y/Z of all 18 shots verified against frame by physicist before start; frame adapter and gamma angle 90 deg checked"),
                   ("Independent check", "Treatment time recalculated with second algorithm, max deviation 0.9%"),
                   ("Beam-on", "09:41 - 10:33 (51.6 min), no interruption"),
                   ("Delivered", "Target 1 20.0 Gy, Target 2 20.0 Gy, Target 3 18.0 Gy at the 50% isodose"),
                   ("Frame removal", "10:48, pin sites clean")]),
         P("Source decay correction applied (source activity on treatment date per calibration 02/27/2026)."),
         sig("Benedikt Sauerwein, PhD, Medical Physicist 03/03/2026 10:52"),
         sig("Oriana Thibodeaux, MD, Radiation Oncology 03/03/2026 11:05"),
         sig("Lucius Okwuosa, MD, Neurosurgery 03/03/2026 11:20")],
    ], opts=dict(header=[_c, "CORVID DOSE 8.1 (invented)  -  printed 03/03/2026 11:24"], page_numbers="page {n}/{total}"))])

# x81_02 -- text: CSV export of a record-and-verify system, lung SBRT 54 Gy / 3 fx --------------------------------------
add(name="x81_02", kind="export", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT"], ["body_immobilization"]),
    lesions=[L("right lower lobe", "body", None, 54, 3)],
    categories=cats(),
    notes="Record-and-verify CSV export received as a text file: course header (4DCT simulation in a vacuum "
          "cushion, ITV/PTV, two VMAT arcs, 54 Gy in 3 at 1800 cGy), three delivery rows in cGy with cumulative "
          "column and CBCT shifts, a spinal-cord reference point row and a course-total line. Gantry linac.",
    docs=[Doc("x81_02.txt", text=f"""
# LEDGERLINE R&V 4.2 (invented) - Course export (CSV)
# Exported 2026-03-06 14:02 by HIM-interface; destination: Patient Financial Services / Coding
# Facility: Rosslyn Point Regional Cancer Center, Radiation Oncology
# Patient: {patient(2)};MRN: {mrn(2)};DOB: 1950-12-04;Sex: M
# Course: C1 LUNG SBRT;Intent: Curative;Status: COMPLETED;Attending: Tobias Nakamura-Reyes MD
# Diagnosis: C34.31 Malignant neoplasm of lower lobe, right bronchus or lung (T1cN0M0, biopsy-proven adenocarcinoma)
# Simulation: 2026-02-17 CT4D 10-phase 2.0 mm, free breathing, arms up on wingboard, vacuum cushion (indexed);ITV from MIP + all phases
# Machine: LA-3 (6 MV FFF gantry linac, 120-leaf MLC)
# Plan: RLL_SBRT_v1;Technique: VMAT 2 partial arcs (181-30 CW / 30-181 CCW);Approved 2026-02-24 T.N.;Physics check 2026-02-25 G.Oyelaran (2nd calc -1.2%, arc QA 99.6% 3%/1mm)
# Prescription: PTV_RLL 5400 cGy in 3 fx (1800 cGy/fx) to 80% IDL; GTV 2.1 cm; Mon/Wed/Fri
section,date,fx,plan,field,MU,dose_cGy,cum_cGy,IGRT,shift_vrt_cm,shift_lng_cm,shift_lat_cm,approved_by,therapists
TX,2026-02-27,1,RLL_SBRT_v1,ARC1+ARC2,4712,1800,1800,CBCT pre + CBCT mid,-0.3,0.4,0.1,TNR,KS/MD
TX,2026-03-02,2,RLL_SBRT_v1,ARC1+ARC2,4712,1800,3600,CBCT pre,-0.1,0.2,0.0,TNR,KS/JW
TX,2026-03-04,3,RLL_SBRT_v1,ARC1+ARC2,4712,1800,5400,CBCT pre + CBCT mid,0.2,-0.3,0.1,TNR,KS/MD
REFPT,2026-03-04,3,RLL_SBRT_v1,CORD_REF,,212,636,,,,,,
TOTAL,2026-03-04,3 of 3,PTV_RLL,,,5400,5400,,,,,,
NOTE,2026-03-04,,,,,,,"Course completed as prescribed. No breaks. Final review: T. Nakamura-Reyes MD, e-signed 2026-03-05 08:12",,,,,
# end of export (24 lines)
""")])

# x81_03 -- bundle (3 files): spine SBRT T12 with posterior hardware; Rx v1 27 Gy/3 superseded by 24 Gy/2 ---------------
_c = "ST. ANSGAR UNIVERSITY MEDICAL CENTER - RADIATION ONCOLOGY"
add(name="x81_03", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T12", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Three-file bundle of printouts: the first prescription (27 Gy in 3, signed, later superseded), the "
          "approved plan summary (24 Gy in 2 after the cord constraint; T11-L1 posterior rods and screws, CT "
          "myelogram and MRI fused, full-body vacuum cushion, stereoscopic x-ray and CBCT) and the delivery record "
          "export (two fractions under the structure name PTV_T12). One spinal level; the instrumented levels are "
          "hardware, not targets.",
    docs=[
        Doc("1_prescription_v1.pdf", [[
            H1("RADIATION PRESCRIPTION"),
            KeyValue([("Patient", f"{patient(3)}   {mrn(3)}   DOB 05/30/1957"), ("Version", "1"),
                      ("Diagnosis", "C79.51 secondary malignant neoplasm of bone (T12); primary clear-cell RCC (C64.2)"),
                      ("Site", "T12 vertebral body and left pedicle (SINS 9)"),
                      ("Technique", "SBRT, VMAT, image guided"),
                      ("Dose", "27 Gy in 3 fractions, 9 Gy per fraction"),
                      ("Schedule", "every other day"),
                      ("Constraints", "Spinal cord Dmax < 20.3 Gy; cauda n/a; esophagus D5cc < 17.7 Gy"),
                      ("Prior RT to region", "None")]),
            P("Post-operative: T11-L1 posterior instrumentation (pedicle screws and rods) on 12/08/2025 for instability; "
              "separation surgery not required. Simulation with CT myelogram because of hardware artifact on MRI."),
            sig("Margarethe Oyelowo-Brandt, MD 02/09/2026"),
        ]], opts=dict(header=head(_c, 3, "05/30/1957"))),
        Doc("2_plan_summary.pdf", [[
            H1("SBRT Plan Summary  -  APPROVED"),
            KeyValue([("Patient", f"{patient(3)}   {mrn(3)}"), ("Plan", "T12_SBRT_2fx  (supersedes Rx v1)"),
                      ("Prescription (v2)", "24 Gy in 2 fractions, 12 Gy/fx, to PTV_T12 (D90 >= 100%)"),
                      ("Reason for change", "cord Dmax could not be held under 20.3 Gy/3 fx with the PTV abutting the canal; 2-fraction schedule per departmental spine protocol"),
                      ("Planning images", "CT simulation 02/11/2026 1.25 mm; CT myelogram 02/11/2026; MRI T-spine T1/T2 02/05/2026 (screw artifact, used for bone/epidural extent)"),
                      ("Registration", "Rigid, vertebral-body ROI T11-L1, reviewed MD"),
                      ("Immobilization", "Full-body vacuum cushion with wrap, arms on chest"),
                      ("Machine", "10 MV FFF gantry linac, 2.5 mm MLC, 6DoF couch"),
                      ("Beams", "2 full VMAT arcs, single isocenter at T12"),
                      ("Planning system", "ARGENT TPS 15 (invented)")]),
            RuledTable([("Structure", "Metric", "Goal", "Achieved"),
                        ("PTV_T12", "D90%", ">= 24 Gy", "24.1 Gy"),
                        ("GTV_T12", "Dmin", "report", "21.9 Gy"),
                        ("SpinalCord (myelo)", "D0.035cc", "< 17 Gy", "15.8 Gy"),
                        ("Esophagus", "D0.035cc", "< 25 Gy", "17.4 Gy"),
                        ("Kidney_L", "Dmean", "< 6 Gy", "2.2 Gy")]),
            P("Physics: independent MU calculation within 1.6%; patient-specific QA (diode array) 98.9% passing 2%/2 mm, "
              "02/18/2026."),
            sig("Anselm Kruger-Mbeki, MS, DABR 02/18/2026"), sig("Margarethe Oyelowo-Brandt, MD 02/18/2026"),
        ]], opts=dict(header=head(_c + "  |  Medical Physics", 3, "05/30/1957"))),
        Doc("3_delivery_record.txt", text=f"""
ST. ANSGAR UMC  RADIATION ONCOLOGY  -  TREATMENT DELIVERY RECORD (export)
Patient: {patient(3)}    MRN: {mrn(3)}    Course: SPINE T12    Plan: T12_SBRT_2fx
Rx: PTV_T12  2400 cGy / 2 fx   (1200 cGy/fx)

Fx  Date        Setup images                                   Correction (mm / deg)          Dose   Cum    By
1   02/20/2026  stereoscopic kV x2, CBCT; MD review at console  1.4/0.8/-0.6 ; pitch 0.7 roll 0.4   1200   1200   MOB / RT: ES, DH
2   02/23/2026  stereoscopic kV x2, CBCT; MD review at console  0.6/-0.2/0.3 ; pitch 0.2 roll 0.3   1200   2400   MOB / RT: ES, KP

Intrafraction stereoscopic x-ray between arcs both days, within 1 mm / 1 deg.
Course status: COMPLETE  2/2 fractions   PTV_T12 total 2400 cGy
Record closed 02/23/2026 16:40 by M. Oyelowo-Brandt, MD
{FOOT}
"""),
    ])

# x81_04 -- pdf: robotic-arm linac prostate SBRT, per-session log with fiducial tracking --------------------------------
_c = "CLEARWATER PLAINS CANCER INSTITUTE - ROBOTIC RADIOSURGERY"
add(name="x81_04", kind="pdf", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Robotic-arm linac treatment-record printout for prostate SBRT, 36.25 Gy in 5 fractions (7.25 Gy per "
          "fraction) to the prostate and proximal seminal vesicles, four gold fiducials and a hydrogel spacer, CT "
          "and MRI fused; per-session log with beam counts, fiducial tracking and corrections; rectum, bladder and "
          "urethra doses. Robotic codes fit.",
    docs=[Doc("x81_04.pdf", [
        [H1("Treatment Course Report"),
         KeyValue([("Patient", f"{patient(4)}     ID {mrn(4)}     DOB 1953-01-17"),
                   ("Diagnosis", "C61 adenocarcinoma of prostate, Gleason 3+4=7 (grade group 2), PSA 7.9, cT2a; NCCN favorable intermediate risk"),
                   ("System", "Robotic-arm mounted 6 MV linac with orthogonal kV imaging (unit RR-2)"),
                   ("Treatment planning", "SEQUOIA PLAN 3 (invented); 188 non-isocentric beams, 12 nodes, variable collimator"),
                   ("Fiducials", "4 gold markers placed transperineally 01/26/2026 (urology); hydrogel rectal spacer same day"),
                   ("Planning imaging", "CT 1.5 mm 02/06/2026 and MRI pelvis T2 axial 02/06/2026, registered on fiducials"),
                   ("Tracking", "Fiducial tracking, 6D correction, image interval 30-45 s"),
                   ("Prescription", "3625 cGy in 5 fractions (725 cGy/fx) to PTV (prostate + proximal 1 cm SV + 3 mm, 2 mm post.) at the 77% isodose line"),
                   ("Plan approval", "02/13/2026 R. Castellanos-Whitby, MD; physics second check and phantom QA 02/13/2026 (gamma 97.8%)")]),
         H2("Dose-volume summary"),
         RuledTable([("Structure", "Objective", "Result"),
                     ("PTV", "V3625 >= 95%", "96.3%"),
                     ("Rectum", "V36Gy < 1 cc", "0.31 cc"),
                     ("Bladder", "V37Gy < 10 cc", "3.9 cc"),
                     ("Urethra (PRV)", "Dmax < 38.5 Gy", "37.9 Gy"),
                     ("Femoral heads", "V20Gy < 10%", "0%")])],
        [H2("Session log"),
         RuledTable([("Fx", "Date", "Plan", "Beams", "MU", "Images", "Mean corr. (mm)", "Fx dose (cGy)", "Cum. (cGy)", "Staff"),
                     ("1", "02/16/2026", "PROS_36_25", "188", "27,904", "61", "1.2", "725", "725", "RW / AL"),
                     ("2", "02/18/2026", "PROS_36_25", "188", "27,904", "58", "0.9", "725", "1450", "RW / JT"),
                     ("3", "02/20/2026", "PROS_36_25", "188", "27,904", "66", "1.6", "725", "2175", "RW / AL"),
                     ("4", "02/23/2026", "PROS_36_25", "188", "27,904", "55", "0.8", "725", "2900", "RW / AL"),
                     ("5", "02/25/2026", "PROS_36_25", "188", "27,904", "60", "1.1", "725", "3625", "RW / JT")],
                    widths=(24, 66, 72, 40, 48, 46, 50, 48, 48, 52)),
         P("Fiducial tracking all fractions; one fiducial (left apex) excluded from 6D solution from fx 2 (migration 2 mm), "
           "three-marker solution rigid-body error < 0.5 mm. Sessions 38-47 min."),
         KeyValue([("Course status", "Completed 02/25/2026, 5 of 5 fractions, 3625 cGy"),
                   ("Reviewed", "R. Castellanos-Whitby, MD 02/26/2026; Dagny Halvorsen-Ueda, MS 02/26/2026")])],
    ], opts=dict(header=[_c, f"{patient(4)}   {mrn(4)}   Course 1 PROSTATE SBRT"], page_numbers="Page {n} of {total}"))])

# x81_05 -- pdf: EHR print-out with banners, fSRS cavity + intact metastasis, earlier SRS course quoted -----------------
_c = "MERIDIAN HEALTH SYSTEM"
_banner = [f"{_c}  |  EPIPHANY CHART (invented)  |  PRINTED 03/09/2026 13:17  |  HIM-CODING",
           f"{patient(5)}  |  MRN {mrn(5)}  |  DOB 10/14/1968  |  F  |  Enc: HOV 03/06/2026  |  Allergies: sulfa"]
add(name="x81_05", kind="ehr_print", codes=["77373", "77435", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal resection cavity", "cranial", S, 30, 5), L("right parietal", "cranial", S, 25, 5)],
    categories=cats(),
    notes="EHR print-out (banner on every page, vitals and medication list around the note): five-fraction linac "
          "SRS to a 2.9 cm left frontal resection cavity (30 Gy) and a 1.7 cm intact right parietal metastasis "
          "(25 Gy), mask, CT + MRI, CBCT and surface guidance. An earlier course (left occipital 20 Gy x 1, "
          "09/2024) is quoted in the history and is not part of this course.",
    docs=[Doc("x81_05.pdf", [
        [Paragraph("Radiation Oncology - Treatment Summary (Final)", bold=True),
         KeyValue([("Author", "Felipe Anand-Kowalski, MD"), ("Service", "Radiation Oncology"),
                   ("Date of service", "03/06/2026"), ("Status", "Signed"), ("Cosigner", "n/a")]),
         P("Vitals (03/06/2026 09:02): BP 128/76, HR 74, T 36.7 C, SpO2 98% RA, Wt 71.4 kg. Pain 1/10."),
         P("DIAGNOSIS: Metastatic non-small cell lung cancer (adenocarcinoma, ALK-rearranged) to brain. C79.31, C34.12."),
         P("RADIATION HISTORY: 09/2024 single-fraction SRS left occipital metastasis 20 Gy x 1 (this institution), "
           "complete response. No whole-brain RT."),
         P("HISTORY: New symptomatic left frontal metastasis 3.4 cm on MRI 01/06/2026, resected 01/20/2026 (Dr. Pelletier, "
           "gross total). Post-operative MRI 02/02/2026 also showed a new 1.7 cm right parietal metastasis. Referred for "
           "post-operative cavity SRS and treatment of the intact lesion. KPS 90. On alectinib."),
         P("SIMULATION / PLANNING: CT simulation 02/05/2026 (1 mm) in an open-face thermoplastic mask; volumetric MRI "
           "02/04/2026 T1 post-contrast fused. Targets: left frontal resection cavity (CTV = cavity + 2 mm along the "
           "surgical corridor and dura, max dimension 2.9 cm), PTV +1 mm; right parietal GTV 1.7 cm, PTV +1 mm. Single "
           "isocenter, 4 non-coplanar VMAT arcs, HD MLC, 6 MV FFF. Dose-volume histograms reviewed; brain V20Gy(5fx) 18.4 "
           "cc, brainstem Dmax 4.0 Gy, chiasm Dmax 3.1 Gy."),
         RuledTable([("Target", "Dose / fractions", "Dates", "Delivered"),
                     ("L frontal cavity (PTV_cav)", "30 Gy / 5 (6 Gy/fx)", "02/23 - 03/02/2026", "30 Gy / 5"),
                     ("R parietal (PTV_RPar)", "25 Gy / 5 (5 Gy/fx)", "02/23 - 03/02/2026", "25 Gy / 5")])],
        [P("TREATMENT DELIVERY: Five consecutive weekday fractions on the gantry linac 02/23, 02/24, 02/25, 02/26 and "
           "03/02/2026 (02/27 held for a machine service day). Daily cone-beam CT with 6 degree-of-freedom correction "
           "reviewed by the physician before each fraction; surface-guided intrafraction monitoring. Patient-specific "
           "QA passed 02/19/2026 (physics, H. Szabo-Lindqvist)."),
         P("TOLERANCE: Mild fatigue, grade 1 alopecia over the cavity site anticipated. No seizures. No steroids required."),
         P("PLAN: MRI brain 6 weeks after completion, then every 2-3 months. Continue alectinib (Dr. Quayle)."),
         H2("Medications (as of 03/06/2026)"),
         BulletList(["alectinib 600 mg PO BID", "levetiracetam 500 mg PO BID", "pantoprazole 40 mg PO daily",
                     "ondansetron 4 mg PO q8h PRN nausea"]),
         sig("Felipe Anand-Kowalski, MD 03/06/2026 15:40"),
         P("--- End of note ---  Printed copy: not a legal record unless bears institution seal.")],
    ], opts=dict(header=_banner, page_numbers="Page {n} of {total}  |  CONFIDENTIAL"))])

# x81_06 -- text: key: value export, oligometastatic colorectal cancer, adrenal + iliac SBRT -------------------------------
add(name="x81_06", kind="export", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right adrenal", "body", None, 40, 5), L("left iliac bone", "body", None, 35, 5)],
    categories=cats(),
    notes="Key: value course export (one field a line) for oligometastatic sigmoid cancer: right adrenal 40 Gy in 5 "
          "and left iliac bone 35 Gy in 5, treated the same five days on a gantry linac; planning CT with PET-CT "
          "fused, vacuum cushion, daily CBCT; OAR metrics (duodenum, bowel, kidney) and a prior colectomy in the "
          "history; per-target delivered lines in cGy.",
    docs=[Doc("x81_06.txt", text=f"""
==== COURSE SUMMARY EXPORT ====
system: HELIOTROPE ONCOLOGY INFORMATION SYSTEM 9 (invented)
facility: Birchmont Valley Hospital Radiation Oncology
export_time: 2026-03-10T07:45:11
patient_name: {patient(6)}
mrn: {mrn(6)}
dob: 1966-02-09
attending: Solveig Achterberg, MD
course_id: 2
course_name: OLIGO SBRT ADR+ILIAC
course_intent: curative (oligometastatic, 2 sites)
course_status: completed
diagnosis_1: C18.7 malignant neoplasm of sigmoid colon (s/p sigmoid colectomy 2024, FOLFOX x 12)
diagnosis_2: C79.71 secondary malignant neoplasm of right adrenal gland
diagnosis_3: C79.51 secondary malignant neoplasm of bone (left iliac wing)
performance_status: ECOG 0
prior_rt: none
sim_date: 2026-02-12
sim_type: CT simulation 2 mm with IV contrast, exhale breath-hold scan + free-breathing scan
sim_immobilization: vacuum cushion (full body), arms up
registered_images: PET-CT (FDG) 2026-02-03 fused to sim CT for GTV delineation of both sites
planning_system: TAMARIND PLANNER 12 (invented)
plan_1: ADR_R_SBRT  VMAT 2 arcs  6 MV FFF  target PTV_ADR_R
plan_2: ILIAC_L_SBRT  VMAT 2 arcs  10 MV FFF  target PTV_ILIAC_L
rx_1: PTV_ADR_R 4000 cGy / 5 fx (800 cGy/fx), 95% of PTV covered by Rx
rx_2: PTV_ILIAC_L 3500 cGy / 5 fx (700 cGy/fx), 95% of PTV covered by Rx
oar_duodenum_D0.5cc: 2410 cGy (limit 3000)
oar_bowel_D0.5cc: 1980 cGy (limit 3000)
oar_kidney_R_Dmean: 690 cGy (limit 1000)
oar_liver_700cc: 1180 cGy (limit 2100)
physics_check: 2026-02-19 second calc both plans within 2%; PSQA 99.1% / 98.7%
igrt: CBCT before each fraction, both plans; online match, MD approval of shifts
fx_dates: 2026-02-23, 2026-02-25, 2026-02-27, 2026-03-02, 2026-03-04
fractions_delivered: 5 of 5
delivered_1: PTV_ADR_R 4000 cGy in 5 fx (complete)
delivered_2: PTV_ILIAC_L 3500 cGy in 5 fx (complete)
breaks: none
toxicity: grade 1 nausea after fx 2 (ondansetron); no other
follow_up: CT chest/abdomen/pelvis and CEA in 8 weeks; clinic visit 2026-04-29
signed: Solveig Achterberg, MD 2026-03-05 17:20
physicist: Cornelis Obadiah-Fenn, MS 2026-03-05
==== END ====
{FOOT}
""")])

# x81_07 -- bundle (3 files): cobalt-60 unit with mask, three fractions, two metastases (one 3.8 cm); 77371 claimed ------
_c = "KESWICK RIDGE NEUROSCIENCE CENTER"
add(name="x81_07", kind="bundle", codes=["77371", "77432", "61798", "61797"],
    facts=F("cobalt60", ["cranial"], 2, 3, ["MRI"], ["mask"]),
    lesions=[L("right temporal", "cranial", C, 27, 3), L("left frontal", "cranial", S, 24, 3)],
    categories=cats(),
    notes="Three-file bundle of printouts from a cobalt-60 unit used frameless: a plan report (PTV1 right temporal "
          "3.8 cm, 27 Gy in 3 to the 50% isodose; PTV2 left frontal 8 mm, 24 Gy in 3), the physicist's second "
          "check (names change to 'Target 1/2') and a fraction log text file (names 'R temporal'/'L frontal', 900 "
          "and 800 cGy per fraction). Thermoplastic mask, planning MRI only; the cone-beam CT is the stereotactic "
          "reference at the unit, not planning imaging. 3.8 cm is complex by size. The office claimed the "
          "single-session cobalt-60 pair (77371/77432) for a three-fraction course: both inconsistent (77373/77435).",
    docs=[
        Doc("1_plan_report.pdf", [[
            H1("Fractionated Radiosurgery - Treatment Plan Report"),
            KeyValue([("Patient", f"{patient(7)}   {mrn(7)}   DOB 03/03/1949"),
                      ("Unit", "Cobalt-60 radiosurgery unit with integrated cone-beam CT and infrared motion management"),
                      ("Fixation", "Thermoplastic mask (frameless) with nose marker; mask made 02/24/2026"),
                      ("Stereotactic reference", "Reference CBCT 02/24/2026 (defines stereotactic space)"),
                      ("Planning MRI", "MR T1 MPRAGE post-gad 1 mm and T2 FLAIR, 02/23/2026, co-registered to reference CBCT"),
                      ("Planning system", "CORVID DOSE 8.1 (invented)"),
                      ("Diagnosis", "C79.31; melanoma of skin of back (C43.59)")]),
            RuledTable([("Target", "Description", "Vol (cm3)", "Max diam", "Rx / fx", "Fx", "Total", "Isodose", "Shots"),
                        ("PTV1", "R temporal lobe metastasis", "14.8", "38 mm", "9.0 Gy", "3", "27.0 Gy", "50%", "31"),
                        ("PTV2", "L frontal metastasis", "0.22", "8 mm", "8.0 Gy", "3", "24.0 Gy", "50%", "2")]),
            TextTable([("OAR", "Total max (3 fx)"), ("Brainstem", "14.6 Gy"), ("Optic chiasm", "4.2 Gy"),
                       ("R optic nerve", "3.9 Gy"), ("Brain V18Gy(3fx)", "22.1 cm3")], columns=(0, 200)),
            P("Schedule: 3 fractions, 02/25, 02/27, 03/02/2026. Max tolerated motion 1.5 mm (gating threshold)."),
            sig("Ilse Marchetti-Dunn, MD, Radiation Oncology 02/24/2026"),
            sig("Quentin Abernathy-Loy, MD, Neurosurgery 02/24/2026"),
        ]], opts=dict(header=head(_c + "  -  Radiosurgery", 7, "03/03/1949"))),
        Doc("2_physics_second_check.pdf", [[
            H1("Physics Second Check - Fractionated Radiosurgery"),
            KeyValue([("Patient / ID", f"{patient(7)} / {mrn(7)}"), ("Plan", "VASH_HFX_3"),
                      ("Checked by", "Tamsin Ekwueme, PhD, DABR"), ("Date", "02/25/2026 07:15")]),
            RuledTable([("Item", "Target 1", "Target 2", "Result"),
                        ("Dose per fraction (planned)", "9.0 Gy", "8.0 Gy", "matches Rx"),
                        ("Treatment time, TPS vs independent calc", "22.4 / 22.0 min", "1.9 / 1.9 min", "within 2%"),
                        ("Shot coordinates (stereotactic space)", "31 shots", "2 shots", "verified"),
                        ("Mask/CBCT registration", "ref CBCT 02/24", "ref CBCT 02/24", "OK")]),
            P("Daily: pre-treatment CBCT registered to reference, plan adapted to the day's position (shot positions "
              "recomputed); motion management threshold 1.5 mm. Output check of unit performed 02/25/2026 06:40."),
            sig("Tamsin Ekwueme, PhD 02/25/2026"),
        ]], opts=dict(header=head(_c + "  -  Physics", 7, "03/03/1949"))),
        Doc("3_fraction_log.txt", text=f"""
KESWICK RIDGE NEUROSCIENCE CENTER  -  RADIOSURGERY FRACTION LOG
{patient(7)}   {mrn(7)}   Plan VASH_HFX_3

Date        Fx   CBCT reg (mm)   Motion events   R temporal (cGy)   L frontal (cGy)   Beam-on (min)   Signed
02/25/2026  1/3  0.6             0               900                800               25.1            IMD / TE
02/27/2026  2/3  0.9             2 (paused, resumed <1.5 mm)  900   800               27.6            IMD / TE
03/02/2026  3/3  0.4             0               900                800               24.8            IMD / TE

Totals: R temporal 2700 cGy / 3 fx; L frontal 2400 cGy / 3 fx.  Course complete 03/02/2026.
Steroids: dexamethasone 4 mg on treatment days, taper per Dr. Marchetti-Dunn.
{FOOT}
"""),
    ])

# x81_08 -- scan (faxed): cobalt-60 frame radiosurgery for trigeminal neuralgia ------------------------------------------
_c = "LAKESHORE PAIN AND NEUROSURGERY INSTITUTE"
add(name="x81_08", kind="scan", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Faxed (image-only, speckled) one-page radiosurgery procedure form: right trigeminal neuralgia, one 4 mm "
          "shot, 80 Gy maximum dose at the 100% isodose to the cisternal trigeminal nerve, brainstem surface dose "
          "beside it, frame under local anaesthesia, stereotactic MRI (CISS + T1), co-ordinate check. A functional "
          "target is complex; prior microvascular decompression in the history.",
    docs=[Doc("x81_08.pdf", [[
        Paragraph("RADIOSURGERY PROCEDURE RECORD - FUNCTIONAL", bold=True),
        KeyValue([("Patient", patient(8)), ("MRN", mrn(8)), ("DOB", "09/12/1947"), ("Date of procedure", "03/05/2026"),
                  ("Indication", "Right trigeminal neuralgia, V2-V3, type 1 (G50.0); failed carbamazepine, oxcarbazepine, baclofen; "
                                 "recurrence 2 years after microvascular decompression (2019)"),
                  ("Unit", "Cobalt-60 multi-source radiosurgery unit"),
                  ("Frame", "Stereotactic head frame applied 07:10 under local anesthesia (lidocaine/bupivacaine), 4 pins"),
                  ("Imaging", "Stereotactic MRI 03/05/2026: 3D CISS 0.6 mm and T1 post-contrast 1 mm"),
                  ("Target", "Right trigeminal nerve, cisternal segment, 7 mm anterior to the root entry zone"),
                  ("Plan", "One 4 mm shot; 80 Gy maximum dose (100% isodose); brainstem surface 12.5 Gy (15% isodose)"),
                  ("Verification", "Frame co-ordinates X/Y/Z and gamma angle checked against plan by physicist; time recalculated"),
                  ("Delivery", "Single session, 10:02-10:58, complete")]),
        P("Frame removed at 11:10, small pin-site ooze controlled with pressure. Discharged home with daughter. Continue "
          "carbamazepine at current dose; taper only after pain relief, expected 4-8 weeks. Telephone call at 4 weeks, "
          "clinic visit at 3 months."),
        sig("Horatio Mbatha-Lindgren, MD, Neurosurgery 03/05/2026"),
        sig("Celestine Park-Arbuthnot, MD, Radiation Oncology 03/05/2026"),
        sig("Wendell Yoshimura, MS, Physics 03/05/2026"),
        P("This facsimile may contain PHI. If you are not the intended recipient, notify the sender at 555-0133."),
    ]], opts=dict(header=["MAR-09-2026 10:12  FROM: LAKESHORE PAIN & NEUROSURG  5550133   TO: HIM CODING 5550190   P. 1/1",
                          _c], page_numbers=None, scan=True, scan_dpi=150, scan_noise=12.0))])

# x81_09 -- pdf: hard negative, lung SBRT plan approved, course cancelled before the first fraction -----------------------
_c = "ROSSLYN POINT REGIONAL CANCER CENTER"
add(name="x81_09", kind="pdf", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a plan-approval printout for left upper lobe SBRT (50 Gy in 5, 4DCT in a vacuum cushion, "
          "VMAT, OAR table, physicist and physician signatures, five scheduled dates) followed by the course status "
          "page: cancelled, 0 of 5 fractions delivered (admitted with a COPD exacerbation; re-simulation needed if "
          "resumed). Nothing was delivered.",
    docs=[Doc("x81_09.pdf", [
        [H1("Plan Approval Report"),
         KeyValue([("Patient", f"{patient(9)}   {mrn(9)}   DOB 11/21/1944"),
                   ("Course / plan", "C1 LUNG SBRT / LUL_SBRT_50_5"),
                   ("Diagnosis", "C34.12 NSCLC left upper lobe, squamous, cT1bN0M0; medically inoperable (FEV1 38%)"),
                   ("Simulation", "02/20/2026 4DCT, vacuum cushion, arms up"),
                   ("Prescription", "PTV_LUL 50 Gy in 5 fractions (10 Gy/fx), every other day"),
                   ("Technique", "VMAT 2 arcs, 6 MV FFF, CBCT before each fraction planned"),
                   ("Planning system", "TAMARIND PLANNER 12 (invented)")]),
         RuledTable([("Structure", "Constraint", "Plan"), ("PTV_LUL", "V100% >= 95%", "95.8%"),
                     ("Chest wall", "V30Gy < 30 cc", "12.4 cc"), ("Lungs - ITV", "V20Gy < 10%", "5.1%"),
                     ("Spinal cord", "Dmax < 28 Gy", "11.0 Gy"), ("Esophagus", "Dmax < 35 Gy", "14.2 Gy")]),
         KeyValue([("Physician approval", "Tobias Nakamura-Reyes, MD  02/27/2026 16:05"),
                   ("Physics plan check", "Greer Oyelaran, MS  02/27/2026 17:30 (second calc -0.8%)"),
                   ("Scheduled", "03/03, 03/05, 03/09, 03/11, 03/13/2026")])],
        [H1("Course Status"),
         KeyValue([("Course", "C1 LUNG SBRT"), ("Status", "CANCELLED - not treated"),
                   ("Fractions delivered", "0 of 5"), ("Dose delivered", "0 cGy"),
                   ("Status changed", "03/03/2026 08:10 by T. Nakamura-Reyes, MD")]),
         P("Reason: patient admitted 03/02/2026 overnight with COPD exacerbation and hypoxia (on 4 L O2). Treatment "
           "cancelled. If he recovers and still wishes to proceed, a new 4DCT simulation and plan will be required; the "
           "current plan is retired. All scheduled appointments removed."),
         sig("Tobias Nakamura-Reyes, MD 03/03/2026")],
    ], opts=dict(header=[_c + "  -  Radiation Oncology", "LEDGERLINE R&V 4.2 (invented)   report printed 03/09/2026"]))])

# x81_10 -- pdf: linac SRS summary printout, two metastases; closing sentence gives both 20 Gy (table 18 / 20) ----------
_c = "PINECREST COMMUNITY HOSPITAL - CANCER CARE"
add(name="x81_10", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right occipital", "cranial", S, 20, 1), L("left cerebellar", "cranial", S, 18, 1)],
    categories=cats(),
    contradiction="The physician's closing comment says both lesions received 20 Gy, while the prescription and the delivered-dose table give the left cerebellar lesion 18 Gy.",
    notes="Treatment-summary printout of a single-fraction gantry-linac SRS to two metastases (right occipital 20 Gy, "
          "left cerebellar 2.4 cm 18 Gy), mask, CT + MRI, CBCT and kV pair, prescription and delivered tables in "
          "cGy; the physician's free-text closing comment says 'both lesions received 20 Gy'. Gold follows the "
          "prescription and delivery table.",
    docs=[Doc("x81_10.pdf", [[
        H1("Stereotactic Radiosurgery - Treatment Summary"),
        KeyValue([("Patient", patient(10)), ("MRN", mrn(10)), ("DOB", "06/06/1959"),
                  ("Physician", "Augustin Ferreira-Hale, MD"), ("Diagnosis", "C79.31 brain metastases; C56.9 ovarian carcinoma"),
                  ("Machine", "6 MV SRS-capable gantry linac (LA-1), high-definition MLC"),
                  ("Immobilization", "SRS thermoplastic mask, 3-point"),
                  ("Imaging for planning", "CT sim 02/26/2026 1 mm; MRI brain T1 post-gad 1 mm 02/25/2026, fused"),
                  ("Plan", "2 isocenters, 6 dynamic conformal arcs (3 per isocenter); PLOVER TPS 7 (invented)"),
                  ("Treatment date", "03/04/2026, fraction 1 of 1")]),
        H2("Prescription"),
        RuledTable([("Target", "Size", "Dose (cGy)", "Fx", "Isodose", "PTV margin"),
                    ("PTV_ROcc (right occipital)", "1.2 cm", "2000", "1", "80%", "1 mm"),
                    ("PTV_LCbm (left cerebellar)", "2.4 cm", "1800", "1", "80%", "1 mm")]),
        H2("Delivered"),
        RuledTable([("Target", "Delivered (cGy)", "Fx", "IGRT", "Status"),
                    ("PTV_ROcc", "2000", "1", "CBCT + kV pair", "Complete"),
                    ("PTV_LCbm", "1800", "1", "CBCT + kV pair", "Complete")]),
        P("Brainstem D0.03cc 8.7 Gy; cochlea L mean 1.9 Gy; normal brain V12Gy 6.8 cc. Second MU calculation within 2.2%; "
          "end-to-end QA for LA-1 02/2026 current."),
        Paragraph("Physician comment:", bold=True),
        P("Treatment delivered as planned without incident; both lesions received 20 Gy in a single fraction. Tolerated "
          "well. MRI in 2 months. Return to Dr. Sorensen (gyn onc) for systemic therapy."),
        sig("Augustin Ferreira-Hale, MD 03/04/2026 17:02"),
    ]], opts=dict(header=[_c + "  -  Radiation Oncology", f"{patient(10)}  {mrn(10)}   Summary report printed 03/05/2026"]))])


# ==================================================================================================
# Dictated and typed documents
# ==================================================================================================

# x81_11 -- bundle (3 files): linac SRS, consult lists five lesions, planning MRI: one is a vessel, two new -> six ------
_c = "ASHGROVE NEUROLOGICAL & CANCER CENTER"
add(name="x81_11", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 6, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal", "cranial", S, 18, 1), L("right frontal", "cranial", S, 20, 1),
             L("left occipital", "cranial", S, 20, 1), L("right cerebellar", "cranial", S, 20, 1),
             L("left temporal", "cranial", S, 20, 1), L("right thalamus", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Three-file bundle: dictated consult (numbers in words, five lesions on the diagnostic MRI including a "
          "right parietal focus), typed planning note (thin-slice MRI: the right parietal focus is a cortical vein "
          "and is not treated; two new lesions, left temporal and right thalamus; six PTVs under structure names) "
          "and a completion summary PDF with anatomical names. Single-isocentre gantry-linac SRS in one session; "
          "thalamus is not brainstem.",
    docs=[
        Doc("1_consult_dictated.txt", text=f"""
ASHGROVE NEUROLOGICAL & CANCER CENTER - RADIATION ONCOLOGY
NEW PATIENT CONSULTATION
Patient: {patient(11)}   MRN: {mrn(11)}   DOB: 01/28/1964
Date of visit: 02/11/2026   Physician: Evander Lindqvist-Osei, MD
Referring: Dr. Margot Haverford, thoracic oncology
(dictated with speech recognition; please excuse transcription errors)

HISTORY: Ms. Vitanza is a sixty two year old woman with E G F R mutated lung adenocarcinoma diagnosed in twenty twenty four, on osimertinib, who was found to have multiple brain metastases on a surveillance M R I dated February ninth. She has mild headaches and no focal deficits. The M R I shows five enhancing lesions: left frontal two point three centimeters with moderate edema, right frontal six millimeters, right parietal four millimeters, left occipital five millimeters and right cerebellar one point one centimeters. Nothing near the optic chiasm or the brain stem.

She has had no prior brain radiation. Extracranial disease is stable on the last C T from January.

EXAM: K P S ninety. Neuro exam non focal. Gait steady.

ASSESSMENT AND PLAN: Five brain metastases, E G F R mutant lung cancer, good performance status. We discussed whole brain radiation therapy with memantine and hippocampal avoidance versus stereotactic radiosurgery. Given five lesions, small total volume and her C N S active targeted therapy, I recommend single fraction S R S to all lesions on one isocenter. Planned dose twenty gray for the small lesions and eighteen gray for the left frontal lesion. She will have a thin slice planning M R I and a mask C T simulation next week. Any additional lesions seen on the planning M R I would be added. Consent signed. Dexamethasone two milligrams daily until treatment.

Evander Lindqvist-Osei, MD
{FOOT}
"""),
        Doc("2_planning_note.txt", text=f"""
ASHGROVE - RADIATION ONCOLOGY   SRS SIMULATION AND CONTOURING NOTE
{patient(11)}   {mrn(11)}   02/18/2026   E. Lindqvist-Osei, MD

Simulation: CT 02/18/2026, 1 mm, head in a double-shell thermoplastic SRS mask with mouthpiece. Planning MRI 02/17/2026 (3T, T1 MPRAGE post gadolinium 1 mm and T2) fused to the CT and checked at the skull base and vertex.

Review of planning MRI against the 02/09 study:
- The right parietal "lesion" (4 mm) follows a cortical vein on the thin slices and does not enhance as a nodule. NOT a target.
- NEW: left temporal 4 mm, right thalamus 5 mm (posterior thalamus; well away from the midbrain).
Contours: PTV_1 L frontal (23 mm), PTV_2 R frontal (6 mm), PTV_3 L occipital (5 mm), PTV_4 R cerebellar (11 mm), PTV_5 L temporal (4 mm), PTV_6 R thalamus (5 mm). PTV = GTV + 1 mm.
Dose: 18 Gy to PTV_1, 18 Gy to PTV_6 (deep location), 20 Gy to PTV_2, PTV_3, PTV_4, PTV_5. Single fraction, one isocenter, 5 non-coplanar VMAT arcs.
Requested treatment date 02/24/2026.
{FOOT}
"""),
        Doc("3_completion_summary.pdf", [[
            H1("Radiation Oncology Completion Summary"),
            P(f"Patient: {patient(11)}   MRN: {mrn(11)}   Treatment date: 02/24/2026 (single fraction)"),
            P("Diagnosis: Metastatic lung adenocarcinoma, EGFR exon 19 deletion, to brain (C34.90, C79.31)."),
            P("Technique: Stereotactic radiosurgery on the 6 MV FFF gantry linac, single isocenter, 5 VMAT arcs; SRS mask; "
              "CT 02/18 fused with MRI 02/17. Patient-specific QA passed 02/23/2026. On the treatment day, cone-beam CT "
              "with 6D couch correction approved by the physician, repeat CBCT after couch rotations, and surface "
              "monitoring during delivery."),
            TextTable([("Lesion", "Dose", "Fractions"), ("Left frontal", "18 Gy", "1"), ("Right frontal", "20 Gy", "1"),
                       ("Left occipital", "20 Gy", "1"), ("Right cerebellar", "20 Gy", "1"), ("Left temporal", "20 Gy", "1"),
                       ("Right thalamus", "18 Gy", "1")], columns=(0, 180, 280)),
            P("The right parietal finding on the diagnostic MRI was vascular and was not treated. Brainstem max 7.1 Gy; "
              "chiasm max 2.2 Gy; brain V12 9.4 cc."),
            P("Tolerated well. Continue osimertinib. MRI brain in 8 weeks."),
            sig("Evander Lindqvist-Osei, MD 02/26/2026"),
        ]], opts=dict(header=head(_c, 11, "01/28/1964"))),
    ])

# x81_12 -- bundle (2 files): vestibular schwannoma, robotic-arm linac 25 Gy in 5; 61796 claimed (complex) ------------
_c = "NORTHBROOK EAR & SKULL BASE CENTER"
add(name="x81_12", kind="bundle", codes=["G0339", "G0340", "77435", "61796"],
    facts=F("robotic_linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left vestibular schwannoma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Two-file bundle: typed joint neurotology / radiation oncology consult (left vestibular schwannoma 1.9 cm, "
          "serviceable hearing, options single-session 12 Gy vs 25 Gy in 5; patient chooses five fractions) and "
          "the completion summary ('left acoustic neuroma', 25 Gy in 5 on the robotic-arm linac, mask, skull "
          "tracking, CT + MRI). A schwannoma is complex, so the claimed 61796 is inconsistent.",
    docs=[
        Doc("1_consult.txt", text=f"""
NORTHBROOK EAR & SKULL BASE CENTER
Multidisciplinary Skull Base Clinic - Consultation
Patient: {patient(12)}    MRN: {mrn(12)}    DOB: 07/19/1971    Visit: 01/29/2026
Neurotology: Philippa Aldana-Strauss, MD      Radiation Oncology: Konstantin Byrne-Achebe, MD

HPI: 54M with progressive left-sided hearing loss and tinnitus for two years. MRI IAC 01/14/2026: left vestibular schwannoma, 1.9 x 1.5 x 1.4 cm, intracanalicular with cisternal extension, touching but not compressing the brainstem (Koos III). Growth of 3 mm since 01/2025.
Audiogram: left PTA 35 dB, WRS 72% (class B, serviceable). Facial nerve HB I.

Options reviewed: observation (growth documented, not favored), microsurgical resection (retrosigmoid), and stereotactic radiosurgery either as a single session (12 Gy) or hypofractionated (25 Gy in 5 fractions) with the aim of hearing preservation. He prefers radiation and, after discussion of cochlear dose, chose the five-fraction schedule on the robotic system.

Plan: CT with thin-slice MRI (CISS / T1 post-contrast) for planning, thermoplastic mask. Start when authorized. Audiogram at 6 and 12 months after treatment.

P. Aldana-Strauss, MD / K. Byrne-Achebe, MD (typed 01/29/2026)
{FOOT}
"""),
        Doc("2_completion_summary.pdf", [[
            H1("Treatment Completion Summary - Robotic Radiosurgery"),
            KeyValue([("Patient", f"{patient(12)}  /  {mrn(12)}"), ("Diagnosis", "D33.3 left acoustic neuroma"),
                      ("Dates", "03/02/2026 - 03/06/2026"), ("Fractions", "5 of 5 delivered"),
                      ("Unit", "Robotic-arm mounted 6 MV linac, fixed cones"),
                      ("Immobilization", "Thermoplastic face mask"),
                      ("Image guidance", "6D skull tracking with paired kV images throughout each fraction"),
                      ("Planning images", "CT 1 mm 02/12/2026; MRI CISS 0.6 mm and T1+C 1 mm 02/11/2026, fused"),
                      ("Planning", "SEQUOIA PLAN 3 (invented); 142 beams, 7.5 and 10 mm cones")]),
            RuledTable([("Target", "Volume", "Dose", "Isodose", "Coverage"),
                        ("Left acoustic neuroma (GTV = PTV)", "1.62 cc", "25 Gy in 5 fractions (5 Gy/fx)", "80%", "98.4%")]),
            P("Cochlea (L) mean 4.1 Gy total; brainstem D0.5cc 19.8 Gy; facial nerve not separately contoured. Physics "
              "second check and delivery QA completed 02/26/2026."),
            P("Course tolerated well; mild headache after fraction 2, no vertigo. Audiogram and MRI IAC in 6 months."),
            sig("Konstantin Byrne-Achebe, MD 03/09/2026"),
        ]], opts=dict(header=head(_c + "  -  Radiation Oncology", 12, "07/19/1971"))),
    ])

# x81_13 -- dictation (text): spine SBRT re-irradiation L1 and L3, 24 Gy in 2; prior 20 Gy / 5 conventional -----------
add(name="x81_13", kind="dictation", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L1", "spinal", None, 24, 2), L("L3", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Dictated SBRT procedure / completion note, numbers in words: re-irradiation of L1 and L3 (two separate "
          "targets, L2 spared) with twenty-four gray in two fractions each on a gantry linac, vacuum cushion, CT + "
          "MRI fused, CBCT each fraction. The earlier conventional course (20 Gy in 5 to L1-L3, 2024) and "
          "cumulative cauda doses are quoted; only this course counts.",
    docs=[Doc("x81_13.txt", text=f"""
DUNMORE VALLEY HOSPITAL - RADIATION ONCOLOGY
DICTATED NOTE: STEREOTACTIC BODY RADIATION THERAPY - SPINE (COMPLETION)
Patient: {patient(13)}     MRN: {mrn(13)}     DOB: 04/02/1958
Dictating physician: Rosalind Achterberg-Nwosu, MD
Dictated: 03/04/2026 12:48     Transcribed: 03/04/2026 18:02 by KMT     Signed: 03/05/2026

This is Doctor Achterberg-Nwosu dictating a spine S B R T completion note for Milan Vukasinovic.

Diagnosis: Metastatic prostate adenocarcinoma, castration resistant, with progressive painful metastases at L one and L three.

Prior radiation: In April twenty twenty four he received palliative conventional radiation, twenty gray in five fractions, to L one through L three at an outside facility. Pain recurred in December and MRI showed progression at L one and L three with a new paraspinal component at L three on the left. L two is stable and is not a target.

Treatment: Stereotactic body radiation therapy was delivered to two separate targets, L one and L three, twenty four gray in two fractions to each, twelve gray per fraction, on March second and March fourth twenty twenty six. Treatment was on our ten M V flattening filter free gantry linac with two VMAT arcs per target and a separate isocenter for each level. The patient was immobilized in a full body vacuum cushion. Planning was on a one millimeter CT simulation from February nineteenth fused with a thoracolumbar MRI from February seventeenth, T one, T two and STIR. Gross tumor was contoured on the fused MRI, CTV per consensus guidelines including the left pedicle and paraspinal extension at L three, and a two millimeter PTV.

Dosimetry: Cauda equina thecal sac max twelve point nine gray for this course. Cumulative E Q D two including the prior course is within our re irradiation limit, as reviewed with physics. Kidney doses were negligible.

Image guidance: Cone beam CT before each target on both days, six degree of freedom couch, with my review and approval of the match at the console before any beam. Intrafraction monitoring with a repeat cone beam CT between arcs for the L three target on day one after a shift of one point five millimeters. Physics second check and patient specific QA passed on February twenty sixth.

Tolerance: He tolerated both fractions well, mild flare pain on day two treated with dexamethasone four milligrams for two days.

Summary: L one twenty four gray in two fractions and L three twenty four gray in two fractions, completed March fourth twenty twenty six. Follow up in clinic in six weeks with MRI of the lumbar spine in three months. Continue enzalutamide and denosumab per Doctor Feldkamp.

{FOOT}
""")])

# x81_14 -- bundle (3 files): lung SBRT 50 Gy in 5; dictated completion summary says fifty-four in three -----------------
_c = "SILVERLAKE MEDICAL CENTER - RADIATION ONCOLOGY"
add(name="x81_14", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left upper lobe", "body", None, 50, 5)],
    categories=cats(),
    contradiction="The dictated completion summary says fifty-four gray in three fractions, while the prescription, the on-treatment note and the five-row treatment record give 50 Gy in 5 fractions.",
    notes="Three-file bundle: a prescription and daily treatment record printout (LUL 50 Gy in 5, 10 Gy per "
          "fraction, five rows with CBCT; 4DCT in a vacuum cushion with PET-CT fused), a typed on-treatment visit "
          "note after fraction 3 ('30 Gy of 50 Gy') and a dictated completion summary that carries over 'fifty-four "
          "gray in three fractions' from a template. Gold follows the prescription and record.",
    docs=[
        Doc("1_rx_and_treatment_record.pdf", [
            [H1("Prescription - Stereotactic Body Radiation Therapy"),
             KeyValue([("Patient", f"{patient(14)}   {mrn(14)}   DOB 08/30/1952"),
                       ("Site", "Left upper lobe, peripheral nodule 2.6 cm (adjacent to but not invading the chest wall)"),
                       ("Diagnosis", "C34.12 non-small cell lung cancer, adenocarcinoma, cT1cN0M0; declined lobectomy"),
                       ("Dose", "50 Gy in 5 fractions, 10 Gy per fraction, prescribed to cover 95% of PTV_LUL"),
                       ("Energy / technique", "6 MV FFF, VMAT, 2 arcs"),
                       ("Simulation", "4DCT 02/10/2026, vacuum cushion with arms up; FDG PET-CT 01/30/2026 fused for GTV"),
                       ("Motion management", "ITV from 10 respiratory phases; free breathing"),
                       ("IGRT", "CBCT before each fraction, physician approval of match"),
                       ("Constraints", "Chest wall V30 < 30 cc; cord Dmax < 28 Gy; proximal bronchial tree Dmax < 38 Gy"),
                       ("Physics", "Second check and arc QA 02/17/2026, M. Gunnarsdottir, MS")]),
             sig("Bartholomew Ekström-Ade, MD 02/16/2026")],
            [H1("Daily Treatment Record"),
             RuledTable([("Fx", "Date", "Plan", "MU", "Dose (cGy)", "Cum (cGy)", "Imaging", "Therapists"),
                         ("1", "02/18/2026", "LUL_SBRT", "2,866", "1000", "1000", "CBCT, MD approved", "LR/TP"),
                         ("2", "02/20/2026", "LUL_SBRT", "2,866", "1000", "2000", "CBCT, MD approved", "LR/TP"),
                         ("3", "02/23/2026", "LUL_SBRT", "2,866", "1000", "3000", "CBCT, MD approved", "LR/AB"),
                         ("4", "02/25/2026", "LUL_SBRT", "2,866", "1000", "4000", "CBCT, MD approved", "LR/TP"),
                         ("5", "02/27/2026", "LUL_SBRT", "2,866", "1000", "5000", "CBCT, MD approved", "LR/TP")]),
             P("Course complete 02/27/2026: 5000 cGy / 5 fractions to PTV_LUL.")],
        ], opts=dict(header=head(_c, 14, "08/30/1952"))),
        Doc("2_on_treatment_visit.txt", text=f"""
SILVERLAKE MEDICAL CENTER - RADIATION ONCOLOGY
ON-TREATMENT VISIT (typed)
{patient(14)}   MRN {mrn(14)}   Date 02/23/2026   B. Ekström-Ade, MD

Site: LUL SBRT. Fraction 3 of 5 today, 30 Gy of 50 Gy.
S: Mild fatigue. No cough change, no chest wall pain, no dyspnea beyond baseline (mMRC 2).
O: Weight 68.1 kg (68.4 last week). SpO2 95% RA.
CBCT images reviewed for fractions 1-3: ITV well within PTV, shifts < 3 mm.
A/P: Tolerating well. Continue as planned; last fraction 02/27. Follow-up CT chest 3 months.
{FOOT}
"""),
        Doc("3_completion_summary_dictated.txt", text=f"""
SILVERLAKE MEDICAL CENTER
RADIATION ONCOLOGY TREATMENT SUMMARY
Patient: {patient(14)}   MRN: {mrn(14)}
Dictated by Bartholomew Ekström-Ade, MD, on 03/02/2026; transcribed 03/03/2026

Mr. Vanterpool is a seventy three year old man with a clinical stage one left upper lobe non small cell lung cancer who declined surgery. He completed stereotactic body radiation therapy to the left upper lobe lesion, receiving fifty four gray in three fractions, between February eighteenth and February twenty seventh twenty twenty six, using four D C T based planning with P E T fusion and daily cone beam C T guidance.

He tolerated treatment well with mild fatigue only. No radiation pneumonitis symptoms at completion.

Follow up: C T chest in three months, then every three to six months for two years. He will see Doctor Rahimi in pulmonology in April.

Bartholomew Ekström-Ade, MD
{FOOT}
"""),
    ])

# x81_15 -- bundle (3 files): liver SBRT for HCC; consult 45 Gy/3, changed at simulation to 40 Gy/5 ----------------------
_c = "CORRIGAN BAY HEALTH - RADIATION ONCOLOGY"
add(name="x81_15", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment VII HCC", "body", None, 40, 5)],
    categories=cats(),
    notes="Three-file bundle: dictated consult for a 3.1 cm segment VII hepatocellular carcinoma after incomplete "
          "chemoembolization (recommends forty-five gray in three), a typed simulation note (three gold fiducials "
          "placed by IR, abdominal compression belt, contrast 4DCT fused with gadoxetate MRI; duodenum/colon "
          "proximity -> 40 Gy in 5) and a treatment summary PDF confirming 40 Gy in 5 with CBCT fiducial "
          "matching. Gold follows the delivered course.",
    docs=[
        Doc("1_consult_dictated.txt", text=f"""
CORRIGAN BAY HEALTH - RADIATION ONCOLOGY CONSULTATION
Patient: {patient(15)}   MRN: {mrn(15)}   DOB: 12/12/1955   Date: 01/21/2026
Physician: Anneliese Fairbrother-Kanu, MD   Referring: Dr. Ignatius Pham, hepatology
Dictated, not proofread.

Mr. Vogelsang is a seventy year old man with hepatitis C related cirrhosis, Child Pugh A six, who has a three point one centimeter hepatocellular carcinoma in segment seven, L I R A D S five, treated with transarterial chemoembolization in November twenty twenty five with incomplete response, residual arterial enhancement of about two centimeters along the posterior margin on the January multiphase CT. AFP one hundred twelve. He is not a transplant candidate because of age and cardiac history and ablation was felt to be risky given the location under the diaphragm.

Exam: E C O G one, no ascites, no encephalopathy.

Recommendation: stereotactic body radiation therapy to the segment seven lesion. I would propose forty five gray in three fractions if normal tissue constraints allow, otherwise a five fraction schedule. We will ask interventional radiology to place fiducial markers and then do a four D C T simulation with abdominal compression, and fuse a liver protocol MRI. Risks discussed including radiation induced liver disease, gastrointestinal ulceration and fatigue. He agrees.

Anneliese Fairbrother-Kanu, MD
{FOOT}
"""),
        Doc("2_simulation_note.txt", text=f"""
CORRIGAN BAY HEALTH   SBRT SIMULATION NOTE
{patient(15)}   {mrn(15)}   Date of simulation: 02/09/2026   A. Fairbrother-Kanu, MD

Fiducials: three gold fiducial markers placed percutaneously around the segment VII lesion by IR on 02/02/2026 (Dr. Osterhout); all three visible, no migration.
Setup: supine, arms above head, vacuum cushion and abdominal compression belt (pressure 40 mmHg); residual motion 6 mm SI on fluoroscopy (was 17 mm without compression).
Imaging: 4DCT with IV contrast (arterial and portal phases), 2 mm. Liver MRI with gadoxetate 02/06/2026 fused to the exhale phase for GTV.
Findings at planning: the residual enhancing tumour lies 9 mm from the hepatic flexure of the colon and 14 mm from the duodenum. Three fraction schedule not achievable within bowel constraints.
Decision: 40 Gy in 5 fractions (8 Gy per fraction), every other day. Liver mean dose target < 13 Gy, 700 cc normal liver < 15 Gy.
{FOOT}
"""),
        Doc("3_treatment_summary.pdf", [[
            H1("SBRT Treatment Summary"),
            KeyValue([("Patient", f"{patient(15)}   {mrn(15)}"),
                      ("Target", "Hepatocellular carcinoma, liver segment VII (residual after TACE)"),
                      ("Dose delivered", "40 Gy in 5 fractions (8 Gy/fx), 02/16 - 02/24/2026"),
                      ("Unit", "6 MV FFF gantry linac, VMAT 2 arcs; plan LIV_S7_40_5 (TAMARIND PLANNER 12, invented)"),
                      ("Setup", "Vacuum cushion + abdominal compression; 3 fiducials"),
                      ("IGRT", "Daily CBCT, fiducial and liver-contour match, approved by MD before beam-on"),
                      ("Physics", "Plan second check and PSQA 02/13/2026 (98.9%)"),
                      ("Normal liver", "Mean 10.8 Gy; 700 cc < 13.1 Gy"), ("Duodenum / colon", "D0.5cc 24.2 Gy / 26.0 Gy")]),
            RuledTable([("Fx", "Date", "Dose"), ("1", "02/16/2026", "8 Gy"), ("2", "02/18/2026", "8 Gy"),
                        ("3", "02/20/2026", "8 Gy"), ("4", "02/23/2026", "8 Gy"), ("5", "02/24/2026", "8 Gy")]),
            P("No interruption. Grade 1 fatigue and anorexia. Labs at completion: bilirubin 1.1, albumin 3.6, Child-Pugh "
              "A6 unchanged. Multiphase MRI liver and AFP in 3 months; hepatology follow-up."),
            sig("Anneliese Fairbrother-Kanu, MD 02/25/2026"),
        ]], opts=dict(header=head(_c, 15, "12/12/1955"))),
    ])

# x81_16 -- dictation (text): hard negative, consult recommending cobalt-60 SRS for a meningioma --------------------------
add(name="x81_16", kind="dictation", codes=["77371", "77432", "61796"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: dictated neurosurgery / radiosurgery consult for a 2.2 cm right parasagittal meningioma "
          "recommending frame-based cobalt-60 radiosurgery, 'thirteen gray to the fifty percent isodose line', "
          "with the diagnostic MRI and a tentative date. Nothing was done yet.",
    docs=[Doc("x81_16.txt", text=f"""
HARTWELL NEUROSURGICAL GROUP
RADIOSURGERY CONSULTATION - DICTATED
Patient: {patient(16)}        MRN: {mrn(16)}        DOB: 05/25/1963
Date of service: 03/03/2026
Physician: Cassius Vandermolen-Iwu, MD (neurosurgery)
cc: Dr. Fenella Pryce (primary care)

Reason for visit: right parasagittal meningioma, referred for radiosurgery opinion.

History: Ms. Valdivieso is a sixty two year old woman whose meningioma was found incidentally on a head CT after a minor fall in twenty twenty three. Follow up MRI scans show slow growth, from one point six to two point two centimeters over thirty months, with a dural tail and no brain edema. She has no seizures and no deficits, but she is anxious about the growth and does not want open surgery.

MRI brain with and without contrast of February twentieth twenty twenty six, reviewed with her today: extra axial homogeneously enhancing mass, right posterior frontal parasagittal, two point two by one point nine by one point eight centimeters, abutting but not invading the superior sagittal sinus, which remains patent. Well away from the optic apparatus and brain stem.

Exam: normal neurological exam. K P S one hundred.

Impression and plan: presumed W H O grade one meningioma with documented growth. Options are continued observation, surgical resection, or stereotactic radiosurgery. She chooses radiosurgery. I recommend single session radiosurgery on the cobalt sixty unit with a stereotactic head frame, about thirteen gray to the fifty percent isodose line. She will need a pre procedure thin cut MRI on the day of treatment with the frame on. Tentatively scheduled for March twenty sixth pending insurance authorization. Risks including edema, seizure and headache were reviewed and she wishes to proceed. Written consent will be obtained on the day of the procedure.

Cassius Vandermolen-Iwu, MD
Dictated 03/03/2026 - not yet signed
{FOOT}
""")])

# x81_17 -- pdf: typed completion summary of a conventional moderately hypofractionated prostate course (20 fx) ---------
_c = "GLENHAVEN CANCER CENTER"
add(name="x81_17", kind="summary", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 20, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("prostate", "body", None, 60, 20)],
    categories=cats(),
    notes="Near-miss negative: a typed completion summary of moderately hypofractionated image-guided IMRT to the "
          "prostate, 60 Gy in 20 fractions (3 Gy), fiducials and MRI fusion, daily CBCT, on a gantry linac; "
          "SBRT in five fractions was discussed at consult and not chosen. Twenty fractions: the claimed SBRT "
          "codes are inconsistent and there is no delivery code.",
    docs=[Doc("x81_17.pdf", [[
        H1("Radiation Therapy Completion Summary"),
        KeyValue([("Patient", patient(17)), ("MRN", mrn(17)), ("DOB", "10/03/1950"),
                  ("Physician", "Imogen Castellano-Brandt, MD"), ("Referring", "Dr. Yusuf Ekwall, urology")]),
        P("DIAGNOSIS: Adenocarcinoma of the prostate (C61), Gleason 4+3=7, PSA 11.2, cT2b, NCCN unfavorable intermediate "
          "risk. Short-course ADT (leuprolide, 6 months) started 11/2025."),
        P("TREATMENT: At consultation we discussed five-fraction stereotactic body radiotherapy versus moderately "
          "hypofractionated treatment; given a prostate volume of 78 cc and baseline urinary symptoms (IPSS 17) he chose "
          "the moderately hypofractionated course. Three gold fiducial markers were placed on 12/16/2025. CT simulation "
          "12/29/2025 with comfortably full bladder and empty rectum; MRI pelvis of the same day fused for prostate "
          "delineation."),
        RuledTable([("Target", "Dose", "Fractions", "Technique", "Dates"),
                    ("Prostate + proximal SV (PTV_60)", "60 Gy", "20 (3 Gy/fx)", "IMRT (VMAT), 10 MV", "01/12/2026 - 02/06/2026")]),
        P("Daily cone-beam CT with fiducial match before each fraction. Rectum V57Gy 6%, bladder V60Gy 4%. Physics "
          "weekly chart checks complete."),
        P("TOLERANCE: Grade 2 urinary frequency managed with tamsulosin; grade 1 loose stools in the last week. No "
          "treatment breaks."),
        P("FOLLOW-UP: PSA and clinic visit in 3 months; ADT to complete in 05/2026."),
        sig("Imogen Castellano-Brandt, MD 02/09/2026"),
    ]], opts=dict(header=[_c + "  -  Department of Radiation Oncology", "4120 Larkspur Avenue"]))])

# x81_18 -- dictation (text): frame-based linac radiosurgery of a left parietal AVM with angiography -----------------------
add(name="x81_18", kind="dictation", codes=["77372", "77432", "61798", "61800"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI", "angiography"], ["frame"]),
    lesions=[L("left parietal AVM", "cranial", C, 18, 1)],
    categories=cats(),
    notes="Dictated radiosurgery operative note (numbers mostly in words): head frame applied, stereotactic CT, "
          "biplane angiography with the localizer and same-day MRI, left parietal AVM nidus 2.3 cm, eighteen gray to "
          "the eighty percent isodose with dynamic conformal arcs on a gantry linac, frame co-ordinate and "
          "Winston-Lutz checks. An AVM is complex.",
    docs=[Doc("x81_18.txt", text=f"""
BRENTWOOD HEIGHTS MEDICAL CENTER - DEPARTMENT OF NEUROSURGERY
OPERATIVE NOTE (DICTATED)
Patient: {patient(18)}     MRN: {mrn(18)}     DOB: 02/14/1991
Date of surgery: 02/26/2026
Surgeon: Thaddeus Oyinlola-Marsh, MD     Co-surgeon (radiation oncology): Greta Vandamme-Rios, MD
Physicist: Percival Nakagawa, PhD
Dictated 02/26/2026 15:30, transcribed 02/27/2026

PREOPERATIVE DIAGNOSIS: Left parietal arteriovenous malformation, Spetzler Martin grade two, status post hemorrhage in August twenty twenty five.
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURES: One, application of stereotactic head frame. Two, stereotactic cerebral angiography. Three, stereotactic radiosurgery of the arteriovenous malformation, single session, linear accelerator.
ANESTHESIA: Local with intravenous sedation.

INDICATIONS: Thirty five year old woman who presented with a small left parietal hemorrhage last August. Angiography showed a compact two point three centimeter nidus fed by branches of the left middle cerebral artery with superficial venous drainage. She was offered microsurgical resection, embolization or radiosurgery and chose radiosurgery after the clot resolved.

DESCRIPTION: The patient was placed in the sitting position and the stereotactic head frame was applied under local anesthesia with four pins. She was taken to the CT scanner where a one millimeter stereotactic CT with contrast was obtained with the localizer. She was then taken to the angiography suite where biplane digital subtraction angiography was performed via a right femoral approach with the angiographic localizer in place; the nidus was best seen in the early arterial phase. A same day volumetric MRI, T one post contrast and T two, had been obtained before frame placement and was fused to the stereotactic CT. The nidus was outlined on the angiogram, the CT angiographic source images and the MRI by Dr. Vandamme-Rios and myself. Nidus volume three point four cc.

A plan was generated with five dynamic conformal arcs on our six M V gantry linac with a single isocenter. Prescription eighteen gray to the eighty percent isodose line, single fraction. Twelve gray volume of surrounding brain eight point one cc. The physicist confirmed the frame coordinates of the isocenter with the floor stand target positioner and the daily Winston Lutz test was within zero point six millimeters. The frame was locked to the couch mount and treatment delivered without interruption from thirteen ten to thirteen forty two.

The frame was removed and pin sites dressed. The femoral puncture site was closed with a closure device and she remained flat for two hours.

ESTIMATED BLOOD LOSS: Less than five milliliters. COMPLICATIONS: None.
PLAN: Discharge home this evening. MRI at six months, angiography at three years to document obliteration.

Thaddeus Oyinlola-Marsh, MD
{FOOT}
""")])

# x81_19 -- scan (skewed): typed letter after single-session robotic-arm radiosurgery of a convexity meningioma ----------
_c = "WESTFIELD ROBOTIC RADIOSURGERY"
add(name="x81_19", kind="scan", codes=["G0339", "77432", "61796"],
    facts=F("robotic_linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal convexity meningioma", "cranial", S, 14, 1)],
    categories=cats(delivery_verification=False),
    notes="Skewed, speckled scan of a typed letter to the referring neurologist after single-session robotic-arm "
          "radiosurgery of a 2.4 cm right frontal convexity meningioma (14 Gy to the 78% isodose, 164 beams, mask, "
          "CT + MRI). The letter says nothing about image guidance, tracking or QA at delivery. Meningioma under "
          "3.5 cm away from the optic apparatus is simple.",
    docs=[Doc("x81_19.pdf", [[
        P("WESTFIELD ROBOTIC RADIOSURGERY"),
        P("2290 Hawthorne Parkway, Suite 100"),
        P("March 6, 2026"),
        P("Leontyne Adebayo-Frost, MD\nWestfield Neurology Associates"),
        P(f"RE: {patient(19)}     DOB 12/30/1957     MRN {mrn(19)}"),
        P("Dear Dr. Adebayo-Frost,"),
        P("Thank you for referring Mrs. Vandenburgh. As we discussed by telephone, she had radiosurgery on March 4, 2026 for "
          "the enlarging right frontal convexity meningioma (2.4 x 2.1 x 1.9 cm on her MRI of January 15, up from 1.8 cm in "
          "2023), which she preferred to craniotomy."),
        P("She was treated in a single session on our robotic-arm mounted linear accelerator in a thermoplastic mask. The "
          "tumour and its dural tail were outlined on a planning CT fused with a contrast MRI, both done on February 24. We "
          "prescribed 14 Gy to the 78% isodose line with 164 beams; coverage was 97% and the nearest critical structure, "
          "the superior sagittal sinus, received a maximum of 11 Gy. She tolerated the 52-minute treatment well and went home "
          "the same afternoon."),
        P("She may have a headache or some fatigue for a few days. We have not prescribed steroids. She should continue "
          "levetiracetam as you directed. We will repeat the MRI in six months and send you the report."),
        P("Sincerely,"),
        sig("Ezekiel Montgomery-Tran, MD, Radiation Oncology"),
        P("cc: Cornelius Vaughan-Ito, MD, Neurosurgery"),
    ]], opts=dict(header=None, page_numbers=None, scan=True, scan_dpi=150, scan_skew=2.2, scan_noise=8.0))])

# x81_20 -- pdf: hard negative, EHR print-out of a 3-month follow-up after L4 SBRT -------------------------------------
_c = "NORTHFIELD UNIVERSITY HOSPITALS"
add(name="x81_20", kind="ehr_print", codes=["77373", "77435", "63620"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: EHR print-out (banner, vitals, interval history) of a radiation oncology follow-up visit "
          "three months after L4 spine SBRT (30 Gy in 3, December 2025), quoting the course details, with a stable "
          "MRI and no further treatment planned. Nothing delivered in this record.",
    docs=[Doc("x81_20.pdf", [[
        Paragraph("Radiation Oncology Follow-Up Visit", bold=True),
        KeyValue([("Provider", "Linnea Okonkwo-Barrett, MD"), ("Visit date", "03/05/2026"), ("Visit type", "Established, follow-up"),
                  ("Note status", "Signed")]),
        P("Vitals: BP 134/82, HR 68, Wt 88.0 kg, Pain 0/10."),
        P("ONCOLOGIC HISTORY: Renal cell carcinoma, clear cell, left nephrectomy 2021. Solitary L4 vertebral metastasis 11/2025 "
          "(biopsy-confirmed), no epidural disease. Treated with stereotactic body radiation therapy to L4, 30 Gy in 3 "
          "fractions, 12/08 - 12/12/2025, vacuum cushion, CBCT guidance. Continues pembrolizumab/axitinib (Dr. Harlow)."),
        P("INTERVAL HISTORY: Back pain resolved by mid-January; off all analgesics. No leg pain, numbness or weakness. "
          "Mild fatigue attributed to axitinib."),
        P("IMAGING: MRI lumbar spine 03/02/2026: treated L4 lesion smaller with decreased enhancement; no new lesions; no "
          "vertebral compression fracture; no epidural disease."),
        P("EXAM: Full strength lower extremities, normal gait, no spinal tenderness."),
        P("ASSESSMENT / PLAN: Good response of the L4 metastasis after SBRT; no evidence of progression. No further "
          "radiation is indicated at this time. MRI lumbar spine and clinic visit in 3 months; sooner if new pain. Fracture "
          "risk counselling given."),
        sig("Linnea Okonkwo-Barrett, MD 03/05/2026 16:22"),
    ]], opts=dict(header=[f"{_c}  |  CARECHART (invented)  |  Printed 03/09/2026 08:03  |  User: HIMCODER4",
                          f"{patient(20)}  |  MRN {mrn(20)}  |  DOB 07/07/1962  |  M  |  Encounter 03/05/2026 Radiation Oncology Clinic"],
                  page_numbers="Page {n} of {total}"))])


CORPUS = Corpus("blind_corpus81", "tests/blind_corpus81", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
