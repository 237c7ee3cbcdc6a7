"""Fifty-eighth blind corpus, ``tests/blind_corpus58/`` (regenerate: ``python scripts/make_corpus.py blind_corpus58``).

Twenty courses written as OTHER CLINICS' SYSTEM PRINTOUTS, as they come off twenty different (invented) planning,
record-and-verify and EHR systems: plan summaries whose dose tables carry several dose columns (prescription,
min, mean, max, D95, coverage %, isodose line, dose per fraction), a DVH/constraint page with organ doses beside
target doses, per-fraction treatment logs (one row per session per isocentre or field, MU, couch shifts,
imaging per session), prescriptions with revisions and signatures, physics second-check reports, EHR
"encounter" exports with header/footer boilerplate on every page, landscape (rotated) pages, wrapped table
cells, system-style structure names (PTV07_Pons_15Gy, GTV1, Met03_LtCblm, CTV_T11-L1, PTV_LUL), CSV, pipe and
fixed-width exports, dates in several formats, cGy and Gy. Every clinic and system is invented. Two charts
contradict themselves (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (exports are deliberately one long line per record)

from __future__ import annotations

from pdfmaker import ColumnBreak, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ADELINE", "BARNABY", "CORDELIA", "DESMOND", "ESPERANZA", "FLETCHER", "GWENDOLYN", "HORATIO", "IMOGEN",
         "JASPER", "KATHARINE", "LEOPOLD", "MARISOL", "NATHANIEL", "OPHELIA", "PERCIVAL", "QUINCY", "ROSALIND",
         "SEBASTIAN", "TALLULAH"]


def patient(n: int) -> str:
    return f"FIFTYEIGHTPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-580{n:02d}"


def sysbar(clinic: str, system: str, n: int, dob: str, printed: str) -> list[str]:
    """The banner a planning / R&V system prints on every page."""
    return [f"{clinic}  -  {system}", f"Patient: {patient(n)}   ID: {mrn(n)}   DOB: {dob}   Printed: {printed}"]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# n58_01 -- pdf: cobalt-60 frame plan summary, 4 metastases, dose table with min/mean/max/coverage columns ---------
add(name="n58_01", kind="pdf", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("Met01_RtFront", "cranial", S, 20, 1), L("Met02_LtPar", "cranial", S, 20, 1),
             L("Met03_LtCblm", "cranial", S, 18, 1), L("Met04_RtOcc", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Cobalt-60 planning-system plan summary printout (ORIONPLAN, invented): four metastases under a "
          "stereotactic head frame, one session, dose table with Rx, isodose %, min, mean, max, coverage %, "
          "selectivity, gradient index and shot columns (max 40.0 / 36.0 Gy are the 50% isodose hot spots, not "
          "the dose); organ doses below; delivery block with frame coordinate check and a 'Delivered' column. "
          "All lesions under 3.5 cm and away from the optic apparatus and brainstem: simple.",
    docs=[Doc("n58_01.pdf", [[
        H1("TREATMENT PLAN SUMMARY"),
        KeyValue([("Plan name", "SRS_4MET_0309 (approved)"), ("Planning system", "ORIONPLAN 11.2 (invented)"),
                  ("Treatment unit", "Multi-source cobalt-60 radiosurgery unit, 192 sources, 4/8/16 mm collimators"),
                  ("Fixation", "Stereotactic head frame, 4 pins, applied 06:55 under local anesthetic (Dr. Vance)"),
                  ("Stereotactic imaging", "MR T1 post-contrast 3D 1.0 mm with indicator box, 09-MAR-2026 07:40; CT 1.0 mm with frame, 09-MAR-2026 08:05; co-registered (mean error 0.4 mm)"),
                  ("Fractionation", "Single fraction"), ("Prescription convention", "Marginal dose to the stated isodose line")]),
        H2("Targets"),
        RuledTable([("Target", "Max diam (mm)", "Vol (cm3)", "Rx (Gy)", "IDL (%)", "Min (Gy)", "Mean (Gy)", "Max (Gy)", "Coverage (%)", "Sel. idx", "GI", "Shots"),
                    ("Met01_RtFront", "14", "0.92", "20.0", "50", "18.7", "27.4", "40.0", "98", "0.87", "2.71", "6"),
                    ("Met02_LtPar", "10", "0.41", "20.0", "50", "19.1", "28.0", "40.0", "99", "0.84", "2.88", "3"),
                    ("Met03_LtCblm", "19", "2.35", "18.0", "50", "16.9", "24.9", "36.0", "97", "0.89", "2.64", "11"),
                    ("Met04_RtOcc", "7", "0.18", "20.0", "55", "19.4", "26.2", "36.4", "99", "0.79", "3.02", "2")],
                   widths=(88, 34, 36, 30, 36, 32, 36, 32, 58, 36, 30, 38)),
        H2("Organs at risk"),
        RuledTable([("Structure", "Max (Gy)", "Mean (Gy)", "Volume metric", "Limit"),
                    ("Brainstem", "9.8", "1.9", "V12Gy 0.00 cm3", "Dmax < 15 Gy"),
                    ("Optic chiasm", "2.1", "1.0", "-", "Dmax < 8 Gy"),
                    ("Brain - targets", "40.0", "2.6", "V12Gy 6.1 cm3", "V12Gy < 10 cm3")]),
        H2("Delivery"),
        RuledTable([("Target", "Rx (Gy)", "Delivered (Gy)", "Beam-on (min)", "Status"),
                    ("Met01_RtFront", "20.0", "20.0", "21.6", "Delivered"),
                    ("Met02_LtPar", "20.0", "20.0", "12.9", "Delivered"),
                    ("Met03_LtCblm", "18.0", "18.0", "38.4", "Delivered"),
                    ("Met04_RtOcc", "20.0", "20.0", "13.5", "Delivered")]),
        P("Frame coordinate verification (X, Y, Z) before treatment: max deviation 0.3 mm, accepted. Treatment start "
          "10:41, end 12:17 on 03/09/2026; total beam-on 86.4 min; no interruptions. Frame removed 12:30."),
        sig("Marcus Vance, MD (Neurosurgery) 03/09/2026 12:41"),
        sig("Helena Oduya, MD (Radiation Oncology) 03/09/2026 12:44"),
        sig("Priya Castellano, PhD, DABR (Medical Physics) 03/09/2026 12:50"),
    ]], opts=dict(header=sysbar("LAKESHORE NEUROSCIENCE INSTITUTE - Radiosurgery Center", "ORIONPLAN 11.2 (invented) Plan Report", 1, "1958-11-02", "2026-03-09 14:22"),
                  footer=["Plan report generated by ORIONPLAN - for clinical use only when signed", FOOT]))])

# n58_02 -- pdf with a landscape (rotated) page: single-isocentre linac SRS, 10 metastases, one in the pons ---------
add(name="n58_02", kind="pdf", codes=["77372", "77432", "61798", "61797", "61799"],
    facts=F("linac", ["cranial"], 10, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("PTV01_LtFront_20Gy", "cranial", S, 20, 1), L("PTV02_RtFront_20Gy", "cranial", S, 20, 1),
             L("PTV03_RtPar_20Gy", "cranial", S, 20, 1), L("PTV04_LtTemp_18Gy", "cranial", S, 18, 1),
             L("PTV05_LtOcc_20Gy", "cranial", S, 20, 1), L("PTV06_RtCblm_18Gy", "cranial", S, 18, 1),
             L("PTV07_Pons_15Gy", "cranial", C, 15, 1), L("PTV08_LtCblm_20Gy", "cranial", S, 20, 1),
             L("PTV09_RtThal_16Gy", "cranial", S, 16, 1), L("PTV10_Vermis_18Gy", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Linac single-isocentre multi-metastasis plan summary (SEXTANT-TPS, invented) printed landscape and "
          "stored rotated (page 1): ten PTVs with Rx, fractions, dose per fraction, isodose, D95, Dmin, Dmean, "
          "Dmax and V100% columns, wrapped structure names; page 2 the delivery record (one fraction, CBCT + "
          "6DoF, four arcs, one isocentre). PTV07 lies within the pons (complex by location); the rest simple. "
          "61799 claimed with only one complex lesion: wrong.",
    docs=[Doc("n58_02.pdf", [[
        H1("Plan Summary - Multiple Brain Metastases (single isocenter)"),
        KeyValue([("Course / Plan", "C1 SRS_Brain / MBM_10T_ISO1 (status: Treatment Approved)"),
                  ("Machine", "6 MV FFF gantry linac, 2.5 mm leaf MLC, 6DoF couch"),
                  ("Technique", "4 non-coplanar VMAT arcs (couch 0, 45, 315, 90), 1 isocenter"),
                  ("Imaging for planning", "CT SIM 1 mm 04/07/2026 + MR 3D T1 post-gad 1 mm 04/06/2026, rigid registration")]),
        RuledTable([("Structure", "Max dim (mm)", "Vol (cc)", "Rx (Gy)", "Fx", "Dose/Fx (Gy)", "IDL (%)", "D95 (Gy)", "Dmin (Gy)", "Dmean (Gy)", "Dmax (Gy)", "V100% (%)"),
                    ("PTV01_LtFront_20Gy", "12", "0.61", "20", "1", "20.00", "80", "20.1", "18.9", "23.1", "25.0", "98.4"),
                    ("PTV02_RtFront_20Gy", "9", "0.33", "20", "1", "20.00", "80", "20.2", "19.0", "23.3", "25.0", "98.9"),
                    ("PTV03_RtPar_20Gy", "16", "1.48", "20", "1", "20.00", "80", "20.0", "18.6", "22.9", "25.0", "97.6"),
                    ("PTV04_LtTemp_18Gy", "21", "3.02", "18", "1", "18.00", "80", "18.1", "16.8", "20.7", "22.5", "97.1"),
                    ("PTV05_LtOcc_20Gy", "8", "0.25", "20", "1", "20.00", "80", "20.3", "19.2", "23.4", "25.0", "99.2"),
                    ("PTV06_RtCblm_18Gy", "18", "2.11", "18", "1", "18.00", "80", "18.0", "16.5", "20.8", "22.5", "96.8"),
                    ("PTV07_Pons_15Gy", "7", "0.19", "15", "1", "15.00", "80", "15.1", "14.2", "17.2", "18.8", "98.0"),
                    ("PTV08_LtCblm_20Gy", "11", "0.52", "20", "1", "20.00", "80", "20.1", "18.8", "23.0", "25.0", "98.5"),
                    ("PTV09_RtThal_16Gy", "13", "0.88", "16", "1", "16.00", "80", "16.0", "15.0", "18.4", "20.0", "97.9"),
                    ("PTV10_Vermis_18Gy", "10", "0.44", "18", "1", "18.00", "80", "18.2", "17.1", "20.9", "22.5", "98.7")],
                   widths=(110, 32, 32, 26, 20, 38, 28, 34, 34, 38, 34, 40)),
        P("PTV = GTV + 1 mm. PTV07_Pons_15Gy lies within the pons (brainstem); dose reduced to 15 Gy. Brainstem D0.03cc 16.9 Gy "
          "(includes PTV07); optic chiasm Dmax 3.2 Gy; Brain-GTVs V12Gy 8.7 cc."),
    ], [
        H1("Treatment Delivery Record"),
        KeyValue([("Immobilization", "Open-face thermoplastic SRS mask, surface guidance during delivery"),
                  ("Fraction", "1 of 1, delivered 04/14/2026 08:12-08:49"),
                  ("Pre-treatment imaging", "CBCT, 6DoF correction 0.9 mm / 0.6 deg; verification CBCT after arc 2: 0.3 mm"),
                  ("Arcs delivered", "4 / 4, MU 5,612 total"),
                  ("Targets treated", "All 10 PTVs at the doses listed on page 1")]),
        sig("Anika Thorvaldsen, MD, Radiation Oncology 04/14/2026"),
        sig("Rafael Mendoza-Lusk, MS, DABR, Physics 04/14/2026"),
    ]], opts=dict(header=sysbar("GRANITE RIDGE CANCER CENTER", "SEXTANT-TPS 6.0 (invented)", 2, "07/19/1961", "04/14/2026 10:03"),
                  rotate={1: 90}))])

# n58_03 -- bundle (2 files): prescription with revisions + CSV per-field fraction log; cavity FSRT 30 Gy/5 ----------
add(name="n58_03", kind="bundle", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("PTV_Cavity_LtTemp_30Gy", "cranial", S, 30, 5)],
    categories=cats(),
    notes="Record-and-verify prescription printout with a revision history (Rev A 27 Gy/3 fx superseded, Rev B "
          "30 Gy/5 fx to the 80% IDL approved, e-signatures with timestamps) and a CSV treatment log with one row "
          "per session per arc (three arcs) plus a CBCT row per session: partial field doses (cGy) and cumulative "
          "column. Left temporal resection cavity 2.8 cm: simple. Arcs and imaging rows are not fractions.",
    docs=[
        Doc("1_prescription.pdf", [[
            H1("PRESCRIPTION - PTV_Cavity_LtTemp_30Gy"),
            KeyValue([("Course", "C1 Brain SRT (post-op)"), ("Diagnosis", "C79.31 - metastatic NSCLC, left temporal, resected 04/10/2026 (GTR)"),
                      ("Site", "Left temporal resection cavity, 2.8 cm maximum dimension"),
                      ("Simulation", "CT 1 mm 05/01/2026, frameless SRS mask (thermoplastic, 3-point); post-op MRI T1+C 04/29/2026 registered"),
                      ("Technique", "3 VMAT arcs, 6 MV FFF, CASSIOPEIA TPS 4 (invented)"),
                      ("Image guidance", "CBCT daily before treatment, 6DoF couch")]),
            H2("Revision history"),
            RuledTable([("Rev", "Created", "Total dose", "Fx", "Dose/fx", "Prescribed to", "Status", "Approved by"),
                        ("A", "05/04/2026", "2700 cGy", "3", "900 cGy", "80% IDL", "Superseded 05/06/2026 (cavity 14.2 cc, brain V24 > 16 cc)", "-"),
                        ("B", "05/06/2026", "3000 cGy", "5", "600 cGy", "80% IDL, D95 >= Rx", "Approved", "Chen, L. MD 05/06/2026 16:02")],
                       widths=(30, 70, 50, 24, 48, 62, 130, 86)),
            P("Rev B dosimetry: PTV D95 30.2 Gy, Dmin 28.1 Gy, Dmean 34.0 Gy, Dmax 37.5 Gy, coverage 96.1%. Brain-PTV V24Gy 11.3 cc; "
              "brainstem Dmax 12.0 Gy; left optic nerve Dmax 4.4 Gy."),
            sig("Lillian Chen, MD, Radiation Oncology 05/06/2026 16:02"),
            sig("Tobias Grunwald, MS, DABR, Medical Physics (plan check) 05/07/2026 09:15"),
        ]], opts=dict(header=sysbar("SAWTOOTH VALLEY ONCOLOGY", "ASTERION R&V 12 (invented) - Prescription", 3, "02/14/1966", "05/07/2026"))),
        Doc("2_treatment_log.txt", text=f"""
# ASTERION R&V 12 (invented) - Treatment History export (CSV)
# Patient: {patient(3)}  ID: {mrn(3)}  Course: C1 Brain SRT (post-op)  Plan: SRT_Cav_RevB
# Reference point: PTV_Cavity_LtTemp_30Gy  Prescribed: 3000 cGy / 5 fx
session,date,time,field,type,MU,couch_vrt_cm,couch_lng_cm,couch_lat_cm,pitch_deg,roll_deg,field_dose_cGy,session_cum_cGy,course_cum_cGy,status,therapists
1,2026-05-11,08:02,CBCT_1,imaging,,0.12,-0.08,0.05,0.4,-0.2,,,,approved,JR/KM
1,2026-05-11,08:09,ARC1_CW,treatment,812,,,,,,206,206,206,complete,JR/KM
1,2026-05-11,08:12,ARC2_CCW_c45,treatment,745,,,,,,198,404,404,complete,JR/KM
1,2026-05-11,08:15,ARC3_CW_c315,treatment,731,,,,,,196,600,600,complete,JR/KM
2,2026-05-12,08:05,CBCT_1,imaging,,0.06,0.11,-0.02,0.2,0.1,,,,approved,JR/AL
2,2026-05-12,08:11,ARC1_CW,treatment,812,,,,,,206,206,806,complete,JR/AL
2,2026-05-12,08:14,ARC2_CCW_c45,treatment,745,,,,,,198,404,1004,complete,JR/AL
2,2026-05-12,08:17,ARC3_CW_c315,treatment,731,,,,,,196,600,1200,complete,JR/AL
3,2026-05-13,07:58,CBCT_1,imaging,,-0.04,0.09,0.07,-0.3,0.0,,,,approved,KM/AL
3,2026-05-13,08:04,ARC1_CW,treatment,812,,,,,,206,206,1406,complete,KM/AL
3,2026-05-13,08:07,ARC2_CCW_c45,treatment,745,,,,,,198,404,1604,complete,KM/AL
3,2026-05-13,08:10,ARC3_CW_c315,treatment,731,,,,,,196,600,1800,complete,KM/AL
4,2026-05-14,08:20,CBCT_1,imaging,,0.10,-0.03,0.01,0.1,0.3,,,,approved,JR/KM
4,2026-05-14,08:26,ARC1_CW,treatment,812,,,,,,206,206,2006,complete,JR/KM
4,2026-05-14,08:29,ARC2_CCW_c45,treatment,745,,,,,,198,404,2204,complete,JR/KM
4,2026-05-14,08:32,ARC3_CW_c315,treatment,731,,,,,,196,600,2400,complete,JR/KM
5,2026-05-15,08:01,CBCT_1,imaging,,0.03,0.05,-0.06,0.0,-0.1,,,,approved,JR/AL
5,2026-05-15,08:07,ARC1_CW,treatment,812,,,,,,206,206,2606,complete,JR/AL
5,2026-05-15,08:10,ARC2_CCW_c45,treatment,745,,,,,,198,404,2804,complete,JR/AL
5,2026-05-15,08:13,ARC3_CW_c315,treatment,731,,,,,,196,600,3000,complete,JR/AL
# Course status: COMPLETED 2026-05-15  Delivered 3000 cGy / 5 fx to PTV_Cavity_LtTemp_30Gy
# Images reviewed and approved: L. Chen MD (sessions 1-5)
# {FOOT}
"""),
    ])

# n58_04 -- ehr_text: EHR encounter export, robotic linac single-session SRS of a vestibular schwannoma -----------------
_hdr4 = f"""PINECREST HEALTH  |  CEDARCHART EHR (invented)  |  ENCOUNTER EXPORT
{patient(4)}   MRN {mrn(4)}   DOB 08/30/1955   Sex F   Encounter date 06/02/2026
CONFIDENTIAL - contains protected health information - do not redistribute"""
add(name="n58_04", kind="ehr_text", codes=["G0339", "77432", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    notes="EHR encounter export with the header and footer boilerplate repeated on each of its two 'pages': a "
          "procedure note dictated with numbers in words ('twelve Gray ... eighty-one percent isodose line') for "
          "single-session robotic-arm linac radiosurgery of a 1.7 cm left vestibular schwannoma (complex by "
          "tumour type), custom mask, CT + MRI (CISS) fused, 6D skull tracking; structured flowsheet rows after. "
          "G0339 (robotic, session 1 of 1), 77432 and 61798 all consistent.",
    docs=[Doc("n58_04.txt", text=f"""
{_hdr4}
----------------------------------------------------------------------------------------------------
Encounter type: Radiation Oncology - Procedure (Stereotactic Radiosurgery)
Department: Pinecrest Cancer Pavilion, Radiosurgery Suite B
Attending: Dominic Achterberg, MD        Co-surgeon: Farah Nakashima-Boyle, MD (Neurosurgery)
Visit diagnosis: D33.3 Benign neoplasm of cranial nerves (left vestibular schwannoma)

PROCEDURE NOTE (dictated 06/02/2026 13:40, transcribed 06/02/2026 15:02)
Ms. Fiftyeightpatient is a seventy-year-old woman with a left vestibular schwannoma measuring one point seven
centimeters, enlarging on serial MRI, with serviceable hearing. After discussion of observation, microsurgery and
radiosurgery she chose radiosurgery. Her custom thermoplastic mask was made at simulation on May twenty-sixth, with a
one millimeter contrast CT, and a CISS and post-gadolinium T1 MRI the same day, fused to the CT. The tumor and the
cochlea, brainstem and facial nerve course were contoured.

Today she was positioned supine in the mask on the robotic couch. Using the robotic-arm mounted six MV linac with
six-dimensional skull tracking, twelve Gray was delivered in a single fraction to the eighty-one percent isodose line,
one hundred forty-four beams from sixty-eight nodes, fixed ten millimeter collimator. Tracking images were acquired
every thirty to forty-five seconds; translations stayed under half a millimeter. She tolerated the procedure well.

----------------------------------------------------------------------------------------------------
Electronically signed by Dominic Achterberg, MD on 06/02/2026 16:11
This document was exported from CEDARCHART on 06/03/2026 07:30 by HIM-REL-04. Page 1 of 2
{FOOT}

{_hdr4}
----------------------------------------------------------------------------------------------------
FLOWSHEET: SRS TREATMENT (structured)
  Row                          Value                                   Entered by        Time
  Target                       L_VS (left vestibular schwannoma)       R. Olafsdottir    06/02 09:02
  Max dimension                17 mm                                   R. Olafsdottir    06/02 09:02
  Prescription                 1200 cGy x 1 to 81% IDL                 D. Achterberg     05/29 17:20
  Planning system              TRIDENT-RS 3 (invented)                 C. Whitfield      05/29 15:45
  Target coverage              97.3 %                                  C. Whitfield      05/29 15:45
  Dmax target                  14.81 Gy                                C. Whitfield      05/29 15:45
  Cochlea Dmean                3.6 Gy                                  C. Whitfield      05/29 15:45
  Brainstem D0.035cc           9.9 Gy                                  C. Whitfield      05/29 15:45
  Physics 2nd check            Independent MU calc within 1.8% - PASS  C. Whitfield      05/29 16:30
  Fraction                     1 of 1 - COMPLETE                       R. Olafsdottir    06/02 10:58
  Dose delivered               1200 cGy                                R. Olafsdottir    06/02 10:58
  Tracking                     6D skull, mean correction 0.3 mm        R. Olafsdottir    06/02 10:58
  Follow-up                    MRI + audiogram in 6 months             D. Achterberg     06/02 16:11
----------------------------------------------------------------------------------------------------
This document was exported from CEDARCHART on 06/03/2026 07:30 by HIM-REL-04. Page 2 of 2
{FOOT}
""")])

# n58_05 -- pdf: DVH / constraint page + fraction record, cobalt-60 mask 25 Gy/5 petroclival meningioma -------------
add(name="n58_05", kind="pdf", codes=["77371", "77432", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("PTV_RtPetroclival (petroclival meningioma)", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Planning-system DVH/constraint evaluation page (VEGA-GP, invented) for a mask-based cobalt-60 course: "
          "right petroclival meningioma (complex by location) 25 Gy in 5 fractions to the 50% isodose, target "
          "rows (coverage, D95, Dmin, Dmean, Dmax 50 Gy) beside organ rows (brainstem, chiasm, cochlea, optic "
          "nerve) with goals and plan values, then a per-fraction record with on-unit CBCT and motion monitoring. "
          "Claimed 77371/77432 are single-session codes: wrong for 5 fractions (77373/77435).",
    docs=[Doc("n58_05.pdf", [[
        H1("PLAN EVALUATION - DOSE-VOLUME CONSTRAINTS"),
        KeyValue([("Plan", "RT_PCM_5FX v2 (clinical, approved 2026-05-28)"), ("Unit", "Multi-source cobalt-60 radiosurgery unit, mask-based (on-unit CBCT, infrared nose-marker monitoring)"),
                  ("Target", "Right petroclival meningioma (imaging diagnosis), 2.6 x 2.2 x 1.9 cm, abutting the pons"),
                  ("Prescription", "25.0 Gy in 5 fractions (5.0 Gy per fraction) to the 50% isodose"),
                  ("Planning images", "MRI 3D T1+Gd 1 mm and T2 CISS 0.6 mm, 2026-05-20; CT 1 mm 2026-05-20 (bone, mask), co-registered"),
                  ("Immobilization", "Thermoplastic mask with nose marker, head cushion")]),
        RuledTable([("Structure", "Type", "Metric", "Goal", "Plan value", "Result"),
                    ("PTV_RtPetroclival", "Target", "Coverage (V25Gy)", ">= 95%", "97.1%", "PASS"),
                    ("PTV_RtPetroclival", "Target", "D95", ">= 25.0 Gy", "25.4 Gy", "PASS"),
                    ("PTV_RtPetroclival", "Target", "Dmin / Dmean / Dmax", "report", "21.8 / 33.9 / 50.0 Gy", "-"),
                    ("PTV_RtPetroclival", "Target", "Isodose line", "50%", "50%", "-"),
                    ("Brainstem", "OAR", "D0.03cc", "<= 31.0 Gy", "28.7 Gy", "PASS"),
                    ("Brainstem", "OAR", "V23Gy", "<= 0.5 cc", "0.38 cc", "PASS"),
                    ("Optic chiasm", "OAR", "D0.03cc", "<= 25.0 Gy", "11.2 Gy", "PASS"),
                    ("Optic nerve R", "OAR", "D0.03cc", "<= 25.0 Gy", "9.6 Gy", "PASS"),
                    ("Cochlea R", "OAR", "Dmean", "<= 17.1 Gy", "12.3 Gy", "PASS"),
                    ("Trigeminal nerve R", "OAR", "Dmax", "report", "31.2 Gy", "-")],
                   widths=(110, 46, 112, 72, 110, 46)),
        P("Evaluated by Yusuf Branagh, PhD (physics) 2026-05-28; approved by Ingrid Solheim-Park, MD 2026-05-28. Collimators 4/8 mm, 24 shots."),
        H2("Fraction record"),
        RuledTable([("Fx", "Date", "CBCT registration (mm)", "Max nose-marker excursion (mm)", "Dose/fx (Gy)", "Cumulative (Gy)", "Initials"),
                    ("1", "2026-06-01", "0.6", "0.9", "5.0", "5.0", "TB/NW"),
                    ("2", "2026-06-02", "0.4", "0.7", "5.0", "10.0", "TB/NW"),
                    ("3", "2026-06-03", "0.5", "1.1", "5.0", "15.0", "NW/EK"),
                    ("4", "2026-06-04", "0.3", "0.8", "5.0", "20.0", "TB/EK"),
                    ("5", "2026-06-05", "0.5", "0.6", "5.0", "25.0", "TB/NW")],
                   widths=(26, 74, 84, 100, 60, 74, 60)),
        P("Course completed 2026-06-05: 25.0 Gy / 5 fractions delivered to PTV_RtPetroclival."),
        sig("Ingrid Solheim-Park, MD, Radiation Oncology 2026-06-05"),
    ]], opts=dict(header=sysbar("BAYVIEW RADIOSURGERY CENTER", "VEGA-GP 3.4 (invented) DVH Evaluation", 5, "1962-04-11", "2026-06-05 15:40")))])

# n58_06 -- scan: physics second-check report (independent MU calculation), linac SRS, 3 metastases in cGy -----------
add(name="n58_06", kind="scan", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("GTV1 (R frontal)", "cranial", S, 20, 1), L("GTV2 (L parietal)", "cranial", S, 20, 1),
             L("GTV3 (R cerebellar)", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Scanned (150 dpi, slight skew, speckle) physics second-check report from an independent MU program "
          "(ALTAIR MUCheck, invented): three targets GTV1-3 prescribed in cGy (2000/2000/1800 x 1), per-arc TPS "
          "and independent MU with % difference, patient-specific QA gamma result, then a treatment sign-off "
          "block (delivered 07/16/2026, CBCT + 6DoF, mask). MU and % differences are not doses.",
    docs=[Doc("n58_06.pdf", [[
        H1("INDEPENDENT DOSE / MU SECOND CHECK"),
        KeyValue([("Plan", "SRS_3MET_v1   Planning system: LYNX SRS 2.1 (invented)"), ("Machine", "6 MV FFF gantry linac (LINAC-2), HD MLC"),
                  ("Datasets", "CT_SIM 07/13/2026 1 mm; MR_T1C_3D 07/12/2026 1 mm, rigid registration reviewed"),
                  ("Immobilization", "Frameless SRS mask"), ("Isocenter", "single, 5 dynamic conformal arcs")]),
        RuledTable([("Target", "Size (mm)", "Rx (cGy)", "Fx", "IDL", "Arc", "TPS MU", "Indep MU", "Diff (%)", "Result"),
                    ("GTV1 R frontal", "13", "2000", "1", "80%", "A1", "1,204", "1,219", "+1.2", "PASS"),
                    ("", "", "", "", "", "A2", "1,166", "1,179", "+1.1", "PASS"),
                    ("GTV2 L parietal", "9", "2000", "1", "80%", "A3", "1,091", "1,073", "-1.6", "PASS"),
                    ("GTV3 R cerebellar", "22", "1800", "1", "80%", "A4", "1,322", "1,341", "+1.4", "PASS"),
                    ("", "", "", "", "", "A5", "1,287", "1,296", "+0.7", "PASS")]),
        P("Action level 3%. All arcs within tolerance. Patient-specific QA (diode array, 07/15/2026): gamma 2%/1 mm 98.6% passing. "
          "Point dose in GTV3 ion chamber -0.9%."),
        sig("Checked: Odile Marchetti, MS, DABR 07/15/2026"),
        H2("Treatment sign-off"),
        KeyValue([("Date delivered", "07/16/2026"), ("Setup", "Mask, CBCT + 6DoF couch (1.1 mm, 0.7 deg corrected)"),
                  ("Delivered", "GTV1 2000 cGy, GTV2 2000 cGy, GTV3 1800 cGy - single fraction, all 5 arcs")]),
        sig("Theodore Kwan-Aldana, MD, Radiation Oncology 07/16/2026"),
    ]], opts=dict(header=sysbar("COPPER HILLS MEDICAL CENTER - Radiation Physics", "ALTAIR MUCheck 5 (invented)", 6, "12/03/1971", "07/16/2026"),
                  scan=True, scan_dpi=150, scan_skew=0.6, scan_noise=6.0))])

# n58_07 -- pdf two-column page: cobalt-60 frame radiosurgery for trigeminal neuralgia, shot table -----------------
add(name="n58_07", kind="pdf", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("RT_TRIG_N (right trigeminal nerve, functional target)", "cranial", C, 80, 1)],
    categories=cats(),
    notes="One two-column page from a cobalt-60 planning system (ANTARES-GP, invented): left column plan summary "
          "(right trigeminal neuralgia, refractory to carbamazepine; functional target, complex; 80 Gy maximum "
          "dose at the 100% isodose, one 4 mm shot; brainstem 15 Gy isodose contact), right column shot table and "
          "delivery log with frame coordinate check. Frame, MRI CISS + CT.",
    docs=[Doc("n58_07.pdf", [[
        H1("RADIOSURGERY PLAN & DELIVERY"),
        H2("Plan summary"),
        KeyValue([("Indication", "Right trigeminal neuralgia (G50.0), V2-V3, refractory to carbamazepine and oxcarbazepine"),
                  ("Target", "RT_TRIG_N: right trigeminal nerve, cisternal segment, 7 mm anterior to the root entry zone"),
                  ("Prescription", "80 Gy maximum dose (100% isodose), single fraction"),
                  ("Frame", "Stereotactic head frame, 4 pins, 08/18/2026 07:10"),
                  ("Imaging", "MRI CISS 0.5 mm + T1 post-contrast (frame, indicator box) 08/18/2026 07:55; CT 1 mm 08:20 for fusion"),
                  ("Planning", "ANTARES-GP 9 (invented), 1 shot, 4 mm collimator, 2 sectors plugged")], value_x=90),
        P("Brainstem: 15 Gy isodose tangential to the pons surface; brainstem Dmax 19.6 Gy in 0.004 cc. Optic apparatus not in field."),
        ColumnBreak(),
        H2("Shot table"),
        TextTable([("Shot", "X", "Y", "Z", "Coll", "Weight", "Time (min)"),
                   ("1", "121.4", "108.9", "131.2", "4 mm", "1.00", "58.3")], columns=(0, 34, 80, 126, 172, 210, 252)),
        H2("Delivery log 08/18/2026"),
        TextTable([("Time", "Event"),
                   ("10:02", "Frame adapter fitted; coordinate verification PASS (0.2 mm)"),
                   ("10:09", "Shot 1 start"),
                   ("11:07", "Shot 1 complete; 80.0 Gy max delivered"),
                   ("11:20", "Frame removed, pin sites dressed")], columns=(0, 50)),
        P("Delivered dose to RT_TRIG_N: 80.0 Gy (100% isodose), 1 fraction."),
        sig("Gideon Ferreira-Holt, MD (Neurosurgery) 08/18/2026"),
        sig("Mina Okonkwo-Sato, MD (Radiation Oncology) 08/18/2026"),
        sig("Lars Vinterberg, PhD (Physics) 08/18/2026"),
    ]], opts=dict(header=sysbar("RIVERBEND NEUROLOGICAL INSTITUTE", "ANTARES-GP 9 (invented)", 7, "05/05/1949", "08/18/2026 13:05"),
                  two_columns=True))])

# n58_08 -- pdf: linac cone SRS of an AVM under a head ring, angiography; claimed 77371 (wrong unit) ------------------
add(name="n58_08", kind="pdf", codes=["77371", "77432", "61798", "61800"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI", "angiography"], ["frame"]),
    lesions=[L("AVM_Nidus_LtPar", "cranial", C, 18, 1)],
    categories=cats(),
    notes="Linac plan summary (DENEB-CRANIAL, invented) for a left parietal AVM nidus (complex by type), 18 Gy to "
          "the 80% IDL with Dmin/Dmean/Dmax/D95/coverage/CI columns, stereotactic head ring with pins, biplane "
          "angiography + CT + MRI, five cone arcs on a 6 MV gantry linac, kV pair and frame check before "
          "delivery. Claimed 77371 is the cobalt-60 code: wrong for a gantry linac (77372).",
    docs=[Doc("n58_08.pdf", [[
        H1("Cranial Radiosurgery - Plan Summary Report"),
        KeyValue([("Diagnosis", "Q28.2 arteriovenous malformation, left parietal, Spetzler-Martin II, prior hemorrhage 2025"),
                  ("Head fixation", "Stereotactic head ring, 4 pins, local anesthesia, 08/24/2026 06:50"),
                  ("Imaging", "Biplane digital subtraction angiography (DSA) with localizer 08/24/2026 07:35; CT angiogram 1 mm and MRI T1/T2 1 mm (08/24/2026), registered"),
                  ("Treatment unit", "6 MV gantry linac, stereotactic cones (7.5 / 10 mm)"),
                  ("Technique", "5 non-coplanar cone arcs, 2 isocenters"),
                  ("Planning system", "DENEB-CRANIAL 4.2 (invented)")]),
        RuledTable([("Target", "Vol (cc)", "Max diam (cm)", "Rx (Gy)", "IDL", "Dmin (Gy)", "Dmean (Gy)", "Dmax (Gy)", "D95 (Gy)", "Coverage", "CI"),
                    ("AVM_Nidus_LtPar", "3.9", "2.2", "18.0", "80%", "16.4", "20.6", "22.5", "18.1", "96.2%", "1.31")],
                   widths=(94, 32, 40, 34, 32, 38, 42, 38, 36, 58, 26)),
        RuledTable([("OAR", "Dmax (Gy)", "Note"), ("Brainstem", "2.3", ""), ("Optic chiasm", "0.9", ""),
                    ("Normal brain V12Gy", "7.8 cc", "expected radionecrosis risk discussed")]),
        H2("Delivery"),
        P("08/24/2026: ring-to-couch mount; target positioner coordinates verified (0.3 mm); orthogonal kV pair confirmed "
          "isocenter 1 and 2 before the first arc of each. Arcs 1-5 delivered 11:14-11:58. 18 Gy to the 80% IDL delivered "
          "to AVM_Nidus_LtPar in one session. Ring removed 12:10."),
        sig("Esther Lindqvist-Obi, MD, Radiation Oncology 08/24/2026"),
        sig("Caspar Reinholt, MD, Neurosurgery 08/24/2026"),
        sig("Joon-ho Aldridge, MS, DABR 08/24/2026"),
    ]], opts=dict(header=sysbar("SUMMIT CREST UNIVERSITY HOSPITAL", "DENEB-CRANIAL 4.2 (invented)", 8, "1990-01-27", "2026-08-24")))])

# n58_09 -- ehr_text: pipe-delimited R&V session export, 2 metastases 27 Gy/3, one row per session per isocenter ---------
add(name="n58_09", kind="ehr_text", codes=["77373", "77435", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 3, ["CT", "MRI"], []),
    lesions=[L("Met01_RtPar", "cranial", S, 27, 3), L("Met02_LtCblm", "cranial", S, 27, 3)],
    categories=cats(positioning=False),
    notes="Pipe-delimited record-and-verify export (POLARIS-RV, invented): two metastases (15 and 11 mm) each "
          "on its own isocenter, 2700 cGy / 3 fx at 900 cGy, six SESSION rows (3 sessions x 2 isocenters) with "
          "MU, CBCT and couch shifts, cumulative cGy per target. Isocenters and rows are not lesions or "
          "fractions. The export names no immobilization device: positioning unmet.",
    docs=[Doc("n58_09.txt", text=f"""
##EXPORT|POLARIS-RV 9.3 (invented)|HARBOR POINT RADIATION ONCOLOGY|generated 20260918T063012
##PATIENT|{mrn(9)}|{patient(9)}|DOB 19640322|SEX M
##COURSE|C2_SRT_BRAIN|status COMPLETE|start 20260914|end 20260918|physician R. Sandoval-Eke MD
##DIAG|C79.31|metastatic melanoma to brain
##PLANIMG|CT|20260908|1.0 mm|contrast
##PLANIMG|MR|20260907|T1 MPRAGE post-gad 1.0 mm|registered to CT 20260909
##MACHINE|LINAC_3|6 MV FFF gantry linac
RECTYPE|TARGET|SIZE_MM|RX_TOTAL_CGY|FX|CGY_PER_FX|IDL|PLAN|ISO|ARCS|TPS
RX|Met01_RtPar|15|2700|3|900|80%|SRT_2MET_v1|ISO_A|2 VMAT|ORCA-PLAN 5 (invented)
RX|Met02_LtCblm|11|2700|3|900|80%|SRT_2MET_v1|ISO_B|2 VMAT|ORCA-PLAN 5 (invented)
RECTYPE|SESSION|DATE|TIME|ISO|TARGET|MU|IGRT|VRT_CM|LNG_CM|LAT_CM|ROT_DEG|DOSE_CGY|CUM_CGY|STATUS|USER
SESSION|1|20260914|07:31|ISO_A|Met01_RtPar|2210|CBCT|0.08|-0.11|0.04|0.3|900|900|TREATED|mkl/dp
SESSION|1|20260914|07:44|ISO_B|Met02_LtCblm|1985|CBCT|-0.02|0.06|0.10|0.2|900|900|TREATED|mkl/dp
SESSION|2|20260916|07:29|ISO_A|Met01_RtPar|2210|CBCT|0.05|0.02|-0.07|0.1|900|1800|TREATED|mkl/tr
SESSION|2|20260916|07:41|ISO_B|Met02_LtCblm|1985|CBCT|0.04|-0.03|0.01|0.4|900|1800|TREATED|mkl/tr
SESSION|3|20260918|07:35|ISO_A|Met01_RtPar|2210|CBCT|-0.06|0.09|0.02|0.2|900|2700|TREATED|dp/tr
SESSION|3|20260918|07:47|ISO_B|Met02_LtCblm|1985|CBCT|0.01|0.04|-0.05|0.1|900|2700|TREATED|dp/tr
TOTAL|Met01_RtPar|2700|3 of 3
TOTAL|Met02_LtCblm|2700|3 of 3
##APPROVAL|images and shifts approved R. Sandoval-Eke MD each session|plan check K. Abernathy MS DABR 20260911
##END|17 records
##{FOOT}
""")])


# ==================================================================================================
# Spine
# ==================================================================================================

# n58_10 -- pdf: spine SBRT plan summary, two separate levels T4 and L2, 24 Gy/2 fx, cGy dose columns ----------------
add(name="n58_10", kind="pdf", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("PTV_T4_24Gy", "spinal", None, 24, 2), L("PTV_L2_24Gy", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Spine SBRT plan summary (CAPELLA-TPS, invented): two non-contiguous levels, T4 and L2, each its own "
          "PTV and isocenter, 2400 cGy / 2 fx, dose table in cGy with Rx, dose per fraction, Dmin, Dmean, Dmax, "
          "D90, coverage and IDL columns, cord PRV and cauda doses; both PTVs treated in each of two sessions "
          "with CBCT per isocenter. Two spinal lesions: 63620 + 63621 consistent.",
    docs=[Doc("n58_10.pdf", [[
        H1("SBRT Plan Summary - Spine"),
        KeyValue([("Diagnosis", "C79.51 renal cell carcinoma metastases, T4 and L2 vertebral bodies (no epidural disease)"),
                  ("Immobilization", "Full-body vacuum cushion with arm support, knee wedge"),
                  ("Simulation", "CT 1.25 mm 10/01/2026; MRI T1/T2 thoracic and lumbar spine 1 mm 09/30/2026, fused per level"),
                  ("Technique", "2 isocenters (T4, L2), 2 VMAT arcs each, 10 MV FFF; CAPELLA-TPS 8 (invented)"),
                  ("IGRT", "CBCT at each isocenter each session, 6DoF couch; tolerance 1 mm / 1 deg")]),
        RuledTable([("Structure", "Rx (cGy)", "Fx", "cGy/fx", "Dmin (cGy)", "Dmean (cGy)", "Dmax (cGy)", "D90 (cGy)", "Coverage", "IDL"),
                    ("PTV_T4_24Gy", "2400", "2", "1200", "1611", "2688", "3032", "2405", "90.4%", "79%"),
                    ("PTV_L2_24Gy", "2400", "2", "1200", "1702", "2712", "3051", "2410", "90.8%", "79%"),
                    ("SpinalCord_PRV (T4)", "-", "-", "-", "-", "604", "1488", "-", "Dmax < 1700", "-"),
                    ("CaudaEquina (L2)", "-", "-", "-", "-", "712", "1620", "-", "Dmax < 2000", "-")],
                   widths=(104, 40, 24, 44, 42, 46, 42, 40, 62, 34)),
        H2("Sessions"),
        RuledTable([("Session", "Date", "Isocenter", "CBCT shift (mm)", "MU", "Dose (cGy)", "Cum (cGy)"),
                    ("1", "10/05/2026", "ISO_T4", "1.1 / 0.4 deg", "3,412", "1200", "1200"),
                    ("1", "10/05/2026", "ISO_L2", "0.8 / 0.3 deg", "3,388", "1200", "1200"),
                    ("2", "10/07/2026", "ISO_T4", "0.6 / 0.2 deg", "3,412", "1200", "2400"),
                    ("2", "10/07/2026", "ISO_L2", "0.9 / 0.5 deg", "3,388", "1200", "2400")]),
        P("Course complete 10/07/2026: PTV_T4_24Gy 2400 cGy / 2 fx and PTV_L2_24Gy 2400 cGy / 2 fx delivered."),
        sig("Harriet Ojukwu-Lind, MD 10/07/2026"), sig("Bram Castellanos, MS, DABR 10/02/2026 (plan check, second calc within 2%)"),
    ]], opts=dict(header=sysbar("PRAIRIE ROSE CANCER INSTITUTE", "CAPELLA-TPS 8 (invented) Plan Summary", 10, "06/21/1957", "10/07/2026 16:22")))])

# n58_11 -- ehr_text: fixed-width export, robotic linac single-fraction L4 16 Gy; no planning imaging named -----------
add(name="n58_11", kind="ehr_text", codes=["77372", "77435", "63620"],
    facts=F("robotic_linac", ["spinal"], 1, 1, [], ["body_immobilization"]),
    lesions=[L("L4_PTV_16Gy", "spinal", None, 16, 1)],
    categories=cats(imaging=False),
    notes="Fixed-width treatment summary export (TAURUS-OIS, invented) from a robotic-arm linac: L4 vertebral "
          "metastasis 1600 cGy x 1 to the 78% isodose, 142 beams, vacuum cushion, fiducial-free spine tracking "
          "each 30-60 s. The export names no planning CT or MRI (only tracking images): imaging unmet. "
          "77372 is a cranial code: wrong for a spine single fraction (77373).",
    docs=[Doc("n58_11.txt", text=f"""
TAURUS-OIS (invented) v7.2        TREATMENT SUMMARY (FIXED WIDTH)        RUN 11/12/2026 05:55   PAGE 001
MESA VERDE RADIOSURGERY
PAT-ID     PATIENT NAME                    DOB         COURSE   PHYSICIAN
{mrn(11)}  {patient(11):<30}  04/09/1950  CRS-01   SOLIS-BRANDT, E MD
--------------------------------------------------------------------------------------------------------
TARGET          SITE        RX-CGY  FX  CGY/FX  ISODOSE  BEAMS  NODES  COLL      COVERAGE  DMAX-CGY
L4_PTV_16Gy     L4 body+    1600    1   1600    78%      142    81     IRIS 7.5  95.2%     2051
                pedicles
--------------------------------------------------------------------------------------------------------
OAR             METRIC          VALUE-CGY   LIMIT-CGY
CAUDA_EQUINA    D0.035CC        1388        1600
CAUDA_EQUINA    D5CC            1012        1400
BOWEL_SMALL     D0.035CC        1144        1540
--------------------------------------------------------------------------------------------------------
SETUP      VACUUM CUSHION (SUPINE), ARMS ON CHEST
TRACKING   SPINE (FIDUCIAL-FREE) 6D, IMAGES Q 30-60 S
FX  DATE        START  END    BEAMS  MU      MEAN-CORR-MM  MAX-ROT-DEG  DOSE-CGY  CUM-CGY  STATUS
1   11/11/2026  09:14  10:02  142    21418   0.4           0.6          1600      1600     COMPLETE
--------------------------------------------------------------------------------------------------------
COURSE STATUS: COMPLETE   DELIVERED 1600 CGY IN 1 FX TO L4_PTV_16Gy
PLAN QA: DQA FILM 11/10/2026 GAMMA 3%/1MM 97.8% PASS (A. PETROVA-LUND MS)
SIGNED: E SOLIS-BRANDT MD 11/11/2026 10:31
{FOOT}
""")])

# n58_12 -- bundle (3 files): C2 spine 27 Gy/3; plan PDF + CSV log + completion note that says thirty Gray --------------
add(name="n58_12", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("PTV_C2", "spinal", None, 27, 3)],
    categories=cats(),
    contradiction="The dictated completion note says thirty Gray in three fractions, while the plan summary and the CSV treatment log give 2700 cGy in 3 fractions of 900 cGy.",
    notes="Three-file spine bundle: plan summary PDF (RIGEL-TPS, invented) for a C2 metastasis (myeloma) 2700 cGy / "
          "3 fx to the 80% IDL, long head-neck-shoulder thermoplastic mask, CT + MRI; CSV log from SPICA-RV "
          "(invented) with CBCT per session; a dictated completion note with numbers in words that says "
          "'thirty Gray in three fractions' (gold follows the plan and record: 27 Gy).",
    docs=[
        Doc("1_plan_summary.pdf", [[
            H1("PLAN SUMMARY - PTV_C2"),
            KeyValue([("Course", "C1 Cervical spine SBRT"), ("Diagnosis", "C90.00 multiple myeloma, C2 lytic lesion with pain, no cord compression"),
                      ("Immobilization", "Long thermoplastic head-neck-shoulder mask, head rest C"),
                      ("Imaging", "Planning CT 1 mm 11/02/2026; MRI C-spine T1/T2/STIR 11/02/2026, deformable-free rigid fusion"),
                      ("Technique", "2 VMAT arcs, 6 MV FFF; RIGEL-TPS 3 (invented)")]),
            RuledTable([("Structure", "Rx", "Fx", "Per fx", "D95", "Dmin", "Dmean", "Dmax", "Coverage", "Prescribed to"),
                        ("PTV_C2", "2700 cGy", "3", "900 cGy", "2702 cGy", "2210 cGy", "3011 cGy", "3368 cGy", "95.1%", "80% IDL"),
                        ("SpinalCord_PRV", "", "", "", "", "", "815 cGy", "1840 cGy (limit 2100)", "", ""),
                        ("Esophagus", "", "", "", "", "", "402 cGy", "1533 cGy (limit 2550)", "", "")],
                       widths=(94, 44, 22, 40, 42, 42, 42, 60, 58, 56)),
            sig("Veronika Haldane-Ruiz, MD 11/05/2026"),
            sig("Emeka Sorensen, MS, DABR 11/05/2026 (independent check 1.4%)"),
        ]], opts=dict(header=sysbar("NORTHFIELD REGIONAL CANCER CENTER", "RIGEL-TPS 3 (invented)", 12, "03/13/1953", "11/05/2026"))),
        Doc("2_treatment_log.txt", text=f"""
"SPICA-RV (invented) Treatment Record Export","{patient(12)}","{mrn(12)}","Course C1 Cervical spine SBRT"
"Fraction","Date","Field","MU","Pre-tx imaging","Shift VRT (cm)","Shift LNG (cm)","Shift LAT (cm)","Dose (cGy)","Cumulative (cGy)","Approved"
"1","Nov 9, 2026","ARC_1","1288","CBCT","0.11","-0.07","0.03","450","450","VHR"
"1","Nov 9, 2026","ARC_2","1301","(same)","","","","450","900","VHR"
"2","Nov 11, 2026","ARC_1","1288","CBCT","0.04","0.02","-0.05","450","1350","VHR"
"2","Nov 11, 2026","ARC_2","1301","(same)","","","","450","1800","VHR"
"3","Nov 13, 2026","ARC_1","1288","CBCT","-0.03","0.06","0.01","450","2250","VHR"
"3","Nov 13, 2026","ARC_2","1301","(same)","","","","450","2700","VHR"
"Summary","Fractions 3 of 3","","","","","","","","2700","Course complete Nov 13, 2026"
"{FOOT}"
"""),
        Doc("3_completion_note.txt", text=f"""
NORTHFIELD REGIONAL CANCER CENTER - RADIATION ONCOLOGY
TREATMENT COMPLETION NOTE (dictated)            Patient: {patient(12)}   MRN: {mrn(12)}
Date of service: November 13, 2026

Mr. Fiftyeightpatient completed stereotactic body radiation therapy to the C2 vertebra today. He received thirty Gray in
three fractions on November ninth, eleventh and thirteenth, in his long thermoplastic mask with cone-beam CT before each
treatment. His neck pain is already improving and he is down to one oxycodone a day. No dysphagia, no mucositis. He will
restart daratumumab next week per Dr. Lindgren and I will see him with an MRI of the cervical spine in three months.

Veronika Haldane-Ruiz, MD
Dictated 11/13/2026 17:05, transcribed 11/14/2026 08:40
{FOOT}
"""),
    ])

# n58_13 -- pdf: EHR encounter export, two pages of boilerplate, post-op T11-L1 CTV 30 Gy/5 fx; plan parameters absent ---
add(name="n58_13", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("CTV_T11-L1 (post-operative, one target)", "spinal", None, 30, 5)],
    categories=cats(plan=False),
    notes="EHR encounter export (WILLOWNOTE, invented) of two encounters with the header and footer boilerplate on "
          "every page: an on-treatment visit and an end-of-treatment summary, dictated with numbers in words "
          "('thirty Gray in five fractions'), post-operative SBRT to the contiguous T11-L1 CTV as one target, "
          "vacuum cushion, planning CT with the post-operative MRI fused, daily CBCT. No isodose line, arcs, "
          "beams or planning system: plan unmet.",
    docs=[Doc("n58_13.pdf", [[
        H1("Encounter: On-Treatment Visit (OTV)"),
        KeyValue([("Encounter date", "12/09/2026 11:20"), ("Provider", "Cyrus Delacroix-Ames, MD"), ("Department", "Radiation Oncology - St. Ambrose Main"),
                  ("Reason for visit", "Weekly management, SBRT spine, fraction 3 of 5")]),
        P("Subjective: Back pain three out of ten, improved since the separation surgery on November tenth. No leg weakness, "
          "bowel and bladder normal. Tolerating the vacuum cushion setup."),
        P("Treatment: CTV_T11-L1, the post-operative bed of the T11 through L1 instrumented segment treated as a single target, "
          "six Gray per fraction to thirty Gray in five fractions. Planning CT 11/30/2026 with the post-operative MRI of 11/28/2026 fused. "
          "Cone-beam CT reviewed and approved before each fraction; shifts under two millimeters."),
        P("Assessment/Plan: On track. Continue."),
        sig("Cyrus Delacroix-Ames, MD 12/09/2026 12:02"),
    ], [
        H1("Encounter: End of Treatment Summary"),
        KeyValue([("Encounter date", "12/14/2026 15:45"), ("Provider", "Cyrus Delacroix-Ames, MD")]),
        P("Diagnosis: C79.51, metastatic breast cancer to T12 with epidural extension, status post T12 corpectomy and T11-L1 "
          "stabilization on 11/10/2026."),
        P("Course: stereotactic body radiotherapy to CTV_T11-L1, thirty Gray in five fractions, 12/07/2026 through 12/14/2026 "
          "(12/07, 12/08, 12/09, 12/11, 12/14). Immobilization: full-body vacuum cushion. Daily cone-beam CT. The whole course "
          "was given as prescribed, total 30 Gy in 5 fractions, without breaks."),
        P("Toxicity: grade 1 fatigue, grade 1 nausea after fraction 2. Follow-up MRI thoracolumbar spine in three months."),
        sig("Cyrus Delacroix-Ames, MD 12/14/2026 16:20"),
    ]], opts=dict(header=["ST. AMBROSE HEALTH SYSTEM  |  WILLOWNOTE (invented) Encounter Export",
                          f"{patient(13)}   MRN {mrn(13)}   DOB 10/02/1968   Printed 12/15/2026 08:01 by ROI-CLERK-2"],
                  footer=["CONFIDENTIAL: This record is protected by federal and state privacy law. Unauthorized disclosure prohibited.", FOOT]))])


# ==================================================================================================
# Body
# ==================================================================================================

# n58_14 -- pdf (3 pages, page 2 landscape): lung PTV_LUL 54 Gy/3; stale course header says 50 Gy/5 fx (contradiction) --
add(name="n58_14", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("PTV_LUL", "body", None, 54, 3)],
    categories=cats(),
    contradiction="The printed course header says 'SBRT lung 50 Gy / 5 fx' (an earlier course template), while the prescription, DVH page and three-row fraction log give 5400 cGy in 3 fractions of 1800 cGy.",
    notes="Three-page lung SBRT printout (ACHERNAR-TPS plan report + MIRA-RV log, invented): plan summary with "
          "Rx, dose per fraction, IDL, D95, D99, Dmin/Dmean/Dmax and coverage for ITV and PTV_LUL; a landscape "
          "(rotated) DVH page with organ doses beside target doses; a per-fraction log with CBCT per session and "
          "couch shifts. 4DCT, staging PET-CT, wing board + vacuum cushion. The course header printed on page 1 "
          "carries a stale '50 Gy / 5 fx'.",
    docs=[Doc("n58_14.pdf", [[
        H1("SBRT PLAN REPORT"),
        KeyValue([("Course", "C1 - SBRT lung 50 Gy / 5 fx"), ("Plan", "LUL_SBRT_v3 (approved 2026-02-16)"),
                  ("Diagnosis", "C34.12 NSCLC adenocarcinoma LUL, T1c N0 M0, peripheral, medically inoperable (COPD)"),
                  ("Staging", "FDG PET-CT 2026-01-29, SUVmax 8.3, no nodal uptake"),
                  ("Simulation", "4DCT 2 mm, 2026-02-09, 10 phases, ITV = union; PTV = ITV + 5 mm"),
                  ("Immobilization", "Wing board, arms up, vacuum cushion, knee sponge"),
                  ("Prescription", "5400 cGy in 3 fractions, 1800 cGy/fx, to the 80% IDL covering 95% of PTV_LUL"),
                  ("Technique", "2 partial VMAT arcs, 6 MV FFF, ACHERNAR-TPS 10 (invented)")]),
        RuledTable([("Structure", "Vol (cc)", "Rx (cGy)", "cGy/fx", "IDL", "D99 (cGy)", "D95 (cGy)", "Dmin (cGy)", "Dmean (cGy)", "Dmax (cGy)", "Coverage"),
                    ("ITV", "7.4", "-", "-", "-", "5880", "5960", "5702", "6390", "6750", "100%"),
                    ("PTV_LUL", "24.9", "5400", "1800", "80%", "5220", "5410", "4980", "6120", "6750", "95.3%")],
                   widths=(62, 36, 40, 42, 30, 44, 44, 44, 46, 44, 56)),
    ], [
        H1("DVH SUMMARY - TARGETS AND ORGANS AT RISK"),
        RuledTable([("Structure", "Role", "Volume (cc)", "Dmax (cGy)", "Dmean (cGy)", "Metric", "Value", "Constraint", "Met"),
                    ("PTV_LUL", "Target", "24.9", "6750", "6120", "V5400cGy", "95.3%", ">= 95%", "Yes"),
                    ("ITV", "Target", "7.4", "6750", "6390", "D98", "5900 cGy", "report", "-"),
                    ("Lungs-ITV", "OAR", "3810", "6120", "412", "V20Gy", "3.9%", "< 10%", "Yes"),
                    ("Chest wall", "OAR", "-", "5012", "-", "D30cc", "2810 cGy", "< 3000 cGy", "Yes"),
                    ("Spinal canal", "OAR", "-", "1066", "-", "D0.03cc", "1066 cGy", "< 1800 cGy", "Yes"),
                    ("Heart", "OAR", "612", "1480", "180", "D15cc", "920 cGy", "< 2400 cGy", "Yes"),
                    ("Brachial plexus L", "OAR", "-", "1602", "-", "D0.03cc", "1602 cGy", "< 2400 cGy", "Yes"),
                    ("Esophagus", "OAR", "-", "880", "-", "D0.03cc", "880 cGy", "< 2520 cGy", "Yes")],
                   widths=(86, 42, 48, 44, 46, 62, 58, 70, 30)),
    ], [
        H1("TREATMENT LOG - MIRA-RV (invented)"),
        RuledTable([("Fx", "Date", "Time", "Imaging", "Match", "Shift V/L/Lat (cm)", "MU", "Dose (cGy)", "Cum (cGy)", "Therapists"),
                    ("1", "02/23/2026", "09:10", "CBCT", "ITV soft tissue", "+0.22 / -0.31 / +0.08", "4,381", "1800", "1800", "AB / CD"),
                    ("2", "02/25/2026", "09:05", "CBCT", "ITV soft tissue", "+0.15 / -0.12 / -0.04", "4,381", "1800", "3600", "AB / EF"),
                    ("3", "02/27/2026", "09:22", "CBCT", "ITV soft tissue", "+0.09 / -0.26 / +0.11", "4,381", "1800", "5400", "CD / EF")],
                   widths=(22, 62, 38, 48, 56, 84, 40, 40, 40, 54)),
        P("Course complete 02/27/2026: 5400 cGy in 3 fractions to PTV_LUL. CBCT images approved by the physician before each fraction."),
        sig("Soren Abernathy-Quist, MD, Radiation Oncology 02/27/2026"),
        sig("Naledi Fairweather, MS, DABR (weekly chart check) 02/27/2026"),
    ]], opts=dict(header=sysbar("EVERGREEN COAST ONCOLOGY", "ACHERNAR-TPS 10 / MIRA-RV (invented)", 14, "1944-09-17", "2026-02-27 14:55"),
                  rotate={2: 90}))])

# n58_15 -- ehr_text: CSV fraction export, robotic linac liver SBRT 45 Gy/3, fiducials + respiratory tracking ---------
add(name="n58_15", kind="ehr_text", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("PTV_Liver_Seg8 (hepatocellular carcinoma)", "body", None, 45, 3)],
    categories=cats(),
    notes="CSV export from a robotic-linac oncology information system (HYDRA-OIS, invented): key rows then one "
          "row per fraction with beams, MU, respiratory-tracking model error, corrections, dose and cumulative "
          "cGy. Segment 8 HCC 4500 cGy / 3 fx to the 75% isodose, three gold fiducials, vacuum cushion, "
          "triphasic CT + MRI. G0339 (fx 1) and G0340 (fx 2-3) consistent.",
    docs=[Doc("n58_15.txt", text=f"""
key,value
system,HYDRA-OIS 4.1 (invented) - course export
facility,DESERT SPRINGS RADIOSURGERY
patient_name,"{patient(15)}"
patient_id,{mrn(15)}
dob,1952-12-08
diagnosis,"C22.0 hepatocellular carcinoma, segment 8, 3.1 cm, Child-Pugh A6, post-TACE residual"
unit,"robotic-arm mounted 6 MV linac"
immobilization,"vacuum cushion, arms up"
fiducials,"3 gold fiducials placed percutaneously 2026-03-30"
planning_ct,"2026-04-06 triphasic contrast CT 1.5 mm, exhale breath-hold and free breathing"
planning_mri,"2026-04-06 MRI liver with hepatobiliary agent, fused to CT"
target,PTV_Liver_Seg8
prescription,"4500 cGy in 3 fractions (1500 cGy/fx) to the 75% isodose"
plan,"Liver_Seg8_v2, 188 beams, 2 collimators (20 and 30 mm), planning system HYDRA-PLAN 4 (invented)"
coverage,"95.6% (D95 4512 cGy, Dmin 3980 cGy, Dmax 6000 cGy)"
oar,"liver-GTV 700cc D < 1710 cGy: met; duodenum D0.5cc 1642 cGy; stomach D0.5cc 1510 cGy"
tracking,"fiducial tracking with respiratory motion modeling"

fraction,date,beams_delivered,mu_total,tracking_model_err_mm,mean_corr_x_mm,mean_corr_y_mm,mean_corr_z_mm,dose_cgy,cum_dose_cgy,status,rtt
1,2026-04-14,188,38214,1.9,0.6,-1.1,2.4,1500,1500,complete,MG/SH
2,2026-04-16,188,38214,2.2,0.4,-0.8,2.9,1500,3000,complete,MG/PL
3,2026-04-18,188,38214,1.7,0.7,-1.0,2.1,1500,4500,complete,SH/PL

course_status,"completed 2026-04-18, 4500 cGy / 3 fx"
physician_signoff,"Ramona Iturbe-Clarke MD 2026-04-18 16:40"
physics_signoff,"plan QA (DQA film) pass 2026-04-10, W. Kessler MS DABR"
footer,"{FOOT}"
""")])

# n58_16 -- bundle (2 files): prostate SBRT prescription with revisions + landscape session log, fiducials -----------
add(name="n58_16", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("PTV_Prostate_3625", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Prostate SBRT in two files from BELLATRIX R&V (invented): a prescription with revisions (Rev 1 with a "
          "40 Gy SIB to PTV_DIL deleted before approval; Rev 2 36.25 Gy / 5 fx approved, e-signed by physician "
          "and physicist) and a landscape (rotated) session log with kV fiducial match + CBCT per session, couch "
          "shifts, MU and dose. One target; the deleted DIL boost is not a lesion.",
    docs=[
        Doc("1_prescription.pdf", [[
            H1("Prescription (Rx) - Prostate SBRT"),
            KeyValue([("Diagnosis", "C61 adenocarcinoma of prostate, Gleason 3+4, PSA 7.1, cT1c - favorable intermediate risk"),
                      ("Fiducials", "3 gold seeds (transperineal) 06/03/2026; rectal hydrogel spacer same day"),
                      ("Simulation", "CT 1.5 mm 06/10/2026 + MRI pelvis T2 1 mm 06/10/2026 fused on seeds"),
                      ("Immobilization", "Lower-body vacuum cushion, knee and foot fixation"),
                      ("Technique", "2 VMAT arcs, 10 MV FFF, planning system SEQUOIA-PLAN 7 (invented)")]),
            RuledTable([("Rev", "Target", "Total", "Fx", "Per fx", "Isodose / objective", "Status", "Signed")]
                       + [("1", "PTV_Prostate_3625", "3625 cGy", "5", "725 cGy", "D95 >= Rx", "Deleted 06/12/2026", "-"),
                          ("1", "PTV_DIL_4000 (SIB)", "4000 cGy", "5", "800 cGy", "D95 >= Rx", "Deleted 06/12/2026 (no MRI-visible DIL on re-review)", "-"),
                          ("2", "PTV_Prostate_3625", "3625 cGy", "5", "725 cGy", "D95 >= Rx, ~82% IDL", "Approved 06/13/2026", "Y. Abara MD; P. Lindholm MS DABR")],
                       widths=(30, 112, 50, 22, 42, 78, 100, 66)),
            P("Rev 2 dose statistics: PTV D95 3630 cGy, Dmin 3310 cGy, Dmean 3920 cGy, Dmax 4410 cGy; rectum V36Gy 0.3 cc; bladder V37Gy 2.8 cc; urethra Dmax 3880 cGy."),
            sig("Yetunde Abara, MD 06/13/2026 10:12"),
            sig("Pontus Lindholm, MS, DABR 06/13/2026 11:40"),
        ]], opts=dict(header=sysbar("BLUE HERON CANCER CARE", "BELLATRIX R&V 5 (invented) - Rx", 16, "02/02/1955", "06/13/2026"))),
        Doc("2_session_log.pdf", [[
            H1("Session Log - PTV_Prostate_3625"),
            RuledTable([("Session", "Date", "kV pair (seeds)", "CBCT", "Shift V/L/Lat (mm)", "Intrafraction kV", "MU", "Dose (cGy)", "Total (cGy)", "Status"),
                        ("1", "Jun 16 2026", "3/3 seeds, 1.8 mm", "yes", "+2 / -1 / +1", "2 checks, < 2 mm", "2,208", "725", "725", "Treated"),
                        ("2", "Jun 18 2026", "3/3 seeds, 1.2 mm", "yes", "+1 / 0 / -1", "2 checks, < 2 mm", "2,208", "725", "1450", "Treated"),
                        ("3", "Jun 20 2026", "3/3 seeds, 2.4 mm", "yes", "+3 / -2 / 0", "3 checks, 1 re-shift", "2,208", "725", "2175", "Treated"),
                        ("4", "Jun 23 2026", "3/3 seeds, 0.9 mm", "yes", "0 / +1 / +1", "2 checks, < 2 mm", "2,208", "725", "2900", "Treated"),
                        ("5", "Jun 25 2026", "3/3 seeds, 1.5 mm", "yes", "+1 / -1 / 0", "2 checks, < 2 mm", "2,208", "725", "3625", "Treated")],
                       widths=(46, 50, 66, 32, 62, 72, 40, 40, 42, 50)),
            P("Course complete Jun 25 2026. Delivered 3625 cGy in 5 fractions. Images approved daily by Y. Abara MD."),
        ]], opts=dict(header=sysbar("BLUE HERON CANCER CARE", "BELLATRIX R&V 5 (invented) - Session Log", 16, "02/02/1955", "06/25/2026"),
                      rotate={1: 90})),
    ])

# n58_17 -- bundle (2 files): MR-linac adrenal 40 Gy/5 planned, stopped after 4 fractions (32 Gy delivered) ------------
add(name="n58_17", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 4, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("PTV_LtAdrenal", "body", None, 32, 4)],
    categories=cats(),
    notes="MR-linac adrenal SBRT in two files (ELECTRA-ADAPT, invented): a plan summary for PTV_LtAdrenal 40 Gy / "
          "5 fx (8 Gy/fx), gated on cine MRI, vacuum cushion, CT + MRI simulation; and a fixed-width adaptive "
          "session log: four fractions delivered (adapt-to-shape / adapt-to-position), fraction 5 cancelled "
          "(admitted with unrelated pneumonia, course closed). Delivered: 32 Gy in 4 fractions.",
    docs=[
        Doc("1_plan_summary.pdf", [[
            H1("MR-guided SBRT - Reference Plan Summary"),
            KeyValue([("Target", "PTV_LtAdrenal: left adrenal metastasis from NSCLC, 2.9 cm, oligoprogressive"),
                      ("Unit", "1.5 T MR-linac, 7 MV FFF"), ("Simulation", "CT 2 mm (electron density) + MRI 3D T2 and cine, 07/20/2026"),
                      ("Immobilization", "Vacuum cushion, arms over chest"),
                      ("Prescription", "40 Gy in 5 fractions (8 Gy/fx), 95% of PTV >= 40 Gy; gated, 3 mm boundary, 5% pixels out"),
                      ("Reference plan", "13-beam step-and-shoot IMRT, ELECTRA-ADAPT 2 (invented)")]),
            RuledTable([("Structure", "Rx (Gy)", "Per fx (Gy)", "D95 (Gy)", "Dmin (Gy)", "Dmean (Gy)", "Dmax (Gy)", "Coverage"),
                        ("PTV_LtAdrenal", "40.0", "8.0", "40.1", "35.2", "44.6", "49.8", "95.2%"),
                        ("Stomach", "-", "-", "-", "-", "6.1", "D0.5cc 31.8", "limit 33"),
                        ("Small bowel", "-", "-", "-", "-", "3.0", "D0.5cc 28.4", "limit 33"),
                        ("L kidney", "-", "-", "-", "-", "Dmean 6.9", "-", "limit 10")]),
            sig("Augustin Mbeki-Lorne, MD 07/24/2026"), sig("Freya Castellan, PhD 07/24/2026"),
        ]], opts=dict(header=sysbar("CANTERBURY LAKES MR-GUIDED RADIOTHERAPY", "ELECTRA-ADAPT 2 (invented)", 17, "11/30/1960", "07/24/2026"))),
        Doc("2_adaptive_log.txt", text=f"""
ELECTRA-ADAPT 2 (invented) -- ADAPTIVE SESSION LOG -- CANTERBURY LAKES MR-GUIDED RADIOTHERAPY
Patient {patient(17)}  ID {mrn(17)}  Target PTV_LtAdrenal  Rx 40.0 Gy / 5 fx

FX  DATE        WORKFLOW  PTV D95(Gy)  STOMACH D0.5cc(Gy)  GATING DUTY(%)  BEAM-ON(min)  DELIVERED(Gy)  CUM(Gy)  STATUS
1   2026-07-27  ATS       8.02         6.11                61              14.2          8.0            8.0      DELIVERED
2   2026-07-29  ATP       8.00         5.87                58              15.0          8.0            16.0     DELIVERED
3   2026-07-31  ATS       7.96         6.32                55              16.1          8.0            24.0     DELIVERED
4   2026-08-03  ATS       8.01         6.04                63              13.8          8.0            32.0     DELIVERED
5   2026-08-05  --        --           --                  --              --            0.0            32.0     CANCELLED

ATS adapt to shape (contours edited online, re-optimized); ATP adapt to position. Online contours approved by
the physician and adapted plans checked by physics (independent MU within 3%) before every delivered fraction.
08/05/2026: fraction 5 cancelled - patient admitted with community-acquired pneumonia (unrelated). 08/14/2026: after
discussion the course is CLOSED at 4 of 5 fractions; total delivered 32.0 Gy in 4 fractions. No make-up fraction.
Signed A. Mbeki-Lorne MD 08/14/2026
{FOOT}
"""),
    ])

# n58_18 -- pdf: EHR encounter export, pancreas SBRT 33 Gy/5 fx, MRI contraindicated; G0339 claimed on a gantry linac --
add(name="n58_18", kind="pdf", codes=["77373", "77435", "G0339"],
    facts=F("linac", ["body"], 1, 5, ["CT"], ["body_immobilization", "fiducials"]),
    lesions=[L("PTV_Panc_33Gy (pancreatic head)", "body", None, 33, 5)],
    categories=cats(),
    notes="EHR encounter export (MAPLEWORKS, invented) with boilerplate header and footer on every page: SBRT "
          "treatment-plan encounter and completion encounter for a borderline-resectable pancreatic head "
          "adenocarcinoma, PTV_Panc_33Gy 3300 cGy / 5 fx (660 cGy/fx), three endoscopic fiducials, vacuum cushion "
          "with abdominal compression, contrast 4DCT; MRI fusion not done (pacemaker, MRI contraindicated): CT "
          "only. Daily CBCT. G0339 is for a robotic linac: wrong on a gantry linac.",
    docs=[Doc("n58_18.pdf", [[
        H1("Encounter: Radiation Treatment Planning Note"),
        KeyValue([("Encounter", "07/02/2026 14:10, Rad Onc Physician Office"), ("Author", "Lucinda Ferreira-Achebe, MD")]),
        P("Diagnosis: C25.0 adenocarcinoma of the pancreatic head, borderline resectable (SMV abutment), after 4 months of FOLFIRINOX."),
        P("Simulation 06/29/2026: supine in a vacuum cushion with abdominal compression paddle; contrast-enhanced 4DCT 1.5 mm. "
          "Three gold fiducials placed at EUS on 06/22/2026. MRI fusion was NOT performed: the patient has a non-conditional pacemaker "
          "and MRI is contraindicated."),
        P("Plan: PTV_Panc_33Gy 3300 cGy in 5 fractions (660 cGy/fx) to the 78% isodose, D95 >= 3300 cGy; GTV-vessel interface boost not "
          "used. 2 VMAT arcs, 6 MV FFF, planning system LARCH-TPS 5 (invented). Duodenum D1cc 3320 cGy, stomach D1cc 2910 cGy, "
          "bowel D1cc 3050 cGy, all within limits. Physics second check 07/01/2026, within 1.6%."),
        sig("Lucinda Ferreira-Achebe, MD 07/02/2026 15:00"),
    ], [
        H1("Encounter: SBRT Completion"),
        KeyValue([("Encounter", "07/13/2026 16:00"), ("Author", "Lucinda Ferreira-Achebe, MD")]),
        RuledTable([("Fx", "Date", "IGRT", "Fiducial match", "Dose (cGy)", "Cumulative (cGy)"),
                    ("1", "07/06/2026", "CBCT", "3 of 3 seeds", "660", "660"),
                    ("2", "07/07/2026", "CBCT", "3 of 3 seeds", "660", "1320"),
                    ("3", "07/08/2026", "CBCT", "3 of 3 seeds", "660", "1980"),
                    ("4", "07/10/2026", "CBCT", "3 of 3 seeds", "660", "2640"),
                    ("5", "07/13/2026", "CBCT", "3 of 3 seeds", "660", "3300")]),
        P("Completed 3300 cGy in 5 fractions to PTV_Panc_33Gy. Grade 1 nausea. Restaging CT and surgical review in 6 weeks."),
        sig("Lucinda Ferreira-Achebe, MD 07/13/2026 16:25"),
    ]], opts=dict(header=["OAKHAVEN MEDICAL CENTER  |  MAPLEWORKS EHR (invented)  |  Clinical Document Export",
                          f"Name: {patient(18)}   MRN: {mrn(18)}   DOB: 01/15/1958   Exported: 07/14/2026 09:12"],
                  footer=["Printed copy is uncontrolled. Verify against the electronic record.", FOOT]))])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# n58_19 -- pdf: lung SBRT plan approved, course cancelled before the first fraction ------------------------------------
add(name="n58_19", kind="pdf", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: an approved plan summary (SARGAS-TPS, invented) for PTV_RUL 5000 cGy / 5 fx with a full "
          "dose table, 4DCT and vacuum cushion at simulation, and an R&V status block: course cancelled before "
          "fraction 1 (patient chose hospice), 0 of 5 delivered. Nothing delivered: facts empty, categories "
          "unmet, codes inconsistent.",
    docs=[Doc("n58_19.pdf", [[
        H1("Plan Summary - PTV_RUL"),
        KeyValue([("Plan", "RUL_SBRT_v1 - status: Planning Approved 09/21/2026"),
                  ("Prescription", "5000 cGy / 5 fx (1000 cGy/fx) to the 80% IDL, D95 >= Rx"),
                  ("Simulation", "4DCT 09/15/2026, vacuum cushion, arms up"),
                  ("Technique", "2 VMAT arcs, 6 MV FFF")]),
        RuledTable([("Structure", "Rx (cGy)", "D95 (cGy)", "Dmin (cGy)", "Dmean (cGy)", "Dmax (cGy)", "Coverage"),
                    ("PTV_RUL", "5000", "5008", "4620", "5710", "6250", "95.4%"),
                    ("Lungs-ITV", "-", "-", "-", "455", "V20 4.4%", "-")]),
        H2("Course status (R&V)"),
        RuledTable([("Item", "Value"), ("First treatment scheduled", "09/24/2026"), ("Fractions delivered", "0 of 5"),
                    ("Course status", "CANCELLED 09/23/2026 - patient elected hospice care; no treatment given"),
                    ("Plan status", "Retired 09/23/2026")]),
        sig("Benedikt Arroyo-Nakamura, MD 09/23/2026"),
    ]], opts=dict(header=sysbar("TIMBERLINE ONCOLOGY", "SARGAS-TPS 6 (invented)", 19, "08/08/1939", "09/23/2026")))])

# n58_20 -- ehr_text: patient-specific QA report of an SRS plan delivered to a phantom; patient not treated ----------------
add(name="n58_20", kind="ehr_text", codes=["77372", "77432", "61796"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a delivery-QA report (ATLAS-DQA, invented) of a two-target linac SRS plan delivered to a "
          "phantom (chamber and film), with the plan's prescription (2000 cGy x 1 to each target) and gamma "
          "results; the patient's treatment is 'not yet scheduled, plan pending physician approval'. Nothing "
          "delivered to the patient in this document: facts empty, categories unmet, codes inconsistent.",
    docs=[Doc("n58_20.txt", text=f"""
ATLAS-DQA 3.0 (invented) -- PATIENT-SPECIFIC DELIVERY QA REPORT
RIDGEWAY MEDICAL PHYSICS SERVICES (contract physics for Ridgeway Community Hospital)
==========================================================================================
Patient            : {patient(20)}            MRN: {mrn(20)}
Plan               : SRS_2T_v1 (status: PLANNING - awaiting physician approval)
Machine            : 6 MV FFF gantry linac (RCH-LINAC1)
Plan prescription  : Target_A L occipital 2000 cGy x 1; Target_B R frontal 2000 cGy x 1 (80% IDL)
QA delivery date   : 2026-10-20 18:40 (after clinical hours)
Phantom            : solid-water cylindrical phantom, no patient present
==========================================================================================
MEASUREMENT                     RESULT          CRITERION          PASS/FAIL
Ion chamber, Target_A center    -1.1 %          +/- 3 %            PASS
Ion chamber, Target_B center    +0.8 %          +/- 3 %            PASS
Film, coronal plane             gamma 97.4 %    3%/1 mm, >= 95 %   PASS
Film, sagittal plane            gamma 96.9 %    3%/1 mm, >= 95 %   PASS
MLC log file analysis           RMS 0.21 mm     < 0.5 mm           PASS
==========================================================================================
Comment: QA of the proposed plan only. The patient's SRS has NOT been scheduled; the plan is awaiting physician review
of the 10/19 MRI. If the targets change the plan will be re-planned and this QA repeated. No dose was delivered to
the patient.
Performed by: Ines Valdivia-Moore, MS, DABR   2026-10-20 19:32
{FOOT}
""")])


CORPUS = Corpus("blind_corpus58", "tests/blind_corpus58", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
