"""Forty-first blind corpus, ``tests/blind_corpus41/`` (regenerate: ``python scripts/make_corpus.py blind_corpus41``).

A tuning corpus (not held out), written blind (without reading the reader's code) as a fair sample of a
coding office's in-tray: cobalt-60, gantry-linac and robotic-linac cranial courses (1-10 lesions, a resection
cavity, a meningioma, a vestibular schwannoma, trigeminal neuralgia, a five-fraction course), spine (two
contiguous levels, post-operative, re-irradiation beside a rib), body SBRT (lung peripheral and central, liver,
prostate, adrenal, a three-site oligometastatic course) and three hard negatives. Half other clinics' system
printouts and exports, half dictated letters, procedure notes and bundles. Every clinic and system is invented.

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md.
"""

# ruff: noqa: E501  (exports and printouts are deliberately one long line per record)

from __future__ import annotations

from pdfmaker import ColumnBreak, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ADELAIDE", "BARTHOLOMEW", "CLEMENTINE", "DESMOND", "EVANGELINE", "FERDINAND", "GERALDINE", "HUMPHREY",
         "IMOGEN", "JEREMIAH", "KATHARINE", "LAZARUS", "MARGUERITE", "NATHANIEL", "OPHELIA", "PERCIVAL", "ROSALIND",
         "SEBASTIAN", "THEODORA", "VALENTINE"]


def patient(n: int) -> str:
    return f"FORTYONEPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-410{n:02d}"


def hdr(clinic: str, system: str, n: int, dob: str) -> list[str]:
    return [f"{clinic} | {system}", f"{patient(n)} | MRN {mrn(n)} | DOB {dob}"]


CHARTS = Charts()
add = CHARTS.add


# b41_01 -- bundle: dictated consult, cobalt plan printout, frame procedure note; 4 mets, names differ ---------------
_c = "HOLLINGFORD GAMMA CENTRE"
add(name="b41_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("A right parietal", "cranial", S, 20, 1), L("B left frontal", "cranial", S, 20, 1),
             L("C right cerebellar", "cranial", S, 18, 1), L("D left occipital", "cranial", S, 22, 1)],
    categories=cats(),
    notes="Bundle: dictated consult (three metastases in words), cobalt plan printout with four targets A-D "
          "(a fourth found on the frame-day MRI), procedure note naming them by location. Frame, MRI + CT, "
          "single session; all under 3.5 cm.",
    docs=[
        Doc("1_consult.txt", text=f"""
HOLLINGFORD GAMMA CENTRE - NEUROSURGICAL RADIOSURGERY CONSULTATION
Dictated 02/03/2026, transcribed 02/04/2026 (job 88214)
Patient: {patient(1)}   MRN: {mrn(1)}

Thank you for referring this sixty-one year old woman with non-small cell lung cancer. Her staging MRI of last week shows three enhancing lesions: a right parietal lesion of about one point four centimetres, a left frontal lesion of nine millimetres, and a right cerebellar lesion of two point one centimetres. She is neurologically intact, KPS ninety.

We discussed single-session radiosurgery on the cobalt unit with a head frame, which she would like. We will repeat a thin-slice stereotactic MRI on the day of treatment.

Dictated by: Oriel Penhallow, MD, Neurosurgery
{FOOT}
"""),
        Doc("2_plan_printout.pdf", [[
            H1("DOSE PLAN SUMMARY - SIXTEEN-SECTOR COBALT UNIT"),
            KeyValue([("Plan", "HF_MULTI_01  status APPROVED"), ("Treatment date", "02/17/2026"),
                      ("Fixation", "Stereotactic frame (4 pin) applied 06:40, fiducial indicator box"),
                      ("Imaging", "MRI 3D T1 post-contrast 1 mm, 07:30; CT 1 mm 07:55 (fused for skull definition)")]),
            RuledTable([("Tgt", "Where", "Size (mm)", "Rx (Gy)", "IDL %", "Shots", "Tmax (Gy)", "Min (Gy)"),
                        ("A", "R parietal", "14", "20.0", "50", "5", "40.0", "18.9"),
                        ("B", "L frontal", "9", "20.0", "50", "2", "40.0", "19.4"),
                        ("C", "R cerebellum", "21", "18.0", "50", "8", "36.0", "16.8"),
                        ("D", "L occipital (new, day-of MRI)", "4", "22.0", "50", "1", "44.0", "21.7")]),
            P("Brainstem Dmax 7.1 Gy. V12 brain 3.3 cc. Treatment time 74 min total."),
            sig("Medical physicist, H. Quennell, PhD 02/17/2026 09:48"),
        ]], opts=dict(header=hdr(_c, "TESSERA-GK Planning 5", 1, "10/09/1964"))),
        Doc("3_procedure_note.txt", text=f"""
PROCEDURE NOTE: STEREOTACTIC RADIOSURGERY   02/17/2026
{patient(1)}  {mrn(1)}

Frame placed under local anaesthetic without difficulty. Stereotactic MRI showed the three known lesions plus a new four millimetre left occipital focus, which we added. Frame coordinates verified on the couch before treatment (deviation 0.2 mm).
Delivered: right parietal 20 Gy, left frontal 20 Gy, right cerebellar 18 Gy, left occipital 22 Gy, each to the 50% line. Frame off at 11:05. Discharged home.

Oriel Penhallow, MD / Saffron Tilbury, MD (Radiation Oncology)
{FOOT}
"""),
    ])

# b41_02 -- pdf printout: linac cavity 30 Gy / 5, mask ------------------------------------------------------------
_c = "CRESSBROOK CANCER INSTITUTE"
add(name="b41_02", kind="pdf", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("Resection cavity left frontal", "cranial", S, 30, 5)],
    categories=cats(),
    notes="System printout: post-operative left frontal resection cavity 2.9 cm, 600 cGy x 5 = 3000 cGy on a "
          "gantry linac, open-face mask, daily CBCT with six-degree couch; per-fraction rows in cGy with "
          "running total.",
    docs=[Doc("b41_02.pdf", [[
        H1("Course Dose Report - Fractionated Stereotactic (Cranial)"),
        KeyValue([("Course", "C2 POSTOP CAVITY"), ("Unit", "6 MV FFF gantry linac, HD MLC"),
                  ("Target", "CTV_cavity_Lfront + 2 mm = PTV_cav (max dimension 2.9 cm)"),
                  ("Prescription", "3000 cGy in 5 fractions, 80% isodose, 2 VMAT arcs + 1 couch arc"),
                  ("Simulation", "CT 1 mm 04/02/2026 in open-face thermoplastic mask; MRI T1+C 04/01/2026 fused"),
                  ("Planning system", "ORRERY TPS 11")]),
        H2("Fraction history"),
        RuledTable([("Fx", "Date", "Site", "cGy / fx", "Cum. cGy", "IGRT", "Couch corr. (mm/deg)"),
                    ("1", "04/13/2026", "PTV_cav", "600", "600", "CBCT", "1.1 / 0.4"),
                    ("2", "04/14/2026", "PTV_cav", "600", "1200", "CBCT", "0.6 / 0.2"),
                    ("3", "04/15/2026", "PTV_cav", "600", "1800", "CBCT", "0.8 / 0.5"),
                    ("4", "04/16/2026", "PTV_cav", "600", "2400", "CBCT", "0.4 / 0.1"),
                    ("5", "04/17/2026", "PTV_cav", "600", "3000", "CBCT", "0.7 / 0.3")]),
        P("Course status: COMPLETE. Total delivered 3000 cGy / 5 fx."),
        sig("Linden Marchbank, MD 04/17/2026"),
    ]], opts=dict(header=hdr(_c, "KESTREL Record & Verify 8 - printed 04/17/2026", 2, "01/30/1971")))])

# b41_03 -- ehr_text: dictated letter, robotic linac vestibular schwannoma 12 Gy ------------------------------------
add(name="b41_03", kind="ehr_text", codes=["G0339", "77432", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("Right vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    notes="Dictated letter to the referring ENT surgeon: right vestibular schwannoma (complex by type) treated "
          "twelve Gy in one session on a robotic-arm linac with skull tracking, mask; dose in words and figures.",
    docs=[Doc("b41_03.txt", text=f"""
WEYBOURNE ROBOTIC RADIOSURGERY SERVICE
Letter dictated 06/22/2026

Dear Mr Fairweather,

Re: {patient(3)}   MRN {mrn(3)}   DOB 07/11/1958

I am writing to let you know that your patient completed radiosurgery for his right-sided vestibular schwannoma on the nineteenth of June. As you know the tumour measured 1.7 by 1.3 centimetres on the gadolinium MRI, extending into the cerebellopontine angle without brainstem compression.

He was planned on a fine-cut CT on the sixteenth of June in a thermoplastic mask, fused to a volumetric contrast MRI from the same day. The target was prescribed twelve Gray (12 Gy) to the 80 per cent isodose in a single fraction, using 164 non-isocentric beams from the robotic arm with 6D skull tracking; tracking images every 30 to 60 seconds showed corrections under half a millimetre. Cochlear mean dose 3.9 Gy.

He tolerated it well. We will repeat an MRI in six months and an audiogram at the same time.

Yours sincerely,
Tamsin Oakenfold, FRCR, Consultant Clinical Oncologist
{FOOT}
""")])

# b41_04 -- scan: linac meningioma single session; contradiction in dose --------------------------------------------
_c = "ASHBURY NEURO-ONCOLOGY"
add(name="b41_04", kind="scan", codes=["77372", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("Left convexity meningioma", "cranial", S, 14, 1)],
    categories=cats(),
    contradiction="The treatment table records 1400 cGy delivered, but the physician's summary line on the same page says 13 Gy.",
    notes="Scanned page (175 dpi): left parietal convexity meningioma 2.3 cm (simple: meningioma without size or "
          "location trigger) treated single session on a gantry linac with frameless mask, surface guidance and "
          "kV imaging. Delivered column reads 1400 cGy; the summary line says 13 Gy (contradiction). Gold "
          "follows the treatment record.",
    docs=[Doc("b41_04.pdf", [[
        H1("RADIOSURGERY TREATMENT SHEET"),
        KeyValue([("Diagnosis", "Meningioma, left parietal convexity, 2.3 x 1.9 cm (no optic apparatus nearby)"),
                  ("Machine", "C-arm linac with 2.5 mm MLC"), ("Immobilisation", "Frameless mask, surface guidance"),
                  ("Planning imaging", "CT 1.25 mm 08/03/2026; MRI T1 post contrast 08/02/2026, fused"),
                  ("Plan", "4 non-coplanar arcs, 14 Gy to 80% IDL")]),
        RuledTable([("Date", "Field", "MU", "Planned cGy", "Delivered cGy", "kV match"),
                    ("08/10/2026", "Arc 1-4", "3412", "1400", "1400", "0.5 mm / 0.3 deg, approved")]),
        P("Summary: left meningioma treated 08/10/2026, 13 Gy single fraction, no acute effects."),
        sig("Bellamy Crowhurst, MD 08/10/2026"),
    ]], opts=dict(header=hdr(_c, "paper record, scanned", 4, "03/28/1955"), scan=True, scan_dpi=175, font="Courier"))])

# b41_05 -- ehr_text: procedure note, cobalt frame trigeminal neuralgia ----------------------------------------------
add(name="b41_05", kind="ehr_text", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("Right trigeminal nerve root", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Procedure note: functional radiosurgery for right trigeminal neuralgia (complex: functional target), "
          "80 Gy maximum with one 4 mm shot on a cobalt unit under a frame; MRI (CISS) + CT, frame check.",
    docs=[Doc("b41_05.txt", text=f"""
STONEHAVEN FUNCTIONAL NEUROSURGERY
OPERATIVE / PROCEDURE NOTE
Patient {patient(5)}   MRN {mrn(5)}   Date of procedure 09/08/2026

PREOPERATIVE DIAGNOSIS: Right trigeminal neuralgia, V2-V3, refractory to carbamazepine and gabapentin.
PROCEDURE: Stereotactic radiosurgery, right trigeminal nerve, cobalt-60 unit.
ANAESTHESIA: Local with oral sedation.

DESCRIPTION: The stereotactic head frame was applied with four pins. Stereotactic MRI (CISS and post-contrast T1, 0.6 mm) and a 1 mm CT were obtained and fused. The target was placed on the cisternal segment of the right trigeminal nerve about 7 mm anterior to the root entry zone. A single 4 mm shot delivered a maximum dose of 80 Gy (the 50% line at 40 Gy); brainstem 15 Gy line outside the pons surface. Frame position was checked against the plan with the couch co-ordinate check before irradiation. Total treatment time 41 minutes.

The frame was removed. No complications.
Surgeon: Ansel Brightwater, MD   Radiation oncologist: Coralie Dunmore, MD
{FOOT}
""")])


# b41_06 -- bundle: robotic linac, consult 5 lesions, 7 treated, one complex by size --------------------------------
add(name="b41_06", kind="bundle", codes=["G0339", "77432", "61798", "61797", "61799"],
    facts=F("robotic_linac", ["cranial"], 7, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("Met 1 right frontal", "cranial", C, 16, 1), L("Met 2 left parietal", "cranial", S, 20, 1),
             L("Met 3 right occipital", "cranial", S, 20, 1), L("Met 4 left cerebellar", "cranial", S, 18, 1),
             L("Met 5 right temporal", "cranial", S, 20, 1), L("Met 6 left frontal", "cranial", S, 20, 1),
             L("Met 7 vermis", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Bundle: consult plans five metastases (one 3.8 cm, complex by size); planning MRI shows seven; robotic "
          "plan table and treatment record give seven single-session doses. 61799 claimed with only one complex "
          "lesion (consistency computed). Names change: consult by location, plan PTV_1..PTV_7.",
    docs=[
        Doc("1_consult.txt", text=f"""
RADIATION ONCOLOGY NEW PATIENT  -  TARRANMOOR HOSPITAL  -  05/04/2026
{patient(6)}  {mrn(6)}

HPI: 54F melanoma, progressive headaches. MRI 04/29: five lesions, the largest right frontal 3.8 cm with oedema, others 0.5-1.6 cm (left parietal, right occipital, left cerebellar, right temporal).
Plan: SRS to all five, single fraction on the robotic system, mask. Right frontal lesion to 16 Gy given size. Thin-slice planning MRI to be done.

Ilse Harrowgate, MD
{FOOT}
"""),
        Doc("2_plan.pdf", [[
            H1("Treatment Plan Summary (robotic radiosurgery)"),
            KeyValue([("Planning CT", "05/11/2026, 1 mm, mask"), ("Planning MRI", "05/11/2026 T1+C 1 mm - 2 further lesions seen (L frontal, vermis)"),
                      ("Tracking", "6D skull"), ("Collimation", "Iris variable aperture")]),
            RuledTable([("Structure", "Max dim (cm)", "Dose (Gy)", "Fx", "Isodose %", "Coverage %", "Beams"),
                        ("PTV_1", "3.8", "16", "1", "72", "97.1", "211"), ("PTV_2", "1.6", "20", "1", "78", "98.9", "96"),
                        ("PTV_3", "0.9", "20", "1", "80", "99.5", "64"), ("PTV_4", "1.2", "18", "1", "79", "99.0", "71"),
                        ("PTV_5", "0.5", "20", "1", "81", "100", "40"), ("PTV_6", "0.4", "20", "1", "80", "100", "38"),
                        ("PTV_7", "0.7", "18", "1", "77", "99.6", "52")]),
            sig("Physicist: Corwin Ledbetter, MS 05/13/2026"),
        ]], opts=dict(header=hdr("TARRANMOOR HOSPITAL", "SIRIUS-RX Plan Report", 6, "12/12/1971"))),
        Doc("3_treatment_record.txt", text=f"""
TREATMENT RECORD  {patient(6)}  {mrn(6)}  05/15/2026
Robotic linac, single session, mask. Skull tracking images every 45 s; max correction 0.8 mm.
PTV_1 (R frontal) 1600 cGy  | PTV_2 (L parietal) 2000 cGy | PTV_3 (R occipital) 2000 cGy | PTV_4 (L cerebellar) 1800 cGy
PTV_5 (R temporal) 2000 cGy | PTV_6 (L frontal, new) 2000 cGy | PTV_7 (vermis, new) 1800 cGy
All seven delivered as planned. Treatment time 112 min.
RTT: M. Pellow  /  Physician present: I. Harrowgate, MD
{FOOT}
"""),
    ])

# b41_07 -- ehr_text: CSV-like export, 10 lesions, linac single session --------------------------------------------
_rows = [("1", "R frontal", "0.6"), ("2", "L frontal", "0.8"), ("3", "R parietal", "1.1"), ("4", "L parietal", "0.5"),
         ("5", "R occipital", "0.7"), ("6", "L occipital", "0.9"), ("7", "R cerebellar", "1.3"), ("8", "L cerebellar", "0.4"),
         ("9", "R temporal", "0.6"), ("10", "L insular", "1.0")]
_csv = "\n".join(f'{mrn(7)},"{patient(7)}",2026-07-21,PTV{int(i):02d},{loc},{sz},{1800 if int(i) in (7, 10) else 2000},1,{1800 if int(i) in (7, 10) else 2000},TREATED'
                 for i, loc, sz in _rows)
add(name="b41_07", kind="ehr_text", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 10, 1, ["MRI"], ["mask"]),
    lesions=[L(f"PTV{int(i):02d} {loc}", "cranial", S, 18 if int(i) in (7, 10) else 20, 1) for i, loc, _ in _rows],
    categories=cats(),
    notes="Comma-separated export from an invented record system: ten metastases (all < 3.5 cm), one session on a "
          "gantry linac with a single isocentre, mask, MRI-only planning (synthetic CT noted), per-row doses in cGy "
          "(18 Gy for PTV07 and PTV10). CBCT row is verification.",
    docs=[Doc("b41_07.txt", text=f"""
# export: LANTERNHILL ONCOLOGY / TIDEMARK-RV 2.4 / generated 2026-07-21T15:02 / course SRS_MULTI
# course info: gantry linac 6X-FFF, single-isocentre multi-target VMAT, open-face mask; planning MRI T1+C 1 mm 2026-07-14 (MR-only planning, synthetic CT generated from MRI - no CT acquired)
# igrt: CBCT + 6DoF couch, 2026-07-21 09:12, shifts 0.7/0.3/0.5 mm, approved; intrafraction surface monitoring
MRN,NAME,DATE,TARGET,LOCATION,DIAM_CM,RX_CGY,FX,DELIVERED_CGY,STATUS
{_csv}
# total targets: 10 ; fractions: 1 ; signed L. Ambervale MD 2026-07-21
# {FOOT}
""")])

# b41_08 -- two-column pdf: linac, brainstem lesion (complex) + cerebellar -------------------------------------------
add(name="b41_08", kind="pdf", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("Pontine metastasis", "cranial", C, 15, 1), L("Right cerebellar metastasis", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Two-column summary page: a 7 mm pontine metastasis (complex: within the brainstem) at 15 Gy and a right "
          "cerebellar metastasis at 20 Gy, one session on a gantry linac with mask; CT + MRI; CBCT before delivery.",
    docs=[Doc("b41_08.pdf", [[
        H1("Radiosurgery Completion Summary"),
        H2("Background"),
        P("Renal cell carcinoma with two new brain metastases on MRI 10/02/2026: a 7 mm lesion within the pons and "
          "a 1.9 cm right cerebellar lesion."),
        H2("Simulation"),
        P("CT 1 mm in a frameless thermoplastic mask on 10/06/2026; fused with MRI T1+C of 10/05/2026."),
        H2("Plan"),
        P("Gantry linac, 5 dynamic conformal arcs, one isocentre per target. Pons 15 Gy at 80%; right cerebellum "
          "20 Gy at 80%. Brainstem D0.03cc 15.4 Gy accepted."),
        ColumnBreak(),
        H2("Delivery 10/09/2026"),
        P("CBCT and 6D couch correction before each isocentre; residual below 0.5 mm. Both targets delivered in full "
          "in a single session."),
        RuledTable([("Target", "Gy delivered"), ("Pons", "15"), ("R cerebellum", "20")]),
        H2("Follow-up"),
        P("MRI in 8 weeks; dexamethasone taper."),
        sig("Rosalie Thistlewood, MD 10/09/2026"),
    ]], opts=dict(header=hdr("BRACKENRIDGE RADIATION CENTRE", "summary", 8, "06/17/1960"), two_columns=True))])


# b41_09 -- pdf: physics second check, T11-T12 contiguous levels as one target --------------------------------------
add(name="b41_09", kind="pdf", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T11-T12 vertebral bodies (one PTV)", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Physics second-check worksheet: contiguous T11-T12 metastases contoured and treated as one PTV, "
          "2700 cGy in 3 on a gantry linac, vacuum body cushion, CT + MRI; secondary MU check and CBCT per "
          "fraction. 63621 claimed for a single target (consistency computed).",
    docs=[Doc("b41_09.pdf", [[
        H1("INDEPENDENT PLAN CHECK - SPINE SBRT"),
        KeyValue([("Plan", "SP_T11T12_v2"), ("Target", "PTV_T11_T12: T11 and T12 bodies and left pedicles, contoured as a single contiguous target"),
                  ("Prescription", "2700 cGy / 3 fx (900 cGy per fraction), 2 VMAT arcs 10 MV FFF"),
                  ("Immobilisation", "Full-length vacuum cushion, arms up"),
                  ("Imaging for planning", "CT sim 1.5 mm 11/02/2026; MRI T1/T2 spine 11/02/2026 registered"),
                  ("IGRT", "CBCT each fraction, 6DoF, tolerance 1 mm / 1 deg")]),
        RuledTable([("Beam", "TPS MU", "Check MU", "Diff %", "Pass"),
                    ("ARC_1", "1422", "1431", "+0.6", "Y"), ("ARC_2", "1388", "1379", "-0.6", "Y")]),
        RuledTable([("OAR", "Limit", "Plan", "OK"), ("Cord Dmax", "21.9 Gy", "19.8 Gy", "Y"), ("Cord PRV 0.35cc", "18 Gy", "16.2 Gy", "Y")]),
        H2("Delivery log attached by therapist"),
        TextTable([("Fx", "Date", "Dose cGy", "CBCT"), ("1", "11/09/2026", "900", "done"), ("2", "11/11/2026", "900", "done"),
                   ("3", "11/13/2026", "900", "done")], columns=[0, 40, 130, 210]),
        P("Course complete: 2700 cGy to PTV_T11_T12."),
        sig("Marius Gildersleeve, PhD, physicist 11/13/2026"),
    ]], opts=dict(header=hdr("PENROSE VALLEY RADIOTHERAPY", "QUILL-CHECK 4", 9, "02/02/1950")))])

# b41_10 -- bundle: post-op L2 spine, robotic, spine tracking ------------------------------------------------------
add(name="b41_10", kind="bundle", codes=["G0339", "G0340", "77435", "63620"],
    facts=F("robotic_linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L2 post-operative (post separation surgery)", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Bundle: neurosurgery letter (separation surgery and posterior fixation at L1-L3 for an L2 metastasis), "
          "simulation note (vacuum mattress, CT myelogram + MRI), completion note: 24 Gy in 2 fractions on a "
          "robotic linac with spine tracking, no fiducials. Plan at consult was 30 Gy / 5, changed to 24 / 2.",
    docs=[
        Doc("1_surgery_letter.txt", text=f"""
Dear Dr Mallowby,
I saw {patient(10)} ({mrn(10)}) after her L2 separation surgery with L1-L3 posterior instrumentation on 01/12/2026 for metastatic breast cancer. Wound healed. Please consider post-operative stereotactic radiotherapy; I would suggest 30 Gy in five given hardware.
Regards, Fenwick Astley, FRCS, Spinal Surgery
{FOOT}
"""),
        Doc("2_simulation.txt", text=f"""
SIMULATION NOTE 02/02/2026  {patient(10)}  {mrn(10)}
Supine in a full-body vacuum mattress, knee rest. CT myelogram 1 mm through T11-L4 and post-op MRI 01/29/2026 fused for cord and cauda delineation. After review at spine board, prescription changed to 24 Gy in 2 fractions (12 Gy each) to the post-op CTV.
Simulation therapist: J. Wrenfield
{FOOT}
"""),
        Doc("3_completion.txt", text=f"""
COMPLETION NOTE - SBRT SPINE  {patient(10)}  {mrn(10)}
Site: L2 post-operative bed. Unit: robotic arm linac, spine tracking (no fiducials). Dose: 2400 cGy in 2 fractions, 02/09/2026 and 02/11/2026, 70% isodose. Tracking corrections < 1 mm throughout. Cauda equina Dmax 17.9 Gy.
No acute toxicity. MRI spine 3 months.
Verity Mallowby, MD 02/11/2026
{FOOT}
"""),
    ])

# b41_11 -- ehr_text: dictated letter, C5 re-irradiation + right 7th rib -------------------------------------------
add(name="b41_11", kind="ehr_text", codes=["77373", "77435", "63620"],
    facts=F("linac", ["body", "spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization", "mask"]),
    lesions=[L("C5 vertebral body (re-irradiation)", "spinal", None, 21, 3), L("Right seventh rib", "body", None, 27, 3)],
    categories=cats(),
    notes="Speech-recognition dictation with numbers in words: C5 re-irradiation (20 Gy / 5 conventional two years "
          "ago) 21 Gy in three, and a right seventh rib lesion 27 Gy in three in the same three sessions, gantry "
          "linac, head-and-shoulder mask for the neck and vacuum bag for the chest; CT + MRI; CBCT daily.",
    docs=[Doc("b41_11.txt", text=f"""
FALLOWMEAD CANCER CENTRE  dictation  03/27/2026
re {patient(11)} medical record {mrn(11)}

this is a follow through letter on mister {FIRST[10].title()} who has prostate cancer with oligoprogression. he had twenty Gray in five fractions to C4 to C6 in 2024 for cord compression. he now has progression at C5 only and a new painful lesion in the right seventh rib posteriorly.

we re irradiated C5 with stereotactic body radiotherapy twenty one Gray in three fractions, seven Gray per fraction, taking the cord dose into account cumulatively, and in the same three sessions treated the rib to twenty seven Gray in three fractions. treatment was on the gantry linac on the twentieth twenty second and twenty fourth of March. he was immobilised in a five point head and shoulder mask with a vacuum bag under the chest. planning CT two millimetre and a cervical spine MRI were fused. cone beam CT before each fraction period.

both sites completed. we will see him in six weeks.

Odette Haverstock MD radiation oncology
{FOOT}
""")])

# b41_12 -- pdf with rotated page: peripheral lung SBRT 54 Gy / 3 -------------------------------------------------
add(name="b41_12", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("PTV_RLL right lower lobe", "body", None, 54, 3)],
    categories=cats(),
    notes="Two-page record: prescription page (peripheral right lower lobe adenocarcinoma, 4DCT with ITV, PET-CT, "
          "wing board and abdominal compression) and a landscape session table stored rotated (page 2): 1800 cGy "
          "x 3 with CBCT per fraction.",
    docs=[Doc("b41_12.pdf", [[
        H1("SBRT Prescription and Course Record"),
        KeyValue([("Site", "Right lower lobe, peripheral, 2.1 cm, T1cN0"), ("Simulation", "4DCT 2 mm 05/04/2026, ITV from all phases; PET-CT 04/20/2026 fused"),
                  ("Immobilisation", "Wing board, knee sponge, abdominal compression plate"),
                  ("Rx", "5400 cGy / 3 fx to PTV_RLL (ITV + 5 mm), 3 coplanar arcs, 6 MV FFF gantry linac")]),
        P("See landscape page for the session table."),
    ], [
        H2("Session table"),
        RuledTable([("Session", "Date", "Target", "Planned cGy", "Delivered cGy", "Cumulative", "Image guidance", "Therapists"),
                    ("1/3", "05/11/2026", "PTV_RLL", "1800", "1800", "1800", "CBCT, 2 mm sup shift", "AK/ TM"),
                    ("2/3", "05/13/2026", "PTV_RLL", "1800", "1800", "3600", "CBCT", "AK/ BP"),
                    ("3/3", "05/15/2026", "PTV_RLL", "1800", "1800", "5400", "CBCT", "TM/ BP")]),
        sig("Winifred Castellane, MD 05/15/2026"),
    ]], opts=dict(header=hdr("ORCHARD BAY ONCOLOGY", "MERIDIAN-OIS course export", 12, "09/23/1947"), rotate={2: 90}))])


# b41_13 -- ehr_text: dictated completion letter, central lung 50 Gy in five words ---------------------------------
add(name="b41_13", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("Left hilar (central) lung tumour", "body", None, 50, 5)],
    categories=cats(),
    notes="Dictated completion letter, numbers in words: central left hilar squamous carcinoma, fifty Gray in "
          "five fractions on alternate days on a gantry linac, 4DCT + PET-CT, vacuum cushion, CBCT daily. A "
          "spoken self-correction ('sorry, five fractions not eight').",
    docs=[Doc("b41_13.txt", text=f"""
KINGSMERE RADIOTHERAPY - CLINIC LETTER (transcribed from dictation, 07/31/2026)
Patient: {patient(13)}   Hospital no.: {mrn(13)}

Dear Dr Appleyard,

Your patient has now finished stereotactic radiotherapy to the central left lung tumour adjacent to the left main bronchus. We had considered sixty Gray in eight fractions given the central location, but on review of the bronchial tree dose we settled on fifty Gray in eight, sorry, in five fractions, ten Gray each, given every other day from the twentieth to the twenty-eighth of July.

Planning used a four-dimensional CT in a vacuum cushion with arms raised, registered to his PET-CT of early July. A cone-beam CT was acquired and matched before every fraction. All five fractions were given without interruption on the gantry linear accelerator. Proximal bronchial tree maximum 38 Gy, oesophagus 27 Gy.

He has mild fatigue only. I will see him in eight weeks with a CT chest.

Yours sincerely,
Dr Peregrine Lyall, Consultant Clinical Oncologist
{FOOT}
""")])

# b41_14 -- bundle: liver robotic with fiducials 45 Gy / 3 ----------------------------------------------------------
add(name="b41_14", kind="bundle", codes=["G0339", "G0340", "77435", "77373"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("Segment VII hepatocellular carcinoma", "body", None, 45, 3)],
    categories=cats(),
    notes="Bundle: fiducial placement note (three gold seeds), simulation/plan key: value sheet (triphasic CT + "
          "MRI, vacuum cushion), treatment record rows with synchrony-style respiratory tracking; 15 Gy x 3 on a "
          "robotic linac. 77373 claimed beside G0339/G0340 (consistency computed).",
    docs=[
        Doc("1_fiducials.txt", text=f"""
INTERVENTIONAL RADIOLOGY - FIDUCIAL MARKER PLACEMENT   08/04/2026
{patient(14)}  {mrn(14)}
Under ultrasound guidance three 1 x 3 mm gold markers were placed around the segment VII lesion. No bleeding. Post-procedure CT confirms positions.
Rhiannon Vesey, MD
{FOOT}
"""),
        Doc("2_plan.pdf", [[
            H1("Liver SBRT - simulation and plan"),
            KeyValue([("Sim date", "08/11/2026 (one week after fiducials)"), ("Position", "Supine, vacuum cushion, arms up"),
                      ("Imaging", "Triphasic contrast CT 1.25 mm; liver MRI with hepatobiliary contrast 08/11/2026, fused"),
                      ("Target", "GTV segment VII HCC 3.1 cm, PTV = GTV + 5 mm"),
                      ("Prescription", "45 Gy in 3 fractions (15 Gy/fx) to 75% isodose"),
                      ("Tracking", "fiducial + respiratory model tracking"),
                      ("Liver-GTV mean", "11.2 Gy (limit 15 Gy)")]),
            sig("Plan approved: Dorian Whitlock, MD 08/14/2026"),
        ]], opts=dict(header=hdr("ELMSTEAD UNIVERSITY HOSPITAL", "ARBOR-PLAN 6", 14, "05/05/1957"))),
        Doc("3_record.txt", text=f"""
ROBOTIC LINAC TREATMENT RECORD   {patient(14)}   {mrn(14)}
FX | DATE       | cGy  | CUM cGy | TRACKING                         | NOTES
1  | 08/17/2026 | 1500 | 1500    | 3 fiducials, resp. model err 1.4 | -
2  | 08/19/2026 | 1500 | 3000    | 3 fiducials, model err 1.2       | -
3  | 08/21/2026 | 1500 | 4500    | 3 fiducials, model err 1.6       | course complete
{FOOT}
"""),
    ])

# b41_15 -- ehr_text: key: value export, prostate 36.25 / 5 with spacer; 77432 wrong ------------------------------
add(name="b41_15", kind="ehr_text", codes=["77373", "77435", "77432"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("Prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="EHR key: value export of a prostate SBRT course: 3625 cGy / 5 on a gantry linac, three fiducials and a "
          "hydrogel spacer, CT + MRI, knee-and-foot immobiliser, kV matching to fiducials per fraction. 77432 "
          "(cranial management) wrongly claimed.",
    docs=[Doc("b41_15.txt", text=f"""
=== HEARTHSTONE UROLOGY & RADIATION - CHART EXPORT (WILLOWCHART v9) ===
Patient Name: {patient(15)}
MRN: {mrn(15)}
DOB: 1952-10-14
Diagnosis: Adenocarcinoma of prostate, Gleason 3+4, PSA 7.9, cT2a
Procedure (2026-09-01): Transperineal placement of 3 gold fiducials and hydrogel rectal spacer
Simulation Date: 2026-09-09
Simulation Imaging: CT 1.5 mm; MRI pelvis T2 1 mm, registered on fiducials
Immobilization: Knee and foot immobiliser (indexed), comfortably full bladder
Treatment Unit: gantry linac 6X-FFF
Technique: SBRT, 2 VMAT arcs
Rx Total: 3625 cGy
Rx Per Fraction: 725 cGy
Fractions Planned: 5
Fractions Delivered: 5
Treatment Dates: 2026-09-15, 2026-09-17, 2026-09-19, 2026-09-22, 2026-09-24
Image Guidance: kV pair fiducial match + CBCT each fraction; intrafraction kV at 90 degrees
Rectum V36Gy: 0.4 cc
Course Status: Completed
Signed By: Hollis Merriweather, MD 2026-09-24
{FOOT}
""")])

# b41_16 -- scan: adrenal on MR-linac 40 Gy / 5 --------------------------------------------------------------------
add(name="b41_16", kind="scan", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("Left adrenal metastasis", "body", None, 40, 5)],
    categories=cats(),
    notes="Scanned page (160 dpi): left adrenal metastasis treated 8 Gy x 5 on an MR-guided gantry linac with daily "
          "adaptive replanning and cine-MR gating; planning CT + MRI, vacuum cushion.",
    docs=[Doc("b41_16.pdf", [[
        H1("MR-GUIDED SBRT - COURSE SUMMARY"),
        KeyValue([("Target", "Left adrenal metastasis (NSCLC), 2.6 cm"),
                  ("Unit", "1.5 T MR-linac (gantry linac), adaptive"),
                  ("Sim", "CT 2 mm + MR sim 10/12/2026, vacuum cushion, arms down"),
                  ("Dose", "40 Gy / 5 fx, 8 Gy per fraction")]),
        RuledTable([("Fx", "Date", "Adapt", "Gating", "Dose (Gy)"),
                    ("1", "10/19", "adapt-to-shape", "cine MR, breath hold", "8"),
                    ("2", "10/20", "adapt-to-shape", "cine MR", "8"),
                    ("3", "10/21", "adapt-to-position", "cine MR", "8"),
                    ("4", "10/22", "adapt-to-shape", "cine MR", "8"),
                    ("5", "10/23", "adapt-to-shape", "cine MR", "8")]),
        P("Completed 10/23/2026, 40 Gy total. Stomach Dmax 32 Gy."),
        sig("Evander Quillfeather, MD"),
    ]], opts=dict(header=hdr("NORTHWOLD MR-RT UNIT", "scanned from paper", 16, "04/04/1966"), scan=True, scan_dpi=160, font="Courier"))])


# b41_17 -- bundle: oligometastatic three sites, third added at simulation; contradiction in completion --------------
add(name="b41_17", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["body", "spinal"], 3, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("Liver segment IVb", "body", None, 40, 5), L("Right adrenal", "body", None, 35, 5),
             L("T8 vertebral body", "spinal", None, 35, 5)],
    categories=cats(),
    contradiction="The treatment record gives the right adrenal 35 Gy in 5 fractions, while the completion note says the adrenal received 40 Gy.",
    notes="Bundle: consult (two sites, liver and adrenal), simulation note adding T8 after a new PET-CT, "
          "ruled treatment record with three targets per session, completion note that misstates the adrenal "
          "dose as 40 Gy (contradiction). Gold follows the treatment record. Gantry linac, vacuum cushion.",
    docs=[
        Doc("1_consult.txt", text=f"""
CONSULTATION - OLIGOMETASTATIC COLORECTAL CANCER   06/01/2026   WILLOWBANK ONCOLOGY
{patient(17)} {mrn(17)}
Two metastases after FOLFOX: liver segment IVb (2.2 cm) and right adrenal (1.8 cm). Recommend SBRT to both, 40 Gy in 5 to the liver and 35 Gy in 5 to the adrenal. Restaging PET-CT before simulation.
Marisol Quenby, MD
{FOOT}
"""),
        Doc("2_simulation.txt", text=f"""
SIM NOTE 06/15/2026 - {patient(17)}
PET-CT 06/12/2026 shows a new avid T8 vertebral body lesion; added as a third target, 35 Gy in 5. 4DCT 2 mm in vacuum cushion with arms up, registered to the PET-CT. Three PTVs: PTV_LIV, PTV_ADR_R, PTV_T8.
{FOOT}
"""),
        Doc("3_record.pdf", [[
            H1("Treatment delivery record"),
            RuledTable([("Date", "Fx", "PTV_LIV cGy", "PTV_ADR_R cGy", "PTV_T8 cGy", "IGRT"),
                        ("06/22/2026", "1", "800", "700", "700", "CBCT x3"),
                        ("06/24/2026", "2", "800", "700", "700", "CBCT x3"),
                        ("06/26/2026", "3", "800", "700", "700", "CBCT x3"),
                        ("06/29/2026", "4", "800", "700", "700", "CBCT x3"),
                        ("07/01/2026", "5", "800", "700", "700", "CBCT x3"),
                        ("Total", "5", "4000", "3500", "3500", "")]),
            P("Unit: 6 MV FFF gantry linac."),
        ]], opts=dict(header=hdr("WILLOWBANK ONCOLOGY", "HALYARD-RV printout", 17, "08/19/1963"))),
        Doc("4_completion.txt", text=f"""
COMPLETION NOTE 07/01/2026  {patient(17)}  {mrn(17)}
SBRT completed to three sites: liver IVb 40 Gy/5, right adrenal 40 Gy/5, T8 35 Gy/5. Tolerated well, grade 1 nausea. PET-CT in 3 months.
Marisol Quenby, MD
{FOOT}
"""),
    ])

# b41_18 -- ehr_text: hard negative, consult ending in whole-brain RT ------------------------------------------------
add(name="b41_18", kind="ehr_text", codes=["77372", "77432", "61796"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: consult for fourteen brain metastases; radiosurgery discussed and declined as unsuitable; "
          "plan is whole-brain radiotherapy 30 Gy in 10 fractions to start next week. Nothing delivered in this "
          "chart. Facts empty, categories unmet, claimed codes inconsistent.",
    docs=[Doc("b41_18.txt", text=f"""
RADIATION ONCOLOGY CONSULT - GREYSTEAD REGIONAL   11/03/2026
Pt: {patient(18)}   MRN {mrn(18)}

58M small cell lung cancer, MRI brain 10/30/2026 with fourteen enhancing lesions, largest 1.2 cm, plus leptomeningeal enhancement along the cerebellar folia.
Discussed stereotactic radiosurgery at length: given the number of lesions, histology and leptomeningeal disease it is not a good option. Recommend whole-brain radiotherapy, 30 Gy in 10 fractions, with memantine; hippocampal avoidance not appropriate.
Consent signed. CT simulation with mask booked for 11/06/2026; treatment to start 11/09/2026.

Galen Fenwright, MD
{FOOT}
""")])

# b41_19 -- pdf: hard negative, spine SBRT plan cancelled before any fraction ---------------------------------------
add(name="b41_19", kind="pdf", codes=["77373", "77435", "63620"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: prescription sheet with revision history for L4 SBRT 30 Gy / 5 (rev 1 27 Gy / 3, rev 2 "
          "30 Gy / 5), then course status CANCELLED before fraction 1 (admitted with sepsis, changed to hospice). "
          "Sessions table shows 0 delivered. Facts empty.",
    docs=[Doc("b41_19.pdf", [[
        H1("Prescription - Stereotactic Body (Spine)"),
        KeyValue([("Site", "L4 vertebral body metastasis"), ("Unit", "gantry linac"),
                  ("Status", "CANCELLED 03/18/2026 - no fractions delivered")]),
        RuledTable([("Rev", "Date", "Dose", "Fx", "Reason", "By"),
                    ("1", "03/02/2026", "2700 cGy", "3", "initial", "KT"),
                    ("2", "03/09/2026", "3000 cGy", "5", "cauda constraint", "KT"),
                    ("3", "03/18/2026", "-", "-", "course cancelled: admitted with sepsis, transition to hospice", "KT")]),
        RuledTable([("Scheduled", "Fx", "Delivered cGy", "Status"),
                    ("03/16/2026", "1", "0", "not treated - patient inpatient"),
                    ("03/18/2026", "1", "0", "cancelled")]),
        sig("Kestrel Tamworth, MD 03/18/2026"),
    ]], opts=dict(header=hdr("LINDENHURST CANCER CARE", "SEXTANT Rx module", 19, "12/01/1944")))])

# b41_20 -- ehr_text: hard negative, follow-up after Gamma Knife elsewhere ------------------------------------------
add(name="b41_20", kind="ehr_text", codes=["77371", "77432", "61796"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: follow-up visit at this clinic recounting radiosurgery given elsewhere in 2025 (cobalt "
          "unit, frame, two lesions at 20 and 18 Gy); MRI today shows response; nothing treated in this course.",
    docs=[Doc("b41_20.txt", text=f"""
FOLLOW-UP VISIT   AMBERLEIGH NEURO-ONCOLOGY CLINIC   12/01/2026
{patient(20)}   {mrn(20)}

Interval history: Transferred her care here in the summer. In October 2025 she had frame-based radiosurgery at another centre on a cobalt unit for two breast cancer metastases (right frontal 20 Gy, left temporal 18 Gy, per the outside summary we have on file).
MRI brain 11/28/2026: both lesions smaller, no new lesions, minimal oedema.
Exam: non-focal. KPS 90.
Plan: continue tucatinib per medical oncology; MRI in three months. No radiotherapy planned.

Juniper Ashcombe, NP / Aldous Pevensey, MD
{FOOT}
""")])


CORPUS = Corpus("blind_corpus41", "tests/blind_corpus41", CHARTS, pdf_options={"footer": FOOT, "font": "Helvetica"},
                hand_written=["README.md", "FIRST_RUN.md"])
