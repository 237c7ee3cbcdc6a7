"""Forty-sixth blind corpus, ``tests/blind_corpus46/`` (regenerate: ``python scripts/make_corpus.py blind_corpus46``).

Written as a HELD-OUT corpus during the nineteenth session (released for tuning in the twenty-third): twenty
courses as a coding office's in-tray receives them, written blind by a ninth hand (without reading the reader's
code). About half are other clinics' system printouts
(plan reports with several dose columns, a prescription with revisions, per-session records, a physics second
check, key: value, CSV and pipe exports), half dictated documents (consults, procedure notes, completion
summaries, follow-up letters, numbers in words) and document bundles with lesion names that differ between
documents and plans changed between consult and delivery. Every clinic, clinician and system name is invented.
Three charts contradict themselves (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md.
"""

# ruff: noqa: E501  (exports and dictations are deliberately one long line per record)

from __future__ import annotations

from pdfmaker import ColumnBreak, KeyValue, RuledTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["AUGUSTINA", "BALTHAZAR", "CLEMENTINE", "DESMOND", "EULALIA", "FERDINAND", "GENEVIEVE", "HUMPHREY",
         "IMOGEN", "JOACHIM", "KLEMENTINA", "LYSANDER", "MARGUERITE", "NATHANIEL", "OPHELIA", "PERCIVAL",
         "ROSAMUND", "SEBASTIAN", "THEODORA", "ULYSSES"]


def patient(n: int) -> str:
    return f"FORTYSIXPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-460{n:02d}"


def banner(clinic: str, system: str, n: int, dob: str, printed: str) -> list[str]:
    return [f"{clinic} | {system}", f"{patient(n)} | MRN {mrn(n)} | DOB {dob} | printed {printed}"]


def T(widths: list[float], rows: list[tuple[str, ...]]) -> RuledTable:
    """A ruled table with set column widths (points; the frame is 500 wide)."""
    return RuledTable(rows, widths)


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# b46_01 -- bundle (2 files): dictated consult naming three lesions + cobalt plan report with a fourth found on the day
_c, _s = "HOLLINGSWORTH NEUROSCIENCE PAVILION", "ORRERY Radiosurgery Planner 11.3"
add(name="b46_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("A1 left frontal", "cranial", S, 20, 1), L("A2 right parietal", "cranial", S, 20, 1),
             L("A3 right cerebellar", "cranial", S, 18, 1), L("A4 left occipital (new on frame MRI)", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Tests a plan changed between consult and delivery with lesion names that differ: the dictated consult "
          "plans three metastases ('the frontal one on the left, the parietal one on the right, and the "
          "cerebellar one'), the frame-day MRI shows a fourth (left occipital, 0.06 cm3) and the cobalt plan report "
          "lists A1-A4 with Rx, min, max and mean dose columns, 50% isodose. Frame with co-ordinate check, "
          "independent time calculation. All four simple.",
    docs=[
        Doc("consult_dictation.txt", text=f"""
HOLLINGSWORTH NEUROSCIENCE PAVILION - RADIATION ONCOLOGY CONSULTATION
Dictated by: Wilhelmina Tarrant-Oduya, MD    Transcribed: 02/03/2026 (job 88213-KT)
Patient: {patient(1)}    MRN: {mrn(1)}    DOB: 07/19/1957

Reason for visit: brain metastases from lung adenocarcinoma, EGFR exon 19 deletion, on osimertinib.

History: Mrs. {FIRST[0].title()} noticed word-finding trouble at the end of January. A contrast MRI on the twenty-ninth of January showed three enhancing lesions: a left frontal lesion of about one point four centimetres, a right parietal lesion of about one centimetre and a right cerebellar lesion of one point nine centimetres, with modest edema around the frontal one. Extracranial disease is stable on her last body CT. KPS ninety.

Assessment and plan: three brain metastases, all under two centimetres, none near the optic apparatus or within the brainstem. I have recommended single-session radiosurgery on the cobalt unit under a stereotactic frame, with a volumetric stereotactic MRI and a CT on the day. Doses would be in the range of eighteen to twenty gray to the margin, the cerebellar lesion likely eighteen. We discussed the risks of radiation necrosis and the need for surveillance MRI every three months. She wishes to proceed; we will book the frame for the second week of February.

Dictated but not read. W. Tarrant-Oduya, MD
{FOOT}
"""),
        Doc("plan_report.pdf", [[
            H1("ORRERY - Treatment plan report (multi-source cobalt-60 unit)"),
            KeyValue([("Plan", "BM_4T_0210  status APPROVED"), ("Session date", "02/10/2026, single session"),
                      ("Head fixation", "Stereotactic frame, 4 pins, applied 06:40"),
                      ("Planning images", "MRI T1+Gd 1 mm, frame indicator box (07:25); CT 1 mm bone (07:50), co-registered"),
                      ("Comment", "A4 not present on the 01/29 diagnostic MRI; seen on today's MRI, added after discussion with patient")]),
            H2("Targets"),
            T([28, 80, 48, 44, 54, 46, 50, 46, 48, 40], [("ID", "Location", "Vol (cm3)", "Rx (Gy)", "Isodose (%)", "Dmin (Gy)", "Dmean (Gy)", "Dmax (Gy)", "Cov (%)", "Shots"),
                        ("A1", "L frontal", "1.12", "20.0", "50", "18.6", "27.9", "40.0", "98", "6"),
                        ("A2", "R parietal", "0.41", "20.0", "50", "19.2", "28.4", "40.0", "99", "3"),
                        ("A3", "R cerebellar", "2.88", "18.0", "50", "16.1", "24.7", "36.0", "97", "9"),
                        ("A4", "L occipital", "0.06", "20.0", "55", "19.5", "27.1", "36.4", "100", "1")]),
            H2("Risk structures"),
            RuledTable([("Structure", "Dmax (Gy)", "Limit (Gy)"), ("Brainstem", "6.1", "12"), ("Chiasm", "0.8", "8"),
                        ("Brain V12 (all targets)", "5.3 cm3", "10 cm3")]),
            H2("Treatment"),
            RuledTable([("Time", "Step", "Result"),
                        ("09:31", "Frame co-ordinate check on couch", "within 0.4 mm"),
                        ("09:36-10:48", "Shots 1-19 (A3, A1, A2, A4)", "delivered 19/19"),
                        ("10:55", "Frame removed", "pin sites clean")]),
            P("A1-A4 treated to the prescription doses above. Independent shot-time calculation 02/10/2026: max "
              "deviation 0.7%. Physicist: Barnaby Quist-Mallory, PhD."),
            sig("Wilhelmina Tarrant-Oduya, MD (radiation oncology) and Osgood Ferreira-Lind, MD (neurosurgery), 02/10/2026 11:20"),
        ]], opts=dict(header=banner(_c, _s, 1, "07/19/1957", "02/10/2026 11:24"))),
    ])

# b46_02 -- ehr_text: key: value export, cobalt unit with mask, 5 fractions to a 4.1 cm metastasis --------------------
add(name="b46_02", kind="ehr_text", codes=["77373", "77435", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 5, ["MRI"], ["mask"]),
    lesions=[L("RT_PAR right parietal metastasis", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Tests a key: value course export of a mask-based multi-session cobalt course: one right parietal "
          "metastasis 4.1 cm (complex by size), 5 Gy x 5 = 25 Gy at the 50% isodose, planning MRI only (CT "
          "'not performed', cone-beam CT on the unit for set-up), per-session key blocks with cumulative dose "
          "and an intrafraction motion monitor.",
    docs=[Doc("b46_02.txt", text=f"""
*** BRACKENFELL CANCER CENTRE :: LANTERN-OIS course export :: page 1/2 ***
patient.name: {patient(2)}
patient.mrn: {mrn(2)}
patient.dob: 1951-02-14
course.id: CNS-2026-03
course.intent: palliative, fractionated radiosurgery
course.unit: multi-source cobalt-60 radiosurgery unit with cone-beam CT, mask-capable
course.immobilisation: thermoplastic mask (made 2026-03-02) + infrared nose-marker motion monitor
course.frame: not applicable
imaging.planning_mri: 2026-03-02, T1 post-contrast 1 mm and FLAIR
imaging.planning_ct: not performed (stereotactic reference from cone-beam CT)
target.name: RT_PAR
target.description: right parietal metastasis (renal cell carcinoma), 4.1 x 3.3 x 3.0 cm
target.volume_cc: 19.8
rx.dose_per_fraction_gy: 5.0
rx.fractions: 5
rx.total_gy: 25.0
rx.isodose_pct: 50
plan.shots: 34
plan.coverage_pct: 97.6
plan.gradient_index: 2.74
plan.brainstem_dmax_gy: 11.2 (5 fx)
qa.second_check: independent time calculation 2026-03-04, 0.8% - physicist Hollis Arkwright-Nye, MS
*** BRACKENFELL CANCER CENTRE :: LANTERN-OIS course export :: page 2/2 ***
session.1: 2026-03-05 | CBCT match 0.6 mm | motion max 0.4 mm | 5.0 Gy | cum 5.0 Gy | done
session.2: 2026-03-06 | CBCT match 0.5 mm | motion max 0.7 mm | 5.0 Gy | cum 10.0 Gy | done
session.3: 2026-03-09 | CBCT match 0.8 mm | motion max 1.1 mm, paused once, re-matched | 5.0 Gy | cum 15.0 Gy | done
session.4: 2026-03-10 | CBCT match 0.4 mm | motion max 0.5 mm | 5.0 Gy | cum 20.0 Gy | done
session.5: 2026-03-11 | CBCT match 0.5 mm | motion max 0.3 mm | 5.0 Gy | cum 25.0 Gy | done
course.status: completed 2026-03-11, 5 of 5 sessions, 25.0 Gy to RT_PAR
signoff.physician: Cassius Umberfield, MD 2026-03-11
signoff.physics: Hollis Arkwright-Nye, MS 2026-03-11
{FOOT}
""")])

# b46_03 -- ehr_text: dictated completion summary, cavity 27 Gy / 3 on a gantry linac, numbers in words ------------
add(name="b46_03", kind="ehr_text", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left temporal resection cavity", "cranial", S, 27, 3)],
    categories=cats(delivery_verification=False),
    notes="Tests a dictated completion summary with numbers in words: post-operative left temporal resection "
          "cavity (2.9 cm, melanoma) treated nine gray times three, twenty-seven gray, on a gantry linac with a "
          "mask; planning CT and MRI fused; four arcs, 80% isodose. No image guidance, frame check or QA is "
          "mentioned, so delivery verification is unmet. The pre-operative 4.6 cm tumour size is history.",
    docs=[Doc("b46_03.txt", text=f"""
KINGSMERE RADIATION ONCOLOGY
TREATMENT COMPLETION SUMMARY
Patient: {patient(3)}      MRN: {mrn(3)}      Date of dictation: April twenty-second, 2026

Mr. {FIRST[2].title()}'s sister asked for a copy of this summary; one has been sent.

Diagnosis: metastatic melanoma to the brain, left temporal lobe, status post gross total resection on March thirtieth. Before surgery the tumour measured four point six centimetres; the post-operative MRI shows a resection cavity of two point nine centimetres with no residual nodular enhancement.

Treatment: he was simulated on April ninth in an open-face thermoplastic mask with a one millimetre planning CT, which was fused with the post-operative contrast MRI of April seventh. The target was the cavity plus a two millimetre margin along the surgical tract. Using four non-coplanar volumetric arcs on our six MV gantry linear accelerator, we prescribed nine gray per fraction to the eighty percent isodose line for three fractions, a total of twenty-seven gray, given on April fourteenth, sixteenth and eighteenth. All three fractions were delivered as planned.

Tolerance: mild fatigue and a transient headache after the second fraction, settled with two days of dexamethasone at two milligrams twice daily. No seizures.

Follow-up: MRI brain in eight weeks and clinic visit afterwards. He continues nivolumab with his medical oncologist.

Dictated by Perpetua Lindqvist-Achebe, MD
{FOOT}
""")])

# b46_04 -- bundle (2 files): single-isocentre plan report, eight metastases, one 4 mm from the chiasm; two-column physics page (contradiction)
_c, _s = "CALDERWOOD ONCOLOGY GROUP", "TESSELLATE Cranial Planning 3.1"
add(name="b46_04", kind="bundle", codes=["77372", "77432", "61798", "61797", "61799"],
    facts=F("linac", ["cranial"], 8, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("M1 right frontal", "cranial", S, 20, 1), L("M2 left frontal", "cranial", S, 20, 1),
             L("M3 right suprasellar", "cranial", C, 16, 1), L("M4 left parietal", "cranial", S, 20, 1),
             L("M5 right occipital", "cranial", S, 20, 1), L("M6 left cerebellar", "cranial", S, 18, 1),
             L("M7 right cerebellar", "cranial", S, 18, 1), L("M8 left temporal", "cranial", S, 20, 1)],
    categories=cats(),
    contradiction="The two-column physics second-check page says seven targets were checked and treated, while the plan report and the delivery record list eight metastases (M1-M8), all treated.",
    notes="Tests a single-isocentre plan report with eight metastases in rows and several dose columns (Rx, "
          "D99, Dmean, D0.03cc), one (M3, right suprasellar) 4 mm from the optic chiasm and so complex; the "
          "others simple. A second file, a two-column physics second check, says in its summary 'seven targets' "
          "(contradiction; gold follows the plan and delivery record: eight). 61799 claimed with one complex "
          "lesion.",
    docs=[Doc("1_plan_report.pdf", [[
        H1("CRANIAL SRS PLAN REPORT - single isocentre / multiple metastases"),
        KeyValue([("Treatment machine", "6 MV flattening-filter-free gantry linac, 5 mm / 2.5 mm MLC"),
                  ("Plan ID", "SIMM_8_v2 (v1 rejected: M3 chiasm dose)"), ("Fractionation", "single fraction"),
                  ("Immobilisation", "three-point thermoplastic SRS mask"),
                  ("Images", "CT sim 1.25 mm in mask 09/08/2026 + MRI T1 MPRAGE post-Gd 09/07/2026, rigid registration"),
                  ("Isocentre", "one, near the centroid of the targets")]),
        T([48, 78, 40, 30, 38, 48, 58, 54, 96], [("Target", "Site", "Diam (cm)", "Rx Gy", "D99 Gy", "Dmean Gy", "D0.03cc Gy", "Paddick CI", "Note"),
                    ("M1", "R frontal", "1.3", "20", "20.4", "23.1", "25.6", "0.82", ""),
                    ("M2", "L frontal", "0.6", "20", "20.2", "22.8", "25.0", "0.71", ""),
                    ("M3", "R suprasellar", "0.9", "16", "16.1", "17.9", "19.2", "0.77", "4 mm from chiasm"),
                    ("M4", "L parietal", "1.8", "20", "20.0", "23.4", "26.1", "0.86", ""),
                    ("M5", "R occipital", "0.8", "20", "20.3", "22.9", "25.2", "0.75", ""),
                    ("M6", "L cerebellar", "2.1", "18", "18.0", "20.9", "23.3", "0.88", ""),
                    ("M7", "R cerebellar", "0.5", "18", "18.4", "20.4", "22.7", "0.69", ""),
                    ("M8", "L temporal", "1.1", "20", "20.1", "23.0", "25.5", "0.80", "")]),
        RuledTable([("Arc", "Couch", "Gantry", "MU"), ("1", "0", "179-181", "2210"), ("2", "315", "0-180", "1874"),
                    ("3", "45", "180-0", "1902"), ("4", "270", "0-180", "1655")]),
        RuledTable([("OAR", "Metric", "Value", "Limit"), ("Optic chiasm", "D0.03cc", "7.6 Gy", "< 8 Gy"),
                    ("Brainstem", "D0.03cc", "9.4 Gy", "< 15 Gy"), ("Brain - GTV", "V12", "9.1 cc", "< 10 cc")]),
        H2("Delivery record"),
        RuledTable([("Date", "Fraction", "Imaging", "Targets", "MU", "Status"),
                    ("09/10/2026", "1 of 1", "CBCT + 6D couch, 0.7 mm / 0.4 deg", "M1-M8", "7641", "Complete")]),
        P("All targets M1-M8 received the prescribed doses listed above in the single fraction."),
        sig("Plan approved Fitzgerald Amundsen-Roux, MD 09/09/2026; delivered and signed 09/10/2026"),
    ]], opts=dict(header=banner(_c, _s, 4, "10/02/1963", "09/10/2026 15:02"))),
        Doc("2_physics_check.pdf", [[
        H2("Physics second check (independent MU / dose calculation)"),
        P("Plan SIMM_8_v2 recalculated in the secondary engine on the planning CT. Isocentre dose difference -0.9%."),
        P("Per-target mean dose agreement within 2.1% for all targets; the smallest target M7 (0.5 cm) shows the "
          "largest deviation, accepted."),
        P("Summary: seven targets checked and treated in one fraction; plan acceptable for delivery."),
        ColumnBreak(),
        P("Patient-specific QA 09/09/2026: ion chamber in a head phantom at isocentre, -0.6%; film plane through "
          "M1/M4, gamma 2%/1 mm 97.8%."),
        P("Couch collision check with the mask and head support completed for all four couch angles."),
        sig("Ione Sveinsdottir-Baptiste, PhD, DABR 09/09/2026"),
    ]], opts=dict(header=banner(_c, "QUIRE second-check worksheet", 4, "10/02/1963", "09/09/2026 17:40"), two_columns=True)),
    ])

# b46_05 -- ehr_text: CSV fraction export, robotic-arm linac, vestibular schwannoma 25 Gy / 5 -------------------------
add(name="b46_05", kind="ehr_text", codes=["G0339", "G0340", "77435", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("VS_R right vestibular schwannoma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Tests a CSV export from a robotic-arm linac: a benign target (right vestibular schwannoma, 2.3 cm, "
          "complex by tumour type) treated 5 Gy x 5 = 25 Gy to the 78% isodose with a mask and skull tracking; "
          "rows per session with beams, MU, tracking corrections and cumulative dose; planning CT and MRI. "
          "G0339 and G0340 both fit a 5-session robotic course.",
    docs=[Doc("b46_05.txt", text=f"""
# ASHGROVE STEREOTACTIC INSTITUTE - PELICAN Delivery Export v2.4 - {patient(5)} - {mrn(5)} - DOB 1969-09-30
# course,VS_R_5FX,unit=robotic-arm 6 MV linac (fixed cones + variable aperture),immobilisation=thermoplastic mask (no frame),tracking=skull 6D
# target,VS_R,right vestibular schwannoma (intracanalicular + 1.4 cm cisternal),max_dim_cm=2.3,rx_total_Gy=25.0,fx=5,isodose_pct=78
# planning,CT 1.0 mm 2026-05-04,MRI T1+Gd and CISS 2026-05-01,fused
# qa,DQA film + chamber 2026-05-06,gamma_3pct_1mm=98.4,point_diff_pct=-1.1
session,date,beams,MU,dose_Gy,cum_Gy,images,max_corr_mm,max_rot_deg,status
1,2026-05-11,164,11842,5.0,5.0,88,0.6,0.4,treated
2,2026-05-12,164,11842,5.0,10.0,91,0.5,0.3,treated
3,2026-05-13,164,11842,5.0,15.0,84,0.9,0.6,treated
4,2026-05-14,164,11842,5.0,20.0,86,0.4,0.2,treated
5,2026-05-15,164,11842,5.0,25.0,90,0.7,0.5,treated
# oar,cochlea_R_Dmean_Gy=13.9,brainstem_D0.03cc_Gy=23.1,facial_nerve_note=not separately contoured
# signed,Radiation oncology: Evander Morcombe-Tull MD 2026-05-15; Neurosurgery: Sidonie Achterberg MD 2026-05-15
# {FOOT}
""")])

# b46_06 -- scan: dictated radiosurgery procedure note, cobalt unit, trigeminal neuralgia under frame ---------------
add(name="b46_06", kind="scan", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left trigeminal nerve (functional target)", "cranial", C, 85, 1)],
    categories=cats(),
    notes="Tests a scanned dictated procedure note (image only, 170 dpi, slight skew): functional radiosurgery "
          "for left trigeminal neuralgia on a cobalt unit under a frame, one 4 mm shot, eighty-five gray maximum "
          "dose written in words and figures; frame-co-ordinate check; CISS MRI + CT. The 50% line (42.5 Gy) and "
          "brainstem 15% contact are not doses to other targets.",
    docs=[Doc("b46_06.pdf", [[
        H1("Radiosurgery Procedure Note"),
        P(f"Patient: {patient(6)}     MRN: {mrn(6)}     Date of procedure: 11/05/2026"),
        P("Surgeon: Gideon Harrow-Vasquez, MD (neurosurgery). Radiation oncologist: Thomasina Ekwueme-Lowell, MD. "
          "Physicist: Raffaele Dunmore, PhD."),
        P("Indication: classical left trigeminal neuralgia, V2 and V3, refractory to carbamazepine and baclofen; not a "
          "candidate for microvascular decompression because of cardiac disease."),
        P("Procedure: under local anaesthesia with light oral sedation the stereotactic frame was fixed with four "
          "pins, slightly tilted to the left. A thin-slice CISS MRI and a post-contrast T1 volume were obtained with "
          "the localiser box, followed by a one millimetre CT for skull definition. On the planning workstation the "
          "left trigeminal nerve was targeted at the root entry zone, about seven millimetres anterior to the pons. "
          "One four millimetre shot was placed with a maximum dose of eighty-five gray (85 Gy) at the one hundred "
          "percent isodose; the fifty percent line (42.5 Gy) lies on the nerve and the fifteen percent line just "
          "touches the pontine surface."),
        P("The frame co-ordinates were checked on the couch of the cobalt unit before treatment (deviation 0.2 mm). "
          "Treatment was delivered in a single session lasting fifty-eight minutes without interruption. The frame "
          "was removed and the pin sites dressed. No complications."),
        P("Plan: discharge today, continue current medication and taper after four weeks if pain-free. Follow-up "
          "by telephone at six weeks and in clinic at three months."),
        sig("Gideon Harrow-Vasquez, MD 11/05/2026 14:10"),
        sig("Thomasina Ekwueme-Lowell, MD 11/05/2026 14:26"),
    ]], opts=dict(header=["LARKSPUR HILL NEUROSURGICAL ASSOCIATES - dictated note (transcribed)"],
                  scan=True, scan_dpi=170, scan_skew=0.8, scan_noise=5))])

# b46_07 -- ehr_text: letter to the referring oncologist, robotic linac, two metastases, mask; 61800 claimed ------
add(name="b46_07", kind="ehr_text", codes=["77372", "77432", "61796", "61797", "61800"],
    facts=F("robotic_linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal metastasis", "cranial", S, 20, 1), L("left cerebellar metastasis", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Tests a dictated letter to the referring oncologist with doses in words: two metastases (right frontal "
          "1.2 cm twenty gray, left cerebellar 2.4 cm eighteen gray) in one session on a robotic-arm linac with a "
          "mask and skull tracking; 'no frame was needed' so the claimed 61800 is inconsistent. Planning CT + "
          "MRI, 70% and 72% isodoses, beam counts.",
    docs=[Doc("b46_07.txt", text=f"""
WESTBOURNE ROBOTIC RADIOSURGERY
14 Quarry Lane, Westbourne

June 30, 2026

Dr. Aurelio Fitzwater-Nkemelu
Medical Oncology, Greyfriars Hospital

Re: {patient(7)}, MRN {mrn(7)}, date of birth March 3, 1972

Dear Aurelio,

Thank you for asking us to see Mr. {FIRST[6].title()} with two new brain metastases from his colorectal cancer. I am writing to let you know that his radiosurgery is done.

He was fitted with a thermoplastic face mask on June twenty-second and had a planning CT of the head in the mask, fused with a gadolinium-enhanced MRI done the same afternoon. Both lesions were outlined on the fused images. Because our robotic-arm linear accelerator tracks the skull throughout treatment, no frame was needed. We treated both lesions on it in a single session on June twenty-ninth: the right frontal lesion, one point two centimetres, received twenty gray prescribed to the seventy percent isodose line, and the left cerebellar lesion, two point four centimetres, received eighteen gray to the seventy-two percent line. The plan used one hundred and ninety-one beams from two collimator sizes, and the skull-tracking images showed corrections under one millimetre throughout. Our physicist checked the plan with an independent calculation and a film measurement beforehand.

He tolerated the treatment well and went home the same day. We will see him after his MRI in two months. Please carry on with his systemic therapy as you had planned; there is no need to hold it.

With best wishes,

Rosalind Otterbourne-Kabir, MD
Radiation Oncology

cc: Dr. Marisol Entwistle (general practice)
{FOOT}
""")])

# b46_08 -- pdf: prescription with revision history, parasagittal meningioma 14 Gy under frame on a gantry linac ---
_c, _s = "PEMBERLEY RIDGE MEDICAL CENTER", "QUILLON Rx Manager 6"
add(name="b46_08", kind="pdf", codes=["77372", "77432", "61796", "61800"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("MENG_R right parasagittal meningioma", "cranial", S, 14, 1)],
    categories=cats(),
    notes="Tests a prescription printout with revisions: rev 0 (15 Gy, 80% line) superseded by rev 1 (14 Gy, "
          "after a sagittal-sinus constraint), rev 2 cancelled draft (3 x 8 Gy, not approved). Right parasagittal "
          "meningioma 2.7 cm, 18 mm from the optic apparatus: simple. Cone-based arcs on a gantry linac, frame "
          "with localiser, CBCT + frame-co-ordinate check; one delivered session at 14 Gy.",
    docs=[Doc("b46_08.pdf", [[
        H1("RADIATION PRESCRIPTION - revision history"),
        KeyValue([("Course", "CNS-SRS-01"), ("Diagnosis", "D32.0 meningioma, right parasagittal (WHO grade 1, imaging diagnosis)"),
                  ("Target", "MENG_R, 2.7 x 2.2 x 2.0 cm, 18 mm from the optic apparatus"),
                  ("Machine", "6 MV gantry linac with stereotactic cones (7.5-17.5 mm) and micro-MLC"),
                  ("Fixation", "invasive stereotactic head ring with localiser (4 pins)")]),
        T([30, 78, 66, 52, 22, 44, 54, 154], [("Rev", "Status", "Date", "Dose/fx (Gy)", "Fx", "Total (Gy)", "Isodose", "Reason / author"),
                    ("0", "Superseded", "07/13/2026", "15.0", "1", "15.0", "80%", "initial - L. Marchetti-Owusu MD"),
                    ("1", "Approved / Active", "07/15/2026", "14.0", "1", "14.0", "80%", "sinus wall Dmax; L. Marchetti-Owusu MD"),
                    ("2", "Cancelled (draft)", "07/15/2026", "8.0", "3", "24.0", "80%", "fractionated alternative, not approved")]),
        H2("Plan parameters (rev 1)"),
        RuledTable([("Beam set", "Arcs", "Cone / MLC", "Couch angles", "MU"),
                    ("MENG_R_A", "5 non-coplanar", "micro-MLC dynamic conformal", "0 / 30 / 60 / 300 / 330", "3388")]),
        KeyValue([("Planning imaging", "CT 1 mm with localiser 07/16/2026 07:30; MRI T1+Gd 1 mm 07/12/2026, fused"),
                  ("Second check", "independent MU calculation 07/16 08:50, 1.2% - C. Yarborough-Pike, MS"),
                  ("Pre-treatment", "frame co-ordinate check (depth gauge) + CBCT, 0.5 mm, approved")]),
        H2("Treatment record"),
        RuledTable([("Date", "Rx rev", "Fx", "Dose (Gy)", "Cumulative (Gy)", "Therapists", "Status"),
                    ("07/16/2026", "1", "1/1", "14.0", "14.0", "NB / TR", "Treated")]),
        sig("Leonora Marchetti-Owusu, MD 07/16/2026 12:02"),
    ]], opts=dict(header=banner(_c, _s, 8, "04/11/1955", "07/16/2026 12:05"), footer=[FOOT, "Rx printout - not a plan report"]))])

# b46_09 -- bundle (3 files): dictated consult, scanned simulation note, record: plan changed to 5 fractions, lesion added
add(name="b46_09", kind="bundle", codes=["77373", "77435", "61798", "61797"],
    facts=F("linac", ["cranial"], 3, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("PTV_A right frontal (the large one)", "cranial", C, 30, 5), L("PTV_B left parietal", "cranial", S, 25, 5),
             L("PTV_C right cerebellar (found at simulation)", "cranial", S, 25, 5)],
    categories=cats(),
    notes="Tests a plan changed between consult and delivery across three files: the consult plans single-session "
          "SRS to two lesions ('right frontal mass', 'small left parietal spot'); the scanned simulation note "
          "(185 dpi) finds a third lesion and, because the frontal mass now measures 3.7 cm (complex by size), "
          "switches all three to five fractions; the treatment record names them PTV_A/B/C with 30/25/25 Gy in "
          "five fractions, 600 and 500 cGy per fraction in cGy columns.",
    docs=[
        Doc("1_consult.txt", text=f"""
RADIATION ONCOLOGY NEW PATIENT CONSULTATION - TAMWORTH VALE CANCER CARE
{patient(9)} | {mrn(9)} | seen 01/12/2026 | dictated by Ignatius Weatherby-Osei, MD

HPI: sixty-one year old woman with triple-negative breast cancer, now with headaches. MRI 01/06/2026: a right frontal mass of three point three centimetres with surrounding edema and a small left parietal spot of six millimetres.

Impression and plan: two brain metastases. I would treat both with stereotactic radiosurgery in a single session on the linear accelerator with a mask, doses around eighteen gray for the frontal mass and twenty for the parietal spot, unless the planning scans show growth, in which case we will fractionate. Simulation next week with a thin-cut MRI.
{FOOT}
"""),
        Doc("2_simulation_note.pdf", [[
            H1("CT SIMULATION NOTE"),
            P(f"{patient(9)}   MRN {mrn(9)}   Simulation date 01/20/2026"),
            P("Patient positioned supine with an SRS thermoplastic mask and mouth bite. Planning CT 1 mm slices from vertex "
              "to C2. Planning MRI (3D T1 post contrast) obtained 01/19/2026 and fused to the CT."),
            P("Findings on the planning MRI: the right frontal mass has grown to 3.7 cm. The left parietal lesion is "
              "unchanged (0.6 cm). A new 0.8 cm lesion in the right cerebellar hemisphere is seen that was not on the "
              "January 6 study."),
            P("After discussion with Dr. Weatherby-Osei and the patient: all three lesions will be treated, in five "
              "fractions, right frontal 30 Gy, left parietal and right cerebellar 25 Gy each. Single-session plan abandoned."),
            sig("Dosimetry: Hyacinth Pellegrini-Abara, CMD 01/20/2026"),
        ]], opts=dict(scan=True, scan_dpi=185, scan_noise=6)),
        Doc("3_treatment_record.pdf", [[
            H1("FRACTIONATED SRS - DAILY TREATMENT RECORD"),
            KeyValue([("Machine", "6 MV gantry linac, HD-MLC"), ("Plan", "3PTV_5FX (approved 01/23/2026, 2nd check 1.4%)"),
                      ("Immobilisation", "SRS mask + bite block"), ("IGRT", "CBCT each fraction, 6D couch")]),
            RuledTable([("Fx", "Date", "PTV_A cGy", "PTV_B cGy", "PTV_C cGy", "CBCT shift (mm)", "Initials"),
                        ("1", "01/26/2026", "600", "500", "500", "1.1", "KD/AM"),
                        ("2", "01/27/2026", "600", "500", "500", "0.6", "KD/AM"),
                        ("3", "01/28/2026", "600", "500", "500", "0.8", "KD/PS"),
                        ("4", "01/29/2026", "600", "500", "500", "0.5", "KD/PS"),
                        ("5", "01/30/2026", "600", "500", "500", "0.7", "AM/PS"),
                        ("Total", "", "3000", "2500", "2500", "", "")]),
            P("PTV_A right frontal, PTV_B left parietal, PTV_C right cerebellar. Course complete 01/30/2026."),
            sig("Ignatius Weatherby-Osei, MD 01/30/2026"),
        ]], opts=dict(header=["TAMWORTH VALE CANCER CARE - TRACKWISE RT record", f"{patient(9)} {mrn(9)}"])),
    ])


# ==================================================================================================
# Spine
# ==================================================================================================

# b46_10 -- pdf: per-session record, one target over contiguous T4-T5, 24 Gy / 2; 63621 claimed ---------------------
_c, _s = "ORCHARD STREET RADIOTHERAPY", "SENTINEL-RV treatment summary"
add(name="b46_10", kind="pdf", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("PTV_T4-T5 (one target over two contiguous levels)", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Tests a per-session record of a spine SBRT course to one target spanning the contiguous T4 and T5 "
          "vertebral bodies (the chart calls it one target / one lesion), 12 Gy x 2 = 24 Gy, vacuum body "
          "cushion, planning CT + MRI, CBCT each fraction; 63621 (additional spinal lesion) is claimed for the "
          "second level and is inconsistent. Cord PRV Dmax 1420 cGy is not a target dose.",
    docs=[Doc("b46_10.pdf", [[
        H1("SBRT TREATMENT SUMMARY - spine"),
        KeyValue([("Diagnosis", "C79.51 metastatic prostate adenocarcinoma, T4-T5 with epidural extension (Bilsky 1b)"),
                  ("Target", "PTV_T4-T5: a single target covering the T4 and T5 vertebral bodies and left pedicles (one lesion)"),
                  ("Machine", "6 MV FFF gantry linac, 2 VMAT arcs"),
                  ("Immobilisation", "full-length vacuum cushion, arms down, knee support"),
                  ("Planning imaging", "CT 1 mm 08/03/2026; MRI T1/T2 thoracic spine 08/01/2026 registered"),
                  ("Prescription", "2400 cGy in 2 fractions of 1200 cGy, D90 >= 100%")]),
        T([52, 66, 64, 56, 62, 72, 70, 58], [("Session", "Date", "Target", "Planned cGy", "Delivered cGy", "Cumulative cGy", "Imaging", "Status"),
                    ("1", "08/10/2026", "PTV_T4-T5", "1200", "1200", "1200", "CBCT, 6D 0.9 mm / 0.5 deg", "Complete"),
                    ("2", "08/17/2026", "PTV_T4-T5", "1200", "1200", "2400", "CBCT, 6D 0.6 mm / 0.3 deg", "Complete")]),
        RuledTable([("Structure", "Metric", "Course value", "Objective"),
                    ("Spinal cord PRV", "Dmax", "1420 cGy", "< 1700 cGy"), ("Esophagus", "D5cc", "1390 cGy", "< 1750 cGy")]),
        P("Physics: independent dose check 08/05/2026 (-0.5%); portal dosimetry gamma 98.9%."),
        sig("Cornelius Vandermolen-Tse, MD 08/17/2026"),
    ]], opts=dict(header=banner(_c, _s, 10, "12/01/1948", "08/17/2026 16:30")))])

# b46_11 -- pdf: dictated post-operative spine note; page 2 is a rotated fraction table; robotic linac 30 Gy / 5 -----
add(name="b46_11", kind="pdf", codes=["G0339", "G0340", "77435", "63620"],
    facts=F("robotic_linac", ["spinal"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L2 post-operative bed", "spinal", None, 30, 5)],
    categories=cats(),
    notes="Tests a dictated post-operative spine completion note (separation surgery and L1-L3 fixation for a "
          "renal cell metastasis at L2) treated thirty gray in five fractions on a robotic-arm linac with spine "
          "tracking (no fiducials) and a vacuum cushion; page 2 is a landscape fraction table stored rotated "
          "90 degrees. Hardware levels L1 and L3 are not targets.",
    docs=[Doc("b46_11.pdf", [[
        H1("Spine Radiosurgery - Completion Note"),
        P(f"Patient: {patient(11)}   MRN: {mrn(11)}   Dictated 10/23/2026 by Ottoline Brackenridge-Mensah, MD"),
        P("This is a fifty-eight year old man with metastatic clear-cell renal carcinoma who presented with "
          "epidural compression at L2 and underwent separation surgery with posterior instrumentation from L1 to L3 on "
          "September eighteenth. He was referred for post-operative stereotactic radiotherapy to the L2 surgical bed."),
        P("He was simulated on October sixth lying on a full-body vacuum cushion with a one millimetre CT, and a "
          "post-operative MRI with metal-artifact reduction was fused for contouring. The target was the L2 vertebral "
          "body, pedicles and the epidural space, per consensus post-operative guidelines. We prescribed thirty gray "
          "in five fractions of six gray to the seventy-five percent isodose, with the cord limited to twenty-five gray "
          "maximum. Treatment was given on the robotic-arm linac with spine tracking from orthogonal x-rays, no "
          "fiducial markers; all five fractions were delivered between October sixteenth and October twenty-second."),
        P("He has mild fatigue and no new neurological symptoms. Follow-up MRI at three months."),
        sig("Ottoline Brackenridge-Mensah, MD, Radiation Oncology 10/23/2026"),
    ], [
        H2("Fraction table (landscape print)"),
        T([22, 66, 48, 40, 40, 40, 122, 52, 62], [("Fx", "Date", "Beams", "MU", "Dose (Gy)", "Cum (Gy)", "Spine tracking max corr. (mm)", "Images", "Therapist"),
                    ("1", "10/16/2026", "142", "9870", "6.0", "6.0", "1.1", "61", "HB"),
                    ("2", "10/19/2026", "142", "9870", "6.0", "12.0", "0.8", "58", "HB"),
                    ("3", "10/20/2026", "142", "9870", "6.0", "18.0", "0.7", "63", "QW"),
                    ("4", "10/21/2026", "142", "9870", "6.0", "24.0", "0.9", "60", "QW"),
                    ("5", "10/22/2026", "142", "9870", "6.0", "30.0", "0.6", "57", "HB")]),
        P("Delivery QA before fraction 1: film and chamber in a spine phantom, -1.3%. Physicist: Evadne Lockhart-Sun, MS."),
    ]], opts=dict(header=["SILVERBIRCH CANCER HOSPITAL - Radiation Oncology"], rotate={2: 90}))])

# b46_12 -- bundle (1 file, three documents): re-irradiation of T9 after prior EBRT; summary says 'two fractions' ----
add(name="b46_12", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T9 vertebral metastasis (re-irradiation)", "spinal", None, 24, 3)],
    categories=cats(),
    contradiction="The completion summary says the T9 re-irradiation was given in two fractions, while the prescription and the treatment record show three fractions of 800 cGy (2400 cGy), all treated.",
    notes="Tests a re-irradiation: T9 metastasis previously treated with 30 Gy in 10 fractions (2024, "
          "elsewhere), now 8 Gy x 3 = 24 Gy on a gantry linac with a vacuum cushion, CT + MRI, CBCT. One PDF "
          "holds the prescription, the treatment record and a completion summary; the summary says 'two "
          "fractions' (contradiction; gold follows the prescription and record: three). The prior 30 Gy is history.",
    docs=[Doc("t9_reirradiation_packet.pdf", [[
        H1("PRESCRIPTION - SPINE SBRT (RE-IRRADIATION)"),
        KeyValue([("Patient", f"{patient(12)}  {mrn(12)}"), ("Site", "T9 vertebral body and right pedicle"),
                  ("Prior radiotherapy", "T8-T10, 30 Gy in 10 fractions, 03/2024 at another centre (records reviewed)"),
                  ("Dose", "800 cGy x 3 = 2400 cGy, every other day"), ("Machine", "6 MV gantry linac, 2 VMAT arcs"),
                  ("Cord constraint", "Pmax <= 1200 cGy this course (cumulative EQD2 reviewed)"),
                  ("Immobilisation", "vacuum body cushion + wing board"),
                  ("Imaging", "planning CT 1 mm and MRI T1/STIR fused, 05/18/2026")]),
        sig("Cosimo Rathbone-Iyer, MD 05/19/2026"),
        H1("TREATMENT RECORD"),
        RuledTable([("Date", "Fraction", "Dose (cGy)", "Total (cGy)", "CBCT", "Status"),
                    ("05/25/2026", "1", "800", "800", "0.8 mm, approved", "Treated"),
                    ("05/27/2026", "2", "800", "1600", "0.5 mm, approved", "Treated"),
                    ("05/29/2026", "3", "800", "2400", "0.6 mm, approved", "Treated")]),
        P("Second calculation before fraction 1: 0.9% difference. Physicist M. Ostrowska-Paine, MS."),
    ], [
        H1("COMPLETION SUMMARY"),
        P("Mr. " + FIRST[11].title() + " completed re-irradiation of the T9 vertebral metastasis with stereotactic body "
          "radiotherapy, 2400 cGy delivered in two fractions, ending May 29, 2026. Pain improved from 7/10 to 3/10. "
          "He had prior conventional radiotherapy to T8-T10 in 2024. Follow-up MRI in three months."),
        sig("Cosimo Rathbone-Iyer, MD 05/29/2026"),
    ]], opts=dict(header=["FAIRLEIGH COUNTY ONCOLOGY - course packet"], footer=[FOOT]))])


# ==================================================================================================
# Body SBRT
# ==================================================================================================

# b46_13 -- ehr_text: pipe export, peripheral right upper lobe 54 Gy / 3 on a gantry linac -------------------------
add(name="b46_13", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT"], ["body_immobilization"]),
    lesions=[L("ITV/PTV RUL peripheral NSCLC", "body", None, 54, 3)],
    categories=cats(),
    notes="Tests a pipe-delimited export with a page banner repeated mid-file: peripheral right upper lobe "
          "NSCLC 1.9 cm, 1800 cGy x 3 = 5400 cGy on a gantry linac, 4D planning CT (ITV), vacuum cushion with "
          "arms up, CBCT each fraction; PTV D95/Dmax and lung V20 columns are not further targets.",
    docs=[Doc("b46_13.txt", text=f"""
==== MARLOWE BAY HEALTH | NIMBUS-RT data extract | page 1 of 2 ====
MRN|NAME|DOB|COURSE|SITE|DX
{mrn(13)}|{patient(13)}|1946-06-08|LUNG_SBRT_1|right upper lobe, peripheral|C34.11 NSCLC adenocarcinoma cT1bN0M0, medically inoperable (FEV1 38%)
SIM_DATE|SIM_TYPE|IMMOBILISATION|REGISTRATION
2026-02-16|4D CT, 10 phases, 2 mm, ITV from MIP + phase review|vacuum cushion, arms up on wing board|none (CT only)
TARGET|GTV_cm|PTV_cc|RX_cGy|FX|RX_LINE|PTV_D95_cGy|PTV_Dmax_cGy|CI
PTV_RUL|1.9|14.6|5400|3|80%|5412|6718|1.08
==== MARLOWE BAY HEALTH | NIMBUS-RT data extract | page 2 of 2 ====
OAR|METRIC|VALUE|LIMIT
Lungs-ITV|V20|4.1%|<10%
Chest wall|V30|22.4 cc|<30 cc
Rib 3 R|D0.03cc|4880 cGy|record
FX|DATE|MACHINE|IGRT|SHIFT_mm|DOSE_cGy|CUM_cGy|STATUS
1|2026-02-23|6MV FFF gantry linac|CBCT matched to ITV|3.1|1800|1800|TREATED
2|2026-02-25|6MV FFF gantry linac|CBCT matched to ITV|2.4|1800|3600|TREATED
3|2026-02-27|6MV FFF gantry linac|CBCT matched to ITV|2.8|1800|5400|TREATED
QA|independent MU check 2026-02-19 0.7%; helical diode array 99.1% 3%/2mm
SIGNED|Benedikta Rowntree-Anand MD|2026-02-27
{FOOT}
""")])

# b46_14 -- ehr_text: dictated completion letter, liver on robotic linac with fiducials; opening says 45 Gy (contradiction)
add(name="b46_14", kind="ehr_text", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("hepatocellular carcinoma, segment VII", "body", None, 50, 5)],
    categories=cats(),
    contradiction="The opening of the letter says forty-five gray in five fractions, while the treatment paragraph and the fraction table give fifty gray (10 Gy x 5) delivered.",
    notes="Tests a dictated completion letter to a hepatologist: HCC in segment VII after failed TACE, three gold "
          "fiducials placed, treated on a robotic-arm linac with fiducial and respiratory tracking, vacuum "
          "cushion, contrast planning CT + MRI; a short fraction table in the letter gives 10 Gy x 5 = 50 Gy. "
          "The opening paragraph says 'forty-five gray' (contradiction; gold 50 Gy).",
    docs=[Doc("b46_14.txt", text=f"""
ELMSTEAD UNIVERSITY HOSPITAL - DEPARTMENT OF RADIATION ONCOLOGY

September 18, 2026

Professor Delphine Haverkamp-Osuji
Hepatology Unit

Dear Professor Haverkamp-Osuji,

RE: {patient(14)}   MRN {mrn(14)}   DOB 11/27/1953

I am pleased to report that your patient has completed stereotactic body radiotherapy to the hepatocellular carcinoma in segment seven, forty-five gray in five fractions, and tolerated it well.

As you know, the three point one centimetre lesion recurred after two rounds of chemoembolisation. On August twentieth our interventional colleagues placed three gold fiducial markers around the tumour. A week later he was simulated on a vacuum cushion with a triphasic contrast CT, and a liver MRI with hepatobiliary contrast was registered to it for contouring. We treated on the robotic-arm linac using fiducial tracking with a respiratory motion model, so no breath-hold or compression was needed. The prescription was fifty gray in five fractions of ten gray to the seventy-five percent isodose, with the uninvolved liver receiving less than fifteen gray to seven hundred cubic centimetres. The plan was verified beforehand by our physicists with film dosimetry.

Treatment dates and doses:
  Fraction 1   09/08/2026   10 Gy   tracking error 1.2 mm
  Fraction 2   09/10/2026   10 Gy   tracking error 0.9 mm
  Fraction 3   09/12/2026   10 Gy   tracking error 1.4 mm
  Fraction 4   09/15/2026   10 Gy   tracking error 1.0 mm
  Fraction 5   09/17/2026   10 Gy   tracking error 1.1 mm
  Total        50 Gy to the segment VII HCC

His Child-Pugh score remains A6. I have arranged a liver MRI and alpha-fetoprotein in three months and will let you know the result.

Yours sincerely,

Maximilian Grosvenor-Adeyemi, MD
Consultant Clinical Oncologist
{FOOT}
""")])

# b46_15 -- pdf: three documents in one file: consult (40 Gy planned), simulation (fiducials, spacer), record 36.25 Gy
add(name="b46_15", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("prostate (PTV_PROS)", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Tests three documents in one PDF with a plan changed between consult and delivery: the consult offers "
          "40 Gy in 5 with a focal boost; the simulation note records three gold fiducials and a hydrogel spacer "
          "(the spacer is not immobilisation) and MRI fusion; after rectal dose review the delivered plan is "
          "7.25 Gy x 5 = 36.25 Gy without a boost, gantry linac, kV imaging of the fiducials each fraction.",
    docs=[Doc("b46_15.pdf", [[
        H1("Genitourinary Radiation Oncology - Consultation"),
        P(f"{patient(15)}, {mrn(15)}. Seen 03/03/2026 by Fabienne Okoro-Wainwright, MD."),
        P("Sixty-eight year old man with favourable intermediate-risk prostate adenocarcinoma, Gleason 3+4, PSA 7.9, "
          "MRI-visible lesion in the left peripheral zone. We discussed surveillance, surgery and radiotherapy. He "
          "prefers a short course. I have proposed stereotactic body radiotherapy, forty gray in five fractions to the "
          "prostate, possibly with a focal boost to the MRI lesion, after fiducial and spacer placement."),
        sig("Fabienne Okoro-Wainwright, MD 03/03/2026"),
        H1("Simulation note"),
        P("03/24/2026. Three gold fiducial markers and a hydrogel rectal spacer were placed transperineally on 03/17. "
          "Simulation today supine with a comfortable full bladder and empty rectum, CT 1.5 mm; a prostate MRI from "
          "03/23 was fused to the CT on the fiducials. Spacer well positioned, 11 mm separation."),
    ], [
        H1("Treatment course record"),
        KeyValue([("Plan", "PROS_SBRT_v3 (v1 40 Gy + boost withdrawn 03/30: rectal wall D1cc; v2 superseded)"),
                  ("Delivered prescription", "725 cGy x 5 = 3625 cGy to PTV_PROS, no boost"),
                  ("Machine", "10 MV FFF gantry linac, 2 arcs"),
                  ("Guidance", "orthogonal kV on fiducials + CBCT before each fraction; intrafraction kV every 90 degrees")]),
        RuledTable([("Fx", "Date", "cGy", "Cum cGy", "Fiducial match (mm)", "Status"),
                    ("1", "04/06/2026", "725", "725", "1.8", "treated"),
                    ("2", "04/08/2026", "725", "1450", "2.2", "treated"),
                    ("3", "04/10/2026", "725", "2175", "1.4", "treated"),
                    ("4", "04/13/2026", "725", "2900", "1.9", "treated"),
                    ("5", "04/15/2026", "725", "3625", "1.2", "treated")]),
        P("Physics second check of v3: 0.6%. Rectum D1cc 3390 cGy; bladder D10cc 3510 cGy; urethra Dmax 3880 cGy."),
        sig("Fabienne Okoro-Wainwright, MD 04/15/2026"),
    ]], opts=dict(header=["GREENHITHE UROLOGY AND ONCOLOGY CENTRE"]))])

# b46_16 -- pdf: physics second-check printout, primary kidney tumour 26 Gy x 1; 77372 claimed --------------------
_c, _s = "THORNBURY PHYSICS SERVICES", "CROSSCHECK-MU 4.2"
add(name="b46_16", kind="pdf", codes=["77373", "77435", "77372"],
    facts=F("linac", ["body"], 1, 1, ["CT"], ["body_immobilization"]),
    lesions=[L("PTV_LKID left kidney primary RCC", "body", None, 26, 1)],
    categories=cats(),
    notes="Tests a physics second-check printout with several dose columns (TPS, independent, difference) for a "
          "single-fraction SBRT of a primary left renal cell carcinoma, 26 Gy x 1, 4DCT with an abdominal "
          "compression belt, CBCT before delivery; the delivered fraction is recorded at the foot. 77372 "
          "(cranial single session) is claimed for a body course and is inconsistent.",
    docs=[Doc("b46_16.pdf", [[
        H1("INDEPENDENT DOSE VERIFICATION - SBRT"),
        KeyValue([("Plan", "LKID_SBRT_1FX"), ("Target", "PTV_LKID, primary left renal cell carcinoma 3.4 cm, lower pole"),
                  ("Prescription", "2600 cGy in 1 fraction to PTV D95"),
                  ("Simulation", "4D CT 2 mm with abdominal compression belt, vacuum cushion, 06/01/2026"),
                  ("Machine", "6 MV FFF gantry linac, 2 partial VMAT arcs")]),
        T([52, 40, 112, 90, 50, 70, 56], [("Beam", "MU", "TPS dose at calc point (cGy)", "Independent (cGy)", "Diff (%)", "Tolerance", "Result"),
                    ("ARC_1", "3210", "1318.4", "1302.6", "-1.2", "+/-5%", "pass"),
                    ("ARC_2", "3155", "1289.7", "1301.9", "0.9", "+/-5%", "pass"),
                    ("Total", "6365", "2608.1", "2604.5", "-0.1", "+/-3%", "pass")]),
        RuledTable([("Structure", "Metric", "TPS (cGy)", "Constraint (cGy)"),
                    ("Bowel", "D0.03cc", "2210", "< 3000"), ("Duodenum", "D5cc", "1120", "< 1250"),
                    ("Right kidney", "Dmean", "140", "record"), ("Spinal cord", "Dmax", "690", "< 1400")]),
        P("Conclusion: plan verified, acceptable for delivery. Checked by Quinton Delacroix-Mbeki, MS, DABR 06/04/2026."),
        H2("Delivery (appended from R&V)"),
        T([66, 58, 90, 210, 66], [("Date", "Fraction", "Delivered (cGy)", "Imaging", "Status"),
                    ("06/08/2026", "1 of 1", "2600", "CBCT with compression belt, 2.6 mm shift", "Completed")]),
        sig("Treating physician: Aurora Villeneuve-Okafor, MD 06/08/2026"),
    ]], opts=dict(header=banner(_c, _s, 16, "01/05/1944", "06/08/2026 13:45")))])

# b46_17 -- pdf: plan report of an oligometastatic course: left adrenal + right lower lobe nodule, 5 fractions ----
_c, _s = "NETHERCOTT REGIONAL CANCER CENTRE", "ANVIL Plan Review 2"
add(name="b46_17", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("PTV_ADR_L left adrenal metastasis", "body", None, 40, 5), L("PTV_RLL right lower lobe nodule", "body", None, 50, 5)],
    categories=cats(),
    notes="Tests an oligometastatic plan report with two targets as rows and several dose columns (Rx, D98, D2, "
          "mean), two sites treated in the same five sessions on an MR-guided gantry linac (adrenal 8 Gy x 5 = "
          "40 Gy, lung nodule 10 Gy x 5 = 50 Gy), MR simulation + CT for electron density, vacuum cushion, daily "
          "MR set-up and gating. A third candidate (T12 bone) was observed, not treated.",
    docs=[Doc("b46_17.pdf", [[
        H1("SBRT PLAN REVIEW - oligometastatic disease, 2 targets"),
        KeyValue([("Diagnosis", "metastatic NSCLC (oligoprogression): left adrenal + right lower lobe"),
                  ("Unit", "MR-guided 6 MV gantry linac (0.35 T), online adaptation available"),
                  ("Simulation", "MR sim 3D bSSFP 10/01/2026 + CT 2 mm same day (electron density), vacuum cushion arms up"),
                  ("Not treated", "T12 sclerotic focus: equivocal, observe (tumour board 09/28)")]),
        RuledTable([("Target", "Rx (Gy)", "Fx", "Gy/fx", "D98 (Gy)", "D2 (Gy)", "Mean (Gy)", "Gating boundary"),
                    ("PTV_ADR_L", "40.0", "5", "8.0", "39.1", "46.2", "43.0", "3 mm"),
                    ("PTV_RLL", "50.0", "5", "10.0", "49.4", "61.8", "56.1", "3 mm")]),
        RuledTable([("OAR", "Metric", "Value", "Limit"), ("Stomach", "D0.5cc", "31.8 Gy", "< 33 Gy"),
                    ("Left kidney", "Dmean", "6.2 Gy", "< 10 Gy"), ("Lungs", "V20", "5.3%", "< 10%")]),
        H2("Sessions"),
        RuledTable([("Date", "Fx", "Set-up", "Adapted", "ADR_L (Gy)", "RLL (Gy)", "Beam-on (min)", "Status"),
                    ("10/12/2026", "1", "MR + gating", "yes", "8.0", "10.0", "14", "Done"),
                    ("10/14/2026", "2", "MR + gating", "no", "8.0", "10.0", "13", "Done"),
                    ("10/16/2026", "3", "MR + gating", "yes", "8.0", "10.0", "15", "Done"),
                    ("10/19/2026", "4", "MR + gating", "no", "8.0", "10.0", "13", "Done"),
                    ("10/21/2026", "5", "MR + gating", "yes", "8.0", "10.0", "16", "Done")]),
        P("Adapted plans checked by independent Monte Carlo recalculation before delivery each time (max 1.9%)."),
        P("Course complete 10/21/2026: PTV_ADR_L 40.0 Gy and PTV_RLL 50.0 Gy delivered in 5 fractions."),
        sig("Ambrose Kilbride-Nakamura, MD 10/21/2026; physicist Wren Abernathy-Osei, PhD"),
    ]], opts=dict(header=banner(_c, _s, 17, "08/15/1960", "10/21/2026 18:12")))])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# b46_18 -- ehr_text: consult recommending SRS with an addendum: patient chose hospice, nothing delivered -----------
add(name="b46_18", kind="ehr_text", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a dictated consult recommending single-session radiosurgery for two metastases "
          "(doses of twenty and eighteen gray proposed, mask, MRI 'to be obtained'), then an addendum two weeks "
          "later: the patient declined and enrolled in hospice, simulation cancelled. Nothing planned or delivered.",
    docs=[Doc("b46_18.txt", text=f"""
OAKHAVEN RADIATION ONCOLOGY - CONSULTATION NOTE
Patient: {patient(18)}   MRN: {mrn(18)}   Visit: 12/01/2026
Attending: Leopold Vantongeren-Ashe, MD

Chief complaint: new brain metastases, small cell lung cancer excluded (pathology: large cell neuroendocrine).

History of present illness: seventy-four year old woman with two brain metastases on a diagnostic MRI from November twenty-fourth, right occipital one point five centimetres and left frontal eight millimetres. Extracranial disease is progressing on second-line therapy. ECOG two to three.

Recommendation: I offered single-session stereotactic radiosurgery on the linear accelerator with a mask, roughly twenty gray to the left frontal lesion and eighteen gray to the occipital lesion. A thin-slice planning MRI and CT would be obtained at simulation. Alternatives discussed: whole-brain radiotherapy, or best supportive care. She would like to talk with her family.

ADDENDUM 12/15/2026: The patient called. After discussion with her family and her oncologist she has decided against any further cancer treatment and has enrolled with home hospice. Her simulation on 12/17 has been cancelled and no plan was made. We remain available.
Electronically signed: Leopold Vantongeren-Ashe, MD 12/15/2026
{FOOT}
""")])

# b46_19 -- pdf: conventional pancreatic course 50.4 Gy / 28 with an 'SBRT considered' field ----------------------
_c, _s = "FOXBOROUGH CANCER INSTITUTE", "LATTICE-RT course report"
add(name="b46_19", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 28, ["CT"], ["body_immobilization"]),
    lesions=[L("PTV pancreatic head", "body", None, 50.4, 28)],
    categories=cats(),
    notes="Near-miss: a course report of conventionally fractionated chemoradiation for a pancreatic head cancer, "
          "180 cGy x 28 = 5040 cGy with capecitabine, vacuum cushion, planning CT, daily CBCT. An 'SBRT "
          "considered' field says 33 Gy / 5 was rejected (duodenal invasion). 28 fractions: the claimed SBRT codes "
          "are inconsistent and no delivery code fits.",
    docs=[Doc("b46_19.pdf", [[
        H1("COURSE REPORT - pancreas"),
        KeyValue([("Diagnosis", "C25.0 adenocarcinoma of the pancreatic head, borderline resectable"),
                  ("SBRT considered", "33 Gy in 5 fractions - rejected, tumour invades the duodenal wall"),
                  ("Technique", "VMAT, 6 MV gantry linac, concurrent capecitabine"),
                  ("Prescription", "5040 cGy in 28 fractions of 180 cGy"),
                  ("Immobilisation", "vacuum cushion, arms up"), ("Planning imaging", "CT with IV contrast 2 mm, 01/05/2026"),
                  ("Image guidance", "daily CBCT")]),
        RuledTable([("Week", "Dates", "Fractions", "Dose this week (cGy)", "Cumulative (cGy)"),
                    ("1", "01/12-01/16", "5", "900", "900"), ("2", "01/19-01/23", "5", "900", "1800"),
                    ("3", "01/26-01/30", "5", "900", "2700"), ("4", "02/02-02/06", "5", "900", "3600"),
                    ("5", "02/09-02/13", "5", "900", "4500"), ("6", "02/16-02/18", "3", "540", "5040")]),
        P("Course completed 02/18/2026: 28 fractions, 5040 cGy to the PTV (pancreatic head and involved nodes)."),
        sig("Seraphina Wolcott-Diallo, MD 02/18/2026"),
    ]], opts=dict(header=banner(_c, _s, 19, "05/22/1958", "02/18/2026 17:00")))])

# b46_20 -- ehr_text: follow-up letter after cobalt radiosurgery elsewhere in 2025; new lesion 'to be planned' -------
add(name="b46_20", kind="ehr_text", codes=["77371", "77432", "61796"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a follow-up letter recounting cobalt radiosurgery under a frame at another centre in "
          "2025 (three metastases, 20/20/18 Gy) and today's surveillance MRI with one new 4 mm lesion; SRS is "
          "'to be planned' after a repeat MRI. No treatment in this document's course.",
    docs=[Doc("b46_20.txt", text=f"""
RIVERMEAD NEURO-ONCOLOGY CLINIC

7 August 2026

Dear Dr. Penhaligon-Achterberg,

{patient(20)}, MRN {mrn(20)}, born 2 February 1966

I saw Ms. {FIRST[19].title()} today for her twelve-month review after radiosurgery. To recap, in July 2025 she had single-session multi-source cobalt radiosurgery under a stereotactic frame at the Kestrel Ridge centre for three metastases from breast cancer: left frontal and right parietal lesions each received twenty gray and a cerebellar lesion eighteen gray, all at the fifty percent isodose.

Her MRI of 5 August shows that all three treated lesions have shrunk, the cerebellar one to a faint scar. There is, however, one new four millimetre enhancing focus in the right temporal lobe. She is neurologically well and KPS ninety.

I would like to repeat the MRI with thin slices in four weeks. If the focus persists, we will plan radiosurgery for it, probably as a single session with a mask, and I will write again then. No treatment has been given or scheduled today.

Kind regards,

Isadora Fenwick-Mbatha, MD
Radiation Oncologist
{FOOT}
""")])


CORPUS = Corpus("blind_corpus46", "tests/blind_corpus46", CHARTS, pdf_options={"footer": FOOT, "page_numbers": "Page {n} of {total}"},
                hand_written=["README.md", "FIRST_RUN.md"])
