"""Eighty-ninth blind corpus, ``tests/blind_corpus89/`` (regenerate: ``python scripts/make_corpus.py blind_corpus89``).

TUNING corpus, written blind (without reading the reader's code): each lesion's identity and its DELIVERED dose
and fractions in courses with several lesions or several sites.

Twenty courses: ten cranial (lesions dosed by size, 24/20/18 Gy single fraction beside one lesion in 27 Gy/3 or
30 Gy/5 in the same course; a lesion added from the day-of-treatment MRI; a lesion dropped at planning; a lesion
given in a later session of the same course; structure names, anatomical names and record letters for the same
lesions; a prior course in the history), four spine (two levels with different doses and fraction counts, a
re-plan summed over two phases, a contiguous two-level target), five body (two lung nodules on different
schedules, lung + adrenal, liver + ilium with the liver stopped early under a "Total" column that is the
prescription, prostate + pelvic node, one lung nodule over two plans) and one hard negative (a four-lesion plan
that was never delivered). Two charts contradict themselves (``review_expected``). Half are system printouts
(plan summaries, per-lesion tables, per-session logs, CSV and key: value exports), half dictated or typed notes
and bundles of 2-3 files. Doses appear in Gy, cGy, per fraction x number and in words, beside isodose
percentages, maximum doses and organ-at-risk numbers in the same rows. Every clinic, clinician and system is
invented.

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (dictations and exports are deliberately one long line per paragraph or row)

from __future__ import annotations

from pdfmaker import KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

SURNAMES = ["QUARRENDELL", "VOSSLEMIRE", "BRINDLECOTE", "OSTROWANE", "TINDLEMARSH", "YARROWVALE", "PELLQUIST",
            "DRUMMERLOW", "FENWHISTLE", "CASTELLBURR", "MARLOWICK", "VRAYCOMBE", "SORRELHATCH", "KNAPPWARDINE",
            "GILDERMOSS", "HOBBLERAINE", "WEXCOMBLY", "ZANDERMOOR", "ULVERTHORN", "PEMBERLASH"]
FIRST = ["Agatha", "Bertram", "Clementine", "Dorian", "Edwina", "Fabian", "Greta", "Hollis", "Ingrid", "Jerome",
         "Katrin", "Lucian", "Marguerite", "Nestor", "Odile", "Percival", "Rosalind", "Silas", "Thea", "Ulrich"]


def patient(n: int) -> str:
    return f"{SURNAMES[n - 1]}, {FIRST[n - 1]} (synthetic)"


def mrn(n: int) -> str:
    return f"SYN-890{n:02d}"


def head(clinic: str, n: int, dob: str) -> list[str]:
    return [clinic, f"{patient(n)}   MRN {mrn(n)}   DOB {dob}"]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# p89_01 -- pdf plan summary: 24/20/18 Gy x1 to three lesions beside 27 Gy/3 to a 3.7 cm lesion, one course ---------
_c = "LARKSPUR BEND CANCER INSTITUTE - RADIATION ONCOLOGY"
add(name="p89_01", kind="pdf", codes=["77373", "77435", "61798", "61797"],
    facts=F("linac", ["cranial"], 4, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal", "cranial", S, 24, 1), L("right parietal", "cranial", S, 20, 1),
             L("left occipital", "cranial", S, 18, 1), L("right temporal", "cranial", C, 27, 3)],
    categories=cats(),
    notes="System plan summary of one multi-target course: three metastases dosed by size in a single fraction "
          "(24, 20 and 18 Gy) given with fraction 1 of a 3.7 cm right temporal lesion treated 27 Gy in 3 (9 Gy x 3). "
          "Per-lesion rows carry isodose %, PTV Dmax (30.0 Gy beside the 24 Gy lesion) and OAR maxima; a delivery "
          "table shows which targets were treated on each of the three dates. Course = 3 sessions; the 3.7 cm "
          "lesion is complex by size.",
    docs=[Doc("p89_01.pdf", [
        [H1("Cranial Stereotactic Plan Summary - Multi-target"),
         KeyValue([("Patient", patient(1)), ("MRN", mrn(1)), ("Course", "C1 BRAIN SRS/FSRT (4 targets)"),
                   ("Diagnosis", "C79.31 brain metastases; primary NSCLC adenocarcinoma (C34.11)"),
                   ("Treatment unit", "LB-LINAC-2, 6 MV FFF gantry linac, 2.5 mm MLC, 6DoF couch"),
                   ("Immobilization", "Frameless thermoplastic SRS mask with mouth bite"),
                   ("Planning CT", "05/28/2026, 1.0 mm slices, in mask"),
                   ("Planning MRI", "05/27/2026, 3T T1 post-gadolinium 3D 1 mm; rigid fusion to CT, reviewed by MD"),
                   ("Planning system", "CIRRUS Planning 4.1 (invented)"),
                   ("Technique", "Single isocenter, 5 non-coplanar VMAT arcs (couch 0/315/45/270/90)"),
                   ("Schedule", "Targets 1-3 single fraction with fraction 1 of target 4; target 4 alone at fractions 2 and 3")]),
         H2("Targets"),
         RuledTable([("#", "Structure", "Location", "Max diam", "Rx", "Fx", "Dose/fx", "Rx IDL", "PTV Dmax", "Nearest OAR / Dmax"),
                     ("1", "PTV1_LFront", "left frontal", "0.8 cm", "24 Gy", "1", "24 Gy", "80%", "30.0 Gy", "none within 2 cm"),
                     ("2", "PTV2_RPar", "right parietal", "1.4 cm", "20 Gy", "1", "20 Gy", "80%", "25.1 Gy", "none within 2 cm"),
                     ("3", "PTV3_LOcc", "left occipital", "2.3 cm", "18 Gy", "1", "18 Gy", "78%", "23.2 Gy", "L optic radiation (no limit)"),
                     ("4", "PTV4_RTemp", "right temporal", "3.7 cm", "27 Gy", "3", "9 Gy", "76%", "35.5 Gy", "R optic tract 12 mm / 11.4 Gy")], widths=(18, 74, 62, 42, 40, 24, 44, 40, 48, 108)),
         H2("Normal tissue (composite, all fractions)"),
         TextTable([("Structure", "Metric", "Value", "Limit"),
                    ("Brainstem", "D0.03cc", "14.2 Gy", "< 23.1 Gy (3 fx)"),
                    ("Optic chiasm", "D0.03cc", "6.8 Gy", "< 17.4 Gy (3 fx)"),
                    ("Brain - PTVs", "V12Gy (single-fraction targets)", "5.9 cc", "< 10 cc"),
                    ("Brain - PTVs", "V18Gy (composite)", "19.8 cc", "< 30 cc")], columns=(0, 120, 290, 360)),
         P("Plan approved 06/01/2026. Independent monitor-unit check within 1.8%; patient-specific QA (3%/1 mm) 98.9% "
           "passing."),
         sig("Ottilie Harrowgate-Nunn, MD, Radiation Oncology 06/01/2026"),
         sig("Benedikt Aalstrom, MS, DABR, Medical Physics 06/01/2026")],
        [H1("Delivery by Date"),
         RuledTable([("Fx", "Date", "Targets treated", "Dose this session", "IGRT", "Status"),
                     ("1", "06/03/2026", "PTV1, PTV2, PTV3, PTV4", "24 / 20 / 18 / 9 Gy", "CBCT + surface guidance, approved MD", "Delivered"),
                     ("2", "06/05/2026", "PTV4", "9 Gy", "CBCT, approved MD", "Delivered"),
                     ("3", "06/08/2026", "PTV4", "9 Gy", "CBCT, approved MD", "Delivered")]),
         H2("Totals delivered"),
         TextTable([("Target", "Delivered", "Fractions"),
                    ("PTV1_LFront", "24 Gy", "1"), ("PTV2_RPar", "20 Gy", "1"),
                    ("PTV3_LOcc", "18 Gy", "1"), ("PTV4_RTemp", "27 Gy", "3")], columns=(0, 160, 260)),
         P("Course completed 06/08/2026 as planned, 3 treatment sessions. No interruption. Follow-up MRI in 8 weeks."),
         sig("Ottilie Harrowgate-Nunn, MD 06/08/2026")],
    ], opts=dict(header=head(_c, 1, "02/14/1957")))])

# p89_02 -- bundle (3): cobalt-60 frame SRS; consult three lesions, stereotactic MRI adds a fourth; max dose column --
_c = "HOLLOWMERE NEUROSURGICAL CENTER"
add(name="p89_02", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["MRI"], ["frame"]),
    lesions=[L("left cerebellar", "cranial", S, 18, 1), L("right frontal", "cranial", S, 20, 1),
             L("left temporal", "cranial", S, 20, 1), L("right insular", "cranial", S, 22, 1)],
    categories=cats(),
    notes="Three-file bundle: typed consult (three breast-cancer metastases), dictated procedure note (frame, "
          "day-of stereotactic MRI finds a 3 mm right insular lesion; all four treated) and the dose-plan printout "
          "whose rows give marginal dose at 50% and the maximum dose (36/40/40/44 Gy). Gold uses the marginal "
          "doses; the added lesion counts. Stereotactic MRI only; no CT.",
    docs=[
        Doc("1_consult.txt", text=f"""
HOLLOWMERE NEUROSURGICAL CENTER - RADIOSURGERY CONSULTATION
Patient: {patient(2)}    MRN: {mrn(2)}    DOB: 09/30/1961
Date: 06/09/2026    Neurosurgery: Cassius Wendelbrook, MD    Radiation Oncology: Mirela Ostafe-Quinn, MD

HPI: 64-year-old man with ER-positive male breast cancer, bone-only disease until now, referred after MRI brain 06/02/2026 for headache and unsteadiness. MRI shows three enhancing lesions: left cerebellar hemisphere 1.9 cm (8 mm from the brainstem, not involving it), right frontal 1.1 cm and left temporal 0.9 cm. Mild edema around the cerebellar lesion, fourth ventricle patent.

Exam: mild left dysmetria, otherwise non-focal. KPS 80.

Impression: three brain metastases, all under 2 cm, none within the brainstem or near the optic apparatus.

Plan: single-session radiosurgery on the cobalt-60 multi-source unit under a stereotactic head frame with a same-day stereotactic MRI. Expected marginal doses 18-20 Gy to the 50% isodose. If the stereotactic MRI shows additional small lesions we would treat them in the same session; he agrees. Consent signed. Procedure booked 06/16/2026.

Cassius Wendelbrook, MD
{FOOT}
"""),
        Doc("2_procedure_note_dictated.txt", text=f"""
HOLLOWMERE NEUROSURGICAL CENTER  OPERATIVE / PROCEDURE NOTE (dictated)
{patient(2)}   {mrn(2)}   Date of procedure: June sixteenth, twenty twenty six
Surgeon: Cassius Wendelbrook, MD   Radiation oncologist: Mirela Ostafe-Quinn, MD   Physicist: Leopold Yarrish, PhD

Procedure. Application of stereotactic head frame, stereotactic MRI, and single session radiosurgery on the cobalt sixty unit.

Description. After local anesthetic at four pin sites the stereotactic head frame was applied without difficulty. Stereotactic MRI with the fiducial box, one millimeter T one post contrast and T two, was obtained. The three known lesions were seen, the left cerebellar lesion now one point nine centimeters. There was also a new three millimeter enhancing focus in the right insular cortex which was not seen on the diagnostic scan of June second. As discussed at consultation this was added and all four lesions were treated today. Doses are on the dose plan, the new insular lesion received twenty two gray to the fifty percent line given its tiny volume, the cerebellar lesion eighteen.

Treatment was delivered between ten twelve and eleven forty without interruption. Frame removed, pin sites dressed. No complications. Home this afternoon; dexamethasone taper over one week. MRI in two months.

Dictated by Cassius Wendelbrook, MD, 06/16/2026; signed 06/17/2026
{FOOT}
"""),
        Doc("3_dose_plan.pdf", [[
            H1("Radiosurgery Dose Plan"),
            KeyValue([("Patient / MRN", f"{patient(2)} / {mrn(2)}"), ("Date", "06/16/2026, single session"),
                      ("Unit", "Cobalt-60 multi-source radiosurgery unit, 192 sources"),
                      ("Fixation", "Stereotactic head frame, 4 pins"),
                      ("Imaging", "Stereotactic MRI 06/16/2026 (T1 post-Gd 1 mm, T2); fiducial registration mean error 0.3 mm"),
                      ("Planning", "KESTREL-GP 3.0 (invented)")]),
            RuledTable([("Target", "Location", "Diam (mm)", "Vol (cc)", "Marginal dose", "Isodose", "Max dose", "Shots", "Coverage"),
                        ("1", "Left cerebellar", "19", "2.12", "18 Gy", "50%", "36.0 Gy", "8", "98%"),
                        ("2", "Right frontal", "11", "0.61", "20 Gy", "50%", "40.0 Gy", "4", "99%"),
                        ("3", "Left temporal", "9", "0.35", "20 Gy", "50%", "40.0 Gy", "3", "99%"),
                        ("4 (added 06/16)", "Right insular", "3", "0.02", "22 Gy", "50%", "44.0 Gy", "1", "100%")]),
            TextTable([("Organ at risk", "Max", "Comment"), ("Brainstem", "9.6 Gy", "target 1 edge 8 mm away"),
                       ("Optic chiasm", "2.1 Gy", ""), ("Cochlea L", "3.0 Gy", "")], columns=(0, 150, 230)),
            P("Shot coordinates verified on the unit against the printout (physics). Second calculation of treatment time "
              "agreed within 1.5%. Delivered 10:12-11:40, 06/16/2026."),
            sig("Leopold Yarrish, PhD 06/16/2026"), sig("Mirela Ostafe-Quinn, MD 06/16/2026"),
            sig("Cassius Wendelbrook, MD 06/16/2026"),
        ]], opts=dict(header=head(_c + "  -  Radiosurgery Physics", 2, "09/30/1961"))),
    ])

# p89_03 -- ehr text: linac SRS; four lesions on diagnostic MRI, one dropped at planning (vessel) -------------------
add(name="p89_03", kind="ehr_text", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left parietal", "cranial", S, 22, 1), L("right cerebellar", "cranial", S, 20, 1),
             L("right occipital", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Typed EHR treatment summary: diagnostic MRI counted four lesions; at planning the 3 mm right frontal "
          "focus proved to be a cortical vein on the volumetric MRI and was not targeted. Three lesions treated in "
          "one session, 22/20/18 Gy by size; the dropped lesion still appears as a row marked not treated.",
    docs=[Doc("p89_03.txt", text=f"""
WILLOWBRAKE REGIONAL HOSPITAL - RADIATION ONCOLOGY
STEREOTACTIC RADIOSURGERY - TREATMENT SUMMARY
Patient: {patient(3)}        MRN: {mrn(3)}        DOB: 12/03/1970
Attending: Anselm Kittering, MD        Physicist: Noor Halvani-Price, PhD
Date of treatment: 07/02/2026        Fractions: 1        Status: Completed

Diagnosis: Melanoma metastatic to brain (C79.31; primary C43.5).

Background: MRI brain 06/18/2026 (diagnostic, 1.5T) was read as four enhancing lesions: left parietal 6 mm, right cerebellar 1.6 cm, right occipital 2.2 cm and a 3 mm right frontal focus. Consult 06/22/2026 recommended SRS to all four.

Planning: CT simulation 06/26/2026 in a frameless thermoplastic SRS mask, 1 mm slices. Planning MRI 06/25/2026, 3T volumetric T1 post-contrast and black-blood sequence, fused to the planning CT. On the planning MRI the 3 mm right frontal focus followed a cortical vein on consecutive slices and did not enhance on the black-blood sequence; reviewed with neuroradiology (Dr. Sefton) and judged vascular, not a metastasis. It was NOT contoured or treated. Three targets were planned.

Plan: single isocenter, four non-coplanar arcs, 6 MV FFF, HELIOS-TPS 9 (invented). Each GTV + 1 mm = PTV.

  Target                 Size     Rx        IDL    Dmax      Coverage   Comment
  PTV_LPar (left par.)   0.6 cm   22 Gy x1  80%    27.4 Gy   99.6%
  PTV_RCbl (right cbl.)  1.6 cm   20 Gy x1  80%    24.9 Gy   98.8%      brainstem Dmax 8.7 Gy
  PTV_ROcc (right occ.)  2.2 cm   18 Gy x1  80%    22.6 Gy   98.1%
  (R frontal 3 mm)       --       --        --     --        --         not a target: vascular on planning MRI

Brain minus PTVs V12Gy: 7.2 cc. Optic chiasm Dmax 1.4 Gy.

QA: physics second check and portal dosimetry QA passed 06/30/2026 (gamma 3%/1 mm, 99.1%).

Delivery 07/02/2026: CBCT registered to planning CT, 6DoF correction applied and verified with a second CBCT; surface guidance throughout, no beam holds. Treatment delivered as planned in a single session.

Delivered:
  - Left parietal metastasis: 22 Gy in 1 fraction
  - Right cerebellar metastasis: 20 Gy in 1 fraction
  - Right occipital metastasis: 18 Gy in 1 fraction
Total lesions treated: 3.

Follow-up: MRI brain in 6-8 weeks; continue ipilimumab/nivolumab per medical oncology.

Electronically signed: Anselm Kittering, MD 07/02/2026 16:48
{FOOT}
""")])

# p89_04 -- bundle (3): FSRT 3 lesions; plan structure names, dictated anatomical names, record letters A/B/C -------
_c = "SEABRIGHT UNIVERSITY MEDICAL CENTER - RADIATION ONCOLOGY"
add(name="p89_04", kind="bundle", codes=["77373", "77435", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal", "cranial", S, 27, 3), L("left parietal", "cranial", S, 24, 3),
             L("left cerebellar", "cranial", S, 21, 3)],
    categories=cats(),
    notes="Three-file bundle in which the same three lesions carry three naming schemes: plan report structures "
          "(PTV_R_Front_2 27 Gy/3, PTV_L_Par_1 24 Gy/3, PTV_L_Cblm_3 21 Gy/3), anatomical names with per-fraction "
          "doses in words in the dictated on-treatment note, and 'Lesion A/B/C' in the record-and-verify printout "
          "whose order differs from the plan's (B is the right frontal). Cerebellar lesion 6 mm from the brainstem, "
          "not within: all simple.",
    docs=[
        Doc("1_plan_report.pdf", [[
            H1("FSRT Plan Report"),
            KeyValue([("Patient", patient(4)), ("MRN", mrn(4)), ("Plan", "BRN_FSRT_3T, approved 07/10/2026"),
                      ("Unit", "6 MV FFF gantry linac, HD MLC, 6DoF couch"),
                      ("Immobilization", "Open-face thermoplastic mask, head rest B"),
                      ("Images", "Sim CT 07/06/2026 1 mm; MRI T1+C 07/03/2026 fused (rigid, checked on falx and ventricles)"),
                      ("Planning system", "ORRERY TPS 2.6 (invented)"),
                      ("Beams", "Single isocenter, 1 coplanar + 3 non-coplanar arcs, 1,912 MU/fx")]),
            RuledTable([("Structure", "Vol (cc)", "Rx", "Dose/fx", "IDL", "Dmax", "V100", "OAR note"),
                        ("PTV_L_Par_1", "1.9", "24 Gy / 3", "8 Gy", "80%", "29.8 Gy", "98.7%", ""),
                        ("PTV_R_Front_2", "9.6", "27 Gy / 3", "9 Gy", "78%", "34.4 Gy", "97.9%", "2.8 cm lesion"),
                        ("PTV_L_Cblm_3", "1.1", "21 Gy / 3", "7 Gy", "80%", "26.1 Gy", "99.0%", "6 mm from brainstem; brainstem D0.03cc 15.8 Gy")]),
            P("Optic chiasm D0.03cc 3.9 Gy. Brain - PTV V21Gy 6.1 cc. Second MU calculation within 2.1%; delivery QA "
              "passed (gamma 3%/1 mm 98.2%)."),
            sig("Rosalind Achebe-Varga, MD 07/10/2026"), sig("Tomasz Villeneuve, MS, DABR 07/10/2026"),
        ]], opts=dict(header=head(_c, 4, "05/21/1966"))),
        Doc("2_on_treatment_note_dictated.txt", text=f"""
SEABRIGHT UNIVERSITY MEDICAL CENTER  RADIATION ONCOLOGY  ON-TREATMENT VISIT (dictated)
{patient(4)}   {mrn(4)}   Visit 07/15/2026   Rosalind Achebe-Varga, MD

Mr. Ostrowane is seen after his second of three fractions of stereotactic radiotherapy for three brain metastases from renal cell carcinoma. He is receiving nine gray per fraction to the right frontal lesion, eight gray per fraction to the left parietal lesion, and seven gray per fraction to the left cerebellar lesion, which sits close to the brain stem and was dosed down for that reason. Cone beam CT has been reviewed and approved before each fraction with shifts under one millimeter.

He reports mild fatigue and a dull headache in the evenings, no seizures, no new weakness. Exam unchanged, mild left pronator drift as before. Dexamethasone two milligrams daily continues.

Plan: third and final fraction on Friday the seventeenth. MRI eight weeks after completion.
{FOOT}
"""),
        Doc("3_treatment_record.pdf", [[
            H1("Treatment Record - Course 1 (BRN_FSRT_3T)"),
            P("Record-and-verify export, PALISADE R&V 5 (invented). Field groups are labelled by lesion letter."),
            TextTable([("Lesion", "Location", "Plan structure"), ("A", "L parietal", "PTV_L_Par_1"),
                       ("B", "R frontal", "PTV_R_Front_2"), ("C", "L cerebellum", "PTV_L_Cblm_3")], columns=(0, 80, 200)),
            RuledTable([("Fx", "Date", "CBCT", "Lesion A", "Lesion B", "Lesion C", "RTT"),
                        ("1", "07/13/2026", "approved RAV", "800 cGy", "900 cGy", "700 cGy", "KS/DM"),
                        ("2", "07/15/2026", "approved RAV", "800 cGy", "900 cGy", "700 cGy", "KS/JT"),
                        ("3", "07/17/2026", "approved RAV", "800 cGy", "900 cGy", "700 cGy", "DM/JT"),
                        ("Course total", "", "", "2400 cGy", "2700 cGy", "2100 cGy", "")]),
            P("Course complete 07/17/2026, 3 of 3 fractions."),
            sig("Rosalind Achebe-Varga, MD 07/17/2026"),
        ]], opts=dict(header=head(_c + "  -  Treatment Delivery", 4, "05/21/1966"))),
    ])

# p89_05 -- pdf per-session log: two lesions on day 1, the third in a second session a week later; 77372 claimed --
_c = "CINDERFORD VALLEY CANCER CENTER"
add(name="p89_05", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 2, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal", "cranial", S, 20, 1), L("right cerebellar", "cranial", S, 18, 1),
             L("left temporal", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Per-session delivery log of one course: left frontal and right cerebellar lesions in session 1 (plan "
          "SRS_A), the left temporal lesion in session 2 a week later (plan SRS_B, split because the patient could "
          "not lie in the mask for the full treatment time). Each lesion gets one fraction but the course has two "
          "sessions, so 77372/77432 (single-session course) are inconsistent; 77373 is the delivery code. MU and "
          "couch angles beside the doses.",
    docs=[Doc("p89_05.pdf", [
        [H1("Treatment Delivery Log"),
         KeyValue([("Patient", patient(5)), ("MRN", mrn(5)), ("Course", "C1 BRAIN SRS (one course, two treatment sessions)"),
                   ("Machine", "CVC-TB1, 6 MV FFF gantry linac"), ("Immobilization", "Frameless SRS mask"),
                   ("Reference images", "Planning CT 08/03/2026 (1 mm) fused with MRI T1+C 08/01/2026"),
                   ("Plans", "SRS_A (PTV_LFront, PTV_RCbl) and SRS_B (PTV_LTemp), both approved 08/05/2026 by MD and physics; "
                             "plan split into two sessions because the patient cannot tolerate the mask for more than ~25 min"),
                   ("Planning system", "HELIOS-TPS 9 (invented); patient-specific QA passed both plans")]),
         RuledTable([("Session", "Date", "Plan", "Target", "Rx", "IDL", "Delivered"),
                     ("1", "08/07/2026", "SRS_A", "PTV_LFront (left frontal, 1.2 cm)", "20 Gy x 1", "80%", "20 Gy"),
                     ("1", "08/07/2026", "SRS_A", "PTV_RCbl (right cerebellar, 2.0 cm)", "18 Gy x 1", "80%", "18 Gy"),
                     ("2", "08/14/2026", "SRS_B", "PTV_LTemp (left temporal, 0.9 cm)", "20 Gy x 1", "80%", "20 Gy")]),
         H2("Session details"),
         TextTable([("Session", "Arcs / MU", "Couch angles", "IGRT", "Shift (mm)", "Beam-on"),
                    ("1", "4 / 4,118", "0/45/315/90", "CBCT x2 + SGRT", "0.8 / 0.5 / 0.3", "19 min"),
                    ("2", "3 / 3,402", "0/30/330", "CBCT x2 + SGRT", "0.4 / 0.6 / 0.2", "12 min")], columns=(0, 55, 130, 215, 320, 420)),
         H2("Course totals"),
         P("Course complete 08/14/2026 after 2 treatment sessions. Left frontal 20 Gy in 1 fraction; right cerebellar "
           "18 Gy in 1 fraction; left temporal 20 Gy in 1 fraction. Brainstem max (composite) 7.9 Gy; "
           "brain V12Gy (composite) 6.4 cc."),
         sig("Ephraim Doucette-Lowe, MD, Radiation Oncology 08/14/2026"),
         sig("Saoirse Blanchet, MS, Medical Physics 08/14/2026")],
    ], opts=dict(header=head(_c, 5, "10/10/1949")))])

# p89_06 -- dictation: cobalt-60 mask FSRT, cavity 30 Gy/5 + intact lesion 25 Gy/5 (cGy in words); prior SRS -------
add(name="p89_06", kind="dictation", codes=["77373", "77435", "61796", "61797"],
    facts=F("cobalt60", ["cranial"], 2, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal resection cavity", "cranial", S, 30, 5), L("right occipital", "cranial", S, 25, 5)],
    categories=cats(),
    notes="Dictated completion summary, numbers in words: fractionated treatment on the cobalt-60 unit with a mask "
          "(daily cone-beam and infrared motion monitoring): left frontal resection cavity six gray times five = "
          "30 Gy, intact right occipital lesion 'two thousand five hundred centigray in five'. The history recites "
          "a 2024 frame SRS course (right cerebellar 20 Gy, left parietal 18 Gy), not part of this course.",
    docs=[Doc("p89_06.txt", text=f"""
ASHGROVE NEUROSCIENCE INSTITUTE - RADIOSURGERY PROGRAM
TREATMENT COMPLETION SUMMARY (dictated, transcribed by LEXITYPE, invented)
Patient: {patient(6)}   MRN: {mrn(6)}   DOB: 03/03/1963
Dictated by: Marisa Velkonen, MD   Date dictated: 09/18/2026

Diagnosis. Metastatic non small cell lung cancer, EGFR exon nineteen deletion, with brain metastases.

History. Mr. Yarrowvale was first treated here in March twenty twenty four with single session radiosurgery under a head frame on our cobalt sixty unit, right cerebellar metastasis twenty gray and left parietal metastasis eighteen gray, both to the fifty percent isodose line. Both have remained controlled. In July of this year he developed a new three point zero centimeter left frontal lesion which was resected by Doctor Amadi on July twenty eighth, gross total resection, adenocarcinoma. The postoperative MRI on August twentieth also showed a new one point four centimeter right occipital lesion.

Treatment. Both the left frontal resection cavity and the right occipital lesion were treated in this course with fractionated radiosurgery on the cobalt sixty unit using the thermoplastic mask and the on board cone beam CT, with infrared nose marker motion monitoring throughout each fraction. Planning MRI of August twenty sixth, one millimeter post contrast, was registered to a planning CT done the same day. The cavity plus a two millimeter margin received six gray times five, that is thirty gray, to the fifty one percent isodose. The right occipital lesion received two thousand five hundred centigray in five fractions, five gray per fraction, to the fifty percent isodose line. Fractions were given daily September eighth through September fourteenth, skipping the weekend. A cone beam CT was acquired and the plan was adapted to the stereotactic position before every fraction, and physics checked the adapted plan each day. The maximum motion recorded was zero point nine millimeters with no treatment interruptions.

Dose to normal structures. Brain stem maximum eleven point two gray over five fractions, optic chiasm four point one, hippocampi not constrained.

Tolerance. Mild fatigue and one day of headache. No seizures.

Summary. Five fractions completed September fourteenth: left frontal cavity thirty gray in five, right occipital lesion twenty five gray in five. Previously treated right cerebellar and left parietal lesions were not retreated. MRI in two months. Osimertinib continues.

Marisa Velkonen, MD
{FOOT}
""")])

# p89_07 -- CSV export (text): five lesions single session, cGy, Dmax and OAR columns, one pontine (complex) --------
add(name="p89_07", kind="csv", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 5, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal", "cranial", S, 20, 1), L("right frontal", "cranial", S, 22, 1),
             L("left parietal", "cranial", S, 18, 1), L("left pons", "cranial", C, 15, 1),
             L("right cerebellar", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Planning-system CSV export (one row per target, doses in cGy): five lesions treated in one session, Rx "
          "2000/2200/1800/1500/1800 cGy with Dmax 2500-2750 cGy and OAR Dmax in the same rows, delivered column "
          "and a header block with machine, mask, CT+MRI and IGRT. The 5 mm left pontine lesion is within the "
          "brainstem: complex; mixed set -> 61798 + 61797.",
    docs=[Doc("p89_07.txt", text=f"""
# MERIDIAN-PLAN CSV EXPORT (invented) v2.3 -- course target report
# facility,TALLOWMEAD CANCER CARE
# patient,"{patient(7)}"
# mrn,{mrn(7)}
# course,C1_SRS_MULTI
# machine,TMC-LINAC-1 6X-FFF gantry linac
# technique,single isocenter 5 non-coplanar VMAT arcs
# immobilization,frameless thermoplastic SRS mask
# images,CT_SIM 1.0mm 10/05/2026 + MR_T1C_3D 10/02/2026 rigid fusion
# igrt,CBCT pre-treatment + 6DoF + intrafraction surface monitoring
# treatment_date,10/09/2026
# fractions_course,1
# approved_by,"Idris Kavanaugh-Bell MD; Paulina Szeremeta MS DABR"
target_id,structure,location,max_diam_mm,rx_dose_cGy,fractions,rx_isodose_pct,dmax_cGy,coverage_pct,nearest_oar,oar_dmax_cGy,delivered_cGy,status
T1,PTV_LFront_1,left frontal,12,2000,1,80,2500,99.2,none,,2000,DELIVERED
T2,PTV_RFront_2,right frontal,7,2200,1,80,2750,99.8,none,,2200,DELIVERED
T3,PTV_LPar_3,left parietal,18,1800,1,80,2250,98.6,none,,1800,DELIVERED
T4,PTV_LPons_4,left pons (within brainstem),5,1500,1,80,1875,99.5,brainstem,1875,1500,DELIVERED
T5,PTV_RCblm_5,right cerebellar,21,1800,1,78,2308,98.1,brainstem,1090,1800,DELIVERED
# composite,brain_minus_ptv_V12Gy_cc,8.3
# composite,optic_chiasm_dmax_cGy,210
# qa,patient_specific_qa,PASS,gamma 3%/1mm 98.8%
# qa,independent_mu_check,PASS,1.6%
# summary,targets_treated,5
# end of export
{FOOT}
""")])

# p89_08 -- bundle (2): four lesions single session; completion note says all got 20 Gy, plan/record 18 Gy to one --
_c = "BRACKENFIELD ONCOLOGY ASSOCIATES"
add(name="p89_08", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 4, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal", "cranial", S, 20, 1), L("left frontal", "cranial", S, 20, 1),
             L("left occipital", "cranial", S, 18, 1), L("right cerebellar", "cranial", S, 20, 1)],
    categories=cats(),
    contradiction="The typed completion note says all four lesions received 20 Gy, while the plan summary and the delivery record give the left occipital lesion 18 Gy.",
    notes="Two-file bundle: plan summary with delivery record (four lesions, 20/20/18/20 Gy in one session, the "
          "2.6 cm left occipital lesion at 18 Gy, delivered doses per target) and a typed completion note that "
          "says 'all four lesions received 20 Gy in a single fraction'. Gold follows the plan and record.",
    docs=[
        Doc("1_plan_and_delivery.pdf", [[
            H1("SRS Plan Summary and Delivery Record"),
            KeyValue([("Patient", patient(8)), ("MRN", mrn(8)), ("Unit", "6 MV FFF gantry linac (BOA-2)"),
                      ("Immobilization", "Encompassing thermoplastic SRS mask"),
                      ("Imaging", "Sim CT 10/19/2026 + MRI T1 post-Gd 10/16/2026, fused"),
                      ("Planning", "LODESTAR Cranial 3 (invented), single isocenter, 5 dynamic conformal arcs"),
                      ("QA", "Second calculation and ion chamber measurement passed 10/21/2026")]),
            RuledTable([("Lesion", "Structure", "Location", "Size", "Rx", "IDL", "Dmax", "Delivered 10/23/2026"),
                        ("1", "PTV1", "right frontal", "1.0 cm", "20 Gy", "80%", "25.0 Gy", "20 Gy"),
                        ("2", "PTV2", "left frontal", "0.7 cm", "20 Gy", "80%", "25.1 Gy", "20 Gy"),
                        ("3", "PTV3", "left occipital", "2.6 cm", "18 Gy", "80%", "22.5 Gy", "18 Gy"),
                        ("4", "PTV4", "right cerebellar", "1.3 cm", "20 Gy", "80%", "24.8 Gy", "20 Gy")]),
            P("Brainstem Dmax 6.2 Gy; chiasm 1.1 Gy; brain V12Gy 6.9 cc. Pre-treatment CBCT with 6DoF correction, "
              "verification CBCT, intrafraction surface monitoring. Single session 10/23/2026, completed as planned."),
            sig("Wilhelmina Oduya, MD 10/23/2026"), sig("Caspar Lindqvist-Mbeki, MS 10/23/2026"),
        ]], opts=dict(header=head(_c, 8, "07/07/1958"))),
        Doc("2_completion_note.txt", text=f"""
BRACKENFIELD ONCOLOGY ASSOCIATES - COMPLETION NOTE
Patient: {patient(8)}   MRN: {mrn(8)}   Date: 10/26/2026   Author: Wilhelmina Oduya, MD

Ms. Drummerlow completed stereotactic radiosurgery on 10/23/2026 for four brain metastases from small-volume ovarian cancer (right frontal, left frontal, left occipital and right cerebellar). All four lesions received 20 Gy in a single fraction on the linac with mask immobilization and cone-beam CT guidance. She tolerated it well; mild headache the evening of treatment, resolved with acetaminophen. Dexamethasone was not needed.

Plan: MRI brain 8 weeks after SRS, then every 3 months. Continue PARP inhibitor per Dr. Hesketh.

Signed: Wilhelmina Oduya, MD 10/26/2026
{FOOT}
"""),
    ])

# p89_09 -- pdf: cobalt-60 frame, NF2: left vestibular schwannoma 12 Gy + convexity meningioma 13 Gy; prior R VS ----
_c = "THORNCLIFF RADIOSURGERY UNIT"
add(name="p89_09", kind="pdf", codes=["77371", "77432", "61798", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 2, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left vestibular schwannoma", "cranial", C, 12, 1),
             L("left frontal convexity meningioma", "cranial", S, 13, 1)],
    categories=cats(),
    notes="Typed radiosurgery summary for an NF2 patient: left vestibular schwannoma 12 Gy (complex by type) and a "
          "2.1 cm left frontal convexity meningioma 13 Gy (simple), both to 50% with max 24/26 Gy and cochlea / "
          "brainstem doses in the same rows. History gives the right vestibular schwannoma treated in 2021 "
          "(12 Gy) and a right parasagittal meningioma under observation: neither is part of this course.",
    docs=[Doc("p89_09.pdf", [[
        H1("Radiosurgery Treatment Summary"),
        KeyValue([("Patient", patient(9)), ("MRN", mrn(9)), ("Date of treatment", "11/05/2026 (single session)"),
                  ("Diagnosis", "Neurofibromatosis type 2 (Q85.02); left vestibular schwannoma (D33.3); left frontal convexity meningioma (D32.0)"),
                  ("Prior radiosurgery", "Right vestibular schwannoma, 12 Gy to the 50% isodose, 04/2021, this unit; stable. Not retreated."),
                  ("Observed, not treated", "Right parasagittal meningioma 0.8 cm, unchanged since 2023"),
                  ("Unit", "Cobalt-60 multi-source radiosurgery unit"),
                  ("Fixation", "Stereotactic head frame, 4 pins under local anesthesia"),
                  ("Imaging", "Stereotactic MRI (T1+C 1 mm, CISS 0.6 mm) and stereotactic CT (1 mm), co-registered 11/05/2026"),
                  ("Planning", "KESTREL-GP 3.0 (invented)")]),
        RuledTable([("Target", "Size", "Marginal dose", "Isodose", "Max dose", "Isocenters", "Coverage", "Critical structures"),
                    ("Left vestibular schwannoma", "1.7 x 1.3 cm", "12 Gy", "50%", "24 Gy", "11", "98.4%", "L cochlea mean 4.1 Gy; brainstem max 11.6 Gy"),
                    ("Left frontal convexity meningioma", "2.1 cm", "13 Gy", "50%", "26 Gy", "9", "97.9%", "superior sagittal sinus 8.2 Gy")],
                   widths=(100, 50, 52, 44, 40, 52, 52, 110)),
        P("Physics verified all isocenter coordinates against the plan before delivery; independent treatment-time "
          "calculation agreed within 1%. Both targets treated in one session 09:50-11:32, no interruption. Frame "
          "removed at 11:45; pin sites clean."),
        P("Follow-up: MRI and audiogram in 6 months."),
        sig("Desmond Oyinlola-Rask, MD, Neurosurgery 11/05/2026"),
        sig("Henrietta Faulconbridge, MD, Radiation Oncology 11/05/2026"),
        sig("Valentin Moreau-Achterberg, PhD, Medical Physics 11/05/2026"),
    ]], opts=dict(header=head(_c, 9, "01/17/1988")))])

# p89_10 -- dictation: robotic-arm linac; 30 Gy/5 to a 3.2 cm lesion, 20 Gy and 18 Gy single-fraction on days 1 and 2 -
add(name="p89_10", kind="dictation", codes=["G0339", "G0340", "77435", "61796", "61797"],
    facts=F("robotic_linac", ["cranial"], 3, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal", "cranial", S, 30, 5), L("right cerebellar", "cranial", S, 20, 1),
             L("left occipital", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Dictated completion summary of a robotic-arm linac course with 6D skull tracking: 3.2 cm left frontal "
          "metastasis six gray times five = 30 Gy in 5; right cerebellar twenty gray single fraction with "
          "fraction 1 and left occipital eighteen gray single fraction with fraction 2. Five sessions; each "
          "lesion's own fractions differ from the course's.",
    docs=[Doc("p89_10.txt", text=f"""
GREYWATER COAST RADIOSURGERY - COMPLETION SUMMARY (dictated)
Patient: {patient(10)}   MRN: {mrn(10)}   DOB: 06/06/1955
Physician: Lysander Okonkwo-Pratt, MD   Dictated 12/04/2026   Transcribed 12/05/2026

Mr. Castellburr is a seventy one year old man with metastatic colorectal cancer and three brain metastases who has now completed his stereotactic course on the robotic arm linear accelerator.

Planning. He was simulated on November twentieth in a thermoplastic mask with a one millimeter CT, fused with a contrast enhanced MRI from November nineteenth. The left frontal lesion measured three point two centimeters, abutting but not involving the motor strip, and so was treated in five fractions. The two smaller lesions, right cerebellar one point zero centimeters and left occipital one point eight centimeters, were each treated in a single fraction, given together with the first and second fractions of the frontal lesion to keep the number of visits down. Plans were generated in the SEXTANT planning system, which is invented, with the prescription to the seventy percent isodose for the frontal lesion and seventy five percent for the two small ones. Physics QA was completed before the first fraction.

Delivery. Six D skull tracking was used throughout every fraction with images every thirty to sixty seconds and automatic corrections by the robot. Fraction one November twenty fourth: left frontal six gray, plus the right cerebellar lesion twenty gray. Fraction two November twenty fifth: left frontal six gray, plus the left occipital lesion eighteen gray. Fractions three, four and five, November twenty sixth, December first and December second, left frontal six gray each.

Totals. Left frontal lesion six gray times five, thirty gray in five fractions. Right cerebellar lesion twenty gray in one fraction. Left occipital lesion eighteen gray in one fraction. Five treatment sessions in all. Maximum point doses were forty two point eight gray in the frontal target and twenty six point seven and twenty four gray in the two small targets; brain stem maximum twelve point one gray.

Tolerance was good apart from fatigue. Dexamethasone is being tapered. MRI in eight weeks.

Lysander Okonkwo-Pratt, MD
{FOOT}
""")])


# ==================================================================================================
# Spine
# ==================================================================================================

# p89_11 -- pdf per-session log: T10 24 Gy/2 and L3 16 Gy/1 (L3 on session 2 only) ------------------------------------
_c = "FOXHOLLOW SPINE RADIOSURGERY PROGRAM"
add(name="p89_11", kind="pdf", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T10", "spinal", None, 24, 2), L("L3", "spinal", None, 16, 1)],
    categories=cats(),
    notes="Per-session log of spine SBRT to two levels with different schedules: T10 12 Gy x 2 = 24 Gy and L3 "
          "16 Gy in one fraction given only at session 2. Cumulative columns, cord / cauda Dmax and couch "
          "corrections sit beside the doses. Two sessions, two lesions.",
    docs=[Doc("p89_11.pdf", [
        [H1("Spine SBRT - Prescription and Session Log"),
         KeyValue([("Patient", patient(11)), ("MRN", mrn(11)), ("Diagnosis", "C79.51 bone metastases, renal cell carcinoma"),
                   ("Unit", "6 MV FFF gantry linac, 6DoF couch"),
                   ("Immobilization", "Full-length vacuum cushion, arms on chest"),
                   ("Simulation", "CT 01/08/2027, 1.25 mm, fused with MRI T1/T2 thoracolumbar spine 01/06/2027"),
                   ("Planning system", "CIRRUS Planning 4.1 (invented); 9-field IMRT per level"),
                   ("QA", "Per-plan portal dosimetry and second check passed 01/12/2027")]),
         RuledTable([("Target", "Structure", "Rx", "Per fx", "Fx", "Rx IDL", "PTV Dmax", "Cord / cauda Dmax"),
                     ("T10 body + left pedicle", "PTV_T10", "24 Gy", "12 Gy", "2", "85%", "28.9 Gy", "cord 15.6 Gy"),
                     ("L3 body", "PTV_L3", "16 Gy", "16 Gy", "1", "85%", "19.2 Gy", "cauda 13.8 Gy")]),
         H2("Session log"),
         RuledTable([("Session", "Date", "Target", "Dose", "Cumulative", "CBCT / correction", "Approved"),
                     ("1", "01/14/2027", "PTV_T10", "12 Gy", "T10 12 Gy", "CBCT, 1.2 mm / 0.8 deg", "MD + physics"),
                     ("2", "01/16/2027", "PTV_T10", "12 Gy", "T10 24 Gy", "CBCT, 0.9 mm / 0.5 deg", "MD + physics"),
                     ("2", "01/16/2027", "PTV_L3", "16 Gy", "L3 16 Gy", "CBCT (re-registered on L3), 0.7 mm", "MD + physics")]),
         P("Course completed 01/16/2027 in 2 sessions: T10 24 Gy in 2 fractions; L3 16 Gy in 1 fraction. No "
           "interruptions. Pain flare after session 1 managed with dexamethasone 4 mg x 2 days."),
         sig("Gwendolyn Ashcombe-Ruiz, MD 01/16/2027"), sig("Theo Vandersloot, MS, DABR 01/16/2027")],
    ], opts=dict(header=head(_c, 11, "04/22/1960")))])

# p89_12 -- key: value export (text): C5 spine 8 Gy x 3 over two plans (re-plan after fraction 2); prior course -----
add(name="p89_12", kind="key_value_export", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("C5", "spinal", None, 24, 3)],
    categories=cats(),
    notes="Key: value course export: C5 spine SBRT delivered over two phases (plan v1 fractions 1-2, re-plan v2 "
          "after the mask was remade, fraction 3), 800 cGy per fraction each, summed to 2400 cGy in 3. A prior "
          "conventional course to C4-C6 (20 Gy/5, 2024) and cumulative cord numbers in cGy are in the same export.",
    docs=[Doc("p89_12.txt", text=f"""
=== RT COURSE EXPORT  (BRIGHTWELL R&V 7, invented)  ===
facility: ELMSTEAD COMMUNITY CANCER CENTRE
patient_name: {patient(12)}
mrn: {mrn(12)}
dob: 08/19/1952
export_date: 02/26/2027
course_id: C2
course_intent: palliative re-irradiation
course_status: COMPLETED
diagnosis: C79.51 secondary malignant neoplasm of bone (C5), primary C50.911 breast
prior_course_1: C1 (outside record, 03/2024) C4-C6 conventional 3D, 2000 cGy in 5 fx -- NOT part of this course
treatment_unit: ELM-LINAC-3 (6X FFF gantry linac, 6DoF couch)
immobilization: 5-point head-neck-shoulder thermoplastic mask
sim_ct: 02/10/2027 1.0 mm; remake sim CT 02/19/2027 1.0 mm
mri_fusion: MR C-spine T1/T2 axial 02/09/2027, rigid fusion to each sim CT
tps: ORRERY TPS 2.6 (invented)
target: PTV_C5 (C5 vertebral body, bilateral pedicles, ventral epidural component)
prescription: 2400 cGy in 3 fx, 800 cGy/fx, to 80% isodose
phase_1.plan: C5_SBRT_v1
phase_1.beams: 2 VMAT arcs
phase_1.fx_planned: 3
phase_1.fx_delivered: 2
phase_1.dates: 02/17/2027, 02/18/2027
phase_1.dose_per_fx_cGy: 800
phase_1.note: mask loosened (weight loss); plan stopped after fx 2 and re-planned on remake CT
phase_2.plan: C5_SBRT_v2
phase_2.beams: 2 VMAT arcs
phase_2.fx_planned: 1
phase_2.fx_delivered: 1
phase_2.dates: 02/22/2027
phase_2.dose_per_fx_cGy: 800
course_total.PTV_C5_cGy: 2400
course_total.fx_delivered: 3
ptv_dmax_cGy: 2975
cord_prv_dmax_this_course_cGy: 1390
cord_cumulative_eqd2_incl_prior_Gy: 41.8
esophagus_dmax_cGy: 1820
igrt: CBCT before every fraction, 6DoF corrections approved by MD; repeat CBCT after correction
qa: phase_1 portal dosimetry PASS 02/15/2027; phase_2 portal dosimetry PASS 02/20/2027; second MU check PASS both
approved_md: Cecily Farrant-Obi, MD
approved_physics: Anders Mokoena, MS
=== END ===
{FOOT}
""")])

# p89_13 -- bundle (2): T7 27 Gy/3 and L1 24 Gy/3; typed summary table gives T7 24 Gy (contradiction) ----------------
_c = "MARSHGATE HOSPITAL - RADIATION ONCOLOGY"
add(name="p89_13", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T7", "spinal", None, 27, 3), L("L1", "spinal", None, 24, 3)],
    categories=cats(),
    contradiction="The typed summary table gives T7 24 Gy in 3 fractions, while the prescription and the three-row treatment record give T7 9 Gy x 3 = 27 Gy.",
    notes="Two-file bundle: plan and treatment record (T7 9 Gy x 3 = 27 Gy, L1 8 Gy x 3 = 24 Gy, both every "
          "other day, with per-fraction rows) and a typed summary whose table lists both levels at 24 Gy / 3 fx. "
          "Gold follows the prescription and record.",
    docs=[
        Doc("1_plan_and_record.pdf", [
            [H1("Spine SBRT Plan"),
             KeyValue([("Patient", patient(13)), ("MRN", mrn(13)), ("Unit", "10 MV FFF gantry linac"),
                       ("Immobilization", "Body frame with vacuum cushion and knee support"),
                       ("Images", "Planning CT 03/01/2027 1 mm; MRI T-L spine 02/27/2027 fused"),
                       ("Planning system", "HELIOS-TPS 9 (invented); 2 VMAT arcs per isocenter, 2 isocenters")]),
             RuledTable([("PTV", "Level", "Rx", "Dose/fx", "IDL", "D90", "Cord PRV Dmax"),
                         ("PTV_T7", "T7 body + right pedicle", "27 Gy / 3 fx", "9 Gy", "80%", "27.4 Gy", "17.9 Gy"),
                         ("PTV_L1", "L1 body", "24 Gy / 3 fx", "8 Gy", "80%", "24.6 Gy", "conus 16.2 Gy")]),
             P("Physics check and patient QA passed 03/04/2027."),
             sig("Benedetta Quarshie, MD 03/04/2027"), sig("Rufus Engelhart, MS 03/04/2027")],
            [H1("Treatment Record"),
             RuledTable([("Fx", "Date", "CBCT", "PTV_T7", "PTV_L1", "Cum. T7", "Cum. L1"),
                         ("1", "03/08/2027", "approved BQ", "9 Gy", "8 Gy", "9 Gy", "8 Gy"),
                         ("2", "03/10/2027", "approved BQ", "9 Gy", "8 Gy", "18 Gy", "16 Gy"),
                         ("3", "03/12/2027", "approved BQ", "9 Gy", "8 Gy", "27 Gy", "24 Gy")]),
             sig("Benedetta Quarshie, MD 03/12/2027")],
        ], opts=dict(header=head(_c, 13, "11/11/1959"))),
        Doc("2_treatment_summary.txt", text=f"""
MARSHGATE HOSPITAL - RADIATION ONCOLOGY - END OF TREATMENT SUMMARY
Patient: {patient(13)}   MRN: {mrn(13)}   Date: 03/15/2027
Physician: Benedetta Quarshie, MD

Diagnosis: Metastatic prostate adenocarcinoma, oligoprogressive bone disease at T7 and L1 on PSMA PET.

Treatment: Stereotactic body radiotherapy to two spinal levels, 03/08/2027 - 03/12/2027.

  Site     Dose      Fractions   Technique
  T7       24 Gy     3           SBRT, VMAT, CBCT daily
  L1       24 Gy     3           SBRT, VMAT, CBCT daily

Tolerance: mild fatigue; no pain flare. Follow-up PSA in 6 weeks and PSMA PET in 4 months.

Signed: Benedetta Quarshie, MD 03/15/2027
{FOOT}
"""),
    ])

# p89_14 -- pdf per-lesion table: T11-T12 one contiguous PTV 30 Gy/5 + S1 35 Gy/5, robotic-arm linac -------------------
_c = "STARLING HEIGHTS RADIOSURGERY CENTER"
add(name="p89_14", kind="pdf", codes=["G0339", "G0340", "77435", "63620", "63621"],
    facts=F("robotic_linac", ["spinal"], 2, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T11-T12", "spinal", None, 30, 5), L("S1", "spinal", None, 35, 5)],
    categories=cats(),
    notes="Per-lesion plan and delivery table from a robotic-arm linac: one contiguous target spanning T11-T12 "
          "(one lesion, 6 Gy x 5 = 30 Gy) and S1 (7 Gy x 5 = 35 Gy), with Dmax, Rx isodose and cord / cauda / "
          "bowel maxima in the same rows and a five-row fraction table. Two lesions, not three.",
    docs=[Doc("p89_14.pdf", [
        [H1("Spine Radiosurgery - Plan and Delivery Summary"),
         KeyValue([("Patient", patient(14)), ("MRN", mrn(14)), ("Diagnosis", "Metastatic melanoma to spine (C79.51)"),
                   ("Unit", "Robotic-arm mounted 6 MV linac, spine tracking (orthogonal kV, no fiducials)"),
                   ("Immobilization", "Vacuum cushion, supine"),
                   ("Images", "CT 04/02/2027 1.25 mm with MRI 03/31/2027 fused"),
                   ("Planning", "SEXTANT planning system (invented), 2 paths, 186 and 164 beams")]),
         RuledTable([("Lesion", "Levels", "Rx", "Fx", "Per fx", "Rx IDL", "Dmax", "OAR in row"),
                     ("1", "T11-T12 (one contiguous PTV)", "30 Gy", "5", "6 Gy", "75%", "40.0 Gy", "cord Dmax 22.1 Gy"),
                     ("2", "S1", "35 Gy", "5", "7 Gy", "78%", "44.9 Gy", "cauda 27.4 Gy; bowel D5cc 19.3 Gy")],
                    widths=(38, 130, 40, 24, 40, 40, 48, 140)),
         H2("Fractions"),
         RuledTable([("Fx", "Date", "Lesion 1", "Lesion 2", "Tracking corrections (mm)"),
                     ("1", "04/12/2027", "6 Gy", "7 Gy", "0.6 / 0.8"), ("2", "04/13/2027", "6 Gy", "7 Gy", "0.9 / 0.5"),
                     ("3", "04/14/2027", "6 Gy", "7 Gy", "0.4 / 0.7"), ("4", "04/15/2027", "6 Gy", "7 Gy", "0.7 / 0.6"),
                     ("5", "04/16/2027", "6 Gy", "7 Gy", "0.5 / 0.4"),
                     ("Total", "", "30 Gy", "35 Gy", "")]),
         P("Delivery QA (film, gamma 3%/1 mm 97.6%) and second calculation passed before fraction 1."),
         sig("Octavian Regis-Mbatha, MD 04/16/2027"), sig("Clarimond Fye, MS 04/16/2027")],
    ], opts=dict(header=head(_c, 14, "09/09/1971")))])


# ==================================================================================================
# Body
# ==================================================================================================

# p89_15 -- pdf per-session log: RUL 54 Gy/3 (18 x 3) on sessions 1/3/5 and LLL 50 Gy/5 (10 x 5) daily -----------------
_c = "KINGSMERE THORACIC ONCOLOGY"
add(name="p89_15", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe nodule", "body", None, 54, 3), L("left lower lobe nodule", "body", None, 50, 5)],
    categories=cats(),
    notes="Per-session log of synchronous bilateral lung SBRT: peripheral RUL nodule 18 Gy x 3 = 54 Gy given on "
          "sessions 1, 3 and 5 only, central-ish LLL nodule 10 Gy x 5 = 50 Gy every session; cumulative columns per "
          "target. Five sessions, two lesions with their own fraction counts. 4DCT + PET.",
    docs=[Doc("p89_15.pdf", [
        [H1("Lung SBRT - Two Targets"),
         KeyValue([("Patient", patient(15)), ("MRN", mrn(15)),
                   ("Diagnosis", "Synchronous primary NSCLC: RUL adenocarcinoma 1.6 cm (C34.11) and LLL squamous 2.4 cm (C34.32), both cT1N0"),
                   ("Unit", "6 MV FFF gantry linac"), ("Immobilization", "Vacuum cushion with wing board, arms up"),
                   ("Simulation", "4DCT 05/03/2027 (10 phases, ITV per target); FDG PET-CT 04/20/2027 fused"),
                   ("Planning system", "ORRERY TPS 2.6 (invented); 2 partial VMAT arcs per target, separate isocenters")]),
         RuledTable([("Target", "Rx", "Dose/fx", "Fx", "Schedule", "IDL", "PTV Dmax", "OAR"),
                     ("PTV_RUL", "54 Gy", "18 Gy", "3", "sessions 1, 3, 5", "80%", "66.9 Gy", "chest wall V30 12 cc; rib Dmax 41 Gy"),
                     ("PTV_LLL", "50 Gy", "10 Gy", "5", "sessions 1-5", "80%", "62.0 Gy", "L main bronchus Dmax 31.5 Gy; heart 9.8 Gy")],
                    widths=(56, 40, 46, 24, 72, 34, 52, 176)),
         H2("Session log"),
         RuledTable([("Session", "Date", "PTV_RUL", "PTV_LLL", "Cum. RUL", "Cum. LLL", "CBCT (per isocenter)"),
                     ("1", "05/10/2027", "18 Gy", "10 Gy", "18", "10", "approved x2"),
                     ("2", "05/11/2027", "-", "10 Gy", "18", "20", "approved x1"),
                     ("3", "05/12/2027", "18 Gy", "10 Gy", "36", "30", "approved x2"),
                     ("4", "05/13/2027", "-", "10 Gy", "36", "40", "approved x1"),
                     ("5", "05/14/2027", "18 Gy", "10 Gy", "54", "50", "approved x2")]),
         P("Both plans passed patient-specific QA and independent MU checks on 05/07/2027. Course complete 05/14/2027: "
           "RUL 54 Gy in 3 fractions, LLL 50 Gy in 5 fractions."),
         sig("Florentyna Abaroa, MD 05/14/2027"), sig("Ignatius Ferreira-Holm, MS, DABR 05/14/2027")],
    ], opts=dict(header=head(_c, 15, "03/28/1944")))])

# p89_16 -- dictation: MR-linac, left adrenal 8 Gy x 5 and RLL nodule 12 Gy x 4; no immobilisation device -------------
add(name="p89_16", kind="dictation", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 5, ["CT", "MRI"], []),
    lesions=[L("left adrenal", "body", None, 40, 5), L("right lower lobe nodule", "body", None, 48, 4)],
    categories=cats(positioning=False),
    notes="Dictated completion summary of MR-linac SBRT to two sites on the same days: left adrenal metastasis eight "
          "gray times five = 40 Gy and right lower lobe nodule twelve gray times four = 48 Gy (on the first four of "
          "the five days). Five sessions. Supine on the couch with arms up and no immobilisation device: positioning "
          "empty.",
    docs=[Doc("p89_16.txt", text=f"""
ORCHARD REACH CANCER CENTRE - MR-GUIDED RADIOTHERAPY
END OF TREATMENT SUMMARY (dictated; VOICEWELL, invented)
Patient: {patient(16)}   MRN: {mrn(16)}   DOB: 12/12/1950
Dictated by Ambrose Tiernan-Lake, MD on 06/18/2027

This is a summary for Mr. Hobbleraine, a seventy six year old man with metastatic non small cell lung cancer, oligoprogressive on pembrolizumab, with progression in the left adrenal gland and in a right lower lobe nodule. Both were treated in one stereotactic course on our one point five tesla MR linac.

Simulation was on June first with a CT simulation and an MRI simulation on the MR linac, both in the treatment position, supine, arms raised above the head resting on the arm support, no vacuum bag or other immobilization device as he could not tolerate one. The adrenal metastasis measured three point one centimeters and the lung nodule one point nine centimeters.

The left adrenal gland received eight gray times five, for forty gray, and the right lower lobe nodule received twelve gray times four, for forty eight gray. Treatment days were June seventh, eighth, ninth, tenth and eleventh. The lung nodule was treated on the first four of those days only. Every fraction was adapted on the daily MRI, contours reviewed by me, with cine MRI gating on the target throughout, and the adapted plans were checked by physics before delivery. Duodenum and stomach maximum doses were kept under thirty three gray for the adrenal plan.

He tolerated treatment well with mild nausea on day two. Follow up CT chest abdomen pelvis in three months, pembrolizumab continues.

To summarize, five sessions, left adrenal forty gray in five fractions, right lower lobe forty eight gray in four fractions.

Ambrose Tiernan-Lake, MD
{FOOT}
""")])

# p89_17 -- bundle (3): liver S6 10 Gy x 5 stopped after fx 3 (30 Gy/3); right ilium 7 Gy x 5 completed -------------
_c = "REDFERN CROSSING ONCOLOGY"
add(name="p89_17", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment 6", "body", None, 30, 3), L("right ilium", "body", None, 35, 5)],
    categories=cats(),
    notes="Three-file bundle: plan summary (liver segment 6 50 Gy/5 with three gold seeds, right iliac bone 35 Gy/5), "
          "session log in which liver fractions 4-5 are 'HELD - plan discontinued' after a grade 3 transaminase rise, "
          "and a completion note whose course table's 'Total' column repeats the prescriptions (50 Gy, 35 Gy) while "
          "the text says the liver received 30 Gy in 3. Delivered: liver 30 Gy/3, ilium 35 Gy/5; five sessions.",
    docs=[
        Doc("1_plan_summary.pdf", [[
            H1("SBRT Plan Summary - Two Sites"),
            KeyValue([("Patient", patient(17)), ("MRN", mrn(17)),
                      ("Diagnosis", "Metastatic pancreatic NET: liver segment 6 (C78.7), right iliac bone (C79.51)"),
                      ("Unit", "6 MV FFF gantry linac"),
                      ("Immobilization", "Vacuum cushion + abdominal compression plate"),
                      ("Fiducials", "3 gold seeds in liver segment 6, placed 06/24/2027 (IR)"),
                      ("Simulation", "4DCT with IV contrast 07/01/2027; liver MRI (Eovist) 06/29/2027 fused"),
                      ("Planning system", "CIRRUS Planning 4.1 (invented); two plans, VMAT 2 arcs each")]),
            RuledTable([("Plan", "Target", "Rx", "Dose/fx", "IDL", "Dmax", "Critical OAR"),
                        ("LIV_S6", "PTV_Liver_S6", "50 Gy / 5", "10 Gy", "80%", "61.8 Gy", "duodenum D0.5cc 26.4 Gy; liver-GTV mean 11.2 Gy"),
                        ("BONE_RIL", "PTV_R_Ilium", "35 Gy / 5", "7 Gy", "85%", "41.0 Gy", "small bowel D5cc 18.1 Gy")]),
            P("Both plans: physics second check and portal dosimetry passed 07/06/2027."),
            sig("Magdalena Oyelowo-Strand, MD 07/06/2027"), sig("Cornelius Thackeray, MS 07/06/2027"),
        ]], opts=dict(header=head(_c, 17, "02/02/1962"))),
        Doc("2_session_log.pdf", [[
            H1("Session Log"),
            RuledTable([("Session", "Date", "LIV_S6", "BONE_RIL", "IGRT", "Comment"),
                        ("1", "07/08/2027", "10 Gy", "7 Gy", "CBCT + seed match / CBCT", ""),
                        ("2", "07/09/2027", "10 Gy", "7 Gy", "CBCT + seed match / CBCT", ""),
                        ("3", "07/12/2027", "10 Gy", "7 Gy", "CBCT + seed match / CBCT", "AST/ALT 6x ULN on 07/12 labs"),
                        ("4", "07/13/2027", "HELD", "7 Gy", "CBCT", "liver plan discontinued by MD"),
                        ("5", "07/14/2027", "HELD", "7 Gy", "CBCT", "")]),
            sig("Magdalena Oyelowo-Strand, MD 07/14/2027"),
        ]], opts=dict(header=head(_c + "  -  Treatment Delivery", 17, "02/02/1962"))),
        Doc("3_completion_note.txt", text=f"""
REDFERN CROSSING ONCOLOGY - RADIATION ONCOLOGY COMPLETION NOTE
Patient: {patient(17)}   MRN: {mrn(17)}   Date: 07/16/2027   Author: Magdalena Oyelowo-Strand, MD

Course table (from the treatment planning prescription):
  Target              Dose/fx    Fx     Total
  Liver segment 6     10 Gy      5      50 Gy
  Right ilium         7 Gy       5      35 Gy

Course narrative: SBRT to a liver segment 6 metastasis and a painful right iliac bone metastasis started 07/08/2027. After the third fraction her transaminases rose to six times the upper limit of normal (CTCAE grade 3) with right upper quadrant pain; the liver plan was discontinued and fractions 4 and 5 were given to the ilium only. The liver lesion therefore received 30 Gy in 3 fractions; the right ilium received the full 35 Gy in 5 fractions. Course ended 07/14/2027.

Transaminases were improving on 07/15 (3x ULN). Hepatology aware. Restaging CT and liver MRI in 8 weeks; we will discuss whether any further liver-directed therapy is needed.

Electronically signed: Magdalena Oyelowo-Strand, MD 07/16/2027
{FOOT}
"""),
    ])

# p89_18 -- CSV per-fraction export (text): robotic-arm linac, prostate 725 cGy x 5 + left external iliac node 600 x 5 -
add(name="p89_18", kind="csv", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 2, 5, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5), L("left external iliac node", "body", None, 30, 5)],
    categories=cats(),
    notes="CSV export with one row per fraction per target (cGy): prostate 725 cGy x 5 = 3625 cGy with fiducial "
          "tracking and a left external iliac node 600 cGy x 5 = 3000 cGy, same five days; a plan row per target "
          "carries Rx, isodose and Dmax (4531 / 3750 cGy) and rectum/bladder maxima. Two lesions, five sessions.",
    docs=[Doc("p89_18.txt", text=f"""
# TRACKWELL DELIVERY EXPORT (invented) -- per-fraction dose by target
# site: LINDENHOLM UROLOGIC RADIOSURGERY
# patient: "{patient(18)}"; mrn: {mrn(18)}; dob: 04/30/1953
# unit: robotic-arm mounted 6 MV linac; tracking: fiducial (prostate, 4 gold markers placed 07/20/2027) + spine-anchored for node
# sim: CT 08/02/2027 1.0 mm + MRI pelvis 08/02/2027 (T2 axial), fused; planning: SEXTANT (invented)
# dx: C61 prostate adenocarcinoma, oligometastatic (single PSMA-avid left external iliac node, C77.5)
record,target,structure,fraction,date,dose_cGy,cumulative_cGy,rx_total_cGy,rx_isodose_pct,dmax_cGy,oar,oar_value,qa_status
PLAN,prostate,PTV_Prostate,,,725,,3625,80,4531,rectum D1cc,3490 cGy,PASS
PLAN,L ext iliac node,PTV_LN_LEI,,,600,,3000,80,3750,bowel D5cc,2105 cGy,PASS
FX,prostate,PTV_Prostate,1,08/16/2027,725,725,3625,,,,,
FX,L ext iliac node,PTV_LN_LEI,1,08/16/2027,600,600,3000,,,,,
FX,prostate,PTV_Prostate,2,08/18/2027,725,1450,3625,,,,,
FX,L ext iliac node,PTV_LN_LEI,2,08/18/2027,600,1200,3000,,,,,
FX,prostate,PTV_Prostate,3,08/20/2027,725,2175,3625,,,,,
FX,L ext iliac node,PTV_LN_LEI,3,08/20/2027,600,1800,3000,,,,,
FX,prostate,PTV_Prostate,4,08/23/2027,725,2900,3625,,,,,
FX,L ext iliac node,PTV_LN_LEI,4,08/23/2027,600,2400,3000,,,,,
FX,prostate,PTV_Prostate,5,08/25/2027,725,3625,3625,,,,,
FX,L ext iliac node,PTV_LN_LEI,5,08/25/2027,600,3000,3000,,,,,
TOTAL,prostate,PTV_Prostate,5,,3625,3625,3625,,,,,COMPLETE
TOTAL,L ext iliac node,PTV_LN_LEI,5,,3000,3000,3000,,,,,COMPLETE
# tracking: mean correction 1.1 mm prostate, 0.6 mm node; imaging interval 30-60 s
# approved: Seraphina Kolbeck-Adu MD; physics: Julius Montgomery-Teo MS
{FOOT}
""")])

# p89_19 -- typed note: LUL nodule 12 Gy x 4 over two plans (re-plan after fx 2); two prior SBRT courses in history ---
add(name="p89_19", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 4, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left upper lobe nodule", "body", None, 48, 4)],
    categories=cats(),
    notes="Typed completion summary: LUL nodule 48 Gy in 4 delivered by plan LUL_v1 (fractions 1-2) and re-plan "
          "LUL_v2 after the adjacent atelectasis resolved (fractions 3-4), 12 Gy each: phases summed, one lesion. "
          "History lists two earlier SBRT courses (RUL 54 Gy/3 in 2024, right adrenal 40 Gy/5 in 2025), not this "
          "course.",
    docs=[Doc("p89_19.txt", text=f"""
ULVERSTONE GENERAL HOSPITAL - DEPARTMENT OF RADIATION ONCOLOGY
SBRT COMPLETION SUMMARY
Patient: {patient(19)}        MRN: {mrn(19)}        DOB: 10/01/1949
Radiation oncologist: Philippa Nwachukwu-Dorn, MD
Date: 09/24/2027

Diagnosis: New primary NSCLC, left upper lobe, 2.2 cm, cT1cN0M0 (C34.12); biopsy-proven adenocarcinoma 08/2027.

Previous radiotherapy (this department):
  - 2024-05: SBRT right upper lobe primary, 54 Gy in 3 fractions. Locally controlled.
  - 2025-11: SBRT right adrenal metastasis, 40 Gy in 5 fractions. Complete metabolic response.

Current course (C3): SBRT left upper lobe nodule.
  Simulation 09/01/2027: 4DCT in vacuum cushion with wing board; FDG PET-CT 08/25/2027 fused for GTV.
  Prescription: 48 Gy in 4 fractions (12 Gy/fx) to the 80% isodose; PTV = ITV + 5 mm.
  Phase 1, plan LUL_v1 (VMAT, 2 arcs): fractions 1-2 on 09/08 and 09/10/2027, 12 Gy each.
  Re-simulation 09/13/2027: the collapsed segment next to the nodule had re-expanded on CBCT, changing the lung
  density around the target; re-planned.
  Phase 2, plan LUL_v2 (VMAT, 2 arcs): fractions 3-4 on 09/15 and 09/17/2027, 12 Gy each.
  Both plans: independent MU check and portal dosimetry passed before first use.
  IGRT: CBCT before every fraction, soft-tissue match on the nodule, shifts approved by MD.
  OAR (composite of both plans): chest wall V30Gy 9.8 cc; ribs Dmax 38.2 Gy; spinal cord Dmax 9.1 Gy;
  total lung V20Gy 4.1%.

Delivered: LUL nodule 48 Gy in 4 fractions (24 Gy plan LUL_v1 + 24 Gy plan LUL_v2), 09/08/2027 - 09/17/2027.

Tolerance: grade 1 fatigue, no cough change. Follow-up CT chest in 3 months.

Electronically signed: Philippa Nwachukwu-Dorn, MD 09/24/2027
{FOOT}
""")])


# ==================================================================================================
# Hard negative
# ==================================================================================================

# p89_20 -- bundle (2): approved four-lesion SRS plan with doses; treatment cancelled, never delivered --------------
_c = "PENHALLOW CANCER INSTITUTE - RADIATION ONCOLOGY"
add(name="p89_20", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: an approved plan report for single-session linac SRS to four lesions (20/20/18/16 Gy, "
          "isodose, Dmax, QA passed, treatment date booked) and a physician note two days later: the patient was "
          "admitted with a pulmonary embolism and respiratory failure, chose comfort care, and SRS was cancelled "
          "and the plan retired. Nothing delivered: facts empty, categories unmet, codes inconsistent.",
    docs=[
        Doc("1_plan_report.pdf", [[
            H1("SRS Plan Report (approved)"),
            KeyValue([("Patient", patient(20)), ("MRN", mrn(20)), ("Plan", "SRS_MULTI_4, approved 10/04/2027"),
                      ("Scheduled treatment", "10/07/2027, single session"),
                      ("Unit", "6 MV FFF gantry linac"), ("Immobilization", "SRS mask (made at simulation 09/30/2027)"),
                      ("Images", "Sim CT 09/30/2027 + MRI T1+C 09/29/2027"),
                      ("Planning system", "HELIOS-TPS 9 (invented); single isocenter, 4 arcs")]),
            RuledTable([("Target", "Location", "Size", "Rx", "IDL", "Dmax", "Coverage"),
                        ("PTV1", "right frontal", "0.9 cm", "20 Gy x 1", "80%", "25.0 Gy", "99.4%"),
                        ("PTV2", "left parietal", "1.2 cm", "20 Gy x 1", "80%", "25.2 Gy", "99.0%"),
                        ("PTV3", "right occipital", "2.4 cm", "18 Gy x 1", "80%", "22.4 Gy", "98.2%"),
                        ("PTV4", "left cerebellar", "3.1 cm", "16 Gy x 1", "80%", "20.1 Gy", "97.5%")]),
            P("Brainstem Dmax 9.8 Gy; brain V12Gy 11.4 cc (accepted). Patient-specific QA passed 10/05/2027."),
            sig("Jacinta Morrow-Ekwueme, MD 10/04/2027"), sig("Lorcan Steadman, MS 10/05/2027"),
        ]], opts=dict(header=head(_c, 20, "05/15/1948"))),
        Doc("2_cancellation_note.txt", text=f"""
PENHALLOW CANCER INSTITUTE - RADIATION ONCOLOGY - PHYSICIAN NOTE
Patient: {patient(20)}   MRN: {mrn(20)}   Date: 10/06/2027   Author: Jacinta Morrow-Ekwueme, MD

Mr. Pemberlash was admitted to the hospital last night with a pulmonary embolism and hypoxic respiratory failure. I visited him on the ward today with his daughter. Given his declining performance status (now bedbound, KPS 30) and his wishes, the family has decided on comfort-focused care and hospice referral.

Radiosurgery booked for 10/07/2027 is CANCELLED. No treatment has been given. The approved plan SRS_MULTI_4 has been retired in the record-and-verify system and the course closed as "not treated". Dexamethasone 4 mg daily continues for symptom control.

Electronically signed: Jacinta Morrow-Ekwueme, MD 10/06/2027
{FOOT}
"""),
    ])


CORPUS = Corpus("blind_corpus89", "tests/blind_corpus89", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
