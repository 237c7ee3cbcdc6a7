"""Fifty-sixth blind corpus, ``tests/blind_corpus56/`` (regenerate: ``python scripts/make_corpus.py blind_corpus56``).

Twenty charts on one theme: DONE OR ONLY MENTIONED. Eight hard negatives, each of a different kind, in which a
stereotactic course is recommended, pre-authorised, simulated and planned but never started (the patient died),
discussed at a tumour board, quoted years later at follow-up, summarised by an outside hospital for history,
offered through a research protocol, or described by a radiology report after the fact. Twelve delivered
courses that look like such documents or carry such mentions beside the real course: a consult with a same-day
treatment addendum, a frame offered and a mask used, a "follow-up" note that is the completion note, a target
planned and dropped, a cancelled earlier booking, an earlier course at another site described in full, a
consult recommending five fractions where three were given, an outside conventional course at the same level,
fiducials placed but not used for tracking, one fraction delivered and the course stopped, a nodal volume
proposed and declined, and an outside course quoted in history. One chart contradicts itself
(``review_expected``). Every clinic, clinician and planning or record system is invented.

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (letters, dictation and exports are deliberately one long line per paragraph or record)

from __future__ import annotations

from pdfmaker import BulletList, ColumnBreak, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ADELINE", "BARNABY", "CORDELIA", "DESMOND", "EULALIA", "FITZGERALD", "GWENDOLYN", "HORATIO", "IMOGEN",
         "JEBEDIAH", "KATRINA", "LEOPOLD", "MARGUERITE", "NATHANIEL", "OPHELIA", "PERCIVAL", "QUINCY", "ROSALIND",
         "SEBASTIAN", "THEODORA"]


def patient(n: int) -> str:
    return f"FIFTYSIXPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-560{n:02d}"


def banner(clinic: str, what: str, n: int, dob: str) -> list[str]:
    return [f"{clinic} - {what}", f"Patient: {patient(n)}   MRN: {mrn(n)}   DOB: {dob}"]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Delivered courses: cranial
# ==================================================================================================

# k56_01 -- bundle (2 files): neurosurgery consult recommending frame-based cobalt SRS + same-day procedure addendum ----
_c = "BRIARWOOD VALLEY NEUROSCIENCE INSTITUTE"
add(name="k56_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 2, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right frontal metastasis", "cranial", S, 20, 1), L("left cerebellar metastasis", "cranial", S, 18, 1)],
    categories=cats(),
    notes="A neurosurgery consultation that reads like a recommendation only (frame-based radiosurgery to two "
          "metastases 'would be recommended', doses proposed) and, as a separate text file, the same-day procedure "
          "addendum recording frame placement, stereotactic MRI and CT, plan (isodose, shots, planning system), "
          "frame co-ordinate check and delivery of 20 Gy and 18 Gy. Delivered course: the addendum is the record.",
    docs=[
        Doc("1_consult.pdf", [[
            H1("Neurosurgery Consultation - Stereotactic Radiosurgery Clinic"),
            KeyValue([("Date of service", "10/14/2026"), ("Referring physician", "Dr. Priya Vandermolen, Medical Oncology"),
                      ("Consultant", "Lucius Hartigan-Roe, MD, Neurological Surgery")]),
            H2("History of present illness"),
            P("Ms. Fiftysixpatient is a 58-year-old woman with stage IV lung adenocarcinoma (ALK negative) on carboplatin/pemetrexed "
              "maintenance who developed word-finding difficulty. MRI brain 10/09/2026 shows two enhancing lesions: right frontal "
              "1.6 cm with mild vasogenic edema and left cerebellar hemisphere 1.1 cm. No hydrocephalus. KPS 80."),
            H2("Assessment and plan"),
            P("Two brain metastases, both under 2 cm, remote from the optic apparatus and brainstem. Surgical resection is not "
              "needed. I would recommend single-session stereotactic radiosurgery on the multi-source cobalt-60 unit using a "
              "stereotactic head frame, with a proposed marginal dose of 20 Gy to the frontal lesion and 18 Gy to the cerebellar "
              "lesion at the 50% isodose. Risks (seizure, radiation necrosis, pin-site infection, headache) were discussed. "
              "She would like to proceed, and since she is here today with her husband and has fasted, the procedure team "
              "has agreed to treat her later this morning. See procedure addendum."),
            sig("Lucius Hartigan-Roe, MD 10/14/2026 09:12"),
        ]], opts=dict(header=banner(_c, "Neurosurgery", 1, "03/22/1968"))),
        Doc("2_procedure_addendum.txt", text=f"""
{_c}
ADDENDUM TO CONSULTATION OF 10/14/2026 - RADIOSURGERY PROCEDURE NOTE
Patient: {patient(1)}     MRN: {mrn(1)}     DOB: 03/22/1968

Procedure: Stereotactic radiosurgery, single session, multi-source cobalt-60 radiosurgery unit (192 sources)
Surgeon: L. Hartigan-Roe, MD     Radiation oncologist: Marisol Eberhardt-Quon, MD     Physicist: Tobias Grennell, PhD

10:05  Stereotactic head frame applied, four pins, local anesthetic (lidocaine/bupivacaine), no complications.
10:40  Stereotactic MRI (T1 post-contrast 1 mm, T2) and stereotactic CT 1 mm obtained with frame fiducial box; fused.
11:10-12:30  Planning in SEXTANT-GP 3.2 (invented). Targets contoured on MRI:
         T1 right frontal, 1.6 cm, 2.41 cc: 20 Gy to the 50% isodose, 9 shots (4/8 mm), coverage 98%
         T2 left cerebellar, 1.1 cm, 0.78 cc: 18 Gy to the 50% isodose, 6 shots (4 mm), coverage 99%
       Brainstem max 6.2 Gy; V12 Gy normal brain 4.1 cc. Plan checked by physicist (independent dose check within 1.5%).
12:45  Frame co-ordinates verified on the unit (deviation 0.2 mm). Treatment delivered 12:52-13:58, uninterrupted.
14:10  Frame removed, pin sites dressed. Dexamethasone 4 mg given.

Summary: both lesions treated in one session - right frontal 20 Gy, left cerebellar 18 Gy. Discharged home 16:00.
MRI brain in 8 weeks.

Electronically signed: Lucius Hartigan-Roe, MD 10/14/2026 16:22
Electronically signed: Marisol Eberhardt-Quon, MD (Radiation Oncology) 10/14/2026 16:40
{FOOT}
"""),
    ])

# k56_02 -- pdf: cobalt-60 single session for a meningioma; frame offered, frameless mask used; 61800 claimed ----------
_c = "CEDAR HOLLOW RADIOSURGERY CENTER"
add(name="k56_02", kind="pdf", codes=["77371", "77432", "61796", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["MRI"], ["mask"]),
    lesions=[L("left parasagittal meningioma", "cranial", S, 13, 1)],
    categories=cats(),
    notes="Cobalt-60 single-session treatment summary for a 2.6 cm left parasagittal meningioma (benign, no "
          "complex trigger: simple), 13 Gy at the 50% isodose. The consent section says a frame was offered and "
          "declined; a thermoplastic mask with infrared nose-marker monitoring was used, stereotactic reference by "
          "on-unit cone-beam CT (not planning imaging), planning MRI only. The claimed 61800 is wrong (no frame).",
    docs=[Doc("k56_02.pdf", [[
        H1("Radiosurgery Treatment Summary"),
        KeyValue([("Treatment date", "11/03/2026"), ("Unit", "Multi-source cobalt-60 radiosurgery unit, mask-capable model"),
                  ("Diagnosis", "Left parasagittal meningioma, WHO grade 1 presumed (imaging diagnosis), D32.0"),
                  ("Size", "2.6 x 2.1 x 1.9 cm; 31 mm from the optic chiasm; no brainstem contact"),
                  ("Indication", "Growth of 4 mm over 18 months on serial MRI; patient declines craniotomy")]),
        H2("Fixation"),
        P("Options for fixation were reviewed with the patient on 10/21/2026: a stereotactic head frame (pins under local "
          "anesthetic) or a frameless thermoplastic mask with infrared motion management. The frame was offered and "
          "declined. Frameless mask fixation was used: custom thermoplastic mask made 10/28/2026, nose marker, "
          "intrafraction motion threshold 1.5 mm. Stereotactic reference was set from the on-unit cone-beam CT."),
        H2("Planning"),
        P("Planning MRI 10/28/2026 (3D T1 post-gadolinium 1 mm, T2 FLAIR), co-registered to the cone-beam reference. "
          "Tumor contoured as GTV, no margin (volume 4.88 cc). Planning system MERIDIAN-GP 5 (invented): 14 shots, "
          "collimators 4/8/16 mm. Prescription 13 Gy to the 50% isodose line; coverage 97.5%, selectivity 0.86, "
          "gradient index 2.7. Max dose 26.0 Gy. Superior sagittal sinus patent; venous structures reviewed."),
        H2("Delivery"),
        RuledTable([("Date", "Session", "CBCT shift (mm)", "Max motion (mm)", "Beam-on (min)", "Status"),
                    ("11/03/2026", "1 of 1", "0.4", "0.9", "54.3", "Completed")]),
        P("Physics: patient-specific plan check and independent dose calculation within 2%. The patient tolerated the "
          "session well. Delivered: 13 Gy marginal dose to the left parasagittal meningioma in one session."),
        sig("Harriet Oyelaran-Voss, MD, Radiation Oncology 11/03/2026"),
        sig("Dmitri Castellanos, MS, DABR, Medical Physics 11/03/2026"),
        P("Charges entered: 77371, 77432, 61796, 61800"),
    ]], opts=dict(header=banner(_c, "Radiosurgery", 2, "07/16/1959")))])

# k56_03 -- ehr_text: dictated "follow-up visit" that is the completion note of 27 Gy / 3 FSRT, numbers in words -------
add(name="k56_03", kind="ehr_text", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left temporal metastasis", "cranial", C, 27, 3)],
    categories=cats(),
    notes="Dictated note filed as a 'follow-up visit' that is in fact the on-treatment/completion note of this "
          "course: fractionated stereotactic radiotherapy to a 3.8 cm left temporal metastasis (complex by size), "
          "twenty-seven gray in three fractions on a gantry linac with a mask, CT and MRI, daily cone-beam CT. "
          "Numbers in words. A 2024 single-fraction SRS to a right cerebellar lesion (twenty gray) is history, "
          "another course.",
    docs=[Doc("k56_03.txt", text=f"""
LAKESHORE MERIDIAN CANCER CENTER - RADIATION ONCOLOGY
VISIT TYPE: FOLLOW-UP VISIT (OTV / END OF TREATMENT)
Patient: {patient(3)}    MRN: {mrn(3)}    DOB: 01/30/1961    Date of service: 09/18/2026
Dictated by: Rowena Szymanski-Adair, MD    Transcribed: 09/18/2026 by MT-14

This is a follow-up visit for Mrs. Fiftysixpatient, whom I see today on completion of her course of fractionated
stereotactic radiotherapy to the left temporal lobe. Just to recap for the record, she is a sixty-five-year-old woman
with metastatic melanoma. She had radiosurgery with us back in March of twenty twenty-four, a single fraction of twenty
gray to a small right cerebellar metastasis, which has since resolved completely. In August her restaging MRI showed a
new left temporal lesion measuring three point eight centimeters, too large for single-fraction treatment, and she
elected fractionated stereotactic treatment rather than resection.

She was immobilized in a custom thermoplastic SRS mask and underwent a one millimeter planning CT on September ninth,
fused with a contrast-enhanced volumetric MRI from the same day. I contoured the gross tumor volume on the MRI and
expanded it by one millimeter to the PTV, volume thirty-one point two cc. The plan, done in CORMORANT TPS version
eleven (invented), uses three non-coplanar volumetric arcs on the six MV flattening filter free linac, and the
prescription is twenty-seven gray in three fractions of nine gray, prescribed to the eighty percent isodose line
covering ninety-eight percent of the PTV. Brainstem max was eleven point four gray in three fractions, well under
constraint. Physics performed a second check and the patient-specific QA passed at ninety-nine percent gamma.

She received fraction one on September fourteenth, fraction two on September sixteenth and her third and final
fraction this morning, each after cone-beam CT with six degree of freedom couch correction, shifts reviewed and approved
by me before beam-on. So she has now received the full twenty-seven gray in three fractions to the left temporal
metastasis. No new headache; mild fatigue. Dexamethasone two milligrams daily, to taper over ten days.

Plan: MRI brain in six weeks, then a true follow-up visit with me. She knows to call for any new seizure or weakness.

Electronically signed: Rowena Szymanski-Adair, MD  09/18/2026 17:05
{FOOT}
""")])

# k56_04 -- scan: linac single-isocenter SRS, 4 targets planned, one dropped on day-of-treatment review; doses in cGy ----
_c = "SILVERGATE ONCOLOGY PARTNERS"
add(name="k56_04", kind="scan", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("PTV1 right parietal", "cranial", S, 20, 1), L("PTV2 left frontal", "cranial", S, 20, 1),
             L("PTV3 right cerebellar", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Scanned (150 dpi) linac SRS plan-and-treatment record with doses in cGy. Four targets were planned "
          "(PTV1-PTV4); on day-of-treatment review the 3 mm left occipital focus (PTV4) was judged a vessel and "
          "deleted from the plan (re-optimised, re-checked), so three lesions were treated: 2000/2000/1800 cGy in "
          "one fraction. Mask, planning CT and MRI, CBCT. 61797 is supported by the two additional simple lesions.",
    docs=[Doc("k56_04.pdf", [[
        H1("SRS PLAN AND TREATMENT RECORD"),
        KeyValue([("Patient / MRN", f"{patient(4)} / {mrn(4)}"), ("Physician", "Augustin Delacroix-Ng, MD"),
                  ("Machine", "6 MV FFF gantry linac, 2.5 mm MLC, 6DoF couch"),
                  ("Immobilization", "Frameless thermoplastic SRS mask, open face, surface monitoring"),
                  ("Sim", "CT 1 mm 12/01/2026; MRI T1 post-contrast 1 mm 11/30/2026 (fused)"),
                  ("Planning", "PELICAN-SRS 2.0 (invented), single isocenter, 5 noncoplanar VMAT arcs")]),
        H2("Targets (original plan v1, approved 12/03/2026)"),
        RuledTable([("Target", "Location", "Diam (mm)", "Rx (cGy)", "Fx", "Rx IDL", "Status"),
                    ("PTV1", "R parietal", "14", "2000", "1", "80%", "Treated"),
                    ("PTV2", "L frontal", "9", "2000", "1", "80%", "Treated"),
                    ("PTV3", "R cerebellar", "17", "1800", "1", "80%", "Treated"),
                    ("PTV4", "L occipital", "3", "2000", "1", "80%", "DELETED 12/07 - not treated")]),
        P("12/07/2026 08:20: Day-of-treatment MRI review with neuroradiology (Dr. Kwabena Ashworth): the 3 mm left occipital "
          "focus follows a cortical vein on the post-contrast sequence and is not a metastasis. PTV4 removed; plan re-optimised as "
          "v2 (3 targets) and re-checked by physics (second calculation 1.2%, portal dosimetry 98.7% at 2%/1 mm)."),
        H2("Treatment delivered 12/07/2026 (plan v2)"),
        RuledTable([("Fx", "Date", "CBCT", "Shift (mm)", "Arcs", "Delivered"),
                    ("1 of 1", "12/07/2026", "Yes, approved by MD", "0.9 / 0.4 / 0.3, rot < 0.5 deg", "5/5",
                     "PTV1 2000 cGy, PTV2 2000 cGy, PTV3 1800 cGy")], widths=[40, 62, 90, 120, 32, 156]),
        P("OAR: brainstem Dmax 612 cGy; chiasm Dmax 95 cGy; normal brain V12Gy 6.8 cc."),
        sig("Augustin Delacroix-Ng, MD 12/07/2026"),
        sig("Yevgenia Marlowe-Tan, MS, Medical Physicist 12/07/2026"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 4, "05/09/1955"), scan=True, scan_dpi=150))])

# k56_05 -- pdf two-column: trigeminal neuralgia, cobalt-60 frame; a 2025 booking cancelled, this session delivered -----
_c = "WESTBROOK UNIVERSITY HOSPITAL - CENTER FOR FUNCTIONAL RADIOSURGERY"
add(name="k56_05", kind="pdf", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve (root entry zone)", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Two-column functional radiosurgery report: right trigeminal neuralgia (functional target, complex), "
          "80 Gy maximum dose at the 100% isodose with one 4 mm shot, frame, stereotactic MRI and CT. History "
          "says radiosurgery was scheduled in May 2025 and cancelled (anticoagulation); that booking is not a "
          "course. This session was delivered.",
    docs=[Doc("k56_05.pdf", [[
        H1("Functional Radiosurgery Report"),
        H2("History"),
        P(f"{patient(5)} ({mrn(5)}), 71 years, right V2/V3 classical trigeminal neuralgia for 9 years, refractory to "
          "carbamazepine and oxcarbazepine (hyponatremia) and baclofen. Microvascular decompression was declined because of "
          "cardiac risk. Radiosurgery was first scheduled for 05/12/2025 but was cancelled when apixaban could not be held; "
          "no treatment was given then. BNI pain score V. Anticoagulation now managed; cleared by cardiology 11/02/2026."),
        H2("Procedure 11/17/2026"),
        P("Stereotactic head frame applied under local anesthetic at 07:30 (4 pins). Stereotactic MRI (3D T1 post-contrast "
          "and CISS 0.5 mm) and stereotactic CT 1 mm were obtained with the frame and fused. The right trigeminal nerve was "
          "identified and the target placed 7 mm anterior to the root entry zone."),
        ColumnBreak(),
        H2("Plan and delivery"),
        KeyValue([("Planning system", "OSPREY-GP 2.4 (invented)"), ("Shots", "1 x 4 mm collimator"),
                  ("Prescription", "80 Gy maximum dose (100% isodose)"), ("Brainstem", "15 Gy isodose touches pons surface; 0.01 cc > 12 Gy"),
                  ("Frame check", "Co-ordinates verified on the unit, 0.1 mm"), ("Beam-on", "51.6 min"),
                  ("Unit", "Multi-source cobalt-60 unit (192 sources)")], value_x=96),
        P("Delivered 11/17/2026 without interruption: 80 Gy maximum to the right trigeminal nerve, single session. Frame "
          "removed at 11:45. Discharged same day. Carbamazepine unchanged until response; review at 6 weeks."),
        sig("Cassius Abernathy-Li, MD, Neurosurgery 11/17/2026"),
        sig("Ingrid Solvang-Pierce, MD, Radiation Oncology 11/17/2026"),
        sig("Mateus Rainford, PhD, DABR, Physics 11/17/2026"),
    ]], opts=dict(header=banner(_c, "Radiosurgery", 5, "02/11/1955"), two_columns=True))])


# ==================================================================================================
# Delivered courses: spine
# ==================================================================================================

# k56_06 -- bundle (3 files): outside summary of an earlier lung SBRT (history) + this T10 spine SBRT plan + fx log ------
_c = "HARBORVIEW PINES CANCER INSTITUTE"
add(name="k56_06", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T10 vertebral body metastasis", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Three files: an outside hospital's completion summary of an EARLIER course (2025 robotic-arm lung SBRT, "
          "RUL 54 Gy in 3 fractions, fiducials, fully described) attached for history; this clinic's T10 spine SBRT "
          "plan (24 Gy in 2 fractions, gantry linac, vacuum cushion, CT sim + MRI fusion, physics QA); and the "
          "fraction log with CBCT. Only the T10 course counts: one spinal lesion, 2 fractions.",
    docs=[
        Doc("1_outside_summary_2025.pdf", [[
            H1("Treatment Completion Summary"),
            P("NORTHRIDGE COMMUNITY RADIATION CENTER (outside facility) - received by fax 09/29/2026 for records"),
            KeyValue([("Patient", f"{patient(6)}  DOB 12/04/1952"), ("Outside MRN", "NCRC-0048812 (synthetic)"),
                      ("Diagnosis", "Right upper lobe NSCLC, adenocarcinoma, cT1b N0"),
                      ("Treatment", "SBRT, robotic-arm mounted 6 MV linac, fiducial tracking (3 gold seeds) with respiratory modeling"),
                      ("Planning", "4D CT 02/18/2025, PET-CT 02/02/2025"),
                      ("Dose", "54 Gy in 3 fractions (18 Gy/fx) to the 75% isodose"),
                      ("Dates", "02/24/2025 - 02/28/2025"),
                      ("Outcome", "Completed as planned; grade 1 fatigue")]),
            sig("Outside radiation oncologist: Beatrix Holloway-Sun, MD 02/28/2025"),
        ]]),
        Doc("2_spine_sbrt_plan.pdf", [[
            H1("Spine SBRT Plan Summary"),
            KeyValue([("Patient / MRN", f"{patient(6)} / {mrn(6)}"), ("Diagnosis", "Oligoprogressive NSCLC, T10 vertebral body metastasis, no epidural disease (Bilsky 0)"),
                      ("Prior RT", "None to the spine. Lung SBRT 2025 at outside facility (see attached), out of field"),
                      ("Simulation", "10/02/2026 CT 1.25 mm supine, full-body vacuum cushion, arms up"),
                      ("MRI", "10/01/2026 T1/T2/STIR thoracic spine, fused to sim CT"),
                      ("Targets", "GTV T10 body; CTV per consensus (body + left pedicle); PTV = CTV + 2 mm, cord excluded"),
                      ("Prescription", "24 Gy in 2 fractions (12 Gy/fx), 95% of PTV covered by 100% of Rx"),
                      ("Technique", "6 MV FFF gantry linac, 2 VMAT arcs, planning system HALYARD 7.1 (invented)"),
                      ("Constraints", "Cord PRV Dmax 15.8 Gy (limit 17 Gy/2 fx); esophagus D2cc 11.2 Gy"),
                      ("QA", "Patient-specific QA 10/08/2026 gamma 3%/2 mm 99.4%; physics second check")]),
            sig("Oluwaseun Pettibone-Hart, MD, Radiation Oncology 10/08/2026"),
            sig("Lorcan Whitfield, MS, DABR 10/08/2026"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 6, "12/04/1952"))),
        Doc("3_fraction_log.txt", text=f"""
{_c} - TREATMENT DELIVERY LOG (exported from TIDEMARK-RV 4 (invented))
Patient: {patient(6)}   MRN: {mrn(6)}   Course C2: SPINE T10 SBRT

Fx  Date        Site        Dose/fx   Cumulative   IGRT                          MD approval
1   10/12/2026  T10 SBRT    1200 cGy  1200 cGy     CBCT + 6DoF, 0.7 mm           OPH 10/12
2   10/14/2026  T10 SBRT    1200 cGy  2400 cGy     CBCT + 6DoF, 0.5 mm           OPH 10/14

Course status: COMPLETE. Total 2400 cGy in 2 fractions to T10. Next: MRI T-spine 3 months.
{FOOT}
"""),
    ])

# k56_07 -- ehr_text: dictated completion note; consult recommended 35 Gy / 5, 27 Gy / 3 given; 63621 claimed ----------
add(name="k56_07", kind="ehr_text", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L4 vertebral metastasis", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Dictated SBRT completion note with numbers in words: the consult three weeks earlier recommended "
          "thirty-five gray in five fractions; at planning the course was changed to twenty-seven gray in three "
          "fractions, and three were given. Delivered facts follow the record (27 Gy, 3 fractions). One lesion: "
          "the claimed 63621 is wrong.",
    docs=[Doc("k56_07.txt", text=f"""
TAMARACK RIDGE RADIATION ONCOLOGY
SBRT COMPLETION NOTE - DICTATED
Patient: {patient(7)}     MRN: {mrn(7)}     DOB: 08/19/1963
Date of dictation: 11/20/2026     Attending: Ezekiel Marchetti-Obi, MD

Mr. Fiftysixpatient is a sixty-three-year-old man with metastatic clear cell renal cell carcinoma and an isolated painful
L4 vertebral metastasis. When I saw him in consultation on October twenty-ninth I recommended stereotactic body
radiotherapy, thirty-five gray in five fractions, and that is what the consult letter says. At simulation and planning
on November fourth, however, with the cauda equina and the proximity of the right L4 nerve root, and because he has
to travel two hours each way, we changed the prescription to twenty-seven gray in three fractions of nine gray each,
and he consented to that. The five fraction schedule was never started.

Simulation: supine in a full-length vacuum bag with knee support, CT at one millimeter slices, fused with a lumbar
spine MRI of November third. I contoured the GTV and the CTV of the L4 body and right pedicle, PTV margin two
millimeters. The plan is a seven-field IMRT plan on the six MV gantry linac, planning system GANNET-TPS (invented),
prescribed to the eighty-five percent isodose with ninety-five percent PTV coverage; cauda equina max nineteen point
eight gray. Physics second check and measurement-based QA passed.

He was treated on November sixteenth, eighteenth and twentieth, each time after cone-beam CT with six degree of
freedom correction that I reviewed and approved. He therefore completed twenty-seven gray in three fractions to the L4
metastasis today. Pain is already a little better; no new neurological symptoms. He continues cabozantinib.

Follow-up in four weeks, MRI lumbar spine in three months.

Electronically signed: Ezekiel Marchetti-Obi, MD   11/20/2026 18:12
{FOOT}
""")])

# k56_08 -- pdf: single-fraction spine SBRT to T6 and L1 (1600 cGy), outside 8 Gy x 1 to T6 in 2025; 77372/77432 claimed
_c = "ASHFORD LANDING CANCER CARE"
add(name="k56_08", kind="pdf", codes=["77372", "77432", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 1, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T6 vertebral metastasis (re-irradiation)", "spinal", None, 16, 1), L("L1 vertebral metastasis", "spinal", None, 16, 1)],
    categories=cats(),
    notes="Spine SBRT treatment summary in cGy: T6 and L1 each 1600 cGy in one fraction on a gantry linac, vacuum "
          "cushion, CT + MRI, CBCT. T6 had 800 cGy x 1 conventional palliative RT at an outside facility in 2025 "
          "(another course, quoted for cumulative dose). Single-fraction SPINE is SBRT (77373/77435): the claimed "
          "cranial single-session codes 77372/77432 are wrong; 63620 + 63621 fit two spinal lesions.",
    docs=[Doc("k56_08.pdf", [[
        H1("Stereotactic Spine Radiosurgery - Treatment Summary"),
        KeyValue([("Diagnosis", "Metastatic breast cancer (ER+), T6 and L1 vertebral metastases"),
                  ("Prior radiation", "T6: 800 cGy x 1 fraction (conventional, AP/PA) at Ridgecrest Regional, 04/2025, for pain. No prior RT to L1."),
                  ("Indication", "Recurrent pain at T6 after prior conventional RT; new painful L1 lesion; no cord compression"),
                  ("Simulation", "CT 1 mm with full-body vacuum cushion, 11/09/2026; MRI T/L-spine 11/06/2026 fused"),
                  ("Planning", "BITTERN-Plan 9 (invented); 2 isocenters, 9-field IMRT each; 6 MV FFF gantry linac"),
                  ("Physics QA", "Independent MU check and diode-array measurement passed (98.9%, 99.3%)")]),
        RuledTable([("Target", "GTV/PTV", "Rx (cGy)", "Fx", "Coverage", "Cord/cauda max (cGy)", "Delivered"),
                    ("T6 (re-RT)", "PTV_T6", "1600", "1", "V100 90%", "cord PRV 1080 (cumulative EQD2 reviewed)", "1600 cGy 11/16/2026"),
                    ("L1", "PTV_L1", "1600", "1", "V100 94%", "conus 1190", "1600 cGy 11/16/2026")],
                   widths=[52, 52, 48, 24, 58, 150, 116]),
        P("Image guidance: CBCT before each isocenter with 6DoF couch; repeat CBCT mid-treatment; shifts approved by the "
          "attending. Both lesions treated in a single session on 11/16/2026."),
        sig("Wilhelmina Achterberg-Osei, MD, Radiation Oncology 11/16/2026"),
        P("Billing (entered by department): 77372, 77432, 63620, 63621 (neurosurgery co-surgeon)"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 8, "06/27/1966")))])


# ==================================================================================================
# Delivered courses: body
# ==================================================================================================

# k56_09 -- pdf: robotic-arm lung SBRT; fiducials implanted but not trackable, spine-referenced tracking with ITV -------
_c = "GRANITE FALLS ROBOTIC RADIOSURGERY SUITE"
add(name="k56_09", kind="pdf", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 4, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left lower lobe NSCLC", "body", None, 48, 4)],
    categories=cats(),
    notes="Robotic-arm linac lung SBRT 48 Gy in 4 fractions. Three fiducials were implanted for this course but "
          "two migrated and fiducial tracking was abandoned at simulation; delivery used spine-referenced tracking "
          "with an ITV from 4DCT. Careful-coder decision (README silent): fiducials implanted but not used for "
          "localization or tracking are not positioning used in delivery, so positioning is the vacuum cushion "
          "only. PET-CT fused for target delineation counts as pre-treatment imaging.",
    docs=[Doc("k56_09.pdf", [[
        H1("SBRT Course Summary - Robotic Radiosurgery"),
        KeyValue([("Patient", f"{patient(9)}  ({mrn(9)})"), ("Diagnosis", "Left lower lobe NSCLC, squamous, cT1c N0 M0, medically inoperable (FEV1 41%)"),
                  ("Unit", "Robotic-arm mounted 6 MV linac, orthogonal kV imaging"),
                  ("Fiducials", "3 gold markers placed by navigational bronchoscopy 10/06/2026 (pulmonology)"),
                  ("Simulation", "10/13/2026: 4D CT and breath-hold CT, supine in vacuum cushion; PET-CT 09/28/2026 fused for GTV")]),
        H2("Tracking decision"),
        P("On the simulation CT only one of the three markers remained near the tumor; two had migrated into the distal "
          "airway. Fiducial tracking requires at least two markers with a stable geometry, so fiducial tracking was not "
          "used. Treatment was planned with spine-referenced tracking (vertebral body alignment) and an ITV built from all "
          "ten phases of the 4D CT, PTV = ITV + 5 mm."),
        H2("Plan"),
        P("Planning system KESTRELWING 3 (invented), 148 non-isocentric beams, fixed and variable collimation, "
          "48 Gy in 4 fractions of 12 Gy to the 78% isodose, PTV V100 95.6%. Chest wall V30 22 cc; proximal bronchial "
          "tree Dmax 28 Gy. Physics second calculation and film QA passed."),
        H2("Delivery"),
        RuledTable([("Fx", "Date", "Tracking", "Mean correction (mm)", "Dose (Gy)"),
                    ("1", "10/20/2026", "Spine, kV pairs q 45 s", "1.1", "12"),
                    ("2", "10/22/2026", "Spine, kV pairs q 45 s", "0.8", "12"),
                    ("3", "10/24/2026", "Spine, kV pairs q 45 s", "0.9", "12"),
                    ("4", "10/27/2026", "Spine, kV pairs q 45 s", "1.0", "12")]),
        P("Completed 10/27/2026: 48 Gy in 4 fractions to the left lower lobe tumor. Follow-up CT chest at 3 months."),
        sig("Ignatius Wexford-Palma, MD, Radiation Oncology 10/27/2026"),
        sig("Sunniva Arkwright, MS, Medical Physics 10/27/2026"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 9, "10/05/1947")))])

# k56_10 -- bundle (2 files): liver SBRT plan 40 Gy / 5 approved; ONE fraction delivered, then course discontinued ------
_c = "PRAIRIE CROSSING HEALTH - RADIATION ONCOLOGY"
add(name="k56_10", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 1, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("liver segment VIII hepatocellular carcinoma", "body", None, 8, 1)],
    categories=cats(),
    notes="Liver SBRT plan summary (40 Gy in 5 fractions of 8 Gy, gantry linac, abdominal compression, 4DCT + MRI) "
          "and a discontinuation note: fraction 1 (8 Gy) was delivered after CBCT, then the patient was admitted "
          "with a variceal bleed and the course was stopped. A stopped course: the delivered facts are 1 fraction "
          "and 8 Gy, not the planned 5 and 40 Gy (course model: the facts are the delivered ones).",
    docs=[
        Doc("1_plan_summary.pdf", [[
            H1("Liver SBRT - Physician Plan Approval"),
            KeyValue([("Patient / MRN", f"{patient(10)} / {mrn(10)}"),
                      ("Diagnosis", "Hepatocellular carcinoma, segment VIII, 3.2 cm, Child-Pugh A6; TACE not possible (portal vein branch thrombus)"),
                      ("Simulation", "11/02/2026: 4D CT with IV contrast, supine, vacuum cushion + abdominal compression plate"),
                      ("MRI", "Liver MRI with hepatobiliary contrast 10/30/2026, deformably registered"),
                      ("Target", "GTV on arterial phase; ITV from 4D CT; PTV = ITV + 5 mm"),
                      ("Prescription", "40 Gy in 5 fractions (8 Gy/fx), every other day, to the 80% isodose"),
                      ("Technique", "6 MV FFF gantry linac, 2 partial VMAT arcs, SANDPIPER-TPS 6 (invented)"),
                      ("Constraints", "Normal liver (700 cc) < 15 Gy: met; stomach D0.5cc 24.1 Gy; duodenum D0.5cc 19.8 Gy"),
                      ("QA", "Second calculation 1.4%; measurement 99.1%")]),
            sig("Anselm Quaritch-Boateng, MD 11/06/2026"),
        ]], opts=dict(header=banner(_c, "SBRT", 10, "01/17/1957"))),
        Doc("2_discontinuation_note.txt", text=f"""
{_c}
TREATMENT DISCONTINUATION / END OF TREATMENT NOTE
Patient: {patient(10)}    MRN: {mrn(10)}    Date: 11/16/2026

Course: Liver SBRT, planned 40 Gy in 5 fractions.
Delivered: Fraction 1 on 11/09/2026 - 8 Gy to the segment VIII HCC PTV, after CBCT (soft tissue + compression plate
check, shift 3 mm sup, approved by attending). Tolerated without acute toxicity.
11/10/2026: admitted through the ED with hematemesis (variceal bleed), banding x2, ICU for two days.
Fractions 2-5 (scheduled 11/11, 11/13, 11/16, 11/18) NOT delivered.

After discussion with the patient, hepatology and his wife today, the course is discontinued. He does not wish to
resume radiation; the hepatology team will consider systemic therapy once he recovers.

Total delivered: 8 Gy in 1 fraction (of a planned 40 Gy in 5). Course closed in the record-and-verify system.

Electronically signed: Anselm Quaritch-Boateng, MD  11/16/2026 15:30
{FOOT}
"""),
    ])

# k56_11 -- ehr_text: MR-linac prostate SBRT export; pelvic nodal RT proposed and declined; G0339 claimed -------------
add(name="k56_11", kind="ehr_text", codes=["77373", "77435", "G0339"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Record-and-verify course export from a 1.5 T MR-linac: prostate SBRT 3625 cGy in 5 fractions (725 cGy "
          "each), adaptive per fraction, knee/foot vacuum immobilisation, planning CT + MRI. The export lists a "
          "second prescription, pelvic nodal RT 45 Gy in 25 fractions, as PROPOSED - DECLINED (never treated). "
          "G0339 is for robotic-arm linacs: wrong on a gantry MR-linac.",
    docs=[Doc("k56_11.txt", text=f"""
==================================================================================================
 STONEBRIDGE UROLOGIC RADIATION CENTER            COURSE REPORT (export, WREN-OIS 12 (invented))
==================================================================================================
 Patient ............ {patient(11)}
 MRN ................ {mrn(11)}
 DOB ................ 04/02/1954
 Attending .......... Cornelius Vantongeren-Bey, MD
 Physicist .......... Adaeze Kowalczyk-Moreau, PhD
 Diagnosis .......... C61 adenocarcinoma of prostate, Gleason 3+4=7, PSA 8.1, cT2a, unfavorable intermediate risk
 Treatment unit ..... 1.5 T MR-linac (7 MV FFF), online adaptive
--------------------------------------------------------------------------------------------------
 PRESCRIPTIONS
  Rx 1  PROSTATE_SBRT    3625 cGy / 5 fx @ 725 cGy    status: COMPLETED
  Rx 2  PELVIC_NODES     4500 cGy / 25 fx @ 180 cGy   status: PROPOSED - DECLINED BY PATIENT 09/30/2026 (not planned,
                                                      not treated)
--------------------------------------------------------------------------------------------------
 SIMULATION / PLANNING (Rx 1)
  Immobilization ..... vacuum knee and foot cushion, comfortably full bladder protocol
  CT sim ............. 10/02/2026, 1.5 mm
  MRI ................ 10/02/2026, T2 3D on MR-linac simulation, registered to CT (electron density)
  Volumes ............ CTV = prostate + proximal 1 cm SV; PTV = CTV + 3 mm (2 mm posterior)
  Plan ............... 9-beam step-and-shoot IMRT, reference plan in HERONRT 4 (invented), 95% PTV >= 3625 cGy
  OAR ................ rectum V36Gy < 1 cc (0.4 cc); bladder V37Gy 4.1 cc; urethra Dmax 3810 cGy
  Spacer ............. none (declined)
--------------------------------------------------------------------------------------------------
 TREATMENT HISTORY (Rx 1)
  Fx  Date        Workflow            Dose      Cum.       Cine-MR gating    Signed
  1   10/12/2026  adapt-to-shape      725 cGy   725 cGy    on, 3 mm/10%     CVB / AKM
  2   10/14/2026  adapt-to-position   725 cGy   1450 cGy   on               CVB / AKM
  3   10/16/2026  adapt-to-shape      725 cGy   2175 cGy   on               CVB / AKM
  4   10/19/2026  adapt-to-shape      725 cGy   2900 cGy   on               CVB / AKM
  5   10/21/2026  adapt-to-shape      725 cGy   3625 cGy   on               CVB / AKM
  Each fraction: MR setup scan, contour review by MD, adapted plan independent dose check by physics.
--------------------------------------------------------------------------------------------------
 COURSE TOTAL: 3625 cGy in 5 fractions to the prostate. ADT: 6 months (started 09/15/2026).
 Billing: 77373 x5, 77435 x1, G0339 x1
 Electronically signed: Cornelius Vantongeren-Bey, MD 10/21/2026
 {FOOT}
""")])

# k56_12 -- bundle (2 files): single-fraction renal SBRT 26 Gy; cryoablation offered/declined; nurse note says 25 Gy ----
_c = "MAPLEHURST REGIONAL CANCER PAVILION"
add(name="k56_12", kind="bundle", codes=["77372", "77435"],
    facts=F("linac", ["body"], 1, 1, ["CT"], ["body_immobilization"]),
    lesions=[L("left kidney renal cell carcinoma", "body", None, 26, 1)],
    categories=cats(),
    contradiction="The nurse telephone note says a single fraction of 25 Gy; the treatment summary's prescription and delivery record give 26 Gy (gold: 26 Gy).",
    notes="Two files: a single-fraction renal SBRT treatment summary (left kidney primary RCC, 26 Gy x 1, gantry "
          "linac, 4DCT, vacuum cushion with abdominal compression, CBCT) that mentions cryoablation offered and "
          "declined and a 2023 outside adrenal SBRT (history); and a nurse telephone follow-up that misquotes the "
          "dose as 25 Gy. Single-fraction body: 77372 (cranial single session) is wrong; 77435 fits.",
    docs=[
        Doc("1_treatment_summary.pdf", [[
            H1("Stereotactic Ablative Radiotherapy - Kidney"),
            KeyValue([("Patient / MRN", f"{patient(12)} / {mrn(12)}"),
                      ("Diagnosis", "Left renal cell carcinoma, 3.4 cm lower pole, biopsy-proven clear cell, solitary functioning kidney risk (eGFR 38)"),
                      ("Alternatives", "Partial nephrectomy declined; percutaneous cryoablation offered by IR and declined by patient"),
                      ("History", "Right adrenal metastasis from a prior colon primary treated with SBRT 40 Gy/5 at an outside center in 2023 (not this course)"),
                      ("Simulation", "4D CT 1.5 mm with IV contrast, 10/19/2026; vacuum cushion + abdominal compression belt"),
                      ("Targets", "ITV from 4D CT, PTV = ITV + 5 mm (121 cc)"),
                      ("Prescription", "26 Gy in 1 fraction to the 80% isodose, PTV V100 93%"),
                      ("Plan", "PLOVER-TPS 3.3 (invented), 3 coplanar VMAT arcs, 10 MV FFF gantry linac"),
                      ("OAR", "Small bowel Dmax 11.6 Gy; duodenum Dmax 10.9 Gy; cord Dmax 6.2 Gy")]),
            RuledTable([("Date", "Fraction", "CBCT", "Shift (mm)", "Dose delivered"),
                        ("10/28/2026", "1 of 1", "pre + mid-arc, MD approved", "2.1 / 1.4 / 3.0", "26 Gy")]),
            P("Physics: independent dose calculation and portal dosimetry passed. Course completed 10/28/2026."),
            sig("Florentyna Ashby-Nakamura, MD, Radiation Oncology 10/28/2026"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 12, "09/14/1949"))),
        Doc("2_nurse_phone_note.txt", text=f"""
{_c} - NURSING TELEPHONE NOTE
Patient: {patient(12)}   MRN: {mrn(12)}   Call date: 11/04/2026   RN: Delphine Okonkwo-Reyes, RN, OCN

Called patient one week after his single fraction of 25 Gy SBRT to the left kidney (10/28). Reports mild nausea
for two days, resolved with ondansetron. No hematuria, no flank pain. Appetite normal. Reminded of CT abdomen and
renal function labs in 3 months and follow-up with Dr. Ashby-Nakamura. Patient verbalized understanding.
{FOOT}
"""),
    ])


# ==================================================================================================
# Hard negatives (nothing delivered in this document set)
# ==================================================================================================

# k56_13 -- pdf: radiation oncology consult recommending frame-based cobalt SRS with doses and date -------------------
_c = "ELMSTEAD MEMORIAL HOSPITAL"
add(name="k56_13", kind="pdf", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: radiation oncology consultation recommending single-session cobalt-60 radiosurgery under "
          "a stereotactic head frame for three metastases, with the proposed doses (20/20/18 Gy at the 50% isodose), "
          "the frame, the planning MRI to be done on the day and a treatment date. Nothing done yet: facts empty, "
          "categories unmet, every code inconsistent.",
    docs=[Doc("k56_13.pdf", [[
        H1("Radiation Oncology Consultation"),
        KeyValue([("Date", "12/02/2026"), ("Requested by", "Thaddeus Grimsby-Orr, MD, Medical Oncology"),
                  ("Reason", "Three new brain metastases, consideration of radiosurgery")]),
        H2("History"),
        P(f"{patient(13)} is a 66-year-old man with metastatic melanoma on ipilimumab/nivolumab. Surveillance MRI 11/25/2026 "
          "showed three new enhancing lesions: left frontal 12 mm, right temporal 9 mm and right occipital 17 mm, without "
          "hemorrhage. He is neurologically intact, ECOG 1."),
        H2("Recommendation"),
        P("I recommend single-session stereotactic radiosurgery on the multi-source cobalt-60 unit at the Elmstead "
          "radiosurgery suite, with a stereotactic head frame placed under local anesthesia on the morning of treatment. "
          "A stereotactic MRI will be obtained after frame placement for planning. The anticipated prescription is 20 Gy "
          "to the 50% isodose for the frontal and temporal lesions and 18 Gy for the occipital lesion. Whole brain "
          "radiotherapy is not recommended."),
        P("We discussed the risks including radiation necrosis (about 5-10%), seizure and pin-site discomfort. He wishes "
          "to think about it and to speak with his oncologist. If he agrees, treatment is tentatively scheduled for "
          "12/16/2026. Consent has not been signed."),
        sig("Perpetua Lindahl-Mbeki, MD, Radiation Oncology 12/02/2026"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 13, "03/03/1960")))])

# k56_14 -- scan: faxed pre-authorisation request with a full spine SBRT plan, approved ------------------------------
_c = "RIVERBEND SPINE & RADIATION ASSOCIATES"
add(name="k56_14", kind="scan", codes=["77373", "77435", "63620"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: scanned (150 dpi, slight skew) pre-authorisation request and payer approval for spine SBRT "
          "of T8, with the full proposed plan (30 Gy in 5 fractions, CT simulation 'to be scheduled', vacuum "
          "cushion, CBCT) and the CPT units requested. An authorisation is not a treatment: facts empty, categories "
          "unmet, codes inconsistent.",
    docs=[Doc("k56_14.pdf", [[
        H1("PRIOR AUTHORIZATION REQUEST - RADIATION THERAPY"),
        KeyValue([("Fax to", "Utilization management, Summit Valley Health Plan (synthetic)"),
                  ("From", f"{_c}, fax 555-0148"), ("Date", "11/23/2026"),
                  ("Member", f"{patient(14)}   Member ID: SV-000-0014 (synthetic)   MRN {mrn(14)}"),
                  ("Diagnosis", "C79.51 secondary malignant neoplasm of bone (T8), primary C34.11 NSCLC"),
                  ("Requested service", "Stereotactic body radiotherapy (SBRT), T8 vertebral body")]),
        H2("Proposed treatment plan"),
        BulletList([
            "Target: T8 vertebral body and left pedicle (GTV on MRI), PTV = CTV + 2 mm, spinal cord PRV excluded",
            "Dose: 30 Gy in 5 fractions (6 Gy per fraction)",
            "Simulation: CT simulation with full-body vacuum cushion - to be scheduled after approval",
            "Imaging: MRI thoracic spine for fusion - to be ordered",
            "Technique: VMAT on 6 MV gantry linac, daily cone-beam CT",
            "Proposed start: within 2 weeks of approval"], marker="-"),
        H2("Codes requested"),
        TextTable([("CPT", "Description (abbrev.)", "Units"), ("77263", "Complex treatment planning", "1"),
                   ("77290", "Complex simulation", "1"), ("77301", "IMRT planning", "1"),
                   ("77373", "SBRT delivery, per fraction", "5"), ("77435", "SBRT management", "1"),
                   ("63620", "Spinal radiosurgery, first lesion", "1")], columns=[0, 60, 330]),
        P("PAYER RESPONSE 11/25/2026: APPROVED. Authorization no. AUTH-56-0014 valid 11/25/2026 - 02/25/2027 for the "
          "services listed. Approval is not a guarantee of payment."),
        sig("Requesting physician: Bartholomew Ekwueme-Frost, MD 11/23/2026"),
    ]], opts=dict(header=banner(_c, "Prior Authorization", 14, "08/08/1958"), scan=True, scan_dpi=150, scan_skew=0.6))])

# k56_15 -- bundle (2 files): cranial FSRT simulated, planned, QA'd and approved; patient died before fraction 1 -------
_c = "NORTHGATE HOSPICE & CANCER CENTER"
add(name="k56_15", kind="bundle", codes=["77373", "77435", "61796"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a full plan approval for fractionated stereotactic RT to a 2.9 cm cavity (25 Gy in 5 "
          "fractions, mask, CT + MRI done, QA passed, first fraction booked) and a cancellation note: the patient "
          "died at home before fraction 1, no radiation delivered. Simulation imaging and the mask were done but "
          "no course was delivered; by the hard-negative convention facts are empty and every category unmet.",
    docs=[
        Doc("1_plan_approval.pdf", [[
            H1("Fractionated Stereotactic Radiotherapy - Plan Approval"),
            KeyValue([("Patient / MRN", f"{patient(15)} / {mrn(15)}"),
                      ("Diagnosis", "Resected right parietal metastasis (breast cancer), cavity 2.9 cm"),
                      ("Simulation", "CT 1 mm with thermoplastic SRS mask, 09/08/2026; MRI T1+C 09/07/2026 fused"),
                      ("Target", "Cavity CTV + 2 mm PTV (14.6 cc)"),
                      ("Prescription", "25 Gy in 5 fractions to the 80% isodose"),
                      ("Plan", "LAPWING-Cranial 2 (invented), 4 non-coplanar arcs, 6 MV FFF"),
                      ("QA", "Patient-specific QA 09/11/2026 passed (99.6%)"),
                      ("First fraction", "Scheduled 09/15/2026 08:30")]),
            sig("Valentina Okereke-Hollis, MD 09/11/2026"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 15, "11/28/1971"))),
        Doc("2_cancellation.txt", text=f"""
{_c} - RADIATION ONCOLOGY
COURSE CANCELLATION NOTE
Patient: {patient(15)}   MRN: {mrn(15)}   Date: 09/14/2026

Informed by the hospice nurse that Ms. Fiftysixpatient died at home overnight, 09/13/2026, from progressive liver
metastases. Her fractionated stereotactic radiotherapy (planned 25 Gy in 5 fractions to the right parietal cavity)
had not started. NO RADIATION WAS DELIVERED. Fraction 1 appointment of 09/15 cancelled; plan retired in the
record-and-verify system; no charges for delivery or management. Condolence letter sent to the family.

Electronically signed: Valentina Okereke-Hollis, MD 09/14/2026
{FOOT}
"""),
    ])

# k56_16 -- ehr_text: thoracic tumor board note; SBRT 50 Gy/5 discussed, surgery recommended -------------------------
add(name="k56_16", kind="ehr_text", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: multidisciplinary thoracic tumor board entry discussing SBRT (50 Gy in 5 fractions, "
          "4DCT, possible fiducials) against a VATS wedge resection for a 1.8 cm RUL nodule; the board recommends "
          "surgery with SBRT as a fallback. Nothing planned or delivered.",
    docs=[Doc("k56_16.txt", text=f"""
WILLOWMERE UNIVERSITY MEDICAL CENTER
MULTIDISCIPLINARY THORACIC TUMOR BOARD - CASE RECORD
Conference date: 11/12/2026                Case #7
Patient: {patient(16)}    MRN: {mrn(16)}    DOB: 06/06/1952
Presenter: Gideon Farquharson, MD (Thoracic Surgery)

Case summary: 74-year-old former smoker, 1.8 cm solid RUL nodule, growing from 1.2 cm over 9 months. PET-CT 10/30/2026:
SUVmax 6.2, no nodal or distant uptake. EBUS negative. CT-guided biopsy: adenocarcinoma. FEV1 68%, DLCO 61%.

Discussion:
 - Thoracic surgery: candidate for VATS wedge resection or segmentectomy; operative risk acceptable.
 - Radiation oncology (Clementine Aboderin-Walsh, MD): if surgery is declined or he is found unfit, SBRT would be
   50 Gy in 5 fractions (or 54 Gy in 3 if peripheral enough), 4DCT simulation, fiducials probably not needed.
 - Pulmonology: agrees with surgery first.
 - Radiology: no additional lesions.

Recommendation: VATS segmentectomy with nodal sampling. SBRT as the alternative if the patient declines surgery.
Patient to be seen in thoracic surgery clinic 11/19/2026. No radiation oncology consult scheduled at this time.

Attendees: thoracic surgery, radiation oncology, medical oncology, pulmonology, radiology, pathology, nurse navigator.
Recorded by: Bettina Marsh, RN, nurse navigator
{FOOT}
""")])

# k56_17 -- pdf letter: follow-up four years after robotic spine SRS (2022), course quoted in detail, no new RT --------
_c = "OAKENSHIELD NEURO-ONCOLOGY ASSOCIATES"
add(name="k56_17", kind="pdf", codes=["G0339", "G0340", "77435", "63620"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: follow-up letter to the primary care physician four years after robotic-arm linac spine "
          "radiosurgery in 2022 (T12, 24 Gy in 3 fractions, spine tracking, vacuum cushion, CT myelogram, QA), "
          "quoted in detail; MRI stable, no treatment now or planned. Facts empty, categories unmet.",
    docs=[Doc("k56_17.pdf", [[
        P(f"{_c}  |  Radiation Oncology Survivorship Clinic"),
        P("December 1, 2026"),
        P("Humphrey Calloway-Ibe, MD, Brookside Family Medicine"),
        P(f"RE: {patient(17)}   DOB 02/14/1950   MRN {mrn(17)}"),
        P("Dear Dr. Calloway-Ibe,"),
        P("I saw Mr. Fiftysixpatient today for his annual review, now four years after his spine radiosurgery. To remind you "
          "of the details: in October 2022 he was treated for a solitary T12 metastasis from prostate cancer on our "
          "robotic-arm mounted linac. He was simulated in a full-body vacuum cushion with a CT myelogram (he could not have "
          "MRI because of his pacemaker), and the T12 body and pedicles received 24 Gy in 3 fractions (8 Gy per fraction, "
          "10/10, 10/12 and 10/14/2022) to the 77% isodose, with spine tracking throughout and physics QA before the first "
          "fraction."),
        P("His thoracolumbar CT of 11/20/2026 shows stable sclerosis at T12 with no compression fracture and no new "
          "lesions; PSA remains undetectable on apalutamide. He has no back pain. He does not need any further radiation "
          "and none was given or planned today."),
        P("I will see him again in one year with a CT. Thank you for allowing me to share in his care."),
        P("Sincerely,"),
        sig("Evangeline Thorsby-Mwangi, MD, Radiation Oncology"),
        P("cc: patient; Dr. Aurelio Santangelo, Urology"),
    ]])])

# k56_18 -- bundle (2 files): new-patient intake + outside summary of a 2024 liver SBRT course (history only) ----------
_c = "BAYFRONT COMMUNITY CANCER CENTER"
add(name="k56_18", kind="bundle", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: this clinic's new-patient intake (a new 2.1 cm liver lesion; options to be discussed, "
          "MRI ordered, decision deferred) with an outside hospital's full completion summary of a 2024 liver SBRT "
          "course (segment VI, 50 Gy in 5 fractions, fiducials, abdominal compression, 4DCT, CBCT) attached for "
          "history. Nothing given in this document set.",
    docs=[
        Doc("1_new_patient_intake.txt", text=f"""
{_c} - RADIATION ONCOLOGY NEW PATIENT INTAKE
Date: 11/30/2026     Patient: {patient(18)}     MRN: {mrn(18)}     DOB: 07/07/1958
Referred by: Gastroenterology (Dr. Seraphina Lund-Abara)

Reason for referral: new 2.1 cm arterially enhancing lesion in hepatic segment II on surveillance CT 11/18/2026, in a
patient with colorectal liver metastases previously treated with SBRT to segment VI at Coastline General (2024, see
attached outside summary). No radiation has been given at this center.

Plan: MRI liver with hepatobiliary contrast ordered; discuss at GI tumor board 12/09/2026 (options: resection,
microwave ablation, repeat SBRT). Return visit after the board. No simulation scheduled.

Intake completed by: Jolene Whitacre, RN; reviewed by Marcus Delahunt-Oyelowo, MD 11/30/2026
{FOOT}
"""),
        Doc("2_outside_summary_2024.pdf", [[
            H1("Radiation Treatment Summary (outside records)"),
            P("COASTLINE GENERAL HOSPITAL - Department of Radiation Oncology"),
            KeyValue([("Patient", f"{patient(18)}  DOB 07/07/1958"), ("Diagnosis", "Colorectal adenocarcinoma, solitary liver metastasis segment VI"),
                      ("Course", "SBRT liver, 50 Gy in 5 fractions (10 Gy/fx) to the 80% isodose"),
                      ("Dates", "03/04/2024 - 03/15/2024"),
                      ("Simulation", "4D CT with contrast; liver MRI fusion; vacuum cushion + abdominal compression"),
                      ("Fiducials", "3 gold markers placed percutaneously 02/20/2024"),
                      ("Delivery", "6 MV gantry linac, daily CBCT with fiducial match"),
                      ("Status", "Completed as prescribed, no interruptions")]),
            sig("Outside physician: Reginald Amadi-Stroud, MD 03/15/2024"),
        ]]),
    ])

# k56_19 -- ehr_text: research protocol eligibility checklist; randomised to the SRS arm, not yet treated ---------------
add(name="k56_19", kind="ehr_text", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: research protocol eligibility checklist and randomisation record (invented trial of SRS "
          "versus hippocampal-avoidance whole-brain RT for 5-15 metastases): eligible, randomised to the SRS arm, "
          "protocol dose schedule quoted (20/18/15 Gy by size), treatment to begin within 21 days. Nothing simulated "
          "or delivered.",
    docs=[Doc("k56_19.txt", text=f"""
CLINICAL TRIALS OFFICE - RADIATION ONCOLOGY, HIGHCLIFF ACADEMIC CANCER CENTER
PROTOCOL HACC-RT-2291 (synthetic): Radiosurgery versus hippocampal-avoidance whole brain radiotherapy for 5-15 brain
metastases - ELIGIBILITY CHECKLIST AND RANDOMIZATION RECORD

Subject: {patient(19)}     MRN: {mrn(19)}     Study ID: 2291-056-019
Screening date: 12/01/2026     Coordinator: Yusuf Ellingsworth-Park, CCRP

INCLUSION                                                                         MET?
 1. Histologically confirmed solid malignancy                                     YES (breast, HER2+)
 2. 5-15 brain metastases on contrast MRI within 21 days (MRI 11/24/2026: 7)       YES
 3. Largest lesion < 3.0 cm                                                       YES (2.2 cm)
 4. KPS >= 70                                                                     YES (80)
 5. Able to undergo MRI                                                           YES
EXCLUSION
 1. Prior brain radiotherapy                                                      NO
 2. Leptomeningeal disease                                                        NO
 3. Lesion within 5 mm of the optic chiasm or in the brainstem                    NO

Consent signed 12/01/2026 (version 4). ELIGIBLE.
Randomized 12/02/2026 -> ARM A: STEREOTACTIC RADIOSURGERY.
Protocol treatment (Arm A): single-fraction SRS to all lesions, 20 Gy for lesions < 2 cm, 18 Gy for 2-2.9 cm, on a
linac with frameless mask; thin-slice planning MRI and CT required within 14 days before treatment.
Protocol treatment must begin within 21 days of randomization. Simulation not yet scheduled - radiation oncology
(Dr. Anneliese Brockway-Chen) to book.

Signed: Yusuf Ellingsworth-Park, CCRP 12/02/2026; Investigator: Anneliese Brockway-Chen, MD 12/02/2026
{FOOT}
""")])

# k56_20 -- pdf: diagnostic MRI report after cobalt-60 SRS, quoting the earlier treatment --------------------------------
_c = "CRESTVIEW DIAGNOSTIC IMAGING"
add(name="k56_20", kind="pdf", codes=["77371", "77432", "61796"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a radiology report (MRI brain with and without contrast) three months after cobalt-60 "
          "radiosurgery, quoting the treatment (left parietal metastasis, 18 Gy at the 50% isodose, frame) from "
          "the referral; findings of post-treatment change. The MRI is a follow-up study, not planning imaging, "
          "and no course is documented in this report.",
    docs=[Doc("k56_20.pdf", [[
        H1("MRI BRAIN WITH AND WITHOUT CONTRAST"),
        KeyValue([("Exam date", "10/21/2026"), ("Accession", "CDI-56-0020 (synthetic)"),
                  ("Ordering", "Leander Fairweather-Odu, MD, Radiation Oncology"),
                  ("Clinical history", "Lung cancer. Status post cobalt-60 radiosurgery 07/15/2026 to left parietal "
                                       "metastasis (18 Gy to the 50% isodose, frame-based, per referral). Follow-up.")]),
        H2("Technique"),
        P("Multiplanar multisequence MRI of the brain before and after 7 mL gadobutrol, including 3D T1 post-contrast, "
          "FLAIR, DWI, SWI and perfusion. Comparison: MRI 07/14/2026 (pre-treatment planning study)."),
        H2("Findings"),
        P("Left parietal treated lesion: decreased from 1.4 cm to 0.9 cm with a thin rim of enhancement and a central "
          "non-enhancing core; mildly increased surrounding FLAIR signal. Relative CBV low (0.9), favouring treatment "
          "effect over progression. No new enhancing lesion. No hemorrhage. Ventricles normal."),
        H2("Impression"),
        BulletList(["Post-radiosurgery change of the left parietal metastasis, decreased in size; low perfusion favours treatment effect.",
                    "No new metastasis.", "Suggest follow-up MRI in 3 months."], numbered=True),
        sig("Octavia Brennan-Ruiz, MD, Neuroradiology 10/21/2026 14:02"),
    ]], opts=dict(header=[f"{_c} - Radiology Report", f"Patient: {patient(20)}   MRN: {mrn(20)}   DOB: 05/05/1957"]))])


CORPUS = Corpus("blind_corpus56", "tests/blind_corpus56", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
