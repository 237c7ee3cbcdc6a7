"""Thirty-third blind corpus, ``tests/blind_corpus33/`` (regenerate: ``python scripts/make_corpus.py blind_corpus33``).

Twenty courses written as other clinics' system printouts and structured records, in layouts not imitated
before: plan reports with lesions across and quantities down (merged two-row headers, units in the header
only, several dose columns, indices, isocentre coordinates, cones, MU), shot tables of a multi-source cobalt
unit, record-and-verify treatment histories (one row per fraction and field or arc, cumulative dose per
reference point, session status, interruptions, machine downtime and imaging-only rows), pipe- and
tab-separated exports, key: value summaries, prescription sheets with revision history, physics second
checks and a short physician note. Every clinic and planning/record system is invented. Three charts
contradict themselves (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (exports and printouts are deliberately one long line per record)

from __future__ import annotations

from pdfmaker import ColumnBreak, KeyValue, RuledTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ANSELMA", "BARNABY", "CORDELIA", "DORIAN", "ESTELLE", "FABIAN", "GWENDOLYN", "HORATIO", "ISOLDE", "JASPER",
         "KERENZA", "LEANDER", "MIRABEL", "NICODEMUS", "OTTILIE", "PEREGRINE", "QUINTINA", "ROSCOE", "SABINE", "TOBIAS"]


def patient(n: int) -> str:
    return f"THIRTYTHREEPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-330{n:02d}"


def banner(clinic: str, system: str, n: int, dob: str, printed: str) -> list[str]:
    return [f"{clinic}  ::  {system}",
            f"Patient ID {mrn(n)}   {patient(n)}   DOB {dob}   Printed on {printed}"]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Multi-source cobalt units
# ==================================================================================================

# b33_01 -- bundle: cobalt plan report with targets across + shot table, session record, brief note -----------
_c, _s = "ALDERMERE SKULL BASE & RADIOSURGERY UNIT", "CORONA-GP planning workstation v7.2"
add(name="b33_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 3, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("T1 right frontal", "cranial", S, 20, 1), L("T2 left cerebellar", "cranial", S, 18, 1),
             L("T3 left occipital", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Cobalt-unit plan report with the three targets as columns (T1/T2/T3, labels that look like MRI "
          "sequences) and quantities down ('Dose [Gy]' in the header only): prescription 20/18/20 Gy at the 50% "
          "isodose, max 40/36/40 Gy, coverage, selectivity, gradient index; shot table with sector settings "
          "and per-shot weights; brainstem max 9.8 Gy. Session record with frame docking and a frame "
          "co-ordinate check; short physician note. Single session, frame, stereotactic MRI + CT.",
    docs=[
        Doc("1_plan_report.pdf", [[
            H1("RADIOSURGERY PLAN REPORT - multi-source cobalt-60 unit (192 sources, sectors 1-8)"),
            KeyValue([("Plan name", "MULTIMET_SRS_A (approved)"), ("Treatment date", "09/14/2026"),
                      ("Fixation", "Stereotactic head frame, 4 pins, applied 09/14/2026 06:55"),
                      ("Stereotactic imaging", "MRI T1+Gd 1.0 mm (frame fiducial box) 07:40; CT 1.0 mm 08:05 (skull model, co-registered)"),
                      ("Prescription", "Single fraction, marginal dose to the 50% isodose")]),
            H2("Target summary"),
            RuledTable([("", "Target", "", ""),
                        ("Quantity", "T1", "T2", "T3"),
                        ("Location", "R frontal (middle frontal gyrus)", "L cerebellar hemisphere", "L occipital pole"),
                        ("Max diameter [cm]", "1.4", "2.2", "0.7"),
                        ("Volume [cc]", "0.92", "3.10", "0.11"),
                        ("Prescription dose [Gy]", "20.0", "18.0", "20.0"),
                        ("Isodose [%]", "50", "50", "50"),
                        ("Max dose [Gy]", "40.0", "36.0", "40.0"),
                        ("Coverage [%]", "99", "98", "100"),
                        ("Selectivity", "0.88", "0.84", "0.71"),
                        ("Gradient index", "2.71", "2.64", "3.05"),
                        ("Shots", "4", "9", "1"),
                        ("Beam-on time [min]", "17.4", "31.2", "6.0")]),
            H2("Organs at risk"),
            RuledTable([("Structure", "Dmax [Gy]", "D0.1cc [Gy]", "Constraint [Gy]", "Status"),
                        ("Brainstem", "9.8", "7.6", "Dmax < 15", "OK"),
                        ("Optic chiasm", "1.2", "0.9", "Dmax < 8", "OK"),
                        ("Cochlea L", "3.4", "2.9", "Dmean < 4", "OK"),
                        ("Brain - PTVs V12", "4.1 cc", "", "< 10 cc", "OK")]),
        ], [
            H2("Shot table (T2, continued for T1 and T3 on the workstation export)"),
            RuledTable([("Shot", "Target", "X [mm]", "Y [mm]", "Z [mm]", "Sectors 1-8 [mm]", "Weight"),
                        ("1", "T2", "121.4", "83.0", "71.5", "8 8 8 8 8 8 8 8", "1.00"),
                        ("2", "T2", "118.9", "86.2", "70.1", "8 8 4 4 8 8 4 4", "0.86"),
                        ("3", "T2", "124.0", "80.7", "74.3", "4 4 4 4 8 8 8 8", "0.71"),
                        ("4-9", "T2", "...", "...", "...", "4 / 8 mixed, sector 3 blocked x2", "0.42-0.65"),
                        ("10-13", "T1", "77.6", "131.2", "112.9", "8 8 8 8 4 4 4 4", "0.55-1.00"),
                        ("14", "T3", "96.1", "57.4", "108.3", "4 4 4 4 4 4 4 4", "1.00")]),
            P("Plan approved by neurosurgery, radiation oncology and medical physics 09/14/2026 10:20. Independent "
              "time calculation: agreement within 0.6% for all shots."),
        ]], opts=dict(header=banner(_c, _s, 1, "03/02/1958", "09/14/2026 10:22"))),
        Doc("2_session_record.txt", text=f"""
ALDERMERE SKULL BASE & RADIOSURGERY UNIT - COBALT CONSOLE SESSION LOG (CORONA-TX)
PATIENT ID: {mrn(1)}   NAME: {patient(1)}   DOB: 03/02/1958   PAGE 1 OF 1

SESSION  DATE        START  END    FRAME CHECK                     SHOTS  STATUS
1        09/14/2026  10:41  11:36  co-ordinate check 0.3 mm, pass  14/14  COMPLETED

RUN  TARGET  SHOTS   PLANNED MIN  DELIVERED MIN  INTERRUPT
1    T2      1-9     31.2         31.2           none
2    T1      10-13   17.4         17.4           none
3    T3      14      6.0          6.0            none

Frame removed 11:48, pin sites dressed.  Operator: R. Ilvesmaa, RTT.  Physicist on console: D. Obuya, PhD
{FOOT}
"""),
        Doc("3_note.txt", text=f"""
BRIEF PROCEDURE NOTE - RADIOSURGERY ({patient(1)}, {mrn(1)})   09/14/2026

Three brain metastases (breast carcinoma, HER2+) treated today in one cobalt session under frame: T1 right frontal 20 Gy, T2 left cerebellar 18 Gy, T3 left occipital 20 Gy, all at the 50% isodose. Tolerated well. MRI in 8 weeks.

Electronically signed: Priya Castellanos-Reid, MD (Radiation Oncology) 09/14/2026 12:10
Electronically signed: Tomas Eberhardt-Lune, MD (Neurosurgery) 09/14/2026 12:31
{FOOT}
"""),
    ])

# b33_02 -- ehr_text: pipe-separated export, cobalt unit with mask, 27 Gy / 3 to a 3.8 cm metastasis -------------
add(name="b33_02", kind="ehr_text", codes=["77373", "77435", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 3, ["MRI"], ["mask"]),
    lesions=[L("PTV_LTEMP left temporal metastasis", "cranial", C, 27, 3)],
    categories=cats(),
    notes="Pipe-separated record export from an invented cobalt console: one left temporal metastasis 3.8 cm "
          "(complex by size) treated 9 Gy x 3 with a thermoplastic mask and on-unit cone-beam CT; per-fraction "
          "rows carry only the 900 cGy per fraction and a cumulative column, the total is stated once. Planning "
          "CT row marked 'not acquired'; frame row 'not used'. An imaging-only CBCT row on a cancelled day "
          "(fever) precedes the re-scheduled fraction 2.",
    docs=[Doc("b33_02.txt", text=f"""
#EXPORT|BRAMBLECOTE NEURO-ONCOLOGY CENTRE|system=HELIX-GK RecordView 3.1|printed=2026-10-30 08:14|page=1/1
#PATIENT|id={mrn(2)}|name={patient(2)}|dob=1949-07-19|sex=F
#COURSE|C1|intent=palliative|technique=fractionated stereotactic radiosurgery|unit=multi-source Co-60 radiosurgery unit (192 sources), mask-capable model
#DX|C79.31|Secondary malignant neoplasm of brain|primary=melanoma
#SETUP|item|status|detail
SETUP|stereotactic frame|not used|
SETUP|thermoplastic mask|used|fabricated 2026-10-20, head cushion + nose-marker motion monitor
SETUP|planning MRI|acquired|2026-10-20 T1+Gd 1 mm, T2 FLAIR
SETUP|planning CT|not acquired|stereotactic reference from on-unit CBCT
#TARGET|name|location|max_dim_cm|rx_cGy_per_fx|fx|isodose_pct|shots
TARGET|PTV_LTEMP|left temporal lobe, lateral|3.8|900|3|50|27
#OAR|structure|Dmax_cGy_per_fx|constraint
OAR|Brainstem|412|< 767 per fx (23 Gy / 3)
OAR|Optic chiasm|128|< 567 per fx
OAR|Hippocampus L|598|record only
#SESSION|date|fx|type|status|target|delivered_cGy|cumulative_cGy|CBCT_shift_mm|note
SESSION|2026-10-26|1|treatment|Treated|PTV_LTEMP|900|900|0.6|
SESSION|2026-10-27|-|imaging only|Cancelled|PTV_LTEMP|0|900|0.4|CBCT acquired, patient febrile 38.4 C, treatment deferred by MD
SESSION|2026-10-28|2|treatment|Treated|PTV_LTEMP|900|1800|0.5|
SESSION|2026-10-29|3|treatment|Treated|PTV_LTEMP|900|2700|0.7|
#SUMMARY|fractions_delivered=3|target=PTV_LTEMP|total_cGy=2700|status=completed
#QA|second_check=independent dose calculation 2026-10-22, deviation 0.9%, physicist S. Marwick-Ade PhD
#SIGN|radiation oncology|Helena Quiroga-Sands MD|2026-10-29 17:02
#SIGN|physics|S. Marwick-Ade PhD|2026-10-29 17:20
#FOOTER|{FOOT}
""")])

# b33_03 -- ehr_text: key: value summary, cobalt trigeminal neuralgia 80 Gy max, prior contralateral course -------
add(name="b33_03", kind="ehr_text", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve root entry zone", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Key: value course summary export: functional radiosurgery of the right trigeminal nerve (complex), "
          "80 Gy maximum dose at the 100% isodose with one 4 mm shot, frame. Earlier course (2023, LEFT "
          "trigeminal, 85 Gy) listed in a prior-treatment block with its own dates; brainstem surface dose "
          "16.2 Gy; the 50% isodose at 40 Gy. Only the 2026 course counts.",
    docs=[Doc("b33_03.txt", text=f"""
=== QUILLFORD FUNCTIONAL NEUROSURGERY - TREATMENT COURSE SUMMARY (export from NEUROSPHERE CourseBook 5) ===
Patient ID: {mrn(3)}
Patient name: {patient(3)}
DOB: 11/23/1944
Printed on: 08/21/2026 15:02          Page 1 of 1

Course ID: 2026-TN-R
Course status: Completed
Diagnosis: G50.0 trigeminal neuralgia, right V2-V3, refractory to carbamazepine and oxcarbazepine
Treatment unit: cobalt-60 multi-source radiosurgery unit (192 sources), serial 0417
Planning system: NEUROSPHERE Plan 5.4
Fixation: stereotactic head frame (pins x4), applied 08/21/2026 07:10, removed 11:02
Imaging for planning: stereotactic MRI (CISS 0.5 mm, T1+Gd 1 mm); stereotactic CT 1 mm fused for the skull and frame
Target: right trigeminal nerve, root entry zone, 7.5 mm anterior to the pons
Shots: 1 x 4 mm collimator, all 8 sectors open
Prescription: 80.0 Gy maximum dose (100% isodose)
50% isodose: 40.0 Gy
Brainstem surface dose (20% isodose contact): 16.2 Gy
Frame co-ordinate verification on the couch: pass (0.2 mm)
Delivered: 08/21/2026, 1 session, 72.4 min, no interruption
Delivered dose: 80.0 Gy max, 1 fraction

Prior treatment (not this course):
  Course ID: 2023-TN-L
  Site: LEFT trigeminal nerve
  Dose: 85 Gy maximum, 1 session, 05/09/2023
  Outcome: BNI I at 30 months

Physics second check: shot time verified by independent calculation, 0.4% difference - E. Thornquist, MS, DABR 08/21/2026
Physician attestation: I planned and supervised this treatment. - Orla Benavides-Kent, MD 08/21/2026 11:30
Neurosurgeon: Cyprian Lowe-Haddad, MD 08/21/2026 11:41
{FOOT}
""")])

# b33_04 -- pdf: cobalt plan sum printout, two lesions; physician note dose disagrees (contradiction) -------------
_c, _s = "FENWICK HOLLOW RADIOSURGERY CENTER", "STELLARIS Dose Manager 2.9"
add(name="b33_04", kind="pdf", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 2, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("MEN_1 left parasagittal meningioma", "cranial", S, 14, 1), L("MET_2 right occipital metastasis", "cranial", S, 20, 1)],
    categories=cats(),
    contradiction="The physician note on the last page says the meningioma received 12 Gy, while the plan sum table and the session record give 14 Gy at the 50% isodose.",
    notes="Plan-sum printout of a cobalt unit with two per-target plans summed (MEN_1 parasagittal meningioma "
          "2.6 cm, 14 Gy; MET_2 right occipital metastasis 1.1 cm, 20 Gy; both at 50%), merged two-row header "
          "'Dose [Gy]' over Rx/min/mean/max, shot counts, frame. Last-page note says 12 Gy for the meningioma "
          "(contradiction; gold follows the plan and record: 14 Gy).",
    docs=[Doc("b33_04.pdf", [[
        H1("PLAN SUM REPORT  -  Co-60 multi-source radiosurgery unit, 201-source model"),
        KeyValue([("Plan sum", "PSUM_0612 = PLAN_MEN1 + PLAN_MET2"), ("Session", "06/12/2026, one session"),
                  ("Fixation", "Stereotactic frame, applied 06:50 by neurosurgery"),
                  ("Imaging", "MRI 06/12 (T1+Gd, T2) with fiducial box; CT 06/12 bone window, registered")]),
        RuledTable([("", "", "Dose [Gy]", "", "", "", "Vol [cc]", "", ""),
                    ("Target", "Plan", "Rx", "Min", "Mean", "Max", "Target", "PIV", "Shots"),
                    ("MEN_1", "PLAN_MEN1", "14.0", "12.9", "19.8", "28.0", "4.82", "5.61", "11"),
                    ("MET_2", "PLAN_MET2", "20.0", "19.1", "27.4", "40.0", "0.54", "0.69", "3")]),
        P("Isodose of prescription: 50% for both targets. MEN_1: meningioma, left parasagittal, middle third, max "
          "diameter 2.6 cm, 31 mm from the chiasm. MET_2: adenocarcinoma metastasis, right occipital, 1.1 cm."),
        RuledTable([("OAR", "Dmax [Gy]", "Limit [Gy]"),
                    ("Superior sagittal sinus (contact)", "13.1", "record"),
                    ("Optic apparatus", "0.9", "8"),
                    ("Brainstem", "2.4", "12.5")]),
        H2("Session record"),
        RuledTable([("Time", "Event", "Status"),
                    ("08:58", "Frame co-ordinate verification (couch)", "Pass 0.4 mm"),
                    ("09:04-09:51", "PLAN_MEN1 shots 1-11, 14.0 Gy", "Treated"),
                    ("09:55-10:08", "PLAN_MET2 shots 1-3, 20.0 Gy", "Treated"),
                    ("10:15", "Frame removed", "Done")]),
        P("Physics: independent check of shot times, both plans within 1%. J. Okonkwo-Saar, PhD 06/12/2026"),
    ], [
        H2("Physician note"),
        P("Single-session cobalt radiosurgery completed today: left parasagittal meningioma 12 Gy to the 50% "
          "isodose and right occipital metastasis 20 Gy to the 50% isodose under frame. No acute events. MRI 6 months."),
        sig("Ingrid Valcourt-Moss, MD, Radiation Oncology 06/12/2026"),
    ]], opts=dict(header=banner(_c, _s, 4, "12/30/1961", "06/12/2026 11:05"), font="Helvetica"))])


# ==================================================================================================
# Gantry linac, cranial
# ==================================================================================================

# b33_05 -- pdf: single-isocentre multi-target plan, six lesions, one in the pons; page 2 printed landscape -------
_c, _s = "GLASSWATER VALLEY CANCER INSTITUTE", "PRAXIDOSE Cranial 4.0 / record: TALLYRT"
add(name="b33_05", kind="pdf", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 6, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("PTV1 L frontal", "cranial", S, 20, 1), L("PTV2 R parietal", "cranial", S, 20, 1),
             L("PTV3 L cerebellar", "cranial", S, 18, 1), L("PTV4 R temporal", "cranial", S, 18, 1),
             L("PTV5 dorsal pons", "cranial", C, 15, 1), L("PTV6 R occipital", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Single-isocentre multi-target plan on a 6 MV FFF gantry linac: six PTVs across the columns "
          "(PTV1..PTV6), quantities down, merged header rows, Rx/D95/D2%/mean, CI, GI, 5 non-coplanar arcs "
          "with MU; PTV5 in the dorsal pons (within the brainstem: complex). Page 2 (arc table and DVH "
          "constraints) is stored rotated as a landscape printout. One isocentre ('ISO_1') is not a lesion.",
    docs=[Doc("b33_05.pdf", [[
        H1("SRS PLAN APPROVAL REPORT - single isocentre, multiple targets"),
        KeyValue([("Machine", "'Corvid 6X' 6 MV FFF gantry linear accelerator, 2.5 mm leaf MLC"),
                  ("Plan", "MT_6LES_v1, approved 04/03/2026"), ("Fractions", "1"),
                  ("Immobilisation", "Open-face thermoplastic mask, indexed head rest"),
                  ("Planning images", "CT 1 mm in mask (03/27/2026) registered to MRI T1+Gd 1 mm (03/26/2026)"),
                  ("Isocentre ISO_1", "X -0.8  Y 12.4  Z -3.1 cm (DICOM)")]),
        RuledTable([("", "Target", "", "", "", "", ""),
                    ("", "PTV1", "PTV2", "PTV3", "PTV4", "PTV5", "PTV6"),
                    ("Location", "L frontal", "R parietal", "L cerebellar", "R temporal", "dorsal pons", "R occipital"),
                    ("Diameter [mm]", "9", "14", "21", "7", "6", "11"),
                    ("Rx [Gy]", "20", "20", "18", "18", "15", "20"),
                    ("D95 [Gy]", "20.1", "20.0", "18.0", "18.2", "15.0", "20.1"),
                    ("D2% [Gy]", "25.9", "26.4", "23.8", "24.0", "18.1", "25.6"),
                    ("Mean [Gy]", "23.3", "23.6", "21.1", "21.4", "16.7", "23.1"),
                    ("Paddick CI", "0.81", "0.86", "0.88", "0.74", "0.79", "0.83"),
                    ("GI", "3.9", "3.5", "3.2", "4.6", "4.1", "3.7"),
                    ("Dist. to ISO [cm]", "4.2", "5.1", "6.6", "3.9", "2.7", "5.8")]),
        P("PTV5 lies within the dorsal pons (intra-axial brainstem lesion); dose de-escalated to 15 Gy."),
        sig("Plan approved: Lucian Ferreira-Bright, MD 04/03/2026 09:12;  Physics: Amaya Strand, MS 04/03/2026 09:30"),
    ], [
        H2("Arc table and organ-at-risk constraints (landscape printout)"),
        RuledTable([("Arc", "Couch [deg]", "Gantry start-stop [deg]", "Collimator [deg]", "MU", "Dose rate [MU/min]"),
                    ("A1", "0", "181-179 CW", "5", "1642", "1400"),
                    ("A2", "45", "0-179 CW", "30", "1318", "1400"),
                    ("A3", "90", "0-179 CW", "45", "1107", "1400"),
                    ("A4", "315", "181-0 CCW", "330", "1390", "1400"),
                    ("A5", "270", "181-0 CCW", "300", "1266", "1400")]),
        RuledTable([("Structure", "Metric", "Constraint", "Achieved", "Pass"),
                    ("Brainstem minus PTV5", "D0.03cc", "< 15 Gy", "13.6 Gy", "yes"),
                    ("Optic chiasm", "D0.03cc", "< 8 Gy", "2.1 Gy", "yes"),
                    ("Brain - GTVs", "V12", "< 10 cc", "8.7 cc", "yes")]),
        H2("Delivery record (TALLYRT)"),
        RuledTable([("Date", "Fx", "Arcs", "MU delivered", "IGRT", "Status"),
                    ("04/06/2026", "1/1", "A1-A5", "6723", "CBCT + 6DoF couch, shift 0.9 mm, MD approved", "Treated")]),
        P("Patient-specific QA (film + ion chamber) 04/04/2026: 98.9% gamma 2%/1 mm, point dose -0.7%."),
    ]], opts=dict(header=banner(_c, _s, 5, "05/14/1966", "04/06/2026 16:40"), rotate={2: 90}, font="Helvetica"))])

# b33_06 -- bundle: R&V treatment history (5 fx cavity, interrupted and re-delivered fraction), prescription, note --
_c, _s = "KITTERIDGE REGIONAL ONCOLOGY", "MERIDIAN-RV Treatment History"
add(name="b33_06", kind="bundle", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("CAV_RF right frontal resection cavity", "cranial", S, 30, 5)],
    categories=cats(),
    notes="Record-and-verify history: one row per fraction per arc with cumulative dose at reference point "
          "RP_CAV and status; fraction 3 interrupted after arc 1 (status Partially treated, MLC fault), a "
          "machine-downtime row, and the remaining arc delivered the next morning as completion of fraction 3, "
          "so five fractions, 30 Gy. Imaging-only CBCT row. Prescription sheet and a short last-page note.",
    docs=[
        Doc("1_treatment_history.pdf", [[
            H1("TREATMENT HISTORY - course C1 (FSRT cavity)"),
            RuledTable([("Date", "Time", "Fx", "Field / arc", "Dose [cGy]", "Cumulative RP_CAV [cGy]", "Status"),
                        ("05/11/2026", "08:02", "-", "CBCT setup (imaging only)", "-", "0", "Imaging"),
                        ("05/11/2026", "08:10", "1", "ARC_CW", "300", "300", "Treated"),
                        ("05/11/2026", "08:14", "1", "ARC_CCW", "300", "600", "Treated"),
                        ("05/12/2026", "08:06", "2", "ARC_CW", "300", "900", "Treated"),
                        ("05/12/2026", "08:10", "2", "ARC_CCW", "300", "1200", "Treated"),
                        ("05/13/2026", "08:03", "3", "ARC_CW", "300", "1500", "Treated"),
                        ("05/13/2026", "08:08", "3", "ARC_CCW", "41", "1541", "Partially treated"),
                        ("05/13/2026", "08:09-15:30", "-", "MACHINE DOWNTIME: MLC leaf 31B fault", "-", "1541", "Down"),
                        ("05/14/2026", "07:52", "3", "ARC_CCW remainder (completes fx 3)", "259", "1800", "Treated"),
                        ("05/14/2026", "08:20", "4", "ARC_CW", "300", "2100", "Treated"),
                        ("05/14/2026", "08:24", "4", "ARC_CCW", "300", "2400", "Treated"),
                        ("05/15/2026", "08:05", "5", "ARC_CW", "300", "2700", "Treated"),
                        ("05/15/2026", "08:09", "5", "ARC_CCW", "300", "3000", "Treated")]),
            P("Each treatment fraction preceded by CBCT with 6DoF match, approved by the treating physician. "
              "The fraction 3 remainder (07:52) and fraction 4 (08:20) were both given on 05/14/2026 by physician "
              "order under the interrupted-fraction policy."),
            KeyValue([("Course totals", "5 of 5 fractions, 3000 cGy to RP_CAV (course status: Completed)")]),
        ]], opts=dict(header=banner(_c, _s, 6, "09/09/1971", "05/15/2026 12:00"), font="Courier")),
        Doc("2_prescription.pdf", [[
            H1("RADIATION PRESCRIPTION - stereotactic"),
            KeyValue([("Site", "Right frontal resection cavity (metastatic NSCLC, resected 04/08/2026)"),
                      ("Target", "CAV_RF, PTV = cavity + 2 mm, max dimension 3.1 cm"),
                      ("Dose", "600 cGy x 5 = 3000 cGy, 80% isodose"),
                      ("Machine", "6 MV gantry linac with 5 mm MLC, 2 coplanar VMAT arcs"),
                      ("Immobilisation", "Frameless thermoplastic mask"),
                      ("Simulation", "CT 1 mm in mask 05/04/2026, fused with post-op MRI T1+Gd 05/02/2026"),
                      ("IGRT", "CBCT each fraction"),
                      ("Status", "Approved 05/06/2026 - Wendeline Achterberg, MD")]),
            RuledTable([("OAR", "Constraint (5 fx)", "Plan"),
                        ("Optic chiasm", "Dmax < 25 Gy", "3.2 Gy"),
                        ("Brainstem", "Dmax < 31 Gy", "0.9 Gy")]),
            P("Plan check by physics 05/07/2026: MU independent calculation within 1.8%, portal dosimetry pass."),
        ]], opts=dict(header=banner(_c, "MERIDIAN-RX Prescriptions", 6, "09/09/1971", "05/07/2026 10:00"))),
        Doc("3_note.txt", text=f"""
KITTERIDGE REGIONAL ONCOLOGY - physician note   {patient(6)}  {mrn(6)}   05/15/2026
Completed FSRT to the right frontal resection cavity, 30 Gy in 5 fractions. Fraction 3 was interrupted by an MLC fault and completed the following morning before fraction 4. No new deficits. MRI in 2 months.
Electronically signed: Wendeline Achterberg, MD
{FOOT}
"""),
    ])

# b33_07 -- pdf: prescription with revision history (v1 5 fx superseded by v2 3 fx), two lesions, one near chiasm --
_c, _s = "OSTERLEY MOOR HOSPITAL - RADIATION ONCOLOGY", "ASTRALINE Rx & Plan Registry 11"
add(name="b33_07", kind="pdf", codes=["77373", "77435", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("PTV_PS planum sphenoidale meningioma", "cranial", C, 21, 3), L("PTV_LT left temporal metastasis", "cranial", S, 27, 3)],
    categories=cats(),
    notes="Prescription sheet with revision history: v1 (25 Gy / 5 to both targets) superseded before treatment "
          "by v2 (PTV_PS 7 Gy x 3 = 21 Gy; PTV_LT 9 Gy x 3 = 27 Gy). The planum meningioma edge is 3 mm from "
          "the optic chiasm (complex), the temporal metastasis is simple, so the claimed 61796 (all simple) is "
          "wrong while 61797 (one additional simple lesion) fits. Record shows three treated fractions.",
    docs=[Doc("b33_07.pdf", [[
        H1("STEREOTACTIC PRESCRIPTION  -  revision history"),
        RuledTable([("Version", "Created", "Status", "PTV_PS", "PTV_LT", "Reason"),
                    ("v1", "07/01/2026", "Superseded 07/06/2026", "500 cGy x 5", "500 cGy x 5", "initial"),
                    ("v2", "07/06/2026", "ACTIVE - approved", "700 cGy x 3", "900 cGy x 3", "tumour board: 3 fx, separate dose levels")]),
        H2("Active prescription (v2)"),
        RuledTable([("", "Dose per fx", "", "", "", ""),
                    ("Target", "[cGy]", "Fx", "Total [cGy]", "Isodose [%]", "Max dim [cm]"),
                    ("PTV_PS", "700", "3", "2100", "85", "2.3"),
                    ("PTV_LT", "900", "3", "2700", "80", "1.6")]),
        P("PTV_PS: planum sphenoidale meningioma, posterior edge 3 mm from the optic chiasm (chiasm Dmax 17.1 Gy "
          "in 3 fx against 17.4 Gy). PTV_LT: left temporal metastasis of renal cell carcinoma."),
        KeyValue([("Unit", "6 MV gantry linac, HD MLC, 4 VMAT arcs, isocentres ISO_A (PTV_PS) and ISO_B (PTV_LT)"),
                  ("Immobilisation", "Thermoplastic mask (3-point), mouth bite not used"),
                  ("Imaging", "CT sim 07/02/2026 (1 mm) + MRI 3D T1+Gd 07/01/2026, rigid registration"),
                  ("Guidance", "CBCT + surface monitoring each fraction")]),
    ], [
        H2("Fraction record"),
        RuledTable([("Date", "Fx", "PTV_PS [cGy]", "PTV_LT [cGy]", "Cum PTV_PS", "Cum PTV_LT", "Status"),
                    ("07/13/2026", "1", "700", "900", "700", "900", "Treated"),
                    ("07/15/2026", "2", "700", "900", "1400", "1800", "Treated"),
                    ("07/17/2026", "3", "700", "900", "2100", "2700", "Treated")]),
        P("Physics second check (v2): independent MU calculation both isocentres within 2.1%; diode-array "
          "measurement 97.6% (3%/2 mm). - B. Hallorann, PhD 07/09/2026"),
        H2("Physician note"),
        P("Course completed 07/17/2026: planum meningioma 21 Gy / 3 and left temporal metastasis 27 Gy / 3. "
          "No visual change. Ophthalmology review in 3 months."),
        sig("Marguerite Osei-Lindqvist, MD 07/17/2026"),
    ]], opts=dict(header=banner(_c, _s, 7, "02/11/1957", "07/17/2026 15:45")))])

# b33_08 -- bundle: plan report (4 targets), record with target 4 Not treated, scanned physics check, note --------
_c, _s = "PENHALLOW COAST RADIOTHERAPY", "ORBITAL-SRS Planner / ORBITAL-RV"
add(name="b33_08", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("GTV_A left frontal", "cranial", S, 20, 1), L("GTV_B right insula", "cranial", S, 20, 1),
             L("GTV_C left parietal", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Four targets planned, three treated: the record's status column marks GTV_D (2 mm right cerebellar "
          "focus) 'Not treated - observe per MD' after same-day review; the plan report still lists its 20 Gy. "
          "Template lists 'Head frame: not used', 'Fiducials: N/A'. Scanned physics second check (175 dpi). "
          "Claimed 61796 + 61797 fit the three simple lesions.",
    docs=[
        Doc("1_plan_report.pdf", [[
            H1("ORBITAL-SRS PLAN REPORT"),
            KeyValue([("Treatment unit", "6 MV gantry linac 'Kestrel LX' with micro-MLC"), ("Technique", "dynamic conformal arcs, 1 isocentre"),
                      ("Fractionation", "single fraction"), ("Head frame", "not used"), ("Thermoplastic mask", "used (open face)"),
                      ("Fiducials", "N/A"), ("Planning CT", "10/02/2026, 1 mm, in mask"), ("Planning MRI", "10/01/2026 T1 MPRAGE + Gd, fused")]),
            RuledTable([("", "Targets", "", "", ""),
                        ("", "GTV_A", "GTV_B", "GTV_C", "GTV_D"),
                        ("Location", "L frontal", "R insula", "L parietal", "R cerebellar"),
                        ("Size [mm]", "12", "8", "19", "2"),
                        ("Rx [Gy] @ 80%", "20", "20", "18", "20"),
                        ("Margin GTV-PTV [mm]", "1", "1", "1", "1"),
                        ("Arcs", "3", "3", "3", "2"),
                        ("MU", "2210", "1984", "2544", "1130")]),
            RuledTable([("OAR", "Dmax [Gy]", "Limit"), ("Brainstem", "6.2", "15"), ("Chiasm", "1.1", "8"), ("Lenses", "0.4", "2")]),
        ]], opts=dict(header=banner(_c, _s, 8, "06/06/1952", "10/05/2026 08:30"))),
        Doc("2_delivery_record.pdf", [[
            H1("DELIVERY RECORD  10/06/2026"),
            RuledTable([("Target", "Arcs", "Dose [Gy]", "IGRT", "Status"),
                        ("GTV_A", "3/3", "20", "CBCT 0.7 mm", "Treated"),
                        ("GTV_B", "3/3", "20", "-", "Treated"),
                        ("GTV_C", "3/3", "18", "-", "Treated"),
                        ("GTV_D", "0/2", "0", "-", "Not treated - observe per MD (same-day MRI: not enhancing)")]),
            P("Course: 1 session, three targets treated. GTV_D removed from the course by Dr. Tanaka-Rowe."),
        ]], opts=dict(header=banner(_c, "ORBITAL-RV", 8, "06/06/1952", "10/06/2026 13:10"))),
        Doc("3_physics_check.pdf", [[
            H1("PHYSICS SECOND CHECK (scanned)"),
            KeyValue([("Plan", "SRS_4T_v1"), ("Independent MU", "within 1.5% all arcs"), ("Film QA", "gamma 97.2% (3%/1 mm)"),
                      ("Mask / couch", "Winston-Lutz 0.6 mm, couch walkout 0.4 mm"), ("Checked", "N. Abernethy, MS 10/05/2026")]),
        ]], opts=dict(header=banner(_c, "physics", 8, "06/06/1952", "10/05/2026"), scan=True, scan_dpi=175, font="Courier")),
        Doc("4_note.txt", text=f"""
PENHALLOW COAST RADIOTHERAPY   {patient(8)}   {mrn(8)}   10/06/2026
SRS today, one session: left frontal 20 Gy, right insula 20 Gy, left parietal 18 Gy. The 2 mm right cerebellar focus was not treated; observe on the 6-week MRI.
Electronically signed: Haruto Tanaka-Rowe, MD
{FOOT}
"""),
    ])

# b33_09 -- pdf: cone-based linac AVM under frame, 18 Gy; last-page note says 16 Gy (contradiction) ----------------
_c, _s = "WYNDCLIFFE UNIVERSITY NEUROSCIENCES", "CONEPLAN-X 3.3"
add(name="b33_09", kind="pdf", codes=["77372", "77432", "61798", "61800"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI", "angiography"], ["frame"]),
    lesions=[L("AVM_NIDUS left parietal arteriovenous malformation", "cranial", C, 18, 1)],
    categories=cats(),
    contradiction="The physician note on the last page says the nidus received 16 Gy, while the plan table, the isodose prescription and the delivery record give 18 Gy.",
    notes="Cone-based linac radiosurgery of a left parietal AVM under a stereotactic frame, planned on "
          "stereotactic angiography + MRI + CT; plan table with cone sizes, MU per arc and 18 Gy at the 80% "
          "isodose, max 22.5 Gy. Last-page note says 16 Gy (contradiction; gold 18 Gy).",
    docs=[Doc("b33_09.pdf", [[
        H1("CONE RADIOSURGERY PLAN + DELIVERY"),
        KeyValue([("Unit", "6 MV gantry linear accelerator with stereotactic cone mount"),
                  ("Fixation", "Stereotactic head frame, pins x 4, localiser box"),
                  ("Imaging", "Stereotactic DSA (biplane angiography), MRI TOF + T1+Gd, CT 1 mm - all 01/20/2026"),
                  ("Target", "AVM_NIDUS, left parietal, 2.4 x 2.0 x 1.9 cm, Spetzler-Martin II"),
                  ("Prescription", "18.0 Gy to the 80% isodose, 1 fraction (max 22.5 Gy)")]),
        RuledTable([("Iso", "Cone [mm]", "Arc", "Couch [deg]", "Gantry [deg]", "MU", "Weight"),
                    ("ISO1", "17.5", "1", "10", "30-150", "712", "0.24"),
                    ("ISO1", "17.5", "2", "50", "30-140", "655", "0.22"),
                    ("ISO1", "17.5", "3", "330", "210-330", "688", "0.23"),
                    ("ISO2", "12.5", "4", "90", "20-120", "441", "0.16"),
                    ("ISO2", "12.5", "5", "280", "220-340", "429", "0.15")]),
        RuledTable([("Structure", "Dmax [Gy]", "V12 [cc]"), ("Brain - nidus", "-", "7.9"), ("Brainstem", "3.0", "0"), ("Optic tract L", "1.4", "0")]),
        H2("Delivery"),
        RuledTable([("Date", "Check", "Arcs", "Status"),
                    ("01/20/2026", "Localiser film, isocentre coordinates verified ISO1/ISO2 (0.3 mm)", "1-5", "Treated")]),
        P("Physics: independent MU check within 1%, Winston-Lutz 0.5 mm on the day. R. Daskalov, PhD"),
    ], [
        H2("Physician note"),
        P("AVM radiosurgery completed under frame today; nidus dose 16 Gy. Frame removed, discharged home. MRI at 6 "
          "and 12 months, angiography at 3 years."),
        sig("Benedikt Aalto-Ramsey, MD (Neurosurgery) and Fenella Odukoya, MD (Radiation Oncology) 01/20/2026"),
    ]], opts=dict(header=banner(_c, _s, 9, "10/17/1990", "01/20/2026 15:30"), font="Times-Roman"))])

# b33_10 -- bundle: ten metastases in one session; target table continued across a page break; two-column physics
_c, _s = "MARROWBY HEIGHTS CANCER PAVILION", "VERTEXPLAN MultiMet 2.1"
_doses = ["20", "20", "18", "20", "20", "18", "20", "20", "18", "20"]
_locs = ["R frontal", "L frontal", "R parietal", "L parietal", "R occipital", "L cerebellar", "R cerebellar",
         "L temporal", "R precentral", "L cuneus"]
add(name="b33_10", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 10, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L(f"M{i + 1} {_locs[i]}", "cranial", S, float(_doses[i]), 1) for i in range(10)],
    categories=cats(),
    notes="Ten metastases (M1..M10, all < 2 cm, none near the optic apparatus or brainstem) in one session on a "
          "gantry linac, single isocentre; target table with lesions across runs M1-M5 then '(continued)' "
          "M6-M10 on the next page with the headers repeated. Template rows 'Surface guidance: not used', "
          "'Frame: not used'. Separate two-column physics second-check document. 61797 allowed up to 4 units (more lesions "
          "treated than billable).",
    docs=[Doc("1_plan_summary.pdf", [[
        H1("MULTI-METASTASIS SRS PLAN SUMMARY"),
        KeyValue([("Linac", "6 MV FFF C-arm gantry linac, 2.5 mm MLC"), ("Isocentre", "1 (ISO_CENTRAL)"),
                  ("Fractions", "1"), ("Mask", "frameless thermoplastic mask - used"), ("Frame", "not used"),
                  ("Surface guidance", "not used"), ("CBCT", "used pre-treatment and mid-treatment"),
                  ("Planning", "CT 1 mm in mask 02/16/2026; MRI T1+Gd 02/15/2026 registered")]),
        RuledTable([("", "Lesion", "", "", "", ""),
                    ("Quantity", "M1", "M2", "M3", "M4", "M5"),
                    ("Location", *_locs[0:5]),
                    ("Diam. [mm]", "11", "6", "17", "9", "13"),
                    ("Rx [Gy]", *_doses[0:5]),
                    ("Min [Gy]", "19.6", "19.4", "17.5", "19.7", "19.5"),
                    ("Max [Gy]", "26.1", "27.0", "23.3", "25.8", "26.0"),
                    ("Coverage [%]", "99.2", "98.8", "99.0", "99.6", "98.9")]),
        P("Table continues on next page."),
    ], [
        H2("MULTI-METASTASIS SRS PLAN SUMMARY (continued)"),
        RuledTable([("", "Lesion", "", "", "", ""),
                    ("Quantity", "M6", "M7", "M8", "M9", "M10"),
                    ("Location", *_locs[5:10]),
                    ("Diam. [mm]", "19", "7", "5", "15", "8"),
                    ("Rx [Gy]", *_doses[5:10]),
                    ("Min [Gy]", "17.4", "19.6", "19.1", "17.6", "19.5"),
                    ("Max [Gy]", "23.0", "25.9", "27.4", "23.4", "26.2"),
                    ("Coverage [%]", "98.7", "99.4", "99.1", "98.6", "99.5")]),
        RuledTable([("OAR", "Metric", "Result", "Limit"), ("Brain - GTVs", "V12", "11.8 cc", "record (> 10 cc noted)"),
                    ("Brainstem", "Dmax", "7.7 Gy", "15 Gy"), ("Chiasm", "Dmax", "2.0 Gy", "8 Gy")]),
        RuledTable([("Date", "Fx", "Beam", "MU", "Status"), ("02/19/2026", "1", "VMAT x 4 arcs", "9840", "Treated - all ten lesions")]),
        sig("Cosmo Villarreal-Drummond, MD 02/19/2026"),
    ]], opts=dict(header=banner(_c, _s, 10, "08/01/1963", "02/19/2026 17:12"))),
    Doc("2_physics_second_check.pdf", [[
        H2("Physics second check"),
        P("Plan VP_MM10 reviewed against the prescription: ten targets, one fraction, doses as listed."),
        P("Independent dose calculation at the centre of each target: all within 3%."),
        P("Measured QA: film in head phantom, gamma 96.8% (3%/1 mm)."),
        ColumnBreak(),
        P("Off-axis checks: Winston-Lutz with couch 0/45/90/270, max 0.7 mm."),
        P("Pre-treatment CBCT tolerance set for the session: 1.0 mm / 1.0 deg, physician approval required."),
        sig("Ottoline Brack, MS, DABR 02/18/2026"),
    ]], opts=dict(header=banner(_c, "VERTEXPLAN QA module", 10, "08/01/1963", "02/18/2026 16:05"), two_columns=True))])


# ==================================================================================================
# Robotic-arm linac
# ==================================================================================================

# b33_11 -- bundle: robotic lung 54 Gy / 3 with fiducials and respiratory tracking; plan + record + note ----------
_c, _s = "HARTSEED BAY THORACIC ONCOLOGY", "ROBOPATH Planning 9 / ROBOPATH Delivery Log"
add(name="b33_11", kind="bundle", codes=["77373", "77435", "G0339", "G0340"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "PET"], ["fiducials"]),
    lesions=[L("PTV_RLL right lower lobe", "body", None, 54, 3)],
    categories=cats(),
    notes="Robotic-arm linac lung SBRT: plan printout with tracking mode 'fiducial + respiratory model', 3 gold "
          "fiducials (one rejected by the tracking algorithm), 142 non-isocentric beams, 18 Gy x 3 to the 70% "
          "isodose; a 'Prior course 2024' column of cord/oesophagus doses (4380/5820 cGy) beside this plan's in the OAR table; template rows "
          "'vacuum cushion: not used', 'abdominal compression: not used'. Delivery log per fraction with "
          "correlation error; G0339 + G0340 x2 fit.",
    docs=[
        Doc("1_plan_printout.pdf", [[
            H1("ROBOTIC SBRT PLAN PRINTOUT"),
            KeyValue([("System", "Robotic-arm mounted 6 MV linac, variable aperture collimator"),
                      ("Tracking mode", "fiducial tracking with respiratory correlation model"),
                      ("Fiducials", "3 gold seeds implanted 08/28/2026 (CT-guided); seed F3 excluded (migrated)"),
                      ("Vacuum cushion", "not used"), ("Abdominal compression", "not used"),
                      ("Planning imaging", "CT exhale breath-hold 1.25 mm 09/04/2026; PET/CT 08/19/2026 fused for GTV"),
                      ("Prescription", "5400 cGy in 3 fractions, 70% isodose")]),
            RuledTable([("", "Dose [cGy]", "", "", "", "", ""),
                        ("Target", "Rx", "D95", "Min", "Mean", "Max", "nCI"),
                        ("PTV_RLL", "5400", "5412", "5105", "6630", "7714", "1.16")]),
            RuledTable([("Structure", "This plan [cGy]", "Prior course 2024 [cGy]", "Constraint (3 fx)"),
                        ("Spinal cord Dmax", "1120", "4380", "composite < 5000"),
                        ("Oesophagus Dmax", "1410", "5820", "record"),
                        ("Chest wall V30", "8.4 cc", "-", "< 30 cc"),
                        ("Lung V20", "4.1 %", "-", "< 10 %")]),
            KeyValue([("Beams", "142 nodes/beams, 60 and 40 mm apertures"), ("Total MU", "41 866"),
                      ("Second check", "independent MU/dose calc 1.7% - physics 09/09/2026")]),
        ]], opts=dict(header=banner(_c, _s, 11, "01/27/1947", "09/09/2026 14:00"))),
        Doc("2_delivery_log.txt", text=f"""
ROBOPATH DELIVERY LOG   HARTSEED BAY THORACIC ONCOLOGY   printed 09/17/2026   page 1/1
PATIENT {mrn(11)}  {patient(11)}  DOB 01/27/1947

FX	DATE	BEAMS	MU	TRACK	CORREL_ERR_mm	DOSE_cGy	CUM_cGy	STATUS
1	09/11/2026	142/142	13 955	fiducial+resp	1.8	1800	1800	Treated
2	09/14/2026	142/142	13 955	fiducial+resp	2.1	1800	3600	Treated
3	09/16/2026	142/142	13 956	fiducial+resp	1.6	1800	5400	Treated

Course complete: 3 of 3 fractions, 5400 cGy to PTV_RLL.
{FOOT}
"""),
        Doc("3_note.txt", text=f"""
HARTSEED BAY THORACIC ONCOLOGY - end of treatment note   {patient(11)}  {mrn(11)}   09/16/2026
Right lower lobe adenocarcinoma cT1b N0, medically inoperable (FEV1 38%). Robotic SBRT 54 Gy in 3 fractions completed 09/16/2026 with fiducial tracking. Mild fatigue only. CT chest in 3 months.
Electronically signed: Ambrose Nakagawa-Pell, MD
{FOOT}
"""),
    ])

# b33_12 -- scan: robotic spine T10, spine tracking, no fiducials; record without dose column (summary unmet) ------
_c, _s = "ELLESMERE PARK SPINE & ROBOTIC RADIOTHERAPY", "ARMADA Treatment Record 2"
add(name="b33_12", kind="scan", codes=["G0339", "G0340", "77435", "63620"],
    facts=F("robotic_linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T10 vertebral body metastasis", "spinal", None, 27, 3)],
    categories=cats(summary=False),
    notes="Scanned two-page printout (200 dpi): robotic-arm linac, spine tracking (no fiducials: 'Fiducials: "
          "none'), vacuum bag, T10 vertebral body + left pedicle metastasis abutting the dura, prescription "
          "9 Gy x 3 = 27 Gy; record rows give MU, tracking and status 'Treated' for fractions 1-3 but no "
          "delivered dose and there is no completion summary (summary unmet). Cord Dmax 18.9 Gy.",
    docs=[Doc("b33_12.pdf", [[
        H1("SPINE SBRT - PLAN AND TREATMENT RECORD"),
        KeyValue([("Unit", "robotic-arm 6 MV linac, multileaf collimator head"),
                  ("Tracking", "spine tracking (skeletal, T9-T11), no implanted markers"),
                  ("Fiducials", "none"), ("Immobilisation", "full-length vacuum bag, arms down"),
                  ("Planning", "CT 1 mm (no myelogram) 03/03/2026 + MRI T1/T2 spine 03/02/2026, registered"),
                  ("Target", "T10 vertebral body and left pedicle, epidural extension abutting the dura (Bilsky 1b)"),
                  ("Prescription", "9 Gy x 3 fractions = 27 Gy to the 78% isodose")]),
        RuledTable([("Structure", "Dmax [Gy]", "D0.35cc [Gy]", "Limit (3 fx)"),
                    ("Spinal cord", "18.9", "15.6", "Dmax 22 / D0.35cc 18"),
                    ("Oesophagus", "20.4", "17.7", "25.2"), ("Left kidney", "Dmean 2.1", "", "record")]),
        P("Physics: plan check and DQA measurement 03/05/2026, 98.1% gamma (2%/2 mm)."),
    ], [
        H2("Treatment record"),
        RuledTable([("Fx", "Date", "Beams", "MU", "Tracking", "Max correction", "Status"),
                    ("1", "03/09/2026", "188", "18 412", "spine", "0.9 mm / 0.6 deg", "Treated"),
                    ("2", "03/11/2026", "188", "18 410", "spine", "1.1 mm / 0.4 deg", "Treated"),
                    ("3", "03/13/2026", "188", "18 413", "spine", "0.7 mm / 0.5 deg", "Treated")]),
        sig("Reviewed: Seraphine Dolan-Achebe, MD 03/13/2026"),
    ]], opts=dict(header=banner(_c, _s, 12, "04/04/1955", "03/13/2026 16:00"), scan=True, scan_dpi=200))])


# ==================================================================================================
# Spine and body SBRT on gantry linacs
# ==================================================================================================

# b33_13 -- pdf: spine SBRT, lesion labels L1/L2 at T11 and L3; prior 8 Gy course at T11 --------------------------
_c, _s = "CARNBROOK VERTEBRAL ONCOLOGY SERVICE", "SPINALIS Plan Review 6"
add(name="b33_13", kind="pdf", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L1 (T11 vertebral body)", "spinal", None, 24, 2), L("L2 (L3 vertebral body)", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Spine SBRT plan review with lesion labels 'L1' and 'L2' that are lesion numbers, not vertebrae: L1 is "
          "at T11 and L2 at L3, 12 Gy x 2 each. Lesions across the columns, Rx/D90/min/max and cord/cauda "
          "constraints; T11 had 8 Gy x 1 conventional in 2025 (shown in a prior-dose column). Vacuum cushion, "
          "CBCT + 6DoF each fraction. 63620 + 63621 fit.",
    docs=[Doc("b33_13.pdf", [[
        H1("SPINE SBRT PLAN REVIEW"),
        KeyValue([("Linac", "6 MV gantry linear accelerator, 5 mm MLC, 6DoF couch"),
                  ("Immobilisation", "vacuum cushion + knee wedge, arms on chest"),
                  ("Imaging", "CT sim 1 mm 11/02/2026; MRI thoracolumbar T1/T2 11/01/2026 fused"),
                  ("Lesion numbering", "L1 and L2 are lesion numbers in this plan, not vertebral levels")]),
        RuledTable([("", "Lesion", ""),
                    ("Quantity", "L1", "L2"),
                    ("Vertebral level", "T11 body + R pedicle", "L3 body"),
                    ("Epidural", "abuts dura (Bilsky 1a)", "abuts dura (Bilsky 1a)"),
                    ("Rx [Gy] / fx", "24 / 2", "24 / 2"),
                    ("D90 [Gy]", "24.1", "24.3"),
                    ("Min [Gy]", "17.2", "19.0"),
                    ("Max [Gy]", "30.4", "29.8"),
                    ("Prior RT [Gy]", "8 Gy x 1 (2025, conventional)", "none"),
                    ("Arcs", "2 VMAT", "2 VMAT"),
                    ("Isocentre", "ISO_T11", "ISO_L3")]),
        RuledTable([("OAR", "Metric", "Limit (2 fx)", "Plan", "Pass"),
                    ("Spinal cord (T11)", "Dmax", "17 Gy", "15.8 Gy", "yes"),
                    ("Cauda equina (L3)", "Dmax", "20 Gy", "19.1 Gy", "yes"),
                    ("Bowel", "D5cc", "18 Gy", "11.2 Gy", "yes")]),
    ], [
        H2("Fraction log"),
        RuledTable([("Date", "Fx", "L1 [Gy]", "L2 [Gy]", "Cum L1", "Cum L2", "IGRT", "Status"),
                    ("11/09/2026", "1", "12", "12", "12", "12", "CBCT + 6DoF", "Treated"),
                    ("11/12/2026", "2", "12", "12", "24", "24", "CBCT + 6DoF", "Treated")]),
        P("Physics: second calculation within 2%, portal dosimetry 99.0%. Summary: L1 (T11) 24 Gy / 2, L2 (L3) 24 Gy / 2."),
        sig("Idris Holloway-Mbeki, MD 11/12/2026"),
    ]], opts=dict(header=banner(_c, _s, 13, "07/07/1950", "11/12/2026 18:01"), font="Helvetica"))])

# b33_14 -- bundle: liver SBRT 50 Gy / 5 with fiducials and compression; R&V with downtime + imaging rows ---------
_c, _s = "SOLWAY FIRTH HEPATOBILIARY RADIOTHERAPY", "TESSERA-RV history / TESSERA-Plan"
add(name="b33_14", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("PTV_HCC segment VIII", "body", None, 50, 5)],
    categories=cats(),
    notes="Liver SBRT (HCC, segment VIII, label 'S8') 10 Gy x 5: R&V history with cumulative dose per reference "
          "point (RP_S8 and RP_LIVERMEAN), a machine-downtime day with the fraction moved, a kV-pair "
          "imaging-only row on the downtime day, and a 'Not treated' row for a cancelled slot. Three gold "
          "fiducials and abdominal compression; 4DCT + MRI. Prescription sheet, plan summary, brief note.",
    docs=[
        Doc("1_prescription_and_plan.pdf", [[
            H1("SBRT PRESCRIPTION AND PLAN SUMMARY"),
            KeyValue([("Target", "PTV_HCC, hepatocellular carcinoma, segment VIII (S8), 3.4 cm"),
                      ("Prescription", "1000 cGy x 5 = 5000 cGy, D95 >= 100%"),
                      ("Linac", "6 MV FFF gantry linac, 2 partial VMAT arcs, ISO_LIVER"),
                      ("Localisation", "3 gold fiducials (placed 02/03/2026); abdominal compression plate"),
                      ("Simulation", "4DCT with contrast 02/10/2026; MRI liver (gadoxetate) 02/09/2026 registered"),
                      ("Prior therapy", "TACE x 2 (2025)")]),
            RuledTable([("", "Dose [Gy]", "", "", ""),
                        ("Target / OAR", "D95", "Mean", "Max", "Limit"),
                        ("PTV_HCC", "50.2", "55.4", "61.8", "D95 >= 50"),
                        ("Liver - GTV", "-", "11.6", "-", "mean < 15.2"),
                        ("Duodenum", "-", "-", "27.9", "Dmax < 32"),
                        ("Stomach", "-", "-", "22.0", "Dmax < 32")]),
            P("Physics second check 02/13/2026: independent calculation 1.2%, measured QA 98.4% (3%/2 mm). K. Lindqvist-Amadi, PhD"),
        ]], opts=dict(header=banner(_c, "TESSERA-Plan", 14, "10/10/1953", "02/13/2026 09:40"))),
        Doc("2_treatment_history.pdf", [[
            H1("TREATMENT HISTORY - TESSERA-RV"),
            RuledTable([("Date", "Session", "Field", "Image", "Dose [cGy]", "Cum RP_S8", "Cum RP_LIVERMEAN", "Status"),
                        ("02/16/2026", "Fx 1", "ARC1+ARC2", "CBCT, fiducial match", "1000", "1000", "232", "Treated"),
                        ("02/18/2026", "Fx 2", "ARC1+ARC2", "CBCT, fiducial match", "1000", "2000", "464", "Treated"),
                        ("02/20/2026", "-", "-", "kV pair (imaging only)", "-", "2000", "464", "Not treated - machine down"),
                        ("02/20/2026", "DOWNTIME", "-", "-", "-", "-", "-", "Gantry interlock, service 10:00-18:00"),
                        ("02/23/2026", "Fx 3", "ARC1+ARC2", "CBCT, fiducial match", "1000", "3000", "696", "Treated"),
                        ("02/25/2026", "Fx 4", "ARC1+ARC2", "CBCT, fiducial match", "1000", "4000", "928", "Treated"),
                        ("02/27/2026", "Fx 5", "ARC1+ARC2", "CBCT, fiducial match", "1000", "5000", "1160", "Treated")]),
            KeyValue([("Summary", "5 fractions treated 02/16-02/27/2026; RP_S8 5000 cGy; course Completed")]),
        ]], opts=dict(header=banner(_c, "TESSERA-RV", 14, "10/10/1953", "02/27/2026 17:00"), font="Courier")),
        Doc("3_note.txt", text=f"""
SOLWAY FIRTH HEPATOBILIARY RADIOTHERAPY   {patient(14)}   {mrn(14)}   02/27/2026
Segment VIII HCC: SBRT 50 Gy in 5 fractions completed today; one day lost to a gantry fault (02/20) and made up. Child-Pugh A6, no toxicity above grade 1. Labs and MRI in 6 weeks.
Electronically signed: Rosalind Achterberg-Yeo, MD
{FOOT}
"""),
    ])

# b33_15 -- pdf: left adrenal 40 Gy / 5; banner summary says 4 fractions but record shows 5 (contradiction); landscape p2
_c, _s = "TREVANION GENERAL - RADIATION SCIENCES", "ZENITH RT Course Browser 8"
add(name="b33_15", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("PTV_LADR left adrenal metastasis", "body", None, 40, 5)],
    categories=cats(),
    contradiction="The course summary box says 4 fractions delivered (3200 cGy), while the fraction record lists five treated fractions reaching 4000 cGy and the physician note says 40 Gy in 5.",
    notes="Structured course browser printout: left adrenal metastasis (NSCLC) 8 Gy x 5 = 40 Gy on a gantry "
          "linac with a body vacuum cushion, 4DCT + PET/CT. The summary box on page 1 says 'Fractions "
          "delivered: 4' and 3200 cGy; the landscape fraction record on page 2 lists five treated fractions to "
          "4000 cGy and the note says 40 Gy / 5 (contradiction; gold 5 fx, 40 Gy). Prior right lung SBRT "
          "(2024, 54 Gy / 3) in a previous-courses row.",
    docs=[Doc("b33_15.pdf", [[
        H1("COURSE BROWSER - C2 ADRENAL SBRT"),
        KeyValue([("Course summary", "C2 | Status: Completed | Fractions delivered: 4 | Dose to PTV_LADR: 3200 cGy"),
                  ("Previous courses", "C1 (2024): right upper lobe SBRT 5400 cGy / 3 fx - not this course"),
                  ("Unit", "6 MV gantry linac, 2.5/5 mm MLC"),
                  ("Immobilisation", "full-body vacuum cushion, arms up"),
                  ("Imaging", "4DCT sim 05/18/2026; PET/CT 05/06/2026 fused for GTV"),
                  ("Prescription", "800 cGy x 5 = 4000 cGy to PTV_LADR (PTV = ITV + 5 mm), 3 coplanar arcs")]),
        RuledTable([("OAR", "Constraint (5 fx)", "Achieved"), ("Left kidney", "Dmean < 10 Gy", "6.3 Gy"),
                    ("Stomach", "D0.03cc < 33 Gy", "28.4 Gy"), ("Spinal cord", "Dmax < 28 Gy", "11.0 Gy")]),
        P("Second check: independent MU within 1.9%; patient-specific QA 97.9%. - physics 05/21/2026"),
    ], [
        H2("Fraction record (landscape)"),
        RuledTable([("Fx", "Date", "IGRT", "Shift [mm]", "Dose [cGy]", "Cumulative [cGy]", "Status"),
                    ("1", "05/25/2026", "CBCT", "2.1", "800", "800", "Treated"),
                    ("2", "05/27/2026", "CBCT", "1.4", "800", "1600", "Treated"),
                    ("3", "05/29/2026", "CBCT", "3.0", "800", "2400", "Treated"),
                    ("4", "06/01/2026", "CBCT", "1.7", "800", "3200", "Treated"),
                    ("5", "06/03/2026", "CBCT", "1.2", "800", "4000", "Treated")]),
        H2("Physician note"),
        P("Left adrenal metastasis: SBRT 40 Gy in 5 fractions completed 06/03/2026. Mild nausea, resolved."),
        sig("Tamsin Abiodun-Greer, MD 06/03/2026"),
    ]], opts=dict(header=banner(_c, _s, 15, "09/29/1959", "06/03/2026 14:44"), rotate={2: 270}))])

# b33_16 -- bundle: pancreas 33 Gy / 5, plan revised mid-course (v1 fx 1-2, v2 fx 3-5), plan sum ------------------
_c, _s = "BLACKTHORNE PANCREAS & GI RADIOTHERAPY", "LUMEN PlanSum 4 / LUMEN-RV"
add(name="b33_16", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("PTV_PANC pancreatic head", "body", None, 33, 5)],
    categories=cats(),
    notes="Pancreatic head SBRT 6.6 Gy x 5 = 33 Gy with a plan revised mid-course: PLAN_A for fractions 1-2, "
          "re-simulation for duodenal change and PLAN_B for fractions 3-5 (same target and dose per fraction); "
          "plan sum 33 Gy. Prescription sheet with revision history (v1 superseded by v2, which changed only "
          "the plan reference). Fiducials + vacuum cushion, CT + MRI. 'SIB 25 Gy' elective level not used.",
    docs=[
        Doc("1_prescription.txt", text=f"""
BLACKTHORNE PANCREAS & GI RADIOTHERAPY | LUMEN-RX | patient {mrn(16)} | {patient(16)} | DOB 03/14/1960 | printed 04/24/2026 | page 1 of 1

REVISION | DATE       | STATUS     | TARGET   | DOSE/FX | FX | TOTAL  | PLAN   | COMMENT
v1       | 04/02/2026 | SUPERSEDED | PTV_PANC | 660 cGy | 5  | 3300 cGy | PLAN_A | initial
v2       | 04/14/2026 | ACTIVE     | PTV_PANC | 660 cGy | 5  | 3300 cGy | PLAN_B | re-plan after fx 2 (duodenal distension); fractions 3-5 on PLAN_B

Elective 25 Gy simultaneous level (v0 draft): NOT USED.
Target: pancreatic head adenocarcinoma, borderline resectable after FOLFIRINOX.
Localisation: 3 fiducials (EUS-placed 03/20/2026); vacuum cushion, arms up; exhale breath-hold.
Simulation: CT with contrast 03/27/2026 and re-sim CT 04/13/2026; MRI abdomen 03/26/2026 registered.
Approved: Dmitri Okafor-Lang, MD 04/14/2026
{FOOT}
"""),
        Doc("2_plan_sum.pdf", [[
            H1("PLAN SUM  PSUM_PANC = PLAN_A (x2) + PLAN_B (x3)"),
            RuledTable([("", "Dose [Gy]", "", "", "", ""),
                        ("Structure", "PLAN_A x2", "PLAN_B x3", "Sum D95", "Sum Max", "Limit"),
                        ("PTV_PANC", "13.2", "19.8", "33.1", "36.9", "D95 >= 33"),
                        ("Duodenum D0.5cc", "6.9", "9.1", "16.0", "-", "< 33"),
                        ("Stomach D0.5cc", "5.2", "7.4", "12.6", "-", "< 33"),
                        ("Bowel D0.5cc", "4.0", "6.0", "10.0", "-", "< 30")]),
            P("PLAN_B second check: independent MU 1.4%, measured 98.6% (3%/2 mm), physics 04/14/2026."),
        ]], opts=dict(header=banner(_c, "LUMEN PlanSum 4", 16, "03/14/1960", "04/20/2026 10:00"))),
        Doc("3_record.pdf", [[
            H1("LUMEN-RV FRACTION RECORD"),
            RuledTable([("Fx", "Date", "Plan", "Image", "Dose [cGy]", "Cum [cGy]", "Status"),
                        ("1", "04/08/2026", "PLAN_A", "CBCT + fiducials, breath-hold", "660", "660", "Treated"),
                        ("2", "04/10/2026", "PLAN_A", "CBCT + fiducials, breath-hold", "660", "1320", "Treated"),
                        ("-", "04/13/2026", "-", "re-simulation CT", "-", "1320", "Re-plan"),
                        ("3", "04/15/2026", "PLAN_B", "CBCT + fiducials, breath-hold", "660", "1980", "Treated"),
                        ("4", "04/17/2026", "PLAN_B", "CBCT + fiducials, breath-hold", "660", "2640", "Treated"),
                        ("5", "04/20/2026", "PLAN_B", "CBCT + fiducials, breath-hold", "660", "3300", "Treated")]),
            P("6 MV gantry linac, 2 VMAT arcs per plan. Course completed: 3300 cGy in 5 fractions to PTV_PANC."),
            sig("Dmitri Okafor-Lang, MD 04/20/2026"),
        ]], opts=dict(header=banner(_c, "LUMEN-RV", 16, "03/14/1960", "04/20/2026 16:30"))),
    ])

# b33_17 -- ehr_text: tab-separated prostate SBRT export, per-fraction doses, G0339 claimed on a gantry linac -------
add(name="b33_17", kind="ehr_text", codes=["77373", "77435", "G0339"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("PTV_PROST prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Tab-separated course export: prostate SBRT 725 cGy x 5 on a gantry linac (C-arm, kV imaging of three "
          "gold markers each fraction), per-fraction rows with dose per fraction and a running total; the "
          "prescription line gives only the dose per fraction and count. Template rows 'vacuum cushion: no', "
          "'rectal balloon: no', hydrogel spacer 'yes' (not an immobilization device). Urethra Dmax 37.9 Gy "
          "and rectum D1cc 35.1 Gy near the Rx. G0339 (robotic only) is claimed wrongly.",
    docs=[Doc("b33_17.txt", text=f"""
CASTLEMAINE UROLOGIC RADIATION CENTRE\tPROSTAFORM Export 2.6\tprinted 2026-12-01 09:00\tpage 1 of 1
patient_id\t{mrn(17)}
name\t{patient(17)}
dob\t1951-05-05
diagnosis\tC61 adenocarcinoma prostate, Gleason 3+4, PSA 7.8, favourable intermediate risk
unit\t6 MV C-arm gantry linac, kV/kV imaging
markers\t3 gold fiducial markers (transperineal, 2026-10-19)
spacer\thydrogel rectal spacer: yes (2026-10-19)
vacuum_cushion\tno
rectal_balloon\tno
planning_ct\t2026-10-29 1.5 mm, comfortably full bladder
planning_mri\t2026-10-29 T2 axial 2 mm, registered on markers
rx\tPTV_PROST\t725 cGy per fraction\t5 fractions\tD95 >= 100%
oar\turethra Dmax 37.9 Gy\trectum D1cc 35.1 Gy\tbladder D10cc 30.2 Gy
qa\tindependent calc 0.8%\tmeasured gamma 99.1% (3%/2 mm)\tphysicist L. Ferrante-Osei
#fx\tdate\tdose_cGy\trunning_total_cGy\timaging\tstatus
1\t2026-11-16\t725\t725\tkV pair, marker match 1.3 mm\tTreated
2\t2026-11-18\t725\t1450\tkV pair, marker match 2.0 mm\tTreated
3\t2026-11-20\t725\t2175\tkV pair, marker match 0.9 mm\tTreated
4\t2026-11-23\t725\t2900\tkV pair, marker match 1.6 mm\tTreated
5\t2026-11-25\t725\t3625\tkV pair, marker match 1.1 mm\tTreated
course_status\tCompleted
signed\tBartholomew Ines-Karlsson MD\t2026-11-25
{FOOT}
""")])


# ==================================================================================================
# Hard negatives and near-misses
# ==================================================================================================

# b33_18 -- bundle: cranial plan approved, every session cancelled (never treated) --------------------------------
_c, _s = "DUNMORROW ST. AIDAN'S CANCER CENTRE", "QUADRANT-SRS / QUADRANT-RV"
add(name="b33_18", kind="bundle", codes=["77372", "77432", "61796"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a cranial SRS plan (two metastases, 20 Gy and 18 Gy, mask, CT + MRI) approved on a "
          "gantry linac, but the R&V record shows the single session 'Cancelled' and the note says the patient "
          "was admitted with a pulmonary embolism; the course was closed untreated and will be re-planned. "
          "Nothing delivered: facts empty, every category unmet, every code inconsistent.",
    docs=[
        Doc("1_plan_report.pdf", [[
            H1("QUADRANT-SRS PLAN REPORT (APPROVED)"),
            KeyValue([("Unit", "6 MV gantry linac, HD-MLC"), ("Mask", "thermoplastic, made 08/03/2026"),
                      ("Images", "CT 08/03/2026 + MRI 08/01/2026 fused"), ("Fractions", "1 (planned)")]),
            RuledTable([("", "Target", ""), ("Quantity", "PTV_A", "PTV_B"), ("Location", "L frontal", "R cerebellar"),
                        ("Rx [Gy] planned", "20", "18"), ("Isodose [%]", "80", "80"), ("MU", "3012", "2870")]),
            P("Plan approved 08/06/2026 for treatment on 08/07/2026."),
        ]], opts=dict(header=banner(_c, "QUADRANT-SRS", 18, "12/12/1948", "08/06/2026 15:00"))),
        Doc("2_rv_record.txt", text=f"""
QUADRANT-RV SESSION LIST | {_c} | {mrn(18)} | {patient(18)} | DOB 12/12/1948 | printed 08/12/2026 | page 1/1
SESSION | SCHEDULED  | PLAN          | STATUS    | DOSE DELIVERED | REASON
1       | 08/07/2026 | SRS_2MET_v1   | Cancelled | 0 cGy          | patient admitted (ED 08/06 22:40)
COURSE STATUS: Closed - not treated. Delivered fractions: 0 of 1.
{FOOT}
"""),
        Doc("3_note.txt", text=f"""
{_c} - physician note   {patient(18)}  {mrn(18)}   08/12/2026
Radiosurgery on 08/07 did not take place: admitted with a pulmonary embolism. Course closed. Will re-image with MRI and re-plan once anticoagulated and stable; new plan required.
Electronically signed: Evander Mulholland-Sato, MD
{FOOT}
"""),
    ])

# b33_19 -- pdf: conventional hypofractionated lung 60 Gy / 15 printed in an SBRT-looking template ---------------
_c, _s = "YARROWFIELD COMMUNITY RADIOTHERAPY", "PULSAR Course Printout 3"
add(name="b33_19", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 15, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("PTV_LUL left upper lobe", "body", None, 60, 15)],
    categories=cats(),
    notes="Near-miss: a course printout on a template with 'SBRT' fields: central left upper lobe tumour treated "
          "400 cGy x 15 = 6000 cGy (moderately hypofractionated, not stereotactic) with wing board, 4DCT + PET. "
          "The 'SBRT eligibility' field says 'No - central, > 5 fractions'. 15 fractions: claimed 77373/77435 "
          "inconsistent, no delivery code.",
    docs=[Doc("b33_19.pdf", [[
        H1("COURSE PRINTOUT - C1 LUNG"),
        RuledTable([("Field", "Value"),
                    ("Technique", "VMAT, hypofractionated (conventional)"),
                    ("SBRT eligibility", "No - central location; > 5 fractions chosen"),
                    ("Unit", "6 MV gantry linac"),
                    ("Immobilisation", "vacuum cushion on a wing board, arms up, knee support"),
                    ("Simulation", "4DCT 01/05/2026; PET/CT 12/22/2025 fused"),
                    ("Prescription", "400 cGy x 15 = 6000 cGy to PTV_LUL"),
                    ("IGRT", "daily CBCT")]),
        RuledTable([("Wk", "Fx", "Dates", "Dose [cGy]", "Cumulative [cGy]", "Status"),
                    ("1", "1-5", "01/12-01/16/2026", "2000", "2000", "Treated"),
                    ("2", "6-10", "01/19-01/23/2026", "2000", "4000", "Treated"),
                    ("3", "11-15", "01/26-01/30/2026", "2000", "6000", "Treated")]),
        P("Physics weekly checks x3 complete; initial plan second check 0.9%."),
        P("Summary: PTV_LUL 6000 cGy in 15 fractions, completed 01/30/2026."),
        sig("Gulliver Ashdown-Reyes, MD 01/30/2026"),
    ]], opts=dict(header=banner(_c, _s, 19, "11/11/1943", "01/30/2026 12:12")))])

# b33_20 -- pdf: QA-only phantom plan for an upcoming SBRT; patient not yet treated --------------------------------
_c, _s = "NETHERBY LAKES PHYSICS DEPARTMENT", "QUASAR-QA Verification Report"
add(name="b33_20", kind="pdf", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a patient-specific QA report of a verification plan (the patient's liver SBRT plan, "
          "45 Gy / 3, recalculated on a cylindrical phantom) with delivered phantom dose, MU and gamma results, "
          "on a gantry linac. The header carries the patient, but the course status is 'Planned - first "
          "fraction 12/07/2026' and nothing was delivered to the patient. Facts empty, categories unmet.",
    docs=[Doc("b33_20.pdf", [[
        H1("PATIENT-SPECIFIC QA - VERIFICATION PLAN (PHANTOM)"),
        KeyValue([("Clinical plan", "LIV_SBRT_v1, 1500 cGy x 3 planned (not yet treated)"),
                  ("Verification plan", "QA_LIV_SBRT_v1 on cylindrical diode phantom"),
                  ("Delivered to", "phantom only, 12/02/2026 19:30"),
                  ("Linac", "6 MV FFF gantry linac"),
                  ("Course status", "Planned - first fraction scheduled 12/07/2026")]),
        RuledTable([("Arc", "MU planned", "MU delivered", "Point dose [cGy] calc", "meas", "Diff [%]"),
                    ("ARC1", "1804", "1804", "762.1", "755.9", "-0.8"),
                    ("ARC2", "1766", "1766", "741.5", "746.0", "0.6")]),
        RuledTable([("Criterion", "Result", "Action"), ("Gamma 3%/2 mm", "98.7%", "pass"), ("Gamma 2%/1 mm", "93.1%", "pass (> 90%)")]),
        P("Verification passed. Clinical plan released for treatment."),
        sig("Perpetua Windrush-Obi, MS, DABR 12/02/2026"),
    ]], opts=dict(header=banner(_c, _s, 20, "02/28/1962", "12/02/2026 20:05")))])


CORPUS = Corpus("blind_corpus33", "tests/blind_corpus33", CHARTS, pdf_options={"footer": FOOT, "font": "Helvetica"},
                hand_written=["README.md", "FIRST_RUN.md"])
