"""Thirty-second blind corpus, ``tests/blind_corpus32/`` (regenerate: ``python scripts/make_corpus.py blind_corpus32``).

HELD-OUT corpus: a coding office's in-tray as it arrives, twenty courses from twenty invented clinics. Half
are other clinics' system printouts (plan reports with ruled target and DVH/OAR tables, record-and-verify
treatment summaries with per-fraction or per-field rows and cumulative columns, prescriptions, physics
checks, EHR text exports), half dictated .txt letters and consults and multi-document bundles (consult,
simulation, plan, record, completion, follow-up, the lesion named differently in each). Two scanned charts,
one two-column page. 9 cranial (Gamma Knife and linac), 2 CyberKnife, 6 body/spine SBRT, 3 hard negatives
or near-misses. Three charts contradict themselves (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (dictated and text documents are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import ColumnBreak, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ANSELMA", "BARTHOLD", "CORDELIA", "DORIAN", "EULALIA", "FERGUS", "GWENDOLEN", "HORATIO", "ISOLDE", "JARVIS",
         "KERENZA", "LEOFRIC", "MIRABEL", "NORBERT", "OTTILIE", "PERCIVAL", "QUENBY", "ROWENA", "SILVANUS", "TAMSIN"]


def patient(n: int) -> str:
    return f"THIRTYTWOPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-320{n:02d}"


def hdr(clinic: str, n: int, extra: str = "") -> list[str]:
    return [clinic, f"Patient: {patient(n)}    MRN: {mrn(n)}" + (f"    {extra}" if extra else "")]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial: Gamma Knife and linac
# ==================================================================================================

# b32_01 -- bundle (5 docs): GK frame, consult named 3 lesions, stereotactic MRI found a 4th; one in the pons ----
_c = "BRACKENRIDGE GAMMA KNIFE UNIT"
add(name="b32_01", kind="bundle", codes=["77371", "77432", "61798", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right middle frontal gyrus metastasis", "cranial", S, 20, 1),
             L("dorsal pons metastasis", "cranial", C, 14, 1),
             L("left occipital pole metastasis", "cranial", S, 20, 1),
             L("left cerebellar hemisphere metastasis", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Consult (3 lesions on the diagnostic MRI, a 2022 WBRT 30 Gy/10 in history), frame/imaging note (the "
          "stereotactic MRI shows a 4th lesion, left cerebellar), GammaPlan printout with a ruled target "
          "table (Rx, isodose, max, volume), treatment record, completion letter. Each lesion named "
          "differently per document (Met1_RFront / 'right frontal' / 'right middle frontal gyrus'). Pons "
          "lesion within the brainstem (complex) at 14 Gy; brainstem outside that target max 13.2 Gy.",
    docs=[
        Doc("1_consult.txt", text=f"""
BRACKENRIDGE GAMMA KNIFE UNIT - RADIATION ONCOLOGY CONSULTATION
Patient: {patient(1)}   MRN: {mrn(1)}   Date: 10/26/2026
Referring: Dr. Yolanda Pettigrew-Ames, medical oncology

Reason for consultation: new brain metastases, melanoma.

HPI: 58 yo man with BRAF-mutant melanoma of the back (2021), on dabrafenib/trametinib, who received whole brain radiation 30 Gy in 10 fractions in 2022 for miliary disease. Surveillance MRI 10/19/2026 (T1 post-gad, FLAIR, SWI): three new enhancing lesions - right frontal 1.4 cm, dorsal pons 0.8 cm, left occipital 1.0 cm. No mass effect. KPS 80.

Assessment/Plan: Recommend single-session Gamma Knife radiosurgery with a Leksell frame to the three lesions, approx. 20 Gy to the supratentorial lesions and a reduced dose of 14-15 Gy to the pontine lesion. Stereotactic MRI and CT on the day of treatment. Discussed radionecrosis risk given prior WBRT. He agrees.

Odalys Trefusis, MD, Radiation Oncology
{FOOT}
"""),
        Doc("2_frame_and_imaging.txt", text=f"""
BRACKENRIDGE GAMMA KNIFE UNIT - FRAME APPLICATION / STEREOTACTIC IMAGING NOTE
Patient: {patient(1)}   MRN: {mrn(1)}   DOS: 11/04/2026

Leksell G frame applied under local anesthesia by Dr. Marcus Ilesworth (neurosurgery), four pins, stable. Stereotactic MRI with the MR indicator: 1 mm T1 MPRAGE post contrast, T2 and FLAIR. Stereotactic CT 1 mm with the CT indicator box for skull/fiducial definition. FINDING: in addition to the three known lesions there is a new 0.6 cm enhancing nodule in the left cerebellar hemisphere, not seen on 10/19 (in retrospect a punctate focus). Discussed with patient in the holding area; he agrees to treat all four. Plan to be built on GammaPlan 11.
M. Ilesworth, MD / O. Trefusis, MD
{FOOT}
"""),
        Doc("3_gammaplan_printout.pdf", [[
            H1("Leksell GammaPlan - Treatment Plan Summary"),
            KeyValue([("Plan name", "MEL_4MET_110426"), ("Unit", "Leksell Gamma Knife Perfexion"),
                      ("Fixation", "Leksell Coordinate Frame G"), ("Images", "MR STX T1 MPRAGE+C / CT STX"),
                      ("Plan status", "Approved 11/04/2026 11:02")]),
            RuledTable([("Target", "Vol (cm3)", "Presc (Gy)", "Isodose (%)", "Max (Gy)", "Coverage", "Shots"),
                        ("Met1_RFront", "1.21", "20.0", "50", "40.0", "0.98", "6"),
                        ("Met2_Pons", "0.22", "14.0", "50", "28.0", "0.96", "3"),
                        ("Met3_LOcc", "0.48", "20.0", "50", "40.0", "0.99", "4"),
                        ("Met4_LCbl", "0.09", "18.0", "50", "36.0", "0.99", "2")]),
            H2("Risk structures"),
            RuledTable([("Structure", "Max (Gy)", "Vol > 12 Gy (cm3)"),
                        ("Brainstem (excl. Met2_Pons)", "13.2", "0.31"),
                        ("Chiasm", "2.1", "0"), ("Cochlea_L", "3.7", "0"), ("Brain - PTVs", "--", "4.6")]),
            P("Frame coordinate check (X,Y,Z of each shot vs printout) completed by physics: Nadine Crowther, MS. Collision check passed."),
        ]], opts=dict(header=hdr(_c, 1), font="Helvetica")),
        Doc("4_treatment_record.pdf", [[
            H1("Treatment Record - Gamma Knife"),
            RuledTable([("Date", "Run", "Targets", "Beam-on (min)", "Status"),
                        ("11/04/2026", "1", "Met1_RFront, Met3_LOcc", "31.4", "Complete"),
                        ("11/04/2026", "2", "Met2_Pons, Met4_LCbl", "22.8", "Complete")]),
            P("Single session, frame docked, treatment delivered without interruption. Frame removed 13:40."),
            sig("N. Crowther, MS 11/04/2026"),
        ]], opts=dict(header=hdr(_c, 1), font="Helvetica")),
        Doc("5_completion_letter.txt", text=f"""
BRACKENRIDGE GAMMA KNIFE UNIT
11/06/2026

Dear Dr. Pettigrew-Ames,

Your patient {patient(1)} ({mrn(1)}) underwent Gamma Knife radiosurgery on 11/04/2026 under a Leksell frame. Stereotactic imaging on the day showed a fourth lesion, so four metastases were treated in the one session: the right middle frontal gyrus metastasis 20 Gy, the dorsal pons metastasis 14 Gy, the left occipital pole metastasis 20 Gy and the left cerebellar hemisphere metastasis 18 Gy, all to the 50% isodose line. He tolerated it well and went home the same afternoon on a short dexamethasone taper. MRI in 8 weeks.

With best regards,
Odalys Trefusis, MD
{FOOT}
"""),
    ])

# b32_02 -- pdf: plan report, Brainlab Elements on TrueBeam, 5 targets T1..T5 (header says 4) -- CONTRADICTION ----
_c = "QUARRY HILL CANCER INSTITUTE - RADIATION PHYSICS"
add(name="b32_02", kind="pdf", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 5, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("T1 left frontal", "cranial", S, 20, 1), L("T2 right parietal", "cranial", S, 20, 1),
             L("T3 right temporal", "cranial", C, 15, 1), L("T4 left thalamus", "cranial", S, 18, 1),
             L("T5 vermis", "cranial", S, 20, 1)],
    categories=cats(),
    contradiction="The plan header says 'Number of targets: 4' while the target table, the delivery line and the physician approval list five targets T1-T5.",
    notes="Brainlab Elements Multiple Brain Mets plan report on a TrueBeam STx, single fraction, one isocenter "
          "'Iso_1'. Targets labelled T1..T5 beside T1/T2 MRI sequences; target table with Rx, Dmax, D98, "
          "V100 and CI columns; T3 is 3.6 cm (complex by size), the rest simple. OAR table (brainstem, "
          "chiasm, V12 Gy). Header 'Number of targets: 4' disagrees with the 5-row table (gold 5).",
    docs=[Doc("b32_02.pdf", [[
        H1("Brainlab Elements - Multiple Brain Mets SRS  |  Treatment Plan Report"),
        KeyValue([("Plan", "MBM_QH_0917 (approved)"), ("Machine", "TrueBeam STx, HD120 MLC, 6X-FFF"),
                  ("Number of targets", "4"), ("Isocenter", "Iso_1 (single isocenter, 5 dynamic conformal arcs, 4 couch angles)"),
                  ("Fractions", "1"), ("Immobilization", "Brainlab frameless mask, ExacTrac Dynamic positioning"),
                  ("Image set", "CT_SIM 1.0 mm (09/14/2026) fused with MR T1 3D post-Gd and T2 FLAIR (09/12/2026)")]),
        H2("Target objects"),
        RuledTable([("Target", "Location", "Max diam (cm)", "Vol (cc)", "Rx (Gy)", "Dmax (Gy)", "D98 (Gy)", "V100 (%)", "CI"),
                    ("T1", "L frontal", "1.2", "0.71", "20.0", "25.1", "20.2", "98.9", "1.18"),
                    ("T2", "R parietal", "0.9", "0.33", "20.0", "24.8", "20.1", "99.2", "1.21"),
                    ("T3", "R temporal", "3.6", "14.20", "15.0", "18.4", "14.9", "97.6", "1.09"),
                    ("T4", "L thalamus", "0.7", "0.16", "18.0", "22.0", "18.1", "98.4", "1.30"),
                    ("T5", "Vermis", "1.0", "0.42", "20.0", "24.6", "20.0", "98.0", "1.22")]),
        H2("Organs at risk"),
        RuledTable([("OAR", "Dmax (Gy)", "Constraint", "Met"),
                    ("Brainstem", "13.8", "< 15 Gy", "yes"), ("Optic chiasm", "4.9", "< 8 Gy", "yes"),
                    ("Optic nerve L / R", "3.1 / 5.2", "< 8 Gy", "yes"), ("Brain - GTV V12Gy", "11.4 cc", "< 15 cc", "yes")]),
        P("Prescription: T1, T2 and T5 20 Gy; T4 18 Gy (deep grey matter); T3 15 Gy because of the 3.6 cm size. All doses single fraction to the PTV (GTV + 1 mm) covering the periphery, prescribed to the 80% isodose line. Independent MU check (RadCalc) within 2.1%. Patient-specific QA: SRS MapCHECK gamma 3%/1 mm 98.7% pass."),
        P("Delivery: 09/17/2026, all five targets treated in one session with ExacTrac Dynamic x-ray verification before each couch angle (max correction 0.6 mm / 0.4 deg) and a CBCT at the start."),
        sig("Physician approval - T1, T2, T3, T4, T5: Rosalind Achterberg, MD 09/16/2026; Physicist: Tobias Wrenfield, PhD 09/16/2026"),
    ]], opts=dict(header=hdr(_c, 2), font="Helvetica"))])

# b32_03 -- ehr_text: dictated letter, Edge FSRT 27 Gy in 3 to a resection cavity; spoken punctuation -----------
_c = "SALTMARSH NEURO-ONCOLOGY ASSOCIATES"
add(name="b32_03", kind="ehr_text", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left parietal resection cavity", "cranial", S, 27, 3)],
    categories=cats(),
    notes="Dictated completion letter with speech-recognition residue ('period', 'comma', 'new paragraph'), "
          "numbers in words ('twenty seven gray in three fractions', 'nine gray each'). Varian Edge, open "
          "face mask, planning CT + MRI, cavity 2.9 cm. The 30 Gy in 5 alternative was discussed, not used; "
          "a prior 2019 lumpectomy/breast RT 42.5 Gy in 16 in history.",
    docs=[Doc("b32_03.txt", text=f"""
SALTMARSH NEURO-ONCOLOGY ASSOCIATES
DICTATED LETTER - TRANSCRIBED BY SPEECH RECOGNITION, NOT PROOFREAD
Patient: {patient(3)}   MRN: {mrn(3)}   Dictated: 10/02/2026

Dear doctor Halvorsen comma

thank you for referring Mrs {FIRST[2].title()} who has now completed her stereotactic radiotherapy to the left parietal resection cavity period she is a 61 year old lady with a history of left breast cancer treated in 2019 with lumpectomy and whole breast radiation forty two point five gray in sixteen fractions comma who developed a solitary left parietal metastasis which was resected by doctor Kowalczyk on 08/14/2026 period new paragraph

we discussed single fraction radiosurgery versus a fractionated course and because the cavity measured two point nine centimeters we chose three fractions period thirty gray in five was also discussed but she preferred fewer visits period she was simulated on 09/08/2026 in an open face thermoplastic mask on the Edge with a one millimeter planning CT comma and the post operative MRI volumetric T1 with contrast from 09/05/2026 was fused for contouring period the target was the resection cavity plus the enhancing rim with a one millimeter margin period new paragraph

treatment was delivered on the Varian Edge on 09/15 comma 09/17 and 09/19/2026 comma twenty seven gray in three fractions comma nine gray each comma prescribed to the eighty percent isodose line using four VMAT arcs period each fraction was preceded by a cone beam CT and the optical surface monitoring system tracked her during the arcs with no interruption beyond the one millimeter threshold period brainstem maximum was eleven point two gray and the left optic nerve received less than five gray period new paragraph

she tolerated treatment well with mild fatigue only period we will see her with an MRI in two months period

yours sincerely comma
Ingrid Sallowmere MD Radiation Oncology
{FOOT}
""")])

# b32_04 -- scan (160 dpi): GK frame, right vestibular schwannoma 12 Gy; a meningioma seen, observed ------------
_c = "FENNIMORE REGIONAL RADIOSURGERY"
add(name="b32_04", kind="scan", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    notes="Scanned (160 dpi, Courier) Gamma Knife treatment summary form: right vestibular schwannoma (complex by "
          "type) 12 Gy to the 50% IDL under a Leksell frame; stereotactic MRI (CISS, T1+C) and CT. A 4 mm "
          "left frontal dural-based enhancement (probable meningioma) is seen and observed, not treated. "
          "Cochlea mean 3.9 Gy, max 24 Gy; the Icon CBCT option was not used.",
    docs=[Doc("b32_04.pdf", [[
        H1("GAMMA KNIFE RADIOSURGERY - TREATMENT SUMMARY"),
        KeyValue([("Date of treatment", "10/21/2026"), ("Unit", "Leksell Gamma Knife Icon (frame-based session)"),
                  ("Diagnosis", "Right vestibular schwannoma, Koos II, 1.7 x 1.3 cm, serviceable hearing"),
                  ("Neurosurgeon", "Bartholomew Quist, MD"), ("Radiation oncologist", "Henrietta Locksley, MD"),
                  ("Physicist", "Dev Ramaswamy-Holt, MS")]),
        P("PROCEDURE: Leksell Vantage frame placed under local anesthesia (4 pins). Stereotactic MRI: 0.8 mm CISS and T1 post-contrast. Stereotactic CT with fiducial box for geometric correction. The Icon CBCT option was not used because the frame defines stereotactic space. Incidental 4 mm left frontal dural-based enhancing focus, probably a small meningioma, unchanged since 2024: observe, NOT targeted."),
        TextTable([("Target", "Rx dose", "Isodose", "Max dose", "Volume", "Shots"),
                   ("R VS", "12 Gy", "50 %", "24.0 Gy", "1.04 cc", "11")], columns=(0, 90, 170, 240, 320, 400)),
        P("Critical structures: R cochlea mean 3.9 Gy; brainstem max 10.8 Gy; R facial nerve (est.) 11.6 Gy."),
        P("VERIFICATION: frame coordinates checked independently by physics before treatment; daily unit QA passed."),
        P("TREATMENT: delivered in one session, beam-on 48.2 min, frame removed, no complications."),
        sig("H. Locksley, MD / B. Quist, MD 10/21/2026"),
    ]], opts=dict(header=hdr(_c, 4), scan=True, scan_dpi=160, font="Courier"))])

# b32_05 -- pdf: record-and-verify treatment history, HyperArc 3 targets x 5 fx, cumulative columns; 61796 wrong ---
_c = "ASHCOMBE VALLEY RADIATION ONCOLOGY"
add(name="b32_05", kind="pdf", codes=["77373", "77435", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left temporal", "cranial", S, 30, 5), L("right parietal", "cranial", S, 30, 5),
             L("right anterior clinoid", "cranial", C, 25, 5)],
    categories=cats(),
    notes="ARIA-style treatment history: HyperArc plan 'HA_3MET' with one isocenter 'Iso_Brain', prescription "
          "block (PTV_LTemp 600 cGy x 5, PTV_RPar 600 cGy x 5, PTV_RClin 500 cGy x 5), one row per fraction "
          "with per-target cumulative columns. The right anterior clinoid metastasis is 4 mm from the optic "
          "chiasm (complex), so the claimed 61796 is inconsistent; 61797 stands (two simple).",
    docs=[Doc("b32_05.pdf", [[
        H1("Treatment History Report - Course C1 BRAIN"),
        KeyValue([("Plan", "HA_3MET (HyperArc, TrueBeam, 6X-FFF, 4 non-coplanar arcs)"),
                  ("Isocenter", "Iso_Brain"), ("Immobilization", "Encompass SRS mask"),
                  ("Planning images", "CT 10/01/2026 (1.25 mm) + MRI T1 MPRAGE post-Gd 09/29/2026, rigid fusion"),
                  ("Approved", "Nkechi Varga-Thorne, MD 10/05/2026")]),
        H2("Prescription"),
        RuledTable([("Target", "Dose/fx (cGy)", "Fx", "Total (cGy)", "Isodose", "Note"),
                    ("PTV_LTemp", "600", "5", "3000", "80%", "1.8 cm"),
                    ("PTV_RPar", "600", "5", "3000", "80%", "1.1 cm"),
                    ("PTV_RClin", "500", "5", "2500", "80%", "1.3 cm, 4 mm from optic chiasm; chiasm Dmax 24.1 Gy/5")]),
        H2("Delivered"),
        RuledTable([("Fx", "Date", "Image", "PTV_LTemp cum", "PTV_RPar cum", "PTV_RClin cum", "MU", "Init"),
                    ("1", "10/07/2026", "CBCT+SGRT", "600", "600", "500", "4112", "KL"),
                    ("2", "10/09/2026", "CBCT+SGRT", "1200", "1200", "1000", "4108", "KL"),
                    ("3", "10/12/2026", "CBCT+SGRT", "1800", "1800", "1500", "4115", "RB"),
                    ("4", "10/14/2026", "CBCT+SGRT", "2400", "2400", "2000", "4110", "KL"),
                    ("5", "10/16/2026", "CBCT+SGRT", "3000", "3000", "2500", "4109", "RB")]),
        P("Course status: Completed. Treatment-planning QA: portal dosimetry 99.1% (2%/2 mm). 6DoF couch corrections applied at each fraction; max intrafraction surface shift 0.7 mm."),
        sig("N. Varga-Thorne, MD 10/16/2026"),
    ]], opts=dict(header=hdr(_c, 5), font="Helvetica"))])

# b32_06 -- ehr_text: GK frame, left trigeminal neuralgia 80 Gy max; prior right-side GK 2023 --------------------
_c = "TULLAMORE HEIGHTS MEDICAL CENTER"
add(name="b32_06", kind="ehr_text", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left trigeminal nerve root entry zone", "cranial", C, 80, 1)],
    categories=cats(),
    notes="EHR text export (flowsheet-like lines): Gamma Knife for left trigeminal neuralgia (functional, complex), "
          "80 Gy maximum at the 100% isodose with one 4 mm shot; brainstem 15 Gy isodose surface; an earlier "
          "right-side GK (2023, 85 Gy max) in the history. CISS MRI + stereotactic CT, Leksell frame.",
    docs=[Doc("b32_06.txt", text=f"""
*** TULLAMORE HEIGHTS MEDICAL CENTER - EHR EXPORT ***
PT NAME............: {patient(6)}
MRN................: {mrn(6)}
ENCOUNTER..........: 11/12/2026  RADIOSURGERY (GK)
NOTE TYPE..........: PROCEDURE NOTE - STEREOTACTIC RADIOSURGERY
AUTHOR.............: Cassian Oyelaran-Pike, MD (Neurosurgery)
COSIGNER...........: Marguerite Deveraux, MD (Radiation Oncology)

INDICATION: Classical left V2/V3 trigeminal neuralgia refractory to carbamazepine and oxcarbazepine (hyponatremia). History of RIGHT trigeminal neuralgia treated with Gamma Knife 85 Gy maximum in 03/2023, pain free on the right since.

FRAME: Leksell G frame applied under local anesthesia, 4 pins.
IMAGING: Stereotactic MRI - 0.6 mm CISS/FIESTA and T1 post-contrast; stereotactic CT 1 mm to correct for MR distortion. Fused in GammaPlan.
TARGET: left trigeminal nerve, cisternal segment, 7 mm anterior to the root entry zone.
DOSE: 80 Gy maximum dose (100% isodose), single 4 mm collimator shot; the 15 Gy isodose surface just touches the pons (brainstem max 15 Gy, 0.01 cc).
VERIFICATION: shot coordinates independently checked by physicist (L. Abernethy, MS). Frame-to-couch clearance check done.
DELIVERY: Leksell Gamma Knife Esprit, single session, beam-on 41 min. Frame removed, no complications.

IMPRESSION: left trigeminal neuralgia - GK radiosurgery 80 Gy max delivered 11/12/2026.
FOLLOW-UP: 6 weeks, then MRI at 6 months. Continue carbamazepine until pain relief.
-- signed C. Oyelaran-Pike MD 11/12/2026 14:06 / cosigned M. Deveraux MD 11/13/2026 08:10
{FOOT}
""")])

# b32_07 -- bundle (5 docs): consult 20 Gy x 1 to two lesions, changed at simulation to 24 Gy / 3; 3rd focus watched --
_c = "GREYSTONE BAY CANCER CARE"
add(name="b32_07", kind="bundle", codes=["77373", "77435", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left superior frontal gyrus metastasis", "cranial", S, 24, 3),
             L("right cerebellar metastasis", "cranial", S, 24, 3)],
    categories=cats(),
    notes="Dictated consult recommends 20 Gy x 1 to two lesions; at simulation the right cerebellar lesion has grown "
          "to 3.1 cm and the course is changed to 24 Gy in 3 fractions for both; a new 3 mm left insular "
          "focus is seen on the planning MRI and observed, not treated. Plan PDF (PTV_LFront / PTV_RCbm, "
          "isocenter 'ISO_1'), record with one row per fraction and cumulative doses, completion note. "
          "Lesions named differently in each document.",
    docs=[
        Doc("1_consult_dictation.txt", text=f"""
GREYSTONE BAY CANCER CARE - RADIATION ONCOLOGY CONSULTATION (dictated)
Patient: {patient(7)}  MRN: {mrn(7)}  Date: 09/08/2026

This is a 66 year old gentleman with stage IV lung adenocarcinoma on pembrolizumab whose restaging MRI on 09/01/2026 shows two brain metastases, a one point six centimeter left frontal lesion and a two point four centimeter right cerebellar lesion, without hydrocephalus. He is neurologically intact, KPS 90. I recommended single fraction stereotactic radiosurgery, twenty gray to each lesion, on the Versa HD with a frameless mask. Whole brain radiation was discussed and he declined it. We will simulate him next week with a thin cut MRI.
Dictated by Felicity Arrowsmith-Kane MD
{FOOT}
"""),
        Doc("2_simulation_note.txt", text=f"""
GREYSTONE BAY CANCER CARE - SIMULATION NOTE
Patient: {patient(7)}  MRN: {mrn(7)}  Date: 09/15/2026

CT simulation performed today, 1 mm slices, supine, head in an open-face thermoplastic SRS mask with mouth bite. Planning MRI (3D T1 post-gadolinium, 1 mm) obtained 09/14/2026 and fused. On the planning MRI the right cerebellar metastasis now measures 3.1 cm (previously 2.4 cm), and there is a new 3 mm punctate enhancing focus in the left insula.
PLAN CHANGE: given the size of the cerebellar lesion, both lesions will be treated with fractionated SRS, 24 Gy in 3 fractions of 8 Gy, instead of 20 Gy x 1. The 3 mm left insular focus will be watched on the 6-week MRI and is not a target in this plan. Patient agrees.
F. Arrowsmith-Kane MD
{FOOT}
"""),
        Doc("3_plan_summary.pdf", [[
            H1("Monaco Plan Summary - FSRT_BRAIN_2MET"),
            KeyValue([("Machine", "Elekta Versa HD, Agility MLC, 6 MV FFF"), ("Isocenter", "ISO_1 (single)"),
                      ("Arcs", "3 VMAT arcs, couch 0 / 45 / 315"), ("Fractionation", "8 Gy x 3")]),
            RuledTable([("Structure", "Type", "Rx total (Gy)", "Gy/fx", "D95 (Gy)", "Dmax (Gy)", "Vol (cc)"),
                        ("PTV_LFront", "PTV", "24.0", "8.0", "24.1", "30.2", "2.41"),
                        ("PTV_RCbm", "PTV", "24.0", "8.0", "23.9", "30.6", "13.80"),
                        ("Brainstem", "OAR", "--", "--", "--", "17.4", "--"),
                        ("Cochlea_R", "OAR", "--", "--", "--", "6.2", "--")]),
            P("Prescribed to the 80% isodose line. Patient-specific QA (ArcCHECK) 99.4% gamma pass 2%/2 mm."),
            sig("F. Arrowsmith-Kane MD, Physicist Osric Delamere MS 09/18/2026"),
        ]], opts=dict(header=hdr(_c, 7), font="Helvetica")),
        Doc("4_treatment_record.pdf", [[
            H1("MOSAIQ Treatment Record (Dose Tracking)"),
            RuledTable([("Fx", "Date", "Site", "Daily (cGy)", "Cumulative (cGy)", "IGRT"),
                        ("1", "09/21/2026", "L Front", "800", "800", "XVI CBCT + HexaPOD"),
                        ("1", "09/21/2026", "R Cbm", "800", "800", "XVI CBCT + HexaPOD"),
                        ("2", "09/23/2026", "L Front", "800", "1600", "XVI CBCT + HexaPOD"),
                        ("2", "09/23/2026", "R Cbm", "800", "1600", "XVI CBCT + HexaPOD"),
                        ("3", "09/25/2026", "L Front", "800", "2400", "XVI CBCT + HexaPOD"),
                        ("3", "09/25/2026", "R Cbm", "800", "2400", "XVI CBCT + HexaPOD")]),
        ]], opts=dict(header=hdr(_c, 7), font="Helvetica")),
        Doc("5_completion.txt", text=f"""
GREYSTONE BAY CANCER CARE - TREATMENT COMPLETION SUMMARY
Patient: {patient(7)}  MRN: {mrn(7)}  Completed: 09/25/2026

Fractionated stereotactic radiosurgery, Versa HD, mask immobilization, three fractions over 09/21-09/25/2026. Delivered: left superior frontal gyrus metastasis 24 Gy in 3 fractions; right cerebellar metastasis 24 Gy in 3 fractions. The original single-fraction 20 Gy plan was not used. The small left insular focus was not treated and will be followed. Tolerated well, no steroids needed. MRI brain in 6 weeks.
F. Arrowsmith-Kane MD
{FOOT}
"""),
    ])

# b32_08 -- two-column pdf: GK Icon mask, 3 fractions, large temporal met (complex, 3.8 cm) + small cerebellar met --
_c = "KILBRIDE STEREOTACTIC CENTRE"
add(name="b32_08", kind="pdf", codes=["77373", "77435", "61798", "61797"],
    facts=F("cobalt60", ["cranial"], 2, 3, ["MRI"], ["mask"]),
    lesions=[L("left temporal metastasis", "cranial", C, 27, 3), L("right cerebellar metastasis", "cranial", S, 24, 3)],
    categories=cats(),
    notes="Two-column Gamma Knife Icon summary: thermoplastic mask with IFMM, planning MRI only (the CBCT at each "
          "fraction defines stereotactic space; no planning CT). Left temporal metastasis 3.8 cm (complex by "
          "size) 9 Gy x 3 = 27 Gy; right cerebellar 1.0 cm 8 Gy x 3 = 24 Gy, both to the 50% IDL. A frame was "
          "offered and declined.",
    docs=[Doc("b32_08.pdf", [[
        H1("Gamma Knife Icon - Fractionated Treatment Summary"),
        P("Patient presented with two brain metastases from renal cell carcinoma: a 3.8 cm left temporal lesion with surrounding edema and a 1.0 cm right cerebellar lesion. Because of the size of the temporal lesion a three-fraction course was chosen. A Leksell frame was offered for a single session and declined; a thermoplastic mask with the Icon head support was made on 10/26/2026."),
        P("Imaging: planning MRI 10/26/2026, 1 mm T1 post-gadolinium, T2. No planning CT was acquired; the Icon CBCT at each fraction is registered to the stereotactic reference."),
        P("Plan (GammaPlan 11.4): left temporal metastasis 9 Gy per fraction x 3 = 27 Gy at the 50% isodose, 28 shots; right cerebellar metastasis 8 Gy per fraction x 3 = 24 Gy at the 50% isodose, 6 shots. Max doses 54 Gy and 48 Gy. Brainstem max 16.3 Gy total."),
        ColumnBreak(),
        P("Delivery: 10/28, 10/30 and 11/02/2026, each fraction preceded by a stereotactic CBCT with co-registration to the plan; intrafraction motion management (nose marker) stayed under the 1.5 mm threshold (max 0.8 mm)."),
        P("Result: three of three fractions delivered as planned. Left temporal 27 Gy / 3 fx; right cerebellar 24 Gy / 3 fx."),
        P("Tolerance: headache after fraction 1, relieved by dexamethasone 4 mg for 3 days. No new deficit."),
        P("Follow-up: MRI in 8 weeks; medical oncology to continue cabozantinib after a 1-week hold."),
        sig("Aurelio Finchley-Roe, MD, Radiation Oncology; Siobhan Tarrant, PhD, Physics 11/02/2026"),
    ]], opts=dict(header=hdr(_c, 8), two_columns=True, font="Times-Roman"))])

# b32_09 -- bundle (3 docs): GK frame, cavernous sinus meningioma 13 Gy + convexity meningioma 12 Gy -- CONTRADICTION --
_c = "MARROWICK NEUROSCIENCE HOSPITAL"
add(name="b32_09", kind="bundle", codes=["77371", "77432", "61798", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 2, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right cavernous sinus meningioma", "cranial", C, 13, 1),
             L("left parietal convexity meningioma", "cranial", S, 12, 1)],
    categories=cats(),
    contradiction="The discharge summary gives the cavernous sinus meningioma fourteen Gy while the procedure note and the GammaPlan printout give 13 Gy.",
    notes="Procedure note, GammaPlan printout and discharge summary: right cavernous sinus meningioma (complex by "
          "location) 13 Gy at 50% and left parietal convexity meningioma 2.2 cm (simple) 12 Gy at 50%, "
          "Leksell frame, stereotactic MRI + CT. The discharge summary says 'fourteen Gy' for the cavernous "
          "sinus lesion (gold 13 Gy from the procedure note and the printout). Optic apparatus max 8.4 Gy.",
    docs=[
        Doc("1_procedure_note.txt", text=f"""
MARROWICK NEUROSCIENCE HOSPITAL - GAMMA KNIFE PROCEDURE NOTE
Patient: {patient(9)}  MRN: {mrn(9)}  DOS: 10/08/2026

Pre-op dx: two meningiomas - right cavernous sinus (WHO grade 1 presumed, 2.0 x 1.6 cm, encasing the cavernous ICA) and left parietal convexity (2.2 cm), both enlarging over 18 months.
Procedure: Leksell frame application; stereotactic MRI (T1 post-contrast 1 mm, CISS) and stereotactic CT; Gamma Knife radiosurgery of both lesions in one session on the Perfexion.
Dose: right cavernous sinus meningioma 13 Gy to the 50% isodose (22 shots); left parietal convexity meningioma 12 Gy to the 50% isodose (9 shots). Optic chiasm max 8.4 Gy, right optic nerve 7.9 Gy, brainstem 9.6 Gy.
Physics verified frame coordinates and shot positions before treatment. Beam-on 64 min. Frame removed, uneventful.
Surgeon: Ptolemy Harcastle, MD; Radiation oncology: Wilhelmina Osei-Barrow, MD
{FOOT}
"""),
        Doc("2_gammaplan_printout.pdf", [[
            H1("GammaPlan Dose Plan Report"),
            RuledTable([("Matrix", "Target", "Prescription (Gy)", "Isodose (%)", "Max (Gy)", "Volume (cm3)", "Selectivity"),
                        ("Matrix 1", "R_CavSinus_Mening", "13.0", "50", "26.0", "2.61", "0.81"),
                        ("Matrix 2", "L_Parietal_Mening", "12.0", "50", "24.0", "4.02", "0.87")]),
            RuledTable([("Risk volume", "Max (Gy)"), ("Optic chiasm", "8.4"), ("Optic nerve R", "7.9"), ("Brainstem", "9.6")]),
            sig("Plan approved W. Osei-Barrow MD / P. Harcastle MD 10/08/2026"),
        ]], opts=dict(header=hdr(_c, 9), font="Helvetica")),
        Doc("3_discharge_summary.txt", text=f"""
MARROWICK NEUROSCIENCE HOSPITAL - DAY-CASE DISCHARGE SUMMARY
Patient: {patient(9)}  MRN: {mrn(9)}  Admitted/discharged: 10/08/2026

Single-session Gamma Knife radiosurgery under a Leksell frame: right cavernous sinus meningioma fourteen Gy at the 50% line, left parietal convexity meningioma 12 Gy at the 50% line. No complications; pin sites clean. Discharged home with her daughter. Follow-up MRI 6 months, ophthalmology visual fields in 3 months.
W. Osei-Barrow, MD
{FOOT}
"""),
    ])


# ==================================================================================================
# CyberKnife
# ==================================================================================================

# b32_10 -- pdf: CyberKnife treatment summary, two brain mets labelled L1/L2, 3 fractions, per-fraction rows -------
_c = "PENHALLOW ROBOTIC RADIOSURGERY"
add(name="b32_10", kind="pdf", codes=["G0339", "G0340", "77435", "61796", "61797"],
    facts=F("robotic_linac", ["cranial"], 2, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("L1 left frontal", "cranial", S, 24, 3), L("L2 right occipital", "cranial", S, 27, 3)],
    categories=cats(),
    notes="CyberKnife M6 treatment summary: cranial lesions labelled 'L1' and 'L2' (not vertebrae), 8 Gy x 3 and "
          "9 Gy x 3 to the 75-77% isodose, 6D Skull tracking, Aquaplast mask, CT + MRI T1 MPRAGE fused. One "
          "row per fraction with beams, MU and cumulative dose per lesion. Iris collimator; 'Path set: "
          "Head_Short' is not a lesion.",
    docs=[Doc("b32_10.pdf", [[
        H1("CyberKnife Treatment Summary (Accuray Precision / iDMS)"),
        KeyValue([("System", "CyberKnife M6, Iris variable aperture collimator"), ("Tracking", "6D Skull"),
                  ("Path set", "Head_Short"), ("Immobilization", "Aquaplast thermoplastic mask, headrest B"),
                  ("Planning images", "CT 1 mm (10/05/2026) fused with MRI T1 MPRAGE post-contrast (10/03/2026)"),
                  ("Course", "Fractionated SRS, 3 sessions, 10/08-10/12/2026")]),
        RuledTable([("Lesion", "Location", "Rx (Gy)", "Fx", "Gy/fx", "Isodose (%)", "Dmax (Gy)", "Coverage (%)", "Beams"),
                    ("L1", "Left frontal", "24", "3", "8", "77", "31.2", "98.1", "142"),
                    ("L2", "Right occipital", "27", "3", "9", "75", "36.0", "97.4", "167")]),
        H2("Fraction log"),
        RuledTable([("Session", "Date", "Tracking images", "MU", "L1 cum (cGy)", "L2 cum (cGy)", "Time (min)"),
                    ("1", "10/08/2026", "118", "21840", "800", "900", "44"),
                    ("2", "10/10/2026", "121", "21811", "1600", "1800", "42"),
                    ("3", "10/12/2026", "115", "21855", "2400", "2700", "43")]),
        P("Pre-treatment QA: delivery QA of the plan (Gafchromic film, 2%/1 mm gamma 97.8%); E2E test within 0.6 mm. Both lesions completed as planned."),
        sig("Rhiannon Castellano-Moore, MD 10/12/2026; Physicist Idris Pennywhistle, MS"),
    ]], opts=dict(header=hdr(_c, 10), font="Helvetica"))])

# b32_11 -- ehr_text: dictated letter, CyberKnife liver HCC 45 Gy / 3 with fiducials and Synchrony ---------------
_c = "DUNMERE CYBERKNIFE CENTER"
add(name="b32_11", kind="ehr_text", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("hepatocellular carcinoma segment VIII", "body", None, 45, 3)],
    categories=cats(),
    notes="Dictated letter: CyberKnife SBRT to a 2.8 cm HCC in segment VIII after two TACE sessions, fifteen gray "
          "times three = forty five gray to the 70% isodose, four gold fiducials, Synchrony respiratory "
          "tracking, triphasic CT + Eovist MRI for planning. A segment IV lesion treated with microwave "
          "ablation in 2025 in history; Y-90 discussed, not done; no body immobilization device named.",
    docs=[Doc("b32_11.txt", text=f"""
DUNMERE CYBERKNIFE CENTER
Dictated 11/20/2026, transcribed 11/21/2026

RE: {patient(11)}  MRN {mrn(11)}

Dear Dr. Vasquez-Lindqvist,

I am writing to let you know that your patient has completed CyberKnife stereotactic body radiotherapy to the hepatocellular carcinoma in segment eight of the liver. As you know he is a seventy one year old man with hepatitis C cirrhosis, Child-Pugh A6, who had a segment four lesion treated with microwave ablation in 2025 and now has a two point eight centimeter arterially enhancing lesion in segment VIII that persisted after two TACE sessions. Radioembolization with Y-90 was discussed at tumor board and not pursued because of the prior TACE and his bilirubin.

Four gold fiducial markers were placed percutaneously by interventional radiology on 10/29/2026. One week later he had a triphasic planning CT with contrast in the treatment position, and a gadoxetate (Eovist) MRI of the liver was fused to it for delineation. The GTV was the arterially enhancing tumor with a 3 mm PTV margin. The plan was fifteen gray times three, forty five gray total, prescribed to the seventy percent isodose line using the fixed cones, with Synchrony respiratory motion tracking on the fiducials. Mean liver dose was nine point eight gray and the volume of normal liver receiving less than fifteen gray was over seven hundred cc; duodenum maximum eleven gray, stomach maximum ten point four gray.

He was treated on 11/10, 11/12 and 11/14/2026 on the CyberKnife S7, all three fractions as planned, with the Synchrony correlation model rebuilt at each session and the fiducial tracking error under 1.5 mm throughout. He had mild fatigue and right upper quadrant discomfort after the second fraction that settled with acetaminophen.

We will repeat a triphasic CT in three months and I will see him then. Please continue his AFP surveillance.

Sincerely,
Tobiah Renwick-Oshiro, MD
Radiation Oncology
{FOOT}
""")])


# ==================================================================================================
# Body and spine SBRT
# ==================================================================================================

# b32_12 -- pdf: record-and-verify per-field rows, spine SBRT to T2 and L1 (RCC), 24 Gy / 2 each; prior 20 Gy/5 -----
_c = "WHITLOCK SPINE & CANCER INSTITUTE"
add(name="b32_12", kind="pdf", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T2 renal cell metastasis", "spinal", None, 24, 2), L("L1 renal cell metastasis", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Record-and-verify treatment summary with one row per arc per fraction and cumulative columns: plans "
          "'SP_T2' and 'SP_L1' (separate isocenters), 12 Gy x 2 each. T2 and L1 are vertebrae beside T1/T2/STIR "
          "MRI sequences; the T2 level was irradiated in 2025 (20 Gy in 5 to T1-T3, conventional). Spinal "
          "metastases named by the primary ('renal cell deposits'). BodyFIX; cord PRV max 13.9 Gy.",
    docs=[Doc("b32_12.pdf", [[
        H1("Treatment Summary - Record & Verify Export"),
        KeyValue([("Course", "C2 SPINE SBRT (C1: T1-T3 20 Gy / 5 fx conventional, 2025, Clinac iX)"),
                  ("Machine", "TrueBeam, 6X-FFF, 2 VMAT arcs per plan"),
                  ("Immobilization", "Elekta BodyFIX with vacuum cushion and wrap"),
                  ("Simulation", "CT 1 mm 10/13/2026; MRI spine 10/12/2026 (T1, T2, STIR, T1+C) fused for the GTV and cord")]),
        RuledTable([("Plan", "Target", "Rx (cGy)", "Fx", "cGy/fx", "Cord PRV Dmax", "Esophagus/bowel Dmax"),
                    ("SP_T2", "GTV/PTV T2 body + R pedicle", "2400", "2", "1200", "13.9 Gy", "15.1 Gy"),
                    ("SP_L1", "GTV/PTV L1 body", "2400", "2", "1200", "cauda 14.2 Gy", "16.0 Gy")]),
        H2("Delivered fields"),
        RuledTable([("Date", "Fx", "Plan", "Field", "MU", "Field dose (cGy)", "Plan cum (cGy)", "Imaging"),
                    ("10/19/2026", "1", "SP_T2", "ARC1", "1812", "600", "600", "CBCT + 6DoF"),
                    ("10/19/2026", "1", "SP_T2", "ARC2", "1796", "600", "1200", ""),
                    ("10/19/2026", "1", "SP_L1", "ARC1", "1744", "600", "600", "CBCT + 6DoF"),
                    ("10/19/2026", "1", "SP_L1", "ARC2", "1751", "600", "1200", ""),
                    ("10/22/2026", "2", "SP_T2", "ARC1", "1809", "600", "1800", "CBCT + 6DoF"),
                    ("10/22/2026", "2", "SP_T2", "ARC2", "1797", "600", "2400", ""),
                    ("10/22/2026", "2", "SP_L1", "ARC1", "1746", "600", "1800", "CBCT + 6DoF"),
                    ("10/22/2026", "2", "SP_L1", "ARC2", "1750", "600", "2400", "")]),
        P("Comment: the renal cell deposits at T2 and L1 each received 24 Gy in 2 fractions. Patient-specific QA (portal dosimetry) passed for both plans. Mid-treatment CBCT between arcs for each plan, max shift 0.8 mm."),
        sig("Evangeline Mbeki-Strand, MD 10/22/2026"),
    ]], opts=dict(header=hdr(_c, 12), font="Helvetica"))])

# b32_13 -- ehr_text: lung SBRT interrupted, 50 Gy/5 planned, stopped after 4 (40 Gy); LLL nodule not treated ----
_c = "OAKHANGER COMMUNITY HOSPITAL"
add(name="b32_13", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 4, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe", "body", None, 40, 4)],
    categories=cats(),
    notes="EHR text export of an SBRT course stopped early: 10 Gy x 5 = 50 Gy planned to a RUL NSCLC, four "
          "fractions delivered (40 Gy) before admission for a COPD exacerbation, course closed by the "
          "physician. 4DCT + PET/CT fused for planning; Vac-Lok; CBCT daily. A 6 mm LLL nodule is under "
          "surveillance, not treated.",
    docs=[Doc("b32_13.txt", text=f"""
OAKHANGER COMMUNITY HOSPITAL | RADIATION ONCOLOGY | CLINICAL DOCUMENT EXPORT
{patient(13)} | {mrn(13)} | DOB xx/xx/1948 | exported 11/30/2026

[DOC 1 of 2] SBRT TREATMENT SUMMARY (END OF TREATMENT) | 11/24/2026 | author: Lucinda Fairweather-Obi, MD
Diagnosis: NSCLC, RUL, 2.1 cm, cT1c N0 (PET/CT 10/06/2026), biopsy-proven adenocarcinoma; medically inoperable (FEV1 38%).
Also seen: 6 mm LLL ground-glass nodule, stable x 2 yrs -> surveillance, NOT a target.
Simulation 10/27/2026: supine, arms up, Vac-Lok cushion; 4DCT (10 phases) with ITV from MIP, staging PET/CT fused for GTV delineation.
Prescription: PTV_RUL 50 Gy in 5 fractions (10 Gy/fx) to the 80% isodose, 2 VMAT arcs, 6X-FFF, TrueBeam.
Fx record:
  Fx1 11/03/2026  1000 cGy  cum 1000  CBCT matched to ITV
  Fx2 11/05/2026  1000 cGy  cum 2000  CBCT matched to ITV
  Fx3 11/07/2026  1000 cGy  cum 3000  CBCT matched to ITV
  Fx4 11/10/2026  1000 cGy  cum 4000  CBCT matched to ITV
  Fx5 --          not delivered
Course status: STOPPED after fraction 4. Patient admitted 11/11/2026 with a COPD exacerbation and pneumonia; after discussion with the patient and family on 11/24 the remaining fraction will not be given (BED10 already 80 Gy). Total delivered: 40 Gy in 4 fractions to the right upper lobe tumor.
OAR (planned, 5 fx): chest wall max 41.2 Gy; proximal bronchial tree max 18.7 Gy; lung V20 4.1%.

[DOC 2 of 2] PHYSICS WEEKLY CHART CHECK | 11/10/2026 | author: Barnaby Ngata, MS
Fractions 1-4 reviewed: dose and MU agree with plan; CBCT registrations approved by MD each day; no deviations.
{FOOT}
""")])

# b32_14 -- bundle (5 docs): pancreas SBRT, consult 40 Gy/5 changed to 33 Gy/5; EUS fiducials; OAR table ---------
_c = "RAVENSWORTH PANCREAS PROGRAM"
add(name="b32_14", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("pancreatic head adenocarcinoma", "body", None, 33, 5)],
    categories=cats(),
    notes="Consult (recommends 40 Gy in 5), EUS fiducial note (3 gold markers), simulation note (abdominal "
          "compression, 4DCT with contrast + MRI; the plan dose reduced to 33 Gy/5 because the tumour abuts "
          "the duodenum), Eclipse plan report with target and OAR tables (duodenum D0.5cc 32.1 Gy, stomach, "
          "PTV_3300 name), record with cumulative dose, completion. A PET/CT from staging 'not used for "
          "planning'. Lesion named 'pancreatic head mass' / 'PTV_3300' / 'Panc' / 'pancreatic head "
          "adenocarcinoma'.",
    docs=[
        Doc("1_consult.txt", text=f"""
RAVENSWORTH PANCREAS PROGRAM - RADIATION ONCOLOGY CONSULT
Patient: {patient(14)}  MRN: {mrn(14)}  Date: 09/02/2026
Borderline resectable adenocarcinoma of the pancreatic head (3.0 cm pancreatic head mass abutting the SMV), after 4 months of mFOLFIRINOX with a partial response. Staging PET/CT 08/20/2026 showed no distant disease (diagnostic, not used for planning). Recommend SBRT, 40 Gy in 5 fractions if duodenal constraints allow, with EUS-guided fiducials beforehand, then restaging for surgery.
Greer Halloway-Ndiaye, MD
{FOOT}
"""),
        Doc("2_fiducial_procedure.txt", text=f"""
RAVENSWORTH - GI ENDOSCOPY PROCEDURE NOTE
Patient: {patient(14)}  MRN: {mrn(14)}  Date: 09/10/2026
EUS-guided placement of three 0.35 x 5 mm gold fiducial markers around the pancreatic head mass via a 22G needle, transduodenal. Good dispersion on fluoroscopy. No bleeding.
Ignatius Farquharson, MD, Gastroenterology
{FOOT}
"""),
        Doc("3_simulation_and_plan.pdf", [[
            H1("Simulation / Plan Report - Eclipse 16.1"),
            P("Simulation 09/17/2026: supine, arms up, BodyFIX vacuum bag with the abdominal compression paddle. 4DCT with IV contrast (arterial and portal venous phases) and a same-day MRI abdomen (T1 post-contrast, T2) fused for the GTV. The three fiducials are visible on all phases, motion 4 mm with compression."),
            P("Plan change: the consult dose of 40 Gy / 5 was not achievable with the duodenum abutting the PTV; the approved prescription is 33 Gy in 5 fractions (6.6 Gy/fx) to PTV_3300, 2 VMAT arcs, TrueBeam, 6X-FFF."),
            RuledTable([("Structure", "Rx (Gy)", "D95 (Gy)", "Dmax (Gy)", "Dmean (Gy)", "Volume (cc)"),
                        ("PTV_3300", "33.0", "33.1", "36.9", "34.8", "41.2"),
                        ("GTV_Panc", "--", "34.0", "36.9", "35.2", "18.6")]),
            RuledTable([("OAR", "Metric", "Value", "Constraint"),
                        ("Duodenum", "D0.5cc", "32.1 Gy", "< 33 Gy"), ("Stomach", "D0.5cc", "30.4 Gy", "< 33 Gy"),
                        ("Small bowel", "D0.5cc", "29.8 Gy", "< 30 Gy"), ("Kidneys", "V12", "9%", "< 25%"),
                        ("Spinal cord", "Dmax", "11.2 Gy", "< 20 Gy")]),
            sig("G. Halloway-Ndiaye MD 09/22/2026; physicist Wendeline Oduya, MS"),
        ]], opts=dict(header=hdr(_c, 14), font="Helvetica")),
        Doc("4_treatment_record.pdf", [[
            H1("Treatment Record"),
            RuledTable([("Fx", "Date", "Field group", "Dose (cGy)", "Cum (cGy)", "IGRT"),
                        ("1", "09/24/2026", "Panc", "660", "660", "CBCT + fiducial match"),
                        ("2", "09/26/2026", "Panc", "660", "1320", "CBCT + fiducial match"),
                        ("3", "09/29/2026", "Panc", "660", "1980", "CBCT + fiducial match"),
                        ("4", "10/01/2026", "Panc", "660", "2640", "CBCT + fiducial match"),
                        ("5", "10/03/2026", "Panc", "660", "3300", "CBCT + fiducial match")]),
        ]], opts=dict(header=hdr(_c, 14), font="Helvetica")),
        Doc("5_completion.txt", text=f"""
RAVENSWORTH PANCREAS PROGRAM - END OF TREATMENT NOTE
Patient: {patient(14)}  MRN: {mrn(14)}  Date: 10/03/2026
SBRT completed to the pancreatic head adenocarcinoma: 33 Gy in 5 fractions, 09/24-10/03/2026, with daily CBCT and fiducial alignment under abdominal compression. Mild nausea (grade 1) on ondansetron. Restaging CT in 4 weeks, then surgical review.
G. Halloway-Ndiaye, MD
{FOOT}
"""),
    ])

# b32_15 -- pdf: plan report, oligometastatic NSCLC: left adrenal 40 Gy/5 + T9 vertebral body 27 Gy/3 -----------
_c = "CORRIEMUIR ONCOLOGY PARTNERS"
add(name="b32_15", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["body", "spinal"], 2, 5, ["CT", "MRI", "PET"], ["body_immobilization"]),
    lesions=[L("left adrenal metastasis", "body", None, 40, 5), L("T9 vertebral body metastasis", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Plan report for an oligometastatic course (course 'C2', after C1 60 Gy/30 to the right upper lobe in "
          "2025): left adrenal 8 Gy x 5 = 40 Gy and T9 vertebral body 9 Gy x 3 = 27 Gy given in sessions 1-3 "
          "of the same five sessions (5 sessions in all). Target table with Rx, Gy/fx, D95, Dmax, V100, "
          "isodose columns; OAR table; session table with cumulative columns per target. PET/CT, MRI "
          "spine and 4DCT used; BodyFIX.",
    docs=[Doc("b32_15.pdf", [[
        H1("RayStation Plan Report - Course C2 OLIGOMET SABR"),
        KeyValue([("Prior course", "C1 RUL 60 Gy / 30 fx (2025), not re-treated"),
                  ("Machine", "Elekta Versa HD, 6 MV FFF, VMAT"),
                  ("Immobilization", "BodyFIX double vacuum, arms up"),
                  ("Images", "4DCT 10/09/2026 (AIP for dose), PET/CT 10/02/2026 fused (adrenal), MRI T-spine 10/05/2026 T1/T2/STIR fused (T9)"),
                  ("Beam sets", "BS_ADR (Iso_ADR) and BS_T9 (Iso_T9)")]),
        RuledTable([("Target", "Rx (Gy)", "Fx", "Gy/fx", "Isodose", "D95 (Gy)", "Dmax (Gy)", "V100 (%)"),
                    ("PTV_LAdrenal", "40.0", "5", "8.0", "80%", "40.2", "49.6", "96.1"),
                    ("PTV_T9", "27.0", "3", "9.0", "--", "27.1", "30.4", "93.5")]),
        RuledTable([("OAR", "Metric", "Value"), ("Spinal cord PRV (T9)", "D0.035cc", "19.8 Gy / 3 fx"),
                    ("Left kidney", "Dmean", "6.1 Gy"), ("Stomach", "D0.5cc", "28.3 Gy / 5 fx"),
                    ("Small bowel", "D0.5cc", "24.0 Gy / 5 fx")]),
        H2("Sessions delivered"),
        RuledTable([("Session", "Date", "PTV_LAdrenal (cum Gy)", "PTV_T9 (cum Gy)", "CBCT"),
                    ("1", "10/14/2026", "8.0", "9.0", "yes"), ("2", "10/16/2026", "16.0", "18.0", "yes"),
                    ("3", "10/19/2026", "24.0", "27.0", "yes"), ("4", "10/21/2026", "32.0", "--", "yes"),
                    ("5", "10/23/2026", "40.0", "--", "yes")]),
        P("Both targets completed: left adrenal metastasis 40 Gy in 5 fractions; T9 vertebral body metastasis (no epidural extension, Bilsky 0) 27 Gy in 3 fractions, sessions 1-3. The right upper lobe primary treated in course C1 remains controlled and was not targeted."),
        sig("Dr. Alasdair Penhaligon-Ruiz 10/23/2026; Physics: Marit Svanholm, PhD"),
    ]], opts=dict(header=hdr(_c, 15), font="Helvetica"))])

# b32_16 -- scan (130 dpi): prostate SBRT TrueBeam 36.25 Gy/5, fiducials + SpaceOAR; G0339 claimed (wrong) ----------
_c = "LINTHWAITE UROLOGY & RADIATION"
add(name="b32_16", kind="scan", codes=["77373", "77435", "G0339"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Scanned (130 dpi) prescription + treatment record for prostate SBRT on a TrueBeam: 7.25 Gy x 5 = "
          "36.25 Gy, three gold seeds + SpaceOAR, Vac-Lok; CT + MRI fusion; Calypso beacons were not placed. "
          "A 40 Gy dominant-lesion boost was considered and not planned. Rectum D1cc 35.1 Gy. G0339 claimed on "
          "a gantry linac: inconsistent.",
    docs=[Doc("b32_16.pdf", [[
        H1("SBRT PRESCRIPTION AND TREATMENT RECORD - PROSTATE"),
        KeyValue([("Diagnosis", "Prostate adenocarcinoma, Gleason 3+4, PSA 7.9, cT1c, favorable intermediate risk"),
                  ("Unit", "Varian TrueBeam #2"), ("Rx", "PTV_Prostate 725 cGy x 5 = 3625 cGy, every other day"),
                  ("Immobilization", "Vac-Lok lower body cushion, knee sponge"),
                  ("Markers", "3 gold seed fiducials + SpaceOAR hydrogel placed 09/30/2026 (urology); Calypso beacons NOT placed"),
                  ("Planning", "CT sim 10/07/2026 + MRI pelvis 10/07/2026 (T2 axial) fused; 40 Gy focal boost considered, not planned")]),
        RuledTable([("Fx", "Date", "cGy", "Cum cGy", "Imaging", "Therapist"),
                    ("1", "10/13/2026", "725", "725", "kV seeds + CBCT", "JL"), ("2", "10/15/2026", "725", "1450", "kV seeds + CBCT", "JL"),
                    ("3", "10/17/2026", "725", "2175", "kV seeds + CBCT", "MO"), ("4", "10/20/2026", "725", "2900", "kV seeds + CBCT", "MO"),
                    ("5", "10/22/2026", "725", "3625", "kV seeds + CBCT", "JL")]),
        P("Rectum D1cc 35.1 Gy, bladder D10cc 33.9 Gy, urethra Dmax 38.1 Gy. Completed as prescribed: prostate 36.25 Gy in 5 fractions."),
        sig("Philippa Marchetti-Boyd, MD 10/22/2026"),
    ]], opts=dict(header=hdr(_c, 16), scan=True, scan_dpi=130, font="Helvetica"))])

# b32_17 -- bundle (3 docs): spine SBRT C2 breast metastasis 24 Gy / 3 (letter says 27) -- CONTRADICTION -----------
_c = "HOLLINS FERRY RADIATION CENTER"
add(name="b32_17", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("C2 breast cancer metastasis", "spinal", None, 24, 3)],
    categories=cats(),
    contradiction="The dictated completion letter says twenty seven gray in three fractions while the prescription and the treatment record give 8 Gy x 3 = 24 Gy.",
    notes="Prescription PDF, record-and-verify export (3 rows, cumulative) and a dictated completion letter for "
          "SBRT to a C2 breast-cancer metastasis (the 'breast met'), 8 Gy x 3 = 24 Gy; the C1 lateral mass is "
          "named as uninvolved anatomy. Head-neck-shoulder mask; CT + MRI. The letter says 'twenty seven gray "
          "in three fractions' (gold 24 Gy/3 from the prescription and the record).",
    docs=[
        Doc("1_prescription.pdf", [[
            H1("Radiation Prescription - SBRT"),
            KeyValue([("Site", "C2 vertebral body and dens (breast cancer metastasis); C1 lateral masses uninvolved"),
                      ("Technique", "SBRT, VMAT, Edge, 6X-FFF"), ("Dose", "800 cGy x 3 fractions = 2400 cGy"),
                      ("Immobilization", "Long thermoplastic head-neck-shoulder mask"),
                      ("Imaging", "CT sim 1 mm 11/02/2026; MRI C-spine T1/T2/T1+C 10/30/2026 fused"),
                      ("Constraints", "Cord Dmax < 21.9 Gy / 3 fx (achieved 18.6 Gy); brainstem < 23.1 Gy (achieved 14.4 Gy)")]),
            sig("Octavia Lindgren-Obi, MD 11/04/2026"),
        ]], opts=dict(header=hdr(_c, 17), font="Helvetica")),
        Doc("2_record.pdf", [[
            H1("R&V Export - Plan C2_SBRT"),
            RuledTable([("Fx", "Date", "Delivered (cGy)", "Cumulative (cGy)", "IGRT"),
                        ("1", "11/09/2026", "800", "800", "CBCT, 6DoF, ExacTrac"),
                        ("2", "11/11/2026", "800", "1600", "CBCT, 6DoF, ExacTrac"),
                        ("3", "11/13/2026", "800", "2400", "CBCT, 6DoF, ExacTrac")]),
        ]], opts=dict(header=hdr(_c, 17), font="Helvetica")),
        Doc("3_completion_letter.txt", text=f"""
HOLLINS FERRY RADIATION CENTER
{patient(17)}   {mrn(17)}   dictated 11/16/2026

Dear Dr. Abernathy-Quill comma our mutual patient finished her stereotactic treatment to the breast met at C2 on 11/13 period she received twenty seven gray in three fractions with cone beam CT and ExacTrac alignment before each fraction comma in her long mask comma and tolerated it with only a sore throat period her neck pain is already better and she has stopped the oxycodone period she will continue letrozole and palbociclib with you and I will see her with an MRI of the cervical spine in three months period thank you for the referral period

Octavia Lindgren-Obi MD
{FOOT}
"""),
    ])


# ==================================================================================================
# Hard negatives and near-misses
# ==================================================================================================

# b32_18 -- ehr_text: dictated consult, GK recommended for two mets, nothing delivered; codes claimed ahead --------
_c = "EASTWICK BRAIN TUMOR CLINIC"
add(name="b32_18", kind="ehr_text", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: dictated radiation-oncology consult recommending single-session Gamma Knife with a "
          "Leksell frame for two breast-cancer metastases (right frontal 1.2 cm, left cerebellar 0.9 cm, about "
          "20 Gy each); the stereotactic MRI and CT are 'to be done on the day of treatment', treatment "
          "'tentatively scheduled'. Nothing delivered: every code inconsistent.",
    docs=[Doc("b32_18.txt", text=f"""
EASTWICK BRAIN TUMOR CLINIC - RADIATION ONCOLOGY CONSULTATION
dictated 11/23/2026 by Solveig Amundsen-Price MD
Patient {patient(18)}, MRN {mrn(18)}

history of present illness colon she is a fifty four year old woman with HER2 positive breast cancer diagnosed in 2023 who developed headaches and had an MRI of the brain on 11/16/2026 showing two enhancing lesions comma a one point two centimeter right frontal lesion and a nine millimeter left cerebellar lesion comma with mild edema period she is otherwise well on trastuzumab deruxtecan period new paragraph

assessment and plan colon two brain metastases comma good performance status comma controlled extracranial disease period I have recommended Gamma Knife radiosurgery in a single session with a Leksell head frame comma approximately twenty gray to each lesion to the fifty percent isodose line period a stereotactic MRI and CT will be done on the day of treatment after the frame is placed period whole brain radiation was discussed as an alternative and she would prefer to avoid it period the risks including radiation necrosis comma seizure and the small chance of new lesions were reviewed period she wishes to think it over and discuss with her husband comma and Gamma Knife is tentatively scheduled for 12/07/2026 pending her decision period no treatment has been given period

S. Amundsen-Price MD
{FOOT}
""")])

# b32_19 -- ehr_text: dictated completion, spine SBRT planned but converted to 30 Gy in 10 (near-miss) -------------
_c = "CASTLETON VALE HOSPITAL"
add(name="b32_19", kind="ehr_text", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 10, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T11 metastasis", "spinal", None, 30, 10)],
    categories=cats(),
    notes="Near-miss: dictated completion summary. Spine SBRT 24 Gy in 2 to a T11 prostate-cancer metastasis was "
          "planned, but new epidural compression on the simulation MRI changed the course to conventional 3D "
          "30 Gy in 10 fractions after decompression; the SBRT plan was never delivered. Ten fractions: every "
          "claimed SBRT code inconsistent, no delivery code.",
    docs=[Doc("b32_19.txt", text=f"""
CASTLETON VALE HOSPITAL - RADIATION ONCOLOGY
TREATMENT SUMMARY (dictated)
{patient(19)}   {mrn(19)}   date 11/27/2026

diagnosis colon metastatic castrate resistant prostate cancer with a painful T11 vertebral metastasis period new paragraph

course colon he was referred for stereotactic body radiotherapy to T11 and was planned for twenty four gray in two fractions period at simulation on 11/02/2026 in a Vac-Lok cushion the planning CT and the fused MRI of the thoracic spine showed new epidural extension compressing the cord Bilsky grade two comma so the SBRT plan was cancelled before any fraction and he had posterior decompression and stabilization on 11/05 period after surgery he was re-simulated in the same Vac-Lok cushion with a new planning CT comma to which the thoracic spine MRI was fused again for the residual epidural disease comma and treated with conventional three dimensional conformal radiation comma thirty gray in ten fractions comma three gray per fraction comma to T10 through T12 with a posterior-anterior and two oblique fields on the Clinac comma from 11/12 to 11/25/2026 with daily kV imaging period all ten fractions were delivered period cord maximum thirty point four gray period new paragraph

tolerance colon mild esophagitis comma pain improved period follow up in four weeks with a PSA period

dictated by Rupert Okonkwo-Blaise MD
{FOOT}
""")])

# b32_20 -- ehr_text: follow-up letter 3 months after linac SRS; new lesion, SRS to be planned (nothing delivered) --
_c = "WINTERBOURNE NEURO-ONCOLOGY"
add(name="b32_20", kind="ehr_text", codes=["77372", "77432", "61796"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: follow-up letter three months after single-fraction linac SRS (22 Gy to a left "
          "occipital metastasis, 08/2026, HyperArc, mask) recounted; today's MRI shows a response and a new "
          "5 mm right frontal lesion; SRS 'will be planned', simulation booked. Nothing delivered in this "
          "episode: every code inconsistent.",
    docs=[Doc("b32_20.txt", text=f"""
WINTERBOURNE NEURO-ONCOLOGY
Follow-up clinic letter, 11/18/2026
Re: {patient(20)}  {mrn(20)}

Dear Dr. Castellanos,

I saw Mr {FIRST[19].title()} today three months after his stereotactic radiosurgery. To recap, on 08/19/2026 he received a single fraction of 22 Gy to a 1.3 cm left occipital melanoma metastasis on our TrueBeam using HyperArc, in a frameless mask, with planning CT and MRI and CBCT verification. He has had no headaches or visual symptoms.

Today's MRI brain (11/16/2026) shows the treated left occipital lesion shrinking from 13 mm to 6 mm with minimal edema. Unfortunately there is a new 5 mm enhancing lesion in the right frontal lobe. I have recommended radiosurgery to this new lesion, probably 22-24 Gy in a single fraction, and he agrees; a new simulation CT and a thin-slice planning MRI are booked for 12/01/2026. No radiation was given today.

I will write again after treatment.

Kind regards,
Beatrix Thorncastle, MD
{FOOT}
""")])


CORPUS = Corpus("blind_corpus32", "tests/blind_corpus32", CHARTS, pdf_options={"footer": FOOT, "font": "Helvetica"},
                hand_written=["README.md", "FIRST_RUN.md"])
