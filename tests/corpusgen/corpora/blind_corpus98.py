"""Ninety-eighth blind corpus, ``tests/blind_corpus98/`` (regenerate: ``python scripts/make_corpus.py blind_corpus98``).

TUNING SET, written blind (without reading the reader's code): spine and bone stereotactic courses - how are
their lesions counted, where are they, and which spine codes do they support?

Twenty charts: contiguous vertebral levels treated as one target (a range, "T4 through T6", "T4, T5 and T6 as a
single PTV", a structure PTV_T4_T6), two separate spans in one course (T5 and L2; D10 and D12), an epidural /
paraspinal component spanning two levels, post-operative spine after separation surgery with hardware, sacrum
with an untreated coccygeal lesion, a pedicle and posterior elements, C1-C2 next to the brainstem (not a cranial
lesion), levels written other ways (T12/L1 junction, "thoracolumbar junction", "D10" dorsal notation, "L5-S1",
"the eleventh thoracic vertebra"), re-irradiation of a level, record-and-verify structure names (PTV_L2, GTV_L2),
a vertebral body beside a paraspinal soft-tissue (psoas) mass, cord / cord-PRV / thecal-sac numbers that are no
prescription, and a radiologist's list of untreated levels ("diffuse osseous metastases T2-L4") beside the one
level treated. Three non-spine bone SBRT courses (rib, iliac bone, sternum: site body). Spine 15 (gantry linac,
MR-linac and robotic-arm linac, 1-5 fractions), bone 3, two hard negatives (a conventional palliative 8 Gy x 1
course under SBRT codes; a consult only), two self-contradicting charts (``review_expected``). Printouts, plan
reports, a record-and-verify export, dictations, text exports and bundles of 2-3 files (.pdf/.txt), one faxed
page. Every patient, clinic, clinician and system is invented.

Gold labels are written by hand from what the chart says, ../shared/corpus/README.md and the contract: only
THIS course's lesions, delivered doses and fractions; one treated target (one PTV, however many levels it
spans) is one lesion; rib, iliac bone, sternum and a paraspinal soft-tissue mass are body sites; sacrum is
spinal. Per-code consistency is computed from the labelled facts (``corpusgen.kit.code_ok``).
"""

# ruff: noqa: E501  (dictations are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, Charts, Doc, F, L, P, cats, sig

PATIENTS = [("WHITLOCKE", "ADELA"), ("WARRENDER", "BASIL"), ("WYNSTANLEY", "CORA"), ("WEXCOMBE", "DORIAN"),
            ("WILLOUGHTREE", "ELSPETH"), ("WARBECK", "FENWICK"), ("WOOLRIDGE", "GISELLE"), ("WESTHAVEN", "HORACE"),
            ("WINTERBOURNE", "ISOLDE"), ("WRAXHALL", "JASPER"), ("WETHERIDGE", "KATRINA"), ("WOODSTOWE", "LEOPOLD"),
            ("WALDEGRAVE", "MIRANDA"), ("WHISTONBY", "NEVILLE"), ("WICKENDEN", "ODETTE"), ("WYNDCOURT", "PERCIVAL"),
            ("WORSLEIGH", "QUEENIE"), ("WAINFLEET", "RUPERT"), ("WYTHERSTONE", "SYBILLA"), ("WELLBOROUGH", "TOBIAS")]


def patient(n: int) -> str:
    last, first = PATIENTS[n - 1]
    return f"{last}, {first}"


def mrn(n: int) -> str:
    return f"SYN-98{n:03d}"


def head(clinic: str, n: int, dob: str, extra: str = "") -> list[str]:
    return [clinic, f"{patient(n)}   MRN {mrn(n)}   DOB {dob}" + (f"   {extra}" if extra else "")]


FAX = dict(scan=True, scan_dpi=200, scan_noise=2.0, page_numbers=None)  # fine-mode fax

CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Spine: contiguous levels, separate spans, how levels are written
# ==================================================================================================

# w98_01 -- pdf plan report: T4-T6 as one PTV (range, "through", "T4, T5 and T6 as a single PTV"); 63621 wrong -----
_c = "BRAMBLECOTE CANCER INSTITUTE - RADIATION ONCOLOGY (invented)"
add(name="w98_01", kind="pdf", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T4-T6", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Plan report and fraction record of spine SBRT to T4 through T6 as ONE PTV (PTV_T4_T6), 27 Gy in 3 on a "
          "TrueBeam; the levels are written as a range, 'T4 through T6' and 'T4, T5 and T6 ... a single PTV'. Three "
          "levels, one target: the claimed 63621 (additional spinal lesion) is inconsistent. Cord PRV and esophagus "
          "constraint numbers are no prescription.",
    docs=[Doc("w98_01.pdf", [
        [H1("Stereotactic Spine Plan Report"),
         KeyValue([("Patient", f"{patient(1)}   {mrn(1)}"), ("Course", "C1 SPINE T4-T6 SBRT"),
                   ("Dates of service", "02/09/2026 - 02/13/2026"),
                   ("Diagnosis", "C79.51 - metastatic non-small cell lung cancer to bone (T4-T6)"),
                   ("Treatment unit", "TrueBeam STx, 6 MV FFF, HD MLC (2.5 mm leaves)"),
                   ("Simulation", "01/29/2026, 1 mm CT, supine, arms up, Vac-Lok cushion with wing board"),
                   ("MRI", "01/27/2026 thoracic spine, T1 pre/post-contrast, T2, STIR: rigid registration to sim CT, "
                           "checked level by level"),
                   ("Planning system", "KESTREL Planner 11.2 (invented)")]),
         H2("Target"),
         P("Contiguous metastatic involvement of the T4, T5 and T6 vertebral bodies with left-sided pedicle "
           "involvement at T5, no epidural disease (Bilsky 0), SINS 7. T4, T5 and T6 are contoured as a single GTV "
           "and treated as a single PTV (PTV_T4_T6 = CTV T4 through T6, bodies plus left pedicles, + 2 mm, cropped "
           "1.5 mm from the cord PRV). One isocenter at the T5 mid-body, 2 full VMAT arcs, 2 couch kicks."),
         H2("Prescription"),
         RuledTable([("Structure", "Dose", "Fractions", "Dose / fx", "Normalization"),
                     ("PTV_T4_T6", "27 Gy", "3", "9 Gy", "D90% = 100% of Rx")]),
         H2("Organs at risk (this plan)"),
         RuledTable([("Structure", "Metric", "Plan", "Constraint"),
                     ("SpinalCord_PRV (cord + 1.5 mm)", "D0.035cc", "18.9 Gy", "< 20.3 Gy / 3 fx"),
                     ("SpinalCord", "D0.35cc", "14.2 Gy", "< 15.9 Gy"),
                     ("Esophagus", "D0.035cc", "21.6 Gy", "< 25.2 Gy"),
                     ("Lungs - GTV", "V11 Gy", "4.1%", "-")]),
         P("Independent monitor-unit check 1.4%; patient-specific QA with the electronic portal imager, gamma "
           "2%/2 mm 99.3% (02/05/2026)."),
         sig("Marguerite Ashdown-Pryce, MD, Radiation Oncology 02/05/2026"),
         sig("Lucan Threlfall, MS, DABR 02/05/2026")],
        [H1("Fraction Record"),
         RuledTable([("Fx", "Date", "Field", "IGRT", "6DoF shift", "Delivered"),
                     ("1", "02/09/2026", "PTV_T4_T6", "CBCT, MD at console", "1.6 mm / 0.8 deg", "9 Gy"),
                     ("2", "02/11/2026", "PTV_T4_T6", "CBCT, MD at console", "0.9 mm / 0.4 deg", "9 Gy"),
                     ("3", "02/13/2026", "PTV_T4_T6", "CBCT, MD at console", "1.2 mm / 0.5 deg", "9 Gy")]),
         H2("Completion note"),
         P("Spine SBRT completed 02/13/2026: T4 through T6, one target, 27 Gy in 3 fractions. No acute "
           "esophagitis. Pain score 7/10 before treatment, 4/10 at the end. MRI thoracic spine in 3 months."),
         P("Charges: 77373 x3, 77435 x1. Neurosurgery co-management (Dr. Pennington-Vale) billed separately."),
         sig("Marguerite Ashdown-Pryce, MD 02/13/2026")],
    ], opts=dict(header=head(_c, 1, "03/14/1958")))])

# w98_02 -- dictation (txt): robotic SBRT to two separate spans, T5 and L2, in one course; G0339/G0340 ---------------
add(name="w98_02", kind="dictation", codes=["G0339", "G0340", "77435", "63620", "63621"],
    facts=F("robotic_linac", ["spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T5", "spinal", None, 24, 3), L("L2", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Dictated end-of-treatment summary of robotic-arm linac spine SBRT to two separate levels in one course, "
          "T5 (24 Gy in 3) and L2 (27 Gy in 3), non-contiguous with untreated levels between: two spinal lesions, "
          "63620 + 63621 consistent, G0339 for session 1 and G0340 for sessions 2-3.",
    docs=[Doc("w98_02.txt", text=f"""
HOLLINSHEAD RADIOSURGERY CENTER (invented)
END OF TREATMENT SUMMARY - dictated 03/20/2026, transcribed 03/21/2026

PATIENT: {patient(2)}     MRN: {mrn(2)}     DOB: 07/02/1949
ATTENDING: Cressida Vantongeren, MD     REFERRING: Oswin Bellchamber, MD (medical oncology)

DIAGNOSIS: Metastatic renal cell carcinoma, clear cell type, with osseous metastases at T5 and L2.

TREATMENT: CyberKnife stereotactic body radiotherapy, two separate spinal targets, March sixteenth through March twentieth twenty twenty six, three sessions.

HISTORY: Mister Warrender is a seventy six year old man with renal cell carcinoma on cabozantinib who developed mid thoracic and upper lumbar pain. MRI of the whole spine on February twenty fourth showed an enhancing lesion of the T5 vertebral body extending into the right pedicle, Bilsky 1a, and a separate lesion of the L2 vertebral body without epidural extension. T6 through L1 are normal. Given the radioresistant histology we recommended stereotactic treatment of both levels.

SIMULATION AND PLANNING: He was simulated on March fifth supine in a full body vacuum cushion with a knee sponge. Thin slice CT was acquired from C7 to L5 and fused with the February MRI, T1 post gadolinium and T2, separately registered at each level. Two plans were generated in the robotic planning system, PTV_T5 and PTV_L2, each tracked with spine tracking, no fiducials. T5 was prescribed twenty four gray in three fractions to the seventy eight percent isodose line, and L2 twenty seven gray in three fractions to the eighty percent isodose line. Spinal cord maximum at T5 was fourteen point eight gray, cauda equina maximum at L2 sixteen point one gray, both within our three fraction constraints. Physics performed an independent dose check and delivery QA prior to the first session.

TREATMENT COURSE: Both targets were treated at each of the three sessions, March sixteenth, eighteenth and twentieth, with orthogonal kV image pairs every thirty to sixty seconds and automatic couch corrections. There were no interruptions.

DOSE DELIVERED:
  T5 vertebral body and right pedicle: 24 Gy in 3 fractions (8 Gy per fraction)
  L2 vertebral body: 27 Gy in 3 fractions (9 Gy per fraction)

TOLERANCE: Grade one fatigue, no nausea. Pain improved from six to three out of ten by the last session.

FOLLOW UP: MRI of the thoracic and lumbar spine in eight weeks. Continue cabozantinib.

Cressida Vantongeren, MD
Electronically signed 03/23/2026
{FOOT}
""")])

# w98_03 -- pdf record-and-verify export: L2 18 Gy x 1 named by structures (PTV_L2, GTV_L2); 77372/77432 claimed --
_c = "THORNLEIGH VALLEY HOSPITAL - RADIATION THERAPY (invented)"
add(name="w98_03", kind="pdf", codes=["77372", "77432", "63620"],
    facts=F("linac", ["spinal"], 1, 1, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L2", "spinal", None, 18, 1)],
    categories=cats(),
    notes="Record-and-verify export of single-fraction spine radiosurgery to L2, 18 Gy x 1 on an Edge: the level is "
          "named only through structure and field names (PTV_L2, GTV_L2, CTV_L2, L2_ARC1) and a plan comment. "
          "Single-session spine is SBRT delivery (77373/77435): the claimed cranial single-session codes 77372 and "
          "77432 are inconsistent; 63620 is consistent. Cauda equina and kidney numbers are constraints.",
    docs=[Doc("w98_03.pdf", [
        [H1("Treatment Summary Export - MERIDIAN R&V 7.4 (invented)"),
         KeyValue([("Patient", f"{patient(3)}   ID {mrn(3)}"), ("Course ID", "C1_LSPINE"),
                   ("Plan ID", "L2_SRS_1FX   (status: Completed, treatment approved)"),
                   ("Machine", "EDGE_2  (Edge, 6X-FFF / 10X-FFF)"),
                   ("Primary reference", "PTV_L2   Rx 1800 cGy x 1 fx   (D90 >= 100%)"),
                   ("Plan comment", "L2 body + bilat pedicles, breast ca, SINS 8. Sim CT 04/02/26 1mm fused MR "
                                    "L-spine 03/30/26 (T1+C, T2). BodyFIX w/ vacuum, arms on chest. Dr. Okonkwo-Lisle")]),
         H2("Structure set SS_L2 (approved 04/06/2026)"),
         RuledTable([("Structure", "Type", "Volume (cc)", "Dmax (cGy)", "D0.035cc (cGy)", "Goal"),
                     ("GTV_L2", "GTV", "11.8", "2162", "2140", "-"),
                     ("CTV_L2", "CTV", "24.6", "2170", "2151", "-"),
                     ("PTV_L2", "PTV", "31.9", "2178", "2160", "D90 >= 1800"),
                     ("CaudaEquina", "OAR", "6.1", "1388", "1342", "D0.035cc < 1600"),
                     ("CaudaEq_PRV", "OAR", "9.4", "1461", "1420", "-"),
                     ("Kidney_L", "OAR", "148.2", "612", "-", "D200cc < 840"),
                     ("Bowel_Small", "OAR", "402.7", "1106", "1080", "D5cc < 1190")]),
         H2("Fields"),
         RuledTable([("Field", "Energy", "Gantry", "Couch", "MU", "Status"),
                     ("L2_ARC1", "10X-FFF", "181-179 CW", "0", "2874", "Treated 04/10/2026 10:42"),
                     ("L2_ARC2", "10X-FFF", "179-181 CCW", "0", "2911", "Treated 04/10/2026 10:49"),
                     ("CBCT_1", "kV", "-", "-", "-", "Approved 04/10/2026 10:31, shift 0.2/-1.1/0.7 cm, pitch 0.4"),
                     ("CBCT_2", "kV", "-", "-", "-", "Approved 04/10/2026 10:46 (between arcs), residual < 1 mm")]),
         H2("Treatment history"),
         RuledTable([("Date", "Plan", "Fx", "Reference point", "Session (cGy)", "Total (cGy)"),
                     ("04/10/2026", "L2_SRS_1FX", "1 of 1", "PTV_L2", "1800", "1800")]),
         P("Plan QA: secondary MU check 1.1%; measured QA (diode array) 99.6% at 2%/2 mm, 04/07/2026 - C. Haverstock, MS."),
         P("Physician sign-off: Course C1_LSPINE complete, L2 1800 cGy in 1 fraction. - R. Okonkwo-Lisle, MD 04/10/2026"),
         P("Charge capture (coding queue): 77372 x1, 77432 x1, 63620 x1."),
         ],
    ], opts=dict(header=head(_c, 3, "11/23/1961", "Printed 04/13/2026 08:02")))])

# w98_04 -- bundle (2 files): post-op SBRT after separation surgery, hardware T7-T11, one CTV T8-T10; 24 Gy/2 -------
_c = "ABERCORRAN SPINE AND RADIATION CENTRE (invented)"
add(name="w98_04", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T9 post-operative (CTV T8-T10)", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Two files: a dictated neurosurgery operative summary (T9 separation surgery, pedicle screws T7-T11, epidural "
          "tumour resected from T9 into the T10 canal) and the post-operative SBRT plan and record: one post-op CTV "
          "T8-T10 (consensus contouring), 24 Gy in 2 on a Novalis Tx with CT myelogram simulation and post-op MRI. "
          "Hardware levels and the myelogram are not lesions; one spinal lesion.",
    docs=[
        Doc("1_operative_summary_dictated.txt", text=f"""
ABERCORRAN SPINE AND RADIATION CENTRE - NEUROSURGERY
OPERATIVE SUMMARY (dictated)
Patient: {patient(4)}   MRN: {mrn(4)}   DOB: 05/19/1955
Date of surgery: 04/21/2026   Surgeon: Thaddeus Marchbanks-Ode, MD

Preoperative diagnosis: Metastatic melanoma to T9 with high grade epidural spinal cord compression, Bilsky 3, extending inferiorly into the T10 canal, and a left paraspinal component.
Procedure: T9 posterolateral transpedicular decompression and circumferential separation of the thecal sac, posterior instrumented fusion T7 to T11 with titanium pedicle screws and rods.

Findings: Tumor filled the ventral and left lateral epidural space at T9 and the upper half of T10. A two to three millimetre margin of separation was achieved around the thecal sac. The left T9 pedicle and part of the body were removed. Estimated blood loss four hundred millilitres.

Plan: Post-operative stereotactic radiation to the T9 surgical bed once the wound has healed, usually at two to three weeks. Dr. Rasmussen-Krall of radiation oncology has been consulted.
Thaddeus Marchbanks-Ode, MD
{FOOT}
"""),
        Doc("2_postop_sbrt_plan_and_record.pdf", [
            [H1("Post-operative Spine SBRT - Plan and Treatment Record"),
             KeyValue([("Patient", f"{patient(4)}   {mrn(4)}"), ("Course", "C1  T9 POST-OP SBRT"),
                       ("Dates of service", "05/12/2026 and 05/14/2026"),
                       ("Unit", "Novalis Tx, 6 MV SRS mode, ExacTrac + CBCT"),
                       ("Immobilization", "BodyFIX vacuum bag with low-vacuum cover"),
                       ("Simulation", "05/04/2026 CT myelogram (intrathecal contrast via L3-4 puncture), 1 mm slices, "
                                      "to show the thecal sac through screw artefact"),
                       ("MRI", "05/01/2026 post-operative T-spine MRI (T1+C, T2) registered to the myelogram CT"),
                       ("Planning system", "FIELDFARE Spine 3 (invented)")]),
             H2("Target"),
             P("Post-operative CTV per international consensus: the entire T9 segment (body, both pedicles, lamina, "
               "spinous process), with the T8 and T10 segments included inferiorly and superiorly because of the "
               "pre-operative epidural extent (T9 to mid-T10) and the left paraspinal component. Contoured as one "
               "CTV and one PTV (PTV_T9_postop = CTV + 2 mm, cropped off the thecal sac). The hardware (T7-T11 screws "
               "and rods) is excluded from the CTV except where it crosses T9."),
             RuledTable([("Target", "Rx", "Fx", "Dose/fx", "Coverage"),
                         ("PTV_T9_postop (CTV T8-T10)", "24 Gy", "2", "12 Gy", "V100% 88.4% (cropped)")]),
             P("Thecal sac (myelogram-defined) D0.035cc 16.9 Gy, limit 17.4 Gy in 2 fractions. Esophagus D0.035cc "
               "19.8 Gy. Density override on titanium; independent calculation 2.1%, measured QA 98.9% at 3%/2 mm."),
             sig("Ingeborg Rasmussen-Krall, MD 05/08/2026"), sig("Caius Fenwright, MS 05/08/2026")],
            [H2("Treatment record"),
             RuledTable([("Fx", "Date", "Image guidance", "Dose", "Cumulative"),
                         ("1", "05/12/2026", "ExacTrac pair + CBCT, MD approved; 6D shift 1.3 mm", "12 Gy", "12 Gy"),
                         ("2", "05/14/2026", "ExacTrac pair + CBCT, MD approved; 6D shift 0.7 mm", "12 Gy", "24 Gy")]),
             P("Completed: post-operative SBRT to the T9 surgical bed (CTV T8-T10), 24 Gy in 2 fractions. Wound intact. "
               "Restage with MRI and CT in 10 weeks."),
             sig("Ingeborg Rasmussen-Krall, MD 05/14/2026")],
        ], opts=dict(header=head(_c, 4, "05/19/1955"))),
    ])

# w98_05 -- pdf: robotic SBRT to the sacrum S1-S2 (one target); coccygeal lesion observed, not treated ----------------
_c = "CASTLEGATE ROBOTIC RADIOSURGERY (invented)"
add(name="w98_05", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("robotic_linac", ["spinal"], 1, 5, ["CT", "MRI", "PET"], ["body_immobilization"]),
    lesions=[L("sacrum S1-S2", "spinal", None, 35, 5)],
    categories=cats(),
    notes="Robotic-arm linac SBRT of a sacral metastasis involving S1 and S2 and the left ala, one target, 35 Gy in 5. "
          "A small FDG-avid coccygeal (Co1) lesion is named in the target discussion and kept outside the PTV for "
          "observation: not treated. Sacrum counted as spinal (sacral canal, cauda equina / sacral roots). Sacral "
          "plexus and rectum numbers are constraints.",
    docs=[Doc("w98_05.pdf", [
        [H1("CyberKnife Treatment Summary - Sacrum"),
         KeyValue([("Patient", f"{patient(5)}   {mrn(5)}"), ("Treatment dates", "06/01/2026 - 06/08/2026 (5 sessions)"),
                   ("Diagnosis", "C79.51 - metastatic cervical carcinoma (squamous) to the sacrum"),
                   ("System", "CyberKnife M6, Iris variable aperture; spine tracking (Xsight) on S1-S2, no fiducials"),
                   ("Positioning", "Supine, Vac-Lok cushion from mid-back to knees"),
                   ("Imaging", "Planning CT 05/20/2026 (1.25 mm) with MRI pelvis 05/18/2026 and FDG PET/CT "
                               "05/11/2026 fused for the GTV"),
                   ("Planning", "MultiPlan-class robotic planning, 188 non-isocentric beams")]),
         H2("Target and intent"),
         P("PET/CT shows an FDG-avid destructive lesion of the S1 and S2 segments extending into the left sacral ala "
           "and the left S1 foramen, SUVmax 11.2, and a 6 mm focus in the first coccygeal segment (SUVmax 3.1, "
           "indeterminate). The sacral lesion is treated as one target (GTV_sacrum, S1-S2 with left ala; PTV = GTV + "
           "2 mm). The coccygeal focus is outside the PTV by design and will be re-imaged; not treated this course."),
         RuledTable([("Target", "Rx", "Isodose", "Coverage", "Sessions"),
                     ("PTV_sacrum (S1-S2, L ala)", "35 Gy", "77%", "95.8%", "5 x 7 Gy")]),
         RuledTable([("OAR", "Metric", "Value", "Limit (5 fx)"),
                     ("Cauda equina / sacral canal", "D0.035cc", "28.4 Gy", "< 32 Gy"),
                     ("Sacral plexus (L)", "D0.035cc", "30.6 Gy", "< 32 Gy"),
                     ("Rectum", "D0.035cc", "29.0 Gy", "< 38 Gy"),
                     ("Bowel", "D5cc", "17.9 Gy", "< 19.5 Gy")]),
         P("Delivery QA (film, end-to-end) and independent dose check 05/27/2026 - passed."),
         H2("Sessions"),
         TextTable([("Session", "Date", "Dose", "Tracking", "Comment"),
                    ("1", "06/01/2026", "7 Gy", "Xsight spine, 6D", ""),
                    ("2", "06/02/2026", "7 Gy", "Xsight spine, 6D", ""),
                    ("3", "06/04/2026", "7 Gy", "Xsight spine, 6D", "mild diarrhea, loperamide"),
                    ("4", "06/05/2026", "7 Gy", "Xsight spine, 6D", ""),
                    ("5", "06/08/2026", "7 Gy", "Xsight spine, 6D", "course complete")],
                   columns=(0, 60, 150, 210, 330)),
         P("Summary: sacrum (S1-S2 with left ala) received 35 Gy in 5 fractions. Coccyx (Co1) not treated - PET/CT in "
           "3 months. Billing: 77373 x5, 77435 x1, 63620 (Dr. Lindqvist-Moore, neurosurgery)."),
         sig("Perpetua Haldane-Roux, MD, Radiation Oncology 06/08/2026")],
    ], opts=dict(header=head(_c, 5, "10/30/1966")))])

# w98_06 -- pdf: posterior elements - L4 right pedicle, lamina and facet, 16 Gy x 1 on a Versa HD ------------------
_c = "PELLINGHAM GENERAL - DEPARTMENT OF RADIOTHERAPY (invented)"
add(name="w98_06", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 1, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L4 right pedicle / posterior elements", "spinal", None, 16, 1)],
    categories=cats(),
    notes="Single-fraction SBRT, 16 Gy x 1, to an L4 lesion of the right pedicle, lamina and inferior facet (posterior "
          "elements, vertebral body spared; sectors 2-4 of the consensus segments) on a Versa HD. One spinal lesion; "
          "single-fraction spine is 77373/77435, 63620 consistent.",
    docs=[Doc("w98_06.pdf", [
        [H1("Spine SABR - Treatment Summary"),
         KeyValue([("Name", patient(6)), ("Hospital no.", mrn(6)), ("Consultant", "Dr Araminta Colquhoun-Fyfe (invented)"),
                   ("Site", "Lumbar spine - L4 posterior elements (right)"),
                   ("Histology", "Metastatic prostate adenocarcinoma, oligoprogression on enzalutamide"),
                   ("Linac", "Elekta Versa HD, Agility MLC, HexaPOD couch"),
                   ("Immobilisation", "Vacuum bag (BlueBAG-type) and knee fix, arms on chest"),
                   ("Imaging for planning", "CT 1 mm 07/06/2026; MRI L-spine 07/01/2026 (T1, T2, STIR) co-registered"),
                   ("TPS", "OSPREYPLAN 5 (invented), VMAT 2 arcs")]),
         H2("Target"),
         P("MRI shows disease confined to the right L4 pedicle, lamina and inferior "
           "articular process; the vertebral body is spared. CTV per consensus: right pedicle, right lamina, right "
           "transverse process and spinous process (sectors 2, 3, 4). PTV = CTV + 2 mm, cropped at the thecal sac."),
         RuledTable([("Volume", "Prescription", "Achieved"),
                     ("PTV_L4post", "16 Gy in 1 fraction, D95 >= 14.4 Gy", "D95 15.1 Gy, Dmax 18.8 Gy"),
                     ("Cauda equina (thecal sac)", "constraint D0.035cc < 16 Gy", "12.9 Gy"),
                     ("Right L4 nerve root", "constraint D0.035cc < 16 Gy", "15.2 Gy")]),
         P("Physics: independent check 0.9%, ArcCHECK-type measurement 99.4% (3%/2 mm)."),
         H2("Treatment delivered"),
         P("07/13/2026, single fraction. XVI CBCT pre-treatment with HexaPOD 6D correction (1.9 mm, 1.1 deg), "
           "verification CBCT after correction and a third CBCT between arcs, all approved by the consultant. "
           "16 Gy delivered to PTV_L4post. Pain flare on day 2 managed with dexamethasone 4 mg for 3 days."),
         P("PSA and PSMA PET in 3 months. Coding: 77373, 77435, 63620."),
         sig("Araminta Colquhoun-Fyfe, FRCR 07/13/2026")],
    ], opts=dict(header=head(_c, 6, "01/08/1952")))])

# w98_07 -- dictation (txt): robotic SBRT of C1-C2 near the brainstem, mask, 24 Gy/3; 61798 claimed (not cranial) --
add(name="w98_07", kind="dictation", codes=["77373", "77435", "61798"],
    facts=F("robotic_linac", ["spinal"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("C1-C2", "spinal", None, 24, 3)],
    categories=cats(),
    notes="Dictated treatment summary of robotic-arm linac SBRT to a C1-C2 metastasis (lateral mass of C1 and the "
          "dens / body of C2, one target) 8 mm below the brainstem, thermoplastic head-and-shoulder mask, 24 Gy in 3. "
          "Spinal, not cranial: the claimed complex cranial code 61798 ('near the brainstem') is inconsistent. "
          "Brainstem and medulla numbers are constraints.",
    docs=[Doc("w98_07.txt", text=f"""
LARKSPUR HILL ONCOLOGY - RADIATION ONCOLOGY (invented)
Treatment Summary (dictated)

Patient: {patient(7)}        MRN: {mrn(7)}        DOB: 12/04/1971
Physician: Barnaby Okafor-Stroud, MD
Dates: 08/03/2026 to 08/07/2026
Dx: metastatic thyroid cancer (follicular) to the upper cervical spine

Ms. Woolridge is a fifty four year old woman with RAI refractory follicular thyroid carcinoma and progressive neck pain with limited rotation. MRI of the cervical spine with contrast on July sixteenth showed an enhancing lesion of the right lateral mass of C1 extending into the dens and the C2 body, with a small right paravertebral soft tissue component, no epidural compression, atlantoaxial alignment preserved. Neurosurgery (Dr. Haverfield) judged it stable in a collar and did not recommend fixation.

Given the location at the craniocervical junction, about eight millimetres below the inferior medulla, we chose CyberKnife stereotactic body radiation in three fractions. She was immobilized in a long thermoplastic head and shoulder mask on a head cradle and simulated on July twenty second with one millimetre CT, fused to the July MRI (T1 post contrast, T2) and to a thin slice MRI of the brain for the brainstem contour. The C1 and C2 disease was contoured as a single GTV and planning target, C1-C2, prescribed twenty four gray in three fractions of eight gray to the eighty one percent isodose line, with spine tracking on C2. Constraints were met: brainstem maximum point dose twelve point one gray, medulla and upper cord PRV maximum sixteen point eight gray against a limit of twenty one point nine, oral mucosa below twelve. Physics completed the dose check and delivery quality assurance on July thirtieth.

All three fractions were delivered on August third, fifth and seventh with real time spine tracking; translations stayed under one millimetre and rotations under one degree. She developed mild odynophagia treated with a viscous lidocaine mouthwash.

Total: C1-C2, twenty four gray in three fractions, completed August seventh twenty twenty six. Follow up MRI of the cervical spine in three months and thyroglobulin with endocrinology.

Codes submitted by the surgical co-surgeon's office: 61798 (lesion near brainstem). Radiation oncology: 77373 times three, 77435.

Barnaby Okafor-Stroud, MD
{FOOT}
""")])

# w98_08 -- pdf two-column: T12/L1 junction - "thoracolumbar junction", "T12/L1", "TL jxn" - one target, 35 Gy/5 ---
_c = "SEDGEFORD MEMORIAL CANCER CARE (invented)"
add(name="w98_08", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T12/L1 (thoracolumbar junction)", "spinal", None, 35, 5)],
    categories=cats(),
    notes="Two-column clinic letter / treatment summary of SBRT to a lesion at the T12/L1 junction (T12 inferior "
          "endplate, L1 superior body and the intervening disc), called 'the thoracolumbar junction', 'T12/L1' and "
          "'TL jxn' on different lines: one target, 35 Gy in 5 on an Elekta Infinity. Cord and conus numbers are "
          "constraints.",
    docs=[Doc("w98_08.pdf", [
        [H1("Radiotherapy Treatment Summary"),
         P(f"Re: {patient(8)}, {mrn(8)}, DOB 02/17/1947. Treatment 09/07/2026 - 09/14/2026."),
         P("Dear Dr Quennell-Hart,"),
         P("I am writing to let you know that Mr Westhaven has completed stereotactic ablative radiotherapy (SABR) to "
           "the thoracolumbar junction. As you know he has oligometastatic colorectal adenocarcinoma; his staging "
           "MRI of 08/18/2026 showed a single enhancing lesion straddling the T12/L1 disc, involving the inferior "
           "T12 endplate and the superior half of the L1 body, without epidural extension. There are no other "
           "osseous lesions on the staging CT of 08/12/2026."),
         P("He was simulated on 08/27/2026 on a 1 mm CT in a full-length vacuum cushion (arms up, knee support) and "
           "the CT was co-registered with the August MRI (T1, T2, post-contrast). The TL jxn target was outlined as "
           "one CTV covering the involved T12 and L1 segments, with a 2 mm PTV (PTV_TLJ). The plan (GANNET TPS 4, "
           "invented) used two VMAT arcs on our Elekta Infinity with 6 MV FFF beams."),
         H2("Prescription and delivered dose"),
         TextTable([("Target", "Dose", "Fractions", "Delivered"),
                    ("PTV_TLJ (T12/L1)", "35 Gy", "5 x 7 Gy", "35/5 fx")], columns=(0, 95, 135, 195)),
         P("Spinal cord PRV (to the conus at L1) D0.035cc 24.6 Gy against a limit of 28 Gy in 5; cauda/conus PRV "
           "D0.035cc 26.1 Gy (limit 31 Gy). Bowel D5cc 19.0 Gy. None of these numbers is a prescription."),
         P("Treatment was delivered on 09/07, 09/08, 09/10, 09/11 and 09/14/2026 with XVI cone-beam CT and a 6D "
           "correction before every fraction and a post-correction CBCT checked by the clinician; no fraction was "
           "missed. Independent MU check and portal-dosimetry QA were completed on 09/03/2026."),
         P("He tolerated treatment well with only mild fatigue. I will see him with an MRI in 3 months."),
         P("Coding for this course: 77373 x5, 77435, 63620 (joint with spinal surgery)."),
         sig("Dr Leontyne Carrow-Brack, Consultant Clinical Oncologist, 09/15/2026")],
    ], opts=dict(header=head(_c, 8, "02/17/1947"), two_columns=True))])

# w98_09 -- text export: "D10" and "D12" dorsal notation, two separate targets, one session --------------------------
add(name="w98_09", kind="ehr_text", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 1, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("D10", "spinal", None, 18, 1), L("D12", "spinal", None, 16, 1)],
    categories=cats(),
    notes="Plain-text EMR export of single-session SBRT to two separate dorsal vertebrae written in 'D' notation, D10 "
          "(18 Gy) and D12 (16 Gy), with D11 explicitly spared; TrueBeam, one session with two isocentres. Two "
          "spinal lesions: 63620 + 63621 consistent; 77373 x1 (per session, not per lesion).",
    docs=[Doc("w98_09.txt", text=f"""
==================== RADIATION ONCOLOGY - TREATMENT COMPLETION (EMR export) ====================
Facility ........ Kingsmere Radiotherapy Centre (invented)
Patient ......... {patient(9)}
MRN ............. {mrn(9)}
DOB ............. 06/25/1963
Episode ......... SBRT DORSAL SPINE (D10, D12)
Consultant ...... Dr. Nandini Ravensworth-Iyer
Date of service . 10/05/2026 (single session)

--- Indication ---
Ca breast (ER+/HER2-), oligometastatic. MRI whole spine 09/21/2026: enhancing lesions D10 vertebral body
(with posterior wall involvement, no canal compromise) and D12 vertebral body (anterior half). D11 normal
signal. No cord compression. Plan: SBRT to D10 and D12 as separate targets; D11 not to be treated.

--- Simulation / Planning ---
CT sim 09/28/2026, 1 mm, supine, vacuum cushion + wing board. MRI D-spine 09/21 fused (T1, T2 FS).
TPS: HERONSPINE 2.0 (invented). Two isocentres, 2 VMAT arcs each.
PTV_D10  Rx 18 Gy x 1   (D90 >= Rx)   cord PRV D0.035cc 12.9 Gy (lim 14)
PTV_D12  Rx 16 Gy x 1   (D90 >= Rx)   cord PRV D0.035cc 12.2 Gy (lim 14), conus ok
Gap between PTVs: 14 mm (D11 spared). Composite cord Dmax 13.1 Gy.
Physics: 2nd check 1.6% / 1.9%; portal dosimetry 99.1% / 98.8% (3%/2mm). J. Pettigrew MSc 10/01/2026

--- Treatment ---
Unit: TrueBeam (6X-FFF), PerfectPitch 6DoF couch
10/05/2026  CBCT iso1 (D10) approved by MD, shift 1.2 mm; arcs 1-2 delivered.
            CBCT iso2 (D12) approved by MD, shift 0.8 mm; arcs 3-4 delivered.
            Intrafraction kV triggered imaging every 60 deg, no beam holds.

--- Dose delivered ---
D10 : 18 Gy / 1 fx
D12 : 16 Gy / 1 fx

--- Charges ---
77373 x1   77435 x1   63620 x1 (D10)   63621 x1 (D12)

Signed: Dr. N. Ravensworth-Iyer  10/05/2026 16:40
{FOOT}
""")])

# w98_10 -- pdf, contradiction: one PTV_L5_S1 in plan and record; summary calls it "two lesions (L5 and S1)" --------
_c = "MARLOWE BRIDGE RADIATION ONCOLOGY (invented)"
add(name="w98_10", kind="pdf", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L5-S1", "spinal", None, 27, 3)],
    categories=cats(),
    contradiction="The completion summary reports two spinal lesions (L5 and S1) treated, while the plan and the fraction record show a single target, PTV_L5_S1, treated as one volume.",
    notes="Plan and fraction record of SBRT to a lesion at L5-S1 (inferior L5 body, disc and superior S1) contoured as "
          "one GTV/PTV (PTV_L5_S1), 27 Gy in 3 on an Edge; the completion summary and the charge line call it 'two "
          "lesions (L5 and S1)' and 63621 is claimed. Gold follows the plan and record: one lesion, 63621 inconsistent.",
    docs=[Doc("w98_10.pdf", [
        [H1("Spine SBRT Plan Approval"),
         KeyValue([("Patient", f"{patient(10)}   {mrn(10)}"), ("Course", "C1 LS-JUNCTION SBRT"),
                   ("Dates of service", "10/19/2026 - 10/23/2026"),
                   ("Unit", "Edge radiosurgery linac, 6X-FFF, HD MLC"),
                   ("Immobilization", "Full-body vacuum cushion, knee wedge, arms on chest"),
                   ("Imaging", "CT sim 10/08/2026 (1 mm); MRI L-spine + sacrum 10/02/2026 T1+C, T2, fused"),
                   ("TPS", "WHINCHAT 8 (invented)")]),
         P("Findings: metastatic hepatocellular carcinoma with a destructive lesion centred on the L5-S1 disc space, "
           "involving the inferior third of L5, the disc and the superior S1 endplate and body, with a small "
           "anterior soft-tissue rim. Contoured as ONE GTV (GTV_L5_S1); CTV per consensus for the involved L5 and S1 "
           "segments; PTV_L5_S1 = CTV + 2 mm."),
         RuledTable([("Structure", "Rx / constraint", "Plan"),
                     ("PTV_L5_S1", "Rx 27 Gy in 3 fx (9 Gy/fx), D90 >= 100%", "D90 27.3 Gy"),
                     ("Cauda equina", "D0.035cc < 25.5 Gy", "21.7 Gy"),
                     ("Sacral plexus", "D0.035cc < 24 Gy", "22.4 Gy"),
                     ("Bowel", "D5cc < 18 Gy", "15.2 Gy")]),
         P("QA: secondary MU check 1.3%, portal dosimetry 99.0% (3%/2 mm), 10/15/2026."),
         sig("Octavia Brennan-Sayle, MD 10/15/2026"), sig("Anselm Drury, MS 10/15/2026"),
         H2("Fraction record"),
         RuledTable([("Fx", "Date", "Target", "IGRT", "Dose", "Cum."),
                     ("1", "10/19/2026", "PTV_L5_S1", "CBCT + ExacTrac, MD approved", "9 Gy", "9 Gy"),
                     ("2", "10/21/2026", "PTV_L5_S1", "CBCT + ExacTrac, MD approved", "9 Gy", "18 Gy"),
                     ("3", "10/23/2026", "PTV_L5_S1", "CBCT + ExacTrac, MD approved", "9 Gy", "27 Gy")])],
        [H1("Completion Summary"),
         P("Mr. Wraxhall completed stereotactic body radiotherapy to two lesions (L5 and S1), 27 Gy in 3 fractions "
           "each, 10/19/2026 - 10/23/2026, with good pain relief (8/10 to 3/10) and no bowel toxicity. MRI in 3 "
           "months, then surveillance with hepatology."),
         P("Professional charges: 77435; co-surgeon 63620 (L5) and 63621 (S1). Technical: 77373 x3."),
         sig("Octavia Brennan-Sayle, MD 10/26/2026")],
    ], opts=dict(header=head(_c, 10, "08/08/1956")))])

# w98_11 -- dictation (txt): MR-linac re-irradiation of "the eleventh thoracic vertebra", 24 Gy/3; no immobilization -
add(name="w98_11", kind="dictation", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], []),
    lesions=[L("T11 (re-irradiation)", "spinal", None, 24, 3)],
    categories=cats(positioning=False),
    notes="Dictated summary of MR-linac SBRT re-irradiation of 'the eleventh thoracic vertebra' (T11 written out and "
          "as 'the treated level'), 24 Gy in 3, after a palliative 8 Gy x 1 to T10-T12 in 2025 (history). CT sim "
          "plus MRI; daily MRI at the machine is guidance. No immobilization device is named, so positioning is "
          "empty and the positioning category unmet.",
    docs=[Doc("w98_11.txt", text=f"""
QUILLANE UNIVERSITY HOSPITAL - RADIATION ONCOLOGY (invented)
COMPLETION OF TREATMENT NOTE (voice recognition, minor edits)

Patient: {patient(11)}   MRN {mrn(11)}   DOB 04/11/1960
Attending: Evander Sloane-Whitcombe, MD
Treatment: stereotactic re-irradiation, eleventh thoracic vertebra, MR-linac (1.5 T), November 2 - November 6, 2026

Summary: Ms. Wetheridge has metastatic uterine leiomyosarcoma. In May twenty twenty five she received a single palliative fraction of eight gray to T10 through T12 with opposed fields at an outside hospital for pain. She now has recurrent pain and MRI on October fourteenth shows progression confined to the eleventh thoracic vertebra, body and both pedicles, with early epidural extension anterior to the cord (Bilsky 1b). T10 and T12 are stable.

Given the prior dose and the sarcoma histology we offered stereotactic re-irradiation of the eleventh thoracic vertebra on the MR-linac. Planning CT and a planning MRI were acquired on October twenty second; the reference plan used the MRI for the target and the epidural component and the CT for electron density. The treated level was prescribed twenty four gray in three fractions of eight gray to cover ninety percent of the PTV. The cumulative spinal cord EQD2 including the two thousand twenty five fraction is thirty nine gray, which is below our re-irradiation limit of fifty gray; the cord PRV maximum this course was fifteen point nine gray in three fractions, and the esophagus maximum nineteen gray. Physics checked the reference plan independently and performed a measurement on October twenty eighth.

Each fraction, November second, fourth and sixth, began with a daily 3D MRI, adapt to position with the physician reviewing contours, and cine MRI monitoring of the target during beam on. No fractions were missed.

Dose delivered this course: T11, 24 Gy in 3 fractions. There were no acute side effects beyond fatigue.

Plan: MRI thoracic spine in ten weeks. Oncology follow up for systemic therapy.

Evander Sloane-Whitcombe, MD
{FOOT}
""")])

# w98_12 -- bundle (2 files): MRI report "diffuse osseous metastases T2-L4" + SBRT record of T7 only, 20 Gy x 1 ------
_c = "OAKENBRIDGE CANCER PAVILION (invented)"
add(name="w98_12", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 1, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T7", "spinal", None, 20, 1)],
    categories=cats(),
    notes="Two files: the diagnostic MRI report listing 'diffuse osseous metastases T2-L4' with a dominant T7 lesion "
          "and epidural extension, and the SBRT record treating T7 only, 20 Gy x 1 on a Novalis Tx. The other levels "
          "are listed by the radiologist and not treated: one lesion.",
    docs=[
        Doc("1_mri_report.txt", text=f"""
OAKENBRIDGE IMAGING - DIAGNOSTIC RADIOLOGY REPORT
Patient: {patient(12)}   MRN: {mrn(12)}   DOB: 09/03/1950
Exam: MRI THORACIC AND LUMBAR SPINE WITH AND WITHOUT CONTRAST   Date: 11/02/2026
Clinical: metastatic prostate ca, mid back pain, SBRT planning

FINDINGS:
Diffuse osseous metastases T2-L4, the majority small (< 1 cm) and without cortical breach, in the T2, T3, T5,
T8, T9, T11, L1, L3 and L4 vertebral bodies.
Dominant lesion T7: replaces the vertebral body and extends into both pedicles, with ventral epidural tumour
(Bilsky 1c), cord not compressed, no cord signal change. Mild (< 25%) height loss.
No pathologic fracture elsewhere. Paraspinal soft tissues unremarkable.

IMPRESSION:
1. Diffuse osseous metastases T2-L4.
2. Dominant T7 lesion with epidural extension (Bilsky 1c), suitable target for radiosurgery per referring team.
Read by: Leocadia Fontwell, MD (Radiology)
{FOOT}
"""),
        Doc("2_sbrt_treatment_record.pdf", [[
            H1("Spine Radiosurgery - Treatment Record"),
            KeyValue([("Patient", f"{patient(12)}   {mrn(12)}"), ("Date of service", "11/16/2026"),
                      ("Indication", "Dominant painful T7 lesion with epidural extension; remaining T2-L4 lesions "
                                     "asymptomatic, on systemic therapy, not targeted"),
                      ("Unit", "Novalis Tx, 6 MV SRS, ExacTrac X-ray with 6D robotic couch"),
                      ("Immobilization", "Vacuum body cushion, arms up"),
                      ("Planning imaging", "CT 11/09/2026 1 mm, fused with MRI 11/02/2026 (T1+C, T2)"),
                      ("Plan", "PTV_T7 (body + both pedicles, epidural rim cropped to cord PRV), 9 IMRT beams, "
                               "ARDEA TPS 3 (invented)"),
                      ("Prescription", "20 Gy in 1 fraction, D90% >= 20 Gy (cropped region excepted)")]),
            RuledTable([("Structure", "Value", "Limit"),
                        ("Cord PRV Dmax (0.035 cc)", "13.6 Gy", "14 Gy"),
                        ("Cord D10%", "9.8 Gy", "10 Gy"),
                        ("Esophagus D5cc", "11.2 Gy", "14.5 Gy")]),
            P("QA 11/12/2026: independent calculation 1.7%, film / ion chamber measurement within 2%."),
            P("Delivery 11/16/2026: ExacTrac X-ray pairs before each beam and CBCT at setup, 6D corrections under "
              "1 mm / 1 deg, approved by physician. 20 Gy delivered to T7 in one fraction."),
            P("No other level was irradiated. Other T2-L4 lesions: observation and systemic therapy."),
            sig("Hartley Abernethy-Moss, MD 11/16/2026"),
        ]], opts=dict(header=head(_c, 12, "09/03/1950"))),
    ])

# w98_13 -- pdf: L3 vertebral body (spinal) + separate left psoas soft-tissue mass (body), 3 fx; 63621 claimed ------
_c = "FAIRHOLME ONCOLOGY ASSOCIATES (invented)"
add(name="w98_13", kind="pdf", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["body", "spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L3 vertebral body", "spinal", None, 27, 3), L("left psoas soft-tissue mass", "body", None, 30, 3)],
    categories=cats(),
    notes="SBRT to two targets in one course: an L3 vertebral body metastasis (27 Gy/3) and a separate left psoas / "
          "paraspinal soft-tissue metastasis at the L1-L2 level that does not involve bone (30 Gy/3). One spinal and "
          "one body lesion: 63620 consistent, 63621 (a second spinal lesion) inconsistent.",
    docs=[Doc("w98_13.pdf", [
        [H1("SBRT Treatment Summary"),
         KeyValue([("Patient", f"{patient(13)}   {mrn(13)}"), ("Dates", "12/01/2026 - 12/07/2026"),
                   ("Diagnosis", "Metastatic leiomyosarcoma: L3 vertebral body (C79.51); left psoas soft tissue (C79.89)"),
                   ("Unit", "TrueBeam, 6X-FFF, 6DoF couch"),
                   ("Immobilization", "BodyFIX with vacuum cushion and knee support"),
                   ("Imaging", "CT sim 11/20/2026 (1.25 mm), MRI lumbar spine and retroperitoneum 11/17/2026 fused"),
                   ("TPS", "LINNET 12 (invented)")]),
         H2("Targets"),
         P("Two separate targets. (1) L3: lytic lesion of the right half of the L3 vertebral body, no epidural "
           "component. (2) Left paraspinal mass: a 3.2 cm soft-tissue metastasis within the left psoas muscle at the "
           "L1-L2 level, abutting but not invading the L1 and L2 transverse processes (bone intact on CT and MRI); "
           "not a vertebral lesion."),
         RuledTable([("Target", "Rx", "Fx", "Achieved", "Isocentre"),
                     ("PTV_L3", "27 Gy", "3", "D90 27.4 Gy", "Iso 1"),
                     ("PTV_Lpsoas", "30 Gy", "3", "D95 30.2 Gy", "Iso 2")]),
         RuledTable([("OAR", "Metric", "Plan", "Limit"),
                     ("Cauda equina", "D0.035cc", "18.2 Gy", "< 25.5 Gy"),
                     ("Left kidney", "D200cc", "10.1 Gy", "< 16 Gy"),
                     ("Bowel", "D5cc", "16.3 Gy", "< 18 Gy"),
                     ("Lumbar plexus (L)", "D0.035cc", "26.8 Gy", "< 27 Gy")]),
         P("Independent calculation and portal dosimetry passed 11/26/2026."),
         H2("Delivery"),
         RuledTable([("Fx", "Date", "CBCT (MD approved)", "PTV_L3", "PTV_Lpsoas"),
                     ("1", "12/01/2026", "iso 1 and iso 2", "9 Gy", "10 Gy"),
                     ("2", "12/03/2026", "iso 1 and iso 2", "9 Gy", "10 Gy"),
                     ("3", "12/07/2026", "iso 1 and iso 2", "9 Gy", "10 Gy")]),
         P("Completed: L3 27 Gy in 3 fractions; left psoas mass 30 Gy in 3 fractions. Charges: 77373 x3, 77435, "
           "63620 + 63621 (neurosurgery)."),
         sig("Rosamund Tilbury-Quaye, MD 12/07/2026")],
    ], opts=dict(header=head(_c, 13, "07/27/1969")))])

# w98_14 -- pdf: T2 with epidural and paraspinal extension to T3 - one target spanning two levels, 28 Gy/4, mask ---
_c = "GLENCARRICK REGIONAL CANCER CENTRE (invented)"
add(name="w98_14", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 4, ["CT", "MRI"], ["mask"]),
    lesions=[L("T2 with epidural/paraspinal extension to T3", "spinal", None, 28, 4)],
    categories=cats(),
    notes="SBRT to a T2 vertebral metastasis whose epidural and right paraspinal component extends down to the T3 "
          "level: one GTV/PTV spanning two levels, 28 Gy in 4 on a Versa HD, head-neck-shoulder mask. One spinal "
          "lesion; brachial plexus and cord PRV numbers are constraints.",
    docs=[Doc("w98_14.pdf", [
        [H1("Stereotactic Body Radiotherapy - Spine Course Summary"),
         KeyValue([("Patient", f"{patient(14)}   {mrn(14)}"), ("Course dates", "01/11/2027 - 01/18/2027"),
                   ("Primary", "Renal cell carcinoma, metastatic"),
                   ("Target level(s)", "T2 (epidural / paraspinal extension to T3)"),
                   ("Linac", "Versa HD, 6 MV FFF, Agility"),
                   ("Immobilisation", "5-point head, neck and shoulder thermoplastic mask, indexed"),
                   ("Imaging", "Planning CT 12/29/2026 1 mm + MRI C/T-spine 12/22/2026 (T1+Gd, T2) co-registered"),
                   ("TPS", "PLOVER RT 6 (invented)")]),
         P("MRI: expansile T2 vertebral body lesion with a right paraspinal soft-tissue component and ventral / right "
           "lateral epidural tumour extending inferiorly behind the T3 body (Bilsky 1b at T2, 1a at T3). T3 bone is "
           "uninvolved. The bone, epidural and paraspinal disease is one contiguous GTV; CTV = T2 segment per "
           "consensus plus the epidural extension to T3; PTV_T2 = CTV + 2 mm."),
         RuledTable([("Structure", "Prescription / limit", "Plan value"),
                     ("PTV_T2 (incl. T3 epidural)", "28 Gy in 4 fractions, 7 Gy/fx, D90", "28.1 Gy"),
                     ("Spinal cord PRV", "D0.035cc < 25.6 Gy (4 fx)", "23.9 Gy"),
                     ("Right brachial plexus", "D0.035cc < 27 Gy", "26.2 Gy"),
                     ("Esophagus", "D0.035cc < 27 Gy", "20.4 Gy")]),
         P("Physics checks: independent MU 1.2%, measured QA 98.6% (3%/2 mm) on 01/06/2027."),
         H2("Treatment"),
         TextTable([("Fraction", "Date", "IGRT", "Dose"),
                    ("1", "01/11/2027", "CBCT + 6D, MD", "7 Gy"), ("2", "01/13/2027", "CBCT + 6D, MD", "7 Gy"),
                    ("3", "01/15/2027", "CBCT + 6D, MD", "7 Gy"), ("4", "01/18/2027", "CBCT + 6D, MD", "7 Gy")],
                   columns=(0, 70, 160, 280)),
         P("Completed 28 Gy in 4 fractions to T2 with the T3 epidural extension. Mild dysphagia grade 1. MRI in 8 "
           "weeks; medical oncology to continue pembrolizumab / axitinib."),
         sig("Cormac Delahaye-Strand, MD 01/18/2027")],
    ], opts=dict(header=head(_c, 14, "10/15/1958")))])

# w98_20 -- pdf, contradiction: L1 SBRT - prescription and log 30 Gy/5 (6 Gy/fx), discharge letter says 35 Gy/5 -----
_c = "ST. ELDRIC'S HOSPITAL - RADIATION MEDICINE (invented)"
add(name="w98_20", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L1", "spinal", None, 30, 5)],
    categories=cats(),
    contradiction="The end-of-treatment letter reports 35 Gy in 5 fractions to L1, while the prescription and the fraction log show 6 Gy per fraction and 30 Gy delivered in 5 fractions.",
    notes="Prescription and fraction log of L1 SBRT, 30 Gy in 5 (6 Gy per fraction) on a TrueBeam; the end-of-"
          "treatment letter says 35 Gy in 5 (the cord PRV limit in the plan is 30 Gy / 5 fx, and the letter quotes "
          "an earlier plan option). Gold follows the prescription and log.",
    docs=[Doc("w98_20.pdf", [
        [H1("SBRT Prescription and Fraction Log"),
         KeyValue([("Patient", f"{patient(20)}   {mrn(20)}"), ("Site", "Lumbar spine, L1 vertebral body"),
                   ("Unit", "TrueBeam, 6X-FFF, PerfectPitch couch"),
                   ("Immobilization", "Alpha-cradle style foam mould, arms up"),
                   ("Imaging", "CT simulation 01/25/2027; MRI L-spine 01/20/2027 fused (T1+C, T2)"),
                   ("Plan", "PTV_L1: 2 VMAT arcs, EGRET 9 (invented); plan option A (35 Gy/5) rejected for bowel "
                            "proximity, option B approved")]),
         RuledTable([("Rx", "Target", "Dose/fx", "Fx", "Total", "Approved"),
                     ("Option B", "PTV_L1", "6 Gy", "5", "30 Gy", "Dr. Ingram-Fauske 02/01/2027")]),
         P("Constraints: cord PRV D0.035cc 21.4 Gy (limit 30 Gy / 5 fx), cauda D0.035cc 22.8 Gy, duodenum D0.5cc "
           "22.1 Gy, kidneys V10 < 20%. Independent check and measured QA (98.9%) 02/02/2027."),
         H2("Fraction log"),
         RuledTable([("Fx", "Date", "CBCT / MD", "Dose (cGy)", "Cum (cGy)"),
                     ("1", "02/08/2027", "yes / JIF", "600", "600"),
                     ("2", "02/09/2027", "yes / JIF", "600", "1200"),
                     ("3", "02/11/2027", "yes / KMB", "600", "1800"),
                     ("4", "02/12/2027", "yes / JIF", "600", "2400"),
                     ("5", "02/15/2027", "yes / JIF", "600", "3000")]),
         sig("Juniper Ingram-Fauske, MD 02/15/2027")],
        [H1("End of Treatment Letter"),
         P("Dear Dr. Abbott-Lyle, Mr. Wellborough completed stereotactic body radiotherapy to his L1 metastasis "
           "(non-small cell lung cancer) on 02/15/2027: 35 Gy in 5 fractions over one week. He reported transient "
           "nausea after fraction 2, settled with ondansetron. Back pain has already improved. MRI in 3 months."),
         P("Coding: 77373 x5, 77435, 63620."),
         sig("Juniper Ingram-Fauske, MD 02/16/2027")],
    ], opts=dict(header=head(_c, 20, "12/01/1953")))])


# ==================================================================================================
# Non-spine bone SBRT (site body)
# ==================================================================================================

# w98_15 -- pdf: left 9th rib SBRT 35 Gy/5; 63620 claimed (a rib is not a spinal lesion) ----------------------------
_c = "HEMSWORTH-ON-TEE RADIOTHERAPY UNIT (invented)"
add(name="w98_15", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left 9th rib", "body", None, 35, 5)],
    categories=cats(),
    notes="SBRT to a posterior left 9th rib metastasis 2 cm lateral to the costovertebral joint, 35 Gy in 5 on a "
          "TrueBeam, planned on 4D-CT with PSMA PET fusion. A rib is bone, not spine: site body, "
          "and the claimed 63620 is inconsistent. The cord dose is a constraint.",
    docs=[Doc("w98_15.pdf", [
        [H1("Stereotactic Radiotherapy Summary - Rib"),
         KeyValue([("Patient", f"{patient(15)}   {mrn(15)}"), ("Treatment", "02/22/2027 - 03/01/2027, 5 fractions"),
                   ("Diagnosis", "Oligometastatic prostate cancer, PSMA-avid L 9th rib (posterior arc)"),
                   ("Machine", "TrueBeam 6X-FFF"),
                   ("Set-up", "Vac-Lok cushion, arms above head, knee sponge"),
                   ("Imaging", "4D-CT 02/12/2027 (1.5 mm); PSMA PET-CT 02/03/2027 registered for the GTV"),
                   ("Planning", "SISKIN TPS 2.3 (invented): 2 partial VMAT arcs, ITV from 4D")]),
         P("Target: GTV = PSMA-avid sclerotic lesion of the posterior left 9th rib, 2 cm lateral to the T9 "
           "costovertebral junction, no extension to the vertebra or the neural foramen. PTV = ITV + 4 mm."),
         RuledTable([("Volume / OAR", "Prescription or constraint", "Plan"),
                     ("PTV_Rib9L", "35 Gy / 5 fx (7 Gy), D95 = 100%", "D95 35.0 Gy"),
                     ("Spinal cord", "D0.035cc < 28 Gy", "9.7 Gy"),
                     ("Chest wall", "V30 < 30 cc", "21.4 cc"),
                     ("Lungs", "V20 < 10%", "2.2%")]),
         P("QA: secondary calculation 1.0%, portal dosimetry 99.5%."),
         H2("Treatment"),
         P("Delivered 02/22, 02/23, 02/25, 02/26 and 03/01/2027 with CBCT before each fraction (physician review on "
           "day 1, therapist match thereafter with physician sign-off). Left 9th rib: 35 Gy in 5 fractions "
           "delivered. Grade 1 chest-wall tenderness."),
         P("Charges entered: 77373 x5, 77435, 63620."),
         sig("Wilhelmina Strathairn, MD 03/01/2027")],
    ], opts=dict(header=head(_c, 15, "05/05/1951")))])

# w98_16 -- text export: robotic SBRT to the right iliac wing, 30 Gy/3; G0339/G0340/77435 -------------------------
add(name="w98_16", kind="ehr_text", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right iliac wing", "body", None, 30, 3)],
    categories=cats(),
    notes="Plain-text record export of robotic-arm linac SBRT to a right iliac wing (ilium) metastasis, 30 Gy in 3, "
          "bone-structure tracking without fiducials; the sacroiliac joint and S1 are named only as landmarks. Bone "
          "but not spine: site body.",
    docs=[Doc("w98_16.txt", text=f"""
ROWANMOOR RADIOSURGERY (invented) -- TREATMENT RECORD EXPORT  [iDMS-style text dump, invented]
PATIENT   : {patient(16)}
MRN       : {mrn(16)}
DOB       : 08/19/1944
COURSE    : PELVIS_R_ILIUM_SBRT
DOS       : 03/08/2027 ; 03/10/2027 ; 03/12/2027
PHYSICIAN : Theodora Vandersloot-Mair, MD

DX        : C79.51  Secondary malignant neoplasm of bone - right iliac wing (breast ca, HR+)
SYSTEM    : CyberKnife (robotic 6 MV), fixed cones
TRACKING  : 6D skeletal tracking on the right ilium; no fiducials implanted
POSITION  : supine, vacuum bag pelvis to knees
IMAGING   : planning CT 02/26/2027 1.0 mm ; FDG PET-CT 02/19/2027 fused (GTV = avid lytic lesion)

TARGET    : GTV_RIlium = lytic lesion of the posterior right iliac wing, 3.8 cm, 15 mm lateral to the
            right SI joint (SI joint and S1 ala not involved); PTV = GTV + 3 mm
RX        : 30 Gy / 3 fx to the 75% isodose, coverage 96.1%
OAR       : sacral plexus (R) D0.035cc 21.8 Gy ; bowel D5cc 13.4 Gy ; cauda equina Dmax 4.1 Gy
QA        : DQA film 03/03 pass, secondary calc 1.8%

FRACTION  DATE        DOSE(Gy)  CUM(Gy)  TRACKING                      STATUS
1         03/08/2027  10.00     10.00    kV pairs q40s, 6D corrections  COMPLETE
2         03/10/2027  10.00     20.00    kV pairs q40s, 6D corrections  COMPLETE
3         03/12/2027  10.00     30.00    kV pairs q40s, 6D corrections  COMPLETE

COURSE STATUS : COMPLETED 03/12/2027 -- right iliac wing 30 Gy in 3 fx
CHARGES (OPPS): G0339 x1 (fx 1) ; G0340 x2 (fx 2-3) ; 77435 x1
SIGNED        : T. Vandersloot-Mair, MD 03/12/2027 17:05
{FOOT}
""")])

# w98_17 -- bundle (2 files): sternum SBRT 27 Gy/3 - digital plan + faxed treatment summary ------------------------
_c = "KILBRANNAN BREAST AND ONCOLOGY CENTRE (invented)"
add(name="w98_17", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("sternum (manubrium/upper body)", "body", None, 27, 3)],
    categories=cats(),
    notes="Two files: a digital SBRT plan for a solitary sternal metastasis (manubrium and upper sternal body), "
          "27 Gy in 3 on an Edge with DIBH, and a faxed (image-only) treatment summary. Sternum is bone but not "
          "spine: site body.",
    docs=[
        Doc("1_sbrt_plan.pdf", [[
            H1("SBRT Plan Summary - Sternum"),
            KeyValue([("Patient", f"{patient(17)}   {mrn(17)}"), ("Course", "C1 STERNUM SBRT"),
                      ("Indication", "Solitary FDG-avid sternal metastasis (manubrium and upper body), ER+ breast "
                                     "cancer 4 years after mastectomy"),
                      ("Simulation", "CT 03/10/2027 1.25 mm, deep-inspiration breath hold, vacuum cushion and "
                                     "wing board"),
                      ("PET", "FDG PET-CT 02/26/2027 registered for the GTV"),
                      ("Unit", "Edge, 6X-FFF, surface guidance for DIBH"),
                      ("TPS", "TEAL Planner 4 (invented)")]),
            RuledTable([("Structure", "Rx / limit", "Plan"),
                        ("PTV_Sternum", "27 Gy in 3 fx (9 Gy), D95 = 100%", "D95 27.0 Gy"),
                        ("Heart", "D0.035cc < 30 Gy", "18.3 Gy"),
                        ("Skin", "D0.035cc < 33 Gy", "24.0 Gy"),
                        ("Great vessels", "D0.035cc < 39 Gy", "27.5 Gy")]),
            P("Physics: independent check 1.1%, measured QA 99.2% on 03/15/2027."),
            sig("Imelda Fraser-Quincey, MD 03/15/2027"),
        ]], opts=dict(header=head(_c, 17, "01/31/1964"))),
        Doc("2_treatment_summary_faxed.pdf", [[
            H1("RADIATION TREATMENT SUMMARY"),
            P(f"Patient: {patient(17)}    MRN: {mrn(17)}"),
            P("Course: C1 STERNUM SBRT    Dates: 03/18/2027, 03/20/2027, 03/23/2027"),
            TextTable([("Site", "Dose/fx", "Fx", "Total", "Guidance"),
                       ("Sternum", "9 Gy", "3", "27 Gy", "CBCT + SGRT DIBH each fx")],
                      columns=(0, 110, 170, 210, 270)),
            P("All fractions delivered under breath hold with surface monitoring; CBCT reviewed by the physician "
              "before each fraction. No skin reaction. Repeat PET-CT in 3 months."),
            sig("Imelda Fraser-Quincey, MD 03/23/2027"),
        ]], opts=dict(header=["03/24/2027 09:14   FROM: KILBRANNAN RAD ONC   TO: BILLING   P. 1/1",
                              f"{patient(17)}   MRN {mrn(17)}"], **FAX)),
    ])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# w98_18 -- pdf: conventional palliative 8 Gy x 1 to T10-T12 (3D, PA/oblique) billed with SBRT codes ---------------
_c = "BRACKENFORD COMMUNITY CANCER CENTRE (invented)"
add(name="w98_18", kind="pdf", codes=["77373", "77435", "63620"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a palliative conventional single fraction of 8 Gy to T10-T12 (3D conformal PA and "
          "oblique fields, prescribed to a point at the vertebral body, no stereotactic planning, simulation on a "
          "flat CT in 'simple' set-up). SBRT was discussed and not chosen. Nothing stereotactic was delivered: "
          "facts empty, SBRT / spine codes inconsistent.",
    docs=[Doc("w98_18.pdf", [
        [H1("Palliative Radiotherapy - Treatment Summary"),
         KeyValue([("Patient", f"{patient(18)}   {mrn(18)}"), ("Date of treatment", "04/05/2027"),
                   ("Intent", "Palliative - pain"),
                   ("Site", "Thoracic spine T10-T12"),
                   ("Technique", "3D conformal, PA + right posterior oblique, 6 MV / 15 MV, Clinac-class linac"),
                   ("Dose", "8 Gy in 1 fraction to ICRU reference point (mid-vertebral body T11)"),
                   ("Simulation", "Same-day CT, supine on a standard headrest and knee roll"),
                   ("Verification", "MV portal images before treatment")]),
         P("Mr. Wainfleet has widespread metastatic prostate cancer with painful T10-T12 disease and multiple other "
           "bone metastases. Stereotactic body radiotherapy was discussed at the spine tumour board and not "
           "pursued given diffuse disease, short expected survival and his preference for a single visit. He "
           "received a single conventional fraction of 8 Gy to T10 through T12 on 04/05/2027."),
         P("Spinal cord receives the full prescribed dose (conventional tolerance, no cord constraint applied). "
           "Re-treatment possible in 4 weeks if pain persists."),
         P("Charge entry (pending review): 77373, 77435, 63620 - coder to verify."),
         sig("Florian Achterberg-Lowe, MD 04/05/2027")],
    ], opts=dict(header=head(_c, 18, "03/29/1940")))])

# w98_19 -- dictation (txt): consult only - SBRT to T8 recommended, sim and MRI to be scheduled ---------------------
add(name="w98_19", kind="dictation", codes=["77373", "77435", "63620"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: dictated spine radiosurgery consultation for a T8 lesion with epidural extension (Bilsky "
          "1b) and a T8-T9 paraspinal component; SBRT 24 Gy in 2 recommended, CT myelogram simulation and MRI 'to "
          "be scheduled', cord constraints quoted as a plan. Nothing simulated or delivered.",
    docs=[Doc("w98_19.txt", text=f"""
ASHCOMBE SPINE ONCOLOGY CLINIC (invented)
CONSULTATION - RADIATION ONCOLOGY (dictated)

Patient: {patient(19)}      MRN: {mrn(19)}      DOB: 06/06/1975      Date of service: 04/19/2027
Consultant: Gwendolyn Stavely-Oduya, MD
Requesting: Dr. Pemberton (spine surgery)

Reason for consultation: T8 metastasis, consideration of stereotactic radiosurgery.

History of present illness: Ms. Wytherstone is a fifty one year old woman with metastatic melanoma on ipilimumab and nivolumab who presented with band like mid thoracic pain. An outside MRI of the thoracic spine on April eighth showed a T8 vertebral body lesion with ventral epidural extension, Bilsky grade 1b, without cord compression, and a right paraspinal soft tissue component extending from T8 to the T9 level. Neurologically intact. SINS score eight, potentially unstable; Dr. Pemberton does not recommend surgery at this time.

Assessment and recommendation: Given melanoma histology and the epidural component, I recommend stereotactic body radiation therapy to T8 including the paraspinal extension to T9 as a single target, twenty four gray in two fractions, with the spinal cord PRV held below seventeen gray maximum. She will need a CT myelogram for simulation because of her pacemaker, which precludes a planning MRI at our institution; we will request the outside MRI images for fusion. Immobilization will be a full body vacuum cushion.

We reviewed risks including vertebral compression fracture in roughly ten to fifteen percent, esophagitis, and rare myelopathy. She would like to think about it and discuss timing with her oncologist given the immunotherapy. Consent was not signed today.

Plan: tentative simulation to be scheduled after she calls back. No treatment has been scheduled.

Gwendolyn Stavely-Oduya, MD
{FOOT}
""")])


CORPUS = Corpus("blind_corpus98", "tests/blind_corpus98", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
