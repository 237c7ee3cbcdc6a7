"""Seventieth blind corpus, ``tests/blind_corpus70/`` (regenerate: ``python scripts/make_corpus.py blind_corpus70``).

Twenty courses as they arrive at a coding desk: fourteen multi-document bundles (2-6 files, .pdf and .txt mixed,
4-8 pages) running consult -> simulation / frame procedure note -> plan report or prescription -> treatment
record / session log -> completion summary -> follow-up letter, in varied order and under file names that do not
always say what they hold, and six single documents (printouts and dictations). What changes between documents
changes as it does in practice: lesions numbered in the consult, named by anatomy in the plan and by plan or
structure ID in the record; a lesion added or dropped after the planning MRI; a dose de-escalated; a fraction
count changed; a course stopped early or interrupted; a mid-course re-plan; earlier courses in the history.
Two bundles carry a scanned file (one faxed at low resolution with speckle, one skewed), one chart is a
two-column page, several bundles open with a fax or coding cover sheet, and one page repeats the previous
document's header. Every clinic, clinician and system is invented. Three charts contradict themselves
(``review_expected``); the gold follows the treatment record.

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (letters and exports are deliberately one long line per paragraph or record)

from __future__ import annotations

from pdfmaker import ColumnBreak, KeyValue, Paragraph, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ADELINE", "BARNABY", "CORDELIA", "DESMOND", "EVANGELINE", "FLETCHER", "GWENDOLYN", "HORATIO",
         "ISADORA", "JASPER", "KATRINA", "LEOPOLD", "MARISOL", "NATHANIEL", "OCTAVIA", "PERCIVAL", "QUENTIN",
         "ROSALIND", "SEBASTIAN", "THEODORA"]


def patient(n: int) -> str:
    return f"SEVENTYPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-700{n:02d}"


def banner(clinic: str, what: str, n: int, dob: str) -> list[str]:
    return [f"{clinic} - {what}", f"{patient(n)}   MRN {mrn(n)}   DOB {dob}"]


def fax(sender: str, number: str, stamp: str, page: str) -> str:
    return f"{stamp}  FROM: {sender}  FAX {number}  TO: HIM / Coding  {page}"


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# f70_01 -- bundle (4 files, 5 pages): consult numbers 3 lesions, frame-day MRI adds a 4th; cobalt-60 single session --
_c = "BRIARWOOD VALLEY NEUROSCIENCE INSTITUTE"
add(name="f70_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right frontal (consult #1)", "cranial", S, 20, 1), L("left occipital (consult #2)", "cranial", S, 20, 1),
             L("right cerebellar (consult #3)", "cranial", S, 18, 1), L("left insular (new on frame-day MRI)", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Four-file bundle, files named by the scanner and not in date order: the treatment record and completion "
          "note come first, then the plan report (2 pages, the second repeating the target table's header), then the "
          "frame-day procedure note and the consult last. The consult numbers three metastases (#1-#3); the "
          "stereotactic MRI on the day shows a fourth (4 mm left insula), added to the plan. The plan names them by "
          "anatomy, the record by shot-group IDs (GRP_A..GRP_D). Single session on a cobalt-60 unit under a head "
          "frame, 20/20/18/20 Gy at the 50% isodose (the record gives cGy). Four simple lesions.",
    docs=[
        Doc("scan_0412.txt", text=f"""
BRIARWOOD VALLEY NEUROSCIENCE INSTITUTE          RADIOSURGERY TREATMENT RECORD / COMPLETION NOTE
Patient: {patient(1)}   MRN: {mrn(1)}   DOB: 1958-03-22   Unit: multi-source cobalt-60 radiosurgery unit (bay 2)
Treatment date: 2026-09-14      Session 1 of 1      Record system: OAKLEDGER-RT 5 (invented)

Group   Target (plan name)          Shots   Rx (cGy)   Isodose   Beam-on (min)   Status
GRP_A   R_FRONTAL                   4       2000       50%       11.4            delivered
GRP_B   L_OCCIPITAL                 2       2000       50%       6.9             delivered
GRP_C   R_CEREBELLAR                7       1800       50%       19.2            delivered
GRP_D   L_INSULA                    1       2000       50%       3.1             delivered
Total beam-on 40.6 min. Frame coordinates verified with the frame adapter check before first shot (deviation 0.2 mm).

COMPLETION NOTE (attending): Leksell-type head frame placed 07:10 under local anesthesia by Dr Quayle. Stereotactic MRI
and CT obtained and fused. Four metastases treated in a single session; a fourth lesion not seen on the outside MRI
of 2026-08-30 was identified on today's stereotactic MRI (4 mm, left insula) and treated at 20 Gy after discussion
with the patient's wife in the waiting room. Frame removed 12:40, pin sites dressed, no bleeding. Discharged home
with dexamethasone taper. MRI in 8 weeks.
Signed: Dr Perpetua Hollingsworth, MD, Radiation Oncology  2026-09-14 13:05
{FOOT}
"""),
        Doc("scan_0413.pdf", [[
            H1("Radiosurgery Plan Report"),
            KeyValue([("Planning system", "CINDERCONE-GP 11.2 (invented)"), ("Plan", "BVNI-GK-0914 approved 11:52"),
                      ("Fixation", "stereotactic head frame, 4 pins"),
                      ("Imaging", "stereotactic MRI T1 MPRAGE post-gadolinium 1 mm; stereotactic CT 1 mm; co-registered"),
                      ("Prescription", "single fraction, dose to the 50% isodose line")]),
            RuledTable([("Target", "Location", "Max diam (mm)", "Vol (cc)", "Rx dose (Gy)", "IDL", "Coverage", "Shots"),
                        ("1", "Right frontal", "13", "0.88", "20.0", "50%", "99%", "4"),
                        ("2", "Left occipital", "8", "0.24", "20.0", "50%", "100%", "2"),
                        ("3", "Right cerebellar hemisphere", "16", "1.71", "18.0", "50%", "98%", "7"),
                        ("4", "Left insula (new today)", "4", "0.03", "20.0", "50%", "100%", "1")]),
            P("Paddick conformity index 0.81 / 0.78 / 0.84 / 0.69. Gradient index 2.7-3.1."),
        ], [
            Paragraph("Radiosurgery Plan Report (continued) - BVNI-GK-0914", bold=True),
            H2("Organs at risk"),
            RuledTable([("Structure", "Max point dose (Gy)", "Limit"), ("Brainstem", "7.1", "15"), ("Optic chiasm", "1.8", "8"),
                        ("Right cochlea", "2.2", "4"), ("Brain V12 Gy", "4.6 cc", "10 cc")]),
            P("Prescription approved by the radiation oncologist and the neurosurgeon; physics second check complete."),
            sig("Dr Perpetua Hollingsworth (Radiation Oncology) 11:55; Dr Ambrose Quayle (Neurosurgery) 11:57; T. Vance, MS, DABR 12:01"),
        ]], opts=dict(header=banner(_c, "Gamma Radiosurgery", 1, "03/22/1958"))),
        Doc("scan_0414.pdf", [[
            H1("Procedure Note - Stereotactic Frame Application"),
            KeyValue([("Date", "09/14/2026"), ("Surgeon", "Ambrose Quayle, MD, Neurosurgery"),
                      ("Procedure", "Application of stereotactic head frame for radiosurgery"),
                      ("Anesthesia", "Local (1% lidocaine with bicarbonate), oral lorazepam 1 mg")]),
            P("The frame was positioned with the ear bars and fixed with four pins, anterior pins above the orbital rims. "
              "The patient tolerated it well. He was taken for stereotactic MRI with fiducial box and then stereotactic CT. "
              "The MRI shows the three known lesions and a new punctate (4 mm) enhancing focus in the left insula, consistent "
              "with a fourth metastasis; this will be included in the plan."),
            P("Estimated blood loss: minimal. Complications: none."),
            sig("Ambrose Quayle, MD 09/14/2026 08:05"),
        ]], opts=dict(header=banner(_c, "Neurosurgery", 1, "03/22/1958"))),
        Doc("scan_0415.txt", text=f"""
BRIARWOOD VALLEY NEUROSCIENCE INSTITUTE - RADIATION ONCOLOGY CONSULTATION
Date of service: 09/02/2026
Patient: {patient(1)}    MRN: {mrn(1)}    DOB: 03/22/1958
Referring: Dr L. Okonkwo-Baines, Medical Oncology

HPI: 68-year-old man with stage IV lung adenocarcinoma (KRAS G12C) on second-line therapy. Brain MRI 08/30/2026 for
word-finding difficulty shows three enhancing metastases:
  #1 right frontal, 12 mm, mild edema
  #2 left occipital, 7 mm
  #3 right cerebellar, 15 mm, no hydrocephalus
No prior brain radiation. KPS 80. Extracranial disease stable on CT 08/2026.

Assessment/Plan: Three brain metastases, all under 2 cm and away from critical structures. I recommend single-session
stereotactic radiosurgery on the cobalt-60 unit with frame fixation: 20 Gy to #1 and #2 and 18 Gy to #3 (posterior fossa,
larger). Whole-brain RT discussed and not recommended. Consent obtained; frame day scheduled 09/14/2026 with Dr Quayle.

Perpetua Hollingsworth, MD
{FOOT}
"""),
    ])

# f70_02 -- bundle (4 files, 5 pages): seven lesions in the consult, one gone on the planning MRI; six treated, one pontine --
_c = "CEDAR HOLLOW CANCER PAVILION"
add(name="f70_02", kind="bundle", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 6, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal (A)", "cranial", S, 20, 1), L("left parietal (B)", "cranial", S, 20, 1),
             L("right temporal (C)", "cranial", S, 18, 1), L("left cerebellar (D)", "cranial", S, 20, 1),
             L("pons (F)", "cranial", C, 15, 1), L("right occipital (G)", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Consult (dictated) lists seven metastases A-G; the planning MRI twelve days later no longer shows E "
          "(left frontal 3 mm, resolved on osimertinib), so six are planned and treated in one session with a "
          "single-isocentre multi-target linac plan (mask, CBCT plus surface guidance). The plan report names PTVs "
          "by letter and anatomy, the treatment record by plan structure IDs (PTV_01..PTV_06) with a legend. "
          "The pontine lesion is within the brainstem (complex, de-escalated to 15 Gy): 61798 + 61797 fit.",
    docs=[
        Doc("1_consult_dictation.txt", text=f"""
CEDAR HOLLOW CANCER PAVILION - Department of Radiation Oncology
Dictated consultation   Dictated: 10/05/2026 by Dr. Hyacinth Moreno-Platt   Transcribed: 10/06/2026 mq

Patient {patient(2)}, medical record number {mrn(2)}, date of birth 11/19/1966.

History: This is a fifty-nine year old woman with EGFR exon nineteen lung adenocarcinoma who was recently started on
osimertinib. Screening MRI of the brain on October first shows seven small metastases, which I will refer to as A
through G: A right frontal ten millimeters, B left parietal eight millimeters, C right temporal fourteen millimeters,
D left cerebellar six millimeters, E left frontal three millimeters, F pons five millimeters, and G right occipital
nine millimeters. She is neurologically intact apart from mild headaches.

Impression and recommendation: Multiple brain metastases, seven in number, none larger than one and a half centimeters.
Given her excellent performance status and a targeted agent with CNS activity, I recommended single-fraction
stereotactic radiosurgery to all lesions rather than whole brain. The pontine lesion will need a reduced dose, probably
fifteen gray. We will make a mask and obtain a thin-slice planning MRI and CT. If any lesion has resolved by planning
we will not treat it. Risks including radiation necrosis, seizure and steroid need were discussed and she wishes to proceed.

{FOOT}
"""),
        Doc("2_SRS_plan.pdf", [[
            H1("Stereotactic Radiosurgery Plan Summary"),
            KeyValue([("Plan ID", "SRS_MULTI_1 (approved 10/21/2026)"), ("Planning system", "WILLOWMERE TPS 8 (invented)"),
                      ("Machine", "6 MV FFF gantry linac, 5 mm / 2.5 mm HD MLC"), ("Technique", "single isocenter, 5 non-coplanar dynamic conformal arcs"),
                      ("Immobilization", "3-point thermoplastic SRS mask (made 10/16/2026)"),
                      ("Imaging", "CT simulation 1 mm 10/16/2026; MRI brain 3D T1 + contrast 10/17/2026, fused")]),
            P("Planning MRI of 10/17/2026 compared with the 10/01/2026 study: lesion E (left frontal, 3 mm) is no longer "
              "visible; not contoured. All other lesions stable or slightly smaller."),
            RuledTable([("PTV", "Lesion", "Diameter", "Rx (Gy)", "Rx IDL", "V100%", "Dmax (Gy)"),
                        ("PTV_A", "R frontal", "9 mm", "20", "80%", "99.1%", "25.0"),
                        ("PTV_B", "L parietal", "8 mm", "20", "80%", "98.7%", "25.0"),
                        ("PTV_C", "R temporal", "13 mm", "18", "80%", "99.4%", "22.5"),
                        ("PTV_D", "L cerebellar", "6 mm", "20", "80%", "98.9%", "25.0"),
                        ("PTV_F", "Pons", "5 mm", "15", "80%", "97.8%", "18.8"),
                        ("PTV_G", "R occipital", "9 mm", "20", "80%", "99.6%", "25.0")]),
        ], [
            H2("Normal tissue"),
            RuledTable([("OAR", "Metric", "Value", "Constraint"), ("Brainstem", "D0.03cc", "15.9 Gy", "< 16 Gy (accepted, lesion within)"),
                        ("Optic chiasm", "D0.03cc", "2.4 Gy", "< 8 Gy"), ("Brain - GTVs", "V12Gy", "6.2 cc", "< 10 cc")]),
            P("Physician note: F is intrinsic to the pons; 15 Gy chosen per consult. Isocenter placed at the geometric "
              "center of all targets; maximum target-to-isocenter distance 6.1 cm."),
            sig("Hyacinth Moreno-Platt, MD 10/21/2026; physics check R. Delacroix-Boone, PhD 10/21/2026"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 2, "11/19/1966"))),
        Doc("3_record.pdf", [[
            H1("Treatment Delivery Record"),
            P("Record system: TALLGRASS R&V 3 (invented). Course C1, plan SRS_MULTI_1, 1 fraction."),
            RuledTable([("Date", "Fx", "Field", "MU", "Image guidance", "Shift (mm)", "Therapist")]
                       + [("10/23/2026", "1", f"ARC{i}", mu, "CBCT + SGRT" if i == 1 else "SGRT", "0.6/0.3/0.4" if i == 1 else "-", "KJ/ML")
                          for i, mu in ((1, "1,204"), (2, "1,176"), (3, "998"), (4, "1,011"), (5, "1,087"))]),
            P("Structure legend: PTV_01 = PTV_A (R frontal); PTV_02 = PTV_B (L parietal); PTV_03 = PTV_C (R temporal); "
              "PTV_04 = PTV_D (L cerebellar); PTV_05 = PTV_F (pons); PTV_06 = PTV_G (R occipital)."),
            RuledTable([("Structure", "Planned (cGy)", "Delivered (cGy)"), ("PTV_01", "2000", "2000"), ("PTV_02", "2000", "2000"),
                        ("PTV_03", "1800", "1800"), ("PTV_04", "2000", "2000"), ("PTV_05", "1500", "1500"), ("PTV_06", "2000", "2000")]),
            P("Treatment complete 10/23/2026 11:48. Patient tolerated well."),
        ]], opts=dict(header=banner(_c, "Treatment Record", 2, "11/19/1966"))),
        Doc("4_note.txt", text=f"""
CEDAR HOLLOW CANCER PAVILION  --  RADIATION ONCOLOGY  --  TREATMENT SUMMARY
{patient(2)} / {mrn(2)} / DOB 11/19/1966

Course: stereotactic radiosurgery, single fraction, 10/23/2026, 6 MV FFF gantry linac, frameless mask.
Treated: six brain metastases (A, B, C, D, F, G) - 20 Gy to A, B, D and G, 18 Gy to C, 15 Gy to the pontine lesion F.
Not treated: E (left frontal), not visible on the planning MRI of 10/17/2026.
Image guidance: CBCT with 6-degree-of-freedom couch correction and continuous surface monitoring; no intrafraction
motion above 1 mm.
Follow-up: MRI brain in 6-8 weeks; continue osimertinib with Dr Nakagawa-Reyes.

Electronically signed by Hyacinth Moreno-Platt, MD on 10/23/2026 14:20
{FOOT}
"""),
    ])

# f70_03 -- bundle (3 files, 4 pages): schwannoma, consult 25 Gy/5, tumour board changes it to 18 Gy/3, robotic arm --
_c = "HARBORVIEW HEIGHTS RADIOSURGERY CENTER"
add(name="f70_03", kind="bundle", codes=["G0339", "G0340", "77435", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("right vestibular schwannoma", "cranial", C, 18, 3)],
    categories=cats(),
    notes="Three files: the physician's consult (recommends 25 Gy in 5 fractions), a prescription / plan report "
          "after the skull-base tumor board changed the regimen to 18 Gy in 3 fractions (to the 80% isodose), and a "
          "session log of three sessions on a robotic-arm linac with skull tracking. Gold from the log: 18 Gy / 3. "
          "Vestibular schwannoma: complex. G0339 + G0340 on a robotic linac, 3 fractions: consistent.",
    docs=[
        Doc("consult_HHRC.pdf", [[
            H1("Neurosurgery / Radiation Oncology Joint Consultation"),
            KeyValue([("Date", "08/04/2026"), ("Referring", "Dr. Marguerite Ellison, Otolaryngology"),
                      ("Diagnosis", "Right vestibular schwannoma, Koos II, 1.7 x 1.4 cm, growth 2.5 mm/yr")]),
            P("Ms Seventypatient is a 47-year-old teacher with progressive right-sided hearing loss and tinnitus. Serial MRI "
              "2024-2026 shows growth of a right intracanalicular / cerebellopontine angle schwannoma. Pure tone average "
              "right 38 dB, word recognition 72% (serviceable). Facial nerve function House-Brackmann I."),
            P("We discussed observation, microsurgery and radiosurgery. She prefers radiosurgery. To favour hearing "
              "preservation we recommend hypofractionated stereotactic radiosurgery on the robotic system, 25 Gy in "
              "5 fractions, with a thermoplastic mask and skull tracking. Planning CT and thin-slice MRI to follow. "
              "Case to be presented at the skull-base tumor board."),
            sig("Jonah Whitlock-Barre, MD (Neurosurgery) and Celestine Abara, MD (Radiation Oncology), 08/04/2026"),
        ]], opts=dict(header=banner(_c, "Consultation", 3, "05/02/1979"))),
        Doc("rx_plan_0819.pdf", [[
            H1("Prescription and Plan Approval"),
            P("Skull-base tumor board 08/12/2026: consensus to treat with 18 Gy in 3 fractions (6 Gy per fraction) rather "
              "than the 25 Gy in 5 fractions proposed at consult, given the small volume and cochlear dose modelling. "
              "Patient agreed by phone 08/13/2026."),
            KeyValue([("Target", "Right vestibular schwannoma (GTV = PTV, 0 mm)"), ("PTV volume", "1.38 cc"),
                      ("Prescription", "1800 cGy in 3 fractions to the 80% isodose line"), ("Dmax", "22.5 Gy"),
                      ("Coverage", "98.2%"), ("Planning system", "ROBOPATH PLAN 4 (invented), 142 non-isocentric beams, 7.5 mm and 10 mm cones"),
                      ("Planning imaging", "CT head 1 mm with contrast 08/14/2026; MRI 3D T1 + CISS 08/14/2026, fused"),
                      ("Immobilization", "thermoplastic head mask, made 08/14/2026"),
                      ("Tracking", "6D skull tracking with paired kV images during delivery")]),
            RuledTable([("OAR", "Dmax / Dmean", "Limit"), ("R cochlea", "Dmean 3.6 Gy", "< 5 Gy"), ("Brainstem", "D0.03cc 15.1 Gy", "< 23.1 Gy"),
                        ("Facial nerve (est.)", "not contoured", "-")]),
            sig("Celestine Abara, MD 08/19/2026 09:40; physics: N. Farrow-Ito, MS 08/19/2026"),
        ], [
            H2("Plan approval (continued)"),
            P("Superseded: prescription v1 (25 Gy / 5 fx, 08/04/2026) - withdrawn after tumor board, never planned."),
            P("Active: prescription v2, 18 Gy / 3 fx, sessions to be given on alternate days."),
        ]], opts=dict(header=banner(_c, "Physics", 3, "05/02/1979"))),
        Doc("log.txt", text=f"""
HARBORVIEW HEIGHTS RADIOSURGERY CENTER -- SESSION LOG (robotic-arm mounted 6 MV linac)
Pt: {patient(3)}  MRN {mrn(3)}  Plan: R_VS_18in3_v2

Sess  Date        Dose(cGy)  Cum(cGy)  Beams  Tracking       Images  Max corr (mm/deg)  Tx time  Initials
1     08/24/2026  600        600       142    6D skull       61      0.7 / 0.4          38 min   RB/TS
2     08/26/2026  600        1200      142    6D skull       58      0.5 / 0.3          36 min   RB/TS
3     08/28/2026  600        1800      142    6D skull       60      0.6 / 0.5          37 min   RB/TS

Course complete: 1800 cGy / 3 fx to the right vestibular schwannoma. No nausea, no facial weakness. Audiogram in 6 months,
MRI in 6 months.  -- C. Abara, MD 08/28/2026
{FOOT}
"""),
    ])

# f70_04 -- bundle (4 files, 5 pages): trigeminal neuralgia, cobalt-60 under frame; earlier left-sided course in 2022 ----
_c = "SILVERPINE MEDICAL CENTER"
add(name="f70_04", kind="bundle", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["MRI", "CT"], ["frame"]),
    lesions=[L("right trigeminal nerve root entry", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Functional radiosurgery: neurosurgery consult (right V2/V3 trigeminal neuralgia refractory to "
          "carbamazepine and oxcarbazepine; LEFT-sided radiosurgery in 2022 is history), frame procedure note, cobalt-60 "
          "treatment report (one 4 mm shot, 80 Gy maximum dose at the 100% isodose) and a discharge note. MRI "
          "(CISS) and CT on the day. Functional target: complex; 61798 + 61800 fit.",
    docs=[
        Doc("NSGY_consult.pdf", [[
            H1("Neurosurgery Consultation - Facial Pain"),
            KeyValue([("Date", "06/09/2026"), ("Physician", "Roderick Nwachukwu-Stahl, MD")]),
            P("History: 74-year-old man with classical trigeminal neuralgia. In 2022 he had Gamma radiosurgery here for LEFT V2 "
              "pain (80 Gy maximum dose, single 4 mm shot) with complete relief off medication (BNI I). Since January 2026 he has "
              "new RIGHT-sided lancinating V2/V3 pain triggered by chewing and wind, BNI V despite carbamazepine 800 mg/day "
              "(hyponatremia) and oxcarbazepine (rash). MRI 05/2026: no mass; possible SCA contact with the right nerve."),
            P("He is 74 with atrial fibrillation on apixaban and declines microvascular decompression. Plan: right-sided "
              "radiosurgery on the cobalt-60 unit under frame, 80 Gy maximum dose to the right trigeminal nerve root entry zone, "
              "avoiding the brainstem 20% isodose. Apixaban to be held 48 h."),
            sig("R. Nwachukwu-Stahl, MD 06/09/2026"),
        ]], opts=dict(header=banner(_c, "Neurosurgery Clinic", 4, "01/30/1952"))),
        Doc("procedure.txt", text=f"""
SILVERPINE MEDICAL CENTER   OPERATIVE / PROCEDURE NOTE
Patient: {patient(4)}   MRN: {mrn(4)}   Date: 07/07/2026
Procedure: 1) Stereotactic head frame application. 2) Stereotactic radiosurgery, right trigeminal nerve.
Surgeon: R. Nwachukwu-Stahl, MD   Radiation oncologist: Imogen Achterberg, MD   Physicist: D. Kowalczyk-Hale, PhD

The head frame was applied under local anesthesia with four pins at 06:50. Stereotactic MRI (3D CISS 0.6 mm and T1
post-contrast) and stereotactic CT were obtained with the localizer box and co-registered in the planning system. The right
trigeminal nerve was identified in the prepontine cistern; the isocenter was placed 7 mm anterior to the root entry zone.
Frame coordinates checked against the plan before treatment. A single 4 mm shot delivered 80 Gy maximum dose (100% isodose);
the brainstem received under 15 Gy at its surface (20% isodose line tangent to pons). Treatment time 51 min. Frame removed,
no complications.
{FOOT}
"""),
        Doc("gk_report.pdf", [[
            H1("Cobalt-60 Radiosurgery Treatment Report"),
            KeyValue([("Unit", "multi-source cobalt-60 radiosurgery unit (192 sources)"), ("Planning system", "HALBERD-GP 3 (invented)"),
                      ("Date", "07/07/2026"), ("Indication", "Right trigeminal neuralgia (G50.0), functional target"),
                      ("Target", "Right trigeminal nerve, cisternal segment"), ("Collimator", "4 mm, 1 shot"),
                      ("Max dose", "80.0 Gy (100% isodose)"), ("Brainstem", "D0.1cc 11.8 Gy; 20% IDL tangent"),
                      ("Fixation", "stereotactic frame, 4 pins")]),
            P("Prior treatment (2022, LEFT trigeminal nerve, 80 Gy): not in this course; plan reviewed for overlap - none."),
            sig("Imogen Achterberg, MD 07/07/2026; D. Kowalczyk-Hale, PhD 07/07/2026"),
        ], [
            H2("Delivery log"),
            RuledTable([("Shot", "X", "Y", "Z", "Gamma", "Collimator", "Weight", "Time (min)"),
                        ("1", "102.4", "96.8", "88.1", "110", "4 mm", "1.00", "51.2")]),
            P("Delivered as planned; coordinate check passed; dose rate 2.61 Gy/min."),
        ]], opts=dict(header=banner(_c, "Radiosurgery", 4, "01/30/1952"))),
        Doc("discharge.txt", text=f"""
SILVERPINE MEDICAL CENTER -- Same-day discharge note -- 07/07/2026 15:10
{patient(4)} ({mrn(4)})
Underwent right trigeminal radiosurgery today under frame. Tolerated well, no headache, pin sites clean. Resume apixaban
tomorrow morning. Continue carbamazepine 400 mg bid for now; taper discussed at 6-week visit. Call for facial numbness.
I. Achterberg, MD
{FOOT}
"""),
    ])

# f70_05 -- bundle (4 files, 5 pages): three lesions 27 Gy/3 planned, course stopped after fraction 2 (seizure admission) --
_c = "MAPLE RIDGE ONCOLOGY ASSOCIATES"
add(name="f70_05", kind="bundle", codes=["77373", "77435", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 2, ["CT", "MRI"], ["mask"]),
    lesions=[L("left temporal", "cranial", S, 18, 2), L("right parietal", "cranial", S, 18, 2),
             L("right frontal", "cranial", S, 18, 2)],
    categories=cats(),
    notes="Fractionated SRS planned 27 Gy in 3 fractions to three metastases (gantry linac, mask, CBCT); the "
          "record shows fractions 1 and 2 only, then 'course discontinued' after a seizure admission and transfer to "
          "hospice. Gold from the record: 18 Gy in 2 fractions per lesion. The later follow-up letter from the "
          "referring oncologist says she 'completed 27 Gy in three fractions' (contradiction).",
    contradiction="The referring oncologist's letter says the course of 27 Gy in three fractions was completed; the treatment record shows two fractions (18 Gy) and a discontinued course.",
    docs=[
        Doc("A.pdf", [[
            H1("Stereotactic Prescription"),
            KeyValue([("Date", "02/10/2026"), ("Course", "FSRS brain, 3 targets"), ("Technique", "VMAT, 2 non-coplanar arcs per target group, single isocenter"),
                      ("Planning system", "BLACKWATER DOSE 6 (invented)"), ("Immobilization", "frameless thermoplastic mask"),
                      ("Planning imaging", "CT sim 02/06/2026 fused with MRI T1 post-contrast 02/05/2026"),
                      ("IGRT", "CBCT before each fraction, 6DoF couch")]),
            RuledTable([("Target", "Size", "Dose/fx", "Fx", "Total", "IDL"),
                        ("PTV1 L temporal", "2.1 cm", "9 Gy", "3", "27 Gy", "80%"),
                        ("PTV2 R parietal", "1.8 cm", "9 Gy", "3", "27 Gy", "80%"),
                        ("PTV3 R frontal", "2.6 cm", "9 Gy", "3", "27 Gy", "80%")]),
            sig("Wendell Aristide, MD, Radiation Oncology 02/10/2026"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 5, "07/14/1949"))),
        Doc("B.txt", text=f"""
MAPLE RIDGE ONCOLOGY ASSOCIATES -- RADIATION ONCOLOGY CONSULT (dictated)
Date: 01/29/2026    Patient: {patient(5)}    MRN: {mrn(5)}

Seventy-six year old woman with metastatic breast cancer, HER2 positive, who presents with three brain metastases on MRI of
January twenty-second: left temporal two point one centimeters, right parietal one point eight centimeters and right frontal
two point six centimeters. Given the size of the left temporal and right frontal lesions I recommend fractionated
stereotactic radiosurgery, twenty-seven gray in three fractions, rather than single-session treatment. She understands that
her overall prognosis is limited. Mask and planning scans next week.

Wendell Aristide, MD
{FOOT}
"""),
        Doc("C.pdf", [[
            H1("Treatment Record - Course FSRS_BRAIN"),
            RuledTable([("Fx", "Date", "PTV1 (cGy)", "PTV2 (cGy)", "PTV3 (cGy)", "IGRT", "Comment"),
                        ("1", "02/16/2026", "900", "900", "900", "CBCT, 6DoF", ""),
                        ("2", "02/18/2026", "900", "900", "900", "CBCT, 6DoF", ""),
                        ("3", "02/20/2026", "-", "-", "-", "-", "NOT TREATED - pt admitted 02/19 (seizure)")]),
            KeyValue([("Cumulative", "PTV1 1800 cGy, PTV2 1800 cGy, PTV3 1800 cGy (2 of 3 fractions)"),
                      ("Course status", "DISCONTINUED 02/27/2026 - patient transitioned to hospice; fraction 3 will not be given")]),
            sig("Wendell Aristide, MD 02/27/2026"),
        ], [
            H2("End of treatment note"),
            P("Fractionated SRS to three brain metastases stopped after 2 of 3 fractions (18 Gy of the planned 27 Gy to each "
              "target). She was admitted on 02/19/2026 with a focal seizure; MRI showed no hemorrhage. After a family meeting "
              "she chose hospice care. No further radiation planned."),
            sig("Wendell Aristide, MD 02/27/2026"),
        ]], opts=dict(header=banner(_c, "Treatment Record", 5, "07/14/1949"))),
        Doc("D.txt", text=f"""
Lakeshore Hematology & Oncology                                             03/12/2026
To: Dr Wendell Aristide, Maple Ridge Oncology Associates
Re: {patient(5)}, DOB 07/14/1949, your MRN {mrn(5)}

Dear Wendell, thank you for seeing Mrs Seventypatient. She completed 27 Gy in three fractions of stereotactic radiation
to her three brain lesions in February and is now at home with hospice. Trastuzumab has been stopped. I will keep in touch
with the family. Best regards, Dr Ottoline Franck-Yoshida
{FOOT}
"""),
    ])

# f70_06 -- bundle (3 files, 4 pages): AVM on the cobalt-60 unit under frame, plan report arrives faxed (low-res scan) --
_c = "NORTHGATE UNIVERSITY HOSPITAL"
add(name="f70_06", kind="bundle", codes=["77371", "77432", "61796", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["MRI", "angiography"], ["frame"]),
    lesions=[L("left parietal arteriovenous malformation", "cranial", C, 20, 1)],
    categories=cats(),
    notes="Three files: a fax cover sheet, the faxed radiosurgery report (scanned at 100 dpi with speckle; fax header on "
          "every page; 2 pages) and a typed consult. Left parietal AVM (Spetzler-Martin II, nidus 2.3 cm) treated on a "
          "cobalt-60 unit under frame with stereotactic angiography and MRI (no CT), 20 Gy to the 50% isodose. "
          "AVM is complex: the claimed 61796 is wrong, 61800 right.",
    docs=[
        Doc("fax_cover.pdf", [[
            H1("FACSIMILE TRANSMITTAL"),
            KeyValue([("To", "Coding / Health Information Management, Northgate University Hospital"),
                      ("From", "Gamma Suite, Northgate Neurosciences Annex"), ("Date", "05/20/2026"),
                      ("Pages", "3 including cover"), ("Re", f"{patient(6)} {mrn(6)} - radiosurgery 05/18/2026")]),
            P("Attached: radiosurgery treatment report for coding. Consult is in the EHR. Please call ext. 4471 with questions."),
            P("CONFIDENTIALITY: This facsimile contains protected health information. If received in error, notify sender."),
        ]], opts=dict(footer=FOOT)),
        Doc("fax_report.pdf", [[
            H1("Radiosurgery Treatment Report"),
            KeyValue([("Diagnosis", "Left parietal arteriovenous malformation, Spetzler-Martin grade II, unruptured"),
                      ("Date", "05/18/2026"), ("Unit", "multi-source cobalt-60 radiosurgery unit"),
                      ("Fixation", "stereotactic head frame (applied 06:45, 4 pins)"),
                      ("Imaging", "stereotactic biplane digital subtraction angiography + stereotactic MRI (T1 contrast, T2), registered"),
                      ("Planning system", "FERNHOLLOW-GP 2 (invented)")]),
            RuledTable([("Target", "Nidus max diam", "Volume", "Margin dose", "Isodose", "Max dose", "Shots"),
                        ("L parietal AVM nidus", "2.3 cm", "3.9 cc", "20 Gy", "50%", "40 Gy", "14")]),
            P("12 Gy volume (including nidus) 9.8 cc. Draining vein to superior sagittal sinus excluded from the target."),
        ], [
            H2("Delivery"),
            P("Frame coordinates verified before delivery. 14 shots delivered as planned, treatment time 62 min. Frame removed "
              "13:10. Mild headache treated with acetaminophen. MRI at 6 months, angiography at 3 years to confirm obliteration."),
            sig("Cosmo Vantongeren, MD (Neurosurgery) and Beatrix Olufemi-Hart, MD (Radiation Oncology) 05/18/2026"),
        ]], opts=dict(header=[fax("NORTHGATE GAMMA SUITE", "555-0148", "05/20/2026 09:14", "P.2/3 and P.3/3"),
                              *banner(_c, "Radiosurgery", 6, "12/01/1991")],
                      scan=True, scan_dpi=100, scan_noise=14.0)),
        Doc("consult.txt", text=f"""
NORTHGATE UNIVERSITY HOSPITAL -- Neurosurgery Outpatient Consultation -- 04/22/2026
Patient: {patient(6)}  MRN: {mrn(6)}  DOB: 12/01/1991

34-year-old man with a left parietal AVM found after a first generalized seizure in 2025, now on levetiracetam and
seizure-free. Catheter angiogram 03/2026: compact 2.3 cm nidus, superficial venous drainage, eloquent cortex adjacent
(Spetzler-Martin II). No hemorrhage. Options reviewed: microsurgery, embolization plus surgery, radiosurgery, observation.
He chooses radiosurgery. Plan: frame-based radiosurgery with stereotactic angiography and MRI, margin dose about 20 Gy.
Obliteration expected over 2-3 years; hemorrhage risk persists until then.
Cosmo Vantongeren, MD
{FOOT}
"""),
    ])

# f70_07 -- pdf (two-column page + record page): FSRT 30 Gy/5 to a 3.8 cm metastasis and a cavity, re-plan after fx 2 --
_c = "WESTBROOK ACADEMIC RADIATION ONCOLOGY"
add(name="f70_07", kind="pdf", codes=["77373", "77435", "61798", "61797"],
    facts=F("linac", ["cranial"], 2, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left temporal metastasis 3.8 cm", "cranial", C, 30, 5), L("right frontal resection cavity", "cranial", S, 30, 5)],
    categories=cats(),
    notes="Two-page printout, the first page in two columns (clinical summary and plan | re-plan and dose table), the "
          "second a fraction log with plan IDs CNS_A_v1 (fx 1-2) and CNS_A_v2 (fx 3-5). Mid-course MRI showed the "
          "left temporal lesion shrinking, so a re-plan was made after fraction 2: same 30 Gy in 5 fractions, two "
          "plans are not two lesions. 3.8 cm metastasis complex by size; 2.2 cm cavity simple.",
    docs=[Doc("f70_07.pdf", [[
        H1("Fractionated SRS - Plan & Adaptive Re-plan Summary"),
        P(f"Patient {patient(7)} | MRN {mrn(7)} | DOB 09/09/1963 | Attending: Dr. Lucinda Oyelaran-Marsh | Resident: Dr. F. Tsai"),
        H2("Clinical summary"),
        P("Melanoma, BRAF V600E. Right frontal metastasis resected 03/2026 (cavity 2.2 cm). Separate unresected left temporal "
          "metastasis 3.8 cm with edema, symptomatic (word-finding). Tumor board: FSRT 30 Gy in 5 fractions to both targets, "
          "single course, mask immobilization."),
        H2("Planning"),
        KeyValue([("Imaging", "CT sim 1.25 mm + MRI T1 post-contrast 1 mm"), ("Immobilization", "thermoplastic mask with mouthpiece"),
                  ("TPS", "GRANITEPEAK 12 (invented)"), ("Technique", "VMAT, 4 non-coplanar arcs, 6 MV FFF"),
                  ("Rx", "30 Gy / 5 fx to 80% IDL, D95 >= Rx")], value_x=80),
        ColumnBreak(),
        H2("Mid-course MRI and re-plan"),
        P("MRI after fraction 2 (04/15/2026): left temporal lesion 3.8 -> 3.3 cm, edema improved. Target re-contoured; "
          "plan CNS_A_v2 generated to spare normal brain. Cavity unchanged. Remaining 3 fractions delivered with v2. "
          "Total dose to both targets unchanged."),
        H2("Targets"),
        RuledTable([("Target", "Plan", "Dose"), ("PTV L temporal", "v1 fx1-2, v2 fx3-5", "30 Gy/5"),
                    ("PTV R frontal cavity", "v1 fx1-2, v2 fx3-5", "30 Gy/5")]),
        H2("OAR (composite)"),
        RuledTable([("OAR", "Value"), ("Brainstem Dmax", "12.4 Gy"), ("Chiasm Dmax", "5.0 Gy"), ("Brain V24", "14.1 cc")]),
        P("Composite dose summed in GRANITEPEAK from v1 (2 fx) and v2 (3 fx)."),
    ], [
        H1("Fraction log"),
        RuledTable([("Fx", "Date", "Plan ID", "L temp / cavity (Gy)"),
                    ("1", "04/13/2026", "CNS_A_v1", "6 / 6"),
                    ("2", "04/14/2026", "CNS_A_v1", "6 / 6"),
                    ("3", "04/17/2026", "CNS_A_v2", "6 / 6"),
                    ("4", "04/20/2026", "CNS_A_v2", "6 / 6"),
                    ("5", "04/21/2026", "CNS_A_v2", "6 / 6"),
                    ("Total", "", "", "30 / 30")], widths=[30, 66, 62, 78]),
        P("Setup each fraction: CBCT, then a stereoscopic kV pair before each arc; corrections under 1 mm / 1 degree."),
        P("Course completed as prescribed. Dexamethasone taper. MRI in 6 weeks."),
        sig("Lucinda Oyelaran-Marsh, MD 04/21/2026"),
    ]], opts=dict(header=banner(_c, "CNS Service", 7, "09/09/1963"), two_columns=True))])

# f70_08 -- pdf printout: cobalt-60 single session with mask, 8 metastases, one de-escalated for V12 -------------------
_c = "ASHFORD LAKES CANCER CENTER"
add(name="f70_08", kind="pdf", codes=["77371", "77432", "61796", "61797"],
    facts=F("cobalt60", ["cranial"], 8, 1, ["MRI"], ["mask"]),
    lesions=[L("L frontal", "cranial", S, 20, 1), L("R frontal", "cranial", S, 20, 1), L("L parietal", "cranial", S, 20, 1),
             L("R parietal", "cranial", S, 18, 1), L("L occipital", "cranial", S, 20, 1), L("R temporal", "cranial", S, 16, 1),
             L("L cerebellar", "cranial", S, 20, 1), L("vermis", "cranial", S, 18, 1)],
    categories=cats(),
    notes="One-page export from a cobalt-60 unit that allows mask fixation: 8 metastases in one session, MRI-only "
          "planning with the unit's CBCT for mask registration and infrared nose-marker motion monitoring. The R "
          "temporal lesion was de-escalated from 20 to 16 Gy for brain V12 (shown as 'Rx orig 20 / final 16'). "
          "8 simple lesions; the claim list 61796 + 61797 is right (units not given).",
    docs=[Doc("f70_08.pdf", [[
        H1("Cobalt-60 Radiosurgery - Treatment Summary Export"),
        KeyValue([("Patient", patient(8)), ("MRN", mrn(8)), ("Treatment date", "2026-11-03 (single session)"),
                  ("Unit", "multi-source cobalt-60 radiosurgery unit with onboard cone-beam CT"),
                  ("Fixation", "frameless thermoplastic mask + infrared nose marker (intrafraction motion monitoring)"),
                  ("Planning imaging", "MRI 3D T1 post-gadolinium 1 mm, 2026-11-01 (no CT; CBCT used for stereotactic definition)"),
                  ("Planning", "SPRUCEFIELD-GP 7 (invented), 50% isodose prescription"), ("Physician", "Oswin Delahaye-Kim, MD")]),
        RuledTable([("#", "Target", "Diam (mm)", "Rx orig (Gy)", "Rx final (Gy)", "IDL", "Shots", "Cov"),
                    ("1", "L frontal", "9", "20", "20", "50%", "3", "99%"), ("2", "R frontal", "6", "20", "20", "50%", "2", "100%"),
                    ("3", "L parietal", "11", "20", "20", "50%", "4", "99%"), ("4", "R parietal", "15", "18", "18", "50%", "6", "98%"),
                    ("5", "L occipital", "5", "20", "20", "50%", "1", "100%"), ("6", "R temporal", "24", "20", "16", "50%", "11", "97%"),
                    ("7", "L cerebellar", "7", "20", "20", "50%", "2", "100%"), ("8", "Vermis", "12", "18", "18", "50%", "5", "98%")]),
        P("R temporal de-escalated 20 -> 16 Gy: brain V12 Gy 14.8 cc at 20 Gy, 9.6 cc at 16 Gy."),
        KeyValue([("CBCT registration", "pre-treatment, 0.4 mm; repeat after shot group 5, 0.3 mm"),
                  ("Nose-marker tolerance", "1.5 mm, 2 pauses, both resumed after re-registration"),
                  ("Beam-on time", "73.8 min, all 34 shots delivered")]),
        sig("Oswin Delahaye-Kim, MD 2026-11-03 16:02; physicist Y. Brannigan, MS 2026-11-03 16:10"),
    ]], opts=dict(header=banner(_c, "Radiosurgery", 8, "1955-06-27")))])


# ==================================================================================================
# Spine
# ==================================================================================================

# f70_09 -- bundle (5 files, 6 pages): coding cover sheet, L2 re-irradiation on a robotic-arm linac; 2024 course in history --
_c = "PRAIRIE CROSSING CANCER INSTITUTE"
add(name="f70_09", kind="bundle", codes=["G0339", "G0340", "77435", "63620"],
    facts=F("robotic_linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L2 vertebral body and left pedicle", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Five files led by a coding cover sheet that lists the documents and the codes requested: consult "
          "(renal cell carcinoma, L2 re-irradiation after conventional 20 Gy in 5 fractions in 2024 = earlier course), "
          "CT/MRI simulation note (vacuum cushion), a plan report and a session log of three sessions (27 Gy in 3) "
          "with spine tracking on a robotic-arm linac. One spinal lesion; the 2024 dose is history.",
    docs=[
        Doc("00_cover.pdf", [[
            H1("Coding Request Cover Sheet"),
            KeyValue([("Patient", f"{patient(9)} ({mrn(9)})"), ("Service", "Radiation Oncology - robotic SBRT"),
                      ("Dates of service", "07/20/2026 - 07/24/2026"), ("Requested codes", "G0339, G0340 x2, 77435, 63620"),
                      ("Documents", "consult 06/29; simulation 07/08; plan 07/15; session log 07/24")]),
            P("Prepared by: R. Castellanos, charge coordinator. Please return queries to the department inbox."),
        ]]),
        Doc("01.txt", text=f"""
PRAIRIE CROSSING CANCER INSTITUTE   RADIATION ONCOLOGY CONSULTATION   06/29/2026
{patient(9)}   MRN {mrn(9)}   DOB 04/04/1960

62-year-old man with metastatic clear cell renal carcinoma. He received palliative conventional radiotherapy to
T12-L3, 20 Gy in 5 fractions, in March 2024 for pain, with good response. He now has recurrent mechanical and
left radicular L2 pain; MRI 06/20/2026 shows progressive disease in the L2 body extending into the left pedicle,
epidural disease Bilsky 1a, no cord or cauda compression. SINS 7.

Recommendation: re-irradiation with spine SBRT (radioresistant histology, prior RT). 27 Gy in 3 fractions on the
robotic system with spine tracking, cauda equina constraints accounting for the 2024 course. Consent signed.
Ignatius Delacourt-Obi, MD
{FOOT}
"""),
        Doc("02_sim.pdf", [[
            H1("Simulation Note"),
            P("07/08/2026. Supine in a full-length vacuum cushion, arms on chest, knee sponge. CT simulation 1 mm slices "
              "T10-L5 with IV contrast. Thin-slice MRI lumbar spine (T1, T2, T1 post-contrast) obtained same day and fused. "
              "Tattoos placed for setup. No fiducials needed (spine tracking on vertebral anatomy)."),
            sig("Ignatius Delacourt-Obi, MD 07/08/2026"),
        ]], opts=dict(header=banner(_c, "Simulation", 9, "04/04/1960"))),
        Doc("03_plan.pdf", [[
            H1("Spine SBRT Plan Report"),
            KeyValue([("Plan", "L2_REIRR_27in3"), ("Planning system", "ROBOPATH PLAN 4 (invented)"),
                      ("Target", "GTV L2 body + left pedicle; CTV per consensus (body + left pedicle + left transverse process)"),
                      ("PTV", "CTV + 2 mm, cropped from thecal sac; 18.6 cc"),
                      ("Prescription", "2700 cGy in 3 fractions to the 75% isodose line"), ("Beams", "186 non-isocentric, fixed cones 12.5/20 mm")]),
            RuledTable([("Structure", "Metric", "This course", "Cumulative EQD2 incl. 2024"), ("Cauda equina", "D0.03cc", "17.9 Gy", "44.7 Gy"),
                        ("Cauda equina", "D5cc", "14.1 Gy", "-"), ("Left kidney", "Dmean", "2.3 Gy", "-")]),
        ], [
            Paragraph("Spine SBRT Plan Report (continued) - L2_REIRR_27in3", bold=True),
            P("PTV coverage V27Gy 91.4% (reduced at the cauda interface by intention). Dmax 36.0 Gy."),
            P("Tracking: spine tracking with orthogonal kV images every 30-60 s; couch and robot corrections."),
            sig("Ignatius Delacourt-Obi, MD 07/15/2026; physics H. Mbeki-Lindgren, PhD 07/15/2026"),
        ]], opts=dict(header=banner(_c, "Physics", 9, "04/04/1960"))),
        Doc("04_log.txt", text=f"""
SESSION LOG -- robotic-arm mounted 6 MV linac -- {patient(9)} {mrn(9)} -- plan L2_REIRR_27in3
date        session  dose cGy  cumulative  tracking        images  max corr  duration
07/20/2026  1 of 3   900       900         spine tracking  74      1.1 mm    44 min
07/22/2026  2 of 3   900       1800        spine tracking  70      0.9 mm    41 min
07/24/2026  3 of 3   900       2700        spine tracking  69      0.8 mm    42 min
Course complete. Pain 6/10 -> 3/10. Follow-up MRI 3 months.  ID-O
{FOOT}
"""),
    ])

# f70_10 -- bundle (3 files, 4 pages): post-op T11 SBRT 24 Gy/2, treatment record scanned crooked ----------------------
_c = "ELMSTEAD REGIONAL MEDICAL CENTER"
add(name="f70_10", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T11 post-operative", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Post-operative spine SBRT after T11 separation surgery: dictated consult, prescription/plan sheet, and "
          "the treatment record as a skewed scan (150 dpi, 1.8 degrees, light speckle). 24 Gy in 2 fractions to the "
          "T11 post-operative CTV on a gantry linac, vacuum body immobilization, planning CT + post-operative MRI, "
          "CBCT and 6DoF. Hardware artefact mentioned.",
    docs=[
        Doc("dictation_0311.txt", text=f"""
ELMSTEAD REGIONAL MEDICAL CENTER -- RADIATION ONCOLOGY -- CONSULTATION (dictated, not yet read)
Date of visit: March eleventh, twenty twenty-six
Patient: {patient(10)}    MRN: {mrn(10)}

Mr. Seventypatient is a sixty-seven year old man with metastatic melanoma who underwent T11 decompression and
posterior instrumentation T9 to L1 on February nineteenth for epidural compression. He is walking with a cane and his
wound has healed. Post-operative MRI shows residual tumor in the T11 body with a two millimeter rim of epidural disease,
the cord is decompressed.

I recommend post-operative stereotactic body radiotherapy to T11, twenty-four gray in two fractions, given the
radioresistant histology. Simulation with a vacuum body mold, CT with thin cuts and fusion to the post-operative MRI.
The hardware will cause some artifact and we will account for it. He agrees.
Dr. Thaddeus Brightwater-Nunez
{FOOT}
"""),
        Doc("rx_T11.pdf", [[
            H1("SBRT Prescription / Plan Sheet"),
            KeyValue([("Site", "T11 post-operative (CTV: T11 body, bilateral pedicles, residual epidural disease)"),
                      ("Prescription", "24 Gy in 2 fractions (12 Gy/fx), PTV = CTV + 2 mm, cord PRV excluded"),
                      ("Technique", "VMAT, 2 full arcs, 6 MV FFF, planning system TIMBERLINE TPS 5 (invented)"),
                      ("Immobilization", "full-body vacuum bag with arms up"),
                      ("Imaging", "CT simulation 03/16/2026 1 mm; post-operative MRI 03/02/2026 fused (hardware artefact contoured)"),
                      ("Constraints", "cord PRV Dmax < 17 Gy achieved 15.8 Gy; esophagus D0.03cc 14.2 Gy")]),
            sig("Thaddeus Brightwater-Nunez, MD 03/20/2026"),
        ], [
            P("SBRT Prescription / Plan Sheet (page 2) - physics"),
            P("Patient-specific QA (portal dosimetry) 03/23/2026: gamma 3%/2 mm pass rate 99.1%. MU 4,812 (arc 1), 4,760 (arc 2)."),
            sig("Physicist A. Zoltowski, MS 03/23/2026"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 10, "08/08/1958"))),
        Doc("scan_record.pdf", [[
            H1("Treatment Record (printed from R&V, signed paper copy)"),
            RuledTable([("Date", "Fx", "Site", "Dose", "Cumulative", "Setup imaging", "Tech"),
                        ("03/24/2026", "1/2", "T11", "1200 cGy", "1200 cGy", "CBCT, 6DoF, repeat CBCT mid-arc", "AO/PL"),
                        ("03/26/2026", "2/2", "T11", "1200 cGy", "2400 cGy", "CBCT, 6DoF, repeat CBCT mid-arc", "AO/PL")]),
            P("Completed 03/26/2026. 2400 cGy in 2 fx. Tolerated well; mild fatigue. Follow-up MRI in 8 weeks."),
            sig("T. Brightwater-Nunez, MD (signed in ink 03/26/2026)"),
        ]], opts=dict(header=banner(_c, "Treatment Record", 10, "08/08/1958"), scan=True, scan_dpi=150, scan_skew=1.8,
                      scan_noise=6.0)),
    ])

# f70_11 -- bundle (3 files, 4 pages): T4 single-fraction 18 Gy (de-escalated from 24 Gy); claimed as cranial SRS codes --
_c = "RIVERBEND COMMUNITY CANCER CARE"
add(name="f70_11", kind="bundle", codes=["77372", "77432", "63620"],
    facts=F("linac", ["spinal"], 1, 1, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T4 vertebral body", "spinal", None, 18, 1)],
    categories=cats(),
    notes="Consult (recommends 24 Gy single fraction), plan approval with the dose de-escalated to 18 Gy in one "
          "fraction because the cord constraint could not be met, and a completion summary. T4, gantry linac, "
          "vacuum immobilization, CT + MRI fused, CBCT. A single-fraction SPINE course is 77373/77435, not "
          "77372/77432 (both claimed: wrong); 63620 right.",
    docs=[
        Doc("consult.pdf", [[
            H1("Radiation Oncology Consultation"),
            P("Date: 09/28/2026. Referred by Dr Pelham Oduya (Medical Oncology)."),
            P("Ms Seventypatient is a 58-year-old woman with ER-positive breast cancer and a solitary painful T4 vertebral "
              "body metastasis (no epidural extension, Bilsky 0, SINS 5). PET-CT 09/2026: no other disease. She would like a "
              "single treatment. Plan: single-fraction spine SBRT, 24 Gy, if cord constraints allow; otherwise a lower "
              "single-fraction dose."),
            sig("Genevieve Lindqvist-Arora, MD 09/28/2026"),
        ], [
            Paragraph("Consultation (continued) - exam and consent", bold=True),
            P("Neurologically intact. Pain 5/10, controlled with NSAIDs. Consent for SBRT signed, including risks of vertebral "
              "compression fracture, esophagitis and myelopathy."),
        ]], opts=dict(header=banner(_c, "Consult", 11, "02/17/1968"))),
        Doc("plan_approval.txt", text=f"""
RIVERBEND COMMUNITY CANCER CARE -- PLAN APPROVAL -- {patient(11)} ({mrn(11)}) -- 10/08/2026
Sim 10/02/2026: supine, vacuum cushion, arms up. CT 1 mm C7-T7; MRI T-spine 09/25/2026 fused.
Target: T4 vertebral body GTV; CTV T4 body; PTV = CTV + 2 mm.
Planning system: FOXGLOVE RT 9 (invented), 9-field IMRT, 6 MV FFF.
Dose: 24 Gy x 1 could not meet the cord constraint (cord Dmax 15.7 Gy vs limit 14 Gy). Prescription revised:
  >>> 18 Gy in 1 fraction <<< ; cord Dmax 12.1 Gy, esophagus D5cc 11.0 Gy, PTV V18Gy 90.2%.
Approved: G. Lindqvist-Arora, MD
{FOOT}
"""),
        Doc("summary.pdf", [[
            H1("Completion Summary"),
            KeyValue([("Course", "SBRT, T4 vertebral metastasis"), ("Dates", "10/12/2026 (1 fraction)"),
                      ("Dose delivered", "1800 cGy x 1"), ("Unit", "6 MV FFF gantry linac"),
                      ("Image guidance", "CBCT with 6DoF couch correction; post-treatment CBCT within 1 mm"),
                      ("Toxicity", "none acute")]),
            P("Follow-up in one month with pain reassessment; MRI spine in 3 months."),
            sig("Genevieve Lindqvist-Arora, MD 10/12/2026"),
        ]], opts=dict(header=banner(_c, "Treatment Summary", 11, "02/17/1968"))),
    ])

# f70_12 -- ehr_text (dictated completion note): C5 30 Gy in 5, numbers in words; 63621 claimed with one lesion ---------
add(name="f70_12", kind="ehr_text", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("C5 vertebral body", "spinal", None, 30, 5)],
    categories=cats(plan=False),
    notes="Dictated completion note for C5 spine SBRT, thirty gray in five fractions, numbers in words; head-neck-"
          "shoulder thermoplastic mask, CT and MRI, daily cone-beam CT. No isodose, beams/arcs or planning system "
          "is named: plan unmet. One spinal lesion: 63621 wrong.",
    docs=[Doc("f70_12.txt", text=f"""
LINDENFIELD RADIATION ONCOLOGY -- DICTATED COMPLETION NOTE
Job 884120   Dictated 12/18/2026 by Marcus Abernathy-Sole, MD   Transcribed 12/19/2026 by TR

Patient: {patient(12)}      MRN: {mrn(12)}      DOB: 10/10/1971

This is a completion note for Mr. Seventypatient, a fifty-five year old gentleman with metastatic hepatocellular carcinoma
to the C five vertebral body, with neck pain radiating to the right shoulder and no neurologic deficit. He completed
stereotactic body radiation therapy to C five today, December eighteenth. He received thirty gray in five fractions, six
gray per fraction, treated every other weekday starting December eighth, on our gantry linear accelerator.

For immobilization he was fitted with a long head, neck and shoulder thermoplastic mask. Planning was on a CT simulation
scan fused with a cervical spine MRI, both done on December first. The target was the C five body and right pedicle, with
the spinal cord contoured on the MRI and kept below the cord constraint. Before each of the five fractions a cone beam CT
was matched to the vertebra with a six degree of freedom couch and reviewed by me before the beam was turned on.

He tolerated treatment well with mild odynophagia, managed with viscous lidocaine. No missed fractions. His pain is down
from seven out of ten to three out of ten. Follow up in four weeks and MRI of the cervical spine in three months.

Marcus Abernathy-Sole, MD, Radiation Oncology
{FOOT}
""")])

# f70_13 -- bundle (4 files, 5 pages): T6 in the consult, T10 added after the planning MRI; letter misstates T10 dose ------
_c = "GLENCOE HILLS HEALTH - RADIATION SERVICES"
add(name="f70_13", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T6", "spinal", None, 27, 3), L("T10", "spinal", None, 24, 3)],
    categories=cats(),
    notes="Consult for a T6 metastasis; the planning MRI shows a new T10 lesion, added to the same course (T6 27 Gy/3, "
          "T10 24 Gy/3, simultaneous, one isocenter each, same three days). Plan report, a record with plan IDs "
          "SP_T6 and SP_T10, and a follow-up letter that gives T10 27 Gy (contradiction; gold 24 Gy from the record). "
          "Two spinal lesions: 63620 + 63621 right.",
    contradiction="The follow-up letter says both levels received 27 Gy; the plan and treatment record give T10 24 Gy in 3 fractions.",
    docs=[
        Doc("consult_T6.txt", text=f"""
GLENCOE HILLS HEALTH - RADIATION SERVICES :: Outpatient consult :: 05/04/2026
{patient(13)} | {mrn(13)} | DOB 06/06/1954
Prostate cancer, castration-resistant, oligoprogressive. PSMA PET 04/2026: single new avid lesion in T6 body. Pain 4/10.
Plan: SBRT to T6, 27 Gy in 3 fractions. Simulation with vacuum immobilization and MRI thoracic spine for planning.
-- Dr. Anselm Rutherford-Ng
{FOOT}
"""),
        Doc("planning.pdf", [[
            H1("Spine SBRT Planning Report"),
            P("Planning MRI thoracic spine 05/11/2026 (T1, T2 STIR, post-contrast): the T6 lesion as known, and a NEW 9 mm "
              "T1-hypointense lesion in the T10 body not seen on PSMA PET 04/2026 (likely early). Discussed with Dr Rutherford-Ng "
              "and the patient 05/12/2026: add T10 to this course at 24 Gy in 3 fractions."),
            KeyValue([("CT sim", "05/11/2026, 1 mm, vacuum body cushion (arms up)"), ("TPS", "KESTRELWOOD 2 (invented)"),
                      ("Technique", "two isocenters, VMAT 2 arcs each, 6 MV FFF")]),
            RuledTable([("Plan ID", "Target", "Rx", "Fx", "Rx IDL", "PTV V100", "Cord Dmax"),
                        ("SP_T6", "T6 body + L pedicle", "27 Gy", "3", "80%", "92%", "19.8 Gy"),
                        ("SP_T10", "T10 body", "24 Gy", "3", "80%", "95%", "17.6 Gy")]),
        ], [
            Paragraph("Spine SBRT Planning Report - page 2", bold=True),
            P("Composite cord Dmax 19.8 Gy (limit 21.9 Gy/3 fx). Physics QA pass (gamma 3%/2 mm 98.6% / 99.2%)."),
            sig("Anselm Rutherford-Ng, MD 05/14/2026; E. Vasquez-Holm, PhD 05/14/2026"),
        ]], opts=dict(header=banner(_c, "Planning", 13, "06/06/1954"))),
        Doc("record.pdf", [[
            H1("Treatment Record"),
            RuledTable([("Date", "Plan ID", "Fx", "Dose (cGy)", "Cum (cGy)", "IGRT"),
                        ("05/18/2026", "SP_T6", "1/3", "900", "900", "CBCT + 6DoF"), ("05/18/2026", "SP_T10", "1/3", "800", "800", "CBCT + 6DoF"),
                        ("05/20/2026", "SP_T6", "2/3", "900", "1800", "CBCT + 6DoF"), ("05/20/2026", "SP_T10", "2/3", "800", "1600", "CBCT + 6DoF"),
                        ("05/22/2026", "SP_T6", "3/3", "900", "2700", "CBCT + 6DoF"), ("05/22/2026", "SP_T10", "3/3", "800", "2400", "CBCT + 6DoF")]),
            P("Both plans complete 05/22/2026."),
        ]], opts=dict(header=banner(_c, "R&V print", 13, "06/06/1954"))),
        Doc("letter_to_urology.txt", text=f"""
Glencoe Hills Health - Radiation Services                                         06/30/2026
Dr. Philippa Greaves, Urology
RE: {patient(13)}  DOB 06/06/1954

Dear Dr. Greaves,
Mr Seventypatient completed SBRT in May: T6 and T10, each 27 Gy in 3 fractions (the T10 lesion was found on the planning
MRI). He is pain-free. Please repeat PSA in 6 weeks; I will see him with a PSMA PET in 4 months.
Sincerely, Anselm Rutherford-Ng, MD
{FOOT}
"""),
    ])


# ==================================================================================================
# Body SBRT
# ==================================================================================================

# f70_14 -- bundle (4 files, 5 pages): lung 54/3 proposed, de-escalated to 50/5 (chest wall); summary says 54/3 ---------
_c = "SAGEBRUSH MEMORIAL HOSPITAL"
add(name="f70_14", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe NSCLC", "body", None, 50, 5)],
    categories=cats(),
    notes="Lung bundle: consult proposes 54 Gy in 3 fractions; at simulation (4DCT, staging PET fused, wing board and "
          "vacuum cushion) the tumour abuts the chest wall, so the prescription is 50 Gy in 5 fractions. The "
          "prescription PDF's first page wrongly repeats the consult's header (templating error). The record shows "
          "five fractions of 10 Gy with CBCT; the completion summary box carries the consult's 54 Gy in 3 fractions "
          "(contradiction; gold 50 Gy / 5 from the record).",
    contradiction="The completion summary says 54 Gy in 3 fractions; the prescription and the five-fraction treatment record give 50 Gy in 5 fractions.",
    docs=[
        Doc("consult.pdf", [[
            H1("Thoracic Radiation Oncology - New Patient Consultation"),
            KeyValue([("Date", "01/12/2026"), ("Referring", "Dr. Nadia Kowalski-Oyelowo, Pulmonology")]),
            P("79-year-old former smoker, COPD GOLD 3 (FEV1 0.94 L), with a 2.4 cm peripheral right upper lobe adenocarcinoma "
              "(CT-guided biopsy 12/2025). PET-CT 12/29/2025: SUVmax 8.1, no nodal or distant uptake; cT1c N0 M0. "
              "Not a surgical candidate."),
            P("Recommendation: SBRT 54 Gy in 3 fractions, pending 4DCT simulation. If the tumor abuts the chest wall, a "
              "5-fraction regimen will be used."),
            sig("Rupert Okonjo-Ellis, MD 01/12/2026"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology Consultation", 14, "03/03/1946"))),
        Doc("prescription.pdf", [[
            H1("SBRT Prescription"),
            P("Simulation 01/20/2026: supine on wing board with vacuum cushion, arms up; 4DCT (10 phases), ITV from MIP/phases; "
              "PET-CT 12/29/2025 registered for GTV. Tumor broad-based on the lateral chest wall (rib 3)."),
            KeyValue([("Regimen change", "54 Gy/3 fx (consult) -> 50 Gy/5 fx because of chest wall contact"),
                      ("Prescription", "50 Gy in 5 fractions (10 Gy/fx), every other day, to the 80% isodose covering 95% of PTV"),
                      ("Technique", "VMAT 2 partial arcs, 6 MV FFF; planning system SALTMARSH TPS 4 (invented)"),
                      ("Chest wall", "V30Gy 28 cc; rib Dmax 47.2 Gy")]),
            sig("Rupert Okonjo-Ellis, MD 01/23/2026"),
        ], [
            H2("Physics plan check"),
            P("ITV 6.8 cc, PTV 21.3 cc, CI 1.08, R50% 4.1, D2cm 52%. Lung V20 4.1%. Second MU check within 2%."),
            sig("Physicist L. Haverford, MS 01/23/2026"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology Consultation", 14, "03/03/1946"))),
        Doc("tx_record.txt", text=f"""
SAGEBRUSH MEMORIAL HOSPITAL  RADIATION ONCOLOGY  DAILY TREATMENT RECORD
{patient(14)}  {mrn(14)}  Site: RUL lung SBRT  Plan: RUL_SBRT_50in5

Fx  Date        Dose (cGy)  Total (cGy)  Imaging                    Shift (cm)          Initials
1   01/27/2026  1000        1000         CBCT, ITV/soft tissue      0.3 / -0.2 / 0.1    MT/BD
2   01/29/2026  1000        2000         CBCT                       0.2 / 0.0 / 0.2     MT/BD
3   02/02/2026  1000        3000         CBCT                       -0.1 / 0.1 / 0.3    MT/BD
4   02/04/2026  1000        4000         CBCT                       0.2 / -0.1 / 0.0    MT/BD
5   02/06/2026  1000        5000         CBCT                       0.1 / 0.2 / 0.1     MT/BD
{FOOT}
"""),
        Doc("completion.pdf", [[
            H1("Radiation Treatment Completion Summary"),
            KeyValue([("Diagnosis", "cT1c N0 M0 adenocarcinoma RUL"), ("Treatment", "SBRT RUL, 54 Gy in 3 fractions"),
                      ("Dates", "01/27/2026 - 02/06/2026"), ("Immobilization", "wing board, vacuum cushion"),
                      ("Toxicity", "grade 1 chest wall soreness, fatigue")]),
            P("Follow-up CT chest at 3 months. Return to Dr Kowalski-Oyelowo for COPD management."),
            sig("Rupert Okonjo-Ellis, MD 02/06/2026"),
        ]], opts=dict(header=banner(_c, "Completion", 14, "03/03/1946"))),
    ])

# f70_15 -- bundle (4 files, 5 pages): liver 45 Gy/3 on a robotic-arm linac, fiducials, fraction 2 delayed by cholangitis --
_c = "CANYON SPRINGS TRANSPLANT & LIVER ONCOLOGY"
add(name="f70_15", kind="bundle", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("hepatocellular carcinoma segment VII", "body", None, 45, 3)],
    categories=cats(),
    notes="Liver bundle: hepatology tumor-board note (earlier TACE is history), fiducial placement procedure note "
          "(three gold seeds), plan report and a treatment log on a robotic-arm linac with fiducial and respiratory "
          "tracking. Fraction 2 held eight days for cholangitis, course then completed: 45 Gy in 3 fractions. "
          "Vacuum cushion, CT (triphasic) + MRI.",
    docs=[
        Doc("tb_note.txt", text=f"""
CANYON SPRINGS TRANSPLANT & LIVER ONCOLOGY -- MULTIDISCIPLINARY LIVER TUMOR BOARD -- 03/05/2026
{patient(15)}  {mrn(15)}  DOB 12/12/1962
HCC 3.1 cm segment VII, Child-Pugh A6, on transplant list (MELD 11). TACE x2 in 2025 with partial response, residual
arterial enhancement. Board recommendation: SBRT as bridge to transplant, 45 Gy in 3 fractions, robotic system with
fiducial tracking. IR to place fiducials.
{FOOT}
"""),
        Doc("ir_fiducials.pdf", [[
            H1("Interventional Radiology Procedure Note"),
            P("03/12/2026. Ultrasound/CT-guided percutaneous placement of three gold fiducial markers (0.8 x 3 mm) around the "
              "segment VII lesion. No complications. Markers > 2 cm apart, non-collinear."),
            sig("Dr. Horatio Vlasic-Pemberton, Interventional Radiology 03/12/2026"),
        ]], opts=dict(header=banner(_c, "IR", 15, "12/12/1962"))),
        Doc("plan.pdf", [[
            H1("Liver SBRT Plan"),
            KeyValue([("Simulation", "03/19/2026: supine, vacuum cushion; triphasic CT 1.5 mm; MRI liver (gadoxetate) fused"),
                      ("Target", "GTV seg VII (arterial phase) + 5 mm PTV"), ("Prescription", "4500 cGy / 3 fx to the 70% isodose"),
                      ("Planning system", "ROBOPATH PLAN 4 (invented), 201 beams, variable aperture collimator"),
                      ("Tracking", "fiducial tracking with respiratory motion model"),
                      ("Normal liver", "700 cc < 15 Gy: yes (1,084 cc)")]),
            sig("Delphine Marchetti-Uwase, MD 03/23/2026"),
        ], [
            H2("Plan QA"),
            P("Film QA pass (gamma 2%/2 mm 96.4%). Correlation model error < 3 mm in dry run."),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 15, "12/12/1962"))),
        Doc("tx_log.txt", text=f"""
TREATMENT LOG -- robotic-arm mounted 6 MV linac -- {patient(15)} ({mrn(15)})
Plan LIVER_VII_45in3
03/25/2026  Fx 1/3  1500 cGy  cum 1500  fiducial + respiratory tracking, 3/3 seeds, model error 1.8 mm
03/27/2026  Fx 2/3  HELD - fever, cholangitis, admitted; antibiotics
04/04/2026  Fx 2/3  1500 cGy  cum 3000  fiducial + respiratory tracking, model error 2.1 mm
04/06/2026  Fx 3/3  1500 cGy  cum 4500  fiducial + respiratory tracking, model error 1.6 mm
Course complete 04/06/2026 after an 8-day interruption. D. Marchetti-Uwase, MD
{FOOT}
"""),
    ])

# f70_16 -- bundle (3 files, 4 pages): fax-style cover, prostate MR-linac 36.25/5; G0339 claimed on a gantry MR-linac --
_c = "BLUE HERON UROLOGIC ONCOLOGY"
add(name="f70_16", kind="bundle", codes=["77373", "77435", "G0339"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Prostate SBRT on a 1.5 T MR-linac with daily adaptation: a fax cover page, a combined consult/"
          "simulation document (hydrogel spacer placed; CT sim and MRI sim; knee-and-foot immobiliser) and the "
          "adaptive treatment record (five fractions, 36.25 Gy). A hydrogel spacer is not positioning; G0339 on a "
          "gantry MR-linac is wrong.",
    docs=[
        Doc("p1.pdf", [[
            H1("FAX"),
            KeyValue([("To", "Billing, Blue Heron Urologic Oncology"), ("From", "MR-linac suite"),
                      ("Date/time", "09/30/2026 16:45"), ("Pages", "4"),
                      ("Message", "Course complete. Please bill 77373 x5, 77435, G0339 per attached.")]),
        ]], opts=dict(header=[fax("BHUO MR-LINAC", "555-0192", "09/30/2026 16:45", "P.1/4")])),
        Doc("p2.pdf", [[
            H1("Consultation and Simulation"),
            P("08/18/2026 consult: 69-year-old man, favorable intermediate-risk adenocarcinoma of the prostate, Gleason 3+4, "
              "PSA 7.2, cT1c. Options discussed; he chooses SBRT 36.25 Gy in 5 fractions, no ADT."),
            P("09/01/2026: transperineal hydrogel spacer placed under anesthesia (urology). 09/08/2026 simulation: supine, "
              "indexed knee-and-foot vacuum immobiliser, comfortably full bladder; CT sim 1.5 mm and MRI pelvis T2 3D on the "
              "MR-linac, registered."),
            sig("Ezekiel Farquharson-Obi, MD 09/08/2026"),
        ], [
            Paragraph("Consultation and Simulation (continued)", bold=True),
            P("Prescription: 36.25 Gy in 5 fractions to the prostate PTV (CTV + 3 mm), urethra-sparing; daily adapt-to-shape "
              "on the 1.5 T MR-linac, planning system MARSHLIGHT ADAPT (invented), 9-field step-and-shoot IMRT."),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 16, "04/21/1957"))),
        Doc("p3.pdf", [[
            H1("MR-linac Adaptive Treatment Record"),
            RuledTable([("Fx", "Date", "Workflow", "Dose (Gy)", "Cine MRI gating", "Duration"),
                        ("1", "09/22/2026", "adapt-to-shape", "7.25", "yes, 3 mm boundary", "48 min"),
                        ("2", "09/24/2026", "adapt-to-shape", "7.25", "yes", "44 min"),
                        ("3", "09/25/2026", "adapt-to-position", "7.25", "yes", "36 min"),
                        ("4", "09/28/2026", "adapt-to-shape", "7.25", "yes", "45 min"),
                        ("5", "09/30/2026", "adapt-to-shape", "7.25", "yes", "43 min"),
                        ("Total", "", "", "36.25", "", "")]),
            P("Unit: 1.5 T MR-linac (7 MV FFF gantry). Each fraction: daily MRI, recontour, re-optimize, online QA (secondary MU check)."),
            sig("Ezekiel Farquharson-Obi, MD 09/30/2026"),
        ]], opts=dict(header=banner(_c, "MR-linac", 16, "04/21/1957"))),
    ])

# f70_17 -- pdf printout: kidney RCC 42 Gy/3 with abdominal compression; no image guidance documented -----------------
_c = "COPPERFIELD HEALTH SYSTEM"
add(name="f70_17", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT"], ["body_immobilization"]),
    lesions=[L("left kidney renal cell carcinoma", "body", None, 42, 3)],
    categories=cats(delivery_verification=False),
    notes="One-page course summary export for primary left kidney RCC SBRT 42 Gy in 3 fractions: 4DCT, abdominal "
          "compression plate, prescription to the 80% isodose with VMAT and a named planning system; the fraction "
          "table gives doses only and nothing says how setup was verified: delivery verification unmet.",
    docs=[Doc("f70_17.pdf", [[
        H1("SBRT Course Summary (export)"),
        TextTable([("Field", "Value"), ("Patient", patient(17)), ("MRN", mrn(17)), ("Diagnosis", "Left renal cell carcinoma, 4.2 cm, T1b N0, inoperable (CKD 3b)"),
                   ("Simulation", "08/03/2026, 4DCT 2 mm, abdominal compression plate (level 4)"),
                   ("Target", "ITV from 4DCT, PTV = ITV + 5 mm"),
                   ("Prescription", "42 Gy in 3 fx (14 Gy/fx) to 80% IDL"),
                   ("Plan", "VMAT 2 arcs, 10 MV FFF; planning system COPPERLEAF 3 (invented)"),
                   ("OAR", "small bowel D0.03cc 21.4 Gy; contralateral kidney Dmean 1.9 Gy")], columns=[0, 120]),
        RuledTable([("Fx", "Date", "Dose (Gy)", "Cumulative (Gy)"), ("1", "08/11/2026", "14", "14"), ("2", "08/13/2026", "14", "28"),
                    ("3", "08/17/2026", "14", "42")]),
        P("Status: completed. Creatinine to be checked at 1 month."),
        sig("Valentina Oduya-Brandt, MD 08/17/2026"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 17, "11/30/1944")))])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# f70_18 -- bundle (2 files, 4 pages): consult + simulation only, cranial SRS booked for next week ----------------------
_c = "HOLLYBROOK NEURO-ONCOLOGY PROGRAM"
add(name="f70_18", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: consult and simulation note for planned linac SRS to two metastases (mask made, CT sim "
          "done, MRI scheduled); the plan is 'in progress' and treatment is booked for the following week. Nothing "
          "delivered in this document set: facts empty, categories unmet, codes inconsistent.",
    docs=[
        Doc("consult.pdf", [[
            H1("Radiation Oncology Consultation"),
            KeyValue([("Date", "12/01/2026"), ("Patient", f"{patient(18)} ({mrn(18)})")]),
            P("61-year-old woman with triple-negative breast cancer and two new brain metastases on MRI 11/24/2026: left "
              "frontal 11 mm and right cerebellar 8 mm. Recommend single-fraction SRS, 20 Gy to each, on the linac with a "
              "frameless mask. Risks discussed; consent signed."),
            sig("Bartholomew Iwu-Castellano, MD 12/01/2026"),
        ], [
            Paragraph("Consultation (continued)", bold=True),
            P("Plan: mask and CT simulation this week; thin-slice MRI on 12/07; treatment target date 12/10/2026."),
        ]], opts=dict(header=banner(_c, "Consult", 18, "02/02/1965"))),
        Doc("sim_note.pdf", [[
            H1("Simulation Note"),
            P("12/03/2026: thermoplastic SRS mask fabricated; CT simulation 1 mm obtained. Planning MRI scheduled 12/07/2026. "
              "Contouring and planning to follow. Treatment scheduled 12/10/2026, not yet started."),
            sig("Bartholomew Iwu-Castellano, MD 12/03/2026"),
        ], [
            P("Plan status (printed 12/04/2026): IN PROGRESS - no approved plan; 0 of 1 fractions delivered."),
        ]], opts=dict(header=banner(_c, "Simulation", 18, "02/02/1965"))),
    ])

# f70_19 -- pdf printout: conventional palliative T8-T10 30 Gy/10 (SBRT declined); claimed as SBRT ----------------------
_c = "MILLBROOK COUNTY CANCER CENTER"
add(name="f70_19", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 10, ["CT"], ["body_immobilization"]),
    lesions=[L("T8-T10 vertebrae", "spinal", None, 30, 10)],
    categories=cats(),
    notes="Near-miss negative: end-of-treatment summary for conventional palliative radiotherapy to T8-T10, 30 Gy in "
          "10 fractions (VMAT, CT sim with vacuum cushion, daily kV imaging); SBRT was considered and not used "
          "(multilevel disease, poor performance). Ten fractions: claimed SBRT codes inconsistent, no delivery code.",
    docs=[Doc("f70_19.pdf", [[
        H1("End of Treatment Summary"),
        KeyValue([("Patient", f"{patient(19)} / {mrn(19)}"), ("Diagnosis", "Multiple myeloma with T8-T10 involvement, back pain"),
                  ("Decision", "Spine SBRT considered; not chosen (multilevel, ECOG 3). Conventional palliative RT."),
                  ("Simulation", "CT 3 mm, supine, vacuum cushion"), ("Plan", "VMAT 2 arcs, 6 MV, T7-T11 PTV; planning system MILLRACE TPS (invented)"),
                  ("Prescription", "30 Gy in 10 fractions"), ("Delivered", "3000 cGy / 10 fx, 10/05/2026 - 10/16/2026"),
                  ("IGRT", "daily orthogonal kV"), ("Toxicity", "grade 1 esophagitis")]),
        P("Pain improved from 8/10 to 4/10. Follow up with hematology; RT clinic in 4 weeks."),
        sig("Florian Achebe-Lindqvist, MD 10/16/2026"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 19, "07/07/1950")))])

# f70_20 -- ehr_text (dictated follow-up): review after an earlier adrenal SBRT course; nothing new given ----------------
add(name="f70_20", kind="ehr_text", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: dictated follow-up visit nine months after left adrenal SBRT (forty gray in five "
          "fractions, January 2026, another course); the restaging CT is stable and no treatment is given or "
          "planned. Facts empty, categories unmet.",
    docs=[Doc("f70_20.txt", text=f"""
THORNBURY RADIATION ONCOLOGY -- FOLLOW-UP VISIT (dictated)
Date of service: 10/20/2026   Dictating: Dr. Winifred Osei-Haddad   Transcribed 10/21/2026

Patient: {patient(20)}    MRN: {mrn(20)}    DOB: 05/15/1959

Mrs. Seventypatient returns nine months after completing stereotactic body radiation therapy to a left adrenal
metastasis from non-small cell lung cancer. That course, forty gray in five fractions, was given in January of this
year on our linear accelerator with abdominal compression and daily cone beam CT. Her restaging CT of the chest, abdomen
and pelvis from October fourteenth shows the left adrenal lesion smaller at one point one centimeters, with no new
disease. She has no fatigue or abdominal pain.

Assessment: Controlled left adrenal oligometastasis after SBRT. No further radiation is indicated today and none was
given. She continues on durvalumab. Return in four months with a CT.

Winifred Osei-Haddad, MD
{FOOT}
""")])


CORPUS = Corpus("blind_corpus70", "tests/blind_corpus70", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
