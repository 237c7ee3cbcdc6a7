"""Sixty-seventh blind corpus, ``tests/blind_corpus67/`` (regenerate: ``python scripts/make_corpus.py blind_corpus67``).

Twenty courses on one theme: CRANIAL LESIONS AS DIFFERENT CLINICS DOCUMENT THEM, and what each lesion's CPT class
(simple / complex, ../shared/reference/coding-rules.md "Complex means") and delivered dose are. Sizes come as a
largest diameter in mm or cm, as three dimensions, as a volume in cc only, or not at all; locations by lobe, gyrus,
deep structure or only by a plan label; distances to the optic apparatus or brainstem inside and outside the
trigger distance; a pontine and a midbrain metastasis, an eloquent-cortex lesion, resection cavities, a vestibular
schwannoma, a convexity and a cavernous-sinus meningioma, a pituitary adenoma residual, an AVM and a trigeminal
neuralgia target. The same lesion is named differently (and measured slightly differently) in the MRI report, the
plan and the summary; labels are A/B, 1-6, L1-L4, Met 1, structure names (PTV_R_Cbllm) and Roman numerals.
Sixteen cranial courses (cobalt-60 with frame or mask, gantry linac, robotic-arm linac; 1 to 9 lesions; one and
three-to-five fractions), two spine courses and two hard negatives; US clinics, every clinic and system invented.
Two charts contradict themselves (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (dictations and exports are deliberately one long line per paragraph or record)

from __future__ import annotations

from pdfmaker import BulletList, ColumnBreak, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ADELAIDE", "BARNABY", "CORDELIA", "DESMOND", "EULALIA", "FITZGERALD", "GWENDOLYN", "HORATIO", "IMOGEN",
         "JEROME", "KATRINA", "LEOPOLD", "MARGUERITE", "NATHANIEL", "OPHELIA", "PERCIVAL", "ROSALIND", "SEBASTIAN",
         "THEODORA", "ULYSSES"]


def patient(n: int) -> str:
    return f"SIXTYSEVENPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-670{n:02d}"


def banner(clinic: str, what: str, n: int, dob: str) -> list[str]:
    return [f"{clinic}  -  {what}", f"{patient(n)}   MRN {mrn(n)}   DOB {dob}"]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# y67_01 -- bundle (3 files): stereotactic MRI report (1-5), cobalt-60 plan printout (L1-L4), dictated procedure note --
_c = "BLUESTEM VALLEY RADIOSURGERY CENTER"
add(name="y67_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["MRI"], ["frame"]),
    lesions=[L("right cerebellar hemisphere metastasis (L1 / MRI #2)", "cranial", S, 20, 1),
             L("left precentral gyrus metastasis, motor cortex (L2 / MRI #1)", "cranial", S, 18, 1),
             L("right inferior temporal gyrus metastasis (L3 / MRI #3)", "cranial", S, 22, 1),
             L("left occipital pole metastasis (L4 / MRI #4)", "cranial", S, 22, 1)],
    categories=cats(),
    notes="Three-document bundle of a frame-based cobalt-60 single session: the stereotactic MRI report numbers the "
          "lesions 1-5 by anatomy (1 left precentral 9 x 8 mm, 2 right cerebellar 15 x 13 x 12 mm, 3 right inferior "
          "temporal 6 mm, 4 left occipital pole 4 mm, 5 a 1-2 mm indeterminate right frontal focus); the plan "
          "printout relabels them L1-L4 largest first (L1 is the cerebellar lesion, not a lumbar level) with volumes "
          "in cc only; the surgeon's dictation names them by place with doses in words. The punctate focus is not "
          "treated: four lesions, all simple (the motor-cortex lesion is eloquent but not a complex trigger). MR-only "
          "planning (no CT).",
    docs=[
        Doc("1_stereotactic_mri_report.txt", text=f"""
BLUESTEM VALLEY MEDICAL IMAGING - NEURORADIOLOGY
Exam: MRI BRAIN WITH AND WITHOUT CONTRAST, STEREOTACTIC PROTOCOL (head frame in place)
Patient: {patient(1)}      MRN: {mrn(1)}      DOB: 02/17/1958
Exam date/time: 03/09/2027 07:36      Accession: SYN-A-67011
Ordering: Dr. Wendell Aldercott (Neurosurgery)

CLINICAL INDICATION: Metastatic melanoma. Radiosurgery planning.

TECHNIQUE: Axial 3D T1 MPRAGE 1 mm pre and post gadolinium, axial T2, axial FLAIR, SWI. Fiducial box attached
to the stereotactic frame; fiducials visualized on all slices.

FINDINGS:
1. Left precentral gyrus, hand-knob region: enhancing lesion 9 x 8 mm with mild surrounding FLAIR signal.
2. Right cerebellar hemisphere, lateral: ring-enhancing lesion 15 x 13 x 12 mm. Fourth ventricle is not effaced.
3. Right inferior temporal gyrus: 6 mm enhancing nodule.
4. Left occipital pole: 4 mm enhancing nodule.
5. Right frontal convexity: 1-2 mm punctate focus of enhancement, possibly vascular; indeterminate.
No hemorrhage on SWI. No hydrocephalus. No extra-axial collection.

IMPRESSION:
Four enhancing intraparenchymal lesions compatible with metastases (1-4 above). Indeterminate 1-2 mm right
frontal focus (5), attention on follow-up.

Electronically signed: Priya Castellanos-Reed, MD, Neuroradiology  03/09/2027 07:58
{FOOT}
"""),
        Doc("2_plan_printout.pdf", [[
            H1("RADIOSURGERY TREATMENT PLAN - PRINTOUT"),
            KeyValue([("Planning system", "PRAIRIEPLAN 11.2 (invented)"),
                      ("Unit", "Cobalt-60 multi-source radiosurgery unit (192 sources), collimators 4 / 8 / 16 mm"),
                      ("Treatment date", "03/09/2027"),
                      ("Fixation", "Stereotactic head frame, 4 pins, applied 06:52 (Dr. Aldercott)"),
                      ("Imaging", "Stereotactic MRI 03/09/2027 (T1 post-Gd 1 mm, T2); MR-only plan, no CT; distortion check passed"),
                      ("Skull definition", "Caliper measurements, 24 points")]),
            RuledTable([("Target", "Vol (cc)", "Prescr. (Gy)", "Isodose", "Coverage", "Max (Gy)", "Shots"),
                        ("L1", "1.42", "20.0", "50%", "98%", "40.0", "9"),
                        ("L2", "0.31", "18.0", "50%", "99%", "36.0", "4"),
                        ("L3", "0.11", "22.0", "50%", "99%", "44.0", "2"),
                        ("L4", "0.04", "22.0", "50%", "100%", "44.0", "1")]),
            P("Target key: L1 = R cerebellum; L2 = L motor strip; L3 = R temporal; L4 = L occipital."),
            RuledTable([("Risk structure", "Max dose (Gy)"), ("Brainstem", "6.1"), ("Optic chiasm", "0.9"),
                        ("Brain V12Gy", "2.7 cc")]),
            P("Frame coordinates verified at the unit against the plan before treatment (physics). Independent dose "
              "calculation check: agreement within 1.2%. Estimated treatment time 71 min."),
            sig("Wendell Aldercott, MD, Neurosurgery 03/09/2027 10:14"),
            sig("Marisol Fairbanks-Oyelaran, MD, Radiation Oncology 03/09/2027 10:16"),
            sig("Tobiah Lindgren, MS, DABR, Medical Physics 03/09/2027 10:11"),
        ]], opts=dict(header=banner(_c, "Plan printout", 1, "02/17/1958"))),
        Doc("3_procedure_note.txt", text=f"""
BLUESTEM VALLEY RADIOSURGERY CENTER
OPERATIVE / PROCEDURE NOTE - dictated 03/09/2027, transcribed 03/10/2027

PATIENT: {patient(1)}   MRN: {mrn(1)}
SURGEON: Wendell Aldercott, MD     RADIATION ONCOLOGIST: Marisol Fairbanks-Oyelaran, MD

PROCEDURE: Stereotactic head frame application. Stereotactic radiosurgery, four intracranial targets, single session.

DESCRIPTION: The patient was brought to the center at six thirty. After local anesthetic the stereotactic head
frame was applied with four pins without difficulty. She went for stereotactic MRI, which showed the four known
metastases and a tiny punctate right frontal focus that radiology calls indeterminate; we elected not to treat
that focus and will follow it. Dr. Fairbanks-Oyelaran and I planned the case with physics.

The right cerebellar lesion, about one and a half centimeters, received twenty gray at the fifty percent
isodose line. The left motor strip lesion sits in eloquent cortex at the hand knob, so it received eighteen gray.
The small right inferior temporal and left occipital pole lesions each received twenty-two gray. Frame coordinates
were confirmed by physics before we started. Treatment ran seventy-one minutes without interruption. The frame was
removed and the pin sites were dressed. No complications. She goes home today on a short dexamethasone taper with
MRI in eight weeks.

Wendell Aldercott, MD   (electronically signed 03/10/2027)
{FOOT}
"""),
    ])

# y67_02 -- pdf printout: single-isocenter linac SRS, Met 1-6, doses in cGy, one 3.6 cm lesion; 61796 claimed ------
_c = "HARBORLIGHT CANCER INSTITUTE"
add(name="y67_02", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 6, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("Met 1 L middle frontal gyrus", "cranial", S, 20, 1), L("Met 2 R supramarginal gyrus", "cranial", S, 22, 1),
             L("Met 3 L cerebellum", "cranial", S, 20, 1), L("Met 4 R frontal, 3.6 cm", "cranial", C, 15, 1),
             L("Met 5 R occipital", "cranial", S, 22, 1), L("Met 6 L temporal", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Linac single-isocenter SRS printout from a record system: Met 1-6 by lobe and gyrus, a 'Max diam (cm)' "
          "column and prescriptions in cGy (2000/2200/2000/1500/2200/1800) at the 80% IDL, conformity and gradient "
          "columns, open-face mask with surface guidance, CT + MRI, CBCT, phantom QA. Met 4 is 3.6 cm (complex by "
          "size, 1500 cGy); the claimed 61796 is wrong (a complex lesion makes 61798 the first code).",
    docs=[Doc("y67_02.pdf", [[
        H1("SRS Treatment Summary - single-isocenter, multiple metastases"),
        KeyValue([("Patient", patient(2)), ("MRN", mrn(2)), ("Attending", "Dr. Leonora Quist-Abernathy, Radiation Oncology"),
                  ("Diagnosis", "C79.31 - metastatic non-small cell lung cancer to brain (6 lesions)"),
                  ("Unit", "6 MV FFF gantry linac, 2.5 mm leaf MLC, 6DoF couch"),
                  ("Immobilization", "Open-face frameless SRS mask; surface-guided intrafraction monitoring"),
                  ("Simulation", "CT head 1.0 mm (04/12/2027) fused with MRI brain 3D T1 post-gad 1 mm (04/10/2027)"),
                  ("Plan", "MERIDIAN TPS 4.2 (invented); single isocenter; 5 non-coplanar VMAT arcs (couch 0/45/90/315/270)"),
                  ("Treatment date", "04/19/2027 - 1 fraction")]),
        RuledTable([("Met #", "Location", "Max diam (cm)", "Rx (cGy)", "Rx IDL", "PTV (cc)", "CI", "GI"),
                    ("1", "L frontal - middle frontal gyrus", "1.2", "2000", "80%", "1.31", "1.12", "3.4"),
                    ("2", "R parietal - supramarginal gyrus", "0.8", "2200", "80%", "0.42", "1.21", "4.1"),
                    ("3", "L cerebellar hemisphere", "1.6", "2000", "80%", "2.27", "1.09", "3.2"),
                    ("4", "R frontal (frontal pole / orbitofrontal)", "3.6", "1500", "80%", "21.8", "1.05", "2.9"),
                    ("5", "R occipital", "0.5", "2200", "80%", "0.18", "1.33", "4.8"),
                    ("6", "L temporal - superior temporal gyrus", "2.4", "1800", "80%", "6.93", "1.07", "3.0")]),
        P("Met 4 dose reduced to 1500 cGy for size (> 3 cm). Optic chiasm Dmax 410 cGy; brainstem D0.03cc 620 cGy; "
          "normal brain V12Gy 11.4 cc (accepted, physician note)."),
        H2("Delivery"),
        KeyValue([("Pre-treatment imaging", "CBCT, 6DoF correction 0.7 mm / 0.4 deg; repeat CBCT after arc 3"),
                  ("Patient-specific QA", "Phantom measurement 04/16/2027, gamma 99.1% (3%/1 mm)"),
                  ("Record", "TIDEMARK OIS (invented): fraction 1 of 1 delivered 04/19/2027 09:42, 5/5 arcs, all 6 mets")]),
        P("All six metastases treated in a single fraction as planned. Tolerated well; 4 mg dexamethasone given pre-treatment."),
        sig("Leonora Quist-Abernathy, MD 04/19/2027 11:05"),
        sig("Caspian Oduya, PhD, DABR (physics) 04/19/2027 11:20"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 2, "11/30/1951")))])

# y67_03 -- dictation: robotic-arm linac 5-fraction cavity SRS, cavity 3.8 x 2.6 x 2.4 cm (complex), numbers in words --
add(name="y67_03", kind="dictation", codes=["G0339", "G0340", "77435", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("right temporal resection cavity", "cranial", C, 30, 5)],
    categories=cats(),
    notes="Dictated completion note with every number in words: post-operative robotic-arm linac SRS to a right "
          "temporal resection cavity measuring three point eight by two point six by two point four centimeters "
          "(largest dimension 3.8 cm: complex by size; the pre-operative tumor was 4.4 cm), thirty gray in five "
          "fractions to the seventy-eight percent isodose, mask, planning CT with post-operative MRI fused, "
          "six-dimensional skull tracking.",
    docs=[Doc("y67_03.txt", text=f"""
CYPRESS HOLLOW NEUROSCIENCE INSTITUTE - ROBOTIC RADIOSURGERY
TREATMENT COMPLETION NOTE (dictated)     Dictated: 05/07/2027 16:12   Transcribed: 05/08/2027 08:40

Patient: {patient(3)}   MRN: {mrn(3)}   DOB: 09/03/1963
Dictating physician: Augustin Pelletier-Mwangi, MD, Radiation Oncology

This is a treatment completion note for Mr. Sixtysevenpatient. He is a sixty-three-year-old man with metastatic
renal cell carcinoma who underwent gross total resection of a right temporal metastasis on March thirtieth by
Dr. Haverford. The tumor measured four point four centimeters before surgery. He was referred for adjuvant
radiosurgery to the resection cavity.

On his post-operative MRI of April twentieth the cavity measures approximately three point eight by two point six by
two point four centimeters, with no nodular enhancement to suggest residual tumor. He was simulated on April
twenty-second in a thermoplastic mask. The planning CT with contrast at one millimeter slices was fused with the
post-operative MRI, and the target was the cavity with a two millimeter margin along the surgical tract and the dura.

Prescription was thirty gray in five fractions of six gray each, prescribed to the seventy-eight percent isodose
line, with ninety-six point four percent coverage of the PTV. The plan used one hundred sixty-one non-isocentric beams
from our robotic-arm mounted six MV linac, planned in CORAL-PLAN 2 (invented). Brainstem maximum was eighteen point
two gray and optic chiasm maximum four point one gray.

Treatment was given on May third, fourth, fifth, sixth and seventh, one fraction a day, with six-dimensional skull
tracking throughout each fraction and corrections under one millimeter. He completed all five fractions, thirty gray
total, without a break. Mild fatigue and scalp tenderness only. He continues on levetiracetam.

Follow-up MRI in two months; I will see him with the results.

Augustin Pelletier-Mwangi, MD
Electronically signed 05/08/2027 12:03
{FOOT}
""")])

# y67_04 -- pdf printout: cobalt-60 frame SRS of a vestibular schwannoma, three dimensions in mm; no verification ----
_c = "LAKESHORE NEUROSCIENCE RADIOSURGERY PROGRAM"
add(name="y67_04", kind="pdf", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right vestibular schwannoma (R_VS, 'acoustic neuroma')", "cranial", C, 12, 1)],
    categories=cats(delivery_verification=False),
    notes="Cobalt-60 frame single-session plan printout for a right vestibular schwannoma labelled R_VS in the "
          "plan and 'acoustic neuroma' in the diagnosis line, size as three dimensions in mm (14 x 11 x 9 mm): "
          "complex by tumor type, 12 Gy to the 50% isodose, cochlea and brainstem doses, stereotactic MRI + CT. "
          "The printout states a treatment time but no frame-coordinate check, image guidance or physics QA: "
          "delivery verification unmet.",
    docs=[Doc("y67_04.pdf", [[
        H1("Radiosurgery Dose Plan Report"),
        KeyValue([("Patient", patient(4)), ("MRN", mrn(4)), ("Diagnosis", "D33.3 - right acoustic neuroma, Koos grade 2, growing on serial MRI"),
                  ("Unit", "Cobalt-60 multi-source radiosurgery unit"),
                  ("Planning system", "NORTHSTAR DOSE 9 (invented)"),
                  ("Fixation", "Stereotactic head frame, applied 06/14/2027 07:05, local anesthesia, 4 pins"),
                  ("Imaging", "Stereotactic MRI 06/14/2027: T1 post-contrast 1 mm, CISS 0.5 mm; stereotactic CT 1 mm, co-registered")]),
        H2("Target"),
        TextTable([("Name", "Dimensions (mm)", "Volume", "Margin dose", "Isodose", "Max dose", "Shots"),
                   ("R_VS", "14 x 11 x 9", "0.72 cc", "12.0 Gy", "50%", "24.0 Gy", "13")],
                  columns=(0, 48, 150, 210, 290, 345, 410)),
        P("Coverage 98.6%; selectivity 0.84; gradient index 2.71. Intracanalicular portion covered with 4 mm shots."),
        H2("Risk structures"),
        TextTable([("Structure", "Max", "Mean"), ("Right cochlea", "5.6 Gy", "3.8 Gy"), ("Brainstem", "10.9 Gy", ""),
                   ("Right facial nerve (approx.)", "12.8 Gy", "")], columns=(0, 190, 260)),
        H2("Session"),
        P("Single session 06/14/2027. Treatment time 52.4 min. Frame removed 11:20. Hearing preservation intent; "
          "audiogram and MRI at 6 months."),
        sig("Rosamund Achterberg, MD, Neurosurgery 06/14/2027"),
        sig("Ignatius Bellweather, MD, Radiation Oncology 06/14/2027"),
    ]], opts=dict(header=banner(_c, "Dose plan report", 4, "07/22/1970")))])

# y67_05 -- dictation: trigeminal neuralgia, cobalt-60 frame, 80 Gy max at the 100% isodose, MRI only ------------------
add(name="y67_05", kind="dictation", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve (functional target)", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Neurosurgeon's dictated procedure note for refractory right trigeminal neuralgia: functional target "
          "(complex), one 4 mm isocenter on the cisternal trigeminal nerve 7 mm anterior to the root entry zone, "
          "eighty gray maximum at the one hundred percent isodose (in words), brainstem surface at the 20% line "
          "(about sixteen gray); frame; stereotactic MRI with CISS, 'no CT was obtained'; frame coordinates "
          "checked by physics.",
    docs=[Doc("y67_05.txt", text=f"""
GRANITE FALLS MEDICAL CENTER - DEPARTMENT OF NEUROSURGERY
PROCEDURE NOTE (voice dictation)

Patient: {patient(5)}     MRN: {mrn(5)}     DOB: 12/01/1949
Date of procedure: 07/08/2027
Surgeon: Thaddeus Okonkwo-Reyes, MD     Radiation oncology: Beatrix Lammermoor, MD     Physics: Yusuf Hallorann, MS

Preoperative diagnosis: Right trigeminal neuralgia, V2 and V3 distribution, type one, BNI pain score five, refractory
to carbamazepine, oxcarbazepine and gabapentin; declined microvascular decompression.
Postoperative diagnosis: Same.
Procedure: Application of stereotactic head frame. Cobalt-60 stereotactic radiosurgery of the right trigeminal nerve.

Description: After informed consent the patient was brought to the radiosurgery suite. The scalp was prepped and
local anesthetic infiltrated, and the stereotactic head frame was applied with four pins. Stereotactic MRI was
performed with a thin-slice CISS sequence and contrast-enhanced T1. No CT was obtained. The right trigeminal nerve
was clearly seen in the prepontine cistern with a vascular loop at the root entry zone.

Working with radiation oncology and physics, a single four millimeter isocenter was placed on the cisternal segment
of the right trigeminal nerve, about seven millimeters anterior to the root entry zone. A maximum dose of eighty gray
was prescribed at the one hundred percent isodose line. The twenty percent isodose line just touched the surface of
the pons, which received about sixteen gray. Frame coordinates were checked against the plan by physics before
treatment. Treatment time was thirty-eight minutes. The frame was removed and the pin sites were dressed.

The patient tolerated the procedure well and was discharged home. She will continue carbamazepine unchanged for
now and taper at the six-week visit if pain relief has begun.

Thaddeus Okonkwo-Reyes, MD
Dictated 07/08/2027, signed 07/09/2027
{FOOT}
""")])

# y67_06 -- bundle (2 files): MRI sella report + linac plan/treatment printout, pituitary residual 25 Gy / 5 fx ---------
_c = "WILLOWMERE UNIVERSITY HOSPITAL"
add(name="y67_06", kind="bundle", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("residual pituitary macroadenoma, right cavernous sinus (PTV_Pit_Resid)", "cranial", C, 25, 5)],
    categories=cats(),
    notes="MRI sella report (residual nonfunctioning pituitary macroadenoma in the right cavernous sinus, "
          "16 x 11 x 9 mm, 2 mm below the optic chiasm) and a linac plan-and-treatment printout that calls it "
          "PTV_Pit_Resid and gives 1.5 cm: complex by tumor type and by distance. Fractionated 25 Gy / 5 fx "
          "(500 cGy per fraction) for the chiasm, mask with mouthpiece, CT + MRI, daily CBCT.",
    docs=[
        Doc("1_mri_sella_report.txt", text=f"""
WILLOWMERE UNIVERSITY HOSPITAL - DEPARTMENT OF RADIOLOGY
MRI PITUITARY / SELLA WITH AND WITHOUT CONTRAST          Date: 09/27/2027
Patient: {patient(6)}    MRN: {mrn(6)}    DOB: 04/11/1966

History: Nonfunctioning pituitary macroadenoma, transsphenoidal resection 2025. Radiation planning.

Findings: Postoperative changes of transsphenoidal resection. Residual/recurrent enhancing tissue in the right
cavernous sinus, 16 x 11 x 9 mm (AP x TR x CC), partially encasing the cavernous right internal carotid artery
(Knosp grade 3), increased from 13 x 10 x 8 mm in 2026. The optic chiasm is not compressed; the superior margin of
the residual lies 2 mm below the inferior surface of the chiasm. Normal pituitary displaced to the left.

Impression: Enlarging residual pituitary adenoma in the right cavernous sinus, 2 mm from the optic chiasm.

Signed: Dr. Anneliese Forsythe-Baptiste, Neuroradiology, 09/27/2027
{FOOT}
"""),
        Doc("2_plan_and_treatment.pdf", [[
            H1("Fractionated Stereotactic Radiotherapy - Plan and Treatment Record"),
            KeyValue([("Target", "PTV_Pit_Resid (residual pituitary adenoma, R cavernous sinus, 1.5 cm)"),
                      ("Prescription", "2500 cGy in 5 fractions (500 cGy/fx) to the 80% isodose, PTV = GTV + 1 mm"),
                      ("Reason for fractionation", "Target within 2-3 mm of the optic chiasm"),
                      ("Immobilization", "Thermoplastic SRS mask with custom mouthpiece"),
                      ("Planning imaging", "CT 1 mm 09/29/2027 fused with MRI sella 09/27/2027 (T1 post-contrast, coronal)"),
                      ("Technique", "6 MV FFF gantry linac, 4 non-coplanar VMAT arcs; planning system ASHGROVE RT 6 (invented)"),
                      ("Constraints", "Optic chiasm Dmax 2340 cGy (limit 2500 cGy); R optic nerve 2210 cGy; brainstem 1480 cGy")]),
            RuledTable([("Fx", "Date", "CBCT / 6DoF", "Dose (cGy)", "Cumulative (cGy)", "Therapists"),
                        ("1", "10/11/2027", "yes, 0.6 mm", "500", "500", "KM / DT"),
                        ("2", "10/12/2027", "yes, 0.4 mm", "500", "1000", "KM / DT"),
                        ("3", "10/13/2027", "yes, 0.5 mm", "500", "1500", "RA / DT"),
                        ("4", "10/14/2027", "yes, 0.3 mm", "500", "2000", "RA / KM"),
                        ("5", "10/15/2027", "yes, 0.6 mm", "500", "2500", "KM / DT")]),
            P("Course completed 10/15/2027: 25 Gy in 5 fractions to the residual adenoma. Visual fields at 3 months; "
              "endocrine labs every 6 months."),
            sig("Odalys Ferreira-Quinlan, MD, Radiation Oncology 10/15/2027"),
            sig("Physics weekly chart check and pre-treatment plan QA: Harlan Mbeki-Stone, PhD 10/11/2027"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 6, "04/11/1966"))),
    ])

# y67_07 -- pdf, two columns: academic SRS summary, three targets by structure name, one in the pons ------------------
_c = "CALDER RIDGE UNIVERSITY MEDICAL CENTER"
add(name="y67_07", kind="pdf", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("PTV_R_Cbllm right cerebellar metastasis", "cranial", S, 18, 1),
             L("PTV_L_Front left superior frontal gyrus metastasis", "cranial", S, 20, 1),
             L("PTV_Pons right pontine metastasis", "cranial", C, 15, 1)],
    categories=cats(),
    notes="Two-column academic SRS summary: clinical history and technique on the left, targets by structure name "
          "on the right (PTV_R_Cbllm 2.1 cm, medial margin 4 mm from the dorsal pons: simple, since only a lesion "
          "within the brainstem is complex; PTV_L_Front 1.0 cm simple; PTV_Pons 9 mm within the right pons: "
          "complex, 15 Gy). Single-fraction linac, mask, CT + MRI, CBCT. 61798 + 61797 claimed correctly.",
    docs=[Doc("y67_07.pdf", [[
        H1("Stereotactic Radiosurgery - Physician Summary"),
        H2("History"),
        P(f"{patient(7)} (MRN {mrn(7)}) is a 58-year-old woman with ER-positive breast cancer and three new brain "
          "metastases on MRI of 02/02/2028, including one in the pons. She has mild right facial numbness. KPS 80. "
          "Extracranial disease stable on letrozole and a CDK4/6 inhibitor. Tumor board 02/07/2028: SRS."),
        H2("Technique"),
        P("Simulation 02/10/2028 in a frameless thermoplastic mask. CT 1 mm registered to MRI T1 post-gadolinium "
          "1 mm (02/09/2028). GTV = enhancing lesion; PTV = GTV + 1 mm. Planning in QUARRYSTONE 3 (invented), "
          "6 MV FFF gantry linac, one isocenter, 4 dynamic conformal arcs per target group. Prescription to the "
          "PTV margin at the 80% isodose line."),
        P("Image guidance: CBCT with 6DoF couch correction before treatment and a verification CBCT at mid-"
          "treatment. Physics: independent MU check and phantom measurement passed (02/13/2028)."),
        P("Delivered 02/15/2028 in one fraction, all targets, uneventful."),
        ColumnBreak(),
        H2("Targets"),
        BulletList([
            "PTV_R_Cbllm - right cerebellar hemisphere, 2.1 cm; medial margin 4 mm from the dorsal pons, no brainstem "
            "involvement. 18 Gy x 1 to the 80% IDL.",
            "PTV_L_Front - left superior frontal gyrus, 1.0 cm. 20 Gy x 1 to the 80% IDL.",
            "PTV_Pons - 9 mm metastasis within the right pons (intra-axial brainstem). 15 Gy x 1 to the 80% IDL, "
            "brainstem D0.5cc 12.8 Gy accepted."],
            numbered=False, marker="-"),
        H2("Dose summary"),
        RuledTable([("Structure", "Rx", "Delivered"), ("PTV_R_Cbllm", "18 Gy", "18 Gy"),
                    ("PTV_L_Front", "20 Gy", "20 Gy"), ("PTV_Pons", "15 Gy", "15 Gy")]),
        P("Optic chiasm Dmax 1.2 Gy. Brain V12Gy 6.8 cc."),
        sig("Evander Lukashenko-Price, MD, PGY-4 02/15/2028"),
        sig("Philippa Sorensen-Adair, MD, Attending 02/15/2028"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology / CNS", 7, "06/06/1969"), two_columns=True))])

# y67_08 -- bundle (2 files): stereotactic angiogram report + dictated linac frame SRS of an AVM ----------------------
add(name="y67_08", kind="bundle", codes=["77372", "77432", "61798", "61800"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI", "angiography"], ["frame"]),
    lesions=[L("left parietal AVM nidus", "cranial", C, 18, 1)],
    categories=cats(),
    notes="AVM (complex by type) treated with single-session gantry-linac SRS under a stereotactic head ring: the "
          "angiogram report gives the nidus as 2.2 x 1.9 x 1.7 cm, the dictated note as 'three point four cc' "
          "and eighteen gray to the eighty percent isodose in words; stereotactic DSA + CT angiogram + MRI fused; "
          "ring position checked and kV stereo imaging before treatment.",
    docs=[
        Doc("1_angiogram_report.txt", text=f"""
SAGEBRUSH REGIONAL MEDICAL CENTER - INTERVENTIONAL NEURORADIOLOGY
STEREOTACTIC CEREBRAL ANGIOGRAM (head ring and localizer in place)          Date: 06/09/2027
Patient: {patient(8)}      MRN: {mrn(8)}      DOB: 10/28/1991

Indication: Left parietal arteriovenous malformation presenting with seizures; radiosurgery targeting.
Procedure: Right femoral access, selective left ICA, left ECA and left vertebral injections, biplane DSA with the
angiographic localizer box attached to the stereotactic ring.

Findings: Compact left parietal AVM nidus measuring 2.2 x 1.9 x 1.7 cm, supplied by parietal branches of the left
MCA and a small posterior parietal branch of the left PCA. Single superficial cortical vein draining to the superior
sagittal sinus. No intranidal or flow-related aneurysm. Spetzler-Martin grade II (size 1, eloquence 1, deep
drainage 0).

Impression: Compact Spetzler-Martin II left parietal AVM suitable for radiosurgery.
Signed: Dr. Constantin Oyelowo-Hart, 06/09/2027 09:31
{FOOT}
"""),
        Doc("2_radiosurgery_note.txt", text=f"""
SAGEBRUSH REGIONAL MEDICAL CENTER - STEREOTACTIC RADIOSURGERY
RADIOSURGERY PROCEDURE NOTE (dictated by Dr. Vasquez-Whitlow)      Date of service: 06/09/2027
Patient: {patient(8)}      MRN: {mrn(8)}

The patient is a thirty-five-year-old man with a left parietal AVM that presented with two focal seizures. After
neurosurgery and neuroradiology review, single-session radiosurgery was chosen over resection.

This morning the stereotactic head ring was fixed with four pins under local anesthetic by Dr. Pennyworth. He then
had a stereotactic CT angiogram and a contrast MRI, and the stereotactic digital subtraction angiogram reported
separately. The three studies were fused in TALLGRASS PLANNER 5 (invented) and the nidus contoured by neurosurgery
and myself; nidus volume is three point four cc.

We used five dynamic conformal arcs on the six MV gantry linac with a single isocenter. Eighteen gray was prescribed
to the eighty percent isodose line covering ninety-eight percent of the nidus. The twelve gray volume outside the
nidus is six point one cc. Before treatment the ring position was checked with the depth gauge against the planning
CT and stereoscopic kV images confirmed the isocenter within half a millimeter. Physics performed an independent
monitor unit check.

Treatment was delivered without difficulty. The ring was removed and he was observed for one hour and discharged.
MRI every six months, angiogram at two to three years to confirm obliteration.

Isadora Vasquez-Whitlow, MD, Radiation Oncology - electronically signed 06/10/2027
{FOOT}
"""),
    ])

# y67_09 -- pdf printout: robotic-arm linac 25 Gy / 5 fx convexity meningioma, size as a volume only ------------------
_c = "PINYON MESA RADIOSURGERY CENTER"
add(name="y67_09", kind="pdf", codes=["77373", "77435", "61796"],
    facts=F("robotic_linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal convexity meningioma (Lt_Convexity_Mening)", "cranial", S, 25, 5)],
    categories=cats(),
    notes="Robotic-arm linac treatment summary printout: presumed WHO grade 1 left frontal convexity meningioma "
          "given only as a volume (GTV 6.2 cc, PTV 8.9 cc), more than 40 mm from the optic apparatus, no "
          "brainstem contact: simple (meningioma is not a complex tumor type). 25 Gy / 5 fx to the 80% isodose, "
          "mask, CT + MRI, 6D skull tracking, five fraction rows. 77373/77435/61796 all consistent.",
    docs=[Doc("y67_09.pdf", [[
        H1("Robotic Radiosurgery - Treatment Summary"),
        KeyValue([("Patient", patient(9)), ("MRN", mrn(9)), ("Physician", "Harriet Dunmore-Achebe, MD"),
                  ("Diagnosis", "D32.0 - left frontal convexity meningioma, presumed WHO grade 1 (imaging), enlarging"),
                  ("Target", "Lt_Convexity_Mening - GTV 6.2 cc, PTV (GTV + 1 mm) 8.9 cc"),
                  ("Location notes", "Optic apparatus > 40 mm; no brainstem contact; superior sagittal sinus 9 mm"),
                  ("Immobilization", "Thermoplastic head mask"),
                  ("Imaging", "Planning CT with contrast 1.25 mm (11/03/2027) + MRI T1 post-contrast 1 mm (11/01/2027), fused"),
                  ("Planning", "SUNDIAL PLAN 3 (invented): 142 beams, 88 nodes, collimators 10 / 15 mm"),
                  ("Prescription", "25 Gy in 5 fractions (5 Gy/fx) to the 80% isodose; PTV coverage 97.2%, CI 1.14"),
                  ("Tracking", "6D skull tracking, kV image pairs every 45 s")]),
        RuledTable([("Fraction", "Date", "Dose (Gy)", "Total (Gy)", "Mean correction", "Status"),
                    ("1", "11/15/2027", "5.0", "5.0", "0.5 mm", "Complete"),
                    ("2", "11/16/2027", "5.0", "10.0", "0.3 mm", "Complete"),
                    ("3", "11/17/2027", "5.0", "15.0", "0.4 mm", "Complete"),
                    ("4", "11/18/2027", "5.0", "20.0", "0.4 mm", "Complete"),
                    ("5", "11/19/2027", "5.0", "25.0", "0.6 mm", "Complete")]),
        P("Course complete 11/19/2027: 25 Gy in 5 fractions. No new neurologic symptoms. MRI in 6 months."),
        sig("Harriet Dunmore-Achebe, MD 11/19/2027"),
        sig("Quillon Saenz, MS, DABR 11/19/2027"),
    ]], opts=dict(header=banner(_c, "Treatment summary", 9, "01/15/1960")))])

# y67_10 -- scan (one page): cobalt-60 frame treatment record, targets I-IX, margin doses in cGy ---------------------
_c = "ST. AURELIA MEDICAL CENTER"
add(name="y67_10", kind="scan", codes=["77371", "77432", "61798", "61797", "61799", "61800"],
    facts=F("cobalt60", ["cranial"], 9, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("I R frontal pole", "cranial", S, 20, 1), L("II L superior frontal gyrus", "cranial", S, 22, 1),
             L("III R caudate head", "cranial", S, 20, 1), L("IV L parietal", "cranial", S, 20, 1),
             L("V R occipital", "cranial", S, 20, 1), L("VI L cerebellar", "cranial", S, 18, 1),
             L("VII R uncus, 4 mm from R optic tract", "cranial", C, 14, 1), L("VIII vermis", "cranial", S, 20, 1),
             L("IX L temporal", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Scanned one-page cobalt-60 treatment record form (200 dpi, slightly skewed): targets I-IX in Roman "
          "numerals with location, 'Diam (mm)', isodose and margin dose in cGy, frame, stereotactic MRI + CT, frame "
          "coordinate QA. Target VII (right uncus) lies 4 mm from the right optic tract: complex (1400 cGy); the "
          "other eight are simple. 61799 needs a second complex lesion, so it is wrong; the rest are consistent.",
    docs=[Doc("y67_10.pdf", [[
        H1("RADIOSURGERY TREATMENT RECORD"),
        KeyValue([("Patient / MRN", f"{patient(10)} / {mrn(10)}"), ("Date", "08/03/2027"),
                  ("Unit", "Cobalt-60 multi-source radiosurgery unit, room 2"),
                  ("Frame", "Stereotactic head frame applied 07:10 - pins x 4, local 1% lidocaine"),
                  ("Imaging", "Stereotactic MRI w/ contrast 1 mm 07:55; stereotactic CT 1 mm 08:20"),
                  ("Plan", "ALDERGATE GP 7 (invented), approved 10:02"),
                  ("Frame coordinate QA", "Verified at unit 10:18 - pass (physicist initials HT)")], value_x=130),
        RuledTable([("Target", "Location", "Diam (mm)", "Isodose %", "Margin dose (cGy)", "Shots"),
                    ("I", "R frontal pole", "12", "50", "2000", "5"),
                    ("II", "L sup. frontal gyrus", "7", "50", "2200", "2"),
                    ("III", "R caudate head", "5", "50", "2000", "1"),
                    ("IV", "L parietal", "10", "50", "2000", "4"),
                    ("V", "R occipital", "8", "50", "2000", "3"),
                    ("VI", "L cerebellar", "16", "50", "1800", "8"),
                    ("VII", "R uncus (4 mm from R optic tract)", "9", "50", "1400", "4"),
                    ("VIII", "Vermis", "6", "50", "2000", "2"),
                    ("IX", "L temporal", "13", "50", "2000", "5")]),
        P("Optic tract max 820 cGy; chiasm max 610 cGy; brainstem max 930 cGy. All 9 targets treated. Beam-on "
          "10:24-12:51, one pause (patient repositioned headrest cushion, no frame movement). Frame off 13:05."),
        sig("N. Abernathy-Solis, MD (Neurosurgery) 08/03/2027   /   R. Chowdhury-Lind, MD (Rad Onc) 08/03/2027"),
        sig("H. Trevisani, MS (Physics) 08/03/2027"),
    ]], opts=dict(header=banner(_c, "Radiosurgery", 10, "03/19/1955"), scan=True, scan_dpi=200, scan_skew=0.6,
                  scan_noise=5.0))])

# y67_11 -- dictation: linac 27 Gy / 3 fx, L1 41 mm (complex) + L2 8 mm; single-session codes claimed ----------------
add(name="y67_11", kind="dictation", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 2, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("L1 left temporal lobe metastasis, 41 mm", "cranial", C, 27, 3),
             L("L2 right parietal metastasis, 8 mm", "cranial", S, 27, 3)],
    categories=cats(),
    notes="Dictated end-of-treatment note with numbers in words: three-fraction linac SRS to L1 (left temporal, "
          "forty-one millimeters: complex by size) and L2 (right parietal, eight millimeters: simple), twenty-seven "
          "gray in three fractions of nine gray each to both (L1/L2 are lesion labels, not lumbar levels), mask, "
          "CT + MRI, daily CBCT. The claimed 77372/77432 are single-session codes: wrong for 3 fractions "
          "(77373/77435); 61798 + 61797 are right.",
    docs=[Doc("y67_11.txt", text=f"""
MAGNOLIA BEND CANCER CENTER - RADIATION ONCOLOGY
END OF TREATMENT SUMMARY  (dictated by Dr. Fontaine-Okafor, transcribed by JMR)

Patient: {patient(11)}     MRN: {mrn(11)}     DOB: 05/05/1957
Dates of treatment: 07/12/2027 through 07/16/2027

Ms. Sixtysevenpatient is a seventy-year-old woman with metastatic colon adenocarcinoma who presented with word-finding
difficulty. MRI brain showed two lesions, which I'll refer to as L1 and L2 throughout. L1 is a left temporal lobe
metastasis measuring forty-one millimeters in greatest dimension with moderate vasogenic edema. L2 is an eight
millimeter right parietal metastasis. She was not a surgical candidate because of her cardiac history, and because of
the size of L1 we recommended fractionated radiosurgery rather than a single session.

She was simulated on July seventh in an open-face thermoplastic mask. The planning CT was fused with a
contrast MRI of July sixth. Each lesion was contoured with a one millimeter PTV margin, and the plan in BAYOU RT 8
(invented) used a single isocenter with four non-coplanar VMAT arcs on the six MV flattening-filter-free linac.

Both L1 and L2 were prescribed twenty-seven gray in three fractions of nine gray each, to the eighty percent isodose
line. She was treated July twelfth, fourteenth and sixteenth, each fraction after a cone-beam CT with six degree of
freedom couch correction, and received all three fractions as planned: twenty-seven gray to L1 and twenty-seven gray
to L2. Her speech improved on dexamethasone four milligrams twice daily, which we are now tapering.

Follow-up MRI in six weeks.

Celestine Fontaine-Okafor, MD
Electronically signed 07/19/2027
{FOOT}
""")])

# y67_12 -- ehr export (text): mask-based cobalt-60, 3 fractions, A thalamus (simple) + B midbrain (complex), cGy ------
add(name="y67_12", kind="ehr_text", codes=["77373", "77435", "61798", "61797"],
    facts=F("cobalt60", ["cranial"], 2, 3, ["MRI"], ["mask"]),
    lesions=[L("A left thalamus metastasis", "cranial", S, 24, 3),
             L("B right cerebral peduncle (midbrain) metastasis", "cranial", C, 21, 3)],
    categories=cats(),
    notes="Course export from an oncology information system for a mask-based cobalt-60 unit with on-unit CBCT and "
          "infrared nose-marker monitoring: target A left thalamus 18 mm (deep but not brainstem: simple), target B "
          "right cerebral peduncle 9 mm (midbrain, within the brainstem: complex); 2400 and 2100 cGy in 3 fractions "
          "at the 50% isodose, per-fraction lines in cGy. MRI only: 'Planning CT: not performed' (CBCT reference).",
    docs=[Doc("y67_12.txt", text=f"""
RIVERGATE HEALTH - RADIATION ONCOLOGY        ORCHARD OIS 7.3 (invented)  -  COURSE EXPORT
Printed 09/24/2027 14:02 by LPARRISH

Patient ............... {patient(12)}
MRN ................... {mrn(12)}
DOB ................... 08/14/1962
Course ................ C1 BRAIN FSRS
Diagnosis ............. C79.31 Secondary malignant neoplasm of brain (melanoma primary)
Unit .................. Cobalt-60 multi-source radiosurgery unit, mask-capable; on-unit CBCT; infrared nose-marker motion monitoring
Immobilization ........ Thermoplastic mask, nose marker; motion threshold 1.5 mm
Planning MRI .......... 09/13/2027  3D T1 post-gad 1 mm, T2, FLAIR
Planning CT ........... not performed (stereotactic reference from on-unit CBCT)
Planning system ....... CLEARBROOK GP 4 (invented), plan C1_BRAIN_v2 approved 09/16/2027

Target A .............. Lt thalamus, 18 mm; Rx 2400 cGy / 3 fx (800 cGy/fx) @ 50% IDL; coverage 98%; 14 shots
Target B .............. Rt cerebral peduncle (midbrain), 9 mm; Rx 2100 cGy / 3 fx (700 cGy/fx) @ 50% IDL; coverage 97%; 6 shots
OAR ................... brainstem D0.1cc 2260 cGy (target B inside brainstem); optic tract L 940 cGy; chiasm 380 cGy

Fx 1  09/20/2027  CBCT reg 0.4 mm  A 800 cGy  B 700 cGy  cum A 800 / B 700     delivered   TT/KO
Fx 2  09/22/2027  CBCT reg 0.3 mm  A 800 cGy  B 700 cGy  cum A 1600 / B 1400   delivered   TT/KO
Fx 3  09/24/2027  CBCT reg 0.5 mm  A 800 cGy  B 700 cGy  cum A 2400 / B 2100   delivered   KO/MS

Course status ......... COMPLETE (3 of 3 fractions)
Total delivered ....... Target A 2400 cGy; Target B 2100 cGy
Attending ............. Gideon Marchetti-Olu, MD (approved 09/24/2027 15:10)
Physicist ............. Saoirse Delacroix-Ng, PhD (plan QA 09/17/2027)
{FOOT}
""")])

# y67_13 -- bundle (3 files): consult, linac plan printout, completion summary; cavernous-sinus meningioma; 12 vs 13 Gy --
_c = "FOXGLOVE HILL NEUROSCIENCE CENTER"
add(name="y67_13", kind="bundle", codes=["77372", "77432", "61798"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right cavernous sinus meningioma (PTV_Rt_CS_Mening)", "cranial", C, 13, 1)],
    categories=cats(),
    contradiction="The completion summary says the meningioma received 12 Gy, while the plan and its delivery record give 13 Gy in one fraction.",
    notes="Consult (meningioma of the right cavernous sinus, 2.6 x 2.1 x 1.9 cm, 6 mm from the chiasm), plan "
          "printout (PTV_Rt_CS_Mening, 13 Gy x 1 to the 80% isodose, delivered) and a completion summary calling it "
          "a 'right parasellar meningioma, 2.5 cm' treated with 12 Gy (contradiction; gold follows the delivery "
          "record: 13 Gy). Complex by location (cavernous sinus / parasellar), not by distance (6 mm) or size.",
    docs=[
        Doc("1_consultation.txt", text=f"""
FOXGLOVE HILL NEUROSCIENCE CENTER - RADIATION ONCOLOGY CONSULTATION
Date: 08/02/2027      Patient: {patient(13)}      MRN: {mrn(13)}      DOB: 11/09/1974
Referring: Dr. Lucinda Grayhaven, Neurosurgery

HPI: Fifty-two-year-old woman with intermittent right-sided diplopia. MRI brain 07/21/2027 shows a dural-based
enhancing mass in the right cavernous sinus, 2.6 x 2.1 x 1.9 cm, with a dural tail along the tentorium, narrowing
the cavernous right ICA without occlusion. Appearance typical of meningioma. Its superior margin is 6 mm from the
optic chiasm and 7 mm from the right optic nerve at its closest. Neurosurgery does not advise resection.

Assessment/plan: Right cavernous sinus meningioma. Options of observation, single-fraction SRS and fractionated
treatment were discussed. With 6 mm or more from the optic apparatus, single-fraction SRS of 13 Gy is reasonable,
keeping the chiasm under 8 Gy. She wishes to proceed. Mask simulation with CT and thin-slice MRI next week.

Dictated by Simone Achterhof-Banda, MD, Radiation Oncology
{FOOT}
"""),
        Doc("2_plan_printout.pdf", [[
            H1("SRS Plan Approval and Treatment Record"),
            KeyValue([("Patient", f"{patient(13)}  ({mrn(13)})"),
                      ("Structure", "PTV_Rt_CS_Mening (GTV + 1 mm), 7.4 cc"),
                      ("Prescription", "13 Gy x 1 fraction to the 80% isodose; D95% >= 13 Gy"),
                      ("Immobilization", "Frameless thermoplastic mask, 3-point"),
                      ("Planning images", "CT 1 mm 08/10/2027; MRI T1 post-Gd + CISS 08/09/2027; rigid fusion"),
                      ("Plan", "LANTERN TPS 2.6 (invented), 6 MV FFF gantry linac, 4 non-coplanar VMAT arcs"),
                      ("OAR", "Optic chiasm Dmax 7.4 Gy; R optic nerve Dmax 7.9 Gy; brainstem Dmax 11.2 Gy; R cochlea mean 2.1 Gy")]),
            RuledTable([("Date", "Fx", "Pre-tx imaging", "Shift", "Dose delivered", "Initials"),
                        ("08/24/2027", "1 of 1", "CBCT + 6DoF", "0.8 mm / 0.5 deg", "13.0 Gy", "RD / PW")]),
            P("Physics: plan second check and phantom QA passed 08/20/2027."),
            sig("Simone Achterhof-Banda, MD 08/24/2027"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 13, "11/09/1974"))),
        Doc("3_completion_summary.txt", text=f"""
FOXGLOVE HILL NEUROSCIENCE CENTER - TREATMENT COMPLETION SUMMARY
Patient: {patient(13)}      MRN: {mrn(13)}
Diagnosis: Right parasellar meningioma, 2.5 cm (D32.0)
Treatment: Stereotactic radiosurgery, 12 Gy in a single fraction, 08/24/2027, linac, mask immobilization.
Course: Completed as planned. No acute toxicity. Diplopia unchanged.
Follow-up: MRI at 6 months, ophthalmology visual fields at 3 months.
Simone Achterhof-Banda, MD   08/30/2027
{FOOT}
"""),
    ])

# y67_14 -- dictated letter (pdf): robotic-arm linac single session, Lesion 1 + Lesion 2 (7 mm from optic nerve) -----
add(name="y67_14", kind="letter", codes=["G0339", "77432", "61796", "61797"],
    facts=F("robotic_linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("Lesion 1 right occipital metastasis", "cranial", S, 24, 1),
             L("Lesion 2 left gyrus rectus metastasis, 7 mm from the left optic nerve", "cranial", S, 20, 1)],
    categories=cats(plan=False),
    notes="Dictated letter to the referring medical oncologist: robotic-arm linac single-session SRS of two lesions "
          "(Lesion 1 right occipital 1.1 cm, 24 Gy; Lesion 2 left gyrus rectus 1.4 cm, 7 mm from the left optic "
          "nerve: outside the 5 mm trigger, simple, 20 Gy), mask, CT + MRI, skull tracking. Targets and doses but "
          "no isodose, beams or planning system: plan unmet.",
    docs=[Doc("y67_14.pdf", [[
        P("OSPREY POINT RADIOSURGERY - 1400 Tidewater Avenue, Suite 210 (synthetic address)"),
        P("October 29, 2027"),
        P("Fernanda Lykke-Obi, MD, Medical Oncology, Osprey Point Cancer Associates"),
        P(f"RE: {patient(14)}   DOB 02/25/1972   MRN {mrn(14)}"),
        P("Dear Dr. Lykke-Obi,"),
        P("Thank you for referring Mr. Sixtysevenpatient, whom I treated with stereotactic radiosurgery on October 27 for "
          "two brain metastases from his esophageal adenocarcinoma."),
        P("His MRI of October 14 showed Lesion 1, a 1.1 cm enhancing lesion in the right occipital lobe, and Lesion 2, a "
          "1.4 cm lesion in the left gyrus rectus whose posterior edge lies 7 mm from the left optic nerve. We made a "
          "thermoplastic mask on October 20 and obtained a thin-slice CT, which was fused with the MRI."),
        P("On October 27 both lesions were treated in a single session on our robotic-arm linac with continuous skull "
          "tracking: Lesion 1 received 24 Gy and Lesion 2 received 20 Gy, the latter reduced slightly to keep the left optic "
          "nerve under 8 Gy. He tolerated it well, without headache or visual change, and went home the same day."),
        P("I will see him with an MRI in 8 weeks and will forward the results. Please continue systemic therapy as planned; "
          "no interruption is needed from our standpoint."),
        P("Sincerely,"),
        sig("Rutherford Kallistrat, MD, Radiation Oncology 10/29/2027 (dictated, not proofread)"),
        P("cc: Dr. M. Obradovic (primary care); patient"),
    ]])])

# y67_15 -- dictation: brief linac SRS note, one target known only as PTV_1, no size; no immobilization stated ---------
add(name="y67_15", kind="dictation", codes=["77372", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], []),
    lesions=[L("PTV_1 (brain metastasis, no location or size given)", "cranial", S, 20, 1)],
    categories=cats(positioning=False),
    notes="Terse dictated SRS treatment note: one brain metastasis known only by its plan label PTV_1 (no lobe, no "
          "size, no distances: simple, no complex trigger documented), twenty gray in one fraction to the eighty "
          "percent isodose with four non-coplanar arcs, planning CT fused with MRI, CBCT approved. No mask, frame "
          "or other immobilization is mentioned: positioning unmet.",
    docs=[Doc("y67_15.txt", text=f"""
TAMARACK COUNTY HOSPITAL - RADIATION ONCOLOGY
SRS TREATMENT NOTE

Pt: {patient(15)}   MRN {mrn(15)}   DOS 09/09/2027

Patient seen and treated today with stereotactic radiosurgery to the brain metastasis, target PTV_1, per the
approved plan, as discussed at tumor board on nine one. Planning CT of nine two was fused with the contrast MRI of
eight thirty. Prescription twenty gray in one fraction to the eighty percent isodose line, four non-coplanar arcs,
six MV, planning system PINECONE TPS (invented). Pre-treatment cone beam CT reviewed and approved by me at the
console, shifts under one millimeter. Treatment delivered in full, one of one, twenty gray to PTV_1. No acute
issues. Decadron four milligrams given before treatment. Return in six weeks with MRI.

Dictated by Mirela Jankowski-Tate, MD.  Signed 09/09/2027 17:44
{FOOT}
""")])

# y67_16 -- bundle (2 files): linac 5-fx plan printout (cavity + 2 mets) and dictated discharge letter (25 vs 30 Gy) ---
_c = "HOLLIS CREEK REGIONAL CANCER CENTER"
add(name="y67_16", kind="bundle", codes=["77373", "77435", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("PTV_Cav_LF left frontal resection cavity (A)", "cranial", S, 30, 5),
             L("PTV_Met2_RPar right angular gyrus metastasis (B)", "cranial", S, 30, 5),
             L("PTV_Met3_LCb left cerebellar metastasis (C)", "cranial", S, 27.5, 5)],
    categories=cats(),
    contradiction="The dictated letter says the left frontal cavity received twenty-five gray in five fractions, while the plan and the five-fraction record give 3000 cGy.",
    notes="Plan printout with structure names and a Dose/fx x #fx = Total column in cGy (cavity 2.9 x 2.2 x 2.0 cm "
          "600 x 5 = 3000; right angular gyrus 12 mm 3000; left cerebellar 8 mm 550 x 5 = 2750) and five fraction "
          "rows with CBCT, plus a dictated discharge letter calling the targets A, B and C and giving the cavity "
          "'twenty-five gray in five fractions' (contradiction; gold follows the record: 30 Gy). All three simple.",
    docs=[
        Doc("1_plan_and_record.pdf", [[
            H1("Hypofractionated SRS - Plan Summary and Treatment Record"),
            KeyValue([("Patient", f"{patient(16)}   MRN {mrn(16)}"), ("Course", "Brain FSRS, 5 fractions, 6 MV FFF gantry linac"),
                      ("Immobilization", "Open-face SRS mask"),
                      ("Imaging", "Planning CT 1 mm 01/05/2028; post-op MRI T1+C 1 mm 01/03/2028; rigid registration"),
                      ("Planning", "STONEBRIDGE TPS 12 (invented), 2 isocenters, 6 VMAT arcs; Rx to the 80% IDL")]),
            RuledTable([("Structure", "Description", "Size", "Dose/fx (cGy)", "# fx", "Total (cGy)"),
                        ("PTV_Cav_LF", "L frontal resection cavity", "2.9 x 2.2 x 2.0 cm", "600", "5", "3000"),
                        ("PTV_Met2_RPar", "R parietal, angular gyrus", "12 mm", "600", "5", "3000"),
                        ("PTV_Met3_LCb", "L cerebellar hemisphere", "8 mm", "550", "5", "2750")]),
            RuledTable([("Fx", "Date", "CBCT", "Delivered (all 3 PTVs)", "Initials"),
                        ("1", "01/10/2028", "approved, 0.9 mm", "600 / 600 / 550 cGy", "BT"),
                        ("2", "01/11/2028", "approved, 0.6 mm", "600 / 600 / 550 cGy", "BT"),
                        ("3", "01/12/2028", "approved, 0.7 mm", "600 / 600 / 550 cGy", "LS"),
                        ("4", "01/13/2028", "approved, 0.5 mm", "600 / 600 / 550 cGy", "LS"),
                        ("5", "01/14/2028", "approved, 0.8 mm", "600 / 600 / 550 cGy", "BT")]),
            P("Completed 01/14/2028. Cumulative: PTV_Cav_LF 3000 cGy; PTV_Met2_RPar 3000 cGy; PTV_Met3_LCb 2750 cGy."),
            sig("Marguerite Oyelaran-Stroud, MD 01/14/2028"),
            sig("Physics QA (phantom, 01/08/2028): Idris Pellham, MS"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 16, "07/30/1966"))),
        Doc("2_discharge_letter.txt", text=f"""
HOLLIS CREEK REGIONAL CANCER CENTER
(dictated 01/15/2028)

Dr. Anselm Whitacre-Bello, Neurosurgery

Re: {patient(16)}, MRN {mrn(16)}

Dear Anselm,

Our mutual patient finished her fractionated radiosurgery yesterday. To recap, we treated three targets: A, the left
frontal resection cavity from your surgery of December eighth; B, the twelve millimeter right angular gyrus
metastasis; and C, the small left cerebellar lesion. The cavity received twenty-five gray in five fractions, B
received thirty gray in five fractions and C twenty-seven and a half gray in five fractions. She had no seizures
during treatment and her right hand weakness continues to improve.

We will get an MRI in two months and I will let you know.

Best regards,
Marguerite Oyelaran-Stroud, MD
{FOOT}
"""),
    ])


# ==================================================================================================
# Spine
# ==================================================================================================

# y67_17 -- pdf printout: linac spine SBRT, T4 and L2, 1200 cGy x 2 each, vacuum cushion ---------------------------
_c = "HARBORLIGHT CANCER INSTITUTE"
add(name="y67_17", kind="pdf", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T4 vertebral body metastasis", "spinal", None, 24, 2), L("L2 vertebral body metastasis", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Spine SBRT printout: two separate levels (T4 and L2, separate PTVs and isocenters) each 2400 cGy in 2 "
          "fractions of 1200 cGy, Bilsky grades, cord and cauda constraints, full-body vacuum cushion, CT + MRI "
          "fused, CBCT + 6DoF per fraction. 63620 + 63621 consistent.",
    docs=[Doc("y67_17.pdf", [[
        H1("Spine SBRT - Treatment Summary"),
        KeyValue([("Patient", f"{patient(17)}   MRN {mrn(17)}"), ("Diagnosis", "Metastatic renal cell carcinoma; T4 and L2 osseous metastases (C79.51)"),
                  ("Targets", "PTV_T4 (vertebral body + R pedicle, Bilsky 1a); PTV_L2 (vertebral body, Bilsky 0)"),
                  ("Prescription", "2400 cGy in 2 fractions (1200 cGy/fx) to each PTV; D90% >= Rx"),
                  ("Immobilization", "Full-body vacuum cushion, arms down"),
                  ("Imaging", "Planning CT 1 mm 03/02/2028; MRI T-spine and L-spine T1/T2 axial 03/01/2028, fused"),
                  ("Technique", "6 MV FFF gantry linac, 2 isocenters, 2 VMAT arcs each; plan in MERIDIAN TPS 4.2 (invented)"),
                  ("Constraints", "Cord PRV Dmax 1530 cGy (T4); cauda equina Dmax 1610 cGy (L2); esophagus Dmax 1390 cGy")]),
        RuledTable([("Fx", "Date", "Target", "IGRT", "Dose (cGy)"),
                    ("1", "03/08/2028", "PTV_T4", "CBCT + 6DoF", "1200"), ("1", "03/08/2028", "PTV_L2", "CBCT + 6DoF", "1200"),
                    ("2", "03/10/2028", "PTV_T4", "CBCT + 6DoF", "1200"), ("2", "03/10/2028", "PTV_L2", "CBCT + 6DoF", "1200")]),
        P("Totals: T4 2400 cGy / 2 fx; L2 2400 cGy / 2 fx. Patient-specific QA passed 03/06/2028. Tolerated well."),
        sig("Leonora Quist-Abernathy, MD 03/10/2028"),
        sig("Caspian Oduya, PhD, DABR 03/10/2028"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 17, "12/12/1959")))])

# y67_18 -- dictation: robotic-arm linac single-fraction C2 SBRT 16 Gy, head-and-shoulder mask; 77432 claimed -------
add(name="y67_18", kind="dictation", codes=["G0339", "77432", "63620"],
    facts=F("robotic_linac", ["spinal"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("C2 vertebral body and dens metastasis", "spinal", None, 16, 1)],
    categories=cats(),
    notes="Dictated note, numbers in words: single-fraction robotic-arm linac SBRT of a C2 metastasis, sixteen gray "
          "to the eighty-two percent isodose, head-neck-shoulder thermoplastic mask (spinal site, mask positioning), "
          "CT + MRI cervical spine fused, spine tracking. 77432 is cranial single-session management: wrong for a "
          "spinal course (77435); G0339 and 63620 consistent.",
    docs=[Doc("y67_18.txt", text=f"""
CYPRESS HOLLOW NEUROSCIENCE INSTITUTE - ROBOTIC RADIOSURGERY
SPINE RADIOSURGERY NOTE (dictated)      Date of service: 10/06/2027

Patient: {patient(18)}   MRN: {mrn(18)}   DOB: 03/03/1948

Mr. Sixtysevenpatient is a seventy-nine-year-old man with metastatic prostate cancer and a painful lytic metastasis of
the C2 vertebral body extending into the base of the dens, without epidural compression. Spine surgery felt the
upper cervical spine was stable, SINS score seven.

He was immobilized in a head, neck and shoulder thermoplastic mask. A planning CT at one point two five millimeters
was fused with an MRI of the cervical spine, and the target was the C2 vertebral body and dens. Using our robotic-arm
mounted six MV linac, we prescribed sixteen gray in a single fraction to the eighty-two percent isodose line, with
the spinal cord maximum kept at eleven point eight gray and the brainstem at nine gray. The plan in CORAL-PLAN 2
(invented) used one hundred twenty-eight beams.

Treatment was delivered today with cervical spine tracking and kV image pairs throughout; corrections stayed under one
millimeter. He received the full sixteen gray in one fraction without difficulty.

Augustin Pelletier-Mwangi, MD
Electronically signed 10/06/2027 18:20
{FOOT}
""")])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# y67_19 -- dictated consult (pdf): cobalt-60 frame SRS recommended for three metastases, nothing done yet ------------
_c = "BLUESTEM VALLEY RADIOSURGERY CENTER"
add(name="y67_19", kind="letter", codes=["77371", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: dictated neurosurgery consultation recommending frame-based cobalt-60 radiosurgery for three "
          "metastases (sizes and proposed doses given: 18, 20, 20 Gy), with the stereotactic MRI to be done on the "
          "morning of the procedure next week. Nothing imaged for planning, immobilized or delivered in this record: "
          "facts empty, categories unmet, codes inconsistent.",
    docs=[Doc("y67_19.pdf", [[
        H1("Neurosurgery Consultation - Radiosurgery"),
        KeyValue([("Patient", patient(19)), ("MRN", mrn(19)), ("Date of visit", "05/24/2027"),
                  ("Referring", "Dr. Octavia Rennick-Sato, Medical Oncology")]),
        P("HISTORY: Sixty-one-year-old man with small cell lung cancer after chemo-immunotherapy, declined prophylactic "
          "cranial irradiation. Surveillance MRI brain 05/18/2027 (outside facility) shows three enhancing lesions: "
          "right frontal 2.3 cm, left cerebellar 1.1 cm and left occipital 0.7 cm. No symptoms. KPS 90."),
        P("ASSESSMENT: Three brain metastases, all under 3 cm and away from the optic apparatus and brainstem."),
        P("PLAN: I recommend frame-based radiosurgery on the cobalt-60 unit. We discussed whole-brain radiation as an "
          "alternative; he prefers radiosurgery. Proposed margin doses 18 Gy to the right frontal lesion and 20 Gy to the "
          "other two, to be finalized at planning. He is scheduled for 06/01/2027: head frame placement under local "
          "anesthesia and stereotactic MRI that morning, then planning and treatment. Consent signed today. No "
          "radiosurgery has been performed yet."),
        sig("Wendell Aldercott, MD, Neurosurgery 05/24/2027 (dictated)"),
    ]], opts=dict(header=banner(_c, "Consultation", 19, "09/09/1965")))])

# y67_20 -- dictation: 2-year follow-up after linac SRS of an AVM in 2025; angiogram planned --------------------------
add(name="y67_20", kind="dictation", codes=["77372", "77432", "61798"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: dictated follow-up visit two years after single-session linac radiosurgery of a right frontal "
          "AVM (2025: 18 Gy to the 80% isodose, ring fixation, history only). Follow-up MRI shows partial "
          "obliteration; a catheter angiogram is planned and retreatment would only be considered after it. Nothing "
          "given in this record.",
    docs=[Doc("y67_20.txt", text=f"""
SAGEBRUSH REGIONAL MEDICAL CENTER - RADIATION ONCOLOGY FOLLOW-UP
Date of visit: 11/16/2027
Patient: {patient(20)}   MRN: {mrn(20)}   DOB: 06/21/1988

Interval history: Ms. Sixtysevenpatient returns two years after radiosurgery of a right frontal arteriovenous
malformation. For reference, on November fourth, twenty twenty-five she had single-session radiosurgery on our linac
under ring fixation, eighteen gray to the eighty percent isodose line to a two point one cc nidus. She has had no
seizures since early twenty twenty-six and stopped lamotrigine in the spring without recurrence. No headaches.

Imaging: MRI and MRA brain of 11/09/2027 show a smaller nidus with residual flow voids, consistent with partial
obliteration, and mild T2 change around the treated volume without enhancement or mass effect.

Assessment and plan: Partial response of the right frontal AVM at two years. I have ordered a catheter angiogram for
December to define any residual nidus. If a residual nidus persists at three years we would consider repeat
radiosurgery; nothing further is planned today and no treatment was given. Return after the angiogram.

Isadora Vasquez-Whitlow, MD - dictated, electronically signed 11/16/2027
{FOOT}
""")])


CORPUS = Corpus("blind_corpus67", "tests/blind_corpus67", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
