"""Fifty-seventh blind corpus, ``tests/blind_corpus57/`` (regenerate: ``python scripts/make_corpus.py blind_corpus57``).

HELD OUT: written blind and never tuned to. It is scored once per session with that session's final tool;
nobody working on the reader opens its charts, its gold files or this module.

Twenty courses as a fair sample of one coding office's ordinary in-tray from twenty invented clinics, each in
its own house style (terse, verbose, templated, tabular, academic, community practice): plan reports,
treatment records, per-session logs, CSV and pipe exports, physics second checks, key: value printouts,
consults, procedure notes, completion summaries, letters and nursing / on-treatment notes; bundles of one to
five files, two scans, one two-column page, three self-contradicting charts and three hard negatives. Every
clinic, clinician and planning or record system is invented.

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (dictation, exports and letters are deliberately one long line per paragraph or record)

from __future__ import annotations

from pdfmaker import BulletList, ColumnBreak, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ADELAIDE", "BARNABY", "CORDELIA", "DESMOND", "EULALIA", "FLETCHER", "GWENDOLYN", "HORACE", "IMOGEN",
         "JASPER", "KATHLEEN", "LEOPOLD", "MARGUERITE", "NATHANIEL", "OCTAVIA", "PERCIVAL", "QUINCY", "ROSALIND",
         "SYBIL", "THADDEUS"]


def patient(n: int) -> str:
    return f"FIFTYSEVENPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-570{n:02d}"


def banner(clinic: str, what: str, n: int, dob: str) -> list[str]:
    return [f"{clinic} -- {what}", f"{patient(n)}    MRN {mrn(n)}    DOB {dob}"]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# m57_01 -- bundle (4 files): community consult, frame application note, cobalt-60 summary, nursing discharge -----
_c = "HARROW CREEK NEUROSCIENCE INSTITUTE"
add(name="m57_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 2, 1, ["MRI"], ["frame"]),
    lesions=[L("left frontal metastasis", "cranial", S, 20, 1), L("right cerebellar metastasis", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Community neuroscience practice, four files: dictated radiation oncology consult (two breast-cancer "
          "metastases, 1.3 and 1.9 cm, recommends single-session cobalt-60 radiosurgery under a frame), the "
          "neurosurgeon's frame application note (four pins, local anesthetic, numbers in words), the cobalt-60 "
          "treatment summary printout (MRI-only stereotactic imaging with the fiducial box, 20 Gy and 18 Gy to the "
          "50% isodose, shots, frame coordinate check) and a nursing discharge note (frame off, pin care).",
    docs=[
        Doc("1_consult.txt", text=f"""
HARROW CREEK NEUROSCIENCE INSTITUTE
Radiation Oncology - New Patient Consultation

PATIENT: {patient(1)}        MRN: {mrn(1)}        DOB: 07/22/1967
DATE OF SERVICE: 03/10/2026
REFERRING: Holly Strand-Baptiste, MD (medical oncology)
ATTENDING: Marisol Vantongeren, MD

REASON FOR CONSULTATION: Two new brain metastases.

HISTORY OF PRESENT ILLNESS: Ms. Fiftysevenpatient is a pleasant 58-year-old right-handed woman with ER-positive, HER2-negative
breast cancer diagnosed in 2022, treated with lumpectomy, adjuvant radiation and anastrozole, with bone-only recurrence in 2024
on a CDK4/6 inhibitor. She developed word-finding pauses and unsteadiness over about three weeks. MRI of the brain with and without
contrast done at Harrow Creek Imaging on 03/03/2026 shows two enhancing lesions, a 1.3 cm left frontal lesion abutting the
precentral sulcus and a 1.9 cm right cerebellar hemispheric lesion with mild vasogenic edema and no effacement of the fourth
ventricle. No hemorrhage. She was started on dexamethasone 4 mg twice a day by Dr. Strand-Baptiste with some improvement.

PAST MEDICAL HISTORY: Hypertension, hypothyroidism, osteopenia. No prior brain irradiation.
MEDICATIONS: Dexamethasone, pantoprazole, levothyroxine, amlodipine, ribociclib (on hold), letrozole.
SOCIAL: Retired schoolteacher, lives with her husband, never smoker.
EXAM: Alert, fluent with occasional pauses, mild dysmetria on right finger-to-nose, gait slightly wide based. KPS 80.

ASSESSMENT AND PLAN: Two brain metastases from breast cancer, both well under 3 cm and away from the brainstem and optic
apparatus, in a patient with controlled extracranial disease and a good performance status. I discussed radiosurgery, whole-brain
radiation and observation with her and her husband. We recommend single-session stereotactic radiosurgery on our cobalt-60
multi-source radiosurgery unit with a stereotactic head frame, done jointly with Dr. Brandvold of neurosurgery. Expected doses are
about 18 to 20 Gy to each lesion margin. We reviewed the risks including headache, seizure, swelling, and a small risk of
radiation necrosis. She wishes to proceed. Tentatively scheduled for 03/17/2026. Continue dexamethasone until then.

Marisol Vantongeren, MD - Radiation Oncology
Dictated 03/10/2026 / transcribed 03/11/2026
{FOOT}
"""),
        Doc("2_frame_application_note.txt", text=f"""
HARROW CREEK NEUROSCIENCE INSTITUTE - NEUROSURGERY PROCEDURE NOTE

Patient: {patient(1)}   MRN: {mrn(1)}   Date: 03/17/2026

Procedure: Application of stereotactic head frame for radiosurgery.
Surgeon: Keith Brandvold, MD
Anesthesia: Local, with oral lorazepam one milligram for anxiolysis.

Description: After informed consent and a time-out, the patient was seated. The frame was positioned with ear bars for symmetry
and shifted slightly posteriorly to include the right cerebellar lesion. The four pin sites were prepped with chlorhexidine and
infiltrated with a total of twelve milliliters of a one-to-one mix of one percent lidocaine and one half percent bupivacaine.
Four pins were advanced and tightened to finger tightness with the torque driver. Frame position was checked and felt to be
satisfactory. She tolerated it well, with pain two out of ten. She was then taken for stereotactic MRI with the fiducial
indicator box attached.

Estimated blood loss: minimal. Complications: none.

Keith Brandvold, MD, Neurosurgery   03/17/2026 07:52
{FOOT}
"""),
        Doc("3_treatment_summary.pdf", [[
            H1("Radiosurgery Treatment Summary"),
            KeyValue([("Patient", patient(1)), ("MRN", mrn(1)), ("Treatment date", "03/17/2026"),
                      ("Treatment unit", "Cobalt-60 multi-source radiosurgery unit (192 sources), collimators 4 / 8 / 16 mm"),
                      ("Fixation", "Stereotactic head frame (applied 07:30, Dr. Brandvold)"),
                      ("Stereotactic imaging", "MRI with fiducial box: 3D T1 post-gadolinium 1.0 mm, axial T2 FLAIR (08:05)"),
                      ("Planning system", "NORTHSTAR-GP 11 (invented)"),
                      ("Number of targets", "2"), ("Fractions", "1 (single session)")]),
            RuledTable([("Target", "Max dia.", "Volume", "Margin dose", "Isodose", "Max dose", "Shots", "Coverage"),
                        ("1  L frontal", "1.3 cm", "0.94 cc", "20.0 Gy", "50%", "40.0 Gy", "5", "98%"),
                        ("2  R cerebellar", "1.9 cm", "2.63 cc", "18.0 Gy", "50%", "36.0 Gy", "10", "97%")]),
            H2("Critical structures"),
            TextTable([("Structure", "Max dose", "Limit"), ("Brainstem", "7.6 Gy", "12 Gy"),
                       ("Optic chiasm", "1.2 Gy", "8 Gy"), ("Brain V12Gy", "4.4 cc", "10 cc")], columns=(0, 150, 260)),
            P("Frame coordinate and clearance check completed by physics before treatment (deviation 0.2 mm). Beam-on time 61.3 min. "
              "Both targets treated in full; no interruption."),
            sig("Marisol Vantongeren, MD (Radiation Oncology) 03/17/2026"),
            sig("Keith Brandvold, MD (Neurosurgery) 03/17/2026"),
            sig("Priya Castellanos-Hart, PhD, DABR (Medical Physics) 03/17/2026"),
        ]], opts=dict(header=banner(_c, "Radiosurgery", 1, "07/22/1967"))),
        Doc("4_nursing_discharge_note.txt", text=f"""
HCNI RADIOSURGERY SUITE - NURSING NOTE   03/17/2026 13:45
{patient(1)}   {mrn(1)}

Radiosurgery completed 12:58. Frame removed by Dr. Brandvold at 13:10, four pin sites cleansed with saline, bacitracin and
gauze applied, small ooze at left posterior site resolved with pressure. Denies nausea. Headache 3/10, acetaminophen 650 mg PO
given. VS stable: BP 134/78, HR 76, SpO2 98% RA. Ambulated with steady gait.
Teaching: pin site care, may shower tomorrow, call for fever, worsening headache, new weakness or seizure. Dexamethasone taper
per Dr. Vantongeren (written schedule given). Discharged 13:40 with husband, wheelchair to car.
- T. Larkspur-Mbeki, RN
{FOOT}
"""),
    ])

# m57_02 -- pdf: tabular linac plan report with physics check and delivery line, 3 metastases in cGy ---------------
_c = "BELLWETHER VALLEY CANCER CENTER"
add(name="m57_02", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("PTV_L_Occipital", "cranial", S, 20, 1), L("PTV_R_Frontal", "cranial", S, 20, 1),
             L("PTV_L_Cerebellum", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Planning-system plan report printout (invented system), tabular: single-isocenter multi-target VMAT on a "
          "6 MV FFF gantry linac, three metastases 2000 / 2000 / 1800 cGy in one fraction to the 80% isodose, "
          "conformity and gradient columns, normal-tissue doses in cGy, independent MU check and portal-dosimetry "
          "QA, a one-line delivery record with CBCT. Open-face mask with surface monitoring; CT + MRI.",
    docs=[Doc("m57_02.pdf", [[
        H1("PLAN REPORT"),
        P("Printed from CORVIDPLAN 5.2 (invented) on 04/14/2026 06:41 by jrasmussen"),
        KeyValue([("Patient", patient(2)), ("Patient ID", mrn(2)), ("Plan", "SRS_Brain_3mets  (approved 04/10/2026)"),
                  ("Machine", "LINAC-3: 6 MV FFF gantry linac, 2.5 mm leaf MLC, 6DoF couch"),
                  ("Technique", "Single isocenter, 4 non-coplanar VMAT arcs (couch 0, 45, 315, 90)"),
                  ("Immobilization", "Open-face frameless SRS mask, surface monitoring"),
                  ("Primary image set", "CT simulation 1.0 mm, 04/08/2026"),
                  ("Registered image set", "MRI T1 3D post-contrast 1.0 mm, 04/07/2026 (rigid, reviewed MD)"),
                  ("Calculation", "Monte Carlo, 1 mm grid, dose to medium")], value_x=130),
        H2("Prescription"),
        RuledTable([("Target", "Max dim (mm)", "Vol (cc)", "Rx (cGy)", "Fx", "Rx IDL", "V100%", "CI", "GI", "Dmax (cGy)"),
                    ("PTV_L_Occipital", "9", "0.74", "2000", "1", "80%", "99.1%", "1.12", "3.4", "2492"),
                    ("PTV_R_Frontal", "14", "1.88", "2000", "1", "80%", "98.6%", "1.09", "3.1", "2488"),
                    ("PTV_L_Cerebellum", "19", "3.05", "1800", "1", "80%", "98.9%", "1.15", "2.9", "2251")]),
        H2("Normal tissue"),
        RuledTable([("Structure", "Metric", "Plan (cGy / cc)", "Objective"),
                    ("Brain - GTVs", "V12Gy", "6.4 cc", "< 10 cc"), ("Brainstem", "Dmax", "812 cGy", "< 1500 cGy"),
                    ("Optic chiasm", "Dmax", "213 cGy", "< 800 cGy"), ("Cochlea L", "Dmean", "146 cGy", "< 400 cGy")]),
        H2("Physics"),
        P("Independent MU check (MUCHECK-X, invented): arc 1 -1.4%, arc 2 +0.8%, arc 3 -0.6%, arc 4 +1.1%; PASS. Patient-specific QA "
          "04/11/2026: portal dosimetry, gamma 2%/1 mm 98.9% PASS. Plan and QA reviewed by J. Rasmussen, MS, DABR."),
        H2("Delivery"),
        TextTable([("Date", "Fx", "Image guidance", "Correction", "Arcs", "Delivered"),
                   ("04/14/2026", "1 of 1", "CBCT + surface", "0.6 mm / 0.3 deg", "4 of 4", "all 3 targets")],
                  columns=(0, 70, 110, 210, 310, 360)),
        sig("Anand Ferreira-Lowe, MD 04/14/2026 (plan approval 04/10/2026)"),
        sig("Jens Rasmussen, MS, DABR 04/14/2026"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 2, "11/05/1950")))])

# m57_03 -- ehr_text: dictated neurosurgical procedure note, robotic-arm linac SRS for trigeminal neuralgia ----------
add(name="m57_03", kind="ehr_text", codes=["G0339", "77432", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right trigeminal nerve (functional target)", "cranial", C, 60, 1)],
    categories=cats(),
    notes="Dictated neurosurgical procedure note (PREOPERATIVE DIAGNOSIS / PROCEDURE / DESCRIPTION): single-session "
          "radiosurgery of the right trigeminal nerve for refractory trigeminal neuralgia on a robotic-arm mounted "
          "linac, 60 Gy prescribed to the 80% isodose (maximum 75 Gy), numbers in words, mask, thin-slice CT and a "
          "3D steady-state MRI fused, skull tracking, physics secondary check. Functional target: complex.",
    docs=[Doc("m57_03.txt", text=f"""
ST. ANSELM REGIONAL MEDICAL CENTER
DEPARTMENT OF NEUROSURGERY - PROCEDURE NOTE

PATIENT NAME: {patient(3)}
MEDICAL RECORD NUMBER: {mrn(3)}
DATE OF BIRTH: 01/14/1949
DATE OF PROCEDURE: 05/19/2026

SURGEON: Roland Akintola-Pryce, MD
CO-SURGEON: Janelle Sorensen-Okoye, MD, Radiation Oncology
MEDICAL PHYSICIST: Tomasz Brezinski, MS, DABR

PREOPERATIVE DIAGNOSIS: Right trigeminal neuralgia, V2 and V3 distribution, classic type, refractory to medical therapy.
POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Stereotactic radiosurgery of the right trigeminal nerve, single session, on the robotic-arm mounted
6 MV linear accelerator.

ANESTHESIA: None.

INDICATIONS: This is a 77-year-old woman with eight years of lancinating right cheek and jaw pain triggered by chewing and
cold wind. She failed carbamazepine because of hyponatremia and ataxia, then oxcarbazepine, and is now on gabapentin nine
hundred milligrams three times a day with only partial relief. She is not a candidate for microvascular decompression given
her cardiac history and prefers a noninvasive option. Risks including facial numbness were discussed at length and she
consented.

DESCRIPTION OF PROCEDURE: On May twelfth she was fitted with a custom thermoplastic face mask and underwent a thin-slice CT
of the head at one millimeter with contrast and an MRI with a three-dimensional steady-state sequence at point six millimeter
slices. These were fused and the fusion was checked at the skull base and cisterns. The cisternal segment of the right
trigeminal nerve was contoured as the target, a six millimeter length starting approximately three millimeters anterior to the
root entry zone, with the brainstem contoured as an avoidance structure. The plan, generated on the VESPERPLAN system
(invented), uses the five millimeter fixed collimator with one hundred forty-one non-isocentric beams. The prescription is
sixty Gy to the eighty percent isodose line, for a maximum dose of seventy-five Gy. The brainstem surface receives no more than
eleven point two Gy to point one cc. The plan was reviewed by Mr. Brezinski and a secondary monitor unit calculation agreed
within two percent.

Today she was placed supine on the treatment couch in her mask. Six-dimensional skull tracking with paired orthogonal kV
images was used throughout the treatment, with images about every forty-five seconds; translational corrections stayed under
half a millimeter and rotations under half a degree. Total treatment time was fifty-four minutes. The entire planned dose was
delivered in a single session without interruption.

She tolerated the procedure well and was discharged home with her daughter. She will stay on gabapentin for now and taper
only once the pain has improved, which may take several weeks. Follow-up in clinic in six weeks.

ESTIMATED BLOOD LOSS: None.
COMPLICATIONS: None.

Roland Akintola-Pryce, MD
Electronically signed 05/19/2026 15:12
Janelle Sorensen-Okoye, MD
Electronically signed 05/19/2026 16:03

D: 05/19/2026 14:20  T: 05/19/2026 14:58  Job 880417
{FOOT}
""")])

# m57_04 -- pdf, one two-column page: academic conference summary, pituitary residual FSRT 25 Gy/5 ----------------
_c = "RIDGELINE UNIVERSITY MEDICAL CENTER - DEPARTMENT OF RADIATION ONCOLOGY"
add(name="m57_04", kind="pdf", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("residual pituitary macroadenoma (right cavernous sinus)", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Academic radiosurgery conference summary and treatment record on one two-column page (history, imaging "
          "and technique | dosimetry, a five-row fraction table and resident/attending signatures): residual "
          "nonfunctioning pituitary macroadenoma in the right cavernous sinus, 2 mm from the optic chiasm, "
          "fractionated SRS 25 Gy in 5 fractions (500 cGy/fx) on a gantry linac, mask, CT + pituitary-protocol MRI, "
          "daily CBCT. Complex by tumour type and location.",
    docs=[Doc("m57_04.pdf", [[
        H1("Radiosurgery Conference - Case Summary and Treatment Record"),
        H2("History"),
        P(f"{patient(4)} ({mrn(4)}), 54-year-old man. Nonfunctioning pituitary macroadenoma, endoscopic transsphenoidal resection "
          "08/2025 (Dr. Halvorsen-Adeyemi). Residual tumor in the right cavernous sinus, 1.8 x 1.2 cm, enlarging by 3 mm on the "
          "06/2026 MRI. Visual fields full. Endocrine: on levothyroxine and hydrocortisone replacement."),
        P("Conference 07/08/2026 (neurosurgery, neuro-ophthalmology, radiation oncology): because the residual lies 2 mm from the "
          "optic chiasm, fractionated stereotactic radiosurgery in 5 fractions was preferred over a single session."),
        H2("Imaging and setup"),
        P("Thermoplastic SRS mask (3-point, open face). CT simulation 1 mm with contrast 07/14/2026; MRI pituitary protocol "
          "(coronal and sagittal T1 post-contrast 2 mm, 3D T1 1 mm) 07/13/2026, rigid fusion checked by neuroradiology."),
        H2("Technique"),
        P("6 MV FFF gantry linac, 3 VMAT arcs (two couch angles). GTV = residual enhancing tumor; PTV = GTV + 1 mm. "
          "Planning system LANTERN TPS 4 (invented). Prescription 2500 cGy in 5 fractions of 500 cGy to the 85% isodose line, "
          "PTV V100% 96.2%."),
        ColumnBreak(),
        H2("Dosimetry"),
        RuledTable([("Structure", "Metric", "Value"), ("PTV", "D95%", "2512 cGy"), ("PTV", "Dmax", "2941 cGy"),
                    ("Optic chiasm", "Dmax", "2418 cGy"), ("R optic nerve", "Dmax", "1930 cGy"),
                    ("Brainstem", "D0.03cc", "1604 cGy"), ("R ICA", "Dmax", "2770 cGy")]),
        P("Chiasm limit 25 Gy in 5 fractions met. Patient-specific QA: ion-chamber array, gamma 3%/1 mm 99.2%."),
        H2("Treatment record"),
        RuledTable(widths=(20, 66, 52, 50, 50), rows=[("Fx", "Date", "CBCT shift (mm)", "Dose (cGy)", "Cum (cGy)"),
                    ("1", "07/27/2026", "0.8", "500", "500"), ("2", "07/28/2026", "0.5", "500", "1000"),
                    ("3", "07/29/2026", "0.6", "500", "1500"), ("4", "07/30/2026", "0.4", "500", "2000"),
                    ("5", "07/31/2026", "0.7", "500", "2500")]),
        P("Completed as planned, 2500 cGy in 5 fractions. Mild fatigue only. MRI and visual fields in 6 months."),
        sig("Elliot Marchetti-Wong, MD, PGY-4 07/31/2026"),
        sig("Beatrix Oyelaran, MD, Attending 07/31/2026"),
    ]], opts=dict(header=banner(_c, "Radiosurgery Program", 4, "02/19/1972"), two_columns=True))])

# m57_05 -- scan: cobalt-60 frame radiosurgery form for an AVM; 61799 claimed with one lesion --------------------
_c = "PINECREST RADIOSURGERY CENTER"
add(name="m57_05", kind="scan", codes=["77371", "77432", "61798", "61799", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["MRI", "angiography"], ["frame"]),
    lesions=[L("right parietal arteriovenous malformation", "cranial", C, 20, 1)],
    categories=cats(),
    notes="Scanned (150 dpi, slightly skewed, speckled) radiosurgery treatment form from a cobalt-60 centre: one right "
          "parietal AVM (Spetzler-Martin II, complex by type) treated in a single session under a head frame, "
          "20 Gy to the 50% isodose, stereotactic MRI + biplane angiography, frame coordinate check. The claimed "
          "61799 (additional complex lesion) is wrong: one lesion.",
    docs=[Doc("m57_05.pdf", [[
        H1("RADIOSURGERY TREATMENT FORM"),
        KeyValue([("Patient", patient(5)), ("MRN", mrn(5)), ("DOB", "10/03/1988"), ("Date", "08/25/2026"),
                  ("Diagnosis", "Unruptured arteriovenous malformation, right parietal (Spetzler-Martin grade II), presented with seizures"),
                  ("Unit", "Cobalt-60 multi-source radiosurgery unit (201 sources)"),
                  ("Frame", "Stereotactic head frame, 4 pins, local anesthesia - applied 06:55"),
                  ("Imaging", "Stereotactic MRI (T1 + contrast, TOF) and stereotactic biplane angiography (DSA), 08/25/2026"),
                  ("Nidus", "2.3 x 1.9 x 1.7 cm, volume 3.9 cc")], value_x=110),
        RuledTable([("Target", "Margin dose", "Isodose", "Max dose", "Shots", "Collimators", "Coverage"),
                    ("AVM nidus", "20 Gy", "50%", "40 Gy", "12", "8 / 14 mm", "96%")]),
        KeyValue([("Planning", "ALDERGATE-GP 3 (invented); nidus outlined on angiogram and MRI"),
                  ("Coordinate check", "Done - OK (0.3 mm)"), ("Treatment time", "44 min"),
                  ("Delivered", "Yes - complete, single session"), ("Frame off", "10:40, pin sites clean")], value_x=110),
        P("Comments: tolerated well. Levetiracetam unchanged. MRI at 6 months, angiogram at 3 years."),
        sig("C. Delacroix-Ibe, MD (Neurosurgery) 08/25/2026"),
        sig("R. Mwangi-Holt, MD (Radiation Oncology) 08/25/2026"),
        sig("F. Oduya, PhD (Physics) 08/25/2026"),
    ]], opts=dict(header=banner(_c, "Treatment form", 5, "10/03/1988"), scan=True, scan_dpi=150,
                  scan_skew=0.7, scan_noise=5.0))])

# m57_06 -- ehr_text: CSV course export, single-fraction linac SRS of 4 metastases claimed as 77373/77435 -----------
add(name="m57_06", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["cranial"], 4, 1, ["CT", "MRI"], []),
    lesions=[L("L frontal", "cranial", S, 22, 1), L("R parietal", "cranial", S, 20, 1),
             L("R temporal", "cranial", S, 20, 1), L("L cerebellar", "cranial", S, 18, 1)],
    categories=cats(positioning=False),
    notes="CSV course export from an invented record system: commented header lines (machine, technique, simulation "
          "CT and MRI registration, planning system, physics check) and one row per target with rx_cgy, isodose, "
          "fractions planned and delivered, delivered dose, IGRT and status. Four simple metastases in one fraction "
          "on a gantry linac, 2200/2000/2000/1800 cGy. No immobilization is recorded anywhere (positioning unmet). "
          "Claimed 77373/77435 are wrong for a single-session cranial course (77372/77432).",
    docs=[Doc("m57_06.txt", text=f"""
# TALLYRT OIS (invented) - course export - generated 2026-06-11T16:02:44 - Tidewater Oncology Associates
# patient_name="{patient(6)}"; mrn={mrn(6)}; dob=1955-09-30; sex=M
# course_id=SRS-BRAIN-01; diagnosis="C79.31 secondary malignant neoplasm of brain; primary NSCLC adenocarcinoma"
# physician="Okonkwo-Reyes, Dana MD"; physicist="Lindahl, Erik MS DABR"
# machine="LINAC2 - 6 MV FFF gantry linac, HD MLC"; technique="single-isocenter dynamic conformal arcs x5"
# sim_ct=2026-05-29 (1 mm); mri_registration=2026-05-28 T1 post-gad 3D, rigid, approved MD
# tps="HARBORPLAN 3 (invented)"; plan_approved=2026-06-03; physics_2nd_check=2026-06-04 PASS (MU -1.2%)
target_id,site_desc,max_dim_mm,rx_cgy,rx_isodose_pct,fx_planned,fx_delivered,dose_delivered_cgy,date_delivered,igrt,status
GTV1,L frontal,11,2200,80,1,1,2200,2026-06-09,CBCT+6DOF,COMPLETE
GTV2,R parietal,16,2000,80,1,1,2000,2026-06-09,CBCT+6DOF,COMPLETE
GTV3,R temporal,13,2000,80,1,1,2000,2026-06-09,CBCT+6DOF,COMPLETE
GTV4,L cerebellar,24,1800,80,1,1,1800,2026-06-09,CBCT+6DOF,COMPLETE
# rows=4; course_status=COMPLETED 2026-06-09; signed_off="Okonkwo-Reyes, Dana MD" 2026-06-10 08:14
""")])

# m57_07 -- bundle (2 files): dictated completion summary (24 Gy) vs per-session log (27 Gy), cavity FSRS -------------
_c = "MARROWSTONE CANCER INSTITUTE"
add(name="m57_07", kind="bundle", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left parietal resection cavity", "cranial", S, 27, 3)],
    categories=cats(),
    contradiction="The dictated completion summary says the cavity received twenty-four Gy in three fractions, while the prescription and per-session log give 900 cGy x 3 = 2700 cGy.",
    notes="Post-operative cavity radiosurgery in three fractions: a dictated completion summary (numbers in words, "
          "says twenty-four Gy in three fractions) and the per-session treatment log printout (Rx 2700 cGy in 3 fx "
          "to the 80% IDL, two VMAT arcs, stereoscopic kV + CBCT each session, 900 cGy rows and a cumulative "
          "column reaching 2700 cGy). Gold follows the log: 27 Gy. 2.9 cm cavity, simple.",
    docs=[
        Doc("1_completion_summary.txt", text=f"""
MARROWSTONE CANCER INSTITUTE - RADIATION ONCOLOGY
TREATMENT COMPLETION SUMMARY

Patient: {patient(7)}     MRN: {mrn(7)}     DOB: 12/30/1961
Attending: Gregory Tamaki-Blythe, MD
Referring: Sunniva Adebayo-Price, MD (Neurosurgery)
Dates of treatment: 09/14/2026 through 09/18/2026

Diagnosis: Metastatic melanoma to the brain, status post gross total resection of a left parietal metastasis on 08/20/2026.

Treatment: Ms. Fiftysevenpatient completed fractionated stereotactic radiosurgery to the left parietal resection cavity. She
was simulated on 09/03/2026 in a thermoplastic frameless mask with a one millimeter CT, fused to her postoperative MRI with
contrast from 09/01/2026. The cavity measured two point nine centimeters; the target was the cavity plus a one millimeter margin
and the surgical tract along the dura. She received twenty-four Gy in three fractions on the linear accelerator with image
guidance before each treatment.

Tolerance: Mild fatigue and a transient headache after the second treatment that settled with acetaminophen. No seizures. She
remained on her levetiracetam.

Follow-up: MRI brain in eight weeks. She continues nivolumab with Dr. Ferreira. Whole-brain radiation is reserved for salvage.

Gregory Tamaki-Blythe, MD
Dictated 09/18/2026; signed 09/21/2026
{FOOT}
"""),
        Doc("2_treatment_log.pdf", [[
            H1("Treatment Session Log"),
            KeyValue([("Patient", f"{patient(7)}   {mrn(7)}"), ("Plan", "LtParCav_FSRS  v1  (approved 09/10/2026)"),
                      ("Prescription", "2700 cGy in 3 fractions, 900 cGy/fx, to the 80% isodose line covering the PTV"),
                      ("Technique", "2 VMAT arcs + 1 non-coplanar arc, 6 MV FFF, GRANTHAM TPS 7 (invented)"),
                      ("Setup", "Frameless thermoplastic mask, head rest B"),
                      ("IGRT", "CBCT then stereoscopic kV pair, 6DoF correction; kV pair repeated between arcs")]),
            RuledTable([("Session", "Date", "Dose (cGy)", "Cumulative (cGy)", "kV/CBCT shift", "Therapists", "Note"),
                        ("1", "09/14/2026", "900", "900", "1.1 mm / 0.4 deg", "AK / DL", "-"),
                        ("2", "09/16/2026", "900", "1800", "0.7 mm / 0.2 deg", "AK / MS", "headache after tx"),
                        ("3", "09/18/2026", "900", "2700", "0.9 mm / 0.5 deg", "DL / MS", "course complete")]),
            P("Physics weekly chart check 09/16/2026: OK (H. Varga, MS). Plan second check 09/11/2026: MU within 1.6%."),
            sig("Gregory Tamaki-Blythe, MD 09/18/2026"),
        ]], opts=dict(header=banner(_c, "Linac 4", 7, "12/30/1961"))),
    ])

# m57_08 -- pdf: templated completion summary, robotic linac 3 fx, pontine (complex) + frontal (simple) -----------
_c = "COPPER BASIN RADIOSURGERY & CANCER CENTER"
add(name="m57_08", kind="pdf", codes=["G0339", "G0340", "77435", "61798", "61797"],
    facts=F("robotic_linac", ["cranial"], 2, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("pontine metastasis", "cranial", C, 21, 3), L("right frontal metastasis", "cranial", S, 27, 3)],
    categories=cats(),
    notes="Templated end-of-treatment summary (fill-in fields: sites treated, dose/fx, total dose, elapsed days, "
          "technique, image guidance) from a robotic-arm linac: a 0.9 cm pontine metastasis 21 Gy in 3 fx (complex, "
          "within the brainstem) and a 2.2 cm right frontal metastasis 27 Gy in 3 fx (simple), mask, CT + MRI, "
          "6D skull tracking. G0339 + G0340 + 77435 and 61798 + 61797 all fit.",
    docs=[Doc("m57_08.pdf", [[
        H1("RADIATION THERAPY TREATMENT SUMMARY"),
        KeyValue([("Patient name", patient(8)), ("Medical record #", mrn(8)), ("Date of birth", "04/17/1958"),
                  ("Physician", "Lucinda Farrow-Nakamura, MD"), ("Referring physician", "Samuel Oyelowo, MD (Med Onc)"),
                  ("Diagnosis", "Metastatic renal cell carcinoma to brain (C79.31), 2 lesions"),
                  ("Treatment intent", "Palliative / ablative"), ("Course start date", "10/05/2026"),
                  ("Course end date", "10/09/2026"), ("Elapsed days", "5"),
                  ("Treatment unit", "Robotic-arm mounted 6 MV linac"),
                  ("Technique", "Stereotactic radiosurgery, 3 fractions, non-isocentric, variable-aperture collimator"),
                  ("Immobilization", "Thermoplastic mask"),
                  ("Simulation / planning imaging", "CT head 1 mm with contrast 09/28/2026; MRI brain T1 post-gad 1 mm 09/27/2026, fused"),
                  ("Planning system", "MERIDIAN-RS 2 (invented); physics 2nd check completed 10/02/2026"),
                  ("Image guidance", "6D skull tracking, orthogonal kV images throughout each fraction")], value_x=170),
        H2("Sites treated"),
        RuledTable([("Site", "Size", "Dose/fx (cGy)", "Fx", "Total (cGy)", "Isodose", "Dates"),
                    ("Pons (central)", "0.9 cm", "700", "3", "2100", "78%", "10/05-10/09/2026"),
                    ("Right frontal", "2.2 cm", "900", "3", "2700", "80%", "10/05-10/09/2026")]),
        KeyValue([("Brainstem", "D0.5cc 1985 cGy; Dmax 2330 cGy (accepted, target within brainstem)"),
                  ("Acute toxicity", "Grade 1 headache, grade 1 fatigue"),
                  ("Steroids", "Dexamethasone 4 mg daily during treatment, taper over 2 weeks"),
                  ("Follow-up", "MRI brain and clinic visit in 6-8 weeks")], value_x=170),
        P("Both lesions were treated in each of the 3 fractions (10/05, 10/07 and 10/09/2026). All fractions delivered as planned."),
        sig("Lucinda Farrow-Nakamura, MD 10/12/2026"),
    ]], opts=dict(header=banner(_c, "Treatment Summary", 8, "04/17/1958")))])


# ==================================================================================================
# Spine
# ==================================================================================================

# m57_09 -- pdf: record-system printout, single-fraction T10 spine SBRT 1600 cGy; summary line says 1800 cGy ---------
_c = "LAKESHORE METHODIST HOSPITAL - RADIATION ONCOLOGY"
add(name="m57_09", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 1, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T10 vertebral metastasis", "spinal", None, 16, 1)],
    categories=cats(),
    contradiction="The physician summary line says T10 received 1800 cGy x 1, while the prescription, the plan and the delivery record give 1600 cGy in one fraction.",
    notes="Record-and-verify printout for single-fraction spine SBRT to T10 (breast primary): prescription "
          "1600 cGy x 1 to the PTV (vertebral body and left pedicle), 9-field IMRT, cord PRV and esophagus doses, "
          "vacuum cushion, CT + MRI fused, CBCT with 6DoF correction, diode-array QA; one delivery row of 1600 cGy. "
          "The physician summary box says 1800 cGy x 1 (gold follows the record: 16 Gy). One fraction but spinal: "
          "77373/77435 are right.",
    docs=[Doc("m57_09.pdf", [[
        H1("SBRT TREATMENT RECORD"),
        P("CAIRNRECORD OIS (invented) - Course summary report - printed 11/03/2026 10:22"),
        KeyValue([("Patient", f"{patient(9)}"), ("MRN", mrn(9)), ("Course", "C1  SPINE T10 SBRT"),
                  ("Diagnosis", "C79.51 secondary malignant neoplasm of bone (T10); primary C50.912 breast carcinoma, ER/PR positive, HER2 negative"),
                  ("Attending", "Marguerite Ibsen-Achebe, MD"), ("Physicist", "Daniel Okafor-Stein, PhD, DABR")], value_x=110),
        H2("Prescription"),
        RuledTable([("Site", "Target", "Dose/fx", "Fx", "Total", "Energy", "Technique", "Status"),
                    ("T10", "PTV_T10 (body + L pedicle)", "1600 cGy", "1", "1600 cGy", "6X FFF", "IMRT 9 fields", "Approved 10/27/2026")]),
        H2("Simulation and planning"),
        KeyValue([("Immobilization", "Full-body vacuum cushion, arms on chest, knee wedge"),
                  ("CT simulation", "10/22/2026, 1.5 mm, supine"),
                  ("MRI", "T-spine T1 / T2 / post-contrast axial 2 mm, 10/21/2026, fused to planning CT"),
                  ("Planning system", "TIMBERLINE TPS 6 (invented)"),
                  ("Dose constraints", "Cord PRV Dmax 1210 cGy (< 1400); esophagus D5cc 1180 cGy (< 1190); PTV V16Gy 91.4%"),
                  ("Patient-specific QA", "Diode array 10/28/2026, gamma 3%/2 mm 98.7% - pass")], value_x=110),
        H2("Delivery"),
        RuledTable([("Date", "Fx #", "Field dose delivered", "Imaging", "Shift", "Therapists"),
                    ("11/02/2026", "1", "1600 cGy", "CBCT, 6DoF couch", "2.1 mm / 0.8 deg", "RB, LT")]),
        KeyValue([("Physician summary", "T10 SBRT 1800 cGy x 1 completed without incident. Pain 4/10 before, 3/10 after. Resume fulvestrant."),
                  ("Course status", "Completed 11/02/2026")], value_x=110),
        sig("Marguerite Ibsen-Achebe, MD 11/02/2026 16:40"),
        sig("Daniel Okafor-Stein, PhD, DABR 11/02/2026 17:05"),
    ]], opts=dict(header=banner(_c, "Treatment Record", 9, "06/09/1946")))])

# m57_10 -- ehr_text: dictated completion note, robotic-arm linac spine SBRT to T8 and L2, 27 Gy in 3 each --------
add(name="m57_10", kind="ehr_text", codes=["G0339", "G0340", "77435", "63620", "63621"],
    facts=F("robotic_linac", ["spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T8 vertebral metastasis", "spinal", None, 27, 3), L("L2 vertebral metastasis", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Dictated completion note (verbose, numbers in words) from a robotic radiosurgery centre: two non-contiguous "
          "spinal metastases, T8 and L2 (renal cell), each twenty-seven Gy in three fractions to the 78% and 80% "
          "isodose lines, both treated in each session, fiducial-free spine tracking, vacuum cushion, CT + MRI "
          "fused, physics secondary check. G0339/G0340/77435 and 63620 + 63621 fit.",
    docs=[Doc("m57_10.txt", text=f"""
THREE RIVERS ROBOTIC RADIOSURGERY CENTER

RADIOSURGERY COMPLETION NOTE

Patient: {patient(10)}
MRN: {mrn(10)}
DOB: 03/02/1960
Date of note: 11/20/2026
Physician: Winifred Osei-Lindqvist, MD, Radiation Oncology
Cc: Aaron Bekele, MD (Medical Oncology); Paul Ingersoll, MD (Spine Surgery)

Mr. Fiftysevenpatient is a 66-year-old man with clear cell renal cell carcinoma, status post left nephrectomy in 2023, now with
two painful spinal metastases at T8 and L2 without epidural compression, Bilsky grade one A at T8 and zero at L2, and spinal
instability neoplastic scores of six and five. He was seen by Dr. Ingersoll, who did not feel surgery was needed. Given the
radioresistant histology we recommended stereotactic body radiotherapy to both levels.

He was simulated on November fourth in a full-length vacuum cushion with his arms at his sides. A one and a quarter millimeter
CT of the thoracolumbar spine was obtained and fused with an MRI of the thoracic and lumbar spine (T1, T2 and post-contrast
axial images) from November second. Each level was contoured according to consensus guidelines as a separate target, the T8
vertebral body with the right pedicle, and the L2 vertebral body. The spinal cord and cauda equina were contoured on the MRI.

The plan was built on the KESTREL RIDGE planning system (invented) by our dosimetrist and checked by Ms. Adaeze Novak, medical
physicist, including a secondary monitor unit calculation that agreed within two and a half percent. The prescription was
twenty-seven Gy in three fractions of nine Gy to each target, T8 to the seventy-eight percent isodose line and L2 to the eighty
percent isodose line, with coverage of ninety-one and ninety-three percent. The cord maximum was eighteen point one Gy and the
cauda equina maximum twenty point four Gy, within our three-fraction limits.

Treatment was delivered on November fourteenth, sixteenth and eighteenth on the robotic-arm mounted six MV linear accelerator,
with both levels treated in each session. Fiducial-free spine tracking with orthogonal kV image pairs was used throughout,
with mean corrections under one millimeter. He received the full twenty-seven Gy in three fractions to T8 and to L2.

He had a mild pain flare the evening after the first fraction, managed with dexamethasone four milligrams for two days. By the
last fraction his back pain was three out of ten, down from seven. No nausea.

Plan: MRI of the thoracic and lumbar spine in three months, then clinic. He continues cabozantinib through Dr. Bekele. I
asked him to call with any new weakness, numbness or bladder or bowel change.

Winifred Osei-Lindqvist, MD
Electronically signed 11/20/2026 17:31
{FOOT}
""")])

# m57_11 -- bundle (2 files): physics second-check printout + terse summary, C3 spine SBRT 24 Gy/2; 63621 wrong ----
_c = "GRANITE STATE ONCOLOGY PARTNERS"
add(name="m57_11", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["mask"]),
    lesions=[L("C3 vertebral metastasis", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Two files: a physics second-check printout (key: value; plan parameters, primary CT and registered MRI, "
          "independent MU check per arc, patient-specific QA) and a terse end-of-treatment summary (C3 24 Gy in 2 "
          "fractions, 12 Gy/fx, both dates, CBCT). Cervical spine immobilized in a 5-point head-neck-shoulder mask. "
          "One spinal lesion: the claimed 63621 is wrong.",
    docs=[
        Doc("1_physics_second_check.pdf", [[
            H1("Physics Plan Second Check"),
            KeyValue([("Patient", patient(11)), ("MRN", mrn(11)), ("Plan", "C3_SBRT_v2"),
                      ("Prescription", "2400 cGy / 2 fx (1200 cGy/fx) to PTV_C3, 90% of PTV covered by Rx"),
                      ("Machine / energy", "6 MV FFF gantry linac 'TR2', 120-leaf MLC"),
                      ("Technique", "VMAT, 3 full arcs, collimator 10/350/80 deg"),
                      ("Primary image set", "CT 1 mm 12/01/2026"),
                      ("Registered image set", "MRI C-spine T1/T2/STIR 12/01/2026 (deformable -> rigid, checked)"),
                      ("Immobilization", "5-point thermoplastic head-neck-shoulder mask, neck roll C"),
                      ("TPS / algorithm", "SUMMIT PLAN 9 (invented), AXB-type, 1.25 mm grid"),
                      ("Cord PRV Dmax", "1610 cGy (limit 1700)"), ("Esophagus D5cc", "1390 cGy (limit 1450)")], value_x=150),
            RuledTable([("Beam", "TPS MU", "Indep. calc MU", "Diff", "Result"),
                        ("Arc 1", "1412", "1398", "-1.0%", "PASS"), ("Arc 2", "1388", "1407", "+1.4%", "PASS"),
                        ("Arc 3", "1296", "1291", "-0.4%", "PASS")]),
            P("Patient-specific QA: EPID portal dosimetry 12/04/2026, gamma 3%/2 mm 99.1% (arc 1), 98.4% (arc 2), 99.6% (arc 3). "
              "Plan parameters in R&V match the approved plan. Checked: OK to treat."),
            sig("Hollis Granberg-Ashe, MS, DABR 12/04/2026"),
        ]], opts=dict(header=banner(_c, "Medical Physics", 11, "08/28/1953"))),
        Doc("2_treatment_summary.txt", text=f"""
GRANITE STATE ONCOLOGY PARTNERS - END OF TREATMENT SUMMARY
Pt: {patient(11)}   MRN {mrn(11)}   DOB 08/28/1953
Dx: Metastatic NSCLC (squamous), C3 vertebral body metastasis, neck pain, no cord compression
Tx: SBRT C3, 2400 cGy in 2 fx (1200 cGy x 2), 12/08/2026 and 12/10/2026, VMAT, daily CBCT + 6DOF, mask
Delivered: 2400 cGy / 2 fx - completed as planned
Tox: G1 dysphagia, resolved. Neck pain 6 -> 2.
F/u: MRI C-spine 3 mo. Back to Dr. Nakashima-Ruiz (med onc).
-- Desmond Achterberg, MD 12/10/2026
{FOOT}
"""),
    ])

# m57_12 -- scan: community-hospital daily treatment record, T12 SBRT 600 cGy x 5, no planning imaging stated -------
_c = "SANDHILL COUNTY HOSPITAL - RADIATION THERAPY"
add(name="m57_12", kind="scan", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 5, [], ["body_immobilization"]),
    lesions=[L("T12 vertebral metastasis", "spinal", None, 30, 5)],
    categories=cats(imaging=False),
    notes="Scanned (200 dpi, skewed the other way) community-hospital daily treatment record for T12 spine SBRT: "
          "600 cGy x 5 = 3000 cGy to the 90% IDL, 7-field IMRT, vac-bag and knee sponge, CBCT before each fraction, "
          "cumulative column, therapist initials, physics weekly check. An earlier outside course (20 Gy in 5, 2025, "
          "T11-L1) is history. No planning CT or MRI is named (CBCT only): imaging unmet.",
    docs=[Doc("m57_12.pdf", [[
        H1("DAILY TREATMENT RECORD - SBRT"),
        KeyValue([("Name", patient(12)), ("Hosp #", mrn(12)), ("Site", "T12 vertebral body (PTV_T12)"),
                  ("Rx", "600 cGy x 5 = 3000 cGy, to 90% IDL, 7-field IMRT, 6X"),
                  ("Setup", "Supine, vac-bag, knee sponge, arms up on wing board; tattoos x3"),
                  ("Prior RT", "T11-L1 20 Gy / 5 fx (2025, outside facility) - summed cord dose reviewed by MD"),
                  ("IGRT", "CBCT before each fx, MD approval of match before beam on"),
                  ("MD", "R. Delgado-Whitfield, MD")], value_x=100),
        RuledTable([("Fx", "Date", "Daily dose (cGy)", "Cum. dose (cGy)", "CBCT", "MU", "Th. 1", "Th. 2", "MD check"),
                    ("1", "01/11/2027", "600", "600", "yes", "1874", "KM", "JT", "RDW"),
                    ("2", "01/13/2027", "600", "1200", "yes", "1874", "KM", "AB", "RDW"),
                    ("3", "01/15/2027", "600", "1800", "yes", "1874", "JT", "AB", "RDW"),
                    ("4", "01/18/2027", "600", "2400", "yes", "1874", "KM", "JT", "RDW"),
                    ("5", "01/20/2027", "600", "3000", "yes", "1874", "KM", "AB", "RDW")]),
        P("Physics weekly chart check 01/15/2027 - ok (G.P.).   Course completed 01/20/2027, 3000 cGy delivered to T12."),
        sig("R. Delgado-Whitfield, MD 01/20/2027"),
    ]], opts=dict(header=banner(_c, "Treatment Record", 12, "05/05/1951"), scan=True, scan_dpi=200,
                  scan_skew=-1.1, scan_noise=4.0))])


# ==================================================================================================
# Body SBRT
# ==================================================================================================

# m57_13 -- pdf: lung SBRT plan summary and delivery printout, LUL 5000 cGy / 5 fx ---------------------------------
_c = "NORTHGATE CANCER CARE"
add(name="m57_13", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left upper lobe peripheral NSCLC", "body", None, 50, 5)],
    categories=cats(),
    notes="Lung SBRT plan summary and delivery printout: peripheral LUL T1c NSCLC, inoperable (COPD), 5000 cGy in "
          "5 fractions of 1000 cGy, ITV from 4DCT with PET-CT fused for the GTV, PTV = ITV + 5 mm, 2 partial VMAT "
          "arcs, 80% isodose, RTOG-style conformity and lung/chest-wall metrics, vacuum cushion + wing board, CBCT "
          "each fraction, five delivery rows.",
    docs=[Doc("m57_13.pdf", [[
        H1("SBRT Lung - Plan Summary & Delivery"),
        KeyValue([("Patient / MRN", f"{patient(13)} / {mrn(13)}"), ("Physician", "Theo Vandermolen, MD"),
                  ("Diagnosis", "NSCLC adenocarcinoma LUL, cT1c N0 M0, peripheral; medically inoperable (COPD, DLCO 41%)"),
                  ("Simulation", "4DCT 2 mm, 10 phases, 02/02/2027; vacuum cushion + wing board, arms up"),
                  ("Target definition", "GTV on each phase -> ITV; PET-CT 01/20/2027 fused for GTV; PTV = ITV + 5 mm"),
                  ("Plan", "2 partial VMAT arcs, 6 MV FFF; BRACKEN TPS 3.4 (invented); heterogeneity corrected"),
                  ("Prescription", "5000 cGy in 5 fx (1000 cGy/fx), every other day, to the 80% isodose; 95% of PTV covered")],
                 value_x=120),
        RuledTable([("Metric", "Plan", "Goal"), ("PTV V100%", "95.4%", ">= 95%"), ("R100 (CI)", "1.08", "< 1.2"),
                    ("R50", "4.3", "< 4.6"), ("D2cm max", "51.2%", "< 57%"), ("Lungs-ITV V20Gy", "5.8%", "< 10%"),
                    ("Chest wall V30Gy", "12.6 cc", "< 30 cc"), ("Cord Dmax", "812 cGy", "< 2800 cGy"),
                    ("Heart Dmax", "1046 cGy", "< 3800 cGy")]),
        P("Physics: independent MU calculation -0.9% / +1.3% (pass); measurement-based QA not required by department policy for this plan class; "
          "plan reviewed at SBRT chart rounds 02/08/2027."),
        H2("Delivery"),
        RuledTable([("Fx", "Date", "Dose (cGy)", "Total (cGy)", "CBCT match", "Status"),
                    ("1", "02/10/2027", "1000", "1000", "ITV / soft tissue, 2.3 mm", "Treated"),
                    ("2", "02/12/2027", "1000", "2000", "ITV / soft tissue, 1.6 mm", "Treated"),
                    ("3", "02/15/2027", "1000", "3000", "ITV / soft tissue, 1.9 mm", "Treated"),
                    ("4", "02/17/2027", "1000", "4000", "ITV / soft tissue, 1.2 mm", "Treated"),
                    ("5", "02/19/2027", "1000", "5000", "ITV / soft tissue, 1.4 mm", "Treated - course complete")]),
        sig("Theo Vandermolen, MD 02/19/2027"),
        sig("Ingrid Haugland-Obi, MS, DABR 02/19/2027"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 13, "09/14/1944")))])

# m57_14 -- bundle (5 files): prostate SBRT on a gantry linac: consult, fiducial/spacer note, sim, plan, completion -
_c = "EVERGREEN UROLOGY & RADIATION ONCOLOGY GROUP"
add(name="m57_14", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Five-file prostate SBRT bundle from a urology/radiation oncology group: consult letter (favorable "
          "intermediate risk, recommends 36.25 Gy in 5), urology procedure note (three gold fiducials and a hydrogel "
          "spacer), simulation note (CT 1.5 mm, MRI fused, vacuum knee-and-foot immobilizer), plan and physics summary "
          "(725 cGy x 5 to PTV, 2 VMAT arcs, rectal and bladder constraints, MU check) and a dictated completion summary "
          "(numbers in words, daily CBCT fiducial match and intrafraction kV monitoring).",
    docs=[
        Doc("1_consult_letter.pdf", [[
            P("EVERGREEN UROLOGY & RADIATION ONCOLOGY GROUP - 4410 Cascade Loop, Suite 200 (synthetic address)"),
            P("March 2, 2027"),
            P("Jonah Whitcombe-Reyes, MD, Urology"),
            P(f"RE: {patient(14)}   DOB 12/12/1956   MRN {mrn(14)}"),
            P("Dear Jonah,"),
            P("Thank you for referring Mr. Fiftysevenpatient, a 70-year-old man with Gleason 3+4=7 adenocarcinoma of the prostate "
              "(Grade Group 2, 3 of 12 cores, 40% maximum involvement), PSA 7.2 ng/mL, clinical T1c, favorable intermediate risk. "
              "His prostate MRI shows a 38 cc gland with a PI-RADS 4 lesion in the left peripheral zone and no extraprostatic extension. "
              "IPSS 9, good erectile function, no bowel issues."),
            P("We discussed active surveillance, radical prostatectomy, and radiation. He prefers a short course, and I recommended "
              "stereotactic body radiotherapy, 36.25 Gy in 5 fractions to the prostate, without androgen deprivation. I asked you to "
              "place gold fiducial markers and a hydrogel rectal spacer, after which we will simulate with a planning CT and MRI."),
            P("Best regards,"),
            sig("Celeste Morrow-Adisa, MD, Radiation Oncology"),
        ]], opts=dict(header=banner(_c, "Consultation", 14, "12/12/1956"))),
        Doc("2_fiducial_spacer_procedure.txt", text=f"""
EVERGREEN UROLOGY - PROCEDURE NOTE
Patient: {patient(14)}   MRN: {mrn(14)}   Date: 03/16/2027
Procedure: Transperineal placement of gold fiducial markers (x3) and hydrogel rectal spacer under TRUS guidance
Surgeon: Jonah Whitcombe-Reyes, MD     Anesthesia: MAC + local (1% lidocaine perineal block)
Findings/description: Lithotomy. Hydrodissection of the perirectal space with saline, then 10 mL hydrogel spacer injected
with good separation (~11 mm) along the length of the gland. Three 1.2 x 3 mm gold fiducials placed: right base, left mid
gland, apex. Positions confirmed on ultrasound. No rectal wall injection. EBL minimal. No complications.
Plan: Simulation at Evergreen Radiation Oncology in 7-10 days. Antibiotic x1 dose given.
Jonah Whitcombe-Reyes, MD  (e-signed 03/16/2027)
{FOOT}
"""),
        Doc("3_simulation_note.txt", text=f"""
EVERGREEN RADIATION ONCOLOGY - SIMULATION NOTE   03/24/2027
{patient(14)}   {mrn(14)}
Position: supine, arms on chest, custom vacuum knee-and-foot immobilizer indexed to couch.
Bladder: comfortably full (drank 16 oz 45 min prior). Rectum: empty (enema at home).
CT: 1.5 mm slices, pelvis, no contrast. All three fiducials visible. Spacer in good position.
MRI: T2 axial/coronal 2 mm + T1 (fiducial sequence) same day, fused to CT on the fiducials.
Tattoos x3. Images sent to planning.
- Celeste Morrow-Adisa, MD / sim therapist G. Lund
{FOOT}
"""),
        Doc("4_plan_physics_summary.pdf", [[
            H1("Plan & Physics Summary - Prostate SBRT"),
            KeyValue([("Patient", f"{patient(14)} ({mrn(14)})"), ("Plan", "PROS_SBRT_3625 (approved 03/31/2027)"),
                      ("Prescription", "3625 cGy / 5 fx, 725 cGy per fraction, PTV D95% >= 3625 cGy"),
                      ("Targets", "CTV = prostate + proximal 1 cm SV; PTV = CTV + 5 mm (3 mm posterior)"),
                      ("Technique", "2 full VMAT arcs, 10 MV FFF, gantry linac; CEDARVALE TPS 12 (invented)"),
                      ("IGRT plan", "CBCT + fiducial match daily; intrafraction kV imaging every 90 s, 2 mm action level")],
                     value_x=110),
            RuledTable([("Structure", "Constraint", "Plan"), ("Rectum", "V36Gy < 1 cc", "0.2 cc"),
                        ("Rectum", "V29Gy < 20%", "6.1%"), ("Bladder", "V37Gy < 10 cc", "4.7 cc"),
                        ("Urethra (PRV)", "Dmax < 3800 cGy", "3742 cGy"), ("Femoral heads", "V20Gy < 5%", "0%")]),
            P("Independent MU check: arc 1 +0.7%, arc 2 -1.1% (pass). Patient-specific QA (EPID): gamma 3%/2 mm 99.4%."),
            sig("Celeste Morrow-Adisa, MD 03/31/2027"),
            sig("Rafael Szymanski-Boateng, MS, DABR 04/01/2027"),
        ]], opts=dict(header=banner(_c, "Medical Physics", 14, "12/12/1956"))),
        Doc("5_completion_summary.txt", text=f"""
EVERGREEN RADIATION ONCOLOGY - COMPLETION OF TREATMENT SUMMARY

Patient: {patient(14)}    MRN: {mrn(14)}    Dictated: 04/16/2027

Mr. Fiftysevenpatient has completed stereotactic body radiotherapy to the prostate for favorable intermediate risk prostate
cancer. He received thirty-six point two five Gy in five fractions of seven point two five Gy, treated on April sixth, eighth,
tenth, thirteenth and fifteenth, on the gantry linear accelerator with two VMAT arcs. Before each fraction a cone-beam CT was
matched to the three gold fiducials, and kilovoltage images were taken during treatment about every ninety seconds; no
fraction needed an interruption for motion beyond two millimeters. The hydrogel spacer remained in good position.

He had grade one urinary frequency and nocturia twice a night, treated with tamsulosin, and no rectal symptoms. PSA in three
months with Dr. Whitcombe-Reyes, and I will see him at six months.

Celeste Morrow-Adisa, MD, Radiation Oncology   (signed 04/17/2027)
{FOOT}
"""),
    ])

# m57_15 -- ehr_text: pipe-delimited per-session export, robotic-arm linac liver SBRT 4500 cGy / 3 ---------------------
add(name="m57_15", kind="ehr_text", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment VI metastasis", "body", None, 45, 3)],
    categories=cats(),
    notes="Pipe-delimited course and per-session export from a robotic-arm linac record system: one segment VI liver "
          "metastasis (colorectal), 4500 cGy in 3 sessions of 1500 cGy to the 75% isodose, four gold fiducials, "
          "respiratory motion tracking with a correlation model, vacuum cushion, triphasic CT + MRI fused; per-session "
          "rows with cumulative dose, correlation error and beams delivered. G0339/G0340/77435 fit.",
    docs=[Doc("m57_15.txt", text=f"""
SAGUARO REGIONAL CANCER CENTER|ROBOTIC SRS/SBRT|SESSION EXPORT|MESQUITE-RV 4.2 (invented)|2027-03-19 07:58
PATIENT|{patient(15)}|MRN|{mrn(15)}|DOB|1963-08-08|SEX|F
DX|C78.7 secondary malignant neoplasm of liver|PRIMARY|C18.7 sigmoid colon adenocarcinoma (resected 2025)
COURSE|LIVER_SBRT_1|INTENT|ablative|PHYSICIAN|Ruiz-Kamara, Helena MD|PHYSICIST|Tsosie, Marcus MS DABR
UNIT|robotic-arm mounted 6 MV linac|COLLIMATION|variable aperture|TRACKING|fiducial + respiratory correlation model
FIDUCIALS|4 gold seeds, IR placement 2027-02-22
IMMOB|vacuum cushion, arms up
SIM_IMAGING|CT triphasic 1.5 mm 2027-03-01 (exhale breath-hold + free breathing)|MRI liver gadoxetate 2027-02-28 fused (rigid, liver ROI)
PLAN|LIV_S6_v1|TPS|SONORA PLAN 8 (invented)|BEAMS|196|NODES|112|RX|4500 cGy / 3 fx to 75% IDL|PTV_COV|96.1%
OAR|liver-GTV 700cc <1500 cGy: met|duodenum D5cc 1240 cGy|R kidney Dmean 310 cGy|bowel Dmax 1690 cGy
QA|2nd MU check -1.7% pass|delivery QA film 2027-03-05 gamma 3%/1mm 97.8% pass
FX|DATE|TARGET|DOSE_cGy|CUM_cGy|MODEL_ERR_mm|BEAMS_DEL|THERAPISTS|STATUS
1|2027-03-08|PTV_LIV_S6|1500|1500|1.9|196/196|AO/JR|complete
2|2027-03-11|PTV_LIV_S6|1500|3000|2.4|196/196|AO/BT|complete
3|2027-03-15|PTV_LIV_S6|1500|4500|2.1|196/196|JR/BT|complete
COURSE_STATUS|COMPLETED|TOTAL_DELIVERED|4500 cGy / 3 fx|SIGNED|Ruiz-Kamara, Helena MD|2027-03-15 15:22
{FOOT}
""")])

# m57_16 -- pdf: on-treatment nursing + physician notes, single-fraction kidney SBRT 26 Gy; 77372/77432 claimed ------
_c = "PRAIRIE ROSE COMMUNITY CANCER CENTER"
add(name="m57_16", kind="pdf", codes=["77372", "77432"],
    facts=F("linac", ["body"], 1, 1, ["CT"], ["body_immobilization"]),
    lesions=[L("left renal mass (renal cell carcinoma)", "body", None, 26, 1)],
    categories=cats(plan=False),
    notes="Community-practice day-of-treatment notes: a nursing assessment (vitals, pain score, teaching) and the "
          "physician's treatment-day note for single-fraction SBRT of a 3.4 cm left renal cell carcinoma, "
          "twenty-six Gy in one fraction (2600 cGy), 4DCT with contrast at simulation, abdominal compression belt "
          "and vacuum cushion, CBCT approved before beam-on. The notes give target and dose only (no isodose, "
          "arcs/beams or planning system): plan unmet. A single-fraction body course is SBRT: the claimed "
          "77372/77432 are wrong (77373/77435).",
    docs=[Doc("m57_16.pdf", [[
        H1("Nursing Assessment - Day of Treatment"),
        KeyValue([("Date / time", "05/06/2027 08:10"), ("Treatment", "SBRT left kidney, fraction 1 of 1"),
                  ("Vitals", "BP 148/86, HR 72, RR 16, T 36.7 C, SpO2 96% RA, wt 88.2 kg"),
                  ("Pain", "1/10 left flank, intermittent"), ("Nausea", "none; ondansetron 8 mg PO given 07:45 per order"),
                  ("Labs", "Cr 1.3 (baseline 1.2)"), ("Education", "Reviewed possible nausea, fatigue, flank discomfort, hematuria; call numbers given"),
                  ("Fall risk", "low")], value_x=110),
        sig("Bethany Quist-Olawale, RN, OCN 05/06/2027 08:22"),
        H1("Physician Treatment Note"),
        P(f"{patient(16)}, {mrn(16)}, 81-year-old man with a 3.4 cm enhancing left renal mass, biopsy-proven clear cell renal cell "
          "carcinoma. He declined nephrectomy, and the mass lies too close to the renal pelvis for ablation. Discussed at GU tumor "
          "board 04/08/2027, recommendation SBRT."),
        P("He was simulated on 04/20/2027 supine in a vacuum cushion with an abdominal compression belt, using a 4DCT with IV contrast "
          "to define the internal target volume. The prescription, which I approved, is twenty-six Gy in one fraction (2600 cGy x 1) to "
          "the PTV, respecting the bowel, stomach and contralateral kidney limits."),
        P("Today I reviewed and approved the cone-beam CT match to the left kidney before beam-on (shift 3.1 mm superior). The full "
          "2600 cGy was delivered in one fraction without incident. He will follow up in 4 weeks with labs and CT abdomen in 3 months."),
        sig("Harlan Yazzie-Brooks, MD, Radiation Oncology 05/06/2027 11:05"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 16, "01/29/1946")))])

# m57_17 -- bundle (2 files): letter to oncologist says 35 Gy; treatment record gives 800 cGy x 5 = 4000 cGy, adrenal -
_c = "BLUE HERON ONCOLOGY"
add(name="m57_17", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("right adrenal metastasis", "body", None, 40, 5)],
    categories=cats(),
    contradiction="The letter to the medical oncologist says the adrenal metastasis received thirty-five Gy in five fractions, while the treatment record's prescription and five fraction rows give 800 cGy x 5 = 4000 cGy.",
    notes="Two files: a dictated letter to the medical oncologist (numbers in words, says thirty-five Gy in five "
          "fractions) and the treatment record printout for right adrenal SBRT (Rx 4000 cGy / 5 fx of 800 cGy, "
          "2 VMAT arcs, 4DCT with contrast and MRI abdomen fused, vacuum cushion + abdominal compression, CBCT "
          "each fraction, five rows, cumulative 4000 cGy). Gold follows the record: 40 Gy.",
    docs=[
        Doc("1_letter_to_oncologist.txt", text=f"""
BLUE HERON ONCOLOGY - Radiation Oncology
2277 Heron Point Road (synthetic address)

June 21, 2027

Marcus Adeyemi-Thorne, MD
Blue Heron Oncology - Medical Oncology

RE: {patient(17)}   DOB 07/07/1957   MRN {mrn(17)}

Dear Marcus,

Quincy finished his stereotactic body radiotherapy to the right adrenal metastasis on June eighteenth. As you know this was
his only site of progression on pembrolizumab for his lung adenocarcinoma, with a 3.1 cm right adrenal mass on his restaging
scans in May. We simulated him in a vacuum cushion with abdominal compression, with a four-dimensional CT with contrast and an MRI of
the abdomen fused for targeting.

He received thirty-five Gy in five fractions, every other weekday, with cone-beam CT before each treatment. He had mild nausea
after the second fraction that responded to ondansetron and some fatigue; no abdominal pain.

I would continue pembrolizumab without interruption. I will see him in six weeks and we will get a PET-CT at three months.

With kind regards,

Simone Castellano-Iwu, MD
Radiation Oncology
{FOOT}
"""),
        Doc("2_treatment_record.pdf", [[
            H1("External Beam Treatment Record"),
            KeyValue([("Patient", f"{patient(17)}   MRN {mrn(17)}"), ("Course / site", "C1 / Right adrenal SBRT"),
                      ("Prescription", "4000 cGy in 5 fx, 800 cGy/fx, to PTV_RAdrenal (95% of PTV receives Rx)"),
                      ("Plan", "RADR_SBRT, 2 VMAT arcs 6X FFF, OSPREY TPS 5 (invented), approved 06/04/2027"),
                      ("Imaging for planning", "4DCT with IV contrast 05/28/2027; MRI abdomen 05/27/2027 (fused)"),
                      ("Immobilization", "Vacuum cushion, abdominal compression plate"),
                      ("QA", "Independent MU check pass (+1.2%); patient-specific QA gamma 3%/2 mm 98.8%")], value_x=140),
            RuledTable([("Fx", "Date", "CBCT", "Daily (cGy)", "Cumulative (cGy)", "Initials"),
                        ("1", "06/08/2027", "approved MD", "800", "800", "LH/TR"),
                        ("2", "06/10/2027", "approved MD", "800", "1600", "LH/TR"),
                        ("3", "06/14/2027", "approved MD", "800", "2400", "LH/PW"),
                        ("4", "06/16/2027", "approved MD", "800", "3200", "TR/PW"),
                        ("5", "06/18/2027", "approved MD", "800", "4000", "LH/PW")]),
            P("Course completed 06/18/2027."),
            sig("Simone Castellano-Iwu, MD 06/18/2027"),
        ]], opts=dict(header=banner(_c, "Treatment Record", 17, "07/07/1957"))),
    ])


# ==================================================================================================
# Hard negatives (no course given in this document set)
# ==================================================================================================

# m57_18 -- ehr_text: dictated consult recommending single-session SRS; simulation not yet done ---------------------
add(name="m57_18", kind="ehr_text", codes=["77372", "77432", "61796"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: dictated radiation oncology consultation for a single 1.6 cm cerebellar metastasis "
          "recommending single-session linac SRS of about 20 Gy with a mask; the diagnostic MRI is done, the SRS MRI "
          "and CT simulation are only to be scheduled. Nothing simulated, planned or delivered: facts empty, "
          "categories unmet, codes inconsistent.",
    docs=[Doc("m57_18.txt", text=f"""
OAK HOLLOW NEUROSURGERY & RADIATION ONCOLOGY
CONSULTATION NOTE

Name: {patient(18)}      MRN: {mrn(18)}      DOB: 02/11/1969
Date: 06/07/2027
Seen at the request of: Dr. Vivienne Kaczmarek-Ode, Medical Oncology

CHIEF COMPLAINT: Dizziness; new brain lesion.

HPI: Ms. Fiftysevenpatient is a 58-year-old woman with stage IV lung adenocarcinoma, ALK rearranged, on alectinib since 2025 with an
excellent systemic response. She noticed unsteadiness and positional dizziness for two weeks. MRI brain with and without contrast
on 06/02/2027 shows a single 1.6 cm enhancing lesion in the left cerebellar hemisphere with mild edema, no hydrocephalus, and no other
lesions on thin-section post-contrast imaging.

ROS: Negative except as above. No headache, no vision change, no weakness.
PMH: Lung adenocarcinoma as above; migraine. No prior radiation to the brain.
EXAM: KPS 90. Mild left dysmetria, tandem gait unsteady. Otherwise nonfocal.

IMPRESSION: Solitary left cerebellar metastasis, 1.6 cm, in a patient with controlled extracranial disease.

RECOMMENDATIONS:
1. Stereotactic radiosurgery, single fraction, on our linear accelerator with a frameless mask; I anticipate about 20 Gy to the margin.
2. She will need a thin-slice SRS-protocol MRI and a CT simulation with mask fabrication; my staff will schedule these for next week.
3. Continue alectinib; dexamethasone 2 mg daily for now with a PPI.
4. Surgery was discussed with Dr. Pacheco-Lund and is not favored given the size and absence of mass effect.

Risks, benefits and alternatives, including observation on alectinib, were reviewed. She would like to go ahead with radiosurgery.

Dictated by: Ansel Whitford-Nguyen, MD, Radiation Oncology
Date dictated: 06/07/2027   (not yet signed)
{FOOT}
""")])

# m57_19 -- pdf: templated follow-up visit note a year after lung SBRT; nothing new given ----------------------------
_c = "CEDAR BLUFF MEDICAL GROUP - THORACIC ONCOLOGY"
add(name="m57_19", kind="pdf", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: templated EHR follow-up visit (subjective / objective / imaging / assessment and plan) one "
          "year after right lower lobe SBRT 50 Gy in 5 fractions delivered in 2026; today's surveillance CT shows "
          "post-radiation fibrosis and no recurrence. The history and today's CT belong to no course in this "
          "document set: facts empty, categories unmet.",
    docs=[Doc("m57_19.pdf", [[
        H1("Follow-Up Visit - Radiation Oncology"),
        KeyValue([("Patient", patient(19)), ("MRN", mrn(19)), ("Visit date", "08/30/2027"),
                  ("Provider", "Fenwick Oyelaran-Dahl, MD"), ("Visit type", "Established patient, post-treatment surveillance")],
                 value_x=110),
        H2("Oncologic history"),
        BulletList(["06/2026: RLL nodule 1.9 cm, CT-guided biopsy squamous cell carcinoma, PET-CT staging T1b N0 M0.",
                    "07/2026: SBRT RLL, 50 Gy in 5 fractions, completed 07/24/2026 (see treatment summary of that date).",
                    "10/2026, 01/2027, 04/2027: surveillance CT chest without evidence of recurrence."]),
        H2("Interval history"),
        P("Doing well. Mild dry cough in the mornings, unchanged. No hemoptysis, chest wall pain or weight loss. Walks two miles daily. "
          "Still smoking 3-4 cigarettes a day; cessation counseling repeated and referral placed."),
        H2("Exam"),
        P("ECOG 0. Lungs with scattered wheeze, no crackles. No supraclavicular adenopathy."),
        H2("Imaging reviewed"),
        P("CT chest with contrast 08/26/2027: stable linear consolidation in the right lower lobe in keeping with post-radiation fibrosis, "
          "no nodular enlargement, no adenopathy."),
        H2("Assessment and plan"),
        P("Early-stage NSCLC, 13 months after SBRT, no evidence of disease. Grade 1 cough. Continue CT chest every 6 months through "
          "year 3. Return in 6 months. No further radiation is indicated."),
        sig("Fenwick Oyelaran-Dahl, MD 08/30/2027 14:12"),
    ]], opts=dict(header=banner(_c, "Clinic Note", 19, "03/21/1952")))])

# m57_20 -- bundle (1 file): letter of medical necessity / prior authorization request for planned spine SBRT --------
_c = "IRON RANGE RADIATION ONCOLOGY"
add(name="m57_20", kind="bundle", codes=["77373", "77435", "63620"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative, a one-file bundle: letter of medical necessity to a health plan requesting prior "
          "authorization for spine SBRT to T9 (24 Gy in 2 fractions planned), with the diagnostic MRI, performance "
          "status and the proposed technique; simulation is pending authorization. Nothing simulated, planned or "
          "delivered: facts empty, categories unmet, codes inconsistent.",
    docs=[
        Doc("prior_authorization_letter.pdf", [[
            P("IRON RANGE RADIATION ONCOLOGY - 118 Taconite Avenue (synthetic address)"),
            P("July 12, 2027"),
            P("Utilization Management Department, North Star Cooperative Health Plan (synthetic)  Fax: 000-000-0000"),
            P(f"RE: Request for prior authorization - {patient(20)}, DOB 10/10/1964, MRN {mrn(20)}, Member ID SYN-M-57020"),
            P("Requested service: Stereotactic body radiation therapy (SBRT), thoracic spine T9, 2 fractions, with stereotactic treatment management"),
            P("To whom it may concern:"),
            P("I am writing to request authorization of stereotactic body radiation therapy for my patient, a 62-year-old man with "
              "metastatic renal cell carcinoma (clear cell), on ipilimumab and nivolumab, with a painful T9 vertebral metastasis. MRI of "
              "the thoracic spine on 07/02/2027 shows an enhancing lesion of the T9 vertebral body and right pedicle with early epidural "
              "extension (Bilsky 1b) and no cord compression. His ECOG performance status is 1 and his extracranial disease is "
              "otherwise controlled."),
            P("Renal cell carcinoma is radioresistant to conventional fractionation, and an ablative dose is needed for durable local "
              "control while respecting the spinal cord tolerance. I therefore propose 24 Gy in 2 fractions to T9 with image guidance "
              "at each fraction, planned on a CT simulation with MRI fusion and body immobilization. Simulation will be scheduled as soon "
              "as authorization is received. This approach follows the ASTRO model policy for SBRT and published consensus guidelines."),
            P("Please contact my office with any questions. Thank you for your prompt review."),
            P("Sincerely,"),
            sig("Solveig Haakonsen-Mbatha, MD, Radiation Oncology 07/12/2027"),
        ]], opts=dict(header=banner(_c, "Prior Authorization", 20, "10/10/1964"))),
    ])


CORPUS = Corpus("blind_corpus57", "tests/blind_corpus57", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
