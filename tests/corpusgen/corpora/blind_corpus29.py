"""Twenty-ninth blind corpus, ``tests/blind_corpus29/`` (regenerate: ``python scripts/make_corpus.py blind_corpus29``).

Twenty courses written as dictated notes and long multi-document bundles, the way a hospital's transcription
service and scanning desk deliver them: transcription headers (D:/T:, job numbers, "dictated but not read"),
classic operative notes for frame-based radiosurgery, consult and completion letters to referring doctors,
speech-to-text dictations with spoken punctuation and mis-recognised words, numbers in words, run-on
sentences naming several lesions; bundles of 3-6 documents in which the same lesion has a different name in
each document and the plan changes what the consult recommended; three charts with scanned pages. Hard
negatives: a consult only, a follow-up only and a whole-brain course. Three charts contradict themselves.

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (dictated and text documents are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["AMBROSINE", "BARNABY", "CORDELIA", "DASHIELL", "EULALIA", "FERDINAND", "GWENDOLYN", "HORATIO", "ISOLDE",
         "JASPER", "KERENZA", "LEOPOLD", "MIRABEL", "NATHANIEL", "OPHELIA", "PERCIVAL", "QUENTIN", "ROSALIND",
         "SILAS", "TABITHA"]


def patient(n: int) -> str:
    return f"TWENTYNINEPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-290{n:02d}"


def hdr(clinic: str, n: int, extra: str = "") -> list[str]:
    return [clinic, f"Patient: {patient(n)}    MRN: {mrn(n)}" + (f"    {extra}" if extra else "")]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Gamma Knife and linac cranial (11)
# ==================================================================================================

# b29_01 -- bundle: consult letter (3 mets) + operative note (4th found on the frame MRI) + GammaPlan summary + follow-up
_c = "MARROWFIELD NEUROSCIENCE PAVILION"
add(name="b29_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left frontal", "cranial", S, 20, 1), L("right parietal", "cranial", S, 20, 1),
             L("left cerebellar", "cranial", S, 18, 1), L("right occipital", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Four documents: a dictated consult letter recommending Gamma Knife for three melanoma metastases, "
          "the classic operative note (frame under local, stereotactic MRI shows a fourth 4 mm right occipital "
          "lesion that is added, CT for the skull, plan approved jointly, shots, frame removed), a GammaPlan "
          "summary PDF with structure names (LFrontal, RParietal, LCereb, ROccip_new) and a follow-up note "
          "with a new right temporal lesion to be treated later (not this course). Lesion numbers, plan names "
          "and 'the frontal lesion' name the same four targets; max doses 40/36 Gy and brainstem 9.8 Gy.",
    docs=[
        Doc("1_consult_letter.txt", text=f"""
MARROWFIELD NEUROSCIENCE PAVILION
Department of Radiation Oncology - Gamma Knife Program
RE: {patient(1)}   MRN: {mrn(1)}   DOB: 03/11/1961
Date of visit: 09/16/2026

Dr. Philippa Ibsen-Grove
Marrowfield Oncology Associates

Dear Dr. Ibsen-Grove,

Thank you for referring Mrs. Twentyninepatient, a 65-year-old woman with BRAF wild-type cutaneous melanoma on nivolumab, whom I saw today together with Dr. Caldecott of neurosurgery. Her restaging MRI brain of 09/09/2026 shows three enhancing lesions: a 1.2 cm left frontal metastasis, a 0.8 cm right parietal metastasis and a 2.1 cm left cerebellar metastasis with mild surrounding edema but no hydrocephalus. She has mild word-finding hesitancy only. KPS 90. There is no prior brain radiation.

We discussed whole brain radiation, surgery and radiosurgery. Given the limited number and size of the lesions we recommend single-session Gamma Knife radiosurgery with a Leksell frame, 20 Gy to the two smaller lesions and 18 Gy to the cerebellar lesion, each to the 50% isodose line. Thin-slice stereotactic MRI on the day of treatment may show additional small lesions, and if so we would treat them in the same session. She wishes to proceed and the procedure is scheduled for 10/01/2026.

Thank you again for allowing us to participate in her care.

Sincerely,

Imogen Tregarthen, MD, Radiation Oncology

D: 09/16/2026 16:40   T: 09/17/2026 09:02   Job #: 6620417   Dictated but not read
cc: Rupert Caldecott, MD, Neurosurgery
{FOOT}
"""),
        Doc("2_operative_note.txt", text=f"""
MARROWFIELD NEUROSCIENCE PAVILION - OPERATIVE REPORT
PATIENT: {patient(1)}   MRN: {mrn(1)}   DATE OF PROCEDURE: 10/01/2026

PREOPERATIVE DIAGNOSIS: Metastatic melanoma to the brain, three lesions.

POSTOPERATIVE DIAGNOSIS: Metastatic melanoma to the brain, four lesions.

PROCEDURE: 1. Application of Leksell stereotactic head frame. 2. Gamma Knife stereotactic radiosurgery.

SURGEON: Rupert Caldecott, MD.  RADIATION ONCOLOGIST: Imogen Tregarthen, MD.  PHYSICIST: Ansel Roumieu, PhD.

ANESTHESIA: Local with 1% lidocaine and 0.25% bupivacaine, oral lorazepam.

DESCRIPTION OF PROCEDURE: The patient was brought to the Gamma Knife suite and seated. The pin sites were prepped and infiltrated with local anesthetic and the Leksell G frame was placed with four pins, shifted slightly posterior and to the left to bring the cerebellar lesion well inside the treatable range. She tolerated this well. She was then taken for a stereotactic MRI with the MR indicator box, 1 mm post-gadolinium T1 and T2 FLAIR, which in addition to the three known lesions showed a new 4 mm enhancing lesion in the right occipital lobe. A stereotactic CT with the CT indicator box was obtained for the skull definition and registered to the MRI in Leksell GammaPlan. The four targets were outlined and the plan was reviewed and approved jointly by Dr. Tregarthen and myself and checked by physics: lesion 1, the left frontal metastasis, 20 Gy at the 50% isodose line with 6 shots; lesion 2, the right parietal metastasis, 20 Gy at 50% with 4 shots; lesion 3, the left cerebellar metastasis, 18 Gy at 50% with 11 shots; and lesion 4, the newly seen right occipital metastasis, 20 Gy at 50% with 2 shots. Frame coordinates were verified by physics against the plan before the patient was docked. The patient was positioned on the Leksell Gamma Knife Icon couch with the frame fixed to the frame adapter and all four targets were treated in a single session, beam-on time 58 minutes. The frame was then removed, the pin sites were dressed and there was no bleeding.

COMPLICATIONS: None.  ESTIMATED BLOOD LOSS: Minimal.

IMPRESSION: Uncomplicated frame-based Gamma Knife radiosurgery to four brain metastases in one session.

Rupert Caldecott, MD, Neurosurgery.  Co-signed Imogen Tregarthen, MD, Radiation Oncology, 10/02/2026
D: 10/01/2026 14:15   T: 10/01/2026 18:47   Job #: 6631902
{FOOT}
"""),
        Doc("3_gammaplan_summary.pdf", [[
            H1("Leksell GammaPlan - Treatment Plan Summary"),
            KeyValue([("Patient", patient(1)), ("MRN", mrn(1)), ("Plan", "GK_20261001_A"),
                      ("Fixation", "Leksell Coordinate Frame G, Frame Adapter"),
                      ("Images", "MR 1.0 mm (T1 Gd, T2 FLAIR), CT 1.0 mm skull definition"),
                      ("Treatment date", "10/01/2026"), ("Fractions", "1")]),
            RuledTable([("Target", "Volume (cc)", "Rx (Gy)", "Isodose", "Max (Gy)", "Shots", "Coverage"),
                        ("LFrontal", "0.71", "20.0", "50%", "40.0", "6", "99%"),
                        ("RParietal", "0.26", "20.0", "50%", "40.0", "4", "99%"),
                        ("LCereb", "3.02", "18.0", "50%", "36.0", "11", "98%"),
                        ("ROccip_new", "0.04", "20.0", "50%", "40.0", "2", "100%")]),
            P("Organs at risk: brainstem max 9.8 Gy; optic chiasm max 2.1 Gy; V12 (brain) 5.4 cc."),
        ], [
            H2("Physics pre-treatment checklist"),
            TextTable([("Item", "Result"), ("MR fiducial registration (mean/max)", "0.3 mm / 0.6 mm"),
                       ("CT skull definition vs MR", "agree"), ("Shot coordinates, independent check", "pass"),
                       ("Collision check with frame", "clear"), ("Daily output (Icon)", "within 0.8%")],
                      columns=(0, 260)),
            sig("A. Roumieu, PhD, DABR 10/01/2026 11:32; plan approved I. Tregarthen, MD / R. Caldecott, MD"),
        ]], opts=dict(header=hdr(_c, 1), font="Helvetica")),
        Doc("4_followup_note.txt", text=f"""
MARROWFIELD NEUROSCIENCE PAVILION - RADIATION ONCOLOGY FOLLOW-UP
PATIENT: {patient(1)}   MRN: {mrn(1)}   DATE: 11/24/2026

INTERVAL HISTORY: Seen eight weeks after Gamma Knife radiosurgery on 10/01/2026 (four lesions, 18-20 Gy). Word-finding is back to normal. No headaches, no seizures. Off dexamethasone.

IMAGING: MRI brain 11/20/2026: the frontal lesion has decreased from 1.2 cm to 0.6 cm, the parietal and occipital lesions are barely visible, and the cerebellar lesion is stable at 2.0 cm with less edema. There is a new 5 mm enhancing lesion in the right temporal lobe that was not present on the treatment-day MRI.

ASSESSMENT AND PLAN: Good response of the treated lesions. New right temporal metastasis: we recommend Gamma Knife radiosurgery to this lesion, likely 20 Gy, to be scheduled for mid December as a separate procedure. She agrees.

Imogen Tregarthen, MD
D: 11/24/2026   T: 11/25/2026   Job #: 6718824
{FOOT}
"""),
    ])

# b29_02 -- ehr_text: speech-to-text, Gamma Knife Icon mask, cavity + intact met, 3 fractions ------------------
add(name="b29_02", kind="ehr_text", codes=["77373", "77435", "61796", "61797"],
    facts=F("cobalt60", ["cranial"], 2, 3, ["MRI"], ["mask"]),
    lesions=[L("left temporal resection cavity", "cranial", S, 27, 3), L("right frontal", "cranial", S, 24, 3)],
    categories=cats(),
    notes="Speech-to-text dictation left unedited: spoken punctuation ('period', 'comma', 'new paragraph'), "
          "'gamma nice' once for Gamma Knife, numbers in words ('twenty seven gray in three fractions'). "
          "Gamma Knife Icon with a mask: left temporal resection cavity 27 Gy/3 and right frontal metastasis "
          "24 Gy/3 in the same three sessions. Planning MRI only; 'no planning CT' (Icon CBCT is image "
          "guidance). Cavity 2.9 cm, pre-operative tumour 3.6 cm is history.",
    docs=[Doc("b29_02.txt", text=f"""
ASHGROVE VALLEY CANCER INSTITUTE - RADIATION ONCOLOGY
VOICE RECOGNITION DOCUMENT - NOT PROOFREAD
Patient: {patient(2)}   MRN: {mrn(2)}   Visit: 11/12/2026   Author: Bartholomew Nkemelu, MD

stereotactic radiosurgery completion note period new paragraph this is a 58 year old man with lung adenocarcinoma comma status post resection of a 3.6 centimeter left temporal metastasis on 09/29/2026 comma who also has a 9 millimeter right frontal metastasis period he was planned for fractionated gamma nice icon treatment to both the cavity and the intact lesion period new paragraph technique colon a thermoplastic mask was made on 10/30/2026 and a planning MRI with 1 millimeter post contrast T1 and T2 was obtained the same day and imported into gamma plan period no planning CT was done comma the stereotactic reference was the cone beam CT on the Icon at each fraction period the postoperative cavity measured 2.9 centimeters period prescription colon the left temporal cavity received twenty seven gray in three fractions comma nine gray per fraction to the 50 percent isodose line with 24 shots comma and the right frontal metastasis received twenty four gray in three fractions comma eight gray per fraction to the 50 percent isodose line with 5 shots period left optic tract maximum 11.8 gray total period new paragraph treatment colon fractions were delivered 11/09 comma 11/10 and 11/11/2026 on the Leksell Gamma Knife Icon period each fraction began with a cone beam CT co-registered to the planning MRI and the intrafraction motion monitor with the nose marker stayed below the 1.5 millimeter threshold period all three fractions were completed without interruption period new paragraph summary colon left temporal resection cavity 27 gray in 3 fractions comma right frontal metastasis 24 gray in 3 fractions period tolerated well with mild fatigue period next line plan colon MRI brain in 2 months comma continue osimertinib period

Electronically signed: Bartholomew Nkemelu, MD 11/12/2026
{FOOT}
""")])

# b29_03 -- bundle: consult (4 lesions) -> sim note (pontine lesion added) -> physics plan -> scanned treatment record -> completion
_c = "COLDWATER BAY REGIONAL MEDICAL CENTER - RADIATION ONCOLOGY"
add(name="b29_03", kind="bundle", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 5, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal", "cranial", S, 20, 1), L("right parietal", "cranial", S, 20, 1),
             L("left occipital", "cranial", S, 18, 1), L("right cerebellar", "cranial", S, 20, 1),
             L("dorsal pons", "cranial", C, 15, 1)],
    categories=cats(),
    notes="Five documents: consult recommending linac SRS 20 Gy to four lesions; simulation note (Encompass "
          "mask, CT) where the planning MRI shows a new 4 mm dorsal pontine lesion that is added; physics plan "
          "summary (PTV_ names, single-isocentre HyperArc) where the left occipital dose is lowered to 18 Gy; a "
          "treatment record scanned at 200 dpi (Courier); a completion summary. Pons = within the brainstem "
          "(complex). Brainstem max 15.9 Gy vs the 15 Gy pontine Rx.",
    docs=[
        Doc("1_consult.txt", text=f"""
COLDWATER BAY REGIONAL MEDICAL CENTER - RADIATION ONCOLOGY CONSULTATION
PATIENT: {patient(3)}   MRN: {mrn(3)}   DATE: 10/19/2026   REFERRING: Dr. Oswin Marchetti, Medical Oncology

HISTORY OF PRESENT ILLNESS: 71-year-old woman with EGFR-mutant lung adenocarcinoma, on osimertinib since 2025, with new headaches. MRI brain 10/12/2026 shows four metastases: lesion 1 left frontal 1.0 cm, lesion 2 right parietal 0.7 cm, lesion 3 left occipital 2.4 cm and lesion 4 right cerebellar 0.9 cm. No hydrocephalus. KPS 80. No prior cranial radiation.

IMPRESSION AND RECOMMENDATION: Four brain metastases, all under 3 cm and away from the optic apparatus and brainstem. I recommend single-fraction linac radiosurgery, 20 Gy to each lesion, with a frameless mask. Whole brain radiation was discussed and she prefers to avoid it. Simulation on 10/26/2026.

Eudora Pennyfeather, MD
D: 10/19/2026   T: 10/20/2026   Job: 3340981
{FOOT}
"""),
        Doc("2_simulation_note.txt", text=f"""
COLDWATER BAY REGIONAL MEDICAL CENTER - SIMULATION NOTE
PATIENT: {patient(3)}   MRN: {mrn(3)}   DATE: 10/26/2026

The patient was simulated supine in an Encompass SRS thermoplastic mask with a custom head cushion. A 1 mm non-contrast CT of the head was acquired. The planning MRI obtained 10/25/2026 (volumetric post-gadolinium T1, T2 FLAIR) was fused to the CT in Eclipse. On the planning MRI there is a new 4 mm enhancing focus in the dorsal pons not seen on 10/12; after discussion with the patient it will be treated in the same session at a reduced dose because it lies within the brainstem. Five targets will be contoured.

E. Pennyfeather, MD / R. Tiwana, CMD
{FOOT}
"""),
        Doc("3_physics_plan_summary.pdf", [[
            H1("SRS Plan Summary - Physics"),
            KeyValue([("Patient", patient(3)), ("MRN", mrn(3)), ("Machine", "Varian TrueBeam STx, 6 MV FFF"),
                      ("Technique", "HyperArc, single isocenter, 4 non-coplanar arcs"),
                      ("Planning system", "Eclipse 18.0"), ("Fractions", "1")]),
            RuledTable([("Structure", "Size", "Rx (Gy)", "Prescribed to", "Coverage"),
                        ("PTV_LFrontal", "1.0 cm", "20", "80% IDL", "99.1%"),
                        ("PTV_RParietal", "0.7 cm", "20", "80% IDL", "99.6%"),
                        ("PTV_LOccipital", "2.4 cm", "18", "80% IDL", "98.4%"),
                        ("PTV_RCerebellar", "0.9 cm", "20", "80% IDL", "99.3%"),
                        ("PTV_Pons", "0.4 cm", "15", "80% IDL", "98.9%")]),
            P("Dose to PTV_LOccipital reduced from 20 Gy (consult) to 18 Gy because of its size and V12 of the adjacent brain. Brainstem max 15.9 Gy (within the pontine target); optic chiasm max 1.7 Gy; brain V12 minus PTVs 6.2 cc."),
            P("Patient-specific QA: portal dosimetry gamma 2%/1 mm 98.7% pass. Independent MU check (RadCalc) within 2.1%."),
            sig("Lucan Feversham, MS, DABR 10/30/2026; approved E. Pennyfeather, MD 10/30/2026"),
        ]], opts=dict(header=hdr(_c, 3), font="Helvetica")),
        Doc("4_treatment_record_scanned.pdf", [[
            H1("SRS TREATMENT RECORD"),
            P("Pt: " + patient(3) + "   MRN " + mrn(3) + "   Date 11/03/2026   Fx 1 of 1"),
            TextTable([("Field", "Arc", "MU", "Init"), ("Arc1", "181-179", "1412", "KB"), ("Arc2", "30-179 c90", "1105", "KB"),
                       ("Arc3", "181-330 c315", "1087", "MS"), ("Arc4", "181-330 c45", "998", "MS")], columns=(0, 100, 220, 300)),
            P("CBCT pre-tx matched to planning CT, 6DoF shifts: lat -0.8 vert +0.4 lng +1.1 mm, pitch 0.3 roll -0.2. Approved E.P. MD at console. Repeat CBCT after arc 2: < 0.5 mm."),
            P("All 5 targets treated (L frontal, R parietal, L occipital, R cerebellar, pons). Pt tolerated well."),
            P("Therapists: K. Brightman RTT, M. Szabo RTT        Physicist present: L.F."),
        ]], opts=dict(header=hdr(_c, 3), scan=True, scan_dpi=200, font="Courier")),
        Doc("5_completion_summary.txt", text=f"""
COLDWATER BAY REGIONAL MEDICAL CENTER - TREATMENT COMPLETION SUMMARY
PATIENT: {patient(3)}   MRN: {mrn(3)}   DATE: 11/04/2026

Single-fraction stereotactic radiosurgery was delivered on 11/03/2026 on the TrueBeam STx with an Encompass mask and CBCT guidance to five brain metastases: the left frontal lesion 20 Gy, the right parietal lesion 20 Gy, the left occipital lesion 18 Gy, the right cerebellar lesion 20 Gy and the dorsal pontine lesion 15 Gy, all in one fraction. She tolerated treatment without acute side effects. MRI in 8 weeks. Osimertinib continues.

Eudora Pennyfeather, MD   Electronically signed 11/04/2026
{FOOT}
"""),
    ])

# b29_04 -- bundle: trigeminal neuralgia, consult letter + operative note + 6-week follow-up ---------------------
add(name="b29_04", kind="bundle", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Neurosurgery consult letter, operative note and follow-up for right V2/V3 trigeminal neuralgia: "
          "Leksell frame under local, stereotactic MRI (CISS) + CT, one 4 mm shot, 80 Gy maximum dose at the "
          "retrogasserian root (functional target, complex). Prior microvascular decompression (2021) and "
          "glycerol rhizotomy (2023) in the history; the brainstem 15 Gy isodose and the 20% isodose line are "
          "not doses to a target.",
    docs=[
        Doc("1_consult_letter.txt", text=f"""
LARKSPUR RIDGE HOSPITAL - DEPARTMENT OF NEUROSURGERY
RE: {patient(4)}   MRN: {mrn(4)}   Consultation date: 10/07/2026

Dear Dr. Hollingworth-Baye,

Thank you for asking me to see this pleasant 74-year-old gentleman with right-sided trigeminal neuralgia in the second and third divisions. He had a microvascular decompression in 2021 with four years of relief, then a glycerol rhizotomy in 2023 with relief for about eighteen months. His lancinating pain has returned despite carbamazepine 800 mg daily and gabapentin, and he is now BNI pain score IV. His MRI shows postoperative changes without a new compressive vessel.

I have recommended Gamma Knife radiosurgery to the right trigeminal nerve with a Leksell frame, using a single 4 mm shot with a maximum dose of 80 Gy. We discussed the chance of facial numbness of about 10-15% and the delay of several weeks before relief. He wishes to proceed on 10/21/2026.

With kind regards,

Severin Achterberg, MD, Neurosurgery
D: 10/07/2026   T: 10/08/2026   Job #: 50-22871
{FOOT}
"""),
        Doc("2_operative_note.txt", text=f"""
LARKSPUR RIDGE HOSPITAL - OPERATIVE NOTE
PATIENT: {patient(4)}   MRN: {mrn(4)}   DATE OF SURGERY: 10/21/2026

PREOPERATIVE DIAGNOSIS: Right trigeminal neuralgia, V2 and V3, medically refractory, status post microvascular decompression and glycerol rhizotomy.
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: Stereotactic head frame application; Gamma Knife radiosurgery of the right trigeminal nerve.
SURGEON: Severin Achterberg, MD.  RADIATION ONCOLOGY: Marguerite Osei-Lindqvist, MD.  PHYSICS: Tobiah Renwick, MS.

DESCRIPTION OF PROCEDURE: The patient was brought to the radiosurgery suite and the Leksell G frame was applied under local anesthesia with 1% lidocaine at four pin sites. He was taken for a stereotactic MRI with 0.6 mm CISS and post-contrast T1 sequences, and a stereotactic CT was obtained to correct for the distortion and the postoperative artefact from the MVD. The images were fused in GammaPlan and the right trigeminal nerve was identified in the prepontine cistern. A single 4 mm isocenter was placed on the retrogasserian nerve about 7 mm anterior to the root entry zone, with a maximum dose of 80 Gy (100% isodose). The brainstem surface received less than 15 Gy and the 20% isodose line did not touch the pons. The plan was approved jointly by Dr. Osei-Lindqvist and myself, and the frame coordinates were checked independently by physics. The patient was positioned on the Gamma Knife Perfexion and treated in one session, 41 minutes. The frame was removed and the pin sites were dressed.

COMPLICATIONS: None.
IMPRESSION: Gamma Knife radiosurgery, 80 Gy maximum dose to the right trigeminal nerve, single session.

S. Achterberg, MD   Co-signed M. Osei-Lindqvist, MD 10/22/2026
D: 10/21/2026   T: 10/22/2026   Job #: 50-23310   Dictated but not read
{FOOT}
"""),
        Doc("3_followup.txt", text=f"""
LARKSPUR RIDGE HOSPITAL - NEUROSURGERY CLINIC NOTE
PATIENT: {patient(4)}   MRN: {mrn(4)}   DATE: 12/01/2026

Six weeks after Gamma Knife radiosurgery of the right trigeminal nerve (80 Gy max, 10/21/2026). Pain now BNI III, carbamazepine reduced to 400 mg. No facial numbness. No new imaging. Return in 3 months; MRI only if symptoms change.

S. Achterberg, MD
{FOOT}
"""),
    ])

# b29_05 -- pdf: completion letter says four lesions, treatment record lists three (contradiction) ---------------
_c = "THORNBURY CROSS CANCER CENTRE - RADIATION ONCOLOGY"
add(name="b29_05", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal", "cranial", S, 20, 1), L("left parietal", "cranial", S, 20, 1),
             L("right cerebellar", "cranial", S, 18, 1)],
    categories=cats(),
    contradiction="The completion letter says all four lesions were treated; the plan and the treatment record list three (right frontal, left parietal, right cerebellar).",
    notes="Dictated completion letter to the referring oncologist ('Dear Dr', 'thank you for referring') that "
          "says 'all four lesions', followed by a plan page and treatment record listing three lesions on an "
          "Elekta Versa HD with a frameless mask: right frontal 20 Gy, left parietal 20 Gy, right cerebellar "
          "18 Gy, single fraction. Gold follows the plan and record (3).",
    docs=[Doc("b29_05.pdf", [[
        P("Thornbury Cross Cancer Centre, Radiation Oncology, 14 Kestrel Row"),
        P("11/18/2026"),
        P("Dr. Valentina Fairweather-Obi, Department of Medical Oncology"),
        P("RE: " + patient(5) + "    MRN " + mrn(5)),
        P("Dear Dr. Fairweather-Obi,"),
        P("Thank you for referring this 60-year-old man with HER2-positive breast cancer metastatic to the brain. I am writing to let you know that he completed single-fraction stereotactic radiosurgery on 11/16/2026. All four lesions were treated in one session on our Versa HD with a frameless thermoplastic mask, and he tolerated it well apart from a mild headache that evening. The prescriptions were 20 Gy to the right frontal and left parietal lesions and 18 Gy to the right cerebellar lesion, prescribed to the 80% isodose line. He will have an MRI in two months and I will see him afterwards. Please continue trastuzumab deruxtecan as planned."),
        P("Yours sincerely,"),
        sig("Ottoline Brackenbury, MD, FRCR 11/18/2026"),
        P("D: 11/17/2026  T: 11/18/2026  Ref: TCC/RO/88216"),
    ], [
        H1("SRS Plan and Treatment Record"),
        KeyValue([("Unit", "Elekta Versa HD, Agility MLC, 6 MV FFF"), ("Planning", "Monaco 6.1, VMAT, 1 isocentre, 5 arcs"),
                  ("Immobilisation", "Orfit frameless SRS mask"), ("Planning imaging", "CT 1 mm 11/05/2026 fused with MRI T1+C 11/06/2026"),
                  ("Treatment date", "11/16/2026 (fraction 1 of 1)")]),
        RuledTable([("Target", "Max dim.", "Rx", "IDL", "PTV D98", "Delivered"),
                    ("PTV1 R frontal", "1.3 cm", "20 Gy", "80%", "19.8 Gy", "20 Gy x 1"),
                    ("PTV2 L parietal", "0.8 cm", "20 Gy", "80%", "19.9 Gy", "20 Gy x 1"),
                    ("PTV3 R cerebellar", "2.2 cm", "18 Gy", "80%", "17.7 Gy", "18 Gy x 1")]),
        P("Image guidance: XVI CBCT before treatment with HexaPOD 6D correction (max 1.2 mm / 0.6 deg), repeat CBCT mid-treatment. Physics: ArcCHECK patient QA 99.1% (3%/1 mm) and independent dose calculation within 1.8%, T. Wellbeloved, MSc."),
        P("Brainstem max 7.9 Gy; optic chiasm max 1.2 Gy."),
        sig("Ottoline Brackenbury, MD 11/16/2026; Tamsin Wellbeloved, MSc, Physicist 11/16/2026"),
    ]], opts=dict(header=hdr(_c, 5), font="Times-Roman"))])

# b29_06 -- ehr_text: operative note, Gamma Knife frame, left vestibular schwannoma 12 Gy ------------------------
add(name="b29_06", kind="ehr_text", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    notes="Transcription-service operative note (D:/T:, job number, 'dictated but not read') for frame-based "
          "Gamma Knife of a left vestibular schwannoma (complex by type), 12 Gy to the 50% isodose line, "
          "cochlea 3.9 Gy, brainstem max 11.2 Gy, trigeminal nerve 9.6 Gy. Koos grade and the 2024 observation "
          "MRIs are history; an audiogram is not imaging.",
    docs=[Doc("b29_06.txt", text=f"""
PENHALLOW NEUROSURGICAL ASSOCIATES
at St. Brannock Infirmary
** TRANSCRIBED BY CLEARDICTA MEDICAL TRANSCRIPTION - DICTATED BUT NOT READ **

OPERATIVE REPORT

PATIENT NAME: {patient(6)}
MEDICAL RECORD NO: {mrn(6)}
DATE OF OPERATION: 11/05/2026
SURGEON: Peregrine Oyelaran-Haste, MD
CO-SURGEON (RADIATION ONCOLOGY): Clemency Vashti, MD

PREOPERATIVE DIAGNOSIS: Left vestibular schwannoma, Koos grade II, with documented growth.

POSTOPERATIVE DIAGNOSIS: Same.

OPERATION: Leksell stereotactic frame placement and Gamma Knife radiosurgery of the left vestibular schwannoma.

INDICATIONS: This 52-year-old woman was found in 2024 to have a left intracanalicular and cisternal schwannoma after asymmetric hearing loss. Serial MRIs in 2024 and 2025 show growth from 1.2 to 1.8 cm. Her audiogram shows serviceable hearing, pure tone average 35 dB. Observation, microsurgery and radiosurgery were discussed and she chose radiosurgery.

DESCRIPTION OF OPERATION: The patient was brought to the Gamma Knife center and placed in the sitting position. After sterile preparation, local anesthetic was infiltrated and the Leksell frame was secured with four pins, placed low and to the left. Stereotactic MRI was obtained with 1 mm post-contrast T1 and 0.5 mm CISS sequences, and a stereotactic CT was obtained and fused. The tumor, measuring 1.8 x 1.4 x 1.2 cm, volume 1.3 cc, was contoured together with the cochlea, the facial and trigeminal nerves and the brainstem. A 19-shot plan was developed in GammaPlan and approved jointly by Dr. Vashti and myself: marginal dose 12 Gy to the 50% isodose line, maximum 24 Gy, conformity index 0.91. Cochlea mean dose 3.9 Gy, brainstem maximum 11.2 Gy, trigeminal nerve 9.6 Gy. The frame coordinates and the plan were independently verified by the physicist, Mr. Lysander Quaye. The patient was docked on the Leksell Gamma Knife Perfexion and the treatment was delivered in a single session over 64 minutes without interruption. The frame was removed at the end of the procedure and the pin sites were dressed. There was no bleeding.

ESTIMATED BLOOD LOSS: None.
COMPLICATIONS: None.

IMPRESSION: Single-session Gamma Knife radiosurgery, 12 Gy marginal dose to the left vestibular schwannoma.

PLAN: Dexamethasone 4 mg once. MRI and audiogram in 6 months.

PEREGRINE OYELARAN-HASTE, MD
PO/cdt
D: 11/05/2026 15:22
T: 11/06/2026 07:10
JOB #: 0098172
cc: Clemency Vashti, MD; Dr. Ferris Amundsen (ENT)
{FOOT}
""")])

# b29_07 -- ehr_text: TrueBeam FSRT 25 Gy / 5, clinoid meningioma 3 mm from the optic nerve; frame offered, mask used; 61796 wrong
add(name="b29_07", kind="ehr_text", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left anterior clinoid meningioma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Transcribed completion summary for fractionated SRS, five fractions of five gray (numbers in words), "
          "to a left anterior clinoid meningioma 3 mm from the left optic nerve (complex by location). A "
          "single-fraction frame approach was offered and declined; mask used. Optic nerve max 24.1 Gy vs the "
          "25 Gy Rx. Claimed 61796 (simple) is inconsistent.",
    docs=[Doc("b29_07.txt", text=f"""
SILVERBIRCH CANCER CENTER - DEPARTMENT OF RADIATION ONCOLOGY
TRANSCRIPTION: Meridian Voice Services   Job 771-4402   D: 11/20/2026   T: 11/21/2026

TREATMENT SUMMARY

PATIENT: {patient(7)}      MRN: {mrn(7)}
DIAGNOSIS: Meningioma, left anterior clinoid process, WHO grade 1 presumed, enlarging.
REFERRING PHYSICIAN: Anselma Quickfall, MD (Neurosurgery)

HISTORY: 66-year-old woman with an incidentally found left anterior clinoid meningioma in 2023 that has grown from 1.5 to 2.1 cm with early left visual blurring. The lesion lies 3 mm from the left optic nerve. Surgery was felt to carry a high risk to vision. Single-fraction radiosurgery with a head frame was offered but, because of the optic nerve distance and the patient's preference, we elected a fractionated course using a thermoplastic mask instead. No head frame was placed.

TREATMENT: Simulation on 11/05/2026 in an open-face thermoplastic mask with a 1 mm contrast CT, fused with a 3D post-contrast T1 MRI of 11/04/2026. GTV was the enhancing tumor including the dural tail; PTV = GTV + 1 mm. Five fractions of five gray each, a total of twenty-five gray, prescribed to the 80% isodose line, on the TrueBeam STx with two VMAT arcs and one couch-kick arc, 6 MV flattening filter free, Eclipse planning. Left optic nerve maximum 24.1 Gy, chiasm maximum 19.6 Gy, both within the 25 Gy in 5 fraction constraint. Cone-beam CT before each fraction with six degree of freedom corrections, approved by the physician, and intrafraction surface guidance. Patient-specific QA passed (97.9%, 2%/1 mm).

Treatment was given on 11/12, 11/13, 11/16, 11/17 and 11/18/2026, five of five fractions, without breaks.

TOLERANCE: Grade 1 fatigue. Vision unchanged.

SUMMARY: Left anterior clinoid meningioma, 25 Gy in 5 fractions, completed 11/18/2026.

FOLLOW-UP: MRI and formal visual fields in 6 months.

Theodora Ainsworth-Mbeki, MD
TAM/mvs   Electronically signed 11/23/2026
{FOOT}
""")])

# b29_08 -- scan (150 dpi): Gamma Knife frame, seven metastases in a run-on sentence ----------------------------
_c = "HOLLOWAY FEN MEDICAL CENTER - GAMMA KNIFE UNIT"
add(name="b29_08", kind="scan", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 7, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left superior frontal", "cranial", S, 20, 1), L("right precentral", "cranial", S, 20, 1),
             L("left angular gyrus", "cranial", S, 18, 1), L("right occipital pole", "cranial", S, 20, 1),
             L("left cerebellar", "cranial", S, 16, 1), L("right cerebellar", "cranial", S, 20, 1),
             L("left caudate head", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Scanned (150 dpi, Courier) dictated radiosurgery procedure note with the seven targets in one run-on "
          "sentence ('lesion one ... lesion seven'), plus a typed shot table on page 2. Frame under local, "
          "stereotactic MRI (T1 MPRAGE, T2 FLAIR named as sequences) and CT. Left cerebellar 2.8 cm 16 Gy; "
          "all simple (none in the brainstem, none >= 3.5 cm). Prior 2025 SRS to a right temporal lesion "
          "(22 Gy) is history.",
    docs=[Doc("b29_08.pdf", [[
        H1("RADIOSURGERY PROCEDURE NOTE"),
        P("PATIENT: " + patient(8) + "   MRN: " + mrn(8) + "   DOS: 11/10/2026"),
        P("PREOPERATIVE DIAGNOSIS: Multiple brain metastases from adenocarcinoma of the lung. Status post Gamma Knife to a right temporal metastasis, 22 Gy, in March 2025, now resolved."),
        P("PROCEDURE: Leksell frame application and Gamma Knife radiosurgery, single session."),
        P("DESCRIPTION OF PROCEDURE: The patient was brought to the unit and the Leksell frame was placed under local anesthesia without difficulty. Stereotactic MRI with T1 MPRAGE post contrast and T2 FLAIR and a stereotactic CT were obtained and co-registered in GammaPlan, and the plan was approved jointly by neurosurgery and radiation oncology, the targets being lesion one the left superior frontal met treated to 20 Gy, lesion two the right precentral met to 20 Gy, lesion three the left angular gyrus met to 18 Gy, lesion four the right occipital pole met to 20 Gy, lesion five the left cerebellar met measuring 2.8 cm to 16 Gy, lesion six the right cerebellar met to 20 Gy and lesion seven the left caudate head met to 18 Gy, all to the 50 percent isodose line in a single session with a total of 31 shots, and the frame coordinates were verified by physics before docking. The patient tolerated the treatment, 96 minutes, and the frame was removed at the end with the pin sites dressed."),
        P("Brainstem maximum 10.4 Gy, optic apparatus maximum 4.0 Gy, total brain V12 11.9 cc."),
        P("IMPRESSION: Seven metastases treated with Gamma Knife radiosurgery, 16 to 20 Gy."),
        sig("Bellamy Quartermaine, MD (Neurosurgery) / Rosalba Ngata, MD (Radiation Oncology) 11/10/2026"),
        P("D: 11/10/2026   T: 11/11/2026   Job #: HF-20931"),
    ], [
        H1("GAMMAPLAN SHOT SUMMARY"),
        RuledTable([("#", "Target", "Max dim", "Rx Gy", "IDL", "Shots"),
                    ("1", "L sup frontal", "0.9 cm", "20", "50%", "3"),
                    ("2", "R precentral", "0.6 cm", "20", "50%", "2"),
                    ("3", "L angular", "1.6 cm", "18", "50%", "5"),
                    ("4", "R occ pole", "0.5 cm", "20", "50%", "2"),
                    ("5", "L cerebellar", "2.8 cm", "16", "50%", "12"),
                    ("6", "R cerebellar", "0.7 cm", "20", "50%", "3"),
                    ("7", "L caudate", "1.1 cm", "18", "50%", "4")]),
        P("Unit: Leksell Gamma Knife Icon, frame adapter. Physics check of shot coordinates and times: agree. Output QA today within 1%."),
        sig("Physicist: Hywel Pendragon-Sato, PhD 11/10/2026"),
    ]], opts=dict(header=hdr(_c, 8), scan=True, scan_dpi=150, font="Courier"))])

# b29_09 -- bundle: consult (cavity 35 Gy/5) -> sim (new met added) -> plan (cavity lowered to 30 Gy/5) -> OTV -> completion -> follow-up
_c = "GREYWATER INSTITUTE OF ONCOLOGY - RADIATION ONCOLOGY"
add(name="b29_09", kind="bundle", codes=["77373", "77435", "61798", "61797"],
    facts=F("linac", ["cranial"], 2, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left cerebellar resection cavity", "cranial", C, 30, 5), L("left parietal", "cranial", S, 25, 5)],
    categories=cats(),
    notes="Six documents: consult letter recommending 35 Gy/5 to a left cerebellar resection cavity; "
          "simulation note (mask, CT, fused MRI showing a new 6 mm left parietal metastasis, added); physics "
          "plan summary (PTV_Cav_LCb 30 Gy/5, lowered for the brainstem; PTV_LPar 25 Gy/5; cavity 3.6 cm, "
          "complex by size); on-treatment notes; completion summary; follow-up with a new right occipital "
          "lesion to treat later. Prior 2025 SRS 20 Gy to a right frontal lesion is history.",
    docs=[
        Doc("1_consult_letter.txt", text=f"""
GREYWATER INSTITUTE OF ONCOLOGY
Radiation Oncology   |   Consultation letter
Patient: {patient(9)}   MRN: {mrn(9)}   Seen: 10/14/2026

Dear Dr. Ashcombe,

Many thanks for referring Ms. Twentyninepatient, 49, with triple-negative breast cancer. She had single-fraction radiosurgery (20 Gy) to a right frontal metastasis in June 2025, which has since resolved. In September she developed ataxia from a 3.9 cm left cerebellar metastasis that was resected by Mr. Okonjo-Pryce on 09/30/2026. The postoperative MRI shows a clean cavity.

I have recommended fractionated stereotactic radiotherapy to the cavity, 35 Gy in 5 fractions, with a thermoplastic mask, to reduce the risk of local recurrence. She will be simulated next week.

Best wishes,
Ignatius Fairbrother-Lowe, MD
D: 10/14/2026  T: 10/15/2026  Job 4410-87
{FOOT}
"""),
        Doc("2_simulation_note.txt", text=f"""
GREYWATER INSTITUTE OF ONCOLOGY - CT SIMULATION NOTE
Patient: {patient(9)}   MRN: {mrn(9)}   Date: 10/22/2026

Supine, head in a neutral position, Qfix thermoplastic SRS mask with mouthpiece, indexed to the couch. 1 mm CT head without contrast. The planning MRI (10/21/2026, post-contrast T1 and FLAIR) was fused to the CT. The cavity measures 3.6 cm in its largest dimension and is closely applied to the middle cerebellar peduncle. The planning MRI also shows a new 6 mm enhancing lesion in the left parietal lobe, not present on 09/25; this will be added and treated in the same five fractions.

I. Fairbrother-Lowe, MD
{FOOT}
"""),
        Doc("3_physics_plan_summary.pdf", [[
            H1("Stereotactic Plan Summary"),
            KeyValue([("Patient", patient(9)), ("MRN", mrn(9)), ("Machine", "TrueBeam, 6 MV FFF, HD120 MLC"),
                      ("Technique", "VMAT, 1 isocenter, 3 arcs (2 non-coplanar)"), ("TPS", "Eclipse 16.1"),
                      ("Prescription", "5 fractions")]),
            RuledTable([("Structure", "Rx total", "Per fx", "IDL", "V100"),
                        ("PTV_Cav_LCb", "30 Gy", "6 Gy", "80%", "97.2%"),
                        ("PTV_LPar", "25 Gy", "5 Gy", "80%", "99.4%")]),
            P("The cavity prescription was lowered from the 35 Gy recommended at consult to 30 Gy because the PTV abuts the brainstem; brainstem D0.03cc 23.1 Gy, cochlea (L) mean 9.8 Gy. Brain V20 (minus PTV) 14.6 cc."),
            P("QA: portal dosimetry 98.1% (2%/2 mm); second check MU within 1.5%. Daily CBCT with 6DoF couch correction prescribed."),
            sig("Perpetua Anand, MS, DABR 10/28/2026; approved I. Fairbrother-Lowe, MD 10/28/2026"),
        ]], opts=dict(header=hdr(_c, 9), font="Helvetica")),
        Doc("4_on_treatment_notes.txt", text=f"""
GREYWATER INSTITUTE OF ONCOLOGY - ON-TREATMENT VISIT
Patient: {patient(9)}   MRN: {mrn(9)}

11/03/2026 (fx 2 of 5): Tolerating well. Mild nausea, ondansetron PRN. CBCT images and shifts reviewed and approved each day. Continue.

11/05/2026 (fx 4 of 5): Mild fatigue. No headache. Gait improving. Continue to the planned fifth fraction tomorrow.

I. Fairbrother-Lowe, MD
{FOOT}
"""),
        Doc("5_completion_summary.txt", text=f"""
GREYWATER INSTITUTE OF ONCOLOGY - TREATMENT COMPLETION SUMMARY
Patient: {patient(9)}   MRN: {mrn(9)}   Dates: 11/02/2026 to 11/06/2026

Course: fractionated stereotactic radiotherapy, TrueBeam, mask, daily CBCT. Delivered: left cerebellar resection cavity 30 Gy in 5 fractions (6 Gy per fraction) and the new left parietal metastasis 25 Gy in 5 fractions (5 Gy per fraction), both prescribed to the 80% isodose line. Five of five fractions completed on schedule.

Tolerance: grade 1 fatigue and nausea.
Plan: MRI brain in 6-8 weeks.

I. Fairbrother-Lowe, MD   signed 11/06/2026
{FOOT}
"""),
        Doc("6_followup.txt", text=f"""
GREYWATER INSTITUTE OF ONCOLOGY - FOLLOW-UP NOTE
Patient: {patient(9)}   MRN: {mrn(9)}   Date: 12/01/2026

MRI 11/27/2026: the cavity is stable with expected postradiation enhancement; the treated parietal lesion is smaller (4 mm). There is a new 3 mm right occipital lesion. Plan: single-fraction SRS to the right occipital lesion in January 2027; simulation will be booked. No further treatment of the cavity or parietal lesion is needed.

I. Fairbrother-Lowe, MD
{FOOT}
"""),
    ])

# b29_10 -- ehr_text: speech-to-text, Novalis single fraction, targets called L1 and L2; no device named -------
add(name="b29_10", kind="ehr_text", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], []),
    lesions=[L("left insular", "cranial", S, 18, 1), L("right caudate head", "cranial", S, 20, 1)],
    categories=cats(positioning=False),
    notes="Speech-to-text procedure note with 'comma', 'period', 'next line' and lesion labels that look like "
          "spine levels: 'target L1' (left insular metastasis, 18 Gy) and 'target L2' (right caudate head, "
          "20 Gy), single fraction on a Novalis Tx with ExacTrac; 'T2 FLAIR' is a sequence. No immobilization "
          "device is documented (positioning unmet).",
    docs=[Doc("b29_10.txt", text=f"""
BRIGHTWATER NEUROSCIENCES - RADIATION ONCOLOGY
Dictation (speech recognition) - Patient {patient(10)} - MRN {mrn(10)} - Date of service 11/19/2026

SRS procedure note period next line indication colon 57 year old man with renal cell carcinoma comma two new brain metastases on MRI 11/02/2026 comma KPS 90 period new paragraph planning colon a 1 millimeter planning CT was acquired on 11/09/2026 and fused with the post contrast T1 and T2 FLAIR MRI of 11/02/2026 in Brainlab Elements period two targets were contoured colon target L1 comma left insular metastasis comma 1.4 centimeters comma and target L2 comma right caudate head metastasis comma 0.8 centimeters period new paragraph prescription colon target L1 eighteen gray in a single fraction comma target L2 twenty gray in a single fraction comma both to the 80 percent isodose line comma dynamic conformal arcs comma 5 arcs comma one isocenter comma Novalis Tx period optic chiasm max 3.2 gray comma brainstem max 6.1 gray period physics second check done and patient specific QA passed period new paragraph delivery colon on 11/19/2026 the patient was set up with ExacTrac X-ray stereoscopic imaging and 6D couch correction comma verified again before each arc period both targets were treated in one fraction without incident period next line impression colon single fraction SRS to L1 left insula 18 gray and L2 right caudate 20 gray period follow up MRI 6 weeks period

Electronically signed: Florian Adebayo-Strand, MD 11/19/2026 17:02
{FOOT}
""")])

# b29_11 -- bundle: Gamma Knife Icon single session with a mask after a frame was offered; prior GK in history; 61800 wrong
_c = "OAKHURST MEADOWS HOSPITAL - GAMMA KNIFE CENTRE"
add(name="b29_11", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 2, 1, ["MRI"], ["mask"]),
    lesions=[L("right temporal", "cranial", S, 20, 1), L("left thalamic", "cranial", S, 16, 1)],
    categories=cats(),
    notes="Four documents: consult letter offering frame or mask (a 2024 Gamma Knife course, 22 Gy to a left "
          "occipital lesion, is history); procedure note: Icon mask, single session, planning MRI only with "
          "the CBCT as the stereotactic reference ('no CT'); completion letter; follow-up with a new lesion "
          "for a later course. Right temporal 20 Gy, left thalamic 16 Gy (thalamus is not brainstem: "
          "simple). Claimed 61800 is inconsistent (no frame).",
    docs=[
        Doc("1_consult_letter.txt", text=f"""
OAKHURST MEADOWS HOSPITAL - GAMMA KNIFE CENTRE
Consultation {patient(11)}  MRN {mrn(11)}  10/06/2026

Dear Dr. Penberthy,

Thank you for referring Mr. Twentyninepatient, 68, with metastatic colorectal cancer. He had Gamma Knife radiosurgery here in May 2024, 22 Gy to a left occipital metastasis, with complete response. Surveillance MRI 09/29/2026 shows two new lesions, a 1.5 cm right temporal metastasis and a 1.0 cm left thalamic metastasis.

We offered single-session Gamma Knife with either the Leksell frame or the thermoplastic mask on the Icon. He had pin-site discomfort with the frame in 2024 and prefers the mask, which is entirely reasonable here. Proposed doses are 20 Gy to the temporal lesion and 16 Gy to the thalamic lesion.

Yours sincerely,
Winifred Akande-Rhys, MD, Clinical Oncologist
D: 10/06/2026  T: 10/07/2026  #2219-04
{FOOT}
"""),
        Doc("2_procedure_note.txt", text=f"""
OAKHURST MEADOWS HOSPITAL - GAMMA KNIFE PROCEDURE NOTE
Patient {patient(11)}   MRN {mrn(11)}   Date 10/15/2026

No frame was applied. A thermoplastic mask and head cushion were made on 10/13/2026 and a planning MRI (1 mm T1 post-gadolinium, T2) was acquired the same day. No CT was acquired: the stereotactic reference was defined by the Icon cone-beam CT on the treatment day, which was co-registered with the MRI and reviewed by the physicist. Targets: the right temporal metastasis, 1.5 cm, 20 Gy to the 50% isodose line with 7 shots, and the left thalamic metastasis, 1.0 cm, 16 Gy to the 50% isodose line with 4 shots. Internal capsule max 17.8 Gy; brainstem max 8.4 Gy. The intrafraction motion management system (nose marker) tracked throughout; maximum movement 0.7 mm. Both lesions were treated in one session on the Leksell Gamma Knife Icon, 44 minutes.

W. Akande-Rhys, MD / Neurosurgery: Gideon Farrant-Poole, MD / Physics: E. Lindgren, MSc
{FOOT}
"""),
        Doc("3_completion_letter.txt", text=f"""
OAKHURST MEADOWS HOSPITAL - GAMMA KNIFE CENTRE
10/16/2026

Dear Dr. Penberthy,

RE: {patient(11)}  MRN {mrn(11)}

Mr. Twentyninepatient had his mask-based Gamma Knife treatment yesterday, 10/15/2026, in a single session: 20 Gy to the right temporal metastasis and 16 Gy to the left thalamic metastasis. He went home the same afternoon. We will repeat his MRI in two months.

Kind regards,
Winifred Akande-Rhys, MD
{FOOT}
"""),
        Doc("4_followup.txt", text=f"""
OAKHURST MEADOWS HOSPITAL - GAMMA KNIFE FOLLOW-UP CLINIC
Patient {patient(11)}   MRN {mrn(11)}   Date 11/30/2026

MRI 11/26/2026: both treated lesions smaller; the thalamic lesion now 0.6 cm. New 6 mm left frontal lesion. Plan: Gamma Knife to the new left frontal lesion in the new year, mask again; to be booked. Neurologically stable.

W. Akande-Rhys, MD
{FOOT}
"""),
    ])


# ==================================================================================================
# CyberKnife (2)
# ==================================================================================================

# b29_12 -- bundle: CyberKnife cranial, consult 27 Gy/3 -> plan 24 Gy/3, large right frontal met ---------------
_c = "FERNHOLLOW CYBERKNIFE CENTER"
add(name="b29_12", kind="bundle", codes=["G0339", "G0340", "77435", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal", "cranial", C, 24, 3)],
    categories=cats(),
    notes="Five documents: consult letter recommending 27 Gy/3; simulation note (Aquaplast mask, CT + MRI; "
          "fiducials not needed for skull tracking); physics plan summary lowering the dose to 24 Gy/3 "
          "(8 Gy x 3, 76% IDL, Iris, 6D skull tracking); on-treatment/fraction log; completion letter. Right "
          "frontal metastasis 3.7 cm (complex by size) named 'the frontal mass', 'GTV_RFront', 'the lesion'.",
    docs=[
        Doc("1_consult_letter.txt", text=f"""
FERNHOLLOW CYBERKNIFE CENTER
Radiation Oncology Consultation - {patient(12)} - MRN {mrn(12)} - 10/20/2026

Dear Dr. Castellane-Moss,

Thank you for asking us to see Mr. Twentyninepatient, 63, with metastatic melanoma and a 3.7 cm right frontal mass with vasogenic edema, causing mild left hand weakness. He is not a surgical candidate because of his anticoagulation for a recent pulmonary embolism, per Dr. Ferreira of neurosurgery. KPS 80. No other intracranial disease.

Because of the size of the frontal mass we recommend hypofractionated CyberKnife radiosurgery, 27 Gy in 3 fractions, with dexamethasone cover. We will confirm the final dose after planning.

Warm regards,
Cosima Delacroix-Ume, MD
D: 10/20/2026  T: 10/21/2026  Job 90-1172
{FOOT}
"""),
        Doc("2_simulation_note.txt", text=f"""
FERNHOLLOW CYBERKNIFE CENTER - SIMULATION
{patient(12)}   MRN {mrn(12)}   10/26/2026

Aquaplast mask made supine. Thin-slice (1 mm) contrast CT head acquired and fused with the volumetric T1 post-gadolinium MRI of the same day. Fiducial placement is not needed; tracking will use the skull (6D Skull). Target GTV_RFront delineated, PTV = GTV + 1 mm.

C. Delacroix-Ume, MD
{FOOT}
"""),
        Doc("3_physics_plan_summary.pdf", [[
            H1("CyberKnife Plan Summary"),
            KeyValue([("Patient", patient(12)), ("MRN", mrn(12)), ("System", "CyberKnife M6, Iris variable collimator"),
                      ("Tracking", "6D Skull"), ("Planning", "Accuray Precision 3.3, 164 non-isocentric beams"),
                      ("Prescription", "2400 cGy in 3 fractions (800 cGy/fx) to the 76% isodose line")]),
            RuledTable([("Structure", "Volume", "Rx", "Coverage", "Note"),
                        ("PTV_RFront", "22.6 cc", "24 Gy / 3 fx", "96.8%", "lowered from 27 Gy (motor strip)")]),
            P("Constraints: brain V18 (minus PTV) 27.1 cc; brainstem max 3.4 Gy; optic chiasm max 2.0 Gy. Dose lowered from 27 Gy in 3 after review because the PTV borders the precentral gyrus. Patient-specific QA: film 97.6% (3%/1 mm); second MU calculation agrees within 1.9%."),
            sig("Lorcan Whitlock-Abara, MS, DABR 10/30/2026; approved C. Delacroix-Ume, MD 10/30/2026"),
        ]], opts=dict(header=hdr(_c, 12), font="Helvetica")),
        Doc("4_fraction_log.txt", text=f"""
FERNHOLLOW CYBERKNIFE CENTER - TREATMENT DELIVERY LOG AND OTV
{patient(12)}   MRN {mrn(12)}

Fx 1  11/02/2026  800 cGy  6D skull tracking, mean correction 0.6 mm, 0.4 deg   MD present (CDU)
Fx 2  11/04/2026  800 cGy  6D skull tracking, mean correction 0.5 mm, 0.3 deg   MD present (CDU)
Fx 3  11/06/2026  800 cGy  6D skull tracking, mean correction 0.7 mm, 0.5 deg   MD present (CDU)

OTV 11/04/2026: left hand strength unchanged, no headache on dexamethasone 2 mg. Continue.
{FOOT}
"""),
        Doc("5_completion_letter.txt", text=f"""
FERNHOLLOW CYBERKNIFE CENTER
11/09/2026

Dear Dr. Castellane-Moss,

Mr. Twentyninepatient completed CyberKnife radiosurgery to the right frontal metastasis on 11/06/2026: 24 Gy in 3 fractions of 8 Gy, prescribed to the 76% isodose line, with an Aquaplast mask and skull tracking. This is slightly lower than the 27 Gy we had discussed, because of the adjacent motor strip. He tolerated it well. Dexamethasone will be tapered over two weeks and we will see him with an MRI in 6 weeks.

Sincerely,
Cosima Delacroix-Ume, MD
{FOOT}
"""),
    ])

# b29_13 -- bundle: CyberKnife spine, "the renal cell met at L1", log 3 fx, completion letter says five (contradiction)
_c = "QUARRY HILL RADIOSURGERY CENTER"
add(name="b29_13", kind="bundle", codes=["G0339", "G0340", "77435", "63620"],
    facts=F("robotic_linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L1", "spinal", None, 27, 3)],
    categories=cats(),
    contradiction="The completion letter says she completed five fractions; the consult, plan and dated treatment log give 27 Gy in 3 fractions of 9 Gy.",
    notes="Consult letter naming the target by the primary ('the renal cell met at L1', epidural extension), a "
          "treatment log PDF (3 fractions of 9 Gy, Xsight Spine, no fiducials) and a completion letter that "
          "says 'five fractions' with the same 27 Gy total. Prior conventional 20 Gy/5 to T12-L2 (2025) is "
          "history; cord Dmax 17.6 Gy. Gold follows the log: 27 Gy / 3.",
    docs=[
        Doc("1_consult_letter.txt", text=f"""
QUARRY HILL RADIOSURGERY CENTER
RE: {patient(13)}   MRN: {mrn(13)}   Consult: 10/28/2026

Dear Dr. Mbatha-Loring,

Thank you for referring Ms. Twentyninepatient, 59, with clear cell renal carcinoma and a painful renal cell met at L1 with epidural extension abutting the thecal sac but no cord compression (Bilsky 1b). She received conventional palliative radiation, 20 Gy in 5 fractions to T12-L2, in June 2025, with partial relief. Because renal cell carcinoma is radioresistant and this is re-irradiation, we recommend CyberKnife stereotactic radiosurgery, 27 Gy in 3 fractions of 9 Gy to the L1 vertebral body and left pedicle, tracking the spine without fiducials.

Sincerely,
Augustin Halloran-Yeo, MD
D: 10/28/2026  T: 10/29/2026  Job 7720
{FOOT}
"""),
        Doc("2_treatment_log.pdf", [[
            H1("CyberKnife Spine Treatment Log"),
            KeyValue([("Patient", patient(13)), ("MRN", mrn(13)), ("Target", "PTV_L1 (renal cell metastasis, L1 body + L pedicle)"),
                      ("Simulation", "11/05/2026 supine in Vac-Lok cushion; CT myelogram 1.25 mm fused with MRI T1 post-contrast and STIR"),
                      ("Tracking", "Xsight Spine (no fiducials implanted)"),
                      ("Plan", "Precision, Iris, 2700 cGy / 3 fx to the 78% IDL; cord Dmax 17.6 Gy (cumulative EQD2 reviewed)"),
                      ("QA", "Patient-specific film QA 96.9% pass; MU second check within 2%")]),
            RuledTable([("Fx", "Date", "Dose", "Tracking corrections", "Physician"),
                        ("1", "11/16/2026", "900 cGy", "0.8 mm / 0.6 deg", "AHY"),
                        ("2", "11/18/2026", "900 cGy", "0.5 mm / 0.4 deg", "AHY"),
                        ("3", "11/20/2026", "900 cGy", "0.7 mm / 0.5 deg", "AHY")]),
            P("Course status: complete. Total 2700 cGy."),
            sig("Delphine Asquith, MS, Medical Physicist 11/20/2026; A. Halloran-Yeo, MD 11/20/2026"),
        ]], opts=dict(header=hdr(_c, 13), font="Helvetica")),
        Doc("3_completion_letter.txt", text=f"""
QUARRY HILL RADIOSURGERY CENTER
11/23/2026

Dear Dr. Mbatha-Loring,

RE: {patient(13)}   MRN: {mrn(13)}

I am pleased to report that Ms. Twentyninepatient completed her course of five fractions of CyberKnife radiosurgery to the L1 metastasis on 11/20/2026, a total dose of 27 Gy. Her back pain has already improved and she has reduced her oxycodone. We will obtain an MRI of the lumbar spine in three months.

Sincerely,
Augustin Halloran-Yeo, MD
{FOOT}
"""),
    ])


# ==================================================================================================
# Body and spine SBRT (4)
# ==================================================================================================

# b29_14 -- bundle: lung SBRT, consult 54 Gy/3 -> changed to 50 Gy/5 (chest wall), PET for staging only; scanned fraction log
_c = "PILGRIM'S REST HOSPITAL - RADIATION THERAPY"
add(name="b29_14", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT"], ["body_immobilization"]),
    lesions=[L("right upper lobe", "body", None, 50, 5)],
    categories=cats(),
    notes="Four documents: consult (PET/CT for staging; 54 Gy/3 recommended), simulation/plan note (BodyFIX, "
          "4DCT; the staging PET 'was reviewed but not used for contouring'; regimen changed to 50 Gy/5 "
          "because the tumour abuts the chest wall), a fraction log scanned at 175 dpi in a hand-filled style, "
          "and a completion summary. Chest wall V30 and rib max 47.2 Gy are OAR doses.",
    docs=[
        Doc("1_consult.txt", text=f"""
PILGRIM'S REST HOSPITAL - RADIATION ONCOLOGY CONSULTATION
{patient(14)}   MRN {mrn(14)}   09/30/2026   Dictated: Dr. Sabine Okwuosa   D: 09/30/2026  T: 10/01/2026

HPI: 79-year-old woman, ex-smoker, severe COPD (FEV1 38%), with a 2.3 cm spiculated right upper lobe nodule, biopsy proven adenocarcinoma. Staging PET/CT 09/18/2026: SUV 7.8 in the nodule, no nodal or distant uptake, cT1c N0 M0. Not an operative candidate per thoracic surgery.

RECOMMENDATION: Stereotactic body radiation therapy, 54 Gy in 3 fractions, if the chest wall dose allows; otherwise a 5-fraction regimen. Simulation with 4DCT.

S. Okwuosa, MD
{FOOT}
"""),
        Doc("2_simulation_and_plan.txt", text=f"""
PILGRIM'S REST HOSPITAL - SBRT SIMULATION AND PLANNING NOTE
{patient(14)}   MRN {mrn(14)}   10/07/2026

Simulated supine in a BodyFIX vacuum bag with the arms above the head. Free-breathing CT and a 10-phase 4DCT were acquired. The ITV was contoured on the maximum intensity projection and the RUL tumor ("RUL nodule", structure ITV_RUL) measured 2.3 cm; PTV_RUL = ITV + 5 mm. The staging PET/CT was reviewed but not used for contouring. Because the PTV abuts the chest wall, the regimen was changed from 54 Gy in 3 fractions to 50 Gy in 5 fractions of 10 Gy, prescribed to the 80% isodose line, with 2 partial VMAT arcs, 6 MV FFF, on the TrueBeam. Chest wall V30 31 cc, rib max 47.2 Gy, proximal bronchial tree max 18.3 Gy, cord max 12.0 Gy. Physics second check and portal dosimetry QA passed. Daily CBCT matched to the ITV before each fraction.

S. Okwuosa, MD / Physics: Leopold Marangoni, PhD
{FOOT}
"""),
        Doc("3_fraction_log_scanned.pdf", [[
            H1("SBRT DAILY TREATMENT RECORD"),
            P("NAME " + patient(14) + "   MRN " + mrn(14) + "   SITE: R lung (RUL)   Rx 10 Gy x 5 = 50 Gy"),
            TextTable([("fx", "date", "dose", "CBCT", "shift mm", "MD ok", "RTT"),
                       ("1", "10/13/26", "10 Gy", "yes", "2.1/0.4/1.8", "SO", "jk"),
                       ("2", "10/15/26", "10 Gy", "yes", "1.0/0.9/0.6", "SO", "jk"),
                       ("3", "10/17/26", "10 Gy", "yes", "1.5/0.2/1.1", "SO", "pw"),
                       ("4", "10/20/26", "10 Gy", "yes", "0.7/0.6/0.9", "SO", "pw"),
                       ("5", "10/22/26", "10 Gy", "yes", "1.2/0.3/0.4", "SO", "jk")],
                      columns=(0, 30, 110, 170, 220, 330, 390)),
            P("total 50 Gy / 5 fx  --  completed 10/22/26   pt tol well, cough gr 1"),
            P("checked: L. Marangoni (physics) 10/22/26"),
        ]], opts=dict(header=hdr(_c, 14), scan=True, scan_dpi=175, font="Courier")),
        Doc("4_completion_summary.txt", text=f"""
PILGRIM'S REST HOSPITAL - SBRT COMPLETION SUMMARY
{patient(14)}   MRN {mrn(14)}   10/26/2026

Treated: right upper lobe adenocarcinoma, cT1c N0, SBRT 50 Gy in 5 fractions (10 Gy per fraction) from 10/13/2026 to 10/22/2026 on the TrueBeam with BodyFIX immobilization and daily CBCT. All five fractions delivered as planned. Side effects: grade 1 cough, mild fatigue. Follow-up CT chest in 3 months.

Sabine Okwuosa, MD
{FOOT}
"""),
    ])

# b29_15 -- bundle: spine SBRT T10 + L4 24 Gy / 2; completion letter says 27 Gy in 3 to T10 (contradiction) ----
_c = "REDFERN VALLEY CANCER CARE"
add(name="b29_15", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T10", "spinal", None, 24, 2), L("L4", "spinal", None, 24, 2)],
    categories=cats(),
    contradiction="The completion letter says T10 received 27 Gy in 3 fractions; the plan summary and the two-fraction treatment record give 24 Gy in 2 fractions to both T10 and L4.",
    notes="Three documents: consult letter ('the breast met at T10' with epidural extension; L4 with "
          "paraspinal/epidural disease; prior 8 Gy x 1 to L4 in 2025), plan summary PDF with a two-fraction "
          "treatment record (PTV_T10, PTV_L4, 12 Gy x 2), and a completion letter that wrongly says 27 Gy in "
          "3 to T10. MRI T1/T2/STIR sequence names near the T10/L4 targets; cord Dmax 14.2 Gy.",
    docs=[
        Doc("1_consult_letter.txt", text=f"""
REDFERN VALLEY CANCER CARE - RADIATION ONCOLOGY
RE: {patient(15)}   MRN {mrn(15)}   Consultation 10/22/2026

Dear Dr. Whitcombe,

Thank you for referring Mrs. Twentyninepatient, a 62-year-old woman with ER-positive breast cancer and two painful spinal metastases. MRI of the whole spine (sagittal T1, T2 and STIR) on 10/15/2026 shows the breast met at T10 with ventral epidural extension abutting the cord without compression, and a lytic L4 lesion with left epidural and paraspinal extension. L4 was treated with a single 8 Gy fraction in April 2025 with temporary relief. She has no neurological deficit.

I recommend stereotactic body radiotherapy to both levels, 24 Gy in 2 fractions, which we would deliver on two days in the same week.

Sincerely,
Ruairi Castellanos-Ede, MD
D: 10/22/2026   T: 10/23/2026   Job 31-0092
{FOOT}
"""),
        Doc("2_plan_and_treatment_record.pdf", [[
            H1("Spine SBRT Plan Summary"),
            KeyValue([("Patient", patient(15)), ("MRN", mrn(15)), ("Machine", "Varian Edge, 6 MV FFF"),
                      ("Immobilization", "Vac-Lok full body cushion, arms on chest"),
                      ("Imaging", "CT sim 1 mm 10/27/2026 fused with MRI T1 + T2 10/15/2026"),
                      ("Technique", "VMAT, 2 isocenters, 4 arcs"), ("TPS", "Eclipse 17")]),
            RuledTable([("Target", "Rx", "Per fx", "Coverage", "Cord Dmax"),
                        ("PTV_T10", "24 Gy / 2 fx", "12 Gy", "90.4%", "14.2 Gy"),
                        ("PTV_L4", "24 Gy / 2 fx", "12 Gy", "93.1%", "cauda 15.8 Gy")]),
            P("QA: portal dosimetry 97.4%; independent calc within 2%. CBCT before each fraction with 6DoF couch, physician approval of the match before beam on."),
        ], [
            H1("Treatment Record"),
            RuledTable([("Fx", "Date", "T10", "L4", "IGRT", "Approved"),
                        ("1", "11/03/2026", "12 Gy", "12 Gy", "CBCT x2", "RCE"),
                        ("2", "11/05/2026", "12 Gy", "12 Gy", "CBCT x2", "RCE")]),
            P("Course complete 11/05/2026: T10 24 Gy / 2 fx, L4 24 Gy / 2 fx."),
            sig("Ruairi Castellanos-Ede, MD 11/05/2026; Physics: Honor Blackwood-Tan, MS 11/05/2026"),
        ]], opts=dict(header=hdr(_c, 15), font="Helvetica")),
        Doc("3_completion_letter.txt", text=f"""
REDFERN VALLEY CANCER CARE - RADIATION ONCOLOGY
11/09/2026

Dear Dr. Whitcombe,

RE: {patient(15)}   MRN {mrn(15)}

Mrs. Twentyninepatient has completed spine SBRT: the T10 metastasis received 27 Gy in 3 fractions and the L4 metastasis 24 Gy in 2 fractions, finishing on 11/05/2026. She had a pain flare after the first treatment, settled with dexamethasone. MRI spine in 3 months.

With best wishes,
Ruairi Castellanos-Ede, MD
D: 11/09/2026  T: 11/09/2026
{FOOT}
"""),
    ])

# b29_16 -- bundle: liver SBRT 50 Gy / 5 with fiducials, course interrupted for a week and completed -------------
_c = "SALTMARSH UNIVERSITY HOSPITAL - RADIATION ONCOLOGY"
add(name="b29_16", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("segment VII HCC", "body", None, 50, 5)],
    categories=cats(),
    notes="Six documents: consult, fiducial placement note (3 gold seeds), plan summary PDF (PTV_S7, 10 Gy x 5 on "
          "a Versa HD, BodyFIX with abdominal compression), on-treatment notes (fraction 4 delayed one week for "
          "cholangitis, then resumed), completion summary (all 5 delivered) and a follow-up with a new segment "
          "II lesion to be treated later. 'S7' is a liver segment; a prior TACE (2025) is history; duodenum "
          "max 26.9 Gy.",
    docs=[
        Doc("1_consult.txt", text=f"""
SALTMARSH UNIVERSITY HOSPITAL - RADIATION ONCOLOGY CONSULT
{patient(16)}   MRN {mrn(16)}   09/08/2026

71-year-old man with hepatitis C cirrhosis, Child-Pugh A6, and a 3.1 cm hepatocellular carcinoma in segment VII that recurred after TACE in 2025. Discussed at tumor board: SBRT recommended, 50 Gy in 5 fractions, with fiducials and abdominal compression. Multiphase liver MRI 09/01/2026 and triphasic CT reviewed.

Hamish Oyinlola-Brandt, MD   D: 09/08/2026 T: 09/09/2026
{FOOT}
"""),
        Doc("2_fiducial_procedure.txt", text=f"""
SALTMARSH UNIVERSITY HOSPITAL - INTERVENTIONAL RADIOLOGY PROCEDURE NOTE
{patient(16)}   MRN {mrn(16)}   09/15/2026

Procedure: CT-guided placement of three gold fiducial markers around the segment VII liver lesion. 1% lidocaine, 18G introducer, three 1.0 x 3 mm gold seeds placed. No hematoma on post-procedure CT. Discharged after 2 hours.

Celestine Abara-Wynn, MD, Interventional Radiology
{FOOT}
"""),
        Doc("3_plan_summary.pdf", [[
            H1("Liver SBRT Plan Summary"),
            KeyValue([("Patient", patient(16)), ("MRN", mrn(16)),
                      ("Simulation", "09/22/2026, BodyFIX with abdominal compression plate; 4DCT with IV contrast (arterial and venous), fused with MRI 09/01/2026"),
                      ("Machine", "Elekta Versa HD, 6 MV FFF, VMAT 2 arcs"), ("TPS", "Monaco 6"),
                      ("IGRT", "XVI CBCT each fraction, match to fiducials and liver")]),
            RuledTable([("Structure", "Rx", "Per fx", "IDL", "Coverage"),
                        ("PTV_S7", "50 Gy / 5 fx", "10 Gy", "80%", "95.6%")]),
            P("OARs: liver minus GTV 700 cc < 15 Gy; duodenum max 26.9 Gy; stomach max 22.0 Gy; right kidney V10 12%. QA: Delta4 98.8% (3%/2 mm)."),
            sig("Physics: Benedikt Soyinka-Hale, PhD 09/25/2026; approved H. Oyinlola-Brandt, MD 09/25/2026"),
        ]], opts=dict(header=hdr(_c, 16), font="Helvetica")),
        Doc("4_on_treatment_notes.txt", text=f"""
SALTMARSH UNIVERSITY HOSPITAL - ON-TREATMENT NOTES
{patient(16)}   MRN {mrn(16)}

09/29/2026  fx 1 of 5 delivered, 10 Gy. CBCT fiducials matched, shifts approved.
10/01/2026  fx 2 of 5, 10 Gy. Well.
10/02/2026  fx 3 of 5, 10 Gy. Well.
10/05/2026  Fever and RUQ pain overnight, admitted with cholangitis. Treatment held.
10/13/2026  Recovered, bilirubin normal. SBRT resumed: fx 4 of 5, 10 Gy, CBCT matched to the fiducials.
10/15/2026  fx 5 of 5, 10 Gy. Course complete.

H. Oyinlola-Brandt, MD
{FOOT}
"""),
        Doc("5_completion_summary.txt", text=f"""
SALTMARSH UNIVERSITY HOSPITAL - SBRT COMPLETION SUMMARY
{patient(16)}   MRN {mrn(16)}   10/16/2026

The segment VII hepatocellular carcinoma was treated with SBRT to 50 Gy in 5 fractions of 10 Gy between 09/29/2026 and 10/15/2026, with a one-week interruption after the third fraction for cholangitis. All five fractions were delivered. Gold fiducials, abdominal compression and daily CBCT were used.

H. Oyinlola-Brandt, MD
{FOOT}
"""),
        Doc("6_followup.txt", text=f"""
SALTMARSH UNIVERSITY HOSPITAL - FOLLOW-UP
{patient(16)}   MRN {mrn(16)}   11/30/2026

MRI liver 11/24/2026: the treated segment VII lesion shows no arterial enhancement. New 1.4 cm arterially enhancing lesion in segment II, LI-RADS 5. Discussed at tumor board: SBRT or microwave ablation to the segment II lesion in January; this will be a new course. AFP 12.

H. Oyinlola-Brandt, MD
{FOOT}
"""),
    ])

# b29_17 -- pdf: left adrenal SBRT planned 40 Gy / 5, stopped after 3 fractions; landscape treatment record page -
_c = "WILLOWMERE CANCER PAVILION - RADIATION ONCOLOGY"
add(name="b29_17", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT"], ["body_immobilization"]),
    lesions=[L("left adrenal", "body", None, 24, 3)],
    categories=cats(),
    notes="End-of-treatment summary of a stopped course: left adrenal metastasis planned 40 Gy in 5 fractions "
          "of 8 Gy, three fractions delivered (24 Gy) before admission for pneumonia, patient declined to "
          "resume. Page 2 is a treatment record printed landscape (/Rotate 90). 4DCT planning; the staging "
          "PET is history. Gold: the delivered 24 Gy / 3.",
    docs=[Doc("b29_17.pdf", [[
        H1("END OF TREATMENT SUMMARY - COURSE DISCONTINUED"),
        P("Patient: " + patient(17) + "   MRN: " + mrn(17) + "   Dates: 11/02/2026 - 11/05/2026"),
        P("Diagnosis: Non-small cell lung cancer with an isolated left adrenal metastasis (2.6 cm), oligoprogression on pembrolizumab; staging PET/CT 10/08/2026 showed no other sites."),
        P("Planned treatment: SBRT 40 Gy in 5 fractions of 8 Gy to the left adrenal metastasis, prescribed to the 80% isodose line, VMAT 2 arcs, TrueBeam, Eclipse. Simulation 10/21/2026 supine in a Vac-Lok cushion with 4DCT; ITV from all phases, PTV = ITV + 5 mm. Stomach max 27.4 Gy, left kidney V17.5 9%, cord max 11 Gy (planned values)."),
        P("Delivered: three fractions of 8 Gy on 11/02, 11/03 and 11/05/2026 (24 Gy), each with a CBCT matched to the ITV and approved by the physician. After the third fraction the patient was admitted with pneumonia; after recovery he declined the remaining two fractions and the course was closed at 24 Gy in 3 fractions."),
        P("Plan: CT chest/abdomen in 6 weeks; medical oncology to continue immunotherapy."),
        sig("Ezinne Valcourt, MD 11/24/2026"),
    ], [
        H2("Treatment record (printed landscape)"),
        RuledTable([("Fx", "Date", "Site", "Planned", "Delivered", "Cumulative", "IGRT", "Status"),
                    ("1", "11/02/2026", "L adrenal", "800 cGy", "800 cGy", "800 cGy", "CBCT", "done"),
                    ("2", "11/03/2026", "L adrenal", "800 cGy", "800 cGy", "1600 cGy", "CBCT", "done"),
                    ("3", "11/05/2026", "L adrenal", "800 cGy", "800 cGy", "2400 cGy", "CBCT", "done"),
                    ("4", "-", "L adrenal", "800 cGy", "0", "2400 cGy", "-", "not delivered"),
                    ("5", "-", "L adrenal", "800 cGy", "0", "2400 cGy", "-", "not delivered")]),
        P("Physics weekly check 11/05/2026: record consistent with plan, delivered 2400 cGy of 4000 cGy. Second check of the plan (MU) within 1.6%."),
    ]], opts=dict(header=hdr(_c, 17), font="Helvetica", rotate={2: 90}))])


# ==================================================================================================
# Hard negatives and near-misses (3)
# ==================================================================================================

# b29_18 -- ehr_text: dictated consult letter recommending Gamma Knife next week; nothing delivered --------------
add(name="b29_18", kind="ehr_text", codes=["77371", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: dictated consult letter recommending frame-based Gamma Knife to three metastases "
          "(20, 20 and 18 Gy) scheduled for the following week; the diagnostic MRI predates the course and "
          "the stereotactic MRI/CT are planned only. A 2019 course of breast radiotherapy (50 Gy in 25) is "
          "history. Nothing delivered: facts null, every category unmet, every claimed code inconsistent.",
    docs=[Doc("b29_18.txt", text=f"""
JUNIPER LANE NEUROSURGERY AND RADIATION ONCOLOGY
Medical Transcription - Job 118-5543 - D: 11/30/2026 - T: 12/01/2026 - DICTATED BUT NOT READ

RE: {patient(18)}   MRN: {mrn(18)}   DATE OF CONSULTATION: 11/30/2026

Dr. Araminta Colquhoun-Bey
Juniper Lane Oncology

Dear Dr. Colquhoun-Bey,

Thank you for referring Mrs. Twentyninepatient, a 57-year-old woman with HER2-positive breast cancer treated with lumpectomy and whole-breast radiation, 50 Gy in 25 fractions, in 2019, who now presents with headaches. MRI brain with contrast on 11/21/2026 demonstrates three enhancing metastases: a 1.1 cm left frontal lesion, a 0.9 cm right occipital lesion and a 2.3 cm right cerebellar lesion. KPS 90.

We discussed whole brain radiation and radiosurgery and I recommend Gamma Knife radiosurgery to all three lesions with a Leksell frame, about 20 Gy to the frontal and occipital lesions and 18 Gy to the cerebellar lesion. She will have a stereotactic MRI and CT on the morning of the procedure, which is scheduled for 12/08/2026. Consent was signed today. We will write again after the treatment.

Sincerely,

Marcus Thistlewood-Adeyemi, MD, Radiation Oncology
cc: Neurosurgery, Dr. Lavender Sjoberg
{FOOT}
""")])

# b29_19 -- ehr_text: speech-to-text follow-up visit only, 13 months after CyberKnife lung SBRT ------------------
add(name="b29_19", kind="ehr_text", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: speech-to-text follow-up visit (spoken punctuation) 13 months after CyberKnife lung "
          "SBRT (48 Gy in four fractions of twelve gray with fiducials and Synchrony, October 2025), describing "
          "a new surveillance CT with post-radiation fibrosis and no new lesion to treat. Nothing delivered in "
          "this episode.",
    docs=[Doc("b29_19.txt", text=f"""
CRESSWELL HEATH ONCOLOGY CENTER - RADIATION ONCOLOGY FOLLOW UP
Speech recognition transcript - not edited
Patient: {patient(19)}   MRN: {mrn(19)}   Date of visit: 11/25/2026   Provider: Lucinda Abernethy-Osei, MD

follow up visit period the patient is a 76 year old man with a stage one squamous cell carcinoma of the left lower lobe treated with cyber knife stereotactic body radiation therapy comma forty eight gray in four fractions of twelve gray comma using three gold fiducials and synchrony respiratory tracking comma completed 10/17/2025 period new paragraph he reports stable exertional dyspnea comma no hemoptysis comma no chest wall pain period new paragraph imaging colon CT chest 11/18/2026 shows consolidative fibrosis at the treatment site consistent with post radiation change comma decreased compared with May comma and no new nodules or adenopathy period new paragraph assessment colon no evidence of recurrence 13 months after SBRT period next line plan colon CT chest in 6 months comma continue pulmonary rehabilitation period no further radiation is planned period

Electronically signed: Lucinda Abernethy-Osei, MD 11/25/2026
{FOOT}
""")])

# b29_20 -- pdf: whole-brain radiotherapy 30 Gy / 10 claimed as SBRT; prior Gamma Knife in the history ----------
_c = "CINDERFORD REGIONAL ONCOLOGY - RADIATION ONCOLOGY"
add(name="b29_20", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["cranial"], 1, 10, ["CT"], ["mask"]),
    lesions=[L("whole brain", "cranial", S, 30, 10)],
    categories=cats(),
    notes="Near-miss: dictated completion letter and treatment summary for whole-brain radiotherapy, 30 Gy in "
          "ten fractions of three gray (opposed laterals, Synergy, mask, CT simulation), for more than twenty "
          "metastases after two earlier Gamma Knife sessions (20 Gy and 18 Gy, 2025) recounted in the history. "
          "One whole-brain target labelled as a single simple cranial target; 10 fractions: the claimed "
          "77373/77435 are inconsistent, no delivery code.",
    docs=[Doc("b29_20.pdf", [[
        P("Cinderford Regional Oncology - Radiation Oncology - 2 Vicarage Mews"),
        P("11/27/2026"),
        P("Dr. Hephzibah Marlowe-Tse, General Practice"),
        P("RE: " + patient(20) + "   MRN " + mrn(20)),
        P("Dear Dr. Marlowe-Tse,"),
        P("Thank you for your ongoing care of this 61-year-old man with small cell lung cancer. As you know he had Gamma Knife radiosurgery here in February 2025 (20 Gy to a left parietal lesion) and again in August 2025 (18 Gy to two cerebellar lesions). His MRI of 11/02/2026 showed more than twenty new metastases, and radiosurgery was no longer appropriate. He has now completed whole brain radiotherapy, thirty gray in ten fractions of three gray, between 11/10/2026 and 11/23/2026. He tolerated it with fatigue and mild alopecia. Dexamethasone is being tapered."),
        P("Kind regards,"),
        sig("Benedicta Holloway-Ng, MD 11/27/2026"),
        P("D: 11/26/2026  T: 11/27/2026  Job 2260-11"),
    ], [
        H1("Treatment Summary"),
        KeyValue([("Target", "Whole brain (CTV = brain to C2, PTV = CTV + 3 mm)"),
                  ("Unit", "Elekta Synergy, 6 MV, opposed lateral fields with MLC shaping"),
                  ("Immobilisation", "Thermoplastic head mask"),
                  ("Planning", "CT simulation 11/05/2026, 3 mm slices, Monaco 3D conformal plan"),
                  ("Prescription", "30 Gy in 10 fractions, 3 Gy per fraction, to the ICRU reference point"),
                  ("Verification", "MV portal images day 1 and weekly, approved by physician"),
                  ("Dates", "11/10/2026 - 11/23/2026, 10 of 10 fractions delivered")]),
        P("Lens max 2.6 Gy. Physics weekly chart checks completed."),
        sig("Benedicta Holloway-Ng, MD 11/24/2026"),
    ]], opts=dict(header=hdr(_c, 20), font="Times-Roman"))])


CORPUS = Corpus("blind_corpus29", "tests/blind_corpus29", CHARTS, pdf_options={"footer": FOOT, "font": "Helvetica"},
                hand_written=["README.md", "FIRST_RUN.md"])
