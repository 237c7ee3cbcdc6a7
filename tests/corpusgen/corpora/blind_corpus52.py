"""Fifty-second blind corpus, ``tests/blind_corpus52/`` (regenerate: ``python scripts/make_corpus.py blind_corpus52``).

Written as a HELD-OUT corpus during the twenty-first session (held out to the twenty-third, released for
tuning in the twenty-fourth). Twenty courses as a US coding office's in-tray receives them in an ordinary week from twenty other
clinics: system printouts and exports (plan reports, treatment records, per-session logs, prescriptions,
key: value, CSV and pipe-delimited exports, a radiology report) beside dictated documents (consults,
procedure notes, completion summaries, letters), bundles of one to three files, two scanned documents, one
two-column page, three self-contradicting charts (``review_expected``) and three hard negatives. Every
clinic, clinician and system is invented.

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (letters and exports are deliberately one long line per paragraph or record)

from __future__ import annotations

from pdfmaker import ColumnBreak, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ADELINE", "BARNABY", "CORDELIA", "DESMOND", "EULALIA", "FLETCHER", "GWENDOLYN", "HORACE", "IMOGEN",
         "JASPER", "KATHLEEN", "LEOPOLD", "MARGUERITE", "NATHANIEL", "OPHELIA", "PERCIVAL", "QUINCY", "ROSALIND",
         "SYLVESTER", "THEODORA"]


def patient(n: int) -> str:
    return f"FIFTYTWOPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-520{n:02d}"


def banner(clinic: str, what: str, n: int, dob: str) -> list[str]:
    return [f"{clinic} - {what}", f"{patient(n)}    MRN: {mrn(n)}    DOB: {dob}"]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# g52_01 -- pdf: cobalt-60 frame plan report printout, two metastases, single session ----------------------------
_c = "LAKESHORE NEUROSCIENCE INSTITUTE - RADIOSURGERY CENTER"
add(name="g52_01", kind="pdf", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 2, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("Target 1 left occipital metastasis", "cranial", S, 18, 1),
             L("Target 2 right cerebellar metastasis", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Plan report printout from a cobalt-60 multi-source unit: two metastases (left occipital 2.1 cm 18 Gy, "
          "right cerebellar 1.3 cm 20 Gy) at the 50% isodose, per-target shots/collimators/coverage/max dose, frame "
          "applied the same morning, stereotactic MRI + CT, frame fiducial check and a delivery record on page 2. "
          "Claimed codes all consistent.",
    docs=[Doc("g52_01.pdf", [[
        H1("Radiosurgery Treatment Plan Report"),
        KeyValue([("Patient", patient(1)), ("MRN", mrn(1)), ("Date of birth", "03/17/1956"),
                  ("Treatment date", "09/09/2026"), ("Unit", "Cobalt-60 multi-source radiosurgery unit, 192 sources"),
                  ("Planning system", "OSPREY-GP 11.2 (invented)"), ("Plan name", "BrainMets_0909 (approved 09/09/2026 10:41)"),
                  ("Fixation", "Stereotactic head frame, 4 pins, applied 07:20 under local anesthesia (Dr. Lindahl)"),
                  ("Stereotactic imaging", "MRI 3D T1 post-contrast 1.0 mm (08:05); CT 1.0 mm with fiducial box (08:30); co-registered"),
                  ("Diagnosis", "C79.31 Secondary malignant neoplasm of brain; primary melanoma (C43.5)")]),
        H2("Targets"),
        RuledTable([("#", "Location", "Max diam", "Volume", "Rx dose", "IDL", "Cov.", "SI", "GI", "Max dose", "Shots"),
                    ("1", "L occipital", "2.1 cm", "2.46 cc", "18.0 Gy", "50%", "98%", "0.87", "2.71", "36.0 Gy", "9"),
                    ("2", "R cerebellar", "1.3 cm", "0.71 cc", "20.0 Gy", "50%", "99%", "0.84", "2.88", "40.0 Gy", "4")], widths=(26, 76, 44, 50, 50, 36, 40, 36, 36, 50, 42)),
        H2("Shot list (collimator / weight)"),
        TextTable([("Target", "Shots", "Sectors", "Beam-on (min)"),
                   ("1", "9", "8 mm x5, 16 mm x3, mixed x1", "31.4"),
                   ("2", "4", "4 mm x1, 8 mm x3", "17.9")], columns=(0, 70, 150, 360)),
        H2("Organs at risk"),
        RuledTable([("Structure", "Max point dose", "Volume metric", "Limit"),
                    ("Brainstem", "7.2 Gy", "-", "< 12 Gy to 1 cc"), ("Optic chiasm", "0.9 Gy", "-", "< 8 Gy"),
                    ("Brain - targets", "-", "V12Gy 4.1 cc", "< 10 cc")]),
        sig("Plan approved: Karl Lindahl, MD (Neurosurgery); Renata Osei, MD (Radiation Oncology); Priya Natarajan, PhD, DABR (Physics) 09/09/2026 10:41"),
    ], [
        H1("Treatment Record"),
        KeyValue([("Pre-treatment checks", "Frame fiducial registration error 0.3 mm; frame coordinates verified against plan; couch collision check - pass"),
                  ("Independent dose check", "Secondary timer calculation within 1.1% (P. Natarajan)"),
                  ("Delivery", "11:02 - 11:53, all 13 shots delivered, no interruptions")]),
        RuledTable([("Target", "Prescribed", "Delivered", "Fractions", "Status"),
                    ("1  L occipital", "18.0 Gy @ 50%", "18.0 Gy", "1", "Complete"),
                    ("2  R cerebellar", "20.0 Gy @ 50%", "20.0 Gy", "1", "Complete")]),
        P("Frame removed 12:10; pin sites dressed, no bleeding. Discharged home with spouse at 13:30. Follow-up MRI in 8 weeks."),
        sig("Renata Osei, MD 09/09/2026 14:02"),
    ]], opts=dict(header=banner(_c, "OSPREY-GP plan report", 1, "03/17/1956")))])

# g52_02 -- ehr_text: dictated procedure note, trigeminal neuralgia, cobalt-60 frame ------------------------------
add(name="g52_02", kind="ehr_text", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve root (functional target)", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Dictated neurosurgery procedure note (voice recognition, numbers in words): radiosurgery for refractory "
          "right trigeminal neuralgia on a cobalt-60 unit under a head frame, one 4 mm isocenter, maximum dose "
          "eighty gray to the nerve root, brainstem 20% isodose; thin-slice MRI and stereotactic CT. Functional "
          "target: complex.",
    docs=[Doc("g52_02.txt", text=f"""
PIEDMONT VALLEY NEUROSURGICAL ASSOCIATES
PROCEDURE NOTE - STEREOTACTIC RADIOSURGERY
Transcribed by: MedScribe job #448213 (voice recognition). Dictated 08/14/2026 15:12, transcribed 08/14/2026 17:40.

PATIENT: {patient(2)}
MRN: {mrn(2)}
DOB: 11/02/1949
DATE OF PROCEDURE: 08/14/2026
SURGEON: Thomas Whitfield, MD
RADIATION ONCOLOGIST: Anjali Mehra, MD
PHYSICIST: Gregory Tamm, MS, DABR

PREOPERATIVE DIAGNOSIS: Right trigeminal neuralgia, type 1, V2-V3 distribution, refractory to carbamazepine and oxcarbazepine (G50.0).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: Stereotactic radiosurgery of the right trigeminal nerve, cobalt-60 multi-source unit. Application of stereotactic head frame.

INDICATIONS: This is a seventy-seven-year-old woman with a four-year history of lancinating right facial pain which has failed maximal medical therapy; she declined microvascular decompression because of her cardiac history. Risks including facial numbness were discussed and she wished to proceed.

DESCRIPTION OF PROCEDURE: The patient was brought to the radiosurgery suite and, after local anesthetic infiltration at four pin sites, the stereotactic head frame was applied without difficulty. She then underwent a thin-slice CISS sequence MRI and a post-contrast volumetric MRI, followed by a stereotactic CT with the fiducial box, and the images were co-registered in the planning system (HERONPLAN 6, invented). The right trigeminal nerve was identified in its cisternal segment and the target was placed on the nerve root approximately eight millimeters anterior to the root entry zone.

A single four millimeter isocenter was used. A maximum dose of eighty gray was prescribed at the one hundred percent isodose line. The twenty percent isodose line was kept off the brainstem surface, and the brainstem point maximum was thirteen point one gray. Dr. Mehra and Mr. Tamm reviewed and approved the plan and Mr. Tamm performed the independent timer calculation.

Frame coordinates were checked against the plan on the couch with the frame adapter and found correct. Treatment began at 11:48 and was completed at 12:39 without interruption; the full eighty gray maximum dose was delivered to the right trigeminal nerve in a single session. The frame was removed and the pin sites were dressed. There was minimal bleeding at the left posterior pin site that stopped with pressure.

ESTIMATED BLOOD LOSS: Minimal.
COMPLICATIONS: None.
DISPOSITION: Discharged home with her daughter. Continue carbamazepine at current dose for now; taper to be discussed at the six-week visit.

Thomas Whitfield, MD
Electronically signed 08/15/2026 08:02
{FOOT}
""")])

# g52_03 -- bundle (2 files): dictated consult + linac SRS treatment summary, 3 metastases; summary says two -------
_c = "CEDAR HOLLOW CANCER CENTER"
add(name="g52_03", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal metastasis", "cranial", S, 20, 1), L("left temporal metastasis", "cranial", S, 20, 1),
             L("left cerebellar metastasis", "cranial", S, 18, 1)],
    categories=cats(),
    contradiction="The treatment summary's closing paragraph speaks of SRS to two brain metastases, while its target table, delivery record and the consult list three treated lesions.",
    notes="Two files: the radiation oncologist's dictated consult (three new metastases from breast cancer on "
          "MRI; recommends single-fraction SRS, mask) and the linac SRS treatment summary (doses in cGy: 2000, "
          "2000, 1800; 6 MV FFF, single isocenter, CT sim + MRI fusion, CBCT + 6DoF, surface monitoring, physics "
          "QA). The summary's final paragraph says 'two brain metastases'; the table and record give three.",
    docs=[
        Doc("1_consult.txt", text=f"""
CEDAR HOLLOW CANCER CENTER - RADIATION ONCOLOGY
OUTPATIENT CONSULTATION

Patient: {patient(3)}      MRN: {mrn(3)}      DOB: 06/21/1968
Date of service: 10/05/2026
Referring: Dana Kowalczyk, MD (Medical Oncology)
Attending: Martin Ebersole, MD

REASON FOR CONSULTATION: New brain metastases.

HISTORY OF PRESENT ILLNESS: Ms. Fiftytwopatient is a 58-year-old woman with ER-positive, HER2-positive metastatic breast cancer, on trastuzumab and pertuzumab, who presented with two weeks of mild word-finding difficulty. MRI brain with and without contrast on 09/30/2026 shows three enhancing lesions: right frontal 1.4 cm, left temporal 1.1 cm and left cerebellar 2.2 cm, with modest edema around the temporal lesion. No hemorrhage, no leptomeningeal enhancement. Systemic disease is stable on CT chest/abdomen/pelvis of 09/12/2026.

PAST MEDICAL HISTORY: Hypertension, hypothyroidism. No prior radiation to the brain. Left breast radiation 2021.
MEDICATIONS: Dexamethasone 4 mg daily (started 09/30), levothyroxine, amlodipine, trastuzumab/pertuzumab q3 weeks.
EXAMINATION: KPS 80. Alert, mild anomia on naming testing, otherwise nonfocal.

ASSESSMENT AND PLAN: Three brain metastases, all under 3 cm, in a patient with controlled extracranial disease and good performance status. I recommended stereotactic radiosurgery to all three lesions in a single session rather than whole-brain radiation, given her prognosis and the cognitive effects of WBRT. Anticipated doses 20 Gy to the frontal and temporal lesions and 18 Gy to the larger cerebellar lesion. She will have a thermoplastic mask made and a CT simulation with a thin-slice treatment planning MRI. Continue dexamethasone, taper after SRS. Consent signed today.

Martin Ebersole, MD - Radiation Oncology
Dictated, not proofread. Signed electronically 10/05/2026 18:15.
{FOOT}
"""),
        Doc("2_srs_treatment_summary.pdf", [[
            H1("Stereotactic Radiosurgery - Treatment Summary"),
            KeyValue([("Patient", f"{patient(3)}  ({mrn(3)})"), ("Physician", "Martin Ebersole, MD"),
                      ("Treatment date", "10/15/2026 (single fraction)"),
                      ("Machine", "6 MV FFF gantry linac, 2.5 mm MLC, 6DoF couch (Vault 2)"),
                      ("Immobilization", "Open-face thermoplastic SRS mask, made 10/08/2026"),
                      ("Simulation", "CT simulation 1 mm slices 10/08/2026; planning MRI T1 post-gad 1 mm 10/07/2026, rigid fusion"),
                      ("Planning", "Single isocenter, 5 non-coplanar VMAT arcs, TAMARACK-TPS 4.0 (invented); Rx to the 80% isodose; PTV = GTV + 1 mm")]),
            RuledTable([("Target", "Size", "PTV (cc)", "Prescription", "Coverage", "Delivered"),
                        ("PTV1 R frontal", "1.4 cm", "1.52", "2000 cGy x 1", "99.1%", "2000 cGy"),
                        ("PTV2 L temporal", "1.1 cm", "0.88", "2000 cGy x 1", "99.4%", "2000 cGy"),
                        ("PTV3 L cerebellar", "2.2 cm", "5.07", "1800 cGy x 1", "98.6%", "1800 cGy")]),
            P("Normal brain V12Gy 6.3 cc; brainstem Dmax 804 cGy; chiasm Dmax 142 cGy."),
            H2("Delivery"),
            P("Physics pre-treatment QA: patient-specific portal dosimetry gamma 3%/1 mm passing rate 99.2%; independent MU check within 2%. "
              "CBCT before treatment with 6DoF correction (1.1 mm, 0.6 deg), surface-guided intrafraction monitoring with a 1 mm threshold, "
              "repeat CBCT after arc 3: no shift needed. All arcs delivered 10/15/2026 13:05-13:41."),
            P("Impression: Completed SRS to two brain metastases in one session without acute toxicity. Dexamethasone taper over 2 weeks. "
              "MRI brain in 6 weeks, then every 3 months."),
            sig("Martin Ebersole, MD 10/15/2026 16:20"),
            sig("Physicist: Lena Hartsfield, MS, DABR 10/15/2026 12:10"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 3, "06/21/1968"))),
    ])

# g52_04 -- scan: dictated completion summary, cavity FSRT 27 Gy/3 on a linac; immobilization not mentioned ------
_c = "TRI-COUNTY RADIATION ONCOLOGY"
add(name="g52_04", kind="scan", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 3, ["CT", "MRI"], []),
    lesions=[L("left parietal resection cavity", "cranial", S, 27, 3)],
    categories=cats(positioning=False),
    notes="Scanned (200 dpi, slightly crooked) dictated completion summary: post-operative fractionated SRS to a "
          "2.8 cm left parietal resection cavity (NSCLC metastasis), 2700 cGy in 3 fractions to the 80% isodose with "
          "two VMAT arcs on a gantry linac, CT simulation + post-op MRI, daily CBCT. The summary never says how the "
          "patient was immobilized: positioning unmet.",
    docs=[Doc("g52_04.pdf", [[
        P("TRI-COUNTY RADIATION ONCOLOGY  |  412 Orchard Parkway, Suite 100  |  Phone (555) 010-2244"),
        H1("RADIATION THERAPY COMPLETION SUMMARY"),
        KeyValue([("Patient", patient(4)), ("MRN", mrn(4)), ("DOB", "01/30/1961"),
                  ("Date of summary", "07/24/2026"), ("Attending", "Howard Pell, MD"),
                  ("Referring", "S. Abernathy, MD (Neurosurgery); J. Cho, MD (Medical Oncology)")]),
        P("DIAGNOSIS: Metastatic non-small cell lung cancer (adenocarcinoma) with a solitary left parietal brain metastasis, "
          "status post gross total resection 06/19/2026."),
        P("TREATMENT: Post-operative fractionated stereotactic radiosurgery to the left parietal resection cavity."),
        P("DOSE: 2700 cGy in 3 fractions of 900 cGy, delivered 07/20/2026, 07/22/2026 and 07/24/2026."),
        P("TECHNIQUE: The patient underwent CT simulation on 07/13/2026 with 1 mm slices, fused with the post-operative MRI brain with "
          "contrast of 07/10/2026. The resection cavity measured 2.8 cm in greatest dimension; the target was the enhancing cavity rim "
          "plus a 2 mm margin along the surgical tract. A 6 MV gantry linac plan with two volumetric arcs was generated and prescribed to "
          "the 80% isodose line covering 99% of the PTV. Cone-beam CT was obtained before each fraction and reviewed by the physician "
          "before beam on. The plan passed physics QA."),
        P("TOLERANCE: She tolerated treatment well with mild fatigue. There were no seizures. Dexamethasone was not required."),
        P("FOLLOW-UP: MRI brain in 2 months with a visit to follow. She continues osimertinib with Dr. Cho."),
        sig("Howard Pell, MD  07/24/2026"),
        P("HP/tr  D: 07/24/2026  T: 07/25/2026"),
    ]], opts=dict(scan=True, scan_dpi=200, scan_skew=0.7, scan_noise=5.0, page_numbers=None))])

# g52_05 -- ehr_text: pipe-delimited course export, robotic-arm linac single-session SRS, vestibular schwannoma ---
add(name="g52_05", kind="ehr_text", codes=["G0339", "77432", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    notes="Pipe-delimited course export from a robotic-arm linac center: right vestibular schwannoma (complex by "
          "tumor type), 1200 cGy in 1 fraction to the 80% isodose, 148 beams, mask, CT + MRI, 6D skull tracking, "
          "patient-specific QA. G0339 (robotic single session) + 77432 + 61798 consistent.",
    docs=[Doc("g52_05.txt", text=f"""
MESA VERDE RADIOSURGERY INSTITUTE|COURSE EXPORT|SARGASSO-RV 5.2 (invented)|EXPORTED 2026-09-18 14:22
PATIENT|{patient(5)}|MRN|{mrn(5)}|DOB|1958-04-11|SEX|M
PROVIDERS|RAD ONC|Celeste Marchetti MD|NEUROSURG|Omar Haddad MD|PHYSICS|Yuki Brandt MS DABR
DX|D33.3|Benign neoplasm of cranial nerves - right vestibular schwannoma, Koos 2, 1.7 x 1.4 x 1.2 cm, growth 3 mm/yr
COURSE|C1|STATUS|COMPLETED|INTENT|definitive|TECHNIQUE|SRS single session
UNIT|robotic-arm mounted 6 MV linac|TRACKING|6D skull, kV pair every 30-60 s
IMMOBILIZATION|thermoplastic mask, head cushion, made 2026-09-02
IMAGING|CT|2026-09-02|1.0 mm contrast head CT
IMAGING|MRI|2026-09-01|3D T1 post-gad 1 mm + T2 CISS 0.6 mm|FUSED TO CT|yes
PLAN|RS_VS_R v1|APPROVED 2026-09-10|TPS KESTRELWOOD 3.1 (invented)|BEAMS 148|NODES 86|COLLIMATOR variable aperture 7.5/10/12.5 mm
TARGET|NAME|DESCRIPTION|VOL_CC|RX_CGY|FX|ISODOSE_PCT|COVERAGE_PCT|CI|MAX_CGY
TARGET|PTV_VS_R|right vestibular schwannoma (GTV = PTV)|1.21|1200|1|80|98.4|1.18|1500
OAR|NAME|METRIC|VALUE_CGY|LIMIT_CGY
OAR|Cochlea_R|Dmean|388|<400
OAR|Brainstem|D0.03cc|1092|<1250
OAR|Facial nerve zone|Dmax|1310|info
QA|patient specific|film + chamber|PASS|gamma 2%/1mm 98.7%|2026-09-14|Y.Brandt
FX|NUM|DATE|START|END|TARGET|DELIVERED_CGY|MEAN_CORR_MM|STATUS|THERAPISTS
FX|1|2026-09-16|09:02|10:11|PTV_VS_R|1200|0.4|COMPLETE|RD/KL
SUMMARY|TOTAL DELIVERED|PTV_VS_R|1200 cGy/1 fx|COURSE END 2026-09-16
SIGN|Celeste Marchetti MD|2026-09-16 16:30|SIGN|Yuki Brandt MS DABR|2026-09-16 11:02
FOOTER|{FOOT}
""")])

# g52_06 -- pdf (two-column page): academic linac SRS of six metastases, one in the pons; 61799 claimed ----------
_c = "UNIVERSITY OF THE NORTHERN PLAINS HEALTH - RADIATION ONCOLOGY"
add(name="g52_06", kind="pdf", codes=["77372", "77432", "61798", "61797", "61799"],
    facts=F("linac", ["cranial"], 6, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("A right frontal", "cranial", S, 20, 1), L("B left frontal", "cranial", S, 20, 1),
             L("C left parietal", "cranial", S, 18, 1), L("D right occipital", "cranial", S, 20, 1),
             L("E right cerebellar", "cranial", S, 18, 1), L("F left pons (brainstem)", "cranial", C, 15, 1)],
    categories=cats(),
    notes="Academic SRS summary on one two-column page (history and technique | lesion table and delivery): six "
          "metastases in one fraction on a gantry linac, one within the left pons (brainstem: complex, 15 Gy), the "
          "others simple (20/20/18/20/18 Gy); mask, CT + MRI, CBCT. 61798 + 61797 right; 61799 wrong (only one "
          "complex lesion).",
    docs=[Doc("g52_06.pdf", [[
        H1("SRS Treatment Summary"),
        H2("History"),
        P(f"{patient(6)} (MRN {mrn(6)}) is a 66-year-old man with metastatic renal cell carcinoma on cabozantinib. Restaging MRI "
          "11/03/2026 showed six new enhancing brain lesions, the largest 1.9 cm, including a 6 mm lesion within the left pons. "
          "KPS 90. Discussed at the CNS tumor board 11/05/2026: SRS to all six lesions; WBRT deferred."),
        H2("Technique"),
        P("Frameless open-face thermoplastic mask. CT simulation 1 mm (11/09/2026) fused with SRS protocol MRI (T1 MPRAGE post-gad, "
          "11/09/2026). Two isocenters, dynamic conformal arcs, 6 MV FFF gantry linac with high-definition MLC, planning in "
          "CORMORANT-SRS 2.4 (invented). Prescriptions to the PTV (GTV + 1 mm; no margin for the pontine lesion) at the 80% isodose."),
        P("Image guidance: CBCT and 6DoF couch correction before each isocenter; intrafraction stereoscopic kV checks between arcs."),
        P("Physics: independent MU verification and portal dosimetry QA passed 11/11/2026 (E. Sandoval, PhD)."),
        ColumnBreak(),
        H2("Lesions (treated 11/12/2026, one fraction)"),
        RuledTable([("Lesion", "Size", "Rx", "Delivered"),
                    ("A R frontal", "1.9 cm", "20 Gy", "20 Gy"),
                    ("B L frontal", "0.9 cm", "20 Gy", "20 Gy"),
                    ("C L parietal", "1.6 cm", "18 Gy", "18 Gy"),
                    ("D R occipital", "0.7 cm", "20 Gy", "20 Gy"),
                    ("E R cerebellar", "1.5 cm", "18 Gy", "18 Gy"),
                    ("F L pons", "0.6 cm", "15 Gy", "15 Gy")], widths=(80, 48, 50, 60)),
        P("Lesion F is intra-axial within the brainstem; dose reduced to 15 Gy. Brainstem D0.5cc 12.4 Gy, accepted. Normal brain V12Gy 8.8 cc."),
        P("All six lesions treated as planned in a single session (11/12/2026, 08:40-10:05). Mild headache afterward, relieved with acetaminophen."),
        P("Plan: MRI in 6-8 weeks; continue cabozantinib after a 3-day hold."),
        sig("Resident: Jonah Ridley, MD (PGY-4) 11/12/2026"),
        sig("Attending: Miriam Castellanos, MD 11/12/2026"),
    ]], opts=dict(header=banner(_c, "SRS program", 6, "02/08/1960"), two_columns=True))])

# g52_07 -- pdf: dictated completion summary, cobalt-60 mask 25 Gy/5 to a pituitary adenoma; 77371/77432/61800 --
_c = "HARBOR POINT CANCER INSTITUTE"
add(name="g52_07", kind="pdf", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 5, ["MRI"], ["mask"]),
    lesions=[L("residual nonfunctioning pituitary macroadenoma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Dictated completion summary (numbers in words): hypofractionated radiosurgery of a residual "
          "nonfunctioning pituitary macroadenoma abutting the chiasm, twenty-five gray in five fractions on a "
          "mask-based cobalt-60 unit, 50% isodose, 19 shots, planning MRI only (on-unit CBCT as the stereotactic "
          "reference), infrared motion monitoring. Complex (pituitary; next to the chiasm). Claimed 77371/77432 "
          "are wrong for five fractions and 61800 wrong without a frame; 61798 right.",
    docs=[Doc("g52_07.pdf", [[
        P("HARBOR POINT CANCER INSTITUTE - Department of Radiation Oncology"),
        P("1200 Wharf Street, Building C"),
        H2("TREATMENT COMPLETION SUMMARY"),
        P(f"PATIENT: {patient(7)}    MRN: {mrn(7)}    DOB: 12/04/1972    DATE: 10/30/2026"),
        P("ATTENDING: Nadia Farrow, MD    NEUROSURGERY: Peter Vanterpool, MD"),
        P("DIAGNOSIS: Residual nonfunctioning pituitary macroadenoma (D35.2), status post transsphenoidal resection 03/2026."),
        P("Ms. Fiftytwopatient is a fifty-three-year-old woman whose residual tumor in the right cavernous sinus and sella grew by "
          "three millimeters on serial imaging. The residual abuts the inferior surface of the optic chiasm, with less than two "
          "millimeters of separation. After discussion at the pituitary tumor board she elected hypofractionated radiosurgery."),
        P("For planning she had a thin-section MRI of the sella with and without gadolinium on October twentieth. She was fitted "
          "with a thermoplastic mask and an infrared nose marker; a planning CT was not needed because the unit's cone-beam CT served "
          "as the stereotactic reference. The plan was built in PETRELPLAN 2 (invented) with nineteen shots using four and eight "
          "millimeter collimators, and prescribed twenty-five gray in five fractions of five gray to the fifty percent isodose line, "
          "with the chiasm held to a maximum of twenty-two point eight gray over five fractions."),
        P("She was treated on the cobalt-60 multi-source radiosurgery unit on October twenty-sixth through October thirtieth, one "
          "fraction a day. Before every fraction a cone-beam CT was registered to the plan and the couch corrected; intrafraction "
          "motion was monitored with the infrared marker, with one automatic pause on day three for a 1.6 mm excursion, after which "
          "treatment resumed. She received the full twenty-five gray in five fractions as prescribed."),
        P("She had mild fatigue and one day of headache. Visual fields were unchanged at the end of treatment. She will have an "
          "MRI and formal visual fields in six months and endocrine follow-up with Dr. Aguilar."),
        sig("Nadia Farrow, MD    Dictated 10/30/2026    Transcribed 10/31/2026 by kj"),
    ]])])

# g52_08 -- bundle (3 files): AVM on a cobalt-60 unit with frame; dictated note says 18 Gy, record 20 Gy ----------
_c = "ST. ALDRIC MEDICAL CENTER - RADIOSURGERY SUITE"
add(name="g52_08", kind="bundle", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI", "angiography"], ["frame"]),
    lesions=[L("left parietal arteriovenous malformation nidus", "cranial", C, 20, 1)],
    categories=cats(),
    contradiction="The dictated procedure note says the nidus received a marginal dose of eighteen gray, while the dose plan and treatment record give 20 Gy to the 50% isodose delivered.",
    notes="Three files: dose-plan-and-treatment-record printout (left parietal AVM nidus 3.1 cc, 20 Gy to the 50% "
          "isodose, 14 shots, frame, stereotactic MRI + CT + biplane angiography, frame coordinate check), the "
          "neurosurgeon's dictated procedure note (says 'eighteen gray'), and a nursing discharge note. AVM: "
          "complex. Gold follows the record (20 Gy).",
    docs=[
        Doc("1_dose_plan_and_record.pdf", [[
            H1("Dose Plan and Treatment Record"),
            KeyValue([("Patient", patient(8)), ("MRN", mrn(8)), ("Procedure date", "08/26/2026"),
                      ("Indication", "Left parietal arteriovenous malformation, Spetzler-Martin grade II, unruptured, presenting with seizures (Q28.2)"),
                      ("Unit", "Cobalt-60 multi-source radiosurgery unit"),
                      ("Head fixation", "Stereotactic frame, pins x4, applied 06:55"),
                      ("Imaging", "Stereotactic MRI (T1 post-contrast, TOF) 07:40; stereotactic CT 08:05; biplane DSA angiography 08:30 (Dr. Nakamura)"),
                      ("Planning", "OSPREY-GP 11.0 (invented); nidus contoured on angiography and MRI"),
                      ("Target", "AVM nidus, 3.1 cc, 2.2 x 1.9 x 1.6 cm"),
                      ("Prescription", "20.0 Gy marginal to the 50% isodose; max 40.0 Gy; single session"),
                      ("Shots", "14 (8 mm x 9, 4 mm x 5)"), ("Coverage / GI", "96.5% / 2.79"),
                      ("V12Gy (brain)", "7.2 cc")]),
            H2("Treatment record"),
            RuledTable([("Time", "Event", "By"),
                        ("10:58", "Frame adapter coordinates checked vs plan: pass", "G. Tamsin, MS"),
                        ("11:02", "Treatment start", "RTT"),
                        ("11:59", "Treatment complete - 14/14 shots; 20.0 Gy marginal delivered to nidus", "RTT"),
                        ("12:15", "Frame removed", "RN")]),
            sig("Reviewed: Alejandro Quist, MD (Radiation Oncology); Graham Tamsin, MS, DABR (Physics) 08/26/2026"),
        ]], opts=dict(header=banner(_c, "Treatment record", 8, "05/09/1990"))),
        Doc("2_procedure_note.txt", text=f"""
ST. ALDRIC MEDICAL CENTER - DEPARTMENT OF NEUROSURGERY
OPERATIVE / PROCEDURE NOTE

Patient: {patient(8)}    MRN: {mrn(8)}    Date: 08/26/2026
Surgeon: Beatrice Ocampo, MD
Co-treating: Alejandro Quist, MD (Radiation Oncology)

Procedure: 1. Application of stereotactic head frame. 2. Stereotactic radiosurgery of left parietal arteriovenous malformation.
Anesthesia: Local with oral sedation.

Findings and description: After the frame was applied with four pins under local anesthesia, the patient underwent stereotactic MRI, CT and
cerebral angiography. The nidus was outlined on the angiographic and MRI images together with Dr. Quist and physics. The nidus received a
marginal dose of eighteen gray at the fifty percent isodose line in one session. There were no complications. The frame was removed and the
pin sites dressed.

Plan: Continue levetiracetam 500 mg twice a day. MRI at six months; angiography at three years to assess obliteration.

Beatrice Ocampo, MD   Dictated 08/26/2026 14:30
{FOOT}
"""),
        Doc("3_nursing_discharge.txt", text=f"""
ST. ALDRIC MEDICAL CENTER  Same-day procedure unit - DISCHARGE NOTE   08/26/2026 13:40
{patient(8)}  MRN {mrn(8)}
Frame removed 12:15, 4 pin sites clean and dry, bacitracin applied. Angiography access site R groin: no hematoma, pulses 2+.
Vitals stable. Tolerating po. Mild headache 3/10 - acetaminophen 650 mg given. Discharged with mother. Instructions reviewed:
shampoo after 24 h, call for fever, seizure or new weakness.  - M. Delacroix, RN
{FOOT}
"""),
    ])


# ==================================================================================================
# Spine
# ==================================================================================================

# g52_09 -- pdf: spine SBRT T10 24 Gy/2 on a linac, treatment record printout --------------------------------------
_c = "BLUE RIDGE ONCOLOGY PARTNERS"
add(name="g52_09", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T10 vertebral metastasis", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Treatment record printout (record-and-verify style) for spine SBRT to T10 (prostate primary, "
          "Bilsky 1a), 2400 cGy in 2 fractions, 9-field IMRT on a 6 MV FFF linac, vacuum cushion, CT + MRI "
          "fusion, CBCT with 6DoF each fraction, physics second check. Codes consistent.",
    docs=[Doc("g52_09.pdf", [[
        H1("Treatment Record - Course C1: SBRT Spine"),
        TextTable([("Patient", patient(9), "MRN", mrn(9)),
                   ("Physician", "Raymond Okafor, MD", "DOB", "07/14/1951"),
                   ("Diagnosis", "C79.51 bone mets (prostate)", "Record system", "CARDINAL-RV 8 (invented)")],
                  columns=(0, 70, 300, 350), header=False),
        H2("Prescription"),
        RuledTable([("Site", "Technique", "Energy", "Dose/fx", "Fx", "Total", "Prescribed to"),
                    ("T10 vertebral body + R pedicle (PTV_T10)", "IMRT 9 fields", "6X-FFF", "1200 cGy", "2", "2400 cGy", "PTV D90%")]),
        KeyValue([("Simulation", "CT simulation 09/28/2026, 1.5 mm slices; MRI T-spine T1/T2 axial 09/25/2026 fused for GTV and cord"),
                  ("Immobilization", "Full-length vacuum cushion, arms up on wing board"),
                  ("Constraints", "Cord (MRI-defined) Dmax 1540 cGy / 2 fx (limit 1700 cGy); esophagus D5cc 1350 cGy"),
                  ("Physics", "Second MU check within 1.4%; IMRT QA cylindrical diode array 3%/2 mm 99.6%")]),
        H2("Treatment history"),
        RuledTable([("Fx", "Date", "Field(s)", "Imaging", "Shifts (cm) V/L/Lng / pitch-roll-yaw", "Dose (cGy)", "Cum. (cGy)", "Initials"),
                    ("1", "10/06/2026", "1-9", "CBCT approved (RO)", "0.12/-0.08/0.21 / 0.4-0.2-0.3", "1200", "1200", "TB/MS"),
                    ("2", "10/09/2026", "1-9", "CBCT approved (RO)", "0.05/0.10/-0.07 / 0.1-0.5-0.2", "1200", "2400", "TB/MS")], widths=(24, 66, 34, 82, 150, 44, 44, 50)),
        P("Course completed 10/09/2026. Total dose 2400 cGy in 2 fractions to PTV_T10. Pain 2/10 at completion (from 6/10)."),
        sig("Raymond Okafor, MD 10/09/2026 15:44"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 9, "07/14/1951")))])

# g52_10 -- ehr_text: dictated note, robotic-arm linac single-fraction spine SRS L2; 77372 claimed -------------------
add(name="g52_10", kind="ehr_text", codes=["77372", "77435", "63620"],
    facts=F("robotic_linac", ["spinal"], 1, 1, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L2 vertebral metastasis", "spinal", None, 16, 1)],
    categories=cats(),
    notes="Dictated radiosurgery note (numbers in words): single-fraction spine SRS of an L2 renal-cell metastasis, "
          "sixteen gray to the seventy-eight percent isodose on a robotic-arm linac with fiducial-free spine "
          "tracking, vacuum cushion, planning CT + MRI. A single spinal fraction is 77373: "
          "the claimed 77372 (cranial single session) is wrong; 77435 and 63620 right.",
    docs=[Doc("g52_10.txt", text=f"""
COASTAL BEND ROBOTIC RADIOSURGERY CENTER
RADIOSURGERY TREATMENT NOTE

Name: {patient(10)}          MRN: {mrn(10)}          DOB: 03/03/1963
Date of treatment: 11/18/2026
Radiation oncologist: Felipe Arriaga, MD
Spine surgeon: Naomi Whitcomb, MD

This is a sixty-three-year-old man with metastatic clear cell renal carcinoma who has an isolated painful lesion of the L2 vertebral body without epidural extension or instability (SINS seven). Because of the radioresistant histology we recommended single-fraction stereotactic radiosurgery.

He was simulated on November tenth supine in a full-body vacuum cushion with a CT of the lumbar spine at one millimeter slice thickness, and an MRI of the lumbar spine with and without contrast was fused to define the gross tumor and the cauda equina. The target was the L2 vertebral body and both pedicles. The plan used one hundred sixty-two beams with the fixed twelve point five and fifteen millimeter collimators, and prescribed sixteen gray in one fraction to the seventy-eight percent isodose line, covering ninety-one percent of the planning target volume. Cauda equina maximum was thirteen point two gray. The plan was checked by physics, Mr. Lachance, with a patient-specific dose measurement that passed.

Today he was treated on the robotic-arm mounted 6 MV linac with fiducial-free spine tracking; image pairs were acquired every forty-five seconds and corrections were under one millimeter throughout. Total treatment time was fifty-two minutes. He received the full sixteen gray in a single fraction to L2. He tolerated it well, received dexamethasone four milligrams before treatment, and will take it for two more days to reduce the risk of a pain flare.

Follow-up with MRI of the lumbar spine in three months.

Felipe Arriaga, MD
Dictated 11/18/2026; signed 11/19/2026 07:55
{FOOT}
""")])

# g52_11 -- bundle (2 files): spine SBRT, T4 and L1 (non-contiguous), prescription + CSV fraction export ---------
_c = "RIVERBEND REGIONAL MEDICAL CENTER - RADIATION ONCOLOGY"
add(name="g52_11", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T4 vertebral metastasis", "spinal", None, 30, 5), L("L1 vertebral metastasis", "spinal", None, 30, 5)],
    categories=cats(),
    notes="Two files: a signed SBRT prescription for two separate spinal targets (T4 and L1, each 30 Gy in 5 "
          "fractions, two isocenters, VMAT, vacuum bag, CT + MRI) and a CSV per-fraction export from the record "
          "system with per-target cGy, cumulative dose and CBCT approval. Two spinal lesions: 63620 + 63621 "
          "consistent.",
    docs=[
        Doc("1_prescription.pdf", [[
            H1("Radiation Prescription - Stereotactic Body Radiation Therapy"),
            KeyValue([("Patient", f"{patient(11)}    MRN {mrn(11)}"), ("Diagnosis", "Metastatic breast carcinoma to T4 and L1 (C79.51); oligoprogression on CDK4/6 inhibitor"),
                      ("Intent", "Ablative, both sites"), ("Immobilization", "Vacuum bag, arms at sides, knee sponge"),
                      ("Imaging for planning", "CT simulation 1.25 mm 09/21/2026; MRI C/T/L-spine with contrast 09/18/2026, fused"),
                      ("Planning system", "JUNCO-TPS 17 (invented)"), ("Delivery", "6 MV FFF gantry linac, 2 isocenters, 2 VMAT arcs each")]),
            RuledTable([("Target", "Vertebral level", "Dose/fx", "Fractions", "Total", "Coverage goal", "Cord / cauda limit"),
                        ("PTV_T4", "T4 body + L lamina", "600 cGy", "5", "3000 cGy", "V100% >= 90%", "cord Dmax < 2800 cGy"),
                        ("PTV_L1", "L1 body", "600 cGy", "5", "3000 cGy", "V100% >= 90%", "cauda Dmax < 3200 cGy")]),
            P("Schedule: daily Mon-Fri starting 09/29/2026; both targets treated at each session. Pre-treatment CBCT at each isocenter, physician approval required before beam-on."),
            P("Physics: plan check and patient-specific QA to be completed before fraction 1."),
            sig("Prescribing physician: Evelyn Strand, MD 09/24/2026"),
            sig("Physics plan review: Marcus Obi, PhD 09/25/2026 (QA passed 98.9% 3%/2 mm)"),
        ]], opts=dict(header=banner(_c, "Prescription", 11, "10/10/1966"))),
        Doc("2_fraction_export.txt", text=f"""
"Riverbend Regional Medical Center - treatment history export (HEMLOCK-RV 3, invented)","exported 10/06/2026 07:12"
"Patient","MRN","Course","Fx","Date","Target","Dose_cGy","Cumulative_cGy","IGRT","IGRT_Approved_By","Therapists","Status"
"{patient(11)}","{mrn(11)}","C1 SBRT spine","1","09/29/2026","PTV_T4","600","600","CBCT","E. Strand MD","JK/AL","Treated"
"{patient(11)}","{mrn(11)}","C1 SBRT spine","1","09/29/2026","PTV_L1","600","600","CBCT","E. Strand MD","JK/AL","Treated"
"{patient(11)}","{mrn(11)}","C1 SBRT spine","2","09/30/2026","PTV_T4","600","1200","CBCT","E. Strand MD","JK/AL","Treated"
"{patient(11)}","{mrn(11)}","C1 SBRT spine","2","09/30/2026","PTV_L1","600","1200","CBCT","E. Strand MD","JK/AL","Treated"
"{patient(11)}","{mrn(11)}","C1 SBRT spine","3","10/01/2026","PTV_T4","600","1800","CBCT","E. Strand MD","JK/RP","Treated"
"{patient(11)}","{mrn(11)}","C1 SBRT spine","3","10/01/2026","PTV_L1","600","1800","CBCT","E. Strand MD","JK/RP","Treated"
"{patient(11)}","{mrn(11)}","C1 SBRT spine","4","10/02/2026","PTV_T4","600","2400","CBCT","E. Strand MD","AL/RP","Treated"
"{patient(11)}","{mrn(11)}","C1 SBRT spine","4","10/02/2026","PTV_L1","600","2400","CBCT","E. Strand MD","AL/RP","Treated"
"{patient(11)}","{mrn(11)}","C1 SBRT spine","5","10/05/2026","PTV_T4","600","3000","CBCT","E. Strand MD","JK/AL","Treated - course complete"
"{patient(11)}","{mrn(11)}","C1 SBRT spine","5","10/05/2026","PTV_L1","600","3000","CBCT","E. Strand MD","JK/AL","Treated - course complete"
"{FOOT}"
"""),
    ])

# g52_12 -- scan: per-fraction record, T12 SBRT 27 Gy/3; no planning imaging in the record -----------------------
_c = "PRAIRIE LAKES CANCER CENTER"
add(name="g52_12", kind="scan", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 3, [], ["body_immobilization"]),
    lesions=[L("T12 vertebral metastasis with epidural extension", "spinal", None, 27, 3)],
    categories=cats(imaging=False),
    notes="Scanned (150 dpi) daily treatment record sheet for T12 spine SBRT with epidural extension (Bilsky 1b), "
          "900 cGy x 3 = 2700 cGy, 2 VMAT arcs to the 80% isodose, vacuum bag, CBCT before each fraction. The "
          "sheet names no planning CT or MRI: imaging unmet (CBCT is image guidance, not planning imaging).",
    docs=[Doc("g52_12.pdf", [[
        H1("DAILY TREATMENT RECORD - SBRT"),
        KeyValue([("Name", patient(12)), ("MRN", mrn(12)), ("Physician", "Dr. Holloway"),
                  ("Site", "T12 vertebral body and L pedicle with epidural extension (Bilsky 1b), lung adenocarcinoma"),
                  ("Plan", "T12_SBRT v1 - 2 VMAT arcs 10X-FFF, Rx 2700 cGy / 3 fx to 80% IDL, PTV V100 91.2%, cord PRV Dmax 1980 cGy"),
                  ("Setup", "Vacuum bag, arms up; tattoos x3; SBRT table overlay"),
                  ("IGRT", "CBCT each fx, match to bone then cord check, MD approval before beam on"),
                  ("Physics", "QA passed 11/02/2026 (RS)")]),
        RuledTable([("Fx", "Date", "CBCT", "Vrt", "Lng", "Lat", "Rot", "MU", "Dose cGy", "Total cGy", "RTT", "MD"),
                    ("1", "11/04/2026", "Y", "+0.2", "-0.1", "+0.3", "0.5", "2874", "900", "900", "LC/DW", "AH"),
                    ("2", "11/06/2026", "Y", "-0.1", "+0.2", "0.0", "0.3", "2874", "900", "1800", "LC/DW", "AH"),
                    ("3", "11/09/2026", "Y", "+0.1", "0.0", "-0.2", "0.4", "2874", "900", "2700", "DW/PF", "AH")]),
        P("Notes: fx 2 - pt c/o back pain 5/10 on table, tolerated. fx 3 - tx complete, 2700 cGy / 3 fx delivered to T12. F/U 1 month."),
        sig("Andrew Holloway, MD 11/09/2026"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 12, "09/19/1957"), scan=True, scan_dpi=150,
                  scan_skew=-0.4, scan_noise=7.0))])


# ==================================================================================================
# Body
# ==================================================================================================

# g52_13 -- pdf: lung SBRT plan report 48 Gy/4 on a linac, 4DCT + PET --------------------------------------------
_c = "SAGEBRUSH ONCOLOGY GROUP"
add(name="g52_13", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 4, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left lower lobe peripheral NSCLC", "body", None, 48, 4)],
    categories=cats(),
    notes="Plan and delivery report for lung SBRT: peripheral LLL adenocarcinoma 2.3 cm, 4800 cGy in 4 fractions "
          "(1200 cGy/fx) to the 80% isodose, ITV from 4DCT, PET-CT fused for the GTV, wing board + vacuum cushion, "
          "3 VMAT arcs, CBCT each fraction with a fraction table. Codes consistent.",
    docs=[Doc("g52_13.pdf", [[
        H1("SBRT Plan Report - Lung"),
        KeyValue([("Patient", f"{patient(13)} / {mrn(13)}"), ("Physician", "Constance Yoder, MD"), ("Physicist", "Arjun Basu, MS, DABR"),
                  ("Diagnosis", "C34.32 adenocarcinoma LLL, cT1c N0 M0, 2.3 cm, peripheral; medically inoperable (COPD, DLCO 38%)"),
                  ("Simulation", "4DCT 2 mm, 10 phases, 10/01/2026; ITV from MIP + phase review"),
                  ("Other imaging", "FDG PET-CT 09/22/2026 (SUV 8.4) rigidly registered for GTV"),
                  ("Immobilization", "Wing board, arms up, vacuum cushion, knee roll"),
                  ("Planning", "PLOVER-TPS 9.2 (invented), 3 partial VMAT arcs, 6X-FFF, heterogeneity corrected"),
                  ("Prescription", "4800 cGy in 4 fractions (1200 cGy/fx) to the 80% isodose, PTV = ITV + 5 mm")]),
        RuledTable([("Structure", "Volume", "Metric", "Value", "Goal"),
                    ("PTV_LLL", "24.8 cc", "V100%", "96.1%", ">= 95%"), ("PTV_LLL", "", "Dmax", "6010 cGy", "110-140% of Rx"),
                    ("Lungs - ITV", "3410 cc", "V20Gy", "4.8%", "< 10%"), ("Chest wall", "", "D30cc", "3120 cGy", "< 3200 cGy"),
                    ("Spinal cord", "", "Dmax", "1190 cGy", "< 2600 cGy"), ("Heart", "", "D15cc", "840 cGy", "< 3200 cGy")]),
        H2("Delivery"),
        RuledTable([("Fx", "Date", "IGRT", "Shift (mm)", "Dose", "Total"),
                    ("1", "10/12/2026", "CBCT, ITV match, MD approved", "3.1", "1200 cGy", "1200 cGy"),
                    ("2", "10/14/2026", "CBCT, ITV match, MD approved", "2.2", "1200 cGy", "2400 cGy"),
                    ("3", "10/16/2026", "CBCT, ITV match, MD approved", "1.8", "1200 cGy", "3600 cGy"),
                    ("4", "10/19/2026", "CBCT, ITV match, MD approved", "2.6", "1200 cGy", "4800 cGy")]),
        P("Physics weekly chart check 10/16/2026 and end-of-treatment check 10/19/2026: no discrepancies. Patient-specific QA 99.1% (3%/2 mm)."),
        sig("Constance Yoder, MD 10/19/2026"),
        sig("Arjun Basu, MS, DABR 10/19/2026"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 13, "08/30/1944")))])

# g52_14 -- bundle (2 files): prostate SBRT on a robotic-arm linac, dictated letter + CSV fraction export ----------
_c = "NORTHFIELD UROLOGY & RADIATION CENTER"
add(name="g52_14", kind="bundle", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Two files: the radiation oncologist's dictated end-of-treatment letter to the urologist (favorable "
          "intermediate-risk prostate cancer, four gold fiducials, CT + MRI fused, vacuum cushion, 36.25 Gy in 5 "
          "fractions to the 85% isodose, fiducial tracking on a robotic-arm linac) and a CSV export of the five "
          "fractions in cGy. G0339/G0340 + 77435 consistent.",
    docs=[
        Doc("1_letter_to_urology.pdf", [[
            P("NORTHFIELD UROLOGY & RADIATION CENTER"),
            P("Radiation Oncology  |  88 Mill Pond Road  |  Northfield"),
            P("November 24, 2026"),
            P("Gordon Pryce, MD\nNorthfield Urology Associates"),
            P(f"RE: {patient(14)}    DOB 01/15/1955    MRN {mrn(14)}"),
            P("Dear Gordon,"),
            P("I am writing to let you know that Mr. Fiftytwopatient completed stereotactic body radiation therapy to the prostate on "
              "November 20. As you will recall, he has favorable intermediate-risk adenocarcinoma, Gleason 3+4=7 in 3 of 12 cores, "
              "PSA 7.2, cT1c, and he chose SBRT over surgery and over a longer course of radiation."),
            P("You placed four gold fiducial markers on October 16. He was simulated on October 23 in a custom vacuum cushion with a "
              "planning CT, and an MRI of the prostate was fused for contouring. We prescribed 36.25 Gy in five fractions of 7.25 Gy to "
              "the 85% isodose line covering the prostate and proximal seminal vesicles with a 3 mm posterior margin; the rectal and "
              "bladder constraints were met (rectum V36Gy 0.6 cc). Treatment was given every other day on our robotic-arm mounted "
              "linac with fiducial tracking throughout each fraction, from November 12 to November 20. He received the full course."),
            P("His only side effect so far is mild urinary frequency, for which I started tamsulosin 0.4 mg nightly. I will see him in "
              "six weeks and would be grateful if you could check a PSA in three months."),
            P("With best regards,"),
            sig("Helena Virtanen, MD, Radiation Oncology 11/24/2026"),
            P("cc: patient; Sarah Boateng, MD (PCP)"),
        ]]),
        Doc("2_fraction_export.txt", text=f"""
PatientName,MRN,Plan,Fraction,TreatmentDate,Target,Rx_cGy,Delivered_cGy,Cumulative_cGy,Tracking,Beams,Status
"{patient(14)}",{mrn(14)},PROST_SBRT_v1,1,2026-11-12,PTV_Prostate,725,725,725,fiducial (4 seeds),168,Complete
"{patient(14)}",{mrn(14)},PROST_SBRT_v1,2,2026-11-14,PTV_Prostate,725,725,1450,fiducial (4 seeds),168,Complete
"{patient(14)}",{mrn(14)},PROST_SBRT_v1,3,2026-11-16,PTV_Prostate,725,725,2175,fiducial (4 seeds),168,Complete
"{patient(14)}",{mrn(14)},PROST_SBRT_v1,4,2026-11-18,PTV_Prostate,725,725,2900,fiducial (4 seeds),168,Complete
"{patient(14)}",{mrn(14)},PROST_SBRT_v1,5,2026-11-20,PTV_Prostate,725,725,3625,fiducial (4 seeds),168,Complete
# exported from TANAGER-OIS 2 (invented) 2026-11-21 06:00; unit: robotic-arm mounted 6 MV linac; plan QA passed 2026-11-09
# {FOOT}
"""),
    ])

# g52_15 -- ehr_text: dictated completion summary, liver SBRT 45 Gy/3 with fiducials; no treatment parameters ------
add(name="g52_15", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment VI colorectal metastasis", "body", None, 45, 3)],
    categories=cats(plan=False),
    notes="Dictated completion summary (numbers in words): SBRT to a segment VI colorectal liver metastasis, "
          "forty-five gray in three fractions on a gantry linac, three gold fiducials, abdominal compression in a "
          "vacuum cushion, 4DCT + MRI liver, CBCT matched to the fiducials before each fraction. Target and dose are "
          "given but no isodose, arcs/beams or planning system: plan unmet.",
    docs=[Doc("g52_15.txt", text=f"""
MAGNOLIA REGIONAL CANCER INSTITUTE
Department of Radiation Oncology

END OF TREATMENT SUMMARY

PATIENT NAME: {patient(15)}
MEDICAL RECORD #: {mrn(15)}
DATE OF BIRTH: 04/27/1959
DATE: 12/04/2026
PHYSICIAN: Cyrus Delgado-Whitman, MD
REFERRING: Lorraine Batiste, MD, Medical Oncology

DIAGNOSIS: Metastatic adenocarcinoma of the sigmoid colon with a solitary liver metastasis, segment six (C78.7).

HISTORY: Ms. Fiftytwopatient had a sigmoid colectomy in 2025 followed by adjuvant chemotherapy. Surveillance CT in September showed a new two point four centimeter lesion in segment six, confirmed on MRI. She was not a surgical candidate because of her cardiac disease, and the hepatobiliary tumor board recommended stereotactic body radiation therapy.

TREATMENT: Three gold fiducial markers were placed in and around the lesion by interventional radiology on November twelfth. She was simulated on November seventeenth supine in a vacuum cushion with an abdominal compression belt, with a four-dimensional CT with contrast, and a liver MRI with hepatobiliary contrast was fused for target definition. The gross tumor, internal target volume and planning target volume were contoured.

She received forty-five gray in three fractions of fifteen gray, on November twenty-fourth, November twenty-sixth and December first. Before each fraction a cone-beam CT was matched to the fiducial markers and the liver, and the physician approved the match before treatment.

TOLERANCE: She had grade one nausea after the second fraction, controlled with ondansetron, and mild fatigue. Liver function tests at completion were unchanged from baseline.

FOLLOW-UP: CT or MRI of the abdomen in three months. CEA with Dr. Batiste. I have asked her to call us with right upper quadrant pain or fever.

Cyrus Delgado-Whitman, MD
D: 12/04/2026 11:20   T: 12/04/2026 16:05   Job 77120
{FOOT}
""")])

# g52_16 -- pdf: MR-linac kidney SBRT 42 Gy/3; status field says 5 of 5 (contradiction); 77432 claimed -----------
_c = "GRANITE PEAK UNIVERSITY HOSPITAL - MR-GUIDED RADIOTHERAPY"
add(name="g52_16", kind="pdf", codes=["77373", "77432"],
    facts=F("linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("left kidney primary renal cell carcinoma", "body", None, 42, 3)],
    categories=cats(),
    contradiction="The course status field says 5 of 5 fractions were delivered, while the prescription (42 Gy in 3) and the three-row adaptive fraction log (14 Gy each, 42 Gy total) show three fractions.",
    notes="MR-linac treatment summary printout: primary left renal cell carcinoma 4.1 cm in a patient unfit for "
          "surgery, 42 Gy in 3 fractions, daily adaptive replanning with cine-MRI gating, CT + MRI simulation, vacuum "
          "cushion; three fraction rows. The status field reads 'Fractions delivered: 5 of 5' (template). The "
          "claimed 77432 (cranial single-session management) is wrong for a body course; 77373 right.",
    docs=[Doc("g52_16.pdf", [[
        H1("Course Treatment Summary"),
        KeyValue([("Patient", patient(16)), ("MRN", mrn(16)), ("Attending", "Ingrid Solberg, MD"),
                  ("Unit", "1.5 T MR-linac (7 MV FFF gantry linac)"),
                  ("Diagnosis", "C64.2 renal cell carcinoma, left kidney, 4.1 cm, biopsy-proven clear cell; not a surgical candidate (CKD 3b, prior MI)"),
                  ("Simulation", "CT 2 mm 10/26/2026 (electron density); MRI 3D T2 + cine 10/26/2026"),
                  ("Immobilization", "Vacuum cushion, arms above head"),
                  ("Prescription", "42 Gy in 3 fractions (14 Gy/fx), 95% of PTV to receive 42 Gy"),
                  ("Technique", "Step-and-shoot IMRT, 13 beams, daily adapt-to-shape, gated on cine MRI (3 mm boundary, 5% ROI)"),
                  ("Planning", "Online adaptive planning, SKUA-ADAPT 3 (invented); independent MU check each fraction")]),
        H2("Adaptive fraction log"),
        RuledTable([("Fx", "Date", "Adaptation", "PTV V42Gy", "Bowel D0.5cc", "Beam-on (min)", "Delivered"),
                    ("1", "11/02/2026", "adapt to shape", "95.4%", "19.8 Gy", "14.2", "14 Gy"),
                    ("2", "11/05/2026", "adapt to shape", "95.1%", "20.6 Gy", "15.0", "14 Gy"),
                    ("3", "11/09/2026", "adapt to position", "95.8%", "18.9 Gy", "13.6", "14 Gy")]),
        KeyValue([("Course status", "Completed 11/09/2026"), ("Fractions delivered", "5 of 5"),
                  ("Total dose", "42 Gy to PTV_LKidney"), ("Toxicity", "CTCAE G1 nausea fx 2; no hematuria")]),
        P("Contours reviewed and adapted plans approved at the console by the attending for each fraction. Renal function "
          "at completion: eGFR 36 (baseline 38). Follow-up MRI abdomen and labs in 3 months."),
        sig("Ingrid Solberg, MD 11/09/2026 17:12"),
    ]], opts=dict(header=banner(_c, "Course summary", 16, "06/06/1948")))])

# g52_17 -- bundle (1 file): key: value course export, adrenal + lung, planned 5 fx, stopped after 4 -------------
add(name="g52_17", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 4, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right adrenal metastasis", "body", None, 28, 4), L("right lower lobe lung metastasis", "body", None, 40, 4)],
    categories=cats(),
    notes="One-file bundle: a key: value course export for oligometastatic melanoma, right adrenal 35 Gy/5 and RLL "
          "nodule 50 Gy/5 treated at the same sessions; the course was stopped after fraction 4 (admission for "
          "pneumonia, not resumed): delivered 28 Gy and 40 Gy in 4 fractions. 4DCT + PET-CT, vacuum cushion, CBCT.",
    docs=[Doc("course_export.txt", text=f"""
WILLOW CREEK ONCOLOGY -- COURSE SUMMARY EXPORT (FINCHLINE OIS 6, invented)
Run: 12/14/2026 08:31   Requested by: coding

Patient Name ........ {patient(17)}
MRN ................. {mrn(17)}
DOB ................. 02/19/1970
Attending ........... Bernadette Lyle, MD
Diagnosis ........... C79.71 secondary malignant neoplasm of right adrenal; C78.01 secondary malignant neoplasm of right lung; primary cutaneous melanoma (2022)
Course .............. C2 SBRT oligometastases (C1 = 2022 adjuvant nodal RT, closed)
Course status ....... STOPPED - not completed
Unit ................ 6 MV FFF gantry linac (room 2)
Immobilization ...... Vacuum cushion, arms up, abdominal compression belt
Sim imaging ......... 4DCT 11/17/2026, 2 mm, 10 phases; FDG PET-CT 11/09/2026 fused for GTVs
Plan ................ 2 isocenters, VMAT 2 arcs each, prescription to 80% isodose (PTV D95 = Rx)

Target 1 ............ PTV_RAdrenal  Rx 700 cGy x 5 = 3500 cGy
Target 2 ............ PTV_RLL      Rx 1000 cGy x 5 = 5000 cGy

Fraction log
  Fx 1  11/30/2026  PTV_RAdrenal 700 cGy | PTV_RLL 1000 cGy | CBCT x2 approved
  Fx 2  12/02/2026  PTV_RAdrenal 700 cGy | PTV_RLL 1000 cGy | CBCT x2 approved
  Fx 3  12/04/2026  PTV_RAdrenal 700 cGy | PTV_RLL 1000 cGy | CBCT x2 approved
  Fx 4  12/07/2026  PTV_RAdrenal 700 cGy | PTV_RLL 1000 cGy | CBCT x2 approved
  Fx 5  12/09/2026  NOT TREATED - patient admitted (community-acquired pneumonia)

Delivered totals .... PTV_RAdrenal 2800 cGy / 4 fx ; PTV_RLL 4000 cGy / 4 fx
Discontinuation ..... 12/11/2026 Dr. Lyle: patient and physician agree not to resume; fraction 5 cancelled. Course closed with 4 of 5 fractions delivered.
Physics ............. Pre-treatment QA passed 11/25/2026; end-of-course chart check 12/11/2026 (D. Oyelaran, MS)
Signed .............. Bernadette Lyle, MD 12/11/2026 16:48
{FOOT}
""")])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# g52_18 -- pdf: consult recommending SRS for two metastases; simulation not yet done ---------------------------
_c = "HILLCREST RADIATION ONCOLOGY"
add(name="g52_18", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: new-patient consult recommending single-fraction linac SRS (20 Gy) to two brain "
          "metastases with a mask; the diagnostic MRI is history, CT simulation and a planning MRI are only to be "
          "scheduled. Nothing simulated, planned or delivered: facts empty, categories unmet, codes inconsistent.",
    docs=[Doc("g52_18.pdf", [[
        H1("Radiation Oncology Consultation"),
        KeyValue([("Patient", patient(18)), ("MRN", mrn(18)), ("DOB", "10/12/1953"), ("Date of visit", "12/02/2026"),
                  ("Referring physician", "Victor Amundsen, MD (Thoracic Oncology)"), ("Consultant", "Louisa Trent, MD")]),
        H2("History of present illness"),
        P("Mr. Fiftytwopatient is a 73-year-old man with stage IV small cell... correction: large cell neuroendocrine carcinoma of the "
          "right upper lobe, diagnosed 08/2026, on carboplatin/etoposide. A staging MRI brain with and without contrast on 11/25/2026 "
          "showed two new lesions: a 1.2 cm left frontal lesion and a 0.8 cm right occipital lesion, without edema or mass effect. He "
          "is asymptomatic."),
        H2("Examination"),
        P("ECOG 1. Neurologically intact. Gait normal."),
        H2("Assessment and plan"),
        P("Two small brain metastases. We discussed stereotactic radiosurgery, whole-brain radiation with hippocampal avoidance, and "
          "observation. He prefers radiosurgery. My recommendation is SRS 20 Gy in a single fraction to each lesion on our linac using "
          "a frameless thermoplastic mask."),
        P("Next steps: mask fitting and CT simulation will be scheduled once insurance authorization is received; a thin-slice "
          "treatment planning MRI will be ordered to be done within 7 days of treatment. Consent was reviewed but not yet signed; he "
          "would like to discuss with his wife. No treatment has been given."),
        sig("Louisa Trent, MD 12/02/2026 17:35"),
    ]], opts=dict(header=banner(_c, "Consultation", 18, "10/12/1953")))])

# g52_19 -- pdf letter: surveillance letter 18 months after lung SBRT in 2025; nothing new ----------------------
_c = "OLD MISSION CANCER CARE"
add(name="g52_19", kind="pdf", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: follow-up letter to the PCP eighteen months after lung SBRT (50 Gy in 5 fractions, "
          "05/2025) reporting a stable post-treatment scar on surveillance CT; a new 4 mm nodule to be watched. No "
          "treatment given or planned in this document: facts empty, categories unmet.",
    docs=[Doc("g52_19.pdf", [[
        P("OLD MISSION CANCER CARE - Radiation Oncology"),
        P("2400 Camino Real, Suite 210"),
        P("November 30, 2026"),
        P("Rebecca Tsai, MD\nMission Family Medicine"),
        P(f"Re: {patient(19)}   DOB 08/08/1947   MRN {mrn(19)}"),
        P("Dear Dr. Tsai,"),
        P("I saw Mrs. Fiftytwopatient today for routine follow-up, now eighteen months after stereotactic body radiation therapy "
          "for her stage I squamous cell carcinoma of the right upper lobe. As you know, she received 50 Gy in 5 fractions, "
          "completed on 05/28/2025."),
        P("Her surveillance CT chest of 11/20/2026 shows stable consolidation and volume loss at the treated site, in keeping with "
          "post-radiation fibrosis, and no evidence of recurrence. There is a new 4 mm nodule in the left lower lobe that is most "
          "likely benign; we will recheck it with a CT in six months. She has no cough or dyspnea beyond her baseline COPD."),
        P("No further radiation is needed at this time. I will see her again after the next CT."),
        P("Sincerely,"),
        sig("Esteban Morales, MD, Radiation Oncology 11/30/2026"),
        P("cc: Mrs. Fiftytwopatient"),
    ]])])

# g52_20 -- ehr_text: radiology MRI report (brain metastases found), filed with SRS claim ----------------------
add(name="g52_20", kind="ehr_text", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a diagnostic MRI brain report (three enhancing lesions; impression recommends a "
          "radiosurgery consultation) filed under an SRS claim. A radiology report, no course: facts empty, "
          "categories unmet, codes inconsistent.",
    docs=[Doc("g52_20.txt", text=f"""
SUMMIT IMAGING ASSOCIATES
4410 Ridgeline Blvd - Radiology Department

EXAM: MRI BRAIN WITH AND WITHOUT CONTRAST
PATIENT: {patient(20)}        MRN: {mrn(20)}        DOB: 05/05/1962
ACCESSION: SIA-2026-118842    EXAM DATE: 10/21/2026 14:05
ORDERING: Philippa Grant, MD (Hematology/Oncology)

CLINICAL HISTORY: Metastatic melanoma, headaches x 2 weeks. Staging.

TECHNIQUE: Multiplanar multisequence MRI of the brain before and after 7 mL gadobutrol IV. 3D T1 post-contrast 1 mm isotropic.

COMPARISON: MRI brain 04/14/2026.

FINDINGS:
There are three new enhancing lesions:
 1. Right frontal convexity, 14 x 12 mm, with mild surrounding vasogenic edema.
 2. Left parietal, 9 x 8 mm.
 3. Left cerebellar hemisphere, 6 mm.
The right frontal lesion has intrinsic T1 hyperintensity, compatible with melanin or a small amount of blood products. No midline shift.
No hydrocephalus. No abnormal leptomeningeal enhancement. Ventricles and sulci are age-appropriate. Orbits and sellar region unremarkable.

IMPRESSION:
1. Three new enhancing brain lesions, compatible with metastases; the largest is right frontal at 14 mm with mild edema.
2. No hydrocephalus or herniation.
Recommend radiation oncology / neurosurgery consultation for consideration of stereotactic radiosurgery.

Electronically signed by: Malcolm Ferreira, MD, Neuroradiology   10/21/2026 16:48
{FOOT}
""")])


CORPUS = Corpus("blind_corpus52", "tests/blind_corpus52", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
