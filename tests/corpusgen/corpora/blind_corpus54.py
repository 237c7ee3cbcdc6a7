"""Fifty-fourth blind corpus, ``tests/blind_corpus54/`` (regenerate: ``python scripts/make_corpus.py blind_corpus54``).

Twenty courses whose SHAPE is not one plan for one target (../shared/reference/course-model.md): one course with
several plans or phases (a lesion added mid-course, two isocentres with one plan each, a plan revised after a
re-simulation, a plan rejected at physics QA, daily adaptive plans), earlier courses and retreatments in the same
document set (only this course is labelled), several lesions in a mix of sites (brain with spine, lung with
adrenal, two vertebral levels in one target against two targets), lesions named differently from one document to
the next (plan names, structure names, anatomical names, "lesion B"), and long bundles of 4-7 documents that
disagree in small ways. Three hard negatives of unlike kinds. Every clinic, clinician and planning or record
system is invented; units are described generically.

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (letters, dictations and exports are deliberately one long line per paragraph or record)

from __future__ import annotations

from pdfmaker import BulletList, ColumnBreak, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ABIGAIL", "BARNABY", "CORDELIA", "DESMOND", "EVANGELINE", "FITZGERALD", "GWENDOLYN", "HORATIO", "IMOGEN",
         "JASPER", "KATHLEEN", "LEOPOLD", "MARGUERITE", "NATHANIEL", "OPHELIA", "PERCIVAL", "QUINCY", "ROSALIND",
         "SEBASTIAN", "THEODORA"]


def patient(n: int) -> str:
    return f"FIFTYFOURPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-540{n:02d}"


def banner(clinic: str, what: str, n: int, dob: str) -> list[str]:
    return [f"{clinic} - {what}", f"{patient(n)}    MRN {mrn(n)}    DOB {dob}"]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial (8, one of them brain + spine)
# ==================================================================================================

# i54_01 -- bundle (5 files): cobalt-60 frame SRS, consult lists 3 metastases, a 4th found on the frame MRI --------
_c = "BRIARWOOD NEUROSCIENCE INSTITUTE"
add(name="i54_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right frontal (Target 1 / T1)", "cranial", S, 20, 1), L("left occipital (Target 2 / T2)", "cranial", S, 20, 1),
             L("right cerebellar (Target 3 / T3)", "cranial", S, 18, 1),
             L("left posterior frontal, new on day-of MRI (Target 4 / T4)", "cranial", S, 20, 1)],
    categories=cats(),
    contradiction="The completion summary gives the new left posterior frontal lesion 18 Gy, while the plan report and the treatment record give Target 4 20 Gy (2000 cGy).",
    notes="Five-document cobalt-60 radiosurgery bundle: neurosurgery consult (three melanoma metastases on the "
          "outpatient MRI), frame-and-imaging note (stereotactic MRI on the day shows a fourth, 4 mm lesion, added "
          "as Target 4), plan report (Targets 1-4, 50% isodose, shots), treatment record in cGy by run (T1-T4, "
          "frame coordinate check) and a completion summary by anatomical name that gives the new lesion 18 Gy "
          "(the plan and record say 20 Gy). Four lesions, one session, frame.",
    docs=[
        Doc("1_neurosurgery_consult.txt", text=f"""
BRIARWOOD NEUROSCIENCE INSTITUTE - Department of Neurosurgery
OUTPATIENT CONSULTATION                                   Date of service: 03/02/2026
Patient: {patient(1)}     MRN: {mrn(1)}     DOB: 07/19/1968
Referring: Dr. Helena Quarrington, Medical Oncology

HPI: 57-year-old woman with BRAF-mutant cutaneous melanoma (left shoulder, resected 2023), now on dabrafenib/trametinib.
Restaging brain MRI 02/24/2026 shows three enhancing lesions: right frontal 9 mm, left occipital 12 mm and right
cerebellar hemisphere 16 mm, with mild edema around the cerebellar lesion. No hemorrhage. No hydrocephalus.
Neurologically intact apart from mild gait unsteadiness. KPS 90.

ASSESSMENT/PLAN: Three brain metastases, all under 2 cm and away from the brainstem and optic apparatus.
Recommend single-session stereotactic radiosurgery on the cobalt-60 unit under a stereotactic head frame, jointly
with Dr. Ansel Verhoeven (Radiation Oncology). A thin-slice stereotactic MRI on the day of the procedure may show
additional small lesions, which would be treated in the same session. Hold BRAF/MEK therapy 3 days before and after.
Risks (edema, radionecrosis, seizure, frame-site bleeding) discussed; she wishes to proceed. Scheduled 03/10/2026.

Marcus T. Ellingboe, MD - Neurosurgery (electronically signed 03/02/2026 16:12)
{FOOT}
"""),
        Doc("2_frame_and_imaging_note.txt", text=f"""
BRIARWOOD NEUROSCIENCE INSTITUTE - Radiosurgery Suite
PROCEDURE NOTE: STEREOTACTIC FRAME PLACEMENT AND TARGETING IMAGING      03/10/2026
{patient(1)}   MRN {mrn(1)}

07:18  Time-out performed. Scalp prepped; 1% lidocaine with bicarbonate at four pin sites.
07:24  Stereotactic head frame applied (4 pins, torqued), frame centered; patient tolerated well.
07:52  Stereotactic MRI with fiducial box: 3D T1 post-gadolinium 1.0 mm, T2 FLAIR.
08:25  Stereotactic CT with fiducial box, 1.0 mm slices, for geometric correction; fused with the MRI.

Finding on the stereotactic MRI: in addition to the three known lesions, there is a new 4 mm enhancing focus in the
left posterior frontal lobe (superior frontal gyrus), not present on 02/24/2026. Reviewed with Dr. Verhoeven and
Dr. Ellingboe at 08:50; the patient was informed and agreed to its treatment today. Added to the plan as Target 4.

Marcus T. Ellingboe, MD (signed 03/10/2026 09:02)
{FOOT}
"""),
        Doc("3_plan_report.pdf", [[
            H1("Radiosurgery Treatment Plan Report"),
            KeyValue([("Unit", "Cobalt-60 multi-source radiosurgery unit (192 sources; 4, 8, 16 mm collimators)"),
                      ("Planning system", "ORRERY-GP 3.2 (invented)"), ("Plan name", "MEL_MULTI_0310"),
                      ("Fixation", "Stereotactic head frame; MRI and CT fiducial registration error 0.4 mm"),
                      ("Target definition", "GTVs contoured on the 1 mm stereotactic MRI; no margin"),
                      ("Approved", "A. Verhoeven MD 10:41; Physicist R. Castellanos-Pike PhD 10:44")]),
            RuledTable([("Target", "Location", "Vol (cc)", "Rx (Gy)", "Isodose", "Max (Gy)", "Coverage", "Shots"),
                        ("1", "R frontal", "0.38", "20.0", "50%", "40.0", "99%", "4"),
                        ("2", "L occipital", "0.81", "20.0", "50%", "40.0", "98%", "7"),
                        ("3", "R cerebellar", "1.96", "18.0", "50%", "36.0", "98%", "12"),
                        ("4", "L post. frontal (new)", "0.03", "20.0", "50%", "40.0", "100%", "1")]),
            P("Organs at risk: brainstem max 6.2 Gy; optic chiasm max 0.9 Gy; cochlea (R) max 2.8 Gy. "
              "Normal brain V12Gy 4.6 cc. Estimated treatment time 71 min at the current source activity."),
            sig("Ansel Verhoeven, MD, Radiation Oncology 03/10/2026 10:41"),
        ]], opts=dict(header=banner(_c, "Radiosurgery Physics", 1, "07/19/1968"))),
        Doc("4_treatment_record.pdf", [[
            H1("Radiosurgery Treatment Record"),
            KeyValue([("Date", "03/10/2026"), ("Plan", "MEL_MULTI_0310 (ORRERY-GP, invented)"),
                      ("Pre-treatment check", "Frame coordinate verification (gauge) - all within 0.3 mm; collision check passed"),
                      ("Frame", "Applied 07:24, removed 12:58; pin sites dressed")]),
            RuledTable([("Run", "Target", "Start", "End", "Shots", "Dose delivered"),
                        ("1", "T1 R frontal", "11:06", "11:19", "4/4", "2000 cGy @ 50%"),
                        ("2", "T2 L occipital", "11:19", "11:41", "7/7", "2000 cGy @ 50%"),
                        ("3", "T3 R cerebellar", "11:41", "12:29", "12/12", "1800 cGy @ 50%"),
                        ("4", "T4 L post frontal", "12:29", "12:37", "1/1", "2000 cGy @ 50%")]),
            P("All runs completed without interruption. Patient monitored by camera and intercom throughout; "
              "vitals stable. Dexamethasone 4 mg IV given at 11:00 per protocol."),
            sig("Dalia Orszagh, RN, and Kenji Abernathy-Soto, MS, DABR 03/10/2026 12:41"),
        ]], opts=dict(header=banner(_c, "Radiosurgery Suite", 1, "07/19/1968"))),
        Doc("5_completion_summary.txt", text=f"""
BRIARWOOD NEUROSCIENCE INSTITUTE - Radiation Oncology
RADIOSURGERY COMPLETION SUMMARY

Patient: {patient(1)}          MRN: {mrn(1)}
Date of treatment: March 10, 2026
Physicians: Ansel Verhoeven, MD (Radiation Oncology); Marcus T. Ellingboe, MD (Neurosurgery)

Ms. Fiftyfourpatient underwent single-session stereotactic radiosurgery under a head frame on the cobalt-60 unit for
four brain metastases. Three were known from her outpatient MRI; a fourth small lesion was found on the stereotactic
MRI on the morning of treatment and was treated as well. Doses to the margin (50% isodose): right frontal 20 Gy,
left occipital 20 Gy, right cerebellar 18 Gy, left posterior frontal 18 Gy.

She tolerated the procedure well, the frame was removed without bleeding and she was discharged home the same
afternoon. Resume dabrafenib/trametinib on 03/13/2026. MRI brain in 8 weeks, then every 3 months.

Ansel Verhoeven, MD - signed 03/11/2026 08:15
{FOOT}
"""),
    ])

# i54_02 -- pdf: linac SRS, two isocentres with one plan each (Plan 1.1 / Plan 1.2), prior 2024 SRS in history ----
_c = "HEMLOCK VALLEY CANCER CENTER"
add(name="i54_02", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("L frontal (PTV_LFront, Plan 1.1)", "cranial", S, 20, 1), L("L parietal (PTV_LPar, Plan 1.1)", "cranial", S, 20, 1),
             L("R temporal (PTV_RTemp, Plan 1.2)", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Plan-and-treatment export of single-session linac SRS delivered as two plans on the same day, one per "
          "isocentre: Plan 1.1 (ISO_L, two left-hemisphere targets) and Plan 1.2 (ISO_R, one right temporal target), "
          "doses in cGy (2000/2000/1800). History: a right occipital lesion treated with SRS 21 Gy in 06/2024, "
          "stable and not retreated (another course). Three lesions, two plans, one fraction.",
    docs=[Doc("i54_02.pdf", [[
        H1("SRS Course Summary - export"),
        KeyValue([("Patient", patient(2)), ("MRN", mrn(2)), ("Course", "C3 BRAIN SRS (single fraction)"),
                  ("Attending", "Priyanka Oyelaran-Hess, MD"), ("Unit", "6 MV FFF gantry linac, HD MLC, 6DoF couch"),
                  ("TPS / R&V", "HALYARD TPS 5.1 (invented) / TALLY-RV (invented)"),
                  ("Immobilization", "Frameless SRS thermoplastic mask, surface-guided monitoring"),
                  ("Simulation", "CT 1.25 mm 04/14/2026, fused with MRI 3D T1 post-contrast 1 mm 04/13/2026"),
                  ("History", "Prior course C2 (06/2024): SRS 21 Gy x 1 to R occipital metastasis - stable on current MRI, not retreated")]),
        H2("Plans"),
        RuledTable([("Plan", "Isocenter", "Technique", "Structure", "Rx", "Rx IDL", "PTV V100%", "Max dose"),
                    ("Plan 1.1", "ISO_L", "4 VMAT arcs (2 couch kicks)", "PTV_LFront", "2000 cGy x 1", "80%", "99.1%", "2488 cGy"),
                    ("Plan 1.1", "ISO_L", "", "PTV_LPar", "2000 cGy x 1", "80%", "98.6%", "2502 cGy"),
                    ("Plan 1.2", "ISO_R", "3 VMAT arcs", "PTV_RTemp", "1800 cGy x 1", "80%", "98.9%", "2251 cGy")], widths=(52, 48, 96, 72, 78, 38, 46, 50)),
        P("Targets: GTV on MRI, PTV = GTV + 1 mm. Sizes: left frontal 7 mm, left parietal 13 mm, right temporal 21 mm. "
          "Brainstem Dmax 5.1 Gy; chiasm Dmax 1.3 Gy; brain-GTV V12Gy 6.8 cc (both plans summed)."),
        H2("Treatment delivery 04/20/2026"),
        RuledTable([("Time", "Plan", "Imaging", "Shift (mm / deg)", "MU", "Status"),
                    ("09:12", "Plan 1.1", "CBCT + SGRT", "0.9 / 0.4", "5840", "Delivered"),
                    ("09:47", "Plan 1.2", "CBCT + SGRT", "0.6 / 0.2", "3115", "Delivered")]),
        P("Both plans delivered in one session; course C3 complete, 1 of 1 fraction. Delivered: left frontal 2000 cGy, "
          "left parietal 2000 cGy, right temporal 1800 cGy. Follow-up MRI 6 weeks."),
        sig("Priyanka Oyelaran-Hess, MD 04/20/2026 10:30"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 2, "11/02/1955")))])

# i54_03 -- dictation: post-op cavity FSRT 30 Gy/5 with re-simulation and new plan after fraction 2; 61796 claimed --
add(name="i54_03", kind="dictation", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left parietal resection cavity", "cranial", C, 30, 5)],
    categories=cats(),
    notes="Dictated completion note, numbers in words: fractionated SRS to a 4.1 cm left parietal resection cavity "
          "(complex by size), thirty Gy in five fractions; after fraction two a repeat MRI and CT showed the cavity "
          "had shrunk, so fractions three to five were given with a new plan (CAV-1 then CAV-2). One lesion, one "
          "course, two plans. 61796 claimed although the cavity is 4.1 cm (61798): wrong.",
    docs=[Doc("i54_03.txt", text=f"""
TAMARACK REGIONAL MEDICAL CENTER - RADIATION ONCOLOGY
DICTATED TREATMENT SUMMARY            Job 77104-B   Dictated 06/19/2026   Transcribed 06/20/2026 (LMR)

PATIENT: {patient(3)}     MRN: {mrn(3)}     DOB: 01/30/1962
ATTENDING: Rowan Delacroix-Nyberg, MD

This is a treatment summary for Mr. Fiftyfourpatient, a sixty-four-year-old man with non-small cell lung cancer who
underwent resection of a solitary left parietal metastasis by Dr. Paquette on May eighteenth. The post-operative MRI
showed a gross total resection, with a resection cavity measuring four point one centimeters in greatest dimension.

He was simulated on June second with a custom thermoplastic SRS mask. A one millimeter planning CT was fused with a
post-contrast volumetric MRI from June first. The cavity plus enhancing rim was contoured as the target, with a one
millimeter expansion for the PTV. The prescription was thirty Gy in five fractions of six Gy, to the eighty percent
isodose line, using three non-coplanar VMAT arcs on the six MV flattening-filter-free linac. The plan was called
CAV-1 in the planning system, which is ARBORLINE, invented.

Fractions one and two were given on June eighth and June ninth with cone-beam CT before each arc set. Because the
cavity was large and early after surgery, we repeated the MRI and a planning CT on June tenth, in the same mask. The
cavity had contracted by about twenty percent, so the target was recontoured and a new plan, CAV-2, with the same
prescription of six Gy per fraction, was approved on June eleventh. Fractions three, four and five were delivered with
CAV-2 on June twelfth, fifteenth and sixteenth, again each after cone-beam CT.

In total he received thirty Gy in five fractions to the left parietal resection cavity, as prescribed. There were no
breaks apart from the planned pause for the re-plan. Side effects were limited to mild fatigue and scalp tenderness.
He remains on dexamethasone two milligrams daily, tapering over ten days. We will obtain an MRI in two months and see
him afterward.

Rowan Delacroix-Nyberg, MD
Electronically signed 06/22/2026 07:40
{FOOT}
""")])

# i54_04 -- scan 160 dpi: cobalt-60 unit with mask, 3-fraction salvage to a new pontine lesion; 2025 course history --
_c = "CEDAR HOLLOW RADIOSURGERY CENTER"
add(name="i54_04", kind="scan", codes=["77371", "77432", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 3, ["MRI"], ["mask"]),
    lesions=[L("pontine metastasis", "cranial", C, 21, 3)],
    categories=cats(),
    notes="Scanned (160 dpi, slightly skewed) fraction record from a mask-capable cobalt-60 unit: salvage course to "
          "a new left pontine metastasis (within the brainstem: complex) 700 cGy x 3 = 2100 cGy; the header repeats "
          "the earlier 2025 course (right frontal 20 Gy, left cerebellar 18 Gy, frame) which is not this course. "
          "Planning MRI only (stereotactic reference from the unit's cone-beam CT). Claimed 77371/77432 are "
          "single-session codes: wrong for 3 fractions.",
    docs=[Doc("i54_04.pdf", [[
        H1("Fractionated Radiosurgery - Treatment Record (mask)"),
        KeyValue([("Patient", patient(4)), ("MRN", mrn(4)), ("Physician", "Theodore Nakashima-Ruiz, MD"),
                  ("Unit", "Cobalt-60 multi-source radiosurgery unit with on-board cone-beam CT and infrared motion monitor"),
                  ("Prior radiosurgery", "Course 1, 09/16/2025: frame-based SRS, R frontal 20 Gy and L cerebellar 18 Gy (50% IDL). Both controlled."),
                  ("This course", "Course 2 (salvage): new L pontine metastasis, 8 mm, within the brainstem"),
                  ("Prescription", "2100 cGy in 3 fractions (700 cGy/fx) to the 50% isodose"),
                  ("Planning", "MRI 3D T1 + gad 1 mm 07/27/2026; CBCT reference; GTV = PTV; ORRERY-GP 3.2 (invented), 9 shots"),
                  ("Immobilization", "Thermoplastic mask with nose marker, motion threshold 1.5 mm")]),
        RuledTable([("Fx", "Date", "CBCT (mm)", "Motion pauses", "Fx dose (cGy)", "Cum. (cGy)", "Initials"),
                    ("1", "07/29/2026", "0.4", "0", "700", "700", "JW / MP"),
                    ("2", "07/31/2026", "0.3", "1 (cough)", "700", "1400", "JW / RT"),
                    ("3", "08/03/2026", "0.5", "0", "700", "2100", "MP / RT")]),
        P("Brainstem D0.1cc 23.1 Gy (3 fx, constraint < 23 Gy accepted by MD); maximum point dose 42 Gy inside GTV."),
        P("Course 2 complete 08/03/2026: pontine lesion 2100 cGy / 3 fx. MRI in 6 weeks."),
        sig("Theodore Nakashima-Ruiz, MD 08/03/2026"),
    ]], opts=dict(header=banner(_c, "Treatment Record", 4, "05/05/1951"), scan=True, scan_dpi=160, scan_skew=0.7,
                  scan_noise=6.0))])

# i54_05 -- bundle (5 files): robotic-arm linac, two brain metastases in 1 fx + T4 vertebral metastasis in 3 fx ------
_c = "OSPREY POINT CANCER INSTITUTE"
add(name="i54_05", kind="bundle", codes=["G0339", "G0340", "77435", "77432", "61796", "61797", "63620"],
    facts=F("robotic_linac", ["cranial", "spinal"], 3, 3, ["CT", "MRI"], ["body_immobilization", "mask"]),
    lesions=[L("right parietal (PTV_1 / Brain-A)", "cranial", S, 20, 1), L("left cerebellar (PTV_2 / Brain-B)", "cranial", S, 18, 1),
             L("T4 vertebral body (PTV_T4 / Spine)", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Five-document robotic-arm linac bundle for one course with two plans: RS_A1 (two brain metastases, "
          "single fraction, 20 and 18 Gy, skull tracking, mask) and RS_B1 (T4 vertebral metastasis with epidural "
          "extension, 27 Gy in 3, spine tracking, vacuum cushion), the brain plan given on day 1 with spine "
          "fraction 1: three sessions. Lesions named differently in the consult (anatomy), plan (PTV_1, PTV_2, "
          "PTV_T4) and record (Brain-A, Brain-B, Spine). 77432 (single-session cranial management) is wrong for "
          "this 3-session brain-and-spine course.",
    docs=[
        Doc("1_consult.txt", text=f"""
OSPREY POINT CANCER INSTITUTE - RADIATION ONCOLOGY CONSULTATION
Date: 09/08/2026          Patient: {patient(5)}          MRN: {mrn(5)}          DOB: 12/12/1959
Attending: Celestine Abara-Whitfield, MD      Referred by: Dr. N. Farkas (Medical Oncology)

HISTORY: Renal cell carcinoma, clear cell, left nephrectomy 2022, on cabozantinib. New mid-back pain for 4 weeks.
MRI thoracic spine 08/30/2026: T4 vertebral body metastasis with posterior extension and epidural disease (Bilsky 1c),
no cord compression. MRI brain 09/02/2026: two metastases, right parietal 11 mm and left cerebellar 7 mm. No prior RT.
Neurologic exam normal. ECOG 1. SINS 7.

IMPRESSION AND PLAN: Oligoprogressive radioresistant histology. Recommend stereotactic treatment of all three sites in
one course on the robotic-arm linac: single-fraction SRS to the two brain lesions and SBRT 27 Gy in 3 fractions to
T4. Spine surgery opinion obtained (Dr. Lindgren): no surgery needed at this time. Consent signed today.
Simulation this week.

Celestine Abara-Whitfield, MD (e-signed 09/08/2026)
{FOOT}
"""),
        Doc("2_simulation_note.txt", text=f"""
OSPREY POINT CANCER INSTITUTE - SIMULATION NOTE                     09/10/2026
{patient(5)}   MRN {mrn(5)}

Two setups simulated today.
(1) Brain: supine, custom thermoplastic mask; CT head 1 mm with contrast. Fused with MRI brain 3D T1 post-gad 1 mm.
(2) Thoracic spine: supine on a full-length vacuum cushion, arms at sides; CT 1.25 mm C7-T8 with IV contrast.
    Fused with MRI T-spine (T1 post-gad and T2 axial) for cord and epidural contours.
No fiducials required (skull and spine tracking). Images sent to planning; target plan names RS_A1 (brain) and RS_B1 (spine).

Simulation therapist: O. Brandvold, RT(T)   Physician present: C. Abara-Whitfield, MD
{FOOT}
"""),
        Doc("3_plan_report.pdf", [[
            H1("Robotic Radiosurgery Plan Report"),
            KeyValue([("Treatment unit", "Robotic-arm mounted 6 MV linac, variable-aperture collimator"),
                      ("Planning system", "PELICAN-PLAN 2.4 (invented)"), ("Physicist", "Saoirse Kettleborough, PhD")]),
            H2("Plan RS_A1 - brain (skull tracking)"),
            RuledTable([("Structure", "Anatomy", "Vol (cc)", "Prescription", "Rx isodose", "Coverage", "Beams"),
                        ("PTV_1", "R parietal", "0.91", "20 Gy x 1", "78%", "98.4%", "164"),
                        ("PTV_2", "L cerebellar", "0.29", "18 Gy x 1", "80%", "99.0%", "")]),
            H2("Plan RS_B1 - spine (spine tracking)"),
            RuledTable([("Structure", "Anatomy", "Vol (cc)", "Prescription", "Rx isodose", "Coverage", "Beams"),
                        ("PTV_T4", "T4 body + L pedicle + epidural", "24.6", "27 Gy / 3 fx (9 Gy/fx)", "74%", "92.1%", "211")]),
            P("Spinal cord (T2-T6) D0.035cc 19.8 Gy / 3 fx (limit 22.5 Gy); esophagus D5cc 15.2 Gy. Brainstem Dmax 4.4 Gy. "
              "PTV_T4 coverage compromised at the cord interface by design."),
            sig("Celestine Abara-Whitfield, MD, approved 09/14/2026"),
        ]], opts=dict(header=banner(_c, "Medical Physics", 5, "12/12/1959"))),
        Doc("4_treatment_record.pdf", [[
            H1("Treatment Record - Robotic SRS/SBRT"),
            RuledTable([("Session", "Date", "Plan(s)", "Tracking", "Target", "Dose (cGy)", "Cumulative (cGy)"),
                        ("1", "09/16/2026", "RS_A1", "6D skull", "Brain-A", "2000", "2000"),
                        ("", "", "", "", "Brain-B", "1800", "1800"),
                        ("", "", "RS_B1", "spine", "Spine", "900", "900"),
                        ("2", "09/17/2026", "RS_B1", "spine", "Spine", "900", "1800"),
                        ("3", "09/18/2026", "RS_B1", "spine", "Spine", "900", "2700")]),
            P("Image-guided tracking with orthogonal kV pairs every 30-60 s; all translations < 0.5 mm after correction. "
              "Session 1: mask for RS_A1, then re-set-up on the vacuum cushion for RS_B1."),
            P("Course complete 09/18/2026: Brain-A 20 Gy x 1, Brain-B 18 Gy x 1, Spine (T4) 27 Gy in 3. Three treatment sessions."),
            sig("Celestine Abara-Whitfield, MD 09/18/2026"),
        ]], opts=dict(header=banner(_c, "Robotic Radiosurgery", 5, "12/12/1959"))),
        Doc("5_physics_check.txt", text=f"""
OSPREY POINT CANCER INSTITUTE - MEDICAL PHYSICS
INDEPENDENT PLAN CHECK AND PATIENT-SPECIFIC QA                  09/15/2026
Patient {patient(5)}  MRN {mrn(5)}

RS_A1 (brain, 2 targets, 1 fx): secondary MU calculation within 1.8%; film QA gamma 2%/1 mm pass rate 97.3%. PASS.
RS_B1 (T4, 3 fx): secondary MU calculation within 2.2%; film QA gamma 2%/1 mm pass rate 96.1%. PASS.
End-to-end test with skull and spine phantoms this week: total targeting error 0.61 mm.
Checked by: S. Kettleborough, PhD, DABR
{FOOT}
"""),
    ])

# i54_06 -- pdf, two-column page: cobalt-60 frame SRS in an NF2 patient: R vestibular schwannoma + meningioma ----------
_c = "WINTERHAVEN UNIVERSITY HOSPITAL"
add(name="i54_06", kind="pdf", codes=["77371", "77432", "61798", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 2, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right vestibular schwannoma", "cranial", C, 12, 1), L("left frontal convexity meningioma", "cranial", S, 13, 1)],
    categories=cats(),
    notes="Two-column procedure note (neurosurgery + radiation oncology) for NF2: right vestibular schwannoma "
          "(complex by type, 12 Gy at 50%) and a 2.3 cm left frontal convexity meningioma (simple, 13 Gy at 50%) "
          "in one frame-based cobalt-60 session. The left vestibular schwannoma was treated in 2023 (another "
          "course, stable, not retreated). Mixed set: 61798 first + 61797.",
    docs=[Doc("i54_06.pdf", [[
        H1("Cobalt-60 Radiosurgery Procedure Note"),
        H2("Indication"),
        P(f"{patient(6)} (MRN {mrn(6)}), 34-year-old woman with neurofibromatosis type 2. Her LEFT vestibular schwannoma "
          "was treated with radiosurgery on 05/09/2023 (12 Gy marginal dose) and is stable at 1.4 cm; it is not a target "
          "today. The RIGHT vestibular schwannoma has grown from 1.1 to 1.6 cm (Koos II) with declining speech "
          "discrimination (72%). A left frontal convexity meningioma, 2.3 cm, has grown 3 mm in a year and is "
          "mildly symptomatic (focal seizures). Tumor board 10/02/2026: radiosurgery to both in one session."),
        H2("Procedure"),
        P("Date 10/21/2026. A stereotactic head frame was placed under local anesthesia with light sedation. Stereotactic MRI "
          "(3D T1 post-contrast 1 mm, CISS 0.5 mm) and stereotactic CT (1 mm) were obtained and co-registered. Targets were "
          "contoured by Dr. Halvorsen-Achebe and Dr. Wexley-Moreau and planned in SOLSTICE-GP 7 (invented) on the "
          "cobalt-60 multi-source radiosurgery unit."),
        P("Frame coordinates verified with the unit's gauge before treatment (max deviation 0.2 mm)."),
        ColumnBreak(),
        H2("Targets and doses"),
        TextTable([("Target", "Margin", "IDL", "Shots"),
                   ("R vestibular schwannoma (1.42 cc)", "12 Gy", "50%", "14"),
                   ("L frontal meningioma (4.95 cc)", "13 Gy", "50%", "19")], columns=(0, 120, 165, 200)),
        P("Right cochlea mean 3.9 Gy; right facial nerve max 11.7 Gy; brainstem max 11.2 Gy; meningioma is 4 cm from the "
          "optic apparatus. Dural tail included in the meningioma target."),
        H2("Delivery"),
        P("Treatment delivered in one session, 12:02 to 14:36, both targets complete: right vestibular schwannoma 12 Gy and "
          "left frontal meningioma 13 Gy to the 50% isodose. Frame removed at 14:45; pin sites unremarkable."),
        H2("Plan"),
        P("MRI and audiogram at 6 months. Continue levetiracetam. Discussed with the NF2 clinic."),
        sig("Ingrid Halvorsen-Achebe, MD, Neurosurgery 10/21/2026"),
        sig("Lucas Wexley-Moreau, MD, Radiation Oncology 10/21/2026"),
    ]], opts=dict(header=banner(_c, "Radiosurgery Program", 6, "03/14/1992"), two_columns=True))])

# i54_07 -- dictation: linac 3-fraction HSRT to a large temporal metastasis; a new frontal lesion added mid-course ----
add(name="i54_07", kind="dictation", codes=["77373", "77435", "61798", "61797"],
    facts=F("linac", ["cranial"], 2, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left temporal metastasis (3.8 cm)", "cranial", C, 27, 3), L("right frontal metastasis (new, Plan 2)", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Dictated completion note, numbers in words: hypofractionated SRS of a 3.8 cm left temporal metastasis "
          "(complex by size) twenty-seven Gy in three fractions; a mid-course MRI after fraction one showed a new 5 mm "
          "right frontal lesion, added as Plan 2 and treated with twenty Gy in a single fraction on the day of "
          "fraction three. Two lesions, three sessions, two plans.",
    docs=[Doc("i54_07.txt", text=f"""
NORTHFIELD MERCY HOSPITAL -- Department of Radiation Oncology
Dictation: End of Treatment Note
Patient: {patient(7)}      MRN: {mrn(7)}      DOB: 08/08/1949
Dictating physician: Evander Okonkwo-Lindahl, M.D.       Date dictated: 11/13/2026

Ms. Fiftyfourpatient is a seventy-seven-year-old woman with metastatic breast cancer who presented with word-finding
difficulty. MRI on October twenty-sixth showed a single three point eight centimeter left temporal metastasis with
edema. Surgery was declined. We recommended hypofractionated stereotactic radiosurgery, twenty-seven Gy in three
fractions of nine Gy.

She was simulated on October thirtieth in an open-face thermoplastic mask, with a one millimeter CT fused to a
planning MRI from October twenty-ninth. The GTV was contoured on the MRI and expanded by one millimeter. Plan 1 used
four dynamic conformal arcs on the six MV linac in the LODESTAR planning system (invented), prescribed to the
seventy-five percent isodose line. Fraction one was given November fifth after cone-beam CT and stereoscopic kV
verification.

Because of the size of the lesion we obtained an MRI after the first fraction, on November sixth. This showed
interval shrinkage of the edema but also a new five millimeter enhancing lesion in the right frontal lobe, not seen
before. We discussed adding it to the course and she agreed. Plan 2 was created on the same CT and MRI registration:
a single isocenter at the right frontal lesion, two arcs, twenty Gy in one fraction to the eighty percent isodose.

Fraction two, Plan 1 only, was delivered November ninth. On November eleventh she received fraction three of Plan 1
followed, in the same session, by Plan 2 to the right frontal lesion, each after its own cone-beam CT.

Summary of delivered dose: left temporal lesion twenty-seven Gy in three fractions; right frontal lesion twenty Gy in
one fraction. Three treatment sessions in all. She tolerated treatment well; her speech is already better.
Dexamethasone taper over two weeks. MRI in six weeks.

Evander Okonkwo-Lindahl, M.D.
[electronically signed 11/14/2026 09:05]
{FOOT}
""")])

# i54_08 -- pdf: cobalt-60 frame SRS to a residual thalamic AVM nidus, retreatment after 2022; 61796 claimed ----------
_c = "GRANITE FALLS MEDICAL CENTER"
add(name="i54_08", kind="pdf", codes=["77371", "77432", "61796", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI", "angiography"], ["frame"]),
    lesions=[L("residual right thalamic AVM nidus", "cranial", C, 16, 1)],
    categories=cats(),
    notes="Radiosurgery summary of a repeat (second) cobalt-60 frame procedure for the residual nidus of a right "
          "thalamic AVM first treated in 2022 (18 Gy; that course is history). Stereotactic angiography, MRI and "
          "CT; 16 Gy to the 50% isodose. An AVM is complex, so the claimed 61796 is wrong (61798).",
    docs=[Doc("i54_08.pdf", [[
        H1("Stereotactic Radiosurgery Summary"),
        KeyValue([("Patient / MRN", f"{patient(8)} / {mrn(8)}"), ("Date of procedure", "01/27/2026"),
                  ("Diagnosis", "Residual right thalamic arteriovenous malformation (Spetzler-Martin III)"),
                  ("Prior treatment", "Radiosurgery 02/15/2022, 18 Gy marginal dose to a 4.2 cc nidus; 70% obliteration at 3.5 years"),
                  ("Surgeon / Radiation oncologist", "Octavia Brennan-Tahir, MD / Gideon Marwick, MD"),
                  ("Physicist", "Yusuf Penberthy, MS, DABR")]),
        H2("This procedure"),
        BulletList([
            "Stereotactic head frame applied 06:55 under local anesthesia.",
            "Stereotactic biplane digital subtraction angiography 07:30 (frame localizer), stereotactic MRI 3D T1 + contrast and TOF 1 mm, stereotactic CT 1 mm.",
            "Residual nidus contoured on the fused angiogram and MRI: 1.1 cc; draining vein excluded.",
            "Plan GRF-AVM-2 (CAIRNPLAN 4, invented): 16 Gy marginal dose to the 50% isodose, 11 shots, conformity index 1.29, 12 Gy volume 3.4 cc.",
            "Frame coordinates checked on the unit with the gauge tool: within 0.3 mm.",
            "Delivered 10:40-11:52 on the cobalt-60 multi-source radiosurgery unit: 16 Gy to the residual nidus, single session, no interruption.",
        ], numbered=True),
        P("Internal capsule max 13.8 Gy, optic tract max 4.0 Gy. Frame removed 12:05. Discharged home. MRI every 6 months, "
          "angiography at 3 years."),
        sig("Gideon Marwick, MD 01/27/2026"),
        sig("Octavia Brennan-Tahir, MD 01/27/2026"),
    ]], opts=dict(header=banner(_c, "Neurosurgery / Radiation Oncology", 8, "09/23/1987")))])


# ==================================================================================================
# Spine (4)
# ==================================================================================================

# i54_09 -- bundle (5 files): T12-L1 as one target + L4 as a second target; completion summary dose disagrees -----
_c = "RIVERBEND ONCOLOGY ASSOCIATES"
add(name="i54_09", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T12-L1 (Target 1, one CTV over two levels)", "spinal", None, 27, 3), L("L4 (Target 2)", "spinal", None, 24, 3)],
    categories=cats(),
    contradiction="The completion summary says both targets received 27 Gy in 3 fractions, while the prescription and the treatment record give L4 24 Gy (800 cGy x 3).",
    notes="Five-document spine SBRT bundle: consult, simulation note, prescription (Target 1 = T12 and L1 together "
          "as one CTV, 27 Gy/3; Target 2 = L4, 24 Gy/3), treatment record in cGy per target, completion summary "
          "that says 27 Gy to both. Two spinal lesions (two contiguous levels in one target count once).",
    docs=[
        Doc("1_consult.txt", text=f"""
RIVERBEND ONCOLOGY ASSOCIATES - Radiation Oncology Consultation          02/09/2026
{patient(9)}   MRN {mrn(9)}   DOB 04/21/1958
Referring: Dr. Amara Fenwick-Oduya (Urology / GU Oncology)

Metastatic castration-resistant prostate cancer on enzalutamide; PSMA PET 01/28/2026 shows three avid spinal sites:
T12 and L1 (contiguous, both vertebral bodies) and L4 (right body and pedicle). No other disease. No prior radiation
to the spine. Back pain 5/10. MRI total spine 02/03/2026: no epidural disease, no fracture.

Plan: SBRT to the spinal metastases. T12-L1 will be treated as one target spanning the two levels; L4 as a separate
target. Proposed 27 Gy in 3 fractions to T12-L1 and 24 Gy in 3 to L4 (bowel close to L4 anteriorly). Consent obtained.

Wendell Acheampong-Price, MD
{FOOT}
"""),
        Doc("2_simulation_note.txt", text=f"""
SIMULATION NOTE   02/12/2026   {patient(9)}  MRN {mrn(9)}
Supine, full-body vacuum cushion, arms on chest, knee sponge. CT simulation 1.25 mm from T9 to S1, no contrast.
MRI T-L spine (T1, T2, STIR) 02/03/2026 fused for cord, cauda and target contours. Single isocenter at L2 considered;
two isocenters chosen (ISO_T12L1, ISO_L4) in one plan "SPN_SBRT_A". Planning system:
"CORMORANT TPS 16 (invented)".
Therapist: J. Mbeki-Larsson RT(T)
{FOOT}
"""),
        Doc("3_prescription.pdf", [[
            H1("SBRT Prescription"),
            KeyValue([("Course", "Spine SBRT, 3 fractions, every other day"), ("Plan", "SPN_SBRT_A, 2 isocenters, 4 VMAT arcs, 6 MV FFF"),
                      ("Unit", "6 MV FFF gantry linac with 6DoF couch; daily CBCT")]),
            RuledTable([("Target", "Levels", "CTV", "Dose / fx", "Fx", "Total", "Prescribed to"),
                        ("Target 1", "T12 and L1", "both vertebral bodies + pedicles (one CTV)", "900 cGy", "3", "2700 cGy", "PTV D90%"),
                        ("Target 2", "L4", "right body + pedicle", "800 cGy", "3", "2400 cGy", "PTV D90%")]),
            P("Constraints: cord (to L1) D0.035cc < 22.5 Gy; cauda D0.035cc < 25.5 Gy; bowel D5cc < 18 Gy; kidneys mean < 10 Gy."),
            sig("Wendell Acheampong-Price, MD 02/16/2026"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 9, "04/21/1958"))),
        Doc("4_treatment_record.pdf", [[
            H1("Treatment Record"),
            RuledTable([("Fx", "Date", "CBCT match", "Target 1 T12-L1 (cGy)", "Target 2 L4 (cGy)"),
                        ("1", "02/18/2026", "bony, 0.7 mm", "900", "800"),
                        ("2", "02/20/2026", "bony, 0.5 mm", "900", "800"),
                        ("3", "02/23/2026", "bony, 0.6 mm", "900", "800"),
                        ("Total", "", "", "2700", "2400")]),
            P("Intrafraction CBCT between isocenters each day. Physics weekly check done 02/20/2026."),
            sig("Wendell Acheampong-Price, MD 02/23/2026"),
        ]], opts=dict(header=banner(_c, "Treatment Delivery", 9, "04/21/1958"))),
        Doc("5_completion_summary.txt", text=f"""
RIVERBEND ONCOLOGY ASSOCIATES - Treatment Completion Summary
{patient(9)}   MRN {mrn(9)}   Completed 02/23/2026

Stereotactic body radiotherapy to the spinal metastases at T12-L1 and L4: 27 Gy in 3 fractions each, delivered
02/18-02/23/2026 without interruption. No acute toxicity beyond grade 1 fatigue. Pain 2/10 at completion.
Follow-up with MRI spine in 3 months; continue enzalutamide.

Wendell Acheampong-Price, MD (signed 02/24/2026)
{FOOT}
"""),
    ])

# i54_10 -- pdf letter: re-irradiation of C5 (prior SBRT 2024) 25 Gy/5; no treatment parameters --------------------
_c = "LAKESHORE RADIATION MEDICINE"
add(name="i54_10", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("C5 vertebral body / left pedicle (re-irradiation)", "spinal", None, 25, 5)],
    categories=cats(plan=False),
    notes="Letter to the referring oncologist after spine re-irradiation: C5 previously treated with SBRT 24 Gy in "
          "2 (08/2024, another course), local progression, now 25 Gy in 5 fractions with a long thermoplastic "
          "head-neck-shoulder mask, CT + MRI, daily CBCT. The letter has target and dose but no isodose, beams, "
          "arcs or planning system: plan unmet.",
    docs=[Doc("i54_10.pdf", [[
        P("LAKESHORE RADIATION MEDICINE"),
        P("1420 Harbor Drive, Suite 200"),
        P("May 29, 2026"),
        P("Veronique Tallis-Mbatha, MD, Medical Oncology, Lakeshore Health"),
        P(f"RE: {patient(10)}    DOB 10/10/1966    MRN {mrn(10)}"),
        P("Dear Dr. Tallis-Mbatha,"),
        P("Thank you for asking me to see Mr. Fiftyfourpatient again. As you know, I treated his C5 metastasis from "
          "thyroid cancer with stereotactic body radiotherapy in August 2024, 24 Gy in 2 fractions. His MRI of April 30, "
          "2026 showed local progression in the C5 body extending into the left pedicle, without cord compression, and a "
          "new 2 mm area of enhancement at T2 that we will watch."),
        P("After discussing the risks of re-irradiation, including myelopathy and vertebral fracture, he chose to proceed. "
          "He was immobilized in a long thermoplastic head, neck and shoulder mask and underwent CT simulation on May 11 "
          "with fusion of a new cervical spine MRI. The target was contoured as the C5 body and left pedicle, with the cord "
          "constraint set on a cumulative basis for both courses. He received 25 Gy in 5 fractions of 5 Gy, May 18 "
          "through May 22, each fraction after cone-beam CT alignment. The re-irradiation course is complete and he "
          "tolerated it well, with mild odynophagia only."),
        P("I will see him in 6 weeks and have ordered an MRI of the cervical spine for 3 months. Please continue "
          "lenvatinib as planned."),
        P("Sincerely,"),
        sig("Harriet Lindqvist-Osei, MD, Radiation Oncology, 05/29/2026"),
        P("cc: Dr. Paulo Grisanti (Primary care)"),
    ]])])

# i54_11 -- ehr_text: robotic-arm linac T7 single-fraction SBRT, plan v1 failed QA, v2 delivered; 77372 claimed ----
add(name="i54_11", kind="ehr_text", codes=["G0339", "77435", "63620", "77372"],
    facts=F("robotic_linac", ["spinal"], 1, 1, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T7 vertebral metastasis", "spinal", None, 18, 1)],
    categories=cats(),
    notes="Key: value course export from an invented record system: single-fraction robotic-arm linac SBRT to T7, "
          "1800 cGy; plan CK_T7_v1 failed patient-specific QA and CK_T7_v2 was delivered (one lesion, two plan "
          "versions). History lists a T11 course from 2025 (not this course). 77372 (single-session cranial) "
          "claimed on a spine course: wrong.",
    docs=[Doc("i54_11.txt", text=f"""
=== SILVERLAKE CANCER PAVILION :: QUARTZ-OIS (invented) :: COURSE EXPORT ===
Export date/time ........ 07/09/2026 15:22
Patient ................. {patient(11)}
MRN ..................... {mrn(11)}
DOB ..................... 02/27/1971
Course .................. C2_T7_SBRT   (status: COMPLETED)
Prior courses ........... C1_T11_SBRT 03/2025, 2400 cGy x 1 fx ... closed
Diagnosis ............... C79.51 Secondary malignant neoplasm of bone (primary: hepatocellular carcinoma)
Treatment unit .......... robotic-arm mounted 6 MV linac (RBT-2)
Tracking ................ spine tracking, orthogonal kV image pairs
Immobilization .......... vacuum cushion, supine, arms at sides
Sim CT .................. 06/22/2026, 1.0 mm, T3-T11
MRI ..................... 06/20/2026 T-spine T1/T2/STIR, fused (cord contoured on MRI)
Target .................. GTV T7 body + R costovertebral junction; CTV per consensus (body + R pedicle); PTV = CTV + 2 mm
Plan CK_T7_v1 ........... REJECTED 06/29/2026 - PSQA film gamma 3%/1mm 88.9% (< 90%)
Plan CK_T7_v2 ........... APPROVED 07/01/2026 - PSQA 96.4% PASS; PETREL-TPS 3.0 (invented); 187 beams; Rx 1800 cGy to 79% isodose
PTV coverage ............ 91.5% ; cord D0.035cc 1290 cGy ; esophagus D5cc 1480 cGy
Fractions planned ....... 1
Fx 1 .................... 07/08/2026  plan CK_T7_v2  1800 cGy  tracking OK (mean correction 0.4 mm)  RTT: GN/KS
Fractions delivered ..... 1 of 1
Dose delivered .......... T7: 1800 cGy
Attending ............... Bartholomew Oyinlola-Crane, MD  (approved 07/08/2026)
{FOOT}
""")])

# i54_12 -- scan 150 dpi: C7-T1 treated as ONE target, 24 Gy/2; 63621 claimed ------------------------------------------
_c = "PINE RIDGE RADIATION CENTER"
add(name="i54_12", kind="scan", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["mask"]),
    lesions=[L("C7-T1 (one target)", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Scanned (150 dpi) two-fraction spine SBRT record: C7 and T1 vertebral bodies treated as ONE target "
          "(one PTV, one plan), 1200 cGy x 2 = 24 Gy, head-neck-shoulder mask, CT + MRI, CBCT. One spinal lesion, so "
          "the claimed 63621 is wrong.",
    docs=[Doc("i54_12.pdf", [[
        H1("SBRT Treatment Record - Spine"),
        KeyValue([("Name", patient(12)), ("MRN", mrn(12)), ("MD", "Rosamund Achterberg-Diallo, MD"),
                  ("Site", "Cervicothoracic spine: C7 and T1 vertebral bodies (contiguous), ONE target volume PTV_C7T1"),
                  ("Histology", "Renal cell carcinoma"),
                  ("Rx", "2400 cGy in 2 fx (1200 cGy/fx) to PTV_C7T1, 80% IDL"),
                  ("Plan", "C7T1_SBRT, 1 isocenter, 2 VMAT arcs, 6 MV FFF; HERONRIDGE TPS (invented)"),
                  ("Immobilization", "Long thermoplastic mask (head, neck, shoulders)"),
                  ("Imaging", "CT sim 1 mm 03/03/2026 + MRI C/T-spine 03/01/2026 fused")]),
        RuledTable([("Fx", "Date", "CBCT shift (mm)", "Couch rot (deg)", "Dose (cGy)", "Cum (cGy)", "Therapists"),
                    ("1", "03/09/2026", "1.1", "0.6", "1200", "1200", "AL / TB"),
                    ("2", "03/11/2026", "0.7", "0.3", "1200", "2400", "AL / MK")]),
        P("Cord D0.035cc 1610 cGy (limit 1700 cGy / 2 fx); brachial plexus 1980 cGy. Course complete."),
        sig("R. Achterberg-Diallo, MD 03/11/2026"),
    ]], opts=dict(header=banner(_c, "Spine SBRT", 12, "06/06/1960"), scan=True, scan_dpi=150, scan_skew=-0.5,
                  scan_noise=5.0))])


# ==================================================================================================
# Body (5)
# ==================================================================================================

# i54_13 -- bundle (7 files): lung 54 Gy/3 (alternate days) + left adrenal 35 Gy/5 (daily), 5 sessions --------------
_c = "SUMMIT LAKE CANCER CENTER"
add(name="i54_13", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right lower lobe nodule (Lesion A / PTV_RLL)", "body", None, 54, 3),
             L("left adrenal metastasis (Lesion B / PTV_LAdr)", "body", None, 35, 5)],
    categories=cats(),
    contradiction="The completion summary gives the left adrenal 40 Gy in 5 fractions, while the prescription, physics check and treatment record give 35 Gy in 5 (700 cGy x 5).",
    notes="Seven-document oligometastatic SBRT bundle (consult, simulation note, plan report, prescription, "
          "treatment record, physics check, completion summary): RLL lung nodule 54 Gy in 3 fractions on alternate "
          "days and left adrenal 35 Gy in 5 daily fractions, one course of five sessions on 04/06-04/10. Names: "
          "'Lesion A/B' (consult), PTV_RLL/PTV_LAdr (plan), anatomy (summary). 4DCT and a planning-fused PET-CT; "
          "vacuum bag + abdominal compression. The summary says adrenal 40 Gy.",
    docs=[
        Doc("1_consult.txt", text=f"""
SUMMIT LAKE CANCER CENTER - RADIATION ONCOLOGY NEW PATIENT CONSULT        03/16/2026
Patient: {patient(13)}   MRN: {mrn(13)}   DOB: 05/30/1956
Attending: Marisol Thorvaldsen-Ike, MD

Stage IV lung adenocarcinoma (EGFR exon 19) diagnosed 2024, on osimertinib with a good response until now. PET-CT
03/05/2026: two sites of progression, Lesion A - right lower lobe nodule 1.9 cm (SUV 7.2), peripheral; Lesion B -
left adrenal 2.6 cm (SUV 9.0). Everything else quiescent.

Recommendation: SBRT to both sites, continue osimertinib. Lesion A 54 Gy in 3 fractions; Lesion B 35 Gy in 5
fractions (proximity of stomach and small bowel). Both can be given in the same week. Consent obtained.
{FOOT}
"""),
        Doc("2_simulation_note.txt", text=f"""
SIMULATION NOTE - 03/23/2026 - {patient(13)} ({mrn(13)})
Vacuum bag, arms above head, abdominal compression plate (motion of the RLL nodule 14 mm free-breathing -> 6 mm with
compression). 4DCT 2 mm chest-abdomen, ten phases, plus contrast-enhanced breath-hold CT abdomen for the adrenal.
Diagnostic PET-CT of 03/05/2026 fused for both GTVs. ITV from MIP for Lesion A.
{FOOT}
"""),
        Doc("3_plan_report.pdf", [[
            H1("SBRT Plan Report"),
            KeyValue([("Planning system", "KESTRELINE TPS 9 (invented)"), ("Unit", "6 MV FFF gantry linac"),
                      ("Plans", "LUNG_RLL (ISO_1, 2 partial arcs) and ADR_L (ISO_2, 2 arcs)")]),
            RuledTable([("Structure", "Vol (cc)", "Rx", "Rx isodose", "PTV V100%", "D max", "Key OAR"),
                        ("PTV_RLL", "14.8", "54 Gy / 3 fx", "78%", "96.2%", "69.1 Gy", "chest wall D30cc 27.9 Gy"),
                        ("PTV_LAdr", "22.3", "35 Gy / 5 fx", "85%", "95.1%", "41.0 Gy", "stomach D0.5cc 31.4 Gy; L kidney mean 6.1 Gy")]),
            sig("Marisol Thorvaldsen-Ike, MD, plans approved 03/31/2026"),
        ]], opts=dict(header=banner(_c, "Dosimetry", 13, "05/30/1956"))),
        Doc("4_prescription.pdf", [[
            H1("Radiation Prescription"),
            RuledTable([("Site", "Target", "Technique", "Dose/fx", "Fx", "Total", "Schedule"),
                        ("RLL lung", "PTV_RLL", "SBRT", "18 Gy", "3", "54 Gy", "Mon / Wed / Fri"),
                        ("Left adrenal", "PTV_LAdr", "SBRT", "7 Gy", "5", "35 Gy", "Mon - Fri daily")]),
            P("Image guidance: CBCT before each plan; ITV match for RLL, vertebral then soft-tissue match for adrenal."),
            sig("Marisol Thorvaldsen-Ike, MD 03/31/2026"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 13, "05/30/1956"))),
        Doc("5_treatment_record.pdf", [[
            H1("Daily Treatment Record"),
            RuledTable([("Date", "Session", "LUNG_RLL (cGy)", "RLL cum.", "ADR_L (cGy)", "Adrenal cum.", "CBCT"),
                        ("04/06/2026", "1", "1800", "1800", "700", "700", "both plans"),
                        ("04/07/2026", "2", "-", "1800", "700", "1400", "adrenal"),
                        ("04/08/2026", "3", "1800", "3600", "700", "2100", "both plans"),
                        ("04/09/2026", "4", "-", "3600", "700", "2800", "adrenal"),
                        ("04/10/2026", "5", "1800", "5400", "700", "3500", "both plans")]),
            P("All sessions delivered as scheduled. Sessions 1, 3 and 5 treated both plans with a re-image between them."),
            sig("T. Wojcik-Ama, RT(T); M. Thorvaldsen-Ike, MD 04/10/2026"),
        ]], opts=dict(header=banner(_c, "Treatment Delivery", 13, "05/30/1956"))),
        Doc("6_physics_check.txt", text=f"""
SUMMIT LAKE CANCER CENTER - PHYSICS PLAN CHECK / WEEKLY CHART CHECK
{patient(13)}  {mrn(13)}
04/02/2026 pre-treatment: LUNG_RLL (54 Gy/3) and ADR_L (35 Gy/5) - independent MU check within 2.5% / 1.9%;
  portal dosimetry gamma 3%/2 mm 99.1% / 98.7%. PASS.
04/10/2026 weekly/final check: delivered RLL 5400 cGy (3 fx), adrenal 3500 cGy (5 fx); records match plans.
Physicist: Ebenezer Coltrane-Haas, MS, DABR
{FOOT}
"""),
        Doc("7_completion_summary.txt", text=f"""
SUMMIT LAKE CANCER CENTER - END OF TREATMENT SUMMARY
Patient: {patient(13)}   MRN: {mrn(13)}
Course dates: 04/06/2026 - 04/10/2026

Ms. Fiftyfourpatient completed stereotactic body radiotherapy to two sites of oligoprogressive lung adenocarcinoma:
the right lower lobe nodule, 54 Gy in 3 fractions, and the left adrenal metastasis, 40 Gy in 5 fractions. She
tolerated treatment well with mild fatigue and one day of nausea. Continue osimertinib. PET-CT in 3 months.

Marisol Thorvaldsen-Ike, MD  (signed 04/14/2026)
{FOOT}
"""),
    ])

# i54_14 -- pdf: robotic-arm linac liver SBRT to a new segment II lesion; segment VII treated 2024 (history) --------
_c = "BAYSIDE ROBOTIC RADIOSURGERY"
add(name="i54_14", kind="pdf", codes=["G0339", "G0340", "77435", "77373"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment II (new)", "body", None, 50, 5)],
    categories=cats(),
    notes="Robotic liver SBRT treatment summary: new segment II HCC 50 Gy in 5 with three gold fiducials and "
          "respiratory-tracking, vacuum cushion; the segment VII lesion treated 45 Gy/3 in 2024 appears in the "
          "history and the composite dose table (not this course). Doses in Gy and cGy.",
    docs=[Doc("i54_14.pdf", [[
        H1("Stereotactic Body Radiotherapy - Treatment Summary"),
        KeyValue([("Patient", f"{patient(14)}  ({mrn(14)})"), ("Physician", "Augustin Feliciano-Brandt, MD"),
                  ("Diagnosis", "Hepatocellular carcinoma, Child-Pugh A5, BCLC B; new 2.4 cm segment II lesion (LI-RADS 5)"),
                  ("Prior liver SBRT", "Segment VII, 45 Gy in 3 fractions, completed 10/2024 (complete response)"),
                  ("This course", "Segment II, 50 Gy in 5 fractions, 10/05/2026 - 10/13/2026"),
                  ("Fiducials", "3 gold fiducials placed percutaneously 09/18/2026"),
                  ("Immobilization", "Vacuum cushion, arms at sides"),
                  ("Planning imaging", "CT triphasic 1.5 mm 09/24/2026 + MRI liver (gadoxetate) 09/23/2026, fused"),
                  ("Unit / tracking", "Robotic-arm mounted 6 MV linac; fiducial tracking with respiratory correlation model"),
                  ("Planning", "GTV on MRI + arterial CT, PTV = GTV + 3 mm; Rx to the 70% isodose; FALCONER-TPS (invented), 142 beams")]),
        RuledTable([("Fx", "Date", "Dose (cGy)", "Model error (mm)", "Fiducials tracked"),
                    ("1", "10/05/2026", "1000", "1.4", "3/3"), ("2", "10/07/2026", "1000", "1.2", "3/3"),
                    ("3", "10/09/2026", "1000", "1.6", "3/3"), ("4", "10/12/2026", "1000", "1.1", "3/3"),
                    ("5", "10/13/2026", "1000", "1.3", "3/3")]),
        H2("Composite dose (both courses)"),
        RuledTable([("Structure", "2024 course", "2026 course", "Composite"),
                    ("Liver minus GTVs, mean", "9.8 Gy", "8.1 Gy", "17.9 Gy (physical)"),
                    ("Stomach D0.5cc", "6.2 Gy", "27.6 Gy", "33.8 Gy")]),
        P("Course complete: segment II lesion 50 Gy in 5 fractions (5000 cGy) as prescribed. AFP and MRI in 3 months."),
        sig("Augustin Feliciano-Brandt, MD 10/13/2026"),
    ]], opts=dict(header=banner(_c, "SBRT", 14, "12/01/1957")))])

# i54_15 -- dictation: prostate SBRT interrupted after fx 3 (retention), re-simulated, new plan for fx 4-5 ----------
add(name="i54_15", kind="dictation", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Dictated completion summary, numbers in words: prostate SBRT thirty-six and a quarter Gy in five "
          "fractions with gold fiducials and a knee-and-foot immobiliser; after fraction three urinary retention "
          "interrupted treatment, a new CT and MRI were done and a new plan (PROST_1.2) gave fractions four and "
          "five. One course, one target, two plans.",
    docs=[Doc("i54_15.txt", text=f"""
CLEARWATER VALLEY RADIATION ONCOLOGY
TREATMENT SUMMARY (dictated)
Patient: {patient(15)}        MRN: {mrn(15)}        DOB: 03/17/1952
Physician: Sterling Adebayo-Vance, MD          Dictated: 12/04/2026

Diagnosis: adenocarcinoma of the prostate, Gleason three plus four, PSA seven point two, clinical T1c, favorable
intermediate risk. No androgen deprivation.

Preparation: three gold fiducial markers were placed transperineally on October twenty-ninth. He was simulated on
November fifth supine in a knee-and-foot immobilizer with a comfortably full bladder; the planning CT was fused with
a T2 prostate MRI of the same day. The prostate with the proximal one centimeter of seminal vesicles was the CTV,
with a five millimeter margin, three millimeters posteriorly. Prescription thirty-six point two five Gy in five
fractions of seven point two five Gy, to cover ninety-five percent of the PTV, two VMAT arcs on the six MV linac,
plan PROST_1.1 in the SPRUCEWOOD planning system, invented.

Course: fractions one, two and three were delivered on November twelfth, fourteenth and seventeenth, each after
cone-beam CT with fiducial match. On November eighteenth he presented in urinary retention and a catheter was
placed; treatment was held. After the catheter was removed on November twenty-fourth he was re-simulated on
November twenty-fifth with a new CT and MRI, because the prostate volume and the bladder had changed. The target
was recontoured and plan PROST_1.2 was approved with the same seven point two five Gy per fraction. Fractions four
and five were delivered on November twenty-seventh and December first, again with fiducial match on cone-beam CT.

Total delivered: thirty-six point two five Gy in five fractions to the prostate, completing the course, despite the
one-week interruption. He is voiding well on tamsulosin. PSA in three months.

Sterling Adebayo-Vance, MD  -- electronically signed 12/04/2026 17:20
{FOOT}
""")])

# i54_16 -- pdf: 1.5 T MR-linac kidney SBRT 42 Gy/3 with daily adaptive plans; G0339 claimed ------------------------
_c = "NORTH SHORE ACADEMIC RADIATION ONCOLOGY"
add(name="i54_16", kind="pdf", codes=["77373", "77435", "G0339"],
    facts=F("linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("left kidney, lower pole RCC", "body", None, 42, 3)],
    categories=cats(),
    notes="MR-linac adaptive SBRT log for a primary left renal cell carcinoma, 42 Gy in 3 fractions: a reference "
          "plan and a new adapted plan each day (ADP_F1-ADP_F3; plans are not lesions), vacuum cushion, CT + MRI "
          "simulation, cine-MRI gating. G0339 is for robotic linacs: wrong on a gantry MR-linac.",
    docs=[Doc("i54_16.pdf", [[
        H1("MR-guided Adaptive SBRT - Kidney"),
        KeyValue([("Patient", f"{patient(16)}    MRN {mrn(16)}"), ("Attending", "Temperance Okafor-Lindgren, MD"),
                  ("Target", "Left kidney lower pole, biopsy-proven clear cell RCC, 4.1 cm; not a surgical candidate (CKD 3b, cardiac)"),
                  ("Unit", "1.5 T MR-linac (gantry, 7 MV FFF)"),
                  ("Simulation", "CT 2 mm for electron density + MRI 3D T2 and cine, 08/11/2026; vacuum cushion, arms up"),
                  ("Reference plan", "REF_KID_L, 42 Gy / 3 fx, PTV = GTV + 5 mm, 95% of PTV >= 42 Gy; IMRT 14 beams; planning system TERN-Adapt (invented)")]),
        RuledTable([("Fx", "Date", "Adapted plan", "Workflow", "GTV D98% (Gy)", "PTV V42Gy", "Bowel Dmax (Gy)", "Delivered"),
                    ("1", "08/18/2026", "ADP_F1", "adapt to shape", "14.5", "93.8%", "11.9", "14 Gy"),
                    ("2", "08/20/2026", "ADP_F2", "adapt to position", "14.4", "95.2%", "10.8", "14 Gy"),
                    ("3", "08/24/2026", "ADP_F3", "adapt to shape", "14.6", "94.4%", "12.1", "14 Gy")]),
        P("Each fraction: online MRI, contours edited by the physician, adapted plan checked by an independent MU "
          "calculation, cine-MRI gating on the GTV with a 3 mm boundary."),
        P("Course complete 08/24/2026: left kidney 42 Gy in 3 fractions. eGFR at 6 weeks, MRI at 3 months."),
        sig("Temperance Okafor-Lindgren, MD 08/24/2026"),
    ]], opts=dict(header=banner(_c, "MR-Linac", 16, "07/07/1943")))])

# i54_17 -- bundle (4 files): two RUL nodules, one isocentre and one plan, 48 Gy/4; 77432 claimed -----------------
_c = "FOXGLOVE COMMUNITY CANCER CENTER"
add(name="i54_17", kind="bundle", codes=["77373", "77432"],
    facts=F("linac", ["body"], 2, 4, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("RUL apical nodule (nodule 1 / PTV_A / RUL-ap)", "body", None, 48, 4),
             L("RUL posterior nodule (nodule 2 / PTV_B / RUL-post)", "body", None, 48, 4)],
    categories=cats(),
    notes="Four-document lung SBRT bundle: two synchronous right upper lobe nodules treated with one isocentre and "
          "one plan (RUL_2T), 48 Gy in 4 fractions each. Named 'nodule 1/2' in the consult, PTV_A/PTV_B in the plan "
          "and RUL-ap/RUL-post on the record. Two lesions, one plan. 77432 (cranial single-session management) claimed "
          "instead of 77435: wrong.",
    docs=[
        Doc("1_consult.txt", text=f"""
FOXGLOVE COMMUNITY CANCER CENTER - Radiation Oncology Consultation        01/12/2026
{patient(17)}   MRN {mrn(17)}   DOB 09/09/1945
Attending: Cornelius Baptiste-Hallorann, MD

82-year-old former smoker, COPD (FEV1 38%), not a surgical candidate. CT 11/2025 and PET-CT 12/29/2025: two
PET-avid right upper lobe nodules, nodule 1 apical 1.6 cm (SUV 6.1) and nodule 2 posterior segment 1.1 cm (SUV 4.3),
3.5 cm apart; biopsy of nodule 1: adenocarcinoma. Nodule 2 presumed a synchronous primary (MDT 01/08/2026).
No nodal or distant disease. Recommend SBRT to both nodules, 48 Gy in 4 fractions each.
{FOOT}
"""),
        Doc("2_plan_report.pdf", [[
            H1("SBRT Plan Summary"),
            KeyValue([("Plan", "RUL_2T - single isocenter between the two nodules, 3 VMAT partial arcs, 6 MV FFF"),
                      ("Planning system", "HOLLYHOCK-TPS 2.7 (invented)"),
                      ("Simulation", "4DCT 2 mm 01/20/2026 on a wing board with vacuum bag; PET-CT 12/29/2025 fused for GTVs"),
                      ("Targets", "ITV from 4DCT (all phases), PTV = ITV + 5 mm")]),
            RuledTable([("Target", "Nodule", "ITV (cc)", "PTV (cc)", "Rx", "Isodose", "D95%", "Dmax"),
                        ("PTV_A", "RUL apical", "3.9", "16.2", "48 Gy / 4 fx", "80%", "48.3 Gy", "59.4 Gy"),
                        ("PTV_B", "RUL posterior", "1.2", "8.0", "48 Gy / 4 fx", "80%", "48.1 Gy", "59.9 Gy")]),
            P("Lung V20 5.8%, mean lung 4.4 Gy; brachial plexus D0.03cc 21.8 Gy; chest wall V30 12 cc."),
            sig("Cornelius Baptiste-Hallorann, MD 01/26/2026"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 17, "09/09/1945"))),
        Doc("3_treatment_record.pdf", [[
            H1("Treatment Record"),
            RuledTable([("Fx", "Date", "IGRT", "RUL-ap (cGy)", "RUL-post (cGy)"),
                        ("1", "01/28/2026", "CBCT, ITV match", "1200", "1200"),
                        ("2", "01/30/2026", "CBCT, ITV match", "1200", "1200"),
                        ("3", "02/02/2026", "CBCT, ITV match", "1200", "1200"),
                        ("4", "02/04/2026", "CBCT, ITV match", "1200", "1200")]),
            P("Totals: RUL-ap 4800 cGy / 4; RUL-post 4800 cGy / 4. Plan RUL_2T, 4 of 4 fractions."),
            sig("R. Ingebretsen, RT(T) / C. Baptiste-Hallorann, MD 02/04/2026"),
        ]], opts=dict(header=banner(_c, "Treatment Delivery", 17, "09/09/1945"))),
        Doc("4_completion_note.txt", text=f"""
FOXGLOVE COMMUNITY CANCER CENTER - SBRT completion note     02/04/2026
{patient(17)}  MRN {mrn(17)}
Completed SBRT to both right upper lobe nodules (apical and posterior), 48 Gy in 4 fractions to each, one plan with a
single isocenter. Tolerated well; mild cough, no dyspnea change. CT chest at 3 months.
C. Baptiste-Hallorann, MD
{FOOT}
"""),
    ])


# ==================================================================================================
# Hard negatives (3, unlike kinds)
# ==================================================================================================

# i54_18 -- ehr_text: pre-radiosurgery consult for a NEW lesion; full history of a 2024 course ----------------------
add(name="i54_18", kind="ehr_text", codes=["77371", "77432", "61796", "61800"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative (pre-treatment): neurosurgery consult about a new right occipital metastasis, with the "
          "full history of a 2024 frame-based cobalt-60 course (three lesions, doses, shots) and a procedure booked "
          "for next week; the only imaging is diagnostic surveillance MRI. Nothing of the new course has been "
          "done in this document.",
    docs=[Doc("i54_18.txt", text=f"""
FERNHILL NEUROSURGICAL ASSOCIATES
CLINIC NOTE - RADIOSURGERY CONSULTATION (RETURN PATIENT)          Visit: 05/04/2026
Patient: {patient(18)}     MRN: {mrn(18)}     DOB: 01/05/1950
Provider: Leontyne Abernethy-Faure, MD

INTERVAL HISTORY: Known HER2+ breast cancer with brain metastases. Prior radiosurgery 06/11/2024 on the cobalt-60
unit under a stereotactic frame: left frontal 20 Gy (50% IDL, 6 shots), right parietal 20 Gy (5 shots), left
cerebellar 16 Gy (9 shots). All three lesions responded and remain stable. Surveillance MRI 04/28/2026 shows a NEW
right occipital lesion, 8 mm, with minimal edema; no change elsewhere.

EXAM: Alert, oriented, no field cut on confrontation. KPS 90.

ASSESSMENT: New solitary right occipital metastasis after prior SRS.

PLAN:
- Recommend single-session radiosurgery to the new right occipital lesion on the cobalt-60 unit with a frame,
  provisionally 20 Gy to the 50% isodose.
- Procedure scheduled 05/12/2026. Stereotactic MRI and CT will be done on the morning of the procedure.
- Hold tucatinib 3 days before. Pre-procedure labs ordered.
- Patient agrees; consent to be signed on the day.

Leontyne Abernethy-Faure, MD (signed 05/04/2026 15:48)
{FOOT}
""")])

# i54_19 -- pdf: spine SBRT cancelled after simulation and planning; no fraction delivered ----------------------------
_c = "MAPLECROFT RADIATION ONCOLOGY"
add(name="i54_19", kind="pdf", codes=["77373", "77435", "63620"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative (course cancelled before fraction 1): a spine SBRT course to L2 was simulated and a plan "
          "approved (24 Gy in 2 planned), but the patient was admitted with sepsis the day before fraction 1 and "
          "the course was cancelled for hospice care; 0 of 2 fractions given. No course delivered.",
    docs=[Doc("i54_19.pdf", [[
        H1("Course Status Note - Treatment Not Delivered"),
        KeyValue([("Patient", patient(19)), ("MRN", mrn(19)), ("Course", "L2 SBRT (planned 2400 cGy in 2 fractions)"),
                  ("Status", "CANCELLED - 0 of 2 fractions delivered"), ("Date", "09/29/2026"),
                  ("Physician", "Cassius Mwangi-Harrow, MD")]),
        H2("Course history"),
        TextTable([("Date", "Event"),
                   ("09/14/2026", "Consult: L2 metastasis (NSCLC), SBRT recommended"),
                   ("09/18/2026", "CT simulation booked on vacuum cushion"),
                   ("09/23/2026", "Plan L2_SBRT_v1 approved by physician"),
                   ("09/28/2026", "Patient admitted to Maplecroft General with urosepsis"),
                   ("09/29/2026", "Course cancelled; machine appointments released")], columns=(0, 90)),
        P("Mr. Fiftyfourpatient was admitted yesterday, the day before his first scheduled fraction, with urosepsis and "
          "delirium. After a family meeting today he and his wife chose comfort-focused care with hospice. No radiation "
          "was delivered and the SBRT course has been cancelled. If pain control becomes difficult, a single palliative "
          "fraction could be reconsidered. Billing: no treatment charges for this course."),
        sig("Cassius Mwangi-Harrow, MD 09/29/2026"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 19, "11/30/1948")))])

# i54_20 -- bundle (2 files): follow-up MRI report + tumor board note after a 2025 course; observation only ----------
_c = "STONEBRIDGE HEALTH"
add(name="i54_20", kind="bundle", codes=["77373", "77435", "61796"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative (follow-up only): an MRI report describing post-treatment change after fractionated SRS "
          "in 2025 (27 Gy in 3 to a left frontal metastasis) and a tiny new focus, and a tumor board note "
          "choosing observation. No treatment in this document set.",
    docs=[
        Doc("1_mri_report.pdf", [[
            H1("MRI Brain With and Without Contrast"),
            KeyValue([("Patient", f"{patient(20)}    MRN {mrn(20)}"), ("Exam date", "06/02/2026"),
                      ("Indication", "Follow-up of left frontal metastasis after fractionated stereotactic radiosurgery (27 Gy / 3 fx, 07/2025)"),
                      ("Comparison", "02/17/2026, 10/20/2025")]),
            H2("Findings"),
            P("Treated left frontal lesion: 6 mm residual enhancement (previously 9 mm), with decreasing surrounding FLAIR signal "
              "and low perfusion, consistent with treatment effect. A new 2 mm punctate focus of enhancement in the right "
              "cerebellar hemisphere, indeterminate. No hydrocephalus, hemorrhage or mass effect."),
            H2("Impression"),
            BulletList(["Continued response of the treated left frontal metastasis; post-radiation change.",
                        "2 mm right cerebellar focus, indeterminate; short-interval follow-up suggested."], numbered=True),
            sig("Nkechi Valdés-Hartmann, MD, Neuroradiology 06/02/2026"),
        ]], opts=dict(header=banner(_c, "Radiology", 20, "02/02/1964"))),
        Doc("2_tumor_board.txt", text=f"""
STONEBRIDGE HEALTH - CNS TUMOR BOARD          06/05/2026
{patient(20)}   MRN {mrn(20)}
Presented by: Dr. Aurelio Castellanos-Whyte (Radiation Oncology)

Melanoma with a single brain metastasis, left frontal, treated with fractionated SRS 27 Gy in 3 fractions in July
2025; responding. New 2 mm right cerebellar focus on MRI 06/02/2026, too small to characterize or target.

Consensus: observation. Repeat MRI in 6 weeks; radiosurgery if it grows or becomes clearly metastatic. No
radiotherapy planned at this time. Continue nivolumab.
{FOOT}
"""),
    ])


CORPUS = Corpus("blind_corpus54", "tests/blind_corpus54", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
