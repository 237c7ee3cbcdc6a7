"""Forty-fourth blind corpus, ``tests/blind_corpus44/`` (regenerate: ``python scripts/make_corpus.py blind_corpus44``).

A tuning corpus (not held out), written blind by a seventh hand as a fair sample of the dictated half of a
coding office's in-tray: transcribed consults, simulation notes, radiosurgery procedure notes, on-treatment
visits, completion summaries and follow-up letters with transcription headers and footers, "dictated but not
read" lines, numbers in words and spoken corrections; bundles of 3-5 documents, some split across several
files, with lesion names that differ between documents and plans that change between consult and delivery;
three scanned files or pages, one two-column page and one rotated page; four hard negatives. Every clinic,
clinician and system is invented. Three charts contradict themselves (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (dictated prose is kept as one long line per paragraph)

from __future__ import annotations

from pdfmaker import ColumnBreak, KeyValue, RuledTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["AUGUSTA", "BEATRIX", "CASIMIR", "DELPHINE", "EZEKIEL", "FLORENTINA", "GIDEON", "HONORIA", "IGNATIUS",
         "JONAH", "KILLIAN", "LUCASTA", "MALACHY", "NESTOR", "OLYMPIA", "PEREGRINE", "QUENTIN", "ROSALIND",
         "SOLVEIG", "THEODORA"]


def patient(n: int) -> str:
    return f"FORTYFOURPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-440{n:02d}"


def tx(service: str, n: int, job: str, d: str, t: str) -> list[str]:
    """A transcription header: service, patient line, job number and dictated/transcribed stamps."""
    return [f"{service}   Job #{job}", f"{patient(n)}   MRN {mrn(n)}   D: {d}   T: {t}"]


DNR = "Dictated but not read. Transcribed by a transcription service; please report errors to the dictating provider."

CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# c44_01 -- bundle: cobalt frame; consult three metastases, fourth found on the day MRI; names change per document
_c = "HARROWGATE NEUROSCIENCES - GAMMA RADIOSURGERY SUITE"
add(name="c44_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("target A right frontal", "cranial", S, 20, 1), L("target B left parietal", "cranial", S, 20, 1),
             L("target C right cerebellar", "cranial", S, 18, 1), L("target D left occipital (new on day MRI)", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Four-document bundle of a cobalt-60 frame course: dictated consult recommends radiosurgery to three "
          "metastases (numbers in words, 'scratch that' correction); the procedure note (frame placement, "
          "stereotactic MRI on the day finds a fourth lesion, CT fused) names them A-D; the plan printout calls "
          "them by site; the completion letter by number 1-4. 20/20/18/20 Gy at the 50% isodose, one session.",
    docs=[
        Doc("1_consult.txt", text=f"""
HARROWGATE NEUROSCIENCES   RADIATION ONCOLOGY CONSULTATION
Transcription job 55102   Dictated 03/02/2026 16:40   Transcribed 03/03/2026 07:15 by KLM
Patient: {patient(1)}   MRN: {mrn(1)}   DOB 07/19/1957
Referring: medical oncology (Dr. Wendeline Orcutt)

HISTORY OF PRESENT ILLNESS: This is a sixty-eight year old woman with non-small cell lung adenocarcinoma, EGFR exon nineteen, on osimertinib, whose surveillance MRI of February twenty-sixth shows three enhancing lesions: right frontal one point four centimeters, left parietal nine millimeters, and right cerebellar, two point two, scratch that, two point one centimeters. No edema of note. She is neurologically intact, KPS ninety.

ASSESSMENT AND PLAN: Three brain metastases, all under three and a half centimeters, none near the optic apparatus or in the brainstem. I recommended single-session radiosurgery on the cobalt unit under a head frame, about twenty gray to the smaller lesions and eighteen gray to the cerebellar one. We talked about radionecrosis, seizures, and the chance of new lesions showing up on the day-of-treatment MRI. She wishes to proceed. Tentative date March tenth.

Gerlinde Fairweather-Osei, MD, Radiation Oncology
{DNR}
{FOOT}
"""),
        Doc("2_procedure_note.pdf", [[
            H1("STEREOTACTIC RADIOSURGERY PROCEDURE NOTE"),
            P("DATE OF PROCEDURE: March 10, 2026. PROCEDURE: Application of stereotactic head frame; stereotactic "
              "MRI and CT; single-session multi-source cobalt-60 radiosurgery to four intracranial targets."),
            P("FRAME: Under local anaesthetic (lidocaine with bupivacaine, 20 mL total), the stereotactic frame was "
              "fixed with four pins at 06:48 by Dr. Anselm Rudd-Kowal, neurosurgery. No complications."),
            P("IMAGING: Stereotactic MRI with the fiducial indicator box, T1 post-contrast 1 mm axial and T2, was "
              "obtained at 07:30. In addition to the three known lesions it shows a new 4 mm enhancing focus in "
              "the left occipital lobe. A stereotactic CT (1 mm) was obtained and co-registered for skull "
              "definition. After discussion with the patient in the holding area the fourth lesion was added."),
            P("TARGETS: A = right frontal, 1.4 cm; B = left parietal, 0.9 cm; C = right cerebellar, 2.1 cm; "
              "D = left occipital, 0.4 cm. Marginal doses: A 20 Gy, B 20 Gy, C 18 Gy, D 20 Gy, each at the 50% "
              "isodose line. Brainstem maximum 6.2 Gy; optic chiasm maximum 1.1 Gy."),
        ], [
            P("TREATMENT: The frame co-ordinates were verified on the couch (adapter check passed). The four "
              "targets were treated in one session of 74 minutes with 19 shots in total. The patient tolerated "
              "it well. The frame was removed at 11:20; pin sites were clean. Discharged home with her husband."),
            sig("Gerlinde Fairweather-Osei, MD, Radiation Oncology 03/10/2026 12:05"),
            sig("Anselm Rudd-Kowal, MD, Neurosurgery 03/10/2026 12:20"),
        ]], opts=dict(header=[_c, f"{patient(1)}   MRN {mrn(1)}"])),
        Doc("3_plan_printout.pdf", [[
            H1("DOSE PLAN PRINTOUT  -  LODESTAR-GK planning station 3.4"),
            KeyValue([("Plan", "HG_0310_4T (approved 03/10/2026 09:52)"), ("Unit", "multi-source cobalt-60 unit, 192 sources"),
                      ("Prescription isodose", "50 %"), ("Physics check", "independent shot-time calculation, max deviation 0.7 %")]),
            RuledTable([("Site", "Vol (cc)", "Marginal (Gy)", "Max (Gy)", "Cov.", "Shots"),
                        ("R frontal", "0.96", "20.0", "40.0", "0.99", "5"),
                        ("L parietal", "0.31", "20.0", "40.0", "1.00", "2"),
                        ("R cerebellum", "3.02", "18.0", "36.0", "0.98", "11"),
                        ("L occipital", "0.04", "20.0", "40.0", "1.00", "1")]),
            P("Approved: G. Fairweather-Osei MD; A. Rudd-Kowal MD; physicist Thaddeus Ng-Barrow PhD."),
        ]], opts=dict(header=[_c, f"{patient(1)}   MRN {mrn(1)}"])),
        Doc("4_completion_letter.txt", text=f"""
HARROWGATE NEUROSCIENCES
Dictated 03/11/2026 / Transcribed 03/12/2026 / Job 55411

Dear Dr. Orcutt,

RE: {patient(1)}, MRN {mrn(1)}

Your patient completed radiosurgery on March 10, 2026. The morning MRI showed one lesion more than we expected, so she was treated for four metastases rather than three: number 1 right frontal twenty gray, number 2 left parietal twenty gray, number 3 right cerebellar eighteen gray, and number 4 left occipital twenty gray, all at the fifty percent isodose in a single session under frame. She went home the same afternoon. I will see her with an MRI in two months.

Yours sincerely,
Gerlinde Fairweather-Osei, MD
{DNR}
{FOOT}
"""),
    ])

# c44_02 -- pdf: cobalt mask, resection cavity 25 Gy in five fractions, on-treatment visit + completion ----------
_c = "SALTMARSH CANCER CENTRE - NEURO-ONCOLOGY"
add(name="c44_02", kind="pdf", codes=["77373", "77435", "61796"],
    facts=F("cobalt60", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal resection cavity", "cranial", S, 25, 5)],
    categories=cats(),
    notes="Dictated simulation note, on-treatment visit note and completion summary in one PDF: post-operative "
          "left frontal resection cavity (2.8 cm, simple) on a mask-capable cobalt-60 unit, 5 Gy x 5 = 25 Gy, "
          "thermoplastic mask with infrared nose-marker monitoring and cone-beam CT each day. The consult's "
          "alternative of 'eighteen gray in one' is not what was given.",
    docs=[Doc("c44_02.pdf", [[
        H1("SIMULATION NOTE"),
        P("Date: 05/04/2026. The patient underwent resection of a left frontal melanoma metastasis on 04/14/2026. "
          "We had considered eighteen gray in a single session to the cavity, but because the cavity measures "
          "2.8 cm with a long surgical tract we are going to fractionate: twenty-five gray in five fractions."),
        P("A thermoplastic mask was fabricated today for the mask-capable cobalt-60 radiosurgery unit. A planning "
          "CT at 1 mm was obtained and fused with the post-operative MRI of 05/01/2026 (T1 post-gadolinium, 1 mm). "
          "The cavity plus a 2 mm margin will be contoured as the target."),
        sig("Bartholomew Quist-Adeyemi, MD 05/04/2026"),
        H2("ON-TREATMENT VISIT - fraction 3 of 5"),
        P("05/13/2026. Mild fatigue, no headache. Cone-beam CT today registered within 0.5 mm; intrafraction "
          "nose-marker motion stayed under the 1.5 mm threshold. Continue as planned."),
    ], [
        H1("RADIOSURGERY COMPLETION SUMMARY"),
        KeyValue([("Target", "Left frontal resection cavity (PTV = cavity + 2 mm, 9.6 cc)"),
                  ("Prescription", "25 Gy in 5 fractions of 5 Gy, to the 50% isodose"),
                  ("Treatment dates", "05/11/2026 - 05/15/2026, five consecutive days"),
                  ("Delivered", "25 Gy / 5 fractions, completed as prescribed"),
                  ("Planning", "LODESTAR-GK 3.4, 14 shots, coverage 98 %, physics second check passed 05/08/2026"),
                  ("Set-up", "Thermoplastic mask; daily cone-beam CT; nose-marker motion monitoring")]),
        P("She tolerated the course without steroids. Follow-up MRI in eight weeks."),
        sig("Bartholomew Quist-Adeyemi, MD, Radiation Oncology 05/15/2026"),
        P(DNR),
    ]], opts=dict(header=[_c, f"{patient(2)}   MRN {mrn(2)}   DOB 12/01/1966"]))])

# c44_03 -- bundle: gantry linac, vestibular schwannoma 12 Gy single session (benign, complex) ------------------
_c = "PENROSE VALLEY HOSPITAL - RADIATION ONCOLOGY"
add(name="c44_03", kind="bundle", codes=["77372", "77432", "61798"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    notes="Three-document bundle: dictated consult (hearing, Koos grade, options of observation, surgery and "
          "radiosurgery), a prescription/plan sheet and a procedure note. Right vestibular schwannoma 1.6 cm "
          "(complex by type), 12 Gy at the 80% isodose in one session on a gantry linac with a frameless mask, "
          "CBCT + surface guidance. The consult's mention of 'fractionated 25 Gy in 5 as an alternative' was not used.",
    docs=[
        Doc("1_consult.txt", text=f"""
PENROSE VALLEY HOSPITAL / RADIATION ONCOLOGY
CONSULTATION  ({patient(3)}, MRN {mrn(3)})
D: 01/20/2026 10:02  T: 01/20/2026 15:44  Job 8812-A

REASON FOR CONSULTATION: Right vestibular schwannoma, growing.

HISTORY: Fifty-four year old man with right-sided tinnitus and mild hearing loss since 2023. MRI internal auditory canals in 2024 showed a one point two centimeter right vestibular schwannoma; the MRI of January fifth, 2026 shows it at one point six centimeters with a cisternal component touching but not compressing the pons. Koos grade two. Pure-tone average forty decibels on the right.

DISCUSSION: Options are continued observation, microsurgical resection, and stereotactic radiosurgery. We also discussed fractionated stereotactic radiotherapy, twenty-five gray in five fractions, as an alternative if hearing preservation became the priority. After a long discussion he chose single-session radiosurgery, twelve gray to the tumour margin.

PLAN: Thin-slice MRI and planning CT in a frameless mask, then radiosurgery on the linac.

Isadora Penhaligon-Ruiz, MD
{DNR}
{FOOT}
"""),
        Doc("2_prescription_plan.pdf", [[
            H1("SRS PRESCRIPTION AND PLAN APPROVAL"),
            KeyValue([("Target", "GTV_VS_R = PTV (no margin), 1.21 cc"), ("Dose", "1200 cGy x 1 to the 80% isodose"),
                      ("Technique", "4 non-coplanar dynamic conformal arcs, 6 MV FFF gantry linac, HD-MLC"),
                      ("Planning system", "ORRERY Cranial 2.1"),
                      ("Imaging", "MRI 01/28/2026 (3D T1+Gd 0.9 mm, CISS 0.5 mm) fused to planning CT 01/28/2026 (1 mm)"),
                      ("Immobilisation", "frameless open-face thermoplastic mask, bite block not used"),
                      ("OAR", "cochlea R Dmax 4.1 Gy; brainstem D0.03cc 10.8 Gy; facial nerve region 11.9 Gy"),
                      ("Conformity / gradient", "CI 1.14 / GI 2.9"),
                      ("Physics", "portal dosimetry gamma 2%/1 mm 99.2 %; independent MU check -0.8 %")]),
            sig("Isadora Penhaligon-Ruiz, MD 02/02/2026;  Marisol Thackeray, MS, DABR 02/02/2026"),
        ]], opts=dict(header=[_c, f"{patient(3)}   MRN {mrn(3)}"])),
        Doc("3_procedure_note.txt", text=f"""
PENROSE VALLEY HOSPITAL - RADIOSURGERY PROCEDURE NOTE
Patient {patient(3)}   MRN {mrn(3)}   Date of service 02/04/2026

The patient was set up in his thermoplastic mask on the treatment couch. Cone-beam CT was matched to the planning CT on the petrous bone and the internal auditory canal; a 6-degree-of-freedom correction of 0.9 mm / 0.4 degrees was applied, and surface guidance monitored intrafraction motion (no beam holds). All four arcs were delivered. Total: 12 Gy in one fraction to the right vestibular schwannoma, prescribed to the 80% isodose. No immediate side effects. Audiogram and MRI in six months.

Electronically signed: Isadora Penhaligon-Ruiz, MD 02/04/2026 13:12
{FOOT}
"""),
    ])

# c44_04 -- ehr_text: robotic linac, functional target (trigeminal neuralgia), dictated with spoken corrections ----
add(name="c44_04", kind="ehr_text", codes=["77372", "77432", "61798", "G0339"],
    facts=F("robotic_linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left trigeminal nerve (cisternal segment)", "cranial", C, 60, 1)],
    categories=cats(),
    notes="One dictated radiosurgery procedure note as text: left trigeminal neuralgia (functional target, "
          "complex) on a robotic-arm linac with a mask and 6D skull tracking, 60 Gy maximum dose in one "
          "session ('seventy, correction, sixty gray'); CT cisternogram and thin-slice MRI fused. The "
          "'earlier microvascular decompression' is history, not a course.",
    docs=[Doc("c44_04.txt", text=f"""
*** TRANSCRIBED DOCUMENT ***  ORMSBY RIDGE RADIOSURGERY CENTER  ***  Job 20931  ***
Patient: {patient(4)}    MRN: {mrn(4)}    DOB: 09/09/1949
Dictating: Leopold Vantongeren, MD     Dictated: 06/17/2026 14:05    Transcribed: 06/18/2026 08:31

PROCEDURE: Image-guided robotic radiosurgery, left trigeminal nerve.

INDICATION: Seventy-six year old woman with classic left V2 trigeminal neuralgia, pain returned one year after a microvascular decompression in 2019, now failing carbamazepine at maximum tolerated dose and baclofen. BNI pain score four.

PREPARATION: On June tenth a thermoplastic mask was made and a CT cisternogram, one millimeter slices, was performed after intrathecal contrast, and fused with a three-T MRI, FIESTA zero point six millimeter and T1 post-contrast. The target was placed on the cisternal segment of the left trigeminal nerve, about six millimeters, I'm sorry, about seven millimeters anterior to the root entry zone, to keep the brainstem four-hundred-cubic-millimeter volume under the limit.

TREATMENT: Today, June seventeenth, the patient was positioned in the mask on the robotic couch. Six-dimensional skull tracking with paired orthogonal x-rays was used throughout, correcting every thirty to sixty seconds; translations stayed under zero point five millimeters. A five millimeter fixed cone, one hundred and twelve non-isocentric beams, were delivered. The prescription was seventy, correction, sixty gray maximum dose to the nerve, in a single fraction. Brainstem maximum point dose eleven point two gray. Treatment time fifty-eight minutes.

The plan was checked by physics (second MU calculation within one percent; patient-specific QA passed on June fifteenth).

DISPOSITION: Tolerated well, dexamethasone four milligrams given. Follow-up in three months.

Leopold Vantongeren, MD, Radiation Oncology
{DNR}
{FOOT}
""")])

# c44_05 -- bundle: gantry linac, ten metastases in one session, one 4 mm from the chiasm; 61799 claimed wrongly ---
_c = "CALDER FELLS ONCOLOGY GROUP"
_ten = [("1", "right frontal pole", "0.6", 20), ("2", "left frontal", "1.1", 20), ("3", "right parietal", "0.8", 20),
        ("4", "left parietal", "0.5", 20), ("5", "right temporal", "1.9", 18), ("6", "left occipital", "0.7", 20),
        ("7", "right cerebellar", "1.3", 20), ("8", "left cerebellar", "0.9", 20), ("9", "right insula", "1.0", 20),
        ("10", "left gyrus rectus, 4 mm from chiasm", "0.7", 16)]
add(name="c44_05", kind="bundle", codes=["77372", "77432", "61798", "61797", "61799"],
    facts=F("linac", ["cranial"], 10, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L(f"Met {n} {site.split(',')[0]}", "cranial", C if n == "10" else S, dose, 1) for n, site, _, dose in _ten],
    categories=cats(),
    notes="Bundle of three files: dictated consult (numbers in words, nine lesions then 'ten, the radiologist "
          "found one more'), a two-column plan and physics summary (single isocentre, ten targets in a table), "
          "and a short treatment record + completion note. Met 10 in the gyrus rectus 4 mm from the optic "
          "chiasm is complex (16 Gy); the other nine are simple. One fraction, mask. 61799 (second complex "
          "lesion) is claimed but there is only one complex lesion.",
    docs=[
        Doc("1_consult.txt", text=f"""
CALDER FELLS ONCOLOGY GROUP - NEW PATIENT CONSULTATION (RADIATION ONCOLOGY)
{patient(5)} / {mrn(5)} / DOB 02/11/1961
Dictated 08/03/2026 by Cressida Lomond-Achebe, MD; transcribed 08/04/2026 (job 7716)

Sixty-five year old man with metastatic melanoma on nivolumab and ipilimumab; staging MRI brain July thirtieth shows nine, actually ten, the radiologist's addendum found one more, small enhancing metastases, the largest one point nine centimeters in the right temporal lobe. One sits in the left gyrus rectus just about four millimeters from the optic chiasm. No hydrocephalus. KPS eighty.

Plan: single-isocentre linac radiosurgery to all ten in one session, twenty gray to most, eighteen to the temporal lesion, and sixteen to the lesion near the chiasm to respect the optic tolerance. Whole-brain radiotherapy was discussed and declined. Mask fitting and planning scans next week.
{DNR}
{FOOT}
"""),
        Doc("2_plan_physics.pdf", [[
            H1("SINGLE-ISOCENTRE MULTI-TARGET PLAN"),
            P("Planning CT 08/10/2026 (1 mm) in an open-face mask, fused with MRI 08/10/2026 (3D T1 post-gadolinium "
              "1 mm). ORRERY Multi-Met 2.1. Six non-coplanar VMAT arcs, 6 MV FFF, one isocentre in the "
              "centre of mass of the ten targets. Brain minus GTVs V12 = 8.4 cc. Optic chiasm Dmax 7.6 Gy."),
            RuledTable([("Met", "Location", "Size (cm)", "Rx (Gy)"), *[(n, s, z, str(d)) for n, s, z, d in _ten]]),
            ColumnBreak(),
            H2("Physics second check"),
            P("Independent dose calculation at each target centre: agreement within 2.1 % (met 4, smallest) and "
              "within 1.2 % elsewhere. Patient-specific QA with a high-resolution detector array: gamma 2%/1 mm "
              "97.9 % passing. Isocentre Winston-Lutz test on 08/13/2026: 0.6 mm."),
            P("Approved for treatment 08/13/2026."),
            sig("Hamish Otterburn, PhD, DABR"),
            sig("Cressida Lomond-Achebe, MD"),
        ]], opts=dict(header=[_c, f"{patient(5)}   MRN {mrn(5)}"], two_columns=True)),
        Doc("3_treatment_and_completion.txt", text=f"""
CALDER FELLS ONCOLOGY GROUP - SRS TREATMENT RECORD AND COMPLETION NOTE
Patient {patient(5)}   MRN {mrn(5)}

08/14/2026 08:40  Set-up in mask. CBCT match + 6DoF couch correction (1.1 mm, 0.6 deg); verification CBCT after arc 3: 0.3 mm.
08/14/2026 09:22  Six arcs delivered, 1 fraction, all ten targets. Treatment complete.

Completion: ten brain metastases treated in one session on 08/14/2026: mets 1-4, 6-9 at 20 Gy, met 5 (right temporal) 18 Gy, met 10 (gyrus rectus near the chiasm) 16 Gy. Seen in clinic afterwards, no new deficits. MRI in 6-8 weeks.
Electronically signed: Cressida Lomond-Achebe, MD 08/14/2026 11:02
{FOOT}
"""),
    ])

# c44_06 -- bundle (two files): robotic linac, three lesions in three fractions, a name per document ------------
_c = "WYCLIFFE BAY ROBOTIC RADIOSURGERY"
add(name="c44_06", kind="bundle", codes=["77373", "77435", "61796", "61797", "G0339", "G0340"],
    facts=F("robotic_linac", ["cranial"], 3, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("PTV_A / right occipital / 'the big one'", "cranial", S, 27, 3),
             L("PTV_B / left thalamic-capsular", "cranial", S, 24, 3),
             L("PTV_C / left cerebellar", "cranial", S, 27, 3)],
    categories=cats(),
    notes="Two files: a dictated consult plus simulation note (lesions by site and 'the big one'), then a "
          "PDF with the plan sheet (PTV_A/B/C) and on-treatment/completion notes (lesions numbered 1-3). "
          "Robotic-arm linac, mask, 6D skull tracking, three fractions on alternate days. Consult planned "
          "single-session 18 Gy to each; the plan changed to 27/24/27 Gy in 3 fractions because the occipital "
          "lesion is 3.1 cm (still simple, < 3.5 cm). The thalamic lesion is deep but not brainstem.",
    docs=[
        Doc("1_consult_and_sim.txt", text=f"""
WYCLIFFE BAY ROBOTIC RADIOSURGERY
CONSULTATION - dictated 09/01/2026, transcribed 09/02/2026, job WB-3390
{patient(6)}   MRN {mrn(6)}

Fifty-nine year old woman, renal cell carcinoma, three new brain metastases on MRI August twenty-eighth: right occipital, three point one centimeters, the big one, with some mass effect; left thalamic-capsular junction, one point two; left cerebellar, zero point eight. None in the brainstem, nothing within a centimetre of the optic apparatus.

I had initially thought of treating all three in a single session at about eighteen gray, but given the size of the occipital lesion I now favour three fractions for all of them, delivered on alternate days on the robotic unit.

SIMULATION NOTE, 09/08/2026: A thermoplastic mask was made. Planning CT 1.25 mm with contrast, fused to the MRI of 09/07/2026 (volumetric T1 post-contrast). Targets contoured by site. Physics to plan.

Ximena Boatwright-Haas, MD
{DNR}
{FOOT}
"""),
        Doc("2_plan_and_course.pdf", [[
            H1("ROBOTIC SRS PLAN SHEET"),
            KeyValue([("Planning system", "SEXTANT Robotic 6.0"), ("Tracking", "6D skull, paired orthogonal kV every 45 s"),
                      ("Collimation", "variable aperture, 7.5-20 mm"), ("Physics", "second MU check passed; QA 09/11/2026, gamma 98.4 %")]),
            RuledTable([("Target", "Site", "Vol (cc)", "Prescription", "Isodose", "Coverage"),
                        ("PTV_A", "R occipital", "14.2", "27 Gy / 3 fx", "74 %", "96.9 %"),
                        ("PTV_B", "L thalamic-capsular", "1.05", "24 Gy / 3 fx", "78 %", "98.2 %"),
                        ("PTV_C", "L cerebellar", "0.33", "27 Gy / 3 fx", "80 %", "99.0 %")]),
            sig("X. Boatwright-Haas MD 09/11/2026; Fenella Strachan-Idowu MS DABR 09/11/2026"),
            H2("ON-TREATMENT VISIT 09/16/2026 (after fraction 2)"),
            P("Lesion 1 (occipital) fraction 2 of 3 done; mild headache, dexamethasone 2 mg daily. Tracking "
              "corrections small. Continue."),
        ], [
            H1("COMPLETION NOTE"),
            P("Fractions given 09/14, 09/16 and 09/18/2026. Lesion 1, right occipital: 27 Gy in 3. Lesion 2, left "
              "thalamic: 24 Gy in 3. Lesion 3, left cerebellar: 27 Gy in 3. All three fractions delivered with "
              "skull tracking, no interruptions."),
            sig("Ximena Boatwright-Haas, MD 09/18/2026"),
        ]], opts=dict(header=[_c, f"{patient(6)}   MRN {mrn(6)}"])),
    ])

# c44_07 -- pdf: gantry linac with a head frame, two lesions (one 3.7 cm), contradiction in the dictated summary ---
_c = "MOORCROFT UNIVERSITY HOSPITAL - DEPT OF RADIATION ONCOLOGY"
add(name="c44_07", kind="pdf", codes=["77372", "77432", "61798", "61797", "61800"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right parietal metastasis 3.7 cm", "cranial", C, 15, 1), L("left frontal metastasis", "cranial", S, 20, 1)],
    categories=cats(),
    contradiction="The dictated procedure note gives the right parietal lesion 15 Gy, the dose on the plan table, but the completion summary says it received 18 Gy.",
    notes="Frame-based linac radiosurgery in one PDF of dictated notes: frame placement note, procedure note "
          "with a small plan table, completion summary. Right parietal metastasis 3.7 cm (complex by size) "
          "15 Gy and left frontal 1.0 cm 20 Gy, one session, cone/arc linac with frame and a floor-stand "
          "stereoscopic x-ray check. Completion summary says 18 Gy for the parietal lesion (contradiction; "
          "gold follows the plan and procedure note: 15 Gy).",
    docs=[Doc("c44_07.pdf", [[
        H1("FRAME PLACEMENT"),
        P("10/06/2026 06:35. After informed consent and scalp infiltration with 1% lidocaine, a stereotactic head "
          "ring was applied with four pins. No bleeding. Localiser box fitted. - Tobias Wrenfield, MD (Neurosurgery)"),
        H1("RADIOSURGERY PROCEDURE NOTE"),
        P("Stereotactic CT with the localiser (1 mm) was fused with the MRI of 10/05/2026 (T1 post-contrast, 1 mm). "
          "Two lesions: a right parietal metastasis measuring 3.7 cm with a cystic centre, and a left frontal "
          "metastasis of 1.0 cm. Because of the size of the parietal lesion its dose was reduced."),
        RuledTable([("Lesion", "Max dimension", "Dose", "Prescription line", "Arcs"),
                    ("R parietal", "3.7 cm", "15 Gy", "80 %", "5"),
                    ("L frontal", "1.0 cm", "20 Gy", "80 %", "4")]),
        P("Frame position verified on the couch with stereoscopic x-rays (0.4 mm) before each lesion. Both "
          "plans delivered on the 6 MV gantry linac in one session. Physics: independent MU calculation within "
          "1.5 %; Winston-Lutz test that morning 0.5 mm. Frame removed 12:10."),
        sig("Henrietta Caldwell-Obi, MD, Radiation Oncology 10/06/2026"),
    ], [
        H1("COMPLETION SUMMARY (dictated)"),
        P("D: 10/08/2026  T: 10/09/2026  Job 40177. Two brain metastases from colorectal carcinoma were treated "
          "with frame-based linac radiosurgery on October sixth, 2026: the right parietal lesion eighteen gray and "
          "the left frontal lesion twenty gray, single fraction. Recovery unremarkable. MRI in two months."),
        P("Henrietta Caldwell-Obi, MD. " + DNR),
    ]], opts=dict(header=[_c, f"{patient(7)}   MRN {mrn(7)}   DOB 04/30/1955"]))])

# c44_08 -- scan: cobalt frame, one midbrain metastasis (brainstem -> complex); a linac delivery code claimed ------
_c = "ST. AIDAN'S RADIOSURGERY PROGRAMME"
add(name="c44_08", kind="scan", codes=["77372", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left midbrain (tectal) metastasis", "cranial", C, 15, 1)],
    categories=cats(),
    notes="Scanned procedure note (175 dpi, skewed, speckled): one 0.9 cm metastasis in the left midbrain "
          "tectum (within the brainstem, complex), 15 Gy at the 50% isodose in one session on a cobalt-60 unit "
          "with a frame, MRI + CT. The linac delivery code 77372 is claimed: wrong for cobalt.",
    docs=[Doc("c44_08.pdf", [[
        H1("RADIOSURGERY PROCEDURE NOTE"),
        KeyValue([("Patient", f"{patient(8)}   MRN {mrn(8)}"), ("Date", "11/03/2026"),
                  ("Diagnosis", "Metastatic breast carcinoma, single brain metastasis, left midbrain tectum, 0.9 cm"),
                  ("Unit", "Cobalt-60 multi-source radiosurgery unit (201 sources)")]),
        P("The stereotactic frame was placed at 07:05 under local anaesthesia. Stereotactic MRI (T1 contrast, 1 mm) "
          "and stereotactic CT were obtained and co-registered. Because the lesion lies within the brainstem the "
          "marginal dose was limited to fifteen gray at the 50% isodose; maximum 30 Gy; 6 shots of 4 mm. The "
          "dose plan was checked by the physicist (independent timer calculation, 0.5 %)."),
        P("Treatment delivered in one session of 38 minutes after frame co-ordinate verification. Frame removed; "
          "no complications. Steroid taper for one week."),
        sig("Cornelius Abernethy-Sato, MD / Physicist: Ilse Marchbank, PhD  11/03/2026"),
    ]], opts=dict(header=[_c, "SCANNED DOCUMENT - received 11/05/2026"], scan=True, scan_dpi=175, scan_skew=1.2,
                  scan_noise=6, font="Courier"))])


# ==================================================================================================
# Spine
# ==================================================================================================

# c44_09 -- bundle: contiguous T11-T12 as one target, 24 Gy / 2; 63621 claimed for the second level -------------
_c = "BRISTLECONE REGIONAL CANCER CENTER"
add(name="c44_09", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T11-T12 vertebral bodies (one contiguous target)", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Four documents in three files: dictated consult, simulation note, prescription + daily treatment "
          "record, completion summary. Prostate cancer metastasis spanning the contiguous T11 and T12 vertebral "
          "bodies, contoured and prescribed as ONE target (CTV_T11_12), 24 Gy in 2 fractions on a gantry linac "
          "with a vacuum cushion and daily CBCT. The billing office claims 63621 for 'the second level': "
          "only one spinal lesion, so 63621 is inconsistent.",
    docs=[
        Doc("1_consult.txt", text=f"""
BRISTLECONE REGIONAL CANCER CENTER - RADIATION ONCOLOGY CONSULT
{patient(9)}  MRN {mrn(9)}  DOB 10/10/1950
D 02/02/2026  T 02/03/2026  #31908

Seventy-five year old man with castration-resistant prostate cancer, oligoprogression on the bone scan and CT of January twenty-second: a single focus involving the contiguous T eleven and T twelve vertebral bodies, no epidural disease, no fracture, SINS six. Pain three out of ten.

Recommendation: spine SBRT to the T eleven through T twelve segment as one continuous target, twenty-four gray in two fractions. We will simulate in a vacuum cushion with an MRI of the thoracolumbar spine for fusion.

Rupert Hollingsworth-Nwosu, MD   {DNR}
{FOOT}
"""),
        Doc("2_simulation_and_rx.pdf", [[
            H1("SIMULATION NOTE  02/09/2026"),
            P("Supine, arms up, in a full-length vacuum cushion with knee support. CT simulation 1 mm slices from T7 to L3; "
              "MRI thoracolumbar spine (T1, T2, STIR, 1.5 mm axial) acquired the same day and fused. One clinical target "
              "volume covering the T11 and T12 bodies and both left pedicles (CTV_T11_12); spinal cord contoured T9-L1."),
            H1("PRESCRIPTION"),
            KeyValue([("Target", "PTV_T11_12 (CTV + 2 mm, cord excluded)"), ("Dose", "1200 cGy x 2 = 2400 cGy"),
                      ("Schedule", "two fractions, one week apart"), ("Technique", "2 VMAT arcs, 6 MV FFF gantry linac"),
                      ("Constraints", "cord Dmax < 17 Gy; cauda not in field"), ("Plan QA", "gamma 3%/2mm 99.6 %, second check 0.9 %")]),
            sig("R. Hollingsworth-Nwosu MD 02/12/2026; physicist Delphine Aukett MS 02/12/2026"),
        ], [
            H2("Daily treatment record"),
            RuledTable([("Fx", "Date", "Target", "Dose (cGy)", "Cumulative", "IGRT", "Therapists"),
                        ("1", "02/16/2026", "PTV_T11_12", "1200", "1200", "CBCT x2, 6DoF shift 1.4 mm", "AB/CD"),
                        ("2", "02/23/2026", "PTV_T11_12", "1200", "2400", "CBCT x2, 6DoF shift 0.8 mm", "AB/EF")]),
        ]], opts=dict(header=[_c, f"{patient(9)}   MRN {mrn(9)}"])),
        Doc("3_completion.txt", text=f"""
BRISTLECONE REGIONAL CANCER CENTER - TREATMENT SUMMARY
{patient(9)}  MRN {mrn(9)}

Course: SBRT to the T11-T12 vertebral bodies (single contiguous target), 24 Gy in 2 fractions, 02/16/2026 and 02/23/2026. Completed without interruption. Pain now one out of ten. PSA in three months.

Electronically signed: Rupert Hollingsworth-Nwosu, MD 02/23/2026
{FOOT}
"""),
    ])

# c44_10 -- bundle: post-operative L2 after separation surgery, robotic linac 27 Gy / 3, four dictated/printed documents
_c = "LINDQVIST MEMORIAL - RADIATION ONCOLOGY"
add(name="c44_10", kind="bundle", codes=["77373", "77435", "63620", "G0339", "G0340"],
    facts=F("robotic_linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L2 post-operative target (PTV_L2_PO)", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Four-document bundle (simulation dictation, plan sheet PDF, on-treatment visit, completion "
          "summary): L2 renal cell metastasis after separation surgery with pedicle screws, 27 Gy in 3 fractions "
          "on a robotic-arm linac with spine tracking (no fiducials: the hardware is mentioned only as a "
          "tracking landmark), vacuum cushion, CT myelogram and MRI. One fraction postponed a day. The target is "
          "'the L2 vertebral body and epidural extent', 'PTV_L2_PO' and 'L2 post-operative' in turn.",
    docs=[
        Doc("1_simulation.txt", text=f"""
LINDQVIST MEMORIAL - RADIATION ONCOLOGY - SIMULATION NOTE
Patient {patient(10)}   MRN {mrn(10)}   DOB 05/05/1964   dictated 04/06/2026, transcribed 04/07/2026, job LM-2207

The patient is a sixty-one year old man four weeks out from L2 decompression and posterior stabilization T12 to L4 for a renal cell carcinoma metastasis with epidural extension, Bilsky two. Today he was simulated supine in a vacuum cushion. A CT myelogram was performed, one millimeter, to see the thecal sac around the hardware, and fused with the post-operative MRI of March thirtieth. The post-operative target is the L2 vertebral body and the pre-operative epidural extent. Dose twenty-seven gray in three fractions on the robotic unit with spine tracking; the screws will not need fiducials.
Augustin Delacroix-Mbeki, MD   {DNR}
{FOOT}
"""),
        Doc("2_plan_sheet.pdf", [[
            H1("SPINE SRS PLAN SHEET - POST-OPERATIVE L2"),
            KeyValue([("Target", "PTV_L2_PO: L2 body, both pedicles, pre-operative epidural extent (CTV + 1.5 mm), 41.6 cc"),
                      ("Prescription", "900 cGy x 3 = 2700 cGy to the 78 % isodose line"),
                      ("Planning system", "SEXTANT Robotic 6.0; 184 non-isocentric beams, variable aperture 10-25 mm"),
                      ("Tracking", "spine tracking on vertebral anatomy, no fiducials"),
                      ("Constraints", "cauda equina Dmax 20.1 Gy (< 25.5); cord not in field; kidney L V10 3 %"),
                      ("Physics", "patient-specific QA 04/09/2026: film gamma 3%/1 mm 96.8 %; MU second check 0.7 %")]),
            sig("Augustin Delacroix-Mbeki, MD 04/09/2026; Solveig Ambrose-Tan, MS, DABR 04/09/2026"),
        ]], opts=dict(header=[_c, f"{patient(10)}   MRN {mrn(10)}"])),
        Doc("3_on_treatment_visit.txt", text=f"""
LINDQVIST MEMORIAL - ON-TREATMENT VISIT 04/15/2026 - {patient(10)} ({mrn(10)})
Fraction one given April thirteenth. Fraction two was postponed from the fourteenth to the fifteenth because of a wound check; given today. Skin incision healed. Spine tracking on the vertebral anatomy corrected sub-millimeter. No new weakness.
A. Delacroix-Mbeki, MD
{FOOT}
"""),
        Doc("4_completion.txt", text=f"""
LINDQVIST MEMORIAL - COMPLETION SUMMARY (dictated 04/17/2026)
{patient(10)}   MRN {mrn(10)}
Target: L2 post-operative. Delivered 04/13, 04/15 and 04/17/2026: 2700 cGy in 3 fractions of 900 cGy, robotic unit with spine tracking every fraction. Cauda equina Dmax 20.1 Gy. MRI in eight weeks.
Augustin Delacroix-Mbeki, MD, Radiation Oncology
{DNR}
{FOOT}
"""),
    ])

# c44_11 -- pdf: cervical spine re-irradiation C5, 24 Gy / 3 after 30 Gy / 10, mask; page 2 stored rotated -------
_c = "KINGSLEY HEIGHTS RADIATION CENTRE"
add(name="c44_11", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("C5 vertebral body (re-irradiation)", "spinal", None, 24, 3)],
    categories=cats(),
    notes="Re-irradiation of a C5 lung-cancer metastasis previously given "
          "30 Gy in 10 fractions (2024, palliative conventional course, history). Now 24 Gy in 3 on a gantry "
          "linac with a head-neck-shoulder thermoplastic mask, daily CBCT; cumulative cord EQD2 table. Dictated "
          "note on page 1; page 2 (treatment record, landscape) stored rotated 90 degrees.",
    docs=[Doc("c44_11.pdf", [[
        H1("SPINE SBRT - RE-IRRADIATION NOTE"),
        P("D: 07/01/2026  T: 07/02/2026. The patient had 30 Gy in 10 fractions to C4-C6 in March 2024 for painful "
          "metastatic lung adenocarcinoma. There is now progression confined to the C5 body on MRI of June 24 with "
          "no cord compression. After a 27-month interval I recommend re-irradiation with SBRT: twenty-four gray in "
          "three fractions to C5, cord limited to a cumulative EQD2 under 70 Gy."),
        P("Simulation 07/01/2026: supine in a head, neck and shoulder thermoplastic mask; CT 1 mm fused with the "
          "cervical spine MRI (T1, T2, post-contrast). Planned with 2 VMAT arcs; physics second check 1.1 %."),
        RuledTable([("Structure", "Prior (EQD2)", "This course (EQD2)", "Cumulative"),
                    ("Spinal cord Dmax", "32.5 Gy", "29.8 Gy", "62.3 Gy"), ("Oesophagus D1cc", "31.0 Gy", "18.4 Gy", "49.4 Gy")]),
        sig("Perpetua Gallagher-Osei, MD 07/02/2026"),
    ], [
        H1("TREATMENT RECORD - C5 RE-IRRADIATION"),
        RuledTable([("Fraction", "Date", "Dose (Gy)", "Total (Gy)", "CBCT", "Couch shift (mm)", "Status"),
                    ("1", "07/08/2026", "8.0", "8.0", "yes", "1.2 / 0.4 / 0.9", "treated"),
                    ("2", "07/10/2026", "8.0", "16.0", "yes", "0.7 / 0.2 / 0.5", "treated"),
                    ("3", "07/13/2026", "8.0", "24.0", "yes", "0.3 / 0.6 / 0.1", "treated")]),
        P("Course complete 07/13/2026: C5, 24 Gy in 3 fractions. - P. Gallagher-Osei MD"),
    ]], opts=dict(header=[_c, f"{patient(11)}   MRN {mrn(11)}"], rotate={2: 90}))])


# ==================================================================================================
# Body SBRT
# ==================================================================================================

# c44_12 -- bundle (four files): lung, consult 54 Gy / 3 changed to 50 Gy / 5 (chest wall), scanned fraction log ---
_c = "THORNBURY CHEST & CANCER CENTRE"
add(name="c44_12", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT"], ["body_immobilization"]),
    lesions=[L("right upper lobe adenocarcinoma (RUL nodule)", "body", None, 50, 5)],
    categories=cats(),
    notes="Four files: dictated consult (T1b N0 peripheral RUL nodule, 54 Gy in 3 offered, PET staging "
          "'to be arranged' and then cancelled as the outside PET of 12/2025 is used: no PET in this course), "
          "a simulation note with 4DCT and a wing board/vacuum bag, a prescription revised to 50 Gy in 5 "
          "because of chest-wall contact, and a SCANNED fraction log (160 dpi) with the five fractions and CBCT. "
          "Gold follows delivery: 50 Gy / 5.",
    docs=[
        Doc("1_consult.txt", text=f"""
THORNBURY CHEST & CANCER CENTRE - THORACIC RADIATION ONCOLOGY CONSULT
{patient(12)} / {mrn(12)} / DOB 01/26/1946     D 01/12/2026  T 01/13/2026  job 60-118

Eighty year old former smoker, FEV1 forty-one percent, declined lobectomy. CT-guided biopsy of a two point one centimeter right upper lobe nodule: adenocarcinoma. The outside PET-CT from December 2025 showed no nodal or distant disease, so we will not repeat it.

Plan: stereotactic ablative radiotherapy, fifty-four gray in three fractions, pending the planning CT. If the tumour abuts the chest wall we may go to five fractions.
Oswin Tregarthen, MD  {DNR}
{FOOT}
"""),
        Doc("2_simulation.txt", text=f"""
SIMULATION NOTE - {patient(12)} ({mrn(12)}) - 01/20/2026
Supine, arms above the head on a wing board inside a vacuum bag. Four-dimensional CT, 2 mm, free breathing, ten phases; internal target volume from the maximum-intensity projection. The nodule abuts the posterior chest wall over 1.6 cm. Plan to be discussed.
Tamsin Colquhoun, RTT / Oswin Tregarthen, MD
{FOOT}
"""),
        Doc("3_prescription.pdf", [[
            H1("SBRT PRESCRIPTION  -  revision 2"),
            KeyValue([("Target", "PTV_RUL (ITV + 5 mm), 24.8 cc"),
                      ("Revision 1 (01/22/2026)", "5400 cGy in 3 fractions - WITHDRAWN (chest wall V30 exceeded)"),
                      ("Revision 2 (01/23/2026)", "5000 cGy in 5 fractions of 1000 cGy, every other day"),
                      ("Technique", "2 partial VMAT arcs, 6 MV FFF gantry linac, BEACON TPS 9"),
                      ("OAR", "chest wall V30 = 28 cc; rib Dmax 41.2 Gy; lung V20 4.1 %"),
                      ("QA", "second calculation 1.3 %; array gamma 3%/2mm 99.1 %")]),
            sig("Oswin Tregarthen, MD 01/23/2026; physicist Gwilym Rhys-Adebayo PhD 01/24/2026"),
        ]], opts=dict(header=[_c, f"{patient(12)}   MRN {mrn(12)}"])),
        Doc("4_fraction_log_scanned.pdf", [[
            H1("SBRT FRACTION LOG"),
            RuledTable([("Fx", "Date", "CBCT match", "Shift (mm)", "Dose (cGy)", "Sum (cGy)", "RTT"),
                        ("1", "01/27/2026", "tumour + ITV", "2.1", "1000", "1000", "TC"),
                        ("2", "01/29/2026", "tumour + ITV", "1.4", "1000", "2000", "TC"),
                        ("3", "02/02/2026", "tumour + ITV", "3.0", "1000", "3000", "MP"),
                        ("4", "02/04/2026", "tumour + ITV", "1.1", "1000", "4000", "TC"),
                        ("5", "02/06/2026", "tumour + ITV", "0.9", "1000", "5000", "MP")]),
            P("Course complete 02/06/2026: RUL 50 Gy in 5 fractions. Follow-up CT chest in 3 months. - O. Tregarthen MD"),
        ]], opts=dict(header=[_c, f"{patient(12)}   MRN {mrn(12)}"], scan=True, scan_dpi=160, scan_skew=0.7,
                      scan_noise=5)),
    ])

# c44_13 -- bundle: liver HCC 45 Gy / 3 with fiducials and abdominal compression; summary says five fractions ----
_c = "ASHCOMBE LIVER & GI ONCOLOGY"
add(name="c44_13", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("hepatocellular carcinoma segment VII", "body", None, 45, 3)],
    categories=cats(),
    contradiction="The dictated completion summary says the liver lesion received 45 Gy in five fractions, while the prescription and the treatment record give three fractions of 15 Gy.",
    notes="Four-document bundle: dictated consult (HCC segment VII 2.6 cm after failed chemoembolisation), "
          "fiducial-placement note (three gold seeds), simulation + plan sheet (contrast 4DCT, MRI fusion, "
          "abdominal compression plate) and treatment record with three fractions of 15 Gy and CBCT on the seeds. "
          "The completion summary says 'five fractions' (contradiction; gold follows the record: 3).",
    docs=[
        Doc("1_consult.txt", text=f"""
ASHCOMBE LIVER & GI ONCOLOGY - RADIATION ONCOLOGY CONSULTATION
{patient(13)}   MRN {mrn(13)}   Dictated 03/16/2026   Transcribed 03/17/2026

Seventy-one year old man with Child-Pugh A6 cirrhosis and a two point six centimeter hepatocellular carcinoma in segment seven, incompletely treated by chemoembolisation in January; residual arterial enhancement on the MRI of March ninth. Not a surgical or ablation candidate because of the location under the dome.

Recommendation: SBRT, forty-five gray in three fractions, after placement of fiducial markers by interventional radiology.
Philippa Ravensworth, MD  {DNR}
{FOOT}
"""),
        Doc("2_fiducials_and_sim.pdf", [[
            H1("FIDUCIAL MARKER PLACEMENT (Interventional Radiology)"),
            P("03/24/2026: Under ultrasound guidance three gold fiducial seeds (1 x 3 mm) were placed around the "
              "segment VII lesion. No complications. - Niamh Oyelaran-Birch, MD"),
            H1("SIMULATION AND PLAN"),
            P("03/31/2026: Supine, arms up, abdominal compression plate on a vacuum cushion. Contrast-enhanced 4DCT "
              "(2 mm) with the triple-phase liver MRI of 03/30/2026 fused. GTV on the arterial phase, ITV from the "
              "4DCT, PTV = ITV + 5 mm."),
            KeyValue([("Prescription", "15 Gy x 3 = 45 Gy to PTV_LIV7, every other day"),
                      ("Plan", "3 VMAT arcs, 10 MV FFF, BEACON TPS 9; liver minus GTV 700 cc below 15 Gy"),
                      ("Physics", "independent check 0.6 %; delivery QA 99.3 % passing")]),
            sig("Philippa Ravensworth, MD 04/02/2026"),
        ]], opts=dict(header=[_c, f"{patient(13)}   MRN {mrn(13)}"])),
        Doc("3_treatment_record.txt", text=f"""
ASHCOMBE - SBRT TREATMENT RECORD - {patient(13)} {mrn(13)}
Fx  Date        Target    Dose   Total  Imaging                          Note
1   04/06/2026  PTV_LIV7  15 Gy  15 Gy  CBCT, match on 3 seeds, 2.4 mm  compression plate level 4
2   04/08/2026  PTV_LIV7  15 Gy  30 Gy  CBCT, match on 3 seeds, 1.7 mm
3   04/10/2026  PTV_LIV7  15 Gy  45 Gy  CBCT, match on 3 seeds, 1.9 mm  course complete
{FOOT}
"""),
        Doc("4_completion.txt", text=f"""
ASHCOMBE LIVER & GI ONCOLOGY - COMPLETION SUMMARY
D 04/13/2026  T 04/14/2026
{patient(13)}, MRN {mrn(13)}: completed SBRT to the segment seven hepatocellular carcinoma, forty-five gray in five fractions, April sixth to April tenth 2026, with fiducial-based image guidance. Mild fatigue. Triple-phase MRI in three months.
Philippa Ravensworth, MD
{DNR}
{FOOT}
"""),
    ])

# c44_14 -- ehr_text: prostate on a robotic linac, 36.25 Gy / 5 with fiducials and a spacer; dictated --------------
add(name="c44_14", kind="ehr_text", codes=["77373", "77435", "G0339", "G0340"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("prostate (favorable intermediate risk)", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Dictated consult, simulation and completion in one text file: favourable intermediate-risk prostate "
          "cancer, four gold fiducials and a hydrogel spacer, CT + MRI fused, 36.25 Gy in 5 fractions of "
          "7.25 Gy on a robotic-arm linac with fiducial tracking; no body immobilisation device is named "
          "(the spacer is not one). Numbers in words throughout.",
    docs=[Doc("c44_14.txt", text=f"""
GRAYSTONE UROLOGIC ONCOLOGY - RADIATION ONCOLOGY DICTATIONS
Patient: {patient(14)}      MRN: {mrn(14)}      DOB: 08/14/1955

[CONSULT - dictated 05/05/2026, transcribed 05/06/2026, job 4471]
Seventy year old man, PSA six point eight, Gleason three plus four in three of twelve cores, T1c, favourable intermediate risk. Options reviewed: active surveillance was not favoured, prostatectomy, moderate hypofractionation over four weeks, and SBRT in five fractions. He chose SBRT. Fiducials and a rectal spacer first.

[SIMULATION - 05/26/2026]
Four gold fiducial markers and a hydrogel rectal spacer were placed by urology on May nineteenth. Today planning CT, one point five millimeter, supine, comfortably full bladder, fused to a prostate MRI, T2 axial, done the same afternoon.

[COMPLETION - dictated 06/12/2026]
He received thirty-six point two five gray in five fractions of seven point two five gray to the prostate, on May thirty-first, June second, fourth, eighth and tenth, on the robotic unit with real-time fiducial tracking (four seeds, rigid-body error under one point five millimeter). Plan by SEXTANT Robotic 6.0, one hundred sixty-eight beams, eighty-three percent isodose; patient-specific QA passed. Urinary frequency grade one. PSA in three months.

Marguerite Okafor-Lindgren, MD
{DNR}
{FOOT}
""")])

# c44_15 -- bundle: left kidney RCC 42 Gy / 3 on a gantry linac, vacuum cushion; consult, plan, OTV, completion ------
_c = "FERNLEIGH KIDNEY CANCER CLINIC"
add(name="c44_15", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("left kidney lower pole renal cell carcinoma", "body", None, 42, 3)],
    categories=cats(),
    notes="Three documents: dictated consult (solitary kidney, 3.4 cm lower-pole RCC, surgery declined), plan "
          "and prescription page with a DVH table, and an on-treatment visit plus completion note. 42 Gy in 3 "
          "fractions of 14 Gy, vacuum cushion, 4DCT and MRI fused, CBCT each fraction. Renal function values and "
          "a prior nephrectomy (2019) are history.",
    docs=[
        Doc("1_consult.txt", text=f"""
FERNLEIGH KIDNEY CANCER CLINIC - RADIATION ONCOLOGY
{patient(15)}   MRN {mrn(15)}   consult dictated 06/01/2026 (job 9034), transcribed 06/02/2026

Sixty-eight year old woman, right nephrectomy in 2019 for clear-cell carcinoma, now a three point four centimeter enhancing mass in the lower pole of the remaining left kidney, biopsy clear-cell RCC. eGFR fifty-two. Partial nephrectomy was offered and declined; cryoablation not advised because of the size and proximity to the ureter.

Plan: stereotactic ablative radiotherapy, forty-two gray in three fractions, with four-D CT and a renal MRI for planning.
Benedikt Amankwah-Short, MD  {DNR}
{FOOT}
"""),
        Doc("2_plan.pdf", [[
            H1("SABR PLAN - LEFT KIDNEY"),
            KeyValue([("Simulation", "06/08/2026: supine in a vacuum cushion, arms up; 4DCT 2 mm; MRI kidney 06/08/2026 fused"),
                      ("Volumes", "GTV on MRI, ITV on 4DCT, PTV = ITV + 5 mm (38.1 cc)"),
                      ("Prescription", "14 Gy x 3 = 42 Gy, twice weekly"),
                      ("Delivery", "2 VMAT arcs, 6 MV FFF, gantry linac, daily CBCT"),
                      ("QA", "second check 0.4 %; measured gamma 98.8 %")]),
            RuledTable([("Organ", "Metric", "Value", "Goal"),
                        ("Small bowel", "D0.5cc", "19.6 Gy", "< 25.2 Gy"), ("Left kidney minus PTV", "V17.5", "41 %", "record"),
                        ("Spinal cord", "Dmax", "9.1 Gy", "< 18 Gy"), ("Stomach", "D0.5cc", "12.0 Gy", "< 22.2 Gy")]),
            sig("B. Amankwah-Short MD 06/11/2026; Ottoline Frayne PhD 06/11/2026"),
        ]], opts=dict(header=[_c, f"{patient(15)}   MRN {mrn(15)}"])),
        Doc("3_otv_and_completion.txt", text=f"""
FERNLEIGH - ON TREATMENT VISIT 06/18/2026 - {patient(15)} {mrn(15)}
Fraction two of three today. CBCT shifts under 3 mm. Some nausea on day one, ondansetron helped.

FERNLEIGH - COMPLETION 06/22/2026
Left kidney lower-pole RCC: 42 Gy in 3 fractions (06/15, 06/18, 06/22/2026), all with CBCT guidance. Creatinine and CT in 3 months.
Electronically signed Benedikt Amankwah-Short, MD
{FOOT}
"""),
    ])

# c44_16 -- bundle: oligometastatic, left adrenal 40 Gy / 5 + right lower lobe nodule 50 Gy / 5 together -----------
_c = "MARLOWE STREET CANCER CARE"
add(name="c44_16", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left adrenal metastasis", "body", None, 40, 5), L("right lower lobe metastasis", "body", None, 50, 5)],
    categories=cats(),
    contradiction="The end-of-treatment note says SBRT was completed to 'all three metastatic sites', but it lists two, the prescription and daily log carry two targets, and the consult dropped the third (liver) lesion as a haemangioma.",
    notes="Oligometastatic melanoma, two sites treated in one course of five fractions on the same days: left "
          "adrenal 40 Gy / 5 and right lower lobe 50 Gy / 5. Four documents: dictated tumour-board-informed "
          "consult (a third site, a liver lesion, turned out benign on contrast ultrasound and is not treated), simulation note "
          "(PET-CT in the treatment position for planning, 4DCT, vacuum cushion), a two-target prescription, a "
          "daily log with both doses per row, and a completion note that says 'all three metastatic sites' while "
          "naming two (contradiction; gold: 2 lesions).",
    docs=[
        Doc("1_consult.txt", text=f"""
MARLOWE STREET CANCER CARE - CONSULTATION
{patient(16)}  MRN {mrn(16)}   D: 09/02/2026  T: 09/03/2026

Fifty-two year old man, BRAF-mutant melanoma, on dabrafenib and trametinib with a good response except for two sites: a two point nine centimeter left adrenal metastasis and a one point eight centimeter right lower lobe nodule. A third, segment four liver lesion was thought suspicious but the contrast ultrasound last week calls it a haemangioma, so that one is off the list.

Recommendation: SBRT to both active sites together, forty gray in five fractions to the adrenal and fifty gray in five to the lung, same treatment days.
Seraphina Oduya-Blackwood, MD  {DNR}
{FOOT}
"""),
        Doc("2_sim_and_rx.pdf", [[
            H1("SIMULATION"),
            P("09/09/2026: supine, arms up, vacuum cushion. Planning PET-CT in the treatment position (FDG, 2 mm) and "
              "an abdominal and thoracic 4DCT were acquired; ITVs for both targets."),
            H1("PRESCRIPTION - TWO TARGETS, ONE COURSE"),
            RuledTable([("Target", "Dose / fx", "Fx", "Total", "Technique"),
                        ("PTV_ADR_L", "8 Gy", "5", "40 Gy", "2 VMAT arcs, isocentre 1"),
                        ("PTV_RLL", "10 Gy", "5", "50 Gy", "2 VMAT arcs, isocentre 2")]),
            P("Every other weekday. Daily CBCT for each isocentre. Physics second check both plans (0.8 %, 1.2 %)."),
            sig("S. Oduya-Blackwood MD 09/14/2026"),
        ]], opts=dict(header=[_c, f"{patient(16)}   MRN {mrn(16)}"])),
        Doc("3_daily.txt", text=f"""
MARLOWE STREET - DAILY SBRT LOG - {patient(16)} {mrn(16)}
date        fx   ADR_L (Gy)  RLL (Gy)  CBCT ADR / RLL
09/16/2026  1    8           10        yes / yes
09/18/2026  2    8           10        yes / yes
09/21/2026  3    8           10        yes / yes
09/23/2026  4    8           10        yes / yes
09/25/2026  5    8           10        yes / yes
{FOOT}
"""),
        Doc("4_completion.txt", text=f"""
MARLOWE STREET CANCER CARE - END OF TREATMENT
{patient(16)}, {mrn(16)}. SBRT to all three metastatic sites completed 09/25/2026: left adrenal forty gray in five fractions, right lower lobe fifty gray in five fractions. Tolerated well. PET-CT in 12 weeks.
Seraphina Oduya-Blackwood, MD   {DNR}
{FOOT}
"""),
    ])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# c44_17 -- bundle: two metastases, radiosurgery recommended, simulation booked, patient declines ---------------
_c = "ELDERWOOD NEURO-ONCOLOGY ASSOCIATES"
add(name="c44_17", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: dictated consult recommends single-session linac radiosurgery to two metastases "
          "(20 Gy each, mask, planning MRI and CT 'to be scheduled'), a nurse's telephone note in which the "
          "patient declines and the mask fitting and planning scans are cancelled, and a letter to the "
          "referrer confirming that no radiosurgery was given (hospice). Nothing planned or delivered.",
    docs=[
        Doc("1_consult.txt", text=f"""
ELDERWOOD NEURO-ONCOLOGY ASSOCIATES - CONSULTATION
{patient(17)}   MRN {mrn(17)}   DOB 03/03/1941   D 10/05/2026  T 10/06/2026  job 12-6620

Eighty-five year old man with small cell lung cancer, progressing through second-line chemotherapy, with two new brain metastases on the diagnostic MRI of September thirtieth, right frontal one point one and left cerebellar zero point eight centimeters. ECOG two, on the edge of three.

We discussed radiosurgery to both lesions, twenty gray each in a single session on the linac with a mask, versus whole-brain radiotherapy, versus best supportive care. If he goes ahead, mask fitting and the planning MRI and CT will be scheduled for next week. He would like to think about it with his daughters.
Wilhelmina Stavros-Penn, MD  {DNR}
{FOOT}
"""),
        Doc("2_telephone_note.txt", text=f"""
TELEPHONE ENCOUNTER 10/08/2026 14:20 - {patient(17)} ({mrn(17)})
Spoke with the patient and his daughter. After discussion as a family he has decided against any brain radiation and wishes to enrol with hospice. Mask fitting, planning CT and MRI for 10/12 cancelled. Dr. Stavros-Penn informed.
- Lorcan Beaumont, RN
{FOOT}
"""),
        Doc("3_letter.pdf", [[
            H1("LETTER TO REFERRING PHYSICIAN"),
            P("Dear Dr. Quaintance, thank you for referring Mr. FORTYFOURPATIENT. We offered stereotactic "
              "radiosurgery for his two brain metastases. After careful thought he declined treatment and has chosen "
              "hospice care; no simulation took place and no radiation was given. We remain happy to see him again."),
            sig("Wilhelmina Stavros-Penn, MD 10/09/2026"),
        ]], opts=dict(header=[_c, f"{patient(17)}   MRN {mrn(17)}"])),
    ])

# c44_18 -- pdf: conventional 50.4 Gy / 28 pancreas chemoradiation; SBRT 33 Gy / 5 discussed and not chosen ---------
_c = "HOLLINGBOURNE GI RADIATION SERVICE"
add(name="c44_18", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 28, ["CT"], ["body_immobilization"]),
    lesions=[L("pancreatic head tumour", "body", None, 50.4, 28)],
    categories=cats(),
    notes="Hard negative (near miss): dictated consult and completion summary of conventional chemoradiation "
          "for a borderline-resectable pancreatic head cancer, 50.4 Gy in 28 fractions with capecitabine on a "
          "gantry linac, vacuum cushion, daily CBCT. The consult discusses SBRT 33 Gy in 5 fractions as an "
          "alternative and rejects it (duodenal invasion). 77373/77435 claimed: inconsistent (> 5 fractions).",
    docs=[Doc("c44_18.pdf", [[
        H1("RADIATION ONCOLOGY CONSULTATION"),
        P("D: 02/10/2026  T: 02/11/2026. Sixty-three year old woman with borderline-resectable adenocarcinoma of "
          "the pancreatic head after four months of FOLFIRINOX. We considered stereotactic body radiotherapy, "
          "thirty-three gray in five fractions, but the tumour invades the medial duodenal wall over three "
          "centimeters and the duodenal dose would not be safe, so SBRT is not recommended. Instead: "
          "conventionally fractionated chemoradiation, fifty point four gray in twenty-eight fractions of one "
          "point eight gray with capecitabine, followed by restaging for surgery."),
        sig("Aurelio Fitzwarren-Daku, MD 02/11/2026"),
        H2("Simulation"),
        P("02/16/2026: supine in a vacuum cushion, arms up; contrast planning CT 2.5 mm with a 4DCT. Volumes: GTV, "
          "CTV including the SMA margin, PTV + 7 mm. VMAT, 6 MV."),
    ], [
        H1("TREATMENT COMPLETION SUMMARY"),
        KeyValue([("Site", "Pancreatic head"), ("Dose", "50.4 Gy in 28 fractions of 1.8 Gy"),
                  ("Dates", "02/23/2026 - 04/02/2026 (one day lost to a holiday)"),
                  ("Technique", "2-arc VMAT, 6 MV gantry linac, daily cone-beam CT"),
                  ("Concurrent", "capecitabine 825 mg/m2 twice daily on treatment days")]),
        P("Completed as planned. Grade 2 nausea. Restaging CT in four weeks and surgical review."),
        sig("Aurelio Fitzwarren-Daku, MD 04/02/2026"),
        P(DNR),
    ]], opts=dict(header=[_c, f"{patient(18)}   MRN {mrn(18)}   DOB 06/21/1962"]))])

# c44_19 -- bundle: follow-up visit recounting radiosurgery done elsewhere in 2025, with a scanned outside letter ---
_c = "QUARRY HILL NEUROLOGY & ONCOLOGY"
add(name="c44_19", kind="bundle", codes=["77371", "77432", "61796"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a dictated follow-up visit at a new clinic recounting cobalt-60 frame radiosurgery of a "
          "left temporal metastasis (20 Gy, June 2025) at another hospital, with today's surveillance MRI "
          "reported, plus a SCANNED outside discharge letter (150 dpi) describing that 2025 treatment. No "
          "course is planned or given here; the MRI is surveillance. Facts empty.",
    docs=[
        Doc("1_follow_up.txt", text=f"""
QUARRY HILL NEUROLOGY & ONCOLOGY - FOLLOW-UP VISIT
{patient(19)}   MRN {mrn(19)}   Visit 01/14/2026   Dictated 01/14/2026  Transcribed 01/15/2026

Sixty year old woman who moved here in the autumn, establishing care. History: in June 2025 at Greyfriars Infirmary she had single-session radiosurgery on a cobalt unit, under a frame, twenty gray to a one point five centimeter left temporal metastasis from breast cancer (see their letter, scanned into the chart). She has had no seizures.

Today's surveillance MRI brain with contrast shows the treated lesion smaller, four millimeters, with mild surrounding T2 signal; no new lesions. No treatment is needed now. Repeat MRI in three months; we will re-refer to radiation oncology only if something new appears.
Rosamund Achterberg, MD, Neuro-oncology  {DNR}
{FOOT}
"""),
        Doc("2_outside_letter_scanned.pdf", [[
            H1("GREYFRIARS INFIRMARY - RADIOSURGERY DISCHARGE LETTER"),
            P("Date: 06/19/2025. Your patient underwent frame-based radiosurgery on the cobalt-60 unit today for a "
              "solitary left temporal metastasis (1.5 cm). Marginal dose 20 Gy to the 50% isodose. Stereotactic MRI "
              "and CT were used for planning. She tolerated the procedure well and was discharged the same day."),
            sig("Ambrose Tillotson, MD (Greyfriars Infirmary)"),
            P("[stamp] RECEIVED QUARRY HILL 12/02/2025 - scanned to chart"),
        ]], opts=dict(header=["GREYFRIARS INFIRMARY", f"Re: {patient(19)}"], scan=True, scan_dpi=150, scan_skew=0.9,
                      scan_noise=7, font="Courier")),
    ])

# c44_20 -- pdf: tumour-board note recommending SBRT for an oligometastatic liver lesion, nothing yet done -----------
_c = "WESTERHAM MULTIDISCIPLINARY CANCER CONFERENCE"
add(name="c44_20", kind="pdf", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: tumour-board minutes for three patients on one page, ours a colorectal liver "
          "metastasis for which the board recommends SBRT (45 Gy / 3 'if fiducials feasible') versus microwave "
          "ablation; decision deferred to the patient's surgical review. Dose, fractions and imaging are all "
          "recommendations or past staging. The other two patients' entries are about other people.",
    docs=[Doc("c44_20.pdf", [[
        H1("TUMOUR BOARD - HEPATOBILIARY / COLORECTAL - 11/19/2026"),
        P("Present: surgery (2), medical oncology (2), radiation oncology, interventional radiology, radiology, "
          "pathology, nurse navigator. Minutes taken by the coordinator; not a treatment record."),
        RuledTable([("Case", "Patient", "Question", "Recommendation"),
                    ("1", "(other patient)", "rectal cancer, restaging after TNT", "watch and wait, MRI 3 months"),
                    ("2", f"{patient(20)} {mrn(20)}", "single 2.2 cm segment VI metastasis, colon primary resected 2024",
                     "SBRT 45 Gy in 3 fractions if fiducials feasible, or microwave ablation; surgical opinion first"),
                    ("3", "(other patient)", "pancreatic cyst", "EUS in 6 months")]),
        H2("Case 2 discussion"),
        P("Staging CT and liver MRI from October show a single lesion. Radiation oncology would offer SBRT, "
          "forty-five gray in three fractions with gold seeds and abdominal compression, and would need a new "
          "planning scan. IR feels ablation is feasible. The board's consensus is to obtain the hepatobiliary "
          "surgeon's view first; the patient will decide between resection, ablation and SBRT at her visit on "
          "12/02/2026. No treatment has been scheduled."),
        sig("Minutes approved by the chair, Evangeline Ashworth-Ibe, MD 11/20/2026"),
    ]], opts=dict(header=[_c, "CONFIDENTIAL - tumour board minutes"]))])


CORPUS = Corpus("blind_corpus44", "tests/blind_corpus44", CHARTS, pdf_options={"footer": FOOT, "font": "Helvetica"},
                hand_written=["README.md", "FIRST_RUN.md"])
