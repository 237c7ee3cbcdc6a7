"""Eighty-sixth blind corpus, ``tests/blind_corpus86/`` (regenerate: ``python scripts/make_corpus.py blind_corpus86``).

TUNING corpus, written blind (without reading the reader's code): the billing-adjacent papers that sit inside a
chart as a coder receives it, next to the clinical documents of a real stereotactic course.

Twenty courses (cranial SRS of 1-6 lesions, simple and complex, single-session and fractionated; spine SBRT of
one and two lesions; body SBRT to lung, liver, prostate, adrenal and lung + rib) in which plan summaries,
procedure notes, treatment records and completion summaries (dictated and printed) lie beside superbills and
charge-capture sheets (CPT codes with units and modifiers), ICD-10 code lists (C79.31, C34.11, D33.3, D32.0,
C79.51, T38.0X5A, L89.152 ... that look like vertebral levels, doses or sizes), prior-authorisation requests and
approvals ("up to 5 fractions", requested vs approved units and levels), denial and remittance letters, coding
queries with the treating physician's answer (which IS clinical documentation: it corrects a lesion count, a
lesion class or the delivered fraction count), claim line listings, a fee schedule and a pre-service estimate.
The billing papers never add doses, fractions, levels, lesions, devices or imaging of their own; labels come
from the clinical documents (and physician query answers) of THIS course. Two hard negatives (an authorised,
charge-sheeted cranial course cancelled before simulation; an approved lung SBRT not yet simulated), one
near-miss (SBRT denied, conventional 60 Gy in 15 delivered), charts whose claimed codes disagree with the notes,
and one self-contradicting chart (``review_expected``). Every clinic, clinician, payer and system is invented.

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (dictations, letters and billing lines are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import BulletList, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FOOT = "SYNTHETIC - blind corpus 86 - no real patient"

PATIENTS = [("ABERNETHWICK", "CORALIE"), ("BRAMBLECOTT", "EDMUND"), ("CHALLENVOSS", "MIRABEL"),
            ("DUNSFORTHE", "ISOLDE"), ("EVERLEIGHT", "ROSALIND"), ("FARRINGDOVE", "AUGUSTINE"),
            ("GOSSAMERE", "THADDEUS"), ("HALLIWROTH", "PERPETUA"), ("ISENBRAND", "LUCIUS"),
            ("JOLLIVANTE", "WINIFRED"), ("KETTERMOOR", "GWENDOLYN"), ("LOWENTHRIP", "BARTHOLOMEW"),
            ("MARCHBLANKE", "OSWIN"), ("NETHERQUILL", "VERONA"), ("ORMSGILLE", "HORATIA"),
            ("PELLINGHAME", "CORNELIA"), ("QUARRENDALE", "FELIX"), ("ROSSITERNE", "AMBROSE"),
            ("SALTONREEVE", "DAMARIS"), ("THISTLEWAITE", "MARGERY")]


def patient(n: int) -> str:
    last, first = PATIENTS[n - 1]
    return f"{last}, {first}"


def mrn(n: int) -> str:
    return f"SYN-860{n:02d}"


def head(clinic: str, n: int, dob: str, extra: str = "") -> list[str]:
    return [clinic, f"{patient(n)}   MRN {mrn(n)}   DOB {dob}" + (f"   {extra}" if extra else "")]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# q86_01 -- bundle (3): linac SRS, five metastases, one session; superbill with 77334 / 77300 x5 / 61797 x4 ------------
_c = "HOLLOWAY CREEK CANCER CENTER - RADIATION ONCOLOGY"
add(name="q86_01", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 5, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal", "cranial", S, 20, 1), L("right parietal", "cranial", S, 22, 1),
             L("left cerebellar", "cranial", S, 22, 1), L("right occipital", "cranial", S, 22, 1),
             L("left precentral", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Three-file bundle: plan summary (five PTVs, single isocentre, 5 arcs, 80% IDL, QA), treatment record "
          "(one session, CBCT + 6DoF + surface guidance, delivered dose per target) and a superbill (ICD C79.31, "
          "C34.11, G93.6, R47.01; 77263, 77290-26/TC, 77334, 77301, 77300 x5, 77338, 77372-TC, 77432, 61796, 61797 x4). "
          "All claimed codes fit. The superbill's units and ICD codes add nothing.",
    docs=[
        Doc("1_plan_summary.pdf", [[
            H1("Stereotactic Radiosurgery - Plan Summary"),
            KeyValue([("Course / plan", "C1 SRS Brain / SRS_5mets_v2"),
                      ("Diagnosis", "Brain metastases from adenocarcinoma of the right upper lobe"),
                      ("Unit", "6 MV FFF gantry linac, 2.5 mm MLC, 6DoF couch"),
                      ("Immobilization", "Open-face thermoplastic SRS mask, made at simulation 02/03/2026"),
                      ("Planning images", "CT simulation 02/03/2026 (1.0 mm); planning MRI 02/02/2026 3D T1 post-gadolinium, rigid fusion"),
                      ("Planning system", "LANTERN Cranial 4.2 (invented)"),
                      ("Technique", "Single isocentre, 5 non-coplanar dynamic conformal arcs"),
                      ("Prescription", "One fraction; each PTV prescribed to the 80% isodose line, PTV = GTV + 1 mm")]),
            RuledTable([("PTV", "Location", "Max diam (cm)", "Vol (cc)", "Rx (Gy)", "Coverage"),
                        ("PTV1", "Left frontal", "1.4", "1.21", "20", "99.1%"),
                        ("PTV2", "Right parietal", "0.9", "0.38", "22", "99.6%"),
                        ("PTV3", "Left cerebellar", "0.7", "0.19", "22", "99.8%"),
                        ("PTV4", "Right occipital", "1.1", "0.62", "22", "99.4%"),
                        ("PTV5", "Left precentral gyrus", "0.5", "0.09", "20", "100%")]),
            H2("Organs at risk"),
            TextTable([("Structure", "Result", "Limit"), ("Brainstem Dmax", "6.2 Gy", "< 15 Gy"),
                       ("Optic chiasm Dmax", "1.1 Gy", "< 8 Gy"), ("Brain - PTVs V12Gy", "5.4 cc", "< 10 cc")],
                      columns=(0, 170, 260)),
            P("Physics: independent MU calculation within 1.8% for all arcs; patient-specific QA with a diode array, "
              "gamma 3%/1 mm 98.7%. Plan approved 02/06/2026."),
            sig("Harriet Okonkwo-Lindqvist, MD, Radiation Oncology 02/06/2026"),
            sig("Jonah Pettibone, MS, DABR, Medical Physics 02/06/2026"),
        ]], opts=dict(header=head(_c, 1, "09/14/1957"))),
        Doc("2_treatment_record.pdf", [[
            H1("SRS Treatment Record"),
            KeyValue([("Date", "02/10/2026"), ("Fraction", "1 of 1"), ("Setup", "Supine in SRS mask, indexed head support")]),
            H2("Image guidance"),
            P("Pre-treatment CBCT registered to planning CT: shifts 1.4 mm lat, -0.8 mm vert, 0.6 mm long, pitch 0.5 deg "
              "applied with the 6DoF couch; verification CBCT residual < 0.5 mm, approved by Dr. Okonkwo-Lindqvist at the "
              "console. Surface monitoring throughout; beam hold threshold 1 mm, not triggered."),
            RuledTable([("Target", "Delivered (Gy)", "Arcs", "Status"),
                        ("PTV1 left frontal", "20", "1-5", "complete"), ("PTV2 right parietal", "22", "1-5", "complete"),
                        ("PTV3 left cerebellar", "22", "1-5", "complete"), ("PTV4 right occipital", "22", "1-5", "complete"),
                        ("PTV5 left precentral", "20", "1-5", "complete")]),
            P("Beam-on 09:12-09:41. Tolerated well. Dexamethasone 4 mg daily for 3 days, then stop. MRI brain in 8 weeks."),
            sig("Harriet Okonkwo-Lindqvist, MD 02/10/2026"),
            sig("R. Amadi, RTT / L. Feldspar, RTT 02/10/2026"),
        ]], opts=dict(header=head(_c, 1, "09/14/1957"))),
        Doc("3_superbill.txt", text=f"""
HOLLOWAY CREEK CANCER CENTER          RADIATION ONCOLOGY SUPERBILL / CHARGE CAPTURE
Patient: {patient(1)}    MRN: {mrn(1)}    DOB: 09/14/1957
Payer: Cresthaven Medicare Advantage (invented)    Member ID: CMA-0086001 (synthetic)
Attending: Harriet Okonkwo-Lindqvist, MD (Rad Onc)    Co-surgeon: Lucan Stravinsky-Hale, MD (Neurosurgery)

DIAGNOSES (ICD-10-CM)
  1  C79.31   Secondary malignant neoplasm of brain
  2  C34.11   Malignant neoplasm of upper lobe, right bronchus or lung
  3  G93.6    Cerebral edema
  4  R47.01   Aphasia

DOS         CPT     MOD    UNITS  DX PTR  DESCRIPTION                                   PROVIDER
02/03/2026  77263          1      1,2     Tx planning, complex                          OKONKWO-LINDQVIST
02/03/2026  77290   26     1      1       Simulation, complex                           OKONKWO-LINDQVIST
02/03/2026  77290   TC     1      1       Simulation, complex                           FACILITY
02/03/2026  77334   TC     1      1       Tx device, complex (SRS mask)                 FACILITY
02/05/2026  77301   26     1      1       IMRT/SRS plan, DVH                            OKONKWO-LINDQVIST
02/05/2026  77300   TC     5      1       Basic dosimetry calc                          FACILITY
02/05/2026  77338   TC     1      1       MLC device                                    FACILITY
02/10/2026  77372   TC     1      1,2     SRS delivery, linac, complete course          FACILITY
02/10/2026  77432          1      1,2     Stereotactic tx management, cranial           OKONKWO-LINDQVIST
02/10/2026  61796          1      1       SRS, 1 simple cranial lesion                  STRAVINSKY-HALE
02/10/2026  61797          4      1       SRS, each addl simple cranial lesion          STRAVINSKY-HALE

Charges entered by: T. Merriweather, CPC   02/11/2026    Batch 26-0211-RO-14
{FOOT}
"""),
    ])

# q86_02 -- bundle (2): dictated cobalt-60 frame SRS, vestibular schwannoma; charge-capture sheet ---------------------
_c = "MERIDIAN HEIGHTS RADIOSURGERY UNIT"
add(name="q86_02", kind="bundle", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    notes="Two-file bundle: a dictated procedure note (frame with 4 pins, stereotactic MRI and CT co-registered, "
          "11 shots, 12 Gy to the 50% isodose in one session on a cobalt-60 multi-source unit, coordinate check and "
          "second calculation) and a charge-capture sheet (ICD D33.3, H90.41, H93.11; 61798, 61800, 77371, 77432, "
          "77263, 77295, 77300, 77370). Schwannoma: complex; all claimed codes fit. D33.3 is a diagnosis, not a size.",
    docs=[
        Doc("1_procedure_note_dictated.txt", text=f"""
MERIDIAN HEIGHTS RADIOSURGERY UNIT - OPERATIVE / PROCEDURE NOTE (dictated)
Patient: {patient(2)}    MRN: {mrn(2)}    DOB: 06/30/1968
Date of procedure: 03/17/2026
Surgeon: Percival Anand-Whitcombe, MD, Neurosurgery
Radiation oncologist: Solveig Carrow, MD      Physicist: Ignatius Brandt, PhD
Dictated 03/17/2026 15:20, transcribed 03/18/2026 (VOXLINE, invented)

PREOPERATIVE DIAGNOSIS: Right vestibular schwannoma, Koos grade two, one point nine centimeters in greatest dimension, with serviceable hearing.
POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURES: One, application of a stereotactic head frame. Two, stereotactic MRI and CT for target localization. Three, single session stereotactic radiosurgery on the cobalt sixty multi source unit.

INDICATIONS: Fifty seven year old man with progressive right sided hearing loss and tinnitus, the lesion has grown two millimeters in fourteen months on serial MRI. Options of observation, microsurgery and radiosurgery were discussed at length in clinic on February twenty fourth; he chose radiosurgery.

DESCRIPTION OF PROCEDURE: After informed consent the pin sites were infiltrated with one percent lidocaine and point five percent bupivacaine and the stereotactic head frame was applied with four pins without difficulty. He then underwent stereotactic MRI with the fiducial box, one millimeter post contrast T1 and point five millimeter CISS sequences, and a one millimeter stereotactic CT, which were co registered in the KESTREL-GK eight planning system, which is invented. The tumor was contoured together with the cochlea, the brain stem and the facial nerve course. An eleven shot plan using four and eight millimeter collimators was built by Dr. Carrow, Dr. Brandt and myself. The prescription was twelve gray to the fifty percent isodose line, maximum dose twenty four gray, coverage ninety eight point one percent of a one point three four cc target. Cochlear mean dose three point eight gray, brain stem maximum eleven point two gray to point zero one cc.

Before treatment the frame coordinates of all eleven shots were checked against the printed plan by Dr. Brandt and myself, and an independent second calculation of treatment time agreed within one point one percent. Treatment was delivered in one session from ten fifty to eleven thirty seven without interruption. The frame was removed, the pin sites were dressed and he was discharged home with his wife.

COMPLICATIONS: None. ESTIMATED BLOOD LOSS: Minimal.

PLAN: Audiogram and MRI at six months. Return precautions reviewed.

Percival Anand-Whitcombe, MD - electronically signed 03/18/2026 08:05
{FOOT}
"""),
        Doc("2_charge_capture.pdf", [[
            H1("Charge Capture - Radiosurgery"),
            KeyValue([("Patient", patient(2)), ("MRN", mrn(2)), ("Encounter", "RS-26-0317-02"),
                      ("Insurance", "Lakeshore Mutual PPO (invented), ID LMP-86002 (synthetic)"),
                      ("Place of service", "22 (hospital outpatient)")]),
            H2("Diagnoses"),
            RuledTable([("#", "ICD-10-CM", "Description"), ("1", "D33.3", "Benign neoplasm of cranial nerves"),
                        ("2", "H90.41", "Sensorineural hearing loss, unilateral, right ear, unrestricted contralateral"),
                        ("3", "H93.11", "Tinnitus, right ear")]),
            H2("Procedures"),
            RuledTable([("DOS", "CPT", "Mod", "Units", "Dx", "Billing provider"),
                        ("03/17/2026", "61798", "", "1", "1", "Anand-Whitcombe (NS)"),
                        ("03/17/2026", "61800", "", "1", "1", "Anand-Whitcombe (NS)"),
                        ("03/17/2026", "77263", "", "1", "1", "Carrow (RO)"),
                        ("03/17/2026", "77295", "26", "1", "1", "Carrow (RO)"),
                        ("03/17/2026", "77295", "TC", "1", "1", "Facility"),
                        ("03/17/2026", "77300", "TC", "1", "1", "Facility"),
                        ("03/17/2026", "77370", "", "1", "1", "Facility"),
                        ("03/17/2026", "77371", "", "1", "1", "Facility"),
                        ("03/17/2026", "77432", "", "1", "1,2", "Carrow (RO)")]),
            P("20660 not charged (included in 61800). Charge sheet reviewed against the procedure note: D. Holloway-Park, CCS 03/19/2026."),
        ]], opts=dict(header=[_c + " - Patient Financial Services"], page_numbers=None)),
    ])

# q86_03 -- bundle (3): linac SRS; superbill bills five lesions, plan shows a held fifth structure; query answer: four ---
_c = "TALLOWMERE REGIONAL MEDICAL CENTER - RADIATION ONCOLOGY"
add(name="q86_03", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 4, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal", "cranial", S, 20, 1), L("left temporal", "cranial", S, 20, 1),
             L("right cerebellar", "cranial", S, 18, 1), L("left parietal", "cranial", S, 22, 1)],
    categories=cats(),
    notes="Three-file bundle: a two-page plan report and treatment record (PTV1-PTV4 with doses and a structure "
          "PTV5_hold 'not planned, no prescription'), a superbill billing 61796 + 61797 x4 (five lesions) and a coding "
          "query whose answer by the treating radiation oncologist states four lesions were treated (the 3 mm left "
          "occipital focus was a vessel, not treated). Four lesions; the claimed codes fit, only the 61797 units are "
          "too many.",
    docs=[
        Doc("1_plan_and_treatment.pdf", [
            [H1("Cranial SRS Plan Report"),
             KeyValue([("Patient", f"{patient(3)}  ({mrn(3)})"), ("Plan", "SRS_MULTI_01, approved 04/10/2026"),
                       ("Treatment unit", "6 MV FFF gantry linac with 2.5 mm MLC"),
                       ("Immobilization", "Thermoplastic SRS mask with mouth bite"),
                       ("Image sets", "Planning CT 04/07/2026 1 mm; MRI 3D T1 MPRAGE post-contrast 04/06/2026 1 mm, fused"),
                       ("Planning system", "CORVID Auto-Cranial 2.0 (invented)"),
                       ("Technique", "Single isocentre, 4 non-coplanar VMAT arcs (couch 0, 45, 315, 90)")]),
             RuledTable([("Structure", "Location", "Size (mm)", "Rx", "IDL", "V100"),
                         ("PTV1", "R frontal", "12", "20 Gy x 1", "78%", "99.2%"),
                         ("PTV2", "L temporal", "16", "20 Gy x 1", "80%", "98.9%"),
                         ("PTV3", "R cerebellar", "21", "18 Gy x 1", "80%", "98.6%"),
                         ("PTV4", "L parietal", "6", "22 Gy x 1", "76%", "100%"),
                         ("PTV5_hold", "L occipital", "3", "-- not planned --", "", "")]),
             P("Brainstem Dmax 9.8 Gy; chiasm Dmax 0.9 Gy; normal brain V12Gy 6.9 cc. Second MU calculation agrees within "
               "2%; portal dosimetry QA gamma 2%/1 mm 97.9% (passed)."),
             sig("Cassius Vintner-Oyelowo, MD 04/10/2026"), sig("Beatrix Lund, MS, DABR 04/10/2026")],
            [H1("Treatment Record - 04/14/2026"),
             P("Fraction 1 of 1. Mask setup; CBCT x 2 with 6DoF correction (final residual 0.3 mm / 0.2 deg), images "
               "approved by the physician; optical surface monitoring during all arcs. Arcs 1-4 delivered 13:05-13:29."),
             RuledTable([("Structure", "Planned", "Delivered"), ("PTV1", "20 Gy", "20 Gy"), ("PTV2", "20 Gy", "20 Gy"),
                         ("PTV3", "18 Gy", "18 Gy"), ("PTV4", "22 Gy", "22 Gy")]),
             sig("Cassius Vintner-Oyelowo, MD 04/14/2026")],
        ], opts=dict(header=head(_c, 3, "01/25/1964"))),
        Doc("2_superbill.pdf", [[
            H1("Professional Superbill - Neurosurgery"),
            KeyValue([("Patient", patient(3)), ("MRN", mrn(3)), ("DOS", "04/14/2026"),
                      ("Surgeon", "Philippa Drummond-Esquivel, MD"), ("Payer", "Northwind Health Alliance (invented)")]),
            RuledTable([("ICD-10", "Description"), ("C79.31", "Secondary malignant neoplasm of brain"),
                        ("C50.912", "Malignant neoplasm of unspecified site of left female breast"),
                        ("Z17.0", "Estrogen receptor positive status")]),
            RuledTable([("CPT", "Mod", "Units", "Description"), ("61796", "", "1", "SRS, 1 simple cranial lesion"),
                        ("61797", "", "4", "SRS, each additional simple cranial lesion"),
                        ("77372", "TC", "1", "SRS delivery, linac (facility)"), ("77432", "", "1", "SRS management (Rad Onc)")]),
            P("Lesions per surgeon's worksheet: 5 (R frontal, L temporal, R cerebellar, L parietal, L occipital)."),
        ]], opts=dict(header=[_c.replace(" - RADIATION ONCOLOGY", "") + " - Physician Billing"], page_numbers=None)),
        Doc("3_coding_query.txt", text=f"""
TALLOWMERE REGIONAL MEDICAL CENTER - CODING / CDI QUERY
Query ID: Q-26-04418        Sent: 04/16/2026 10:12        To: Cassius Vintner-Oyelowo, MD (Radiation Oncology)
From: Odile Brannagh, RHIT, CCS - Outpatient Coding
Patient: {patient(3)}    MRN: {mrn(3)}    Encounter: SRS 04/14/2026

Clinical indicators:
 - Plan report SRS_MULTI_01 lists PTV1-PTV4 with prescriptions and a structure "PTV5_hold, L occipital, 3 mm, not planned".
 - Treatment record of 04/14/2026 lists delivered doses for PTV1-PTV4.
 - Surgeon's worksheet lists five lesions including the left occipital.

Question: Please clarify, based on your clinical judgment, the number of distinct intracranial lesions treated with radiosurgery on 04/14/2026.
  [ ] Five lesions
  [ ] Four lesions
  [ ] Other (please specify)
  [ ] Unable to determine

PHYSICIAN RESPONSE (04/16/2026 17:48):
  [X] Four lesions
  Comment: Four metastases were treated on 04/14: right frontal 20 Gy, left temporal 20 Gy, right cerebellar 18 Gy and left parietal 22 Gy, all in a single fraction. The 3 mm left occipital focus (PTV5_hold) was reviewed with neuroradiology on the planning MRI and is a cortical vessel, not a metastasis; it was not planned and not treated. It will be watched on the next MRI. I have asked Dr. Drummond-Esquivel's office to correct their worksheet.
  Electronically signed: Cassius Vintner-Oyelowo, MD 04/16/2026 17:48
{FOOT}
"""),
    ])

# q86_04 -- bundle (2): robotic-arm SRS of two lesions; query answer makes the gyrus rectus lesion complex ------------
_c = "ASHGROVE NEURO-ONCOLOGY CENTER"
add(name="q86_04", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=F("robotic_linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right gyrus rectus", "cranial", C, 16, 1), L("left parietal", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Two-file bundle: a one-session robotic-arm SRS summary (two metastases, right gyrus rectus 16 Gy and left "
          "parietal 20 Gy; chiasm Dmax only, no distance) and a CDI query whose answer by the treating radiation "
          "oncologist states the gyrus rectus lesion lies 3 mm from the right optic nerve: complex. The claimed "
          "61796 (all simple) is therefore wrong (61798 + 61797); 61797 for the simple second lesion fits.",
    docs=[
        Doc("1_srs_treatment_summary.pdf", [[
            H1("Stereotactic Radiosurgery Treatment Summary"),
            KeyValue([("Patient", patient(4)), ("MRN", mrn(4)), ("Treatment date", "05/06/2026 (single session)"),
                      ("Diagnosis", "Two brain metastases, renal cell carcinoma (clear cell)"),
                      ("Unit", "Robotic-arm mounted 6 MV linac with 6D skull tracking"),
                      ("Immobilization", "Thermoplastic face mask"),
                      ("Imaging", "Planning CT 04/29/2026 (1 mm, contrast) fused with MRI T1 post-gadolinium 04/28/2026"),
                      ("Planning system", "ORRERY Robotic 5 (invented)"),
                      ("Plan", "2 targets, 168 non-isocentric beams, 7.5 and 10 mm fixed collimators")]),
            RuledTable([("Target", "Max diam", "Rx dose", "Isodose", "Coverage", "Delivered"),
                        ("Right gyrus rectus", "13 mm", "16 Gy x 1", "74%", "97.2%", "16 Gy"),
                        ("Left parietal", "18 mm", "20 Gy x 1", "78%", "98.8%", "20 Gy")]),
            P("OAR: optic chiasm Dmax 7.6 Gy, right optic nerve Dmax 7.9 Gy, brainstem Dmax 4.1 Gy. Dose to the right "
              "gyrus rectus lesion was reduced because of the optic apparatus (see OAR)."),
            H2("Delivery"),
            P("Skull tracking with orthogonal kV image pairs every 30-45 s; translations < 0.6 mm, rotations < 0.5 deg "
              "throughout. Delivery QA: film and ion chamber measurement passed (2.1% point dose). Treatment 11:02-12:14, "
              "no interruptions. Patient tolerated well; next MRI 6-8 weeks."),
            sig("Anselm Krzywicki-Dore, MD, Radiation Oncology 05/06/2026"),
            sig("Mireille Osei-Tanaka, PhD, Medical Physics 05/06/2026"),
        ]], opts=dict(header=head(_c, 4, "10/02/1955"))),
        Doc("2_physician_query_response.pdf", [[
            H1("Physician Documentation Query"),
            KeyValue([("Query no.", "CDI-0511-07"), ("Date sent", "05/11/2026"),
                      ("To", "Anselm Krzywicki-Dore, MD (treating radiation oncologist)"),
                      ("From", "Clinical Documentation Integrity, Ashgrove Neuro-Oncology Center"),
                      ("Patient / MRN", f"{patient(4)} / {mrn(4)}"), ("Encounter", "SRS 05/06/2026")]),
            P("Clinical indicators: the right gyrus rectus metastasis received a reduced dose (16 Gy) 'because of the "
              "optic apparatus'; optic chiasm Dmax 7.6 Gy and right optic nerve Dmax 7.9 Gy. The distance between the "
              "lesion and the optic apparatus is not documented."),
            P("Question: Based on the planning images, please document the closest distance between the right gyrus "
              "rectus lesion and the optic nerve, chiasm or tract."),
            BulletList(["5 mm or less", "More than 5 mm", "Other (please specify)", "Clinically undetermined"], marker="[ ]"),
            H2("Response"),
            P("[X] 5 mm or less. The posterior margin of the right gyrus rectus metastasis lies 3 mm from the intracranial "
              "segment of the right optic nerve, measured on the 04/28/2026 planning MRI; that is why its dose was held at "
              "16 Gy. The left parietal lesion is far from any critical structure (more than 4 cm)."),
            sig("Anselm Krzywicki-Dore, MD 05/12/2026 09:31"),
            P("CDI use: response filed to the legal medical record. Charge ticket on hold pending recoding (ticket lists "
              "61796, 61797, 77372-TC, 77432)."),
        ]], opts=dict(header=[_c + " - Clinical Documentation Integrity"], page_numbers=None)),
    ])

# q86_05 -- bundle (3): cavity FSRT 27 Gy/3 (complex by size); prior auth requested 30/5 and approved 'up to 5' -------
_c = "FENWICK BAY CANCER INSTITUTE"
add(name="q86_05", kind="bundle", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left parietal resection cavity", "cranial", C, 27, 3)],
    categories=cats(),
    notes="Three-file bundle: a prior-authorisation request (30 Gy in 5 fractions; 77373 x5) with the payer's "
          "approval ('77373 up to 5 units', 'up to 5 fractions'), a plan-summary printout (cavity PTV 3.9 cm, changed "
          "to 27 Gy in 3) and a completion summary (27 Gy in 3 fractions delivered, CBCT daily). Fractions 3 from "
          "the clinical documents, not the approved 5; cavity target 3.9 cm: complex by size.",
    docs=[
        Doc("1_prior_authorization.pdf", [
            [H1("Prior Authorization Request - Radiation Therapy"),
             KeyValue([("Submitted", "04/28/2026 by J. Whitlow, authorization coordinator"),
                       ("Payer", "Bayline Health Plan (invented), Radiation Oncology Benefit Manager"),
                       ("Member", f"{patient(5)}  ID BHP-86005 (synthetic)"),
                       ("Ordering physician", "Temperance Adeyemi-Rourke, MD"),
                       ("Diagnosis", "C79.31 Secondary malignant neoplasm of brain; C50.912 breast, left; Z98.890 other specified postprocedural states"),
                       ("Requested", "Fractionated stereotactic radiotherapy to the left parietal resection cavity, 30 Gy in 5 fractions"),
                       ("Start date (est.)", "05/18/2026")]),
             RuledTable([("CPT", "Description", "Units requested"), ("77263", "Tx planning complex", "1"),
                         ("77290", "Simulation complex", "1"), ("77301", "IMRT plan", "1"), ("77338", "MLC device", "1"),
                         ("77373", "SBRT delivery per fraction", "5"), ("77435", "SBRT management", "1"),
                         ("61798", "SRS complex cranial lesion (neurosurgery)", "1")]),
             P("Clinical summary attached: operative note 04/20/2026 (gross total resection of a 4.2 cm left parietal "
               "metastasis), post-operative MRI 04/22/2026, KPS 80.")],
            [H1("Determination Notice"),
             KeyValue([("Case", "RBM-2026-0504-1187"), ("Decision date", "05/04/2026"), ("Decision", "APPROVED"),
                       ("Approved", "Stereotactic radiotherapy, brain, up to 5 fractions"),
                       ("Valid", "05/04/2026 - 08/01/2026")]),
             RuledTable([("CPT", "Units approved"), ("77263", "1"), ("77290", "1"), ("77301", "1"), ("77338", "1"),
                         ("77373", "up to 5"), ("77435", "1"), ("61798", "1")]),
             P("Approval of services does not guarantee payment. Units billed must reflect services actually rendered. "
               "A change of technique requires a new request; a reduction in fractions does not."),
             P("Reviewed by: Dr. E. Marchbanks-Sato, physician reviewer, for Bayline Health Plan")],
        ], opts=dict(header=["BAYLINE HEALTH PLAN - RADIATION ONCOLOGY BENEFIT MANAGEMENT (invented)"], page_numbers=None)),
        Doc("2_plan_summary_printout.txt", text=f"""
FENWICK BAY CANCER INSTITUTE     TPS PLAN SUMMARY (printout)     printed 05/14/2026 16:40
Patient: {patient(5)}   MRN: {mrn(5)}   Course: C1 FSRT cavity   Plan: LPar_Cav_27in3   Status: APPROVED
Planning system: TIDEMARK 11 (invented)     Machine: 6 MV FFF gantry linac, 2.5 mm MLC
Image sets: CT_SIM 05/11/2026 (1.0 mm) | MR_T1C 05/10/2026 3D post-gadolinium (rigid registration, reviewed MD)
Immobilization: 3-point thermoplastic SRS mask, head cup B

Structures
  GTV_cavity      resection cavity + enhancing rim, L parietal
  PTV_cavity      GTV_cavity + 2 mm     vol 21.6 cc     max dimension 3.9 cm (AP)
Prescription
  PTV_cavity      27.00 Gy in 3 fx (9.00 Gy/fx) to the 80% isodose, V100 = 97.1%
  Note: consult recommendation was 30 Gy / 5 fx; changed to 27 Gy / 3 fx at plan review 05/13/2026 (better
  normal-brain sparing at this cavity size). Authorization covers up to 5 fx - no resubmission needed.
Beams: isocentre 1, VMAT arcs x3 (couch 0 / 30 / 330), 6FFF, 2431 MU/fx
OAR: brainstem Dmax 4.2 Gy, chiasm Dmax 1.8 Gy, brain-PTV V18Gy 18.9 cc, V21Gy 11.7 cc
Physics: second check (independent MU) within 1.6% - passed; pretreatment QA gamma 3%/1 mm 98.2% - passed
Approved: T. Adeyemi-Rourke, MD 05/14/2026     Checked: N. Fairweather, MS 05/14/2026
{FOOT}
"""),
        Doc("3_completion_summary.pdf", [[
            H1("Radiation Treatment Completion Summary"),
            KeyValue([("Patient", patient(5)), ("MRN", mrn(5)), ("Site", "Left parietal resection cavity"),
                      ("Technique", "Fractionated stereotactic radiotherapy, 6 MV FFF VMAT, thermoplastic mask"),
                      ("Dates", "05/18/2026 - 05/22/2026"),
                      ("Dose delivered", "27 Gy in 3 fractions (9 Gy per fraction) on 05/18, 05/20 and 05/22/2026")]),
            P("Each fraction was preceded by a cone-beam CT registered to the planning CT with 6DoF correction, reviewed "
              "and approved by the treating physician before beam-on. No interruptions. Side effects: mild fatigue, "
              "scalp erythema grade 1 at the incision. Dexamethasone not required."),
            P("Follow-up: MRI brain 6 weeks after completion, then every 3 months. Continue systemic therapy per "
              "Dr. Halloran (medical oncology)."),
            sig("Temperance Adeyemi-Rourke, MD 05/22/2026"),
        ]], opts=dict(header=head(_c, 5, "12/08/1970"))),
    ])

# q86_06 -- pdf (3 pages): six simple metastases, one session; claim line listing and remittance (61797 MUE denial) ----
_c = "QUARRY HILL ONCOLOGY"
add(name="q86_06", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 6, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal", "cranial", S, 20, 1), L("right frontal", "cranial", S, 20, 1),
             L("right parietal", "cranial", S, 20, 1), L("left occipital", "cranial", S, 18, 1),
             L("right cerebellar", "cranial", S, 20, 1), L("left temporal", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Three-page PDF as the coder receives it: an SRS treatment summary of six melanoma metastases in one "
          "session (single isocentre, mask, CT+MRI, CBCT + surface guidance, QA), a clearinghouse claim line listing "
          "(61797 x5, 77300 x6, ICD C79.31 / C43.59 / R51.9) and a remittance advice denying the fifth 61797 unit. "
          "Six lesions; the claimed codes all fit.",
    docs=[Doc("q86_06.pdf", [
        [H1("SRS Treatment Summary"),
         KeyValue([("Patient", patient(6)), ("MRN", mrn(6)), ("Date of treatment", "06/02/2026, one fraction"),
                   ("Diagnosis", "Metastatic melanoma to brain, six lesions"),
                   ("Unit", "Gantry linac, 6 MV FFF, HD MLC"), ("Immobilization", "Thermoplastic SRS mask"),
                   ("Planning imaging", "CT sim 05/26/2026 1 mm, fused with MRI 05/25/2026 (3D T1 post-contrast, 1 mm)"),
                   ("Planning", "PALISADE Multi-Met 3 (invented), single isocentre, 6 non-coplanar arcs; PTV = GTV + 1 mm")]),
         RuledTable([("Lesion", "Diam (mm)", "Rx / IDL", "Delivered"), ("Left frontal", "11", "20 Gy / 80%", "20 Gy"),
                     ("Right frontal", "8", "20 Gy / 80%", "20 Gy"), ("Right parietal", "14", "20 Gy / 80%", "20 Gy"),
                     ("Left occipital", "24", "18 Gy / 80%", "18 Gy"), ("Right cerebellar", "6", "20 Gy / 82%", "20 Gy"),
                     ("Left temporal", "9", "20 Gy / 80%", "20 Gy")]),
         P("Verification: plan QA measured with a diode array (gamma 3%/1 mm 98.1%). CBCT with 6DoF correction before the "
           "first arc and again after arc 3; surface guidance throughout. All six lesions treated as planned, 08:40-09:22. "
           "Brainstem Dmax 8.4 Gy; V12Gy normal brain 8.8 cc."),
         sig("Evander Moorcroft-Ikeda, MD 06/02/2026"), sig("Sunniva Hartigan, MS 06/02/2026")],
        [H1("Claim Line Listing"),
         P("CLEARLINE Claims Workstation (invented)  -  Claim 86006-0602-A  -  Form 837P  -  Status: Accepted by payer 06/05/2026"),
         KeyValue([("Payer", "Silverpine Health (invented)"), ("Billing NPI", "0000000000 (synthetic)"),
                   ("ICD-10 A", "C79.31"), ("ICD-10 B", "C43.59"), ("ICD-10 C", "R51.9")]),
         RuledTable([("Ln", "DOS", "CPT", "Mod", "Units", "Ptr", "Charge"),
                     ("1", "05/26/2026", "77290", "26", "1", "A", "$412.00"),
                     ("2", "05/29/2026", "77301", "26", "1", "A", "$1,310.00"),
                     ("3", "05/29/2026", "77300", "26", "6", "A", "$522.00"),
                     ("4", "06/02/2026", "77432", "", "1", "AB", "$1,640.00"),
                     ("5", "06/02/2026", "61796", "", "1", "AB", "$2,870.00"),
                     ("6", "06/02/2026", "61797", "", "5", "AB", "$4,150.00")]),
         P("Facility claim (UB-04) 77372 x1, 77334 x1, 77338 x1 submitted separately: claim 86006-0602-F.")],
        [H1("Remittance Advice (excerpt)"),
         KeyValue([("Payer", "Silverpine Health (invented)"), ("Check/EFT", "EFT 7716023 06/19/2026"),
                   ("Claim", "86006-0602-A"), ("Patient", patient(6))]),
         RuledTable([("Ln", "CPT", "Units billed", "Units allowed", "Paid", "Adj code"),
                     ("4", "77432", "1", "1", "$812.40", ""), ("5", "61796", "1", "1", "$1,204.15", ""),
                     ("6", "61797", "5", "4", "$1,011.60", "CO-151 / N362: units exceed the daily maximum (MUE 4)")]),
         P("Appeal rights: within 120 days of this notice. Lines 1-3 paid in full (see detail on page 2 of the remittance).")],
    ], opts=dict(header=head(_c, 6, "03/03/1977")))])

# q86_07 -- txt: dictated trigeminal neuralgia cobalt-60 SRS with CT cisternography (MRI contraindicated); charge slip -
add(name="q86_07", kind="text", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT"], ["frame"]),
    lesions=[L("right trigeminal nerve (cisternal segment)", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Text chart: dictated operative note of frame-based cobalt-60 radiosurgery for right trigeminal neuralgia "
          "in a pacemaker-dependent man (MRI contraindicated; stereotactic CT cisternography instead), 80 Gy maximum "
          "dose with one 4 mm shot, coordinate check; a charge slip follows listing 70553 'cancelled - pacemaker' and "
          "62284/70481. Imaging CT only; functional target: complex; claimed codes fit.",
    docs=[Doc("q86_07.txt", text=f"""
WILLOWSPRING NEUROSCIENCES - FUNCTIONAL RADIOSURGERY
OPERATIVE NOTE (dictated)        Job 55120-3        Transcribed 07/09/2026 07:14

PATIENT: {patient(7)}     MRN: {mrn(7)}     DOB: 02/11/1949
DATE OF SURGERY: 07/08/2026
SURGEON: Leopoldine Achterberg, MD, Neurosurgery
RADIATION ONCOLOGY: Caspian Oduya-Fenwick, MD      PHYSICS: Henrietta Sloane-Baptiste, MS

PREOPERATIVE DIAGNOSIS: Right trigeminal neuralgia, V2 and V3, classical type, refractory to carbamazepine and oxcarbazepine (hyponatremia) and to baclofen.
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: Stereotactic head frame application; stereotactic CT cisternography; stereotactic radiosurgery of the right trigeminal nerve, single session, cobalt sixty multi source unit.

INDICATIONS: Seventy seven year old man with a pacemaker on which he is dependent, placed 2019 for complete heart block, a non conditional system, so MRI is contraindicated and was not done. He is not a candidate for microvascular decompression because of his cardiac history. He chose radiosurgery after discussion on June tenth.

DESCRIPTION: The stereotactic frame was applied under local anesthesia with four pins. A lumbar puncture was performed in the procedure room by Dr. Achterberg under sterile conditions and ten milliliters of iohexol were instilled intrathecally, the patient was placed head down for five minutes and then taken for stereotactic CT, zero point six millimeter slices through the posterior fossa with the frame localizer. The cisternal segment of the right trigeminal nerve was clearly outlined by contrast. The target was placed on the nerve about seven millimeters anterior to the pons. A single four millimeter shot was planned in the SPINDLE-GK planning system, which is invented, with a maximum dose of eighty gray at the one hundred percent isodose. The twenty percent isodose, sixteen gray, just touches the surface of the pons. The pacemaker was interrogated by cardiology before and after; it lies well outside the field, estimated dose under point one gray.

The frame coordinates were checked independently by Ms. Sloane-Baptiste and by me against the plan. Treatment was delivered in a single session, beam on forty four minutes, without incident. Frame removed, pin sites dressed. He was observed for two hours because of the lumbar puncture, no headache, and discharged home.

IMPRESSION: Successful single session radiosurgery, right trigeminal nerve, eighty gray maximum dose.
PLAN: Continue carbamazepine at the current dose for now, taper at two months if pain free. Follow up in clinic in six weeks. No MRI follow up given the pacemaker; CT only if new symptoms.

Leopoldine Achterberg, MD   electronically signed 07/09/2026 11:02

------------------------------------------------------------------------------------------------------
CHARGE SLIP - OUTPATIENT PROCEDURE          Encounter 26-0708-FN-03          Payer: Medicare Part B
ICD-10-CM:  G50.0 Trigeminal neuralgia | Z95.0 Presence of cardiac pacemaker | Z79.899 Other long term drug therapy

CPT     Mod  Units  Description                                          Provider
61798        1      SRS, complex cranial lesion                          Achterberg
61800        1      Stereotactic head frame application (add-on)          Achterberg
62284        1      Injection for myelography/CT, lumbar                  Achterberg
70481   26   1      CT orbit/sella/posterior fossa, with contrast         Neuroradiology
77371        1      SRS delivery, cobalt-60, complete course              Facility
77432        1      Stereotactic treatment management, cranial            Oduya-Fenwick
77263        1      Treatment planning, complex                           Oduya-Fenwick
70553   --   0      MRI brain w/o and w/ contrast  *** CANCELLED - pacemaker, not performed ***
{FOOT}
""")])


# ==================================================================================================
# Spine
# ==================================================================================================

# q86_08 -- bundle (2): single-fraction T10 spine SBRT, no immobilization device; coding sheet with 77334, T38/L89 codes
_c = "LOCKHAVEN RADIATION CENTER"
add(name="q86_08", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 1, ["CT", "MRI"], []),
    lesions=[L("T10 vertebral body", "spinal", None, 18, 1)],
    categories=cats(positioning=False),
    notes="Two-file bundle: a spine SBRT record (T10 renal-cell metastasis, 18 Gy in 1 fraction on a gantry linac, "
          "CT sim fused with MRI, 9 IMRT fields, CBCT + 6DoF, QA; supine on a knee wedge with NO custom immobilization) "
          "and a coding sheet whose ICD list (C79.51, C64.1, T38.0X5A, L89.152, M54.6, G89.3) has T- and L-codes that "
          "look like spinal levels and whose CPT list bills 77334 'complex device'. One lesion at T10; the 77334 line "
          "is no evidence of a device, so positioning is empty and its category not met.",
    docs=[
        Doc("1_spine_sbrt_record.pdf", [
            [H1("Spine SBRT - Plan and Treatment Record"),
             KeyValue([("Patient", patient(8)), ("MRN", mrn(8)), ("Indication", "Painful T10 metastasis, clear-cell renal carcinoma (radioresistant histology); no epidural compression (Bilsky 1a)"),
                       ("Simulation", "07/13/2026 CT 1.25 mm, supine, arms on chest, knee wedge only; no vacuum cushion or body frame was used (patient unable to lie on a cushion because of the sacral wound)"),
                       ("Planning MRI", "07/12/2026 thoracic spine T1, T2, T1 post-gadolinium, fused to sim CT; cord contoured on T2"),
                       ("Target", "GTV T10 body and right pedicle; CTV per consensus (body + right pedicle); PTV = CTV + 2 mm, cord excluded"),
                       ("Prescription", "18 Gy in 1 fraction to PTV (D90), cord PRV Dmax 12.4 Gy (limit 14 Gy)"),
                       ("Plan", "MARLIN Spine 8 (invented); 9 static IMRT fields, 6 MV FFF, gantry linac")]),
             P("Physics: independent dose calculation within 1.9%; patient-specific QA 3%/2 mm 99.1% passed."),
             sig("Ottoline Brisbane-Ferreira, MD 07/15/2026"), sig("Caradoc Whitlam, MS, DABR 07/15/2026")],
            [H1("Treatment Delivery - 07/17/2026"),
             P("Fraction 1 of 1. Setup to skin marks on the couch with knee wedge. CBCT #1: shifts 2.1 / -1.0 / 0.8 mm, "
               "roll 0.9 deg, applied with 6DoF couch; CBCT #2 residual 0.4 mm, reviewed and approved by Dr. Brisbane-Ferreira. "
               "Surface-guided monitoring during delivery, no beam holds. All fields delivered 14:05-14:31."),
             RuledTable([("Target", "Fx", "Dose/fx", "Total delivered"), ("T10 PTV", "1 of 1", "18 Gy", "18 Gy")]),
             P("Completed as planned. Pain 6/10 before treatment; dexamethasone 4 mg x 1 given pre-treatment for flare "
               "prophylaxis. MRI spine in 3 months."),
             sig("Ottoline Brisbane-Ferreira, MD 07/17/2026")],
        ], opts=dict(header=head(_c, 8, "05/22/1962"))),
        Doc("2_coding_sheet.txt", text=f"""
LOCKHAVEN RADIATION CENTER - CODING SUMMARY SHEET
Patient: {patient(8)}   MRN: {mrn(8)}   Course: Spine SBRT   Coder: F. Aldous-Pryce, CPC   Coded 07/20/2026

ICD-10-CM (sequenced)
  C79.51     Secondary malignant neoplasm of bone
  C64.1      Malignant neoplasm of right kidney, except renal pelvis
  G89.3      Neoplasm related pain (acute) (chronic)
  M54.6      Pain in thoracic spine
  T38.0X5A   Adverse effect of glucocorticoids and synthetic analogues, initial encounter (hyperglycemia on dexamethasone)
  L89.152    Pressure ulcer of sacral region, stage 2

CPT / HCPCS                                        DOS          Mod    Units
  77263  Clinical treatment planning, complex      07/13/2026          1
  77290  Simulation, complex                       07/13/2026   26/TC  1
  77334  Treatment device, complex                 07/13/2026   TC     1
  77301  IMRT planning                             07/15/2026   26/TC  1
  77338  MLC device(s) for IMRT                    07/15/2026   TC     1
  77300  Basic dosimetry calculation               07/15/2026   26/TC  1
  77373  SBRT delivery                             07/17/2026   TC     1
  77435  SBRT management                           07/17/2026          1
  63620  Spinal radiosurgery, first lesion         07/17/2026          1   (Dr. Yevgenia Holm-Castellano, neurosurgery)

Coder note: 77334 dropped from the charge master template for spine SBRT; please confirm device with dosimetry.
{FOOT}
"""),
    ])

# q86_09 -- bundle (3): robotic-arm spine SBRT T12 + L2, 27 Gy/3; prior auth for three levels; charge sheet G0339/G0340
_c = "OAKMERE ROBOTIC RADIOSURGERY CENTER"
add(name="q86_09", kind="bundle", codes=["G0339", "G0340", "77435", "63620", "63621"],
    facts=F("robotic_linac", ["spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T12", "spinal", None, 27, 3), L("L2", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Three-file bundle: a prior-authorisation approval for spine SBRT to T12, L2 and L4 ('63621 up to 2 units', "
          "'up to 5 sessions'), a plan and fraction log (L4 found to be a haemangioma on the planning MRI and not "
          "targeted; T12 and L2 each 27 Gy in 3 on a robotic-arm linac with spine tracking, vacuum cushion) and a "
          "charge sheet (G0339 x1, G0340 x2, 63620, 63621 x1). Two lesions, three fractions; every claimed code fits.",
    docs=[
        Doc("1_prior_auth_approval.pdf", [[
            H1("Authorization Approval"),
            KeyValue([("Plan", "Harbor Senior Advantage (invented)"), ("Auth no.", "HSA-RT-2026-55201"),
                      ("Member", f"{patient(9)}   ID HSA-86009 (synthetic)"), ("Servicing facility", _c),
                      ("Diagnoses", "C79.51 secondary malignant neoplasm of bone; C61 malignant neoplasm of prostate"),
                      ("Service", "Stereotactic body radiation therapy, spine, T12, L2 and L4, up to 5 sessions"),
                      ("Effective", "07/01/2026 - 09/29/2026")]),
            RuledTable([("Code", "Description", "Requested", "Approved"),
                        ("G0339", "Robotic SRS, first session", "1", "1"),
                        ("G0340", "Robotic SRS, sessions 2-5", "4", "up to 4"),
                        ("77435", "SBRT management", "1", "1"),
                        ("63620", "Spinal SRS, first lesion", "1", "1"),
                        ("63621", "Spinal SRS, each additional lesion", "2", "up to 2"),
                        ("77334", "Complex device", "1", "1")]),
            P("Approved units are a ceiling. Bill only services rendered, by date of service."),
        ]], opts=dict(header=["HARBOR SENIOR ADVANTAGE - UTILIZATION MANAGEMENT (invented)"], page_numbers=None)),
        Doc("2_plan_and_fraction_log.pdf", [
            [H1("Spine SBRT Plan Summary"),
             KeyValue([("Patient", f"{patient(9)}   {mrn(9)}"),
                       ("History", "Castration-resistant prostate cancer, oligoprogressive bone disease on PSMA PET (05/2026)"),
                       ("Simulation", "07/08/2026: CT 1 mm supine in a full-length vacuum cushion, arms at sides"),
                       ("MRI", "07/09/2026 T1/T2/STIR lumbar and lower thoracic spine, registered to CT"),
                       ("Target decision", "T12 and L2 metastases confirmed. L4 lesion on PET/MRI has the fat signal of an atypical haemangioma on the planning MRI: NOT a target (discussed with neuroradiology 07/10/2026)"),
                       ("Prescription", "T12 PTV: 27 Gy in 3 fractions; L2 PTV: 27 Gy in 3 fractions (separate PTVs, one plan)"),
                       ("Unit / planning", "Robotic-arm mounted 6 MV linac, spine tracking with orthogonal kV pairs; KINGFISHER Robotic 3 (invented), 211 beams, 12.5/15 mm variable aperture")]),
             P("Cord Dmax 20.1 Gy (3 fx), cauda equina Dmax 22.4 Gy. Plan check and film QA passed 07/14/2026."),
             sig("Barnaby Quist-Adeleke, MD 07/14/2026"), sig("Ilse Vandermeer, PhD 07/14/2026")],
            [H1("Fraction Log"),
             RuledTable([("Fx", "Date", "Tracking", "T12 (Gy)", "L2 (Gy)", "Cumulative T12 / L2"),
                         ("1", "07/20/2026", "spine tracking, 62 image pairs, max corr 0.8 mm", "9", "9", "9 / 9"),
                         ("2", "07/22/2026", "spine tracking, 58 image pairs, max corr 0.7 mm", "9", "9", "18 / 18"),
                         ("3", "07/24/2026", "spine tracking, 60 image pairs, max corr 0.9 mm", "9", "9", "27 / 27")]),
             P("Course complete 07/24/2026: T12 27 Gy/3, L2 27 Gy/3. L4 not treated (benign). Pain improved."),
             sig("Barnaby Quist-Adeleke, MD 07/24/2026")],
        ], opts=dict(header=head(_c, 9, "08/19/1952"))),
        Doc("3_charge_sheet.txt", text=f"""
OAKMERE ROBOTIC RADIOSURGERY CENTER -- DAILY CHARGE SHEET (hospital outpatient department)
Patient {patient(9)}   MRN {mrn(9)}   Auth HSA-RT-2026-55201   Dx: C79.51, C61

DOS         HCPCS/CPT  Mod  Units  Rev  Description                                 Entered by
07/08/2026  77290      TC   1      333  Simulation, complex                         MRC
07/08/2026  77334      TC   1      333  Treatment device, complex                   MRC
07/14/2026  77301      TC   1      333  IMRT plan                                   MRC
07/20/2026  G0339           1      333  Robotic linac SRS, complete/first session   MRC
07/22/2026  G0340           1      333  Robotic linac SRS, fractionated, session 2  MRC
07/24/2026  G0340           1      333  Robotic linac SRS, fractionated, session 3  MRC
07/24/2026  77435           1      --   SBRT management (pro fee, Dr. Quist-Adeleke)
07/20/2026  63620           1      --   Spinal SRS first lesion (pro fee, Dr. Ruthven Okoro, NS)
07/20/2026  63621           1      --   Spinal SRS addl lesion (pro fee, Dr. Ruthven Okoro, NS)

Note: auth allows 63621 x2 (L4) - billed x1, L4 not treated per plan summary.
{FOOT}
"""),
    ])

# q86_10 -- bundle (3): C5-C6 one contiguous target 24 Gy/2; superbill bills 63621; query answer: one lesion ----------
_c = "PEMBERTON FALLS HOSPITAL - RADIATION ONCOLOGY"
add(name="q86_10", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["mask"]),
    lesions=[L("C5-C6 (one contiguous target)", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Three-file bundle: a treatment summary of cervical spine SBRT, one target 'C5-C6' 24 Gy in 2 fractions "
          "(head-neck-shoulder thermoplastic mask, CT + MRI, CBCT), a superbill billing 63620 + 63621 ('C5' and 'C6' "
          "as two lesions; ICD C79.51, C50.411, M48.02) and a coding query whose answer by the treating physician "
          "states one metastasis spanning C5 and C6, treated as one target. One lesion: 63621 is wrong.",
    docs=[
        Doc("1_treatment_summary.pdf", [[
            H1("Stereotactic Body Radiotherapy - Treatment Summary"),
            KeyValue([("Patient", patient(10)), ("MRN", mrn(10)), ("Treatment site", "Cervical spine C5-C6"),
                      ("Dates", "08/11/2026 and 08/13/2026"), ("Dose", "24 Gy in 2 fractions (12 Gy per fraction)"),
                      ("Immobilization", "Five-point head-neck-shoulder thermoplastic mask"),
                      ("Imaging for planning", "CT simulation 08/04/2026 (1 mm) fused with MRI cervical spine 08/03/2026 (T1 post-Gd, T2)"),
                      ("Planning", "HALYARD TPS 6 (invented), 2 VMAT arcs, 6 MV FFF gantry linac; PTV D90 = 24 Gy; cord Dmax 16.9 Gy (2 fx)")]),
            P("Target: ER-positive breast cancer metastasis in the C5 vertebral body with extension across the C5-C6 disc "
              "into the superior C6 body; GTV contoured as one volume, CTV = C5 body and superior half of C6 body."),
            P("Each fraction: CBCT with 6DoF correction approved by the physician before treatment; intrafraction CBCT "
              "mid-treatment. Plan QA passed (gamma 98.6%). No interruptions. Neck pain improved from 7/10 to 3/10."),
            sig("Rosalind Achebe-Thornquist, MD 08/13/2026"), sig("Linus Okafor-Brandt, MS 08/13/2026"),
        ]], opts=dict(header=head(_c, 10, "11/30/1966"))),
        Doc("2_superbill.pdf", [[
            H1("Superbill - Neurosurgery Spine Radiosurgery"),
            KeyValue([("Patient", patient(10)), ("MRN", mrn(10)), ("DOS", "08/11/2026"), ("Surgeon", "Desmond Fairlie-Oyama, MD")]),
            RuledTable([("ICD-10", "Description"), ("C79.51", "Secondary malignant neoplasm of bone"),
                        ("C50.411", "Malignant neoplasm of upper-outer quadrant of right female breast"),
                        ("M48.02", "Spinal stenosis, cervical region")]),
            RuledTable([("CPT", "Units", "Level", "Description"), ("63620", "1", "C5", "Spinal radiosurgery, 1st lesion"),
                        ("63621", "1", "C6", "Spinal radiosurgery, each additional lesion")]),
            P("Radiation oncology (Dr. Achebe-Thornquist) bills 77373 x2 (TC, facility) and 77435 x1."),
        ]], opts=dict(header=["PEMBERTON FALLS NEUROSURGICAL GROUP - Billing"], page_numbers=None)),
        Doc("3_coding_query.txt", text=f"""
PEMBERTON FALLS HOSPITAL   HIM - OUTPATIENT CODING QUERY
To: Rosalind Achebe-Thornquist, MD      cc: Desmond Fairlie-Oyama, MD
Re: {patient(10)}   MRN {mrn(10)}   Spine SBRT 08/11/2026 - 08/13/2026
Sent 08/17/2026 by Hollis Tremaine, CCS

The neurosurgery superbill reports two spinal lesions (C5 and C6). The treatment summary describes the target as "C5-C6" with one GTV.
Please clarify how many distinct spinal lesions were treated in this course:
  ( ) Two separate lesions (C5 and C6)
  ( ) One lesion involving C5 and C6
  ( ) Other: ______
  ( ) Clinically undetermined

Response 08/18/2026 08:12 - Rosalind Achebe-Thornquist, MD:
  (X) One lesion involving C5 and C6
  This is a single metastasis centred in the C5 body that crosses the disc into the top of C6. It was contoured and treated as one target with one PTV, 24 Gy in 2 fractions. There was no second lesion. Please let Dr. Fairlie-Oyama's office know.
{FOOT}
"""),
    ])


# ==================================================================================================
# Body
# ==================================================================================================

# q86_11 -- bundle (4): lung SBRT 54 Gy/3; prior auth requested 60/8 -> approved 'up to 5'; PET approved but not done -
_c = "STILLWATER MEMORIAL HOSPITAL - RADIATION ONCOLOGY"
add(name="q86_11", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT"], ["body_immobilization"]),
    lesions=[L("right upper lobe", "body", None, 54, 3)],
    categories=cats(),
    notes="Four-file bundle: a prior-authorisation determination (requested 60 Gy in 8 fractions, modified to SBRT "
          "'up to 5 fractions'; a PET/CT 78815 also approved), a dictated simulation note (4DCT, vacuum cushion and "
          "abdominal compression; the authorised PET/CT was not done, she declined it), a treatment record (54 Gy in "
          "3 fractions, CBCT each fraction) and a superbill (77373 x3, 77435, 77293, 77334). Fractions 3 from the "
          "record; imaging CT only.",
    docs=[
        Doc("1_prior_auth_determination.pdf", [[
            H1("Utilization Review Determination"),
            KeyValue([("Payer", "Cedarline Health (invented) - Advanced Imaging & Radiation Oncology Program"),
                      ("Case", "CH-26-09-33817"), ("Member", f"{patient(11)}   ID CLH-86011 (synthetic)"),
                      ("Diagnosis", "C34.11 malignant neoplasm of upper lobe, right bronchus or lung"),
                      ("Requested", "Hypofractionated radiotherapy, right upper lobe, 60 Gy in 8 fractions (77373 x8)"),
                      ("Determination", "MODIFIED - SBRT approved up to 5 fractions; 8-fraction SBRT not approvable"),
                      ("Also approved", "78815 PET/CT skull base to mid-thigh, 1 unit (restaging)"),
                      ("Valid", "09/02/2026 - 11/30/2026")]),
            RuledTable([("CPT", "Units requested", "Units approved"), ("77263", "1", "1"), ("77290", "1", "1"),
                        ("77293", "1", "1"), ("77301", "1", "1"), ("77373", "8", "5"), ("77435", "1", "1"),
                        ("78815", "1", "1")]),
            P("Peer-to-peer offered; the ordering physician accepted the modification on 09/03/2026."),
        ]], opts=dict(header=["CEDARLINE HEALTH - UTILIZATION REVIEW (invented)"], page_numbers=None)),
        Doc("2_simulation_note_dictated.txt", text=f"""
STILLWATER MEMORIAL HOSPITAL   RADIATION ONCOLOGY   SIMULATION NOTE (dictated, not read)
Patient {patient(11)}   MRN {mrn(11)}   DOB 04/04/1947   Date 09/08/2026   Physician: Ptolemy Marsh-Okonjo, MD

Ms. Kettermoor is a seventy nine year old former smoker with a two point one centimeter peripheral right upper lobe adenocarcinoma, biopsy proven, node negative on EBUS, medically inoperable because of her COPD, F E V one thirty eight percent predicted. Today she was simulated supine in a full length vacuum cushion with arms above her head on a wing board, and an abdominal compression plate was applied to limit diaphragm excursion to under one centimeter on fluoroscopy. A four D CT was acquired with two millimeter slices and an I T V was generated from the maximum intensity projection and all ten phases. The PET C T that was authorized with the radiation request has not been done, she declined another scan and we agreed it would not change management; staging is from the diagnostic CT chest of August and EBUS. Plan is S B R T, fifty four gray in three fractions, every other day, per the payer's S B R T approval after we withdrew the eight fraction request. Start September fifteenth.
{FOOT}
"""),
        Doc("3_treatment_record.pdf", [[
            H1("SBRT Treatment Record - Right Upper Lobe"),
            KeyValue([("Plan", "RUL_SBRT_54in3 (LEDGER TPS 9, invented), 2 partial VMAT arcs, 6 MV FFF gantry linac"),
                      ("Prescription", "54 Gy in 3 fractions to PTV (ITV + 5 mm), 18 Gy per fraction, to the 80% isodose"),
                      ("Constraints met", "Chest wall V30 18 cc; lung V20 5.2%; no central structure within 2 cm")]),
            RuledTable([("Fx", "Date", "Pre-tx imaging", "Shift (mm)", "Dose (Gy)", "Cumulative (Gy)", "MD"),
                        ("1", "09/15/2026", "CBCT, matched to ITV", "3.1", "18", "18", "PMO"),
                        ("2", "09/17/2026", "CBCT, matched to ITV", "2.4", "18", "36", "PMO"),
                        ("3", "09/19/2026", "CBCT, matched to ITV", "2.8", "18", "54", "PMO")]),
            P("Course completed 09/19/2026: right upper lobe adenocarcinoma, 54 Gy in 3 fractions. Compression plate and "
              "vacuum cushion used at every fraction. Mild fatigue only. CT chest in 3 months."),
            sig("Ptolemy Marsh-Okonjo, MD 09/19/2026"), sig("Saoirse Lindgren, MS 09/19/2026 (plan QA passed 09/11/2026)"),
        ]], opts=dict(header=head(_c, 11, "04/04/1947"))),
        Doc("4_superbill.txt", text=f"""
STILLWATER MEMORIAL HOSPITAL - RADIATION ONCOLOGY CHARGE ENTRY (SUPERBILL)
{patient(11)}  {mrn(11)}  Payer Cedarline Health  Auth CH-26-09-33817 (77373 approved x5)
Dx: C34.11, J44.9 (COPD, unspecified), Z87.891 (history of nicotine dependence)

 DOS          CPT    MOD  UNITS   NOTE
 09/08/2026   77290  26   1
 09/08/2026   77293  26   1       respiratory motion management (4DCT)
 09/08/2026   77334  TC   1       vacuum cushion / compression
 09/11/2026   77263       1
 09/11/2026   77301  26   1
 09/15/2026   77373  TC   1
 09/17/2026   77373  TC   1
 09/19/2026   77373  TC   1
 09/19/2026   77435       1
 ---          78815       0       PET/CT authorized - NOT PERFORMED, do not bill
{FOOT}
"""),
    ])

# q86_12 -- bundle (3): liver SBRT 40 Gy/5; line-item denial of 77014 and 77470; no IGRT/QA in the clinical papers ----
_c = "HARROWGATE LIVER AND CANCER CENTER"
add(name="q86_12", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("liver segment VII", "body", None, 40, 5)],
    categories=cats(delivery_verification=False),
    notes="Three-file bundle: a payer's line-item denial letter (77014 CT guidance x5 denied as included in 77373; "
          "77470 not covered; 77373 x5 and 77435 paid), a plan summary (HCC segment VII, triphasic 4DCT + gadoxetate "
          "MRI, abdominal compression and vacuum cushion, 40 Gy in 5) and a dictated completion summary (40 Gy in 5 "
          "completed). Neither clinical paper mentions image guidance, tracking or QA; the payer's words 'CT guidance' "
          "are not verification: that category is not met.",
    docs=[
        Doc("1_payer_letter.pdf", [[
            P("PRAIRIEGATE HEALTH PLAN (invented)   -   Claims Department   -   PO Box 7731"),
            P("Date: 10/14/2026"),
            P(f"Re: {patient(12)}   Member ID PGH-86012 (synthetic)   Claim 26-288-004417   Dates of service 09/28/2026 - 10/06/2026"),
            H2("Notice of partial denial"),
            P("We processed the claim above for radiation therapy of the liver. Some services were not payable:"),
            RuledTable([("Line", "CPT", "Units", "Decision", "Reason"),
                        ("3", "77373", "5", "Paid", ""), ("4", "77435", "1", "Paid", ""),
                        ("5", "77014", "5", "Denied", "Image guidance is included in the SBRT delivery code (CO-97)"),
                        ("6", "77470", "1", "Denied", "Special treatment procedure not covered with SBRT under policy RT-14")]),
            P("You may appeal within 180 days. The member may not be billed for the denied lines (provider liability)."),
            P("Claims Review Unit, Prairiegate Health Plan"),
        ]], opts=dict(page_numbers=None)),
        Doc("2_plan_summary.pdf", [[
            H1("Liver SBRT Plan Summary"),
            KeyValue([("Patient", patient(12)), ("MRN", mrn(12)),
                      ("Diagnosis", "Hepatocellular carcinoma (C22.0), segment VII, 4.1 cm, Child-Pugh A6, BCLC A; incomplete response after two TACE sessions"),
                      ("Simulation", "09/21/2026: supine, arms up, vacuum cushion, abdominal compression belt; triphasic contrast 4DCT 2 mm"),
                      ("MRI", "09/20/2026 gadoxetate MRI liver, hepatobiliary phase fused to the exhale CT for GTV"),
                      ("Target", "GTV (MRI + arterial-phase CT), ITV from 4DCT, PTV = ITV + 5 mm"),
                      ("Prescription", "40 Gy in 5 fractions (8 Gy/fx), every other weekday, PTV D95"),
                      ("Plan", "KESTREL-BODY 4 (invented), 2 coplanar VMAT arcs, 10 MV FFF, gantry linac"),
                      ("OAR", "Liver minus GTV mean 11.2 Gy; >700 cc below 15 Gy; duodenum Dmax 21.4 Gy; right kidney mean 3.9 Gy")]),
            sig("Gideon Abernathy-Sow, MD 09/25/2026"), sig("Thessaly Groenewald, MS 09/25/2026"),
        ]], opts=dict(header=head(_c, 12, "07/17/1960"))),
        Doc("3_completion_summary_dictated.txt", text=f"""
HARROWGATE LIVER AND CANCER CENTER - RADIATION ONCOLOGY
COMPLETION SUMMARY (dictated)    {patient(12)}    MRN {mrn(12)}    Dictated 10/06/2026 by Gideon Abernathy-Sow, MD

Mr. Lowenthrip completed stereotactic body radiation therapy to his segment seven hepatocellular carcinoma today. He received forty gray in five fractions of eight gray, on September twenty eighth, thirtieth, October second, fifth and sixth, all with the abdominal compression belt and the vacuum cushion from simulation. He had grade one fatigue and mild right upper quadrant discomfort after the third fraction which settled with acetaminophen. No nausea. Bilirubin and albumin on October fifth were unchanged from baseline, Child Pugh A six. A F P was two hundred and twelve before treatment.

Plan: labs including A F P in four weeks, triphasic liver MRI at three months, hepatology follow up with Dr. Ingersoll. He remains on the transplant evaluation list; this treatment is intended as a bridge.
{FOOT}
"""),
    ])

# q86_13 -- pdf (2 pages): prostate SBRT 36.25/5 robotic-arm, fiducials; completion summary has no plan parameters; fee schedule
_c = "GLENBROOK UROLOGIC ONCOLOGY"
add(name="q86_13", kind="pdf", codes=["77373", "77435"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(plan=False),
    notes="Two-page PDF: a completion summary of prostate SBRT (36.25 Gy in 5 on a robotic-arm linac, four gold "
          "fiducials placed by urology, fiducial tracking, hydrogel spacer, CT + MRI) that names targets and dose but "
          "no treatment parameters (no beams, isodose or planning system), followed by the practice's fee schedule "
          "(77301, 77338, 77334, 55876, G0339/G0340 ...). The fee schedule's planning codes do not supply plan "
          "parameters: plan not met.",
    docs=[Doc("q86_13.pdf", [
        [H1("Radiation Therapy Completion Summary"),
         KeyValue([("Patient", patient(13)), ("MRN", mrn(13)), ("Referring urologist", "Wendeline Okafor-Ruiz, MD"),
                   ("Diagnosis", "Adenocarcinoma of the prostate (C61), Gleason 3+4=7 (Grade Group 2), PSA 7.4, cT1c: favorable intermediate risk"),
                   ("Course", "Stereotactic body radiotherapy, 36.25 Gy in 5 fractions (7.25 Gy per fraction)"),
                   ("Dates", "10/05, 10/07, 10/09, 10/12 and 10/14/2026")]),
         P("Preparation: four gold fiducial markers and a hydrogel rectal spacer were placed transperineally by "
           "Dr. Okafor-Ruiz on 09/15/2026. CT simulation (1.5 mm) and a 3 T prostate MRI were performed on 09/22/2026 and "
           "fused on the fiducials. Targets: prostate and proximal 1 cm of seminal vesicles; PTV 5 mm, 3 mm posteriorly."),
         P("Treatment: delivered on the robotic-arm mounted 6 MV linac with fiducial tracking by paired kV images every "
           "30-60 s; all four markers tracked, rigid-body error < 1.5 mm, corrections applied automatically. Comfortable "
           "bladder protocol and micro-enema before each fraction. All five fractions were delivered as prescribed: "
           "36.25 Gy in 5 fractions to the prostate and proximal seminal vesicles."),
         P("Tolerance: IPSS 6 at baseline, 11 at completion; grade 1 urinary frequency treated with tamsulosin. No bowel "
           "symptoms. PSA in 3 months, then every 6 months; return to Dr. Okafor-Ruiz."),
         sig("Faustina Delacourt-Mbeki, MD 10/14/2026")],
        [H1("2026 Fee Schedule - Radiation Oncology (excerpt)"),
         P("Glenbrook Urologic Oncology - self-pay and contracted rates (invented). For estimates only; not a record of services."),
         RuledTable([("CPT / HCPCS", "Description", "Global", "-26", "-TC"),
                     ("77263", "Clinical treatment planning, complex", "$265", "", ""),
                     ("77290", "Simulation, complex", "$580", "$110", "$470"),
                     ("77301", "IMRT treatment plan", "$2,100", "$430", "$1,670"),
                     ("77338", "MLC device(s) for IMRT", "$640", "$110", "$530"),
                     ("77334", "Treatment device, complex", "$310", "$60", "$250"),
                     ("77373", "SBRT delivery, per fraction", "$1,450", "", "$1,450"),
                     ("77435", "SBRT management, per course", "$1,180", "$1,180", ""),
                     ("55876", "Placement of interstitial device(s), prostate (fiducials)", "$420", "", ""),
                     ("55874", "Transperineal placement of biodegradable material (spacer)", "$1,960", "", ""),
                     ("G0339", "Robotic linac SRS, first session", "$4,050", "", ""),
                     ("G0340", "Robotic linac SRS, sessions 2-5", "$2,790", "", "")]),
         P("Rates effective 01/01/2026 - 12/31/2026.")],
    ], opts=dict(header=head(_c, 13, "01/09/1958")))])

# q86_14 -- bundle (3): adrenal SBRT on MR-linac stopped after 4 of 5; claim lines bill 77373 x5; query answer: four --
_c = "NORTHFIELD MR-GUIDED RADIOTHERAPY"
add(name="q86_14", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 4, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("left adrenal", "body", None, 28, 4)],
    categories=cats(),
    notes="Three-file bundle: an MR-linac treatment record of left adrenal SBRT planned 35 Gy in 5 (row 5 'not "
          "treated - patient admitted'), a coding query whose answer by the treating physician states four fractions, "
          "28 Gy, course closed, and a claim line listing that bills 77373 x5 with a date span. Fractions 4, lesion "
          "28 Gy in 4; the billed fifth unit is not evidence of a fifth fraction.",
    docs=[
        Doc("1_treatment_record.pdf", [[
            H1("MR-guided SBRT - Treatment Record"),
            KeyValue([("Patient", patient(14)), ("MRN", mrn(14)),
                      ("Target", "Left adrenal metastasis, non-small cell lung cancer (left lower lobe primary)"),
                      ("Unit", "0.35 T MR-linac (gantry), 6 MV FFF"),
                      ("Simulation", "06/01/2026: MR simulation on the unit (true-FISP, breath-hold) and CT simulation for electron density, both in an MR-safe vacuum cushion, arms up"),
                      ("Prescription", "35 Gy in 5 fractions (7 Gy/fx), PTV = GTV + 3 mm, daily online adaptive"),
                      ("Planning", "ALDER-MR 2 (invented), 13 step-and-shoot IMRT beams; gating on the cine-MRI target contour, boundary 3 mm / 5%")]),
            RuledTable([("Fx", "Date", "Adapted", "Gating duty cycle", "Dose (Gy)", "Cumulative (Gy)"),
                        ("1", "06/08/2026", "yes", "61%", "7", "7"), ("2", "06/09/2026", "yes", "58%", "7", "14"),
                        ("3", "06/10/2026", "no (predicted plan)", "64%", "7", "21"), ("4", "06/11/2026", "yes", "55%", "7", "28"),
                        ("5", "06/12/2026", "--", "--", "not treated", "28")]),
            P("06/12/2026: fraction 5 not delivered - patient admitted overnight with right lower lobe pneumonia (see query response)."),
            P("Physics: online adaptive plans checked with the independent secondary dose calculation before each adapted fraction (all passed)."),
            sig("Ambrosia Whitfield-Nakamura, MD 06/12/2026"), sig("Corentin Ashby, MS 06/12/2026"),
        ]], opts=dict(header=head(_c, 14, "09/27/1965"))),
        Doc("2_physician_query.txt", text=f"""
NORTHFIELD MR-GUIDED RADIOTHERAPY - BILLING QUERY
Date 06/23/2026    To: Ambrosia Whitfield-Nakamura, MD    From: Revenue Integrity (M. Castellane)
Patient: {patient(14)}    MRN: {mrn(14)}

The claim prepared for this course lists five units of SBRT delivery (06/08-06/12/2026). The treatment record shows four delivered fractions and fraction 5 "not treated".
Please document the number of fractions delivered and the status of the course.
  [ ] Five fractions delivered
  [ ] Four fractions delivered; fraction 5 to be given at a later date
  [ ] Four fractions delivered; course ended
  [ ] Other / clinically undetermined

Answer (06/24/2026, A. Whitfield-Nakamura, MD):
  [X] Four fractions delivered; course ended
  She received 28 Gy in 4 fractions of 7 Gy to the left adrenal metastasis, 06/08 to 06/11. She was admitted on the night of 06/11 with pneumonia; after discharge we discussed completing the fifth fraction and she declined. The course is closed at 28 Gy in 4 fractions; I will not be adding a fraction. Please correct the claim.
{FOOT}
"""),
        Doc("3_claim_lines.pdf", [[
            H1("Claim Detail - Professional and Technical"),
            KeyValue([("Claim", "NMG-26-06-0917 (HELD - billing query open)"), ("Payer", "Eastmarch Health (invented)"),
                      ("Patient", f"{patient(14)}   {mrn(14)}"),
                      ("Diagnoses", "C79.72 secondary malignant neoplasm of left adrenal gland; C34.32 malignant neoplasm of lower lobe, left bronchus or lung; J18.9 pneumonia, unspecified organism")]),
            RuledTable([("Ln", "From", "To", "CPT", "Mod", "Units", "Charge"),
                        ("1", "06/01/2026", "06/01/2026", "77290", "", "1", "$705.00"),
                        ("2", "06/01/2026", "06/01/2026", "77334", "", "1", "$318.00"),
                        ("3", "06/04/2026", "06/04/2026", "77301", "", "1", "$2,240.00"),
                        ("4", "06/08/2026", "06/12/2026", "77373", "", "5", "$7,450.00"),
                        ("5", "06/12/2026", "06/12/2026", "77435", "", "1", "$1,215.00")]),
        ]], opts=dict(header=["NORTHFIELD MR-GUIDED RADIOTHERAPY - Patient Accounts"], page_numbers=None)),
    ])

# q86_15 -- pdf (2 pages): lung + rib SBRT in 5 fractions; superbill claims 77432 and 63620 (rib billed as spine) ------
_c = "RIVENHALL COMMUNITY CANCER CARE"
add(name="q86_15", kind="pdf", codes=["77373", "77432", "63620"],
    facts=F("linac", ["body"], 2, 5, ["CT"], ["body_immobilization"]),
    lesions=[L("right lower lobe nodule", "body", None, 50, 5), L("left 7th rib", "body", None, 35, 5)],
    categories=cats(),
    notes="Two-page PDF: an SBRT summary of two oligometastases from sigmoid cancer, a right lower lobe nodule 50 Gy in "
          "5 and a posterior left 7th rib lesion 35 Gy in 5 ('4 cm lateral to the T7 costovertebral junction'), on a "
          "gantry linac with vacuum cushion, 4DCT, CBCT each fraction; then a superbill claiming 77373 x5, 77432 and "
          "63620 with C79.51 ('bone') on the rib. The rib is not spinal (63620 wrong) and a body course is not managed "
          "with 77432 (77435).",
    docs=[Doc("q86_15.pdf", [
        [H1("SBRT Course Summary"),
         KeyValue([("Patient", patient(15)), ("MRN", mrn(15)),
                   ("Diagnosis", "Sigmoid adenocarcinoma (resected 2024), two metachronous oligometastases, ECOG 0"),
                   ("Unit", "Gantry linac, 6 MV FFF, 5 mm MLC, daily CBCT"),
                   ("Simulation", "10/26/2026: supine, arms up, vacuum cushion; 4DCT 2 mm (free breathing)"),
                   ("Planning", "OSIER TPS 12 (invented); 2 isocentres, 2 VMAT arcs each")]),
         P("Targets: PTV_RLL = right lower lobe nodule, 1.6 cm, ITV + 5 mm. PTV_Rib7L = lytic lesion of the posterior left "
           "7th rib, 2.3 cm, 4 cm lateral to the T7 costovertebral junction, GTV + 3 mm."),
         RuledTable([("Target", "Rx", "Dose/fx", "Delivered", "Dates"),
                     ("PTV_RLL", "50 Gy / 5 fx", "10 Gy", "50 Gy", "11/02-11/10/2026"),
                     ("PTV_Rib7L", "35 Gy / 5 fx", "7 Gy", "35 Gy", "11/02-11/10/2026")]),
         P("Each of the five fractions (11/02, 11/04, 11/06, 11/09, 11/10/2026) began with a CBCT per isocentre, matched to the "
           "ITV or the rib, with shifts approved by the physician. Spinal cord Dmax 13.1 Gy; chest wall V30 27 cc; esophagus "
           "Dmax 18 Gy. Plan QA (both plans) passed before fraction 1."),
         P("Tolerated well: grade 1 chest wall soreness at the rib site. CT chest/abdomen/pelvis in 3 months; CEA in 6 weeks."),
         sig("Ignatius Ferreira-Holm, MD 11/10/2026"), sig("Delphine Otieno, MS 11/10/2026")],
        [H1("Superbill"),
         KeyValue([("Patient", f"{patient(15)}   {mrn(15)}"), ("Course", "SBRT lung + rib, 11/02-11/10/2026"),
                   ("Payer", "Riverbend Commercial PPO (invented)")]),
         RuledTable([("ICD-10-CM", "Description"), ("C78.01", "Secondary malignant neoplasm of right lung"),
                     ("C79.51", "Secondary malignant neoplasm of bone"), ("C18.7", "Malignant neoplasm of sigmoid colon (history, in treatment)"),
                     ("R07.81", "Pleurodynia")]),
         RuledTable([("CPT", "Mod", "Units", "Description"),
                     ("77263", "", "1", "Treatment planning, complex"), ("77293", "26", "1", "Respiratory motion management"),
                     ("77301", "26", "2", "IMRT plan (59 on second unit - separate isocentre)"),
                     ("77373", "TC", "5", "SBRT delivery"),
                     ("77432", "", "1", "Stereotactic treatment management"),
                     ("63620", "", "1", "Stereotactic radiosurgery, spinal lesion (T7 rib)")]),
         P("Prepared by front desk from the charge template 11/11/2026; not yet reviewed by coding.")],
    ], opts=dict(header=head(_c, 15, "06/06/1968")))])


# ==================================================================================================
# Hard negatives and a near miss
# ==================================================================================================

# q86_16 -- bundle (4): HARD NEGATIVE - cranial SRS consulted, authorised and charge-sheeted, cancelled before simulation
_c = "SEDGEFIELD NEURO-ONCOLOGY"
add(name="q86_16", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative, four-file bundle: a dictated consult recommending 20 Gy single-fraction linac SRS to two "
          "metastases with mask, CT and MRI 'to be arranged'; a faxed (image-only) prior-authorisation approval; a "
          "pre-populated SRS charge sheet for the scheduled date (77372, 77432, 61796, 61797, 77334 ...); and a note "
          "that the course was cancelled before simulation (admitted with pulmonary emboli, chose hospice). Nothing "
          "was simulated, planned or delivered.",
    docs=[
        Doc("1_consult_dictated.txt", text=f"""
SEDGEFIELD NEURO-ONCOLOGY   RADIATION ONCOLOGY CONSULTATION (dictated)
Patient: {patient(16)}   MRN: {mrn(16)}   DOB 03/15/1952   Date of visit: 11/03/2026
Physician: Marisol Haverford-Nkemelu, MD

Seventy four year old woman with small volume metastatic endometrial carcinoma, on second line therapy, who presented with headaches. Diagnostic MRI of the brain at an outside center on October twenty ninth shows two enhancing lesions, right frontal one point two centimeters and left cerebellar nine millimeters, no hydrocephalus. KPS seventy.

Assessment and plan. Two brain metastases. I recommend single fraction stereotactic radiosurgery on our gantry linac, twenty gray to each lesion, in a thermoplastic mask. We will arrange a thin slice planning MRI and a CT simulation for next week, tentatively November twelfth, with treatment on November nineteenth once authorization is back. Dexamethasone two milligrams daily until then. Risks and benefits discussed; she wishes to proceed and signed consent.
{FOOT}
"""),
        Doc("2_prior_auth_approval_fax.pdf", [[
            P("NOV-10-2026 09:14   FROM: OAKSHIRE HEALTH UM 5550193   TO: SEDGEFIELD NEURO-ONC 5550122   P. 1/1"),
            H1("Prior Authorization - APPROVED"),
            KeyValue([("Member", f"{patient(16)}   ID OKH-86016 (synthetic)"), ("Reference", "OKH-PA-7719204"),
                      ("Diagnosis", "C79.31, C54.1"), ("Service", "Stereotactic radiosurgery, brain, 2 lesions, 1 session"),
                      ("Approved codes", "77263 x1, 77290 x1, 77334 x1, 77301 x1, 77372 x1, 77432 x1, 61796 x1, 61797 x1"),
                      ("Valid", "11/10/2026 - 02/08/2027")]),
            P("This authorization is not a guarantee of payment. Services must be rendered within the validity period."),
        ]], opts=dict(header=["OAKSHIRE HEALTH (invented) - Utilization Management"], page_numbers=None,
                      scan=True, scan_dpi=150, scan_skew=0.7, scan_noise=10.0)),
        Doc("3_srs_charge_sheet.pdf", [[
            H1("SRS Charge Sheet (pre-populated)"),
            KeyValue([("Patient", f"{patient(16)}   {mrn(16)}"), ("Scheduled DOS", "11/19/2026"),
                      ("Attending", "M. Haverford-Nkemelu, MD"), ("Neurosurgery", "Tobias Grunewald-Achebe, MD"),
                      ("Authorization", "OKH-PA-7719204")]),
            RuledTable([("CPT", "Mod", "Units", "Description", "Charged"),
                        ("77263", "", "1", "Tx planning, complex", "[ ]"), ("77290", "26/TC", "1", "Simulation, complex", "[ ]"),
                        ("77334", "TC", "1", "Complex device (SRS mask)", "[ ]"), ("77301", "26/TC", "1", "Plan", "[ ]"),
                        ("77372", "TC", "1", "SRS delivery, linac", "[ ]"), ("77432", "", "1", "SRS management", "[ ]"),
                        ("61796", "", "1", "SRS first simple lesion", "[ ]"), ("61797", "", "1", "SRS addl simple lesion", "[ ]")]),
            P("Template generated from order set 'SRS Brain 1-2 lesions' on 11/10/2026. Check each line when the service is completed."),
        ]], opts=dict(header=[_c + " - Charge Capture"], page_numbers=None)),
        Doc("4_cancellation_note.txt", text=f"""
SEDGEFIELD NEURO-ONCOLOGY - TELEPHONE / CHART NOTE
{patient(16)}   {mrn(16)}   11/16/2026 14:05   Marisol Haverford-Nkemelu, MD

Spoke with the patient's daughter. Ms. Pellinghame was admitted to Fairmead General on 11/11 with bilateral pulmonary emboli and has declined further since; she missed her 11/12 simulation and planning MRI. After a family meeting on 11/15 she has chosen hospice care. Radiosurgery is cancelled; no simulation, planning or treatment took place. Scheduling asked to remove the 11/19 treatment slot; billing to void the pre-populated charge sheet and notify Oakshire that the authorization will not be used. Dexamethasone to continue for comfort per hospice.
{FOOT}
"""),
    ])

# q86_17 -- bundle (3): HARD NEGATIVE - lung SBRT approved 'up to 5 fractions', pre-service estimate; not yet simulated --
_c = "WYCHWOOD THORACIC ONCOLOGY"
add(name="q86_17", kind="bundle", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative, three-file bundle: a typed consult recommending lung SBRT 50 Gy in 5 fractions (4DCT "
          "simulation 'will be scheduled' for 12/15), a payer approval 'up to 5 fractions' (77373 x5) and a patient "
          "pre-service cost estimate listing every code with units and dates. Treatment is only planned; nothing "
          "was simulated or delivered.",
    docs=[
        Doc("1_consult.pdf", [[
            H1("Radiation Oncology Consultation"),
            KeyValue([("Patient", patient(17)), ("MRN", mrn(17)), ("Date", "12/01/2026"),
                      ("Physician", "Aurelio Brightwater-Osei, MD"), ("Referred by", "Thoracic surgery, Dr. Constance Lyle")]),
            H2("History"),
            P("81-year-old man with a 2.2 cm spiculated left upper lobe nodule, CT-guided biopsy 11/12/2026 squamous cell "
              "carcinoma, PET/CT 11/20/2026 (outside, diagnostic) SUV 9.2 with no nodal or distant uptake: cT1cN0M0. "
              "Declines lobectomy after discussion with Dr. Lyle (DLCO 41%, home oxygen at night)."),
            H2("Recommendation"),
            P("Stereotactic body radiotherapy, 50 Gy in 5 fractions (peripheral, but 1.6 cm from the chest wall and near the "
              "left subclavian; 5 fractions preferred). He will be simulated with a 4DCT in a vacuum cushion on 12/15/2026; "
              "treatment every other day to start after the holidays once the plan is approved. Risks explained; "
              "he wishes to proceed and will sign consent at simulation."),
            sig("Aurelio Brightwater-Osei, MD 12/01/2026"),
        ]], opts=dict(header=head(_c, 17, "10/21/1945"))),
        Doc("2_auth_approval.txt", text=f"""
ALDERGROVE HEALTH PLAN (invented) - RADIATION THERAPY PRIOR AUTHORIZATION
Determination date: 12/08/2026        Reference: AHP-RT-26-80117
Member: {patient(17)}   ID AHP-86017 (synthetic)   Provider: Wychwood Thoracic Oncology
Diagnosis: C34.12 Malignant neoplasm of upper lobe, left bronchus or lung
Request: SBRT left upper lobe, 50 Gy / 5 fractions
DETERMINATION: APPROVED - SBRT, up to 5 fractions, valid 12/08/2026 - 03/08/2027
  77263 x1   77290 x1   77293 x1   77334 x1   77301 x1   77338 x1   77373 x5   77435 x1
Bill only services rendered. This is not a guarantee of payment.
{FOOT}
"""),
        Doc("3_preservice_estimate.pdf", [[
            H1("Patient Pre-Service Cost Estimate"),
            KeyValue([("Patient", f"{patient(17)}   {mrn(17)}"), ("Estimate date", "12/09/2026"),
                      ("Planned service", "Lung SBRT, 5 fractions (estimated 01/05/2027 - 01/13/2027)"),
                      ("Coverage", "Aldergrove Health Plan; auth AHP-RT-26-80117")]),
            RuledTable([("CPT", "Units", "Est. date", "Allowed", "Patient share"),
                        ("77290", "1", "12/15/2026", "$512.00", "$102.40"), ("77293", "1", "12/15/2026", "$268.00", "$53.60"),
                        ("77334", "1", "12/15/2026", "$221.00", "$44.20"), ("77263", "1", "12/18/2026", "$174.00", "$34.80"),
                        ("77301", "1", "12/18/2026", "$1,540.00", "$308.00"), ("77338", "1", "12/18/2026", "$467.00", "$93.40"),
                        ("77373", "5", "01/05-01/13/2027", "$6,250.00", "$1,250.00"), ("77435", "1", "01/13/2027", "$1,021.00", "$204.20")]),
            P("This is an estimate of charges for services that have not yet been provided. Actual charges depend on the "
              "services received. Questions: Patient Financial Counseling, 555-0160."),
        ]], opts=dict(header=[_c + " - Patient Financial Counseling"], page_numbers=None)),
    ])

# q86_18 -- bundle (2): NEAR MISS - SBRT denied for an ultracentral tumour, conventional 60 Gy in 15 delivered ---------
_c = "BALLANTRAE VALLEY HOSPITAL - RADIATION ONCOLOGY"
add(name="q86_18", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 15, ["CT"], ["body_immobilization"]),
    lesions=[L("left upper lobe, central (ultracentral)", "body", None, 60, 15)],
    categories=cats(),
    notes="Near-miss negative, two-file bundle: the payer's denial of SBRT (77373 x5, 77435) for an ultracentral left "
          "upper lobe tumour with approval of conventional hypofractionation instead, and a course record of 60 Gy in "
          "15 fractions IMRT (4DCT, vacuum cushion, daily CBCT). A delivered course of 15 fractions: the claimed "
          "SBRT codes are inconsistent and there is no delivery code.",
    docs=[
        Doc("1_denial_letter.pdf", [[
            P("GLENMARE CARE PLAN (invented)   -   Radiation Oncology Utilization Management"),
            P("12/02/2026"),
            P(f"Member: {patient(18)}   ID GCP-86018 (synthetic)   Case GCP-UM-26-4471"),
            H2("Notice of adverse determination"),
            P("Requested: stereotactic body radiation therapy, left upper lobe, 50 Gy in 5 fractions (77373 x5, 77435 x1, "
              "77301, 77338)."),
            P("Decision: DENIED. The tumour abuts the left main bronchus and the planning target overlaps the proximal "
              "bronchial tree (ultracentral). Under policy RO-22, SBRT in 5 or fewer fractions is not medically necessary for "
              "ultracentral tumours. APPROVED ALTERNATIVE: hypofractionated IMRT, 60 Gy in 15 fractions (77301, 77338, "
              "77386 x15, 77427 x3), if the treating physician agrees."),
            P("You may request a peer-to-peer review within 14 days or appeal within 60 days."),
            P("Physician reviewer: Dr. Alphonse Tremblay-Ward, Radiation Oncology, for Glenmare Care Plan"),
        ]], opts=dict(page_numbers=None)),
        Doc("2_course_record.pdf", [
            [H1("Plan Summary - Left Upper Lobe"),
             KeyValue([("Patient", f"{patient(18)}   {mrn(18)}"),
                       ("Diagnosis", "Squamous cell carcinoma left upper lobe, 2.8 cm, abutting the left main bronchus, cT1cN0M0; medically inoperable"),
                       ("Decision", "SBRT denied by the payer (ultracentral); after peer-to-peer 12/04/2026 we agreed to 60 Gy in 15 fractions, which is also our institutional preference for ultracentral tumours"),
                       ("Simulation", "12/07/2026 4DCT 2 mm, supine in vacuum cushion, arms up on wing board"),
                       ("Targets", "ITV from 10 phases; PTV = ITV + 5 mm"),
                       ("Prescription", "60 Gy in 15 fractions (4 Gy/fx) daily, PTV D95"),
                       ("Plan", "2 VMAT arcs, 6 MV, gantry linac; WREN TPS 5 (invented); proximal bronchial tree Dmax 63.8 Gy, esophagus Dmax 48 Gy")]),
             sig("Ingrid Castellanos-Moore, MD 12/10/2026"), sig("Perrin Ashworth, MS 12/10/2026 (plan QA passed)")],
            [H1("Treatment Record and Completion"),
             RuledTable([("Fx", "Dates", "Imaging", "Dose/fx", "Cumulative"),
                         ("1-5", "12/14 - 12/18/2026", "daily CBCT", "4 Gy", "20 Gy"),
                         ("6-10", "12/21 - 12/24, 12/28/2026", "daily CBCT", "4 Gy", "40 Gy"),
                         ("11-15", "12/29/2026 - 01/04/2027", "daily CBCT", "4 Gy", "60 Gy")]),
             P("Completed 01/04/2027: left upper lobe squamous cell carcinoma, 60 Gy in 15 fractions, no breaks. Grade 1 "
               "esophagitis. CT chest in 3 months."),
             sig("Ingrid Castellanos-Moore, MD 01/04/2027")],
        ], opts=dict(header=head(_c, 18, "02/28/1957"))),
    ])


# ==================================================================================================
# A self-contradicting chart and a fractionated cobalt-60 course
# ==================================================================================================

# q86_19 -- pdf (4 pages): FSRT of three lesions 24-27 Gy/3; completion summary lists two; superbill follows it -------
_c = "ELDERSTONE CANCER CENTER"
add(name="q86_19", kind="pdf", codes=["77373", "77435", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal", "cranial", S, 24, 3), L("left cerebellar", "cranial", S, 24, 3),
             L("left occipital", "cranial", S, 27, 3)],
    categories=cats(),
    contradiction="The completion summary says two metastases were treated (right frontal and left cerebellar), while the plan summary and the fraction-by-fraction treatment record show three, including the left occipital lesion at 27 Gy in 3 fractions.",
    notes="Four-page PDF: plan summary (three PTVs: right frontal 2.8 cm and left cerebellar 2.5 cm 24 Gy/3, left "
          "occipital 1.2 cm 27 Gy/3), treatment record (three fractions, all three targets each day, cumulative totals), "
          "a completion summary that names only two lesions, and a superbill that follows the summary (61797 x1). "
          "Gold follows the plan and treatment record: three simple lesions, three fractions; review expected.",
    docs=[Doc("q86_19.pdf", [
        [H1("Fractionated SRS - Plan Summary"),
         KeyValue([("Patient", patient(19)), ("MRN", mrn(19)),
                   ("Diagnosis", "NSCLC (adenocarcinoma, left lower lobe), three brain metastases, KPS 80"),
                   ("Unit", "6 MV FFF gantry linac, 2.5 mm MLC, 6DoF couch"),
                   ("Immobilization", "Thermoplastic SRS mask"),
                   ("Planning images", "CT 11/30/2026 1 mm; MRI T1 post-contrast 11/29/2026 fused"),
                   ("Planning system", "SEDGE Cranial 7 (invented); single isocentre, 4 VMAT arcs")]),
         RuledTable([("PTV", "Location", "Max diam", "Rx", "Isodose", "V100"),
                     ("PTV_RFr", "Right frontal", "2.8 cm", "24 Gy / 3 fx", "80%", "98.4%"),
                     ("PTV_LCb", "Left cerebellar", "2.5 cm", "24 Gy / 3 fx", "80%", "98.0%"),
                     ("PTV_LOcc", "Left occipital", "1.2 cm", "27 Gy / 3 fx", "80%", "99.3%")]),
         P("Brainstem Dmax 17.6 Gy (3 fx); chiasm Dmax 4.4 Gy; brain-PTV V18 14.8 cc. QA: portal dosimetry gamma 3%/1 mm "
           "98.9% passed; independent MU check within 1.5%."),
         sig("Lucinda Farquhar-Obi, MD 12/03/2026"), sig("Emeric Dahl, MS 12/03/2026")],
        [H1("Treatment Record"),
         RuledTable([("Fx", "Date", "IGRT", "PTV_RFr", "PTV_LCb", "PTV_LOcc"),
                     ("1", "12/07/2026", "CBCT + 6DoF, approved", "8 Gy", "8 Gy", "9 Gy"),
                     ("2", "12/09/2026", "CBCT + 6DoF, approved", "8 Gy", "8 Gy", "9 Gy"),
                     ("3", "12/11/2026", "CBCT + 6DoF, approved", "8 Gy", "8 Gy", "9 Gy"),
                     ("Total", "", "", "24 Gy", "24 Gy", "27 Gy")]),
         sig("Lucinda Farquhar-Obi, MD 12/11/2026")],
        [H1("Completion Summary"),
         P("Ms. Saltonreeve completed fractionated stereotactic radiosurgery on 12/11/2026 for two brain metastases from "
           "lung adenocarcinoma: the right frontal lesion and the left cerebellar lesion, each 24 Gy in 3 fractions on "
           "12/07, 12/09 and 12/11/2026. She tolerated treatment well with mild fatigue. Dexamethasone taper over one "
           "week. MRI brain in 6 weeks; continue osimertinib."),
         sig("Lucinda Farquhar-Obi, MD 12/11/2026")],
        [H1("Superbill"),
         KeyValue([("Patient", f"{patient(19)}   {mrn(19)}"), ("Course", "FSRT brain 12/07-12/11/2026"),
                   ("ICD-10", "C79.31; C34.32; Z79.899")]),
         RuledTable([("DOS", "CPT", "Mod", "Units", "Provider"),
                     ("12/07/2026", "77373", "TC", "1", "Facility"), ("12/09/2026", "77373", "TC", "1", "Facility"),
                     ("12/11/2026", "77373", "TC", "1", "Facility"), ("12/11/2026", "77435", "", "1", "Farquhar-Obi"),
                     ("12/07/2026", "61796", "", "1", "Neurosurgery (Dr. Oyelaran-Price)"),
                     ("12/07/2026", "61797", "", "1", "Neurosurgery (Dr. Oyelaran-Price)")]),
         P("Lesion count taken from the completion summary (2).")],
    ], opts=dict(header=head(_c, 19, "07/04/1967")))])

# q86_20 -- txt: cobalt-60 mask FSRT of a 3.7 cm meningioma 25 Gy/5; claim lines bill 77371 for fx 1 and 77373 x4 ----
add(name="q86_20", kind="text", codes=["77371", "77373", "77435", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 5, ["MRI"], ["mask"]),
    lesions=[L("left parafalcine meningioma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Text chart (EHR print of a completion summary, claim lines and a remittance): a 3.7 cm left parafalcine "
          "meningioma (complex by size) treated with 25 Gy in 5 fractions on a cobalt-60 multi-source unit with a "
          "thermoplastic mask, MRI-only planning (stereotactic reference from CBCT, no planning CT), CBCT each "
          "fraction and infrared motion monitoring. Claim lines bill 77371 for fraction 1 and 77373 x4 (77371 is "
          "wrong for a 5-fraction course); ICD D32.0 is a diagnosis, not a dose.",
    docs=[Doc("q86_20.txt", text=f"""
THORNBURY RADIOSURGERY CENTER   |   EHR PRINT   |   printed 01/06/2027 10:22 by LMARROW
Patient: {patient(20)}   MRN: {mrn(20)}   DOB: 05/19/1960
===========================================================================================

TREATMENT COMPLETION SUMMARY          signed 12/18/2026 16:40 by Caradoc Penhaligon-Diallo, MD

Diagnosis: Left parafalcine meningioma (presumed WHO grade 1, imaging diagnosis), 3.7 x 3.1 x 2.9 cm, growth of 4 mm in 18 months, mild right leg weakness. Resection declined.
Treatment: Fractionated stereotactic radiosurgery on the cobalt-60 multi-source radiosurgery unit, frameless: thermoplastic mask with infrared nose-marker motion monitoring.
Planning: Volumetric MRI 12/07/2026 (T1 post-gadolinium 1 mm, T2) imported into the planning system (MERGANSER-GK 3, invented); the stereotactic reference was defined by the cone-beam CT taken in the mask on 12/08/2026. No planning CT was acquired. GTV = enhancing tumour and dural tail; no margin. 23 isocentres (4/8/16 mm sectors).
Prescription: 25 Gy in 5 fractions of 5 Gy to the 50% isodose line, coverage 97.6%, target 17.9 cc.
OAR: superior sagittal sinus not dose-limited; motor cortex (left precentral) V20Gy 1.1 cc; optic apparatus < 3 Gy.
Delivery: 12/14, 12/15, 12/16, 12/17 and 12/18/2026. Before each fraction a CBCT was registered to the reference and the plan was adapted to the day's position; intrafraction nose-marker motion stayed within the 1.5 mm threshold (one pause on 12/16, re-CBCT, resumed). Delivered as prescribed: 25 Gy in 5 fractions.
Toxicity: grade 1 headache on 12/15, managed with acetaminophen. No new deficit.
Follow-up: MRI brain at 6 months, then yearly.

-------------------------------------------------------------------------------------------
CLAIM LINES (billing office)       Claim TRC-26-1218-20       Payer: Medicare Part B / Ashmont Supplement (invented)
Dx: D32.0 Benign neoplasm of cerebral meninges | R29.898 Other symptoms involving the musculoskeletal system

Ln  DOS           CPT    Mod  Units  Charge       Note
1   12/07/2026    77263       1      $   260.00
2   12/08/2026    77295  TC   1      $ 1,120.00
3   12/08/2026    77334  TC   1      $   305.00   thermoplastic mask
4   12/14/2026    77371       1      $ 9,860.00   "SRS cobalt - first treatment"
5   12/15-12/18   77373  TC   4      $ 5,720.00
6   12/18/2026    77435       1      $ 1,160.00
7   12/14/2026    61798       1      $ 2,910.00   neurosurgery pro fee (Dr. Ulrika Braithwaite)

-------------------------------------------------------------------------------------------
REMITTANCE (835 excerpt) 01/04/2027
Ln 4  77371  DENIED  CO-16 / M77 - "Complete course in one session" code billed with a fractionated course; resubmit
Ln 5  77373  PAID 4 units
Ln 6  77435  PAID
Ln 7  61798  PAID
{FOOT}
""")])


CORPUS = Corpus("blind_corpus86", "tests/blind_corpus86", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
