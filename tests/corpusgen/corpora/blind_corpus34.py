"""Thirty-fourth blind corpus, ``tests/blind_corpus34/`` (regenerate: ``python scripts/make_corpus.py blind_corpus34``).

HELD-OUT corpus. Twenty courses as a coding office receives them: dictated consults, procedure notes and
completion letters (transcription headers, run-on sentences, numbers and doses in words, spoken punctuation
residue, self-corrections, "Dictated but not read"), multi-document bundles of 3-6 documents in which the
lesion is named differently in each document and the plan changes between consult and delivery, three
scanned pages (one with a fax header), one two-column page and EHR text exports with template residue.
Hard negatives: a consult only, a conventional course converted from planned SBRT, a follow-up only.
Three charts contradict themselves (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (dictated and text documents are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import ColumnBreak, KeyValue, RuledTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["AUGUSTINE", "BATHSHEBA", "CORNELIUS", "DRUSILLA", "EBENEZER", "FLORENTINE", "GRISWOLD", "HEPZIBAH",
         "ISIDORE", "JEMIMA", "KENELM", "LUCASTA", "MORDECAI", "NOVELLA", "OBADIAH", "PERPETUA", "QUENTIN",
         "ROWENA", "SYLVESTER", "TABITHA"]


def patient(n: int) -> str:
    return f"THIRTYFOURPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-340{n:02d}"


def hdr(clinic: str, n: int, extra: str = "") -> list[str]:
    return [clinic, f"Patient: {patient(n)}    MRN: {mrn(n)}" + (f"    {extra}" if extra else "")]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial (9)
# ==================================================================================================

# b34_01 -- dictated GK frame procedure note; four metastases, one in the pons; a fifth focus not treated ----
add(name="b34_01", kind="text", codes=["77371", "77432", "61798", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["MRI"], ["frame"]),
    lesions=[L("left occipital", "cranial", S, 20, 1), L("right frontal", "cranial", S, 20, 1),
             L("right cerebellar", "cranial", S, 18, 1), L("left pons", "cranial", C, 15, 1)],
    categories=cats(),
    notes="Dictated Gamma Knife procedure note through a transcription service: frame, four metastases (left "
          "occipital 20, right frontal 20, right cerebellar 18, left pontine 15 Gy at the 50% IDL), doses in "
          "words, 'period' / 'new paragraph' residue, a self-correction on the cerebellar dose, a 2 mm left "
          "temporal focus seen and deliberately not treated, stereotactic CT stated as not obtained (MRI only), "
          "'Dictated but not read'. The pontine lesion is within the brainstem (complex).",
    docs=[Doc("b34_01.txt", text=f"""
BRISTLECONE TRANSCRIPTION SERVICES  ::  Client: Upper Marrowfield Neuroscience Pavilion
Job 7730218   Author ID 4471   Work type: PROCEDURE NOTE   Dictated 11/12/2026 15:02   Transcribed 11/13/2026 08:44
PATIENT: {patient(1)}   MRN: {mrn(1)}   DOS: 11/12/2026

PROCEDURE colon Gamma Knife stereotactic radiosurgery comma single session comma with placement of a Leksell stereotactic head frame period

This is a seventy one year old woman with metastatic breast cancer comma HER2 positive comma on trastuzumab six milligrams per kilogram every three weeks comma KPS of eighty comma who on her restaging MRI of November third was found to have four enhancing lesions period new paragraph

The frame was applied in the usual fashion under local anesthesia with ten milliliters of one percent lidocaine at the four pin sites and she was given lorazepam one milligram by mouth beforehand, the frame was shifted slightly to the left to accommodate the occipital target. She then underwent stereotactic MRI with a double dose of gadolinium, axial T1 post contrast at one millimeter and T2 FLAIR, and the fiducial registration was satisfactory with a mean error of zero point three millimeters. A stereotactic CT was not obtained as the MRI definition was adequate. period

Targets were outlined in GammaPlan and the prescriptions were as follows. Number one, left occipital lobe, one point four centimeters, twenty Gy to the fifty percent isodose line. Number two, right frontal, zero point nine centimeters, twenty Gy to the fifty percent. Number three, right cerebellar hemisphere, two point one centimeters, twenty Gy, correction, eighteen Gy to the fifty percent isodose line because of its size. Number four, left pons, zero point six centimeters, fifteen Gy to the fifty percent isodose line, this one being within the brainstem, dose reduced accordingly. There is also a two millimeter punctate focus of enhancement in the left temporal lobe which is equivocal and may be vascular, and after discussion with Dr. Okonkwo-Rendell this was not targeted and will be followed on the next scan. new paragraph

Brainstem maximum point dose was fourteen point eight Gy, the V twelve of normal brain was five point nine cc. Physics performed an independent check of the shot times and coordinates, which agreed. She was docked on the Perfexion couch and treatment was delivered in a single session of sixty four minutes without interruption. Frame removed, pin sites dressed, no bleeding. period

IMPRESSION colon Uncomplicated single session Gamma Knife radiosurgery to four brain metastases comma left occipital twenty Gy comma right frontal twenty Gy comma right cerebellar eighteen Gy comma left pons fifteen Gy period

PLAN colon Dexamethasone four milligrams times one today. MRI in two months. Continue trastuzumab per Dr. Vasquez-Imrie. period end of dictation

Quillon Okonkwo-Rendell, MD, Neurosurgery / co-signed Amaryllis Penhallow, MD, Radiation Oncology
DICTATED BUT NOT READ -- this document was electronically transmitted prior to physician review
{FOOT}
""")])

# b34_02 -- bundle (5 docs): TrueBeam HyperArc 3 fx; consult planned two targets, sim MRI added a third -----
_c = "FENWICK HOLLOW CANCER INSTITUTE - RADIATION ONCOLOGY"
add(name="b34_02", kind="bundle", codes=["77373", "77435", "61798", "61797"],
    facts=F("linac", ["cranial"], 3, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal resection cavity", "cranial", C, 27, 3), L("right parietal", "cranial", S, 24, 3),
             L("left cerebellar", "cranial", S, 24, 3)],
    categories=cats(),
    notes="Five documents: consult (recommends 27 Gy/3 to a 4.1 cm left frontal cavity and 20 Gy x 1 to a "
          "right parietal metastasis), simulation note (planning MRI shows a new 6 mm left cerebellar lesion), "
          "plan/prescription (all three in 3 fractions: 27, 24, 24 Gy), treatment record (3 fractions with "
          "CBCT), completion summary. Lesion names change: 'resection bed', 'SCAV_LFrontal', 'surgical cavity'; "
          "'R parietal' / 'PTV_RPar'; 'new left cerebellar' / 'PTV_LCbl'. Cavity 4.1 cm = complex by size.",
    docs=[
        Doc("1_consult.pdf", [[
            H1("Radiation Oncology Consultation"),
            KeyValue([("Date", "09/29/2026"), ("Referring", "Desmond Achterberg, MD (Neurosurgery)"),
                      ("Diagnosis", "Metastatic melanoma to brain, BRAF V600E")]),
            P("HPI: 54-year-old man, resection of a 4.1 cm left frontal metastasis on 09/10/2026 (pathology melanoma). "
              "Postoperative MRI 09/22/2026: the resection bed measures 4.1 x 3.2 cm, no residual enhancement; a separate "
              "1.3 cm right parietal lesion. On dabrafenib 150 mg twice daily and trametinib 2 mg daily (held 3 days around RT). ECOG 1."),
            P("Recommendation: hypofractionated stereotactic radiotherapy to the left frontal resection bed, 27 Gy in 3 "
              "fractions, and single-fraction radiosurgery, 20 Gy, to the right parietal metastasis. Whole brain radiotherapy "
              "was discussed and not recommended. Consent obtained."),
            sig("Henrietta Oyelaran-Fisk, MD 09/29/2026"),
        ]], opts=dict(header=hdr(_c, 2))),
        Doc("2_simulation.txt", text=f"""
{_c}
SIMULATION NOTE    {patient(2)}    {mrn(2)}    10/07/2026

Patient simulated supine with an open-face thermoplastic SRS mask and mouth bite. CT simulation 1 mm slices, no contrast. Planning MRI (3T, T1 post-gadolinium 1 mm, FLAIR) obtained the same morning and rigidly fused to the planning CT. NOTE: the planning MRI shows a NEW 6 mm enhancing lesion in the left cerebellar hemisphere not seen 09/22. Discussed with the patient by phone; he agrees to treat it in the same course. Because a single course now covers three targets, the right parietal lesion will be fractionated with the others rather than given as a single fraction.
Sim therapist: K. Ballantyne, RTT.   Physician present: H. Oyelaran-Fisk, MD.
{FOOT}
"""),
        Doc("3_plan_prescription.pdf", [[
            H1("Stereotactic Prescription and Plan Approval"),
            KeyValue([("Unit", "Varian TrueBeam STx, HyperArc"), ("Planning system", "Eclipse 16.1"),
                      ("Technique", "single isocenter, 4 non-coplanar VMAT arcs, 6 MV FFF"), ("Fractions", "3, every other day")]),
            RuledTable([("Structure", "Size", "Dose/fx", "Total", "Coverage"),
                        ("PTV_SCAV_LFrontal (GTV cavity + 2 mm)", "4.1 cm", "9 Gy", "27 Gy", "V100 96.1%"),
                        ("PTV_RPar (+1 mm)", "1.3 cm", "8 Gy", "24 Gy", "V100 98.4%"),
                        ("PTV_LCbl (+1 mm)", "0.6 cm", "8 Gy", "24 Gy", "V100 99.0%")]),
            P("OAR: brainstem Dmax 13.2 Gy; optic chiasm Dmax 6.1 Gy; brain-minus-GTV V18 (3 fx) 19.4 cc. Physics "
              "second check (MU check software) within 1.8%; portal dosimetry gamma 99.2% (2%/1 mm)."),
            sig("Henrietta Oyelaran-Fisk, MD 10/12/2026   /   Barnaby Strachwitz, PhD, DABR 10/12/2026"),
        ]], opts=dict(header=hdr(_c, 2))),
        Doc("4_treatment_record.pdf", [[
            H1("Treatment Delivery Record"),
            RuledTable([("Fx", "Date", "Plan", "Targets", "CBCT + 6DoF shift", "Therapists"),
                        ("1", "10/14/2026", "SRS_3fx", "all 3", "approved, max 1.2 mm", "KB / TL"),
                        ("2", "10/16/2026", "SRS_3fx", "all 3", "approved, max 0.8 mm", "KB / TL"),
                        ("3", "10/19/2026", "SRS_3fx", "all 3", "approved, max 0.9 mm", "KB / MR")]),
            P("Intrafraction monitoring with surface guidance (threshold 1 mm). Physician reviewed CBCT before each fraction."),
        ]], opts=dict(header=hdr(_c, 2))),
        Doc("5_completion.pdf", [[
            H1("Treatment Completion Summary"),
            P("Course 10/14/2026 - 10/19/2026, three fractions, all delivered as planned. Surgical cavity, left frontal: "
              "27 Gy in 3 fractions. Right parietal metastasis: 24 Gy in 3 fractions. New left cerebellar metastasis: "
              "24 Gy in 3 fractions. Tolerated well; mild fatigue. Dabrafenib/trametinib resumed 10/22. MRI brain in 6 weeks."),
            sig("Henrietta Oyelaran-Fisk, MD 10/21/2026"),
        ]], opts=dict(header=hdr(_c, 2))),
    ])

# b34_03 -- scan with fax header (130 dpi): GK frame, right trigeminal neuralgia 80 Gy max -------------------
_c = "SALTMARSH REGIONAL GAMMA KNIFE UNIT"
add(name="b34_03", kind="scan", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve", "cranial", C, 80, 1)],
    categories=cats(),
    notes="One faxed page scanned at 130 dpi, fax banner in the header: Gamma Knife radiosurgery for right V2/V3 "
          "trigeminal neuralgia, one 4 mm shot, 80 Gy maximum dose at the nerve root entry zone, Leksell frame, "
          "stereotactic MRI (CISS) and CT fused. Drug doses (carbamazepine 1200 mg, gabapentin 900 mg), a prior "
          "microvascular decompression and balloon compression, BNI scores. Functional target = complex.",
    docs=[Doc("b34_03.pdf", [[
        H1("RADIOSURGERY PROCEDURE REPORT"),
        KeyValue([("Date of service", "11/18/2026"), ("Diagnosis", "Right trigeminal neuralgia, V2-V3, type 1, refractory (G50.0)"),
                  ("Neurosurgeon", "Tobias Wrenfield-Aku, MD"), ("Radiation oncologist", "Celestine Mabry-Ortiz, MD")]),
        P("History: 66-year-old man with 9 years of lancinating right cheek and jaw pain, BNI pain score IV on carbamazepine "
          "1200 mg/day and gabapentin 900 mg/day with ataxia. Microvascular decompression in 2021 gave 2 years of relief; "
          "percutaneous balloon compression in 2024 caused numbness and the pain has recurred. Radiosurgery chosen."),
        P("Procedure: Leksell G frame applied under local anesthesia (bupivacaine 0.5%, 12 mL). Stereotactic MRI with 0.5 mm "
          "CISS and T1 post-contrast, and a stereotactic CT (1 mm) because of a titanium MVD clip artifact; both registered in "
          "GammaPlan, fiducial error 0.4 mm. Target: right trigeminal nerve, cisternal segment 7 mm anterior to the root entry "
          "zone. One 4 mm isocenter, 80 Gy maximum dose (100% isodose); brainstem surface 15.6 Gy at the 20% line. "
          "Physics verified the shot coordinates against the frame co-ordinates before delivery. Delivered on the Icon in "
          "one session, 58 minutes. Frame removed, no complications."),
        P("Impression: right trigeminal neuralgia treated with Gamma Knife radiosurgery, 80 Gy maximum dose, single session. "
          "Continue carbamazepine at the current dose until review in 6 weeks; taper thereafter if pain-free."),
        sig("T. Wrenfield-Aku, MD / C. Mabry-Ortiz, MD 11/18/2026"),
    ]], opts=dict(header=["11/20/2026 14:32   FROM: SALTMARSH GK UNIT 555-0144   TO: BILLING 555-0190   P. 001/001",
                          _c, f"Patient: {patient(3)}    MRN: {mrn(3)}"],
                  scan=True, scan_dpi=130, font="Courier"))])

# b34_04 -- EHR text export: Edge single fraction, left vestibular schwannoma 12 Gy; 61796 claimed (wrong) -----
add(name="b34_04", kind="ehr_text", codes=["77372", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    notes="EHR text export with template residue ('***', unfilled SmartList braces, @TOKENS@): single-fraction "
          "linac radiosurgery on a Varian Edge, left vestibular schwannoma 1.8 cm, 12 Gy to the 80% isodose, "
          "Encompass mask, CT + MRI, ExacTrac and CBCT. Hypofractionation 25 Gy/5 offered and declined. "
          "Schwannoma = complex, so the claimed 61796 is wrong.",
    docs=[Doc("b34_04.txt", text=f"""
==== PRINTED FROM EHR  -  KESTREL POINT MEDICAL CENTER  -  RADIATION ONCOLOGY  -  11/30/2026 09:12 ====
Patient: {patient(4)}   MRN: {mrn(4)}   DOB: 03/14/1968   Encounter type: Procedure   Dept: RADONC KPMC

SRS PROCEDURE NOTE
Date of service: 11/24/2026
Attending: Perpetua Lindqvist-Obi, MD   Physicist: Ignatius Farrow, MS, DABR
@REFERRINGPROVIDER@ cc'd

Diagnosis: Left vestibular schwannoma (D33.3), 1.8 x 1.4 cm, Koos grade 2, growth of 3 mm in 12 months.
{{Hearing status:12345::"Gardner-Robertson class II, PTA 35 dB, WRS 80%"}}
Treatment options reviewed: observation, microsurgery, single-fraction SRS, or hypofractionated SRT 25 Gy in 5 fractions for hearing preservation. Patient declined the 5-fraction option (travel distance 140 miles) and chose single-fraction SRS. ***

Simulation 11/17/2026: Encompass SRS thermoplastic mask, CT 0.625 mm. MRI 11/16/2026 (3D FIESTA 0.6 mm + T1 post contrast) fused to CT in Brainlab Elements. GTV = enhancing tumor; PTV = GTV + 0 mm.
Prescription: 12 Gy in 1 fraction to the 80% isodose line. Cochlea mean 3.9 Gy; brainstem Dmax 11.2 Gy; facial nerve region not separately contoured.
Plan: 5 dynamic conformal arcs, Elements Cranial SRS; independent MU check within 2%.
Delivery 11/24/2026 on Varian Edge: ExacTrac X-ray pair + CBCT, 6DoF couch correction 0.7 mm / 0.4 deg, ExacTrac verification between arcs. Delivered without interruption.
Summary: left vestibular schwannoma, 12 Gy x 1 fraction, delivered 11/24/2026.
Follow-up: MRI IAC w/wo in 6 months, audiogram in 6 months. {{Follow-up interval:31001::"6 months","12 months"}}
Electronically signed by Perpetua Lindqvist-Obi, MD on 11/24/2026 17:40
This note was generated in part using smart text; *** indicates fields not completed.
{FOOT}
""")])

# b34_05 -- dictated txt: ZAP-X single fraction, parasagittal meningioma; second meningioma observed -----------
add(name="b34_05", kind="text", codes=["77372", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right parasagittal meningioma", "cranial", S, 13, 1)],
    categories=cats(),
    notes="Dictated radiosurgery procedure note plus completion letter in one transcription file: ZAP-X "
          "self-shielded linac, right parasagittal meningioma 2.6 cm, dose self-corrected in dictation from 14 to "
          "13 Gy ('strike that'), 13 Gy everywhere after that; an 8 mm left falcine meningioma observed, not "
          "treated; 'new paragraph' residue. Simple (under 3.5 cm, not near optic apparatus or brainstem).",
    docs=[Doc("b34_05.txt", text=f"""
VELLUMWORKS MEDICAL DICTATION -- for Larchmont Tor Radiosurgery Center
Report type: OPERATIVE/PROCEDURE   Job no. 55-20931   Voice file 00:06:41
Patient {patient(5)}    MRN {mrn(5)}    Date of service 10/27/2026

RADIOSURGERY PROCEDURE NOTE

Indication: the patient is a fifty nine year old gentleman with a right parasagittal meningioma measuring two point six centimeters, WHO grade one presumed, with interval growth over two years and new focal seizures controlled on levetiracetam five hundred milligrams twice a day comma no surgery desired. new paragraph He also has a small left falcine meningioma, eight millimeters, unchanged since two thousand twenty two, which we are not treating and will simply observe. new paragraph

Procedure: he was immobilized in a ZAP-X thermoplastic head mask made at simulation on ten twenty, planning CT one millimeter and a contrast MRI from ten nineteen fused for contouring. The tumor was outlined with its dural tail, PTV equals GTV. The prescription was one thousand four hundred, strike that, thirteen hundred centigray, thirteen Gy in a single fraction, to the fifty eight percent isodose line, using one hundred and twelve beams from the ZAP-X gyroscopic gantry with the seven point five and ten millimeter collimators. Superior sagittal sinus was patent and we accepted a point maximum of twenty one point two Gy within the tumor. The kV image pairs confirmed alignment within zero point five millimeters before and during treatment and the plan had physics QA with film, passing. Treatment time thirty eight minutes, tolerated well. new paragraph

Completion: single fraction radiosurgery completed ten twenty seven twenty twenty six, right parasagittal meningioma, thirteen Gy in one fraction. Return in six months with MRI. period

Dictated by Ravindra Holloway-Preece, MD. Dictated but not read.
D 10/27/2026  T 10/28/2026
{FOOT}
""")])

# b34_06 -- bundle (4 docs): GK frame, consult for five, seven treated; GammaPlan targets T1..T7 --------------
_c = "CORRIGAN FELLS GAMMA KNIFE CENTRE"
add(name="b34_06", kind="bundle", codes=["77371", "77432", "61798", "61799", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 7, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right frontal", "cranial", C, 15, 1), L("left frontal", "cranial", S, 20, 1),
             L("left medial temporal near optic tract", "cranial", C, 16, 1), L("right occipital", "cranial", S, 20, 1),
             L("left cerebellar", "cranial", S, 20, 1), L("right thalamic", "cranial", S, 18, 1),
             L("left parietal", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Four documents: consult (five metastases recommended for GK), frame + treatment-day note (day-of "
          "MRI shows seven, all seven treated), GammaPlan target table with labels T1..T7 (look like vertebrae; "
          "'T1 post-contrast' sequence too), completion letter naming the lesions anatomically only. Complex: "
          "T1 right frontal 3.6 cm (size) and T3 left medial temporal 3 mm from the left optic tract; the "
          "thalamic lesion is not brainstem (simple).",
    docs=[
        Doc("1_consult.pdf", [[
            H1("Neuro-Oncology Radiosurgery Consultation"),
            P("Date 11/02/2026. 62-year-old woman with small cell... no, non-small cell lung cancer (adenocarcinoma, ALK negative) "
              "on pembrolizumab 200 mg every 3 weeks. MRI 10/28/2026 shows five enhancing metastases: right frontal 3.6 cm "
              "with edema, left frontal 1.2 cm, left medial temporal 0.9 cm abutting the left optic tract, right occipital "
              "0.8 cm, left cerebellar 1.0 cm. KPS 80. Dexamethasone 4 mg twice daily started for edema."),
            P("Plan: single-session Gamma Knife radiosurgery with a Leksell frame to the five lesions, with day-of-treatment "
              "stereotactic MRI. If additional lesions are seen they will be treated in the same session if safe."),
            sig("Wilhelmina Adeyemi-Cross, MD (Radiation Oncology) 11/02/2026"),
        ]], opts=dict(header=hdr(_c, 6))),
        Doc("2_treatment_day.txt", text=f"""
{_c} -- FRAME PLACEMENT AND RADIOSURGERY NOTE
{patient(6)}   {mrn(6)}   11/09/2026

Leksell G frame applied 07:10 under local anaesthetic, four pins, stable. Stereotactic MRI (T1 post-contrast 1 mm, T2) and stereotactic CT (1 mm) obtained and co-registered in GammaPlan. The day-of MRI shows TWO NEW small lesions compared with 10/28: right thalamus 5 mm and left parietal 4 mm. After discussion with the patient and her husband, all seven lesions were treated today. Prescriptions per the GammaPlan printout (T1 to T7). Total beam-on 94 min on the Perfexion, delivered without interruption. Frame off 11:52. Dexamethasone 4 mg twice daily to continue for 5 days then taper.
Physics: frame co-ordinate check and independent shot-time calculation done (L. Thorogood, MSc).
Signed: Alasdair Kimura-Holt, MD (Neurosurgery); Wilhelmina Adeyemi-Cross, MD (Radiation Oncology)
{FOOT}
"""),
        Doc("3_gammaplan_targets.pdf", [[
            H1("Leksell GammaPlan - Treatment Plan Summary"),
            RuledTable([("Target", "Location", "Max dim (cm)", "Rx (Gy)", "Isodose", "Shots", "Note"),
                        ("T1", "R frontal", "3.6", "15", "50%", "21", "edema"),
                        ("T2", "L frontal", "1.2", "20", "50%", "6", ""),
                        ("T3", "L medial temporal", "0.9", "16", "50%", "4", "3 mm to L optic tract"),
                        ("T4", "R occipital", "0.8", "20", "50%", "3", ""),
                        ("T5", "L cerebellar", "1.0", "20", "50%", "4", ""),
                        ("T6", "R thalamus", "0.5", "18", "50%", "1", "new on day-of MRI"),
                        ("T7", "L parietal", "0.4", "20", "50%", "1", "new on day-of MRI")]),
            P("Optic tract max 7.9 Gy; optic chiasm max 6.4 Gy; brainstem max 9.8 Gy; V12 normal brain 14.2 cc. "
              "Collimators 4/8/16 mm. Plan approved by neurosurgery, radiation oncology and physics."),
        ]], opts=dict(header=hdr(_c, 6))),
        Doc("4_completion_letter.txt", text=f"""
Corrigan Fells Gamma Knife Centre
11/12/2026

Dear Dr. Pemberton-Salas,

Re: {patient(6)}, {mrn(6)}

Thank you for referring Mrs. Thirtyfourpatient. On 9 November she had single-session frame-based Gamma Knife radiosurgery to seven brain metastases. Although we had planned for five, the day-of-treatment MRI showed two further small deposits, in the right thalamus and the left parietal lobe, and these were included. Doses at the 50% isodose: the large right frontal deposit 15 Gy; left frontal 20 Gy; left medial temporal (next to the optic tract) 16 Gy; right occipital 20 Gy; left cerebellar 20 Gy; right thalamic 18 Gy; left parietal 20 Gy. She tolerated it well and went home the same afternoon. We will see her with an MRI in eight weeks.

Yours sincerely,
Wilhelmina Adeyemi-Cross, MD
{FOOT}
"""),
    ])

# b34_07 -- two-column PDF: Novalis FSRT left petroclival meningioma 25 Gy / 5; prior GK 2019 at length -------
_c = "ASHBOURNE QUAY HOSPITAL - STEREOTACTIC RADIOTHERAPY"
add(name="b34_07", kind="pdf", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left petroclival meningioma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Two-column completion summary: Novalis Tx FSRT, left petroclival meningioma 2.9 cm, 5 Gy x 5 = "
          "25 Gy to the 85% isodose, mask, CT + MRI, ExacTrac each fraction. An earlier 2019 frame-based Gamma "
          "Knife course (12 Gy to a right vestibular schwannoma) is described at length. Petroclival = complex.",
    docs=[Doc("b34_07.pdf", [[
        H1("Stereotactic Radiotherapy Completion Summary"),
        KeyValue([("Course", "09/14/2026 - 09/18/2026"), ("Attending", "Octavia Brannigan-Lutz, MD")]),
        H2("Diagnosis"),
        P("Left petroclival meningioma, 2.9 x 2.1 cm, enlarging on serial MRI, with new left facial numbness (V2). "
          "Biopsy not performed; imaging diagnosis agreed at the skull-base tumour board."),
        H2("Earlier radiosurgery (2019)"),
        P("In March 2019 the patient had Gamma Knife radiosurgery at another centre for a right vestibular schwannoma: "
          "Leksell frame, stereotactic MRI and CT, 12 Gy to the 50% isodose line in a single session with 11 shots. "
          "That tumour has been stable since, with serviceable hearing on the right. No dose from that course overlaps "
          "the current target (right cerebellopontine angle versus left petroclival region)."),
        H2("Simulation and planning"),
        P("Brainlab frameless thermoplastic mask. Planning CT 1.25 mm and MRI with contrast (T1 MPRAGE, FIESTA) fused. "
          "GTV the enhancing tumour; PTV GTV + 1 mm. Brainstem and left optic nerve contoured; the tumour lies 9 mm "
          "from the left optic nerve. Plan: 7 dynamic conformal arcs, iPlan."),
        ColumnBreak(),
        H2("Prescription and delivery"),
        P("25 Gy in 5 fractions of 5 Gy to the 85% isodose line, Novalis Tx, 6 MV SRS mode. ExacTrac stereoscopic "
          "X-ray before each arc, all corrections under 1 mm. Physics second calculation within 1.5%."),
        RuledTable([("Fx", "Date", "Dose (Gy)"), ("1", "09/14", "5"), ("2", "09/15", "5"), ("3", "09/16", "5"),
                    ("4", "09/17", "5"), ("5", "09/18", "5")]),
        P("Brainstem D0.03cc 23.1 Gy; left optic nerve max 8.4 Gy; cochlea mean 6.0 Gy."),
        H2("Summary"),
        P("Left petroclival meningioma: 25 Gy in 5 fractions completed 09/18/2026 without interruption. Mild headache "
          "on fraction 2 settled with paracetamol 1 g. Follow-up MRI in 6 months."),
        sig("Octavia Brannigan-Lutz, MD 09/21/2026"),
    ]], opts=dict(header=hdr(_c, 7), two_columns=True, font="Times-Roman"))])

# b34_08 -- bundle (4 docs): Versa HD cavity FSRT planned 30 Gy/5, interrupted after 3 fractions (18 Gy) ------
_c = "PENWORTHY ABBEY CANCER CENTRE"
add(name="b34_08", kind="bundle", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("right temporal resection cavity", "cranial", S, 18, 3)],
    categories=cats(),
    notes="Four documents: prescription (right temporal cavity 2.9 cm, 30 Gy in 5 x 6 Gy, Elekta Versa HD), "
          "treatment record (fractions 1-3 delivered, 4-5 cancelled), inpatient interruption note (pulmonary "
          "embolism, enoxaparin 1 mg/kg; patient declines to resume), end-of-treatment summary: 18 Gy in 3 "
          "fractions delivered. Planned 30 Gy/5 is not the delivered course. Cavity under 3.5 cm = simple.",
    docs=[
        Doc("1_prescription.pdf", [[
            H1("Radiotherapy Prescription - Stereotactic"),
            KeyValue([("Site", "Right temporal resection cavity (metastatic colorectal adenocarcinoma)"),
                      ("Unit", "Elekta Versa HD, Agility MLC, HexaPOD couch"),
                      ("Dose", "30 Gy in 5 fractions, 6 Gy per fraction, daily"),
                      ("Immobilisation", "Orfit thermoplastic SRS mask"),
                      ("Imaging", "Planning CT 1 mm + post-op MRI T1 contrast 10/02/2026, fused (Monaco)"),
                      ("Target", "CTV = cavity + 2 mm; PTV = CTV + 1 mm; cavity max dimension 2.9 cm")]),
            P("Technique: 3 VMAT arcs, Monaco 6.1. OAR: brainstem Dmax < 25 Gy/5, optic apparatus < 25 Gy/5. "
              "Patient-specific QA (ArcCHECK) 98.7% gamma 3%/2 mm."),
            sig("Gideon Marchetti-Royce, MD 10/06/2026; physics check Selwyn Oduya, MSc 10/07/2026"),
        ]], opts=dict(header=hdr(_c, 8))),
        Doc("2_treatment_record.pdf", [[
            H1("Delivery Record - Course 1 (SRT_RTemp)"),
            RuledTable([("Fx", "Date", "Dose (Gy)", "Cum (Gy)", "XVI CBCT", "Status"),
                        ("1", "10/08/2026", "6", "6", "match approved", "delivered"),
                        ("2", "10/09/2026", "6", "12", "match approved", "delivered"),
                        ("3", "10/12/2026", "6", "18", "match approved", "delivered"),
                        ("4", "10/13/2026", "-", "18", "-", "not delivered (inpatient)"),
                        ("5", "10/14/2026", "-", "18", "-", "cancelled")]),
        ]], opts=dict(header=hdr(_c, 8))),
        Doc("3_interruption_note.txt", text=f"""
PENWORTHY ABBEY - RADIATION ONCOLOGY INPATIENT CONSULT NOTE   10/13/2026
{patient(8)}  {mrn(8)}

Called to see the patient on the medical ward: admitted overnight with dyspnoea, CT pulmonary angiogram shows bilateral pulmonary emboli. Started on enoxaparin 1 mg/kg twice daily. She has had three of five planned fractions to the right temporal cavity (18 Gy of 30 Gy). We discussed completing the remaining two fractions after discharge; she does not wish to return for further treatment and understands the cavity has received a partial course. Fractions 4 and 5 cancelled. Course closed.
G. Marchetti-Royce, MD
{FOOT}
"""),
        Doc("4_end_of_treatment.pdf", [[
            H1("End of Treatment Summary"),
            P("Course status: STOPPED EARLY (patient decision after hospital admission). Planned: 30 Gy in 5 fractions to "
              "the right temporal resection cavity. Delivered: 18 Gy in 3 fractions, 10/08/2026 - 10/12/2026, on the Versa HD "
              "with daily CBCT. No acute toxicity. MRI brain in 8 weeks; discuss further cavity treatment only if recurrence."),
            sig("Gideon Marchetti-Royce, MD 10/20/2026"),
        ]], opts=dict(header=hdr(_c, 8))),
    ])

# b34_09 -- dictated completion letter + procedure note: Icon mask single session, three metastases;
#           letter opening says two (contradiction); 61800 claimed without a frame -------------------------
add(name="b34_09", kind="text", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal", "cranial", S, 20, 1), L("right temporal", "cranial", S, 18, 1),
             L("left cerebellar", "cranial", S, 20, 1)],
    categories=cats(),
    contradiction="The completion letter's opening says Gamma Knife radiosurgery to two metastases, but the same letter and the procedure note list and dose three (left frontal, right temporal, left cerebellar).",
    notes="Dictated completion letter followed by the transcribed procedure note: Gamma Knife Icon, thermoplastic "
          "mask (no frame), single session, melanoma, three metastases 20/18/20 Gy at the 50% IDL, planning MRI "
          "+ CT, CBCT at the Icon. The letter's first line says two metastases. 61800 claimed without a frame.",
    docs=[Doc("b34_09.txt", text=f"""
TRANSCRIPTION -- Wickerfield Neurosurgical Associates / Gamma Knife at St Brannock's
Document: LETTER   Dictator: Ottoline Fairweather-Nkem, MD   D 12/01/2026   T 12/02/2026   Job 118-4403

Dear Dr. Castellanos-Reid,

I saw your patient {patient(9)}, MRN {mrn(9)}, for Gamma Knife radiosurgery to two brain metastases on November thirtieth comma and I am pleased to report the treatment went smoothly period new paragraph As you know she is a forty eight year old woman with metastatic melanoma on nivolumab four eighty milligrams every four weeks comma KPS ninety comma and her MRI on November twentieth showed three enhancing lesions, the left frontal at one point one centimeters, the right temporal at one point eight centimeters and the left cerebellar at zero point seven centimeters. We treated the left frontal lesion with twenty Gy, the right temporal lesion with eighteen Gy and the left cerebellar lesion with twenty Gy, all to the fifty percent isodose line, in a single session on the Icon using a thermoplastic mask rather than a frame. new paragraph She will have a follow up MRI in eight weeks period thank you for allowing me to participate in her care.

Sincerely, Ottoline Fairweather-Nkem, MD
Dictated but not read.

----- PROCEDURE NOTE (transcribed from the same dictation session) -----
DATE: 11/30/2026. PROCEDURE: Leksell Gamma Knife Icon radiosurgery, mask-based, single fraction. Thermoplastic mask and head cushion made 11/23/2026 with the infrared nose marker. Planning MRI 11/23/2026 with gadolinium, 1 mm, and a planning CT 11/23/2026 for skull and electron density, co-registered in GammaPlan. Targets: 1. left frontal, 20 Gy at 50%; 2. right temporal, 18 Gy at 50%; 3. left cerebellar, 20 Gy at 50%. Brainstem max 7.2 Gy. Icon cone-beam CT at setup registered to the planning reference, shift accepted; intrafraction motion monitoring threshold 1.5 mm, no interruptions. Physics independent check of shot times. Beam-on time 41 minutes. Tolerated well, no steroids required.
O. Fairweather-Nkem, MD / co-signed Jareth Pullinger, PhD (physics)
{FOOT}
""")])


# ==================================================================================================
# CyberKnife (2)
# ==================================================================================================

# b34_10 -- dictated txt: CyberKnife prostate 36.25 Gy / 5; completion paragraph says forty Gy (contradiction) --
add(name="b34_10", kind="text", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    contradiction="The completion paragraph says a total of forty Gy, while the prescription and the fraction list give 7.25 Gy x 5 = 36.25 Gy.",
    notes="Dictated SBRT procedure note + completion paragraph: CyberKnife M6, favourable intermediate-risk "
          "prostate cancer, four gold fiducials placed by urology, MRI + CT, Vac-Lok, Synchrony/fiducial "
          "tracking, 725 cGy x 5 = 36.25 Gy (a 40 Gy simultaneous boost considered and not used). The completion "
          "paragraph says forty Gy. PSA, Gleason, bicalutamide dose, age.",
    docs=[Doc("b34_10.txt", text=f"""
MERIDIAN ECHO TRANSCRIPTION for Holloway Combe Radiation Centre
Work type: SBRT PROCEDURE NOTE    Author: Thaddeus Ocampo-Breslin, MD    Job 90-77125
PATIENT: {patient(10)}   MRN: {mrn(10)}   Course dates: 10/19/2026 through 10/29/2026

HISTORY colon sixty seven year old man with adenocarcinoma of the prostate comma Gleason three plus four equals seven comma PSA six point eight comma cT1c comma favorable intermediate risk comma no ADT planned comma bicalutamide fifty milligrams was discussed, correction, he received no hormonal therapy at all. period new paragraph

PREPARATION colon four gold fiducial markers placed transperineally by Dr. Amundsen of urology on September twenty eighth. Planning CT one point two five millimeters and MRI pelvis T2 on October fifth fused in Precision for prostate and urethra delineation. Immobilization in a Vac-Lok lower body cushion with knee support. We did consider a focal boost to forty Gy to the MRI dominant lesion but it was not used. new paragraph

PRESCRIPTION colon seven hundred twenty five centigray per fraction times five fractions to the prostate PTV comma total thirty six point two five Gy comma prescribed to the seventy eight percent isodose comma every other day period Rectum V thirty six less than one cc comma bladder V thirty seven less than ten cc comma urethra max thirty eight point nine Gy period Physics delivery QA with film passed. new paragraph

DELIVERY colon CyberKnife M6 with InCise MLC comma fiducial tracking with Synchrony throughout each fraction comma all five fractions given on ten nineteen comma ten twenty one comma ten twenty three comma ten twenty seven comma and ten twenty nine comma each seven point two five Gy. Tolerated with grade one urinary frequency on tamsulosin zero point four milligrams. new paragraph

COMPLETION colon prostate SBRT completed October twenty ninth comma total of forty Gy in five fractions comma PSA in three months. period

Thaddeus Ocampo-Breslin, MD   Dictated but not read.
{FOOT}
""")])

# b34_11 -- scan (115 dpi): CyberKnife L1 renal-cell metastasis 27 Gy / 3; T11 haemangioma not treated;
#           63621 claimed with one spinal lesion -----------------------------------------------------------
_c = "TAMSWORTH MOOR CYBERKNIFE CENTER"
add(name="b34_11", kind="scan", codes=["77373", "77435", "63620", "63621"],
    facts=F("robotic_linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L1 renal cell metastasis", "spinal", None, 27, 3)],
    categories=cats(),
    notes="One page scanned at 115 dpi: CyberKnife spine SBRT to the renal-cell deposit in L1 (named 'the "
          "RCC deposit' / 'the renal primary's spinal metastasis'), 9 Gy x 3 = 27 Gy, Xsight Spine tracking, "
          "vacuum cushion, CT + MRI. A T11 haemangioma on the MRI is not treated; an earlier 8 Gy x 1 to L1 in "
          "2025 is described. One spinal lesion, so the claimed 63621 is wrong.",
    docs=[Doc("b34_11.pdf", [[
        H1("SPINE SBRT TREATMENT SUMMARY"),
        KeyValue([("Dates", "11/02/2026, 11/04/2026, 11/06/2026"), ("Unit", "CyberKnife S7, Xsight Spine tracking"),
                  ("Diagnosis", "Metastatic clear cell renal cell carcinoma, L1 vertebral body and left pedicle")]),
        P("History: 72-year-old man, left nephrectomy 2022, on cabozantinib 40 mg daily. In 2025 he received 8 Gy in a "
          "single fraction to L1 for pain at an outside hospital (conventional AP/PA). Pain has returned with MRI progression "
          "of the RCC deposit, no epidural compression (Bilsky 1a). A T11 vertebral haemangioma is also present and needs "
          "no treatment. SINS 7."),
        P("Planning: CT myelogram was considered and not needed; planning CT 1 mm and MRI T1/T2/STIR of the lumbar spine "
          "fused in Precision. GTV the L1 lesion, CTV per consensus (body + left pedicle), PTV CTV + 2 mm sparing the canal. "
          "Alpha Cradle-type vacuum cushion, arms on chest."),
        P("Prescription: 9 Gy x 3 fractions = 27 Gy to the 76% isodose, re-irradiation accepted given the low prior dose. "
          "Cauda equina Dmax 17.9 Gy; spinal cord (to L1) D0.03cc 14.6 Gy. 186 beams, Iris collimator."),
        RuledTable([("Fx", "Date", "Dose", "Tracking"), ("1", "11/02/2026", "9 Gy", "Xsight Spine, 6D, corrections < 1 mm"),
                    ("2", "11/04/2026", "9 Gy", "Xsight Spine"), ("3", "11/06/2026", "9 Gy", "Xsight Spine")]),
        P("Summary: L1 renal cell metastasis 27 Gy in 3 fractions, completed. Follow-up MRI in 3 months."),
        sig("Marguerite Eskildsen-Roy, MD 11/09/2026"),
    ]], opts=dict(header=hdr(_c, 11), scan=True, scan_dpi=115, font="Helvetica"))])


# ==================================================================================================
# Body / spine SBRT (6)
# ==================================================================================================

# b34_12 -- bundle (6 docs): lung SBRT, consult 54/3 -> delivered 50/5; LLL nodule observed -----------------
_c = "GRAYSTONE LOCK THORACIC ONCOLOGY"
add(name="b34_12", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe", "body", None, 50, 5)],
    categories=cats(),
    notes="Six documents: consult (54 Gy/3 to a 2.1 cm RUL adenocarcinoma), PET/CT report (RUL SUV 8.4, 6 mm "
          "LLL nodule non-avid: observe), simulation note (4DCT, BodyFIX, PET fused), plan (changed to 50 Gy/5 "
          "because the PTV abuts the chest wall), treatment record (5 fractions with CBCT), completion. Names: "
          "'RUL nodule', 'right apical mass', 'PTV_RUL', 'right upper lobe primary'. LLL nodule not treated.",
    docs=[
        Doc("1_consult.pdf", [[
            H1("Thoracic Radiation Oncology Consultation"),
            P("08/31/2026. 78-year-old former smoker (55 pack-years), FEV1 0.9 L (38%), DLCO 41%, deemed inoperable. "
              "CT-guided biopsy of a 2.1 cm right upper lobe nodule: adenocarcinoma, cT1c N0 M0. ECOG 1."),
            P("Recommendation: SBRT 54 Gy in 3 fractions to the RUL nodule, subject to the distance to the chest wall on "
              "planning. Oxygen 2 L at night continues."),
            sig("Imogen Threlkeld-Ansah, MD 08/31/2026"),
        ]], opts=dict(header=hdr(_c, 12))),
        Doc("2_pet_ct_report.txt", text=f"""
GRAYSTONE LOCK IMAGING - PET/CT REPORT   09/03/2026
{patient(12)}  {mrn(12)}
FINDINGS: Right apical mass 2.1 cm, SUVmax 8.4. A 6 mm left lower lobe nodule, SUVmax 1.1 (below blood pool), unchanged from 2024 CT. No hilar/mediastinal or distant FDG-avid disease.
IMPRESSION: Avid right upper lobe primary. Indeterminate non-avid LLL nodule, likely benign; continued CT surveillance suggested.
{FOOT}
"""),
        Doc("3_simulation.txt", text=f"""
GRAYSTONE LOCK THORACIC ONCOLOGY - SBRT SIMULATION NOTE   09/10/2026
{patient(12)}  {mrn(12)}
Supine in BodyFIX vacuum bag with wing board, arms up; 4DCT with 10 phases, tumour motion 7 mm SI. ITV from the MIP and all phases. Staging PET/CT of 09/03 registered to the planning CT for delineation. The LLL nodule is not a target (observe per tumour board 09/08).
Therapist: J. Oduro, RTT; MD: I. Threlkeld-Ansah
{FOOT}
"""),
        Doc("4_plan.pdf", [[
            H1("SBRT Plan Approval"),
            P("The PTV_RUL (ITV + 5 mm, 24.6 cc) overlaps the right posterior chest wall; chest wall V30 with 54 Gy/3 was "
              "48 cc. Prescription changed to 50 Gy in 5 fractions of 10 Gy, every other day, to the 80% isodose."),
            KeyValue([("Unit", "Varian TrueBeam, 6 MV FFF"), ("Technique", "2 partial VMAT arcs, Eclipse AcurosXB"),
                      ("Coverage", "PTV V100 95.3%, D2cm 46%"), ("OAR", "chest wall V30 29 cc; cord max 14.1 Gy; bronchial tree max 22 Gy"),
                      ("QA", "portal dosimetry 99.6% (3%/2 mm); independent calculation 1.1%")]),
            sig("Imogen Threlkeld-Ansah, MD / Piers Abernethy, PhD 09/16/2026"),
        ]], opts=dict(header=hdr(_c, 12))),
        Doc("5_treatment_record.pdf", [[
            H1("Treatment Record - SBRT RUL"),
            RuledTable([("Fx", "Date", "Dose (cGy)", "Cum (cGy)", "CBCT (ITV match)"),
                        ("1", "09/18/2026", "1000", "1000", "approved MD"), ("2", "09/21/2026", "1000", "2000", "approved MD"),
                        ("3", "09/23/2026", "1000", "3000", "approved MD"), ("4", "09/25/2026", "1000", "4000", "approved MD"),
                        ("5", "09/28/2026", "1000", "5000", "approved MD")]),
        ]], opts=dict(header=hdr(_c, 12))),
        Doc("6_completion.txt", text=f"""
GRAYSTONE LOCK THORACIC ONCOLOGY - COMPLETION NOTE   09/30/2026
{patient(12)}  {mrn(12)}
Completed SBRT to the right upper lobe primary, 50 Gy in 5 fractions (09/18 - 09/28/2026), without breaks. The originally proposed 54 Gy in 3 was not used because of chest wall dose. LLL nodule under CT surveillance, untreated. Grade 1 fatigue. CT chest 3 months.
I. Threlkeld-Ansah, MD
{FOOT}
"""),
    ])

# b34_13 -- dictated txt: liver SBRT, HCC segment VIII, 15 Gy per fraction x 3 (no total stated) --------------
add(name="b34_13", kind="text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("segment VIII hepatocellular carcinoma", "body", None, 45, 3)],
    categories=cats(),
    notes="Dictated SBRT procedure note: hepatocellular carcinoma in segment VIII after two TACE sessions "
          "(doxorubicin 75 mg), Versa HD, three gold fiducials, abdominal compression plate, 4DCT + contrast MRI "
          "fused; dose given only per fraction (fifteen Gy per fraction, three fractions; the 45 Gy total is "
          "never written). Segment II lesion ablated earlier, not treated. AFP, Child-Pugh, bilirubin numbers.",
    docs=[Doc("b34_13.txt", text=f"""
CLEARWATER DICTATION GROUP   /   Client: Brackenhurst Liver and Radiation Unit
DOCUMENT: SBRT PROCEDURE NOTE   AUTHOR: Leopold Achebe-Winslow, MD   DICTATED 10/22/2026   TRANSCRIBED 10/23/2026
PATIENT {patient(13)}   MRN {mrn(13)}

This is a sixty three year old man with hepatitis C cirrhosis comma Child Pugh A six comma bilirubin one point four comma AFP two hundred twelve comma with a three point one centimeter hepatocellular carcinoma in segment eight that has persisted after two sessions of TACE with doxorubicin seventy five milligrams in May and July period He had a separate segment two lesion treated with microwave ablation last year which shows no viable tumor and is not a target for this course. new paragraph

Three gold fiducial seeds were placed percutaneously in interventional radiology on September thirtieth period Simulation on October sixth in a BodyFIX cushion with the abdominal compression plate comma four D CT with contrast comma and an MRI liver with gadoxetate on October fifth was fused to the planning CT for the GTV comma which was drawn on the hepatobiliary phase period The fiducials were used as the match surrogate. new paragraph

Prescription was fifteen Gy per fraction for three fractions to the PTV comma prescribed to the eighty percent isodose comma on the Elekta Versa HD with two VMAT arcs planned in Monaco period Liver minus GTV mean dose eleven point two Gy comma seven hundred cc of liver received less than fifteen Gy comma duodenum max sixteen point one Gy comma stomach max fourteen point eight Gy period Physics patient specific QA passed at ninety nine percent. new paragraph

Fractions were given October fourteenth comma sixteenth and twentieth comma each at fifteen Gy comma with XVI cone beam CT before each fraction matched to the fiducials and repeated midway through each fraction period No interruptions period He tolerated treatment with mild nausea treated with ondansetron eight milligrams. new paragraph

IMPRESSION colon stereotactic body radiation to the segment eight hepatocellular carcinoma comma three fractions of fifteen Gy each comma completed October twentieth period MRI liver and AFP in three months.

Dictated but not read   L. Achebe-Winslow, MD
{FOOT}
""")])

# b34_14 -- EHR text export: left kidney RCC single fraction 26 Gy; 77432 claimed (wrong, not cranial) -------
add(name="b34_14", kind="ehr_text", codes=["77373", "77435", "77432"],
    facts=F("linac", ["body"], 1, 1, ["CT"], ["body_immobilization"]),
    lesions=[L("left renal mass", "body", None, 26, 1)],
    categories=cats(),
    notes="EHR text export with template residue (*** fields, a blank SmartList, a pasted-in medication list): "
          "single-fraction SBRT 26 Gy x 1 to a 3.4 cm left renal cell carcinoma on a TrueBeam, 4DCT only, "
          "BodyFIX with compression belt, CBCT before and mid-treatment. 'MRI contraindicated (pacemaker)'. "
          "Single-fraction body course: 77373/77435 fit; 77432 (cranial management) is wrong.",
    docs=[Doc("b34_14.txt", text=f"""
********** EXPORTED CLINICAL DOCUMENT **********
Facility: ORRINGTON MEADS HEALTH - RADIATION THERAPY SERVICES
Patient Name: {patient(14)}         MRN: {mrn(14)}         Sex: F
Document: Radiation Oncology Treatment Summary       Status: Signed       Export date: 12/01/2026

--- Active Medications (auto-populated) ---
apixaban 5 mg tablet, twice daily | metoprolol succinate 50 mg daily | levothyroxine 88 mcg daily

--- Treatment Summary ---
Diagnosis: Clear cell renal cell carcinoma, left kidney, lower pole, 3.4 cm, cT1a N0 M0, biopsy 08/2026. Not a surgical candidate (age 84, ejection fraction 30%). ***
Imaging: MRI contraindicated (non-conditional pacemaker). Planning 4DCT with IV contrast 10/30/2026 (kidney motion 9 mm), GTV on the arterial phase, ITV from all phases, PTV = ITV + 5 mm.
Immobilization: BodyFIX with abdominal compression belt, arms up.
Treatment unit: TrueBeam, 10 MV FFF, 2 VMAT arcs (Eclipse).
Prescription: 26 Gy in 1 fraction to the 80% isodose line covering the PTV.
{{SBRT dose constraint table:62210:: }}
Constraints: bowel max 18.9 Gy, left renal cortex outside PTV V10 42%, cord 7.2 Gy.
Delivery: 11/06/2026. CBCT pre-treatment (approved by MD at the machine) and mid-treatment CBCT between arcs, shifts < 2 mm. Physics QA: portal dosimetry 98.9%.
Summary: left renal mass treated with 26 Gy x 1 fraction on 11/06/2026. Tolerated well; no haematuria. Creatinine 1.3 pre-treatment.
Follow-up: CT abdomen w/o contrast 3 months, creatinine at 1 month. ***Follow up with @PCP@***

Electronically signed: Seraphine Daintree-Obuya, MD  11/09/2026 08:15
{FOOT}
""")])

# b34_15 -- bundle (4 docs, one scanned page): spine SBRT T10 + L3 from breast cancer, 27 Gy / 3 each;
#           completion letter says 24 Gy to L3 (contradiction) --------------------------------------------
_c = "MIDDLEHOPE SPINE RADIOSURGERY PROGRAM"
add(name="b34_15", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T10", "spinal", None, 27, 3), L("L3", "spinal", None, 27, 3)],
    categories=cats(),
    contradiction="The completion letter says L3 received 24 Gy in 3 fractions, while the prescription and the scanned treatment record give 9 Gy x 3 = 27 Gy to L3.",
    notes="Four documents: prescription (T10 and L3 metastases from ER+ breast cancer, 27 Gy/3 each, TrueBeam, "
          "Vac-Lok, CT + MRI), treatment record scanned at 160 dpi (3 sessions, both targets each session, CBCT), "
          "completion letter (names them 'the breast primary's thoracic and lumbar deposits' and says L3 24 Gy), "
          "follow-up note. Earlier 20 Gy/5 to the right femur. T1/T2 MRI sequence labels next to T10.",
    docs=[
        Doc("1_prescription.pdf", [[
            H1("Spine SBRT Prescription"),
            P("Diagnosis: metastatic ER-positive, HER2-negative breast cancer to T10 (vertebral body, Bilsky 1b) and L3 "
              "(vertebral body and right pedicle, Bilsky 0). Previous radiotherapy: 20 Gy in 5 fractions to the right proximal "
              "femur in 2025; no prior spine radiotherapy. On letrozole 2.5 mg and palbociclib 125 mg (held during SBRT)."),
            RuledTable([("Target", "CTV", "Dose", "Fractions", "Isodose"), ("PTV_T10", "body + both pedicles", "27 Gy", "3", "80%"),
                        ("PTV_L3", "body + right pedicle", "27 Gy", "3", "80%")]),
            P("Planning CT 1 mm in a Vac-Lok bag with knee sponge; MRI total spine (T1, T2, STIR) fused. Cord (T10) D0.03cc "
              "20.3 Gy; cauda equina (L3) 21.0 Gy. Two isocentres, VMAT, Eclipse; TrueBeam 6 MV FFF; physics QA 99.1%."),
            sig("Fenella Amadi-Worthing, MD / physics Cuthbert Lai, PhD 10/26/2026"),
        ]], opts=dict(header=hdr(_c, 15))),
        Doc("2_treatment_record_scan.pdf", [[
            H1("TREATMENT RECORD (printed, initialled)"),
            RuledTable([("Session", "Date", "PTV_T10 (cGy)", "PTV_L3 (cGy)", "CBCT", "Init"),
                        ("1", "10/28/2026", "900", "900", "6DoF, approved", "FA"),
                        ("2", "10/30/2026", "900", "900", "6DoF, approved", "FA"),
                        ("3", "11/02/2026", "900", "900", "6DoF, approved", "FA"),
                        ("Total", "", "2700", "2700", "", "")]),
        ]], opts=dict(header=hdr(_c, 15), scan=True, scan_dpi=160, font="Courier")),
        Doc("3_completion_letter.txt", text=f"""
Middlehope Spine Radiosurgery Program
11/04/2026
Dear Dr. Ferreira-Holm,
{patient(15)} ({mrn(15)}) completed stereotactic body radiotherapy to the breast primary's spinal deposits on 2 November: the thoracic deposit (T10) received 27 Gy in 3 fractions and the lumbar deposit (L3) 24 Gy in 3 fractions. She tolerated treatment well with mild back pain flare managed with dexamethasone 4 mg for two days. Palbociclib may restart on 11/09.
Kind regards, Fenella Amadi-Worthing, MD
{FOOT}
"""),
        Doc("4_followup.txt", text=f"""
MIDDLEHOPE - FOLLOW-UP VISIT 12/01/2026   {patient(15)}  {mrn(15)}
Four weeks after spine SBRT to T10 and L3. Back pain improved, now off opioids. Neuro exam intact. MRI spine planned for February. Continue letrozole and palbociclib.
F. Amadi-Worthing, MD
{FOOT}
"""),
    ])

# b34_16 -- bundle (3 docs): oligometastatic colorectal: right adrenal 40/5 + LLL 50/5; liver lesion dropped --
_c = "ELDERBROOK OLIGOMETASTASIS CLINIC"
add(name="b34_16", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 5, ["CT", "MRI", "PET"], ["body_immobilization"]),
    lesions=[L("right adrenal", "body", None, 40, 5), L("left lower lobe", "body", None, 50, 5)],
    categories=cats(),
    notes="Three documents (consult of two pages, plan, completion): oligometastatic colorectal cancer; consult "
          "plans SBRT to three sites (right adrenal, LLL nodule, liver segment VI); the liver lesion was treated "
          "by microwave ablation instead and dropped. Delivered: right adrenal 40 Gy/5 and LLL 50 Gy/5 in the "
          "same five sessions on a Varian Edge, BodyFIX, 4DCT + MRI abdomen + PET fused. CEA, capecitabine dose.",
    docs=[
        Doc("1_consult.pdf", [[
            H1("Oligometastatic Disease Consultation"),
            P("Date 08/20/2026. 61-year-old woman, sigmoid adenocarcinoma resected 2023 (pT3 N1b), adjuvant CAPOX. "
              "Rising CEA 14.2. PET/CT 08/11/2026: FDG-avid right adrenal nodule 2.4 cm (SUV 9.1), left lower lobe nodule "
              "1.6 cm (SUV 5.0), liver segment VI lesion 1.9 cm. No other disease. ECOG 0."),
            P("Tumour board 08/18: consolidative SBRT to all three sites, followed by maintenance capecitabine 1000 mg/m2."),
        ], [
            P("Proposed doses: right adrenal 40 Gy in 5 fractions; left lower lobe 50 Gy in 5 fractions; liver segment VI "
              "45 Gy in 3 fractions. Risks reviewed: fatigue, nausea, pneumonitis, adrenal insufficiency. She agrees."),
            sig("Lysander Quaye-Marsh, MD 08/20/2026"),
        ]], opts=dict(header=hdr(_c, 16))),
        Doc("2_plan.pdf", [[
            H1("SBRT Plan Summary"),
            P("Change since consult: the liver segment VI lesion was treated with microwave ablation by interventional "
              "radiology on 08/29/2026 (hepatobiliary surgery preference) and is no longer an SBRT target."),
            P("Simulation 09/02/2026: BodyFIX with wing board, 4DCT (adrenal motion 11 mm, LLL 6 mm); MRI abdomen with "
              "contrast 09/01 fused for the adrenal; PET/CT 08/11 fused for the lung target."),
            RuledTable([("Target", "PTV (cc)", "Dose", "Fx", "Isodose", "Key OAR"),
                        ("PTV_R_Adrenal", "31.8", "40 Gy", "5", "80%", "duodenum max 29.4 Gy"),
                        ("PTV_LLL", "18.2", "50 Gy", "5", "80%", "chest wall V30 12 cc")]),
            P("Varian Edge, two isocentres, VMAT (Eclipse); delivery in the same 5 sessions, every other day, CBCT per "
              "isocentre before each target. Physics independent calculation and portal dosimetry passed."),
            sig("Lysander Quaye-Marsh, MD / Delphine Okwuosa, PhD 09/08/2026"),
        ]], opts=dict(header=hdr(_c, 16))),
        Doc("3_completion.txt", text=f"""
ELDERBROOK OLIGOMETASTASIS CLINIC - SBRT COMPLETION SUMMARY   09/24/2026
{patient(16)}  {mrn(16)}
Treated 09/10, 09/12, 09/15, 09/17, 09/19/2026 (5 sessions), all fractions delivered.
1) Right adrenal metastasis: 40 Gy in 5 fractions (8 Gy each).
2) Left lower lobe lung metastasis: 50 Gy in 5 fractions (10 Gy each).
The segment VI liver deposit was ablated on 08/29 and not irradiated.
Mild nausea (ondansetron 4 mg PRN). Morning cortisol normal. Start capecitabine 10/06. PET/CT in 3 months.
L. Quaye-Marsh, MD
{FOOT}
"""),
    ])

# b34_17 -- pdf: pancreas SBRT on Unity MR-linac 40 Gy / 5 adaptive; G0339 claimed on a gantry linac ----------
_c = "THISTLEGATE UNIVERSITY HOSPITAL - MR-LINAC SERVICE"
add(name="b34_17", kind="pdf", codes=["77373", "77435", "G0339"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("pancreatic body", "body", None, 40, 5)],
    categories=cats(),
    notes="Two-page SBRT summary: borderline-resectable pancreatic body adenocarcinoma after FOLFIRINOX (doses "
          "per m2), Elekta Unity MR-linac with daily adapt-to-shape, 8 Gy x 5 = 40 Gy, vacuum cushion, planning "
          "CT + MRI; fiducials explicitly not placed. Daily MR is image guidance. G0339 on a gantry linac is "
          "wrong.",
    docs=[Doc("b34_17.pdf", [[
        H1("MR-Guided SBRT - Course Summary"),
        KeyValue([("Diagnosis", "Adenocarcinoma of the pancreatic body, borderline resectable (abutment of the SMA < 180 degrees)"),
                  ("Systemic therapy", "FOLFIRINOX x 8 cycles (oxaliplatin 85 mg/m2, irinotecan 150 mg/m2, 5-FU 2400 mg/m2 infusion)"),
                  ("Treatment unit", "Elekta Unity 1.5 T MR-linac, 7 MV FFF, step-and-shoot IMRT, Monaco"),
                  ("Course", "11/09/2026 - 11/13/2026, 5 consecutive days")]),
        P("Simulation 11/02/2026 supine on an indexed vacuum cushion with arms up and knee support. Planning CT with oral "
          "and IV contrast and an MRI simulation on the Unity (T2 3D, free breathing) registered. No fiducial markers were "
          "placed; the tumour is seen directly on MR."),
        P("Prescription: 40 Gy in 5 fractions (8 Gy each) to PTV (GTV + SMA/celiac margin + 3 mm); PTV_high is not used "
          "in this course. Stomach, duodenum and bowel D0.5cc < 33 Gy (achieved 32.1, 32.8, 31.4 Gy)."),
    ], [
        H2("Fraction log"),
        RuledTable([("Fx", "Date", "Workflow", "Dose (Gy)", "Beam-on cine gating"),
                    ("1", "11/09", "adapt-to-shape", "8", "yes"), ("2", "11/10", "adapt-to-shape", "8", "yes"),
                    ("3", "11/11", "adapt-to-position", "8", "yes"), ("4", "11/12", "adapt-to-shape", "8", "yes"),
                    ("5", "11/13", "adapt-to-shape", "8", "yes")]),
        P("Each adaptive plan was checked by physics with an independent Monte Carlo calculation before delivery. "
          "Physician present for contour review each day."),
        P("Summary: pancreatic body tumour, 40 Gy in 5 fractions, completed without interruption. Grade 1 nausea. "
          "Restaging CT and CA 19-9 in 4 weeks, then surgical review."),
        sig("Ambrose Nakamura-Fell, MD 11/16/2026"),
    ]], opts=dict(header=hdr(_c, 17), font="Helvetica"))])


# ==================================================================================================
# Hard negatives / near-misses (3)
# ==================================================================================================

# b34_18 -- dictated consult only: two new metastases, GK recommended; prior 2024 SRS at length ------------
add(name="b34_18", kind="text", codes=["77371", "77432"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: dictated radiosurgery consultation only. Two new brain metastases on a diagnostic MRI; "
          "Gamma Knife with a frame recommended and 'will be scheduled'. An earlier 2024 linac SRS course (20 Gy "
          "x 1 to a right frontal metastasis, mask, TrueBeam) is described at length. Nothing delivered in this "
          "episode: facts empty, every category unmet, codes inconsistent.",
    docs=[Doc("b34_18.txt", text=f"""
QUILLSTONE MEDICAL TRANSCRIPTION  --  Account: Rookhaven Neurosurgery and Radiosurgery
WORK TYPE: CONSULTATION   AUTHOR: Barnabas Ilunga-Thorne, MD   DATE OF VISIT: 11/23/2026   JOB 6602-118
PATIENT: {patient(18)}     MRN: {mrn(18)}

REASON FOR CONSULTATION colon new brain metastases comma question of radiosurgery period

HISTORY OF PRESENT ILLNESS colon fifty seven year old man with renal cell carcinoma on pembrolizumab two hundred milligrams and axitinib five milligrams twice daily period In March of two thousand twenty four he had single fraction stereotactic radiosurgery at this center to a one point five centimeter right frontal metastasis comma twenty Gy in one fraction on the TrueBeam with a thermoplastic mask and cone beam CT comma planned on a contrast MRI fused to CT comma and that lesion has shrunk to a small area of enhancement consistent with treatment effect period new paragraph His surveillance MRI on November seventeenth comma which was a diagnostic study at the outside imaging center comma shows two new lesions comma a left parietal lesion of nine millimeters and a right cerebellar lesion of six millimeters comma with minimal edema period He is neurologically intact comma KPS ninety period new paragraph

ASSESSMENT AND PLAN colon two new small brain metastases in a patient with controlled extracranial disease period I recommend Gamma Knife radiosurgery with a Leksell frame to both lesions comma likely twenty Gy each to the fifty percent isodose line comma single session comma with stereotactic MRI on the day of treatment period Whole brain radiation is not recommended period He would like to proceed comma and we will schedule him in the next two to three weeks after he stops axitinib for five days period Consent to be signed on the day of the procedure period

Barnabas Ilunga-Thorne, MD
Dictated but not read.  D 11/23/2026  T 11/24/2026
{FOOT}
""")])

# b34_19 -- bundle (3 docs): C5 spine SBRT planned, converted to 30 Gy / 10 conventional (near-miss) ----------
_c = "HARTSWELL GENERAL - RADIATION ONCOLOGY"
add(name="b34_19", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 10, ["CT", "MRI"], ["mask"]),
    lesions=[L("C5", "spinal", None, 30, 10)],
    categories=cats(),
    notes="Near-miss: consult recommends spine SBRT 24 Gy in 2 fractions to a C5 lung-cancer "
          "metastasis; MRI then shows high-grade epidural compression (Bilsky 3), so the course "
          "was converted to conventional 30 Gy in 10 fractions (3D, C3-C7) after decompression was declined. "
          "Head-neck-shoulder mask, CT + MRI. Ten fractions: every claimed SRS/SBRT code inconsistent, no "
          "delivery code.",
    docs=[
        Doc("1_consult.pdf", [[
            H1("Radiation Oncology Consultation"),
            P("10/05/2026. 69-year-old man with metastatic squamous cell lung cancer, neck pain, C5 vertebral body "
              "metastasis on CT. Plan: spine SBRT, 24 Gy in 2 fractions, pending MRI cervical spine. Oxycodone 5 mg "
              "every 6 hours for pain."),
            sig("Roderick Okafor-Lindgren, MD 10/05/2026"),
        ]], opts=dict(header=hdr(_c, 19))),
        Doc("2_sim_and_plan_change.txt", text=f"""
HARTSWELL GENERAL - RADIATION ONCOLOGY - SIMULATION / PLAN CHANGE NOTE   10/09/2026
{patient(19)}  {mrn(19)}
MRI cervical spine 10/08/2026: C5 metastasis with epidural extension, Bilsky 3, cord compression without myelopathy. Neurosurgery offered decompression; patient declined. SBRT 24 Gy/2 is NOT appropriate with this degree of compression. Converted to conventional palliative radiotherapy: 30 Gy in 10 fractions, C3-C7, opposed laterals plus a posterior field (3D), Eclipse. Dexamethasone 8 mg twice daily started.
Simulation today: supine, five-point thermoplastic head-neck-shoulder mask, planning CT 2 mm; MRI of 10/08 fused for the epidural disease. GTV = C5 body and epidural component; CTV = C3-C7 vertebral bodies; PTV = CTV + 7 mm.
R. Okafor-Lindgren, MD
{FOOT}
"""),
        Doc("3_completion.pdf", [[
            H1("Radiotherapy Completion Summary"),
            KeyValue([("Site", "Cervical spine C3-C7 (C5 metastasis with epidural disease)"),
                      ("Unit", "Varian TrueBeam, 6 MV, 3D conformal"), ("Dose", "30 Gy in 10 fractions of 3 Gy"),
                      ("Dates", "10/12/2026 - 10/23/2026"), ("Verification", "daily kV imaging, physics weekly check")]),
        ], [
            RuledTable([("Week", "Fractions", "Cumulative (Gy)"), ("1", "1-5", "15"), ("2", "6-10", "30")]),
            P("Completed 30 Gy in 10 fractions to C3-C7 without interruption. The planned stereotactic course was not given. "
              "Neck pain improved; dexamethasone taper over 2 weeks. MRI in 6 weeks."),
            sig("Roderick Okafor-Lindgren, MD 10/26/2026"),
        ]], opts=dict(header=hdr(_c, 19))),
    ])

# b34_20 -- EHR text export: follow-up after last year's CyberKnife lung SBRT; new liver lesion, SBRT planned --
add(name="b34_20", kind="ehr_text", codes=["G0339", "G0340", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: EHR follow-up note with template residue. Describes at length a 2025 CyberKnife "
          "lung SBRT course (54 Gy in 3, fiducials, Synchrony) and recommends CyberKnife SBRT for a new 1.7 cm "
          "liver lesion after fiducial placement (ordered, not done). Nothing delivered in this episode.",
    docs=[Doc("b34_20.txt", text=f"""
<<< CHART EXPORT | STONEBRIDGE WEIR ONCOLOGY | printed 11/27/2026 16:03 | page 1 of 1 >>>
Patient: {patient(20)}   MRN: {mrn(20)}   Visit: 11/25/2026   Provider: Cressida Vanterpool-Moe, MD
Visit type: RADIATION ONCOLOGY FOLLOW-UP   Template: RO_FU_SBRT_v3

Interval history: Seen 12 months after CyberKnife SBRT for a left lower lobe NSCLC (adenocarcinoma, cT1b N0). That course, 11/2025: two gold fiducials placed bronchoscopically, 4DCT and PET/CT for planning, Vac-Lok, 54 Gy in 3 fractions of 18 Gy to the 70% isodose, Synchrony respiratory tracking, completed 11/14/2025 without toxicity. Follow-up CT chest 11/18/2026 shows post-treatment fibrosis only. ***

New finding: CT abdomen 11/18/2026 and MRI liver 11/20/2026 show a new 1.7 cm segment VII lesion, biopsy 11/24 pending. {{Biopsy result:8801::"***"}}

Assessment/Plan:
1. Left lower lobe NSCLC s/p SBRT 2025: no evidence of local recurrence.
2. New liver lesion, likely metastasis: if biopsy confirms, recommend CyberKnife SBRT, tentatively 45 Gy in 3 fractions, with fiducial placement by IR (ordered, not yet scheduled). Will discuss at tumor board 12/02. Patient agreeable.
3. Medications reviewed: osimertinib not indicated (EGFR wild-type). Metformin 500 mg twice daily.
Follow-up: after tumor board. @RETURNVISIT@

Electronically signed by Cressida Vanterpool-Moe, MD 11/25/2026 17:22
{FOOT}
""")])


CORPUS = Corpus("blind_corpus34", "tests/blind_corpus34", CHARTS, pdf_options={"footer": FOOT, "font": "Helvetica"},
                hand_written=["README.md", "FIRST_RUN.md"])
