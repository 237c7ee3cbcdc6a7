"""Sixty-eighth blind corpus, ``tests/blind_corpus68/`` (regenerate: ``python scripts/make_corpus.py blind_corpus68``).

A fair sample of an ordinary week's in-tray from twenty other clinics, by a new hand: half other clinics' system
printouts and exports (radiosurgery plan reports, per-session records, prescriptions, an independent physics check,
key: value, CSV and pipe-delimited exports), half dictated consults, procedure notes, on-treatment notes, completion
summaries and letters. Community practices, academic centres, a neurosurgery service and clinics outside the United
States (the Netherlands, South Africa, Sweden, Japan, Singapore) with their own conventions (decimal commas, "fr",
"Fraktion"-style labels, prescriptions to the isocentre). Five bundles of 2-4 files in which names, doses or the
lesion list change between documents; one scanned chart and one scanned document inside a bundle; one two-column
page; three charts that contradict themselves (``review_expected``); three hard negatives of different kinds (a
consult only, a follow-up letter after an earlier course, an approved plan cancelled before the first fraction).
Every clinic, clinician and planning or record system is invented.

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (letters and exports are deliberately one long line per paragraph or record)

from __future__ import annotations

from pdfmaker import BulletList, ColumnBreak, KeyValue, RuledTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ABIGAIL", "BEATRIX", "CORNELIUS", "DESMOND", "ESPERANZA", "FLETCHER", "GWENDOLYN", "HENRIETTA", "IGNATIUS",
         "JASPER", "KATRINA", "LAVINIA", "MARISOL", "NATHANIEL", "OCTAVIA", "PERCIVAL", "QUINTESSA", "ROSAMUND",
         "SEBASTIAN", "THEODORA"]


def patient(n: int) -> str:
    return f"SIXTYEIGHTPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-680{n:02d}"


def banner(clinic: str, what: str, n: int, dob: str) -> list[str]:
    return [f"{clinic} -- {what}", f"{patient(n)}   MRN {mrn(n)}   DOB {dob}"]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# z68_01 -- pdf: US community cobalt-60 plan report, frame, four metastases ----------------------------------------
_c = "LAKESHORE VALLEY RADIOSURGERY CENTER"
add(name="z68_01", kind="pdf", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("Target 1 left frontal", "cranial", S, 20, 1), L("Target 2 right parietal", "cranial", S, 20, 1),
             L("Target 3 left occipital", "cranial", S, 18, 1), L("Target 4 right cerebellar", "cranial", S, 18, 1)],
    categories=cats(),
    notes="US community radiosurgery center's plan report printout (system 'MERIDIAN-GP (invented)'): four "
          "metastases treated in one session on a cobalt-60 multi-source unit under a head frame, marginal doses "
          "20/20/18/18 Gy at the 50% isodose with maximum doses 40/40/36/36 Gy beside them; shot table per target, "
          "frame co-ordinate check, stereotactic MRI and CT on the day. All codes right.",
    docs=[Doc("z68_01.pdf", [[
        H1("Radiosurgery Treatment Plan Report"),
        KeyValue([("Patient", patient(1)), ("MRN", mrn(1)), ("Date of birth", "03/14/1958"), ("Treatment date", "09/22/2026"),
                  ("Referring", "Thomas Okonkwo-Reyes, MD (Medical Oncology)"),
                  ("Diagnosis", "C79.31 Secondary malignant neoplasm of brain; primary breast carcinoma (HER2+)"),
                  ("Unit", "Cobalt-60 multi-source radiosurgery unit (192 sources)"),
                  ("Fixation", "Stereotactic head frame, 4 pins, placed 06:55 (local anesthesia)"),
                  ("Imaging", "Stereotactic MRI 1 mm T1 post-contrast 07:30; stereotactic CT 1 mm 07:50; co-registered"),
                  ("Planning system", "MERIDIAN-GP 11.2 (invented)"), ("Plan status", "Approved 09/22/2026 10:14")]),
        H2("Targets"),
        RuledTable([("Target", "Location", "Volume (cc)", "Presc. dose (Gy)", "Isodose (%)", "Max dose (Gy)", "Coverage (%)", "Shots"),
                    ("1", "L frontal", "0.74", "20.0", "50", "40.0", "99", "4"),
                    ("2", "R parietal", "0.31", "20.0", "50", "40.0", "100", "2"),
                    ("3", "L occipital", "1.92", "18.0", "50", "36.0", "98", "7"),
                    ("4", "R cerebellar", "2.65", "18.0", "50", "36.0", "98", "9")]),
        H2("Critical structures"),
        RuledTable([("Structure", "Max point dose (Gy)", "Limit (Gy)"), ("Brainstem", "7.2", "12.0"), ("Optic chiasm", "1.9", "8.0"),
                    ("L optic nerve", "1.4", "8.0"), ("R optic nerve", "1.1", "8.0")]),
        P("Total beam-on time 71.4 min at 2.874 Gy/min. V12 (normal brain) 6.1 cc."),
        H2("Delivery"),
        P("Frame co-ordinate verification on the couch: pass (max deviation 0.3 mm). Treatment started 10:41, completed 12:06; "
          "22/22 shots delivered for targets 1-4 without interruption. Frame removed 12:20, pin sites dressed."),
        sig("Renata Vasquez-Holm, MD, Radiation Oncology 09/22/2026 12:31"),
        sig("Curtis Abernathy, MS, DABR, Medical Physics 09/22/2026 12:35"),
        sig("Howard Lindqvist, MD, Neurosurgery 09/22/2026 12:40"),
    ]], opts=dict(header=banner(_c, "Plan Report", 1, "03/14/1958")))])

# z68_02 -- ehr_text: dictated procedure note, cobalt-60 frame SRS for trigeminal neuralgia, 61796 claimed -------------
add(name="z68_02", kind="ehr_text", codes=["77371", "77432", "61796", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve (functional target)", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Academic neurosurgery dictated procedure note with numbers in words: radiosurgery for right trigeminal "
          "neuralgia, one 4 mm shot, eighty Gy maximum dose at the 100% isodose, on a cobalt-60 unit under a frame; "
          "stereotactic MRI (including a thin-slice heavily T2-weighted sequence) and CT. A functional target is "
          "complex: the claimed 61796 is wrong (61798). Earlier microvascular decompression is history.",
    docs=[Doc("z68_02.txt", text=f"""
HARBORVIEW HEIGHTS UNIVERSITY MEDICAL CENTER
DEPARTMENT OF NEUROLOGICAL SURGERY - PROCEDURE NOTE (DICTATED)

PATIENT: {patient(2)}
MRN: {mrn(2)}
DOB: 11/02/1949
DATE OF PROCEDURE: 10/06/2026
DICTATED: 10/06/2026 15:20   TRANSCRIBED: 10/07/2026 08:02   JOB 4471903

SURGEON: Miriam Castellanos-Wright, MD
RADIATION ONCOLOGIST: Anand Seshadri-Bloom, MD
PHYSICIST: Lorraine Ibe, PhD

PREOPERATIVE DIAGNOSIS: Right trigeminal neuralgia, type one, V2 and V3 distribution, refractory to carbamazepine and
oxcarbazepine; recurrent pain after microvascular decompression in 2021.
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: Stereotactic radiosurgery, right trigeminal nerve, cobalt-60 multi-source radiosurgery unit; application of
stereotactic head frame.

DESCRIPTION OF PROCEDURE: The patient was brought to the radiosurgery suite and after local anesthetic was infiltrated at
four pin sites the stereotactic head frame was applied without difficulty. She then underwent stereotactic MRI, including a
thin-slice heavily T2-weighted sequence through the posterior fossa and a volumetric post-contrast T1 sequence, followed by a
stereotactic CT of the head because of artifact from the prior decompression hardware. The images were fused. The right
trigeminal nerve was identified in the prepontine cistern and the target was placed at the retrogasserian portion of the nerve,
approximately seven millimeters anterior to the root entry zone.

Dr. Seshadri-Bloom and I prepared a single-shot plan using the four millimeter collimator in MERIDIAN-GP (invented). A maximum
dose of eighty Gy was prescribed to the one hundred percent isodose line. The fifteen Gy isodose line was kept off the surface
of the pons and the brainstem point dose was twelve point one Gy. Dr. Ibe performed the independent check of the plan and the
frame co-ordinates were verified at the unit before treatment.

The patient was treated in a single session. Beam-on time was fifty-four point six minutes. There were no interruptions. The
frame was removed and the pin sites were dressed. She tolerated the procedure well with no nausea and was discharged home
with her husband.

ESTIMATED BLOOD LOSS: None.
COMPLICATIONS: None.
PLAN: Continue current carbamazepine dose and taper once pain relief begins, usually four to eight weeks. Clinic in three months.

Miriam Castellanos-Wright, MD
Electronically signed 10/07/2026 17:44
{FOOT}
""")])

# z68_03 -- bundle (3 files): consult (6 lesions) -> plan report (7 targets, cGy) -> pipe session record ------------------
_c = "ST. AMBROSE ACADEMIC CANCER INSTITUTE"
add(name="z68_03", kind="bundle", codes=["77372", "77432", "61798", "61799", "61797"],
    facts=F("linac", ["cranial"], 7, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("PTV1_RFront (right frontal, 3.7 cm)", "cranial", C, 15, 1), L("PTV2_LFront", "cranial", S, 20, 1),
             L("PTV3_Pons", "cranial", C, 15, 1), L("PTV4_LCbm", "cranial", S, 18, 1),
             L("PTV5_ROcc", "cranial", S, 20, 1), L("PTV6_LPar", "cranial", S, 20, 1),
             L("PTV7_RTemp (new on planning MRI)", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Academic three-document bundle: the attending's dictated consult lists six melanoma metastases (one 3.7 cm "
          "right frontal, one in the pons) and recommends single-fraction linac SRS; the plan report (doses in cGy, "
          "structure names PTV1_RFront ... PTV7_RTemp) adds a seventh 3 mm lesion found on the planning MRI; the "
          "pipe-delimited session record shows all seven delivered in one session with CBCT and surface guidance. "
          "Two complex (size 3.7 cm; brainstem), five simple.",
    docs=[
        Doc("1_consult.txt", text=f"""
ST. AMBROSE ACADEMIC CANCER INSTITUTE - RADIATION ONCOLOGY CONSULTATION
Patient: {patient(3)}     MRN: {mrn(3)}     DOB: 05/30/1967     Date of service: 09/28/2026
Referring: Priya Halvorsen-Diaz, MD (Melanoma Program)
Attending: Gregory Natividad, MD     Resident: Hannah Oyelaran, MD (PGY-4)

HISTORY OF PRESENT ILLNESS: 59-year-old man with BRAF V600E metastatic melanoma on dabrafenib/trametinib who presented with
word-finding difficulty. MRI brain 09/24/2026 shows six enhancing lesions:
  1. right frontal, 3.7 x 3.1 x 2.9 cm, with moderate vasogenic edema and 3 mm midline shift
  2. left frontal, 0.9 cm
  3. pons, left paramedian, 0.6 cm
  4. left cerebellar hemisphere, 1.4 cm
  5. right occipital, 0.8 cm
  6. left parietal, 0.5 cm
Neurosurgery (Dr. Feld) reviewed the right frontal lesion; resection was offered and the patient declined.

ASSESSMENT AND PLAN: We recommend single-fraction stereotactic radiosurgery to all lesions on the linac. Because of its size the
right frontal lesion will receive 15 Gy, and the pontine lesion 15 Gy given the brainstem location; the remaining lesions 18-20 Gy
depending on size. Whole-brain radiotherapy was discussed and not recommended. He will have a mask made and a thin-slice SRS MRI
with CT simulation next week. Dexamethasone 4 mg twice daily continues. Risks including radionecrosis, hemorrhage and seizure were
reviewed and consent was signed.

I saw and examined the patient with the resident and agree with the plan as documented. -- G. Natividad, MD
{FOOT}
"""),
        Doc("2_plan_report.pdf", [[
            H1("SRS Plan Report - multiple metastases, single isocenter-group"),
            KeyValue([("Patient", f"{patient(3)} ({mrn(3)})"), ("Plan", "BRAIN_MULTI_v2 (approved 10/07/2026)"),
                      ("Machine", "6 MV FFF gantry linac, 2.5 mm leaves, 6DoF couch"),
                      ("Immobilization", "Frameless SRS thermoplastic mask (made 10/02/2026)"),
                      ("Images", "CT sim 1 mm 10/02/2026; SRS MRI T1 MPRAGE post-gad 1 mm 10/02/2026, rigid registration"),
                      ("Planning system", "BLUEHERON TPS 6.4 (invented)"),
                      ("Technique", "2 isocenters, 5 non-coplanar VMAT arcs per isocenter; dose normalized so that 99% of each PTV receives Rx")]),
            RuledTable([("Structure", "Rx (cGy)", "Fx", "Rx IDL", "Vol (cc)", "Dmax (cGy)", "CI", "Iso"),
                        ("PTV1_RFront", "1500", "1", "74%", "18.42", "2027", "1.09", "1"),
                        ("PTV2_LFront", "2000", "1", "78%", "0.51", "2564", "1.21", "1"),
                        ("PTV3_Pons", "1500", "1", "80%", "0.14", "1875", "1.30", "2"),
                        ("PTV4_LCbm", "1800", "1", "77%", "1.63", "2338", "1.15", "2"),
                        ("PTV5_ROcc", "2000", "1", "78%", "0.33", "2564", "1.25", "1"),
                        ("PTV6_LPar", "2000", "1", "79%", "0.09", "2532", "1.38", "1"),
                        ("PTV7_RTemp", "2000", "1", "80%", "0.03", "2500", "1.52", "1")]),
            P("PTV7_RTemp: 3 mm right temporal lesion new on the 10/02 planning MRI (not on the 09/24 diagnostic MRI); added after "
              "attending review 10/05/2026. PTV = GTV + 1 mm for all targets."),
            RuledTable([("OAR", "Metric", "Value", "Constraint"), ("Brainstem", "D0.03cc", "1612 cGy", "< 1500 cGy (PTV3 overlap accepted)"),
                        ("Optic chiasm", "Dmax", "312 cGy", "< 800 cGy"), ("Brain - PTVs", "V12Gy", "14.8 cc", "reported")]),
            sig("Gregory Natividad, MD 10/07/2026; physics plan check Yusuf Brennan-Ito, MS DABR 10/07/2026"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 3, "05/30/1967"))),
        Doc("3_session_record.txt", text=f"""
SESSION_RECORD|PIKE-RV 3.0 (invented)|exported 10/09/2026 16:02
PATIENT|{patient(3)}|{mrn(3)}
COURSE|C1 BRAIN SRS|PLAN BRAIN_MULTI_v2|FX 1 OF 1
DATE|FIELD_GROUP|TARGETS|IGRT|SHIFT_MM|ROT_DEG|MU|STATUS|THERAPISTS
10/09/2026|ISO1 arcs 1-5|PTV1_RFront,PTV2_LFront,PTV5_ROcc,PTV6_LPar,PTV7_RTemp|CBCT+SGRT|0.7|0.4|9814|TREATED|KM/DL
10/09/2026|ISO2 arcs 1-5|PTV3_Pons,PTV4_LCbm|CBCT+SGRT|0.5|0.3|6177|TREATED|KM/DL
SUMMARY|7/7 targets treated|single fraction complete|surface guidance intrafraction threshold 1 mm, no beam holds
PHYSICIAN_PRESENT|G. Natividad, MD|PHYSICIST_PRESENT|Y. Brennan-Ito, MS
{FOOT}
"""),
    ])

# z68_04 -- scan: Dutch clinic, robotic-arm linac FSRT 3 fractions, two metastases (one 3,9 cm) ------------------------
_c = "RADIOTHERAPIECENTRUM ZUIDERPOLDER (synthetic)"
add(name="z68_04", kind="scan", codes=["G0339", "G0340", "77435", "61798", "61797"],
    facts=F("robotic_linac", ["cranial"], 2, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("GTV1 left temporal metastasis (3,9 cm)", "cranial", C, 24, 3),
             L("GTV2 right cerebellar metastasis", "cranial", S, 27, 3)],
    categories=cats(),
    notes="Scanned (150 dpi, slight skew) Dutch treatment summary in English with Dutch headings and decimal commas: "
          "robotic-arm linac fractionated SRT, three fractions, left temporal metastasis 3,9 cm (complex by size) "
          "24 Gy in 3 fr and a right cerebellar metastasis 27 Gy in 3 fr; mask, CT + MRI, 6D skull tracking. "
          "Day-first dates.",
    docs=[Doc("z68_04.pdf", [[
        H1("Behandelsamenvatting / Treatment summary - stereotactic radiotherapy (SRT)"),
        KeyValue([("Naam / Name", patient(4)), ("Patientnummer", mrn(4)), ("Geboortedatum", "21-07-1955"),
                  ("Behandelaar", "dr. M. (Maarten) van Wijngaarden-Post, radiotherapeut-oncoloog"),
                  ("Diagnose", "Hersenmetastasen (2) van niet-kleincellig longcarcinoom"),
                  ("Apparaat / Unit", "Robotic-arm mounted 6 MV linac, 6D skull tracking"),
                  ("Fixatie", "Thermoplastisch masker (open face)"),
                  ("Beeldvorming", "Plannings-CT 1 mm + MRI T1 Gd 1 mm, 28-09-2026, geregistreerd"),
                  ("Planning", "HALDEN-DOSE 3.2 (invented), sequential optimisation, 2 variable-aperture collimator plans"),
                  ("Voorschrift / Rx", "GTV1 24 Gy in 3 fr (8 Gy/fr) op 70% isodose; GTV2 27 Gy in 3 fr (9 Gy/fr) op 75% isodose")]),
        RuledTable([("Doelgebied", "Lokalisatie", "Max. diameter", "Volume (cc)", "Dosis/fr (Gy)", "Totaal (Gy)", "Dekking"),
                    ("GTV1", "links temporaal", "3,9 cm", "21,6", "8,0", "24,0", "97,1%"),
                    ("GTV2", "rechts cerebellair", "1,3 cm", "0,9", "9,0", "27,0", "99,4%")]),
        H2("Bestralingen / Fractions"),
        RuledTable([("Fr", "Datum", "GTV1 (Gy)", "GTV2 (Gy)", "Tracking (mm, gem.)", "Opm."),
                    ("1", "05-10-2026", "8,0", "9,0", "0,4", "-"),
                    ("2", "07-10-2026", "8,0", "9,0", "0,3", "-"),
                    ("3", "09-10-2026", "8,0", "9,0", "0,5", "afgerond / completed")]),
        P("Totaal gegeven: GTV1 24,0 Gy / 3 fr; GTV2 27,0 Gy / 3 fr. Dexamethason afbouwen. MRI na 8 weken, poli-controle daarna."),
        sig("dr. M. van Wijngaarden-Post 09-10-2026"),
    ]], opts=dict(header=banner(_c, "Afdeling Radiotherapie", 4, "21-07-1955"), scan=True, scan_dpi=150, scan_skew=0.6,
                  scan_noise=6.0))])

# z68_05 -- pdf two-column: academic tumour-board style summary, pituitary adenoma 25 Gy/5 fx near the chiasm --------------
_c = "WESTBROOK UNIVERSITY HOSPITALS - NEURO-ONCOLOGY"
add(name="z68_05", kind="pdf", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("residual non-functioning pituitary macroadenoma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Academic two-column course summary: residual non-functioning pituitary macroadenoma after transsphenoidal "
          "resection, 2 mm from the optic chiasm, fractionated SRS 25 Gy in 5 fractions on a gantry linac, mask, "
          "thin-slice MRI fused to CT, CBCT daily; chiasm constraints and a literature-style rationale. Complex "
          "(pituitary tumour; optic apparatus). The 2019 resection is history.",
    docs=[Doc("z68_05.pdf", [[
        H1("Hypofractionated stereotactic radiosurgery: course summary"),
        H2("Background"),
        P(f"{patient(5)} ({mrn(5)}), 47 years. Non-functioning pituitary macroadenoma, transsphenoidal resection 2019; "
          "residual tumour in the right cavernous sinus enlarging on serial MRI (2.1 cm, previously 1.6 cm). Visual fields full. "
          "Skull-base tumour board 08/20/2026: radiosurgery preferred to re-resection."),
        H2("Rationale"),
        P("The superior margin of the residual lies 2 mm from the optic chiasm, so single-fraction SRS at 14-16 Gy would exceed the "
          "chiasm point-dose limit. Hypofractionation to 25 Gy in 5 fractions keeps the chiasm below 25 Gy in 5 fractions while giving "
          "tumour control comparable with single-session series."),
        H2("Simulation and planning"),
        P("Rigid thermoplastic mask with mouth-bite. CT simulation 1 mm and MRI (thin-slice coronal and axial T1 post-gadolinium, 1 mm) "
          "on 09/01/2026, fused. GTV = residual tumour, PTV = GTV + 1 mm (trimmed 0 mm at the chiasm). Four non-coplanar dynamic "
          "conformal arcs, 6 MV FFF gantry linac, planning system OSPREY-PLAN 9 (invented); prescription 25 Gy in 5 fractions to the "
          "82% isodose line, covering 96.8% of the PTV."),
        ColumnBreak(),
        H2("Dosimetry"),
        BulletList(["PTV 3.8 cc; D98% 24.6 Gy, Dmax 30.5 Gy", "Optic chiasm Dmax 23.9 Gy (limit 25 Gy / 5 fx)",
                    "Right optic nerve Dmax 22.7 Gy", "Brainstem D0.03cc 11.2 Gy", "Right ICA (cavernous) Dmax 30.1 Gy, accepted"]),
        H2("Delivery"),
        RuledTable([("Fx", "Date", "CBCT (mm)", "Dose (Gy)"), ("1", "09/14/2026", "0.6", "5"), ("2", "09/15/2026", "0.4", "5"),
                    ("3", "09/16/2026", "0.7", "5"), ("4", "09/17/2026", "0.3", "5"), ("5", "09/18/2026", "0.5", "5")]),
        P("Completed 09/18/2026: 25 Gy in 5 fractions to the residual pituitary adenoma. No visual symptoms; mild fatigue."),
        H2("Follow-up"),
        P("Endocrine panel at 6 months; MRI and formal visual fields at 6 and 12 months."),
        sig("Adaeze Thorsby-Mensah, MD, PhD, Associate Professor, Radiation Oncology 09/18/2026"),
    ]], opts=dict(header=banner(_c, "Course summary", 5, "02/02/1979"), two_columns=True))])

# z68_06 -- ehr_text: terse community SRS treatment note, header copied forward says 20 Gy, delivered 1800 cGy -------------
add(name="z68_06", kind="ehr_text", codes=["77371", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left cerebellar metastasis", "cranial", S, 18, 1)],
    categories=cats(),
    contradiction="The assessment-and-plan line copied forward from the consult says SRS 20 Gy x1, while the treatment line and the plan approval give 1800 cGy in one fraction delivered.",
    notes="Terse community-practice SRS treatment-day note with abbreviations: the A/P line copied from the consult "
          "says 'SRS 20 Gy x1', but the plan was approved at 1800 cGy (brainstem proximity) and 1800 cGy x 1 was "
          "delivered on a 6 MV FFF gantry linac, 3 arcs at the 80% IDL, mask, CT sim + MRI fused, CBCT. The "
          "claimed 77371 (cobalt-60) is wrong for a linac.",
    docs=[Doc("z68_06.txt", text=f"""
PINE HOLLOW CANCER CARE - RAD ONC
SRS TX NOTE   10/13/2026 11:52
Pt: {patient(6)}   MRN {mrn(6)}   DOB 07/19/1951
Attending: D. Ferreira-Nakamura, MD

Dx: NSCLC w/ solitary L cerebellar met, 1.4 cm
A/P (from consult 09/30): L cerebellar met -> SRS 20 Gy x1, mask, MRI fusion

Sim 10/06: CT 1mm + thin-slice MRI T1+C fused. Open-face mask.
Plan approved 10/10 (TIDEWATER-RV (invented)): Rx changed to 1800 cGy d/t brainstem proximity (4 mm), 6MV FFF, 3 VMAT arcs, 80% IDL, PTV cov 98%
Brainstem Dmax 11.4 Gy

Tx today: 1800 cGy x 1 fx delivered to L cerebellar PTV. CBCT pre-tx, 0.6 mm, 6DoF couch applied. MD present for IGRT + beam on.
Tolerated well. No N/V. Decadron 2mg x 5d then stop.
F/u MRI 8 wk.

-- DFN
{FOOT}
""")])

# z68_07 -- bundle (2 files): neurosurgery procedure note (pdf) + physics second check (key: value) for an AVM -------------
_c = "MERCY CROSSING NEUROSCIENCE INSTITUTE"
add(name="z68_07", kind="bundle", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI", "angiography"], ["frame"]),
    lesions=[L("left parietal AVM nidus (Target 1)", "cranial", C, 18, 1)],
    categories=cats(),
    notes="Two-document bundle: the neurosurgeon's procedure note (frame, stereotactic MRI, CT and biplane "
          "angiography, left parietal AVM nidus 2.6 cm, marginal 18 Gy at the 50% isodose on a cobalt-60 unit) and "
          "the physicist's independent second-check export where the same target is 'Target 1 AVM_nidus_Lpar' with "
          "1800 cGy / 3600 cGy maximum. AVM: complex.",
    docs=[
        Doc("1_procedure_note.pdf", [[
            H1("Procedure Note - Gamma-unit Radiosurgery"),
            KeyValue([("Patient", patient(7)), ("MRN", mrn(7)), ("Date", "08/18/2026"), ("Surgeon", "Benedikt Aurelio-Strand, MD"),
                      ("Radiation oncologist", "Simone Achterberg, MD"), ("Indication", "Left parietal arteriovenous malformation, Spetzler-Martin grade II, presenting with seizures; no prior hemorrhage")]),
            P("Procedure: A stereotactic head frame was applied under local anesthesia with light sedation. Stereotactic MRI (T1 post-contrast "
              "and time-of-flight) and a stereotactic CT were obtained, followed by biplane digital subtraction angiography with the "
              "localizer box. The nidus, 2.6 x 2.2 x 2.0 cm (5.1 cc), was outlined on the angiogram and the MRI together."),
            P("A 14-shot plan was prepared on MERIDIAN-GP (invented). A marginal dose of 18 Gy was prescribed to the 50% isodose line "
              "(maximum 36 Gy), covering 97% of the nidus; 12 Gy volume 11.8 cc. The plan was delivered on the cobalt-60 multi-source "
              "unit in a single session after frame co-ordinate verification. Beam-on time 46 minutes."),
            P("The frame was removed and the patient was observed for two hours. Levetiracetam continues. MRI every 6 months; angiography "
              "at 3 years to confirm obliteration."),
            sig("Benedikt Aurelio-Strand, MD 08/18/2026"),
        ]], opts=dict(header=banner(_c, "Neurosurgery", 7, "12/09/1990"))),
        Doc("2_physics_second_check.txt", text=f"""
MERCY CROSSING NEUROSCIENCE INSTITUTE -- RADIOSURGERY PHYSICS INDEPENDENT CHECK (CEDARLINE-QA 2.1, invented)
Patient ............... {patient(7)}
MRN ................... {mrn(7)}
Treatment date ........ 08/18/2026
Unit .................. cobalt-60 multi-source radiosurgery unit, source decay-corrected dose rate 2.611 Gy/min
Fixation .............. stereotactic head frame (frame-based), localizer fiducials on MRI/CT/angio all within 0.4 mm
Imaging used .......... MRI T1+C / TOF 1 mm; CT 1 mm; DSA biplane (AP + lateral)
Target 1 .............. AVM_nidus_Lpar   Rx 1800 cGy @ 50% IDL   Max 3600 cGy   Vol 5.10 cc   Shots 14
Calc time (TPS) ....... 45.92 min
Calc time (indep.) .... 46.31 min    Difference +0.85% (tolerance 3%)  PASS
Frame co-ord check .... X/Y/Z at couch vs plan: 0.2 / 0.1 / 0.3 mm  PASS
Delivered ............. 14/14 shots, 1800 cGy marginal, 08/18/2026 11:02-11:49
Checked by ............ Oksana Petrakis-Lund, PhD, DABR   08/18/2026
{FOOT}
"""),
    ])

# z68_08 -- pdf letter: South African FSRT, cavity + 2 metastases 3 fr; opening paragraph says 30 Gy in five ----------------
_c = "PROTEA RIDGE ONCOLOGY CENTRE, CAPE TOWN (synthetic)"
add(name="z68_08", kind="pdf", codes=["77372", "77435", "61798", "61797"],
    facts=F("linac", ["cranial"], 3, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("right parietal resection cavity (3,6 cm)", "cranial", C, 27, 3), L("left occipital metastasis", "cranial", S, 24, 3),
             L("right frontal metastasis", "cranial", S, 24, 3)],
    categories=cats(),
    contradiction="The letter's opening paragraph says the cavity received thirty gray in five fractions, while the dose table and the treatment dates give 27 Gy in 3 fractions to the cavity (and 24 Gy in 3 to each metastasis).",
    notes="South African letter to the referring medical oncologist: fractionated stereotactic RT in three fractions to a "
          "3,6 cm right parietal resection cavity (complex by size, 27 Gy/3 fr) and two intact metastases (24 Gy/3 fr each); "
          "the opening paragraph still quotes the originally considered 30 Gy in five fractions. Mask, planning CT + MRI, "
          "CBCT. Claimed 77372 wrong for a 3-fraction course.",
    docs=[Doc("z68_08.pdf", [[
        P("PROTEA RIDGE ONCOLOGY CENTRE - Radiation Oncology, Level 2, Constantia Medical Park (synthetic)"),
        P("20 October 2026"),
        P("Dr Lindiwe Mokoena-Fairbairn, Medical Oncologist, Southern Suburbs Oncology"),
        P(f"Re: {patient(8)}   Folder no. {mrn(8)}   DOB 04/11/1963"),
        P("Dear Lindiwe,"),
        P("Thank you for referring Mrs Sixtyeightpatient, whom you know with metastatic breast cancer (luminal B). I am pleased to let "
          "you know that she has completed her course of fractionated stereotactic radiotherapy, thirty gray in five fractions to the "
          "resection cavity, together with treatment of the two small metastases seen on her post-operative MRI."),
        P("Following Mr Pillay-Hendricks' resection of the right parietal metastasis on 8 September, the cavity measured 3,6 cm. She was "
          "immobilised in a thermoplastic mask and planned on a 1 mm CT fused with a post-contrast MRI (29/09/2026). Using a 6 MV "
          "gantry linac with three non-coplanar VMAT arcs on SAVANNA-PLAN 4 (invented), each target was prescribed to the 80% isodose:"),
        RuledTable([("Target", "Size", "Dose per fraction", "Total", "Dates"),
                    ("R parietal cavity", "3,6 cm", "9 Gy", "27 Gy / 3 fr", "06, 08, 10/10/2026"),
                    ("L occipital metastasis", "1,0 cm", "8 Gy", "24 Gy / 3 fr", "06, 08, 10/10/2026"),
                    ("R frontal metastasis", "0,7 cm", "8 Gy", "24 Gy / 3 fr", "06, 08, 10/10/2026")]),
        P("A cone-beam CT was acquired and matched before each fraction. All three fractions were delivered as planned. She had a mild "
          "headache after the second fraction, settled with paracetamol, and completed her dexamethasone taper on 17 October."),
        P("I have booked an MRI brain for early December and will see her with the result. She may continue her CDK4/6 inhibitor."),
        P("Kind regards,"),
        sig("Dr Themba Vorster-Naidoo, MBChB FC Rad Onc (SA), Radiation Oncologist"),
        P("cc: Mr R. Pillay-Hendricks (Neurosurgeon); the patient"),
    ]])])


# ==================================================================================================
# Spine
# ==================================================================================================

# z68_09 -- pdf: US hospital per-session record, single-fraction T10 1800 cGy ------------------------------------------------
_c = "GRANITE FALLS REGIONAL MEDICAL CENTER"
add(name="z68_09", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 1, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T10 vertebral body metastasis", "spinal", None, 18, 1)],
    categories=cats(),
    notes="US hospital record-and-verify session printout (QUARRY-OIS, invented): single-fraction spine SBRT to T10, "
          "1800 cGy x 1 (cGy throughout, field MU list), full-body vacuum cushion, CT sim with MRI fusion, CBCT plus "
          "orthogonal kV at mid-treatment. A single-fraction spine course is 77373, not a cranial code.",
    docs=[Doc("z68_09.pdf", [[
        H1("Treatment Session Record"),
        KeyValue([("Patient", f"{patient(9)}"), ("MRN", mrn(9)), ("Course", "C2 SPINE SBRT"), ("Plan", "T10_SBRT_1x1800"),
                  ("Site", "T10 vertebral body and left pedicle (metastatic prostate adenocarcinoma)"),
                  ("Rx", "1800 cGy x 1 fraction to PTV_T10 (D90% >= Rx), cord PRV Dmax < 1200 cGy"),
                  ("Machine", "LINAC-3: 6 MV FFF gantry linac, HD MLC"),
                  ("Setup", "Supine, arms up, full-body vacuum cushion (indexed), knee sponge"),
                  ("Sim", "CT simulation 1.25 mm 09/29/2026; MRI T-spine T1/T2 1 mm 09/30/2026 registered to CT"),
                  ("Planning", "BLUEHERON TPS 6.4 (invented), 2 VMAT arcs")]),
        RuledTable([("Date", "Fx", "Field", "MU planned", "MU delivered", "Dose (cGy)", "Cum. (cGy)", "Status"),
                    ("10/05/2026", "1", "ARC1 CW", "2261", "2261", "", "", "Treated"),
                    ("10/05/2026", "1", "ARC2 CCW", "2198", "2198", "1800", "1800", "Treated")]),
        RuledTable([("Image", "Time", "Result", "Approved"), ("CBCT pre-tx", "08:42", "shift 1.1 / -0.6 / 0.4 mm, pitch 0.5 deg", "MD/PHY"),
                    ("CBCT verify", "08:51", "residual 0.3 mm", "MD"), ("kV pair mid-tx", "08:58", "0.2 mm", "RTT")]),
        P("Session comment: Course complete, 1800 cGy to T10 in 1 fraction. Pain 3/10 pre, 2/10 post. Dexamethasone 4 mg pre-treatment given."),
        sig("Everett Mbeki-Larsson, MD 10/05/2026 09:20"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology - QUARRY-OIS (invented) printout", 9, "08/25/1947")))])

# z68_10 -- ehr_text: dictated completion summary, T8-T9 contiguous one PTV, 24 Gy in 2; no IGRT named; 63621 claimed -------
add(name="z68_10", kind="ehr_text", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T8-T9 contiguous vertebral metastases (one PTV)", "spinal", None, 24, 2)],
    categories=cats(delivery_verification=False),
    notes="Community dictated treatment summary with numbers in words: contiguous T8 and T9 metastases (renal cell) "
          "contoured as one target and treated with twenty-four Gy in two fractions on a gantry linac; vacuum bag, CT "
          "simulation with MRI fusion, isodose and arcs given. No image guidance or QA is mentioned: verification "
          "unmet. One spinal lesion, so the claimed 63621 is wrong.",
    docs=[Doc("z68_10.txt", text=f"""
RIVERBEND ONCOLOGY ASSOCIATES
RADIATION THERAPY TREATMENT SUMMARY

Patient: {patient(10)}          MRN: {mrn(10)}          DOB: 01/27/1960
Physician: Colleen Mbatha-Sorensen, MD
Dictated: 11/04/2026   Transcribed: 11/05/2026

DIAGNOSIS: Metastatic clear cell renal carcinoma with metastases to the eighth and ninth thoracic vertebral bodies.

TREATMENT SUMMARY: Mr. Sixtyeightpatient was seen in consultation on October twelfth for mid-back pain. MRI of the thoracic spine
showed contiguous involvement of T8 and T9 with minimal epidural extension and no cord compression. Given the radioresistant
histology we recommended stereotactic body radiotherapy. He was simulated on October twentieth supine in a vacuum bag with his
arms above his head. A thin-slice CT simulation was fused with a new MRI of the thoracic spine, and a single target volume was drawn
encompassing the T8 and T9 vertebral bodies and left pedicles as one contiguous volume.

Using a six MV flattening-filter-free linear accelerator and two volumetric arcs, he received twenty-four Gy in two fractions of
twelve Gy each, prescribed to the eighty percent isodose line, on October twenty-eighth and October thirtieth, twenty twenty-six.
The spinal cord maximum dose was fourteen point two Gy. He tolerated treatment well with a mild pain flare after the first fraction,
treated with a short course of dexamethasone.

FOLLOW-UP: MRI thoracic spine in three months. He will continue cabozantinib with Dr. Hollister.

Colleen Mbatha-Sorensen, MD
{FOOT}
""")])

# z68_11 -- bundle (3 files): op note, post-op T12 prescription 30 Gy/5, scanned record: stopped after 4 fractions -------------
_c = "NORTHGATE SPINE & CANCER CENTER"
add(name="z68_11", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 4, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T12 post-operative (separation surgery) target", "spinal", None, 24, 4)],
    categories=cats(),
    notes="Three-document bundle: the spine surgeon's brief operative note (T12 separation surgery, T10-L2 fixation), "
          "the radiation prescription (post-operative spine SBRT to 'PTV_T12_postop' 30 Gy in 5 fractions, CT sim + "
          "post-op MRI, vacuum cushion) and a SCANNED treatment record (150 dpi): fractions 1-4 given, fraction 5 not "
          "given (admitted with pulmonary embolism, course discontinued). Delivered 24 Gy in 4 fractions.",
    docs=[
        Doc("1_operative_note.txt", text=f"""
NORTHGATE SPINE & CANCER CENTER - OPERATIVE NOTE (brief)
Patient: {patient(11)}   MRN: {mrn(11)}   Date of surgery: 08/31/2026
Surgeon: Rafael Kowalczyk-Obi, MD
Procedure: T12 posterolateral decompression (separation surgery) and T10-L2 percutaneous pedicle screw fixation
Indication: T12 metastasis (hepatocellular carcinoma) with grade 2 epidural spinal cord compression, ESCC improved to grade 1b
Findings: tumor resected from the dura circumferentially to create a 2-3 mm separation; no CSF leak
Plan: post-operative stereotactic body radiotherapy to T12 at 3-5 weeks; refer Dr. Adebayo-Crane
{FOOT}
"""),
        Doc("2_prescription.pdf", [[
            H1("Radiation Prescription - Spine SBRT (post-operative)"),
            KeyValue([("Patient", f"{patient(11)}  {mrn(11)}"), ("Target", "PTV_T12_postop: T12 vertebral body, pedicles and post-operative epidural space"),
                      ("Dose", "3000 cGy in 5 fractions (600 cGy/fx), D90% >= Rx, to the 78% isodose"),
                      ("Constraints", "Cord (PRV 1.5 mm) Dmax < 2800 cGy; esophagus D5cc < 2750 cGy"),
                      ("Simulation", "CT 1 mm 09/24/2026 with post-operative MRI (metal artifact reduction) 09/23/2026, fused"),
                      ("Immobilization", "Full-body vacuum cushion, arms up"),
                      ("Machine", "6 MV FFF gantry linac; CBCT each fraction"),
                      ("Planning", "OSPREY-PLAN 9 (invented), 3 VMAT arcs; hardware contoured, density override")]),
            sig("Nkechi Adebayo-Crane, MD, Radiation Oncology 09/28/2026"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 11, "06/06/1956"))),
        Doc("3_treatment_record_scan.pdf", [[
            H1("DAILY TREATMENT RECORD - SPINE SBRT"),
            KeyValue([("Patient", f"{patient(11)}"), ("MRN", mrn(11)), ("Plan", "PTV_T12_postop  3000 cGy / 5 fx")]),
            RuledTable([("Fx", "Date", "CBCT match", "Dose (cGy)", "Cumulative (cGy)", "Initials"),
                        ("1", "10/05/2026", "bony + hardware, 0.9 mm", "600", "600", "JT/MA"),
                        ("2", "10/07/2026", "0.6 mm", "600", "1200", "JT/MA"),
                        ("3", "10/09/2026", "0.8 mm", "600", "1800", "MA/RS"),
                        ("4", "10/12/2026", "0.5 mm", "600", "2400", "JT/RS"),
                        ("5", "10/14/2026", "--", "NOT GIVEN", "2400", "--")]),
            P("10/14/2026: Patient admitted 10/13 with pulmonary embolism, anticoagulated. Discussed with Dr. Adebayo-Crane: course "
              "DISCONTINUED after fraction 4; will not be resumed. Total delivered 2400 cGy in 4 fractions."),
            sig("N. Adebayo-Crane, MD 10/14/2026"),
        ]], opts=dict(header=banner(_c, "Treatment record", 11, "06/06/1956"), scan=True, scan_dpi=150, scan_skew=0.4)),
    ])

# z68_12 -- pdf: Swedish re-irradiation, robotic-arm linac, L2 (re-RT) and T9, 3 fractions -----------------------------------
_c = "NORRVIKENS UNIVERSITETSSJUKHUS - ONKOLOGISKA KLINIKEN (synthetic)"
add(name="z68_12", kind="pdf", codes=["G0339", "G0340", "77435", "63620", "63621"],
    facts=F("robotic_linac", ["spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L2 vertebral metastasis (re-irradiation)", "spinal", None, 24, 3), L("T9 vertebral metastasis", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Swedish treatment summary in English (decimal commas, 'fr', personnummer-style ID replaced by the MRN): "
          "robotic-arm linac stereotactic RT in 3 fractions to L2 (re-irradiation after 20 Gy/5 fr in 2025, other "
          "course) 24 Gy and to a new T9 metastasis 27 Gy; vacuum mattress, CT + MRI, spine tracking. Cumulative "
          "EQD2 to the cord and the 2025 course numbers are not this course's doses. Two spinal lesions.",
    docs=[Doc("z68_12.pdf", [[
        H1("Behandlingssammanfattning - stereotaktisk strålbehandling, kotpelare"),
        P("Treatment summary (English version for the referring clinic)"),
        KeyValue([("Patient", patient(12)), ("ID", mrn(12)), ("Ansvarig läkare", "Dr Ingrid Sjöberg-Achebe, överläkare"),
                  ("Diagnos", "Bröstcancer (luminal A) med skelettmetastaser"),
                  ("Tidigare strålning / previous RT", "L1-L3 20 Gy / 5 fr, 03/2025 (konventionell, palliativ)"),
                  ("Aktuell behandling", "SBRT L2 (re-bestrålning) 24 Gy / 3 fr; SBRT T9 27 Gy / 3 fr"),
                  ("Apparat", "Robotic-arm mounted 6 MV linac, image-guided spine tracking (fiducial-free)"),
                  ("Fixation", "Vakuummadrass / vacuum mattress, supine"),
                  ("Bilder", "DT (CT) 1 mm + MR T1/T2/STIR 2026-09-11, fusion"),
                  ("Dosplan", "NORRSKEN-TPS 5 (invented); L2 to 72% isodose, T9 to 75% isodose; 2 targets, 1 plan, 198 beams")]),
        RuledTable([("Target", "Dos/fr (Gy)", "Antal fr", "Total (Gy)", "D95% (Gy)", "Dmax (Gy)", "Märg (cord) D0,03cc (Gy)"),
                    ("PTV_L2", "8,0", "3", "24,0", "24,1", "33,3", "— (cauda 16,9)"),
                    ("PTV_T9", "9,0", "3", "27,0", "27,2", "36,0", "17,8")]),
        RuledTable([("Fr", "Datum", "L2 (Gy)", "T9 (Gy)", "Tracking (mm)", "Sign"),
                    ("1", "2026-09-21", "8,0", "9,0", "0,7", "AL/KB"), ("2", "2026-09-23", "8,0", "9,0", "0,5", "AL/KB"),
                    ("3", "2026-09-25", "8,0", "9,0", "0,6", "KB/EO")]),
        P("Kumulativ dos cauda equina L2 (båda serierna) EQD2 (alfa/beta 2) 58,3 Gy - accepterad. Behandlingen avslutad 2026-09-25 enligt plan."),
        sig("Ingrid Sjöberg-Achebe, överläkare, 2026-09-25"),
    ]], opts=dict(header=banner(_c, "Strålbehandling", 12, "1952-03-18")))])

# z68_13 -- ehr_text: CSV course export, T3 27 Gy/3 (cGy per fx), no immobilisation recorded; 77432 claimed --------------------
add(name="z68_13", kind="ehr_text", codes=["77373", "77432", "63620"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], []),
    lesions=[L("T3 vertebral metastasis", "spinal", None, 27, 3)],
    categories=cats(positioning=False),
    notes="CSV export from a record-and-verify system (LIMESTONE-RV, invented): header block, a course line and one row "
          "per fraction with dose in cGy (900 per fraction, cumulative 2700); T3 spine SBRT 27 Gy in 3 on a gantry "
          "linac, CT sim + MRI fusion, CBCT each fraction. The setup/immobilisation field is empty: positioning unmet. "
          "77432 (single-session cranial management) is wrong for spine.",
    docs=[Doc("z68_13.txt", text=f"""
# LIMESTONE-RV (invented) course export v2.3, generated 2026-11-19T14:22:05
# site: Bayview Community Hospital Radiation Oncology
patient_name,mrn,dob,course_id,diagnosis,attending
"{patient(13)}",{mrn(13)},1949-10-02,C1,"C79.51 secondary malignant neoplasm of bone (T3), primary lung adenocarcinoma","Felix Oduya-Brandt MD"
course_id,site,technique,machine,plan_id,rx_total_cgy,rx_fractions,rx_isodose_pct,planning_system,sim_ct,mri_fusion,setup_device
C1,"Spine T3","SBRT VMAT 2 arcs","6MV FFF gantry linac (LA2)",T3_SBRT_v1,2700,3,80,"BLUEHERON TPS 6.4 (invented)",2026-11-03,"Y (MRI T-spine 2026-11-02)",
fraction,date,plan_id,dose_cgy,cum_dose_cgy,igrt,shift_mm,status,therapists
1,2026-11-10,T3_SBRT_v1,900,900,CBCT,1.2,TREATED,RM;SJ
2,2026-11-12,T3_SBRT_v1,900,1800,CBCT,0.8,TREATED,RM;SJ
3,2026-11-14,T3_SBRT_v1,900,2700,CBCT,0.6,TREATED,SJ;TW
course_status,COMPLETE,delivered_cgy,2700,delivered_fractions,3,approved_by,"Felix Oduya-Brandt MD 2026-11-14"
# {FOOT}
""")])


# ==================================================================================================
# Body SBRT
# ==================================================================================================

# z68_14 -- pdf: Japanese physics independent check + fraction record, lung 48 Gy/4 fr to the isocentre ------------------
_c = "KIYOSUMI MUNICIPAL HOSPITAL (synthetic) - DEPT. OF RADIATION ONCOLOGY"
add(name="z68_14", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 4, ["CT"], ["body_immobilization"]),
    lesions=[L("right upper lobe peripheral lung cancer", "body", None, 48, 4)],
    categories=cats(),
    notes="Japanese-convention physics document: lung SBRT 48 Gy in 4 fractions prescribed to the isocentre (with "
          "D95% of the PTV also given), independent MU verification table per beam, 4DCT/ITV, vacuum cushion, CBCT "
          "before each fraction; fraction record on the second half. ISO-style dates. All codes right.",
    docs=[Doc("z68_14.pdf", [[
        H1("Stereotactic body radiotherapy (SBRT) - physics check and treatment record"),
        KeyValue([("Patient ID", mrn(14)), ("Name", patient(14)), ("Diagnosis", "Lung cancer, right upper lobe S2, cT1bN0M0, adenocarcinoma (peripheral)"),
                  ("Prescription", "48 Gy / 4 fr at isocentre (12 Gy/fr); PTV D95% 40,1 Gy (reported)"),
                  ("Planning CT", "4D-CT 2 mm, 2026-09-08; ITV from 10 phases; PTV = ITV + 5 mm"),
                  ("Fixation", "Vacuum cushion with arm support, abdominal belt not used"),
                  ("Machine / TPS", "6 MV gantry linac (No. 2); KIYOSUMI-TPS 3 (invented), 7 non-coplanar static beams")]),
        H2("Independent monitor-unit verification"),
        RuledTable([("Beam", "Gantry/Couch", "MU (TPS)", "MU (check)", "Diff (%)"),
                    ("1", "30/0", "412", "415", "+0,7"), ("2", "80/0", "398", "401", "+0,8"), ("3", "130/0", "377", "374", "-0,8"),
                    ("4", "180/0", "405", "409", "+1,0"), ("5", "320/20", "389", "392", "+0,8"), ("6", "20/340", "401", "396", "-1,2"),
                    ("7", "270/0", "366", "368", "+0,5")]),
        P("Result: all beams within 3%. Isocentre dose (check) 12,04 Gy per fraction. Checked by: Medical physicist Haruka Tsujimoto-Grant."),
        H2("Treatment record"),
        RuledTable([("Fr", "Date", "CBCT (mm)", "Dose (Gy)", "Total (Gy)", "Therapist"),
                    ("1", "2026-09-15", "1,8", "12", "12", "Sato / Ueda"), ("2", "2026-09-17", "1,2", "12", "24", "Sato / Mori"),
                    ("3", "2026-09-19", "2,0", "12", "36", "Ueda / Mori"), ("4", "2026-09-22", "1,4", "12", "48", "Sato / Ueda")]),
        P("Treatment completed 2026-09-22, 48 Gy in 4 fractions. Radiation pneumonitis follow-up CT at 3 months."),
        sig("Dr Kenji Arakawa-Bell, Radiation Oncologist, 2026-09-22"),
    ]], opts=dict(header=banner(_c, "Physics", 14, "1944-05-30")))])

# z68_15 -- bundle (4 files): oligometastatic MR-linac, liver + adrenal; consult had a third target; letter adrenal dose wrong ----
_c = "CASCADE SOUND CANCER CENTER"
add(name="z68_15", kind="bundle", codes=["77373", "77435", "G0339"],
    facts=F("linac", ["body"], 2, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("liver segment VI metastasis (PTV_Liv6)", "body", None, 40, 5), L("left adrenal metastasis (PTV_LAdr)", "body", None, 35, 5)],
    categories=cats(),
    contradiction="The completion letter says both targets received forty Gy in five fractions, while the prescription and the fraction log give the left adrenal 35 Gy in 5 (7 Gy per fraction) and the liver 40 Gy in 5.",
    notes="Four-document oligometastatic bundle: the consult (colorectal primary; liver VI, left adrenal and a right lower "
          "lobe nodule to be biopsied; proposes liver 45 Gy/3), the MR-linac prescription after the nodule proved a "
          "granuloma (liver 40 Gy/5, adrenal 35 Gy/5, adaptive), a CSV fraction log, and a completion letter that gives "
          "both targets 40 Gy. Two body lesions on a gantry MR-linac; G0339 (robotic only) is wrong.",
    docs=[
        Doc("1_consult.txt", text=f"""
CASCADE SOUND CANCER CENTER - RADIATION ONCOLOGY NEW PATIENT CONSULTATION
{patient(15)}   MRN {mrn(15)}   DOB 10/10/1962   Seen 08/24/2026
Referring: Dr. Wendell Achebe-Marsh (GI Oncology)

Ms. Sixtyeightpatient has metastatic rectal adenocarcinoma (KRAS G12D), status post low anterior resection 2024. Surveillance CT
and PET/CT 08/2026 show a 2.2 cm segment VI liver metastasis, a 2.8 cm left adrenal metastasis, and an 8 mm right lower lobe nodule
with low-level uptake.

Impression / recommendations:
 1. Oligometastatic disease, candidate for SBRT to all sites after tumor board.
 2. Liver segment VI: SBRT 45 Gy in 3 fractions would be my preference if dose constraints allow.
 3. Left adrenal: SBRT, 35-40 Gy in 5 fractions, on the MR-linac because of the adjacent bowel.
 4. RLL nodule: navigational bronchoscopic biopsy first; treat if malignant.
 5. MRI simulation with CT for electron density once the biopsy result is back.

Helena Fairweather-Osei, MD
{FOOT}
"""),
        Doc("2_prescription.pdf", [[
            H1("MR-guided SBRT prescription (two targets, one course)"),
            KeyValue([("Patient", f"{patient(15)} / {mrn(15)}"), ("Unit", "1.5 T MR-linac (gantry linac, 7 MV FFF), online adaptive"),
                      ("Simulation", "CT 2 mm (electron density) 09/10/2026 + MRI simulation T2 / 3D balanced 09/10/2026"),
                      ("Immobilization", "Vacuum cushion, arms on chest, knee support"),
                      ("Note", "RLL nodule: biopsy 09/02/2026 necrotizing granuloma, no malignancy - NOT a target"),
                      ("Plan", "Step-and-shoot IMRT, 11 beams per target, daily adapt-to-shape, gating on cine MRI; planning system OSPREY-PLAN 9 MR (invented)")]),
            RuledTable([("Target", "Total", "Fractions", "Dose/fx", "Coverage objective", "Key OAR"),
                        ("PTV_Liv6", "40 Gy", "5", "8 Gy", "V100% >= 95%", "duodenum D0.5cc < 33 Gy"),
                        ("PTV_LAdr", "35 Gy", "5", "7 Gy", "V100% >= 95%", "stomach D0.5cc < 33 Gy")]),
            P("Liver dose reduced from the 45 Gy in 3 fractions discussed at consult because of the adjacent hepatic flexure; both targets "
              "treated at each session."),
            sig("Helena Fairweather-Osei, MD 09/14/2026"),
        ]], opts=dict(header=banner(_c, "MR-linac", 15, "10/10/1962"))),
        Doc("3_fraction_log.csv", text=f"""
mrn,patient,fx,date,target,adapt_mode,planned_gy,delivered_gy,gating_efficiency_pct,physician
{mrn(15)},"{patient(15)}",1,2026-09-16,PTV_Liv6,ATS,8.0,8.0,71,HFO
{mrn(15)},"{patient(15)}",1,2026-09-16,PTV_LAdr,ATS,7.0,7.0,68,HFO
{mrn(15)},"{patient(15)}",2,2026-09-18,PTV_Liv6,ATS,8.0,8.0,74,HFO
{mrn(15)},"{patient(15)}",2,2026-09-18,PTV_LAdr,ATP,7.0,7.0,70,HFO
{mrn(15)},"{patient(15)}",3,2026-09-21,PTV_Liv6,ATS,8.0,8.0,69,HFO
{mrn(15)},"{patient(15)}",3,2026-09-21,PTV_LAdr,ATS,7.0,7.0,66,HFO
{mrn(15)},"{patient(15)}",4,2026-09-23,PTV_Liv6,ATS,8.0,8.0,73,HFO
{mrn(15)},"{patient(15)}",4,2026-09-23,PTV_LAdr,ATS,7.0,7.0,72,HFO
{mrn(15)},"{patient(15)}",5,2026-09-25,PTV_Liv6,ATP,8.0,8.0,75,HFO
{mrn(15)},"{patient(15)}",5,2026-09-25,PTV_LAdr,ATS,7.0,7.0,70,HFO
"""),
        Doc("4_completion_letter.txt", text=f"""
CASCADE SOUND CANCER CENTER
October 2, 2026

Wendell Achebe-Marsh, MD
GI Oncology, Cascade Sound Medical Group

RE: {patient(15)}, DOB 10/10/1962, MRN {mrn(15)}

Dear Wendell,

Ms. Sixtyeightpatient completed MR-guided stereotactic body radiotherapy on September 25. Both the segment VI liver metastasis and
the left adrenal metastasis received forty Gy in five fractions with daily adaptive replanning and gating. The right lower lobe
nodule was a granuloma on biopsy and was not treated. She had grade 1 nausea only. I would suggest restaging CT or PET/CT in
eight to ten weeks, and she may resume systemic therapy in two weeks if you wish.

Sincerely,
Helena Fairweather-Osei, MD
Radiation Oncology
{FOOT}
"""),
    ])

# z68_16 -- ehr_text: dictated completion note, prostate SBRT on robotic-arm linac, numbers in words ----------------------------
add(name="z68_16", kind="ehr_text", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Community dictated end-of-treatment note with numbers in words: favorable intermediate-risk prostate cancer, "
          "thirty-six point two five Gy in five fractions on a robotic-arm linac with fiducial tracking, three gold "
          "fiducials and a hydrogel spacer, lower-body vacuum cushion, CT + MRI fusion. Correct robotic codes.",
    docs=[Doc("z68_16.txt", text=f"""
OAK TERRACE RADIATION CENTER
END OF TREATMENT NOTE - dictated by Marcus Delacroix-Amadi, MD on 11/20/2026, transcribed 11/21/2026

PATIENT: {patient(16)}     MRN: {mrn(16)}     DOB: 02/14/1955
DIAGNOSIS: Adenocarcinoma of the prostate, Gleason three plus four equals seven, PSA six point two, clinical T1c, favorable
intermediate risk. No androgen deprivation.

COURSE: Mr. Sixtyeightpatient had three gold fiducial markers and a hydrogel rectal spacer placed by urology on October
twenty-second. On October twenty-ninth he was simulated supine in a lower-body vacuum cushion with a comfortably full bladder.
A planning CT with one and a half millimeter slices was fused with a prostate MRI done the same afternoon.

The prostate and proximal seminal vesicles were treated with stereotactic body radiotherapy on the robotic-arm mounted linear
accelerator with fiducial tracking, to a dose of thirty-six point two five Gy in five fractions of seven point two five Gy,
prescribed to the eighty-three percent isodose line. The plan used one hundred sixty-two non-isocentric beams. Fractions were
delivered every other day from November tenth through November eighteenth. Intrafraction fiducial tracking was within tolerance at
all sessions.

TOLERANCE: Grade one urinary frequency and nocturia, started on tamsulosin. No bowel symptoms.

PLAN: PSA in three months; clinic visit in three months.

Marcus Delacroix-Amadi, MD
{FOOT}
""")])

# z68_17 -- bundle (2 files): pipe course export, 3 targets (2 lung + iliac bone) + weekly on-treatment note; 63620 claimed ------
add(name="z68_17", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["body"], 3, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("RUL lung metastasis (PTV_RUL)", "body", None, 50, 5), L("LLL lung metastasis (PTV_LLL)", "body", None, 50, 5),
             L("right iliac bone metastasis (PTV_RIlium)", "body", None, 35, 5)],
    categories=cats(),
    notes="Oligometastatic sarcoma course in two documents: a pipe-delimited course export (three targets, RUL and LLL "
          "lung 50 Gy/5 and right iliac wing 35 Gy/5, 4DCT with PET fusion, wing board + vacuum bag, CBCT per "
          "fraction) and a weekly on-treatment visit note at fraction 3 of 5 that calls them 'right upper lung', "
          "'left lower lung' and 'pelvic bone'. The ilium is not spine: claimed 63620 is wrong.",
    docs=[
        Doc("1_course_export.txt", text=f"""
|| DUNMORE VALLEY HOSPITAL CANCER SERVICES || PIKE-RV 3.0 (invented) || COURSE EXPORT || 2026-11-06 17:40 ||
| MRN | {mrn(17)} | NAME | {patient(17)} | DOB | 1973-08-08 |
| DIAGNOSIS | Metastatic leiomyosarcoma (uterine primary), oligometastatic: lung x2, right ilium |
| SIM | 4DCT 2 mm 2026-10-22; FDG PET/CT 2026-10-19 fused for GTV_RIlium |
| SETUP | wing board arms up + vacuum bag; indexed |
| MACHINE | 6 MV FFF gantry linac (TB-1) | TPS | SAVANNA-PLAN 4 (invented), VMAT |
| TARGET | RX_TOTAL | FX | DOSE_FX | RX_ISODOSE | IGRT |
| PTV_RUL | 50 Gy | 5 | 10 Gy | 80% | CBCT ITV match |
| PTV_LLL | 50 Gy | 5 | 10 Gy | 80% | CBCT ITV match |
| PTV_RIlium | 35 Gy | 5 | 7 Gy | 85% | CBCT bony match |
| FX | DATE | PTV_RUL | PTV_LLL | PTV_RIlium | STATUS |
| 1 | 2026-10-28 | 10 | 10 | 7 | TREATED |
| 2 | 2026-10-30 | 10 | 10 | 7 | TREATED |
| 3 | 2026-11-02 | 10 | 10 | 7 | TREATED |
| 4 | 2026-11-04 | 10 | 10 | 7 | TREATED |
| 5 | 2026-11-06 | 10 | 10 | 7 | TREATED |
| TOTAL | | 50 | 50 | 35 | COMPLETE |
| APPROVED | Joaquin Whitlow-Adeyinka, MD | 2026-11-06 |
"""),
        Doc("2_on_treatment_note.txt", text=f"""
DUNMORE VALLEY HOSPITAL - RADIATION ONCOLOGY ON-TREATMENT VISIT
{patient(17)} / {mrn(17)}    11/02/2026    Fraction 3 of 5

S: Some fatigue. Mild ache over the right hip, no worse than before. No cough or dyspnea.
O: KPS 80. Weight stable. CBCTs reviewed: good ITV coverage of the right upper lung and left lower lung lesions, pelvic bone
   target matched to bony anatomy, shifts under 3 mm.
A/P: Tolerating SBRT to the right upper lung, left lower lung and right pelvic bone metastases. Continue as planned, two fractions
   remaining. Restaging CT chest and PET in 3 months.
J. Whitlow-Adeyinka, MD
"""),
    ])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# z68_18 -- ehr_text: dictated consult recommending SRS for two metastases, nothing simulated or given ---------------------
add(name="z68_18", kind="ehr_text", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative (consult only): community dictated consultation recommending single-fraction linac SRS, "
          "twenty and eighteen Gy, to two brain metastases; the diagnostic MRI is the referral's, mask and "
          "simulation are to be scheduled. Nothing planned or delivered in this document.",
    docs=[Doc("z68_18.txt", text=f"""
SILVER CREEK RADIATION ONCOLOGY
CONSULTATION (dictated 12/01/2026, transcribed 12/02/2026)

PATIENT: {patient(18)}          MRN: {mrn(18)}          DOB: 09/09/1964
REFERRING PHYSICIAN: Jolene Armistead-Kwan, MD

REASON FOR CONSULTATION: Two new brain metastases.

HISTORY: Ms. Sixtyeightpatient is a sixty-two-year-old woman with stage four lung adenocarcinoma, ALK rearranged, on alectinib
since 2024, who developed headaches. A diagnostic MRI of the brain on November twenty-fourth showed a one point two centimeter
right frontal lesion and an eight millimeter left cerebellar lesion, with no hemorrhage.

IMPRESSION AND PLAN: Two brain metastases in a patient with controlled extracranial disease and a good performance status. I
recommended single-fraction stereotactic radiosurgery, twenty Gy to the right frontal lesion and eighteen Gy to the left
cerebellar lesion, on our linear accelerator with a thermoplastic mask. We reviewed the risks of radionecrosis, seizure and
transient worsening of headache. She would like to think about it and discuss with her family and Dr. Armistead-Kwan. If she
proceeds, we will schedule mask fabrication, a CT simulation and a thin-slice planning MRI. No treatment has been scheduled.

Timothy Ravensworth-Obi, MD
{FOOT}
""")])

# z68_19 -- pdf letter: Singapore follow-up letter 18 months after lung SBRT (2025); nothing new --------------------------------
_c = "MARINA STRAITS CANCER CENTRE (synthetic)"
add(name="z68_19", kind="pdf", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative (follow-up letter after an earlier course): Singapore clinic letter to the family physician "
          "18 months after lung SBRT given in May 2025 (54 Gy in 3 fractions, 4DCT, vacuum cushion); a surveillance CT "
          "shows stable fibrosis and no treatment is given or planned.",
    docs=[Doc("z68_19.pdf", [[
        P("MARINA STRAITS CANCER CENTRE - Department of Radiation Oncology (synthetic)"),
        P("28 November 2026"),
        P("Dr Tan Wei Ling-Haverford, Bukit Rimba Family Clinic"),
        P(f"Re: {patient(19)}   NRIC (synthetic) / MRN {mrn(19)}   DOB 17/06/1941"),
        P("Dear Dr Tan,"),
        P("I reviewed Mr Sixtyeightpatient today for routine follow-up, eighteen months after stereotactic body radiotherapy for his "
          "left lower lobe lung cancer. As you will recall, he was treated in May 2025 with 54 Gy in 3 fractions, planned on a 4DCT "
          "with a vacuum cushion."),
        P("His surveillance CT thorax of 20/11/2026 shows stable post-radiation fibrosis at the treated site with no sign of "
          "recurrence, no new nodules and no lymphadenopathy. He has mild exertional breathlessness unchanged from last year and no "
          "chest wall pain."),
        P("No further radiotherapy is needed. I will see him again in six months with a repeat CT thorax."),
        P("Yours sincerely,"),
        sig("Dr Farhan Rahmat-Quigley, Senior Consultant, Radiation Oncology"),
        P("cc: Mr Sixtyeightpatient; Dr Chua (Respiratory Medicine)"),
    ]])])

# z68_20 -- ehr_text: pipe export of an approved spine plan, cancelled before fraction 1 ------------------------------------------
add(name="z68_20", kind="ehr_text", codes=["77373", "77435", "63620"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative (planned, never treated): pipe-delimited course export of an approved L4 spine SBRT plan "
          "(24 Gy in 2, CT sim, vacuum cushion) whose course status is CANCELLED before fraction 1 (transition to "
          "hospice); delivered fractions 0, no dose given.",
    docs=[Doc("z68_20.txt", text=f"""
COURSE_EXPORT|TIDEWATER-RV 8 (invented)|Harrow Point Radiation Oncology|printed 2026-10-30 09:14
PATIENT|{patient(20)}|{mrn(20)}|DOB 1946-12-01
COURSE|C1|SPINE L4 SBRT|intent PALLIATIVE|attending Yolanda Brightwater-Essien MD
PRESCRIPTION|PTV_L4|2400 cGy|2 fx|1200 cGy/fx|D90%>=Rx|status APPROVED 2026-10-21
PLAN|L4_SBRT_v1|6MV FFF gantry linac|2 VMAT arcs|OSPREY-PLAN 9 (invented)|status PLANNING_APPROVED
SIM|2026-10-16|CT 1.25 mm|vacuum cushion|MRI fusion ordered, not performed
SCHEDULE|FX1 2026-10-27|FX2 2026-10-29
SESSION|FX1|2026-10-27|NOT TREATED|patient admitted 2026-10-25, decline in performance status
COURSE_STATUS|CANCELLED 2026-10-29|delivered_fx 0|delivered_dose 0 cGy|reason: transition to hospice care per patient and family
NOTE|No radiation delivered. Plan retired. -- Y. Brightwater-Essien MD
""")])


CORPUS = Corpus("blind_corpus68", "tests/blind_corpus68", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
