"""Seventy-ninth blind corpus, ``tests/blind_corpus79/`` (regenerate: ``python scripts/make_corpus.py blind_corpus79``).

HELD OUT: written blind (without reading the reader's code) and never tuned to; scored, never opened.

Twenty charts as one ordinary week (received 02/08-02/12/2027) of what a US coding office gets from twenty
other clinics' systems: plan reports, treatment records and per-session logs, prescriptions (two revised),
physics second checks, key: value, CSV, pipe-delimited and fixed-width exports, EHR print-outs with page
banners; five charts carry a short typed or dictated note beside the print-out; one scanned page, one
two-column page; two charts contradict themselves (``review_expected``); three hard negatives of different
kinds (a planned course cancelled before the first fraction, a delivered 28-fraction "stereotactic" course,
a scheduling / charge-hold export for a treatment not yet given). Courses: cranial radiosurgery on cobalt-60,
gantry and robotic-arm units (1-10 lesions, a resection cavity, a meningioma, an AVM, trigeminal neuralgia;
single session and 3-5 fractions), spine SBRT (single level, a contiguous two-level target, two separate
levels, post-operative), body SBRT (lung, liver, prostate, pancreas, oligometastatic). Claimed code lists are
mostly right and sometimes wrong, as billing offices get them.

Every clinic, clinician and system is invented. Gold labels are written by hand from what the chart says and
../shared/corpus/README.md, blind (without reading the reader's code).
"""

# ruff: noqa: E501  (exports and notes are deliberately one long line per record or paragraph)

from __future__ import annotations

import datetime as _dt

from pdfmaker import ColumnBreak, KeyValue, Paragraph, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["AUGUSTINA", "BARTHOLOMEW", "CLEMENTINE", "DORIAN", "EZEKIEL", "FENELLA", "GRISELDA", "HORATIO",
         "ISOLDE", "JOACHIM", "LUCRETIA", "MAXIMILIAN", "OCTAVIA", "PERCIVAL", "QUINTUS", "ROSALIND", "SILAS",
         "TABITHA", "URSULA", "VALENTIN"]


def patient(n: int) -> str:
    return f"SEVENTYNINEPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-790{n:02d}"


def banner(system: str, printed: str, n: int, dob: str, clinic: str) -> list[str]:
    """An EHR print-out's page banner: system and print stamp, then the patient line."""
    return [clinic, f"{system}  |  Printed {printed}",
            f"{patient(n)}   MRN {mrn(n)}   DOB {dob}"]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# h79_01 -- EHR print-out with page banners: cobalt-60 frame SRS, four metastases --------------------------------
_c = "ASHGROVE REGIONAL RADIOSURGERY CENTER"
add(name="h79_01", kind="ehr_printout", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["MRI"], ["frame"]),
    lesions=[L("left frontal", "cranial", S, 20, 1), L("right temporal", "cranial", S, 20, 1),
             L("left occipital", "cranial", S, 18, 1), L("right cerebellar", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Three-page EHR print-out with a print banner on every page: procedure note (frame, stereotactic MRI), "
          "dose-plan summary (four breast-cancer metastases, 50% isodose, shots, max doses 36-40 Gy beside the "
          "marginal doses) and the single-session treatment record with the coordinate check. Codes all right.",
    docs=[Doc("h79_01.pdf", [
        [H1("Radiosurgery Procedure Note"),
         KeyValue([("Date of service", "01/21/2027"), ("Encounter", "Outpatient procedure, Radiosurgery Suite B"),
                   ("Neurosurgeon", "Lysander Okonkwo-Pratt, MD"), ("Radiation oncologist", "Mireille Haverkamp, MD"),
                   ("Medical physicist", "Dagny Sorensen-Iwu, PhD, DABR"),
                   ("Diagnosis", "C79.31 Secondary malignant neoplasm of brain; C50.912 breast, left (primary)"),
                   ("Procedure", "Stereotactic radiosurgery, cobalt-60 multi-source unit, single session; stereotactic head frame")]),
         H2("Indication"),
         P("62-year-old woman with HER2-negative, ER-positive metastatic breast cancer on letrozole and palbociclib, "
           "stable bone-only disease, now with four small brain metastases on MRI of 01/08/2027 and mild headaches. "
           "KPS 90. Reviewed at the CNS tumor board 01/12/2027: radiosurgery recommended over whole-brain radiation."),
         H2("Procedure"),
         P("After local anesthesia (lidocaine 1% with bupivacaine 0.5%, buffered) the stereotactic head frame was "
           "applied with four pins without difficulty. Stereotactic MRI was obtained with the frame localizer "
           "(axial T1 post-gadolinium 1 mm, T2 2 mm); the four known lesions were confirmed and no new lesion was "
           "seen. Targets were outlined and the dose plan prepared jointly by neurosurgery, radiation oncology and "
           "physics (see Dose Plan Summary). Treatment was delivered in one session on the cobalt-60 unit. The frame "
           "was removed at 12:50; pin sites hemostatic."),
         P("Complications: none. Disposition: home with her daughter. Dexamethasone 4 mg daily x 3 days. MRI brain "
           "in 8 weeks."),
         sig("Lysander Okonkwo-Pratt, MD, Neurosurgery 01/21/2027 13:22")],
        [H1("Dose Plan Summary"),
         KeyValue([("Plan", "GK_0121_A, approved 01/21/2027 10:41"), ("Planning system", "CINDERPLAN 5.4 (invented)"),
                   ("Stereotactic imaging", "MRI 01/21/2027 with frame localizer, T1+Gd 1 mm; fiducial fit error 0.3 mm"),
                   ("Prescription", "Marginal dose to the 50% isodose line for each target, single session")]),
         RuledTable([("Target", "Location", "Diam (mm)", "Vol (cc)", "Marginal dose (Gy)", "Isodose", "Max (Gy)", "Shots", "Coverage"),
                     ("1", "Left frontal", "14", "1.02", "20", "50%", "40", "6", "98%"),
                     ("2", "Right temporal", "8", "0.21", "20", "50%", "40", "2", "99%"),
                     ("3", "Left occipital", "19", "2.63", "18", "50%", "36", "9", "97%"),
                     ("4", "Right cerebellar", "6", "0.09", "20", "50%", "40", "1", "100%")],
                    widths=(40, 92, 48, 44, 68, 52, 46, 40, 60)),
         H2("Organs at risk"),
         TextTable([("Structure", "Max dose", "Limit"), ("Brainstem", "7.9 Gy", "< 12 Gy"),
                    ("Optic chiasm", "2.2 Gy", "< 8 Gy"), ("Brain V12Gy (all targets)", "5.3 cc", "< 10 cc")],
                   columns=(0, 200, 300)),
         sig("Dagny Sorensen-Iwu, PhD, DABR 01/21/2027 10:44"),
         sig("Mireille Haverkamp, MD 01/21/2027 10:47")],
        [H1("Treatment Record"),
         KeyValue([("Session", "1 of 1"), ("Date", "01/21/2027"), ("Unit", "Cobalt-60 multi-source radiosurgery unit (Room 2)"),
                   ("Fixation", "Stereotactic head frame, frame adapter locked to couch"),
                   ("Beam on", "11:12 - 12:31 (total 64.8 min, no interruption)")]),
         P("Frame coordinates (X, Y, Z and gamma angle) for all 18 shots were read back from the unit and checked by "
           "two people against the plan printout before delivery. Independent treatment-time calculation agreed with "
           "the planning system within 0.8%."),
         RuledTable([("Target", "Dose delivered", "Status"), ("1 Left frontal", "20 Gy", "Complete"),
                     ("2 Right temporal", "20 Gy", "Complete"), ("3 Left occipital", "18 Gy", "Complete"),
                     ("4 Right cerebellar", "20 Gy", "Complete")]),
         sig("Dagny Sorensen-Iwu, PhD, DABR 01/21/2027 12:40"),
         sig("Mireille Haverkamp, MD 01/21/2027 12:44")],
    ], opts=dict(header=banner("ORCHARDLINE EHR (invented)", "02/08/2027 07:41 by HIM-ROI\\tpell", 1, "06/14/1964", _c)))])

# h79_02 -- CSV plan export + OIS delivery record (text): gantry linac, ten metastases, doses in cGy ---------------
_rows02 = [("1", "PTV1_LFrontalPole", "left frontal pole", "21", "2.86", "1800"),
           ("2", "PTV2_RFrontal", "right frontal", "9", "0.31", "2000"),
           ("3", "PTV3_LPrecentral", "left precentral gyrus", "6", "0.11", "2000"),
           ("4", "PTV4_RParietal", "right parietal", "12", "0.64", "2000"),
           ("5", "PTV5_LOccipital", "left occipital", "7", "0.17", "2000"),
           ("6", "PTV6_ROccipital", "right occipital", "24", "3.95", "1800"),
           ("7", "PTV7_RTemporal", "right temporal", "10", "0.44", "2000"),
           ("8", "PTV8_LTemporal", "left temporal", "5", "0.07", "2000"),
           ("9", "PTV9_LCerebellar", "left cerebellar", "8", "0.24", "2000"),
           ("10", "PTV10_RCerebellar", "right cerebellar", "11", "0.52", "2000")]
_csv02 = "\n".join(f"{i},{s},{loc},{d},{v},{rx},1,80,{98.1 + (int(i) % 3) * 0.4:.1f}" for i, s, loc, d, v, rx in _rows02)
_deliv02 = " | ".join(f"{s} {rx}" for _i, s, _loc, _d, _v, rx in _rows02)
add(name="h79_02", kind="csv_export", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 10, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L(loc, "cranial", S, int(rx) / 100, 1) for _i, _s, loc, _d, _v, rx in _rows02],
    categories=cats(),
    notes="Plain-text export from a planning system: commented header, a CSV target table of ten metastases "
          "(structure names, diameters, volumes, doses in cGy, 80% isodose), then the record-and-verify delivery "
          "record (key: value) with CBCT, surface guidance, patient QA and the delivered dose per structure. "
          "Single-isocentre VMAT in one session on a gantry linac; all lesions simple.",
    docs=[Doc("h79_02.txt", text=f"""
LODESTAR TPS (invented) - PLAN EXPORT v3.2 - CSV
# exported 2027-01-22T10:04:51 by physics.wkim
# facility: Pellham County Cancer Institute - Radiation Oncology
# patient: {patient(2)} ; MRN: {mrn(2)} ; DOB: 1957-09-30 ; sex: M
# diagnosis: C79.31 brain metastases ; primary C34.11 NSCLC adenocarcinoma RUL (EGFR exon 19)
# plan: SRS_MULTI_10 ; status: APPROVED 2027-01-19 16:12 (A. Olusegun-Hart MD ; K. Wexford-Kim MS DABR)
# machine: LINAC-3 gantry linac 6 MV FFF, 2.5 mm MLC
# technique: single-isocenter multi-target VMAT, 5 non-coplanar arcs (couch 0, 45, 90, 315, 270)
# planning images: CT_SIM 2027-01-14 1.0 mm (open-face thermoplastic SRS mask) ; MR_T1POST 2027-01-13 1.0 mm ; rigid registration approved 2027-01-15
# fractions planned: 1
target_id,structure,location,max_diam_mm,volume_cc,rx_dose_cGy,fractions,rx_isodose_pct,coverage_pct
{_csv02}
# OAR: Brainstem Dmax 812 cGy ; Chiasm Dmax 240 cGy ; Brain-GTV V12Gy 9.1 cc ; Brain-GTV V10Gy 13.6 cc
# end of plan export

== TREATMENT DELIVERY RECORD (OIS export) ==
Course: C1 SRS BRAIN
Treatment date: 2027-01-21
Fraction: 1 of 1
Machine: LINAC-3 (gantry linac 6 MV FFF)
Immobilization: open-face thermoplastic SRS mask, indexed head support, mouth bite not used
Pre-treatment imaging: CBCT -> 6DoF couch correction (lat +0.8 mm, vrt -1.1 mm, lng +0.4 mm, pitch 0.3 deg, roll -0.2 deg); verification CBCT residual < 0.5 mm
Intrafraction monitoring: surface guidance, tolerance 1 mm / 1 deg, no beam holds
Arcs delivered: 5 of 5
MU delivered: 14882 (planned 14882)
Patient-specific QA: portal dosimetry 2027-01-20, gamma 2%/1 mm 98.7% PASS (K. Wexford-Kim)
Dose delivered by structure (cGy): {_deliv02}
Course status: COMPLETED 2027-01-21 14:37
Treating physician: Adaeze Olusegun-Hart, MD (e-signed 2027-01-21 15:02)
Physicist: Kendall Wexford-Kim, MS, DABR (e-signed 2027-01-21 14:51)
{FOOT}
""")])

# h79_03 -- bundle: prescription + per-session log (PDF) + typed note: robotic-arm cavity SRS 27 Gy/3; 77372/77432 claimed
_c = "MARROWSTONE COAST ONCOLOGY"
add(name="h79_03", kind="bundle", codes=["77372", "77432", "61796"],
    facts=F("robotic_linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left parietal resection cavity", "cranial", S, 27, 3)],
    categories=cats(),
    notes="Three files: the stereotactic prescription with the plan summary (post-operative left parietal cavity, "
          "3.1 cm, 27 Gy in 3 fractions to the 72% isodose on a robotic-arm linac, skull tracking, mask, CT + MRI, "
          "physics second check), the per-session log (three rows, cumulative dose) and a short typed completion "
          "note. Three fractions: the claimed single-session codes 77372 and 77432 are wrong (77373/77435); the "
          "cavity is simple, so 61796 fits.",
    docs=[
        Doc("1_prescription_plan.pdf", [[
            H1("Radiation Prescription - Stereotactic, Cranial"),
            KeyValue([("Patient", patient(3)), ("MRN", mrn(3)), ("DOB", "02/27/1968"),
                      ("Course", "C1  SRS cavity (post-op)"),
                      ("Diagnosis", "C79.31; NSCLC adenocarcinoma (C34.32). Left parietal metastasis resected 12/08/2026, gross total"),
                      ("Target", "GTV = resection cavity + enhancing rim on post-op MRI; PTV = GTV + 1 mm. Max dimension 3.1 cm, PTV 14.2 cc"),
                      ("Dose", "27 Gy in 3 fractions (9 Gy per fraction), prescribed to the 72% isodose line"),
                      ("Schedule", "Every other weekday"),
                      ("Unit / technique", "Robotic-arm mounted 6 MV linac, non-isocentric, 6D skull tracking"),
                      ("Immobilization", "Thermoplastic head mask, made 01/04/2027"),
                      ("Planning imaging", "CT 1 mm 01/04/2027 fused with MRI T1 post-contrast 1 mm 01/03/2027"),
                      ("Plan", "CORALINE 2.8 (invented); 163 beams, fixed collimators 10 and 15 mm; PTV coverage 96.1%"),
                      ("Constraints", "Brain V23Gy 7.4 cc (< 10 cc); brainstem Dmax 9.8 Gy; chiasm Dmax 3.1 Gy")]),
            P("Physics plan check 01/06/2027: independent MU calculation within 2.4% of the planning system; "
              "delivery-quality-assurance film in head phantom, gamma 3%/1 mm 97.8%, PASS."),
            sig("Teodora Vashti-Crane, MD, Radiation Oncology 01/05/2027 17:30"),
            sig("Ossian Pelletier, MS, Medical Physics 01/06/2027 15:12"),
        ]], opts=dict(header=[_c + "  -  Radiation Oncology", f"{patient(3)}   {mrn(3)}"])),
        Doc("2_session_log.pdf", [[
            H1("Treatment Session Log"),
            P(f"{patient(3)}   MRN {mrn(3)}   Plan: CAV_LPAR_27in3   Rx 27 Gy / 3 fx"),
            RuledTable([("Fx", "Date", "Dose (Gy)", "Cumul. (Gy)", "Tracking images", "Mean corr. (mm)", "Beams", "Therapists"),
                        ("1", "01/11/2027", "9.00", "9.00", "112", "0.4", "163/163", "RT/JB"),
                        ("2", "01/13/2027", "9.00", "18.00", "104", "0.3", "163/163", "RT/MN"),
                        ("3", "01/15/2027", "9.00", "27.00", "109", "0.5", "163/163", "JB/MN")]),
            P("Skull tracking images every 30-45 s; no treatment interruptions. Course complete."),
        ]], opts=dict(header=[_c + "  -  Robotic Radiosurgery", "Record and verify print"])),
        Doc("3_completion_note.txt", text=f"""
MARROWSTONE COAST ONCOLOGY - Radiation Oncology
COMPLETION NOTE (typed)   01/15/2027
Pt: {patient(3)}   MRN {mrn(3)}

Finished SRS to the L parietal resection cavity today, 27 Gy in 3 fx (9 Gy x 3), 01/11-01/15, robotic linac w/ skull tracking, mask. No new deficits, mild fatigue. Stop dex after 3 more days. MRI brain 8 wk, see me after. Onc (Dr. Abernathy-Lowe) updated.

T. Vashti-Crane MD
{FOOT}
"""),
    ])

# h79_04 -- key: value course export (text): cobalt-60 with mask, cavernous-sinus meningioma 25 Gy/5 --------------
_fx04 = [("2027-01-27", "0.6"), ("2027-01-28", "0.9"), ("2027-01-29", "0.5"), ("2027-02-01", "0.7"), ("2027-02-02", "0.4")]
_kv04 = "\n".join(f"fraction_{i}_date: {d}\nfraction_{i}_dose_gy: 5.0\nfraction_{i}_cbct: acquired, couch correction {s} mm, approved (MH)\nfraction_{i}_motion: within 1.5 mm threshold, 0 pauses"
                  for i, (d, s) in enumerate(_fx04, start=1))
add(name="h79_04", kind="kv_export", codes=["77373", "77435", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("right cavernous sinus meningioma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Key: value course export from an oncology information system: right cavernous-sinus meningioma "
          "(2.9 cm, 4 mm from the optic nerve: complex by location and type), 25 Gy in 5 fractions to the 50% "
          "isodose on a cobalt-60 unit with cone-beam CT and a frameless mask with nose-marker motion monitoring; "
          "planning MRI and CT; per-fraction keys. Codes right.",
    docs=[Doc("h79_04.txt", text=f"""
RADLOG OIS (invented) - COURSE EXPORT (key: value)
export_time: 2027-02-05 16:20
facility: Quillfield Neuroscience & Radiation Center
patient_name: {patient(4)}
mrn: {mrn(4)}
dob: 1960-03-02
course_id: C1
course_name: FSRS R cavernous sinus
course_intent: curative
diagnosis: D32.0 benign neoplasm of cerebral meninges - right cavernous sinus meningioma (imaging diagnosis, enlarging 2023-2026)
attending: Ingrid Vasquez-Holloway, MD
physicist: Matthias Hollenbeck, PhD
target_count: 1
target_1_name: right cavernous sinus meningioma
target_1_max_dimension_cm: 2.9
target_1_volume_cc: 6.8
target_1_distance_to_optic_apparatus: 4 mm (right optic nerve)
target_1_rx: 25 Gy in 5 fractions (5 Gy/fx) to the 50% isodose line
target_1_coverage: 97.2%
oar_right_optic_nerve_max_gy: 22.1
oar_chiasm_max_gy: 18.4
oar_brainstem_max_gy: 20.3
oar_right_cochlea_mean_gy: 3.3
unit: cobalt-60 multi-source radiosurgery unit with integrated cone-beam CT
planning_system: CINDERPLAN 5.4 (invented)
shots: 23 (4 mm and 8 mm)
immobilization: frameless thermoplastic mask with nose marker
motion_monitoring: infrared nose-marker tracking, threshold 1.5 mm
planning_mri: 2027-01-22 T1+Gd 1 mm and T2 CISS 0.6 mm
planning_ct: 2027-01-25 1 mm in mask, co-registered to MRI
plan_approved: 2027-01-26 (IVH)
physics_plan_check: 2027-01-26 independent dose calculation agreement 1.1%, PASS (MH)
fractions_planned: 5
{_kv04}
fractions_delivered: 5
total_delivered_gy: 25.0
course_status: completed 2027-02-02
completion_note: tolerated well; no visual change; MRI and visual fields in 6 months
{FOOT}
""")])

# h79_05 -- scanned page: cobalt-60 frame radiosurgery for trigeminal neuralgia; 61796 claimed (functional: 61798)
_c = "RUSHMERE VALLEY NEUROSURGERY - GAMMA RADIOSURGERY SERVICE"
add(name="h79_05", kind="scan", codes=["77371", "77432", "61796", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Scanned (image-only, slightly crooked) one-page radiosurgery treatment record: right trigeminal neuralgia, "
          "single 4 mm shot, 80 Gy maximum dose to the 100% isodose on a cobalt-60 unit under a head frame, "
          "stereotactic MRI + CT, coordinate check. A functional target is complex, so the claimed 61796 is wrong "
          "(61798); 77371, 77432 and 61800 fit.",
    docs=[Doc("h79_05.pdf", [[
        Paragraph("RADIOSURGERY TREATMENT RECORD", bold=True),
        KeyValue([("Patient", patient(5)), ("MRN", mrn(5)), ("DOB", "10/09/1952"), ("Date of treatment", "01/14/2027"),
                  ("Diagnosis", "Right trigeminal neuralgia, classical, V2-V3 (G50.0); failed carbamazepine and oxcarbazepine (hyponatremia); BNI pain score V"),
                  ("Fixation", "Stereotactic head frame, 4 pins, local anesthesia"),
                  ("Imaging", "Stereotactic MRI (CISS 0.5 mm, T1+Gd 1 mm) and stereotactic CT 1 mm, co-registered 01/14/2027"),
                  ("Target", "Right trigeminal nerve, cisternal segment, isocenter 7 mm anterior to the root entry zone"),
                  ("Unit", "Cobalt-60 multi-source radiosurgery unit"),
                  ("Plan", "1 isocenter, 4 mm collimator; CINDERPLAN 5.4 (invented)"),
                  ("Dose", "80 Gy maximum dose (100% isodose), single session"),
                  ("Brainstem", "Surface dose 11.6 Gy (20% isodose clear of pons)")]),
        P("Frame coordinates checked by physicist and neurosurgeon against the plan. Treatment time independently "
          "recalculated (agreement 0.6%). Delivered 11:02-11:58, uneventful. Frame removed, pin sites dressed. "
          "Continue carbamazepine 200 mg BID until pain relief, then taper per clinic."),
        sig("Cornelius Abiodun-Reyes, MD, Neurosurgery 01/14/2027"),
        sig("Hestia Lindqvist, MD, Radiation Oncology 01/14/2027"),
        sig("Per Aurelio Danforth, PhD, Medical Physics 01/14/2027"),
    ]], opts=dict(header=[_c, "12 Millrace Drive - Suite 110"], page_numbers=None, scan=True, scan_dpi=200,
                  scan_skew=1.1, scan_noise=8.0))])

# h79_06 -- plan report + physics second check + treatment record (PDF): linac frame SRS of an AVM -------------------
_c = "BELLWETHER UNIVERSITY HOSPITAL - DEPARTMENT OF RADIATION ONCOLOGY"
add(name="h79_06", kind="plan_report", codes=["77372", "77432", "61798", "61800"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI", "angiography"], ["frame"]),
    lesions=[L("left parietal AVM nidus", "cranial", C, 18, 1)],
    categories=cats(),
    notes="Three-page plan report, physics second check (independent MU per arc) and treatment record: left parietal "
          "AVM (Spetzler-Martin II, nidus 2.2 cm) treated with 18 Gy to the 80% isodose in one session on a gantry "
          "linac with dynamic conformal arcs under a head frame; stereotactic angiography, CT angiography and MRI. "
          "Codes right (AVM complex).",
    docs=[Doc("h79_06.pdf", [
        [H1("Stereotactic Radiosurgery Plan Report"),
         KeyValue([("Patient", f"{patient(6)}   MRN {mrn(6)}   DOB 05/30/1992"),
                   ("Diagnosis", "Q28.2 arteriovenous malformation of cerebral vessels, left parietal; Spetzler-Martin grade II; presented with a focal seizure 08/2026"),
                   ("Plan name / status", "AVM_LPAR_SRS / APPROVED 01/19/2027"),
                   ("Planning system", "HELIX-PLAN 7 (invented)"),
                   ("Fixation", "Stereotactic head frame applied 01/19/2027 07:05 (neurosurgery, local anesthesia)"),
                   ("Imaging", "Stereotactic biplane DSA with frame localizer 01/19/2027; stereotactic CT angiography 1 mm; MRI T1+Gd/T2 01/15/2027 fused"),
                   ("Target", "AVM nidus outlined on DSA and CTA, no margin; max dimension 2.2 cm; volume 3.4 cc"),
                   ("Prescription", "18 Gy in 1 fraction to the 80% isodose line; max 22.5 Gy"),
                   ("Beam arrangement", "6 MV SRS beam, 5 dynamic conformal arcs (couch 0, 30, 60, 300, 330), 2.5 mm MLC, single isocenter"),
                   ("Coverage / conformity", "Nidus V18Gy 97.6%; Paddick CI 0.82; GI 3.0")]),
         TextTable([("Organ at risk", "Dmax", "Other"), ("Brainstem", "3.4 Gy", ""), ("Optic chiasm", "1.0 Gy", ""),
                    ("Brain - nidus", "", "V12Gy 8.7 cc")], columns=(0, 180, 260)),
         sig("Augustin Feldmann-Achebe, MD, Radiation Oncology 01/19/2027 10:58"),
         sig("Kezia Marlowe, PhD, Medical Physics 01/19/2027 11:06")],
        [H1("Physics Second Check - Independent Monitor Unit Verification"),
         P(f"{patient(6)}   Plan AVM_LPAR_SRS   Check performed 01/19/2027 11:20 by K. Marlowe"),
         RuledTable([("Arc", "Couch", "TPS MU", "Check MU", "Diff"), ("1", "0", "812", "805", "-0.9%"),
                     ("2", "30", "744", "751", "+0.9%"), ("3", "60", "689", "694", "+0.7%"),
                     ("4", "300", "701", "697", "-0.6%"), ("5", "330", "766", "770", "+0.5%")]),
         P("Action level 3% per arc. All arcs within tolerance. Isocenter coordinates transferred from the frame "
           "localizer verified against the plan. Frame-based target positioner mounted and checked. RESULT: PASS."),
         sig("Kezia Marlowe, PhD, DABR 01/19/2027 11:31")],
        [H1("Treatment Record"),
         RuledTable([("Date", "Fx", "Plan", "MU delivered", "Setup verification", "Dose (Gy)"),
                     ("01/19/2027", "1 of 1", "AVM_LPAR_SRS", "3712", "Stereoscopic kV pair with frame mount: 0.3 mm", "18.0")],
                    widths=(68, 42, 96, 56, 180, 58)),
         P("Summary: left parietal AVM nidus, 18 Gy in 1 fraction delivered 01/19/2027 12:14-12:41. Frame removed 12:55. "
           "No seizure, no headache. Levetiracetam unchanged. MRI at 6 and 12 months, angiography at 3 years or when "
           "MRI suggests obliteration."),
         sig("Augustin Feldmann-Achebe, MD 01/19/2027 13:40")],
    ], opts=dict(header=[_c, f"{patient(6)}   {mrn(6)}"]))])

# h79_07 -- bundle: EHR print-out + short dictated note: robotic-arm SRS, three metastases, one session ------------
_c = "CORRIGAN BAY RADIOSURGERY"
add(name="h79_07", kind="bundle", codes=["G0339", "77432", "61796", "61797"],
    facts=F("robotic_linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left cerebellar", "cranial", S, 18, 1), L("right occipital", "cranial", S, 20, 1),
             L("left frontal", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Two files: an EHR treatment-summary print-out with a page banner (three renal-cell metastases, one "
          "session on a robotic-arm linac with skull tracking, mask, CT + MRI, doses to the 70-75% isodose, DQA) "
          "and a short dictated post-treatment note. Robotic single session: G0339, 77432, 61796 and 61797 fit.",
    docs=[
        Doc("1_treatment_summary.pdf", [[
            H1("Stereotactic Radiosurgery - Treatment Summary"),
            KeyValue([("Treatment date", "01/26/2027 (single session)"),
                      ("Diagnosis", "C79.31 brain metastases; C64.2 renal cell carcinoma, left, clear cell"),
                      ("Physician", "Benedikt Aalto-Ferreira, MD"), ("Physicist", "Marisela Trent, MS"),
                      ("Unit", "Robotic-arm mounted 6 MV linac; 6D skull tracking"),
                      ("Immobilization", "Thermoplastic face mask"),
                      ("Planning images", "CT 0.75 mm (01/19/2027) registered to MRI T1+C 1 mm (01/18/2027)"),
                      ("Planning system", "CORALINE 2.8 (invented), sequential optimization, 2 paths")]),
            RuledTable([("Target", "Size", "Rx", "Isodose", "Beams", "Coverage"),
                        ("Left cerebellar", "2.0 cm", "18 Gy x 1", "70%", "118", "97.4%"),
                        ("Right occipital", "1.1 cm", "20 Gy x 1", "75%", "84", "98.9%"),
                        ("Left frontal", "0.6 cm", "20 Gy x 1", "75%", "61", "99.5%")]),
            P("Delivery QA (film, head phantom) 01/22/2027: 98.2% at 3%/1 mm, PASS. Skull tracking images acquired every "
              "30-60 s during delivery; translations < 0.6 mm, rotations < 0.5 degrees. All three targets treated as "
              "planned on 01/26/2027, 08:05-09:31."),
            P("Delivered: left cerebellar 18 Gy; right occipital 20 Gy; left frontal 20 Gy (1 fraction each)."),
            sig("Benedikt Aalto-Ferreira, MD 01/26/2027 10:02"),
            sig("Marisela Trent, MS, DABR 01/26/2027 09:55"),
        ]], opts=dict(header=banner("QUAYSIDE CHART (invented)", "02/09/2027 11:15 by billing\\rkade", 7, "12/03/1955", _c))),
        Doc("2_post_treatment_note.txt", text=f"""
CORRIGAN BAY RADIOSURGERY
POST-TREATMENT NOTE - dictated 01/26/2027 10:20, transcribed 01/26/2027 13:04
{patient(7)}   MRN {mrn(7)}

Ms. Seventyninepatient completed her radiosurgery this morning, three lesions in one session on the robotic system, left cerebellar eighteen gray, right occipital and left frontal twenty gray each. She tolerated the mask well. No nausea, no headache. Dexamethasone two milligrams daily for three days then stop. MRI in eight weeks. Continue cabozantinib per Dr. Merriweather.

Benedikt Aalto-Ferreira, MD
{FOOT}
"""),
    ])

# h79_08 -- prescription with revision history + treatment record (PDF): linac, two metastases, 27/3 -> 30/5 ------
_c = "WINTERBOURNE CANCER CENTRE"
_fx08 = ["01/18/2027", "01/19/2027", "01/20/2027", "01/21/2027", "01/22/2027"]
add(name="h79_08", kind="revised_rx", codes=["77373", "77435", "61798", "61797"],
    facts=F("linac", ["cranial"], 2, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal", "cranial", C, 30, 5), L("left parietal", "cranial", S, 30, 5)],
    categories=cats(),
    notes="Prescription with its revision history and the treatment record: version 1 (27 Gy in 3) superseded "
          "after plan review by version 2 (30 Gy in 5) because the 3.8 cm right frontal metastasis exceeded the "
          "brain constraint; five fractions delivered to both targets on a gantry linac with daily CBCT. The 3.8 cm "
          "lesion is complex by size, the 1.2 cm one simple: 61798 + 61797 fit.",
    docs=[Doc("h79_08.pdf", [
        [H1("Prescription - Revision History"),
         KeyValue([("Patient", f"{patient(8)}   MRN {mrn(8)}   DOB 04/22/1967"),
                   ("Course", "C1 FSRT brain"),
                   ("Diagnosis", "C79.31; NSCLC squamous (C34.12), on pembrolizumab"),
                   ("Physician", "Rhiannon Castellanos-Webb, MD")]),
         RuledTable([("Ver.", "Date", "Target", "Dose / fx", "Total", "Fx", "Isodose", "Status"),
                     ("1", "01/05/2027", "PTV_RFrontal (3.8 cm)", "9 Gy", "27 Gy", "3", "80%", "SUPERSEDED 01/11/2027"),
                     ("1", "01/05/2027", "PTV_LParietal (1.2 cm)", "9 Gy", "27 Gy", "3", "80%", "SUPERSEDED 01/11/2027"),
                     ("2", "01/11/2027", "PTV_RFrontal (3.8 cm)", "6 Gy", "30 Gy", "5", "80%", "APPROVED"),
                     ("2", "01/11/2027", "PTV_LParietal (1.2 cm)", "6 Gy", "30 Gy", "5", "80%", "APPROVED")],
                    widths=(30, 68, 130, 50, 44, 26, 48, 104)),
         P("Reason for revision: at 27 Gy in 3 the brain V18Gy around the right frontal lesion was 34 cc (goal < 30 cc). "
           "Re-prescribed both targets to 30 Gy in 5 fractions, one plan, one isocenter."),
         KeyValue([("Plan", "FSRT_2MET_v2: VMAT, 4 non-coplanar arcs, 6 MV FFF, HD MLC; PLANWRIGHT 16 (invented)"),
                   ("Simulation", "CT 1 mm in thermoplastic SRS mask 01/04/2027; MRI T1 post-contrast 1 mm 01/03/2027, fused"),
                   ("OAR (v2)", "Brain-PTV V18Gy 24.6 cc; brainstem Dmax 14.2 Gy; optic chiasm Dmax 6.0 Gy"),
                   ("Physics check", "Second MU calculation 01/12/2027 within 1.9%; portal dosimetry 99.0% (2%/2 mm) PASS")]),
         sig("Rhiannon Castellanos-Webb, MD 01/11/2027 16:44"),
         sig("Tobias Nakagawa-Ure, MS 01/12/2027 13:10")],
        [H1("Treatment Record"),
         RuledTable([("Fx", "Date", "Plan", "CBCT / shift (mm)", "PTV_RFrontal cumul.", "PTV_LParietal cumul.")]
                    + [(str(i + 1), d, "FSRT_2MET_v2", f"CBCT / {s}", f"{6 * (i + 1)} Gy", f"{6 * (i + 1)} Gy")
                       for i, (d, s) in enumerate(zip(_fx08, ["1.2", "0.8", "0.6", "0.9", "0.7"]))]),
         P("Course complete 01/22/2027: 5 of 5 fractions. Right frontal 30 Gy / 5 fx; left parietal 30 Gy / 5 fx. "
           "Tolerated well; grade 1 fatigue. MRI in 6 weeks."),
         sig("Rhiannon Castellanos-Webb, MD 01/22/2027 15:30")],
    ], opts=dict(header=[_c + "  -  Radiation Oncology", f"{patient(8)}   {mrn(8)}"]))])


# ==================================================================================================
# Spine
# ==================================================================================================

# h79_09 -- pipe-delimited export (text): single-fraction spine SBRT, T11 ---------------------------------------------
add(name="h79_09", kind="pipe_export", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 1, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T11", "spinal", None, 18, 1)],
    categories=cats(),
    notes="Pipe-delimited course export with record types (PAT, DX, IMG, IMMOB, TGT, RX, PLAN, QA, FX, SUM): "
          "single-fraction spine SBRT, 1800 cGy to T11 vertebral body and right pedicle on a gantry linac, vacuum "
          "cushion, CT + MRI, CBCT with 6DoF couch and intrafraction kV. Codes right.",
    docs=[Doc("h79_09.txt", text=f"""
#EXPORT|SPINEPLAN (invented) 4.0|OAKHAVEN SPINE & CANCER CENTER|2027-02-04 09:12|rec_sep=newline|field_sep=pipe
PAT|{patient(9)}|{mrn(9)}|1959-11-21|F
DX|C79.51|secondary malignant neoplasm of bone, T11|primary C50.411 breast, ER+/PR+/HER2-
COURSE|C1|SBRT SPINE T11|physician: Wendell Osei-Lindqvist MD|status: COMPLETE
IMG|CT_SIM|2027-01-18|1.0 mm slices, supine, arms up, in vacuum cushion
IMG|MRI_TSPINE|2027-01-15|T1/T2 axial 2 mm + sagittal; rigid fusion to CT_SIM (focus T10-T12), approved 2027-01-19
IMMOB|full-length vacuum cushion, indexed to couch|knee support
TGT|1|T11 vertebral body + right pedicle|GTV 11.4 cc|CTV per consensus (body + R pedicle)|PTV = CTV + 2 mm, cropped at cord PRV|Bilsky 0, no epidural disease
RX|1|1800 cGy|1 fx|to cover 90% of PTV|cord PRV Dmax <= 1200 cGy|esophagus D5cc <= 1400 cGy
PLAN|VMAT|2 arcs|6 MV FFF|LINAC-2 gantry linac|MU 5820|PTV V1800 90.3%|cord PRV Dmax 1186 cGy
QA|patient-specific|2027-01-21|diode array 3%/2 mm 99.1% PASS|physicist: Ysolde Bramwell MS
QA|second_check|2027-01-21|independent MU calc +1.3% PASS
FX|1|2027-01-22|1800 cGy|CBCT + 6DoF couch (vrt -1.4 mm, lng 0.9 mm, lat 0.3 mm, rot 0.4 deg)|intrafraction kV pair mid-arc: 0.4 mm|DELIVERED
SUM|T11|1800 cGy in 1 fx|delivered 2027-01-22|fractions 1 of 1|no acute toxicity
SIG|Wendell Osei-Lindqvist MD|2027-01-22 16:05|Ysolde Bramwell MS|2027-01-22 15:40
#END|records=16
{FOOT}
""")])

# h79_10 -- plan report + physics second check + record (PDF): one contiguous T9-T10 target; 63621 claimed --------
_c = "LOCKSLEY MEMORIAL HOSPITAL - RADIATION ONCOLOGY"
add(name="h79_10", kind="plan_report", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T9-T10", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Plan report, physics second check and two-row treatment record: one contiguous metastasis of the T9 and "
          "T10 vertebral bodies treated as a single PTV, 24 Gy in 2 fractions on a gantry linac, vacuum cushion, "
          "CT + MRI, CBCT. One lesion spanning two levels: 63620 fits, the claimed 63621 does not.",
    docs=[Doc("h79_10.pdf", [
        [H1("Spine SBRT Plan Report"),
         KeyValue([("Patient", f"{patient(10)}   MRN {mrn(10)}   DOB 08/17/1971"),
                   ("Diagnosis", "C79.51; renal cell carcinoma, clear cell (C64.1), prior nephrectomy 2024"),
                   ("Target", "One PTV (PTV_T9_T10) covering the T9 and T10 vertebral bodies and left pedicles: contiguous disease, Bilsky 1a"),
                   ("Prescription", "24 Gy in 2 fractions (12 Gy/fx) to 90% of PTV"),
                   ("Planning images", "CT simulation 1 mm 01/18/2027 in vacuum cushion; MRI thoracic spine T1/T2 01/14/2027, fused"),
                   ("Technique", "VMAT, 3 coplanar arcs, 6 MV FFF, gantry linac; PLANWRIGHT 16 (invented)"),
                   ("Immobilization", "Full-body vacuum cushion, arms up on wing board")]),
         TextTable([("Structure", "Constraint", "Achieved"), ("Spinal cord PRV", "Dmax < 17 Gy", "16.1 Gy"),
                    ("Esophagus", "D5cc < 17.7 Gy", "13.9 Gy"), ("PTV_T9_T10", "V24Gy >= 90%", "90.6%")],
                   columns=(0, 170, 300)),
         sig("Genevieve Oyelowo-Brandt, MD 01/20/2027 12:02")],
        [H1("Physics Second Check"),
         KeyValue([("Plan", "SPINE_T9T10_24in2"), ("Method", "Independent Monte Carlo dose recalculation (invented tool)"),
                   ("PTV D90 agreement", "-1.2%"), ("Cord PRV Dmax agreement", "+0.8%"),
                   ("Patient-specific QA", "Diode array, 3%/2 mm gamma 98.4% PASS (01/21/2027)"),
                   ("Result", "PASS")]),
         sig("Florian Achterberg-Yusuf, MS, DABR 01/21/2027 17:15"),
         H2("Treatment record"),
         RuledTable([("Fx", "Date", "Dose (Gy)", "Cumulative (Gy)", "Imaging"),
                     ("1", "01/25/2027", "12", "12", "CBCT x2, 6DoF correction"),
                     ("2", "01/27/2027", "12", "24", "CBCT x2, 6DoF correction")]),
         P("Completed 01/27/2027: T9-T10 metastasis 24 Gy in 2 fractions. Mild esophagitis expected; PPI and "
           "viscous lidocaine given. MRI spine in 3 months."),
         sig("Genevieve Oyelowo-Brandt, MD 01/27/2027 16:20")],
    ], opts=dict(header=[_c, f"{patient(10)}   {mrn(10)}"]))])

# h79_11 -- fixed-width treatment history (text): robotic-arm spine SBRT, two separate levels T4 and T8, 27 Gy/3 ---
_log11 = "\n".join(
    f"{d}  {s:>4}  {p:<11}  {f}/3    {900:>9}  {c:>8}  {im:>6}  {mc:>12}  {st}  {en}"
    for d, s, p, f, c, im, mc, st, en in [
        ("01/25/2027", "1", "T4_SBRT_v1", "1", "900", "58", "0.6", "08:02", "08:41"),
        ("01/25/2027", "1", "T8_SBRT_v1", "1", "900", "61", "0.7", "08:43", "09:25"),
        ("01/27/2027", "2", "T4_SBRT_v1", "2", "1800", "55", "0.5", "08:05", "08:42"),
        ("01/27/2027", "2", "T8_SBRT_v1", "2", "1800", "63", "0.8", "08:44", "09:29"),
        ("01/29/2027", "3", "T4_SBRT_v1", "3", "2700", "57", "0.4", "07:58", "08:36"),
        ("01/29/2027", "3", "T8_SBRT_v1", "3", "2700", "60", "0.6", "08:38", "09:20")])
add(name="h79_11", kind="fixed_width", codes=["G0339", "G0340", "77435", "63620", "63621"],
    facts=F("robotic_linac", ["spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T4", "spinal", None, 27, 3), L("T8", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Fixed-width treatment-history report from a robotic radiosurgery system: two separate spine metastases "
          "(T4 and T8, two plans) each 2700 cGy in 3 sessions, both plans delivered at every session, spine "
          "tracking without fiducials, vacuum cushion, CT + MRI, DQA; six log rows for three sessions. Codes right "
          "(G0339 first session, G0340 later sessions).",
    docs=[Doc("h79_11.txt", text=f"""
SALTMARSH REGIONAL MEDICAL CENTER              ROBOTIC RADIOSURGERY - TREATMENT HISTORY REPORT
Generated 02/03/2027 14:22 by RRSYS-REC 4.1 (invented)                                        Page 1 of 1
Patient: {patient(11)}     MRN: {mrn(11)}     DOB: 07/07/1963     Physician: Soren Ekwueme-Hale, MD

DIAGNOSIS   C79.51 bone metastases T4, T8; primary C34.31 lung adenocarcinoma (oligoprogression on osimertinib)
PLANNING    CT 1.25 mm 01/18/2027 (vacuum cushion, arms at sides); MRI T-spine T1/T2/STIR 01/17/2027 fused to CT
IMMOBIL.    Full-length vacuum cushion, knee sponge
DQA         01/21/2027  film in spine phantom  T4: 97.9%  T8: 98.3% (3%/1 mm)  PASS   Physicist: N. Haddad-Morrow

PLAN SUMMARY
Plan name    Target               Rx (cGy)  Fx  Rx IDL  Beams  Collimator   Tracking
-----------  -------------------  --------  --  ------  -----  -----------  ----------------------
T4_SBRT_v1   T4 vertebral body       2700    3    78%     141  fixed 12.5   spine, no fiducials
T8_SBRT_v1   T8 body + L pedicle     2700    3    80%     156  fixed 10/15  spine, no fiducials

DELIVERY LOG
Date        Sess  Plan         Fx    Dose(cGy)  Cum(cGy)  Images  Max corr(mm)  Start  End
----------  ----  -----------  ----  ---------  --------  ------  ------------  -----  -----
{_log11}

SESSIONS DELIVERED: 3 of 3        PLANS: 2        STATUS: COMPLETE
Cord Dmax (sum of plans) 20.4 Gy / 3 fx; esophagus D5cc 16.1 Gy.
Reviewed and signed: Soren Ekwueme-Hale, MD  02/01/2027        N. Haddad-Morrow, MS  02/01/2027
{FOOT}
""")])

# h79_12 -- bundle: EHR print-out (revised Rx, log, summary) + dictated note: post-op spine SBRT T7 -----------------
_c = "DUNMORE HEIGHTS MEDICAL CENTER"
add(name="h79_12", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T7 (post-operative)", "spinal", None, 30, 5)],
    categories=cats(),
    notes="Two files: a three-page EHR print-out with banners (prescription revised from 24 Gy in 2 to 30 Gy in 5 "
          "before treatment because of the cord constraint after separation surgery; five-row log; completion "
          "summary) and a short dictated note. Post-operative T7 (instrumentation T5-T9), CT myelogram simulation "
          "and MRI, vacuum cushion, CBCT. Codes right.",
    docs=[
        Doc("1_ehr_printout.pdf", [
            [H1("Radiation Prescription"),
             KeyValue([("Course", "C1 Spine SBRT post-op"), ("Site", "T7 post-operative bed (separation surgery 12/15/2026, pedicle-screw fixation T5-T9)"),
                       ("Diagnosis", "C79.51; colorectal adenocarcinoma (C18.7), metastatic"),
                       ("Physician", "Philippa Ruiz-Tennant, MD")]),
             RuledTable([("Rx", "Entered", "Dose", "Fx", "Status", "Comment"),
                         ("A", "01/06/2027", "24 Gy (12 Gy x 2)", "2", "Voided 01/08/2027", "cord PRV not met at 24/2 (post-op epidural residual)"),
                         ("B", "01/08/2027", "30 Gy (6 Gy x 5)", "5", "Active / signed", "CTV per post-op consensus, PTV 2 mm")],
                        widths=(26, 68, 100, 24, 100, 182)),
             KeyValue([("Simulation", "01/05/2027 CT myelogram (intrathecal contrast) 1 mm, vacuum cushion, arms up"),
                       ("Fusion", "MRI T-spine 01/04/2027 (hardware artifact; myelogram used for cord)"),
                       ("Plan", "VMAT, 2 arcs, 6 MV; gantry linac; PLANWRIGHT 16 (invented)"),
                       ("Physics", "Independent dose check 01/11/2027 +1.6% PASS; patient QA 99.3% PASS")]),
             sig("Philippa Ruiz-Tennant, MD 01/08/2027 09:12")],
            [H1("Treatment Log"),
             RuledTable([("Fx", "Date", "Dose", "Cumulative", "Image guidance", "Signed")]
                        + [(str(i + 1), d, "6.0 Gy", f"{6 * (i + 1)}.0 Gy", "CBCT + 6DoF, post-shift CBCT", "PRT")
                           for i, d in enumerate(["01/13/2027", "01/14/2027", "01/15/2027", "01/18/2027", "01/19/2027"])])],
            [H1("Completion Summary"),
             P("Stereotactic body radiotherapy to the T7 post-operative bed completed 01/19/2027: 30 Gy in 5 fractions "
               "(Rx B), delivered 01/13/2027 - 01/19/2027 on the gantry linac with daily cone-beam CT. Cord PRV Dmax "
               "24.8 Gy. No neurological change. Resume capecitabine per medical oncology after 2 weeks."),
             sig("Philippa Ruiz-Tennant, MD 01/19/2027 17:02")],
        ], opts=dict(header=banner("MERIDIAN-EHR (invented)", "02/08/2027 13:30 by coding\\ajoss", 12, "01/11/1965", _c))),
        Doc("2_dictated_note.txt", text=f"""
DUNMORE HEIGHTS MEDICAL CENTER - RADIATION ONCOLOGY
Last treatment visit - dictated 01/19/2027 by Philippa Ruiz-Tennant, MD
{patient(12)}   MRN {mrn(12)}

Mr. Seventyninepatient had his fifth and final fraction of spine SBRT to the T seven operative bed today, thirty gray in five fractions total. Incision healed. Back pain two out of ten, no radicular pain, strength five over five, no bowel or bladder change. He will see Dr. Haldane in spine surgery in two weeks and get an MRI of the thoracic spine in three months.
{FOOT}
"""),
    ])


# ==================================================================================================
# Body
# ==================================================================================================

# h79_13 -- physics second check + treatment record (PDF): lung SBRT 54 Gy/3; no immobilization documented ---------
_c = "FERNLEIGH CANCER CENTER - MEDICAL PHYSICS"
add(name="h79_13", kind="physics_check", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "PET"], []),
    lesions=[L("right upper lobe", "body", None, 54, 3)],
    categories=cats(positioning=False),
    notes="Physics documents only: the independent second-check report (4DCT, ITV, PET fused, 54 Gy in 3 to the "
          "PTV, arc MU comparison, pass) and the physics treatment record (three fractions with CBCT, cumulative "
          "dose, weekly chart check). Setup 'supine, arms above head': no immobilization device is documented, so "
          "positioning is unmet. Codes right.",
    docs=[Doc("h79_13.pdf", [
        [H1("Independent Second Check - SBRT"),
         KeyValue([("Patient", f"{patient(13)}   MRN {mrn(13)}   DOB 09/01/1948"),
                   ("Course / plan", "C1 Lung SBRT / RUL_SBRT_54in3"),
                   ("Diagnosis", "C34.11 NSCLC RUL, adenocarcinoma, cT1bN0M0, medically inoperable (COPD, FEV1 38%)"),
                   ("Simulation", "4DCT 01/12/2027, 2 mm, 10 phases; supine, arms above head"),
                   ("Target", "ITV from all phases (1.9 cm nodule); PTV = ITV + 5 mm; PET-CT 12/28/2026 registered for delineation"),
                   ("Prescription", "54 Gy in 3 fractions (18 Gy/fx) to the PTV, 80% isodose; non-consecutive days"),
                   ("Machine / technique", "Gantry linac 6 MV FFF, 2 partial VMAT arcs"),
                   ("Planning system", "PLANWRIGHT 16 (invented)")]),
         RuledTable([("Beam", "TPS MU", "Check MU", "Diff", "Tolerance"), ("Arc 1 (181-30)", "1687", "1712", "+1.5%", "5%"),
                     ("Arc 2 (30-181)", "1702", "1738", "+2.1%", "5%")]),
         P("Dose constraints reviewed against RTOG 0915-style limits: chest wall V30Gy 22 cc, bronchial tree Dmax 17.1 Gy, "
           "cord Dmax 8.4 Gy, lung V20Gy 4.8%. RESULT: PASS."),
         sig("Cosima Halvorsen-Mbeki, PhD, DABR 01/14/2027 15:48")],
        [H1("Physics Treatment Record"),
         RuledTable([("Fx", "Date", "Dose (Gy)", "Cumulative (Gy)", "CBCT match", "Therapist"),
                     ("1", "01/18/2027", "18", "18", "soft tissue to ITV, 2.1 mm", "LW"),
                     ("2", "01/20/2027", "18", "36", "soft tissue to ITV, 1.6 mm", "LW"),
                     ("3", "01/22/2027", "18", "54", "soft tissue to ITV, 1.9 mm", "DK")]),
         P("Weekly chart check 01/22/2027: 3 of 3 fractions delivered, 54 Gy to the RUL PTV, no deviations. Course complete."),
         sig("Cosima Halvorsen-Mbeki, PhD, DABR 01/22/2027 16:30"),
         sig("Ravindra Lockhart-Sowa, MD, Radiation Oncology 01/22/2027 17:05")],
    ], opts=dict(header=[_c, f"{patient(13)}   {mrn(13)}"]))])

# h79_14 -- EHR print-out with banners: robotic liver SBRT 45 Gy/3 with fiducials; 77432 claimed -----------------
_c = "GALLOWAY CREEK HEALTH - RADIATION ONCOLOGY"
add(name="h79_14", kind="ehr_printout", codes=["77373", "77432"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment VII (HCC)", "body", None, 45, 3)],
    categories=cats(),
    notes="Two-page EHR print-out with print banners: treatment summary and fraction history of hepatocellular "
          "carcinoma, segment VII, 45 Gy in 3 fractions on a robotic-arm linac with three gold fiducials, respiratory "
          "motion tracking, vacuum cushion, multiphase CT and MRI. The claimed 77432 (single-session cranial "
          "management) is wrong for a liver course (77435).",
    docs=[Doc("h79_14.pdf", [
        [H1("SBRT Treatment Summary"),
         KeyValue([("Diagnosis", "C22.0 hepatocellular carcinoma, segment VII, 2.8 cm; Child-Pugh A6; residual after TACE 10/2026"),
                   ("Physician", "Idris Wolstenholme, MD"),
                   ("Fiducials", "3 gold fiducials placed by IR 01/04/2027 (Dr. Nandakumar)"),
                   ("Simulation", "01/11/2027: multiphase contrast CT 1.5 mm and MRI liver (arterial / portal venous / delayed) fused; vacuum cushion, arms up"),
                   ("Target", "GTV segment VII lesion (arterial enhancement); PTV = GTV + 3-5 mm"),
                   ("Prescription", "45 Gy in 3 fractions (15 Gy/fx) to the 75% isodose line"),
                   ("Unit / tracking", "Robotic-arm 6 MV linac; fiducial tracking with respiratory motion modelling"),
                   ("Plan", "CORALINE 2.8 (invented), 204 beams, variable aperture collimator"),
                   ("Physics", "Second dose calculation +2.2% PASS; delivery QA 96.9% (3%/2 mm) PASS, 01/13/2027")]),
         TextTable([("OAR", "Result", "Limit"), ("Liver minus GTV, D700cc", "9.8 Gy", "< 15 Gy"),
                    ("Duodenum Dmax", "17.4 Gy", "< 22.2 Gy"), ("Stomach Dmax", "11.0 Gy", "< 22.2 Gy"),
                    ("Right kidney D200cc", "6.2 Gy", "< 15 Gy")], columns=(0, 200, 300)),
         sig("Idris Wolstenholme, MD 01/13/2027 14:10")],
        [H1("Fraction History"),
         RuledTable([("Fx", "Date", "Dose", "Cumulative", "Fiducial tracking", "Correlation error"),
                     ("1", "01/18/2027", "15 Gy", "15 Gy", "3/3 fiducials tracked", "1.8 mm"),
                     ("2", "01/20/2027", "15 Gy", "30 Gy", "3/3 fiducials tracked", "2.1 mm"),
                     ("3", "01/22/2027", "15 Gy", "45 Gy", "3/3 fiducials tracked", "1.6 mm")]),
         P("Course complete 01/22/2027: segment VII HCC 45 Gy in 3 fractions. Mild nausea after fraction 2, resolved "
           "with ondansetron. Labs and multiphase MRI at 6 weeks; hepatology follow-up."),
         sig("Idris Wolstenholme, MD 01/22/2027 16:48")],
    ], opts=dict(header=banner("ORCHARDLINE EHR (invented)", "02/10/2027 08:03 by HIM-ROI\\mbrisco", 14, "03/19/1957", _c)))])

# h79_15 -- bundle: session-log print-out + dictated note saying forty gray: prostate SBRT 36.25/5 (contradiction) ---
_c = "HARTWELL UROLOGIC ONCOLOGY - RADIATION"
_fx15 = ["01/11/2027", "01/13/2027", "01/15/2027", "01/18/2027", "01/20/2027"]
add(name="h79_15", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    contradiction="The dictated completion note says forty gray in five fractions, while the prescription and the session log give 36.25 Gy (7.25 Gy x 5).",
    notes="Two files: a print-out of the prescription and per-session log (prostate SBRT 36.25 Gy in 5 fractions "
          "of 7.25 Gy, three gold seeds and a rectal spacer, MRI fused to CT, vacuum cushion, kV seed matching and "
          "intrafraction monitoring on a gantry linac) and a dictated completion note that says 'forty gray in "
          "five fractions'. Gold follows the prescription and log.",
    docs=[
        Doc("1_rx_and_session_log.pdf", [[
            H1("Prescription and Session Log - Prostate SBRT"),
            KeyValue([("Diagnosis", "C61 adenocarcinoma of prostate, Gleason 3+4, PSA 7.8, cT1c; favorable intermediate risk"),
                      ("Fiducials / spacer", "3 gold seed markers and hydrogel rectal spacer placed 12/14/2026"),
                      ("Simulation", "CT 1.5 mm 12/28/2026 (comfortably full bladder, empty rectum) fused with MRI pelvis 12/28/2026"),
                      ("Immobilization", "Vacuum cushion for pelvis and legs, feet banded"),
                      ("Target", "CTV = prostate + proximal 1 cm of seminal vesicles; PTV 5 mm (3 mm posterior)"),
                      ("Prescription", "36.25 Gy in 5 fractions (7.25 Gy/fx), every other day"),
                      ("Plan", "VMAT, 2 arcs, 10 MV FFF, gantry linac; PLANWRIGHT 16 (invented); PTV V36.25 95.4%"),
                      ("Physics", "Patient QA 98.8% (2%/2 mm) PASS 01/07/2027; second check within 1.4%")]),
            RuledTable([("Fx", "Date", "Dose (Gy)", "Cum. (Gy)", "Seed match kV (mm)", "Intrafraction", "Status")]
                       + [(str(i + 1), d, "7.25", f"{7.25 * (i + 1):.2f}", m, "kV every 60 deg", "Treated")
                          for i, (d, m) in enumerate(zip(_fx15, ["2.4", "1.9", "3.1", "1.2", "2.0"]))]),
            P("5 of 5 fractions delivered. Course status: Completed 01/20/2027."),
            sig("Lennart Oyama-Fitch, MD 01/20/2027 15:25"),
        ]], opts=dict(header=banner("TIDEWELL ONCOLOGY SUITE (invented)", "02/09/2027 09:47 by coding.queue", 15, "05/28/1955", _c))),
        Doc("2_completion_note_dictated.txt", text=f"""
HARTWELL UROLOGIC ONCOLOGY - RADIATION ONCOLOGY
COMPLETION NOTE (dictated 01/20/2027, transcribed 01/21/2027 by TRANSCRIBE-RITE, invented; not yet read)
{patient(15)}   MRN {mrn(15)}

Mr. Seventyninepatient completed stereotactic body radiation to the prostate today, forty gray in five fractions every other day. He has mild urinary frequency, nocturia times two, on tamsulosin already. No bowel symptoms, the spacer has worked well. PSA in three months and see me in clinic then. No androgen deprivation.

Lennart Oyama-Fitch, MD
{FOOT}
"""),
    ])

# h79_16 -- two-column page (PDF): MR-guided pancreas SBRT 50 Gy/5 ------------------------------------------------
_c = "IVYBRIDGE UNIVERSITY CANCER CENTER"
add(name="h79_16", kind="two_column", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("pancreatic head", "body", None, 50, 5)],
    categories=cats(),
    notes="One two-column SBRT completion summary: locally advanced pancreatic-head adenocarcinoma after FOLFIRINOX, "
          "50 Gy in 5 fractions on a 0.35 T MR-guided gantry linac with daily on-table adaptation and cine-MRI "
          "breath-hold gating; CT and MRI simulation, vacuum cushion. The left column runs into the right one. "
          "Codes right.",
    docs=[Doc("h79_16.pdf", [[
        H1("SBRT Completion Summary"),
        P(f"{patient(16)}   MRN {mrn(16)}   DOB 11/30/1962"),
        H2("Diagnosis"),
        P("C25.0 adenocarcinoma of the pancreatic head, locally advanced (SMA abutment 180 degrees), CA 19-9 412 -> 58 "
          "after 6 months of FOLFIRINOX; no distant disease on restaging CT 12/2026."),
        H2("Simulation"),
        P("CT simulation and MRI simulation on 01/07/2027, supine in a vacuum cushion, arms up, end-expiration "
          "breath-hold; fasting 3 hours."),
        H2("Target and prescription"),
        P("GTV = tumor + vascular interface (SMA, SMV); PTV = GTV + 3 mm. Prescribed 50 Gy in 5 fractions (10 Gy per "
          "fraction), single dose level, no elective volume. Duodenum and stomach V33Gy < 1 cc; "
          "PTV D95 recorded each fraction."),
        ColumnBreak(),
        H2("Treatment"),
        P("0.35 T MR-guided gantry linac (6 MV FFF), step-and-shoot IMRT, 13 beams. Each fraction: setup MRI, "
          "on-table contour review and plan adaptation (fractions 1, 2, 4 and 5 adapted), patient-specific "
          "secondary dose check of every adapted plan, cine-MRI gating on the GTV (3 mm boundary, 5% region of "
          "interest) in breath-hold."),
        RuledTable([("Fx", "Date", "Dose", "Adapted"), ("1", "01/19/2027", "10 Gy", "yes"), ("2", "01/21/2027", "10 Gy", "yes"),
                    ("3", "01/25/2027", "10 Gy", "no"), ("4", "01/27/2027", "10 Gy", "yes"), ("5", "01/29/2027", "10 Gy", "yes")]),
        H2("Result"),
        P("Pancreatic head tumor: 50 Gy in 5 fractions delivered, 01/19/2027 - 01/29/2027. Grade 1 nausea. Restaging "
          "CT and CA 19-9 in 6 weeks; surgical oncology review for possible resection."),
        sig("Marguerite Ilunga-Stavros, MD 01/29/2027"),
        sig("Tomasz Everleigh, PhD, DABR 01/29/2027"),
    ]], opts=dict(header=[_c + "  -  MR-guided Radiotherapy", f"{patient(16)}   {mrn(16)}"], two_columns=True))])

# h79_17 -- bundle: CSV course export + typed note: oligometastatic prostate cancer, three targets; header says 2 ---
_tg17 = [("1", "PTV_LIliac", "left iliac bone", "3500", "700"), ("2", "PTV_T10", "T10 vertebral body", "3000", "600"),
         ("3", "PTV_LN_PA", "left para-aortic lymph node", "3500", "700")]
_fx17 = ["2027-01-25", "2027-01-27", "2027-01-29", "2027-02-01", "2027-02-03"]
_log17 = "\n".join(f"{d},{k + 1},{s},{fx},{int(fx) * (k + 1)},CBCT,Y" for k, d in enumerate(_fx17) for _i, s, _n, _tot, fx in _tg17)
add(name="h79_17", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["body", "spinal"], 3, 5, ["CT", "MRI", "PET"], ["body_immobilization"]),
    lesions=[L("left iliac bone", "body", None, 35, 5), L("T10 vertebral body", "spinal", None, 30, 5),
             L("left para-aortic lymph node", "body", None, 35, 5)],
    categories=cats(),
    contradiction="The course header of the export says 2 targets, while the target table, the fraction log and the physician's note list three treated lesions.",
    notes="Two files: a CSV course export (header block with 'targets_in_course: 2', a three-row target table, a "
          "fifteen-row fraction log of three targets over five sessions, cumulative cGy) and a short typed note "
          "naming all three PSMA-PET-detected metastases (left iliac 35 Gy/5, T10 30 Gy/5, para-aortic node 35 Gy/5) "
          "on a gantry linac with CBCT, vacuum cushion, CT + spine MRI + PSMA PET. Codes right (63620 for T10).",
    docs=[
        Doc("1_course_export.txt", text=f"""
# KINGSMERE ONCOLOGY NETWORK - course export (OIS-LITE, invented) - generated 2027-02-05 11:48
# patient_name,{patient(17)}
# mrn,{mrn(17)}
# dob,1969-04-04
# course,C1 SBRT OLIGOMETS
# diagnosis,C61 prostate adenocarcinoma; C79.51 bone; C77.2 intra-abdominal lymph node
# physician,Alastair Mbatha-Quist MD
# targets_in_course,2
# machine,LINAC-1 gantry linac 6 MV FFF
# immobilization,full-length vacuum cushion arms up
# planning_imaging,CT_SIM 2027-01-19 1.5 mm; MRI T-spine 2027-01-18; PSMA PET-CT 2027-01-06 registered
# plan_qa,2027-01-22 patient QA all plans PASS (>= 97.5% 3%/2 mm); second calc within 2%
target_no,structure,site,rx_total_cGy,rx_per_fx_cGy,fractions,technique
{chr(10).join(f"{i},{s},{n},{tot},{fx},5,VMAT 2 arcs" for i, s, n, tot, fx in _tg17)}
date,fraction,structure,dose_cGy,cumulative_cGy,igrt,delivered
{_log17}
# course_status,COMPLETED 2027-02-03
"""),
        Doc("2_typed_note.txt", text=f"""
KINGSMERE ONCOLOGY NETWORK - Radiation Oncology
Typed note, 02/03/2027 - end of SBRT
{patient(17)}   MRN {mrn(17)}

Completed SBRT to the three PSMA-avid oligometastases today, same five sessions for all three (01/25 - 02/03):
 - left iliac bone 35 Gy / 5
 - T10 vertebral body 30 Gy / 5
 - left para-aortic node 35 Gy / 5
CBCT every session, no issues. Short-course ADT continues per urology. PSA 6 weeks, PSMA PET 6 months.
A. Mbatha-Quist MD
{FOOT}
"""),
    ])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# h79_18 -- plan report + second check + treatment record with 0 fractions: lung SBRT cancelled before fx 1 --------
_c = "LARKSPUR COMMUNITY HOSPITAL - RADIATION ONCOLOGY"
add(name="h79_18", kind="plan_report", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative (course stopped before it began): a complete lung SBRT plan report (50 Gy in 5, LLL, "
          "4DCT, vacuum cushion), a passed physics second check and a treatment record showing 0 of 5 fractions: "
          "the patient was admitted with a COPD exacerbation, then chose hospice, and the course was discontinued "
          "before fraction 1. Nothing delivered: facts empty, codes inconsistent.",
    docs=[Doc("h79_18.pdf", [
        [H1("SBRT Plan Report"),
         KeyValue([("Patient", f"{patient(18)}   MRN {mrn(18)}   DOB 02/14/1944"),
                   ("Diagnosis", "C34.32 NSCLC left lower lobe, squamous, cT1cN0M0, inoperable"),
                   ("Simulation", "4DCT 01/20/2027, vacuum cushion, arms up on wing board"),
                   ("Target", "ITV (2.4 cm nodule) + 5 mm = PTV 31.6 cc; adjacent to the left posterior chest wall"),
                   ("Prescription", "50 Gy in 5 fractions (10 Gy/fx) to the PTV, 80% isodose"),
                   ("Technique", "Gantry linac 6 MV FFF, 2 partial VMAT arcs; PLANWRIGHT 16 (invented)"),
                   ("Plan status", "Approved 01/26/2027")]),
         sig("Beatrix Onyango-Sterling, MD 01/26/2027 11:12"),
         H2("Physics second check"),
         P("Independent MU calculation: arc 1 +1.7%, arc 2 +2.3% (tolerance 5%). Patient QA 98.1% (3%/2 mm). PASS."),
         sig("Emrys Calloway, MS 01/27/2027 10:05")],
        [H1("Treatment Record"),
         RuledTable([("Fx", "Scheduled", "Status", "Dose (Gy)", "Comment"),
                     ("1", "01/29/2027", "Cancelled", "0", "Patient admitted 01/28 (COPD exacerbation)"),
                     ("2", "02/01/2027", "Cancelled", "0", ""), ("3", "02/03/2027", "Cancelled", "0", ""),
                     ("4", "02/05/2027", "Cancelled", "0", ""), ("5", "02/08/2027", "Cancelled", "0", "")]),
         KeyValue([("Fractions delivered", "0 of 5"), ("Dose delivered", "0 Gy"),
                   ("Course status", "DISCONTINUED prior to first fraction, 02/04/2027")]),
         P("Note 02/04/2027: spoke with the patient and her son at the hospital. After the admission she has decided on "
           "hospice care and does not wish to pursue radiation. Course closed; plan retired. No treatment was given."),
         sig("Beatrix Onyango-Sterling, MD 02/04/2027 17:40")],
    ], opts=dict(header=[_c, f"{patient(18)}   {mrn(18)}"]))])


# h79_19 -- EHR print-out: fractionated stereotactic RT 50.4 Gy in 28 fractions (delivered, not SRS/SBRT) ----------
def _weekdays(start: str, n: int, skip: tuple[str, ...] = ()) -> list[str]:
    day, out = _dt.date.fromisoformat(start), []
    while len(out) < n:
        if day.weekday() < 5 and day.isoformat() not in skip:
            out.append(day.strftime("%m/%d/%Y"))
        day += _dt.timedelta(days=1)
    return out


_fx19 = _weekdays("2026-12-14", 28, skip=("2026-12-25", "2027-01-01"))
_c = "MAPLECROFT NEURO-ONCOLOGY & RADIATION"
add(name="h79_19", kind="ehr_printout", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 28, ["CT", "MRI"], ["mask"]),
    lesions=[L("left optic nerve sheath meningioma", "cranial", C, 50.4, 28)],
    categories=cats(),
    notes="Hard negative (delivered, but not a stereotactic course): EHR print-out of 'fractionated stereotactic "
          "radiotherapy' for a left optic nerve sheath meningioma, 50.4 Gy in 28 fractions of 1.8 Gy on a gantry "
          "linac with a mask and daily CBCT, and its 28-row treatment log. More than 5 fractions: every claimed "
          "code is inconsistent and there is no delivery code.",
    docs=[Doc("h79_19.pdf", [
        [H1("Treatment Summary - Fractionated Stereotactic Radiotherapy"),
         KeyValue([("Diagnosis", "D32.0 left optic nerve sheath meningioma (imaging diagnosis); visual acuity 20/40 OS, declining fields"),
                   ("Physician", "Solveig Amankwah-Drury, MD"),
                   ("Immobilization", "Thermoplastic stereotactic mask with bite block"),
                   ("Planning imaging", "CT 1 mm 12/03/2026; MRI orbits/brain fat-suppressed T1+C 1 mm 12/01/2026, fused"),
                   ("Target", "GTV = enhancing sheath along the intraorbital and intracanalicular left optic nerve; PTV = GTV + 2 mm"),
                   ("Prescription", "50.4 Gy in 28 fractions (1.8 Gy/fx), 5 fractions per week"),
                   ("Technique", "Gantry linac 6 MV, VMAT 3 non-coplanar arcs, HD MLC; PLANWRIGHT 16 (invented)"),
                   ("Image guidance", "Daily CBCT with 6DoF couch correction"),
                   ("Course dates", f"{_fx19[0]} - {_fx19[-1]}"),
                   ("Delivered", "50.4 Gy in 28 fractions, completed as prescribed")]),
         P("Tolerated well: mild periorbital erythema, no change in acuity during treatment. Ophthalmology "
           "(Dr. Marchetti) and MRI at 3 months."),
         sig("Solveig Amankwah-Drury, MD 01/22/2027 16:10")],
        [H1("Treatment Log"),
         RuledTable([("Fx", "Date", "Dose (Gy)", "Cumulative (Gy)", "IGRT")]
                    + [(str(i + 1), d, "1.8", f"{1.8 * (i + 1):.1f}", "CBCT") for i, d in enumerate(_fx19)])],
    ], opts=dict(header=banner("QUAYSIDE CHART (invented)", "02/11/2027 10:26 by billing\\rkade", 19, "07/19/1978", _c)))])

# h79_20 -- pipe-delimited scheduling / charge-hold export: SRS scheduled for 02/16, not given -----------------------
add(name="h79_20", kind="schedule_export", codes=["77372", "77432", "61796"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative (treatment not yet given): a scheduling and charge-hold export printed 02/10/2027: consult, "
          "planning MRI, mask CT simulation and physics planning completed; the single-session SRS of one 1.4 cm "
          "metastasis is scheduled for 02/16/2027 with its charges pre-loaded and on hold. Nothing delivered: facts "
          "empty, codes inconsistent.",
    docs=[Doc("h79_20.txt", text=f"""
NETTLEFORD CANCER CENTER - SCHEDULING / CHARGE HOLD EXPORT (ROSTERLINE, invented)
run_date|2027-02-10 17:02|run_by|charge.review|filter|patient={mrn(20)}
patient|{patient(20)}|mrn|{mrn(20)}|dob|1974-12-12|payer|commercial
course|C1 SRS BRAIN - R frontal met 1.4 cm (C79.31; melanoma C43.6)|physician|Ottilie Brannagh-Kwame MD
APPT_ID|DATE|TIME|RESOURCE|APPOINTMENT|STATUS|NOTE
A-55120|2027-01-28|10:30|MD clinic 2|New patient consult|COMPLETED|SRS recommended, 20 Gy x1 planned
A-55191|2027-02-03|07:45|MRI 1.5T|Planning MRI brain w/wo contrast|COMPLETED|
A-55192|2027-02-03|09:00|CT-SIM|CT simulation, SRS mask|COMPLETED|mask made
A-55240|2027-02-09|13:00|Physics|SRS plan / QA|COMPLETED|plan approved, QA pass
A-55301|2027-02-16|08:00|LINAC-4|SRS treatment 1 of 1|SCHEDULED|
A-55302|2027-03-30|09:15|MD clinic 2|Follow-up + MRI review|SCHEDULED|
CHARGE_ID|CODE|DESCRIPTION|UNITS|STATUS|HOLD_REASON
H-9001|77372|SRS delivery, linac, single session|1|ON HOLD|treatment not yet delivered (appt A-55301)
H-9002|77432|SRS management, single session|1|ON HOLD|treatment not yet delivered (appt A-55301)
H-9003|61796|SRS, simple cranial lesion, first|1|ON HOLD|neurosurgery co-signature pending; treatment not yet delivered
END|rows=13
{FOOT}
""")])


CORPUS = Corpus("blind_corpus79", "tests/blind_corpus79", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
