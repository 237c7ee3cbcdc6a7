"""Eighty-second blind corpus, ``tests/blind_corpus82/`` (regenerate: ``python scripts/make_corpus.py blind_corpus82``).

TUNING corpus, written blind (without reading the reader's code) by a forty-fifth hand.

Theme: what happened in THIS course. Twenty charts in which a reader must tell what was delivered in the
course at hand from what was recommended, offered, planned, scheduled, abandoned, given earlier or merely
mentioned: dictated consults and procedure notes, EHR printouts, plan reports, fraction records, tumour-board
and follow-up notes, and bundles of 2-4 files (.pdf and .txt); four charts carry a scanned or faxed page
(image-only PDF pages, two of them with a fax banner). Cranial (cobalt-60 with frame and with mask, gantry
linac, robotic-arm linac), spine and body SBRT are mixed.

* Hard negatives (5): a consult weighing frame vs mask and SRS vs whole brain; an approved liver SBRT plan
  never delivered because the patient died; a follow-up visit with surveillance MRI after an earlier SRS
  course; a spine tumour-board note; a lung SBRT simulation after which the course was cancelled.
* A conventional course in a stereotactic programme's printout (54 Gy in 30 fractions, "fractionated
  stereotactic radiotherapy"): delivered and labelled, but fits no SRS/SBRT code.
* Positives with traps: frame offered but mask used; a frame's fiducial indicator box (no implanted
  fiducials); fiducials placed but not used for tracking, and fiducials used; a planning MRI aborted beside
  diagnostic and follow-up MRIs; a dose-staged course (two sessions four weeks apart, one lesion); a course
  stopped after 2 of 3 fractions; a course in progress with fractions 4 and 5 still scheduled; a lesion
  dropped after the planning MRI; a new lesion found on the day of treatment and added; an earlier SRS course
  described in the history; re-irradiation of a spine level; an SBRT boost after conventional pelvic RT; a
  bundle whose last file is a follow-up note recommending the next course.
* Two charts contradict themselves (``contradiction``): a summary that counts four metastases beside three
  treated, and an auto-filled completion summary claiming 30 Gy in 5 for a course stopped after 3.

Gold labels are written by hand from what each chart says about THIS course and ../shared/corpus/README.md,
blind (without reading the reader's code). Every clinic, clinician and system is invented.
"""

# ruff: noqa: E501  (dictations and letters are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import BulletList, KeyValue, Paragraph, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

PATIENTS = [("ZAMBONI", "Lucia"), ("ZELLER", "Harold"), ("ZARAGOZA", "Ines"), ("ZIELINSKI", "Tomasz"),
            ("ZUCKER", "Miriam"), ("ZANETTI", "Paola"), ("ZORN", "Beatrix"), ("ZAPATA", "Ernesto"),
            ("ZIMMER", "Walter"), ("ZABALA", "Gerardo"), ("ZEIDLER", "Konrad"), ("ZOLLER", "Agnes"),
            ("ZAGORSKI", "Irena"), ("ZAVALA", "Rosendo"), ("ZERBE", "Dolores"), ("ZUNIGA", "Octavio"),
            ("ZELENKO", "Marta"), ("ZANDERS", "Clifford"), ("ZWICK", "Henrietta"), ("ZUBIRI", "Anselmo")]


def patient(n: int) -> str:
    last, first = PATIENTS[n - 1]
    return f"{last}, {first}"


def surname(n: int) -> str:
    return PATIENTS[n - 1][0].capitalize()


def mrn(n: int) -> str:
    return f"SYN-820{n:02d}"


def head(clinic: str, n: int, dob: str, extra: str = "") -> list[str]:
    return [clinic, f"{patient(n)}   MRN {mrn(n)}   DOB {dob}" + (f"   {extra}" if extra else "")]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# x82_01 -- dictation (text): joint consult, frame vs mask and SRS vs whole brain discussed; nothing given yet -------
add(name="x82_01", kind="dictation", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: dictated joint neurosurgery / radiation oncology consult for three renal-cell brain "
          "metastases. Options discussed at length (frame-based vs mask-based cobalt-60 radiosurgery, SRS vs "
          "hippocampal-avoidant whole brain, resection of the largest), doses quoted ('twenty gray to the fifty "
          "percent line'), patient leaning to frame SRS, date pencilled in pending insurance and a planning MRI "
          "not yet done. Nothing simulated or delivered: facts empty, codes inconsistent.",
    docs=[Doc("x82_01.txt", text=f"""
HARWICK LAKE NEUROSCIENCE CENTER
Gamma Radiosurgery Program - JOINT CONSULTATION (dictated)

Patient: {patient(1)}    MRN: {mrn(1)}    DOB: 05/14/1961
Date of visit: 02/09/2026
Neurosurgery: Anton Vasquez-Lindqvist, MD     Radiation Oncology: Celeste Amundsen-Reyes, MD
Referring: Dr. Paulo Ferreira-Kim, Medical Oncology
Transcribed 02/10/2026 by DICTAWAVE (invented) - dictated but not read

REASON FOR VISIT: Three brain metastases, clear cell renal carcinoma. Radiosurgery evaluation.

HISTORY: Ms. {surname(1)} is a sixty four year old woman with clear cell renal cell carcinoma, left nephrectomy in 2023, pulmonary metastases since last spring on cabozantinib with a good response. Staging MRI of the brain on January twenty eighth, done because of mild headaches, showed three enhancing lesions: right frontal one point nine centimeters with modest edema, left parietal one point one centimeters, and left cerebellar seven millimeters. No hemorrhage at present, although renal metastases can bleed. She has no focal deficits. She is on no steroids.

EXAMINATION: Alert and oriented, fluent speech, cranial nerves normal, no drift, normal gait and tandem. KPS ninety.

DISCUSSION: We spent about fifty minutes with Ms. {surname(1)} and her husband and went over the options in detail.

First, whole brain radiation, which we would give as thirty gray in ten fractions with hippocampal avoidance and memantine. This treats microscopic disease but has cognitive and fatigue costs, and renal cell carcinoma is relatively resistant to conventional fractionation. Second, resection of the right frontal lesion followed by radiosurgery to the cavity, which Dr. Vasquez-Lindqvist does not think is needed given the size and the absence of mass effect. Third, radiosurgery alone to all three lesions, which is what we both recommend.

For radiosurgery on our cobalt sixty unit there are two ways to hold the head. The traditional approach is a stereotactic head frame fixed with four pins under local anesthetic on the morning of treatment, which gives the best accuracy and lets us do the stereotactic MRI the same morning. The alternative is a custom thermoplastic mask with cone beam CT positioning and infrared motion monitoring, which avoids the pins and allows the treatment to be split into several sessions if we needed to. For three lesions of this size either would be acceptable. She is leaning toward the frame because she would rather have everything done in one day, but she wants to think about the pins.

If we proceed, we would expect a marginal dose of twenty gray to the fifty percent isodose line for the parietal and cerebellar lesions and eighteen gray for the right frontal lesion. Risks discussed include headache, seizure, hair loss over the frontal lesion, hemorrhage, and radiation necrosis of roughly five to ten percent for the largest lesion.

PLAN:
1. Obtain insurance authorization for radiosurgery.
2. A thin slice gadolinium enhanced MRI will be done on the morning of treatment, or the day before if she chooses the mask.
3. Hold cabozantinib for one week before and one week after treatment per Dr. Ferreira-Kim.
4. Tentative date March tenth, to be confirmed once authorization is back and she has decided between frame and mask. Consent not yet signed.

Anton Vasquez-Lindqvist, MD    Celeste Amundsen-Reyes, MD
{FOOT}
""")])

# x82_02 -- bundle (2 files): approved liver SBRT plan; patient died before fraction 1 ------------------------------
_c = "OSTRANDER VALLEY CANCER INSTITUTE - RADIATION ONCOLOGY"
add(name="x82_02", kind="bundle", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a complete, signed SBRT plan report (hepatocellular carcinoma segment VII, 45 Gy in 3, "
          "fiducials, vacuum cushion with abdominal compression, CT + MRI, arcs, isodose, DVH, physics QA) and a "
          "telephone / chart note: the patient was admitted with variceal bleeding before fraction 1, went to "
          "hospice and died; the course was cancelled in the record-and-verify system with no fraction given. "
          "Nothing delivered: facts empty, codes inconsistent.",
    docs=[
        Doc("1_sbrt_plan_report.pdf", [
            [H1("SBRT Treatment Plan - Physician Approval"),
             KeyValue([("Patient", f"{patient(2)}   ({mrn(2)})"), ("Course", "C1 Liver SBRT"),
                       ("Diagnosis", "Hepatocellular carcinoma, segment VII, 3.2 cm (C22.0); Child-Pugh A6"),
                       ("Simulation", "02/17/2026: 4DCT 2 mm, supine, arms up, custom vacuum cushion, abdominal compression plate"),
                       ("Planning MRI", "02/16/2026 liver MRI (hepatobiliary phase) registered to the average CT"),
                       ("Fiducials", "3 gold markers placed 02/09/2026 (interventional radiology), all visible on the 4DCT"),
                       ("Planning system", "CASSIOPEIA 5.1 (invented)"),
                       ("Machine", "6 MV FFF gantry linac, 5 mm MLC"),
                       ("Technique", "2 partial VMAT arcs, 181-40 deg"),
                       ("Prescription", "45 Gy in 3 fractions (15 Gy/fx) to PTV, prescribed to the 80% isodose"),
                       ("Planned dates", "02/24/2026, 02/26/2026, 03/02/2026")]),
             RuledTable([("Structure", "Volume", "Metric", "Planned", "Constraint"),
                         ("GTV_Seg7", "17.4 cc", "D99", "48.9 Gy", "-"),
                         ("PTV_4500", "41.8 cc", "V100", "95.6%", ">= 95%"),
                         ("Liver - GTV", "1388 cc", "Volume < 15 Gy", "776 cc", ">= 700 cc"),
                         ("Duodenum", "-", "D0.5cc", "9.8 Gy", "< 22.2 Gy"),
                         ("Right kidney", "-", "V14.4Gy", "11%", "< 33%"),
                         ("Spinal cord", "-", "Dmax", "7.1 Gy", "< 18 Gy")]),
             P("Physics: independent MU check within 1.6%; patient-specific QA (cylindrical diode array, gamma "
               "3%/2 mm) 99.1% passing, 02/20/2026. Image guidance planned: CBCT before each fraction with match to "
               "the fiducials, kV imaging between arcs."),
             sig("Gunnar Adeyemi-Holt, MS, DABR 02/20/2026"),
             sig("Rosalind Okafor-Brandt, MD, Radiation Oncology - plan approved 02/20/2026")],
        ], opts=dict(header=head(_c, 2, "11/30/1950"))),
        Doc("2_chart_note.txt", text=f"""
OSTRANDER VALLEY CANCER INSTITUTE - RADIATION ONCOLOGY
CHART NOTE / TELEPHONE ENCOUNTER
Patient: {patient(2)}   MRN: {mrn(2)}
Author: Rosalind Okafor-Brandt, MD      Date: 02/27/2026

Called by Dr. Ng, hepatology, on 02/23. Mr. {surname(2)} was admitted to Ostrander General on 02/22, the day before his first SBRT fraction, with hematemesis from esophageal varices, banded twice, and has since decompensated with ascites and encephalopathy. His first fraction scheduled for 02/24 was postponed.

Family meeting at the hospital 02/25 with the patient's daughters; goals of care changed to comfort. Transferred to inpatient hospice 02/25. I was informed this morning that he died overnight on 02/26 to 02/27.

No radiation was delivered. The liver SBRT course has been cancelled and the approved plan retired in the record and verify system; the treatment machine schedule has been released. Please do not bill any delivery or management for this course; the simulation and planning charges stand per the billing office.

Condolence letter sent to the family.

Rosalind Okafor-Brandt, MD
{FOOT}
"""),
    ])

# x82_03 -- scan (skewed): follow-up visit eight months after linac SRS; surveillance MRI; nothing new given --------
_c = "PELLWORTH REGIONAL CANCER CENTER"
add(name="x82_03", kind="scan", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a scanned (skewed, speckled) follow-up clinic note eight months after single-fraction "
          "linac SRS to two lung-cancer metastases (the earlier course's doses, mask, CBCT and plan quoted in the "
          "interval history), with today's surveillance MRI report pasted in and a plan of repeat MRI in three "
          "months. No treatment in this document: facts empty, codes inconsistent.",
    docs=[Doc("x82_03.pdf", [[
        Paragraph("RADIATION ONCOLOGY - FOLLOW-UP VISIT", bold=True),
        KeyValue([("Patient", patient(3)), ("MRN", mrn(3)), ("DOB", "09/03/1957"), ("Visit date", "04/21/2026"),
                  ("Provider", "Desmond Achterberg, MD"), ("Visit type", "Established patient, post-SRS surveillance")]),
        H2("Interval history"),
        P(f"Ms. {surname(3)} returns eight months after stereotactic radiosurgery. On 08/19/2025 she received single-fraction "
          "linac SRS in a thermoplastic mask with CBCT alignment to two metastases from EGFR-mutant lung adenocarcinoma: "
          "left frontal 1.5 cm, 20 Gy to the 80% isodose, and right cerebellar 0.8 cm, 22 Gy (plan SRS_2ISO, 2 isocenters, "
          "6 non-coplanar arcs). She continues osimertinib with stable chest disease. She reports mild fatigue only. "
          "No headaches, seizures or new weakness."),
        H2("Imaging today"),
        P("MRI brain with and without contrast 04/20/2026 (Pellworth Imaging): the treated left frontal lesion measures "
          "4 mm (was 15 mm), with a small rim of enhancement and decreasing FLAIR signal. The treated right cerebellar "
          "lesion is no longer visible. No new enhancing lesions. No evidence of radiation necrosis."),
        H2("Examination"),
        P("KPS 90. Neurologically intact. Alopecia over the left frontal scalp has regrown."),
        H2("Assessment and plan"),
        BulletList(["Two brain metastases status post SRS 08/2025, both responding; no new disease.",
                    "No further radiation is indicated at this time.",
                    "Repeat MRI brain in 3 months, then every 3-4 months for the first two years.",
                    "Return to clinic after the next MRI, sooner for new neurological symptoms."]),
        sig("Desmond Achterberg, MD, Radiation Oncology 04/21/2026 15:02"),
    ]], opts=dict(header=[_c + "  -  Radiation Oncology", "Printed 04/22/2026 by HIM scanning station 3"],
                  scan=True, scan_dpi=150, scan_skew=1.8, scan_noise=8.0))])

# x82_04 -- pdf: spine tumour board recommendation for SBRT to two levels; prior conventional RT in the history ---
_c = "MERIDEN UNIVERSITY HOSPITAL - MULTIDISCIPLINARY SPINE TUMOR BOARD"
add(name="x82_04", kind="pdf", codes=["77373", "77435", "63620", "63621"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: spine tumour-board minutes for one patient (renal-cell metastases T11 and L3). The board "
          "recommends separation surgery at T11 followed by SBRT 24 Gy in 2 fractions to T11 and L3; the history "
          "mentions conventional RT to L3 (20 Gy in 5) in 2024. Next steps are a neurosurgery visit and a planning "
          "MRI. Nothing simulated or delivered: facts empty, codes inconsistent.",
    docs=[Doc("x82_04.pdf", [[
        H1("Spine Tumor Board - Case Summary and Recommendation"),
        KeyValue([("Conference date", "05/06/2026"), ("Patient", f"{patient(4)}   MRN {mrn(4)}   DOB 01/22/1959"),
                  ("Presenting", "Farida Soltani-Brooks, MD (Radiation Oncology)"),
                  ("Present", "Neurosurgery (Dr. Halvorsen), Orthopaedic Spine (Dr. Mbeki-Laurent), Medical Oncology (Dr. Ruiz-Taggart), Neuroradiology (Dr. Oyelaran), Pain service, Nurse navigator")]),
        H2("Case"),
        P("67-year-old man with metastatic clear cell renal carcinoma on nivolumab/cabozantinib. Previously treated: "
          "L3 metastasis, conventional palliative radiotherapy 20 Gy in 5 fractions (04/2024, outside facility), with "
          "good pain relief until recently. Now 6 weeks of mid-back pain, no weakness."),
        H2("Imaging reviewed"),
        P("MRI total spine 04/29/2026: T11 vertebral body metastasis with ventral epidural extension, Bilsky 2, no cord "
          "signal change; L3 recurrent/progressive disease within the prior field with new right pedicle involvement, "
          "Bilsky 1b. SINS T11 = 9 (potentially unstable), L3 = 6. CT chest/abdomen: stable lung nodules."),
        H2("Discussion"),
        P("Radioresistant histology; SBRT preferred over repeat conventional RT at both levels. For T11, separation "
          "surgery (posterior decompression and T9-L1 stabilisation) first, to create a margin from the cord, then "
          "postoperative SBRT. L3 is a re-irradiation: cumulative cauda equina dose to be respected."),
        H2("Recommendation"),
        BulletList(["Neurosurgery clinic to arrange T11 separation surgery and stabilisation.",
                    "Postoperative SBRT, 24 Gy in 2 fractions, to T11 and L3 (re-irradiation), 4-6 weeks after surgery.",
                    "Planning MRI with metal-artifact reduction and CT myelogram to be ordered after surgery.",
                    "Continue systemic therapy; hold cabozantinib around surgery.",
                    "Re-present after surgery if the plan changes."], numbered=True),
        P("Consensus reached. This note records the board's recommendation; it is not an order and no treatment has been scheduled."),
        sig("Farida Soltani-Brooks, MD, for the Spine Tumor Board 05/06/2026"),
    ]], opts=dict(header=[_c, "Conference record - confidential peer review"]))])

# x82_05 -- bundle (3 files): lung SBRT consult + simulation; restaging PET at sim shows spread; course cancelled ----
_c = "BRAMBLEGATE COMMUNITY ONCOLOGY"
add(name="x82_05", kind="bundle", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: three-file bundle. Consult recommends lung SBRT 54 Gy in 3; a simulation record (4DCT in "
          "a vacuum cushion, abdominal compression, ITV contoured) looks like the start of a course; a dictated "
          "follow-up note says the restaging PET ordered at simulation showed new nodal and hepatic disease, the "
          "plan was never completed and the course was cancelled for systemic therapy. Nothing delivered.",
    docs=[
        Doc("1_consult.txt", text=f"""
BRAMBLEGATE COMMUNITY ONCOLOGY - RADIATION ONCOLOGY NEW PATIENT CONSULT
Patient: {patient(5)}   MRN: {mrn(5)}   DOB: 07/19/1948   Date: 06/02/2026
Physician: Thaddeus Oyelowo-Park, MD

HPI: Seventy seven year old woman, former smoker of fifty pack years, with a 2.4 cm spiculated right upper lobe nodule, biopsy proven adenocarcinoma (05/20/2026). PET-CT 04/30 showed SUV 9.1 in the nodule and no nodal or distant uptake. PFTs: FEV1 41 percent predicted, DLCO 38 percent. Thoracic surgery (Dr. Lindqvist) considers her high risk for lobectomy.

Assessment: cT1c N0 M0 NSCLC, medically inoperable.

Recommendation: stereotactic body radiation therapy to the right upper lobe nodule, fifty four gray in three fractions, every other day. The lesion is peripheral, more than two centimeters from the chest wall on the diagnostic CT; if it abuts the chest wall on the planning scan we will consider fifty gray in five. Because the PET is now more than four weeks old, I have ordered a restaging PET-CT to be done at the time of simulation. Risks reviewed: fatigue, cough, pneumonitis five to ten percent, rib fracture and chest wall pain. She consented.

Thaddeus Oyelowo-Park, MD
{FOOT}
"""),
        Doc("2_simulation_record.pdf", [[
            H1("CT Simulation Record - SBRT Lung"),
            KeyValue([("Patient", f"{patient(5)}  /  {mrn(5)}"), ("Sim date", "06/09/2026"),
                      ("Position", "Supine, arms above head on wing board, custom vacuum cushion (Vac bag #B-114)"),
                      ("Motion management", "Abdominal compression plate, level 3; 4DCT 10 phases, 2 mm"),
                      ("Tumor motion", "SI 6 mm, AP 2 mm, LR 1 mm under compression"),
                      ("Reference marks", "3 tattoos + compression plate settings recorded"),
                      ("Contours (preliminary)", "GTV on all phases, ITV (MIP-checked), PTV = ITV + 5 mm: 22.6 cc"),
                      ("Intended prescription", "54 Gy in 3 fractions, pending restaging PET-CT")]),
            P("Therapist note: patient tolerated compression well. Restaging PET-CT performed the same afternoon at "
              "Bramblegate Imaging. Plan to be started once the PET is reviewed by Dr. Oyelowo-Park."),
            sig("Simulation therapists: K. Abernathy, RTT / J. Morales-Quinn, RTT 06/09/2026"),
        ]], opts=dict(header=head(_c + "  -  CT Simulation", 5, "07/19/1948"))),
        Doc("3_followup_note.txt", text=f"""
BRAMBLEGATE COMMUNITY ONCOLOGY - RADIATION ONCOLOGY FOLLOW UP (dictated)
{patient(5)}   {mrn(5)}   06/16/2026   Thaddeus Oyelowo-Park, MD

I saw Mrs. {surname(5)} today with her son to go over the restaging PET-CT from June ninth. Unfortunately it shows new hypermetabolic right paratracheal and subcarinal lymph nodes, SUV up to seven, and two new hypodense hypermetabolic lesions in the liver, the larger two point one centimeters. This changes her stage to at least stage four, and stereotactic treatment of the lung nodule alone is no longer appropriate.

I discussed this with Dr. Ruiz-Benedetti in medical oncology this morning and she will see Mrs. {surname(5)} on Thursday to start systemic therapy once the liver biopsy and molecular testing are back.

The SBRT plan was never finished. I have cancelled the course and asked dosimetry to stop planning. No treatment was given. I told her we would gladly revisit radiation for symptom control or for oligoprogression later on.

Thaddeus Oyelowo-Park, MD
{FOOT}
"""),
    ])

# x82_06 -- pdf (2 pages): "fractionated stereotactic radiotherapy" meningioma 54 Gy in 30 -- delivered, not SRS ---
_c = "CALDER RIDGE STEREOTACTIC RADIOSURGERY & PRECISION RADIOTHERAPY PROGRAM"
add(name="x82_06", kind="pdf", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 30, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal parasagittal meningioma", "cranial", C, 54, 30)],
    categories=cats(),
    notes="Conventional course in a stereotactic-looking printout: a stereotactic programme's 'fractionated stereotactic "
          "radiotherapy' summary (SRS mask, 1 mm CT fused with MRI, 6DoF couch, CBCT and surface guidance every "
          "day, non-coplanar arcs) for a 4.3 cm parasagittal meningioma, 54 Gy in 30 fractions of 1.8 Gy, delivered. "
          "Thirty fractions: no SRS/SBRT code fits and there is no delivery code. Size >= 3.5 cm: complex.",
    docs=[Doc("x82_06.pdf", [
        [H1("Fractionated Stereotactic Radiotherapy (FSRT) - Treatment Summary"),
         KeyValue([("Patient", patient(6)), ("MRN", mrn(6)), ("DOB", "03/27/1966"),
                   ("Diagnosis", "Meningioma, WHO grade 1 (radiographic), left frontal parasagittal, 4.3 x 3.6 x 3.1 cm, abutting the superior sagittal sinus (D32.0)"),
                   ("Attending", "Yevgenia Marchetti-Dunne, MD"), ("Physicist", "Olumide Strand, PhD"),
                   ("Course dates", "01/12/2026 - 02/23/2026")]),
         H2("Rationale"),
         P("Single-session or hypofractionated radiosurgery was considered and not chosen: the tumour volume (27.8 cc) and "
           "the sinus involvement make the risk of peritumoral edema unacceptable with a 1-5 fraction course. Conventionally "
           "fractionated stereotactic radiotherapy was recommended and accepted."),
         H2("Simulation and planning"),
         KeyValue([("Immobilization", "Three-point thermoplastic SRS mask with mouthpiece; indexed head rest"),
                   ("Images", "CT simulation 01/05/2026, 1 mm; MRI 3 T T1 post-gadolinium and FLAIR 01/04/2026, rigid fusion reviewed by MD"),
                   ("Targets", "GTV = enhancing tumour and dural tail; PTV = GTV + 2 mm (27.8 cc / 36.9 cc)"),
                   ("Planning system", "SKYLARK 4 (invented)"),
                   ("Technique", "VMAT, 1 coplanar + 3 non-coplanar arcs, 6 MV FFF, single isocentre"),
                   ("Prescription", "54 Gy in 30 fractions of 1.8 Gy, 5 fractions per week, to cover 95% of the PTV"),
                   ("Organs at risk", "Brainstem Dmax 12.2 Gy; chiasm Dmax 8.4 Gy; optic nerves Dmax < 9 Gy; brain V30 6.1%")]),
         P("Physics second check and portal-dosimetry QA passed 01/09/2026 (gamma 3%/2 mm 99.6%)."),
         sig("Olumide Strand, PhD, Medical Physicist 01/09/2026")],
        [H1("Delivery"),
         P("Daily CBCT with 6-degree-of-freedom couch correction and surface-guided intrafraction monitoring (tolerance "
           "1 mm / 1 deg) for all 30 fractions. Physician review of online images at fractions 1-3 and weekly thereafter."),
         RuledTable([("Week", "Fractions", "Dates", "Dose this week", "Cumulative"),
                     ("1", "1-5", "01/12 - 01/16", "9.0 Gy", "9.0 Gy"),
                     ("2", "6-10", "01/19 - 01/23", "9.0 Gy", "18.0 Gy"),
                     ("3", "11-15", "01/26 - 01/30", "9.0 Gy", "27.0 Gy"),
                     ("4", "16-20", "02/02 - 02/06", "9.0 Gy", "36.0 Gy"),
                     ("5", "21-25", "02/09 - 02/13", "9.0 Gy", "45.0 Gy"),
                     ("6", "26-30", "02/16 - 02/23 (02/20 missed, made up 02/23)", "9.0 Gy", "54.0 Gy")]),
         H2("Summary"),
         P("Left frontal parasagittal meningioma treated with fractionated stereotactic radiotherapy, 54 Gy in 30 fractions, "
           "completed 02/23/2026 as prescribed. Grade 1 fatigue and patchy alopecia; no seizures. Dexamethasone not "
           "required. MRI at 6 months."),
         sig("Yevgenia Marchetti-Dunne, MD, Radiation Oncology 02/24/2026")],
    ], opts=dict(header=head(_c, 6, "03/27/1966")))])


# ==================================================================================================
# Cranial positives
# ==================================================================================================

# x82_07 -- dictation (text): cobalt-60 single session; frame offered, mask used (61800 claimed) ---------------------
add(name="x82_07", kind="dictation", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 2, 1, ["MRI"], ["mask"]),
    lesions=[L("left occipital", "cranial", S, 20, 1), L("right frontal", "cranial", S, 22, 1)],
    categories=cats(),
    notes="Dictated radiosurgery treatment note: cobalt-60 unit, single session, two breast-cancer metastases. A "
          "head frame was offered (and is 'our standard'), but because of a cervical fusion and pin anxiety she was "
          "treated in a thermoplastic mask with cone-beam CT and infrared nose-marker monitoring. Planning MRI the "
          "day before; the unit's CBCT is image guidance, not planning imaging. The claimed frame code 61800 is wrong.",
    docs=[Doc("x82_07.txt", text=f"""
HARWICK LAKE NEUROSCIENCE CENTER - GAMMA RADIOSURGERY PROGRAM
RADIOSURGERY TREATMENT NOTE - dictated
Patient: {patient(7)}     MRN: {mrn(7)}     DOB: 12/06/1970
Date of treatment: 03/18/2026
Radiation Oncology: Celeste Amundsen-Reyes, MD    Neurosurgery: Anton Vasquez-Lindqvist, MD    Physics: Ingrid Halloway-Sato, PhD

Indication. Fifty five year old woman with HER two positive breast cancer and two new brain metastases on surveillance MRI, a left occipital lesion of one point three centimeters and a right frontal lesion of six millimeters. Seen in consultation on March fourth.

Head fixation. At consultation we offered the stereotactic head frame, which is our standard for single session radiosurgery on the cobalt unit. Ms. {surname(7)} has a C five to C seven anterior cervical fusion with limited neck extension and was very anxious about the pins, and after discussion she chose frameless treatment. A custom thermoplastic mask was made on March seventeenth and no frame was applied at any point. A stereotactic reference cone beam CT was obtained on the unit with the mask in place and co-registered with the planning MRI.

Imaging. Planning MRI March seventeenth, three tesla, one millimeter T1 post gadolinium MPRAGE and T2, on which both lesions were contoured. No planning CT was needed.

Plan. Planned in FALCONPLAN 9, which is invented, by Dr. Ingrid Halloway-Sato and myself. Left occipital lesion twenty gray to the fifty percent isodose line, seven shots, coverage ninety eight percent. Right frontal lesion twenty two gray to the fifty percent isodose line, two shots, coverage one hundred percent. Normal brain V twelve two point nine cc. Independent second check of treatment times within one percent.

Treatment. Pre treatment cone beam CT matched to the reference, translation zero point six millimeters, accepted. Intrafraction motion was monitored with the infrared nose marker, threshold one point five millimeters; one pause for a cough at minute eleven, re imaged with cone beam CT and resumed. Both targets were treated today in a single session, left occipital twenty gray and right frontal twenty two gray, beam on time forty one minutes. She tolerated the mask well.

Follow up. MRI in eight weeks. Continue trastuzumab deruxtecan without interruption.

Celeste Amundsen-Reyes, MD    dictated 03/18/2026, electronically signed 03/19/2026
{FOOT}
""")])

# x82_08 -- bundle (2 files, one faxed): cobalt-60 frame SRS, petroclival meningioma; fiducial indicator box -------
_c = "SAINT ODILE NEUROSURGICAL INSTITUTE"
add(name="x82_08", kind="bundle", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right petroclival meningioma", "cranial", C, 13, 1)],
    categories=cats(),
    notes="Two files: a dictated operative note (frame applied with four pins; MR and CT 'fiducial indicator boxes' "
          "fitted to the frame for stereotactic imaging) and a faxed, image-only dose-plan page (fax banner). "
          "Right petroclival meningioma 13 Gy to the 50% isodose in one session: complex by location. The "
          "indicator box's fiducials are part of the frame, not implanted markers: positioning is frame only.",
    docs=[
        Doc("1_operative_note.txt", text=f"""
SAINT ODILE NEUROSURGICAL INSTITUTE
OPERATIVE NOTE - STEREOTACTIC RADIOSURGERY (dictated)
Patient: {patient(8)}   MRN: {mrn(8)}   DOB: 02/11/1958   Date of procedure: 04/08/2026
Surgeon: Bartholomew Nakagawa-Reid, MD    Radiation oncologist: Henrike Salgado, MD    Physicist: Mateus Oduya, MS

PREOPERATIVE DIAGNOSIS: Right petroclival meningioma, enlarging on serial imaging.
PROCEDURES: One, application of a stereotactic head frame. Two, stereotactic MRI and CT for localization. Three, single session stereotactic radiosurgery on the cobalt sixty unit.

INDICATIONS: Sixty eight year old man with a right petroclival meningioma first seen in 2023, two point three by one point nine centimeters, grown two millimeters over the last year with new right facial numbness. Resection would carry a high risk of cranial nerve injury. Radiosurgery recommended and accepted.

DESCRIPTION: After oral sedation, four pin sites were infiltrated with local anesthetic and the stereotactic head frame was applied, positioned low and to the right to bring the skull base toward the center of the frame. The MR fiducial indicator box was attached to the frame and a stereotactic MRI obtained, T1 post gadolinium one millimeter and CISS. Because the tumor lies against the clivus and petrous apex, where MR distortion matters, the CT fiducial indicator box was then fitted and a one millimeter stereotactic CT was acquired; the two studies were co-registered, registration error zero point three millimeters. The indicator boxes were removed before treatment.

The tumor was contoured together with the brain stem, right trigeminal nerve, cochleae and optic apparatus; the nearest optic structure, the right optic nerve, is fourteen millimeters from the tumor. Thirteen gray was prescribed to the fifty percent isodose line. Frame coordinates were checked against the plan on the couch by the physicist and by me. Treatment was delivered in a single session without interruption. The frame was removed, pin sites dressed.

COMPLICATIONS: None. DISPOSITION: Discharged home the same day.

Bartholomew Nakagawa-Reid, MD
{FOOT}
"""),
        Doc("2_dose_plan_faxed.pdf", [[
            Paragraph("RADIOSURGERY DOSE PLAN SUMMARY", bold=True),
            KeyValue([("Patient", patient(8)), ("MRN", mrn(8)), ("Date", "04/08/2026"),
                      ("Target", "Right petroclival meningioma, 2.4 x 1.9 x 1.7 cm, 3.9 cc"),
                      ("Unit", "Cobalt-60 multi-source radiosurgery unit"),
                      ("Fixation", "Stereotactic head frame; MR and CT indicator (fiducial) boxes for imaging"),
                      ("Images", "Stereotactic MRI T1+C 1 mm, CISS 0.7 mm; stereotactic CT 1 mm; co-registered"),
                      ("Planning", "FALCONPLAN 9 (invented); 19 shots (4/8 mm), some sectors blocked"),
                      ("Prescription", "13 Gy to the 50% isodose line, single session"),
                      ("Coverage / selectivity", "97.8% / 0.86"),
                      ("Brainstem", "Dmax 12.4 Gy (surface), D0.1cc 10.9 Gy"), ("R cochlea mean", "4.1 Gy"),
                      ("R optic nerve", "Dmax 2.2 Gy")]),
            P("Frame coordinate verification for all 19 shots completed before delivery (MO / BNR). Delivered 04/08/2026 "
              "11:05-12:19 as planned, one session."),
            sig("Henrike Salgado, MD, Radiation Oncology 04/08/2026"),
            P("This facsimile contains confidential health information. If you received it in error, notify the sender "
              "at 555-0163 and destroy it."),
        ]], opts=dict(header=["APR-10-2026 09:12   FROM: ST ODILE RADIOSURGERY 5550163   TO: 5550107   P. 2/2",
                              _c + "  -  Radiosurgery Physics"],
                      page_numbers=None, scan=True, scan_dpi=150, scan_noise=12.0)),
    ])

# x82_12 -- bundle (3 files): dose-staged cobalt-60 radiosurgery, one 4.1 cm metastasis, two sessions 4 weeks apart -
_c = "LINDENHURST MEDICAL CENTER - GAMMA RADIOSURGERY"
add(name="x82_12", kind="bundle", codes=["77373", "77435", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 2, ["MRI"], ["frame"]),
    lesions=[L("left temporal metastasis", "cranial", C, 30, 2)],
    categories=cats(),
    notes="Staged course: one 4.1 cm left temporal melanoma metastasis treated by dose-staged frame-based radiosurgery "
          "on a cobalt-60 unit, 15 Gy at stage 1 (05/05) and 15 Gy at stage 2 (06/02, tumour now 3.4 cm), each under "
          "a frame with a same-day stereotactic MRI; course summary: one lesion, 2 sessions, 30 Gy cumulative. Two "
          "sessions of one course: 77373/77435, not 77371/77432. Complex by size.",
    docs=[
        Doc("1_stage1_procedure_note.txt", text=f"""
LINDENHURST MEDICAL CENTER - GAMMA RADIOSURGERY
PROCEDURE NOTE: STAGED RADIOSURGERY, STAGE 1 OF 2
Patient: {patient(12)}   MRN: {mrn(12)}   DOB: 10/30/1963   Date: 05/05/2026
Neurosurgeon: Leopoldo Ferraro-Quist, MD   Radiation Oncologist: Ayesha Brannigan, MD   Physicist: Tove Lindahl-Mensah, PhD

Indication: Metastatic melanoma with a single four point one centimeter left temporal metastasis, 4.1 x 3.6 x 3.3 cm, 24.8 cc, with mild mass effect. Neurosurgical resection was offered and declined. Because of the volume, a single session at a safe dose would be too low to control the tumor. We are using dose staged radiosurgery: two sessions of fifteen gray to the whole tumor, four weeks apart, planned as one course.

Procedure: Stereotactic head frame applied under local anesthesia with four pins. Stereotactic MRI with the indicator box, T1 post contrast 1 mm. The whole enhancing tumor was contoured. Fifteen gray to the fifty percent isodose line, 23 shots, coverage 96 percent, in FALCONPLAN 9 (invented). Coordinates verified by physics before delivery. Delivered without interruption, frame removed.

Plan: Dexamethasone 4 mg daily for one week. Stage 2 booked for June 2, 2026 with a new frame and a new stereotactic MRI.

Leopoldo Ferraro-Quist, MD
{FOOT}
"""),
        Doc("2_stage2_procedure_note.txt", text=f"""
LINDENHURST MEDICAL CENTER - GAMMA RADIOSURGERY
PROCEDURE NOTE: STAGED RADIOSURGERY, STAGE 2 OF 2
Patient: {patient(12)}   MRN: {mrn(12)}   Date: 06/02/2026
Neurosurgeon: Leopoldo Ferraro-Quist, MD   Radiation Oncologist: Ayesha Brannigan, MD

Interval: tolerated stage 1 well, mild headache for three days. No seizures.

Procedure: Stereotactic head frame reapplied under local anesthesia. Stereotactic MRI today shows the left temporal metastasis has decreased to 3.4 x 3.0 x 2.8 cm, 15.1 cc. No new lesions elsewhere. The current tumor was recontoured and a new plan made: fifteen gray to the fifty percent isodose line, 18 shots, coverage 97 percent. Coordinates verified by physics. Delivered in one sitting; frame removed.

With today's session the staged course is complete: two sessions of fifteen gray, cumulative thirty gray to the left temporal metastasis.

Leopoldo Ferraro-Quist, MD
{FOOT}
"""),
        Doc("3_course_summary.pdf", [[
            H1("Radiosurgery Course Summary - Dose-Staged Treatment"),
            KeyValue([("Patient", f"{patient(12)}  ({mrn(12)})"), ("Unit", "Cobalt-60 multi-source radiosurgery unit"),
                      ("Fixation", "Stereotactic head frame at each session"),
                      ("Imaging", "Same-day stereotactic MRI at each session (T1 post-contrast 1 mm)")]),
            RuledTable([("Session", "Date", "Target volume", "Marginal dose", "Isodose", "Shots", "Coverage"),
                        ("Stage 1", "05/05/2026", "24.8 cc", "15 Gy", "50%", "23", "96%"),
                        ("Stage 2", "06/02/2026", "15.1 cc", "15 Gy", "50%", "18", "97%"),
                        ("Course", "2 sessions", "left temporal metastasis", "30 Gy cumulative", "", "", "")]),
            P("Brainstem Dmax 7.2 Gy (stage 1) and 6.8 Gy (stage 2); optic tract > 10 mm from target. Independent "
              "treatment-time check within 1.5% at both sessions."),
            P("Follow-up MRI 8 weeks after stage 2. Immunotherapy (ipilimumab/nivolumab) to continue."),
            sig("Ayesha Brannigan, MD, Radiation Oncology 06/03/2026"),
            sig("Leopoldo Ferraro-Quist, MD, Neurosurgery 06/03/2026"),
        ]], opts=dict(header=head(_c, 12, "10/30/1963"))),
    ])

# x82_13 -- dictation (text): robotic-arm cavity FSRT, stopped after 2 of 3 fractions -------------------------------
add(name="x82_13", kind="dictation", codes=["G0339", "G0340", "77435", "61796"],
    facts=F("robotic_linac", ["cranial"], 1, 2, ["CT", "MRI"], ["mask"]),
    lesions=[L("right parietal resection cavity", "cranial", S, 18, 2)],
    categories=cats(),
    notes="Dictated end-of-treatment note: postoperative robotic-arm linac FSRT to a right parietal resection cavity, "
          "prescribed 27 Gy in 3 fractions; fractions 1 and 2 given, then the patient was admitted with a wound "
          "infection needing washout and, after discussion with neurosurgery, fraction 3 was not given. Delivered: "
          "18 Gy in 2 fractions (the prescription, 27 Gy / 3, must not be reported). Cavity 3.1 cm: simple.",
    docs=[Doc("x82_13.txt", text=f"""
GREYFRIARS CANCER CENTRE - CYBERNETIC RADIOSURGERY SUITE
END OF TREATMENT NOTE (dictated)
Patient: {patient(13)}    MRN: {mrn(13)}    DOB: 04/04/1956
Physician: Marguerite Oyebanji-Fell, MD      Date of note: 10/14/2026

Course. Postoperative fractionated stereotactic radiotherapy to the right parietal resection cavity on the robotic arm linac.

Background. Seventy year old woman with non small cell lung cancer, solitary right parietal metastasis resected by Dr. Castellano on September fifteenth, gross total resection. Postoperative MRI September sixteenth showed no residual enhancement. The resection cavity measures two point nine by three point one by two point six centimeters.

Planning. Thermoplastic mask made and thin slice contrast CT simulation done September thirtieth, fused with the planning MRI of September twenty ninth. Cavity plus one millimeter margin PTV, fourteen point two cc. Prescription twenty seven gray in three fractions of nine gray to the seventy percent isodose line, one hundred and sixty four non isocentric beams with the variable aperture collimator, planned in ORRERY 3 which is invented. Plan approved October second; physics QA passed.

Delivery. Six D skull tracking with paired kV images every thirty to sixty seconds throughout each fraction. Fraction one October fifth, nine gray. Fraction two October sixth, nine gray, corrections under one millimeter and one degree.

On October seventh, the morning of fraction three, she presented with fever and purulent drainage from the craniotomy wound and was admitted to neurosurgery. She underwent wound washout and bone flap removal on October eighth and is on six weeks of intravenous antibiotics. I discussed with Dr. Castellano and with the patient: given the infection, the wound and the fact that most of the dose has been given, we will not deliver the third fraction, and the course is closed as incomplete.

Dose delivered. Right parietal resection cavity, eighteen gray in two fractions of nine gray, out of twenty seven gray in three prescribed.

Follow up. MRI in six weeks once antibiotics are under way, then every three months.

Marguerite Oyebanji-Fell, MD
{FOOT}
""")])

# x82_15 -- bundle (3 files): linac SRS; a fourth 'lesion' on the diagnostic MRI dropped at the planning MRI ---------
_c = "WESTBROOK & HALE RADIATION ONCOLOGY"
add(name="x82_15", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal", "cranial", S, 18, 1), L("left parietal", "cranial", S, 20, 1),
             L("right cerebellar", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Three files: consult (four lesions on the diagnostic MRI, the fourth a 3 mm 'possible' left temporal focus), "
          "contouring note (on the thin-slice planning MRI the left temporal focus is a cortical vein: not contoured, "
          "three targets) and a treatment summary with three lesions in one session on a gantry linac. The dropped "
          "focus is not a lesion of the course.",
    docs=[
        Doc("1_consult.txt", text=f"""
WESTBROOK & HALE RADIATION ONCOLOGY - CONSULTATION (dictated, transcribed 07/08/2026)
{patient(15)}   MRN {mrn(15)}   DOB 08/17/1969   07/07/2026   Evander Kowalski-Mbatha, MD

Fifty six year old woman with small cell... correction, with non small cell lung cancer, ALK positive, on alectinib, with a brain MRI on June thirtieth showing a right frontal lesion of one point eight centimeters, a left parietal lesion of nine millimeters, a right cerebellar lesion of one point one centimeters and a possible three millimeter enhancing focus in the left temporal lobe, which the radiologist called indeterminate.

KPS ninety. Non focal.

Recommendation: single fraction stereotactic radiosurgery on the linac to all definite lesions, twenty gray, eighteen gray for the right frontal lesion. The left temporal focus will be reassessed on the thin slice planning MRI and treated only if it is a true metastasis. Mask simulation and planning MRI next week. Consent signed.
{FOOT}
"""),
        Doc("2_contouring_note.txt", text=f"""
WESTBROOK & HALE RADIATION ONCOLOGY   SIMULATION AND CONTOURING NOTE
{patient(15)}   {mrn(15)}   07/14/2026   E. Kowalski-Mbatha, MD

CT simulation today in an open face thermoplastic mask, one millimeter slices. Planning MRI 07/13/2026, 3 T, T1 post gadolinium 1 mm and black blood sequence, fused to the CT.

Targets: right frontal, left parietal and right cerebellar metastases contoured, PTV = GTV + 1 mm.

Left temporal focus: on the thin slice post contrast and black blood images this corresponds to a cortical vein in the sulcus, with no nodular enhancement. Reviewed with neuroradiology (Dr. Sato-Ferris). Not a metastasis; not contoured and not treated. It will be watched on follow-up imaging.

Three targets. Prescriptions as per consult. Treatment date 07/20/2026.
{FOOT}
"""),
        Doc("3_treatment_summary.pdf", [[
            H1("Stereotactic Radiosurgery - Treatment Summary"),
            KeyValue([("Patient", f"{patient(15)}   MRN {mrn(15)}"), ("Treatment date", "07/20/2026 (single fraction)"),
                      ("Unit", "6 MV FFF gantry linac, high-definition MLC, 6DoF couch"),
                      ("Immobilization", "Open-face thermoplastic mask"),
                      ("Planning", "CT 07/14/2026 + MRI 07/13/2026; SANDPIPER MBM 2 (invented); single isocentre, 4 dynamic conformal arcs"),
                      ("IGRT", "CBCT before treatment and after the couch rotations, shifts approved by MD; surface monitoring throughout")]),
            RuledTable([("Target", "GTV diameter", "Rx (Gy)", "Isodose", "Delivered"),
                        ("Right frontal", "18 mm", "18", "80%", "18 Gy"),
                        ("Left parietal", "9 mm", "20", "80%", "20 Gy"),
                        ("Right cerebellar", "11 mm", "20", "80%", "20 Gy")]),
            P("Patient-specific QA passed 07/17/2026. Brainstem Dmax 8.8 Gy; V12 normal brain 5.2 cc. Three metastases "
              "treated in one session. The indeterminate left temporal focus seen on 06/30 was a cortical vein on the "
              "planning MRI and was not treated."),
            sig("Evander Kowalski-Mbatha, MD 07/20/2026"), sig("Priyanka Delorme, MS, DABR 07/20/2026"),
        ]], opts=dict(header=head(_c, 15, "08/17/1969"))),
    ])

# x82_16 -- pdf (2 pages): cobalt-60 frame SRS; earlier SRS course in the history; a new lesion added on the day ----
_c = "THORNFIELD GAMMA CENTER"
add(name="x82_16", kind="pdf", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 3, 1, ["MRI"], ["frame"]),
    lesions=[L("right frontal", "cranial", S, 22, 1), L("left cerebellar", "cranial", S, 20, 1),
             L("right temporal", "cranial", S, 22, 1)],
    categories=cats(),
    notes="Procedure note and dose summary for a second radiosurgery course: the history and a 'previously treated' "
          "table give the first course (05/2025: left frontal 20 Gy, right occipital 22 Gy), which must not count. "
          "Today two new lesions were planned and the same-day stereotactic MRI showed a third (right temporal 3 mm), "
          "added and treated. Three lesions in one session under a frame.",
    docs=[Doc("x82_16.pdf", [
        [H1("Radiosurgery Procedure Note"),
         KeyValue([("Patient", patient(16)), ("MRN", mrn(16)), ("DOB", "06/25/1952"), ("Date", "03/03/2026"),
                   ("Team", "Sorrel Huxley-Adebayo, MD (Neurosurgery); Ignatius Pereira-Vance, MD (Radiation Oncology); Wren Castellanos, PhD (Physics)")]),
         H2("History"),
         P(f"Mr. {surname(16)} has metastatic melanoma. His first radiosurgery course here was on 05/13/2025 for two "
           "metastases: left frontal 20 Gy and right occipital 22 Gy, both to the 50% isodose. Both have responded. "
           "Surveillance MRI 02/17/2026 showed two new lesions: right frontal 8 mm and left cerebellar 12 mm."),
         H2("Procedure"),
         P("Stereotactic head frame applied under local anesthetic. Stereotactic MRI (T1 post-contrast 1 mm, MR "
           "indicator box) showed the two known new lesions and, in addition, a 3 mm enhancing nodule in the right "
           "temporal lobe not visible on 02/17. After discussion with the patient in the holding area it was added to "
           "today's treatment. The two previously treated sites show no new enhancement and were not retreated."),
         P("Frame coordinates verified by physics against the printout for every shot. Single session, delivered "
           "10:20-11:02 without interruption. Frame removed; no complications."),
         sig("Sorrel Huxley-Adebayo, MD 03/03/2026")],
        [H1("Dose Summary"),
         P("Planning: FALCONPLAN 9 (invented), stereotactic MRI only. Prescription to the 50% isodose line."),
         RuledTable([("Target", "Max diam", "Volume", "Marginal dose", "Isodose", "Shots", "Coverage", "Status"),
                     ("Right frontal (new)", "8 mm", "0.24 cc", "22 Gy", "50%", "2", "99%", "treated 03/03/2026"),
                     ("Left cerebellar (new)", "12 mm", "0.71 cc", "20 Gy", "50%", "5", "98%", "treated 03/03/2026"),
                     ("Right temporal (found today)", "3 mm", "0.02 cc", "22 Gy", "50%", "1", "100%", "treated 03/03/2026")]),
         H2("Previously treated (05/13/2025, for reference - not treated today)"),
         TextTable([("Target", "Dose then", "Today"), ("Left frontal", "20 Gy", "stable, no treatment"),
                    ("Right occipital", "22 Gy", "resolved, no treatment")], columns=(0, 170, 280)),
         P("Brainstem Dmax 6.9 Gy. Normal brain V12 (this course) 2.1 cc. MRI in 8 weeks."),
         sig("Ignatius Pereira-Vance, MD 03/03/2026"), sig("Wren Castellanos, PhD 03/03/2026")],
    ], opts=dict(header=head(_c, 16, "06/25/1952")))])

# x82_19 -- bundle (2 files, one faxed): linac FSRT 3 lesions; summary says 'four metastases' (contradiction) -------
_c = "ASHCOMBE UNIVERSITY HOSPITAL - RADIATION ONCOLOGY"
add(name="x82_19", kind="bundle", codes=["77373", "77435", "61798", "61797"],
    facts=F("linac", ["cranial"], 3, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal", "cranial", C, 27, 3), L("right parietal", "cranial", S, 24, 3),
             L("right cerebellar", "cranial", S, 24, 3)],
    categories=cats(),
    contradiction="The faxed completion summary says four brain metastases were treated, while its own table, the plan and the treatment record list three.",
    notes="Two files: a plan and treatment record (three metastases, 3 fractions on a gantry linac: left frontal 3.6 cm "
          "27 Gy/3, right parietal and right cerebellar 24 Gy/3, CBCT each day) and a faxed image-only completion "
          "summary whose narrative says 'four brain metastases' while its table lists three. Gold follows the table "
          "and record. Left frontal >= 3.5 cm: complex.",
    docs=[
        Doc("1_plan_and_treatment_record.pdf", [
            [H1("FSRT Plan Summary - Brain Metastases"),
             KeyValue([("Patient", f"{patient(19)}   MRN {mrn(19)}"), ("Course", "C1 BRAIN FSRT 3FX"),
                       ("Unit", "6 MV FFF gantry linac, 2.5 mm MLC, 6DoF couch"),
                       ("Immobilization", "Thermoplastic SRS mask with bite block"),
                       ("Images", "CT sim 09/08/2026 1 mm; MRI T1+C 09/07/2026 fused"),
                       ("Planning system", "KINGFISHER 6 (invented)"),
                       ("Technique", "Single isocentre, 5 VMAT arcs (4 non-coplanar)")]),
             RuledTable([("PTV", "Lesion", "Max diam", "Rx", "Dose/fx", "IDL", "V100"),
                         ("PTV1_LFrontal", "Left frontal", "36 mm", "27 Gy / 3", "9 Gy", "70%", "96.2%"),
                         ("PTV2_RParietal", "Right parietal", "14 mm", "24 Gy / 3", "8 Gy", "80%", "99.0%"),
                         ("PTV3_RCerebellar", "Right cerebellar", "10 mm", "24 Gy / 3", "8 Gy", "80%", "99.4%")]),
             P("Brain - PTVs V21Gy 17.9 cc; brainstem D0.03cc 16.1 Gy; chiasm D0.03cc 4.2 Gy. Physics second check and "
               "portal-dosimetry QA passed 09/11/2026."),
             sig("Benedikt Osei-Harrington, MD 09/11/2026"), sig("Lucinda Farrokhzad, MS, DABR 09/11/2026")],
            [H1("Treatment Record"),
             RuledTable([("Fx", "Date", "IGRT", "PTV1_LFrontal", "PTV2_RParietal", "PTV3_RCerebellar"),
                         ("1", "09/14/2026", "CBCT, approved", "9 Gy", "8 Gy", "8 Gy"),
                         ("2", "09/16/2026", "CBCT, approved", "9 Gy", "8 Gy", "8 Gy"),
                         ("3", "09/18/2026", "CBCT, approved", "9 Gy", "8 Gy", "8 Gy"),
                         ("Total", "", "", "27 Gy", "24 Gy", "24 Gy")]),
             sig("Therapists: A. Lindgren / T. Mwangi; physician review B. Osei-Harrington, MD 09/18/2026")],
        ], opts=dict(header=head(_c, 19, "01/09/1962"))),
        Doc("2_completion_summary_faxed.pdf", [[
            Paragraph("RADIATION TREATMENT COMPLETION SUMMARY", bold=True),
            KeyValue([("Patient", patient(19)), ("MRN", mrn(19)), ("Course", "09/14/2026 - 09/18/2026"),
                      ("To", "Dr. Ilse Vandermeer, Medical Oncology")]),
            P(f"Mrs. {surname(19)} completed fractionated stereotactic radiotherapy on 09/18/2026. Four brain metastases "
              "from her breast cancer were treated in three fractions on the linac with a mask and daily cone-beam CT:"),
            TextTable([("Lesion", "Dose", "Fractions"), ("Left frontal", "27 Gy", "3"),
                       ("Right parietal", "24 Gy", "3"), ("Right cerebellar", "24 Gy", "3")], columns=(0, 170, 260)),
            P("She had a mild headache after fraction 2 and took dexamethasone 2 mg for four days. MRI in 6-8 weeks; "
              "systemic therapy may resume now."),
            sig("Benedikt Osei-Harrington, MD 09/21/2026"),
        ]], opts=dict(header=["SEP-22-2026 14:30   ASHCOMBE RAD ONC   FAX 555-0139   PAGE 01 OF 01", _c],
                      page_numbers=None, scan=True, scan_dpi=150, scan_noise=10.0)),
    ])


# ==================================================================================================
# Spine
# ==================================================================================================

# x82_11 -- scan: post-op L2 SBRT 24 Gy/2; planning MRI aborted, CT myelogram; diagnostic and follow-up MRIs -----
_c = "KESWICK SPINE & RADIATION ONCOLOGY"
add(name="x82_11", kind="scan", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 2, ["CT"], ["body_immobilization"]),
    lesions=[L("L2", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Scanned (image-only) spine SBRT summary: postoperative L2, 24 Gy in 2 fractions on a gantry linac in a "
          "vacuum cushion. The planning MRI was attempted and aborted (claustrophobia, no usable sequences); the "
          "preoperative diagnostic MRI was not registered; a follow-up MRI is ordered. Planning used a CT myelogram "
          "and the simulation CT: imaging CT only.",
    docs=[Doc("x82_11.pdf", [[
        Paragraph("SPINE SBRT - TREATMENT SUMMARY", bold=True),
        KeyValue([("Patient", patient(11)), ("MRN", mrn(11)), ("DOB", "02/02/1955"),
                  ("Diagnosis", "Metastatic prostate adenocarcinoma, L2 with epidural extension; s/p L2 decompression and T12-L4 instrumentation 09/08/2026"),
                  ("Physician", "Cornelius Abernethy-Soto, MD")]),
        H2("Imaging for planning"),
        P("Diagnostic MRI lumbar spine 08/30/2026 (outside facility, 1.5 T, 4 mm) was obtained before surgery; it no longer "
          "reflects the postoperative anatomy and was not registered for planning. A postoperative planning MRI with "
          "metal-artifact reduction was attempted on 09/29/2026 and aborted after the localizer because of claustrophobia, "
          "despite lorazepam; no usable sequences were obtained. A CT myelogram (L4-5 puncture, 09/30/2026) was "
          "performed instead and fused with the simulation CT (09/30/2026, 1.5 mm, supine in a custom vacuum cushion) "
          "to delineate the thecal sac and cauda equina."),
        H2("Plan"),
        P("CTV: L2 body, bilateral pedicles and the epidural space per consensus guidelines; PTV = CTV + 2 mm, trimmed at "
          "the thecal sac. 24 Gy in 2 fractions of 12 Gy, prescribed to cover 90% of the PTV. Cauda equina (myelogram-defined "
          "thecal sac) D0.035cc 17.8 Gy. 9-field IMRT, 6 MV FFF, ERGO-SPINE 2 (invented). Physics QA passed."),
        H2("Delivery"),
        RuledTable([("Fx", "Date", "Image guidance", "Dose"),
                    ("1", "10/06/2026", "CBCT + 6DoF correction, hardware-matched, MD approved", "12 Gy"),
                    ("2", "10/08/2026", "CBCT + 6DoF correction, MD approved", "12 Gy"),
                    ("Total", "", "", "24 Gy")]),
        P("L2 metastasis, postoperative SBRT: 24 Gy in 2 fractions completed 10/08/2026. Follow-up MRI with metal-artifact "
          "reduction under sedation has been ordered for January 2027; PSA in 6 weeks."),
        sig("Cornelius Abernethy-Soto, MD 10/09/2026"),
    ]], opts=dict(header=[_c, f"{patient(11)}   MRN {mrn(11)}"], page_numbers=None,
                  scan=True, scan_dpi=150, scan_skew=1.2, scan_noise=6.0))])

# x82_17 -- bundle (2 files): T10 re-irradiation SBRT 25 Gy/5 after 30 Gy/10 in 2024; 63621 claimed ---------------
_c = "HOLLOWAY CREEK CANCER CENTER"
add(name="x82_17", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T10", "spinal", None, 25, 5)],
    categories=cats(),
    notes="Two files: a dictated re-irradiation consult (T10 had conventional RT 30 Gy in 10 in 2024, T9-T11 field; now "
          "in-field progression) and a course record of re-irradiation SBRT to T10, 25 Gy in 5, with cumulative cord "
          "EQD2 figures. The 2024 course does not count. One spinal lesion: 63621 is wrong.",
    docs=[
        Doc("1_reirradiation_consult.txt", text=f"""
HOLLOWAY CREEK CANCER CENTER - RADIATION ONCOLOGY
RE-IRRADIATION CONSULTATION (dictated)
Patient: {patient(17)}   MRN: {mrn(17)}   DOB: 09/09/1960   Date: 11/02/2026
Physician: Anneliese Okonkwo-Briggs, MD

Sixty six year old woman with metastatic breast cancer, hormone receptor positive, who in June 2024 received conventional palliative radiation to T nine through T eleven, thirty gray in ten fractions, for a painful T ten metastasis, at our center. Good pain relief for two years. Now four weeks of recurrent mid thoracic pain. MRI thoracic spine October twenty seventh shows progression of the T ten metastasis with new left paraspinal and ventral epidural extension, Bilsky one c, no cord compression. No new levels.

Assessment. In field progression at T ten, twenty eight months after thirty gray in ten.

Plan. Re-irradiation with spine SBRT to T ten, twenty five gray in five fractions, keeping the cumulative cord dose within published re-irradiation limits, counting the previous course as about thirty seven point five gray EQD2 to the cord. Simulation in a vacuum cushion with a planning MRI fused. Consent obtained.
{FOOT}
"""),
        Doc("2_sbrt_course_record.pdf", [
            [H1("Spine SBRT Re-irradiation - Plan"),
             KeyValue([("Patient", f"{patient(17)}  ({mrn(17)})"), ("Target", "T10 (re-irradiation)"),
                       ("Prior RT", "T9-T11, 30 Gy in 10 fractions, 06/2024 (conventional, AP/PA) - not part of this course"),
                       ("Simulation", "11/06/2026 CT 1 mm, supine, custom full-body vacuum cushion, arms on chest"),
                       ("MRI", "11/05/2026 T1, T2, STIR and T1+C 1 mm axial, fused to the simulation CT"),
                       ("Planning system", "WAXWING 8 (invented)"),
                       ("Technique", "2 VMAT arcs, 6 MV FFF"),
                       ("Prescription", "25 Gy in 5 fractions (5 Gy/fx) to the PTV, D90")]),
             RuledTable([("Structure", "Metric", "This course", "Cumulative EQD2 (a/b 2)", "Limit"),
                         ("Spinal cord PRV", "Dmax", "14.8 Gy", "69.4 Gy", "< 70 Gy"),
                         ("Esophagus", "D0.035cc", "21.6 Gy", "-", "< 27.5 Gy"),
                         ("PTV_T10", "V100", "90.4%", "-", ">= 90%")]),
             P("Physics independent check and patient-specific QA passed 11/10/2026."),
             sig("Anneliese Okonkwo-Briggs, MD 11/10/2026"), sig("Fenwick Adjei, MS, DABR 11/10/2026")],
            [H1("Treatment Record and Summary"),
             RuledTable([("Fx", "Date", "IGRT", "Dose", "Cumulative"),
                         ("1", "11/12/2026", "CBCT, 6DoF, MD approved", "5 Gy", "5 Gy"),
                         ("2", "11/13/2026", "CBCT, 6DoF, MD approved", "5 Gy", "10 Gy"),
                         ("3", "11/16/2026", "CBCT, 6DoF, MD approved", "5 Gy", "15 Gy"),
                         ("4", "11/17/2026", "CBCT, 6DoF, MD approved", "5 Gy", "20 Gy"),
                         ("5", "11/18/2026", "CBCT, 6DoF, MD approved", "5 Gy", "25 Gy")]),
             P("T10 re-irradiation SBRT 25 Gy in 5 fractions completed 11/18/2026 without interruption. With the 2024 "
               "course (30 Gy in 10), T10 has now received two courses. Pain 2/10 at completion. MRI in 3 months."),
             sig("Anneliese Okonkwo-Briggs, MD 11/18/2026")],
        ], opts=dict(header=head(_c, 17, "09/09/1960"))),
    ])

# x82_20 -- bundle (3 files): robotic spine SBRT T6 stopped after 3 of 5; summary claims 30 Gy/5 (contradiction) ---
_c = "QUARRYSIDE ROBOTIC RADIOSURGERY CENTER"
add(name="x82_20", kind="bundle", codes=["G0339", "G0340", "77435", "63620"],
    facts=F("robotic_linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T6", "spinal", None, 18, 3)],
    categories=cats(),
    contradiction="The completion summary says T6 received 30 Gy in 5 fractions as planned, while the treatment record shows 3 fractions (18 Gy) delivered and fractions 4 and 5 cancelled.",
    notes="Three files: plan (T6, 30 Gy in 5 on a robotic-arm linac with spine tracking, vacuum cushion, CT + MRI), "
          "treatment record (fractions 1-3 delivered, 4 and 5 cancelled after admission for hypercalcaemia and a "
          "change to comfort care) and an auto-populated completion summary claiming 30 Gy in 5 'as planned'. Gold "
          "follows the treatment record: 18 Gy in 3.",
    docs=[
        Doc("1_plan.pdf", [[
            H1("Treatment Plan - Spine SBRT"),
            KeyValue([("Patient", f"{patient(20)}   MRN {mrn(20)}"), ("Target", "T6 vertebral body and left pedicle (metastatic hepatocellular carcinoma)"),
                      ("Unit", "Robotic-arm mounted 6 MV linac, variable circular collimator"),
                      ("Tracking", "Spine tracking (6D) on orthogonal kV image pairs"),
                      ("Position", "Supine in custom vacuum cushion"),
                      ("Images", "CT 1.25 mm 12/01/2026; MRI thoracic spine T1/T2/T1+C 11/30/2026 fused"),
                      ("Planning", "ORRERY 3 (invented), 187 non-isocentric beams"),
                      ("Prescription", "30 Gy in 5 fractions (6 Gy/fx) to the 78% isodose; cord Dmax 22.1 Gy")]),
            P("Physics QA passed 12/04/2026."),
            sig("Cassius Vandenberg-Oni, MD 12/04/2026"), sig("Ottilie Marsh, PhD 12/04/2026"),
        ]], opts=dict(header=head(_c, 20, "05/05/1949"))),
        Doc("2_treatment_record.pdf", [[
            H1("Treatment Delivery Record"),
            RuledTable([("Fx", "Date", "Status", "Tracking", "Dose", "Cumulative"),
                        ("1", "12/07/2026", "Delivered", "Spine 6D, 41 image pairs", "6 Gy", "6 Gy"),
                        ("2", "12/08/2026", "Delivered", "Spine 6D, 38 image pairs", "6 Gy", "12 Gy"),
                        ("3", "12/09/2026", "Delivered", "Spine 6D, 44 image pairs", "6 Gy", "18 Gy"),
                        ("4", "12/10/2026", "CANCELLED - admitted (hypercalcaemia, delirium)", "-", "-", "18 Gy"),
                        ("5", "12/11/2026", "CANCELLED - course discontinued per MD", "-", "-", "18 Gy")]),
            P("12/14/2026 MD note: patient transitioned to comfort care during admission; the remaining two fractions will "
              "not be given. Course closed at 18 Gy in 3 fractions."),
            sig("Cassius Vandenberg-Oni, MD 12/14/2026"),
        ]], opts=dict(header=head(_c, 20, "05/05/1949"))),
        Doc("3_completion_summary.txt", text=f"""
QUARRYSIDE ROBOTIC RADIOSURGERY CENTER
RADIATION THERAPY COMPLETION SUMMARY  [auto-populated from plan; physician review pending]
Patient: {patient(20)}    MRN: {mrn(20)}
Diagnosis: Metastatic hepatocellular carcinoma to T6 (C79.51)
Treatment site: T6
Modality: Robotic SBRT, spine tracking
Dose: 30 Gy in 5 fractions, completed as planned
Start date: 12/07/2026     End date: 12/11/2026
Tolerance: see on-treatment notes.
Follow-up: 4-6 weeks with MRI thoracic spine.
Signed: Cassius Vandenberg-Oni, MD 12/15/2026
{FOOT}
"""),
    ])


# ==================================================================================================
# Body
# ==================================================================================================

# x82_09 -- bundle (3 files): robotic lung SBRT; fiducials placed but migrated, not used -- fiducial-free tracking --
_c = "FENWICK HARBOR RADIOSURGERY"
add(name="x82_09", kind="bundle", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right lower lobe nodule", "body", None, 54, 3)],
    categories=cats(),
    notes="Three files: an interventional radiology note (three gold fiducials placed around a right lower lobe nodule), "
          "a simulation and plan document (two of three fiducials migrated; fiducial tracking not feasible; fiducial-free "
          "lung tumour tracking with respiratory modelling used instead; vacuum cushion; CT + PET) and a treatment "
          "summary (54 Gy in 3). The implanted fiducials were not used for localization: positioning is the vacuum "
          "cushion only.",
    docs=[
        Doc("1_fiducial_placement.txt", text=f"""
FENWICK HARBOR HOSPITAL - INTERVENTIONAL RADIOLOGY PROCEDURE NOTE
Patient: {patient(9)}   MRN: {mrn(9)}   DOB: 12/12/1944   Date: 01/08/2026
Operator: Solveig Amarante, MD

Procedure: CT guided placement of fiducial markers, right lower lobe, for robotic radiosurgery tracking.
Three gold fiducial markers (1 x 3 mm) were placed through a 19 gauge coaxial needle around the 1.8 cm right lower lobe nodule, posterior basal segment. Post procedure CT: small apical pneumothorax, stable at two hours, no chest tube. One marker lies within a small area of hemorrhage. Discharged home.
{FOOT}
"""),
        Doc("2_simulation_and_plan.pdf", [
            [H1("Simulation and Treatment Plan - Lung SBRT (robotic)"),
             KeyValue([("Patient", f"{patient(9)}   MRN {mrn(9)}"),
                       ("Simulation", "01/15/2026: supine, arms at sides, custom vacuum cushion; CT 1 mm in exhale breath-hold and free-breathing"),
                       ("PET", "Diagnostic PET-CT 12/22/2025 registered to the planning CT for GTV delineation"),
                       ("Fiducials", "3 placed 01/08/2026. On the simulation CT, two have migrated (one into a segmental airway, one 3.4 cm inferior in the pleural space); only one remains within 2 cm of the tumour. Fiducial tracking needs at least three well-placed markers: NOT USED."),
                       ("Tracking", "Fiducial-free lung tumour tracking (nodule visible on both kV views in the simulation check), with respiratory motion modelling from LED markers on the chest; spine alignment first"),
                       ("Planning system", "ORRERY 3 (invented); 142 non-isocentric beams, 20 and 25 mm fixed cones"),
                       ("Prescription", "54 Gy in 3 fractions of 18 Gy to the 75% isodose; PTV = GTV + 5 mm")]),
             RuledTable([("OAR", "Metric", "Plan", "Limit"), ("Chest wall", "V30Gy", "18.2 cc", "< 30 cc"),
                         ("Lungs - GTV", "V20Gy", "5.8%", "< 10%"), ("Spinal cord", "Dmax", "9.4 Gy", "< 18 Gy"),
                         ("Esophagus", "Dmax", "8.0 Gy", "< 25.2 Gy")]),
             P("Physics second check and phantom QA passed 01/21/2026."),
             sig("Reinhold Achebe-Lund, MD 01/21/2026"), sig("Noor Castellano-Hale, MS 01/21/2026")],
        ], opts=dict(header=head(_c, 9, "12/12/1944"))),
        Doc("3_treatment_summary.pdf", [[
            H1("SBRT Treatment Summary"),
            KeyValue([("Patient", f"{patient(9)}   MRN {mrn(9)}"), ("Target", "Right lower lobe NSCLC, 1.8 cm, cT1b N0"),
                      ("Dates", "01/26/2026, 01/28/2026, 01/30/2026"),
                      ("Tracking used", "Fiducial-free lung tumour tracking with respiratory model, all 3 fractions (the implanted markers were not used)")]),
            RuledTable([("Fx", "Date", "Dose", "Correlation model error", "Notes"),
                        ("1", "01/26/2026", "18 Gy", "1.9 mm", "-"), ("2", "01/28/2026", "18 Gy", "2.2 mm", "-"),
                        ("3", "01/30/2026", "18 Gy", "1.7 mm", "-")]),
            P("Right lower lobe nodule: 54 Gy in 3 fractions delivered as prescribed. Mild fatigue. CT chest in 3 months."),
            sig("Reinhold Achebe-Lund, MD 01/30/2026"),
        ]], opts=dict(header=head(_c, 9, "12/12/1944"))),
    ])

# x82_10 -- bundle (2 files): prostate SBRT boost 21 Gy/3 after pelvic IMRT 45 Gy/25; fiducials used ---------------
_c = "MARLOWE BAY RADIATION THERAPY"
add(name="x82_10", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate (SBRT boost)", "body", None, 21, 3)],
    categories=cats(),
    notes="Two files for course 2 of a two-course treatment: the SBRT boost plan and its completion summary. Course 1 "
          "(pelvic nodal IMRT 45 Gy in 25, summarized separately) is quoted as history and in a composite-dose line; "
          "this course is the prostate boost, 21 Gy in 3 fractions on a gantry linac with the implanted gold "
          "fiducials matched at every fraction and monitored during delivery, leg vacuum immobilizer, CT + MRI.",
    docs=[
        Doc("1_boost_plan.pdf", [[
            H1("Course 2: Prostate SBRT Boost - Plan"),
            KeyValue([("Patient", f"{patient(10)}   MRN {mrn(10)}   DOB 03/03/1952"),
                      ("Diagnosis", "Prostate adenocarcinoma, Gleason 4+4, PSA 18.2, cT2c N0 M0 (C61)"),
                      ("Course 1 (completed)", "Pelvic nodal IMRT 45 Gy in 25 fractions, 07/06/2026 - 08/07/2026 (separate course summary on file)"),
                      ("Fiducials", "3 gold seeds and a hydrogel rectal spacer placed 06/18/2026 (urology)"),
                      ("Simulation", "06/29/2026 CT 1.5 mm, supine, vacuum leg immobilizer, comfortably full bladder"),
                      ("MRI", "06/30/2026 pelvis T2 axial 2 mm, fused on the fiducials"),
                      ("Planning system", "SKYLARK 4 (invented)"),
                      ("Technique", "2 full VMAT arcs, 10 MV FFF"),
                      ("Prescription", "21 Gy in 3 fractions of 7 Gy to the prostate PTV (CTV + 3 mm), every other day")]),
            RuledTable([("Structure", "Metric", "Boost plan", "Constraint"), ("PTV_Boost", "V100", "95.8%", ">= 95%"),
                        ("Rectum", "D1cc", "18.9 Gy", "< 21 Gy"), ("Bladder", "D1cc", "20.6 Gy", "< 21.5 Gy"),
                        ("Urethra PRV", "Dmax", "22.4 Gy", "< 23.1 Gy")]),
            P("Image guidance: kV pair match on the three seeds then CBCT for soft tissue before each fraction; kV "
              "intrafraction monitoring of the seeds every 20 s, 3 mm action threshold. Physics QA passed 08/07/2026."),
            sig("Ophelia Castellano-Nunes, MD 08/07/2026"), sig("Dmitri Ashworth-Bello, MS 08/07/2026"),
        ]], opts=dict(header=head(_c, 10, "03/03/1952"))),
        Doc("2_boost_completion_summary.pdf", [[
            H1("Completion Summary - Course 2 (SBRT Boost)"),
            P(f"Patient: {patient(10)}     MRN: {mrn(10)}     Course 2 dates: 08/12/2026 - 08/17/2026"),
            RuledTable([("Fx", "Date", "Seed match (mm)", "Intrafraction events", "Dose"),
                        ("1", "08/12/2026", "1.8", "none", "7 Gy"), ("2", "08/14/2026", "2.4", "1 pause, re-matched", "7 Gy"),
                        ("3", "08/17/2026", "1.2", "none", "7 Gy")]),
            P("The prostate boost of 21 Gy in 3 fractions was delivered as planned, with fiducial-based image guidance at "
              "every fraction. For reference, composite treatment to the prostate: course 1 45 Gy in 25 fractions (pelvic "
              "IMRT) plus course 2 21 Gy in 3 fractions (this course). Androgen deprivation continues for 18 months. "
              "GU toxicity grade 1 (frequency). PSA in 3 months."),
            sig("Ophelia Castellano-Nunes, MD 08/18/2026"),
        ]], opts=dict(header=head(_c, 10, "03/03/1952"))),
    ])

# x82_14 -- pdf: MR-linac liver SBRT, on-treatment note after fraction 3; fractions 4 and 5 scheduled next week -----
_c = "BELLHAVEN ADAPTIVE RADIOTHERAPY UNIT"
add(name="x82_14", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("liver segment VI hepatocellular carcinoma", "body", None, 30, 3)],
    categories=cats(),
    notes="On-treatment (weekly management) note on an MR-linac liver SBRT course prescribed 50 Gy in 5: fractions 1-3 "
          "delivered (table), fractions 4 and 5 'scheduled for next week'. At the time of the document the course has "
          "delivered 30 Gy in 3 fractions; the prescription and the scheduled dates are not delivered dose.",
    docs=[Doc("x82_14.pdf", [[
        H1("On-Treatment Visit - Liver SBRT (MR-guided)"),
        KeyValue([("Patient", patient(14)), ("MRN", mrn(14)), ("DOB", "08/08/1958"), ("Visit", "02/13/2026"),
                  ("Physician", "Gwendolyn Arceneaux-Pham, MD"),
                  ("Diagnosis", "Hepatocellular carcinoma, segment VI, 2.7 cm, after incomplete TACE (C22.0)"),
                  ("Unit", "1.5 T MR-linac (gantry), 7 MV FFF"),
                  ("Setup", "Supine, arms up, custom vacuum cushion; no fiducials (tumour visible on MRI)"),
                  ("Planning images", "CT simulation 02/02/2026 and MR simulation 02/02/2026, registered"),
                  ("Prescription", "50 Gy in 5 fractions of 10 Gy, IMRT 11 beams, daily adaptive replanning (BITTERN-MR 2, invented)")]),
        H2("Treatment to date"),
        RuledTable([("Fx", "Date", "Plan", "Gating", "Dose", "Status"),
                    ("1", "02/09/2026", "adapted", "cine-MRI, boundary 3 mm, duty cycle 61%", "10 Gy", "delivered"),
                    ("2", "02/11/2026", "adapted", "cine-MRI, duty cycle 58%", "10 Gy", "delivered"),
                    ("3", "02/13/2026", "adapted", "cine-MRI, duty cycle 66%", "10 Gy", "delivered"),
                    ("4", "02/17/2026", "-", "-", "-", "scheduled"),
                    ("5", "02/19/2026", "-", "-", "-", "scheduled")]),
        P("Cumulative delivered to date: 30 Gy of 50 Gy (3 of 5 fractions). Each adapted plan reviewed and approved by "
          "the physician at the console with physics online QA (independent MU check) before delivery."),
        H2("Assessment"),
        P("Tolerating treatment well: mild fatigue, no abdominal pain, appetite preserved. Labs 02/12: bilirubin 1.1, "
          "albumin 3.6, platelets 118. Continue. Fractions 4 and 5 are scheduled for next week (02/17 and 02/19). "
          "End-of-treatment summary to follow after fraction 5."),
        sig("Gwendolyn Arceneaux-Pham, MD 02/13/2026 17:20"),
    ]], opts=dict(header=head(_c, 14, "08/08/1958")))])

# x82_18 -- bundle (3 files): left adrenal SBRT 40 Gy/5; last file a follow-up recommending liver SBRT; no plan params
_c = "SALTMARSH VALLEY ONCOLOGY"
add(name="x82_18", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left adrenal metastasis", "body", None, 40, 5)],
    categories=cats(plan=False),
    notes="Three files: simulation note (4DCT in a vacuum bag with a body wrap, PET fused, ITV/PTV contoured), treatment "
          "summary (left adrenal 40 Gy in 5 on a gantry linac, daily CBCT) and, last, a three-month follow-up note that "
          "recalls the course and recommends SBRT for a new liver lesion ('45 Gy in 3, simulation next week'), which "
          "is not part of this course. No isodose, beam/arc or planning-system detail anywhere: plan not met.",
    docs=[
        Doc("1_simulation_note.txt", text=f"""
SALTMARSH VALLEY ONCOLOGY - SIMULATION NOTE
{patient(18)}   MRN {mrn(18)}   DOB 04/19/1954   Sim date 01/12/2026   Physician: Lars Oduya-Whitcombe, MD

Patient simulated supine, arms above the head, in a full length vacuum bag with a body wrap under light vacuum. Four dimensional CT acquired, 2 mm slices, 10 phases; adrenal motion 7 mm superior inferior. The PET-CT of 12/29/2025 was registered to the average CT to help define the left adrenal metastasis.

GTV contoured on all phases, ITV created, PTV = ITV + 5 mm (31.4 cc). Intended dose 40 Gy in 5 fractions, every other day. Organs at risk: stomach, small bowel, left kidney, spinal cord, contoured.
{FOOT}
"""),
        Doc("2_treatment_summary.pdf", [[
            H1("Radiation Treatment Summary"),
            KeyValue([("Patient", f"{patient(18)}   MRN {mrn(18)}"),
                      ("Diagnosis", "Non-small cell lung cancer with an isolated left adrenal metastasis (C79.72)"),
                      ("Treatment", "SBRT, left adrenal, on the gantry linac"),
                      ("Dates", "01/21/2026 - 01/29/2026")]),
            RuledTable([("Fx", "Date", "Daily imaging", "Dose"),
                        ("1", "01/21/2026", "CBCT, matched to ITV, MD approved", "8 Gy"),
                        ("2", "01/23/2026", "CBCT, MD approved", "8 Gy"),
                        ("3", "01/26/2026", "CBCT, MD approved", "8 Gy"),
                        ("4", "01/27/2026", "CBCT, MD approved", "8 Gy"),
                        ("5", "01/29/2026", "CBCT, MD approved", "8 Gy")]),
            P("Left adrenal metastasis: 40 Gy in 5 fractions completed 01/29/2026 as planned. Mild nausea after fraction "
              "2, ondansetron as needed. Follow-up in 3 months with CT chest/abdomen."),
            sig("Lars Oduya-Whitcombe, MD 01/30/2026"),
        ]], opts=dict(header=head(_c, 18, "04/19/1954"))),
        Doc("3_followup_note.txt", text=f"""
SALTMARSH VALLEY ONCOLOGY - RADIATION ONCOLOGY FOLLOW UP (dictated)
{patient(18)}   MRN {mrn(18)}   Date 04/27/2026   Lars Oduya-Whitcombe, MD

Mr. {surname(18)} returns three months after SBRT to his left adrenal metastasis, forty gray in five fractions completed January twenty ninth. He feels well, no abdominal pain, nausea resolved.

CT chest abdomen pelvis April twentieth: the left adrenal metastasis is smaller, two point two down from three point four centimeters. The lung primary, treated with chemoradiation in 2024, is stable. There is a new one point six centimeter enhancing lesion in liver segment four A, suspicious for metastasis, confirmed on MRI April twenty fourth.

Plan: he remains oligometastatic. I recommend SBRT to the liver lesion, forty five gray in three fractions. Simulation with a four D CT is booked for next week and we will discuss fiducials with interventional radiology. Consent to be signed at simulation. Continue durvalumab per Dr. Hemsworth-Ade.
{FOOT}
"""),
    ])


CORPUS = Corpus("blind_corpus82", "tests/blind_corpus82", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
