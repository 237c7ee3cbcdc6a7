"""Ninety-sixth blind corpus, ``tests/blind_corpus96/`` (regenerate: ``python scripts/make_corpus.py blind_corpus96``).

TUNING SET, written blind (without reading the reader's code): the role of every number.

Twenty charts crowded with numbers that are NOT this course's delivered dose or fraction count, beside the ones
that are: BED and EQD2 (with alpha/beta), organ-at-risk constraints and objectives ("cord Dmax < 14 Gy",
"V12Gy < 10 cc", "brainstem 0.03cc <= 15 Gy"), coverage and prescription isodose percentages, conformity /
gradient / homogeneity indices, dose rates (Gy/min, MU/min), a cobalt-60 source activity and calibration date,
beam-on and treatment times in minutes, monitor units, couch shifts in mm and degrees, gamma pass rates,
volumes in cc, diameters in mm and cm, ages, KPS / ECOG, laboratory values and drug doses, prior-course doses,
dates written like fractions ("12/5", "5/3/26"), clock times, phone / room / pager numbers, ICD-10 codes, CPT
unit counts, "x5" counts of things that are not fractions (x5 shifts, 5 CBCTs), "Fx 3 of 5", dose per fraction
next to the total, cGy next to Gy and numbers in words in dictations. Hard cases: a total written only as
"8 Gy x 3", a summary giving BED beside the dose, a constraints table whose largest number is a constraint, a
trigeminal-neuralgia maximum dose, a pontine target whose prescription equals the brainstem limit.

Cranial 8 (cobalt-60 frame and mask, gantry linac, ZAP-X-class gyroscopic linac), spine 4, body 6 (lung,
liver, prostate, lung + adrenal, pancreas on a robotic-arm linac); two hard negatives (a consult with a proposed
dose; a spine SBRT cancelled before simulation, with a dose-options BED table); two self-contradicting charts
(``review_expected``). Printouts / plan reports / physics notes, dictations and EHR text exports, and bundles of
2-3 files (.pdf / .txt). Every clinic, clinician and system is invented.

Gold labels are written by hand from what the chart says, ../shared/corpus/README.md and the contract: only
THIS course's lesions, delivered total dose and fractions per lesion.
"""

# ruff: noqa: E501  (dictations are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

PATIENTS = [("XANDERLY", "ROSAMUND"), ("XAVIERO", "DESMOND"), ("XIMENO-BRACE", "LETITIA"), ("XENAKOS", "HUMPHREY"),
            ("XERXALL", "MARGERY"), ("XIBERTA", "LEOPOLD"), ("XANTHOPE", "GWENDOLINE"), ("XEMBRY", "BARNABY"),
            ("XIMBALD", "CORDELIA"), ("XYLANDER", "ERASMUS"), ("XAVELLE", "PRUDENCE"), ("XENWICK", "OSWIN"),
            ("XERICOTT", "HONORIA"), ("XIRGOLD", "SEPTIMUS"), ("XANDOVAL", "MIRABEL"), ("XEBORNE", "TOBIAS"),
            ("XILVERTON", "ARABELLA"), ("XAMBRAY", "FITZROY"), ("XOLOTHY", "DULCIE"), ("XIANBRIDGE", "WENDELL")]


def patient(n: int) -> str:
    last, first = PATIENTS[n - 1]
    return f"{last}, {first}"


def mrn(n: int) -> str:
    return f"SYN-96{n:03d}"


def head(clinic: str, n: int, dob: str, extra: str = "") -> list[str]:
    return [clinic, f"{patient(n)}   MRN {mrn(n)}   DOB {dob}" + (f"   {extra}" if extra else "")]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# x96_01 -- pdf: cobalt-60 frame SRS, 2 lesions 20 / 18 Gy at 50%; max doses 40 / 36 Gy, source activity, minutes --
_c = "ASHGROVE NEUROSCIENCES - RADIOSURGERY (invented)"
add(name="x96_01", kind="pdf", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 2, 1, ["MRI"], ["frame"]),
    lesions=[L("left occipital", "cranial", S, 20, 1), L("right cerebellar", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Cobalt-60 dose plan printout and treatment record, DOS 3/9/26: two metastases, 20 Gy and 18 Gy to the "
          "50% isodose (maximum doses 40 and 36 Gy are the largest numbers in the target table). Noise: source "
          "activity in TBq with its calibration date, dose rate 2.412 Gy/min, treatment times in minutes, shot "
          "count, Paddick CI / GI, V12Gy in cc, brainstem constraint 15 Gy, KPS 80, dexamethasone 4 mg, room number.",
    docs=[Doc("x96_01.pdf", [
        [H1("Radiosurgery Dose Plan and Treatment Record"),
         KeyValue([("Patient", f"{patient(1)}   {mrn(1)}   Age 63"), ("Date of service", "3/9/26"),
                   ("Diagnosis", "C79.31 brain metastases; primary C34.12 (NSCLC, LUL)"),
                   ("Unit", "Leksell-type cobalt-60 unit, 192 sources (Room G-114)"),
                   ("Source activity", "2,148 TBq (58.1 kCi) at calibration 11/3/25; output factor updated 2/27/26"),
                   ("Calibration dose rate", "2.412 Gy/min (16 mm collimator, 3/9/26, decay-corrected)"),
                   ("Fixation", "Stereotactic head frame, 4 pins, local 10 mL 1% lidocaine + 10 mL 0.5% bupivacaine"),
                   ("Imaging", "Stereotactic MRI 3/9/26: T1 post-gadolinium 1 mm, T2 2 mm, fiducial error 0.4 mm"),
                   ("Planning", "HARRIER GammaPlan-compatible TPS 11.4 (invented)")]),
         RuledTable([("Target", "Diam (mm)", "Vol (cc)", "Rx dose", "Isodose", "Max dose", "Coverage", "Paddick CI", "GI", "Shots"),
                     ("L occipital", "14", "1.21", "20.0 Gy", "50%", "40.0 Gy", "98.6%", "0.81", "2.74", "6"),
                     ("R cerebellar", "11", "0.58", "18.0 Gy", "50%", "36.0 Gy", "99.1%", "0.77", "2.91", "4")]),
         RuledTable([("Structure", "Objective", "Planned"),
                     ("Brainstem", "D0.03cc <= 15 Gy", "9.7 Gy"),
                     ("Optic chiasm", "Dmax < 8 Gy", "1.4 Gy"),
                     ("Normal brain", "V12Gy < 10 cc", "3.8 cc"),
                     ("Cochlea R", "Dmean < 4 Gy", "2.2 Gy")]),
         P("Estimated treatment time 47.3 min at today's dose rate (L occipital 26.1 min, R cerebellar 21.2 min). "
           "Independent treatment-time calculation agrees within 0.9%. Frame co-ordinates of all 10 shots verified "
           "at the couch by two people."),
         sig("Ignatius Fairweather, PhD, DABR, Radiosurgery Physics 3/9/26 10:52"),
         sig("Celestine Oduya-March, MD, Radiation Oncology 3/9/26 10:58"),
         sig("Bartholomew Quince, MD, Neurosurgery 3/9/26 11:01")],
        [H1("Treatment Record"),
         TextTable([("Event", "Time"), ("Frame applied (Pre-op room 3)", "07:35"), ("MRI completed", "08:20"),
                    ("Plan approved", "11:01"), ("Beam on", "11:24"), ("Beam off", "12:19 (one 6 min pause: patient cough)"),
                    ("Frame removed", "12:31")], columns=(0, 220)),
         P("Both targets treated in one session: left occipital 20 Gy (50% IDL), right cerebellar 18 Gy (50% IDL). "
           "Actual beam-on time 48.9 min. Pre-medication dexamethasone 4 mg IV and ondansetron 4 mg IV at 07:15. "
           "KPS 80 before and after. Discharged 13:40; call 555-0198 (radiosurgery nurse line) with headache or seizure."),
         P("Follow-up MRI in 6-8 weeks. Next systemic cycle (carboplatin AUC 5 / pemetrexed 500 mg/m2) 3/16/26."),
         sig("Celestine Oduya-March, MD 3/9/26 12:40")],
    ], opts=dict(header=head(_c, 1, "05/14/1962")))])

# x96_02 -- dictation (text): linac SRS, one lesion, numbers in words; prior SRS twenty-one gray ------------------
add(name="x96_02", kind="dictation", codes=["77372", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right parietal", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Dictated SRS procedure note, numbers in words: twenty gray in a single fraction to the eighty percent "
          "isodose (maximum twenty five gray) to a 1.9 cm right parietal metastasis on a gantry linac, mask, CT + "
          "MRI. Noise in words: age seventy-one, KPS seventy, a prior SRS of twenty-one gray (2024, different "
          "lesion), dexamethasone four milligrams twice a day, pembrolizumab two hundred milligrams every three "
          "weeks, two thousand four hundred and twelve monitor units, four arcs, one point one millimeter shift.",
    docs=[Doc("x96_02.txt", text=f"""
BRIARCLIFF REGIONAL CANCER CENTER (invented) - RADIATION ONCOLOGY
DICTATED PROCEDURE NOTE - STEREOTACTIC RADIOSURGERY
Patient: {patient(2)}   MRN: {mrn(2)}   DOB: 08/30/1954
Dictated by: Anselm Vandergriff, MD   Date of service: 04/21/2026   Dictated 04/21/2026 17:05   Job #88213

This is Doctor Vandergriff dictating a radiosurgery procedure note on Desmond Xaviero, a seventy-one year old gentleman with metastatic melanoma, BRAF wild type, on pembrolizumab two hundred milligrams every three weeks since last June. He had radiosurgery with me in September twenty twenty four to a left frontal metastasis, twenty-one gray in one fraction, which has resolved. His restaging MRI on April ninth showed a new one point nine centimeter right parietal lesion with moderate vasogenic edema. He was started on dexamethasone four milligrams twice a day, now tapering to two milligrams daily. Karnofsky seventy, mild left hand clumsiness.

Simulation was April fourteenth in a frameless thermoplastic mask with a one millimeter contrast CT, fused to a volumetric post contrast MRI from April thirteenth. The gross tumor volume was eleven point four cc, excuse me, one point four cc, with a one millimeter margin to the planning target volume of one point nine cc. The plan used four non coplanar dynamic conformal arcs at couch angles of zero, forty-five, three hundred fifteen and ninety degrees, two thousand four hundred and twelve monitor units in total at fourteen hundred monitor units per minute.

Prescription: twenty gray in a single fraction to the eighty percent isodose line, maximum point dose twenty five gray, ninety eight point seven percent of the target covered by the prescription dose. Normal brain V twelve was four point eight cc, under our limit of ten cc. Brainstem maximum six point one gray. Physics performed a secondary monitor unit check, two point one percent difference, and portal dosimetry with a gamma pass rate of ninety nine point two percent at three percent two millimeters.

Today the patient was set up in his mask, a cone beam CT was matched and a six degree of freedom shift of one point one millimeters and zero point four degrees was applied, which I approved, and a stereoscopic kV pair confirmed the position before each arc. He received the full twenty gray to the right parietal lesion in one fraction, beam on time about six minutes, with no complications.

Plan: continue dexamethasone two milligrams daily for five days then stop. Pembrolizumab cycle twenty-one is due April twenty-eighth and may proceed. MRI in eight weeks. The nurse line is five five five zero one three seven.

Anselm Vandergriff, MD
{FOOT}
""")])

# x96_03 -- pdf: linac FSRT cavity 30 Gy/5 (6 Gy x 5); BED10 48 / EQD2 40 Gy in the header; daily log in cGy --------
_c = "LOWFIELD ONCOLOGY PARTNERS - STEREOTACTIC SERVICE (invented)"
add(name="x96_03", kind="pdf", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal resection cavity", "cranial", S, 30, 5)],
    categories=cats(),
    notes="Fractionated SRS of a 2.9 cm left frontal resection cavity, 30 Gy in 5 fractions of 6 Gy on a gantry linac "
          "with mask, CT + MRI. The prescription block gives BED10 48.0 Gy and EQD2(10) 40.0 Gy beside the dose; the "
          "daily log is in cGy (600 per fx, cumulative 3000) with 'Fx 3 of 5', MU per fraction 1,874 and couch shifts "
          "in mm and degrees; the 5 CBCTs and 5 shifts are not extra fractions. Pre-operative size 3.8 cm is history "
          "(cavity 2.9 cm: simple).",
    docs=[Doc("x96_03.pdf", [
        [H1("Fractionated Stereotactic Radiotherapy - Plan Summary"),
         KeyValue([("Patient", f"{patient(3)}   {mrn(3)}"), ("Age / sex", "58 F"), ("ECOG", "1"),
                   ("Diagnosis", "C79.31; resected left frontal metastasis (breast, HER2+) 2/3/26, pre-op 3.8 cm"),
                   ("Target", "Left frontal resection cavity, max diameter 2.9 cm, CTV 9.6 cc, PTV (CTV + 2 mm) 14.2 cc"),
                   ("Machine", "Edge-class 6 MV FFF linac, HD-MLC, 6DoF couch, 1400 MU/min"),
                   ("Immobilization", "Encompass-style thermoplastic SRS mask"),
                   ("Imaging", "CT sim 3/2/26 (1 mm), MRI T1 post-Gd 2/28/26, rigid registration"),
                   ("Planning", "PIPIT TPS 17 (invented), 3 VMAT arcs incl. 2 couch kicks (30, 330 deg)")]),
         H2("Prescription"),
         P("PTV_cavity: 30 Gy in 5 fractions (6 Gy/fx), normalised so that 99.2% of the PTV receives 100% (Rx isodose "
           "approx. 81% of max). BED (a/b = 10) 48.0 Gy; EQD2 (a/b = 10) 40.0 Gy; EQD2 (a/b = 2) 60.0 Gy."),
         RuledTable([("OAR", "Constraint (5 fx)", "Achieved"), ("Brainstem", "D0.03cc < 31 Gy", "11.8 Gy"),
                     ("Chiasm", "D0.03cc < 25 Gy", "4.2 Gy"), ("Optic nerve L", "D0.03cc < 25 Gy", "6.9 Gy"),
                     ("Brain - PTV", "V24Gy < 16.8 cc", "9.1 cc"), ("Brain - PTV", "V30Gy", "2.4 cc")]),
         P("Plan QA 3/5/26: secondary MU calculation -1.3%; ArcCHECK-type measurement gamma 3%/2mm 98.7%, 2%/1mm 94.1%. "
           "Homogeneity index 1.23, Paddick CI 0.84, GI 3.1."),
         sig("Ferdinand Okonkwo-Lisle, MD 3/5/26"), sig("Heloise Crandall, MS, DABR 3/5/26")],
        [H1("Daily Treatment Record"),
         RuledTable([("Fx", "Date", "Dose (cGy)", "Cum (cGy)", "MU", "CBCT shift (mm / deg)", "Approved"),
                     ("Fx 1 of 5", "3/9", "600", "600", "1,874", "1.2 / 0.5", "FOL 08:12"),
                     ("Fx 2 of 5", "3/10", "600", "1200", "1,874", "0.8 / 0.3", "FOL 08:05"),
                     ("Fx 3 of 5", "3/11", "600", "1800", "1,874", "1.6 / 0.9", "FOL 08:20"),
                     ("Fx 4 of 5", "3/12", "600", "2400", "1,874", "0.7 / 0.2", "HC 08:09"),
                     ("Fx 5 of 5", "3/13", "600", "3000", "1,874", "0.9 / 0.4", "FOL 08:14")]),
         P("CBCT x5 (one per fraction), 6DoF shifts x5 approved before beam on. Average beam-on time 2.9 min. "
           "Dexamethasone 2 mg daily during treatment."),
         H2("Completion"),
         P("Completed 3/13/26 as prescribed: left frontal cavity 3000 cGy in 5 fractions. Next trastuzumab deruxtecan "
           "5.4 mg/kg on 3/20. MRI 6 weeks."),
         sig("Ferdinand Okonkwo-Lisle, MD 3/13/26")],
    ], opts=dict(header=head(_c, 3, "10/02/1967")))])

# x96_04 -- bundle (3 files): linac single-isocentre SRS to 4 lesions (20/20/18/15 Gy), pontine target = 15 Gy -----
_c = "KESTREL BAY CANCER INSTITUTE (invented)"
add(name="x96_04", kind="bundle", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 4, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal", "cranial", S, 20, 1), L("right temporal", "cranial", S, 20, 1),
             L("left cerebellar", "cranial", S, 18, 1), L("pons", "cranial", C, 15, 1)],
    categories=cats(),
    notes="Three-file bundle (plan report PDF, physics note TXT, treatment record PDF), DOS 05/07/2026: single-"
          "isocentre linac SRS to four metastases, 20 / 20 / 18 Gy and 15 Gy to a 7 mm pontine lesion (complex: "
          "within the brainstem). The brainstem limit 'D0.03cc <= 15 Gy' equals the pontine Rx; V12Gy per lesion, "
          "MU per arc (total 6,318), 6 couch angles, 1400 MU/min, gamma 3%/2mm 98.7%, off-axis distances and "
          "optic-tract distances in mm are noise. 61798 (first complex) + 61797 fit.",
    docs=[
        Doc("1_plan_report.pdf", [[
            H1("Multi-Target SRS Plan Report"),
            KeyValue([("Patient", f"{patient(4)}   {mrn(4)}"), ("Plan", "MMETS_4T_v2 (approved)"),
                      ("Treatment date", "05/07/2026"), ("Machine", "TrueBeam-class 6 MV FFF, HD MLC, 1400 MU/min"),
                      ("Immobilization", "Open-face thermoplastic mask with bite block"),
                      ("Images", "CT 1 mm (04/29/2026) + MRI 3D T1 post-Gd 0.9 mm (04/28/2026), rigid fusion, TRE 0.6 mm"),
                      ("Planning system", "GANNET Multi-Met 3.1 (invented), one isocentre, 6 arcs at couch 0/20/45/315/340/90")]),
            RuledTable([("Target", "Max diam", "GTV (cc)", "PTV margin", "Rx", "Rx IDL", "Cov.", "V12Gy (cc)", "CI"),
                        ("PTV1 L frontal", "1.6 cm", "1.10", "1 mm", "20 Gy", "80%", "99.0%", "2.9", "1.12"),
                        ("PTV2 R temporal", "12 mm", "0.52", "1 mm", "20 Gy", "82%", "98.4%", "1.6", "1.18"),
                        ("PTV3 L cerebellar", "2.1 cm", "2.31", "1 mm", "18 Gy", "80%", "98.1%", "4.4", "1.15"),
                        ("PTV4 pons", "7 mm", "0.14", "0 mm", "15 Gy", "85%", "97.2%", "0.6", "1.31")]),
            RuledTable([("OAR", "Limit", "Result"), ("Brainstem minus PTV4", "D0.03cc <= 15 Gy", "14.6 Gy"),
                        ("Brainstem minus PTV4", "V10Gy < 0.5 cc", "0.41 cc"), ("Optic chiasm", "Dmax < 8 Gy", "3.3 Gy"),
                        ("Brain minus PTVs", "V12Gy < 10 cc (sum)", "8.8 cc"), ("Cochleae", "Dmax < 9 Gy", "4.0 Gy")]),
            P("PTV2 edge to right optic tract 19 mm, to chiasm 23 mm (not perioptic). Total MU 6,318 "
              "(arc 1 1,204; arc 2 1,117; arc 3 986; arc 4 1,052; arc 5 1,011; arc 6 948)."),
            sig("Rowena Delacourt-Ibe, MD 05/05/2026 15:20"), sig("Ptolemy Garside, MS, DABR 05/05/2026 15:44"),
        ]], opts=dict(header=head(_c, 4, "01/19/1959"))),
        Doc("2_physics_note.txt", text=f"""
KESTREL BAY CANCER INSTITUTE - MEDICAL PHYSICS NOTE
{patient(4)}   {mrn(4)}   Plan MMETS_4T_v2   Note date 05/06/2026 09:40   Room: Vault 2, ext. 4471

Pre-treatment QA for single-isocentre 4-target SRS.
- Independent MU/dose calculation (second-check system): point doses within -1.8% / +0.9% / +1.2% / -2.4% per target.
- Measured: film + ion chamber at PTV1 and PTV3; chamber 0.125 cc, -1.1%. Gamma (3%/2mm, 10% threshold) 98.7%;
  (2%/1mm) 93.9%. Passes institutional action level of 95% at 3%/2mm.
- Off-axis distance of PTV4 from isocentre 4.1 cm; PTV2 6.3 cm. Rotational tolerance at treatment 0.5 deg.
- End-to-end (hidden target) test 05/01/2026: 0.6 mm.
- Couch: 6DoF; max correction allowed 3 mm / 1.5 deg before re-imaging.
Conclusion: plan deliverable as approved; 4 targets, 1 fraction.
Ptolemy Garside, MS, DABR
{FOOT}
"""),
        Doc("3_treatment_record.pdf", [[
            H1("SRS Treatment Record - 05/07/2026"),
            RuledTable([("Time", "Event"), ("07:58", "Mask on, CBCT 1: shift 1.4 mm lat, 0.6 mm vert, 0.8 deg pitch - MD approved"),
                        ("08:06", "Arcs 1-2 (couch 0, 20)"),
                        ("08:11", "Couch 45: stereoscopic kV verification 0.3 mm; arc 3"),
                        ("08:15", "Couch 315 / 340 / 90: kV pair at each couch angle (x5 total), arcs 4-6"),
                        ("08:29", "CBCT 2 post-treatment: 0.4 mm")]),
            TextTable([("Target", "Delivered (1 fx)"), ("Left frontal", "20 Gy"), ("Right temporal", "20 Gy"),
                       ("Left cerebellar", "18 Gy"), ("Pons", "15 Gy")], columns=(0, 200)),
            P("All four lesions treated in a single fraction; beam-on 9.6 min, room time 41 min. KPS 90, on "
              "dexamethasone 2 mg since 4/30. No acute events. MRI 8 weeks; osimertinib 80 mg daily continues."),
            sig("Rowena Delacourt-Ibe, MD 05/07/2026 08:52"),
        ]], opts=dict(header=head(_c, 4, "01/19/1959"))),
    ])

# x96_05 -- pdf: cobalt-60 frame radiosurgery for trigeminal neuralgia, 80 Gy maximum dose to the 100% isodose ----
_c = "MEREDITH HALL NEUROSURGERY (invented)"
add(name="x96_05", kind="pdf", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Functional cobalt-60 radiosurgery for right trigeminal neuralgia, DOS 02/17/2026: 80 Gy maximum dose "
          "(100% isodose) with one 4 mm shot, frame, MRI (CISS) + stereotactic CT. Numbers around it: the 50% "
          "isodose is 40 Gy, brainstem surface 12.6 Gy (limit 15 Gy), 8 mm from the root entry zone, BNI pain "
          "score IV, carbamazepine 400 mg bid, age 77, source calibration date, treatment time 61.4 min.",
    docs=[Doc("x96_05.pdf", [
        [H1("Functional Radiosurgery - Trigeminal Neuralgia"),
         KeyValue([("Patient", f"{patient(5)}   {mrn(5)}   77 y"), ("Date of service", "02/17/2026"),
                   ("Diagnosis", "G50.0 trigeminal neuralgia, right V2/V3, BNI pain IV"),
                   ("Medication history", "Carbamazepine 400 mg bid (hyponatraemia Na 129), gabapentin 900 mg/day, "
                    "baclofen 10 mg tid: failed or not tolerated; microvascular decompression declined"),
                   ("Unit", "Cobalt-60 radiosurgery unit, 192 sources, activity recalibrated 01/06/2026"),
                   ("Frame", "Stereotactic head frame, 4 pins (applied 07:10)"),
                   ("Imaging", "Stereotactic MRI CISS 0.6 mm + T1 post-Gd; stereotactic CT 1 mm (bone/ fiducial check), fused"),
                   ("Plan", "One isocentre, 4 mm collimator, sector 3 and 4 plugged; target right trigeminal nerve, "
                    "8 mm anterior to the root entry zone")]),
         H2("Dose"),
         P("Maximum dose 80 Gy (100% isodose). 50% isodose (40 Gy) just tangent to the pons; brainstem D0.03cc 12.6 Gy "
           "(limit 15 Gy); brainstem surface 20% isodose (16 Gy) contour reviewed. Treatment time 61.4 min at "
           "1.303 Gy/min (decay-corrected)."),
         sig("Aurelian Fitch-Morrow, MD (Neurosurgery) 02/17/2026 09:55"),
         sig("Griselda Hartwell, PhD (Physics) 02/17/2026 10:02: treatment-time independent check 0.7%, "
             "frame co-ordinates X 131.2 Y 97.8 Z 118.4 verified")],
        [H1("Procedure Note"),
         P("Right trigeminal radiosurgery delivered in one session, 10:21 - 11:24, 80 Gy maximum dose with a single "
           "4 mm shot. Frame removed 11:35; pin sites dressed. Continue carbamazepine 400 mg bid; taper to be "
           "discussed at 3 months. Pain relief expected in 4-12 weeks; numbness risk about 10-15%. Clinic room 6, "
           "follow-up 05/19/2026."),
         sig("Aurelian Fitch-Morrow, MD 02/17/2026 11:50")],
    ], opts=dict(header=head(_c, 5, "06/11/1948")))])

# x96_06 -- EHR text export: gyroscopic linac SRS of vestibular schwannoma 12 Gy at 50%; 61796 claimed (complex) ---
add(name="x96_06", kind="ehr_text", codes=["77372", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    notes="EHR text export of a single-session SRS on a self-shielded gyroscopic 2.7 MV linac (ZAP-X class): left "
          "vestibular schwannoma, 12 Gy to the 50% isodose (max 24 Gy), mask, CT + MRI. Noise: Koos 2, 1.6 cm, "
          "PTA 35 dB / WRS 88%, cochlea Dmean 3.9 Gy (< 4 Gy), 82 isocentres, 1,500 MU/min, 38 min, 12/5 clinic date "
          "and an ICD-10 D33.3 line. Claimed 61796 is wrong (schwannoma is complex).",
    docs=[Doc("x96_06.txt", text=f"""
=== EHR EXPORT :: HOLLOWAY PARK RADIOSURGERY (invented) :: printed 04/02/2026 14:30 ===
PATIENT: {patient(6)} | MRN: {mrn(6)} | DOB: 07/07/1971 | SEX: M | AGE: 54
ENCOUNTER: SRS TREATMENT | DOS: 03/31/2026 | LOC: Radiosurgery Suite B, Bldg 4 | PH: 555-0102

--- PROBLEM LIST ---
D33.3  Benign neoplasm of cranial nerves (left vestibular schwannoma), Koos grade 2
H91.22 Sudden idiopathic hearing loss, left (2024) - resolved partially
Audiogram 11/20/2025: L PTA 35 dB, WRS 88% (Gardner-Robertson class I); R PTA 10 dB

--- HISTORY (from consult 12/5) ---
Tumor grew from 1.2 to 1.6 cm (max extracanalicular diameter) over 14 months; volume 0.94 cc. Patient chose
radiosurgery over observation and microsurgery.

--- PLAN ---
Unit ........................ Self-shielded gyroscopic 2.7 MV linac radiosurgery system (ZAP-X class)
Immobilization .............. Thermoplastic head mask, head support #3
Imaging ..................... Planning CT 03/24/2026 0.7 mm + MRI 03/23/2026 (T1 post-Gd, CISS 0.5 mm), fused
Planning system ............. WAGTAIL Gyro-Plan 2.0 (invented)
Isocentres / beams .......... 82 isocentres, 7.5 mm and 5 mm collimators, 1,146 beams
Prescription ................ 12 Gy to the 50% isodose line, single fraction; maximum 24 Gy
Coverage .................... 98.9% of target volume; Paddick CI 0.78; GI 2.88
Cochlea L ................... Dmean 3.9 Gy (objective < 4 Gy); Dmax 6.4 Gy
Brainstem ................... D0.03cc 10.8 Gy (limit 12.5 Gy)
Facial nerve (est.) ......... 11.7 Gy
Trigeminal nerve L .......... 8.2 Gy
Dose rate ................... 1,500 MU/min nominal

--- PHYSICS ---
Secondary dose calc: -1.4% | Film QA gamma 2%/1mm 96.2% | Winston-Lutz 0.4 mm (03/30/2026)
Signed: Benedikt Saltmarsh, MS, DABR 03/30/2026 16:12

--- TREATMENT 03/31/2026 ---
08:02 kV imaging pair #1: 0.9 mm, 0.3 deg -> corrected
08:10-08:48 delivery; kV pair every 30 beams (38 images total), max intrafraction drift 0.6 mm
Total treatment time 38 min. 12 Gy delivered to the left vestibular schwannoma (50% IDL), 1 of 1.
Dexamethasone 4 mg PO x1 given pre-treatment. No nausea. Discharged 09:20.

--- PHYSICIAN ---
Completed single-session radiosurgery as planned. Audiogram and MRI at 6 months.
Signed: Cassia Montrose-Adeyemi, MD (Radiation Oncology) 03/31/2026 09:31

--- CHARGES QUEUED ---
77372 x1 | 77432 x1 | 61796 x1 (neurosurgery, Dr. L. Penberthy)
{FOOT}
""")])

# x96_07 -- bundle (2 files): cobalt-60 mask FSRS, "8 Gy x 3" (large lesion) and "9 Gy x 3"; no total written -----
_c = "ST. ODRAN'S HOSPITAL - GAMMA RADIOSURGERY (invented)"
add(name="x96_07", kind="bundle", codes=["77373", "77435", "61798", "61797"],
    facts=F("cobalt60", ["cranial"], 2, 3, ["MRI"], ["mask"]),
    lesions=[L("left temporal", "cranial", C, 24, 3), L("right occipital", "cranial", S, 27, 3)],
    categories=cats(),
    notes="Two-file bundle: plan printout (PDF) and a fraction log (TXT) of fractionated cobalt-60 SRS with a mask "
          "and CBCT (Icon-type unit), DOS 1/12-1/16/26. The doses are written only per fraction: left temporal "
          "'8 Gy x 3' (3.6 cm, complex by size) and right occipital '9 Gy x 3'; delivered totals 24 and 27 Gy. Noise: "
          "BED10 43.2 / 51.3 Gy, V12Gy, a 'V20Gy <= 20 cc' objective, HDMM threshold 1.5 mm, 3 CBCTs per day, "
          "source activity, minutes per fraction.",
    docs=[
        Doc("1_plan_printout.pdf", [[
            H1("Fractionated Radiosurgery Plan"),
            KeyValue([("Patient", f"{patient(7)}   {mrn(7)}"), ("Course", "FSRS x3, 1/12/26 - 1/16/26"),
                      ("Unit", "Cobalt-60 radiosurgery unit with CBCT and infrared nose-marker motion management"),
                      ("Fixation", "Thermoplastic mask (frameless), nose marker; HDMM threshold 1.5 mm"),
                      ("Reference imaging", "MRI 1/8/26 (T1 3D post-Gd 1 mm), co-registered to stereotactic CBCT each day"),
                      ("Source", "Activity at 1/12/26: 1,702 TBq; dose rate 2.05 Gy/min (16 mm)"),
                      ("Planner", "GammaPlan-class TPS (version 11.3)")]),
            RuledTable([("Target", "Size", "Volume", "Dose / fx", "Fx", "Isodose", "Cov.", "BED10"),
                        ("L temporal (T1)", "3.6 x 3.1 cm", "14.8 cc", "8 Gy", "x 3", "48%", "97.0%", "43.2 Gy"),
                        ("R occipital (T2)", "1.4 cm", "1.3 cc", "9 Gy", "x 3", "50%", "98.5%", "51.3 Gy")]),
            RuledTable([("Objective (3 fx)", "Planned"), ("Brainstem D0.1cc <= 23.1 Gy", "9.2 Gy"),
                        ("Optic pathway Dmax <= 17.4 Gy", "2.6 Gy"), ("Brain V20Gy <= 20 cc", "17.9 cc"),
                        ("Brain V12Gy (informational)", "41.2 cc")]),
            P("Planned treatment time per fraction 34-38 min (T1 27 shots, T2 8 shots). Physics independent check "
              "of treatment time 1.1%; QA of CBCT-to-plan registration passed 1/9/26."),
            sig("Hyacinth Cordero-Blythe, MD 1/9/26"), sig("Lorcan Whitlock, PhD 1/9/26"),
        ]], opts=dict(header=head(_c, 7, "04/25/1955"))),
        Doc("2_fraction_log.txt", text=f"""
ST. ODRAN'S GAMMA RADIOSURGERY - FRACTION LOG
{patient(7)}  {mrn(7)}
Rx: T1 L temporal 8 Gy x 3 @48% | T2 R occipital 9 Gy x 3 @50%

FX  DATE     CBCT (pre/mid/post)   SHIFT      HDMM PAUSES   BEAM-ON   T1      T2     THER
1   1/12/26  3 scans               0.7 mm     2             37.4 min  8 Gy    9 Gy   MK/AD
2   1/14/26  3 scans               1.1 mm     0             36.0 min  8 Gy    9 Gy   MK/AD
3   1/16/26  3 scans               0.5 mm     1             38.9 min  8 Gy    9 Gy   RB/AD
Each fraction: stereotactic CBCT co-registered to planning MRI, dose re-calculated on the day's position,
reviewed by MD and physicist before treatment. 9 CBCTs in total.

Course complete 1/16/26, all 3 fractions to both targets. Levetiracetam 500 mg bid continues;
dexamethasone 4 mg taper over 10 days. MRI in 6 wks. - H. Cordero-Blythe MD 1/16/26 15:05
{FOOT}
"""),
    ])

# x96_08 -- pdf, CONTRADICTION: linac SRS 18 Gy to 80% (max 22.5 Gy); completion summary states 22.5 Gy ---------
_c = "GREYSTONE MEDICAL CENTER - RADIATION ONCOLOGY (invented)"
add(name="x96_08", kind="pdf", codes=["77372", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left parietal", "cranial", S, 18, 1)],
    categories=cats(),
    contradiction="The completion summary says 22.5 Gy was delivered to the left parietal lesion, while the prescription and the treatment record give 18 Gy (1800 cGy) to the 80% isodose, 22.5 Gy being the plan maximum.",
    notes="Linac SRS of a 2.6 cm left parietal metastasis, DOS 06/02/2026: prescription and treatment record 18 Gy "
          "x 1 to the 80% isodose line (1800 cGy delivered), plan maximum 22.5 Gy; the completion summary's table "
          "states 'Dose delivered 22.5 Gy' (the max dose). Gold follows the record: 18 Gy in 1.",
    docs=[Doc("x96_08.pdf", [
        [H1("Stereotactic Radiosurgery - Prescription and Plan"),
         KeyValue([("Patient", f"{patient(8)}   {mrn(8)}"), ("Age / KPS", "66 / 80"),
                   ("Diagnosis", "C79.31 (renal cell carcinoma, clear cell)"),
                   ("Target", "Left parietal metastasis, 2.6 x 2.2 x 2.0 cm, GTV 5.9 cc, PTV (1 mm) 7.4 cc"),
                   ("Prescription", "18 Gy x 1 fx to the 80% isodose line (PTV D98 >= 18 Gy); Dmax 22.5 Gy (125%)"),
                   ("Machine", "Novalis-type 6 MV linac, 2.5 mm MLC, ExacTrac-type stereoscopic kV"),
                   ("Immobilization", "Frameless thermoplastic mask"),
                   ("Imaging", "CT sim 05/27/2026 + MRI 05/26/2026 fused (Elements-type planning, invented v4.1)"),
                   ("Beams", "5 dynamic conformal arcs, 2,956 MU")]),
         RuledTable([("Structure", "Constraint", "Result"), ("Brain - GTV", "V12Gy < 10 cc", "9.3 cc"),
                     ("Brain - GTV", "V10Gy", "12.6 cc"), ("Brainstem", "Dmax < 15 Gy", "3.9 Gy"),
                     ("Chiasm", "Dmax < 8 Gy", "0.9 Gy")]),
         P("V12Gy close to limit accepted given lesion size; a 3 x 9 Gy option (BED10 51.3 Gy) was discussed and "
           "declined by the patient (travel). Physics: independent MU check 1.7%, end-to-end 0.5 mm."),
         sig("Leocadia Brandt-Okafor, MD 05/29/2026"), sig("Emrys Tallowfield, MS 05/29/2026")],
        [H1("Treatment Record 06/02/2026"),
         RuledTable([("Fx", "Date", "Time", "Dose (cGy)", "MU", "Imaging"),
                     ("1 of 1", "06/02/2026", "13:05 - 13:22", "1800", "2,956", "CBCT + kV pairs x5 (each arc), shifts approved")]),
         H2("Completion Summary"),
         TextTable([("Lesion", "Dose delivered", "Fractions", "Date"), ("Left parietal", "22.5 Gy", "1", "06/02/2026")],
                   columns=(0, 140, 260, 340)),
         P("Tolerated well. Resume cabozantinib 40 mg daily 06/05. MRI in 8 weeks."),
         sig("Leocadia Brandt-Okafor, MD 06/03/2026")],
    ], opts=dict(header=head(_c, 8, "12/12/1959")))])


# ==================================================================================================
# Spine
# ==================================================================================================

# x96_09 -- pdf: T8 SBRT 24 Gy/2; constraints cord 17 Gy / 0.03cc 14 Gy, BED, SINS, Bilsky, labs, prior 30 Gy/10 ---
_c = "NORTHGATE UNIVERSITY HOSPITAL - SPINE RADIOSURGERY (invented)"
add(name="x96_09", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T8", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Spine SBRT plan and record: T8 metastasis (Bilsky 1b, SINS 8), 24 Gy in 2 fractions of 12 Gy on a gantry "
          "linac, vacuum cushion, CT + MRI, DOS 04/14 and 04/15/2026. Noise: cord constraints 17 Gy / 14 Gy, BED10 "
          "52.8 Gy, EQD2(2) cord, a prior 30 Gy/10 course at L2 (different level), ECOG 1, Hb 11.2, platelets "
          "184, denosumab 120 mg, 2 x 1,932 MU, shifts in mm/deg, gamma 3%/2mm 99.4%.",
    docs=[Doc("x96_09.pdf", [
        [H1("Spine SBRT Plan Summary - T8"),
         KeyValue([("Patient", f"{patient(9)}   {mrn(9)}   F 61 y   ECOG 1"),
                   ("Indication", "C79.51 T8 vertebral body + R pedicle metastasis (breast, ER+/HER2-), Bilsky 1b, SINS 8"),
                   ("Prior RT", "L2 30 Gy / 10 fx conventional (08/2024, other institution) - no overlap with T8"),
                   ("Labs 04/06/2026", "Hb 11.2 g/dL, Plt 184 x10^9/L, Cr 0.8 mg/dL"),
                   ("Systemic", "Letrozole 2.5 mg daily, palbociclib 125 mg d1-21, denosumab 120 mg q4w"),
                   ("Immobilization", "Full-body vacuum cushion, arms above head"),
                   ("Imaging", "CT sim 04/07/2026 1.25 mm; MRI T-spine 04/03/2026 T1/T2/STIR + CT myelogram not needed; rigid fusion"),
                   ("Machine / TPS", "TrueBeam-class 6 MV FFF, 2 VMAT arcs / ROBIN Spine TPS 6.0 (invented)")]),
         H2("Prescription"),
         P("PTV_T8 24 Gy in 2 fractions (12 Gy per fraction), D90 >= 100%; GTV D95 25.1 Gy. BED (a/b 10) 52.8 Gy."),
         RuledTable([("OAR", "Constraint (2 fx)", "Achieved"),
                     ("Spinal cord", "Dmax < 17 Gy", "15.2 Gy"), ("Spinal cord", "D0.03cc <= 14 Gy per protocol", "13.8 Gy"),
                     ("Cord PRV (1.5 mm)", "D0.03cc < 17 Gy", "16.4 Gy"), ("Esophagus", "D0.03cc < 21.9 Gy", "14.0 Gy"),
                     ("Cord EQD2 (a/b 2)", "< 45 Gy (informational)", "36.5 Gy")]),
         P("Physics 04/10/2026: secondary MU 1.9%; measured QA gamma 3%/2mm 99.4%, 2%/2mm 97.8%. MU per fraction 1,932."),
         sig("Octavia Brennan-Sloane, MD 04/10/2026"), sig("Julius Amankwah, PhD, DABR 04/10/2026")],
        [H1("Treatment Record"),
         RuledTable([("Fx", "Date", "CBCT shift (mm)", "Rotation (deg)", "Dose", "Cum."),
                     ("1/2", "04/14/2026 09:10", "1.8 / 0.6 / 0.9", "0.7 / 0.2 / 0.4", "12 Gy", "12 Gy"),
                     ("2/2", "04/15/2026 09:25", "0.9 / 1.1 / 0.3", "0.3 / 0.5 / 0.1", "12 Gy", "24 Gy")]),
         P("Each fraction: CBCT, 6DoF correction, repeat CBCT (residual < 1 mm / 1 deg) approved by MD before beam on; "
           "mid-treatment CBCT between arcs. T8 24 Gy in 2 fractions completed 04/15/2026. Pain 7/10 -> 4/10. "
           "Dexamethasone 4 mg pre-fraction x2 for pain flare prophylaxis."),
         sig("Octavia Brennan-Sloane, MD 04/15/2026")],
    ], opts=dict(header=head(_c, 9, "02/27/1965")))])

# x96_10 -- dictation (text): robotic-arm linac single-fraction spine SRS to L3 (18 Gy) and T12 (16 Gy) ------------
add(name="x96_10", kind="dictation", codes=["77373", "77435", "63620", "63621", "G0339"],
    facts=F("robotic_linac", ["spinal"], 2, 1, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L3", "spinal", None, 18, 1), L("T12", "spinal", None, 16, 1)],
    categories=cats(),
    notes="Dictated treatment summary, numbers in words: single-session robotic-arm linac spine radiosurgery, L3 "
          "eighteen gray and T12 sixteen gray, one fraction each (DOS 02/24/2026), vacuum cushion, CT + MRI, spine "
          "tracking. Noise in words: age sixty-eight, KPS eighty, cauda / cord limits (fourteen, twelve gray), "
          "eighty percent isodose, one hundred fifty-two and one hundred twenty-seven beams, a prior ten-fraction "
          "course to the hip, oxycodone ten milligrams, creatinine one point four.",
    docs=[Doc("x96_10.txt", text=f"""
RIVERMOUTH CYBERSURGERY CENTER (invented) - TREATMENT SUMMARY (dictated)
Patient: {patient(10)}     MRN: {mrn(10)}     DOB: 11/15/1957
Date of service: 02/24/2026     Physician: Cornelius Ashdown-Mbatha, MD     Transcribed 02/25/2026 07:48 (DT/jr)

Mr. Xylander is a sixty-eight year old man with metastatic renal cell carcinoma who was referred with painful lesions at L3 and T12. He had a conventional course to the right hip, thirty gray in ten fractions, in twenty twenty five. Karnofsky eighty. Creatinine one point four after his right nephrectomy. He is on oxycodone ten milligrams every six hours as needed and cabozantinib, which was held for three days around treatment.

He was simulated on February twelfth supine in a full length vacuum cushion with a one millimeter CT of the thoracolumbar spine, and the CT was fused with his MRI of February ninth. L3 and T12 were planned together as two targets on the robotic arm linac with spine tracking, without fiducials.

L3, the larger lesion with right paraspinal extension, was prescribed eighteen gray in a single fraction to the eighty percent isodose line, with one hundred fifty-two beams, coverage ninety-one percent. T12 was prescribed sixteen gray in a single fraction to the seventy-nine percent isodose line, with one hundred twenty-seven beams, coverage ninety-three percent. Cauda equina maximum was held to under fourteen gray, we achieved twelve point six, and the cord at T12 was held to a point maximum of twelve gray, achieved eleven point eight. Kidney, the remaining left kidney, received a mean of one point nine gray. Physics checked the plan independently and delivery quality assurance passed.

On February twenty fourth both targets were treated in one session lasting about seventy-four minutes, with spine tracking images every forty-five to sixty seconds and corrections under one millimeter. He received the full eighteen gray to L3 and sixteen gray to T12. No acute toxicity; a single dose of dexamethasone eight milligrams was given.

Follow up MRI in three months, and I will see him in two weeks. Cabozantinib may resume February twenty seventh.

Cornelius Ashdown-Mbatha, MD
{FOOT}
""")])

# x96_11 -- bundle (2 files): C2 SBRT 30 Gy/5, physics note full of MU / dose rate / gamma; 63621 claimed, 1 lesion --
_c = "PELLINGHAM CANCER CARE (invented)"
add(name="x96_11", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("C2", "spinal", None, 30, 5)],
    categories=cats(),
    notes="Two-file bundle: physics note (TXT: MU per arc, 1,400 MU/min, 6 MV FFF, gamma 3%/2mm 98.7%, chamber "
          "-0.9%, cord PRV limit in cGy) and daily treatment record (PDF, 'Fx n of 5', cGy, x5 CBCTs, x5 shifts). C2 "
          "vertebral metastasis 30 Gy in 5 fractions of 6 Gy, 5-point head-neck-shoulder mask, CT + MRI. One "
          "spinal lesion: the claimed 63621 is inconsistent.",
    docs=[
        Doc("1_physics_note.txt", text=f"""
PELLINGHAM CANCER CARE - PHYSICS PLAN CHECK / PATIENT-SPECIFIC QA
Patient {patient(11)}  MRN {mrn(11)}   Plan C2_SBRT_v1   Checked 06/11/2026 16:40   Vault 3 (ext 2290)

Rx per plan: PTV_C2 3000 cGy / 5 fx (600 cGy/fx), 95% of PTV covered, Dmax 3540 cGy (118%).
Beams: 2 VMAT arcs 6 MV FFF @ 1400 MU/min; arc 1 981 MU, arc 2 1,044 MU (2,025 MU/fx).
Cord PRV (cord + 2 mm): D0.03cc 2280 cGy (limit 2800 cGy over 5 fx); brainstem D0.03cc 1470 cGy (limit 3100).
Oral cavity mean 410 cGy. Mandible D0.03cc 2950 cGy.
Secondary dose calc (independent TPS): -0.6% at isocentre.
Measurement: diode array gamma 3%/2mm 98.7% (action 95%), 2%/1mm 92.8%; 0.04 cc chamber -0.9%.
Imaging plan: CBCT before every fx, tolerance 1 mm / 1 deg, re-image if exceeded (max 5 min between CBCT and beam on).
OK to treat. - Wystan Gallardo-Pryce, MS, DABR
{FOOT}
"""),
        Doc("2_treatment_record.pdf", [[
            H1("Spine SBRT Daily Record - C2"),
            KeyValue([("Patient", f"{patient(11)}   {mrn(11)}   Age 49   KPS 90"),
                      ("Diagnosis", "C79.51 C2 body/dens lytic metastasis (thyroid, follicular); SINS 9"),
                      ("Immobilization", "5-point thermoplastic head-neck-shoulder mask, custom headrest"),
                      ("Imaging", "CT sim 06/05/2026 1 mm + MRI C-spine 06/02/2026 (T1 post, T2, STIR) fused"),
                      ("Machine", "Gantry linac 6 MV FFF, 6DoF couch")]),
            RuledTable([("Fraction", "Date", "cGy", "Cum cGy", "CBCT", "Shift (mm)", "Ther"),
                        ("Fx 1 of 5", "06/15/2026", "600", "600", "pre + post", "1.2", "AR/KT"),
                        ("Fx 2 of 5", "06/16/2026", "600", "1200", "pre + post", "0.8", "AR/KT"),
                        ("Fx 3 of 5", "06/18/2026", "600", "1800", "pre + post", "1.5 (re-imaged)", "AR/JS"),
                        ("Fx 4 of 5", "06/19/2026", "600", "2400", "pre + post", "0.6", "AR/KT"),
                        ("Fx 5 of 5", "06/22/2026", "600", "3000", "pre + post", "0.9", "AR/KT")]),
            P("5 CBCTs pre-treatment and 5 post-treatment; x5 shifts, each approved by the physician before beam on. "
              "Course complete: C2, 30 Gy in 5 fractions. Levothyroxine 150 mcg daily; TSH 0.08 mIU/L. Post-RAI "
              "(100 mCi I-131, 2025). Follow-up CT/MRI at 3 months."),
            sig("Marisol Hembury, MD 06/22/2026 11:05"),
        ]], opts=dict(header=head(_c, 11, "03/04/1977"))),
    ])

# x96_12 -- pdf, CONTRADICTION: L1 SBRT 24 Gy/3, record shows 3 fractions, summary says 2 fractions --------------
_c = "CASTLEMERE ONCOLOGY (invented)"
add(name="x96_12", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L1", "spinal", None, 24, 3)],
    categories=cats(),
    contradiction="The completion summary says L1 received 24 Gy in 2 fractions, while the prescription and the treatment record show three 8 Gy fractions delivered.",
    notes="L1 SBRT on a gantry linac with a body immobilization system, CT + MRI: prescription 24 Gy in 3 fractions "
          "of 8 Gy and a record of three delivered fractions (DOS 09/08, 09/10, 09/12/2026); the completion summary "
          "says '24 Gy in 2 fractions'. Noise: BED10 43.2 Gy, cauda limit 21.9 Gy, 2 arcs, 3 CBCTs, 2 couch "
          "re-shifts. Gold follows the record: 24 Gy in 3.",
    docs=[Doc("x96_12.pdf", [
        [H1("Spine SBRT - Prescription, Plan, Record"),
         KeyValue([("Patient", f"{patient(12)}   {mrn(12)}   M 72 y   ECOG 2"),
                   ("Diagnosis", "C79.51 L1 metastasis (prostate adenocarcinoma, castration-resistant), PSA 48.2 ng/mL"),
                   ("Immobilization", "BodyFIX-type vacuum bag with wrap"),
                   ("Imaging", "CT sim 08/31/2026 + MRI L-spine 08/28/2026, fused"),
                   ("Machine", "Versa-class 6 MV FFF linac, 2 VMAT arcs")]),
         P("Rx: PTV_L1 24 Gy in 3 fractions of 8 Gy (BED10 43.2 Gy), 90% coverage. Cauda equina D0.03cc 18.3 Gy "
           "(limit 21.9 Gy / 3 fx). Kidneys V12Gy 4%. Enzalutamide 160 mg daily; ADT (leuprolide 22.5 mg q3mo)."),
         P("Physics: independent dose check 1.4%, QA gamma 3%/2mm 99.0% (09/04/2026)."),
         sig("Sebastian Roeloffs, MD 09/04/2026"), sig("Annabel Quist, MS 09/04/2026"),
         H2("Treatment record"),
         RuledTable([("Fx", "Date", "Dose", "IGRT"),
                     ("1", "09/08/2026", "8 Gy", "CBCT, 2.1 mm shift, re-CBCT 0.6 mm, approved"),
                     ("2", "09/10/2026", "8 Gy", "CBCT, 0.9 mm, approved"),
                     ("3", "09/12/2026", "8 Gy", "CBCT, 1.7 mm shift, re-CBCT 0.4 mm, approved")])],
        [H1("Completion Summary"),
         P("Mr. Xenwick completed SBRT to L1, 24 Gy in 2 fractions, on 09/12/2026, tolerated without flare. Pain "
           "score 5/10 at the end. Follow-up with urology (Dr. Amberley, ext. 3321) and MRI in 3 months."),
         sig("Sebastian Roeloffs, MD 09/14/2026")],
    ], opts=dict(header=head(_c, 12, "05/09/1954")))])


# ==================================================================================================
# Body
# ==================================================================================================

# x96_13 -- pdf: central lung SBRT 50 Gy/5; constraints table whose largest number (53 Gy) is a constraint ---------
_c = "WESTERLEIGH LUNG & THORACIC ONCOLOGY (invented)"
add(name="x96_13", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe (central)", "body", None, 50, 5)],
    categories=cats(),
    notes="Central RUL NSCLC SBRT, 50 Gy in 5 fractions of 10 Gy, 4DCT + PET/CT fused, vacuum cushion, CBCT each "
          "fraction, DOS 10/05-10/13/2026. The OAR table's largest number is a constraint (great vessels D0.5cc < 53 "
          "Gy; heart 38 Gy; trachea 32 Gy) and the plan max is 62.1 Gy; noise: BED10 100 Gy, ITV/PTV cc, FEV1 "
          "0.9 L (38%), DLCO 41%, SUVmax 9.6, age 81, 2,631 MU, Fx 1-5 in a table with dates like 10/5.",
    docs=[Doc("x96_13.pdf", [
        [H1("Lung SBRT Plan Summary"),
         KeyValue([("Patient", f"{patient(13)}   {mrn(13)}   F 81 y   ECOG 1"),
                   ("Diagnosis", "C34.11 NSCLC RUL, cT1cN0M0, 2.8 cm, SUVmax 9.6; 1.6 cm from proximal bronchial tree (central)"),
                   ("Why SBRT", "Medically inoperable: FEV1 0.9 L (38% pred), DLCO 41%; on 2 L home O2 at night"),
                   ("Simulation", "4DCT 09/28/2026 (10 phases, 2 mm), vacuum cushion, arms up; PET/CT 09/16/2026 fused for GTV"),
                   ("Volumes", "ITV 14.7 cc, PTV (ITV + 5 mm) 38.9 cc"),
                   ("Machine / TPS", "TrueBeam-class 6 MV FFF, 2 partial VMAT arcs, 2,631 MU/fx / SPARROW TPS 8 (invented)")]),
         H2("Prescription"),
         P("50 Gy in 5 fractions (10 Gy/fx) to the PTV, prescribed to the 80% isodose (D95 100%); BED10 = 100 Gy. "
           "Plan Dmax 62.1 Gy (124%). Fractions every other day."),
         RuledTable([("Organ at risk", "Constraint (5 fx)", "Plan"),
                     ("Great vessels", "D0.5cc < 53 Gy", "41.7 Gy"),
                     ("Heart / pericardium", "D0.5cc < 38 Gy", "22.4 Gy"),
                     ("Proximal bronchial tree", "D0.5cc < 38 Gy (Dmax 105% PTV Rx)", "36.9 Gy"),
                     ("Trachea", "D0.5cc < 32 Gy", "17.2 Gy"),
                     ("Esophagus", "D0.5cc < 27.5 Gy", "19.8 Gy"),
                     ("Spinal cord", "D0.03cc < 30 Gy", "11.3 Gy"),
                     ("Lungs - ITV", "V20Gy < 10%", "5.8%"),
                     ("Chest wall", "V30Gy < 30 cc", "12.1 cc")]),
         P("QA 10/01/2026: second calc 1.1%; gamma 3%/2mm 99.6%."),
         sig("Dorothea Fenchurch-Aziz, MD 10/01/2026"), sig("Marek Oyelaran, MS, DABR 10/01/2026")],
        [H1("Treatment Log"),
         RuledTable([("Fx", "Date", "Dose", "CBCT", "Shift (mm) L/V/Lng", "Beam-on"),
                     ("1", "10/5", "10 Gy", "yes, MD approved", "2.1 / 1.0 / 3.4", "4.1 min"),
                     ("2", "10/7", "10 Gy", "yes, MD approved", "1.2 / 0.8 / 2.2", "4.0 min"),
                     ("3", "10/9", "10 Gy", "yes, MD approved", "0.7 / 1.9 / 1.5", "4.2 min"),
                     ("4", "10/11", "10 Gy", "yes, MD approved", "1.4 / 0.4 / 2.8", "4.0 min"),
                     ("5", "10/13", "10 Gy", "yes, MD approved", "0.9 / 0.6 / 1.0", "4.1 min")]),
         P("Completed 10/13/2026: RUL 50 Gy / 5 fx. SpO2 94% on room air at last fraction. CT chest 3 months; "
           "pulmonology follow-up 11/2 at 14:30."),
         sig("Dorothea Fenchurch-Aziz, MD 10/13/2026")],
    ], opts=dict(header=head(_c, 13, "01/30/1945")))])

# x96_14 -- dictation (text): liver HCC SBRT forty-five gray in three; Child-Pugh, AFP, 700 cc < 15 Gy, fiducials --
add(name="x96_14", kind="dictation", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment 7 HCC", "body", None, 45, 3)],
    categories=cats(),
    notes="Dictated end-of-treatment note, numbers mostly in words: liver SBRT for a 3.4 cm segment 7 HCC, forty-five "
          "gray in three fractions of fifteen on a gantry linac, three gold fiducials, abdominal compression, "
          "triphasic CT + MRI fused, CBCT each fraction, DOS 5/4, 5/6, 5/8/26. Noise: Child-Pugh A6, AFP 312, "
          "bilirubin 1.3, albumin 3.4, 'seven hundred cc of normal liver under fifteen gray', duodenum / stomach "
          "limits, prior TACE x2, entecavir 0.5 mg, sixty-three years old.",
    docs=[Doc("x96_14.txt", text=f"""
HALVERSTON MEDICAL CENTER (invented) - DEPARTMENT OF RADIATION ONCOLOGY
END OF TREATMENT SUMMARY - dictated 5/8/26 16:10, transcribed 5/9/26
Patient: {patient(14)}    MRN: {mrn(14)}    DOB: 03/21/1962    Attending: Philippa Ormsby-Nakamura, MD

Mr. Xirgold is a sixty-three year old man with hepatitis B cirrhosis, Child-Pugh A six, on entecavir zero point five milligrams daily, with a three point four centimeter hepatocellular carcinoma in segment seven. AFP was three hundred twelve, bilirubin one point three, albumin three point four, platelets ninety-two. He had two prior sessions of chemoembolization, in twenty twenty four and twenty twenty five, with residual arterial enhancement, and tumor board recommended stereotactic body radiation as a bridge to transplant listing.

Three gold fiducial markers were placed percutaneously by interventional radiology on April twentieth. Simulation on April twenty seventh in a vacuum cushion with abdominal compression, with a triphasic contrast CT and a four dimensional CT, registered to a gadoxetate MRI from April twenty fourth. Residual motion with compression was four millimeters superior inferior.

The prescription was forty-five gray in three fractions of fifteen gray to the planning target volume, eighty percent isodose line, on the linac with two arcs. Seven hundred cc of normal liver received less than fifteen gray, in fact one thousand one hundred forty cc, and mean liver dose was eleven point two gray. Duodenum maximum was held to under twenty two point two gray, achieved sixteen point four, and stomach under twenty two point five, achieved eighteen. Physics did an independent check and measured QA, three percent two millimeter gamma ninety nine point one percent.

Treatment was given on May fourth, May sixth and May eighth. Each day a cone beam CT was matched on the fiducials with the compression plate in place, and I approved the shifts before treatment. He received all three fractions, forty-five gray total, without interruption. Mild fatigue, no nausea; ondansetron eight milligrams as needed was prescribed.

Plan: liver function tests in four weeks, multiphase MRI at three months, transplant hepatology clinic in June. Clinic phone five five five zero one six four.

Philippa Ormsby-Nakamura, MD
{FOOT}
""")])

# x96_15 -- bundle (3 files): prostate SBRT 36.25 Gy/5 (7.25 Gy x 5); PSA, Gleason, rectum V36, urethra 105% -------
_c = "FAIRHOLME UROLOGIC ONCOLOGY (invented)"
add(name="x96_15", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Three-file bundle (prescription PDF, fiducial / spacer procedure note TXT, treatment record PDF): prostate "
          "SBRT 36.25 Gy in 5 fractions of 7.25 Gy, 3 gold fiducials, hydrogel spacer 10 mL, MRI fusion, vacuum "
          "legs cushion, DOS 12/1-12/9/25. Noise: PSA 6.4, Gleason 3+4, 2 of 12 cores, prostate volume 38 cc, "
          "rectum V36Gy < 1 cc, urethra Dmax 38.06 Gy (105%), CTV D95 40 Gy boost objective not used, tamsulosin "
          "0.4 mg, dates written 12/1, 12/3 ...",
    docs=[
        Doc("1_prescription.pdf", [[
            H1("Prostate SBRT Prescription and Plan"),
            KeyValue([("Patient", f"{patient(15)}   {mrn(15)}   67 y"),
                      ("Diagnosis", "C61 adenocarcinoma prostate, Gleason 3+4=7 (GG2), 2/12 cores, PSA 6.4 ng/mL, cT1c, "
                       "favorable intermediate risk; no ADT"),
                      ("Simulation", "CT 11/18/2025 1.5 mm, lower-body vacuum cushion + knee/foot rest; comfortably full bladder"),
                      ("MRI", "T2 / DWI prostate MRI 11/18/2025 fused on fiducials"),
                      ("Volumes", "Prostate 38 cc; CTV = prostate + proximal 1 cm SV; PTV = CTV + 5 mm (3 mm post) = 71.3 cc"),
                      ("Machine", "Gantry linac 10 MV FFF, 2 arcs, 2,218 MU/fx, kV intrafraction fiducial monitoring")]),
            P("Rx: PTV 36.25 Gy in 5 fractions (7.25 Gy/fx), every other day; PTV V36.25Gy >= 95% (achieved 96.3%). "
              "A 40 Gy CTV simultaneous boost was considered and not used."),
            RuledTable([("OAR", "Objective", "Plan"), ("Rectum", "V36Gy < 1 cc", "0.2 cc"), ("Rectum", "V29Gy < 20%", "6.1%"),
                        ("Bladder", "V37Gy < 10 cc", "3.4 cc"), ("Urethra (PRV)", "Dmax < 38.06 Gy (105%)", "37.7 Gy"),
                        ("Femoral heads", "V14.5Gy < 5%", "0%"), ("Penile bulb", "V29.5Gy < 50%", "8%")]),
            P("Physics: independent calc 0.8%; portal dosimetry 3%/2mm 99.8%."),
            sig("Quentin Harrowby-Adu, MD 11/25/2025"), sig("Elspeth Marchbanks, MS 11/25/2025"),
        ]], opts=dict(header=head(_c, 15, "09/12/1958"))),
        Doc("2_fiducial_spacer_note.txt", text=f"""
FAIRHOLME UROLOGIC ONCOLOGY - PROCEDURE NOTE
{patient(15)}   {mrn(15)}   11/11/2025   Proc room 2   Start 10:40 End 11:12
Procedure: transperineal placement of 3 gold fiducial markers (1.2 x 3 mm) and hydrogel rectal spacer (10 mL).
Anesthesia: MAC; 20 mL 1% lidocaine perineal block. Cefazolin 2 g IV.
Fiducials at R base, L mid-gland, apex; spacer 12 mm perirectal separation on TRUS. EBL < 5 mL.
For SBRT simulation 11/18 (one week). - Dr. Harrowby-Adu
{FOOT}
"""),
        Doc("3_treatment_record.pdf", [[
            H1("Treatment Record - Prostate SBRT"),
            RuledTable([("Fx", "Date", "Dose (Gy)", "Cum (Gy)", "Fiducial match", "Intrafx corrections"),
                        ("1", "12/1", "7.25", "7.25", "CBCT + kV fiducials", "2"),
                        ("2", "12/3", "7.25", "14.50", "CBCT + kV fiducials", "0"),
                        ("3", "12/5", "7.25", "21.75", "CBCT + kV fiducials", "1"),
                        ("4", "12/8", "7.25", "29.00", "CBCT + kV fiducials", "3"),
                        ("5", "12/9", "7.25", "36.25", "CBCT + kV fiducials", "0")]),
            P("Every fraction: CBCT and fiducial match approved by MD; kV fiducial monitoring every 20 deg of arc, "
              "beam held for > 2 mm excursion (6 holds over 5 fractions). Bladder scan 150-300 mL before each fx. "
              "Completed 12/9/25: 36.25 Gy in 5 fractions. IPSS 9 -> 14; tamsulosin 0.4 mg nightly started 12/5. "
              "PSA in 3 months."),
            sig("Quentin Harrowby-Adu, MD 12/9/25"),
        ]], opts=dict(header=head(_c, 15, "09/12/1958"))),
    ])

# x96_16 -- pdf: oligometastatic SBRT, LLL lung 50 Gy/5 + left adrenal 40 Gy/5; ICD-10 / CPT-units table ----------
_c = "BRAMBLECOTE CANCER CENTRE (invented)"
add(name="x96_16", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left lower lobe", "body", None, 50, 5), L("left adrenal", "body", None, 40, 5)],
    categories=cats(),
    notes="Oligometastatic melanoma, two targets in one 5-fraction course on a gantry linac: LLL nodule 50 Gy (10 Gy "
          "x 5) and left adrenal 40 Gy (8 Gy x 5), 4DCT + PET/CT, BodyFIX-type, CBCT every fraction, DOS 7/6-7/10/26. "
          "Noise: a charge table with ICD-10 codes and CPT units ('77373 x 5 units', '77336 x 1'), pembrolizumab "
          "200 mg q3w, LDH 312 U/L, ECOG 1, BED10 100 / 72 Gy, stomach / bowel / kidney limits, cycle 14.",
    docs=[Doc("x96_16.pdf", [
        [H1("SBRT Course Summary - Two Targets"),
         KeyValue([("Patient", f"{patient(16)}   {mrn(16)}   M 57 y   ECOG 1"),
                   ("Diagnosis", "C43.5 melanoma of trunk; C78.02 secondary lung (LLL); C79.72 secondary adrenal (L)"),
                   ("Systemic", "Pembrolizumab 200 mg q3w (cycle 14 on 6/26/26, cycle 15 due 7/17/26); LDH 312 U/L"),
                   ("Simulation", "4DCT 6/29/26 in BodyFIX-type vacuum system with abdominal wrap; PET/CT 6/18/26 fused"),
                   ("Machine", "TrueBeam-class 6 MV FFF; 2 isocentres, 2 VMAT arcs each")]),
         RuledTable([("Target", "Size", "PTV (cc)", "Dose / fx", "Fractions", "Total", "BED10", "Coverage"),
                     ("PTV_LLL", "1.9 cm", "16.2", "10 Gy", "5", "50 Gy", "100 Gy", "V100% 96.1%"),
                     ("PTV_L_adrenal", "3.1 cm", "34.8", "8 Gy", "5", "40 Gy", "72 Gy", "V100% 94.8%")]),
         RuledTable([("OAR", "Constraint (5 fx)", "Achieved"), ("Stomach", "D0.5cc < 35 Gy", "29.1 Gy"),
                     ("Small bowel", "D0.5cc < 35 Gy", "24.7 Gy"), ("Kidney L", "Dmean < 10 Gy", "6.3 Gy"),
                     ("Spinal cord", "D0.03cc < 30 Gy", "14.9 Gy"), ("Heart", "D0.5cc < 38 Gy", "8.2 Gy"),
                     ("Lungs - ITV", "V20Gy < 10%", "4.4%")]),
         P("QA: independent calc both isocentres < 2%; gamma 3%/2mm 98.9% and 99.3%."),
         sig("Hermione Achebe-Lowther, MD 7/2/26"), sig("Tarquin Ellsworth, MS, DABR 7/2/26")],
        [H1("Delivery Record and Charges"),
         RuledTable([("Fx", "Date", "LLL", "Adrenal", "IGRT"),
                     ("1", "7/6/26", "10 Gy", "8 Gy", "CBCT per isocentre, MD approved"),
                     ("2", "7/7/26", "10 Gy", "8 Gy", "CBCT per isocentre, MD approved"),
                     ("3", "7/8/26", "10 Gy", "8 Gy", "CBCT per isocentre, MD approved"),
                     ("4", "7/9/26", "10 Gy", "8 Gy", "CBCT per isocentre, MD approved"),
                     ("5", "7/10/26", "10 Gy", "8 Gy", "CBCT per isocentre, MD approved")]),
         P("Both targets completed 7/10/26: LLL 50 Gy / 5 fx, left adrenal 40 Gy / 5 fx (10 CBCTs)."),
         RuledTable([("CPT", "Units", "ICD-10"), ("77373", "5", "C78.02, C79.72"), ("77435", "1", "C78.02, C79.72"),
                     ("77336", "1", "C78.02"), ("77300", "12", "C78.02, C79.72")]),
         sig("Hermione Achebe-Lowther, MD 7/10/26")],
    ], opts=dict(header=head(_c, 16, "04/04/1969")))])

# x96_17 -- bundle (2 files): robotic-arm linac pancreas SBRT 33 Gy/5 with fiducials; CA 19-9, BED, G0339/G0340 ---
_c = "ORCHARD VALE ROBOTIC RADIOSURGERY (invented)"
add(name="x96_17", kind="bundle", codes=["77373", "77435", "G0339", "G0340"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("pancreatic head", "body", None, 33, 5)],
    categories=cats(),
    notes="Two-file bundle (plan summary PDF, physics/treatment TXT): pancreatic head adenocarcinoma after FOLFIRINOX, "
          "33 Gy in 5 fractions of 6.6 Gy on a robotic-arm linac with 4 fiducials and respiratory tracking, vacuum "
          "cushion, contrast CT + MRI, DOS 8/17-8/21/26. Noise: CA 19-9 412 -> 88 U/mL, BED10 54.8 Gy, "
          "duodenum D0.5cc < 35 Gy, 'V25Gy < 1 cc' (a max-dose-like objective), a 40 Gy SIB to the vessel interface "
          "considered and not used, 187 beams, 52 min per fraction, 5 fiducials placed / 4 tracked.",
    docs=[
        Doc("1_plan_summary.pdf", [[
            H1("Pancreas SBRT - Plan Summary"),
            KeyValue([("Patient", f"{patient(17)}   {mrn(17)}   F 64 y   ECOG 0"),
                      ("Diagnosis", "C25.0 adenocarcinoma pancreatic head, borderline resectable (SMV abutment 180 deg)"),
                      ("Prior therapy", "mFOLFIRINOX x 8 cycles (oxaliplatin 85 mg/m2); CA 19-9 412 -> 88 U/mL"),
                      ("Fiducials", "5 gold seeds placed by EUS 7/28/26; 4 used for tracking (1 migrated)"),
                      ("Simulation", "Contrast CT 8/6/26 exhale breath-hold + free breathing, vacuum cushion; MRI abdomen 8/5/26 fused"),
                      ("Unit", "Robotic-arm mounted 6 MV linac, fiducial + respiratory tracking, variable aperture collimator"),
                      ("Planning", "HOOPOE Robotic 5 (invented), 187 non-isocentric beams, 74% isodose")]),
            P("Rx: PTV 33 Gy in 5 fractions (6.6 Gy/fx), 74% isodose, coverage 93.2%; BED10 54.8 Gy. A simultaneous "
              "40 Gy boost to the tumor-vessel interface was considered and not used."),
            RuledTable([("OAR", "Constraint", "Plan"), ("Duodenum", "D0.5cc < 35 Gy; V25Gy < 1 cc", "31.9 Gy; 0.7 cc"),
                        ("Stomach", "D0.5cc < 35 Gy", "27.8 Gy"), ("Small bowel", "V30Gy < 1 cc", "0.3 cc"),
                        ("Kidneys", "V12Gy < 25%", "3%"), ("Liver", "700 cc < 21 Gy", "met"),
                        ("Spinal cord", "Dmax < 20 Gy", "9.6 Gy")]),
            sig("Cyprian Whitacre-Nunez, MD 8/12/26"), sig("Ophelia Brandreth, PhD 8/12/26"),
        ]], opts=dict(header=head(_c, 17, "11/23/1961"))),
        Doc("2_physics_and_treatment.txt", text=f"""
ORCHARD VALE ROBOTIC RADIOSURGERY - PHYSICS QA AND FRACTION LOG
{patient(17)}  {mrn(17)}

QA 8/13/26: secondary MC dose calc within 1.8%; film DQA gamma 3%/2mm 98.1%; fiducial tracking end-to-end
0.7 mm (8/10/26). Synchrony-type model error limit 5 mm.

FX   DATE      TIME         TRACKING                     MODEL ERR  DOSE     BEAMS  DURATION
1/5  8/17/26   07:30-08:24  4 fiducials + respiratory    1.9 mm     6.6 Gy   187    54 min
2/5  8/18/26   07:40-08:31  4 fiducials + respiratory    2.2 mm     6.6 Gy   187    51 min
3/5  8/19/26   07:35-08:27  4 fiducials + respiratory    1.6 mm     6.6 Gy   187    52 min
4/5  8/20/26   07:30-08:20  4 fiducials + respiratory    2.4 mm     6.6 Gy   187    50 min
5/5  8/21/26   07:45-08:39  4 fiducials + respiratory    1.7 mm     6.6 Gy   187    54 min
Orthogonal kV image pairs every 30-60 s; corrections applied automatically, MD present at fx 1 and reviewed all.

Summary: pancreatic head PTV, 33 Gy delivered in 5 fractions, 8/17/26 - 8/21/26. Creon 24,000 units with meals;
ondansetron 8 mg pre-fx. Surgical consult 9/14 (Dr. Penhaligon, pager 4417). - C. Whitacre-Nunez MD 8/21/26
{FOOT}
"""),
    ])

# x96_18 -- EHR text: single-fraction lung SBRT 34 Gy; the summary line gives BED10 149.6 Gy beside the dose -----
add(name="x96_18", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 1, ["CT"], ["body_immobilization"]),
    lesions=[L("right lower lobe", "body", None, 34, 1)],
    categories=cats(),
    notes="EHR text export of a single-fraction peripheral lung SBRT, 34 Gy x 1 on a gantry linac, 4DCT (no PET: "
          "denied by insurer, not done), vacuum cushion, CBCT; DOS 2/19/26. The summary line gives 'BED10 149.6 Gy' "
          "beside '34 Gy x 1'; noise: chest wall V30Gy < 30 cc, rib Dmax 39.6 Gy (limit 43 Gy), SUVmax from a 2024 "
          "PET, apixaban 5 mg bid, age 88, 4,872 MU, 14.2 min beam-on, 5/3/26 follow-up date.",
    docs=[Doc("x96_18.txt", text=f"""
[EHR PRINT] LINDQUIST VALLEY HOSPITAL (invented) - RADIATION ONCOLOGY - Encounter summary
Patient ........ {patient(18)}   MRN {mrn(18)}   DOB 06/15/1937 (88 y)   Sex M
Encounter ...... 2/19/26 08:40   Provider: Ysolde Harcastle-Ng, MD   Room 2B / ext 6120
Dx ............. C34.31 NSCLC RLL, peripheral, 1.7 cm, cT1bN0 (biopsy 1/22/26). Declined surgery.
Hx ............. 2024 PET/CT (outside) SUVmax 4.1 for a 0.9 cm nodule at the same site; PET for
                 staging in 2026 denied by insurer - not done; staging by CT chest/abdomen + MRI brain deferred.
Meds ........... apixaban 5 mg bid (AF), metoprolol 25 mg bid, tiotropium 18 mcg daily
Performance .... ECOG 2; FEV1 1.3 L (61%)

SIMULATION 2/9/26: 4DCT (2.5 mm, 10 bins), vacuum cushion, arms up. ITV 4.1 cc, PTV (ITV + 5 mm) 13.6 cc.
PLAN: 6 MV FFF gantry linac, 2 non-coplanar partial arcs, 4,872 MU, 1400 MU/min.
  Rx 34 Gy x 1 to PTV (D95 = 100%), Rx isodose 78%, Dmax 43.6 Gy.
  Rib Dmax 39.6 Gy (limit 43 Gy); chest wall V30Gy 11.8 cc (< 30 cc); cord 7.1 Gy (< 14 Gy);
  lungs - ITV V20Gy 2.1% (< 10%); heart 3.3 Gy.
  Physics: 2nd calc -1.2%; gamma 3%/2mm 99.0% - E. Farquharson, MS 2/16/26
TREATMENT 2/19/26: CBCT x2 (pre-treatment, after arc 1); shift 3.1 / 1.4 / 2.2 mm approved by MD;
  beam-on 14.2 min; 1 of 1 delivered; apixaban held 48 h.

SUMMARY LINE (for the tumor registry):
  RLL SBRT  |  34 Gy x 1  |  BED10 149.6 Gy  |  completed 2/19/26
F/U: CT chest 5/3/26 and clinic visit 5/7/26 09:15.
e-signed Ysolde Harcastle-Ng, MD 2/19/26 11:02
{FOOT}
""")])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# x96_19 -- dictation (text): SRS consultation; 21 Gy / 18 Gy proposed by size, simulation "to be scheduled" ------
add(name="x96_19", kind="dictation", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: dictated new-patient SRS consultation (DOS 11/03/2026) for two brain metastases, full of "
          "numbers (ages, KPS, sizes in mm and cm, dexamethasone 4 mg, osimertinib 80 mg, a dose table by size "
          "'21 Gy for < 2 cm, 18 Gy for 2-3 cm', V12Gy < 10 cc, a whole-brain 30 Gy in 10 alternative) and a plan to "
          "schedule a mask and MRI next week. Nothing planned or delivered in this document.",
    docs=[Doc("x96_19.txt", text=f"""
SOUTHWOLD NEURO-ONCOLOGY ASSOCIATES (invented)
NEW PATIENT CONSULTATION - RADIATION ONCOLOGY (dictated)
Patient: {patient(19)}   MRN: {mrn(19)}   DOB: 02/08/1972   Date of service: 11/03/2026   Clinic room 14
Consultant: Thaddeus Breckinridge-Ola, MD   Referring: Dr. M. Castellane, medical oncology (fax 555-0177)

Reason for consultation: two newly diagnosed brain metastases, question radiosurgery.

History: Ms. Xolothy is a fifty-four year old woman with E G F R exon nineteen lung adenocarcinoma diagnosed in twenty twenty four, on osimertinib eighty milligrams daily with a good extracranial response. An MRI of the brain on October twenty-ninth showed a one point four centimeter left frontal lesion and a two point three centimeter right cerebellar lesion, both with mild edema, the cerebellar lesion effacing the fourth ventricle slightly but without hydrocephalus. She has had a week of headaches and is now on dexamethasone four milligrams twice a day with improvement. K P S ninety. No prior brain radiation.

Assessment and discussion: she is an excellent candidate for stereotactic radiosurgery to both lesions. Our usual single-fraction doses are twenty-one gray for lesions under two centimeters and eighteen gray for lesions two to three centimeters, keeping the normal brain V twelve under ten cc; for the cerebellar lesion, given its size and the fourth ventricle, three fractions of nine gray would also be reasonable. Alternatives include whole brain radiation, thirty gray in ten fractions, which I do not recommend, and continued osimertinib alone with close MRI surveillance. Risks of radiation necrosis, about five to ten percent, and of transient swelling were discussed.

Plan: she would like to proceed. We will schedule a thermoplastic mask fitting, a planning CT and a thin-slice MRI next week, and decide between one and three fractions for the cerebellar lesion once the plan is done. Continue dexamethasone four milligrams twice a day until then. Consent will be signed at simulation.

Thaddeus Breckinridge-Ola, MD
{FOOT}
""")])

# x96_20 -- pdf: spine SBRT cancelled before simulation; dose-options table with BED / EQD2 and cord limits ------
_c = "ABBOTSLEY CANCER INSTITUTE (invented)"
add(name="x96_20", kind="pdf", codes=["77373", "77435", "63620"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: spine radiosurgery clinic note and cancellation notice (DOS 01/27/2026). SBRT to T11 was "
          "offered (options table: 24 Gy/2, 27 Gy/3, 30 Gy/5 with BED10 and cord EQD2 limits; 8 Gy x 1 palliative), "
          "but the patient was admitted with cord compression before simulation and went to decompressive surgery; "
          "the SBRT booking was cancelled. Noise: age, ESCC grade, SINS 13, platelets, dexamethasone 10 mg IV then "
          "4 mg q6h, phone and room numbers.",
    docs=[Doc("x96_20.pdf", [
        [H1("Spine Radiosurgery Clinic Note"),
         KeyValue([("Patient", f"{patient(20)}   {mrn(20)}   M 70 y   ECOG 1"), ("Date of service", "01/27/2026"),
                   ("Diagnosis", "C79.51 T11 metastasis, hepatocellular carcinoma; ESCC grade 1c, SINS 10"),
                   ("Imaging reviewed", "MRI T/L-spine 01/20/2026 (outside)"),
                   ("Labs", "Plt 118 x10^9/L, INR 1.2, bilirubin 1.0 mg/dL, AFP 1,840 ng/mL")]),
         P("Painful T11 metastasis, radioresistant histology, no prior radiation. Recommend spine SBRT. Options "
           "discussed with the patient (table below); our preference is 24 Gy in 2 fractions. Simulation booked "
           "for 02/03/2026 in the vacuum cushion."),
         RuledTable([("Option", "Dose / fx", "BED10", "Cord D0.03cc limit", "Cord EQD2 (a/b 2) at limit"),
                     ("A", "24 Gy / 2 fx", "52.8 Gy", "17 Gy", "44.6 Gy"),
                     ("B", "27 Gy / 3 fx", "51.3 Gy", "20.3 Gy", "44.5 Gy"),
                     ("C", "30 Gy / 5 fx", "48.0 Gy", "28 Gy", "53.2 Gy"),
                     ("Palliative", "8 Gy / 1 fx", "14.4 Gy", "n/a", "n/a")]),
         sig("Lysander Okoye-Featherstone, MD 01/27/2026 16:05")],
        [H1("Cancellation Notice"),
         P("01/31/2026 22:40: patient presented to ED with new bilateral leg weakness (motor 3/5), MRI showed "
           "progression at T11 with ESCC grade 3 and SINS 13. Dexamethasone 10 mg IV then 4 mg q6h. Neurosurgery: "
           "T10-T12 decompression and stabilization 02/01/2026. SBRT simulation of 02/03/2026 CANCELLED; no "
           "planning CT was performed and no SBRT will be delivered. Post-operative radiation to be re-discussed "
           "when the wound has healed (about 2-3 weeks). Scheduling: 555-0143, Radiation Oncology room 1-212."),
         sig("Lysander Okoye-Featherstone, MD 02/02/2026 08:15")],
    ], opts=dict(header=head(_c, 20, "07/19/1955")))])


CORPUS = Corpus("blind_corpus96", "tests/blind_corpus96", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
