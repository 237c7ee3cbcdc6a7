"""Twenty-third blind corpus, ``tests/blind_corpus23/`` (regenerate: ``python scripts/make_corpus.py blind_corpus23``).

Twenty courses with MANY LESIONS AND MANY SITES, where the per-lesion facts are the test: cranial
radiosurgery of 3-9 lesions with per-lesion tables of varied columns (some continued over a page break),
lesions in 1, 3 and 5 fractions in the same course, a dose-staged lesion, a retreated lesion next to new ones,
a lesion dropped on the day and one added on the day-of-treatment MRI, lesion names that change between
documents (plan / record / summary), letters and Roman numerals, counts in words; body and spine SBRT with
several sites each with its own dose and fraction count; contiguous spine levels as one target. Plan PDFs
with ruled tables, dictated prose summaries, per-fraction-per-lesion treatment records, .txt EHR exports,
bundles of 2-3 documents and one scanned page. Four hard negatives or near-misses. Three charts contradict
themselves (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (dictated and text documents are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import ColumnBreak, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["AUGUSTINA", "BARNABY", "CORDELIA", "DESMOND", "EVANGELINE", "FITZGERALD", "GWENDOLYN", "HORATIO",
         "ISOLDE", "JEREMIAH", "KATRIONA", "LEOPOLD", "MARGUERITE", "NATHANIEL", "OTTILIE", "PERCIVAL",
         "QUENTINA", "ROSCOE", "SYBILLA", "TOBIAS"]


def patient(n: int) -> str:
    return f"TWENTYTHREEPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-230{n:02d}"


def hdr(clinic: str, n: int, extra: str = "") -> list[str]:
    return [clinic, f"Patient: {patient(n)}    MRN: {mrn(n)}" + (f"    {extra}" if extra else "")]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial multi-lesion: Gamma Knife and gantry linac
# ==================================================================================================

# b23_01 -- pdf: GK Icon with a Vantage frame, seven metastases, table continued over a page break ------------
_c = "LARKSPUR RIDGE GAMMA KNIFE CENTER"
add(name="b23_01", kind="pdf", codes=["77371", "77432", "61798", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 7, 1, ["MRI"], ["frame"]),
    lesions=[L("right frontal pole", "cranial", S, 22, 1), L("left precentral gyrus", "cranial", S, 20, 1),
             L("left superior parietal", "cranial", S, 22, 1), L("right occipital", "cranial", S, 18, 1),
             L("left cerebellar hemisphere", "cranial", S, 20, 1), L("dorsal pons", "cranial", C, 14, 1),
             L("right thalamus", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Gamma Knife Icon treatment summary, single session with a Leksell Vantage frame: seven metastases "
          "('seven' in words) in a ruled table (Target / Location / Volume cc / Rx dose / Rx isodose / Max dose "
          "/ Shots) whose rows 5-7 continue on page 2. The dorsal pons lesion is within the brainstem "
          "(complex); the precentral gyrus lesion is eloquent cortex but simple by the coding rules; the "
          "thalamus is not brainstem. Stereotactic MRI only (the Icon CBCT is for co-registration, the "
          "ED head CT is historical). Max doses 28-44 Gy and brainstem D0.1cc 11.4 Gy are not Rx doses.",
    docs=[Doc("b23_01.pdf", [
        [H1("Gamma Knife Radiosurgery - Treatment Summary"),
         KeyValue([("Patient", patient(1)), ("MRN", mrn(1)), ("Date of treatment", "11/12/2026"),
                   ("Unit", "Leksell Gamma Knife Icon (Cobalt-60)"), ("Fixation", "Leksell Vantage stereotactic frame, 4 pins, local anesthesia"),
                   ("Planning system", "Leksell GammaPlan 11.4"), ("Sessions", "1 (single session)")]),
         H2("Indication"),
         P("58-year-old woman with HER2-positive breast cancer and seven brain metastases on a contrast MRI of 11/03/2026, all under 2.5 cm, neurologically intact apart from mild right-hand clumsiness. A non-contrast head CT from the emergency department in October 2026 was unremarkable and is not used for planning. After discussion at the neuro-oncology board, single-session radiosurgery to all seven metastases was chosen over whole-brain radiation."),
         H2("Imaging and registration"),
         P("On the day of treatment, after frame placement by Dr. Okonkwo-Laine, a stereotactic MRI (1 mm T1 post-gadolinium MPRAGE and T2) was acquired with the MR indicator box and registered in GammaPlan. The Icon cone-beam CT was taken on the couch to co-register the frame position to the stereotactic space; no planning CT was needed."),
         H2("Targets (page 1 of 2)"),
         RuledTable([("Target", "Location", "Volume cc", "Rx dose", "Rx isodose", "Max dose", "Shots"),
                     ("1", "Right frontal pole", "0.42", "22 Gy", "50%", "44.0 Gy", "2"),
                     ("2", "Left precentral gyrus (motor strip)", "1.90", "20 Gy", "50%", "40.0 Gy", "6"),
                     ("3", "Left superior parietal lobule", "0.11", "22 Gy", "55%", "40.0 Gy", "1"),
                     ("4", "Right occipital, 2.1 cm", "4.62", "18 Gy", "50%", "36.0 Gy", "11")]),
         P("Target table continues on the next page."),
         ],
        [H2("Targets (continued)"),
         RuledTable([("Target", "Location", "Volume cc", "Rx dose", "Rx isodose", "Max dose", "Shots"),
                     ("5", "Left cerebellar hemisphere", "2.30", "20 Gy", "50%", "40.0 Gy", "7"),
                     ("6", "Dorsal pons (within brainstem)", "0.28", "14 Gy", "50%", "28.0 Gy", "3"),
                     ("7", "Right thalamus", "0.19", "18 Gy", "50%", "36.0 Gy", "2")]),
         H2("Organs at risk"),
         P("Brainstem excluding target 6: D0.1cc 11.4 Gy. Optic chiasm max 3.2 Gy. Normal brain V12 8.9 cc. Total beam-on time 84 minutes."),
         H2("Verification"),
         P("Frame fiducials registered with a mean error of 0.3 mm. Physics independent check of shot coordinates and times (A. Delacroix-Penn, MS) agreed with GammaPlan. Icon CBCT before treatment confirmed frame position within 0.4 mm."),
         H2("Summary"),
         P("All seven metastases were treated in one session on 11/12/2026: right frontal pole 22 Gy, left precentral gyrus 20 Gy, left superior parietal 22 Gy, right occipital 18 Gy, left cerebellar 20 Gy, dorsal pons 14 Gy and right thalamus 18 Gy, each to the isodose line listed. The frame was removed and the patient was discharged the same afternoon."),
         sig("Mirela Okonkwo-Laine, MD (Neurosurgery) 11/12/2026"),
         sig("Tobiah Fenwright, MD (Radiation Oncology) 11/12/2026"),
         ]], opts=dict(header=hdr(_c, 1)))])

# b23_02 -- bundle: TrueBeam HyperArc, five targets in 1, 3 and 5 fractions, names change between documents ---
_c = "MEADOWBROOK CANCER INSTITUTE - RADIATION ONCOLOGY"
add(name="b23_02", kind="bundle", codes=["77373", "77435", "61798", "61797", "61799"],
    facts=F("linac", ["cranial"], 5, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal cavity", "cranial", S, 30, 5), L("right parietal", "cranial", C, 27, 3),
             L("right occipital", "cranial", S, 20, 1), L("left cerebellar", "cranial", S, 18, 1),
             L("left gyrus rectus", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Plan summary PDF (ruled table: Target / Location / Max diameter / Rx dose / Fractions / Rx isodose / "
          "Coverage / Conformity / Arcs / Isocenter), a treatment record with one row per fraction per target, "
          "and a completion summary in prose. Names change: PTV1_LFcav = PTV_LFcav = 'left frontal cavity'. "
          "Five targets in one course of 5 sessions: cavity 2.6 cm 30 Gy/5 (simple), right parietal 3.7 cm "
          "27 Gy/3 (complex, size), right occipital 20 Gy/1, left cerebellar 18 Gy/1, left gyrus rectus 3 mm "
          "from the optic chiasm 25 Gy/5 (complex). The pre-operative 4.2 cm size of the frontal tumour is history.",
    docs=[
        Doc("1_plan_summary.pdf", [[
            H1("Stereotactic Radiosurgery Plan Summary"),
            KeyValue([("Patient", patient(2)), ("MRN", mrn(2)), ("Plan", "MBRAIN_HA_v2 (approved 10/29/2026)"),
                      ("Machine", "Varian TrueBeam STx, 6 MV FFF, HyperArc"), ("Planning system", "Eclipse 16.1"),
                      ("Immobilization", "Encompass thermoplastic mask with HyperArc couch extension"),
                      ("Imaging", "CT simulation 10/22/2026 (1 mm) fused to MRI 10/21/2026 (T1 post-contrast, FLAIR)")]),
            P("Left frontal metastasis (4.2 cm before surgery) resected 09/30/2026; the cavity is now 2.6 cm. Four intact metastases. One isocenter, four non-coplanar arcs for all targets; each target has its own prescription and fraction number and the sessions are shared (5 sessions in total)."),
            RuledTable([("Target", "Location", "Max diameter", "Rx dose", "Fractions", "Rx isodose", "Coverage", "Conformity", "Arcs", "Isocenter"),
                        ("PTV1_LFcav", "L frontal resection cavity", "2.6 cm", "30 Gy", "5", "80%", "98.6%", "1.18", "4", "Iso 1"),
                        ("PTV2_RPar", "R parietal (intact)", "3.7 cm", "27 Gy", "3", "78%", "97.9%", "1.12", "4", "Iso 1"),
                        ("PTV3_ROcc", "R occipital", "0.9 cm", "20 Gy", "1", "80%", "99.1%", "1.21", "4", "Iso 1"),
                        ("PTV4_LCb", "L cerebellar", "1.4 cm", "18 Gy", "1", "80%", "98.8%", "1.16", "4", "Iso 1"),
                        ("PTV5_LGR", "L gyrus rectus, 3 mm from optic chiasm", "1.1 cm", "25 Gy", "5", "80%", "95.2%", "1.24", "4", "Iso 1")]),
            P("Organs at risk (plan sum): optic chiasm Dmax 23.9 Gy in 5 fx (limit 25 Gy); left optic nerve Dmax 21.7 Gy; brainstem Dmax 14.8 Gy; brain minus PTVs V20 11.2 cc. Patient-specific QA (portal dosimetry) passed 10/30/2026, gamma 99.2% at 2%/1 mm; second MU check within 1.8%."),
            sig("Leonora Vasquez-Tillman, MD 10/29/2026; physics: Adebayo Strand, PhD 10/30/2026"),
        ]]),
        Doc("2_treatment_record.txt", text=f"""
MEADOWBROOK CANCER INSTITUTE - RECORD AND VERIFY EXPORT (ARIA)
Patient: {patient(2)}   MRN: {mrn(2)}   Course: C1 SRS brain   Plan: MBRAIN_HA_v2

Date        Session  Field group   Dose this fx (cGy)  Cum (cGy)  CBCT/SGRT
11/02/2026  1        PTV_LFcav     600                 600        CBCT 6DoF, AlignRT
11/02/2026  1        PTV_RPar      900                 900        CBCT 6DoF, AlignRT
11/02/2026  1        PTV_ROcc      2000                2000       CBCT 6DoF, AlignRT
11/02/2026  1        PTV_LCb       1800                1800       CBCT 6DoF, AlignRT
11/02/2026  1        PTV_LGR       500                 500        CBCT 6DoF, AlignRT
11/03/2026  2        PTV_LFcav     600                 1200       CBCT 6DoF, AlignRT
11/03/2026  2        PTV_RPar      900                 1800       CBCT 6DoF, AlignRT
11/03/2026  2        PTV_LGR       500                 1000       CBCT 6DoF, AlignRT
11/04/2026  3        PTV_LFcav     600                 1800       CBCT 6DoF, AlignRT
11/04/2026  3        PTV_RPar      900                 2700       CBCT 6DoF, AlignRT
11/04/2026  3        PTV_LGR       500                 1500       CBCT 6DoF, AlignRT
11/05/2026  4        PTV_LFcav     600                 2400       CBCT 6DoF, AlignRT
11/05/2026  4        PTV_LGR       500                 2000       CBCT 6DoF, AlignRT
11/06/2026  5        PTV_LFcav     600                 3000       CBCT 6DoF, AlignRT
11/06/2026  5        PTV_LGR       500                 2500       CBCT 6DoF, AlignRT

Course status: COMPLETED 11/06/2026. Sessions delivered: 5. Images approved by physician before beam-on each session (LVT).
{FOOT}
"""),
        Doc("3_completion_summary.txt", text=f"""
MEADOWBROOK CANCER INSTITUTE - RADIATION ONCOLOGY
COMPLETION SUMMARY (dictated)
Patient: {patient(2)}   MRN: {mrn(2)}   Dictated 11/09/2026

The patient, a 66-year-old man with lung adenocarcinoma, completed stereotactic radiosurgery to five intracranial targets between 11/02/2026 and 11/06/2026 on the TrueBeam with HyperArc, in a thermoplastic mask, with cone-beam CT and surface guidance before every session. The left frontal cavity received 30 Gy in five fractions. The right parietal metastasis, which at 3.7 cm was too large for a single fraction, received 27 Gy in three. The right occipital lesion received 20 Gy and the left cerebellar lesion 18 Gy, each in a single fraction on the first day. The small left gyrus rectus lesion sits 3 mm from the optic chiasm and received 25 Gy in five fractions to keep the chiasm under tolerance. He tolerated treatment well with mild headache on day two. MRI brain in 6 weeks.

Leonora Vasquez-Tillman, MD
{FOOT}
"""),
    ])

# b23_03 -- ehr_text: GK Perfexion frame, letters A-F, C dropped, F added on the day, D is a retreatment -------
add(name="b23_03", kind="ehr_text", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 5, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("A right frontal", "cranial", S, 20, 1), L("B left parietal", "cranial", S, 20, 1),
             L("D left occipital recurrence", "cranial", S, 16, 1),
             L("E right middle cerebellar peduncle", "cranial", S, 18, 1), L("F right cerebellar", "cranial", S, 22, 1)],
    categories=cats(),
    notes="Text export of a GK pre-treatment note and treatment record: the planning MRI listed targets A-E; on "
          "the day-of-treatment stereotactic MRI target C (2 mm left temporal focus) was no longer seen and was "
          "dropped, and a new 3 mm right cerebellar target F was added. D is a local recurrence of a lesion "
          "treated with 20 Gy in 03/2025 (prior course dose), retreated with 16 Gy. E abuts the pons but is "
          "not within the brainstem (simple). Five targets treated ('five' in words).",
    docs=[Doc("b23_03.txt", text=f"""
CALLOWAY FALLS NEUROSCIENCE CENTER - GAMMA KNIFE
EHR EXPORT  |  Encounter type: Radiosurgery  |  Printed 11/13/2026 08:14
Patient: {patient(3)}   MRN: {mrn(3)}   DOB: 02/14/1961

=== PRE-TREATMENT NOTE (10/30/2026) =====================================
Reason: Recurrent and new brain metastases, non-small cell lung cancer (ALK negative).
History: Gamma Knife radiosurgery 03/2025 at this center to a left occipital metastasis, 20 Gy to the 50% isodose line; stable until the 10/28/2026 MRI, which shows enlargement of that lesion with perfusion consistent with recurrence rather than necrosis, plus four new lesions.
Planning MRI 10/28/2026 targets:
  A  right frontal, 1.2 cm
  B  left parietal, 0.8 cm
  C  left temporal, 2 mm punctate focus (equivocal)
  D  left occipital, 1.6 cm, recurrence in the 2025 field
  E  right middle cerebellar peduncle, 0.9 cm, abutting the lateral pons without brainstem involvement
Plan: single-session Gamma Knife with a Leksell frame; lower dose to D because of the prior 20 Gy.
Signed: Harriet Soames-Adeyemi, MD (Radiation Oncology)

=== GAMMA KNIFE TREATMENT RECORD (11/12/2026) ===========================
Unit: Leksell Gamma Knife Perfexion.  Frame: Leksell G frame, applied 07:05 under local anesthesia by Dr. Pryce-Hollander.
Imaging: stereotactic MRI with contrast (1 mm T1 MPRAGE, T2) and a stereotactic CT (1 mm) for distortion check and skull definition, both registered in GammaPlan.
Day-of-treatment MRI findings: target C is no longer visible on the thin-slice sequences and is felt to have been a vessel; C was DROPPED from the plan. A new 3 mm enhancing lesion in the right cerebellar hemisphere was found and ADDED as target F.
Targets treated (five):
  Target  Location                              Rx dose  IDL   Shots  Max dose
  A       right frontal                         20 Gy    50%   4      40 Gy
  B       left parietal                         20 Gy    50%   2      40 Gy
  D       left occipital (retreatment)          16 Gy    50%   6      32 Gy
  E       right middle cerebellar peduncle      18 Gy    50%   3      36 Gy
  F       right cerebellar (new, day-of MRI)    22 Gy    50%   1      44 Gy
Brainstem Dmax 12.1 Gy (from target E). Cumulative dose to the D region including the 2025 course noted in the chart: 20 Gy + 16 Gy.
QA: frame coordinates and shot times checked independently by physics (Q. Marlowe, MS) before treatment; MR/CT registration error 0.5 mm.
Beam-on time 61 min. Frame removed 13:40. Discharged home.

=== SUMMARY (11/12/2026) ================================================
Single-session Gamma Knife radiosurgery to five targets: A right frontal 20 Gy, B left parietal 20 Gy, D left occipital recurrence 16 Gy, E right middle cerebellar peduncle 18 Gy, F right cerebellar 22 Gy. Target C was not treated. Follow-up MRI in 8 weeks.
Signed: Harriet Soames-Adeyemi, MD; Desmond Pryce-Hollander, MD (Neurosurgery)
{FOOT}
""")])

# b23_04 -- bundle: GK Icon mask, dose-staged 4.1 cm lesion in two stages four weeks apart ------------------
_c = "FERNCLIFF REGIONAL CANCER CENTER - GAMMA KNIFE ICON"
add(name="b23_04", kind="bundle", codes=["77371", "77432", "61798", "61797"],
    facts=F("cobalt60", ["cranial"], 4, 2, ["MRI"], ["mask"]),
    lesions=[L("right temporal", "cranial", C, 30, 2), L("left frontal", "cranial", S, 22, 1),
             L("right cerebellar", "cranial", S, 20, 1), L("left occipital", "cranial", S, 22, 1)],
    categories=cats(),
    notes="Two stage reports of one dose-staged Gamma Knife Icon course (mask, IFMM): a 4.1 cm right temporal "
          "metastasis (complex, size) gets 15 Gy at stage 1 (11/02) and 15 Gy at stage 2 (11/30), 30 Gy in "
          "2 sessions; stage 1 also treats left frontal 22 Gy and right cerebellar 20 Gy; a 6 mm left "
          "occipital lesion first seen on the stage-2 MRI is added and treated at stage 2 with 22 Gy. Two "
          "sessions in the course: 77371/77432 (single-session codes) are inconsistent. MRI only; Icon CBCT "
          "is guidance.",
    docs=[
        Doc("1_stage1_report.pdf", [[
            H1("Gamma Knife Icon - Stage 1 Treatment Report"),
            KeyValue([("Patient", patient(4)), ("MRN", mrn(4)), ("Date", "11/02/2026"),
                      ("Course", "Dose-staged radiosurgery, 2 stages planned ~4 weeks apart"),
                      ("Fixation", "Thermoplastic mask with Icon head cushion; IFMM nose marker"),
                      ("Planning imaging", "MRI 10/29/2026, 1 mm T1 post-contrast; no planning CT (stereotactic reference from Icon CBCT)")]),
            P("Three metastases from renal cell carcinoma. The right temporal lesion measures 4.1 x 3.6 x 3.3 cm and is treated in two dose stages; the two smaller lesions are treated in full today."),
            RuledTable([("Lesion", "Diameter", "Stage 1 dose", "IDL", "Shots", "Stage 2 planned"),
                        ("R temporal", "41 mm", "15 Gy", "50%", "24", "15 Gy"),
                        ("L frontal", "9 mm", "22 Gy", "50%", "3", "-"),
                        ("R cerebellar", "13 mm", "20 Gy", "50%", "5", "-")]),
            P("CBCT before treatment registered to the planning MRI; intrafraction motion max 0.6 mm (threshold 1.5 mm). Plan QA: independent dose check by physics (R. Iyer-Blackwood, PhD) passed. Brainstem max 9.8 Gy; optic chiasm max 2.1 Gy."),
            sig("Gideon Marchetti-Osei, MD 11/02/2026"),
        ]], opts=dict(header=hdr(_c, 4))),
        Doc("2_stage2_report.pdf", [[
            H1("Gamma Knife Icon - Stage 2 Treatment Report and Course Summary"),
            KeyValue([("Patient", patient(4)), ("MRN", mrn(4)), ("Date", "11/30/2026"),
                      ("Fixation", "Same thermoplastic mask, IFMM"),
                      ("Planning imaging", "MRI 11/27/2026, 1 mm T1 post-contrast")]),
            P("Stage 2 MRI: the right temporal lesion has decreased to 3.8 cm. A new 6 mm left occipital lesion not present on 10/29 was found and added to today's plan."),
            RuledTable([("Lesion", "Diameter", "Stage 2 dose", "IDL", "Shots"),
                        ("R temporal (stage 2 of 2)", "38 mm", "15 Gy", "50%", "21"),
                        ("L occipital (new)", "6 mm", "22 Gy", "50%", "2")]),
            P("CBCT registration and IFMM as at stage 1, max motion 0.8 mm. Physics check passed."),
            H2("Course summary"),
            P("Dose-staged Gamma Knife course in two sessions (11/02/2026 and 11/30/2026), four lesions in total: right temporal 30 Gy (15 Gy + 15 Gy), left frontal 22 Gy, right cerebellar 20 Gy, left occipital 22 Gy. Next MRI in 8 weeks."),
            sig("Gideon Marchetti-Osei, MD 11/30/2026"),
        ]], opts=dict(header=hdr(_c, 4))),
    ])

# b23_05 -- pdf: Edge single-isocenter SRS, nine lesions (I-IX) over a page break, one meningioma -------------
_c = "PORT ALDOUS RADIATION ONCOLOGY"
add(name="b23_05", kind="pdf", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 9, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("I right frontal", "cranial", S, 20, 1), L("II left frontal", "cranial", S, 20, 1),
             L("III right parietal", "cranial", S, 18, 1), L("IV left gyrus rectus", "cranial", C, 18, 1),
             L("V right temporal", "cranial", S, 20, 1), L("VI left occipital", "cranial", S, 20, 1),
             L("VII right cerebellar", "cranial", S, 18, 1), L("VIII vermis", "cranial", S, 20, 1),
             L("IX left parafalcine meningioma", "cranial", S, 14, 1)],
    categories=cats(),
    notes="Single-fraction Edge SRS (Brainlab Elements Multiple Brain Mets, one isocenter) to nine lesions "
          "('nine' in words) numbered I-IX in a ruled table (No. / Site / Diameter mm / Volume cc / Dose / "
          "Prescription IDL / Dmax / Arcs / Isocenter), rows VI-IX continued on page 2. Eight metastases and an "
          "incidental 16 mm parafalcine meningioma (benign, simple) treated in the same session. IV is 4 mm "
          "from the left optic nerve (complex). Dmax values are not Rx doses.",
    docs=[Doc("b23_05.pdf", [
        [H1("Stereotactic Radiosurgery - Plan and Treatment Summary"),
         P("Patient: " + patient(5) + "    MRN: " + mrn(5) + "    Treatment date: 11/18/2026"),
         P("Diagnosis: Metastatic melanoma to brain, nine lesions in total (eight metastases and one incidental left parafalcine meningioma, stable over two years, which the patient asked to have treated in the same session)."),
         P("Simulation 11/11/2026 in a Brainlab frameless SRS mask; 1 mm contrast CT fused with a 3T MRI (T1 MPRAGE post-gadolinium) of 11/10/2026. Planning: Brainlab Elements Multiple Brain Mets, one isocenter, 5 dynamic conformal arcs, 6 MV on the Varian Edge (HD120 MLC)."),
         H2("Lesions"),
         RuledTable([("No.", "Site", "Diam. (mm)", "Vol. (cc)", "Dose", "Rx IDL", "Dmax", "Arcs", "Iso"),
                     ("I", "Right frontal", "7", "0.14", "20 Gy", "80%", "25.0 Gy", "5", "1"),
                     ("II", "Left frontal", "14", "1.02", "20 Gy", "80%", "25.1 Gy", "5", "1"),
                     ("III", "Right parietal", "22", "3.85", "18 Gy", "80%", "22.6 Gy", "5", "1"),
                     ("IV", "Left gyrus rectus, 4 mm from L optic nerve", "9", "0.31", "18 Gy", "80%", "22.4 Gy", "5", "1"),
                     ("V", "Right temporal", "5", "0.06", "20 Gy", "80%", "24.8 Gy", "5", "1")]),
         P("(table continued on page 2)"),
         ],
        [H2("Lesions (continued)"),
         RuledTable([("No.", "Site", "Diam. (mm)", "Vol. (cc)", "Dose", "Rx IDL", "Dmax", "Arcs", "Iso"),
                     ("VI", "Left occipital", "11", "0.58", "20 Gy", "80%", "25.2 Gy", "5", "1"),
                     ("VII", "Right cerebellar", "16", "1.61", "18 Gy", "80%", "22.5 Gy", "5", "1"),
                     ("VIII", "Vermis", "6", "0.09", "20 Gy", "80%", "24.9 Gy", "5", "1"),
                     ("IX", "Left parafalcine meningioma", "16", "1.44", "14 Gy", "80%", "17.4 Gy", "5", "1")]),
         P("OARs: left optic nerve max 7.8 Gy, chiasm max 5.1 Gy, brainstem max 9.9 Gy, brain V12 (minus GTVs) 14.6 cc."),
         H2("Delivery"),
         P("Delivered 11/18/2026 in a single fraction. ExacTrac stereoscopic x-ray verification before each couch angle and a CBCT at couch 0; all shifts under 0.5 mm / 0.5 degrees after correction. Patient-specific QA (SRS MapCHECK) passed 11/16/2026."),
         H2("Summary"),
         P("All nine lesions received their prescribed single-fraction doses: I, II, V, VI and VIII 20 Gy each; III, IV and VII 18 Gy each; the meningioma (IX) 14 Gy."),
         sig("Priya Halvorsen-Mbeki, MD 11/18/2026"),
         sig("Physicist: Conrad Ellingworth, MS 11/18/2026"),
         ]], opts=dict(header=hdr(_c, 5), font="Helvetica"))])


# b23_06 -- bundle: Versa HD 3-fraction SRS, six lesions; "Lesion 3" = PTV_LCbm = "left cerebellar" ---------
_c = "WEXMOOR UNIVERSITY HOSPITAL - DEPARTMENT OF RADIATION ONCOLOGY"
_b06 = [("PTV_RFr", 900), ("PTV_LPrecent", 800), ("PTV_LCbm", 900), ("PTV_RTemp", 900), ("PTV_LOcc", 900), ("PTV_RCaud", 800)]
_rec06 = "\n".join(f"{d}  {i + 1}/3   {name:<13} {dose:>5}   {dose * (i + 1):>5}   XVI CBCT  {ini}"
                   for i, (d, ini) in enumerate([("10/19/2026", "KO"), ("10/21/2026", "KO"), ("10/23/2026", "MS")])
                   for name, dose in _b06)
add(name="b23_06", kind="bundle", codes=["77373", "77435", "61796", "61797", "61800"],
    facts=F("linac", ["cranial"], 6, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal", "cranial", S, 27, 3), L("left precentral gyrus", "cranial", S, 24, 3),
             L("left cerebellar", "cranial", S, 27, 3), L("right temporal", "cranial", S, 27, 3),
             L("left occipital", "cranial", S, 27, 3), L("right caudate head", "cranial", S, 24, 3)],
    categories=cats(),
    notes="Plan PDF (ruled table: Lesion / PTV name / Location / Volume cc / Dose per fx / Fx / Total / V100 / "
          "Gradient index), record export with one row per fraction per PTV (18 rows), prose completion summary. "
          "Names change across documents: 'Lesion 3' = PTV_LCbm = 'left cerebellar'. Six lesions in 3 fractions "
          "on a Versa HD, 27 Gy or 24 Gy; the precentral (motor cortex) and caudate lesions got 24 Gy because "
          "of location but are simple by the coding rules. Mask course: the claimed 61800 (head frame) is "
          "inconsistent.",
    docs=[
        Doc("1_srs_plan.pdf", [[
            H1("Fractionated SRS - Physician Plan Approval"),
            KeyValue([("Patient", patient(6)), ("MRN", mrn(6)), ("Approved", "10/15/2026"),
                      ("Treatment unit", "Elekta Versa HD, Agility MLC, 6 MV FFF"), ("TPS", "Monaco 6.1, VMAT, 1 isocenter, 3 arcs"),
                      ("Immobilization", "Orfit 3-point SRS thermoplastic mask"),
                      ("Images", "CT simulation 10/08/2026 (1 mm) registered with MRI 10/07/2026 (T1 + gad, T2 FLAIR)")]),
            P("Six metastases from small cell... no, from non-small cell lung cancer; prior systemic therapy with pembrolizumab. Fractionated radiosurgery in three fractions for all six lesions."),
            RuledTable([("Lesion", "PTV name", "Location", "Volume cc", "Dose/fx", "Fx", "Total", "V100", "Gradient index"),
                        ("1", "PTV_RFr", "Right frontal", "2.41", "9 Gy", "3", "27 Gy", "98.7%", "3.1"),
                        ("2", "PTV_LPrecent", "Left precentral gyrus (motor cortex)", "0.87", "8 Gy", "3", "24 Gy", "98.1%", "3.4"),
                        ("3", "PTV_LCbm", "Left cerebellar hemisphere", "3.02", "9 Gy", "3", "27 Gy", "99.0%", "2.9"),
                        ("4", "PTV_RTemp", "Right temporal", "1.16", "9 Gy", "3", "27 Gy", "98.4%", "3.2"),
                        ("5", "PTV_LOcc", "Left occipital", "0.52", "9 Gy", "3", "27 Gy", "97.9%", "3.6"),
                        ("6", "PTV_RCaud", "Right caudate head", "0.33", "8 Gy", "3", "24 Gy", "98.2%", "3.8")]),
            P("Constraints met: brainstem D0.5cc 13.2 Gy / 3 fx; optic chiasm Dmax 6.1 Gy; brain-GTV V18 (3 fx) 16.8 cc. Physics: independent MU check (Mobius3D) and ArcCHECK QA passed 10/16/2026."),
            sig("Imogen Castellanos-Reid, MD 10/15/2026"),
        ]], opts=dict(header=hdr(_c, 6))),
        Doc("2_treatment_record.txt", text=f"""
WEXMOOR UNIVERSITY HOSPITAL - MOSAIQ TREATMENT RECORD EXPORT
Patient: {patient(6)}   MRN: {mrn(6)}   Site: Brain mets x6 fSRS   Rx: see plan 10/15/2026

Date        Fx    Structure      cGy     Cum     Imaging   Init
{_rec06}

Fractions delivered 3 of 3. XVI CBCT with HexaPOD 6D correction before each fraction, reviewed by MD before beam-on.
{FOOT}
"""),
        Doc("3_completion_summary.txt", text=f"""
WEXMOOR UNIVERSITY HOSPITAL - RADIATION ONCOLOGY COMPLETION SUMMARY
Patient: {patient(6)}   MRN: {mrn(6)}   Date: 10/26/2026

Completed fractionated stereotactic radiosurgery to six brain metastases on 10/19, 10/21 and 10/23/2026. The right frontal, left cerebellar, right temporal and left occipital lesions each received 27 Gy in three fractions. The left precentral gyrus lesion in the motor strip and the right caudate head lesion each received 24 Gy in three fractions. Thermoplastic mask and CBCT at each fraction. No new weakness; mild fatigue. Dexamethasone taper over 5 days. MRI in 2 months.

Imogen Castellanos-Reid, MD
{FOOT}
"""),
    ])

# b23_07 -- pdf (contradiction): GK frame, four metastases + vestibular schwannoma; "all six" over five rows ---
_c = "THISTLEWOOD GAMMA KNIFE UNIT"
add(name="b23_07", kind="pdf", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 5, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right frontal", "cranial", S, 20, 1), L("left temporal", "cranial", S, 18, 1),
             L("right cerebellar", "cranial", S, 20, 1), L("left insula", "cranial", S, 18, 1),
             L("left vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    contradiction="The impression says all six lesions were treated, while the dose table and the narrative list "
                  "five (four metastases and the vestibular schwannoma).",
    notes="Gamma Knife Perfexion with a Leksell frame, single session: four metastases plus a left vestibular "
          "schwannoma (benign, complex by type) in one session. The dose table has five rows, the impression "
          "says 'all six lesions'. A mixed set: the claimed 61796 is inconsistent (a complex lesion calls for "
          "61798). Cochlea 4.1 Gy and max doses 36-40 Gy are not Rx doses.",
    docs=[Doc("b23_07.pdf", [[
        H1("GAMMA KNIFE PROCEDURE NOTE"),
        P("Patient: " + patient(7) + "   MRN: " + mrn(7) + "   Date of procedure: 11/05/2026"),
        P("Indication: 69-year-old man with melanoma and four brain metastases; he also has a known left vestibular schwannoma (1.4 cm, Koos II) that has grown 3 mm over two years. After discussion both the metastases and the schwannoma were treated in the same session."),
        P("Procedure: A Leksell G frame was applied under local anesthesia. Stereotactic MRI (1 mm T1 post-contrast, CISS through the internal auditory canals) and a stereotactic CT were obtained and co-registered in Leksell GammaPlan. Physics verified frame co-ordinates, the MR/CT registration (0.4 mm) and the shot times before treatment."),
        RuledTable([("#", "Target", "Size", "Marginal dose", "Isodose", "Max", "Shots"),
                    ("1", "Right frontal metastasis", "1.5 cm", "20 Gy", "50%", "40 Gy", "6"),
                    ("2", "Left temporal metastasis", "2.3 cm", "18 Gy", "50%", "36 Gy", "12"),
                    ("3", "Right cerebellar metastasis", "0.7 cm", "20 Gy", "50%", "40 Gy", "2"),
                    ("4", "Left insular metastasis", "1.9 cm", "18 Gy", "50%", "36 Gy", "9"),
                    ("5", "Left vestibular schwannoma", "1.4 cm", "12 Gy", "50%", "24 Gy", "14")]),
        P("Left cochlea mean dose 4.1 Gy; brainstem max 10.3 Gy. Treatment delivered on the Perfexion in one session, 97 minutes, without interruption. The frame was removed; pin sites clean."),
        P("IMPRESSION: All six lesions were treated in a single Gamma Knife session without complication."),
        P("PLAN: MRI brain in 8 weeks; audiogram in 6 months for the schwannoma; continue ipilimumab/nivolumab per oncology."),
        sig("Ambrose Kettleby-Nunez, MD (Neurosurgery) 11/05/2026"),
        sig("Wilhelmina Adjei-Carrow, MD (Radiation Oncology) 11/05/2026"),
    ]], opts=dict(header=hdr(_c, 7), font="Times-Roman"))])

# b23_08 -- ehr_text: ZAP-X, four lesions in mm either side of 35 mm, mixed 1 and 3 fractions ---------------
add(name="b23_08", kind="ehr_text", codes=["77373", "77435", "61798", "61797"],
    facts=F("linac", ["cranial"], 4, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal", "cranial", C, 27, 3), L("left parietal", "cranial", S, 27, 3),
             L("left cerebellar", "cranial", S, 20, 1), L("right occipital", "cranial", S, 20, 1)],
    categories=cats(),
    notes="EHR text export from a ZAP-X (self-shielded gyroscopic linac) program: four lesions ('four' in words) "
          "with sizes in mm, 36 mm (complex) and 34 mm (simple) either side of 3.5 cm, both 27 Gy/3; two "
          "small lesions 20 Gy in the first session only. Course of 3 sessions. An outside MRI size of 33 mm "
          "for the right frontal lesion is older than the planning MRI (36 mm).",
    docs=[Doc("b23_08.txt", text=f"""
BELLHAVEN NEUROSURGICAL ASSOCIATES - ZAP-X RADIOSURGERY PROGRAM
Chart export | {patient(8)} | MRN {mrn(8)} | exported 11/20/2026

---- Radiosurgery planning note (11/03/2026) ----
Dx: Brain metastases (4) from endometrial carcinoma.
Outside MRI 09/12/2026 measured the right frontal mass at 33 mm; our planning MRI 10/30/2026 (1 mm T1 post-contrast) measures it at 36 mm maximum dimension. Left parietal 34 mm. Left cerebellar 8 mm. Right occipital 12 mm.
Simulation 11/02/2026: thermoplastic head mask on the ZAP-X headrest, thin-slice CT 1 mm fused to the 10/30 MRI in the ZAP-X planning system.
Dose plan:
  1) right frontal, 36 mm ........ 9 Gy x 3 = 27 Gy, 70% IDL, 312 beams, 1 isocenter
  2) left parietal, 34 mm ........ 9 Gy x 3 = 27 Gy, 70% IDL, 288 beams, 1 isocenter
  3) left cerebellar, 8 mm ....... 20 Gy x 1, 60% IDL, 96 beams
  4) right occipital, 12 mm ...... 20 Gy x 1, 60% IDL, 121 beams
Lesions 3 and 4 are treated in session 1 only; lesions 1 and 2 in sessions 1-3.
Brainstem D0.5cc 12.9 Gy (3 fx sum). Physics second check (F. Abernethy-Lowe, MS) complete 11/04/2026.
-- Fitzwilliam Rourke-Tanaka, MD

---- Treatment log ----
11/09/2026 session 1: lesions 1, 2, 3, 4. kV image pairs at each isocenter before and during delivery; max correction 0.6 mm.
11/11/2026 session 2: lesions 1, 2. kV verification, 0.4 mm.
11/13/2026 session 3: lesions 1, 2. kV verification, 0.5 mm.

---- Completion note (11/16/2026) ----
All four lesions treated as planned in three sessions. The right frontal (36 mm) and left parietal (34 mm) lesions received 27 Gy in 3 fractions; the left cerebellar and right occipital lesions received 20 Gy in a single fraction. No acute toxicity. MRI in 6 weeks.
-- Fitzwilliam Rourke-Tanaka, MD
{FOOT}
""")])


# ==================================================================================================
# CyberKnife
# ==================================================================================================

# b23_09 -- bundle: CyberKnife cranial, cavity 3.9 cm + two metastases, targets A-C renamed in the record -----
_c = "SANDPIPER COAST CYBERKNIFE CENTER"
add(name="b23_09", kind="bundle", codes=["77373", "77435", "G0339", "G0340", "61798", "61797"],
    facts=F("robotic_linac", ["cranial"], 3, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal resection cavity", "cranial", C, 30, 5), L("left occipital", "cranial", S, 20, 1),
             L("right cerebellar", "cranial", S, 24, 3)],
    categories=cats(),
    notes="CyberKnife M6 plan summary (Targets A/B/C), fraction record (GTV_cav / GTV_LOcc / GTV_RCb) and "
          "completion summary (anatomical names): right frontal resection cavity 3.9 cm (complex by size) "
          "30 Gy/5, left occipital 20 Gy/1, right cerebellar 24 Gy/3, in one course of five sessions. Aquaplast "
          "mask, 6D skull tracking. G0339 + G0340 fit a robotic course of 5 sessions.",
    docs=[
        Doc("1_cyberknife_plan.pdf", [[
            H1("CyberKnife Treatment Plan Summary"),
            KeyValue([("Patient", patient(9)), ("MRN", mrn(9)), ("System", "Accuray CyberKnife M6, Iris collimator"),
                      ("Planning", "Accuray Precision 3.3; plan BR_3T_v1 approved 11/04/2026"),
                      ("Tracking", "6D Skull"), ("Immobilization", "Aquaplast head mask, made 10/28/2026"),
                      ("Imaging", "Contrast CT 1.25 mm 10/28/2026 + MRI 10/27/2026 (post-gad T1, T2), fused")]),
            RuledTable([("Target", "Description", "Largest dim.", "Volume", "Prescription", "Fractions", "Isodose", "Coverage", "nCI", "Beams"),
                        ("A", "Right frontal resection cavity", "3.9 cm", "14.2 cc", "30 Gy", "5", "74%", "96.8%", "1.21", "187"),
                        ("B", "Left occipital", "1.0 cm", "0.41 cc", "20 Gy", "1", "80%", "99.0%", "1.25", "96"),
                        ("C", "Right cerebellar", "1.5 cm", "1.30 cc", "24 Gy", "3", "78%", "98.2%", "1.19", "141")]),
            P("Session schedule: A in sessions 1-5; B in session 1; C in sessions 1-3. Brainstem Dmax 16.4 Gy (sum), optic apparatus Dmax 5.5 Gy. Delivery QA: phantom end-to-end and film QA passed 11/05/2026 (physicist O. Fairweather-Kim)."),
            sig("Serafina Bouchard-Amadi, MD 11/04/2026"),
        ]], opts=dict(header=hdr(_c, 9), font="Helvetica")),
        Doc("2_fraction_record.txt", text=f"""
SANDPIPER COAST CYBERKNIFE CENTER - iDMS FRACTION RECORD
{patient(9)}  {mrn(9)}

Fx  Date        Structure   cGy    Cum     Tracking        Beams delivered
1   11/09/2026  GTV_cav     600    600     6D Skull OK     187/187
1   11/09/2026  GTV_LOcc    2000   2000    6D Skull OK     96/96
1   11/09/2026  GTV_RCb     800    800     6D Skull OK     141/141
2   11/10/2026  GTV_cav     600    1200    6D Skull OK     187/187
2   11/10/2026  GTV_RCb     800    1600    6D Skull OK     141/141
3   11/11/2026  GTV_cav     600    1800    6D Skull OK     187/187
3   11/11/2026  GTV_RCb     800    2400    6D Skull OK     141/141
4   11/12/2026  GTV_cav     600    2400    6D Skull OK     187/187
5   11/13/2026  GTV_cav     600    3000    6D Skull OK     187/187
Sessions completed: 5.
{FOOT}
"""),
        Doc("3_completion_summary.txt", text=f"""
SANDPIPER COAST CYBERKNIFE CENTER - END OF TREATMENT SUMMARY
Patient: {patient(9)}   MRN: {mrn(9)}   Date: 11/16/2026

Diagnosis: brain metastases from colorectal adenocarcinoma; right frontal metastasis resected 10/06/2026.
CyberKnife radiosurgery, five sessions 11/09/2026 to 11/13/2026, three targets: the right frontal resection cavity received 30 Gy in 5 fractions, the left occipital metastasis 20 Gy in a single fraction, and the right cerebellar metastasis 24 Gy in 3 fractions. Skull tracking throughout. Tolerated well. MRI in 2 months.

Serafina Bouchard-Amadi, MD
{FOOT}
"""),
    ])

# b23_10 -- pdf (contradiction): CyberKnife lung, two nodules in the right upper lobe, "Fractions delivered: 4" --
_c = "OAKHURST VALLEY RADIOSURGERY"
add(name="b23_10", kind="pdf", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 2, 5, ["CT", "PET"], ["body_immobilization", "fiducials"]),
    lesions=[L("RUL posterior segment", "body", None, 55, 5), L("RUL anterior segment", "body", None, 50, 5)],
    categories=cats(),
    contradiction="The summary's key/value line says 4 fractions delivered, while the fraction log lists five "
                  "dated fractions and the prescription and narrative give five.",
    notes="CyberKnife lung SBRT to two nodules in the same (right upper) lobe, each its own target with its own "
          "dose (posterior segment 55 Gy/5, anterior segment 50 Gy/5), three gold fiducials, Synchrony, "
          "Vac-Lok; planning CT (inhale/exhale) + PET/CT fused. The header key/value says 'Fractions delivered: "
          "4' against five logged fractions.",
    docs=[Doc("b23_10.pdf", [[
        H1("CyberKnife SBRT Completion Summary"),
        KeyValue([("Patient", patient(10)), ("MRN", mrn(10)), ("Treatment dates", "10/26/2026 - 11/03/2026"),
                  ("Site", "Right upper lobe, two separate nodules"), ("Fractions delivered", "4"),
                  ("System", "CyberKnife S7 with Synchrony fiducial tracking")]),
        P("History: 77-year-old former smoker with two synchronous biopsy-proven adenocarcinomas in the right upper lobe (posterior segment 2.4 cm, anterior segment 1.7 cm), both cT1 N0 on PET/CT, medically inoperable (FEV1 38%)."),
        P("Preparation: three gold fiducial markers were placed under CT guidance on 10/08/2026 (two near the posterior nodule, one near the anterior nodule). Planning CT 10/15/2026 at inhale and exhale, 1 mm, with the patient supine in a Vac-Lok cushion; the staging PET/CT of 09/30/2026 was fused for delineation. Accuray Precision, Iris collimator."),
        RuledTable([("Target", "Size", "Prescription", "Isodose", "Coverage", "Tracking"),
                    ("PTV_RUL_post", "2.4 cm", "11 Gy x 5 = 55 Gy", "78%", "96.1%", "Synchrony, fiducials 1-2"),
                    ("PTV_RUL_ant", "1.7 cm", "10 Gy x 5 = 50 Gy", "80%", "97.4%", "Synchrony, fiducial 3")]),
        H2("Fraction log"),
        TextTable([("Fx", "Date", "PTV_RUL_post", "PTV_RUL_ant", "Tracking error"),
                   ("1", "10/26/2026", "11 Gy", "10 Gy", "0.8 mm"),
                   ("2", "10/28/2026", "11 Gy", "10 Gy", "1.1 mm"),
                   ("3", "10/30/2026", "11 Gy", "10 Gy", "0.9 mm"),
                   ("4", "11/02/2026", "11 Gy", "10 Gy", "1.0 mm"),
                   ("5", "11/03/2026", "11 Gy", "10 Gy", "0.7 mm")], columns=(0, 40, 130, 240, 350)),
        P("OARs: proximal bronchial tree Dmax 31.8 Gy, chest wall V30 8.4 cc, spinal cord Dmax 14.2 Gy. Physics reviewed the Synchrony model each fraction; DQA passed 10/22/2026."),
        P("Impression: Completed SBRT to both right upper lobe nodules, the posterior nodule 55 Gy and the anterior nodule 50 Gy, each in five fractions. Mild chest wall soreness only."),
        sig("Rosalind Ferreira-Quist, MD 11/04/2026"),
    ]], opts=dict(header=hdr(_c, 10), font="Helvetica"))])


# ==================================================================================================
# Body and spine SBRT, several sites in one course
# ==================================================================================================

# b23_11 -- pdf: TrueBeam, left lower lobe 54 Gy/3 + right adrenal 40 Gy/5 in one course of five sessions -----
_c = "KINGSFERRY ONCOLOGY ASSOCIATES"
add(name="b23_11", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left lower lobe", "body", None, 54, 3), L("right adrenal", "body", None, 40, 5)],
    categories=cats(),
    notes="Oligometastatic SBRT plan summary and delivery log on one PDF: left lower lobe 18 Gy x 3 = 54 Gy and "
          "right adrenal 8 Gy x 5 = 40 Gy, the lung target in sessions 1-3 only; five sessions in all. 4DCT "
          "with PET/CT fusion, BodyFIX with abdominal compression, CBCT each session. Liver and duodenum "
          "maxima (e.g. duodenum 29.7 Gy) and the 100 Gy BED are not doses.",
    docs=[Doc("b23_11.pdf", [[
        H1("SBRT Plan Summary - Multiple Sites"),
        KeyValue([("Patient", patient(11)), ("MRN", mrn(11)), ("Plan approved", "10/20/2026"),
                  ("Linac", "Varian TrueBeam, 6 MV FFF, VMAT"), ("TPS", "Eclipse 16.1 (AcurosXB)"),
                  ("Immobilization", "Elekta BodyFIX vacuum bag with abdominal compression paddle"),
                  ("Simulation", "4DCT 10/13/2026 (2 mm), ITV from 10 phases; staging PET/CT 10/01/2026 fused for the adrenal")]),
        P("Diagnosis: oligometastatic lung adenocarcinoma: left lower lobe primary (2.2 cm) and a right adrenal metastasis (3.1 cm). ECOG 1. Both treated in one SBRT course with separate isocenters."),
        RuledTable([("Site", "Target", "Dose per fraction", "Fractions", "Total", "BED10", "Isocenter", "Arcs"),
                    ("Lung", "ITV/PTV_LLL", "18 Gy", "3", "54 Gy", "151 Gy", "Iso 1", "2"),
                    ("Adrenal", "ITV/PTV_RAdr", "8 Gy", "5", "40 Gy", "72 Gy", "Iso 2", "2")]),
        P("Constraints: duodenum Dmax 29.7 Gy (5 fx); right kidney mean 6.2 Gy; liver 700 cc < 15 Gy; chest wall V30 12 cc; spinal cord Dmax 11.4 Gy. Patient-specific QA passed for both isocenters (portal dosimetry, gamma 98.9%)."),
        H2("Delivery log"),
        RuledTable([("Session", "Date", "PTV_LLL", "PTV_RAdr", "Imaging"),
                    ("1", "10/26/2026", "18 Gy", "8 Gy", "CBCT x2, approved"),
                    ("2", "10/28/2026", "18 Gy", "8 Gy", "CBCT x2, approved"),
                    ("3", "10/30/2026", "18 Gy", "8 Gy", "CBCT x2, approved"),
                    ("4", "11/02/2026", "-", "8 Gy", "CBCT, approved"),
                    ("5", "11/04/2026", "-", "8 Gy", "CBCT, approved")]),
        P("Course completed 11/04/2026: left lower lobe 54 Gy in 3 fractions, right adrenal 40 Gy in 5 fractions. No treatment breaks."),
        sig("Marcus Delaunay-Obi, MD 11/05/2026"),
    ]], opts=dict(header=hdr(_c, 11)))])

# b23_12 -- bundle (contradiction): liver segment VII 50 Gy/5 + left ilium 30 Gy/3; dictated summary says 45 Gy --
_c = "REDMARSH HEALTH CANCER PAVILION"
add(name="b23_12", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment VII", "body", None, 50, 5), L("left iliac bone", "body", None, 30, 3)],
    categories=cats(),
    contradiction="The dictated summary says the liver lesion received 45 Gy in five fractions, while the plan "
                  "and the treatment record give 10 Gy x 5 = 50 Gy.",
    notes="Plan PDF, record export (one row per session per target) and a dictated summary: oligometastatic "
          "colorectal cancer, liver segment VII 50 Gy/5 with three gold fiducials and BodyFIX compression, left "
          "ilium 30 Gy/3 in sessions 1-3; triphasic planning CT + liver MRI. The summary's '45 Gy' disagrees "
          "with the plan and record (gold 50 Gy). Segment IV resected in 2025 is history.",
    docs=[
        Doc("1_sbrt_plan.pdf", [[
            H1("SBRT Prescription and Plan"),
            P("Patient: " + patient(12) + "    MRN: " + mrn(12) + "    Approved 10/07/2026"),
            P("Oligometastatic rectal adenocarcinoma. Prior: hepatic segment IV wedge resection 03/2025. Now a 2.8 cm segment VII metastasis and a 2.5 cm lytic left iliac metastasis. Three gold fiducials placed in the liver by IR on 09/24/2026. Simulation 09/30/2026 in BodyFIX with compression belt, triphasic contrast CT (1.5 mm) fused with a gadoxetate liver MRI of 09/28/2026. TrueBeam, Eclipse, VMAT."),
            RuledTable([("Target", "Rx", "Fractions", "Prescribed to", "Coverage PTV", "Isocenter"),
                        ("PTV_Liv7", "10 Gy/fx = 50 Gy", "5", "80% IDL", "95.3%", "1"),
                        ("PTV_LIlium", "10 Gy/fx = 30 Gy", "3", "85% IDL", "97.0%", "2")]),
            P("OARs: liver minus GTV 700 cc < 17.2 Gy; stomach Dmax 27.4 Gy; small bowel Dmax 24.1 Gy; right kidney V14 2%. Physics plan check and patient-specific QA complete 10/09/2026 (T. Nakashima-Rowe, MS)."),
            sig("Esther Lindqvist-Amaro, MD 10/07/2026"),
        ]], opts=dict(header=hdr(_c, 12), font="Times-Roman")),
        Doc("2_treatment_record.txt", text=f"""
REDMARSH HEALTH - TREATMENT DELIVERY RECORD
{patient(12)} / {mrn(12)}

Session  Date        Target       Dose(cGy)  Running(cGy)  IGRT
1        10/12/2026  PTV_Liv7     1000       1000          CBCT + fiducial match
1        10/12/2026  PTV_LIlium   1000       1000          CBCT
2        10/14/2026  PTV_Liv7     1000       2000          CBCT + fiducial match
2        10/14/2026  PTV_LIlium   1000       2000          CBCT
3        10/16/2026  PTV_Liv7     1000       3000          CBCT + fiducial match
3        10/16/2026  PTV_LIlium   1000       3000          CBCT
4        10/19/2026  PTV_Liv7     1000       4000          CBCT + fiducial match
5        10/21/2026  PTV_Liv7     1000       5000          CBCT + fiducial match
Status: complete, 5 sessions.
{FOOT}
"""),
        Doc("3_dictated_summary.txt", text=f"""
REDMARSH HEALTH - RADIATION ONCOLOGY TREATMENT SUMMARY (DICTATED)
Patient: {patient(12)}   MRN: {mrn(12)}   Dictated: 10/23/2026

This is a summary for the oligometastatic course just completed. The segment seven liver lesion received 45 Gy in five fractions with fiducial-based cone-beam matching and abdominal compression, and the left iliac bone lesion received 30 Gy in three fractions on the first three treatment days. Treatment ran from October 12 to October 21 without interruption. She had grade 1 nausea, controlled with ondansetron. Restaging CT and MRI in 3 months.

Esther Lindqvist-Amaro, MD
{FOOT}
"""),
    ])

# b23_13 -- ehr_text: T10 and L1 as separate spinal targets + left eighth rib, 3 fractions -----------------
add(name="b23_13", kind="ehr_text", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["body", "spinal"], 3, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T10", "spinal", None, 27, 3), L("L1", "spinal", None, 27, 3), L("left 8th rib", "body", None, 30, 3)],
    categories=cats(),
    notes="EHR text export: spine SBRT to T10 and L1 as two separate targets (T11-T12 between them untreated) "
          "plus the left eighth rib, 27/27/30 Gy in 3 fractions, all three in the same sessions. Both vertebral "
          "targets have epidural extension. Vac-Lok; CT sim + MRI fusion; CT myelogram stated as not required. "
          "Cord Dmax 18.6 Gy and the T8 costovertebral junction are not targets.",
    docs=[Doc("b23_13.txt", text=f"""
TAMBERLANE SPINE & RADIATION INSTITUTE
Patient {patient(13)}  |  MRN {mrn(13)}  |  Document list: SBRT procedure note, treatment summary

[SBRT PROCEDURE NOTE]  Date: 10/05/2026
Diagnosis: Metastatic renal cell carcinoma to bone (T10, L1, left 8th rib).
Findings: MRI thoracolumbar spine 09/29/2026 shows T10 vertebral body and left pedicle disease with epidural extension (Bilsky 1b), and L1 body disease with ventral epidural extension abutting the thecal sac (Bilsky 1a). T11 and T12 are uninvolved. Left 8th rib lesion 2.0 cm, 4 cm lateral to the T8 costovertebral junction.
Simulation: supine in a Vac-Lok cushion, arms up, CT 1 mm (10/01/2026) registered with the MRI. A CT myelogram was not required.
Targets and dose:
  - CTV_T10 (vertebral body, left pedicle, epidural disease): 9 Gy x 3 = 27 Gy
  - CTV_L1 (vertebral body, epidural disease): 9 Gy x 3 = 27 Gy
  - PTV_Rib8L: 10 Gy x 3 = 30 Gy
T10 and L1 are planned as separate targets with separate isocenters; the rib shares the T10 isocenter.
Constraints: spinal cord Dmax 18.6 Gy (3 fx) at T10; cauda equina / conus Dmax 19.2 Gy at L1; esophagus Dmax 17 Gy.
Physics: Eclipse plan, VMAT, TrueBeam 6 MV FFF; independent calculation and portal dosimetry QA passed 10/06/2026.
Signed: Augustin Pelletier-Ruiz, MD (Radiation Oncology)

[TREATMENT SUMMARY]  Date: 10/16/2026
Fractions delivered on 10/09, 10/12 and 10/14/2026, all three targets each day, CBCT at each isocenter with 6D couch, approved by MD before beam-on.
Delivered: T10 27 Gy / 3 fx; L1 27 Gy / 3 fx; left 8th rib 30 Gy / 3 fx.
Pain 7/10 -> 3/10 at completion. MRI in 3 months.
Signed: Augustin Pelletier-Ruiz, MD
{FOOT}
""")])

# b23_14 -- bundle: scanned plan page (175 dpi); T4-T6 as one contiguous target + separate L3, one fraction -------
_c = "GREYFIELD MEDICAL CENTER - RADIATION ONCOLOGY"
add(name="b23_14", kind="bundle", codes=["77372", "77432", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 1, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T4-T6", "spinal", None, 18, 1), L("L3", "spinal", None, 24, 1)],
    categories=cats(),
    notes="Scanned plan page (175 dpi) + treatment record text: single-fraction spine SBRT to T4-T6 treated as "
          "ONE contiguous target (18 Gy) and L3 as a separate target (24 Gy), same session. Two spinal lesions, "
          "one fraction. The claimed 77372/77432 are cranial single-session codes (inconsistent); the "
          "delivery code is 77373. Cord and cauda maxima are not doses.",
    docs=[
        Doc("1_spine_sbrt_plan_scan.pdf", [[
            H1("SPINE SBRT PLAN - PHYSICIAN DIRECTIVE"),
            P("Patient: " + patient(14) + "    MRN: " + mrn(14) + "    Date: 11/02/2026"),
            P("Diagnosis: metastatic breast cancer (ER+), painful T4, T5 and T6 vertebral metastases with paraspinal extension, and an L3 metastasis with epidural extension. Prior radiation: none to the spine."),
            P("Targets: CTV_T4-6 is ONE contiguous target covering the T4, T5 and T6 vertebral bodies and the right paraspinal component (treated as a single target, one isocenter). CTV_L3 is a separate target (second isocenter)."),
            RuledTable([("Target", "Levels", "Dose", "Fx", "Prescription", "Isocenter"),
                        ("PTV_T4-6", "T4 to T6 (contiguous)", "18 Gy", "1", "D90 >= 18 Gy", "1"),
                        ("PTV_L3", "L3", "24 Gy", "1", "D90 >= 24 Gy", "2")]),
            P("Immobilization: BodyFIX double vacuum. Imaging: CT sim 10/29/2026 (1 mm) fused with MRI T1/T2 of the thoracic and lumbar spine 10/27/2026. Cord Dmax limit 14 Gy (plan 13.1 Gy); cauda equina Dmax 15.6 Gy. TrueBeam 6 MV FFF, VMAT, Eclipse. QA passed 11/04/2026."),
            sig("Cornelius Vandermeer-Abiola, MD 11/02/2026"),
        ]], opts=dict(header=hdr(_c, 14), scan=True, scan_dpi=175, font="Courier")),
        Doc("2_treatment_record.txt", text=f"""
GREYFIELD MEDICAL CENTER - TREATMENT RECORD
Patient: {patient(14)}   MRN: {mrn(14)}

11/06/2026  Fraction 1 of 1
  Iso 1  PTV_T4-6   1800 cGy delivered   CBCT + 6DoF couch, shifts 1.2/0.4/0.8 mm, approved (CVA)
  Iso 2  PTV_L3     2400 cGy delivered   CBCT + 6DoF couch, shifts 0.6/0.9/0.3 mm, approved (CVA)
  ExacTrac intrafraction check x2 per isocenter, within 1 mm.
Course complete: two spinal targets, single fraction. Summary: T4-T6 18 Gy x 1; L3 24 Gy x 1.
Signed: Cornelius Vandermeer-Abiola, MD 11/06/2026
{FOOT}
"""),
    ])

# b23_15 -- ehr_text: RCC oligometastases, left kidney 40 Gy/5 + RLL and LUL 54 Gy/3 each ------------------
add(name="b23_15", kind="ehr_text", codes=["77373", "77435", "G0339"],
    facts=F("linac", ["body"], 3, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("left kidney", "body", None, 40, 5), L("right lower lobe", "body", None, 54, 3),
             L("left upper lobe", "body", None, 54, 3)],
    categories=cats(),
    notes="EHR export with a per-session-per-target record: left renal primary 8 Gy x 5 = 40 Gy, right lower "
          "lobe and left upper lobe nodules 18 Gy x 3 = 54 Gy each (sessions 1, 3, 5), five sessions in all; the "
          "machine is dictated as 'Halcyon -- correction, TrueBeam' (a gantry linac either way). 4DCT + renal MRI; Vac-Lok. The claimed G0339 "
          "(robotic) is inconsistent on a gantry linac.",
    docs=[Doc("b23_15.txt", text=f"""
HOLLINS QUAY CANCER CARE - RADIATION ONCOLOGY
EHR DOCUMENT EXPORT   Patient: {patient(15)}   MRN: {mrn(15)}

********** SBRT TREATMENT PLAN NOTE - 09/21/2026 **********
Oligometastatic clear cell renal cell carcinoma: left kidney primary 4.4 cm (not a surgical candidate), right lower lobe nodule 1.6 cm and left upper lobe nodule 1.2 cm. KPS 80.
Simulation 09/17/2026: Vac-Lok, arms up, 4DCT (ITV), plus a renal MRI with contrast 09/16/2026 fused for the kidney target.
Treatment machine: Halcyon -- correction, TrueBeam (Halcyon down for service); 6 MV FFF, VMAT, Eclipse.
Targets:
  PTV_LKid   8 Gy x 5 = 40 Gy
  PTV_RLL    18 Gy x 3 = 54 Gy  (sessions 1, 3, 5)
  PTV_LUL    18 Gy x 3 = 54 Gy  (sessions 1, 3, 5)
OAR: small bowel Dmax 27.1 Gy, duodenum Dmax 22.4 Gy, spinal cord Dmax 15.9 Gy. DQA passed 09/23/2026.
-- Benedikt Oyelaran-Fitch, MD

********** TREATMENT RECORD **********
Session  Date        PTV_LKid  PTV_RLL  PTV_LUL  IGRT
1        09/28/2026  800       1800     1800     CBCT x3 approved
2        09/30/2026  800       --       --       CBCT approved
3        10/02/2026  800       1800     1800     CBCT x3 approved
4        10/05/2026  800       --       --       CBCT approved
5        10/07/2026  800       1800     1800     CBCT x3 approved
Totals (cGy): PTV_LKid 4000, PTV_RLL 5400, PTV_LUL 5400

********** COMPLETION SUMMARY - 10/09/2026 **********
Completed SBRT to three sites over five sessions: left kidney 40 Gy in 5 fractions, right lower lobe nodule 54 Gy in 3 fractions, left upper lobe nodule 54 Gy in 3 fractions. Tolerated well. CT chest/abdomen in 3 months.
-- Benedikt Oyelaran-Fitch, MD
{FOOT}
""")])

# b23_16 -- pdf, two columns: Unity MR-linac, two liver lesions + portocaval node, 5 fractions --------------
_c = "AMBERLEIGH MR-LINAC PROGRAM"
add(name="b23_16", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 3, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("liver segment IVa", "body", None, 50, 5), L("liver segment VIII", "body", None, 50, 5),
             L("portocaval node", "body", None, 35, 5)],
    categories=cats(),
    notes="Two-column completion summary from an Elekta Unity MR-linac: two liver metastases (segments IVa and "
          "VIII) 50 Gy/5 each and a portocaval lymph node 35 Gy/5, adapted daily on MRI (guidance, not planning "
          "imaging); planning MRI + CT for electron density; vacuum cushion. A 'segment II' cyst and the "
          "duodenum 33.1 Gy are not targets/doses.",
    docs=[Doc("b23_16.pdf", [[
        H1("MR-Linac SBRT Completion Summary"),
        P("Patient: " + patient(16) + "   MRN: " + mrn(16)),
        P("Dates: 10/13/2026 - 10/21/2026. Unit: Elekta Unity 1.5 T MR-linac, 7 MV FFF, Monaco adaptive planning."),
        P("Diagnosis: metastatic uveal melanoma to the liver (segments IVa and VIII) with a portocaval lymph node; a simple cyst in segment II is unchanged and not treated."),
        P("Positioning: supine in a vacuum cushion with arms on chest, knee support."),
        P("Planning imaging: MRI liver (T1 post-contrast, T2, DWI) 10/05/2026 and a planning CT 10/05/2026 for electron density; reference plan on the MRI."),
        P("Daily: adapt-to-shape on the session MRI with online recontouring; cine-MRI gating on the segment VIII lesion. Online QA with independent calculation each fraction; physicist present at every session."),
        ColumnBreak(),
        H2("Targets"),
        RuledTable([("Target", "Dose", "Fx", "D95 PTV"),
                    ("Liver seg IVa", "50 Gy", "5", "96%"),
                    ("Liver seg VIII", "50 Gy", "5", "95%"),
                    ("Portocaval node", "35 Gy", "5", "98%")]),
        P("Duodenum D0.5cc 33.1 Gy, stomach D0.5cc 30.2 Gy, liver-GTV mean 11.8 Gy."),
        H2("Fractions"),
        P("10/13, 10/15, 10/16, 10/19 and 10/21/2026: all three targets each session, 5 of 5 delivered."),
        H2("Outcome"),
        P("Segment IVa 50 Gy in 5, segment VIII 50 Gy in 5, portocaval node 35 Gy in 5 fractions. Grade 1 fatigue. MRI liver in 3 months."),
        sig("Valentina Rusk-Okafor, MD 10/22/2026"),
    ]], opts=dict(header=hdr(_c, 16), two_columns=True))])


# ==================================================================================================
# Hard negatives and near-misses
# ==================================================================================================

# b23_17 -- pdf: six-lesion Gamma Knife plan, never delivered (admitted with a pulmonary embolism) ------------
_c = "CRESTHAVEN RADIOSURGERY"
add(name="b23_17", kind="pdf", codes=["77371", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a complete-looking Gamma Knife Icon pre-plan for six metastases (ruled table with "
          "doses, isodose, shots) on a planning MRI, followed by a cancellation note: the patient was admitted "
          "with a pulmonary embolism the evening before, the mask session and treatment were cancelled and "
          "whole-brain options will be revisited. Nothing delivered: facts empty, every category unmet, every "
          "code inconsistent.",
    docs=[Doc("b23_17.pdf", [[
        H1("Gamma Knife Icon Pre-Plan (not yet treated)"),
        KeyValue([("Patient", patient(17)), ("MRN", mrn(17)), ("Pre-plan date", "11/09/2026"),
                  ("Scheduled treatment", "11/16/2026, single session, mask"), ("Status", "PRE-PLAN - NOT APPROVED FOR TREATMENT")]),
        P("Pre-plan on the diagnostic MRI of 11/06/2026 to estimate treatment time; the stereotactic reference would come from the Icon CBCT on the day."),
        RuledTable([("Lesion", "Location", "Diameter", "Planned dose", "IDL", "Shots"),
                    ("a", "Right frontal", "12 mm", "20 Gy", "50%", "4"),
                    ("b", "Left frontal", "7 mm", "22 Gy", "50%", "2"),
                    ("c", "Right parietal", "19 mm", "18 Gy", "50%", "8"),
                    ("d", "Left temporal", "9 mm", "20 Gy", "50%", "3"),
                    ("e", "Right cerebellar", "15 mm", "20 Gy", "50%", "6"),
                    ("f", "Left occipital", "5 mm", "22 Gy", "50%", "1")]),
        P("Estimated beam-on time 78 minutes."),
        sig("Pre-plan: Lucinda Achebe-Warrington, MS (Physics) 11/09/2026"),
        H2("Addendum - treatment cancelled (11/16/2026)"),
        P("The patient was admitted overnight to Cresthaven General with a submassive pulmonary embolism and is on a heparin infusion. The mask fabrication appointment and today's Gamma Knife treatment were cancelled; no treatment was given and the pre-plan was never approved. Given her declining performance status we will revisit whole-brain radiation versus radiosurgery at follow-up once she is discharged."),
        sig("Ignatius Farquharson-Lee, MD 11/16/2026"),
    ]], opts=dict(header=hdr(_c, 17)))])

# b23_18 -- pdf: hippocampal-avoidant whole-brain RT 30 Gy/10 for sixteen metastases; SRS only discussed -------
_c = "MARLOWE HEIGHTS HOSPITAL - RADIATION ONCOLOGY"
add(name="b23_18", kind="pdf", codes=["77373", "77435", "61796", "61797"],
    facts=F("linac", ["cranial"], 1, 10, ["CT", "MRI"], ["mask"]),
    lesions=[L("whole brain", "cranial", S, 30, 10)],
    categories=cats(),
    notes="Near-miss: completion summary of hippocampal-avoidant whole-brain radiotherapy, 3 Gy x 10 = 30 Gy "
          "(one whole-brain target, labelled as a single simple cranial target) on a TrueBeam for sixteen "
          "metastases. Radiosurgery to the largest lesions was discussed at tumour board and not given; a "
          "possible later SRS boost is only mentioned. Ten fractions: every claimed SRS/SBRT code is "
          "inconsistent and there is no delivery code.",
    docs=[Doc("b23_18.pdf", [[
        H1("Radiation Treatment Completion Summary"),
        P("Patient: " + patient(18) + "   MRN: " + mrn(18) + "   Treatment dates: 10/12/2026 - 10/23/2026"),
        P("Diagnosis: small cell lung cancer with sixteen brain metastases on MRI 10/01/2026, the largest 1.9 cm in the right frontal lobe."),
        P("Discussion: The neuro-oncology tumour board (10/06/2026) discussed stereotactic radiosurgery to all sixteen lesions or to the four largest, and recommended hippocampal-avoidant whole-brain radiotherapy with memantine instead, given small cell histology and the number of lesions. Radiosurgery was not performed. A radiosurgery boost may be considered later if any lesion persists."),
        P("Treatment: CT simulation 10/07/2026 in a thermoplastic mask, fused with the 10/01/2026 MRI for hippocampal contours. Target: whole brain (CTV = brain minus hippocampal avoidance region, PTV + 3 mm). 30 Gy in 10 fractions of 3 Gy, VMAT, 2 arcs, 6 MV, Eclipse, on the TrueBeam with daily CBCT."),
        RuledTable([("Target", "Dose/fx", "Fractions", "Total", "Dates"),
                    ("Whole brain (HA-WBRT)", "3 Gy", "10", "30 Gy", "10/12 - 10/23/2026")]),
        P("Hippocampus D100 8.6 Gy, Dmax 15.8 Gy; optic chiasm Dmax 31.2 Gy; lenses Dmax 4.0 Gy."),
        P("Impression: Completed HA-WBRT 30 Gy in 10 fractions. Grade 1 alopecia and fatigue. Continue memantine. MRI brain in 2 months."),
        sig("Desmond Achterberg-Pike, MD 10/26/2026"),
    ]], opts=dict(header=hdr(_c, 18), font="Helvetica"))])

# b23_19 -- pdf: conventional palliative RT to three bone sites (T8-T11, right femur, left 7th rib), 10 fractions ---
_c = "PINECREST COMMUNITY RADIATION THERAPY"
add(name="b23_19", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["body", "spinal"], 3, 10, ["CT"], ["body_immobilization"]),
    lesions=[L("T8-T11", "spinal", None, 30, 10), L("right femur", "body", None, 20, 5),
             L("left 7th rib", "body", None, 8, 1)],
    categories=cats(),
    notes="Near-miss: conventional palliative course to three bone sites on a Clinac iX, each with its own "
          "regimen: T8-T11 30 Gy/10 (AP/PA), right proximal femur 20 Gy/5 (sessions 1-5), left 7th rib 8 Gy/1 "
          "(session 1); ten sessions. 3D conformal, CT simulation, Vac-Lok, daily kV. Not a stereotactic "
          "course: every claimed SBRT code is inconsistent, no delivery code. The word 'SBRT' appears only in "
          "the statement that SBRT was not felt to be indicated.",
    docs=[Doc("b23_19.pdf", [[
        H1("Palliative Radiation Therapy - Treatment Summary"),
        KeyValue([("Patient", patient(19)), ("MRN", mrn(19)), ("Dates", "09/28/2026 - 10/09/2026"),
                  ("Machine", "Varian Clinac iX, 6 and 15 MV"), ("Technique", "3D conformal"),
                  ("Immobilization", "Vac-Lok cushion, knee sponge")]),
        P("Diagnosis: metastatic prostate cancer with widespread painful bone metastases. SBRT was not felt to be indicated given the extent of disease; conventional palliative fractionation was chosen."),
        P("Simulation 09/23/2026: CT 3 mm. Fields planned in Eclipse: T8-T11 AP/PA; right proximal femur AP/PA; left 7th rib opposed oblique photon pair."),
        RuledTable([("Site", "Dose/fx", "Fractions", "Total", "Sessions"),
                    ("T8-T11", "3 Gy", "10", "30 Gy", "1-10"),
                    ("Right proximal femur", "4 Gy", "5", "20 Gy", "1-5"),
                    ("Left 7th rib", "8 Gy", "1", "8 Gy", "1")]),
        P("Daily kV orthogonal imaging before each fraction reviewed by the therapists, weekly by the physician; weekly physics chart checks. Spinal cord max 31.4 Gy."),
        P("Completed as planned: T8-T11 30 Gy in 10 fractions, right femur 20 Gy in 5, left 7th rib 8 Gy in 1. Pain improved. Follow-up in 4 weeks."),
        sig("Horatio Blessing-Vance, MD 10/12/2026"),
    ]], opts=dict(header=hdr(_c, 19)))])

# b23_20 -- ehr_text: follow-up MRI note listing seven previously treated lesions; a new one "for consideration" ---
add(name="b23_20", kind="ehr_text", codes=["77371", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: follow-up visit after a Gamma Knife course of 03/2026, with an MRI table listing seven "
          "previously treated lesions, their prior doses and current sizes, and a new 4 mm lesion to be "
          "'considered for radiosurgery' after a repeat MRI. Nothing delivered in this episode: facts empty, "
          "every category unmet, every code inconsistent.",
    docs=[Doc("b23_20.txt", text=f"""
DUNMERE BRAIN TUMOR CLINIC - FOLLOW-UP VISIT
Patient: {patient(20)}   MRN: {mrn(20)}   Visit date: 11/19/2026
Provider: Octavia Brennan-Sato, MD (Radiation Oncology)

INTERVAL HISTORY: Eight months after single-session Gamma Knife radiosurgery (03/18/2026, Leksell frame) to seven brain metastases from melanoma. Doing well on nivolumab. No headaches, no seizures.

MRI BRAIN 11/14/2026 (compared with 03/18/2026 treatment MRI):
  Lesion                   Dose 03/2026   Size then   Size now   Assessment
  1 right frontal          20 Gy          11 mm       3 mm       responding
  2 left frontal           20 Gy          6 mm        not seen   resolved
  3 right parietal         18 Gy          17 mm       8 mm       responding
  4 left temporal          20 Gy          9 mm        5 mm       responding
  5 right occipital        22 Gy          4 mm        not seen   resolved
  6 left cerebellar        18 Gy          14 mm       9 mm       stable, mild edema
  7 vermis                 20 Gy          5 mm        2 mm       responding
NEW: 4 mm enhancing focus in the left precuneus.

ASSESSMENT: Good response of all seven treated lesions. One new small lesion.

PLAN: Repeat MRI in 6 weeks; if the precuneus focus persists, it will be considered for Gamma Knife radiosurgery (likely 22 Gy). No treatment today. Continue nivolumab.

Octavia Brennan-Sato, MD   electronically signed 11/19/2026
{FOOT}
""")])


CORPUS = Corpus("blind_corpus23", "tests/blind_corpus23", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
