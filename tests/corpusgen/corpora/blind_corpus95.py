"""Ninety-fifth blind corpus, ``tests/blind_corpus95/`` (regenerate: ``python scripts/make_corpus.py blind_corpus95``).

HELD-OUT FAIR SAMPLE, written blind (without reading the reader's code): one ordinary month of stereotactic
courses as the hospital coding office of an invented regional health network receives them - a main
radiation-oncology department (Carrowmore General), two satellite centres (Tessford Valley, Ardley Cross) and a
freestanding radiosurgery centre (Brackenhill). It is not a trick set and is not to be opened by whoever tunes
the reader; its one score is meant as an honest estimate of accuracy on unseen charts.

Twenty courses: cranial 9 (cobalt-60 frame and mask, gantry-linac single and multi-lesion SRS, fractionated SRS
of a resection cavity, a vestibular schwannoma, trigeminal neuralgia, a cavernous-sinus meningioma on a
robotic-arm linac), spine 4 (single level, two adjacent levels, post-operative, a single-fraction robotic
course), body 5 (peripheral and central lung, liver with fiducials, prostate, an oligometastatic adrenal), two
hard negatives (an SRS plan never delivered; a 15-fraction hypofractionated lung course claimed as SBRT), two
self-contradicting charts and several wrong claimed codes. Formats as they arrive: EHR print-outs with banners
and page numbers, transcription-service dictations, planning-system plan summaries, record-and-verify
histories and plain-text exports, physics second checks, a simulation note, completion summaries, seven
bundles of 2-3 files, one scanned page-set, one partly scanned bundle and one two-column page. Claimed codes
include planning / physics codes (77263, 77295, 77300, 77334, 77336, 77370) as a coder enters them; those are
labelled consistent where the chart documents the service and no fact contradicts them (nothing in the shared
rules makes them depend on the stereotactic facts). Every clinic, clinician and planning / record system is
invented and marked so.

Gold labels are written by hand from what the chart says, ../shared/corpus/README.md and the contract: only
THIS course's lesions, delivered doses and fractions; where a chart contradicts itself the gold follows the
treatment record and carries ``review_expected`` with a one-sentence contradiction.
"""

# ruff: noqa: E501  (dictations and exports are deliberately long lines)

from __future__ import annotations

import dataclasses

from pdfmaker import KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

PATIENTS = [("YARBOROUGH", "NESTA"), ("YELVERTON", "ROWAN"), ("YATESBURY", "HAROLD"), ("YOUNGHUSBAND", "CLEMENTINE"),
            ("YARDLEY-COLE", "MARGUERITE"), ("YEOMANS", "ALFRED"), ("YSTRAD", "BRONWEN"), ("YEWDALL", "PRUDENCE"),
            ("YARROWSMITH", "DESMOND"), ("YELLAND", "CONRAD"), ("YORKSTONE", "ELSPETH"), ("YOXALL", "BARNABY"),
            ("YATTENDON", "GWILYM"), ("YEADON", "WINIFRED"), ("YSELDYKE", "OSWIN"), ("YARDWICK", "PERPETUA"),
            ("YEOVILLE", "AUGUSTUS"), ("YULEMARSH", "CORDELIA"), ("YOUDEN", "LAVINIA"), ("YAPHANK", "HONORIA")]

# The four sites of the (invented) Carrowmore Regional Health network
MAIN = "CARROWMORE GENERAL HOSPITAL - DEPARTMENT OF RADIATION ONCOLOGY (invented)"
TESS = "TESSFORD VALLEY CANCER CENTRE (invented) - a Carrowmore Regional Health satellite"
ARD = "Ardley Cross Radiation Oncology (invented)"
BRK = "BRACKENHILL RADIOSURGERY CENTRE (invented) - freestanding"

PLANNING_CODES = {"77263", "77295", "77300", "77301", "77334", "77336", "77370", "77470"}
SCAN = dict(scan=True, scan_dpi=150, scan_noise=3.0)


def patient(n: int) -> str:
    last, first = PATIENTS[n - 1]
    return f"{last}, {first}"


def mrn(n: int) -> str:
    return f"SYN-95{n:03d}"


def head(clinic: str, n: int, dob: str, extra: str = "") -> list[str]:
    return [clinic, f"{patient(n)}   MRN {mrn(n)}   DOB {dob}" + (f"   {extra}" if extra else "")]


def ehr(n: int, dob: str, encounter: str, printed: str) -> list[str]:
    """The banner the main department's EHR prints on every page."""
    return [f"Carrowmore Regional Health (invented)  |  HELIX Clinical EHR (invented)  |  Printed {printed} by CODING-RO",
            f"{patient(n)}   MRN: {mrn(n)}   DOB: {dob}   Encounter: {encounter}"]


CHARTS = Charts()


def add(*, codes: list[str], planning_ok: dict[str, bool] | None = None, **kw) -> None:
    """CHARTS.add for the stereotactic codes, then the planning / physics codes put back in the claimed order,
    consistent unless ``planning_ok`` says otherwise (corpusgen.rules has no rule for them)."""
    srs = [c for c in codes if c not in PLANNING_CODES]
    CHARTS.add(codes=srs, **kw)
    chart = CHARTS.pop()
    gold = chart.gold
    consistent = {c: (gold.consistent[c] if c in gold.consistent else (planning_ok or {}).get(c, True)) for c in codes}
    CHARTS.append(dataclasses.replace(chart, gold=dataclasses.replace(gold, codes=list(codes), consistent=consistent)))


# ==================================================================================================
# Cranial
# ==================================================================================================

# y95_01 -- bundle (3 files): cobalt-60 frame SRS, three metastases; dictated note + dose plan + physics check -----
add(name="y95_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800", "77295", "77300"],
    facts=F("cobalt60", ["cranial"], 3, 1, ["MRI"], ["frame"]),
    lesions=[L("right frontal", "cranial", S, 20, 1), L("left parietal", "cranial", S, 20, 1),
             L("right cerebellar", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Freestanding centre, DOS 05/06/2026: transcribed procedure note (frame under local, stereotactic MRI, "
          "three metastases), the planning-system dose plan (20/20/18 Gy at the 50% isodose, shots) and a physics "
          "second check with the frame co-ordinate check. All simple (< 3.5 cm, away from the optic apparatus and "
          "brainstem). MRI only.",
    docs=[
        Doc("1_procedure_note_dictated.txt", text=f"""
BRACKENHILL RADIOSURGERY CENTRE (invented)
ClearScribe Medical Transcription (invented)  Job# 4471-0506-12  D: 05/06/2026 15:02  T: 05/06/2026 17:40

PATIENT: {patient(1)}
MRN: {mrn(1)}     DOB: 11/23/1961
DATE OF PROCEDURE: 05/06/2026
NEUROSURGEON: Ambrose Keddle-Marsh, MD
RADIATION ONCOLOGIST: Siobhan Arkwright, MD
PHYSICIST: Lionel Fenwick-Obi, PhD

PROCEDURES PERFORMED:
1. Application of stereotactic head frame.
2. Stereotactic MRI.
3. Gamma Knife radiosurgery, 3 targets.

INDICATION: 64-year-old woman with HER2-positive breast cancer, extracranial disease controlled on trastuzumab deruxtecan, with 3 new brain metastases on surveillance MRI 04/22/2026. KPS 90. Reviewed at neuro-oncology board 04/27/2026, recommendation SRS alone.

DESCRIPTION: The patient was brought to the radiosurgery suite. After infiltration of 1% lidocaine with bupivacaine at the four pin sites, the stereotactic head frame was applied, shifted slightly posterior to cover the cerebellar lesion. Stereotactic MRI with the localizer box was obtained: 1 mm axial T1 post gadolinium and T2. No new lesions beyond the 3 known. Images were transferred to the planning workstation and the targets were outlined by Dr. Arkwright and myself.

The right frontal metastasis, 12 mm, and the left parietal metastasis, 8 mm, each received 20 Gy to the 50 percent isodose line. The right cerebellar metastasis, 16 mm, received 18 Gy to the 50 percent isodose line. Plan reviewed and approved jointly, frame coordinates checked by physics at the couch, and treatment was delivered in a single session, beam-on 41 minutes, without interruption.

The frame was removed, pin sites dressed, no bleeding. She was discharged home with her husband at 14:30 with dexamethasone 4 mg for 2 days.

FOLLOW-UP: MRI brain in 8 weeks.

Ambrose Keddle-Marsh, MD
Electronically signed 05/07/2026 08:15
{FOOT}
"""),
        Doc("2_dose_plan.pdf", [[
            H1("Radiosurgery Dose Plan Report"),
            KeyValue([("Patient", f"{patient(1)}   ({mrn(1)})"), ("Plan", "GK_3MET_0506  (approved 05/06/2026 11:52)"),
                      ("Planning system", "HALO-GP 11.2 (invented)"),
                      ("Unit", "Leksell Gamma Knife Icon, frame mode"),
                      ("Fixation", "Stereotactic head frame (4 pins)"),
                      ("Stereotactic images", "MR 05/06/2026 T1+Gd 1.0 mm, T2 2.0 mm; fiducial fit mean 0.4 mm")]),
            RuledTable([("Target", "Max diam", "Vol (cc)", "Rx dose", "Isodose", "Coverage", "Shots", "Collimators"),
                        ("R_Frontal", "12 mm", "0.52", "20.0 Gy", "50%", "99%", "4", "4/8 mm"),
                        ("L_Parietal", "8 mm", "0.21", "20.0 Gy", "50%", "99%", "3", "4 mm"),
                        ("R_Cerebellar", "16 mm", "1.38", "18.0 Gy", "50%", "98%", "7", "8/16 mm")]),
            P("Organs at risk: brainstem Dmax 6.1 Gy; optic chiasm Dmax 1.2 Gy; cochlea R 2.4 Gy. Brain V12Gy 3.9 cc. "
              "Estimated treatment time 41.3 min at current dose rate 2.61 Gy/min."),
            sig("Siobhan Arkwright, MD (Radiation Oncology) 05/06/2026"),
            sig("Ambrose Keddle-Marsh, MD (Neurosurgery) 05/06/2026"),
            sig("Lionel Fenwick-Obi, PhD (Medical Physics) 05/06/2026"),
        ]], opts=dict(header=head(BRK, 1, "11/23/1961"))),
        Doc("3_physics_second_check.pdf", [[
            H1("Physics Second Check - Gamma Radiosurgery"),
            KeyValue([("Patient", f"{patient(1)}  {mrn(1)}"), ("Plan", "GK_3MET_0506"),
                      ("Check performed", "05/06/2026 12:05")]),
            TextTable([("Item", "Result", "Tolerance"),
                       ("Independent treatment-time calculation", "-0.9% (max shot)", "+/- 3%"),
                       ("Shot co-ordinates vs plan (14 shots)", "agree", "exact"),
                       ("Frame co-ordinate check at the couch", "done, PPS readout verified", "-"),
                       ("Dose-rate decay correction", "applied", "-"),
                       ("Plan / prescription agreement", "3 targets, 20/20/18 Gy", "-")], columns=(0, 230, 400)),
            P("Check passed. Plan released for treatment."),
            sig("Lionel Fenwick-Obi, PhD 05/06/2026"),
        ]], opts=dict(header=head(BRK, 1, "11/23/1961"))),
    ])

# y95_02 -- two-column report: cobalt-60 frame SRS of a vestibular schwannoma; 61796 claimed (complex) ------------
add(name="y95_02", kind="two_column", codes=["77371", "77432", "61796", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    notes="Two-column radiosurgery report of the freestanding centre, DOS 04/29/2026: left vestibular schwannoma "
          "2.1 cm, 12 Gy to the 50% isodose line under a frame, stereotactic MRI fused with stereotactic CT. A "
          "schwannoma is complex whatever its size, so the claimed 61796 is wrong (61798).",
    docs=[Doc("y95_02.pdf", [[
        H1("Radiosurgery Report"),
        P(f"Patient: {patient(2)}   MRN {mrn(2)}   DOB 03/14/1972"),
        P("Date of radiosurgery: 04/29/2026 (single session)"),
        P("Neurosurgeon: Cormac Pellinger, MD. Radiation oncologist: Siobhan Arkwright, MD. Physicist: Lionel "
          "Fenwick-Obi, PhD."),
        H2("Diagnosis"),
        P("Left vestibular schwannoma (D33.3), Koos grade 2, 2.1 x 1.6 x 1.4 cm, growth of 3 mm over 18 months on "
          "serial MRI. Serviceable hearing (PTA 32 dB, WRS 84%). Patient chose radiosurgery over microsurgery."),
        H2("Procedure"),
        P("Stereotactic head frame applied at 07:40 under local anaesthesia (4 pins). Stereotactic MRI (T1 post "
          "contrast 1 mm, CISS 0.6 mm) and stereotactic CT (1 mm, for geometric accuracy) were acquired and "
          "co-registered. Tumour outlined on the CISS and T1 images; facial nerve course and cochlea outlined."),
        H2("Dose plan"),
        P("12 Gy to the 50% isodose line, 14 shots (4 and 8 mm), coverage 98.6%, Paddick conformity 0.86. Cochlea "
          "mean 3.8 Gy; brainstem max 11.2 Gy (surface, 0.02 cc); trigeminal nerve max 9.6 Gy. Planning system "
          "HALO-GP 11.2 (invented). Unit: Leksell Gamma Knife Icon."),
        H2("Delivery"),
        P("Frame co-ordinates verified at the unit by the physicist; independent treatment-time check within 1.2%. "
          "Treatment delivered 10:05-10:58 in one session without interruption. Frame removed, pin sites clean."),
        H2("Plan of care"),
        P("MRI and audiogram at 6 months. Counselled about transient swelling and tinnitus."),
        sig("Cormac Pellinger, MD 04/29/2026"),
        sig("Siobhan Arkwright, MD 04/29/2026"),
    ]], opts=dict(header=head(BRK, 2, "03/14/1972"), two_columns=True))])

# y95_03 -- EHR print-out (2 pages): single-lesion linac SRS, mask, TrueBeam -------------------------------------
add(name="y95_03", kind="ehr_printout", codes=["77372", "77432", "61796", "77263", "77334"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left occipital", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Main department EHR print-out (banner, page numbers) of the SRS procedure note, DOS 05/12/2026: one "
          "2.1 cm left occipital NSCLC metastasis, 20 Gy to the 80% isodose line, five non-coplanar VMAT arcs on a "
          "TrueBeam STx, custom SRS mask (77334), CT + MRI, CBCT and stereoscopic x-ray.",
    docs=[Doc("y95_03.pdf", [
        [H1("Radiation Oncology Procedure Note - Stereotactic Radiosurgery"),
         KeyValue([("Note type", "Procedure Note  |  Status: Signed"), ("Service date", "05/12/2026 09:10"),
                   ("Author", "Tobias Wendlebury, MD (Radiation Oncology)"),
                   ("Co-signer", "Ines Marchbank, MD (Neurosurgery)"),
                   ("Location", "Carrowmore General - RO Linac 3 (TrueBeam STx)")]),
         H2("Indication"),
         P("62 y/o M with stage IV lung adenocarcinoma (ALK negative, PD-L1 60%) on pembrolizumab with a solitary "
           "2.1 cm enhancing left occipital metastasis and mild vasogenic edema, found on restaging MRI 04/24/2026. "
           "ECOG 1. Neurosurgery (Dr. Marchbank) reviewed: SRS preferred to resection. Dx C79.31, C34.12."),
         H2("Simulation / planning"),
         P("CT simulation 05/04/2026 in a custom thermoplastic SRS mask with mouthpiece (complex immobilization "
           "device), 1.25 mm slices. MRI brain 05/03/2026 3T, MPRAGE post-contrast 1 mm, rigidly registered to the "
           "planning CT (registration reviewed by MD). GTV contoured on MRI, PTV = GTV + 1 mm. "
           "Planning system: LODESTAR TPS 7.1 (invented)."),
         P("Rx: 20 Gy x 1 fraction to the 80% isodose line, PTV V100 98.2%. Five non-coplanar VMAT arcs, 6X-FFF, "
           "single isocenter in the lesion. Brain-GTV V12Gy 5.1 cc; optic pathway Dmax 1.4 Gy; brainstem Dmax "
           "3.3 Gy."),
         P("Physics: independent MU check 1.1%; patient-specific QA (portal dosimetry) gamma 3%/1 mm 99.4% on "
           "05/08/2026.")],
        [H2("Procedure"),
         P("Patient set up in the mask on the 6DoF couch. CBCT acquired and matched to the planning CT; shifts "
           "1.6 mm / 0.8 deg applied and approved by me at the console. Stereoscopic x-ray verification before each "
           "arc, all residuals < 0.7 mm and < 0.5 deg. All 5 arcs delivered as planned, total time at the console "
           "27 minutes. Dr. Marchbank present for the treatment."),
         P("Assessment: tolerated well. Single-fraction SRS completed: left occipital metastasis 20 Gy in 1 fraction."),
         P("Plan: dexamethasone 4 mg x 3 days then stop. MRI brain 6-8 weeks, then clinic."),
         sig("Tobias Wendlebury, MD 05/12/2026 11:47"),
         sig("Ines Marchbank, MD 05/12/2026 13:02")],
    ], opts=dict(header=ehr(3, "07/30/1963", "05/12/2026 RO-SRS", "05/26/2026 10:14")))])

# y95_04 -- bundle (2 pdf): single-isocenter multi-target linac SRS, five metastases incl. pons --------------------
add(name="y95_04", kind="bundle", codes=["77372", "77432", "61798", "61797", "77295", "77300"],
    facts=F("linac", ["cranial"], 5, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal", "cranial", S, 20, 1), L("left frontal", "cranial", S, 20, 1),
             L("left temporal", "cranial", S, 20, 1), L("right cerebellar", "cranial", S, 18, 1),
             L("pons", "cranial", C, 15, 1)],
    categories=cats(),
    notes="Main department, DOS 05/14/2026: the planning system's plan summary (five PTVs, single isocenter, six "
          "non-coplanar arcs on an Edge) and the record-and-verify treatment history (one session, arcs and MU, "
          "CBCT and surface guidance). The pontine lesion is complex (brainstem), so 61798 first plus 61797 for "
          "the four simple ones.",
    docs=[
        Doc("1_plan_summary.pdf", [[
            H1("LODESTAR TPS 7.1 (invented) - Plan Summary"),
            KeyValue([("Patient", f"{patient(4)}"), ("ID", mrn(4)), ("Course", "C1_BRAIN_SRS"),
                      ("Plan", "MM_SRS_5T  (Approved: T. Wendlebury 05/13/2026 16:20)"),
                      ("Machine", "Edge  -  6X-FFF, HD MLC"),
                      ("Image sets", "CT_SIM 05/07/2026 (1.0 mm, SRS mask) + MR_T1C 05/06/2026 (rigid reg.)"),
                      ("Technique", "Single isocenter, 6 non-coplanar VMAT arcs (couch 0/45/90/315/270)"),
                      ("Fractionation", "1 fraction")]),
            RuledTable([("Structure", "Location", "Diam (cm)", "Dose (Gy)", "IDL", "V100 (%)", "CI"),
                        ("PTV1", "R frontal", "0.9", "20.0", "78%", "99.1", "1.12"),
                        ("PTV2", "L frontal", "0.6", "20.0", "75%", "98.7", "1.21"),
                        ("PTV3", "L temporal", "1.4", "20.0", "80%", "98.9", "1.09"),
                        ("PTV4", "R cerebellar", "1.1", "18.0", "80%", "98.4", "1.14"),
                        ("PTV5", "pons (within brainstem)", "0.5", "15.0", "80%", "97.6", "1.25")]),
            RuledTable([("OAR", "Metric", "Value", "Limit"),
                        ("Brainstem", "D0.03cc", "15.6 Gy", "accepted (target within)"),
                        ("Optic chiasm", "Dmax", "2.1 Gy", "< 8 Gy"),
                        ("Brain - GTVs", "V12Gy", "8.8 cc", "< 10 cc")]),
            P("Second calculation (independent MU): all arcs within 2.0%. Patient QA (ion chamber + film) passed "
              "05/13/2026."),
            sig("Tobias Wendlebury, MD 05/13/2026"), sig("Nadia Okonkwo-Reyes, MS, DABR 05/13/2026"),
        ]], opts=dict(header=head(MAIN, 4, "02/19/1958"))),
        Doc("2_treatment_history.pdf", [[
            H1("KEYSTONE R&V (invented) - Treatment History"),
            KeyValue([("Patient", f"{patient(4)}  {mrn(4)}"), ("Course / Plan", "C1_BRAIN_SRS / MM_SRS_5T"),
                      ("Printed", "05/20/2026 by coding")]),
            RuledTable([("Date", "Fx", "Field", "MU planned", "MU delivered", "Imaging", "Therapists"),
                        ("05/14/2026", "1/1", "ARC1 CW 181-179", "1288", "1288", "CBCT (approved TW)", "KB/RS"),
                        ("05/14/2026", "1/1", "ARC2 CCW T45", "1042", "1042", "SGRT", "KB/RS"),
                        ("05/14/2026", "1/1", "ARC3 CW T90", "977", "977", "SGRT", "KB/RS"),
                        ("05/14/2026", "1/1", "ARC4 CCW T315", "1105", "1105", "SGRT", "KB/RS"),
                        ("05/14/2026", "1/1", "ARC5 CW T270", "864", "864", "SGRT", "KB/RS"),
                        ("05/14/2026", "1/1", "ARC6 CCW T0", "1190", "1190", "CBCT mid (approved TW)", "KB/RS")]),
            P("Reference points: PTV1 20.00/20.00 Gy; PTV2 20.00/20.00 Gy; PTV3 20.00/20.00 Gy; PTV4 18.00/18.00 Gy; "
              "PTV5 15.00/15.00 Gy (delivered/planned). Course status: Completed 05/14/2026."),
            P("Treatment note (MD): all five metastases treated in one session with frameless mask; surface-guided "
              "intrafraction monitoring within 1 mm throughout."),
            sig("Tobias Wendlebury, MD 05/14/2026"),
        ]], opts=dict(header=head(MAIN, 4, "02/19/1958"))),
    ])

# y95_05 -- dictation (text): fractionated SRS of a 3.9 cm resection cavity, 30 Gy/5, satellite centre -----------
add(name="y95_05", kind="dictation", codes=["77373", "77435", "61798", "77336"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal resection cavity", "cranial", C, 30, 5)],
    categories=cats(),
    notes="Transcribed completion summary from a satellite centre: fractionated SRS to a 3.9 cm right frontal "
          "resection cavity (complex by size), thirty gray in five fractions, Versa HD, mask, CT + MRI, CBCT daily, "
          "04/20-04/24/2026.",
    docs=[Doc("y95_05.txt", text=f"""
TESSFORD VALLEY CANCER CENTRE (invented)
Carrowmore Regional Health - Radiation Oncology
TRANSCRIBED DOCUMENT - ClearScribe Medical Transcription (invented)
Document: RADIATION TREATMENT COMPLETION SUMMARY
Dictated by: Rosalind Umberfield, MD    Date dictated: 04/24/2026    Date transcribed: 04/27/2026  mh/cs
Patient: {patient(5)}    MRN: {mrn(5)}    DOB: 08/02/1956

DIAGNOSIS: Metastatic melanoma to brain, status post resection of right frontal metastasis 03/26/2026.

COURSE: Fractionated stereotactic radiotherapy to the right frontal resection cavity, 04/20/2026 through 04/24/2026.

HISTORY: Ms. Yardley-Cole is a 69-year-old woman with BRAF-mutant melanoma who presented with a 4.2 cm right frontal hemorrhagic metastasis and underwent gross total resection by Dr. Lestrange on March 26. The postoperative MRI showed a cavity measuring 3.9 cm in greatest dimension with no residual enhancement and no other intracranial disease. Given the cavity size we recommended five fractions rather than single-session radiosurgery.

PLANNING: She underwent CT simulation on April 13 in a thermoplastic SRS mask, 1 mm slices, and this was fused to a post-contrast MRI of April 10. The cavity and the surgical tract were contoured with a 2 mm margin to the PTV, taking care along the dural contact. The plan was generated in MERIDIAN Plan 4 (invented) with three VMAT arcs on the Versa HD, and the prescription was 30 Gy in 5 fractions of 6 Gy prescribed to the 80 percent isodose line. Optic chiasm maximum 9.8 Gy, brainstem maximum 4.1 Gy. The plan was checked by physics with an independent dose calculation, and weekly physics chart checks were done during the course.

TREATMENT: Fractions were given daily April 20, 21, 22, 23 and 24. Each day a cone beam CT was acquired and matched to the planning CT and the six-degree couch corrections were reviewed and approved before treatment. She received the full prescribed dose, 3000 cGy in 5 fractions to the resection cavity, without interruption.

TOLERANCE: Mild fatigue and patchy alopecia at the right frontal scalp. No headache, no seizures. Dexamethasone was not needed.

FOLLOW-UP: MRI brain in 2 months, then every 3 months. She continues on dabrafenib and trametinib with Dr. Osei.

Rosalind Umberfield, MD
Radiation Oncology
cc: Dr. H. Lestrange (Neurosurgery); Dr. K. Osei (Medical Oncology)
{FOOT}
""")])

# y95_06 -- scanned summary (image only): cobalt-60 frame radiosurgery for right trigeminal neuralgia, 80 Gy -------
add(name="y95_06", kind="scan", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Scanned (image-only, slightly skewed) one-page treatment summary from the freestanding centre, DOS "
          "05/05/2026: functional radiosurgery for refractory right trigeminal neuralgia, one 4 mm shot, 80 Gy "
          "maximum dose (100% isodose) to the right trigeminal nerve, frame, MRI (CISS) + CT. Functional target: "
          "complex.",
    docs=[Doc("y95_06.pdf", [[
        H1("Gamma Knife Treatment Summary"),
        KeyValue([("Patient", patient(6)), ("MRN", mrn(6)), ("DOB", "12/09/1947"),
                  ("Date of treatment", "05/05/2026"),
                  ("Diagnosis", "G50.0 trigeminal neuralgia, right V2/V3, refractory to carbamazepine and baclofen"),
                  ("Neurosurgeon", "Cormac Pellinger, MD"), ("Radiation oncologist", "Siobhan Arkwright, MD"),
                  ("Physicist", "Lionel Fenwick-Obi, PhD")]),
        H2("Procedure"),
        P("Leksell-type stereotactic frame applied under local anaesthetic. Stereotactic MRI (CISS 0.5 mm, T1 post "
          "contrast) and stereotactic CT obtained and fused. Target: right trigeminal nerve, cisternal segment, "
          "7 mm anterior to the root entry zone."),
        P("Dose plan (HALO-GP 11.2, invented): single 4 mm shot, maximum dose 80 Gy (100% isodose). Brainstem "
          "surface within the 15% isodose (max 12.0 Gy). No plugging."),
        P("Frame co-ordinates checked against the plan by physics before treatment. Treatment delivered on the "
          "Gamma Knife Icon in one session, 52 min. Frame removed without complication."),
        H2("Outcome / plan"),
        P("Discharged same day. Continue carbamazepine unchanged until review at 6 weeks; taper if pain free."),
        sig("Cormac Pellinger, MD 05/05/2026"),
        sig("Siobhan Arkwright, MD 05/06/2026"),
        P("RECEIVED  MAY 11 2026  CARROWMORE CODING"),
    ]], opts=dict(header=head(BRK, 6, "12/09/1947"), scan_skew=1.1, **SCAN))])

# y95_07 -- plain-text R&V export: robotic-arm linac FSRT of a cavernous sinus meningioma, 25 Gy/5 ------------------
add(name="y95_07", kind="text_export", codes=["77373", "77435", "61798", "77295", "77300"],
    facts=F("robotic_linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left cavernous sinus meningioma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Plain-text course summary exported from the freestanding centre's record system, doses in cGy: left "
          "cavernous sinus meningioma (complex by location) 2500 cGy in 5 fractions on a CyberKnife, mask, CT + "
          "MRI, 6D skull tracking, 05/04-05/08/2026.",
    docs=[Doc("y95_07.txt", text=f"""
==============================================================================
 TALLIS R&V (invented)  -  COURSE SUMMARY REPORT              Page 1 of 1
 Site: BRACKENHILL RADIOSURGERY CENTRE (invented)   Printed: 05/11/2026 08:31
==============================================================================
 Patient : {patient(7)}                      MRN : {mrn(7)}
 DOB     : 06/17/1966                         Sex : F
 Physician: Hollis Tarrant-Vane, MD           Physicist: Lionel Fenwick-Obi, PhD
------------------------------------------------------------------------------
 Course    : 1  MENING_L_CAVSINUS       Status: COMPLETE
 Diagnosis : D32.0  Benign neoplasm of cerebral meninges (L cavernous sinus,
             2.6 x 2.0 cm, encasing L ICA, 2 mm from L optic nerve)
 Intent    : Definitive
 Treatment unit : CyberKnife M6 (robotic)   Collimation: Iris variable aperture
 Planning sys   : ORRERY-RS 3.4 (invented)   Plan: MEN_5FX_v2  198 beams, 1 path
 Immobilization : Thermoplastic mask (open face)
 Tracking       : 6D skull, image interval 30-60 s
 Image sets     : CT 04/23/2026 1.0 mm (contrast);  MRI 04/22/2026 T1+C 1 mm, FIESTA
                  -- fused (rigid), reviewed HTV 04/24/2026
------------------------------------------------------------------------------
 PRESCRIPTION : 2500 cGy in 5 fx (500 cGy/fx) to 80% isodose, PTV = GTV + 1 mm
 COVERAGE     : PTV 96.8%   nCI 1.18
 OAR          : L optic n. Dmax 2290 cGy (<2500)  Chiasm 1640 cGy  Brainstem 1380 cGy
 PLAN QA      : 2nd MU calc 1.4%   Film/chamber QA pass 04/30/2026 (LFO)
------------------------------------------------------------------------------
 FX  DATE        DOSE(cGy)  CUM(cGy)  TRACK  TX TIME  NOTES
  1  05/04/2026     500        500     6D     38 min
  2  05/05/2026     500       1000     6D     36 min
  3  05/06/2026     500       1500     6D     37 min
  4  05/07/2026     500       2000     6D     35 min   couch re-zero x1
  5  05/08/2026     500       2500     6D     36 min   course complete
------------------------------------------------------------------------------
 TOTAL DELIVERED: 2500 cGy / 5 fx to PTV_MEN (L cavernous sinus)
 Approved: H. Tarrant-Vane MD 05/08/2026 16:02   Physics: L. Fenwick-Obi 05/08/2026
==============================================================================
{FOOT}
""")])

# y95_08 -- bundle (pdf + txt export), CONTRADICTION: procedure note gives 21 Gy, plan / delivery show 18 Gy --------
add(name="y95_08", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left occipital", "cranial", S, 18, 1), L("right frontal", "cranial", S, 20, 1)],
    categories=cats(),
    contradiction="The physician procedure note states 21 Gy to the left occipital metastasis, while the approved plan and the delivery record show 18 Gy prescribed and delivered.",
    notes="Satellite centre, DOS 05/19/2026, two metastases on a Novalis-type linac with ExacTrac: the physician "
          "procedure note (written from the pre-plan directive) says left occipital 21 Gy and right frontal 20 Gy; "
          "the plain-text delivery record export shows the left occipital plan re-prescribed to 18 Gy at plan "
          "review (V12) and 18 Gy delivered. Gold follows the record.",
    docs=[
        Doc("1_procedure_note.pdf", [[
            H1("Stereotactic Radiosurgery - Procedure Note"),
            KeyValue([("Patient", f"{patient(8)}"), ("MRN", mrn(8)), ("Date of service", "05/19/2026"),
                      ("Physician", "Malachy Drummond-Hale, MD"), ("Site", "Ardley Cross (invented) - Novalis Tx")]),
            P("Indication: 58F, NSCLC adenocarcinoma, EGFR exon 19 deletion, two new brain metastases on MRI "
              "05/01/2026 (left occipital 2.4 cm with edema, right frontal 1.0 cm) while on osimertinib. KPS 80."),
            P("Simulation 05/08/2026: frameless thermoplastic SRS mask, CT 1 mm; MRI 3D T1 post-gad 05/07/2026 fused. "
              "Targets contoured on MRI, 1 mm PTV margin."),
            P("Prescription: left occipital metastasis 21 Gy in a single fraction; right frontal metastasis 20 Gy in "
              "a single fraction, each to the 80% isodose line. Dynamic conformal arcs, one isocenter per lesion."),
            P("Procedure: patient positioned in the mask, ExacTrac x-ray 6D correction before each isocenter and "
              "between arcs; corrections approved. Both lesions treated in one session without incident."),
            P("Plan: MRI 6 weeks. Continue osimertinib."),
            sig("Malachy Drummond-Hale, MD 05/19/2026"),
        ]], opts=dict(header=head(ARD, 8, "01/05/1968"))),
        Doc("2_delivery_record_export.txt", text=f"""
ARDLEY CROSS RADIATION ONCOLOGY (invented) -- BERYL R&V 9 (invented) -- DELIVERY RECORD EXPORT
Exported 05/21/2026 09:12 by d.halloran (coding request)
Patient: {patient(8)}   MRN: {mrn(8)}   DOB: 01/05/1968
Course: SRS_BRAIN_2T   Unit: NOVALIS_TX (6X SRS)   Image guidance: ExacTrac 6D + CBCT
Planning system: BERYL PLAN 9 (invented)

PLAN        TARGET          RX DOSE   IDL   ISO   ARCS   STATUS
LOCC_SRS    PTV_LOcc        18.00 Gy  80%   1     4 DCA  Approved 05/15/2026 MDH / physics TQ
RFRO_SRS    PTV_RFro        20.00 Gy  80%   2     3 DCA  Approved 05/15/2026 MDH / physics TQ

Plan change log:
05/14/2026  LOCC_SRS v1 21.00 Gy -> v2 18.00 Gy (brain V12Gy 11.8 cc at 21 Gy; re-prescribed per MD at plan review)
05/15/2026  Independent MU check LOCC_SRS v2 1.3%, RFRO_SRS 0.9%; patient QA passed (TQ)

TREATMENT DELIVERY
DATE        PLAN        FX    DOSE(Gy)  CUM(Gy)  EXACTRAC PRE (mm/deg)   MID-TX      INIT
05/19/2026  LOCC_SRS    1/1   18.00     18.00    1.1 / 0.6 corrected     0.3 / 0.2   EP/JW
05/19/2026  RFRO_SRS    1/1   20.00     20.00    0.7 / 0.4 corrected     0.2 / 0.1   EP/JW

COURSE TOTALS (delivered): PTV_LOcc 18.00 Gy x 1 fx; PTV_RFro 20.00 Gy x 1 fx. Course status: COMPLETED.
Reviewed: M. Drummond-Hale MD 05/19/2026; T. Quennell MS 05/20/2026
{FOOT}
"""),
    ])

# y95_09 -- pdf: cobalt-60 mask (frameless) single session, two metastases; 61800 claimed without a frame ---------
add(name="y95_09", kind="pdf", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 2, 1, ["MRI"], ["mask"]),
    lesions=[L("left insular", "cranial", S, 20, 1), L("right occipital", "cranial", S, 22, 1)],
    categories=cats(),
    notes="Freestanding centre treatment report, DOS 05/21/2026: single-session cobalt-60 radiosurgery with a "
          "thermoplastic mask (CBCT as stereotactic reference, infrared nose-marker motion monitoring), two "
          "metastases 20 and 22 Gy at 50%, planning MRI. No frame: the claimed 61800 is inconsistent.",
    docs=[Doc("y95_09.pdf", [
        [H1("Radiosurgery Treatment Report - Mask Fixation"),
         KeyValue([("Patient", f"{patient(9)}  /  {mrn(9)}"), ("Treatment date", "05/21/2026 (1 session)"),
                   ("Unit", "Gamma Knife Icon (cobalt-60)"), ("Fixation", "Thermoplastic mask with head cushion; no frame"),
                   ("Stereotactic reference", "CBCT 05/21/2026 07:58, co-registered to planning MRI"),
                   ("Planning MRI", "05/19/2026, T1 3D post-contrast 1 mm, T2 FLAIR"),
                   ("Planning system", "HALO-GP 11.2 (invented)"),
                   ("Physician", "Hollis Tarrant-Vane, MD; Ambrose Keddle-Marsh, MD")]),
         RuledTable([("Target", "Size", "Prescription", "Isodose", "Shots", "Coverage", "GI"),
                     ("L insular", "15 mm", "20 Gy", "50%", "9", "98%", "2.71"),
                     ("R occipital", "9 mm", "22 Gy", "50%", "4", "99%", "2.84")]),
         P("Motion management: infrared nose-marker tracking, threshold 1.5 mm; one pause at 12 min, repeat CBCT, "
           "shift 0.4 mm, resumed. Physics independent time check 0.8%."),
         P("Both targets treated in a single session (61 min). Diagnosis: C79.31 from C50.912 (left breast)."),
         sig("Hollis Tarrant-Vane, MD 05/21/2026"), sig("Lionel Fenwick-Obi, PhD 05/21/2026")],
    ], opts=dict(header=head(BRK, 9, "04/04/1970")))])


# ==================================================================================================
# Spine
# ==================================================================================================

# y95_10 -- pdf (2 pages): plan summary + physics second check, T8 SBRT 24 Gy/2 -------------------------------------
add(name="y95_10", kind="pdf", codes=["77373", "77435", "63620", "77295", "77300"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T8", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Main department: planning-system plan summary and a physics second-check page with the two-fraction "
          "delivery log, T8 renal-cell metastasis 24 Gy in 2 fractions on a TrueBeam, vacuum body immobilizer, CT + "
          "MRI, 05/11-05/12/2026.",
    docs=[Doc("y95_10.pdf", [
        [H1("LODESTAR TPS 7.1 (invented) - Plan Summary: SPINE_T8"),
         KeyValue([("Patient", f"{patient(10)}   {mrn(10)}"), ("Plan", "T8_SBRT_2FX  approved 05/07/2026"),
                   ("Unit", "TrueBeam STx, 6X-FFF, HD MLC, 6DoF couch"),
                   ("Immobilization", "BodyFIX-type vacuum cushion with wrap, arms up"),
                   ("Images", "CT sim 05/01/2026 1.25 mm; MRI T-spine 04/29/2026 T1/T2 axial fused (T7-T9)"),
                   ("Technique", "2 VMAT arcs, isocenter at T8 body")]),
         P("Targets: GTV T8 vertebral body and right pedicle (renal cell carcinoma, SINS 7, Bilsky 1a, epidural "
           "disease abutting the dura). CTV per consensus (body + right pedicle), PTV = CTV + 2 mm, cropped from "
           "the cord PRV."),
         RuledTable([("Prescription", "Dose/fx", "Fx", "Total", "Coverage"),
                     ("PTV_T8", "12 Gy", "2", "24 Gy", "D90 = 24.1 Gy")]),
         RuledTable([("OAR", "Metric", "Plan", "Limit"),
                     ("Spinal cord", "D0.035cc", "15.8 Gy", "< 17 Gy"),
                     ("Esophagus", "D0.035cc", "19.2 Gy", "< 25 Gy"),
                     ("Lungs", "V10Gy", "4.1%", "< 10%")]),
         sig("Tobias Wendlebury, MD 05/07/2026")],
        [H1("Physics Second Check and Delivery Log"),
         TextTable([("Check", "Result"), ("Independent MU calculation (2 arcs)", "-1.2% / +0.8%"),
                    ("Portal dosimetry (3%/1 mm)", "98.9% pass"), ("Plan integrity / R&V transfer", "verified"),
                    ("Prescription vs directive", "24 Gy / 2 fx - agrees")], columns=(0, 260)),
         sig("Nadia Okonkwo-Reyes, MS, DABR 05/08/2026"),
         RuledTable([("Fx", "Date", "IGRT", "Couch corr.", "Dose", "Cum."),
                     ("1", "05/11/2026", "CBCT x2 (pre + mid), MD approved", "1.2 mm / 0.7 deg", "12 Gy", "12 Gy"),
                     ("2", "05/12/2026", "CBCT x2 (pre + mid), MD approved", "0.9 mm / 0.3 deg", "12 Gy", "24 Gy")]),
         P("Course completed 05/12/2026: T8 24 Gy in 2 fractions. No acute toxicity; MRI in 3 months."),
         sig("Tobias Wendlebury, MD 05/12/2026")],
    ], opts=dict(header=head(MAIN, 10, "10/10/1959")))])

# y95_11 -- dictation (text): adjacent T11 and T12 metastases, two targets, 27 Gy/3 each; no plan parameters -------
add(name="y95_11", kind="dictation", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T11", "spinal", None, 27, 3), L("T12", "spinal", None, 27, 3)],
    categories=cats(plan=False),
    notes="Transcribed completion note from a satellite centre: two adjacent vertebral metastases (T11 and T12) "
          "contoured and prescribed as two separate targets, 27 Gy in 3 fractions each on the Versa HD, vacuum "
          "cushion, CT + MRI, CBCT each fraction, 04/27-05/01/2026. The dictation gives targets and prescription "
          "but no treatment parameters (no arcs/beams, isodose or planning system): plan not met.",
    docs=[Doc("y95_11.txt", text=f"""
TESSFORD VALLEY CANCER CENTRE (invented) - RADIATION ONCOLOGY
ClearScribe Medical Transcription (invented)     Job 88214
END OF TREATMENT NOTE
Patient: {patient(11)}     MRN: {mrn(11)}     DOB: 05/27/1964
Attending: Rosalind Umberfield, MD
Dictated: 05/01/2026    Transcribed: 05/04/2026

Treatment: stereotactic body radiotherapy to T11 and T12.
Dates: April 27, 2026 to May 1, 2026.

Ms. Yorkstone is a 61-year-old woman with hormone receptor positive breast cancer, oligoprogressive on letrozole and palbociclib, with two new painful metastases at T11 and T12 seen on restaging CT in March and confirmed on MRI. Each involves the vertebral body with no epidural extension and no instability. Her remaining disease is stable and she is working full time, ECOG 0.

She was simulated April 20 supine in a full-length vacuum cushion with arms above the head, with a 1.5 millimeter CT, fused to a thoracolumbar MRI from April 17. I contoured each lesion as its own target, the T11 body and the T12 body with the left pedicle, with separate planning target volumes, and prescribed 27 Gy in 3 fractions to each. Cord and cauda constraints were met.

Treatment was given on the Versa HD on April 27, April 29 and May 1. Before each fraction a cone beam CT was registered to the planning CT with six-degree couch correction and I approved the match. Both targets received 27 Gy in 3 fractions, 9 Gy per fraction.

She had mild nausea after the first fraction treated with ondansetron. Back pain improved from 5 to 2 out of 10 by the last treatment.

Follow-up in 6 weeks with MRI of the thoracolumbar spine. She will continue current systemic therapy.

Rosalind Umberfield, MD
{FOOT}
""")])

# y95_12 -- plain-text R&V export: post-operative L1 SBRT after separation surgery, 3000 cGy/5 ---------------------
add(name="y95_12", kind="text_export", codes=["77373", "77435", "63620", "77336"],
    facts=F("linac", ["spinal"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L1", "spinal", None, 30, 5)],
    categories=cats(),
    notes="Plain-text treatment history export from a satellite centre, doses in cGy: post-operative SBRT to L1 "
          "after separation surgery and T12-L2 instrumentation, 3000 cGy in 5 fractions, CT myelogram + MRI fused, "
          "vacuum cushion, ExacTrac + CBCT, 05/04-05/08/2026.",
    docs=[Doc("y95_12.txt", text=f"""
BERYL R&V 9 (invented)                                   TREATMENT HISTORY / COURSE SUMMARY
Ardley Cross Radiation Oncology (invented)               Run: 05/12/2026 07:55  user: coding.dh
--------------------------------------------------------------------------------------------
Patient: {patient(12)}        MRN: {mrn(12)}        DOB: 09/30/1955
Physician: Malachy Drummond-Hale, MD          Physicist: Theodora Quennell, MS
Dx: C79.51 secondary malignant neoplasm of bone - L1 (prostate primary), s/p L1 laminectomy,
    epidural decompression and T12-L2 posterior fixation 04/07/2026 (Dr. F. Ibekwe)
Course: POSTOP_L1_SBRT          Course status: Completed
--------------------------------------------------------------------------------------------
SIMULATION   04/24/2026  CT myelogram 1 mm (post-op) in vacuum cushion, arms on chest
             MR L-spine 04/22/2026 T1/T2 (hardware artifact, used for epidural residual), fused
PLANNING     BERYL PLAN 9 (invented); CTV = L1 body + pedicles + pre-op epidural extent; PTV +2 mm
             2 VMAT arcs 6X, iso L1; Rx 3000 cGy/5 fx, D90 >= Rx; cord/cauda PRV D0.035cc 2560 cGy
QA           indep. MU 1.6%; EPID QA gamma 3%/2mm 99.0% (TQ 04/30/2026); weekly physics check 05/06
--------------------------------------------------------------------------------------------
DATE        FX    FIELD      DOSE(cGy)  CUM(cGy)  IMAGING                            BY
05/04/2026  1/5   ARC1+ARC2    600        600     ExacTrac 6D + CBCT, MD approved     AW/LS
05/05/2026  2/5   ARC1+ARC2    600       1200     ExacTrac 6D + CBCT, MD approved     AW/LS
05/06/2026  3/5   ARC1+ARC2    600       1800     ExacTrac 6D + CBCT, MD approved     LS/PK
05/07/2026  4/5   ARC1+ARC2    600       2400     ExacTrac 6D + CBCT, MD approved     AW/PK
05/08/2026  5/5   ARC1+ARC2    600       3000     ExacTrac 6D + CBCT, MD approved     AW/LS
--------------------------------------------------------------------------------------------
TOTAL: PTV_L1_POSTOP 3000 cGy in 5 fractions (completed 05/08/2026)
Physician sign-off: M. Drummond-Hale MD 05/08/2026 17:20
{FOOT}
""")])

# y95_13 -- pdf: single-fraction robotic spine SBRT T4, claimed as cranial SRS codes; no immobilization stated -----
add(name="y95_13", kind="pdf", codes=["77372", "77432", "63620"],
    facts=F("robotic_linac", ["spinal"], 1, 1, ["CT", "MRI"], []),
    lesions=[L("T4", "spinal", None, 16, 1)],
    categories=cats(positioning=False),
    notes="Freestanding centre treatment summary, DOS 05/18/2026: single-fraction CyberKnife SBRT of a T4 "
          "metastasis, 16 Gy at the 78% isodose, spine tracking, CT + MRI. The coder entered the cranial "
          "single-session codes 77372/77432: wrong for a spinal course (77373/77435). No immobilization device is "
          "named.",
    docs=[Doc("y95_13.pdf", [[
        H1("Robotic Radiosurgery - Treatment Summary"),
        KeyValue([("Patient", patient(13)), ("MRN", mrn(13)), ("DOB", "01/22/1951"),
                  ("Treatment site", "T4 vertebral body metastasis (hepatocellular carcinoma)"),
                  ("Date of treatment", "05/18/2026 - single fraction"),
                  ("System", "CyberKnife M6, Xsight spine tracking"),
                  ("Radiation oncologist", "Hollis Tarrant-Vane, MD")]),
        P("Indication: painful T4 metastasis from HCC (radioresistant histology), no epidural disease, no "
          "instability (SINS 5). Prior RT: none to the spine."),
        P("Planning: treatment-planning CT 05/11/2026 (1.25 mm) with MRI thoracic spine 05/08/2026 registered for "
          "target delineation. GTV = T4 body; PTV = GTV + 1.5 mm. ORRERY-RS 3.4 (invented), 164 non-isocentric "
          "beams, fixed cones 10/15 mm."),
        P("Prescription and delivery: 16 Gy in 1 fraction prescribed to the 78% isodose line; PTV coverage 92.4%; "
          "cord D0.035cc 12.6 Gy; esophagus D5cc 11.0 Gy. Independent MU check and delivery QA passed 05/14/2026."),
        P("Spine tracking images every 45 s; corrections applied by the robot, translations < 1 mm throughout. "
          "Treatment completed 05/18/2026, 52 min. Pain 7/10 pre-treatment."),
        P("Charge capture (coding): 77372, 77432, 63620."),
        sig("Hollis Tarrant-Vane, MD 05/18/2026"), sig("Lionel Fenwick-Obi, PhD 05/18/2026"),
    ]], opts=dict(header=head(BRK, 13, "01/22/1951")))])


# ==================================================================================================
# Body
# ==================================================================================================

# y95_14 -- EHR print-out: peripheral RLL lung SBRT 54 Gy/3, 4DCT + PET fusion --------------------------------------
add(name="y95_14", kind="ehr_printout", codes=["77373", "77435", "77263", "77295", "77300", "77334"],
    facts=F("linac", ["body"], 1, 3, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right lower lobe", "body", None, 54, 3)],
    categories=cats(),
    notes="Main department EHR print-out of the treatment summary (banner, page numbers): peripheral right lower "
          "lobe NSCLC 2.1 cm, 54 Gy in 3 fractions on a TrueBeam, 4DCT with PET/CT registered for delineation, "
          "vacuum cushion, CBCT each fraction, 04/28-05/04/2026.",
    docs=[Doc("y95_14.pdf", [
        [H1("Radiation Oncology Treatment Summary"),
         KeyValue([("Note type", "Treatment Summary  |  Signed"), ("Course", "C1 RLL SBRT"),
                   ("Treatment dates", "04/28/2026 - 05/04/2026"),
                   ("Attending", "Agnieszka Pemberton-Lowe, MD"),
                   ("Referring", "Dr. S. Adeyemi (Pulmonology)")]),
         H2("Diagnosis"),
         P("Primary adenocarcinoma of the right lower lobe, cT1cN0M0 (2.1 cm, peripheral, biopsy 03/19/2026). "
           "Medically inoperable: FEV1 38% predicted, DLCO 35%. ECOG 1."),
         H2("Treatment planning"),
         P("CT simulation 04/14/2026 with 4D acquisition (10 phases), vacuum cushion, arms above head on wing board. "
           "PET/CT of 04/02/2026 registered to the planning CT to aid GTV delineation. ITV from the maximum "
           "intensity projection; PTV = ITV + 5 mm. Plan: LODESTAR TPS 7.1 (invented), 2 partial VMAT arcs, "
           "6X-FFF, prescribed to the 80% isodose, PTV V100 96.3%. Chest wall V30Gy 22 cc; lungs V20Gy 4.9%."),
         P("Complex treatment device: custom vacuum cushion. Physics second check and patient QA passed "
           "04/23/2026.")],
        [H2("Treatment delivered"),
         RuledTable([("Fx", "Date", "Dose", "Cumulative", "Image guidance"),
                     ("1", "04/28/2026", "18 Gy", "18 Gy", "CBCT, tumour match, MD approved"),
                     ("2", "04/30/2026", "18 Gy", "36 Gy", "CBCT, tumour match, MD approved"),
                     ("3", "05/04/2026", "18 Gy", "54 Gy", "CBCT, tumour match, MD approved")]),
         P("Right lower lobe tumour: 54 Gy in 3 fractions of 18 Gy, completed as prescribed. Fatigue grade 1; no "
           "cough change; no chest wall pain."),
         H2("Follow-up"),
         P("CT chest at 3 months, then every 6 months for 2 years. PFTs at 6 months."),
         sig("Agnieszka Pemberton-Lowe, MD 05/04/2026 16:33")],
    ], opts=dict(header=ehr(14, "09/12/1944", "C1 RLL SBRT", "05/22/2026 09:40")))])

# y95_15 -- bundle (txt + pdf): simulation note + plan/treatment record, central LUL SBRT 50 Gy/5 -------------------
add(name="y95_15", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT"], ["body_immobilization"]),
    lesions=[L("left upper lobe (central)", "body", None, 50, 5)],
    categories=cats(),
    notes="Satellite centre: the therapists' simulation note (4DCT in a vacuum bag) and a plan and treatment "
          "record: central left upper lobe tumour 3.1 cm near the proximal bronchial tree, 50 Gy in 5 fractions "
          "every other day on the Versa HD, CBCT each fraction, 05/05-05/15/2026. Staging PET is not mentioned as "
          "planning imaging: CT only.",
    docs=[
        Doc("1_simulation_note.txt", text=f"""
TESSFORD VALLEY CANCER CENTRE (invented)    CT SIMULATION NOTE
Patient: {patient(15)}   MRN: {mrn(15)}   DOB: 02/08/1950
Date: 04/27/2026   Therapists: G. Ravensworth RTT, P. Mullany RTT   Physician present: Dr. Nakagawa-Bright

Site: Left lung (central LUL), SBRT
Position: supine, arms up on wingboard, knee sponge.
Immobilization: vacuum bag (full length) indexed to couch, H3 / F7. Abdominal compression not used (tumour motion 6 mm on fluoroscopy).
Scan: 4DCT, 10 phases, 2 mm, free breathing; AVE and MIP reconstructed and sent to MERIDIAN Plan 4 (invented).
Contrast: IV contrast given for hilar delineation (80 mL).
Marks: 3 tattoos (ant, L lat, R lat).
Notes: patient tolerated well, reproducible setup on repeat scout.
{FOOT}
"""),
        Doc("2_plan_and_treatment_record.pdf", [
            [H1("SBRT Plan and Treatment Record"),
             KeyValue([("Patient", f"{patient(15)}   {mrn(15)}"),
                       ("Diagnosis", "C34.12 squamous cell carcinoma LUL, cT2aN0, 3.1 cm, 1.4 cm from the proximal "
                                     "bronchial tree (central)"),
                       ("Physician", "Haruto Nakagawa-Bright, MD"), ("Unit", "Versa HD, 6 MV FFF, Agility MLC"),
                       ("Plan", "LUL_SBRT_5FX, 2 coplanar VMAT arcs, iso at ITV centre; MERIDIAN Plan 4 (invented)"),
                       ("Prescription", "50 Gy in 5 fractions (10 Gy/fx), 95% of PTV to receive 100%; PTV = ITV + 5 mm")]),
             RuledTable([("OAR", "Constraint", "Plan"),
                         ("Proximal bronchial tree", "D0.035cc < 52.5 Gy", "41.8 Gy"),
                         ("Esophagus", "D0.035cc < 35 Gy", "21.2 Gy"),
                         ("Heart", "D0.035cc < 38 Gy", "18.6 Gy"),
                         ("Lungs - ITV", "V20 < 10%", "6.1%")]),
             P("Physics: second MU calculation 1.8%; ArcCHECK-type QA 3%/2 mm 98.6% (05/01/2026)."),
             sig("Haruto Nakagawa-Bright, MD 05/01/2026"), sig("Teodor Blakeney, MS 05/01/2026")],
            [H2("Treatment record"),
             RuledTable([("Fx", "Date", "IGRT (XVI CBCT)", "Dose (Gy)", "Cum (Gy)", "Init"),
                         ("1", "05/05/2026", "soft tissue match, approved HNB", "10", "10", "GR"),
                         ("2", "05/07/2026", "soft tissue match, approved HNB", "10", "20", "GR"),
                         ("3", "05/11/2026", "soft tissue match, approved HNB", "10", "30", "PM"),
                         ("4", "05/13/2026", "soft tissue match, approved HNB", "10", "40", "PM"),
                         ("5", "05/15/2026", "soft tissue match, approved HNB", "10", "50", "GR")]),
             P("Course complete 05/15/2026: 50 Gy in 5 fractions to the central LUL tumour. Mild esophagitis "
               "grade 1 after fraction 4. CT chest 3 months."),
             sig("Haruto Nakagawa-Bright, MD 05/15/2026")],
        ], opts=dict(header=head(TESS, 15, "02/08/1950"))),
    ])

# y95_16 -- pdf: robotic-arm liver SBRT (HCC) with fiducials, 45 Gy/3; special physics consult ----------------------
add(name="y95_16", kind="pdf", codes=["77373", "77435", "77300", "77370"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment VII HCC", "body", None, 45, 3)],
    categories=cats(),
    notes="Freestanding centre plan and treatment summary: HCC in segment VII after incomplete TACE, 45 Gy in 3 "
          "fractions at the 75% isodose on a CyberKnife with three gold fiducials and respiratory tracking, "
          "triphasic CT + MRI, vacuum cushion, special physics consultation requested in writing, "
          "05/12-05/18/2026.",
    docs=[Doc("y95_16.pdf", [
        [H1("Liver SBRT - Plan and Treatment Summary"),
         KeyValue([("Patient", f"{patient(16)}   {mrn(16)}   DOB 07/07/1953"),
                   ("Diagnosis", "C22.0 hepatocellular carcinoma, segment VII, 3.4 cm, Child-Pugh A6, BCLC A; "
                                 "residual enhancement after TACE 02/2026"),
                   ("Physician", "Hollis Tarrant-Vane, MD"), ("Physicist", "Lionel Fenwick-Obi, PhD"),
                   ("Fiducials", "3 gold seeds placed percutaneously by IR 04/21/2026 (Dr. Quayle)"),
                   ("Immobilization", "Vacuum cushion, arms at side"),
                   ("Imaging", "Triphasic planning CT 04/28/2026 (1.25 mm, exhale breath-hold + free breathing); "
                               "MRI liver with gadoxetate 04/27/2026 fused for GTV"),
                   ("System", "CyberKnife M6 with fiducial tracking and respiratory motion modelling"),
                   ("Planning", "ORRERY-RS 3.4 (invented); 211 beams, Iris collimator")]),
         P("Prescription: 45 Gy in 3 fractions (15 Gy/fx) to the 75% isodose line covering 95.2% of the PTV "
           "(GTV + 3 mm). Normal liver (liver - GTV) 700 cc receives < 15 Gy; duodenum D5cc 11.3 Gy; stomach D0.5cc "
           "14.0 Gy; right kidney V14Gy 8%."),
         P("Special medical physics consultation (77370) requested in writing by Dr. Tarrant-Vane 04/28/2026 for "
           "fiducial-to-tumour geometry and correlation-model validation given migration of one seed; report "
           "filed 04/30/2026 (seed 2 excluded from tracking, rigid-body error 0.9 mm)."),
         P("Dose calculations: Monte Carlo final calculation with independent MU check (2.1%); delivery QA film "
           "passed 05/06/2026."),
         sig("Hollis Tarrant-Vane, MD 05/06/2026"), sig("Lionel Fenwick-Obi, PhD 05/06/2026")],
        [H2("Treatment summary"),
         RuledTable([("Fx", "Date", "Tracking", "Model error (mm)", "Dose", "Total"),
                     ("1", "05/12/2026", "fiducial + respiratory", "1.4", "15 Gy", "15 Gy"),
                     ("2", "05/14/2026", "fiducial + respiratory", "1.2", "15 Gy", "30 Gy"),
                     ("3", "05/18/2026", "fiducial + respiratory", "1.6", "15 Gy", "45 Gy")]),
         P("Completed 05/18/2026: 45 Gy in 3 fractions to the segment VII HCC. Tolerated without nausea; AFP and "
           "liver panel in 4 weeks; multiphase MRI at 3 months."),
         sig("Hollis Tarrant-Vane, MD 05/18/2026")],
    ], opts=dict(header=head(BRK, 16, "07/07/1953")))])

# y95_17 -- bundle (digital pdf + scanned pdf): prostate SBRT 36.25 Gy/5 with fiducials and spacer -----------------
add(name="y95_17", kind="bundle", codes=["77373", "77435", "77300", "77336"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Main department: a digital plan summary (prostate, favourable intermediate risk, 36.25 Gy in 5, three "
          "gold fiducials, hydrogel spacer, MRI fused to CT, lower-body vacuum cushion) and a scanned signed "
          "treatment record with five fractions 05/05-05/15/2026, fiducial kV matching and intrafraction imaging.",
    docs=[
        Doc("1_plan_summary.pdf", [[
            H1("Plan Summary - PROSTATE_SBRT"),
            KeyValue([("Patient", f"{patient(17)}   {mrn(17)}"),
                      ("Diagnosis", "C61 adenocarcinoma prostate, Gleason 3+4 (GG2), PSA 7.4, cT1c, favourable "
                                    "intermediate risk; no ADT"),
                      ("Physician", "Agnieszka Pemberton-Lowe, MD"),
                      ("Fiducials / spacer", "3 gold markers and rectal hydrogel spacer placed 04/09/2026 (urology)"),
                      ("Simulation", "CT 04/21/2026 1.25 mm, comfortably full bladder, lower-body vacuum cushion"),
                      ("MRI", "Pelvis 04/21/2026 T2 axial 2 mm, fused on fiducials"),
                      ("Plan", "2 VMAT arcs, 10X-FFF, TrueBeam; LODESTAR TPS 7.1 (invented)"),
                      ("Prescription", "36.25 Gy in 5 fractions (7.25 Gy/fx) to PTV (prostate + 5 mm, 3 mm "
                                       "posterior)")]),
            RuledTable([("Structure", "Metric", "Plan", "Goal"),
                        ("PTV", "V36.25Gy", "96.1%", ">= 95%"),
                        ("Rectum", "V36Gy", "0.4 cc", "< 1 cc"),
                        ("Bladder", "V37Gy", "3.2 cc", "< 10 cc"),
                        ("Urethra PRV", "Dmax", "38.9 Gy", "< 42 Gy")]),
            P("Physics: independent dose calculation 0.7%; portal dosimetry 99.6% pass (04/29/2026)."),
            sig("Agnieszka Pemberton-Lowe, MD 04/29/2026"), sig("Nadia Okonkwo-Reyes, MS, DABR 04/29/2026"),
        ]], opts=dict(header=head(MAIN, 17, "05/15/1955"))),
        Doc("2_treatment_record_scanned.pdf", [[
            H1("Daily Treatment Record - Prostate SBRT (signed copy)"),
            RuledTable([("Fx", "Date", "Pre-tx imaging", "Intrafraction", "Dose", "Cum", "RTT / MD"),
                        ("1", "05/05/2026", "kV pair fiducial match + CBCT", "triggered kV q20s", "7.25", "7.25", "JB / APL"),
                        ("2", "05/07/2026", "kV pair fiducial match + CBCT", "triggered kV q20s", "7.25", "14.50", "JB / APL"),
                        ("3", "05/11/2026", "kV pair fiducial match + CBCT", "triggered kV q20s", "7.25", "21.75", "SO / APL"),
                        ("4", "05/13/2026", "kV pair fiducial match + CBCT", "triggered kV q20s", "7.25", "29.00", "SO / APL"),
                        ("5", "05/15/2026", "kV pair fiducial match + CBCT", "triggered kV q20s", "7.25", "36.25", "JB / APL")]),
            P("Weekly physics chart check 05/08/2026 and 05/15/2026 - no discrepancies (NOR)."),
            P("Course completed 05/15/2026: prostate 36.25 Gy in 5 fractions. IPSS 9 -> 12. Tamsulosin started."),
            sig("Agnieszka Pemberton-Lowe, MD 05/15/2026"),
        ]], opts=dict(header=head(MAIN, 17, "05/15/1955"), scan_skew=-0.8, **SCAN)),
    ])

# y95_18 -- bundle (txt export + EHR pdf), CONTRADICTION: summary claims adrenal + node, record shows adrenal only ---
add(name="y95_18", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left adrenal", "body", None, 40, 5)],
    categories=cats(),
    contradiction="The completion summary reports SBRT to the left adrenal metastasis and a para-aortic node, while the treatment record shows the node plan retired before treatment and only the left adrenal treated.",
    notes="Satellite centre oligometastasis course, 05/04-05/12/2026: the record-and-verify export shows the "
          "para-aortic node plan retired on 04/30 (resolved on restaging PET) and only the left adrenal treated, "
          "40 Gy in 5; the completion summary (carried forward from the consult wording) says both targets received "
          "40 Gy in 5. Gold follows the record: one lesion.",
    docs=[
        Doc("1_treatment_history_export.txt", text=f"""
BERYL R&V 9 (invented) -- TREATMENT HISTORY EXPORT -- Ardley Cross Radiation Oncology (invented)
Generated 05/13/2026 11:04
Patient: {patient(18)}  MRN: {mrn(18)}  DOB: 12/01/1962
Course: OLIGO_ABD   Physician: Malachy Drummond-Hale, MD   Unit: NOVALIS_TX 6X FFF, CBCT

Plans in course:
  LADR_SBRT    PTV_LAdrenal   4000 cGy / 5 fx   2 VMAT arcs   Approved 04/29/2026   ACTIVE
  PAN_SBRT     PTV_PAnode     3500 cGy / 5 fx   2 VMAT arcs   Approved 04/29/2026   RETIRED 04/30/2026
               retire reason: "node resolved on restaging PET/CT 04/30 - treat adrenal only" (MDH)

Setup: vacuum cushion + abdominal compression belt; 4DCT sim 04/20/2026 with PET/CT 04/20/2026 co-registered
QA: LADR_SBRT indep. MU 1.1%, EPID 99.3% (TQ 04/29/2026)

Date        Plan        Fx   Dose cGy  Cum cGy  Imaging                 Status
05/04/2026  LADR_SBRT   1/5  800       800      CBCT, approved MDH      Treated
05/06/2026  LADR_SBRT   2/5  800       1600     CBCT, approved MDH      Treated
05/08/2026  LADR_SBRT   3/5  800       2400     CBCT, approved MDH      Treated
05/11/2026  LADR_SBRT   4/5  800       3200     CBCT, approved MDH      Treated
05/12/2026  LADR_SBRT   5/5  800       4000     CBCT, approved MDH      Treated
PAN_SBRT: no fractions delivered.
{FOOT}
"""),
        Doc("2_completion_summary.pdf", [[
            H1("Radiation Therapy Completion Summary"),
            KeyValue([("Patient", f"{patient(18)}"), ("MRN", mrn(18)), ("Treatment dates", "05/04/2026 - 05/12/2026"),
                      ("Attending", "Malachy Drummond-Hale, MD")]),
            P("Diagnosis: NSCLC (adenocarcinoma, KRAS G12C) with oligometastatic recurrence: left adrenal metastasis "
              "3.0 cm and a 1.2 cm left para-aortic lymph node on PET/CT 03/2026. ECOG 1. Systemic therapy held "
              "during SBRT."),
            P("Treatment: stereotactic body radiotherapy to the left adrenal metastasis and the left para-aortic "
              "node, 40 Gy in 5 fractions, delivered on the Novalis Tx with daily cone-beam CT, 05/04/2026 to "
              "05/12/2026. Course completed as planned."),
            P("Toxicity: grade 1 nausea managed with ondansetron. Follow-up: PET/CT in 3 months; resume sotorasib "
              "per Dr. Whitlow."),
            sig("Malachy Drummond-Hale, MD 05/13/2026"),
        ]], opts=dict(header=head(ARD, 18, "12/01/1962"))),
    ])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# y95_19 -- bundle (pdf + txt): approved single-fraction SRS plan, cancelled before treatment ----------------------
add(name="y95_19", kind="bundle", codes=["77372", "77432", "61796"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative (main department): an approved SRS plan summary (right parietal metastasis, 20 Gy x 1, "
          "Edge, mask, CT + MRI) and an EHR progress note: admitted 05/18/2026 with a seizure and haemorrhage into "
          "the lesion, SRS on 05/19 cancelled, plan retired; neurosurgical resection to be considered. Nothing "
          "delivered.",
    docs=[
        Doc("1_plan_summary.pdf", [[
            H1("LODESTAR TPS 7.1 (invented) - Plan Summary"),
            KeyValue([("Patient", f"{patient(19)}"), ("ID", mrn(19)), ("Course", "C1_SRS_RPAR"),
                      ("Plan", "RPAR_SRS_1FX  (Approved 05/15/2026; scheduled 05/19/2026)"),
                      ("Machine", "Edge 6X-FFF"), ("Immobilization", "Frameless SRS mask"),
                      ("Image sets", "CT_SIM 05/11/2026 + MR_T1C 05/10/2026 (rigid)")]),
            RuledTable([("Target", "Diam", "Rx", "IDL", "Arcs", "V100"),
                        ("PTV_RPar", "1.7 cm", "20 Gy x 1", "80%", "4 non-coplanar", "98.5%")]),
            P("Brain V12Gy 4.4 cc. Independent MU check 1.0%."),
            sig("Tobias Wendlebury, MD 05/15/2026"),
        ]], opts=dict(header=head(MAIN, 19, "08/18/1949"))),
        Doc("2_progress_note.txt", text=f"""
Carrowmore Regional Health (invented) | HELIX Clinical EHR (invented) | Printed 05/26/2026 by CODING-RO
{patient(19)}  MRN: {mrn(19)}  DOB: 08/18/1949

RADIATION ONCOLOGY PROGRESS NOTE - 05/19/2026 08:20
Author: Tobias Wendlebury, MD

Ms. Youden was scheduled for single-fraction SRS to the right parietal metastasis this morning. She was admitted overnight (05/18) after a focal seizure with left arm weakness; CT head shows new haemorrhage within the right parietal lesion with increased mass effect. Neurosurgery (Dr. Marchbank) is evaluating for resection.

SRS today is CANCELLED. No treatment delivered. The plan RPAR_SRS_1FX has been retired in the R&V. We will re-evaluate after surgery, likely for post-operative cavity SRS with a new simulation.

Please hold all charges for the SRS course pending reassessment.

Tobias Wendlebury, MD   signed 05/19/2026 08:41
Page 1 of 1
{FOOT}
"""),
    ])

# y95_20 -- pdf: ultracentral lung, 60 Gy in 15 fractions hypofractionated, claimed as SBRT ------------------------
add(name="y95_20", kind="pdf", codes=["77373", "77435", "77300", "77336"],
    facts=F("linac", ["body"], 1, 15, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right hilar (ultracentral) tumour", "body", None, 60, 15)],
    categories=cats(),
    notes="Hard negative (satellite centre): ultracentral right hilar NSCLC treated with hypofractionated "
          "radiotherapy, 60 Gy in 15 fractions (4 Gy) on the Novalis Tx with daily CBCT, 04/13-05/01/2026; the order "
          "reads 'hypofractionated - NOT SBRT'. The coder entered 77373/77435: inconsistent with 15 fractions, no "
          "delivery code; the dose calculation and physics support codes are documented.",
    docs=[Doc("y95_20.pdf", [
        [H1("Treatment Course Summary"),
         KeyValue([("Patient", f"{patient(20)}"), ("MRN", mrn(20)), ("Course", "C1 R HILUM HYPO"),
                   ("Dates", "04/13/2026 - 05/01/2026"), ("Physician", "Malachy Drummond-Hale, MD"),
                   ("Order", "Hypofractionated RT - NOT SBRT (ultracentral; risk-adapted)")]),
         P("Indication: squamous cell carcinoma right hilum, 2.8 cm, abutting the bronchus intermedius and "
           "within 1 cm of the right main pulmonary artery (ultracentral), cT1cN0, medically inoperable. Multi-"
           "disciplinary tumour board recommended a risk-adapted hypofractionated course rather than SBRT."),
         P("Planning: 4DCT simulation 04/02/2026 in vacuum cushion, arms up; PET/CT 04/02/2026 co-registered for "
           "GTV. ITV + 5 mm = PTV. BERYL PLAN 9 (invented), 2 VMAT arcs, 6X. Rx 60 Gy in 15 fractions of 4 Gy. "
           "Dose calculations checked independently; weekly physics checks x3."),
         RuledTable([("Week", "Fractions", "Dates", "Dose (Gy)", "Cum (Gy)", "IGRT"),
                     ("1", "1-5", "04/13 - 04/17/2026", "20", "20", "daily CBCT, MD approved"),
                     ("2", "6-10", "04/20 - 04/24/2026", "20", "40", "daily CBCT, MD approved"),
                     ("3", "11-15", "04/27 - 05/01/2026", "20", "60", "daily CBCT, MD approved")]),
         P("Completed 05/01/2026: right hilar tumour 60 Gy in 15 fractions. Grade 2 esophagitis week 3; cough "
           "unchanged."),
         sig("Malachy Drummond-Hale, MD 05/01/2026"), sig("Theodora Quennell, MS 05/01/2026")],
    ], opts=dict(header=head(ARD, 20, "03/03/1948")))])


CHARTS.sort(key=lambda chart: chart.name)

CORPUS = Corpus("blind_corpus95", "tests/blind_corpus95", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
