"""Twenty-first blind corpus, ``tests/blind_corpus21/`` (regenerate: ``python scripts/make_corpus.py blind_corpus21``).

Twenty courses written as prescription, planning and surgical documents: oncology-information-system
prescription printouts (Site / Technique / Energy / Dose per fraction / Number of fractions / Total dose /
Frequency / Prescribed to isodose / Rx approved by, with versions and revisions), plan approval forms and plan
reports with DVH tables of many organ-at-risk constraints, ICRU reference points and MU per beam or arc;
neurosurgery-side documents (operative reports with co-surgeon statements, sedation records, OR time-out
sheets, post-procedure nursing notes); body SBRT device records (fiducials, hydrogel spacer, 4DCT/ITV,
compression, breath hold, tracking, immobilisation) and radiology planning-study reports against diagnostic
and surveillance studies. PDFs (some scanned, one rotated page, one two-column page, a DVH table running over
a page break with its header repeated), text exports and bundles of 2-4 documents.

Hard negatives: a consultation recommending SRS, a cranial plan approved but never delivered, a fiducial and
spacer placement note alone, a 10-fraction spine course claimed as SBRT. Three charts contradict themselves
(``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (printed forms and dictated text are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import ColumnBreak, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["AUGUSTINE", "BERENICE", "CORNELIUS", "DRUSILLA", "EVERARD", "FLAVIA", "GODFREY", "HYACINTH", "ISIDORE",
         "JOCASTA", "LEOPOLD", "MARGUERITE", "NORBERT", "OTTILIE", "PERCIVAL", "QUINTINA", "ROWLAND", "SABINE",
         "TIBERIUS", "WINIFRED"]


def patient(n: int) -> str:
    return f"TWENTYONEPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-21{n:03d}"


def hdr(clinic: str, n: int, extra: str = "") -> list[str]:
    return [clinic, f"{patient(n)}    MRN {mrn(n)}" + (f"    {extra}" if extra else "")]


def pid(n: int) -> str:
    return f"Patient: {patient(n)}   MRN: {mrn(n)}"


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Gamma Knife
# ==================================================================================================

# b21_01 -- bundle: OR time-out + operative report + sedation record + nursing note; GK frame, two metastases
_c = "CALDERBROOK NEUROSCIENCE PAVILION"
add(name="b21_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 2, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left occipital", "cranial", S, 20, 1), L("right superior frontal", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Four neurosurgery-side documents: OR time-out sheet, operative report by the neurosurgeon with a "
          "co-surgeon statement (frame applied under local anaesthesia), a sedation record and a post-procedure "
          "nursing note. Two metastases on a Gamma Knife Perfexion: left occipital 20 Gy and right superior "
          "frontal 18 Gy at 50%. Traps: max doses 40/36 Gy, pin torque, sedation doses (midazolam 2 mg, "
          "fentanyl 50 mcg), vital signs, a 2.8 cm lesion resected in 2025 that is not a target.",
    docs=[
        Doc("1_or_timeout.pdf", [[
            H1("Procedural Time-Out / Universal Protocol"),
            KeyValue([("Patient", patient(1)), ("MRN", mrn(1)), ("Date", "09/14/2026"),
                      ("Location", "Gamma Knife suite, Room N-2"),
                      ("Procedure", "Stereotactic headframe application and Gamma Knife radiosurgery, brain metastases x 2"),
                      ("Laterality / site", "Left occipital and right superior frontal (bilateral), marked on consent"),
                      ("Consent signed", "Yes - 09/02/2026"), ("Allergies", "Sulfa (rash)"),
                      ("Anticoagulants held", "Apixaban held since 09/11/2026")]),
            RuledTable([("Check", "Confirmed by", "Time"),
                        ("Patient identity (2 identifiers)", "RN / MD", "06:52"),
                        ("Procedure and sites agree with consent", "RN / MD / RO", "06:53"),
                        ("Frame size and pins available (4 pins, 2 spares)", "RN", "06:53"),
                        ("Imaging available: contrast MRI 09/08/2026", "MD", "06:54"),
                        ("Fire risk assessment: low", "RN", "06:54")]),
            P("Time-out completed with all team members present and in agreement."),
            sig("Marguerite Oyelaran-Fitch, RN, circulating nurse, 09/14/2026 06:55"),
        ]], opts=dict(header=hdr(_c, 1), page_numbers=None)),
        Doc("2_operative_report.txt", text=f"""
{_c} - DEPARTMENT OF NEUROSURGERY
OPERATIVE REPORT
{pid(1)}   Date of surgery: 09/14/2026

Surgeon: Rupert Vandersloot, MD (Neurosurgery)
Co-surgeon: Henrietta Amankwah-Reyes, MD (Radiation Oncology)
Anesthesia: Local anesthesia (1% lidocaine / 0.25% bupivacaine) with moderate sedation administered by nursing under my supervision.

Preoperative diagnosis: Two brain metastases, melanoma.
Postoperative diagnosis: Same.
Procedures: (1) Application of Leksell G stereotactic headframe. (2) Gamma Knife stereotactic radiosurgery, two intracranial lesions, single session.

Indications: 58-year-old man with BRAF-mutant melanoma on dabrafenib/trametinib. A right parietal metastasis (2.8 cm) was resected in 03/2025 and that cavity has remained without recurrence. Restaging MRI of 09/08/2026 shows two new enhancing lesions: left occipital, 1.4 cm, and right superior frontal gyrus, 0.9 cm. Radiosurgery was recommended by the tumor board.

Description: The patient was brought to the Gamma Knife suite and a time-out was performed. The stereotactic headframe was applied under local anesthesia: the frame was centred with ear bars, four pin sites were infiltrated and the pins tightened to 0.4 Nm in diagonal pairs. The frame was secure. The patient was taken to MRI where a stereotactic 1 mm contrast-enhanced T1 volume was acquired with the MR indicator, followed by a stereotactic CT with the CT indicator, which were co-registered in Leksell GammaPlan. Dr. Amankwah-Reyes and I contoured both targets and reviewed the plan together. Left occipital lesion: 20 Gy to the 50% isodose line, 7 shots, maximum 40 Gy. Right superior frontal lesion: 18 Gy to the 50% isodose line, 4 shots, maximum 36 Gy. The frame coordinates were checked against the plan by physics at the treatment unit before the first shot. Treatment on the Perfexion lasted 47 minutes and was uneventful. The frame was removed and the pin sites dressed with bacitracin.

Co-surgeon statement: Radiation oncology (Dr. Amankwah-Reyes) participated as co-surgeon in target definition, dose prescription, plan approval and delivery; neurosurgery performed the frame application, target definition and delivery. Each surgeon documents her or his own portion.

Estimated blood loss: minimal. Complications: none. Disposition: recovery area, then home.

Rupert Vandersloot, MD   09/14/2026 13:10
{FOOT}
"""),
        Doc("3_sedation_record.txt", text=f"""
{_c} - MODERATE SEDATION RECORD
{pid(1)}   09/14/2026   ASA class: II   Airway: Mallampati 2
Pre-procedure: BP 138/82, HR 74, SpO2 98% RA, Aldrete 10.

TIME   MEDICATION / EVENT                     BP       HR   SpO2   RASS
06:58  Midazolam 1 mg IV                      136/80   72   98     0
07:02  Fentanyl 50 mcg IV                     130/78   70   97     -1
07:05  Local infiltration, frame pins x 4     142/84   84   97     -1
07:09  Midazolam 1 mg IV                      128/76   68   97     -1
07:20  Frame secure, to MRI                   126/74   66   98     0
11:54  Radiosurgery complete, frame removed   132/80   70   98     0

Total: midazolam 2 mg, fentanyl 50 mcg. No reversal agents. Post-procedure Aldrete 10 at 12:30.
Sedation RN: K. Talbot-Mbeki, RN     Supervising physician: R. Vandersloot, MD
{FOOT}
"""),
        Doc("4_nursing_note.txt", text=f"""
{_c} - POST-PROCEDURE NURSING NOTE   09/14/2026 12:40
{pid(1)}
Patient returned from Gamma Knife after radiosurgery to the left occipital (20 Gy) and right superior frontal (18 Gy) lesions, one session. Headframe removed at 11:54; four pin sites clean, small ooze at left posterior pin controlled with pressure, dressings dry and intact. Denies nausea, headache 2/10. Dexamethasone 4 mg PO given per order. Discharge teaching: pin-site care, seizure precautions, call for fever or wound drainage. Discharged 13:35 with spouse. MRI in 6 weeks.
O. Brandvold, RN
{FOOT}
"""),
    ])

# b21_02 -- pdf: GammaPlan treatment plan report, trigeminal neuralgia, two-column dose statistics page -------------
_c = "WEXCOMBE UNIVERSITY HOSPITAL - GAMMA KNIFE CENTRE"
add(name="b21_02", kind="pdf", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Printed GammaPlan treatment report for right trigeminal neuralgia: one 4 mm shot, 80 Gy maximum "
          "(prescribed to the 100% isodose), Leksell frame, CISS MRI + stereotactic CT. Functional target: "
          "complex. Traps: the 50% isodose (40 Gy) drawn 2 mm from the brainstem surface, brainstem 0.1 cc "
          "dose 11.2 Gy, a prior 2021 microvascular decompression, a second page with a frame-fiducial "
          "error table, beam-on time per sector and a pause during delivery.",
    docs=[Doc("b21_02.pdf", [[
        H1("Leksell GammaPlan - Treatment Plan Report"),
        KeyValue([("Patient", patient(2)), ("Patient ID", mrn(2)), ("Plan name", "TN_R_v1 (approved)"),
                  ("Treatment date", "10/06/2026"), ("Unit", "Leksell Gamma Knife Perfexion, sources reloaded 02/2025"),
                  ("Stereotactic fixation", "Leksell Coordinate Frame G, applied 10/06/2026 07:15 (4 pins, local anaesthesia)"),
                  ("Images", "MR 1: 3D CISS 0.6 mm + T1 post-gadolinium 1 mm (stereotactic, 10/06/2026); CT 1: stereotactic CT 1 mm (10/06/2026) for skull definition and distortion check"),
                  ("Indication", "Right trigeminal neuralgia, V2/V3, refractory to carbamazepine and oxcarbazepine; prior microvascular decompression 2021 with recurrence")]),
        H2("Target and prescription"),
        RuledTable([("Target", "Collimator", "Shots", "Prescription isodose", "Max dose", "Rx dose"),
                    ("Right trigeminal nerve (retrogasserian, 8 mm from root entry zone)", "4 mm", "1", "100%", "80.0 Gy", "80.0 Gy")]),
        P("Shot position X 128.4 Y 104.9 Z 97.2 (frame coordinates), gamma angle 110 degrees. The 50% isodose line (40 Gy) lies 2.1 mm from the pontine surface."),
        H2("Approval"),
        P("Plan reviewed and approved: Tobias Lindqvist-Ure, MD (Neurosurgery) and Sunniva Achterberg, MD (Radiation Oncology). Physics second check: P. Okonkwo-Hale, MS, DABR: shot coordinates and beam-on time verified independently; frame fiducials within tolerance; treatment unit daily QA passed."),
    ], [
        H2("Dose statistics (page 2)"),
        TextTable([("Structure", "Vol (cc)", "Dmax (Gy)"),
                   ("Brainstem", "24.1", "13.9"), ("Brainstem 0.1 cc", "-", "11.2"),
                   ("R cochlea", "0.05", "1.4"), ("R optic nerve", "0.12", "0.3"),
                   ("Chiasm", "0.28", "0.2"), ("Skull", "-", "2.8")], columns=(0, 90, 150)),
        P("Frame fiducial fit, MR 1: mean 0.3 mm, max 0.6 mm. CT 1: mean 0.2 mm, max 0.4 mm."),
        TextTable([("Sector", "Collimator", "Time"), ("1-8", "4 mm", "62.4 min")], columns=(0, 70, 150)),
        P("Dose rate at calibration 2.71 Gy/min. Total beam-on time 62.4 minutes."),
        H2("Delivery record"),
        P("10/06/2026 09:48-10:55: treatment delivered as planned in one session, 80 Gy maximum dose to the right trigeminal nerve; one pause at 22 minutes for patient repositioning of the legs, resumed with the frame docked and unchanged. Frame removed 11:05."),
        P("Treatment summary: right trigeminal nerve, 80 Gy (100% isodose, single 4 mm shot), one fraction."),
        sig("Sunniva Achterberg, MD 10/06/2026"),
    ]], opts=dict(header=hdr(_c, 2), font="Helvetica"))])

# b21_03 -- pdf scanned 200 dpi: Icon 3-fraction prescription + completion; large meningioma; coder used 77371/77432
_c = "HOLLINGWORTH REGIONAL CANCER INSTITUTE"
add(name="b21_03", kind="scan", codes=["77371", "77432", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 3, ["MRI"], ["mask"]),
    lesions=[L("left parasagittal meningioma", "cranial", C, 24, 3)],
    categories=cats(),
    notes="Scanned (200 dpi) oncology-system prescription (version 2 after a version 1 of 12 Gy x 1 was voided) "
          "and a completion page: Gamma Knife Icon, thermoplastic mask, 8 Gy x 3 = 24 Gy to the 50% isodose "
          "for a 4.1 cm parasagittal meningioma (complex by size). Planning MRI only; the Icon CBCT defines "
          "stereotactic space and is image guidance, not planning imaging. The coder's 77371/77432 are "
          "wrong for a 3-fraction course (77373/77435 expected).",
    docs=[Doc("b21_03.pdf", [[
        H1("RADIATION PRESCRIPTION"),
        KeyValue([("Patient", patient(3)), ("ID", mrn(3)), ("Course", "C1  Brain  (Gamma Knife Icon)"),
                  ("Rx version", "2  (supersedes v1 of 09/18/2026, voided - see revision note)")]),
        RuledTable([("Field", "Value"),
                    ("Site", "Brain - left parasagittal meningioma, middle third of superior sagittal sinus"),
                    ("Technique", "Fractionated stereotactic radiosurgery (hypofractionated), mask-based"),
                    ("Energy / unit", "Co-60, Leksell Gamma Knife Icon"),
                    ("Dose per fraction", "800 cGy"),
                    ("Number of fractions", "3"),
                    ("Total dose", "2400 cGy"),
                    ("Frequency", "Every other day (Mon / Wed / Fri)"),
                    ("Prescribed to isodose", "50%"),
                    ("Immobilization", "Icon thermoplastic mask with head cushion; IFMM nose marker"),
                    ("Image guidance", "Icon CBCT before each fraction; IFMM threshold 1.5 mm"),
                    ("Rx approved by", "Ignatius Feverel-Ado, MD  09/22/2026 16:02")]),
        P("Revision note (v2): v1 was written as 12 Gy in 1 fraction before the final volumetrics; the lesion measures 4.1 x 3.6 x 2.9 cm (15.8 cc) on the planning MRI, so the prescription was changed to three fractions. v1 was never planned or treated."),
        P("Planning imaging: MRI brain 09/20/2026, 1 mm MPRAGE post-gadolinium and T2 SPACE, imported into GammaPlan. The stereotactic reference is the Icon CBCT acquired at mask fitting; no planning CT was acquired."),
        P("Plan: GTV = PTV (no margin), 31 shots, coverage 97.6%, Paddick conformity 0.86. Superior sagittal sinus wall included. Maximum dose 48 Gy. Motor cortex (contoured precentral gyrus) D0.1cc 22.4 Gy. Optic apparatus more than 4 cm away."),
    ], [
        H1("TREATMENT COMPLETION"),
        RuledTable([("Fx", "Date", "Dose (cGy)", "Cumulative (cGy)", "CBCT shift (mm)", "IFMM max (mm)"),
                    ("1", "09/28/2026", "800", "800", "0.6", "0.8"),
                    ("2", "09/30/2026", "800", "1600", "0.4", "1.1"),
                    ("3", "10/02/2026", "800", "2400", "0.5", "0.7")]),
        P("Course complete: left parasagittal meningioma, 2400 cGy in 3 fractions to the 50% isodose, Gamma Knife Icon, mask. No treatment breaks. Mild scalp tenderness. MRI in 6 months."),
        sig("Ignatius Feverel-Ado, MD  10/02/2026"),
    ]], opts=dict(header=hdr(_c, 3), font="Courier", scan=True, scan_dpi=200))])

# b21_04 -- bundle: operative report + plan approval form + nursing discharge note; vestibular schwannoma (contradiction)
_c = "MARCHMONT ST. ILLTYD HOSPITAL"
add(name="b21_04", kind="bundle", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    contradiction="The nursing discharge note says the patient received 13 Gy, while the operative report and the plan approval form give a 12 Gy marginal dose at the 50% isodose.",
    notes="Operative report (frame under local anaesthesia, co-surgeon statement), a plan approval form with a "
          "DVH constraint table (cochlea 3.9 Gy, brainstem 0.1 cc 10.8 Gy, facial nerve, trigeminal) and a "
          "nursing discharge note. Left vestibular schwannoma 12 Gy to 50% (complex by tumour type). The "
          "nursing note's '13 Gy' disagrees (gold keeps 12 Gy from the plan and the operative report).",
    docs=[
        Doc("1_operative_report.txt", text=f"""
{_c} - NEUROSURGERY OPERATIVE REPORT
{pid(4)}   DOS 11/03/2026

SURGEON: Ambrose Kettleby-Nwosu, MD.  CO-SURGEON: Leocadia Ferreira-Hume, MD (Radiation Oncology).
PROCEDURE: Stereotactic radiosurgery (Gamma Knife Perfexion) of a left vestibular schwannoma, one session; Leksell stereotactic frame application.
ANESTHESIA: Local with oral diazepam 5 mg.

INDICATIONS: 66-year-old woman with a left vestibular schwannoma, Koos III, 2.1 cm (cisternal 1.6 cm), growth of 3 mm over 18 months, serviceable hearing (PTA 38 dB, WRS 72%). She chose radiosurgery over microsurgery.

PROCEDURE: The stereotactic headframe was applied under local anesthesia with a slight left and inferior shift; four pins, no complication. Stereotactic MRI (1 mm T1 post-gadolinium, 0.5 mm CISS) and a stereotactic CT (1 mm) were acquired and fused in GammaPlan. Tumour contoured with the cochlea, modiolus, facial-nerve course, brainstem and trigeminal nerve. Margin dose 12 Gy to the 50% isodose line, 19 shots (4 and 8 mm), maximum 24 Gy, coverage 98%. Frame coordinates checked by physics before delivery. Treatment 58 minutes on the Perfexion without incident; frame removed.

CO-SURGEON STATEMENT: Dr. Ferreira-Hume and I jointly performed target delineation, dose selection and plan approval and were both present for the delivery.

Ambrose Kettleby-Nwosu, MD
{FOOT}
"""),
        Doc("2_plan_approval.pdf", [[
            H1("Stereotactic Radiosurgery Plan Approval"),
            KeyValue([("Patient / MRN", f"{patient(4)} / {mrn(4)}"), ("Plan", "L_VS_GK  rev A"),
                      ("Target", "Left vestibular schwannoma, 2.6 cc"), ("Marginal dose", "12 Gy at 50% isodose"),
                      ("Maximum dose", "24 Gy"), ("Shots", "19 (4 mm x 11, 8 mm x 8)"),
                      ("Gradient index", "2.71"), ("Selectivity", "0.84")]),
            RuledTable([("Organ at risk", "Constraint", "Achieved", "Met"),
                        ("Cochlea L, mean", "< 4 Gy", "3.9 Gy", "Yes"),
                        ("Modiolus L, point", "< 5 Gy", "4.6 Gy", "Yes"),
                        ("Brainstem 0.1 cc", "< 12 Gy", "10.8 Gy", "Yes"),
                        ("Brainstem max", "< 15 Gy", "13.3 Gy", "Yes"),
                        ("Trigeminal nerve L max", "< 10 Gy", "7.9 Gy", "Yes"),
                        ("Facial nerve course (estimated) max", "< 13 Gy", "12.6 Gy", "Yes")]),
            P("Approved: A. Kettleby-Nwosu, MD (Neurosurgery) 11/03/2026 10:31; L. Ferreira-Hume, MD (Radiation Oncology) 11/03/2026 10:33; Physics: E. Szabo-Langridge, PhD 11/03/2026 10:40 (independent MU/time check agreed within 1.2%)."),
        ]], opts=dict(header=hdr(_c, 4), font="Times-Roman")),
        Doc("3_nursing_discharge.txt", text=f"""
{_c} - NURSING DISCHARGE NOTE   11/03/2026 14:05
{pid(4)}
S/P Gamma Knife radiosurgery today for left acoustic neuroma, received 13 Gy. Frame off 12:20, pin sites x4 dry. Mild nausea, ondansetron 4 mg given with effect. Teaching done incl. hearing and facial weakness warning signs. Discharged with daughter.
W. Pemberton-Osei, RN
{FOOT}
"""),
    ])

# b21_05 -- ehr_text: consultation recommending Gamma Knife (hard negative) -------------------------------------
_c = "FENWICK LODGE BRAIN TUMOUR CLINIC"
add(name="b21_05", kind="ehr_text", codes=["77371", "77432", "61798"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: outpatient radiation-oncology consultation recommending single-session Gamma Knife "
          "(12-13 Gy) for a 1.8 cm right jugular foramen paraganglioma, with a diagnostic MRI and a surveillance "
          "CT. Frame, stereotactic MRI and CT are described as the plan for a later date. Nothing delivered: "
          "facts empty, every category unmet, every code inconsistent.",
    docs=[Doc("b21_05.txt", text=f"""
{_c}
RADIATION ONCOLOGY NEW PATIENT CONSULTATION
{pid(5)}   Date of visit: 11/18/2026   Referring: Dr. Quennevais (ENT)

Reason for consultation: Right jugular foramen paraganglioma (glomus jugulare), radiosurgery opinion.

HPI: 71-year-old man with pulsatile right tinnitus for two years. MRI IAC with and without contrast 10/29/2026 (diagnostic, 3 mm slices): 1.8 x 1.5 cm enhancing mass in the right jugular foramen with salt-and-pepper appearance, extending to the jugular bulb. CT temporal bones 11/04/2026: permeative erosion of the jugular plate. Gallium-68 DOTATATE PET 11/10/2026: avid right jugular foramen lesion, no other sites. Audiogram: mild right conductive loss.

Past history: Hypertension, atrial fibrillation on rivaroxaban, prior prostate brachytherapy (145 Gy I-125) in 2016.

Exam: Lower cranial nerves intact. Hearing reduced on the right.

Assessment: Glomus jugulare tumour, 1.8 cm, suitable for radiosurgery. Microsurgery carries a significant risk to CN IX-XI.

Recommendation: Single-session Gamma Knife radiosurgery with a Leksell frame, marginal dose 12 to 13 Gy to the 50% isodose line, is recommended. Alternative: fractionated treatment 25 Gy in 5 fractions on the Icon with a mask if he cannot hold rivaroxaban. He will need a stereotactic MRI and CT on the day of treatment. We will present him at the skull base board on 11/25/2026 and schedule once anticoagulation bridging is agreed with cardiology. He was given written information and will call with his decision.

Time spent: 60 minutes, more than half in counselling.

Alasdair Penhaligon-Ruiz, MD, Radiation Oncology
{FOOT}
""")])


# ==================================================================================================
# Linac cranial
# ==================================================================================================

# b21_06 -- pdf: ARIA-style prescription + HyperArc plan report (table runs over the page) + completion; 4 mets (contradiction)
_c = "ASHBOURNE VALE ONCOLOGY CENTRE"
_dvh_head = ("Structure", "Constraint", "Achieved", "Status")
add(name="b21_06", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 4, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("PTV_LFront", "cranial", S, 20, 1), L("PTV_RPariet", "cranial", S, 20, 1),
             L("PTV_LCereb", "cranial", S, 18, 1), L("PTV_RTemp", "cranial", S, 20, 1)],
    categories=cats(),
    contradiction="The completion summary's narrative says five metastases were treated, while the prescription, the plan report and the summary's own table list four.",
    notes="Oncology-system prescription printout (version 3; version 2 had 22 Gy to PTV_RTemp), a HyperArc plan "
          "report whose OAR constraint table runs over the page break with its header repeated, MU per arc, and a "
          "completion summary. Four metastases in one session on a TrueBeam with Encompass mask, 20/20/18/20 Gy. "
          "Traps: prior WBRT none, brain-minus-GTV V12 7.9 cc, hippocampus, 1 mm PTV margin, MU 2,000+ per arc. "
          "The summary narrative says 'five metastases' (contradiction; gold 4).",
    docs=[Doc("b21_06.pdf", [[
        H1("Prescription - Course C1 Brain SRS"),
        KeyValue([("Patient", f"{patient(6)}   ({mrn(6)})"), ("Rx status", "Approved - version 3 (v1 draft 08/31, v2 09/01 superseded)"),
                  ("Rx approved by", "Perpetua Oduya-Lindgren, MD  09/02/2026 15:47")]),
        RuledTable([("Site", "Technique", "Energy", "Dose/fx (cGy)", "# Fx", "Total (cGy)", "Frequency", "Isodose"),
                    ("PTV_LFront", "SRS HyperArc", "6X-FFF", "2000", "1", "2000", "Once", "80%"),
                    ("PTV_RPariet", "SRS HyperArc", "6X-FFF", "2000", "1", "2000", "Once", "80%"),
                    ("PTV_LCereb", "SRS HyperArc", "6X-FFF", "1800", "1", "1800", "Once", "80%"),
                    ("PTV_RTemp", "SRS HyperArc", "6X-FFF", "2000", "1", "2000", "Once", "80%")]),
        P("Revision history: v2 had PTV_RTemp at 2200 cGy; reduced to 2000 cGy in v3 after review of the hippocampal dose. v1 was an unsigned draft."),
        P("Simulation 08/28/2026: CT head 1 mm in an Encompass SRS mask (open face, with mouthbite); MRI brain 08/27/2026 3D T1 post-gadolinium 1 mm, fused rigidly in Eclipse. GTVs on MRI, PTV = GTV + 1 mm. Sizes: LFront 2.1 cm, RPariet 1.3 cm, LCereb 0.8 cm (11 mm from the 4th ventricle floor, outside the brainstem), RTemp 0.6 cm."),
        H2("Plan report - HyperArc, single isocentre, 4 non-coplanar arcs"),
        RuledTable([("Arc", "Couch", "Gantry", "MU"), ("1", "0", "181-179 CW", "2,412"), ("2", "315", "179-0 CCW", "1,987"),
                    ("3", "45", "0-179 CW", "2,106"), ("4", "270", "179-0 CCW", "1,854")]),
        H2("OAR constraints (1 of 2)"),
        RuledTable([_dvh_head, ("Brain-GTV V12Gy", "< 10 cc", "7.9 cc", "Met"), ("Brain-GTV V10Gy", "< 15 cc", "11.3 cc", "Met"),
                    ("Brainstem D0.03cc", "< 15 Gy", "6.1 Gy", "Met"), ("Optic chiasm D0.03cc", "< 10 Gy", "1.2 Gy", "Met"),
                    ("Optic nerve L D0.03cc", "< 10 Gy", "0.9 Gy", "Met"), ("Optic nerve R D0.03cc", "< 10 Gy", "0.8 Gy", "Met")]),
    ], [
        H2("OAR constraints (2 of 2, continued)"),
        RuledTable([_dvh_head, ("Cochlea L Dmean", "< 4 Gy", "0.7 Gy", "Met"), ("Cochlea R Dmean", "< 4 Gy", "1.5 Gy", "Met"),
                    ("Hippocampus R D0.03cc", "< 16 Gy", "15.2 Gy", "Met"), ("Hippocampus L D0.03cc", "< 16 Gy", "3.4 Gy", "Met"),
                    ("Lens L Dmax", "< 2 Gy", "0.3 Gy", "Met"), ("Lens R Dmax", "< 2 Gy", "0.3 Gy", "Met"), ("Eye L Dmax", "< 5 Gy", "0.6 Gy", "Met"), ("Eye R Dmax", "< 5 Gy", "0.7 Gy", "Met"),
                    ("Skin D0.03cc", "< 12 Gy", "3.0 Gy", "Met"), ("Spinal cord D0.03cc", "< 8 Gy", "0.4 Gy", "Met")]),
        RuledTable([("Target", "Rx", "Coverage V100", "Dmax", "CI (Paddick)", "GI"),
                    ("PTV_LFront", "20 Gy", "98.9%", "25.0 Gy", "0.83", "3.9"),
                    ("PTV_RPariet", "20 Gy", "99.2%", "24.9 Gy", "0.79", "4.6"),
                    ("PTV_LCereb", "18 Gy", "99.6%", "22.5 Gy", "0.71", "5.8"),
                    ("PTV_RTemp", "20 Gy", "99.0%", "25.0 Gy", "0.68", "6.2")]),
        P("Patient-specific QA (portal dosimetry, 3%/1 mm): 99.1% passing. Plan approved by P. Oduya-Lindgren, MD and by physics (C. Maddox-Iwu, MS) 09/03/2026."),
    ], [
        H1("SRS Completion Summary"),
        P("Date of treatment: 09/04/2026, TrueBeam STx, one session. Setup in the Encompass mask with CBCT match and 6DoF couch correction (shifts 0.7 mm / 0.4 degrees), repeat CBCT after correction and between arcs 2 and 3, surface guidance throughout."),
        RuledTable([("Lesion", "Delivered"), ("PTV_LFront", "20 Gy x 1"), ("PTV_RPariet", "20 Gy x 1"), ("PTV_LCereb", "18 Gy x 1"), ("PTV_RTemp", "20 Gy x 1")]),
        P("Impression: Five metastases treated with single-fraction radiosurgery without complication. MRI in 8 weeks."),
        sig("Perpetua Oduya-Lindgren, MD 09/04/2026"),
    ]], opts=dict(header=hdr(_c, 6), font="Helvetica"))])

# b21_07 -- pdf with a rotated landscape DVH page: Edge FSRT to a 3.9 cm resection cavity 27 Gy/3 ---------------
_c = "BRENTWATER GENERAL - RADIATION ONCOLOGY"
add(name="b21_07", kind="pdf", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal resection cavity", "cranial", C, 27, 3)],
    categories=cats(),
    notes="Plan approval form + a landscape DVH page (stored rotated 90 degrees) + treatment record: Varian Edge, "
          "PTV_Cavity_RFront 9 Gy x 3 = 27 Gy to the 80% isodose, cavity 3.9 cm (complex by size). Traps: "
          "the preoperative tumour 4.4 cm, the 30 Gy in 5 fractions alternative not chosen, the 10 Gy "
          "cavity-wall hot spot at 33.7 Gy max, optic chiasm 13.9 Gy in 3 fractions, 'eloquent' motor strip mention.",
    docs=[Doc("b21_07.pdf", [[
        H1("Stereotactic Plan Approval Form"),
        KeyValue([("Patient", patient(7)), ("MRN", mrn(7)), ("Machine", "Varian Edge, 6X-FFF, HD120 MLC"),
                  ("Planning system", "Eclipse 16.1, AcurosXB 1 mm grid"),
                  ("Plan", "RFront_Cav_FSRT (3 VMAT arcs, 1 isocentre)"),
                  ("Prescription", "900 cGy x 3 fractions = 2700 cGy to the 80% isodose, every other day"),
                  ("Target", "PTV_Cavity_RFront = resection cavity + enhancing rim + 2 mm; cavity 3.9 x 3.2 x 2.7 cm; PTV 31.4 cc"),
                  ("Imaging", "CT simulation 10/13/2026 1 mm in a frameless SRS thermoplastic mask; MRI 10/12/2026 3D T1 post-gadolinium and FLAIR fused"),
                  ("Alternative considered", "30 Gy in 5 fractions - not chosen (patient preference, fewer visits)")]),
        P("History: 54-year-old woman, right frontal breast cancer metastasis 4.4 cm resected 09/24/2026 (gross total), cavity abuts but does not involve the precentral gyrus. No optic apparatus within 2 cm."),
        RuledTable([("Arc", "Gantry", "Couch", "MU"), ("1", "181-179", "0", "1,342"), ("2", "30-179", "45", "1,118"), ("3", "330-181", "315", "1,097")]),
        P("Approved: Barnaby Whitlock-Sena, MD 10/16/2026; Physics check: D. Arkwright, MS 10/16/2026 (independent calc 1.4%, portal dosimetry 98.7% at 2%/2 mm)."),
    ], [
        H1("Dose-Volume Histogram Statistics (landscape)"),
        RuledTable([("Structure", "Volume (cc)", "Dmin (Gy)", "Dmean (Gy)", "Dmax (Gy)", "D0.03cc (Gy)", "V21Gy / V18Gy", "Constraint (3 fx)"),
                    ("PTV_Cavity_RFront", "31.4", "25.6", "30.2", "33.7", "33.5", "-", "V27Gy >= 95% (96.8%)"),
                    ("Brain - PTV", "1342", "0.1", "2.9", "33.1", "32.4", "V21 22.8 cc / V18 31.9 cc", "V18 < 30 cc (review)"),
                    ("Brainstem", "27.0", "0.2", "1.1", "9.6", "9.3", "-", "< 23.1 Gy"),
                    ("Optic chiasm", "0.4", "3.1", "7.2", "13.9", "13.6", "-", "< 17.4 Gy"),
                    ("Optic nerve R", "0.6", "2.4", "6.1", "12.8", "12.4", "-", "< 17.4 Gy"),
                    ("Eye R", "7.8", "0.5", "1.4", "4.2", "4.0", "-", "< 9 Gy"),
                    ("Skin", "480", "0.0", "0.8", "15.1", "14.7", "-", "< 24 Gy")],
                   widths=(112, 44, 40, 46, 40, 50, 74, 90)),
        P("Reviewed: Brain - PTV V18 slightly above 30 cc accepted given cavity size."),
    ], [
        H1("Treatment Record"),
        RuledTable([("Fx", "Date", "Dose (cGy)", "Cumulative (cGy)", "Imaging", "Therapists"),
                    ("1", "10/19/2026", "900", "900", "CBCT + 6DoF, 0.9 mm shift", "KT / AR"),
                    ("2", "10/21/2026", "900", "1800", "CBCT + 6DoF, 0.5 mm shift", "KT / MF"),
                    ("3", "10/23/2026", "900", "2700", "CBCT + 6DoF, 0.6 mm shift", "AR / MF")]),
        P("Course completed: right frontal resection cavity 2700 cGy in 3 fractions. No acute toxicity beyond grade 1 fatigue."),
        sig("Barnaby Whitlock-Sena, MD 10/23/2026"),
    ]], opts=dict(header=hdr(_c, 7), rotate={2: 90}))])

# b21_08 -- ehr_text: Novalis SRS procedure + physics QA in one export; pontine metastasis; coder used 61796 and 61800
_c = "KESTREL HEIGHTS MEDICAL CENTER"
add(name="b21_08", kind="ehr_text", codes=["77372", "77432", "61796", "61800"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left pons", "cranial", C, 16, 1)],
    categories=cats(),
    notes="Text export of an SRS special procedure note and a physics delivery QA note: Novalis Tx, Brainlab "
          "frameless mask with ExacTrac, single 16 Gy fraction to a 1.0 cm metastasis within the left pons "
          "(complex: within the brainstem). 'A rigid frame was not used' so 61800 is inconsistent; 61796 "
          "is wrong for a complex lesion. Traps: 'frame' appears in 'frameless' and in 'the localizer frame "
          "box used at CT', 24 Gy once considered and rejected, brainstem D0.5cc 14.2 Gy.",
    docs=[Doc("b21_08.txt", text=f"""
{_c} | Radiation Oncology | Document export
========================================================================
SRS SPECIAL PROCEDURE NOTE                                 Date: 08/20/2026
{pid(8)}

Diagnosis: Metastatic renal cell carcinoma to the brain, single lesion within the left pons (1.0 x 0.9 cm) on MRI 08/10/2026.

Immobilization: Brainlab frameless radiosurgery mask (3-part thermoplastic). The CT localizer box was attached to the mask base for simulation only. A rigid invasive frame was not used.

Imaging for planning: CT head 08/14/2026, 1.25 mm, contrast, with the localizer attached; MRI brain 08/13/2026, 1 mm T1 MPRAGE post-gadolinium and 2 mm FLAIR, fused in Brainlab Elements (fusion checked on the clivus and the basilar artery).

Target and prescription: GTV_Pons_L contoured on MRI; PTV = GTV + 1 mm. Prescription 1600 cGy x 1 fraction to the 80% isodose line (doses of 24 Gy appropriate for a hemispheric lesion were rejected for a brainstem location). Dynamic conformal arcs x 5, 6 MV SRS mode. Brainstem (excluding GTV) D0.5cc 14.2 Gy; Dmax to the PTV 20.0 Gy; optic chiasm 0.4 Gy.

Procedure: On 08/20/2026 the patient was set up in the mask on the Novalis Tx. ExacTrac stereoscopic x-ray images were taken and fused to the planning CT with 6D correction (robotic couch), then repeated before each arc; residuals were below 0.5 mm and 0.5 degrees. I was present for the entire delivery. The full prescribed dose, 16 Gy in a single fraction, was delivered to the left pontine metastasis without interruption.

Condition at discharge: stable. Dexamethasone taper 4 mg -> 0 over 8 days.

Florian Castellane-Obi, MD, Radiation Oncology
========================================================================
PHYSICS SRS DELIVERY QA                                    Date: 08/20/2026
{pid(8)}
- Winston-Lutz test 08/20/2026 07:10: max 0.6 mm, pass.
- Independent MU check (RadCalc): arcs 1-5 within 2.1%.
- ExacTrac isocentre calibration verified this morning.
- MU: arc 1 612, arc 2 548, arc 3 590, arc 4 501, arc 5 477.
Physicist: Gwendolyn Hartigan-Moyo, MS, DABR
{FOOT}
""")])

# b21_09 -- bundle: plan approval form + cancellation note; plan approved, never delivered (hard negative) -------
_c = "THORNCLIFFE CANCER PARTNERS"
add(name="b21_09", kind="bundle", codes=["77373", "77435", "61796"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a signed plan approval form for FSRT 6 Gy x 5 = 30 Gy (Versa HD, mask, MRI/CT fused, "
          "DVH table, MU per arc) to a left temporal metastasis and a cancellation note: the patient was admitted "
          "with a haemorrhage the evening before fraction 1 and no fraction was delivered. Facts empty, every "
          "category unmet, every code inconsistent.",
    docs=[
        Doc("1_plan_approval.pdf", [[
            H1("Plan Approval - Fractionated Stereotactic Radiotherapy"),
            KeyValue([("Patient", f"{patient(9)}  {mrn(9)}"), ("Unit", "Elekta Versa HD, Agility MLC, 6 MV FFF"),
                      ("Planning system", "Monaco 6.1"), ("Plan", "LTemp_FSRT_v1"),
                      ("Immobilisation", "Orfit SRS thermoplastic mask (made 11/02/2026)"),
                      ("Imaging", "CT sim 11/02/2026 1 mm; MRI 3D T1 post-gadolinium 11/01/2026, fused"),
                      ("Prescription", "600 cGy x 5 = 3000 cGy, daily, to the 80% isodose, PTV_LTemp (GTV 3.1 cm + 1 mm)"),
                      ("Start date", "11/09/2026")]),
            RuledTable([("Structure", "Limit (5 fx)", "Plan"), ("Brainstem D0.03cc", "< 31 Gy", "12.2 Gy"),
                        ("Optic chiasm D0.03cc", "< 25 Gy", "4.1 Gy"), ("Cochlea L Dmean", "< 14 Gy", "9.7 Gy"),
                        ("Brain-GTV V24Gy", "< 20 cc", "14.6 cc"), ("Hippocampus L D40%", "< 7 Gy", "6.2 Gy")]),
            RuledTable([("Arc", "MU"), ("1", "893"), ("2", "861"), ("3", "712")]),
            P("Approved: Cressida Ng-Abernathy, MD 11/06/2026 17:20. Physics: H. Lowry-Desai, PhD 11/06/2026 (ArcCHECK 99.4% at 3%/2 mm)."),
        ]], opts=dict(header=hdr(_c, 9))),
        Doc("2_cancellation_note.txt", text=f"""
{_c} - RADIATION ONCOLOGY NOTE: TREATMENT CANCELLED
{pid(9)}   11/09/2026 08:15

The patient was due to start FSRT (30 Gy in 5 fractions) this morning. Her husband called at 07:30: she was admitted to St. Brannock's overnight with sudden headache and right-sided weakness; CT there shows a hemorrhage into the left temporal metastasis with 4 mm midline shift, and neurosurgical evacuation is being considered. No fraction has been given; the course is cancelled in the record-and-verify system and the plan is retired. If she undergoes resection we will re-simulate for cavity radiotherapy with new imaging.
Cressida Ng-Abernathy, MD
{FOOT}
"""),
    ])


# ==================================================================================================
# CyberKnife
# ==================================================================================================

# b21_10 -- ehr_text: CK prescription + plan summary + treatment log; cavernous sinus meningioma 25 Gy/5 ---------
_c = "LINDENFELD CYBERKNIFE CENTER"
add(name="b21_10", kind="ehr_text", codes=["G0339", "G0340", "77435", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("right cavernous sinus meningioma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Text printout of a CyberKnife M6 prescription, plan summary (Precision, 163 beams, Iris, MU) and "
          "treatment log: right cavernous sinus meningioma (complex by location; 3 mm from the right optic "
          "nerve) 5 Gy x 5 = 25 Gy to the 78% isodose, Aquaplast mask, 6D skull tracking. Traps: optic "
          "nerve Dmax 23.6 Gy, pituitary 14.9 Gy, total MU 41,260, 'number of beams 163' and nodes.",
    docs=[Doc("b21_10.txt", text=f"""
{_c}
PRESCRIPTION / PLAN SUMMARY / TREATMENT LOG        printed 12/01/2026
{pid(10)}

---- PRESCRIPTION (version 1, approved) ----
Site ................... Brain - right cavernous sinus meningioma (WHO I presumed, imaging diagnosis)
Technique .............. Fractionated SRS, CyberKnife M6, Iris collimator
Energy ................. 6 MV FFF
Dose per fraction ...... 500 cGy
Number of fractions .... 5
Total dose ............. 2500 cGy
Frequency .............. Daily, Mon-Fri
Prescribed to isodose .. 78%
Tracking ............... 6D Skull
Immobilization ......... Aquaplast thermoplastic face mask with head cushion
Rx approved by ......... Octavia Brennan-Sato, MD   11/17/2026 12:04

---- PLANNING ----
CT simulation 11/12/2026, 1 mm, in the mask. MRI 11/11/2026: 1 mm T1 post-gadolinium with fat saturation, T2 CISS, fused in Precision 3.3. Tumour 2.7 x 1.9 cm encasing the cavernous ICA, 3 mm from the right optic nerve; GTV = PTV. Non-isocentric, 163 beams, 71 nodes, Iris 7.5-20 mm. Total MU 41,260.
OAR (5 fx): R optic nerve Dmax 23.6 Gy (limit 25), chiasm Dmax 19.8 Gy, brainstem D0.5cc 16.1 Gy, pituitary Dmean 14.9 Gy, R cochlea Dmean 6.3 Gy. Coverage 96.4%, nCI 1.19.
Plan approved 11/17/2026: O. Brennan-Sato, MD; physics second check T. Winterbourne, MS.

---- TREATMENT LOG ----
Fx  Date        cGy   Cum cGy   Tracking (6D Skull)                     Time
1   11/23/2026  500   500       62 images, max translation 0.7 mm       38 min
2   11/24/2026  500   1000      58 images, max 0.5 mm                   36 min
3   11/25/2026  500   1500      60 images, max 0.9 mm                   37 min
4   11/30/2026  500   2000      57 images, max 0.6 mm                   35 min
5   12/01/2026  500   2500      59 images, max 0.4 mm                   36 min

Course complete: right cavernous sinus meningioma, 2500 cGy in 5 fractions (78% isodose). No visual change; eye exam in 3 months, MRI in 6 months.
Electronically signed: Octavia Brennan-Sato, MD 12/01/2026
{FOOT}
""")])

# b21_11 -- bundle: urology fiducial + spacer note, CT-sim report, MRI planning report, CK summary; prostate ------
_c = "ORMSKIRK FIELDS UROLOGY AND RADIATION ONCOLOGY"
add(name="b21_11", kind="bundle", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Four documents: urology procedure note (four gold fiducials and a rectal hydrogel spacer), CT "
          "simulation report, a radiology report of the thin-slice planning MRI (contrasted with the earlier "
          "diagnostic multiparametric MRI, PI-RADS 4), and the CyberKnife completion summary: 7.25 Gy x 5 = "
          "36.25 Gy, fiducial tracking, Vac-Lok under the legs. Traps: a 40 Gy dominant-lesion boost "
          "considered and not planned, rectum V36Gy 0.6 cc, spacer 1.2 cm separation, PSA values.",
    docs=[
        Doc("1_fiducial_spacer_procedure.txt", text=f"""
{_c} - UROLOGY PROCEDURE NOTE
{pid(11)}   Date: 09/01/2026
Procedure: Transperineal placement of gold fiducial markers (4) and rectal hydrogel spacer, under TRUS guidance.
Indication: Favourable-intermediate-risk prostate adenocarcinoma (Gleason 3+4, PSA 7.9), planned for CyberKnife SBRT.
Anesthesia: Local (perineal block) with oral sedation.
Description: Four 1.2 x 3 mm gold seeds were placed at the right base, left base, right apex and left mid-gland. The hydrodissection plane was developed with saline and 10 mL of hydrogel was injected into the perirectal space, producing 1.2 cm separation of the rectum from the posterior prostate. No complication. Plan: CT and MRI simulation in 7 days.
Sheridan Obuya-Prest, MD, Urology
{FOOT}
"""),
        Doc("2_ct_simulation_report.txt", text=f"""
{_c} - CT SIMULATION REPORT
{pid(11)}   Date: 09/08/2026
Non-contrast CT pelvis, 1.5 mm slices, for CyberKnife treatment planning. Patient supine in a Vac-Lok bag shaped under the legs and feet. Bladder comfortably full (drinking protocol), rectum empty. Four fiducials visible, inter-marker distances stable compared with placement; hydrogel spacer in place. Images exported to Precision.
CT simulation therapist: N. Graves; physician: Ezekiel Ashworth-Lim, MD
{FOOT}
"""),
        Doc("3_mri_planning_report.pdf", [[
            H1("Radiology Report - MRI Prostate for Radiotherapy Planning"),
            KeyValue([("Patient", f"{patient(11)} ({mrn(11)})"), ("Exam date", "09/08/2026"),
                      ("Exam", "MRI pelvis without contrast, radiotherapy planning protocol"),
                      ("Comparison", "Diagnostic multiparametric MRI prostate 06/22/2026 (PI-RADS 4 left peripheral zone)")]),
            P("Technique: 3 T, 1.5 mm isotropic 3D T2 SPACE and T1 VIBE for fiducial identification, acquired in treatment position within 1 hour of the CT simulation, for fusion with the planning CT."),
            P("Findings: Prostate volume 38 cc. Four fiducial signal voids, all intraprostatic. Hydrogel spacer between prostate and rectum, maximum thickness 12 mm. Known left peripheral zone lesion, 9 mm. No extraprostatic extension."),
            P("Impression: Planning MRI suitable for fusion; fiducials and spacer as described."),
            sig("Radiologist: Philippa Devereux-Nakamura, MD 09/08/2026"),
        ]], opts=dict(header=hdr(_c, 11, "Radiology"))),
        Doc("4_ck_completion_summary.txt", text=f"""
{_c} - CYBERKNIFE SBRT COMPLETION SUMMARY
{pid(11)}   Dates: 09/21/2026 - 10/01/2026

Site: prostate (CTV = prostate + proximal 1 cm seminal vesicles; PTV = CTV + 3 mm posteriorly, 5 mm elsewhere).
Prescription: 725 cGy x 5 = 3625 cGy to the 84% isodose, every other weekday. A simultaneous boost of 40 Gy to the PI-RADS 4 lesion was considered and not planned.
Planning: CT simulation and planning MRI of 09/08/2026 fused on the fiducials; Precision; 188 beams, 82 nodes.
Positioning and tracking: supine in the Vac-Lok bag; fiducial tracking with the four gold seeds at every 45 s (no marker rejected), rigid-body error < 1.5 degrees.
DVH: rectum V36Gy 0.6 cc, rectum D1cc 33.1 Gy, bladder V37Gy 3.4 cc, urethra Dmax 38.9 Gy, penile bulb Dmean 11.0 Gy.
Delivered: fractions on 09/21, 09/23, 09/25, 09/29, 10/01/2026, 725 cGy each; total 3625 cGy to the prostate in 5 fractions.
Toxicity: grade 1 urinary frequency. PSA pre-treatment 7.9; follow-up PSA in 3 months.
Ezekiel Ashworth-Lim, MD
{FOOT}
"""),
    ])

# b21_12 -- bundle: CK lung Rx + plan report + treatment summary (contradiction); fiducials placed but not used
_c = "PEVERELL BAY HOSPITAL - CYBERKNIFE"
add(name="b21_12", kind="bundle", codes=["G0339", "G0340", "77432"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe", "body", None, 54, 3)],
    categories=cats(),
    contradiction="The treatment summary states 60 Gy in 3 fractions, while the prescription, the plan report and the fraction log give 18 Gy x 3 = 54 Gy.",
    notes="CyberKnife lung: prescription (18 Gy x 3 = 54 Gy to 70% isodose), plan report with a DVH table, and a "
          "treatment summary. Three gold fiducials were placed by bronchoscopy but one migrated and tracking was "
          "done fiducial-free (Xsight Lung + Synchrony); the summary states the fiducials were not used. "
          "Vac-Lok cushion, 4DCT/exhale CT + fused FDG PET/CT. The summary says 60 Gy (contradiction; gold 54). "
          "77432 (single-session cranial management) is inconsistent.",
    docs=[
        Doc("1_prescription.pdf", [[
            H1("Radiation Prescription"),
            RuledTable([("Field", "Entry"),
                        ("Patient / MRN", f"{patient(12)} / {mrn(12)}"),
                        ("Site", "Lung, right upper lobe, peripheral NSCLC (adenocarcinoma) cT1b N0"),
                        ("Technique", "SBRT, CyberKnife M6, fixed cones, Synchrony respiratory tracking"),
                        ("Energy", "6 MV FFF"), ("Dose per fraction", "1800 cGy"), ("Number of fractions", "3"),
                        ("Total dose", "5400 cGy"), ("Frequency", "Every other day"), ("Prescribed to isodose", "70%"),
                        ("Version", "1 - approved"), ("Rx approved by", "Lucian Marchetti-Obi, MD  10/05/2026")]),
        ]], opts=dict(header=hdr(_c, 12))),
        Doc("2_plan_report.pdf", [[
            H1("CyberKnife Plan Report - RUL_Lung_3fx"),
            P("Planning CT: inhale/exhale breath-hold CT and 4DCT 10/01/2026, 1 mm, supine arms up in a Vac-Lok cushion; FDG PET/CT 09/15/2026 rigidly fused for GTV delineation. GTV 1.9 cm; PTV = GTV + 5 mm (Xsight Lung, 1-view). 196 beams, 60 mm / 40 mm / 30 mm cones, total MU 47,880."),
            RuledTable([("Structure", "Constraint (3 fx)", "Achieved"), ("PTV V54Gy", ">= 95%", "96.1%"),
                        ("PTV Dmax", "-", "77.1 Gy"), ("Chest wall V30Gy", "< 30 cc", "17.4 cc"),
                        ("Rib Dmax", "< 50 Gy", "43.7 Gy"), ("Lungs-ITV V20Gy", "< 10%", "4.2%"),
                        ("Brachial plexus Dmax", "< 24 Gy", "8.3 Gy"), ("Spinal cord Dmax", "< 18 Gy", "6.1 Gy"),
                        ("Esophagus Dmax", "< 25.2 Gy", "5.0 Gy"), ("Skin Dmax", "< 30 Gy", "21.6 Gy")]),
            P("Fiducials: three gold markers were placed by navigational bronchoscopy 09/24/2026; on the planning CT one has migrated 14 mm into a segmental bronchus, so fiducial tracking is not reliable. The plan uses fiducial-free Xsight Lung tracking with Synchrony."),
            P("Approved: L. Marchetti-Obi, MD and R. Gundersen, MS (physics) 10/05/2026."),
        ]], opts=dict(header=hdr(_c, 12))),
        Doc("3_treatment_summary.txt", text=f"""
{_c} - TREATMENT SUMMARY
{pid(12)}
Fraction log: fx 1 10/07/2026 1800 cGy; fx 2 10/09/2026 1800 cGy; fx 3 10/13/2026 1800 cGy. Each fraction: setup in the Vac-Lok cushion, Xsight Lung alignment, Synchrony correlation model built from the LED markers on the chest and updated every 60 s; correlation error under 3 mm throughout.
The bronchoscopic fiducials were not used for setup or tracking.
Summary: The right upper lobe lung cancer was treated with CyberKnife SBRT, 60 Gy in 3 fractions, completed 10/13/2026. Tolerated well; mild chest wall ache. CT chest in 3 months.
Lucian Marchetti-Obi, MD  10/14/2026
{FOOT}
"""),
    ])


# ==================================================================================================
# Body and spine SBRT (linac)
# ==================================================================================================

# b21_13 -- bundle: spine Rx, plan report with DVH table over a page break (repeated header), treatment record ---
_c = "HALVERSTON SPINE AND RADIOSURGERY UNIT"
_sp_head = ("Structure", "Metric", "Constraint (3 fx)", "Plan value", "Pass")
add(name="b21_13", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T10 vertebral body", "spinal", None, 27, 3), L("L1 vertebral body and left pedicle", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Spine SBRT for T10 and L1 metastases (RCC), 9 Gy x 3 = 27 Gy each, TrueBeam with BodyFIX, "
          "planning CT + 1 mm MRI (T1/T2 fused), ExacTrac + CBCT. The plan report's DVH table runs over a page "
          "break with its header repeated. Traps: epidural disease grade 1b, cord PRV Dmax 20.3 Gy, cauda "
          "equina 21.6 Gy, a prior 8 Gy x 1 to the right femoral neck (2025), T1/T2 MRI sequences, "
          "vertebral levels T9-L2 and rib L10 in constraint names, prescription version 2 after a combined PTV.",
    docs=[
        Doc("1_prescription.txt", text=f"""
{_c} - PRESCRIPTION (ARIA printout)         Version 2 (v1 had a single combined PTV; split into two sites)
{pid(13)}
Site 1: PTV_T10        Technique: SBRT VMAT   Energy: 6X-FFF   Dose/fx: 900 cGy   Fractions: 3   Total: 2700 cGy   Frequency: every other day   Isodose: covering 90% of PTV (D90)
Site 2: PTV_L1         Technique: SBRT VMAT   Energy: 6X-FFF   Dose/fx: 900 cGy   Fractions: 3   Total: 2700 cGy   Frequency: every other day   Isodose: covering 90% of PTV (D90)
Immobilization: BodyFIX full-body vacuum cushion with wrap.  IGRT: ExacTrac + CBCT every fraction.
Rx approved by: Valentina Osei-Burkhardt, MD  07/21/2026 11:15
{FOOT}
"""),
        Doc("2_plan_report.pdf", [[
            H1("Spine SBRT Plan Report - T10_L1_SBRT"),
            KeyValue([("Patient", f"{patient(13)}  {mrn(13)}"), ("Machine", "TrueBeam STx, HD MLC"),
                      ("Planning images", "CT simulation 07/16/2026 (1.25 mm, BodyFIX, arms on chest); MRI thoracolumbar spine 07/15/2026 1 mm T1 and T2 SPACE, fused on the vertebral bodies"),
                      ("Targets", "GTV_T10 (body, Bilsky 1b epidural), CTV_T10 = body + bilateral pedicles; GTV_L1 (body + left pedicle), CTV_L1 per consensus; PTV = CTV + 2 mm, cropped 2 mm from cord PRV"),
                      ("Isocentres / arcs", "2 isocentres, 4 VMAT arcs each"),
                      ("MU", "Iso T10: 1,921 / 1,877 / 1,804 / 1,766;  Iso L1: 1,733 / 1,690 / 1,655 / 1,612")]),
            H2("DVH statistics"),
            RuledTable([_sp_head,
                        ("PTV_T10", "D90", ">= 27 Gy", "27.0 Gy", "Y"), ("PTV_T10", "Dmax", "< 36 Gy", "33.4 Gy", "Y"),
                        ("PTV_L1", "D90", ">= 27 Gy", "27.0 Gy", "Y"), ("PTV_L1", "Dmax", "< 36 Gy", "34.1 Gy", "Y"),
                        ("Spinal cord (T9-T12)", "D0.035cc", "< 20.3 Gy", "18.9 Gy", "Y"),
                        ("Cord PRV", "D0.035cc", "< 23 Gy", "20.3 Gy", "Y"),
                        ("Cauda equina (L1-L2)", "D0.035cc", "< 24 Gy", "21.6 Gy", "Y"),
                        ("Esophagus", "D0.035cc", "< 25.2 Gy", "14.4 Gy", "Y"),
                        ("Kidney L", "Dmean", "< 10 Gy", "3.1 Gy", "Y"),
                        ("Kidney R", "Dmean", "< 10 Gy", "2.2 Gy", "Y"),
                        ("Bowel", "D0.035cc", "< 25.2 Gy", "16.8 Gy", "Y"),
                        ("Stomach", "D0.035cc", "< 22.2 Gy", "12.0 Gy", "Y"),
                        ("Liver", "V15Gy", "< 700 cc spared", "1,390 cc spared", "Y"),
                        ("Aorta", "D0.035cc", "< 45 Gy", "28.3 Gy", "Y"),
                        ("Skin", "D0.035cc", "< 33 Gy", "12.9 Gy", "Y"),
                        ("Lung total", "V11.6Gy", "< 1500 cc spared", "2,810 cc spared", "Y")]),
        ], [
            H2("DVH statistics (continued)"),
            RuledTable([_sp_head,
                        ("Duodenum", "D0.035cc", "< 22.2 Gy", "9.7 Gy", "Y"),
                        ("Heart", "D0.035cc", "< 30 Gy", "4.4 Gy", "Y"),
                        ("Rib L10", "D0.035cc", "< 50 Gy", "24.1 Gy", "Y")]),
            P("Prior radiotherapy: 8 Gy x 1 to the right femoral neck (2025); no overlap with these PTVs."),
            P("Approved: V. Osei-Burkhardt, MD 07/21/2026; physics: J. Ferrante-Quill, PhD (SRS MapCHECK 97.8% at 2%/1 mm, both isocentres)."),
        ]], opts=dict(header=hdr(_c, 13), font="Helvetica")),
        Doc("3_treatment_record.txt", text=f"""
{_c} - TREATMENT RECORD AND SUMMARY
{pid(13)}
Fx 1  07/27/2026  PTV_T10 900 cGy, PTV_L1 900 cGy   ExacTrac 6D + CBCT, shifts <= 1.1 mm
Fx 2  07/29/2026  PTV_T10 900 cGy, PTV_L1 900 cGy   ExacTrac 6D + CBCT, shifts <= 0.8 mm
Fx 3  07/31/2026  PTV_T10 900 cGy, PTV_L1 900 cGy   ExacTrac 6D + CBCT, shifts <= 0.9 mm
Total delivered: T10 2700 cGy / 3 fx; L1 (body and left pedicle) 2700 cGy / 3 fx. Intrafraction ExacTrac between arcs, no corrections over 1 mm.
Pain 6/10 -> 3/10 by fx 3. MRI spine in 3 months.
V. Osei-Burkhardt, MD  07/31/2026
{FOOT}
"""),
    ])

# b21_14 -- pdf, two-column page: lung SBRT 50 Gy/5 with Rx revisions, 4DCT/ITV, compression, Alpha Cradle ---------
_c = "GREYSTOKE MEMORIAL RADIATION CENTRE"
add(name="b21_14", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT"], ["body_immobilization"]),
    lesions=[L("left upper lobe", "body", None, 50, 5)],
    categories=cats(),
    notes="One two-column page: prescription history (v1 48 Gy/4 superseded by v2 50 Gy/5 after a chest-wall "
          "review), simulation (4DCT, ITV, abdominal compression plate, Alpha Cradle and wing board), DVH, "
          "MU per arc, CBCT each fraction, delivered 50 Gy/5. The staging PET/CT was reviewed but not fused, "
          "so PET is not planning imaging; deep-inspiration breath hold was tried and abandoned. Traps: "
          "ICRU reference point dose 52.4 Gy, chest wall 31 Gy, prior 2019 breast radiotherapy 42.56 Gy/16.",
    docs=[Doc("b21_14.pdf", [[
        H1("Lung SBRT - Prescription, Plan and Delivery"),
        P(pid(14)),
        H2("Prescription history"),
        P("v1 (10/02/2026, superseded): LUL, 1200 cGy x 4 = 4800 cGy. v2 (10/05/2026, active): site LUL peripheral NSCLC; technique SBRT VMAT; energy 6X; dose per fraction 1000 cGy; fractions 5; total 5000 cGy; frequency every other day; prescribed to the 80% isodose covering the PTV; Rx approved by Rosalind Achebe-Strand, MD. Reason: tumour 8 mm from the chest wall, five fractions preferred."),
        H2("Simulation"),
        P("09/29/2026: supine in an Alpha Cradle with a wing board, arms above the head, knee sponge. Deep-inspiration breath hold was attempted but the patient could not hold 20 s reproducibly, so free-breathing 4DCT (10 phases) with an abdominal compression plate was acquired; tumour excursion reduced from 13 mm to 6 mm. ITV from the MIP and all phases; PTV = ITV + 5 mm. Staging FDG PET/CT 09/10/2026 was reviewed for nodal status but not fused for planning."),
        ColumnBreak(),
        H2("Plan (Eclipse, 2 partial arcs)"),
        TextTable([("Item", "Value"), ("PTV volume", "27.9 cc"), ("PTV D95", "50.0 Gy"),
                   ("ICRU ref point", "52.4 Gy"), ("Lung V20", "5.8%"), ("Chest wall V30", "31 cc"),
                   ("Cord Dmax", "11.9 Gy"), ("Heart Dmax", "14.2 Gy"), ("Arc 1 MU", "1,612"),
                   ("Arc 2 MU", "1,588")], columns=(0, 110)),
        P("History: prior left breast radiotherapy 42.56 Gy in 16 fractions (2019); composite chest-wall dose reviewed and accepted."),
        H2("Delivery"),
        TextTable([("Fx", "Date", "cGy", "CBCT"), ("1", "10/12", "1000", "yes"), ("2", "10/14", "1000", "yes"),
                   ("3", "10/16", "1000", "yes"), ("4", "10/19", "1000", "yes"), ("5", "10/21", "1000", "yes")],
                  columns=(0, 30, 90, 140)),
        P("Each fraction: setup in the cradle with compression plate at the simulation setting, CBCT matched to the ITV before beam-on, repeat CBCT after arc 1. Completed: LUL 5000 cGy in 5 fractions, 10/21/2026."),
        sig("Rosalind Achebe-Strand, MD 10/21/2026"),
    ]], opts=dict(header=hdr(_c, 14), two_columns=True, font="Times-Roman", font_size=9.0))])

# b21_15 -- pdf scanned 150 dpi: liver SBRT, fiducials used, breath hold, BodyFIX, MRI + CT ----------------------
_c = "ABERSOCH COUNTY HOSPITAL - ONCOLOGY"
add(name="b21_15", kind="scan", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment VIII", "body", None, 45, 3)],
    categories=cats(),
    notes="Scanned (150 dpi) CT-simulation report + plan summary + delivery page: Versa HD, segment VIII "
          "hepatocellular carcinoma, 15 Gy x 3 = 45 Gy, three gold fiducials used for CBCT matching, Active "
          "Breathing Coordinator breath hold, BodyFIX; triphasic planning CT + gadoxetate MRI fused. Traps: "
          "prior TACE (2025), liver spared volume 1,020 cc, 'segment IV' resected in 2023, LI-RADS 5.",
    docs=[Doc("b21_15.pdf", [[
        H1("CT SIMULATION REPORT - LIVER SBRT"),
        P(pid(15) + "   Date: 08/04/2026"),
        P("Three gold fiducial markers were placed percutaneously around the segment VIII lesion on 07/27/2026 (interventional radiology). Patient positioned supine in a BodyFIX vacuum cushion with the arms up on a wing board. Active Breathing Coordinator (ABC) moderate deep-inspiration breath hold at 75% of vital capacity, three reproducibility scans within 2 mm. Triphasic contrast CT 1.5 mm in breath hold. Gadoxetate MRI liver 08/03/2026 (hepatobiliary phase, breath hold) fused to the arterial phase CT on the fiducials for GTV delineation."),
        H1("PLAN SUMMARY"),
        RuledTable([("Item", "Value"),
                    ("Target", "HCC segment VIII, 2.6 cm, LI-RADS 5, residual after TACE 11/2025"),
                    ("Prescription", "1500 cGy x 3 = 4500 cGy, every other day, 80% isodose covering the PTV"),
                    ("PTV", "GTV + 5 mm (breath hold), 29.6 cc"),
                    ("Planning system / machine", "Monaco / Elekta Versa HD, 2 VMAT arcs, MU 2,274 and 2,198"),
                    ("Liver - GTV", "700 cc spared < 15 Gy: 1,020 cc spared"),
                    ("Duodenum D0.5cc", "10.8 Gy"), ("Stomach D0.5cc", "13.5 Gy"),
                    ("Heart D0.5cc", "19.4 Gy"), ("Kidney R Dmean", "1.9 Gy"), ("Spinal cord Dmax", "9.6 Gy")]),
        P("History note: segment IV metastasectomy 2023 (colorectal primary, resolved); current lesion biopsy-proven HCC."),
    ], [
        H1("TREATMENT DELIVERY"),
        RuledTable([("Fx", "Date", "Dose (cGy)", "Breath holds", "Fiducial match (CBCT)"),
                    ("1", "08/10/2026", "1500", "14", "3/3 seeds, shift 3.1 mm"),
                    ("2", "08/12/2026", "1500", "13", "3/3 seeds, shift 2.4 mm"),
                    ("3", "08/14/2026", "1500", "13", "3/3 seeds, shift 1.8 mm")]),
        P("Completed: segment VIII HCC, 4500 cGy in 3 fractions, 08/14/2026. Tolerated well, grade 1 nausea. Triphasic CT in 3 months."),
        sig("Emrys Llewellyn-Okafor, MD 08/14/2026"),
    ]], opts=dict(header=hdr(_c, 15), scan=True, scan_dpi=150))])

# b21_16 -- bundle: pancreas SBRT Rx form + PET/CT fusion report + treatment summary; fiducials, gating ----------
_c = "NETHERWOOD UNIVERSITY CANCER CENTER"
add(name="b21_16", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization", "fiducials"]),
    lesions=[L("pancreatic head", "body", None, 33, 5)],
    categories=cats(),
    notes="Pancreas SBRT: prescription form (6.6 Gy x 5 = 33 Gy, with a 25 Gy elective volume dose level inside "
          "the same target), a radiology report of the PET/CT fused for planning (and a diagnostic CT a month "
          "earlier not used), and a treatment summary: TrueBeam, exhale gating on RPM, two EUS-placed fiducials "
          "used for CBCT/kV matching, Vac-Lok. Traps: duodenum D0.5cc 32.4 Gy, CA19-9, prior FOLFIRINOX cycles.",
    docs=[
        Doc("1_prescription_form.pdf", [[
            H1("Radiation Oncology Prescription"),
            KeyValue([("Patient", patient(16)), ("MRN", mrn(16)), ("Rx version", "1, approved 06/29/2026 by Thaddeus Okwuosa-Bright, MD")]),
            RuledTable([("Site", "Technique", "Energy", "Dose/fx", "Fx", "Total", "Frequency", "Rx to"),
                        ("Pancreatic head - PTV_33", "SBRT VMAT, gated", "6X", "660 cGy", "5", "3300 cGy", "Daily", "95% of PTV"),
                        ("Pancreatic head - PTV_25 (elective)", "same plan", "6X", "500 cGy", "5", "2500 cGy", "Daily", "95% of PTV")]),
            P("Note: PTV_25 is a lower dose level of the same target (tumour-vessel interface margin), not a separate lesion."),
            P("Devices: 2 gold fiducials (EUS, 06/12/2026); Vac-Lok with arms up; RPM exhale gating window 30-70%."),
        ]], opts=dict(header=hdr(_c, 16))),
        Doc("2_pet_ct_planning_report.txt", text=f"""
{_c} - DEPARTMENT OF RADIOLOGY
{pid(16)}
EXAM: FDG PET/CT in radiotherapy treatment position (planning study)   DATE: 06/19/2026
CLINICAL: Borderline resectable pancreatic head adenocarcinoma after 6 cycles of FOLFIRINOX; SBRT planning.
COMPARISON: Diagnostic pancreas-protocol CT 05/20/2026 (restaging, not used for planning).
TECHNIQUE: Flat couch top, Vac-Lok, arms up, exhale breath hold CT; PET 2 min/bed; images sent to Eclipse for fusion with the simulation CT.
FINDINGS: Hypermetabolic pancreatic head mass 2.9 cm, SUVmax 6.4, abutting the SMV (less than 180 degrees). Two fiducials within the lesion margins. No distant FDG-avid disease.
IMPRESSION: Planning PET/CT as above for GTV delineation.
Radiologist: Imogen Farquharson-Diallo, MD
{FOOT}
"""),
        Doc("3_treatment_summary.txt", text=f"""
{_c} - SBRT TREATMENT SUMMARY
{pid(16)}   07/06/2026 - 07/10/2026
Simulation CT 06/19/2026 (4DCT and exhale breath hold) fused with the planning PET/CT. GTV on PET/CT; PTV_33 = GTV + 3 mm; PTV_25 = GTV + TVI + 5 mm.
Delivery: TrueBeam, gated VMAT, exhale window. Each fraction: kV pair on the two fiducials, CBCT match to the fiducials and the duodenal wall, triggered kV imaging during arcs.
Constraints achieved: duodenum D0.5cc 32.4 Gy, duodenum V20Gy 6.1 cc, stomach D0.5cc 30.2 Gy, bowel D0.5cc 28.9 Gy, kidneys V12Gy 8%, cord Dmax 11.3 Gy.
Delivered: pancreatic head tumour 3300 cGy in 5 daily fractions (660 cGy), elective margin 2500 cGy; fractions 07/06, 07/07, 07/08, 07/09, 07/10/2026.
CA19-9 312 -> 108 U/mL. Surgical re-evaluation in 6 weeks.
Thaddeus Okwuosa-Bright, MD
{FOOT}
"""),
    ])

# b21_17 -- bundle: adrenal SBRT plan report + delivery record; image guidance only planned -> delivery_verification unmet
_c = "RAVENSCAR COMMUNITY CANCER CARE"
add(name="b21_17", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT"], ["body_immobilization"]),
    lesions=[L("left adrenal", "body", None, 40, 5)],
    categories=cats(delivery_verification=False),
    notes="Left adrenal metastasis (NSCLC), 8 Gy x 5 = 40 Gy on a Halcyon: plan report with DVH table and MU per "
          "arc, and a delivery record from the record-and-verify system listing five fractions and the "
          "cumulative dose. The plan report says CBCT 'will be acquired' before each fraction, but the delivery "
          "record documents no imaging, tracking or QA (delivery_verification unmet). Vac-Lok, 4DCT. Traps: "
          "left kidney V17.5Gy, 'adrenal' vs 'renal', stomach 22 Gy.",
    docs=[
        Doc("1_plan_report.pdf", [[
            H1("External Beam Plan Report"),
            KeyValue([("Patient", f"{patient(17)} ({mrn(17)})"), ("Course / plan", "C2 / LAdrenal_SBRT"),
                      ("Machine", "Varian Halcyon 3.0, 6X-FFF"),
                      ("Simulation", "4DCT 05/11/2026, 2 mm, supine in a Vac-Lok cushion, arms up; ITV from 10 phases"),
                      ("Prescription", "800 cGy x 5 = 4000 cGy, every other day, PTV (ITV + 5 mm) D95"),
                      ("Image guidance (intent)", "CBCT will be acquired before each fraction and matched to the ITV")]),
            RuledTable([("Structure", "Metric", "Limit", "Plan"), ("PTV_LAdrenal", "D95", "40 Gy", "40.0 Gy"),
                        ("PTV_LAdrenal", "Dmax", "< 50 Gy", "47.3 Gy"), ("Kidney L", "V17.5Gy", "< 200 cc", "41 cc"),
                        ("Kidneys", "Dmean", "< 10 Gy", "4.9 Gy"), ("Stomach", "D0.5cc", "< 32 Gy", "22.0 Gy"),
                        ("Small bowel", "D0.5cc", "< 30 Gy", "18.8 Gy"), ("Spinal cord", "Dmax", "< 28 Gy", "13.5 Gy"),
                        ("Liver", "Dmean", "< 13 Gy", "2.1 Gy")]),
            RuledTable([("Arc", "MU"), ("LAdr_A1", "1,244"), ("LAdr_A2", "1,209")]),
            P("Plan approved: Ottoline Grieve-Amadi, MD 05/15/2026."),
        ]], opts=dict(header=hdr(_c, 17))),
        Doc("2_delivery_record.txt", text=f"""
{_c} - TREATMENT DELIVERY RECORD (record-and-verify export)
{pid(17)}   Course C2   Plan LAdrenal_SBRT
Session  Date        Field     MU     Dose (cGy)  Cum (cGy)  Status
1        05/18/2026  A1+A2    2453    800          800       Treated
2        05/20/2026  A1+A2    2453    800         1600       Treated
3        05/22/2026  A1+A2    2453    800         2400       Treated
4        05/26/2026  A1+A2    2453    800         3200       Treated
5        05/28/2026  A1+A2    2453    800         4000       Treated
Course summary: PTV_LAdrenal (left adrenal metastasis) 4000 cGy in 5 fractions, completed 05/28/2026.
Course C1 (2025, mediastinum 60 Gy / 30 fx) closed.
Physician: O. Grieve-Amadi, MD
{FOOT}
"""),
    ])

# b21_18 -- ehr_text: fiducial + spacer placement note alone (hard negative) -------------------------------------
_c = "QUARRYBANK UROLOGY ASSOCIATES"
add(name="b21_18", kind="ehr_text", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a urology procedure note for transperineal placement of three gold fiducials and a "
          "rectal hydrogel spacer before planned prostate SBRT (36.25 Gy in 5 fractions 'planned'); CT and MRI "
          "simulation are scheduled. Nothing delivered: facts empty, every category unmet, every code "
          "inconsistent.",
    docs=[Doc("b21_18.txt", text=f"""
{_c}
PROCEDURE NOTE
{pid(18)}   Date of procedure: 11/23/2026
Procedure: Transperineal ultrasound-guided placement of fiducial markers (3) and perirectal hydrogel spacer.
Surgeon: Cosmo Varga-Ellison, MD
Anesthesia: Monitored anesthesia care (propofol), perineal block with 20 mL 0.5% ropivacaine.
Indication: 69-year-old man with unfavourable-intermediate-risk prostate cancer (Gleason 4+3 in 3/12 cores, PSA 11.4, cT2b), planned for stereotactic body radiotherapy with Dr. Halloran-Mbeki, 36.25 Gy in 5 fractions, with 4 months of ADT started 10/2026.
Description: Lithotomy position, sterile prep. Biplanar TRUS: prostate volume 44 cc. Three 1.0 x 3.0 mm gold fiducials were placed at the right base, left mid-gland and apex under real-time imaging. An 18 G needle was advanced into the space between Denonvilliers fascia and the rectal wall, saline hydrodissection confirmed the plane, and 10 mL of hydrogel was injected with symmetric spread; separation 13 mm at mid-gland. DRE afterwards: rectal mucosa intact.
EBL: < 5 mL. Complications: none.
Plan: CT simulation and planning MRI on 11/30/2026 (ordered). Radiation oncology will contact the patient with the start date. Ciprofloxacin 500 mg x 1 given.
Cosmo Varga-Ellison, MD
{FOOT}
""")])

# b21_19 -- pdf scanned 175 dpi: T5 30 Gy/10 palliative course claimed as SBRT (hard negative) --------------------
_c = "WHINFELL ROAD RADIOTHERAPY"
add(name="b21_19", kind="scan", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 10, ["CT"], ["body_immobilization"]),
    lesions=[L("T5 vertebral body", "spinal", None, 30, 10)],
    categories=cats(),
    notes="Near-miss: scanned (175 dpi) prescription + completion summary of a palliative T5 course, 300 cGy x 10 "
          "= 3000 cGy, VMAT with daily CBCT, vacuum bag. Spine SBRT 24 Gy in 2 fractions was considered and "
          "declined because of cord compression (Bilsky 3). Ten fractions: 77373/77435/63620 are inconsistent, "
          "no delivery code. Traps: the word 'stereotactic' in the declined option, cord Dmax 31.2 Gy, MRI "
          "diagnostic only (not fused).",
    docs=[Doc("b21_19.pdf", [[
        H1("PRESCRIPTION AND TREATMENT SUMMARY"),
        KeyValue([("Patient", patient(19)), ("MRN", mrn(19)), ("Course", "C1  Thoracic spine, palliative")]),
        RuledTable([("Site", "Technique", "Energy", "Dose/fx", "Fractions", "Total", "Frequency", "Rx to"),
                    ("T5 vertebral body + epidural component", "VMAT (conventional fractionation)", "6X", "300 cGy", "10", "3000 cGy", "Daily Mon-Fri", "PTV D95")]),
        P("Rx approved by: Ferdinand Ashcombe-Ugwu, MD 10/26/2026 (version 1)."),
        P("Background: 74-year-old woman, metastatic breast cancer, new T5 lesion with Bilsky 3 epidural compression and mild leg weakness on MRI 10/22/2026 (diagnostic, outside hospital, not fused). Decompression declined. Spine stereotactic body radiotherapy, 24 Gy in 2 fractions, was considered and declined because of high-grade cord compression; conventional palliative radiotherapy chosen."),
        P("Simulation 10/26/2026: CT 2.5 mm supine in a vacuum bag, arms at sides. Plan: PTV = T4-T6 + 1 cm; spinal cord Dmax 31.2 Gy (accepted), esophagus Dmax 30.8 Gy, lungs V20 3%."),
        RuledTable([("Fx", "Date", "cGy", "IGRT"),
                    ("1", "10/28", "300", "CBCT"), ("2", "10/29", "300", "CBCT"), ("3", "10/30", "300", "CBCT"),
                    ("4", "11/02", "300", "CBCT"), ("5", "11/03", "300", "CBCT"), ("6", "11/04", "300", "CBCT"),
                    ("7", "11/05", "300", "CBCT"), ("8", "11/06", "300", "CBCT"), ("9", "11/09", "300", "CBCT"),
                    ("10", "11/10", "300", "CBCT")]),
        P("Completed: T5, 3000 cGy in 10 fractions, 11/10/2026. Leg strength improved; dexamethasone taper."),
        sig("Ferdinand Ashcombe-Ugwu, MD 11/10/2026"),
    ]], opts=dict(header=hdr(_c, 19), scan=True, scan_dpi=175))])

# b21_20 -- pdf: single-fraction kidney SBRT 26 Gy x 1, claimed 77372 (cranial-only) + 77435 --------------------
_c = "SALTMARSH INSTITUTE OF ONCOLOGY"
add(name="b21_20", kind="pdf", codes=["77372", "77435"],
    facts=F("linac", ["body"], 1, 1, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("right kidney lower pole", "body", None, 26, 1)],
    categories=cats(),
    notes="Single-fraction SBRT 26 Gy x 1 to a 3.4 cm right renal cell carcinoma (inoperable): prescription "
          "form, plan approval with DVH, delivery note. TrueBeam, BodyFIX with abdominal compression belt, 4DCT + "
          "contrast MRI fused. One fraction outside the skull: 77372 is wrong (cranial only), 77373/77435 "
          "expected. Traps: 42 Gy in 3 considered, contralateral kidney mean 1.1 Gy, eGFR, 3.4 cm size.",
    docs=[Doc("b21_20.pdf", [[
        H1("Prescription"),
        RuledTable([("Site", "Right kidney, lower pole RCC (3.4 cm), biopsy-proven clear cell"),
                    ("Technique", "SBRT, single fraction, VMAT"),
                    ("Energy", "6X-FFF"), ("Dose per fraction", "2600 cGy"), ("Number of fractions", "1"),
                    ("Total dose", "2600 cGy"), ("Frequency", "Once"), ("Prescribed to isodose", "80% (covering 95% of PTV)"),
                    ("Rx approved by", "Genevieve Thackeray-Olu, MD  09/09/2026 (v1)")], header=False),
        P("Alternative: 42 Gy in 3 fractions was considered; single fraction chosen for travel reasons."),
        H1("Plan Approval"),
        P(f"{patient(20)} ({mrn(20)}). Simulation 09/03/2026: BodyFIX cushion with an abdominal compression belt; 4DCT (10 phases, excursion 4 mm with compression) and MRI abdomen with gadolinium 09/03/2026 fused for GTV. ITV + 5 mm = PTV 41 cc. 2 VMAT arcs, MU 3,411 and 3,376."),
        RuledTable([("OAR", "Limit (1 fx)", "Achieved"), ("Bowel D0.03cc", "< 20 Gy", "17.2 Gy"),
                    ("Duodenum D0.03cc", "< 16 Gy", "11.4 Gy"), ("Stomach D0.03cc", "< 16 Gy", "6.3 Gy"),
                    ("Spinal cord D0.03cc", "< 14 Gy", "5.1 Gy"), ("Kidney L Dmean", "< 8 Gy", "1.1 Gy"),
                    ("Liver 700 cc", "< 9.1 Gy", "0.8 Gy"), ("Skin D0.03cc", "< 26 Gy", "10.2 Gy")]),
        P("Approved by G. Thackeray-Olu, MD and physics (A. Baptiste-Kwan, MS) 09/09/2026; portal dosimetry 99.6% (3%/2 mm)."),
        H1("Delivery Note"),
        P("09/14/2026: single fraction delivered, 2600 cGy to the right renal tumour. CBCT before treatment (shift 2.7 mm), repeat CBCT after arc 1 (0.8 mm). eGFR 51 before treatment. No acute toxicity."),
        sig("Genevieve Thackeray-Olu, MD 09/14/2026"),
    ]], opts=dict(header=hdr(_c, 20), font="Helvetica"))])


CORPUS = Corpus("blind_corpus21", "tests/blind_corpus21", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
