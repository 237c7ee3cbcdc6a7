"""Seventy-fifth blind corpus, ``tests/blind_corpus75/`` (regenerate: ``python scripts/make_corpus.py blind_corpus75``).

Twenty courses on the theme "spine and body SBRT as dictated and bundled": seven spine courses (cervical,
thoracic, lumbar and sacral; one level or two; 1, 2, 3 and 5 fractions; post-operative with hardware,
re-irradiation, a pathological compression fracture), nine body courses (peripheral and central lung with 4DCT
and motion management, liver with fiducials, prostate with a spacer and fiducials, kidney, adrenal, pancreas on
an MR-linac, a three-site oligometastatic course with different doses and fraction counts, a para-aortic node),
one cranial cobalt-60 frame case and three hard negatives of different kinds (a conventional 30 Gy in 10
course, an SBRT plan cancelled after simulation, a surveillance note three years later). Ten bundles of 2-5
files (consults, simulation notes, plan printouts, on-treatment notes, completion summaries), the rest single
documents; mostly dictated (speech-recognition slips, numbers in words, "x5", "QOD", cGy beside Gy) with some
printouts and exports; one scanned single chart and one scanned page inside a bundle; one two-column page.
Immobilisation and image guidance are written many ways, and devices offered or placed but not used sit
beside devices used. Every clinic, clinician and system is invented. Two charts contradict themselves
(``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (dictations and exports are deliberately one long line per paragraph or record)

from __future__ import annotations

from pdfmaker import ColumnBreak, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ADELINE", "BARNABY", "CORDELIA", "DESMOND", "EUGENIA", "FLETCHER", "GWENDOLYN", "HORATIO", "IMOGEN",
         "JASPER", "KATRINA", "LEOPOLD", "MARIGOLD", "NATHANIEL", "OPHELIA", "PERCIVAL", "ROSALIND", "SEBASTIAN",
         "THEODORA", "WENDELL"]


def patient(n: int) -> str:
    return f"SEVENTYFIVEPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-750{n:02d}"


def banner(clinic: str, what: str, n: int, dob: str) -> list[str]:
    return [f"{clinic} - {what}", f"{patient(n)}   MRN {mrn(n)}   DOB {dob}"]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Spine (7)
# ==================================================================================================

# m75_01 -- dictation (txt): C5 single-fraction spine SRS 18 Gy, head-neck-shoulder mask; 77372/77432 claimed ------
add(name="m75_01", kind="dictation", codes=["77372", "77432", "63620"],
    facts=F("linac", ["spinal"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("C5 vertebral body metastasis (renal cell)", "spinal", None, 18, 1)],
    categories=cats(),
    notes="Dictated same-day treatment note for single-fraction spine SRS: C5 renal cell metastasis with a small "
          "ventral epidural component, 18 Gy x1 (1800 cGy) covering 90% of the PTV, long thermoplastic "
          "head-neck-shoulder mask, 1 mm CT fused with cervical MRI, two VMAT arcs on a gantry linac, CBCT + 6DoF "
          "before and between arcs, physics QA. Speech-recognition slips ('vertical body', 'neural logic'). "
          "The coder claimed the single-session cranial codes 77372/77432 for a spinal course: wrong (77373/77435); "
          "63620 right.",
    docs=[Doc("m75_01.txt", text=f"""
RIVERBEND ONCOLOGY ASSOCIATES - DEPARTMENT OF RADIATION ONCOLOGY
STEREOTACTIC TREATMENT NOTE                                 ** DICTATED - NOT PROOFREAD **

PATIENT: {patient(1)}
MRN: {mrn(1)}          DOB: 03/14/1958
DATE OF SERVICE: 04/06/2027
ATTENDING: Lucian Marchetti-Oyelaran, MD
REFERRING: Priya Vandermolen, MD (Medical Oncology)

DIAGNOSIS: Metastatic clear cell renal cell carcinoma, C5 vertebral body metastasis (C79.51).

HISTORY: Mr. Seventyfivepatient is a 68-year-old gentleman with metastatic clear cell renal cell carcinoma on cabozantinib who
developed right-sided neck pain in February. MRI of the cervical spine showed an enhancing lesion of the C5 vertical body extending
into the right pedicle with a small ventral epidural component, Bilsky 1a, no cord compression, SINS score 7. Neurosurgery (Dr.
Kowalczyk-Ames) felt there was no indication for surgery. Given the radioresistant histology we recommended spine stereotactic
radiosurgery in a single fraction rather than conventional palliative radiation, and he agreed. KPS 80.

SIMULATION AND PLANNING: He was simulated on 03/29/2027 supine in a long thermoplastic head, neck and shoulder mask with the neck
in neutral. A 1 mm CT was obtained and fused to a thin-slice MRI of the cervical spine (T1 post contrast and T2 axial) done on
03/30/2027. I contoured the GTV as the C5 lesion including the epidural component, the CTV per the consensus contouring guidelines
as the C5 vertebral body and the right pedicle, and the PTV as a 2 mm expansion trimmed off the spinal cord PRV. The prescription
is eighteen Gray in one fraction, 1800 cGy x1, to the PTV, with at least 90 percent of the PTV covered by the prescription dose.
The plan is two volumetric modulated arcs, 6 MV flattening filter free, on our gantry linac, planned in BRIGHTWATER TPS 9
(invented). Spinal cord PRV maximum point dose 12.4 Gy, esophagus D5cc 11.0 Gy, larynx mean 3.2 Gy. Physics completed the
independent second check and patient-specific QA passed (gamma 98.7 percent at 2 percent / 1 mm).

TREATMENT TODAY: He received dexamethasone 4 mg by mouth before treatment. He was set up in his mask and a cone beam CT was obtained
and matched to the C5 vertebral body; translational and rotational shifts, all under 1 mm and 1 degree, were applied with the
six degree of freedom couch and approved by me at the console. A second cone beam CT after the first arc showed no movement.
Eighteen Gray was delivered to C5 in a single fraction without difficulty. He had no new neural logic deficits and went home
in good condition.

PLAN: MRI cervical spine in 8 weeks, follow-up with me thereafter. Continue cabozantinib, held 3 days around treatment per
medical oncology.

Electronically signed: Lucian Marchetti-Oyelaran, MD 04/06/2027 17:42
{FOOT}
""")])

# m75_02 -- bundle (4 files): T4 and T8 SBRT 24 Gy / 2 fx each, vacuum bag; consult, sim, plan printout, completion --
_c = "HALLORAN BAY CANCER CENTER"
add(name="m75_02", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T4 vertebral metastasis", "spinal", None, 24, 2), L("T8 vertebral metastasis", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Four-document spine bundle: dictated consult (oligoprogressive breast cancer, T4 and T8 metastases; a T11 "
          "hemangioma is NOT treated), simulation note (full-body vacuum bag with wrap, arms up, CT + MRI fusion, "
          "no fiducials), plan printout (two PTVs, 24 Gy in 2 fractions each, separate isocentres, VMAT, cord "
          "constraints, physics sign-off) and a dictated completion summary (2400 cGy in 2 fractions to each level, "
          "CBCT each fraction). Two non-contiguous spinal lesions: 63620 + 63621 right.",
    docs=[
        Doc("1_consult.txt", text=f"""
{_c} - RADIATION ONCOLOGY CONSULTATION (dictated)
Patient: {patient(2)}   MRN: {mrn(2)}   DOB: 09/02/1966   Date: 04/19/2027
Consulting physician: Marguerite Oyelowo-Fenn, MD

REASON FOR CONSULTATION: Oligoprogressive metastatic breast cancer to the thoracic spine.

HISTORY OF PRESENT ILLNESS: Ms. Seventyfivepatient is a 60-year-old woman with ER-positive, HER2-negative breast cancer diagnosed in
2022 with bone-only metastatic disease since 2025, on letrozole and palbociclib. Restaging CT chest/abdomen/pelvis and MRI of the whole spine in April
show two enlarging lesions, one in the T4 vertebral body and one in the T8 vertebral body with extension into the left pedicle,
both Bilsky 0 to 1a, while all other bone disease is stable. There is also a typical hemangioma at T11 which is unchanged since 2023
and is not a metastasis. She has mid back pain, 4 out of 10, no weakness, no bowel or bladder symptoms. ECOG 1.

ASSESSMENT AND PLAN: Two sites of oligoprogression, T4 and T8, on otherwise stable disease. I recommended stereotactic body
radiation therapy to both levels, twenty four Gray in two fractions to each, with continuation of her systemic therapy. The T11
hemangioma needs no treatment. We discussed pain flare, esophagitis, fatigue and a small risk of vertebral compression fracture
(about 10 to 15 percent). She wishes to proceed. Simulation will be scheduled this week.

Marguerite Oyelowo-Fenn, MD
{FOOT}
"""),
        Doc("2_simulation_note.txt", text=f"""
{_c} - CT SIMULATION NOTE
{patient(2)}   {mrn(2)}   Sim date: 04/22/2027

Site: thoracic spine SBRT, T4 and T8.
Position: supine, arms up above the head holding the T-bar, knees over the knee wedge.
Immobilization: full-body vacuum cushion with the vacuum wrap (low-pressure foil) over the chest and abdomen, indexed to the couch.
Scan: CT 1.5 mm slices from C5 to L1, no contrast. Marks placed and tattooed x3.
Fusion: MRI thoracic spine T1 and T2 axial 2 mm (04/16/2027) to be registered to the sim CT by the dosimetrist for contouring
of both targets and the spinal cord.
Fiducials: none needed - bony spine match.
Therapists: K. Delacroix, RTT / B. Amundsen, RTT
Physician present: M. Oyelowo-Fenn, MD
{FOOT}
"""),
        Doc("3_plan_printout.pdf", [[
            H1("SBRT PLAN APPROVAL - SPINE"),
            KeyValue([("Patient", f"{patient(2)}   ({mrn(2)})"), ("Course", "C1 SBRT T-spine"),
                      ("Treatment unit", "6 MV FFF gantry linac, 5 mm MLC, 6DoF couch"),
                      ("Planning system", "LANTERNPLAN 4.2 (invented)"),
                      ("Imaging", "CT sim 04/22/2027 (1.5 mm) fused with MRI T-spine 04/16/2027"),
                      ("Schedule", "2 fractions, every other day")]),
            RuledTable([("Plan", "Target", "Isocenter", "Rx", "Dose/fx", "Arcs", "PTV V100%", "Cord PRV Dmax"),
                        ("SP_T4", "PTV_T4 (T4 body)", "ISO_T4", "2400 cGy / 2", "1200 cGy", "2 VMAT", "91.2%", "1512 cGy"),
                        ("SP_T8", "PTV_T8 (T8 body + L pedicle)", "ISO_T8", "2400 cGy / 2", "1200 cGy", "2 VMAT", "90.4%", "1538 cGy")]),
            P("Spinal cord PRV limit 1700 cGy max in 2 fractions; esophagus D5cc 1420 cGy (limit 1800 cGy); heart and lungs within "
              "constraints. Both plans reviewed with the DVHs. Independent MU calculation agrees within 1.8% (T4) and 2.1% (T8); "
              "portal dosimetry QA passed for both."),
            sig("Marguerite Oyelowo-Fenn, MD, Radiation Oncology 04/27/2027"),
            sig("Tomasz Greenhalgh, MS, DABR, Medical Physics 04/27/2027"),
        ]], opts=dict(header=banner(_c, "Treatment Planning", 2, "09/02/1966"))),
        Doc("4_completion_summary.txt", text=f"""
{_c} - RADIATION THERAPY COMPLETION SUMMARY (dictated)
Patient: {patient(2)}   MRN: {mrn(2)}   Dictated: 05/05/2027

Ms. Seventyfivepatient completed stereotactic body radiation therapy to the thoracic spine today. She received 2400 cGy in 2
fractions to T4 and 2400 cGy in 2 fractions to T8, treated on 05/03/2027 and 05/05/2027. Each fraction was preceded by a cone beam
CT matched to the vertebral bodies with six degree of freedom correction, reviewed and approved by the physician before beam on.
The T11 hemangioma was not treated.

She tolerated treatment well with a mild pain flare after the first fraction managed with a short dexamethasone taper. No
esophagitis. She will continue letrozole and palbociclib. Follow-up MRI of the thoracic spine in 3 months.

Marguerite Oyelowo-Fenn, MD
{FOOT}
"""),
    ])

# m75_03 -- bundle (3 files): post-operative L3 SBRT 27 Gy / 3 after separation surgery and L2-L4 fusion ------------
_c = "ST. ANSELM'S REGIONAL MEDICAL CENTER"
add(name="m75_03", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L3 post-operative CTV (separation surgery bed)", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Post-operative spine SBRT bundle: dictated consult after L3 laminectomy/separation surgery with L2-L4 "
          "posterior titanium instrumentation (melanoma), a plan-and-treatment printout (post-op CTV per consensus, "
          "27 Gy / 3 fx, CT myelogram because of hardware artefact, fused pre- and post-op MRI, Vac-Lok, CBCT "
          "each fraction) and a short dictated completion note. Hardware and the pre-operative 'L2-L4 construct' are "
          "not targets: one lesion.",
    docs=[
        Doc("1_postop_consult.txt", text=f"""
{_c} - RADIATION ONCOLOGY - POST-OPERATIVE CONSULTATION
Patient: {patient(3)}      MRN: {mrn(3)}      DOB: 11/30/1971      Visit: 05/10/2027
Physician: Ezekiel Barrowclough, MD, PhD

Mr. Seventyfivepatient is a 55-year-old man with metastatic melanoma who presented in April with progressive left leg weakness and
was found to have an L3 vertebral metastasis with high-grade epidural spinal cord compression, Bilsky 3. On 04/21/2027 Dr. Ngata-Lisowski
performed an L3 laminectomy with circumferential epidural decompression (separation surgery) and posterior instrumented fusion
from L2 to L4 with titanium pedicle screws and rods. His strength has recovered to 4+/5 and he walks with a cane.

Post-operatively the epidural disease is decompressed with a 3 mm residual rim of ventral epidural tumor. Melanoma is relatively
radioresistant and I recommend post-operative stereotactic body radiation to the L3 surgical bed, twenty-seven Gray in three
fractions, now that the wound has healed (staples out 05/05). Because the titanium hardware will degrade the planning MRI, I will
ask for a CT myelogram at simulation and fuse both the pre-operative and post-operative MRI. Risks including wound breakdown,
hardware-related dose uncertainty, nerve injury and fracture were reviewed. He agrees.

E. Barrowclough, MD, PhD
{FOOT}
"""),
        Doc("2_plan_and_treatment.pdf", [[
            H1("SPINE SBRT - PLAN AND TREATMENT RECORD"),
            KeyValue([("Patient / MRN", f"{patient(3)} / {mrn(3)}"), ("Indication", "Post-op L3 melanoma metastasis, s/p separation surgery + L2-L4 fusion 04/21/2027"),
                      ("Immobilization", "Vac-Lok bag, arms on chest, knee sponge; indexed"),
                      ("Simulation", "CT myelogram (intrathecal contrast, 1 mm) 05/17/2027"),
                      ("Registration", "Pre-op MRI L-spine 04/19/2027 and post-op MRI 05/12/2027 fused (hardware artifact noted)"),
                      ("Target", "Post-op CTV: L3 body, bilateral pedicles and posterior elements (consensus post-op guidelines), incl. pre-op epidural extent; PTV = CTV + 2 mm, cord/cauda excluded"),
                      ("Prescription", "2700 cGy in 3 fractions (900 cGy/fx), D90 of PTV >= 100%"),
                      ("Technique", "3 VMAT arcs, 6 MV FFF, titanium density override for rods/screws; ALDERCREST TPS 7 (invented)"),
                      ("OAR", "Cauda equina Dmax 2120 cGy; thecal sac PRV Dmax 2080 cGy; bowel D5cc 1640 cGy"),
                      ("Physics", "2nd calc within 2.4%; ArcCHECK-type QA 97.9% pass; signed C. Amadi-Rourke, MS")]),
            H2("Treatment record"),
            RuledTable([("Fx", "Date", "Imaging", "Shifts / rotations", "Dose (cGy)", "Cum (cGy)", "Physician"),
                        ("1", "05/24/2027", "CBCT x2", "1.1 mm / 0.8 deg", "900", "900", "EB"),
                        ("2", "05/26/2027", "CBCT x2", "0.6 mm / 0.4 deg", "900", "1800", "EB"),
                        ("3", "05/28/2027", "CBCT x2", "0.9 mm / 0.5 deg", "900", "2700", "EB")]),
            P("Image match to the L3 vertebral body, hardware used only as a secondary check. Course complete."),
            sig("Ezekiel Barrowclough, MD, PhD 05/28/2027"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 3, "11/30/1971"))),
        Doc("3_completion_note.txt", text=f"""
{_c} - END OF TREATMENT NOTE
{patient(3)}   {mrn(3)}   05/28/2027

Completed post-op SBRT to L3, 27 Gy in 3 fx (05/24, 05/26, 05/28). No wound issues, incision well healed. Mild fatigue. Strength
stable 4+/5 left hip flexion. Resume pembrolizumab per Dr. Sorensen-Adebayo next week. MRI L-spine and clinic in 3 months.
E. Barrowclough, MD, PhD
{FOOT}
"""),
    ])

# m75_04 -- ehr_text (txt export): T11 re-irradiation on a robotic-arm linac, 25 Gy / 5 after 30 Gy / 10 in 2025 ---
add(name="m75_04", kind="ehr_text", codes=["G0339", "G0340", "77435", "63620"],
    facts=F("robotic_linac", ["spinal"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T11 vertebral body (re-irradiation)", "spinal", None, 25, 5)],
    categories=cats(),
    notes="Record-and-verify style course export for spine re-irradiation on a robotic-arm linac: T11 recurrence "
          "after conventional 30 Gy / 10 fx to T10-T12 in 2025 (another course, not counted), now 25 Gy in 5 "
          "fractions (500 cGy x5), vacuum cushion, CT + MRI, spine tracking with paired kV images during delivery, "
          "cumulative cord EQD2 table. G0339 + G0340 x4 + 77435 + 63620 right.",
    docs=[Doc("m75_04.txt", text=f"""
====================================================================================================
 NORTHGATE RADIOSURGERY CENTER  --  COURSE SUMMARY EXPORT   (ORBITAL-RV 5.3, invented)   run 06/18/2027 08:02
====================================================================================================
Patient ............ {patient(4)}
MRN ................ {mrn(4)}
DOB ................ 07/07/1949
Course ............. C2  "T11 reRT SBRT"        Status: COMPLETED
Attending .......... Helena Szczepanski-Obi, MD
Treatment unit ..... ROBOTIC-1   robotic-arm mounted 6 MV linac, fixed + variable aperture collimation
Diagnosis .......... C79.51  Secondary malignant neoplasm of bone (T11); primary NSCLC adenocarcinoma

PRIOR RT (course C1, NOT this course)
  2025-03-03 .. 2025-03-14   T10-T12 palliative 3D conformal, 3000 cGy / 10 fx, PA + opposed laterals   [outside record]

CURRENT COURSE C2
  Sim CT ........... 05/27/2027  1.25 mm, supine in full-length vacuum cushion (VAC-3), arms on chest
  MRI .............. 05/25/2027  T-spine T1 post-gad + T2, 1 mm axial, fused to sim CT (rigid, cord-weighted)
  Target ........... GTV T11 body + L paraspinal soft tissue;  CTV = T11 body + L pedicle;  PTV = CTV + 1.5 mm
  Rx ............... 2500 cGy in 5 fx (500 cGy/fx) to the 76% isodose line, PTV coverage 93.1%
  Plan ............. plan T11_reRT_v2, 184 non-isocentric beams, 12.5/15 mm cones + 20 mm;  TPS: SILVERLAKE 3.0 (invented)
  Tracking ......... spine tracking on paired orthogonal kV images every 30-60 s, 6D correction
  Fiducials ........ none (not required for spine tracking)
  Physics QA ....... secondary MU check 1.6%; film QA 96.4% (3%/1 mm); reviewed J. Okonkwo-Laird, MS, DABR 05/31/2027

CUMULATIVE OAR (C1 + C2, EQD2 a/b=2)
  Spinal cord PRV Dmax ......... C1 32.5 Gy + C2 21.3 Gy = 53.8 Gy   (limit 70 Gy, interval > 2 years)
  Esophagus D1cc ............... 41.0 Gy

TREATMENT LOG
  Fx  Date        Beams  Dose(cGy)  Cum(cGy)  Images  Mean 3D corr  Status
  1   06/07/2027  184    500        500       41      0.7 mm        TREATED
  2   06/09/2027  184    500        1000      38      0.5 mm        TREATED
  3   06/11/2027  184    500        1500      44      0.6 mm        TREATED
  4   06/14/2027  184    500        2000      39      0.4 mm        TREATED
  5   06/16/2027  184    500        2500      40      0.6 mm        TREATED
  Delivered: 2500 cGy / 5 fx to T11 (PTV_T11).  Planned: 2500 cGy / 5 fx.

Approved: Helena Szczepanski-Obi, MD  06/16/2027 16:20 (e-sig)
{FOOT}
""")])

# m75_05 -- bundle (2 files): L1 pathological compression fracture, kyphoplasty then SBRT 24 Gy / 2; 63621 claimed --
_c = "CEDAR HOLLOW ONCOLOGY"
add(name="m75_05", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L1 vertebral metastasis with pathological compression fracture", "spinal", None, 24, 2)],
    categories=cats(plan=False),
    notes="Two files: a dictated consult (EGFR-mutant lung adenocarcinoma) about an L1 metastasis with a 30% pathological "
          "compression fracture treated with kyphoplasty and biopsy, an old osteoporotic T12 compression fracture "
          "that is NOT treated, and a brief completion summary PDF: L1 24 Gy in 2 fractions, vacuum cushion with "
          "knee wedge, CT + MRI, CBCT before each fraction. No isodose line, beams/arcs or planning system anywhere: "
          "plan unmet. One lesion, so the claimed 63621 is wrong.",
    docs=[
        Doc("1_consult.txt", text=f"""
{_c} - Radiation Oncology New Patient Consult
DATE: 06/02/2027     PATIENT: {patient(5)}     MRN: {mrn(5)}     DOB: 01/25/1953
PROVIDER: Sunniva Abernathy-Kuti, MD        DICTATED BY VOICE RECOGNITION - PLEASE EXCUSE ERRORS

CHIEF COMPLAINT: Back pain, L1 pathologic fracture.

HPI: 74 year old woman with stage IV lung adenocarcinoma (EGFR exon 19, on osimertinib) who developed sudden severe upper lumbar pain
on 05/09. CT and MRI of the lumbar spine showed a new L1 vertebral body metastasis with a pathologic compression fracture, about
30 percent height loss, no retropulsion, no epidural disease. There is also an old, healed osteoporotic compression deformity of
T12 that has been stable since 2021 and is benign. On 05/20/2027 Dr. Havlicek performed L1 kyphoplasty with biopsy confirming
metastatic adenocarcinoma. Pain is better, 3 out of 10, but she is still on oxycodone as needed.

EXAM: Ambulatory without assistance. Strength 5/5 in the lower extremities. Tender to percussion at the thoracolumbar junction.

IMPRESSION AND PLAN: L1 metastasis after kyphoplasty. I recommended stereotactic body radiation therapy to L1, twenty four gray in
two fractions, to improve local control and durable pain relief. The T12 deformity is an old benign fracture and will not be
treated. Because lying flat is still uncomfortable she will be simulated in a vacuum cushion with a knee wedge, with an MRI fusion.
Risk of further fracture at L1 is reduced by the cement but not zero. She would like to proceed.

S. Abernathy-Kuti, MD
{FOOT}
"""),
        Doc("2_completion_summary.pdf", [[
            H1("Radiation Treatment Completion Summary"),
            KeyValue([("Patient", patient(5)), ("MRN", mrn(5)), ("Physician", "Sunniva Abernathy-Kuti, MD"),
                      ("Diagnosis", "Lung adenocarcinoma metastatic to L1 vertebra, s/p kyphoplasty 05/20/2027"),
                      ("Treatment", "Stereotactic body radiation therapy (SBRT), gantry linac"),
                      ("Target", "L1 vertebral body and bilateral pedicles (GTV on MRI, CTV per consensus, PTV 2 mm)"),
                      ("Simulation", "CT simulation 06/07/2027, vacuum cushion with knee wedge; MRI L-spine 05/12/2027 fused"),
                      ("Dose", "2400 cGy in 2 fractions (1200 cGy per fraction)"),
                      ("Dates", "06/14/2027 - 06/16/2027"),
                      ("Image guidance", "CBCT before each fraction, 6D couch correction, approved by MD"),
                      ("Elapsed days", "3")]),
            P("Course completed as prescribed: L1 2400 cGy / 2 fx. Mild nausea after fraction 1 relieved by ondansetron. "
              "The old T12 compression deformity was outside the target. Follow-up with MRI L-spine in 3 months."),
            sig("Sunniva Abernathy-Kuti, MD 06/16/2027"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 5, "01/25/1953"))),
    ])

# m75_06 -- scan: sacral SBRT 30 Gy / 5, printed summary scanned at 150 dpi ---------------------------------------
_c = "MAPLEGROVE COMMUNITY CANCER PROGRAM"
add(name="m75_06", kind="scan", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("S1-S2 sacral metastasis (right sacral ala)", "spinal", None, 30, 5)],
    categories=cats(),
    notes="Scanned (150 dpi, slight skew and speckle) printed SBRT treatment summary: a right sacral metastasis "
          "(S1-S2, prostate primary, one PTV) treated 30 Gy in 5 fractions (6 Gy x5) to the 80% isodose, Vac-Lok "
          "with knee and foot fix, planning CT + MRI pelvis, daily CBCT; per-fraction rows. No text layer.",
    docs=[Doc("m75_06.pdf", [[
        H1("STEREOTACTIC BODY RADIATION THERAPY - TREATMENT SUMMARY"),
        KeyValue([("Patient", patient(6)), ("MRN", mrn(6)), ("Attending", "Cornelius Vantongeren, MD"),
                  ("Diagnosis", "Castrate-resistant prostate adenocarcinoma; oligoprogressive right sacral metastasis (S1-S2)"),
                  ("Intent", "Ablative / durable local control"),
                  ("Immobilization", "Vac-Lok bag, knee and foot fixation, arms on chest"),
                  ("Planning imaging", "CT sim 2 mm 07/06/2027; MRI pelvis/sacrum T1 + STIR 07/02/2027 fused"),
                  ("Target", "GTV sacral lesion; CTV = right S1-S2 body and ala (one volume); PTV = CTV + 3 mm, sacral nerve roots respected"),
                  ("Prescription", "3000 cGy in 5 fractions, 600 cGy/fx, to the 80% isodose line"),
                  ("Plan", "2 full VMAT arcs, 10 MV FFF gantry linac; WILLOWMERE PLANNING 11 (invented)"),
                  ("OAR", "Cauda equina Dmax 2790 cGy; sacral plexus Dmax 2960 cGy; rectum D1cc 2210 cGy; bowel D5cc 1900 cGy"),
                  ("QA", "Independent calculation 1.2%; patient-specific QA pass")]),
        RuledTable([("Fx", "Date", "CBCT", "Couch shifts (cm)", "Dose (cGy)", "Cumulative (cGy)"),
                    ("1", "07/12/2027", "Y", "0.2 / -0.1 / 0.3", "600", "600"),
                    ("2", "07/14/2027", "Y", "0.1 / 0.1 / 0.2", "600", "1200"),
                    ("3", "07/16/2027", "Y", "0.3 / 0.0 / -0.1", "600", "1800"),
                    ("4", "07/19/2027", "Y", "0.1 / -0.2 / 0.1", "600", "2400"),
                    ("5", "07/21/2027", "Y", "0.2 / 0.1 / 0.0", "600", "3000")]),
        P("Total delivered: 3000 cGy in 5 fractions to the right sacral metastasis. No interruptions. Tolerated well; mild "
          "diarrhea grade 1. PSA and follow-up in 6 weeks."),
        sig("Cornelius Vantongeren, MD 07/21/2027"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 6, "12/12/1947"), scan=True, scan_dpi=150,
                  scan_skew=0.6, scan_noise=6.0))])

# m75_07 -- pdf (two-column page): T6 spine SBRT 24 Gy / 3, stereotactic body frame ---------------------------------
_c = "BLACKSTONE UNIVERSITY HOSPITAL - SPINE RADIOSURGERY PROGRAM"
add(name="m75_07", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T6 vertebral metastasis with epidural extension", "spinal", None, 24, 3)],
    categories=cats(),
    notes="Two-column spine radiosurgery report (clinical summary and technique | dosimetry and delivery): T6 "
          "thyroid-cancer metastasis with Bilsky 1b epidural extension, 24 Gy in 3 fractions (800 cGy x3), "
          "stereotactic body frame with vacuum pillow, CT + MRI, CBCT with 6DoF couch plus intrafraction "
          "monitoring; a T6-T7 surgical consult is history. Single level.",
    docs=[Doc("m75_07.pdf", [[
        H1("Spine Radiosurgery Report"),
        H2("Clinical summary"),
        P(f"{patient(7)}, MRN {mrn(7)}, 63-year-old woman with radioiodine-refractory follicular thyroid carcinoma. MRI 07/20/2027: "
          "enlarging T6 vertebral body metastasis with left-sided epidural extension (Bilsky 1b), no cord signal change. "
          "Spine surgery consult 07/23/2027: no instability (SINS 6), surgery not advised. Multidisciplinary spine tumor board "
          "07/27/2027 recommended SBRT. KPS 90."),
        H2("Technique"),
        P("Immobilization: stereotactic body frame with a vacuum pillow, arms above the head. Simulation CT 1 mm on 08/02/2027; "
          "MRI thoracic spine (T1 post-gadolinium, T2, 1 mm) 08/02/2027 deformably registered. GTV on MRI; CTV T6 body and left "
          "pedicle and lamina per consensus; PTV 2 mm, excluding the cord PRV (cord + 1.5 mm)."),
        P("Plan: 9-field step-and-shoot IMRT, 6 MV FFF gantry linac, calculated in KESTREL RIDGE TPS 2.8 (invented). Dose "
          "prescribed to the PTV so that 90% of the PTV receives 2400 cGy."),
        ColumnBreak(),
        H2("Dosimetry"),
        RuledTable([("Structure", "Metric", "Value"), ("PTV_T6", "V24Gy", "90.6%"), ("PTV_T6", "Dmax", "29.1 Gy"),
                    ("Cord PRV", "Dmax", "17.9 Gy"), ("Cord PRV", "D0.35cc", "15.8 Gy"), ("Esophagus", "D5cc", "14.2 Gy")]),
        H2("Delivery"),
        TextTable([("Fx", "Date", "Dose", "Guidance"), ("1/3", "08/09/2027", "8 Gy", "CBCT, 6DoF, intrafx kV"),
                   ("2/3", "08/11/2027", "8 Gy", "CBCT, 6DoF, intrafx kV"), ("3/3", "08/13/2027", "8 Gy", "CBCT, 6DoF, intrafx kV")],
                  columns=(0, 32, 110, 150)),
        P("Delivered 24 Gy in 3 fractions to T6 as planned. Physics: second calculation 1.9%, plan QA passed. No neurologic change; "
          "mild pain flare after fraction 1. MRI in 3 months."),
        sig("Rhiannon Castellanos-Whitby, MD, Attending 08/13/2027"),
        sig("Dario Fitzsimmons, PhD, Medical Physicist 08/13/2027"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 7, "05/19/1964"), two_columns=True))])


# ==================================================================================================
# Body (9)
# ==================================================================================================

# m75_08 -- pdf letter: peripheral RUL lung 34 Gy x1, migrated fiducial not used, no IGRT written; 77432 claimed ----
_c = "PINE RIDGE RADIATION ONCOLOGY"
add(name="m75_08", kind="letter", codes=["77373", "77432"],
    facts=F("linac", ["body"], 1, 1, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe peripheral NSCLC", "body", None, 34, 1)],
    categories=cats(delivery_verification=False),
    notes="Dictated letter to the primary care physician after single-fraction SBRT for a 1.6 cm peripheral RUL "
          "adenocarcinoma: 34 Gy in one fraction to the 80% isodose with nine non-coplanar static beams, 4DCT "
          "(ITV) and staging PET, vacuum cushion; a navigational-bronchoscopy fiducial had migrated and was NOT "
          "used. The letter never mentions image guidance or physics QA: delivery verification unmet. "
          "77432 (cranial single-session management) claimed for a body course: wrong.",
    docs=[Doc("m75_08.pdf", [[
        P("PINE RIDGE RADIATION ONCOLOGY"),
        P("412 Larchmont Avenue, Suite 200 (synthetic address)"),
        P("August 23, 2027"),
        P("Beatrix Lindqvist-Amoah, MD\nPine Ridge Internal Medicine"),
        P(f"RE: {patient(8)}     DOB: 10/04/1944     MRN: {mrn(8)}"),
        P("Dear Dr. Lindqvist-Amoah,"),
        P("I am writing to update you on Mr. Seventyfivepatient, whom you kindly referred for a right upper lobe lung nodule. As you "
          "know, navigational bronchoscopy in June confirmed a 1.6 cm peripheral adenocarcinoma of the right upper lobe, and his "
          "staging PET/CT of 07/01/2027 showed no nodal or distant disease (cT1b N0 M0). With an FEV1 of 38 percent predicted he is "
          "not a surgical candidate."),
        P("He underwent simulation on 08/09/2027 lying in a custom vacuum cushion with both arms above his head. A four-dimensional "
          "CT showed 7 mm of tumor motion, so we contoured an internal target volume on all breathing phases and added a 5 mm "
          "margin for the planning target volume. The gold marker that was left at the time of bronchoscopy had migrated into a "
          "subsegmental airway well away from the tumor and was not used for anything in his treatment."),
        P("On 08/20/2027 he received stereotactic body radiation therapy, thirty-four Gray in a single fraction, prescribed to the "
          "80 percent isodose line covering the PTV and delivered with nine non-coplanar static beams from our 6 MV linear "
          "accelerator, planned on SUMMITVIEW TPS 6 (invented). The chest wall and rib doses were within our single-fraction "
          "limits. He tolerated it without any difficulty and went home the same afternoon."),
        P("I will see him in 3 months with a CT of the chest. Please call me with any questions."),
        P("Sincerely,"),
        sig("Josephine Adeyemi-Halvorsen, MD, Radiation Oncology 08/23/2027"),
        P("Dictated but not read. cc: Anselm Rourke, MD (Pulmonology)"),
    ]])])

# m75_09 -- bundle (5 files): central LUL lung 50 Gy / 5 QOD, body frame + abdominal compression, 4DCT + PET --------
_c = "GRANITE FALLS CANCER INSTITUTE"
add(name="m75_09", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left upper lobe central NSCLC", "body", None, 50, 5)],
    categories=cats(),
    notes="Five-document central lung bundle: dictated consult (2.4 cm central LUL squamous cell carcinoma within 2 "
          "cm of the proximal bronchial tree; 60 Gy / 8 discussed, 50 Gy / 5 QOD chosen), simulation note (body frame "
          "with abdominal compression plate, 4DCT, motion 1.1 cm free-breathing -> 6 mm with compression, PET-CT "
          "fused), prescription printout, two on-treatment visit notes (fx 2 and fx 4) and a dictated completion "
          "summary (5000 cGy / 5, CBCT every fraction). Proposed 60 Gy / 8 is not delivered.",
    docs=[
        Doc("1_consult.txt", text=f"""
{_c} - THORACIC RADIATION ONCOLOGY CONSULTATION
{patient(9)}   MRN {mrn(9)}   DOB 02/28/1950   Date of visit 08/03/2027
Physician: Anneliese Okoro-Whitfield, MD

HPI: 77 y/o man, 50 pack-year former smoker, COPD on home oxygen at night, found on low-dose screening CT to have a 2.4 cm left upper
lobe mass abutting the left upper lobe bronchus. EBUS 07/14/2027: squamous cell carcinoma; stations 4L, 7, 11L negative. PET/CT
07/06/2027: SUV 11.8 in the mass, no nodal or distant uptake. cT1c N0 M0. Thoracic surgery deemed him high risk (DLCO 34%).

IMPRESSION: Central early-stage NSCLC, within 2 cm of the proximal bronchial tree but not ultracentral.

PLAN: Definitive SBRT. I discussed 60 Gy in 8 fractions versus 50 Gy in 5 fractions; given that the tumor does not abut the trachea
or mainstem bronchus and the esophagus is > 2 cm away, I recommend fifty Gray in five fractions given every other day (QOD).
Simulation with 4DCT and abdominal compression next week. We discussed cough, esophagitis, pneumonitis (about 10%) and a small risk
of bronchial stenosis or bleeding. He consents.

A. Okoro-Whitfield, MD
{FOOT}
"""),
        Doc("2_simulation_note.txt", text=f"""
{_c} - SIMULATION NOTE (SBRT LUNG)         08/10/2027
{patient(9)} / {mrn(9)}

Immobilization: stereotactic body frame with vacuum pillow; abdominal compression plate set at level 3 below the xiphoid; arms up.
4DCT: 2.5 mm slices, 10 phases. Free-breathing tumor excursion measured at 1.1 cm superior-inferior; with compression 6 mm, so
compression will be used for treatment and gating is not needed. MIP and average CT generated for ITV.
PET/CT of 07/06/2027 registered to the average CT for GTV delineation.
Fiducial: not requested (tumor visible on CBCT).
RTT: L. Szabo / P. Nakashima      Physician: A. Okoro-Whitfield, MD
{FOOT}
"""),
        Doc("3_prescription.pdf", [[
            H1("SBRT PRESCRIPTION - THORAX"),
            KeyValue([("Patient", f"{patient(9)}  MRN {mrn(9)}"), ("Site", "Left upper lobe, central (PTV_LUL)"),
                      ("Volumes", "ITV from 4DCT phases + MIP; PTV = ITV + 5 mm"),
                      ("Dose", "5000 cGy in 5 fractions, 1000 cGy per fraction, every other day"),
                      ("Normalization", "Rx to the 75% isodose line covering 95% of the PTV"),
                      ("Beams", "2 partial coplanar VMAT arcs (181-30 deg), 6 MV FFF, gantry linac"),
                      ("TPS", "GRANITEPLAN 12 (invented)"),
                      ("Motion management", "Abdominal compression plate level 3; CBCT before each fraction, soft-tissue match to ITV"),
                      ("OAR limits", "Proximal bronchial tree Dmax < 52.5 Gy; esophagus Dmax < 35 Gy; heart D15cc < 32 Gy; lungs V20 < 10%")]),
            RuledTable([("Structure", "Planned"), ("PTV D95", "50.0 Gy"), ("PTV Dmax", "66.2 Gy"), ("PBT Dmax", "47.9 Gy"),
                        ("Esophagus Dmax", "22.4 Gy"), ("Heart D15cc", "9.8 Gy"), ("Total lung V20", "6.4%")]),
            sig("Anneliese Okoro-Whitfield, MD 08/16/2027"),
            sig("Viktor Halloway-Nunez, MS, DABR (plan check and MU verification, 08/16/2027)"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 9, "02/28/1950"))),
        Doc("4_on_treatment_notes.txt", text=f"""
{_c} - ON TREATMENT VISIT (OTV)
{patient(9)}  {mrn(9)}

08/20/2027  Fx 2 of 5, cumulative 2000 cGy. Tolerating compression plate, some discomfort. Mild cough, no hemoptysis.
CBCT images reviewed: ITV well covered, shifts < 3 mm. Continue. -- AOW

08/24/2027  Fx 4 of 5, cum 4000 cGy. Fatigue grade 1. No esophagitis. CBCT reviewed and approved each day. One fraction left
(Thursday). -- AOW
{FOOT}
"""),
        Doc("5_completion_summary.txt", text=f"""
{_c} - TREATMENT SUMMARY (dictated)
{patient(9)}   MRN {mrn(9)}   Dictated 08/26/2027

Course: SBRT left upper lobe central squamous cell carcinoma. Dates 08/18/2027 to 08/26/2027, every other weekday.
Delivered: 5000 cGy in 5 fractions (1000 cGy x5) to PTV_LUL, as prescribed. Stereotactic body frame with abdominal compression.
Cone beam CT before every fraction with online correction. The 60 Gy in 8 fraction option was not used.
Toxicity: grade 1 cough and fatigue. Follow-up CT chest in 3 months; PFTs in 6 months.
Anneliese Okoro-Whitfield, MD
{FOOT}
"""),
    ])

# m75_10 -- bundle (3 files): liver HCC with fiducials, robotic-arm linac 45 Gy / 3; discharge says "five fractions" -
_c = "SILVER CREEK HEPATOBILIARY & RADIATION CENTER"
add(name="m75_10", kind="bundle", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("hepatocellular carcinoma, liver segment VII", "body", None, 45, 3)],
    categories=cats(),
    contradiction="The dictated clinic note says forty-five Gray in five fractions, while the plan summary and the treatment log give 45 Gy in 3 fractions (1500 cGy x3).",
    notes="Liver bundle: interventional radiology note (three gold fiducials placed percutaneously in segment VII), a "
          "plan-and-delivery printout from a robotic-arm linac (45 Gy in 3 fractions to the 70% isodose, triphasic "
          "planning CT + liver MRI, vacuum cushion, fiducial tracking with respiratory motion model; three treatment "
          "rows) and a dictated follow-up note that says 'forty-five gray in five fractions' (slip).",
    docs=[
        Doc("1_fiducial_placement.txt", text=f"""
{_c} - INTERVENTIONAL RADIOLOGY PROCEDURE NOTE
Patient: {patient(10)}   MRN: {mrn(10)}   DOB 06/06/1959   Date: 08/30/2027
Operator: Cyrus Mbeki-Lambert, MD

PROCEDURE: CT-guided percutaneous placement of fiducial markers, liver segment VII.
INDICATION: 3.1 cm hepatocellular carcinoma, segment VII, for SBRT with fiducial tracking (Dr. Petrakis-Moyo).
TECHNIQUE: Informed consent. Moderate sedation. Under CT guidance three 0.8 x 5 mm gold fiducial markers were placed around the
tumor via a right intercostal approach, at least 2 cm apart and not collinear.
FINDINGS: Three fiducials in good position around the segment VII lesion. No hemorrhage or pneumothorax.
Estimated blood loss: minimal. Complications: none.
{FOOT}
"""),
        Doc("2_plan_and_delivery.pdf", [[
            H1("Robotic SBRT - Plan and Delivery Summary (Liver)"),
            KeyValue([("Patient", f"{patient(10)}  ({mrn(10)})"), ("Physician", "Dimitra Petrakis-Moyo, MD"),
                      ("Diagnosis", "HCC segment VII, 3.1 cm, Child-Pugh A6, BCLC A; TACE not feasible (portal vein anatomy)"),
                      ("Unit", "robotic-arm mounted 6 MV linac"),
                      ("Positioning", "Vacuum cushion, arms at sides"),
                      ("Imaging", "Triphasic planning CT 1.5 mm 09/07/2027 (exhale breath-hold); MRI liver with hepatobiliary contrast 09/06/2027, fused"),
                      ("Tracking", "3 implanted gold fiducials (placed 08/30/2027) + respiratory motion model (LED chest markers), continuous correction"),
                      ("Target", "GTV on arterial phase + MRI; PTV = GTV + 5 mm"),
                      ("Prescription", "4500 cGy in 3 fractions (1500 cGy/fx) to the 70% isodose line"),
                      ("Plan", "LIV_SBRT_v1, 212 beams, variable aperture collimator; TPS: CANYONCREST 2.2 (invented)"),
                      ("Liver constraints", "Normal liver (liver - GTV) 700 cc < 15 Gy: 1062 cc; mean 9.4 Gy; duodenum D5cc 11.2 Gy"),
                      ("Physics", "Plan check and second calculation (1.1%) by R. Vasquez-Thorne, MS, DABR")]),
            RuledTable([("Fx", "Date", "Fiducials tracked", "Model error (mm)", "Dose (cGy)", "Status"),
                        ("1", "09/14/2027", "3/3", "1.4", "1500", "Complete"),
                        ("2", "09/16/2027", "3/3", "1.2", "1500", "Complete"),
                        ("3", "09/18/2027", "3/3", "1.6", "1500", "Complete")]),
            P("Total delivered 4500 cGy in 3 fractions to the segment VII HCC."),
            sig("Dimitra Petrakis-Moyo, MD 09/18/2027"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 10, "06/06/1959"))),
        Doc("3_followup_dictation.txt", text=f"""
{_c} - Radiation Oncology Follow-up (dictated via speech recognition)
{patient(10)}   MRN {mrn(10)}   Visit 10/19/2027

Mr. Seventyfivepatient returns 1 month after completing stereotactic body radiation therapy to his segment VII hepatocellular
carcinoma, forty five gray in five fractions with fiducial tracking on the robotic unit, completed 09/18. He reports mild fatigue
in the first week which has resolved. No right upper quadrant pain. Bilirubin 0.9, albumin 3.8, AFP down from 212 to 86. Child-Pugh
A6 unchanged. Plan MRI liver at 3 months post treatment and hepatology follow-up. No further radiation is planned.

Dimitra Petrakis-Moyo, MD
{FOOT}
"""),
    ])

# m75_11 -- bundle (3 files): prostate SBRT 36.25 Gy / 5 QOD, hydrogel spacer + fiducials, kV fiducial match --------
_c = "LAKESHORE UROLOGIC ONCOLOGY & RADIATION"
add(name="m75_11", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate (PTV_Prostate)", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Prostate bundle: urology procedure note (three gold fiducials and a hydrogel rectal spacer placed "
          "transperineally), simulation-and-plan printout (36.25 Gy in 5 fractions every other day, lower-body "
          "vacuum cushion, CT + MRI fused on the fiducials, endorectal balloon considered and not used) and a "
          "dictated completion note (3625 cGy x5 QOD, kV pairs to the fiducials + CBCT). The spacer is not a "
          "positioning device.",
    docs=[
        Doc("1_urology_procedure_note.txt", text=f"""
{_c} - UROLOGY PROCEDURE NOTE
Patient: {patient(11)}     MRN: {mrn(11)}     DOB: 04/12/1955     Date: 09/08/2027
Surgeon: Obadiah Castellane-Nwosu, MD

Procedure: Transperineal ultrasound-guided placement of (1) three gold fiducial markers into the prostate (right base, left
mid-gland, apex) and (2) hydrogel rectal spacer (10 mL) into the perirectal space.
Indication: Favorable intermediate-risk adenocarcinoma of the prostate (Gleason 3+4=7, PSA 7.2, cT1c) planned for SBRT.
Anesthesia: general (LMA). Findings: good separation of the rectum from the prostate (about 1.1 cm) after spacer placement; three
markers well distributed. Complications: none. Discharged home.
{FOOT}
"""),
        Doc("2_sim_and_plan.pdf", [[
            H1("Prostate SBRT - Simulation & Plan"),
            KeyValue([("Patient", f"{patient(11)} / {mrn(11)}"), ("Sim date", "09/20/2027"),
                      ("Position", "Supine, lower-body vacuum cushion with knee and foot support; bladder-filling and rectal-emptying protocol"),
                      ("Endorectal balloon", "Considered; not used (hydrogel spacer in place)"),
                      ("Imaging", "CT sim 1.5 mm; MRI pelvis T2 axial 1 mm same day, registered on the three fiducials"),
                      ("Target", "CTV = prostate (no seminal vesicles); PTV = CTV + 5 mm (3 mm posteriorly)"),
                      ("Prescription", "3625 cGy in 5 fractions, 725 cGy per fraction, every other day; 95% of PTV to receive 100%"),
                      ("Plan", "2 VMAT arcs, 10 MV FFF, gantry linac; BAYSHORE TPS 5 (invented)"),
                      ("Rectum", "V36Gy 0.2 cc; spacer separation 1.1 cm"), ("Bladder", "V37Gy 4.1 cc"),
                      ("IGRT", "Orthogonal kV pair matched to fiducials, then CBCT for soft tissue, every fraction"),
                      ("QA", "Second check and patient-specific QA passed (P. Ivanova-Brandt, MS)")]),
            sig("Malachi Dunford-Iweala, MD 09/24/2027"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 11, "04/12/1955"))),
        Doc("3_completion_note.txt", text=f"""
{_c} - RADIATION ONCOLOGY COMPLETION NOTE (dictated)
{patient(11)}   {mrn(11)}   10/08/2027

Mr. Seventyfivepatient completed SBRT to the prostate today: 3625 cGy in 5 fractions (725 cGy x5), QOD, 09/30/2027 through
10/08/2027. Each fraction was set up on orthogonal kV images matched to the three gold seeds, with a cone beam CT to check rectal
and bladder filling. No interruptions. Mild urinary frequency grade 1, on tamsulosin. No rectal bleeding. No ADT. PSA in 3 months.

Malachi Dunford-Iweala, MD
{FOOT}
"""),
    ])

# m75_12 -- dictation (txt): left kidney primary RCC 42 Gy / 3 QOD; MRI contraindicated; compression not tolerated --
add(name="m75_12", kind="dictation", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT"], ["body_immobilization"]),
    lesions=[L("left kidney primary renal cell carcinoma", "body", None, 42, 3)],
    categories=cats(),
    notes="Dictated completion summary for SBRT of a 3.8 cm left renal primary (inoperable, solitary-kidney "
          "concerns): 42 Gy in 3 fractions QOD (14 Gy x3) to the 80% isodose, contrast 4DCT with ITV; MRI was "
          "contraindicated (non-MR-conditional pacemaker) so imaging is CT only; abdominal compression tried at "
          "simulation and not tolerated, vacuum cushion used; CBCT each fraction. Numbers partly in words.",
    docs=[Doc("m75_12.txt", text=f"""
EASTBROOK RADIATION ONCOLOGY GROUP
TREATMENT COMPLETION SUMMARY - DICTATED

Patient name: {patient(12)}
Medical record number: {mrn(12)}
Date of birth: 08/19/1941
Date of dictation: 10/15/2027
Radiation oncologist: Wilhelmina Acheampong-Reyes, MD

DIAGNOSIS: Left renal cell carcinoma, clear cell, 3.8 cm, cT1a N0 M0, biopsy proven 07/2027.

INDICATION: Ms. Seventyfivepatient is an 86-year-old woman with a biopsy-proven left renal mass who is not a candidate for
nephrectomy or ablation because of her cardiac history and chronic kidney disease, stage 3b. After discussion with urology she
elected stereotactic ablative radiotherapy.

SIMULATION: She was simulated on 09/22/2027 supine with arms on her chest. We tried an abdominal compression belt, but she could not
tolerate it because of abdominal discomfort and it was removed, so she was immobilized in a custom vacuum cushion only and scanned
with a four-dimensional CT with intravenous contrast (reduced dose per nephrology). Kidney motion was 9 millimeters. An MRI was not
obtained because her pacemaker is not MR conditional.

PLANNING: The GTV was contoured on each phase to build an ITV, with a 5 mm PTV margin. The prescription was forty-two Gray in three
fractions, fourteen Gray per fraction, every other day, to the 80 percent isodose line. The plan used two coplanar VMAT arcs, 6 MV
flattening filter free, on our gantry linac, planned in EASTBROOK-DOSE 3 (invented). The contralateral kidney mean dose was 1.1 Gy,
small bowel D5cc 17 Gy, duodenum Dmax 19.8 Gy. Physics performed an independent monitor unit check and delivery QA.

TREATMENT: Treatment was delivered on 10/06/2027, 10/08/2027 and 10/11/2027, 4200 cGy total in 3 fractions as prescribed. Each
fraction was preceded by a cone beam CT matched to the kidney and the ITV, and I approved the shifts before treatment. The
pacemaker was interrogated before and after each fraction by cardiology and functioned normally.

TOLERANCE: Mild nausea after fraction one, resolved with ondansetron. Creatinine stable at 1.6.

FOLLOW-UP: CT abdomen without contrast in 3 months; creatinine in 1 month.

Wilhelmina Acheampong-Reyes, MD
{FOOT}
""")])

# m75_13 -- bundle (2 files, one scanned): left adrenal SBRT 40 Gy / 5, DIBH with surface guidance; fiducials declined
_c = "WESTFIELD ONCOLOGY PARTNERS"
add(name="m75_13", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left adrenal metastasis", "body", None, 40, 5)],
    categories=cats(),
    notes="Adrenal bundle: a dictated consult-and-simulation note (melanoma, isolated left adrenal metastasis on PET; "
          "fiducial placement offered and declined; wing board with arms up and knee sponge; breath-hold CT with "
          "surface guidance) and a SCANNED treatment record page (150 dpi): 40 Gy in 5 fractions (8 Gy x5) with "
          "DIBH, surface guidance and CBCT before each fraction. No fiducials.",
    docs=[
        Doc("1_consult_and_sim.txt", text=f"""
{_c} - RADIATION ONCOLOGY CONSULT AND SIMULATION (dictated)
{patient(13)}   MRN {mrn(13)}   DOB 03/03/1968
Consult 10/04/2027; simulation 10/11/2027
Physician: Tobias Kristiansen-Abara, MD

CONSULT: 59-year-old man with stage IIIC melanoma resected in 2025, now with an isolated 2.7 cm left adrenal metastasis on PET/CT
of 09/28/2027 (SUV 9.4, no other disease). Biopsy confirmed melanoma. Surgery offered; he prefers non-operative treatment.
Recommend SBRT, forty gray in five fractions (8 Gy x5), with continued nivolumab. We offered placement of fiducial markers for
tracking; he declined another procedure, and we will instead treat in deep inspiration breath hold with surface guidance and
daily cone beam CT.

SIMULATION: Supine on a wing board with arms up and a knee sponge. Surface guidance system (TIDELINE-SGRT, invented) used to
coach deep inspiration breath-hold; three breath-hold CTs 1.5 mm with IV contrast for reproducibility (adrenal position within
3 mm). PET/CT of 09/28/2027 registered for GTV. No fiducials (declined). No free-breathing treatment planned.
{FOOT}
"""),
        Doc("2_treatment_record.pdf", [[
            H1("SBRT Treatment Record - Left Adrenal"),
            KeyValue([("Patient", f"{patient(13)}   {mrn(13)}"),
                      ("Rx", "4000 cGy / 5 fx (800 cGy/fx), 95% of PTV covered; PTV = GTV + 5 mm"),
                      ("Plan", "2 VMAT arcs, 6 MV FFF; breath-hold gated (beam on only within 2 mm SGRT window); WESTPLAN 8 (invented)"),
                      ("OAR", "Stomach D0.5cc 26.8 Gy; small bowel D0.5cc 24.1 Gy; L kidney mean 6.2 Gy; cord Dmax 11.0 Gy")]),
            RuledTable([("Fx", "Date", "Breath-hold CBCT", "SGRT gating", "Dose (cGy)", "Cumulative", "Init."),
                        ("1", "10/18/2027", "yes", "yes", "800", "800", "TKA"),
                        ("2", "10/20/2027", "yes", "yes", "800", "1600", "TKA"),
                        ("3", "10/22/2027", "yes", "yes", "800", "2400", "TKA"),
                        ("4", "10/25/2027", "yes", "yes", "800", "3200", "TKA"),
                        ("5", "10/27/2027", "yes", "yes", "800", "4000", "TKA")]),
            P("Completed 10/27/2027: 4000 cGy in 5 fractions to the left adrenal metastasis. Physics plan check and QA completed "
              "10/15/2027."),
            sig("Tobias Kristiansen-Abara, MD 10/27/2027"),
        ]], opts=dict(header=banner(_c, "Treatment Record", 13, "03/03/1968"), scan=True, scan_dpi=150,
                      scan_skew=0.4, scan_noise=5.0)),
    ])

# m75_14 -- dictation (txt): pancreas SBRT on a 1.5 T MR-linac, 40 Gy / 5 adaptive, cine-MRI gating ---------------
add(name="m75_14", kind="dictation", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("pancreatic head adenocarcinoma (locally advanced)", "body", None, 40, 5)],
    categories=cats(),
    notes="Dictated end-of-treatment note for MR-guided adaptive SBRT of a locally advanced pancreatic head cancer "
          "after FOLFIRINOX: 40 Gy in 5 fractions (8 Gy x5) on a 1.5 T MR-linac, CT for electron density + MRI "
          "simulation, MR-compatible wing board with knee support, daily online adaptation and cine-MRI gating; "
          "fiducials judged unnecessary (none placed). An earlier 'fifty gray' dose escalation idea was not used.",
    docs=[Doc("m75_14.txt", text=f"""
CRESTWOOD UNIVERSITY CANCER CENTER - MR-GUIDED RADIOTHERAPY SERVICE
END OF TREATMENT NOTE  (dictated; transcribed 11/12/2027)

{patient(14)}   MRN {mrn(14)}   DOB 12/01/1962
Attending: Ingrid Moravec-Osei, MD

Ms. Seventyfivepatient is a 64 year old woman with locally advanced adenocarcinoma of the pancreatic head, encasing the superior
mesenteric artery about 200 degrees, who completed six months of FOLFIRINOX with a CA 19-9 decline from 1480 to 96 and no distant
disease on restaging CT. At the tumor board on 09/30 she was judged unresectable and we recommended consolidative stereotactic
body radiation therapy on the MR linac.

She was simulated on 10/21/2027 supine with arms up on an MR compatible wing board with knee support, with a CT for electron density
and an MRI simulation the same day (true FISP and T2, breath hold in exhale). Fiducial markers were considered unnecessary because
the tumor and duodenum are well seen on MRI, so none were placed. The GTV was the pancreatic head tumor and the involved vessel
interface, and the PTV a 3 mm expansion. We had discussed escalating to fifty Gray, but because the duodenum sits directly against
the tumor the prescription was forty Gray in five fractions, eight Gray per fraction, to 95 percent of the PTV, on our 1.5 T
MR-linac (7 MV FFF, step-and-shoot IMRT, 14 beams), planned in the MR-linac planning system CRESTPLAN-MR 2 (invented), with the
duodenum, stomach and bowel within 3 cm of the PTV held to 33 Gy in 0.5 cc.

Treatments were given on 11/01, 11/03, 11/05, 11/08 and 11/10/2027, x5. Each day we acquired a new MRI, recontoured the organs at
risk within 2 cm of the target, re-optimized the plan (adapt to shape on fractions 1, 2, 4 and 5; fraction 3 the original plan was
kept), and delivered the dose gated on cine MRI of the tumor with a 3 mm boundary. An independent dose calculation checked each
adapted plan. Total delivered 4000 cGy in 5 fractions to the pancreatic head. She had grade 1 nausea only.

Follow-up: CT pancreas protocol and CA 19-9 in 6 weeks; she will continue maintenance chemotherapy with Dr. Ruiz-Halvorsen.

I. Moravec-Osei, MD
{FOOT}
""")])

# m75_15 -- bundle (4 files): oligometastases, RLL 54 Gy/3 + T10 27 Gy/3 + L iliac 35 Gy/5 in five sessions ---------
_c = "SUMMIT HEIGHTS CANCER CARE"
add(name="m75_15", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["body", "spinal"], 3, 5, ["CT", "MRI", "PET"], ["body_immobilization"]),
    lesions=[L("right lower lobe metastasis", "body", None, 54, 3), L("T10 vertebral metastasis", "spinal", None, 27, 3),
             L("left iliac bone metastasis", "body", None, 35, 5)],
    categories=cats(),
    contradiction="The dictated completion note says the T10 lesion received thirty Gray, while the plan summary and the fraction log give 27 Gy in 3 fractions to T10.",
    notes="Oligometastatic colorectal cancer, three sites in one course with different doses and fraction counts: "
          "RLL lung 54 Gy / 3, T10 27 Gy / 3 and left iliac bone 35 Gy / 5, over five treatment days (lung and T10 "
          "on days 1, 3, 5; iliac every day): five sessions. Tumor board note (a 5 mm liver lesion is a cyst, not "
          "treated), simulation note (full-length vacuum cushion, 4DCT, MRI spine, PET), plan summary with a "
          "fraction log, and a dictated completion note that says T10 got 'thirty gray' (slip). 63620 right.",
    docs=[
        Doc("1_tumor_board.txt", text=f"""
{_c} - GI MULTIDISCIPLINARY TUMOR BOARD NOTE     10/06/2027
{patient(15)}   MRN {mrn(15)}   DOB 05/15/1958

Rectal adenocarcinoma (pT3 N1b, resected 2025, adjuvant FOLFOX). CEA rising to 14. PET/CT 09/29/2027: FDG-avid 1.8 cm right lower lobe
nodule, avid lytic lesion of the T10 vertebral body (no epidural disease on MRI T-spine 10/02/2027) and avid 2.5 cm lesion of the
left iliac bone. A 5 mm hypodense liver lesion is a simple cyst on MRI and needs no treatment.
Recommendation: oligometastatic disease, 3 sites - SBRT to all three (SABR-COMET style) followed by systemic therapy. Refer to
Dr. Lindgren-Okafor.
{FOOT}
"""),
        Doc("2_simulation_note.txt", text=f"""
{_c} - CT SIMULATION      10/13/2027
{patient(15)} / {mrn(15)}
Full-length vacuum cushion, arms up on the wing board portion, knee roll. 4DCT 2 mm (thorax) for the RLL nodule; helical CT 1.5 mm
through pelvis for the iliac lesion and T-spine. MRI T-spine 10/02/2027 and PET/CT 09/29/2027 to be fused. Three isocenters planned.
Lung motion 8 mm SI -> ITV approach, no compression.
{FOOT}
"""),
        Doc("3_plan_summary.pdf", [[
            H1("Multi-site SBRT - Plan Summary and Fraction Log"),
            KeyValue([("Patient", f"{patient(15)}  MRN {mrn(15)}"), ("Physician", "Astrid Lindgren-Okafor, MD"),
                      ("Unit / TPS", "6 MV FFF gantry linac; SUMMITPLAN 6 (invented)"),
                      ("Imaging", "4DCT + CT 10/13/2027; MRI T-spine and PET/CT fused")]),
            RuledTable([("Target", "Rx", "Per fx", "Technique", "Coverage", "Key OAR"),
                        ("PTV_RLL (ITV + 5 mm)", "54 Gy / 3 fx", "18 Gy", "2 VMAT arcs", "D95 = 54 Gy", "chest wall V30 18 cc"),
                        ("PTV_T10", "27 Gy / 3 fx", "9 Gy", "2 VMAT arcs", "V27 = 90.3%", "cord PRV Dmax 21.4 Gy"),
                        ("PTV_L_Iliac", "35 Gy / 5 fx", "7 Gy", "1 VMAT arc", "D95 = 35 Gy", "bowel D5cc 16 Gy")]),
            H2("Fraction log"),
            RuledTable([("Day", "Date", "PTV_RLL", "PTV_T10", "PTV_L_Iliac", "IGRT"),
                        ("1", "10/25/2027", "18 Gy", "9 Gy", "7 Gy", "CBCT per isocenter"),
                        ("2", "10/26/2027", "-", "-", "7 Gy", "CBCT"),
                        ("3", "10/27/2027", "18 Gy", "9 Gy", "7 Gy", "CBCT per isocenter"),
                        ("4", "10/28/2027", "-", "-", "7 Gy", "CBCT"),
                        ("5", "10/29/2027", "18 Gy", "9 Gy", "7 Gy", "CBCT per isocenter"),
                        ("Total", "", "54 Gy", "27 Gy", "35 Gy", "")]),
            P("Independent MU checks and plan QA passed for all three plans (Y. Brandvold, MS, DABR, 10/21/2027)."),
            sig("Astrid Lindgren-Okafor, MD 10/29/2027"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 15, "05/15/1958"))),
        Doc("4_completion_dictation.txt", text=f"""
{_c} - COMPLETION NOTE (dictated)
{patient(15)}   {mrn(15)}   10/29/2027

Completed stereotactic body radiation to three oligometastatic sites today: right lower lobe nodule fifty-four gray in three
fractions, T10 vertebral body thirty gray in three fractions, and left iliac bone thirty-five gray in five fractions, treated over
five consecutive days with cone beam CT at each isocenter. Tolerated well, mild fatigue. Start FOLFIRI per Dr. Haddad-Quinlan in two
weeks. Restaging PET/CT in 3 months. The liver cyst was not treated.
A. Lindgren-Okafor, MD
{FOOT}
"""),
    ])

# m75_16 -- pdf (dictated note): para-aortic node SBRT 30 Gy / 3 after PSMA PET; no immobilization written; 63620 --
_c = "HARBORVIEW GENITOURINARY ONCOLOGY"
add(name="m75_16", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["body"], 1, 3, ["CT", "PET"], []),
    lesions=[L("left para-aortic lymph node (L3 level)", "body", None, 30, 3)],
    categories=cats(positioning=False),
    notes="Dictated completion note printed to PDF: a single PSMA-avid 1.4 cm left para-aortic lymph node at the "
          "level of L3 (prostate cancer oligorecurrence) treated 30 Gy in 3 fractions (10 Gy x3) with CBCT each "
          "fraction; PSMA PET fused to the planning CT. No immobilization device is named: positioning unmet. "
          "The node lies beside the L3 vertebral body but is not a spinal lesion: 63620 wrong.",
    docs=[Doc("m75_16.pdf", [[
        H1("Radiation Oncology - Completion of Treatment"),
        KeyValue([("Patient", patient(16)), ("MRN", mrn(16)), ("DOB", "09/09/1952"), ("Date", "11/19/2027"),
                  ("Attending", "Evander Kowalski-Nakamura, MD")]),
        P("Mr. Seventyfivepatient is a 75 year old man treated with radical prostatectomy in 2019 for Gleason 4+3 prostate cancer, "
          "with a PSA rising to 1.9. A PSMA PET/CT on 10/14/2027 showed a single avid 1.4 cm left para-aortic lymph node at the "
          "level of the L3 vertebral body and no other disease. He was offered metastasis-directed therapy with stereotactic body "
          "radiation, with a short course of ADT deferred at his request."),
        P("A planning CT was done on 10/26/2027 and the PSMA PET was fused to it. The GTV was the avid node, the PTV a 5 mm "
          "expansion kept off the duodenum. The prescription was thirty Gray in three fractions, 10 Gy per fraction, to the 80 "
          "percent isodose, with 2 VMAT arcs, 6 MV FFF, planned on HARBORPLAN 4 (invented). Duodenum D5cc 15.2 Gy, small bowel "
          "Dmax 25.4 Gy, left kidney mean 3.0 Gy, cauda equina Dmax 9.1 Gy. Physics second check passed."),
        P("He was treated on 11/15, 11/17 and 11/19/2027 with a cone beam CT before each fraction, matched to the node and the "
          "adjacent vertebral body, for a total of 3000 cGy in 3 fractions to the para-aortic node. There was no nausea or "
          "diarrhea."),
        P("PLAN: PSA every 3 months; repeat PSMA PET if PSA rises above 0.5 from nadir."),
        sig("Evander Kowalski-Nakamura, MD 11/19/2027"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 16, "09/09/1952")))])


# ==================================================================================================
# Cranial (1)
# ==================================================================================================

# m75_17 -- bundle (2 files): cobalt-60 frame SRS, pontine metastasis (complex) + cerebellar; 61796 claimed ---------
_c = "WESTMONT NEUROSCIENCE INSTITUTE"
add(name="m75_17", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 2, 1, ["MRI"], ["frame"]),
    lesions=[L("pontine (brainstem) metastasis", "cranial", C, 15, 1), L("right cerebellar metastasis", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Dictated neurosurgical radiosurgery procedure note (frame placed under local anaesthetic, stereotactic MRI, "
          "two metastases: 7 mm left pontine 15 Gy and 1.8 cm right cerebellar 20 Gy, both at the 50% isodose; "
          "frame-based MRI only, no CT) and a plan report printout. The pontine lesion is within the brainstem: "
          "complex, so the claimed 61796 is wrong (61798 first, 61797 for the simple cerebellar lesion).",
    docs=[
        Doc("1_procedure_note.txt", text=f"""
{_c} - NEUROSURGERY PROCEDURE NOTE (dictated)
PATIENT: {patient(17)}     MRN: {mrn(17)}     DOB: 02/02/1957     DATE OF PROCEDURE: 11/09/2027
SURGEON: Augustin Pellegrini-Adu, MD      RADIATION ONCOLOGIST: Marisol Trevathan-Kuo, MD      PHYSICIST: Noel Ferreira-Lund, PhD

PROCEDURES: 1. Application of stereotactic head frame. 2. Stereotactic radiosurgery, two brain metastases, cobalt-60 multi-source
radiosurgery unit.

INDICATION: 70 year old woman with metastatic non small cell lung cancer with two new brain metastases on MRI, a 7 mm lesion in
the left pons and a 1.8 cm right cerebellar lesion. KPS 80. Systemic disease controlled on osimertinib.

DESCRIPTION: After informed consent the patient was brought to the radiosurgery suite. The scalp was prepped and 10 mL of a 1:1
mixture of lidocaine and bupivacaine was infiltrated at four pin sites. The stereotactic frame was applied with four pins in good
position. She tolerated this well. A stereotactic MRI with and without gadolinium, 1 mm volumetric, was obtained with the fiducial
box in place; no CT was needed. The images were imported into the planning system and the targets and the brainstem, cochleae and
optic apparatus were outlined by Dr. Trevathan-Kuo and myself.

The left pontine metastasis received fifteen Gray to the 50 percent isodose line and the right cerebellar metastasis twenty Gray to
the 50 percent isodose line. Frame coordinates were verified on the couch and the treatment was delivered in a single session
without interruption. The frame was removed, pin sites dressed, and she was discharged home with her husband.

COMPLICATIONS: None.
A. Pellegrini-Adu, MD
{FOOT}
"""),
        Doc("2_plan_report.pdf", [[
            H1("Radiosurgery Plan Report"),
            KeyValue([("Patient", f"{patient(17)}  ({mrn(17)})"), ("Treatment date", "11/09/2027"),
                      ("Unit", "cobalt-60 multi-source radiosurgery unit (192 sources)"), ("Fixation", "stereotactic head frame, 4 pins"),
                      ("Imaging", "stereotactic MRI T1 + Gd, 1 mm, 11/09/2027"), ("Planning system", "ORIONPLAN 11 (invented)")]),
            RuledTable([("Target", "Max diam", "Volume", "Rx (Gy)", "Isodose", "Coverage", "Shots", "Collimators"),
                        ("1  L pons", "7 mm", "0.19 cc", "15", "50%", "98%", "4", "4 mm"),
                        ("2  R cerebellum", "18 mm", "2.06 cc", "20", "50%", "97%", "9", "4/8 mm")]),
            P("Brainstem D0.1cc 14.6 Gy (includes target 1); cochleae < 4 Gy; optic apparatus Dmax 0.9 Gy. Total beam-on 58 min."),
            sig("Noel Ferreira-Lund, PhD, Medical Physicist 11/09/2027"),
            sig("Marisol Trevathan-Kuo, MD 11/09/2027"),
            sig("Augustin Pellegrini-Adu, MD 11/09/2027"),
        ]], opts=dict(header=banner(_c, "Radiosurgery", 17, "02/02/1957"))),
    ])


# ==================================================================================================
# Hard negatives (3)
# ==================================================================================================

# m75_18 -- pdf: conventional palliative 30 Gy / 10 to T10-L1, 3D conformal, codes claim SBRT ------------------------
_c = "FOXGLOVE VALLEY MEDICAL CENTER"
add(name="m75_18", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 10, ["CT"], []),
    lesions=[L("T10-L1 vertebral metastases with epidural disease", "spinal", None, 30, 10)],
    categories=cats(positioning=False),
    notes="Near-miss negative: conventional palliative 3D-conformal spine radiotherapy, 30 Gy in 10 fractions "
          "(300 cGy x10) to T10-L1 for epidural disease, CT simulation, AP/PA + oblique fields, weekly port films and "
          "daily kV; SBRT was considered and not chosen. Ten fractions: the claimed SBRT codes are all inconsistent, "
          "no delivery code. No immobilization device named.",
    docs=[Doc("m75_18.pdf", [[
        H1("Radiation Therapy Treatment Summary"),
        KeyValue([("Patient", patient(18)), ("MRN", mrn(18)), ("DOB", "04/30/1946"), ("Physician", "Bartholomew Ainsworth-Obi, MD"),
                  ("Diagnosis", "Metastatic urothelial carcinoma to T10-L1 with ventral epidural disease (C79.51)"),
                  ("Intent", "Palliative"),
                  ("Simulation", "CT simulation 11/22/2027, 3 mm, supine, arms on chest"),
                  ("Target", "CTV = T10 through L1 vertebral bodies + epidural disease; PTV = CTV + 1 cm"),
                  ("Technique", "3D conformal, AP/PA plus right and left posterior obliques, 10 MV, planned in FOXPLAN 3 (invented)"),
                  ("Prescription", "3000 cGy in 10 fractions, 300 cGy daily, Monday-Friday"),
                  ("Verification", "kV imaging daily, MV port films weekly")]),
        RuledTable([("Site", "Start", "End", "Fractions", "Dose delivered"),
                    ("T10-L1", "11/29/2027", "12/10/2027", "10 / 10", "3000 cGy")]),
        P("Comments: Stereotactic body radiation was considered but not chosen because of multilevel epidural disease and his "
          "performance status (ECOG 3). Pain improved from 8/10 to 4/10; no new weakness. Dexamethasone taper started. Follow-up "
          "in 4 weeks; hospice discussion with family ongoing."),
        sig("Bartholomew Ainsworth-Obi, MD 12/10/2027"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 18, "04/30/1946")))])

# m75_19 -- bundle (3 files): lung SBRT planned 48 Gy / 4, simulated and planned, cancelled before fraction 1 --------
_c = "OAKMONT THORACIC ONCOLOGY"
add(name="m75_19", kind="bundle", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: consult recommending SBRT 48 Gy in 4 fractions for a 2.2 cm LLL adenocarcinoma, a "
          "simulation note (4DCT in a vacuum cushion) and a cancellation note: before fraction 1 the patient was "
          "admitted with new brain metastases and a pneumonia, and the SBRT course was cancelled; the approved plan "
          "was never delivered. Nothing delivered: facts empty, categories unmet, codes inconsistent.",
    docs=[
        Doc("1_consult.txt", text=f"""
{_c} - RADIATION ONCOLOGY CONSULTATION
{patient(19)}   MRN {mrn(19)}   DOB 10/10/1949   12/01/2027
Physician: Cassius Delmonico-Abiola, MD

82 year old woman with a 2.2 cm left lower lobe adenocarcinoma (CT-guided biopsy 11/15/2027), PET/CT with no nodal or distant
uptake, cT1c N0. Declines lobectomy. Recommend SBRT, forty eight gray in four fractions (12 Gy x4). Will simulate with 4DCT.
Risks reviewed; consent signed.
{FOOT}
"""),
        Doc("2_simulation_note.txt", text=f"""
{_c} - SIMULATION NOTE   12/06/2027
{patient(19)} / {mrn(19)}
Vacuum cushion, arms up. 4DCT 2 mm, 10 phases; tumor motion 5 mm. ITV contoured. Plan to start 12/15/2027, 4 fractions QOD.
{FOOT}
"""),
        Doc("3_cancellation_note.txt", text=f"""
{_c} - TREATMENT CANCELLATION NOTE   12/14/2027
{patient(19)}   MRN {mrn(19)}

The SBRT plan (48 Gy / 4 fx, left lower lobe) was approved by physics and by me on 12/13/2027. This evening I was informed that
Ms. Seventyfivepatient was admitted yesterday with confusion and a right lower lobe pneumonia; MRI brain shows six new brain
metastases. After discussion with the patient and her daughter she has chosen comfort-focused care. Her SBRT course is CANCELLED;
no fraction has been given and the 12/15 appointment has been removed from the schedule. Palliative care consulted. If she
recovers we will discuss whole-brain or palliative options separately.
Cassius Delmonico-Abiola, MD
{FOOT}
"""),
    ])

# m75_20 -- dictation (txt): surveillance note in 2030, three years after L4 SBRT (2027); nothing given ----------------
add(name="m75_20", kind="dictation", codes=["77373", "77435", "63620"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: dictated surveillance visit in March 2030, three years after SBRT to L4 (27 Gy in 3 "
          "fractions, vacuum cushion, CBCT, April 2027). MRI stable with post-treatment change; no new treatment "
          "given or planned. Facts empty, categories unmet, codes inconsistent.",
    docs=[Doc("m75_20.txt", text=f"""
BRIARWOOD RADIATION ONCOLOGY - SURVIVORSHIP / SURVEILLANCE VISIT
(Dictated with speech recognition. Please excuse transcription errors.)

Patient: {patient(20)}   MRN: {mrn(20)}   DOB: 07/21/1960
Date of visit: 03/16/2030
Provider: Philippa Odunsi-Marchbanks, MD

INTERVAL HISTORY: Mr. Seventyfivepatient returns for routine surveillance. He is now almost three years out from stereotactic body
radiation therapy to an oligometastatic renal cell carcinoma deposit in the L4 vertebral body, twenty seven gray in three
fractions, given in April 2027 in a vacuum cushion with cone beam CT guidance. He has had no back pain since the summer of 2027 and
remains off systemic therapy after completing two years of adjuvant pembrolizumab.

IMAGING: MRI lumbar spine 03/09/2030: stable post-treatment marrow signal at L4, no new lesions, no epidural disease, no fracture.
CT chest abdomen pelvis 03/09/2030: no evidence of disease.

EXAM: Well appearing. Full strength lower extremities, normal gait. No spinal tenderness.

ASSESSMENT: No evidence of disease, three years after L4 SBRT. No late toxicity. No radiation is indicated or planned.

PLAN: Annual MRI of the lumbar spine and CT per medical oncology. Return in 12 months. He may be discharged to medical oncology
surveillance alone after his five year visit.

Philippa Odunsi-Marchbanks, MD
{FOOT}
""")])


CORPUS = Corpus("blind_corpus75", "tests/blind_corpus75", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
