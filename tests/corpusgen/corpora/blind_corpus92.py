"""Ninety-second blind corpus, ``tests/blind_corpus92/`` (regenerate: ``python scripts/make_corpus.py blind_corpus92``).

A tuning set, written blind (without reading the reader's code): labels that look like anatomy, and anatomy
that looks like labels. Twenty courses in which short codes sit where real charts put them: TNM staging in the
history (cT2aN2M1c, cT1aN0M0, cT2c, cT2bN1M0 beside a T2 vertebral metastasis), MRI sequences in imaging
sentences (T1 post-contrast, T2/FLAIR, STIR, CISS), DVH metrics in plan tables (V20, V12 Gy, D95, Dmax,
D0.03cc, 'V thirty' dictated), chemotherapy cycles (C1D1, C6D1), cranial nerves (CN V, CN VII, CN VIII, V2/V3
divisions), neck node level II beside a C2 odontoid lesion, R0 margins, tumour grade (G2, G3, WHO grade 1,
ISUP grade 3), ECOG/KPS, Spetzler-Martin grade, Gleason/Grade Group, Bosniak, LI-RADS, Lung-RADS, BI-RADS,
structure names (PTV_L1 for 'lesion 1' in a brain plan, GTV_T12, PTV_3625), target ids T1-T3 on a cobalt-60
plan, 'Lesion 3' that was not treated, 'Target B', 'Iso 2', 'Arc 1', fraction numbers (Fx 1, #2), rooms and
units ('Room T2', 'Vault 3'); and vertebral levels written like codes (T4-5, L2/3, T12, left L1 pedicle, C2
odontoid) that ARE the treated anatomy.

Mix: cranial 9 (cobalt-60 frame, gantry linac, robotic-arm linac; 1-5 metastases incl. a resection cavity,
a vestibular schwannoma, trigeminal neuralgia, an AVM, a cavernous-sinus meningioma; one of them a hard
negative), spine 4 (T12 + left L1 pedicle, T2, C2 odontoid, T4-5 + L3), body 7 (lung x2, liver, prostate,
pancreas, kidney + adrenal; one a hard negative). Half system printouts and exports (plan reports with
structure and DVH tables, per-session logs), half dictated notes and bundles of 2-3 files (.pdf/.txt). Two
hard negatives (a cancelled SRS course with an approved plan; a tumour-board note), two self-contradicting
charts (``contradiction=``). Every clinic, clinician and system is invented.

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code). Per-code consistency and the delivery code come from the labelled facts.
"""

# ruff: noqa: E501  (dictations and letters are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import KeyValue, RuledTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

PEOPLE = [("GARVOLD", "Edwina"), ("GLENNICK", "Thaddeus"), ("GORTHWAIN", "Marjorie"), ("GASPARROW", "Lionel"),
          ("GULDEMONT", "Henrietta"), ("GRAVERLY", "Ansel"), ("GINTRELL", "Beatrix"), ("GORSADINE", "Clement"),
          ("GAVENHOLT", "Dorothea"), ("GRELMARSH", "Isadora"), ("GUDRIGAN", "Philippa"), ("GHISLOW", "Reginald"),
          ("GAVERICK", "Winifred"), ("GOLLANTYNE", "Augustin"), ("GRISTLEWOOD", "Rosalind"), ("GLAMORREN", "Cornelius"),
          ("GENDRAVEL", "Ottilie"), ("GORVITCH", "Septimus"), ("GALLIMORE-VANE", "Hester"), ("GUNTHORPE", "Leopoldine")]


def patient(n: int) -> str:
    surname, first = PEOPLE[n - 1]
    return f"{surname}, {first}"


def mrn(n: int) -> str:
    return f"SYN-92{n:03d}"


def head(clinic: str, n: int, dob: str, extra: str = "") -> list[str]:
    return [clinic, f"{patient(n)}   MRN {mrn(n)}   DOB {dob}" + (f"   {extra}" if extra else "")]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# g92_01 -- pdf plan report: cobalt-60 frame SRS, three metastases named T1/T2/T3; NSCLC cT2aN2M1c ----------------
_c = "WHITLOCK HEIGHTS RADIOSURGERY CENTER"
add(name="g92_01", kind="pdf", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 3, 1, ["MRI"], ["frame"]),
    lesions=[L("left frontal", "cranial", S, 20, 1), L("right parietal", "cranial", S, 18, 1),
             L("left cerebellar", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Cobalt-60 dose-plan printout: targets named T1, T2, T3 (target ids, not thoracic levels or T-stage) for "
          "left frontal, right parietal and left cerebellar metastases; history gives cT2aN2M1c NSCLC and ECOG 1; "
          "imaging line lists 3D T1 post-contrast and T2/FLAIR sequences of the stereotactic MRI; stereotactic CT "
          "explicitly not performed; Brain V12Gy and brainstem Dmax rows. Frame coordinate check and physics sign-off.",
    docs=[Doc("g92_01.pdf", [
        [H1("Radiosurgery Dose Plan - Treatment Printout"),
         KeyValue([("Patient / MRN", f"{patient(1)} / {mrn(1)}"), ("DOB", "05/14/1957"),
                   ("Diagnosis", "Brain metastases (C79.31) from lung adenocarcinoma"),
                   ("History", "Left lower lobe adenocarcinoma, EGFR wild type, PD-L1 TPS 60%; staged cT2aN2M1c "
                               "(stage IVB) 08/2025; on pembrolizumab, C9D1 given 02/24/2026. ECOG 1, KPS 80."),
                   ("Treatment date", "03/10/2026, single session"),
                   ("Unit", "Cobalt-60 multi-source radiosurgery unit, 192 sources (collimators 4 / 8 / 16 mm)"),
                   ("Fixation", "Stereotactic head frame, 4 pins, applied 06:55 under local anesthesia"),
                   ("Stereotactic imaging", "MRI 03/10/2026 with indicator box: 3D T1 post-contrast 1 mm, axial T2/FLAIR 3 mm. "
                                            "Stereotactic CT not performed (MRI distortion check within tolerance)."),
                   ("Planning system", "KESTREL-RS 4.1 (invented)"),
                   ("Prescription", "Marginal dose to the 50% isodose line, per target")]),
         H2("Targets"),
         RuledTable([("#", "Target", "Location", "Max diam (mm)", "Vol (cc)", "Rx (Gy)", "Isodose", "Shots", "Coverage"),
                     ("1", "T1", "Left frontal (middle frontal gyrus)", "14", "1.06", "20", "50%", "6", "98.9%"),
                     ("2", "T2", "Right parietal", "21", "3.02", "18", "50%", "11", "97.6%"),
                     ("3", "T3", "Left cerebellar hemisphere", "8", "0.19", "20", "50%", "2", "100%")]),
         H2("Dose-volume (organs at risk)"),
         RuledTable([("Structure", "Metric", "Value", "Limit"),
                     ("Brain - targets", "V12Gy", "4.4 cc", "< 10 cc"),
                     ("Brainstem", "Dmax", "6.2 Gy", "< 15 Gy"),
                     ("Optic chiasm", "Dmax", "1.1 Gy", "< 8 Gy"),
                     ("Cochlea L", "Dmean", "0.9 Gy", "< 4 Gy")]),
         P("Note: T2 (right parietal) prescribed 18 Gy because of its 21 mm diameter and surrounding FLAIR signal."),
         ],
        [H1("Verification and Delivery Record"),
         RuledTable([("Step", "Result", "By", "Time"),
                     ("Frame coordinate check (all 19 shots vs printout)", "Pass", "R. Oyelowo, PhD", "10:02"),
                     ("Independent treatment-time calculation", "Within 0.9%", "R. Oyelowo, PhD", "10:05"),
                     ("Delivery T1 / T2 / T3", "Complete, no interruption", "N. Pettigrew, RTT", "10:14-11:31"),
                     ("Frame removal", "Pin sites hemostatic", "A. Farrant-Lowe, MD", "11:44")]),
         H2("Treatment summary"),
         P("Single-session radiosurgery delivered 03/10/2026 as planned: T1 left frontal 20 Gy, T2 right parietal 18 Gy, "
           "T3 left cerebellar 20 Gy, each to the 50% isodose line. Follow-up MRI (T1 post-contrast and T2/FLAIR) in 8 weeks."),
         sig("Rukayat Oyelowo, PhD, Medical Physicist 03/10/2026"),
         sig("Caradoc Farrant-Lowe, MD, Neurosurgery 03/10/2026"),
         sig("Imelda Brisco-Tanaka, MD, Radiation Oncology 03/10/2026")],
    ], opts=dict(header=head(_c + "  -  Physics", 1, "05/14/1957")))])

# g92_02 -- dictation (txt): gantry linac SRS of a left CN VIII schwannoma; CN V / CN VII as functions; 61796 claimed -
_c = "MERRIVALE REGIONAL CANCER CENTRE"
add(name="g92_02", kind="dictation", codes=["77372", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    notes="Dictated SRS treatment note: left vestibular schwannoma (CN VIII), Koos grade II, Gardner-Robertson class I; "
          "CN V and CN VII function described in the exam, cochlea and brainstem constraints, T2 CISS and T1 "
          "post-contrast sequences, 'arc one' to 'arc four', one isocentre. 12 Gy in 1 fraction on a gantry linac "
          "with a mask. Schwannoma is complex: the claimed 61796 is wrong (61798).",
    docs=[Doc("g92_02.txt", text=f"""
MERRIVALE REGIONAL CANCER CENTRE - RADIATION ONCOLOGY
DICTATED NOTE: STEREOTACTIC RADIOSURGERY TREATMENT
Author: Perpetua Navarre-Holm, MD    Dictated 04/02/2026 15:40    Transcribed 04/03/2026 08:12 (ECHOTYPE, invented)
Patient: {patient(2)}    MRN: {mrn(2)}    DOB: 09/30/1961

This is Doctor Navarre-Holm dictating a radiosurgery treatment note on Thaddeus Glennick, date of treatment April second twenty twenty six.

Diagnosis. Left vestibular schwannoma, that is a left C N eight schwannoma, Koos grade two, measuring one point six by one point three by one point one centimeters, with slow growth of two millimeters over eighteen months of observation.

History. He presented in twenty twenty four with left sided tinnitus and mild high frequency hearing loss. Audiogram shows Gardner Robertson class one hearing on the left, pure tone average twenty four decibels, word recognition ninety two percent. He chose radiosurgery over microsurgery after seeing Doctor Albescu in neurotology.

Examination. Cranial nerves two through twelve intact. C N five: facial sensation and corneal reflexes symmetric. C N seven: House Brackmann grade one, no facial weakness. C N eight: Weber lateralizes to the right. Gait normal. K P S ninety.

Procedure. He was immobilized in the thermoplastic SRS mask made at simulation on March twenty fifth. The one millimeter planning CT from that day was fused with the planning MRI of March twenty fourth, axial T two CISS at zero point six millimeters and T one post contrast at one millimeter. The tumor was contoured on the CISS and post contrast images, G T V equals P T V, no margin. The left cochlea, brainstem, and the left facial nerve course were contoured as organs at risk. A single isocenter plan with four non coplanar arcs, arc one through arc four, two point five millimeter leaves, was generated in the LANTERN planning system, which is invented, and checked by our physicist Godfrey Amankwah. Patient specific Q A passed, gamma ninety nine point four percent.

Dose. Twelve gray in one fraction prescribed to the eighty percent isodose line. Coverage ninety eight point seven percent. Left cochlea mean dose three point six gray. Brainstem D zero point zero three c c, eleven point four gray. Maximum dose fifteen gray.

Image guidance. A cone beam CT was registered to the planning CT, six degree of freedom couch correction applied, repeat cone beam CT before arc one and again before arc three, and surface monitoring throughout. Intrafraction motion under zero point five millimeters.

He tolerated treatment well and went home. No steroids. MRI with T one post contrast and T two CISS and an audiogram in six months.

Summary. Left vestibular schwannoma treated with single fraction radiosurgery, twelve gray to the eighty percent isodose line, on April second twenty twenty six.

Perpetua Navarre-Holm, MD - electronically signed 04/03/2026 09:05
{FOOT}
""")])

# g92_03 -- bundle: cobalt-60 frame SRS for right trigeminal neuralgia (CN V), V2/V3 distribution, BNI IV ------------
_c = "ASHCOMBE NEUROSURGICAL INSTITUTE"
add(name="g92_03", kind="bundle", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Two files: dictated procedure note for right trigeminal neuralgia (CN V, pain in the V2/V3 distribution - "
          "divisions, not DVH metrics; BNI pain score IV; failed carbamazepine and oxcarbazepine; prior "
          "microvascular decompression declined) and a dose-plan printout: one 4 mm shot, 80 Gy maximum dose to the "
          "right trigeminal root entry zone, brainstem 15 Gy isodose surface, stereotactic MRI (CISS, T1 post-contrast) "
          "and CT under a frame, coordinate check. Functional target: complex (61798).",
    docs=[
        Doc("1_procedure_note_dictated.txt", text=f"""
ASHCOMBE NEUROSURGICAL INSTITUTE - RADIOSURGERY PROCEDURE NOTE (dictated)
Patient: {patient(3)}    MRN: {mrn(3)}    DOB: 02/11/1949    Date of procedure: 05/06/2026
Surgeon: Florian Caddick-Moore, MD    Radiation oncologist: Saoirse Lindqvist, MD    Physicist: Emeka Haverford, PhD

PREOPERATIVE DIAGNOSIS: Right trigeminal neuralgia, classical, type one.

INDICATION: Seventy seven year old woman with four years of lancinating right facial pain in the V two and V three distribution, triggered by chewing and by wind on the cheek. She failed carbamazepine because of hyponatremia, sodium one twenty nine, and oxcarbazepine because of dizziness; she is on gabapentin with partial relief. B N I pain score four. She declined microvascular decompression given her age and cardiac history. V one is spared. Sensation in all three divisions is normal. C N seven intact.

PROCEDURES: One, application of stereotactic head frame. Two, stereotactic MRI and stereotactic CT. Three, radiosurgery on the cobalt sixty unit, single session, one target, the right trigeminal nerve.

DESCRIPTION: After local anesthesia with lidocaine and bupivacaine the head frame was applied with four pins without difficulty. Stereotactic MRI was obtained with the indicator box, axial CISS zero point five millimeters and T one post contrast one millimeter; because of dental artifact a stereotactic CT was also obtained and fused. The right trigeminal nerve was identified from the pons to Meckel's cave. A single four millimeter shot was placed on the nerve about seven millimeters anterior to the root entry zone, and eighty gray was prescribed as the maximum dose at the one hundred percent isodose line, keeping the fifteen gray isodose surface off the brainstem. Coordinates were checked by Doctor Haverford at the unit. Treatment took thirty eight minutes without interruption. The frame was removed and the pin sites dressed.

COMPLICATIONS: None. DISPOSITION: Home today. Continue gabapentin; we will wean it once she is pain free. Follow up by phone in one month and in clinic in three months.

Florian Caddick-Moore, MD - dictated 05/06/2026, signed 05/07/2026
{FOOT}
"""),
        Doc("2_dose_plan.pdf", [[
            H1("Functional Radiosurgery - Dose Plan"),
            KeyValue([("Patient / MRN", f"{patient(3)} / {mrn(3)}"), ("Date", "05/06/2026 (single session)"),
                      ("Indication", "Right trigeminal neuralgia (G50.0), BNI IV, V2/V3"),
                      ("Unit", "Cobalt-60 multi-source radiosurgery unit"), ("Fixation", "Stereotactic head frame (4 pins)"),
                      ("Imaging", "Stereotactic MRI (CISS 0.5 mm, T1 post-contrast 1 mm) + stereotactic CT 1 mm, fused 05/06/2026"),
                      ("Planning system", "KESTREL-RS 4.1 (invented)")]),
            RuledTable([("Target", "Shot", "Collimator", "Position", "Rx", "Isodose"),
                        ("R trigeminal nerve (CN V)", "1", "4 mm", "7 mm anterior to root entry zone", "80 Gy max", "100%")]),
            RuledTable([("Structure", "Metric", "Value"),
                        ("Brainstem", "15 Gy isodose surface", "tangential, 0.003 cc inside"),
                        ("Brainstem", "Dmax", "16.1 Gy"),
                        ("Cochlea R", "Dmean", "0.4 Gy")]),
            P("Coordinate check at the unit: pass (EH). Treatment time calculation independently verified. Delivered 05/06/2026 "
              "11:02-11:40: right trigeminal nerve 80 Gy maximum dose, one 4 mm shot, single session."),
            sig("Emeka Haverford, PhD, Medical Physicist 05/06/2026"),
            sig("Saoirse Lindqvist, MD, Radiation Oncology 05/06/2026"),
            sig("Florian Caddick-Moore, MD, Neurosurgery 05/06/2026"),
        ]], opts=dict(header=head(_c + "  -  Radiosurgery Physics", 3, "02/11/1949"))),
    ])

# g92_04 -- pdf plan report: gantry linac frame-based AVM SRS, Spetzler-Martin II (S1V0E1), prior embolization -----
_c = "CALDERBROOK UNIVERSITY HOSPITAL"
add(name="g92_04", kind="pdf", codes=["77372", "77432", "61798", "61800"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI", "angiography"], ["frame"]),
    lesions=[L("left parietal AVM", "cranial", C, 18, 1)],
    categories=cats(),
    notes="Linac radiosurgery plan report for a left parietal AVM: Spetzler-Martin grade II (S1 V0 E1), prior Onyx "
          "embolization (2025, a past procedure), stereotactic DSA + CT + MRI under a head ring, dynamic conformal "
          "arcs 'Arc 1'-'Arc 5' on one isocentre 'Iso 1', V12Gy row, 18 Gy to the 80% isodose. AVM: complex.",
    docs=[Doc("g92_04.pdf", [
        [H1("Stereotactic Radiosurgery Plan Report - AVM"),
         KeyValue([("Patient / MRN", f"{patient(4)} / {mrn(4)}"), ("DOB", "12/03/1988"),
                   ("Diagnosis", "Left parietal arteriovenous malformation (Q28.2), unruptured, presented with seizures"),
                   ("Grading", "Spetzler-Martin grade II (size S1 < 3 cm, venous drainage V0 superficial, eloquence E1); "
                               "nidus 2.4 x 2.1 x 1.9 cm, 3.6 cc"),
                   ("Prior treatment", "Transarterial Onyx embolization of two feeders 09/2025 (outside hospital)"),
                   ("Treatment date", "06/17/2026, single session"),
                   ("Unit", "6 MV SRS gantry linac with 2.5 mm micro-MLC"),
                   ("Fixation", "Stereotactic head ring (frame), 4 pins, local anesthesia; localizer box"),
                   ("Imaging", "Stereotactic biplane digital subtraction angiography, CT angiography 1 mm and MRI "
                               "(3D T1 post-contrast, T2) all on 06/17/2026, co-registered"),
                   ("Planning system", "ORRERY Cranial 3 (invented)")]),
         H2("Beams"),
         RuledTable([("Beam", "Type", "Couch", "Gantry", "MU", "Iso"),
                     ("Arc 1", "Dynamic conformal arc", "0", "180-30", "812", "Iso 1"),
                     ("Arc 2", "Dynamic conformal arc", "45", "170-40", "644", "Iso 1"),
                     ("Arc 3", "Dynamic conformal arc", "90", "160-20", "590", "Iso 1"),
                     ("Arc 4", "Dynamic conformal arc", "315", "190-330", "701", "Iso 1"),
                     ("Arc 5", "Dynamic conformal arc", "270", "200-340", "655", "Iso 1")]),
         H2("Prescription and dose-volume"),
         RuledTable([("Structure", "Metric", "Value"),
                     ("Nidus (PTV = nidus)", "Rx", "18 Gy to 80% isodose, 1 fraction"),
                     ("Nidus", "Coverage V18Gy", "97.2%"),
                     ("Brain - nidus", "V12Gy", "8.9 cc"),
                     ("Optic tract L", "Dmax", "2.4 Gy"),
                     ("Brainstem", "Dmax", "3.1 Gy")])],
        [H1("Verification and Treatment Record"),
         P("Ring coordinates checked against the localizer and the plan; kV image pair before Arc 1 and before Arc 3 "
           "confirmed isocentre within 0.4 mm. Independent MU check within 1.6%. Delivered 06/17/2026 13:10-13:52 without "
           "interruption. Ring removed, pin sites clean."),
         P("Summary: left parietal AVM, 18 Gy in a single fraction to the 80% isodose line. MRI every 6 months; "
           "angiography at 3 years to confirm obliteration."),
         sig("Benedikt Orsolya, MS, DABR 06/17/2026"),
         sig("Halima Treadwell-Soto, MD, Radiation Oncology 06/17/2026"),
         sig("Jerome Ashby-Kuroda, MD, Neurosurgery 06/17/2026")],
    ], opts=dict(header=head(_c + "  -  Radiosurgery", 4, "12/03/1988")))])

# g92_05 -- pdf export: robotic-arm linac FSRS, five metastases PTV_L1..PTV_L5 (L = lesion, not lumbar), Room T2 ---
_c = "HOLLINGFORD CANCER INSTITUTE"
add(name="g92_05", kind="pdf", codes=["77373", "77435", "61798", "61797", "61799"],
    facts=F("robotic_linac", ["cranial"], 5, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal", "cranial", S, 27, 3), L("right temporal", "cranial", C, 24, 3),
             L("left occipital", "cranial", S, 27, 3), L("right cerebellar", "cranial", S, 27, 3),
             L("left parietal", "cranial", S, 27, 3)],
    categories=cats(),
    notes="Plan and session export of a robotic-arm linac in 'Room T2' (a vault, not a vertebra or an MRI sequence): "
          "five melanoma metastases (pT3bN1aM1d) as PTV_L1..PTV_L5 (L = lesion, not lumbar levels), right temporal "
          "3.8 cm (complex by size), 27 Gy/3 and 24 Gy/3; DVH rows V21Gy/V18Gy/Dmax; C1D1 of nivolumab deferred; "
          "session log Fx 1-3 with 6D skull tracking. One complex lesion only: 61799 is wrong.",
    docs=[Doc("g92_05.pdf", [
        [H1("Treatment Plan Export - Fractionated Cranial Radiosurgery"),
         KeyValue([("Patient / MRN", f"{patient(5)} / {mrn(5)}"), ("DOB", "07/22/1966"),
                   ("Plan", "BRAIN_FSRS_5L v1 (approved 08/03/2026)"),
                   ("Treatment room", "Room T2 - robotic-arm mounted 6 MV linac, variable circular collimators"),
                   ("Diagnosis", "Metastatic melanoma, pT3bN1aM1d(0), BRAF wild type; five brain metastases on MRI 07/24/2026"),
                   ("Systemic therapy", "Nivolumab/ipilimumab: C1D1 deferred until after radiosurgery"),
                   ("Performance status", "ECOG 1 / KPS 80"),
                   ("Immobilization", "Thermoplastic open-face mask, custom head rest"),
                   ("Planning images", "CT 0.625 mm (07/29/2026) + MRI 3D T1 post-contrast 1 mm and T2/FLAIR (07/28/2026), rigid fusion"),
                   ("Tracking", "6D skull tracking, orthogonal kV pair every 30-60 s"),
                   ("Planning system", "QUILLON Robotic 2.3 (invented)")]),
         H2("Targets"),
         RuledTable([("Structure", "Site", "Diam (cm)", "Vol (cc)", "Rx", "Isodose", "Coverage", "Beams"),
                     ("PTV_L1", "Left frontal", "1.2", "0.71", "27 Gy / 3 fx", "72%", "98.4%", "118"),
                     ("PTV_L2", "Right temporal", "3.8", "21.40", "24 Gy / 3 fx", "70%", "95.9%", "201"),
                     ("PTV_L3", "Left occipital", "0.9", "0.33", "27 Gy / 3 fx", "75%", "99.1%", "74"),
                     ("PTV_L4", "Right cerebellar", "1.5", "1.22", "27 Gy / 3 fx", "73%", "98.0%", "96"),
                     ("PTV_L5", "Left parietal", "0.7", "0.18", "27 Gy / 3 fx", "76%", "99.6%", "51")]),
         H2("Dose-volume"),
         RuledTable([("Structure", "Metric", "Value", "Objective"),
                     ("Brain - PTVs", "V21Gy", "17.8 cc", "< 20 cc"),
                     ("Brain - PTVs", "V18Gy", "26.1 cc", "< 30 cc"),
                     ("Brainstem", "Dmax", "14.2 Gy", "< 23.1 Gy"),
                     ("Optic chiasm", "Dmax", "4.8 Gy", "< 17.4 Gy")]),
         P("Physics plan check and second calculation complete (W. Achterberg, MS). Delivery QA with film: gamma 2%/1 mm 97.8%."),
         sig("Wendeline Achterberg, MS, DABR 08/03/2026"),
         sig("Octavian Pryce-Mendes, MD 08/03/2026")],
        [H1("Session Log"),
         RuledTable([("Session", "Date", "Room", "Targets", "Tracking", "Mean correction", "Status"),
                     ("Fx 1", "08/05/2026", "Room T2", "PTV_L1-PTV_L5", "6D skull, 212 image pairs", "0.4 mm / 0.3 deg", "Complete"),
                     ("Fx 2", "08/07/2026", "Room T2", "PTV_L1-PTV_L5", "6D skull, 198 image pairs", "0.3 mm / 0.2 deg", "Complete"),
                     ("Fx 3", "08/10/2026", "Room T2", "PTV_L1-PTV_L5", "6D skull, 205 image pairs", "0.5 mm / 0.3 deg", "Complete")]),
         H2("Course summary"),
         P("Three fractions delivered 08/05-08/10/2026 as planned. Delivered: PTV_L1 left frontal 27 Gy, PTV_L2 right "
           "temporal 24 Gy, PTV_L3 left occipital 27 Gy, PTV_L4 right cerebellar 27 Gy, PTV_L5 left parietal 27 Gy, each in "
           "3 fractions. Nivolumab/ipilimumab C1D1 booked for 08/17/2026."),
         sig("Octavian Pryce-Mendes, MD, Radiation Oncology 08/10/2026")],
    ], opts=dict(header=head(_c + "  -  Radiation Oncology", 5, "07/22/1966")))])

# g92_06 -- bundle, HARD NEGATIVE: consult + approved plan for SRS of two metastases; course cancelled, nothing given -
_c = "PENROSE VALE ONCOLOGY"
add(name="g92_06", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative, three files: consult recommending single-fraction linac SRS for two metastases (lung "
          "adenocarcinoma cT1cN3M1b, C2D1 chemo-immunotherapy), an approved plan printout (Lesion 1 / Lesion 2, 20 Gy each, Arc 1-4, DVH "
          "rows, status 'Approved - not delivered'), and a nursing/telephone note: admitted with pulmonary embolism, "
          "goals of care changed to hospice, course cancelled, no fraction delivered.",
    docs=[
        Doc("1_consult.txt", text=f"""
PENROSE VALE ONCOLOGY - RADIATION ONCOLOGY CONSULTATION
Patient: {patient(6)}   MRN: {mrn(6)}   DOB: 03/03/1952   Date: 09/08/2026
Attending: Marguerite Olawale-Finch, MD    Referring: Desmond Aylward, MD (Thoracic Oncology)

HPI: 74-year-old man with right upper lobe adenocarcinoma, cT1cN3M1b (stage IVA, contralateral level 4L and
supraclavicular nodes, one brain metastasis at diagnosis), C2D1 carboplatin/pemetrexed/pembrolizumab on 08/28/2026.
MRI brain 09/02/2026 (T1 post-contrast, T2/FLAIR): 1.4 cm left frontal and 0.8 cm right cerebellar metastases, mild
edema. No neurologic deficit. ECOG 1. Labs 09/07: Hgb 10.9, Plt 164, Cr 1.02.

ASSESSMENT/PLAN: Two small brain metastases. Recommend single-fraction stereotactic radiosurgery on the linac,
20 Gy to each lesion, thermoplastic mask, planning CT fused with a thin-slice MRI. Risks reviewed; consent signed.
Simulation 09/10/2026, target treatment date 09/16/2026.

Marguerite Olawale-Finch, MD
{FOOT}
"""),
        Doc("2_plan_printout.pdf", [[
            H1("SRS Plan Printout"),
            KeyValue([("Patient / MRN", f"{patient(6)} / {mrn(6)}"), ("Plan", "SRS_2MET (status: Approved - not delivered)"),
                      ("Unit", "6 MV FFF gantry linac (Vault 1)"), ("Planned date", "09/16/2026"),
                      ("Images", "CT 09/10/2026 1 mm + MRI T1 post-contrast 09/10/2026"), ("TPS", "ORRERY Cranial 3 (invented)")]),
            RuledTable([("Target", "Location", "Rx", "Isodose", "Arcs"),
                        ("Lesion 1", "Left frontal", "20 Gy x 1", "80%", "Arc 1-4"),
                        ("Lesion 2", "Right cerebellar", "20 Gy x 1", "80%", "Arc 1-4")]),
            RuledTable([("Structure", "Metric", "Value"), ("Brain - GTVs", "V12Gy", "3.9 cc"), ("Brainstem", "Dmax", "7.7 Gy")]),
            P("Treatment record: no fractions recorded for this plan."),
            sig("Marguerite Olawale-Finch, MD 09/14/2026 (plan approval)"),
        ]], opts=dict(header=head(_c, 6, "03/03/1952"))),
        Doc("3_telephone_note.txt", text=f"""
PENROSE VALE ONCOLOGY - TELEPHONE ENCOUNTER
{patient(6)}   {mrn(6)}   09/15/2026 16:20   RN: Colette Mbeki-Harrow

Wife called: patient admitted to St. Brendan's (invented) last night with bilateral pulmonary emboli and worsening
dyspnea. Discussed with Dr. Olawale-Finch and with the inpatient team. Family meeting held on the ward this
afternoon; patient has chosen comfort-focused care and is being discharged to home hospice. Radiosurgery scheduled
for 09/16/2026 CANCELLED at patient's request. Plan SRS_2MET will not be treated; no radiation was delivered.
Linac schedule and dosimetry notified.

Reviewed: Marguerite Olawale-Finch, MD 09/15/2026
{FOOT}
"""),
    ])


# ==================================================================================================
# Spine
# ==================================================================================================

# g92_07 -- pdf plan report: spine SBRT, T12 vertebral body + left L1 pedicle (GTV_T12, PTV_L1ped); RCC pT3aN0 G3 R0 -
_c = "BRANSCOMBE SPINE AND CANCER CENTER"
add(name="g92_07", kind="pdf", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T12 vertebral body", "spinal", None, 24, 2), L("left L1 pedicle", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Spine SBRT plan report: renal cell carcinoma history pT3aN0M0, ISUP grade 3 (G3), R0 nephrectomy; two "
          "lesions named by level (T12 vertebral body, left L1 pedicle) with structures GTV_T12/PTV_T12 and "
          "GTV_L1ped/PTV_L1ped; MRI T1/T2/STIR; Bilsky 1a, SINS 7; a 2024 single 8 Gy fraction to L4 is history. "
          "24 Gy in 2 fractions to each, vacuum cushion, CBCT with 6DoF correction at Fx 1 and Fx 2.",
    docs=[Doc("g92_07.pdf", [
        [H1("Spine Stereotactic Body Radiotherapy - Plan Report"),
         KeyValue([("Patient / MRN", f"{patient(7)} / {mrn(7)}"), ("DOB", "10/09/1959"),
                   ("Diagnosis", "Metastatic clear cell renal cell carcinoma to spine (C79.51)"),
                   ("Oncologic history", "Right radical nephrectomy 03/2023: pT3aN0M0, ISUP grade 3 (G3), margins R0. "
                                         "Palliative RT 8 Gy x 1 to L4 (06/2024, outside). Cabozantinib since 01/2026."),
                   ("Spine findings", "MRI 09/21/2026 (sagittal T1, T2, STIR; axial T1 post-contrast): T12 vertebral body "
                                      "lesion, Bilsky 1a; left L1 pedicle lesion, no epidural disease. SINS 7."),
                   ("Simulation", "CT 1.25 mm 09/24/2026, supine in full-body vacuum cushion, arms on chest; fused with MRI 09/21/2026"),
                   ("Unit", "6 MV FFF gantry linac, 6DoF couch"),
                   ("Planning system", "TALLIS Spine 5 (invented)"),
                   ("Technique", "Single isocentre, 2 VMAT arcs (Arc 1, Arc 2)")]),
         H2("Structures and prescription"),
         RuledTable([("Structure", "Description", "Vol (cc)", "Rx", "D90 / coverage"),
                     ("GTV_T12", "T12 vertebral body lesion", "14.2", "", ""),
                     ("PTV_T12", "CTV (T12 body + left pedicle) + 2 mm", "38.6", "24 Gy / 2 fx", "D90 24.3 Gy"),
                     ("GTV_L1ped", "Left L1 pedicle lesion", "3.1", "", ""),
                     ("PTV_L1ped", "CTV (L1 left pedicle, lamina, TP) + 2 mm", "11.9", "24 Gy / 2 fx", "D90 24.1 Gy")]),
         H2("Organs at risk"),
         RuledTable([("Structure", "Metric", "Value", "Constraint"),
                     ("SpinalCord (to L1)", "D0.035cc", "15.6 Gy", "< 17 Gy"),
                     ("CaudaEquina", "D0.035cc", "18.8 Gy", "< 20 Gy"),
                     ("Kidney_L (solitary)", "V10Gy", "9%", "< 30%"),
                     ("Bowel", "D0.035cc", "16.0 Gy", "< 25 Gy")]),
         sig("Mireille Ostrander, MS, DABR 09/28/2026 (plan check, second calculation within 1.1%, portal dosimetry 99.0%)"),
         sig("Leofric Abernathy-Sato, MD 09/28/2026")],
        [H1("Treatment Record"),
         RuledTable([("Fx", "Date", "IGRT", "Correction", "PTV_T12", "PTV_L1ped", "Signed"),
                     ("Fx 1", "09/30/2026", "CBCT x2, 6DoF", "1.8 mm / 0.9 deg", "12 Gy", "12 Gy", "LAS"),
                     ("Fx 2", "10/02/2026", "CBCT x2, 6DoF", "1.2 mm / 0.6 deg", "12 Gy", "12 Gy", "LAS"),
                     ("Total", "", "", "", "24 Gy", "24 Gy", "")]),
         P("Course complete 10/02/2026: T12 vertebral body 24 Gy in 2 fractions and left L1 pedicle 24 Gy in 2 fractions. "
           "Cabozantinib resumed 10/09/2026."),
         sig("Leofric Abernathy-Sato, MD, Radiation Oncology 10/02/2026")],
    ], opts=dict(header=head(_c, 7, "10/09/1959")))])

# g92_08 -- dictation (txt): spine SBRT to the T2 vertebral body in a patient staged cT2bN1M0; 63621 claimed ------
_c = "FENWICK LAKES RADIATION ONCOLOGY"
add(name="g92_08", kind="dictation", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("T2 vertebral body", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Dictated SBRT completion note: squamous NSCLC originally cT2bN1M0 (T-stage) treated with chemoradiation "
          "60 Gy in 30 fractions in 2024 (history), now a T2 vertebral body metastasis (anatomy) seen as T1 hypointense "
          "and T2/STIR hyperintense (sequences); 27 Gy in 3 fractions on a gantry linac, long head-and-shoulder mask, "
          "CBCT every fraction. One spinal lesion: 63621 is wrong.",
    docs=[Doc("g92_08.txt", text=f"""
FENWICK LAKES RADIATION ONCOLOGY
DICTATION - STEREOTACTIC BODY RADIOTHERAPY COMPLETION NOTE
Author: Isaura Kettleby, MD     Job 20931-4     Dictated 11/13/2026     Transcribed 11/14/2026
Patient: {patient(8)}     MRN: {mrn(8)}     DOB: 06/18/1955

Doctor Kettleby dictating an SBRT completion note on Clement Gorsadine.

Diagnosis. Metastatic squamous cell carcinoma of the lung to the T two vertebral body.

History. In March twenty twenty four he was diagnosed with a right upper lobe squamous cell carcinoma, clinical stage T two b N one M zero, stage two B, which was unresectable because of his COPD, and he was treated with concurrent chemoradiation, sixty gray in thirty fractions to the right upper lobe and hilum, with carboplatin and paclitaxel, followed by durvalumab consolidation. He did well until September of this year, when he developed interscapular pain. MRI of the thoracic spine on October fifth showed a lesion in the T two vertebral body, T one hypointense and T two and STIR hyperintense, involving the body and the right pedicle, without epidural extension, Bilsky zero, no fracture, SINS six. Restaging CT of the chest, abdomen and pelvis showed no other disease. The T two level was at the upper edge of his old chest field, and the prior cord dose there was summed into the current plan. ECOG one. Pain five out of ten on oxycodone.

Treatment. He was simulated on October twenty seventh, supine in a long thermoplastic head, neck and shoulder mask, with a one millimeter planning CT fused to the October fifth MRI. The G T V was the T two lesion; the C T V was the T two vertebral body and right pedicle per consensus guidelines, P T V two millimeters. Twenty seven gray in three fractions was prescribed, nine gray per fraction, with two VMAT arcs on a single isocenter on our six M V flattening filter free linac, planned in the HARBORLIGHT system, which is invented. Spinal cord D zero point zero three five c c was thirteen point one gray in this course and the cumulative E Q D two was within our reirradiation limit. Esophagus D five c c eleven point two gray. Physics second check and patient specific Q A passed.

Delivery. Fraction one November ninth, fraction two November eleventh, fraction three November thirteenth. Each fraction had a cone beam CT with six degree of freedom correction, reviewed and approved by me before the beam, and a verification cone beam CT halfway through.

Summary. T two vertebral body metastasis, twenty seven gray in three fractions, completed November thirteenth twenty twenty six. He tolerated it well with grade one esophagitis. Follow up with spine MRI in three months.

Isaura Kettleby, MD - electronically signed 11/14/2026
{FOOT}
""")])

# g92_09 -- pdf export: robotic-arm linac single-fraction SBRT to the C2 odontoid; HPV+ oropharynx cT2N1, level II node
_c = "TREMAYNE COAST CANCER CENTRE"
add(name="g92_09", kind="pdf", codes=["G0339", "77373", "77435", "63620"],
    facts=F("robotic_linac", ["spinal"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("C2 odontoid", "spinal", None, 18, 1)],
    categories=cats(),
    notes="Robotic-arm linac plan summary and session record: p16-positive oropharyngeal carcinoma cT2N1M0 with a left "
          "level II neck node (2021 chemoradiation, history) now with a C2 odontoid metastasis (anatomy); CN XII intact; "
          "C1D1 of pembrolizumab planned after SBRT; 18 Gy in 1 fraction with spine tracking and a head-neck-shoulder mask. "
          "Single-fraction spine: 77373/77435 (not 77372) and G0339 on a robotic unit.",
    docs=[Doc("g92_09.pdf", [
        [H1("Spine Radiosurgery - Plan Summary"),
         KeyValue([("Patient / MRN", f"{patient(9)} / {mrn(9)}"), ("DOB", "01/27/1963"),
                   ("History", "p16-positive squamous cell carcinoma of the left tonsil, cT2N1M0 (AJCC 8, stage I), single "
                               "left level II node; cisplatin-chemoradiation 70 Gy in 35 fractions 2021, no evidence of "
                               "disease until 10/2026"),
                   ("Current problem", "Biopsy-proven metastasis of the C2 odontoid process and body; neck pain, CN XII intact, "
                                       "no myelopathy; MRI C-spine 10/30/2026 T1, T2, STIR and T1 post-contrast: no epidural "
                                       "disease (Bilsky 0), SINS 8; neurosurgery: no stabilization needed"),
                   ("Systemic plan", "Pembrolizumab C1D1 11/30/2026, after SBRT"),
                   ("Immobilization", "Thermoplastic head-neck-shoulder mask"),
                   ("Planning images", "CT 1 mm 11/12/2026 + MRI 10/30/2026 (T1 post-contrast, STIR), rigid fusion"),
                   ("Unit", "Robotic-arm mounted 6 MV linac (Room 2), MLC collimation"),
                   ("Tracking", "Spine tracking on cervical bony anatomy, kV pairs every 30-45 s"),
                   ("Planning system", "QUILLON Robotic 2.3 (invented)")]),
         RuledTable([("Structure", "Description", "Rx", "Coverage / metric"),
                     ("GTV_C2", "C2 odontoid + body lesion", "", "4.7 cc"),
                     ("PTV_C2", "CTV (C2 dens, body, pedicles) + 1.5 mm", "18 Gy / 1 fx to 78% isodose", "V18Gy 91.2%"),
                     ("SpinalCord_PRV", "Cord + 1.5 mm", "", "D0.035cc 12.1 Gy (< 14 Gy)"),
                     ("Brainstem", "", "", "Dmax 9.4 Gy"),
                     ("Pharynx (reirradiated)", "", "", "D0.5cc 14.8 Gy"),
                     ("Mandible", "", "", "Dmax 11.0 Gy")]),
         P("167 non-isocentric beams, 2 collimator sizes. Physics review and second check complete; delivery QA measured "
           "with film (gamma 2%/1 mm 96.9%)."),
         sig("Tamsin Okafor-Lyle, MS, DABR 11/18/2026"), sig("Barnabas Quell-Ishikawa, MD 11/18/2026")],
        [H1("Session Record"),
         RuledTable([("Session", "Date", "Plan", "Dose", "Tracking images", "Max correction", "Status"),
                     ("1 of 1", "11/20/2026", "C2_SRS_18Gy", "18 Gy", "96 kV pairs", "0.9 mm / 0.7 deg", "Complete")]),
         P("Single-fraction SBRT to the C2 odontoid metastasis completed 11/20/2026: 18 Gy in 1 fraction. No acute toxicity. "
           "Pembrolizumab C1D1 on 11/30/2026 as planned. MRI C-spine in 3 months."),
         sig("Barnabas Quell-Ishikawa, MD, Radiation Oncology 11/20/2026")],
    ], opts=dict(header=head(_c, 9, "01/27/1963")))])

# g92_10 -- bundle (3 files), CONTRADICTION: T4-5 and L3 spine SBRT, 30 Gy/5 each; summary says L3 27 Gy in 3 -----
_c = "ORCHARD MILL ONCOLOGY"
add(name="g92_10", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T4-5", "spinal", None, 30, 5), L("L3", "spinal", None, 30, 5)],
    categories=cats(),
    contradiction="The completion summary gives the L3 lesion 27 Gy in 3 fractions, while the plan and the five-row treatment record give 30 Gy in 5 fractions to both targets.",
    notes="Three files: dictated simulation note (T4-5 treated as one contiguous target, L3 a second target; 'L2/3' "
          "disc and 'Vault 3' are not lesions; breast cancer BI-RADS 5 and pT2N1a G2 in history), a treatment record "
          "PDF with plan table and #1-#5 rows (6 Gy per fraction to both PTVs), and a dictated completion summary that "
          "misstates L3 as 27 Gy in 3. Gold follows the plan and record: 2 lesions, 30 Gy in 5 each.",
    docs=[
        Doc("1_simulation_note.txt", text=f"""
ORCHARD MILL ONCOLOGY - SIMULATION NOTE (dictated)
Patient: {patient(10)}   MRN: {mrn(10)}   DOB: 08/08/1970   Simulation: 12/01/2026
Physician: Thora Bellingham-Oduya, MD

Ms. Grelmarsh is a fifty-six year old woman with left breast cancer, found as a BI-RADS five mass on screening in
2021, pT2N1a, grade 2 (G2), ER positive, HER2 negative, now with oligoprogressive bone disease on letrozole and
ribociclib. MRI of the whole spine November twenty-fourth (T1, T2, STIR, T1 post
contrast) show a lesion spanning the T4 and T5 vertebral bodies, which we will treat as one contiguous target,
and a separate L3 vertebral body lesion with mild extension toward the L2/3 disc space. No epidural compression.

She was simulated today supine in a full length vacuum cushion with arms up on a wing board, one millimeter CT
from C7 to S1, and the MRI was fused. Two targets: PTV_T4_5 and PTV_L3. Plan: thirty gray in five fractions to
each, every other weekday, in Vault 3 starting December seventh.
{FOOT}
"""),
        Doc("2_plan_and_treatment_record.pdf", [
            [H1("Spine SBRT - Plan and Treatment Record"),
             KeyValue([("Unit", "6 MV FFF gantry linac, Vault 3, 6DoF couch"),
                       ("Immobilization", "Full-length vacuum cushion, wing board"),
                       ("Images", "Planning CT 12/01/2026 fused with MRI 11/24/2026"),
                       ("Planning system", "TALLIS Spine 5 (invented)"),
                       ("Technique", "Two isocentres (Iso 1 thoracic, Iso 2 lumbar), 2 VMAT arcs each")]),
             RuledTable([("Target", "Levels", "Rx", "Dose/fx", "D90", "Cord / cauda D0.035cc"),
                         ("PTV_T4_5", "T4-T5 bodies + left pedicles", "30 Gy / 5 fx", "6 Gy", "30.4 Gy", "cord 21.8 Gy"),
                         ("PTV_L3", "L3 body", "30 Gy / 5 fx", "6 Gy", "30.2 Gy", "cauda 24.9 Gy")]),
             RuledTable([("#", "Date", "IGRT (both isocentres)", "PTV_T4_5", "PTV_L3", "Cum. T4-5", "Cum. L3"),
                         ("#1", "12/07/2026", "CBCT, approved", "6 Gy", "6 Gy", "6 Gy", "6 Gy"),
                         ("#2", "12/09/2026", "CBCT, approved", "6 Gy", "6 Gy", "12 Gy", "12 Gy"),
                         ("#3", "12/11/2026", "CBCT, approved", "6 Gy", "6 Gy", "18 Gy", "18 Gy"),
                         ("#4", "12/14/2026", "CBCT, approved", "6 Gy", "6 Gy", "24 Gy", "24 Gy"),
                         ("#5", "12/16/2026", "CBCT, approved", "6 Gy", "6 Gy", "30 Gy", "30 Gy")]),
             P("Physics second check within 1.4%; portal dosimetry QA passed for both isocentres."),
             sig("Piers Lundqvist-Amadi, MS 12/04/2026 (physics)"),
             sig("Thora Bellingham-Oduya, MD 12/16/2026")],
        ], opts=dict(header=head(_c, 10, "08/08/1970"))),
        Doc("3_completion_summary.txt", text=f"""
ORCHARD MILL ONCOLOGY - TREATMENT COMPLETION SUMMARY (dictated, not read)
{patient(10)}   {mrn(10)}   Dictated 12/16/2026 by Thora Bellingham-Oduya, MD

Stereotactic body radiotherapy to two spinal sites completed today. The T4-5 lesion received thirty gray in five
fractions. The L3 lesion received twenty-seven gray in three fractions. Treatment dates December seventh through
December sixteenth. Cone beam CT guidance at every fraction. She tolerated treatment with mild fatigue only and
continues letrozole and ribociclib, C14D1 due December twenty-first. Follow-up with PET CT in three months.
{FOOT}
"""),
    ])


# ==================================================================================================
# Body
# ==================================================================================================

# g92_11 -- pdf plan report: lung SBRT RUL, cT1aN0M0, Lung-RADS 4B history, V20/V5/MLD, GTV_1/ITV_1, Arc 1/Arc 2 ----
_c = "SALTMARSH GENERAL HOSPITAL - RADIATION ONCOLOGY"
add(name="g92_11", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe", "body", None, 54, 3)],
    categories=cats(),
    notes="Lung SBRT plan report and fraction table: peripheral RUL adenocarcinoma cT1aN0M0 (stage IA1) found as "
          "Lung-RADS 4B on screening; structures GTV_1/ITV_1/PTV_1 (one target), DVH rows Lung-ITV V20 / V5 / MLD, "
          "chest wall V30, PTV D95; 'Arc 1', 'Arc 2', 'Iso 1'; 4DCT simulation fused with the staging PET-CT for "
          "delineation; vacuum cushion with abdominal compression; 54 Gy in 3 fractions, CBCT at Fx 1-3.",
    docs=[Doc("g92_11.pdf", [
        [H1("SBRT Plan Report - Lung"),
         KeyValue([("Patient / MRN", f"{patient(11)} / {mrn(11)}"), ("DOB", "04/01/1948"),
                   ("Diagnosis", "Adenocarcinoma right upper lobe (C34.11), cT1aN0M0, stage IA1; 0.9 cm part-solid nodule "
                                 "reported Lung-RADS 4B on screening low-dose CT 11/2025, CT-guided biopsy 01/2026"),
                   ("Operability", "Medically inoperable: FEV1 0.88 L (36% predicted), DLCO 39%; ECOG 2"),
                   ("Simulation", "4DCT 2 mm 02/09/2026, arms up, vacuum cushion + abdominal compression plate"),
                   ("Registered images", "PET-CT 01/28/2026 (SUVmax 4.1) fused to 4DCT average for GTV delineation"),
                   ("Unit", "6 MV FFF gantry linac (LA-4)"),
                   ("Planning system", "MARRAM TPS 9 (invented)"),
                   ("Technique", "Iso 1, Arc 1 (181-30) + Arc 2 (30-181), VMAT")]),
         RuledTable([("Structure", "Definition", "Vol (cc)", "Rx", "Metric", "Value"),
                     ("GTV_1", "Nodule on each 4DCT phase", "0.6", "", "", ""),
                     ("ITV_1", "Union of GTV_1 over 10 phases", "2.1", "", "", ""),
                     ("PTV_1", "ITV_1 + 5 mm", "9.4", "54 Gy / 3 fx", "D95", "54.2 Gy"),
                     ("PTV_1", "", "", "", "Dmax", "71.8 Gy (133%)")]),
         RuledTable([("OAR", "Metric", "Value", "Limit"),
                     ("Lungs - ITV", "V20", "3.8%", "< 10%"),
                     ("Lungs - ITV", "V5", "14.9%", "< 37%"),
                     ("Lungs - ITV", "MLD", "3.1 Gy", "< 8 Gy"),
                     ("Chest wall", "V30", "11.6 cc", "< 30 cc"),
                     ("SpinalCord", "Dmax", "7.4 Gy", "< 18 Gy"),
                     ("Bronchial tree", "Dmax", "9.9 Gy", "< 30 Gy")]),
         sig("Ingrid Mavrogordato, MS, DABR 02/13/2026 (plan check, independent MU calculation, ArcCHECK-type QA 98.8%)"),
         sig("Reuben Castellane-Obi, MD 02/13/2026")],
        [H1("Fraction Record"),
         RuledTable([("Fx", "Date", "Pre-treatment imaging", "Shift (cm) V / L / Lng", "Dose", "Cumulative"),
                     ("Fx 1", "02/17/2026", "CBCT, ITV in PTV, MD approved", "0.3 / -0.2 / 0.4", "18 Gy", "18 Gy"),
                     ("Fx 2", "02/19/2026", "CBCT, ITV in PTV, MD approved", "0.1 / 0.0 / 0.3", "18 Gy", "36 Gy"),
                     ("Fx 3", "02/21/2026", "CBCT, ITV in PTV, MD approved", "0.2 / -0.1 / 0.2", "18 Gy", "54 Gy")]),
         P("Completed 02/21/2026: right upper lobe tumour 54 Gy in 3 fractions. Follow-up CT chest in 3 months."),
         sig("Reuben Castellane-Obi, MD, Radiation Oncology 02/21/2026")],
    ], opts=dict(header=head(_c, 11, "04/01/1948")))])

# g92_12 -- dictation (txt): two synchronous lung primaries, RUL T1b and LLL T1a, 'V twenty', 'V thirty'; G0339 claimed -
_c = "KINGSWEAR VALLEY CANCER CARE"
add(name="g92_12", kind="dictation", codes=["77373", "77435", "G0339"],
    facts=F("linac", ["body"], 2, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe", "body", None, 50, 5), L("left lower lobe", "body", None, 55, 5)],
    categories=cats(),
    notes="Dictated SBRT completion summary: two synchronous primaries staged T one b N zero (RUL) and T one a N zero "
          "(LLL), numbers in words, 'V twenty', 'V five', 'V thirty' and 'D ninety five' spoken, 'fraction number "
          "three of five'; 50 Gy/5 and 55 Gy/5 on a gantry linac with 4DCT + PET fusion, vacuum bag; G0339 (robotic "
          "only) is wrong.",
    docs=[Doc("g92_12.txt", text=f"""
KINGSWEAR VALLEY CANCER CARE - RADIATION ONCOLOGY
DICTATED SBRT COMPLETION SUMMARY
Dictated by: Anselm Trevethan-Kaur, MD   Date dictated: 05/29/2026   Transcribed: 05/30/2026 (WORDWELL, invented)
Patient: {patient(12)}   MRN: {mrn(12)}   DOB: 11/11/1951

This is Doctor Trevethan Kaur with a completion summary on Reginald Ghislow.

Diagnosis: two synchronous primary non small cell lung cancers. Right upper lobe adenocarcinoma, one point seven centimeters, clinical T one b N zero M zero. Left lower lobe squamous cell carcinoma, one point one centimeters, clinical T one a N zero M zero. Both biopsy proven in March. He is not a surgical candidate because of pulmonary fibrosis and an ejection fraction of thirty five percent. E C O G one.

Simulation: April twenty seventh. Supine, arms up, in a vac lock bag. Four D CT simulation, two millimeter slices, fused with the PET CT of April fourteenth for contouring. Internal target volumes were built for each lesion, P T V equals I T V plus five millimeters.

Plan: two isocenters, one per lesion, each with two partial VMAT arcs on our six M V flattening filter free gantry linac, planned in the BRAMBLE planning system, which is invented. Prescription fifty gray in five fractions to the right upper lobe lesion and fifty five gray in five fractions to the left lower lobe lesion, which sits near the heart. D ninety five of each P T V met the prescription. Composite lung V twenty, six point two percent, V five, twenty one percent, mean lung dose four point four gray. Chest wall V thirty, twenty one c c on the right and zero on the left. Heart D fifteen c c, nineteen gray. Physics checked the plan and the patient specific Q A passed.

Treatment: May eighteenth through May twenty ninth, every other weekday. Each fraction began with a cone beam CT for each isocenter, shifts reviewed by me before treatment. Fraction number three of five was delayed a day for a machine fault and given on May twenty second. All five fractions delivered.

Summary: right upper lobe fifty gray in five fractions, left lower lobe fifty five gray in five fractions, completed May twenty ninth twenty twenty six. Mild fatigue and a dry cough. CT chest in three months.

Anselm Trevethan-Kaur, MD - signed 05/30/2026
{FOOT}
""")])

# g92_13 -- bundle (3 files), CONTRADICTION: robotic liver SBRT, HCC LI-RADS 5 in segment VIII, 45 Gy/3; summary 40/5 -
_c = "AMBERLEIGH HEPATOBILIARY & CANCER CENTER"
add(name="g92_13", kind="bundle", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment VIII", "body", None, 45, 3)],
    categories=cats(),
    contradiction="The completion summary says 40 Gy in 5 fractions, while the plan and the three-row fraction log give 45 Gy in 3 fractions (15 Gy x 3).",
    notes="Three files: plan summary (HCC LR-5 in segment VIII - Couinaud segment, not a grade - Child-Pugh A5, "
          "BCLC A, prior TACE to a segment VI lesion that is history, labs; three gold fiducials; triphasic CT and MRI "
          "with hepatobiliary phase; vacuum cushion; 45 Gy in 3), a session log Fx 1-3 with fiducial respiratory tracking, "
          "and a dictated summary misstating 40 Gy in 5. Gold follows plan and log.",
    docs=[
        Doc("1_plan_summary.pdf", [[
            H1("Liver SBRT - Plan Summary"),
            KeyValue([("Patient / MRN", f"{patient(13)} / {mrn(13)}"), ("DOB", "02/02/1958"),
                      ("Diagnosis", "Hepatocellular carcinoma (C22.0), 2.6 cm arterially enhancing lesion in segment VIII, "
                                    "LI-RADS LR-5; hepatitis C cirrhosis (SVR), Child-Pugh A5, BCLC A, ECOG 0"),
                      ("Prior treatment", "TACE to a segment VI lesion 2024, now LR-TR nonviable (not a target)"),
                      ("Labs 06/30/2026", "AFP 38 ng/mL, bilirubin 0.9 mg/dL, albumin 3.8 g/dL, INR 1.1, Plt 112"),
                      ("Fiducials", "Three gold fiducials placed percutaneously around the segment VIII lesion 07/02/2026"),
                      ("Simulation", "Triphasic CT 1.5 mm 07/09/2026 in vacuum cushion; MRI 07/09/2026 (T1 arterial, "
                                     "portal venous and hepatobiliary phases, T2) fused"),
                      ("Unit", "Robotic-arm mounted 6 MV linac with respiratory motion tracking (fiducial correlation model)"),
                      ("Planning system", "QUILLON Robotic 2.3 (invented)")]),
            RuledTable([("Structure", "Vol (cc)", "Rx", "Isodose", "Coverage"),
                        ("PTV_S8", "31.2", "45 Gy / 3 fx (15 Gy/fx)", "70%", "V45Gy 95.4%")]),
            RuledTable([("OAR", "Metric", "Value", "Limit"),
                        ("Liver - GTV", "D700cc (spared volume)", "11.6 Gy", "< 15 Gy"),
                        ("Liver - GTV", "Dmean", "9.8 Gy", "< 13 Gy"),
                        ("Duodenum", "D0.5cc", "11.2 Gy", "< 22 Gy"),
                        ("Heart", "D0.5cc", "14.0 Gy", "< 30 Gy")]),
            P("Physics check and second calculation complete; delivery QA passed (gamma 2%/2 mm 98.1%)."),
            sig("Fenella Drayton-Achebe, MS 07/14/2026"), sig("Lucius Merriweather-Ng, MD 07/14/2026"),
        ]], opts=dict(header=head(_c, 13, "02/02/1958"))),
        Doc("2_session_log.pdf", [[
            H1("Session Log - Robotic SBRT"),
            RuledTable([("Fx", "Date", "Fiducials tracked", "Model error (mm)", "Dose", "Cumulative", "Status"),
                        ("Fx 1", "07/16/2026", "3 of 3", "1.1", "15 Gy", "15 Gy", "Complete"),
                        ("Fx 2", "07/18/2026", "3 of 3", "0.9", "15 Gy", "30 Gy", "Complete"),
                        ("Fx 3", "07/21/2026", "3 of 3", "1.3", "15 Gy", "45 Gy", "Complete")]),
            P("Respiratory motion tracking with the fiducial correlation model throughout each fraction; kV image pairs "
              "reviewed by the treating physician at set-up."),
            sig("Lucius Merriweather-Ng, MD 07/21/2026"),
        ]], opts=dict(header=head(_c, 13, "02/02/1958"))),
        Doc("3_summary_dictated.txt", text=f"""
AMBERLEIGH HEPATOBILIARY & CANCER CENTER - END OF TREATMENT SUMMARY (dictated)
{patient(13)}   {mrn(13)}   Dictated 07/21/2026 by Lucius Merriweather-Ng, MD

Ms. Gaverick completed stereotactic body radiotherapy today for her segment eight hepatocellular carcinoma,
forty gray in five fractions, with fiducial tracking on the robotic unit. She had mild nausea after the first
fraction, settled with ondansetron. Child-Pugh score unchanged at A5 on today's labs. Next: multiphase MRI
liver in three months and hepatology follow-up with Dr. Sandeman.
{FOOT}
"""),
    ])

# g92_14 -- pdf export: prostate SBRT per-session log; Gleason 3+4 (GG2), cT2c, PI-RADS 4, PTV_3625, machine 'T1' -----
_c = "HARLOW CROSS CANCER CENTRE"
add(name="g92_14", kind="pdf", codes=["77373", "77435", "G0339"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Record-and-verify export of a prostate SBRT course on treatment machine 'T1' (a linac's name): Gleason 3+4=7, "
          "Grade Group 2, cT2c, PSA 8.4, PI-RADS 4 on T2-weighted/DWI MRI; structures CTV_Prostate and PTV_3625 (the "
          "number is the dose in cGy), Rectum V36Gy, Bladder V37Gy; three gold seeds and a hydrogel spacer, vacuum "
          "cushion; rows #1-#5 of 7.25 Gy. Gantry linac: G0339 is wrong.",
    docs=[Doc("g92_14.pdf", [
        [H1("Course Export - SBRT Prostate"),
         KeyValue([("Patient / MRN", f"{patient(14)} / {mrn(14)}"), ("DOB", "09/19/1954"),
                   ("Diagnosis", "Adenocarcinoma of prostate (C61), Gleason 3+4=7 (Grade Group 2) in 4/12 cores, cT2c, "
                                 "PSA 8.4 ng/mL, NCCN favorable intermediate risk; no ADT"),
                   ("Staging MRI", "Prostate MRI 01/12/2026: PI-RADS 4 lesion left mid-gland peripheral zone on T2-weighted and DWI"),
                   ("Procedures", "Three gold fiducial seeds and hydrogel rectal spacer placed transperineally 02/03/2026"),
                   ("Simulation", "CT 1.5 mm 02/10/2026 (comfortably full bladder, empty rectum), vacuum cushion with knee and "
                                  "foot support; MRI T2-weighted 02/10/2026 fused"),
                   ("Machine", "T1 (6 MV gantry linac, Treatment Room 1)"),
                   ("Plan", "PROS_SBRT_3625 - 2 VMAT arcs, single isocentre, MARRAM TPS 9 (invented)"),
                   ("Prescription", "36.25 Gy in 5 fractions (7.25 Gy/fx) to PTV_3625")]),
         RuledTable([("Structure", "Definition", "Metric", "Value", "Limit"),
                     ("CTV_Prostate", "Prostate + proximal 1 cm SV", "", "", ""),
                     ("PTV_3625", "CTV + 5 mm (3 mm post.)", "V36.25Gy", "95.6%", "> 95%"),
                     ("Rectum", "", "V36Gy", "0.2 cc", "< 1 cc"),
                     ("Bladder", "", "V37Gy", "4.1 cc", "< 10 cc"),
                     ("Urethra PRV", "", "D10%", "38.9 Gy", "< 42 Gy"),
                     ("Femoral heads", "", "V14.5Gy", "0%", "< 5%")]),
         sig("Philippa Noakes-Varga, MS 02/13/2026 (physics plan check and patient-specific QA, gamma 99.3%)"),
         sig("Emrys Gallagher-Osei, MD 02/13/2026")],
        [H1("Per-Session Treatment Log"),
         RuledTable([("#", "Date", "Machine", "Imaging", "Seed match (3/3)", "Shift (mm)", "Dose (Gy)", "Total (Gy)"),
                     ("#1", "02/17/2026", "T1", "kV/kV + CBCT", "yes", "2.1", "7.25", "7.25"),
                     ("#2", "02/19/2026", "T1", "kV/kV + CBCT", "yes", "1.4", "7.25", "14.50"),
                     ("#3", "02/21/2026", "T1", "kV/kV + CBCT", "yes", "3.0", "7.25", "21.75"),
                     ("#4", "02/24/2026", "T1", "kV/kV + CBCT", "yes", "1.7", "7.25", "29.00"),
                     ("#5", "02/26/2026", "T1", "kV/kV + CBCT", "yes", "1.2", "7.25", "36.25")]),
         P("Course status: COMPLETED 02/26/2026. Prostate 36.25 Gy in 5 fractions delivered. Intrafraction kV imaging "
           "every 60 degrees of arc with seed tolerance 2 mm; no beam holds exceeded 3 per session."),
         sig("Emrys Gallagher-Osei, MD, Radiation Oncology 02/26/2026")],
    ], opts=dict(header=head(_c + "  -  Record & Verify export", 14, "09/19/1954")))])

# g92_15 -- bundle (2 files): pancreas MR-guided adaptive SBRT, cT2N0M0 G2 after mFOLFIRINOX (C6D1), 50 Gy/5 --------
_c = "WESTHAVEN UNIVERSITY CANCER CENTER"
add(name="g92_15", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("pancreatic head", "body", None, 50, 5)],
    categories=cats(),
    notes="Two files: dictated consult (borderline resectable pancreatic head adenocarcinoma cT2N0M0, G2, CA 19-9 "
          "412 -> 88, six cycles of mFOLFIRINOX with C6D1 on 03/02; recommends 50 Gy in 5) and a completion summary "
          "PDF from an MR-guided gantry linac: CT + MR simulation, vacuum cushion, daily adaptive plans (Fx 1-5, four "
          "adapted), cine-MRI gating, Duodenum V33Gy / Stomach D0.5cc rows.",
    docs=[
        Doc("1_consult_dictated.txt", text=f"""
WESTHAVEN UNIVERSITY CANCER CENTER - RADIATION ONCOLOGY CONSULTATION (dictated)
Patient: {patient(15)}   MRN: {mrn(15)}   DOB: 12/24/1960   Date: 03/18/2026
Attending: Oriel Fitzwarren-Diallo, MD

Ms. Gristlewood is a sixty-five year old woman with adenocarcinoma of the pancreatic head, moderately differentiated, G two, diagnosed in October by endoscopic ultrasound with fine needle biopsy after painless jaundice and biliary stenting. Staging CT pancreas protocol showed a two point eight centimeter mass with one hundred and twenty degree abutment of the superior mesenteric vein and no arterial involvement, clinical T two N zero M zero, borderline resectable. CA nineteen nine was four hundred twelve. She has had six cycles of modified FOLFIRINOX, cycle six day one on March second, with CA nineteen nine now eighty eight and stable disease on restaging. E C O G one. Bilirubin zero point eight.

Tumor board recommendation was ablative stereotactic body radiotherapy followed by surgical re-evaluation. I recommend MR guided adaptive SBRT, fifty gray in five fractions, with daily adaptation to keep the duodenum and stomach out of the high dose region. She will need a CT simulation and an MR simulation on the MR linac. Risks including duodenal bleeding and ulceration were discussed and she consented.

Oriel Fitzwarren-Diallo, MD
{FOOT}
"""),
        Doc("2_completion_summary.pdf", [[
            H1("Radiation Treatment Completion Summary"),
            KeyValue([("Patient / MRN", f"{patient(15)} / {mrn(15)}"), ("Course", "C1 Pancreas SMART"),
                      ("Dates", "04/06/2026 - 04/14/2026"),
                      ("Unit", "0.35 T MR-guided gantry linac, 6 MV FFF (MR-linac)"),
                      ("Immobilization", "Vacuum cushion, arms up, indexed wing board"),
                      ("Simulation", "CT simulation 1.5 mm 03/25/2026 and MR simulation (true-FISP breath-hold) 03/25/2026"),
                      ("Planning system", "DUNLIN Adaptive 4 (invented)"),
                      ("Technique", "Step-and-shoot IMRT, 14 beams, daily online adaptive re-optimization"),
                      ("Prescription", "50 Gy in 5 fractions to PTV_Panc (GTV + 3 mm), 95% coverage objective")]),
            RuledTable([("Fx", "Date", "Setup MRI", "Plan", "Gating", "Dose (Gy)"),
                        ("Fx 1", "04/06/2026", "yes", "adapted", "cine-MRI, boundary 3 mm", "10"),
                        ("Fx 2", "04/08/2026", "yes", "predicted (no adaptation needed)", "cine-MRI", "10"),
                        ("Fx 3", "04/09/2026", "yes", "adapted", "cine-MRI", "10"),
                        ("Fx 4", "04/13/2026", "yes", "adapted", "cine-MRI", "10"),
                        ("Fx 5", "04/14/2026", "yes", "adapted", "cine-MRI", "10")]),
            RuledTable([("OAR (per adaptive plan)", "Metric", "Worst fraction", "Limit"),
                        ("Duodenum", "V33Gy", "0.3 cc", "< 0.5 cc"),
                        ("Stomach", "D0.5cc", "32.8 Gy", "< 33 Gy"),
                        ("Bowel", "V33Gy", "0.1 cc", "< 0.5 cc"),
                        ("Kidneys", "V12Gy", "8%", "< 25%")]),
            P("Each adapted plan was checked by the physician and the physicist before delivery with an online Monte "
              "Carlo second check. Pancreatic head tumour: 50 Gy in 5 fractions delivered. Grade 1 nausea. CT pancreas "
              "protocol and CA 19-9 in 4 weeks, then surgical review with Dr. Okwuosa."),
            sig("Teodora Malinowski-Reid, PhD, Medical Physicist 04/14/2026"),
            sig("Oriel Fitzwarren-Diallo, MD 04/14/2026"),
        ]], opts=dict(header=head(_c, 15, "12/24/1960"))),
    ])

# g92_16 -- pdf plan report: left kidney (Bosniak IV, solitary kidney) + right adrenal at T12 level; Target A/B, Iso 1/2
_c = "GREYFRIARS ONCOLOGY GROUP"
add(name="g92_16", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["body"], 2, 3, ["CT"], ["body_immobilization"]),
    lesions=[L("left kidney", "body", None, 42, 3), L("right adrenal", "body", None, 36, 3)],
    categories=cats(),
    notes="Body SBRT plan report for two targets named 'Target A' (left kidney, Bosniak IV cystic RCC in a solitary "
          "kidney) and 'Target B' (right adrenal metastasis 'at the level of T12', an anatomical landmark not a spinal "
          "target), with isocentres 'Iso 1' and 'Iso 2'; RCC history pT3a pN0 ISUP 3, R0; MRI contraindicated "
          "(non-conditional pacemaker) so CT-only; 42 Gy/3 and 36 Gy/3. No spinal lesion: 63620 is wrong.",
    docs=[Doc("g92_16.pdf", [
        [H1("SBRT Plan Report - Kidney and Adrenal"),
         KeyValue([("Patient / MRN", f"{patient(16)} / {mrn(16)}"), ("DOB", "03/15/1950"),
                   ("History", "Right radical nephrectomy 05/2022 for clear cell RCC, pT3a pN0, ISUP grade 3, R0. Now a 2.9 cm "
                               "Bosniak IV cystic mass of the solitary left kidney (biopsy: clear cell RCC) and a 2.2 cm right "
                               "adrenal metastasis, at the level of T12, in the nephrectomy bed. eGFR 46."),
                   ("Performance status", "KPS 80"),
                   ("Imaging", "4DCT 2 mm 10/05/2026 with IV contrast (arterial and venous phases). MRI not performed: "
                               "non-MR-conditional pacemaker."),
                   ("Immobilization", "Vacuum cushion, arms up, abdominal compression belt"),
                   ("Unit", "6 MV FFF gantry linac"), ("Planning system", "MARRAM TPS 9 (invented)")]),
         RuledTable([("Target", "Structure", "Site", "Vol (cc)", "Rx", "Iso", "Arcs", "D95"),
                     ("Target A", "PTV_LKid", "Left kidney, interpolar", "24.8", "42 Gy / 3 fx", "Iso 1", "Arc 1, Arc 2", "42.3 Gy"),
                     ("Target B", "PTV_RAdr", "Right adrenal", "15.1", "36 Gy / 3 fx", "Iso 2", "Arc 3, Arc 4", "36.1 Gy")]),
         RuledTable([("OAR", "Metric", "Value", "Limit"),
                     ("Kidney_L - PTV_LKid", "V17.5Gy", "28%", "< 66%"),
                     ("Liver", "Dmean", "4.2 Gy", "< 13 Gy"),
                     ("Duodenum", "D0.5cc", "16.2 Gy", "< 22.2 Gy"),
                     ("Bowel", "D0.5cc", "17.9 Gy", "< 25.2 Gy"),
                     ("SpinalCord (T11-L1)", "D0.03cc", "9.8 Gy", "< 21.9 Gy")]),
         sig("Sunniva Halloran-Iqbal, MS, DABR 10/09/2026 (plan check, independent MU check, EPID QA 98.6%)"),
         sig("Maximilian Ferrars-Adjei, MD 10/09/2026")],
        [H1("Delivery Record"),
         RuledTable([("Fx", "Date", "CBCT Iso 1", "CBCT Iso 2", "Target A", "Target B"),
                     ("1", "10/13/2026", "approved MFA", "approved MFA", "14 Gy", "12 Gy"),
                     ("2", "10/15/2026", "approved MFA", "approved MFA", "14 Gy", "12 Gy"),
                     ("3", "10/19/2026", "approved MFA", "approved MFA", "14 Gy", "12 Gy"),
                     ("Total", "", "", "", "42 Gy", "36 Gy")]),
         P("Completed 10/19/2026 as planned: left kidney (Target A) 42 Gy in 3 fractions, right adrenal (Target B) 36 Gy in "
           "3 fractions. eGFR 44 at completion. Renal function and CT abdomen in 3 months."),
         sig("Maximilian Ferrars-Adjei, MD, Radiation Oncology 10/19/2026")],
    ], opts=dict(header=head(_c, 16, "03/15/1950")))])


# ==================================================================================================
# More cranial, a body hard negative
# ==================================================================================================

# g92_17 -- bundle (2 pdf): linac FSRS of four targets named Target 1, 2, 4, 5 ('Lesion 3' not treated); Iso 1 / Iso 2
_c = "NETHERCOTT CANCER HOSPITAL"
add(name="g92_17", kind="bundle", codes=["77373", "77435", "61796", "61797"],
    facts=F("linac", ["cranial"], 4, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal resection cavity", "cranial", S, 30, 5), L("right parietal", "cranial", S, 30, 5),
             L("left cerebellar", "cranial", S, 25, 5), L("left occipital", "cranial", S, 30, 5)],
    categories=cats(),
    notes="Two PDFs: plan report and treatment record of fractionated linac SRS for a colorectal cancer patient "
          "(pT4aN2aM1c, G2, R0 colectomy): Target 1 left frontal resection cavity, Target 2 right parietal, Target 4 "
          "left cerebellar, Target 5 left occipital; 'Lesion 3' (right frontal, 3 mm) was judged vascular on the planning "
          "MRI and not treated, so ids run 1, 2, 4, 5 for four targets; two isocentres Iso 1 / Iso 2 (not lesions); "
          "Fx 1-5 in 'Room B'. 30 Gy/5 to three targets and 25 Gy/5 to the cerebellar one.",
    docs=[
        Doc("1_plan_report.pdf", [[
            H1("Fractionated SRS - Plan Report"),
            KeyValue([("Patient / MRN", f"{patient(17)} / {mrn(17)}"), ("DOB", "06/06/1964"),
                      ("Diagnosis", "Brain metastases from sigmoid adenocarcinoma; sigmoid colectomy 2024 pT4aN2aM1c, "
                                    "G2, R0; KRAS G12C; on sotorasib (cycle 5)"),
                      ("Surgery", "Resection of left frontal metastasis 08/28/2026, gross total on post-op MRI"),
                      ("Planning MRI", "09/15/2026: 3D T1 post-contrast 1 mm, T2/FLAIR - cavity, three intact metastases; the "
                                       "3 mm right frontal focus reported on 08/20 (Lesion 3) is a cortical vein on thin slices, "
                                       "not a target"),
                      ("Planning CT", "09/16/2026, 1 mm, in thermoplastic SRS mask"),
                      ("Unit", "6 MV FFF gantry linac (Room B), HD MLC, 6DoF couch"),
                      ("Planning system", "ORRERY Cranial 3 (invented)")]),
            RuledTable([("Target", "Description", "Vol (cc)", "Rx", "Iso", "Arcs", "Coverage"),
                        ("Target 1", "Left frontal resection cavity + 2 mm", "11.7", "30 Gy / 5 fx", "Iso 1", "Arc 1-4", "97.9%"),
                        ("Target 2", "Right parietal met (1.3 cm)", "1.4", "30 Gy / 5 fx", "Iso 1", "Arc 1-4", "99.0%"),
                        ("Target 4", "Left cerebellar met (1.6 cm)", "2.2", "25 Gy / 5 fx", "Iso 2", "Arc 5-6", "98.5%"),
                        ("Target 5", "Left occipital met (0.8 cm)", "0.3", "30 Gy / 5 fx", "Iso 1", "Arc 1-4", "99.8%")]),
            RuledTable([("Structure", "Metric", "Value"),
                        ("Brain - PTVs", "V24Gy", "14.2 cc"), ("Brain - PTVs", "V28.8Gy", "8.1 cc"),
                        ("Brainstem", "D0.03cc", "17.6 Gy"), ("Optic chiasm", "D0.03cc", "3.0 Gy")]),
            P("Physics: plan check, independent dose calculation and portal dosimetry QA for both isocentres passed."),
            sig("Anneliese Prosser-Obeng, MS 09/21/2026"), sig("Valentin Haverkamp-Ruiz, MD 09/21/2026"),
        ]], opts=dict(header=head(_c, 17, "06/06/1964"))),
        Doc("2_treatment_record.pdf", [[
            H1("Treatment Record"),
            RuledTable([("Fx", "Date", "Room", "CBCT + surface guidance", "T1", "T2", "T4", "T5"),
                        ("Fx 1", "09/23/2026", "Room B", "approved VHR", "6 Gy", "6 Gy", "5 Gy", "6 Gy"),
                        ("Fx 2", "09/25/2026", "Room B", "approved VHR", "6 Gy", "6 Gy", "5 Gy", "6 Gy"),
                        ("Fx 3", "09/28/2026", "Room B", "approved VHR", "6 Gy", "6 Gy", "5 Gy", "6 Gy"),
                        ("Fx 4", "09/30/2026", "Room B", "approved VHR", "6 Gy", "6 Gy", "5 Gy", "6 Gy"),
                        ("Fx 5", "10/02/2026", "Room B", "approved VHR", "6 Gy", "6 Gy", "5 Gy", "6 Gy")]),
            P("Column key: T1 = Target 1, T2 = Target 2, T4 = Target 4, T5 = Target 5."),
            H2("Completion"),
            P("Five fractions completed 10/02/2026. Delivered: left frontal resection cavity 30 Gy, right parietal 30 Gy, left "
              "cerebellar 25 Gy, left occipital 30 Gy, all in 5 fractions. Sotorasib resumed. MRI in 8 weeks."),
            sig("Valentin Haverkamp-Ruiz, MD, Radiation Oncology 10/02/2026"),
        ]], opts=dict(header=head(_c, 17, "06/06/1964"))),
    ])

# g92_18 -- text, HARD NEGATIVE: thoracic tumour-board note, Lung-RADS 4X nodule, cT1bN0M0 presumed, SBRT discussed --
_c = "CORRINGHAM CHEST CLINIC"
add(name="g92_18", kind="ehr_text", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: multidisciplinary thoracic tumour-board note: Lung-RADS 4X RUL nodule, presumed cT1bN0M0, "
          "PET SUVmax 5.4, EBUS and navigational biopsy first; lobectomy vs SBRT 54 Gy in 3 fractions (V20 < 10% "
          "expected) discussed; radiation oncology consult to follow. Nothing simulated, planned or delivered.",
    docs=[Doc("g92_18.txt", text=f"""
CORRINGHAM CHEST CLINIC - MULTIDISCIPLINARY THORACIC TUMOR BOARD
Conference date: 06/11/2026        Recorder: Ottoline Saxby, NP
Patient: {patient(18)}        MRN: {mrn(18)}        DOB: 07/07/1946
Presenting: Hamish Adeyemi-Crowe, MD (Pulmonology)

CASE SUMMARY
80-year-old man, former smoker (52 pack-years), enrolled in lung cancer screening. LDCT 05/02/2026: 1.8 cm solid
RUL nodule (segment 2), up from 0.9 cm in 2025, spiculated - Lung-RADS 4X. PET-CT 05/20/2026: SUVmax 5.4, no
nodal or distant uptake. Presumed clinical stage cT1bN0M0 (IA2) pending tissue. FEV1 1.42 L (61%), DLCO 52%.
ECOG 1. Comorbidities: CAD with stents, CKD 3a (Cr 1.4).

DISCUSSION
- Radiology (Dr. Lindahl): morphology highly suspicious; no level 2R/4R/7 adenopathy.
- Thoracic surgery (Dr. Baptiste-Orme): borderline candidate for lobectomy; segmentectomy possible.
- Radiation oncology (Dr. Wexford-Amari): if malignant and he prefers a non-surgical option, SBRT would be
  appropriate, typically 54 Gy in 3 fractions for a peripheral tumor; lung V20 expected well under 10%.
  No simulation until tissue diagnosis and a formal consult.

RECOMMENDATIONS
1. EBUS staging of stations 4R, 7, 10R/11R and navigational bronchoscopy biopsy of the RUL nodule.
2. Re-present with pathology. Thoracic surgery and radiation oncology consultations to follow.
3. Smoking-cessation support reinforced; cardiology pre-procedure review.

No treatment has been given. This note documents a conference discussion only.
{FOOT}
""")])

# g92_19 -- dictation (txt): FSRT of a WHO grade 1 meningioma residual in the left cavernous sinus (CN III-VI), 25/5 --
_c = "BELLHAVEN NEUROSCIENCES"
add(name="g92_19", kind="dictation", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left cavernous sinus meningioma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Dictated completion summary: WHO grade 1 meningioma, Simpson grade IV resection, Ki-67 3%, residual in the "
          "left cavernous sinus (complex by location) with CN III, IV, V1, V2 and VI named in the exam; 25 Gy in 5 "
          "fractions on a gantry linac, mask, CT + MRI (T1 post-contrast, T2), 'D zero point zero three c c' optic "
          "constraints, CBCT each fraction.",
    docs=[Doc("g92_19.txt", text=f"""
BELLHAVEN NEUROSCIENCES - RADIATION ONCOLOGY
COMPLETION SUMMARY - DICTATED
Physician: Clotilde Ravensworth-Bai, MD    Dictated: 03/27/2026    Transcribed: 03/28/2026
Patient: {patient(19)}    MRN: {mrn(19)}    DOB: 04/30/1969

Doctor Ravensworth Bai dictating a completion summary for Hester Gallimore-Vane.

Diagnosis: residual left sphenoid wing and cavernous sinus meningioma, W H O grade one, Ki sixty seven three percent.

History: She presented in twenty twenty five with left retro orbital headache and intermittent diplopia. She underwent a left pterional craniotomy in September twenty twenty five with a Simpson grade four resection; the cavernous sinus component was deliberately left. Postoperative MRI in January showed two millimeters of growth of the residual, which measures two point two by one point six centimeters, wrapping the left cavernous carotid and lying four millimeters from the left optic nerve. Examination before treatment: C N three, four and six full with mild diplopia on far left gaze, C N five, V one and V two sensation slightly reduced on the left, C N two normal, visual fields full. K P S ninety.

Treatment: fractionated stereotactic radiotherapy in five fractions. She was immobilized in a thermoplastic SRS mask; a one millimeter planning CT on March ninth was fused with a planning MRI of March sixth, T one post contrast and T two. The G T V was the enhancing residual, P T V one millimeter. Twenty five gray in five fractions, five gray per fraction, prescribed to the eighty percent isodose line, with one isocenter and five VMAT arcs on our six M V gantry linac, planned in the KITTIWAKE system, which is invented. Left optic nerve D zero point zero three c c twenty two point eight gray, chiasm D zero point zero three c c eighteen point one gray, brainstem D zero point zero three c c twenty gray. The physicist, Doctor Uzoma Pettersen, performed the second check and portal dosimetry Q A, which passed. Fractions one through five were given March twentieth through March twenty seventh, each with a cone beam CT and six degree of freedom correction approved by me.

Summary: left cavernous sinus meningioma, twenty five gray in five fractions, completed March twenty seventh twenty twenty six. Diplopia unchanged, no new deficits. MRI and ophthalmology visual fields in six months.

Clotilde Ravensworth-Bai, MD - electronically signed 03/28/2026
{FOOT}
""")])

# g92_20 -- pdf EHR printout: single-fraction linac SRS, one right cerebellar metastasis; BI-RADS 5 / pT2N1a / G2 / C4D1
_c = "ELDERMERE CANCER CENTRE"
add(name="g92_20", kind="pdf", codes=["77372", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right cerebellar", "cranial", S, 20, 1)],
    categories=cats(),
    notes="EHR printout of an SRS procedure note: breast cancer found as BI-RADS 5 (2022), pT2N1a, ER+/PR+/HER2-, G2, "
          "ribociclib C4D1; one 1.4 cm right cerebellar metastasis 12 mm from the brainstem (simple); CN II-XII intact; "
          "labs; arcs Arc 1-Arc 4 with a table row number column; 20 Gy in 1 fraction on a gantry linac with a mask, "
          "CT + MRI (T1 post-contrast, T2/FLAIR), CBCT and surface guidance.",
    docs=[Doc("g92_20.pdf", [[
        H1("Procedure Note - Stereotactic Radiosurgery"),
        KeyValue([("Patient", patient(20)), ("MRN", mrn(20)), ("DOB", "10/10/1972"), ("Encounter", "Radiation Oncology, 04/21/2026"),
                  ("Author", "Cosimo Trelawny-Abara, MD"), ("Status", "Signed")]),
        H2("Oncologic history"),
        P("Left breast invasive ductal carcinoma found as a BI-RADS 5 mass in 2022; lumpectomy pT2N1a, ER+/PR+/HER2-, grade 2 "
          "(G2), adjuvant chemotherapy and whole-breast RT. Bone recurrence 2025 on letrozole/ribociclib, C4D1 on 04/06/2026. "
          "Now gait unsteadiness; MRI brain 04/09/2026: single 1.4 cm right cerebellar hemisphere metastasis, 12 mm from the "
          "brainstem, mild edema."),
        H2("Exam and labs"),
        P("KPS 90. CN II-XII intact. Mild right dysmetria. Labs 04/20/2026: WBC 3.9, Hgb 11.9, Plt 180, Cr 0.8."),
        H2("Procedure"),
        P("Thermoplastic SRS mask (made 04/14/2026). Planning CT 1 mm 04/14/2026 fused with planning MRI 04/13/2026 (3D T1 "
          "post-contrast 1 mm, T2/FLAIR). GTV contoured, PTV = GTV + 1 mm (1.62 cc). Prescription 20 Gy in 1 fraction to the "
          "80% isodose line; coverage 98.9%; brainstem Dmax 8.8 Gy; brain V12Gy 4.0 cc. Single isocentre, ORRERY Cranial 3 "
          "(invented); patient-specific QA passed (gamma 99.1%)."),
        RuledTable([("Row", "Field", "Couch", "Gantry", "MU"),
                    ("1", "Arc 1", "0", "181-179", "1410"), ("2", "Arc 2", "45", "180-30", "1102"),
                    ("3", "Arc 3", "315", "330-180", "1098"), ("4", "Arc 4", "90", "180-20", "987")]),
        P("CBCT with 6DoF correction, verified by repeat CBCT; surface guidance throughout, motion under 0.6 mm. Delivered "
          "on the 6 MV FFF gantry linac 04/21/2026 14:05-14:31 without interruption."),
        H2("Summary"),
        P("Right cerebellar metastasis: 20 Gy in a single fraction, delivered 04/21/2026. Dexamethasone 2 mg for 3 days. "
          "Continue ribociclib (C5D1 05/04/2026). MRI in 8 weeks."),
        sig("Cosimo Trelawny-Abara, MD, Radiation Oncology 04/21/2026 15:02"),
        sig("Marit Oyelaran-Voss, MS, Medical Physics 04/21/2026"),
    ]], opts=dict(header=[_c + "  -  EHR printout", f"{patient(20)}   MRN {mrn(20)}   Printed 04/22/2026 08:14"]))])


CORPUS = Corpus("blind_corpus92", "tests/blind_corpus92", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
