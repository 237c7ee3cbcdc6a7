"""Third blind corpus, ``tests/blind_corpus3/`` (regenerate: ``python scripts/make_corpus.py blind_corpus3``).

Focus of this round: structured EHR forms (check boxes, Yes/No, drop-down style and N/A fields),
per-fraction verification grids and flowsheets, physics second-check printouts, dose-volume tables,
plan summary printouts, very terse and very verbose notes, unusual number formats ("twenty Gy",
"2,400 cGy", "24Gy/3#", "8Gy x3", "1fx", "five (5) fractions", "1.2cm", "36mm"), lesion lists in
unusual shapes, mixed courses, spine ranges, H&N re-irradiation, liver/kidney/prostate SBRT with
SpaceOAR (a spacer, not immobilization), and three unreadable inputs (``expect_error``).

Each chart is ``NAME.pdf`` with ``NAME.gold.json`` in the shared corpus gold format. The labels were
written by hand from the coding rules and the corpus README, never from the tool's output. All patients
are synthetic (TESTPATIENT names, SYN-B3 MRNs).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from pdfmaker import (
    Heading,
    KeyValue,
    Paragraph,
    RuledTable,
    Signature,
    TextTable,
)

from corpusgen import Chart, Corpus, Gold, unreadable

FOOTER = "SYNTHETIC TEST RECORD - no real patient"
ON, OFF = "\u2612", "\u2610"  # ☒ ☐
TICK = "\u2713"
DELIVERY = ("77371", "77372", "77373")

Block = Any


def chart(name: str, clinic: str, patient: str, pages: Sequence[Sequence[Block]], codes: Sequence[str],
          modality: str | None, sites: Sequence[str], fractions: int | None, imaging: Sequence[str],
          positioning: Sequence[str], lesions: Sequence[tuple[str, str | None]], consistent: Mapping[str, bool],
          delivery_code: str | None, notes: str, plan: bool = True, img: bool = True, pos: bool = True,
          dv: bool = True, summary: bool = True) -> Chart:
    """One chart with its hand labels (this corpus's positional shorthand)."""
    categories = {"plan": plan, "imaging": img, "positioning": pos, "delivery_verification": dv, "summary": summary}
    return Chart(name, pages, Gold(codes, modality, lesions, fractions, imaging, positioning, notes,
                                   delivery_code=delivery_code, consistent=consistent, categories=categories,
                                   sites=sites), {"header": f"{clinic}   {patient}"})


def allc(codes: Sequence[str], **wrong: bool) -> dict[str, bool]:
    """All claimed codes consistent except those named ``c77372=False`` etc."""
    return {c: wrong.get("c" + c, True) for c in codes}


def cranial(*cx: str) -> list[tuple[str, str | None]]:
    return [("cranial", x) for x in cx]


def sig(md: str = "R. Okafor, MD", phys: str | None = "L. Brandt, PhD, DABR", date: str = "") -> list[Block]:
    out: list[Block] = [Signature(f"Electronically signed: {md} (Radiation Oncology) {date}".rstrip())]
    if phys:
        out.append(Signature(f"Physics review: {phys} {date}".rstrip()))
    return out


# --------------------------------------------------------------------------------------------------
# Charts
# --------------------------------------------------------------------------------------------------


def charts() -> list[Chart]:
    out: list[Chart] = []
    add = out.append

    # 01 GK procedure form with check boxes -------------------------------------------------------
    codes = ["77371", "77432", "61796", "61797", "61800"]
    add(chart("b3_01_gk_checkbox_form", "Example Neuroscience Institute", "TESTPATIENT, ANNA  MRN SYN-B301", [[
        Heading("Radiosurgery Procedure Form"),
        KeyValue([("Procedure date", "03/11/2025"), ("Unit", "Leksell Gamma Knife Perfexion"),
                  ("Diagnosis", "Brain metastases (C79.31), non-small cell lung cancer"), ("KPS", "80")]),
        Heading("Immobilization", level=2),
        Paragraph(f"{ON} Leksell G frame (4 pins, local anesthetic)   {OFF} Thermoplastic mask   {OFF} Vac-Lok"),
        Heading("Planning imaging", level=2),
        Paragraph(f"{ON} MRI (T1 post-gadolinium, 1 mm)   {OFF} CT   {OFF} Angiography   {OFF} PET"),
        Paragraph("Planning system: Leksell GammaPlan 11. Targets contoured on the stereotactic MRI."),
        RuledTable([("Target", "Max diameter", "Prescription", "Isodose", "Shots"),
                    ("L frontal", "1.4 cm", "20 Gy", "50%", "6"),
                    ("R parietal", "0.9 cm", "20 Gy", "50%", "3")]),
        Paragraph("Fractions: 1 (single session)"),
        Heading("Pre-treatment checks", level=2),
        Paragraph(f"{ON} Frame co-ordinate verification   {ON} Plan second check (physics)   {OFF} CBCT"),
        Paragraph("Delivered 03/11/2025: L frontal 20 Gy, R parietal 20 Gy. Frame removed, no complications."),
        *sig(date="03/11/2025"),
    ]], codes, "cobalt60", ["cranial"], 1, ["MRI"], ["frame"], cranial("simple", "simple"), allc(codes),
        "77371", "GK form with check boxes: checked G frame and MRI, unchecked mask/CT/angiography/CBCT must "
        "not count; two simple mets; all codes consistent."))

    # 02 linac record, [X] boxes, Frame used: No ------------------------------------------------
    codes = ["77372", "77432", "61796", "61800"]
    add(chart("b3_02_linac_yesno_frame_no", "Example University Hospital", "TESTPATIENT, BRUNO  MRN SYN-B302", [[
        Heading("SRS Treatment Record - Linac"),
        KeyValue([("Machine", "Varian TrueBeam STx"),
                  ("Diagnosis", "R occipital metastasis 1.2cm, melanoma"),
                  ("Frame used", "No"),
                  ("Mask", "Yes (Encompass SRS mask)"),
                  ("Sim CT", "Yes (1 mm slices, 04/01/2025)"),
                  ("MRI fusion", "Yes (T1 post-contrast, 04/01/2025)"),
                  ("Contours", "GTV on MRI; PTV = GTV + 1mm"),
                  ("Technique", "HyperArc VMAT, 4 non-coplanar arcs, single isocenter (Eclipse)"),
                  ("Rx", "18Gy x 1 to the 80% IDL"),
                  ("IGRT", "[X] CBCT   [ ] ExacTrac   [X] 6DoF couch"),
                  ("Date treated", "04/02/2025"),
                  ("Delivered", "R occipital 18 Gy, 1 fraction")]),
        *sig(date="04/02/2025"),
    ]], codes, "linac", ["cranial"], 1, ["CT", "MRI"], ["mask"], cranial("simple"), allc(codes, c61800=False),
        "77372", "Yes/No record: 'Frame used: No' with 61800 claimed (inconsistent); [X]/[ ] IGRT boxes."))

    # 03 liver SBRT Yes/No/N/A form -----------------------------------------------------------
    codes = ["77373", "77435"]
    add(chart("b3_03_liver_form_na", "Example Cancer Center", "TESTPATIENT, CARLA  MRN SYN-B303", [[
        Heading("SBRT Course Form - Liver"),
        KeyValue([("Diagnosis", "Hepatocellular carcinoma, segment VII, 3.1 cm (C22.0)"),
                  ("Machine", "Elekta Versa HD"),
                  ("Fiducials", "Yes (3 gold seeds, IR placement 05/02/2025)"),
                  ("Body immobilization", "Yes - BodyFIX vacuum cushion"),
                  ("Abdominal compression", "Yes"),
                  ("4DCT simulation", "Yes (05/09/2025)"),
                  ("Planning MRI", "N/A"),
                  ("PET", "No"),
                  ("Target", "GTV on arterial-phase CT, ITV from 4DCT, PTV = ITV + 5 mm"),
                  ("Plan", "Monaco VMAT, 2 arcs"),
                  ("Prescription", "45Gy/3# (15 Gy per fraction) to the 80% isodose"),
                  ("IGRT each fx", "Yes - CBCT with fiducial match"),
                  ("Fractions delivered", "3 of 3 (05/19, 05/21, 05/23/2025)")]),
        Paragraph("Summary: segment VII HCC, 45 Gy in 3 fractions completed 05/23/2025."),
        *sig(),
    ]], codes, "linac", ["body"], 3, ["CT"], ["body_immobilization", "fiducials"], [("body", None)],
        allc(codes), "77373", "Liver SBRT form: 'Planning MRI: N/A' and 'PET: No' must not count; 45Gy/3#."))

    # 04 drop-down style cranial fSRS ----------------------------------------------------------
    codes = ["77373", "77435", "61796"]
    add(chart("b3_04_dropdown_fsrs", "Example Health System", "TESTPATIENT, DIEGO  MRN SYN-B304", [[
        Heading("Cranial Stereotactic Course - Structured Fields"),
        KeyValue([("Treatment intent", "Definitive"),
                  ("Immobilization", "Frameless mask"),
                  ("Head frame", "N/A"),
                  ("Planning imaging", "CT + MRI (fused)"),
                  ("Machine", "Varian Edge"),
                  ("TPS", "Eclipse"),
                  ("Technique", "VMAT, 3 arcs"),
                  ("Target", "Left cerebellar metastasis, 2.6 cm (GTV on MRI; PTV = GTV + 2 mm)"),
                  ("Prescription", "27 Gy / 3 fx (9 Gy per fx) to the 80% isodose"),
                  ("IGRT", "ExacTrac + CBCT"),
                  ("Motion management", "N/A"),
                  ("Fractions delivered", "3"),
                  ("Treatment dates", "06/02/2025 - 06/06/2025")], bold_labels=True),
        Paragraph("Course complete: left cerebellar metastasis 27 Gy in 3 fractions."),
        *sig(),
    ]], codes, "linac", ["cranial"], 3, ["CT", "MRI"], ["mask"], cranial("simple"), allc(codes), "77373",
        "Drop-down style fields; 'Head frame: N/A'; fSRS 3 fx, simple lesion."))

    # 05 spine flowsheet T4-T6 ---------------------------------------------------------------------
    codes = ["77373", "77435", "63620"]
    grid = [("Fx", "Date", "CBCT", "Shift (mm)", "6DoF", "RTT", "MD")]
    for i, d in enumerate(["08/04", "08/05", "08/06", "08/07", "08/08"], start=1):
        grid.append((str(i), d + "/2025", TICK, f"{i % 3}.{i}", TICK, "JK/LM", "RO"))
    add(chart("b3_05_spine_range_grid", "Example Spine Center", "TESTPATIENT, ELSA  MRN SYN-B305", [[
        Heading("Spine SBRT - Verification Flowsheet"),
        Paragraph("Target: T4-T6 (one CTV spanning three contiguous levels; epidural extension at T5). "
                  "Renal cell carcinoma."),
        Paragraph("Sim: CT 1 mm and MRI T1/T2 thoracic spine fused for cord delineation. Immobilization: "
                  "BodyFIX full-body vacuum cushion."),
        Paragraph("Plan: TrueBeam, 2 VMAT arcs (Eclipse). Rx 30 Gy in 5 fractions (6 Gy per fx) to D90 of "
                  "the PTV. Spinal cord Dmax 21.5 Gy."),
        RuledTable(grid),
        Paragraph("Completed: T4-T6, 30 Gy / 5 fx."),
        *sig(),
    ]], codes, "linac", ["spinal"], 5, ["CT", "MRI"], ["body_immobilization"], [("spinal", None)], allc(codes),
        "77373", "Per-fraction CBCT grid with initials; 'T4-T6' is one target; cord Dmax is an OAR dose."))

    # 06 lung flowsheet with PET -----------------------------------------------------------------
    codes = ["77373", "77435"]
    add(chart("b3_06_lung_flowsheet_pet", "Example Regional Hospital", "TESTPATIENT, FRANK  MRN SYN-B306", [[
        Heading("Treatment Flowsheet - SABR Lung"),
        KeyValue([("Site", "LUL peripheral NSCLC, 2.2cm"), ("Machine", "Elekta Synergy"),
                  ("Immobilization", "Alpha Cradle, arms up"),
                  ("Simulation", "4DCT (10 phases); FDG PET-CT fused for GTV delineation"),
                  ("Plan", "ITV from MIP; PTV = ITV + 5mm; Monaco VMAT, 2 partial arcs"),
                  ("Rx", "54Gy/3#"),
                  ("OAR", "Chest wall V30 Gy 22 cc; spinal cord Dmax 8 Gy")]),
        RuledTable([("Fx", "Date", "Dose today", "Cumulative", "Imaging", "Initials"),
                    ("1", "07/07/2025", "18 Gy", "18 Gy", "XVI CBCT", "TS / RO"),
                    ("2", "07/09/2025", "18 Gy", "36 Gy", "XVI CBCT", "TS / RO"),
                    ("3", "07/11/2025", "18 Gy", "54 Gy", "XVI CBCT", "MW / RO")]),
        *sig(phys=None),
    ]], codes, "linac", ["body"], 3, ["CT", "PET"], ["body_immobilization"], [("body", None)], allc(codes),
        "77373", "Flowsheet with dose today/cumulative; PET-CT fused for planning; spinal cord dose is OAR."))

    # 07 physics second check printout ----------------------------------------------------------
    codes = ["77372", "77432", "61796"]
    add(chart("b3_07_physics_second_check", "Example Medical Physics", "TESTPATIENT, GRETA  MRN SYN-B307", [[
        Heading("Physics Second Check - Independent MU Calculation"),
        KeyValue([("Plan", "SRS_LFront_1"), ("Machine", "TrueBeam STx #2"),
                  ("TPS", "Eclipse 16.1 (Acuros XB)"), ("Second-check software", "RadCalc 7"),
                  ("Target", "PTV_L_Frontal 20 Gy"), ("Fractions", "1"),
                  ("Normalization", "Prescribed to the 80% IDL"),
                  ("Contours", "GTV_L_Frontal (1.6 cm) on MRI; PTV = GTV + 1 mm"),
                  ("Imaging", "CT sim 04/14/2025 (1 mm) registered to MRI T1+C 04/12/2025; registration reviewed"),
                  ("Immobilization", "Encompass SRS mask")]),
        RuledTable([("Beam", "Energy", "Couch", "Gantry", "TPS MU", "Indep. MU", "Diff"),
                    ("Arc1_CW", "6X-FFF", "0", "181-179", "1456", "1471", "+1.0%"),
                    ("Arc2_CCW", "6X-FFF", "45", "179-30", "1210", "1198", "-1.0%"),
                    ("Arc3_CW", "6X-FFF", "315", "330-179", "1187", "1203", "+1.3%"),
                    ("Arc4_CCW", "6X-FFF", "90", "179-0", "1302", "1290", "-0.9%")]),
        Paragraph("Result: all beams within 3%. PASS."),
        Paragraph("Patient-specific QA: SRS MapCHECK, gamma 2%/1 mm 98.7% - PASS."),
        Signature("Checked by L. Brandt, PhD, DABR 04/15/2025"),
        Signature("Plan approved R. Okafor, MD 04/15/2025"),
    ]], codes, "linac", ["cranial"], 1, ["CT", "MRI"], ["mask"], cranial("simple"), allc(codes), "77372",
        "Physics second-check printout (MU table with beam names, PSQA); 'Target: PTV_L_Frontal 20 Gy'; "
        "plan document, no delivered-dose summary.", summary=False))

    # 08 prostate DVH table with SpaceOAR ------------------------------------------------------
    codes = ["77373", "77435"]
    add(chart("b3_08_prostate_dvh_spaceoar", "Example Cancer Institute", "TESTPATIENT, HUGO  MRN SYN-B308", [[
        Heading("Plan Evaluation - Dose Volume Table"),
        Paragraph("Prostate adenocarcinoma, favorable intermediate risk (C61). SBRT 36.25 Gy in 5 fractions "
                  "on TrueBeam, 2 VMAT arcs (Eclipse). SpaceOAR hydrogel spacer placed 09/03/2025 together "
                  "with three gold fiducial markers. CT simulation 09/10/2025 fused with prostate MRI (T2, "
                  "09/10/2025). CTV = prostate + proximal 1 cm seminal vesicles; PTV = CTV + 5 mm (3 mm "
                  "posterior)."),
        RuledTable([("Structure", "Metric", "Objective", "Achieved"),
                    ("PTV_3625 (Rx)", "D95%", ">= 36.25 Gy", "36.4 Gy"),
                    ("PTV_3625", "Dmax", "< 120%", "113%"),
                    ("Rectum", "V36 Gy", "< 1 cc", "0.3 cc"),
                    ("Rectum", "V32.6 Gy", "< 15%", "4.1%"),
                    ("Bladder", "V37 Gy", "< 10 cc", "3.2 cc"),
                    ("Bladder", "V18.1 Gy", "< 40%", "17%"),
                    ("Urethra", "Dmax", "< 38.5 Gy", "37.9 Gy"),
                    ("Femoral head L", "V14.5 Gy", "< 5%", "0%"),
                    ("Femoral head R", "V14.5 Gy", "< 5%", "0%"),
                    ("Penile bulb", "V29.5 Gy", "< 50%", "2%"),
                    ("Bowel", "V30 Gy", "< 1 cc", "0 cc")]),
        Paragraph("Delivery: fractions 1-5 on 09/22, 09/24, 09/26, 09/29 and 10/01/2025. kV/kV fiducial match "
                  "before every fraction; triggered kV imaging during the arcs. Prostate 36.25 Gy / 5 fx "
                  "completed."),
        *sig(),
    ]], codes, "linac", ["body"], 5, ["CT", "MRI"], ["fiducials"], [("body", None)], allc(codes), "77373",
        "DVH table with many OAR rows; SpaceOAR is a spacer, not immobilization; gold fiducials count."))

    # 09 plan summary printout, three PTVs ------------------------------------------------------------
    codes = ["77372", "77432", "61796", "61797"]
    add(chart("b3_09_plan_summary_targets", "Example Brain Center", "TESTPATIENT, IRMA  MRN SYN-B309", [[
        Heading("Plan Summary Report - Brainlab Elements Multiple Brain Mets SRS"),
        KeyValue([("Diagnosis", "Brain metastases, breast carcinoma"),
                  ("Machine", "Elekta Versa HD (Agility MLC)"), ("Plan", "MBM_1fx"),
                  ("Fractions", "1"), ("Isocenters", "1"), ("Arcs", "5 dynamic conformal arcs"),
                  ("Imaging", "CT 1.0 mm, MRI T1 MPRAGE 1.0 mm (fused)"),
                  ("Immobilization", "Brainlab frameless mask"),
                  ("Contouring", "GTVs on MRI, PTV = GTV + 1 mm")]),
        Paragraph("Target: PTV_L_Frontal 20 Gy"),
        Paragraph("Target: PTV_R_Cerebellum 18 Gy"),
        Paragraph("Target: PTV_L_Temporal 20 Gy"),
        Paragraph("All prescriptions to the 80% isodose. Patient-specific QA: ArcCHECK gamma 97% - PASS."),
        Paragraph("Treated 08/14/2025 with CBCT and HexaPOD correction; all three targets delivered as "
                  "planned."),
        *sig(),
    ]], codes, "linac", ["cranial"], 1, ["CT", "MRI"], ["mask"], cranial("simple", "simple", "simple"),
        allc(codes), "77372", "Plan summary listing 'Target: PTV_x NN Gy' lines; three simple mets."))

    # 10 terse GK note -------------------------------------------------------------------------------
    codes = ["77371", "77432", "61796", "61797", "61800"]
    add(chart("b3_10_terse_gk", "Example Gamma Knife Center", "TESTPATIENT, JONAS  MRN SYN-B310", [[
        Heading("GK note", level=2),
        Paragraph("Dx: melanoma brain mets. GK Perfexion. G frame, 4 pins, local. MRI 1mm. Targets contoured "
                  "on MRI. 3 mets: L front 1.2cm, R par 9mm, L cbll 1.5cm. 20/20/18 Gy @50%. GammaPlan. "
                  "Single fx. Tol well. Frame off."),
        Signature("RO / NS 10/06/2025"),
    ]], codes, "cobalt60", ["cranial"], 1, ["MRI"], ["frame"], cranial("simple", "simple", "simple"),
        allc(codes), "77371", "Very terse fragments; no verification documented (delivery_verification not "
        "met).", dv=False))

    # 11 terse CK lung ---------------------------------------------------------------------------------
    codes = ["77373", "77435"]
    add(chart("b3_11_terse_ck_lung", "Example CyberKnife Center", "TESTPATIENT, KARL  MRN SYN-B311", [[
        Paragraph("RLL NSCLC 1.8cm, T1bN0, med. inoperable (FEV1 0.9 L). CK M6. Fiducials x3 (IR, "
                  "01/06/2026). CT sim 1.25mm, exhale. GTV -> PTV +5mm. Precision TPS, Iris, 143 beams. "
                  "54Gy/3#, 80% IDL. Synchrony + Xsight Lung tracking every fx. 3/3 done 01/20-01/24/2026."),
        Signature("RO 01/24/2026"),
    ]], codes, "robotic_linac", ["body"], 3, ["CT"], ["fiducials"], [("body", None)], allc(codes), "77373",
        "Terse CyberKnife lung: '54Gy/3#'; fiducials; Synchrony tracking."))

    # 12 terse spine 1 fx ------------------------------------------------------------------------------
    codes = ["77373", "77435", "63620"]
    add(chart("b3_12_terse_spine_1fx", "Example Hospital", "TESTPATIENT, LENA  MRN SYN-B312", [[
        Paragraph("Spine SBRT. L2 vertebral body met (breast), no cord compression. TrueBeam. BodyFIX. "
                  "CT sim + MRI L-spine fused. CTV per consensus, PTV 2mm. 2 VMAT arcs, Eclipse. "
                  "16Gy x1 (1fx), D90. CBCT+6DoF pre-tx. Cauda Dmax 12Gy. Done 02/17/2026."),
        Signature("RO 02/17/2026"),
    ]], codes, "linac", ["spinal"], 1, ["CT", "MRI"], ["body_immobilization"], [("spinal", None)], allc(codes),
        "77373", "Terse single-fraction spine SBRT ('16Gy x1 (1fx)'): 77373 (not single-session cranial)."))

    # 13 verbose GK Icon vestibular schwannoma, 5 fx -------------------------------------------------------
    codes = ["77373", "77435", "61798"]
    add(chart("b3_13_verbose_icon_schwannoma", "Example Skull Base Clinic", "TESTPATIENT, MARTIN  MRN SYN-B313", [[
        Heading("Radiosurgery Course Narrative"),
        Paragraph("Mr. TESTPATIENT is a 58-year-old man who was referred to our skull base clinic with "
                  "progressive right-sided hearing loss and tinnitus. Serial imaging documented growth of a "
                  "right vestibular schwannoma, which now measures 1.9 cm in greatest dimension with a small "
                  "cisternal component. After a long discussion of observation, microsurgery and "
                  "radiosurgery, he chose fractionated radiosurgery in the hope of preserving serviceable "
                  "hearing."),
        Paragraph("He asked many questions about his wife's experience: she underwent Gamma Knife "
                  "radiosurgery under a stereotactic head frame in 2018 for an unrelated meningioma at another "
                  "center. We explained that his own treatment would be frameless. A custom thermoplastic mask "
                  "was fabricated for him on 02/03/2025."),
        Paragraph("The planning MRI (T1 post-contrast and CISS, 1 mm) was obtained on 02/03/2025, and the "
                  "tumour was contoured on it together with the cochlea and brainstem. The plan, prepared in "
                  "Leksell GammaPlan, used 14 shots and prescribed 25 Gy in five fractions of 5 Gy to the "
                  "50% isodose line; the mean cochlear dose was kept under 4 Gy per fraction."),
        Paragraph("Treatment was delivered on the Leksell Gamma Knife Icon daily from 02/10/2025 through "
                  "02/14/2025. Before each fraction a cone-beam CT was acquired and co-registered to the "
                  "plan, and the infrared intrafraction motion management (IFMM) system tracked the nose "
                  "marker throughout delivery. All five fractions were completed without interruption, "
                  "for a total of 25 Gy to the right vestibular schwannoma."),
        *sig(md="P. Lindqvist, MD", date="02/14/2025"),
    ]], codes, "cobalt60", ["cranial"], 5, ["MRI"], ["mask"], cranial("complex"), allc(codes), "77373",
        "Verbose narrative; fractionated GK Icon (77373); wife's head frame is another person; CBCT is "
        "IGRT not imaging; schwannoma complex."))

    # 14 verbose pancreas five (5) fractions ------------------------------------------------------------
    codes = ["77373", "77435"]
    add(chart("b3_14_verbose_pancreas", "Example Digestive Oncology", "TESTPATIENT, NORA  MRN SYN-B314", [[
        Heading("SBRT Completion Summary"),
        Paragraph("Ms. TESTPATIENT is a 66-year-old woman with locally advanced adenocarcinoma of the "
                  "pancreatic head (C25.0), 3.4 cm, abutting the superior mesenteric artery, who completed "
                  "four months of FOLFIRINOX with stable disease. ECOG performance status is 1. After "
                  "multidisciplinary review, consolidative stereotactic body radiotherapy was recommended."),
        Paragraph("Three gold fiducial markers were placed endoscopically under EUS guidance on 10/01/2025. "
                  "An MRI of the abdomen was requested for planning but could not be obtained because of "
                  "severe claustrophobia, so planning relied on a contrast-enhanced 4DCT simulation "
                  "performed on 10/08/2025 with an abdominal compression belt in place."),
        Paragraph("The gross tumour was contoured on the contrast-enhanced CT, with a 3 mm expansion to the "
                  "PTV. A 9-field IMRT plan was prepared for the Varian Ethos, and the prescription was 33 Gy "
                  "in five (5) fractions of 6.6 Gy, with 95% of the PTV covered by the prescription dose. The "
                  "duodenal maximum dose was 32 Gy."),
        Paragraph("Before every fraction a cone-beam CT was acquired, the fiducials were matched and the "
                  "adaptive plan was reviewed by the physician and physicist. Treatment was delivered "
                  "10/20/2025 through 10/24/2025, and all five fractions (33 Gy to the pancreatic head "
                  "tumour) were completed."),
        *sig(date="10/24/2025"),
    ]], codes, "linac", ["body"], 5, ["CT"], ["body_immobilization", "fiducials"], [("body", None)], allc(codes),
        "77373", "Verbose pancreas SBRT: 'five (5) fractions'; MRI requested but not obtained (not imaging); "
        "abdominal compression is body immobilization."))

    # 15 "twenty Gy" ---------------------------------------------------------------------------------------
    codes = ["77372", "77432", "61796"]
    add(chart("b3_15_words_twenty_gy", "Example Community Hospital", "TESTPATIENT, OLGA  MRN SYN-B315", [[
        Heading("Radiosurgery Note"),
        Paragraph("Left parietal metastasis (1.2cm) from breast carcinoma. A planning CT (1 mm) was fused with "
                  "an MRI T1 post-contrast; the GTV was contoured on the MRI with a 1 mm PTV margin. She was "
                  "immobilized in a Brainlab frameless thermoplastic mask."),
        Paragraph("On 03/03/2025 she received twenty Gy in one fraction, prescribed to the 80% isodose line, "
                  "on the Novalis Tx using five dynamic conformal arcs planned in iPlan. ExacTrac x-ray "
                  "verification was performed before each arc."),
        Paragraph("Summary: left parietal metastasis, twenty Gy, single fraction."),
        *sig(),
    ]], codes, "linac", ["cranial"], 1, ["CT", "MRI"], ["mask"], cranial("simple"), allc(codes), "77372",
        "Dose in words ('twenty Gy'), size '1.2cm' without a space."))

    # 16 "2,400 cGy" "3 x 8Gy" ZAP-X cavity ----------------------------------------------------------------
    codes = ["77373", "77435", "61796"]
    add(chart("b3_16_cgy_comma_zapx", "Example Radiosurgery Center", "TESTPATIENT, PAUL  MRN SYN-B316", [[
        Heading("Fractionated Radiosurgery Summary"),
        KeyValue([("Target", ("Post-operative cavity, R frontal, 2.8 cm (resected renal cell carcinoma "
                   "metastasis)")),
                  ("System", "ZAP-X gyroscopic radiosurgery"),
                  ("Dose", "2,400 cGy delivered as 3 x 8Gy, 70% isodose"),
                  ("Immobilization", "ZAP-X thermoplastic head mask"),
                  ("Imaging", "Planning CT and MRI (fused)"),
                  ("Volumes", "Cavity + 2 mm = PTV"),
                  ("Beams", "180 isocentric beam paths"),
                  ("Verification", "kV imaging at each fraction"),
                  ("Dates", "11/03, 11/05 and 11/07/2025")]),
        Paragraph("Summary: R frontal cavity 2,400 cGy in 3 fractions, completed."),
        *sig(),
    ]], codes, "linac", ["cranial"], 3, ["CT", "MRI"], ["mask"], cranial("simple"), allc(codes), "77373",
        "'2,400 cGy' with a thousands comma and '3 x 8Gy' (count first); ZAP-X is a linac."))

    # 17 "8Gy x3" S1 ------------------------------------------------------------------------------------------
    codes = ["77373", "77435", "63620"]
    add(chart("b3_17_sacral_s1_8gyx3", "Example Cancer Center", "TESTPATIENT, QUINN  MRN SYN-B317", [[
        Heading("Spine SRS Completion"),
        Paragraph("S1 vertebral body metastasis with epidural extension abutting the thecal sac (dura), "
                  "prostate adenocarcinoma, painful despite prior conventional radiotherapy."),
        Paragraph("Positioning: BodyFIX vacuum cushion. CT simulation and MRI lumbosacral spine fused. CTV per "
                  "consensus contouring, PTV 2 mm. Monaco VMAT on Elekta Versa HD. Rx 24 Gy as 8Gy x3 to "
                  "the PTV (D90). CBCT with HexaPOD correction before each fraction."),
        Paragraph("Delivered 12/08, 12/10, 12/12/2025: S1, 24 Gy in 3 fractions."),
        *sig(),
    ]], codes, "linac", ["spinal"], 3, ["CT", "MRI"], ["body_immobilization"], [("spinal", None)], allc(codes),
        "77373", "'8Gy x3' (dose first); S1 vertebral lesion abutting the dura is spinal (63620)."))

    # 18 rib 1fx --------------------------------------------------------------------------------------------------
    codes = ["77373", "77435"]
    add(chart("b3_18_rib_1fx", "Example Hospital", "TESTPATIENT, RITA  MRN SYN-B318", [[
        Paragraph("Oligomet R 7th rib (RCC), 2.4cm. SBRT 18Gy 1fx. TrueBeam; Vac-Lok; 4DCT sim; ITV -> PTV "
                  "5mm; 2 arcs Eclipse, 80% IDL; CBCT pre-tx. Done 12/01/2025: R 7th rib 18Gy."),
        Signature("RO 12/01/2025"),
    ]], codes, "linac", ["body"], 1, ["CT"], ["body_immobilization"], [("body", None)], allc(codes), "77373",
        "Single-fraction body SBRT written '18Gy 1fx': 77373."))

    # 19 36mm cranial lesion billed 61796 -------------------------------------------------------------------
    codes = ["77373", "77435", "61796"]
    add(chart("b3_19_size_mm_complex", "Example University Hospital", "TESTPATIENT, SVEN  MRN SYN-B319", [[
        Heading("Hypofractionated SRS Summary"),
        Paragraph("Right temporal metastasis measuring 36mm in maximum diameter, lung adenocarcinoma. Encompass "
                  "mask. CT 1 mm fused with MRI T1+C; GTV on MRI, PTV = GTV + 2mm. TrueBeam, 3 VMAT arcs "
                  "(Eclipse), 27 Gy/3 fx to the 80% isodose line. CBCT with 6DoF correction before every "
                  "fraction. Treated 01/12, 01/14, 01/16/2026: right temporal metastasis 27 Gy in 3 fractions."),
        *sig(),
    ]], codes, "linac", ["cranial"], 3, ["CT", "MRI"], ["mask"], cranial("complex"), allc(codes, c61796=False),
        "77373", "Size '36mm' is >= 3.5 cm, so complex: 61796 inconsistent."))

    # 20 one-line target list, CK single fraction ----------------------------------------------------------
    codes = ["77372", "77432", "61796", "61797"]
    add(chart("b3_20_ck_oneline_targets", "Example CyberKnife Center", "TESTPATIENT, TARA  MRN SYN-B320", [[
        Heading("CyberKnife SRS Summary"),
        Paragraph("Dx: NSCLC brain metastases. CyberKnife S7. Aquaplast mask. CT 1 mm + MRI T1+C fused; "
                  "GTVs on MRI, no margin."),
        Paragraph("Targets: L frontal (1.1 cm), R cerebellar (0.8 cm), L temporal (1.4 cm)"),
        Paragraph("Rx: 20 Gy x 1 to each target (70-75% IDL). Precision, fixed cones, 1 path set. 6D Skull "
                  "tracking throughout. Single session 02/02/2026; all three targets 20 Gy."),
        *sig(),
    ]], codes, "robotic_linac", ["cranial"], 1, ["CT", "MRI"], ["mask"], cranial("simple", "simple", "simple"),
        allc(codes), "77372", "Three targets on one line with sizes in parentheses; single-session CyberKnife "
        "cranial is 77372."))

    # 21 PTV-name-only table, GK Icon single session, 4 lesions ---------------------------------------------
    codes = ["77371", "77432", "61796", "61797"]
    add(chart("b3_21_ptv_names_icon", "Example Gamma Knife Center", "TESTPATIENT, ULF  MRN SYN-B321", [[
        Heading("Gamma Knife Icon - Treatment Summary"),
        Paragraph("Diagnosis: brain metastases from breast cancer. Frameless thermoplastic mask; CBCT "
                  "stereotactic reference and IFMM nose-marker tracking. MRI T1 post-gadolinium 1 mm for "
                  "planning; GTVs contoured, PTV = GTV + 1 mm. Leksell GammaPlan. Single session "
                  "05/05/2025."),
        RuledTable([("Target", "Volume (cc)", "Rx (Gy)", "IDL", "Shots"),
                    ("PTV_R_Occ", "0.92", "20", "50%", "5"),
                    ("PTV_L_Par", "1.40", "20", "50%", "7"),
                    ("PTV_Cbll_L", "0.31", "22", "50%", "2"),
                    ("PTV_R_Front", "2.05", "18", "50%", "9")]),
        Paragraph("All targets treated as planned."),
        *sig(),
    ]], codes, "cobalt60", ["cranial"], 1, ["MRI"], ["mask"], cranial("simple", "simple", "simple", "simple"),
        allc(codes), "77371", "Lesion count (4) implied only by a table of PTV names; Icon single session "
        "with mask: 77371."))

    # 22 five lesions incl. pons, Edge -------------------------------------------------------------------------
    codes = ["77372", "77432", "61798", "61797"]
    add(chart("b3_22_five_lesions_pons", "Example Medical Center", "TESTPATIENT, VERA  MRN SYN-B322", [[
        Heading("Single-Isocenter Multiple-Metastasis SRS"),
        Paragraph("Varian Edge, HyperArc, 5 arcs, Eclipse. Encompass mask. CT 1 mm fused with MRI T1+C (1 mm); "
                  "GTVs on MRI, PTV = GTV + 1 mm. Single fraction 09/09/2025. CBCT + 6DoF couch before "
                  "treatment; intrafraction surface monitoring (AlignRT)."),
        RuledTable([("#", "Location", "Size", "Dose / IDL"),
                    ("1", "L frontal", "0.9 cm", "20 Gy / 80%"),
                    ("2", "R frontal", "1.3cm", "20 Gy / 80%"),
                    ("3", "L occipital", "7mm", "20 Gy / 80%"),
                    ("4", "R cerebellum", "1.6 cm", "18 Gy / 80%"),
                    ("5", "Pons (within the brainstem)", "0.6 cm", "15 Gy / 80%")]),
        Paragraph("Brainstem Dmax 15.8 Gy; optic chiasm Dmax 1.2 Gy. All five lesions treated."),
        *sig(),
    ]], codes, "linac", ["cranial"], 1, ["CT", "MRI"], ["mask"],
        cranial("simple", "simple", "simple", "simple", "complex"), allc(codes), "77372",
        "Five lesions, one within the brainstem (complex): 61798 first + 61797 consistent; chiasm dose is OAR."))

    # 23 H&N re-irradiation SBRT on CyberKnife -----------------------------------------------------------------
    codes = ["77373", "77435"]
    add(chart("b3_23_hn_reirradiation_ck", "Example Head and Neck Program", "TESTPATIENT, WALT  MRN SYN-B323", [[
        Heading("Re-irradiation SBRT - Completion Note"),
        Paragraph("Recurrent squamous cell carcinoma in a left level II cervical lymph node, 2.0 cm. History: "
                  "definitive chemoradiation to the oropharynx and neck, 70 Gy in 35 fractions, completed "
                  "2021."),
        Paragraph("Re-irradiation with CyberKnife M6 SBRT. Long thermoplastic head-and-shoulder mask. Contrast "
                  "CT simulation fused with a diagnostic FDG PET-CT for GTV delineation; PTV = GTV + 2 mm. "
                  "Precision TPS, Iris collimator, 40 Gy in 5 fractions to the 80% isodose. 6D Skull tracking "
                  "for every fraction."),
        Paragraph("Fractions delivered 03/02-03/10/2026 (every other day): 5 of 5, 40 Gy to the left level II "
                  "node. Carotid Dmax 38 Gy."),
        *sig(),
    ]], codes, "robotic_linac", ["body"], 5, ["CT", "PET"], ["mask"], [("body", None)], allc(codes), "77373",
        "H&N re-irradiation SBRT (body site with a mask); prior 70 Gy/35 fx is history (fractions 5)."))

    # 24 kidney ---------------------------------------------------------------------------------------------------
    codes = ["77373", "77435"]
    add(chart("b3_24_kidney", "Example Urology Oncology", "TESTPATIENT, XENIA  MRN SYN-B324", [[
        Heading("Kidney SABR Summary"),
        KeyValue([("Diagnosis", "Left renal cell carcinoma, 4.0 cm, medically inoperable (C64.2)"),
                  ("Simulation", "4DCT and MRI abdomen, fused"),
                  ("Immobilization", "BodyFIX with abdominal compression"),
                  ("Target", "GTV on MRI/CT, ITV from 4DCT, PTV = ITV + 5 mm"),
                  ("Plan", "TrueBeam, VMAT, 2 arcs (Eclipse)"),
                  ("Prescription", "42Gy in 3 fx (14 Gy per fraction)"),
                  ("IGRT", "CBCT before every fraction"),
                  ("Delivered", "42 Gy / 3 fx, 04/06-04/10/2026")]),
        *sig(),
    ]], codes, "linac", ["body"], 3, ["CT", "MRI"], ["body_immobilization"], [("body", None)], allc(codes),
        "77373", "Kidney SABR 42Gy in 3 fx."))

    # 25 prostate Calypso + SpaceOAR + Vac-Lok --------------------------------------------------------------------
    codes = ["77373", "77435"]
    add(chart("b3_25_prostate_calypso", "Example Cancer Institute", "TESTPATIENT, YUSUF  MRN SYN-B325", [[
        Heading("Prostate SBRT - Treatment Summary"),
        Paragraph("Low-risk prostate adenocarcinoma (C61), Gleason 3+3. Three Calypso Beacon transponders were "
                  "implanted into the prostate as fiducial markers on 06/02/2025, and a SpaceOAR Vue hydrogel "
                  "spacer was injected between the prostate and rectum at the same procedure."),
        Paragraph("Simulation 06/09/2025: CT and prostate MRI (fused). Vac-Lok cushion for the legs. "
                  "CTV = prostate, PTV = CTV + 3 mm. Eclipse VMAT, 2 arcs, TrueBeam. Prescription 40 Gy in 5 "
                  "fractions."),
        Paragraph("Calypso real-time electromagnetic tracking with beam hold at 3 mm, plus CBCT, at every "
                  "fraction. Treatment 06/16-06/27/2025, 5 of 5 fractions, prostate 40 Gy."),
        *sig(),
    ]], codes, "linac", ["body"], 5, ["CT", "MRI"], ["body_immobilization", "fiducials"], [("body", None)],
        allc(codes), "77373", "Calypso beacons implanted as fiducials; SpaceOAR hydrogel is not immobilization."))

    # 26 mixed cranial + spinal course on CyberKnife -------------------------------------------------------------
    codes = ["77373", "77435", "61796", "63620"]
    add(chart("b3_26_mixed_brain_spine", "Example CyberKnife Center", "TESTPATIENT, ZOE  MRN SYN-B326", [[
        Heading("Stereotactic Course Summary - Two Targets"),
        Paragraph("Melanoma with a left occipital brain metastasis (1.5 cm) and a T9 vertebral body metastasis "
                  "with epidural disease abutting the dura. Both targets were treated at the same three "
                  "CyberKnife G4 sessions."),
        Paragraph("Aquaplast mask for the brain target; BlueBAG vacuum cushion for the spine. CT 1 mm and MRI "
                  "brain and thoracic spine, fused. GTVs/CTV contoured on MRI. MultiPlan, fixed cones."),
        RuledTable([("Target", "Dose", "Fractions", "IDL", "Tracking"),
                    ("L occipital met", "27 Gy", "3", "75%", "6D Skull"),
                    ("T9", "24 Gy", "3", "78%", "Xsight Spine")]),
        Paragraph("Sessions 07/14, 07/16, 07/18/2025; both targets completed as prescribed."),
        *sig(),
    ]], codes, "robotic_linac", ["cranial", "spinal"], 3, ["CT", "MRI"], ["body_immobilization", "mask"],
        [("cranial", "simple"), ("spinal", None)], allc(codes), "77373",
        "Mixed cranial + spinal course, 3 fx on CyberKnife; 61796 and 63620 both consistent."))

    # 27 lung + adrenal ---------------------------------------------------------------------------------------
    codes = ["77373", "77435"]
    add(chart("b3_27_lung_adrenal", "Example Regional Hospital", "TESTPATIENT, ADAM  MRN SYN-B327", [[
        Heading("SABR - Two Sites"),
        Paragraph("Oligometastatic NSCLC: RUL primary 2.0 cm and a left adrenal metastasis 2.7 cm. Elekta Versa "
                  "HD; BodyFIX. 4DCT simulation fused with FDG PET-CT; ITVs from 4DCT, PTV = ITV + 5 mm. "
                  "Monaco VMAT, one isocenter per target."),
        TextTable([("Target", "Prescription", "Delivered"),
                   ("RUL", "50 Gy / 5 fx", "50 Gy"),
                   ("L adrenal", "40 Gy / 5 fx", "40 Gy")], columns=(0, 120, 260)),
        Paragraph("Both targets treated at the same 5 sessions (08/18-08/22/2025), CBCT before each target at "
                  "every session."),
        *sig(),
    ]], codes, "linac", ["body"], 5, ["CT", "PET"], ["body_immobilization"], [("body", None), ("body", None)],
        allc(codes), "77373", "Two body targets in one 5-fraction course."))

    # 28 two spinal targets C7-T1 + L3 --------------------------------------------------------------------------
    codes = ["77373", "77435", "63620", "63621"]
    add(chart("b3_28_spine_two_ranges", "Example Spine Center", "TESTPATIENT, BEA  MRN SYN-B328", [[
        Heading("Spine SBRT - Two Targets"),
        KeyValue([("Targets", "C7-T1 (one target, paraspinal and epidural extension) and L3 vertebral body"),
                  ("Histology", "Renal cell carcinoma"),
                  ("Immobilization", ("Long thermoplastic head-neck-shoulder mask (Orfit) for C7-T1; BodyFIX "
                   "vacuum cushion")),
                  ("Imaging", "CT 1 mm and MRI C/T/L-spine, fused"),
                  ("Plan", "TrueBeam, VMAT, 2 arcs per isocenter (Eclipse); D90 to PTV"),
                  ("Rx", "27Gy/3# to each target"),
                  ("IGRT", "CBCT + 6DoF before each target, each fraction"),
                  ("Dates", "09/01, 09/03, 09/05/2025")]),
        Paragraph("Completed: C7-T1 27 Gy/3#; L3 27 Gy/3#. Cord Dmax 20.1 Gy; cauda 23 Gy."),
        *sig(),
    ]], codes, "linac", ["spinal"], 3, ["CT", "MRI"], ["body_immobilization", "mask"],
        [("spinal", None), ("spinal", None)], allc(codes), "77373",
        "Two spinal targets (a range C7-T1 counts as one); '27Gy/3#'; mask used for cervicothoracic spine."))

    # 29 para-aortic node ---------------------------------------------------------------------------------------
    codes = ["77373", "77435"]
    add(chart("b3_29_paraaortic_node", "Example Cancer Center", "TESTPATIENT, CLEO  MRN SYN-B329", [[
        Heading("SBRT Summary - Nodal Oligometastasis"),
        Paragraph("Isolated para-aortic lymph node recurrence (1.9 cm) of endometrial carcinoma. Alpha Cradle. "
                  "CT simulation fused with FDG PET-CT; GTV on PET-CT, PTV = GTV + 5 mm. TrueBeam, VMAT, "
                  "Eclipse. 35Gy/5# to the 80% isodose. CBCT daily. Treated 10/06-10/10/2025, 5/5 fractions."),
        *sig(),
    ]], codes, "linac", ["body"], 5, ["CT", "PET"], ["body_immobilization"], [("body", None)], allc(codes),
        "77373", "Lymph node SBRT '35Gy/5#'."))

    # 30 6 fractions billed as SRS -----------------------------------------------------------------------------
    codes = ["77373", "77435", "61796"]
    rows = [("Fx", "Date", "Dose", "CBCT", "Initials")]
    for i, d in enumerate(["11/03", "11/04", "11/05", "11/06", "11/07", "11/10"], start=1):
        rows.append((str(i), d + "/2025", "5 Gy", TICK, "AL"))
    add(chart("b3_30_six_fractions", "Example Community Hospital", "TESTPATIENT, DORA  MRN SYN-B330", [[
        Heading("Hypofractionated Stereotactic RT - Course Form"),
        KeyValue([("Target", "Resection cavity, L parietal, 2.9 cm"),
                  ("Machine", "Varian TrueBeam"), ("Immobilization", "Thermoplastic mask"),
                  ("Imaging", "CT sim + MRI T1+C, fused"),
                  ("Volumes", "Cavity CTV + 2 mm PTV"),
                  ("Plan", "VMAT 3 arcs (Eclipse), 80% isodose"),
                  ("Total", "30Gy/6#")]),
        RuledTable(rows),
        Paragraph("Course complete: L parietal cavity 30 Gy in 6 fractions."),
        *sig(),
    ]], codes, "linac", ["cranial"], 6, ["CT", "MRI"], ["mask"], cranial("simple"),
        {"77373": False, "77435": False, "61796": False}, None,
        "Six fractions: over 5, so no SRS/SBRT code fits and no delivery code."))

    # 31 proton SBRT liver ---------------------------------------------------------------------------------------
    codes = ["77373"]
    add(chart("b3_31_proton_liver", "Example Proton Center", "TESTPATIENT, EMIL  MRN SYN-B331", [[
        Heading("Proton SBRT - Liver"),
        Paragraph("Hepatocellular carcinoma, 4.2 cm, segment VIII. Pencil-beam scanning protons, 3 fields "
                  "(RayStation), 50 Gy(RBE) in 5 fx. Vac-Lok. 4DCT simulation fused with MRI liver; GTV on "
                  "MRI, ITV/PTV per protocol. Orthogonal kV plus CBCT before every fraction. Treated "
                  "02/02-02/06/2026: 50 Gy(RBE)/5 fx."),
        *sig(),
    ]], codes, "particle", ["body"], 5, ["CT", "MRI"], ["body_immobilization"], [("body", None)],
        {"77373": False}, None, "Proton SBRT: photon delivery code 77373 inconsistent; no delivery code."))

    # 32 GK trigeminal neuralgia billed 77372 ------------------------------------------------------------------
    codes = ["77372", "77432", "61798", "61800"]
    add(chart("b3_32_gk_tn_wrong_unit", "Example Gamma Knife Center", "TESTPATIENT, FELIX  MRN SYN-B332", [[
        Heading("Functional Radiosurgery Form"),
        KeyValue([("Indication", ("Right trigeminal neuralgia (G50.0), refractory to carbamazepine and "
                   "gabapentin; prior microvascular decompression 2019")),
                  ("Unit", "Leksell Gamma Knife Perfexion"),
                  ("Head frame", "Yes - Leksell G frame, 4 pins, local anesthetic"),
                  ("MRI", "Yes - CISS 0.6 mm and T1 post-contrast, with frame"),
                  ("CT", "Not performed"),
                  ("Target", "Right trigeminal nerve, root entry zone (contoured on CISS)"),
                  ("Plan", "GammaPlan; one 4 mm shot"),
                  ("Dose", "80 Gy maximum, to the 100% isodose"),
                  ("Fractions", "1"),
                  ("Frame co-ordinates checked", "Yes (physicist)"),
                  ("Date", "01/19/2026")]),
        *sig(),
    ]], codes, "cobalt60", ["cranial"], 1, ["MRI"], ["frame"], cranial("complex"), allc(codes, c77372=False),
        "77371", "Gamma Knife single session billed as linac 77372 (inconsistent); trigeminal neuralgia is a "
        "complex functional target; 'CT: Not performed'."))

    # 33 GK Icon 3 fx billed 77371 ------------------------------------------------------------------------------
    codes = ["77371", "77432", "61798"]
    add(chart("b3_33_icon_3fx_wrong_code", "Example Gamma Knife Center", "TESTPATIENT, GINA  MRN SYN-B333", [[
        Heading("Gamma Knife Icon Course"),
        Paragraph("Left cavernous sinus meningioma, 2.4 cm, abutting the optic apparatus posteriorly. "
                  "Frameless: thermoplastic mask with CBCT stereotactic reference and IFMM tracking each "
                  "session. Planning MRI 1 mm (T1+C); tumour contoured on MRI. GammaPlan, 22 shots. Rx "
                  "8Gy x3 to the 50% isodose. Fractions 03/02, 03/03, 03/04/2026. Delivered: 24 Gy in 3 "
                  "fractions to the cavernous sinus meningioma."),
        *sig(),
    ]], codes, "cobalt60", ["cranial"], 3, ["MRI"], ["mask"], cranial("complex"),
        {"77371": False, "77432": False, "61798": True}, "77373",
        "Fractionated GK Icon (3 fx) billed as single-session 77371/77432: both inconsistent; cavernous sinus "
        "tumour is complex."))

    # 34 AVM with angiography and frame -------------------------------------------------------------------------
    codes = ["77371", "77432", "61798", "61800"]
    add(chart("b3_34_avm_angio_frame", "Example Neurovascular Center", "TESTPATIENT, HANS  MRN SYN-B334", [[
        Heading("AVM Radiosurgery"),
        Paragraph("Right parietal arteriovenous malformation (Q28.2), nidus 2.1 cm, Spetzler-Martin II, "
                  "presented with seizures. Leksell G frame applied under local anesthesia. Stereotactic CT, "
                  "MRI (T1+C, TOF) and biplane digital subtraction angiography were obtained with the frame "
                  "and co-registered; the nidus was outlined on the angiogram and MRI."),
        Paragraph("Leksell Gamma Knife Perfexion, GammaPlan, 11 shots; 22 Gy to the 50% isodose line in one "
                  "session on 04/20/2026. Frame co-ordinates verified by the physicist before treatment. "
                  "Summary: right parietal AVM, 22 Gy, single session."),
        *sig(),
    ]], codes, "cobalt60", ["cranial"], 1, ["CT", "MRI", "angiography"], ["frame"], cranial("complex"),
        allc(codes), "77371", "AVM (complex) with angiography and frame; all consistent."))

    # 35 CK single spinal lesion billed 63621 -------------------------------------------------------------------
    codes = ["77373", "77435", "63620", "63621"]
    add(chart("b3_35_ck_spine_extra_addon", "Example CyberKnife Center", "TESTPATIENT, INES  MRN SYN-B335", [[
        Heading("CyberKnife Spine Summary"),
        Paragraph("L4 vertebral body metastasis (thyroid carcinoma) with epidural extension. CyberKnife VSI, "
                  "Xsight Spine tracking. Vacuum cushion. Planning CT 1 mm fused with MRI L-spine."
                  " CTV vertebral body + pedicles, PTV 2 mm. MultiPlan, 165 beams, 16Gy x1 to the 82% "
                  "isodose. Treated 05/11/2026, single fraction. Summary: L4, 16 Gy x 1."),
        *sig(),
    ]], codes, "robotic_linac", ["spinal"], 1, ["CT", "MRI"], ["body_immobilization"], [("spinal", None)],
        allc(codes, c63621=False), "77373", "One spinal lesion billed with add-on 63621: inconsistent."))

    # 36 plan parameters missing -----------------------------------------------------------------------------------
    codes = ["77373", "77435"]
    add(chart("b3_36_radixact_no_params", "Example Hospital", "TESTPATIENT, JAN  MRN SYN-B336", [[
        Heading("SBRT Note"),
        Paragraph("RUL NSCLC 1.6 cm, peripheral, declined surgery. SBRT on Radixact: 12Gy x 4 = 48 Gy. 4DCT "
                  "simulation; ITV contoured, PTV = ITV + 5 mm. Vac-Lok. MVCT before every fraction. "
                  "Completed 4/4 (06/01-06/05/2026): RUL 48 Gy."),
        *sig(),
    ]], codes, "linac", ["body"], 4, ["CT"], ["body_immobilization"], [("body", None)], allc(codes), "77373",
        "'12Gy x 4'; plan has targets and dose but no treatment parameters (no isodose, beams/arcs or "
        "planning system): plan not met.", plan=False))

    # 37 no planning imaging documented; only planned MRI ------------------------------------------------------------
    codes = ["77372", "77432", "61796"]
    add(chart("b3_37_planned_imaging_only", "Example Medical Center", "TESTPATIENT, KAI  MRN SYN-B337", [[
        Heading("SRS Treatment Note"),
        Paragraph("Left occipital metastasis, 1.0 cm, colon adenocarcinoma. Treated 07/21/2025 on TrueBeam with "
                  "HyperArc, 4 arcs (Eclipse): 20 Gy in 1 fraction to the 80% isodose; GTV and PTV (1 mm) as "
                  "contoured by the physician. Encompass mask. CBCT with 6DoF correction before treatment."),
        Paragraph("Plan: follow-up MRI will be ordered in 6 weeks; a PET/CT is planned at 3 months."),
        *sig(),
    ]], codes, "linac", ["cranial"], 1, [], ["mask"], cranial("simple"), allc(codes), "77372",
        "No planning CT/MRI documented; only planned follow-up MRI and PET (imaging empty, not met).",
        img=False))

    # 38 verbose, chiasm-adjacent + simple, sister's frame -------------------------------------------------------------
    codes = ["77372", "77432", "61798", "61797"]
    add(chart("b3_38_verbose_chiasm", "Example University Hospital", "TESTPATIENT, LIV  MRN SYN-B338", [[
        Heading("Radiosurgery Consultation and Treatment Summary"),
        Paragraph("Ms. TESTPATIENT is a 61-year-old woman with metastatic renal cell carcinoma whose restaging "
                  "MRI brain showed two new lesions: a 1.1 cm right suprasellar metastasis whose edge lies 4 mm "
                  "from the optic chiasm, and a 1.0 cm left frontal metastasis. Her extracranial disease is "
                  "controlled on immunotherapy, and her KPS is 90."),
        Paragraph("She was anxious because her sister had Gamma Knife radiosurgery years ago with a head "
                  "frame screwed to the skull. No head frame was applied for her; she was immobilized in a "
                  "frameless thermoplastic mask. A 1 mm planning CT was fused with a 1 mm post-contrast MRI "
                  "obtained on 05/19/2025, and both targets and the optic apparatus were contoured on the MRI."),
        Paragraph("Using a Varian Edge with five non-coplanar arcs planned in Eclipse, the suprasellar lesion "
                  "received 15 Gy and the left frontal lesion 20 Gy, each in a single fraction prescribed to "
                  "the 80% isodose line, on 05/22/2025. Optic chiasm Dmax was 7.8 Gy. ExacTrac stereoscopic "
                  "x-rays verified the position before and during treatment."),
        *sig(),
    ]], codes, "linac", ["cranial"], 1, ["CT", "MRI"], ["mask"], cranial("complex", "simple"), allc(codes),
        "77372", "Verbose: lesion 4 mm from the chiasm is complex (61798 first), other simple (61797); "
        "sister's head frame is another person; 'No head frame was applied'."))

    # 39 CK lung fiducial-free, no positioning device ----------------------------------------------------------------
    codes = ["77373", "77435"]
    add(chart("b3_39_ck_lung_no_device", "Example CyberKnife Center", "TESTPATIENT, MILA  MRN SYN-B339", [[
        Heading("CyberKnife Lung SBRT"),
        Paragraph("Peripheral LLL NSCLC, 1.4 cm. Fiducial-free treatment: no fiducials were placed; the tumour "
                  "was tracked with Xsight Lung and Synchrony respiratory modelling. CT simulation 1 mm "
                  "(inhale and exhale). GTV contoured, PTV = GTV + 5 mm. CyberKnife M6, Precision, Iris, "
                  "34 Gy in 1 fraction to the 75% isodose on 02/23/2026. Summary: LLL, 34 Gy x 1."),
        *sig(),
    ]], codes, "robotic_linac", ["body"], 1, ["CT"], [], [("body", None)], allc(codes), "77373",
        "No immobilization or localization device used ('no fiducials were placed'): positioning not met.",
        pos=False))
    return [replace(c, options={**c.options, **STYLE.get(c.name[:5], {})}) for c in out]


# Layout variety: some charts in standard PDF fonts (no check-box glyphs there) or two columns.
STYLE: dict[str, dict[str, Any]] = {
    "b3_07": {"font": "Courier"}, "b3_11": {"font": "Courier"}, "b3_13": {"font": "Times-Roman"},
    "b3_38": {"font": "Times-Roman"}, "b3_20": {"font": "Helvetica"}, "b3_27": {"font": "Helvetica"},
    "b3_14": {"two_columns": True}, "b3_23": {"two_columns": True},
}


# --------------------------------------------------------------------------------------------------
# Unreadable inputs
# --------------------------------------------------------------------------------------------------

ERROR_CODES = ["77372", "77432", "61796"]


def error_chart_pages() -> list[list[Block]]:
    return [[
        Heading("SRS Summary"),
        Paragraph("Right frontal metastasis 1.5 cm. TrueBeam, 20 Gy x 1 to the 80% isodose. Encompass mask. "
                  "CT and MRI fused. CBCT before treatment."),
    ]]


ERROR_HEADER = "Example Hospital   TESTPATIENT, NOAH  MRN SYN-B340"


def unreadable_charts() -> list[Chart]:
    return [
        Chart("b3_40_truncated", error_chart_pages(), unreadable(
            ERROR_CODES, "PDF truncated after 200 bytes (no page objects): unreadable input."),
            {"header": ERROR_HEADER}, truncate=200),
        Chart("b3_41_password", error_chart_pages(), unreadable(
            ERROR_CODES, "PDF encrypted with a user password: unreadable without it."),
            {"header": ERROR_HEADER, "password": "b3-secret"}),
        Chart("b3_42_text_named_pdf", (), unreadable(ERROR_CODES, "Plain text file with a .pdf name: not a PDF."),
              not_pdf="SRS Summary\nTESTPATIENT, NOAH  MRN SYN-B342\nRight frontal metastasis, 20 Gy x 1 on "
                      "TrueBeam.\n"),
    ]


CORPUS = Corpus("blind_corpus3", "tests/blind_corpus3", lambda: [*charts(), *unreadable_charts()],
                pdf_options={"footer": FOOTER})
