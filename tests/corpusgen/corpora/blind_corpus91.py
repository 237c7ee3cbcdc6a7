"""Ninety-first blind corpus, ``tests/blind_corpus91/`` (regenerate: ``python scripts/make_corpus.py blind_corpus91``).

HELD OUT: written blind (without reading the reader's code) and never tuned to; scored once per session.

Twenty stereotactic courses as a US coding office receives them in an ordinary fortnight from about fifteen
other clinics: a third system printouts and exports (plan reports with dose columns, per-session treatment
records in cGy, a prescription-and-record EHR printout with banners, a physics second check, a key: value / CSV
record-and-verify export, a scanned EHR page), a third dictated or typed notes (dictated completion notes, a
typed completion summary with on-treatment visits, a two-column summary, a letter to a referrer, an
end-of-treatment summary), and a third bundles of 2-3 files (.pdf and .txt) in which names, doses or the lesion
list change, plus one combined records-release PDF holding four documents with a scanned sheet inside. Nine
cranial (cobalt-60 frame, cobalt-60 mask fractionated, gantry linac mask, robotic arm; 1-6 metastases, a
resection cavity, an AVM, trigeminal neuralgia), four spine, six body SBRT (lung, liver, prostate, pancreas,
adrenal, para-aortic node) and a conventionally fractionated lung course billed as SBRT; two hard negatives
(a cranial SRS session aborted before beam-on, the conventional lung course); two self-contradicting charts.
Every clinic, clinician and system is invented.

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (dictations and letters are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import BulletList, KeyValue, Paragraph, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

PATIENTS = [("KORVANDER", "EDITH", "02/14/1951"), ("KALLOWMERE", "THOMAS", "09/30/1962"),
            ("KINNISTRAW", "MARGARET", "06/06/1947"), ("KESSELBRINK", "DOLORES", "11/21/1958"),
            ("KATHWAITE", "HAROLD", "03/03/1949"), ("KILBRANNOCK", "RUTH", "07/19/1960"),
            ("KORDELLIS", "VINCENT", "12/01/1955"), ("KEMBLETHORPE", "ANITA", "04/27/1966"),
            ("KROSSWELL", "LEONARD", "08/08/1953"), ("KAVENDISH", "GLORIA", "01/15/1957"),
            ("KELDERSMAN", "ROY", "05/05/1961"), ("KINGSLOE", "PATRICIA", "10/10/1952"),
            ("KOTTERMAN", "WALTER", "02/02/1944"), ("KRAYBOURNE", "FRANCIS", "06/18/1956"),
            ("KESTLEMAN", "DOUGLAS", "09/09/1954"), ("KOWDRAY", "IRENE", "03/29/1963"),
            ("KALDERWOOD", "JANET", "12/12/1950"), ("KNIPPENDALE", "CURTIS", "07/04/1959"),
            ("KORRISTON", "BEVERLY", "08/23/1948"), ("KEVERNHAM", "ARTHUR", "11/11/1945")]


def patient(n: int) -> str:
    last, first, _dob = PATIENTS[n - 1]
    return f"{last}, {first}"


def sur(n: int) -> str:
    return PATIENTS[n - 1][0].capitalize()


def dob(n: int) -> str:
    return PATIENTS[n - 1][2]


def mrn(n: int) -> str:
    return f"SYN-91{n:03d}"


def head(clinic: str, n: int, extra: str = "") -> list[str]:
    return [clinic, f"{patient(n)}   MRN {mrn(n)}   DOB {dob(n)}" + (f"   {extra}" if extra else "")]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# k91_01 -- printout: cobalt-60 frame SRS of a right parietal AVM; stereotactic MRI + angiography --------------------
_c = "HALLOWAY CREEK NEUROSCIENCE CENTER - GAMMA SURGERY SUITE"
add(name="k91_01", kind="printout", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["MRI", "angiography"], ["frame"]),
    lesions=[L("right parietal AVM", "cranial", C, 22, 1)],
    categories=cats(),
    notes="Planning-system dose plan report printout (two pages): single right parietal AVM nidus (Spetzler-Martin II, "
          "2.3 cm) on a cobalt-60 multi-source unit under a 4-pin head frame, stereotactic MRI and biplane stereotactic "
          "angiography the same morning, 22 Gy to the 50% isodose (maximum 44 Gy), 11 shots, shot coordinates checked "
          "and treatment time second-checked; delivery log closes the session. AVM is complex by type (61798).",
    docs=[Doc("k91_01.pdf", [
        [H1("DOSE PLAN REPORT - Radiosurgery"),
         KeyValue([("Patient", patient(1)), ("Patient ID", mrn(1)), ("Date of birth", dob(1)),
                   ("Plan name", "AVM_RPar_v2 (approved)"), ("Planning system", "CORVID DosePlan 9.4 (invented)"),
                   ("Treatment unit", "Cobalt-60 multi-source radiosurgery unit (192 sources), unit 1"),
                   ("Fixation", "Stereotactic head frame, 4 pins, applied 06:55 under local anesthesia"),
                   ("Indication", "Right parietal arteriovenous malformation, Spetzler-Martin grade II, hemorrhage 03/2026"),
                   ("Stereotactic images", "MRI 1 mm T1+Gd, TOF (07:40); biplane DSA with localizer (08:25); registration error 0.3 mm")], value_x=150),
         H2("Target"),
         RuledTable([("Target", "Volume (cc)", "Max dim (mm)", "Presc. dose (Gy)", "Isodose (%)", "Max dose (Gy)", "Coverage (%)"),
                     ("Nidus_RPar", "3.84", "23", "22.0", "50", "44.0", "97.6")], widths=(80, 65, 65, 80, 65, 70, 70)),
         P("Selectivity 0.83, gradient index 2.71, Paddick CI 0.81."),
         H2("Shots"),
         TextTable([("Shot", "X", "Y", "Z", "Sectors (mm)", "Weight"),
                    ("1", "131.2", "96.4", "88.0", "8/8/8/8/4/8/8/8", "1.00"),
                    ("2", "127.5", "99.1", "85.3", "8/8/4/8/8/8/8/8", "0.86"),
                    ("3", "134.8", "93.0", "91.7", "4/4/4/4/8/8/8/8", "0.74"),
                    ("4-11", "see shot table p. 2 of plan file", "", "", "", "")], columns=(0, 50, 110, 170, 230, 360)),
         H2("Risk structures"),
         TextTable([("Structure", "Dmax (Gy)", "Volume > 12 Gy"),
                    ("Brain - nidus", "", "8.9 cc"),
                    ("Right optic radiation", "9.8", ""),
                    ("Brainstem", "3.1", ""),
                    ("Optic chiasm", "1.2", "")], columns=(0, 200, 300)),
         sig("Oriel Whitacre-Banks, MD, Neurosurgery 06/09/2026 09:48 (plan approved)"),
         sig("Sunniva Teague, MD, Radiation Oncology 06/09/2026 09:51 (plan approved)")],
        [H1("Treatment Verification and Delivery Log"),
         TextTable([("Check", "Result", "By"),
                    ("Frame coordinates for all 11 shots vs plan", "agree", "MLR"),
                    ("Independent treatment-time calculation", "within 0.9%", "MLR"),
                    ("Frame adapter / clearance check", "no collision", "MLR / RTT"),
                    ("Patient ID, plan ID, prescription", "verified (time-out 09:58)", "OWB / ST")], columns=(0, 250, 360)),
         KeyValue([("Beam on", "10:06"), ("Beam off", "11:02 (no interruption)"), ("Total treatment time", "56.1 min"),
                   ("Session", "1 of 1"), ("Delivered", "Nidus_RPar 22.0 Gy at the 50% isodose line"),
                   ("Frame removed", "11:14, pin sites dressed")], value_x=150),
         P("Status: TREATMENT COMPLETE. Follow-up MRI/MRA at 6 months, angiography at 3 years."),
         sig("Magnus L. Rennick, PhD, DABR, Medical Physics 06/09/2026 11:20"),
         sig("Sunniva Teague, MD 06/09/2026 11:31")],
    ], opts=dict(header=[_c, f"CORVID DosePlan report   {patient(1)}   {mrn(1)}   printed 06/09/2026 11:40"]))])

# k91_02 -- dictation (text): resection cavity, 27 Gy in 3 on a gantry linac; codes claimed as single-session SRS ---
add(name="k91_02", kind="dictation", codes=["77372", "77432"],
    facts=F("linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal resection cavity", "cranial", S, 27, 3)],
    categories=cats(),
    notes="Dictated completion note from a community practice: post-operative left frontal resection cavity (2.9 cm), "
          "27 Gy in 3 fractions of 9 Gy (numbers in words) on a gantry linac with an open-face mask, CT fused with "
          "the post-op MRI, daily cone-beam CT and surface guidance, physics QA. Three fractions, so the claimed "
          "single-session codes 77372/77432 are wrong (77373/77435).",
    docs=[Doc("k91_02.txt", text=f"""
PELL CREEK RADIATION ONCOLOGY, P.C.
TRANSCRIBED DICTATION
Document type: Radiation Treatment Completion Note
Author: Anselm Rutherford-Dey, MD            Job #: 20264417
Patient: {patient(2)}      MRN: {mrn(2)}      DOB: {dob(2)}
Dictated: 05/22/2026 17:40    Transcribed: 05/23/2026 06:12 by TRANSCRIBE-R (invented)

Doctor Rutherford-Dey dictating a completion note on Thomas {sur(2)}, M R N as above.

DIAGNOSIS: Metastatic non small cell lung cancer, adenocarcinoma, E G F R exon nineteen, with a solitary left frontal brain metastasis, status post gross total resection on April twenty first twenty twenty six by Doctor Hallam.

TREATMENT: Fractionated stereotactic radiotherapy to the left frontal resection cavity, twenty seven gray in three fractions of nine gray, delivered May eighteenth, May twentieth and May twenty second twenty twenty six, on the gantry linac with six M V flattening filter free beams. All three fractions were given as planned with no breaks.

PLANNING: He was simulated May eleventh in an open face thermoplastic mask with a one millimeter CT, and the post operative MRI with contrast from May eighth was fused for contouring. The cavity measured two point nine centimeters in greatest dimension. The C T V was the cavity plus the enhancing rim along the surgical tract with a two millimeter P T V expansion. The plan was three non coplanar VMAT arcs, prescribed to the eighty percent isodose line, with ninety seven percent of the P T V receiving the prescription. Brain V twenty of fourteen cc, optic chiasm max four gray, well away from the target. Physics plan check and patient specific QA were done by Lorena Pakenham and passed.

IMAGE GUIDANCE: Cone beam C T was acquired before every fraction and matched to the planning C T, with six degree of freedom couch correction, and surface guided monitoring was used throughout each treatment. I reviewed and approved the images at each fraction.

TOLERANCE: Mild fatigue. No headache, no seizure. Off dexamethasone since the surgery.

FOLLOW UP: MRI brain in eight weeks and see me after. He continues osimertinib with Doctor Vasquez-Lind.

Summary for the record, left frontal cavity, twenty seven gray in three fractions, completed May twenty second.

ANSELM RUTHERFORD-DEY, M.D.
Electronically signed 05/24/2026 08:03
{FOOT}
""")])

# k91_03 -- typed completion summary: robotic-arm linac, right trigeminal neuralgia, 60 Gy to the 80% line --------
_c = "BRISTLECONE REGIONAL MEDICAL CENTER - RADIOSURGERY"
add(name="k91_03", kind="note", codes=["77372", "77432", "61798", "G0339"],
    facts=F("robotic_linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right trigeminal nerve", "cranial", C, 60, 1)],
    categories=cats(),
    notes="Typed radiosurgery completion summary (hospital outpatient): functional target, right trigeminal "
          "neuralgia after failed carbamazepine and oxcarbazepine, single session on a robotic-arm linac with "
          "skull tracking in a thermoplastic mask, CT fused with a thin-slice MRI; 60 Gy prescribed to the 80% isodose "
          "(maximum 75 Gy). Functional lesion is complex (61798); G0339 fits a robotic single session.",
    docs=[Doc("k91_03.pdf", [[
        H1("Stereotactic Radiosurgery - Completion Summary"),
        KeyValue([("Patient", patient(3)), ("MRN", mrn(3)), ("DOB", dob(3)), ("Date of treatment", "07/14/2026"),
                  ("Physician", "Cassius Ferrante-Owusu, MD, Radiation Oncology"),
                  ("Co-surgeon", "Philippa Marchbank, MD, Neurosurgery"),
                  ("Diagnosis", "G50.0 Trigeminal neuralgia, right, V2/V3 distribution")]),
        H2("Indication"),
        P("79-year-old woman with classical right trigeminal neuralgia for six years, BNI pain score V on presentation. She "
          "failed carbamazepine (hyponatremia) and oxcarbazepine (ataxia, falls) and gabapentin was ineffective. Not a "
          "candidate for microvascular decompression because of cardiac disease (EF 30%). Radiosurgery was recommended at "
          "joint consultation 06/23/2026."),
        H2("Planning"),
        P("Immobilized in a custom thermoplastic head mask. Planning CT with 1.25 mm slices on 07/08/2026; 3T MRI the same "
          "day including 0.5 mm CISS and T1 post-contrast, fused to the planning CT. The target was the cisternal segment "
          "of the right trigeminal nerve, a 6 mm length starting 3 mm anterior to the root entry zone. Plan in the "
          "robotic planning system (LARCH Robotic Planner 3, invented) using a 5 mm fixed cone, 142 non-isocentric beams."),
        P("Prescription: 60 Gy in a single fraction to the 80% isodose line (maximum dose 75 Gy). Brainstem: 15 Gy isodose "
          "line just touching the pial surface, brainstem 0.1 cc 12.4 Gy. Plan reviewed and signed by both physicians; "
          "physics second-check calculation and film QA passed (Anand Lowther, MS)."),
        H2("Treatment"),
        P("Delivered 07/14/2026 on the robotic-arm mounted 6 MV linac in one session of 64 minutes. Six-dimensional skull "
          "tracking with orthogonal x-ray pairs every 45-60 seconds; corrections under 0.5 mm and 0.5 degree throughout. "
          "She tolerated treatment without difficulty."),
        RuledTable([("Target", "Dose", "Fractions", "Isodose", "Max dose", "Date"),
                    ("Right trigeminal nerve (cisternal)", "60 Gy", "1", "80%", "75 Gy", "07/14/2026")]),
        H2("Follow-up"),
        P("Continue current carbamazepine dose unchanged; taper only after pain relief, typically 4-8 weeks. Clinic visit "
          "in 6 weeks; MRI only for new symptoms. Counselled about facial numbness (about 10-15%)."),
        sig("Cassius Ferrante-Owusu, MD 07/15/2026 10:12"),
        sig("Philippa Marchbank, MD 07/15/2026 13:40"),
    ]], opts=dict(header=head(_c, 3)))])

# k91_04 -- bundle (3 files): linac SRS; consult lists four metastases, planning MRI six; one 3 mm from optic tract --
_c = "OSPREY BAY ONCOLOGY ASSOCIATES"
add(name="k91_04", kind="bundle", codes=["77372", "77432", "61798", "61797", "61799"],
    facts=F("linac", ["cranial"], 6, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal", "cranial", S, 20, 1), L("left parietal", "cranial", S, 20, 1),
             L("right cerebellar", "cranial", S, 18, 1), L("left occipital", "cranial", S, 20, 1),
             L("left mesial temporal", "cranial", C, 18, 1), L("right insular", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Three-file bundle: typed consult (four breast-cancer metastases on the diagnostic MRI, recommends "
          "single-session linac SRS), plan report with structure names (planning MRI shows six; PTV_LTemp is 3 mm from "
          "the left optic tract, so complex) and a completion summary listing all six by anatomical name. One complex "
          "and five simple lesions: 61798 + 61797 fit, 61799 (a second complex lesion) does not.",
    docs=[
        Doc("1_consult.txt", text=f"""
OSPREY BAY ONCOLOGY ASSOCIATES - Radiation Oncology
OUTPATIENT CONSULTATION                                   Date of service: 09/01/2026
Patient: {patient(4)}     MRN: {mrn(4)}     DOB: {dob(4)}
Provider: Hyacinth Oduya-Marsh, MD       Referring: Dr. Colm Brennock (Medical Oncology)

CHIEF COMPLAINT: New brain metastases.

HPI: 67 y/o F with ER+/HER2- metastatic breast cancer (bone, liver) on capecitabine, staging MRI brain 08/26/2026 for headaches shows four enhancing lesions:
  - R frontal 1.2 cm
  - L parietal 0.9 cm
  - R cerebellar 1.7 cm, mild edema, no 4th ventricle effacement
  - L occipital 0.6 cm
No hydrocephalus, no leptomeningeal enhancement.

EXAM: KPS 80. Neuro non-focal. Mild unsteadiness on tandem gait.

A/P: Four brain metastases, good performance status, stable extracranial disease. Recommend single-fraction SRS on the linac with a frameless mask (~20 Gy, 18 Gy for the cerebellar lesion given size) rather than WBRT; hippocampal memory risk discussed. Thin-slice planning MRI to be done within 7 days of treatment since new lesions are sometimes found; if so we will treat them in the same session. CT sim next week. Consent signed.

Hyacinth Oduya-Marsh, MD   (e-signed 09/01/2026 16:55)
{FOOT}
"""),
        Doc("2_plan_report.pdf", [[
            H1("SRS Plan Report - Multi-target, single isocenter"),
            KeyValue([("Patient", f"{patient(4)}  ({mrn(4)})"), ("Plan", "MBM_1iso_v3 (APPROVED 09/14/2026)"),
                      ("Machine", "Gantry linac 6 MV FFF, 2.5 mm HD MLC, 6DoF couch"),
                      ("Planning system", "TERN Cranial 4.1 (invented)"),
                      ("Images", "CT sim 09/08/2026 1 mm in frameless SRS mask; MRI 3D T1+Gd 09/11/2026 fused (rigid, reviewed)"),
                      ("Arcs", "4 non-coplanar VMAT arcs (couch 0, 45, 315, 90)"),
                      ("Note", "Planning MRI 09/11: 6 targets (2 new vs 08/26: PTV_LTemp, PTV_RIns)")]),
            RuledTable([("Structure", "Vol (cc)", "Rx (Gy)", "Fx", "IDL", "V100 (%)", "CI", "Dmax (Gy)", "Comment"),
                        ("PTV_RFront", "0.98", "20", "1", "80%", "99.1", "1.12", "24.6", ""),
                        ("PTV_LPar", "0.44", "20", "1", "80%", "99.4", "1.18", "24.9", ""),
                        ("PTV_RCereb", "2.71", "18", "1", "80%", "98.7", "1.09", "22.4", "1.7 cm"),
                        ("PTV_LOcc", "0.15", "20", "1", "80%", "100", "1.31", "25.1", ""),
                        ("PTV_LTemp", "0.24", "18", "1", "80%", "98.0", "1.21", "22.3", "3 mm from L optic tract"),
                        ("PTV_RIns", "0.05", "20", "1", "80%", "100", "1.44", "25.0", "4 mm")]),
            TextTable([("OAR", "Constraint", "Plan"),
                       ("Optic tract L", "Dmax < 8 Gy", "7.6 Gy"),
                       ("Optic chiasm", "Dmax < 8 Gy", "5.2 Gy"),
                       ("Brainstem", "Dmax < 15 Gy", "9.7 Gy"),
                       ("Brain - PTVs", "V12 < 10 cc", "8.3 cc")], columns=(0, 160, 300)),
            P("Physics: independent MU check within 2%; patient-specific QA (array) gamma 2%/1 mm 98.9% PASS."),
            sig("Hyacinth Oduya-Marsh, MD 09/14/2026"),
            sig("Dmitri Halvorsen-Quay, MS, DABR 09/14/2026"),
        ]], opts=dict(header=head(_c + "  -  Physics", 4))),
        Doc("3_treatment_summary.pdf", [[
            H1("Radiosurgery Treatment Summary"),
            KeyValue([("Date of treatment", "09/16/2026 (single session)"), ("Physician", "Hyacinth Oduya-Marsh, MD"),
                      ("Technique", "Linac-based SRS, single isocenter, frameless mask, CBCT + surface guidance")]),
            P(f"Ms. {sur(4)} was treated on 09/16/2026 for six brain metastases. The planning MRI performed five days before "
              "treatment showed two additional lesions beyond the four seen in August (left mesial temporal, right insular); "
              "all six were treated in the same session as discussed at consultation. Cone-beam CT before treatment with "
              "6DoF correction (0.8 mm, 0.5 degrees), verification CBCT after the second arc, surface monitoring within 1 mm."),
            RuledTable([("Lesion", "Size", "Dose", "Fractions"),
                        ("Right frontal", "12 mm", "20 Gy", "1"), ("Left parietal", "9 mm", "20 Gy", "1"),
                        ("Right cerebellar", "17 mm", "18 Gy", "1"), ("Left occipital", "6 mm", "20 Gy", "1"),
                        ("Left mesial temporal (3 mm from optic tract)", "7 mm", "18 Gy", "1"),
                        ("Right insular", "4 mm", "20 Gy", "1")]),
            P("Tolerated well; dexamethasone 4 mg x 3 days. MRI at 8 weeks, then every 3 months."),
            sig("Hyacinth Oduya-Marsh, MD 09/16/2026 15:22"),
        ]], opts=dict(header=head(_c, 4))),
    ])

# k91_05 -- scan (image-only EHR printout): cobalt-60 frame SRS, two metastases ------------------------------------
_c = "WINTHROP LAKES MEDICAL CENTER"
add(name="k91_05", kind="scan", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 2, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left cerebellar", "cranial", S, 20, 1), L("right frontal", "cranial", S, 22, 1)],
    categories=cats(),
    notes="Scanned (image-only, slightly skewed, speckled) EHR printout of a radiosurgery procedure note with print "
          "banners: two melanoma metastases (left cerebellar 14 mm 20 Gy, right frontal 8 mm 22 Gy, 50% isodose) on a "
          "cobalt-60 unit under a frame, stereotactic MRI and CT, coordinate verification by physics.",
    docs=[Doc("k91_05.pdf", [[
        Paragraph("PROCEDURE NOTE - GAMMA RADIOSURGERY", bold=True),
        KeyValue([("Encounter", "10/06/2026  Outpatient procedure  Neurosurgery"),
                  ("Author", "Barnaby Whitcombe-Ito, MD (Neurosurgery)"),
                  ("Co-signer", "Leonie Farquharson, MD (Radiation Oncology)"),
                  ("Status", "Signed")]),
        P("Pre-op diagnosis: Metastatic melanoma to brain, 2 lesions (C79.31). Post-op diagnosis: same."),
        P("Procedure: 1) Application of stereotactic head frame. 2) Stereotactic MRI and CT for localization. "
          "3) Single-session radiosurgery, cobalt-60 multi-source unit."),
        P("Description: The stereotactic head frame was applied under local anesthesia (lidocaine/bupivacaine) with "
          "four pins. Stereotactic MRI (1 mm T1 post-contrast) and a stereotactic CT were obtained and co-registered. Two "
          "targets were identified: left cerebellar hemisphere 14 mm and right frontal 8 mm; no new lesions. A dose plan was "
          "created jointly (GLEN RS-Plan 2, invented), left cerebellar 20 Gy and right frontal 22 Gy, each to the 50% isodose "
          "line, 7 and 3 shots respectively. Physics verified the frame coordinates and the treatment time by independent "
          "calculation. Treatment was delivered in a single session (41 minutes) without complication and the frame removed."),
        RuledTable([("Target", "Diameter", "Rx dose", "Isodose", "Max dose", "Coverage"),
                    ("L cerebellar", "14 mm", "20 Gy", "50%", "40 Gy", "98%"),
                    ("R frontal", "8 mm", "22 Gy", "50%", "44 Gy", "99%")]),
        P("EBL: none. Complications: none. Disposition: home with spouse; MRI in 6 weeks."),
        sig("Barnaby Whitcombe-Ito, MD 10/06/2026 14:02"),
        sig("Leonie Farquharson, MD 10/06/2026 14:30"),
    ]], opts=dict(header=[f"{_c}   *** Printed by: KSORENSEN  10/19/2026 09:14 ***   CONFIDENTIAL",
                          f"{patient(5)}  MRN: {mrn(5)}  DOB: {dob(5)}  Sex: M  Acct: 7730219"],
                  page_numbers="Page {n} of {total}", scan=True, scan_dpi=160, scan_skew=1.4, scan_noise=8.0))])

# k91_06 -- export (text): record-and-verify key:value/CSV export; cobalt-60 mask, 25 Gy in 5; codes as single SRS ----
add(name="k91_06", kind="export", codes=["77371", "77432"],
    facts=F("cobalt60", ["cranial"], 1, 5, ["MRI"], ["mask"]),
    lesions=[L("left convexity meningioma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Record-and-verify export (key: value header and CSV session rows, dose in cGy): 3.8 cm left convexity "
          "meningioma (complex by size) treated 25 Gy in 5 fractions on a cobalt-60 unit with a thermoplastic mask, "
          "cone-beam CT at every fraction and infrared motion monitoring; planning MRI only (the stereotactic "
          "reference is a cone-beam scan). Fractionated cobalt-60: the claimed 77371/77432 are wrong (77373/77435).",
    docs=[Doc("k91_06.txt", text=f"""
# EXPORT  LODESTAR R&V 5.2 (invented)  course_summary  generated 11/02/2026 07:31  site=TAMSIN FALLS GAMMA CENTER
patient_name: {patient(6)}
patient_id: {mrn(6)}
birth_date: {dob(6)}
course_id: C1_MENING_LT
course_intent: curative
course_status: COMPLETED
diagnosis: D32.0 meningioma, cerebral; left frontoparietal convexity, 3.8 x 3.1 x 2.6 cm
treatment_unit: COBALT-60 MULTISOURCE UNIT (mask-capable), room GK2
immobilization: thermoplastic mask (frameless), head cushion
motion_monitoring: infrared nose-marker monitoring, tolerance 1.5 mm
planning_images: MRI_T1C_3D 10/16/2026 (1 mm); reference CBCT at mask fitting 10/20/2026
planning_system: GLEN RS-Plan 2 (invented)
target: GTV_Mening (= PTV, no margin), 17.6 cc
prescription: 2500 cGy in 5 fx (500 cGy/fx) to 50% isodose; shots 24 (4/8/16 mm)
oar_limits: optic_chiasm max 25 Gy/5 (plan 8.1); brainstem max 23 Gy/5 (plan 6.4); brain V20Gy (plan 11.2 cc)
plan_approval: L. Marchetti-Quinn MD 10/22/2026; physics second check T. Abernethy-Ruiz 10/22/2026 (treatment time within 1.1%)

fx,date,time_start,imaging,cbct_shift_mm,cbct_rot_deg,imm_max_mm,dose_cgy,cum_cgy,status,approved_by
1,10/26/2026,08:10,CBCT,0.7,0.4,0.6,500,500,TREATED,LMQ
2,10/27/2026,08:05,CBCT,0.5,0.3,0.9,500,1000,TREATED,LMQ
3,10/28/2026,08:12,CBCT,0.9,0.2,0.5,500,1500,TREATED,LMQ
4,10/29/2026,08:20,CBCT,0.4,0.5,1.1,500,2000,TREATED,LMQ
5,10/30/2026,08:07,CBCT,0.6,0.3,0.7,500,2500,TREATED,LMQ

total_delivered_cgy: 2500
fractions_delivered: 5 of 5
course_end: 10/30/2026
note: "Tolerated well, no steroid needed. MRI 6 months." (L. Marchetti-Quinn MD, e-signed 10/30/2026 16:02)
# END OF EXPORT  -- {FOOT}
""")])

# k91_07 -- bundle (3 files): linac SRS two metastases; the completion letter swaps the two doses ---------------------
_c = "CALDERBROOK CANCER INSTITUTE - RADIATION ONCOLOGY"
add(name="k91_07", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal", "cranial", S, 20, 1), L("right cerebellar", "cranial", S, 18, 1)],
    categories=cats(),
    contradiction="The completion letter gives the left frontal lesion 18 Gy and the right cerebellar lesion 20 Gy, while the plan report and the treatment record give left frontal 20 Gy and right cerebellar 18 Gy.",
    notes="Three-file bundle: dictated simulation note (.txt), plan report with treatment record (two PDF pages) and a "
          "typed completion letter to the referrer that swaps the two lesions' doses. Gold follows the plan and the "
          "treatment record; review flag expected.",
    docs=[
        Doc("1_simulation_note.txt", text=f"""
CALDERBROOK CANCER INSTITUTE   RADIATION ONCOLOGY   SIMULATION NOTE
{patient(7)}   {mrn(7)}   DOB {dob(7)}   Date: 08/03/2026   Attending: Genevieve Okparaeke, MD

Mr. {sur(7)} was brought to the CT simulator for stereotactic radiosurgery planning for two brain metastases from renal cell carcinoma (left frontal, 1.1 cm; right cerebellar, 2.2 cm). He was placed supine and a three-point thermoplastic SRS mask with bite block was formed. A contrast-enhanced 1 mm CT was acquired from vertex through C2. The volumetric MRI with gadolinium from 07/31/2026 will be fused for target delineation. Plan: single fraction SRS, about 20 Gy left frontal and 18 Gy right cerebellar given its size, tentatively 08/10/2026.

Genevieve Okparaeke, MD  (dictated 08/03/2026, signed 08/04/2026)
{FOOT}
"""),
        Doc("2_plan_and_record.pdf", [
            [H1("Stereotactic Radiosurgery Plan"),
             KeyValue([("Plan", "SRS_2met (approved 08/07/2026)"), ("Unit", "Gantry linac, 6 MV FFF, 2.5 mm MLC"),
                       ("Planning system", "KESTREL TPS 11 (invented)"),
                       ("Images", "CT sim 08/03/2026 fused with MRI T1+Gd 07/31/2026"),
                       ("Isocenters / arcs", "1 isocenter, 5 VMAT arcs (2 coplanar, 3 non-coplanar)")]),
             RuledTable([("Target", "GTV (cc)", "PTV margin", "Dose", "Fx", "Isodose", "Coverage"),
                         ("PTV L frontal", "0.61", "1 mm", "20 Gy", "1", "78%", "99.2%"),
                         ("PTV R cerebellar", "4.92", "1 mm", "18 Gy", "1", "80%", "98.4%")]),
             P("Brainstem Dmax 10.8 Gy; normal brain V12 7.9 cc. Second MU calculation within 1.6%; portal dosimetry QA gamma "
               "3%/1 mm 99.1% (Rashid Vantongeren, MS)."),
             sig("Genevieve Okparaeke, MD 08/07/2026"), sig("Rashid Vantongeren, MS, DABR 08/07/2026")],
            [H1("Treatment Record"),
             RuledTable([("Date", "Session", "Imaging / approval", "PTV L frontal", "PTV R cerebellar", "Status"),
                         ("08/10/2026", "1 of 1", "CBCT x2, 6DoF shift 1.2 mm / 0.7 deg, approved GO", "20 Gy", "18 Gy", "Complete")]),
             sig("Treating therapists: M. Olafsdottir, RTT / J. Brannigan, RTT 08/10/2026")],
        ], opts=dict(header=head(_c, 7))),
        Doc("3_completion_letter.txt", text=f"""
CALDERBROOK CANCER INSTITUTE
Department of Radiation Oncology

August 14, 2026

Ingram Castellane, MD
Genitourinary Oncology, Calderbrook Cancer Institute

RE: {patient(7)}   DOB {dob(7)}   MRN {mrn(7)}

Dear Dr. Castellane,

Your patient Mr. {sur(7)} completed stereotactic radiosurgery on August 10, 2026 for his two brain metastases. In a single session on the linear accelerator with a frameless mask we gave 18 Gy to the left frontal lesion and 20 Gy to the right cerebellar lesion. He tolerated this well with only a mild headache that evening.

I would be comfortable with him resuming cabozantinib one week after treatment. I will see him after his MRI in eight weeks.

Sincerely,

Genevieve Okparaeke, MD
Radiation Oncology
{FOOT}
"""),
    ])

# k91_08 -- typed OTV notes + completion: robotic-arm linac, one 4.1 cm metastasis, 30 Gy in 5 ------------------------
_c = "MERRIVALE HOSPITAL - CENTER FOR RADIOSURGERY"
add(name="k91_08", kind="note", codes=["G0339", "G0340", "77435", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal metastasis", "cranial", C, 30, 5)],
    categories=cats(),
    notes="Typed nurse-practitioner on-treatment visit notes for fractions 1, 3 and 5 followed by the physician's "
          "completion summary: one 4.1 cm right frontal metastasis (complex by size) treated 30 Gy in 5 fractions on a "
          "robotic-arm linac with skull tracking in a soft mask, CT + MRI. G0339 for session 1, G0340 for sessions "
          "2-5 and 77435 fit.",
    docs=[Doc("k91_08.pdf", [
        [H1("On-Treatment Visit Notes"),
         P(f"Patient: {patient(8)}   MRN {mrn(8)}   Course: CNS FSRT R frontal   Provider: Wendeline Asturias, NP / Ignatius Pym, MD"),
         H2("OTV 11/02/2026 - fraction 1 of 5"),
         P("Feels well, mild anxiety in the mask, managed with lorazepam 0.5 mg pre-treatment. Left hand grip 4+/5, unchanged. "
           "Dex 2 mg BID. Skull tracking images reviewed by MD; treatment proceeded, 6 Gy given."),
         H2("OTV 11/04/2026 - fraction 3 of 5"),
         P("Mild frontal headache grade 1, resolved with acetaminophen. Scalp without erythema. Continue dex 2 mg BID. "
           "Cumulative 18 Gy."),
         H2("OTV 11/06/2026 - fraction 5 of 5"),
         P("Completed today. Fatigue grade 1. Taper dex to 2 mg daily x 5 days then stop. Follow-up in 4 weeks with MRI."),
         sig("Wendeline Asturias, NP 11/06/2026")],
        [H1("Fractionated Stereotactic Radiotherapy - Completion Summary"),
         KeyValue([("Diagnosis", "C79.31 brain metastasis, right frontal, from colorectal adenocarcinoma"),
                   ("Dates", "11/02/2026 - 11/06/2026 (5 consecutive days)"),
                   ("Unit", "Robotic-arm mounted 6 MV linac, variable-aperture collimator"),
                   ("Immobilization", "Soft thermoplastic face mask"),
                   ("Imaging", "Planning CT 10/26/2026 (1 mm, contrast) fused with MRI T1+Gd 10/24/2026"),
                   ("Planning", "LARCH Robotic Planner 3 (invented), 187 beams, 81% isodose")]),
         P("The right frontal metastasis measured 4.1 x 3.6 x 3.3 cm with moderate edema; resection was declined by the "
           "patient. Because of its size it was treated in five fractions rather than a single session. GTV = PTV (no "
           "margin, tracking accuracy 0.6 mm). Prescription 30 Gy in 5 fractions of 6 Gy to the 81% isodose line; PTV "
           "V100 96.2%, brain V24Gy 18.9 cc, optic chiasm Dmax 9.1 Gy. Physics plan check and end-to-end QA passed."),
         P("Each fraction was delivered with 6D skull tracking (orthogonal x-ray pairs at 30-60 s intervals); maximum "
           "correction 0.7 mm. All five fractions delivered as planned."),
         RuledTable([("Target", "Dose / fx", "Fractions", "Total delivered"),
                     ("Right frontal metastasis (PTV_RF)", "6 Gy", "5", "30 Gy")]),
         sig("Ignatius Pym, MD, Radiation Oncology 11/09/2026")],
    ], opts=dict(header=head(_c, 8)))])


# ==================================================================================================
# Spine
# ==================================================================================================

# k91_09 -- printout: spine SBRT plan report + physics second check; T11, 18 Gy single fraction ----------------------
_c = "SAWTOOTH VALLEY RADIATION CENTER"
add(name="k91_09", kind="printout", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 1, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T11 vertebral metastasis", "spinal", None, 18, 1)],
    categories=cats(),
    notes="Two printouts filed as one PDF: spine SBRT plan report (T11 renal-cell metastasis abutting the dura, "
          "18 Gy in 1 fraction, dose columns with cord PRV and Dmax/D90, vacuum body cushion, CT + MRI fusion) and "
          "the physicist's independent second check with the delivery sign-off. Single fraction spinal: 77373 / "
          "77435 / 63620.",
    docs=[Doc("k91_09.pdf", [
        [H1("Plan Report - Spine SBRT"),
         KeyValue([("Patient", f"{patient(9)}   ID {mrn(9)}"), ("Course / plan", "C2 / SP_T11_1fx (Approved)"),
                   ("Treatment machine", "LINAC-3, 6 MV FFF, 5 mm MLC, 6DoF couch"),
                   ("Planning system", "SPRUCE Planning 16.1 (invented)"),
                   ("Setup", "Supine, full-length vacuum body cushion, arms on chest, knee wedge"),
                   ("Image sets", "CT_SIM 09/21/2026 1.5 mm; MR_T1/T2_TSPINE 09/18/2026 (deformable, reviewed by MD)"),
                   ("Prescription", "1800 cGy x 1 fraction to PTV_T11 (D90), Dmax constraint 125%"),
                   ("Beams", "2 full VMAT arcs, collimator 10/350")]),
         RuledTable([("Structure", "Type", "Volume (cc)", "Dmax (cGy)", "D90 (cGy)", "Dmin (cGy)", "Goal", "Met"),
                     ("GTV_T11", "GTV", "11.2", "2211", "1946", "1612", "", ""),
                     ("PTV_T11", "PTV", "24.7", "2214", "1800", "1184", "D90 >= 1800", "Yes"),
                     ("SpinalCord", "OAR", "", "1184", "", "", "Dmax < 1400", "Yes"),
                     ("Cord_PRV2mm", "OAR", "", "1306", "", "", "D0.035cc < 1400", "Yes"),
                     ("Esophagus", "OAR", "", "1421", "", "", "D5cc < 1450", "Yes"),
                     ("Kidney_L", "OAR", "", "402", "", "", "V840 < 33%", "Yes")]),
         P("Indication: C64.2 left renal cell carcinoma, T11 body and left pedicle metastasis with epidural extension "
           "abutting the thecal sac (Bilsky 1b), no cord compression; radioresistant histology, no prior radiation."),
         sig("Thaddeus Umberfield, MD 09/24/2026 17:05 (plan approved)")],
        [H1("Physics Second Check - Independent Dose Calculation"),
         KeyValue([("Plan", "SP_T11_1fx"), ("Secondary software", "QUILL MU-Check 4 (invented)"),
                   ("Checked by", "Eleanor Pasquale-Diaz, MS, DABR"), ("Date", "09/25/2026")]),
         RuledTable([("Arc", "MU (TPS)", "MU (check)", "Dose at ref point TPS (cGy)", "Check (cGy)", "Diff"),
                     ("Arc 1 CW", "2214", "2231", "905.4", "912.1", "+0.7%"),
                     ("Arc 2 CCW", "2190", "2176", "894.6", "889.0", "-0.6%"),
                     ("Total", "4404", "4407", "1800.0", "1801.1", "+0.1%")]),
         P("Patient-specific QA (diode array, 3%/2 mm): 99.3% passing. Couch and isocenter verified at dry run."),
         H2("Delivery"),
         KeyValue([("Treatment date", "09/28/2026, fraction 1 of 1"),
                   ("Image guidance", "CBCT, 6DoF correction (1.4 mm / 0.9 deg), repeat CBCT before arc 2"),
                   ("Delivered", "PTV_T11 1800 cGy; course complete")]),
         sig("Eleanor Pasquale-Diaz, MS, DABR 09/28/2026"),
         sig("Thaddeus Umberfield, MD 09/28/2026")],
    ], opts=dict(header=[_c, f"{patient(9)}  {mrn(9)}  DOB {dob(9)}  Printed 09/28/2026 16:44 by EPD"]))])

# k91_10 -- dictation (text): robotic-arm spine SBRT to T9 and L1, 27 Gy in 3 each -----------------------------------
add(name="k91_10", kind="dictation", codes=["77373", "77435", "63620", "63621"],
    facts=F("robotic_linac", ["spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T9", "spinal", None, 27, 3), L("L1", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Dictated treatment summary with speech-recognition slips ('L won' for L1, 'twenty seven great'): "
          "oligoprogressive breast cancer, two spinal metastases (T9, L1) each 27 Gy in 3 fractions, one plan, on a "
          "robotic-arm linac with spine tracking, CT myelogram-free planning (CT + MRI), vacuum cushion.",
    docs=[Doc("k91_10.txt", text=f"""
THISTLEDOWN ONCOLOGY GROUP - RADIATION ONCOLOGY
DICTATED TREATMENT SUMMARY           *** DRAFT - AUTHOR REVIEW PENDING ***
Patient: {patient(10)}    MRN: {mrn(10)}    DOB: {dob(10)}
Attending: Roderick Ambleside-Nwosu, MD     Dictated: 10/16/2026     Transcribed: 10/17/2026 (VOXLINE, invented)

This is a treatment summary for Gloria {sur(10)}.

Diagnosis: metastatic breast cancer, hormone receptor positive, with oligoprogression in the spine at T9 and L1 on her September restaging while her other bone disease remains stable on letrozole and palbociclib.

Treatment: stereotactic body radiation to two spinal targets, T9 and L won, L1 that is, each twenty seven great, twenty seven gray, in three fractions of nine gray, treated October twelfth, fourteenth and sixteenth twenty twenty six. Both targets were in one plan and treated at each session.

Technique: she was simulated September thirtieth supine in a full body vacuum cushion with a one point two five millimeter CT. A thoracolumbar MRI with T1, T2 and post contrast images from September twenty eighth was fused to define the G T V and the spinal cord. C T myelogram was not needed. The C T V followed consensus contouring, body and left pedicle at T9, body only at L1, with a two millimeter P T V. Treatment was on the robotic arm linac using spine tracking with paired x rays about every thirty to sixty seconds, no fiducials needed. Plans were made in the robotic planning system with a fixed ten millimeter and fifteen millimeter cone set, prescribed to the seventy six percent isodose line. Cord maximum was twenty point one gray, within our three fraction limit. Physics second check passed.

Tolerance: grade one nausea after fraction two, ondansetron helped. No pain flare. 

Plan: she will continue letrozole and palbociclib. MRI spine in three months. Follow up with me in six weeks.

Roderick Ambleside-Nwosu, MD
{FOOT}
""")])

# k91_11 -- bundle (3 files): post-operative C6 spine SBRT; consult 24 Gy/2, prescription and record 27 Gy/3 -------
_c = "GLENFARROW UNIVERSITY HEALTH - RADIATION ONCOLOGY"
add(name="k91_11", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("C6 post-operative", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Three-file bundle: consult (post-operative C6 after decompression and fixation, proposes 24 Gy in 2), "
          "prescription and three-fraction treatment record PDF (changed to 27 Gy in 3 because of the hardware and "
          "cord dose) and a typed completion note. CT myelogram considered and not done. Long head-neck-shoulder "
          "mask. The consult's 24/2 is superseded.",
    docs=[
        Doc("1_consult.txt", text=f"""
GLENFARROW UNIVERSITY HEALTH   Radiation Oncology Clinic
CONSULT NOTE   08/17/2026
Pt: {patient(11)}   MRN {mrn(11)}   DOB {dob(11)}
Attending: Marguerite Santangelo-Frey, MD   Fellow: Obi Tennyson, MD

Reason for referral: post-op SBRT, cervical spine.

65M with metastatic NSCLC (squamous) presented 07/2026 with neck pain and R arm weakness; MRI C-spine showed C6 metastasis with epidural extension (Bilsky 2). Underwent C5-C7 posterior decompression and instrumented fusion 07/29/2026 (Dr. Aldana). Post-op MRI 08/12/2026: decompressed, residual ventral epidural tumor about 3 mm, no cord signal. Strength now 5-/5 R triceps. KPS 80.

Plan: post-operative spine SBRT to the C6 segment (CTV per consensus for post-op SBRT, including the pre-op epidural extent), proposed 24 Gy in 2 fractions. CT sim with head-neck-shoulder mask. Will consider CT myelogram if the hardware artifact obscures the cord on MRI. Consent signed.

Marguerite Santangelo-Frey, MD
{FOOT}
"""),
        Doc("2_prescription_and_record.pdf", [
            [H1("Radiation Prescription - Stereotactic"),
             KeyValue([("Site", "C6 spine, post-operative (CTV_C6_postop)"),
                       ("Treatment unit", "Gantry linac, 6 MV FFF, HD MLC"),
                       ("Immobilization", "Long thermoplastic head-neck-shoulder mask, custom head rest"),
                       ("Images", "CT sim 08/24/2026 (1 mm); post-op MRI 08/12/2026 fused, cord contoured from MRI. CT myelogram not performed (cord adequately seen)."),
                       ("Dose", "27 Gy in 3 fractions (9 Gy/fx), every other day, to PTV_C6 (CTV + 1.5 mm)"),
                       ("Technique", "VMAT, 3 arcs; planning system ASPEN TPS 8 (invented)"),
                       ("Constraints", "Cord PRV D0.03cc < 21.9 Gy (plan 20.6); esophagus D5cc < 17.7 Gy (plan 15.2)")], value_x=130),
             P("Change from consult: 24 Gy/2 was replaced by 27 Gy/3 after planning, to meet the cord PRV constraint with the "
               "ventral epidural residual and the titanium hardware. Physics second check and QA passed 08/28/2026."),
             sig("Marguerite Santangelo-Frey, MD 08/27/2026"), sig("Yusuf Delacourt-Amari, PhD 08/28/2026")],
            [H1("Treatment Delivery Record"),
             RuledTable([("Fx", "Date", "Dose (Gy)", "Cumulative (Gy)", "IGRT", "Shift (mm)", "MD approval"),
                         ("1", "08/31/2026", "9", "9", "CBCT + kV", "1.0", "MSF"),
                         ("2", "09/02/2026", "9", "18", "CBCT + kV", "0.6", "MSF"),
                         ("3", "09/04/2026", "9", "27", "CBCT + kV", "0.8", "OT")]),
             P("Course complete 09/04/2026: PTV_C6 27 Gy / 3 fractions.")],
        ], opts=dict(header=head(_c, 11))),
        Doc("3_completion_note.txt", text=f"""
GLENFARROW UNIVERSITY HEALTH - Radiation Oncology - COMPLETION NOTE 09/04/2026
{patient(11)}  {mrn(11)}

Completed post-operative SBRT to C6, 27 Gy in 3 fractions 08/31-09/04/2026 with daily cone-beam CT. Mild dysphagia grade 1, sucralfate. Wound healed. Follow-up MRI C-spine in 3 months; systemic therapy (carboplatin/paclitaxel/pembrolizumab) may resume 1 week after completion.

Obi Tennyson, MD (fellow) / Marguerite Santangelo-Frey, MD (attending)
{FOOT}
"""),
    ])

# k91_12 -- bundle (2 files): spine SBRT, one PTV spanning T4-T5 plus L3, 24 Gy in 2; no immobilization device -------
_c = "RUSHMORE PLAINS CANCER CLINIC"
add(name="k91_12", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 2, ["CT", "MRI"], []),
    lesions=[L("T4-T5", "spinal", None, 24, 2), L("L3", "spinal", None, 24, 2)],
    categories=cats(positioning=False),
    notes="Two-file bundle: plan report with structure names (one PTV spanning the contiguous T4 and T5 levels, a "
          "second at L3; 24 Gy in 2 fractions each) and a typed on-treatment/summary note. Two lesions, not three "
          "levels. Set-up on the flat couch with a knee sponge only: no immobilization device, positioning unmet.",
    docs=[
        Doc("1_plan_report.pdf", [[
            H1("Treatment Plan Report"),
            KeyValue([("Patient", f"{patient(12)} ({mrn(12)})"), ("Plan", "SPINE_T45_L3 (approved 07/20/2026)"),
                      ("Machine", "Gantry linac 10 MV FFF, 6DoF couch"), ("TPS", "BIRCH Plan 5 (invented)"),
                      ("Simulation", "CT 07/14/2026, supine on flat couch top, knee sponge, arms above head"),
                      ("Registration", "MRI T-spine and L-spine 07/09/2026 (T1, T2, STIR), rigid per-level fusion")]),
            RuledTable([("Target", "Levels", "Rx", "Fx", "D90 (Gy)", "Dmax (Gy)", "Arcs"),
                        ("PTV_T4T5", "T4-T5 (one volume)", "24 Gy", "2", "24.1", "29.8", "2 VMAT"),
                        ("PTV_L3", "L3", "24 Gy", "2", "24.0", "29.2", "2 VMAT")]),
            TextTable([("OAR", "Limit (2 fx)", "Plan"),
                       ("Cord PRV (T4-T5)", "Dmax 17 Gy", "16.2 Gy"),
                       ("Cauda equina (L3)", "Dmax 20 Gy", "18.1 Gy"),
                       ("Esophagus", "D5cc 14 Gy", "12.7 Gy")], columns=(0, 170, 300)),
            P("Second check (independent calculation) 0.9%/1.3%; patient QA 98.6% (3%/2 mm)."),
            sig("Solveig Arkwright, MD 07/20/2026"), sig("Piers Mbeki-Lundgren, MS 07/20/2026"),
        ]], opts=dict(header=head(_c, 12))),
        Doc("2_otv_and_summary.txt", text=f"""
RUSHMORE PLAINS CANCER CLINIC - Radiation Oncology
{patient(12)}  MRN {mrn(12)}  DOB {dob(12)}

ON-TREATMENT VISIT 07/23/2026 (fx 1 of 2)  S. Arkwright MD
Thyroid cancer (follicular), RAI-refractory, painful T4-T5 and L3 mets. Pain 5/10 mid-back. CBCT at both isocenters reviewed and approved, 6DoF correction applied. Fx 1 delivered to both sites.

TREATMENT SUMMARY 07/27/2026  S. Arkwright MD
Completed SBRT 07/23 and 07/27/2026 (2 fractions, 72 h+ apart):
  - T4-T5 (single target covering both vertebral bodies): 24 Gy / 2 fx
  - L3: 24 Gy / 2 fx
Daily CBCT with 6DoF correction at each site before treatment. Pain 3/10 at completion, dexamethasone 4 mg x 3 days to prevent flare. Follow-up 6 weeks, MRI at 3 months. Continues lenvatinib (held 3 days around each fraction).
{FOOT}
"""),
    ])


# ==================================================================================================
# Body
# ==================================================================================================

# k91_13 -- printout: per-session treatment record, RUL lung SBRT 54 Gy in 3, doses in cGy -------------------------
_c = "FENWICK HARBOR HOSPITAL - RADIATION ONCOLOGY"
add(name="k91_13", kind="printout", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe", "body", None, 54, 3)],
    categories=cats(),
    notes="Record-and-verify treatment record printout: course header (prescription, 4DCT with PET-CT fused, vacuum "
          "cushion with abdominal compression, two VMAT arcs to PTV_RUL) and a per-session table in cGy with dose per "
          "fraction beside the cumulative dose, CBCT shifts and MD approval; 54 Gy in 3 delivered.",
    docs=[Doc("k91_13.pdf", [[
        H1("Treatment Record - Course Summary"),
        KeyValue([("Course", "C1 LUNG RUL SBRT"), ("Diagnosis", "C34.11 NSCLC adenocarcinoma RUL, cT1bN0M0, medically inoperable (FEV1 38%)"),
                  ("Physician", "Octavia Lindqvist-Mensah, MD"), ("Physicist", "Caleb Ostrowski, MS, DABR"),
                  ("Machine", "TB-2 gantry linac, 6 MV FFF"), ("Plan", "RUL_SBRT_2arc (2 VMAT arcs), planning system ALDER 12 (invented)"),
                  ("Simulation", "06/29/2026: 4DCT (10 phases) in vacuum cushion, arms up, abdominal compression plate; ITV from MIP + all phases"),
                  ("Fusion", "PET-CT 06/18/2026 fused for GTV (SUVmax 7.4)"),
                  ("Prescription", "PTV_RUL 5400 cGy in 3 fractions, 1800 cGy/fx, to the 80% isodose (PTV = ITV + 5 mm)"),
                  ("Plan QA", "Second check 1.2%; portal dosimetry 99.0% (3%/2 mm), 07/02/2026")], value_x=120),
        RuledTable([("Fx", "Date", "Field", "MU", "Dose/fx (cGy)", "Cum. (cGy)", "IGRT", "Shift V/L/Lng (mm)", "Appr."),
                    ("1", "07/06/2026", "Arc1+Arc2", "4128", "1800", "1800", "CBCT", "-2.1 / 1.0 / 3.4", "OLM"),
                    ("2", "07/08/2026", "Arc1+Arc2", "4128", "1800", "3600", "CBCT", "-1.4 / 0.6 / 2.2", "OLM"),
                    ("3", "07/10/2026", "Arc1+Arc2", "4128", "1800", "5400", "CBCT", "-0.9 / 0.3 / 1.8", "OLM")]),
        TextTable([("Reference point", "Planned (cGy)", "Delivered (cGy)", "Remaining"),
                   ("PTV_RUL (primary)", "5400", "5400", "0"),
                   ("Chest wall (D30cc)", "2987", "2987", "-")], columns=(0, 170, 270, 380)),
        P("Course status: COMPLETED 07/10/2026. Fractions 3 of 3. No treatment breaks."),
        sig("Octavia Lindqvist-Mensah, MD 07/10/2026 15:48"),
    ]], opts=dict(header=[_c + "   |   LODESTAR R&V (invented) - Treatment Record",
                          f"{patient(13)}   {mrn(13)}   DOB {dob(13)}   printed 07/13/2026 08:02"]))])

# k91_14 -- bundle (3 files): liver SBRT on a robotic arm with fiducials; IR note (scanned) says 50/5, plan 45/3 ----
_c = "ASHGROVE MEDICAL CENTER"
add(name="k91_14", kind="bundle", codes=["77373", "77435", "G0339", "G0340"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("hepatocellular carcinoma, segment VII", "body", None, 45, 3)],
    categories=cats(),
    notes="Three-file bundle: scanned interventional-radiology note of gold fiducial placement (mentions the "
          "'planned SBRT 50 Gy in 5'), plan and treatment record PDF (45 Gy in 3 to PTV_Liv_S7 on a robotic-arm linac "
          "with fiducial and respiratory tracking, multiphase CT + MRI, vacuum cushion) and a typed completion note "
          "calling the target 'right hepatic dome HCC'. One lesion, three names; 50/5 superseded.",
    docs=[
        Doc("1_IR_fiducial_note_scan.pdf", [[
            Paragraph("INTERVENTIONAL RADIOLOGY - PROCEDURE NOTE", bold=True),
            KeyValue([("Patient", patient(14)), ("MRN", mrn(14)), ("Date", "03/03/2026"),
                      ("Operator", "Thaddeus Rimmington, MD"), ("Sedation", "Moderate, midazolam/fentanyl, 22 min")]),
            P("Procedure: CT-guided percutaneous placement of fiducial markers, liver."),
            P("Indication: 2.6 cm hepatocellular carcinoma in hepatic segment VII, not a candidate for ablation (dome location "
              "under the diaphragm) or resection (Child-Pugh B7). Fiducials requested by radiation oncology for the planned "
              "SBRT, 50 Gy in 5 fractions."),
            P("Technique: Under CT guidance via a right intercostal approach, three gold fiducial markers (1 x 5 mm) were "
              "placed around the segment VII lesion, each 1-2 cm from the tumor, non-collinear. No pneumothorax. No bleeding "
              "on post-procedure CT."),
            P("Impression: Successful placement of 3 fiducials. Simulation may proceed in 5-7 days."),
            sig("Thaddeus Rimmington, MD 03/03/2026"),
        ]], opts=dict(header=[_c + " - Department of Radiology", f"{patient(14)}  {mrn(14)}"], page_numbers=None,
                      scan=True, scan_dpi=150, scan_skew=2.1, scan_noise=10.0)),
        Doc("2_plan_and_record.pdf", [
            [H1("SBRT Plan Summary - Liver"),
             KeyValue([("Unit", "Robotic-arm mounted 6 MV linac, multileaf collimator"),
                       ("Tracking", "Fiducial tracking (3 seeds) with respiratory motion model"),
                       ("Simulation", "03/10/2026: supine, vacuum cushion, arms down; triphasic contrast CT (1.5 mm), exhale breath-hold"),
                       ("MRI", "Liver MRI with gadoxetate 03/09/2026 fused to arterial-phase CT"),
                       ("Planning system", "LARCH Robotic Planner 3 (invented), 164 beams"),
                       ("Target", "GTV_S7 (arterial enhancement) + 3 mm = PTV_Liv_S7, 19.4 cc"),
                       ("Prescription", "45 Gy in 3 fractions (15 Gy/fx) to the 72% isodose line"),
                       ("Normal liver", "Liver - GTV 1190 cc; 700 cc receive < 15 Gy (plan 1012 cc)"),
                       ("Other OAR", "Stomach D0.5cc 19.8 Gy; heart D15cc 9.4 Gy; ribs D1cc 33.1 Gy")], value_x=110),
             P("Dose changed from the 50 Gy / 5 fraction schedule noted at fiducial placement to 45 Gy / 3 after the normal-liver "
               "and stomach constraints were met comfortably. Physics QA (end-to-end and film) passed 03/16/2026."),
             sig("Beatrix Achterberg-Lowe, MD 03/16/2026"), sig("Rowan Featherstonehaugh, MS 03/16/2026")],
            [H1("Treatment Record"),
             RuledTable([("Fx", "Date", "Dose (Gy)", "Total (Gy)", "Tracking", "Model error (mm)", "Duration"),
                         ("1", "03/18/2026", "15", "15", "Fiducial + respiratory", "1.9", "48 min"),
                         ("2", "03/20/2026", "15", "30", "Fiducial + respiratory", "1.6", "44 min"),
                         ("3", "03/23/2026", "15", "45", "Fiducial + respiratory", "2.2", "46 min")]),
             P("All 3 fiducials tracked at each fraction; no seed migration.")],
        ], opts=dict(header=head(_c + " - Radiation Oncology", 14))),
        Doc("3_completion_note.txt", text=f"""
ASHGROVE MEDICAL CENTER  -  RADIATION ONCOLOGY  -  COMPLETION NOTE
{patient(14)}   {mrn(14)}   03/23/2026

Completed SBRT to the right hepatic dome HCC today: 45 Gy in 3 fractions (03/18, 03/20, 03/23) on the robotic unit with fiducial tracking. Tolerated well, fatigue grade 1, no RUQ pain. LFTs and AFP in 4 weeks, multiphase MRI liver at 3 months. Remains listed with transplant hepatology (Dr. Ng-Halloran).

Beatrix Achterberg-Lowe, MD
{FOOT}
"""),
    ])

# k91_15 -- letter (PDF): prostate SBRT 36.25 Gy in 5 with fiducials and spacer; no plan details ------------------
_c = "KINGFISHER UROLOGIC ONCOLOGY & RADIATION CENTER"
add(name="k91_15", kind="letter", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(plan=False),
    notes="Completion letter to the referring urologist: favorable intermediate-risk prostate cancer, 36.25 Gy in 5 "
          "fractions every other day on a gantry linac, three gold fiducials and a hydrogel spacer, CT with MRI "
          "fusion, daily CBCT with fiducial match. The letter gives the prescription but no plan parameters "
          "(arcs, isodose, planning system): plan unmet.",
    docs=[Doc("k91_15.pdf", [[
        P(_c),
        P("2250 Heron Point Parkway, Suite 140"),
        P("December 4, 2026"),
        P("Marcus Delgado-Whitfield, MD\nHeron Point Urology"),
        P(f"RE: {patient(15)}   DOB {dob(15)}   MRN {mrn(15)}"),
        P("Dear Marcus,"),
        P(f"Mr. {sur(15)} completed stereotactic body radiation therapy to the prostate yesterday. As a reminder, he has "
          "favorable intermediate-risk adenocarcinoma (Gleason 3+4=7, grade group 2, 4 of 12 cores, PSA 7.8, cT1c) and chose "
          "SBRT over active surveillance and prostatectomy. No androgen deprivation was given."),
        P("You placed three gold fiducial markers and the hydrogel rectal spacer on November 5. His planning CT on November "
          "12 was fused with a prostate MRI from the same day, and we treated the prostate and proximal seminal vesicles to "
          "36.25 Gy in 5 fractions of 7.25 Gy, every other day from November 24 through December 3, 2026. Before each "
          "fraction a cone-beam CT was taken and matched to the fiducials, with bladder and rectal filling checked."),
        P("He tolerated treatment well with grade 1 urinary frequency and nocturia twice a night, improving on tamsulosin "
          "0.4 mg, and no bowel symptoms. I will see him in 6 weeks; the first PSA is due at 3 months and I will copy you."),
        P("Thank you for involving us in his care."),
        P("Warm regards,"),
        sig("Theodora Wexley-Amadi, MD, Radiation Oncology 12/04/2026"),
    ]], opts=dict(header=[f"{_c}  -  correspondence"], page_numbers=None))])

# k91_16 -- printout: EHR prescription + treatment record with banners; pancreas on an MR-linac, 40 Gy in 5 ---------
_c = "DUNMORE VALLEY HEALTH SYSTEM"
add(name="k91_16", kind="printout", codes=["77373", "77435", "G0339"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("pancreatic head", "body", None, 40, 5)],
    categories=cats(),
    notes="EHR print-out with print banners on every page: radiation prescription (pancreatic head adenocarcinoma "
          "after FOLFIRINOX, 40 Gy in 5 on a 1.5 T MR-linac with daily adaptation and cine-MRI gating, CT + MRI "
          "simulation, MR-compatible vacuum cushion) and the five-fraction record. The claimed G0339 is a robotic-only "
          "code and does not fit a gantry MR-linac.",
    docs=[Doc("k91_16.pdf", [
        [H1("Radiation Oncology Prescription"),
         KeyValue([("Order", "RT Rx #4471902  (signed)"), ("Site", "Pancreas head, PTV_PancHead"),
                   ("Diagnosis", "C25.0 Pancreatic adenocarcinoma, head, borderline resectable, after 6 cycles FOLFIRINOX"),
                   ("Modality / technique", "SBRT, stereotactic adaptive, 1.5 T MR-linac (7 MV FFF), step-and-shoot IMRT, 11 beams"),
                   ("Dose", "40 Gy in 5 fractions, 8 Gy per fraction, 5 fractions over 10 days"),
                   ("Simulation", "CT sim 11/09/2026 and MRI sim 11/09/2026, supine, MR-compatible vacuum cushion, arms up"),
                   ("Motion management", "Cine-MRI gating on GTV, boundary 3 mm / 5%"),
                   ("Planning system", "WILLOWMERE Adaptive 3 (invented)"),
                   ("Constraints", "Duodenum/stomach/bowel V33Gy < 1 cc; D0.5cc < 35 Gy"),
                   ("Image guidance", "Daily MRI with online adaptation (adapt-to-shape) and physician contour review")], value_x=140),
         sig("Cordelia Baptiste-Harrow, MD 11/12/2026 10:14"),
         sig("Physics review: Ignacio Threlkeld, PhD 11/13/2026 (secondary MU check, online QA procedure)")],
        [H1("Treatment Delivery Record"),
         RuledTable([("Fx", "Date", "Plan", "Adapted", "Dose (Gy)", "Cumulative (Gy)", "Gating efficiency", "MD"),
                     ("1", "11/16/2026", "PANC_A1", "Yes", "8", "8", "71%", "CBH"),
                     ("2", "11/18/2026", "PANC_A2", "Yes", "8", "16", "68%", "CBH"),
                     ("3", "11/20/2026", "PANC_A3", "Yes", "8", "24", "74%", "CBH"),
                     ("4", "11/23/2026", "PANC_A4", "Yes", "8", "32", "66%", "CBH"),
                     ("5", "11/25/2026", "PANC_A5", "Yes", "8", "40", "70%", "CBH")]),
         P("Course completed 11/25/2026. Delivered: PTV_PancHead 40 Gy in 5 fractions. Toxicity: nausea grade 1."),
         sig("Cordelia Baptiste-Harrow, MD 11/25/2026 16:30")],
    ], opts=dict(header=[f"{_c}   RADIATION ONCOLOGY   ** Printed by: RCARDENAS  12/01/2026 11:22 **",
                          f"{patient(16)}   MRN: {mrn(16)}   DOB: {dob(16)}   F   CONFIDENTIAL - contains PHI"],
                  footer=[FOOT, "Printed from electronic record - not valid without electronic signature"]))])

# k91_17 -- two-column completion summary: left adrenal SBRT 40 Gy in 5; closing paragraph says 4 fractions ---------
_c = "PRAIRIE SPIRE CANCER CARE"
add(name="k91_17", kind="two_column", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left adrenal metastasis", "body", None, 40, 5)],
    categories=cats(),
    contradiction="The closing paragraph says 40 Gy in 4 fractions, while the prescription and the five-row fraction table give 40 Gy in 5 fractions of 8 Gy.",
    notes="Two-column completion summary (text flows down the left column, then the right): left adrenal metastasis "
          "from NSCLC, 40 Gy in 5 fractions of 8 Gy on a gantry linac, 4DCT with PET fused, vacuum cushion with "
          "abdominal compression, daily CBCT; a closing paragraph says '4 fractions'. Gold follows the prescription "
          "and the fraction table; review flag expected.",
    docs=[Doc("k91_17.pdf", [[
        H1("SBRT Completion Summary"),
        KeyValue([("Patient", patient(17)), ("MRN", mrn(17)), ("DOB", dob(17)), ("Physician", "Ewan Castellvi, MD")], value_x=70),
        H2("Diagnosis"),
        P("Non-small cell lung cancer, left lower lobe, treated with chemoradiation 2024; now a solitary 3.1 cm left adrenal "
          "metastasis (C79.72) on PET-CT 08/03/2026, biopsy-proven. Oligometastatic, ECOG 1."),
        H2("Simulation"),
        P("08/12/2026: 4DCT supine in a vacuum cushion with an abdominal compression belt, arms up. The PET-CT of 08/03/2026 "
          "was fused to define the GTV; ITV from all phases, PTV = ITV + 5 mm."),
        H2("Plan"),
        P("Prescription 40 Gy in 5 fractions of 8 Gy to the PTV (95% coverage), two partial VMAT arcs, 6 MV FFF, planning "
          "system HAWTHORN 2 (invented). Stomach D0.5cc 30.2 Gy; left kidney V17.5 Gy 14%; cord Dmax 12 Gy. Physics second "
          "check and portal QA passed."),
        H2("Delivery"),
        TextTable([("Fx", "Date", "Dose", "CBCT"),
                   ("1", "08/24", "8 Gy", "yes"), ("2", "08/26", "8 Gy", "yes"), ("3", "08/28", "8 Gy", "yes"),
                   ("4", "08/31", "8 Gy", "yes"), ("5", "09/02", "8 Gy", "yes")], columns=(0, 30, 90, 150)),
        P("Daily cone-beam CT matched to the ITV, couch shifts approved by the physician before each fraction."),
        H2("Toxicity"),
        P("Grade 1 fatigue and grade 1 nausea, controlled with ondansetron. No pain."),
        H2("Summary"),
        P("Ms. Kalderwood completed SBRT to the left adrenal metastasis, 40 Gy in 4 fractions, finishing 09/02/2026. "
          "Continue durvalumab. PET-CT in 3 months; follow-up visit in 6 weeks."),
        sig("Ewan Castellvi, MD 09/03/2026"),
    ]], opts=dict(header=head(_c + " - Radiation Oncology", 17), two_columns=True))])

# k91_18 -- combined records-release PDF (cover + 4 documents, one scanned sheet): para-aortic node SBRT 35 Gy in 5 --
_c = "MERIDEN HILLS CANCER CENTER"
add(name="k91_18", kind="combined_pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left para-aortic lymph node", "body", None, 35, 5)],
    categories=cats(),
    notes="One combined records-release PDF: cover sheet listing four enclosed documents, a consult (proposes 30 Gy in "
          "5), the SBRT prescription (35 Gy in 5 to PTV_LN_PA), a scanned physics second-check sheet, and the daily "
          "record with completion summary naming the target 'left para-aortic node at L2'. Cervical cancer "
          "oligorecurrence; CT sim with PET fusion, vacuum bag; consult dose superseded.",
    docs=[Doc("k91_18.pdf", [
        [H1("RECORDS RELEASE - ENCLOSURE SHEET"),
         KeyValue([("Requested by", "Sable Creek Gynecologic Oncology (fax 555-0163)"), ("Patient", patient(18)),
                   ("MRN", mrn(18)), ("Date released", "10/27/2026"), ("Released by", "HIM, R. Okonkwo-Bell")]),
         BulletList(["Radiation oncology consultation, 08/31/2026 (2 pages)",
                     "SBRT prescription, 09/14/2026 (1 page)",
                     "Physics second check, 09/16/2026 (1 page, scanned)",
                     "Treatment record and completion summary, 10/02/2026 (1 page)"], numbered=True),
         P("This packet contains protected health information released under a signed authorization.")],
        [H1("Radiation Oncology Consultation"),
         P("Date: 08/31/2026   Physician: Adaeze Fairweather, MD"),
         P("Ms. Knippendale is a 67-year-old woman with FIGO IIIC1 squamous cell carcinoma of the cervix treated with "
           "chemoradiation and brachytherapy in 2024, now with an isolated 1.6 cm left para-aortic lymph node at the level "
           "of L2 on PET-CT 08/20/2026 (SUV 9.2), outside the prior pelvic field (prior field superior border L5). Biopsy "
           "confirmed recurrence. No other disease."),
         P("Recommendation: SBRT to the para-aortic node, probably 30 Gy in 5 fractions, with CT simulation and PET fusion, "
           "followed by systemic therapy per Dr. Sable. She agrees. Consent signed.")],
        [H1("SBRT Prescription"),
         KeyValue([("Target", "PTV_LN_PA (GTV node L2 level + 5 mm)"), ("Dose", "35 Gy in 5 fractions, 7 Gy/fx, 2-3 per week"),
                   ("Unit", "Gantry linac, 6 MV FFF, VMAT 2 arcs"), ("TPS", "LINDEN 9 (invented)"),
                   ("Simulation", "09/08/2026 CT (2 mm), supine, vacuum bag, arms up; PET-CT 08/20/2026 fused"),
                   ("Constraints", "Duodenum D0.5cc < 32 Gy (plan 29.1), bowel D5cc < 25 Gy (plan 22.8), kidneys mean < 10 Gy"),
                   ("Note", "Raised from the 30 Gy discussed at consult after the bowel constraints were met at 35 Gy")]),
         sig("Adaeze Fairweather, MD 09/14/2026")],
        [H1("Physics Second Check"),
         KeyValue([("Plan", "LN_PA_35_5"), ("Independent calculation", "+1.4% vs TPS"), ("Patient QA", "cylindrical diode array, 99.2% (3%/2 mm)"),
                   ("Checked", "Levente Ashcombe, MS  09/16/2026")]),
         P("Plan, prescription and R&V parameters agree. Approved for treatment.")],
        [H1("Treatment Record and Completion Summary"),
         RuledTable([("Fx", "Date", "Dose (Gy)", "Cum. (Gy)", "IGRT"),
                     ("1", "09/21/2026", "7", "7", "CBCT"), ("2", "09/23/2026", "7", "14", "CBCT"),
                     ("3", "09/25/2026", "7", "21", "CBCT"), ("4", "09/28/2026", "7", "28", "CBCT"),
                     ("5", "09/30/2026", "7", "35", "CBCT")]),
         P("Completed SBRT to the left para-aortic node at L2: 35 Gy in 5 fractions, 09/21-09/30/2026. Daily CBCT with "
           "physician approval of shifts. Mild nausea grade 1. PET-CT in 3 months; referred back to Dr. Sable."),
         sig("Adaeze Fairweather, MD 10/02/2026")],
    ], opts=dict(header=head(_c + " - Radiation Oncology", 18), scan_pages=[4], scan_dpi=150, scan_noise=6.0))])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# k91_19 -- printout: linac SRS session aborted before beam-on (mask intolerance); nothing delivered -----------------
_c = "CORRIGAN FORD ONCOLOGY - RADIATION SERVICES"
add(name="k91_19", kind="printout", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: treatment-delivery record printout of a single-session linac SRS for three metastases with the "
          "approved plan (doses, arcs), QA passed and a session status NOT TREATED: severe claustrophobia in the mask, "
          "aborted after positioning before beam-on, course closed and referred elsewhere for frame-based treatment "
          "under sedation. Nothing delivered: facts empty, codes inconsistent.",
    docs=[Doc("k91_19.pdf", [[
        H1("Treatment Delivery Record - SRS"),
        KeyValue([("Course", "C1 BRAIN SRS (status: CLOSED - not treated)"), ("Plan", "SRS_3met_1iso (approved 05/12/2026)"),
                  ("Machine", "Gantry linac, 6 MV FFF"), ("Physician", "Lucinda Marwick-Obi, MD"),
                  ("Physics QA", "Second check 1.1%, array QA 99.4% - passed 05/13/2026")]),
        RuledTable([("Target", "Planned dose", "Fx", "IDL", "Delivered"),
                    ("PTV_LFront", "20 Gy", "1", "80%", "0 Gy"),
                    ("PTV_RPar", "20 Gy", "1", "80%", "0 Gy"),
                    ("PTV_LCereb", "18 Gy", "1", "80%", "0 Gy")]),
        H2("Session log 05/15/2026"),
        TextTable([("Time", "Event", "User"),
                   ("07:52", "Patient on couch, mask placed", "RTT JQ"),
                   ("07:58", "Patient distressed, mask removed; lorazepam 1 mg given per MD", "RTT JQ"),
                   ("08:31", "Second attempt, mask removed at patient request before imaging", "RTT JQ"),
                   ("08:40", "Session ABORTED - no imaging acquired, no MU delivered", "LMO")], columns=(0, 50, 380)),
        P("Physician note 05/15/2026: Mr. Korriston could not tolerate the SRS mask despite anxiolysis. Treatment not given. "
          "After discussion he prefers frame-based radiosurgery under sedation; referral to Halloway Creek Neuroscience Center "
          "sent today. Course closed in R&V; no charges for delivery or management to be posted by this department."),
        sig("Lucinda Marwick-Obi, MD 05/15/2026 09:12"),
    ]], opts=dict(header=[_c, f"{patient(19)}   MRN {mrn(19)}   DOB {dob(19)}   Printed 05/18/2026"]))])

# k91_20 -- typed end-of-treatment summary: central lung 60 Gy in 8 fractions called 'SBRT', billed 77373/77435 ---
_c = "BELLWETHER COMMUNITY HOSPITAL - CANCER CENTER"
add(name="k91_20", kind="note", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 8, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left lower lobe central tumor", "body", None, 60, 8)],
    categories=cats(),
    notes="Near-miss negative: typed end-of-treatment summary of a 'risk-adapted SBRT' course for an ultracentral left "
          "lower lobe tumor, 60 Gy in 8 fractions of 7.5 Gy with 4DCT, PET fusion, vacuum cushion and daily CBCT. Eight "
          "fractions is not a stereotactic course for coding: 77373/77435 inconsistent, no delivery code.",
    docs=[Doc("k91_20.pdf", [[
        H1("End of Treatment Summary"),
        KeyValue([("Patient", patient(20)), ("MRN", mrn(20)), ("DOB", dob(20)),
                  ("Attending", "Percival Odunsi-Hart, MD"), ("Referring", "Dr. Janelle Moorcroft, Pulmonology"),
                  ("Treatment dates", "04/06/2026 - 04/23/2026")]),
        H2("Diagnosis"),
        P("Squamous cell carcinoma of the left lower lobe, cT1cN0M0, 2.8 cm, ultracentral (abutting the left lower lobe "
          "bronchus), medically inoperable (COPD GOLD 3, home oxygen)."),
        H2("Treatment"),
        P("Risk-adapted stereotactic body radiation therapy (SBRT). Because the tumor abuts the proximal bronchial tree a "
          "five-fraction regimen was judged unsafe; he received 60 Gy in 8 fractions of 7.5 Gy, three fractions per week, "
          "on the gantry linac (6 MV FFF, two VMAT arcs, planning system ROWAN 4 (invented), prescribed to the 80% isodose "
          "to cover PTV = ITV + 5 mm). Simulation 03/30/2026: 4DCT in a vacuum cushion with arms up; PET-CT of 03/12/2026 "
          "fused for delineation. Proximal bronchial tree Dmax 62.1 Gy, esophagus Dmax 39 Gy. Physics second check passed."),
        RuledTable([("Fx", "1", "2", "3", "4", "5", "6", "7", "8"),
                    ("Date", "04/06", "04/08", "04/10", "04/13", "04/15", "04/17", "04/20", "04/23"),
                    ("Gy", "7.5", "7.5", "7.5", "7.5", "7.5", "7.5", "7.5", "7.5"),
                    ("CBCT", "yes", "yes", "yes", "yes", "yes", "yes", "yes", "yes")]),
        P("Total delivered: 60 Gy in 8 fractions to the left lower lobe tumor. Daily cone-beam CT was reviewed by the "
          "physician before each fraction."),
        H2("Tolerance and follow-up"),
        P("Grade 1 esophagitis and cough, no hemoptysis. CT chest in 3 months, PFTs at 6 months."),
        sig("Percival Odunsi-Hart, MD 04/24/2026"),
        P("Charge capture note: SBRT delivery x8, SBRT management x1 (billing office to review)."),
    ]], opts=dict(header=head(_c, 20)))])


CORPUS = Corpus("blind_corpus91", "tests/blind_corpus91", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
