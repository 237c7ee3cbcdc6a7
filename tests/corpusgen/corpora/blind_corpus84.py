"""Eighty-fourth blind corpus, ``tests/blind_corpus84/`` (regenerate: ``python scripts/make_corpus.py blind_corpus84``).

TUNING corpus, written blind (without reading the reader's code or data).

Twenty courses as electronic health record systems export them, with "note bloat": copy-forward text carried
from earlier notes (a consult's "SRS to be scheduled" still standing in the note written on the treatment day,
an earlier course's plan imported into a later summary), smart-phrases with unfilled blanks ("***", "[ ]",
"{Dose}"), checkbox lists rendered as text ("[X] Thermoplastic mask  [ ] Head frame", "(x) CT sim ( ) PET"),
problem and medication lists full of numbers (mg doses, lab values, ECOG/KPS, dates), past-radiation tables,
review-of-systems boilerplate, attestations and "electronically signed by" blocks, addenda and amendments
("lesion 3 was not treated", "total dose corrected to ..."), order-set text (ordered vs performed, discontinued
orders), nursing and physics notes in the same export and page headers repeated on every page; the treatment
facts are a small part of each document.

Mix: cranial SRS on cobalt-60, gantry-linac and robotic-arm units (1-6 lesions, simple and complex: size,
brainstem, optic-apparatus distance, schwannoma, trigeminal neuralgia; 1, 3 and 5 fractions); spine SBRT (one
and two levels, 1, 3 and 5 fractions); body SBRT (lung x3, liver, prostate, a three-target oligometastatic
course with a spinal target); three hard negatives (a cranial follow-up visit with the old course copied
forward, a spine course only ordered then discontinued, a prostate follow-up three years after SBRT). Six
bundles of 2-4 files (.txt and .pdf). Four charts contradict themselves (``contradiction``). Every clinic,
clinician, EHR and planning system is invented.

Gold labels are written by hand from what was delivered in THIS course, per ../shared/corpus/README.md.
"""

# ruff: noqa: E501  (EHR exports are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import BulletList, KeyValue, Paragraph, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FOOT = "SYNTHETIC - blind corpus 84 - no real patient"

PATIENTS = ["QUILLFEATHER, MARGOT", "THISTLEWAITE, HAROLD", "BRAMBLECOTT, IRENE", "VELDHAUSER, OTTO",
            "MARROWICK, CONSTANCE", "FENWICKHAM, DOLORES", "ASHBERRY-NOLL, PETRA", "GRISTLEDOWN, WENDELL",
            "TAMSWORTH, ELEANOR", "HOLLENBRACK, VICTOR", "DRUMMELOW, AGNES", "PELLINGHAM, FRANCIS",
            "OKENSHAW, BEATRICE", "CRANDLEFORD, WALTER", "SEDGEMOOR, LUCIUS", "WYNDHOLT, GERALD",
            "LARKSPURNE, ROSALIND", "MIDDLECOMBE, ARTHUR", "FARTHINGALE, NORA", "BLACKTHRUSH, EDITH"]


def patient(n: int) -> str:
    return PATIENTS[n - 1]


def mrn(n: int) -> str:
    return f"SYN-840{n:02d}"


def ehr_head(system: str, n: int, dob: str, printed: str) -> list[str]:
    """The banner an EHR prints at the top of every page of an export."""
    return [f"{system}  |  {patient(n)}  |  MRN {mrn(n)}  |  DOB {dob}",
            f"Printed {printed} - CONFIDENTIAL: contains protected health information"]


def page_break(system: str, n: int, page: int, total: int) -> str:
    """The repeated per-page banner of a text export."""
    return (f"\n------------------------------------------------------------------------ Page {page} of {total}\n"
            f"{system} | {patient(n)} | MRN {mrn(n)} | (continued)\n"
            "------------------------------------------------------------------------\n")


ROS = """REVIEW OF SYSTEMS:
Constitutional: Negative for fever, chills, night sweats and unintentional weight loss. {const}
HENT: Negative for hearing loss, tinnitus, sore throat.
Eyes: Negative for blurred vision, double vision, photophobia.
Respiratory: {resp}
Cardiovascular: Negative for chest pain, palpitations, leg swelling.
Gastrointestinal: Negative for nausea, vomiting, abdominal pain, diarrhea, constipation, blood in stool.
Genitourinary: {gu}
Musculoskeletal: {msk}
Skin: Negative for rash, pruritus, wounds.
Neurological: {neuro}
Hematological: Does not bruise/bleed easily.
Psychiatric/Behavioral: Negative for depression and suicidal ideas. The patient is not nervous/anxious.
All other systems reviewed and are negative except as documented in the HPI."""


def ros(const: str = "Positive for fatigue.", resp: str = "Negative for cough, hemoptysis, shortness of breath.",
        gu: str = "Negative for dysuria, hematuria, frequency.", msk: str = "Negative for back pain, joint pain.",
        neuro: str = "Negative for headaches, seizures, weakness, numbness.") -> str:
    return ROS.format(const=const, resp=resp, gu=gu, msk=msk, neuro=neuro)


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# e84_01 -- text: one-lesion linac SRS inside a bloated procedure-visit note; the consult's plan copied forward ---
_s = "ORCHARDVIEW EHR (invented)"
add(name="e84_01", kind="ehr_text", codes=["77372", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Single-lesion SRS on a gantry linac buried in a long procedure-visit export: HPI and assessment/plan "
          "carried forward from the consult ('She presents today to discuss stereotactic radiosurgery', 'SRS to be "
          "scheduled after CT simulation'), problem list with ICD codes and lab values, medication list in mg, "
          "vitals, labs, ROS boilerplate, a prior-radiation table (60 Gy in 30 fractions to the lung in 2025, not "
          "this course), unfilled '***' blanks, attestation. The procedure section: 20 Gy x 1 to the 80% IDL, mask, "
          "non-contrast planning CT fused with MRI, CBCT + surface guidance, physics QA.",
    docs=[Doc("e84_01.txt", text=f"""
{_s} - CLINICAL DOCUMENT EXPORT
Facility: HOLLOWMERE REGIONAL CANCER CENTER - Department of Radiation Oncology
Printed: 02/19/2026 14:22 by ROI_REQUEST (release of information)      Documents: 1
========================================================================
Patient: {patient(1)}    MRN: {mrn(1)}    DOB: 07/22/1961    Sex: F    Age: 64 y
Encounter date: 02/18/2026    Type: Radiation Oncology Procedure Visit    CSN: 7730418822
Attending: Ingrid Solvang-Pryce, MD    Resident: Tobias Ferrante, MD (PGY-4)
PCP: Dalia Marchetti-Owusu, DO    Referring: Anand Kesselring, MD (Thoracic Oncology)
========================================================================

RADIATION ONCOLOGY PROCEDURE NOTE - STEREOTACTIC RADIOSURGERY

Chief complaint: "Here for my radiation treatment."

HISTORY OF PRESENT ILLNESS (carried forward from consult note 01/27/2026; reviewed 02/18/2026):
Ms. Quillfeather is a 64 y.o. female with stage IV NSCLC (adenocarcinoma, EGFR exon 19 deletion) of the right upper lobe, diagnosed 03/2025, s/p definitive concurrent chemoradiation 60 Gy in 30 fractions with weekly carboplatin/paclitaxel completed 06/09/2025, on osimertinib 80 mg daily since 08/2025, who presented in 01/2026 with clumsiness of the left hand. MRI brain with and without contrast 01/21/2026 showed a 1.7 x 1.5 x 1.4 cm enhancing lesion in the right frontal lobe (precentral gyrus) with moderate vasogenic edema; no other lesions. CT chest/abdomen/pelvis 01/14/2026: stable post-treatment changes right upper lobe, no new disease. She presents today to discuss stereotactic radiosurgery. ***
Interval (02/18/2026): left hand strength improved on dexamethasone, now on 2 mg daily. No seizures. Glucose running 180-240 at home on steroids.

ONCOLOGIC HISTORY:
03/14/2025  CT-guided biopsy RUL: adenocarcinoma, PD-L1 TPS 20%, EGFR exon 19 del
04/28/2025 - 06/09/2025  Chemoradiation, RUL + mediastinum, 60 Gy / 30 fx
08/2025  Osimertinib 80 mg daily started
09/2025  Radiation pneumonitis grade 2, prednisone 40 mg taper x 6 weeks, resolved
01/21/2026  MRI brain: solitary right frontal metastasis

PROBLEM LIST (active):
  1. Malignant neoplasm of upper lobe, right bronchus or lung (C34.11) ........ noted 03/14/2025
  2. Secondary malignant neoplasm of brain (C79.31) ............................ noted 01/21/2026
  3. Type 2 diabetes mellitus with hyperglycemia (E11.65) - A1c 7.9% (01/2026)
  4. Chronic kidney disease stage 3a (N18.31) - eGFR 54 mL/min/1.73m2 (02/16/2026)
  5. Essential hypertension (I10)
  6. Radiation pneumonitis (J70.0) - grade 2, resolved .......................... noted 09/2025
  7. Personal history of DVT, left leg 2019 (Z86.718) - completed 6 months apixaban 5 mg BID

MEDICATIONS (reconciled 02/18/2026 by RN):
  osimertinib 80 mg tablet ............ 1 tab PO daily
  dexamethasone 2 mg tablet ........... 1 tab PO daily x 5 days, then 1 mg daily x 5 days, then stop
  pantoprazole 40 mg EC tablet ........ 1 tab PO daily while on dexamethasone
  levetiracetam 500 mg tablet ......... 1 tab PO BID
  metformin 1000 mg tablet ............ 1 tab PO BID with meals
  insulin glargine 100 unit/mL ........ 14 units SC at bedtime
  lisinopril 20 mg tablet ............. 1 tab PO daily
  ondansetron 8 mg ODT ................ 1 tab SL q8h PRN nausea
ALLERGIES: Sulfa (sulfonamide antibiotics) - rash. Iodinated contrast media - hives.

VITALS (02/18/2026 07:12): BP 142/86 | Pulse 78 | Temp 36.7 C | Resp 16 | SpO2 96% RA | Wt 68.4 kg | Ht 162 cm | BMI 26.06 | Pain 0/10
Performance status: ECOG 1    KPS 80
{page_break(_s, 1, 2, 4)}
LABS (last 30 days):
  Date        WBC   Hgb    Plt   Na    K     Cr     eGFR  Glucose  A1c
  02/16/2026  8.9   11.8   246   137   4.4   1.21   54    211 (H)  -
  01/27/2026  7.4   12.2   231   139   4.1   1.18   56    164 (H)  7.9

{ros(neuro="Positive for left hand clumsiness (improving). Negative for headaches, seizures, speech difficulty.")}

PHYSICAL EXAM:
General: well appearing, no acute distress. HEENT: normocephalic, mild cushingoid facies. Neck: supple. Lungs: clear bilaterally, mildly decreased breath sounds right apex. Heart: RRR. Abdomen: soft, nontender. Extremities: no edema. Neuro: A&O x3, CN II-XII intact, strength 5/5 except left hand intrinsics 4+/5, finger-nose intact, gait normal.

PRIOR RADIATION THERAPY:
  Site                    Dose / Fx        Technique   Dates                   Facility
  R lung + mediastinum    60 Gy / 30 fx    IMRT        04/28/2025-06/09/2025   Hollowmere RCC
  Brain                   none             -           -                       -

PROCEDURE: Stereotactic radiosurgery, single fraction - right frontal metastasis
Date of treatment: 02/18/2026    Time out: 08:41 (patient, site, plan, dose verified by MD/physicist/RTT)
Treatment unit: 6 MV flattening-filter-free gantry linac with high-definition MLC (Room 3)
Immobilization: [X] Thermoplastic SRS mask (open-face, made at sim 01/30/2026)  [ ] Stereotactic head frame  [ ] Bite block
Planning imaging: (x) CT simulation 01/30/2026, 1 mm slices, non-contrast (contrast allergy)  (x) MRI 3D T1 post-gadolinium 01/29/2026 fused to planning CT (rigid, reviewed)  ( ) PET  ( ) Angiography
Target: GTV right frontal lesion, 1.7 cm maximal dimension, 22 mm from the optic chiasm; PTV = GTV + 1 mm (2.61 cc)
Prescription: 20 Gy in 1 fraction to the 80% isodose line; PTV V100% 98.6%
Plan: single isocenter, 4 non-coplanar VMAT arcs (couch 0, 45, 315, 90), KESTREL-SRS 3.2 (invented)
Organs at risk: brainstem Dmax 2.1 Gy; optic chiasm Dmax 0.9 Gy; normal brain V12Gy 5.8 cc
Pre-treatment verification: CBCT registered to the planning CT; 6DoF corrections (max 0.8 mm / 0.4 deg) reviewed and approved by the attending at the console; repeat CBCT after shifts within 0.5 mm. Surface-guided monitoring throughout beam-on (tolerance 1 mm / 1 deg), no beam holds.
Physics: independent second MU check within 1.4%; patient-specific QA measured 02/16/2026, gamma 99.1% (2%/1 mm). See physics note (Lindqvist-Amado, MS, DABR).
Beam-on 08:52-09:07. The patient tolerated the procedure well without complication. Discharged home with spouse at 09:30.
{page_break(_s, 1, 3, 4)}
ASSESSMENT / PLAN (carried forward from 01/27/2026; edited 02/18/2026):
64 y.o. F with a solitary brain metastasis from EGFR-mutant NSCLC, KPS 80, controlled extracranial disease on osimertinib.
- Recommend SRS to the right frontal lesion, 20 Gy in 1 fraction. SRS to be scheduled after CT simulation and MRI fusion.
- Consent to be obtained at simulation. ***
- Continue dexamethasone taper as above; continue levetiracetam 500 mg BID.
- Endocrine: steroid hyperglycemia - glargine per PCP; call if glucose > 300.
- MRI brain with and without contrast 6-8 weeks after SRS, then every 3 months.
- Return to clinic: *** weeks.

TREATMENT SUMMARY (02/18/2026): Right frontal metastasis - 20 Gy in 1 fraction delivered 02/18/2026 as prescribed. Course complete. Next: MRI brain early 04/2026 with clinic visit.

Patient education: handout "After radiosurgery" given. Questions answered. Interpreter: not needed.
Time spent: 45 minutes, > 50% in counseling/coordination. ***

ATTESTATION: I saw and evaluated the patient with the resident, reviewed and approved the plan, image registration and shifts, and was present for the entire stereotactic procedure. I agree with the note as documented above with my edits.
{page_break(_s, 1, 4, 4)}
Electronically signed by Tobias Ferrante, MD (Resident) on 02/18/2026 at 15:40
Electronically signed by Ingrid Solvang-Pryce, MD (Attending) on 02/18/2026 at 17:06
Routing: Anand Kesselring, MD; Dalia Marchetti-Owusu, DO (via In Basket)
Note status: Signed    Last edited: 02/18/2026 17:06
{FOOT}
""")])

# e84_02 -- bundle (3): cobalt-60 frame SRS, four lesions (one 4 mm from the chiasm); order set, templated note --
_c = "SAINT ALDRIC NEUROSCIENCE CENTER"
add(name="e84_02", kind="bundle", codes=["77371", "77432", "61798", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["MRI"], ["frame"]),
    lesions=[L("left occipital", "cranial", S, 20, 1), L("right temporal", "cranial", S, 20, 1),
             L("left cerebellar", "cranial", S, 18, 1), L("right gyrus rectus", "cranial", C, 14, 1)],
    categories=cats(),
    notes="Three-file EHR bundle for frame-based cobalt-60 SRS of four metastases: the signed order set (checkbox "
          "text: '[X] Stereotactic head frame application', '[ ] Thermoplastic mask', '(x) Stereotactic MRI ( ) CT "
          "head - only if MRI contraindicated ( ) Angiography', medications, labs), a templated procedure note with "
          "unfilled smart-phrase blanks ('***', '[ ]') and a physics dose-plan print (targets, 50% isodose, shots, "
          "coordinate check, second calculation). The right gyrus rectus lesion lies 4 mm from the optic chiasm: "
          "complex. MRI only; no CT was performed.",
    docs=[
        Doc("1_order_set.txt", text=f"""
MERIDIAN CHART (invented) - ORDERS REPORT
{_c} | Printed 03/06/2026 10:02
Patient: {patient(2)}   MRN: {mrn(2)}   DOB: 11/30/1953   Encounter: 03/05/2026 Radiosurgery (Outpatient Procedure)

ORDER SET: RADIOSURGERY - COBALT-60 UNIT - ADULT [ver. 14]     Signed by: Cornelius Abara-Whitlock, MD 03/02/2026 16:15
Co-signed: Maren Ostergaard-Vale, MD (Radiation Oncology) 03/02/2026 17:40

PRE-PROCEDURE
  [X] NPO after midnight except medications with sips of water
  [X] CBC, BMP, PT/INR - within 14 days (resulted 02/27/2026: Plt 198, INR 1.0, Cr 0.94)
  [ ] Type and screen
  [X] Hold aspirin 81 mg: last dose 02/28/2026
  [ ] Pregnancy test (not applicable)

FIXATION (choose one)
  [X] Stereotactic head frame application - local anesthesia: lidocaine 1% 10 mL + bupivacaine 0.5% 10 mL, buffered
  [ ] Thermoplastic mask (frameless) - requires cone-beam reference and motion monitoring

TARGETING IMAGING
  (x) MRI brain stereotactic protocol, day of procedure (3D T1 post-gadolinium 1 mm, T2)
  ( ) CT head stereotactic - only if MRI contraindicated
  ( ) Angiography - AVM only

MEDICATIONS
  [X] lorazepam 1 mg PO x1 on arrival
  [X] dexamethasone 8 mg IV x1 at end of treatment
  [X] ondansetron 4 mg IV q6h PRN nausea
  [ ] cefazolin 2 g IV (frame pins do not require prophylaxis per protocol)
  [X] acetaminophen 1000 mg PO x1 PRN pin-site pain

RADIOSURGERY
  [X] Cobalt-60 radiosurgery, single session - targets and doses per dose plan (see physics)
  [X] Physics: dose plan, coordinate verification, independent calculation
  Prescribing note: "brain metastases x4 on 02/20/2026 diagnostic MRI - final target list per day-of MRI"

DISPOSITION
  [X] Discharge home same day with responsible adult
  [ ] Overnight observation
  [X] Follow-up MRI brain in 8 weeks; clinic visit after MRI

Order status at print: all checked orders COMPLETED 03/05/2026 except "ondansetron PRN" (not given) and "acetaminophen PRN" (given 12:10).
{FOOT}
"""),
        Doc("2_procedure_note.txt", text=f"""
MERIDIAN CHART (invented) - PROGRESS NOTES
{_c}
Patient: {patient(2)}   MRN: {mrn(2)}   DOB: 11/30/1953
Date of service: 03/05/2026    Author: Cornelius Abara-Whitlock, MD (Neurosurgery)    Note type: Procedure Note

STEREOTACTIC RADIOSURGERY PROCEDURE NOTE [template SRS-PROC v3]

Pre-procedure diagnosis: Brain metastases (C79.31) from renal cell carcinoma (C64.1)
Post-procedure diagnosis: Same, four lesions
Procedures:
  1. Application of stereotactic head frame (4 pins)
  2. Stereotactic MRI for target localization
  3. Single-session radiosurgery on the cobalt-60 multi-source unit, four intracranial targets
Surgeon: Cornelius Abara-Whitlock, MD    Radiation Oncologist: Maren Ostergaard-Vale, MD    Physicist: Lucan Pereira-Hayes, PhD
Anesthesia: local + oral anxiolysis    ASA class: ***
Indications: 72 y.o. man with clear cell RCC s/p right nephrectomy 2022, on cabozantinib 40 mg daily, with four brain metastases on the 02/20/2026 MRI; KPS 90; extracranial disease stable. Radioresistant histology; radiosurgery preferred over WBRT. Risks including radionecrosis, hemorrhage, seizure and visual injury (gyrus rectus lesion near the chiasm) discussed; consent signed 03/02/2026.

Description: Time out performed. Pin sites prepped and anesthetized. The stereotactic head frame was applied in the usual fashion without difficulty. Stereotactic MRI was obtained with the fiducial box. The four known lesions were confirmed and no additional lesions were identified. Targets were contoured and the dose plan prepared jointly with radiation oncology and physics (see dose plan). Treatment was delivered in a single session. Frame removed at ***; pin sites dressed.

Number of shots: ***    Total treatment time: ***    (see physics record)
EBL: minimal    Specimens: [ ] none [ ] other ***    Drains: [ ]
Complications: [ ] none  [ ] other: ***
Condition: stable.    Disposition: home with wife.

Targets treated (entered from dose plan):
  1. Left occipital, 12 mm ........ 20 Gy @ 50%
  2. Right temporal, 8 mm ......... 20 Gy @ 50%
  3. Left cerebellar, 19 mm ....... 18 Gy @ 50%
  4. Right gyrus rectus, 7 mm ..... 14 Gy @ 50% (4 mm from optic chiasm; chiasm Dmax 7.6 Gy)

Plan: dexamethasone 4 mg PO daily x 3 days; resume cabozantinib 03/08/2026; resume aspirin 81 mg 03/06/2026. MRI brain 8 weeks. Visual field exam with ophthalmology in 3 months.

Electronically signed by Cornelius Abara-Whitlock, MD on 03/05/2026 at 18:22
Cosigned by Maren Ostergaard-Vale, MD on 03/06/2026 at 08:05
{FOOT}
"""),
        Doc("3_physics_dose_plan.pdf", [[
            H1("Radiosurgery Dose Plan - Physics Record"),
            KeyValue([("Patient / MRN", f"{patient(2)} / {mrn(2)}"),
                      ("Treatment date", "03/05/2026 - single session"),
                      ("Unit", "Cobalt-60 multi-source radiosurgery unit (192 sources; 4/8/16 mm collimators)"),
                      ("Fixation", "Stereotactic head frame, 4 pins; frame fiducial box"),
                      ("Imaging", "Stereotactic MRI 03/05/2026, 3D T1 post-Gd 1 mm + T2 (no CT acquired)"),
                      ("Planning system", "CAIRN-GP 4.1 (invented)"),
                      ("Prescription", "Marginal dose to the 50% isodose line per target")]),
            RuledTable([("Target", "Location", "Diam (mm)", "Vol (cc)", "Rx (Gy)", "IDL", "Shots", "Coverage"),
                        ("T1", "Left occipital", "12", "0.71", "20", "50%", "5", "99%"),
                        ("T2", "Right temporal", "8", "0.22", "20", "50%", "2", "99%"),
                        ("T3", "Left cerebellar", "19", "2.96", "18", "50%", "11", "98%"),
                        ("T4", "Right gyrus rectus", "7", "0.15", "14", "50%", "3", "97%")]),
            H2("Organs at risk"),
            TextTable([("Structure", "Dmax (Gy)", "Comment"),
                       ("Optic chiasm", "7.6", "T4 edge 4 mm from chiasm; < 8 Gy accepted"),
                       ("Right optic nerve", "6.1", ""),
                       ("Brainstem", "5.4", ""),
                       ("Brain V12Gy", "6.7 cc", "")], columns=(0, 170, 250)),
            H2("Verification"),
            P("Frame coordinates of all 21 shots checked at the unit against the printout (LPH, MO-V). Independent "
              "second calculation of shot times agreed within 1.1%. MRI distortion check with the fiducial box: mean "
              "registration error 0.3 mm. Treatment delivered 03/05/2026 09:47-11:02 in one session, beam-on 61.4 "
              "min, no interruptions."),
            sig("Lucan Pereira-Hayes, PhD, DABR, Medical Physicist - 03/05/2026 11:20"),
            sig("Maren Ostergaard-Vale, MD, Radiation Oncology - 03/05/2026 11:31"),
            sig("Cornelius Abara-Whitlock, MD, Neurosurgery - 03/05/2026 11:34"),
        ]], opts=dict(header=ehr_head("MERIDIAN CHART (invented) - Media tab: Physics", 2, "11/30/1953", "03/06/2026 10:03"))),
    ])

# e84_03 -- pdf: 5-fraction cavity FSRT (4.1 cm); a 2023 single-fraction course in the history and its old plan imported -
_s = "CEDARLINE CLINICALS (invented)"
add(name="e84_03", kind="ehr_pdf", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("right temporal resection cavity", "cranial", C, 30, 5)],
    categories=cats(),
    notes="Two-page end-of-treatment summary export: oncologic timeline and a prior-radiation table with a 2023 "
          "single-fraction SRS (left parietal 20 Gy x 1, not this course), a 'Previous plan of care (imported from "
          "note 09/14/2023)' block saying 'SRS 20 Gy x 1 to left parietal lesion - to be scheduled', medication list, "
          "labs, KPS. This course: right temporal resection cavity, 4.1 cm (complex by size), 30 Gy in 5 fractions "
          "on a gantry linac, mask, CT + MRI, daily CBCT.",
    docs=[Doc("e84_03.pdf", [[
        H1("Radiation Oncology - End of Treatment Summary"),
        KeyValue([("Patient", patient(3)), ("MRN", mrn(3)), ("DOB", "05/02/1958"),
                  ("Note date", "04/01/2026"), ("Author", "Rosalind Achterberg, MD"),
                  ("Diagnosis", "C79.31 secondary malignant neoplasm of brain; C50.912 breast, left (HER2+)"),
                  ("Course", "Course 2 (C2) - right temporal resection cavity")]),
        H2("Oncologic history"),
        BulletList(["03/2019 left breast IDC, ER-/PR-/HER2 3+, T2N1; TCHP x6, mastectomy, PMRT 50 Gy/25 fx",
                    "09/2023 left parietal metastasis 1.1 cm: SRS 20 Gy x 1 (Course 1), complete response",
                    "01/2026 right temporal metastasis 3.4 cm with edema: resection 02/06/2026 (GTR, path: metastatic carcinoma, HER2+)",
                    "02/2026 post-operative MRI: resection cavity 4.1 cm maximal dimension, no residual enhancement",
                    "03/2026 cavity SRS, 5 fractions (Course 2, this summary)"]),
        H2("Prior radiation"),
        RuledTable([("Course", "Site", "Dose / fx", "Technique", "Dates", "Status"),
                    ("PMRT", "L chest wall + SCV", "50 Gy / 25", "3D-CRT", "07/2019-08/2019", "Completed"),
                    ("C1", "Left parietal metastasis", "20 Gy / 1", "SRS, gantry linac", "10/02/2023", "Completed"),
                    ("C2", "R temporal cavity", "30 Gy / 5", "FSRT, gantry linac", "03/16-03/20/2026", "Completed")]),
        H2("Previous plan of care (imported from note 09/14/2023)"),
        Paragraph("Assessment/Plan: 65 y.o. F with HER2+ breast cancer and a solitary 1.1 cm left parietal metastasis. "
                  "SRS 20 Gy x 1 to left parietal lesion - to be scheduled after simulation. MRI 6 weeks after SRS. "
                  "Continue trastuzumab. [imported text - not edited]", indent=12),
        H2("Medications at end of treatment"),
        TextTable([("Medication", "Dose", "Sig"),
                   ("trastuzumab / pertuzumab", "600 mg / 1200 mg SC", "every 3 weeks (next 04/09/2026)"),
                   ("tucatinib", "300 mg", "PO BID"),
                   ("dexamethasone", "1 mg", "PO daily x 3 more days, then stop"),
                   ("levetiracetam", "750 mg", "PO BID"),
                   ("loperamide", "2 mg", "PO PRN (tucatinib diarrhea)")], columns=(0, 150, 270)),
        P("Labs 03/13/2026: WBC 5.1, Hgb 12.6, Plt 188, ALT 31, AST 28, bilirubin 0.6, Cr 0.77. LVEF 58% (echo 02/2026)."),
        P("Performance status at completion: KPS 80, ECOG 1."),
    ], [
        H2("Course 2 - treatment details"),
        KeyValue([("Target", "Right temporal resection cavity (CTV = cavity + 2 mm along dura), 4.1 cm maximal dimension"),
                  ("Prescription", "30 Gy in 5 fractions of 6 Gy to the 80% isodose line; PTV (CTV + 1 mm) V100% 97.2%"),
                  ("Unit / technique", "6 MV FFF gantry linac, single isocenter, 3 non-coplanar VMAT arcs"),
                  ("Planning system", "TALLOWPLAN 6.0 (invented)"),
                  ("Immobilization", "Thermoplastic SRS mask made at simulation 03/09/2026"),
                  ("Simulation imaging", "Planning CT 03/09/2026 (1 mm, with contrast); MRI 3D T1 post-Gd 03/08/2026 fused"),
                  ("Image guidance", "CBCT before every fraction with 6DoF couch correction, reviewed by MD; surface monitoring during treatment"),
                  ("Physics QA", "Second check 0.9%; patient-specific QA gamma 98.7% (3%/1 mm)"),
                  ("OAR", "Brainstem Dmax 17.9 Gy; optic chiasm Dmax 8.2 Gy; right cochlea Dmean 9.4 Gy; brain V24Gy 14.8 cc")]),
        RuledTable([("Fx", "Date", "Dose (Gy)", "Cumulative (Gy)", "IGRT"),
                    ("1", "03/16/2026", "6.0", "6.0", "CBCT, shifts approved"),
                    ("2", "03/17/2026", "6.0", "12.0", "CBCT, shifts approved"),
                    ("3", "03/18/2026", "6.0", "18.0", "CBCT, shifts approved"),
                    ("4", "03/19/2026", "6.0", "24.0", "CBCT, shifts approved"),
                    ("5", "03/20/2026", "6.0", "30.0", "CBCT, shifts approved")]),
        H2("Tolerance and follow-up"),
        P("Treatment was well tolerated: grade 1 fatigue and mild headache on fraction 3 managed with acetaminophen; "
          "no seizures. Dexamethasone tapered. Total delivered: right temporal resection cavity 30 Gy in 5 fractions "
          "(03/16/2026-03/20/2026). MRI brain in 6 weeks; surveillance MRI every 3 months thereafter; continue HER2-directed "
          "therapy without interruption."),
        P("Plan of care (current): MRI 05/2026 ***; return visit after MRI."),
        sig("Rosalind Achterberg, MD, Radiation Oncology on 04/01/2026 16:12"),
        P("Physics review: Anselm Kowalczyk-Reyes, MS, DABR (plan approved 03/13/2026)"),
    ]], opts=dict(header=ehr_head(_s, 3, "05/02/1958", "04/02/2026 09:14")))])

# e84_04 -- text: mask-based cobalt-60 SRS of a vestibular schwannoma; frame box unchecked and frame order discontinued -
_s = "SPRUCEGATE HEALTH RECORD (invented)"
add(name="e84_04", kind="ehr_text", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["MRI"], ["mask"]),
    lesions=[L("left vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    notes="Mask-based single-session cobalt-60 SRS of a left vestibular schwannoma (complex by type), 12 Gy to the "
          "50% isodose. The export holds the order history ('Stereotactic head frame application - DISCONTINUED, "
          "changed to mask-based'), a checkbox block '[ ] Stereotactic head frame [X] Thermoplastic mask', imaging "
          "'( ) Planning CT (x) Stereotactic MRI (x) Cone-beam CT at unit (stereotactic reference)'; the CBCT is "
          "image guidance, not planning imaging. Audiology numbers, meds, ROS. The claimed 61800 is wrong (no frame).",
    docs=[Doc("e84_04.txt", text=f"""
{_s} - ENCOUNTER SUMMARY (EXPORT)
LAKEHAVEN RADIOSURGERY PROGRAM
Patient: {patient(4)}   MRN: {mrn(4)}   DOB: 09/09/1967   Sex: M
Encounter: 04/14/2026 Radiosurgery    Provider: Yusuf Brannigan-Tell, MD (Radiation Oncology)    Neurosurgery: Helene Varga-Moss, MD

ORDERS (this encounter)
  04/03/2026  Stereotactic head frame application ........ DISCONTINUED 04/07/2026 by Varga-Moss (changed to mask-based treatment; patient preference, anticoagulation)
  04/03/2026  MRI brain IAC protocol, stereotactic ......... COMPLETED 04/13/2026
  04/03/2026  CT head for planning ......................... NOT ORDERED (MRI-only planning)
  04/07/2026  Thermoplastic mask fabrication (cobalt unit) . COMPLETED 04/13/2026
  04/07/2026  Radiosurgery, cobalt-60, single session ...... COMPLETED 04/14/2026
  04/07/2026  Audiogram 6 months post ...................... ORDERED (future)

PROBLEM LIST
  Vestibular schwannoma, left (D33.3) - 1.6 x 1.3 x 1.1 cm, Koos II, growth 2.5 mm/yr
  Asymmetric sensorineural hearing loss, left (H90.42) - PTA 38 dB, WRS 76% (03/2026)
  Atrial fibrillation (I48.91) - on apixaban 5 mg BID, CHA2DS2-VASc 2
  Obstructive sleep apnea (G47.33) - CPAP 11 cm H2O
  Hyperlipidemia (E78.5) - LDL 96 mg/dL

MEDICATIONS: apixaban 5 mg PO BID; metoprolol succinate 50 mg PO daily; atorvastatin 40 mg PO nightly; fluticasone 50 mcg 2 sprays each nostril daily. Allergies: NKDA.

{ros(const="Negative for fatigue.", neuro="Positive for left-sided tinnitus and mild imbalance on uneven ground. Negative for facial numbness or weakness, headaches.")}

RADIOSURGERY NOTE [SmartText: RS_COBALT_SINGLE]
Indication: growing left vestibular schwannoma, serviceable hearing; options of observation, microsurgery and radiosurgery reviewed; patient chose radiosurgery. Consent signed 04/07/2026.
Fixation:   [ ] Stereotactic head frame   [X] Thermoplastic mask with infrared nose-marker motion monitoring
Imaging:    ( ) Planning CT   (x) Stereotactic MRI 04/13/2026 (3D T1 post-gadolinium 1 mm, CISS 0.5 mm)   (x) Cone-beam CT at the unit (stereotactic reference for the mask)
Unit: cobalt-60 multi-source radiosurgery unit with cone-beam CT and intrafraction motion management
Target: left vestibular schwannoma (intracanalicular and cisternal components), 1.6 cm, volume 1.18 cc
Prescription: 12 Gy to the 50% isodose line, single session; coverage 98%; Paddick CI 0.84; GI 2.71
Shots: 14 (4 and 8 mm collimators, composite sectors)    Planning system: CAIRN-GP 4.1 (invented)
OAR: cochlea Dmean 3.9 Gy; brainstem Dmax 11.6 Gy (surface); facial nerve (estimated) 11.9 Gy; trigeminal nerve Dmax 6.2 Gy
Verification: pre-treatment CBCT co-registered to the stereotactic MRI (translation 0.6 mm, rotation 0.3 deg; plan adapted to the day position); nose-marker motion monitoring with gating threshold 1.5 mm, one pause (1.7 mm) resumed after repositioning check. Physics independent time calculation 1.3%; unit QA performed AM of treatment.
Delivered: 04/14/2026 08:15-09:21, beam-on 54.2 min, single session. Total dose 12 Gy to the 50% isodose line.
Complications: [X] none  [ ] other ***

IMPRESSION / PLAN
Left vestibular schwannoma treated with single-session mask-based cobalt-60 radiosurgery, 12 Gy @ 50%. Resume apixaban this evening. MRI IAC protocol at 6 months, audiogram at 6 months. Counseled on delayed hearing decline (30-50% at 5 years), transient swelling, facial numbness (rare).

Physician attestation: I was present for the entire treatment and approved the co-registration and plan adaptation.
Electronically signed by Yusuf Brannigan-Tell, MD on 04/14/2026 11:48
Electronically signed by Helene Varga-Moss, MD on 04/14/2026 12:30
Physics: Eamon Sorrell-Dijkstra, PhD (plan check 04/13/2026, signed)
{FOOT}
""")])

# e84_05 -- bundle (2): linac SRS planned for three targets; addendum: lesion 3 was not treated ------------------------
_c = "WILLOWBROOK UNIVERSITY HOSPITAL"
add(name="e84_05", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal", "cranial", S, 20, 1), L("right cerebellar", "cranial", S, 20, 1)],
    categories=cats(),
    contradiction="The physics plan and the templated treatment note list three targets treated; the signed addendum says "
                  "lesion 3 (left thalamus) was not treated and only two targets were delivered.",
    notes="Two-file bundle: the physics plan report (v1, three targets: left frontal 20 Gy, right cerebellar 20 Gy, "
          "left thalamic 18 Gy, one isocenter, five arcs) and the EHR treatment note, whose templated body still reads "
          "'3 lesions treated as planned' followed by an addendum: PTV3 re-read as a vessel on the day-of MRI, plan v2 "
          "without it, only the two lesions delivered. Gold: two lesions.",
    docs=[
        Doc("1_physics_plan_report.pdf", [[
            H1("SRS Plan Report - Physics"),
            KeyValue([("Patient", f"{patient(5)}   {mrn(5)}"), ("Plan", "SRS_3T_v1   (approved 03/10/2026)"),
                      ("Course", "C1 Brain SRS"), ("Unit", "6 MV FFF gantry linac, 2.5 mm leaf MLC"),
                      ("Planning system", "KESTREL-SRS 3.2 (invented)"),
                      ("Images", "Planning CT 03/06/2026 1 mm; MRI T1 MPRAGE post-Gd 03/05/2026 fused (rigid)"),
                      ("Immobilization", "Thermoplastic SRS mask")]),
            RuledTable([("Target", "Location", "Size (cm)", "Rx", "IDL", "V100%", "CI"),
                        ("PTV1", "Left frontal", "1.4", "20 Gy x 1", "80%", "99.0%", "1.12"),
                        ("PTV2", "Right cerebellar", "1.0", "20 Gy x 1", "80%", "98.8%", "1.18"),
                        ("PTV3", "Left thalamus", "0.6", "18 Gy x 1", "80%", "98.1%", "1.31")]),
            P("Single isocenter, 5 non-coplanar dynamic conformal arcs (couch 0/30/60/300/330). Brainstem Dmax 6.2 Gy; "
              "chiasm 1.1 Gy; brain-minus-GTV V12 4.4 cc. Second check (independent MU) within 1.8%. Portal dosimetry / "
              "patient-specific QA: gamma 98.4% at 3%/1 mm. Delivery: CBCT with 6DoF correction, intrafraction surface "
              "monitoring."),
            sig("Imre Kallistrat, MS, DABR, Medical Physicist 03/10/2026"),
            sig("Odalys Fairweather-Ng, MD 03/10/2026"),
        ]], opts=dict(header=[_c + " - Radiation Oncology Physics", "Plan report printed 03/10/2026"])),
        Doc("2_treatment_note_with_addendum.txt", text=f"""
{_c} - RADIATION ONCOLOGY
EHR NOTE EXPORT (BIRCHLINE EHR, invented)
Patient: {patient(5)}   MRN: {mrn(5)}   DOB: 01/15/1970
Date of service: 03/12/2026   Note: SRS Treatment Note   Author: Odalys Fairweather-Ng, MD

Diagnosis: Brain metastases (C79.31), primary melanoma of trunk (C43.59). ECOG 0. On nivolumab 480 mg q4 weeks (last 02/26/2026).

SRS TREATMENT [SmartPhrase .SRSTX]
The patient was treated today with single-fraction stereotactic radiosurgery on the gantry linac in the thermoplastic SRS mask. CBCT was acquired and registered to the planning CT; 6DoF corrections were applied and approved, and surface guidance monitored intrafraction motion. {{Number}} 3 lesions treated as planned per plan SRS_3T_v1:
  - PTV1 left frontal: 20 Gy in 1 fraction
  - PTV2 right cerebellar: 20 Gy in 1 fraction
  - PTV3 left thalamus: 18 Gy in 1 fraction
Patient tolerated treatment well. Side effects: [ ] headache [ ] nausea [ ] fatigue [X] none.
Follow-up: MRI brain in 6 weeks. ***

Electronically signed by Odalys Fairweather-Ng, MD on 03/12/2026 13:05

------------------------------------------------------------------------
ADDENDUM - 03/13/2026 09:18 - Odalys Fairweather-Ng, MD
Addendum: lesion 3 was not treated. On the day-of-treatment thin-slice MRI (03/11/2026) the 6 mm left thalamic focus (PTV3) did not enhance and was re-read by neuroradiology as a vascular structure. PTV3 was removed and the plan re-optimized as SRS_2T_v2 (same isocenter, 4 arcs; PTV1 and PTV2 unchanged), approved by physics 03/11/2026 (second check 1.2%). Delivered on 03/12/2026 with SRS_2T_v2: PTV1 left frontal 20 Gy x 1 and PTV2 right cerebellar 20 Gy x 1. The templated text above was not updated before signing and is incorrect regarding PTV3. Two lesions treated.
Electronically signed by Odalys Fairweather-Ng, MD on 03/13/2026 09:21
{FOOT}
"""),
    ])

# e84_06 -- pdf: trigeminal neuralgia, cobalt-60 frame, 80 Gy max; medication list and pain scores full of numbers -----
_s = "HARBORLIGHT CARE RECORD (invented)"
add(name="e84_06", kind="ehr_pdf", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Functional radiosurgery for right trigeminal neuralgia (complex) on a cobalt-60 unit under a head frame: "
          "one 4 mm shot, 80 Gy maximum dose (100% isodose) to the cisternal nerve. The export is dominated by "
          "numbers that are not the course dose: carbamazepine 800 mg/day, gabapentin 300 mg TID, BNI pain scores, "
          "prior microvascular decompression 2021, a 20% brainstem isodose line, 15 Gy brainstem surface dose. MRI "
          "(CISS) fused with a stereotactic CT because of MVD hardware artifact.",
    docs=[Doc("e84_06.pdf", [[
        H1("Procedure Note - Gamma Radiosurgery (Functional)"),
        KeyValue([("Patient", patient(6)), ("MRN", mrn(6)), ("DOB", "12/03/1949"), ("Date of service", "05/06/2026"),
                  ("Surgeon", "Bartholomew Eze-Lindgren, MD (Neurosurgery)"),
                  ("Radiation oncologist", "Sunniva Castellanos, MD"),
                  ("Physicist", "Petronella Mwangi-Hart, PhD")]),
        H2("History (carried forward from clinic note 04/15/2026)"),
        P("76 y.o. woman with classic right V2/V3 trigeminal neuralgia since 2016. Microvascular decompression 11/2021 "
          "with 20 months of relief, recurrence 2023. Current BNI pain score IV (inadequate control on medication), "
          "previously V. Average 6-10 paroxysms per day, triggered by chewing and wind. Failed or intolerant: "
          "carbamazepine up to 1200 mg/day (hyponatremia Na 128), oxcarbazepine 600 mg BID (dizziness), baclofen 10 mg TID. "
          "She is here to discuss radiosurgery vs repeat MVD vs percutaneous rhizotomy. [copied text]"),
        H2("Medications"),
        TextTable([("Medication", "Dose", "Frequency", "Status"),
                   ("carbamazepine ER", "400 mg", "BID (800 mg/day)", "active"),
                   ("gabapentin", "300 mg", "TID", "active"),
                   ("lamotrigine", "25 mg", "daily (titrating)", "on hold"),
                   ("amlodipine", "5 mg", "daily", "active"),
                   ("alendronate", "70 mg", "weekly", "active")], columns=(0, 130, 200, 320)),
        P("Labs 04/29/2026: Na 133 (L), K 4.2, ALT 22, WBC 5.6, Plt 212. Carbamazepine level 7.9 mcg/mL."),
        P(ros(neuro="Positive for right facial paroxysmal pain, V2/V3, 8/10. Negative for numbness, weakness, diplopia.")),
        H2("Procedure"),
        P("Time out completed. Stereotactic head frame applied under local anesthesia (lidocaine 1% with bupivacaine "
          "0.5%, 4 pins), slight tilt for the posterior fossa. Stereotactic MRI (3D CISS 0.6 mm, T1 post-contrast) and a "
          "stereotactic CT (1 mm) were obtained with the indicator boxes and fused, the CT being used to correct the "
          "distortion and artifact from the 2021 MVD Teflon/clip hardware. The right trigeminal nerve was identified "
          "in the cisternal segment 7.5 mm anterior to the root entry zone."),
    ], [
        H2("Dose plan (CAIRN-GP 4.1, invented)"),
        RuledTable([("Target", "Collimator", "Shots", "Max dose", "Prescription", "Brainstem"),
                    ("Right trigeminal nerve, cisternal", "4 mm", "1", "80 Gy (100%)", "80 Gy max dose", "20% IDL tangent; surface 15.8 Gy")]),
        P("Frame coordinates X 127.4, Y 111.0, Z 92.6, gamma angle 110 deg; checked at the unit by two individuals. "
          "Independent calculation of shot time within 0.8%. Treatment delivered on the cobalt-60 multi-source unit in one "
          "session 05/06/2026, beam-on 47.3 min, uneventful. Frame removed, pin sites clean."),
        H2("Assessment / plan"),
        P("Right trigeminal neuralgia treated with single-session radiosurgery, 80 Gy maximum dose with one 4 mm shot. "
          "Continue carbamazepine ER 400 mg BID and gabapentin 300 mg TID unchanged until pain relief begins (median 4-8 "
          "weeks), then taper by 100 mg every week as tolerated. Counseled on facial numbness risk (about 10-20%). "
          "Telephone follow-up 4 weeks, clinic 3 months, MRI only if new symptoms."),
        P("Plan (copied from 04/15/2026): radiosurgery to be scheduled; consider frame-based 80-85 Gy. ***"),
        sig("Bartholomew Eze-Lindgren, MD on 05/06/2026 15:02"),
        sig("Sunniva Castellanos, MD on 05/06/2026 15:40"),
        sig("Petronella Mwangi-Hart, PhD (physics) on 05/06/2026 12:05"),
    ]], opts=dict(header=ehr_head(_s, 6, "12/03/1949", "05/07/2026 08:30")))])

# e84_07 -- pdf: robotic-arm 3-fraction SRS of two lesions, nursing notes in the export, dose amended in the summary ---
_s = "ALDERCREST EHR (invented)"
add(name="e84_07", kind="ehr_pdf", codes=["77373", "77435", "61796", "61797"],
    facts=F("robotic_linac", ["cranial"], 2, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left cerebellar", "cranial", S, 27, 3), L("right frontal", "cranial", S, 27, 3)],
    categories=cats(),
    contradiction="The end-of-treatment summary first gives the right frontal lesion 24 Gy in 3 fractions; an amendment "
                  "corrects it to 27 Gy and the fraction record shows 9 Gy x 3.",
    notes="Three-page export from a robotic-arm linac centre: end-of-treatment summary (two metastases, 3 fractions, "
          "mask, 6D skull tracking, CT + MRI), its amendment ('Amended 04/24/2026: total dose for right frontal "
          "corrected to 27 Gy in 3 fractions; 24 Gy was a transcription error'), the fraction record (9 Gy x 3 each) "
          "and three nursing on-treatment notes with vitals, dexamethasone mg and pain scores. Both lesions under "
          "3.5 cm: simple.",
    docs=[Doc("e84_07.pdf", [[
        H1("Stereotactic Radiotherapy - End of Treatment Summary"),
        KeyValue([("Patient", patient(7)), ("MRN", mrn(7)), ("DOB", "06/18/1964"),
                  ("Physician", "Lorcan Idowu-Sterling, MD"), ("Dates", "04/20/2026 - 04/22/2026"),
                  ("Diagnosis", "C79.31 brain metastases; C18.7 sigmoid colon adenocarcinoma, KRAS G12D")]),
        P("Indication: two brain metastases (left cerebellar 2.8 cm, right frontal 1.6 cm), KPS 80, oligoprogression "
          "on FOLFIRI + bevacizumab (held 4 weeks pre-treatment). Fractionated radiosurgery chosen for the size of the "
          "cerebellar lesion."),
        P("Technique: robotic-arm mounted 6 MV linac, fixed cones and variable aperture collimator; thermoplastic "
          "mask (no rigid frame); planning CT 04/13/2026 (1.25 mm, contrast) fused with MRI 3D T1 post-Gd 04/12/2026. "
          "Non-isocentric plan, 187 beams, SERRATA-RX 2.4 (invented). Skull tracking with orthogonal kV pairs every "
          "30-60 s during every fraction; corrections applied automatically, translations < 0.5 mm after setup."),
        RuledTable([("Target", "Size", "Prescription", "IDL", "Delivered"),
                    ("PTV1 left cerebellar", "2.8 cm", "27 Gy / 3 fx", "72%", "27 Gy / 3 fx"),
                    ("PTV2 right frontal", "1.6 cm", "27 Gy / 3 fx", "76%", "24 Gy / 3 fx")]),
        Paragraph("AMENDED 04/24/2026 09:02 (L. Idowu-Sterling, MD): total dose for PTV2 right frontal corrected to "
                  "27 Gy in 3 fractions (9 Gy x 3) per the treatment record. The value 24 Gy above was a transcription "
                  "error; treatment delivered as prescribed.", bold=True),
        P("Physics: plan check and DQA (film, gamma 97.6% at 2%/1 mm) by Wilhelmina Achebe-Torr, MS, 04/16/2026."),
        P("Tolerance: mild fatigue, transient occipital headache after fraction 1. No neurological change."),
        P("Follow-up: MRI brain 6 weeks; resume FOLFIRI + bevacizumab 05/04/2026 (bevacizumab may lower edema risk)."),
        sig("Lorcan Idowu-Sterling, MD 04/22/2026 17:30; amended 04/24/2026 09:02"),
    ], [
        H2("Treatment record (R&V export)"),
        RuledTable([("Date", "Fx", "PTV1 (Gy)", "PTV2 (Gy)", "Cum. PTV1", "Cum. PTV2", "Tracking"),
                    ("04/20/2026", "1/3", "9.0", "9.0", "9.0", "9.0", "6D skull"),
                    ("04/21/2026", "2/3", "9.0", "9.0", "18.0", "18.0", "6D skull"),
                    ("04/22/2026", "3/3", "9.0", "9.0", "27.0", "27.0", "6D skull")]),
        H2("Nursing notes"),
        P("04/20/2026 07:40 - RN on-treatment assessment. BP 128/79, HR 82, SpO2 98%, Temp 36.6. Pain 2/10 "
          "(occipital). Dexamethasone 4 mg PO BID taken 06:30. Blood glucose 164. Fraction 1 of 3 today. Mask fit "
          "checked, no pressure points. Education: steroid side effects. - Greta Oyelowo-Fitch, RN"),
        P("04/21/2026 07:35 - BP 134/81, HR 77. Pain 3/10 after fx 1, resolved with acetaminophen 650 mg. Dexamethasone "
          "4 mg BID. Appetite fair, weight 71.2 kg (71.9 kg 04/13). Fraction 2 of 3 today. - Greta Oyelowo-Fitch, RN"),
        P("04/22/2026 07:38 - BP 126/76, HR 80. Pain 0/10. No nausea. Fraction 3 of 3 today, final. Dexamethasone "
          "taper: 4 mg daily x 3 days, 2 mg daily x 3 days, then stop (instructions given, teach-back done). Appointment "
          "card for MRI given. - Greta Oyelowo-Fitch, RN"),
        P("Order: CBC/CMP with next oncology visit. Order: MRI brain w/wo contrast 06/01/2026 - ORDERED (future)."),
    ]], opts=dict(header=ehr_head(_s, 7, "06/18/1964", "04/24/2026 11:15")))])

# e84_08 -- text: HARD NEGATIVE - follow-up visit 19 months after SRS; the old procedure and plan copied forward ----------
_s = "ORCHARDVIEW EHR (invented)"
add(name="e84_08", kind="ehr_text", codes=["77372", "77432", "61796"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a routine follow-up visit note (03/2026) whose HPI and plan were copied forward from the "
          "2024 treatment-day note: 'Procedure: SRS 20 Gy x 1 to L frontal metastasis, mask, CBCT', 'Plan: SRS to be "
          "scheduled', full radiation-history table. The current MRI is stable and the plan is surveillance; nothing "
          "is treated or planned in this record. Facts empty, categories unmet, codes inconsistent.",
    docs=[Doc("e84_08.txt", text=f"""
{_s} - CLINICAL DOCUMENT EXPORT
Facility: HOLLOWMERE REGIONAL CANCER CENTER - Department of Radiation Oncology
Printed: 03/25/2026 11:05
========================================================================
Patient: {patient(8)}    MRN: {mrn(8)}    DOB: 02/27/1955    Sex: M
Encounter date: 03/24/2026    Type: Follow-up (established patient)    Provider: Ingrid Solvang-Pryce, MD
========================================================================

RADIATION ONCOLOGY FOLLOW-UP NOTE

Reason for visit: surveillance after stereotactic radiosurgery; MRI review.

HPI (copied forward from note 08/19/2024 and edited):
Mr. Gristledown is a 71 y.o. man with stage IV NSCLC (squamous), PD-L1 80%, on pembrolizumab 200 mg q3w, who presented 07/2024 with a 1.3 cm left frontal metastasis.
Procedure 08/19/2024: SRS 20 Gy x 1 to L frontal metastasis, 6 MV FFF gantry linac, thermoplastic mask, CT sim fused with MRI, CBCT with 6DoF correction. Tolerated well.
Interval history (03/24/2026): doing well. Completed 2 years of pembrolizumab 07/2025, now on surveillance. No headaches, seizures or focal deficits. Off dexamethasone since 09/2024. Works part time.

MRI brain w/wo contrast 03/18/2026 (compared with 12/2025): treated left frontal lesion now 3 mm focus of faint enhancement (previously 4 mm), no edema, perfusion low; no new lesions. Impression: continued response, no evidence of new intracranial disease.

RADIATION HISTORY:
  Course  Site                  Dose / Fx      Technique            Dates         Status
  C1      L frontal metastasis  20 Gy / 1      SRS, gantry linac    08/19/2024    Completed
  -       (no other RT)

PROBLEM LIST: NSCLC, squamous, RLL (C34.31); brain metastasis, treated (C79.31); COPD GOLD 2 (J44.9) - FEV1 61%; hypothyroidism after immunotherapy (E03.2) - TSH 2.1 on levothyroxine 75 mcg; former smoker, 45 pack-years.
MEDICATIONS: levothyroxine 75 mcg daily; tiotropium 18 mcg inhaled daily; albuterol 90 mcg 2 puffs q4h PRN; atorvastatin 20 mg daily. Allergies: penicillin (hives).
VITALS: BP 131/77 | HR 70 | SpO2 95% | Wt 79.6 kg | ECOG 1 | KPS 80
{page_break(_s, 8, 2, 2)}
{ros(const="Negative for fatigue.", resp="Positive for chronic exertional dyspnea (stable). Negative for hemoptysis.")}

EXAM: A&O x3, fluent speech, CN intact, strength 5/5 throughout, gait steady. Scalp: no alopecia.

ASSESSMENT / PLAN (carried forward 08/19/2024 - 03/24/2026):
- Solitary left frontal metastasis from NSCLC. Recommend SRS 20 Gy in 1 fraction. SRS to be scheduled after simulation. [carried forward]
- 03/24/2026: s/p SRS 08/2024 with continued response; no new lesions. No radiation indicated at this time.
- Continue surveillance MRI brain every 4 months for the first 3 years (next 07/2026), then every 6 months.
- Return to clinic after next MRI. Patient agrees.

Electronically signed by Ingrid Solvang-Pryce, MD on 03/24/2026 at 16:44
{FOOT}
""")])


# ==================================================================================================
# Spine
# ==================================================================================================

# e84_09 -- bundle (3): spine SBRT 16 Gy x 1 at T9; MRI ordered then cancelled (pacemaker); CT myelogram done --------
_c = "GRANITE FALLS MEDICAL CENTER"
add(name="e84_09", kind="bundle", codes=["77372", "77432", "63620"],
    facts=F("linac", ["spinal"], 1, 1, ["CT"], ["body_immobilization"]),
    lesions=[L("T9", "spinal", None, 16, 1)],
    categories=cats(),
    notes="Three-file bundle for single-fraction spine SBRT at T9: an orders report (MRI thoracic spine ORDERED then "
          "CANCELLED for an MR-unsafe pacemaker; CT myelogram and CT simulation COMPLETED; vacuum cushion), the "
          "physics plan-check note (16 Gy to the PTV, 9 IMRT fields, cord constraint on the myelogram-defined cord, "
          "CBCT + 6DoF, QA) and the treatment summary. The billing office claimed the cranial single-session codes "
          "77372/77432, which a spine course does not fit; 63620 fits.",
    docs=[
        Doc("1_orders_report.txt", text=f"""
{_c} - ORDERS REPORT (all statuses)    Printed 03/04/2026 08:12
Patient: {patient(9)}   MRN: {mrn(9)}   DOB: 10/10/1948   Attending: Thaddeus Okafor-Brandt, MD

Ordered     Order                                                   Status       Status date   Comment
02/02/2026  MRI thoracic spine w/wo contrast (SBRT planning)        CANCELLED    02/03/2026    MR-unsafe pacemaker (legacy leads) - cardiology declined MR-conditional protocol
02/03/2026  CT myelogram thoracic spine (intrathecal contrast)      COMPLETED    02/09/2026    Performed by IR, L3-4 puncture, 10 mL iohexol 180
02/03/2026  CT simulation - spine SBRT, 1 mm, vacuum cushion        COMPLETED    02/09/2026    Immediately after myelogram, same position
02/03/2026  Pacemaker check pre/post radiation                      COMPLETED    03/02/2026    Device interrogated 03/02 AM and PM; no change
02/03/2026  SBRT spine, T9, 16 Gy x 1 fraction                       COMPLETED    03/02/2026
02/03/2026  PET/CT skull base to thigh                              DISCONTINUED 02/05/2026    Not needed for planning (ordered in error - duplicate of bone scan request)
02/10/2026  Dexamethasone 4 mg PO pre-treatment x1                  COMPLETED    03/02/2026
02/10/2026  Ondansetron 8 mg PO pre-treatment x1                    COMPLETED    03/02/2026

Problem list: Prostate adenocarcinoma, metastatic castration-resistant (C61, C79.51) - PSA 14.2 ng/mL (01/2026, rising from 6.8); complete heart block s/p dual-chamber pacemaker 2011 (Z95.0); CKD 3b (eGFR 41); atrial flutter s/p ablation.
Medications: enzalutamide 160 mg daily; leuprolide 22.5 mg IM q3 months (last 01/15/2026); denosumab 120 mg SC q4 weeks; oxycodone 5 mg q6h PRN (uses 1-2/day); senna 8.6 mg BID.
Pain score (NRS): 6/10 mid-back at consult 01/29/2026.
{FOOT}
"""),
        Doc("2_physics_note.pdf", [[
            H1("Physics Note - Spine SBRT Plan Check"),
            KeyValue([("Patient", f"{patient(9)}   {mrn(9)}"), ("Plan", "T9_SBRT_1fx (approved 02/25/2026)"),
                      ("Unit", "6 MV FFF gantry linac, 5 mm MLC, 6DoF couch"),
                      ("Planning system", "TALLOWPLAN 6.0 (invented)"),
                      ("Simulation", "CT 02/09/2026 1 mm after intrathecal contrast (CT myelogram); no MRI (pacemaker)"),
                      ("Immobilization", "Full-body vacuum cushion, arms up on wing board")]),
            P("Targets: GTV T9 vertebral body and left pedicle lesion; CTV per consensus (body + left pedicle); PTV = CTV + "
              "2 mm, trimmed at the thecal sac. Spinal cord contoured from the myelogram contrast column T7-T11; PRV cord + 1.5 mm."),
            P("Prescription: 16 Gy in 1 fraction to the PTV (D90 >= 16 Gy); PTV V16 89.7%, Dmax 19.6 Gy. Cord Dmax 11.4 Gy, cord "
              "D0.35cc 9.7 Gy; esophagus D5cc 11.2 Gy. 9 static IMRT fields."),
            P("Pacemaker: generator 29 cm from the PTV edge, estimated dose < 0.3 Gy; device checked before and after by cardiology."),
            P("QA: independent MU check 1.6%; patient-specific QA array gamma 99.4% (2%/2 mm). Treatment-day IGRT: CBCT with 6DoF "
              "correction, verified by a second CBCT before beam-on and a mid-treatment CBCT (shifts < 1 mm / 1 deg)."),
            sig("Ingeborg Latham-Sesay, MS, DABR 02/25/2026"),
        ]], opts=dict(header=[_c + " - Radiation Oncology Physics", f"{patient(9)}   MRN {mrn(9)}"])),
        Doc("3_treatment_summary.pdf", [[
            H1("Radiation Treatment Summary"),
            KeyValue([("Patient", patient(9)), ("MRN", mrn(9)), ("Course", "Spine SBRT T9"),
                      ("Treatment date", "03/02/2026 (single fraction)"), ("Physician", "Thaddeus Okafor-Brandt, MD")]),
            P("Treated site: T9 vertebral body and left pedicle (painful metastasis, no epidural extension, SINS 7). "
              "Delivered dose: 16 Gy in 1 fraction with stereotactic body radiotherapy technique on the gantry linac, "
              "vacuum cushion immobilization, CBCT-guided with 6DoF correction. Planning: CT myelogram-based (MRI "
              "contraindicated). Pacemaker interrogated pre and post, normal."),
            P("Tolerance: pain flare day 2 (NRS 7) managed with dexamethasone 4 mg x 3 days; pain NRS 2/10 at the two-week "
              "call. Follow-up: clinic 6 weeks; MRI not possible - CT thoracic spine at 3 months for vertebral compression "
              "fracture surveillance."),
            sig("Thaddeus Okafor-Brandt, MD 03/04/2026 08:10"),
        ]], opts=dict(header=[_c + " - Department of Radiation Oncology"])),
    ])

# e84_10 -- pdf: spine SBRT, T12 and L3, 27 Gy in 3 fractions; past-RT table (L3 8 Gy x 1 in 2024); checkbox lists -----
_s = "PINECREST CHART (invented)"
add(name="e84_10", kind="ehr_pdf", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T12", "spinal", None, 27, 3), L("L3", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Spine SBRT to two levels (T12 and L3), 27 Gy in 3 fractions each, same three sessions, gantry linac. "
          "Templated note with checkbox text ('[X] Vacuum cushion [ ] Abdominal compression [ ] Wing board', "
          "'(x) CT sim (x) MRI fusion ( ) PET ( ) CT myelogram'), a prior-radiation table with a palliative L3 8 Gy "
          "x 1 from 2024 (reirradiation; not this course), myeloma-free light chain and lab numbers, unfilled blanks. "
          "Codes for two spinal lesions are right.",
    docs=[Doc("e84_10.pdf", [[
        H1("SBRT Completion Note - Spine"),
        KeyValue([("Patient", patient(10)), ("MRN", mrn(10)), ("DOB", "08/14/1959"), ("Service date", "05/15/2026"),
                  ("Attending", "Philippa Marchbanks-Oduya, MD"), ("Referring", "Kasimir Holt, MD (Urology/Oncology)")]),
        P("Diagnosis: metastatic clear cell renal cell carcinoma (C64.2, C79.51) to T12 and L3; radioresistant histology. "
          "L3 previously treated with 8 Gy x 1 (07/2024) with local progression. ECOG 1. Pain NRS 5/10 at consult. "
          "Systemic: pembrolizumab 400 mg q6w + axitinib 5 mg BID (axitinib held 05/08-05/22)."),
        H2("Prior radiation therapy"),
        RuledTable([("Date", "Site", "Dose / fractions", "Intent", "Technique"),
                    ("07/22/2024", "L3", "8 Gy / 1", "Palliative", "3D conformal, PA field"),
                    ("05/11-05/15/2026", "T12 and L3", "27 Gy / 3", "Ablative (reirradiation L3)", "SBRT (this course)")]),
        H2("Simulation and planning [SmartText SBRT_SPINE]"),
        P("Immobilization:  [X] Vacuum cushion (full length)   [ ] Abdominal compression   [ ] Wing board   [X] Knee sponge"),
        P("Imaging:  (x) CT sim 1 mm 04/30/2026   (x) MRI fusion (T1, T2, post-Gd thoracolumbar spine 04/28/2026)   ( ) PET   ( ) CT myelogram"),
        P("Targets: GTV/CTV T12 (body, bilateral pedicles) and L3 (body, right pedicle, small paraspinal component); PTV = "
          "CTV + 2 mm. One isocenter per level, 2 VMAT arcs each, planning system TALLOWPLAN 6.0 (invented). Cauda equina "
          "/ conus PRV Dmax 20.1 Gy (cumulative EQD2 with 2024 course within constraint). Kidneys: left V10 12%."),
        P("Prescription: 27 Gy in 3 fractions (9 Gy per fraction) to each PTV; coverage T12 V100 91.2%, L3 V100 90.4%."),
    ], [
        H2("Treatment"),
        RuledTable([("Fx", "Date", "T12 (Gy)", "L3 (Gy)", "IGRT"),
                    ("1", "05/11/2026", "9", "9", "CBCT x2 per level, 6DoF"),
                    ("2", "05/13/2026", "9", "9", "CBCT x2 per level, 6DoF"),
                    ("3", "05/15/2026", "9", "9", "CBCT x2 per level, 6DoF")]),
        P("Verification: CBCT before each level each day, shifts reviewed and approved by physician; couch corrections "
          "< 1.5 mm. Physics second check 1.1% (T12) and 1.7% (L3); patient-specific QA passed (98.9%, 99.3%)."),
        P("Course summary: T12 27 Gy in 3 fractions; L3 27 Gy in 3 fractions (reirradiation). All 3 fractions "
          "delivered 05/11-05/15/2026. Side effects: [X] fatigue G1  [ ] nausea  [X] pain flare G1 (dexamethasone 4 mg x2 days)  [ ] other ***"),
        H2("Labs / other (auto-populated)"),
        P("05/08/2026: Hgb 11.2, Plt 301, Cr 1.48 (eGFR 51), Ca 9.6, LDH 212, TSH 3.9. Weight 88.1 kg. Pain NRS 3/10 at fx 3."),
        P("Follow-up: MRI total spine in 3 months; restart axitinib 05/22/2026. RTC *** ."),
        sig("Philippa Marchbanks-Oduya, MD on 05/15/2026 18:03"),
        P("Physics: Cosmin Arbuthnot, PhD, DABR - plan and QA reviewed 05/07/2026 (signed)."),
    ]], opts=dict(header=ehr_head(_s, 10, "08/14/1959", "05/18/2026 07:50")))])

# e84_11 -- text: C2 spine SBRT 35 Gy in 5 on a robotic-arm linac; unfilled '{Fractions}' smart-fields; mask -------------
_s = "BRIGHTWATER EHR (invented)"
add(name="e84_11", kind="ehr_text", codes=["77373", "77435", "63620", "G0339", "G0340"],
    facts=F("robotic_linac", ["spinal"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("C2", "spinal", None, 35, 5)],
    categories=cats(),
    notes="C2 (odontoid and body) metastasis treated with 35 Gy in 5 fractions on a robotic-arm linac with a "
          "head-neck-shoulder thermoplastic mask and spine tracking, CT + MRI fusion. The note's smart-phrase header "
          "was never filled ('Fractions delivered: {Fractions}', 'Total dose: {TotalDose}'); the facts are in the "
          "treatment table and the narrative. Problem list, meds, labs, KPS. G0339/G0340 fit a robotic-arm course "
          "of 5 sessions.",
    docs=[Doc("e84_11.txt", text=f"""
{_s} - NOTE EXPORT
Coastal Ridge CyberRadiosurgery Center (robotic-arm linac service)
Patient: {patient(11)}    MRN: {mrn(11)}    DOB: 04/26/1957
Note type: Treatment Completion    Date: 06/12/2026    Author: Ezinne Whitcombe-Larsen, MD

*** TEMPLATE: SBRT COMPLETION ***
Site: {{Site}}
Fractions delivered: {{Fractions}}    Total dose: {{TotalDose}}
Start date: {{StartDate}}    End date: {{EndDate}}
Toxicity (CTCAE v5): {{Toxicity}}
*** END TEMPLATE ***

Diagnosis: Breast cancer, left, ER+/PR+/HER2- (C50.412), metastatic to bone (C79.51). Painful C2 metastasis involving the odontoid and body, no epidural compression (Bilsky 0), SINS 9 (indeterminate); neurosurgery declined fixation. KPS 80, ECOG 1.

Problem list: metastatic breast cancer - on letrozole 2.5 mg daily + ribociclib 600 mg days 1-21 q28d (cycle 14); osteopenia (T-score -2.1); hypertension; prior left breast RT 42.56 Gy / 16 fx (2019).
Medications: letrozole 2.5 mg daily; ribociclib 600 mg (held 06/01-06/15 during SBRT); zoledronic acid 4 mg IV q12 weeks (last 05/02/2026); hydrocodone-acetaminophen 5-325 mg q6h PRN; losartan 50 mg daily; soft cervical collar for comfort.
Labs 05/29/2026: ANC 1.6, Hgb 11.4, Plt 164, QTc 428 ms, ALT 38, Cr 0.82.

Simulation 05/26/2026: supine, custom head-neck-shoulder thermoplastic mask; planning CT 1.25 mm with contrast; MRI cervical spine (T1 post-Gd, T2, 3D CISS for cord) 05/24/2026 fused to the planning CT.
Plan: GTV C2 odontoid/body; CTV per consensus guidelines; PTV = CTV + 2 mm. Non-isocentric plan, 164 beams, variable aperture collimator. Planning system SERRATA-RX 2.4 (invented). Prescription 35 Gy in 5 fractions (7 Gy per fraction) to the 78% isodose line, PTV coverage 92.4%. Cord Dmax 21.8 Gy, cord D0.35cc 19.6 Gy; brainstem Dmax 16.1 Gy; pharyngeal constrictors Dmean 9.8 Gy. Physics: DQA 98.1% (film), second check 1.4% - Radomir Eastwood-Achterberg, MS.

Treatment record:
  Fx  Date        Dose (Gy)  Cumulative  Tracking
  1   06/02/2026  7.0        7.0         spine tracking (orthogonal kV), 6D
  2   06/04/2026  7.0        14.0        spine tracking (orthogonal kV), 6D
  3   06/06/2026  7.0        21.0        spine tracking (orthogonal kV), 6D
  4   06/09/2026  7.0        28.0        spine tracking (orthogonal kV), 6D
  5   06/11/2026  7.0        35.0        spine tracking (orthogonal kV), 6D
Image pairs acquired every 45-60 s; corrections within robot limits; no treatment interruptions.
{page_break(_s, 11, 2, 2)}
Narrative: Ms. Drummelow completed stereotactic radiotherapy to C2, 35 Gy in 5 fractions, 06/02/2026-06/11/2026. Toxicity: grade 1 odynophagia from fraction 4 (magic mouthwash), grade 1 fatigue. Pain NRS from 7/10 to 3/10; collar used only in the car.

Plan: restart ribociclib 06/15/2026 if ANC >= 1.0. CT + MRI cervical spine in 3 months; flexion-extension films if neck pain increases. RTC 6 weeks.

Electronically signed by Ezinne Whitcombe-Larsen, MD on 06/12/2026 10:18
{FOOT}
""")])

# e84_12 -- pdf: HARD NEGATIVE - spine SBRT ordered, simulation cancelled, order discontinued (hospice) ---------------
_s = "PINECREST CHART (invented)"
add(name="e84_12", kind="ehr_pdf", codes=["77373", "77435", "63620"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: an EHR export (consult, order set, appointment desk and messages) for spine SBRT at L1, "
          "24 Gy in 2 fractions: the treatment order and the simulation order were signed, the simulation was "
          "cancelled when the patient was admitted, and the order was discontinued after transition to hospice. "
          "No simulation, plan or fraction in the record. Facts empty, categories unmet, codes inconsistent.",
    docs=[Doc("e84_12.pdf", [[
        H1("Radiation Oncology Consultation"),
        KeyValue([("Patient", patient(12)), ("MRN", mrn(12)), ("DOB", "03/01/1946"), ("Date", "03/10/2026"),
                  ("Consultant", "Philippa Marchbanks-Oduya, MD"), ("Referring", "Anneliese Okoro, MD (Hepatology)")]),
        P("HPI: 80 y.o. man with hepatocellular carcinoma (BCLC C) on atezolizumab 1200 mg + bevacizumab 15 mg/kg q3w, "
          "with a painful L1 metastasis (MRI lumbar spine 03/02/2026: L1 body lesion 3.4 cm, minimal posterior element "
          "involvement, no epidural disease). Pain NRS 7/10 on oxycodone 10 mg q4h PRN. ECOG 2, KPS 60. Child-Pugh B7, "
          "bilirubin 2.1 mg/dL, albumin 2.9 g/dL, INR 1.4, AFP 3,412 ng/mL."),
        P(ros(const="Positive for fatigue and 6 kg weight loss in 3 months.", msk="Positive for upper lumbar pain, worse at night.")),
        H2("Assessment and plan"),
        P("Painful L1 metastasis from HCC, radioresistant histology. Recommend spine SBRT 24 Gy in 2 fractions to L1. "
          "Simulation with vacuum cushion and MRI fusion. Will proceed once bevacizumab held for 2 weeks. Consent signed today."),
        sig("Philippa Marchbanks-Oduya, MD 03/10/2026 17:45"),
    ], [
        H2("Order set: SBRT SPINE (signed 03/10/2026)"),
        P("[X] CT simulation, 1 mm, vacuum cushion, arms up - requested 03/19/2026"),
        P("[X] Fuse MRI lumbar spine 03/02/2026 (diagnostic) for contouring"),
        P("[X] SBRT L1: 24 Gy in 2 fractions (12 Gy x 2), IGRT CBCT each fraction - status: SIGNED, PENDING SCHEDULING"),
        P("[ ] Fiducials   [ ] Abdominal compression   [X] Dexamethasone 4 mg PO pre-fraction"),
        H2("Appointment desk"),
        RuledTable([("Date", "Appointment", "Status", "Reason"),
                    ("03/19/2026", "CT simulation (SBRT)", "CANCELLED", "Patient admitted 03/17 (hepatic encephalopathy, SBP)"),
                    ("03/26/2026", "CT simulation (SBRT) - rescheduled", "CANCELLED", "Still inpatient"),
                    ("04/02/2026", "Treatment fx 1", "NOT SCHEDULED", "Awaiting simulation")]),
        H2("Messages"),
        P("03/27/2026 14:10 - Inpatient oncology (Okoro): patient and family chose comfort care; transitioning to home "
          "hospice. Please cancel SBRT. Palliative care increasing long-acting opioid (morphine ER 15 mg BID)."),
        P("03/27/2026 15:02 - Order 'SBRT L1 24 Gy / 2 fx' DISCONTINUED by P. Marchbanks-Oduya, MD. Reason: patient "
          "transitioned to hospice; treatment not given. CT simulation order DISCONTINUED."),
        P("03/27/2026 15:05 - Radiation oncology note: Spoke with daughter. We agree with hospice. Offered a single "
          "8 Gy palliative fraction if pain uncontrolled at home; family will call. No treatment planned at this time."),
        sig("Philippa Marchbanks-Oduya, MD 03/27/2026 15:09"),
    ]], opts=dict(header=ehr_head(_s, 12, "03/01/1946", "04/06/2026 09:00")))])


# ==================================================================================================
# Body
# ==================================================================================================

# e84_13 -- bundle (2): lung SBRT 54 Gy in 3; bloated final on-treatment note (PFTs, O2) + summary print -------------
_c = "NORTHFIELD LUTHERAN HOSPITAL"
add(name="e84_13", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe", "body", None, 54, 3)],
    categories=cats(),
    notes="Two-file bundle: the final on-treatment visit note (long: PFTs FEV1 0.98 L / 41%, DLCO 38%, home O2 "
          "2 L, meds, labs, ROS, the consult plan 'SBRT 54 Gy/3 fx to RUL nodule - simulation to be scheduled' "
          "copied forward, '***' blanks) and the course summary print (4DCT with ITV, staging PET/CT fused for "
          "delineation, vacuum cushion + wing board, CBCT each fraction, 18 Gy x 3 on three dates).",
    docs=[
        Doc("1_on_treatment_visit.txt", text=f"""
ELMSTEAD EHR (invented) - PROGRESS NOTE
{_c} - Radiation Oncology
Patient: {patient(13)}    MRN: {mrn(13)}    DOB: 01/08/1944    Age: 82 y    Sex: F
Date of service: 02/13/2026    Visit type: On-treatment visit (OTV) - final    Provider: Gwendolyn Asante-Pike, MD

SUBJECTIVE (interval history carried forward from 02/09/2026, updated):
82 y.o. woman with a 2.1 cm spiculated RUL nodule, biopsy-proven adenocarcinoma (cT1cN0M0, stage IA3), medically inoperable (severe COPD), here for SBRT. *** Today she reports mild fatigue and a dry cough unchanged from baseline. Breathing at baseline on 2 L home oxygen. No chest pain, no hemoptysis. Appetite fair.

PULMONARY FUNCTION (11/2025): FEV1 0.98 L (41% predicted), FVC 1.89 L (62%), FEV1/FVC 0.52, DLCO 38% predicted. 6-minute walk 212 m with desaturation to 86%. Thoracic surgery (Dr. Lindahl-Obi 12/2025): not a surgical candidate.

PROBLEM LIST: Adenocarcinoma RUL (C34.11); COPD GOLD 3 with chronic hypoxemic respiratory failure (J44.9, J96.11) on 2 L O2; coronary artery disease s/p PCI 2018; atrial fibrillation on apixaban 2.5 mg BID; osteoporosis; CKD 3a (Cr 1.1).
MEDICATIONS: tiotropium/olodaterol 2.5/2.5 mcg 2 inhalations daily; budesonide 160 mcg 2 puffs BID; albuterol 90 mcg PRN; apixaban 2.5 mg BID; metoprolol tartrate 25 mg BID; atorvastatin 80 mg daily; alendronate 70 mg weekly; prednisone 0 mg (off since 11/2025).
VITALS: BP 118/64 | HR 88 | SpO2 93% on 2 L | RR 20 | Wt 52.4 kg | Pain 0/10 | ECOG 2
LABS 02/06/2026: WBC 9.8, Hgb 12.9, Plt 277, Cr 1.09, BUN 24.

{ros(resp="Positive for chronic dyspnea on exertion and dry cough (baseline). Negative for hemoptysis, pleuritic pain.")}

EXAM: thin, elderly, conversant in full sentences. Lungs: distant breath sounds, prolonged expiration, no crackles. Skin of right chest wall: no erythema.

TREATMENT STATUS (from R&V): SBRT right upper lobe - fraction 3 of 3 delivered today 02/13/2026; cumulative 54 Gy. Daily CBCT matched to ITV, shifts approved.

ASSESSMENT / PLAN (carried forward from consult 12/18/2025):
- cT1cN0 RUL adenocarcinoma, medically inoperable. Recommend SBRT 54 Gy/3 fx to RUL nodule (peripheral, > 2 cm from the proximal bronchial tree). Simulation with 4DCT to be scheduled. ***
- 02/13/2026: SBRT completed today. Tolerated without acute toxicity beyond G1 fatigue. Continue inhalers; no steroids.
- CT chest 3 months, then every 6 months x 2 years. Pulmonology follow-up as scheduled. RTC 3 months with CT.

Electronically signed by Gwendolyn Asante-Pike, MD on 02/13/2026 16:37
{FOOT}
"""),
        Doc("2_course_summary.pdf", [[
            H1("Course Summary - Stereotactic Body Radiotherapy"),
            KeyValue([("Patient", f"{patient(13)}   MRN {mrn(13)}"), ("Course", "C1 Lung RUL SBRT"),
                      ("Physician", "Gwendolyn Asante-Pike, MD"), ("Physicist", "Ottokar Nakamura-Bligh, MS, DABR"),
                      ("Unit", "6 MV FFF gantry linac, CBCT, 6DoF couch"), ("Dates", "02/09/2026 - 02/13/2026")]),
            H2("Simulation"),
            P("01/27/2026: supine, arms up on wing board, custom full-body vacuum cushion. Free-breathing 4DCT (10 phases), "
              "2 mm; GTV on each phase -> ITV (tumor motion 7 mm SI). Staging PET/CT 12/02/2025 (SUVmax 8.4, no nodal uptake) "
              "rigidly fused to the planning CT to aid delineation. PTV = ITV + 5 mm."),
            H2("Plan"),
            P("Prescription 54 Gy in 3 fractions (18 Gy per fraction) to the PTV, 2 partial VMAT arcs, planning system "
              "TALLOWPLAN 6.0 (invented); PTV D95 100%, Dmax 131%; R50 4.2. Chest wall V30 21 cc; lung V20 4.9%; "
              "bronchial tree Dmax 14.1 Gy. Second check 2.1%; patient-specific QA 98.2%."),
            RuledTable([("Fx", "Date", "Dose (Gy)", "Cumulative (Gy)", "Image guidance"),
                        ("1", "02/09/2026", "18", "18", "CBCT (free breathing), match to ITV, approved"),
                        ("2", "02/11/2026", "18", "36", "CBCT, approved"),
                        ("3", "02/13/2026", "18", "54", "CBCT, approved")]),
            P("Delivered: right upper lobe 54 Gy in 3 fractions as prescribed."),
            sig("Gwendolyn Asante-Pike, MD 02/13/2026"),
            sig("Ottokar Nakamura-Bligh, MS, DABR 02/13/2026"),
        ]], opts=dict(header=ehr_head("ELMSTEAD EHR (invented) - Radiation Oncology", 13, "01/08/1944", "02/16/2026 08:00"))),
    ])

# e84_14 -- bundle (3): lung SBRT 50 Gy in 5 planned, stopped after 4 (hospital admission); template says "as planned" -
_c = "RIVERMONT CANCER INSTITUTE"
add(name="e84_14", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 4, ["CT"], ["body_immobilization"]),
    lesions=[L("left lower lobe", "body", None, 40, 4)],
    categories=cats(),
    contradiction="The end-of-treatment note's templated sentence says SBRT 50 Gy in 5 fractions was completed as "
                  "planned, while the same note, the nursing notes and the treatment record show the course stopped "
                  "after fraction 4 (40 Gy).",
    notes="Three-file bundle: nursing notes (fraction 5 day: patient admitted overnight with a COPD exacerbation, "
          "fraction not given), the end-of-treatment note (templated 'Patient completed SBRT 50 Gy in 5 fractions "
          "as planned' left in above the physician's text saying the course ended after fraction 4, 40 Gy, patient "
          "declined the last fraction) and the treatment record (10 Gy x 4; fx 5 NOT DELIVERED). PET unchecked "
          "'( ) PET/CT fusion'. Gold: 4 fractions, 40 Gy.",
    docs=[
        Doc("1_nursing_notes.txt", text=f"""
ASPENWOOD EHR (invented) - NURSING DOCUMENTATION
{_c} - Radiation Oncology Nursing
Patient: {patient(14)}   MRN: {mrn(14)}   DOB: 07/30/1951

03/16/2026 08:05  Weekly nursing assessment / SBRT fx 1 of 5. Vitals: BP 146/88, HR 92, SpO2 94% RA, Temp 36.9, Wt 77.0 kg. Dyspnea mMRC 2 (baseline). Cough mild, productive of white sputum. Pain 0/10. Meds reviewed: no changes. Education: SBRT side effects, when to call. - Fiorella Mbeki-Sandoval, RN
03/18/2026 08:10  SBRT fx 2 of 5. BP 139/84, HR 88, SpO2 95%. No new complaints. - F. Mbeki-Sandoval, RN
03/20/2026 08:02  SBRT fx 3 of 5. BP 141/86, HR 90, SpO2 93%. Reports fatigue G1. - F. Mbeki-Sandoval, RN
03/23/2026 08:15  SBRT fx 4 of 5. BP 150/90, HR 101, SpO2 91% RA, Temp 37.6. Increased cough and wheeze since weekend. MD (Dr. Pemberton-Kaur) notified, examined patient before treatment; OK to treat today; prednisone 40 mg x 5 days and doxycycline 100 mg BID sent to pharmacy. - F. Mbeki-Sandoval, RN
03/25/2026 07:40  Patient did not arrive for SBRT fx 5. Spouse called: patient admitted overnight 03/24 to Rivermont General for COPD exacerbation (BiPAP). Fraction 5 not given. MD notified; treatment on hold. - F. Mbeki-Sandoval, RN
03/31/2026 10:12  Phone call with patient after discharge (03/29). He does not wish to return for the last fraction "after all this". MD aware; will discuss at follow-up. - F. Mbeki-Sandoval, RN
{FOOT}
"""),
        Doc("2_end_of_treatment_note.txt", text=f"""
ASPENWOOD EHR (invented) - PROVIDER NOTE
{_c} - Radiation Oncology
Patient: {patient(14)}   MRN: {mrn(14)}   DOB: 07/30/1951
Date: 04/02/2026   Note type: End of Treatment Summary   Author: Desmond Pemberton-Kaur, MD

[SmartText EOT_SBRT_LUNG]
Patient completed SBRT 50 Gy in 5 fractions as planned to the left lower lobe lesion. Treatment was well tolerated. Acute toxicity: {{Toxicity}}. Follow-up CT chest in 3 months.
[end SmartText]

Diagnosis: NSCLC, squamous cell, LLL, cT1bN0M0 (C34.32); 1.6 cm peripheral nodule. Medically inoperable (COPD GOLD 3, FEV1 1.02 L / 36%). ECOG 1-2.
Simulation 03/05/2026: supine, arms up, vacuum cushion with wing board; 4DCT (ITV, 11 mm SI motion); PTV = ITV + 5 mm.
Imaging: (x) 4DCT simulation  ( ) PET/CT fusion  ( ) MRI
Plan: 50 Gy in 5 fractions of 10 Gy prescribed to the PTV (D95), 2 VMAT arcs, TALLOWPLAN 6.0 (invented). Physics check and QA passed (2nd check 1.5%, QA 98.6%). CBCT before each fraction, shifts approved by MD.

Course as delivered: fractions 1-4 given 03/16, 03/18, 03/20 and 03/23/2026 (10 Gy each, total 40 Gy). Fraction 5 (scheduled 03/25/2026) was not delivered: the patient was hospitalized 03/24-03/29 with a COPD exacerbation, and after discharge he declined the final fraction after discussion of the small expected benefit versus the burden of coming back. Course closed at 40 Gy in 4 fractions (BED10 80 Gy). The template sentence above is incorrect and should read 40 Gy in 4 fractions.

Toxicity: grade 1 fatigue; COPD exacerbation considered unrelated (onset before fraction 4, typical viral prodrome), no pneumonitis on admission CT.
Plan: CT chest 3 months; pulmonology follow-up; RTC 3 months.

Electronically signed by Desmond Pemberton-Kaur, MD on 04/02/2026 17:20
{FOOT}
"""),
        Doc("3_treatment_record.pdf", [[
            H1("Treatment Record - Course C1 LLL SBRT"),
            KeyValue([("Patient", f"{patient(14)}   {mrn(14)}"), ("Plan", "LLL_SBRT_50Gy5"), ("Prescribed", "50 Gy / 5 fx (10 Gy per fx)"),
                      ("Unit", "6 MV FFF gantry linac (Room 2)")]),
            RuledTable([("Fx", "Date", "Dose (Gy)", "Cumulative (Gy)", "CBCT", "Status"),
                        ("1", "03/16/2026", "10.0", "10.0", "yes, approved", "Treated"),
                        ("2", "03/18/2026", "10.0", "20.0", "yes, approved", "Treated"),
                        ("3", "03/20/2026", "10.0", "30.0", "yes, approved", "Treated"),
                        ("4", "03/23/2026", "10.0", "40.0", "yes, approved", "Treated"),
                        ("5", "03/25/2026", "-", "40.0", "-", "NOT DELIVERED - patient hospitalized; course closed 04/02/2026")]),
            P("Course status: Completed - stopped early (4 of 5 fractions). Total delivered 40 Gy."),
            sig("Desmond Pemberton-Kaur, MD 04/02/2026"),
            sig("Yvaine Castellano-Brook, MS (physics, weekly chart check) 04/02/2026"),
        ]], opts=dict(header=ehr_head("ASPENWOOD EHR (invented) - R&V print", 14, "07/30/1951", "04/03/2026 09:30"))),
    ])

# e84_15 -- pdf: liver SBRT (HCC) 45 Gy in 3, fiducials + abdominal compression, Child-Pugh/AFP/lab tables -------------
_s = "CEDARLINE CLINICALS (invented)"
add(name="e84_15", kind="ehr_pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment VII", "body", None, 45, 3)],
    categories=cats(),
    notes="Three-page liver SBRT export for a 2.8 cm segment VII HCC: hepatology labs (AFP, bilirubin, albumin, "
          "INR, platelets, Child-Pugh A6, MELD 9), prior TACE x2 with doses of doxorubicin in mg, a tumor-board "
          "excerpt, the simulation and plan (three gold fiducials placed by IR, abdominal compression plate, "
          "contrast 4DCT fused with gadoxetate MRI), 15 Gy x 3 with CBCT matched to fiducials, and a physics "
          "weekly-check page. Page headers repeat.",
    docs=[Doc("e84_15.pdf", [[
        H1("Radiation Oncology Treatment Summary - Liver SBRT"),
        KeyValue([("Patient", patient(15)), ("MRN", mrn(15)), ("DOB", "11/11/1962"), ("Author", "Rosalind Achterberg, MD"),
                  ("Dates of treatment", "05/18/2026 - 05/22/2026"),
                  ("Diagnosis", "C22.0 hepatocellular carcinoma, segment VII, 2.8 cm, LR-5; HCV cirrhosis (SVR 2019)")]),
        H2("History"),
        P("TACE 09/2025 (doxorubicin 50 mg, drug-eluting beads) and repeat TACE 12/2025 (doxorubicin 37.5 mg) with "
          "residual arterial enhancement (mRECIST partial response). Not a resection or transplant candidate (portal "
          "hypertension, age/comorbidity); ablation not feasible (subdiaphragmatic dome). Tumor board 03/2026: SBRT."),
        RuledTable([("Lab", "12/2025", "03/2026", "05/2026"),
                    ("AFP (ng/mL)", "188", "241", "266"),
                    ("Total bilirubin (mg/dL)", "1.1", "1.2", "1.2"),
                    ("Albumin (g/dL)", "3.6", "3.5", "3.5"),
                    ("INR", "1.1", "1.2", "1.2"),
                    ("Platelets (x10^3/uL)", "94", "88", "91"),
                    ("Child-Pugh / MELD", "A5 / 8", "A6 / 9", "A6 / 9")]),
        P("Medications: propranolol 20 mg BID; spironolactone 50 mg daily; furosemide 20 mg daily; lactulose 20 g PRN; "
          "pantoprazole 40 mg daily. ECOG 0."),
        P(ros(const="Negative for fatigue.", gu="Negative.")),
    ], [
        H2("Simulation and planning"),
        P("Fiducials: 3 gold fiducial markers (1 x 3 mm) placed percutaneously around the tumor by interventional "
          "radiology on 04/28/2026; no bleeding."),
        P("Simulation 05/05/2026: supine, arms up, vacuum cushion with abdominal compression plate (compression reduced "
          "SI motion from 14 mm to 6 mm on fluoroscopy). Contrast-enhanced 4DCT (arterial and portal venous phases). "
          "MRI liver with gadoxetate (hepatobiliary phase) 05/04/2026 deformably registered to the planning CT for GTV."),
        P("Target: GTV segment VII 2.8 cm; ITV from 4DCT; PTV = ITV + 5 mm. Prescription 45 Gy in 3 fractions (15 Gy "
          "per fraction) to the 67% isodose, PTV V100 95.4%. Normal liver (liver minus GTV, 1,612 cc): 700 cc spared "
          "< 15 Gy, mean 10.8 Gy. Duodenum Dmax 13.9 Gy; stomach D5cc 11.0 Gy; right kidney V14 9%; chest wall V30 18 cc."),
        P("Technique: 6 MV FFF gantry linac, 2 coplanar VMAT arcs, planning system TALLOWPLAN 6.0 (invented)."),
        H2("Treatment delivered"),
        RuledTable([("Fx", "Date", "Dose (Gy)", "Cumulative (Gy)", "IGRT"),
                    ("1", "05/18/2026", "15", "15", "kV match to fiducials + CBCT, compression verified"),
                    ("2", "05/20/2026", "15", "30", "kV match to fiducials + CBCT"),
                    ("3", "05/22/2026", "15", "45", "kV match to fiducials + CBCT")]),
        P("Total: liver segment VII HCC, 45 Gy in 3 fractions. Tolerance: grade 1 nausea (ondansetron 8 mg), grade 1 fatigue. "
          "Follow-up: MRI liver and labs (AFP, LFTs, Child-Pugh) at 6 weeks and 3 months; hepatology visit 06/2026."),
        sig("Rosalind Achterberg, MD on 05/22/2026 17:55"),
    ], [
        H2("Physics - weekly chart check and plan QA (same export)"),
        P("Plan check 05/12/2026: dose calculation independently verified (1.3%); patient-specific QA 97.9% (3%/2 mm). "
          "Fiducial positions on DRRs confirmed; compression plate setting 'level 4' recorded for reproducibility. "
          "Weekly chart check 05/22/2026: 3 of 3 fractions delivered, 45.0 Gy, no deviations, all CBCTs approved."),
        sig("Anselm Kowalczyk-Reyes, MS, DABR on 05/22/2026 18:20"),
        P("Addendum (scheduling): next appointment 07/06/2026 MRI 08:00, clinic 10:30. ***"),
    ]], opts=dict(header=ehr_head(_s, 15, "11/11/1962", "05/26/2026 13:44")))])

# e84_16 -- text: prostate SBRT 36.25 Gy in 5 on a robotic-arm linac, fiducials + spacer; PSMA PET not performed -------
_s = "BRIGHTWATER EHR (invented)"
add(name="e84_16", kind="ehr_text", codes=["77373", "77435", "G0339", "G0340"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Prostate SBRT 36.25 Gy in 5 fractions (7.25 Gy) on a robotic-arm linac, three gold fiducials and a "
          "hydrogel spacer, CT + MRI fusion, fiducial tracking. Numbers everywhere: PSA history, Gleason, ADT "
          "(leuprolide 22.5 mg), tamsulosin 0.4 mg, IPSS 14, SHIM 17, rectal and bladder constraints; imaging "
          "checkbox '( ) PSMA PET - not indicated, favorable intermediate risk'. Checkbox positioning has the "
          "vacuum cushion unchecked.",
    docs=[Doc("e84_16.txt", text=f"""
{_s} - NOTE EXPORT
Coastal Ridge CyberRadiosurgery Center (robotic-arm linac service)
Patient: {patient(16)}    MRN: {mrn(16)}    DOB: 12/19/1956
Note type: SBRT Completion Summary    Date: 03/13/2026    Author: Ezinne Whitcombe-Larsen, MD

DIAGNOSIS: Prostate adenocarcinoma (C61), cT2b N0 M0, Gleason 3+4=7 (grade group 2) in 5/12 cores, PSA 8.4 ng/mL -> NCCN favorable intermediate risk.

PSA HISTORY: 6.1 (03/2024) -> 7.2 (03/2025) -> 8.4 (10/2025) -> 7.9 (02/2026, after 1 month ADT: 0.6 pending).
ADT: leuprolide 22.5 mg IM x1 (01/05/2026, 3-month depot; short course 4-6 months per shared decision).
OTHER MEDS: tamsulosin 0.4 mg nightly; lisinopril 10 mg daily; metformin 500 mg BID; vitamin D3 2000 IU daily.
BASELINE FUNCTION: IPSS 14 (moderate), QoL 3; SHIM 17; no bowel symptoms. Prostate volume 38 cc (MRI).

PRE-TREATMENT PROCEDURES:
  [X] Gold fiducial markers x3, transperineal, 01/06/2026 (urology, Dr. Sandoval-Reyes)
  [X] Hydrogel rectal spacer, 01/06/2026
  [ ] Vacuum cushion  [ ] Endorectal balloon
IMAGING FOR PLANNING:
  (x) Planning CT 01/20/2026, 1.5 mm, comfortably full bladder, empty rectum
  (x) MRI prostate 01/19/2026 (T2 axial 3 mm, post-spacer) fused to the planning CT on the fiducials
  ( ) PSMA PET - not indicated (favorable intermediate risk)

PLAN: CTV = prostate + proximal 1 cm seminal vesicles; PTV = CTV + 3 mm posteriorly, 5 mm elsewhere. Prescription 36.25 Gy in 5 fractions of 7.25 Gy to the PTV (82% isodose line), PTV V36.25 95.8%; urethra PRV Dmax 38.9 Gy; rectum V36 0.4 cc, V29 3.2%; bladder V37 4.1 cc; penile bulb Dmean 11.2 Gy. Non-isocentric, 141 beams, variable aperture collimator, SERRATA-RX 2.4 (invented). Physics: second check 1.8%, DQA 97.4% (film) - Radomir Eastwood-Achterberg, MS.

TREATMENT RECORD:
  Fx  Date        Dose (Gy)  Cumulative (Gy)  Tracking
  1   02/23/2026  7.25       7.25             fiducial tracking (3/3 fiducials), orthogonal kV every 30-40 s
  2   02/25/2026  7.25       14.50            fiducial tracking, 2 pauses for rectal gas (re-imaged, resumed)
  3   02/27/2026  7.25       21.75            fiducial tracking
  4   03/02/2026  7.25       29.00            fiducial tracking
  5   03/04/2026  7.25       36.25            fiducial tracking
{page_break(_s, 16, 2, 2)}
COURSE: Prostate SBRT, 36.25 Gy in 5 fractions, 02/23/2026 - 03/04/2026, every other day. Completed as prescribed.
ACUTE TOXICITY (CTCAE v5): GU grade 1 (frequency, nocturia x3; IPSS 18 at fx 5), GI grade 0. Tamsulosin continued.

PLAN: PSA at 3 months (on ADT) and every 6 months; second leuprolide 22.5 mg dose 04/06/2026 then stop. Return 3 months.

Electronically signed by Ezinne Whitcombe-Larsen, MD on 03/13/2026 09:02
{FOOT}
""")])

# e84_17 -- bundle (4): oligometastatic SBRT, three targets (adrenal, lung, T6) in 5 fractions; T6 dose amended --------
_c = "STONEBRIDGE ONCOLOGY PARTNERS"
add(name="e84_17", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["body", "spinal"], 3, 5, ["CT", "MRI", "PET"], ["body_immobilization"]),
    lesions=[L("left adrenal", "body", None, 40, 5), L("right lower lobe", "body", None, 50, 5),
             L("T6", "spinal", None, 30, 5)],
    categories=cats(),
    contradiction="The treatment summary lists T6 at 35 Gy in 5 fractions; the physics second check, the amendment and "
                  "the fraction record give 30 Gy in 5 fractions (6 Gy per fraction).",
    notes="Four-file bundle of one oligometastatic course (melanoma): an order set for three SBRT targets "
          "(ordered vs performed, imaging '(x) 4DCT (x) PET/CT fusion (x) MRI T-spine fusion', vacuum cushion), "
          "the physics second-check report (per target), the physician's treatment summary that lists T6 as "
          "35 Gy, and an amendment correcting T6 to 30 Gy in 5 fractions. All three targets treated at each of five "
          "sessions. Sites body + spinal.",
    docs=[
        Doc("1_order_set.txt", text=f"""
HEARTHSTONE EHR (invented) - ORDER SET PRINT
{_c} - Radiation Oncology
Patient: {patient(17)}   MRN: {mrn(17)}   DOB: 02/14/1966
Order set: SBRT - MULTIPLE TARGETS (OLIGOMETASTATIC)   Signed 04/08/2026 by Ignatius Farrow-Adeyemi, MD

SIMULATION                                                          STATUS
  [X] CT simulation with 4DCT, 2 mm, arms up                         Performed 04/14/2026
  [X] Immobilization: full-body vacuum cushion + wing board          Performed 04/14/2026
  [ ] Abdominal compression                                          (not ordered)
  [ ] Fiducial placement                                             (not ordered)
IMAGING FUSION
  (x) PET/CT 04/02/2026 (FDG) fused for GTV - adrenal, lung          Performed 04/15/2026 (dosimetry)
  (x) MRI thoracic spine w/wo 04/10/2026 fused for T6 / cord         Performed 04/15/2026 (dosimetry)
  ( ) MRI abdomen adrenal protocol                                   (not ordered)
TREATMENT
  [X] SBRT left adrenal: 40 Gy / 5 fx                                Performed 04/27-05/01/2026
  [X] SBRT right lower lobe nodule: 50 Gy / 5 fx                     Performed 04/27-05/01/2026
  [X] SBRT T6 vertebral body: 30 Gy / 5 fx                           Performed 04/27-05/01/2026
  [X] IGRT: CBCT daily, each target                                  Performed
  [ ] SBRT right hilar node 40 Gy / 5 fx                             CANCELLED 04/13/2026 (PET negative on review)
SUPPORTIVE
  [X] ondansetron 8 mg PO 30 min before each fraction                Given x5
  [X] dexamethasone 4 mg PO before fx 1 (pain flare prophylaxis T6)  Given x1
  [ ] famotidine 20 mg PO BID                                        Not given
Systemic therapy note: nivolumab 240 mg q2w held 04/20-05/08/2026 per medical oncology.
{FOOT}
"""),
        Doc("2_physics_second_check.pdf", [[
            H1("Physics Second Check - Multi-target SBRT"),
            KeyValue([("Patient", f"{patient(17)}   {mrn(17)}"), ("Unit", "6 MV FFF gantry linac, CBCT, 6DoF couch"),
                      ("Planning system", "TALLOWPLAN 6.0 (invented)"), ("Date", "04/22/2026")]),
            RuledTable([("Plan / target", "Rx", "Isocenter", "Arcs", "Primary vs 2nd calc", "PSQA gamma"),
                        ("PTV_Adrenal_L", "40 Gy / 5 fx (8 Gy)", "Iso 1", "2 VMAT", "1.2%", "98.4%"),
                        ("PTV_RLL", "50 Gy / 5 fx (10 Gy)", "Iso 2", "2 VMAT", "1.9%", "97.8%"),
                        ("PTV_T6", "30 Gy / 5 fx (6 Gy)", "Iso 3", "2 VMAT", "0.8%", "99.1%")]),
            P("Composite OAR: spinal cord PRV Dmax 22.1 Gy (5 fx); esophagus Dmax 24.8 Gy; left kidney V17.5 8%; "
              "stomach Dmax 27.6 Gy; lungs V20 6.2%. Targets drawn on 4DCT (ITV for RLL and adrenal), PET/CT and "
              "MRI fused. Approved for treatment."),
            sig("Beatrix Olumide-Castro, PhD, DABR 04/22/2026"),
        ]], opts=dict(header=[_c + " - Medical Physics", f"{patient(17)}   MRN {mrn(17)}"])),
        Doc("3_treatment_summary.pdf", [[
            H1("SBRT Treatment Summary"),
            KeyValue([("Patient", patient(17)), ("MRN", mrn(17)), ("Physician", "Ignatius Farrow-Adeyemi, MD"),
                      ("Diagnosis", "Cutaneous melanoma (C43.71), oligometastatic: left adrenal, RLL nodule, T6"),
                      ("Dates", "04/27/2026 - 05/01/2026, five consecutive days; all targets treated each day")]),
            RuledTable([("Target", "Dose / fractions", "Dose per fraction", "Delivered"),
                        ("Left adrenal", "40 Gy / 5", "8 Gy", "05/01/2026 complete"),
                        ("Right lower lobe nodule", "50 Gy / 5", "10 Gy", "05/01/2026 complete"),
                        ("T6 vertebral body", "35 Gy / 5", "7 Gy", "05/01/2026 complete")]),
            P("Immobilization with full-body vacuum cushion; CBCT before each target every day with shifts approved. "
              "Tolerance: grade 1 nausea, grade 1 fatigue; no pain flare. ECOG 0 throughout. Restart nivolumab "
              "05/08/2026. PET/CT in 3 months."),
            sig("Ignatius Farrow-Adeyemi, MD 05/01/2026 16:20"),
        ]], opts=dict(header=[_c + " - Radiation Oncology", f"{patient(17)}   MRN {mrn(17)}"])),
        Doc("4_amendment.txt", text=f"""
HEARTHSTONE EHR (invented) - NOTE AMENDMENT
{_c} - Radiation Oncology
Patient: {patient(17)}   MRN: {mrn(17)}
Amends: SBRT Treatment Summary dated 05/01/2026
Amended: 05/04/2026 08:47 by Ignatius Farrow-Adeyemi, MD

Amended: total dose for T6 corrected to 30 Gy in 5 fractions (6 Gy per fraction), as prescribed, planned and recorded in the record-and-verify system (fractions 1-5, 6.0 Gy each, cumulative 30.0 Gy on 05/01/2026). The summary entry "35 Gy / 5, 7 Gy" was entered in error from the order-set default. Left adrenal (40 Gy / 5) and right lower lobe (50 Gy / 5) entries are correct.
Reason for amendment: documentation error. No clinical impact.
Electronically signed by Ignatius Farrow-Adeyemi, MD on 05/04/2026 08:49
{FOOT}
"""),
    ])

# e84_18 -- pdf: HARD NEGATIVE - prostate follow-up three years after SBRT; the consult plan copied forward -------------
_s = "BRIGHTWATER EHR (invented)"
add(name="e84_18", kind="ehr_pdf", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a 36-month follow-up visit after prostate SBRT given in 2023 (36.25 Gy in 5 fractions, "
          "fiducials, spacer), with the 2022 consult plan copied forward verbatim ('Proceed with SBRT 36.25 Gy in 5 "
          "fractions with fiducials and spacer. Simulation to be scheduled.'), a radiation-history table and a PSA "
          "table. This visit is surveillance only. Facts empty, categories unmet, codes inconsistent.",
    docs=[Doc("e84_18.pdf", [[
        H1("Radiation Oncology Follow-up Visit"),
        KeyValue([("Patient", patient(18)), ("MRN", mrn(18)), ("DOB", "06/06/1950"), ("Visit date", "04/20/2026"),
                  ("Provider", "Ezinne Whitcombe-Larsen, MD"), ("Visit type", "Survivorship / follow-up, 36 months")]),
        H2("History of present illness (copied forward from consult 11/14/2022, edited)"),
        P("75 y.o. man with low-volume favorable intermediate-risk prostate adenocarcinoma, Gleason 3+4=7, PSA 6.9. We "
          "discussed active surveillance, prostatectomy, moderate hypofractionation and SBRT. He prefers SBRT. "
          "Plan: Proceed with SBRT 36.25 Gy in 5 fractions with fiducials and spacer. Simulation to be scheduled. "
          "[carried forward]"),
        P("Interval (04/20/2026): now 3 years after SBRT completed 03/2023. Nocturia x1, IPSS 7, no hematuria; bowel "
          "function normal, no rectal bleeding. SHIM 12 (16 at baseline), uses tadalafil 5 mg daily."),
        H2("Radiation history"),
        RuledTable([("Course", "Site", "Dose / fx", "Technique", "Dates", "Status"),
                    ("C1", "Prostate + proximal SV", "36.25 Gy / 5", "SBRT, robotic-arm linac, fiducial tracking",
                     "02/27/2023-03/09/2023", "Completed")]),
        H2("PSA"),
        RuledTable([("Date", "PSA (ng/mL)", "Comment"),
                    ("11/2022", "6.9", "pre-treatment"), ("06/2023", "2.1", ""), ("12/2023", "1.2", ""),
                    ("12/2024", "0.6", ""), ("10/2025", "0.4", "nadir"), ("04/2026", "0.5", "stable")]),
        P("Medications: tadalafil 5 mg daily; tamsulosin stopped 2024; atorvastatin 40 mg. Vitals BP 134/80, Wt 83 kg. ECOG 0."),
        P(ros(const="Negative for fatigue.", gu="Positive for nocturia x1. Negative for hematuria, dysuria.")),
        H2("Assessment / plan"),
        P("No evidence of biochemical recurrence (PSA 0.5, nadir 0.4; Phoenix threshold nadir + 2). Late toxicity: GU "
          "grade 1, GI grade 0, ED grade 1. Continue PSA every 6 months through year 5, then annually. No radiation "
          "indicated. Return 6 months."),
        sig("Ezinne Whitcombe-Larsen, MD on 04/20/2026 15:30"),
    ]], opts=dict(header=ehr_head(_s, 18, "06/06/1950", "04/21/2026 08:15")))])

# e84_19 -- text: lung SBRT, order changed from 48 Gy/4 to 34 Gy x 1; orders log with discontinued order -------------
_s = "ELMSTEAD EHR (invented)"
add(name="e84_19", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 1, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left upper lobe", "body", None, 34, 1)],
    categories=cats(),
    notes="Single-fraction lung SBRT (34 Gy x 1) after the first order (48 Gy in 4 fractions) was DISCONTINUED at "
          "tumor board; the export has the orders log (ordered vs discontinued vs completed), a problem list and "
          "labs, the physician note with checkbox imaging '(x) 4DCT (x) PET/CT fusion ( ) MRI' and positioning "
          "'(x) Vacuum cushion (x) Wing board ( ) Abdominal compression', CBCT before and during the fraction.",
    docs=[Doc("e84_19.txt", text=f"""
{_s} - CHART EXPORT (Orders + Notes)
NORTHFIELD LUTHERAN HOSPITAL - Radiation Oncology
Patient: {patient(19)}    MRN: {mrn(19)}    DOB: 09/03/1952
Exported 05/20/2026 10:40 for: coding review

ORDERS LOG
Ordered      Description                                                Status          Changed      By
04/27/2026   CT simulation 4D, vacuum cushion, wing board               Completed       05/01/2026   Asante-Pike
04/27/2026   SBRT lung LUL: 48 Gy in 4 fractions (12 Gy x 4)            DISCONTINUED    05/04/2026   Asante-Pike  (tumor board: single fraction)
05/04/2026   SBRT lung LUL: 34 Gy in 1 fraction                         Completed       05/14/2026   Asante-Pike
05/04/2026   Physics consult - special (single-fraction lung)           Completed       05/11/2026   Nakamura-Bligh
04/27/2026   Pulmonary function tests                                   Completed       04/29/2026
04/27/2026   MRI brain w/wo (staging)                                   CANCELLED       04/30/2026   (patient declined; CT head negative 04/2026)

PROBLEM LIST: NSCLC adenocarcinoma LUL, peripheral 1.4 cm, cT1bN0M0 (C34.12), declined surgery; interstitial lung changes (mild, UIP pattern not excluded); GERD; hypertension; hypothyroidism.
MEDICATIONS: levothyroxine 100 mcg daily; amlodipine 10 mg daily; omeprazole 20 mg daily; fluticasone/salmeterol 250/50 1 puff BID.
LABS 04/29/2026: Hgb 13.4, Plt 233, Cr 0.79, TSH 1.8. PFTs 04/29/2026: FEV1 1.71 L (74%), DLCO 58%.
------------------------------------------------------------------------
PROCEDURE NOTE - SBRT (single fraction)   Date: 05/14/2026   Author: Gwendolyn Asante-Pike, MD
Indication: 1.4 cm peripheral LUL adenocarcinoma, > 2 cm from the chest wall and proximal bronchial tree; single-fraction regimen chosen at tumor board 05/04/2026 (patient lives 3 h away). ECOG 0.
Positioning: (x) Vacuum cushion  (x) Wing board  ( ) Abdominal compression  ( ) Fiducials
Imaging:     (x) 4DCT simulation 05/01/2026 (ITV, 5 mm SI motion)  (x) PET/CT 04/09/2026 fused for GTV  ( ) MRI
Plan: PTV = ITV + 5 mm; 34 Gy in 1 fraction to the PTV (D95), 2 non-coplanar partial VMAT arcs, TALLOWPLAN 6.0 (invented); lung V20 3.1%, chest wall D1cc 29.7 Gy, heart Dmax 4.2 Gy. Special physics consult: independent dose calculation 1.6%, patient-specific QA 98.8%.
Delivery: CBCT before treatment matched to ITV, shifts approved by MD; repeat CBCT between arcs (0.6 mm). Delivered 34 Gy in 1 fraction on 05/14/2026, beam-on 9 min 40 s. No acute toxicity.
Summary: left upper lobe 34 Gy x 1, course complete. Follow-up CT chest 3 months.
Electronically signed by Gwendolyn Asante-Pike, MD on 05/14/2026 15:12
Electronically signed by Ottokar Nakamura-Bligh, MS, DABR (physics) on 05/14/2026 15:30
{FOOT}
""")])

# e84_20 -- pdf: six metastases in one linac session (one pontine), nursing + physics notes, unfilled {Dose} fields ------
_s = "HARBORLIGHT CARE RECORD (invented)"
add(name="e84_20", kind="ehr_pdf", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 6, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal", "cranial", S, 20, 1), L("right frontal", "cranial", S, 20, 1),
             L("left parietal", "cranial", S, 20, 1), L("right occipital", "cranial", S, 20, 1),
             L("right cerebellar", "cranial", S, 18, 1), L("left pons", "cranial", C, 16, 1)],
    categories=cats(),
    notes="One export of a six-metastasis single-session SRS on a gantry linac holding the nursing pre-procedure "
          "note (vitals, glucose, meds given in mg), the physician procedure note whose smart-phrase line "
          "'Prescription: {Dose} Gy to the {IDL}% isodose line' was never filled, imaging checkbox '(x) CT sim (x) "
          "MRI fusion ( ) PET', positioning '[X] Thermoplastic mask [ ] Head frame', and the physics note with the "
          "six-target table. The left pontine lesion is within the brainstem (complex), so 61796 is the wrong first "
          "code (61798 would be); 61797 fits the additional simple lesions.",
    docs=[Doc("e84_20.pdf", [[
        H1("Nursing - Pre-procedure Assessment (Radiosurgery)"),
        KeyValue([("Patient", patient(20)), ("MRN", mrn(20)), ("DOB", "10/21/1960"), ("Date", "06/03/2026 06:55"),
                  ("Nurse", "Henrietta Abiodun-Clarke, RN")]),
        P("Arrived ambulatory with daughter. NPO since midnight. Vitals: BP 152/90 (repeat 144/86), HR 74, RR 16, SpO2 98%, "
          "Temp 36.5 C. Fingerstick glucose 176 (on dexamethasone). Pain 1/10. Fall risk: low (Morse 25). Allergies: codeine "
          "(nausea). Meds given: dexamethasone 4 mg PO 07:05; ondansetron 8 mg PO 07:05; lorazepam 0.5 mg PO 07:40 for mask "
          "anxiety (per order). IV access not required. Consent present and signed 05/27/2026. Patient states name, DOB "
          "and procedure correctly."),
        P("Post-procedure 10:15: BP 138/82, HR 70, no nausea, no headache. Discharged 10:40 with written instructions "
          "(dexamethasone 4 mg daily x 3 days then 2 mg x 3 days then stop; levetiracetam 500 mg BID continue)."),
        sig("Henrietta Abiodun-Clarke, RN 06/03/2026 10:45"),
        H1("Physician Procedure Note - Stereotactic Radiosurgery"),
        P("Diagnosis: brain metastases x6 (C79.31) from HER2-negative breast carcinoma (C50.911); extracranial disease "
          "controlled on capecitabine 1000 mg/m2 BID d1-14. KPS 80."),
        P("[SmartPhrase .SRSMULTI] Number of targets: 6. Prescription: {Dose} Gy to the {IDL}% isodose line. "
          "Fractions: 1. [fields not populated - see physics table]"),
        P("Immobilization:  [X] Thermoplastic mask (open face)   [ ] Head frame   [ ] Bite block"),
        P("Imaging:  (x) CT sim 05/27/2026, 1 mm   (x) MRI fusion (3D T1 post-Gd 05/26/2026, 1 mm)   ( ) PET"),
        P("Procedure: single-session radiosurgery, single isocenter multiple-target plan on the 6 MV FFF gantry linac. "
          "CBCT with 6DoF correction approved by me before treatment and repeated after couch rotations at 45 and 90 "
          "degrees; surface guidance during beam-on. Well tolerated. Six targets treated as in the physics note."),
        sig("Augustin Mercier-Obi, MD 06/03/2026 11:02"),
    ], [
        H1("Physics Note - Multiple Target SRS"),
        KeyValue([("Plan", "BRAIN_6MET_SI (1 isocenter, 5 non-coplanar VMAT arcs)"),
                  ("Planning system", "KESTREL-SRS 3.2 (invented)"), ("Delivered", "06/03/2026 08:20-09:44")]),
        RuledTable([("Target", "Location", "Diam (cm)", "Rx (Gy x fx)", "IDL", "V100%"),
                    ("PTV1", "Left frontal", "1.1", "20 x 1", "80%", "99.2%"),
                    ("PTV2", "Right frontal", "0.7", "20 x 1", "80%", "98.9%"),
                    ("PTV3", "Left parietal", "1.5", "20 x 1", "80%", "99.0%"),
                    ("PTV4", "Right occipital", "0.9", "20 x 1", "80%", "99.4%"),
                    ("PTV5", "Right cerebellar", "1.3", "18 x 1", "80%", "98.6%"),
                    ("PTV6", "Left pons (brainstem)", "0.5", "16 x 1", "80%", "97.9%")]),
        P("OAR: brainstem D0.03cc 16.9 Gy (PTV6 inside brainstem, accepted per MD), brainstem excluding PTV6 D0.5cc 9.8 Gy; "
          "optic chiasm Dmax 2.4 Gy; brain-minus-PTV V12 9.6 cc. Independent MU check 1.5%; patient-specific QA gamma "
          "98.1% (2%/1 mm); Winston-Lutz same morning 0.5 mm. All six targets delivered in one session as planned."),
        sig("Cassius Holmgren-Eke, MS, DABR 06/03/2026 10:02"),
    ]], opts=dict(header=ehr_head(_s, 20, "10/21/1960", "06/04/2026 07:30")))])


CORPUS = Corpus("blind_corpus84", "tests/blind_corpus84", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
