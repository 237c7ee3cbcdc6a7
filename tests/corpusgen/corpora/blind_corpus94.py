"""Ninety-fourth blind corpus, ``tests/blind_corpus94/`` (regenerate: ``python scripts/make_corpus.py blind_corpus94``).

TUNING SET, written blind (without reading the reader's code): one patient, several courses - which course is
this claim for?

Twenty charts of patients with earlier and later radiation, in which the claimed codes are for the current
course only (each chart names it by its dates of service, a billing period or a course number): spine
re-irradiation of a level treated before, salvage radiosurgery after earlier radiosurgery or whole-brain RT
(a progressing treated lesion re-treated beside a new one), a second lung primary after earlier lung SBRT, a
stereotactic boost that is the second phase of one 28-fraction course, an adaptive course split into two
phases, dose-staged radiosurgery of one large lesion two weeks apart, a course planned in January and
delivered in February, bundles holding an earlier course's summary beside this course's record, cumulative
dose tables summing two courses, previously treated lesions listed as avoidance structures beside new
targets, a follow-up note describing a course from two years earlier, an interrupted and resumed course,
repeat functional radiosurgery and retreatment of a schwannoma after conventional fractionated RT.
Cranial 8 (cobalt-60, gantry linac, robotic-arm linac), spine 3, body 7; two hard negatives (only an old
course's summary under a new date of service; a re-irradiation consult the patient declined); two
self-contradicting charts (``review_expected``). Half printouts / exports, half dictations and bundles of
2-3 files (.pdf/.txt). Every clinic, clinician and system is invented.

Gold labels are written by hand from what the chart says, ../shared/corpus/README.md and the contract: only
THIS course's lesions, delivered doses and fractions.
"""

# ruff: noqa: E501  (dictations are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

PATIENTS = [("RAVENSHOLT", "EDITH"), ("ROOKWETHER", "ALBAN"), ("RUDDLESTONE", "MABEL"), ("RIMBAULT", "OSRIC"),
            ("ROSKELLEY", "THADDEUS"), ("RANULFSEN", "GRETA"), ("RATHKEALE", "IONE"), ("REDMARLEY", "CUTHBERT"),
            ("RUSHMERE", "PETRONELLA"), ("ROWANBY", "LUCAN"), ("RIVERDELL", "HESTER"), ("RINALDESI", "CORWIN"),
            ("RUTHWELL", "AMBROSE"), ("RASMUNDO", "FELICITY"), ("ROCHEFIELD", "WINIFRED"), ("RAVELSTOKE", "JUDD"),
            ("RUDGEWICK", "MAUD"), ("RENWOLD", "CASSIUS"), ("ROSEVEARE", "OTTILIE"), ("RYECOMBE", "ANSEL")]


def patient(n: int) -> str:
    last, first = PATIENTS[n - 1]
    return f"{last}, {first}"


def mrn(n: int) -> str:
    return f"SYN-94{n:03d}"


def head(clinic: str, n: int, dob: str, extra: str = "") -> list[str]:
    return [clinic, f"{patient(n)}   MRN {mrn(n)}   DOB {dob}" + (f"   {extra}" if extra else "")]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Spine
# ==================================================================================================

# r94_01 -- pdf printout: T10 re-irradiation SBRT, 24 Gy/3; cumulative column adds the 2024 30 Gy/10 course -------
_c = "HOLLOWMERE CANCER CENTRE - RADIATION ONCOLOGY"
add(name="r94_01", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T10", "spinal", None, 24, 3)],
    categories=cats(),
    notes="Two-page record-and-verify export of a spine re-irradiation: T10 was treated in 06/2024 within a T9-T11 "
          "conventional field (30 Gy in 10), now 24 Gy in 3 fractions of SBRT (course C2, DOS 05/04-05/08/2026). "
          "The fraction table carries a course cumulative column and an 'all courses' column (38, 46, 54 Gy) and the "
          "treatment-history box lists C1's 10 fractions; only C2 counts.",
    docs=[Doc("r94_01.pdf", [
        [H1("Treatment Course Report - Course C2 (Re-irradiation)"),
         KeyValue([("Patient", f"{patient(1)}   {mrn(1)}"), ("Course", "C2  SPINE_T10_REIRR  (status: Completed)"),
                   ("Dates of service", "05/04/2026 - 05/08/2026"),
                   ("Diagnosis", "C79.51 secondary malignant neoplasm of bone (T10), renal cell carcinoma"),
                   ("Unit", "6 MV FFF gantry linac, 2.5 mm MLC, 6DoF couch"),
                   ("Immobilization", "Full-length vacuum cushion, arms up on wing board"),
                   ("Planning images", "CT simulation 04/27/2026 (1.25 mm) fused with MRI T-spine 04/24/2026 (T1, T2, post-Gd)"),
                   ("Planning system", "CORMORANT TPS 5.2 (invented)"),
                   ("Technique", "2 coplanar VMAT arcs, single isocenter at T10")]),
         H2("Treatment history (from outside records)"),
         RuledTable([("Course", "Dates", "Site", "Technique", "Dose / fractions", "Cord Dmax"),
                     ("C1", "06/03/2024 - 06/14/2024", "T9-T11", "3D conformal PA/oblique", "30 Gy / 10 fx", "30.9 Gy"),
                     ("C2", "05/04/2026 - 05/08/2026", "T10 (body + left pedicle)", "SBRT, VMAT", "24 Gy / 3 fx", "see below")]),
         H2("Prescription C2"),
         P("PTV_T10 (GTV T10 vertebral body and left pedicle + 2 mm, cropped off the cord PRV): 24 Gy in 3 fractions of "
           "8 Gy, prescribed to cover 90% of the PTV. Re-irradiation constraints: cord PRV D0.035cc 12.3 Gy this course "
           "(cumulative EQD2 with C1 below 50 Gy, interval 23 months); esophagus D5cc 14.1 Gy."),
         P("Physics: independent MU calculation within 1.6%; patient-specific QA (cylindrical diode array) gamma "
           "2%/2 mm 98.7%, 04/30/2026."),
         sig("Lavinia Thorncastle, MD, Radiation Oncology 04/30/2026"),
         sig("Gideon Makepeace-Orr, MS, DABR 04/30/2026")],
        [H1("Fraction Record - Course C2"),
         RuledTable([("Fx", "Date", "IGRT", "Shift (mm)", "Dose (Gy)", "Cum. C2 (Gy)", "Cum. all courses (Gy)", "Init."),
                     ("1", "05/04/2026", "CBCT x2, MD approved", "1.4", "8.0", "8.0", "38.0", "LT / RK"),
                     ("2", "05/06/2026", "CBCT x2, MD approved", "0.8", "8.0", "16.0", "46.0", "LT / RK"),
                     ("3", "05/08/2026", "CBCT x2, MD approved", "1.1", "8.0", "24.0", "54.0", "LT / PS")]),
         P("Cum. all courses = C2 dose plus the C1 prescription (30 Gy) at the T10 reference point; for the "
           "re-irradiation record only, not an EQD2 sum."),
         H2("Course completion"),
         P("C2 completed as planned on 05/08/2026: T10 24 Gy in 3 fractions. Pain 6/10 -> 3/10 at the last "
           "fraction. MRI spine in 8 weeks. Charges for C2: 77373 per fraction and 77435 per course; C1 charges "
           "were closed in 2024 at the outside facility."),
         sig("Lavinia Thorncastle, MD 05/08/2026")],
    ], opts=dict(header=head(_c, 1, "02/11/1957")))])

# r94_09 -- bundle (2 files): the 2024 L2 course summary beside this course's T6 single-fraction record -------------
_c = "STILLWATER ONCOLOGY GROUP"
add(name="r94_09", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 1, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T6", "spinal", None, 16, 1)],
    categories=cats(),
    notes="Two-file bundle sent for DOS 07/14/2026: the completion summary of the 2024 course (L2, 27 Gy in 3 on a "
          "robotic-arm linac) attached as history, and this course's single-fraction T6 spine SBRT record (16 Gy x 1, "
          "gantry linac). One spinal lesion in this course, so the claimed 63621 is inconsistent; single-fraction spine "
          "is still 77373/77435.",
    docs=[
        Doc("1_prior_course_summary_2024.pdf", [[
            H1("Radiation Treatment Summary"),
            KeyValue([("Patient", f"{patient(9)}   {mrn(9)}"), ("Course", "Spine L2 SBRT"),
                      ("Treatment dates", "10/07/2024 - 10/11/2024"),
                      ("Unit", "Robotic-arm mounted 6 MV linac, spine tracking"),
                      ("Immobilization", "Vacuum mattress")]),
            P("L2 vertebral body metastasis from breast cancer (ER+), painful, no epidural disease: 27 Gy in 3 fractions "
              "of 9 Gy to the 80% isodose line, planned on CT with MRI fusion. All three fractions delivered with "
              "skeletal-structure tracking. Tolerated well; pain resolved by 6 weeks."),
            sig("Augustin Pellowe, MD 10/11/2024"),
        ]], opts=dict(header=head(_c + "  (printed 07/09/2026 for records)", 9, "06/30/1962"))),
        Doc("2_current_course_record.pdf", [
            [H1("Spine SBRT - Plan and Treatment Record"),
             KeyValue([("Patient", f"{patient(9)}   {mrn(9)}"), ("Course", "C3  T6 SBRT"),
                       ("Date of service", "07/14/2026 (single fraction)"),
                       ("Indication", "New painful T6 vertebral body metastasis, Bilsky 0, SINS 6; L2 (treated 2024) stable"),
                       ("Simulation", "07/07/2026 CT 1 mm, supine in vacuum cushion with arm support"),
                       ("MRI", "07/03/2026 T-spine T1/T2/STIR, rigidly fused to the planning CT (T6 region)"),
                       ("Planning system", "SANDPIPER RT 9 (invented)"),
                       ("Unit", "6 MV FFF gantry linac, 6DoF couch"),
                       ("Plan", "Single isocenter, 2 VMAT arcs; PTV_T6 = GTV + CTV (body) + 2 mm"),
                       ("Prescription", "16 Gy x 1 fraction, D90% >= 16 Gy"),
                       ("Cord", "D0.035cc 11.6 Gy; D0.35cc 9.4 Gy")]),
             P("Plan QA 07/10/2026: secondary dose calculation 1.2%, measured QA gamma 2%/2 mm 99.1%."),
             sig("Augustin Pellowe, MD 07/10/2026"), sig("Rosalind Quarrie, PhD, Medical Physics 07/10/2026")],
            [H2("Delivery 07/14/2026"),
             P("CBCT before treatment, 6DoF shift 1.8 mm / 0.6 deg approved by the physician at the console; repeat CBCT "
               "mid-treatment between arcs, residual 0.4 mm. Both arcs delivered; 16 Gy to T6 in one fraction."),
             TextTable([("Lesion", "This course", "Previous course"), ("T6", "16 Gy x 1 (07/14/2026)", "none"),
                        ("L2", "not treated", "27 Gy / 3 fx (10/2024)")], columns=(0, 120, 300)),
             sig("Augustin Pellowe, MD 07/14/2026")],
        ], opts=dict(header=head(_c, 9, "06/30/1962"))),
    ])

# r94_10 -- pdf plan summary: robotic spine SBRT to L1 (re-irradiation) and L4 (new); cumulative dose table --------
_c = "GREYFRIARS RADIOSURGERY UNIT"
add(name="r94_10", kind="pdf", codes=["77373", "77435", "63620", "63621"],
    facts=F("robotic_linac", ["spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L1", "spinal", None, 24, 3), L("L4", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Plan summary with a cumulative dose table summing two courses: L1 re-irradiation (2023 T12-L2 palliative "
          "20 Gy in 5 conventional) at 24 Gy/3 and a new L4 lesion at 27 Gy/3 on a robotic-arm linac, DOS "
          "03/16-03/20/2026. The 'cumulative' column gives L1 44 Gy in 8 fractions; only this course counts.",
    docs=[Doc("r94_10.pdf", [
        [H1("Plan Summary - Spine SBRT, Course 2"),
         KeyValue([("Patient", f"{patient(10)}   {mrn(10)}"), ("Course 2 dates of service", "03/16/2026 - 03/20/2026"),
                   ("Unit", "Robotic-arm mounted 6 MV linac with spine tracking (no fiducials)"),
                   ("Immobilization", "Vacuum mattress, knee rest"),
                   ("Images", "Planning CT 03/05/2026 1 mm, fused with MRI L-spine 03/02/2026 (T1, T2, STIR)"),
                   ("Planning system", "OSPREY-RBT 4.0 (invented)"),
                   ("Beams", "L1: 166 non-isocentric beams, variable-aperture collimator; L4: 142 beams")]),
         H2("Targets this course"),
         RuledTable([("Target", "Level", "Rx", "Isodose", "Coverage", "Status"),
                     ("PTV_L1", "L1 body + right pedicle (re-irradiation)", "24 Gy / 3 fx", "79%", "91.2%", "treated"),
                     ("PTV_L4", "L4 body (new)", "27 Gy / 3 fx", "80%", "94.6%", "treated")]),
         H2("Cumulative dose (composite with Course 1)"),
         RuledTable([("Structure", "Course 1 (07/2023, 20 Gy / 5 fx, T12-L2 AP/PA)", "Course 2 (this course)",
                      "Cumulative (physical)", "Cumulative fx"),
                     ("L1 target", "20 Gy", "24 Gy", "44 Gy", "8"),
                     ("L4 target", "-", "27 Gy", "27 Gy", "3"),
                     ("Conus / cauda Dmax", "20.4 Gy", "15.1 Gy", "35.5 Gy", "8"),
                     ("Right kidney D200cc", "4.2 Gy", "3.0 Gy", "7.2 Gy", "8")]),
         P("Cumulative cauda EQD2 within the institutional re-irradiation limit. Physics second check and beam "
           "delivery QA passed 03/12/2026."),
         sig("Benedicta Harrowgate-Lowe, MD 03/12/2026"), sig("Caspar Ellingham, MS 03/12/2026")],
        [H1("Treatment Log - Course 2"),
         RuledTable([("Fx", "Date", "Tracking", "PTV_L1 (Gy)", "PTV_L4 (Gy)"),
                     ("1", "03/16/2026", "Spine tracking, kV pairs q45 s", "8", "9"),
                     ("2", "03/18/2026", "Spine tracking, kV pairs q45 s", "8", "9"),
                     ("3", "03/20/2026", "Spine tracking, kV pairs q45 s", "8", "9"),
                     ("Total", "", "", "24", "27")]),
         P("Course 2 completed 03/20/2026: L1 24 Gy in 3 fractions, L4 27 Gy in 3 fractions. No acute toxicity."),
         sig("Benedicta Harrowgate-Lowe, MD 03/20/2026")],
    ], opts=dict(header=head(_c, 10, "09/09/1951")))])


# ==================================================================================================
# Cranial
# ==================================================================================================

# r94_02 -- bundle (3 files): cobalt-60 frame SRS, re-treats a progressing left frontal lesion + new perioptic one ---
_c = "ELDERMERE NEUROSCIENCE CENTRE"
add(name="r94_02", kind="bundle", codes=["77371", "77432", "61798", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 2, 1, ["MRI"], ["frame"]),
    lesions=[L("left frontal (re-treated)", "cranial", S, 15, 1), L("right temporal", "cranial", C, 14, 1)],
    categories=cats(),
    notes="Three-file bundle (dictated consult, dose plan, dictated procedure note), DOS 03/10/2026. Salvage "
          "frame-based cobalt-60 SRS after SRS of three lesions in 09/2025: the progressing left frontal lesion is "
          "re-treated (15 Gy) and a new right temporal lesion 4 mm from the right optic tract treated (14 Gy, complex "
          "by location); the right parietal and left cerebellar lesions treated in 2025 are listed with their old "
          "doses but not targeted. Stereotactic MRI only.",
    docs=[
        Doc("1_consult_dictated.txt", text=f"""
ELDERMERE NEUROSCIENCE CENTRE - RADIOSURGERY CLINIC
FOLLOW-UP CONSULTATION (dictated)
Patient: {patient(2)}   MRN: {mrn(2)}   DOB: 12/02/1960
Date: 02/23/2026   Attending: Florian Achterberg-Nwosu, MD (Neurosurgery), with Imelda Crayford, MD (Radiation Oncology)

Mister Rookwether is a sixty five year old man with lung adenocarcinoma, E G F R mutated, on osimertinib, who had frame based radiosurgery with us on September eighteenth twenty twenty five to three metastases: left frontal twenty gray, right parietal twenty gray and left cerebellar eighteen gray, all to the fifty percent isodose line.

His surveillance MRI of February sixteenth shows the left frontal lesion has grown from six to eleven millimeters with increased relative cerebral blood volume on perfusion, which in our tumor board's view favors recurrence over radiation necrosis. There is also a new eight millimeter lesion in the right medial temporal lobe that sits four millimeters from the right optic tract. The right parietal and left cerebellar lesions are smaller and are not to be treated again.

He is working, K P S ninety, neurologically intact.

Plan: repeat single session radiosurgery under a frame to two targets, the recurrent left frontal lesion, at a reduced dose because of the prior twenty gray, and the new right temporal lesion, dose limited by the optic tract. Consent signed. Tentative date March tenth.

Florian Achterberg-Nwosu, MD
{FOOT}
"""),
        Doc("2_dose_plan.pdf", [[
            H1("Radiosurgery Dose Plan - Session 2 (repeat radiosurgery)"),
            KeyValue([("Patient / MRN", f"{patient(2)} / {mrn(2)}"), ("Date of service", "03/10/2026, single session"),
                      ("Unit", "Cobalt-60 multi-source radiosurgery unit, 192 sources"),
                      ("Fixation", "Stereotactic head frame, 4 pins"),
                      ("Imaging", "Stereotactic MRI 03/10/2026 (T1 post-Gd 1 mm, T2), fiducial registration 0.3 mm"),
                      ("Planning system", "KESTREL-GP 12 (invented)")]),
            RuledTable([("Target", "Status", "Diam (mm)", "Prior dose (09/18/2025)", "Rx today", "Isodose", "Shots"),
                        ("LFront", "recurrent, re-treated", "11", "20 Gy", "15 Gy", "50%", "5"),
                        ("RTemp", "new; 4 mm from R optic tract", "8", "-", "14 Gy", "50%", "4"),
                        ("RPar", "previously treated, responding", "3", "20 Gy", "not targeted", "-", "-"),
                        ("LCbll", "previously treated, responding", "2", "18 Gy", "not targeted", "-", "-")]),
            P("Right optic tract Dmax 8.4 Gy. Brainstem Dmax 5.2 Gy. Composite (2025 + today) brain V12Gy 6.3 cc."),
            P("Frame co-ordinates of all 9 shots checked at the unit against the plan; independent treatment-time "
              "calculation within 1.0%."),
            sig("Tobiah Wrenfield, PhD, Medical Physicist 03/10/2026"),
            sig("Imelda Crayford, MD 03/10/2026"), sig("Florian Achterberg-Nwosu, MD 03/10/2026"),
        ]], opts=dict(header=head(_c + "  -  Radiosurgery Physics", 2, "12/02/1960"))),
        Doc("3_procedure_note_dictated.txt", text=f"""
ELDERMERE NEUROSCIENCE CENTRE   PROCEDURE NOTE (dictated)
{patient(2)}   {mrn(2)}   Date of procedure 03/10/2026

Procedures: application of stereotactic head frame, stereotactic MRI, stereotactic radiosurgery on the cobalt sixty unit, two targets.

The frame was applied under local anesthesia at seven ten with four pins. Stereotactic MRI confirmed the two targets, the recurrent left frontal lesion and the new right temporal lesion, and no further new disease. The left frontal lesion received fifteen gray and the right temporal lesion fourteen gray, each to the fifty percent isodose line, in one session from nine forty to ten thirty two. The previously treated right parietal and left cerebellar lesions were not treated. Frame removed, pin sites clean. Home the same day. MRI in eight weeks.

Florian Achterberg-Nwosu, MD - signed 03/11/2026
{FOOT}
"""),
    ])

# r94_03 -- dictation (text): FSRT 27 Gy/3 to a new lesion after whole-brain RT 30 Gy/10 in 2024 ------------------
add(name="r94_03", kind="dictation", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal", "cranial", S, 27, 3)],
    categories=cats(),
    notes="Dictated end-of-treatment note for salvage fractionated SRS, DOS 05/12-05/15/2026: one new 2.2 cm right "
          "frontal metastasis, 27 Gy in three fractions on a gantry linac, mask, CT + MRI, CBCT each fraction. The "
          "history recounts whole-brain RT in 2024 (thirty gray in ten fractions) and an earlier MRI; only the "
          "stereotactic course counts.",
    docs=[Doc("r94_03.txt", text=f"""
WESTBROOK MEMORIAL HOSPITAL - RADIATION ONCOLOGY
DICTATION: END OF TREATMENT NOTE
Author: Ottavio Penhallow, MD   Dictated 05/15/2026 16:48   Transcribed 05/16/2026 08:12
Patient: {patient(3)}   MRN: {mrn(3)}   DOB: 04/17/1955

This is Doctor Penhallow dictating an end of treatment note on Mabel Ruddlestone. This note covers her stereotactic course only, dates of service May twelfth through May fifteenth twenty twenty six.

History. Mrs. Ruddlestone has non small cell lung cancer with brain metastases first diagnosed in November twenty twenty four, when she had more than ten small lesions and received whole brain radiation, thirty gray in ten fractions, November eighteenth to December second twenty twenty four, at another center. She did well. Her April twenty first twenty twenty six MRI showed a new two point two centimeter right frontal lesion with mild edema; all of the old lesions remain stable or resolved. Because of the prior whole brain treatment and the size we chose fractionated stereotactic radiotherapy rather than a single session.

Planning. She was simulated on May fifth in a thermoplastic mask with a one millimeter CT, fused with a thin slice gadolinium enhanced MRI from May fourth. The right frontal gross tumor volume was expanded by two millimeters. The prescription was twenty seven gray in three fractions to the eighty percent isodose line, three noncoplanar VMAT arcs, planned in the HERONRIDGE system, which is invented. Normal brain V twenty was six point two cc. Physics performed an independent monitor unit check and the patient specific QA passed at ninety eight point nine percent.

Treatment. Fraction one May twelfth, fraction two May fourteenth, fraction three May fifteenth, nine gray each. Before each fraction a cone beam CT was matched to the planning CT and I approved the shifts, all under one and a half millimeters. She received the full twenty seven gray in three fractions to the right frontal lesion.

Tolerance. Mild fatigue and a grade one headache after fraction two. Dexamethasone two milligrams daily for one more week.

Follow up. MRI brain in six weeks and visit with me afterwards.

Ottavio Penhallow, MD
{FOOT}
""")])

# r94_07 -- bundle (3 files): dose-staged cobalt-60 SRS of a 4.1 cm lesion, 15 Gy x 2 two weeks apart --------------
_c = "MARSHFIELD GATE RADIOSURGERY"
add(name="r94_07", kind="bundle", codes=["77373", "77435", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 2, ["MRI"], ["mask"]),
    lesions=[L("left parietal", "cranial", C, 30, 2)],
    categories=cats(),
    notes="Three-file bundle: dictated stage 1 note (03/03/2026), dictated stage 2 note (03/17/2026, re-planned on a "
          "new MRI) and a course summary: dose-staged radiosurgery of one 4.1 cm left parietal metastasis (complex by "
          "size) on a cobalt-60 unit with a thermoplastic mask and CBCT, 15 Gy at each stage. One course of two "
          "sessions: 30 Gy in 2, fractionated cobalt-60 is 77373/77435, one lesion not two.",
    docs=[
        Doc("1_stage1_note_dictated.txt", text=f"""
MARSHFIELD GATE RADIOSURGERY - PROCEDURE NOTE, STAGE ONE OF TWO (dictated)
{patient(7)}   MRN {mrn(7)}   DOB 07/21/1968   Date 03/03/2026
Radiation oncologist: Wilhelmina Strand-Okoro, MD   Neurosurgeon: Percival Aldous, MD   Physicist: Haruki Bellweather, MS

Indication: a four point one by three point six centimeter left parietal metastasis from breast cancer, not resectable because of its relationship to the motor strip, too large for a single session. We are treating it with dose staged radiosurgery, two stages of fifteen gray two weeks apart, as one course.

Today's stage: she was fitted with a thermoplastic mask on the cobalt sixty unit, a cone beam CT was taken as the stereotactic reference and co-registered with the planning MRI of March second, one millimeter T one post contrast. The whole lesion was planned with twenty six shots, fifteen gray to the fifty percent isodose line, coverage ninety seven percent. Physics checked the plan and the treatment time independently. Intrafraction motion was monitored with the infrared nose marker, with two pauses for motion over one millimeter and a repeat cone beam CT before resuming. Stage one delivered.

Wilhelmina Strand-Okoro, MD
{FOOT}
"""),
        Doc("2_stage2_note_dictated.txt", text=f"""
MARSHFIELD GATE RADIOSURGERY - PROCEDURE NOTE, STAGE TWO OF TWO (dictated)
{patient(7)}   MRN {mrn(7)}   Date 03/17/2026

Second and final stage of the dose staged course begun on March third. Repeat MRI today shows the left parietal lesion has shrunk to three point six centimeters. Re-planned on today's MRI co-registered to a new cone beam CT in the same mask: twenty two shots, fifteen gray to the fifty percent isodose line to the whole residual lesion. Plan checked by physics. Delivered without interruption, motion monitoring within tolerance. The course is now complete, fifteen gray at each of two stages.

Wilhelmina Strand-Okoro, MD
{FOOT}
"""),
        Doc("3_course_summary.pdf", [[
            H1("Radiosurgery Course Summary"),
            KeyValue([("Patient", f"{patient(7)}   {mrn(7)}"), ("Course", "Dose-staged SRS, left parietal"),
                      ("Course dates (billing period)", "03/03/2026 - 03/17/2026"),
                      ("Unit", "Cobalt-60 multi-source radiosurgery unit with CBCT and mask fixation")]),
            RuledTable([("Stage", "Date", "Target", "Volume (cc)", "Dose", "Isodose"),
                        ("1", "03/03/2026", "Left parietal metastasis", "24.8", "15 Gy", "50%"),
                        ("2", "03/17/2026", "Left parietal metastasis (residual)", "17.1", "15 Gy", "50%"),
                        ("Course", "", "Left parietal metastasis", "", "30 Gy in 2 sessions", "")]),
            P("One lesion treated in two sessions (dose-staged), total 30 Gy. MRI in 6 weeks."),
            sig("Wilhelmina Strand-Okoro, MD 03/18/2026"),
        ]], opts=dict(header=head(_c, 7, "07/21/1968"))),
    ])

# r94_11 -- pdf plan report: three new metastases; two previously treated lesions listed as avoidance structures ----
_c = "CALDERWOOD ONCOLOGY - STEREOTACTIC PROGRAM"
add(name="r94_11", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left occipital", "cranial", S, 20, 1), L("right frontal", "cranial", S, 20, 1),
             L("left cerebellar", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Single-isocentre linac SRS plan report and delivery record, DOS 01/20/2026: three new metastases treated "
          "(20, 20, 18 Gy); the structure table also lists prev_RPar and prev_LTemp (SRS 08/2025, 20 Gy each) as "
          "avoidance structures with their prior doses. Three lesions, not five.",
    docs=[Doc("r94_11.pdf", [
        [H1("SRS Plan Report - Multiple Metastases"),
         KeyValue([("Patient", f"{patient(11)}   {mrn(11)}"), ("Plan", "BRAIN_SRS_C2  (course 2; course 1 = 08/2025)"),
                   ("Date of service", "01/20/2026"), ("Machine", "6 MV FFF gantry linac, HD MLC, 6DoF couch"),
                   ("Immobilization", "Open-face thermoplastic mask"),
                   ("Images", "CT sim 01/13/2026 1 mm + MRI T1 MPRAGE post-Gd 01/12/2026, rigid fusion"),
                   ("Planning system", "LAPWING Cranial 2.3 (invented)"),
                   ("Arcs", "5 dynamic conformal arcs, one isocenter")]),
         RuledTable([("Structure", "Type", "Diam (mm)", "Rx (Gy)", "IDL", "Comment"),
                     ("PTV1_LOcc", "target", "14", "20", "80%", "new"),
                     ("PTV2_RFront", "target", "9", "20", "80%", "new"),
                     ("PTV3_LCbll", "target", "21", "18", "78%", "new"),
                     ("prev_RPar", "avoidance", "4", "-", "-", "SRS 08/2025 20 Gy, responding"),
                     ("prev_LTemp", "avoidance", "2", "-", "-", "SRS 08/2025 20 Gy, resolved")]),
         P("Composite brain V12Gy (course 1 + course 2) 8.9 cc. Brainstem D0.03cc 7.7 Gy. Chiasm D0.03cc 2.1 Gy."),
         P("Physics: independent MU check passed; patient-specific QA gamma 2%/1 mm 97.6% (01/16/2026)."),
         sig("Evander Lisle-Mbeki, MD 01/16/2026"), sig("Prudence Halloway, MS, DABR 01/16/2026")],
        [H1("Delivery Record 01/20/2026"),
         P("Fraction 1 of 1. CBCT before the first arc and after couch rotation, 6DoF shifts approved by MD; surface "
           "guidance throughout, no beam holds."),
         TextTable([("Target", "Delivered"), ("Left occipital (PTV1)", "20 Gy"), ("Right frontal (PTV2)", "20 Gy"),
                    ("Left cerebellar (PTV3)", "18 Gy")], columns=(0, 220)),
         P("Three lesions treated in one session. Follow-up MRI in 8 weeks."),
         sig("Evander Lisle-Mbeki, MD 01/20/2026")],
    ], opts=dict(header=head(_c, 11, "05/05/1966")))])

# r94_17 -- pdf: robotic SRS; summary says four new metastases, records show three (fourth is a 2025 lesion) -------
_c = "FENWICK HILL ROBOTIC RADIOSURGERY"
add(name="r94_17", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=F("robotic_linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right occipital", "cranial", S, 21, 1), L("left frontal", "cranial", S, 20, 1),
             L("right cerebellar", "cranial", S, 18, 1)],
    categories=cats(),
    contradiction="The completion summary says four new metastases were treated, while the plan and treatment record list three targets treated and a fourth (left parietal) as treated in 2025 and not targeted.",
    notes="Robotic-arm linac single-session SRS, DOS 06/02/2026: plan table of three targets plus a left parietal "
          "lesion treated in 11/2025 (marked 'prior course, not targeted'); the completion summary's first sentence "
          "says 'four new metastases'. Gold follows the plan and record: three lesions.",
    docs=[Doc("r94_17.pdf", [
        [H1("Robotic Radiosurgery - Plan and Treatment Record"),
         KeyValue([("Patient", f"{patient(17)}   {mrn(17)}"), ("Date of service", "06/02/2026 (single session)"),
                   ("Unit", "Robotic-arm mounted 6 MV linac, 6D skull tracking"),
                   ("Fixation", "Frameless thermoplastic mask"),
                   ("Images", "Contrast CT 05/26/2026 (1 mm) + MRI T1 post-Gd 05/25/2026, fused"),
                   ("Planning system", "PLOVER Robotic 3 (invented)")]),
         RuledTable([("Target", "Diam (mm)", "Rx", "Isodose", "Beams", "Note"),
                     ("R occipital", "13", "21 Gy x 1", "77%", "118", "new"),
                     ("L frontal", "10", "20 Gy x 1", "78%", "96", "new"),
                     ("R cerebellar", "17", "18 Gy x 1", "80%", "131", "new"),
                     ("L parietal", "5", "-", "-", "-", "prior course (SRS 11/2025, 20 Gy), not targeted")]),
         P("Physics: secondary calculation within 2%, end-to-end and delivery QA passed 05/29/2026."),
         sig("Isidore Kettleby, MD 05/29/2026"), sig("Marguerite Osei-Banks, MS 05/29/2026"),
         H2("Treatment record 06/02/2026"),
         P("Skull tracking with orthogonal kV pairs every 45-60 s; corrections under 1 mm. All 345 beams delivered. "
           "R occipital 21 Gy, L frontal 20 Gy, R cerebellar 18 Gy.")],
        [H1("Completion Summary"),
         P("Ms. Rudgewick underwent single-session robotic radiosurgery to four new metastases on 06/02/2026."),
         TextTable([("Lesion", "Dose", "Fractions"), ("Right occipital", "21 Gy", "1"), ("Left frontal", "20 Gy", "1"),
                    ("Right cerebellar", "18 Gy", "1")], columns=(0, 180, 260)),
         P("No acute toxicity. MRI in 8 weeks; systemic therapy to continue."),
         sig("Isidore Kettleby, MD 06/03/2026")],
    ], opts=dict(header=head(_c, 17, "10/30/1958")))])

# r94_18 -- bundle (2 files): robotic FSRT of a resection cavity, 30 Gy/5, earlier SRS listed in a history table ---
_c = "THORNBURY CANCER INSTITUTE - ROBOTIC RADIOSURGERY"
add(name="r94_18", kind="bundle", codes=["G0339", "G0340", "77435", "61796"],
    facts=F("robotic_linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left temporal resection cavity", "cranial", S, 30, 5)],
    categories=cats(),
    notes="Two-file bundle: plan summary with a treatment-history table (SRS 04/2025 to two other lesions, 20 Gy "
          "each) and a dictated completion note; this course is 30 Gy in 5 to a 3.1 cm left temporal resection cavity "
          "on a robotic-arm linac, DOS 02/09-02/13/2026. Robotic codes G0339/G0340 fit.",
    docs=[
        Doc("1_plan_summary.pdf", [[
            H1("Fractionated SRS Plan Summary - Course 2"),
            KeyValue([("Patient", f"{patient(18)}   {mrn(18)}"), ("Dates of service", "02/09/2026 - 02/13/2026"),
                      ("Unit", "Robotic-arm mounted 6 MV linac, skull tracking"),
                      ("Fixation", "Thermoplastic mask"),
                      ("Planning images", "CT 01/29/2026 1 mm + post-operative MRI 01/28/2026, fused"),
                      ("Target", "Left temporal resection cavity (3.1 cm) + 2 mm margin; CTV follows the surgical tract"),
                      ("Prescription", "30 Gy in 5 fractions (6 Gy/fx) to the 75% isodose, coverage 96.3%"),
                      ("Beams", "204 non-isocentric beams, variable aperture collimator"),
                      ("Planning system", "PLOVER Robotic 3 (invented)")]),
            H2("Treatment history"),
            RuledTable([("Course", "Date", "Target", "Dose", "Status"),
                        ("1", "04/22/2025", "Right frontal metastasis", "20 Gy x 1", "complete response"),
                        ("1", "04/22/2025", "Left cerebellar metastasis", "20 Gy x 1", "stable"),
                        ("-", "12/16/2025", "Left temporal metastasis", "resection (Dr. Vance)", "-"),
                        ("2", "02/09-02/13/2026", "Left temporal cavity", "30 Gy / 5 fx", "this course")]),
            P("Physics check and delivery QA passed 02/05/2026."),
            sig("Serafina Castellane, MD 02/05/2026"), sig("Dorian Whitcombe, MS 02/05/2026"),
        ]], opts=dict(header=head(_c, 18, "03/14/1971"))),
        Doc("2_completion_note_dictated.txt", text=f"""
THORNBURY CANCER INSTITUTE - COMPLETION NOTE (dictated)
{patient(18)}   {mrn(18)}   Course 2 dates 02/09/2026 through 02/13/2026

Mister Renwold completed five fractions of stereotactic radiotherapy to the left temporal resection cavity, six gray per fraction, thirty gray total, on February ninth, tenth, eleventh, twelfth and thirteenth, with skull tracking and orthogonal kilovoltage imaging throughout each session. The right frontal and left cerebellar lesions treated in April twenty twenty five were not retreated and are stable. No toxicity beyond mild fatigue. MRI in two months.

Serafina Castellane, MD
{FOOT}
"""),
    ])

# r94_19 -- dictation (text): repeat cobalt-60 radiosurgery for recurrent trigeminal neuralgia (70 Gy; 80 Gy in 2023) -
add(name="r94_19", kind="dictation", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve", "cranial", C, 70, 1)],
    categories=cats(),
    notes="Dictated operative report, DOS 09/15/2026: repeat frame-based cobalt-60 radiosurgery for recurrent right "
          "trigeminal neuralgia, 70 Gy maximum with one 4 mm isocenter, MRI + CT; the 2023 first procedure (80 Gy) is "
          "described in the history. Functional target: complex.",
    docs=[Doc("r94_19.txt", text=f"""
BRAMBLECOTE REGIONAL MEDICAL CENTER
OPERATIVE REPORT - DICTATED
PATIENT: {patient(19)}     MRN: {mrn(19)}     DOB: 01/08/1946
DATE OF PROCEDURE: 09/15/2026
SURGEON: Leopold Fairhurst-Adeyemi, MD (Neurosurgery)   RADIATION ONCOLOGIST: Juniper Aske, MD   PHYSICIST: Caius Bramwell, PhD

PREOPERATIVE DIAGNOSIS: Recurrent right trigeminal neuralgia, V two distribution.
PROCEDURES: 1. Application of stereotactic head frame. 2. Stereotactic MRI and CT. 3. Repeat stereotactic radiosurgery of the right trigeminal nerve on the cobalt sixty multi source unit.

HISTORY: This eighty year old woman first had radiosurgery of the right trigeminal nerve on May second twenty twenty three, eighty gray maximum dose with a single four millimeter isocenter, with complete pain relief for twenty eight months. The pain returned in July and is no longer controlled by carbamazepine and gabapentin. She again declines microvascular decompression.

DESCRIPTION: The frame was applied under local anesthesia. Stereotactic MRI, with a constructive interference sequence, and a thin slice stereotactic CT were obtained and co registered. A single four millimeter isocenter was placed on the right trigeminal nerve, about two millimeters anterior to the previous target so as not to overlap it fully. A maximum dose of seventy gray was prescribed to the one hundred percent isodose line; the brainstem surface received under twelve gray. The physicist verified the frame coordinates against the plan and an independent check of treatment time was done. Treatment was delivered in one session, beam on time twenty nine point one minutes. The frame was removed without difficulty.

COMPLICATIONS: None. DISPOSITION: Home. Facial numbness risk at repeat treatment was discussed again.

Leopold Fairhurst-Adeyemi, MD   D: 09/15/2026  T: 09/16/2026
{FOOT}
""")])

# r94_20 -- pdf: cobalt-60 mask SRS retreatment of a vestibular schwannoma after FSRT 50.4 Gy/28 in 2016; 61796 claimed -
_c = "ASHGROVE SKULL BASE CENTRE"
add(name="r94_20", kind="pdf", codes=["77371", "77432", "61796"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["MRI"], ["mask"]),
    lesions=[L("left vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    notes="Radiosurgery treatment summary, DOS 11/10/2026: single-session cobalt-60 retreatment (mask, CBCT "
          "reference, planning MRI) of a growing left vestibular schwannoma, 12 Gy to the 50% isodose; a treatment "
          "history lists fractionated stereotactic RT 50.4 Gy in 28 fractions in 2016. Schwannoma is complex, so the "
          "claimed 61796 is wrong (61798).",
    docs=[Doc("r94_20.pdf", [[
        H1("Radiosurgery Treatment Summary"),
        KeyValue([("Patient", patient(20)), ("MRN", mrn(20)), ("DOB", "08/19/1961"),
                  ("Date of service", "11/10/2026 (single session)"),
                  ("Diagnosis", "Left vestibular schwannoma (D33.3), progressive after prior radiotherapy, 2.1 x 1.7 cm"),
                  ("Unit", "Cobalt-60 multi-source radiosurgery unit with cone-beam CT"),
                  ("Fixation", "Thermoplastic mask, infrared nose-marker motion monitoring"),
                  ("Imaging", "Planning MRI 11/09/2026 (T1+C 1 mm, CISS 0.5 mm), co-registered to the stereotactic CBCT"),
                  ("Planning system", "KESTREL-GP 12 (invented)"),
                  ("Prescription", "12 Gy to the 50% isodose line, 17 shots, coverage 98.1%"),
                  ("Left cochlea mean", "3.4 Gy"), ("Brainstem max", "11.6 Gy")]),
        H2("Radiotherapy history"),
        RuledTable([("Year", "Treatment", "Dose / fractions", "Facility"),
                    ("2016", "Fractionated stereotactic RT, gantry linac", "50.4 Gy / 28 fx", "Outside (records reviewed)"),
                    ("2026", "Single-session radiosurgery (this treatment)", "12 Gy / 1", "Ashgrove")]),
        P("Pre-treatment CBCT registered to the plan; plan adapted to the day's position and approved by physics "
          "(independent dose check). Motion stayed within 1.0 mm. Delivered 10:15-11:02."),
        sig("Ottoline Varga-Selby, MD, Radiation Oncology 11/10/2026"),
        sig("Benedikt Harrowfield, MS, Medical Physics 11/10/2026"),
    ]], opts=dict(header=head(_c, 20, "08/19/1961")))])


# ==================================================================================================
# Body
# ==================================================================================================

# r94_04 -- pdf plan summary: second primary RUL SBRT 50 Gy/5, prior LLL SBRT 54 Gy/3 in a prior-dose table -------
_c = "PENDLEBURY LUNG & THORACIC ONCOLOGY"
add(name="r94_04", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT"], ["body_immobilization"]),
    lesions=[L("right upper lobe", "body", None, 50, 5)],
    categories=cats(),
    notes="Two-page plan summary and treatment record for SBRT of a second primary lung cancer (RUL, 50 Gy in 5, DOS "
          "06/01-06/09/2026) with a prior-dose table for the 2023 LLL SBRT (54 Gy in 3, planned on a 2023 PET-CT and "
          "4DCT) and composite lung metrics. Only this course's 4DCT counts; the 2023 PET is historical.",
    docs=[Doc("r94_04.pdf", [
        [H1("SBRT Plan Summary - Course 2 (second primary)"),
         KeyValue([("Patient", f"{patient(4)}   {mrn(4)}"), ("Diagnosis", "C34.11 NSCLC right upper lobe, cT1bN0, biopsy 04/2026"),
                   ("Course", "C2 RUL SBRT; dates of service 06/01/2026 - 06/09/2026"),
                   ("Simulation", "05/20/2026 4D-CT (10 phases), supine in vacuum cushion, arms up"),
                   ("Target", "ITV from all phases; PTV = ITV + 5 mm (34.2 cc)"),
                   ("Prescription", "50 Gy in 5 fractions (10 Gy/fx) to the 80% isodose, PTV V100 95.4%"),
                   ("Technique", "3 partial VMAT arcs, 6 MV FFF, gantry linac"),
                   ("Planning system", "BITTERN Plan 8 (invented)")]),
         H2("Prior radiotherapy"),
         RuledTable([("Course", "Dates", "Target", "Dose", "Planning images"),
                     ("C1", "03/06/2023 - 03/10/2023", "LLL T1a NSCLC", "54 Gy / 3 fx", "PET-CT 02/2023, 4D-CT 02/2023")]),
         H2("Composite (C1 + C2) normal-tissue dose"),
         RuledTable([("Structure", "C1", "C2", "Composite", "Limit"),
                     ("Lungs - ITVs V20Gy", "5.1%", "6.4%", "10.9%", "< 15%"),
                     ("Proximal bronchial tree D0.03cc", "12.2 Gy", "21.7 Gy", "EQD2 68 Gy", "review"),
                     ("Cord Dmax", "8.0 Gy", "13.9 Gy", "EQD2 31 Gy", "< 50 Gy")]),
         P("Plan QA: independent MU check 1.4%, portal dosimetry gamma 3%/2 mm 99.0% (05/28/2026)."),
         sig("Mirabel Strathearn, MD 05/28/2026"), sig("Anselm Okafor-Grey, MS 05/28/2026")],
        [H1("Treatment Record - C2"),
         RuledTable([("Fx", "Date", "IGRT", "Dose (Gy)", "Cumulative C2 (Gy)"),
                     ("1", "06/01/2026", "CBCT, ITV match, MD approved", "10", "10"),
                     ("2", "06/03/2026", "CBCT, ITV match, MD approved", "10", "20"),
                     ("3", "06/05/2026", "CBCT, ITV match, MD approved", "10", "30"),
                     ("4", "06/08/2026", "CBCT, ITV match, MD approved", "10", "40"),
                     ("5", "06/09/2026", "CBCT, ITV match, MD approved", "10", "50")]),
         P("C2 completed: right upper lobe 50 Gy in 5 fractions. Follow-up CT chest in 3 months."),
         sig("Mirabel Strathearn, MD 06/09/2026")],
    ], opts=dict(header=head(_c, 4, "11/23/1949")))])

# r94_05 -- bundle (2 files): SBRT boost = phase 2 of one prostate course (45 Gy/25 + 21 Gy/3): 28 fractions -------
_c = "KINGSMERE UROLOGIC RADIATION CENTER"
add(name="r94_05", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 28, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate", "body", None, 66, 28)],
    categories=cats(),
    notes="Two-file bundle: the course prescription / plan summary (one course, C1, phase 1 IMRT 45 Gy in 25 to "
          "prostate and seminal vesicles, phase 2 stereotactic boost 21 Gy in 3 to the prostate, one written "
          "directive) and an EHR export of the phase-2 fractions with charge lines for 77373 x3 and 77435 for "
          "04/06-04/10/2026. The boost is the last phase of a 28-fraction course (66 Gy), not a 1-5 fraction course of "
          "its own: both codes inconsistent, no delivery code.",
    docs=[
        Doc("1_course_prescription_and_plan.pdf", [[
            H1("Course Prescription and Plan Summary"),
            KeyValue([("Patient", f"{patient(5)}   {mrn(5)}"), ("Diagnosis", "C61 adenocarcinoma of prostate, unfavorable intermediate risk"),
                      ("Course", "C1 PROSTATE (one course, two phases; one written directive signed 02/20/2026)"),
                      ("Simulation", "02/18/2026 CT 2 mm, supine in custom vacuum cushion; 3 gold fiducials placed 02/09/2026"),
                      ("MRI", "Prostate MRI 02/17/2026 fused for prostate delineation"),
                      ("Planning system", "WAGTAIL TPS 6 (invented)")]),
            RuledTable([("Phase", "Target", "Technique", "Dose / fx", "Fractions", "Phase dose", "Dates"),
                        ("1", "Prostate + proximal SV", "IMRT (VMAT)", "1.8 Gy", "25", "45 Gy", "02/26 - 04/01/2026"),
                        ("2", "Prostate (boost)", "Stereotactic boost, VMAT, 6 MV FFF", "7 Gy", "3", "21 Gy", "04/06 - 04/10/2026"),
                        ("Course", "Prostate", "", "", "28", "66 Gy", "02/26 - 04/10/2026")]),
            P("Phase 2 prescription: 21 Gy in 3 fractions to PTV_boost (prostate + 3 mm, 2 mm posteriorly), rectal "
              "spacer in place. Physics check and patient-specific QA for both phases passed."),
            sig("Horatio Villiers-Adamu, MD 02/20/2026"), sig("Esme Lockhart, MS, DABR 02/24/2026"),
        ]], opts=dict(header=head(_c, 5, "03/30/1953"))),
        Doc("2_phase2_treatment_export.txt", text=f"""
KINGSMERE UROLOGIC RADIATION CENTER - TREATMENT HISTORY EXPORT (R&V, invented "TERN-RV")
Patient {patient(5)}   MRN {mrn(5)}   Course C1 PROSTATE   Phase 2 (boost)   Exported 04/13/2026

Fx#  Date        Phase  Field set      Dose/fx  Phase cum  Course cum  IGRT
26   04/06/2026  2      BOOST_VMAT     7.00     7.00       52.00       kV fiducial match + CBCT, MD approved
27   04/08/2026  2      BOOST_VMAT     7.00     14.00      59.00       kV fiducial match + CBCT, MD approved
28   04/10/2026  2      BOOST_VMAT     7.00     21.00      66.00       kV fiducial match + CBCT, MD approved

Phase 1 (fractions 1-25, 02/26/2026-04/01/2026): 45.00 Gy delivered, weekly management billed.
Course C1 completed 04/10/2026: prostate 66 Gy in 28 fractions.

CHARGE CAPTURE (phase 2 dates of service 04/06/2026-04/10/2026)
77373  SBRT delivery        x3
77435  SBRT management      x1
Entered by: billing / J. Prewitt   Status: pending coder review
{FOOT}
"""),
    ])

# r94_06 -- pdf: MR-linac pancreas SBRT in two phases (plan v1 fx 1-3, adapted v2 fx 4-5), 40 Gy in 5 ---------------
_c = "ALDERBROOK ADAPTIVE RADIOTHERAPY UNIT"
add(name="r94_06", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("pancreatic head", "body", None, 40, 5)],
    categories=cats(),
    notes="MR-linac course report of pancreatic-head SBRT split into two phases (phase 1: plan v1, fractions 1-3, 24 "
          "Gy; phase 2: re-simulated plan v2 after duodenal shift, fractions 4-5, 16 Gy), DOS 10/05-10/13/2026. Phases "
          "are summed: one lesion, 40 Gy in 5, not two lesions or a 3- and a 2-fraction course.",
    docs=[Doc("r94_06.pdf", [
        [H1("Course Report - Pancreas SBRT (MR-guided)"),
         KeyValue([("Patient", f"{patient(6)}   {mrn(6)}"), ("Diagnosis", "C25.0 adenocarcinoma, head of pancreas, borderline resectable, after FOLFIRINOX"),
                   ("Course", "C1 PANC_SBRT, dates of service 10/05/2026 - 10/13/2026"),
                   ("Unit", "1.5 T MR-linac, 7 MV FFF"),
                   ("Immobilization", "MR-safe vacuum cushion, arms up, knee support"),
                   ("Simulation", "CT 09/24/2026 (2 mm) and MR simulation 09/24/2026 (3D T2, cine)"),
                   ("Planning system", "GODWIT Adaptive 2 (invented)")]),
         H2("Phases"),
         RuledTable([("Phase", "Plan", "Reason", "Fractions", "Dose/fx", "Phase dose"),
                     ("1", "PANC_v1", "initial plan", "1-3", "8 Gy", "24 Gy"),
                     ("2", "PANC_v2", "re-simulation 10/08: duodenum 6 mm closer", "4-5", "8 Gy", "16 Gy"),
                     ("Course", "", "", "5", "", "40 Gy")]),
         P("PTV = GTV + 3 mm; duodenum / stomach D0.5cc < 33 Gy for both plans. Each plan had an independent "
           "calculation and measured QA; daily adapted plans checked by the online secondary calculation."),
         sig("Cosima Fenwright, MD 09/30/2026"), sig("Linus Adebayo-Hart, PhD 09/30/2026")],
        [H1("Fraction Log"),
         RuledTable([("Fx", "Date", "Plan", "Imaging", "Gating", "Dose (Gy)", "Course cum (Gy)"),
                     ("1", "10/05/2026", "PANC_v1", "MR setup scan, adapt-to-shape", "cine MR, 3 mm", "8", "8"),
                     ("2", "10/06/2026", "PANC_v1", "MR setup scan, adapt-to-shape", "cine MR, 3 mm", "8", "16"),
                     ("3", "10/07/2026", "PANC_v1", "MR setup scan, adapt-to-shape", "cine MR, 3 mm", "8", "24"),
                     ("4", "10/12/2026", "PANC_v2", "MR setup scan, adapt-to-shape", "cine MR, 3 mm", "8", "32"),
                     ("5", "10/13/2026", "PANC_v2", "MR setup scan, adapt-to-shape", "cine MR, 3 mm", "8", "40")]),
         P("Course completed 10/13/2026: pancreatic head 40 Gy in 5 fractions (two phases). Restaging CT and surgical "
           "review in 4 weeks."),
         sig("Cosima Fenwright, MD 10/13/2026")],
    ], opts=dict(header=head(_c, 6, "01/26/1964")))])

# r94_08 -- pdf: robotic lung SBRT planned in January, delivered in February (billing period February) ---------------
_c = "NETHERCOTT CANCER CARE - ROBOTIC SBRT"
add(name="r94_08", kind="pdf", codes=["77373", "77435"],
    facts=F("robotic_linac", ["body"], 1, 4, ["CT", "PET"], ["body_immobilization", "fiducials"]),
    lesions=[L("right lower lobe", "body", None, 48, 4)],
    categories=cats(),
    notes="Robotic-arm linac lung SBRT planned in January (fiducials 01/08, CT + PET-CT fusion, plan approved "
          "01/29/2026, planning charges in January) and delivered in February (4 x 12 Gy, 02/02-02/09/2026). The claim "
          "covers the February billing period: 4 fractions delivered, 48 Gy.",
    docs=[Doc("r94_08.pdf", [
        [H1("SBRT Course Record"),
         KeyValue([("Patient", f"{patient(8)}   {mrn(8)}"), ("Diagnosis", "C34.31 NSCLC right lower lobe, cT1cN0, medically inoperable"),
                   ("Fiducials", "3 gold seeds placed bronchoscopically 01/08/2026"),
                   ("Simulation", "01/19/2026 exhale breath-hold CT 1.25 mm, supine on vacuum bag"),
                   ("PET-CT", "01/14/2026 FDG PET-CT, fused to the planning CT for GTV delineation"),
                   ("Unit", "Robotic-arm mounted 6 MV linac, fiducial + respiratory tracking"),
                   ("Planning system", "PLOVER Robotic 3 (invented)"),
                   ("Prescription", "48 Gy in 4 fractions (12 Gy/fx) to the 70% isodose, PTV V100 96.0%"),
                   ("Beams", "187 non-isocentric beams, 3 collimator sizes"),
                   ("Plan approved", "01/29/2026; delivery QA passed 01/30/2026")]),
         sig("Barnabas Quill-Henley, MD 01/29/2026"), sig("Theodosia Marchmont, MS 01/30/2026"),
         H2("Delivery (February 2026)"),
         RuledTable([("Fx", "Date", "Tracking", "Correlation model error", "Dose (Gy)"),
                     ("1", "02/02/2026", "fiducial + respiratory", "1.4 mm", "12"),
                     ("2", "02/04/2026", "fiducial + respiratory", "1.1 mm", "12"),
                     ("3", "02/06/2026", "fiducial + respiratory", "1.6 mm", "12"),
                     ("4", "02/09/2026", "fiducial + respiratory", "1.2 mm", "12")]),
         P("Course completed 02/09/2026: right lower lobe 48 Gy in 4 fractions.")],
        [H1("Charge Summary"),
         RuledTable([("Billing period", "Date(s) of service", "Code", "Units", "Description"),
                     ("January 2026", "01/19/2026", "77290", "1", "Simulation, complex"),
                     ("January 2026", "01/29/2026", "77263", "1", "Treatment planning, complex"),
                     ("January 2026", "01/29/2026", "77301", "1", "IMRT planning"),
                     ("February 2026", "02/02 - 02/09/2026", "77373", "4", "SBRT delivery, per fraction"),
                     ("February 2026", "02/09/2026", "77435", "1", "SBRT management, per course")]),
         P("This claim: February 2026 billing period. January planning charges were submitted on claim 26-01-8831."),
         sig("Barnabas Quill-Henley, MD 02/10/2026")],
    ], opts=dict(header=head(_c, 8, "12/12/1944")))])

# r94_12 -- bundle (3 files): follow-up note of 2024 prostate SBRT; this course is rib SBRT 27 Gy/3 -----------------
_c = "HARTSWOOD GENITOURINARY ONCOLOGY"
add(name="r94_12", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right 7th rib", "body", None, 27, 3)],
    categories=cats(),
    notes="Three-file bundle: a dictated follow-up note (08/2026) that retells the prostate SBRT of 05/2024 (36.25 Gy "
          "in five fractions, fiducials, MRI) and finds a PSMA-avid right 7th rib lesion; a simulation and plan "
          "note (CT + PSMA PET fusion, vacuum cushion); and a treatment summary (27 Gy in 3, DOS 08/24-08/28/2026). "
          "Only the rib course counts: no fiducials or MRI from 2024.",
    docs=[
        Doc("1_followup_note_dictated.txt", text=f"""
HARTSWOOD GENITOURINARY ONCOLOGY - FOLLOW-UP VISIT (dictated)
{patient(12)}   MRN {mrn(12)}   DOB 05/14/1950   Visit 08/05/2026   Provider: Rowena Tattersall, MD

Mister Rinaldesi returns two years after stereotactic body radiation to the prostate for favorable intermediate risk prostate cancer, thirty six point two five gray in five fractions, May sixth to May fifteenth twenty twenty four, planned on CT fused with MRI with three gold fiducials, delivered on our gantry linac with fiducial tracking. His PSA nadired at zero point four and has risen to two point one over nine months. A PSMA PET CT on August fourth shows a single avid lesion in the right seventh rib, posterolateral, with no prostate bed, nodal or other bone uptake.

Assessment: oligorecurrent prostate cancer, solitary rib metastasis. We discussed stereotactic body radiation to the rib, twenty seven gray in three fractions, with short course androgen deprivation. He agrees. CT simulation next week with the PET fused for targeting.
{FOOT}
"""),
        Doc("2_simulation_and_plan.pdf", [[
            H1("Simulation and Plan - Rib SBRT"),
            KeyValue([("Patient", f"{patient(12)}   {mrn(12)}"), ("Course", "C2  R RIB 7 SBRT"),
                      ("Simulation", "08/12/2026 CT 1.5 mm with free-breathing 4D, supine in vacuum cushion, arms up"),
                      ("Fusion", "PSMA PET-CT 08/04/2026 deformably registered to the planning CT for the GTV"),
                      ("Target", "GTV right 7th rib lesion; PTV = ITV + 5 mm"),
                      ("Prescription", "27 Gy in 3 fractions (9 Gy/fx), D95% = 100%"),
                      ("Technique", "2 partial VMAT arcs, 6 MV FFF gantry linac"),
                      ("Planning system", "WAGTAIL TPS 6 (invented)"),
                      ("QA", "Independent calculation and array QA passed 08/19/2026")]),
            sig("Rowena Tattersall, MD 08/19/2026"), sig("Piers Hollingbrook, MS 08/19/2026"),
        ]], opts=dict(header=head(_c, 12, "05/14/1950"))),
        Doc("3_treatment_summary.pdf", [[
            H1("Treatment Summary - Course C2"),
            P(f"{patient(12)}, {mrn(12)}. Dates of service 08/24/2026, 08/26/2026, 08/28/2026."),
            TextTable([("Site", "Dose/fx", "Fractions", "Total", "IGRT"),
                       ("Right 7th rib", "9 Gy", "3", "27 Gy", "CBCT each fraction, MD approved")],
                      columns=(0, 130, 210, 290, 350)),
            P("Completed as planned. Grade 1 chest wall soreness. PSA in 3 months. Prior course C1 (prostate SBRT 05/2024) "
              "is reported in its own summary."),
            sig("Rowena Tattersall, MD 08/28/2026"),
        ]], opts=dict(header=head(_c, 12, "05/14/1950"))),
    ])

# r94_13 -- pdf: lung SBRT interrupted after fraction 2 (admission), resumed after re-simulation; 50 Gy in 5 -------
_c = "DUNSTABLE VALE RADIATION ONCOLOGY"
add(name="r94_13", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT"], ["body_immobilization"]),
    lesions=[L("left upper lobe", "body", None, 50, 5)],
    categories=cats(),
    notes="Treatment record of left upper lobe SBRT, 50 Gy in 5, interrupted after fraction 2 by a COPD admission "
          "(09/11-09/19/2026), re-simulated 09/21 and resumed (fractions 3-5 on plan B) with a 'treatment held' row "
          "and two plan rows; DOS 09/08-09/28/2026. One course, five fractions.",
    docs=[Doc("r94_13.pdf", [
        [H1("SBRT Treatment Record with Interruption"),
         KeyValue([("Patient", f"{patient(13)}   {mrn(13)}"), ("Course", "C1 LUL SBRT, dates of service 09/08/2026 - 09/28/2026"),
                   ("Unit", "6 MV FFF gantry linac"),
                   ("Immobilization", "Vacuum cushion with abdominal compression plate"),
                   ("Planning CT", "4D-CT 08/31/2026; repeat 4D-CT 09/21/2026 after the break (plan B)"),
                   ("Planning system", "BITTERN Plan 8 (invented)"),
                   ("Prescription", "50 Gy in 5 fractions to the PTV (ITV + 5 mm), 3 VMAT arcs")]),
         RuledTable([("Fx", "Date", "Plan", "IGRT", "Dose (Gy)", "Cum (Gy)", "Comment"),
                     ("1", "09/08/2026", "A", "CBCT, MD approved", "10", "10", ""),
                     ("2", "09/10/2026", "A", "CBCT, MD approved", "10", "20", ""),
                     ("-", "09/11 - 09/20/2026", "-", "-", "-", "20", "Treatment held: admitted, COPD exacerbation"),
                     ("3", "09/23/2026", "B", "CBCT, MD approved", "10", "30", "resumed after re-sim"),
                     ("4", "09/25/2026", "B", "CBCT, MD approved", "10", "40", ""),
                     ("5", "09/28/2026", "B", "CBCT, MD approved", "10", "50", "course complete")]),
         P("Plan B re-optimised on the 09/21 4D-CT for the smaller ITV after the admission; composite of plan A (2 fx) "
           "and plan B (3 fx) reviewed: PTV V100 95.1%, lungs V20 5.8%. Both plans had an independent check and "
           "measured QA."),
         H2("Completion"),
         P("Left upper lobe SBRT completed 09/28/2026: 50 Gy in 5 fractions over 21 days (interruption of 13 days "
           "for hospital admission). Follow-up CT in 3 months."),
         sig("Phineas Ormerod-Kaye, MD 09/28/2026"), sig("Delphine Ashworth, MS 09/28/2026")],
    ], opts=dict(header=head(_c, 13, "02/02/1947")))])

# r94_16 -- pdf: central lung re-irradiation; summary says 50 Gy in 5 complete, record shows 4 fractions ------------
_c = "QUARRYMOOR ONCOLOGY CENTRE"
add(name="r94_16", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 4, ["CT"], ["body_immobilization"]),
    lesions=[L("left hilar recurrence", "body", None, 40, 4)],
    categories=cats(),
    contradiction="The completion summary reports 50 Gy in 5 fractions completed, while the treatment record shows fraction 5 cancelled and 40 Gy in 4 fractions delivered.",
    notes="Re-irradiation SBRT of a left hilar recurrence after SBRT to the left upper lobe in 2024 (60 Gy in 8, "
          "prior-dose table), 50 Gy in 5 prescribed, DOS 04/13-04/20/2026. The record shows fraction 5 cancelled "
          "(hemoptysis, course stopped) and 40 Gy delivered; the completion summary says 50 Gy in 5 completed. Gold "
          "follows the record.",
    docs=[Doc("r94_16.pdf", [
        [H1("Re-irradiation SBRT - Plan and Treatment Record"),
         KeyValue([("Patient", f"{patient(16)}   {mrn(16)}"), ("Course", "C2 L HILUM REIRR; dates of service 04/13/2026 - 04/20/2026"),
                   ("Prior course", "C1 07/2024: left upper lobe SBRT 60 Gy in 8 fractions (central), outside facility"),
                   ("Simulation", "4D-CT 04/02/2026 1.5 mm, vacuum cushion, arms up"),
                   ("Prescription", "50 Gy in 5 fractions, PTV = ITV + 5 mm, 2 VMAT arcs, 6 MV gantry linac"),
                   ("Planning system", "BITTERN Plan 8 (invented)")]),
         RuledTable([("Structure", "C1 (2024)", "C2 plan", "Cumulative EQD2", "Limit"),
                     ("Proximal bronchial tree D0.03cc", "58.1 Gy", "41.2 Gy", "171 Gy", "accepted, documented risk"),
                     ("Esophagus D0.03cc", "24.0 Gy", "22.5 Gy", "72 Gy", "< 100 Gy"),
                     ("Aorta D0.03cc", "40.3 Gy", "38.9 Gy", "128 Gy", "< 150 Gy")]),
         P("Physics second check and portal dosimetry passed 04/09/2026."),
         sig("Tamsin Bellamy-Orji, MD 04/09/2026"), sig("Cornelius Fairleigh, MS 04/09/2026"),
         H2("Treatment record"),
         RuledTable([("Fx", "Date", "IGRT", "Dose (Gy)", "Cum (Gy)", "Status"),
                     ("1", "04/13/2026", "CBCT, MD approved", "10", "10", "delivered"),
                     ("2", "04/15/2026", "CBCT, MD approved", "10", "20", "delivered"),
                     ("3", "04/17/2026", "CBCT, MD approved", "10", "30", "delivered"),
                     ("4", "04/20/2026", "CBCT, MD approved", "10", "40", "delivered"),
                     ("5", "04/22/2026", "-", "-", "40", "CANCELLED - hemoptysis 04/21, course stopped by MD")])],
        [H1("Completion Summary"),
         P("Mr. Ravelstoke completed re-irradiation SBRT to the left hilar recurrence, 50 Gy in 5 fractions, "
           "04/13/2026 - 04/22/2026. He developed small-volume hemoptysis after treatment, managed by pulmonology "
           "with tranexamic acid. CT chest in 6 weeks."),
         sig("Tamsin Bellamy-Orji, MD 04/24/2026")],
    ], opts=dict(header=head(_c, 16, "06/06/1952")))])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# r94_14 -- bundle (2 files): pre-bill worksheet for DOS 06/16/2026 with only the 06/2024 SRS summary attached ------
_c = "WYCHWOOD NEUROSURGERY & RADIATION ONCOLOGY"
add(name="r94_14", kind="bundle", codes=["77372", "77432", "61796"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a coder's pre-bill worksheet for DOS 06/16/2026 (SRS codes entered, 'documentation "
          "attached') whose only attachment is the completion summary of a linac SRS course of 06/18/2024 (right "
          "frontal 20 Gy). Nothing documents a course on the 2026 date of service: facts empty, categories unmet, "
          "codes inconsistent.",
    docs=[
        Doc("1_prebill_worksheet.txt", text=f"""
WYCHWOOD NEUROSURGERY & RADIATION ONCOLOGY - PRE-BILL WORKSHEET
Patient: {patient(14)}   MRN: {mrn(14)}   DOB: 09/27/1959
Date of service: 06/16/2026   Place of service: hospital outpatient
Rendering: Garrick Oyelowo-Finch, MD   Entered by: coding (T. Abernathy) 06/22/2026

Codes entered:   77372 x1   77432 x1   61796 x1
Diagnosis: C79.31
Documentation attached: treatment summary (see next file)
Coder comment: please confirm the treatment summary belongs to this date of service before release.
{FOOT}
"""),
        Doc("2_srs_treatment_summary.pdf", [[
            H1("Stereotactic Radiosurgery Treatment Summary"),
            KeyValue([("Patient", f"{patient(14)}   {mrn(14)}"), ("Treatment date", "06/18/2024"),
                      ("Unit", "6 MV gantry linac with cones"), ("Fixation", "Frameless thermoplastic mask"),
                      ("Imaging", "CT sim 06/11/2024 + MRI 06/10/2024, fused"),
                      ("Target", "Right frontal metastasis, 1.4 cm"),
                      ("Prescription / delivered", "20 Gy x 1 to the 80% isodose line"),
                      ("IGRT", "CBCT + stereoscopic kV, shifts approved")]),
            P("Single-session radiosurgery delivered 06/18/2024 without complication. Follow-up MRI in 8 weeks."),
            sig("Garrick Oyelowo-Finch, MD 06/18/2024"),
        ]], opts=dict(header=head(_c, 14, "09/27/1959"))),
    ])

# r94_15 -- dictation (text): L3 re-irradiation consult; SBRT offered and declined ----------------------------------
add(name="r94_15", kind="dictation", codes=["77373", "77435", "63620"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: dictated re-irradiation consult (10/19/2026) for progression at L3 after SBRT 24 Gy in 2 "
          "fractions in 03/2025 (planned on CT and MRI, vacuum cushion): SBRT 27 Gy in 3 offered, the patient declines "
          "and chooses hospice; no simulation is booked. No course in this document.",
    docs=[Doc("r94_15.txt", text=f"""
LINDENHURST CANCER CENTER - RADIATION ONCOLOGY
RE-IRRADIATION CONSULTATION (dictated, not read)
Patient: {patient(15)}   MRN: {mrn(15)}   DOB: 03/03/1944   Date of service: 10/19/2026
Consultant: Aurelio Brightwater, MD   Referred by: Hospice and palliative medicine, Dr. Sommers

Reason for consult: recurrent low back pain, previously irradiated L3.

History: Mrs. Rochefield is an eighty two year old woman with metastatic breast cancer. In March twenty twenty five she had stereotactic body radiation to an L3 vertebral metastasis here, twenty four gray in two fractions, planned on CT and MRI in a vacuum cushion, with good pain relief for about eighteen months. Since August her back pain has returned, six out of ten, worse standing. MRI of the lumbar spine October tenth shows progression at L3 with new posterior element involvement and mild epidural extension without cord or cauda compression. Her systemic disease is progressing on third line therapy and her performance status has fallen to ECOG three.

Discussion: I discussed re-irradiation of L3 with stereotactic body radiation, for example twenty seven gray in three fractions with cumulative cauda equina limits, versus a single palliative fraction of eight gray, versus medical management alone. We reviewed the small risks of fracture and nerve injury with re-treatment. After discussion with her daughter she declines further radiation of any kind; her priority is to stay at home with hospice, and her pain is acceptable on the current long acting opioid.

Plan: no radiation. No simulation will be scheduled. Happy to see her again if she changes her mind. Letter to Dr. Sommers.

Aurelio Brightwater, MD
{FOOT}
""")])


CORPUS = Corpus("blind_corpus94", "tests/blind_corpus94", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
