"""Seventh blind corpus, ``tests/blind_corpus7/`` (regenerate: ``python scripts/make_corpus.py blind_corpus7``).

Thirty-two one- or two-page stereotactic treatment records (PDF, four plain-text EHR exports) written as
many kinds of clinics write them: academic summaries, community notes, EHR and QCL exports, Gamma Knife
and treatment-planning printouts. The corpus measures documentation *requirements* the way a senior
coding auditor judges them: signatures (physician, physicist), physics plan check, patient-specific
delivery QA, indication, immobilization, and (where unambiguous) targets, dose, planning imaging, image
guidance and the course summary. About half the labels are "missing", and those are hard negatives:
typed names without a signing word, "dictated but not read", "our physicist", Winston-Lutz or morning
QA instead of patient QA, "plan will be checked", a mask offered but declined, a device only planned.

Each chart has ``NAME.pdf`` (or ``NAME.txt``) and ``NAME.gold.json`` in the dev-corpus format plus
``"requirements": {id: "met" | "missing"}``. Labels were set by hand from the chart text; consistency and
the delivery code are computed from the hand-labelled facts with the corpus README's code definitions.
Score with ``scripts/score_requirements.py``.
"""

from __future__ import annotations

from typing import Any

from pdfmaker import (
    BulletList,
    ColumnBreak,
    Heading,
    KeyValue,
    Paragraph,
    RuledTable,
    Signature,
    TextTable,
)

from corpusgen import Chart, Corpus, Gold

FOOTER = "SYNTHETIC TEST RECORD - no real patient"

REQ_KEYS = {
    "P": "signatures.physician",
    "Y": "signatures.physicist",
    "C": "physics.plan_check",
    "Q": "delivery.qa",
    "I": "medical_necessity.indication",
    "M": "positioning.immobilization",
    "TV": "plan.target_volumes",
    "DC": "plan.dose_calc",
    "IM": "imaging.planning",
    "DV": "delivery.verification",
    "SC": "summary.course",
}


def reqs(spec: str) -> dict[str, str]:
    """``"P+ Y- C+"`` -> {"signatures.physician": "met", "signatures.physicist": "missing", ...}."""
    out = {}
    for tok in spec.split():
        key, mark = tok[:-1], tok[-1]
        out[REQ_KEYS[key]] = {"+": "met", "-": "missing"}[mark]
    return out


def cats(spec: str) -> dict[str, bool]:
    """``"plan imaging -positioning dv summary"``: a leading minus marks the category not met."""
    names = {"plan": "plan", "imaging": "imaging", "positioning": "positioning",
             "dv": "delivery_verification", "summary": "summary"}
    out = {}
    for tok in spec.split():
        neg = tok.startswith("-")
        out[names[tok.lstrip("-")]] = not neg
    assert len(out) == 5, spec
    return out


def hdr(clinic: str, letter: str, n: int, dob: str) -> list[str]:
    return [clinic, f"Patient: SEVENPATIENT, {letter}    MRN: SYN-70{n:02d}    DOB: {dob}"]


CRAN_S = ("cranial", "simple")
CRAN_C = ("cranial", "complex")
SPINE = ("spinal", None)
BODY = ("body", None)


# ------------------------------------------------------------------------------------------------
# Chart specs
# ------------------------------------------------------------------------------------------------

CHARTS: list[Chart] = []


def chart(name: str, *, header: list[str] | None = None, pages: list[list[Any]] | None = None,
          text: str | None = None, options: dict[str, Any] | None = None, codes: str, modality: str | None,
          sites: str, lesions: list[tuple[str, str | None]], fractions: int | None, imaging: str,
          positioning: str, categories: str, requirements: str, notes: str) -> None:
    """A chart (PDF ``pages`` or a ``text`` export) with its hand labels in this corpus's short notation
    (``codes="77373,77435"``, space-separated sites/imaging/positioning, :func:`cats`, :func:`reqs`);
    consistency and the delivery code are computed from the facts."""
    gold = Gold(codes.split(","), modality, lesions, fractions, imaging.split(), positioning.split(), notes,
                categories=cats(categories), sites=sites.split(), extra={"requirements": reqs(requirements)})
    if text is not None:
        assert FOOTER in text, name
        CHARTS.append(Chart(name, (), gold, text=text))
    else:
        CHARTS.append(Chart(name, pages or (), gold, {"header": header, **(options or {})}))


# 01 -- academic linac SRS, everything documented (baseline) ---------------------------------------
chart(
    "c7_01",
    header=hdr("Northlake University Hospital - Department of Radiation Oncology", "ALPHA", 1, "02/11/1961"),
    pages=[[
        Heading("Stereotactic Radiosurgery - Treatment Summary"),
        KeyValue([("Attending", "Marcus Ellery, MD"), ("Treatment unit", "Varian TrueBeam STx (HyperArc)"),
                  ("Course", "C1 SRS Brain"), ("Treatment date", "03/12/2024")]),
        Heading("Diagnosis", level=2),
        "Metastatic melanoma to brain (C79.31): a single new left frontal lesion, 2.1 cm, found on surveillance "
        "MRI. Extracranial disease is stable on nivolumab. KPS 90.",
        Heading("Simulation and imaging", level=2),
        "CT simulation on 03/04/2024 (1 mm slices) in an Encompass SRS thermoplastic mask. Volumetric T1 "
        "post-gadolinium MRI of 03/04/2024 was rigidly registered to the planning CT; the fusion was reviewed.",
        Heading("Treatment planning", level=2),
        "GTV contoured on the fused MRI; PTV = GTV + 1 mm. Eclipse 16.1, four non-coplanar VMAT arcs, single "
        "isocenter. Prescription 20 Gy x 1 to the PTV; PTV V100% 98.7%, brainstem Dmax 4.1 Gy, normal brain "
        "V12Gy 5.2 cc.",
        Heading("Physics", level=2),
        "Physics plan check completed 03/11/2024 by Dana Whitfield, MS, DABR. Patient-specific QA: portal "
        "dosimetry (EPID), gamma 3%/1 mm, 99.1% of points passing.",
        Heading("Delivery", level=2),
        "Cone-beam CT before treatment with 6DoF couch correction; shifts reviewed and approved by the "
        "attending before beam-on. AlignRT intrafraction monitoring, no beam holds.",
        RuledTable([("Lesion", "Dose delivered", "Fractions", "Date"),
                    ("Left frontal", "20 Gy", "1", "03/12/2024")]),
        Signature("Electronically signed by Marcus Ellery, MD (Radiation Oncology) 03/13/2024 09:14"),
    ]],
    codes="77372,77432,61796", modality="linac", sites="cranial", lesions=[CRAN_S], fractions=1,
    imaging="CT MRI", positioning="mask", categories="plan imaging positioning dv summary",
    requirements="P+ Y+ C+ Q+ I+ M+ TV+ DC+ IM+ DV+ SC+",
    notes="Baseline: academic linac SRS with every requirement documented in standard wording.",
)

# 02 -- community lung SBRT, dictated but not read; machine QA only -------------------------------
chart(
    "c7_02",
    header=hdr("Riverbend Cancer Center", "BRAVO", 2, "07/30/1948"),
    pages=[[
        Heading("SBRT Completion Note"),
        "Ms. Sevenpatient is a 75-year-old former smoker with stage IA2 adenocarcinoma of the right upper lobe "
        "(2.3 cm, cT1bN0M0), medically inoperable because of severe COPD (FEV1 41%). After tumor board review "
        "she was offered stereotactic body radiotherapy.",
        "She underwent 4DCT simulation on 04/18/2024 in a BodyFIX vacuum bag with abdominal compression. Her "
        "staging PET/CT of 04/02/2024 was registered to the average-intensity planning CT to help delineate the "
        "target. An ITV was drawn on the 4DCT phases and expanded 5 mm to the PTV. The plan (Monaco, two VMAT "
        "arcs, Elekta Versa HD) prescribed 50 Gy in 5 fractions to the 80% isodose line covering 95% of the PTV; "
        "lung V20 4.8%, cord max 14 Gy.",
        "Physicist: Jae-won Okoro, M.S. The plan was reviewed and approved by physics (J. Okoro) on 04/29/2024. "
        "Morning QA and the monthly Winston-Lutz test were within tolerance on all treatment days.",
        "Treatment was delivered every other day from 05/01/2024 to 05/09/2024. Each fraction was preceded by "
        "a cone-beam CT matched to the ITV. She tolerated treatment well with mild fatigue.",
        TextTable([("Target", "Dose / fractions", "Dates"),
                   ("RUL lung", "50 Gy / 5 fx (10 Gy each)", "05/01/2024 - 05/09/2024")], columns=(0, 120, 300)),
        "Follow-up CT chest in 3 months.",
        Signature("Dictated but not read. Harold Benning, MD"),
    ]],
    codes="77373,77435", modality="linac", sites="body", lesions=[BODY], fractions=5, imaging="CT PET",
    positioning="body_immobilization", categories="plan imaging positioning dv summary",
    requirements="P- Y+ C+ Q- I+ M+ TV+ DC+ IM+ DV+ SC+",
    notes="Prose completion note. Hard negatives: 'Dictated but not read' under the MD name; only morning QA "
          "and Winston-Lutz for delivery QA. Physicist named with degree; physics plan approval stated.",
)

# 03 -- Gamma Knife frame, 3 mets; physics team only, daily GK QA -------------------------------------
chart(
    "c7_03",
    header=hdr("Lakeshore Gamma Knife Center", "CHARLIE", 3, "05/19/1970"),
    pages=[[
        Heading("Gamma Knife Radiosurgery Procedure Note", underline=True),
        KeyValue([("Dx", "C79.31 Secondary malignant neoplasm of brain; primary ER+ breast carcinoma"),
                  ("Unit", "Leksell Gamma Knife Icon"),
                  ("Procedure date", "02/06/2024"),
                  ("Neurosurgeon", "Naomi Fairbanks, MD"),
                  ("Radiation oncologist", "Peter Lindahl, MD")], value_x=130, bold_labels=True),
        Heading("Frame placement", level=2),
        "A Leksell G frame was applied at 07:10 under local anesthesia (1% lidocaine with bupivacaine) using "
        "four pins. No complications.",
        Heading("Imaging", level=2),
        "Stereotactic MRI with the frame and fiducial indicator box: 1 mm axial T1 post-contrast and T2. Three "
        "enhancing lesions were identified, unchanged in number from the diagnostic MRI of 01/29/2024.",
        Heading("Planning", level=2),
        "Targets were outlined on the stereotactic MRI in Leksell GammaPlan; optic apparatus and brainstem "
        "contoured. Each lesion was prescribed 18 Gy to the 50% isodose line, coverage at least 98%.",
        RuledTable([("Target", "Size", "Shots", "Marginal dose", "Isodose"),
                    ("R cerebellar", "1.2 cm", "4", "18 Gy", "50%"),
                    ("L occipital", "0.8 cm", "2", "18 Gy", "50%"),
                    ("R frontal", "1.6 cm", "6", "18 Gy", "50%")]),
        Heading("Physics", level=2),
        "The plan was reviewed and approved by the physics team before treatment. Daily Gamma Knife QA "
        "(radiation focus precision test and output) passed this morning.",
        Heading("Treatment", level=2),
        "Frame co-ordinates were verified on the frame adapter and a cone-beam CT was co-registered to the "
        "stereotactic MRI before the first shot. All three lesions were treated in a single session of 61 "
        "minutes; the frame was removed without bleeding.",
        "I was present for the entire procedure.",
        Signature("Naomi Fairbanks, MD - Neurosurgery - 02/06/2024"),
    ]],
    codes="77371,77432,61796,61797,61800", modality="cobalt60", sites="cranial", lesions=[CRAN_S] * 3,
    fractions=1, imaging="MRI", positioning="frame", categories="plan imaging positioning dv summary",
    requirements="P+ Y- C+ Q- I+ M+ TV+ DC+ IM+ DV+ SC+",
    notes="GK frame case. Physician met through the 'I was present for the entire procedure' attestation with "
          "a name. Physicist missing: only 'the physics team' (plan check is still met). Delivery QA missing: "
          "daily GK QA and a frame co-ordinate check are not patient-specific QA.",
)

# 04 -- CyberKnife spine; "our physicist", plan check only planned ---------------------------------
chart(
    "c7_04",
    header=hdr("Sierra Vista Radiosurgery", "DELTA", 4, "10/02/1957"),
    pages=[[
        Heading("CyberKnife Spine Radiosurgery - Course Summary"),
        KeyValue([("Diagnosis", "Renal cell carcinoma metastatic to T10 vertebral body (C79.51); prior "
                                "conventional RT 30 Gy/10 fx to T9-T11 in 2022, painful progression"),
                  ("System", "Accuray CyberKnife M6, Xsight Spine tracking"),
                  ("Course", "27 Gy in 3 fractions, 04/15/2024 - 04/19/2024")]),
        Heading("Simulation", level=2),
        "Supine in a custom vacuum-bag immobilization device. Planning CT with 1.25 mm slices; a thin-slice "
        "MRI of the thoracic spine was fused to define the GTV and the spinal cord.",
        Heading("Plan", level=2),
        "GTV: T10 body and left pedicle, with epidural extension abutting the thecal sac. CTV per consensus "
        "guidelines, PTV = CTV + 2 mm (excluding cord). 27 Gy / 3 fx prescribed to the 78% isodose; PTV "
        "coverage 91%; spinal cord Dmax 20.3 Gy. MultiPlan, Iris collimator, 163 beams.",
        Heading("Pre-treatment checklist (copied from planning note 04/10/2024)", level=2),
        BulletList(["Dose constraints reviewed with our physicist - acceptable",
                    "Plan check to be completed by physics prior to the first fraction",
                    "Delivery QA (DQA): plan delivered to the ball-cube phantom with Gafchromic film; "
                    "gamma 2%/2 mm 96.4% - pass"]),
        Heading("Delivery", level=2),
        "Three fractions delivered 04/15, 04/17 and 04/19/2024 with Xsight Spine tracking (mean correction "
        "0.6 mm). T10: 27 Gy in 3 fractions delivered as planned.",
        Signature("Signed: Rajiv Menon, MD  04/22/2024"),
    ]],
    codes="77373,77435,63620", modality="robotic_linac", sites="spinal", lesions=[SPINE], fractions=3,
    imaging="CT MRI", positioning="body_immobilization", categories="plan imaging positioning dv summary",
    requirements="P+ Y- C- Q+ I+ M+ TV+ DC+ IM+ DV+ SC+",
    notes="Hard negatives: 'our physicist' (no name) and 'plan check to be completed by physics'. DQA film "
          "measurement is patient-specific QA; 'Signed: NAME, MD date' is a signature; custom vacuum bag.",
)

# 05 -- liver SBRT, pending signature, no diagnosis -------------------------------------------------
chart(
    "c7_05",
    header=hdr("Mercy General - Radiation Oncology", "ECHO", 5, "03/03/1955"),
    pages=[[
        Heading("SBRT Treatment Summary - Liver"),
        RuledTable([("Item", "Detail"),
                    ("Target", "Liver segment VIII, 3.1 cm"),
                    ("Machine", "TrueBeam, 6X-FFF, 2 VMAT arcs"),
                    ("Prescription", "45 Gy in 3 fractions, 80% isodose covering 95% of PTV"),
                    ("Fractions delivered", "3 of 3 (05/08, 05/10, 05/13/2024)"),
                    ("Immobilization", "Alpha cradle, abdominal compression paddle"),
                    ("Imaging", "Exhale breath-hold CT simulation; multiphase contrast MRI fused for GTV"),
                    ("IGRT", "CBCT before every fraction, matched to liver and diaphragm"),
                    ("PHYSICIST", "Tomasz Wolanski"),
                    ("Second check", "completed 05/06/2024 - T. Wolanski"),
                    ("Patient QA", "ArcCHECK measurement 97.6% (3%/2 mm) - pass")], widths=(130, 370)),
        "GTV contoured on the fused MRI, PTV = GTV + 5 mm. Mean liver dose 9.8 Gy; 700 cc of normal liver "
        "below 15 Gy. Stomach and duodenum Dmax below 22 Gy.",
        "Segment VIII liver target: 45 Gy delivered in 3 fractions as prescribed. Treatment tolerated without "
        "acute toxicity.",
        Signature("Alma Reyes, MD - PENDING SIGNATURE"),
    ]],
    codes="77373,77435", modality="linac", sites="body", lesions=[BODY], fractions=3, imaging="CT MRI",
    positioning="body_immobilization", categories="plan imaging positioning dv summary",
    requirements="P- Y+ C+ Q+ I- M+ TV+ DC+ IM+ DV+ SC+",
    notes="Table layout. Hard negatives: physician 'PENDING SIGNATURE'; no diagnosis anywhere (only 'liver "
          "segment VIII target'). Positive: 'PHYSICIST:' field with a name, 'Second check', ArcCHECK.",
)

# 06 -- prostate SBRT; physicist unnamed; PSQA still to be done -------------------------------------
chart(
    "c7_06",
    header=hdr("Harborview Urology & Radiation", "FOXTROT", 6, "12/12/1952"),
    pages=[[
        Heading("Prostate SBRT - End of Treatment Summary"),
        KeyValue([("Diagnosis", "Adenocarcinoma of the prostate (C61), Gleason 3+4=7, PSA 6.2, cT1c, "
                                "favorable intermediate risk"),
                  ("Technique", "SBRT, TrueBeam, VMAT 10X-FFF"),
                  ("Dose", "36.25 Gy in 5 fractions (7.25 Gy/fx)"),
                  ("Dates", "06/03/2024 - 06/11/2024")]),
        "Three gold fiducial markers and a SpaceOAR hydrogel spacer were placed on 05/13/2024. CT simulation "
        "(05/20/2024) with knee and foot locks and a Vac-Lok bag; T2 MRI was fused for prostate delineation.",
        "CTV: prostate and proximal 1 cm of seminal vesicles; PTV = CTV + 5 mm (3 mm posteriorly). PTV V100% "
        "95.4%; rectum V36Gy 0.4 cc; bladder V37Gy 4.1 cc.",
        "Weekly physics chart checks were performed by the medical physicist, and the medical physicist "
        "reviewed the daily imaging workflow at the first fraction.",
        TextTable([("Plan status", ""),
                   ("MD plan approval", "05/29/2024"),
                   ("Patient-specific QA", "to be performed before fraction 1"),
                   ("Fiducial match tolerance", "2 mm")], columns=(0, 170)),
        "Before each fraction a cone-beam CT was matched to the fiducial markers and prostate soft tissue. "
        "All five fractions were delivered as planned: prostate + proximal SV, 36.25 Gy / 5 fx.",
        Signature("Electronically signed by: Curtis Vandermeer, MD on 06/14/2024 16:02"),
    ]],
    codes="77373,77435", modality="linac", sites="body", lesions=[BODY], fractions=5, imaging="CT MRI",
    positioning="body_immobilization fiducials", categories="plan imaging positioning dv summary",
    requirements="P+ Y- C+ Q- I+ M+ TV+ DC+ IM+ DV+ SC+",
    notes="Hard negatives: 'the medical physicist' with no name; patient-specific QA 'to be performed'. "
          "Weekly physics chart checks count as a physics check; knee/foot locks with Vac-Lok.",
)

# 07 -- plain-text EHR export, fractionated GK Icon; typed attending only ---------------------------
chart(
    "c7_07",
    text="""\
Westfield Health EHR  |  Document: Radiation Oncology Treatment Summary
Patient: SEVENPATIENT, GOLF    MRN: SYN-7007    DOB: 08/08/1966
Encounter date: 07/19/2024    Note status: Final

INDICATION: Enlarging right parasellar meningioma (2.8 cm) abutting the cavernous sinus, not
surgically resectable per neurosurgery; growth of 4 mm over 12 months on serial MRI.

TREATMENT: Fractionated Gamma Knife radiosurgery, Leksell Gamma Knife Icon, 25 Gy in 5 fractions
(5 Gy per fraction) to the 50% isodose line.
Dates: 07/08/2024, 07/09/2024, 07/10/2024, 07/11/2024, 07/12/2024 (5 of 5 delivered).

IMMOBILIZATION: Nanor thermoplastic mask with IFMM nose-marker motion monitoring.

IMAGING: Planning MRI 06/27/2024 (1 mm T1 post-contrast, T2 CISS); stereotactic CT 06/27/2024 for
bone definition, co-registered in GammaPlan.

PLAN: GTV = enhancing tumor including dural tail; no margin. Optic chiasm Dmax 19.8 Gy over 5 fx;
right optic nerve Dmax 18.1 Gy. Coverage 97%, 31 shots, 4/8 mm collimation.
Plan approved by physician 07/01/2024.

DELIVERY: Daily Icon QA and the CBCT precision test were within tolerance. Before each fraction a
cone-beam CT was registered to the planning reference and the mask position corrected; IFMM
threshold 1.5 mm, two interruptions on fraction 3 with re-imaging.

CARE TEAM:
  Physicist: Brandon Oyelaran, PhD, DABR
  Nurse: Keisha Grant, RN

SUMMARY: Right parasellar meningioma, 25 Gy in 5 fractions, completed 07/12/2024. Follow-up MRI at
6 months.

Lena Strauss, MD
Radiation Oncology

SYNTHETIC TEST RECORD - no real patient
""",
    codes="77373,77435,61798", modality="cobalt60", sites="cranial", lesions=[CRAN_C], fractions=5,
    imaging="CT MRI", positioning="mask", categories="plan imaging positioning dv summary",
    requirements="P- Y+ C- Q- I+ M+ TV+ DC+ IM+ DV+ SC+",
    notes="Text EHR export. Hard negatives: physician name typed at the end with no signing word (note status "
          "'Final' is EHR metadata, not a signature); plan approved by the physician, not physics; Icon daily "
          "QA only. Physicist named in the care team with credentials (met).",
)

# 08 -- CyberKnife lung, no immobilization device ----------------------------------------------------
chart(
    "c7_08",
    header=hdr("Pacific Robotic Radiosurgery", "HOTEL", 8, "04/14/1944"),
    pages=[[
        Heading("CyberKnife SBRT - Treatment Completion Summary"),
        KeyValue([("Dx", "Adenocarcinoma of the left upper lobe, cT1bN0M0 (C34.12); medically inoperable, "
                         "FEV1 38%"),
                  ("Treatment", "CyberKnife S7, Xsight Lung (fiducial-free) tracking with Synchrony"),
                  ("Prescription", "54 Gy in 3 fractions to the 72% isodose line"),
                  ("Dates", "08/01/2024, 08/05/2024, 08/07/2024")], value_x=110),
        "Planning imaging: inhale and exhale breath-hold CT on 07/22/2024, 1 mm slices. GTV contoured on the "
        "exhale CT, ITV from both phases, PTV = ITV + 5 mm. Accuray Precision, 148 non-isocentric beams, Iris "
        "collimator. PTV coverage 95.2%; chest wall V30Gy 11 cc; lung V20 3.1%.",
        "Positioning: the patient was positioned supine on the RoboCouch with arms at her sides; no "
        "immobilization device was used.",
        "Physics review: O. Mensah, PhD - plan approved 07/29/2024. DQA: film in the CIRS thorax phantom, "
        "2%/2 mm gamma 95.8% - pass.",
        "Synchrony respiratory tracking with orthogonal kV imaging throughout each fraction; correlation "
        "model error under 1.5 mm.",
        RuledTable([("Fx", "Date", "Dose", "Cumulative"),
                    ("1", "08/01/2024", "18 Gy", "18 Gy"),
                    ("2", "08/05/2024", "18 Gy", "36 Gy"),
                    ("3", "08/07/2024", "18 Gy", "54 Gy")]),
        "LUL lesion: 54 Gy in 3 fractions completed.",
        Signature("e-signed 08/09/2024 11:40 - Yuki Hamasaki, MD"),
    ]],
    codes="77373,77435", modality="robotic_linac", sites="body", lesions=[BODY], fractions=3, imaging="CT",
    positioning="", categories="plan imaging -positioning dv summary",
    requirements="P+ Y+ C+ Q+ I+ M- TV+ DC+ IM+ DV+ SC+",
    notes="Hard negative: 'no immobilization device was used' (fiducial-free tracking, no fiducials). "
          "Positives in compact clinic wording: 'e-signed', 'Physics review: O. Mensah, PhD', DQA film.",
)

# 09 -- sparse community SRS, mask declined -----------------------------------------------------------
chart(
    "c7_09",
    header=hdr("Cedar Falls Radiation Therapy", "INDIA", 9, "09/09/1959"),
    pages=[[
        Heading("Radiosurgery note"),
        "SRS to right cerebellar lesion, 1.0 cm, treated 09/03/2024 on the Edge.",
        "Planning CT and MRI were obtained 08/28/2024. A thermoplastic mask was offered but declined "
        "(claustrophobia); the patient was treated without a mask under continuous optical surface "
        "monitoring (AlignRT) with a cone-beam CT before the first arc.",
        "Winston-Lutz test on the day of treatment: maximum deviation 0.7 mm.",
        "Rx: 18 Gy x 1. Delivered as planned. Right cerebellum 18 Gy in 1 fraction.",
        "Return in 6 weeks with MRI brain.",
        Signature("Approved by Dr. Imani Castellanos 09/03/2024"),
    ]],
    codes="77372,77432", modality="linac", sites="cranial", lesions=[CRAN_S], fractions=1, imaging="CT MRI",
    positioning="", categories="-plan imaging -positioning dv summary",
    requirements="P+ Y- C- Q- I- M- TV- DC- DV+ SC+",
    notes="Very short community note. Hard negatives: mask offered but declined; Winston-Lutz only; no "
          "diagnosis ('right cerebellar lesion'); no physicist, no physics check. 'Approved by Dr ...' with a "
          "date is the physician's sign-off. Plan missing (no contours, isodose or beams).",
)

# 10 -- spine single-fraction, unsigned draft, no device ------------------------------------------
chart(
    "c7_10",
    header=hdr("St. Columba Medical Center - Radiation Oncology", "JULIET", 10, "01/27/1950"),
    pages=[[
        Paragraph("*** UNSIGNED DRAFT ***", bold=True),
        Heading("Spine SBRT Summary"),
        KeyValue([("Diagnosis", "C79.51 Secondary malignant neoplasm of bone - L2, primary prostate "
                                "adenocarcinoma on ADT; epidural extension abutting the thecal sac"),
                  ("Prepared for", "Felix Adeyemi, MD"),
                  ("Medical Physicist", "Priya Raman"),
                  ("Unit", "Elekta Versa HD with HexaPOD couch")]),
        "Simulation 10/01/2024: the patient was positioned supine, arms crossed on the chest. Planning CT "
        "(1 mm) with a fused T1/T2 MRI of the lumbar spine for GTV and cauda equina delineation.",
        "GTV L2 body and right pedicle; CTV per ISRC; PTV = CTV + 2 mm. Rx 16 Gy x 1, PTV D90 16.3 Gy, cauda "
        "equina Dmax 15.2 Gy. Monaco VMAT, 2 arcs.",
        "Physics pre-treatment review complete (P. Raman, 10/02/2024). MapCHECK2 measurement of the plan: "
        "3%/2 mm gamma 98.9%.",
        "10/03/2024: XVI cone-beam CT with 6D HexaPOD correction before delivery and a verification CBCT "
        "between arcs. L2: 16 Gy in 1 fraction delivered.",
    ]],
    codes="77373,77435,63620", modality="linac", sites="spinal", lesions=[SPINE], fractions=1,
    imaging="CT MRI", positioning="", categories="plan imaging -positioning dv summary",
    requirements="P- Y+ C+ Q+ I+ M- TV+ DC+ IM+ DV+ SC+",
    notes="Hard negatives: 'UNSIGNED DRAFT', physician only 'Prepared for'; positioning described (supine, "
          "arms crossed) without any immobilization device. Physicist as 'Medical Physicist: NAME'.",
)

# 11 -- GammaPlan printout, no physician signature, no diagnosis ----------------------------------
chart(
    "c7_11",
    header=["Leksell GammaPlan 11.3 - Treatment Plan Report (printed 11/05/2024 11:20)",
            "Patient: SEVENPATIENT, KILO   ID: SYN-7011   DOB: 06/21/1963   Unit: Leksell Gamma Knife Perfexion"],
    options={"font": "Courier", "font_size": 9.0},
    pages=[[
        Heading("PLAN SUMMARY"),
        KeyValue([("Plan name", "RPAR_SRS_01"), ("Prescribing physician", "Dr. Elias Northcott"),
                  ("Physicist", "Marguerite Olsen, MS, DABR"),
                  ("Frame", "Leksell Coordinate Frame G, 4 pins, applied 11/05/2024 07:05"),
                  ("Stereotactic images", "MR T1 Gd 1.0 mm (07:40), CT 1.0 mm (07:55), fiducials defined"),
                  ("Dose algorithm", "TMR10")], value_x=170),
        Heading("TARGETS", level=2),
        TextTable([("Target", "Vol (cc)", "Max diam", "Rx (Gy)", "Isodose", "Coverage", "Shots"),
                   ("Target 1 R parietal", "0.92", "1.4 cm", "20.0", "50%", "98.4%", "5")],
                  columns=(0, 120, 180, 240, 290, 345, 410)),
        Heading("RISK STRUCTURES", level=2),
        TextTable([("Structure", "Dmax (Gy)"), ("Brainstem", "1.9"), ("Chiasm", "0.8"), ("Brain V12", "3.1 cc")],
                  columns=(0, 120)),
        Heading("SHOTS", level=2),
        TextTable([("#", "X", "Y", "Z", "Sectors 1-8 (mm)", "Weight"),
                   ("1", "138.2", "92.4", "101.7", "8 8 8 8 4 4 8 8", "1.00"),
                   ("2", "135.9", "94.0", "104.3", "4 4 8 8 8 8 4 4", "0.82"),
                   ("3", "140.1", "90.8", "98.6", "4 4 4 4 8 8 8 8", "0.77"),
                   ("4", "137.0", "95.1", "99.9", "8 4 8 4 8 4 8 4", "0.64"),
                   ("5", "139.4", "93.3", "103.0", "4 4 4 4 4 4 4 4", "0.55")],
                  columns=(0, 30, 90, 150, 210, 360)),
        Heading("APPROVALS / VERIFICATION", level=2),
        KeyValue([("Plan approved (physics)", "M. Olsen 11/05/2024 09:42"),
                  ("Independent dose verification", "secondary calculation of shot times, max deviation 1.1%"),
                  ("Co-ordinate check", "frame co-ordinates and gamma angle verified on the adapter"),
                  ("Treatment status", "DELIVERED 11/05/2024 10:58, total beam-on 41.2 min"),
                  ("Delivered", "Target 1 R parietal 20.0 Gy @ 50%, 1 fraction")], value_x=170),
    ]],
    codes="77371,77432,61796,61800", modality="cobalt60", sites="cranial", lesions=[CRAN_S], fractions=1,
    imaging="CT MRI", positioning="frame", categories="plan imaging positioning dv summary",
    requirements="P- Y+ C+ Q+ I- M+ TV+ DC+ IM+ DV+ SC+",
    notes="Physics-heavy planning-system printout. No physician signature (only 'Prescribing physician'), no "
          "diagnosis ('Target 1 R parietal'). Physics approval, independent dose verification and the frame "
          "are documented.",
)

# 12 -- Elekta lung SBRT; 'Physics' header only, plan check pending, 'Immobilization: None' -------
chart(
    "c7_12",
    header=hdr("Valley Regional Oncology", "LIMA", 12, "11/30/1946"),
    pages=[[
        Heading("Stereotactic Body Radiotherapy - Summary of Treatment"),
        KeyValue([("Indication", "Biopsy-proven squamous cell carcinoma of the left lower lobe, cT1cN0M0; the "
                                 "patient declined lobectomy after thoracic surgery consultation"),
                  ("Immobilization", "None"),
                  ("Simulation", "4DCT 08/01/2024; PET/CT of 07/18/2024 fused for GTV"),
                  ("Machine", "Elekta Versa HD, Agility MLC, 6 MV FFF")], value_x=120),
        "ITV drawn on the maximum-intensity projection and checked on all ten phases; PTV = ITV + 5 mm. "
        "48 Gy in 4 fractions of 12 Gy prescribed so that 95% of the PTV receives 100%. Lung V20 5.6%, "
        "proximal bronchial tree Dmax 24 Gy, heart Dmax 12 Gy. Monaco, 2 partial VMAT arcs.",
        Heading("Physics", level=2),
        KeyValue([("Physics plan check", "pending"),
                  ("EPID portal dosimetry", "passed, gamma 3%/3 mm 99.4%"),
                  ("Machine", "daily output within 1%")], value_x=160),
        "XVI cone-beam CT before each fraction, registered to the ITV; couch shifts below 3 mm on all days.",
        RuledTable([("Site", "Dose/fx", "Fx", "Total", "Start", "End"),
                    ("LLL", "12 Gy", "4", "48 Gy", "08/12/2024", "08/19/2024")]),
        Signature("Authenticated electronically by Samuel Oduya, MD, 08/20/2024 07:55"),
    ]],
    codes="77373,77435", modality="linac", sites="body", lesions=[BODY], fractions=4, imaging="CT PET",
    positioning="", categories="plan imaging -positioning dv summary",
    requirements="P+ Y- C- Q+ I+ M- TV+ DC+ IM+ DV+ SC+",
    notes="Hard negatives: 'Physics' heading with no physicist named; 'Physics plan check: pending'; "
          "'Immobilization: None'. EPID portal dosimetry is patient QA; 'Authenticated electronically by'.",
)

# 13 -- HyperArc 4 lesions; plan approved by physician, Winston-Lutz only, no diagnosis -----------
chart(
    "c7_13",
    header=hdr("Granite State Radiation Associates", "MIKE", 13, "02/02/1958"),
    pages=[[
        Heading("Single-Isocenter Multi-Target SRS Summary"),
        "Four intracranial targets were treated in a single session on 11/30/2024 on the TrueBeam Edge "
        "(HyperArc, single isocenter). The patient was immobilized in an Encompass thermoplastic mask made at "
        "CT simulation on 11/21/2024; a contrast MRI from the same day was registered to the planning CT.",
        "Each GTV was contoured on the MRI with a 1 mm PTV margin. Plan approved by physician 11/29/2024.",
        RuledTable([("Target", "Max diameter", "Rx", "IDL", "Coverage"),
                    ("L frontal", "1.8 cm", "20 Gy", "70%", "99.0%"),
                    ("R parietal", "1.1 cm", "20 Gy", "72%", "99.3%"),
                    ("L cerebellar", "0.9 cm", "20 Gy", "68%", "98.8%"),
                    ("R occipital", "1.4 cm", "20 Gy", "70%", "99.1%")]),
        "Normal brain V12Gy 7.4 cc; brainstem Dmax 6.2 Gy; optic chiasm Dmax 1.9 Gy.",
        "QA: Winston-Lutz within 1 mm (max 0.6 mm); daily output within 2%.",
        "Image guidance: CBCT with 6DoF couch, then ExacTrac stereoscopic verification at each couch angle.",
        "All four targets received 20 Gy in 1 fraction as planned.",
        KeyValue([("Treating team", ""), ("Radiation oncologist", "Amelia Rourke, MD"),
                  ("Physicist", "Declan Moore, MS, DABR"), ("Dosimetrist", "Sara Lind, CMD")]),
        Signature("Signed electronically by: Amelia Rourke, MD  12/02/2024"),
    ]],
    codes="77372,77432,61796,61797", modality="linac", sites="cranial", lesions=[CRAN_S] * 4, fractions=1,
    imaging="CT MRI", positioning="mask", categories="plan imaging positioning dv summary",
    requirements="P+ Y+ C- Q- I- M+ TV+ DC+ IM+ DV+ SC+",
    notes="Hard negatives: 'Plan approved by physician' (not physics); 'QA: Winston-Lutz' and daily output "
          "only; 'four intracranial targets' with no diagnosis. Physicist named in the team list.",
)

# 14 -- text note, CyberKnife trigeminal neuralgia; no physicist, AQA only ------------------------
chart(
    "c7_14",
    text="""\
HILLCREST NEUROSCIENCE - RADIOSURGERY
SEVENPATIENT, NOVEMBER   SYN-7014   DOB 03/15/1949

Dx: G50.0 right trigeminal neuralgia (V2/V3), refractory to carbamazepine and oxcarbazepine;
recurrent pain after microvascular decompression (2019). BNI pain score V.

Procedure: CyberKnife radiosurgery, right trigeminal nerve, 01/15/2024, single session.
Aquaplast mask made at simulation 01/08/2024 and used for treatment. Thin-slice CT cisternogram
and 3D FIESTA MRI fused; target = 6 mm segment of the right trigeminal nerve 3 mm anterior to
the root entry zone.

Rx 60 Gy to the 80% isodose line (max 75 Gy), 6 mm fixed cone, 181 beams, MultiPlan.
Brainstem 12 Gy volume 0.02 cc.

6D skull tracking during delivery, corrections < 0.5 mm / 0.5 deg. Morning QA passed; AQA test
0.4 mm.

Delivered: R trigeminal nerve 60 Gy (80% IDL) x 1. No acute complications. Follow-up 3 months.

e-signed by Gideon Farrow MD 01/16/2024

SYNTHETIC TEST RECORD - no real patient
""",
    codes="77372,77432,61798", modality="robotic_linac", sites="cranial", lesions=[CRAN_C], fractions=1,
    imaging="CT MRI", positioning="mask", categories="plan imaging positioning dv summary",
    requirements="P+ Y- C- Q- I+ M+ TV+ DC+ IM+ DV+ SC+",
    notes="Terse text note. No physicist and no physics check at all; morning QA and the CyberKnife AQA "
          "targeting test are machine QA, not patient QA. Indication as 'Dx:' with ICD-10 and prior therapy.",
)

# 15 -- HCC SBRT; typed radiation oncologist, PSQA scheduled, device only planned -----------------
chart(
    "c7_15",
    header=hdr("Eastside Community Hospital - Cancer Care", "OSCAR", 15, "05/05/1956"),
    pages=[[
        Heading("Liver SBRT - Plan Directive and Course Record"),
        KeyValue([("Diagnosis", "Hepatocellular carcinoma, segment VI, 3.4 cm (C22.0); Child-Pugh A6; "
                                "residual arterial enhancement after TACE"),
                  ("Radiation Oncologist", "Patrice Okonjo, MD"),
                  ("Physicist", "Hye-jin Park, MS, DABR")], value_x=130),
        Heading("Simulation order (01/10/2024)", level=2),
        BulletList(["CT simulation with IV contrast, exhale breath-hold",
                    "Immobilization: Vac-Lok bag to be fabricated at simulation",
                    "MRI liver with gadoxetate within 2 weeks for fusion"]),
        Heading("Plan", level=2),
        "GTV from the arterial-phase CT and fused gadoxetate MRI (01/12/2024); PTV = GTV + 5 mm. 40 Gy in 5 "
        "fractions, 95% of the PTV covered by the prescription; normal liver (liver minus GTV) mean 11.2 Gy; "
        "duodenum D0.5cc 24.6 Gy. Eclipse, 2 VMAT arcs, 6X-FFF, TrueBeam.",
        KeyValue([("Physics plan check", "completed 01/22/2024 - H. Park, MS, DABR"),
                  ("Patient-specific QA", "scheduled")], value_x=160),
        Heading("Course record", level=2),
        RuledTable([("Fx", "Date", "Dose", "IGRT"),
                    ("1", "01/24/2024", "8 Gy", "CBCT, liver/diaphragm match"),
                    ("2", "01/26/2024", "8 Gy", "CBCT"),
                    ("3", "01/29/2024", "8 Gy", "CBCT"),
                    ("4", "01/31/2024", "8 Gy", "CBCT"),
                    ("5", "02/02/2024", "8 Gy", "CBCT")]),
        "Segment VI HCC: 40 Gy in 5 fractions completed 02/02/2024.",
    ]],
    codes="77373,77435", modality="linac", sites="body", lesions=[BODY], fractions=5, imaging="CT MRI",
    positioning="", categories="plan imaging -positioning dv summary",
    requirements="P- Y+ C+ Q- I+ M- TV+ DC+ IM+ DV+ SC+",
    notes="Hard negatives: radiation oncologist only as a typed header field, no signature; patient QA "
          "'scheduled'; the Vac-Lok bag appears only in the simulation order ('to be fabricated').",
)

# 16 -- CyberKnife 2 spine levels; 'Diagnosis: see H&P', no immobilization ------------------------
chart(
    "c7_16",
    header=hdr("Summit Spine Radiosurgery", "PAPA", 16, "10/10/1962"),
    pages=[[
        Heading("Spinal Radiosurgery - Course Summary"),
        KeyValue([("Diagnosis", "see H&P"), ("Targets", "T4 and T9 vertebral bodies"),
                  ("System", "CyberKnife M6, Xsight Spine"), ("Treatment date", "02/12/2024, single session")]),
        "No immobilization device was used; the patient lay supine on the standard couch pad and was tracked "
        "with Xsight Spine throughout.",
        "Planning CT (1.25 mm) with CT myelogram on 02/01/2024; MRI thoracic spine fused. GTV and cord "
        "contoured at each level, PTV = GTV + 2 mm trimmed off the cord.",
        RuledTable([("Level", "Rx", "Isodose", "PTV coverage", "Cord Dmax"),
                    ("T4", "18 Gy x 1", "77%", "90.2%", "12.6 Gy"),
                    ("T9", "18 Gy x 1", "80%", "92.5%", "11.9 Gy")]),
        "PHYSICIST: Lars Eriksen. Physics plan check: complete 02/09/2024. Secondary dose calculation "
        "(independent MU check): within 2% for both plans.",
        "Both levels were treated in one session on 02/12/2024: T4 18 Gy, T9 18 Gy, one fraction each.",
        Signature("Electronically signed - Ingrid Solberg, MD - 02/14/2024"),
    ]],
    codes="77373,77435,63620,63621", modality="robotic_linac", sites="spinal", lesions=[SPINE, SPINE],
    fractions=1, imaging="CT MRI", positioning="", categories="plan imaging -positioning dv summary",
    requirements="P+ Y+ C+ Q+ I- M- TV+ DC+ IM+ DV+ SC+",
    notes="Hard negatives: 'Diagnosis: see H&P' (no diagnosis in this record) and 'No immobilization device "
          "was used'. Secondary MU check is patient-specific QA; 'PHYSICIST: NAME' is a named physicist.",
)

# 17 -- CyberKnife prostate; signature pending, blank physicist line ------------------------------
chart(
    "c7_17",
    header=hdr("Bayview Prostate Center", "QUEBEC", 17, "07/07/1951"),
    pages=[[
        Heading("CyberKnife Prostate SBRT - Treatment Summary"),
        "Dx: C61 prostate adenocarcinoma, Gleason 3+3=6, PSA 5.4, cT1c, low risk; the patient chose SBRT over "
        "active surveillance.",
        "Four gold fiducials were implanted on 02/12/2024. Simulation on 02/20/2024 supine in an Alpha Cradle "
        "with CT (1.5 mm) and fused T2 MRI. CTV = prostate; PTV = CTV + 5 mm, 3 mm posteriorly.",
        "Plan: 36.25 Gy in 5 fractions to the 84% isodose line, PTV coverage 96.1%, rectum V36Gy 0.6 cc, "
        "urethra Dmax 38.9 Gy. Accuray Precision, Iris collimator, fiducial tracking.",
        "DQA: the plan was delivered to a phantom; ion chamber dose within 1.8% of the planned point dose.",
        "Fiducial tracking with kV image pairs every 30-60 s during each fraction. Treatment dates 03/04, "
        "03/06, 03/08, 03/11 and 03/13/2024. Prostate: 36.25 Gy / 5 fx delivered.",
        TextTable([("Physicist:", "________________________"),
                   ("Radiation oncologist:", "Warren Tate, MD  (electronic signature pending)")],
                  columns=(0, 150), header=False),
    ]],
    codes="77373,77435", modality="robotic_linac", sites="body", lesions=[BODY], fractions=5,
    imaging="CT MRI", positioning="body_immobilization fiducials", categories="plan imaging positioning dv summary",
    requirements="P- Y- C- Q+ I+ M+ TV+ DC+ IM+ DV+ SC+",
    notes="Hard negatives: 'electronic signature pending'; a blank 'Physicist:' line; no physics plan check "
          "anywhere. Phantom DQA is patient QA; Alpha Cradle is immobilization.",
)

# 18 -- Novalis fSRS cavity; every item documented (second baseline, different words) -------------
chart(
    "c7_18",
    header=hdr("Cascade Neurosciences Institute - Radiosurgery", "ROMEO", 18, "12/01/1969"),
    options={"two_columns": True, "font": "Times-Roman"},
    pages=[[
        Heading("Fractionated SRS - Resection Cavity"),
        "History: resected non-small cell lung cancer metastasis of the left temporal lobe (gross total "
        "resection 02/26/2024). Adjuvant fractionated SRS to the cavity recommended.",
        "Immobilization: Brainlab frameless mask. Planning CT 1 mm (03/14/2024) fused with post-operative "
        "MPRAGE MRI (03/12/2024).",
        "Targets: cavity CTV on fused MRI, 3.0 cm maximum; PTV = CTV + 2 mm. Brainlab Elements, dynamic "
        "conformal arcs x 5, Novalis Tx. Rx 30 Gy in 5 fractions to the 80% isodose; PTV V100 97.2%; "
        "brainstem Dmax 14 Gy; optic chiasm Dmax 8 Gy.",
        ColumnBreak(),
        "Physics plan check completed (K. Tanaka, PhD, DABR) 03/18/2024. Independent dose calculation "
        "(Mobius3D) agreed within 1.4%.",
        "ExacTrac stereoscopic x-ray positioning and 6D couch correction before every arc, five fractions "
        "03/20 - 03/27/2024.",
        "Summary: left temporal resection cavity, 30 Gy / 5 fx, completed 03/27/2024.",
        Signature("Signed: Beatrix Holloway, MD 2024-04-02"),
    ]],
    codes="77373,77435", modality="linac", sites="cranial", lesions=[CRAN_S], fractions=5, imaging="CT MRI",
    positioning="mask", categories="plan imaging positioning dv summary",
    requirements="P+ Y+ C+ Q+ I+ M+ TV+ DC+ IM+ DV+ SC+",
    notes="Two-column Times layout, every item present: history as the indication, independent dose "
          "calculation as patient QA, physicist named inside the plan-check sentence.",
)

# 19 -- GK physics record, 2 lesions; daily QA only, no diagnosis ----------------------------------
chart(
    "c7_19",
    header=hdr("Midland Gamma Knife - Physics Treatment Record", "SIERRA", 19, "04/04/1965"),
    options={"font": "Helvetica", "font_size": 9.0},
    pages=[[
        Heading("Gamma Knife Perfexion - Physics Treatment Record"),
        KeyValue([("Treatment date", "05/15/2024"), ("Medical Physicist", "Rosa Delgado, PhD"),
                  ("Neurosurgeon", "Victor Anand, MD"), ("Frame", "Leksell G frame, applied 06:50, 4 pins"),
                  ("Imaging", "Stereotactic MRI T1+C 1 mm; no CT")], value_x=140),
        RuledTable([("Target", "Max diam", "Dose", "Isodose", "Shots", "Coverage", "Delivered"),
                    ("L frontal", "1.1 cm", "20 Gy", "50%", "3", "98.9%", "20 Gy"),
                    ("R thalamus", "0.9 cm", "16 Gy", "50%", "2", "97.8%", "16 Gy")]),
        "Brainstem Dmax 7.4 Gy; optic chiasm Dmax 2.1 Gy; V12 normal brain 2.4 cc.",
        KeyValue([("Daily QA", "output +0.6%, focus precision 0.2 mm, interlocks OK"),
                  ("Plan check by physicist", "complete - R. Delgado 05/15/2024 09:05"),
                  ("Co-ordinate verification", "frame adapter co-ordinates double-checked by two staff"),
                  ("Treatment", "single session, 38 min, no interruptions")], value_x=170),
        Signature("Approved: Dr. Victor Anand 05/15/2024 (e-signature)"),
    ]],
    codes="77371,77432,61796,61797,61800", modality="cobalt60", sites="cranial", lesions=[CRAN_S, CRAN_S],
    fractions=1, imaging="MRI", positioning="frame", categories="plan imaging positioning dv summary",
    requirements="P+ Y+ C+ Q- I- M+ DC+ IM+ DV+ SC+",
    notes="Physics-heavy GK record. Hard negatives: daily QA (output, focus precision) is machine QA; no "
          "diagnosis anywhere. Explicit 'Plan check by physicist', e-signed physician approval.",
)

# 20 -- same-day pre-treatment note with addendum: every requirement only hypothetical -------------
chart(
    "c7_20",
    header=hdr("Westbrook Oncology", "TANGO", 20, "01/19/1941"),
    pages=[[
        Heading("SBRT Visit Note - 06/10/2024"),
        "Patient here for single-fraction SBRT to the right lower lobe today (34 Gy x 1, 1.8 cm peripheral "
        "nodule). 4DCT simulation was done on 05/30/2024; the ITV was reviewed with physics last week.",
        "Positioning: immobilization per simulation note.",
        "Plan status: approved by me 06/06/2024. The plan will be checked by physics before the patient is "
        "set up, and patient-specific QA is to be performed this morning.",
        "Consent reviewed again; questions answered. Oxygen saturation 95% on room air.",
        Heading("Addendum 14:20", level=2),
        "Treatment delivered as planned after cone-beam CT alignment to the ITV (shifts 2 mm lateral, 1 mm "
        "vertical). RLL: 34 Gy in 1 fraction delivered 06/10/2024. No acute events.",
        Signature("Dictated, not yet authenticated - Odette Lambert, MD"),
    ]],
    codes="77373,77435", modality="linac", sites="body", lesions=[BODY], fractions=1, imaging="CT",
    positioning="", categories="-plan imaging -positioning dv summary",
    requirements="P- Y- C- Q- I- M- DV+ SC+",
    notes="All six requirements only hypothetical or unnamed: 'will be checked by physics', 'QA is to be "
          "performed', 'reviewed with physics', 'immobilization per simulation note', a nodule with no "
          "diagnosis, 'Dictated, not yet authenticated'. The addendum documents CBCT and the delivered dose.",
)

# 21 -- CyberKnife liver, 2 lesions, fiducials; no diagnosis -------------------------------------
chart(
    "c7_21",
    header=hdr("Lakeview Medical Center - CyberKnife Program", "UNIFORM", 21, "06/16/1954"),
    pages=[[
        Heading("Treatment Summary: CyberKnife SBRT, Liver"),
        KeyValue([("Targets", "Liver segment IVa (2.2 cm) and segment VII (1.6 cm)"),
                  ("Fiducials", "3 gold seeds placed percutaneously 06/20/2024"),
                  ("Immobilization", "Vacuum cushion (BlueBAG), arms at sides"),
                  ("Planning images", "Triphasic CT 07/01/2024, gadoxetate MRI 07/02/2024 fused"),
                  ("Tracking", "Fiducial tracking with Synchrony respiratory modelling")], value_x=130),
        "GTVs contoured on the hepatobiliary-phase MRI; PTV = GTV + 3 mm. 45 Gy in 3 fractions to each target "
        "(Iris collimator, 70% isodose); 700 cc liver below 17 Gy; stomach Dmax 21 Gy.",
        "Physics: Annika Berg, M.S., DABR. Plan approved by physics on 07/08/2024 (A. Berg). Patient-specific "
        "QA passed (98% gamma, 3%/2 mm).",
        RuledTable([("Target", "Fx 1 (07/15)", "Fx 2 (07/17)", "Fx 3 (07/19)", "Total"),
                    ("Segment IVa", "15 Gy", "15 Gy", "15 Gy", "45 Gy"),
                    ("Segment VII", "15 Gy", "15 Gy", "15 Gy", "45 Gy")]),
        Signature("Electronically Signed By: Hollis Wren MD   Date/Time: 07/22/2024 17:45"),
    ]],
    codes="77373,77435", modality="robotic_linac", sites="body", lesions=[BODY, BODY], fractions=3,
    imaging="CT MRI", positioning="body_immobilization fiducials", categories="plan imaging positioning dv summary",
    requirements="P+ Y+ C+ Q+ I- M+ TV+ DC+ IM+ DV+ SC+",
    notes="Everything except the indication: 'liver segment IVa and VII' targets with no diagnosis.",
)

# 22 -- linac SRS 2 mets, unnamed physicist approved plan, no mask tolerated --------------------
chart(
    "c7_22",
    header=hdr("Foothills Cancer Institute", "VICTOR", 22, "09/25/1960"),
    pages=[[
        Heading("Stereotactic Radiosurgery Treatment Record"),
        KeyValue([("Dx", "Small cell lung cancer with two new brain metastases after chemo-immunotherapy; "
                         "patient declined whole-brain RT"),
                  ("Unit", "Varian Edge"), ("Date", "10/08/2024")], value_x=80),
        "Immobilization: none - the patient could not tolerate the thermoplastic mask at simulation and was "
        "treated with surface-guided motion monitoring (IDENTIFY, 1 mm / 1 degree beam-hold threshold).",
        "Planning CT (10/01/2024) registered to a 3D T1 post-contrast MRI (09/30/2024). GTVs on MRI, PTV = "
        "GTV + 1.5 mm. Rx 20 Gy x 1 to each PTV; coverage 98-99%; brainstem Dmax 3 Gy.",
        RuledTable([("Lesion", "Diameter", "Rx", "Delivered"),
                    ("R precentral", "1.3 cm", "20 Gy", "20 Gy x 1"),
                    ("L cerebellar", "0.7 cm", "20 Gy", "20 Gy x 1")]),
        "The physicist reviewed and approved the plan before delivery. Portal dosimetry of all arcs: 99.6% "
        "passing (3%/1 mm).",
        "Cone-beam CT before treatment with 6D correction; repeat CBCT after a beam hold at arc 3.",
        "I was physically present for the entire treatment.",
        Signature("Min-jun Xu, MD   10/08/2024"),
    ]],
    codes="77372,77432,61796,61797", modality="linac", sites="cranial", lesions=[CRAN_S, CRAN_S], fractions=1,
    imaging="CT MRI", positioning="", categories="plan imaging -positioning dv summary",
    requirements="P+ Y- C+ Q+ I+ M- TV+ DC+ IM+ DV+ SC+",
    notes="Hard negatives: 'Immobilization: none' (mask not tolerated; SGRT is monitoring, not immobilization); "
          "'the physicist' unnamed (plan approval by the physicist still counts as a physics check). "
          "Physician: presence attestation with a dated name.",
)

# 23 -- L5 chordoma SBRT; typed name, physics team, machine end-to-end test -----------------
chart(
    "c7_23",
    header=hdr("Delta Community Radiation Center", "WHISKEY", 23, "02/28/1967"),
    pages=[[
        Heading("SBRT Course Summary - Lumbar Spine"),
        "Dx: recurrent chordoma of the L5 vertebral body after en bloc resection (2021); radiographic "
        "progression on MRI of 06/2024.",
        "Simulated 07/22/2024: positioned supine, arms on chest; no custom immobilization device. CT 1 mm with "
        "fused T1/T2 MRI of the lumbar spine. GTV on MRI; CTV = GTV + 5 mm within bone; PTV = CTV + 2 mm.",
        "Prescription 30 Gy in 5 fractions to the PTV (D95 = 100%), cauda equina Dmax 28 Gy, rectum D1cc "
        "24 Gy. Eclipse VMAT, TrueBeam.",
        "Physics second check: done 08/01/2024 (physics team). The physics team also notes that the end-to-end "
        "test on the anthropomorphic phantom was performed at commissioning and daily QA was within tolerance.",
        "CBCT with 6DoF couch correction before each fraction. L5: 30 Gy / 5 fractions, "
        "08/05/2024 - 08/09/2024.",
        KeyValue([("Radiation Oncologist", "Vivian Cho, MD"), ("Dosimetrist", "Paul Brandt, CMD")]),
    ]],
    codes="77373,77435", modality="linac", sites="spinal", lesions=[SPINE], fractions=5, imaging="CT MRI",
    positioning="", categories="plan imaging -positioning dv summary",
    requirements="P- Y- C+ Q- I+ M- TV+ DC+ IM+ DV+ SC+",
    notes="Hard negatives: radiation oncologist only a typed field; 'physics team' (no name); end-to-end "
          "phantom test at commissioning and daily QA are machine QA; 'no custom immobilization device'.",
)

# 24 -- MOSAIQ QCL export (text); MD approval not done, no diagnosis -----------------------------
chart(
    "c7_24",
    text="""\
MOSAIQ  -  Quality Checklist (QCL) Report            Printed 09/20/2024 08:02
Patient: SEVENPATIENT, XRAY     ID: SYN-7024     DOB: 11/11/1953
Course: C1 Lung SBRT     Site: RUL     Machine: TrueBeam 2     Rx: 54 Gy / 3 fx (18 Gy/fx)

QCL item                              Responsible   Status      Completed
------------------------------------  ------------  ----------  ------------------------------
CT Sim (4DCT, BodyFIX bag + wrap)      Therapy       Completed   09/03/2024 jreyes
Contours reviewed (ITV, PTV, OARs)     MD            Completed   09/06/2024 hcole
Physics Plan Check                     Physics       Completed   09/10/2024 omensah
PSQA ArcCHECK                          Physics       Completed   09/10/2024 omensah  98.7% 3%/2mm
MD Approval - Treatment Summary        MD            Not yet completed
Weekly Chart Check                     Physics       Completed   09/18/2024 omensah

Staff
  omensah   Mensah, Oluwaseun  PhD   Medical Physicist
  hcole     Cole, Harriet      MD    Radiation Oncologist
  jreyes    Reyes, Joaquin     RTT   Therapist

Treatment record
  Fx  Date        Dose     Cumulative   Imaging
  1   09/12/2024  18 Gy    18 Gy        CBCT approved hcole
  2   09/16/2024  18 Gy    36 Gy        CBCT approved hcole
  3   09/18/2024  18 Gy    54 Gy        CBCT approved hcole
Course status: Completed 09/18/2024 (3 of 3 fractions), RUL 54 Gy.

SYNTHETIC TEST RECORD - no real patient
""",
    codes="77373,77435", modality="linac", sites="body", lesions=[BODY], fractions=3, imaging="CT",
    positioning="body_immobilization", categories="-plan imaging positioning dv summary",
    requirements="P- Y+ C+ Q+ I- M+ DC- DV+ SC+",
    notes="Checklist export. Physicist identified by user id plus a staff key with PhD/Medical Physicist; "
          "physics plan check and ArcCHECK completed. Hard negatives: 'MD Approval - Not yet completed' (CBCT "
          "approvals by user id are image approvals, not a signed summary), no diagnosis, only 'Site: RUL'.",
)

# 25 -- prostate SBRT; physician-only plan approval, machine QA, no device, no diagnosis ---------
chart(
    "c7_25",
    header=hdr("Greenfield Men's Health - Radiation Oncology", "YANKEE", 25, "03/21/1949"),
    pages=[[
        Heading("SBRT Summary"),
        TextTable([("Site", "Prostate and proximal seminal vesicles"),
                   ("Prescription", "36.25 Gy in 5 fractions, 7.25 Gy per fraction"),
                   ("Immobilization", "not used"),
                   ("Simulation", "CT 1.5 mm, full bladder / empty rectum protocol; T2 MRI fused"),
                   ("Treatment unit", "Varian TrueBeam, 2 VMAT arcs 10X-FFF"),
                   ("Physician plan approval", "09/20/2024 L. Karas"),
                   ("Machine QA", "daily machine QA passed on each treatment day"),
                   ("Physicist present at first fraction", "Thi Nguyen, MS, DABR")],
                  columns=(0, 190), header=False),
        "Targets: CTV prostate + proximal 1 cm SV; PTV = CTV + 5 mm (3 mm posterior). PTV V100 95.8%; rectum "
        "V36Gy 0.7 cc; bladder V37Gy 3.9 cc; penile bulb mean 14 Gy.",
        "Daily CBCT soft-tissue match to the prostate before each fraction. Fractions delivered 09/23, 09/25, "
        "09/27, 09/30 and 10/02/2024. Prostate/SV: 36.25 Gy in 5 fractions completed.",
        Signature("Signed: Leopold Karas, MD 10/03/2024"),
    ]],
    codes="77373,77435", modality="linac", sites="body", lesions=[BODY], fractions=5, imaging="CT MRI",
    positioning="", categories="plan imaging -positioning dv summary",
    requirements="P+ Y+ C- Q- I- M- TV+ DC+ IM+ DV+ SC+",
    notes="Hard negatives: plan approved by the physician (not physics) with a physicist merely present at "
          "fraction 1; daily machine QA; 'Immobilization: not used'; only the treated site, no diagnosis.",
)

# 26 -- two-column academic liver SBRT; 'Physics' section without names, no device ----------------
chart(
    "c7_26",
    header=hdr("Hollings Academic Medical Center - Radiation Oncology", "ZULU", 26, "08/30/1958"),
    options={"two_columns": True},
    pages=[[
        Heading("Liver SBRT: End-of-Treatment Note"),
        Heading("Clinical summary", level=2),
        "Colorectal adenocarcinoma with a solitary 2.6 cm segment V liver metastasis (C78.7) after FOLFOX; "
        "not a resection candidate because of an insufficient future liver remnant. ECOG 1.",
        Heading("Simulation", level=2),
        "Patient positioned supine with arms above the head; no immobilization device. Exhale breath-hold CT "
        "with contrast; Eovist MRI registered for the GTV.",
        Heading("Plan", level=2),
        "GTV on MRI; PTV = GTV + 5 mm. 50 Gy in 5 fractions, PTV D95 = 50 Gy; liver minus GTV mean 10.9 Gy; "
        "duodenum D0.5cc 27 Gy. RayStation, 2 arcs, TrueBeam.",
        ColumnBreak(),
        Heading("Physics", level=2),
        "Plan check: performed by physics, no issues found. Secondary MU verification (RadCalc): 1.8% "
        "difference.",
        Heading("Delivery", level=2),
        "Breath-hold CBCT before each fraction; 10/14 - 10/25/2024, five fractions. Segment V metastasis: "
        "50 Gy / 5 fx completed.",
        Heading("Attestation", level=2),
        "I have reviewed the course and agree with the above.",
        Signature("Signed Theodora Quist, MD, 10/28/2024"),
    ]],
    codes="77373,77435", modality="linac", sites="body", lesions=[BODY], fractions=5, imaging="CT MRI",
    positioning="", categories="plan imaging -positioning dv summary",
    requirements="P+ Y- C+ Q+ I+ M- TV+ DC+ IM+ DV+ SC+",
    notes="Two columns. Hard negatives: a 'Physics' section that names nobody; 'no immobilization device' "
          "(arms above head is a position, not a device). RadCalc secondary MU verification is patient QA.",
)

# 27 -- GK Icon mask single session, unsigned draft, machine QA, no diagnosis --------------------
chart(
    "c7_27",
    header=["*** UNSIGNED DRAFT ***   Riverside Gamma Knife Suite",
            "Patient: SEVENPATIENT, AURORA    MRN: SYN-7027    DOB: 05/25/1972"],
    pages=[[
        Heading("Gamma Knife Icon Treatment Note"),
        "Left occipital lesion, 1.3 cm. Treated 12/09/2024 in a single session, frameless, on the Leksell Gamma "
        "Knife Icon.",
        "Immobilization: thermoplastic mask with the Icon head cushion; IFMM nose marker, 1.5 mm threshold.",
        "Planning MRI 12/05/2024 (1 mm T1 post-contrast). GTV outlined on MRI, no margin. 20 Gy to the 50% "
        "isodose, coverage 98.6%, 7 shots; V12 1.9 cc.",
        "Icon QA (HDMM, CBCT precision test): within tolerance.",
        "Stereotactic CBCT at setup co-registered to the planning MRI; no IFMM interruptions.",
        KeyValue([("Physicist", "Henrik Aalto, MSc, DABR"), ("Delivered", "L occipital 20 Gy x 1 (50% IDL)")]),
        Signature("Rachel Imbert, MD"),
    ]],
    codes="77371,77432", modality="cobalt60", sites="cranial", lesions=[CRAN_S], fractions=1, imaging="MRI",
    positioning="mask", categories="plan imaging positioning dv summary",
    requirements="P- Y+ C- Q- I- M+ TV+ DC+ IM+ DV+ SC+",
    notes="Hard negatives: 'UNSIGNED DRAFT' banner over a bare typed name; Icon machine QA only; no physics "
          "plan check; 'left occipital lesion' with no diagnosis. Physicist as a named field.",
)

# 28 -- GK AVM with frame and angiography; daily QA only --------------------------------------------
chart(
    "c7_28",
    header=hdr("Capital Neurosurgery - Radiosurgery Program", "BOREALIS", 28, "10/17/1988"),
    pages=[[
        Heading("Gamma Knife Radiosurgery for AVM"),
        KeyValue([("Indication", "Spetzler-Martin grade II arteriovenous malformation, left parietal (Q28.2), "
                                 "presenting with focal seizures; deep venous drainage absent; not favorable "
                                 "for resection because of eloquent location"),
                  ("Unit", "Leksell Gamma Knife Esprit"), ("Date", "03/18/2024")], value_x=90),
        "Leksell frame placed with four pins under local anesthesia and light sedation. Stereotactic biplanar "
        "angiography and stereotactic MRI (T1 post-contrast, TOF) were obtained with the frame on.",
        "Nidus outlined on angiography and MRI (volume 3.4 cc, 2.2 cm); 20 Gy to the 50% isodose, coverage "
        "97.1%, 14 shots. Optic pathways Dmax 3 Gy; 12 Gy volume 8.1 cc.",
        "Physics: S. Abernathy, PhD. Plan reviewed and approved by S. Abernathy, PhD, 03/18/2024 10:40. Daily "
        "Gamma Knife QA completed. Co-ordinates verified at the unit before treatment.",
        "Treatment delivered 03/18/2024: left parietal AVM nidus, 20 Gy at 50% in one session. Frame removed; "
        "discharged home the same day.",
        Signature("Electronically signed by Celeste Ivanova, MD (Neurosurgery) 03/18/2024 and "
                  "Andre Poirier, MD (Radiation Oncology) 03/19/2024"),
    ]],
    codes="77371,77432,61798,61800", modality="cobalt60", sites="cranial", lesions=[CRAN_C], fractions=1,
    imaging="MRI angiography", positioning="frame", categories="plan imaging positioning dv summary",
    requirements="P+ Y+ C+ Q- I+ M+ TV+ DC+ IM+ DV+ SC+",
    notes="Fully documented AVM case except patient-specific QA (daily GK QA only; co-ordinate verification is "
          "set-up verification).",
)

# 29 -- ZAP-X; scribe note awaiting co-signature, film PSQA -----------------------------------------
chart(
    "c7_29",
    header=hdr("Desert Springs Neurosurgical Radiosurgery", "CASSIOPEIA", 29, "07/04/1974"),
    options={"font": "Helvetica"},
    pages=[[
        Heading("ZAP-X Radiosurgery - Procedure Summary"),
        "Right frontal lesion, 1.2 cm, treated on 04/11/2024 with the ZAP-X gyroscopic system in a single "
        "session.",
        "The patient was immobilized in a ZAP-X thermoplastic head mask. Planning CT (0.7 mm) and a volumetric "
        "T1 post-contrast MRI (04/04/2024) were registered in the ZAP-X planning system.",
        "GTV on MRI, no margin; 21 Gy to the 60% isodose line, coverage 98%, 2 isocenters, 7.5 mm collimator; "
        "brain V12 2.6 cc.",
        "Patient-specific QA passed, 98% gamma (2%/1 mm) on film.",
        "Orthogonal kV imaging before and during delivery; corrections under 0.5 mm.",
        "Delivered: right frontal lesion 21 Gy in 1 fraction.",
        Paragraph("Note created by: M. Ortega (scribe) on behalf of Dr. Omar Haddad. Awaiting co-signature.",
                  bold=False),
    ]],
    codes="77372,77432", modality="linac", sites="cranial", lesions=[CRAN_S], fractions=1, imaging="CT MRI",
    positioning="mask", categories="plan imaging positioning dv summary",
    requirements="P- Y- C- Q+ I- M+ TV+ DC+ IM+ DV+ SC+",
    notes="Hard negatives: scribe note 'awaiting co-signature'; no physicist and no physics check; no "
          "diagnosis. Film patient-specific QA with a passing rate is met.",
)

# 30 -- 8-fraction central lung (not SBRT) claimed as SBRT; unnamed physicist, check pending ------
chart(
    "c7_30",
    header=hdr("Northshore Regional Cancer Institute", "DRACO", 30, "12/24/1947"),
    pages=[[
        Heading("Hypofractionated Stereotactic Radiotherapy - Central Lung"),
        "Diagnosis: non-small cell lung carcinoma (squamous) of the left hilum abutting the proximal bronchial "
        "tree, cT1cN0M0 (C34.02), inoperable. Given the ultracentral location a risk-adapted 8-fraction "
        "regimen was chosen.",
        "Simulation 01/08/2024 with 4DCT, supine with arms above head; no immobilization device used. PET/CT "
        "of 12/20/2023 fused for target definition.",
        "ITV from 4DCT; PTV = ITV + 5 mm. 60 Gy in 8 fractions (7.5 Gy/fx), PTV D95 100%; PBT Dmax 62 Gy, "
        "esophagus Dmax 38 Gy. Eclipse, 2 VMAT arcs.",
        "The physicist reviewed the plan with me; formal physics plan check pending at the time of this "
        "dictation. MapCHECK measurement: 3%/2 mm gamma 97.9% (passed).",
        "CBCT before each of 8 fractions, 01/15 - 01/26/2024. Left hilar tumor: 60 Gy in 8 fractions completed.",
        Signature("Electronically signed by Gustavo Lindqvist, MD  01/29/2024 12:31"),
    ]],
    codes="77373,77435", modality="linac", sites="body", lesions=[BODY], fractions=8, imaging="CT PET",
    positioning="", categories="plan imaging -positioning dv summary",
    requirements="P+ Y- C- Q+ I+ M- TV+ DC+ IM+ DV+ SC+",
    notes="8-fraction course claimed as SBRT (both codes inconsistent, no delivery code). Hard negatives: "
          "'the physicist' unnamed and 'formal physics plan check pending'; no immobilization device.",
)

# 31 -- text planning-system printout, cervical spine; no MD signature, dosimetrist approval, DQA not done
chart(
    "c7_31",
    text="""\
RayStation 12A  -  Plan Report                                 Printed: 10/07/2024 15:12
Patient: SEVENPATIENT, ERIDANUS   ID: SYN-7031   DOB: 02/14/1959
Plan: C5_SBRT_2fx   Machine: TrueBeam_STX_1   Technique: VMAT, 2 arcs, 6X-FFF
Dx: C79.51 metastatic papillary thyroid carcinoma, C5 vertebral body with ventral epidural disease

Setup / immobilization: supine, long Orfit head-neck-shoulder thermoplastic mask, knee wedge
Planning images: CT 1 mm (09/23/2024) + MRI C-spine T1/T2 (09/20/2024), rigid registration to C4-C6

ROI          Type   Volume(cc)  Rx        D95(Gy)  Dmax(Gy)
GTV_C5       GTV      6.8        -         24.6     26.9
PTV_24       PTV     11.2       24 Gy/2   23.9     27.0
SpinalCord   OAR      -          -          -       13.1 (limit 17)
Esophagus    OAR      -          -          -       19.8 (limit 25)

Plan approval: Planning Approved by J. Kline, CMD (dosimetrist) 10/02/2024
Medical Physicist: Farah Qureshi, PhD
DQA: not performed (independent calculation waived for this plan)

Delivery log: Fx 1 10/03/2024 CBCT + 6DoF, Fx 2 10/05/2024 CBCT + 6DoF  -  C5: 24 Gy in 2 fx delivered

Physician: ____________________   Date: __________

SYNTHETIC TEST RECORD - no real patient
""",
    codes="77373,77435,63620", modality="linac", sites="spinal", lesions=[SPINE], fractions=2,
    imaging="CT MRI", positioning="mask", categories="plan imaging positioning dv summary",
    requirements="P- Y+ C- Q- I+ M+ TV+ DC+ IM+ DV+ SC+",
    notes="Plan-report text. Hard negatives: blank physician signature line; plan approved by a dosimetrist "
          "(not physics) with a physicist merely listed; 'DQA: not performed'. Thermoplastic mask for C-spine.",
)

# 32 -- CyberKnife cranial 3 fx; mask declined, physics team, end-to-end test -------------------------
chart(
    "c7_32",
    header=hdr("Rosewood Cancer Network - CyberKnife Center", "FORNAX", 32, "11/03/1945"),
    pages=[[
        Heading("Fractionated Radiosurgery - Completion Letter"),
        "Dear Dr. Amundsen,",
        "Your patient completed fractionated CyberKnife radiosurgery for a 3.8 cm left temporal metastasis "
        "from endometrial carcinoma (C79.31), with KPS 80 and stable extracranial disease.",
        "An Aquaplast mask was offered at simulation but she declined it; she was treated without a mask, "
        "with 6D skull tracking correcting head position every 30 seconds.",
        "The planning CT (10/02/2024, 1 mm) was fused with a volumetric gadolinium MRI (09/30/2024); the GTV "
        "was outlined on MRI with a 1 mm PTV margin. We prescribed 27 Gy in 3 fractions to the 70% isodose "
        "line (coverage 96%), 152 beams with the Iris collimator.",
        "The plan was discussed with the physics team; the physics check is pending sign-off. The CyberKnife "
        "end-to-end test and AQA were within tolerance during the week of treatment.",
        "Fractions were delivered on 10/09, 10/11 and 10/14/2024: left temporal metastasis, 27 Gy in 3 "
        "fractions, all delivered.",
        "Sincerely,",
        Signature("Signed: Harriet Vance, MD, Radiation Oncology, 10/15/2024"),
    ]],
    codes="77373,77435,61798", modality="robotic_linac", sites="cranial", lesions=[CRAN_C], fractions=3,
    imaging="CT MRI", positioning="", categories="plan imaging -positioning dv summary",
    requirements="P+ Y- C- Q- I+ M- TV+ DC+ IM+ DV+ SC+",
    notes="Letter style. Hard negatives: mask offered but declined; 'physics team'; 'physics check is pending "
          "sign-off'; end-to-end test and AQA are machine QA. 3.8 cm metastasis is complex (size).",
)


# ------------------------------------------------------------------------------------------------
# Writing
# ------------------------------------------------------------------------------------------------

README = """\
# Blind corpus 7: documentation requirements

Generated by `scripts/make_blind_corpus7.py` (do not edit by hand). {n} synthetic stereotactic treatment
records (`c7_NN.pdf`, or `c7_NN.txt` for EHR/checklist/plan-report text exports) with gold labels
`c7_NN.gold.json` in the dev-corpus format plus `requirements`: for each requirement id the label a
senior coding auditor would give ("met" or "missing"; a partial element counts as missing). About half of
the six main requirements are missing, as plausible near-misses (typed name without a signing word,
"dictated but not read", "our physicist", Winston-Lutz or daily machine QA, "plan will be checked",
mask offered but declined, a device only planned).

Score: `python scripts/score_requirements.py --corpus tests/blind_corpus7 [--cmd TEMPLATE] [--report FILE]`.
`FIRST_RUN.md` holds the first, untuned run.
"""


CORPUS = Corpus("blind_corpus7", "tests/blind_corpus7", CHARTS,
                pdf_options={"footer": FOOTER, "title": "Treatment summary (synthetic)"},
                files={"README.md": README.format(n=len(CHARTS))}, hand_written=["FIRST_RUN.md"])
