"""Fiftieth blind corpus, ``tests/blind_corpus50/`` (regenerate: ``python scripts/make_corpus.py blind_corpus50``).

A tuning corpus by a new hand: the electronic record as coders actually receive it. Copy-forward notes
(paragraphs carried from an earlier visit or an earlier course, marked "(copied from note of ...)" or not),
addenda and late entries that correct an earlier line, an amended note showing the original text beside the
correction; patient-portal / HTML-to-text exports with flattened tables (one cell per line), repeated
navigation text, "Page x of y" and print timestamps in mid-text; charge-capture sheets, treatment "episode"
printouts, on-treatment visit (OTV) notes, nursing and therapist daily notes, physics weekly chart checks;
courses in progress on the date of the document set (labelled with what the record shows as delivered so
far), a course paused and resumed, a course replanned mid-way; four hard negatives of new kinds (tumor board,
prior-authorization request, simulation done but treatment cancelled, a course given at another hospital) and
two charts that look like negatives (a consult with a late addendum, a retrospective-authorization letter)
but document delivered courses. US clinics, dates and wording; every clinic, clinician and system is invented.
One chart contradicts itself (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (notes and exports are deliberately one long line per paragraph or record)

from __future__ import annotations

from pdfmaker import ColumnBreak, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ADELINE", "BARNABY", "CORDELIA", "DESMOND", "EULALIA", "FITZGERALD", "GWENDOLYN", "HORATIO", "ISADORA",
         "JEROME", "KATHLEEN", "LEOPOLD", "MARGUERITE", "NATHANIEL", "OPHELIA", "PERCIVAL", "QUINTON", "ROSALIND",
         "SEBASTIAN", "THEODORA"]


def patient(n: int) -> str:
    return f"FIFTYPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-500{n:02d}"


def banner(clinic: str, what: str, n: int, dob: str) -> list[str]:
    return [f"{clinic}  |  {what}", f"MRN {mrn(n)}   {patient(n)}   DOB {dob}"]


NAV = "BLUEHERON MyHealth (invented)   Home | Messages | Test Results | Visits | Medications | Billing | Help | Log out"


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# d50_01 -- bundle (3 files): pre-procedure note with a copied-forward block from the 2025 course, cobalt frame record, charge capture
_c = "HARTWELL VALLEY NEUROSCIENCE INSTITUTE"
add(name="d50_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left frontal metastasis", "cranial", S, 20, 1), L("right parietal metastasis", "cranial", S, 20, 1),
             L("left cerebellar metastasis", "cranial", S, 18, 1), L("right insular metastasis", "cranial", S, 16, 1)],
    categories=cats(),
    notes="Three-file bundle: an EHR pre-procedure note whose history carries a block marked '(copied from note "
          "of 09/02/2025)' describing the 2025 cobalt-60 course (right temporal 20 Gy and left occipital 18 Gy, "
          "frame) -- an earlier course, not this one; a cobalt-60 procedure and treatment record for 10/28/2026 "
          "(frame, stereotactic MRI + CT, four new metastases 20/20/18/16 Gy at the 50% isodose, coordinate "
          "check); and a charge-capture sheet listing 77371, 77432, 61796, 61797 x3, 61800 and planning codes. "
          "Four lesions, all under 3.5 cm and away from the optic apparatus and brainstem: simple.",
    docs=[
        Doc("1_preprocedure_note.txt", text=f"""
LODESTAR-EHR (invented)  --  Clinical Note Print                                Printed 10/29/2026 08:12 by hvni.coding3
------------------------------------------------------------------------------------------------------------------------
Patient: {patient(1)}        MRN: {mrn(1)}        DOB: 03/14/1958        Sex: F
Encounter: 10/21/2026  Office Visit  --  Radiation Oncology, {_c}
Note type: Progress Note / Pre-procedure H&P          Status: Signed
Author: Lorraine Vasquez-Odell, MD (Radiation Oncology)
------------------------------------------------------------------------------------------------------------------------

CHIEF COMPLAINT: New brain metastases on surveillance MRI.

HISTORY OF PRESENT ILLNESS:
(copied from note of 09/02/2025)
Ms. Fiftypatient is a 67 y.o. woman with stage IV lung adenocarcinoma (EGFR exon 19 deletion) on osimertinib. She presented
in 07/2025 with two brain metastases and underwent cobalt-60 radiosurgery under a stereotactic head frame on 08/12/2025:
right temporal lesion 20 Gy and left occipital lesion 18 Gy, both to the 50% isodose line. She tolerated it well.
(end of copied text)

Interval history 10/21/2026: Surveillance MRI brain 10/14/2026 shows both previously treated lesions smaller (right temporal
3 mm, left occipital resolved). There are FOUR NEW enhancing lesions: left frontal 1.2 cm, right parietal 0.8 cm, left
cerebellar 1.9 cm and right insular 2.6 cm, none within 1 cm of the optic apparatus or the brainstem. Mild headaches, no focal
deficit. KPS 80. Extracranial disease stable on CT 09/30/2026.

ASSESSMENT: Four new brain metastases from EGFR-mutant NSCLC, 14 months after SRS to two other lesions.

PLAN:
- Repeat single-session cobalt-60 radiosurgery to the four new lesions under a stereotactic head frame, scheduled 10/28/2026
  with Dr. Aldous Feeney (neurosurgery). Stereotactic MRI and CT the morning of the procedure.
- Anticipated marginal doses 20 Gy (lesions under 2 cm) and 16-18 Gy for the larger lesions, per plan.
- Continue osimertinib. Dexamethasone 2 mg daily until SRS.
- Consent signed today; risks (radionecrosis, seizure, pin-site bleeding) discussed.

Electronically signed by Lorraine Vasquez-Odell, MD on 10/21/2026 17:48
{FOOT}
"""),
        Doc("2_procedure_record.pdf", [[
            H1("Cobalt-60 Radiosurgery -- Procedure and Treatment Record"),
            KeyValue([("Date of service", "10/28/2026"), ("Unit", "Multi-source cobalt-60 radiosurgery unit (192 sources)"),
                      ("Head frame", "Stereotactic frame applied 06:55 by Dr. A. Feeney, 4 pins, local anesthetic; removed 12:20"),
                      ("Stereotactic imaging", "MRI T1 post-gadolinium 1 mm (07:30) and CT 1 mm with fiducial box (08:05), co-registered"),
                      ("Planning system", "PINECREST-GP 11 (invented)"),
                      ("Prescription", "Marginal dose to the 50% isodose line, single session")]),
            RuledTable([("Target", "Max diam (cm)", "Vol (cc)", "Marginal dose (Gy)", "Isodose", "Shots", "Coverage"),
                        ("1  L frontal", "1.2", "0.61", "20", "50%", "4", "98%"),
                        ("2  R parietal", "0.8", "0.22", "20", "50%", "2", "99%"),
                        ("3  L cerebellar", "1.9", "2.34", "18", "50%", "9", "97%"),
                        ("4  R insular", "2.6", "5.80", "16", "50%", "14", "96%")]),
            P("Organs at risk: brainstem Dmax 7.8 Gy; optic chiasm Dmax 2.4 Gy; cochleae < 3 Gy; brain V12Gy 7.1 cc."),
            P("Physics: plan independently checked (second calculation within 1.8%). Frame coordinate verification on the couch "
              "before delivery: pass, deviation 0.2 mm. Beam-on 09:48-11:41, 29 shots delivered, no interruptions."),
            P("Previously treated right temporal and left occipital lesions (2025) were not re-treated."),
            sig("Nadia Okonkwo-Reyes, MS, DABR, Medical Physicist 10/28/2026 11:58"),
            sig("Lorraine Vasquez-Odell, MD, Radiation Oncology 10/28/2026 12:05"),
            sig("Aldous Feeney, MD, Neurosurgery 10/28/2026 12:24"),
        ]], opts=dict(header=banner(_c, "Radiosurgery Center", 1, "03/14/1958"))),
        Doc("3_charge_capture.pdf", [[
            H1("CHARGE CAPTURE -- Radiosurgery Episode"),
            KeyValue([("Patient / MRN", f"{patient(1)} / {mrn(1)}"), ("Episode", "SRS-2026-0412   DOS 10/28/2026"),
                      ("Dx", "C79.31 Secondary malignant neoplasm of brain; C34.12 primary"), ("Charge system", "TALLYMARK charge entry 4.2 (invented)")]),
            RuledTable([("DOS", "CPT", "Description", "Units", "Mod", "Rendering", "Status"),
                        ("10/21/2026", "77263", "Therapeutic radiology tx planning, complex", "1", "", "Vasquez-Odell", "Posted"),
                        ("10/28/2026", "77295", "3-D simulation-aided field setting", "1", "", "Facility", "Posted"),
                        ("10/28/2026", "77300", "Basic dosimetry calculation", "4", "", "Facility", "Posted"),
                        ("10/28/2026", "77371", "SRS delivery, multi-source Co-60, 1 session", "1", "TC", "Facility", "Posted"),
                        ("10/28/2026", "77432", "Stereotactic radiation tx management, 1 session", "1", "26", "Vasquez-Odell", "Posted"),
                        ("10/28/2026", "61796", "SRS cranial lesion, simple, first", "1", "", "Feeney", "Posted"),
                        ("10/28/2026", "61797", "SRS cranial lesion, simple, each additional", "3", "", "Feeney", "Posted"),
                        ("10/28/2026", "61800", "Application of stereotactic headframe", "1", "", "Feeney", "Posted")], widths=(66, 42, 196, 38, 32, 84, 42)),
            P("Coder note: 4 lesions per procedure record (61796 x1 + 61797 x3). Frame documented. Prior 2025 lesions not billed."),
            P("Entered by hvni.coding3 10/29/2026 08:30"),
        ]], opts=dict(header=banner(_c, "Patient Financial Services", 1, "03/14/1958"))),
    ])

# d50_02 -- text: patient-portal print of a linac SRS treatment summary, table flattened one cell per line --------------
add(name="d50_02", kind="ehr_text", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("PTV1 right frontal", "cranial", S, 20, 1), L("PTV2 pons (brainstem)", "cranial", C, 15, 1),
             L("PTV3 left occipital", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Patient-portal 'Visit documents' print (HTML to text): navigation bar repeated on each printed page, "
          "'Page x of 3' and the print timestamp in mid-text, and the treatment table flattened to one cell per "
          "line (Target / Location / Size / Dose / Fractions / Isodose repeated per row). Single-session "
          "single-isocentre linac SRS of three metastases, one in the pons (brainstem: complex, 15 Gy), two simple "
          "20 Gy; mask, CT sim + MRI, CBCT and surface monitoring, physics QA.",
    docs=[Doc("d50_02.txt", text=f"""
{NAV}
< Back to Visits
Visit Documents
Radiation Oncology - Treatment Summary
11/20/2026
WILLOWMERE CANCER PAVILION - RADIATION ONCOLOGY

Patient Name:
{patient(2)}
Medical Record Number:
{mrn(2)}
Date of Birth:
05/30/1961
Document Type:
Treatment Summary
Author:
Priyanka Delacroix-Mott, MD
Author Type:
Physician
Status:
Signed

Diagnosis:
Metastatic renal cell carcinoma to brain (C79.31)
Treatment Course:
Stereotactic radiosurgery (SRS), single fraction
Treatment Dates:
11/17/2026 - 11/17/2026
Treatment Machine:
6 MV FFF gantry linac with 2.5 mm MLC and 6-degree-of-freedom couch
Immobilization:
Open-face thermoplastic SRS mask, made 11/10/2026
Simulation:
CT simulation 1 mm slices, 11/10/2026
Planning MRI:
MRI brain with contrast, 1 mm volumetric, 11/09/2026, fused to simulation CT
Planning System:
ALDERGROVE-TPS 3.1 (invented)
Technique:
Single isocenter, 5 non-coplanar VMAT arcs

Treated Targets
Target
Location
Size
Dose
Fractions
Isodose
PTV1
Right frontal
1.4 cm
20 Gy
1
80%
PTV2
Pons (brainstem)

Printed 11/20/2026 3:14 PM from BLUEHERON MyHealth (invented)                                          Page 1 of 3
{NAV}

0.6 cm
15 Gy
1
80%
PTV3
Left occipital
1.1 cm
20 Gy
1
80%

Organs at Risk:
Brainstem D0.03cc 15.9 Gy (limit 16 Gy); optic chiasm Dmax 3.1 Gy; brain V12Gy 6.4 cc
Image Guidance:
Cone-beam CT before treatment with 6D couch correction (0.7 mm, 0.4 degrees); surface monitoring throughout; repeat CBCT between arcs 3 and 4
Physics:
Patient-specific QA measured 11/16/2026, gamma 2%/1 mm pass rate 98.9%; independent MU check within 2.1%
Treatment Delivered:
All three targets treated 11/17/2026 as planned, 5 of 5 arcs
Tolerance:
Well tolerated. No nausea or headache.
Follow-up:
MRI brain in 8 weeks, then clinic visit.

Printed 11/20/2026 3:14 PM from BLUEHERON MyHealth (invented)                                          Page 2 of 3
{NAV}

Electronically signed by Priyanka Delacroix-Mott, MD on 11/17/2026 at 5:02 PM
Co-signed by Gideon Farrow, PhD, DABR (Medical Physics) on 11/17/2026 at 5:20 PM

Questions about this document? Send your care team a message.
Was this page helpful?  Yes  No

Printed 11/20/2026 3:14 PM from BLUEHERON MyHealth (invented)                                          Page 3 of 3
{FOOT}
""")])

# d50_03 -- pdf: amended FSRT summary, original lines shown beside the correction (frame -> mask), 61800 claimed ------
_c = "ST. ODILE REGIONAL MEDICAL CENTER"
add(name="d50_03", kind="pdf", codes=["77373", "77435", "61798", "61800"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("residual pituitary macroadenoma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Amended treatment summary: the original signed version carried template defaults ('Invasive stereotactic "
          "head frame, 4 pins' and 'MRI only') that the amendment corrects to a frameless thermoplastic mask and CT "
          "sim fused with MRI; the original text is shown beside each corrected line and in an amendment table. "
          "FSRT 25 Gy / 5 fractions to a residual non-functioning pituitary macroadenoma 2 mm from the chiasm "
          "(complex by tumour type and location), gantry linac, daily CBCT. No frame was used, so the claimed 61800 "
          "is wrong; the corrected record is not a contradiction.",
    docs=[Doc("d50_03.pdf", [[
        H1("RADIATION TREATMENT SUMMARY -- AMENDED"),
        P("Document status: AMENDED 11/09/2026 14:22 by Tobias Wrenfield, MD. Reason for amendment: immobilization and "
          "imaging lines populated from the SRS template in error. Original signed 11/02/2026 10:05. Corrected text "
          "below; original wording shown in brackets as [original: ...]."),
        KeyValue([("Patient", f"{patient(3)}   MRN {mrn(3)}"),
                  ("Diagnosis", "Residual non-functioning pituitary macroadenoma (D35.2) after transsphenoidal resection 04/2026"),
                  ("Target", "Residual tumor in the right cavernous sinus / sella, 2.2 x 1.6 cm, 2 mm from the optic chiasm"),
                  ("Technique", "Fractionated stereotactic radiotherapy (FSRT), 4 non-coplanar VMAT arcs, 6 MV FFF gantry linac"),
                  ("Immobilization", "Frameless thermoplastic SRS mask  [original: Invasive stereotactic head frame, 4 pins]"),
                  ("Planning imaging", "CT simulation 1 mm 10/13/2026 fused with MRI sella T1 post-contrast 1 mm 10/12/2026  [original: MRI only]"),
                  ("Planning system", "QUILLFEATHER-TPS 2.4 (invented)"),
                  ("Prescription", "25 Gy in 5 fractions (5 Gy per fraction) to the 80% isodose line covering 96% of the PTV (GTV + 1 mm)"),
                  ("OAR", "Optic chiasm Dmax 23.6 Gy / 5 fx (limit 25 Gy); optic nerves Dmax 22.9 Gy; brainstem Dmax 18.0 Gy")]),
        RuledTable([("Fx", "Date", "Image guidance", "Dose (Gy)", "Cumulative (Gy)"),
                    ("1", "10/26/2026", "CBCT + 6DoF, 0.6 mm", "5.0", "5.0"),
                    ("2", "10/27/2026", "CBCT + 6DoF, 0.4 mm", "5.0", "10.0"),
                    ("3", "10/28/2026", "CBCT + 6DoF, 0.8 mm", "5.0", "15.0"),
                    ("4", "10/29/2026", "CBCT + 6DoF, 0.5 mm", "5.0", "20.0"),
                    ("5", "10/30/2026", "CBCT + 6DoF, 0.3 mm", "5.0", "25.0")]),
        P("Course completed 10/30/2026: 25 Gy in 5 fractions to the residual pituitary adenoma, no breaks. Visual fields "
          "unchanged at the end of treatment. Endocrinology follow-up and MRI sella at 6 months."),
        H2("Amendment history"),
        RuledTable([("Field", "Original (struck)", "Corrected", "By / date"),
                    ("Immobilization", "Invasive stereotactic head frame, 4 pins", "Frameless thermoplastic SRS mask", "T. Wrenfield 11/09/2026"),
                    ("Planning imaging", "MRI only", "CT sim 1 mm fused with MRI sella", "T. Wrenfield 11/09/2026")], widths=(92, 150, 150, 108)),
        sig("Tobias Wrenfield, MD, Radiation Oncology 11/02/2026 (amended 11/09/2026)"),
        sig("Imani Castellanos, MS, DABR, Medical Physics 11/02/2026"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 3, "12/01/1966")))])

# d50_04 -- text: OTV note during a 3-fraction cobalt-60 mask course, 2 of 3 given (in progress) -------------------
add(name="d50_04", kind="ehr_text", codes=["77373", "77435", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 2, ["MRI"], ["mask"]),
    lesions=[L("left temporal metastasis (3.8 cm)", "cranial", C, 16, 2)],
    categories=cats(),
    notes="Course IN PROGRESS on the date of the document: on-treatment visit note after fraction 2 of a planned 3 "
          "(24 Gy in 3, 8 Gy each) on a mask-based cobalt-60 unit; fraction 3 is scheduled for 11/20. The corpus "
          "README is silent on unfinished courses, so the labels are what the record shows as delivered so far: "
          "2 fractions, 16 Gy; the summary category counts the 'delivered to date' line. One 3.8 cm left temporal "
          "metastasis (complex by size); MRI only (CBCT stereotactic reference, no planning CT); mask with "
          "infrared nose-marker motion monitoring and CBCT each fraction.",
    docs=[Doc("d50_04.txt", text=f"""
RIVERBEND UNIVERSITY HOSPITAL - GAMMA RADIOSURGERY SERVICE
ON-TREATMENT VISIT (OTV) NOTE                                  Date of service: 11/18/2026  15:10
Patient: {patient(4)}    MRN: {mrn(4)}    DOB: 07/22/1955
Attending: Marguerite Osei-Lindgren, MD      Resident: Caleb Thorvaldsen, MD (PGY-4)

S: Seen after today's fraction. Mrs. Fiftypatient reports mild fatigue and a dull left-sided headache on the evening of
fraction 1, resolved with acetaminophen. No nausea, no new weakness or speech change. Mask fit comfortable. Dexamethasone 4 mg
daily continues.

O: KPS 80. Alert, fluent, oriented. No pronator drift. Mask marks on the forehead and chin, skin intact.

Treatment: fractionated radiosurgery on the multi-source cobalt-60 unit (mask-based), left temporal metastasis (breast
primary, HER2+), 3.8 cm maximum diameter - too large for single-fraction SRS, hence 3 fractions.
  Plan (approved 11/12/2026, planning system FERNHOLLOW-GP 3 (invented)): 24 Gy in 3 fractions, 8 Gy per fraction, to the
  50% isodose line; 31 shots, 4/8/16 mm collimation; coverage 97%; planning MRI T1 post-gadolinium 1 mm 11/11/2026;
  stereotactic reference by on-unit cone-beam CT (no planning CT); thermoplastic mask with infrared nose-marker motion
  management (1.5 mm threshold).
  Fx 1  11/16/2026  800 cGy  CBCT registration 0.4 mm, no motion pauses
  Fx 2  11/18/2026  800 cGy  CBCT registration 0.6 mm, one pause (0.9 mm) - resumed
  Fx 3  11/20/2026  scheduled
  Delivered to date: 1600 cGy of 2400 cGy planned to the left temporal metastasis (2 of 3 fractions).

A/P: Tolerating fractionated radiosurgery well, 2 of 3 fractions complete.
  - Proceed with fraction 3 on 11/20/2026.
  - Continue dexamethasone 4 mg, taper after completion.
  - MRI brain 6 weeks after completion.

Electronically signed: Caleb Thorvaldsen, MD (resident) 11/18/2026 15:42
Attestation: I saw and examined the patient with the resident and agree with the note as written.
Electronically signed: Marguerite Osei-Lindgren, MD 11/18/2026 16:05
{FOOT}
""")])

# d50_05 -- scan: cobalt-60 frame radiosurgery for trigeminal neuralgia, 80 Gy max; 61796 claimed (wrong) -------------
_c = "MAPLE HOLLOW NEUROSURGICAL ASSOCIATES"
add(name="d50_05", kind="scan", codes=["77371", "77432", "61796", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve (functional target)", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Scanned (150 dpi, slight skew) procedure record of functional cobalt-60 radiosurgery for medically "
          "refractory right trigeminal neuralgia: one 4 mm shot, 80 Gy maximum dose at the 100% isodose to the "
          "cisternal trigeminal nerve, frame, stereotactic MRI (CISS) + CT. A functional target is complex, so the "
          "claimed 61796 is wrong (61798). The 'brainstem 20% isodose' and '12 Gy' figures are not the dose.",
    docs=[Doc("d50_05.pdf", [[
        H1("FUNCTIONAL RADIOSURGERY PROCEDURE RECORD"),
        KeyValue([("Patient", patient(5)), ("MRN", mrn(5)), ("Date of procedure", "09/23/2026"),
                  ("Indication", "Right trigeminal neuralgia, V2-V3, classic type; failed carbamazepine and oxcarbazepine (hyponatremia), declined microvascular decompression"),
                  ("Unit", "Multi-source cobalt-60 radiosurgery unit"),
                  ("Frame", "Stereotactic head frame, 4 pins, applied 07:10 under local anesthesia (Dr. R. Haldane)"),
                  ("Imaging", "Stereotactic MRI: 3D CISS 0.6 mm + T1 post-contrast; stereotactic CT 1 mm (distortion check), fused"),
                  ("Target", "Right trigeminal nerve, cisternal segment, 7 mm anterior to the root entry zone"),
                  ("Plan", "One 4 mm shot; maximum dose 80 Gy at the 100% isodose; brainstem surface at the 20% isodose; planning system TIDEWATER-GP 2 (invented)"),
                  ("OAR", "Brainstem D0.1cc 12.1 Gy (within limit)")]),
        RuledTable([("Time", "Event", "Initials"),
                    ("08:20", "Plan approved (neurosurgery, radiation oncology, physics)", "RH / JM / KL"),
                    ("08:35", "Independent second calculation - agrees 0.9%", "KL"),
                    ("08:50", "Frame coordinate verification on the couch - pass", "KL"),
                    ("08:58", "Treatment start", "JM"),
                    ("09:51", "Treatment complete - 80 Gy maximum dose delivered, 1 shot", "JM"),
                    ("10:05", "Frame removed, pin sites dressed", "RH")]),
        P("Post-procedure: no facial numbness. Continue carbamazepine 200 mg bid, taper at follow-up in 6 weeks if pain-free."),
        sig("Rowan Haldane, MD, Neurosurgery 09/23/2026"),
        sig("Josephine Marchetti, MD, Radiation Oncology 09/23/2026"),
        sig("Kwame Lindqvist, PhD, Medical Physics 09/23/2026"),
    ]], opts=dict(header=banner(_c, "Radiosurgery", 5, "02/11/1949"), scan=True, scan_dpi=150, scan_skew=0.6))])

# d50_06 -- text: dictated robotic-linac SRS procedure note with an unmarked copy-forward from the 2025 course --------
add(name="d50_06", kind="ehr_text", codes=["G0339", "77432", "61796", "61797"],
    facts=F("robotic_linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal metastasis", "cranial", S, 21, 1), L("right cerebellar metastasis", "cranial", S, 18, 1)],
    categories=cats(),
    contradiction="The unmarked copied-forward ASSESSMENT still calls the disease a solitary right occipital metastasis status post SRS twenty gray, while the same note records SRS today to two new lesions (left frontal 21 Gy, right cerebellar 18 Gy).",
    notes="Dictated procedure note, numbers in words: single-session robotic-arm linac SRS on 12/02/2026 to two new "
          "melanoma metastases (left frontal twenty-one gray, right cerebellar eighteen gray), mask, planning CT + MRI, "
          "6D skull tracking. The history and an ASSESSMENT paragraph are carried forward UNMARKED from a 2025 note "
          "(right occipital metastasis twenty gray in 2025, 'no new lesions' on the 09/2025 MRI): an earlier course, "
          "not counted. Two simple lesions.",
    docs=[Doc("d50_06.txt", text=f"""
CASCADE HEIGHTS CANCER INSTITUTE - DEPARTMENT OF RADIATION ONCOLOGY
PROCEDURE NOTE - STEREOTACTIC RADIOSURGERY
Patient: {patient(6)}   MRN: {mrn(6)}   DOB: 01/09/1968
Date of procedure: 12/02/2026
Dictated by: Elspeth Varga-Montrose, MD    Dictated: 12/02/2026 16:20    Transcribed: 12/03/2026 07:55 (job 558120)

INTERVAL HISTORY: Ms. Fiftypatient is a fifty-eight-year-old woman with BRAF-mutant metastatic melanoma. She underwent robotic
radiosurgery on June nineteenth, 2025, to a right occipital metastasis, twenty gray in a single fraction, in a thermoplastic
mask. MRI of the brain from September 2025 shows the treated right occipital lesion decreased to four millimeters. No new
lesions. She continues on dabrafenib and trametinib with good extracranial control.

ASSESSMENT: Solitary right occipital melanoma metastasis, status post SRS twenty gray, responding.

Surveillance MRI on November twentieth, 2026, showed two new enhancing lesions, left frontal one point one centimeters and
right cerebellar one point six centimeters, both well away from the brainstem and optic apparatus. The right occipital
treated site is stable at three millimeters. After discussion she elected radiosurgery to both new lesions.

PROCEDURE: A thermoplastic mask was made on November twenty-fourth, and a one millimeter contrast planning CT was obtained and
fused with a volumetric gadolinium MRI from the same day. Both lesions were contoured, with a one millimeter PTV margin. Using
the robotic-arm mounted six MV linac, the left frontal lesion was prescribed twenty-one gray to the seventy-eight percent
isodose line and the right cerebellar lesion eighteen gray to the eighty percent isodose line, in a single fraction, one
hundred sixty-four non-isocentric beams, fixed cones of ten and twelve point five millimeters. Planning in SPRUCEWOOD
Planning 5 (invented). Physics performed the plan check and delivery QA before treatment.

Today she was set up in the mask and treated with six-dimensional skull tracking, images every forty-five seconds, mean
correction under half a millimeter. Both lesions were treated in full, twenty-one gray and eighteen gray, one session, total
beam time fifty-two minutes. She tolerated it well with no nausea or seizure activity.

PLAN: Dexamethasone four milligrams for three days then stop. MRI of the brain in eight weeks. Continue targeted therapy.

Elspeth Varga-Montrose, MD
Radiation Oncology
D: 12/02/2026  T: 12/03/2026
{FOOT}
""")])

# d50_07 -- pdf (two-column): linac frame SRS of an AVM, 1800 cGy, angiography, late entry; 77371 claimed (wrong) ------
_c = "BRIARCLIFF MEMORIAL HOSPITAL"
add(name="d50_07", kind="pdf", codes=["77371", "77432", "61798", "61800"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI", "angiography"], ["frame"]),
    lesions=[L("right parietal arteriovenous malformation", "cranial", C, 18, 1)],
    categories=cats(),
    notes="Two-column treatment episode printout: frame-based single-session linac radiosurgery of a right parietal "
          "AVM (Spetzler-Martin II, complex by type), 1800 cGy to the 80% isodose line, stereotactic CT + MRI + "
          "biplane catheter angiography, cones, frame coordinate check, kV imaging. A LATE ENTRY two days later "
          "corrects the 'MRA' of the set-up paragraph to biplane catheter angiography (DSA). 77371 (cobalt-60) claimed for a "
          "gantry linac: wrong; 77372 is the delivery code.",
    docs=[Doc("d50_07.pdf", [[
        H1("TREATMENT EPISODE SUMMARY - Stereotactic Radiosurgery"),
        H2("Episode"),
        KeyValue([("Patient", patient(7)), ("MRN", mrn(7)), ("Episode ID", "EP-26-7781 (closed)"),
                  ("Record system", "HARBORLIGHT-RV 9 (invented)"), ("Dates", "10/14/2026 - 10/14/2026")], value_x=90),
        H2("Diagnosis"),
        P("Right parietal arteriovenous malformation (Q28.2), Spetzler-Martin grade II, nidus 2.1 x 1.8 x 1.7 cm, hemorrhage 02/2025 "
          "managed conservatively; not favourable for resection (eloquent cortex)."),
        H2("Stereotactic set-up"),
        P("Stereotactic head frame applied 07:05 under local anesthesia, 4 pins (neurosurgery, Dr. C. Amberley). Stereotactic CT "
          "1 mm with localizer, MRI T1/T2 with 3D TOF, and MRA in the frame, 08:10-09:20; "
          "nidus contoured on the angiographic images, MRI and CT."),
        H2("Plan"),
        P("6 MV gantry linac, stereotactic cones 12.5 and 15 mm, 2 isocenters, 7 non-coplanar arcs. Prescription 1800 cGy to the "
          "80% isodose line, single fraction. Planning system LARKSPUR-SRS 4 (invented). Brain V12Gy 8.2 cc; brainstem Dmax 210 cGy."),
        ColumnBreak(),
        H2("Verification and delivery"),
        P("Independent MU check within 1.5%; end-to-end QA of cones 10/13/2026. Frame coordinate check on the couch and "
          "orthogonal kV imaging of the frame before each isocenter: within 0.4 mm."),
        TextTable([("Iso", "Arcs", "cGy (Rx)", "Status"), ("1", "4", "1800", "Delivered 11:02"), ("2", "3", "1800", "Delivered 11:48")],
                  columns=(0, 36, 80, 140)),
        P("Total: 1800 cGy in 1 fraction to the AVM nidus, delivered 10/14/2026. Frame removed; pin sites clean."),
        H2("LATE ENTRY"),
        P("Late entry 10/16/2026 09:05 for date of service 10/14/2026 (Dr. H. Sandoval): correction to the set-up paragraph above - "
          "the vascular study in the frame was biplane catheter digital subtraction angiography (DSA) by interventional "
          "neuroradiology, not MRA; the nidus was contoured on the DSA. "
          "See IR procedure note of 10/14/2026."),
        sig("Helena Sandoval, MD, Radiation Oncology 10/14/2026"),
        sig("Cyrus Amberley, MD, Neurosurgery 10/14/2026"),
        sig("Ingrid Pohlmann, MS, Medical Physics 10/14/2026"),
    ]], opts=dict(header=banner(_c, "Radiosurgery Program", 7, "08/19/1990"), two_columns=True))])


# ==================================================================================================
# Spine
# ==================================================================================================

# d50_08 -- bundle (3 files): therapist daily notes, physics chart check, charge capture; T10 and L2 24 Gy/2 each ------
_c = "GRANITE RIDGE RADIATION CENTER"
add(name="d50_08", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T10 vertebral metastasis", "spinal", None, 24, 2), L("L2 vertebral metastasis", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Three-file bundle: radiation therapist daily treatment notes (Vac-Lok, CBCT per fraction, physician "
          "approval of shifts, both plans each day), the physics chart check (pre-treatment plan check with "
          "patient-specific QA, then end-of-course check; Rx table, CT sim + MRI fusion, VMAT) and the charge-capture "
          "sheet (77373 x2, 77435, 63620, 63621, planning codes). Two separate spinal targets (T10 and L2, not "
          "contiguous) each 24 Gy in 2 fractions on the same two days: two lesions, 2 fractions.",
    docs=[
        Doc("1_therapist_daily_notes.txt", text=f"""
GRANITE RIDGE RADIATION CENTER -- RT DAILY TREATMENT NOTES (export)         Report run 11/12/2026 07:01
Patient: {patient(8)}   MRN: {mrn(8)}   Course: C2 SBRT SPINE   Plans: T10_SBRT (v1), L2_SBRT (v1)

11/09/2026 08:14  Note type: Daily Tx Note   Author: Marisol Quintero, RT(T)
  Fx 1 of 2. Pt positioned supine in custom Vac-Lok bag, arms on chest, knee sponge; indexed to couch. CBCT acquired for T10 plan,
  match to vertebral bodies: shifts V +0.2 / Lat -0.1 / Lng +0.3 cm, pitch 0.4 deg. Images reviewed and approved at console by
  Dr. Adeyemi-Brandt before beam on. T10_SBRT delivered 1200 cGy. Repeat CBCT for L2 plan: shifts +0.1 / 0.0 / -0.2 cm, approved.
  L2_SBRT delivered 1200 cGy. Pt tolerated well, no pain flare.
11/11/2026 08:05  Note type: Daily Tx Note   Author: Devon Achterberg, RT(T)
  Fx 2 of 2. Same setup in Vac-Lok. CBCT T10: shifts -0.1 / +0.1 / +0.2 cm, approved by Dr. Adeyemi-Brandt. T10_SBRT 1200 cGy
  delivered (cum 2400 cGy). CBCT L2: +0.2 / -0.1 / 0.0 cm, approved. L2_SBRT 1200 cGy delivered (cum 2400 cGy). Course complete.
  Pt given end-of-treatment instructions; follow-up 4 weeks.
11/11/2026 09:12  Note type: Nursing   Author: Hollis Grange, RN
  Post-treatment check: pain 2/10, no weakness, ambulating independently. Dexamethasone taper reviewed.
{FOOT}
"""),
        Doc("2_physics_chart_check.pdf", [[
            H1("Physics Chart Check -- SBRT Spine"),
            KeyValue([("Patient", f"{patient(8)}   MRN {mrn(8)}"),
                      ("Diagnosis", "Metastatic breast cancer (ER+), T10 and L2 vertebral body metastases, no epidural disease"),
                      ("Simulation", "CT sim 1 mm 10/29/2026 in Vac-Lok; MRI T-L spine T1/T2 1 mm 10/30/2026, rigid fusion per level"),
                      ("Planning", "KETTLEBROOK-TPS 7 (invented); two plans, 2 VMAT arcs each, 6 MV FFF gantry linac"),
                      ("Prescription", "Each PTV 24 Gy in 2 fractions (12 Gy/fx) to the 80% isodose, covering 90% of PTV")]),
            RuledTable([("PTV", "Rx", "Coverage", "Cord Dmax (Gy)", "Other OAR", "Pt-specific QA"),
                        ("PTV_T10", "24 Gy / 2", "91.2%", "16.8", "Esophagus Dmax 14.1 Gy", "98.4% (3%/1mm)"),
                        ("PTV_L2", "24 Gy / 2", "90.6%", "cauda 18.9", "Bowel Dmax 15.2 Gy", "99.1% (3%/1mm)")]),
            RuledTable([("Check", "Date", "Fx", "Items", "Result", "Physicist"),
                        ("Initial plan check", "11/05/2026", "0", "Rx, contours, MU 2nd calc, QA, R&V parameters", "OK", "B. Ferreira-Lau"),
                        ("Weekly / end of course", "11/11/2026", "2 of 2", "Delivered dose vs Rx, CBCT approvals, treatment record", "OK - complete", "B. Ferreira-Lau")], widths=(92, 66, 40, 156, 66, 80)),
            P("Delivered per record and verified at end-of-course check: PTV_T10 2400 cGy / 2 fx; PTV_L2 2400 cGy / 2 fx."),
            sig("Benedita Ferreira-Lau, MS, DABR 11/11/2026"),
            sig("Olumide Adeyemi-Brandt, MD, Radiation Oncology 11/11/2026"),
        ]], opts=dict(header=banner(_c, "Medical Physics", 8, "04/04/1963"))),
        Doc("3_charge_capture.pdf", [[
            H1("Charge Capture Sheet -- Course C2 SBRT Spine"),
            KeyValue([("Patient / MRN", f"{patient(8)} / {mrn(8)}"), ("Dx", "C79.51 Secondary malignant neoplasm of bone")]),
            RuledTable([("DOS", "Code", "Description", "Units", "Provider"),
                        ("10/29/2026", "77290", "Simulation, complex", "1", "Adeyemi-Brandt"),
                        ("11/05/2026", "77301", "IMRT planning", "2", "Adeyemi-Brandt"),
                        ("11/09/2026", "77373", "SBRT delivery, per fraction", "1", "Facility"),
                        ("11/11/2026", "77373", "SBRT delivery, per fraction", "1", "Facility"),
                        ("11/11/2026", "77435", "SBRT management, per course", "1", "Adeyemi-Brandt"),
                        ("11/09/2026", "63620", "SRS spinal lesion, first", "1", "Pruitt (NSG)"),
                        ("11/09/2026", "63621", "SRS spinal lesion, each additional", "1", "Pruitt (NSG)")]),
            P("Total units 77373: 2. Batch 4471, entered by charge.entry2 on 11/12/2026."),
        ]], opts=dict(header=banner(_c, "Charge Capture", 8, "04/04/1963"))),
    ])

# d50_09 -- text: consult recommending SBRT, with a late addendum documenting the delivered course (looks negative) ----
add(name="d50_09", kind="ehr_text", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI", "PET"], ["body_immobilization"]),
    lesions=[L("L4 vertebral metastasis", "spinal", None, 27, 3)],
    categories=cats(plan=False),
    notes="Looks like a negative but is a delivered course: a dictated consultation (numbers in words) recommending "
          "spine SBRT to L4 for oligometastatic prostate cancer, 'simulation will be scheduled', followed by a LATE "
          "ADDENDUM two weeks later recording simulation (vacuum cushion, CT fused with MRI) and delivery of 27 Gy in "
          "3 fractions with cone-beam CT before each. The addendum gives target and dose but no isodose, arcs, beams "
          "or planning system: plan unmet. The PSMA PET that found the lesion three weeks before is this course's "
          "staging imaging (counted, as staging PET is in corpus 48); the diagnostic MRI was fused for planning.",
    docs=[Doc("d50_09.txt", text=f"""
PELICAN SHOALS ONCOLOGY GROUP - RADIATION ONCOLOGY
CONSULTATION
Patient: {patient(9)}          MRN: {mrn(9)}          DOB: 09/27/1955
Date of consultation: 11/03/2026
Referring physician: Dr. Armand Bellweather, Urology
Consultant: Vivienne Achebe-Rourke, MD

REASON FOR CONSULTATION: Solitary L4 metastasis from prostate cancer.

HISTORY OF PRESENT ILLNESS: Mr. Fiftypatient is a seventy-one-year-old man treated with radical prostatectomy in 2021 for a
Gleason four plus three adenocarcinoma. His PSA rose to one point eight, and a PSMA PET on October twentieth showed a single
avid lesion in the L4 vertebral body with no other disease. MRI of the lumbar spine on October twenty-eighth confirms a one point
nine centimeter lesion confined to the vertebral body, no epidural extension, no fracture. He has mild low back pain.

PAST RADIATION: None.

IMPRESSION AND RECOMMENDATION: Oligometastatic prostate cancer, single L4 lesion. I recommend stereotactic body radiation
therapy to L4, twenty-seven gray in three fractions, together with six months of androgen deprivation per Dr. Bellweather.
Simulation will be scheduled for later this week. We discussed the risks, including pain flare and vertebral compression
fracture, and he wishes to proceed.

Vivienne Achebe-Rourke, MD
D: 11/03/2026  T: 11/04/2026

------------------------------------------------------------------------------------------------------------------------
ADDENDUM  --  entered 11/18/2026 16:40 by Vivienne Achebe-Rourke, MD (late entry to document the course)
Simulation was performed on 11/06/2026 supine in a vacuum cushion with a one millimeter CT of the lumbar spine, fused with the
MRI of 10/28/2026 for contouring of L4. SBRT to L4 was delivered on 11/12, 11/14 and 11/17/2026, nine gray per fraction,
total twenty-seven gray in three fractions, each fraction after cone-beam CT with couch correction, images reviewed and
approved by me before treatment. He tolerated treatment without a pain flare. Follow-up PSA in three months, MRI at six months.
Electronically signed 11/18/2026 16:52
{FOOT}
""")])

# d50_10 -- scan: robotic-linac spine SBRT T6 30 Gy/5, paused 10 days after fx 2 and resumed; 63621 claimed (wrong) ---
_c = "SILVER CREEK REGIONAL CANCER CENTER"
add(name="d50_10", kind="scan", codes=["G0339", "G0340", "77435", "63620", "63621"],
    facts=F("robotic_linac", ["spinal"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T6 vertebral metastasis", "spinal", None, 30, 5)],
    categories=cats(),
    notes="Scanned (200 dpi, skew and speckle) daily treatment record of spine SBRT to T6 on a robotic-arm linac with "
          "fiducial-free spine tracking: 3000 cGy in 5 fractions (600 cGy each, cGy columns), PAUSED after fraction 2 "
          "(admission for hypercalcemia, 10/07-10/15) and RESUMED on the same plan for fractions 3-5. Vacuum cushion, "
          "CT + MRI. One lesion, so the claimed 63621 is wrong. The 'HOLD' rows are not fractions.",
    docs=[Doc("d50_10.pdf", [[
        H1("SBRT DAILY TREATMENT RECORD"),
        KeyValue([("Patient / MRN", f"{patient(10)} / {mrn(10)}"), ("Site", "T6 vertebral body and right pedicle, metastatic renal cell carcinoma, no epidural disease"),
                  ("Unit", "Robotic-arm mounted 6 MV linac, fiducial-free spine tracking"),
                  ("Immobilization", "Vacuum cushion, supine, arms at sides"),
                  ("Planning images", "CT 1.25 mm 09/24/2026 fused with MRI T-spine T1/T2 1 mm 09/23/2026"),
                  ("Plan", "T6_SBRT_v1, 188 beams, variable-aperture collimator, 3000 cGy / 5 fx to the 79% isodose, PTV coverage 93%"),
                  ("Planning system", "BRAMBLEGATE Planning 2.7 (invented)")]),
        RuledTable([("Fx", "Date", "Dose (cGy)", "Cum. (cGy)", "Tracking (mm)", "Comments", "RTT"),
                    ("1", "10/05/2026", "600", "600", "0.5", "", "AK/MS"),
                    ("2", "10/06/2026", "600", "1200", "0.4", "", "AK/MS"),
                    ("HOLD", "10/07/2026", "--", "1200", "--", "Held: admitted (hypercalcemia)", "AK"),
                    ("HOLD", "10/13/2026", "--", "1200", "--", "Still inpatient; per Dr. Kessler resume when discharged", "MS"),
                    ("3", "10/16/2026", "600", "1800", "0.6", "Resumed, same plan, no replan", "AK/TR"),
                    ("4", "10/19/2026", "600", "2400", "0.4", "", "AK/TR"),
                    ("5", "10/20/2026", "600", "3000", "0.5", "Course complete", "MS/TR")], widths=(40, 70, 50, 52, 58, 180, 50)),
        P("Treatment break 10/07-10/15/2026 (9 calendar days) reviewed by physician: no compensation for the gap, resume at "
          "fraction 3. Physics weekly chart checks 10/09 and 10/20/2026: OK."),
        P("Course total: 3000 cGy in 5 fractions to T6, completed 10/20/2026."),
        sig("Reinhold Kessler, MD, Radiation Oncology 10/20/2026"),
        sig("Samira Oyelaran, PhD, Medical Physics 10/20/2026"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 10, "06/06/1952"), scan=True, scan_dpi=200, scan_skew=0.8,
                  scan_noise=6.0))])

# d50_11 -- pdf: single-fraction cervical spine SRS C3, addendum corrects the delivered-dose line 1800 -> 1600 cGy -------
_c = "NORTHGATE UNIVERSITY MEDICAL CENTER"
add(name="d50_11", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("C3 vertebral metastasis", "spinal", None, 16, 1)],
    categories=cats(),
    notes="Spine radiosurgery summary for a single-fraction C3 treatment whose body says 'Dose delivered: 1800 cGy x 1'; "
          "an ADDENDUM by the author corrects that line to 1600 cGy (plan v2 approved after the cord-constraint review; "
          "1800 cGy was v1, never treated), and the delivery table shows plan v2, 1600 cGy. Gold follows the corrected "
          "record: 16 Gy, 1 fraction. Head-neck-shoulder thermoplastic mask, CT + MRI, CBCT with 6DoF couch.",
    docs=[Doc("d50_11.pdf", [[
        H1("Spine Radiosurgery -- Treatment Summary"),
        KeyValue([("Patient", f"{patient(11)}   MRN {mrn(11)}"), ("Date of treatment", "12/01/2026"),
                  ("Diagnosis", "Metastatic thyroid carcinoma (follicular), C3 vertebral body lesion, radioiodine-refractory"),
                  ("Immobilization", "Head-neck-shoulder thermoplastic mask"),
                  ("Planning imaging", "CT sim 1 mm 11/20/2026; MRI C-spine T1 post-contrast and T2 1 mm 11/19/2026, fused"),
                  ("Technique", "6 MV FFF gantry linac, 2 VMAT arcs, planning system OXBOW-TPS 6 (invented)"),
                  ("Prescription", "Single fraction to the 80% isodose covering 90% of the PTV; cord (MRI) Dmax < 14 Gy"),
                  ("Dose delivered", "1800 cGy x 1 fraction")]),
        RuledTable([("Plan", "Approved", "Rx (cGy)", "Cord Dmax (cGy)", "Status"),
                    ("C3_v1", "11/27/2026", "1800 x 1", "1460", "Not treated - cord constraint exceeded"),
                    ("C3_v2", "11/30/2026", "1600 x 1", "1290", "Treated 12/01/2026")], widths=(60, 70, 70, 90, 210)),
        RuledTable([("Date", "Plan", "IGRT", "Shift (mm)", "Delivered (cGy)"),
                    ("12/01/2026", "C3_v2", "CBCT + 6DoF couch, repeat CBCT after arc 1", "1.1 / 0.6 / 0.4", "1600")], widths=(68, 52, 200, 90, 90)),
        P("Tolerated well; mild odynophagia expected. Follow-up MRI C-spine in 3 months."),
        sig("Anneliese Boateng, MD, Radiation Oncology 12/01/2026 17:10"),
        H2("Addendum"),
        P("Addendum 12/04/2026 08:30 (A. Boateng, MD): correction to the 'Dose delivered' line above, which was carried over from "
          "plan v1. The dose delivered on 12/01/2026 was 1600 cGy in 1 fraction to C3 per plan C3_v2, as shown in the delivery "
          "table and the record-and-verify log. 1800 cGy was never delivered."),
        sig("Anneliese Boateng, MD 12/04/2026 08:31"),
        sig("Ruben Castellano-Fisk, MS, DABR, Medical Physics 12/01/2026"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 11, "10/15/1959")))])


# ==================================================================================================
# Body
# ==================================================================================================

# d50_12 -- text: patient-portal export of a prostate SBRT summary, flattened; no image guidance documented ------------
add(name="d50_12", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(delivery_verification=False),
    notes="Patient-portal print of a prostate SBRT treatment summary (HTML to text): navigation and 'Page x of 2' in "
          "mid-text, the course table flattened one cell per line, a 'Care Team' block. 3625 cGy in 5 fractions on a "
          "gantry linac, three gold fiducials and a hydrogel rectal spacer, knee-and-foot immobilization with an "
          "indexed vacuum bag, CT sim fused with MRI. The summary gives no image guidance, tracking or QA: delivery "
          "verification unmet.",
    docs=[Doc("d50_12.txt", text=f"""
{NAV}
Visits > Past Visits > 10/30/2026 Radiation Oncology
Document: End of Treatment Summary

SANDPIPER BAY RADIATION ONCOLOGY
End of Treatment Summary
Patient:
{patient(12)}
MRN:
{mrn(12)}
DOB:
02/17/1953
Provider:
Lucian Ferreira-Hatch, MD

Diagnosis
Adenocarcinoma of the prostate, Gleason 3+4=7 (Grade Group 2), PSA 6.9, cT1c, NCCN favorable intermediate risk (C61)

Course
Site
Technique
Dose per fraction
Fractions
Total dose
Start date
End date
Prostate
SBRT (VMAT, 2 arcs, 6 MV FFF)
725 cGy
5
3625 cGy
10/20/2026
10/30/2026

Printed on 11/02/2026 at 9:47 AM                                                                    Page 1 of 2
{NAV}

Preparation
Three gold fiducial markers placed transperineally on 09/29/2026 with a hydrogel rectal spacer.
Simulation
CT simulation 1.5 mm on 10/06/2026 with a comfortably full bladder, custom knee-and-foot cushion and indexed vacuum bag. MRI
pelvis (T2 axial 2 mm) 10/06/2026 fused to the simulation CT for prostate contouring.
Planning
Plan approved 10/14/2026 in ALDERGROVE-TPS 3.1 (invented). Prescription 3625 cGy in 5 fractions every other day to cover 95%
of the PTV (prostate + 3 mm, 2 mm posteriorly). Rectum V36Gy 0.3 cc; bladder V37Gy 4.2 cc.
Treatment
All five fractions delivered as scheduled (10/20, 10/22, 10/24, 10/28 and 10/30/2026). No treatment breaks.
Side effects
Grade 1 urinary frequency and nocturia. Tamsulosin 0.4 mg started 10/24/2026.
Follow-up
PSA and visit in 3 months.

Care Team
Lucian Ferreira-Hatch, MD (Radiation Oncology) - signed 10/30/2026
Opal Winterbourne, RN (Nurse Navigator)

Printed on 11/02/2026 at 9:47 AM                                                                    Page 2 of 2
{FOOT}
""")])

# d50_13 -- pdf: retrospective-authorization letter to a payer, with the episode summary (looks negative) -------------
_c = "LINDENWOOD ONCOLOGY PARTNERS"
add(name="d50_13", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI", "PET"], ["body_immobilization"]),
    lesions=[L("left adrenal metastasis", "body", None, 40, 5)],
    categories=cats(),
    notes="Looks like a prior-authorization request but documents a delivered course: a RETROSPECTIVE authorization "
          "letter to an invented health plan for SBRT already given (left adrenal metastasis, NSCLC oligoprogression, "
          "40 Gy in 5 fractions 10/19-10/27/2026), listing CPT codes and units, with the attached episode summary "
          "(4DCT + MRI abdomen, vacuum cushion with abdominal compression, VMAT to the 80% isodose, CBCT each fraction). "
          "The PET-CT that showed the progression counts as pre-treatment (staging) imaging.",
    docs=[Doc("d50_13.pdf", [[
        P("LINDENWOOD ONCOLOGY PARTNERS - Radiation Oncology - 880 Orchard Lane (synthetic address)"),
        P("November 6, 2026"),
        P("Utilization Management Department, Keystone Prairie Health Plan (invented)"),
        P(f"RE: Request for RETROSPECTIVE authorization -- services already rendered 10/19/2026 through 10/27/2026. Member: {patient(13)}; "
          f"Member ID KPH-000-5013 (synthetic); MRN {mrn(13)}; DOB 11/30/1957"),
        P("To whom it may concern:"),
        P("I am writing to request retrospective authorization for stereotactic body radiation therapy (SBRT) that Ms. Fiftypatient "
          "completed on 10/27/2026. The prior-authorization request was prepared on 10/05/2026 but, through an administrative error "
          "in our office, was not transmitted before treatment began. Because of the rapid growth of the lesion we did not delay care."),
        P("Ms. Fiftypatient has stage IV non-small cell lung cancer on maintenance pemetrexed with a single site of progression, a "
          "3.4 cm left adrenal metastasis (PET-CT 09/22/2026); all other disease is controlled. ECOG 1. Local ablative treatment of "
          "oligoprogression is supported by national guidelines. She received 40 Gy in 5 fractions of 8 Gy to the left adrenal "
          "metastasis."),
        P("Services rendered: 77263 x1, 77290 x1, 77293 x1, 77301 x1, 77338 x1, 77373 x5 (10/19, 10/21, 10/23, 10/25, 10/27), "
          "77435 x1. Diagnosis C79.72, C34.11. The episode summary from our record is attached."),
        P("Sincerely,"),
        sig("Bartholomew Nakagawa-Reilly, MD, Radiation Oncology 11/06/2026"),
    ], [
        H1("Attachment: Treatment Episode Summary"),
        KeyValue([("Patient / MRN", f"{patient(13)} / {mrn(13)}"), ("Target", "Left adrenal metastasis (GTV 14.8 cc; ITV from 4DCT; PTV = ITV + 5 mm)"),
                  ("Simulation", "4DCT 2 mm 10/07/2026 with IV contrast; MRI abdomen T1 post-contrast 10/08/2026, fused"),
                  ("Immobilization", "Vacuum cushion, arms up, abdominal compression belt"),
                  ("Plan", "6 MV FFF gantry linac, 2 VMAT arcs; 40 Gy / 5 fx to the 80% isodose covering 95% of the PTV; planning system CEDARKNOLL-TPS 5 (invented)"),
                  ("OAR", "Left kidney V17.5Gy 11%; stomach D0.5cc 30.2 Gy; small bowel D0.5cc 29.4 Gy; cord Dmax 12.0 Gy"),
                  ("Physics", "Patient-specific QA 99.2% (3%/2 mm); independent MU check")]),
        RuledTable([("Fx", "Date", "IGRT", "Dose (Gy)", "Cumulative (Gy)"),
                    ("1", "10/19/2026", "CBCT, soft tissue match", "8", "8"),
                    ("2", "10/21/2026", "CBCT, soft tissue match", "8", "16"),
                    ("3", "10/23/2026", "CBCT, soft tissue match", "8", "24"),
                    ("4", "10/25/2026", "CBCT, soft tissue match", "8", "32"),
                    ("5", "10/27/2026", "CBCT, soft tissue match", "8", "40")]),
        P("Status: completed 10/27/2026, 40 Gy in 5 fractions delivered to the left adrenal metastasis. Grade 1 nausea."),
        sig("Bartholomew Nakagawa-Reilly, MD 10/27/2026"),
    ]], opts=dict(header=banner(_c, "Correspondence", 13, "11/30/1957")))])

# d50_14 -- bundle (3 files): lung SBRT IN PROGRESS (3 of 5), OTV note with copied-forward text, nursing note, record ---
_c = "WHISPERING PINES CANCER CENTER"
add(name="d50_14", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe peripheral NSCLC", "body", None, 30, 3)],
    categories=cats(),
    notes="Course IN PROGRESS on the date of the document set (printed 11/13/2026): lung SBRT 50 Gy in 5 fractions "
          "planned, fractions 1-3 delivered (10 Gy each), 4 and 5 scheduled. README silent on unfinished courses, so "
          "labelled as the record shows delivered so far: 3 fractions, 30 Gy; summary counts the 'dose to date' line. "
          "OTV note with a block marked '(copied from OTV note of 11/09/2026)', a nursing note, and the daily "
          "treatment record with scheduled rows. 4DCT and PET-CT fused for the GTV; vacuum bag; CBCT each fraction.",
    docs=[
        Doc("1_otv_note.txt", text=f"""
WHISPERING PINES CANCER CENTER - RADIATION ONCOLOGY
ON TREATMENT VISIT                                   DOS: 11/13/2026     Fx today: 3 of 5
{patient(14)}    MRN {mrn(14)}    DOB 08/08/1946
Provider: Thaddeus Okafor-Brennan, MD

Subjective:
(copied from OTV note of 11/09/2026) Patient is tolerating treatment well. Denies cough, hemoptysis, chest wall pain or
shortness of breath beyond baseline. Uses 2 L home oxygen at night only. (end copied text)
Today: mild fatigue since fraction 2, appetite fine.

Objective: ECOG 1. SpO2 94% RA. Lungs: scattered expiratory wheeze unchanged. Skin: no changes.

Treatment summary to date:
  Site: right upper lobe, peripheral NSCLC (squamous, 2.1 cm), medically inoperable (FEV1 41%, DLCO 38%)
  Plan: SBRT 50 Gy in 5 fractions (10 Gy/fx), every other weekday; 4DCT simulation 10/28/2026 with PET-CT 10/21/2026 fused
        for the GTV; ITV on 10 phases, PTV = ITV + 5 mm; 2 VMAT arcs, 6 MV FFF, to the 80% isodose covering 95% of the PTV
        (planning system WILLOWBROOK-TPS 8, invented); vacuum bag, arms up on wing board
  Fractions delivered: 3 (11/09, 11/11, 11/13/2026), CBCT reviewed and approved before each
  Dose to date: 3000 cGy of 5000 cGy to PTV_RUL
  Remaining: fx 4 on 11/16/2026, fx 5 on 11/18/2026

Assessment/Plan: Tolerating SBRT. Continue as planned. Weekly physics check done 11/12. Follow-up 6 weeks after completion
with CT chest.

Electronically signed by Thaddeus Okafor-Brennan, MD 11/13/2026 12:40
{FOOT}
"""),
        Doc("2_nursing_note.txt", text=f"""
WHISPERING PINES CANCER CENTER -- NURSING ASSESSMENT (RADIATION ONCOLOGY)
{patient(14)}   MRN {mrn(14)}   11/13/2026 11:55   Author: Greta Lindholm-Sayre, RN

Weekly on-treatment nursing assessment. Fx 3/5 given this morning.
Vitals: BP 132/78, HR 84, RR 18, T 36.7 C, SpO2 94% RA, weight 61.2 kg (61.5 kg on 11/09).
Fatigue CTCAE grade 1. Dyspnea at baseline. No dysphagia. Pain 0/10.
Education: reviewed symptoms to report after SBRT (fever, increasing cough or breathlessness). Next treatment Monday 11/16.
{FOOT}
"""),
        Doc("3_treatment_record.pdf", [[
            H1("Daily Treatment Record -- SBRT Lung (RUL)"),
            KeyValue([("Patient", f"{patient(14)} / {mrn(14)}"), ("Prescription", "PTV_RUL 5000 cGy in 5 fx, 1000 cGy/fx"),
                      ("Unit", "6 MV FFF gantry linac (Room 3)"), ("Printed", "11/13/2026 17:02 from SABLEWOOD-RV 4 (invented)")]),
            RuledTable([("Fx", "Date", "CBCT (ITV match)", "Approved by", "Dose (cGy)", "Cum (cGy)", "Status"),
                        ("1", "11/09/2026", "2.3 mm", "TOB", "1000", "1000", "Treated"),
                        ("2", "11/11/2026", "1.6 mm", "TOB", "1000", "2000", "Treated"),
                        ("3", "11/13/2026", "1.9 mm", "TOB", "1000", "3000", "Treated"),
                        ("4", "11/16/2026", "", "", "", "", "Scheduled"),
                        ("5", "11/18/2026", "", "", "", "", "Scheduled")]),
            P("Physics weekly check 11/12/2026 (fx 1-2): record matches prescription, MU verified. - L. Marchand, MS"),
        ]], opts=dict(header=banner(_c, "Treatment Record", 14, "08/08/1946"))),
    ])

# d50_15 -- bundle (2 files): liver SBRT replanned after fx 2 (fiducial migration), physics weekly checks + EOT summary --
_c = "COPPER CANYON MEDICAL CENTER"
add(name="d50_15", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment VIII hepatocellular carcinoma", "body", None, 50, 5)],
    categories=cats(),
    notes="Course REPLANNED mid-way: liver SBRT 50 Gy in 5 fractions to a segment VIII HCC, fractions 1-2 on plan "
          "LIV8_v1, then re-simulation (fiducial migration, stomach filling) and fractions 3-5 on LIV8_v2 with the "
          "same prescription; physics weekly chart checks for both weeks and an end-of-treatment summary. Two plans "
          "and a re-simulation are not a second lesion or course: one lesion, 5 fractions, 50 Gy. Fiducials + vacuum "
          "bag with abdominal compression, 4DCT + MRI, CBCT matched to fiducials.",
    docs=[
        Doc("1_physics_weekly_checks.pdf", [[
            H1("Physics Weekly Chart Check"),
            KeyValue([("Patient", f"{patient(15)}   MRN {mrn(15)}"), ("Course", "C1 SBRT LIVER -- Rx 5000 cGy / 5 fx to PTV_LIV8"),
                      ("Record system", "SABLEWOOD-RV 4 (invented)")]),
            H2("Week 1 -- checked 11/04/2026"),
            RuledTable([("Fx", "Date", "Plan", "Dose (cGy)", "Cum (cGy)", "IGRT", "OK"),
                        ("1", "11/02/2026", "LIV8_v1", "1000", "1000", "CBCT, 3 fiducials", "yes"),
                        ("2", "11/03/2026", "LIV8_v1", "1000", "2000", "CBCT, fiducial 2 displaced 6 mm", "yes")]),
            P("Comment: fiducial 2 migrated about 6 mm relative to fiducials 1 and 3 and stomach filling differed from simulation. "
              "Physician requested re-simulation. Treatment held 11/04."),
            H2("Replan"),
            P("Re-simulation 11/04/2026: 4DCT 2 mm in the same vacuum bag and compression plate, registered to the planning MRI. "
              "Plan LIV8_v2 approved 11/05/2026, same prescription (1000 cGy per fraction) for the remaining fractions 3-5; "
              "composite dose v1 (fx 1-2) + v2 (fx 3-5) reviewed: PTV D95% 5010 cGy, stomach D0.5cc 2840 cGy. "
              "Patient-specific QA of v2: 98.7% (3%/2 mm). LIV8_v1 retired in the record."),
            H2("Week 2 -- checked 11/11/2026"),
            RuledTable([("Fx", "Date", "Plan", "Dose (cGy)", "Cum (cGy)", "IGRT", "OK"),
                        ("3", "11/06/2026", "LIV8_v2", "1000", "3000", "CBCT, fiducials 1+3", "yes"),
                        ("4", "11/09/2026", "LIV8_v2", "1000", "4000", "CBCT, fiducials 1+3", "yes"),
                        ("5", "11/10/2026", "LIV8_v2", "1000", "5000", "CBCT, fiducials 1+3", "yes")]),
            P("Course complete, delivered dose 5000 cGy equals prescription."),
            sig("Ezekiel Harrow-Mbeki, MS, DABR, Medical Physics 11/11/2026"),
        ]], opts=dict(header=banner(_c, "Medical Physics", 15, "01/25/1960"))),
        Doc("2_end_of_treatment_summary.txt", text=f"""
COPPER CANYON MEDICAL CENTER - RADIATION ONCOLOGY
END OF TREATMENT SUMMARY
Patient: {patient(15)}    MRN: {mrn(15)}    DOB: 01/25/1960
Physician: Soledad Wintermute-Ayala, MD          Date: 11/10/2026

Diagnosis: Hepatocellular carcinoma, segment VIII, 3.0 cm, Child-Pugh A6, BCLC A; recurrent after TACE (05/2026); not a
candidate for resection or ablation (dome location).

Preparation and simulation: three gold fiducial markers placed by interventional radiology 10/15/2026. Simulation 10/21/2026
supine in a vacuum bag with an abdominal compression plate; contrast 4DCT (2 mm) and MRI liver with hepatobiliary contrast
(10/20/2026) fused for the GTV.

Plan: VMAT, 2 arcs, 10 MV FFF gantry linac, prescription 50 Gy in 5 fractions to the 80% isodose line covering 95% of the
PTV (GTV + ITV motion + 5 mm). Planning system CEDARKNOLL-TPS 5 (invented).

Course: fractions 1 and 2 delivered 11/02 and 11/03/2026 on the original plan. Because one fiducial had migrated and gastric
filling differed from simulation, she was re-simulated on 11/04 and replanned (same prescription); fractions 3-5 were given
on the new plan on 11/06, 11/09 and 11/10/2026. Cone-beam CT with fiducial matching before every fraction.

Total delivered: 50 Gy in 5 fractions to the segment VIII HCC. No treatment-related toxicity beyond grade 1 fatigue.
Follow-up: liver MRI and AFP in 3 months.

Electronically signed: Soledad Wintermute-Ayala, MD 11/10/2026
{FOOT}
"""),
    ])

# d50_16 -- pdf: kidney single-fraction robotic SBRT 2600 cGy, episode printout with charges 77372/77432 (both wrong) ---
_c = "FALCON RIDGE ONCOLOGY CENTER"
add(name="d50_16", kind="pdf", codes=["77372", "77432"],
    facts=F("robotic_linac", ["body"], 1, 1, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("left kidney primary renal cell carcinoma", "body", None, 26, 1)],
    categories=cats(),
    notes="Treatment episode printout with a charges section: single-fraction SBRT of a 4.1 cm primary left renal cell "
          "carcinoma, 2600 cGy in 1 fraction to the 75% isodose on a robotic-arm linac with fiducial and respiratory "
          "tracking; vacuum cushion, contrast CT + MRI. The charge lines post 77372 and 77432 (single-session CRANIAL "
          "codes) for a single-fraction body course: both wrong; the delivery code is 77373.",
    docs=[Doc("d50_16.pdf", [[
        H1("TREATMENT EPISODE PRINTOUT"),
        KeyValue([("Patient", f"{patient(16)}"), ("MRN", mrn(16)), ("Episode", "RO-EP-2026-1186   Status: CLOSED"),
                  ("Episode dates", "10/22/2026 - 10/22/2026"), ("Record system", "HARBORLIGHT-RV 9 (invented)"),
                  ("Attending", "Cassius Wendell-Ibarra, MD")]),
        H2("Clinical"),
        P("Primary renal cell carcinoma, left kidney, clear cell (biopsy 08/2026), 4.1 cm, cT1b N0 M0; not a surgical candidate "
          "(cardiac disease, anticoagulation). Single-fraction stereotactic ablative radiotherapy chosen."),
        H2("Planning"),
        KeyValue([("Fiducials", "3 gold fiducials placed percutaneously 09/30/2026"),
                  ("Immobilization", "Vacuum cushion, arms up"),
                  ("Imaging", "CT 1.25 mm with IV contrast 10/08/2026; MRI abdomen T1 post-contrast 10/08/2026, fused"),
                  ("Unit", "Robotic-arm mounted 6 MV linac, fiducial tracking with respiratory motion model"),
                  ("Plan", "2600 cGy x 1 fraction to the 75% isodose, PTV = GTV + 5 mm; 211 beams, variable-aperture collimator; "
                           "planning system SPRUCEWOOD Planning 5 (invented)"),
                  ("OAR", "Bowel D0.5cc 1650 cGy; stomach D0.5cc 1120 cGy; spinal cord Dmax 640 cGy; left kidney V10Gy 29%")]),
        H2("Delivery"),
        RuledTable([("Date", "Fraction", "Tracking", "Model error (mm)", "Dose (cGy)", "Status"),
                    ("10/22/2026", "1 of 1", "Fiducial + respiratory", "1.2", "2600", "Complete")]),
        P("Physics: delivery QA 10/20/2026 (film, gamma 3%/1 mm 97.8%); plan second check within 2%."),
        H2("Charges posted for this episode"),
        RuledTable([("Code", "Description", "Units", "Posted"),
                    ("77263", "Tx planning, complex", "1", "10/08/2026"),
                    ("77290", "Simulation, complex", "1", "10/08/2026"),
                    ("77295", "3-D simulation", "1", "10/15/2026"),
                    ("77372", "Radiosurgery delivery, linac, 1 session", "1", "10/22/2026"),
                    ("77432", "Stereotactic treatment management, 1 session", "1", "10/22/2026")]),
        sig("Cassius Wendell-Ibarra, MD, Radiation Oncology 10/22/2026"),
        sig("Liesl Van der Berg-Okoro, MS, Medical Physics 10/22/2026"),
    ]], opts=dict(header=banner(_c, "Episode printout", 16, "05/05/1941")))])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# d50_17 -- text: neuro-oncology tumor board note recommending cobalt SRS (nothing delivered) -------------------------
add(name="d50_17", kind="ehr_text", codes=["77371", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a tumor board conference note (EHR export) presenting a patient with three new brain "
          "metastases and a T8 lesion; the board recommends frame-based cobalt-60 SRS with proposed doses "
          "(20/20/18 Gy) and later spine SBRT, and radiation oncology 'to schedule'. Diagnostic MRI and PET are not "
          "planning imaging of a course. Nothing simulated or delivered: facts empty, categories unmet.",
    docs=[Doc("d50_17.txt", text=f"""
LODESTAR-EHR (invented) -- Conference Note                                      Printed 10/09/2026 13:27
========================================================================================================
MULTIDISCIPLINARY NEURO-ONCOLOGY TUMOR BOARD
Conference date: 10/08/2026 07:00      Location: Hartwell Valley Neuroscience Institute, Room 4B / virtual
Patient: {patient(17)}     MRN: {mrn(17)}     DOB: 12/12/1964
Presenting physician: Wilhelmina Stroud, MD (Medical Oncology)
Note type: Tumor Board / Conference      Status: Signed

Case summary: 61 y.o. man with metastatic melanoma (BRAF wild type) on nivolumab/ipilimumab since 06/2026. Restaging MRI brain
10/01/2026: three new enhancing metastases - right frontal 1.3 cm, left parietal 0.9 cm, left cerebellar 2.2 cm; no
hemorrhage. PET-CT 09/29/2026: new avid T8 vertebral lesion without epidural extension; other disease responding.

Radiology review (Dr. Eberhardt): findings as above; the left cerebellar lesion abuts the 4th ventricle without mass effect.

Discussion: Radiosurgery preferred over whole-brain RT. Neurosurgery and radiation oncology agree on a single-session
frame-based cobalt-60 approach.

RECOMMENDATIONS:
  1. Stereotactic radiosurgery to the 3 brain metastases, proposed marginal doses 20 Gy / 20 Gy / 18 Gy, frame-based
     cobalt-60 unit. Radiation oncology (Dr. Vasquez-Odell) to see patient and schedule.
  2. SBRT to T8 to be considered after SRS (e.g. 24 Gy in 2 fractions); radiation oncology to discuss.
  3. Hold ipilimumab until after SRS; continue nivolumab.
  4. Re-present after treatment.

Attendees: W. Stroud (Med Onc), L. Vasquez-Odell (Rad Onc), A. Feeney (Neurosurgery), K. Eberhardt (Neuroradiology),
P. Moss (Pathology), T. Bancroft, RN (Navigator)

This note documents a conference discussion. No procedure was performed.
Electronically signed by Wilhelmina Stroud, MD 10/08/2026 15:02
{FOOT}
""")])

# d50_18 -- pdf: prior-authorization request for lung SBRT with proposed plan and CPT codes (nothing delivered) --------
_c = "ASHBURY LAKES RADIATION ONCOLOGY"
add(name="d50_18", kind="pdf", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a prior-authorization request letter for lung SBRT (left lower lobe NSCLC, proposed 54 Gy in 3 "
          "fractions, 4DCT simulation scheduled 11/12/2026, planned start 11/23/2026), listing the CPT codes and units "
          "requested (77373 x3, 77435 x1 ...) and the proposed technique. Staging PET and diagnostic CT are history. "
          "Nothing simulated or delivered: facts empty, categories unmet.",
    docs=[Doc("d50_18.pdf", [[
        P("ASHBURY LAKES RADIATION ONCOLOGY  -  Prior Authorization Request"),
        P("Date: 11/02/2026          Fax to: Prior Authorization Unit, Meadowlark Mutual Health (invented)"),
        KeyValue([("Member", f"{patient(18)}"), ("Member ID", "MMH-55018-00 (synthetic)"), ("MRN", mrn(18)), ("DOB", "06/21/1944"),
                  ("Requesting physician", "Ignatius Fairweather-Oduya, MD, Radiation Oncology"),
                  ("Diagnosis", "C34.32 Malignant neoplasm of lower lobe, left lung; cT1c N0 M0 adenocarcinoma, 2.3 cm, peripheral"),
                  ("Medical necessity", "Medically inoperable (FEV1 0.9 L, DLCO 34%); declined lobectomy evaluation; ECOG 1"),
                  ("Proposed treatment", "SBRT, 54 Gy in 3 fractions (18 Gy/fx) to the PTV; 4DCT simulation with ITV; 6 MV FFF gantry linac"),
                  ("Proposed dates", "Simulation 11/12/2026; treatment start 11/23/2026 (pending authorization)")]),
        H2("Services requested"),
        RuledTable([("CPT", "Description", "Units"),
                    ("77263", "Treatment planning, complex", "1"),
                    ("77290", "Simulation, complex", "1"),
                    ("77293", "Respiratory motion management simulation", "1"),
                    ("77301", "IMRT treatment planning", "1"),
                    ("77338", "MLC device(s) for IMRT", "1"),
                    ("77373", "SBRT delivery, per fraction", "3"),
                    ("77435", "SBRT management, per course", "1")]),
        P("Supporting documents enclosed: consultation 10/27/2026, PET-CT 10/15/2026, CT-guided biopsy report 10/20/2026, PFTs. "
          "Please contact our office with the authorization number. No treatment has been scheduled before approval."),
        sig("Ignatius Fairweather-Oduya, MD 11/02/2026"),
        P("Prepared by: Celestine Marlowe, Financial Counselor, ext. 2214"),
    ]], opts=dict(header=banner(_c, "Authorizations", 18, "06/21/1944")))])

# d50_19 -- bundle (3 files): spine SBRT simulated and planned, never started (cord compression, surgery) -------------
_c = "BLACKWATER BAY HEALTH - RADIATION ONCOLOGY"
add(name="d50_19", kind="bundle", codes=["77373", "77435", "63620"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: simulation done but treatment never started. A CT simulation note (Vac-Lok, 1 mm CT, MRI "
          "fusion, planned 24 Gy in 2 fractions to T12), a course/episode printout with status 'PLANNED - NOT STARTED' "
          "and both fractions 'Cancelled', and a nursing telephone note: admitted with cord compression, decompression "
          "surgery, SBRT cancelled (a new simulation would be needed). No fraction delivered: facts empty, categories "
          "unmet, codes inconsistent.",
    docs=[
        Doc("1_simulation_note.txt", text=f"""
BLACKWATER BAY HEALTH - RADIATION ONCOLOGY
CT SIMULATION NOTE                                   Date: 11/10/2026  09:30
{patient(19)}   MRN {mrn(19)}   DOB 03/03/1950
Physician: Magdalena Sorensen-Achterberg, MD        Therapists: J. Ruiz, RT(T); P. Oyelowo, RT(T)

Indication: T12 vertebral metastasis (hepatocellular carcinoma primary), painful, no fracture on CT 10/30/2026.
Intended treatment: SBRT to T12, 24 Gy in 2 fractions.
Setup: supine in a custom Vac-Lok cushion, arms crossed on chest, knee wedge; three tattoos placed. Simulation CT 1 mm from
T8 to L4 acquired without contrast. MRI T-spine (10/31/2026) to be fused for target and cord contouring.
Plan to be completed by dosimetry; anticipated start 11/17/2026.
Electronically signed: Magdalena Sorensen-Achterberg, MD 11/10/2026 10:05
{FOOT}
"""),
        Doc("2_course_status.pdf", [[
            H1("Course / Episode Printout"),
            KeyValue([("Patient", f"{patient(19)} / {mrn(19)}"), ("Course", "C1 SBRT T12"),
                      ("Course status", "PLANNED - NOT STARTED; closed 11/17/2026 (treatment cancelled)"),
                      ("Prescription (draft)", "T12 PTV 2400 cGy / 2 fx - plan not approved"),
                      ("Record system", "OSPREYLINK-RV 2 (invented)")]),
            RuledTable([("Fx", "Scheduled", "Status", "Dose (cGy)"),
                        ("1", "11/17/2026", "Cancelled", "0"),
                        ("2", "11/19/2026", "Cancelled", "0")]),
            P("Delivered to date: 0 cGy. No treatment fractions recorded."),
        ]], opts=dict(header=banner(_c, "Episode printout", 19, "03/03/1950"))),
        Doc("3_telephone_note.txt", text=f"""
BLACKWATER BAY HEALTH - RADIATION ONCOLOGY -- TELEPHONE ENCOUNTER
11/16/2026 14:12   {patient(19)}   MRN {mrn(19)}   Author: Ruth Abernathy-Lowe, RN

Call from the patient's daughter: patient admitted to Blackwater Bay main hospital last night with new bilateral leg weakness.
MRI showed epidural extension at T12 with cord compression; neurosurgery plans decompression and stabilization tomorrow.
Discussed with Dr. Sorensen-Achterberg: SBRT on 11/17 cancelled. Will re-evaluate for post-operative radiation after recovery;
a new simulation will be required. Schedule cleared, course closed in the record.
{FOOT}
"""),
    ])

# d50_20 -- text: new-patient (transfer of care) consult; cobalt-60 SRS given at another hospital, history only ---------
add(name="d50_20", kind="ehr_text", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a dictated new-patient consultation (numbers in words) for transfer of care after a move; the "
          "patient had frame-based cobalt-60 radiosurgery to three metastases at ANOTHER hospital in 08/2026 (twenty, "
          "twenty and eighteen gray, outside records summarised), and today's MRI shows response; plan is surveillance. "
          "No course given in this document set: facts empty, categories unmet, codes inconsistent.",
    docs=[Doc("d50_20.txt", text=f"""
TAMARACK POINT CANCER CENTER - RADIATION ONCOLOGY
NEW PATIENT CONSULTATION (TRANSFER OF CARE)
Patient: {patient(20)}     MRN: {mrn(20)}     DOB: 04/18/1972
Date of visit: 11/24/2026
Physician: Benedikt Alvarado-Quist, MD
Dictated 11/24/2026 14:05; transcribed 11/25/2026 (voice recognition, please excuse errors)

REASON FOR VISIT: Establish care after relocation; follow-up of brain metastases treated elsewhere.

HISTORY: Ms. Fiftypatient is a fifty-four-year-old woman with HER2-positive breast cancer diagnosed in 2023. In July of this
year she developed headaches, and MRI showed three brain metastases. She was treated at Lakemont General Hospital in another
state, where on August fourteenth she underwent single-session cobalt-60 multi-source radiosurgery under a stereotactic head
frame. From the outside records we received, the right frontal lesion received twenty gray, the left parietal lesion twenty
gray, and the right cerebellar lesion eighteen gray, all to the fifty percent isodose line, planned on stereotactic MRI and CT.
She had no complications. She moved here in October to be near her daughter.

CURRENT STATUS: Mild fatigue only. On trastuzumab deruxtecan with Dr. Keswick. KPS ninety.

IMAGING: MRI of the brain today, November twenty-fourth, shows all three treated lesions smaller, the largest now four
millimeters, with minimal surrounding edema. No new lesions.

IMPRESSION: Three brain metastases from HER2-positive breast cancer, good response three months after outside radiosurgery.

PLAN: No radiation treatment is indicated at this time. Surveillance MRI every three months. I have requested the full
outside planning records (dose distributions) in case further treatment is needed in the future.

Benedikt Alvarado-Quist, MD
Radiation Oncology
{FOOT}
""")])


CORPUS = Corpus("blind_corpus50", "tests/blind_corpus50", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
