"""Thirty-eighth blind corpus, ``tests/blind_corpus38/`` (regenerate: ``python scripts/make_corpus.py blind_corpus38``).

A tuning corpus (not held out) of twenty courses written in the shapes stereotactic treatment takes in
publicly available text: medical-transcription "sample reports" (a TITLE line, PREOPERATIVE DIAGNOSIS:,
POSTOPERATIVE DIAGNOSIS:, PROCEDURE:, INDICATIONS:, DESCRIPTION OF PROCEDURE: with long run-on paragraphs,
headings inline in a paragraph, a whole report on one line), journal case reports and case-series paragraphs
(Methods-like sentences, citations in brackets, figure references, follow-up MRI), teaching-file, radiology
report and discharge-summary hybrids in bundles, and three hard negatives of public-text shapes (a
patient-education leaflet, a literature-review paragraph, a clinical-trial eligibility summary). Every clinic,
clinician and system is invented. Three charts contradict themselves (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (transcribed and published text is deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import BulletList, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ARABELLA", "BARTHOLOMEW", "CLEMENTINE", "DEMETRIUS", "EGLANTINE", "FLORIAN", "GRISELDA", "HILARION",
         "IMOGEN", "JOACHIM", "KETURAH", "LUCIUS", "MELISANDE", "NORBERT", "ORIANA", "PROSPER", "QUILLON",
         "ROWENA", "SEVERIN", "THEODORA"]


def patient(n: int) -> str:
    return f"THIRTYEIGHTPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-380{n:02d}"


def hdr(clinic: str, n: int, extra: str = "") -> list[str]:
    return [clinic, f"Patient: {patient(n)}    MRN: {mrn(n)}" + (f"    {extra}" if extra else "")]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Medical-transcription sample reports (8)
# ==================================================================================================

# b38_01 -- txt: classic transcription sample, Gamma Knife frame placement + radiosurgery, 3 metastases ---------
add(name="b38_01", kind="text", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 3, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right frontal", "cranial", S, 20, 1), L("left parietal", "cranial", S, 20, 1),
             L("left cerebellar", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Public transcription-sample shape: TITLE line, PREOPERATIVE/POSTOPERATIVE DIAGNOSIS, PROCEDURES as a "
          "numbered list inside one line, ANESTHESIA, INDICATIONS and a single run-on DESCRIPTION OF PROCEDURE "
          "paragraph: frame under local with four pins, stereotactic MRI with the localizer box and CT fused, three "
          "metastases (right frontal 20 Gy, left parietal 20 Gy, left cerebellar 18 Gy, all at the 50% isodose "
          "line, shots per target), coordinates verified by the neurosurgeon and the physicist before each run, "
          "frame removed. The 'maximum dose 40 Gy' and 'brainstem under 12 Gy' are not prescriptions.",
    docs=[Doc("b38_01.txt", text=f"""
SAMPLE TYPE / SPECIALTY: Neurosurgery - Radiation Oncology
SAMPLE NAME: Gamma Knife Radiosurgery With Frame Application
PATIENT: {patient(1)}    MRN: {mrn(1)}    DATE OF PROCEDURE: 03/11/2026
FACILITY: Quarrymoor Neurosciences Institute, Radiosurgery Suite B

TITLE OF OPERATION: Stereotactic head frame application and Gamma Knife radiosurgery of three brain metastases.

PREOPERATIVE DIAGNOSIS: Metastatic non-small cell lung carcinoma to the brain, three lesions.

POSTOPERATIVE DIAGNOSIS: Metastatic non-small cell lung carcinoma to the brain, three lesions.

PROCEDURES: 1. Application of stereotactic head frame under local anesthesia. 2. Stereotactic MRI and CT for target localization. 3. Gamma Knife radiosurgery, three targets, single session.

SURGEON: Ignatius Pelloquin-Hart, MD
RADIATION ONCOLOGIST: Marisol Achterberg, MD
MEDICAL PHYSICIST: Dunstan Ofori-Lisle, PhD

ANESTHESIA: Local anesthesia with 1% lidocaine and 0.5% bupivacaine, oral lorazepam 1 mg.

ESTIMATED BLOOD LOSS: Minimal from the pin sites.

COMPLICATIONS: None.

INDICATIONS: The patient is a 64-year-old right-handed gentleman with a history of adenocarcinoma of the left upper lobe treated with chemoradiation last year who presented with word-finding difficulty and mild left-hand clumsiness, and MRI of the brain demonstrated three enhancing lesions, the largest in the left cerebellar hemisphere measuring 2.4 cm, with the others in the right frontal lobe measuring 1.6 cm and the left parietal lobe measuring 0.9 cm, and after discussion at the multidisciplinary brain tumor conference and with the patient and his wife of the risks, benefits and alternatives including whole-brain radiation and observation, the patient elected to proceed with radiosurgery and informed consent was obtained.

DESCRIPTION OF PROCEDURE: The patient was brought to the radiosurgery suite and placed in the sitting position, the scalp was prepped at the four pin sites and infiltrated with the local anesthetic mixture, and the stereotactic head frame was applied with four pins, two anterior and two posterior, with the frame slightly shifted posteriorly and to the left to accommodate the cerebellar target, after which the patient was taken to MRI where a contrast-enhanced stereotactic volumetric T1 sequence with 1 mm slices was obtained with the localizer box in place, followed by a stereotactic CT scan of the head with 1 mm slices which was co-registered to the MRI for skull definition, and the images were transferred to the planning workstation where the three targets were outlined and a plan was generated jointly by neurosurgery, radiation oncology and physics, with the right frontal lesion receiving a marginal dose of 20 Gy to the 50% isodose line using five shots, the left parietal lesion receiving 20 Gy to the 50% isodose line with a single 8 mm shot, and the left cerebellar lesion receiving 18 Gy to the 50% isodose line using eleven shots, maximum dose 40 Gy, brainstem maximum under 12 Gy, and the plan was reviewed and approved, the patient was positioned on the couch and the frame was docked, the coordinates were independently verified by the neurosurgeon and the physicist before each run, and the treatment was delivered in three runs over a total of 71 minutes without interruption, after which the frame was removed, the pin sites were dressed with bacitracin, and the patient tolerated the procedure well and was discharged home in the care of his wife with instructions and a follow-up MRI in two months.

SUMMARY OF TREATMENT: GK SRS, one session on 03/11/2026: right frontal 20 Gy, left parietal 20 Gy, left cerebellar 18 Gy, each to the 50% IDL.

Ignatius Pelloquin-Hart, MD
Marisol Achterberg, MD
D: 03/11/2026 14:02   T: 03/11/2026 16:40   Job #: 5530871
{FOOT}
""")])

# b38_02 -- pdf: headings inline in the paragraph, linac SRS, frontal + pontine lesion; 61796 wrongly claimed ------
_c = "HOLLINGBROOK CANCER PAVILION - RADIATION ONCOLOGY"
add(name="b38_02", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal", "cranial", S, 20, 1), L("dorsal pons", "cranial", C, 15, 1)],
    categories=cats(),
    notes="Transcription sample with the headings run inline in two long paragraphs (PREOPERATIVE DIAGNOSIS: ... "
          "POSTOPERATIVE DIAGNOSIS: Same. PROCEDURE: ... INDICATIONS: ... DESCRIPTION OF PROCEDURE: ...): "
          "single-fraction linac radiosurgery to a 1.8 cm left frontal metastasis (20 Gy) and a 6 mm dorsal "
          "pontine metastasis (15 Gy, within the brainstem: complex), 80% isodose, noncoplanar arcs, "
          "thermoplastic mask, cone-beam CT and six-degree couch, physics QA. 61796 claimed although a complex "
          "lesion is in the set (wrong); 61797 for the additional simple lesion is consistent.",
    docs=[Doc("b38_02.pdf", [[
        H1("STEREOTACTIC RADIOSURGERY PROCEDURE NOTE"),
        P(f"PATIENT NAME: {patient(2)}  MEDICAL RECORD NUMBER: {mrn(2)}  DATE OF SERVICE: 05/19/2026  ATTENDING: "
          "Oswin Delacroix-Brandt, MD  PHYSICIST: Henrike Sowande, MS, DABR"),
        P("PREOPERATIVE DIAGNOSIS: Metastatic melanoma to the brain, two lesions. POSTOPERATIVE DIAGNOSIS: Same. "
          "PROCEDURE: Linear accelerator based stereotactic radiosurgery, single fraction, two targets, with "
          "image guidance. INDICATIONS: This is a 51-year-old woman with BRAF-mutant melanoma on targeted therapy "
          "whose surveillance MRI showed a new 1.8 cm enhancing lesion of the left frontal lobe and a 6 mm lesion "
          "in the dorsal pons, within the brainstem, with no other intracranial disease, good performance status "
          "(KPS 90) and controlled extracranial disease, and radiosurgery was recommended over whole-brain "
          "radiotherapy to preserve cognition; the patient understood and signed consent."),
        P("DESCRIPTION OF PROCEDURE: The patient had been simulated on 05/12/2026 supine in a custom thermoplastic "
          "stereotactic mask with a 1 mm planning CT, which was fused with a same-week contrast-enhanced volumetric "
          "MRI of the brain, and the gross tumor volumes were contoured on the MRI with a 1 mm expansion for the "
          "left frontal PTV and no expansion for the pontine target, and the plan was made with one isocenter and "
          "four noncoplanar arcs of 6 MV flattening-filter-free photons, prescribing 20 Gy to the 80% isodose line "
          "for the left frontal lesion and 15 Gy to the 80% isodose line for the pontine lesion in view of the "
          "brainstem location, with brainstem D0.5cc 11.2 Gy and V12 of normal brain 3.4 cc, and the plan passed "
          "patient-specific quality assurance (gamma 98.9% at 3%/1 mm) and an independent monitor-unit check, "
          "and today the patient was set up in the mask, a cone-beam CT was acquired and registered to the planning "
          "CT with shifts applied on the six-degree-of-freedom couch (largest translation 1.1 mm, rotation 0.4 "
          "degrees), a verification cone-beam CT confirmed alignment within 0.5 mm, and the treatment was delivered "
          "without interruption, with surface monitoring throughout showing no motion beyond 1 mm, and the patient "
          "tolerated the procedure well with no acute complications."),
        P("TREATMENT DELIVERED: Left frontal metastasis 20 Gy in 1 fraction; dorsal pontine metastasis 15 Gy in 1 "
          "fraction; 05/19/2026. DISPOSITION: Home; dexamethasone 2 mg daily for 5 days; MRI in 6-8 weeks."),
        sig("Oswin Delacroix-Brandt, MD 05/19/2026 15:22"),
    ]], opts=dict(header=hdr(_c, 2)))])

# b38_03 -- txt: robotic radiosurgery transcription, left vestibular schwannoma 25 Gy in 5 (5 Gy x 5) ------------
add(name="b38_03", kind="text", codes=["77373", "77435", "61798", "G0339", "G0340"],
    facts=F("robotic_linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left vestibular schwannoma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Transcription sample of a fractionated robotic-arm (CyberKnife) course: left vestibular schwannoma "
          "(complex by type) 25 Gy in five fractions, written '5 Gy x 5' and 'twenty-five Gy', prescribed to the "
          "78% isodose line, thermoplastic mask, fused CISS MRI and CT, skull tracking with orthogonal x-ray "
          "pairs during every fraction. Headings in capitals with run-on text; a FRACTIONS line with five dates. "
          "Cochlea dose (4.1 Gy) and max dose (32 Gy) are not prescriptions.",
    docs=[Doc("b38_03.txt", text=f"""
TITLE: CYBERKNIFE STEREOTACTIC RADIOSURGERY, LEFT VESTIBULAR SCHWANNOMA (FRACTIONATED)

PATIENT: {patient(3)}   MRN: {mrn(3)}   FACILITY: Saltmarsh Robotic Radiosurgery Center

PREOPERATIVE DIAGNOSIS: Left vestibular schwannoma, 1.7 cm, Koos grade II.

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: CyberKnife fractionated stereotactic radiosurgery, five fractions, with skull tracking.

INDICATIONS: This 47-year-old woman presented with progressive left-sided hearing loss and tinnitus and MRI showed a 1.7 cm enhancing mass in the left internal auditory canal extending into the cerebellopontine angle, enlarging 3 mm over 12 months, and after discussing observation, microsurgery and radiosurgery she chose radiosurgery and, because she still has serviceable hearing, a five-fraction course was recommended to lower the cochlear dose.

DESCRIPTION OF PROCEDURE: A custom thermoplastic mask was made on 02/02/2026 and a thin-cut contrast CT of the head was obtained in the mask, and this was fused with a 3D CISS and post-contrast T1 MRI obtained the same day, the tumor was contoured on the fused images by the neurosurgeon and the radiation oncologist, the cochlea, brainstem and facial nerve course were outlined, and an inverse plan was created with 142 non-isocentric beams using the variable-aperture collimator, prescribing 25 Gy in 5 fractions (5 Gy x 5) to the 78% isodose line, with coverage 97.6%, maximum dose 32 Gy, cochlear mean dose 4.1 Gy and brainstem 0.5 cc dose 17.9 Gy, the plan was checked by a second physicist with an independent dose calculation, and on each treatment day the patient was positioned in the mask on the robotic couch and aligned with the skull tracking system, which acquired orthogonal x-ray image pairs before and throughout each fraction with corrections of the robot's pointing below 1 mm and 1 degree, and the patient tolerated all five fractions without nausea, headache or change in hearing.

FRACTIONS: 1) 02/16/2026 5 Gy  2) 02/17/2026 5 Gy  3) 02/18/2026 5 Gy  4) 02/19/2026 5 Gy  5) 02/20/2026 5 Gy.

IMPRESSION: Completed CyberKnife radiosurgery to the left vestibular schwannoma, twenty-five Gy in five fractions. Audiogram and MRI at 6 months.

Philippa Strandquist-Oyelaran, MD, Radiation Oncology
Cassius Beauregard-Imrie, MD, Neurosurgery
D: 02/20/2026   T: 02/21/2026
{FOOT}
""")])

# b38_04 -- pdf: spine SBRT special treatment procedure, T9 single fraction 1600 cGy; 77372 wrongly claimed ------
_c = "WINTERCOMBE ONCOLOGY GROUP - STEREOTACTIC SPINE PROGRAM"
add(name="b38_04", kind="pdf", codes=["77373", "77435", "63620", "77372"],
    facts=F("linac", ["spinal"], 1, 1, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T9 vertebral body", "spinal", None, 16, 1)],
    categories=cats(),
    notes="Transcription sample of a single-fraction spine SBRT (T9, thyroid carcinoma metastasis) written in cGy "
          "(1600 cGy x 1): vacuum cushion, simulation CT fused with thoracic spine MRI, CTV by consensus "
          "guidelines, VMAT, cord Dmax 1080 cGy, CBCT + six-degree couch and a second CBCT mid-treatment. A "
          "single spinal fraction is SBRT (77373/77435); the claimed 77372 (single-session cranial) is wrong.",
    docs=[Doc("b38_04.pdf", [[
        H1("SPECIAL TREATMENT PROCEDURE - STEREOTACTIC BODY RADIOTHERAPY, SPINE"),
        KeyValue([("Patient", patient(4)), ("MRN", mrn(4)), ("Date of procedure", "07/08/2026"),
                  ("Physician", "Thaddeus Marchetti-Nwosu, MD"), ("Physicist", "Runa Gallagher-Ito, PhD")]),
        H2("DIAGNOSIS:"),
        P("Metastatic follicular thyroid carcinoma to the T9 vertebral body with mild epidural extension (Bilsky 1b), "
          "no cord compression."),
        H2("PROCEDURE:"),
        P("Stereotactic body radiotherapy to T9, 1600 cGy x 1 fraction, with cone-beam CT guidance."),
        H2("INDICATIONS:"),
        P("The patient is a 69-year-old man with radioiodine-refractory follicular thyroid carcinoma and painful "
          "T9 disease with no prior radiation to the spine, spinal instability neoplastic score 6, and the spine "
          "surgeon did not recommend surgery; single-fraction SBRT was chosen for durable local control of a "
          "radioresistant histology."),
        H2("DESCRIPTION OF PROCEDURE:"),
        P("The patient was simulated supine with arms up in a full-length vacuum cushion on 06/29/2026, a 1 mm "
          "planning CT was fused to a thoracic spine MRI (T1 post-contrast and T2), the GTV and a CTV including "
          "the vertebral body and both pedicles were contoured following consensus guidelines with a 2 mm PTV, and "
          "the spinal cord was contoured on the MRI with a 1.5 mm planning-at-risk margin, the VMAT plan of two "
          "6 MV FFF arcs prescribed 1600 cGy to the PTV in one fraction with 93% coverage and a cord Dmax of 1080 "
          "cGy, and the plan was approved after physics review and an independent calculation, and today the "
          "patient was positioned in the cushion, a cone-beam CT was registered to the vertebral bodies with a "
          "six-degree-of-freedom correction, a second cone-beam CT between the arcs showed residual error under "
          "1 mm, and the fraction was delivered in full. The patient tolerated it well."),
        H2("TREATMENT SUMMARY:"),
        P("T9: 1600 cGy in 1 fraction delivered 07/08/2026. Follow-up in 6 weeks with MRI of the thoracic spine."),
        sig("Thaddeus Marchetti-Nwosu, MD 07/08/2026"),
    ]], opts=dict(header=hdr(_c, 4)))])

# b38_05 -- txt: lung SBRT transcription, whole report on one line, RUL 54 Gy in three fractions -----------------
add(name="b38_05", kind="text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe", "body", None, 54, 3)],
    categories=cats(),
    notes="A whole transcription sample on one line (title, headings and text run together, as public samples "
          "are sometimes reflowed): right upper lobe peripheral NSCLC 2.1 cm, 54 Gy in three fractions (18 Gy x 3) "
          "every other day, 4DCT and ITV, PET/CT fused for delineation, vacuum cushion with abdominal compression, "
          "CBCT before each fraction. The 60 Gy in 8 fractions alternative is discussed and not given.",
    docs=[Doc("b38_05.txt", text=f"""
STEREOTACTIC BODY RADIATION THERAPY - LUNG. PATIENT: {patient(5)}, MRN: {mrn(5)}, CLAYBOURNE THORACIC ONCOLOGY UNIT. PREOPERATIVE DIAGNOSIS: Stage IA2 (cT1bN0M0) adenocarcinoma of the right upper lobe, medically inoperable. POSTOPERATIVE DIAGNOSIS: Same. PROCEDURE: Stereotactic body radiation therapy (SBRT) to the right upper lobe, 54 Gy in 3 fractions. INDICATIONS: The patient is a 78-year-old man with severe COPD (FEV1 38% predicted, DLCO 41%) and a 2.1 cm spiculated peripheral right upper lobe nodule, biopsy-proven adenocarcinoma, PET/CT without nodal or distant uptake, who was judged not a surgical candidate by thoracic surgery, and SBRT was recommended rather than a more protracted course such as 60 Gy in 8 fractions because the lesion is peripheral, more than 2 cm from the proximal bronchial tree. DESCRIPTION OF PROCEDURE: The patient was immobilized supine with arms above the head in a vacuum cushion with an abdominal compression plate, a four-dimensional CT was acquired and the internal target volume was generated from all breathing phases, the staging PET/CT of 08/30/2026 was registered to the planning CT to help delineate the tumor from adjacent atelectasis, a 5 mm margin was added to make the PTV, and a VMAT plan of two partial 6 MV FFF arcs was created prescribing 54 Gy in 3 fractions (18 Gy x 3) to the 80% isodose line covering 95% of the PTV, with chest wall V30 22 cc and ipsilateral lung V20 6.3%, and the plan was reviewed by physics with an independent calculation, and before each fraction a cone-beam CT was registered to the ITV with shifts under 4 mm applied, with fractions delivered every other day on 09/14/2026, 09/16/2026 and 09/18/2026 without interruption, and the patient tolerated treatment with mild fatigue only. IMPRESSION: Completed SBRT to the right upper lobe nodule, 54 Gy in three fractions. PLAN: CT chest in 3 months. Electronically signed: Evander Lachapelle-Soyinka, MD 09/18/2026. {FOOT}
""")])

# b38_06 -- pdf scanned at 175 dpi: Gamma Knife for right trigeminal neuralgia; 61796 wrongly claimed -------------
_c = "BRACKENHURST FUNCTIONAL NEUROSURGERY"
add(name="b38_06", kind="scan", codes=["77371", "77432", "61798", "61800", "61796"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Scanned transcription sample (Courier, 175 dpi, image only): Gamma Knife radiosurgery for right "
          "trigeminal neuralgia, frame under local, stereotactic MRI (FIESTA) and CT, one 4 mm shot, 80 Gy "
          "maximum to the 100% isodose at the root entry zone; coordinates double-checked. Functional target: "
          "complex (61798); 61796 claimed as well (wrong). The '20% isodose line at the brainstem surface' and "
          "the 'prior microvascular decompression' are not a second target or course.",
    docs=[Doc("b38_06.pdf", [[
        H1("OPERATIVE REPORT"),
        P(f"PATIENT: {patient(6)}    MRN: {mrn(6)}    DATE: 04/22/2026"),
        P("PREOPERATIVE DIAGNOSIS: Right trigeminal neuralgia, V2-V3, medically refractory."),
        P("POSTOPERATIVE DIAGNOSIS: Same."),
        P("PROCEDURE: 1. Application of stereotactic head frame. 2. Gamma Knife radiosurgery, right trigeminal nerve."),
        P("SURGEON: Leopoldine Faircloth-Abara, MD.  RADIATION ONCOLOGY: Ambrose Kettering-Mbeki, MD."),
        P("ANESTHESIA: Local, with intravenous midazolam 2 mg."),
        P("INDICATIONS: This 73-year-old woman has had lancinating right cheek and jaw pain for 9 years, initially "
          "controlled with carbamazepine, later with oxcarbazepine and gabapentin, which now cause ataxia, and pain "
          "recurred two years after a microvascular decompression in 2021; after discussion she elected radiosurgery."),
        P("DESCRIPTION OF PROCEDURE: The head frame was applied in the usual fashion with four pins under local "
          "anesthesia, a stereotactic MRI with thin-slice FIESTA and contrast T1 sequences and a stereotactic CT were "
          "obtained and fused, the right trigeminal nerve was identified from the root entry zone to Meckel's cave, "
          "and a single 4 mm shot was placed on the cisternal segment 7 mm anterior to the root entry zone, "
          "delivering a maximum dose of 80 Gy to the 100% isodose line, with the 20% isodose line just touching the "
          "pontine surface, and the coordinates were verified by the neurosurgeon and the physicist, the patient was "
          "treated in one run of 38 minutes, and the frame was removed without complication."),
        P("DOSE: 80 Gy maximum, right trigeminal nerve, single session."),
        P("D: 04/22/2026  T: 04/23/2026  DICTATED BY: Leopoldine Faircloth-Abara, MD"),
    ]], opts=dict(header=hdr(_c, 6), scan=True, scan_dpi=175, font="Courier"))])

# b38_07 -- txt: fractionated cavity SRS 2700 cGy in 3; IMPRESSION says 3000 cGy in five (contradiction) -----------
add(name="b38_07", kind="text", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left occipital resection cavity", "cranial", S, 27, 3)],
    categories=cats(),
    contradiction="The IMPRESSION says 3000 cGy in five fractions, while the DESCRIPTION and the fraction list give "
                  "three fractions of 900 cGy (2700 cGy) completed on 10/07/2026 (gold: 27 Gy in 3).",
    notes="Transcription sample of fractionated stereotactic radiotherapy to a left occipital resection cavity "
          "(3.1 cm cavity, simple), 2700 cGy in 3 fx written as '900 cGy x 3', thermoplastic mask, post-operative "
          "MRI fused, CBCT each day. Self-contradicting: the IMPRESSION repeats the consult's 3000 cGy in five "
          "fractions.",
    docs=[Doc("b38_07.txt", text=f"""
RADIATION ONCOLOGY PROCEDURE NOTE - FRACTIONATED STEREOTACTIC RADIOTHERAPY

PATIENT: {patient(7)}
MRN: {mrn(7)}
SERVICE: Radiation Oncology, Fennimore General Hospital
DATES OF SERVICE: 10/01/2026 - 10/07/2026

DIAGNOSIS: Metastatic renal cell carcinoma to the brain, status post gross total resection of a left occipital metastasis on 09/02/2026.

PROCEDURE: Fractionated stereotactic radiotherapy (SRT) to the left occipital resection cavity, 900 cGy x 3 fractions.

INDICATIONS: A 59-year-old man with clear-cell renal carcinoma underwent resection of a 3.4 cm left occipital metastasis with a gross total resection on the postoperative MRI, and adjuvant stereotactic radiotherapy to the cavity was recommended to reduce local recurrence, in three fractions because of the cavity size of 3.1 cm; a five-fraction schedule of 3000 cGy had been discussed at consultation but after contouring three fractions were judged adequate.

DESCRIPTION OF PROCEDURE: The patient was simulated on 09/24/2026 supine in a thermoplastic stereotactic mask with a 1 mm planning CT fused to the postoperative contrast-enhanced MRI of 09/21/2026, the cavity and surgical tract were contoured as the CTV with a 2 mm margin to the PTV, and a single-isocenter VMAT plan with three noncoplanar arcs was prescribed 2700 cGy in 3 fractions of 900 cGy to the 80% isodose line, with V100 98.1% and normal-brain V21 9.7 cc, physics performed an independent check and patient-specific QA which passed, and before each fraction a cone-beam CT was registered to the skull with a 6D couch correction, and the fractions were delivered on 10/01/2026, 10/03/2026 and 10/07/2026, the third and final fraction completing the course, without headache or seizure.

FRACTIONS DELIVERED: 1 of 3 on 10/01/2026 900 cGy; 2 of 3 on 10/03/2026 900 cGy; 3 of 3 on 10/07/2026 900 cGy. Cumulative 2700 cGy.

IMPRESSION: Completed SRT to the left occipital resection cavity, 3000 cGy in five fractions, well tolerated. MRI in 8 weeks.

Anselm Whitcombe-Eze, MD
D: 10/07/2026   T: 10/08/2026
{FOOT}
""")])

# b38_08 -- pdf: robotic liver SBRT transcription, 45 Gy as 'fifteen Gy times three'; 61798 wrongly claimed -------
_c = "PENHALLOW DIGESTIVE CANCER CENTRE - ROBOTIC RADIOSURGERY"
add(name="b38_08", kind="pdf", codes=["77373", "77435", "G0339", "G0340", "61798"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment VII", "body", None, 45, 3)],
    categories=cats(),
    notes="Transcription sample for robotic-arm (CyberKnife) SBRT of a 2.6 cm hepatocellular carcinoma in segment "
          "VII: three gold fiducials placed a week earlier under ultrasound, triphasic CT and MRI fused, vacuum "
          "cushion, fiducial tracking with a respiratory motion model; 45 Gy written as 'fifteen Gy times three' "
          "and '3 x 15 Gy' to the 70% isodose line. G0339/G0340 fit a robotic course of 3 sessions; 61798 (cranial) "
          "is wrong. The 'prior TACE' is not a radiation course.",
    docs=[Doc("b38_08.pdf", [[
        H1("ROBOTIC STEREOTACTIC BODY RADIOSURGERY - LIVER"),
        P(f"PATIENT: {patient(8)}   MRN: {mrn(8)}   DATES: 11/09/2026 to 11/13/2026"),
        P("PREOPERATIVE DIAGNOSIS: Hepatocellular carcinoma, segment VII, 2.6 cm, Child-Pugh A6, after one "
          "transarterial chemoembolization in 07/2026 with residual enhancement."),
        P("POSTOPERATIVE DIAGNOSIS: Same."),
        P("PROCEDURE: CyberKnife stereotactic body radiotherapy, liver, three fractions, with fiducial and "
          "respiratory tracking."),
        P("INDICATIONS: The tumor board recommended SBRT for residual disease after chemoembolization in a patient "
          "who is not a candidate for resection or ablation because of the subdiaphragmatic location."),
        P("DESCRIPTION OF PROCEDURE: Three gold fiducial markers were placed around the tumor under ultrasound "
          "guidance by interventional radiology on 10/28/2026, a triphasic contrast CT was obtained in a vacuum "
          "cushion one week later and fused with a gadoxetate MRI, the GTV was contoured on the arterial phase and "
          "MRI with a 3 mm PTV, and the plan prescribed fifteen Gy times three (3 x 15 Gy, total 45 Gy) to the 70% "
          "isodose line with PTV coverage 96%, liver minus GTV 700 cc receiving less than 15 Gy, duodenum Dmax "
          "16.8 Gy, and the plan passed physics review and a second calculation, and at each fraction the fiducials "
          "were tracked with orthogonal x-ray images and a respiratory model built from external markers, with model "
          "error under 3 mm, and the three fractions were delivered on 11/09/2026, 11/11/2026 and 11/13/2026."),
        P("COMPLICATIONS: None. Mild nausea after fraction 2 treated with ondansetron."),
        P("SUMMARY: Segment VII HCC, 45 Gy in 3 fractions, completed 11/13/2026. Triphasic CT in 3 months."),
        sig("Seraphina Tollemache-Adeyemi, MD 11/13/2026"),
    ]], opts=dict(header=hdr(_c, 8)))])


# ==================================================================================================
# Journal case reports and case-series paragraphs (5)
# ==================================================================================================

# b38_09 -- pdf: case report, four metastases, single-session Gamma Knife under frame; no verification stated ----
_c = "Journal of Invented Neuro-Oncology Cases 2026; 11(4): e0417"
add(name="b38_09", kind="pdf", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right frontal", "cranial", S, 20, 1), L("left temporal", "cranial", S, 20, 1),
             L("right occipital", "cranial", S, 20, 1), L("left cerebellar", "cranial", S, 18, 1)],
    categories=cats(delivery_verification=False),
    notes="Journal case report (title, abstract, case presentation, a Methods-like treatment paragraph, Table 1, "
          "follow-up MRI at 3 months, discussion with citations [3]-[9] and (Fig. 1)/(Fig. 2)): a 58-year-old "
          "woman with HER2-positive breast cancer, four metastases treated in one Gamma Knife session under a "
          "frame, 20 Gy to the 50% isodose line to three and 18 Gy to the left cerebellar lesion (Table 1). No "
          "image guidance, coordinate check or QA is mentioned: delivery_verification unmet. Doses of other "
          "series quoted in the discussion (24 Gy, 15 Gy, 27 Gy in 3) are not this patient's.",
    docs=[Doc("b38_09.pdf", [[
        H1("Durable response of four HER2-positive breast cancer brain metastases after single-session radiosurgery and tucatinib: a case report"),
        P("Ondine Marchbanks-Yeo (1), Caspar Lindqvist-Oduya (2), Beatrix Fontaine-Mwangi (1)"),
        P("(1) Department of Radiation Oncology, Ravensworth University Hospital; (2) Department of Neurosurgery, "
          "Ravensworth University Hospital. Case record: " + patient(9) + ", " + mrn(9) + " (synthetic)."),
        H2("Abstract"),
        P("Radiosurgery is standard for patients with a limited number of brain metastases [1,2]. We report a "
          "58-year-old woman with four brain metastases from HER2-positive breast cancer who was treated with "
          "single-session Gamma Knife (GK) radiosurgery followed by tucatinib-based therapy and who remains free of "
          "intracranial progression at 14 months."),
        H2("Case presentation"),
        P("A 58-year-old woman with HER2-positive invasive ductal carcinoma of the left breast, diagnosed in 2022 "
          "and treated with neoadjuvant chemotherapy, mastectomy and adjuvant trastuzumab emtansine, presented in "
          "January 2025 with headaches and unsteadiness. Contrast-enhanced MRI showed four enhancing lesions: right "
          "frontal (14 mm), left temporal (9 mm), right occipital (6 mm) and left cerebellar (21 mm) with mild "
          "edema (Fig. 1). Systemic staging showed stable, limited bone disease. Her Karnofsky performance status "
          "was 90. The multidisciplinary board recommended radiosurgery to all four lesions."),
        H2("Treatment"),
        P("On 02/04/2025 a stereotactic head frame was applied under local anesthesia. Stereotactic "
          "contrast-enhanced MRI (1 mm slices) and CT were acquired and co-registered for planning, and each lesion "
          "was contoured on the MRI. The four lesions were treated in a single session on a Gamma Knife unit using multiple isocenters (shots), with "
          "20 Gy prescribed to the 50% isodose line for the right frontal, left temporal and right occipital "
          "lesions and 18 Gy to the 50% isodose line for the left cerebellar lesion (Table 1), consistent with "
          "dose-size schedules in common use [3,4]. Total treatment time was 88 minutes. The frame was removed the "
          "same day and the patient was discharged home."),
        RuledTable([("Table 1. Lesion", "Diameter (mm)", "Volume (cc)", "Prescription (Gy)", "Isodose (%)", "Shots"),
                    ("Right frontal", "14", "1.02", "20", "50", "6"),
                    ("Left temporal", "9", "0.31", "20", "50", "2"),
                    ("Right occipital", "6", "0.09", "20", "50", "1"),
                    ("Left cerebellar", "21", "3.74", "18", "50", "12")]),
    ], [
        H2("Outcome"),
        P("Tucatinib, trastuzumab and capecitabine were started 2 weeks after radiosurgery. Follow-up MRI at 3 "
          "months showed partial response of all four lesions (Fig. 2), and at 14 months the cerebellar lesion "
          "showed a small area of treatment effect without progression; no new lesions appeared."),
        H2("Discussion"),
        P("Single-session radiosurgery achieves local control in 80-90% of lesions under 2 cm [5,6]. Larger lesions "
          "are often treated with lower single doses, 15 Gy for 3-4 cm in the dose-escalation trial [7], or with "
          "fractionated schedules such as 27 Gy in 3 fractions or 30 Gy in 5 fractions [8]. Some groups prescribe "
          "24 Gy to lesions under 1 cm [9]. The combination of radiosurgery and HER2-directed tyrosine kinase "
          "inhibitors appears safe in this case, as in recent series [9]."),
        P("Figure 1. Axial post-contrast T1 MRI before radiosurgery. Figure 2. MRI at 3 months."),
        P("Conflict of interest: none. Consent: the patient consented to publication."),
    ]], opts=dict(header=[_c], font="Times-Roman"))])

# b38_10 -- txt: case report of a patient treated twice; index treatment = the 2024 fractionated re-irradiation ---
add(name="b38_10", kind="text", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI", "PET"], ["mask"]),
    lesions=[L("left parietal metastasis (recurrent)", "cranial", S, 25, 5)],
    categories=cats(),
    notes="Case report of a patient treated twice to the same left parietal metastasis: single-fraction 20 Gy linac "
          "SRS under an invasive frame in 2021 [the earlier course], and in 2024 fractionated stereotactic "
          "re-irradiation 25 Gy in 5 fractions ('5 x 5 Gy') in a thermoplastic mask after amino-acid PET showed "
          "recurrence rather than necrosis. Chosen index course: the 2024 re-irradiation, which the report's "
          "title and Methods present as the treatment under study; the 2021 frame, dose and fraction are "
          "historical. Imaging for the index course: planning CT, MRI and the amino-acid PET fused for "
          "delineation. CBCT before each fraction.",
    docs=[Doc("b38_10.txt", text=f"""
Fractionated stereotactic re-irradiation of a locally recurrent brain metastasis 3 years after radiosurgery: a case report

Authors: Gideon Ashworth-Kamara, Liesel Vandermeer-Obi, Tobiah Quenneville
Department of Radiation Oncology, Thistlewood Medical Centre
Case file: {patient(10)} / {mrn(10)} (synthetic)

Background
Local recurrence after radiosurgery occurs in 10-20% of brain metastases [1,2], and distinguishing recurrence from radiation necrosis remains difficult on conventional MRI [3]. Options include resection, laser interstitial thermal therapy and repeat radiosurgery, which is usually fractionated to limit the risk of necrosis [4,5].

Case presentation
A 66-year-old man with EGFR-mutant lung adenocarcinoma developed a solitary 1.9 cm left parietal metastasis in 2021, which was treated on 06/15/2021 with single-fraction linac radiosurgery, 20 Gy to the 80% isodose line, using an invasive stereotactic head ring. He remained well on osimertinib until March 2024, when MRI showed enlargement of the treated lesion to 2.6 cm with increased perfusion (Fig. 1A). An amino-acid PET performed on 03/28/2024 showed a tumor-to-background ratio of 2.4, favoring recurrence over necrosis (Fig. 1B). Resection was declined by the patient.

Re-irradiation (methods)
The patient was immobilized in a thermoplastic mask and a contrast-enhanced planning CT (1 mm) was acquired on 04/09/2024 and fused with a volumetric post-contrast MRI of the same day and with the amino-acid PET. The GTV was defined as the enhancing lesion together with the PET-avid volume, expanded by 2 mm to the PTV (6.9 cc). The plan used one isocenter and four noncoplanar VMAT arcs (6 MV FFF) and prescribed 25 Gy in 5 fractions (5 x 5 Gy) to the 80% isodose line; the cumulative normal-brain dose was estimated using an equivalent-dose sum with the 2021 plan [6]. Before each fraction, cone-beam CT with six-degree couch correction was performed. Fractions were delivered on 04/15, 04/16, 04/17, 04/18 and 04/19/2024 without interruption.

Outcome
At the 3-month follow-up MRI the lesion had decreased to 1.7 cm with reduced perfusion (Fig. 2), and at 12 months it remained stable without new neurological deficit. Dexamethasone was tapered by 6 weeks.

Discussion
Repeat radiosurgery after local failure achieves 1-year local control of 70-80% [4,5,7]. Schedules in the literature range from 18 Gy in 1 fraction to 30 Gy in 5 fractions, and in this case 25 Gy in 5 fractions was chosen to keep the cumulative brain V40 (EQD2) under 10 cc [7,8].

Summary of treatments
2021: left parietal, 20 Gy x 1 (frame-based linac SRS).
2024 (index treatment reported here): left parietal recurrence, 25 Gy / 5 fx, mask, completed 04/19/2024.
{FOOT}
""")])

# b38_11 -- pdf: case report, renal carcinoma T6 spine SBRT 24 Gy in 2 fx; 63621 wrongly claimed ----------------
_c = "Case Reports in Invented Spine Oncology, vol. 7, article 1183"
add(name="b38_11", kind="pdf", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T6 vertebral metastasis", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Journal case report of spine SBRT: a 67-year-old man with clear-cell renal carcinoma and a painful T6 "
          "metastasis, 24 Gy in 2 fractions on a gantry linac, vacuum immobilization, MRI fused to planning CT, "
          "CBCT with six-degree correction before each fraction (Methods paragraph, Fig. 2, citations [5]-[11]). "
          "The 8 Gy single fraction given to the right hip earlier is a conventional palliative course (not "
          "counted). One spinal lesion: the claimed 63621 is wrong.",
    docs=[Doc("b38_11.pdf", [[
        H1("Pain and local control after two-fraction stereotactic body radiotherapy for a renal cell carcinoma spinal metastasis: case report and literature review"),
        P("Yevgenia Hartsfield-Okoro, Bastian Ellery-Nakamura, Sunniva Paltridge"),
        P("Stereotactic Spine Service, Gorsemoor Cancer Institute. Patient record " + patient(11) + ", " + mrn(11) + " (synthetic)."),
        H2("Introduction"),
        P("Renal cell carcinoma is considered radioresistant to conventional fractionation, and spine SBRT delivering "
          "ablative doses achieves 1-year local control above 80% [5,6]. Two-fraction schedules of 24 Gy were "
          "compared with conventional 20 Gy in 5 fractions in a randomized trial [7]."),
        H2("Case description"),
        P("A 67-year-old man with metastatic clear-cell renal carcinoma on cabozantinib presented with mid-thoracic "
          "pain (NRS 7/10). MRI of the spine showed a T6 vertebral body metastasis with right pedicle involvement "
          "and no epidural disease (Fig. 1). Eighteen months earlier he had received 8 Gy in a single fraction to a "
          "painful right acetabular lesion. The spine was not previously irradiated."),
        H2("Methods of treatment"),
        P("The patient was immobilized supine in a full-body vacuum bag. A planning CT with 1 mm slices was fused "
          "with T1 and T2 MRI of the thoracic spine. The GTV, the CTV (vertebral body and right pedicle, per "
          "international consensus contouring [8]) and a 2 mm PTV were delineated, and the spinal cord was "
          "contoured on MRI. A VMAT plan (two 6 MV FFF arcs, gantry linac) prescribed 24 Gy in 2 fractions of "
          "12 Gy to the PTV, with cord Dmax 14.8 Gy and cord D0.035cc 14.1 Gy (Fig. 2). Before each fraction, "
          "cone-beam CT was matched to the vertebra with a six-degree couch correction. Treatment was delivered on "
          "05/05/2026 and 05/07/2026, completing 24 Gy in 2 fractions."),
        H2("Outcome"),
        P("Pain decreased to NRS 2/10 at 4 weeks and opioids were stopped. MRI at 3 and 9 months showed local "
          "control without vertebral compression fracture."),
        H2("Discussion"),
        P("Single fractions of 16-24 Gy and multi-fraction schedules such as 27 Gy in 3 or 30 Gy in 4 are all used "
          "for spine SBRT [9,10]. Vertebral compression fracture risk rises above 20 Gy per fraction [11]. In our "
          "patient, 24 Gy in 2 fractions gave durable pain relief."),
        P("Figure 1. Sagittal T1 MRI: T6 metastasis. Figure 2. Axial dose distribution, 24 Gy isodose in red."),
    ]], opts=dict(header=[_c], font="Times-Roman"))])

# b38_12 -- pdf two-column: case report, pancreatic SBRT on an MR-linac, 40 Gy/5 fx adaptive ---------------------
_c = "Invented Journal of Adaptive Radiotherapy 2026;3:88-91"
add(name="b38_12", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("pancreatic head", "body", None, 40, 5)],
    categories=cats(),
    notes="Two-column journal case report: locally advanced pancreatic head adenocarcinoma treated with "
          "MR-guided online adaptive SBRT, 40 Gy/5 fx (8 Gy x 5) on a 1.5 T MR-linac, daily re-optimisation and "
          "cine-MRI gating, planning CT and MRI, vacuum immobilization. The comparison schedules of 33 Gy/5 fx "
          "and 25 Gy/5 fx [4,7] and the 50.4 Gy chemoradiation alternative are not this patient's.",
    docs=[Doc("b38_12.pdf", [[
        H1("Online adaptive MR-guided SBRT for locally advanced pancreatic cancer: a case report"),
        P("Aurelio Pennywhistle-Dube, Marguerite Sandoval-Hirsch. Wyvernhill Cancer Centre. " + patient(12) + " / " + mrn(12) + " (synthetic)."),
        H2("Background"),
        P("Dose escalation in pancreatic SBRT is limited by the adjacent duodenum and stomach [1,2]. Non-adaptive "
          "schedules such as 33 Gy/5 fx [4] or 25 Gy/5 fx [7] have been standard, while MR-guided online adaptation "
          "allows ablative doses [5,6]."),
        H2("Case"),
        P("A 62-year-old woman had a 3.2 cm adenocarcinoma of the pancreatic head abutting the superior mesenteric "
          "artery (180 degrees), locally advanced after four months of FOLFIRINOX with CA 19-9 falling from 812 to "
          "96 U/mL. Conventional chemoradiation to 50.4 Gy was discussed and declined in favour of SBRT."),
        H2("Treatment"),
        P("A planning CT and a 3D T2-weighted MRI were acquired in the treatment position on the same day with the "
          "patient supine in a vacuum cushion, arms up. The GTV was contoured on MRI and a 3 mm PTV added. On a "
          "1.5 T MR-linac a step-and-shoot IMRT plan of 11 beams prescribed 40 Gy/5 fx (8 Gy x 5) to the PTV, with the duodenum, stomach and "
          "bowel within 1 cm of the PTV limited to V33 Gy < 1 cc. At each fraction a daily MRI was acquired, "
          "organs at risk were re-contoured and the plan was re-optimized online, and delivery was gated on a "
          "sagittal cine-MRI with a 3 mm boundary. An independent calculation checked every adapted plan. The "
          "five fractions were given on 03/02, 03/04, 03/06, 03/09 and 03/11/2026, all adapted, "
          "completing 40 Gy."),
        H2("Outcome"),
        P("Grade 1 nausea only. At 3 months CT showed stable disease and CA 19-9 was 41 U/mL; at 9 months there "
          "was no local progression."),
        H2("Discussion"),
        P("Escalated doses of 40-50 Gy in 5 fractions with adaptation have shown encouraging survival [5,6,8]. "
          "This case supports the feasibility of 40 Gy in five fractions when the duodenum is close."),
        P("References: [1]-[8] omitted in this excerpt. Fig. 1: daily adapted plan, fraction 3."),
    ]], opts=dict(header=[_c], two_columns=True, font="Times-Roman"))])

# b38_13 -- txt: case-series paragraph ("Case 3"), thalamic AVM, linac radiosurgery with frame and angiography ----
add(name="b38_13", kind="text", codes=["77372", "77432", "61798", "61800"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI", "angiography"], ["frame"]),
    lesions=[L("left thalamic AVM", "cranial", C, 18, 1)],
    categories=cats(),
    notes="Case-series text (an invented series of four AVMs; only Case 3 is this patient's, the series' median "
          "dose and the other cases' outcomes are quoted in passing): left thalamic AVM (complex by type), "
          "linac radiosurgery with circular cones under an invasive head ring, stereotactic angiography, MRI and "
          "CT, 18 Gy to the 80% isodose line, a Winston-Lutz test the same morning and a frame-coordinate check. "
          "The obliteration seen on the 36-month angiogram is follow-up, not pre-treatment imaging (angiography "
          "counts from the planning study).",
    docs=[Doc("b38_13.txt", text=f"""
Linac radiosurgery for deep-seated arteriovenous malformations: four illustrative cases
Harrowgate Regional Neurovascular Service

[Excerpt: Case 3 of 4. Patient record {patient(13)}, {mrn(13)} (synthetic).]

Across the four cases the median marginal dose was 17 Gy (range 15-20 Gy) and the median nidus volume 2.8 cc (Table 1); Cases 1, 2 and 4 are described above and below.

Case 3. A 24-year-old man presented with a small left thalamic hemorrhage in 2022 and digital subtraction angiography showed a compact 2.3 cm left thalamic arteriovenous malformation (Spetzler-Martin grade III, nidus 3.1 cc) fed by thalamoperforators and draining into the internal cerebral vein [4]. Microsurgery and embolization were judged high risk, and after recovery he was offered radiosurgery. On 09/13/2022 an invasive stereotactic head ring was fixed under local anesthesia, and stereotactic biplanar angiography, a contrast MRI (1 mm volumetric T1 and time-of-flight) and a 1 mm CT were acquired and co-registered in the cone-planning software. The nidus was outlined on the angiograms and the MRI, and a plan with four isocenters and eleven arcs using 7.5 and 10 mm circular collimators on a 6 MV gantry linac delivered 18 Gy to the 80% isodose line at the nidus margin (Fig. 3), with the 12 Gy volume 6.2 cc. A Winston-Lutz test was performed the same morning (isocenter deviation 0.4 mm) and the frame coordinates of each isocenter were checked with the floor-stand before treatment. The procedure lasted 2 hours and the ring was removed the same afternoon. Follow-up MRI at 12 and 24 months showed a shrinking nidus with mild T2 change around it, and angiography at 36 months confirmed complete obliteration (Fig. 4); he had no new deficit [5,6].

Summary (Case 3): left thalamic AVM, 18 Gy in a single session to the 80% isodose line, head ring, 09/13/2022.
{FOOT}
""")])


# ==================================================================================================
# Teaching-file / discharge-summary / radiology-report hybrids in bundles (4)
# ==================================================================================================

# b38_14 -- bundle: radiology MRI report + discharge summary with inpatient SRS of six lesions + teaching file ----
_c = "ST. ODILIA'S HOSPITAL, LANGWORTH"
add(name="b38_14", kind="bundle", codes=["77372", "77432", "61798", "61797", "61799"],
    facts=F("linac", ["cranial"], 6, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal", "cranial", S, 20, 1), L("right frontal", "cranial", S, 20, 1),
             L("right parietal", "cranial", C, 15, 1), L("left occipital", "cranial", S, 20, 1),
             L("right cerebellar", "cranial", S, 18, 1), L("left temporal", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Three documents: a radiology report of the stereotactic-protocol MRI listing six metastases (lesions "
          "numbered 1-6 with sizes; #3 right parietal 3.6 cm: complex by size), a discharge summary whose hospital "
          "course describes inpatient single-isocentre linac SRS on hospital day 3 (mask, CT sim fused with the "
          "MRI, GTVs with 1 mm PTV, VMAT arcs, 80% IDL, CBCT + 6D couch) with a per-lesion dose list, and a "
          "teaching-file entry (lesions A-F) written after the 3-month MRI. 61799 claimed with one complex lesion "
          "(wrong). The 'dexamethasone 4 mg' and '10 mg' doses and the WBRT alternative (30 Gy in 10) are hazards.",
    docs=[
        Doc("1_radiology_mri_brain.txt", text=f"""
{_c} - DEPARTMENT OF RADIOLOGY
PATIENT: {patient(14)}   MRN: {mrn(14)}   EXAM DATE: 01/12/2026
EXAM: MRI BRAIN WITH AND WITHOUT CONTRAST, STEREOTACTIC (RADIOSURGERY PLANNING) PROTOCOL

CLINICAL HISTORY: Small cell... correction: non-small cell lung cancer, new confusion. Radiosurgery planning.

TECHNIQUE: Volumetric T1 pre- and post-gadolinium (1 mm isotropic), axial FLAIR, DWI, SWI.

FINDINGS: Six enhancing parenchymal lesions consistent with metastases:
1. Left superior frontal gyrus, 1.2 cm.
2. Right middle frontal gyrus, 0.8 cm.
3. Right parietal lobe, 3.6 cm, with vasogenic edema and 4 mm of midline shift.
4. Left occipital pole, 0.5 cm.
5. Right cerebellar hemisphere, 1.0 cm, fourth ventricle patent.
6. Left temporal lobe, 0.7 cm.
No hydrocephalus. No leptomeningeal enhancement. The optic apparatus and brainstem are free of disease.

IMPRESSION: Six brain metastases, the largest right parietal (3.6 cm) with mass effect. Suitable for the radiosurgery planning protocol.
Dictated by: Rosalind Okonkwo-Varga, MD (Neuroradiology) 01/12/2026 17:05
{FOOT}
"""),
        Doc("2_discharge_summary.pdf", [[
            H1("DISCHARGE SUMMARY"),
            KeyValue([("Patient", patient(14)), ("MRN", mrn(14)), ("Admitted", "01/11/2026"), ("Discharged", "01/15/2026"),
                      ("Attending", "Crispin Ravenhall, MD (Oncology)"), ("Consultants", "Radiation Oncology (Eudora Blaylock-Tan, MD); Neurosurgery")]),
            H2("ADMISSION DIAGNOSIS:"), P("Confusion and headache."),
            H2("DISCHARGE DIAGNOSES:"),
            P("1. Metastatic non-small cell lung cancer with six brain metastases, treated with stereotactic "
              "radiosurgery 01/13/2026. 2. Vasogenic edema, improving on dexamethasone. 3. Hyponatremia, resolved."),
            H2("HOSPITAL COURSE:"),
            P("The patient is a 61-year-old woman with stage IV lung adenocarcinoma (PD-L1 60%) on pembrolizumab who was "
              "admitted with two days of confusion; MRI (see radiology report) showed six metastases, the largest 3.6 cm "
              "in the right parietal lobe. She was started on dexamethasone 10 mg then 4 mg every 6 hours with rapid "
              "improvement. Neurosurgery did not recommend resection. Radiation oncology recommended radiosurgery over "
              "whole-brain radiotherapy (30 Gy in 10 fractions), which was discussed and declined by the patient. On "
              "hospital day 2 she was simulated in a thermoplastic mask with a 1 mm CT fused with the planning MRI; the "
              "six GTVs were contoured with a 1 mm PTV and a single-isocentre plan with five noncoplanar VMAT arcs was "
              "approved after physics QA. On hospital day 3 (01/13/2026) radiosurgery was delivered in one session "
              "after cone-beam CT and six-degree couch correction, prescribed to the 80% IDL:"),
            RuledTable([("Lesion", "Size", "Dose", "Fractions"),
                        ("Left frontal", "1.2 cm", "20 Gy", "1"), ("Right frontal", "0.8 cm", "20 Gy", "1"),
                        ("Right parietal", "3.6 cm", "15 Gy", "1"), ("Left occipital", "0.5 cm", "20 Gy", "1"),
                        ("Right cerebellar", "1.0 cm", "18 Gy", "1"), ("Left temporal", "0.7 cm", "20 Gy", "1")]),
            P("She tolerated the treatment without seizure. Sodium normalized with fluid restriction."),
            H2("DISCHARGE MEDICATIONS:"),
            P("Dexamethasone 4 mg twice daily with taper over 3 weeks; pantoprazole 40 mg daily; levetiracetam not started."),
            H2("FOLLOW-UP:"), P("Radiation oncology with MRI in 3 months; oncology in 2 weeks to resume pembrolizumab."),
            sig("Crispin Ravenhall, MD 01/15/2026"),
        ]], opts=dict(header=hdr(_c, 14))),
        Doc("3_teaching_file.txt", text=f"""
NEURORADIOLOGY TEACHING FILE - ENTRY 0419 (de-identified for teaching; source record {mrn(14)})
Title: Six metastases treated with single-isocentre radiosurgery - response and pseudo-progression at 3 months

History: 61F, lung adenocarcinoma on immunotherapy. Six metastases (A-F: left frontal, right frontal, right parietal, left occipital, right cerebellar, left temporal) treated with single-session linac radiosurgery in January 2026, lesion C (right parietal, 3.6 cm) receiving 15 Gy and the others 18-20 Gy.

Findings at 3 months: lesions A, B, D and F no longer visible; E smaller; C enlarged by 4 mm with a cut-Swiss-cheese pattern and low perfusion, favouring treatment effect.

Teaching points: (1) enlargement after SRS plus immunotherapy is often treatment effect; (2) perfusion and short-interval follow-up help; (3) lesion count at planning MRI often exceeds the diagnostic MRI.
Submitted by: Rosalind Okonkwo-Varga, MD
{FOOT}
"""),
    ])

# b38_15 -- bundle: PET/CT radiology report + SBRT completion summary 5 x 10 Gy + teaching file '48 Gy in 4' -------
_c = "ELDERSLIE PULMONARY ONCOLOGY CENTRE"
add(name="b38_15", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left lower lobe central", "body", None, 50, 5)],
    categories=cats(),
    contradiction="The teaching-file entry says the central left lower lobe tumour received 48 Gy in 4 fractions; the "
                  "treatment summary lists five fractions of 10 Gy (50 Gy) delivered on five dates (gold: 50 Gy in 5).",
    notes="Three documents: a PET/CT radiology report (staging, later registered for delineation), an SBRT "
          "completion summary of a central left lower lobe tumour, 50 Gy in 5 fractions written '5 x 10 Gy' and "
          "'5000 cGy', 4DCT with ITV, PET/CT registered, wing board and vacuum cushion, daily CBCT; and a "
          "teaching-file entry that recalls the schedule as 48 Gy in 4 (self-contradicting). The PET SUVmax and "
          "the 60 Gy in 8 fractions option are hazards.",
    docs=[
        Doc("1_radiology_pet_ct.pdf", [[
            H1("NUCLEAR MEDICINE - PET/CT SKULL BASE TO MID-THIGH"),
            KeyValue([("Patient", patient(15)), ("MRN", mrn(15)), ("Date", "06/03/2026"), ("Radiopharmaceutical", "F-18 FDG 352 MBq")]),
            P("HISTORY: 3.0 cm left lower lobe mass abutting the lower lobe bronchus. Staging."),
            P("FINDINGS: Left lower lobe perihilar mass 3.0 x 2.6 cm, SUVmax 14.2, within 1.5 cm of the left lower "
              "lobe bronchus. No FDG-avid hilar or mediastinal nodes. No distant metastases."),
            P("IMPRESSION: FDG-avid central left lower lobe primary, cT1cN0M0 by PET criteria."),
            sig("Wilhelmina Aberdare-Tsai, MD (Nuclear Medicine) 06/03/2026"),
        ]], opts=dict(header=hdr(_c, 15))),
        Doc("2_sbrt_treatment_summary.txt", text=f"""
{_c} - STEREOTACTIC BODY RADIOTHERAPY TREATMENT SUMMARY
PATIENT: {patient(15)}    MRN: {mrn(15)}

DIAGNOSIS: Squamous cell carcinoma, left lower lobe, central (within 2 cm of the proximal bronchial tree), cT1cN0M0. Declined lobectomy.

TREATMENT: SBRT, 50 Gy in 5 fractions (5 x 10 Gy), 6 MV FFF VMAT, 2 arcs, gantry linac.
Simulation 06/15/2026: supine on a wing board in a vacuum cushion; 4DCT with ITV from the 10 phases; FDG PET/CT of 06/03/2026 registered to the planning CT for GTV delineation; PTV = ITV + 5 mm.
Prescription: 5000 cGy to the PTV (95% coverage) at the 78% isodose line; proximal bronchial tree Dmax 49.1 Gy, esophagus Dmax 27.0 Gy. A 60 Gy in 8 fractions schedule was considered and not chosen.
Physics: plan second check and patient-specific QA passed (gamma 99.1%).
Image guidance: cone-beam CT before each fraction matched to the ITV.

FRACTIONS:  06/22/2026 10 Gy | 06/24/2026 10 Gy | 06/26/2026 10 Gy | 06/29/2026 10 Gy | 07/01/2026 10 Gy
TOTAL DELIVERED: 50 Gy in 5 fractions, left lower lobe, completed 07/01/2026. Tolerated with grade 1 cough.

Electronically signed: Benedikt Ashcombe-Ndiaye, MD 07/01/2026
{FOOT}
"""),
        Doc("3_teaching_file.pdf", [[
            H1("THORACIC TEACHING FILE - CASE 212"),
            P("Topic: central lung tumours and SABR dose fractionation."),
            P("Case: 70-year-old man, central squamous cell carcinoma of the left lower lobe (" + mrn(15) + "), treated "
              "with SABR 48 Gy in 4 fractions in June-July 2026 because of proximity to the bronchus. Follow-up CT at "
              "3 months: partial response with peritumoral consolidation (radiation pneumonitis grade 1)."),
            P("Teaching points: the 'no-fly zone' 2 cm around the proximal bronchial tree; risk-adapted schedules "
              "(e.g. 50-60 Gy in 5-8 fractions) for central tumours; post-SABR fibrosis mimicking recurrence."),
            P("Prepared by: Lysander Quiggley-Moss, MD, for the residents' conference."),
        ]], opts=dict(header=[_c + " - EDUCATION OFFICE"])),
    ])

# b38_16 -- bundle: prostate MRI report + fiducial procedure transcription + robotic SBRT clinic summary ----------
_c = "MARSHBROOK UROLOGIC ONCOLOGY ALLIANCE"
add(name="b38_16", kind="bundle", codes=["77373", "77435", "G0339", "G0340", "77432"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Three documents: a multiparametric prostate MRI radiology report (PI-RADS 4), a transcription-sample "
          "procedure note for transrectal placement of four gold fiducials (PREOPERATIVE DIAGNOSIS/PROCEDURE/"
          "DESCRIPTION), and a clinic summary of robotic-arm (CyberKnife) SBRT, 36.25 Gy in 5 fractions "
          "('7.25 Gy x 5', every other day) with fiducial tracking, CT + MRI fused. Intermediate-risk, no "
          "immobilization device named. 77432 (single-session cranial management) claimed wrongly. The "
          "dominant-lesion 40 Gy boost 'not used' and the urethra / rectum doses are hazards.",
    docs=[
        Doc("1_radiology_mri_prostate.txt", text=f"""
MARSHBROOK IMAGING - MRI PROSTATE MULTIPARAMETRIC
PATIENT: {patient(16)}  MRN: {mrn(16)}  DATE: 08/04/2026
INDICATION: PSA 8.4 ng/mL, biopsy Gleason 3+4 left mid gland.
FINDINGS: Prostate volume 42 cc. 1.1 cm lesion left peripheral zone mid gland, PI-RADS 4, no extraprostatic extension. Seminal vesicles and nodes unremarkable.
IMPRESSION: PI-RADS 4 left mid peripheral zone lesion, organ-confined.
Reported by: Hestia Brumby-Langford, MD
{FOOT}
"""),
        Doc("2_fiducial_placement_note.txt", text=f"""
TITLE: TRANSRECTAL ULTRASOUND-GUIDED PLACEMENT OF FIDUCIAL MARKERS
PATIENT: {patient(16)}   MRN: {mrn(16)}   DATE: 08/19/2026
PREOPERATIVE DIAGNOSIS: Adenocarcinoma of the prostate, Gleason 3+4=7, cT2a, PSA 8.4, intermediate risk.
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: Placement of four gold fiducial markers into the prostate for image-guided stereotactic radiotherapy.
ANESTHESIA: Periprostatic block with 10 mL of 1% lidocaine.
DESCRIPTION OF PROCEDURE: After informed consent and a prophylactic antibiotic, the patient was placed in the left lateral decubitus position, the ultrasound probe was introduced and the prostate imaged, and four gold fiducials were placed under ultrasound guidance at the right base, left base, right apex and left apex, at least 2 cm apart, with good visualization and minimal bleeding, and the patient tolerated the procedure well; planning CT and MRI will be obtained in one week to allow the markers to settle.
Fennimore Achebe-Lindqvist, MD (Urology)
{FOOT}
"""),
        Doc("3_clinic_summary.pdf", [[
            H1("RADIATION ONCOLOGY CLINIC SUMMARY - COMPLETION OF TREATMENT"),
            KeyValue([("Patient", patient(16)), ("MRN", mrn(16)), ("Visit", "09/18/2026"), ("Physician", "Octavia Penrose-Adebayo, MD")]),
            P("Mr. " + patient(16).split(", ")[0].title() + " is a 68-year-old man with intermediate-risk prostate "
              "adenocarcinoma who completed CyberKnife stereotactic body radiotherapy today. Four fiducials were placed "
              "on 08/19/2026 (see procedure note). A planning CT was obtained on 08/26/2026 and fused with a planning "
              "MRI of the same day; the prostate and proximal 1 cm of the seminal vesicles were contoured with a 3 mm "
              "posterior and 5 mm elsewhere PTV. The plan (168 beams, 83% isodose line) prescribed 36.25 Gy in 5 "
              "fractions (7.25 Gy x 5) every other day; a 40 Gy simultaneous boost to the dominant lesion was "
              "considered and not used. Urethra Dmax 38.1 Gy, rectum D1cc 35.2 Gy. Fiducial tracking with orthogonal "
              "x-ray pairs every 30-60 seconds corrected intrafraction prostate motion during every fraction."),
            RuledTable([("Fraction", "Date", "Dose", "Tracking"),
                        ("1", "09/08/2026", "7.25 Gy", "4 fiducials"), ("2", "09/10/2026", "7.25 Gy", "4 fiducials"),
                        ("3", "09/14/2026", "7.25 Gy", "4 fiducials"), ("4", "09/16/2026", "7.25 Gy", "3 fiducials (1 migrated)"),
                        ("5", "09/18/2026", "7.25 Gy", "3 fiducials")]),
            P("Total: 36.25 Gy in 5 fractions to the prostate, completed 09/18/2026. Mild urinary frequency (grade 1). "
              "PSA in 3 months."),
            sig("Octavia Penrose-Adebayo, MD 09/18/2026"),
        ]], opts=dict(header=hdr(_c, 16))),
    ])

# b38_17 -- bundle: spine MRI report + discharge summary (T11 and L2, 27 Gy/3 fx each; diagnosis list says 24 Gy) --
_c = "KINGSWEAR INFIRMARY"
add(name="b38_17", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T11", "spinal", None, 27, 3), L("L2", "spinal", None, 27, 3)],
    categories=cats(),
    contradiction="The discharge summary's diagnosis list says SBRT to T11 and L2 of 24 Gy in 3 fractions, while its "
                  "hospital course and the radiation procedure addendum give 27 Gy in 3 fractions (9 Gy x 3) to each "
                  "level (gold: 27 Gy in 3 to both).",
    notes="Three documents: an MRI total-spine radiology report (T11 and L2 metastases, an indeterminate T4 "
          "haemangioma not treated), a discharge summary of an inpatient admission for pain whose hospital course "
          "describes spine SBRT to T11 and L2, 27 Gy/3 fx each, and whose diagnosis list says 24 Gy "
          "(self-contradicting), and a teaching-file entry. Two spinal lesions (63620 + 63621 consistent). Vacuum "
          "cushion, planning CT fused with the MRI, CBCT daily. The earlier 20 Gy in 5 fractions to the pelvis is "
          "another course.",
    docs=[
        Doc("1_radiology_mri_spine.txt", text=f"""
{_c} - DIAGNOSTIC IMAGING
PATIENT: {patient(17)}   MRN: {mrn(17)}   DATE: 02/09/2026
EXAM: MRI TOTAL SPINE WITH AND WITHOUT CONTRAST
HISTORY: Breast cancer, back pain.
FINDINGS: Enhancing metastasis of the T11 vertebral body with left pedicle involvement and minimal ventral epidural extension, no cord compression. Metastasis of the L2 vertebral body, 60% of the body, no canal compromise. Typical haemangioma T4. Sacral changes from prior radiotherapy.
IMPRESSION: Metastases at T11 and L2 without cord compression. T4 haemangioma (benign).
Dictated by: Percival Tremayne-Osei, MD
{FOOT}
"""),
        Doc("2_discharge_summary.pdf", [[
            H1("DISCHARGE SUMMARY"),
            KeyValue([("Patient", patient(17)), ("MRN", mrn(17)), ("Admission", "02/08/2026"), ("Discharge", "02/14/2026"),
                      ("Service", "Medical Oncology")]),
            H2("DISCHARGE DIAGNOSES"),
            P("1. Metastatic ER-positive breast cancer with painful T11 and L2 metastases, status post SBRT to T11 and L2, "
              "24 Gy in 3 fractions. 2. Pain crisis, controlled. 3. Constipation."),
            H2("HOSPITAL COURSE"),
            P("54-year-old woman with ER+/HER2- breast cancer, bone-only disease, previously treated with 20 Gy in 5 "
              "fractions to the sacrum in 2024, admitted with severe mid-back pain. MRI showed T11 and L2 metastases "
              "without cord compression. Radiation oncology recommended SBRT. She was simulated on 02/10/2026 supine in "
              "a vacuum cushion with a 1 mm CT fused to the spine MRI, and T11 and L2 were planned as two separate "
              "targets on one VMAT plan, 27 Gy in 3 fractions (9 Gy x 3) to each, cord Dmax 20.3 Gy, after physics "
              "review. Fractions were delivered on 02/11, 02/12 and 02/13/2026 after daily cone-beam CT with a "
              "six-degree correction. Pain improved from 9/10 to 3/10 on oral opioids."),
            H2("RADIATION PROCEDURE ADDENDUM"),
            RuledTable([("Target", "Dose per fraction", "Fractions", "Total", "Completed"),
                        ("T11", "9 Gy", "3", "27 Gy", "02/13/2026"), ("L2", "9 Gy", "3", "27 Gy", "02/13/2026")]),
            H2("DISCHARGE PLAN"), P("Oxycodone as needed, senna, letrozole and ribociclib to continue. MRI spine in 3 months."),
            sig("Genevieve Hollowell-Ikeda, MD 02/14/2026"),
        ]], opts=dict(header=hdr(_c, 17))),
        Doc("3_teaching_file.txt", text=f"""
SPINE ONCOLOGY TEACHING FILE #77 (source {mrn(17)})
Two non-contiguous spinal metastases (T11, L2) treated as two targets in one SBRT plan in February 2026. Teaching points: contour each level with its own CTV per consensus guidelines; T4 haemangioma is a benign mimic and was not treated; the cord PRV is drawn on MRI.
{FOOT}
"""),
    ])


# ==================================================================================================
# Hard negatives of public-text shapes (3)
# ==================================================================================================

# b38_18 -- pdf: patient-education leaflet about radiosurgery, generic doses and fractions -------------------------
_c = "ROOKSBRIDGE CANCER CARE - PATIENT INFORMATION"
add(name="b38_18", kind="pdf", codes=["77372", "77432"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a patient-education leaflet 'Stereotactic radiosurgery (SRS): what to expect', handed to "
          "the patient at consultation (name and MRN on the 'prepared for' line). It names doses and fractions "
          "generically ('usually 15 to 24 Gy in a single treatment', 'or 25-30 Gy in 3 to 5 fractions'), a frame "
          "or a mask, an MRI and a planning CT, and cone-beam CT on the day, in the future and second person. "
          "Nothing has been planned or delivered: facts empty, categories unmet, codes inconsistent.",
    docs=[Doc("b38_18.pdf", [[
        H1("Stereotactic radiosurgery (SRS): what to expect"),
        P("Prepared for: " + patient(18) + " (" + mrn(18) + ")   Given by: clinic nurse, 10/02/2026"),
        H2("What is stereotactic radiosurgery?"),
        P("Despite its name, radiosurgery is not surgery. It uses many small, precisely aimed beams of radiation to "
          "treat small areas in the brain while sparing the tissue around them. It may be given on a machine that "
          "uses many cobalt sources (Gamma Knife), on a robotic machine (CyberKnife) or on a standard linear "
          "accelerator."),
        H2("How much radiation will I receive?"),
        P("Your doctor will choose the dose for you. For most brain metastases the dose is usually 15 to 24 Gy "
          "(gray) in a single treatment. Larger tumours may be treated in 3 to 5 sessions (fractions), for example "
          "25-30 Gy in total (such as 9 Gy x 3 or 6 Gy x 5)."),
        H2("Before treatment"),
        BulletList(["You will have an MRI scan of your brain with a contrast injection.",
                    "You will have a planning CT scan, usually wearing a custom plastic mask. Some centres use a "
                    "head frame fixed with four small pins under local anaesthetic instead.",
                    "Physicists and doctors will make and check your plan; this takes a few days."]),
        H2("On the day"),
        P("You will lie on the couch in your mask. We will take a low-dose scan (cone-beam CT) to check your "
          "position before the treatment starts. Treatment takes 20 to 60 minutes and is painless."),
        H2("Side effects"),
        P("Tiredness, headache or nausea for a day or two; hair loss is rare. Steroids may be prescribed."),
        P("Questions? Call the radiosurgery nurse line. Leaflet RCC-PI-014, version 6, reviewed 2026."),
    ]], opts=dict(header=[_c]))])

# b38_19 -- txt: literature-review paragraph comparing SRS schedules, pasted into a resident's note --------------
add(name="b38_19", kind="text", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a resident's literature summary for tumour board ('Evidence review: single-fraction vs "
          "fractionated SRS for metastases 2-4 cm'), pasted into the chart with the patient's header: 24 Gy "
          "single fraction, 27 Gy in 3, 30 Gy in 5, 35 Gy/5 fx, local control and necrosis rates with citations "
          "[1]-[12], a table of schedules. The patient's own course is only 'to be decided at tumour board'. "
          "Facts empty, categories unmet, codes inconsistent.",
    docs=[Doc("b38_19.txt", text=f"""
ASHGROVE HEALTH - RADIATION ONCOLOGY - RESIDENT NOTE (EDUCATIONAL)
PATIENT: {patient(19)}   MRN: {mrn(19)}   DATE: 11/20/2026
REASON: Evidence review requested for tumour board 11/24/2026 - 2.9 cm right temporal metastasis, fractionation to be decided.

EVIDENCE REVIEW: SINGLE-FRACTION VERSUS FRACTIONATED SRS FOR BRAIN METASTASES OF 2-4 CM

Single-fraction radiosurgery remains standard for small metastases, with doses of 24 Gy for lesions up to 2 cm, 18 Gy for 2.1-3 cm and 15 Gy for 3.1-4 cm established in the dose-escalation trial [1]. For lesions above 2 cm, however, local control with single-fraction SRS falls to 60-75% at one year and symptomatic radionecrosis rises to 10-20% [2,3]. Hypofractionated SRS (fSRS) schedules such as 27 Gy in 3 fractions (9 Gy x 3), 30 Gy in 5 fractions (6 Gy x 5) and 35 Gy/5 fx have been compared in retrospective series [4-6] and one randomized trial [7]: in a propensity-matched analysis, 27 Gy/3 fx gave 1-year local control of 91% vs 77% for 15-18 Gy in 1 fraction, with necrosis of 8% vs 20% [5]. A meta-analysis of 24 studies favoured fractionation for lesions above 4 cc [8]. For resection cavities, 30 Gy in 5 fractions or 27 Gy in 3 fractions are most common [9,10], and 5 x 7 Gy has been used for large lesions in staged approaches [11]. Dose is typically prescribed to the 70-80% isodose line on linacs and the 50% isodose on cobalt units [12].

Schedule                Local control 1 yr   Radionecrosis   Refs
15-18 Gy x 1            70-77%               15-20%          [1,3,5]
9 Gy x 3 (27 Gy)        88-91%               6-9%            [4,5]
6 Gy x 5 (30 Gy)        85-90%               5-8%            [6,9]
7 Gy x 5 (35 Gy)        89%                  9%              [11]

Conclusion for discussion: a 3- or 5-fraction course is reasonable for this patient's 2.9 cm lesion; final decision at tumour board after the planning MRI, which has not yet been scheduled.

Aurelian Fitzwarren-Obuya, MD (PGY-4) - for discussion only, not a treatment plan.
{FOOT}
""")])

# b38_20 -- pdf: clinical-trial eligibility summary; patient screened for an SBRT trial, not randomized -----------
_c = "HEATHERLEIGH CLINICAL TRIALS OFFICE"
add(name="b38_20", kind="pdf", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a clinical-trial eligibility summary for an invented oligometastasis trial (SBRT 30-50 Gy in "
          "5 fractions or 24 Gy in 1 fraction to all sites vs standard of care), with inclusion/exclusion checklist, "
          "the patient's two candidate lesions (left adrenal, T8) and the arm doses. Screening outcome: not "
          "eligible (a fourth lesion on PET), not randomized, referred back. The PET/CT and MRI listed are "
          "screening studies, not a course's planning imaging. Facts empty, categories unmet.",
    docs=[Doc("b38_20.pdf", [[
        H1("CLINICAL TRIAL ELIGIBILITY SUMMARY"),
        KeyValue([("Protocol", "HCT-OLIGO-07: stereotactic ablative radiotherapy for 1-3 oligometastases (phase III)"),
                  ("Patient", patient(20)), ("MRN", mrn(20)), ("Screening date", "12/01/2026"),
                  ("Research nurse", "Tamsin Oyelowo-Gray, RN"), ("Investigator", "Horatio Pembridge-Lau, MD")]),
        H2("Trial arms"),
        TextTable([("Arm", "Treatment"),
                   ("A (control)", "Standard of care systemic therapy +/- palliative RT"),
                   ("B (experimental)", "Standard of care + SBRT to every site: 30-50 Gy in 5 fractions, or 24 Gy in 1 fraction (spine), or 35 Gy/5 fx (adrenal)")],
                  columns=[56, 176]),
        H2("Candidate lesions (screening PET/CT 11/24/2026, MRI spine 11/26/2026)"),
        RuledTable([("Lesion", "Size", "Proposed dose if arm B"),
                    ("Left adrenal", "2.8 cm", "35 Gy/5 fx"), ("T8 vertebral body", "1.9 cm", "24 Gy x 1")]),
        H2("Inclusion / exclusion"),
        RuledTable([("Criterion", "Met?"),
                    ("Histologically confirmed solid tumour (NSCLC)", "Yes"),
                    ("1-3 metastases, all amenable to SBRT", "NO - fourth lesion (right iliac bone) on PET/CT"),
                    ("ECOG 0-1", "Yes (ECOG 1)"),
                    ("No prior RT overlapping a target", "Yes")]),
        P("Outcome: NOT ELIGIBLE. Not consented, not randomized. Referred back to the treating radiation oncologist; "
          "off-protocol treatment options to be discussed at clinic on 12/08/2026."),
        sig("Horatio Pembridge-Lau, MD 12/01/2026"),
    ]], opts=dict(header=[_c]))])


CORPUS = Corpus("blind_corpus38", "tests/blind_corpus38", CHARTS, pdf_options={"footer": FOOT, "font": "Helvetica"},
                hand_written=["README.md", "FIRST_RUN.md"])
