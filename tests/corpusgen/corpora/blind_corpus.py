"""First blind corpus, ``tests/blind_corpus/`` (regenerate: ``python scripts/make_corpus.py blind_corpus``).

The charts are written the way other clinics write them (multi-page reports with repeated banners,
two-column pages, lesion tables with unfamiliar headers, per-fraction logs, key-value forms, letters to a
referring physician, dictated notes with ALL CAPS headings, EHR exports in Courier) and they were written
without looking at the reader's vocabulary or rules, to measure how well srscheck generalises.
Each ``NAME.pdf`` has a gold file ``NAME.gold.json`` in the shared corpus format; the labels were derived
by hand from ../shared/reference/coding-rules.md and ../shared/corpus/README.md, never from the tool.
All patients are synthetic (TESTPATIENT / BLINDPATIENT names, SYN-B MRNs).

Score it with:  python ../shared/tools/score.py --corpus tests/blind_corpus --jobs 2 --report /tmp/blind.md
"""

# ruff: noqa: E501  (spec text kept as its author wrote it)

from __future__ import annotations

from collections.abc import Callable, Sequence

from pdfmaker import (
    BulletList,
    ColumnBreak,
    Heading,
    KeyValue,
    Paragraph,
    RuledTable,
    Signature,
    Spacer,
    TextTable,
)

from corpusgen import Chart, Corpus, Gold

FOOT = "SYNTHETIC TEST RECORD - no real patient"
S, C = ("cranial", "simple"), ("cranial", "complex")
SPINE, BODY = ("spinal", None), ("body", None)


def label(codes: Sequence[str], modality: str | None, lesions: Sequence[tuple[str, str | None]],
          fractions: int | None, imaging: Sequence[str], positioning: Sequence[str], delivery: str | None,
          notes: str, wrong: Sequence[str] = (), missing: Sequence[str] = ()) -> Gold:
    """Hand labels of one chart; ``wrong`` lists the claimed codes the facts contradict."""
    return Gold(codes, modality, lesions, fractions, imaging, positioning, notes, delivery_code=delivery,
                wrong=wrong, missing=missing)


CHARTS: list[Callable[[], Chart]] = []


def chart(fn: Callable[[], Chart]) -> Callable[[], Chart]:
    CHARTS.append(fn)
    return fn


def banner(clinic: str, patient: str, mrn: str, dob: str) -> list[str]:
    return [clinic, f"{patient}   MRN {mrn}   DOB {dob}"]


# --------------------------------------------------------------------------------------------------
# Cranial, single session
# --------------------------------------------------------------------------------------------------


@chart
def b01() -> Chart:
    p1 = [
        Heading("GAMMA KNIFE RADIOSURGERY - TREATMENT SUMMARY"),
        KeyValue([
            ("Patient", "TESTPATIENT, HAROLD"),
            ("Referring physician", "P. Lindqvist, MD (Medical Oncology)"),
            ("Neurosurgeon", "R. Okonkwo, MD"),
            ("Radiation oncologist", "S. Varga, MD"),
            ("Date of procedure", "06/17/2025"),
            ("Unit", "Leksell Gamma Knife Perfexion"),
            ("Diagnosis", "Metastatic non-small cell lung cancer to brain (C79.31), four lesions"),
        ], bold_labels=True),
        Heading("Indication", 2),
        ("Four new enhancing lesions on surveillance imaging of 05/30/2025, largest 1.7 cm. KPS 80, "
        "extracranial disease stable on osimertinib. Radiosurgery was recommended over whole-brain "
        "radiotherapy after multidisciplinary tumor board discussion."),
    ]
    p2 = [
        Heading("Frame application", 2),
        ("On the morning of treatment a Leksell G frame was applied under local anesthesia (1% lidocaine "
        "mixed with 0.5% bupivacaine) using four pins. The patient tolerated frame placement well."),
        Heading("Stereotactic imaging", 2),
        ("With the frame and the MR indicator box in place, a stereotactic MRI was obtained: post-gadolinium "
        "3D SPGR (1 mm slices) and axial T2."),
        Heading("Dose planning", 2),
        ("Targets were delineated on the stereotactic MRI in Leksell GammaPlan by the neurosurgeon and the "
        "radiation oncologist. Shots were composed of 4, 8 and 16 mm collimator sectors; all prescriptions "
        "to the 50% isodose line. Brainstem Dmax 9.8 Gy; optic chiasm Dmax 3.1 Gy."),
        TextTable([
            ("Target", "Site", "Rx (cGy)", "Fx"),
            ("1", "R frontal (1.7 cm)", "2000", "1"),
            ("2", "L parietal (1.2 cm)", "2000", "1"),
            ("3", "R cerebellar hemisphere (0.8 cm)", "2200", "1"),
            ("4", "L occipital (0.6 cm)", "2200", "1"),
        ], columns=(0, 60, 270, 350)),
    ]
    p3 = [
        Heading("Treatment delivery", 2),
        ("Frame coordinates and the plan were verified independently by the medical physicist before "
        "delivery (second check of shot coordinates and treatment times). All four targets were treated in "
        "one session on 06/17/2025; total beam-on time 64 minutes. The frame was removed and the pin sites "
        "were dressed."),
        Heading("Summary", 2),
        BulletList(["R frontal: 20 Gy x 1", "L parietal: 20 Gy x 1", "R cerebellar: 22 Gy x 1",
                    "L occipital: 22 Gy x 1"]),
        "Follow-up MRI in 2 months.",
        Signature("Electronically signed: R. Okonkwo, MD (Neurosurgery) 06/17/2025 16:02; S. Varga, MD "
                  "(Radiation Oncology) 06/17/2025 16:20; T. Moreau, PhD (Medical Physics) 06/17/2025"),
    ]
    return Chart("b01_gk_frame_four_mets_3pages", [p1, p2, p3], label(
        ["77371", "77432", "61796", "61797", "61800"], "cobalt60", [S, S, S, S], 1, ["MRI"], ["frame"],
        "77371",
        "Three-page Gamma Knife Perfexion report with repeated banner: G frame, four simple metastases in "
        "a 'Target | Site | Rx (cGy) | Fx' table; OAR Dmax values are not prescriptions; all consistent."),
        {"header": banner("Riverbend Gamma Knife Center", "TESTPATIENT, HAROLD", "SYN-B001", "02/14/1952"),
         "footer": FOOT})


@chart
def b02() -> Chart:
    blocks = [
        Heading("SRS Treatment Summary (HyperArc)"),
        "Dx: metastatic melanoma to brain, three lesions. KPS 90. BRAF wild type.",
        Heading("Simulation", 2),
        ("CT simulation with 1 mm slices on 07/08/2025 in an Encompass SRS thermoplastic mask. MRI brain "
        "w/ and w/o contrast (MPRAGE, 1 mm) from 07/07/2025 was rigidly registered to the planning CT."),
        Heading("Targets", 2),
        BulletList(["PTV1 right frontal, 1.6 cm", "PTV2 suprasellar, 0.9 cm, 4 mm from the optic chiasm",
                    "PTV3 left cerebellar, 0.8 cm"]),
        Heading("Prescription", 2),
        ("PTV1 and PTV3: 20 Gy x 1. PTV2: 14 Gy x 1 (chiasm Dmax constraint 8 Gy; achieved 7.6 Gy). Single "
        "isocenter, four non-coplanar VMAT arcs (HyperArc, Eclipse 16.1), prescribed to the 70-80% IDL. "
        "GTV = PTV (0 mm margin)."),
        ColumnBreak(),
        Heading("Treatment", 2),
        ("Delivered 07/15/2025 in one session on the TrueBeam STx. ExacTrac 6D x-ray verification before "
        "each arc and a CBCT before the first arc; shifts reviewed and approved by the physician. "
        "Patient-specific QA (SRS MapCHECK) passed, gamma 2%/1 mm 98.7%."),
        Heading("Course summary", 2),
        RuledTable([("Target", "Delivered", "Fx"), ("R frontal", "20 Gy", "1"), ("Suprasellar", "14 Gy", "1"),
                    ("L cerebellar", "20 Gy", "1")]),
        Signature("Signed: A. Reyes, MD 07/15/2025. Physics: J. Park, MS, DABR 07/15/2025."),
    ]
    return Chart("b02_truebeam_two_column_three_mets_mixed", [blocks], label(
        ["77372", "77432", "61798", "61797"], "linac", [S, C, S], 1, ["CT", "MRI"], ["mask"], "77372",
        "Two-column TrueBeam STx HyperArc single session, three metastases, one 4 mm from the chiasm "
        "(complex): 61798 first then 61797; all consistent."),
        {"header": banner("North Shore Cancer Institute - Radiation Oncology", "TESTPATIENT, MARGO",
                          "SYN-B002", "11/02/1961"), "footer": FOOT, "two_columns": True,
         "page_numbers": "Page {n}/{total}"})


@chart
def b03() -> Chart:
    blocks = [
        "September 12, 2025",
        "Elena Abernathy, MD\nHematology-Oncology Associates",
        "Re: TESTPATIENT, JUNE (SYN-B003)",
        "Dear Dr. Abernathy,",
        ("Thank you for referring Ms. TESTPATIENT, a 58-year-old woman with ER-positive breast cancer, for "
        "management of a solitary brain metastasis. I am writing to update you now that her radiosurgery "
        "is complete."),
        ("Her MRI showed a 1.9 cm enhancing lesion in the left medial temporal lobe, 9 mm from the optic "
        "chiasm. After we discussed observation, surgery and radiosurgery, she chose stereotactic "
        "radiosurgery."),
        ("On September 2 she underwent CT simulation in a frameless Orfit mask; the CT was fused with a "
        "contrast-enhanced MRI (post-gadolinium SPGR and FIESTA sequences). We contoured the lesion on the "
        "MRI and added a 1 mm margin. Using a single isocenter with three non-coplanar dynamic conformal "
        "arcs on our Varian Edge, we prescribed 18 Gy to the 80% isodose line. The chiasm maximum dose "
        "was 4.2 Gy."),
        ("She was treated in one session on September 9, 2025. Before treatment, orthogonal kV images and "
        "a cone-beam CT confirmed her position, and AlignRT surface guidance monitored her throughout. Our "
        "physicist performed an independent second check of the monitor units."),
        ("In summary, her left temporal metastasis received 18 Gy in a single fraction, and she tolerated "
        "it without acute effects. We will repeat her MRI in 6 weeks and then every 3 months. Please do "
        "not hesitate to call me with any questions."),
        "Sincerely,",
        Signature("Miriam Castellanos, MD, Radiation Oncology (electronically signed 09/12/2025)"),
    ]
    return Chart("b03_edge_letter_nine_mm_from_chiasm", [blocks], label(
        ["77372", "77432", "61796"], "linac", [S], 1, ["CT", "MRI"], ["mask"], "77372",
        "Prose letter to the referring oncologist; Edge single session; lesion 9 mm from the chiasm is "
        "simple; 'frameless Orfit mask'; planned MRI in 6 weeks is not imaging; all consistent."),
        {"header": ["Lakeside Radiation Oncology, 400 Harbor Road"], "footer": FOOT, "page_numbers": None,
         "font": "Times-Roman", "font_size": 11})


@chart
def b04() -> Chart:
    blocks = [
        Paragraph("CYBERKNIFE RADIOSURGERY PROCEDURE NOTE", bold=True),
        "DATE OF SERVICE: 10/01/2025",
        "PROCEDURE: CyberKnife stereotactic radiosurgery, single fraction.",
        ("HISTORY OF PRESENT ILLNESS: This is a 71-year-old man with metastatic clear cell renal carcinoma "
        "who presented with gait imbalance. Imaging demonstrated a right cerebellar metastasis measuring "
        "1.8 cm. He is referred for SRS. KPS 80."),
        ("SIMULATION: The patient was immobilized supine in an Aquaplast thermoplastic mask. NO FRAME WAS "
        "PLACED. A thin-slice contrast-enhanced CT was obtained and fused to a volumetric post-contrast MRI."),
        ("PLANNING: The GTV was contoured on the fused MRI; PTV equals GTV plus 1 mm. A non-isocentric plan "
        "was generated in Precision with the Iris variable aperture collimator, 147 beams. Prescription "
        "2000 cGy in 1 fraction to the 78% isodose line. Brainstem Dmax 9.6 Gy."),
        ("TREATMENT: Delivered on the CyberKnife M6 on 10/01/2025 in one session with 6D skull tracking. "
        "Orthogonal kV image pairs were acquired every 30 to 60 seconds and the robot corrected for motion."),
        "IMPRESSION: Right cerebellar metastasis treated with 20 Gy x 1. Tolerated well.",
        "FOLLOW-UP: MRI brain in 8 weeks.",
        "D: H. Lindgren, MD  T: 10/01/2025 14:11  Electronically signed 10/02/2025",
    ]
    return Chart("b04_cyberknife_dictated_caps_single_cranial", [blocks], label(
        ["77372", "77432", "61796"], "robotic_linac", [S], 1, ["CT", "MRI"], ["mask"], "77372",
        "Dictated CyberKnife M6 note with ALL CAPS headings; single-session cranial on a robotic linac "
        "is 77372; 'NO FRAME WAS PLACED'; all consistent."),
        {"header": banner("Desert Valley CyberKnife", "TESTPATIENT, OSCAR", "SYN-B004", "07/30/1954"),
         "footer": FOOT, "font": "Courier", "font_size": 9.5, "page_numbers": None})


@chart
def b07() -> Chart:
    blocks = [
        Heading("Stereotactic Radiosurgery for Arteriovenous Malformation - Operative Note"),
        KeyValue([("Date", "03/20/2025"), ("Surgeon", "L. Fischer, MD"), ("Co-surgeon", "N. Adeyemi, MD"),
                  ("Device", "Leksell Gamma Knife Perfexion")]),
        ("Diagnosis: right parietal arteriovenous malformation (Q28.2), Spetzler-Martin grade II, nidus "
        "2.1 cm, presenting with seizures; no prior hemorrhage."),
        ("Procedure: A Leksell G frame was placed under local anesthesia with four pins. Stereotactic biplane "
        "digital subtraction angiography and stereotactic MRI (T1 post-contrast, T2, time-of-flight) were "
        "obtained with the frame in place and imported into GammaPlan."),
        ("The nidus was delineated on the angiogram and the MRI. Marginal dose 22 Gy to the 50% isodose line "
        "using 12 shots with 8 and 16 mm collimators; 12 Gy volume of brain 6.1 cc."),
        ("Treatment was delivered in a single session (57 minutes). Frame coordinates and collision checks "
        "were verified by the physicist before delivery. The frame was removed without complication."),
        "Summary: right parietal AVM nidus, 22 Gy x 1.",
        Signature("L. Fischer, MD - electronically signed 03/20/2025; physicist K. Brandt, PhD 03/20/2025"),
    ]
    return Chart("b07_gk_avm_angiography", [blocks], label(
        ["77371", "77432", "61798", "61800"], "cobalt60", [C], 1, ["MRI", "angiography"], ["frame"],
        "77371", "Gamma Knife AVM with frame; stereotactic DSA counts as angiography; AVM is complex."),
        {"header": banner("St. Brigid Neurosciences", "TESTPATIENT, LUCA", "SYN-B007", "04/04/1990"),
         "footer": FOOT})


@chart
def b08() -> Chart:
    blocks = [
        Heading("Gamma Knife Radiosurgery - Trigeminal Neuralgia"),
        ("Indication: right trigeminal neuralgia, type 1 (V2-V3), refractory to carbamazepine and "
        "oxcarbazepine; the patient declined microvascular decompression."),
        ("Frame: Leksell G frame applied under local anesthesia. Imaging: stereotactic MRI with FIESTA "
        "(0.6 mm) and post-contrast T1. CT was not obtained."),
        ("Target: right trigeminal nerve, cisternal segment, about 8 mm anterior to the root entry zone. "
        "The nerve was delineated on the FIESTA images. One 4 mm shot in GammaPlan; 80 Gy maximum dose (100% isodose line). The brainstem surface received "
        "under 15 Gy (20% isodose)."),
        ("Delivery: 02/11/2025 on the Perfexion, one session. The frame coordinates were independently "
        "checked by the medical physicist before treatment."),
        "Summary: right trigeminal nerve, 80 Gy maximum dose in one session. Follow-up in clinic in 6 weeks.",
        Signature("Signed 02/11/2025: C. Nakamura, MD (Neurosurgery); E. Sorensen, MS (Physics)"),
    ]
    return Chart("b08_gk_trigeminal_neuralgia_ct_not_obtained", [blocks], label(
        ["77371", "77432", "61798", "61800"], "cobalt60", [C], 1, ["MRI"], ["frame"], "77371",
        "Functional target (trigeminal neuralgia) is complex; 'CT was not obtained' is negated imaging."),
        {"header": banner("Harborview Gamma Knife", "TESTPATIENT, IRENE", "SYN-B008", "09/09/1949"),
         "footer": FOOT, "page_numbers": None})


@chart
def b11() -> Chart:
    blocks = [
        Heading("Stereotactic Radiosurgery Note - Elekta Versa HD"),
        ("Indication: 1.2 cm metastasis within the pons (brainstem), HER2-positive breast cancer. A 3 mm "
        "focus in the left frontal lobe on the planning MRI was judged to be a vessel and was not treated."),
        ("Immobilization: Orfit thermoplastic mask. Planning CT (1 mm) fused with MRI (T1 post-gadolinium, "
        "1 mm)."),
        ("Plan (Monaco): GTV on MRI, PTV = GTV + 1 mm; five VMAT arcs; single-fraction prescription 15 Gy "
        "to the 80% isodose line; brainstem D0.03cc 15.9 Gy."),
        ("QA: patient-specific QA on ArcCHECK, 99.1% (3%/2 mm). XVI CBCT with HexaPOD 6D correction before "
        "treatment and a verification CBCT after the first arc."),
        "Treatment date 05/28/2025. Pontine metastasis: 15 Gy delivered in one session.",
        Signature("Electronically signed by K. Osei, MD on 05/28/2025"),
    ]
    return Chart("b11_versahd_brainstem_single", [blocks], label(
        ["77372", "77432", "61798"], "linac", [C], 1, ["CT", "MRI"], ["mask"], "77372",
        "Brainstem (pontine) lesion is complex; an untreated vessel-like focus is not a lesion."),
        {"header": banner("Mercy West Radiation Oncology", "TESTPATIENT, NADIA", "SYN-B011", "12/12/1966"),
         "footer": FOOT})


@chart
def b12() -> Chart:
    blocks = [
        Heading("Radiosurgery Summary"),
        Heading("Subjective", 2),
        ("68-year-old woman with an enlarging right parietal convexity meningioma, 2.4 cm, presumed WHO "
        "grade 1, not a surgical candidate. Social history: lives with her husband, who was treated with "
        "CyberKnife for prostate cancer in 2022."),
        Heading("Procedure", 2),
        BulletList([
            "Thermoplastic mask made at simulation on 02/03/2025",
            "Planning CT 1 mm fused with contrast MRI (T1 post-gadolinium, 1 mm)",
            "GTV = enhancing tumor incl. dural tail on MRI, PTV = GTV + 1 mm",
            "Monaco VMAT, two arcs, Elekta Synergy",
            "Rx 14 Gy x 1 to the 80% isodose line",
            "XVI cone-beam CT before treatment, 6D couch correction; physics plan check completed",
        ]),
        Heading("Assessment", 2),
        "Right parietal convexity meningioma treated 02/10/2025 with 14 Gy in one fraction.",
        Signature("M. Duval, MD 02/10/2025"),
    ]
    return Chart("b12_synergy_convexity_meningioma_other_person", [blocks], label(
        ["77372", "77432", "61796"], "linac", [S], 1, ["CT", "MRI"], ["mask"], "77372",
        "Convexity meningioma < 3.5 cm is simple; the husband's CyberKnife treatment is another person's."),
        {"header": banner("Prairie Cancer Center", "TESTPATIENT, ROSA", "SYN-B012", "01/05/1957"),
         "footer": FOOT, "font": "Helvetica"})


@chart
def b27() -> Chart:
    blocks = [
        Heading("Frameless Radiosurgery Summary"),
        KeyValue([("Diagnosis", "Left frontal metastasis, 1.4 cm, esophageal adenocarcinoma"),
                  ("Machine", "Varian TrueBeam STx"), ("Date", "11/19/2025")]),
        ("MRI was contraindicated (cochlear implant); a contrast-enhanced planning CT with 1 mm slices was "
        "used for contouring. Frameless technique: Encompass thermoplastic mask; no head frame was applied."),
        ("GTV on contrast CT, PTV = GTV + 1.5 mm. Eclipse, three non-coplanar dynamic conformal arcs. "
        "Prescription 21 Gy in a single fraction, 80% IDL."),
        "Cone-beam CT and ExacTrac x-rays before treatment; physician approved the 6D shifts.",
        "Summary: left frontal metastasis, 21 Gy x 1 delivered 11/19/2025.",
        Signature("B. Holm, MD 11/19/2025"),
    ]
    return Chart("b27_frameless_mask_claims_61800", [blocks], label(
        ["77372", "77432", "61796", "61800"], "linac", [S], 1, ["CT"], ["mask"], "77372",
        "Frameless mask course billed with frame add-on 61800 (inconsistent); MRI contraindicated.",
        wrong=["61800"]),
        {"header": banner("Bayside Oncology", "TESTPATIENT, AXEL", "SYN-B027", "03/03/1948"), "footer": FOOT})


@chart
def b28() -> Chart:
    blocks = [
        Heading("SRS Completion Note - Varian Edge"),
        ("Two brain metastases from small cell lung cancer after prior prophylactic cranial irradiation "
        "(25 Gy in 10 fractions, 2023)."),
        TextTable([("Lesion", "Size", "Dose", "IDL"),
                   ("Right occipital", "1.1 cm", "20 Gy x 1", "80%"),
                   ("Left frontal", "0.7 cm", "20 Gy x 1", "80%")], columns=(0, 130, 210, 300)),
        ("Simulation in a thermoplastic mask; CT sim fused with MRI (SPGR). GTVs on MRI, PTV = GTV + 1 mm. "
        "Single-isocenter, four arcs, Eclipse. Both lesions treated in one session on 08/22/2025."),
        "IGRT: CBCT then OBI kV/kV pair before each arc; intrafraction surface monitoring (IDENTIFY).",
        "Both lesions received 20 Gy in one fraction as planned.",
        Signature("Electronically signed, F. Romano, MD, 08/22/2025"),
    ]
    return Chart("b28_edge_single_session_billed_as_sbrt", [blocks], label(
        ["77373", "77435", "61796", "61797"], "linac", [S, S], 1, ["CT", "MRI"], ["mask"], "77372",
        "Single-session cranial SRS billed with SBRT codes 77373/77435 (both inconsistent; 77372 "
        "suggested); prior PCI 25 Gy in 10 fractions is history.", wrong=["77373", "77435"]),
        {"header": banner("Summit Radiation Partners", "TESTPATIENT, GIDEON", "SYN-B028", "06/21/1959"),
         "footer": FOOT})


@chart
def b29() -> Chart:
    blocks = [
        Heading("Stereotactic Radiosurgery - Treatment Summary"),
        "Diagnosis: metastatic renal cell carcinoma, two brain metastases.",
        RuledTable([
            ("Target", "Location", "Size", "Proximity", "Prescription"),
            ("A", "Left orbital apex / anterior clinoid", "1.2 cm", "3 mm from left optic nerve", "15 Gy x 1"),
            ("B", "Left parietal", "1.4 cm", "-", "20 Gy x 1"),
        ]),
        ("Immobilization: Qfix Encompass mask. Imaging: planning CT and MRI (MPRAGE) fused. Contours on MRI, "
        "PTV = GTV + 1 mm. TrueBeam, single isocenter, four VMAT arcs (Eclipse), 80% isodose."),
        "CBCT before treatment with 6DoF couch; ExacTrac intrafraction checks. Portal dosimetry QA passed.",
        "Delivered 04/14/2025 in a single session. A: 15 Gy; B: 20 Gy.",
        Signature("R. Iyer, MD, 04/14/2025"),
    ]
    return Chart("b29_truebeam_one_complex_claims_61799", [blocks], label(
        ["77372", "77432", "61798", "61799"], "linac", [C, S], 1, ["CT", "MRI"], ["mask"], "77372",
        "One complex (3 mm from the optic nerve) and one simple lesion: 61798 fits, but 61799 needs a "
        "second complex lesion (the other is simple -> 61797).", wrong=["61799"]),
        {"header": banner("Eastgate Cancer Center", "TESTPATIENT, VERA", "SYN-B029", "10/10/1960"),
         "footer": FOOT})


@chart
def b30() -> Chart:
    blocks = [
        Heading("Gamma Knife Icon - Frame-based Radiosurgery"),
        Heading("History", 2),
        ("Lung adenocarcinoma. Prior radiosurgery in 2021: right parietal metastasis, 20 Gy x 1. Whole brain "
        "radiotherapy 30 Gy in 10 fractions in 2020. Now one new left frontal metastasis, 1.3 cm."),
        Heading("Today (01/22/2025)", 2),
        ("Leksell Vantage frame applied under local anesthesia with four pins. Stereotactic MRI (T1 "
        "post-contrast 3D, 1 mm) with the MR indicator. Target contoured in GammaPlan; 18 Gy to the 50% "
        "isodose line, 9 shots. Frame co-ordinates verified by physics; second physicist check of the plan."),
        ("Left frontal metastasis: 18 Gy delivered in a single session. The previously treated right "
        "parietal lesion is stable and was not retreated."),
        Signature("Signed: D. Ahn, MD 01/22/2025"),
    ]
    return Chart("b30_icon_frame_with_prior_srs_history", [blocks], label(
        ["77371", "77432", "61796"], "cobalt60", [S], 1, ["MRI"], ["frame"], "77371",
        "Icon with Vantage frame, one new lesion; prior SRS (2021) and prior WBRT 30 Gy/10 fx are history "
        "(lesion_count 1, fractions 1)."),
        {"header": banner("Cedar Ridge Gamma Knife", "TESTPATIENT, FELIX", "SYN-B030", "02/27/1951"),
         "footer": FOOT})


@chart
def b33() -> Chart:
    blocks = [
        Heading("ZAP-X Radiosurgery Record"),
        "Right frontal metastasis from breast cancer, 1.1 cm. No stereotactic frame was applied.",
        ("Planning: contrast CT (0.8 mm) co-registered with MRI (post-contrast T1); GTV on MRI, PTV = GTV + "
        "1 mm; 96 non-coplanar beams with 7.5 mm collimator; 20 Gy in one fraction to the 70% isodose line."),
        ("Delivery 06/02/2025 on ZAP-X with kV image pairs acquired throughout delivery for position "
        "verification. Medical physics second check completed."),
        "Summary: right frontal metastasis, 20 Gy single-fraction SRS.",
        Signature("Signed by U. Petrova, MD, 06/02/2025"),
    ]
    return Chart("b33_zapx_no_immobilization_documented", [blocks], label(
        ["77372", "77432", "61796"], "linac", [S], 1, ["CT", "MRI"], [], "77372",
        "ZAP-X (gantry linac) single session; no immobilization device documented, only 'No stereotactic "
        "frame was applied' -> positioning not met.", missing=["positioning"]),
        {"header": banner("Mountain View Neurosurgery", "TESTPATIENT, ALMA", "SYN-B033", "05/17/1969"),
         "footer": FOOT})


@chart
def b34() -> Chart:
    rows = [("Target", "Location", "Max diameter", "Marginal dose", "Isodose")]
    sites = [("R frontal", "1.4 cm", "20 Gy"), ("L frontal", "0.9 cm", "22 Gy"), ("R parietal", "1.1 cm", "20 Gy"),
             ("L temporal", "0.6 cm", "22 Gy"), ("R occipital", "0.8 cm", "22 Gy"),
             ("L cerebellar", "1.0 cm", "20 Gy"), ("R thalamic", "0.5 cm", "18 Gy")]
    rows += [(str(i), s, d, dose, "50%") for i, (s, d, dose) in enumerate(sites, start=1)]
    p1 = [
        Heading("Gamma Knife Radiosurgery - Multiple Metastases"),
        ("Indication: seven brain metastases from HER2-positive breast cancer; KPS 90; extracranial disease "
        "controlled. Whole brain radiation was discussed and deferred."),
        ("Leksell G frame fixed with four pins after local anesthetic infiltration. Stereotactic MRI "
        "(post-contrast 3D T1, 1 mm) acquired with the frame in place. Targets were contoured on the MRI in Leksell GammaPlan."),
        RuledTable(rows),
    ]
    p2 = [
        Heading("Delivery", 2),
        ("All seven targets were treated on the Perfexion in a single session on 09/30/2025 (beam-on 112 "
        "minutes). Physics verified the frame coordinates and the treatment times before delivery."),
        Heading("Summary", 2),
        "Seven metastases treated in one session with marginal doses of 18-22 Gy as tabulated above.",
        Signature("Neurosurgery: Y. Haddad, MD; Radiation Oncology: P. Quinn, MD; 09/30/2025"),
    ]
    return Chart("b34_gk_seven_mets_two_pages", [p1, p2], label(
        ["77371", "77432", "61796", "61797", "61800"], "cobalt60", [S] * 7, 1, ["MRI"], ["frame"], "77371",
        "Seven simple metastases in one Gamma Knife session (more lesions than billable units; codes still "
        "consistent)."),
        {"header": banner("Lakeview Gamma Knife Center", "TESTPATIENT, IDA", "SYN-B034", "08/08/1971"),
         "footer": FOOT, "page_numbers": "pg {n} of {total}"})


@chart
def b36() -> Chart:
    p1 = [
        Heading("NEUROFIBROMATOSIS TYPE 2 - BILATERAL VESTIBULAR SCHWANNOMAS"),
        ("Indication: growing bilateral vestibular schwannomas (right 2.2 cm, left 1.4 cm) in a 34-year-old "
        "with NF2; serviceable hearing on the left. Treatment of both tumors in one Gamma Knife session "
        "was chosen."),
        ("Leksell G frame under local anesthesia. Stereotactic MRI (CISS 0.5 mm and post-contrast T1) and a "
        "stereotactic CT to correct MR distortion; co-registered in GammaPlan."),
    ]
    p2 = [
        TextTable([("Tumor", "Dose", "Isodose", "Shots", "Cochlea mean"),
                   ("Right VS", "12 Gy", "50%", "14", "4.8 Gy"),
                   ("Left VS", "12 Gy", "50%", "9", "3.9 Gy")], columns=(0, 110, 180, 250, 310)),
        ("Both tumors contoured on the CISS/T1 images. Delivered 12/09/2025 on the Perfexion in one session; "
        "frame coordinates double-checked by the physicist."),
        "Summary: right and left vestibular schwannomas, 12 Gy each in a single session.",
        Signature("T. Alvarez, MD 12/09/2025"),
    ]
    return Chart("b36_gk_nf2_bilateral_schwannomas", [p1, p2], label(
        ["77371", "77432", "61798", "61799", "61800"], "cobalt60", [C, C], 1, ["CT", "MRI"], ["frame"],
        "77371", "Two complex lesions (vestibular schwannomas): 61798 + 61799 consistent; frame 61800."),
        {"header": banner("Crescent Neurosurgical Institute", "TESTPATIENT, OWEN", "SYN-B036", "03/30/1991"),
         "footer": FOOT})


@chart
def b38() -> Chart:
    blocks = [
        Heading("Leksell Gamma Knife Perfexion - Procedure Report"),
        "Left cerebellar metastasis, 2.0 cm, from endometrial carcinoma.",
        ("Leksell G frame placed with four pins under local anesthesia. Stereotactic MRI (1 mm post-contrast "
        "T1) with the fiducial box. Target contoured on the MRI; GammaPlan: 18 Gy to the 50% isodose line, 15 shots, 8 and 16 mm sectors."),
        "Physics confirmed the frame co-ordinates before treatment. Treated 07/07/2025 in one session.",
        "Summary: left cerebellar metastasis, 18 Gy x 1. MRI will be repeated in 3 months.",
        Signature("Electronically signed: G. Lund, MD 07/07/2025"),
    ]
    return Chart("b38_gk_billed_as_linac_77372", [blocks], label(
        ["77372", "77432", "61796", "61800"], "cobalt60", [S], 1, ["MRI"], ["frame"], "77371",
        "Gamma Knife single session billed with the linac code 77372 (inconsistent; 77371 suggested).",
        wrong=["77372"]),
        {"header": banner("Valley Gamma Knife", "TESTPATIENT, HUGO", "SYN-B038", "11/11/1958"), "footer": FOOT})


# --------------------------------------------------------------------------------------------------
# Cranial, fractionated
# --------------------------------------------------------------------------------------------------


@chart
def b05() -> Chart:
    blocks = [
        Heading("Leksell Gamma Knife Icon - Fractionated Radiosurgery"),
        KeyValue([
            ("Diagnosis", "Left temporal metastasis, lung adenocarcinoma, 3.6 x 3.1 x 2.8 cm"),
            ("Immobilization", "Icon thermoplastic mask with nose marker"),
            ("Planning imaging", "MRI (post-contrast 3D T1, 1 mm) on 04/01/2025"),
            ("Stereotactic reference", "cone-beam CT at each fraction, co-registered to the planning MRI"),
            ("Plan", ("target contoured in GammaPlan; 27 Gy in 3 fractions (9 Gy x 3) to the 50% isodose; "
                     "23 shots, 4 and 8 mm sectors")),
        ]),
        TextTable([("Fx", "Date", "Dose", "CBCT shift", "IFMM"),
                   ("1", "04/07/2025", "9 Gy", "0.4 mm, approved", "within 1.5 mm"),
                   ("2", "04/09/2025", "9 Gy", "0.6 mm, approved", "within 1.5 mm"),
                   ("3", "04/11/2025", "9 Gy", "0.3 mm, approved", "within 1.5 mm")],
                  columns=(0, 40, 130, 190, 320)),
        "Summary: left temporal metastasis, 27 Gy in 3 fractions completed 04/11/2025.",
        Signature("Signed: W. Brennan, MD; physicist A. Kowalski, 04/11/2025"),
    ]
    return Chart("b05_icon_three_fx_large_lesion", [blocks], label(
        ["77373", "77435", "61798"], "cobalt60", [C], 3, ["MRI"], ["mask"], "77373",
        "Fractionated Gamma Knife Icon (3 fx, mask, CBCT + IFMM) is 77373; lesion 3.6 cm is complex by "
        "size; CBCT is not planning imaging."),
        {"header": banner("Northgate Radiosurgery", "TESTPATIENT, MAEVE", "SYN-B005", "06/06/1963"),
         "footer": FOOT})


@chart
def b06() -> Chart:
    blocks = [
        Heading("Leksell Gamma Knife Esprit - Fractionated Radiosurgery Record"),
        BulletList([
            "Diagnosis: postoperative cavity, left occipital metastasis (colon adenocarcinoma), cavity 2.9 cm.",
            "Fixation: frameless thermoplastic mask; no frame.",
            ("Imaging: planning CT 05/05/2025 and MRI (T1 MPRAGE post-contrast) 05/04/2025, co-registered "
            "in GammaPlan."),
            "Target: cavity + 2 mm = PTV, delineated on MRI.",
            "Prescription: 5 fx of 6 Gy (30 Gy total) to the 50% isodose line, 31 shots.",
            "Image guidance: CBCT before each fraction; infrared motion management during delivery.",
            "Treatment dates: 05/12/2025 to 05/16/2025, five daily fractions, all delivered.",
            "Physics: independent second check of treatment times.",
        ], numbered=True),
        "Summary: left occipital cavity, 30 Gy in 5 fractions.",
        Signature("H. Sato, MD 05/16/2025"),
    ]
    return Chart("b06_esprit_five_fx_billed_single_session", [blocks], label(
        ["77371", "77432", "61796"], "cobalt60", [S], 5, ["CT", "MRI"], ["mask"], "77373",
        "Five-fraction Gamma Knife Esprit billed with single-session 77371/77432 (both inconsistent; "
        "77373 suggested); 61796 fits the simple cavity.", wrong=["77371", "77432"]),
        {"header": banner("Westbrook Radiosurgery", "TESTPATIENT, CLAUDE", "SYN-B006", "01/19/1956"),
         "footer": FOOT})


@chart
def b09() -> Chart:
    blocks = [
        Heading("HSRT Course Summary"),
        KeyValue([
            ("Diagnosis", "Left vestibular schwannoma (D33.3), 1.8 cm, Koos II"),
            ("Technique", "fSRS / HSRT, 5 fractions"),
            ("Machine", "Novalis Tx with ExacTrac"),
            ("Immobilization", "Brainlab frameless thermoplastic mask"),
            ("Sim imaging", "CT 1.25 mm + MRI (FIESTA, T1 post-gad) fused in iPlan"),
            ("Target", "GTV on MRI, PTV = GTV + 1 mm"),
            ("Rx", "25 Gy in 5 fx (5 Gy/fx) to the 90% IDL; 7 dynamic conformal arcs"),
            ("OAR", "cochlea mean 4.1 Gy; brainstem Dmax 24.8 Gy"),
            ("IGRT", "ExacTrac stereoscopic x-rays before each fx, 6D robotic couch"),
            ("Dates", "08/04/2025 - 08/08/2025"),
            ("Delivered", "left vestibular schwannoma 25 Gy / 5 fx, completed"),
        ], bold_labels=True, value_x=120),
        Signature("Signed: O. Mensah, MD 08/08/2025"),
    ]
    return Chart("b09_novalis_vs_key_value_form", [blocks], label(
        ["77373", "77435", "61798"], "linac", [C], 5, ["CT", "MRI"], ["mask"], "77373",
        "Key-value form: vestibular schwannoma HSRT 25 Gy/5 fx on Novalis Tx; brainstem Dmax is an OAR "
        "dose; all consistent."),
        {"header": banner("Clearwater Radiation Oncology", "TESTPATIENT, PAULA", "SYN-B009", "02/22/1970"),
         "footer": FOOT})


@chart
def b10() -> Chart:
    blocks = [
        Heading("CyberKnife S7 - Pituitary Adenoma"),
        ("Residual nonfunctioning pituitary macroadenoma after transsphenoidal resection, 2.1 cm, abutting "
        "the optic chiasm."),
        ("Thermoplastic mask. Thin-cut CT with contrast fused with MRI (coronal T1 post-contrast). GTV on "
        "MRI; no margin. 21 Gy in 3 fractions (7 Gy x 3) to the 80% isodose line, 190 beams, Iris collimator, "
        "Precision TPS. Optic chiasm Dmax 15 Gy."),
        TextTable([("Fx", "Date", "Dose", "Tracking"),
                   ("1", "03/03/2025", "7 Gy", "6D skull, kV pairs q45s"),
                   ("2", "03/05/2025", "7 Gy", "6D skull, kV pairs q45s"),
                   ("3", "03/07/2025", "7 Gy", "6D skull, kV pairs q45s")], columns=(0, 40, 130, 190)),
        "Summary: pituitary adenoma, 21 Gy in 3 fractions delivered.",
        Signature("Signed: E. Dubois, MD 03/07/2025"),
    ]
    return Chart("b10_ck_pituitary_billed_as_simple", [blocks], label(
        ["77373", "77435", "61796"], "robotic_linac", [C], 3, ["CT", "MRI"], ["mask"], "77373",
        "Pituitary adenoma is complex: 61796 (simple) is inconsistent, 61798 would fit.", wrong=["61796"]),
        {"header": banner("Coastal CyberKnife", "TESTPATIENT, REMY", "SYN-B010", "04/18/1965"), "footer": FOOT})


@chart
def b13() -> Chart:
    blocks = [
        Heading("Radixact Stereotactic Radiotherapy - Course Summary"),
        ("Diagnosis: left cavernous sinus meningioma, 2.6 cm, encasing the cavernous internal carotid artery, "
        "6 mm from the left optic nerve."),
        ("Simulation: thermoplastic mask, CT simulation (1.25 mm) and MRI (T1 post-contrast) fused. GTV on "
        "MRI, PTV = GTV + 2 mm. Helical delivery on the Radixact (TomoTherapy), 1.0 cm field width, "
        "Precision planning. Rx 25 Gy in 5 fractions."),
        RuledTable([("Fx", "Date", "Dose", "MVCT"),
                    ("1", "06/09/2025", "5 Gy", "registered, approved"),
                    ("2", "06/10/2025", "5 Gy", "registered, approved"),
                    ("3", "06/11/2025", "5 Gy", "registered, approved"),
                    ("4", "06/12/2025", "5 Gy", "registered, approved"),
                    ("5", "06/13/2025", "5 Gy", "registered, approved")]),
        "Summary: left cavernous sinus meningioma, 25 Gy in 5 fractions.",
        Signature("Signed: Z. Wahl, MD 06/13/2025"),
    ]
    return Chart("b13_radixact_cavernous_sinus_meningioma", [blocks], label(
        ["77373", "77435", "61798"], "linac", [C], 5, ["CT", "MRI"], ["mask"], "77373",
        "Cavernous-sinus meningioma is complex (location), although 6 mm from the optic nerve; TomoTherapy "
        "is a gantry linac; MVCT is image guidance."),
        {"header": banner("Granite State Cancer Care", "TESTPATIENT, LENA", "SYN-B013", "07/14/1962"),
         "footer": FOOT})


@chart
def b26() -> Chart:
    p1 = [
        Paragraph("RADIATION ONCOLOGY TREATMENT SUMMARY", bold=True),
        "DIAGNOSIS: Large right frontal resection cavity measuring 4.2 cm, metastatic melanoma.",
        ("TREATMENT: Hypofractionated stereotactic radiotherapy to the cavity, 35 Gy in 10 fractions "
        "(3.5 Gy per fraction), 03/03/2025 through 03/14/2025."),
        "SIMULATION: Thermoplastic mask. Planning CT fused with postoperative MRI.",
        ("PLANNING: GTV = cavity plus enhancing rim on MRI, PTV = GTV + 2 mm. Eclipse VMAT, two arcs, "
        "prescribed to the 90% isodose line."),
    ]
    p2 = [
        ("DELIVERY: Daily CBCT matched to the skull with physician approval. All ten fractions delivered on "
        "the TrueBeam without interruption."),
        "SUMMARY: Right frontal cavity, 35 Gy in 10 fractions.",
        "D: N. Ferreira, MD",
    ]
    return Chart("b26_ten_fraction_cavity_billed_as_srs", [p1, p2], label(
        ["77373", "77435", "61798"], "linac", [C], 10, ["CT", "MRI"], ["mask"], None,
        "10-fraction course billed with SRS/SBRT codes: all inconsistent (over 5 fractions), no delivery "
        "code; 4.2 cm is complex by size.", wrong=["77373", "77435", "61798"]),
        {"header": banner("Oakmont Radiation Oncology", "TESTPATIENT, SERGE", "SYN-B026", "12/24/1950"),
         "footer": FOOT, "font": "Courier", "font_size": 9.5})


@chart
def b35() -> Chart:
    blocks = [
        Heading("Fractionated Stereotactic Radiotherapy (SRT) - 3 Targets"),
        ("Breast cancer with three brain metastases; the right frontal lesion is too large for single-session "
        "radiosurgery. Orfit mask. CT simulation fused with MRI (post-contrast MPRAGE)."),
        TextTable([("Lesion", "Max diam", "Rx", "IDL"),
                   ("R frontal", "3.7 cm", "30 Gy / 5 fx", "80%"),
                   ("L occipital", "1.2 cm", "30 Gy / 5 fx", "80%"),
                   ("R cerebellar", "0.9 cm", "30 Gy / 5 fx", "80%")], columns=(0, 110, 190, 300)),
        ("GTVs contoured on MRI, PTV = GTV + 1 mm; single isocenter, four VMAT arcs in Monaco on an Elekta "
        "Infinity. XVI CBCT before each of the five daily fractions with 6D HexaPOD correction; plan QA "
        "with ArcCHECK passed."),
        "Completed 10/06/2025 - 10/10/2025: all three targets 30 Gy in 5 fractions.",
        Signature("Signed: V. Kruger, MD 10/10/2025"),
    ]
    return Chart("b35_infinity_srt_three_targets_one_large", [blocks], label(
        ["77373", "77435", "61798", "61797"], "linac", [C, S, S], 5, ["CT", "MRI"], ["mask"], "77373",
        "Fractionated SRT, 3 targets; 3.7 cm lesion complex by size -> 61798 + 61797."),
        {"header": banner("Riverside Oncology Group", "TESTPATIENT, ELSA", "SYN-B035", "09/29/1974"),
         "footer": FOOT})


# --------------------------------------------------------------------------------------------------
# Spine
# --------------------------------------------------------------------------------------------------


@chart
def b14() -> Chart:
    blocks = [
        Heading("Spine SRS (single-fraction) - T10"),
        ("T10 vertebral body and left pedicle metastasis from renal cell carcinoma with minimal epidural "
        "extension (Bilsky 1a); no prior radiation to this level."),
        ("Simulation supine in a BodyFIX vacuum bag with wrap. Planning CT (1 mm) fused with MRI of the "
        "thoracic spine (T1 post-contrast, T2)."),
        ("Contouring per consensus guidelines: GTV, CTV = T10 body and left pedicle, PTV = CTV + 2 mm. "
        "Eclipse, two VMAT arcs. Rx 16 Gy x 1 to the PTV (80% IDL). Spinal cord max 14 Gy constraint; "
        "achieved cord Dmax 11.9 Gy. Esophagus Dmax 13.1 Gy."),
        "IGRT: CBCT with 6DoF couch before treatment, repeat CBCT mid-treatment. ArcCHECK QA passed.",
        "Treated 09/15/2025 on the TrueBeam. T10 metastasis: 16 Gy in 1 fraction delivered.",
        Signature("Signed: Q. Ward, MD; physicist L. Meier, 09/15/2025"),
    ]
    return Chart("b14_truebeam_single_fraction_spine", [blocks], label(
        ["77373", "77435", "63620"], "linac", [SPINE], 1, ["CT", "MRI"], ["body_immobilization"], "77373",
        "Single-fraction spine SRS is 77373/77435 (not single-session cranial); cord max 14 Gy is an OAR "
        "constraint."),
        {"header": banner("Westfield Spine Radiosurgery", "TESTPATIENT, BORIS", "SYN-B014", "03/12/1960"),
         "footer": FOOT})


@chart
def b15() -> Chart:
    p1 = [
        Heading("CyberKnife Spine SBRT - Three Levels"),
        ("Diagnosis: metastatic prostate cancer, oligoprogression in three separate spinal lesions (T4, T9 "
        "and L1), each with paraspinal or epidural component."),
        "Positioning: supine on a Vac-Lok cushion. Fiducials were not placed; Xsight Spine tracking was used.",
        "Imaging: planning CT 1.25 mm fused with spine MRI (T1 post-contrast, STIR).",
        TextTable([("Level", "Dose", "Fx", "IDL", "Cord Dmax"),
                   ("T4", "27 Gy", "3", "78%", "17.5 Gy"),
                   ("T9", "27 Gy", "3", "80%", "17.9 Gy"),
                   ("L1", "27 Gy", "3", "79%", "cauda 19.8 Gy")], columns=(0, 60, 130, 170, 230)),
    ]
    p2 = [
        "CTV per consensus, PTV = CTV + 2 mm, planned in Precision with the Iris collimator.",
        ("All three targets were treated at each session (07/21, 07/23 and 07/25/2025) on the CyberKnife M6 "
        "with Xsight Spine tracking and kV image pairs every 30 s."),
        "Summary: T4, T9 and L1 each 27 Gy in 3 fractions.",
        Signature("K. Yilmaz, MD 07/25/2025"),
    ]
    return Chart("b15_ck_spine_three_levels_two_pages", [p1, p2], label(
        ["77373", "77435", "63620", "63621"], "robotic_linac", [SPINE] * 3, 3, ["CT", "MRI"],
        ["body_immobilization"], "77373",
        "Three spinal lesions on CyberKnife (63620 + 63621 consistent); 'Fiducials were not placed'."),
        {"header": banner("Pacific CyberKnife Center", "TESTPATIENT, MILO", "SYN-B015", "10/03/1949"),
         "footer": FOOT})


@chart
def b16() -> Chart:
    blocks = [
        Heading("Stereotactic Body Radiotherapy - Spine"),
        ("L3 vertebral body metastasis (breast cancer) with epidural extension. The adjacent L4 level was "
        "not treated."),
        ("Alpha Cradle mold, arms on chest. CT sim fused with MRI lumbar spine. CTV = L3 body, PTV = CTV + "
        "2 mm. Two VMAT arcs, Eclipse. 24 Gy in 2 fx (12 Gy x 2) to the 80% isodose."),
        "ExacTrac x-ray verification and CBCT before each fraction on the Edge.",
        "Fractions delivered 02/17/2025 and 02/19/2025. L3: 24 Gy in 2 fractions.",
        Signature("Signed: I. Novak, MD 02/19/2025"),
    ]
    return Chart("b16_edge_one_spine_level_claims_63621", [blocks], label(
        ["77373", "77435", "63620", "63621"], "linac", [SPINE], 2, ["CT", "MRI"], ["body_immobilization"],
        "77373", "One spinal lesion billed with add-on 63621 (inconsistent).", wrong=["63621"]),
        {"header": banner("Hillcrest Cancer Center", "TESTPATIENT, DORA", "SYN-B016", "08/15/1967"),
         "footer": FOOT})


@chart
def b25() -> Chart:
    blocks = [
        Heading("Combined Brain and Spine Stereotactic Course"),
        ("Non-small cell lung cancer with a right frontal brain metastasis (1.5 cm) and a T6 vertebral "
        "metastasis with epidural extension."),
        ("Brain: Encompass mask; planning CT fused with MRI brain (post-contrast T1). Spine: BodyFIX vacuum "
        "bag; planning CT fused with MRI thoracic spine."),
        RuledTable([("Target", "Rx", "Fractions", "Technique"),
                    ("Right frontal metastasis", "27 Gy", "3", "VMAT 3 arcs, 80% IDL"),
                    ("T6 vertebral metastasis", "24 Gy", "3", "VMAT 2 arcs, 80% IDL")]),
        ("GTV/PTV contoured for each target (Eclipse). Both targets were treated at each of three sessions "
        "(brain first, then spine after re-setup) on the TrueBeam, 05/05, 05/07 and 05/09/2025. CBCT before "
        "each target at every session."),
        "Summary: right frontal 27 Gy/3 fx; T6 24 Gy/3 fx.",
        Signature("Signed: H. Becker, MD 05/09/2025"),
    ]
    return Chart("b25_mixed_brain_and_spine_three_fx", [blocks], label(
        ["77373", "77435", "61796", "63620"], "linac", [S, SPINE], 3, ["CT", "MRI"],
        ["body_immobilization", "mask"], "77373",
        "Cranial and spinal targets in one 3-fraction course: sites cranial+spinal, mask and body "
        "immobilization; 61796 and 63620 consistent."),
        {"header": banner("Metro Radiation Oncology", "TESTPATIENT, YARA", "SYN-B025", "01/30/1964"),
         "footer": FOOT})


# --------------------------------------------------------------------------------------------------
# Body
# --------------------------------------------------------------------------------------------------


@chart
def b17() -> Chart:
    blocks = [
        Heading("SABR Treatment Summary - Lung"),
        ("Right lower lobe non-small cell lung cancer, 1.6 cm, T1bN0M0, medically inoperable (FEV1 38%). "
        "History of left upper lobectomy in 2018."),
        ("Simulation: 4DCT with abdominal compression, arms up on a wingboard. Staging PET/CT of 06/20/2025 "
        "was fused for GTV definition."),
        ("Planning: ITV from the 4DCT phases, PTV = ITV + 5 mm. Eclipse, two coplanar VMAT arcs, Halcyon. "
        "34 Gy x 1 (single-fraction) prescribed to cover 95% of the PTV."),
        ("Delivery: 07/02/2025, one session. Iterative CBCT before treatment, matched to the ITV, shifts "
        "approved by the physician."),
        "Summary: RLL primary, 34 Gy in 1 fraction.",
        Signature("Signed: C. Bauer, MD 07/02/2025"),
    ]
    return Chart("b17_halcyon_single_fraction_lung", [blocks], label(
        ["77373", "77435"], "linac", [BODY], 1, ["CT", "PET"], ["body_immobilization"], "77373",
        "Single-fraction lung SABR is 77373/77435; 4DCT and PET/CT are planning imaging; prior lobectomy is "
        "history."),
        {"header": banner("Brookside Thoracic Oncology", "TESTPATIENT, GRETE", "SYN-B017", "05/05/1944"),
         "footer": FOOT})


@chart
def b18() -> Chart:
    p1 = [
        Heading("Central Lung Hypofractionated SBRT - Completion Summary"),
        KeyValue([("Diagnosis", "Left hilar (ultracentral) non-small cell lung cancer, 2.4 cm"),
                  ("Regimen", "60 Gy in 8 fractions (7.5 Gy x 8)"),
                  ("Machine", "Varian Ethos (daily adaptive)"),
                  ("Immobilization", "wingboard and Vac-Lok cushion")]),
        "Five-fraction SBRT was not used because the target abuts the proximal bronchial tree.",
        "4DCT simulation; ITV contoured, PTV = ITV + 5 mm; IMRT, 12 fields, Ethos treatment planning.",
    ]
    log = [("Fx", "Date", "Dose", "Image guidance")]
    dates = ["08/04", "08/06", "08/08", "08/11", "08/13", "08/15", "08/18", "08/20"]
    log += [(str(i), f"{d}/2025", "7.5 Gy", "adaptive CBCT, approved") for i, d in enumerate(dates, start=1)]
    p2 = [Heading("Per-fraction log", 2), RuledTable(log)]
    p3 = [Heading("Summary", 2), "Left hilar tumor: 60 Gy in 8 fractions completed 08/20/2025.",
          Signature("Signed: M. Kaur, MD 08/20/2025; physics review T. Olsen 08/20/2025")]
    return Chart("b18_ethos_eight_fx_lung_3pages", [p1, p2, p3], label(
        ["77373", "77435"], "linac", [BODY], 8, ["CT"], ["body_immobilization"], None,
        "8-fraction course billed as SBRT: 77373/77435 inconsistent, no delivery code; per-fraction log.",
        wrong=["77373", "77435"]),
        {"header": banner("University Thoracic Radiation", "TESTPATIENT, JONAH", "SYN-B018", "02/02/1947"),
         "footer": FOOT})


@chart
def b19() -> Chart:
    blocks = [
        Heading("CyberKnife Liver SBRT"),
        ("Hepatocellular carcinoma, segment VII, 2.7 cm, Child-Pugh A6; TACE contraindicated (portal vein "
        "thrombosis)."),
        ("Three gold fiducial seeds were placed percutaneously on 09/02/2025. Vac-Lok cushion. Triple-phase "
        "planning CT (exhale) fused with liver MRI (gadoxetate)."),
        ("GTV on arterial phase/MRI, PTV = GTV + 3 mm; 45 Gy in 3 fractions (15 Gy x 3) to the 75% isodose, "
        "Precision, fixed cones. Synchrony respiratory tracking with fiducial tracking during each fraction."),
        "Treated 09/15, 09/17 and 09/19/2025 on the CyberKnife S7. Summary: segment VII HCC, 45 Gy in 3 fx.",
        Signature("Signed: A. Lorenz, MD 09/19/2025"),
    ]
    return Chart("b19_ck_liver_gold_seeds_synchrony", [blocks], label(
        ["77373", "77435"], "robotic_linac", [BODY], 3, ["CT", "MRI"], ["body_immobilization", "fiducials"],
        "77373", "CyberKnife S7 liver SBRT with gold seeds and Synchrony; all consistent."),
        {"header": banner("Gulf Coast CyberKnife", "TESTPATIENT, NORA", "SYN-B019", "12/01/1958"),
         "footer": FOOT})


@chart
def b20() -> Chart:
    blocks = [
        Heading("MR-Guided Prostate SBRT - Elekta Unity"),
        ("Favorable intermediate-risk prostate adenocarcinoma, Gleason 3+4, PSA 7.2. No fiducials were "
        "placed (MR guidance)."),
        ("Simulation: CT simulation and T2 MRI simulation on 10/06/2025, supine in a Vac-Lok cushion with "
        "knee support. CTV = prostate + proximal 1 cm seminal vesicles, PTV = CTV + 3 mm."),
        ("Prescription 36.25 Gy in five fractions (7.25 Gy x 5), IMRT 9 fields, Monaco. Daily MRI with "
        "adapt-to-shape re-planning and cine-MR monitoring during delivery."),
        RuledTable([("Fx", "Date", "Dose"), ("1", "10/20/2025", "7.25 Gy"), ("2", "10/22/2025", "7.25 Gy"),
                    ("3", "10/24/2025", "7.25 Gy"), ("4", "10/27/2025", "7.25 Gy"),
                    ("5", "10/29/2025", "7.25 Gy")]),
        "Summary: prostate 36.25 Gy in 5 fractions.",
        Signature("Signed: S. Clarke, MD 10/29/2025"),
    ]
    return Chart("b20_unity_prostate_no_fiducials", [blocks], label(
        ["77373", "77435"], "linac", [BODY], 5, ["CT", "MRI"], ["body_immobilization"], "77373",
        "MR-linac (Unity) prostate SBRT; 'No fiducials were placed'."),
        {"header": banner("Riverside Urologic Oncology", "TESTPATIENT, KARL", "SYN-B020", "04/12/1955"),
         "footer": FOOT})


@chart
def b21() -> Chart:
    blocks = [
        Heading("ViewRay MRIdian - Pancreas SMART"),
        "Borderline resectable pancreatic head adenocarcinoma after FOLFIRINOX. Fiducials were not placed.",
        "Simulation: arms-up vacuum cushion; CT simulation and MRI simulation (TrueFISP, breath-hold).",
        ("GTV + 5 mm = PTV; 50 Gy in 5 fractions (10 Gy x 5); step-and-shoot IMRT, 11 beams, MRIdian TPS. Daily on-table adaptive "
        "re-optimization; breath-hold gating on real-time cine MRI."),
        "Treatment 11/03 - 11/07/2025, five daily fractions. Summary: pancreatic head, 50 Gy in 5 fractions.",
        Signature("Signed: R. Haines, MD 11/07/2025"),
    ]
    return Chart("b21_mridian_pancreas", [blocks], label(
        ["77373", "77435"], "linac", [BODY], 5, ["CT", "MRI"], ["body_immobilization"], "77373",
        "MRIdian (MR-linac) pancreas SBRT 'five daily fractions'; fiducials negated."),
        {"header": banner("Lakeshore MR-Linac Program", "TESTPATIENT, OTTO", "SYN-B021", "07/07/1953"),
         "footer": FOOT})


@chart
def b22() -> Chart:
    cols = (0, 90, 250, 340)
    blocks = [
        Paragraph("*** TREATMENT COURSE EXPORT ***   generated 26-Sep-2025 08:14", bold=True),
        TextTable([("Tx Site:", "L KIDNEY", "Technique:", "SBRT"),
                   ("Machine:", "RADIXACT X9", "Tracking:", "Synchrony fiducial"),
                   ("RX:", "4200 cGy / 3 Fx", "Dose/Fx:", "1400 cGy"),
                   ("Immob:", "VAC-LOK + knee sponge", "Fiducials:", "3 Au seeds (IR 08-Sep-2025)"),
                   ("Sim:", "4DCT 12-Sep-2025", "TPS:", "Precision"),
                   ("Target:", "GTV/ITV; PTV=ITV+5mm", "Field width:", "1.0 cm helical")],
                  columns=cols, header=False),
        Spacer(6),
        TextTable([("Fx#", "Date", "Dose (cGy)", "Imaging / tracking"),
                   ("1", "22-Sep-2025", "1400", "MVCT + kV radiographs (Synchrony)"),
                   ("2", "24-Sep-2025", "1400", "MVCT + kV radiographs (Synchrony)"),
                   ("3", "26-Sep-2025", "1400", "MVCT + kV radiographs (Synchrony)")], columns=cols),
        "Dx: C64.2 renal cell carcinoma, left kidney, 3.1 cm; not a surgical candidate.",
        "Course total: 4200 cGy in 3 fx. Status: COMPLETED.",
        "Approved: MD E. Ortiz 26-Sep-2025 / Physics N. Vance 26-Sep-2025",
    ]
    return Chart("b22_radixact_kidney_ehr_export_claims_77432", [blocks], label(
        ["77373", "77432"], "linac", [BODY], 3, ["CT"], ["body_immobilization", "fiducials"], "77373",
        "EHR export in Courier with cGy; kidney SBRT 3 fx on Radixact with Synchrony; 77432 "
        "(single-session cranial management) on a 3-fraction body course is inconsistent.", wrong=["77432"]),
        {"header": ["ARIA EXPORT  TESTPATIENT, WALLACE  SYN-B022"], "footer": FOOT, "font": "Courier",
         "font_size": 9, "page_numbers": "Page {n} of {total}"})


@chart
def b23() -> Chart:
    blocks = [
        Heading("Proton SBRT - Hepatocellular Carcinoma"),
        "HCC, segment IV, 4.0 cm, Child-Pugh A. Fiducials were not placed.",
        ("Vac-Lok immobilization; 4DCT simulation and liver MRI fused. CTV = GTV + 5 mm, robust optimization, "
        "three pencil-beam scanning (PBS) proton fields on the Varian ProBeam."),
        ("Prescription 40 Gy(RBE) in 5 fractions (8 Gy(RBE) x 5). Daily CBCT and orthogonal kV before each "
        "fraction, 04/07/2025 - 04/11/2025."),
        "Summary: segment IV HCC, 40 Gy(RBE) in 5 fractions.",
        Signature("Signed: J. Tanaka, MD 04/11/2025"),
    ]
    return Chart("b23_probeam_proton_liver", [blocks], label(
        ["77373"], "particle", [BODY], 5, ["CT", "MRI"], ["body_immobilization"], None,
        "Proton PBS liver course: photon SBRT delivery code 77373 inconsistent, no delivery code.",
        wrong=["77373"]),
        {"header": banner("Midwest Proton Therapy Center", "TESTPATIENT, FLORA", "SYN-B023", "09/23/1960"),
         "footer": FOOT})


@chart
def b24() -> Chart:
    p1 = [
        Heading("Oligometastatic SABR - Two Sites"),
        ("Oligometastatic colorectal cancer: a right upper lobe nodule and a left iliac bone metastasis. "
        "ECOG 1. Systemic therapy on hold."),
        "Simulation: BodyFIX vacuum bag; 4DCT; staging PET/CT fused for both targets.",
        ("Both targets were treated at each session, five sessions 01/13 - 01/17/2025 on the TrueBeam; CBCT "
        "before each target at every session."),
    ]
    p2 = [
        TextTable([("PTV", "Location", "Dose/Fraction", "# Fractions", "Total"),
                   ("PTV_RUL", "Right upper lobe", "10 Gy", "5", "50 Gy"),
                   ("PTV_Iliac", "Left iliac bone", "7 Gy", "5", "35 Gy")], columns=(0, 80, 200, 290, 370)),
        "ITV from the 4DCT for the lung target; PTV = ITV/GTV + 5 mm; VMAT, two arcs per target, 80% IDL.",
        "Summary: RUL nodule 50 Gy in 5 fractions; left iliac metastasis 35 Gy in 5 fractions.",
        Signature("Signed: F. Lindahl, MD 01/17/2025"),
    ]
    return Chart("b24_oligomets_lung_and_iliac", [p1, p2], label(
        ["77373", "77435"], "linac", [BODY, BODY], 5, ["CT", "PET"], ["body_immobilization"], "77373",
        "Two body targets in one 5-fraction SABR course; 'PTV | Location | Dose/Fraction | # Fractions | "
        "Total' table on page 2."),
        {"header": banner("Seaside Oncology", "TESTPATIENT, PIA", "SYN-B024", "06/30/1966"), "footer": FOOT})


@chart
def b31() -> Chart:
    blocks = [
        Heading("Liver SBRT - End of Treatment Note"),
        "Colorectal liver metastasis, segment IVb, 2.2 cm; prior hepatic resection in 2022.",
        ("BodyFIX with abdominal compression plate. GTV contoured, PTV = GTV + 5 mm. Monaco, two VMAT arcs, "
        "48 Gy in 4 fractions (12 Gy x 4) to the 80% isodose line. Planning PET was not obtained."),
        ("XVI CBCT before each fraction on the Versa HD, shifts approved. Fractions delivered 03/10, 03/12, "
        "03/14 and 03/17/2025."),
        ("Summary: segment IVb metastasis, 48 Gy in 4 fractions. Restaging MRI of the liver will be obtained "
        "8 weeks after treatment."),
        Signature("Signed: W. Okafor, MD 03/17/2025"),
    ]
    return Chart("b31_liver_four_fx_no_planning_imaging", [blocks], label(
        ["77373", "77435"], "linac", [BODY], 4, [], ["body_immobilization"], "77373",
        "No planning CT/MRI documented: PET negated, MRI planned only, CBCT is image guidance -> imaging "
        "not met.", missing=["imaging"]),
        {"header": banner("Parkland Radiation Oncology", "TESTPATIENT, BETH", "SYN-B031", "10/21/1957"),
         "footer": FOOT})


@chart
def b32() -> Chart:
    blocks = [
        Heading("Lung SABR Summary"),
        "Left upper lobe adenocarcinoma, 2.0 cm, peripheral, T1bN0; declined lobectomy.",
        ("Alpha Cradle, arms up. 4DCT simulation; ITV contoured, PTV = ITV + 5 mm. Eclipse, two VMAT arcs "
        "on the TrueBeam; 55 Gy in 5 fractions (11 Gy x 5) to the 80% isodose line."),
        TextTable([("Fraction", "Date", "Dose", "Cumulative"),
                   ("1", "12/01/2025", "11 Gy", "11 Gy"), ("2", "12/03/2025", "11 Gy", "22 Gy"),
                   ("3", "12/05/2025", "11 Gy", "33 Gy"), ("4", "12/08/2025", "11 Gy", "44 Gy"),
                   ("5", "12/10/2025", "11 Gy", "55 Gy")], columns=(0, 70, 170, 240)),
        "Summary: LUL primary, 55 Gy in 5 fractions, treatment completed as planned.",
        Signature("Signed: P. Moreno, MD 12/10/2025"),
    ]
    return Chart("b32_lung_sabr_no_verification", [blocks], label(
        ["77373", "77435"], "linac", [BODY], 5, ["CT"], ["body_immobilization"], "77373",
        "Delivered dose log without any image guidance, tracking or QA: delivery_verification not met.",
        missing=["delivery_verification"]),
        {"header": banner("Northern Lights Cancer Center", "TESTPATIENT, EDGAR", "SYN-B032", "01/11/1946"),
         "footer": FOOT})


@chart
def b37() -> Chart:
    blocks = [
        Heading("SBRT Course Summary"),
        "Right adrenal metastasis from melanoma; ECOG 0.",
        "4DCT simulation in a BodyFIX vacuum bag.",
        "Treated on the TrueBeam 02/03 - 02/07/2025, five fractions, with CBCT before each fraction.",
        "Summary: right adrenal metastasis, 40 Gy in 5 fractions.",
        Signature("Signed: L. Petit, MD 02/07/2025"),
    ]
    return Chart("b37_adrenal_no_plan_details", [blocks], label(
        ["77373", "77435"], "linac", [BODY], 5, ["CT"], ["body_immobilization"], "77373",
        "No target delineation and no plan parameters (isodose, arcs/beams, planning system): plan not met.",
        missing=["plan"]),
        {"header": banner("Horizon Cancer Care", "TESTPATIENT, IVAN", "SYN-B037", "04/25/1962"),
         "footer": FOOT})


CORPUS = Corpus("blind_corpus", "tests/blind_corpus", lambda: [make() for make in CHARTS],
                pdf_options={"title": "Treatment summary {name}"})
