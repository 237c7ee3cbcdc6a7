"""Forty-second blind corpus, ``tests/blind_corpus42/`` (regenerate: ``python scripts/make_corpus.py blind_corpus42``).

A tuning corpus by a fifth hand: a fair sample of the second kind of chart a coding office receives, dictated
notes and multi-document bundles. Cobalt-60 frame and mask, gantry and robotic cranial courses (a cavity in five
fractions, a schwannoma, trigeminal neuralgia, nine metastases, a retreatment for new lesions), contiguous,
post-operative and re-irradiated spine, lung, liver, prostate, kidney and a three-site oligometastatic course;
hard negatives (a whole-brain recommendation, a course stopped after simulation, a follow-up of last year's
treatment). Bundles of 3-5 documents with lesions named differently in each and plans changed between consult
and delivery; three scanned pages, a two-column page and a rotated page. Two charts contradict themselves.

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (dictated and text documents are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import BulletList, ColumnBreak, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ALARIC", "BRONWEN", "CASIMIR", "DELPHINE", "EZEKIEL", "FENELLA", "GODFREY", "HYACINTH", "IGNATIUS",
         "JOSEPHINE", "KILLIAN", "LAVINIA", "MORDECAI", "NERISSA", "OSWALD", "PRIMROSE", "RUPERTA", "SEVERIN",
         "THEODORA", "ULYSSES"]


def patient(n: int) -> str:
    return f"FORTYTWOPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-420{n:02d}"


def hdr(clinic: str, n: int, extra: str = "") -> list[str]:
    return [clinic, f"{patient(n)}  |  {mrn(n)}" + (f"  |  {extra}" if extra else "")]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial (9)
# ==================================================================================================

# b42_01 -- bundle: consult (4 targets) -> frame note (one judged vascular, not treated) -> plan -> follow-up
_c = "HOLLINGBROOK NEUROSURGICAL INSTITUTE"
add(name="b42_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 3, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right frontal", "cranial", S, 20, 1), L("left occipital", "cranial", S, 20, 1),
             L("right cerebellar", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Four documents: consult letter naming four possible metastases (the fourth a 2 mm left parietal dot), "
          "a dictated frame-and-radiosurgery note in which the frame MRI shows the parietal dot to be a vessel "
          "and it is not treated, a plan printout naming targets T-A/T-B/T-C, and a follow-up letter. Three "
          "lesions treated 20/20/18 Gy in one session on a cobalt-60 unit with a frame; CT and MRI.",
    docs=[
        Doc("1_consult_letter.txt", text=f"""
HOLLINGBROOK NEUROSURGICAL INSTITUTE
Radiosurgery Service  *  Transcribed Correspondence
Re: {patient(1)}   Hospital no. {mrn(1)}
Clinic date: the fourteenth of September 2026

Dear Doctor Wexcombe,

Many thanks for asking me to see this pleasant sixty-one-year-old gentleman with renal cell carcinoma. His staging MRI of the eighth of September shows what I read as three, possibly four, metastases: one in the right frontal lobe of about eleven millimetres, one in the left occipital lobe of eight millimetres, one in the right cerebellar hemisphere of nineteen millimetres, and a two millimetre dot of enhancement in the left parietal cortex which may simply be a vessel.

I have recommended single-session cobalt radiosurgery under a stereotactic head frame, twenty Gray to the two small lesions and eighteen Gray to the larger cerebellar lesion. If the parietal dot is real on the frame MRI we will treat it at the same sitting. He has agreed and we have booked him for the first of October.

With kind regards,

Orlando Fenwick-Batu, FRCS, Consultant Neurosurgeon
Dictated 14/09/2026, typed 16/09/2026 by MT/ak, ref 88-2031
{FOOT}
"""),
        Doc("2_procedure_note.txt", text=f"""
HOLLINGBROOK NEUROSURGICAL INSTITUTE - PROCEDURE NOTE
Name: {patient(1)}   No.: {mrn(1)}   Date: 01/10/2026

Procedure performed: Stereotactic frame application and cobalt-60 radiosurgery (multi-source unit, 192 sources).

Operator's account: Under local anaesthetic the stereotactic frame was fixed with four pins without difficulty. Stereotactic MRI with contrast (one millimetre slices) and a stereotactic CT were acquired with the fiducial boxes and co-registered. On the frame MRI the right frontal, left occipital and right cerebellar metastases are confirmed. The small left parietal focus follows a cortical vein on every sequence and is a vessel, so it was not targeted. Three targets were therefore planned. After physics checked the frame co-ordinates against the plan, the patient was docked and treated in a single session: right frontal twenty Gray, left occipital twenty Gray, right cerebellar eighteen Gray, all at the fifty per cent isodose. Treatment time forty-one minutes. Frame removed, pin sites dressed. No complications.

O. Fenwick-Batu, FRCS; countersigned Lucasta Oyelaran, MD, Clinical Oncology
{FOOT}
"""),
        Doc("3_plan_printout.pdf", [[
            H1("Treatment plan - CORVEX-GK planning station"),
            KeyValue([("Patient", patient(1)), ("ID", mrn(1)), ("Plan", "HNI_GK_011026"),
                      ("Fixation", "stereotactic frame, 4 pins"), ("Images", "MR T1+Gd 1 mm; CT 1 mm (frame box)"),
                      ("Sessions", "1")]),
            RuledTable([("Target", "Location", "Vol cc", "Rx Gy", "IDL", "Shots", "Max Gy"),
                        ("T-A", "R frontal", "0.55", "20", "50%", "5", "40.0"),
                        ("T-B", "L occipital", "0.21", "20", "50%", "3", "40.0"),
                        ("T-C", "R cerebellum", "2.60", "18", "50%", "9", "36.0")]),
            P("Brainstem Dmax 7.9 Gy. Frame co-ordinate check (independent): pass. Dose rate 2.71 Gy/min."),
            sig("Physicist Anselm Pryor-Dubois, 01/10/2026; approved O. Fenwick-Batu / L. Oyelaran"),
        ]], opts=dict(header=hdr(_c, 1), font="Helvetica")),
        Doc("4_followup_letter.txt", text=f"""
HOLLINGBROOK NEUROSURGICAL INSTITUTE
Re: {patient(1)}  ({mrn(1)})    Seen: 30/11/2026

Dear Doctor Wexcombe, I reviewed him two months after radiosurgery to his three brain metastases. The frontal and occipital lesions have shrunk, the cerebellar lesion is stable, and the parietal vessel is unchanged as expected. He will have a further MRI in three months.

Lucasta Oyelaran, MD   (dictated, not signed)
{FOOT}
"""),
    ])

# b42_02 -- ehr_text: dictated completion note, linac, resection cavity in five fractions, numbers in words ------
add(name="b42_02", kind="ehr_text", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left parietal resection cavity", "cranial", S, 30, 5)],
    categories=cats(),
    notes="Dictated completion note for a post-operative cavity: thirty Gray in five sessions on a gantry linac "
          "with a frameless mask, CT simulation fused with MRI, CBCT before each session. Numbers in words; "
          "pre-operative tumour 3.9 cm is history, cavity 2.8 cm (simple).",
    docs=[Doc("b42_02.txt", text=f"""
WESTMARCH CANCER CENTRE - TRANSCRIPTION SERVICES
Document type: Treatment completion note            Job 4471-22
Patient: {patient(2)}     MRN: {mrn(2)}     Dictating physician: Perpetua Ansah-Lindqvist, MD
Date dictated: 11/06/2026     Date transcribed: 11/07/2026

This is a fifty-four-year-old woman with breast cancer who had a three point nine centimetre left parietal metastasis resected on the second of September. She was referred for cavity radiosurgery.

She was simulated on the nineteenth of October in a frameless open-face thermoplastic mask with a planning CT at one millimetre, and her post-operative contrast MRI from the same week was fused for contouring. The resection cavity now measures two point eight centimetres. The plan was a volumetric arc plan with two non-coplanar arcs on our six megavolt gantry linear accelerator, prescribing thirty Gray in five fractions of six Gray to the eighty per cent isodose surface covering the cavity plus a two millimetre margin.

She received all five sessions between the twenty-seventh of October and the second of November. Cone beam CT was done before every session with six-degree couch correction; no shift exceeded one millimetre. She tolerated it well apart from mild fatigue.

In summary, the left parietal resection cavity received thirty Gray in five fractions, completed as planned. Follow-up MRI in eight weeks.

Perpetua Ansah-Lindqvist, MD  -  electronically authenticated 11/08/2026
{FOOT}
""")])

# b42_03 -- pdf: robotic linac, vestibular schwannoma single session; page 2 rotated ---------------------------
_c = "QUILLFORD ROBOTIC RADIOSURGERY UNIT"
add(name="b42_03", kind="pdf", codes=["77372", "77432", "61798", "G0339"],
    facts=F("robotic_linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    notes="Letter to the ENT surgeon after single-session robotic-arm radiosurgery of a right vestibular "
          "schwannoma (benign, complex by type), twelve Gray to the 80% isodose, soft mask, skull tracking; "
          "page 2 (plan summary table) is printed landscape and rotated 90 degrees.",
    docs=[Doc("b42_03.pdf", [[
        H1("Letter to referring surgeon"),
        P(f"Re: {patient(3)}, {mrn(3)}. Treated 10/22/2026."),
        P("Dear Mr. Hartigan-Osei, thank you for referring this forty-eight-year-old man with a growing right vestibular schwannoma, 1.7 cm in the cerebellopontine angle, with serviceable hearing. After discussion he chose radiosurgery over observation and microsurgery."),
        P("He was fitted with a soft thermoplastic mask and underwent a thin-slice planning CT with contrast on 10/14/2026; a 3T MRI with CISS and post-contrast T1 was fused for contouring of the tumour, cochlea and brainstem. On the twenty-second of October he received a single fraction of twelve Gray prescribed to the eighty per cent isodose line on our robotic-arm mounted six megavolt linac, with six-dimensional skull tracking on paired kilovoltage images throughout (152 beams, 41 minutes). Cochlear mean dose was 3.6 Gy."),
        P("He will have an audiogram and MRI at six months. Kind regards."),
        sig("Ciaran Mbeki-Holloway, MD, Radiation Oncology, 10/24/2026"),
    ], [
        H2("Plan summary (landscape print)"),
        RuledTable([("Structure", "Type", "Rx (Gy)", "Fx", "IDL", "Coverage", "Beams", "Tracking"),
                    ("VS_R", "GTV=PTV", "12.0", "1", "80%", "98.4%", "152", "6D skull"),
                    ("Brainstem", "OAR", "-", "-", "-", "Dmax 11.2", "-", "-"),
                    ("Cochlea_R", "OAR", "-", "-", "-", "Dmean 3.6", "-", "-")]),
        P("Plan approved 10/20/2026; patient-specific QA passed (gamma 2%/1 mm 97.9%)."),
    ]], opts=dict(header=[_c, f"{patient(3)}  {mrn(3)}"], rotate={2: 90}, font="Times-Roman"))])

# b42_04 -- bundle: trigeminal neuralgia, cobalt frame, consult + operative note + follow-up -----------------
_c = "SALTMARSH UNIVERSITY HOSPITAL - GAMMA RADIOSURGERY"
add(name="b42_04", kind="bundle", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["MRI"], ["frame"]),
    lesions=[L("left trigeminal nerve", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Functional target: consult for refractory left trigeminal neuralgia, an operative-style note (frame, "
          "stereotactic MRI only: 'CT was not required', one 4 mm shot, eighty Gray maximum to the left "
          "trigeminal root entry zone), and a follow-up letter. Complex (functional).",
    docs=[
        Doc("1_consult.txt", text=f"""
SALTMARSH UNIVERSITY HOSPITAL - NEUROSURGERY CONSULTATION (transcribed)
Patient {patient(4)}   MRN {mrn(4)}   08/27/2026

Seventy-three-year-old woman with classical left trigeminal neuralgia in V2 and V3 for nine years, failed carbamazepine (hyponatraemia) and oxcarbazepine, declines microvascular decompression. Plan: radiosurgical rhizotomy with the frame-based cobalt unit, one isocentre on the left trigeminal nerve, maximum dose eighty Gray. Booked for 09/17/2026.

Hilary Castellanos-Reid, MD, Neurosurgery
{FOOT}
"""),
        Doc("2_operative_note.txt", text=f"""
SALTMARSH UNIVERSITY HOSPITAL - OPERATIVE NOTE
PATIENT: {patient(4)}     MRN: {mrn(4)}     DATE: 09/17/2026
PROCEDURE: Frame placement; radiosurgical rhizotomy, left trigeminal nerve.
ANAESTHESIA: local, with oral diazepam.
FINDINGS AND TECHNIQUE: The stereotactic head frame was applied with four pins. Stereotactic MRI (CISS and T1 post-contrast, 0.8 mm) defined the left trigeminal nerve; CT was not required. A single 4 mm shot was placed on the nerve root entry zone five millimetres anterior to the pons, delivering eighty Gray at the one hundred per cent isodose; the fifteen Gray line just touched the pontine surface. The co-ordinates were confirmed by the physicist before docking. One session, twenty-eight minutes. Frame removed. No complication.
SURGEON: H. Castellanos-Reid, MD     RADIATION ONCOLOGIST: Benedikt Aaltonen-Kwame, MD
{FOOT}
"""),
        Doc("3_followup.txt", text=f"""
SALTMARSH UNIVERSITY HOSPITAL
{patient(4)}  {mrn(4)}  Follow-up 12/10/2026
Twelve weeks after left trigeminal radiosurgery (80 Gy maximum, 09/17/2026). Pain BNI grade IIIa, carbamazepine halved. No numbness. Review in three months. - H. Castellanos-Reid, MD
{FOOT}
"""),
    ])

# b42_05 -- bundle across files: retreatment for two new lesions after 2024 radiosurgery; scanned record ------
_c = "ELDERMOOR ONCOLOGY PARTNERS"
add(name="b42_05", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left temporal", "cranial", S, 20, 1), L("right cerebellar", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Retreatment for new lesions: consult recounts 2024 radiosurgery to three lesions (right frontal, "
          "left parietal, left cerebellar, 20-22 Gy) which are stable; two new metastases (left temporal 9 mm, "
          "right cerebellar 6 mm) treated 20 Gy x1 each on a gantry linac with a mask; prescription names "
          "PTV_LTemp_new / PTV_RCb_new; treatment record scanned at 150 dpi; completion note. Only the two new "
          "lesions count.",
    docs=[
        Doc("1_consult.txt", text=f"""
ELDERMOOR ONCOLOGY PARTNERS - RADIATION ONCOLOGY RE-CONSULTATION
{patient(5)}   MRN {mrn(5)}   10/05/2026

Sixty-six-year-old man with non-small-cell lung cancer. In March 2024 he had linac radiosurgery to three metastases (right frontal 22 Gy, left parietal 20 Gy, left cerebellar 20 Gy); all three remain stable or smaller. Surveillance MRI 09/28/2026 shows two new lesions, a nine millimetre left temporal metastasis and a six millimetre right cerebellar metastasis. Recommend radiosurgery to the two new lesions only, twenty Gray each in a single session. Previously treated sites are not to be re-treated.

Severine Okonkwo-Pratt, MD
{FOOT}
"""),
        Doc("2_prescription.pdf", [[
            H1("SRS prescription - new lesions"),
            KeyValue([("Course", "C3 (2026) - prior course C2 (2024) closed"), ("Unit", "6 MV FFF gantry linac, HD-MLC"),
                      ("Immobilisation", "frameless SRS mask, made 10/12/2026"),
                      ("Planning images", "CT 1 mm 10/12/2026 fused with MRI T1 Gd 10/11/2026"),
                      ("Technique", "single isocentre, 4 non-coplanar arcs")]),
            RuledTable([("Volume", "Dose / fx", "Fx", "Total", "Normalisation"),
                        ("PTV_LTemp_new", "20 Gy", "1", "20 Gy", "covers 99% at 78% IDL"),
                        ("PTV_RCb_new", "20 Gy", "1", "20 Gy", "covers 99% at 80% IDL")]),
            sig("S. Okonkwo-Pratt, MD 10/14/2026; physics second check D. Venkataraman, MS 10/15/2026"),
        ]], opts=dict(header=hdr(_c, 5), font="Helvetica")),
        Doc("3_treatment_record.pdf", [[
            H1("TREATMENT RECORD - SRS"),
            TextTable([("Date", "Field", "Target", "MU", "Dose", "IGRT"),
                       ("10/19/2026", "ARC1-4", "PTV_LTemp_new", "5212", "2000 cGy", "CBCT + 6D, 0.6 mm"),
                       ("10/19/2026", "ARC1-4", "PTV_RCb_new", "incl.", "2000 cGy", "surface monitor in tol.")],
                      columns=(0, 70, 120, 220, 270, 330)),
            P("Fraction 1 of 1 complete. Therapists: R.K. / J.M."),
        ]], opts=dict(header=hdr(_c, 5), scan=True, scan_dpi=150, font="Courier")),
        Doc("4_completion.txt", text=f"""
ELDERMOOR ONCOLOGY PARTNERS - COMPLETION NOTE  {patient(5)}  {mrn(5)}  10/20/2026
Single-session SRS on 10/19/2026 to the two new metastases: left temporal 20 Gy and right cerebellar 20 Gy. No acute effects. The 2024 lesions were not treated. MRI in two months. - S. Okonkwo-Pratt, MD
{FOOT}
"""),
    ])

# b42_06 -- ehr_text: nine metastases on a cobalt unit with a mask, one in the brainstem; count says eight ------
add(name="b42_06", kind="ehr_text", codes=["77371", "77432", "61796", "61797"],
    facts=F("cobalt60", ["cranial"], 9, 1, ["MRI"], ["mask"]),
    lesions=[L("1 right frontal", "cranial", S, 20, 1), L("2 left frontal", "cranial", S, 20, 1),
             L("3 right parietal", "cranial", S, 20, 1), L("4 left parietal", "cranial", S, 20, 1),
             L("5 right occipital", "cranial", S, 20, 1), L("6 left temporal", "cranial", S, 18, 1),
             L("7 right cerebellar", "cranial", S, 20, 1), L("8 left cerebellar", "cranial", S, 18, 1),
             L("9 midbrain", "cranial", C, 14, 1)],
    categories=cats(),
    contradiction="The opening sentence and the impression speak of eight metastases, while the dictated list and the table give nine treated lesions.",
    notes="Dictated radiosurgery note: nine metastases in one session on a cobalt-60 unit with a thermoplastic "
          "mask and cone-beam CT; MRI-only planning. The 9th (midbrain, within the brainstem) is complex, so "
          "61796 is wrongly claimed. Contradiction: 'eight metastases' twice vs nine listed and tabulated.",
    docs=[Doc("b42_06.txt", text=f"""
BRACKENRIDGE CANCER HOSPITAL - RADIOSURGERY PROCEDURE NOTE (dictated)
Patient: {patient(6)}     MRN: {mrn(6)}     Date of service: 11/03/2026
Attending: Wilhelmina Achterberg-Sesay, MD     Physicist: Torquil Nakashima, PhD

This fifty-eight-year-old woman with melanoma has eight metastases on her planning MRI and was treated today with mask-based cobalt radiosurgery.

Immobilisation was with a thermoplastic mask and the unit's cone beam CT was registered to the planning MRI of 11/01/2026 (volumetric T1 post-gadolinium, one millimetre). No CT simulation was performed; the cone beam defined the stereotactic space. Intrafraction motion was tracked with the nose marker and stayed within tolerance.

Targets, numbered as on the MRI report: one, right frontal, twenty Gray; two, left frontal, twenty Gray; three, right parietal, twenty Gray; four, left parietal, twenty Gray; five, right occipital, twenty Gray; six, left temporal, eighteen Gray; seven, right cerebellar, twenty Gray; eight, left cerebellar, eighteen Gray; and nine, a four millimetre lesion in the left midbrain, fourteen Gray. All at the fifty per cent isodose, one session.

TABLE (as printed from the planning station)
  No.  Location            Diam (mm)  Rx (Gy)  IDL   Shots
  1    R frontal           8          20       50%   3
  2    L frontal           6          20       50%   2
  3    R parietal          11         20       50%   4
  4    L parietal          5          20       50%   1
  5    R occipital         9          20       50%   3
  6    L temporal          17         18       50%   7
  7    R cerebellar        7          20       50%   2
  8    L cerebellar        14         18       50%   5
  9    L midbrain          4          14       50%   1
Total beam-on 96 min. Brainstem D0.1cc 14.6 Gy.

Impression: single-session radiosurgery to eight brain metastases, completed without incident.

W. Achterberg-Sesay, MD   D: 11/03/2026 17:02  T: 11/04/2026 08:15
{FOOT}
""")])

# b42_07 -- bundle: large lesion dose lowered between consult and plan; plan page two-column ---------------------
_c = "KINGSWEAR VALLEY RADIATION CENTER"
add(name="b42_07", kind="bundle", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right temporal", "cranial", C, 15, 1), L("left frontal", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Three documents: consult recommending 18 Gy to a 3.6 cm right temporal metastasis and 20 Gy to a "
          "left frontal one; a two-column plan page (PTV1/PTV2) in which the temporal dose is lowered to 15 Gy "
          "for V12; a completion summary. Right temporal 3.6 cm is complex by size; left frontal simple.",
    docs=[
        Doc("1_consult.txt", text=f"""
KINGSWEAR VALLEY RADIATION CENTER  -  CONSULT  -  transcribed 09/30/2026
{patient(7)} / {mrn(7)}

Two brain metastases from colorectal cancer: right temporal, 3.6 cm, with moderate oedema, not resectable per neurosurgery; left frontal, 1.0 cm. Recommend linac radiosurgery in one fraction: 18 Gy to the temporal lesion, 20 Gy to the frontal lesion, mask immobilisation. If dose to normal brain is too high we may lower the temporal dose.

Ambrose Delacroix-Nwosu, MD
{FOOT}
"""),
        Doc("2_plan.pdf", [[
            H1("SRS PLAN SUMMARY"),
            P("Sim 10/06/2026: CT head 1 mm in a frameless SRS mask; MRI T1 Gd 10/05/2026 fused (rigid, verified)."),
            P("Unit: 6 MV gantry linac, cone-free VMAT, 1 isocentre, 5 arcs incl. 3 couch kicks."),
            H2("PTV1 (R temporal)"),
            P("Rx 15 Gy x 1 to 80% IDL. Reduced from the consult's 18 Gy: brain V12 was 14.9 cc at 18 Gy, 9.8 cc at 15 Gy."),
            ColumnBreak(),
            H2("PTV2 (L frontal)"),
            P("Rx 20 Gy x 1 to 80% IDL. Coverage 99.1%."),
            H2("Checks"),
            BulletList(["Physics second check: MU within 1.6%", "Portal dosimetry gamma 98.8%", "CBCT + 6D couch at treatment"]),
            sig("A. Delacroix-Nwosu, MD 10/09/2026"),
        ]], opts=dict(header=hdr(_c, 7), two_columns=True, font="Helvetica")),
        Doc("3_completion.txt", text=f"""
KINGSWEAR VALLEY RADIATION CENTER - TREATMENT SUMMARY
{patient(7)}   {mrn(7)}   Treatment date 10/13/2026
Delivered in a single fraction after CBCT alignment: right temporal metastasis (PTV1) fifteen Gray; left frontal metastasis (PTV2) twenty Gray. Tolerated well; dexamethasone taper.
A. Delacroix-Nwosu, MD
{FOOT}
"""),
    ])

# b42_08 -- ehr_text: cobalt frame, parasagittal meningioma 13 Gy (benign, simple) ------------------------------
add(name="b42_08", kind="ehr_text", codes=["77371", "77432", "61796", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["MRI"], ["frame"]),
    lesions=[L("left parasagittal meningioma", "cranial", S, 13, 1)],
    categories=cats(),
    notes="Operative-style transcription: frame-based cobalt radiosurgery of a 2.4 cm left parasagittal "
          "meningioma, thirteen Gray to the 50% isodose; MRI only (CT 'not obtained'); away from the optic "
          "apparatus, so simple.",
    docs=[Doc("b42_08.txt", text=f"""
GREYFRIARS NEUROSCIENCES  ::  TRANSCRIBED OPERATIVE REPORT  ::  page 1
PATIENT NAME: {patient(8)}          MEDICAL RECORD: {mrn(8)}
DATE OF SERVICE: 11/18/2026

PREOPERATIVE DIAGNOSIS: Left parasagittal meningioma, 2.4 cm, enlarging on serial imaging.
OPERATION: Stereotactic frame placement and radiosurgery on the cobalt-60 unit.
SURGEON: Evander Quist-Mahlangu, MD.  CO-SURGEON: Radiation oncology, Marisol Fairweather, MD.

INDICATIONS: The tumour grew 3 mm in a year, she is seventy-nine and prefers to avoid a craniotomy.

DESCRIPTION: The head frame was secured under local anaesthesia. Stereotactic MRI was acquired (T1 post-contrast 1 mm, T2); a CT was not obtained. The tumour lies along the falx in the posterior frontal region, far from the optic apparatus. Thirteen Gray was prescribed to the fifty per cent isodose with fourteen shots, covering ninety-seven per cent of the tumour. Co-ordinates were checked at the unit by physics. She was treated in one session of fifty-two minutes, and the frame was removed.

DISPOSITION: Home the same day. MRI in six months.

E. Quist-Mahlangu, MD / M. Fairweather, MD     dictated 11/18/2026   transcribed 11/19/2026
{FOOT}
""")])

# b42_09 -- bundle: robotic linac, three lesions single session; consult page scanned; 61800 claimed wrongly ---
_c = "PENROSE HEATH CANCER CARE"
add(name="b42_09", kind="bundle", codes=["77372", "77432", "61796", "61797", "61800", "G0339"],
    facts=F("robotic_linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("lesion A right frontal", "cranial", S, 22, 1), L("lesion B left insular", "cranial", S, 20, 1),
             L("lesion C right cerebellar", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Three documents: a consult scanned at 200 dpi (lesions A, B, C), a robotic-linac plan report (GTV "
          "names RF, LIns, RCb) and a completion note. Mask, skull tracking; no frame, so 61800 is wrong.",
    docs=[
        Doc("1_consult_scanned.pdf", [[
            H1("Consultation - Radiation Oncology"),
            P(f"Patient {patient(9)}  MRN {mrn(9)}  Date 08/20/2026"),
            P("Forty-four-year-old woman, HER2-positive breast cancer. MRI 08/14/2026: three metastases - A, right frontal 1.3 cm; B, left insula 0.9 cm; C, right cerebellum 0.7 cm. Recommend robotic radiosurgery in one session with a mask: 22 Gy to A, 20 Gy to B and C."),
            sig("Jessamy Throckmorton-Adu, MD"),
        ]], opts=dict(header=hdr(_c, 9), scan=True, scan_dpi=200, font="Courier")),
        Doc("2_plan_report.pdf", [[
            H1("Robotic radiosurgery plan report - ATLASPATH planning"),
            KeyValue([("Patient", f"{patient(9)} ({mrn(9)})"), ("Unit", "robotic-arm mounted 6 MV linac"),
                      ("Tracking", "6D skull, kV pairs every 30 s"), ("Fixation", "soft mask"),
                      ("Images", "CT 1.25 mm with contrast, MRI T1 Gd fused")]),
            RuledTable([("GTV", "Rx dose", "Fractions", "Prescription IDL", "Beams", "Conformity"),
                        ("RF", "22 Gy", "1", "78%", "131", "1.14"),
                        ("LIns", "20 Gy", "1", "80%", "96", "1.19"),
                        ("RCb", "20 Gy", "1", "80%", "88", "1.21")]),
            sig("Physics: Lorcan Ebisu-Whitfield, MS 08/28/2026; MD approval J. Throckmorton-Adu 08/28/2026"),
        ]], opts=dict(header=hdr(_c, 9), font="Helvetica")),
        Doc("3_completion.txt", text=f"""
PENROSE HEATH CANCER CARE - SRS COMPLETION
{patient(9)}, {mrn(9)}. On 09/02/2026 she completed robotic radiosurgery in a single session to three brain metastases: right frontal 22 Gy, left insular 20 Gy and right cerebellar 20 Gy. Skull tracking corrections were all under 1 mm. No frame was used. Well. - J. Throckmorton-Adu, MD
{FOOT}
"""),
    ])


# ==================================================================================================
# Spine (3)
# ==================================================================================================

# b42_10 -- ehr_text: contiguous T11-T12 as one target; 63621 claimed wrongly ------------------------------------
add(name="b42_10", kind="ehr_text", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T11-T12", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Dictated completion letter: T11 and T12 metastases treated as one contiguous target, twenty-four "
          "Gray in two sessions on a gantry linac in a vacuum cushion; CT sim fused with MRI; CBCT each day. "
          "One spinal lesion, so 63621 is wrong.",
    docs=[Doc("b42_10.txt", text=f"""
ARDENCLIFFE RADIATION ONCOLOGY
Letter to referring physician - dictated 12/01/2026, typed 12/02/2026
Patient: {patient(10)}   MRN: {mrn(10)}

Dear Dr. Faulconbridge,

Your patient, a seventy-year-old man with prostate cancer and painful metastases in the eleventh and twelfth thoracic vertebral bodies without cord compression, has now completed spine stereotactic body radiotherapy. Because the two bodies are adjacent we contoured them as a single clinical target spanning T11 through T12.

He was simulated on the twentieth of November lying in a full-length vacuum cushion, with a one millimetre CT, and a spine MRI of the eighteenth was fused for cord delineation. Twenty-four Gray was prescribed in two fractions of twelve Gray, on a six megavolt gantry linac with two volumetric arcs. He was treated on the twenty-sixth and the twenty-eighth, each time after cone beam CT matching to bone with a six degree of freedom couch. Cord D0.035cc was 15.8 Gray over the two sessions.

In short: T11 to T12, one target, twenty-four Gray in two sessions, completed. Pain is already better.

Yours sincerely,
Gideon Achebe-Lindgren, MD
{FOOT}
""")])

# b42_11 -- bundle: post-operative L2, robotic linac, three sessions; follow-up misstates the dose ---------------
_c = "TAMBERLEY SPINE & CANCER CENTRE"
add(name="b42_11", kind="bundle", codes=["77373", "77435", "63620", "G0339", "G0340"],
    facts=F("robotic_linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L2 post-operative", "spinal", None, 27, 3)],
    categories=cats(),
    contradiction="The treatment record and completion note give 27 Gy in three fractions to L2, while the follow-up letter says the patient received 30 Gy.",
    notes="Four documents: neurosurgery operative note (L2 decompression and T12-L4 fixation, no radiation), "
          "radiation consult, robotic-linac treatment record (3 x 9 Gy, spine tracking, vacuum mattress) and a "
          "follow-up letter that says 30 Gy. Gold from the record and completion: 27 Gy in 3. The surgery is "
          "not a radiation lesion.",
    docs=[
        Doc("1_operative_note.txt", text=f"""
TAMBERLEY SPINE & CANCER CENTRE - OPERATIVE NOTE
{patient(11)}  {mrn(11)}  08/11/2026
Procedure: L2 laminectomy and separation surgery for metastatic renal cell carcinoma with epidural compression; posterior instrumented fixation T12 to L4 with carbon-fibre screws. Blood loss 600 ml. Plan: post-operative spine SBRT in four to six weeks.
Ignatius Ferreira-Boyce, MD, Spine Surgery
{FOOT}
"""),
        Doc("2_consult.txt", text=f"""
TAMBERLEY SPINE & CANCER CENTRE - RADIATION ONCOLOGY CONSULT  09/01/2026
{patient(11)}  {mrn(11)}
Wound healed. Post-operative MRI 08/28/2026 shows residual tumour in the L2 body and left pedicle, epidural disease cleared from the cord. Recommend post-operative SBRT to L2 (post-operative bed plus residual disease), twenty-seven Gray in three fractions, robotic linac with spine tracking. CT myelogram not needed; CT simulation with MRI fusion.
Rosalind Ikeda-Varga, MD
{FOOT}
"""),
        Doc("3_treatment_record.pdf", [[
            H1("Delivery history - robotic SBRT"),
            KeyValue([("Target", "PTV_L2_postop"), ("Rx", "900 cGy x 3 = 2700 cGy"),
                      ("Set-up", "vacuum mattress, arms at sides"), ("Tracking", "spine tracking, kV pairs"),
                      ("Plan", "164 non-isocentric beams, 72% isodose line, 7.5 mm and 10 mm cones"),
                      ("Planning", "CT 09/08/2026, MRI 08/28/2026 fused")]),
            RuledTable([("Fx", "Date", "Dose (cGy)", "Cum. (cGy)", "Max correction", "Status"),
                        ("1", "09/15/2026", "900", "900", "0.7 mm / 0.4 deg", "treated"),
                        ("2", "09/17/2026", "900", "1800", "0.9 mm / 0.3 deg", "treated"),
                        ("3", "09/19/2026", "900", "2700", "0.5 mm / 0.5 deg", "treated")]),
            P("Completion: PTV_L2_postop 2700 cGy in 3 fractions, course complete 09/19/2026. - R. Ikeda-Varga, MD"),
        ]], opts=dict(header=hdr(_c, 11), font="Helvetica")),
        Doc("4_followup_letter.txt", text=f"""
TAMBERLEY SPINE & CANCER CENTRE
{patient(11)}  {mrn(11)}   Follow-up 11/16/2026
Dear Dr. Ferreira-Boyce, your patient is walking without aids two months after receiving 30 Gy of stereotactic radiotherapy to the L2 surgical bed. MRI shows no epidural recurrence. - R. Ikeda-Varga, MD
{FOOT}
"""),
    ])

# b42_12 -- pdf: C5 re-irradiation after 30 Gy/10 in 2025; five fractions in a mask; page 2 scanned ---------------
_c = "BLACKTHORN COUNTY HOSPITAL - RADIOTHERAPY"
add(name="b42_12", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("C5", "spinal", None, 25, 5)],
    categories=cats(),
    notes="Re-irradiation: C5 treated with 30 Gy/10 conventional in 2025 (history), now SBRT 25 Gy in five "
          "fractions in a head-neck-shoulder mask on a gantry linac; the treatment summary is scanned at 160 dpi. "
          "Only the 2026 course counts.",
    docs=[
        Doc("1_reirradiation_plan.txt", text=f"""
BLACKTHORN COUNTY HOSPITAL - RE-IRRADIATION PLANNING NOTE
{patient(12)}   {mrn(12)}   10/02/2026
History: breast cancer with a C5 vertebral metastasis treated with thirty Gray in ten fractions (conventional, April 2025). Now progressive pain and MRI growth at C5 without cord compression. Cumulative cord dose assessed with the 2025 plan (EQD2 34 Gy); cord PRV limit for this course 12.5 Gy in five.
Plan: SBRT re-irradiation to C5, twenty-five Gray in five fractions of five Gray. Simulated 09/30/2026 in a long thermoplastic head, neck and shoulder mask, CT 1 mm fused with MRI C-spine of 09/25/2026. Six megavolt gantry linac, two VMAT arcs, prescribed to the 80% isodose covering the PTV (CTV C5 body and pedicles + 2 mm).
Fionnuala Ostrander-Mbatha, MD
{FOOT}
"""),
        Doc("2_treatment_summary_scan.pdf", [[
            H1("Radiotherapy Treatment Summary"),
            KeyValue([("Patient", f"{patient(12)} {mrn(12)}"), ("Site", "C5 vertebra (re-irradiation)"),
                      ("Dose", "25 Gy in 5 fractions, 5 Gy per fraction"), ("Dates", "10/12/2026 - 10/16/2026"),
                      ("Verification", "daily CBCT, 6DoF couch"), ("Immobilisation", "5-point mask")]),
            P("All five fractions delivered. No dysphagia. Prior course: 30 Gy/10 (2025)."),
            sig("F. Ostrander-Mbatha, MD 10/16/2026"),
        ]], opts=dict(header=hdr(_c, 12), scan=True, scan_dpi=160, font="Courier")),
        Doc("3_followup.txt", text=f"""
BLACKTHORN COUNTY HOSPITAL  {patient(12)}  {mrn(12)}  Review 12/04/2026
Pain much improved after C5 re-irradiation SBRT (25 Gy in 5). Continue letrozole. - F. Ostrander-Mbatha, MD
{FOOT}
"""),
    ])


# ==================================================================================================
# Body SBRT (5)
# ==================================================================================================

# b42_13 -- ehr_text: peripheral RUL lung, 54 Gy in three, dictated completion with numbers in words --------------
add(name="b42_13", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe", "body", None, 54, 3)],
    categories=cats(),
    notes="Dictated completion summary: peripheral right upper lobe T1b NSCLC, fifty-four Gray in three "
          "fractions every other day on a gantry linac; 4DCT simulation in a vacuum cushion with a PET-CT "
          "fused for contouring; CBCT before each fraction. Numbers in words.",
    docs=[Doc("b42_13.txt", text=f"""
MILLHAVEN CHEST & CANCER CLINIC
SBRT COMPLETION SUMMARY  --  transcribed from dictation, job 90233
Patient: {patient(13)}    MRN: {mrn(13)}    Date: 10/30/2026

Diagnosis: T1b N0 adenocarcinoma of the right upper lobe, peripheral, 1.8 cm, biopsy proven; medically inoperable because of COPD (FEV1 0.9 L).

Simulation on the fourteenth of October: supine in a vacuum bag with arms above the head on a wing board; four-dimensional CT through ten breathing phases, from which an internal target volume was drawn; the staging PET-CT of the second of October was fused to help delineate the tumour against atelectasis.

Treatment: fifty-four Gray in three fractions of eighteen Gray, prescribed to the seventy-five per cent isodose covering the planning target volume, two six megavolt flattening-filter-free arcs on the gantry linac. Fractions were given on the twenty-second, twenty-sixth and twenty-eighth of October. Each session began with a cone beam CT matched to the tumour; shifts were under three millimetres.

Summary: right upper lobe lesion, fifty-four Gray over three sessions, finished as prescribed with no pneumonitis so far. CT chest in three months.

Lysander Oduya-Castellanos, MD
{FOOT}
""")])

# b42_14 -- bundle: liver, robotic linac with fiducials, dose lowered from 54 to 45 Gy; four documents -----------
_c = "CRESTWATER HEPATOBILIARY ONCOLOGY"
add(name="b42_14", kind="bundle", codes=["77373", "77435", "G0339", "G0340"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment VII", "body", None, 45, 3)],
    categories=cats(),
    notes="Four documents: consult recommending 54 Gy/3 to a segment VII colorectal metastasis; fiducial "
          "placement note (three gold seeds, interventional radiology); plan note lowering the dose to 45 Gy/3 "
          "because of the duodenum and naming the target 'PTV_Seg7'; robotic-linac completion with fiducial "
          "tracking and a vacuum bag. Delivered 45 Gy in 3.",
    docs=[
        Doc("1_consult.txt", text=f"""
CRESTWATER HEPATOBILIARY ONCOLOGY - CONSULTATION (dictated 08/04/2026)
{patient(14)}   {mrn(14)}
A solitary 2.6 cm colorectal metastasis in segment VII of the liver, after hemicolectomy and chemotherapy; not a resection candidate because of cirrhosis and cardiac comorbidity. Recommend SBRT, fifty-four Gray in three fractions, robotic linac with fiducial tracking. Fiducials to be placed by interventional radiology.
Hortensia Quayle-Nakamura, MD
{FOOT}
"""),
        Doc("2_fiducial_placement.txt", text=f"""
INTERVENTIONAL RADIOLOGY  {patient(14)}  {mrn(14)}  08/12/2026
Three gold fiducial markers placed percutaneously around the segment VII lesion under CT guidance. No bleeding or pneumothorax. - Radiology, Dr. Oyelowo-Brandt
{FOOT}
"""),
        Doc("3_plan_note.pdf", [[
            H1("SBRT plan approval"),
            KeyValue([("Target", "PTV_Seg7 (GTV + 5 mm)"), ("Prescription", "45 Gy in 3 fractions (15 Gy/fx) to 70% IDL"),
                      ("Change from consult", "54 Gy reduced to 45 Gy: duodenum D5cc over limit at 54 Gy"),
                      ("Planning images", "CT triphasic 08/19/2026 with MRI liver (gadoxetate) fused"),
                      ("Immobilisation", "vacuum bag"), ("Tracking", "fiducial tracking with respiratory model")]),
            sig("H. Quayle-Nakamura, MD 08/22/2026; physics check Caspian Adeyemi-Roth, PhD"),
        ]], opts=dict(header=hdr(_c, 14), font="Helvetica")),
        Doc("4_completion.txt", text=f"""
CRESTWATER HEPATOBILIARY ONCOLOGY - COMPLETION NOTE  09/04/2026
{patient(14)}   {mrn(14)}
Segment VII liver metastasis: forty-five Gray in three fractions on 08/31, 09/02 and 09/04/2026 on the robotic linac, tracking the three fiducials with the respiratory model; correlation error under 2 mm. Mild nausea only.
H. Quayle-Nakamura, MD
{FOOT}
"""),
    ])

# b42_15 -- pdf: prostate, five fractions, fiducials and spacer; 77372 claimed wrongly ----------------------------
add(name="b42_15", kind="pdf", codes=["77372", "77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Completion letter for low-intermediate-risk prostate cancer, 36.25 Gy in five fractions on a "
          "gantry linac; three gold fiducials and a rectal spacer placed before a CT/MRI simulation; kV fiducial "
          "match daily. 77372 (single-session cranial linac) is wrongly claimed.",
    docs=[Doc("b42_15.pdf", [[
        H1("Fernhollow Urology-Oncology Group"),
        P(f"Completion letter re {patient(15)} ({mrn(15)}), 12/03/2026"),
        P("Dear Dr. Abernethy-Singh, your patient has completed stereotactic body radiotherapy for Gleason 3+4 prostate cancer, PSA 7.2. On 10/29/2026 three gold fiducial markers and a hydrogel rectal spacer were placed transperineally. Simulation on 11/05/2026 comprised a planning CT with a comfortably full bladder and a T2 pelvic MRI fused to it."),
        P("He received thirty-six and a quarter Gray in five fractions (7.25 Gy each) to the prostate on alternate days from 11/17 to 11/25/2026 on our gantry linac. Before every fraction kV images were matched to the fiducials and a CBCT checked bladder and rectal filling; intrafraction motion was monitored by repeat imaging. The prostate was contoured on the fused MRI with a 3 mm posterior and 5 mm elsewhere PTV margin, and the plan used two volumetric arcs with 95% of the PTV receiving the prescription."),
        P("He has mild urinary frequency. PSA in three months."),
        sig("Octavia Renwick-Obuya, MD"),
    ]], opts=dict(header=["FERNHOLLOW UROLOGY-ONCOLOGY GROUP", f"{patient(15)}  {mrn(15)}"], font="Times-Roman"))])

# b42_16 -- pdf: left kidney RCC, single fraction 26 Gy with abdominal compression; 77432 claimed wrongly ----------
add(name="b42_16", kind="pdf", codes=["77373", "77435", "77432"],
    facts=F("linac", ["body"], 1, 1, ["CT"], ["body_immobilization"]),
    lesions=[L("left kidney", "body", None, 26, 1)],
    categories=cats(),
    notes="Procedure-style note: single-fraction SBRT of a 3.1 cm left renal cell carcinoma, 26 Gy, on a "
          "gantry linac with abdominal compression and 4DCT; a single-fraction body course is 77373/77435, "
          "so 77432 is wrong.",
    docs=[Doc("b42_16.pdf", [[
        H1("STEREOTACTIC ABLATIVE RADIOTHERAPY - PROCEDURE NOTE"),
        KeyValue([("Institution", "Rookwood Renal Cancer Programme"), ("Patient", f"{patient(16)}  {mrn(16)}"),
                  ("Date", "10/07/2026"), ("Indication", "3.1 cm left renal cell carcinoma, solitary, eGFR 38, not a surgical candidate")]),
        H2("Preparation"),
        P("Simulation 09/24/2026: supine on a body immobilisation board with an abdominal compression plate; 4DCT with contrast showed residual motion of 6 mm; an ITV was defined."),
        H2("Delivery"),
        P("A single fraction of twenty-six Gray was delivered to the PTV (ITV + 5 mm) with two FFF arcs on the gantry linac. CBCT before beam-on and again between the arcs confirmed the position; shift 2 mm."),
        H2("Summary"),
        P("Left kidney tumour: 26 Gy x 1 fraction, complete. Creatinine in four weeks."),
        sig("Barnabas Oyelaran-Fitch, MD 10/07/2026"),
    ]], opts=dict(header=["ROOKWOOD RENAL CANCER PROGRAMME"], font="Helvetica"))])

# b42_17 -- bundle in three files: oligometastatic lung, adrenal and T9, five fractions each ----------------------
_c = "ASHBOURNE CROSS ONCOLOGY"
add(name="b42_17", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["body", "spinal"], 3, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left lower lobe", "body", None, 50, 5), L("right adrenal", "body", None, 40, 5),
             L("T9", "spinal", None, 35, 5)],
    categories=cats(),
    notes="Oligometastatic melanoma, three files: tumour-board-style consult naming 'site 1/2/3', a plan "
          "table with PTV_LLL, PTV_RAdr, PTV_T9, and a completion summary; all three sites in the same five "
          "sessions on a gantry linac, vacuum cushion, 4DCT and PET-CT; 50/40/35 Gy.",
    docs=[
        Doc("1_consult.txt", text=f"""
ASHBOURNE CROSS ONCOLOGY - CONSULTATION (dictated)
{patient(17)}  {mrn(17)}  09/09/2026
Melanoma on maintenance immunotherapy with three sites of oligoprogression on PET-CT 09/01/2026: site 1, left lower lobe nodule 2.2 cm; site 2, right adrenal 2.8 cm; site 3, T9 vertebral body without epidural extension. Recommend SBRT to all three in five fractions, given together.
Cosimo Eriksdottir-Bello, MD
{FOOT}
"""),
        Doc("2_plan.pdf", [[
            H1("Multi-target SBRT plan"),
            P("Sim 09/15/2026: vacuum cushion, arms up; 4DCT; PET-CT 09/01/2026 registered. Gantry linac, 3 isocentres, two VMAT arcs each; GTVs contoured on the 4DCT/PET."),
            RuledTable([("PTV", "Total dose", "Fractions", "Per fx", "Coverage V100"),
                        ("PTV_LLL", "50 Gy", "5", "10 Gy", "96%"),
                        ("PTV_RAdr", "40 Gy", "5", "8 Gy", "95%"),
                        ("PTV_T9", "35 Gy", "5", "7 Gy", "92% (cord limit)")]),
            sig("C. Eriksdottir-Bello, MD 09/21/2026; physics check passed"),
        ]], opts=dict(header=hdr(_c, 17), font="Helvetica")),
        Doc("3_completion.txt", text=f"""
ASHBOURNE CROSS ONCOLOGY - COMPLETION SUMMARY  10/05/2026
{patient(17)}  {mrn(17)}
Five sessions from 09/28 to 10/05/2026, each with cone beam CT of each isocentre before treatment. Delivered: left lower lobe fifty Gray, right adrenal forty Gray, T9 thirty-five Gray, all in five fractions. Grade 1 fatigue.
C. Eriksdottir-Bello, MD
{FOOT}
"""),
    ])


# ==================================================================================================
# Hard negatives (3)
# ==================================================================================================

# b42_18 -- ehr_text: consult recommending whole-brain radiotherapy, radiosurgery declined -------------------------
add(name="b42_18", kind="ehr_text", codes=["77372", "77432"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: dictated consult for fourteen brain metastases from small-cell lung cancer; "
          "radiosurgery discussed and judged unsuitable; whole-brain radiotherapy 30 Gy in 10 fractions "
          "recommended, to start next week. Nothing stereotactic planned or delivered.",
    docs=[Doc("b42_18.txt", text=f"""
HARROWGATE REGIONAL CANCER CENTRE - CONSULTATION NOTE (transcribed)
Patient: {patient(18)}    MRN: {mrn(18)}    Seen: 11/10/2026

Reason for referral: consideration of stereotactic radiosurgery.

This sixty-seven-year-old man with extensive-stage small-cell lung cancer has a contrast MRI of 11/06/2026 showing fourteen enhancing metastases, the largest two centimetres in the right frontal lobe, with more in both cerebellar hemispheres. He has headaches and mild gait ataxia.

I explained that radiosurgery, which we would ordinarily offer for a small number of lesions, is not the right treatment for fourteen lesions in small-cell cancer, where new lesions are expected. I recommend whole brain radiotherapy, thirty Gray in ten fractions, with hippocampal avoidance if feasible and memantine. He agrees. A mask and planning CT are booked for next week.

Radiosurgery: not recommended.

Cordelia Ashworth-Mensah, MD
D: 11/10/2026  T: 11/11/2026
{FOOT}
""")])

# b42_19 -- bundle: lung SBRT simulated and planned, stopped before the first fraction -----------------------------
_c = "NORTHDENE CHEST RADIOTHERAPY"
add(name="b42_19", kind="bundle", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: consult recommending central left upper lobe SBRT 50 Gy in 5, "
          "a simulation note (vacuum cushion, 4DCT), and a note that the course was cancelled after "
          "simulation because of a pulmonary embolism and then progression; no fraction delivered.",
    docs=[
        Doc("1_consult.txt", text=f"""
NORTHDENE CHEST RADIOTHERAPY - CONSULT  10/01/2026
{patient(19)}  {mrn(19)}
Central 2.4 cm left upper lobe squamous carcinoma abutting the left main bronchus. Recommend SBRT, fifty Gray in five fractions. Simulation to be arranged.
Tobias Wainwright-Eze, MD
{FOOT}
"""),
        Doc("2_simulation_note.txt", text=f"""
NORTHDENE CHEST RADIOTHERAPY - SIMULATION  10/08/2026
{patient(19)}  {mrn(19)}
Supine in a vacuum cushion, arms up. 4DCT acquired; tumour motion 5 mm. Contouring to follow; first fraction provisionally 10/20/2026.
Therapist: A. Lindqvist-Osei
{FOOT}
"""),
        Doc("3_cancellation_note.txt", text=f"""
NORTHDENE CHEST RADIOTHERAPY - COURSE STATUS  10/19/2026
{patient(19)}  {mrn(19)}
The patient was admitted on 10/15 with a pulmonary embolism and the restaging CT shows new liver metastases. After discussion with him and medical oncology, SBRT is cancelled. No radiation was given; the plan was never approved. Systemic therapy instead.
Tobias Wainwright-Eze, MD
{FOOT}
"""),
    ])

# b42_20 -- ehr_text: follow-up letter about radiosurgery given last year ----------------------------------------
add(name="b42_20", kind="ehr_text", codes=["77371", "77432", "61796"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: annual follow-up letter describing frame-based cobalt radiosurgery of two metastases "
          "in October 2025 (20 Gy each); MRI now stable; no new treatment.",
    docs=[Doc("b42_20.txt", text=f"""
LINDENFIELD NEURO-ONCOLOGY CLINIC
Follow-up letter   11/20/2026
Re: {patient(20)}   MRN {mrn(20)}

Dear Dr. Pemberton-Achterberg,

I saw Mrs Fortytwopatient today, thirteen months after her frame-based cobalt radiosurgery of October 2025, when she had twenty Gray in a single session to a right occipital and a left cerebellar metastasis from breast cancer. Her MRI of last week shows both treated lesions smaller, with no new disease and no radiation necrosis. She is well and working.

No further radiosurgery is needed at present; I will see her again with an MRI in six months.

Yours sincerely,
Araminta Kowalczyk-Dube, MD
{FOOT}
""")])


CORPUS = Corpus("blind_corpus42", "tests/blind_corpus42", CHARTS, pdf_options={"footer": FOOT, "font": "Helvetica"},
                hand_written=["README.md", "FIRST_RUN.md"])
