"""Thirty-first blind corpus, ``tests/blind_corpus31/`` (regenerate: ``python scripts/make_corpus.py blind_corpus31``).

Twenty courses where radiosurgery is one thread among many, the way hospital records carry it: transcribed
notes with ALL-CAPS headings and numbered problem lists, hospital discharge summaries with SRS/SBRT given
during the stay, multi-problem oncology progress notes (regimens in mg/m2 and mg/kg, cycles and days, labs,
tumour markers, ECOG/KPS, earlier conventional radiation), tumour-board notes, radiation-therapist daily
notes, nursing on-treatment notes, superbills listing CPT codes, radiology and pathology reports in bundles,
fax cover sheets and per-page fax headers, low-resolution scans, a rotated page and a "RECEIVED" stamp.
Hard negatives: a cancelled Gamma Knife day, an SBRT plan converted to a conventional 10-fraction course,
and a follow-up recommending SRS. Three charts contradict themselves (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (dictated and text documents are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import BulletList, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["AUGUSTINE", "BEATRIX", "CORNELIUS", "DOROTHEA", "EVANDER", "FLORENTINA", "GRISWOLD", "HYACINTH", "ISIDORE",
         "JOSEPHA", "LEOPOLD", "MARGUERITE", "NATHANIEL", "OTTILIE", "PERCIVAL", "QUIRINA", "ROSALIND", "SYLVESTER",
         "THEODORA", "VALENTINE"]


def patient(n: int) -> str:
    return f"THIRTYONEPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-310{n:02d}"


def hdr(clinic: str, n: int, extra: str = "") -> list[str]:
    return [clinic, f"Patient: {patient(n)}    MRN: {mrn(n)}" + (f"    {extra}" if extra else "")]


def fax(stamp: str, sender: str, number: str, page: int, total: int) -> P:
    return P(f"{stamp}   FROM: {sender}   FAX {number}   TO: HIM / CODING 555-0190   PAGE {page}/{total}")


def cover(sender: str, number: str, date: str, pages: int, re: str) -> list:
    return [H1("FAX COVER SHEET"),
            KeyValue([("Date", date), ("From", sender), ("Fax", number), ("To", "Health Information Management / Coding"),
                      ("Pages (incl. cover)", str(pages)), ("Re", re)]),
            P("CONFIDENTIALITY NOTICE: This facsimile contains protected health information intended only for the addressee. If you received it in error, notify the sender by telephone and destroy all copies."),
            P("Comments: Records requested for charge review. Please call with questions.")]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial: Gamma Knife and linac
# ==================================================================================================

# b31_01 -- bundle: fax cover + med-onc progress note + MRI report + GK procedure note + superbill -------------
_c = "KESTREL RIDGE GAMMA KNIFE CENTER"
add(name="b31_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["MRI"], ["frame"]),
    lesions=[L("right frontal pole", "cranial", S, 20, 1), L("left occipital", "cranial", S, 20, 1),
             L("right cerebellar hemisphere", "cranial", S, 18, 1), L("left thalamus", "cranial", S, 16, 1)],
    categories=cats(),
    notes="Five documents: fax cover, medical-oncology progress note (T-DXd 5.4 mg/kg cycle 11, labs, KPS 80, "
          "'GK to brain mets x4' in one line), MRI report numbering five findings (a 2 mm left parietal focus "
          "is not treated), Gamma Knife procedure note with Leksell frame and stereotactic MRI only (CT "
          "explicitly not performed), superbill listing codes. Thalamic lesion is deep but not brainstem: simple.",
    docs=[
        Doc("0_fax_cover.pdf", [cover("Kestrel Ridge Medical Records", "555-0131", "11/12/2026", 6,
                                      "Gamma Knife 11/05/2026 - charge review")],
            opts=dict(header=hdr(_c, 1), font="Helvetica")),
        Doc("1_medonc_progress.txt", text=f"""
KESTREL RIDGE MEDICAL ONCOLOGY
PROGRESS NOTE                                  DATE OF SERVICE: 11/10/2026
PATIENT: {patient(1)}    MRN: {mrn(1)}    AGE: 54

HISTORY OF PRESENT ILLNESS: 54-year-old woman with HER2-positive metastatic breast cancer (dx 2022, left breast, pT2 pN1, ER 5%, PR negative) treated with TCHP x 6 cycles, left mastectomy, adjuvant trastuzumab/pertuzumab and left chest wall radiation 50 Gy in 25 fractions (2023). Liver and bone recurrence 03/2025 treated with trastuzumab deruxtecan (T-DXd) 5.4 mg/kg IV every 21 days, today is cycle 11 day 1. Brain MRI 10/22/2026 for headaches showed new brain metastases; GK to brain mets x4 was done 11/05/2026 at Kestrel Ridge (see their note). Headaches improved on dexamethasone 2 mg daily, now tapered off.

MEDICATIONS: Trastuzumab deruxtecan 5.4 mg/kg (weight 68.2 kg, dose 368 mg), ondansetron 8 mg q8h prn, olanzapine 5 mg at bedtime days 1-4, denosumab 120 mg SC every 4 weeks, levetiracetam 500 mg twice daily, pantoprazole 40 mg daily.

REVIEW OF SYSTEMS: Mild fatigue. No dyspnea, no cough (no signs of ILD). No new focal weakness. Appetite fair.

PHYSICAL EXAMINATION: BP 128/76, HR 84, T 36.8, SpO2 97% RA, weight 68.2 kg (69.0 kg on 10/20). ECOG 1, KPS 80. Neuro: nonfocal. Healed left chest wall.

LABS: WBC 4.1, ANC 2.6, Hgb 10.9, Plt 142, AST 38, ALT 41, T bili 0.8, Cr 0.71. CA 15-3 48 U/mL (61 in September). LVEF 58% on echo 10/01/2026.

IMPRESSION AND PLAN:
1. HER2+ metastatic breast cancer, liver and bone disease responding: proceed with T-DXd cycle 11 at full dose. Restage CT C/A/P after cycle 12.
2. Brain metastases status post Gamma Knife 11/05/2026: MRI brain in 6-8 weeks per radiation oncology; continue levetiracetam.
3. Bone metastases: continue denosumab, calcium and vitamin D.
4. Anemia, grade 1: monitor.

Ruth Okonkwo-Lind, MD, Medical Oncology
{FOOT}
"""),
        Doc("2_mri_brain_report.pdf", [[
            H1("RADIOLOGY REPORT"),
            KeyValue([("Exam", "MRI brain with and without contrast"), ("Date", "10/22/2026"), ("Ordering", "R. Okonkwo-Lind, MD")]),
            P("TECHNIQUE: Sagittal T1, axial T2, FLAIR, DWI, SWI and 3D T1 MPRAGE before and after 7 mL gadobutrol."),
            P("COMPARISON: MRI brain 04/14/2026, negative."),
            P("FINDINGS: There are new enhancing lesions: 1. Right frontal pole, 12 mm, with mild vasogenic edema. 2. Left occipital lobe, 8 mm. 3. Right cerebellar hemisphere, 23 x 19 mm, with edema effacing the fourth ventricle partially, no hydrocephalus. 4. Left thalamus, 10 mm. 5. Punctate 2 mm focus of enhancement in the left parietal cortex, indeterminate, could represent a tiny metastasis or a vessel. No hemorrhage on SWI. Ventricles normal in size."),
            P("IMPRESSION: Four new brain metastases and one indeterminate 2 mm left parietal focus. Recommend neurosurgical / radiation oncology referral."),
            sig("Theo Marchetti, MD, Neuroradiology 10/22/2026 17:41"),
        ]], opts=dict(header=["KESTREL RIDGE IMAGING", f"{patient(1)}   {mrn(1)}"], font="Times-Roman")),
        Doc("3_gk_procedure_note.txt", text=f"""
{_c}
GAMMA KNIFE RADIOSURGERY PROCEDURE NOTE
PATIENT: {patient(1)}   MRN: {mrn(1)}   DATE OF PROCEDURE: 11/05/2026

ATTENDING NEUROSURGEON: Imre Castellano, MD.  RADIATION ONCOLOGIST: Philippa Drummond, MD.  PHYSICIST: Lars Whitcombe, MS, DABR.

INDICATION: HER2+ breast cancer with four brain metastases on MRI 10/22/2026, KPS 80, controlled extracranial disease on T-DXd. Whole brain radiation was discussed and declined.

PROCEDURE: A Leksell G frame was applied under local anesthesia (10 mL 1% lidocaine with bicarbonate, four pins). Stereotactic MRI with fiducial box: axial 1 mm post-gadolinium T1 volume and T2. A stereotactic CT was not performed because MRI fiducial registration was within tolerance (mean 0.3 mm). Planning in Leksell GammaPlan 11.4. On the planning MRI the 2 mm left parietal focus seen 10/22 was not reproduced on the thin-slice volume and was not treated; it will be followed.

TARGETS TREATED (Leksell Gamma Knife Icon, frame-based, single session):
1. Right frontal pole metastasis, 1.2 cm, 20 Gy to the 50% isodose, 4 shots.
2. Left occipital metastasis, 0.8 cm, 20 Gy to the 50% isodose, 2 shots.
3. Right cerebellar hemisphere metastasis, 2.3 cm, 18 Gy to the 50% isodose, 11 shots.
4. Left thalamic metastasis, 1.0 cm, 16 Gy to the 50% isodose, 3 shots (dose reduced for location; brainstem maximum 7.9 Gy).
Total beam-on time 64.2 minutes. Normal brain V12 5.1 cc.

VERIFICATION: Physics performed an independent check of shot coordinates, gamma angle and times against the GammaPlan printout before treatment; frame position was checked with the frame adapter and clearance tool. Daily output QA passed.

The patient tolerated the procedure well. Frame removed, pin sites dressed, discharged home with her husband at 15:10.

SUMMARY: Single-session Gamma Knife radiosurgery 11/05/2026 to four metastases: right frontal pole 20 Gy, left occipital 20 Gy, right cerebellar 18 Gy, left thalamus 16 Gy, each in one fraction.

I. Castellano, MD    P. Drummond, MD    L. Whitcombe, MS
{FOOT}
"""),
        Doc("4_superbill.pdf", [[
            H1("CHARGE CAPTURE / SUPERBILL"),
            KeyValue([("Date of service", "11/05/2026"), ("Location", "Kestrel Ridge Gamma Knife Center"), ("Dx", "C79.31, C50.912")]),
            RuledTable([("CPT", "Description", "Units", "Provider"),
                        ("77371", "SRS delivery, Co-60", "1", "Facility"),
                        ("77432", "Stereotactic management", "1", "Drummond"),
                        ("61796", "SRS cranial lesion, simple", "1", "Castellano"),
                        ("61797", "Each additional simple lesion", "3", "Castellano"),
                        ("61800", "Head frame application", "1", "Castellano"),
                        ("77263", "Complex treatment planning", "1", "Drummond")]),
            P("Charges entered by: front desk 11/06/2026. Codes on this sheet are entered for billing and are not clinical documentation."),
        ]], opts=dict(header=hdr(_c, 1), font="Courier")),
    ])

# b31_02 -- scan: hospital discharge summary with SRS on hospital day 4, fax headers on every page ---------------
_c = "MARROWBANK GENERAL HOSPITAL - DISCHARGE SUMMARY"
_s = "10/31/2026 16:04"
add(name="b31_02", kind="scan", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left precentral gyrus", "cranial", S, 18, 1), L("right temporal", "cranial", S, 20, 1),
             L("planum sphenoidale", "cranial", C, 14, 1)],
    categories=cats(),
    notes="Hospital discharge summary, scanned at 130 dpi, a fax header line on each of 3 pages. Admitted with a "
          "focal seizure; SRS on a TrueBeam STx (HyperArc, Encompass mask) on hospital day 4 to three NSCLC "
          "metastases, one 3 mm from the optic chiasm (complex). Many other numbers: sodium, glucose, "
          "dexamethasone and levetiracetam doses, carboplatin AUC 5 / pemetrexed 500 mg/m2, prior 60 Gy/30 to "
          "the chest.",
    docs=[Doc("b31_02.pdf", [
        [fax(_s, "MARROWBANK GH HIM", "555-0143", 1, 3),
         H1("DISCHARGE SUMMARY"),
         KeyValue([("Admission date", "10/26/2026"), ("Discharge date", "10/31/2026"), ("Attending", "Gwendolyn Asare, MD (Hospital Medicine)"),
                   ("Consultants", "Radiation Oncology (S. Pembury, MD), Neurosurgery, Neurology")]),
         P("ADMISSION DIAGNOSIS: Focal motor seizure, right arm."),
         P("DISCHARGE DIAGNOSES: 1. Brain metastases from non-small cell lung cancer, three lesions, status post stereotactic radiosurgery 10/29/2026. 2. Focal seizure, resolved. 3. Steroid-induced hyperglycemia. 4. Hyponatremia, mild. 5. COPD, stable."),
         P("HISTORY OF PRESENT ILLNESS: 66-year-old man with stage IIIB adenocarcinoma of the right lung treated in 2025 with concurrent carboplatin/paclitaxel and 60 Gy in 30 fractions to the chest, then durvalumab 10 mg/kg every 2 weeks for 12 months, and since 06/2026 carboplatin AUC 5 plus pemetrexed 500 mg/m2 every 21 days for regional progression (last dose cycle 4 on 10/09/2026). Presented with 20 minutes of right arm clonic movements. CT head in the ED showed a left frontal hypodensity."),
         P("HOSPITAL COURSE BY PROBLEM:"),
         P("1. Brain metastases. MRI brain 10/26 (3D T1 post-contrast, FLAIR) showed three enhancing lesions: left precentral gyrus 2.4 cm with edema, right temporal 1.1 cm, and a 1.3 cm extra-axial-appearing lesion on the planum sphenoidale whose posterior margin lies 3 mm from the optic chiasm. Dexamethasone 4 mg IV every 6 hours was started. Neurosurgery felt resection was not needed. Radiation oncology recommended inpatient single-fraction radiosurgery, see problem 1a."),
        ],
        [fax(_s, "MARROWBANK GH HIM", "555-0143", 2, 3),
         P("1a. Stereotactic radiosurgery. On 10/27 an Encompass thermoplastic SRS mask was made and a planning CT (1 mm slices) was acquired in the mask and fused with the 10/26 MRI in Eclipse. Targets were contoured by Dr. Pembury; PTV = GTV + 1 mm. Single-isocenter HyperArc plan, 4 non-coplanar arcs, 6 MV FFF. Prescriptions: left precentral gyrus 18 Gy, right temporal 20 Gy, planum sphenoidale 14 Gy (reduced for chiasm proximity; chiasm Dmax 7.6 Gy), all in 1 fraction, 100% of each PTV covered by the prescription isodose (79-82%). Physics second check (MU calculation) and portal dosimetry QA passed. SRS delivered 10/29/2026 (hospital day 4) on the TrueBeam STx with cone-beam CT and 6DoF couch correction, intrafraction surface guidance; shifts approved by the physician before beam-on. Tolerated without event."),
         P("2. Seizure. Levetiracetam 1000 mg IV load, then 500 mg PO twice daily. No further events. EEG not needed per neurology."),
         P("3. Steroid hyperglycemia. Glucose up to 212 mg/dL; insulin lispro sliding scale. HbA1c 5.9%. Discharged without insulin, glucometer teaching done."),
         P("4. Hyponatremia. Na 131 on admission, 134 at discharge with fluid restriction 1.5 L/day."),
         P("5. COPD. Continued tiotropium 18 mcg daily. SpO2 93-95% on room air."),
         P("6. NSCLC. Next chemotherapy (cycle 5) deferred by 1 week per Dr. Halloran; restaging CT 11/20/2026."),
        ],
        [fax(_s, "MARROWBANK GH HIM", "555-0143", 3, 3),
         P("DISCHARGE CONDITION: Stable. KPS 80. Neurologically intact except mild right hand clumsiness."),
         P("DISCHARGE MEDICATIONS: Dexamethasone 4 mg PO twice daily x 3 days, then 2 mg twice daily x 3 days, then 2 mg daily x 3 days, then stop. Levetiracetam 500 mg twice daily. Famotidine 20 mg twice daily while on steroids. Tiotropium. Folic acid 1 mg daily, vitamin B12 1000 mcg IM every 9 weeks (pemetrexed premedication)."),
         P("RADIOSURGERY SUMMARY: 10/29/2026, TrueBeam STx, single fraction: 1) left precentral gyrus 18 Gy; 2) right temporal 20 Gy; 3) planum sphenoidale (3 mm from chiasm) 14 Gy."),
         P("FOLLOW-UP: Radiation oncology with MRI brain in 6 weeks. Medical oncology 11/06/2026. PCP in 1-2 weeks (glucose, sodium). No driving for 6 months per state seizure law."),
         sig("Gwendolyn Asare, MD 10/31/2026 14:22"),
         P("Radiosurgery portion reviewed: Sebastian Pembury, MD, Radiation Oncology 10/31/2026"),
        ]], opts=dict(header=hdr(_c, 2), scan=True, scan_dpi=130, font="Helvetica"))])

# b31_03 -- ehr_text: multi-problem melanoma progress note, FSRT 30 Gy/5 to a 3.8 cm cavity ----------------------
_c = "THISTLECOMBE CANCER INSTITUTE"
add(name="b31_03", kind="ehr_text", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left parietal resection cavity", "cranial", C, 30, 5)],
    categories=cats(),
    notes="Multi-problem melanoma progress note one week after FSRT: ipilimumab 3 mg/kg + nivolumab 1 mg/kg x4, "
          "nivolumab 480 mg, LDH, TSH, cortisol, prior axillary RT 48 Gy/20 (2023). The FSRT section gives 6 Gy x 5 = "
          "30 Gy to a 3.8 cm left parietal resection cavity (complex by size) on an Edge with CT/MRI and mask.",
    docs=[Doc("b31_03.txt", text=f"""
{_c} - MELANOMA AND SKIN ONCOLOGY
ESTABLISHED PATIENT PROGRESS NOTE
PATIENT: {patient(3)}   MRN: {mrn(3)}   DOS: 11/20/2026   PROVIDER: Anneliese Voortman, MD

CHIEF COMPLAINT: Follow-up of metastatic melanoma; 1 week after completing brain radiation.

HISTORY OF PRESENT ILLNESS: 47-year-old man with BRAF wild-type melanoma of the right upper back (Breslow 3.4 mm, 2022), right axillary nodal recurrence 2023 treated with lymphadenectomy and adjuvant radiation 48 Gy in 20 fractions to the right axilla, then lung and brain metastases 08/2026. He received ipilimumab 3 mg/kg plus nivolumab 1 mg/kg every 3 weeks for 4 cycles (08/2026-10/2026). A 4.1 cm left parietal hemorrhagic metastasis was resected 10/02/2026 (pathology: metastatic melanoma, margins involved). He completed postoperative fractionated stereotactic radiotherapy to the cavity on 11/13/2026 (details below) and started maintenance nivolumab 480 mg every 4 weeks on 11/16/2026.

POSTOPERATIVE CAVITY RADIOTHERAPY (from the radiation oncology treatment summary of Dr. Fenwick-Adair, reviewed):
Simulation 10/28/2026 supine in a frameless thermoplastic SRS mask; planning CT 1 mm fused with post-operative MRI 10/26/2026 (3D T1 post-contrast). Target: resection cavity, maximal dimension 3.8 cm, CTV = cavity + enhancing rim + 2 mm along the dura, PTV = CTV + 1 mm. Prescription 600 cGy x 5 = 3000 cGy to the 80% isodose, 4 VMAT arcs, Edge radiosurgery system, Eclipse planning. Brainstem Dmax 9.8 Gy; optic apparatus Dmax 3.1 Gy; brain V24 Gy 11 cc. Daily cone-beam CT and optical surface monitoring, physician-approved shifts before each fraction; physics second check and pretreatment QA passed. Delivered 11/05, 11/07, 11/10, 11/12, 11/13/2026: 30 Gy in 5 fractions to the left parietal resection cavity, no breaks.

MEDICATIONS: Nivolumab 480 mg IV q4 weeks, levetiracetam 750 mg twice daily, dexamethasone off since 11/09, hydrocortisone 15 mg AM / 5 mg PM (adrenal insufficiency after ipilimumab), levothyroxine 75 mcg daily.

REVIEW OF SYSTEMS: Fatigue 2/10. Mild scalp alopecia over the left parietal area. No headache, no seizure. Rash on forearms, pruritic, grade 1. No diarrhea. No dyspnea.

PHYSICAL EXAMINATION: T 36.6, BP 118/74, HR 72, RR 14, SpO2 98%. Weight 81.4 kg. ECOG 0, KPS 90. Healed left parietal craniotomy incision. Patchy alopecia. Neuro: mild right pronator drift, unchanged. Skin: maculopapular rash both forearms, < 10% BSA.

LABS 11/16: LDH 212 U/L (ULN 222), TSH 3.2 on replacement, AM cortisol on hydrocortisone not interpretable, ALT 28, AST 31, Cr 0.92, lipase 41. CBC normal.

IMPRESSION AND PLAN:
1. Metastatic melanoma, lung metastases decreased 40% on CT 11/03: continue nivolumab 480 mg, next dose 12/14/2026.
2. Resected left parietal metastasis after cavity FSRT 30 Gy / 5 fx: MRI brain 12/28/2026; radiation oncology follow-up after MRI.
3. Immune-related adrenal insufficiency: continue hydrocortisone, stress dosing reviewed.
4. Grade 1 dermatitis: triamcinolone 0.1% cream twice daily.
5. Hypothyroidism: continue levothyroxine.

Anneliese Voortman, MD    e-signed 11/20/2026 16:58
{FOOT}
""")])

# b31_04 -- bundle: fax cover + neurology note + GK trigeminal neuralgia procedure + nursing note ------------------
_c = "QUILLFEATHER NEUROSCIENCE PAVILION"
add(name="b31_04", kind="bundle", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Four documents: fax cover, neurology note (carbamazepine 600 mg/day, oxcarbazepine trial, baclofen, "
          "BNI IV, prior microvascular decompression 2019), Gamma Knife procedure note for right trigeminal "
          "neuralgia (Leksell frame, CT + CISS MRI, one 4 mm shot, 80 Gy maximum at the 100% isodose), nursing "
          "post-procedure note with vitals. Functional target: complex.",
    docs=[
        Doc("0_fax_cover.pdf", [cover("Quillfeather Neuroscience HIM", "555-0157", "11/19/2026", 5,
                                      "GK TN 11/17/2026")], opts=dict(header=hdr(_c, 4), font="Helvetica")),
        Doc("1_neurology_note.txt", text=f"""
QUILLFEATHER NEUROLOGY ASSOCIATES
OFFICE VISIT   DATE: 10/08/2026
PATIENT: {patient(4)}   MRN: {mrn(4)}

HISTORY OF PRESENT ILLNESS: 71-year-old woman with classical right trigeminal neuralgia, V2 and V3 distribution, since 2016. Microvascular decompression (right retrosigmoid) in 2019 gave 4 years of relief; pain recurred 2023. Currently carbamazepine 300 mg twice daily (level 9.8 mcg/mL) with dizziness and sodium 129; oxcarbazepine 600 mg twice daily was tried in 2024 and stopped for hyponatremia (Na 126). Baclofen 10 mg three times daily added with little benefit. Pain 9/10 episodes 20-30 times a day, triggered by eating and brushing teeth. BNI pain score IV. She has lost 4 kg (now 52 kg).

PAST MEDICAL HISTORY: Hypertension, osteoporosis, atrial fibrillation on apixaban 5 mg twice daily.

EXAMINATION: BP 142/84. Cranial nerves: normal facial sensation, corneal reflexes intact. Otherwise nonfocal.

IMPRESSION AND PLAN: 1. Recurrent medically refractory right trigeminal neuralgia after MVD. Discussed repeat MVD, percutaneous glycerol rhizotomy and Gamma Knife radiosurgery; she prefers radiosurgery. Refer to Quillfeather Gamma Knife. 2. Hyponatremia on carbamazepine: recheck BMP. 3. Hold apixaban 2 days before frame placement per neurosurgery.

Desmond Achterberg, MD, Neurology
{FOOT}
"""),
        Doc("2_gk_procedure_note.txt", text=f"""
{_c} - GAMMA KNIFE CENTER
PROCEDURE NOTE: STEREOTACTIC RADIOSURGERY FOR TRIGEMINAL NEURALGIA
PATIENT: {patient(4)}   MRN: {mrn(4)}   DATE: 11/17/2026

PREOPERATIVE DIAGNOSIS: Right trigeminal neuralgia, recurrent after microvascular decompression (G50.0).
PROCEDURE: 1. Application of Leksell stereotactic head frame. 2. Stereotactic CT and MRI. 3. Gamma Knife radiosurgery, right trigeminal nerve.
SURGEON: Cosima Varga-Hollis, MD.  RADIATION ONCOLOGY: Benedikt Ostrander, MD.  PHYSICS: Tamsin Okafor, PhD.

DESCRIPTION: Apixaban held since 11/15. After 2 mg midazolam PO and local anesthesia, the Leksell G frame was fixed with four pins, tilted to align with the course of the right trigeminal nerve. Stereotactic MRI (1 mm axial CISS/FIESTA and post-contrast T1) with the MR indicator and a stereotactic CT with the CT indicator (to correct MR distortion after the prior MVD with Teflon felt) were obtained and co-registered in Leksell GammaPlan. The right trigeminal nerve was identified in the prepontine cistern; the target was placed on the cisternal segment 7 mm anterior to the root entry zone, distal to the Teflon. One 4 mm shot, maximum dose 80 Gy at the 100% isodose line; the 20% isodose line stays off the pons surface, brainstem dose 13.1 Gy to 0.01 cc.

Physics independently verified the shot coordinates and time against the GammaPlan printout and the frame-to-MRI fiducial registration (mean 0.4 mm). Treatment delivered on the Leksell Gamma Knife Perfexion in a single session, 38.6 minutes. Frame removed, pin sites clean. Apixaban to resume tomorrow.

IMPRESSION: Right trigeminal neuralgia treated with Gamma Knife radiosurgery, 80 Gy maximum dose, single fraction, 11/17/2026.

PLAN: Continue carbamazepine unchanged until pain relief, then taper with neurology. Follow-up 6 weeks, MRI at 12 months.

C. Varga-Hollis, MD    B. Ostrander, MD
{FOOT}
"""),
        Doc("3_nursing_note.txt", text=f"""
{_c} - NURSING POST-PROCEDURE NOTE   11/17/2026 14:05
PATIENT: {patient(4)}   MRN: {mrn(4)}

Patient returned to recovery bay after Gamma Knife. Frame removed by Dr. Varga-Hollis at 13:40. Pin sites x4 with scant serous drainage, bacitracin and gauze applied. VS: BP 156/88, HR 78 irregular (known AF), RR 16, SpO2 97%, pain 2/10 at pin sites, facial pain 6/10. Acetaminophen 650 mg PO given. Tolerated crackers and juice. Discharge instructions reviewed with daughter: wash hair in 24 hours, call for fever > 38.3, expect no immediate pain relief (may take weeks). Discharged 14:50 ambulatory.

Marguerite Llewellyn, RN
{FOOT}
"""),
    ])

# b31_05 -- pdf (two columns): tumour-board note + ZAP-X vestibular schwannoma summary, claimed 61796 -------------
_c = "LANTERNFIELD SKULL BASE CLINIC"
add(name="b31_05", kind="pdf", codes=["77372", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    notes="Two-column PDF: skull-base tumour-board note (observation, microsurgery and FSRT 25 Gy/5 discussed; "
          "audiogram PTA 35 dB, WRS 72%) and a ZAP-X single-fraction treatment summary, 12 Gy to the 50% isodose "
          "to a 1.8 cm left vestibular schwannoma. Schwannoma is complex, so the claimed 61796 is inconsistent.",
    docs=[Doc("b31_05.pdf", [
        [H1("SKULL BASE MULTIDISCIPLINARY TUMOR BOARD"),
         P("Date: 10/14/2026. Present: neurotology (Dr. Abelard Quist), neurosurgery (Dr. Helga Sorensen), radiation oncology (Dr. Ignatius Ferreira-Walsh), neuroradiology."),
         P("CASE: 58-year-old man, progressive left hearing loss and tinnitus. MRI 09/30/2026 (CISS, T1 post-contrast): left vestibular schwannoma, intracanalicular with cisternal extension, 1.8 x 1.4 cm, Koos grade II, grew 3 mm since 03/2026. Audiogram: left PTA 35 dB, word recognition 72% (Gardner-Robertson class II); right normal. Facial nerve House-Brackmann I."),
         P("DISCUSSION: 1. Continued observation - not favoured given documented growth. 2. Retrosigmoid microsurgery - hearing preservation uncertain. 3. Fractionated stereotactic radiotherapy 25 Gy in 5 fractions - an option. 4. Single-fraction radiosurgery 12 Gy - consensus recommendation, patient prefers a single visit."),
         P("RECOMMENDATION: Single-fraction radiosurgery, 12 Gy marginal dose, cochlea mean dose < 4 Gy if achievable."),
         H2("RADIOSURGERY TREATMENT SUMMARY"),
         KeyValue([("Treatment unit", "ZAP-X gyroscopic radiosurgery system"), ("Date of treatment", "11/03/2026"), ("Fractions", "1")]),
         P("IMMOBILIZATION AND IMAGING: Patient immobilized in a ZAP-X thermoplastic head mask with headrest on 10/27/2026; planning CT 0.75 mm slices in the mask, fused with MRI 10/27/2026 (1 mm CISS and post-gadolinium T1) in the ZAP planning system."),
         P("TARGET AND PRESCRIPTION: GTV = enhancing tumour, left internal auditory canal and CPA cistern, 1.8 cm maximal dimension, volume 1.42 cc, PTV = GTV (no margin). 12 Gy to the 50% isodose line, 7 isocentres, 4 mm and 7.5 mm collimators, 168 beams. Coverage 98.6%, conformity index 1.18. Cochlea mean 3.7 Gy, brainstem Dmax 11.2 Gy, facial nerve course Dmax 13.4 Gy."),
         P("VERIFICATION: Physics independent MU check and plan QA approved 11/02/2026. Intrafraction kV imaging with automatic correction throughout delivery; maximum correction 0.6 mm."),
         P("SUMMARY: Left vestibular schwannoma, 12 Gy in 1 fraction to the 50% isodose, delivered 11/03/2026 on ZAP-X without incident."),
         P("FOLLOW-UP: MRI and audiogram in 6 months."),
         sig("Ignatius Ferreira-Walsh, MD, Radiation Oncology 11/04/2026"),
         P("Physics: Odalys Brennan, MS, DABR 11/04/2026"),
         P("Billing worksheet: 77372, 77432, 61796 (Sorensen)."),
         ]], opts=dict(header=hdr(_c, 5), two_columns=True, font="Helvetica"))])

# b31_06 -- bundle: tumour board + MRI report + plan summary + therapist record + superbill; six lesions ----------
_c = "BRACKENMOOR UNIVERSITY HOSPITAL - RADIATION ONCOLOGY"
add(name="b31_06", kind="bundle", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 6, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal", "cranial", S, 20, 1), L("left parietal", "cranial", S, 20, 1),
             L("right occipital", "cranial", S, 18, 1), L("left cerebellar", "cranial", S, 20, 1),
             L("pons", "cranial", C, 15, 1), L("right insula", "cranial", S, 20, 1)],
    categories=cats(),
    contradiction="The physician's treatment summary calls it single-isocentre SRS to five metastases, while the "
                  "same summary, the plan table and the therapist record list six treated lesions.",
    notes="Five documents; the lesions are named differently in each (MRI report 'A-F' findings, tumour board "
          "in words, plan structures PTV1_RtFront..PTV6_RtInsula). Versa HD single-isocentre SRS, one "
          "fraction, six lesions including a 5 mm pontine metastasis (complex). A 3 mm left temporal horn "
          "choroid-plexus focus is judged vascular and not treated. Self-contradicting count (five vs six).",
    docs=[
        Doc("1_tumor_board.txt", text=f"""
BRACKENMOOR UNIVERSITY HOSPITAL
NEURO-ONCOLOGY TUMOR BOARD NOTE    10/20/2026
PATIENT: {patient(6)}   MRN: {mrn(6)}

CASE: 61-year-old woman, small cell? no - adenocarcinoma of the lung, EGFR exon 19 deletion, on osimertinib 80 mg daily since 2024 with controlled extracranial disease (PET/CT 09/2026 for restaging: no FDG-avid disease outside the brain). New intracranial progression on MRI 10/15/2026 with several small metastases (right frontal, left parietal, right occipital, left cerebellum, pons, right insula) and a tiny left temporal horn focus of uncertain significance. KPS 90.

DISCUSSION: Whole brain radiotherapy 30 Gy in 10 fractions versus radiosurgery. Hippocampal-avoidance WBRT also considered. Given the small total volume (3.9 cc) and EGFR-driven disease, radiosurgery preferred. Switch osimertinib? No, continue; consider CSF penetration adequate.

RECOMMENDATION: Single-fraction linac SRS to each metastasis; the left temporal horn focus to be reviewed on the planning MRI. Continue osimertinib 80 mg daily.
{FOOT}
"""),
        Doc("2_mri_report.pdf", [[
            H1("MRI BRAIN - SRS PLANNING PROTOCOL"),
            KeyValue([("Date", "10/26/2026"), ("Technique", "3D T1 MPRAGE post-gadolinium 1 mm, 3D FLAIR, T2, SWI")]),
            P("FINDINGS: A. Right superior frontal gyrus enhancing nodule, 9 mm. B. Left superior parietal lobule, 12 mm. C. Right occipital pole, 22 mm with moderate edema. D. Left cerebellar hemisphere, 6 mm. E. Ventral pons, right of midline, 5 mm, within the brainstem. F. Right insular cortex, 7 mm. G. 3 mm enhancing focus at the left temporal horn choroid plexus, stable from 2024 and most consistent with a vascular structure / choroid plexus."),
            P("IMPRESSION: Six metastases (A-F). Finding G is favored benign."),
            sig("Ophelia Strand, MD, Neuroradiology 10/26/2026"),
        ]], opts=dict(header=hdr(_c, 6), font="Times-Roman")),
        Doc("3_plan_summary.pdf", [[
            H1("STEREOTACTIC RADIOSURGERY - PHYSICIAN TREATMENT SUMMARY"),
            P("Course: single-isocentre SRS to five metastases, Elekta Versa HD with HexaPOD couch, Brainlab Elements Multiple Brain Mets planning, 6 MV FFF, 5 dynamic conformal arcs over 4 couch angles. Immobilization: Brainlab frameless thermoplastic mask. Planning CT 10/26/2026 (1 mm) fused to the MRI of the same day."),
            RuledTable([("Structure", "Location", "Size", "Rx (Gy)", "Fx", "Coverage"),
                        ("PTV1_RtFront", "right frontal", "0.9 cm", "20", "1", "99.2%"),
                        ("PTV2_LtPar", "left parietal", "1.2 cm", "20", "1", "99.0%"),
                        ("PTV3_RtOcc", "right occipital", "2.2 cm", "18", "1", "98.1%"),
                        ("PTV4_LtCbl", "left cerebellar", "0.6 cm", "20", "1", "99.6%"),
                        ("PTV5_Pons", "ventral pons (brainstem)", "0.5 cm", "15", "1", "97.4%"),
                        ("PTV6_RtInsula", "right insula", "0.7 cm", "20", "1", "99.1%")]),
            P("Brainstem Dmax 15.9 Gy (within PTV5), brainstem D0.5cc 9.8 Gy; optic chiasm Dmax 2.1 Gy; brain minus PTVs V12 7.3 cc. Finding G on the MRI not contoured (vascular)."),
            P("Physics: second-check MU calculation and ArcCHECK patient-specific QA (gamma 2%/1 mm 98.9%) passed 10/28/2026. XVI cone-beam CT and ExacTrac-style stereo kV verification before the first arc and at each couch angle, shifts approved by MD."),
            P("DELIVERED 10/29/2026, one fraction: right frontal 20 Gy, left parietal 20 Gy, right occipital 18 Gy, left cerebellar 20 Gy, pons 15 Gy, right insula 20 Gy."),
            sig("Crispin Aldous-Njoroge, MD 10/29/2026"),
            P("Physicist: Yusra Delacroix, PhD 10/29/2026"),
        ]], opts=dict(header=hdr(_c, 6), font="Helvetica")),
        Doc("4_therapist_record.txt", text=f"""
BRACKENMOOR - RADIATION THERAPY DAILY TREATMENT RECORD
PATIENT: {patient(6)}   MRN: {mrn(6)}   MACHINE: VERSA HD (LA3)

10/29/2026 08:10  Fx 1 of 1. Pt ID x2, timeout done. Mask fit good. XVI CBCT: shifts -1.2 lat, +0.8 vert, -0.4 long, 0.6 deg pitch corrected on HexaPOD, approved by Dr. Aldous-Njoroge. Arcs 1-5 delivered, kV checks at each couch angle within 0.5 mm. Isocentre 1 (single). Targets PTV1-PTV6 all treated. Beam on 11.8 min. Pt tolerated well.  - R. Thistlewood, RTT / K. Mbeki, RTT
{FOOT}
"""),
        Doc("5_superbill.pdf", [[
            H1("PROFESSIONAL / TECHNICAL CHARGE TICKET"),
            TextTable([("Code", "Units", "Description"), ("77372", "1", "Linac SRS delivery"), ("77432", "1", "SRS management"),
                       ("61798", "1", "Complex lesion"), ("61797", "4", "Addl simple lesions"), ("77301", "1", "IMRT plan")],
                      columns=(0, 70, 120)),
            P("DOS 10/29/2026. Entered by charge capture. A code on this ticket does not document the service."),
        ]], opts=dict(header=hdr(_c, 6), font="Courier")),
    ])

# b31_07 -- pdf with a rotated landscape page: GK, two meningiomas, earlier GK course described at length --------
_c = "CORRIEBROOK RADIOSURGERY UNIT"
add(name="b31_07", kind="pdf", codes=["77371", "77432", "61798", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 2, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right cavernous sinus meningioma", "cranial", C, 13, 1),
             L("left frontal convexity meningioma", "cranial", S, 14, 1)],
    categories=cats(),
    notes="Three-page PDF, page 2 stored rotated 90 degrees (landscape GammaPlan dose table). Gamma Knife frame "
          "procedure for two meningiomas: right cavernous sinus 13 Gy (complex by location) and a 1.9 cm left "
          "frontal convexity 14 Gy (simple). The 2019 Gamma Knife course (left tentorial meningioma 12 Gy, "
          "Model C, frame) is recounted at length; the tentorial tumour is stable and not retreated.",
    docs=[Doc("b31_07.pdf", [
        [H1("GAMMA KNIFE RADIOSURGERY - OPERATIVE REPORT"),
         P("DATE OF PROCEDURE: 11/11/2026.  SURGEON: Rafferty Olumide, MD.  RADIATION ONCOLOGIST: Sunniva Karlsson, MD.  PHYSICIST: Edmund Achebe-Ross, MS."),
         P("HISTORY: 69-year-old man with multiple meningiomas (NF2 excluded on genetic testing). In 05/2019 he underwent Gamma Knife radiosurgery at this unit on the Leksell Gamma Knife Model C with a Leksell frame for a 2.7 cm left tentorial meningioma: 12 Gy to the 50% isodose line, 16 shots of 8 and 14 mm collimators, CT and MRI planning, with transient left-sided headaches afterwards treated with dexamethasone 4 mg for 10 days. That tumour has shrunk to 2.1 cm and is stable on every MRI since and is not retreated. He now has growth of a right cavernous sinus meningioma (diplopia, right CN VI palsy since 07/2026) and a new left frontal convexity meningioma, 1.9 cm, grown 4 mm in one year."),
         P("PROCEDURE: Leksell Vantage frame applied with four pins under local anesthesia (lidocaine 1% 12 mL). Stereotactic CT (1 mm) and stereotactic MRI (post-contrast 3D T1, T2 CISS through the skull base) obtained with indicator boxes and co-registered in GammaPlan. Both tumours contoured; the optic chiasm is 6.5 mm from the cavernous sinus tumour. Treatment delivered in one session on the Leksell Gamma Knife Icon in frame mode. See the dose table (page 2)."),
        ],
        [H1("GAMMAPLAN DOSE SUMMARY (printed landscape)"),
         RuledTable([("Target", "Location", "Volume", "Shots", "Collimators", "Rx", "IDL", "Max"),
                     ("T1", "right cavernous sinus meningioma", "5.9 cc (2.6 cm)", "19", "4/8 mm", "13 Gy", "50%", "26 Gy"),
                     ("T2", "left frontal convexity meningioma", "2.4 cc (1.9 cm)", "9", "8/16 mm", "14 Gy", "50%", "28 Gy")]),
         P("OAR: optic chiasm Dmax 6.8 Gy; right optic nerve Dmax 7.2 Gy; brainstem Dmax 10.4 Gy; right cochlea mean 2.1 Gy. 2019 plan (left tentorial, 12 Gy) summed: brainstem composite Dmax 11.9 Gy."),
         P("Physics independent check of coordinates and shot times: agrees. Frame clearance check done on the couch. Unit QA passed."),
        ],
        [H1("OPERATIVE REPORT (continued)"),
         P("The patient tolerated the 71-minute treatment well. Frame removed, pin sites dressed. Methylprednisolone 40 mg IV once at the end of treatment."),
         P("IMPRESSION: Gamma Knife radiosurgery 11/11/2026, single session, to two meningiomas: right cavernous sinus 13 Gy at 50%; left frontal convexity 14 Gy at 50%. Left tentorial meningioma (GK 2019) stable, not treated."),
         P("PLAN: MRI in 6 months, ophthalmology for diplopia (prism), follow-up in clinic 6 months."),
         sig("Rafferty Olumide, MD 11/11/2026"),
         P("Co-signed: Sunniva Karlsson, MD, Radiation Oncology 11/12/2026"),
        ]], opts=dict(header=hdr(_c, 7), rotate={2: 90}, font="Times-Roman"))])

# b31_08 -- ehr_text: therapist daily notes + nursing notes; FSRT interrupted after 3 of 5 fractions -----------------
_c = "WICKHOLLOW COMMUNITY CANCER CENTER"
add(name="b31_08", kind="ehr_text", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal resection cavity", "cranial", S, 18, 3)],
    categories=cats(),
    notes="Plain-text export of the simulation/plan note, therapist daily treatment notes, nursing on-treatment "
          "notes and a physician discontinuation note. Planned 6 Gy x 5 = 30 Gy to a 2.9 cm right frontal cavity; "
          "neutropenic fever after FOLFOX cycle 6 interrupts the course after fraction 3 (18 Gy delivered), "
          "course not completed. Gold: 3 fractions, 18 Gy.",
    docs=[Doc("b31_08.txt", text=f"""
{_c} - RADIATION ONCOLOGY
PATIENT: {patient(8)}   MRN: {mrn(8)}

==== SIMULATION AND PLANNING NOTE   10/27/2026   Dr. Leopoldina Varga ====
Colon adenocarcinoma (KRAS G12D) with a resected right frontal metastasis (10/06/2026). Simulated supine in a frameless Orfit SRS mask; CT simulation 1 mm fused with post-operative MRI 10/20/2026 (T1 post-contrast, FLAIR). Target: right frontal resection cavity, 2.9 cm maximal, CTV = cavity + 2 mm, PTV = CTV + 1 mm. Prescription 600 cGy x 5 fractions = 30 Gy to the 80% isodose, 3 VMAT arcs, TrueBeam, Eclipse. Brainstem Dmax 4.2 Gy, chiasm Dmax 5.8 Gy. Physics 2nd check and QA 10/30 passed. Systemic therapy: FOLFOX (oxaliplatin 85 mg/m2, leucovorin 400 mg/m2, 5-FU 400 mg/m2 bolus then 2400 mg/m2 over 46 h) every 14 days, cycle 6 day 1 was 10/29/2026; med onc aware.

==== RADIATION THERAPIST DAILY TREATMENT NOTES ====
11/02/2026  Fx 1/5  RtFront_Cav 600 cGy. CBCT: shifts 2/-1/1 mm corrected; MD (Varga) approved image. Tx delivered. Cum 600 cGy.  - D. Oyelaran RTT
11/04/2026  Fx 2/5  RtFront_Cav 600 cGy. CBCT, shifts < 1 mm, approved. Cum 1200 cGy.  - D. Oyelaran RTT
11/06/2026  Fx 3/5  RtFront_Cav 600 cGy. CBCT approved. Pt felt warm, T 37.9 at check-in, nursing notified. Cum 1800 cGy.  - P. Szabo RTT
11/09/2026  Fx 4/5  NOT TREATED - pt admitted to Wickhollow Regional 11/07 (neutropenic fever). Held per MD.  - P. Szabo RTT
11/11/2026  Fx 4/5  NOT TREATED - remains inpatient. Held.  - D. Oyelaran RTT

==== NURSING ON-TREATMENT NOTES ====
11/04/2026  Weekly OTV nursing: wt 63.1 kg (64.0 last week), BP 104/66, HR 96. Mild headache 2/10, no nausea. Dexamethasone 2 mg daily. ANC 1.1 on 11/03. Reinforced neutropenic precautions. - H. Fairweather RN
11/06/2026  After fx 3: T 37.9, HR 108, fatigue. Called med onc (Dr. Quan): CBC drawn, ANC 0.3. Sent to ED at 11:40. - H. Fairweather RN

==== PHYSICIAN NOTE   11/16/2026   Dr. Leopoldina Varga ====
Patient admitted 11/07-11/14 with neutropenic fever and right lower lobe pneumonia (piperacillin-tazobactam, filgrastim). Now at home, KPS 60, weight 59.8 kg. Discussed completing the last two fractions versus stopping: given the interval of more than two weeks and his condition, we will NOT complete the course. Course closed after 3 of the planned 5 fractions. Delivered: 1800 cGy in 3 fractions (600 cGy x 3) to the right frontal resection cavity, 11/02-11/06/2026. MRI brain in 6 weeks; further cavity boost to be decided on that MRI. FOLFOX on hold per Dr. Quan.
L. Varga, MD
{FOOT}
""")])

# b31_09 -- bundle: referral letter + SRS plan/record + completion letter; summary dose disagrees ---------------------
_c = "HALVERGATE ONCOLOGY PARTNERS"
add(name="b31_09", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right occipital", "cranial", S, 20, 1), L("left cerebellar", "cranial", S, 18, 1)],
    categories=cats(),
    contradiction="The completion letter gives the right occipital lesion 18 Gy, while the plan and the delivery "
                  "record give 20 Gy.",
    notes="Four documents: medical-oncology referral (RCC on pembrolizumab 200 mg + axitinib 5 mg bid, IMDC "
          "intermediate) recounting a 06/2025 Gamma Knife course to three other lesions with doses; MRI report naming the new occipital lesion 'right cuneus'; Novalis Tx "
          "SRS plan and record 11/10/2026 (right occipital 20 Gy, left cerebellar 18 Gy; a Leksell frame was "
          "offered and declined, frameless mask); completion letter with 18 Gy for the right occipital lesion.",
    docs=[
        Doc("1_referral_letter.txt", text=f"""
HALVERGATE ONCOLOGY PARTNERS - GENITOURINARY MEDICAL ONCOLOGY
10/19/2026

Dear Dr. Kowalczyk-Hart,

RE: {patient(9)}   MRN: {mrn(9)}   DOB 02/11/1959

Thank you for seeing this 67-year-old man with clear cell renal cell carcinoma (left nephrectomy 2021, pT3a, Fuhrman grade 3) again. As you will recall, you treated three brain metastases in June 2025 with Gamma Knife at the Halvergate regional unit: left frontal 20 Gy, right parietal 20 Gy and left temporal 18 Gy, each in a single fraction with a Leksell frame, and he had a small area of radionecrosis at the left temporal site in 2026 that settled with bevacizumab 7.5 mg/kg x 4. He has been on pembrolizumab 200 mg every 3 weeks plus axitinib 5 mg twice daily since 2024 (now cycle 31), with stable lung nodules; creatinine 1.38, eGFR 54, TSH 6.1, urine protein 1+. His MRI of 10/14/2026 shows two new lesions, right occipital (14 mm) and left cerebellar (21 mm); the 2025 sites are stable. KPS 80, weight 88 kg. IMDC intermediate risk.

I would be grateful for consideration of further radiosurgery. We will hold axitinib for 3 days around treatment.

Yours sincerely,
Oskar Lindqvist-Bamford, MD
{FOOT}
"""),
        Doc("2_mri_brain_report.pdf", [[
            H1("MRI BRAIN WITH AND WITHOUT CONTRAST"),
            P("DATE: 10/14/2026.  CLINICAL: Renal cell carcinoma, prior Gamma Knife 06/2025, surveillance."),
            P("TECHNIQUE: Axial T1, T2, FLAIR, SWI, DWI; 3D T1 post-contrast 1 mm; perfusion."),
            P("FINDINGS: New 14 mm enhancing lesion in the right cuneus (occipital lobe) with mild edema. New 21 x 18 mm enhancing lesion in the left cerebellar hemisphere, 9 mm from the fourth ventricle, no hydrocephalus. Previously treated left frontal and right parietal lesions are smaller (4 and 3 mm). Left temporal treated site: stable post-radiation change, low rCBV. No hemorrhage."),
            P("IMPRESSION: Two new metastases (right cuneus/occipital, left cerebellar). Treated sites stable or improved."),
            sig("Rosamund Okeke-Tan, MD, Neuroradiology 10/14/2026"),
        ]], opts=dict(header=["HALVERGATE DIAGNOSTIC IMAGING", f"{patient(9)}   {mrn(9)}"], font="Times-Roman")),
        Doc("3_srs_plan_and_record.pdf", [[
            H1("CRANIAL SRS - PLAN APPROVAL AND TREATMENT RECORD"),
            KeyValue([("Unit", "Novalis Tx with ExacTrac"), ("Planning system", "Brainlab Elements Cranial SRS"),
                      ("Immobilization", "Brainlab frameless thermoplastic mask (Leksell frame offered; patient declined)"),
                      ("Planning imaging", "CT 1 mm 11/03/2026 in mask, fused with MRI 11/03/2026 (3D T1 post-gadolinium)")]),
            RuledTable([("Target", "Max diam.", "Rx dose", "Fx", "Isodose", "Arcs", "Cone/MLC"),
                        ("Rt occipital", "1.4 cm", "20 Gy", "1", "80%", "4", "HD-MLC"),
                        ("Lt cerebellar", "2.1 cm", "18 Gy", "1", "80%", "5", "HD-MLC")]),
            P("OAR: brainstem Dmax 8.4 Gy; right and left cochlea < 3 Gy; V12 brain 4.9 cc. Physics second calculation and patient-specific QA passed 11/06/2026 (A. Ndiaye, PhD)."),
            P("TREATMENT RECORD 11/10/2026: ExacTrac stereoscopic x-ray verification with 6D couch before each arc; residual error < 0.7 mm / 0.5 deg. Rt occipital 20 Gy delivered; Lt cerebellar 18 Gy delivered. Fraction 1 of 1."),
            sig("Beatrice Kowalczyk-Hart, MD 11/10/2026"),
        ]], opts=dict(header=hdr(_c, 9), font="Helvetica")),
        Doc("4_completion_letter.txt", text=f"""
HALVERGATE ONCOLOGY PARTNERS - RADIATION ONCOLOGY
11/12/2026

Dear Dr. Lindqvist-Bamford,

RE: {patient(9)}   MRN: {mrn(9)}

Your patient completed single-fraction linac radiosurgery on 11/10/2026 to the two new metastases: right occipital 18 Gy and left cerebellar 18 Gy. He tolerated it well, with mild fatigue only. Please resume axitinib on 11/13/2026. I will see him with an MRI in 8 weeks.

Kind regards,
Beatrice Kowalczyk-Hart, MD, Radiation Oncology
{FOOT}
"""),
    ])

# b31_10 -- scan (150 dpi, faxed): GK Icon mask 9 Gy x 3 to two lesions; 77371/77432 claimed ---------------------------
_c = "PENHALLOW GAMMA KNIFE SUITE"
_s = "NOV 20 2026 09:47"
add(name="b31_10", kind="scan", codes=["77371", "77432", "61798", "61797"],
    facts=F("cobalt60", ["cranial"], 2, 3, ["MRI"], ["mask"]),
    lesions=[L("left temporal", "cranial", C, 27, 3), L("right frontal", "cranial", S, 27, 3)],
    categories=cats(),
    notes="Faxed completion summary scanned at 150 dpi, fax header on both pages: Gamma Knife Icon with mask, "
          "9 Gy x 3 = 27 Gy to a 3.7 cm left temporal metastasis (complex by size) and a 0.9 cm right frontal "
          "metastasis in the same three sessions. MRI planning, CBCT at each fraction; a planning CT is not "
          "done. Claimed 77371/77432 are single-session codes: inconsistent.",
    docs=[Doc("b31_10.pdf", [
        [fax(_s, "PENHALLOW GK", "555-0172", 1, 2),
         H1("GAMMA KNIFE ICON - COURSE COMPLETION SUMMARY"),
         P("PATIENT AGE: 59. DIAGNOSIS: Metastatic endometrial carcinoma to brain (C79.31). Prior therapy: carboplatin AUC 5 / paclitaxel 175 mg/m2 x 6 cycles and pelvic radiation 45 Gy in 25 fractions (2024); dostarlimab 500 mg q3w x 4 then 1000 mg q6w, currently held."),
         P("INDICATION: Two brain metastases on MRI 10/28/2026: left temporal 3.7 cm with edema and mass effect (neurosurgery declined resection due to location near dominant language areas) and right frontal 0.9 cm. KPS 80. Fractionation chosen for the large left temporal lesion; the small lesion was treated in the same sessions."),
         P("IMMOBILIZATION AND IMAGING: Custom Icon thermoplastic mask with head cushion 11/02/2026. Planning MRI 11/02/2026 (3D T1 post-contrast 1 mm, T2). No planning CT was performed; the Icon cone-beam CT defines the stereotactic space at each session."),
         P("PLAN: Leksell GammaPlan, inverse planning. Left temporal metastasis: 9 Gy per fraction to the 50% isodose, 24 shots. Right frontal metastasis: 9 Gy per fraction to the 50% isodose, 4 shots. Brainstem Dmax 14.7 Gy total; V18 (3 fx) brain 21 cc."),
        ],
        [fax(_s, "PENHALLOW GK", "555-0172", 2, 2),
         RuledTable([("Session", "Date", "CBCT registration", "IFMM max motion", "Left temporal", "Right frontal"),
                     ("1", "11/09/2026", "approved", "0.8 mm", "9 Gy", "9 Gy"),
                     ("2", "11/11/2026", "approved", "0.6 mm", "9 Gy", "9 Gy"),
                     ("3", "11/13/2026", "approved", "1.1 mm (paused once)", "9 Gy", "9 Gy")]),
         P("Physics independent check of the plan and daily Icon QA passed before each session. CBCT registered to the planning MRI stereotactic space and approved by the physician before each session; intrafraction motion monitored with the infrared nose marker."),
         P("SUMMARY: Gamma Knife Icon, 3 fractions, 11/09-11/13/2026: left temporal metastasis 27 Gy in 3 fractions; right frontal metastasis 27 Gy in 3 fractions."),
         P("Codes submitted by Penhallow billing: 77371, 77432, 61798, 61797."),
         sig("Thaddeus Ngata-Rowe, MD, Radiation Oncology 11/16/2026"),
         P("RECEIVED NOV 20 2026 - HIM"),
        ]], opts=dict(header=hdr(_c, 10), scan=True, scan_dpi=150, font="Courier"))])


# ==================================================================================================
# CyberKnife
# ==================================================================================================

# b31_11 -- bundle: fax cover + neuro-ophthalmology note + CK summary + therapist daily notes; clinoid meningioma ------
_c = "SALLOWMERE CYBERKNIFE CENTER"
add(name="b31_11", kind="bundle", codes=["G0339", "G0340", "77435", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left anterior clinoid meningioma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Four documents: fax cover, neuro-ophthalmology note (acuity 20/25, Humphrey MD -2.1 dB, RNFL 88 um), "
          "CyberKnife M6 treatment summary (25 Gy in 5 to the 78% isodose, 6D skull tracking, Aquaplast mask, "
          "CT + MRI), therapist daily notes for 5 fractions. Meningioma 2 mm from the left optic nerve: complex.",
    docs=[
        Doc("0_fax_cover.pdf", [cover("Sallowmere CK Center", "555-0118", "11/24/2026", 6, "CyberKnife course 11/09-11/13/2026")],
            opts=dict(header=hdr(_c, 11), font="Helvetica")),
        Doc("1_neuro_ophthalmology.txt", text=f"""
SALLOWMERE EYE INSTITUTE - NEURO-OPHTHALMOLOGY
DATE: 10/05/2026   PATIENT: {patient(11)}   MRN: {mrn(11)}

HISTORY: 52-year-old woman with a left anterior clinoid meningioma found on MRI for headaches (2024), enlarging from 1.9 to 2.4 cm. Mild blurring OS.
EXAMINATION: VA 20/20 OD, 20/25 OS. Color plates 11/11 OD, 9/11 OS. Trace left RAPD. Humphrey 24-2: OD MD -0.4 dB, OS MD -2.1 dB with early superior arcuate defect. OCT RNFL 98 um OD, 88 um OS. IOP 15/16.
IMPRESSION: Early left compressive optic neuropathy. Tumor abuts the left optic nerve (2 mm on MRI). Recommend treatment; fractionated radiosurgery preferred over single fraction to protect the nerve. Repeat fields 3 months after treatment.
Noor Habibi-Lansing, MD
{FOOT}
"""),
        Doc("2_ck_treatment_summary.pdf", [[
            H1("CYBERKNIFE TREATMENT SUMMARY"),
            KeyValue([("System", "Accuray CyberKnife M6, Iris variable aperture collimator"), ("Planning", "Accuray Precision"),
                      ("Treatment dates", "11/09/2026 - 11/13/2026"), ("Fractions", "5 of 5 delivered")]),
            P("TARGET: Left anterior clinoid / medial sphenoid wing meningioma, 2.4 x 2.0 cm, 4.6 cc, 2 mm from the left optic nerve, 6 mm from the chiasm. GTV = enhancing tumour plus dural tail, PTV = GTV + 1 mm."),
            P("IMAGING AND IMMOBILIZATION: Aquaplast thermoplastic face mask with head cushion. Planning CT with contrast 1.25 mm (10/21/2026) fused with MRI 10/21/2026 (post-contrast 3D T1 and CISS)."),
            P("PRESCRIPTION: 25 Gy in 5 fractions (500 cGy per fraction) to the 78% isodose line, 187 non-isocentric beams, Iris 7.5-15 mm. Coverage 97.8%. Left optic nerve Dmax 24.1 Gy, chiasm Dmax 19.6 Gy, brainstem Dmax 12.0 Gy, left eye lens 0.9 Gy."),
            P("VERIFICATION: 6D Skull tracking with paired orthogonal kV images every 30-60 s; physics secondary MU check and film QA passed 11/06/2026."),
            P("SUMMARY: Left anterior clinoid meningioma, 25 Gy in 5 fractions, completed 11/13/2026."),
            sig("Hamish Tolliver-Osei, MD 11/16/2026"),
            P("Physics: Zainab Ellery, PhD"),
        ]], opts=dict(header=hdr(_c, 11), font="Helvetica")),
        Doc("3_therapist_daily.txt", text=f"""
SALLOWMERE CK - THERAPIST TREATMENT LOG   {patient(11)}   {mrn(11)}
11/09  Fx 1/5  500 cGy  6D skull tracking, 212 images, max correction 0.9 mm. 48 min.  - A. Pruitt RTT
11/10  Fx 2/5  500 cGy  tracking OK, 41 min.  - A. Pruitt RTT
11/11  Fx 3/5  500 cGy  tracking OK, mask snug, 43 min.  - J. Marsh RTT
11/12  Fx 4/5  500 cGy  tracking OK, 40 min. Pt reports mild headache, acetaminophen.  - J. Marsh RTT
11/13  Fx 5/5  500 cGy  tracking OK, 42 min. Course complete, cumulative 2500 cGy.  - A. Pruitt RTT
{FOOT}
"""),
    ])

# b31_12 -- pdf: CyberKnife lung 18 Gy x 3, Xsight Lung, fiducials not placed, PET for staging only -----------------
_c = "ASHGROVE THORACIC ONCOLOGY"
add(name="b31_12", kind="pdf", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT"], ["body_immobilization"]),
    lesions=[L("right lower lobe", "body", None, 54, 3)],
    categories=cats(),
    notes="Progress-note style CK lung summary: peripheral RLL adenocarcinoma 2.1 cm, 54 Gy in 3 fractions to the "
          "80% isodose on a CyberKnife S7 with Xsight Lung tracking and Synchrony. Fiducial placement was "
          "considered and not done (emphysema, FEV1 0.9 L); the staging PET/CT is reviewed but not used for "
          "planning; Vac-Lok bag. Many other numbers (pack-years, PFTs, 2024 prostate 70 Gy/28).",
    docs=[Doc("b31_12.pdf", [[
        H1("RADIATION ONCOLOGY - SBRT COMPLETION NOTE"),
        P("DATE: 11/18/2026"),
        P("HISTORY OF PRESENT ILLNESS: 78-year-old man, 60 pack-year former smoker, with a 2.1 cm peripheral right lower lobe adenocarcinoma (CT-guided biopsy 09/2026), cT1c N0 M0 by PET/CT 09/12/2026 (SUVmax 7.4, no nodal uptake). Medically inoperable: FEV1 0.9 L (38% predicted), DLCO 41%, home oxygen 2 L at night. History of prostate cancer treated with 70 Gy in 28 fractions in 2024, PSA 0.2."),
        P("PAST MEDICAL HISTORY: COPD GOLD 3, atrial fibrillation, CKD 3a (Cr 1.4), type 2 diabetes (HbA1c 7.2%)."),
        P("MEDICATIONS: Tiotropium/olodaterol 2.5/2.5 mcg 2 puffs daily, apixaban 5 mg twice daily, metformin 500 mg twice daily, tamsulosin 0.4 mg."),
        P("TREATMENT: Fiducial placement by navigational bronchoscopy was considered but not done because of the pneumothorax risk with emphysema; fiducial-free Xsight Lung tracking was feasible (lesion visible on both kV imagers in simulation). The patient was positioned supine in a Vac-Lok bag, arms down. Planning CT 10/20/2026 with breath-hold inhale and exhale series, 1.5 mm. The PET/CT of 09/12/2026 was reviewed for staging only and was not fused for contouring. GTV on the exhale CT, PTV = GTV + 5 mm. Prescription 54 Gy in 3 fractions (18 Gy per fraction) to the 80% isodose line, CyberKnife S7, Accuray Precision, 162 beams, Iris collimator. Chest wall D30cc 27.9 Gy, rib Dmax 43 Gy, lung V20 4.1%, bronchial tree Dmax 17.8 Gy. Physics second check and delivery QA passed."),
        RuledTable([("Fx", "Date", "Tracking", "Dose", "Note"),
                    ("1", "11/10/2026", "Xsight Lung + Synchrony", "18 Gy", "correlation error 1.8 mm"),
                    ("2", "11/12/2026", "Xsight Lung + Synchrony", "18 Gy", "tolerated"),
                    ("3", "11/14/2026", "Xsight Lung + Synchrony", "18 Gy", "course complete")]),
        P("REVIEW OF SYSTEMS: Fatigue grade 1, no chest pain, no hemoptysis, baseline dyspnea unchanged (mMRC 3)."),
        P("PHYSICAL EXAMINATION: BP 138/80, HR 78 irregular, SpO2 92% RA, weight 70.5 kg. ECOG 2. Diminished breath sounds bilaterally."),
        P("IMPRESSION AND PLAN: 1. Right lower lobe NSCLC: completed CyberKnife SBRT 54 Gy in 3 fractions 11/10-11/14/2026. CT chest in 3 months. 2. COPD: pulmonology follow-up. 3. Prostate cancer: PSA in 6 months with urology."),
        sig("Perpetua Nakamura-Holt, MD 11/18/2026"),
    ]], opts=dict(header=hdr(_c, 12), font="Times-Roman"))])


# ==================================================================================================
# Body and spine SBRT
# ==================================================================================================

# b31_13 -- bundle: med-onc + MRI spine + SBRT summary + therapist notes + superbill; RCC T11 and L2 ------------------
_c = "TOLLBRIDGE SPINE ONCOLOGY PROGRAM"
add(name="b31_13", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T11", "spinal", None, 24, 2), L("L2", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Five documents. Spinal metastases named by the primary in the med-onc note ('the spinal RCC "
          "deposits'); MRI report uses T1/T2/STIR sequence names next to T11, L1 (incidental hemangioma) "
          "and L2 and a T6 sclerotic focus not treated; SBRT 24 Gy in 2 fractions to T11 and L2 (L2 "
          "re-irradiated after 30 Gy/10 in 2024), BodyFIX; cabozantinib 60 mg, nivolumab 480 mg, labs; superbill.",
    docs=[
        Doc("1_medonc_note.txt", text=f"""
TOLLBRIDGE CANCER CENTRE - MEDICAL ONCOLOGY PROGRESS NOTE   10/12/2026
PATIENT: {patient(13)}   MRN: {mrn(13)}

HPI: 64-year-old man with metastatic clear cell RCC (right nephrectomy 2020) on nivolumab 480 mg every 4 weeks plus cabozantinib 60 mg daily (reduced to 40 mg in 08/2026 for hand-foot syndrome), now cycle 9. Lungs stable. Increasing mid-back pain 6/10 and new right L2 radicular pain. He had palliative radiation 30 Gy in 10 fractions to L1-L3 in 2024. MRI spine 10/08 shows progression of the spinal RCC deposits.

LABS: Hgb 11.8, Plt 188, Cr 1.31, Ca 10.1, albumin 3.6, ALP 141, TSH 2.0. Weight 92 kg. ECOG 1.

IMPRESSION AND PLAN: 1. RCC with progressing spinal deposits - refer to spine oncology for SBRT (radioresistant histology). Hold cabozantinib 1 week before and after. 2. Continue nivolumab. 3. Zoledronic acid 4 mg every 12 weeks.
Hiroshi Abernethy-Kaur, MD
{FOOT}
"""),
        Doc("2_mri_spine_report.pdf", [[
            H1("MRI THORACIC AND LUMBAR SPINE WITH AND WITHOUT CONTRAST"),
            P("DATE: 10/08/2026. SEQUENCES: sagittal T1, T2, STIR, post-contrast T1 fat-saturated; axial T2 and post-contrast T1."),
            P("FINDINGS: T11: T1-hypointense, STIR-hyperintense enhancing lesion replacing 60% of the vertebral body with right pedicle involvement and ventral epidural extension contacting the thecal sac without cord deformity (Bilsky 1b). L2: enhancing lesion of the vertebral body and left posterior elements, increased since 2024, no epidural disease. L1: T1- and T2-hyperintense typical hemangioma, unchanged. T6: 6 mm sclerotic focus, T1 and T2 dark, nonenhancing, likely bone island. No cord signal abnormality; conus at L1."),
            P("IMPRESSION: Progressive metastases at T11 (Bilsky 1b) and L2. Incidental L1 hemangioma and T6 bone island."),
            sig("Wilhelmina Prytz, MD 10/08/2026"),
        ]], opts=dict(header=["TOLLBRIDGE IMAGING SERVICES", f"{patient(13)}   {mrn(13)}"], font="Times-Roman")),
        Doc("3_sbrt_summary.pdf", [[
            H1("SPINE SBRT TREATMENT SUMMARY"),
            KeyValue([("Treatment unit", "Varian TrueBeam STx"), ("Treatment dates", "10/28/2026 and 10/30/2026"),
                      ("Immobilization", "Elekta BodyFIX vacuum cushion with wrap, arms up"),
                      ("Planning imaging", "CT simulation 1.25 mm (10/20/2026) fused with MRI spine 10/20/2026 (T1, T2, post-contrast) and CT myelogram not needed")]),
            RuledTable([("Target", "Volume", "Rx", "Fx", "Cord / cauda constraint", "Achieved"),
                        ("PTV_T11 (body + right pedicle, CTV per consensus)", "38.2 cc", "24 Gy", "2", "cord Dmax 17 Gy", "15.8 Gy"),
                        ("PTV_L2 (body + left posterior elements, re-irradiation)", "44.9 cc", "24 Gy", "2", "cauda Dmax 20 Gy", "18.3 Gy")]),
            P("Plan: Eclipse, 2 VMAT arcs per isocentre, 6 MV FFF, 2 isocentres. Physics second check and portal dosimetry passed. Daily CBCT with 6DoF couch correction, repeat CBCT between isocentres, MD approval each fraction."),
            P("SUMMARY: T11 metastasis 24 Gy in 2 fractions; L2 metastasis 24 Gy in 2 fractions (cumulative L2 with the 2024 course, 30 Gy/10, within tolerance). Completed 10/30/2026."),
            sig("Ingrid Solberg-Mwangi, MD 11/02/2026"),
        ]], opts=dict(header=hdr(_c, 13), font="Helvetica")),
        Doc("4_therapist_notes.txt", text=f"""
TOLLBRIDGE - RT DAILY NOTES   {patient(13)}   {mrn(13)}   TrueBeam STx
10/28/2026 Fx 1/2 BodyFIX. Iso 1 (T11): CBCT, 6DoF shifts applied, MD approved; 1200 cGy. Iso 2 (L2): CBCT, approved; 1200 cGy.  - C. Adeyemi RTT
10/30/2026 Fx 2/2 BodyFIX. Iso 1 (T11) CBCT approved, 1200 cGy (cum 2400). Iso 2 (L2) CBCT approved, 1200 cGy (cum 2400). Course complete.  - C. Adeyemi RTT
{FOOT}
"""),
        Doc("5_superbill.pdf", [[
            H1("CHARGE SHEET"),
            TextTable([("CPT", "Qty", "Description"), ("77373", "2", "SBRT delivery per fx"), ("77435", "1", "SBRT management"),
                       ("63620", "1", "Spinal SRS first lesion"), ("63621", "1", "Each addl spinal lesion"), ("77014", "2", "CT guidance")],
                      columns=(0, 60, 110)),
            P("DOS 10/28-10/30/2026. Listing a code here is not documentation of the service."),
        ]], opts=dict(header=hdr(_c, 13), font="Courier")),
    ])

# b31_14 -- ehr_text: liver SBRT 10 Gy x 5 with fiducials + compression; summary says 3 fractions ------------------------
_c = "FENWICK MOSS HEPATOBILIARY UNIT"
add(name="b31_14", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("segment VII hepatocellular carcinoma", "body", None, 50, 5)],
    categories=cats(),
    contradiction="The completion summary says 50 Gy in 3 fractions, while the plan and the dated treatment log "
                  "give 10 Gy x 5 = 50 Gy in 5 fractions.",
    notes="EHR export: hepatology clinic note (Child-Pugh A6, AFP 412 -> 88 ng/mL, two prior TACE, sorafenib "
          "stopped), SBRT plan note with three gold fiducials and abdominal compression, 4DCT + MRI, TrueBeam "
          "10 Gy x 5, a five-row treatment log, and a completion summary that says 3 fractions (self-contradiction).",
    docs=[Doc("b31_14.txt", text=f"""
{_c}
PATIENT: {patient(14)}   MRN: {mrn(14)}
----------------------------------------------------------------------
HEPATOLOGY CLINIC NOTE   09/30/2026   Dr. Emeric Santangelo
HISTORY OF PRESENT ILLNESS: 69-year-old man with hepatitis C cirrhosis (SVR 2019) and a 3.2 cm hepatocellular carcinoma in segment VII, LI-RADS 5, treated with conventional TACE twice (03/2026, 06/2026) with residual arterial enhancement. AFP 412 ng/mL in 06/2026, 88 ng/mL now. Sorafenib 400 mg twice daily stopped after 6 weeks for grade 3 hand-foot reaction. Not a transplant candidate (age, cardiac history). Child-Pugh A6, MELD 9, bilirubin 1.3 mg/dL, albumin 3.4 g/dL, INR 1.1, platelets 96. ECOG 1.
PLAN: 1. Refer for SBRT to the residual segment VII tumour. 2. Variceal screening EGD done 08/2026: small varices, on carvedilol 6.25 mg twice daily. 3. Ultrasound/AFP every 3 months.
----------------------------------------------------------------------
RADIATION ONCOLOGY - SBRT PLAN NOTE   10/16/2026   Dr. Marisa Oyelowo-Penn
Three gold fiducial markers were placed around the tumour by interventional radiology on 10/07/2026. Simulation 10/14/2026 supine in a BodyFIX cushion with an abdominal compression plate; 4DCT with IV contrast (amplitude 6 mm with compression) fused to a liver MRI 10/13/2026 (gadoxetate, hepatobiliary phase). GTV on the MRI and arterial phase, ITV from the 4DCT, PTV = ITV + 5 mm. Prescription 50 Gy in 5 fractions, 10 Gy per fraction, to the 80% isodose, 2 VMAT arcs, 10 MV FFF, TrueBeam, Eclipse. Normal liver (700 cc) < 15 Gy: 1010 cc spared; duodenum Dmax 27.1 Gy; stomach Dmax 26.4 Gy; right kidney mean 4 Gy. Physics second check and patient-specific QA passed 10/22/2026.
----------------------------------------------------------------------
TREATMENT LOG (TrueBeam 2)
Fx 1  10/26/2026  1000 cGy  CBCT matched to fiducials, MD approved  cum 1000
Fx 2  10/28/2026  1000 cGy  CBCT matched to fiducials, approved     cum 2000
Fx 3  10/30/2026  1000 cGy  CBCT matched to fiducials, approved     cum 3000
Fx 4  11/02/2026  1000 cGy  CBCT matched to fiducials, approved     cum 4000
Fx 5  11/04/2026  1000 cGy  CBCT matched to fiducials, approved     cum 5000
----------------------------------------------------------------------
COMPLETION SUMMARY   11/06/2026   Dr. Marisa Oyelowo-Penn
Completed SBRT to the segment VII hepatocellular carcinoma, total 50 Gy in 3 fractions, 10/26-11/04/2026, with fiducial-based CBCT guidance and abdominal compression. Tolerated well: grade 1 fatigue and nausea (ondansetron 4 mg prn). Labs 11/04: bilirubin 1.4, ALT 44, platelets 91. Plan: liver MRI and AFP in 3 months, hepatology follow-up.
{FOOT}
""")])

# b31_15 -- scan (120 dpi, faxed, RECEIVED stamp): prostate SBRT 7.25 Gy x 5 with fiducials; 63620 claimed ---------
_c = "GREYFRIARS UROLOGY & RADIATION ASSOCIATES"
_s = "11/23/2026 11:26"
add(name="b31_15", kind="scan", codes=["77373", "77435", "63620"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Faxed and scanned at 120 dpi, fax header on each of 2 pages, 'RECEIVED NOV 23 2026' stamp line. "
          "Urology/radiation note: unfavourable-intermediate prostate cancer, leuprolide 22.5 mg depots, PSA "
          "series, Gleason 4+3; three gold markers + SpaceOAR, CT + MRI, Vac-Lok leg immobilizer, TrueBeam "
          "7.25 Gy x 5 = 36.25 Gy. The claimed 63620 has no spinal lesion: inconsistent.",
    docs=[Doc("b31_15.pdf", [
        [fax(_s, "GREYFRIARS URO-RAD", "555-0166", 1, 2),
         P("RECEIVED NOV 23 2026"),
         H1("PROSTATE SBRT - TREATMENT NOTE AND SUMMARY"),
         P("HISTORY OF PRESENT ILLNESS: 72-year-old man, PSA 8.4 ng/mL (05/2026), MRI prostate PI-RADS 4 left peripheral zone 1.4 cm, fusion biopsy Gleason 4+3=7 (grade group 3) in 4 of 14 cores, cT2a N0 M0 on PSMA PET (staging only). Unfavourable intermediate risk. Leuprolide 22.5 mg IM every 3 months started 07/2026 (two depots given, 6 months planned); PSA 1.9 ng/mL on 10/20/2026. Testosterone 18 ng/dL."),
         P("PAST MEDICAL HISTORY: Hypertension, hyperlipidaemia, BPH with IPSS 14, prior TURP none."),
         P("PROCEDURES: 09/28/2026, three gold fiducial markers placed transperineally and SpaceOAR hydrogel inserted (Dr. Lambourne, urology)."),
         P("SIMULATION AND PLANNING: 10/06/2026 supine with a Vac-Lok knee-and-foot immobilizer, comfortably full bladder and empty rectum. Planning CT 1.5 mm fused with MRI pelvis (T2 axial 3 mm) of the same day for prostate contouring. CTV = prostate + proximal 1 cm seminal vesicles, PTV = CTV + 5 mm (3 mm posterior). Rx 36.25 Gy in 5 fractions (725 cGy per fraction), 2 VMAT arcs, TrueBeam, Eclipse. Rectum D1cc 33.9 Gy, bladder D10cc 35.2 Gy, urethra Dmax 38.4 Gy, femoral heads < 14 Gy."),
        ],
        [fax(_s, "GREYFRIARS URO-RAD", "555-0166", 2, 2),
         RuledTable([("Fx", "Date", "IGRT", "Dose"), ("1", "11/02/2026", "kV fiducial match + CBCT", "7.25 Gy"),
                     ("2", "11/04/2026", "kV fiducial match + CBCT", "7.25 Gy"), ("3", "11/06/2026", "kV fiducial match + CBCT", "7.25 Gy"),
                     ("4", "11/09/2026", "kV fiducial match + CBCT", "7.25 Gy"), ("5", "11/11/2026", "kV fiducial match + CBCT", "7.25 Gy")]),
         P("Intrafraction kV triggered imaging every 60 degrees of arc, all fiducial deviations < 2 mm. Physics second check and portal dosimetry passed before fraction 1."),
         P("SUMMARY: SBRT to the prostate and proximal seminal vesicles, 36.25 Gy in 5 fractions, 11/02-11/11/2026, completed as planned. IPSS 18 at completion, tamsulosin 0.4 mg started. No GI toxicity."),
         P("PLAN: Complete 6 months of ADT (next leuprolide 22.5 mg due 01/2027); PSA and testosterone in 3 months."),
         P("Charges: 77373 x5, 77435, 63620, 77334, 77300 x2."),
         sig("Clementine Baptiste-Orr, MD 11/13/2026"),
        ]], opts=dict(header=hdr(_c, 15), scan=True, scan_dpi=120, font="Helvetica"))])

# b31_16 -- bundle: tumour board + SBRT summary + nursing on-treatment note + labs; lung + adrenal same sessions ---------
_c = "OAKENSHAW REGIONAL CANCER NETWORK"
add(name="b31_16", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe", "body", None, 50, 5), L("left adrenal", "body", None, 40, 5)],
    categories=cats(),
    notes="Four documents: thoracic tumour-board note (oligoprogression on pembrolizumab after carboplatin AUC 5 + "
          "pemetrexed 500 mg/m2 x4; a right hilar node 'for surveillance' is not treated), SBRT summary (Versa HD, "
          "Vac-Lok, 4DCT with PET/CT fused for delineation; RUL primary 50 Gy/5, left adrenal 40 Gy/5 in the "
          "same five sessions), nursing on-treatment note, lab report with CEA and LFTs.",
    docs=[
        Doc("1_tumor_board.txt", text=f"""
OAKENSHAW REGIONAL CANCER NETWORK - THORACIC TUMOUR BOARD   09/29/2026
PATIENT: {patient(16)}   MRN: {mrn(16)}

CASE: 63-year-old woman, stage IV lung adenocarcinoma (PD-L1 60%, no driver), diagnosed 01/2025 with a left adrenal metastasis. Carboplatin AUC 5 + pemetrexed 500 mg/m2 + pembrolizumab 200 mg every 3 weeks x 4 cycles, then pemetrexed/pembrolizumab maintenance, now cycle 26. PET/CT 09/18/2026: increasing FDG uptake in the right upper lobe primary (2.4 cm, SUV 8.1) and the left adrenal (3.0 cm, SUV 9.6); everything else quiescent; a 9 mm right hilar node SUV 2.3, equivocal.
RECOMMENDATION: SBRT to the RUL primary and the left adrenal metastasis for oligoprogression; continue pembrolizumab; right hilar node for surveillance only (not a target). Brain MRI 09/2026 negative.
{FOOT}
"""),
        Doc("2_sbrt_summary.pdf", [[
            H1("STEREOTACTIC BODY RADIOTHERAPY - COURSE SUMMARY"),
            KeyValue([("Unit", "Elekta Versa HD, XVI CBCT"), ("Dates", "10/19/2026 - 10/26/2026"), ("Sessions", "5")]),
            P("SIMULATION: 10/08/2026 supine in a Vac-Lok cushion, arms above head. 4DCT (10 phases) with contrast; the PET/CT of 09/18/2026 was deformably registered and fused in Monaco to delineate the RUL tumour and the adrenal metastasis."),
            RuledTable([("Target", "ITV/PTV", "Dose/fx", "Fx", "Total"),
                        ("RUL primary (PTV_RUL)", "ITV + 5 mm", "10 Gy", "5", "50 Gy"),
                        ("Left adrenal metastasis (PTV_LAdr)", "ITV + 5 mm", "8 Gy", "5", "40 Gy")]),
            P("Monaco VMAT, 2 isocentres, 6 MV FFF. OAR: lung V20 6.2%, proximal bronchial tree Dmax 31 Gy, stomach Dmax 29.8 Gy, left kidney V17.5 Gy 12%, spinal cord Dmax 16.4 Gy. Physics check and Delta4 QA passed. XVI CBCT before each isocentre every session, matched to the ITV, physician approved."),
            P("DELIVERED: right upper lobe primary 50 Gy in 5 fractions; left adrenal metastasis 40 Gy in 5 fractions; both treated in each of the sessions on 10/19, 10/20, 10/22, 10/23 and 10/26/2026."),
            sig("Lucan Fairbrother-Idowu, MD 10/28/2026"),
        ]], opts=dict(header=hdr(_c, 16), font="Helvetica")),
        Doc("3_nursing_ontreatment.txt", text=f"""
OAKENSHAW RADIATION NURSING - ON-TREATMENT ASSESSMENT   10/22/2026
PATIENT: {patient(16)}   MRN: {mrn(16)}
Session 3 of 5 today. Wt 58.4 kg (59.1 kg at sim). BP 122/70, HR 88, SpO2 96%. Fatigue grade 1. Mild epigastric discomfort since session 2, no vomiting; omeprazole 20 mg daily started per Dr. Fairbrother-Idowu. Cough unchanged, no hemoptysis. Pembrolizumab cycle 27 due 11/02. Education: hydration, small meals. - Winifred Agboola, RN, OCN
{FOOT}
"""),
        Doc("4_labs.pdf", [[
            H1("LABORATORY REPORT"),
            P("Collected 10/16/2026 07:55"),
            RuledTable([("Test", "Result", "Reference"), ("WBC", "5.2", "4.0-11.0 K/uL"), ("Hemoglobin", "11.2", "12.0-15.5 g/dL"),
                        ("Platelets", "201", "150-400 K/uL"), ("Creatinine", "0.84", "0.5-1.1 mg/dL"), ("AST", "24", "< 35 U/L"),
                        ("ALT", "19", "< 35 U/L"), ("TSH", "4.8", "0.4-4.5 mIU/L"), ("Cortisol AM", "14.2", "5-23 ug/dL"),
                        ("CEA", "12.6", "< 3.0 ng/mL")]),
        ]], opts=dict(header=["OAKENSHAW PATHOLOGY LABORATORY", f"{patient(16)}   {mrn(16)}"], font="Courier")),
    ])

# b31_17 -- bundle: fax cover + discharge summary + pathology + SBRT procedure note; T4 18 Gy x 1 during the stay -----
_c = "ROOKHAVEN MEMORIAL HOSPITAL"
add(name="b31_17", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("T4", "spinal", None, 18, 1)],
    categories=cats(),
    notes="Four documents: fax cover, hospital discharge summary (pain crisis, numbered problems, palbociclib 125 mg "
          "days 1-21 + letrozole 2.5 mg, prior 50 Gy/25 chest wall and 8 Gy x 1 left hip), CT-guided T4 biopsy "
          "pathology (ER 95%, HER2 1+), single-fraction spine SBRT 18 Gy to T4 on a Versa HD in a head-neck-"
          "shoulder mask on hospital day 3. C1 and L1 appear as anatomy only. Single-fraction spine: 77373.",
    docs=[
        Doc("0_fax_cover.pdf", [cover("Rookhaven Memorial HIM", "555-0124", "11/13/2026", 6, "Inpatient SBRT 11/04/2026")],
            opts=dict(header=hdr(_c, 17), font="Helvetica")),
        Doc("1_discharge_summary.txt", text=f"""
{_c} - DISCHARGE SUMMARY
PATIENT: {patient(17)}   MRN: {mrn(17)}   ADMITTED: 11/02/2026   DISCHARGED: 11/06/2026
ATTENDING: Felicity Oduya-Brandt, MD (Oncology Hospitalist)

PRINCIPAL DIAGNOSIS: Intractable thoracic back pain due to T4 vertebral metastasis, breast cancer.
SECONDARY DIAGNOSES: 1. Metastatic ER-positive breast cancer. 2. Opioid-induced constipation. 3. Hypokalemia. 4. Anxiety.

HISTORY OF PRESENT ILLNESS: 49-year-old woman with left breast cancer (2021) treated with lumpectomy, dose-dense AC-T and 50 Gy in 25 fractions to the left breast; bone recurrence 2025 (left hip, treated with 8 Gy in 1 fraction) on palbociclib 125 mg days 1-21 of 28 plus letrozole 2.5 mg daily, cycle 14. Admitted with 9/10 mid-thoracic pain despite oxycodone 10 mg q4h.

HOSPITAL COURSE:
1. T4 metastasis. MRI total spine 11/02: destructive T4 lesion with left paraspinal extension and epidural disease without cord compression (Bilsky 1a); no lesion at C1 (the dens and the C1 ring are normal); L1 small stable sclerotic metastasis, asymptomatic. CT-guided biopsy of T4 on 11/03 (to confirm receptor status, see pathology). Radiation oncology delivered single-fraction stereotactic body radiotherapy to T4 on 11/04/2026 (hospital day 3), 18 Gy in 1 fraction (see procedure note). L1 not treated at this time. Pain 3/10 by discharge.
2. Pain. Dexamethasone 8 mg then 4 mg twice daily x 3 days (flare prophylaxis), oxycodone ER 20 mg q12h plus 5 mg q4h prn.
3. Constipation. Senna-docusate, polyethylene glycol 17 g daily.
4. Hypokalemia. K 3.1, repleted with 60 mEq KCl, 3.9 at discharge.
5. Breast cancer. Palbociclib held during admission, resume 11/09 (day 1 cycle 15). CA 27-29 88 U/mL.

DISCHARGE CONDITION: Good, ambulating independently. ECOG 1.
FOLLOW-UP: Radiation oncology 4 weeks; medical oncology 11/09; MRI spine 3 months.
F. Oduya-Brandt, MD   11/06/2026
{FOOT}
"""),
        Doc("2_pathology.pdf", [[
            H1("SURGICAL PATHOLOGY REPORT"),
            KeyValue([("Specimen", "T4 vertebral body, CT-guided core biopsy (x3, 11 gauge)"), ("Collected", "11/03/2026"), ("Signed out", "11/05/2026")]),
            P("DIAGNOSIS: Metastatic carcinoma, consistent with breast primary (GATA3 positive, TTF-1 negative)."),
            P("BIOMARKERS: ER positive (95%, strong), PR positive (20%, moderate), HER2 IHC 1+ (HER2-low). Ki-67 25%."),
            sig("Augustin Feldmann-Ruiz, MD, Pathology"),
        ]], opts=dict(header=["ROOKHAVEN PATHOLOGY", f"{patient(17)}   {mrn(17)}"], font="Times-Roman")),
        Doc("3_sbrt_procedure_note.txt", text=f"""
{_c} - RADIATION ONCOLOGY
STEREOTACTIC BODY RADIOTHERAPY PROCEDURE NOTE   11/04/2026
PATIENT: {patient(17)}   MRN: {mrn(17)}   INPATIENT, ROOM 6-412

INDICATION: Painful T4 breast cancer metastasis with paraspinal and epidural extension (Bilsky 1a), prior radiation to the left breast (not overlapping T4 in a meaningful way: max 4 Gy to T4 in 2021). KPS 70.

SIMULATION AND PLANNING (11/03/2026): Supine in a long head-neck-shoulder thermoplastic mask on a Posifix base; CT simulation 1 mm, fused with the MRI of 11/02 (T1, T2, post-contrast T1). CTV = T4 body, left pedicle, left lamina and paraspinal component; PTV = CTV + 2 mm, trimmed off the cord PRV. Rx 18 Gy in 1 fraction, Monaco VMAT 2 arcs, Elekta Versa HD. Cord (true cord) Dmax 11.8 Gy, esophagus D5cc 13.6 Gy. Physics second check and ArcCHECK QA passed same day.

DELIVERY: 11/04/2026, fraction 1 of 1. XVI cone-beam CT with HexaPOD 6D correction, verification CBCT between arcs; shifts reviewed and approved by me at the console. 18 Gy delivered to T4. Tolerated well; transported back to the ward.

Ezra Halvorsen-Diaz, MD, Radiation Oncology
{FOOT}
"""),
    ])


# ==================================================================================================
# Hard negatives and near-misses
# ==================================================================================================

# b31_18 -- ehr_text: Gamma Knife consult + pre-procedure call + cancellation; superbill pre-filled ---------------------
_c = "YARROWDALE NEUROSURGICAL ASSOCIATES"
add(name="b31_18", kind="ehr_text", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: Gamma Knife consultation for three small-cell metastases with a frame planned for "
          "11/12/2026, a pre-procedure nursing call, then a cancellation note the morning of treatment "
          "(platelets 38 K after carboplatin/etoposide, then decision for hippocampal-sparing WBRT elsewhere). "
          "No frame placed, planning MRI never acquired; a pre-filled charge list is attached.",
    docs=[Doc("b31_18.txt", text=f"""
{_c} / YARROWDALE GAMMA KNIFE
PATIENT: {patient(18)}   MRN: {mrn(18)}

*** CONSULTATION   10/29/2026   Dr. Perpetua Vandermeer ***
REASON FOR CONSULTATION: Brain metastases.
HISTORY OF PRESENT ILLNESS: 60-year-old man with extensive-stage small cell lung cancer diagnosed 08/2026, on carboplatin AUC 5 day 1 plus etoposide 100 mg/m2 days 1-3 with atezolizumab 1200 mg every 21 days, cycle 4 given 10/20/2026. Prophylactic cranial irradiation was never given. MRI brain 10/24/2026: three metastases, right frontal 8 mm, left parietal 6 mm, right cerebellar 11 mm.
PHYSICAL EXAMINATION: BP 134/82, HR 90, weight 77 kg. KPS 80. Neuro intact.
IMPRESSION AND PLAN: 1. Three small brain metastases. Options: hippocampal-avoidance WBRT 30 Gy in 10 fractions versus Gamma Knife radiosurgery 20 Gy to each lesion. After discussion he chose Gamma Knife. 2. Plan: Leksell frame placement and stereotactic MRI on the morning of 11/12/2026, GK the same day. 3. CBC and platelets required > 50 K on 11/11.

*** NURSING PRE-PROCEDURE CALL   11/10/2026 ***
Reviewed NPO after midnight, arrive 06:30, driver required, lorazepam 1 mg to take at home. Labs ordered for 11/11.

*** PROCEDURE CANCELLATION NOTE   11/12/2026 07:05   Dr. Perpetua Vandermeer ***
Labs 11/11: platelets 38 K, ANC 0.9, Hgb 8.1. Frame placement and radiosurgery CANCELLED this morning before any procedure; no frame was applied, no stereotactic imaging was performed, no treatment given. Patient sent to infusion for 1 unit PRBC.

*** TELEPHONE NOTE   11/16/2026 ***
Patient and wife decided, with Dr. Tamsin Achebe (medical oncology), to proceed with hippocampal-avoidance WBRT closer to home at Riverside instead of rescheduling Gamma Knife. Our case closed.

*** CHARGE LIST (pre-filled 10/29, not billed) ***
77371 x1, 77432 x1, 61796 x1, 61797 x2, 61800 x1
{FOOT}
""")])

# b31_19 -- bundle: spine SBRT planned, converted to conventional 30 Gy/10 for cord compression; SBRT codes claimed -----
_c = "BELLWEATHER VALLEY CANCER CENTER"
add(name="b31_19", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 10, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T8-T10", "spinal", None, 30, 10)],
    categories=cats(),
    notes="Near-miss, four documents: spine SBRT consult for a T9 prostate-cancer metastasis (27 Gy/3 planned), "
          "simulation note, on-treatment notes (new cord compression before fraction 1, SBRT plan abandoned, "
          "re-planned 3D-conformal 30 Gy in 10 fractions to T8-T10), completion summary. Ten fractions "
          "delivered: every claimed SBRT/spinal-SRS code is inconsistent, no delivery code.",
    docs=[
        Doc("1_sbrt_consult.txt", text=f"""
{_c} - RADIATION ONCOLOGY CONSULTATION   10/05/2026
PATIENT: {patient(19)}   MRN: {mrn(19)}
HISTORY OF PRESENT ILLNESS: 74-year-old man with metastatic castration-resistant prostate cancer (Gleason 4+5, dx 2019), on enzalutamide 160 mg daily and leuprolide 45 mg every 6 months, PSA rising 4.2 -> 11.7 ng/mL. PSMA PET 09/2026: solitary avid T9 vertebral metastasis. Prior radiation: prostate 78 Gy in 39 fractions (2019).
IMPRESSION AND PLAN: Oligoprogressive T9 metastasis. Recommend spine SBRT 27 Gy in 3 fractions. Simulation with BodyFIX and MRI fusion next week.
Fintan Abernathy-Okoro, MD
{FOOT}
"""),
        Doc("2_simulation_note.txt", text=f"""
{_c} - SIMULATION NOTE   10/12/2026
PATIENT: {patient(19)}   MRN: {mrn(19)}
CT simulation 1.25 mm supine in a BodyFIX vacuum cushion; MRI thoracic spine 10/12/2026 (T1, T2, post-contrast) for fusion. SBRT plan to T9 (27 Gy/3) to be generated. Start planned 10/21/2026.
F. Abernathy-Okoro, MD
{FOOT}
"""),
        Doc("3_on_treatment_notes.txt", text=f"""
{_c} - PHYSICIAN ON-TREATMENT NOTES
PATIENT: {patient(19)}   MRN: {mrn(19)}

10/20/2026: Called by the patient: new bilateral leg weakness and numbness since yesterday. Sent to ED. MRI: progression at T9 with extension to T8 and T10 and epidural disease compressing the cord (Bilsky 3). Neurosurgery: not a surgical candidate. Dexamethasone 10 mg IV then 4 mg q6h. SBRT is no longer appropriate and the 27 Gy/3 plan is cancelled. Will treat urgently with conventional radiation 30 Gy in 10 fractions, 3D conformal, T7-T11 fields covering T8-T10 with margin. Re-simulated today on CT in the same BodyFIX cushion, fused with today's MRI.
10/23/2026 (fx 3/10): AP/PA 18 MV, 300 cGy daily, daily kV imaging. Strength 4/5 improving.
10/30/2026 (fx 8/10): Tolerating. Mild esophagitis, magic mouthwash. Dexamethasone taper 2 mg twice daily.
F. Abernathy-Okoro, MD
{FOOT}
"""),
        Doc("4_completion_summary.pdf", [[
            H1("RADIATION TREATMENT COMPLETION SUMMARY"),
            KeyValue([("Site", "Thoracic spine T8-T10 (T7-T11 fields)"), ("Technique", "3D conformal, AP/PA, 18 MV, TrueBeam"),
                      ("Dose", "30 Gy in 10 fractions, 300 cGy daily"), ("Dates", "10/21/2026 - 11/03/2026"),
                      ("Immobilization", "BodyFIX cushion"), ("Imaging", "CT simulation fused with MRI 10/20/2026; daily kV imaging")]),
            P("Plan: PTV = T8-T10 vertebral bodies and epidural disease + 1 cm, Eclipse 3D plan, dose prescribed to midplane; physics weekly chart checks done. The originally planned SBRT (27 Gy/3 to T9) was not delivered because of cord compression."),
            P("DELIVERED: T8-T10, 30 Gy in 10 fractions, completed 11/03/2026. Ambulating with a walker at completion. Continue enzalutamide; consider lutetium-PSMA with medical oncology."),
            sig("Fintan Abernathy-Okoro, MD 11/05/2026"),
            P("Charge entry: 77373, 77435, 63620 (entered from the original SBRT order)."),
        ]], opts=dict(header=hdr(_c, 19), font="Helvetica")),
    ])

# b31_20 -- pdf: neuro-oncology follow-up after an earlier SRS course; new lesion, SRS recommended only ----------------
_c = "IVYBRIDGE NEURO-ONCOLOGY CLINIC"
add(name="b31_20", kind="pdf", codes=["77372", "77432", "61796"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: follow-up note five months after a 06/2026 TrueBeam SRS course (three lesions with doses, "
          "mask, CBCT, all described at length). Today's MRI shows response, one site with possible radionecrosis "
          "and a new 6 mm right cerebellar lesion for which SRS 20 Gy x 1 is recommended and a planning MRI "
          "'will be obtained'. Nothing delivered in this episode.",
    docs=[Doc("b31_20.pdf", [[
        H1("NEURO-ONCOLOGY FOLLOW-UP VISIT"),
        P("DATE OF VISIT: 11/23/2026.  PROVIDER: Solveig Achterberg-Mensah, MD."),
        P("HISTORY OF PRESENT ILLNESS: 57-year-old woman with triple-negative breast cancer metastatic to lung and brain. On 06/15/2026 she received single-fraction linac radiosurgery on the TrueBeam at our centre: left frontal 20 Gy, right parietal 20 Gy and left occipital 18 Gy, using a frameless Encompass mask, planning CT fused with MRI, and CBCT with 6DoF correction before treatment. She then continued sacituzumab govitecan 10 mg/kg days 1 and 8 every 21 days (now cycle 9). MRI brain 11/18/2026: left frontal and right parietal lesions smaller; left occipital lesion larger with a T1/T2 mismatch and low rCBV on perfusion, favouring radionecrosis; NEW 6 mm enhancing lesion in the right cerebellar hemisphere."),
        P("MEDICATIONS: Sacituzumab govitecan 10 mg/kg (weight 61 kg), loperamide prn, G-CSF pegfilgrastim 6 mg with each cycle, levetiracetam 500 mg twice daily."),
        P("REVIEW OF SYSTEMS: Mild headaches 3/10, no seizures, no visual change. Diarrhea grade 1."),
        P("PHYSICAL EXAMINATION: BP 124/78, HR 82, afebrile. KPS 80, ECOG 1. Neurologically intact; finger-nose normal."),
        P("LABS: ANC 1.8, Hgb 10.4, Plt 168, Cr 0.7, ALT 22, bilirubin 0.5."),
        P("IMPRESSION AND PLAN:"),
        BulletList(["New 6 mm right cerebellar metastasis: recommend single-fraction SRS, 20 Gy in 1 fraction on the TrueBeam. A thin-slice planning MRI will be obtained and a new mask made at simulation; we will schedule once she confirms. Not yet simulated.",
                    "Left occipital lesion, probable radionecrosis: dexamethasone 2 mg daily for 2 weeks; repeat perfusion MRI in 8 weeks; bevacizumab if symptomatic.",
                    "Triple-negative breast cancer: continue sacituzumab per Dr. Oyelaran.",
                    "Seizure prophylaxis: continue levetiracetam."], numbered=True),
        sig("Solveig Achterberg-Mensah, MD 11/23/2026"),
        P("Pre-authorization request submitted for: 77372, 77432, 61796."),
    ]], opts=dict(header=hdr(_c, 20), font="Helvetica"))])


CORPUS = Corpus("blind_corpus31", "tests/blind_corpus31", CHARTS, pdf_options={"footer": FOOT, "font": "Helvetica"},
                hand_written=["README.md", "FIRST_RUN.md"])
