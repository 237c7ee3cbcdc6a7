"""Sample charts shipped in ``resources/samples/`` (regenerate: ``python scripts/make_corpus.py samples``).

Each chart is written as ``NAME.pdf`` (or ``NAME.txt`` for a chart pasted from an EHR) with its label
file ``NAME.gold.json`` in the shared corpus format (codes claimed, facts with contract values,
lesions, categories, consistency per code, delivery_code, notes). The labels are the project's own
test oracle: they were derived by hand from the coding rules, not from the tool's output.
All patients are synthetic (TESTPATIENT names, SYN-S MRNs).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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

SYNTHETIC = "Synthetic sample record - not a real patient"


def sample(name: str, codes: Sequence[str], facts: Mapping[str, Any], lesions: Sequence[tuple[str, str | None]],
           categories: Mapping[str, bool], consistent: Mapping[str, bool], delivery_code: str | None, notes: str,
           pages: Sequence[Sequence[Any]] = (), options: Mapping[str, Any] | None = None,
           text: str | None = None) -> Chart:
    """A sample chart (PDF ``pages``, or ``text`` written as NAME.txt) with its hand labels."""
    gold = Gold(codes, facts["modality"], lesions, facts["fractions"], facts["imaging"], facts["positioning"], notes,
                delivery_code=delivery_code, consistent=consistent, categories=categories, sites=facts["sites"],
                lesion_count=facts["lesion_count"])
    return Chart(name, pages, gold, options or {}, text=text)


def facts(modality: str | None, sites: list[str], lesion_count: int, fractions: int, imaging: list[str],
          positioning: list[str]) -> dict[str, Any]:
    return {"modality": modality, "sites": sorted(sites), "lesion_count": lesion_count,
            "fractions": fractions, "imaging": sorted(imaging), "positioning": sorted(positioning)}


def cats(plan: bool = True, imaging: bool = True, positioning: bool = True,
         delivery_verification: bool = True, summary: bool = True) -> dict[str, bool]:
    return {"plan": plan, "imaging": imaging, "positioning": positioning,
            "delivery_verification": delivery_verification, "summary": summary}


def banner(clinic: str, patient: str, mrn: str, dob: str) -> list[str]:
    return [clinic, f"Patient: {patient}    MRN: {mrn}    DOB: {dob}"]


# --------------------------------------------------------------------------------------------------
# The charts
# --------------------------------------------------------------------------------------------------


def s01_gk_frame_four_mets() -> Chart:
    pages = [[
        Heading("GAMMA KNIFE RADIOSURGERY - OPERATIVE REPORT"),
        KeyValue([("Date of procedure", "14 April 2025"),
                  ("Indication", ("four metastases from non-small cell lung cancer, KPS 80, "
                                 "extracranial disease stable on osimertinib")),
                  ("Unit", "Leksell Gamma Knife Perfexion"),
                  ("Neurosurgeon", "P. Okafor, MD"), ("Radiation oncologist", "L. Brandt, MD"),
                  ("Physicist", "S. Maalouf, PhD")]),
        Heading("Frame application", level=2),
        ("After scalp infiltration with lidocaine and bupivacaine, a Leksell Model G stereotactic frame "
        "was fixed to the skull with four pins. The patient tolerated placement without difficulty."),
        Heading("Stereotactic imaging", level=2),
        ("With the fiducial indicator box attached, a gadolinium-enhanced volumetric MRI of the brain "
        "(1 mm slices) was acquired and imported into Leksell GammaPlan. Every target was outlined on "
        "the post-contrast T1 sequence and the brainstem, chiasm and cochleae were delineated."),
        Heading("Targets and dosimetry", level=2),
        RuledTable([
            ("#", "Location", "Max diameter", "Volume", "Marginal dose", "Isodose", "Shots"),
            ("1", "Right frontal lobe", "9 mm", "0.31 cc", "22 Gy", "50%", "3"),
            ("2", "Left occipital lobe", "12 mm", "0.74 cc", "20 Gy", "50%", "4"),
            ("3", "Right cerebellar hemisphere", "7 mm", "0.15 cc", "22 Gy", "50%", "2"),
            ("4", "Left superior temporal gyrus", "16 mm", "1.62 cc", "18 Gy", "50%", "7"),
        ]),
        ("Before the first shot the physicist confirmed the frame coordinates of each isocenter against "
        "the plan printout and an independent second calculation of beam-on time agreed within 2%."),
        Heading("Outcome", level=2),
        ("All four lesions were treated in a single session to the marginal doses tabulated above; total "
        "beam-on time 61 minutes. The frame was removed and the pin sites dressed. Discharged the same "
        "afternoon."),
        Signature("Electronically signed: P. Okafor, MD (Neurosurgery) and L. Brandt, MD (Radiation "
                  "Oncology), 04/14/2025 17:02"),
    ]]
    return sample(
        "s01_gk_frame_four_mets", ("77371", "77432", "61796", "61797", "61800"),
        facts("cobalt60", ["cranial"], 4, 1, ["MRI"], ["frame"]),
        (("cranial", "simple"),) * 4, cats(),
        {"77371": True, "77432": True, "61796": True, "61797": True, "61800": True}, "77371",
        "Gamma Knife Perfexion with a Leksell frame, 'four metastases' in words and a ruled lesion table, "
        "all simple; frame coordinate check is delivery verification; every code consistent.",
        pages, {"header": banner("Lakeshore Neurosurgical Institute (synthetic)", "TESTPATIENT, OSCAR",
                                 "SYN-S001", "02/17/1956"), "footer": SYNTHETIC})


def s02_gk_icon_mask_3fx() -> Chart:
    pages = [[
        Heading("Leksell Gamma Knife Icon - Fractionated Course Summary"),
        TextTable([("Item", "Detail"),
                   ("Diagnosis", "Right frontal metastasis, renal cell carcinoma; 3.8 cm maximal dimension"),
                   ("Technique", "Frameless, mask-based hypofractionated radiosurgery"),
                   ("Prescription", "27 Gy in 3 fractions (9 Gy per fraction) at the 50% isodose"),
                   ("Dates", "03/04/2025, 03/06/2025, 03/08/2025")], columns=(0, 110)),
        Paragraph("Because of its size the lesion was not suitable for a single-session treatment. A "
                  "thermoplastic Icon mask with a reflective nose marker was molded at the first visit. "
                  "A contrast-enhanced 3D T1 MRI (1 mm) was acquired on 02/27/2025 for planning; target "
                  "and organs at risk were contoured on it in GammaPlan, using 8 and 16 mm collimators "
                  "with 14 shots."),
        Paragraph("Each session began with a cone-beam CT registered to the planning reference; the "
                  "infrared nose-marker system monitored intrafraction motion and no gating pauses "
                  "exceeded the 1.5 mm threshold. The physicist approved every co-registration."),
        Heading("Delivered", level=2),
        TextTable([("Fraction", "Date", "Dose", "Status"),
                   ("1", "03/04/2025", "9 Gy", "delivered"),
                   ("2", "03/06/2025", "9 Gy", "delivered"),
                   ("3", "03/08/2025", "9 Gy", "delivered")], columns=(0, 70, 170, 250)),
        "Right frontal metastasis: 27 Gy in 3 fractions completed 03/08/2025.",
        Signature("Signed: H. Varga, MD, Radiation Oncology - 03/08/2025"),
    ]]
    return sample(
        "s02_gk_icon_mask_3fx", ("77371", "77432", "61798"),
        facts("cobalt60", ["cranial"], 1, 3, ["MRI"], ["mask"]),
        (("cranial", "complex"),), cats(),
        {"77371": False, "77432": False, "61798": True}, "77373",
        "Gamma Knife Icon, mask, 3 fractions: billed as single-session 77371/77432 (both inconsistent); "
        "fractionated Gamma Knife is 77373. Lesion 3.8 cm is complex by size; CBCT is not planning imaging.",
        pages, {"header": "Riverside Gamma Knife Center (synthetic) | TESTPATIENT, WANDA | SYN-S002",
                "page_numbers": "Page {n}/{total}", "footer": SYNTHETIC})


def s03_truebeam_hyperarc_pacemaker() -> Chart:
    pages = [[
        Heading("Stereotactic Radiosurgery Treatment Summary", underline=True),
        KeyValue([("Patient", "TESTPATIENT, GIDEON"), ("MRN", "SYN-S003"),
                  ("Treatment machine", "Varian TrueBeam STx, HyperArc, 6 MV FFF"),
                  ("Treatment date", "09/22/2025"), ("Attending", "R. Iyer, MD")]),
        Heading("Clinical summary", level=2),
        ("Melanoma with three new brain metastases. A permanent cardiac pacemaker is in place, so MRI was "
        "contraindicated. Targets were contoured on a contrast-enhanced planning CT with 1 mm slices."),
        Heading("Immobilization", level=2),
        ("No frame was used. An Encompass thermoplastic SRS mask with a bite block was fabricated at "
        "simulation."),
        Heading("Targets", level=2),
        BulletList(["Left frontal metastasis, 1.4 cm - 2000 cGy in 1 fraction",
                    "Right parietal metastasis, 0.9 cm - 2000 cGy in 1 fraction",
                    "Left cerebellar metastasis, 1.8 cm - 1800 cGy in 1 fraction"], numbered=True),
        Heading("Planning", level=2),
        ("PTV = GTV + 1 mm for each target. Single-isocenter HyperArc plan in Eclipse with four "
        "non-coplanar arcs, prescriptions to the 80% isodose line. Brainstem maximum 6.2 Gy."),
        Heading("Delivery", level=2),
        ("Cone-beam CT before treatment with 6-degree-of-freedom couch correction; surface guidance "
        "monitored motion during all arcs. Patient-specific QA passed (gamma 98.7% at 2%/1 mm)."),
        "All three targets received the prescribed doses listed above in one session.",
        Signature("Electronically signed by R. Iyer, MD, 09/22/2025; plan check by T. Novak, MS, DABR"),
    ]]
    return sample(
        "s03_truebeam_hyperarc_pacemaker", ("77372", "77432", "61796", "61797", "61800"),
        facts("linac", ["cranial"], 3, 1, ["CT"], ["mask"]),
        (("cranial", "simple"),) * 3, cats(),
        {"77372": True, "77432": True, "61796": True, "61797": True, "61800": False}, "77372",
        "TrueBeam HyperArc, numbered lesion list with cGy doses; MRI contraindicated by a pacemaker (imaging "
        "CT only); 'No frame was used' with a mask, so 61800 is inconsistent.",
        pages, {"page_numbers": None, "footer": SYNTHETIC})


def s04_zapx_trigeminal() -> Chart:
    pages = [[
        Heading("ZAP-X Radiosurgery Note - Functional"),
        KeyValue([("Diagnosis", ("Right trigeminal neuralgia (V2/V3), refractory to carbamazepine and "
                                "oxcarbazepine; not a surgical candidate")),
                  ("System", "ZAP-X gyroscopic radiosurgery platform"),
                  ("Date", "06/10/2025")], bold_labels=True),
        ("Purpose: creation of a radiosurgical lesion of the right trigeminal nerve. A custom thermoplastic "
        "head mask was fitted. A thin-slice CT (0.6 mm) was fused to a high-resolution MRI (3D CISS and "
        "post-contrast T1); the cisternal segment of the nerve was contoured on the fused images."),
        ("Target: right trigeminal nerve, 4 mm anterior to the root entry zone. One isocenter with the 4 mm "
        "collimator, 80 Gy maximum dose (100% isodose), brainstem 10 Gy isodose kept outside the pons."),
        ("The integrated kV imager verified alignment before treatment and repeatedly during delivery; "
        "corrections under 0.5 mm. Treatment completed in a single session."),
        ("Summary: right trigeminal nerve, 80 Gy maximum dose in one fraction. Follow-up in clinic in "
        "6 weeks."),
        Signature("J. Castellanos, MD (Neurosurgery) / A. Feld, MD (Radiation Oncology) - signed 06/10/2025"),
    ]]
    return sample(
        "s04_zapx_trigeminal", ("77372", "77432", "61798"),
        facts("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
        (("cranial", "complex"),), cats(),
        {"77372": True, "77432": True, "61798": True}, "77372",
        "ZAP-X (gantry linac) functional radiosurgery for trigeminal neuralgia: functional target is complex; "
        "single session, all codes consistent.",
        pages, {"header": banner("Eastgate Radiosurgery (synthetic)", "TESTPATIENT, ROSA", "SYN-S004",
                                 "08/30/1949"), "footer": SYNTHETIC})


def s05_cyberknife_schwannoma_single() -> Chart:
    pages = [[
        Heading("CyberKnife Radiosurgery - Completion Summary"),
        KeyValue([("Diagnosis", "Left vestibular schwannoma (acoustic neuroma), 1.6 cm, serviceable hearing"),
                  ("Delivery system", "CyberKnife S7 with Iris variable aperture collimator"),
                  ("Course", "12 Gy in a single fraction on 01/28/2025")]),
        Heading("Simulation and planning", level=2),
        ("An Aquaplast face mask was made. Contrast CT (1 mm) and MRI (T1 post-gadolinium, T2 FIESTA) "
        "were fused in Precision. The tumor was contoured on MRI without margin; 148 non-isocentric beams; "
        "12 Gy prescribed to the 81% isodose line; cochlea mean 3.9 Gy, brainstem max 11.2 Gy."),
        RuledTable([("Parameter", "Value"), ("Tracking", "6D Skull"), ("Collimation", "Iris 7.5 / 10 mm"),
                    ("Beams", "148"), ("Estimated treatment time", "42 min")], widths=(180, 160)),
        Heading("Treatment", level=2),
        ("Orthogonal kV images were acquired every 30-60 s with 6D skull tracking; translations stayed "
        "under 0.6 mm. Physics second check completed before treatment."),
        ("Left vestibular schwannoma received 12 Gy in one fraction as planned. Audiogram and MRI in "
        "6 months."),
        Signature("Signed 01/28/2025 - M. Halvorsen, MD; physics: E. Tanaka, PhD"),
    ]]
    return sample(
        "s05_cyberknife_schwannoma_single", ("77372", "77432", "61798"),
        facts("robotic_linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
        (("cranial", "complex"),), cats(),
        {"77372": True, "77432": True, "61798": True}, "77372",
        "CyberKnife single-session cranial SRS for a vestibular schwannoma (complex): 77372 fits robotic "
        "single-session cranial; MRI planned in 6 months is follow-up only.",
        pages, {"header": "Harborview CyberKnife Program (synthetic)    TESTPATIENT, ELI    SYN-S005",
                "footer": SYNTHETIC, "page_numbers": "Page {n} of {total}"})


def s06_cyberknife_c2_single() -> Chart:
    pages = [[
        Heading("Spinal Radiosurgery Summary (CyberKnife)"),
        TextTable([("Target", ("C2 vertebral body and dens metastasis, renal cell carcinoma, epidural "
                              "extension abutting the thecal sac (Bilsky 1b)")),
                   ("System", "CyberKnife M6, Xsight Spine tracking"),
                   ("Dose", "16 Gy x 1, delivered 07/15/2025")], columns=(0, 90), header=False),
        ("A thermoplastic head, neck and shoulder mask held the cervical spine. Planning CT (1 mm) was fused "
        "with a cervical spine MRI; the spinal cord was contoured on MRI. GTV plus involved posterior "
        "elements form the CTV; 2 mm PTV excluding the cord; 16 Gy prescribed to the 78% isodose with "
        "188 beams. Cord Dmax 12.1 Gy."),
        ("Xsight Spine tracking acquired kV image pairs every 45 seconds throughout delivery. Independent "
        "dose calculation by the physicist agreed within 1.5%."),
        "Completed: C2 metastasis, 16 Gy in 1 fraction.",
        Signature("Attending: K. Ostrowski, MD - electronically signed 07/15/2025"),
    ]]
    return sample(
        "s06_cyberknife_c2_single", ("77372", "77432", "63620"),
        facts("robotic_linac", ["spinal"], 1, 1, ["CT", "MRI"], ["mask"]),
        (("spinal", None),), cats(),
        {"77372": False, "77432": False, "63620": True}, "77373",
        "Single-fraction CyberKnife spine SRS billed with cranial codes 77372/77432 (inconsistent: not "
        "cranial); a 1-fraction extracranial course is 77373; 63620 fits a lesion abutting the dura.",
        pages, {"header": banner("Northfield Radiosurgery (synthetic)", "TESTPATIENT, BRUNO", "SYN-S006",
                                 "12/01/1958"), "footer": SYNTHETIC})


def s07_spine_three_levels() -> Chart:
    log = [("Fraction", "Date", "Levels treated", "Verification")]
    for i, day in enumerate(("10/06", "10/08", "10/10", "10/13", "10/15"), start=1):
        log.append((f"Fx {i} of 5", f"{day}/2025", "T10, L1, L3", "CBCT + HexaPOD 6D"))
    pages = [[
        Heading("SBRT - Spine, Three Levels: End of Treatment Note"),
        KeyValue([("Primary", "Metastatic breast cancer (ER+), oligoprogression in the spine"),
                  ("Targets", "T10, L1 and L3 vertebral metastases with epidural contact"),
                  ("Linac", "Elekta Versa HD with Agility MLC"),
                  ("Prescription", "5 x 6 Gy to each level (30 Gy in 5 fractions)")]),
        ("Positioning: BodyFIX vacuum bag with wrap. Imaging for planning: CT simulation (1.5 mm) "
        "registered to a thoracolumbar MRI. Per-level CTVs per the international consensus guideline; "
        "PTV = CTV + 2 mm. Three VMAT arcs in Monaco with cord PRV Dmax 21 Gy."),
        RuledTable(log),
        "Summary: T10 30 Gy / 5 fx, L1 30 Gy / 5 fx, L3 30 Gy / 5 fx - all delivered without breaks.",
        Signature("E-signed by N. Adeyemi, MD, 10/15/2025"),
    ]]
    return sample(
        "s07_spine_three_levels", ("77373", "77435", "63620", "63621"),
        facts("linac", ["spinal"], 3, 5, ["CT", "MRI"], ["body_immobilization"]),
        (("spinal", None),) * 3, cats(),
        {"77373": True, "77435": True, "63620": True, "63621": True}, "77373",
        "Spine SBRT to three levels, '5 x 6 Gy' and 'Fx N of 5' log in a ruled table; 63620 + 63621 consistent.",
        pages, {"header": banner("Summit Cancer Institute (synthetic)", "TESTPATIENT, NOOR", "SYN-S007",
                                 "05/05/1966"), "footer": SYNTHETIC})


def s08_lung_4dct_compression() -> Chart:
    pages = [[
        Heading("Stereotactic Ablative Radiotherapy (SABR) - Lung"),
        KeyValue([("Lesion", ("Right lower lobe adenocarcinoma, cT1bN0, 1.8 cm, peripheral; medically "
                             "inoperable (FEV1 38%)")),
                  ("Unit", "Elekta Infinity"),
                  ("Regimen", "54 Gy in 3 fractions, 18 Gy per fraction, every other day")]),
        Heading("Simulation", level=2),
        ("Supine in a Vac-Lok cushion with an abdominal compression plate to limit diaphragmatic excursion. "
        "A 4DCT was acquired and an FDG PET-CT was co-registered to guide delineation of the tumor."),
        Heading("Plan", level=2),
        ("ITV from all 4DCT phases, PTV = ITV + 5 mm. Two partial VMAT arcs (Monaco), 54 Gy prescribed to "
        "cover 95% of the PTV. Chest wall V30 22 cc."),
        Heading("Treatment record", level=2),
        TextTable([("Fx", "Date", "Dose", "IGRT"), ("1", "02/03/2025", "18 Gy", "XVI CBCT, approved"),
                   ("2", "02/05/2025", "18 Gy", "XVI CBCT, approved"),
                   ("3", "02/07/2025", "18 Gy", "XVI CBCT, approved")], columns=(0, 40, 140, 220)),
        "RLL tumor: 54 Gy in 3 fractions completed 02/07/2025.",
        Signature("Electronically signed - C. Moreau, MD, 02/07/2025"),
    ]]
    return sample(
        "s08_lung_4dct_compression", ("77373", "77435"),
        facts("linac", ["body"], 1, 3, ["CT", "PET"], ["body_immobilization"]),
        (("body", None),), cats(),
        {"77373": True, "77435": True}, "77373",
        "Lung SABR with 4DCT, abdominal compression and PET-CT co-registered for delineation; 3 fractions.",
        pages, {"header": "Meadowbrook Hospital Radiation Oncology (synthetic) - TESTPATIENT, IVAN - SYN-S008",
                "footer": SYNTHETIC, "page_numbers": "{n}"})


def s09_liver_fiducials_ck() -> Chart:
    pages = [[
        Heading("Liver SBRT Completion Summary"),
        ("Diagnosis: hepatocellular carcinoma, segment VI, 3.1 cm, Child-Pugh A6; chemoembolization "
        "contraindicated by portal vein tumor thrombus."),
        ("Preparation: under CT guidance interventional radiology placed three gold fiducial markers around "
        "the tumor on 05/02/2025. One week later the patient was simulated in a vacuum cushion. Planning "
        "triphasic CT was fused with a gadoxetate-enhanced liver MRI."),
        ("Planning: GTV on the arterial-phase MRI, PTV = GTV + 3 mm; 45 Gy in 3 fractions to the 75% "
        "isodose; 212 beams (MultiPlan). Liver minus GTV: 700 cc received under 15 Gy."),
        ("Delivery on the CyberKnife M6 with Synchrony respiratory tracking of the fiducials; "
        "correlation model errors under 1.5 mm. Fractions on 05/12, 05/14 and 05/16/2025."),
        Heading("Summary", level=2),
        "Segment VI HCC: 45 Gy in 3 fractions, delivered as prescribed.",
        Signature("Signed: F. Lindqvist, MD; physicist second check: R. Chaudhry, MS"),
    ]]
    return sample(
        "s09_liver_fiducials_ck", ("77373", "77435"),
        facts("robotic_linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
        (("body", None),), cats(),
        {"77373": True, "77435": True}, "77373",
        "Liver SBRT on CyberKnife with gold fiducials, vacuum cushion and Synchrony tracking; 3 fractions.",
        pages, {"header": banner("Bayside Medical Center (synthetic)", "TESTPATIENT, MEI", "SYN-S009",
                                 "10/14/1954"), "footer": SYNTHETIC})


def s10_prostate_mrlinac() -> Chart:
    pages = [[
        Heading("MR-guided Prostate SBRT - Treatment Summary"),
        KeyValue([("Diagnosis", "Favorable intermediate-risk prostate adenocarcinoma, Gleason 3+4, PSA 7.2"),
                  ("Machine", "Elekta Unity MR-linac"),
                  ("Prescription", "3625 cGy in 5 fractions (725 cGy per fraction)"),
                  ("Start / end", "08/11/2025 - 08/22/2025")]),
        ("The patient lay supine in a vacuum cushion with a knee support. A planning CT and a T2-weighted "
        "simulation MRI were registered; prostate and proximal seminal vesicles were contoured as the CTV "
        "with a 4 mm PTV (3 mm posteriorly). Reference IMRT plan with 9 beams (Monaco)."),
        ("At every fraction a daily MRI was acquired on the Unity, contours were adapted and the physician "
        "approved the adapted plan; cine MRI monitored prostate motion during beam-on."),
        TextTable([("Fraction", "Date", "Dose"), ("1", "08/11/2025", "7.25 Gy"),
                   ("2", "08/14/2025", "7.25 Gy"), ("3", "08/18/2025", "7.25 Gy"),
                   ("4", "08/20/2025", "7.25 Gy"), ("5", "08/22/2025", "7.25 Gy")],
                  columns=(0, 80, 180)),
        "Prostate: 36.25 Gy in 5 fractions delivered. PSA in 3 months.",
        Signature("Electronically signed by W. Abara, MD on 08/22/2025"),
    ]]
    return sample(
        "s10_prostate_mrlinac", ("77373", "77435"),
        facts("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
        (("body", None),), cats(),
        {"77373": True, "77435": True}, "77373",
        "Prostate SBRT on an MR-linac (Unity), dose in cGy and Gy; daily adaptive MRI is guidance, the "
        "simulation MRI is planning imaging; no fiducials.",
        pages, {"header": banner("Prairie Urologic Oncology (synthetic)", "TESTPATIENT, FELIX", "SYN-S010",
                                 "01/22/1951"), "footer": SYNTHETIC, "page_numbers": None})


def s11_adrenal_cgy_no_igrt() -> Chart:
    pages = [[
        Heading("SBRT Summary - Left Adrenal"),
        KeyValue([("Indication", ("Isolated left adrenal metastasis from squamous cell lung cancer, 2.6 cm, "
                                 "ECOG 1")),
                  ("Treatment unit", "Elekta Versa HD"),
                  ("Dose", "2400 cGy in 3 fractions"),
                  ("Dates", "11/03/2025 through 11/07/2025")]),
        ("Simulation in a Vac-Lok bag, arms above the head. CT simulation with intravenous contrast was "
        "fused with a diagnostic MRI of the abdomen. GTV on the fused images, PTV = GTV + 5 mm; 800 cGy "
        "per fraction prescribed to the 80% isodose line using two coplanar VMAT arcs in Monaco. Kidney "
        "and bowel constraints met."),
        "Left adrenal metastasis: 2400 cGy in 3 fractions completed on 11/07/2025.",
        Signature("Signed electronically by B. Sorensen, MD, 11/07/2025"),
    ]]
    return sample(
        "s11_adrenal_cgy_no_igrt", ("77373", "77435"),
        facts("linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
        (("body", None),), cats(delivery_verification=False),
        {"77373": True, "77435": True}, "77373",
        "Adrenal SBRT 2400 cGy in 3 fractions; no image guidance, tracking or QA documented, so "
        "delivery_verification is not met (codes still consistent with the facts).",
        pages, {"header": "Clearwater Oncology (synthetic)  |  TESTPATIENT, DARIA  |  SYN-S011",
                "footer": SYNTHETIC})


def s12_pancreas_no_immobilization() -> Chart:
    log = [("Session", "Date", "Dose", "Image guidance")]
    for i, day in enumerate(("04/07", "04/08", "04/10", "04/11", "04/14"), start=1):
        log.append((f"fx {i} of 5", f"{day}/2025", "6.6 Gy", "CBCT matched to tumor and duodenum"))
    pages = [[
        Heading("Pancreas SBRT"),
        ("Borderline resectable adenocarcinoma of the pancreatic head after 4 months of FOLFIRINOX; "
        "CA 19-9 falling. SBRT before planned surgical exploration."),
        ("Treatment unit: Varian TrueBeam. Planning imaging: pancreas-protocol contrast CT fused with an "
        "MRI of the abdomen. GTV includes the tumor-vessel interface; PTV = GTV + 3 mm. 33 Gy in 5 "
        "fractions prescribed to cover 90% of the PTV with two VMAT arcs; duodenum Dmax 32 Gy."),
        RuledTable(log),
        "Pancreatic head tumor: 33 Gy in 5 fractions delivered. Restaging CT in 4 weeks.",
        Signature("E-signed by G. Whitfield, MD - 04/14/2025"),
    ]]
    return sample(
        "s12_pancreas_no_immobilization", ("77373", "77435"),
        facts("linac", ["body"], 1, 5, ["CT", "MRI"], []),
        (("body", None),), cats(positioning=False),
        {"77373": True, "77435": True}, "77373",
        "Pancreas SBRT 33 Gy/5 with an 'fx N of 5' log; no immobilization device or fiducials documented, "
        "so positioning is not met; the restaging CT is planned only.",
        pages, {"header": banner("Westbrook University Hospital (synthetic)", "TESTPATIENT, LEON",
                                 "SYN-S012", "07/19/1962"), "footer": SYNTHETIC,
                "page_numbers": "page {n} of {total}"})


def s13_proton_avm() -> Chart:
    pages = [[
        Heading("Proton Radiosurgery - Arteriovenous Malformation"),
        ("Left parietal arteriovenous malformation, Spetzler-Martin grade II, nidus 2.4 cm, presenting "
        "with seizures; not a candidate for resection or embolization."),
        ("Imaging for planning: stereotactic biplane digital subtraction angiography, a contrast CT and a "
        "3D time-of-flight MRI were registered; the nidus was outlined on the angiogram and MRI."),
        ("Immobilization: thermoplastic mask with a mouthpiece. Plan: three pencil-beam scanning proton "
        "fields, 15 Gy(RBE) to the nidus in a single fraction."),
        "Orthogonal kV radiographs verified position before each field. Delivered on 05/19/2025.",
        "Summary: left parietal AVM, 15 Gy(RBE) x 1. Angiographic follow-up will be arranged at 3 years.",
        Signature("Electronically signed - Y. Petrov, MD, 05/19/2025"),
    ]]
    return sample(
        "s13_proton_avm", ("77372", "61798"),
        facts("particle", ["cranial"], 1, 1, ["CT", "MRI", "angiography"], ["mask"]),
        (("cranial", "complex"),), cats(),
        {"77372": False, "61798": True}, None,
        "Proton radiosurgery of an AVM with stereotactic angiography: AVM is complex (61798 consistent); "
        "a photon delivery code does not fit protons, so no delivery code.",
        pages, {"header": banner("Granite Proton Center (synthetic)", "TESTPATIENT, SIMONE", "SYN-S013",
                                 "03/03/1988"), "footer": SYNTHETIC})


def s14_pituitary_25fx_three_pages() -> Chart:
    weeks = [("Week", "Fractions", "Cumulative dose", "Notes")]
    for week, (a, b) in enumerate(((1, 5), (6, 10), (11, 15), (16, 20), (21, 25)), start=1):
        weeks.append((str(week), f"{a}-{b}", f"{b * 1.8:.1f} Gy", "daily CBCT reviewed; visual fields stable"))
    page1 = [
        Heading("Radiation Therapy Completion Summary"),
        KeyValue([("Diagnosis", ("Non-functioning pituitary macroadenoma, residual after transsphenoidal "
                                "resection, cavernous sinus invasion on the right")),
                  ("Treatment course", "45 Gy in 25 fractions, 1.8 Gy per fraction"),
                  ("Dates", "01/06/2025 - 02/07/2025"), ("Technique", "VMAT, Varian TrueBeam")]),
        Heading("History", level=2),
        ("Presented with bitemporal hemianopia; resection in 2023 improved vision. Residual tumor grew on "
        "two consecutive MRIs and fractionated radiotherapy was recommended by the pituitary board."),
        Heading("Simulation", level=2),
        ("Thermoplastic head mask. Planning CT with 1.25 mm slices fused with a thin-slice pituitary "
        "protocol MRI."),
    ]
    page2 = [
        Heading("Treatment planning"),
        ("GTV = residual tumor on MRI; PTV = GTV + 3 mm. Two coplanar VMAT arcs planned in Eclipse. "
        "Prescription 45 Gy in 25 fractions to the PTV (D95)."),
        RuledTable([("Organ at risk", "Constraint", "Achieved"),
                    ("Optic chiasm", "Dmax < 50 Gy", "45.8 Gy"),
                    ("Right optic nerve", "Dmax < 50 Gy", "44.1 Gy"),
                    ("Brainstem", "Dmax < 54 Gy", "38.0 Gy"),
                    ("Hippocampi", "mean as low as possible", "9.6 Gy")]),
        "Weekly physics chart checks were completed and the plan passed patient-specific QA.",
    ]
    page3 = [
        Heading("On-treatment record"),
        RuledTable(weeks),
        ("Summary: residual pituitary adenoma, 45 Gy in 25 fractions completed 02/07/2025 without "
        "interruption. Endocrinology follow-up and MRI in 6 months."),
        Signature("Electronically signed by D. Kowalczyk, MD, Radiation Oncology, 02/07/2025"),
    ]
    return sample(
        "s14_pituitary_25fx_three_pages", ("77373", "77435", "61798"),
        facts("linac", ["cranial"], 1, 25, ["CT", "MRI"], ["mask"]),
        (("cranial", "complex"),), cats(),
        {"77373": False, "77435": False, "61798": False}, None,
        "Three-page chart with repeated banner and 'Page x of y': a 25-fraction conventional course for a "
        "pituitary adenoma (complex) billed with SBRT/SRS codes, all inconsistent; no delivery code.",
        [page1, page2, page3],
        {"header": banner("St. Brendan Regional Cancer Center (synthetic)", "TESTPATIENT, HANNA",
                          "SYN-S014", "09/09/1970"),
         "footer": ["CONFIDENTIAL - " + SYNTHETIC], "page_numbers": "Page {n} of {total}"})


def s15_two_column_cavernous_meningioma() -> Chart:
    pages = [[
        Heading("Hypofractionated SRS - Meningioma"),
        Paragraph("Diagnosis. Right cavernous sinus meningioma, 2.2 cm, enlarging on serial imaging, "
                  "encasing the cavernous carotid; abducens palsy. Surgery declined."),
        Paragraph("Treatment unit. Novalis Tx (Brainlab) with high-definition MLC. ExacTrac X-ray "
                  "stereoscopic imaging."),
        Paragraph("Immobilization. Frameless Brainlab mask system; no invasive fixation."),
        Paragraph("Imaging. A 1 mm planning CT was fused with contrast-enhanced T1 MRI and fat-suppressed "
                  "sequences through the skull base."),
        Paragraph("Plan. GTV on MRI including the dural tail, PTV = GTV + 1 mm. Dynamic conformal arcs "
                  "(five) in Brainlab Elements; 25 Gy in 5 fractions prescribed to the 80% isodose. "
                  "Optic chiasm Dmax 22.5 Gy, 7 mm from the PTV."),
        Paragraph("Verification. ExacTrac stereoscopic x-rays before each arc with 6D robotic couch "
                  "correction; residual errors under 0.7 mm. Independent monitor-unit check by physics."),
        ColumnBreak(),
        Paragraph("Course. Daily 03/17/2025 to 03/21/2025: 5 Gy per fraction."),
        Paragraph("Summary. Right cavernous sinus meningioma treated to 25 Gy in 5 fractions."),
        Paragraph("Follow-up. MRI at 6 months, ophthalmology review."),
        Signature("Signed 03/21/2025 by T. Oyelaran, MD"),
    ]]
    return sample(
        "s15_two_column_cavernous_meningioma", ("77373", "77435", "61798"),
        facts("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
        (("cranial", "complex"),), cats(),
        {"77373": True, "77435": True, "61798": True}, "77373",
        "Two-column layout; Novalis Tx 5-fraction SRS of a cavernous sinus meningioma (complex by location).",
        pages, {"header": "Hillcrest Neuro-Oncology (synthetic) - TESTPATIENT, AMIR - SYN-S015",
                "footer": SYNTHETIC, "two_columns": True})


def s16_edge_chiasm_brainstem() -> Chart:
    pages = [[
        Heading("SRS Summary - Varian Edge"),
        KeyValue([("Name", "TESTPATIENT, JUNE"), ("MRN", "SYN-S016"), ("Date of SRS", "12/02/2025")]),
        Heading("Oncologic history", level=2),
        ("Small cell lung cancer. Prior whole-brain radiotherapy, 30 Gy in 10 fractions in 2021. Now three "
        "new enhancing lesions on surveillance MRI, KPS 80."),
        Heading("Lesions treated", level=2),
        TextTable([("Lesion", "Size", "Relationship", "Dose"),
                   ("Suprasellar", "1.0 cm", "3 mm from the optic chiasm", "14 Gy"),
                   ("Left pons", "0.6 cm", "within the brainstem", "15 Gy"),
                   ("Right occipital", "1.3 cm", "none", "20 Gy")], columns=(0, 110, 170, 360)),
        Heading("Technique", level=2),
        ("Frameless thermoplastic mask (Qfix Encompass). CT simulation fused with a gadolinium-enhanced MRI "
        "obtained 11/25/2025. GTVs on MRI, 1 mm PTV margin except 0 mm at the chiasm; single-isocenter "
        "VMAT with four couch angles in Eclipse, each target prescribed to the 80% isodose line. "
        "Chiasm Dmax 7.9 Gy; brainstem V12 0.4 cc."),
        ("Before treatment a CBCT was matched with a 6D couch correction and OSMS surface monitoring "
        "remained active during delivery. All three lesions received the prescribed dose in one session."),
        "Plan: repeat MRI in 3 months.",
        Signature("Electronically signed: V. Amundsen, MD, 12/02/2025; physics review: O. Mensah, PhD"),
    ]]
    return sample(
        "s16_edge_chiasm_brainstem", ("77372", "77432", "61798", "61799", "61797"),
        facts("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
        (("cranial", "complex"), ("cranial", "complex"), ("cranial", "simple")), cats(),
        {"77372": True, "77432": True, "61798": True, "61799": True, "61797": True}, "77372",
        "Edge single session, lesion 3 mm from the chiasm and a pontine (brainstem) lesion are complex, "
        "one simple: 61798 + 61799 + 61797; prior WBRT 30 Gy/10 fx is history; 'repeat MRI in 3 months' "
        "is planned only.",
        pages, {"footer": SYNTHETIC, "page_numbers": "Page {n} of {total}"})


S17_TEXT = """\
RADIATION ONCOLOGY - SBRT COMPLETION NOTE                         Printed 10/31/2025 14:22
Pinewood Community Cancer Center (synthetic)
Patient: TESTPATIENT, CORA          MRN: SYN-S017          DOB: 04/12/1953
----------------------------------------------------------------------------------------
DX:        Solitary metastasis to the left 7th rib, colorectal primary, ECOG 1
RX:        5 x 7 Gy = 35 Gy to the PTV, every other day
UNIT:      Elekta Synergy (Agility MLC)
DATES:     10/20/2025 - 10/28/2025

SIM:       Supine in an Alpha Cradle. Planning CT 2 mm with contrast.
PLAN:      GTV from CT, PTV = GTV + 5 mm. 2 VMAT arcs, Monaco. Rx covers 95% of PTV.
           Lung V20 4%, cord max 14 Gy.
IGRT:      XVI cone beam CT before every treatment, shifts approved by MD.
QA:        Patient-specific QA passed 10/17/2025.

TX LOG:    10/20  7 Gy   #1
           10/22  7 Gy   #2
           10/24  7 Gy   #3
           10/27  7 Gy   #4
           10/28  7 Gy   #5

SUMMARY:   Left 7th rib metastasis received 35 Gy in 5 fractions. PET/CT will be ordered
           in 3 months to assess response.

Electronically signed by P. Ruiz, MD 10/28/2025 16:40
SYNTHETIC SAMPLE RECORD - NOT A REAL PATIENT
"""


def s17_rib_sbrt_text() -> Chart:
    return sample(
        "s17_rib_sbrt_text", ("77373", "77435"),
        facts("linac", ["body"], 1, 5, ["CT"], ["body_immobilization"]),
        (("body", None),), cats(),
        {"77373": True, "77435": True}, "77373",
        "Plain-text chart as pasted from an EHR: rib SBRT '5 x 7 Gy'; the PET/CT 'will be ordered' is "
        "planned only, so imaging is CT.",
        text=S17_TEXT)


SAMPLES = (s01_gk_frame_four_mets, s02_gk_icon_mask_3fx, s03_truebeam_hyperarc_pacemaker,
           s04_zapx_trigeminal, s05_cyberknife_schwannoma_single, s06_cyberknife_c2_single,
           s07_spine_three_levels, s08_lung_4dct_compression, s09_liver_fiducials_ck,
           s10_prostate_mrlinac, s11_adrenal_cgy_no_igrt, s12_pancreas_no_immobilization,
           s13_proton_avm, s14_pituitary_25fx_three_pages, s15_two_column_cavernous_meningioma,
           s16_edge_chiasm_brainstem, s17_rib_sbrt_text)


CORPUS = Corpus("samples", "resources/samples", lambda: [make() for make in SAMPLES], pdf_options={"title": "{name}"})
