"""Thirty-sixth blind corpus, ``tests/blind_corpus36/`` (regenerate: ``python scripts/make_corpus.py blind_corpus36``).

HELD-OUT: twenty courses as a coding office receives them from other clinics, half system printouts (plan
reports, record-and-verify summaries, prescriptions, physics checks, key: value and tab-separated EHR
exports, a prior-authorisation form) and half dictated letters, procedure notes and bundles of 3-5 documents
in which names and sometimes the plan change between consultation and delivery. Nine cranial courses
(cobalt-60 frame and mask, gantry linac, robotic linac; 1-10 lesions; a cavity, a schwannoma, an AVM, a
meningioma by the optic nerve and a trigeminal neuralgia target), three spine (a re-irradiation, two
contiguous levels as one target, a single-fraction cervical course), five body SBRT (lung, liver on an
MR-linac, robotic prostate, pancreas, a three-site oligometastatic course) and three hard negatives (a
prior-authorisation packet, an eight-fraction lung course, a follow-up letter). Two scanned documents, one
two-column page, one rotated page. Three charts contradict themselves (``review_expected``). Every clinic and
system name is invented.

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (dictated and exported documents are deliberately one long line per paragraph or record)

from __future__ import annotations

from pdfmaker import ColumnBreak, KeyValue, RuledTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ALARIC", "BRONWEN", "CASIMIR", "DELPHINE", "EZEKIEL", "FLORENTINA", "GIDEON", "HONORIA", "IGNATIUS",
         "JOACHIM", "KILLIAN", "LAVINIA", "MAXIMILIAN", "NORBERT", "ORLANDO", "PRUDENCE", "RAPHAEL", "SERAPHINA",
         "THADDEUS", "URSULA"]


def patient(n: int) -> str:
    return f"THIRTYSIXPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-360{n:02d}"


def banner(clinic: str, system: str, n: int, dob: str, printed: str) -> list[str]:
    return [f"{clinic}  |  {system}",
            f"{patient(n)}   MRN {mrn(n)}   DOB {dob}   printed {printed}"]


def hdr(clinic: str, n: int, extra: str = "") -> list[str]:
    return [clinic, f"Patient: {patient(n)}    MRN: {mrn(n)}" + (f"    {extra}" if extra else "")]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial (9)
# ==================================================================================================

# b36_01 -- bundle: consult letter (five lesions) + frame procedure note (one dropped, two added: six) + cobalt target list
_c = "HOLLINGBROOK NEUROLOGICAL INSTITUTE"
add(name="b36_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 6, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right frontal", "cranial", S, 20, 1), L("left parietal", "cranial", S, 18, 1), L("right occipital", "cranial", S, 20, 1),
             L("left cerebellar", "cranial", S, 16, 1), L("left cuneus (new on stereotactic MRI)", "cranial", S, 20, 1),
             L("right superior temporal (new on stereotactic MRI)", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Three documents: a dictated consult letter to the referring oncologist recommending single-session "
          "cobalt radiosurgery under a frame to five metastases (doses in words: twenty gray, eighteen gray); a "
          "dictated procedure note in which the thin-slice stereotactic MRI shows the 0.6 cm left frontal "
          "'lesion' to be a cortical vessel (not treated) and two new small lesions (left cuneus, right superior "
          "temporal) that are treated, so six lesions; a cobalt target list printout with target names T01-T06 "
          "and max doses 40/36/32 Gy (50% isodose). Left cerebellar lesion 2.6 cm, 11 mm from the brainstem "
          "(simple). The consult's 'five' is the plan before the day, not a contradiction.",
    docs=[
        Doc("1_consult_letter.txt", text=f"""
HOLLINGBROOK NEUROLOGICAL INSTITUTE
Radiosurgery Service - 14 Quarry Lane
Transcribed: 02/04/2026 11:20   Dictated: 02/03/2026   Job 55-1187   DICTATED, NOT READ

Dr. Ottoline Pemberton-Shaw
Ridgeview Medical Oncology

RE: {patient(1)}   MRN {mrn(1)}   DOB 06/30/1959

Dear Ottoline,

I saw Mr. Thirtysixpatient in the radiosurgery clinic today with Dr. Fairweather from neurosurgery. As you know he is a 66-year-old man with metastatic clear cell renal carcinoma on cabozantinib who developed unsteadiness in January. His MRI brain of 01/27/2026 shows five enhancing metastases: right frontal 1.1 centimeters, left frontal 0.6 centimeters, left parietal 1.9 centimeters, right occipital 0.8 centimeters and left cerebellar 2.6 centimeters with some mass effect on the fourth ventricle but no hydrocephalus. The cerebellar lesion sits about eleven millimeters from the brainstem. None is near the optic apparatus. His KPS is 80 and his extracranial disease is stable.

We talked about whole brain radiation, resection of the cerebellar lesion and radiosurgery. He would like to avoid whole brain treatment, and the cerebellar lesion is small enough to treat. I have recommended single-session cobalt radiosurgery under a stereotactic head frame, about twenty gray to the smaller lesions, eighteen gray to the left parietal lesion and sixteen gray to the cerebellar lesion, all to the fifty percent isodose. A thin-slice MRI on the morning of the procedure may show more small lesions, which we would treat in the same sitting.

He has been booked for 02/17/2026.

With best wishes,

Caradoc Wynne-Iveson, MD
Radiation Oncology
cc: Anselm Fairweather, MD, Neurosurgery
{FOOT}
"""),
        Doc("2_procedure_note.txt", text=f"""
HOLLINGBROOK NEUROLOGICAL INSTITUTE - PROCEDURE NOTE
PATIENT: {patient(1)}   MRN: {mrn(1)}   DATE OF PROCEDURE: 02/17/2026

PROCEDURES: Placement of stereotactic head frame; cobalt-60 stereotactic radiosurgery, single session.
OPERATORS: Anselm Fairweather, MD (Neurosurgery); Caradoc Wynne-Iveson, MD (Radiation Oncology). PHYSICS: Lucasta Brennock, PhD.
ANESTHESIA: Local, 1% lidocaine with bicarbonate; lorazepam 1 mg by mouth.

DESCRIPTION: After informed consent the frame was applied at 06:40 with four pins under local anesthesia, tilted slightly forward to keep the cerebellar target within the treatable range. He tolerated this well. Stereotactic MRI was obtained with the fiducial box, volumetric T1 post contrast 1 mm and T2, and this showed that the small left frontal finding from January is a cortical vein on the thin post-contrast and susceptibility images, not a metastasis, so it was not targeted. It also showed two new small lesions: a 3 millimeter focus in the left cuneus and a 4 millimeter focus in the right superior temporal gyrus. A stereotactic CT with the CT fiducial box was done for skull definition and co-registered with the MRI. Six targets were outlined and the plan was approved jointly with Dr. Wynne-Iveson and checked by physics. Prescriptions were twenty gray to the right frontal and right occipital lesions and to the two new lesions, eighteen gray to the left parietal lesion and sixteen gray to the left cerebellar lesion, every target to the fifty percent isodose line. Frame coordinates were checked against the plan on the couch by physics before treatment. All six targets were treated in a single session with a total treatment time of 88 minutes. The frame was removed at 12:15 and the pin sites were dressed. Two pin sites oozed slightly and stopped with pressure.

COMPLICATIONS: None.
DISPOSITION: Home with his wife. Dexamethasone 4 mg daily for three days. MRI in eight weeks.

Anselm Fairweather, MD, Neurosurgery - signed 02/17/2026 15:02
Co-signed: Caradoc Wynne-Iveson, MD, Radiation Oncology - 02/17/2026 16:40
{FOOT}
"""),
        Doc("3_target_list.pdf", [[
            H1("COBALT RADIOSURGERY - TARGET LIST AND DOSE SUMMARY"),
            KeyValue([("Planning station", "NEXORA Cobalt Planner 11.2"), ("Plan", "HB_0217_MULTI (approved 02/17/2026 10:31)"),
                      ("Unit", "multi-source cobalt-60 radiosurgery unit, 192 sources, 4/8/16 mm collimation"),
                      ("Fixation", "stereotactic head frame, frame adapter"),
                      ("Images", "MR T1+C 1.0 mm + T2 (fiducial box); CT 1.0 mm skull definition; co-registered")]),
            RuledTable([("Target", "Location", "Vol (cc)", "Rx (Gy)", "Isodose", "Max (Gy)", "Shots", "Coverage"),
                        ("T01", "R frontal", "0.58", "20.0", "50%", "40.0", "3", "99%"),
                        ("T02", "L parietal", "2.71", "18.0", "50%", "36.0", "8", "98%"),
                        ("T03", "R occipital", "0.22", "20.0", "50%", "40.0", "2", "99%"),
                        ("T04", "L cerebellar", "6.40", "16.0", "50%", "32.0", "14", "97%"),
                        ("T05", "L cuneus", "0.02", "20.0", "50%", "40.0", "1", "100%"),
                        ("T06", "R sup. temporal", "0.03", "20.0", "50%", "40.0", "1", "100%")]),
            P("Left frontal finding of 01/27/2026 (0.6 cm): cortical vein on the stereotactic MRI - not a target."),
            P("Brainstem Dmax 10.4 Gy; optic chiasm Dmax 1.6 Gy; brain V12 9.1 cc. Independent shot-time calculation "
              "agrees within 0.8%. Frame co-ordinate check on the couch: pass."),
            sig("L. Brennock, PhD (physics) 02/17/2026 10:40; plan approved C. Wynne-Iveson, MD / A. Fairweather, MD"),
        ]], opts=dict(header=hdr(_c, 1, "Treatment date 02/17/2026"))),
    ])

# b36_02 -- scan: cobalt unit with a mask, vestibular schwannoma 25 Gy / 5, record-and-verify summary scanned at 150 dpi
_c, _s = "SALTMARSH COUNTY HOSPITAL - RADIOSURGERY", "KESTREL-TX Course Summary"
add(name="b36_02", kind="scan", codes=["77373", "77435", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("right vestibular schwannoma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Scanned record-and-verify course summary (150 dpi, no text layer) of a mask-based cobalt-60 unit: "
          "right vestibular schwannoma 2.9 cm (complex by type), 500 cGy x 5 = 2500 cGy to the 50% isodose; "
          "per-fraction rows with on-unit cone-beam CT shift and nose-marker motion; the frame row says "
          "'not applicable (mask course)'. Cochlea mean 4.1 Gy and brainstem D0.1cc 21.3 Gy are organ doses.",
    docs=[Doc("b36_02.pdf", [[
        H1("FRACTIONATED STEREOTACTIC COURSE SUMMARY"),
        KeyValue([("Course", "FSRS-1, status COMPLETED 05/15/2026"),
                  ("Diagnosis", "D33.3 right vestibular schwannoma, Koos III, 2.9 cm, serviceable hearing lost"),
                  ("Unit", "multi-source cobalt-60 radiosurgery unit with on-board cone-beam CT"),
                  ("Immobilisation", "thermoplastic mask, head cushion, nose-marker motion monitor"),
                  ("Head frame", "not applicable (mask course)"),
                  ("Planning images", "MRI 04/28/2026 CISS 0.6 mm + T1+C 1 mm; CT 04/28/2026 1 mm in mask, registered"),
                  ("Planning station", "NEXORA Cobalt Planner 11.2, plan VS_R_5FX (17 shots)"),
                  ("Prescription", "2500 cGy in 5 fractions of 500 cGy, 50% isodose")]),
        RuledTable([("Fx", "Date", "CBCT shift (mm)", "Max motion (mm)", "Dose (cGy)", "Cumulative (cGy)", "Status"),
                    ("1", "05/11/2026", "0.6", "0.7", "500", "500", "Treated"),
                    ("2", "05/12/2026", "0.4", "0.9", "500", "1000", "Treated"),
                    ("3", "05/13/2026", "0.8", "1.1", "500", "1500", "Treated"),
                    ("4", "05/14/2026", "0.5", "0.6", "500", "2000", "Treated"),
                    ("5", "05/15/2026", "0.3", "0.8", "500", "2500", "Treated")]),
        RuledTable([("Structure", "Result", "Limit (5 fx)"),
                    ("Cochlea R, mean", "4.1 Gy", "record"),
                    ("Brainstem D0.1cc", "21.3 Gy", "< 23 Gy"),
                    ("Facial nerve course, max", "24.8 Gy", "record")]),
        P("Physics: independent shot-time check 0.7%, daily output within 1%. CBCT match approved before each "
          "fraction by the treating physician."),
        P("Course total: right vestibular schwannoma 2500 cGy / 5 fractions, 05/11/2026 - 05/15/2026."),
        sig("Rosalind Achebe-Voss, MD 05/15/2026;  physics Idris Karamanlis, MS 05/15/2026"),
    ]], opts=dict(header=banner(_c, _s, 2, "10/02/1962", "05/15/2026 16:05"), scan=True, scan_dpi=150,
                  font="Courier"))])

# b36_03 -- ehr_text: key: value export, linac trigeminal neuralgia under frame; 61796 claimed for a functional target
add(name="b36_03", kind="ehr_text", codes=["77372", "77432", "61796", "61800"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left trigeminal nerve, cisternal segment", "cranial", C, 90, 1)],
    categories=cats(),
    notes="Key: value EHR export of a linac radiosurgery for refractory left trigeminal neuralgia: 4 mm cone, "
          "90 Gy maximum dose (100%), frame with localiser, thin-slice MRI + CT; a 2021 microvascular "
          "decompression and a 2024 glycerol rhizotomy are history. Functional target: complex, so the claimed "
          "61796 (simple) is inconsistent while 61800 (frame) fits.",
    docs=[Doc("b36_03.txt", text=f"""
PINECREST ORCHARD MEDICAL CENTER :: CHARTLINE EHR :: Radiosurgery Episode Export
Printed: 03/09/2026 14:12   User: coding01   Page 1/1

Patient Name: {patient(3)}
MRN: {mrn(3)}
DOB: 12/14/1950
Episode: Stereotactic radiosurgery - functional
Episode Status: Closed - treatment completed
Diagnosis: G50.0 Trigeminal neuralgia, left V2/V3, classical, refractory
Prior Procedures: microvascular decompression 2021 (recurrence 2023); percutaneous glycerol rhizotomy 2024 (relief 7 months)
Medical Therapy Failed: carbamazepine (hyponatremia), oxcarbazepine, gabapentin, baclofen
BNI Pain Score Before: V
Treatment Unit: 6 MV gantry linear accelerator with stereotactic cone mount
Planning System: CONIFER Cone Planner 3
Fixation: Stereotactic head frame, 4 pins, applied 03/09/2026 07:05 under local anesthesia, removed 11:20
Planning Imaging: MRI 3D CISS 0.5 mm + T1 post contrast (03/09/2026, with localiser); CT 1 mm with localiser (03/09/2026); fused
Target: left trigeminal nerve, cisternal segment, isocentre 6 mm anterior to the root entry zone
Collimator: 4 mm cone
Arcs: 9 non-coplanar arcs, 1 isocentre
Prescription: 90 Gy maximum dose (100% isodose), 1 fraction
Brainstem: 20% isodose line tangent to the pontine surface; brainstem D0.01cc 17.8 Gy
Localisation Check: target coordinates verified on the couch with the localiser (0.3 mm); Winston-Lutz 0.4 mm on the day
Physics Second Check: independent MU calculation per arc within 1.2% - Marisol Vantongeren, MS, DABR 03/09/2026
Treatment Date: 03/09/2026
Fractions Delivered: 1 of 1
Delivered Dose: 90 Gy maximum to the left trigeminal nerve
Follow-up: clinic in 6 weeks; continue carbamazepine taper as pain allows
Attending Radiation Oncologist: Benedikt Oyelaran-Hume, MD (signed 03/09/2026 12:02)
Neurosurgeon: Perpetua Glanville, MD (signed 03/09/2026 12:30)
{FOOT}
""")])

# b36_04 -- bundle: consult (single-fraction plan) -> simulation -> prescription 3 fx -> record -> completion note
_c = "TAMARISK BAY CANCER CENTRE - RADIATION ONCOLOGY"
add(name="b36_04", kind="bundle", codes=["77373", "77435", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("right parietal resection cavity", "cranial", S, 27, 3), L("left occipital", "cranial", S, 24, 3),
             L("left cerebellar", "cranial", S, 24, 3)],
    categories=cats(),
    notes="Five documents in which the plan changes: the dictated consult proposes single-fraction radiosurgery "
          "(eighteen gray to the tumour bed, twenty gray to two intact metastases); the simulation note records "
          "the mask, CT and MRI fusion and the physician's change to three fractions because the cavity grew to "
          "3.2 cm; the prescription printout (PTV_Cav_RP 900 cGy x 3, PTV_LOcc and PTV_LCb 800 cGy x 3) and a "
          "fraction record with CBCT approvals; a completion note with names 'tumour bed', 'occipital' and "
          "'cerebellar'. Delivered: 27/24/24 Gy in 3 fractions; the consult's single-fraction doses are not it.",
    docs=[
        Doc("1_consult.txt", text=f"""
TAMARISK BAY CANCER CENTRE - RADIATION ONCOLOGY CONSULTATION
Patient: {patient(4)}   MRN: {mrn(4)}   Date of service: 07/06/2026
Referring: Dr. Jolyon Ashcombe, Neurosurgery
Dictated by Marguerite Holloway-Dunne, MD   D: 07/06/2026   T: 07/07/2026   Conf # 7781-20

HISTORY: This is a 54-year-old woman with triple negative breast cancer who presented with left sided weakness and was found to have a 3.4 centimeter right parietal mass, resected by Dr. Ashcombe on 06/22/2026, pathology metastatic carcinoma consistent with breast primary. Postoperative MRI on 06/30/2026 shows a clean cavity of about two point eight centimeters and two further small metastases, one in the left occipital lobe of seven millimeters and one in the left cerebellar hemisphere of five millimeters. Her weakness has improved. KPS 80.

IMPRESSION: Resected right parietal metastasis plus two small intact metastases.

RECOMMENDATION: Stereotactic radiosurgery to the resection cavity and both intact lesions in a single fraction, about eighteen gray to the tumour bed and twenty gray to each intact lesion, using a frameless mask. We will simulate next week with a fresh MRI. If the cavity changes in size we may fractionate.

Marguerite Holloway-Dunne, MD
{FOOT}
"""),
        Doc("2_simulation_note.txt", text=f"""
TAMARISK BAY CANCER CENTRE - SIMULATION NOTE
Patient: {patient(4)}   MRN: {mrn(4)}   Date: 07/14/2026

A thermoplastic SRS mask with a mouth bite was fabricated and a 1 mm CT of the head was acquired in the treatment position. A planning MRI (volumetric T1 post gadolinium and FLAIR) was done this morning and fused to the CT. The cavity now measures 3.2 cm, larger than on the 06/30 scan. Given the cavity size I have changed the plan to three fractions for all three targets: nine gray per fraction to the cavity and eight gray per fraction to the occipital and cerebellar lesions. The dosimetrist will plan a single-isocentre VMAT plan.

Marguerite Holloway-Dunne, MD   07/14/2026
{FOOT}
"""),
        Doc("3_prescription.pdf", [[
            H1("STEREOTACTIC PRESCRIPTION - APPROVED"),
            KeyValue([("Course", "C1 Brain SRT"), ("Technique", "VMAT, 1 isocentre, 4 non-coplanar arcs, 6 MV FFF"),
                      ("Unit", "gantry linac 'TB-3' with 2.5 mm MLC"), ("Planning system", "ORCHIS Planning 16"),
                      ("Immobilisation", "SRS thermoplastic mask with mouth bite"),
                      ("Image guidance", "CBCT + 6 degree-of-freedom couch before each fraction")]),
            RuledTable([("Target", "Dose/fx (cGy)", "Fractions", "Total (cGy)", "Normalisation", "GTV max dim."),
                        ("PTV_Cav_RP", "900", "3", "2700", "80% isodose", "3.2 cm"),
                        ("PTV_LOcc", "800", "3", "2400", "80% isodose", "0.7 cm"),
                        ("PTV_LCb", "800", "3", "2400", "80% isodose", "0.5 cm")]),
            RuledTable([("OAR", "Constraint (3 fx)", "Plan"),
                        ("Brainstem D0.03cc", "< 23.1 Gy", "9.8 Gy"),
                        ("Optic chiasm D0.03cc", "< 17.4 Gy", "1.2 Gy"),
                        ("Brain - PTVs V18Gy", "< 30 cc", "14.6 cc")]),
            P("Physics pre-treatment review: independent MU check 1.1%; portal dosimetry gamma 99.2% (2%/2 mm). "
              "Approved 07/20/2026."),
            sig("Marguerite Holloway-Dunne, MD 07/20/2026; Tobias Enwright-Mbeki, MS (physics) 07/20/2026"),
        ]], opts=dict(header=hdr(_c, 4, "DOB 01/19/1972"))),
        Doc("4_fraction_record.txt", text=f"""
TAMARISK BAY CANCER CENTRE   ORCHIS-RV FRACTION RECORD   {patient(4)}   {mrn(4)}   printed 07/27/2026

FX  DATE        CBCT  SHIFT(mm)  APPROVED BY            PTV_Cav_RP  PTV_LOcc  PTV_LCb  STATUS
1   07/22/2026  yes   0.9        M. Holloway-Dunne MD   900         800       800      Treated
2   07/24/2026  yes   0.6        M. Holloway-Dunne MD   900         800       800      Treated
3   07/27/2026  yes   1.1        R. Castellane MD       900         800       800      Treated
TOTAL (cGy)                                             2700        2400      2400     3 of 3 complete
{FOOT}
"""),
        Doc("5_completion_note.txt", text=f"""
TAMARISK BAY CANCER CENTRE - END OF TREATMENT
{patient(4)}   {mrn(4)}   07/27/2026

Completed fractionated stereotactic radiotherapy today: the right parietal tumour bed received 27 Gy in 3 fractions, and the left occipital and left cerebellar metastases 24 Gy in 3 fractions each. No headache or new deficit. Dexamethasone not needed. MRI brain in 8 weeks, then every 3 months.

Electronically signed: Marguerite Holloway-Dunne, MD 07/27/2026
{FOOT}
"""),
    ])

# b36_05 -- pdf: robotic-arm linac, left clinoid meningioma 2 mm from the optic nerve, 25 Gy / 5 --------------------
_c, _s = "WESTHAVEN ROBOTIC RADIOSURGERY CENTRE", "ARCLIGHT Plan & Delivery 8"
add(name="b36_05", kind="pdf", codes=["G0339", "G0340", "77435", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left anterior clinoid meningioma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Robotic-arm linac plan report and delivery record: left anterior clinoid meningioma, 2.2 cm, whose "
          "edge is 2 mm from the left optic nerve (complex by location), 5 Gy x 5 = 25 Gy to the 78% isodose, "
          "mask, skull tracking; optic nerve D0.03cc 24.1 Gy and chiasm 19.8 Gy near the Rx. Delivery record "
          "rows per fraction with tracking corrections; G0339 + G0340 + 77435 + 61798 all fit.",
    docs=[Doc("b36_05.pdf", [[
        H1("ROBOTIC RADIOSURGERY PLAN REPORT"),
        KeyValue([("Plan", "LCLIN_MEN_5FX v2 (approved 09/03/2026)"),
                  ("System", "robotic-arm mounted 6 MV linac, variable aperture collimator"),
                  ("Tracking", "skull tracking (orthogonal kV pair), corrections every 45-60 s"),
                  ("Immobilisation", "thermoplastic mask, open face"),
                  ("Imaging", "CT 1 mm contrast 08/27/2026 + MRI T1+C and T2 08/26/2026, fused"),
                  ("Diagnosis", "WHO grade 1 meningioma (radiological), left anterior clinoid, growing 4 mm in 2 years")]),
        RuledTable([("Target", "Max dim.", "Rx", "Isodose", "Coverage", "nCI", "Beams", "MU"),
                    ("PTV_MEN", "2.2 cm", "2500 cGy / 5 fx", "78%", "96.1%", "1.19", "166", "29 410")]),
        P("Distance from the PTV edge to the left optic nerve: 2 mm; to the chiasm: 6 mm."),
        RuledTable([("OAR", "Metric", "Plan", "Limit (5 fx)"),
                    ("Optic nerve L", "D0.03cc", "24.1 Gy", "< 25 Gy"),
                    ("Optic chiasm", "D0.03cc", "19.8 Gy", "< 25 Gy"),
                    ("Brainstem", "D0.03cc", "12.7 Gy", "< 31 Gy"),
                    ("Pituitary", "Dmean", "8.3 Gy", "record")]),
        P("Physics second check: independent dose calculation at 3 points within 1.6%; film QA gamma 97.4% "
          "(3%/1 mm). - Aurelio Nakashima-Ford, MS 09/02/2026"),
        sig("Plan approved: Winifred Osterhagen, MD 09/03/2026"),
    ], [
        H2("Delivery record"),
        RuledTable([("Fx", "Date", "Beams", "Tracking corrections (mm, max)", "Dose (cGy)", "Cum. (cGy)", "Status"),
                    ("1", "09/08/2026", "166/166", "0.8", "500", "500", "Complete"),
                    ("2", "09/09/2026", "166/166", "0.6", "500", "1000", "Complete"),
                    ("3", "09/10/2026", "166/166", "1.0", "500", "1500", "Complete"),
                    ("4", "09/11/2026", "166/166", "0.7", "500", "2000", "Complete"),
                    ("5", "09/14/2026", "166/166", "0.5", "500", "2500", "Complete")]),
        P("Course complete 09/14/2026: left anterior clinoid meningioma 2500 cGy in 5 fractions. Vision unchanged "
          "(acuity 20/25 both eyes, fields full). Neuro-ophthalmology and MRI in 6 months."),
        sig("Winifred Osterhagen, MD 09/14/2026"),
    ]], opts=dict(header=banner(_c, _s, 5, "04/21/1968", "09/14/2026 15:30")))])

# b36_06 -- ehr_text: dictated completion letter, linac single session, three simple lesions; no IGRT or QA named ---
add(name="b36_06", kind="ehr_text", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal", "cranial", S, 20, 1), L("left thalamic", "cranial", S, 18, 1),
             L("right cerebellar", "cranial", S, 20, 1)],
    categories=cats(delivery_verification=False),
    notes="Dictated completion letter to a general practitioner: single-session linac radiosurgery to three "
          "metastases (right frontal twenty gray, left thalamic eighteen gray, right cerebellar twenty gray, "
          "eighty percent isodose, one isocentre, five arcs), mask, CT + MRI. Thalamus is not brainstem: all "
          "simple, so the claimed 61798 is inconsistent and 61797 fits. No image guidance, localisation check "
          "or physics QA is mentioned (delivery_verification unmet).",
    docs=[Doc("b36_06.txt", text=f"""
BRACKENRIDGE ONCOLOGY PARTNERS - RADIATION ONCOLOGY
41 Tanner's Row, Brackenridge

Transcription: Northline Medical Dictation   Job 20-48817   D: 10/14/2026   T: 10/15/2026

Dr. Clementine Fairbairn
Brackenridge Family Practice

RE: {patient(6)}   DOB 08/08/1957   MRN {mrn(6)}

Dear Dr. Fairbairn,

I am writing to let you know that Mrs. Thirtysixpatient completed her radiosurgery with us on 10/13/2026.

As you will recall she is a 69-year-old woman with EGFR-mutant lung adenocarcinoma, on osimertinib, whose surveillance MRI of 09/22/2026 showed three new brain metastases: a one point three centimeter right frontal lesion, an eight millimeter left thalamic lesion and a one centimeter right cerebellar lesion. She was neurologically well with a KPS of ninety.

She was fitted with a frameless thermoplastic mask and had a planning CT on 10/06/2026, which was fused with a fresh contrast MRI from the same day. We contoured the three lesions and planned them together with a single isocenter and five noncoplanar arcs on our linear accelerator. On 10/13/2026 she received, in a single session, twenty gray to the right frontal lesion, eighteen gray to the left thalamic lesion because of its deep location, and twenty gray to the right cerebellar lesion, each prescribed to the eighty percent isodose line. The brainstem maximum was just under ten gray.

She tolerated the treatment very well with no headache or nausea, and went home the same afternoon. She may feel tired for a week or two. We will see her with an MRI in two months, and she continues osimertinib under Dr. Quennell.

Please do not hesitate to contact me with any questions.

Yours sincerely,

Fitzwilliam Okonjo-Harte, MD
Radiation Oncology
cc: Dr. Barnaby Quennell, Medical Oncology
{FOOT}
""")])

# b36_07 -- bundle: AVM on a cobalt unit under frame: consult (20 Gy proposed) -> procedure note (18 Gy) -> plan printout
_c = "FERNHOLM UNIVERSITY HOSPITAL - DEPARTMENT OF NEUROSURGERY"
add(name="b36_07", kind="bundle", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["MRI", "angiography"], ["frame"]),
    lesions=[L("right mesial temporal arteriovenous malformation nidus", "cranial", C, 18, 1)],
    categories=cats(),
    notes="Three documents: a dictated neurosurgery consult proposing about 20 Gy to a right mesial temporal AVM "
          "(history: haemorrhage 2025, diagnostic catheter angiogram 11/2025); a procedure note under frame with "
          "stereotactic biplane angiography and MRI on the day (no CT) in which the nidus measured 4.1 cc and the "
          "margin dose was lowered to 18 Gy at the 50% isodose; a cobalt plan printout naming the target "
          "'AVM_R_MT'. AVM: complex. Imaging MRI + angiography.",
    docs=[
        Doc("1_consult.txt", text=f"""
FERNHOLM UNIVERSITY HOSPITAL - NEUROSURGERY OUTPATIENT CONSULTATION
Patient: {patient(7)}   MRN: {mrn(7)}   Seen: 01/12/2026
Dictated: Leopold Brannigan-Asante, MD   Transcribed: 01/13/2026   Doc ID 0113-2219

This 27-year-old right-handed man had a right temporal intracerebral haemorrhage in August 2025 and recovered fully apart from occasional focal aware seizures, controlled on levetiracetam. Catheter angiography on 11/04/2025 showed a right mesial temporal arteriovenous malformation, Spetzler-Martin grade II, nidus about two point two centimeters, supplied by the anterior choroidal and posterior cerebral arteries with deep venous drainage to the basal vein. Given the deep location and the eloquent surroundings we discussed microsurgery, embolisation and radiosurgery, and recommend radiosurgery. I would anticipate a margin dose of about twenty gray at the fifty percent isodose, depending on the final nidus volume on the treatment-day angiogram. He understands the latency period of two to three years and the risk of bleeding in the meantime.

Plan: cobalt radiosurgery under a stereotactic frame with stereotactic angiography and MRI on the day of treatment. Booked for 02/02/2026.

Leopold Brannigan-Asante, MD, Neurosurgery
{FOOT}
"""),
        Doc("2_procedure_note.txt", text=f"""
FERNHOLM UNIVERSITY HOSPITAL - RADIOSURGERY PROCEDURE NOTE
Patient: {patient(7)}   MRN: {mrn(7)}   Date: 02/02/2026

Procedure: stereotactic frame application; stereotactic angiography; cobalt-60 radiosurgery of a right mesial temporal AVM.
Surgeon: Leopold Brannigan-Asante, MD. Radiation oncologist: Zenobia Marchetti-Low, MD. Physicist: Hamish Oduya, PhD.

Under local anaesthesia and light sedation the stereotactic head frame was fixed with four pins. Stereotactic biplane digital subtraction angiography was performed with the angiographic localiser through a right femoral sheath, followed by stereotactic MRI (T1 post contrast 1 mm, time-of-flight, T2). No CT was needed. The nidus was outlined on the angiogram and the MRI together and measured 4.1 cc, larger than expected, so the margin dose was reduced to 18 Gy at the 50% isodose (maximum 36 Gy) to keep the 12 Gy volume acceptable. The plan used 13 shots. Physics verified the frame coordinates on the couch before treatment. Treatment was delivered in one session without interruption, 71 minutes. The frame and the femoral sheath were removed and haemostasis obtained.

Complications: none. Discharged the next morning. MRI at 6, 12 and 24 months; angiogram at 3 years.

Leopold Brannigan-Asante, MD   02/02/2026 17:55
Zenobia Marchetti-Low, MD      02/02/2026 18:10
{FOOT}
"""),
        Doc("3_plan_printout.pdf", [[
            H1("DOSE PLAN PRINTOUT - single session"),
            KeyValue([("Planning station", "NEXORA Cobalt Planner 11.1"), ("Plan", "AVM_R_MT_0202 (approved 14:41)"),
                      ("Unit", "multi-source cobalt-60 radiosurgery unit, 201 sources"),
                      ("Fixation", "stereotactic head frame"),
                      ("Images", "stereotactic DSA (AP + lateral), MR T1+C 1 mm, MR TOF; registered")]),
            RuledTable([("Target", "Volume", "Rx dose", "Isodose", "Max dose", "Coverage", "Selectivity", "Shots"),
                        ("AVM_R_MT", "4.10 cc", "18.0 Gy", "50%", "36.0 Gy", "97%", "0.81", "13")]),
            RuledTable([("Structure", "Dose", "Comment"),
                        ("Brain V12 (incl. nidus)", "9.7 cc", "accepted"),
                        ("Brainstem Dmax", "8.2 Gy", ""),
                        ("Optic tract R Dmax", "7.1 Gy", "< 8 Gy")]),
            P("Independent calculation of shot times: within 1.0%. Frame co-ordinate check: pass."),
            sig("H. Oduya, PhD 02/02/2026 14:50"),
        ]], opts=dict(header=hdr(_c, 7, "DOB 05/19/1998"), font="Times-Roman")),
    ])

# b36_08 -- bundle: prescription (4.1 cm metastasis, 30 Gy / 5) + two-column physics second check + R&V fraction list
_c = "LYNDHURST VALE CANCER CARE"
add(name="b36_08", kind="bundle", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal metastasis (PTV_LFRONT)", "cranial", C, 30, 5)],
    categories=cats(),
    notes="Printouts only: a prescription sheet for one 4.1 cm left frontal metastasis (complex by size) treated "
          "600 cGy x 5 = 3000 cGy to the 80% isodose on a gantry linac with a mask; a physics second-check "
          "worksheet laid out in two columns; a record-and-verify fraction list in cGy with a cancelled day "
          "(couch fault) and the fraction given the next day, so five fractions. An earlier plan version "
          "(v1, 2400 cGy / 3) is listed as 'retired'.",
    docs=[
        Doc("1_prescription.pdf", [[
            H1("RADIATION PRESCRIPTION - STEREOTACTIC (BRAIN)"),
            RuledTable([("Field", "Entry"),
                        ("Course / version", "C1 / v2 ACTIVE (v1: 2400 cGy in 3 fx, retired 04/13/2026 before planning)"),
                        ("Target", "PTV_LFRONT = GTV + 1 mm; left frontal metastasis of melanoma, 4.1 x 3.6 x 3.3 cm"),
                        ("Dose", "600 cGy per fraction x 5 fractions = 3000 cGy, prescribed to the 80% isodose"),
                        ("Schedule", "daily, Monday-Friday"),
                        ("Unit / technique", "6 MV gantry linac, 2 coplanar + 2 non-coplanar VMAT arcs"),
                        ("Planning system", "ORCHIS Planning 16"),
                        ("Immobilisation", "thermoplastic SRS mask"),
                        ("Simulation", "CT 1 mm 04/14/2026; MRI T1+C 04/13/2026 fused"),
                        ("IGRT", "CBCT every fraction, 6DoF couch, physician approval"),
                        ("Approved", "Isidore Penhallow, MD 04/16/2026")]),
            RuledTable([("OAR", "Limit (5 fx)", "Plan"),
                        ("Brainstem D0.03cc", "< 31 Gy", "4.4 Gy"),
                        ("Optic chiasm D0.03cc", "< 25 Gy", "2.9 Gy"),
                        ("Brain - GTV V24Gy", "< 20 cc", "17.8 cc")]),
        ]], opts=dict(header=banner(_c, "QUILLON Rx 5", 8, "03/03/1966", "04/16/2026 11:40"))),
        Doc("2_physics_second_check.pdf", [[
            H2("Physics second check - plan LFRONT_5FX_v2"),
            P("Prescription, plan and record-and-verify parameters agree: 600 cGy x 5, PTV_LFRONT, 4 arcs, 6 MV."),
            P("Independent MU calculation: arc 1 +0.9%, arc 2 -1.2%, arc 3 +1.6%, arc 4 +0.4% (tolerance 3%)."),
            P("Measured QA: ion chamber at isocentre -0.8%; diode array gamma 98.1% (3%/2 mm)."),
            ColumnBreak(),
            P("Imaging: CBCT isocentre agreement with MV/kV within 0.5 mm on the morning QA."),
            P("Couch: 6DoF correction limits 3 mm / 3 degrees; larger corrections need physician review."),
            P("Result: PASS. Plan released for treatment."),
            sig("Oriel Fenwick-Ababio, MS, DABR 04/17/2026"),
        ]], opts=dict(header=banner(_c, "QUILLON Physics", 8, "03/03/1966", "04/17/2026 17:02"), two_columns=True)),
        Doc("3_fraction_list.txt", text=f"""
LYNDHURST VALE CANCER CARE   QUILLON-RV   FRACTION LIST   {patient(8)}  {mrn(8)}   printed 04/27/2026

Date        Fx   Plan               IGRT                     Dose (cGy)  Cumulative (cGy)  Status
04/20/2026  1    LFRONT_5FX_v2      CBCT, 0.8 mm, approved   600         600               Treated
04/21/2026  2    LFRONT_5FX_v2      CBCT, 1.1 mm, approved   600         1200              Treated
04/22/2026  -    LFRONT_5FX_v2      -                        0           1200              Cancelled - couch fault, service call
04/23/2026  3    LFRONT_5FX_v2      CBCT, 0.6 mm, approved   600         1800              Treated
04/24/2026  4    LFRONT_5FX_v2      CBCT, 0.9 mm, approved   600         2400              Treated
04/27/2026  5    LFRONT_5FX_v2      CBCT, 0.7 mm, approved   600         3000              Treated

Course C1 complete: 5 of 5 fractions, 3000 cGy to PTV_LFRONT.   Reviewed: Isidore Penhallow, MD 04/27/2026
{FOOT}
"""),
    ])

# b36_09 -- ehr_text: tab-separated export, ten targets in one linac session; the header count says nine (contradiction)
_rows9 = [("T01", "R frontal pole", "6", "2000", "no"), ("T02", "L superior frontal", "9", "2000", "no"),
          ("T03", "R precentral", "12", "2000", "no"), ("T04", "L parietal", "15", "1800", "no"),
          ("T05", "R angular gyrus", "5", "2000", "no"), ("T06", "L occipital", "11", "2000", "no"),
          ("T07", "R gyrus rectus", "8", "1600", "yes - 4 mm from optic chiasm"),
          ("T08", "L cerebellar", "14", "1800", "no"), ("T09", "R cerebellar", "7", "2000", "no"),
          ("T10", "L temporal", "10", "2000", "no")]
add(name="b36_09", kind="ehr_text", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 10, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L(f"{t} {loc}", "cranial", C if near.startswith("yes") else S, int(dose) / 100, 1)
             for t, loc, _mm, dose, near in _rows9],
    categories=cats(),
    contradiction="The export's course header says 9 targets treated, while the target table lists ten targets T01-T10 each with status Treated and the physician attestation says all ten were treated in one session.",
    notes="Tab-separated multi-target export from an invented planning/record system: ten metastases in one "
          "session on a gantry linac with one isocentre, mask, CT + MRI, CBCT before and during treatment; doses "
          "in cGy (1600-2000). T07 in the gyrus rectus lies 4 mm from the optic chiasm (complex) and gets 16 Gy; "
          "the other nine are simple. The course header line says 'targets_treated 9' (contradiction; gold 10). "
          "61798 + 61797 fit.",
    docs=[Doc("b36_09.txt", text=f"""
GREYSTONE HARBOUR RADIATION ONCOLOGY\tVANTAGE-MX MultiTarget Export 4.2\tprinted 2026-06-19 08:44\tpage 1 of 1
patient\t{patient(9)}
mrn\t{mrn(9)}
dob\t1955-02-11
diagnosis\tC79.31 secondary malignant neoplasm of brain; primary cutaneous melanoma
course\tC3 SRS-MULTI\tstatus completed\tfractions 1\ttargets_treated 9
unit\t6 MV FFF gantry linac, 2.5 mm MLC
plan\tSRS_MULTI10_v1\tone isocentre\t5 non-coplanar VMAT arcs\tnormalised to 80% isodose
immobilisation\tSRS thermoplastic mask, open face
planning_ct\t2026-06-11 1 mm in mask
planning_mri\t2026-06-10 3D T1 post gadolinium 1 mm, registered to CT
igrt\tCBCT pre-treatment and after arc 3, 6DoF couch, approved by MD
qa\tindependent dose calc all targets within 3%; film gamma 96.4% (3%/1 mm)\tphysics 2026-06-16
#target\tlocation\tdiam_mm\trx_cGy\tnear_critical_structure\tdelivered_cGy\tstatus
""" + "".join(f"{t}\t{loc}\t{mm}\t{dose}\t{near}\t{dose}\tTreated\n" for t, loc, mm, dose, near in _rows9) + f"""#oar\tbrainstem Dmax 9.1 Gy\tchiasm Dmax 7.6 Gy\tbrain-GTV V12 13.9 cc
delivery_date\t2026-06-18
attestation\tAll ten targets were treated in one session as planned. Ezra Villanueva-Holt MD 2026-06-18
{FOOT}
""")])


# ==================================================================================================
# Spine (3)
# ==================================================================================================

# b36_10 -- bundle: T8 re-irradiation; consult, plan report, record, completion letter saying 27 Gy (contradiction)
_c = "CALDERWOOD SPINE ONCOLOGY PROGRAMME"
add(name="b36_10", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T8 vertebral body and left pedicle (re-irradiation)", "spinal", None, 24, 3)],
    categories=cats(),
    contradiction="The completion letter says T8 received twenty-seven gray in three fractions, while the consult, the plan report (800 cGy x 3) and the treatment record (3 x 800 cGy, 2400 cGy total) give 24 Gy in 3 fractions.",
    notes="Four documents: a dictated consult for re-irradiation of a T8 metastasis (30 Gy in 10 fractions to "
          "T7-T9 in 2024 is history) recommending twenty-four gray in three fractions; a plan report in cGy with "
          "cumulative cord doses from both courses; a treatment record with CBCT each fraction; a completion "
          "letter that says twenty-seven gray (contradiction; gold 24 Gy / 3). Vacuum cushion, CT myelogram + MRI. "
          "Epidural extension abuts the dura: 63620 fits.",
    docs=[
        Doc("1_consult.txt", text=f"""
CALDERWOOD SPINE ONCOLOGY PROGRAMME - RADIATION ONCOLOGY CONSULTATION
Patient: {patient(10)}   MRN: {mrn(10)}   Date: 08/03/2026
Dictated by: Eleanora Strickland-Obi, MD   Transcribed 08/04/2026   Job 3310-09

REASON FOR CONSULTATION: progressive T8 metastasis after previous radiation.

HISTORY: 63-year-old man with metastatic prostate adenocarcinoma, castrate resistant, on enzalutamide. In March 2024 he received palliative radiotherapy to T7 through T9, thirty gray in ten fractions, for pain, with good relief. He now has recurrent mid-thoracic pain, and MRI of 07/24/2026 shows progression at T8 in the vertebral body and left pedicle with a small epidural component abutting the dura on the left, no cord compression, Bilsky 1c. The spine is stable, SINS 6. ECOG 1. No other progressing sites on restaging.

RECOMMENDATION: stereotactic body radiotherapy re-irradiation of T8, twenty-four gray in three fractions of eight gray, with a cumulative cord constraint from both courses. Simulation with a CT myelogram in a vacuum cushion next week, fused with a fresh MRI.

Eleanora Strickland-Obi, MD
{FOOT}
"""),
        Doc("2_plan_report.pdf", [[
            H1("SPINE SBRT PLAN REPORT - RE-IRRADIATION"),
            KeyValue([("Plan", "T8_REIRR_3FX (approved 08/17/2026)"), ("System", "HALDANE Spine Planner 6"),
                      ("Unit", "6 MV FFF gantry linac, 2.5 mm MLC, 6DoF couch"),
                      ("Immobilisation", "full-length vacuum cushion, arms up"),
                      ("Simulation", "CT myelogram 1 mm 08/11/2026; MRI T1/T2/STIR 08/10/2026 fused"),
                      ("Target", "PTV_T8 (vertebral body, left pedicle, epidural component), CTV per consensus"),
                      ("Prescription", "800 cGy x 3 = 2400 cGy, D90 >= 100%"),
                      ("Arcs", "2 VMAT arcs, 4210 MU per fraction")]),
            RuledTable([("Structure", "This course (3 fx)", "Prior course 2024 (10 fx)", "Cumulative EQD2 (a/b 2)", "Limit"),
                        ("Spinal cord Pmax", "1380 cGy", "3060 cGy", "45.2 Gy", "< 50 Gy"),
                        ("Cord PRV D0.03cc", "1510 cGy", "3100 cGy", "48.9 Gy", "record"),
                        ("Oesophagus D5cc", "1420 cGy", "2800 cGy", "-", "record")]),
            P("Physics: independent MU check within 1.4%; patient-specific QA gamma 98.8% (2%/2 mm). "
              "Quinton Larchmere-Abe, MS 08/18/2026"),
            sig("Eleanora Strickland-Obi, MD 08/17/2026"),
        ]], opts=dict(header=hdr(_c, 10, "DOB 09/27/1962"))),
        Doc("3_treatment_record.txt", text=f"""
CALDERWOOD SPINE ONCOLOGY PROGRAMME  -  TREATMENT RECORD  -  {patient(10)}  {mrn(10)}
Course: T8 SBRT re-irradiation (C2)                          printed 08/26/2026  page 1 of 1

Fx  Date        Setup / imaging                                   Dose (cGy)  Total (cGy)  Therapists
1   08/20/2026  vacuum cushion; CBCT, 6DoF, 1.2 mm; MD approved    800         800          KR / PW
2   08/24/2026  vacuum cushion; CBCT, 6DoF, 0.7 mm; MD approved    800         1600         KR / AD
3   08/26/2026  vacuum cushion; CBCT, 6DoF, 0.9 mm; MD approved    800         2400         PW / AD
Status: course complete, 3/3 fractions.
{FOOT}
"""),
        Doc("4_completion_letter.txt", text=f"""
CALDERWOOD SPINE ONCOLOGY PROGRAMME
D: 08/27/2026  T: 08/28/2026

Dr. Humphrey Valdez-Arkwright, Urology and Uro-oncology

RE: {patient(10)}   MRN {mrn(10)}

Dear Dr. Valdez-Arkwright,

Your patient completed his re-irradiation to T8 yesterday, twenty-seven gray in three fractions with stereotactic technique, treated every two to three days. He tolerated it well with mild transient dysphagia. His pain is already a little better. I will see him in six weeks with an MRI of the thoracic spine.

Yours sincerely,
Eleanora Strickland-Obi, MD
{FOOT}
"""),
    ])

# b36_11 -- ehr_text: fixed-width robotic record export, one target over L2-L3; 63621 claimed; no immobilisation device
add(name="b36_11", kind="ehr_text", codes=["G0339", "G0340", "77435", "63620", "63621"],
    facts=F("robotic_linac", ["spinal"], 1, 3, ["CT", "MRI"], []),
    lesions=[L("PTV_L2L3 contiguous L2-L3 metastasis (one target)", "spinal", None, 27, 3)],
    categories=cats(positioning=False),
    notes="Fixed-width record export from a robotic-arm linac: one target, PTV_L2L3, spanning the contiguous L2 "
          "and L3 vertebral bodies (stated as one contiguous lesion, one plan), 9 Gy x 3 = 27 Gy; spine tracking "
          "without fiducials; the patient lay on the standard couch pad, 'Immobilisation: none' (positioning "
          "unmet). CT + MRI. One spinal lesion: 63621 inconsistent, the rest fit.",
    docs=[Doc("b36_11.txt", text=f"""
================================================================================
 ASHBOURNE RIDGE RADIOSURGERY      TRAXIS-RV  Course Export            p. 1/1
 {patient(11)}    MRN {mrn(11)}    DOB 11/30/1949    printed 2026-11-06
================================================================================
 COURSE ........ C1 SPINE SBRT L2-L3              STATUS ..... COMPLETED
 DIAGNOSIS ..... C79.51 bone metastasis, renal cell carcinoma; epidural
                 extension at L2 abutting the thecal sac
 SYSTEM ........ robotic-arm mounted 6 MV linac, variable aperture collimator
 PLANNING ...... TRAXIS-PLAN 3.4, 188 non-isocentric beams
 TARGET ........ PTV_L2L3: single contiguous lesion involving the L2 and L3
                 vertebral bodies and the L2 right pedicle, one plan
 RX ............ 900 cGy x 3 = 2700 cGy, 76% isodose, coverage 94.6%
 TRACKING ...... spine tracking (orthogonal kV pair), no fiducials
 IMMOBILISATION  none - supine on the standard couch pad
 SIM CT ........ 2026-10-21 1.25 mm with myelogram contrast
 MRI ........... 2026-10-19 T1/T2/STIR, registered to sim CT
 CAUDA EQUINA .. Dmax 2190 cGy (limit 2400 cGy / 3 fx)
 QA ............ 2nd calc 1.3%; film gamma 97.0%   D. Ferreira-Quist MS
--------------------------------------------------------------------------------
 FX  DATE        BEAMS    MU       TRACK CORR (mm)  DOSE cGy  CUM cGy  STATUS
  1  2026-10-29  188/188  14 022   1.1              900       900      TREATED
  2  2026-10-31  188/188  14 022   0.8              900       1800     TREATED
  3  2026-11-03  188/188  14 023   1.4              900       2700     TREATED
--------------------------------------------------------------------------------
 SUMMARY: PTV_L2L3 2700 cGy in 3 fractions, 2026-10-29 to 2026-11-03.
 SIGNED: Cornelius Abernathy-Oduya MD 2026-11-03 16:20
================================================================================
{FOOT}
""")])

# b36_12 -- scan: dictated procedure note, C5 single fraction 16 Gy, head-and-shoulder mask; 77372/77432 claimed ----
_c = "MERCIA VALLEY GENERAL - RADIATION ONCOLOGY"
add(name="b36_12", kind="scan", codes=["77372", "77432", "63620"],
    facts=F("linac", ["spinal"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("C5 vertebral body metastasis", "spinal", None, 16, 1)],
    categories=cats(),
    notes="Dictated spine radiosurgery procedure note, printed and scanned at 200 dpi (no text layer): C5 "
          "vertebral body metastasis of thyroid carcinoma touching the ventral dura, sixteen gray in one "
          "fraction on a gantry linac with a head-and-shoulder thermoplastic mask, CT + MRI, CBCT with 6DoF "
          "couch, physics QA. Single fraction but spinal: 77372/77432 (single-session cranial) are "
          "inconsistent; delivery code 77373.",
    docs=[Doc("b36_12.pdf", [[
        P("MERCIA VALLEY GENERAL HOSPITAL - DEPARTMENT OF RADIATION ONCOLOGY"),
        P("SPINE RADIOSURGERY PROCEDURE NOTE"),
        P(f"PATIENT: {patient(12)}     MRN: {mrn(12)}     DATE OF SERVICE: 12/01/2026"),
        P("INDICATION: 71-year-old woman with radioiodine-refractory follicular thyroid carcinoma and a solitary "
          "progressive C5 vertebral body metastasis, 2.1 centimeters, extending to the posterior cortex and "
          "touching the ventral dura without cord compression. Neck pain only, no deficits. ECOG 1. No prior "
          "radiation to the cervical spine."),
        P("SIMULATION AND PLANNING: She was simulated on 11/20/2026 supine in a long head-and-shoulder "
          "thermoplastic mask. A 1 millimeter CT was fused with a cervical spine MRI from 11/18/2026 (T1, T2 and "
          "post contrast). The C5 vertebral body and right pedicle were contoured as the CTV with a 2 millimeter "
          "PTV margin. The prescription was sixteen gray in a single fraction to the PTV, with the cord maximum "
          "held at 11.8 gray. Two VMAT arcs, 6 MV flattening-filter-free. Physics completed an independent MU "
          "check and patient-specific QA with a passing result."),
        P("PROCEDURE: On 12/01/2026 she was positioned in her mask. Cone beam CT was matched to the planning CT "
          "on the vertebral bodies with a six degree-of-freedom couch correction and reviewed by me before "
          "treatment; a second cone beam CT after the first arc showed residual error under 1 millimeter. The "
          "single fraction of sixteen gray to C5 was delivered without interruption."),
        P("IMPRESSION: Single-fraction stereotactic radiosurgery to a C5 metastasis, 16 Gy in 1 fraction, "
          "tolerated well. Follow-up MRI in 3 months; continue lenvatinib per medical oncology."),
        P("Jago Pendleton-Ekwueme, MD"),
        P("D: 12/01/2026 15:10   T: 12/02/2026 08:31   Job 884120"),
    ]], opts=dict(header=hdr(_c, 12), scan=True, scan_dpi=200, font="Courier", page_numbers=None))])


# ==================================================================================================
# Body SBRT (5)
# ==================================================================================================

# b36_13 -- pdf: lung SBRT course printout, 48 Gy / 4; page 2 (fraction record) stored rotated -----------------------
_c, _s = "NORTHGATE CHEST & LUNG RADIOTHERAPY", "PELICAN Course Print 2.3"
add(name="b36_13", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 4, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe peripheral nodule (PTV_RUL)", "body", None, 48, 4)],
    categories=cats(),
    notes="Course printout of a peripheral right upper lobe adenocarcinoma (cT1c N0, inoperable) treated "
          "1200 cGy x 4 = 4800 cGy on a gantry linac, 4DCT (ITV) + PET/CT, vacuum cushion with abdominal "
          "compression plate; page 2, the landscape fraction record with CBCT shifts and a cumulative column, is "
          "stored rotated. Rib D1cc 41.2 Gy and a BED10 of 105.6 Gy are not the prescription.",
    docs=[Doc("b36_13.pdf", [[
        H1("SBRT COURSE PRINTOUT - THORAX"),
        KeyValue([("Course", "C1 RUL SBRT - completed"),
                  ("Diagnosis", "C34.11 adenocarcinoma right upper lobe, cT1c N0 M0, FEV1 41%, declined surgery"),
                  ("Unit", "6 MV gantry linac, 5 mm MLC"),
                  ("Planning system", "MARLOWE TPS 9, 2 partial VMAT arcs"),
                  ("Immobilisation", "vacuum cushion, wing board, abdominal compression plate"),
                  ("Motion management", "4DCT 01/06/2026, ITV from 10 phases, amplitude 4 mm with compression"),
                  ("PET/CT", "12/18/2025, fused for GTV"),
                  ("Prescription", "PTV_RUL 1200 cGy x 4 = 4800 cGy, 80% isodose; BED10 105.6 Gy")]),
        RuledTable([("Structure", "Metric", "Plan", "Limit (4 fx)"),
                    ("Chest wall / rib", "D1cc", "41.2 Gy", "record"),
                    ("Lungs - ITV", "V20", "5.1%", "< 10%"),
                    ("Brachial plexus", "D0.03cc", "9.6 Gy", "< 27.2 Gy"),
                    ("Spinal cord", "D0.03cc", "8.0 Gy", "< 26 Gy")]),
        P("Physics: independent MU check 0.9%; cylindrical diode array 99.0% (3%/2 mm). Approved "
          "01/09/2026 by Dr. Sebastiano Quarshie-Lund and Vesna Holbrook, MS."),
    ], [
        H2("Fraction record (landscape printout)"),
        RuledTable([("Fx", "Date", "Imaging", "Shift vert/long/lat (mm)", "Approved", "Dose (cGy)", "Cumulative (cGy)", "Status"),
                    ("1", "01/13/2026", "CBCT", "2.0 / -1.1 / 0.6", "SQL", "1200", "1200", "Treated"),
                    ("2", "01/15/2026", "CBCT", "1.4 / 0.3 / -0.9", "SQL", "1200", "2400", "Treated"),
                    ("3", "01/19/2026", "CBCT", "-0.8 / 1.7 / 0.2", "SQL", "1200", "3600", "Treated"),
                    ("4", "01/21/2026", "CBCT", "1.1 / -0.4 / 0.5", "SQL", "1200", "4800", "Treated")]),
        P("Course complete 01/21/2026: PTV_RUL 4800 cGy in 4 fractions. Grade 1 fatigue. CT chest in 3 months."),
        sig("Sebastiano Quarshie-Lund, MD 01/21/2026"),
    ]], opts=dict(header=banner(_c, _s, 13, "07/07/1944", "01/21/2026 17:20"), rotate={2: 90}))])

# b36_14 -- bundle: liver HCC on an MR-linac; consult 45 Gy / 3, delivered 40 Gy / 5; completion letter says 45/3 ----
_c = "RIVERSMEET HEPATOBILIARY ONCOLOGY"
add(name="b36_14", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("hepatocellular carcinoma segment VI", "body", None, 40, 5)],
    categories=cats(),
    contradiction="The completion letter says the liver lesion received forty-five gray in three fractions (the consult's proposal), while the adaptive plan summary and the session log give 40 Gy in 5 fractions of 8 Gy, completed on 03/30/2026.",
    notes="Four documents: a dictated consult proposing forty-five gray in three fractions to a 3.1 cm segment VI "
          "hepatocellular carcinoma (after TACE in 2025); an MR-linac adaptive plan summary where the hepatic "
          "flexure lay 6 mm from the PTV, so the plan became 8 Gy x 5 = 40 Gy; a session log of five sessions "
          "with daily MRI, adapt-to-shape and cine gating; a completion letter that repeats forty-five gray in "
          "three fractions (contradiction; gold 40 Gy / 5). MR-linac = gantry linac. Planning CT + MRI; vacuum bag.",
    docs=[
        Doc("1_consult.txt", text=f"""
RIVERSMEET HEPATOBILIARY ONCOLOGY - RADIATION ONCOLOGY NEW PATIENT
{patient(14)}   MRN {mrn(14)}   DOB 02/25/1953   Visit 02/23/2026
Dictated: Anastasia Fairclough-Nwosu, MD   Transcribed: 02/24/2026

HISTORY: 72-year-old man with hepatitis C cirrhosis, Child-Pugh A6, with a 3.1 centimeter hepatocellular carcinoma in segment VI. He had TACE to this lesion in June 2025 with partial response and now has regrowth with arterial enhancement and washout on MRI of 02/10/2026. He is not a transplant or resection candidate and the lesion sits against the hepatic flexure, so ablation was declined by interventional radiology. ECOG 1.

RECOMMENDATION: stereotactic body radiotherapy on our MR-guided linear accelerator, forty-five gray in three fractions of fifteen gray, with daily adaptive planning. If the bowel lies too close to the target on the simulation MRI we would spread the treatment over five fractions. Simulation in two weeks.

Anastasia Fairclough-Nwosu, MD
{FOOT}
"""),
        Doc("2_adaptive_plan_summary.pdf", [[
            H1("MR-LINAC ADAPTIVE SBRT - PLAN SUMMARY"),
            KeyValue([("Unit", "1.5 T MR-guided gantry linac, 7 MV FFF"), ("Planning system", "TIDEWAY Adaptive 5"),
                      ("Immobilisation", "indexed vacuum bag, arms on chest, knee wedge"),
                      ("Simulation", "CT with IV contrast 03/10/2026 (electron density); MRI on the unit 03/10/2026, T2 + 4D"),
                      ("Target", "GTV/PTV_LIV6, segment VI HCC 3.1 cm; PTV = GTV + 4 mm"),
                      ("Prescription", "800 cGy x 5 = 4000 cGy (changed from 3 fractions: hepatic flexure 6 mm from PTV)"),
                      ("Motion", "cine MRI gating on the GTV, boundary 3 mm")]),
            RuledTable([("OAR", "Limit (5 fx)", "Reference plan"),
                        ("Liver - GTV, 700 cc spared", "< 21 Gy", "yes (1010 cc < 21 Gy)"),
                        ("Duodenum D0.5cc", "< 35 Gy", "14.2 Gy"),
                        ("Colon D0.5cc", "< 38 Gy", "33.8 Gy"),
                        ("Right kidney Dmean", "< 10 Gy", "3.9 Gy")]),
            P("Reference plan check: independent dose calculation 1.3%; each adapted plan checked online with a "
              "secondary Monte Carlo calculation before delivery."),
            sig("Anastasia Fairclough-Nwosu, MD 03/12/2026; physics Bertrand Opoku-Lisle, PhD 03/12/2026"),
        ]], opts=dict(header=hdr(_c, 14))),
        Doc("3_session_log.txt", text=f"""
RIVERSMEET HEPATOBILIARY ONCOLOGY - TIDEWAY SESSION LOG - {patient(14)} {mrn(14)}

SESSION  DATE        DAILY MRI  WORKFLOW        ONLINE 2ND CALC  GATING   DOSE (cGy)  RUNNING (cGy)  STATUS
1        03/20/2026  yes        adapt-to-shape  0.9%             cine     800         800            delivered
2        03/23/2026  yes        adapt-to-position 1.2%           cine     800         1600           delivered
3        03/25/2026  yes        adapt-to-shape  0.7%             cine     800         2400           delivered
4        03/27/2026  yes        adapt-to-shape  1.0%             cine     800         3200           delivered
5        03/30/2026  yes        adapt-to-shape  0.8%             cine     800         4000           delivered

Course complete: 5/5 sessions, PTV_LIV6 4000 cGy.  Physician at console each session: A. Fairclough-Nwosu MD
{FOOT}
"""),
        Doc("4_completion_letter.txt", text=f"""
RIVERSMEET HEPATOBILIARY ONCOLOGY
D: 03/31/2026   T: 04/01/2026

Dr. Lysander Kowalczyk-Bray, Hepatology

RE: {patient(14)}, MRN {mrn(14)}

Dear Lysander,

Mr. Thirtysixpatient finished stereotactic radiotherapy to his segment six hepatocellular carcinoma on 03/30/2026, forty-five gray in three fractions on the MR linac with daily adaptation. He had mild fatigue and no right upper quadrant pain. Liver function tests on the last day were unchanged. I will see him with a liver MRI in three months.

With kind regards,
Anastasia Fairclough-Nwosu, MD
{FOOT}
"""),
    ])

# b36_15 -- bundle: prostate on a robotic-arm linac, 38 Gy / 4; dictated consult + treatment summary + letter -----
_c = "KINGSMERE UROLOGY AND RADIATION CENTRE"
add(name="b36_15", kind="bundle", codes=["G0339", "G0340", "77435", "77373"],
    facts=F("robotic_linac", ["body"], 1, 4, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("prostate (PTV_PROST)", "body", None, 38, 4)],
    categories=cats(),
    notes="Three documents: a dictated consult (numbers in words: 'thirty-eight gray in four fractions of "
          "nine and a half gray', an HDR-like schedule) for favourable intermediate-risk prostate cancer; a "
          "robotic-arm linac treatment summary printout (four gold fiducials, hydrogel spacer, CT + MRI, fiducial "
          "tracking, 950 cGy x 4); a completion letter. The spacer is not an immobilisation device. Urethra "
          "D0.03cc 39.6 Gy. G0339, G0340, 77435 and 77373 all fit a 4-fraction robotic course.",
    docs=[
        Doc("1_consult.txt", text=f"""
KINGSMERE UROLOGY AND RADIATION CENTRE - CONSULTATION
Patient {patient(15)}, MRN {mrn(15)}, seen 05/04/2026
Voice transcription, edited by author

Mr. Thirtysixpatient is a 68-year-old man referred by Dr. Ingleby with Gleason three plus four equals seven adenocarcinoma of the prostate in four of twelve cores, PSA six point four, clinical T1c, favourable intermediate risk, MRI PI-RADS four in the left peripheral zone with no extracapsular extension. IPSS nine. He does not want surgery and prefers a short course.

I have recommended stereotactic body radiotherapy on our robotic linear accelerator, thirty-eight gray in four fractions of nine and a half gray, a schedule that mimics high-dose-rate brachytherapy, every other day, without hormone therapy. Before simulation he will have four gold fiducial markers and a hydrogel rectal spacer placed by Dr. Ingleby, then a planning CT and MRI one week later.

Evangeline Marchbanks-Udeh, MD
{FOOT}
"""),
        Doc("2_treatment_summary.pdf", [[
            H1("ROBOTIC SBRT TREATMENT SUMMARY - PROSTATE"),
            KeyValue([("Unit", "robotic-arm mounted 6 MV linac, multileaf collimator"),
                      ("Planning system", "TRAXIS-PLAN 3.4"),
                      ("Fiducials", "4 gold markers, transperineal, 05/18/2026; all 4 used for tracking"),
                      ("Spacer", "hydrogel rectal spacer 05/18/2026"),
                      ("Simulation", "CT 1.25 mm 05/26/2026; MRI T2 axial 2 mm 05/26/2026, registered on markers"),
                      ("Prescription", "950 cGy x 4 = 3800 cGy to PTV_PROST (prostate + 2 mm, 0 mm posteriorly), urethra-sparing"),
                      ("Tracking", "fiducial tracking with kV pairs every 30-60 s")]),
            RuledTable([("Fx", "Date", "Beams", "Max correction (mm)", "Dose (cGy)", "Total (cGy)", "Status"),
                        ("1", "06/02/2026", "171/171", "2.2", "950", "950", "Treated"),
                        ("2", "06/04/2026", "171/171", "1.8", "950", "1900", "Treated"),
                        ("3", "06/08/2026", "171/171", "2.6", "950", "2850", "Treated"),
                        ("4", "06/10/2026", "171/171", "1.4", "950", "3800", "Treated")]),
            RuledTable([("OAR", "Metric", "Plan", "Limit"),
                        ("Urethra", "D0.03cc", "39.6 Gy", "< 40.9 Gy"),
                        ("Rectum", "D1cc", "30.2 Gy", "< 34 Gy"),
                        ("Bladder", "D10cc", "29.8 Gy", "< 36 Gy")]),
            P("Physics second check 05/29/2026: independent dose calculation 1.1%; film QA gamma 98.3% (3%/2 mm)."),
            sig("Evangeline Marchbanks-Udeh, MD 06/10/2026"),
        ]], opts=dict(header=banner(_c, "TRAXIS-RV", 15, "01/15/1958", "06/10/2026 14:00"))),
        Doc("3_letter.txt", text=f"""
KINGSMERE UROLOGY AND RADIATION CENTRE
06/12/2026

Dear Dr. Ingleby,

RE: {patient(15)}   MRN {mrn(15)}

Mr. Thirtysixpatient completed four fractions of stereotactic radiotherapy to the prostate on 06/10/2026, thirty-eight gray in total, with marker tracking. He has mild urinary frequency, IPSS twelve, and takes tamsulosin at night. PSA in three months please, and I will see him in six months.

Kind regards,
Evangeline Marchbanks-Udeh, MD
{FOOT}
"""),
    ])

# b36_16 -- bundle: pancreas SBRT 35 Gy / 5, Rx printout + plan report + record-and-verify list ---------------------
_c = "ST. BRIGID'S PANCREAS UNIT"
add(name="b36_16", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI", "PET"], ["body_immobilization", "fiducials"]),
    lesions=[L("pancreatic body adenocarcinoma (PTV_PANC)", "body", None, 35, 5)],
    categories=cats(),
    notes="Three printouts: a prescription for locally advanced pancreatic body adenocarcinoma after eight cycles "
          "of chemotherapy, 700 cGy x 5 = 3500 cGy with a simultaneous 'PTV_LOW 2500 cGy' level; a plan report "
          "with duodenum/stomach constraints; a record-and-verify list (cGy per fraction, cumulative, CBCT on "
          "fiducials, breath-hold). Fiducials + vacuum cushion, CT + MRI + PET. The gold counts the one "
          "tumour (PTV_PANC 35 Gy); PTV_LOW is its lower-dose margin, not a second lesion.",
    docs=[
        Doc("1_prescription.txt", text=f"""
ST. BRIGID'S PANCREAS UNIT | WREN-RX Prescription | {patient(16)} | {mrn(16)} | DOB 04/04/1961 | printed 10/05/2026

Rx ID      : RX-PANC-01 (approved 10/05/2026)
Diagnosis  : C25.1 adenocarcinoma body of pancreas, locally advanced (SMA abutment 180 deg), after 8 cycles mFOLFIRINOX
Intent     : consolidative SBRT
Target     : PTV_PANC (GTV + 3 mm)       700 cGy x 5 = 3500 cGy
             PTV_LOW 500 cGy x 5 = 2500 cGy, simultaneous, same fractions: lower-dose rim of the
                 same tumour at the SMA interface (one lesion, two dose levels)
Schedule   : 5 fractions over 2 weeks, not on consecutive days
Localise   : 3 EUS-placed gold fiducials (09/14/2026), end-expiration breath-hold, CBCT each fraction
Position   : vacuum cushion, arms up
Imaging    : CT sim with IV contrast 09/24/2026; MRI abdomen 09/23/2026; PET/CT 09/10/2026 - all registered
Physician  : Tiberius Ogundipe-Raines, MD
{FOOT}
"""),
        Doc("2_plan_report.pdf", [[
            H1("PLAN REPORT - PANC_SBRT_5FX"),
            KeyValue([("Unit", "6 MV FFF gantry linac, HD MLC"), ("Planning system", "WREN Planner 12, 2 VMAT arcs"),
                      ("Isocentre", "ISO_PANC, 1"), ("Breath-hold", "surface-monitored end-expiration, gate 2 mm")]),
            RuledTable([("Target", "Dose/fx", "Fx", "Total", "D95", "Dmax"),
                        ("PTV_PANC", "700 cGy", "5", "3500 cGy", "3490 cGy", "3920 cGy"),
                        ("PTV_LOW", "500 cGy", "5", "2500 cGy", "2510 cGy", "-")]),
            RuledTable([("OAR", "Limit (5 fx)", "Plan"),
                        ("Duodenum D0.5cc", "< 35 Gy", "31.8 Gy"),
                        ("Stomach D0.5cc", "< 35 Gy", "29.7 Gy"),
                        ("Jejunum D0.5cc", "< 35 Gy", "24.1 Gy"),
                        ("Spinal cord D0.03cc", "< 25 Gy", "10.3 Gy")]),
            P("Second check: independent MU 1.5%; measured QA gamma 97.7% (3%/2 mm). Physics: Rowena Kettleby, MS, 10/06/2026."),
        ]], opts=dict(header=banner(_c, "WREN Planner 12", 16, "04/04/1961", "10/06/2026 09:30"))),
        Doc("3_rv_list.pdf", [[
            H1("WREN-RV DELIVERED TREATMENT LIST"),
            RuledTable([("Date", "Fx", "Imaging", "Fiducial match", "PTV_PANC (cGy)", "Cum. (cGy)", "Status"),
                        ("10/08/2026", "1", "CBCT breath-hold", "1.6 mm", "700", "700", "Done"),
                        ("10/10/2026", "2", "CBCT breath-hold", "2.1 mm", "700", "1400", "Done"),
                        ("10/13/2026", "3", "CBCT breath-hold", "1.2 mm", "700", "2100", "Done"),
                        ("10/15/2026", "4", "CBCT breath-hold", "1.9 mm", "700", "2800", "Done"),
                        ("10/17/2026", "5", "CBCT breath-hold", "1.3 mm", "700", "3500", "Done")]),
            P("Course completed 10/17/2026: PTV_PANC 3500 cGy / 5 fractions (PTV_LOW 2500 cGy). Images reviewed and "
              "approved before each beam-on by the attending."),
            sig("Tiberius Ogundipe-Raines, MD 10/17/2026"),
        ]], opts=dict(header=banner(_c, "WREN-RV", 16, "04/04/1961", "10/17/2026 16:45"))),
    ])

# b36_17 -- pdf: EHR oligometastatic course table: lung, adrenal and iliac bone in the same five sessions ----------
_c, _s = "CROFTON LEA CANCER HOSPITAL", "MEDORA EHR - Radiation Course Report"
add(name="b36_17", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 3, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left lower lobe nodule (PTV1_LLL)", "body", None, 50, 5), L("left adrenal (PTV2_LADR)", "body", None, 40, 5),
             L("right iliac bone (PTV3_RILIAC)", "body", None, 35, 5)],
    categories=cats(),
    notes="EHR course report for an oligometastatic colorectal cancer: three body targets treated in the same "
          "five sessions on a gantry linac (left lower lobe 1000 cGy x 5, left adrenal 800 cGy x 5, right "
          "iliac bone 700 cGy x 5), one course, 4DCT + PET/CT, full-body vacuum cushion; per-target columns in the "
          "fraction table; a resected liver metastasis (2025) and the primary (sigmoid, 2024) are history.",
    docs=[Doc("b36_17.pdf", [[
        H1("RADIATION COURSE REPORT"),
        KeyValue([("Course", "C1 OLIGO SABR (3 sites) - Completed 11/20/2026"),
                  ("Diagnosis", "C78.02 / C79.71 / C79.51 oligometastatic sigmoid adenocarcinoma (primary resected 2024; liver metastasectomy 2025)"),
                  ("Performance status", "ECOG 0; 3 metastases, no other disease on PET/CT"),
                  ("Unit", "6 MV gantry linac, CBCT"), ("Planning system", "MEDORA Plan 7, 3 isocentres, VMAT"),
                  ("Immobilisation", "full-body vacuum cushion, arms up"),
                  ("Imaging", "4DCT 11/02/2026 (ITV for PTV1/PTV2); PET/CT 10/26/2026 fused")]),
        RuledTable([("Target", "Site", "Dose/fx", "Fx", "Total", "Isodose"),
                    ("PTV1_LLL", "left lower lobe nodule 1.4 cm", "1000 cGy", "5", "5000 cGy", "80%"),
                    ("PTV2_LADR", "left adrenal 2.3 cm", "800 cGy", "5", "4000 cGy", "80%"),
                    ("PTV3_RILIAC", "right iliac bone 2.8 cm", "700 cGy", "5", "3500 cGy", "85%")]),
        RuledTable([("Date", "Fx", "CBCT (all isocentres)", "PTV1 (cGy)", "PTV2 (cGy)", "PTV3 (cGy)", "Status"),
                    ("11/10/2026", "1", "approved", "1000", "800", "700", "Treated"),
                    ("11/12/2026", "2", "approved", "1000", "800", "700", "Treated"),
                    ("11/16/2026", "3", "approved", "1000", "800", "700", "Treated"),
                    ("11/18/2026", "4", "approved", "1000", "800", "700", "Treated"),
                    ("11/20/2026", "5", "approved", "1000", "800", "700", "Treated"),
                    ("Total", "5", "", "5000", "4000", "3500", "Complete")]),
        RuledTable([("OAR", "Metric", "Plan", "Limit (5 fx)"),
                    ("Stomach", "D0.5cc", "24.8 Gy", "< 35 Gy"), ("Left kidney", "Dmean", "5.9 Gy", "< 10 Gy"),
                    ("Bowel", "D0.5cc", "27.1 Gy", "< 35 Gy"), ("Lungs", "V20", "3.8%", "< 10%")]),
        P("Physics: independent MU calculation per isocentre within 2%; patient-specific QA 3/3 plans pass "
          "(97.2-98.6%). Delphine Aku-Ravensworth, MS 11/06/2026"),
        sig("Augustin Fellowes-Mbatha, MD 11/20/2026"),
    ]], opts=dict(header=banner(_c, _s, 17, "12/09/1964", "11/20/2026 18:02")))])


# ==================================================================================================
# Hard negatives and a near-miss (3)
# ==================================================================================================

# b36_18 -- pdf: prior-authorisation request form + payer approval for cranial SRS; nothing delivered yet ----------
_c, _s = "ORMSKIRK HEIGHTS RADIATION ONCOLOGY", "PAYGATE Authorisation Desk"
add(name="b36_18", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a prior-authorisation request form for single-fraction linac radiosurgery to two brain "
          "metastases (planned 20 Gy each, mask, CT + MRI to be done at simulation) with the requested codes, and "
          "the payer's approval page with an authorisation window. The diagnostic MRI is the reason for the "
          "request, not planning. Nothing was delivered: facts empty, every category unmet, every code "
          "inconsistent.",
    docs=[Doc("b36_18.pdf", [[
        H1("PRIOR AUTHORISATION REQUEST - RADIATION THERAPY"),
        KeyValue([("Request date", "07/21/2026"), ("Member", f"{patient(18)}  (MRN {mrn(18)})"),
                  ("Ordering physician", "Cassius Thornbury-Afolabi, MD, Radiation Oncology"),
                  ("Diagnosis", "C79.31 brain metastases; C50.912 breast carcinoma, left"),
                  ("Clinical summary", "Two new brain metastases on diagnostic MRI 07/14/2026 (left frontal 1.2 cm, "
                                       "right cerebellar 0.9 cm). KPS 90, extracranial disease controlled on "
                                       "trastuzumab. No prior brain radiation."),
                  ("Requested treatment", "Stereotactic radiosurgery, single fraction, gantry linac, frameless mask; "
                                          "planned 20 Gy to each lesion"),
                  ("Planned start", "week of 08/03/2026 (simulation CT and planning MRI to be scheduled after approval)")]),
        RuledTable([("Code", "Description (requested)", "Units"),
                    ("77263", "treatment planning, complex", "1"), ("77290", "simulation, complex", "1"),
                    ("77372", "SRS delivery, linac, single session", "1"), ("77432", "SRS management", "1"),
                    ("61796 / 61797", "radiosurgery, first / additional simple lesion", "1 / 1")]),
        P("Attestation: the information above is accurate to the best of my knowledge."),
        sig("Cassius Thornbury-Afolabi, MD 07/21/2026"),
    ], [
        H1("AUTHORISATION DECISION"),
        KeyValue([("Reference", "PA-2026-0729-44817"), ("Decision", "APPROVED as requested"),
                  ("Valid", "07/24/2026 - 10/22/2026"),
                  ("Note", "Approval is not a guarantee of payment. Submit treatment records with the claim.")]),
        P("This page was faxed to the practice on 07/24/2026. No treatment has been recorded against this "
          "authorisation."),
    ]], opts=dict(header=banner(_c, _s, 18, "03/17/1970", "07/24/2026 10:12"), font="Times-Roman"))])

# b36_19 -- bundle: central lung 60 Gy in 8 fractions of 7.5 Gy (stereotactic technique, more than 5 fractions) -----
_c = "BELLWEATHER COAST ONCOLOGY"
add(name="b36_19", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 8, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left hilar / central left upper lobe tumour (PTV_C)", "body", None, 60, 8)],
    categories=cats(),
    notes="Near-miss: a dictated completion letter and a treatment summary for a central left upper lobe tumour "
          "treated with stereotactic technique but sixty gray in eight fractions of seven and a half gray "
          "(a risk-adapted central schedule), gantry linac, 4DCT + PET/CT, vacuum cushion, daily CBCT. More than "
          "five fractions: the claimed 77373/77435 are inconsistent and there is no delivery code; the documents "
          "themselves call it 'SABR'.",
    docs=[
        Doc("1_completion_letter.txt", text=f"""
BELLWEATHER COAST ONCOLOGY - Radiation Oncology
Dictated 04/30/2026, transcribed 05/01/2026 (Meridian Scribe 7731)

Dr. Philomena Agbaje-Stroud, Respiratory Medicine

RE: {patient(19)}   MRN {mrn(19)}   DOB 10/10/1947

Dear Philomena,

Thank you for referring Mr. Thirtysixpatient, who has now completed stereotactic ablative radiotherapy to his central left upper lobe squamous cell carcinoma, cT2a N0. Because the tumour lies within two centimeters of the left main bronchus we used a risk-adapted central schedule of sixty gray in eight fractions of seven and a half gray, treated on alternate weekdays from 04/14 to 04/29/2026, rather than the usual three or five fraction regimens. He had planning with a four-dimensional CT and his staging PET/CT, was immobilised in a vacuum cushion and had cone beam CT before every fraction.

He had mild oesophagitis in the last week that settled with antacids. I will see him in six weeks and arrange a CT chest at three months.

Yours sincerely,
Valentin Ashworth-Mensah, MD
{FOOT}
"""),
        Doc("2_treatment_summary.pdf", [[
            H1("TREATMENT SUMMARY - SABR LUNG (CENTRAL)"),
            KeyValue([("Unit", "6 MV gantry linac, 5 mm MLC"), ("Planning", "KESTREL Plan 4, 2 VMAT arcs"),
                      ("Imaging", "4DCT 04/06/2026 (ITV); PET/CT 03/24/2026 fused"),
                      ("Immobilisation", "vacuum cushion, arms up"),
                      ("Prescription", "750 cGy x 8 = 6000 cGy to PTV_C, 80% isodose"),
                      ("IGRT", "CBCT before every fraction, approved by physician"),
                      ("QA", "independent MU 1.0%; diode array 98.4%"),
                      ("Dates", "04/14/2026 - 04/29/2026, 8 of 8 fractions delivered")]),
            RuledTable([("OAR", "Metric", "Plan", "Limit (8 fx)"),
                        ("Proximal bronchial tree", "D0.03cc", "52.1 Gy", "< 60 Gy"),
                        ("Oesophagus", "D0.03cc", "40.3 Gy", "< 45 Gy"),
                        ("Heart", "D0.03cc", "31.5 Gy", "< 50 Gy")]),
            P("Summary: PTV_C 6000 cGy in 8 fractions completed 04/29/2026."),
            sig("Valentin Ashworth-Mensah, MD 04/29/2026"),
        ]], opts=dict(header=hdr(_c, 19))),
    ])

# b36_20 -- bundle: frame placed and stereotactic MRI done, radiosurgery abandoned (leptomeningeal disease); nothing delivered
_c = "HALCOMBE NEURO-ONCOLOGY ASSOCIATES"
add(name="b36_20", kind="bundle", codes=["77371", "77432", "61796", "61800"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a dictated procedure note in which the stereotactic frame was applied and the "
          "treatment-day stereotactic MRI showed diffuse leptomeningeal enhancement, so cobalt radiosurgery to the "
          "three planned metastases (20/20/18 Gy) was abandoned before any plan was approved and the frame was "
          "removed; a nursing discharge note; a letter recommending whole-brain or craniospinal options instead. "
          "No radiation delivered: facts empty, every category unmet, every code inconsistent (61800 included: "
          "a frame without radiosurgery).",
    docs=[
        Doc("1_procedure_note.txt", text=f"""
HALCOMBE NEURO-ONCOLOGY ASSOCIATES - RADIOSURGERY SUITE
PROCEDURE NOTE - ABANDONED PROCEDURE
Patient: {patient(20)}   MRN: {mrn(20)}   DOB 12/02/1963   Date: 09/08/2026
Dictated: Octavian Ferreira-Lowell, MD   D: 09/08/2026 13:05   T: 09/08/2026 16:40   Job 62-0917

PLANNED PROCEDURE: stereotactic head frame placement and single-session cobalt radiosurgery to three brain metastases (left frontal, right parietal and left cerebellar; planned twenty, twenty and eighteen gray).

WHAT WAS DONE: The stereotactic frame was applied at 07:10 under local anaesthesia without difficulty. The stereotactic MRI with the fiducial box, T1 post contrast 1 mm, showed, besides the three known metastases, new diffuse linear enhancement along the cerebellar folia and the surface of both temporal lobes, and nodular enhancement of the cauda equina on the screening sagittal sequence, in keeping with leptomeningeal disease that was not present on the 08/19/2026 MRI. After discussion with Dr. Ashdown of neurosurgery, the patient and her husband, radiosurgery was abandoned: focal treatment would not address leptomeningeal spread. No treatment plan was approved and no radiation was given. The frame was removed at 09:25; the pin sites were dressed.

PLAN: lumbar puncture for cytology this week; discuss whole-brain versus craniospinal radiotherapy and intrathecal options at tumour board on 09/10/2026.

Octavian Ferreira-Lowell, MD, Radiation Oncology
Co-signed: Remus Ashdown, MD, Neurosurgery 09/08/2026
{FOOT}
"""),
        Doc("2_nursing_discharge.txt", text=f"""
HALCOMBE NEURO-ONCOLOGY ASSOCIATES - NURSING DISCHARGE NOTE   09/08/2026 10:05
{patient(20)}   {mrn(20)}

Frame removed 09:25 by Dr. Ashdown; four pin sites clean, small dressing, no bleeding. Vital signs stable. Procedure cancelled after MRI - no radiation treatment given today. Patient and husband given written instructions; Dr. Ferreira-Lowell will call with the LP date. Discharged home 10:00 with husband.
K. Mwangi-Pryor, RN
{FOOT}
"""),
        Doc("3_letter.pdf", [[
            P("Halcombe Neuro-Oncology Associates - 7 Chapel Yard"),
            P("09/11/2026"),
            P("Dr. Aurelia Mbeki-Carstairs, Medical Oncology"),
            P("RE: " + patient(20) + "   MRN " + mrn(20)),
            P("Dear Aurelia,"),
            P("I am sorry to report that we could not proceed with radiosurgery for Mrs. Thirtysixpatient on "
              "09/08/2026. The treatment-day MRI under the frame showed leptomeningeal disease in addition to the "
              "three metastases, and focal radiosurgery would no longer be appropriate. Cerebrospinal fluid "
              "cytology from 09/09 is pending. The tumour board on 09/10 favoured whole-brain radiotherapy, and "
              "I will see her on 09/15 to discuss it; osimertinib at the higher dose is an option you may wish "
              "to consider in parallel."),
            P("With best wishes,"),
            sig("Octavian Ferreira-Lowell, MD 09/11/2026"),
        ]], opts=dict(header=hdr(_c, 20), font="Times-Roman")),
    ])


CORPUS = Corpus("blind_corpus36", "tests/blind_corpus36", CHARTS, pdf_options={"footer": FOOT, "font": "Helvetica"},
                hand_written=["README.md", "FIRST_RUN.md"])
