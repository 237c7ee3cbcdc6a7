"""Sixty-third blind corpus, ``tests/blind_corpus63/`` (regenerate: ``python scripts/make_corpus.py blind_corpus63``).

Twenty courses about the documentation categories a coder must find or query: the plan (target delineation,
prescription and treatment parameters), planning imaging actually done for this course, a positioning or
immobilisation device actually used, delivery verification, and a summary listing every treated lesion with
its delivered dose. In most charts one category is documented only partly or not at all while the rest of the
chart is complete: a prescription without treatment parameters, a summary that drops one lesion's dose, a
planning MRI that was only ordered, targets drawn on an outside diagnostic study, a mask "to be made" at a
consult, a blank immobilisation checkbox, verification "per department protocol", a fraction log without any
image guidance, a delivery log in monitor units without a delivered dose. Written as clinics write them:
dictated notes with numbers in words, checkbox forms, plan printouts, record-system exports and bundles of
2-3 documents where a category lives in only one of them. Every clinic and system is invented.
One chart contradicts itself (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (dictation and exports are deliberately one long line per paragraph or record)

from __future__ import annotations

from pdfmaker import BulletList, ColumnBreak, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ABIGAIL", "BARNABY", "CORDELIA", "DESMOND", "EVANGELINE", "FITZGERALD", "GWENDOLYN", "HORATIO", "IMOGEN",
         "JASPER", "KATHLEEN", "LEOPOLD", "MARGUERITE", "NATHANIEL", "OPHELIA", "PERCIVAL", "ROSALIND", "SEBASTIAN",
         "THEODORA", "WINSTON"]


def patient(n: int) -> str:
    return f"SIXTYTHREEPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-630{n:02d}"


def banner(clinic: str, what: str, n: int, dob: str) -> list[str]:
    return [f"{clinic}  -  {what}", f"{patient(n)}   MRN {mrn(n)}   DOB {dob}"]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# u63_01 -- bundle (3 files): frame note, cobalt-60 plan report, RO summary that drops one lesion's dose -------------
_c = "CEDAR HOLLOW GAMMA RADIOSURGERY CENTER"
add(name="u63_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 3, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right frontal metastasis", "cranial", S, 20, 1), L("left occipital metastasis", "cranial", S, 18, 1),
             L("right cerebellar metastasis", "cranial", S, 16, 1)],
    categories=cats(summary=False),
    notes="Three documents of one frame-based cobalt-60 session: the neurosurgeon's dictated frame placement note "
          "(four pins, stereotactic MRI and CT with the localizer box), the physics plan report (three targets, "
          "20/18/16 Gy to the 50% isodose, shots, independent dose check, frame coordinate check, all shots "
          "delivered) and the radiation oncologist's treatment summary, which gives the right frontal and left "
          "occipital doses but says of the cerebellar lesion only that it 'was also included in the treatment'. "
          "Summary unmet (one lesion without a delivered dose); its dose (16 Gy) comes from the plan, which was "
          "delivered in full. Everything else met.",
    docs=[
        Doc("1_frame_placement_note.txt", text=f"""
CEDAR HOLLOW GAMMA RADIOSURGERY CENTER - NEUROSURGERY PROCEDURE NOTE
Patient: {patient(1)}     MRN: {mrn(1)}     DOB: 03/17/1958
Date of service: 11/04/2026
Surgeon: Lionel Archambault-Reyes, MD (Neurosurgery)

Procedure: Application of stereotactic head frame for radiosurgery.
Indication: Three brain metastases from melanoma, for single-session radiosurgery today.

Description: The patient was brought to the procedure room at 06:50 and given oral lorazepam one milligram. The pin
sites were prepped with chlorhexidine and infiltrated with a mixture of lidocaine and bupivacaine. The stereotactic
head frame was positioned slightly anterior to center to keep the cerebellar lesion well inside the frame and was
secured with four pins, tightened in opposing pairs. The patient tolerated this well. Estimated blood loss nil.

With the localizer box attached, a stereotactic MRI of the brain (T1 post-gadolinium volumetric, one millimeter
slices, plus T2) and a stereotactic CT (one millimeter) were obtained at 07:40 and transferred to planning.

The frame will be removed after treatment. I will co-sign the plan with Dr. Okonkwo-Hale.
Dictated by L. Archambault-Reyes, MD   D: 11/04/2026 08:05   T: 11/04/2026 09:12
{FOOT}
"""),
        Doc("2_plan_report.pdf", [[
            H1("Radiosurgery Plan Report"),
            KeyValue([("Treatment unit", "Multi-source cobalt-60 radiosurgery unit (192 sources)"),
                      ("Planning system", "ORION-GP 11 (invented)"), ("Fixation", "Stereotactic head frame (applied 11/04/2026)"),
                      ("Reference imaging", "Stereotactic MRI T1+Gd 1 mm and stereotactic CT 1 mm, 11/04/2026, co-registered"),
                      ("Plan status", "Approved 11/04/2026 10:20")]),
            RuledTable([("Target", "Volume (cc)", "Rx dose (Gy)", "Isodose", "Max (Gy)", "Coverage", "Shots", "Collimators"),
                        ("T1 R frontal", "1.62", "20.0", "50%", "40.0", "98.6%", "6", "8/16 mm"),
                        ("T2 L occipital", "0.74", "18.0", "50%", "36.0", "99.1%", "4", "4/8 mm"),
                        ("T3 R cerebellar", "3.05", "16.0", "50%", "32.0", "97.9%", "11", "8/16 mm")]),
            P("Brainstem max 9.4 Gy; optic chiasm max 2.2 Gy; V12 Gy (brain) 6.1 cc. Total beam-on 71.4 min at 2.98 Gy/min."),
            H2("Quality assurance"),
            P("Independent dose calculation for the three targets agrees within 1.6%. Frame coordinate check on the unit "
              "before delivery (X, Y, Z and gamma angle) passed. Treatment 11/04/2026 10:48-12:09: 21 of 21 shots delivered, "
              "no interruptions."),
            sig("Priyanka Venkataraman-Lowe, MS, DABR, Medical Physicist 11/04/2026"),
            sig("Lionel Archambault-Reyes, MD, Neurosurgery 11/04/2026"),
        ]], opts=dict(header=banner(_c, "Physics", 1, "03/17/1958"))),
        Doc("3_treatment_summary.txt", text=f"""
RADIATION ONCOLOGY - RADIOSURGERY TREATMENT SUMMARY
Cedar Hollow Gamma Radiosurgery Center
{patient(1)}   MRN {mrn(1)}   Treatment date 11/04/2026

Diagnosis: metastatic melanoma (BRAF V600E) with three new brain metastases on surveillance MRI 10/26/2026, largest 1.6 cm.
KPS 80. Extracranial disease stable on dabrafenib/trametinib, held for three days around radiosurgery.

Course: single-session frame-based radiosurgery on the cobalt-60 unit, in conjunction with Dr. Archambault-Reyes.
The right frontal lesion received 20 Gy and the left occipital lesion 18 Gy, each to the 50% isodose line. The
right cerebellar lesion was also included in the treatment. The patient tolerated the procedure without nausea or
seizure; the frame was removed at 12:20 with minor pin-site bleeding controlled with pressure.

Plan: dexamethasone 4 mg daily for three days, then stop. MRI brain in 6 weeks. Resume targeted therapy 11/06/2026.

Electronically signed: Adaeze Okonkwo-Hale, MD, Radiation Oncology 11/04/2026 15:02
{FOOT}
"""),
    ])

# u63_02 -- pdf form: linac SRS special-procedure form, immobilisation checkboxes left blank -----------------------
_c = "MERIDIAN VALLEY CANCER INSTITUTE"
add(name="u63_02", kind="pdf", codes=["77372", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], []),
    lesions=[L("left frontal metastasis", "cranial", S, 20, 1)],
    categories=cats(positioning=False),
    notes="Checkbox form ('SRS special procedure / documentation form') for a single 1.4 cm left frontal "
          "metastasis, 20 Gy x 1 to the 80% isodose with four non-coplanar dynamic conformal arcs on a 6 MV FFF "
          "gantry linac; CT simulation and MRI boxes ticked, CBCT + 6DoF and a physics second check ticked, "
          "delivered dose entered. The immobilisation line lists 'frameless thermoplastic mask', 'head frame' and "
          "'other' with none of the boxes ticked and nothing written: positioning unmet, no positioning fact. "
          "Everything else met.",
    docs=[Doc("u63_02.pdf", [[
        H1("Stereotactic Radiosurgery - Special Procedure Form"),
        KeyValue([("Patient", patient(2)), ("MRN", mrn(2)), ("Attending", "Roderick Vasquez-Thorne, MD"),
                  ("Diagnosis", "C79.31 - NSCLC adenocarcinoma, single left frontal metastasis 1.4 cm"),
                  ("Unit", "6 MV FFF gantry linac, 2.5 mm MLC, 6DoF couch")]),
        H2("1. Planning imaging"),
        TextTable([("[X] CT simulation", "1 mm slices, 10/26/2026"), ("[X] MRI", "T1 post-contrast 1 mm, 10/25/2026, fused to CT"),
                   ("[ ] PET", ""), ("[ ] Angiography", "")], columns=(0, 150), header=False),
        H2("2. Immobilization"),
        TextTable([("[ ] Frameless thermoplastic mask", "[ ] Head frame", "[ ] Other: ____________")], columns=(0, 180, 300), header=False),
        H2("3. Target and prescription"),
        TextTable([("[X] GTV contoured on MRI", "PTV = GTV + 1 mm"), ("[X] Prescription", "20 Gy x 1 fraction to the 80% isodose line"),
                   ("[X] Treatment plan", "4 non-coplanar dynamic conformal arcs, TALON-TPS 5 (invented)"),
                   ("[X] OAR constraints met", "brainstem Dmax 3.1 Gy; V12 Gy 4.2 cc")], columns=(0, 170), header=False),
        H2("4. Verification"),
        TextTable([("[X] Physics second check", "independent MU calculation within 1.9%"),
                   ("[X] Pre-treatment CBCT", "6DoF shifts 0.6 mm / 0.4 deg, approved by attending at console"),
                   ("[ ] Surface guidance", "")], columns=(0, 170), header=False),
        H2("5. Delivery"),
        RuledTable([("Date", "Fraction", "Target", "Dose delivered", "Therapists"),
                    ("11/02/2026", "1 of 1", "Left frontal PTV", "20 Gy", "KM / TR")]),
        P("Course complete. Tolerated well. MRI brain 8 weeks."),
        sig("Roderick Vasquez-Thorne, MD, Radiation Oncology 11/02/2026"),
        sig("Helena Marsh-Adeyemi, PhD, Medical Physics 11/02/2026"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 2, "08/09/1961")))])

# u63_03 -- ehr_text dictated: fractionated SRS, cavity + intact lesion; verification only "per protocol" -----------
add(name="u63_03", kind="ehr_text", codes=["77373", "77435", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left parietal resection cavity", "cranial", S, 27, 3), L("right cerebellar metastasis", "cranial", S, 24, 3)],
    categories=cats(delivery_verification=False),
    notes="Dictated completion note (numbers in words) for fractionated linac SRS in three fractions: left "
          "parietal resection cavity 27 Gy and an intact 1.1 cm right cerebellar metastasis 24 Gy, single "
          "isocentre, five VMAT arcs to the 70% isodose, mask made at simulation, CT fused to MRI. The only "
          "word on verification is 'setup was verified per department protocol before each fraction': no "
          "image guidance, tracking or QA is actually documented, so delivery verification is unmet. "
          "Everything else met.",
    docs=[Doc("u63_03.txt", text=f"""
BRIGHTWATER RADIATION ONCOLOGY ASSOCIATES
TREATMENT COMPLETION NOTE - DICTATED

PATIENT: {patient(3)}
MRN: {mrn(3)}
DOB: 12/01/1966
ATTENDING: Marisol Kettering-Oduya, MD
DATE OF COMPLETION: 11/13/2026

This is a fifty-nine-year-old woman with triple-negative breast cancer who underwent gross total resection of a
left parietal metastasis on October fifth by Dr. Halloran. Post-operative MRI also showed a new one point one
centimeter right cerebellar metastasis. She was seen in consultation on October twenty-first and fractionated
stereotactic radiosurgery was recommended to the resection cavity and to the cerebellar lesion.

SIMULATION AND PLANNING: On October twenty-eighth she was simulated supine and a custom thermoplastic SRS mask was
made. A CT simulation with one millimeter slices was obtained and fused with a volumetric post-contrast MRI obtained
October twenty-seventh. I contoured the resection cavity with a one millimeter margin along the surgical tract and
the cerebellar GTV; each PTV was a further one millimeter. The plan used a single isocenter with five volumetric
modulated arcs on the six MV flattening-filter-free linac, prescribed to the seventy percent isodose line, planned
in SEQUOIA-RT (invented). The cavity was prescribed twenty-seven Gray in three fractions and the cerebellar lesion
twenty-four Gray in three fractions. Brainstem and optic constraints were met.

TREATMENT: She was treated on November ninth, November eleventh and November thirteenth, two thousand twenty-six.
Setup was verified per department protocol before each fraction. All three fractions were delivered without
interruption.

DOSE DELIVERED:
Left parietal resection cavity: twenty-seven Gray in three fractions of nine Gray.
Right cerebellar metastasis: twenty-four Gray in three fractions of eight Gray.

TOLERANCE: Mild fatigue and a headache after the second fraction relieved by acetaminophen. No seizures. She
remains on levetiracetam.

FOLLOW-UP: MRI brain in two months and then every three months. She will continue with Dr. Pham in medical oncology.

Marisol Kettering-Oduya, MD
D: 11/13/2026 16:40  T: 11/14/2026 08:02  Job 55120-S
{FOOT}
""")])

# u63_04 -- scan: cobalt-60 frame radiosurgery for trigeminal neuralgia, MRI contraindicated, CT cisternogram -------
_c = "LAKESHORE NEUROSCIENCE - GAMMA RADIOSURGERY"
add(name="u63_04", kind="scan", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT"], ["frame"]),
    lesions=[L("right trigeminal nerve (root entry zone)", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Scanned (150 dpi, slightly skewed) single-page radiosurgery record for right trigeminal neuralgia: "
          "functional target (complex), 80 Gy maximum dose to the 100% isodose with one 4 mm shot on a cobalt-60 "
          "unit under a head frame. MRI contraindicated (non-conditional pacemaker), so a stereotactic CT "
          "cisternogram was the planning study: imaging CT only. Frame coordinate check and a physics second "
          "check. Every category documented (a complete chart).",
    docs=[Doc("u63_04.pdf", [[
        H1("GAMMA RADIOSURGERY TREATMENT RECORD"),
        KeyValue([("Patient", patient(4)), ("MRN", mrn(4)), ("Date", "10/21/2026"),
                  ("Diagnosis", "G50.0 Right trigeminal neuralgia (V2/V3), refractory to carbamazepine and oxcarbazepine; prior MVD declined"),
                  ("Unit", "Multi-source cobalt-60 radiosurgery unit"),
                  ("Frame", "Stereotactic head frame, 4 pins, local anesthesia, applied 07:15 by Dr. Szymanski-Obi"),
                  ("Imaging", "MRI contraindicated (non-MR-conditional pacemaker). Stereotactic CT cisternogram 0.6 mm after intrathecal contrast, 08:30"),
                  ("Target", "Right trigeminal nerve, root entry zone, 7 mm anterior to the pons"),
                  ("Plan", "One 4 mm shot, maximum dose 80 Gy at the 100% isodose; brainstem 15 Gy isodose tangent to pontine surface"),
                  ("Planning system", "ORION-GP 11 (invented)")]),
        TextTable([("Check", "Result", "Initials"), ("Frame coordinates verified at unit", "Pass (0.2 mm)", "PVL"),
                   ("Second dose calculation", "Pass (0.9%)", "PVL"), ("Beam-on time", "43.6 min", "JC"),
                   ("Dose delivered", "80 Gy max, 1 shot, complete", "JC")], columns=(0, 210, 330)),
        P("Tolerated well. Frame removed 12:05. Continue carbamazepine unchanged until review at 6 weeks; taper once pain-free."),
        sig("Tomasz Szymanski-Obi, MD, Neurosurgery 10/21/2026"),
        sig("Gloria Achterberg, MD, Radiation Oncology 10/21/2026"),
    ]], opts=dict(header=banner(_c, "Treatment record", 4, "05/30/1949"), scan=True, scan_dpi=150, scan_skew=0.8,
                  scan_noise=6.0))])

# u63_05 -- pdf (two-column page): robotic-arm linac SRS of 3 metastases; no treatment parameters --------------------
_c = "SUMMIT RIDGE ROBOTIC RADIOSURGERY"
add(name="u63_05", kind="pdf", codes=["G0339", "77432", "61796", "61797"],
    facts=F("robotic_linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal metastasis", "cranial", S, 20, 1), L("right temporal metastasis", "cranial", S, 20, 1),
             L("left cerebellar metastasis", "cranial", S, 18, 1)],
    categories=cats(plan=False),
    notes="Physician course summary on one two-column page (history, imaging, mask and contours | per-lesion "
          "prescription and delivered dose, skull tracking): three metastases in one session on a robotic-arm "
          "linac. Targets are delineated and doses prescribed, but no isodose line, beams, collimators or "
          "planning system appear anywhere: plan unmet (no treatment parameters). Everything else met.",
    docs=[Doc("u63_05.pdf", [[
        H1("Radiosurgery Course Summary"),
        H2("History"),
        P(f"{patient(5)} (MRN {mrn(5)}) is a 71-year-old woman with renal cell carcinoma, on cabozantinib, whose restaging MRI of "
          "11/02/2026 showed three new enhancing lesions (left frontal 1.2 cm, right temporal 0.9 cm, left cerebellar 1.5 cm). "
          "Tumor board 11/05/2026 recommended radiosurgery. KPS 90."),
        H2("Imaging and immobilization"),
        P("A custom thermoplastic mask was fabricated on 11/09/2026 and a contrast CT (1.25 mm) obtained in the mask. A "
          "volumetric MRI (T1 post-gadolinium, 1 mm) from the same day was fused to the CT."),
        H2("Contours"),
        P("GTVs were outlined on the fused MRI; PTV = GTV + 1 mm for each lesion. Brainstem, optic chiasm, optic nerves and "
          "cochleae were contoured as organs at risk; all constraints met."),
        ColumnBreak(),
        H2("Prescription and delivery (11/12/2026, single session)"),
        RuledTable([("Lesion", "mm", "Rx", "Delivered"), ("Left frontal", "12", "20 Gy", "20 Gy"),
                    ("Right temporal", "9", "20 Gy", "20 Gy"), ("Left cerebellar", "15", "18 Gy", "18 Gy")]),
        H2("Image guidance"),
        P("Treated on the robotic-arm mounted 6 MV linac with 6D skull tracking: orthogonal kV image pairs every 30-60 "
          "seconds throughout, translations under 0.5 mm and rotations under 0.5 degrees after correction."),
        H2("Course"),
        P("All three lesions treated in one session of 74 minutes. No acute toxicity. MRI in 8 weeks; continue cabozantinib."),
        sig("Constance Yamamoto-Reid, MD, Radiation Oncology 11/12/2026"),
    ]], opts=dict(header=banner(_c, "Course summary", 5, "02/14/1955"), two_columns=True))])

# u63_06 -- bundle (2 files): schwannoma FSRT; consult says "mask will be made", summary names no device -------------
_c = "WILLOWMERE RADIATION ONCOLOGY"
add(name="u63_06", kind="bundle", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 5, ["CT"], []),
    lesions=[L("left vestibular schwannoma", "cranial", C, 25, 5)],
    categories=cats(positioning=False),
    notes="Two documents: the dictated consult (left vestibular schwannoma 1.8 cm, complex by type; FSRT 25 Gy "
          "in 5 recommended; 'a custom thermoplastic mask will be made at simulation'; a thin-slice MRI 'has been "
          "ordered') and the treatment summary printout (CT simulation done, GTV drawn on the planning CT with "
          "the outside diagnostic MRI of 08/2026 for reference, three VMAT arcs to the 80% isodose, daily CBCT, "
          "25 Gy in 5 delivered). No document says a mask or any other device was actually used ('supine, head "
          "neutral'): positioning unmet, no positioning fact. The ordered MRI is not confirmed and the diagnostic "
          "MRI is historical: imaging CT only (met through the CT simulation).",
    docs=[
        Doc("1_consult.txt", text=f"""
WILLOWMERE RADIATION ONCOLOGY - NEW PATIENT CONSULTATION
{patient(6)}   MRN {mrn(6)}   DOB 07/22/1972   Seen 10/14/2026
Referring: Dr. Ingrid Castellanos, Neurotology

HISTORY: Fifty-four-year-old man with progressive left-sided hearing loss and tinnitus for two years. Diagnostic MRI of
08/19/2026 at an outside facility shows a left vestibular schwannoma, one point eight centimeters intracanalicular with
cisternal extension, grown three millimeters in a year. Serviceable hearing (word recognition 72 percent). He prefers
not to have surgery.

ASSESSMENT AND PLAN: Growing left vestibular schwannoma. We discussed observation, microsurgery and stereotactic
radiotherapy. He would like fractionated treatment to try to preserve hearing. I recommend fractionated stereotactic
radiotherapy, twenty-five Gray in five fractions. He will return for simulation, at which time a custom thermoplastic
mask will be made. A thin-slice MRI with gadolinium has been ordered for planning. Risks reviewed including hearing
loss, facial numbness or weakness, imbalance and, rarely, hydrocephalus. Consent signed.

Electronically signed: Benedict Oyelaran-Smythe, MD 10/14/2026
{FOOT}
"""),
        Doc("2_treatment_summary.pdf", [[
            H1("Radiation Treatment Summary"),
            KeyValue([("Diagnosis", "D33.3 Left vestibular schwannoma"), ("Technique", "Fractionated stereotactic radiotherapy (FSRT)"),
                      ("Unit", "6 MV FFF gantry linac, HD MLC"), ("Simulation", "CT simulation 10/22/2026, 1 mm, supine, head neutral"),
                      ("Target", "GTV on planning CT, with reference to diagnostic MRI 08/19/2026; PTV = GTV + 1 mm"),
                      ("Plan", "3 VMAT arcs (2 non-coplanar), prescribed to the 80% isodose, planning system FENWICK-TPS 9 (invented)"),
                      ("Prescription", "25 Gy in 5 fractions of 5 Gy"), ("OAR", "L cochlea mean 4.1 Gy; brainstem D0.03cc 22.4 Gy"),
                      ("Image guidance", "CBCT before each fraction, 6DoF couch correction, reviewed by physician")]),
            RuledTable([("Fx", "Date", "Dose (Gy)", "Cumulative (Gy)"), ("1", "10/29/2026", "5.0", "5.0"), ("2", "10/30/2026", "5.0", "10.0"),
                        ("3", "11/02/2026", "5.0", "15.0"), ("4", "11/03/2026", "5.0", "20.0"), ("5", "11/04/2026", "5.0", "25.0")]),
            P("Completed 11/04/2026: left vestibular schwannoma 25 Gy in 5 fractions. Mild transient tinnitus; hearing subjectively "
              "unchanged. Audiogram and MRI in 6 months."),
            sig("Benedict Oyelaran-Smythe, MD, Radiation Oncology 11/04/2026"),
        ]], opts=dict(header=banner(_c, "Treatment summary", 6, "07/22/1972"))),
    ])

# u63_07 -- ehr_text export: cobalt-60 mask session, 2 metastases; planning MRI only "ordered"; 61800 claimed -------
add(name="u63_07", kind="ehr_text", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 2, 1, [], ["mask"]),
    lesions=[L("right parietal metastasis", "cranial", S, 18, 1), L("left frontal metastasis", "cranial", S, 20, 1)],
    categories=cats(imaging=False),
    notes="Record-system export of a single mask-based session on a cobalt-60 unit with cone-beam CT and infrared "
          "nose-marker monitoring: two metastases 18 and 20 Gy to the 50% isodose. The planning-imaging field "
          "reads 'MRI brain T1+C 1 mm - ORDERED 11/03/2026, result not in record'; the only other images are the "
          "on-unit CBCT stereotactic reference (image guidance, not planning imaging). Imaging unmet, no imaging "
          "fact. 61800 claimed without a frame (mask): wrong. Everything else met.",
    docs=[Doc("u63_07.txt", text=f"""
BRIARWOOD GAMMA RADIOSURGERY  |  LODESTAR-RS (invented) course export  |  printed 11/06/2026 09:14
====================================================================================================
PATIENT ............ {patient(7)}
MRN ................ {mrn(7)}
DOB ................ 01/28/1960
PHYSICIAN .......... Rafael Dominguez-Whitby, MD (Radiation Oncology)
NEUROSURGEON ....... Sunniva Halvorsen, MD
DIAGNOSIS .......... C79.31 Secondary malignant neoplasm of brain (primary: breast, HER2+)
COURSE ............. SRS-1 | single session | status COMPLETED
UNIT ............... multi-source cobalt-60 radiosurgery unit, mask-capable, on-board CBCT
FIXATION ........... thermoplastic mask with nose marker (made 11/04/2026); infrared motion monitoring, 1.5 mm threshold
PLANNING IMAGING ... MRI brain T1+C 1 mm - ORDERED 11/03/2026 (order 7781-224), result not in record
STEREOTACTIC REF ... on-unit CBCT 11/05/2026 07:58 (defines stereotactic space)
PLANNING SYSTEM .... ORION-GP 11 (invented)
----------------------------------------------------------------------------------------------------
TARGET               VOL(cc)  RX(Gy)  IDL   SHOTS  COVERAGE  MAX(Gy)
T1 right parietal     0.88    18.0    50%    5     98.2%     36.0
T2 left frontal       0.41    20.0    50%    3     99.0%     40.0
----------------------------------------------------------------------------------------------------
OAR ................ brainstem Dmax 5.2 Gy | chiasm Dmax 1.4 Gy | brain V12 3.3 cc
PRE-TX QA .......... independent dose check 1.2% (pass) | CBCT co-registration 0.3 mm (pass)
INTRAFRACTION ...... IFMM max excursion 0.9 mm, no pauses
DELIVERY ........... 11/05/2026 08:31-09:47 | 8/8 shots | status COMPLETE
DOSE DELIVERED ..... T1 right parietal 18.0 Gy | T2 left frontal 20.0 Gy | 1 fraction
SIGNED ............. R. Dominguez-Whitby MD 11/05/2026 10:02 ; S. Halvorsen MD 11/05/2026 10:05 ; physics A. Lindgren-Pace MS 11/05/2026
{FOOT}
""")])

# u63_08 -- pdf printout: linac frame SRS of an AVM with angiography; 77371 claimed on a linac ----------------------
_c = "PINECREST UNIVERSITY HOSPITAL"
add(name="u63_08", kind="pdf", codes=["77371", "77432", "61798", "61800"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI", "angiography"], ["frame"]),
    lesions=[L("right parietal AVM nidus", "cranial", C, 18, 1)],
    categories=cats(),
    notes="Complete frame-based linac radiosurgery printout for a 2.2 cm right parietal AVM (complex by type): "
          "stereotactic angiography, contrast CT and MRI with the frame on, 1800 cGy in one fraction to the 80% "
          "isodose with five dynamic conformal arcs, stereoscopic kV verification and patient-specific QA. Doses in "
          "cGy. 77371 (cobalt-60) claimed for a linac session: wrong (77372).",
    docs=[Doc("u63_08.pdf", [[
        H1("STEREOTACTIC RADIOSURGERY - TREATMENT RECORD"),
        KeyValue([("Patient", patient(8)), ("MRN", mrn(8)), ("Service", "Neurosurgery / Radiation Oncology, joint"),
                  ("Diagnosis", "Q28.2 Right parietal arteriovenous malformation, Spetzler-Martin II, nidus 2.2 x 1.9 x 1.7 cm, prior hemorrhage 2025"),
                  ("Frame", "Stereotactic head frame, 4 pins under local anesthesia, 11/17/2026 07:05"),
                  ("Imaging (frame on)", "Biplane stereotactic angiography 07:50; contrast CT 1 mm 08:35; MRI T1+C / T2 1 mm 08:55, fused"),
                  ("Unit", "6 MV FFF gantry linac with 2.5 mm MLC"),
                  ("Plan", "MAGNOLIA-SRS 4 (invented); 5 dynamic conformal arcs, single isocenter"),
                  ("Prescription", "1800 cGy x 1 to the 80% isodose covering the nidus (PTV = nidus, no margin)")]),
        RuledTable([("Structure", "Volume", "Dose"), ("Nidus", "3.41 cc", "Rx 1800 cGy, coverage 98.7%, max 2250 cGy"),
                    ("Brain V12 Gy", "8.2 cc", ""), ("Optic apparatus", "", "max 110 cGy")]),
        H2("Verification"),
        BulletList(["Patient-specific QA (ion chamber + film) 11/17/2026: -0.8%, gamma 2%/1 mm 99.1%",
                    "Target positioner check and stereoscopic kV x-ray pair before each arc, residual < 0.5 mm"], marker="-"),
        H2("Delivery"),
        P("11/17/2026 13:10-13:41: all five arcs delivered. 1800 cGy delivered to the right parietal AVM nidus in one fraction. "
          "Frame removed 13:55. Discharged home the same evening."),
        sig("Oluwaseun Bertrand-Kaye, MD, Neurosurgery 11/17/2026"),
        sig("Mirela Popescu-Hart, MD, Radiation Oncology 11/17/2026"),
        sig("Graham Te Whiti, PhD, Medical Physics 11/17/2026"),
    ]], opts=dict(header=banner(_c, "Radiosurgery", 8, "10/03/1990")))])


# ==================================================================================================
# Spine
# ==================================================================================================

# u63_09 -- ehr_text dictated: T8 SBRT 24 Gy in 2; prescription and contours but no treatment parameters ------------
add(name="u63_09", kind="ehr_text", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T8 vertebral metastasis", "spinal", None, 24, 2)],
    categories=cats(plan=False),
    notes="Dictated SBRT completion note (numbers in words): T8 renal cell metastasis, twenty-four Gray in two "
          "fractions on a gantry linac, vacuum cushion, CT simulation fused with a planning MRI, contours per "
          "consensus guidelines, cord constraint met, CBCT with 6DoF correction before each fraction. No isodose "
          "line, arcs/beams or planning system is named: plan unmet. Everything else met.",
    docs=[Doc("u63_09.txt", text=f"""
RIVERSTONE CANCER CARE - RADIATION ONCOLOGY
SBRT COMPLETION NOTE (dictated)

Patient: {patient(9)}      MRN: {mrn(9)}      DOB: 06/11/1957
Physician: Anselm Oduya-Kristiansen, MD
Date: 10/30/2026

Mr. Sixtythreepatient is a sixty-nine-year-old man with clear cell renal carcinoma, status post left nephrectomy in
twenty twenty-three, now with an isolated, painful T8 vertebral body metastasis extending into the right pedicle,
Bilsky 1a, SINS score seven. He completed stereotactic body radiotherapy to T8 today.

He was simulated on October twentieth supine in a full-length vacuum cushion with arms at his sides, and a CT with
one point two five millimeter slices was acquired. A planning MRI of the thoracic spine, T1 and T2 axial, was
obtained the same afternoon and fused to the simulation CT. I contoured the GTV on the fused MRI and a CTV of the
vertebral body and right pedicle according to the international consensus contouring guidelines; the PTV was a two
millimeter expansion excluding the spinal cord planning-risk volume. The prescription was twenty-four Gray in two
fractions of twelve Gray. Spinal cord maximum point dose was kept under seventeen Gray, and esophagus constraints
were met.

He was treated on October twenty-eighth and October thirtieth. Before each fraction a cone beam CT was obtained and
matched to the vertebral bodies with a six-degree-of-freedom couch correction; I reviewed and approved the images
at the console each day before the beam was turned on.

Total dose delivered: twenty-four Gray in two fractions to the T8 metastasis.

He tolerated treatment well with mild fatigue and no dysphagia. His back pain is already improved. MRI of the
thoracic spine in three months; he continues pembrolizumab.

Anselm Oduya-Kristiansen, MD
Dictated but not read.   D: 10/30/2026   T: 10/31/2026
{FOOT}
""")])

# u63_10 -- bundle (3 files): T4 + L3 SBRT; sim note plans CBCT, fraction record shows none --------------------------
_c = "ASHFORD MEMORIAL HOSPITAL RADIATION ONCOLOGY"
add(name="u63_10", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 3, ["CT"], ["body_immobilization"]),
    lesions=[L("T4 vertebral metastasis", "spinal", None, 27, 3), L("L3 vertebral metastasis", "spinal", None, 27, 3)],
    categories=cats(delivery_verification=False),
    notes="Three documents: a simulation note (CT simulation in a vacuum cushion with wing board; MRI not obtainable "
          "because of a non-MR-conditional spinal cord stimulator; 'daily CBCT is planned'), a plan report (two "
          "PTVs, 27 Gy in 3 each, two VMAT arcs per isocentre, 80% isodose, planning system) and a fraction "
          "record with per-PTV and cumulative doses whose only remark is 'treatment delivered as planned'. "
          "Verification is only planned at simulation and never recorded; the physics plan check is 'pending' "
          "on the plan report: delivery verification unmet. The MRI is contraindicated and the outside PSMA PET is a diagnostic study (imaging CT only).",
    docs=[
        Doc("1_simulation_note.txt", text=f"""
ASHFORD MEMORIAL HOSPITAL - RADIATION ONCOLOGY - SIMULATION NOTE
{patient(10)}   MRN {mrn(10)}   DOB 04/04/1951   Sim date 11/09/2026
Attending: Wilhelmina Adebayo-Crane, MD

Indication: prostate adenocarcinoma, oligoprogressive bone disease at T4 and L3 on PSMA PET of 10/28/2026 (outside
study, reviewed). SBRT 27 Gy in 3 fractions to each level.

Positioning: supine, arms up on wing board, custom vacuum cushion from head to knees, knee wedge. Tattoos placed.
CT simulation: 1.25 mm slices from C5 to sacrum, no contrast.
MRI: NOT obtainable - spinal cord stimulator (not MR conditional). CT myelogram discussed and declined by patient.
Image guidance: daily CBCT is planned, six-degree-of-freedom couch.
Next: contouring, physics plan, start 11/18/2026.

Signed: Wilhelmina Adebayo-Crane, MD 11/09/2026
{FOOT}
"""),
        Doc("2_plan_report.pdf", [[
            H1("SBRT Plan Report"),
            KeyValue([("Planning system", "BRAMBLE-TPS 7 (invented)"), ("Unit", "6 MV FFF gantry linac"),
                      ("Planning CT", "11/09/2026, 1.25 mm"), ("Plan approval", "W. Adebayo-Crane MD 11/16/2026"),
                      ("Physics plan check", "pending")]),
            RuledTable([("PTV", "Isocenter", "Arcs", "Rx", "Isodose", "D90% (Gy)", "Dmax (Gy)", "Cord PRV max (Gy)"),
                        ("PTV_T4", "ISO_T4", "2 VMAT", "27 Gy / 3 fx", "80%", "27.3", "33.4", "20.1"),
                        ("PTV_L3", "ISO_L3", "2 VMAT", "27 Gy / 3 fx", "80%", "27.1", "33.0", "cauda 22.8")]),
            P("Esophagus Dmax 21.5 Gy; bowel Dmax 23.9 Gy. Constraints met (AAPM TG-101, 3 fractions)."),
            sig("Tobias Engstrom-Moyo, CMD, Dosimetry 11/16/2026"),
        ]], opts=dict(header=banner(_c, "Dosimetry", 10, "04/04/1951"))),
        Doc("3_fraction_record.pdf", [[
            H1("Treatment Record - SBRT T4 / L3"),
            RuledTable([("Date", "Fx", "PTV_T4 (Gy)", "T4 cum.", "PTV_L3 (Gy)", "L3 cum.", "Therapists"),
                        ("11/18/2026", "1/3", "9.0", "9.0", "9.0", "9.0", "AJ / RM"),
                        ("11/20/2026", "2/3", "9.0", "18.0", "9.0", "18.0", "AJ / LT"),
                        ("11/23/2026", "3/3", "9.0", "27.0", "9.0", "27.0", "RM / LT")]),
            P("Treatment delivered as planned. Course completed 11/23/2026: T4 27 Gy and L3 27 Gy, each in 3 fractions."),
            sig("Wilhelmina Adebayo-Crane, MD 11/23/2026"),
        ]], opts=dict(header=banner(_c, "Treatment record", 10, "04/04/1951"))),
    ])

# u63_11 -- pdf printout: robotic-arm linac C2 single fraction; delivery log in MU, no delivered dose; 77432 claimed -
_c = "SANDPIPER BAY CANCER CENTER"
add(name="u63_11", kind="pdf", codes=["G0339", "77432", "63620"],
    facts=F("robotic_linac", ["spinal"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("C2 metastasis", "spinal", None, 18, 1)],
    categories=cats(summary=False),
    notes="Plan printout and delivery log for a single-fraction C2 thyroid-cancer metastasis on a robotic-arm "
          "linac: 1800 cGy to the 78% isodose, 184 beams, two fixed collimators, CT + MRI fused, head-neck-"
          "shoulder mask, spine tracking, patient-specific QA. The delivery log lists beams and monitor units "
          "delivered and 'Complete' but never a delivered dose, and there is no summary: summary unmet (the "
          "1800 cGy is the plan's prescription, delivered in full). 77432 (single-session cranial management) "
          "claimed for a spinal course: wrong.",
    docs=[Doc("u63_11.pdf", [[
        H1("Robotic Radiosurgery - Plan and Delivery Printout"),
        KeyValue([("Patient", f"{patient(11)}   MRN {mrn(11)}"), ("Diagnosis", "C79.51 Metastatic papillary thyroid carcinoma, C2 body and dens, no epidural disease"),
                  ("Unit", "Robotic-arm mounted 6 MV linac"), ("Immobilization", "Thermoplastic head-neck-shoulder mask, made 11/05/2026"),
                  ("Imaging", "CT with contrast 1 mm 11/05/2026; MRI C-spine T1+C / T2 11/06/2026 fused"),
                  ("Planning system", "ATLAS-RP 3 (invented)"), ("Plan", "C2_SRS_v1: 184 non-isocentric beams, fixed collimators 10 and 15 mm"),
                  ("Prescription", "1800 cGy x 1 fraction to the 78% isodose (PTV coverage 95.4%)"),
                  ("Constraints", "Cord Dmax 1180 cGy; cord D0.35cc 960 cGy; esophagus D5cc 1320 cGy"),
                  ("Tracking", "Spine tracking with orthogonal kV pairs every 30-45 s; max correction 0.8 mm"),
                  ("Patient QA", "Film + ion chamber 11/10/2026: -1.1%, gamma 2%/1 mm 98.4% (pass)")]),
        H2("Delivery log"),
        RuledTable([("Date", "Fraction", "Beams delivered", "MU delivered", "Duration", "Status", "RTT"),
                    ("11/12/2026", "1 of 1", "184 / 184", "21,406", "52 min", "Complete", "DS / AK")]),
        sig("Yusuf Brandvold-Acheampong, MD, Radiation Oncology 11/12/2026"),
        sig("Laurel Fitzhugh, MS, DABR 11/12/2026"),
    ]], opts=dict(header=banner(_c, "Robotic radiosurgery", 11, "09/25/1963")))])

# u63_12 -- ehr_text progress note: post-operative L1 SBRT 30 Gy/5; "supine, arms on chest", no device; 63621 -------
add(name="u63_12", kind="ehr_text", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 5, ["CT", "MRI"], []),
    lesions=[L("L1 post-operative metastasis", "spinal", None, 30, 5)],
    categories=cats(positioning=False),
    notes="Typed end-of-treatment progress note: L1 sarcoma metastasis after separation surgery with pedicle screws, "
          "30 Gy in 5 fractions (600 cGy per fraction) on a gantry linac, CT simulation with a planning MRI, nine "
          "IMRT beams to the 80% isodose, daily CBCT with physician approval. Set-up is described only as 'supine, "
          "arms on chest': no immobilisation or localisation device is named, positioning unmet. 63621 claimed "
          "for one spinal lesion: wrong. Everything else met.",
    docs=[Doc("u63_12.txt", text=f"""
Encounter: Radiation Oncology - End of Treatment Visit
Facility: Larkspur Regional Medical Center
Patient: {patient(12)}  |  MRN: {mrn(12)}  |  DOB: 02/19/1984  |  Visit: 11/20/2026 14:30
Provider: Celestine Abernathy-Nwosu, MD

Subjective:
Pt is a 42 y.o. male with metastatic myxoid liposarcoma to L1 s/p T12-L2 posterior instrumentation and separation
surgery 09/29/2026 (Dr. Farrow). Here for last fraction of post-op SBRT. Back pain 2/10, improved. No new weakness or
bladder/bowel change. Mild nausea after fx 3, resolved with ondansetron.

Treatment details:
- Sim: CT simulation 10/13/2026 (1 mm, metal artifact reduction), supine, arms on chest
- Planning MRI L-spine T1/T2 + post-contrast 10/12/2026, fused to sim CT for cord and epidural contours
- CTV: L1 vertebral body + bilateral pedicles + preop epidural extent per post-op consensus; PTV = CTV + 2 mm
- Plan: 9-beam IMRT, 6 MV, prescribed to the 80% isodose; OSPREY-Plan 2 (invented)
- Rx: 30 Gy in 5 fx (600 cGy/fx); cord PRV Dmax 24.8 Gy, cauda Dmax 28.1 Gy
- IGRT: daily CBCT, matched to hardware and vertebral bodies, shifts approved by MD before each fx
- Fx dates: 11/12, 11/13, 11/16, 11/18, 11/20/2026

Delivered: L1 30 Gy / 5 fx (5/5), course complete 11/20/2026.

Objective: ECOG 1. Incision well healed. Strength 5/5 lower extremities. No skin reaction.

Assessment/Plan:
Completed post-op SBRT to L1 without interruption. Follow up 6 weeks with MRI L-spine; ongoing care with sarcoma
oncology (Dr. Ng-Ferreira). Return precautions reviewed.

Electronically signed by Celestine Abernathy-Nwosu, MD on 11/20/2026 15:12
{FOOT}
""")])


# ==================================================================================================
# Body
# ==================================================================================================

# u63_13 -- bundle (2 files): lung SBRT; dictated letter gives the wrong schedule (contradiction) ---------------------
_c = "CLEARWATER THORACIC SBRT PROGRAM"
add(name="u63_13", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT"], ["body_immobilization"]),
    lesions=[L("right upper lobe adenocarcinoma", "body", None, 54, 3)],
    categories=cats(),
    contradiction="The dictated letter says fifty Gray in five fractions, while the prescription and the fraction record give 54 Gy in 3 fractions.",
    notes="Two documents of a complete peripheral RUL lung SBRT course: the physician's dictated completion letter "
          "to the primary care physician (numbers in words; gives the dose as 'fifty Gray in five fractions') and "
          "the prescription and fraction record (4DCT in a vacuum cushion with an abdominal compression belt, ITV, "
          "two VMAT arcs to the 80% isodose, CBCT each fraction, 18 Gy x 3 = 54 Gy). Gold follows the record: "
          "54 Gy in 3. The diagnostic PET-CT of September is history, not planning imaging.",
    docs=[
        Doc("1_letter_to_pcp.txt", text=f"""
CLEARWATER THORACIC SBRT PROGRAM
11/24/2026

Dr. Philippa Oakes-Mbatha
Greenfield Family Medicine

RE: {patient(13)}   DOB 08/30/1945   MRN {mrn(13)}

Dear Dr. Oakes-Mbatha,

I am writing to let you know that Mrs. Sixtythreepatient has completed stereotactic body radiation therapy for her
biopsy-proven adenocarcinoma of the right upper lobe, stage IA2, which was found on a PET-CT in September. Because of
her COPD (FEV1 forty-one percent of predicted) she was not a surgical candidate.

She received fifty Gray in five fractions to the right upper lobe tumor, finishing on November twentieth. She
tolerated it well with mild fatigue and no chest wall pain or cough beyond her baseline.

I will see her in six weeks and have ordered a CT of the chest for three months from now. Please continue her
inhalers as prescribed.

Sincerely,

Jonah Whitfield-Okafor, MD
Radiation Oncology
Dictated, not read
{FOOT}
"""),
        Doc("2_prescription_and_record.pdf", [[
            H1("SBRT Prescription and Treatment Record - Lung"),
            KeyValue([("Patient", f"{patient(13)}   MRN {mrn(13)}"), ("Target", "Right upper lobe adenocarcinoma, peripheral, 1.9 cm"),
                      ("Simulation", "4DCT 2 mm 11/06/2026, vacuum cushion, arms up, abdominal compression belt"),
                      ("Volumes", "ITV from 10 phases; PTV = ITV + 5 mm"),
                      ("Plan", "2 partial VMAT arcs, 6 MV FFF, prescribed to the 80% isodose; CORMORANT-TPS 6 (invented)"),
                      ("Prescription", "54 Gy in 3 fractions (18 Gy per fraction), every other day"),
                      ("OAR", "Chest wall V30 Gy 18.2 cc; ribs D1cc 38.4 Gy; lung V20 4.1%")]),
            RuledTable([("Fx", "Date", "Dose (Gy)", "Cumulative (Gy)", "CBCT match", "MD review"),
                        ("1", "11/16/2026", "18", "18", "ITV in PTV, shift 3 mm", "JWO"),
                        ("2", "11/18/2026", "18", "36", "ITV in PTV, shift 2 mm", "JWO"),
                        ("3", "11/20/2026", "18", "54", "ITV in PTV, shift 2 mm", "JWO")]),
            P("Course complete 11/20/2026: right upper lobe 54 Gy in 3 fractions. Independent MU check within 2.2%."),
            sig("Jonah Whitfield-Okafor, MD 11/20/2026"),
            sig("Renata Kowalczyk-Amos, MS, Medical Physics 11/20/2026"),
        ]], opts=dict(header=banner(_c, "Treatment record", 13, "08/30/1945"))),
    ])

# u63_14 -- pdf narrative: adrenal SBRT, targets drawn on outside diagnostic PET-CT and MRI, no simulation scan ------
_c = "GRANITE FALLS ONCOLOGY"
add(name="u63_14", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, [], ["body_immobilization"]),
    lesions=[L("left adrenal metastasis", "body", None, 40, 5)],
    categories=cats(imaging=False),
    notes="Narrative SBRT treatment summary: oligoprogressive left adrenal metastasis (NSCLC), 40 Gy in 5 fractions, "
          "vacuum cushion, two VMAT arcs to the 80% isodose, CBCT before each fraction with physician-approved "
          "shifts, independent MU check. The only imaging named for targeting is the outside diagnostic PET-CT "
          "(09/22/2026) and outside diagnostic MRI (09/30/2026); no simulation or planning CT/MRI for this course "
          "is documented: imaging unmet, no imaging fact. Everything else met.",
    docs=[Doc("u63_14.pdf", [[
        H1("Stereotactic Body Radiation Therapy - Treatment Summary"),
        P(f"Patient: {patient(14)}    MRN: {mrn(14)}    DOB: 11/11/1962"),
        P("Treating physician: Evander Lockhart-Nakamura, MD    Treatment dates: 10/26/2026 - 11/03/2026"),
        H2("Indication"),
        P("Stage IV NSCLC (adenocarcinoma, ALK-negative) on maintenance pemetrexed with a single site of progression, a 3.1 cm "
          "left adrenal metastasis. Discussed at thoracic tumor board 10/08/2026; SBRT recommended to the progressing site with "
          "continuation of systemic therapy. ECOG 1."),
        H2("Target definition"),
        P("The GTV was delineated on the outside diagnostic FDG PET-CT of 09/22/2026 (Riverbend Imaging) and the outside "
          "diagnostic MRI abdomen of 09/30/2026, reviewed with our radiologist. PTV = GTV + 5 mm."),
        H2("Treatment"),
        P("The patient was treated supine in a custom vacuum cushion with arms above the head. A 6 MV FFF gantry linac "
          "delivered two VMAT arcs, planned in WILLOWBROOK-TPS 3 (invented) and prescribed to the 80% isodose line: 40 Gy in "
          "5 fractions of 8 Gy. Stomach D0.5cc 24.1 Gy, left kidney mean 6.2 Gy, spinal cord Dmax 12.3 Gy. A cone-beam CT was "
          "obtained before every fraction and shifts were approved by the physician before treatment; the independent "
          "monitor-unit check agreed within 1.7%."),
        H2("Dose delivered"),
        RuledTable([("Site", "Fractions", "Dose per fraction", "Total delivered", "Dates"),
                    ("Left adrenal metastasis", "5", "8 Gy", "40 Gy", "10/26, 10/28, 10/30, 11/02, 11/03/2026")]),
        P("Tolerance: grade 1 nausea managed with ondansetron. Restaging PET-CT in 3 months."),
        sig("Evander Lockhart-Nakamura, MD, Radiation Oncology 11/03/2026"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 14, "11/11/1962")))])

# u63_15 -- ehr_text export: robotic-arm linac prostate SBRT, fiducials + vacuum cushion; complete -------------------
add(name="u63_15", kind="ehr_text", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Record-system export of a complete prostate SBRT course on a robotic-arm linac: four gold fiducials placed "
          "by urology, lower-body vacuum cushion, CT + MRI fused, 36.25 Gy in 5 fractions to the 83% isodose, "
          "fiducial tracking each fraction with a tracking-error column, patient-specific QA, delivered total. "
          "Every category documented. G0339 + G0340 + 77435: consistent.",
    docs=[Doc("u63_15.txt", text=f"""
OAKHAVEN UROLOGIC ONCOLOGY CENTER  -  VESPER-OIS (invented)  -  COURSE DOCUMENTATION EXPORT
Exported 12/01/2026 07:45 by user KPRIOR

[PATIENT]
Name=...................{patient(15)}
MRN=....................{mrn(15)}
DOB=....................05/05/1952
Dx=.....................C61 Adenocarcinoma of prostate, Gleason 3+4, PSA 7.1, cT1c, favorable intermediate risk
Physician=..............Ignatius Moreau-Baptiste, MD

[PREPARATION]
Fiducials=..............4 gold fiducials, transperineal, 10/06/2026 (Dr. Salazar-Quinn, Urology); all 4 visible at sim
Immobilization=.........lower-body vacuum cushion with knee support; empty rectum / comfortably full bladder
Sim CT=.................10/14/2026, 1.5 mm
Sim MRI=................10/14/2026, T2 axial 2 mm, fused on fiducials

[PLAN]
TPS=....................ATLAS-RP 3 (invented)
Plan=...................PROS_SBRT_v2, 164 beams, variable-aperture collimator, 83% isodose
Rx=.....................36.25 Gy / 5 fx (7.25 Gy/fx), prostate PTV = CTV + 3 mm (2 mm posterior)
DVH=....................PTV V36.25 95.6% | rectum V36Gy 0.6 cc | bladder V37Gy 4.2 cc | urethra Dmax 38.9 Gy
Physics QA=.............patient-specific film QA 10/22/2026 gamma 3%/1 mm 97.9% PASS

[DELIVERY]
Fx  Date        Dose(Gy)  Cum(Gy)  Tracking                 Mean corr.(mm)  Status
1   10/26/2026  7.25      7.25     fiducial, 4/4 seeds      1.1             Complete
2   10/28/2026  7.25      14.50    fiducial, 4/4 seeds      0.9             Complete
3   10/30/2026  7.25      21.75    fiducial, 4/4 seeds      1.4             Complete
4   11/02/2026  7.25      29.00    fiducial, 4/4 seeds      1.0             Complete
5   11/04/2026  7.25      36.25    fiducial, 4/4 seeds      0.8             Complete

[SUMMARY]
Total delivered=........prostate 36.25 Gy in 5 fractions, 10/26/2026 - 11/04/2026
Toxicity=...............GU grade 1 (frequency), GI none
Signed=.................I. Moreau-Baptiste MD 11/04/2026 16:20; physics W. Tran-Lindahl MS 11/04/2026
{FOOT}
""")])

# u63_16 -- bundle (3 files): liver SBRT of two lesions; completion summary gives one lesion's dose only -------------
_c = "BAYLEAF HEPATOBILIARY RADIATION PROGRAM"
add(name="u63_16", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment VII HCC", "body", None, 45, 3), L("liver segment IVa HCC", "body", None, 40, 3)],
    categories=cats(summary=False),
    notes="Three documents: an interventional radiology fiducial note (three gold markers), a simulation note (4DCT "
          "with abdominal compression in a vacuum cushion, MRI liver fused) and a completion summary printout with "
          "the plan table (segment VII 4500 cGy / 3 fx and segment IVa 4000 cGy / 3 fx, VMAT arcs, isodose, "
          "planning system) and a fraction table with fiducial-based CBCT matching but no doses. Its 'dose "
          "delivered' statement gives segment VII 4500 cGy and says segment IVa was 'treated concurrently, see "
          "plan': summary unmet. Doses in cGy; the IVa dose comes from its prescription, delivered in full.",
    docs=[
        Doc("1_ir_fiducial_note.txt", text=f"""
BAYLEAF MEDICAL CENTER - INTERVENTIONAL RADIOLOGY PROCEDURE NOTE
{patient(16)}   MRN {mrn(16)}   DOB 12/24/1956   Date 10/08/2026
Operator: Marcus Ilunga-Fairbanks, MD

Procedure: CT-guided percutaneous placement of gold fiducial markers, liver.
Indication: hepatocellular carcinoma, segments VII and IVa, for SBRT.
Technique: Under moderate sedation and local anesthesia, three gold fiducial markers (1 x 3 mm) were placed with a
17-gauge needle: two adjacent to the segment VII lesion and one adjacent to the segment IVa lesion. Final CT confirms
position. No complication. Fiducials suitable for radiotherapy matching.
Signed: M. Ilunga-Fairbanks, MD 10/08/2026
{FOOT}
"""),
        Doc("2_simulation_note.txt", text=f"""
RADIATION ONCOLOGY SIMULATION NOTE - {patient(16)} - MRN {mrn(16)} - 10/15/2026
Physician: Saoirse Delacroix-Mensah, MD

Patient positioned supine in a vacuum cushion, arms above head. Abdominal compression plate applied (setting 4);
fluoroscopy shows diaphragm excursion reduced from 18 mm to 7 mm. 4DCT with IV contrast, 2 mm slices. All three
fiducials seen. MRI liver with hepatobiliary contrast obtained the same afternoon in treatment position and fused
to the average-intensity CT for GTV delineation of both lesions.
Signed: S. Delacroix-Mensah, MD
{FOOT}
"""),
        Doc("3_completion_summary.pdf", [[
            H1("SBRT Completion Summary - Liver"),
            KeyValue([("Diagnosis", "C22.0 Hepatocellular carcinoma, Child-Pugh A6, BCLC A; TACE 2025 segment VII"),
                      ("Unit", "6 MV FFF gantry linac"), ("Planning system", "HERON-TPS 5 (invented)")]),
            RuledTable([("PTV", "Prescription", "Isodose", "Arcs", "D95% (cGy)", "Key OAR"),
                        ("PTV_SegVII", "4500 cGy / 3 fx", "80%", "2 VMAT", "4512", "duodenum D5cc 1420 cGy"),
                        ("PTV_SegIVa", "4000 cGy / 3 fx", "80%", "2 VMAT", "4010", "stomach D0.5cc 2190 cGy")]),
            P("Normal liver (liver minus GTVs) mean 1160 cGy; liver 700 cc spared 1500 cGy."),
            H2("Fractions"),
            RuledTable([("Fx", "Date", "Image guidance", "Status"),
                        ("1", "10/27/2026", "CBCT, fiducial match, compression verified", "Complete"),
                        ("2", "10/29/2026", "CBCT, fiducial match, compression verified", "Complete"),
                        ("3", "10/31/2026", "CBCT, fiducial match, compression verified", "Complete")]),
            H2("Dose delivered"),
            P("Segment VII lesion: 4500 cGy in 3 fractions delivered, 10/27/2026 - 10/31/2026. Segment IVa lesion treated "
              "concurrently, see plan. No interruptions. Grade 1 fatigue. Liver function tests and MRI in 6 weeks."),
            sig("Saoirse Delacroix-Mensah, MD, Radiation Oncology 10/31/2026"),
        ]], opts=dict(header=banner(_c, "Completion summary", 16, "12/24/1956"))),
    ])

# u63_17 -- ehr_text dictated: single-fraction kidney SBRT; claimed as cranial single-session codes -----------------
add(name="u63_17", kind="ehr_text", codes=["77372", "77432"],
    facts=F("linac", ["body"], 1, 1, ["CT"], ["body_immobilization"]),
    lesions=[L("left renal cell carcinoma (primary)", "body", None, 26, 1)],
    categories=cats(),
    notes="Dictated treatment summary (numbers in words) of single-fraction SBRT, twenty-six Gray, to a 3.4 cm left "
          "primary renal cell carcinoma in a patient unfit for surgery: vacuum cushion with abdominal compression, "
          "4DCT simulation, two VMAT arcs to the 80% isodose, CBCT before and midway with physician approval, "
          "physics second check. Every category documented. The claimed 77372/77432 are single-session cranial "
          "codes: wrong for a body course (77373/77435).",
    docs=[Doc("u63_17.txt", text=f"""
NORTHBRIDGE RADIATION ONCOLOGY
STEREOTACTIC BODY RADIATION THERAPY - TREATMENT SUMMARY
Dictating physician: Harriet Ballantyne-Osei, MD
Patient: {patient(17)}     MRN: {mrn(17)}     Date of birth: 03/03/1941
Date of treatment: 11/19/2026

Ms. Sixtythreepatient is an eighty-five-year-old woman with a biopsy-proven clear cell renal cell carcinoma of the left
kidney, three point four centimeters, cT1a N0 M0, who is not a candidate for nephrectomy or ablation because of
severe ischemic cardiomyopathy (ejection fraction twenty-five percent) and the central location of the tumor. After discussion at the genitourinary
tumor board she elected single-fraction stereotactic body radiation therapy.

On November fourth she was simulated supine in a vacuum cushion with an abdominal compression belt. A four-dimensional
CT with contrast, two millimeter slices, was acquired and an internal target volume was generated from all ten
phases. The planning target volume was the ITV plus five millimeters. The plan, made in KINGFISHER-TPS 8 (invented),
used two volumetric modulated arcs on the six MV flattening-filter-free linac and was prescribed to the eighty percent
isodose line. Bowel, stomach and spinal cord constraints were met, and the physics second check agreed within two
percent.

On November nineteenth she received a single fraction of twenty-six Gray. A cone beam CT was obtained before treatment
and again between the two arcs, and I approved both registrations at the machine.

Dose delivered: left kidney tumor, twenty-six Gray in one fraction.

She had no nausea and went home the same afternoon. Creatinine and a CT abdomen are due in three months.

Harriet Ballantyne-Osei, MD
D: 11/19/2026  T: 11/20/2026
{FOOT}
""")])

# u63_18 -- pdf checkbox form: MR-linac adaptive pancreas SBRT; G0340 claimed on a gantry MR-linac ------------------
_c = "HIGHGATE ADAPTIVE RADIOTHERAPY CENTER"
add(name="u63_18", kind="pdf", codes=["77373", "77435", "G0340"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("pancreatic head adenocarcinoma", "body", None, 50, 5)],
    categories=cats(),
    notes="Checkbox 'SBRT course documentation checklist' for adaptive pancreas SBRT on a 1.5 T MR-linac, every "
          "line ticked and filled in: CT + MRI simulation, vacuum cushion, GTV/PTV approved, 50 Gy in 5 fractions "
          "with 15-beam step-and-shoot IMRT, daily online MRI with adaptation and gated delivery, independent "
          "dose check of each adapted plan, end-of-treatment dose. A complete chart. G0340 (robotic linac "
          "sessions 2-5) claimed for a gantry MR-linac: wrong.",
    docs=[Doc("u63_18.pdf", [[
        H1("SBRT Course Documentation Checklist"),
        KeyValue([("Patient", patient(18)), ("MRN", mrn(18)), ("Physician", "Beatrix Olawale-Sutherland, MD"),
                  ("Diagnosis", "C25.0 Locally advanced adenocarcinoma of the pancreatic head, after 6 months of FOLFIRINOX"),
                  ("Unit", "1.5 T MR-linac (gantry, 7 MV FFF)")]),
        TextTable([("Item", "Done", "Details"),
                   ("Simulation CT (electron density)", "[X]", "10/19/2026, 2 mm, end-exhale breath-hold"),
                   ("Simulation MRI", "[X]", "10/19/2026, 3D T2 breath-hold + cine, on the MR-linac"),
                   ("Immobilization device", "[X]", "vacuum cushion, arms above head"),
                   ("Target contours approved", "[X]", "GTV + 3 mm = PTV; gastrointestinal PRVs"),
                   ("Prescription", "[X]", "50 Gy in 5 fractions, 10 Gy per fraction"),
                   ("Plan", "[X]", "15-beam step-and-shoot IMRT, LANTERN-TPS 2 (invented)"),
                   ("Pre-treatment QA", "[X]", "independent dose check of each adapted plan, within 3%"),
                   ("Daily image guidance", "[X]", "online MRI, adapt-to-shape; cine-MRI gating, 3 mm boundary"),
                   ("End-of-treatment summary", "[X]", "see below")], columns=(0, 190, 230)),
        H2("Fractions"),
        RuledTable([("Fx", "Date", "Adaptation", "Dose (Gy)", "Cumulative (Gy)"),
                    ("1", "10/26/2026", "ATS", "10", "10"), ("2", "10/27/2026", "ATS", "10", "20"), ("3", "10/29/2026", "ATS", "10", "30"),
                    ("4", "10/30/2026", "ATP", "10", "40"), ("5", "11/02/2026", "ATS", "10", "50")]),
        P("Summary: pancreatic head tumor 50 Gy in 5 fractions delivered 10/26/2026 - 11/02/2026. Grade 1 nausea. CA 19-9 and CT in 8 weeks."),
        sig("Beatrix Olawale-Sutherland, MD, Radiation Oncology 11/02/2026"),
        sig("Nikolai Ferreira-Adams, PhD, Medical Physics 11/02/2026"),
    ]], opts=dict(header=banner(_c, "SBRT checklist", 18, "06/06/1958")))])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# u63_19 -- ehr_text dictated consult: cobalt-60 frame radiosurgery recommended, MRI ordered, frame to be placed -----
add(name="u63_19", kind="ehr_text", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: dictated radiosurgery consultation (numbers in words) recommending frame-based cobalt-60 "
          "radiosurgery to two metastases, with the planning MRI 'ordered', the frame 'to be placed on the "
          "morning of treatment' and a proposed date. Nothing simulated, planned or delivered: facts empty, "
          "categories unmet, codes inconsistent.",
    docs=[Doc("u63_19.txt", text=f"""
CEDAR HOLLOW GAMMA RADIOSURGERY CENTER - RADIATION ONCOLOGY CONSULTATION (dictated)
Patient: {patient(19)}     MRN: {mrn(19)}     DOB: 10/10/1967     Date: 11/30/2026
Consultant: Adaeze Okonkwo-Hale, MD     Referred by: Dr. Quentin Abara-Lisle, Medical Oncology

Reason for consultation: two new brain metastases.

History: Fifty-nine-year-old woman with hormone receptor positive breast cancer, metastatic to bone, on letrozole and
palbociclib. A diagnostic MRI of the brain on November twenty-fourth for headaches showed a one point three
centimeter right frontal lesion and a zero point eight centimeter left cerebellar lesion, with mild edema around the
frontal lesion. No prior brain radiation.

Examination: KPS ninety. Neurologically intact.

Impression and recommendation: Two brain metastases, both small and away from the optic apparatus and brainstem. I
recommend single-session radiosurgery on our cobalt-60 unit, likely twenty Gray to each lesion at the fifty percent
isodose line. A thin-slice contrast MRI for planning has been ordered. The stereotactic head frame will be placed by
Dr. Archambault-Reyes on the morning of treatment under local anesthesia. Tentative treatment date December tenth.
We discussed the alternative of whole-brain radiation and the small risk of radionecrosis. She wishes to proceed and
signed consent. No treatment has been given.

Adaeze Okonkwo-Hale, MD
D: 11/30/2026  T: 12/01/2026
{FOOT}
""")])

# u63_20 -- pdf follow-up note: new pain 18 months after T11 SBRT (2025); MRI ordered, re-treatment only considered -
_c = "ASHFORD MEMORIAL HOSPITAL RADIATION ONCOLOGY"
add(name="u63_20", kind="pdf", codes=["77373", "77435", "63620"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: follow-up visit note 18 months after T11 SBRT (24 Gy in 2 fractions, vacuum cushion, "
          "CBCT, 05/2025) for new back pain; a thoracolumbar MRI is ordered and re-irradiation is only to be "
          "considered. No course given in this document: facts empty, categories unmet, codes inconsistent.",
    docs=[Doc("u63_20.pdf", [[
        H1("Radiation Oncology Follow-up Visit"),
        KeyValue([("Patient", patient(20)), ("MRN", mrn(20)), ("Visit date", "11/25/2026"),
                  ("Provider", "Wilhelmina Adebayo-Crane, MD"), ("Diagnosis", "C79.51 Bone metastasis, T11, from hepatocellular carcinoma")]),
        H2("Radiation history"),
        P("SBRT to T11, 24 Gy in 2 fractions, 05/12/2025 and 05/14/2025, on our gantry linac in a vacuum cushion with daily "
          "cone-beam CT. Pain resolved within 6 weeks and the MRI of 09/2025 showed a stable treated lesion."),
        H2("Interval history"),
        P("Over the last month new mid-back pain, worse at night, 5/10, not controlled by ibuprofen. No weakness, numbness or "
          "sphincter change. Sorafenib continues."),
        H2("Examination"),
        P("ECOG 1. Tender over T10-T12. Power 5/5 throughout; reflexes symmetric."),
        H2("Assessment and plan"),
        BulletList(["Possible progression at or adjacent to T11 versus a new level.",
                    "MRI thoracic and lumbar spine with and without contrast ordered (urgent, this week).",
                    "If there is recurrence at T11, re-irradiation with SBRT will be considered after review of the cumulative cord dose; "
                    "a new level could be treated in the usual way.",
                    "Oxycodone 5 mg as needed; return after the MRI."], numbered=True),
        sig("Wilhelmina Adebayo-Crane, MD 11/25/2026"),
    ]], opts=dict(header=banner(_c, "Follow-up", 20, "07/07/1950")))])


CORPUS = Corpus("blind_corpus63", "tests/blind_corpus63", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
