"""Second blind corpus, ``tests/blind_corpus2/`` (regenerate: ``python scripts/make_corpus.py blind_corpus2``).

The charts are written the way other departments write them, not the way the dev corpus does:
neurosurgical operative notes, physics treatment-record printouts with per-fraction rows, hospital
discharge summaries with the SRS facts buried among medications, allergies and review of systems,
consult-plus-completion notes whose Assessment and Plan weighs options that were not chosen, 3- and
4-page notes with tables that continue on the next page, abbreviation-heavy notes and British spelling.
Each chart ``NAME.pdf`` has a hand-made label ``NAME.gold.json`` in the shared corpus format. The
labels were derived from ../shared/reference/coding-rules.md and ../shared/corpus/README.md, never
from the tool's output. All patients are synthetic (TESTPATIENT names, SYN-B2 MRNs).
"""

# ruff: noqa: E501  (spec text kept as its author wrote it)

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pdfmaker import (
    BulletList,
    Heading,
    KeyValue,
    Paragraph,
    RuledTable,
    Signature,
    TextTable,
)

from corpusgen import Chart, Corpus, Gold

FOOTER = "SYNTHETIC TEST RECORD - no real patient"
ALL_MET = {"plan": True, "imaging": True, "positioning": True, "delivery_verification": True,
           "summary": True}
SIMPLE = ("cranial", "simple")
COMPLEX = ("cranial", "complex")
SPINE = ("spinal", None)
BODY = ("body", None)


def chart(name: str, pages: Sequence[Sequence[Any]], header: Sequence[str], codes: Sequence[str],
          modality: str | None, lesions: Sequence[tuple[str, str | None]], fractions: int | None,
          imaging: Sequence[str], positioning: Sequence[str], consistent: Mapping[str, bool],
          delivery_code: str | None, notes: str, categories: Mapping[str, bool] = ALL_MET,
          options: Mapping[str, Any] | None = None) -> Chart:
    """One chart with its hand labels (this corpus's positional shorthand)."""
    return Chart(name, pages, Gold(codes, modality, lesions, fractions, imaging, positioning, notes,
                                   delivery_code=delivery_code, consistent=consistent, categories=categories),
                 {"header": header, **(options or {})})


def hdr(clinic: str, name: str, mrn: int, dob: str) -> list[str]:
    return [clinic, f"TESTPATIENT, {name}    MRN SYN-B2{mrn:03d}    DOB {dob}"]


def yes(*codes: str) -> dict[str, bool]:
    return {c: True for c in codes}


def cats(**missing: bool) -> dict[str, bool]:
    out = dict(ALL_MET)
    out.update(missing)
    return out


# ------------------------------------------------------------------------------------------------
# Charts
# ------------------------------------------------------------------------------------------------


def c01() -> Chart:
    page = [
        Heading("OPERATIVE NOTE - NEUROSURGERY"),
        KeyValue([
            ("Date of procedure", "02/11/2025"),
            ("Surgeon", "TESTSURGEON, Alan, MD (Neurological Surgery)"),
            ("Co-surgeon", "TESTONC, Beth, MD (Radiation Oncology)"),
            ("Physicist", "TESTPHYS, Carl, PhD, DABR"),
        ]),
        KeyValue([
            ("PREOPERATIVE DIAGNOSIS", "Metastatic melanoma to the brain, two lesions."),
            ("POSTOPERATIVE DIAGNOSIS", "Same."),
            ("PROCEDURES", ("1. Application of Leksell stereotactic head frame. 2. Gamma Knife "
                           "stereotactic radiosurgery of two intracranial targets.")),
            ("ANESTHESIA", "Local (1% lidocaine mixed with 0.5% bupivacaine) plus oral lorazepam 1 mg."),
            ("ESTIMATED BLOOD LOSS", "Minimal."),
            ("COMPLICATIONS", "None."),
        ], value_x=170, bold_labels=True),
        Heading("INDICATIONS", level=2),
        ("The patient is a 58-year-old man with BRAF-mutant melanoma on systemic therapy, Karnofsky "
        "performance status 90, whose surveillance MRI showed two new enhancing lesions: right frontal, "
        "1.4 cm, and left occipital, 0.9 cm. Both lie more than 1 cm from the optic apparatus and neither "
        "involves the brainstem. Risks, benefits and alternatives were discussed and consent was signed."),
        Heading("DESCRIPTION OF PROCEDURE", level=2),
        ("The patient was brought to the Gamma Knife suite. The scalp was prepped at four pin sites and "
        "infiltrated with local anesthetic. The Leksell G frame was applied with four pins, centered to "
        "include both targets. A stereotactic MRI (T1 post-gadolinium 1 mm axial and T2) was obtained with "
        "the MR indicator box attached. The images were imported into Leksell GammaPlan and both targets "
        "were contoured by me together with Dr. TESTONC. The right frontal lesion was covered with 7 shots "
        "(8 mm and 4 mm collimators) and the left occipital lesion with 3 shots. Each target received "
        "20 Gy to the 50% isodose line. The physicist performed an independent check of shot coordinates "
        "and treatment time, and the frame coordinates were verified at the couch before treatment."),
        ("Treatment was delivered on the Leksell Gamma Knife Perfexion in a single session lasting "
        "64 minutes. The frame was then removed, pin sites were cleaned and dressed, and the patient was "
        "observed for one hour and discharged home in good condition."),
        RuledTable([
            ("Target", "Location", "Max diameter", "Shots", "Marginal dose", "Isodose"),
            ("1", "Right frontal", "1.4 cm", "7", "20 Gy", "50%"),
            ("2", "Left occipital", "0.9 cm", "3", "20 Gy", "50%"),
        ]),
        Signature("Electronically signed: TESTSURGEON, Alan, MD 02/11/2025 16:40. "
                  "Co-signed: TESTONC, Beth, MD; TESTPHYS, Carl, PhD."),
    ]
    return chart("b2_01_gk_operative_note", [page],
                 hdr("University Neurosurgery Associates", "ARNOLD", 1, "03/14/1966"),
                 ["61796", "61797", "61800", "77371", "77432"], "cobalt60", [SIMPLE, SIMPLE], 1,
                 ["MRI"], ["frame"], yes("61796", "61797", "61800", "77371", "77432"), "77371",
                 "Neurosurgical operative-note layout; GK Perfexion with Leksell frame, two simple metastases "
                 "in one session; all codes consistent.", options={"font": "Times-Roman"})


def c02() -> Chart:
    rows = [("Fx", "Date", "Field", "MU", "Dose (Gy)", "Cum. (Gy)", "Pre-tx imaging", "Shift V/L/Lat (cm)",
             "Approved")]
    dates = ["03/20/2025", "03/22/2025", "03/24/2025", "03/26/2025", "03/28/2025"]
    shifts = ["0.2/-0.1/0.3", "0.1/0.0/-0.2", "-0.3/0.2/0.1", "0.0/0.1/0.1", "0.2/-0.2/0.0"]
    for i, (d, s) in enumerate(zip(dates, shifts), start=1):
        rows.append((str(i), d, "ARC1+ARC2", str(2850 + 7 * i), "10.00", f"{10 * i}.00", "CBCT + seeds", s,
                     "TESTONC"))
    page = [
        Heading("TREATMENT RECORD - SBRT"),
        Paragraph("Printed from ARIA 03/28/2025 14:02 by TESTPHYS, D.", bold=True),
        KeyValue([
            ("Course", "C1 LIVER"),
            ("Plan ID", "LIV_SBRT_v2 (approved 03/17/2025)"),
            ("Machine", "TrueBeam STx (TB3), 6X-FFF"),
            ("Technique", "VMAT, 2 partial arcs, Eclipse 16.1 AAA"),
            ("Target", "PTV_Liver = ITV from 4DCT + 5 mm; hepatocellular carcinoma segment VII, 2.8 cm"),
            ("Prescription", "50 Gy in 5 fractions of 10 Gy, 95% of PTV receives 100%"),
            ("Simulation", "4DCT 03/05/2025; MRI liver with hepatobiliary contrast fused"),
            ("Immobilization", "BodyFIX vacuum bag with abdominal compression paddle"),
            ("Localization", "3 gold fiducial seeds placed by IR 02/27/2025"),
        ], value_x=110),
        RuledTable(rows),
        ("Patient-specific QA (ArcCHECK) 03/18/2025: 98.7% of points passing gamma 3%/2 mm. Second "
        "calculation (RadCalc) within 1.2%. Weekly physics chart checks 03/21 and 03/28 complete."),
        "Course status: COMPLETE. Segment VII HCC: 50 Gy in 5 fractions delivered 03/20/2025 - 03/28/2025.",
        Signature("Physicist: TESTPHYS, Dana, MS, DABR 03/28/2025    Physician: TESTONC, Raj, MD 03/28/2025"),
    ]
    return chart("b2_02_physics_record_liver", [page],
                 hdr("Lakeside Cancer Center - Radiation Physics", "BRUNO", 2, "07/02/1951"),
                 ["77373", "77435"], "linac", [BODY], 5, ["CT", "MRI"], ["body_immobilization", "fiducials"],
                 yes("77373", "77435"), "77373",
                 "Physics treatment-record printout with per-fraction rows (ARIA); liver SBRT 5 fx on "
                 "TrueBeam with fiducials and BodyFIX; codes consistent.", options={"font": "Courier",
                                                                                    "font_size": 8.5})


def c03() -> Chart:
    p1 = [
        Heading("DISCHARGE SUMMARY"),
        KeyValue([
            ("Admission date", "04/27/2025"), ("Discharge date", "05/03/2025"),
            ("Attending", "TESTHOSP, Maria, MD (Hospital Medicine)"),
            ("Consultants", "Neurosurgery; Radiation Oncology; Endocrinology"),
        ]),
        Heading("Discharge diagnoses", level=2),
        BulletList(["Left frontal brain metastasis from lung adenocarcinoma with vasogenic edema",
                    "Hyponatremia, resolved", "Type 2 diabetes mellitus, steroid-induced hyperglycemia",
                    "Obstructive sleep apnea on CPAP"], numbered=True),
        Heading("History of present illness", level=2),
        ("67-year-old woman with stage IV lung adenocarcinoma (EGFR negative) on maintenance pemetrexed who "
        "presented with two days of right hand weakness. Contrast MRI of the brain on 04/28/2025 showed a "
        "2.3 cm enhancing left frontal lesion with surrounding edema, no other lesions."),
        Heading("Hospital course by problem", level=2),
        ("#1 Brain metastasis: started on dexamethasone with improvement of hand strength. Neurosurgery felt "
        "resection was not required. Radiation Oncology was consulted; a CT simulation with a thermoplastic "
        "mask and a treatment-planning MRI were performed on 05/01. On 05/02 she received stereotactic "
        "radiosurgery, 18 Gy in a single fraction, to the left frontal metastasis on the Varian TrueBeam, "
        "with cone-beam CT alignment before treatment. She tolerated it without complication."),
        "#2 Hyponatremia: Na 128 on admission, attributed to SIADH; fluid restriction, Na 136 at discharge.",
        "#3 Diabetes: basal-bolus insulin while on dexamethasone; resume metformin at home.",
        "#4 OSA: continued home CPAP with her own nasal mask at night.",
    ]
    p2 = [
        Heading("Discharge medications", level=2),
        RuledTable([
            ("Medication", "Dose", "Instructions"),
            ("Dexamethasone", "4 mg PO", "twice daily x 5 days, then 2 mg twice daily x 5 days, then stop"),
            ("Pantoprazole (Protonix)", "40 mg PO", "daily while on dexamethasone"),
            ("Levetiracetam (Keppra)", "500 mg PO", "twice daily"),
            ("Insulin glargine", "14 units SC", "at bedtime while on steroids"),
            ("Metformin", "1000 mg PO", "twice daily"),
            ("Atorvastatin", "40 mg PO", "nightly"),
        ]),
        KeyValue([("Allergies", "Penicillin (rash); iodinated contrast (hives, premedicate)"),
                  ("Vitals at discharge", "T 36.8 C, HR 78, BP 132/76, RR 16, SpO2 96% RA"),
                  ("Social history", "Former smoker, 40 pack-years, quit 2019. Lives with husband. No alcohol."),
                  ("Family history", ("Mother: breast cancer, lumpectomy and radiation (33 treatments) in 1998. "
                                     "Father: coronary artery disease. Brother: healthy.")),
                  ("Review of systems", ("Positive for right hand weakness (improving) and fatigue. Negative for "
                                        "headache, vision change, chest pain, dyspnea, fever."))], value_x=130),
        Heading("Labs at discharge", level=2),
        TextTable([("Test", "Result"), ("Sodium", "136 mmol/L"), ("Glucose", "188 mg/dL"),
                   ("GGT", "45 U/L"), ("WBC", "11.2 K/uL (on steroids)")], columns=(0, 160)),
        Heading("Follow-up", level=2),
        "Radiation Oncology clinic in 6 weeks; MRI brain in 8 weeks; Medical Oncology in 2 weeks.",
        Signature("Electronically signed by TESTHOSP, Maria, MD on 05/03/2025 17:12"),
    ]
    return chart("b2_03_discharge_summary", [p1, p2],
                 hdr("St. Example General Hospital", "CORA", 3, "10/09/1957"),
                 ["77372", "77432"], "linac", [SIMPLE], 1, ["CT", "MRI"], ["mask"], yes("77372", "77432"),
                 "77372",
                 "Hospital discharge summary with the SRS buried in the hospital course; Protonix, CPAP nasal "
                 "mask, 'x 5 days' and the mother's 33 radiation treatments are distractors; no target "
                 "delineation or treatment parameters, so plan is not met.", categories=cats(plan=False))


def c04() -> Chart:
    p1 = [
        Heading("Radiation Oncology Consultation and SRS Completion Note"),
        KeyValue([("Date of consultation", "05/20/2025"), ("Referring", "TESTMEDONC, Lee, MD"),
                  ("Diagnosis", "Solitary right parietal brain metastasis, HER2+ breast cancer")]),
        Heading("HPI", level=2),
        ("64-year-old woman with HER2-positive breast cancer on trastuzumab, ECOG 1, with a new solitary "
        "2.2 cm right parietal metastasis on MRI, mild left hand clumsiness. Extracranial disease stable."),
        Heading("Assessment and Plan", level=2),
        "Options reviewed at length with the patient and her husband:",
        BulletList([
            ("Surgical resection followed by cavity radiosurgery: not favoured, lesion is small and "
            "she prefers to avoid craniotomy."),
            "Whole-brain radiotherapy, 30 Gy in 10 fractions: declined because of cognitive risk.",
            "Fractionated SRS, 27 Gy in 3 fractions: considered, not necessary at this size.",
            "Single-fraction stereotactic radiosurgery: recommended and chosen.",
        ], numbered=True),
        "We may obtain a PET/CT for restaging after treatment; none is ordered at this time.",
        Heading("SRS COMPLETION ADDENDUM - 06/03/2025", level=2),
        ("CT simulation (1 mm slices) in an Encompass thermoplastic mask on 05/27/2025; planning MRI "
        "(T1 post-contrast, 1 mm) obtained 05/28/2025 and fused. GTV contoured on the fused MRI; PTV = "
        "GTV + 1 mm. Eclipse plan, 4 non-coplanar VMAT arcs, 20 Gy prescribed to the 80% isodose line. "
        "Independent second calculation (RadCalc) agreed within 2%. On 06/03/2025 the patient was treated "
        "on the Varian Edge: CBCT and surface guidance (OSMS) confirmed position and the shifts were "
        "approved by me before beam-on. Single fraction delivered without incident."),
        "Summary: right parietal metastasis, 20 Gy x 1 fraction, delivered 06/03/2025.",
        Signature("TESTONC, Priya, MD - Radiation Oncology - signed 06/03/2025"),
    ]
    return chart("b2_04_consult_completion", [p1], hdr("Riverbend Radiation Oncology", "DELIA", 4, "01/30/1961"),
                 ["77372", "77432", "61796"], "linac", [SIMPLE], 1, ["CT", "MRI"], ["mask"],
                 yes("77372", "77432", "61796"), "77372",
                 "Consult plus completion: the Assessment and Plan discusses WBRT 30 Gy/10 fx and 27 Gy/3 fx "
                 "(not chosen) and a possible PET/CT; the delivered course is 1 fraction on Edge.")


def c05() -> Chart:
    p1 = [
        Heading("Stereotactic Radiosurgery - Multiple Brain Metastases - Treatment Summary"),
        KeyValue([("Physician", "TESTONC, Omar, MD"), ("Treatment date", "07/15/2025"),
                  ("Unit", "Varian TrueBeam with HyperArc, 6X-FFF"),
                  ("Technique", "single-isocenter multi-target non-coplanar VMAT")]),
        Heading("Oncologic history", level=2),
        ("Patient is a 61-year-old man with metastatic renal cell carcinoma diagnosed in 2021 (left "
        "nephrectomy 06/2021, pT3a). He was treated with pembrolizumab and axitinib from 2022 with good "
        "extracranial response. Restaging in 06/2025 showed stable lung nodules. A brain MRI ordered for "
        "new headaches demonstrated five small enhancing lesions without significant edema."),
        ("He has no prior cranial radiation. KPS 80. Neurologic examination is non-focal apart from mild "
        "gait unsteadiness. He was seen in multidisciplinary tumour board on 06/30/2025; consensus was "
        "radiosurgery to all lesions with continuation of systemic therapy."),
        Heading("Systemic therapy", level=2),
        RuledTable([("Agent", "Start", "Stop", "Best response"),
                    ("Pembrolizumab + axitinib", "02/2022", "ongoing", "partial response"),
                    ("Denosumab", "03/2023", "ongoing", "n/a (bone health)")]),
        Heading("Consent", level=2),
        ("Risks including radionecrosis, seizure, hair loss and fatigue were reviewed. Written consent "
        "was obtained on 07/02/2025."),
    ]
    lesion_rows = [("Lesion", "Location", "Size (cm)", "Dose", "IDL", "Volume (cc)", "Conformity",
                    "V12 Gy (cc)")]
    for i, (loc, size, dose) in enumerate([("Left frontal", "1.2", "20 Gy"),
                                           ("Right frontal", "0.8", "22 Gy"),
                                           ("Left parietal", "1.6", "20 Gy"),
                                           ("Right cerebellar", "0.6", "22 Gy"),
                                           ("Left occipital", "1.1", "20 Gy")], start=1):
        lesion_rows.append((f"L{i}", loc, size, dose, "80%", f"{0.1 + 0.3 * i:.2f}", "1.1", f"{1.0 + i:.1f}"))
    p2 = [
        Heading("Simulation and planning", level=2),
        ("CT simulation on 07/08/2025 with 1 mm slices in a Q-Fix Encompass mask (open face). MRI brain "
        "with gadolinium (3D T1 MPRAGE, 1 mm) on 07/07/2025 was rigidly fused to the planning CT in "
        "Eclipse and the fusion was reviewed by the physician. Each lesion was contoured as a GTV; PTV = "
        "GTV + 1 mm. None of the lesions is within 5 mm of the optic nerves or chiasm, and none involves "
        "the brainstem. All five targets were planned on one isocenter with four HyperArc arcs."),
        ("The right cerebellar lesion is 1.1 cm from the fourth ventricle floor. Normal-tissue constraints: "
        "brainstem Dmax < 15 Gy, optic chiasm Dmax < 8 Gy, V12 Gy of normal brain reported per lesion."),
        "Dose-volume histograms for all targets and organs at risk were reviewed and approved.",
        ("Patient-specific QA was performed on 07/11/2025 with portal dosimetry, gamma 2%/1 mm passing 97.5%, "
        "and reviewed by the physicist. A separate secondary MU check agreed within 3%."),
        "Planning parameters and per-lesion dosimetry are listed below.",
        RuledTable([("Organ at risk", "Constraint", "Achieved"),
                    ("Brainstem", "Dmax < 15 Gy", "6.2 Gy"), ("Optic chiasm", "Dmax < 8 Gy", "1.9 Gy"),
                    ("Left optic nerve", "Dmax < 8 Gy", "1.4 Gy"), ("Right optic nerve", "Dmax < 8 Gy", "1.2 Gy"),
                    ("Cochleae", "Dmax < 9 Gy", "2.0 Gy"), ("Lenses", "Dmax < 3 Gy", "0.4 Gy"),
                    ("Brain - GTVs", "V12 Gy < 10 cc", "7.8 cc"), ("Skin", "Dmax < 6 Gy", "2.5 Gy")]),
        Paragraph("Planning data per lesion (continues on the next page):", bold=True),
        ("Lesion numbering follows the radiology report of 07/07/2025. Sizes are largest axial "
        "diameters on the contrast MRI. Conformity is the Paddick index. Each prescription is to the "
        "isodose line shown."),
        "The plan was reviewed at the SRS peer-review conference on 07/10/2025; no changes were requested.",
        "Target coverage: every PTV received at least 98% of the prescription dose at its isodose line.",
        RuledTable(lesion_rows),
    ]
    p3 = [
        Heading("Treatment delivery", level=2),
        ("On 07/15/2025 the patient was set up in the mask. Cone-beam CT was acquired and registered to the "
        "planning CT; a 6-degree-of-freedom couch correction was applied and approved by the physician. "
        "Surface guidance monitored intrafraction motion throughout; no beam holds were required. All "
        "five lesions were treated in this one session."),
        Heading("Post-treatment", level=2),
        "He tolerated treatment well. Dexamethasone was not required. Follow-up MRI in 8 weeks.",
    ]
    p4 = [
        Heading("Course summary", level=2),
        RuledTable([("Lesion", "Site", "Delivered", "Fractions", "Date"),
                    ("L1", "Left frontal", "20 Gy", "1", "07/15/2025"),
                    ("L2", "Right frontal", "22 Gy", "1", "07/15/2025"),
                    ("L3", "Left parietal", "20 Gy", "1", "07/15/2025"),
                    ("L4", "Right cerebellar", "22 Gy", "1", "07/15/2025"),
                    ("L5", "Left occipital", "20 Gy", "1", "07/15/2025")]),
        Signature("Radiation Oncologist: TESTONC, Omar, MD - signed 07/15/2025 18:05"),
        Signature("Medical Physicist: TESTPHYS, Ines, PhD - signed 07/15/2025 18:20"),
    ]
    return chart("b2_05_four_page_hyperarc", [p1, [*p2, *p3], p4],
                 hdr("Metro Cancer Institute", "EMIL", 5, "05/05/1964"),
                 ["77372", "77432", "61796", "61797"], "linac", [SIMPLE] * 5, 1, ["CT", "MRI"], ["mask"],
                 yes("77372", "77432", "61796", "61797"), "77372",
                 "Four-page note, facts spread across pages, lesion table spilling onto the next page; "
                 "HyperArc single session to five simple metastases.")


def c06() -> Chart:
    page = [
        Heading("CK SRS - post-op cavity - tx summary"),
        ("Pt is 54F s/p L frontal crani 03/2025 (GTR) for NSCLC met. Post-op MRI w/ contrast 03/28 = no "
        "residual. Pt KPS 90, ECOG 0. Discussed obs vs cavity SRS vs WBRT; pt elected cavity SRS."),
        KeyValue([("Unit", "CK M6 (CyberKnife), Iris collimator"),
                  ("Immob.", "thermoplastic mask (Aquaplast)"),
                  ("Sim", "CT sim 1 mm 04/07 + MRI w/ gad 04/06, fused in Precision"),
                  ("Target", ("cavity contoured on fused MRI + 2 mm = PTV; PTV max dimension 2.9 cm; "
                             ">1 cm from chiasm, not in brainstem")),
                  ("Rx", "27 Gy/3 fx (9 Gy/fx) to 72% IDL, 1 path set, 162 beams"),
                  ("Tracking", "6D skull tracking, images q 30-60 s each fx")], value_x=80),
        TextTable([("fx", "date", "dose", "notes"),
                   ("1", "04/14/2025", "9 Gy", "tol well"),
                   ("2", "04/16/2025", "9 Gy", "mild HA, tylenol"),
                   ("3", "04/18/2025", "9 Gy", "tol well")], columns=(0, 40, 140, 220)),
        "Physics QA: pt-specific plan QA (film) passed 04/11; MU 2nd check OK.",
        "Sum: L frontal resection cavity 27 Gy/3 fx, completed 04/18/2025. F/u MRI in 2 mo w/ Dr. TESTNSG.",
        Signature("TESTONC, Hana, MD 04/18/2025 / TESTPHYS, Ivo, MS"),
    ]
    return chart("b2_06_abbrev_cavity_ck", [page], hdr("Valley CK Center", "FAYE", 6, "12/12/1970"),
                 ["77373", "77435", "61796"], "robotic_linac", [SIMPLE], 3, ["CT", "MRI"], ["mask"],
                 yes("77373", "77435", "61796"), "77373",
                 "Abbreviation-heavy note (Pt, s/p, w/, fx, Rx, IDL, CK); post-op resection cavity 2.9 cm, no "
                 "complex trigger, 3 fx on CyberKnife.", options={"font": "Helvetica"})


def c07() -> Chart:
    page = [
        Heading("Leksell Gamma Knife Icon - Radiosurgery Treatment Summary"),
        Paragraph("Northshire Neuroscience Centre, Department of Clinical Oncology", bold=True),
        KeyValue([("Date of treatment", "14/05/2025"), ("Consultant", "Dr TESTONC, Gwen"),
                  ("Diagnosis", "Right vestibular schwannoma (Koos grade II), 1.6 cm")]),
        ("Mrs TESTPATIENT was reviewed in the skull base multidisciplinary clinic; the tumour has grown "
        "3 mm over 18 months of surveillance, and radiosurgery was recommended as a one-off treatment."),
        Heading("Immobilisation and imaging", level=2),
        ("Immobilisation with a frameless thermoplastic mask and nose marker. Planning MRI (3D T1 "
        "post-gadolinium and CISS, 1 mm) on the day of treatment. A cone-beam CT at the start of the "
        "session provided the stereotactic reference, and the high-definition motion management system "
        "(infrared nose marker) monitored the patient throughout."),
        Heading("Planning", level=2),
        ("The tumour and cochlea were contoured on the MRI in Leksell GammaPlan. 14 isocentres (4 and 8 mm "
        "collimators). 12 Gy marginal dose to the 50% isodose; cochlear mean dose 3.8 Gy; brainstem "
        "maximum 9.6 Gy. The colour-wash dose display was reviewed with the physicist, who performed the "
        "independent plan check."),
        Heading("Treatment", level=2),
        ("Delivered as a single treatment in one session on 14/05/2025, beam-on time 48 minutes. No "
        "intrafraction threshold breaches."),
        "Summary: right vestibular schwannoma, 12 Gy at the 50% isodose, single treatment.",
        Signature("Dr Gwen TESTONC, Consultant Clinical Oncologist, 14/05/2025; "
                  "Mr Hal TESTPHYS, Clinical Scientist"),
    ]
    return chart("b2_07_british_gk_icon_schwannoma", [page],
                 hdr("Northshire NHS Trust", "GWYNETH", 7, "22/08/1959"),
                 ["77371", "77432", "61798"], "cobalt60", [COMPLEX], 1, ["MRI"], ["mask"],
                 yes("77371", "77432", "61798"), "77371",
                 "British spelling (tumour, immobilisation, centre, colour, isocentres, one-off, single "
                 "treatment); GK Icon mask single session, vestibular schwannoma (complex).")


def c08() -> Chart:
    page = [
        Heading("Radiosurgery Note - New Lesion"),
        KeyValue([("Date", "09/09/2025"), ("Unit", "Novalis Tx"), ("Attending", "TESTONC, Jo, MD")]),
        Heading("Prior radiation", level=2),
        ("In 2021 she underwent Gamma Knife radiosurgery with a Leksell head frame to a left frontal "
        "metastasis (22 Gy at the 50% isodose), which remains controlled on serial imaging."),
        Heading("Current course", level=2),
        ("New 1.3 cm right occipital metastasis from breast cancer on MRI 08/25/2025. KPS 90. CT "
        "simulation 09/02/2025 in a frameless thermoplastic mask; contrast MRI 09/01/2025 fused. GTV "
        "drawn on MRI, PTV = GTV + 1 mm. iPlan dynamic conformal arcs x 5, 20 Gy to the 80% isodose line. "
        "ExacTrac stereoscopic x-ray verification with 6D couch correction before and during treatment. "
        "Physics second check completed."),
        ("Treated 09/09/2025 in one fraction. Summary: right occipital metastasis 20 Gy, single fraction. "
        "The previously treated left frontal lesion was not re-treated."),
        Signature("TESTONC, Jo, MD 09/09/2025; TESTPHYS, Kay, MS 09/09/2025"),
    ]
    return chart("b2_08_prior_gk_new_lesion", [page], hdr("Harbor Radiation Oncology", "HELEN", 8, "04/04/1962"),
                 ["77372", "77432", "61796", "61800"], "linac", [SIMPLE], 1, ["CT", "MRI"], ["mask"],
                 {"77372": True, "77432": True, "61796": True, "61800": False}, "77372",
                 "Earlier-year Gamma Knife with a frame to a different lesion is history; current course is a "
                 "mask-based Novalis single session for one new lesion, so 61800 is inconsistent.")


def c09() -> Chart:
    page = [
        Heading("SBRT End-of-Treatment Summary (course interrupted)"),
        KeyValue([("Site", "Right upper lobe NSCLC, 1.9 cm, peripheral, T1bN0"),
                  ("Unit", "Elekta Versa HD"),
                  ("Planned", "50 Gy in 5 fractions (10 Gy per fraction)"),
                  ("Delivered", "30 Gy in 3 fractions")]),
        ("Medically inoperable (FEV1 38%). Simulation supine in a vacuum bag (BlueBAG) with arms up; 4D CT "
        "on 01/08/2025 and the staging PET/CT fused for target delineation. ITV from the 4D CT, PTV = ITV "
        "+ 5 mm. Monaco VMAT, 2 arcs. XVI cone-beam CT before every fraction, matched to the ITV."),
        RuledTable([("Fx", "Date", "Dose", "Status"),
                    ("1", "01/15/2025", "10 Gy", "delivered, CBCT"),
                    ("2", "01/17/2025", "10 Gy", "delivered, CBCT"),
                    ("3", "01/20/2025", "10 Gy", "delivered, CBCT"),
                    ("4", "01/22/2025", "-", "not delivered (admitted with pneumonia)"),
                    ("5", "01/24/2025", "-", "not delivered")]),
        ("After discussion with the patient and family the remaining two fractions were cancelled; the "
        "course was closed on 01/31/2025."),
        "Summary: right upper lobe tumor, 30 Gy delivered in 3 of 5 planned fractions.",
        Signature("TESTONC, Lars, MD 01/31/2025"),
    ]
    return chart("b2_09_interrupted_lung", [page], hdr("Northern Lung Program", "IGOR", 9, "09/19/1944"),
                 ["77373", "77435"], "linac", [BODY], 3, ["CT", "PET"], ["body_immobilization"],
                 yes("77373", "77435"), "77373",
                 "Interrupted course: 5 planned, 3 delivered; gold fractions = 3 delivered.")


def c10() -> Chart:
    page = [
        Heading("Fractionated and Single-Fraction SRS - Course Summary"),
        KeyValue([("Unit", "Varian Edge"), ("Immobilization", "Encompass SRS mask"),
                  ("Course dates", "06/09/2025 - 06/11/2025")]),
        ("Two metastases from melanoma were treated in one course with different dose schedules. "
        "Lesion A (left occipital, 1.2 cm) received 20 Gy in a single fraction at session 1 only. "
        "Lesion B (right temporal, 4.0 x 3.2 x 2.9 cm) received 27 Gy in 3 fractions at sessions 1, 2 "
        "and 3. Three treatment sessions were delivered in total."),
        ("Planning: CT simulation 1 mm and MRI (T1 contrast) fused in Eclipse; GTVs contoured on MRI, "
        "PTV = GTV + 1 mm; separate VMAT plans, 3 arcs each, prescribed to the 80% isodose line. Neither "
        "lesion is near the optic apparatus or brainstem."),
        ("Verification: CBCT with 6DoF couch before each session and OSMS surface monitoring during beam; "
        "patient-specific QA for both plans passed."),
        RuledTable([("Session", "Date", "Lesion A", "Lesion B"),
                    ("1", "06/09/2025", "20 Gy", "9 Gy"),
                    ("2", "06/10/2025", "-", "9 Gy"),
                    ("3", "06/11/2025", "-", "9 Gy"),
                    ("Total", "", "20 Gy / 1 fx", "27 Gy / 3 fx")]),
        Signature("TESTONC, Mia, MD 06/11/2025; TESTPHYS, Ned, PhD 06/11/2025"),
    ]
    return chart("b2_10_two_targets_two_schedules", [page], hdr("Summit Oncology", "JANE", 10, "02/27/1969"),
                 ["77373", "77435", "61798", "61797"], "linac", [SIMPLE, COMPLEX], 3, ["CT", "MRI"], ["mask"],
                 yes("77373", "77435", "61798", "61797"), "77373",
                 "Two cranial targets, one 1 fx and one 3 fx, three sessions delivered (fractions = 3); "
                 "4.0 x 3.2 x 2.9 cm lesion is complex by size, so 61798 + 61797.")


def c11() -> Chart:
    page = [
        Heading("SRS/SBRT Combined Course - Brain and Spine"),
        KeyValue([("Unit", "TrueBeam STx"), ("Fractions", "3 (07/07, 07/09, 07/11/2025)")]),
        ("Two metastases from lung adenocarcinoma were treated in the same three sessions: (1) right "
        "frontal brain metastasis, 1.8 cm, well away from optic structures and brainstem; (2) T10 "
        "vertebral body metastasis with epidural extension abutting the dura."),
        ("Immobilization: open-face thermoplastic mask for the cranial target; Vac-Lok cushion and knee "
        "sponge for the spine. CT simulation of head and thorax; MRI brain (contrast) and MRI thoracic "
        "spine fused. GTV/CTV contoured per consensus guidelines; PTV margins 1 mm (brain) and 2 mm "
        "(spine). Eclipse VMAT, 2 arcs for each target."),
        "Daily CBCT with 6DoF couch for each target; physics pre-treatment QA passed.",
        RuledTable([("Target", "Prescription", "Delivered"),
                    ("Right frontal", "27 Gy / 3 fx", "27 Gy in 3 fractions"),
                    ("T10 vertebral body", "24 Gy / 3 fx", "24 Gy in 3 fractions")]),
        Signature("TESTONC, Olu, MD 07/11/2025"),
    ]
    return chart("b2_11_brain_plus_spine", [page], hdr("Capitol Cancer Care", "KARL", 11, "06/16/1958"),
                 ["77373", "77435", "61796", "63620"], "linac", [SIMPLE, SPINE], 3, ["CT", "MRI"],
                 ["body_immobilization", "mask"], yes("77373", "77435", "61796", "63620"), "77373",
                 "One course with a cranial and a spinal target, 3 fx on TrueBeam; 61796 + 63620 consistent.")


def c12() -> Chart:
    left = [
        Heading("Oligometastatic SABR"),
        ("Colorectal adenocarcinoma with two metachronous metastases (right lower lobe nodule 1.6 cm and "
        "left adrenal 2.5 cm). Primary resected 2023. ECOG 0. Tumour board: SABR to both sites."),
        Heading("Set-up", level=2),
        ("Supine, arms up, Vac-Lok cushion. 4DCT simulation 10/01/2025; FDG PET/CT 09/20/2025 fused for "
        "delineation. ITV per site, PTV = ITV + 5 mm."),
        Heading("Plan", level=2),
        ("Varian Ethos, two VMAT arcs per site. RLL 50 Gy in 5 fractions; left adrenal 40 Gy in 5 "
        "fractions. Both sites treated at each of the 5 sessions (10/08 - 10/16/2025)."),
        Heading("Verification", level=2),
        "CBCT before each fraction for each site; shifts approved by the physician. Plan QA passed.",
        Heading("Summary", level=2),
        "RLL nodule: 50 Gy / 5 fx delivered. Left adrenal: 40 Gy / 5 fx delivered.",
        Signature("TESTONC, Pia, MD 10/16/2025"),
    ]
    return chart("b2_12_oligomets_two_body_sites", [left], hdr("Coastal Radiation Center", "LENA", 12, "11/03/1960"),
                 ["77373", "77435", "63620"], "linac", [BODY, BODY], 5, ["CT", "PET"], ["body_immobilization"],
                 {"77373": True, "77435": True, "63620": False}, "77373",
                 "Two-column layout; oligometastases at two body sites (lung, adrenal) in 5 fx on Ethos; "
                 "63620 claimed without a spinal lesion.", options={"two_columns": True})


def c13() -> Chart:
    page = [
        Heading("Fractionated Stereotactic Radiotherapy Summary"),
        ("Diagnosis: left temporal metastasis from endometrial carcinoma, 36 mm on the post-contrast MRI, "
        "moderate edema. Located laterally, remote from the optic pathway and brainstem."),
        ("Setup: Orfit SRS mask. Imaging: CT simulation 1.25 mm and MRI T1 contrast fused (MIM). GTV on "
        "MRI, PTV = GTV + 2 mm. Varian Edge, Eclipse VMAT with 3 non-coplanar arcs, "
        "30 Gy in 5 fractions (6 Gy x 5) prescribed to the 80% IDL."),
        "IGRT: CBCT daily with 6DoF couch; OSMS intrafraction monitoring. Physics QA passed 02/03/2025.",
        "Delivered 02/05, 02/06, 02/07, 02/10, 02/11/2025. Summary: left temporal lesion 30 Gy in 5 fx.",
        Signature("TESTONC, Quin, MD 02/11/2025"),
    ]
    return chart("b2_13_mm_only_size", [page], hdr("Prairie Cancer Center", "MONA", 13, "08/21/1955"),
                 ["77373", "77435", "61796"], "linac", [COMPLEX], 5, ["CT", "MRI"], ["mask"],
                 {"77373": True, "77435": True, "61796": False}, "77373",
                 "Size given only in mm (36 mm = 3.6 cm, complex by size); 61796 claimed although the lesion "
                 "is complex.")


def c14() -> Chart:
    page = [
        Heading("Hypofractionated SRS - Planum Sphenoidale Meningioma"),
        ("WHO grade 1 meningioma of the planum sphenoidale, 2.3 cm, which abuts the optic chiasm; "
        "visual fields full. Resection declined."),
        ("Frameless mask (Encompass). Planning CT 1 mm and thin-slice MRI with contrast, fused. GTV on MRI; "
        "PTV = GTV + 1 mm; chiasm Dmax 25 Gy in 5 fx. TrueBeam, Eclipse, 4 VMAT arcs, 25 Gy in 5 "
        "fractions at the 90% isodose line."),
        "CBCT plus ExacTrac before each fraction; daily physician approval of shifts.",
        "Fractions delivered 03/10 - 03/14/2025. Summary: planum meningioma 25 Gy / 5 fx.",
        Signature("TESTONC, Ravi, MD 03/14/2025"),
    ]
    return chart("b2_14_abuts_chiasm", [page], hdr("Lakeside Radiation Oncology", "NORA", 14, "12/01/1950"),
                 ["77373", "77435", "61798"], "linac", [COMPLEX], 5, ["CT", "MRI"], ["mask"],
                 yes("77373", "77435", "61798"), "77373",
                 "Meningioma that abuts the optic chiasm (within 5 mm): complex, 61798 consistent.")


def c15() -> Chart:
    page = [
        Heading("ZAP-X Radiosurgery Summary"),
        KeyValue([("Target", "Left frontal metastasis (SCLC), 2.1 x 1.8 x 1.5 cm"),
                  ("Location", "more than 1 cm from the optic apparatus; not brainstem"),
                  ("Date", "11/18/2025")]),
        ("Immobilization: ZAP-X head mask with headrest. Planning CT (0.6 mm) and MRI T1 contrast fused. "
        "GTV contoured on MRI, no PTV margin. ZAP-X planning system, 2 isocenters, 128 beams with 7.5 and "
        "10 mm collimators, 21 Gy to the 55% isodose line."),
        ("kV planar imaging before and during delivery, positions corrected under physician review. "
        "Physicist plan check performed."),
        "One session. Summary: left frontal metastasis, 21 Gy in 1 fraction.",
        Signature("TESTONC, Sara, MD 11/18/2025; TESTPHYS, Tom, PhD"),
    ]
    return chart("b2_15_zapx_three_dims", [page], hdr("Gyro Radiosurgery Center", "OTTO", 15, "02/02/1948"),
                 ["77372", "77432", "61796"], "linac", [SIMPLE], 1, ["CT", "MRI"], ["mask"],
                 yes("77372", "77432", "61796"), "77372",
                 "Size given as three dimensions (largest 2.1 cm); 'more than 1 cm from the optic apparatus' "
                 "keeps it simple; ZAP-X is a linac.")


def c16() -> Chart:
    page = [
        Heading("GAMMA KNIFE PROCEDURE NOTE"),
        "Diagnosis: right cavernous sinus meningioma, 2.4 cm, residual after partial resection (2022).",
        ("Procedure: Leksell frame applied with 4 pins under local anesthesia. Stereotactic MRI (T1 contrast "
        "volumetric) and stereotactic CT obtained; fused in GammaPlan. Tumour outline contoured; 18 shots, "
        "4 and 8 mm; 13 Gy at the 50% isodose; optic apparatus max 8 Gy. Frame coordinates and shot "
        "positions verified by the physicist prior to delivery. Perfexion unit, one session 05/05/2025, "
        "frame removed afterwards."),
        "Result: right cavernous sinus meningioma treated with 13 Gy marginal dose in a single session.",
        Signature("TESTNSG, Uma, MD / TESTONC, Vic, MD 05/05/2025"),
    ]
    return chart("b2_16_cavernous_meningioma", [page], hdr("Regional Gamma Knife Center", "PETRA", 16, "03/03/1963"),
                 ["77371", "77432", "61796", "61800"], "cobalt60", [COMPLEX], 1, ["CT", "MRI"], ["frame"],
                 {"77371": True, "77432": True, "61796": False, "61800": True}, "77371",
                 "Cavernous sinus meningioma is complex: 61796 inconsistent; frame used so 61800 consistent.")


def c17() -> Chart:
    page = [
        Heading("Linac Radiosurgery - Convexity Meningioma"),
        "Right parietal convexity meningioma, 2.7 cm, enlarging; far from the optic apparatus and brainstem.",
        ("CT sim with thermoplastic SRS mask; MRI (T1 contrast) fusion. GTV on MRI, PTV = GTV + 1 mm. "
        "Brainlab Elements Cranial SRS, 5 dynamic conformal arcs, 14 Gy to the 80% isodose line, "
        "Novalis TrueBeam STx. ExacTrac before treatment; second calculation by physics."),
        "Single fraction delivered 08/08/2025: right parietal convexity meningioma 14 Gy.",
        Signature("TESTONC, Wen, MD 08/08/2025"),
    ]
    return chart("b2_17_convexity_meningioma", [page], hdr("Hillside Oncology", "QUINN", 17, "07/07/1967"),
                 ["77372", "77432", "61798"], "linac", [SIMPLE], 1, ["CT", "MRI"], ["mask"],
                 {"77372": True, "77432": True, "61798": False}, "77372",
                 "Convexity meningioma under 3.5 cm is simple: complex code 61798 inconsistent.")


def c18() -> Chart:
    page = [
        Heading("CyberKnife Treatment Summary - Glomus Jugulare"),
        "Left glomus jugulare tumor (paraganglioma), 2.6 cm, pulsatile tinnitus. Not a surgical candidate.",
        ("Immobilization: thermoplastic head mask. Imaging: thin-cut CT with contrast and MRI (T1 contrast, "
        "FIESTA) fused in Precision. GTV contoured; no margin. Iris collimator, 1 path set, 25 Gy in 5 "
        "fractions to the 75% isodose line. 6D Skull tracking throughout each fraction."),
        TextTable([("Fraction", "Date", "Dose"), ("1", "09/15/2025", "5 Gy"), ("2", "09/16/2025", "5 Gy"),
                   ("3", "09/17/2025", "5 Gy"), ("4", "09/18/2025", "5 Gy"), ("5", "09/19/2025", "5 Gy")],
                  columns=(0, 90, 200)),
        "Delivery QA (film) passed. Total: left glomus jugulare 25 Gy in 5 fractions on CyberKnife S7.",
        Signature("TESTONC, Xia, MD 09/19/2025"),
    ]
    return chart("b2_18_glomus_ck_gcodes", [page], hdr("Robotic Radiosurgery Institute", "RUTH", 18, "10/10/1956"),
                 ["G0339", "G0340", "77435", "61798"], "robotic_linac", [COMPLEX], 5, ["CT", "MRI"], ["mask"],
                 yes("G0339", "G0340", "77435", "61798"), "77373",
                 "Glomus jugulare (complex) on CyberKnife, 5 fractions: G0339 (session 1) and G0340 "
                 "(sessions 2-5) consistent on a robotic unit.")


def c19() -> Chart:
    page = [
        Heading("Stereotactic Radiosurgery - Pineal Region"),
        ("Pineal region tumor (pineocytoma, biopsy-proven), 1.9 cm. Radiosurgery recommended by the "
        "neuro-oncology board."),
        ("A Leksell Vantage frame was placed under local anesthesia. Frame-based stereotactic MRI (T1 "
        "contrast, 1 mm) was performed. The tumor was contoured in GammaPlan; 9 shots (4 and 8 mm), 15 Gy "
        "to the 50% isodose line. Physicist verified the plan and frame coordinates; Gamma Knife Icon "
        "used in frame mode."),
        "Delivered in a single session on 04/22/2025: pineal region tumor 15 Gy marginal dose.",
        Signature("TESTNSG, Yves, MD; TESTONC, Zoe, MD 04/22/2025"),
    ]
    return chart("b2_19_pineal_frame", [page], hdr("Central Neuroscience", "SAUL", 19, "01/21/1980"),
                 ["77371", "77432", "61798", "61800"], "cobalt60", [COMPLEX], 1, ["MRI"], ["frame"],
                 yes("77371", "77432", "61798", "61800"), "77371",
                 "Pineal region tumour (complex) on Gamma Knife Icon with Vantage frame; all consistent.")


def c20() -> Chart:
    page = [
        Heading("Gamma Knife Thalamotomy - Procedure Note"),
        ("Indication: medically refractory essential tremor of the right hand (failed propranolol and "
        "primidone). Not a candidate for deep brain stimulation."),
        ("Leksell G frame applied with local anesthetic. Stereotactic MRI (T1 and T2, 1 mm) and "
        "stereotactic CT obtained; the left ventral intermediate (Vim) nucleus target was defined in "
        "GammaPlan from AC-PC coordinates. One 4 mm isocenter, 130 Gy maximum dose. Frame coordinates were "
        "checked against the plan by the physicist. Perfexion, single session, 03/18/2025."),
        "Result: left Vim thalamotomy, 130 Gy maximum dose delivered in one session.",
        Signature("TESTNSG, Ada, MD 03/18/2025"),
    ]
    return chart("b2_20_tremor_thalamotomy", [page], hdr("Movement Disorders Center", "TOBY", 20, "06/06/1949"),
                 ["77371", "77432", "61798", "61800"], "cobalt60", [COMPLEX], 1, ["CT", "MRI"], ["frame"],
                 yes("77371", "77432", "61798", "61800"), "77371",
                 "Functional target (Vim thalamotomy for essential tremor) is complex; frame-based GK.")


def c21() -> Chart:
    page = [
        Heading("SBRT Completion - Left Lower Lobe"),
        ("Peripheral LLL adenocarcinoma, 1.4 cm, T1bN0. Three gold fiducial markers were placed "
        "bronchoscopically on 02/04/2025."),
        ("Planning CT (exhale and inhale, 1.5 mm) on 02/11/2025. GTV contoured, PTV = GTV + 5 mm. Accuray "
        "Precision plan, fixed cone 20 mm, 54 Gy in 3 fractions to the 70% isodose line. CyberKnife with "
        "Synchrony respiratory tracking of the fiducials."),
        "Fractions delivered 02/18, 02/20 and 02/24/2025. Summary: LLL tumor 54 Gy in 3 fractions.",
        ("Follow-up: a PET/CT will be obtained 3 months after treatment; an MRI brain will be ordered for "
        "staging surveillance."),
        Signature("TESTONC, Ben, MD 02/24/2025"),
    ]
    return chart("b2_21_future_imaging", [page], hdr("Bayview CyberKnife", "UMA", 21, "04/14/1946"),
                 ["77373", "77435"], "robotic_linac", [BODY], 3, ["CT"], ["fiducials"], yes("77373", "77435"),
                 "77373", "PET/CT and MRI are planned for the future only; imaging = CT.")


def c22() -> Chart:
    page = [
        Heading("SRS Treatment Summary"),
        ("Solitary 2.4 cm left frontal metastasis (esophageal adenocarcinoma), not near the optic apparatus "
        "or brainstem. A planning MRI was scheduled for 10/02/2025 but was cancelled because the patient "
        "could not tolerate the scanner (severe claustrophobia despite sedation)."),
        ("Contrast-enhanced CT simulation (1 mm) in a thermoplastic mask on 10/03/2025; GTV on the contrast "
        "CT, PTV = GTV + 1 mm; Eclipse, 4 VMAT arcs, 18 Gy to the 80% isodose. CBCT before treatment; "
        "second calculation passed."),
        "Treated 10/06/2025 on the TrueBeam in one fraction: left frontal metastasis 18 Gy.",
        Signature("TESTONC, Cal, MD 10/06/2025"),
    ]
    return chart("b2_22_mri_cancelled", [page], hdr("Eastside Radiation Oncology", "VERA", 22, "09/09/1952"),
                 ["77372", "77432", "61796"], "linac", [SIMPLE], 1, ["CT"], ["mask"],
                 yes("77372", "77432", "61796"), "77372", "Planning MRI cancelled: imaging = CT only.")


def c23() -> Chart:
    page = [
        Heading("Prostate SBRT - Completion Summary"),
        ("Favorable intermediate-risk adenocarcinoma of the prostate, Gleason 3+4, PSA 7.2. No fiducial "
        "markers were placed (patient declined). Rectal spacer not used."),
        ("CT simulation with Vac-Lok leg cushion, full bladder; MRI pelvis fused for prostate delineation. "
        "CTV = prostate + proximal 1 cm seminal vesicles; PTV = CTV + 5 mm (3 mm posterior). RapidArc, 2 "
        "arcs, 36.25 Gy in 5 fractions (7.25 Gy per fraction)."),
        ("Verification: cone-beam CT before every fraction, soft-tissue match to the prostate, shifts "
        "approved by the physician."),
        "Fractions: 05/05, 05/07, 05/09, 05/12, 05/14/2025 on TrueBeam. Prostate 36.25 Gy / 5 fx delivered.",
        Signature("TESTONC, Dan, MD 05/14/2025"),
    ]
    return chart("b2_23_prostate_cbct_only", [page], hdr("Men's Health Radiation Center", "WADE", 23, "12/24/1953"),
                 ["77373", "77435"], "linac", [BODY], 5, ["CT", "MRI"], ["body_immobilization"],
                 yes("77373", "77435"), "77373",
                 "CBCT-only verification; 'No fiducial markers were placed' must not give fiducials.")


def c24() -> Chart:
    page = [
        Heading("Pancreas SBRT Summary"),
        "Borderline resectable pancreatic head adenocarcinoma after 4 months of FOLFIRINOX.",
        ("Simulation: supine in an Alpha Cradle, arms up; 4DCT with IV contrast. GTV and ITV "
        "contoured; PTV = ITV + 3 mm. Eclipse VMAT 2 arcs, 33 Gy in 5 fractions to the 95% line."),
        "Image guidance was performed before each fraction.",
        "Treated 06/02 - 06/06/2025 on the Halcyon. Summary: pancreatic head 33 Gy in 5 fractions.",
        Signature("TESTONC, Eva, MD 06/06/2025"),
    ]
    return chart("b2_24_generic_igrt_phrase", [page], hdr("Gulf Cancer Center", "XAVI", 24, "05/15/1959"),
                 ["77373", "77435"], "linac", [BODY], 5, ["CT"], ["body_immobilization"], yes("77373", "77435"),
                 "77373", "IGRT described only as 'Image guidance was performed before each fraction' (met).")


def c25() -> Chart:
    page = [
        Heading("Spine SBRT Summary - L2"),
        ("L2 vertebral body metastasis from renal cell carcinoma with epidural extension abutting the dura; "
        "pain controlled; no cord compression."),
        ("BodyFIX immobilization. CT simulation 1 mm and MRI lumbar spine (T1, T2, STIR) fused. GTV and CTV "
        "per consensus, PTV = CTV + 2 mm. Eclipse 9-field IMRT, 16 Gy in 1 fraction to 90% of PTV; cauda "
        "equina Dmax 14 Gy."),
        "Treated 01/29/2025 on the TrueBeam. Summary: L2 metastasis 16 Gy in 1 fraction.",
        Signature("TESTONC, Fay, MD 01/29/2025"),
    ]
    return chart("b2_25_spine_no_verification", [page], hdr("Spine Oncology Group", "YARA", 25, "07/30/1962"),
                 ["77373", "77435", "63620"], "linac", [SPINE], 1, ["CT", "MRI"], ["body_immobilization"],
                 yes("77373", "77435", "63620"), "77373",
                 "Single-fraction spine SBRT (77373, not a cranial single-session code); no image guidance or "
                 "QA documented, so delivery_verification is not met.", categories=cats(delivery_verification=False))


def c26() -> Chart:
    page = [
        Heading("Adrenal SBRT Summary"),
        "Right adrenal metastasis (2.2 cm) from NSCLC, oligoprogression. ECOG 1.",
        ("4DCT simulation on 08/01/2025, supine. ITV contoured, PTV = ITV + 5 mm. Eclipse VMAT, 2 arcs, "
        "30 Gy in 3 fractions. CBCT before each fraction with physician approval of shifts."),
        "Fractions 08/11, 08/13, 08/15/2025 on TrueBeam. Summary: right adrenal 30 Gy in 3 fractions.",
        Signature("TESTONC, Gil, MD 08/15/2025"),
    ]
    return chart("b2_26_no_immobilization", [page], hdr("Prairie Cancer Center", "ZANE", 26, "03/11/1957"),
                 ["77373", "77435"], "linac", [BODY], 3, ["CT"], [], yes("77373", "77435"), "77373",
                 "No immobilization or localization device mentioned: positioning empty and not met.",
                 categories=cats(positioning=False))


def c27() -> Chart:
    page = [
        Heading("Gamma Knife Nursing and Procedure Record"),
        KeyValue([("Arrival", "07:05"), ("Frame on", "07:40 (Leksell G frame, 4 pins, local lidocaine)"),
                  ("MRI", "08:10 stereotactic MRI T1 contrast"), ("Plan approved", "10:15 (GammaPlan)"),
                  ("Treatment", "10:30-11:05 on Leksell Gamma Knife Perfexion"), ("Frame off", "11:15"),
                  ("Discharge", "12:30")], value_x=100),
        ("Target: left cerebellar metastasis 1.5 cm contoured on MRI; 5 shots, 20 Gy to the 50% isodose "
        "line. Physicist checked coordinates before treatment. Vital signs stable throughout."),
        "Single session 12/02/2025. Left cerebellar metastasis 20 Gy delivered. No brainstem involvement.",
        Signature("RN TESTNURSE, Hal 12/02/2025; TESTONC, Ivy, MD 12/02/2025"),
    ]
    return chart("b2_27_gk_billed_as_linac", [page], hdr("Gamma Knife Center of Example", "ABEL", 27, "08/08/1958"),
                 ["77372", "77432", "61796"], "cobalt60", [SIMPLE], 1, ["MRI"], ["frame"],
                 {"77372": False, "77432": True, "61796": True}, "77371",
                 "Gamma Knife single session billed with the linac code 77372 (wrong unit).")


def c28() -> Chart:
    page = [
        Heading("Frameless Linac SRS Note"),
        "Right cerebellar metastasis 1.0 cm (breast). Frameless stereotactic mask; no head frame applied.",
        ("CT sim and MRI fusion; GTV on MRI, PTV = GTV + 1 mm; Brainlab Elements, 4 arcs, 20 Gy to 80%. "
        "ExacTrac Dynamic verification before each arc. Physics second check."),
        "Single fraction delivered 02/26/2025 on Versa HD: right cerebellar metastasis 20 Gy.",
        Signature("TESTONC, Jay, MD 02/26/2025"),
    ]
    return chart("b2_28_frame_code_mask", [page], hdr("Pinecrest Oncology", "BEA", 28, "11/11/1966"),
                 ["77372", "77432", "61796", "61800"], "linac", [SIMPLE], 1, ["CT", "MRI"], ["mask"],
                 {"77372": True, "77432": True, "61796": True, "61800": False}, "77372",
                 "Frameless mask course billed with the head-frame add-on 61800.")


def c29() -> Chart:
    page = [
        Heading("Hypofractionated Stereotactic Re-irradiation - Recurrent GBM"),
        ("Recurrent glioblastoma, right parietal, 2.6 cm enhancing nodule; prior chemoradiation 60 Gy in 30 "
        "fractions in 2023. KPS 80."),
        ("Thermoplastic mask. CT sim + MRI fusion; GTV = enhancing recurrence; PTV = GTV + 3 mm. TrueBeam "
        "VMAT 3 arcs; 35 Gy in 10 fractions (3.5 Gy per fraction). CBCT daily."),
        "Delivered 04/07 - 04/18/2025, all 10 fractions. Summary: right parietal recurrence 35 Gy in 10 fx.",
        Signature("TESTONC, Kim, MD 04/18/2025"),
    ]
    return chart("b2_29_ten_fraction_reirradiation", [page], hdr("Neuro-Oncology Radiation", "CARL", 29, "02/14/1970"),
                 ["77373", "77435", "61796"], "linac", [SIMPLE], 10, ["CT", "MRI"], ["mask"],
                 {"77373": False, "77435": False, "61796": False}, None,
                 "10-fraction course (historical 30-fraction course is history): SRS/SBRT codes all "
                 "inconsistent, no delivery code.")


def c30() -> Chart:
    page = [
        Heading("Central Lung SABR Summary"),
        "Central right hilar NSCLC, 2.8 cm. Risk-adapted schedule because of proximity to the main bronchus.",
        ("Vac-Lok and 4DCT. ITV, PTV = ITV + 5 mm. Halcyon VMAT 2 arcs. 60 Gy in 8 fractions (7.5 Gy per "
        "fraction). CBCT before each fraction."),
        "Fractions 1-8 delivered 09/01 - 09/12/2025. Right hilar tumor 60 Gy in 8 fractions.",
        Signature("TESTONC, Lou, MD 09/12/2025"),
    ]
    return chart("b2_30_eight_fraction_sabr", [page], hdr("Thoracic Oncology", "DINA", 30, "06/18/1947"),
                 ["77373", "77435"], "linac", [BODY], 8, ["CT"], ["body_immobilization"],
                 {"77373": False, "77435": False}, None, "8-fraction SABR billed as SBRT: inconsistent.")


def c31() -> Chart:
    page = [
        Heading("Gamma Knife Icon - Fractionated Treatment"),
        "Left temporal metastasis (NSCLC), 3.1 cm, lateral; away from the optic apparatus and brainstem.",
        ("Thermoplastic mask with IFMM nose marker; CBCT each session for stereotactic reference. Planning "
        "MRI (T1 contrast) co-registered; the metastasis was contoured on it. GammaPlan, 22 shots, 27 Gy in 3 sessions (9 Gy each) to the "
        "50% isodose."),
        "Sessions on 03/03, 03/04 and 03/05/2025. Left temporal metastasis 27 Gy in 3 sessions delivered.",
        Signature("TESTONC, Max, MD 03/05/2025"),
    ]
    return chart("b2_31_gk_fractionated_single_codes", [page], hdr("Gamma Knife Center", "ERIN", 31, "09/29/1961"),
                 ["77371", "77432", "61796"], "cobalt60", [SIMPLE], 3, ["MRI"], ["mask"],
                 {"77371": False, "77432": False, "61796": True}, "77373",
                 "Fractionated Gamma Knife (3 sessions) billed with single-session codes 77371/77432.")


def c32() -> Chart:
    page = [
        Heading("SRS Summary - Two Lesions"),
        "Lesion 1: 0.8 cm metastasis within the pons (brainstem). Lesion 2: 1.1 cm left frontal metastasis.",
        ("Frameless SRS mask. CT simulation and contrast MRI fused; GTVs on MRI, PTV = GTV + 1 mm. Eclipse "
        "single-isocenter VMAT, 4 arcs; pons 15 Gy, left frontal 20 Gy, each to the 80% isodose line. "
        "CBCT and 6DoF couch before treatment; QA passed."),
        "One fraction on 05/19/2025 (TrueBeam): pons 15 Gy; left frontal 20 Gy.",
        Signature("TESTONC, Ned, MD 05/19/2025"),
    ]
    return chart("b2_32_brainstem_plus_simple", [page], hdr("Crescent Radiation Oncology", "FINN", 32, "12/05/1960"),
                 ["77372", "77432", "61796", "61799"], "linac", [COMPLEX, SIMPLE], 1, ["CT", "MRI"], ["mask"],
                 {"77372": True, "77432": True, "61796": False, "61799": False}, "77372",
                 "Brainstem lesion makes one lesion complex: 61796 wrong primary, 61799 without a second "
                 "complex lesion.")


def c33() -> Chart:
    page = [
        Heading("CyberKnife Spine Summary"),
        "L1 vertebral metastasis (renal cell) with posterior element involvement abutting the dura.",
        ("Vacuum cushion. Planning CT (1 mm) plus MRI L-spine fused. CTV per consensus, PTV = CTV "
        "+ 2 mm. Precision, Iris, 27 Gy in 3 fractions to the 78% isodose. Xsight Spine tracking."),
        ("Fractions 06/23, 06/25, 06/27/2025. L1 metastasis 27 Gy in 3 fractions. Only one spinal level "
        "was treated."),
        Signature("TESTONC, Oda, MD 06/27/2025"),
    ]
    return chart("b2_33_spine_one_level_63621", [page], hdr("Valley CK Center", "GINA", 33, "01/17/1959"),
                 ["77373", "77435", "63620", "63621"], "robotic_linac", [SPINE], 3, ["CT", "MRI"],
                 ["body_immobilization"], {"77373": True, "77435": True, "63620": True, "63621": False}, "77373",
                 "63621 (additional spinal lesion) with only one level treated.")


def c34() -> Chart:
    page = [
        Heading("fSRS summary"),
        ("Pt w/ R frontal met 2.0 cm (NSCLC). Tx unit TB3 (Varian TrueBeam). Mask. CT sim + MRI fused. GTV "
        "+ 1 mm = PTV. Eclipse VMAT 3 arcs, Rx 27 Gy/3 fx to 80% IDL. CBCT q fx. QA passed."),
        "fx 1-3 on 11/03, 11/05, 11/07/2025. R frontal met 27 Gy/3 fx delivered.",
        Signature("TESTONC, Pat, MD 11/07/2025"),
    ]
    return chart("b2_34_gcodes_on_truebeam", [page], hdr("Uptown Radiation", "HUGO", 34, "03/30/1966"),
                 ["G0339", "G0340", "77435", "61796"], "linac", [SIMPLE], 3, ["CT", "MRI"], ["mask"],
                 {"G0339": False, "G0340": False, "77435": True, "61796": True}, "77373",
                 "Robotic-only G0339/G0340 claimed for a TrueBeam course ('TB3').")


def c35() -> Chart:
    page = [
        Heading("CyberKnife Radiosurgery - Trigeminal Neuralgia"),
        "Right V2/V3 trigeminal neuralgia refractory to carbamazepine and oxcarbazepine.",
        ("Thermoplastic mask. Thin-slice planning CT (0.625 mm) and MRI (CISS) fused. Right "
        "trigeminal nerve contoured (6 mm retrogasserian segment). Precision, 5 mm fixed cone, 60 Gy "
        "maximum dose (prescribed 48 Gy to the 80% isodose line). 6D Skull tracking."),
        "Delivered in one session 10/20/2025. Right trigeminal nerve 60 Gy maximum in a single session.",
        Signature("TESTNSG, Quentin, MD 10/20/2025"),
    ]
    return chart("b2_35_ck_trigeminal_gcodes", [page], hdr("Robotic Radiosurgery Institute", "IRIS", 35, "04/04/1950"),
                 ["G0339", "G0340", "77432", "61798"], "robotic_linac", [COMPLEX], 1, ["CT", "MRI"], ["mask"],
                 {"G0339": True, "G0340": False, "77432": True, "61798": True}, "77372",
                 "Single-session CyberKnife TN: G0339 consistent, G0340 has no later session.")


def c36() -> Chart:
    p1 = [
        Heading("Neurosurgery Clinic Note and Radiosurgery Record - AVM"),
        KeyValue([("Visit", "01/06/2025 consult; 02/03/2025 procedure"), ("Surgeon", "TESTNSG, Rosa, MD")]),
        ("History: 29-year-old with a left parietal arteriovenous malformation (Spetzler-Martin grade II) "
        "found after a seizure in 2024. No hemorrhage. Seizures controlled on lamotrigine."),
        "Medications: lamotrigine 100 mg twice daily; omeprazole 20 mg daily; oral contraceptive.",
        "Allergies: none. Family history: grandfather had laryngeal cancer treated with radiation.",
        ("Plan: once-only radiosurgery on the Gamma Knife. Embolization and resection were discussed and "
        "declined."),
    ]
    p2 = [
        Heading("Procedure - 02/03/2025", level=2),
        ("Leksell frame placed under local anesthesia (4 pins). Stereotactic digital subtraction angiography "
        "(biplane) and stereotactic MRI (T1 contrast, TOF) were obtained with the indicator boxes. The nidus "
        "(2.4 cm) was outlined in GammaPlan on the fused angiogram and MRI. 11 shots, 4/8 mm collimators, "
        "22 Gy to the 50% isodose line. The physicist verified coordinates before delivery."),
        "Treatment delivered on the Perfexion in one sitting; frame removed; no complications.",
    ]
    p3 = [
        Heading("Summary", level=2),
        ("Left parietal AVM nidus: 22 Gy marginal dose, 50% isodose, single session on 02/03/2025. Follow-up "
        "MRI every 6 months; angiography at 3 years."),
        Signature("TESTNSG, Rosa, MD 02/03/2025; TESTONC, Sam, MD; TESTPHYS, Tia, PhD"),
    ]
    return chart("b2_36_avm_three_pages", [p1, p2, p3], hdr("Children's and Adults Neuro Center", "JUNO", 36, "05/01/1995"),
                 ["77371", "77432", "61798", "61800"], "cobalt60", [COMPLEX], 1, ["MRI", "angiography"],
                 ["frame"], yes("77371", "77432", "61798", "61800"), "77371",
                 "Three pages; AVM (complex) with stereotactic angiography; 'once-only'; grandfather's "
                 "radiation and omeprazole are distractors.")


def c37() -> Chart:
    page = [
        Heading("Stereotactic Treatments - Course Summary"),
        "Right occipital metastasis, 2.9 cm (colon). Treated over five sessions on the Novalis Tx.",
        ("Frameless mask; CT simulation and MRI fusion; GTV on MRI, PTV = GTV + 1 mm; iPlan, 5 conformal "
        "arcs, 25 Gy in five treatments of 5 Gy to the 80% isodose. ExacTrac before each treatment."),
        "The patient completed all five treatments (12/01 - 12/05/2025). Right occipital lesion 25 Gy.",
        Signature("TESTONC, Uri, MD 12/05/2025"),
    ]
    return chart("b2_37_five_treatments", [page], hdr("Westfield Oncology", "KURT", 37, "08/11/1963"),
                 ["77373", "77435", "77432", "61796"], "linac", [SIMPLE], 5, ["CT", "MRI"], ["mask"],
                 {"77373": True, "77435": True, "77432": False, "61796": True}, "77373",
                 "Fractions expressed as 'sessions'/'treatments'; single-session management 77432 is "
                 "inconsistent with five treatments.")


def c38() -> Chart:
    rows = [("Fx", "Date", "Beams", "MU", "Dose", "Tracking", "Corrections")]
    for i, d in enumerate(["04/01", "04/03", "04/07", "04/09", "04/11"], start=1):
        rows.append((str(i), f"{d}/2025", "148", str(31000 + 53 * i), "7.25 Gy", "Synchrony fiducial",
                     f"{1 + i % 3} mm max"))
    page = [
        Heading("CYBERKNIFE TREATMENT RECORD"),
        KeyValue([("Plan", "PROS_SBRT_01 (Accuray Precision)"), ("System", "CyberKnife M6, InCise MLC"),
                  ("Target", "PTV_Prostate = prostate + 3 mm (2 mm posterior)"),
                  ("Rx", "36.25 Gy / 5 fx, 83% isodose"),
                  ("Localization", "4 gold fiducial seeds")], value_x=90),
        RuledTable(rows),
        "Total delivered: prostate 36.25 Gy in 5 fractions.",
        Signature("TESTPHYS, Val, MS 04/11/2025; TESTONC, Wes, MD 04/11/2025"),
    ]
    return chart("b2_38_ck_record_no_sim_imaging", [page], hdr("Bayview CyberKnife", "LIAM", 38, "10/31/1949"),
                 ["77373", "77435"], "robotic_linac", [BODY], 5, [], ["fiducials"], yes("77373", "77435"),
                 "77373", "Per-fraction CK record that never mentions planning CT or MRI: imaging empty, "
                 "imaging category not met.", categories=cats(imaging=False), options={"font": "Courier",
                                                                                         "font_size": 9})


def c39() -> Chart:
    page = [
        Heading("Proton Radiosurgery - AVM"),
        ("Right frontal AVM, 1.8 cm nidus. Thermoplastic mask with bite block. Planning CT, MRI and "
        "catheter angiography fused. Nidus contoured. Proton PBS (pencil beam scanning), 3 fields, "
        "RayStation, 18 Gy(RBE) in a single fraction. Orthogonal kV imaging before delivery; "
        "patient-specific QA measured."),
        "Delivered 01/13/2025: right frontal AVM 18 Gy(RBE) x 1 fraction.",
        Signature("TESTONC, Xan, MD 01/13/2025"),
    ]
    return chart("b2_39_proton_pbs_avm", [page], hdr("Proton Therapy Center", "MAYA", 39, "07/07/1988"),
                 ["77372", "61798"], "particle", [COMPLEX], 1, ["CT", "MRI", "angiography"], ["mask"],
                 {"77372": False, "61798": True}, None,
                 "Proton PBS radiosurgery: photon delivery code 77372 inconsistent and no delivery code; AVM "
                 "complex so 61798 consistent.")


def c40() -> Chart:
    page = [
        Heading("GK Summary - Two Simple Metastases"),
        ("Two metastases (right frontal 1.0 cm, left parietal 1.3 cm), lung primary; neither near the optic "
        "apparatus or brainstem."),
        ("Leksell frame placed with local anesthesia; stereotactic MRI; targets outlined in GammaPlan; "
        "20 Gy to the 50% isodose each (4 and 6 shots). Frame co-ordinates checked by physics."),
        ("Single session 06/30/2025 on the Leksell Gamma Knife Esprit. Right frontal 20 Gy; left parietal "
        "20 Gy."),
        Signature("TESTNSG, Yul, MD 06/30/2025"),
    ]
    return chart("b2_40_extra_complex_addon", [page], hdr("Gamma Knife Center", "NOEL", 40, "02/19/1954"),
                 ["77371", "77432", "61796", "61797", "61799", "61800"], "cobalt60", [SIMPLE, SIMPLE], 1, ["MRI"],
                 ["frame"], {"77371": True, "77432": True, "61796": True, "61797": True, "61799": False,
                             "61800": True}, "77371",
                 "Two simple lesions billed with an extra complex add-on 61799 (too many add-on units).")


CHARTS = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20,
          c21, c22, c23, c24, c25, c26, c27, c28, c29, c30, c31, c32, c33, c34, c35, c36, c37, c38, c39, c40]


CORPUS = Corpus("blind_corpus2", "tests/blind_corpus2", lambda: [make() for make in CHARTS],
                pdf_options={"footer": FOOTER, "title": "{name}"})
