"""Seventy-eighth blind corpus, ``tests/blind_corpus78/`` (regenerate: ``python scripts/make_corpus.py blind_corpus78``).

TUNING corpus: written blind (without reading the reader's code), scored once, then used to improve the reader.

Twenty courses from the dictated and bundled half of a coding office's in-tray: transcribed dictations (speech-
recognition slips, numbers in words, spoken corrections such as "scratch that", run-on paragraphs), consult,
simulation, procedure, on-treatment, completion and follow-up notes, letters to referrers, and bundles of 2-5
files (.pdf and .txt) in which the same lesion goes by a plain name, a structure name, a number and a size.
It leans on what unseen charts get wrong most: the lesion count across documents (lesions added or dropped
between consult and delivery, foci that are only watched, "both", "all five", "the remaining two"), sites
(skull base and jugular foramen down to C1, the orbit, C2 beside the brainstem, sacrum and rib, a paraspinal
component of a vertebral lesion, a brain course and a body course in one bundle where only one is this course,
brain metastases "from lung cancer") and cranial complexity by the coding rules (meningioma large by one
dimension, schwannoma, pituitary adenoma, glomus tumour, AVM, tremor thalamotomy, lesions in the brainstem or
next to the optic apparatus, simple metastases beside them).

Mix: 11 cranial (cobalt-60 frame and mask, gantry linac, robotic-arm linac; single session and 3-5 fractions),
3 spine, 3 body, 3 hard negatives (consult only with a hospice addendum, follow-up letter of an old course, a
course cancelled after simulation and converted to whole-brain elsewhere). Two charts contradict themselves
(``review_expected``); several claimed code lists are deliberately wrong. Every clinic, clinician and system is
invented. Gold labels are written by hand from what the chart says and ../shared/corpus/README.md.
"""

# ruff: noqa: E501  (dictations and letters are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import BulletList, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["AMBROSE", "BRONWEN", "CASIMIR", "DELPHINE", "EULALIA", "FENELLA", "GODFREY", "HONORIA", "ISIDORE",
         "JOACHIM", "KERENSA", "LEOFRIC", "MARGUERITE", "NORBERT", "OCTAVIA", "PERCIVAL", "ROSAMUND",
         "SOLOMON", "TABITHA", "ULRIC"]


def patient(n: int) -> str:
    return f"SEVENTYEIGHTPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-780{n:02d}"


def head(clinic: str, n: int, dob: str, extra: str = "") -> list[str]:
    return [clinic, f"{patient(n)}   MRN {mrn(n)}   DOB {dob}" + (f"   {extra}" if extra else "")]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# f78_01 -- bundle (4 files): cobalt-60 frame SRS, lung-cancer brain mets; consult "all four", one dropped as a vessel
_c = "KINGSFOLD NEUROSCIENCE CENTRE"
add(name="f78_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 3, 1, ["MRI"], ["frame"]),
    lesions=[L("left frontal", "cranial", S, 18, 1), L("right parietal", "cranial", S, 20, 1),
             L("left cerebellar", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Four-file bundle for brain metastases from lung adenocarcinoma (site still cranial): dictated consult "
          "plans frame-based cobalt-60 SRS to 'all four' lesions; the dictated procedure note says the fourth (a 3 mm "
          "right frontal dural focus) is a cortical vein on the stereotactic MRI and is only watched, so three were "
          "treated; the dose plan names them LtFront_Met / RtPar_Met / LtCblm_Met with a 'not planned' row; the letter "
          "says 'the other three'. Left cerebellar lesion 9 mm from the brainstem: still simple. The restaging chest CT is "
          "historical; stereotactic MRI only.",
    docs=[
        Doc("1_consult_dictated.txt", text=f"""
KINGSFOLD NEUROSCIENCE CENTRE - GAMMA UNIT CLINIC
NEW PATIENT CONSULTATION (dictated / transcribed by DICTAPHORA, invented)
Patient: {patient(1)}    MRN: {mrn(1)}    DOB: 09/14/1954
Date of service: 02/03/2026    Neurosurgery: Anselm Greatorex, MD    Radiation oncology: Wilhelmina Oduya-Kent, MD
Referring: Bartholomew Achterberg, MD, Thoracic Oncology

Mr. Seventyeightpatient is a seventy one year old retired joiner with stage four adenocarcinoma of the right upper lobe, E G F R negative, P D L one ninety percent, on pembrolizumab since September with a good response in the chest on the C T of January twentieth. He presented to the emergency department on January twenty fourth with a focal seizure of the right hand, and the MRI of the brain with and without contrast on January twenty sixth showed four lesions, a left frontal lesion one point four centimeters with surrounding edema, a right parietal lesion of nine millimeters, a left cerebellar lesion of seven millimeters sitting about nine millimeters from the brain stem, and a tiny three millimeter focus along the right frontal convexity near the dura which the radiologist calls indeterminate, possibly vascular. He is on levetiracetam five hundred B I D and dexamethasone two milligrams daily. No further seizures.

Exam, alert, fluent, mild right pronator drift, otherwise non focal. KPS eighty.

Impression, brain metastases from lung cancer, four lesions on the diagnostic study, one of which is indeterminate. Plan. Single session radiosurgery on the cobalt sixty unit with a stereotactic head frame and a same day stereotactic MRI, to all four if the stereotactic MRI confirms the convexity focus, and we explained to him that the higher resolution scan can add or subtract lesions. Doses likely eighteen to twenty gray at the fifty percent isodose. He wants to proceed. Consent signed. Pembrolizumab can continue. Tentatively February seventeenth.

Anselm Greatorex, MD   dictated 02/03/2026, signed 02/04/2026
{FOOT}
"""),
        Doc("2_procedure_note_dictated.txt", text=f"""
KINGSFOLD NEUROSCIENCE CENTRE - OPERATIVE / PROCEDURE NOTE
Patient: {patient(1)}   MRN: {mrn(1)}   Date: 02/17/2026
Surgeon: Anselm Greatorex, MD   Radiation oncologist: Wilhelmina Oduya-Kent, MD   Physicist: Clement Ashdown-Ruiz, PhD

Procedures, one, application of stereotactic head frame, two, stereotactic MRI for targeting, three, stereotactic radiosurgery on the cobalt sixty multi source unit, single session.

The frame was applied at six fifty under local anesthetic, four pins, lidocaine with bupivacaine, uneventful. Stereotactic MRI with the indicator box, one millimeter T one post gadolinium and a T two. Findings. The left frontal, right parietal and left cerebellar lesions are confirmed and unchanged in size. The right frontal convexity focus on the stereotactic study is a linear enhancing structure running into the superior sagittal sinus, in keeping with a cortical vein, not a metastasis, and Dr Oduya-Kent and I agreed not to treat it, it will be watched on the follow up MRI. So three targets were planned rather than four. I told Mr Seventyeightpatient and his daughter in the holding area.

Planning in the KESTREL-GK system, which is invented, by the three of us. Left frontal eighteen gray, right parietal twenty gray, left cerebellar twenty gray, all at the fifty percent isodose, brain stem maximum well under twelve gray. Delivered ten twelve to ten fifty eight, one session, no interruption. Frame off eleven ten, pin sites dry.

Complications none. Home today. Dexamethasone taper per sheet. MRI in two months.

Anselm Greatorex, MD (dictated 02/17/2026)
{FOOT}
"""),
        Doc("3_dose_plan.pdf", [[
            H1("Radiosurgery Dose Plan / Treatment Record"),
            KeyValue([("Patient / MRN", f"{patient(1)} / {mrn(1)}"), ("Date", "02/17/2026, single session"),
                      ("Unit", "Cobalt-60 multi-source radiosurgery unit (192 sources; 4/8/16 mm)"),
                      ("Fixation", "Stereotactic head frame, 4 pins"),
                      ("Stereotactic imaging", "MRI 02/17/2026 T1+Gd 1 mm, T2; fiducial registration error 0.3 mm"),
                      ("Planning system", "KESTREL-GK 4.0 (invented)")]),
            RuledTable([("Structure", "Max diam", "Vol (cc)", "Rx (Gy)", "IDL", "Shots", "Coverage", "Status"),
                        ("LtFront_Met", "14 mm", "1.22", "18", "50%", "6", "98%", "treated"),
                        ("RtPar_Met", "9 mm", "0.31", "20", "50%", "3", "99%", "treated"),
                        ("LtCblm_Met", "7 mm", "0.16", "20", "50%", "2", "99%", "treated"),
                        ("RtFront_dural", "3 mm", "-", "-", "-", "-", "-", "NOT PLANNED (vein; observe)")]),
            TextTable([("OAR", "Dmax (Gy)"), ("Brainstem", "8.7"), ("Chiasm", "1.4"), ("Brain V12Gy", "3.2 cc")],
                      columns=(0, 200)),
            P("Frame co-ordinates of all 11 shots checked at the unit against the printout (CAR). Independent "
              "treatment-time calculation within 0.9%. Beam-on 41.3 min."),
            sig("Clement Ashdown-Ruiz, PhD, Medical Physics 02/17/2026"),
            sig("Wilhelmina Oduya-Kent, MD 02/17/2026"), sig("Anselm Greatorex, MD 02/17/2026"),
        ]], opts=dict(header=head(_c + "  -  Radiosurgery Physics", 1, "09/14/1954"))),
        Doc("4_letter_to_referrer.pdf", [[
            P("KINGSFOLD NEUROSCIENCE CENTRE  -  12 Millrace Lane"),
            P("February 20, 2026"),
            P("Bartholomew Achterberg, MD, Thoracic Oncology"),
            P(f"RE: {patient(1)}  DOB 09/14/1954  MRN {mrn(1)}"),
            P("Dear Bart,"),
            P("Your patient had his radiosurgery on February 17. The small right frontal convexity spot from his January "
              "scan turned out on the frame MRI to be a cortical vein, so we left it alone and will keep an eye on it. "
              "We treated the other three in one sitting on the cobalt unit: the left frontal lesion with 18 Gy and the "
              "right parietal and left cerebellar lesions with 20 Gy each. He went home the same day. Please carry on "
              "with pembrolizumab; we will see him with an MRI in April."),
            P("Kind regards,"),
            sig("Wilhelmina Oduya-Kent, MD, Radiation Oncology"),
        ]]),
    ])

# f78_02 -- dictation (text): linac SRS, "three, scratch that, four" lesions; one 4 mm from the chiasm; 61796 claimed --
add(name="f78_02", kind="dictation", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 4, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right gyrus rectus (near chiasm)", "cranial", C, 15, 1), L("left parietal", "cranial", S, 20, 1),
             L("right occipital", "cranial", S, 20, 1), L("left cerebellar", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Raw run-on dictation of a single-session gantry-linac SRS note for breast-cancer metastases: the count is "
          "spoken as 'three, scratch that, four', the left parietal dose as 'twenty four, scratch that, twenty gray', "
          "with speech slips ('I so dose line', 'thermal plastic', 'lineac'). The right gyrus rectus lesion is 4 mm from "
          "the optic chiasm: complex, so the claimed 61796 is wrong (61798 first).",
    docs=[Doc("f78_02.txt", text=f"""
MARSHWICK COMMUNITY CANCER CENTER   RADIATION ONCOLOGY   DICTATION
Job 2026-0311-044   Author Thaddeus Polglase MD   Dictated 03/11/2026 18:20   Transcribed 03/12/2026 06:51
Patient {patient(2)}   MRN {mrn(2)}   DOB 06/30/1961
*** UNEDITED TRANSCRIPT - AWAITING PHYSICIAN REVIEW ***

This is doctor Polglase dictating a stereotactic radiosurgery procedure note for Bronwen Seventyeightpatient M R N S Y N seven eight zero zero two date of service March eleventh twenty twenty six. Diagnosis metastatic breast cancer E R positive HER two negative with brain metastases, performance status E C O G one. She was treated today with single fraction stereotactic radiosurgery on the six M V flattening filter free lineac to three, scratch that, four lesions period. Immobilization was the thermal plastic open face S R S mask made at her simulation on March fourth when a one millimeter planning C T was obtained and fused to the three tesla contrast MRI of March third. Targets as follows new paragraph. Lesion one right gyrus rectus eleven millimeters, its posterior edge is four millimeters from the optic chiasm, prescribed fifteen gray to the eighty percent I so dose line to respect the chiasm, chiasm max was seven point eight gray. Lesion two left parietal nine millimeters, twenty four, scratch that, twenty gray to the eighty percent I so dose line. Lesion three right occipital six millimeters twenty gray. Lesion four left cerebellar hemisphere eight millimeters twenty gray, brain stem max six point one gray. All four planned as a single isocenter with five non coplanar arcs in the LARKSPUR planning system comma invented comma and normal brain V twelve was five point two C C. Physics second check and patient specific Q A passed ninety eight point seven percent gamma two percent one millimeter, physicist Ingrid Vasquez-Holm. Before treatment a cone beam C T was registered to the planning C T and six degree shifts applied, then verified with stereoscopic X ray pairs, and surface guidance monitored intrafraction motion which stayed under zero point seven millimeters. All four lesions were treated as planned in one session with no interruption. She tolerated it well period. Decadron four milligrams times one given pre treatment. Follow up MRI six to eight weeks new paragraph summary, four brain metastases treated in a single session, right gyrus rectus fifteen gray, left parietal twenty gray, right occipital twenty gray, left cerebellar twenty gray. End of dictation.
{FOOT}
""")])

# f78_03 -- bundle (3 files): robotic-arm linac FSRT 25 Gy/5 of a parafalcine meningioma 3.8 cm in one axis ---------
_c = "ORRINGTON REGIONAL RADIOSURGERY"
add(name="f78_03", kind="bundle", codes=["G0339", "G0340", "77435", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left parafalcine meningioma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Three-file bundle: typed consult (left parafalcine meningioma 3.4 x 2.9 x 3.8 cm; a second 6 mm right "
          "convexity meningioma is only followed), dictated simulation note, and a plan/treatment record on a robotic-"
          "arm linac, 25 Gy in 5 with 6D skull tracking. The completion line calls it a '3.4 cm' meningioma but the "
          "largest dimension is 3.8 cm: complex by size (meningioma otherwise simple). One lesion treated.",
    docs=[
        Doc("1_consult.pdf", [[
            H1("Radiosurgery Consultation"),
            KeyValue([("Date", "01/12/2026"), ("Physician", "Perpetua Hollingdrake, MD, Radiation Oncology"),
                      ("Referring", "Oswin Tredgold, MD, Neurosurgery")]),
            H2("History"),
            P("58-year-old man with a left parafalcine meningioma first seen in 2022 (2.6 cm), now 3.4 x 2.9 cm axial and "
              "3.8 cm craniocaudal on MRI 12/29/2025, with new right leg heaviness. Dr. Tredgold discussed resection; "
              "because of the tumour's relation to the superior sagittal sinus he favours radiation. A separate 6 mm "
              "right frontal convexity meningioma has been unchanged for three years."),
            H2("Assessment and plan"),
            BulletList(["Growing symptomatic left parafalcine meningioma, largest dimension 3.8 cm: too large for a "
                        "single fraction next to the sinus and motor strip.",
                        "Hypofractionated stereotactic radiotherapy on the robotic-arm linac, 25 Gy in 5 fractions, "
                        "frameless thermoplastic mask, planning CT with thin-slice MRI fusion.",
                        "The 6 mm right convexity meningioma is asymptomatic and stable: observation only, not "
                        "part of this course.",
                        "Risks reviewed (edema, seizure, fatigue, focal alopecia). Consent obtained."]),
            sig("Perpetua Hollingdrake, MD 01/12/2026"),
        ]], opts=dict(header=head(_c, 3, "04/02/1967"))),
        Doc("2_simulation_note_dictated.txt", text=f"""
ORRINGTON REGIONAL RADIOSURGERY   SIMULATION NOTE   dictated Perpetua Hollingdrake MD   01/20/2026
{patient(3)}   {mrn(3)}

Patient simulated supine head first in a thermoplastic mask on the head cushion, planning C T one point two five millimeter slices, no contrast. The volumetric MRI with gadolinium from January nineteenth was fused to it, fusion reviewed and accepted. Target, the left parafalcine meningioma only, the small right convexity one is being watched and is not contoured as a target. Prescription will be twenty five gray in five fractions. Treatment on the robotic arm linac, start February second, daily.
{FOOT}
"""),
        Doc("3_plan_and_treatment_record.pdf", [
            [H1("Treatment Plan Summary - Hypofractionated SRT"),
             KeyValue([("Unit", "Robotic-arm mounted 6 MV linac, variable aperture collimator"),
                       ("Immobilization", "Thermoplastic head mask"),
                       ("Images", "Planning CT 01/20/2026 + MRI T1+Gd 01/19/2026 (registered)"),
                       ("Planning system", "ORIOLE Robotic Planner 3 (invented)"),
                       ("Tracking", "6D skull tracking, orthogonal kV pair every 45 s")]),
             RuledTable([("Structure", "Volume (cc)", "Rx", "Isodose", "Coverage", "Beams"),
                         ("PTV_Falx (GTV + 1 mm)", "17.6", "25 Gy / 5 fx (5 Gy/fx)", "80%", "97.9%", "182"),
                         ("Mening_R_conv", "0.11", "not a target (observe)", "-", "-", "-")]),
             P("Superior sagittal sinus Dmax 24.1 Gy; left motor strip Dmax 26.8 Gy; brain V24Gy 14.2 cc. Physics "
               "independent calculation and phantom QA (gamma 97.6%) passed 01/29/2026."),
             sig("Perpetua Hollingdrake, MD 01/29/2026"), sig("Reinhold Castellane, MS, DABR 01/29/2026")],
            [H1("Fraction Record and Completion"),
             RuledTable([("Fx", "Date", "Tracking", "Dose (Gy)", "Cum (Gy)", "Notes"),
                         ("1", "02/02/2026", "6D skull, kV", "5", "5", ""),
                         ("2", "02/03/2026", "6D skull, kV", "5", "10", ""),
                         ("3", "02/04/2026", "6D skull, kV", "5", "15", "mild headache"),
                         ("4", "02/05/2026", "6D skull, kV", "5", "20", ""),
                         ("5", "02/06/2026", "6D skull, kV", "5", "25", "completed")]),
             P("Completed 02/06/2026: 3.4 cm left parafalcine meningioma, 25 Gy in 5 fractions, no breaks. MRI in 6 "
               "months with the right convexity meningioma reviewed at the same time."),
             sig("Perpetua Hollingdrake, MD 02/06/2026")],
        ], opts=dict(header=head(_c, 3, "04/02/1967"))),
    ])

# f78_04 -- bundle (5 files): linac FSRT cavity + two new mets in 3 fx; prior LUNG SBRT summary enclosed --------------
_c = "PELLHAM UNIVERSITY HOSPITAL - RADIATION ONCOLOGY"
add(name="f78_04", kind="bundle", codes=["77373", "77435", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("right cerebellar resection cavity", "cranial", S, 27, 3), L("left occipital", "cranial", S, 24, 3),
             L("right frontal", "cranial", S, 24, 3)],
    categories=cats(),
    notes="Five-file referral bundle: a billing cover sheet for 'Course 2 (brain)', the typed consult (post-op right "
          "cerebellar cavity only), a dictated simulation note (planning MRI adds two small new mets: PTV_Lt_Occ and "
          "'lesion 3' right frontal), the plan/fraction record (cavity 27 Gy/3, both new lesions 24 Gy/3), and the "
          "completion summary of an earlier LUNG SBRT course (50 Gy in 5 to the right upper lobe, 2025) enclosed for "
          "reference. Only the brain course is this course: cranial only, 3 fractions, 3 lesions.",
    docs=[
        Doc("0_cover_sheet.txt", text=f"""
PELLHAM UNIVERSITY HOSPITAL - RADIATION ONCOLOGY BILLING
Charge capture cover sheet
Patient: {patient(4)}   MRN: {mrn(4)}
Course: C2 BRAIN FSRT   Dates of service: 05/11/2026 - 05/15/2026
Enclosed: consult 04/22/2026, simulation note 04/29/2026, plan and treatment record C2, prior course C1 summary (for reference only, already billed 2025)
Coder queue: neuro-onc / SRS
{FOOT}
"""),
        Doc("1_consult.pdf", [[
            H1("Radiation Oncology Consultation"),
            KeyValue([("Date", "04/22/2026"), ("Attending", "Gwendolyn Fairweather-Osei, MD"),
                      ("Referring", "Lucan Merriweather, MD, Neurosurgery")]),
            P("63-year-old woman with lung adenocarcinoma treated in 2025 with SBRT to a right upper lobe primary "
              "(50 Gy in 5) and durvalumab, now with a solitary 3.1 cm right cerebellar metastasis resected on "
              "04/08/2026 (gross total). Post-op MRI 04/10/2026: resection cavity 2.6 cm, no other lesions."),
            P("Recommendation: post-operative stereotactic radiotherapy to the resection cavity, 27 Gy in 3 fractions on "
              "the gantry linac with a mask, with a fresh planning MRI at simulation. Consent signed."),
            sig("Gwendolyn Fairweather-Osei, MD 04/22/2026"),
        ]], opts=dict(header=head(_c, 4, "11/05/1962"))),
        Doc("2_simulation_note_dictated.txt", text=f"""
PELLHAM UNIVERSITY HOSPITAL  RADIATION ONCOLOGY  SIMULATION NOTE  (dictated, Gwendolyn Fairweather-Osei MD, 04/29/2026)
{patient(4)}  {mrn(4)}

Simulated today in a thermoplastic S R S mask, one millimeter C T. The planning MRI from this morning was fused, and unfortunately it shows two new enhancing lesions that were not there on April tenth, a six millimeter left occipital lesion and a four millimeter right frontal lesion, the right frontal one is tiny, I'm calling it lesion three on the contour list. Discussed with the patient and her husband. Rather than change to whole brain we will add both new lesions to this course, twenty four gray in three fractions each, with the cavity staying at twenty seven gray in three. Same three sessions, every other day. Consent amended.
{FOOT}
"""),
        Doc("3_plan_and_record.pdf", [
            [H1("C2 Brain FSRT - Plan Summary"),
             KeyValue([("Unit", "Gantry linac, 6 MV FFF, 2.5 mm MLC"), ("Immobilization", "Thermoplastic SRS mask"),
                       ("Images", "Planning CT 04/29/2026 (1 mm) fused with MRI T1+Gd 04/29/2026"),
                       ("Planning system", "TANAGER TPS 9 (invented)"), ("Technique", "Single isocentre, 4 VMAT arcs (3 non-coplanar)")]),
             RuledTable([("Target", "Description", "Vol (cc)", "Rx", "IDL", "V100"),
                         ("PTV_Cav", "R cerebellar resection cavity + 2 mm", "9.84", "27 Gy / 3 fx", "78%", "97.1%"),
                         ("PTV_Lt_Occ", "L occipital met 6 mm + 1 mm", "0.29", "24 Gy / 3 fx", "80%", "99.3%"),
                         ("PTV_L3", "lesion 3, R frontal 4 mm + 1 mm", "0.12", "24 Gy / 3 fx", "80%", "100%")]),
             P("Brainstem Dmax 17.2 Gy; optic chiasm Dmax 3.1 Gy; brain V18Gy 12.6 cc. Plan approved 05/06/2026; "
               "second calculation and portal dosimetry QA passed (98.9%)."),
             sig("Gwendolyn Fairweather-Osei, MD 05/06/2026"), sig("Percival Ngata, MS, Medical Physics 05/06/2026")],
            [H1("C2 Treatment Record"),
             RuledTable([("Fx", "Date", "IGRT", "PTV_Cav", "PTV_Lt_Occ", "PTV_L3"),
                         ("1", "05/11/2026", "CBCT + 6DoF, MD approved", "9 Gy", "8 Gy", "8 Gy"),
                         ("2", "05/13/2026", "CBCT + 6DoF, MD approved", "9 Gy", "8 Gy", "8 Gy"),
                         ("3", "05/15/2026", "CBCT + 6DoF, MD approved", "9 Gy", "8 Gy", "8 Gy"),
                         ("Total", "", "", "27 Gy", "24 Gy", "24 Gy")]),
             P("Course C2 complete 05/15/2026: cavity 27 Gy / 3, both new metastases 24 Gy / 3."),
             sig("Gwendolyn Fairweather-Osei, MD 05/15/2026")],
        ], opts=dict(header=head(_c, 4, "11/05/1962"))),
        Doc("4_prior_course_C1_summary.pdf", [[
            H1("Completion Summary - Course C1 (for reference)"),
            KeyValue([("Course", "C1 RUL SBRT"), ("Dates", "06/02/2025 - 06/12/2025"),
                      ("Target", "Right upper lobe adenocarcinoma, 2.2 cm, PTV_RUL (ITV + 5 mm)"),
                      ("Dose", "50 Gy in 5 fractions (10 Gy/fx), every other day"),
                      ("Unit / imaging", "Gantry linac; 4DCT simulation; CBCT before every fraction"),
                      ("Immobilization", "Vacuum cushion, arms up")]),
            P("Tolerated well; no pneumonitis at 3 months. Billed under C1 (77373 x5, 77435)."),
            sig("Gwendolyn Fairweather-Osei, MD 06/12/2025"),
        ]], opts=dict(header=head(_c, 4, "11/05/1962"))),
    ])

# f78_05 -- dictation (text): cobalt-60 frame thalamotomy for essential tremor (functional target, complex) ----------
add(name="f78_05", kind="dictation", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left VIM thalamus", "cranial", C, 130, 1)],
    categories=cats(),
    notes="Dictated operative report: frame-based cobalt-60 radiosurgical thalamotomy of the left ventral "
          "intermediate nucleus for medication-refractory essential tremor of the dominant right hand (side spoken "
          "'right V I M, scratch that, left'), one 4 mm shot, 130 Gy maximum at the 100% isodose; stereotactic MRI + "
          "CT fused; coordinate check. Functional target: complex (61798). No tumour at all.",
    docs=[Doc("f78_05.txt", text=f"""
ASHCOMBE NEUROLOGICAL INSTITUTE
OPERATIVE REPORT (DICTATED) - NOT PROOFREAD

PATIENT: {patient(5)}     MRN: {mrn(5)}     DOB: 01/22/1948
DATE OF PROCEDURE: 07/08/2026
SURGEON: Fitzgerald Ravenscroft-Ude, MD, Functional Neurosurgery
RADIATION ONCOLOGY: Marisol Abernathy-Kwon, MD
PHYSICS: Tobiah Lindqvist, PhD

PREOPERATIVE DIAGNOSIS: Essential tremor, right upper extremity, refractory to propranolol, primidone and topiramate. Not a candidate for deep brain stimulation or focused ultrasound because of anticoagulation for atrial fibrillation and skull density ratio of zero point three one.
POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: One. Application of stereotactic head frame. Two. Stereotactic MRI and stereotactic CT for targeting. Three. Gamma, I'm sorry, cobalt sixty multi source radiosurgery, right V I M thalamotomy, scratch that, left V I M thalamotomy, she is right handed and the tremor is in the right hand, left ventral intermediate nucleus, single session.

DESCRIPTION: After consent was confirmed the frame was placed under local anesthetic with four pins, the frame set slightly low and to the left. She went to MRI where one millimeter T one volumetric and a two millimeter fast grey matter acquisition T one inversion recovery were done, then to CT for a one millimeter stereotactic CT to correct for distortion, the two were fused in KESTREL-GK, invented. The left V I M was targeted by indirect coordinates, two thirds of the way up the AC PC line, fourteen millimeters lateral to the wall of the third ventricle and eleven point five lateral to midline, adjusted on the FGATIR. A single four millimeter shot was placed with a maximum dose of one hundred thirty gray to the one hundred percent isodose line, the fifty percent line clearing the internal capsule, the twenty percent line not touching the optic tract. Dr Lindqvist checked the frame coordinates at the unit against the plan and did an independent calculation of the treatment time, fifty one point two minutes.

The patient was then positioned and treated in a single session without interruption. Frame removed, pin sites dressed. Complications none. Blood loss nil.

PLAN: Resume apixaban tomorrow. Tremor benefit is expected over six to twelve months. MRI at six and twelve months to look for the expected thalamotomy lesion and any excess edema.

Dictated by Fitzgerald Ravenscroft-Ude, MD 07/08/2026, transcribed 07/09/2026
{FOOT}
""")])

# f78_06 -- bundle (3 files): cobalt-60 MASK 25 Gy/5, residual pituitary adenoma; meningioma watched; 77371/77432 claimed
_c = "THORNBURY CANCER INSTITUTE"
add(name="f78_06", kind="bundle", codes=["77371", "77432", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("residual pituitary adenoma (right cavernous sinus)", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Three-file bundle for a fractionated cobalt-60 course with a thermoplastic mask: consult (residual non-"
          "functioning pituitary macroadenoma in the right cavernous sinus abutting the chiasm; an incidental 8 mm left "
          "frontal meningioma to be observed), plan + five-fraction record (PTV_Sella; 'Mening_obs' not a target; CBCT "
          "and infrared nose-marker monitoring) and a letter to the endocrinologist. Five fractions on a cobalt unit: "
          "77373/77435, so the claimed single-session 77371 and 77432 are wrong; pituitary tumour is complex.",
    docs=[
        Doc("1_consult.pdf", [[
            H1("Consultation - Radiation Oncology"),
            KeyValue([("Date", "08/04/2026"), ("Physician", "Ottilie Brackenbury, MD"),
                      ("Referring", "Hieronymus Tait, MD, Endocrinology; Priscilla Umeadi, MD, Neurosurgery")]),
            P("66-year-old woman, non-functioning pituitary macroadenoma, transsphenoidal resection 11/2024. MRI "
              "07/21/2026 shows growth of residual tumour in the right cavernous sinus (now 2.1 x 1.6 cm) whose "
              "superior margin abuts the right side of the optic chiasm (0-1 mm). Visual fields full. Incidental 8 mm "
              "left frontal convexity meningioma, stable since 2023."),
            P("Plan: fractionated stereotactic radiotherapy on the cobalt-60 radiosurgery unit in its mask configuration "
              "(frameless), 25 Gy in 5 daily fractions, chiasm limited to 25 Gy. The small meningioma is not treated; "
              "it will be followed on the same MRIs."),
            sig("Ottilie Brackenbury, MD 08/04/2026"),
        ]], opts=dict(header=head(_c, 6, "02/17/1960"))),
        Doc("2_plan_and_fractions.pdf", [
            [H1("Stereotactic Plan - Cobalt-60 Unit, Mask Workflow"),
             KeyValue([("Unit", "Cobalt-60 multi-source unit with on-board cone-beam CT and infrared nose-marker motion monitoring"),
                       ("Immobilization", "Thermoplastic mask + head cushion (made 08/11/2026)"),
                       ("Images", "Planning CT 1 mm in the mask 08/11/2026 co-registered with MRI T1+Gd 1 mm 08/10/2026; stereotactic reference CBCT at the unit"),
                       ("Planning system", "KESTREL-GK 4.0 (invented)")]),
             RuledTable([("Structure", "Vol (cc)", "Rx", "IDL", "Shots", "Coverage"),
                         ("PTV_Sella", "3.02", "25 Gy / 5 fx (5 Gy/fx)", "52%", "19", "97.5%"),
                         ("Mening_obs", "0.24", "not a target", "-", "-", "-")]),
             P("Chiasm D0.03cc 23.9 Gy; right optic nerve 21.7 Gy; brainstem 14.2 Gy; right ICA noted. Independent "
               "calculation checked."),
             sig("Ottilie Brackenbury, MD 08/14/2026"), sig("Wendell Okafor-Bright, PhD 08/14/2026")],
            [H1("Fraction Record"),
             RuledTable([("Fx", "Date", "CBCT match (mm)", "Motion (nose marker)", "Delivered"),
                         ("1", "08/17/2026", "0.6", "< 0.8 mm", "5 Gy"),
                         ("2", "08/18/2026", "0.4", "< 0.6 mm", "5 Gy"),
                         ("3", "08/19/2026", "0.7", "< 0.9 mm", "5 Gy"),
                         ("4", "08/20/2026", "0.5", "< 0.5 mm", "5 Gy"),
                         ("5", "08/21/2026", "0.5", "< 0.7 mm", "5 Gy")]),
             sig("Ottilie Brackenbury, MD 08/21/2026")],
        ], opts=dict(header=head(_c, 6, "02/17/1960"))),
        Doc("3_letter_endocrinology.txt", text=f"""
THORNBURY CANCER INSTITUTE - Radiation Oncology
August 24, 2026

Dear Dr Tait,

Re: {patient(6)}, MRN {mrn(6)}

Thank you for referring Mrs Seventyeightpatient. She completed fractionated stereotactic radiotherapy to the residual adenoma in the right cavernous sinus on August 21: twenty five gray in five sessions of five gray on our cobalt unit in a mask. She tolerated it well apart from tiredness. The small left frontal meningioma was not treated and will be watched. I would be grateful if you could continue her pituitary function checks every six months; we will repeat the MRI and formal visual fields in six months.

Yours sincerely,
Ottilie Brackenbury, MD (dictated, signed 08/25/2026)
{FOOT}
"""),
    ])

# f78_07 -- EHR text: linac SRS, "all five" lesions, orbital apex (optic) + dorsal pons complex; no IGRT/QA ----------
add(name="f78_07", kind="ehr_text", codes=["77372", "77432", "61798", "61799", "61797"],
    facts=F("linac", ["cranial"], 5, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right orbital apex", "cranial", C, 14, 1), L("dorsal pons", "cranial", C, 15, 1),
             L("left frontal", "cranial", S, 20, 1), L("right parietal", "cranial", S, 20, 1),
             L("left occipital", "cranial", S, 20, 1)],
    categories=cats(delivery_verification=False),
    notes="EHR text export of a melanoma SRS procedure note: 'all five' lesions in one linac session, mask, CT + MRI. "
          "The right orbital apex lesion is 2 mm from the right optic nerve and one is in the dorsal pons (both complex); "
          "'the remaining three' simple ones are listed only by site with 20 Gy each. 61798 + 61799 + 61797 all fit. "
          "Nothing on image guidance, tracking or QA at delivery.",
    docs=[Doc("f78_07.txt", text=f"""
WILLOWMERE MEDICAL CENTER | EHR DOCUMENT EXPORT
Document type: Procedure Note - Radiation Oncology      Status: Signed
Patient: {patient(7)} | MRN: {mrn(7)} | DOB: 12/09/1970 | Encounter: OP-26-0915-771
Author: Leontyne Carraway-Moss, MD | Service date: 09/15/2026 | Signed: 09/15/2026 17:44
--------------------------------------------------------------------------------
PROCEDURE: Stereotactic radiosurgery, single fraction, 5 intracranial targets
INDICATION: Metastatic cutaneous melanoma, BRAF wild type, progressing brain disease after ipilimumab/nivolumab. ECOG 1.

IMAGING / SIMULATION: Thermoplastic SRS mask and 1 mm planning CT on 09/09/2026; MRI brain with contrast 09/08/2026 (3D T1, 1 mm) fused for contouring.

TARGETS: all five lesions on the 09/08 MRI were contoured and treated:
 - Right orbital apex, 9 mm, 2 mm from the right optic nerve (optic nerve Dmax 8.9 Gy): 14 Gy
 - Dorsal pons (within the brainstem), 5 mm: 15 Gy
 - The remaining three (left frontal 12 mm, right parietal 7 mm, left occipital 5 mm): 20 Gy each
All prescribed to the 80% isodose line; single isocenter, 6 non-coplanar dynamic conformal arcs; planning in TANAGER TPS 9 (invented).

DELIVERY: 6 MV FFF gantry linac, one session, 09/15/2026, beam on 14:05-14:37. Patient tolerated well.

PLAN: Dexamethasone 4 mg x 3 days. MRI 6 weeks. Ophthalmology baseline exam booked.
--------------------------------------------------------------------------------
{FOOT}
""")])

# f78_08 -- bundle (2 files): gantry-linac SRT of a glomus jugulare down to C1, 25 Gy/5 (skull base, complex) --------
_c = "CALDERBANK SKULL BASE CENTER"
add(name="f78_08", kind="bundle", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("right glomus jugulare paraganglioma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Three-file bundle: a dictated consult, a dictated simulation note and a two-page treatment summary of a right glomus jugulare "
          "paraganglioma (jugular foramen, extending down to the C1 lateral mass) treated with 25 Gy in 5 on a gantry "
          "linac in a mask. Skull base, not spine, despite C1; glomus tumour is complex. A 2019 catheter angiogram at "
          "embolization is historical (not imaging for this course).",
    docs=[
        Doc("1_consult_dictated.txt", text=f"""
CALDERBANK SKULL BASE CENTER - RADIATION ONCOLOGY CONSULT (dictated)
Patient {patient(8)}   MRN {mrn(8)}   DOB 03/03/1958   Date 10/05/2026
Physician: Evander Quist-Holloway, MD      Referring: Ysolde Marchbank, MD, Neurotology

Mrs Seventyeightpatient is a sixty eight year old woman with a right glomus jugulare paraganglioma, Fisch C two, diagnosed in twenty nineteen when she had pre operative embolization and a catheter angiogram followed by a subtotal resection. The residual has grown slowly, the MRI and C T temporal bones of September twenty second show a three point one by two point two centimeter mass centered on the right jugular foramen, extending into the hypoglossal canal and inferiorly along the jugular vein to the level of the C one lateral mass, it does not enter the spinal canal. She has pulsatile tinnitus and mild right tongue deviation. No hoarseness.

Assessment, progressive residual glomus jugulare, skull base. Recommendation, fractionated stereotactic radiotherapy, twenty five gray in five fractions on the gantry linac, thermoplastic mask, planning C T and MRI fusion, we talked about the risk to the lower cranial nerves and hearing. She agrees. Signed consent.
{FOOT}
"""),
        Doc("2_simulation_note.txt", text=f"""
CALDERBANK SKULL BASE CENTER   SIMULATION   10/13/2026
{patient(8)}   {mrn(8)}   Evander Quist-Holloway, MD (dictated)

Simulated supine in a thermoplastic head and neck mask with the shoulders down, planning C T one millimeter with I V contrast from the vertex to C four, the MRI from yesterday, T one with gadolinium and a heavily T two weighted sequence, fused and checked at the skull base. Target is the right glomus from the jugular foramen down along the jugular bulb to the level of the C one lateral mass, it stays outside the spinal canal and outside the dura of the cervical cord. No separate nodal or cervical spine targets. Twenty five gray in five.
{FOOT}
"""),
        Doc("3_treatment_summary.pdf", [
            [H1("Stereotactic Radiotherapy - Treatment Summary"),
             KeyValue([("Diagnosis", "Residual right glomus jugulare paraganglioma (D44.7), jugular foramen to C1 level"),
                       ("Unit", "Gantry linac 6 MV FFF, HD MLC, 6DoF couch"),
                       ("Immobilization", "Thermoplastic head-and-neck mask"),
                       ("Simulation", "Planning CT 10/13/2026 1 mm with contrast, fused with MRI 10/12/2026 (T1+Gd, T2 FIESTA)"),
                       ("Planning", "TANAGER TPS 9 (invented); 2 VMAT arcs + 1 couch-kick arc"),
                       ("Target", "PTV_GlomusR = GTV + 1 mm, 9.6 cc"),
                       ("Prescription", "25 Gy in 5 fractions to the 82% isodose; V100 96.4%")]),
             TextTable([("OAR", "D0.03cc"), ("Brainstem", "21.9 Gy"), ("Spinal cord (C1)", "14.0 Gy"),
                        ("Right cochlea (mean)", "11.2 Gy")], columns=(0, 220)),
             P("Physics second calculation and patient-specific QA (98.1%) passed 10/19/2026.")],
            [H2("Treatment delivered"),
             RuledTable([("Fx", "Date", "Imaging", "Dose"),
                         ("1", "10/21/2026", "CBCT, approved", "5 Gy"), ("2", "10/22/2026", "CBCT, approved", "5 Gy"),
                         ("3", "10/23/2026", "CBCT, approved", "5 Gy"), ("4", "10/26/2026", "CBCT, approved", "5 Gy"),
                         ("5", "10/27/2026", "CBCT, approved", "5 Gy")]),
             P("Total 25 Gy in 5 fractions to the right glomus jugulare, completed 10/27/2026. Mild dysphagia, no new "
               "cranial nerve deficits. MRI in 6 months."),
             sig("Evander Quist-Holloway, MD 10/27/2026"), sig("Marguerite Osei-Lindgren, MS, DABR 10/27/2026")],
        ], opts=dict(header=head(_c, 8, "03/03/1958"))),
    ])

# f78_09 -- bundle (2 files): cobalt-60 frame AVM with angiography; dose "twenty two, scratch that, twenty" ---------
_c = "FENWICK HILL NEUROSURGERY"
add(name="f78_09", kind="bundle", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI", "angiography"], ["frame"]),
    lesions=[L("right parietal AVM nidus", "cranial", C, 20, 1)],
    categories=cats(),
    notes="Four-file bundle: consult (historical CT angiography and catheter angiogram at diagnosis), dictated procedure note, dose-plan printout and a discharge note for frame-based cobalt-60 radiosurgery of a right parietal AVM "
          "(Spetzler-Martin II, nidus 2.4 cm): stereotactic MRI, CT and biplane angiography in the frame; dose "
          "dictated 'twenty two, scratch that, twenty gray' at the 50% isodose (plan: 20 Gy). AVM: complex.",
    docs=[
        Doc("0_consult.pdf", [[
            H1("Cerebrovascular Clinic - Consultation"),
            KeyValue([("Date", "09/22/2026"), ("Neurosurgery", "Casimir Wolstenholme, MD"),
                      ("Radiation oncology", "Adaeze Porter-Lund, MD")]),
            P("35-year-old man, first generalized seizure 06/2026. MRI and CT angiography at the referring hospital and a "
              "catheter angiogram here on 07/30/2026 show an unruptured right parietal AVM, nidus 2.4 cm, superficial "
              "venous drainage into the superior sagittal sinus, no aneurysm. Spetzler-Martin II (size 1, eloquence 1, "
              "drainage 0)."),
            P("Options discussed: observation, microsurgical resection, radiosurgery. He prefers radiosurgery and accepts "
              "the 2-3 year latency to obliteration and the risk of bleeding in the meantime."),
            P("Plan: single-session frame-based radiosurgery on the cobalt-60 unit with same-day stereotactic MRI, CT and "
              "angiography; marginal dose about 20-22 Gy. Levetiracetam to continue."),
            sig("Casimir Wolstenholme, MD 09/22/2026"),
        ]], opts=dict(header=head(_c, 9, "05/19/1991"))),
        Doc("1_procedure_note_dictated.txt", text=f"""
FENWICK HILL NEUROSURGERY - RADIOSURGERY PROCEDURE NOTE (voice recognition, please excuse errors)
{patient(9)}   {mrn(9)}   DOB 05/19/1991   Date 11/10/2026
Surgeon Casimir Wolstenholme MD   Radiation oncologist Adaeze Porter-Lund MD   Physicist Rutger Vandermeer PhD

Indication, thirty five year old man with a right parietal arteriovenous malformation found after a first generalized seizure in June, Spetzler Martin grade two, nidus two point four centimeters, superficial venous drainage, no prior hemorrhage, he and the cerebrovascular team chose radiosurgery over resection.

Procedure. Frame applied under local with four pins. Stereotactic MRI with contrast, stereotactic C T, and then stereotactic biplane digital subtraction angiography in the angio suite with the localizer, all three data sets registered in KESTREL G K, invented. The nidus was outlined on the angiogram and on the MRI, excluding the draining vein. Dose twenty two gray, scratch that, twenty gray to the fifty percent isodose line, max forty gray, nine shots, twelve gray volume eight point four C C. Frame coordinates verified by Dr Vandermeer, second calculation done. Delivered in one session, sixty two minutes, no problems. Frame off, pin sites fine. Keppra continues. MRI at six months, angiogram at three years.

Casimir Wolstenholme MD, dictated 11/10/2026
{FOOT}
"""),
        Doc("2_dose_plan.pdf", [[
            H1("Dose Plan Summary - AVM Radiosurgery"),
            KeyValue([("Patient", f"{patient(9)} ({mrn(9)})"), ("Date", "11/10/2026, 1 session"),
                      ("Unit", "Cobalt-60 multi-source unit"), ("Fixation", "Stereotactic frame"),
                      ("Imaging", "Stereotactic MRI + CT + biplane DSA (frame-registered), 11/10/2026")]),
            RuledTable([("Target", "Vol (cc)", "Rx", "IDL", "Max", "Shots", "Coverage"),
                        ("Nidus_RPar", "4.1", "20 Gy", "50%", "40 Gy", "9", "96.8%")]),
            P("V12Gy (brain incl. target) 8.4 cc. Optic apparatus, brainstem not near the target. Coordinates checked, "
              "independent time calculation agreed to 1.1%."),
            sig("Rutger Vandermeer, PhD 11/10/2026"), sig("Adaeze Porter-Lund, MD 11/10/2026"),
            sig("Casimir Wolstenholme, MD 11/10/2026"),
        ]], opts=dict(header=head(_c, 9, "05/19/1991"))),
        Doc("3_discharge_note.txt", text=f"""
FENWICK HILL NEUROSURGERY - DAY CASE DISCHARGE NOTE   11/10/2026 15:20
{patient(9)}   {mrn(9)}
Procedure today: radiosurgery for right parietal AVM (1 target). Frame removed 12:05. Pin sites clean, small dressing. Mild headache, paracetamol. Observations stable. Discharged home with partner. Instructions: wash hair from tomorrow, keep taking levetiracetam, call for severe headache, new weakness or seizure. Clinic with MRI in 6 months.
R. Halloran, RN
{FOOT}
"""),
    ])

# f78_10 -- bundle (3 files): robotic-arm linac single session, 3 lesions; letter says "both lesions" (CONTRADICTION) --
_c = "GLASSFORD RADIATION ONCOLOGY"
add(name="f78_10", kind="bundle", codes=["G0339", "77432", "61796", "61797"],
    facts=F("robotic_linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left temporal", "cranial", S, 20, 1), L("right frontal", "cranial", S, 20, 1),
             L("right cerebellar", "cranial", S, 18, 1)],
    categories=cats(),
    contradiction="The dictated letter to the referring oncologist says both (two) lesions were treated with 20 Gy, "
                  "while the plan and the treatment record list three targets (the third, right cerebellar, 18 Gy).",
    notes="Three-file bundle: consult (two metastases from renal cell carcinoma), plan/treatment record of a single "
          "session on a robotic-arm linac with skull tracking listing three targets (a right cerebellar lesion added "
          "on the planning MRI), and a dictated letter written from the consult saying 'both lesions' got 20 Gy. "
          "Gold follows the treatment record: three lesions.",
    docs=[
        Doc("1_consult.txt", text=f"""
GLASSFORD RADIATION ONCOLOGY - CONSULTATION
Patient: {patient(10)}   MRN: {mrn(10)}   DOB: 07/27/1956   Date: 12/01/2026
Physician: Seraphina Kettlewell, MD    Referring: Augustin Bellweather, MD (Medical Oncology)

History: 70-year-old man with clear cell renal cell carcinoma (nephrectomy 2023, lung metastases on cabozantinib). Staging MRI brain 11/24/2026: two metastases, left temporal 1.3 cm and right frontal 8 mm. Neurologically intact. KPS 90.

Plan: single-session radiosurgery on the robotic-arm linac, thermoplastic mask, 20 Gy to each lesion. Planning CT with a fresh thin-slice MRI. Hold cabozantinib 1 week around treatment. Consent signed.

Seraphina Kettlewell, MD
{FOOT}
"""),
        Doc("2_plan_and_treatment.pdf", [[
            H1("Robotic Radiosurgery - Plan and Treatment Record"),
            KeyValue([("Unit", "Robotic-arm mounted 6 MV linac"), ("Immobilization", "Thermoplastic mask"),
                      ("Images", "Planning CT 12/08/2026 (0.6 mm) + MRI T1+Gd 12/08/2026, registered"),
                      ("Planning", "ORIOLE Robotic Planner 3 (invented); fixed cones 7.5/10/12.5 mm"),
                      ("Tracking", "6D skull tracking, kV pair every 30-60 s, corrections applied by the robot")]),
            P("Planning MRI 12/08/2026 shows a new 5 mm right cerebellar lesion, added as target 3 after discussion with "
              "the patient (consent amended)."),
            RuledTable([("#", "Target", "Size", "Rx (Gy x fx)", "Isodose", "Beams", "Coverage"),
                        ("1", "L temporal", "13 mm", "20 x 1", "78%", "121", "98.2%"),
                        ("2", "R frontal", "8 mm", "20 x 1", "80%", "88", "99.1%"),
                        ("3", "R cerebellar (new)", "5 mm", "18 x 1", "80%", "64", "99.6%")]),
            P("Brainstem D0.03cc 7.4 Gy. Physics: independent MU check and film QA passed 12/10/2026."),
            sig("Seraphina Kettlewell, MD 12/10/2026 (plan approval)"),
        ], [
            H1("Treatment Record"),
            RuledTable([("Date", "Session", "Targets delivered", "Tracking corrections"),
                        ("12/14/2026", "1 of 1", "1, 2, 3 (all)", "max 0.8 mm / 0.5 deg")]),
            sig("Seraphina Kettlewell, MD 12/14/2026"), sig("Horatio Bankole, MS, DABR 12/14/2026"),
        ]], opts=dict(header=head(_c, 10, "07/27/1956"))),
        Doc("3_letter_dictated.txt", text=f"""
GLASSFORD RADIATION ONCOLOGY
December 16, 2026

Augustin Bellweather, MD
Medical Oncology

RE: {patient(10)}   MRN {mrn(10)}

Dear Augustin, a quick note to let you know that Mr Seventyeightpatient had his radiosurgery on December fourteenth on the robotic linac in a single session, both lesions, the left temporal and the right frontal, were treated with twenty gray. He tolerated it without any problem and may restart cabozantinib on the twenty first. We will image him in eight weeks.

Best wishes, Seraphina Kettlewell, MD (dictated, not read)
{FOOT}
"""),
    ])

# f78_11 -- bundle (3 files): cobalt-60 frame, vestibular schwannoma + convexity meningioma; 61799 claimed (wrong) ---
_c = "HAVERSHAM RADIOSURGERY CENTER"
add(name="f78_11", kind="bundle", codes=["77371", "77432", "61798", "61799", "61800"],
    facts=F("cobalt60", ["cranial"], 2, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left vestibular schwannoma", "cranial", C, 12, 1), L("right frontal convexity meningioma", "cranial", S, 14, 1)],
    categories=cats(),
    notes="Three-file bundle: joint consult, dose plan and a dictated completion note for one frame-based cobalt-60 "
          "session treating a left vestibular schwannoma (complex by type, 12 Gy) and a 2.1 cm right frontal convexity "
          "meningioma (simple: meningioma under 3.5 cm and away from the optic apparatus, 14 Gy). Mixed set: 61798 + "
          "61797; the claimed 61799 (a second complex lesion) is wrong.",
    docs=[
        Doc("1_consult.pdf", [[
            H1("Joint Neurosurgery / Radiation Oncology Consultation"),
            KeyValue([("Date", "01/18/2027"), ("Physicians", "Leopoldine Ashgrove, MD (NSGY); Barnabas Ojukwu-Fenn, MD (Rad Onc)")]),
            P("54-year-old woman with progressive left-sided hearing loss. MRI 01/04/2027: left vestibular schwannoma "
              "1.6 cm (Koos II) and a 2.1 cm right frontal convexity meningioma that has grown 4 mm in two years with "
              "some adjacent edema. Both are suitable for radiosurgery and can be done in the same session with one "
              "frame placement."),
            P("Plan: frame-based radiosurgery on the cobalt-60 unit, 12 Gy marginal to the schwannoma and 14 Gy to the "
              "meningioma, both at the 50% isodose. Stereotactic MRI and CT on the day."),
            sig("Barnabas Ojukwu-Fenn, MD 01/18/2027"),
        ]], opts=dict(header=head(_c, 11, "10/10/1972"))),
        Doc("2_dose_plan.pdf", [[
            H1("Dose Plan"),
            KeyValue([("Date", "02/02/2027 (single session)"), ("Unit", "Cobalt-60 multi-source unit"),
                      ("Fixation", "Stereotactic frame, 4 pins, local anesthesia"),
                      ("Imaging", "Stereotactic MRI (T1+Gd 1 mm, CISS) + stereotactic CT 1 mm, co-registered 02/02/2027"),
                      ("Planning", "KESTREL-GK 4.0 (invented)")]),
            RuledTable([("Target", "Diameter", "Vol (cc)", "Rx", "IDL", "Shots", "Coverage"),
                        ("VS_Lt", "16 mm", "0.92", "12 Gy", "50%", "11", "98.3%"),
                        ("Mening_RFr", "21 mm", "3.35", "14 Gy", "50%", "14", "97.6%")]),
            TextTable([("OAR", "Dose"), ("L cochlea mean", "3.6 Gy"), ("Brainstem max", "10.9 Gy"),
                       ("Chiasm max", "2.0 Gy")], columns=(0, 200)),
            sig("Barnabas Ojukwu-Fenn, MD 02/02/2027 (plan approved)"),
        ], [
            H1("Delivery Record"),
            RuledTable([("Check", "Result"),
                        ("Frame co-ordinates, 25 shots (11 VS_Lt, 14 Mening_RFr)", "verified against plan"),
                        ("Independent treatment-time calculation", "agreed within 1.4%"),
                        ("Treatment start / end", "11:02 / 12:19, no interruption"),
                        ("Frame removed", "12:31")]),
            sig("Elspeth Magnusson-Oyel, PhD 02/02/2027"), sig("Barnabas Ojukwu-Fenn, MD 02/02/2027"),
        ]], opts=dict(header=head(_c, 11, "10/10/1972"))),
        Doc("3_completion_note_dictated.txt", text=f"""
HAVERSHAM RADIOSURGERY CENTER   COMPLETION NOTE (dictated)   02/02/2027
{patient(11)}   {mrn(11)}

Radiosurgery today in one session under the frame, both targets treated, the left acoustic neuroma twelve gray and the right frontal meningioma fourteen gray, fifty percent isodose for both. Uneventful, frame off, home with her husband. Audiogram and MRI in six months.
Barnabas Ojukwu-Fenn, MD
{FOOT}
"""),
    ])


# ==================================================================================================
# Spine
# ==================================================================================================

# f78_12 -- bundle (3 files): C2 (dens + C1 arch) SBRT 24 Gy/3 beside the medulla; 61796 claimed (wrong) -----------
_c = "BRACKENRIDGE SPINE & ONCOLOGY"
add(name="f78_12", kind="bundle", codes=["77373", "77435", "63620", "61796"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("C2 body and dens (into C1 anterior arch)", "spinal", None, 24, 3)],
    categories=cats(),
    notes="Four-file bundle: dictated consult, simulation note, plan (PTV_C2; brainstem/medulla and cord as OARs) and completion summary "
          "of SBRT to a renal-cell metastasis of the C2 body and dens extending into the C1 anterior arch, 24 Gy in 3 "
          "on a gantry linac in a head-neck-shoulder mask. One spinal lesion despite the brainstem and 'head' wording; "
          "the claimed 61796 (cranial lesion) is wrong.",
    docs=[
        Doc("1_consult_dictated.txt", text=f"""
BRACKENRIDGE SPINE AND ONCOLOGY - RADIATION ONCOLOGY CONSULT - dictated 02/09/2026
Patient {patient(12)}  MRN {mrn(12)}  DOB 08/08/1959
Attending Rosalind Achebe-Thorne MD, referred by Jonas Pettigrew MD neurosurgery

Sixty six year old man with metastatic clear cell renal carcinoma, new upper neck pain worse on rotation. MRI of the cervical spine and C T on February second, an expansile lytic lesion of the C two body and dens with extension into the anterior arch of C one, no epidural compression, Bilsky one A, SINS nine, potentially unstable, Dr Pettigrew does not recommend fixation at this point and has fitted a soft collar. Brain MRI is clear. Renal cell is radioresistant so I recommend stereotactic body radiotherapy to C two, twenty four gray in three fractions, with the brain stem and medulla and the cord as the limiting structures, in a long thermoplastic head neck and shoulder mask. He agrees.
{FOOT}
"""),
        Doc("2_simulation_note.txt", text=f"""
BRACKENRIDGE SPINE AND ONCOLOGY - SIMULATION NOTE 02/12/2026
{patient(12)}  {mrn(12)}  (dictated, R. Achebe-Thorne MD)
Supine, long thermoplastic mask over head, neck and shoulders, collar off for the scan with neurosurgery's agreement. Planning C T one millimeter skull base to T three, and a same day MRI of the cervical spine in the treatment position, T one, T two and STIR, fused to the C T. One target, the C two lesion with the dens and the C one anterior arch in continuity. Brain stem, medulla and cord contoured from the MRI. Plan for twenty four gray in three.
{FOOT}
"""),
        Doc("3_plan.pdf", [[
            H1("Spine SBRT Plan"),
            KeyValue([("Target", "PTV_C2 (C2 body, dens, C1 anterior arch); GTV + CTV per consensus contouring; 31.8 cc"),
                      ("Prescription", "24 Gy in 3 fractions (8 Gy/fx) to cover 90% of PTV"),
                      ("Unit", "Gantry linac 6 MV FFF, HD MLC, 6DoF couch"),
                      ("Immobilization", "Long thermoplastic head-neck-shoulder mask"),
                      ("Images", "Planning CT 02/12/2026 1 mm, fused with MRI C-spine 02/12/2026 (T1, T2, STIR)"),
                      ("Planning system", "WREN Spine 2 (invented); 2 coplanar VMAT arcs")]),
            TextTable([("OAR", "Constraint", "Achieved"), ("Spinal cord D0.03cc", "< 21.9 Gy", "19.8 Gy"),
                       ("Brainstem / medulla D0.03cc", "< 23.1 Gy", "17.4 Gy"), ("Oral cavity mean", "-", "4.2 Gy")],
                      columns=(0, 200, 320)),
            P("Physics check: independent calculation and ArcCHECK-type QA (invented device) 97.9% passed."),
            sig("Rosalind Achebe-Thorne, MD 02/16/2026"), sig("Dorian Falkenrath, MS, DABR 02/16/2026"),
        ]], opts=dict(header=head(_c, 12, "08/08/1959"))),
        Doc("4_completion_summary.pdf", [[
            H1("Completion Summary"),
            P("Spine SBRT to the C2 metastasis (including the dens and C1 anterior arch): 24 Gy in 3 fractions, "
              "02/18/2026, 02/20/2026 and 02/23/2026. Before each fraction a CBCT was matched to the vertebral body and "
              "6D shifts approved by the physician; intrafraction kV checks between arcs. Neck pain improved by the "
              "third fraction. Mild sore throat. Follow-up with C-spine MRI in 3 months."),
            sig("Rosalind Achebe-Thorne, MD 02/23/2026"),
        ]], opts=dict(header=head(_c, 12, "08/08/1959"))),
    ])

# f78_13 -- bundle (3 files): S2 + right 9th rib SBRT 30/35 Gy in 5, L1 dropped; scanned sim note; 63621 claimed ----
_c = "LYNDALE CANCER CARE"
add(name="f78_13", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["body", "spinal"], 2, 5, ["CT", "MRI", "PET"], []),
    lesions=[L("S2 sacral", "spinal", None, 30, 5), L("right 9th rib", "body", None, 35, 5)],
    categories=cats(positioning=False),
    notes="Three-file bundle for oligometastatic breast cancer: a dictated consult plans SBRT to 'three sites' (S2, "
          "right ninth rib, L1); a scanned simulation note drops L1 (conventional RT there in 2025, observe) and fuses "
          "the staging PET-CT and a sacral MRI; the on-treatment/completion note treats 'the remaining two' (S2 30 Gy/5, rib 35 "
          "Gy/5). Sacrum is spine, rib is body: sites body + spinal, one spinal lesion, so the claimed 63621 is wrong. "
          "No immobilization device is named (tattoos and a flat couch only).",
    docs=[
        Doc("1_consult_dictated.txt", text=f"""
LYNDALE CANCER CARE   RADIATION ONCOLOGY   CONSULT NOTE   DICTATED 03/02/2026
{patient(13)}   {mrn(13)}   DOB 12/12/1966   Physician Cordelia Wainscott MD

Fifty nine year old woman with E R positive breast cancer treated in twenty twenty one, now with oligometastatic bone disease on the PET C T of February sixteenth, three sites, the S two segment of the sacrum with extension toward the left S one foramen, the right ninth rib posterolaterally, and L one, and nothing else. L one was treated with conventional radiotherapy last year, twenty gray in five, for pain, so I need to look at cord dose before deciding on that one. My recommendation is S B R T to all three sites if the cumulative dose allows it, thirty to thirty five gray in five fractions, on the linac, with a planning MRI of the sacrum. Discussed, she wishes to go ahead.
{FOOT}
"""),
        Doc("2_simulation_note_scanned.pdf", [[
            H1("CT Simulation Note"),
            KeyValue([("Date", "03/09/2026"), ("Physician", "Cordelia Wainscott, MD")]),
            P("Supine on a flat couch top, arms resting on chest, no immobilization device; setup reproduced with three "
              "tattoos. Planning CT 2 mm from T10 to the coccyx. Fused with the PET-CT of 02/16/2026 and with MRI sacrum "
              "03/06/2026 for contouring."),
            P("L1: after summing the 2025 course the cord could not safely take an ablative dose. L1 will NOT be treated "
              "in this course and will be observed with imaging. Targets for this course: S2 and the right 9th rib only."),
            sig("Cordelia Wainscott, MD 03/09/2026"),
        ]], opts=dict(header=head(_c, 13, "12/12/1966"), scan=True, scan_dpi=150, scan_skew=1.4, scan_noise=8.0)),
        Doc("3_treatment_and_completion.pdf", [
            [H1("SBRT Plan and Treatment Record"),
             KeyValue([("Unit", "Gantry linac 6 MV FFF"), ("Planning", "TANAGER TPS 9 (invented); VMAT, 2 arcs per isocentre"),
                       ("Targets", "PTV_S2 30 Gy/5 (6 Gy/fx); PTV_Rib9R 35 Gy/5 (7 Gy/fx); both D90 >= Rx")]),
             TextTable([("OAR", "Achieved"), ("Cauda equina D0.03cc", "27.1 Gy"), ("Sacral plexus", "29.3 Gy"),
                        ("Bowel D5cc", "18.2 Gy"), ("Liver mean", "2.6 Gy")], columns=(0, 200)),
             RuledTable([("Fx", "Date", "CBCT", "PTV_S2", "PTV_Rib9R"),
                         ("1", "03/16/2026", "matched, approved", "6 Gy", "7 Gy"),
                         ("2", "03/18/2026", "matched, approved", "6 Gy", "7 Gy"),
                         ("3", "03/20/2026", "matched, approved", "6 Gy", "7 Gy"),
                         ("4", "03/23/2026", "matched, approved", "6 Gy", "7 Gy"),
                         ("5", "03/25/2026", "matched, approved", "6 Gy", "7 Gy")]),
             P("Physics second check and QA passed 03/12/2026.")],
            [H1("Completion Note (dictated)"),
             P("The remaining two sites from her original three were treated as planned, the sacral lesion at S two to "
               "thirty gray in five and the right ninth rib to thirty five gray in five, finishing March twenty fifth. "
               "L one is being observed. Mild fatigue only. PET C T in three months."),
             sig("Cordelia Wainscott, MD 03/25/2026")],
        ], opts=dict(header=head(_c, 13, "12/12/1966"))),
    ])

# f78_14 -- bundle (3 files): robotic spine SRS single fraction, T11 with paraspinal extension + L4 -------------------
_c = "MOORCROFT ROBOTIC RADIOSURGERY"
add(name="f78_14", kind="bundle", codes=["G0339", "77435", "63620", "63621"],
    facts=F("robotic_linac", ["spinal"], 2, 1, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T11 with right paraspinal extension", "spinal", None, 16, 1), L("L4", "spinal", None, 18, 1)],
    categories=cats(),
    notes="Three-file bundle: dictated consult, robotic plan report and on-treatment note for a single-fraction spine "
          "radiosurgery to two levels on a robotic-arm linac (fiducial-free spine tracking, vacuum cushion). T11 is "
          "contoured as two GTVs (bone and right paraspinal soft-tissue component) in one PTV_T11: still one lesion; "
          "L4 is 'level 2'. Two spinal lesions; 77435 and 63621 fit.",
    docs=[
        Doc("1_consult_dictated.txt", text=f"""
MOORCROFT ROBOTIC RADIOSURGERY - CONSULTATION (dictated 04/06/2026, transcribed 04/07/2026)
{patient(14)}   {mrn(14)}   DOB 06/06/1952   Physician: Florian Abercrombie-Nwosu, MD

Seventy three year old man with metastatic melanoma on relatlimab and nivolumab, two painful spinal metastases, T eleven with a right paraspinal soft tissue component of about three centimeters that wraps the right costovertebral junction and abuts the right T eleven nerve root without epidural compression, and L four, a purely osseous lesion in the left vertebral body. No other bone disease on the PET. Melanoma is radioresistant and both spots are still oligo, so single fraction spine radiosurgery to both levels on the robotic linac, sixteen gray to T eleven including the paraspinal part and eighteen gray to L four, one session, he'll lie in a vacuum cushion, C T myelogram is not needed as the MRI shows the cord and thecal sac clearly.
{FOOT}
"""),
        Doc("2_plan_report.pdf", [[
            H1("Robotic Spine Radiosurgery - Plan Report"),
            KeyValue([("Unit", "Robotic-arm mounted 6 MV linac, variable aperture"),
                      ("Immobilization", "Full-length vacuum cushion"),
                      ("Tracking", "Fiducial-free spine tracking (orthogonal kV), every 30-60 s"),
                      ("Images", "Planning CT 04/13/2026 1 mm + MRI T/L spine 04/13/2026 (T1, T2, T1+Gd), registered"),
                      ("Planning", "ORIOLE Robotic Planner 3 (invented)")]),
            RuledTable([("Structure", "Components", "Vol (cc)", "Rx", "IDL", "Coverage"),
                        ("PTV_T11", "GTV_T11_bone + GTV_T11_paraspinal + 2 mm", "64.2", "16 Gy x 1", "76%", "91.4%"),
                        ("PTV_L4 (level 2)", "GTV_L4 + CTV", "22.7", "18 Gy x 1", "80%", "93.8%")]),
            TextTable([("OAR", "Dmax"), ("Spinal cord (T11)", "11.6 Gy"), ("Cauda equina (L4)", "14.9 Gy"),
                       ("Right kidney V8Gy", "9%")], columns=(0, 200)),
            P("Two isocentres; 237 beams."),
        ], [
            H1("Physics Review and QA"),
            BulletList(["Contours reviewed: GTV_T11_bone and GTV_T11_paraspinal are one lesion (T11) and are "
                        "planned as one target, PTV_T11; PTV_L4 is level 2.",
                        "Cord and cauda equina contoured on the registered MRI; constraints met.",
                        "Independent dose calculation agreed within 2.1% at each isocentre.",
                        "Film QA in the head-and-body phantom: gamma 2%/1 mm 96.4%, passed.",
                        "Tracking model: spine tracking, 81-node grid T10-L5."], numbered=True),
            sig("Florian Abercrombie-Nwosu, MD 04/16/2026"), sig("Thomasina Reeve-Adjei, MS 04/16/2026"),
        ]], opts=dict(header=head(_c, 14, "06/06/1952"))),
        Doc("3_treatment_note.txt", text=f"""
MOORCROFT ROBOTIC RADIOSURGERY - TREATMENT NOTE 04/20/2026
{patient(14)}  {mrn(14)}
Single session delivered today to both levels, T11 (bone and paraspinal component, one target) 16 Gy and L4 18 Gy, vacuum cushion, spine tracking with corrections under 1 mm throughout. 92 minutes, tolerated well, dexamethasone 4 mg given. Follow-up in 6 weeks with MRI.
Florian Abercrombie-Nwosu, MD
{FOOT}
"""),
    ])


# ==================================================================================================
# Body
# ==================================================================================================

# f78_15 -- bundle (4 files): two lung nodules 55 + 50 Gy in 5; adrenal PET focus watched ---------------------------
_c = "NETHERBY CHEST ONCOLOGY"
add(name="f78_15", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe nodule", "body", None, 55, 5), L("left lower lobe nodule", "body", None, 50, 5)],
    categories=cats(),
    notes="Four-file bundle: consult (two synchronous lung primaries, 'both' nodules; 'no brain MRI was done' is "
          "negated), simulation note (4DCT in vacuum cushion with abdominal compression, PET-CT fused; the PET's "
          "9 mm left adrenal focus is indeterminate and only watched), plan/record (PTV_RUL 55 Gy/5, PTV_LLL_CW 50 Gy/5, "
          "CBCT every fraction) and a dictated completion letter. Two body lesions.",
    docs=[
        Doc("1_consult.txt", text=f"""
NETHERBY CHEST ONCOLOGY - RADIATION ONCOLOGY CONSULTATION
{patient(15)}  MRN {mrn(15)}  DOB 01/01/1944  Date 05/04/2026
Physician: Magdalena Ironside-Obi, MD   Referred by the thoracic tumor board

82-year-old woman, former smoker (55 pack-years), FEV1 38%, with two biopsy-proven lung cancers: a 1.9 cm right upper lobe adenocarcinoma and a 1.4 cm left lower lobe squamous carcinoma abutting the posterior chest wall. Mediastinum negative on EBUS. No brain MRI was done (stage I, asymptomatic). Not an operative candidate.
Recommendation: SBRT to both nodules in one course, 5 fractions each, treated in the same sessions.
Magdalena Ironside-Obi, MD
{FOOT}
"""),
        Doc("2_simulation_note.txt", text=f"""
NETHERBY CHEST ONCOLOGY - SIMULATION NOTE 05/11/2026 (dictated, M. Ironside-Obi MD)
{patient(15)}  {mrn(15)}
Simulated supine, arms up, in a full length vacuum cushion with an abdominal compression plate, four D C T to assess motion, R U L nodule moves six millimeters, L L L eleven millimeters reduced to six with compression. The staging PET C T of May second was fused to the average intensity projection for contouring. The PET also shows a nine millimeter left adrenal nodule with S U V three point one, indeterminate, we will not treat it now, it will be watched with a repeat PET in three months. So two targets, as planned.
{FOOT}
"""),
        Doc("3_plan_and_record.pdf", [
            [H1("Lung SBRT - Plan"),
             KeyValue([("Unit", "Gantry linac 6 MV FFF"), ("Planning", "TANAGER TPS 9 (invented), 2 isocentres, 2 VMAT arcs each"),
                       ("Motion management", "4DCT ITV, abdominal compression")]),
             RuledTable([("Target", "Vol (cc)", "Rx", "Dose/fx", "Coverage"),
                         ("PTV_RUL", "18.3", "55 Gy / 5", "11 Gy", "V100 95.6%"),
                         ("PTV_LLL_CW", "14.1", "50 Gy / 5", "10 Gy", "V100 95.1%")]),
             P("Chest wall V30Gy 21 cc; total lung V20Gy 6.8%; cord Dmax 14.1 Gy. QA passed 05/18/2026."),
             sig("Magdalena Ironside-Obi, MD 05/18/2026"), sig("Caspian Dunmore, PhD 05/18/2026")],
            [H1("Treatment Record"),
             RuledTable([("Fx", "Date", "CBCT", "PTV_RUL", "PTV_LLL_CW"),
                         ("1", "05/20/2026", "approved", "11 Gy", "10 Gy"), ("2", "05/22/2026", "approved", "11 Gy", "10 Gy"),
                         ("3", "05/26/2026", "approved", "11 Gy", "10 Gy"), ("4", "05/28/2026", "approved", "11 Gy", "10 Gy"),
                         ("5", "06/01/2026", "approved", "11 Gy", "10 Gy")])],
        ], opts=dict(header=head(_c, 15, "01/01/1944"))),
        Doc("4_completion_letter_dictated.txt", text=f"""
NETHERBY CHEST ONCOLOGY
June 3, 2026
To the thoracic tumor board, re {patient(15)}, {mrn(15)}

Both lung cancers have now been treated with stereotactic radiotherapy, the right upper lobe to fifty five gray and the left lower lobe to fifty gray, each in five fractions from May twentieth to June first, tolerated with mild fatigue and a little chest wall ache on the left. The left adrenal nodule has not been treated and we will re-image it with PET in August.
Magdalena Ironside-Obi, MD
{FOOT}
"""),
    ])

# f78_16 -- bundle (4 files): MR-linac liver SBRT 50 Gy/5 to two lesions; letter says 45 Gy in 3 (CONTRADICTION);
#           an old cobalt-60 brain SRS follow-up note is enclosed; 77371 claimed (wrong) -------------------------------
_c = "QUARRYVALE HOSPITAL - RADIATION ONCOLOGY"
add(name="f78_16", kind="bundle", codes=["77373", "77435", "77371"],
    facts=F("linac", ["body"], 2, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("liver segment 7 (dome)", "body", None, 50, 5), L("liver segment 4a", "body", None, 50, 5)],
    categories=cats(),
    contradiction="The dictated letter to the oncologist says forty-five gray in three fractions, while the prescription "
                  "and the five-row treatment record give 50 Gy in 5 fractions to both liver lesions.",
    notes="Four-file bundle: consult (two colorectal liver metastases, 'the dome lesion' and 'lesion B'), MR-linac "
          "plan + fraction record (PTV_Liv_A / PTV_Liv_B, 50 Gy in 5, daily adaptive MRI, gated), a dictated letter "
          "saying 45 Gy in 3, and a follow-up note of a 2025 cobalt-60 brain SRS (one cerebellar lesion, 20 Gy) that is "
          "a different, old course. This course is body only; the claimed 77371 belongs to the old brain course.",
    docs=[
        Doc("1_consult.pdf", [[
            H1("Radiation Oncology Consultation"),
            KeyValue([("Date", "06/08/2026"), ("Physician", "Isolde Penhaligon-Mensah, MD"),
                      ("Referring", "Ruaridh Caskey, MD, Medical Oncology")]),
            P("61-year-old man, sigmoid adenocarcinoma (2024), single brain metastasis treated with radiosurgery in 2025, "
              "now with two liver metastases on MRI 05/27/2026: a 2.8 cm segment 7 lesion under the dome and a 1.6 cm "
              "segment 4a lesion ('lesion B'), not resectable because of prior hepatectomy and a short future remnant. "
              "Recommend MR-guided SBRT to both, 50 Gy in 5 fractions."),
            sig("Isolde Penhaligon-Mensah, MD 06/08/2026"),
        ]], opts=dict(header=head(_c, 16, "09/09/1964"))),
        Doc("2_plan_and_record.pdf", [
            [H1("MR-Linac SBRT - Plan"),
             KeyValue([("Unit", "1.5 T MR-linac (gantry), 7 MV FFF"),
                       ("Immobilization", "Vacuum cushion, arms up"),
                       ("Simulation", "CT simulation 06/15/2026 + MRI simulation on the MR-linac 06/15/2026"),
                       ("Planning", "HERONSHAW Adaptive 2 (invented); step-and-shoot IMRT, 11 beams"),
                       ("Motion", "Cine-MRI gating on the GTV, 3 mm boundary")]),
             RuledTable([("Target", "Lesion", "Rx", "Dose/fx", "Coverage"),
                         ("PTV_Liv_A", "Seg 7 (dome), 2.8 cm", "50 Gy / 5", "10 Gy", "V100 95.3%"),
                         ("PTV_Liv_B", "Seg 4a, 1.6 cm", "50 Gy / 5", "10 Gy", "V100 96.0%")]),
             P("Liver minus GTV mean 11.4 Gy; duodenum D0.5cc 27.8 Gy; stomach D0.5cc 29.1 Gy. Pre-treatment physics check "
               "and secondary MU calculation for every adapted plan.")],
            [H1("Fraction Record"),
             RuledTable([("Fx", "Date", "Adapted", "Gating", "PTV_Liv_A", "PTV_Liv_B"),
                         ("1", "06/22/2026", "yes", "on", "10 Gy", "10 Gy"), ("2", "06/24/2026", "yes", "on", "10 Gy", "10 Gy"),
                         ("3", "06/26/2026", "yes", "on", "10 Gy", "10 Gy"), ("4", "06/29/2026", "no", "on", "10 Gy", "10 Gy"),
                         ("5", "07/01/2026", "yes", "on", "10 Gy", "10 Gy"),
                         ("Total", "", "", "", "50 Gy", "50 Gy")]),
             sig("Isolde Penhaligon-Mensah, MD 07/01/2026"), sig("Anwen Bratislav-Hughes, PhD 07/01/2026")],
        ], opts=dict(header=head(_c, 16, "09/09/1964"))),
        Doc("3_letter_dictated.txt", text=f"""
QUARRYVALE HOSPITAL - RADIATION ONCOLOGY
July 6, 2026

Dear Dr Caskey,
Re {patient(16)}, {mrn(16)}

Mr Seventyeightpatient has finished his M R guided stereotactic treatment to both liver metastases, the dome lesion and lesion B, forty five gray in three fractions, with daily adaptation and gating. He had mild nausea only. We will repeat his liver MRI in three months. Kind regards, Isolde Penhaligon-Mensah MD, dictated, not read.
{FOOT}
"""),
        Doc("4_brain_SRS_followup_2025_course.txt", text=f"""
QUARRYVALE HOSPITAL - GAMMA UNIT FOLLOW-UP NOTE   05/14/2026
{patient(16)}  {mrn(16)}
Prior course: 03/2025 frame-based cobalt-60 radiosurgery, single session, right cerebellar metastasis 1.7 cm, 20 Gy to the 50% isodose line.
Today: MRI brain 05/12/2026 shows the treated right cerebellar lesion smaller (9 mm), no new lesions. Well, no neurological symptoms. Continue surveillance MRI every 4 months. No further intracranial treatment needed.
Isolde Penhaligon-Mensah, MD
{FOOT}
"""),
    ])

# f78_17 -- dictated text: robotic pancreas SBRT 33 Gy/5 with fiducials + respiratory tracking; 77432 claimed (wrong) --
add(name="f78_17", kind="dictation", codes=["G0339", "G0340", "77435", "77432"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("pancreatic head", "body", None, 33, 5)],
    categories=cats(),
    notes="Dictated on-treatment notes and completion summary run together: locally advanced pancreatic head "
          "cancer, 33 Gy in 5 on a robotic-arm linac with three EUS-placed gold fiducials and respiratory-synchrony "
          "tracking, vacuum cushion, contrast planning CT + pancreas MRI. A 7 mm segment 6 liver hypodensity is only "
          "watched. Body course: the claimed 77432 (single-session cranial management) is wrong.",
    docs=[Doc("f78_17.txt", text=f"""
RIVENHALL PANCREAS PROGRAM - RADIATION ONCOLOGY
TRANSCRIBED DICTATIONS, course 1 (ON-TREATMENT VISITS AND COMPLETION SUMMARY)
Patient: {patient(17)}   MRN: {mrn(17)}   DOB: 04/30/1955
Physician: Anselma Crowther-Bako, MD   Physicist: Lysander Quayle, MS

ON TREATMENT VISIT fraction two of five, dictated 07/14/2026. Mrs Seventyeightpatient with locally advanced adenocarcinoma of the pancreatic head after six months of FOLFIRINOX, abutting the S M A less than one eighty degrees, is on stereotactic body radiotherapy on the robotic arm linac, thirty three gray in five fractions, six point six gray each. She had three gold fiducial markers placed by E U S on June twenty fourth which are tracked with the respiratory synchrony model, correlation errors under two millimeters. She lies in her vacuum cushion. Planning was on a contrast planning C T of July second with the pancreas protocol MRI of July first fused. The seven millimeter hypodensity in segment six of the liver is too small to characterize and we are just watching it. Mild nausea, ondansetron. Continue.

ON TREATMENT VISIT fraction four of five, dictated 07/16/2026. Doing fine, weight stable, fiducial tracking good, continue.

COMPLETION SUMMARY dictated 07/17/2026. Treatment completed as planned. Target pancreatic head tumor, P T V equals G T V plus two to three millimeters, thirty three gray in five fractions July thirteenth to July seventeenth, prescribed to the seventy eight percent isodose line with a simultaneous thirty gray to the elective vessel margin, sorry, no, there was no elective volume in this plan, one target only. Duodenum D zero point five C C twenty nine point six gray, stomach twenty eight point one. Physics patient specific Q A passed before fraction one. Plan made in the ORIOLE Robotic Planner, invented, with one hundred sixty four beams. Follow up with C T and C A nineteen nine in six weeks, surgical re-evaluation after.

Anselma Crowther-Bako, MD, electronically signed 07/18/2026
{FOOT}
""")])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# f78_18 -- dictation (text): consult for SRS (two, scratch that, three mets); addendum: hospice, SRS cancelled -------
add(name="f78_18", kind="dictation", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: dictated consult for brain metastases from small cell lung cancer recommending single-session "
          "linac SRS to 'two, scratch that, three' lesions (doses spoken, mask simulation to be booked), then an "
          "addendum: the patient chose hospice and SRS is cancelled before any simulation. Nothing delivered.",
    docs=[Doc("f78_18.txt", text=f"""
SALTMARSH ONCOLOGY - RADIATION ONCOLOGY
CONSULTATION (dictated 08/03/2026, transcribed 08/04/2026)
Patient: {patient(18)}   MRN: {mrn(18)}   DOB: 02/29/1948
Physician: Hildegard Oyelowo-Prentice, MD

History. Mr Seventyeightpatient is a seventy eight year old with extensive stage small cell lung cancer diagnosed in March, four cycles of carboplatin etoposide atezolizumab, who declined prophylactic cranial irradiation in May. MRI brain July twenty ninth shows two, scratch that, three small metastases, right frontal eight millimeters, left parietal six millimeters and left cerebellar five millimeters. He is tired, ECOG two, and his chest disease is progressing on the most recent C T.

Recommendation. Given the small number and size I would offer single fraction stereotactic radiosurgery on the linac, twenty gray to each, in a thermoplastic mask, rather than whole brain, with a planning C T and thin slice MRI to be booked next week. We discussed the alternative of best supportive care. He wants to think about it with his wife.

ADDENDUM 08/07/2026. Spoke with the patient and his wife by phone. After a discussion with Dr Nakamura-Bell about his chest progression he has decided to enrol in hospice and does not want brain radiotherapy. The simulation and planning MRI booked for August tenth have been cancelled. No radiation has been given. Dexamethasone continues for comfort. We remain available.

Hildegard Oyelowo-Prentice, MD, e-signed 08/07/2026
{FOOT}
""")])

# f78_19 -- letter (PDF): 2-year follow-up after cobalt-60 schwannoma SRS; a new small lesion "may need" SRS later ----
_c = "TENBURY RADIOSURGERY"
add(name="f78_19", kind="letter", codes=["77371", "77432", "61798", "61800"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: follow-up letter two years after frame-based cobalt-60 radiosurgery of a right vestibular "
          "schwannoma (old course described in full: 12 Gy at 50%, frame, stereotactic MRI/CT, shots), today's MRI "
          "stable; a new 5 mm right frontal dural-based lesion is to be watched and 'could be treated with radiosurgery "
          "if it grows'. No course in this document.",
    docs=[Doc("f78_19.pdf", [[
        P("TENBURY RADIOSURGERY  -  40 Weir Street"),
        P("September 21, 2026"),
        P("Philippa Nwachukwu, MD, Otolaryngology"),
        P(f"RE: {patient(19)}   DOB 11/11/1963   MRN {mrn(19)}"),
        P("Dear Dr Nwachukwu,"),
        P("I saw Mrs Seventyeightpatient today for her two-year review after radiosurgery. As a reminder, on 09/14/2024 "
          "she had frame-based radiosurgery on our cobalt-60 unit for a 1.7 cm right vestibular schwannoma: 12 Gy to the "
          "50% isodose line in a single session, 13 shots, planned on stereotactic MRI and CT, cochlear mean 4.1 Gy."),
        P("Her MRI of 09/15/2026 shows the schwannoma slightly smaller (1.5 cm) with central loss of enhancement, as "
          "expected. Her hearing is unchanged on the audiogram you sent and she has no facial symptoms."),
        P("The same MRI shows a new 5 mm dural-based lesion over the right frontal convexity, most likely a small "
          "meningioma. It needs nothing now. If it grows on the next scan it could be treated with radiosurgery, but I "
          "would expect simply to watch it. I have asked for an MRI in 12 months."),
        P("With best wishes,"),
        sig("Cuthbert Ashworth-Eze, MD, Radiation Oncology, 09/21/2026"),
    ]], opts=dict(header=[_c], page_numbers=None))])

# f78_20 -- bundle (3 files): SRS consult (4 mets) -> simulation (11 mets) -> cancelled, converted to WBRT elsewhere -
_c = "UPPERWOOD CANCER CENTRE"
add(name="f78_20", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative bundle: typed consult recommending single-session linac SRS to four metastases; a dictated "
          "simulation note (mask, planning CT and MRI done) where the planning MRI shows eleven lesions; and a "
          "cancellation note: SRS cancelled, converted to whole-brain radiotherapy 30 Gy in 10 to be given at the "
          "patient's local hospital. No stereotactic or other radiation is delivered in these documents.",
    docs=[
        Doc("1_consult.pdf", [[
            H1("Radiation Oncology Consultation"),
            KeyValue([("Date", "10/12/2026"), ("Physician", "Benedetta Ravensworth-Oko, MD"),
                      ("Referring", "Kwabena Stallworth, MD, Medical Oncology")]),
            P("57-year-old man with HER2-negative gastro-oesophageal adenocarcinoma and four brain metastases on MRI "
              "10/02/2026 (left frontal 1.5 cm, right temporal 1.1 cm, right cerebellar 7 mm, left occipital 5 mm)."),
            H2("Examination"),
            P("ECOG 1. Mild word-finding difficulty. No papilloedema. Power 5/5. Gait normal."),
        ], [
            H2("Assessment"),
            P("Four brain metastases, the largest 1.5 cm, in a man with controlled extracranial disease on second-line "
              "chemotherapy. Good candidate for radiosurgery."),
            H2("Recommendation"),
            P("Recommendation: single-session SRS on the gantry linac, 18-20 Gy to each lesion, thermoplastic mask, "
              "planning CT and MRI. Consent for SRS signed. If the planning MRI shows many more lesions we will "
              "reconsider whole-brain radiotherapy."),
            sig("Benedetta Ravensworth-Oko, MD 10/12/2026"),
        ]], opts=dict(header=head(_c, 20, "03/14/1969"))),
        Doc("2_simulation_note_dictated.txt", text=f"""
UPPERWOOD CANCER CENTRE   SIMULATION NOTE   dictated 10/19/2026   Benedetta Ravensworth-Oko MD
{patient(20)}   {mrn(20)}

Mask made and planning C T done today. The planning MRI this morning, unfortunately, shows eleven enhancing lesions, the four known ones are larger, the left frontal now two point one centimeters, and there are seven new lesions scattered in both hemispheres and the cerebellum, with new leptomeningeal enhancement along the folia. Radiosurgery is no longer the right treatment. I'll discuss whole brain with him and Dr Stallworth this afternoon. Contours not started, no plan.
{FOOT}
"""),
        Doc("3_cancellation_note.pdf", [[
            H1("Treatment Cancellation / Change of Plan"),
            KeyValue([("Date", "10/19/2026"), ("Course", "C1 Brain SRS (planned 10/26/2026)"),
                      ("Status", "CANCELLED before planning; no fractions delivered")]),
            P("After discussion with the patient, his wife and Dr Stallworth: because of eleven lesions and leptomeningeal "
              "disease, stereotactic radiosurgery is cancelled. He prefers to be treated close to home: whole-brain "
              "radiotherapy 30 Gy in 10 fractions has been arranged at Hallowmere District Hospital, where he will be "
              "simulated again next week. Our SRS booking, the physics QA slot and the 10/26 machine time were released."),
            P("Charges: consult and simulation only. No treatment-delivery or radiosurgery charges for this course."),
            sig("Benedetta Ravensworth-Oko, MD 10/19/2026"),
        ]], opts=dict(header=head(_c, 20, "03/14/1969"))),
    ])


CORPUS = Corpus("blind_corpus78", "tests/blind_corpus78", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
