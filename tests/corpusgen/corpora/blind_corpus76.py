"""Seventy-sixth blind corpus, ``tests/blind_corpus76/`` (regenerate: ``python scripts/make_corpus.py blind_corpus76``).

Twenty courses from the dictated and bundled half of a coding office's in-tray, one week, twenty invented clinics
in the United States, Canada, the UK (England, Scotland, Wales), Ireland, the Netherlands, Germany, South Africa,
India, Singapore, Australia and New Zealand: transcribed dictations (consults, simulation, procedure, on-treatment
and completion notes, letters to referrers and GPs, numbers spoken in words), bundles of 2-4 files (.pdf and .txt)
running from consult to summary in which lesion names, doses or the lesion list change between documents, three
scanned pages, one two-column operative report, two charts that contradict themselves and three hard negatives.
The codes claimed are US codes. Every clinic, clinician and system is invented.

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code). HELD OUT: nobody tunes to it.
"""

# ruff: noqa: E501  (dictations and letters are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import ColumnBreak, KeyValue, RuledTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ADELAIDE", "BARNABY", "CORDELIA", "DESMOND", "ESPERANZA", "FITZGERALD", "GWENDOLYN", "HORATIO", "IMOGEN",
         "JETHRO", "KATERINA", "LEOPOLD", "MAGNOLIA", "NIKOLAI", "OTTILIE", "PERCIVAL", "QUENTIN", "ROSALIND",
         "SEBASTIAN", "THEODORA"]


def patient(n: int) -> str:
    return f"SEVENTYSIXPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-760{n:02d}"


def banner(clinic: str, what: str, n: int, dob: str) -> list[str]:
    return [f"{clinic} - {what}", f"{patient(n)}   MRN {mrn(n)}   DOB {dob}"]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# w76_01 -- bundle (4 files, US): consult dictation, frame note (4th lesion found), plan summary, completion note -------
_c = "TAMARACK VALLEY NEUROSCIENCE INSTITUTE"
add(name="w76_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["MRI"], ["frame"]),
    lesions=[L("left frontal metastasis", "cranial", S, 20, 1), L("right parietal metastasis", "cranial", S, 20, 1),
             L("left cerebellar metastasis", "cranial", S, 18, 1), L("right occipital metastasis (new on frame MRI)", "cranial", S, 20, 1)],
    categories=cats(),
    notes="US four-file bundle: dictated consult (three melanoma metastases on an outside MRI, recommends cobalt-60 "
          "radiosurgery under frame), frame placement procedure note in which the stereotactic MRI shows a fourth "
          "3 mm right occipital lesion that is added, the physics plan summary (four targets, 50% isodose, shots, "
          "frame coordinate check) and the completion note. Outside MRI is history; the planning MRI is the frame "
          "MRI. No CT. Four simple lesions in one session.",
    docs=[
        Doc("1_consult_dictation.txt", text=f"""
TAMARACK VALLEY NEUROSCIENCE INSTITUTE
Department of Radiation Oncology / Gamma Radiosurgery Program
CONSULTATION - DICTATED

PATIENT: {patient(1)}
MRN: {mrn(1)}
DOB: 09/14/1958
DATE OF SERVICE: 03/02/2026
REFERRING: Dr. Marcus Oyelaran-Pike, Medical Oncology
ATTENDING: Lorraine Vasquez-Holm, MD

REASON FOR CONSULTATION: Brain metastases from melanoma.

HISTORY OF PRESENT ILLNESS: Ms. Seventysixpatient is a 67-year-old woman with stage IV BRAF-mutant melanoma diagnosed in
2024, on dabrafenib and trametinib with good extracranial control. She had a restaging MRI of the brain at an outside
facility on 02/24/2026 which showed three enhancing lesions: a left frontal lesion measuring 12 mm, a right parietal lesion
measuring 9 mm, and a left cerebellar lesion measuring 15 mm with mild surrounding edema. No hemorrhage. She reports mild
headaches for two weeks, no focal weakness, no seizures. She was started on dexamethasone 2 mg twice daily by Dr.
Oyelaran-Pike.

PAST MEDICAL HISTORY: Hypertension, hypothyroidism. No prior cranial radiation.

PHYSICAL EXAMINATION: KPS 90. Alert and oriented, cranial nerves II through XII intact, strength five out of five
throughout, no dysmetria on finger-to-nose.

IMPRESSION AND PLAN: Three brain metastases from melanoma with controlled systemic disease. I recommend stereotactic
radiosurgery in a single session on our cobalt-60 multi-source unit with a stereotactic head frame. We discussed the
alternative of whole brain radiation and she prefers radiosurgery. We will obtain a stereotactic MRI on the day of
treatment after frame placement, and if any additional small lesions are seen we will discuss treating them at the same
session. Anticipated marginal dose is 18 to 20 Gy depending on size. Risks including radiation necrosis (roughly five
percent), seizure, headache and pin-site discomfort were reviewed and she wishes to proceed. Consent signed.

Dictated by: Lorraine Vasquez-Holm, MD
D: 03/02/2026 14:20   T: 03/03/2026 08:05   Job 771204
{FOOT}
"""),
        Doc("2_frame_procedure_note.txt", text=f"""
TAMARACK VALLEY NEUROSCIENCE INSTITUTE - PROCEDURE NOTE
Patient: {patient(1)}    MRN: {mrn(1)}    Date: 03/10/2026

PROCEDURE: Application of stereotactic head frame for radiosurgery.
SURGEON: Adrian Kolbeck-Reyes, MD (Neurosurgery)
ANESTHESIA: Local, 1% lidocaine with 0.25% bupivacaine at four pin sites; oral lorazepam 1 mg.

DESCRIPTION: The patient was seated and the frame was positioned with the help of ear bars, slightly shifted anteriorly
and to the left to center the targets. Four pin sites were infiltrated with local anesthetic and the pins were tightened
in the usual diagonal fashion. The frame was secure. She tolerated it well. Estimated blood loss minimal.

IMAGING: Stereotactic MRI with the fiducial box at 07:55: T1 post-gadolinium 1 mm axial and T2. The three known lesions
are confirmed (left frontal 12 mm, right parietal 9 mm, left cerebellar 15 mm). There is in addition a new 3 mm enhancing
focus in the right occipital lobe, not seen on the outside study. This was reviewed with Dr. Vasquez-Holm and with the
patient, and it will be treated today as the fourth target.

Adrian Kolbeck-Reyes, MD   03/10/2026 08:30
{FOOT}
"""),
        Doc("3_plan_summary.pdf", [[
            H1("Radiosurgery Plan Summary"),
            KeyValue([("Patient", f"{patient(1)}   MRN {mrn(1)}"), ("Treatment date", "03/10/2026"),
                      ("Unit", "Cobalt-60 multi-source radiosurgery unit (192 sources)"),
                      ("Fixation", "Stereotactic head frame"), ("Planning imaging", "Stereotactic MRI T1+Gd 1 mm (03/10/2026)"),
                      ("Planning system", "CIRRUS-GP 11 (invented)"), ("Fractions", "1")]),
            RuledTable([("Target", "Location", "Vol (cc)", "Marginal dose (Gy)", "Isodose", "Max (Gy)", "Shots", "Coverage"),
                        ("T1", "L frontal", "0.71", "20", "50%", "40.0", "4", "99%"),
                        ("T2", "R parietal", "0.33", "20", "50%", "40.0", "2", "99%"),
                        ("T3", "L cerebellar", "1.62", "18", "50%", "36.0", "7", "98%"),
                        ("T4", "R occipital", "0.02", "20", "50%", "40.0", "1", "100%")]),
            RuledTable([("Structure", "Max dose (Gy)"), ("Brainstem", "6.1"), ("Optic chiasm", "1.4"), ("Cochlea L", "2.0")]),
            P("Brain V12 Gy 4.8 cc. Total planned beam-on time 61.4 min at current dose rate. Plan reviewed and approved by "
              "radiation oncologist and neurosurgeon. Independent second check of treatment time: within 1.2%. Frame coordinate "
              "verification with the measurement helmet/pointer: all targets within 0.3 mm."),
            sig("Bernadette Tsosie-Lang, MS, DABR, Medical Physicist 03/10/2026 10:12"),
            sig("Lorraine Vasquez-Holm, MD 03/10/2026 10:20; Adrian Kolbeck-Reyes, MD 03/10/2026 10:24"),
        ]], opts=dict(header=banner(_c, "Radiosurgery Physics", 1, "09/14/1958"))),
        Doc("4_completion_note.pdf", [[
            H1("Radiosurgery Treatment Completion Note"),
            P(f"Patient: {patient(1)}    MRN: {mrn(1)}    Date of service: 03/10/2026"),
            P("Ms. Seventysixpatient underwent single-session stereotactic radiosurgery today on the cobalt-60 unit under a "
              "stereotactic head frame. Four metastases were treated: left frontal 20 Gy, right parietal 20 Gy, left cerebellar "
              "18 Gy and the newly identified right occipital lesion 20 Gy, all prescribed to the 50% isodose line. Treatment "
              "started at 10:41 and finished at 11:49 with no interruptions. The frame was removed at 12:05; pin sites were "
              "dressed and hemostatic."),
            P("She received dexamethasone 4 mg IV before treatment. No nausea, headache or seizure. Discharged home with her husband. "
              "Follow-up MRI brain in 8 weeks and clinic visit afterwards. Continue dabrafenib/trametinib per Dr. Oyelaran-Pike."),
            sig("Lorraine Vasquez-Holm, MD, Radiation Oncology 03/10/2026 13:10"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 1, "09/14/1958"))),
    ])

# w76_02 -- dictation (US): linac radiosurgery for trigeminal neuralgia, numbers in words ------------------------------
add(name="w76_02", kind="dictation", codes=["77372", "77432", "61798"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right trigeminal nerve (functional target)", "cranial", C, 85, 1)],
    categories=cats(),
    notes="US transcribed procedure dictation: linac radiosurgery for refractory right trigeminal neuralgia, a "
          "functional target (complex), eighty-five Gray maximum dose with a four millimeter cone in one fraction, "
          "frameless mask with bite block, thin-slice MRI fused with CT, cone-beam CT and stereoscopic kV, physics "
          "second check. Numbers mostly spoken in words; the 80 and 20 percent isodose lines are not the dose.",
    docs=[Doc("w76_02.txt", text=f"""
CEDAR HOLLOW RADIATION ONCOLOGY
Transcribed dictation - STEREOTACTIC RADIOSURGERY PROCEDURE NOTE

Patient: {patient(2)}
MRN: {mrn(2)}
DOB: 01/22/1951
Date of procedure: 04/08/2026
Physician: Howard Nakamura-Ellis, MD

This is Dr. Nakamura-Ellis dictating a procedure note on {patient(2).title()}, medical record number {mrn(2)}.

DIAGNOSIS: Right trigeminal neuralgia, classical, V2 and V3 distribution, refractory to medical management.

INDICATION: Mr. Seventysixpatient is a seventy-five-year-old gentleman with a six-year history of lancinating right facial
pain. He has failed carbamazepine up to twelve hundred milligrams a day, oxcarbazepine and gabapentin because of
dizziness and hyponatremia. He was seen by neurosurgery and is not a candidate for microvascular decompression because of
his cardiac history. Barrow pain score is five. After discussion he elected radiosurgery.

PROCEDURE: On the third of April he underwent simulation. A frameless thermoplastic radiosurgery mask with a custom bite
block was made, and a planning CT with one millimeter slices was obtained in the mask. A thin-slice MRI, that is a 3D
CISS and a T1 post-contrast at point six millimeters, was obtained the same day and fused to the planning CT. I contoured
the right trigeminal nerve and selected a target on the cisternal segment approximately six millimeters anterior to the
root entry zone. The brainstem, both cochleae and the optic apparatus were contoured as organs at risk.

The plan used a single isocenter with a four millimeter cone and nine non-coplanar arcs on our six MV flattening-filter-
free gantry linac, planning system OSPREY-SRS 3 (invented). The prescription was eighty-five Gray maximum dose to the
isocenter in a single fraction. The eighty percent isodose line covered the nerve target and the twenty percent isodose
line just touched the lateral surface of the pons; the brainstem maximum point dose was eleven point two Gray and the
dose to one cubic millimeter of brainstem was nine Gray. Physics performed an independent monitor unit second check and
a Winston-Lutz test of the cone this morning, both within tolerance.

Today, the eighth of April, he was positioned in his mask. Cone-beam CT and then stereoscopic kV imaging were obtained
and a six degree of freedom correction of point eight millimeters was applied, with repeat stereoscopic imaging between
arcs; no intrafraction shift exceeded point five millimeters. All nine arcs were delivered. He received the full
eighty-five Gray maximum dose to the right trigeminal nerve in one fraction. He tolerated it without difficulty.

PLAN: Continue carbamazepine at the current dose for now and taper only after pain relief, which may take several weeks
to a few months. Follow-up in clinic in six weeks. He knows to call for facial numbness.

Howard Nakamura-Ellis, MD
Electronically signed 04/09/2026 07:52
D: 04/08/2026  T: 04/08/2026
{FOOT}
""")])

# w76_03 -- scan (Scotland): typed completion summary, cavity FSRT 2700 cGy in 3 fractions --------------------------------
_c = "LOCHWINNOCH REGIONAL CANCER CENTRE"
add(name="w76_03", kind="scan", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left temporal resection cavity", "cranial", S, 27, 3)],
    categories=cats(),
    notes="Scanned (150 dpi, slight skew) Scottish completion summary of post-operative stereotactic radiotherapy "
          "to a 2.6 cm left temporal resection cavity (simple): 2700 cGy in 3 fractions of 900 cGy on a 6 MV "
          "linac, mask, planning CT with post-operative MRI fused, daily CBCT; the pre-operative MRI is history.",
    docs=[Doc("w76_03.pdf", [[
        H1("Radiotherapy Completion Summary"),
        KeyValue([("Name", patient(3)), ("CHI / MRN", mrn(3)), ("DOB", "30/05/1966"),
                  ("Consultant", "Dr Morag Dalgleish-Ferrie, Consultant Clinical Oncologist"),
                  ("Diagnosis", "Metastatic adenocarcinoma (lung primary) to left temporal lobe; resected 12/02/2026 (GTR)"),
                  ("Intent", "Adjuvant, stereotactic (SRT) to the resection cavity"),
                  ("Treatment unit", "Linac 3 (6 MV, HD-MLC)"),
                  ("Immobilisation", "Thermoplastic SRS shell (made 02/03/2026)"),
                  ("Planning", "CT 1 mm 02/03/2026 fused with post-op MRI T1+C 27/02/2026; cavity 2,6 cm max; PTV = cavity + 2 mm"),
                  ("Plan", "VMAT, 3 non-coplanar arcs; 2700 cGy prescribed to the 80% isodose; PTV D95% 2712 cGy"),
                  ("Dates", "09/03/2026 - 13/03/2026")]),
        RuledTable([("#", "Date", "Dose (cGy)", "Cumulative (cGy)", "IGRT", "Checked"),
                    ("1", "09/03/2026", "900", "900", "CBCT - 6D couch", "JMcL / RS"),
                    ("2", "11/03/2026", "900", "1800", "CBCT - 6D couch", "JMcL / KD"),
                    ("3", "13/03/2026", "900", "2700", "CBCT - 6D couch", "RS / KD")]),
        P("Summary: 2700 cGy in 3 fractions delivered to the left temporal resection cavity as prescribed. Treatment "
          "well tolerated; mild fatigue only. Pre-operative MRI of 04/02/2026 showed a 3,1 cm enhancing mass (now resected)."),
        P("Follow-up: MRI brain at 3 months; review in Dr Dalgleish-Ferrie's clinic. Keppra to continue until review."),
        sig("Dr Morag Dalgleish-Ferrie 13/03/2026"),
    ]], opts=dict(header=banner(_c, "Department of Clinical Oncology", 3, "30/05/1966"), scan=True, scan_dpi=150,
                  scan_skew=0.8, scan_noise=6.0))])

# w76_04 -- bundle (4 files, Canada): consult letter, sim note, on-treatment notes, completion summary; target renamed -
_c = "OKANAGAN RIDGE CANCER CENTRE"
add(name="w76_04", kind="bundle", codes=["G0339", "G0340", "77435", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("residual pituitary macroadenoma, right cavernous sinus", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Canadian four-file bundle: consult letter to the neurosurgeon ('residual non-functioning pituitary "
          "macroadenoma'), simulation note ('PTV_sella', mask, CT + MRI), on-treatment notes for fractions 1-5 with "
          "skull tracking and the completion summary ('residual adenoma right cavernous sinus') 25 Gy in 5 "
          "fractions on a robotic-arm linac. One target under three names; pituitary tumour is complex.",
    docs=[
        Doc("1_consult_letter.pdf", [[
            P("OKANAGAN RIDGE CANCER CENTRE - Radiation Oncology"),
            P("March 18, 2026"),
            P("Dr. Priya Halvorsen-Achebe, Neurosurgery, Okanagan General Hospital"),
            P(f"RE: {patient(4)}   MRN {mrn(4)}   DOB 1962-07-03"),
            P("Dear Dr. Halvorsen-Achebe,"),
            P("Thank you for referring Mr. Seventysixpatient, a 63-year-old man who underwent endoscopic transsphenoidal resection "
              "of a non-functioning pituitary macroadenoma on 2025-06-11. His visual fields normalised after surgery. Serial MRI "
              "shows slow growth of the residual tumour in the right cavernous sinus, now 1.6 x 1.1 cm, with its superior margin "
              "3 mm below the optic chiasm. Endocrine function is stable on hydrocortisone and levothyroxine."),
            P("Given the proximity of the chiasm I have recommended hypofractionated stereotactic radiosurgery, 25 Gy in 5 "
              "fractions, on our robotic-arm linac with frameless mask immobilisation and image-guided skull tracking. The "
              "alternative of conventionally fractionated radiotherapy (50.4 Gy in 28 fractions) was discussed; he prefers the "
              "shorter course. We discussed the risks, including hypopituitarism, a small risk of optic neuropathy and "
              "cavernous sinus cranial neuropathy."),
            P("He will be simulated next week and I will keep you informed."),
            P("Yours sincerely,"),
            sig("Dr. Elspeth Marchetti-Young, MD FRCPC, Radiation Oncologist"),
            P("cc: Dr. W. Obi (Endocrinology); family physician"),
        ]]),
        Doc("2_simulation_note.txt", text=f"""
OKANAGAN RIDGE CANCER CENTRE - RADIATION THERAPY SIMULATION NOTE
Patient: {patient(4)}   MRN: {mrn(4)}   Sim date: 2026-03-25
Site: Sella / right cavernous sinus      Technique: SRS 5 fx, robotic-arm linac

Immobilization: thermoplastic head mask (3-point), head rest B, supine, arms by sides. Mask fit good.
CT: 1.0 mm slices vertex to C3, IV contrast. Reference marks on mask.
MRI: 3D T1 post-gadolinium 1 mm and coronal T2 1.5 mm, acquired 2026-03-25 on the 3 T, fused to planning CT
(rigid, checked on the clivus and the carotid siphons).
Target: PTV_sella = GTV (residual adenoma) + 1 mm, 0 mm toward the chiasm. OARs: chiasm, optic nerves, brainstem, pituitary
stalk, temporal lobes, cochleae.
Intended Rx: 25 Gy / 5 fx to the prescription isodose (~80%); chiasm Dmax < 25 Gy in 5.
Sim therapists: K. Lindqvist, RTT; T. Ahn, RTT.   Physician present: Dr. E. Marchetti-Young
{FOOT}
"""),
        Doc("3_on_treatment_notes.txt", text=f"""
OKANAGAN RIDGE CANCER CENTRE - ON-TREATMENT REVIEW NOTES
{patient(4)}   MRN {mrn(4)}   Course: SRS PTV_sella 25 Gy/5 fx   Plan: sella_v1 (TIMBERLINE-RP 4, invented)

2026-04-06  Fx 1/5  5 Gy. 6D skull tracking, 41 image pairs, mean correction 0.5 mm, max 1.1 mm. No complaints. - EMY
2026-04-07  Fx 2/5  5 Gy. Skull tracking, mean 0.4 mm. Mild headache evening, resolved with acetaminophen. - EMY
2026-04-08  Fx 3/5  5 Gy. Tracking uneventful. Visual acuity unchanged, no diplopia. - EMY
2026-04-09  Fx 4/5  5 Gy. Tracking mean 0.6 mm. Fatigue grade 1. - T. Ahn RTT / reviewed EMY
2026-04-10  Fx 5/5  5 Gy. Course complete. No new symptoms. - EMY

Physics: patient-specific QA (film + ion chamber) passed 2026-04-02; gamma 2%/1 mm 98.7%. - R. Sandoval, MCCPM
{FOOT}
"""),
        Doc("4_completion_summary.pdf", [[
            H1("Radiation Treatment Completion Summary"),
            KeyValue([("Patient", f"{patient(4)}   MRN {mrn(4)}"), ("Diagnosis", "Residual non-functioning pituitary adenoma, right cavernous sinus (D35.2)"),
                      ("Treatment unit", "Robotic-arm mounted 6 MV linac with image-guided 6D skull tracking"),
                      ("Immobilization", "Thermoplastic mask"), ("Imaging", "Planning CT with contrast + MRI T1/T2 fused (2026-03-25)"),
                      ("Planning", "TIMBERLINE-RP 4 (invented); 154 non-isocentric beams, variable-aperture collimator, 81% isodose"),
                      ("Start / end", "2026-04-06 / 2026-04-10")]),
            RuledTable([("Target", "Dose/fx", "Fractions", "Total delivered", "Coverage", "Chiasm Dmax"),
                        ("Residual adenoma, R cavernous sinus (PTV_sella)", "5 Gy", "5 / 5", "25 Gy", "96.4%", "23.1 Gy")]),
            P("Tolerance: well tolerated; grade 1 fatigue and one headache. Vision stable. Follow-up: MRI and endocrine "
              "panel in 6 months, visual fields in 3 months."),
            sig("Dr. Elspeth Marchetti-Young, MD FRCPC, Radiation Oncologist 2026-04-10"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 4, "1962-07-03"))),
    ])

# w76_05 -- pdf two-column (Netherlands): operative report of cobalt-60 frame radiosurgery of an AVM; 61796 claimed ------
_c = "ZUIDERHAVEN UNIVERSITY MEDICAL CENTRE - NEUROSURGERY"
add(name="w76_05", kind="pdf", codes=["77371", "77432", "61796", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["MRI", "angiography"], ["frame"]),
    lesions=[L("right parietal arteriovenous malformation", "cranial", C, 22, 1)],
    categories=cats(),
    notes="Dutch operative report in English on one two-column page: frame-based cobalt-60 radiosurgery of a "
          "2,1 cm right parietal AVM (Spetzler-Martin II) with stereotactic MRI and biplanar DSA under frame, "
          "22 Gy to the 50% isodose, 9 shots, frame coordinate check. AVM is complex: the claimed 61796 is wrong "
          "(61798). Decimal commas.",
    docs=[Doc("w76_05.pdf", [[
        H1("Operative report - Gamma radiosurgery"),
        KeyValue([("Patient", patient(5)), ("Patient no.", mrn(5)), ("Date", "14-04-2026"),
                  ("Operator", "dr. J.W. van Roosendaal, neurosurgeon"), ("Co-operator", "dr. S. Bakırcıoğlu-Vos, radiation oncologist")], value_x=80),
        H2("Indication"),
        P("31-year-old woman with a right parietal arteriovenous malformation presenting with a focal seizure in 2025. "
          "Spetzler-Martin grade II (size < 3 cm, eloquent: no, superficial venous drainage). Nidus 2,1 x 1,8 x 1,6 cm. "
          "Unruptured. Multidisciplinary neurovascular meeting 19-03-2026: radiosurgery advised over resection and embolisation."),
        H2("Procedure"),
        P("Under local anaesthesia (lidocaine 1% with adrenaline, 4 pin sites) a stereotactic head frame was fixed at 07.30. "
          "Stereotactic MRI (T1 3D with contrast, T2, TOF) was made at 08.10 and biplanar digital subtraction angiography "
          "with the angiographic localiser at 09.05, by dr. M. Hoekstra (interventional neuroradiology); the nidus was "
          "outlined on both and co-registered in the planning system (WADDEN-GP 2, invented)."),
        ColumnBreak(),
        H2("Plan and delivery"),
        P("Cobalt-60 multi-source radiosurgery unit. Nidus volume 2,9 cm3. Prescription 22 Gy to the 50% isodose line "
          "(maximum dose 44 Gy), 9 shots, collimators 4, 8 and 16 mm. Coverage 97%, selectivity 0,82, gradient index 2,71. "
          "12 Gy volume 8,6 cm3. Optic radiation outside the 10 Gy line."),
        P("Frame co-ordinates checked on the couch before treatment (deviation ≤ 0,2 mm). Treatment 11.02-12.14, one session, "
          "no interruption. Frame removed 12.30; no bleeding at pin sites."),
        H2("Result"),
        P("AVM right parietal treated with 22 Gy marginal dose in one session. Patient mobilised and discharged the same "
          "day on levetiracetam 500 mg twice daily. Follow-up MRI at 6, 12 and 24 months; DSA at 3 years if MRI suggests "
          "obliteration."),
        sig("dr. J.W. van Roosendaal, neurosurgeon, 14-04-2026"),
        sig("dr. S. Bakırcıoğlu-Vos, radiation oncologist, 14-04-2026"),
    ]], opts=dict(header=banner(_c, "Gamma Unit", 5, "02-11-1994"), two_columns=True))])

# w76_06 -- dictation (Australia): completion letter, 2 metastases 30 Gy in 5 (one 4.1 cm); no IGRT or QA mentioned -------
add(name="w76_06", kind="dictation", codes=["77373", "77435", "61798", "61797"],
    facts=F("linac", ["cranial"], 2, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal metastasis 4.1 cm", "cranial", C, 30, 5), L("left cerebellar metastasis", "cranial", S, 30, 5)],
    categories=cats(delivery_verification=False),
    notes="Australian transcribed completion letter to the GP: fractionated stereotactic radiotherapy, thirty Gray "
          "in five fractions to a 4.1 cm right frontal metastasis (complex by size) and a 1.1 cm left cerebellar "
          "metastasis (simple), mask, CT + MRI, VMAT to the 80 per cent isodose. No image guidance, tracking or "
          "physics check is mentioned: delivery verification unmet. Numbers spoken in words.",
    docs=[Doc("w76_06.txt", text=f"""
MORETON BAYSIDE RADIATION ONCOLOGY
Redcliffe Road, Moreton Bayside QLD (synthetic address)   Ph (07) 5550 0000

Date dictated: 22/04/2026      Date typed: 23/04/2026

Dr Felicity Drummond-Awe
Peninsula Family Practice

Dear Felicity,

RE: {patient(6)}   DOB 17/10/1955   URN {mrn(6)}

DIAGNOSIS: Metastatic adenocarcinoma of the lung (EGFR exon 19), two brain metastases
TREATMENT: Fractionated stereotactic radiotherapy (SRT), completed 21 April 2026

I am writing to let you know that Mr Seventysixpatient has finished his course of stereotactic radiotherapy to the brain.

As you know, his staging MRI showed a large right frontal metastasis measuring four point one centimetres with a
moderate amount of oedema, and a smaller left cerebellar metastasis of one point one centimetres. Because of the size of
the frontal lesion we elected to fractionate rather than give a single treatment. He was immobilised in a thermoplastic
mask, and his planning CT of the ninth of April was fused with a fresh volumetric MRI done the same day. Both lesions were
treated together with a single VMAT plan of four arcs, each receiving thirty Gray in five fractions, that is six Gray per
treatment, prescribed to the eighty per cent isodose. The treatments were given on the fifteenth, sixteenth, seventeenth,
twentieth and twenty-first of April, so he received all five fractions, thirty Gray to each lesion.

He tolerated it well. He had a mild headache after the second treatment which settled when we increased his
dexamethasone to four milligrams daily; I would like this weaned by one milligram every five days from now, and I would
be grateful if you could keep an eye on his blood sugars. Osimertinib continues under Dr Sandhu.

I will see him again with an MRI in eight weeks.

Kind regards,

Dr Callum Ferreira-Whitty
Radiation Oncologist, FRANZCR
cc: Dr Harpreet Sandhu, Medical Oncology; Mr {FIRST[5].title()} Seventysixpatient
{FOOT}
""")])

# w76_07 -- bundle (3 files, New Zealand): consult (6 x 20 Gy), plan v2 + record (two at 18 Gy), GP letter says 20 Gy each -
_c = "KAIMAI REGIONAL CANCER CENTRE"
add(name="w76_07", kind="bundle", codes=["77371", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 6, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal", "cranial", S, 20, 1), L("right frontal", "cranial", S, 20, 1),
             L("left parietal", "cranial", S, 20, 1), L("right occipital", "cranial", S, 20, 1),
             L("left cerebellar", "cranial", S, 18, 1), L("right temporal", "cranial", S, 18, 1)],
    categories=cats(),
    contradiction="The completion letter to the GP says all six lesions received 20 Gy, while the approved plan and the treatment record give 18 Gy to the left cerebellar and right temporal lesions.",
    notes="New Zealand three-file bundle: dictated consult proposing 20 Gy to each of six breast-cancer metastases; "
          "two-page plan and treatment record in which version 2 lowers the left cerebellar and right temporal "
          "lesions to 18 Gy (brain V12) and records one session on a gantry linac with mask, CBCT and surface "
          "guidance; the GP letter then says all six got 20 Gy (gold follows the record). Six simple lesions. "
          "77371 is the cobalt-60 code: wrong for a linac.",
    docs=[
        Doc("1_consult.txt", text=f"""
KAIMAI REGIONAL CANCER CENTRE - RADIATION ONCOLOGY FIRST SPECIALIST ASSESSMENT
Dictated: Dr Aroha Whitcombe-Tane, Radiation Oncologist      Date: 06/05/2026
Patient: {patient(7)}    NHI/MRN: {mrn(7)}    DOB: 28/02/1971

Referred by Dr B. Sørensen (medical oncology) for consideration of stereotactic radiosurgery.

Gwendolyn is a 55-year-old woman with HER2-positive breast cancer, first diagnosed 2022, with new brain metastases on a
surveillance MRI of 29/04/2026. There are six lesions: left frontal 8 mm, right frontal 11 mm, left parietal 6 mm, right
occipital 9 mm, left cerebellar 19 mm and right temporal 24 mm. None is near the optic apparatus or in the brainstem. She
is neurologically intact with ECOG 0 and her extracranial disease is stable on trastuzumab deruxtecan.

We discussed whole-brain radiotherapy versus radiosurgery. She would like to avoid the cognitive effects of whole-brain
treatment. My recommendation is single-fraction stereotactic radiosurgery on the linac with a mask, and at this stage I
would propose 20 Gy to each of the six lesions, subject to the final dose-volume figures. Planning CT and a fresh SRS MRI
will be booked for next week. Consent obtained.

Dr Aroha Whitcombe-Tane
{FOOT}
"""),
        Doc("2_plan_and_treatment_record.pdf", [[
            H1("SRS Plan Approval and Treatment Record"),
            KeyValue([("Patient", f"{patient(7)}   NHI/MRN {mrn(7)}"),
                      ("Unit", "6 MV FFF gantry linac, 2.5 mm MLC, 6DoF couch"),
                      ("Immobilisation", "Open-face SRS mask"),
                      ("Imaging", "Planning CT 1 mm 12/05/2026; MRI T1+gad 1 mm 12/05/2026, registered"),
                      ("Technique", "Single isocentre, 5 non-coplanar dynamic conformal arcs; KAURI-TPS 6 (invented)"),
                      ("Prescription", "Dose to PTV (GTV + 1 mm) at the 80% isodose, 1 fraction")]),
            H2("Plan versions"),
            RuledTable([("Version", "Date", "Change", "Status"),
                        ("v1", "14/05/2026", "20 Gy to all six PTVs; brain-minus-PTV V12 Gy 14.2 cc", "Rejected at peer review"),
                        ("v2", "15/05/2026", "PTV5 (L cerebellar) and PTV6 (R temporal) reduced to 18 Gy; V12 Gy 9.6 cc", "Approved")]),
            RuledTable([("PTV", "Site", "Size", "Rx (Gy)", "Coverage", "Dmax (Gy)"),
                        ("PTV1", "L frontal", "8 mm", "20", "99.1%", "25.0"),
                        ("PTV2", "R frontal", "11 mm", "20", "98.8%", "25.0"),
                        ("PTV3", "L parietal", "6 mm", "20", "99.4%", "25.0"),
                        ("PTV4", "R occipital", "9 mm", "20", "98.9%", "25.0"),
                        ("PTV5", "L cerebellar", "19 mm", "18", "98.2%", "22.5"),
                        ("PTV6", "R temporal", "24 mm", "18", "97.9%", "22.5")]),
            P("Patient-specific QA: portal dosimetry 3%/1 mm 99.2% passing; end-to-end test this week within 0.6 mm."),
            sig("Dr Aroha Whitcombe-Tane, Radiation Oncologist 15/05/2026;  Ms Lena Vaifale, Medical Physicist 15/05/2026"),
        ], [
            H1("Treatment Record - SRS 1 fraction"),
            P(f"{patient(7)}   NHI/MRN {mrn(7)}   Plan: SRS_brain_v2"),
            RuledTable([("Date", "Time", "Imaging", "Correction", "Arcs", "Status"),
                        ("19/05/2026", "09:12", "CBCT + surface guidance", "0.7 mm / 0.4 deg", "5 / 5", "Delivered, PTV1-PTV6")]),
            P("Surface guidance threshold 1 mm, no beam holds. Intrafraction CBCT after arc 3: 0.3 mm. Delivered as per v2: "
              "PTV1-PTV4 20 Gy, PTV5 and PTV6 18 Gy. Patient well after treatment."),
            sig("RTs: M. Pohatu / J. Lee 19/05/2026;  Dr Aroha Whitcombe-Tane 19/05/2026"),
        ]], opts=dict(header=banner(_c, "Stereotactic service", 7, "28/02/1971"))),
        Doc("3_completion_letter.pdf", [[
            P("Kaimai Regional Cancer Centre - Radiation Oncology"),
            P("21 May 2026"),
            P("Dr Tui Harrowfield, Kaimai Family Health"),
            P(f"Re: {patient(7)}   DOB 28/02/1971   NHI/MRN {mrn(7)}"),
            P("Dear Tui,"),
            P("Gwendolyn had stereotactic radiosurgery on 19 May 2026. All six brain metastases were treated in a single "
              "session on the linear accelerator with a mask, each receiving 20 Gy. She had no immediate side effects and went "
              "home the same morning."),
            P("She will have an MRI brain in two months and I will see her afterwards. Her trastuzumab deruxtecan continues "
              "with Dr Sørensen. Please let us know about any new headaches or neurological symptoms."),
            P("Nāku noa, nā"),
            sig("Dr Aroha Whitcombe-Tane, Radiation Oncologist FRANZCR"),
            P("cc: Gwendolyn; Dr B. Sørensen"),
        ]]),
    ])

# w76_08 -- pdf letter (South Africa): cobalt-60 unit with mask, 5 fractions, clinoid meningioma 3 mm from optic nerve ----
add(name="w76_08", kind="letter", codes=["77373", "77435", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("right anterior clinoid meningioma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="South African dictated report letter to the referring neurosurgeon: right anterior clinoid meningioma "
          "2,2 cm lying 3 mm from the right optic nerve (complex by location) treated on a mask-capable cobalt-60 "
          "multi-source unit in five fractions of 5 Gy (2 500 cGy) at the 50% isodose, cone-beam CT each day and "
          "infrared motion monitoring, CT + MRI.",
    docs=[Doc("w76_08.pdf", [[
        P("MAGALIESBERG ONCOLOGY CENTRE - Radiosurgery Unit"),
        P("Private Bag X00, Pretoria (synthetic)     Practice no. 000 0000 (synthetic)"),
        P("Date: 08 May 2026"),
        P("Dr Thabo Mahlangu-Pretorius, Neurosurgeon, Jacaranda Hospital"),
        P(f"RE: {patient(8)}   File no. {mrn(8)}   DOB 12/12/1960"),
        P("Dear Thabo,"),
        P("Thank you for referring this 65-year-old gentleman with a right anterior clinoid meningioma (imaging diagnosis, "
          "WHO grade presumed 1), which has grown from 1,7 to 2,2 cm over two years. The tumour lies 3 mm from the right "
          "optic nerve at its closest point, so a single-fraction treatment would have exceeded the optic tolerance; he "
          "was therefore treated with hypofractionated radiosurgery on our cobalt-60 multi-source unit using mask fixation."),
        P("He was fitted with a thermoplastic mask on 21/04/2026 and had a cone-beam CT reference scan and a 1 mm planning "
          "CT the same day, registered to a volumetric MRI (T1 post-gadolinium and FIESTA, 20/04/2026). Planning in "
          "PROTEA-GP 3 (invented) gave a 24-shot plan prescribing 5 Gy per fraction to the 50% isodose, total 25 Gy "
          "(2 500 cGy) in 5 fractions; coverage 97,5%, right optic nerve maximum 22,4 Gy over five fractions, chiasm 17,9 Gy."),
        P("Treatment was given daily from 27/04 to 01/05/2026 (five fractions). Each day a cone-beam CT was matched to "
          "the plan before the first shot and the infrared nose-marker monitoring stayed within the 1,5 mm threshold "
          "throughout. He completed the full 25 Gy in 5 fractions to the clinoid meningioma with no visual change; "
          "acuity 6/6 bilaterally at completion."),
        P("I will repeat the MRI in twelve months and see him with the result. He has my number should his vision change."),
        P("Kind regards"),
        sig("Dr Nomvula Kruger-Dlamini, MBChB FC Rad Onc (SA), Radiation Oncologist (dictated 05/05/2026, typed 08/05/2026)"),
        P("cc: Mr Seventysixpatient; Dr R. Pillay (GP)"),
    ]])])


# ==================================================================================================
# Spine
# ==================================================================================================

# w76_09 -- bundle (3 files, US): consult lists T10, L2, L4; sim note drops L4 (degenerative); summary T10 + L2 -------------
_c = "PRAIRIE BLUESTEM CANCER CENTER"
add(name="w76_09", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T10 vertebral metastasis", "spinal", None, 24, 2), L("L2 vertebral metastasis", "spinal", None, 24, 2)],
    categories=cats(),
    notes="US three-file bundle: dictated consult proposing spine SBRT to T10, L2 and L4 (bone scan lesions), "
          "simulation note in which the planning MRI shows L4 is degenerative and it is dropped, and a two-page "
          "treatment summary: T10 and L2 each 2400 cGy in 2 fractions, vacuum immobilization, CT + MRI, CBCT and "
          "6DoF each fraction, physics QA. Two non-contiguous spinal lesions.",
    docs=[
        Doc("1_consult.txt", text=f"""
PRAIRIE BLUESTEM CANCER CENTER - RADIATION ONCOLOGY CONSULTATION (transcribed)
Patient: {patient(9)}    MRN: {mrn(9)}    DOB: 06/30/1949    Date: 05/04/2026
Attending: Gordon Whitfield-Osei, MD      Referring: Dr. Lena Bjornstad (Urology)

HPI: 76-year-old man with castration-resistant prostate cancer on enzalutamide with a rising PSA (14.2). Bone scan
04/22/2026 shows new uptake at T10, L2 and L4. He has mid-back pain at T10, 5/10, worse lying flat, and mild right flank
pain. No weakness, no bowel or bladder change. ECOG 1. No prior radiation to the spine.

IMAGING REVIEWED: Bone scan 04/22/2026 as above; CT abdomen/pelvis 04/20/2026 with sclerotic T10 and L2 lesions; L4 shows
endplate sclerosis only.

ASSESSMENT/PLAN: Oligoprogressive CRPC with painful T10 and probable L2 metastases; L4 uncertain. Recommend spine SBRT,
24 Gy in 2 fractions to each involved level, after an MRI of the thoracolumbar spine which will also settle L4. Simulation
next week with vacuum immobilization. Risks (pain flare, vertebral compression fracture, rare myelopathy) discussed.
Patient agrees.

Gordon Whitfield-Osei, MD    D: 05/04/2026  T: 05/05/2026
{FOOT}
"""),
        Doc("2_simulation_note.txt", text=f"""
PRAIRIE BLUESTEM CANCER CENTER - SIMULATION / TREATMENT PLANNING NOTE
Patient: {patient(9)}    MRN: {mrn(9)}    Date: 05/12/2026

Patient simulated supine, arms on chest, in a full-body vacuum immobilization bag with knee sponge. CT simulation
1.5 mm slices from T6 to S1. MRI thoracolumbar spine (T1, T2, STIR, 1 mm axial through T9-T11 and L1-L3) obtained
05/11/2026 and fused to the planning CT.

MRI findings reviewed with Dr. Anand (neuroradiology): T10 body and left pedicle metastasis without epidural extension
(Bilsky 0); L2 body metastasis, Bilsky 1a; L4 changes are degenerative (Modic type 2 endplate change), NOT metastatic.
L4 will not be treated.

Targets: GTV/CTV per consensus contouring for T10 and for L2 (separate PTVs, two isocenters). Dose: 24 Gy in 2 fractions to
each, spinal cord PRV Dmax < 17 Gy, cauda equina < 20 Gy. Planning to proceed.

Gordon Whitfield-Osei, MD   05/12/2026
{FOOT}
"""),
        Doc("3_treatment_summary.pdf", [[
            H1("Stereotactic Body Radiation Therapy - Treatment Summary"),
            KeyValue([("Patient", f"{patient(9)}   MRN {mrn(9)}"), ("Diagnosis", "Metastatic prostate cancer to bone (C79.51)"),
                      ("Treatment unit", "6 MV FFF gantry linac, HD MLC, 6DoF couch"),
                      ("Immobilization", "Full-body vacuum bag, arms on chest, knee sponge"),
                      ("Planning imaging", "CT simulation 05/12/2026 fused with MRI T-L spine 05/11/2026"),
                      ("Planning system", "GRASSLANDS TPS 17 (invented); VMAT, 2 full arcs per isocenter"),
                      ("Dates", "05/19/2026 - 05/21/2026")]),
            RuledTable([("Target", "Rx", "Fractions", "Dose delivered", "PTV D90", "Cord/cauda PRV max"),
                        ("PTV_T10", "1200 cGy x 2", "2 of 2", "2400 cGy", "2410 cGy", "cord PRV 1612 cGy"),
                        ("PTV_L2", "1200 cGy x 2", "2 of 2", "2400 cGy", "2396 cGy", "cauda 1840 cGy")]),
        ], [
            H2("Delivery and verification"),
            RuledTable([("Fx", "Date", "Targets", "IGRT", "Shifts (mm) / rotation", "Approved by"),
                        ("1", "05/19/2026", "T10, L2", "CBCT x2 (one per isocenter)", "2.1 / 0.8 deg; 1.4 / 0.5 deg", "GWO"),
                        ("2", "05/21/2026", "T10, L2", "CBCT x2 (one per isocenter)", "1.6 / 0.4 deg; 1.1 / 0.6 deg", "GWO")]),
            P("Physics: independent dose calculation (within 1.8%) and patient-specific QA (ArcCheck-type diode array, 3%/2 mm, "
              "99.1%) completed 05/15/2026."),
            P("Course summary: T10 2400 cGy in 2 fractions and L2 2400 cGy in 2 fractions, both completed 05/21/2026. L4 was not "
              "treated (degenerative on MRI). Transient pain flare after fraction 1, treated with dexamethasone 4 mg x 2 days. "
              "Follow-up with MRI spine in 3 months; PSA per Dr. Bjornstad."),
            sig("Gordon Whitfield-Osei, MD, Radiation Oncology 05/21/2026"),
            sig("Yvette Marchbanks, MS, DABR, Medical Physicist 05/21/2026"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 9, "06/30/1949"))),
    ])

# w76_10 -- dictation (Canada): single-fraction cervical spine SRS, head-neck-shoulder mask; claimed 77372/77432 -------------
add(name="w76_10", kind="dictation", codes=["77372", "77432", "63620"],
    facts=F("linac", ["spinal"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("C6 vertebral metastasis", "spinal", None, 18, 1)],
    categories=cats(),
    notes="Canadian transcribed procedure note: single-fraction spine SRS to a C6 renal-cell metastasis, eighteen "
          "Gray in one fraction, five-point thermoplastic head-neck-shoulder mask, CT + MRI fused, two VMAT arcs, "
          "CBCT with 6DoF correction and intrafraction imaging, physics QA. A single-session spine course is "
          "77373/77435: the claimed cranial 77372/77432 are wrong.",
    docs=[Doc("w76_10.txt", text=f"""
RIDEAU VALLEY REGIONAL CANCER CENTRE
Radiation Oncology - Transcribed Dictation
Document type: Procedure note - stereotactic radiosurgery, spine

Patient: {patient(10)}          MRN: {mrn(10)}          DOB: 1957-02-19
Date of service: 2026-05-13
Dictating physician: Dr. Ingrid Asante-Lefebvre

Dr. Asante-Lefebvre dictating. This is a procedure note for {patient(10).title()}, M-R-N {mrn(10)}.

Diagnosis: metastatic clear cell renal carcinoma with a painful C6 vertebral body metastasis extending into the right
pedicle, no epidural compression, Bilsky 1a, SINS score six, stable.

Indication: radioresistant histology, oligometastatic disease on cabozantinib, neck pain four out of ten. Single-fraction
stereotactic radiosurgery was chosen at the spine tumour board on May fourth.

Simulation on May sixth: supine in a five-point thermoplastic head, neck and shoulder mask, planning CT with one
millimetre slices, and an MRI of the cervical spine with T1, T2 and post-gadolinium sequences done the same day and fused.
The GTV, CTV per consensus guidelines (C6 body and right pedicle) and a two millimetre PTV were contoured, along with the
spinal cord, the esophagus and the larynx.

Plan: two coplanar VMAT arcs, six MV flattening filter free, planning system MAPLELEAF 9 (invented). Prescription eighteen
Gray in a single fraction to the PTV, with ninety percent coverage. Cord maximum point dose eleven point eight Gray, cord
D zero point zero three five cc eleven point two Gray, esophagus maximum fourteen point six Gray. Physics completed
patient-specific QA, gamma passing ninety-nine point four percent at two percent two millimetre, and an independent
dose check.

Treatment today: cone-beam CT with six degree of freedom couch correction, a second cone-beam CT to confirm, and a
kilovoltage image between the two arcs. Maximum intrafraction shift point four millimetres. She received eighteen Gray
in one fraction to C6 as planned. Dexamethasone eight milligrams was given before treatment. No immediate complications.

Follow-up: telephone check in one week for pain flare; MRI C-spine at three months.

Dr. Ingrid Asante-Lefebvre, MD FRCPC
Dictated 2026-05-13 15:02   Transcribed 2026-05-14 09:40   Signed 2026-05-14 12:15
{FOOT}
""")])

# w76_11 -- scan (Wales): per-fraction chart, robotic-arm linac L1 SBRT 900 cGy x 3 -------------------------------------------
_c = "YSTRAD VALLEYS CANCER CENTRE"
add(name="w76_11", kind="scan", codes=["G0339", "G0340", "77435", "63620"],
    facts=F("robotic_linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L1 vertebral metastasis", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Scanned (140 dpi, skewed, speckle) Welsh per-fraction treatment chart: L1 breast-cancer metastasis "
          "SABR 27 Gy in 3 fractions (900 cGy each) on a robotic-arm linac with fiducial-free spine tracking, "
          "vacuum mattress, CT + MRI, per-fraction tracking columns and a physicist's sign-off.",
    docs=[Doc("w76_11.pdf", [[
        H1("SABR TREATMENT CHART - SPINE"),
        KeyValue([("Name / Enw", patient(11)), ("Hospital no.", mrn(11)), ("Consultant", "Dr Rhiannon Pritchard-Mensah"),
                  ("Site", "L1 vertebral body + left pedicle (metastatic breast ca, ER+)"),
                  ("Prescription", "27 Gy in 3 fractions (900 cGy per #), alternate days, to the 78% isodose"),
                  ("Machine", "Robotic-arm mounted 6 MV linac - spine tracking (no fiducials)"),
                  ("Position", "Supine, vacuum mattress, arms by side, knee fix"),
                  ("Planning", "CT 1 mm 27/04/2026 + MRI L-spine T1/T2 28/04/2026 fused; TAFF-PLAN 5 (invented), 167 beams"),
                  ("Constraints", "Cord/cauda PRV Dmax < 21,9 Gy (plan 19,8 Gy); kidneys V10 < 30%")]),
        RuledTable([("#", "Date", "Dose (cGy)", "Total (cGy)", "Tracking (mean/max mm)", "Imaging pairs", "RTT", "Phys"),
                    ("1", "05/05/2026", "900", "900", "0,4 / 1,0", "52", "GE / LW", "DM"),
                    ("2", "07/05/2026", "900", "1800", "0,5 / 1,2", "49", "GE / SR", "DM"),
                    ("3", "09/05/2026", "900", "2700", "0,3 / 0,9", "55", "LW / SR", "DM")]),
        P("Course completed 09/05/2026. Total delivered 2700 cGy / 3# to L1. No pain flare. Next: MRI spine 3/12, "
          "oncology review."),
        sig("Dr Rhiannon Pritchard-Mensah, Consultant Clinical Oncologist 09/05/2026"),
        sig("Dafydd Morgan-Blythe, Principal Physicist - plan check and DQA passed 01/05/2026"),
    ]], opts=dict(header=banner(_c, "Radiotherapy", 11, "14/08/1963"), scan=True, scan_dpi=140,
                  scan_skew=1.2, scan_noise=9.0))])

# w76_12 -- pdf (India): dictated completion note, T8 + paraspinal one PTV, 3000 cGy/5#; no positioning; 63621 claimed ---------
_c = "GODAVARI INSTITUTE OF ONCOLOGY, NASHIK"
add(name="w76_12", kind="pdf", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 5, ["CT", "MRI"], []),
    lesions=[L("T8 vertebral metastasis with right paraspinal extension (one PTV)", "spinal", None, 30, 5)],
    categories=cats(positioning=False),
    notes="Indian dictated SBRT completion note: T8 vertebral metastasis with right paraspinal soft-tissue "
          "extension planned as one PTV, 3000 cGy in 5 fractions (600 cGy/#), CT + MRI, VMAT, CBCT each fraction, "
          "physics QA. No immobilisation device is mentioned: positioning unmet. One lesion: 63621 wrong.",
    docs=[Doc("w76_12.pdf", [[
        H1("SBRT COMPLETION NOTE"),
        P(f"Name: {patient(12)}    CR No.: {mrn(12)}    Age/Sex: 58 Y / M    Date: 22/05/2026"),
        P("Consultant: Dr Meenakshi Deshpande-Rao, MD (Radiotherapy)    Dictated to: Ms P. Gaikwad"),
        P("Diagnosis: Carcinoma oesophagus (adeno, GEJ) post neoadjuvant CRT and surgery 2024; now solitary T8 vertebral "
          "metastasis with right paraspinal soft tissue component 2,4 cm, no cord compression (ESCC grade 1a). KPS 80."),
        P("Planning: CECT thorax 1,25 mm on 08/05/2026 and MRI dorsal spine with contrast on 07/05/2026, fused. GTV = "
          "vertebral lesion and the contiguous paraspinal component, contoured as one volume; CTV per consensus; PTV = "
          "CTV + 2 mm. Single PTV_T8."),
        P("Prescription: 3000 cGy in 5 fractions, 600 cGy per fraction, to PTV_T8 (D95% = Rx), VMAT 2 arcs, 6 MV FFF, "
          "TPS SAHYADRI-Plan 2 (invented). Cord PRV Dmax 2310 cGy, oesophagus (residual conduit) D0.03cc 2640 cGy. "
          "Physics QA passed (portal dosimetry 98,6%)."),
        P("Treatment: 12/05, 13/05, 14/05, 15/05 and 18/05/2026. CBCT before every fraction with couch correction, "
          "approved by the treating doctor. Total 3000 cGy / 5# delivered to T8 with paraspinal extension. Tolerated well, "
          "grade 1 oesophagitis managed with sucralfate."),
        P("Advice: review after 4 weeks with MRI dorsal spine at 3 months. Continue tab. pantoprazole, analgesics SOS."),
        sig("Dr Meenakshi Deshpande-Rao, Consultant Radiation Oncologist 22/05/2026"),
        sig("Dr Kunal Bhosale, Senior Resident 22/05/2026"),
    ]], opts=dict(header=banner(_c, "Department of Radiotherapy", 12, "03/01/1968")))])


# ==================================================================================================
# Body
# ==================================================================================================

# w76_13 -- bundle (4 files, Ireland): consult 54 Gy/3#, sim changes to 55 Gy/5# (chest wall), on-treatment, completion ----
_c = "SLIEVENAMON UNIVERSITY HOSPITAL"
add(name="w76_13", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe peripheral NSCLC", "body", None, 55, 5)],
    categories=cats(),
    notes="Irish four-file bundle: dictated consult proposing SABR 54 Gy in 3# for a 2.3 cm RUL adenocarcinoma, "
          "simulation note (4DCT, PET-CT fused for the GTV, vacuum bag; tumour abuts the chest wall so changed to "
          "55 Gy in 5#), on-treatment review at fraction 3 of 5 and a completion summary PDF with five fraction rows "
          "and CBCT. The consult's 54 Gy/3# is superseded.",
    docs=[
        Doc("1_consult.txt", text=f"""
SLIEVENAMON UNIVERSITY HOSPITAL - Department of Radiation Oncology
Outpatient consultation (dictated)          Clinic date: 07/05/2026
MRN: {mrn(13)}     Name: {patient(13)}     DOB: 19/09/1944
Consultant: Dr Caoimhe Fitzmaurice-Adebayo

Thank you for referring this 81-year-old lady with a 2,3 cm right upper lobe adenocarcinoma (EBUS/CT-guided biopsy 15/04/2026,
TTF-1 positive), staged cT1c N0 M0 on PET-CT of 22/04/2026. She has COPD with an FEV1 of 0,95 L and was felt unsuitable for
lobectomy at the thoracic surgical MDT. Performance status 1.

The lesion is peripheral and I have recommended stereotactic ablative radiotherapy (SABR). My provisional prescription is
54 Gy in 3 fractions, although this may be adjusted once I see its relationship to the chest wall on the planning scan. We
discussed fatigue, cough, chest-wall pain, rib fracture and a small risk of pneumonitis. She wishes to proceed and will be
booked for a 4DCT planning scan.

Dr Caoimhe Fitzmaurice-Adebayo, Consultant Radiation Oncologist (dictated, not read)
{FOOT}
"""),
        Doc("2_simulation_note.txt", text=f"""
SLIEVENAMON UNIVERSITY HOSPITAL - RADIOTHERAPY PLANNING NOTE
{patient(13)}   MRN {mrn(13)}   Date 13/05/2026

Immobilisation: vacuum bag, arms above head on wing board, knee rest. Tattoos x3.
4DCT 2 mm, 10 phases, free breathing; tumour motion 7 mm sup-inf. ITV from MIP checked on all phases.
PET-CT 22/04/2026 registered to the average CT to help delineate the GTV (spiculated margin).
Finding: the tumour is in broad contact with the chest wall (lateral 3rd-4th rib). Chest wall dose with 3 fractions would
exceed our constraint. PRESCRIPTION CHANGED: 55 Gy in 5 fractions (11 Gy per fraction), alternate days, PTV = ITV + 5 mm,
prescribed to the ~80% isodose so that 95% of the PTV receives 55 Gy.
Planning: VMAT 2 partial arcs, 6 MV FFF, EIREPLAN 12 (invented).
Dr C. Fitzmaurice-Adebayo / Ms N. Galvin (Clinical Specialist RT)
{FOOT}
"""),
        Doc("3_on_treatment_review.txt", text=f"""
SLIEVENAMON UNIVERSITY HOSPITAL - ON-TREATMENT REVIEW
{patient(13)}   MRN {mrn(13)}   Review date 22/05/2026   Fraction 3 of 5 given today (33 Gy to date)

S: Tired in the afternoons. Slight dry cough, unchanged from baseline. No chest pain. Eating well.
O: PS 1. SpO2 95% on air. CBCT images today reviewed: soft-tissue match to ITV good (2 mm), approved.
A/P: Tolerating SABR well. Continue fractions 4 and 5 as planned (25/05 and 27/05). Review at completion.
Dr Eoin Brannock, Registrar, for Dr Fitzmaurice-Adebayo
{FOOT}
"""),
        Doc("4_completion_summary.pdf", [[
            H1("SABR Completion Summary"),
            KeyValue([("Patient", f"{patient(13)}   MRN {mrn(13)}"), ("Site", "Right upper lobe, peripheral, abutting chest wall"),
                      ("Prescription", "55 Gy in 5 fractions (11 Gy/#), 95% of PTV to receive 55 Gy"),
                      ("Unit", "6 MV FFF gantry linac"), ("Immobilisation", "Vacuum bag, wing board"),
                      ("Planning imaging", "4DCT 13/05/2026; PET-CT 22/04/2026 fused"),
                      ("Plan", "EIREPLAN 12 (invented), VMAT 2 arcs; chest wall D30cc 30,2 Gy; lungs V20 5,1%")]),
            RuledTable([("Fraction", "Date", "Dose (Gy)", "Cumulative (Gy)", "CBCT match"),
                        ("1", "18/05/2026", "11", "11", "ITV, 1,9 mm"),
                        ("2", "20/05/2026", "11", "22", "ITV, 2,4 mm"),
                        ("3", "22/05/2026", "11", "33", "ITV, 2,0 mm"),
                        ("4", "25/05/2026", "11", "44", "ITV, 1,6 mm"),
                        ("5", "27/05/2026", "11", "55", "ITV, 1,8 mm")]),
            P("Completed 27/05/2026: 55 Gy in 5 fractions to the RUL tumour, no interruptions. Grade 1 fatigue. CT thorax in 3 "
              "months; clinic review then."),
            sig("Dr Caoimhe Fitzmaurice-Adebayo, Consultant Radiation Oncologist 27/05/2026"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 13, "19/09/1944"))),
    ])

# w76_14 -- pdf dictation (US): robotic liver SBRT HCC 4500 cGy in 3, fiducials + vacuum cushion -----------------------------
add(name="w76_14", kind="pdf", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("segment VI hepatocellular carcinoma", "body", None, 45, 3)],
    categories=cats(),
    notes="US transcribed end-of-treatment note printed as a PDF: segment VI HCC after failed chemoembolization, "
          "three gold fiducials, vacuum cushion, triphasic CT + MRI, robotic-arm linac with fiducial tracking and a "
          "respiratory motion model, 4500 cGy in 3 fractions to the 72% isodose, physics QA. The earlier TACE and "
          "its CT are history.",
    docs=[Doc("w76_14.pdf", [[
        P("SONORAN FOOTHILLS CANCER INSTITUTE - Radiation Oncology"),
        P("END OF TREATMENT NOTE (transcribed)"),
        P(f"Patient: {patient(14)}    MRN: {mrn(14)}    DOB: 11/03/1959    Date: 05/05/2026"),
        P("Attending: Rosalind Achterberg-Nwosu, MD"),
        P("DIAGNOSIS: Hepatocellular carcinoma, segment VI, 3.4 cm, Child-Pugh A6, BCLC A, persistent arterial enhancement "
          "after TACE x2 (last 01/14/2026)."),
        P("COURSE: Stereotactic body radiation therapy to the liver on the robotic-arm mounted 6 MV linac."),
        P("Three gold fiducial markers were placed percutaneously by interventional radiology on 05/05/2026... correction, "
          "on 04/15/2026. Simulation on 04/22/2026 in a custom vacuum cushion, arms up, with a triphasic contrast CT at 1.25 "
          "mm and a liver MRI with gadoxetate the same afternoon, fused for the GTV. PTV = GTV + 3 mm. Plan in MESQUITE "
          "PLAN 6 (invented): 128 non-isocentric beams, variable-aperture collimator, 4500 cGy in 3 fractions prescribed "
          "to the 72% isodose line, PTV coverage 96.1%, normal liver (liver minus GTV) 700 cc below 15 Gy met, duodenum max "
          "1640 cGy. Physics: DQA with film passed, gamma 97.8%."),
        P("Treatment was delivered on 04/29, 05/01 and 05/04/2026 with fiducial tracking and a correlated respiratory motion "
          "model (external LED markers), model error under 2 mm throughout. She received the full 4500 cGy in 3 fractions "
          "to the segment VI HCC."),
        P("TOLERANCE: Grade 1 nausea after fraction 2, ondansetron as needed. Mild RUQ ache. No fever."),
        P("PLAN: Labs (LFTs, AFP) in 4 weeks, triphasic MRI liver at 3 months, then hepatology clinic with Dr. Kwon."),
        sig("Rosalind Achterberg-Nwosu, MD 05/05/2026 16:44"),
        P("D: 05/04/2026 17:30   T: 05/05/2026 09:12"),
    ]])])

# w76_15 -- dictation (Singapore): prostate SBRT 3625 cGy in 5, fiducials + spacer, gantry linac ---------------------------
add(name="w76_15", kind="dictation", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Singapore dictated completion note: favourable-intermediate-risk prostate cancer, SBRT 3625 cGy in 5 "
          "fractions of 725 cGy on a gantry linac, three gold seeds and a hydrogel spacer, knee and ankle "
          "immobiliser, planning CT + MRI, kV intrafraction monitoring of the seeds, physics QA. The diagnostic "
          "mpMRI and PSMA PET are staging history; the planning MRI counts.",
    docs=[Doc("w76_15.txt", text=f"""
KALLANG RIVERSIDE CANCER CENTRE - DIVISION OF RADIATION ONCOLOGY
Dictated completion note

Patient      : {patient(15)}
NRIC (masked): S****000X (synthetic)
MRN          : {mrn(15)}
Date         : 29 May 2026
Consultant   : Dr Lim Wei Jie Ansgar

Mr Seventysixpatient, a 68-year-old gentleman with favourable intermediate risk adenocarcinoma of the prostate,
Gleason 3 plus 4 equals 7, PSA 7.6, cT2a N0 M0 on PSMA PET-CT of March 2026, has completed stereotactic body radiotherapy.

Three gold fiducial seeds and a hydrogel rectal spacer were inserted transperineally under local anaesthesia on 29 April.
Simulation was on 7 May in a knee and ankle immobiliser with a comfortably full bladder and empty rectum; a planning CT at
1.5 millimetre slices and a planning MRI pelvis, T2 axial and 3D, were acquired the same morning and fused on the seeds.
CTV was the prostate plus the proximal 1 cm of seminal vesicles, PTV 3 millimetres posteriorly and 5 millimetres elsewhere.

The prescription was thirty-six point two five Gray in five fractions, that is 3625 cGy at 725 cGy per fraction, delivered
with two VMAT arcs on the 10 MV flattening-filter-free gantry linac, planned in MERLION-TPS 5 (invented), PTV V100%
95.4%, rectum V36 Gy 0.3 cc, bladder V37 Gy 4.2 cc. Physics plan check and portal dosimetry passed.

Fractions were delivered on 18, 20, 22, 25 and 27 May. Each fraction was preceded by cone-beam CT with matching to the
fiducial seeds, and the seeds were monitored with kV imaging every 20 seconds during delivery; two beam holds for drift
over 2 millimetres on fraction 3 with re-alignment. He received the full 3625 cGy in 5 fractions to the prostate.

Toxicity: grade 1 urinary frequency and nocturia twice a night, tamsulosin started. No bowel toxicity.
Plan: PSA at 3 months and review in clinic. No androgen deprivation therapy was indicated.

Dictated by Dr Lim Wei Jie Ansgar, Senior Consultant, 29/05/2026; transcribed 30/05/2026
{FOOT}
""")])

# w76_16 -- scan (Australia): kidney primary SABR 26 Gy single fraction, completion summary -----------------------------
_c = "HUNTER ESTUARY RADIATION ONCOLOGY"
add(name="w76_16", kind="scan", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 1, ["CT"], ["body_immobilization"]),
    lesions=[L("left kidney primary renal cell carcinoma", "body", None, 26, 1)],
    categories=cats(),
    notes="Scanned (130 dpi, speckled) Australian completion summary: SABR of a 3.8 cm left kidney primary RCC in "
          "one fraction of 26 Gy (body, so 77373/77435 despite one session), 4DCT with contrast, abdominal "
          "compression and vacuum bag, CBCT pre and mid treatment. The diagnostic MRI was declined (pacemaker) "
          "and is not planning imaging.",
    docs=[Doc("w76_16.pdf", [[
        H1("SABR Treatment Summary"),
        KeyValue([("Patient", patient(16)), ("URN", mrn(16)), ("DOB", "05/06/1941"),
                  ("Radiation Oncologist", "Dr Bronwyn Castellanos-Reid"),
                  ("Diagnosis", "Left renal cell carcinoma (clear cell on core biopsy), 3,8 cm, cT1a N0 M0; not fit for nephrectomy"),
                  ("Intent", "Definitive SABR, single fraction"),
                  ("Immobilisation", "Vacuum bag, arms up, abdominal compression belt"),
                  ("Planning imaging", "4DCT with IV contrast 2 mm, 12/05/2026 (MRI not performed - pacemaker)"),
                  ("Plan", "ITV from 4DCT, PTV = ITV + 5 mm; VMAT 2 arcs 10 MV FFF; WOLLEMI-TPS 3 (invented); 26 Gy to the 80% isodose"),
                  ("OAR", "Bowel D0.5cc 11,8 Gy; spinal canal Dmax 7,2 Gy; kidney (L) V13 Gy 31%")]),
        RuledTable([("Date", "Fraction", "Dose", "Imaging", "Notes"),
                    ("19/05/2026", "1 of 1", "26 Gy", "CBCT pre + mid-treatment", "Compression belt checked; delivered")]),
        P("Summary: left kidney RCC treated with SABR 26 Gy in 1 fraction on 19/05/2026. Physics check and patient-specific "
          "QA completed 15/05/2026. Tolerated well; mild nausea on the day. eGFR and CT abdomen at 3 months; urology review."),
        sig("Dr Bronwyn Castellanos-Reid, Radiation Oncologist 19/05/2026"),
    ]], opts=dict(header=banner(_c, "SABR Service", 16, "05/06/1941"), scan=True, scan_dpi=130, scan_noise=7.0))])

# w76_17 -- pdf (England, 2 pages): dictated letter says 35 Gy; attached record gives adrenal 40 Gy/5#; 77432 claimed -------
_c = "WREKIN VALE CANCER CENTRE"
add(name="w76_17", kind="letter", codes=["77373", "77432"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("right adrenal metastasis", "body", None, 40, 5)],
    categories=cats(),
    contradiction="The dictated completion letter says the adrenal metastasis received thirty-five Gray in five fractions, while the attached prescription and treatment record give 40 Gy in 5 fractions (8 Gy per fraction, five rows of 8 Gy).",
    notes="English two-page document: a dictated completion letter to the oncologist (right adrenal metastasis of "
          "NSCLC, SABR 'thirty-five Gray in five fractions') with the attached prescription and treatment record "
          "(40 Gy in 5#, 8 Gy per fraction, 4DCT + MRI, vacuum bag, CBCT each fraction). Gold follows the record. "
          "77432 is the single-session cranial management code: wrong for a body course.",
    docs=[Doc("w76_17.pdf", [[
        P("WREKIN VALE CANCER CENTRE - Clinical Oncology"),
        P("Dictated 03/06/2026   Typed 04/06/2026"),
        P("Dr Jasper Oyelowo-Hart, Consultant Medical Oncologist"),
        P(f"Re: {patient(17)}   DOB 23/01/1953   Hospital No. {mrn(17)}"),
        P("Diagnosis: NSCLC (adenocarcinoma, PD-L1 60%), oligoprogressive right adrenal metastasis on pembrolizumab"),
        P("Treatment: SABR to right adrenal, completed 02/06/2026"),
        P("Dear Jasper,"),
        P("Thank you for referring Mr Seventysixpatient. He has now completed stereotactic ablative radiotherapy to the "
          "right adrenal metastasis, thirty-five Gray in five fractions on alternate days, which finished yesterday. The "
          "attached record gives the details. Apart from a day of nausea after the second fraction he tolerated it well and "
          "there were no interruptions."),
        P("I would suggest continuing pembrolizumab without a break. I have requested a CT chest, abdomen and pelvis in "
          "three months and will see him afterwards."),
        P("Best wishes,"),
        sig("Dr Harriet Vandersteen-Okoro, Consultant Clinical Oncologist"),
        P("Enc: SABR prescription and treatment record"),
    ], [
        H1("SABR - Prescription and Treatment Record (attached)"),
        KeyValue([("Patient", f"{patient(17)} / {mrn(17)}"), ("Target", "PTV_RAdrenal (right adrenal metastasis, 2,9 cm)"),
                  ("Prescription", "40 Gy in 5 fractions, 8 Gy per fraction, alternate days; D95% PTV = 40 Gy"),
                  ("Immobilisation", "Vacuum bag, arms up, knee rest"),
                  ("Imaging", "4DCT 2 mm with contrast 14/05/2026; MRI abdomen T2/DWI 13/05/2026 fused"),
                  ("Plan", "VMAT 2 arcs, 6 MV FFF, SEVERN-TPS 7 (invented); duodenum D0.5cc 28,9 Gy; liver V21 2%")]),
        RuledTable([("#", "Date", "Dose (Gy)", "Total (Gy)", "CBCT", "RTTs"),
                    ("1", "25/05/2026", "8", "8", "match OK, 2 mm", "AB / CJ"),
                    ("2", "27/05/2026", "8", "16", "match OK, 1 mm", "AB / CJ"),
                    ("3", "29/05/2026", "8", "24", "match OK, 2 mm", "CJ / PH"),
                    ("4", "31/05/2026", "8", "32", "match OK, 1 mm", "AB / PH"),
                    ("5", "02/06/2026", "8", "40", "match OK, 2 mm", "AB / CJ")]),
        P("Course complete: 40 Gy / 5# delivered to PTV_RAdrenal."),
        sig("Checked: Dr Harriet Vandersteen-Okoro 02/06/2026"),
    ]], opts=dict(header=banner(_c, "Clinical Oncology", 17, "23/01/1953")))])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# w76_18 -- dictation (US): new-patient lung SBRT consult; simulation to be scheduled; nothing delivered ------------------------
add(name="w76_18", kind="dictation", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: US transcribed new-patient consultation for a 1.8 cm left lower lobe nodule, "
          "recommending SBRT 50 Gy in five fractions, 4D CT simulation 'will be scheduled', fiducials not needed. "
          "Only a recommendation: facts empty, categories unmet, claimed codes inconsistent.",
    docs=[Doc("w76_18.txt", text=f"""
GREEN MOUNTAIN CANCER CARE - RADIATION ONCOLOGY
NEW PATIENT CONSULTATION (transcribed)

PATIENT NAME: {patient(18)}
MRN: {mrn(18)}
DATE OF BIRTH: 04/17/1947
DATE OF CONSULTATION: 06/02/2026
PHYSICIAN: Tobias Ferncastle, MD
REFERRING PHYSICIAN: Naomi Achebe-Lund, MD (Pulmonology)

CHIEF COMPLAINT: Left lower lobe lung nodule.

HISTORY OF PRESENT ILLNESS: Mr. Seventysixpatient is a seventy-nine-year-old former smoker, fifty pack-years, with a
one point eight centimeter spiculated left lower lobe nodule found on lung cancer screening CT on 04/03/2026. PET/CT on
04/20/2026 showed an SUV of four point nine in the nodule without nodal or distant uptake. Navigational bronchoscopy
biopsy on 05/12/2026 showed squamous cell carcinoma. He has severe COPD on home oxygen at night, and thoracic surgery
(Dr. Perreault) felt he is not an operative candidate.

REVIEW OF SYSTEMS: Chronic dyspnea on exertion at one block, stable. No hemoptysis. No weight loss.

PHYSICAL EXAM: ECOG 2. Diminished breath sounds bilaterally. No lymphadenopathy.

ASSESSMENT: Stage IA2 (cT1b N0 M0) squamous cell carcinoma of the left lower lobe, medically inoperable.

PLAN: I recommend stereotactic body radiation therapy. Because the lesion is peripheral, more than two centimeters from
the proximal bronchial tree, I would anticipate fifty Gray in five fractions, or possibly fifty-four Gray in three, to be
decided at planning. We will schedule a 4D CT simulation with abdominal compression or a vacuum cushion, whichever he
tolerates with his breathing; fiducial markers are not needed for this location. We reviewed the expected side effects,
including fatigue, cough, chest wall pain and a five to ten percent risk of symptomatic pneumonitis. He would like time to
talk it over with his daughter and will call us. No treatment has been scheduled yet.

Thank you for this referral.

Tobias Ferncastle, MD
D: 06/02/2026   T: 06/03/2026
{FOOT}
""")])

# w76_19 -- pdf letter (Germany): follow-up after cobalt-60 radiosurgery in 2025; new 3 mm focus watched -----------------------
add(name="w76_19", kind="letter", codes=["77371", "77432", "61796"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: German university clinic follow-up letter (in English, for a patient moving abroad) "
          "twelve months after single-session cobalt-60 radiosurgery in 2025 (two metastases, 20 Gy and 18 Gy, "
          "frame); new 3 mm focus to be watched, radiosurgery 'would be considered' if it grows. No treatment in "
          "this record: facts empty, categories unmet.",
    docs=[Doc("w76_19.pdf", [[
        P("Universitätsklinikum Elbtal - Klinik für Strahlentherapie und Radioonkologie / Department of Radiation Oncology"),
        P("Radiosurgery outpatient clinic"),
        P("Elbtal, 27.05.2026"),
        P("To whom it may concern / Dr Oliver Haughton, Riverside Medical Practice (patient relocating)"),
        P(f"Patient: {patient(19)}, born 08.08.1960, patient no. {mrn(19)}"),
        P("Diagnoses: 1. Brain metastases of a renal cell carcinoma (left nephrectomy 2023). 2. Status post single-session "
          "radiosurgery on the cobalt-60 multi-source unit on 12.05.2025 under stereotactic frame: right frontal metastasis "
          "20 Gy (50% isodose), left occipital metastasis 18 Gy (50% isodose). 3. Arterial hypertension."),
        P("Dear colleague,"),
        P("We saw Mr Seventysixpatient today for his 12-month follow-up. He is well, working full-time, neurologically "
          "without deficit, KPS 100, on nivolumab/cabozantinib maintenance."),
        P("The MRI of 20.05.2026 shows the treated right frontal metastasis reduced to 3 mm with minimal perifocal change and "
          "complete response of the left occipital metastasis. There is a new punctate 3 mm enhancing focus in the left "
          "cerebellar hemisphere, which may be a new metastasis or a vascular structure."),
        P("Recommendation: short-interval MRI in 8 weeks. If the cerebellar focus grows, radiosurgery would be considered; "
          "no treatment is indicated at present and none was given. As the patient is moving to the United Kingdom in "
          "July we enclose the 2025 treatment report for his new team."),
        P("With kind regards,"),
        sig("Prof. Dr. med. Konstanze Wehrmann-Ilić, Director; Dr. med. Jonas Feldhusen, Resident"),
    ]])])

# w76_20 -- bundle (3 files, US): spine referral, consult recommending SBRT T12, addendum: surgery instead, SBRT cancelled ------
_c = "PIEDMONT CREEK ONCOLOGY ASSOCIATES"
add(name="w76_20", kind="bundle", codes=["77373", "77435", "63620"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative in three files: a referral fax for spine SBRT, a two-page dictated consult recommending "
          "24 Gy in 2 fractions to T12 with simulation and MRI to be arranged, and an addendum: high-grade epidural "
          "compression on the MRI, decompression and fixation by neurosurgery, SBRT cancelled before simulation, "
          "post-operative treatment to be decided later. Nothing simulated or delivered.",
    docs=[
        Doc("1_referral.txt", text=f"""
FAX - PIEDMONT CREEK ONCOLOGY ASSOCIATES - NEW REFERRAL
To: Radiation Oncology scheduling          From: Dr. Celeste Abernathy-Moyo, Hematology/Oncology
Date: 05/20/2026    Pages: 1

Patient: {patient(20)}   MRN: {mrn(20)}   DOB: 10/02/1952
Reason: Please evaluate for stereotactic radiation (SBRT) to T12 metastasis, breast cancer, ER+/HER2-. Back pain x 3 weeks.
CT C/A/P 05/15/2026: lytic T12 lesion with posterior element involvement. Patient ambulatory. Thank you.
{FOOT}
"""),
        Doc("2_consult.pdf", [[
            H1("Radiation Oncology Consultation"),
            KeyValue([("Patient", patient(20)), ("MRN", mrn(20)), ("Date", "05/22/2026"),
                      ("Physician", "Marguerite Delacroix-Ibe, MD"), ("Referring", "Celeste Abernathy-Moyo, MD")]),
            H2("History"),
            P("74-year-old woman with metastatic ER-positive breast cancer on letrozole and palbociclib since 2024, with three "
              "weeks of progressive mid-back pain, 7/10, radiating around the flanks at night. No weakness; she walks with a "
              "cane for knee arthritis. No bladder or bowel symptoms. CT 05/15/2026 shows a lytic T12 lesion involving the "
              "body and left pedicle with possible soft tissue in the canal."),
            H2("Examination"),
            P("ECOG 1. Tender over T12. Strength 5/5 in the lower extremities, reflexes symmetric, no sensory level."),
        ], [
            H2("Assessment and plan"),
            P("Painful T12 metastasis in a patient with otherwise bone-only, slowly progressive disease. If the MRI confirms "
              "no significant epidural compression, I would recommend spine SBRT, 24 Gy in 2 fractions, with vacuum "
              "immobilization and CBCT guidance. An MRI of the thoracic and lumbar spine with and without contrast has been "
              "ordered for this week and CT simulation will be scheduled once it is reviewed. If there is high-grade "
              "epidural disease she will be referred to neurosurgery first."),
            P("Dexamethasone 4 mg twice daily started today for pain. Total time 60 minutes, more than half in counseling."),
            sig("Marguerite Delacroix-Ibe, MD 05/22/2026 17:05"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 20, "10/02/1952"))),
        Doc("3_addendum.txt", text=f"""
PIEDMONT CREEK ONCOLOGY ASSOCIATES - RADIATION ONCOLOGY ADDENDUM
Patient: {patient(20)}    MRN: {mrn(20)}    Date: 05/29/2026

MRI T/L-spine 05/26/2026: T12 metastasis with circumferential epidural extension, Bilsky grade 3, cord compression without
signal change. Reviewed at spine tumor board 05/27/2026. Neurosurgery (Dr. Vukovic) performed T11-L1 decompression and
posterior instrumented fusion on 05/28/2026.

The planned SBRT is CANCELLED. CT simulation was never performed and no radiation has been given. We will see her
again 2-3 weeks after surgery to decide on post-operative radiation (SBRT versus conventional).

Marguerite Delacroix-Ibe, MD   05/29/2026
{FOOT}
"""),
    ])


CORPUS = Corpus("blind_corpus76", "tests/blind_corpus76", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
