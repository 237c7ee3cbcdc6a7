"""Sixty-fourth blind corpus, ``tests/blind_corpus64/`` (regenerate: ``python scripts/make_corpus.py blind_corpus64``).

Twenty courses built around one question: what total dose, in how many fractions, did EACH lesion receive.
Per-lesion tables put the dose in different columns (total, per fraction, isodose, maximum) with the unit only
in the header; prose gives doses "respectively", to "each" level, to "the first two ... and the third", to label
ranges ("lesions 1-3 received 20 Gy, lesion 4 received 27 Gy in 3"); some lists give a per-fraction dose and a
fraction count and no total; one course mixes single-fraction and three-fraction lesions; a dose is reduced at
planning; one lesion's last fraction is not given; a planned lesion or level is dropped; doses in cGy, Gy and
words; cumulative-dose columns in fraction logs; two summaries disagree with their treatment record
(``review_expected``). Mostly cranial multi-lesion courses (2 to 8 lesions), spine courses of 2-3 levels,
oligometastatic body SBRT with 2-3 sites, and two hard negatives. Every clinic, clinician and system is invented.

Gold labels are written by hand from the treatment record and ../shared/corpus/README.md, blind (without reading
the reader's code). A course's ``fractions`` is the number of treatment sessions; in a mixed course a lesion's
own ``fractions`` is the number of sessions that treated it.
"""

# ruff: noqa: E501  (dictations and exports are deliberately one long line per paragraph or record)

from __future__ import annotations

from pdfmaker import BulletList, ColumnBreak, KeyValue, RuledTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ADELAIDE", "BEATRIX", "CORDELIA", "DESMOND", "EULALIA", "FLETCHER", "GRIFFIN", "HORATIO", "IMOGEN",
         "JASPER", "KATRINA", "LEOPOLD", "MARISOL", "NATHANIEL", "OSWALD", "PERCIVAL", "QUINBY", "ROSALIND",
         "SEBASTIAN", "THEODORA"]


def patient(n: int) -> str:
    return f"SIXTYFOURPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-640{n:02d}"


def head(clinic: str, what: str, n: int, dob: str) -> list[str]:
    return [f"{clinic} - {what}", f"{patient(n)}    MRN {mrn(n)}    DOB {dob}"]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# v64_01 -- pdf: cobalt-60 frame SRS, 4 metastases; margin/isodose/max columns, units only in the header -------------
_c = "HARROWGATE VALLEY GAMMA CENTER"
add(name="v64_01", kind="pdf", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("Target 1 L frontal", "cranial", S, 20, 1), L("Target 2 R parietal", "cranial", S, 20, 1),
             L("Target 3 L occipital", "cranial", S, 18, 1), L("Target 4 R cerebellar", "cranial", S, 16, 1)],
    categories=cats(),
    notes="Cobalt-60 plan approval and delivery record: four metastases under a head frame, one session. The "
          "per-target table has 'Isodose (%)', 'Margin (Gy)' and 'Max (Gy)' columns with numbers only in the "
          "cells (20/20/18/16 Gy margin; max 40/40/36/29.1 Gy are not the dose). Stereotactic MRI + CT.",
    docs=[Doc("v64_01.pdf", [[
        H1("Radiosurgery Plan Approval and Treatment Record"),
        KeyValue([("Patient", patient(1)), ("MRN", mrn(1)), ("Date of service", "11/16/2026"),
                  ("Unit", "Cobalt-60 multi-source radiosurgery unit (192 sources)"),
                  ("Fixation", "Stereotactic head frame, 4 pins, applied 06:55 under local anesthesia (Dr. Lindqvist-Hale)"),
                  ("Imaging", "Stereotactic MRI 1.5 T, T1 post-contrast 1 mm (07:40); stereotactic CT 1 mm (08:05); co-registered"),
                  ("Planning system", "ORRERY-GP 3.2 (invented)"), ("Diagnosis", "Metastatic melanoma to brain (C79.31)")]),
        H2("Targets"),
        RuledTable([("Target", "Location", "Vol (cc)", "Isodose (%)", "Margin (Gy)", "Max (Gy)", "Shots", "Coverage"),
                    ("1", "L frontal", "0.62", "50", "20", "40.0", "4", "99%"),
                    ("2", "R parietal", "0.35", "50", "20", "40.0", "3", "99%"),
                    ("3", "L occipital", "1.44", "50", "18", "36.0", "7", "98%"),
                    ("4", "R cerebellar hemisphere", "2.91", "55", "16", "29.1", "12", "97%")]),
        P("Brainstem max 7.6 Gy; optic chiasm max 1.9 Gy; V12 (brain) 6.1 cc. Plan reviewed by physics: second "
          "calculation within 1.4%."),
        H2("Delivery"),
        RuledTable([("Time", "Event"), ("09:48", "Frame coordinate check on couch, pass (0.2 mm)"),
                    ("09:55", "Beam on"), ("11:12", "Beam off, 26/26 shots delivered, no interruptions"),
                    ("11:30", "Frame removed, pin sites dressed")]),
        P("All four targets treated in a single session as planned."),
        sig("Ingrid Lindqvist-Hale, MD, Neurosurgery 11/16/2026 11:41"),
        sig("Marcus Okonjo, MD, Radiation Oncology 11/16/2026 11:44"),
        sig("Deborah Sato-Fenwick, MS, DABR, Medical Physicist 11/16/2026 11:50"),
    ]], opts=dict(header=head(_c, "Radiosurgery", 1, "03/22/1958")))])

# v64_02 -- ehr_text: dictated linac SRS procedure note, 3 metastases, "respectively", numbers in words -------------
add(name="v64_02", kind="ehr_text", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal", "cranial", S, 20, 1), L("right temporal", "cranial", S, 18, 1),
             L("left cerebellar", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Dictated SRS procedure note, numbers in words: 'the left frontal, right temporal and left cerebellar "
          "lesions received twenty, eighteen and eighteen gray respectively' in one fraction on a gantry linac, "
          "mask, CT sim + MRI, CBCT. The eighty percent isodose is not a dose.",
    docs=[Doc("v64_02.txt", text=f"""
CEDAR HOLLOW CANCER INSTITUTE - RADIATION ONCOLOGY
STEREOTACTIC RADIOSURGERY PROCEDURE NOTE                     Dictated 11/19/2026 15:10, transcribed 11/19/2026 17:02

Patient: {patient(2)}          MRN: {mrn(2)}          DOB: 08/14/1961
Attending: Rosemary Quintana-Boyd, MD          Physicist: Alan Desrosiers, PhD

This is a sixty-five-year-old woman with ER-positive breast cancer and three new brain metastases on her surveillance
MRI of November fourth. She has no neurologic deficit and her extracranial disease is controlled on letrozole and
ribociclib. Performance status is ECOG one. We discussed radiosurgery versus whole brain radiation and she chose
radiosurgery.

She was simulated on November twelfth in an open-face thermoplastic mask with a one millimeter CT, which was fused with
a contrast-enhanced volumetric MRI from the same day. I contoured the three lesions: left frontal, eleven millimeters;
right temporal, fourteen millimeters; and left cerebellar, nine millimeters. A one millimeter PTV margin was used. The
plan was a single isocenter, four noncoplanar VMAT arcs on the six MV flattening-filter-free linac, planned in
BRIARWOOD-PLAN version five (invented), with each dose prescribed to the eighty percent isodose line.

Today the patient was set up in her mask, a cone-beam CT was acquired and a six degree of freedom correction applied,
with surface monitoring throughout. The left frontal, right temporal and left cerebellar lesions received twenty,
eighteen and eighteen gray respectively, in a single fraction. Beam-on time was just under six minutes. Physics
performed the pretreatment plan QA, passing at ninety-nine point one percent.

She tolerated the treatment well and went home with her husband. She will stay on dexamethasone two milligrams daily
for three days and then stop. MRI brain in eight weeks.

Rosemary Quintana-Boyd, MD
Electronically signed 11/19/2026 17:40
{FOOT}
""")])

# v64_03 -- bundle (3): mixed fractionation, three lesions x 1 and one 3.8 cm lesion x 3 ------------------------------
_c = "SILVERMERE HEALTH - RADIATION ONCOLOGY"
add(name="v64_03", kind="bundle", codes=["77373", "77435", "61798", "61797"],
    facts=F("linac", ["cranial"], 4, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("Lesion 1 R frontal", "cranial", S, 20, 1), L("Lesion 2 L parietal", "cranial", S, 20, 1),
             L("Lesion 3 R occipital", "cranial", S, 20, 1), L("Lesion 4 L temporal 3.8 cm", "cranial", C, 27, 3)],
    categories=cats(),
    notes="Mixed fractionation in one course: lesions 1-3 20 Gy in one fraction (given with fraction 1 of "
          "lesion 4), lesion 4 (3.8 cm, complex by size) 9 Gy x 3 = 27 Gy. Three sessions, so the course is "
          "coded 77373 x3 / 77435. Prescription table with 'Dose/fx (Gy)', 'Fx' and 'Total (Gy)'; the record "
          "has per-lesion cumulative columns in cGy; the dictated completion note says 'lesions 1 through 3 "
          "received 20 Gy ... lesion 4 received 27 Gy in three fractions'.",
    docs=[
        Doc("1_prescription.pdf", [[
            H1("Stereotactic Prescription - Cranial"),
            KeyValue([("Patient", f"{patient(3)}   MRN {mrn(3)}"), ("Physician", "Howard Achterberg, MD"),
                      ("Treatment machine", "6 MV FFF gantry linac, HD MLC"), ("Immobilization", "Frameless SRS mask"),
                      ("Planning imaging", "CT simulation 1 mm 11/02/2026; MRI T1 post-gadolinium 1 mm 11/02/2026, fused"),
                      ("Planning system", "TALLGRASS TPS 8 (invented); 2 isocenters, 5 VMAT arcs")]),
            RuledTable([("Lesion", "Site", "Max diam", "Dose/fx (Gy)", "Fx", "Total (Gy)", "Isodose", "Schedule"),
                        ("1", "R frontal", "1.1 cm", "20", "1", "20", "80%", "Day 1"),
                        ("2", "L parietal", "0.8 cm", "20", "1", "20", "80%", "Day 1"),
                        ("3", "R occipital", "1.4 cm", "20", "1", "20", "80%", "Day 1"),
                        ("4", "L temporal", "3.8 cm", "9", "3", "27", "80%", "Days 1, 3, 5")]),
            P("Lesion 4 is fractionated because of its size (3.8 cm). Image guidance: CBCT before every fraction, "
              "6DoF couch. Brain V12 (single-fraction plan) 8.2 cc; brainstem max 11.9 Gy (composite)."),
            sig("Howard Achterberg, MD 11/05/2026"),
            sig("Priya Venkataraman, MS, DABR (plan check) 11/06/2026"),
        ]], opts=dict(header=head(_c, "Prescription", 3, "01/30/1955"))),
        Doc("2_treatment_record.pdf", [[
            H1("Treatment Record - Cumulative Dose by Target"),
            P("Units: cGy. Dash = target not scheduled that day."),
            RuledTable([("Date", "Session", "Plan", "IGRT", "L1 cum", "L2 cum", "L3 cum", "L4 cum"),
                        ("11/09/2026", "1", "SRS_1fx + FSRT_L4", "CBCT, 0.9 mm", "2000", "2000", "2000", "900"),
                        ("11/11/2026", "2", "FSRT_L4", "CBCT, 0.6 mm", "-", "-", "-", "1800"),
                        ("11/13/2026", "3", "FSRT_L4", "CBCT, 0.7 mm", "-", "-", "-", "2700")]),
            KeyValue([("Sessions delivered", "3 of 3"), ("Status", "Course complete 11/13/2026")]),
            sig("R. Kettleby, RTT / J. Amundsen, RTT"),
        ]], opts=dict(header=head(_c, "Treatment Delivery", 3, "01/30/1955"))),
        Doc("3_completion_note.txt", text=f"""
SILVERMERE HEALTH - RADIATION ONCOLOGY
Treatment completion note (dictated)                        {patient(3)}    MRN {mrn(3)}

Date: 11/13/2026

Ms. Sixtyfourpatient completed stereotactic treatment today for four brain metastases from her renal cell carcinoma.
Lesions 1 through 3 (right frontal, left parietal, right occipital) received 20 Gy in a single fraction on November
9th, and lesion 4, the 3.8 cm left temporal metastasis, received 27 Gy in three fractions on November 9th, 11th and
13th. No missed treatments. Mild headache after the first session, resolved with Tylenol. Dexamethasone taper as
previously given. MRI brain in 2 months; follow-up with me after the scan.

Howard Achterberg, MD
{FOOT}
"""),
    ])

# v64_04 -- pdf (two-column page): single-isocenter linac SRS, six lesions A-F in cGy, a pontine lesion; 61796 claimed
_c = "BLUE HERON NEUROSCIENCE PAVILION"
add(name="v64_04", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 6, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("A R frontal", "cranial", S, 22, 1), L("B L frontal", "cranial", S, 22, 1),
             L("C R parietal", "cranial", S, 22, 1), L("D L occipital", "cranial", S, 20, 1),
             L("E pons", "cranial", C, 15, 1), L("F R cerebellar", "cranial", S, 18, 1)],
    categories=cats(),
    notes="One two-column page: technique on the left, the per-lesion list in cGy on the right ('A-C: 2200 cGy "
          "each', D 2000, E (pons) 1500, F 1800 cGy, single fraction). The pontine lesion is within the brainstem "
          "(complex), so the claimed 61796 is wrong (61798 first); 61797 still fits the simple ones.",
    docs=[Doc("v64_04.pdf", [[
        H1("SRS Treatment Summary - Multiple Metastases"),
        H2("Patient and indication"),
        P(f"{patient(4)}, MRN {mrn(4)}, 59 y M. Small cell lung cancer, extensive stage; prophylactic cranial "
          "irradiation declined in 2025. MRI 11/03/2026: six enhancing lesions, the largest 1.6 cm; one in the "
          "left pons (6 mm). KPS 80."),
        H2("Technique"),
        P("Frameless: open-face thermoplastic mask with surface tracking. Planning CT 1.25 mm and MRI (T1 MPRAGE "
          "post-contrast, 1 mm) acquired 11/06/2026 and fused. Single isocenter, 5 noncoplanar dynamic conformal "
          "arcs, 6 MV FFF gantry linac; plan in QUILLFEATHER SRS 2.1 (invented). PTV = GTV + 1 mm (0 mm for E). "
          "Dose prescribed to the 80% isodose surface (E: 70%)."),
        P("Pre-treatment CBCT with 6DoF couch correction; repeat CBCT at mid-treatment (0.4 mm). Patient-specific "
          "QA: ion chamber and film, pass."),
        ColumnBreak(),
        H2("Dose delivered 11/10/2026 (one fraction)"),
        BulletList(["Lesions A, B, C (R frontal 1.6 cm, L frontal 0.9 cm, R parietal 1.2 cm): 2200 cGy each",
                    "Lesion D (L occipital, 0.7 cm): 2000 cGy",
                    "Lesion E (L pons, 0.6 cm, intra-axial brainstem): 1500 cGy",
                    "Lesion F (R cerebellar, 1.3 cm): 1800 cGy"], numbered=False),
        P("Brainstem D0.03cc 1612 cGy (accepted for the intrinsic lesion). Chiasm Dmax 212 cGy. V12 brain 7.7 cc."),
        P("All six targets treated as planned; no interruptions. Total beam-on 7.4 min."),
        sig("Celeste Abernathy-Moore, MD 11/10/2026"),
        sig("Yusuf Brightwater, PhD, Physicist 11/10/2026"),
    ]], opts=dict(header=head(_c, "Stereotactic Radiosurgery", 4, "06/02/1967"), two_columns=True))])

# v64_05 -- ehr_text: dictated fractionated cobalt-60 mask course, per-fraction doses x 3 and no totals -------------
add(name="v64_05", kind="ehr_text", codes=["77373", "77435", "61796", "61797"],
    facts=F("cobalt60", ["cranial"], 2, 3, ["MRI"], ["mask"]),
    lesions=[L("lesion one right frontal", "cranial", S, 24, 3), L("lesion two left thalamic", "cranial", S, 27, 3)],
    categories=cats(),
    notes="Dictated end-of-treatment note for fractionated radiosurgery on a mask-capable cobalt-60 unit: 'eight "
          "gray per fraction for three fractions' and 'nine gray per fraction times three' with no total written "
          "(24 Gy and 27 Gy). The 2.9 cm thalamic lesion is not in the brainstem and under 3.5 cm: simple. MRI-only "
          "planning with on-unit cone-beam CT reference.",
    docs=[Doc("v64_05.txt", text=f"""
MAPLEWOOD RADIOSURGERY CENTER
END OF TREATMENT NOTE - dictated by Dr. Fenimore Achebe-Lutz, Radiation Oncology

PATIENT: {patient(5)}      MRN: {mrn(5)}      DOB: 12/09/1949
DATES OF TREATMENT: November 2, 4 and 6, 2026

Mrs. Sixtyfourpatient is a seventy-six-year-old woman with metastatic non-small cell lung cancer who was found to have two
brain metastases, a right frontal lesion of one point eight centimeters and a left thalamic lesion of two point nine
centimeters with surrounding edema. Given the size of the thalamic lesion and its depth, we recommended a three-fraction
radiosurgery course rather than a single session.

She was immobilized in a thermoplastic mask with the infrared nose marker system. Planning was done on a contrast MRI
from October twenty-eighth, one millimeter slices, with the cone-beam CT on the unit used as the stereotactic reference
each day. Treatment was given on the cobalt-60 multi-source radiosurgery unit. Lesion one, the right frontal, was
prescribed eight gray per fraction for three fractions to the fifty percent isodose, and lesion two, the left thalamic,
nine gray per fraction times three, also to the fifty percent isodose. The plan from ORRERY-GP (invented) had
nineteen shots with coverage of ninety-eight percent for both targets.

Before every fraction a cone-beam CT was matched to the plan and the couch corrected; intrafraction motion stayed under
the one point five millimeter threshold on all three days. All three fractions were delivered as planned to both
lesions.

She had mild fatigue and one episode of nausea after the second fraction, controlled with ondansetron. Decadron four
milligrams daily, taper over two weeks. MRI in six weeks, return to clinic after.

F. Achebe-Lutz, MD     signed 11/06/2026
{FOOT}
""")])

# v64_06 -- scan: robotic linac 5-fraction course, two targets, last fraction of one target not given --------------
_c = "NORTH FORK CYBERNETIC RADIOSURGERY"
add(name="v64_06", kind="scan", codes=["G0339", "G0340", "77435", "61796", "61797"],
    facts=F("robotic_linac", ["cranial"], 2, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("PTV_Cavity R frontal", "cranial", S, 30, 5), L("PTV_LtCbll", "cranial", S, 24, 4)],
    categories=cats(),
    notes="Scanned fraction log from a robotic-arm linac: resection cavity 6 Gy x 5 = 30 Gy and a left cerebellar "
          "metastasis planned 6 Gy x 5 whose fifth fraction was held (edema) and not made up: 24 Gy in 4. Per-"
          "target 'Dose' and 'Cum' columns in Gy; five sessions (G0339 + G0340 x4).",
    docs=[Doc("v64_06.pdf", [[
        H1("FRACTIONATED SRS - DAILY TREATMENT LOG"),
        KeyValue([("Patient", patient(6)), ("MRN", mrn(6)), ("Unit", "Robotic-arm mounted 6 MV linac, 6D skull tracking"),
                  ("Targets", "PTV_Cavity: R frontal resection cavity, 2.6 cm; PTV_LtCbll: L cerebellar metastasis, 1.4 cm"),
                  ("Immobilization", "Thermoplastic mask (made 10/26/2026)"),
                  ("Planning imaging", "CT 1 mm with contrast 10/26/2026, fused with MRI T1+Gd 10/24/2026"),
                  ("Plan", "TRELLIS-RS 4 (invented), 188 beams, Rx to 75% (cavity) / 78% (cerebellar)"),
                  ("Rx", "PTV_Cavity 30 Gy / 5 fx; PTV_LtCbll 30 Gy / 5 fx")]),
        RuledTable([("Fx", "Date", "PTV_Cavity Gy", "Cum", "PTV_LtCbll Gy", "Cum", "Tracking", "Init"),
                    ("1", "10/29", "6.0", "6.0", "6.0", "6.0", "6D skull, 0.4 mm", "KT"),
                    ("2", "10/30", "6.0", "12.0", "6.0", "12.0", "6D skull, 0.5 mm", "KT"),
                    ("3", "11/02", "6.0", "18.0", "6.0", "18.0", "6D skull, 0.3 mm", "BW"),
                    ("4", "11/03", "6.0", "24.0", "6.0", "24.0", "6D skull, 0.6 mm", "BW"),
                    ("5", "11/04", "6.0", "30.0", "HELD", "24.0", "6D skull, 0.4 mm", "KT")]),
        P("11/04: Fx 5 for PTV_LtCbll held per Dr. Varga-Nakamura (worsening gait, increased edema on MRI 11/03). "
          "Physician will not make up this fraction. Cavity plan delivered as scheduled."),
        P("Course end 11/04/2026. PTV_Cavity 30 Gy/5 fx complete. PTV_LtCbll 24 Gy/4 fx (1 fx omitted)."),
        sig("Lorenzo Varga-Nakamura, MD 11/04/2026"),
        sig("Keiko Tanabe-Wells, MS, Physicist (weekly chart check) 11/04/2026"),
    ]], opts=dict(header=head(_c, "Treatment Log", 6, "09/17/1963"), scan=True, scan_dpi=150, scan_skew=0.6, scan_noise=6))])

# v64_07 -- bundle (2): cobalt-60 frame SRS, eight lesions planned, one dropped on the day -----------------------------
_c = "RIVERBEND NEUROSURGICAL ASSOCIATES"
add(name="v64_07", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 7, 1, ["MRI"], ["frame"]),
    lesions=[L("T1 L frontal", "cranial", S, 20, 1), L("T2 R frontal", "cranial", S, 20, 1),
             L("T3 L parietal", "cranial", S, 18, 1), L("T4 R occipital", "cranial", S, 18, 1),
             L("T5 L cerebellar", "cranial", S, 16, 1), L("T7 R temporal", "cranial", S, 18, 1),
             L("T8 vermis", "cranial", S, 16, 1)],
    categories=cats(),
    notes="Neurosurgeon's dictated pre-procedure note plans eight targets from an outside MRI; the cobalt-60 plan "
          "report lists T1-T8 with a status column, T6 (L insular) 'not treated - vascular on stereotactic MRI'. "
          "Seven lesions treated in one session under a frame: 20/20/18/18/16/18/16 Gy at the 50% isodose "
          "(max column 40/40/36/36/32/36/32). MRI only (stereotactic MRI; no CT).",
    docs=[
        Doc("1_preprocedure_note.txt", text=f"""
RIVERBEND NEUROSURGICAL ASSOCIATES
PRE-PROCEDURE NOTE - Gamma radiosurgery          Dictated: 11/20/2026 06:30

Patient: {patient(7)}   MRN: {mrn(7)}   DOB 02/11/1952
Surgeon: Tobias Ferreira-Quist, MD

Seventy-four-year-old man with metastatic colon cancer. Outside MRI 11/12 shows eight enhancing foci, all under
one and a half centimeters: left frontal, right frontal, left parietal, right occipital, left cerebellar, left insular,
right temporal and the vermis. Plan today is frame placement, stereotactic MRI, and single-session radiosurgery to all
eight targets on the cobalt-60 unit, pending confirmation on the stereotactic study. Doses will be decided at planning,
likely eighteen to twenty gray for most. Consent signed for frame placement and radiosurgery. Risks reviewed including
pin-site bleeding, seizure, radiation necrosis.

T. Ferreira-Quist, MD
{FOOT}
"""),
        Doc("2_plan_report.pdf", [[
            H1("Gamma Radiosurgery Plan Report"),
            KeyValue([("Date", "11/20/2026"), ("Patient", f"{patient(7)}   MRN {mrn(7)}"),
                      ("Unit", "Cobalt-60 multi-source radiosurgery unit"),
                      ("Frame", "Stereotactic frame, 4 pins, placed 07:05; removed 13:20"),
                      ("Imaging", "Stereotactic MRI 3D T1 post-contrast 1 mm, 07:50 (no CT)"),
                      ("Planning", "ORRERY-GP 3.2 (invented); prescription isodose 50% all targets")]),
            RuledTable([("Target", "Location", "Vol cc", "Prescr. (Gy)", "Max (Gy)", "Shots", "Status"),
                        ("T1", "L frontal", "0.48", "20", "40", "3", "Treated"),
                        ("T2", "R frontal", "0.91", "20", "40", "5", "Treated"),
                        ("T3", "L parietal", "1.22", "18", "36", "6", "Treated"),
                        ("T4", "R occipital", "0.30", "18", "36", "2", "Treated"),
                        ("T5", "L cerebellar", "2.05", "16", "32", "9", "Treated"),
                        ("T6", "L insular", "-", "-", "-", "-", "Not treated: vascular on stereo MRI"),
                        ("T7", "R temporal", "0.77", "18", "36", "4", "Treated"),
                        ("T8", "Vermis", "1.64", "16", "32", "8", "Treated")]),
            P("T6 removed from plan after review of the stereotactic MRI with neuroradiology (Dr. Osei-Barlow): "
              "linear enhancement consistent with a developmental venous anomaly, not metastasis."),
            P("Frame coordinate verification and plan second check by physics completed before treatment. "
              "Treatment 09:58-12:51, 37 shots, uninterrupted. 7 targets treated."),
            sig("Tobias Ferreira-Quist, MD, Neurosurgery 11/20/2026"),
            sig("Anneliese Worthington, MD, Radiation Oncology 11/20/2026"),
            sig("Gregory Pell-Ramsay, PhD, Medical Physics 11/20/2026"),
        ]], opts=dict(header=head(_c, "Radiosurgery", 7, "02/11/1952"))),
    ])

# v64_08 -- pdf letter: dictated letter, two metastases, one near the chiasm reduced from 20 to 16 Gy at planning ----
add(name="v64_08", kind="pdf", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right parietal metastasis", "cranial", S, 20, 1),
             L("left optic-adjacent (suprasellar) metastasis", "cranial", C, 16, 1)],
    categories=cats(plan=False),
    notes="Dictated letter to the referring oncologist: two metastases, both intended for 20 Gy; at planning the "
          "suprasellar lesion, 3 mm from the optic chiasm (complex), was reduced to 16 Gy; the right parietal "
          "lesion received 20 Gy. One fraction on a gantry linac, mask, CT + MRI, CBCT. No isodose, arcs or "
          "planning system in the letter: plan unmet.",
    docs=[Doc("v64_08.pdf", [[
        P("LAKESHORE ONCOLOGY PARTNERS - Radiation Oncology"),
        P("November 24, 2026"),
        P("Miriam Castellanos-Webb, MD, Medical Oncology, Lakeshore Cancer Clinic"),
        P(f"RE: {patient(8)}   DOB 04/27/1970   MRN {mrn(8)}"),
        P("Dear Dr. Castellanos-Webb,"),
        P("I want to update you on Mr. Sixtyfourpatient, whom you kindly referred for radiosurgery of two brain "
          "metastases from his esophageal adenocarcinoma. He was simulated on November 16 in a thermoplastic mask "
          "with a thin-slice CT, and we fused a contrast MRI done the same afternoon."),
        P("At our consultation I had proposed 20 Gy in a single fraction to both lesions. When we contoured, the "
          "smaller lesion in the left suprasellar region proved to sit only 3 mm from the optic chiasm, and to keep "
          "the chiasm under 8 Gy I reduced its dose to 16 Gy. The right parietal lesion, 1.7 cm, kept the full "
          "20 Gy."),
        P("He was treated on November 23 on our linear accelerator in one session, with a cone-beam CT for alignment "
          "before the beam. So, to summarize: right parietal 20 Gy and left suprasellar 16 Gy, one fraction each. "
          "He had no visual symptoms afterwards and his acuity was unchanged at discharge."),
        P("I will see him in two months with an MRI and formal visual fields. He may resume FOLFOX as you planned "
          "from next week."),
        P("Sincerely,"),
        sig("Bartholomew Ng-Sorensen, MD, Radiation Oncology 11/24/2026"),
        P("Dictated, not read. cc: patient; primary care"),
    ]], opts=dict(header=["Lakeshore Oncology Partners"]))])

# v64_09 -- ehr_text: dictated cobalt-60 frame SRS, five lesions, label ranges in words; 77372 claimed ------------
add(name="v64_09", kind="ehr_text", codes=["77372", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 5, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("lesion one right frontal", "cranial", S, 18, 1), L("lesion two left frontal", "cranial", S, 18, 1),
             L("lesion three right parietal", "cranial", S, 18, 1), L("lesion four left temporal", "cranial", S, 20, 1),
             L("lesion five left cerebellar", "cranial", S, 16, 1)],
    categories=cats(),
    notes="Dictated radiosurgery operative note, doses in words with a label range: 'lesions one through three "
          "received eighteen gray ... lesion four twenty gray ... lesion five, the left cerebellar, sixteen gray', "
          "all to the fifty percent isodose in one session under a frame on the cobalt-60 unit. The claimed 77372 "
          "(linac) is wrong for cobalt-60 (77371).",
    docs=[Doc("v64_09.txt", text=f"""
OAKRIDGE MEMORIAL HOSPITAL - DEPARTMENT OF NEUROSURGERY
OPERATIVE NOTE: STEREOTACTIC RADIOSURGERY

PATIENT: {patient(9)}        MRN: {mrn(9)}        DATE OF PROCEDURE: 11/25/2026
SURGEON: Cornelius Abiodun-Hart, MD          RADIATION ONCOLOGIST: Helena Strauss-Mbeki, MD
PHYSICIST: Wendell Oyelaran, MS

PREOPERATIVE DIAGNOSIS: Five brain metastases, HER2-positive breast carcinoma.
PROCEDURE: Application of stereotactic head frame; single-session stereotactic radiosurgery of five lesions on the cobalt-60
multi-source unit.

DESCRIPTION: After local anesthetic the stereotactic frame was applied with four pins without difficulty. She was taken for a
stereotactic MRI with double-dose contrast and a stereotactic CT, which were registered in the planning system,
ORRERY-GP (invented). Five lesions were confirmed, all under two centimeters and well away from the optic apparatus and the
brainstem. In conjunction with Dr. Strauss-Mbeki and physics a plan was generated with thirty-one shots.

Lesions one through three, the right frontal, left frontal and right parietal, received eighteen gray each to the fifty
percent isodose line. Lesion four, the left temporal, received twenty gray, and lesion five, the left cerebellar,
sixteen gray, both also to the fifty percent isodose. The maximum doses were therefore thirty-six, forty and thirty-two gray.

Before treatment the frame coordinates were verified on the couch by physics. Treatment was delivered in one session
without interruption, total time one hundred and four minutes. The frame was removed and the pin sites were dressed.
There were no complications.

ESTIMATED BLOOD LOSS: minimal (pin sites).  DISPOSITION: home with her daughter.

C. Abiodun-Hart, MD    Electronically signed 11/25/2026 16:12
{FOOT}
""")])

# v64_10 -- bundle (2): 3-fraction linac course, cumulative record 27/27/24 Gy; dictated summary says 27 Gy to all --
_c = "PINE BLUFF REGIONAL CANCER CENTER"
add(name="v64_10", kind="bundle", codes=["77373", "77435", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("PTV1 L frontal", "cranial", S, 27, 3), L("PTV2 R temporal", "cranial", S, 27, 3),
             L("PTV3 R cerebellar", "cranial", S, 24, 3)],
    categories=cats(),
    contradiction="The dictated completion summary says all three lesions received 27 Gy in 3 fractions, while the treatment record gives PTV3 8 Gy per fraction and a cumulative 24 Gy.",
    notes="Treatment record of a three-fraction linac SRT course with per-fraction and cumulative columns per "
          "PTV (9/9/8 Gy per fraction; cumulative 27/27/24 Gy); the dictated completion summary says 'all "
          "three lesions received 27 Gy in 3 fractions'. The gold follows the record: PTV3 24 Gy.",
    docs=[
        Doc("1_treatment_record.pdf", [[
            H1("External Beam Treatment Record"),
            KeyValue([("Patient", f"{patient(10)}"), ("MRN", mrn(10)), ("Course", "C2 SRT brain (C1: WBRT 2023, not this course)"),
                      ("Machine", "6 MV FFF gantry linac"), ("Setup", "SRS mask; CBCT + 6DoF each fraction"),
                      ("Imaging for planning", "Sim CT 10/30/2026 + MRI T1 post 10/29/2026, fused"),
                      ("Plan", "BRAMBLE TPS 12 (invented), 1 isocenter, 4 VMAT arcs; Rx to 80% IDL, PTV = GTV + 2 mm")]),
            RuledTable([("Date", "Fx", "PTV1 fx (Gy)", "PTV1 cum", "PTV2 fx (Gy)", "PTV2 cum", "PTV3 fx (Gy)", "PTV3 cum", "CBCT shift"),
                        ("11/03/2026", "1", "9.00", "9.00", "9.00", "9.00", "8.00", "8.00", "1.1 mm"),
                        ("11/05/2026", "2", "9.00", "18.00", "9.00", "18.00", "8.00", "16.00", "0.7 mm"),
                        ("11/07/2026", "3", "9.00", "27.00", "9.00", "27.00", "8.00", "24.00", "0.5 mm")]),
            P("PTV3 (R cerebellar, abutting the 4th ventricle) prescribed 24 Gy / 3 fx; PTV1 (L frontal) and PTV2 "
              "(R temporal) 27 Gy / 3 fx. Physics weekly check done 11/05/2026 (E. Ruiz-Lindgren, MS)."),
            sig("Therapists: A. Nwosu, RTT; D. Falkenrath, RTT"),
        ]], opts=dict(header=head(_c, "Treatment Record", 10, "05/05/1959"))),
        Doc("2_completion_summary.txt", text=f"""
PINE BLUFF REGIONAL CANCER CENTER
RADIATION TREATMENT SUMMARY
Patient: {patient(10)}   MRN: {mrn(10)}
Physician: Josephine Ahlberg-Tate, MD

Diagnosis: Recurrent brain metastases, small cell lung cancer, after whole brain RT in 2023.
Treatment: Fractionated stereotactic radiotherapy, 11/03/2026 - 11/07/2026.
All three lesions (left frontal, right temporal, right cerebellar) received 27 Gy in 3 fractions with daily cone-beam CT
guidance, mask immobilization. Treatment was well tolerated; no interruptions.
Follow-up: MRI brain at 6 weeks, clinic visit after.

Dictated by J. Ahlberg-Tate, MD 11/07/2026
{FOOT}
"""),
    ])


# ==================================================================================================
# Spine
# ==================================================================================================

# v64_11 -- pdf: two-level spine SBRT, mixed fractionation (T4 12 Gy x 2, L2 9 Gy x 3), per-fraction columns only ---
_c = "GRANITE PEAK SPINE & RADIATION CENTER"
add(name="v64_11", kind="pdf", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T4 vertebral body", "spinal", None, 24, 2), L("L2 vertebral body and left pedicle", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Spine SBRT printout whose prescription table gives only 'Dose per fx (Gy)' and 'Fractions' (T4 12 x 2, "
          "L2 9 x 3; no total column) and whose fraction log gives T4 on sessions 1-2 and L2 on sessions 1-3: "
          "24 Gy / 2 and 27 Gy / 3, three sessions. 'Spinal cord Dmax' and the 90% isodose are not doses.",
    docs=[Doc("v64_11.pdf", [[
        H1("Spine Stereotactic Body Radiation Therapy - Course Summary"),
        KeyValue([("Patient", patient(11)), ("MRN", mrn(11)), ("Diagnosis", "Metastatic renal cell carcinoma, T4 and L2 (C79.51)"),
                  ("Linac", "6 MV FFF gantry linac, 2.5 mm leaves, 6DoF couch"),
                  ("Immobilization", "Full-body vacuum cushion, arms down, knee sponge"),
                  ("Planning imaging", "CT sim 1 mm 10/20/2026; MRI T-L spine T1/T2 axial 10/19/2026, fused"),
                  ("Planning", "GRANITE-TPS 3 (invented); 2 isocenters, 9-field IMRT each; Rx to the 90% isodose")]),
        H2("Prescription"),
        RuledTable([("Target", "Dose per fx (Gy)", "Fractions", "Cord Dmax limit (Gy)", "Cord Dmax achieved"),
                    ("PTV_T4", "12", "2", "17.0", "15.2"),
                    ("PTV_L2", "9", "3", "20.3 (cauda)", "18.4")]),
        H2("Fraction log"),
        RuledTable([("Session", "Date", "Targets treated", "IGRT", "Notes"),
                    ("1", "10/26/2026", "T4, L2", "CBCT x2", "-"),
                    ("2", "10/28/2026", "T4, L2", "CBCT x2", "T4 complete"),
                    ("3", "10/30/2026", "L2", "CBCT", "L2 complete")]),
        P("All planned fractions delivered. No pain flare. Follow-up MRI spine in 3 months."),
        sig("Vivienne Ashdown-Oduya, MD, Radiation Oncology 10/30/2026"),
        sig("Torsten Baptiste, MS, DABR 10/30/2026"),
    ]], opts=dict(header=head(_c, "Spine SBRT", 11, "07/07/1956")))])

# v64_12 -- ehr_text: dictated robotic-linac single-fraction spine, "sixteen gray to each of the three levels" --------
add(name="v64_12", kind="ehr_text", codes=["77372", "77432", "63620", "63621"],
    facts=F("robotic_linac", ["spinal"], 3, 1, [], ["body_immobilization"]),
    lesions=[L("C7", "spinal", None, 16, 1), L("T9", "spinal", None, 16, 1), L("L4", "spinal", None, 16, 1)],
    categories=cats(imaging=False),
    notes="Dictated treatment note: single-fraction spine radiosurgery on a robotic-arm linac, 'sixteen gray to "
          "each of the three levels' (C7, T9, L4), spine tracking, vacuum cushion. No planning CT or MRI is "
          "mentioned (contours, beams and isodose are, imaging is not): imaging unmet. Claimed 77372/77432 are the cranial "
          "single-session codes: wrong for spine (77373/77435).",
    docs=[Doc("v64_12.txt", text=f"""
ST. AMBROSE MEDICAL CENTER - RADIATION ONCOLOGY
TREATMENT DELIVERY NOTE                                                        DOS: 11/17/2026
{patient(12)}   MRN {mrn(12)}   DOB 10/21/1948

Dictated by Philippa Oduya-Grant, MD:

Mr. Sixtyfourpatient came in today for his spine radiosurgery. As a reminder he has metastatic prostate cancer,
castration resistant, with three painful, PSMA-avid osseous metastases at C7, T9 and L4 without cord compression or
instability, SINS scores of six, seven and seven. The plan approved last week treats all three levels in a single fraction
on the robotic-arm linac: I contoured the gross disease and the involved vertebral body at each level, and the plan, from
LODESTAR MP (invented), uses one hundred and ninety-two non-isocentric beams prescribed to the eighty percent isodose line.

He was positioned supine in his vacuum cushion. Spine tracking was used with orthogonal kilovoltage images every thirty to
sixty seconds; corrections were under one millimeter and one degree throughout. Sixteen gray was delivered to each of the
three levels in one fraction, C7, T9 and L4, with the spinal cord maximum kept under fourteen gray at each level. Total
treatment time was seventy-two minutes. The physicist was present at start of treatment and checked the first tracking
images with me.

He tolerated it without pain flare; I gave him dexamethasone four milligrams the morning of treatment for prophylaxis.
Return in six weeks for a pain reassessment. PSA with his medical oncologist.

P. Oduya-Grant, MD     signed 11/17/2026 18:05
{FOOT}
""")])

# v64_13 -- bundle (2): spine SBRT, L3 dropped at planning (hemangioma), T6 and S1 24 Gy / 2 each, record in cGy ----
_c = "COPPER CANYON CANCER CARE"
add(name="v64_13", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T6", "spinal", None, 24, 2), L("S1", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Dictated simulation/planning note: three levels requested (T6, L3, S1); L3 reclassified as a typical "
          "hemangioma on the planning MRI and dropped; T6 and S1 '24 Gy in 2 fractions each'. The treatment "
          "summary printout gives each fraction and the cumulative dose in cGy (1200 / 2400). Two spinal lesions.",
    docs=[
        Doc("1_sim_planning_note.txt", text=f"""
COPPER CANYON CANCER CARE - Radiation Oncology
SIMULATION AND PLANNING NOTE (dictated)                  Date: 10/14/2026
Patient: {patient(13)}     MRN: {mrn(13)}

Ms. Sixtyfourpatient has oligometastatic breast cancer and was referred for SBRT to three spinal levels, T6, L3 and S1, on
the basis of her PET-CT of 09/30. She was simulated today supine in a full-length vacuum bag with a 1.5 mm CT, and a
dedicated MRI of the thoracic, lumbar and sacral spine was obtained this morning for fusion.

On the planning MRI the L3 abnormality is a typical hemangioma, bright on T1 and T2 with no soft-tissue component, and
I reviewed it with neuroradiology. L3 is therefore removed from the plan. We will treat T6 and S1, 24 Gy in 2 fractions
each, prescribed to cover 90% of the PTV, with cone-beam CT before each fraction. Cord and cauda limits per our protocol.

Delphine Marchetti-Obi, MD
{FOOT}
"""),
        Doc("2_treatment_summary.pdf", [[
            H1("SBRT Treatment Summary"),
            KeyValue([("Patient", f"{patient(13)} ({mrn(13)})"), ("Treatment dates", "10/21/2026 - 10/23/2026"),
                      ("Machine", "6 MV FFF gantry linac"), ("Plan", "SAGUARO-PLAN 6 (invented), 2 isocenters, VMAT 2 arcs each"),
                      ("Immobilization", "Full-body vacuum bag")]),
            RuledTable([("Fx", "Date", "T6 fx (cGy)", "T6 cum (cGy)", "S1 fx (cGy)", "S1 cum (cGy)", "Imaging"),
                        ("1", "10/21/2026", "1200", "1200", "1200", "1200", "CBCT, 6DoF"),
                        ("2", "10/23/2026", "1200", "2400", "1200", "2400", "CBCT, 6DoF")]),
            P("L3: not treated (hemangioma, removed at planning). Cord Dmax T6 1380 cGy (limit 1700); cauda S1 1710 cGy."),
            P("Patient-specific QA passed 10/19/2026 (gamma 2%/1 mm, 98.7%)."),
            sig("Delphine Marchetti-Obi, MD 10/23/2026"),
        ]], opts=dict(header=head(_c, "SBRT", 13, "03/03/1966"))),
    ])


# ==================================================================================================
# Body SBRT (oligometastatic)
# ==================================================================================================

# v64_14 -- pdf: lung + adrenal SBRT, totals in cGy in a column headed (cGy), dose/fx column ------------------------
_c = "WESTBROOK UNIVERSITY HOSPITAL"
add(name="v64_14", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("RLL nodule", "body", None, 50, 5), L("left adrenal", "body", None, 40, 5)],
    categories=cats(),
    notes="SBRT course summary printout for two sites treated on the same five days: table headed 'Total (cGy)', "
          "'Per fx (cGy)', 'Fx' (RLL 5000/1000/5, left adrenal 4000/800/5) and a D95% column; 4DCT and a "
          "planning PET-CT, vacuum cushion, daily CBCT.",
    docs=[Doc("v64_14.pdf", [[
        H1("Stereotactic Body Radiotherapy - End of Treatment Summary"),
        KeyValue([("Patient", patient(14)), ("MRN", mrn(14)), ("Attending", "Nikolai Fairweather-Diaz, MD"),
                  ("Indication", "Oligometastatic NSCLC: RLL primary and solitary left adrenal metastasis"),
                  ("Simulation", "4DCT 10/13/2026, vacuum cushion, arms up; planning PET-CT 10/13/2026 registered"),
                  ("Technique", "6 MV FFF gantry linac, VMAT; plans in WILLOWPLAN 9 (invented); ITV-based; Rx to 70-80% IDL")]),
        RuledTable([("Site", "Total (cGy)", "Per fx (cGy)", "Fx", "IDL", "PTV D95 (cGy)", "Start", "End"),
                    ("RLL nodule", "5000", "1000", "5", "75%", "5012", "10/19/2026", "10/29/2026"),
                    ("L adrenal", "4000", "800", "5", "80%", "4008", "10/19/2026", "10/29/2026")]),
        P("Both sites were treated at each of the five sessions (10/19, 10/21, 10/23, 10/27, 10/29), with CBCT "
          "soft-tissue match and couch correction before each site. No missed fractions."),
        P("OAR: proximal bronchial tree Dmax 2410 cGy; left kidney V1750 1.2%; stomach Dmax 2280 cGy."),
        P("Toxicity: grade 1 fatigue. Follow-up CT chest/abdomen in 3 months."),
        sig("Nikolai Fairweather-Diaz, MD 10/29/2026"),
    ]], opts=dict(header=head(_c, "Radiation Oncology", 14, "11/11/1950")))])

# v64_15 -- ehr_text: dictated robotic-linac SBRT, two liver lesions + RLL "forty-five gray in three fractions each" -
add(name="v64_15", kind="ehr_text", codes=["77373", "77435", "63620"],
    facts=F("robotic_linac", ["body"], 3, 3, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("liver segment VII", "body", None, 45, 3), L("liver segment IVa", "body", None, 45, 3),
             L("right lower lobe nodule", "body", None, 54, 3)],
    categories=cats(),
    notes="Dictated completion note: 'the two liver lesions received forty-five gray in three fractions each, and "
          "the right lower lobe nodule fifty-four gray in three fractions' on a robotic-arm linac with fiducial "
          "and respiratory tracking; three sessions. The claimed 63620 (spinal) is wrong: no spinal lesion.",
    docs=[Doc("v64_15.txt", text=f"""
HALCYON RIDGE ONCOLOGY (synthetic)   -   SBRT COMPLETION NOTE
Patient: {patient(15)}   MRN: {mrn(15)}   DOB: 06/19/1957
Dictating physician: Augustin Rahimi-Bello, MD          Date dictated: 11/12/2026

Mr. Sixtyfourpatient is a sixty-nine-year-old gentleman with oligometastatic colorectal cancer, two liver metastases, in
segments seven and four A, and a single right lower lobe nodule, stable systemic disease on maintenance capecitabine.
Tumor board recommended ablative SBRT to all three.

Three gold fiducials were placed around the liver lesions by interventional radiology on October twenty-first and a fourth
near the lung nodule on the twenty-second. He was simulated on October twenty-eighth with a contrast CT in exhale and inhale
and a liver MRI for target delineation, fused in our planning system, LODESTAR MP (invented). Treatment was given on the
robotic-arm mounted linac with fiducial tracking and a respiratory motion model.

He was treated on November sixth, ninth and twelfth. The two liver lesions received forty-five gray in three fractions
each, and the right lower lobe nodule fifty-four gray in three fractions, all three targets treated at every session.
Prescription isodose lines were seventy-two to seventy-eight percent. Tracking uncertainty stayed under two millimeters
and the correlation model error under one point five millimeters.

Tolerated well; mild right upper quadrant discomfort after the second fraction, resolved. Liver panel in two weeks, CT chest
abdomen pelvis and liver MRI in three months.

A. Rahimi-Bello, MD
{FOOT}
""")])

# v64_16 -- bundle (3): prostate oligomets, node 30 Gy/5 and ilium 35 Gy/5; letter says 35 Gy to both ---------------
_c = "TIDEWATER RADIATION ONCOLOGY"
add(name="v64_16", kind="bundle", codes=["77373", "77435", "G0339"],
    facts=F("linac", ["body"], 2, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left external iliac node", "body", None, 30, 5), L("left iliac bone", "body", None, 35, 5)],
    categories=cats(),
    contradiction="The letter to the urologist says both sites received 35 Gy in 5 fractions, while the plan summary and treatment record give the left external iliac node 6 Gy per fraction and 30 Gy cumulative.",
    notes="Oligorecurrent prostate cancer: plan summary (node 6 Gy x 5, ilium 7 Gy x 5), a treatment record with "
          "per-site cumulative columns (3000 / 3500 cGy), and a letter saying 'both sites received 35 Gy in 5 "
          "fractions'. Gold follows the record. G0339 (robotic linac) claimed on a gantry linac: wrong.",
    docs=[
        Doc("1_plan_summary.pdf", [[
            H1("SBRT Plan Summary"),
            KeyValue([("Patient", f"{patient(16)}   MRN {mrn(16)}"), ("Unit", "6 MV FFF gantry linac"),
                      ("Simulation", "CT 2 mm with IV contrast 10/05/2026, supine vacuum cushion with knee fix; "
                                     "PSMA PET-CT 09/22/2026 registered for GTV"),
                      ("TPS", "MARSHLIGHT 2.4 (invented); 2 isocenters, VMAT"),
                      ("Rx", "PTV_LN_EIL 6 Gy x 5; PTV_Ilium_L 7 Gy x 5; 5 fractions every other day")]),
            RuledTable([("Structure", "Dose/fx (Gy)", "Fx", "Coverage", "Dmax (Gy)"),
                        ("PTV_LN_EIL", "6", "5", "V100% 96.0%", "36.8"),
                        ("PTV_Ilium_L", "7", "5", "V100% 95.4%", "43.1"),
                        ("Bowel_Small", "-", "-", "D0.03cc 27.2", "-"),
                        ("Rectum", "-", "-", "D0.03cc 18.9", "-")]),
            sig("Solveig Brandt-Ekwueme, MD 10/09/2026"),
            sig("Caspar Lindahl, MS (physics plan check) 10/09/2026"),
        ]], opts=dict(header=head(_c, "Planning", 16, "01/18/1953"))),
        Doc("2_treatment_record.pdf", [[
            H1("Treatment Record (cGy)"),
            RuledTable([("Fx", "Date", "LN_EIL", "LN_EIL cum", "Ilium_L", "Ilium_L cum", "IGRT"),
                        ("1", "10/12/2026", "600", "600", "700", "700", "CBCT"),
                        ("2", "10/14/2026", "600", "1200", "700", "1400", "CBCT"),
                        ("3", "10/16/2026", "600", "1800", "700", "2100", "CBCT"),
                        ("4", "10/19/2026", "600", "2400", "700", "2800", "CBCT"),
                        ("5", "10/21/2026", "600", "3000", "700", "3500", "CBCT")]),
            P("Course completed 10/21/2026, 5 of 5 fractions."),
        ]], opts=dict(header=head(_c, "Treatment Record", 16, "01/18/1953"))),
        Doc("3_letter_to_urology.txt", text=f"""
TIDEWATER RADIATION ONCOLOGY
November 2, 2026

Raymond Oyelowo-Park, MD
Tidewater Urology Group

Re: {patient(16)}, DOB 01/18/1953, MRN {mrn(16)}

Dear Ray,

Thank you for sending Mr. Sixtyfourpatient, who has oligorecurrent prostate cancer after prostatectomy, with a PSMA-avid left
external iliac node and a solitary left iliac bone lesion. He completed SBRT on October 21: both sites received 35 Gy in 5
fractions, with daily cone-beam CT, and he had no bowel or urinary complaints beyond mild frequency. I would continue his
ADT for six months as you planned and repeat a PSA in six weeks.

Best regards,
Solveig Brandt-Ekwueme, MD
{FOOT}
"""),
    ])

# v64_17 -- pdf: RCC kidney 14 Gy x 3 + T10 12 Gy x 2, planned/delivered fraction columns ---------------------------
_c = "FOX RIVER KIDNEY & CANCER INSTITUTE"
add(name="v64_17", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["body", "spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("right kidney primary", "body", None, 42, 3), L("T10 vertebral metastasis", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Printout with 'Rx per fx (Gy)', 'Fx planned' and 'Fx delivered' columns and no total: right kidney "
          "primary 14 x 3 = 42 Gy and T10 12 x 2 = 24 Gy, treated in three sessions (T10 on the first two). "
          "Body and spinal sites; 63620 fits the T10 lesion.",
    docs=[Doc("v64_17.pdf", [[
        H1("SBRT Course Report"),
        KeyValue([("Patient", f"{patient(17)}"), ("MRN", mrn(17)),
                  ("Diagnosis", "Clear cell RCC, right kidney (cT1b, not a surgical candidate) with a solitary T10 metastasis"),
                  ("Immobilization", "Vacuum cushion with abdominal compression paddle"),
                  ("Planning imaging", "4DCT 11/02/2026; MRI abdomen and thoracic spine 11/01/2026, fused"),
                  ("Machine / TPS", "6 MV FFF gantry linac / OSPREY-RT 5 (invented), VMAT, 2 isocenters"),
                  ("IGRT", "CBCT before each target, 6DoF couch")]),
        RuledTable([("Target", "Rx per fx (Gy)", "Fx planned", "Fx delivered", "Isodose", "Dates"),
                    ("PTV_Kidney_R", "14", "3", "3", "80%", "11/09, 11/11, 11/13/2026"),
                    ("PTV_T10", "12", "2", "2", "90%", "11/09, 11/11/2026")]),
        P("Three treatment sessions in total. OAR: duodenum D0.5cc 16.8 Gy; bowel Dmax 21.0 Gy; cord Dmax (T10) "
          "14.9 Gy; right renal hilum spared as far as possible."),
        P("Tolerated without nausea; creatinine unchanged at 1.3. Next: CT abdomen and MRI spine at 3 months."),
        sig("Margarethe Iwu-Sandoval, MD 11/13/2026"),
        sig("Phineas Clarke, MS, DABR 11/13/2026"),
    ]], opts=dict(header=head(_c, "Radiation Oncology", 17, "09/30/1944")))])

# v64_18 -- ehr_text export: bilateral lung, RUL 30 Gy x 1 then LLL 12 Gy x 4; cumulative per-target columns --------
add(name="v64_18", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("RUL peripheral", "body", None, 30, 1), L("LLL", "body", None, 48, 4)],
    categories=cats(),
    notes="Record-and-verify export of a bilateral lung SBRT course: RUL 30 Gy in a single fraction (session 1), "
          "LLL 12 Gy x 4 (sessions 2-5), per-target 'Dose' and 'Cum' columns, planned-total columns; five "
          "sessions. 4DCT and a planning PET; wing board and vacuum bag; CBCT.",
    docs=[Doc("v64_18.txt", text=f"""
=== TREATMENT HISTORY EXPORT ===  HEARTHSTONE R&V 7.1 (invented)   exported 11/24/2026 09:14
Patient ............ {patient(18)}
MRN ................ {mrn(18)}
DOB ................ 04/04/1946
Course ............. C1 LUNG SBRT BILAT
Attending .......... Lucinda Vorhees-Akande, MD
Machine ............ LINAC-3 (6 MV FFF gantry linac)
Setup .............. wing board + vacuum bag, arms up
Sim ................ 4DCT 10/28/2026; PET-CT 10/28/2026 (planning, registered)
Plans .............. RUL_SBRT_1fx (Rx 30 Gy x 1 to 80% IDL, 2 arcs); LLL_SBRT_4fx (Rx 12 Gy x 4 to 80% IDL, 2 arcs)
TPS ................ CINDERPLAN 4 (invented)

SITE            PLANNED TOTAL  FX PLANNED
RUL_SBRT        30.00 Gy       1
LLL_SBRT        48.00 Gy       4

SESSION DATE        SITE        DOSE(Gy)  CUM(Gy)  FX#  IMAGING              STATUS
1       11/10/2026  RUL_SBRT    30.00     30.00    1/1  CBCT 4D, match ok    TREATED
2       11/13/2026  LLL_SBRT    12.00     12.00    1/4  CBCT 4D, match ok    TREATED
3       11/17/2026  LLL_SBRT    12.00     24.00    2/4  CBCT 4D, match ok    TREATED
4       11/19/2026  LLL_SBRT    12.00     36.00    3/4  CBCT 4D, match ok    TREATED
5       11/23/2026  LLL_SBRT    12.00     48.00    4/4  CBCT 4D, match ok    TREATED

COURSE STATUS ...... COMPLETED 11/23/2026 (5 sessions)
Approvals .......... L. Vorhees-Akande MD 11/23/2026; physics chart check R. Dunmore MS 11/23/2026
{FOOT}
""")])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# v64_19 -- ehr_text: consult recommending SRS to four lesions with proposed doses; nothing delivered --------------
add(name="v64_19", kind="ehr_text", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: radiation oncology consult recommending linac SRS to four metastases with proposed doses "
          "('lesions 1-3 will receive 20 Gy, lesion 4 18 Gy') and a simulation still to be scheduled; the MRI is "
          "diagnostic. Nothing simulated, planned or delivered: facts empty, categories unmet, codes inconsistent.",
    docs=[Doc("v64_19.txt", text=f"""
BRIGHTWATER CANCER CENTER - RADIATION ONCOLOGY CONSULTATION
Date of service: 11/30/2026
Patient: {patient(19)}    MRN: {mrn(19)}    DOB: 02/14/1972
Referring: Dr. Anton Szabo-Reyes (Medical Oncology)

HPI: 54-year-old man with BRAF-mutant melanoma on dabrafenib/trametinib; restaging MRI brain 11/24/2026 (diagnostic, outside
facility) shows four new enhancing lesions: right frontal 9 mm, left parietal 12 mm, right occipital 6 mm, left cerebellar
17 mm. Mild headaches, no focal deficits. KPS 90.

ASSESSMENT AND PLAN:
I recommend stereotactic radiosurgery to all four lesions in a single fraction on our linac with a frameless mask. Proposed
doses: lesions 1-3 will receive 20 Gy, lesion 4 (left cerebellar, 17 mm) 18 Gy. We will obtain a thin-slice planning MRI and
CT simulation once insurance authorization is received; nothing has been scheduled yet. Risks discussed (radionecrosis,
seizure, hair loss at the surface of the scalp unlikely). He wishes to proceed.

Start dexamethasone 2 mg daily. Hold BRAF/MEK inhibitors 3 days before and after SRS per our protocol.

Consent: signed today for SRS.
Eleanor Whitfield-Amadi, MD
{FOOT}
""")])

# v64_20 -- pdf: follow-up letter with a table of the 2025 SRS course's per-lesion doses; no new treatment ---------
_c = "STONEBRIDGE GAMMA RADIOSURGERY"
add(name="v64_20", kind="pdf", codes=["77371", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: one-year follow-up letter that tabulates the 2025 cobalt-60 SRS course (three lesions, "
          "24/20/18 Gy at 50%) and reports a responding MRI; a possible new 2 mm focus is to be watched. No "
          "treatment in this document set: facts empty, categories unmet.",
    docs=[Doc("v64_20.pdf", [[
        P("STONEBRIDGE GAMMA RADIOSURGERY - Neurosurgery and Radiation Oncology"),
        P("December 1, 2026"),
        P("Harriet Lundgren-Obi, MD, Internal Medicine"),
        P(f"Re: {patient(20)}   DOB 07/29/1964   MRN {mrn(20)}"),
        P("Dear Dr. Lundgren-Obi,"),
        P("Ms. Sixtyfourpatient returned today, one year after her radiosurgery. For reference, the course given on "
          "11/18/2025 was:"),
        RuledTable([("Lesion", "Location", "Margin dose (Gy)", "Isodose", "Fractions"),
                    ("1", "L frontal", "24", "50%", "1"),
                    ("2", "R parietal", "20", "50%", "1"),
                    ("3", "L cerebellar", "18", "50%", "1")]),
        P("Her MRI of 11/27/2026 shows lesion 1 reduced to a 3 mm scar, lesions 2 and 3 no longer visible, and a "
          "possible 2 mm focus in the right occipital lobe that is too small to characterize. No treatment is "
          "recommended now; we will repeat the MRI in three months and decide then. She remains on osimertinib."),
        P("Thank you for involving us in her care."),
        sig("Ambrose Kittredge-Nwachukwu, MD 12/01/2026"),
    ]], opts=dict(header=["Stonebridge Gamma Radiosurgery"]))])


CORPUS = Corpus("blind_corpus64", "tests/blind_corpus64", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
