"""Eighth blind corpus, ``tests/blind_corpus8/`` (regenerate: ``python scripts/make_corpus.py blind_corpus8``).

Thirty-six courses written without looking at the reader, in styles corpora 1-7 did not use: EHR exports
with repeated page banners and "Page n of N", flowsheet grids (date columns x rows), true two-column pages
(labels/narrative on the left, a separate text block on the right), faxed pages printed sideways, scanned
(image-only) pages at a low resolution, dictated notes with speech-recognition spellings ("twenty four
gray", "2400 cGy", "x3", "QOD", "Gy/fx"), addenda and corrections, lesion labels defined once in prose and
then used alone in tables, targets known only by structure names (PTV1_R_Front, GTV2_Lcbm), two lesions in
one PTV, one lesion planned with two isocenters, staged radiosurgery, phases summed, re-irradiation, an
interrupted course, a lesion dropped after simulation, untreated foci, and hard negatives (a consult that
only recommends SRS, a follow-up visit's diagnostic MRI, a frame discussed but a mask used, CyberKnife
mentioned only as an alternative, a conventional course claimed as SBRT, codes the facts contradict).
Six charts contradict themselves (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md. Per-code
consistency and the delivery code are computed from the labelled facts (``corpusgen.rules``); the
robotic-only HCPCS codes G0339 (one-session course or session 1) and G0340 (sessions 2-5) are labelled
here with the same reading of ../shared/reference/coding-rules.md. Every lesion carries its delivered
total ``dose_gy`` and delivered ``fractions``. Standard PDF fonts only; text is ASCII.
"""

# ruff: noqa: E501  (dictated and text documents are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import (
    ColumnBreak,
    KeyValue,
    RuledTable,
    TextTable,
)

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, C, Charts, Doc, F, L, P, S, cats, sig

CHARTS = Charts()
add = CHARTS.add


FIRST = ["AGNES", "BERTIL", "CORA", "DENIS", "ELSA", "FRODE", "GILDA", "HAROLD", "INES", "JORAM", "KIRA",
         "LUDWIG", "MIRA", "NORBERT", "ODILE", "PETRA", "QUIRIN", "RUTH", "SILAS", "THEA", "ULF", "VERA",
         "WALTER", "XENIA", "YUSUF", "ZITA", "ALOIS", "BEATA", "CYRIL", "DAGNY", "ERWIN", "FLORA", "GERD",
         "HANNA", "IVO", "JUDITH"]


def patient(n: int) -> str:
    return f"EIGHTPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-80{n:02d}"


def hdr(clinic: str, n: int, extra: str = "") -> list[str]:
    line2 = f"Patient: {patient(n)}    MRN: {mrn(n)}" + (f"    {extra}" if extra else "")
    return [clinic, line2]


def ehr_hdr(system: str, n: int, printed: str) -> list[str]:
    """A repeated EHR print banner (every page)."""
    return [f"{system}  |  {patient(n)}  |  MRN {mrn(n)}  |  DOB 01/01/19{40 + n}",
            f"Printed {printed} by HIM-RELEASE  |  CONFIDENTIAL - contains PHI (synthetic)"]


def txt_head(n: int, title: str, extra: str = "") -> str:
    return f"PATIENT: {patient(n)}   MRN: {mrn(n)}{('   ' + extra) if extra else ''}\n{title}\n"


# --------------------------------------------------------------------------------------------------
# gold helpers
# --------------------------------------------------------------------------------------------------


# ==================================================================================================
# charts
# ==================================================================================================

# b8_01 -- bundle: EHR export, Gamma Knife Icon in 3 fractions; frame discussed, mask used -------------
_s = "EPIC HealthConnect export"
add(name="b8_01", kind="bundle", codes=["77373", "77435", "61796"],
    facts=F("cobalt60", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left cerebellum (L1)", "cranial", S, 27, 3)],
    categories=cats(),
    notes="Bundle of EHR prints with a repeated banner and 'Page n of N': Gamma Knife Icon, 27 Gy in 3 "
          "fractions (9 Gy/fx at 50%) to a 2.9 cm left cerebellar metastasis labelled L1 in prose; a Leksell "
          "frame was discussed and declined, a thermoplastic mask with IFMM was used (no frame, no 61800); "
          "CBCT at the machine is not planning imaging. Fractionated Gamma Knife -> 77373/77435.",
    docs=[
        Doc("1_consult.pdf", [[
            H1("Radiation Oncology Consult Note"),
            KeyValue([("Encounter", "Office Visit 02/02/2026"), ("Provider", "M. Hallberg, MD"),
                      ("Dx", "C79.31 Secondary malignant neoplasm of brain; C34.11 primary")]),
            H2("HPI"),
            P("64 y/o man with lung adenocarcinoma, MRI brain 01/27/2026 (T1 post-contrast, T2 FLAIR): a "
              "single 2.9 x 2.4 cm enhancing mass, referred to below as lesion L1, in the left cerebellum with "
              "moderate edema; fourth ventricle patent. No other lesions. KPS 80."),
            H2("Assessment / Plan"),
            P("Single L1 metastasis, too large for a single session at full dose. We discussed single-fraction "
              "Gamma Knife with a Leksell head frame versus fractionated Gamma Knife Icon in a mask. He is "
              "claustrophobic about pins and prefers the mask; frame not used. Plan: Icon 27 Gy in 3 fractions."),
            sig("M. Hallberg, MD 02/02/2026 15:22"),
        ], [
            H2("Review of systems"),
            P("Negative except headache and mild gait imbalance. Medications: dexamethasone 4 mg BID, "
              "osimertinib. Allergies: none known."),
            P("Orders placed: CT head for planning, MRI brain volumetric for planning, mask fabrication."),
        ]], opts=dict(header=ehr_hdr(_s, 1, "03/02/2026 08:14"), font="Helvetica")),
        Doc("2_plan_printout.pdf", [[
            H1("Leksell GammaPlan - Fractionated Treatment Plan"),
            KeyValue([("Unit", "Leksell Gamma Knife Icon"), ("Fixation", "Thermoplastic mask + IFMM nose marker"),
                      ("Reference images", "CBCT 02/09/2026 (stereotactic reference)"),
                      ("Planning images", "MRI 02/06/2026 3D T1 post-Gd 1 mm; CT head 02/06/2026 1 mm")]),
            RuledTable([("Target", "Volume", "Rx/fx", "Fractions", "Total", "Isodose", "Max/fx", "Shots"),
                        ("L1", "6.8 cc", "9.0 Gy", "3", "27.0 Gy", "50%", "18.0 Gy", "14")]),
            TextTable([("OAR", "Max (total)"), ("Brainstem", "17.9 Gy"), ("Cochlea L", "6.1 Gy")],
                      columns=(0, 160)),
            P("Physics independent dose verification (second calculation) within 1.4%. Plan approved."),
            sig("M. Hallberg, MD; K. Eng, MS, DABR 02/09/2026"),
        ]], opts=dict(header=ehr_hdr(_s, 1, "03/02/2026 08:14"), font="Helvetica")),
        Doc("3_treatment_flowsheet.pdf", [[
            H1("Radiation Treatment Flowsheet"),
            RuledTable([("", "02/10/2026", "02/11/2026", "02/12/2026"),
                        ("Fraction #", "1", "2", "3"),
                        ("Target", "L1", "L1", "L1"),
                        ("Dose this fx (Gy)", "9.0", "9.0", "9.0"),
                        ("Cumulative (Gy)", "9.0", "18.0", "27.0"),
                        ("CBCT registration", "approved", "approved", "approved"),
                        ("IFMM max motion", "0.6 mm", "0.9 mm", "0.5 mm"),
                        ("RTT / MD", "JL / MH", "JL / MH", "AP / MH")]),
            P("Mask fit verified each day; no interruptions."),
        ]], opts=dict(header=ehr_hdr(_s, 1, "03/02/2026 08:14"), font="Helvetica")),
        Doc("4_completion.txt", text=txt_head(1, "END OF TREATMENT NOTE - 02/12/2026") + """
Completed fractionated Gamma Knife (Icon) to the left cerebellar metastasis (L1): 27 Gy in 3 fractions of 9 Gy, 02/10/2026 - 02/12/2026, mask immobilization with intrafraction motion monitoring. Tolerated well. Taper dexamethasone. MRI brain in 6 weeks.

M. Hallberg, MD

""" + FOOT + "\n"),
    ])

# b8_02 -- EHR flowsheet grid (date columns x rows), lung SBRT 50 Gy / 5 ------------------------------
_s = "ARIA Oncology Information System - Treatment History Report"
add(name="b8_02", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right lower lobe", "body", None, 50, 5)],
    categories=cats(),
    notes="EHR flowsheet with dates as columns and rows for fraction, dose, cumulative dose, MU, IGRT: TrueBeam "
          "RLL SBRT 50 Gy in 5 fractions. MU values, dose rate 1400 MU/min, a 5 mm margin, 2.3 cm size and "
          "the 4DCT phases are not doses/fractions; PET/CT fused for contouring counts; CBCT does not.",
    docs=[Doc("b8_02.pdf", [[
        H1("Treatment History - Course C1 (SBRT RLL)"),
        KeyValue([("Machine", "TrueBeam 2 (6X-FFF)"), ("Plan", "RLL_SBRT_5fx  approved 03/03/2026"),
                  ("Prescription", "PTV_RLL 1000 cGy x 5 = 5000 cGy to 80% IDL"),
                  ("Diagnosis", "C34.31 NSCLC RLL, 2.3 cm, cT1c N0 M0")], value_x=110),
        P("Simulation 02/24/2026: 4DCT (10 phases) supine in a Vac-Lok cushion, arms up; ITV from all phases, "
          "PTV = ITV + 5 mm. Staging PET/CT 02/12/2026 registered to the planning CT for target delineation. "
          "Plan: 2 partial VMAT arcs, 1400 MU/min. Portal dosimetry QA 98.9% (3%/2mm) and MU second check passed."),
        RuledTable([("Field", "03/05", "03/07", "03/10", "03/12", "03/14"),
                    ("Fx", "1", "2", "3", "4", "5"),
                    ("Dose (cGy)", "1000", "1000", "1000", "1000", "1000"),
                    ("Cum. (cGy)", "1000", "2000", "3000", "4000", "5000"),
                    ("MU arc 1", "1612", "1612", "1612", "1612", "1612"),
                    ("MU arc 2", "1587", "1587", "1587", "1587", "1587"),
                    ("CBCT", "Y", "Y", "Y", "Y", "Y"),
                    ("Shift (mm)", "2.1", "1.4", "3.0", "1.1", "0.8"),
                    ("MD appr.", "RV", "RV", "RV", "RV", "RV")]),
        P("All CBCT registrations reviewed and approved by the physician before beam-on. Course complete: "
          "right lower lobe 5000 cGy in 5 fractions."),
        sig("R. Vasquez, MD 03/14/2026; physics review T. Ngata, PhD 03/14/2026"),
    ]], opts=dict(header=ehr_hdr("ARIA OIS", 2, "03/16/2026 10:02"), font="Helvetica"))])

# b8_03 -- true two-column page: labels on the left, plan block on the right; L1/L2 defined in prose ---
_c = "NORDHAVEN CANCER INSTITUTE - Stereotactic Program"
add(name="b8_03", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left cerebellum (L1)", "cranial", S, 20, 1), L("right frontal (L2)", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Two-column page (left: labels and narrative; right: an independent plan/delivery block). Lesions are "
          "defined once in prose ('lesion L1 is in the left cerebellum; L2 right frontal') and then named L1/L2 "
          "only. Edge single-fraction SRS 20 and 18 Gy; quotations must not join words across the columns.",
    docs=[Doc("b8_03.pdf", [[
        H1("SRS Summary"),
        KeyValue([("Unit", "Varian Edge"), ("Date", "04/07/2026"), ("Fx", "1"), ("Mask", "Encompass")],
                 value_x=70),
        H2("Targets"),
        P("MRI 03/30/2026 (T1 post-contrast, T2 FLAIR) shows two metastases from renal cell carcinoma: lesion "
          "L1 is in the left cerebellum, 1.4 cm; L2 right frontal, 0.9 cm. A 2 mm dural-based focus near the "
          "falx is stable for two years and is not a target."),
        H2("Imaging"),
        P("Planning CT 04/01/2026 1 mm in the mask, fused with the MRI of 03/30/2026 (rigid, approved)."),
        ColumnBreak(),
        H2("Plan (Eclipse)"),
        RuledTable([("Label", "Rx", "IDL", "V100"), ("L1", "20 Gy", "80%", "99%"), ("L2", "18 Gy", "78%", "98%")]),
        P("Single isocenter, 4 non-coplanar DCA arcs, 6X-FFF. Brainstem Dmax 7.7 Gy, brain V12 4.0 cc. "
          "Second check (MU) and portal QA passed."),
        H2("Delivery"),
        P("04/07/2026: OSMS surface guidance and CBCT, 6DoF shifts approved by MD. L1 20 Gy and L2 18 Gy "
          "delivered in one fraction."),
        sig("E. Lund, MD; P. Arkin, MS 04/07/2026"),
    ]], opts=dict(header=hdr(_c, 3), font="Times-Roman", two_columns=True))])

# b8_04 -- dictated CyberKnife spine, speech-recognition spellings -----------------------------------------
add(name="b8_04", kind="dictated", codes=["77373", "77435", "63620"],
    facts=F("robotic_linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T12", "spinal", None, 24, 3)],
    categories=cats(),
    notes="Dictated CyberKnife spine SBRT, dose written four ways ('twenty four gray in three fractions', "
          "'2400 cGy', '8 Gy/fx', 'x3'); Xsight Spine tracking, no fiducials; cord Dmax and the 75% isodose "
          "are not prescriptions; L1 here is a vertebra adjacent to the target, not treated.",
    docs=[Doc("b8_04.txt", text=txt_head(4, "CYBERKNIFE SPINE SBRT - PROCEDURE NOTE", "DOS 04/14/2026 - 04/16/2026") + """
DICTATED BY D. Osterberg MD. Transcribed by speech recognition, please excuse errors.

INDICATION: metastatic renal cell carcinoma to the T12 vertebral body with posterior element extension, no epidural compression, radioresistant histology, no prior radiation to the spine period. The adjacent L1 vertebra has a tiny hemangioma and is not a target.

SIMULATION colon on 04/08/2026 he was simulated supine in a vac lock bag with a knee sponge, CT one point two five millimeter slices, and MRI of the thoracolumbar spine T1 and T2 and STIR from 04/02/2026 was fused for the cord and target contours period No fiducials were placed, tracking is Xsight spine.

PLAN colon twenty four gray in three fractions, that is 2400 cGy total at 8 Gy/fx x3, prescribed to the seventy five percent isodose line, 168 beams, Iris collimator, spinal cord Dmax 18.2 gray total, cauda equina 16 gray, physics second check done and film QA passed.

TREATMENT colon fx 1 on 04/14, fx 2 on 04/15, fx 3 on 04/16/2026, Xsight spine tracking throughout with corrections under one millimeter, all three fractions delivered, T12 received 24 Gy in 3 fx.

D. Osterberg, MD (electronically signed 04/16/2026)

""" + FOOT + "\n")])

# b8_05 -- dictated with an addendum correcting the dose ---------------------------------------------------
add(name="b8_05", kind="dictated", codes=["77372", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right parietal", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Dictated Novalis SRS with an addendum: 'Correction: the dose was 18 Gy, not 20 Gy' (the body of the "
          "note says twenty Gray in one place); the correction is explicit, so the delivered dose is 18 Gy "
          "and the chart is not self-contradictory.",
    docs=[Doc("b8_05.txt", text=txt_head(5, "STEREOTACTIC RADIOSURGERY NOTE", "DATE 04/21/2026") + """
HISTORY: fifty-nine-year-old woman with triple negative breast cancer and a single one point six centimeter right parietal metastasis on MRI brain T1 post contrast of 04/10/2026, KPS ninety.

PLANNING: CT simulation 04/15/2026 in a Brainlab frameless mask, one millimeter slices, fused to the 04/10/2026 MRI, Brainlab Elements cranial SRS plan with five dynamic conformal arcs, prescription twenty Gray to the eighty percent isodose line, brainstem max two Gray, physics QA complete.

TREATMENT: 04/21/2026 Novalis Tx, ExacTrac X-ray six D verification before each arc, shifts approved by me, single fraction delivered without incident.

Dr. T. Weiland

ADDENDUM 04/22/2026: Correction: the dose was 18 Gy, not 20 Gy. The approved plan prescribed 18 Gy to the 80% isodose line after the brain V12 review and 18 Gy in one fraction was delivered to the right parietal lesion; the dictation above contains an error.

Dr. T. Weiland

""" + FOOT + "\n")])

# b8_06 -- targets only by structure names -------------------------------------------------------------------
_c = "MIDVALE RADIATION ONCOLOGY"
add(name="b8_06", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("PTV1_R_Front (right frontal)", "cranial", S, 20, 1), L("PTV2_Lcbm (left cerebellar)", "cranial", S, 18, 1),
             L("PTV3_L_Occ (left occipital)", "cranial", S, 20, 1)],
    categories=cats(),
    notes="HyperArc plan whose targets are named only by structure names (PTV1_R_Front, GTV2_Lcbm/PTV2_Lcbm, "
          "PTV3_L_Occ); GTV rows repeat the same lesions and Brain-GTVs is a normal-tissue structure. Three "
          "lesions, one fraction.",
    docs=[Doc("b8_06.pdf", [[
        H1("Eclipse Dose Report - HyperArc"),
        KeyValue([("Course / plan", "C2 / HA3"), ("Machine", "TrueBeam STx, HD120"), ("Fractions", "1"),
                  ("Approval", "05/04/2026 by S. Penn, MD")]),
        P("Simulation CT 04/29/2026 (1 mm) in a Qfix Encompass mask; MRI 04/28/2026 T1 MPRAGE post-gadolinium "
          "registered. Melanoma, three brain metastases, largest 1.7 cm."),
        RuledTable([("Structure", "Type", "Vol (cc)", "Dose (cGy)", "Norm.", "Dmax (cGy)"),
                    ("GTV1_R_Front", "GTV", "1.21", "-", "-", "2514"),
                    ("PTV1_R_Front", "PTV", "1.84", "2000", "80%", "2520"),
                    ("GTV2_Lcbm", "GTV", "0.62", "-", "-", "2260"),
                    ("PTV2_Lcbm", "PTV", "1.05", "1800", "80%", "2271"),
                    ("GTV3_L_Occ", "GTV", "0.18", "-", "-", "2490"),
                    ("PTV3_L_Occ", "PTV", "0.41", "2000", "80%", "2502"),
                    ("Brain-GTVs", "Organ", "1289", "V12 = 5.6 cc", "", "2520"),
                    ("BrainStem", "Organ", "27.4", "", "", "612")]),
        P("One isocenter, 4 VMAT arcs (couch 0/45/315/90). Portal dosimetry 99.1%; Mobius second check 1.2%."),
        H2("Delivery record 05/05/2026"),
        P("CBCT + 6DoF couch, approved by MD; SGRT intrafraction. PTV1_R_Front 2000 cGy, PTV2_Lcbm 1800 cGy, "
          "PTV3_L_Occ 2000 cGy delivered in a single fraction."),
        sig("S. Penn, MD; J. Okoro, PhD 05/05/2026"),
    ]], opts=dict(header=hdr(_c, 6), font="Helvetica"))])

# b8_07 -- two lesions inside one PTV (PTV_multi) ---------------------------------------------------------
_c = "HOLLOWAY REGIONAL CANCER CENTER"
add(name="b8_07", kind="pdf", codes=["77373", "77435", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal", "cranial", S, 25, 5), L("right parietal", "cranial", S, 25, 5)],
    categories=cats(),
    notes="Fractionated SRS on Edge, 25 Gy in 5: two adjacent metastases (right frontal 1.1 cm and right "
          "parietal 0.8 cm) covered by ONE structure 'PTV_multi' -- two lesions, one PTV; 5 mm margin "
          "and 1.5 cm spacing are not sizes of treated lesions.",
    docs=[Doc("b8_07.pdf", [[
        H1("Fractionated Stereotactic Radiotherapy - Plan and Course Summary"),
        KeyValue([("Linac", "Varian Edge"), ("Course dates", "05/11/2026 - 05/15/2026"),
                  ("Immobilization", "Edge open-face SRS mask")]),
        P("Two brain metastases from esophageal adenocarcinoma on the MRI of 05/01/2026 (T1 post-contrast): a "
          "1.1 cm right frontal lesion and a 0.8 cm right parietal lesion 1.5 cm apart. Because of the "
          "proximity both GTVs were combined into a single planning target, PTV_multi (GTV_RFront + GTV_RPar "
          "+ 1 mm). Planning CT 05/05/2026, 1 mm, fused with the MRI."),
        RuledTable([("Structure", "Contains", "Rx", "Fx", "Per fx", "IDL"),
                    ("PTV_multi", "GTV_RFront, GTV_RPar", "25 Gy", "5", "5 Gy", "78%")]),
        P("Daily CBCT and OSMS, approved shifts; portal QA passed; second MU check within 2%. Five fractions "
          "delivered: both the right frontal and the right parietal metastasis received 25 Gy in 5 fractions."),
        sig("C. Ibarra, MD 05/15/2026"),
    ]], opts=dict(header=hdr(_c, 7), font="Times-Roman"))])

# b8_08 -- one lesion planned with two isocenters / two plans; 61799 claimed for it ------------------------
_c = "KESTREL UNIVERSITY HOSPITAL - Radiotherapy"
add(name="b8_08", kind="pdf", codes=["77373", "77435", "61798", "61799"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left temporal", "cranial", C, 30, 5)],
    categories=cats(),
    notes="A single 4.1 cm left temporal metastasis (complex by size) treated with two plans/isocenters "
          "(LTemp_A anterior, LTemp_B posterior) delivered together each day, 30 Gy in 5 on a Versa HD: one "
          "lesion, so 61799 (additional complex lesion) is inconsistent.",
    docs=[Doc("b8_08.pdf", [[
        H1("Hypofractionated SRS - Physics Plan Summary"),
        KeyValue([("Linac", "Elekta Versa HD, Agility MLC"), ("TPS", "Monaco 6.2"), ("Mask", "Orfit SRS mask"),
                  ("Imaging", "CT 05/13/2026 1 mm; MRI 05/12/2026 T1 + Gd, FLAIR; fused")]),
        P("Target: solitary left temporal metastasis of colorectal cancer, 4.1 x 3.6 x 3.2 cm. Because of its "
          "elongated shape the lesion was planned with two isocenters as two plans that are delivered "
          "back-to-back in each session and summed for evaluation."),
        RuledTable([("Plan", "Isocenter", "Target part", "Arcs", "Contribution / fx"),
                    ("LTemp_A", "ISO_A (anterior)", "PTV_LTemp", "2 VMAT", "summed"),
                    ("LTemp_B", "ISO_B (posterior)", "PTV_LTemp", "2 VMAT", "summed"),
                    ("Sum", "-", "PTV_LTemp", "-", "6 Gy/fx, 30 Gy in 5 fx, 80% IDL")]),
        P("Hippocampus L D40% 7.1 Gy; brainstem Dmax 21.3 Gy. Delta4 QA for both plans passed; plan sum "
          "verified by the physicist."),
        H2("Delivery"),
        P("05/18, 05/19, 05/20, 05/21, 05/22/2026: XVI CBCT and HexaPOD correction before each session, "
          "approved. Left temporal metastasis: 30 Gy in 5 fractions delivered."),
        sig("W. Brandt, MD; L. Fischer, MSc 05/22/2026"),
    ]], opts=dict(header=hdr(_c, 8), font="Helvetica"))])

# b8_09 -- bundle: staged Gamma Knife radiosurgery, two sessions a month apart ------------------------------
_c = "ST. BRIGID GAMMA KNIFE CENTER"
add(name="b8_09", kind="bundle", codes=["77373", "77435", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 2, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal", "cranial", C, 30, 2)],
    categories=cats(),
    notes="Bundle: staged Gamma Knife Icon radiosurgery for one 4.3 cm right frontal metastasis (complex by "
          "size): stage 1 15 Gy on 05/04/2026 and stage 2 15 Gy on 06/01/2026 in a mask; the two stages are "
          "the course's two fractions (30 Gy in 2). The interval MRI is a re-planning MRI (counts); the "
          "follow-up plan is not a further course.",
    docs=[
        Doc("1_stage1.pdf", [[
            H1("Staged Radiosurgery - Stage 1 of 2"),
            KeyValue([("Date", "05/04/2026"), ("Unit", "Leksell Gamma Knife Icon"),
                      ("Fixation", "Icon thermoplastic mask, IFMM")]),
            P("Indication: 4.3 x 3.9 cm right frontal metastasis of melanoma, not a surgical candidate. Staged "
              "approach: two sessions four weeks apart, each 15 Gy to the 50% isodose line, with re-planning on "
              "an interval MRI."),
            P("Planning MRI 05/01/2026 (T1 post-contrast 1 mm) and CT 05/01/2026; stereotactic CBCT at the "
              "machine for co-registration."),
            RuledTable([("Stage", "Target", "Dose", "Isodose", "Max", "Shots"),
                        ("1", "Right frontal", "15 Gy", "50%", "30 Gy", "22")]),
            P("Second calculation by physics agreed within 1%. Delivered as planned; motion within 1.5 mm."),
            sig("I. Sandoval, MD; R. Patel, PhD 05/04/2026"),
        ]], opts=dict(header=hdr(_c, 9), font="Helvetica")),
        Doc("2_stage2.pdf", [[
            H1("Staged Radiosurgery - Stage 2 of 2"),
            KeyValue([("Date", "06/01/2026"), ("Unit", "Leksell Gamma Knife Icon"), ("Fixation", "mask, IFMM")]),
            P("Interval planning MRI 05/29/2026: the lesion has decreased to 3.7 cm. Re-planned on the new MRI "
              "registered to a fresh CBCT."),
            RuledTable([("Stage", "Target", "Dose", "Isodose", "Cumulative"),
                        ("2", "Right frontal", "15 Gy", "50%", "30 Gy (2 stages)")]),
            P("Delivered as planned; independent check done. Staged course complete: right frontal lesion 30 Gy "
              "in 2 sessions."),
            sig("I. Sandoval, MD 06/01/2026"),
        ]], opts=dict(header=hdr(_c, 9), font="Helvetica")),
        Doc("3_followup_plan.txt", text=txt_head(9, "NURSING DISCHARGE INSTRUCTIONS - 06/01/2026") + """
Completed stage 2 of 2 today. Follow-up MRI brain with contrast in 8 weeks, then clinic visit with Dr. Sandoval. Call for headache, weakness or seizure.

""" + FOOT + "\n"),
    ])

# b8_10 -- phases summed (liver 30/3 + boost 20/2), two-column printout -----------------------------------
_c = "PINEHURST ONCOLOGY - Radiation Medicine"
add(name="b8_10", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment 7", "body", None, 50, 5)],
    categories=cats(),
    notes="Two-column liver SBRT: Phase 1 30 Gy/3 to PTV_Liv then a cone-down Phase 2 20 Gy/2 to the same "
          "lesion: one lesion, phases summed (50 Gy in 5 fractions). Gold fiducials placed and used for CBCT "
          "matching (positioning counts them); abdominal compression; MRI fused.",
    docs=[Doc("b8_10.pdf", [[
        H1("SBRT Liver - Course Summary"),
        H2("Patient / diagnosis"),
        P("Hepatocellular carcinoma, segment 7, 3.2 cm, Child-Pugh A5, not a candidate for resection or "
          "ablation."),
        H2("Preparation"),
        P("03/30/2026 three gold fiducials implanted around the tumour. 04/06/2026 simulation: BodyFIX with "
          "abdominal compression paddle, 4DCT; liver MRI (eovist, 04/03/2026) fused."),
        H2("Image guidance"),
        P("Daily CBCT matched to the implanted fiducials, shifts approved by MD each fraction."),
        ColumnBreak(),
        H2("Phases"),
        RuledTable([("Phase", "Target", "Dose/fx", "Fx", "Phase dose"),
                    ("1", "PTV_Liv", "10 Gy", "3", "30 Gy"),
                    ("2 (boost)", "PTV_Liv_cd", "10 Gy", "2", "20 Gy"),
                    ("Total", "seg 7 HCC", "", "5", "50 Gy")]),
        P("Eclipse VMAT, 2 arcs each phase. Liver-minus-GTV mean 11.8 Gy; 700 cc spared > 15 Gy; duodenum "
          "Dmax 22 Gy. ArcCHECK QA passed both phases."),
        H2("Delivery"),
        P("Phase 1 04/13, 04/15, 04/17/2026; Phase 2 04/20 and 04/22/2026. The segment 7 tumour received 50 Gy "
          "in 5 fractions in total."),
        sig("G. Tamm, MD; N. Vogel, PhD 04/22/2026"),
    ]], opts=dict(header=hdr(_c, 10), font="Helvetica", two_columns=True))])

# b8_11 -- dictated re-irradiation of L2, prior conventional course to L1-L3 -------------------------------
add(name="b8_11", kind="dictated", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L2", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Dictated spine SBRT re-irradiation: L2 24 Gy in 2 fractions on TrueBeam; the prior 20 Gy in 5 "
          "fractions to L1-L3 (2024) is an earlier course, and L1/L3 here are vertebrae, not lesion labels.",
    docs=[Doc("b8_11.txt", text=txt_head(11, "SPINE SBRT RE-IRRADIATION NOTE", "DATE 06/09/2026") + """
HISTORY: Mr. Eightpatient has metastatic prostate cancer, in September 2024 he received palliative conventional radiation twenty Gray in five fractions to L1 through L3 at an outside hospital. He now has progressive pain and MRI lumbar spine 05/22/2026 (T1, T2, STIR) shows progression confined to the L2 vertebral body with early posterior element involvement, L1 and L3 are stable. Re-irradiation with SBRT is indicated.

SIMULATION: 05/28/2026 supine, BodyFIX full body vacuum bag, CT one millimeter, the MRI of 05/22/2026 registered for cord and target.

PLAN: L2 twenty-four Gray in two fractions, twelve Gray per fraction, Eclipse VMAT two arcs, cord Dmax 12.4 Gray for this course (cumulative cord EQD2 reviewed and acceptable), cauda equina 14 Gray, IMRT QA passed, physics check done.

TREATMENT: delivered 06/05/2026 and 06/08/2026 on TrueBeam with CBCT and 6DoF couch, shifts approved by me each day. L2 received 24 Gy in 2 fractions. No toxicity.

J. Morrow, MD

""" + FOOT + "\n")])

# b8_12 -- interrupted course: planned 5, delivered 3 ---------------------------------------------------
_c = "SEABROOK MEDICAL CENTER - Radiation Oncology"
add(name="b8_12", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT"], ["body_immobilization", "fiducials"]),
    lesions=[L("pancreatic head", "body", None, 19.8, 3)],
    categories=cats(),
    notes="Pancreas SBRT planned 33 Gy in 5 (6.6 Gy/fx) but stopped after 3 fractions (cholangitis "
          "admission, not resumed): delivered 19.8 Gy in 3 fractions. Explained in the chart, so not a "
          "contradiction; 33 Gy/5 is the plan, not the delivered course. Fiducials used for CBCT alignment.",
    docs=[Doc("b8_12.pdf", [[
        H1("Treatment Summary - SBRT Pancreas (incomplete course)"),
        KeyValue([("Linac", "TrueBeam, 6X"), ("Prescription", "33 Gy in 5 fractions (6.6 Gy/fx), planned"),
                  ("Delivered", "19.8 Gy in 3 fractions"), ("Dates", "06/15/2026 - 06/17/2026")]),
        P("Borderline resectable adenocarcinoma of the pancreatic head after FOLFIRINOX. EUS-guided gold "
          "fiducials (3) placed 06/01/2026 and used for daily alignment. Simulation 06/05/2026: Alpha Cradle, "
          "abdominal compression belt, contrast CT with 4DCT."),
        RuledTable([("Fx", "Date", "Dose", "Cumulative", "IGRT"),
                    ("1", "06/15/2026", "6.6 Gy", "6.6 Gy", "CBCT, fiducial match, approved"),
                    ("2", "06/16/2026", "6.6 Gy", "13.2 Gy", "CBCT, fiducial match, approved"),
                    ("3", "06/17/2026", "6.6 Gy", "19.8 Gy", "CBCT, fiducial match, approved"),
                    ("4", "06/18/2026", "HELD", "-", "admitted (cholangitis)"),
                    ("5", "-", "not given", "-", "-")]),
        P("Plan: 2-arc VMAT, duodenum D0.5cc 29.8 Gy (plan total), stomach D0.5cc 27.1 Gy. QA passed. After "
          "discharge on 06/29/2026 the team and patient decided not to complete the course; he proceeds to "
          "surgical evaluation. Total delivered: 19.8 Gy in 3 of 5 planned fractions."),
        sig("A. Dorsey, MD 06/30/2026"),
    ]], opts=dict(header=hdr(_c, 12), font="Times-Roman"))])

# b8_13 -- EHR print with banner: Gamma Knife, one lesion dropped after simulation -------------------------
add(name="b8_13", kind="pdf", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 2, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right occipital (L1)", "cranial", S, 20, 1), L("left frontal (L2)", "cranial", S, 18, 1)],
    categories=cats(),
    notes="EHR print (banner on every page, Page n of N): frame-based Gamma Knife Perfexion. Three targets "
          "contoured at simulation (L1-L3); L3 left temporal was judged a vessel on the stereotactic MRI and "
          "dropped -- two lesions treated (20 and 18 Gy).",
    docs=[Doc("b8_13.pdf", [[
        H1("Procedure Note: Gamma Knife Radiosurgery"),
        KeyValue([("Date of service", "06/23/2026"), ("Surgeon", "P. Lindgren, MD"),
                  ("Radiation oncologist", "A. Ruiz, MD"), ("Physicist", "H. Kim, PhD")]),
        P("Leksell G frame applied under local anesthesia (four pins). Stereotactic MRI (T1 post-gadolinium, "
          "1 mm) and stereotactic CT with the fiducial indicator boxes were obtained and co-registered in "
          "GammaPlan."),
        P("Targets at simulation: L1 right occipital 1.2 cm, L2 left frontal 1.6 cm, L3 left temporal 3 mm. "
          "On the stereotactic MRI L3 follows a cortical vein on consecutive slices and is not a metastasis; "
          "L3 was removed from the plan and not treated."),
    ], [
        RuledTable([("Target", "Rx", "Isodose", "Max", "Shots", "Status"),
                    ("L1", "20 Gy", "50%", "40 Gy", "4", "treated"),
                    ("L2", "18 Gy", "50%", "36 Gy", "7", "treated"),
                    ("L3", "-", "-", "-", "-", "dropped, not treated")]),
        P("Frame coordinate check and collision check before treatment; shot times verified by physics. "
          "Treatment time 61 min. Frame removed, pin sites clean."),
        P("Impression: two brain metastases treated with single-session Gamma Knife: L1 20 Gy and L2 18 Gy."),
        sig("P. Lindgren, MD; A. Ruiz, MD; H. Kim, PhD 06/23/2026"),
    ]], opts=dict(header=ehr_hdr("Cerner PowerChart", 13, "07/01/2026 13:40"), font="Courier", font_size=9.5))])

# b8_14 -- scan: CyberKnife single-session vestibular schwannoma; untreated meningioma --------------------
_c = "LAKEVIEW CYBERKNIFE"
add(name="b8_14", kind="scan", codes=["G0339", "77432", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    notes="Scanned (image-only) CyberKnife single-session SRS to a left vestibular schwannoma (complex by type) "
          "12 Gy at 80%; a small right convexity meningioma is observed, not treated. G0339 (robotic, one-"
          "session course) consistent; delivery code 77372.",
    docs=[Doc("b8_14.pdf", [[
        H1("CyberKnife Radiosurgery Summary"),
        KeyValue([("Date", "07/06/2026"), ("System", "CyberKnife S7, Accuray Precision"),
                  ("Fixation", "Aquaplast thermoplastic mask"), ("Tracking", "6D Skull")]),
        P("Left vestibular schwannoma, 1.8 cm intracanalicular and cisternal component, serviceable hearing. "
          "Incidental 9 mm right convexity meningioma: observation, not treated."),
        P("Planning CT 06/30/2026 (contrast, 1 mm) fused with MRI 06/29/2026 (T1 post-contrast, CISS)."),
        RuledTable([("Target", "Rx", "Fx", "Isodose", "Coverage"),
                    ("Left VS", "12 Gy", "1", "80%", "97.8%")]),
        P("Cochlea mean 3.9 Gy; brainstem D0.035cc 10.6 Gy. Physics secondary check and film QA passed. "
              "Skull tracking images every 30-60 s, corrections within 0.8 mm. Delivered in a single session."),
        sig("F. Moreno, MD; D. Azure, MS 07/06/2026"),
    ]], opts=dict(header=hdr(_c, 14), font="Times-Roman", scan=True, scan_dpi=110))])

# b8_15 -- numbers with roles: pontine metastasis, Gamma Knife under frame --------------------------------
_c = "ALDER CREEK NEUROSURGERY - Gamma Knife"
add(name="b8_15", kind="pdf", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("pons", "cranial", C, 15, 1)],
    categories=cats(),
    notes="Many numbers with other roles: 15 Gy at the 50% isodose (max 30 Gy), brainstem D0.1cc 14.2 Gy, "
          "dose rate 2.9 Gy/min, 4/8 mm collimators, 0.9 cm size, 1 mm slices, 49.6 min beam-on, a 2 mm "
          "margin. One pontine metastasis (within the brainstem -> complex), frame-based.",
    docs=[Doc("b8_15.pdf", [[
        H1("Gamma Knife Radiosurgery - Operative Report"),
        KeyValue([("Date", "07/13/2026"), ("Unit", "Leksell Gamma Knife Perfexion"), ("Frame", "Leksell G, 4 pins"),
                  ("Diagnosis", "Metastatic breast carcinoma to the pons")]),
        P("A 0.9 cm enhancing lesion within the left pons (T1 post-contrast, 1 mm) with minimal T2 FLAIR change. "
          "Stereotactic MRI and CT (1 mm) obtained after frame placement and co-registered."),
        RuledTable([("Parameter", "Value"),
                    ("Prescription (marginal) dose", "15 Gy"),
                    ("Prescription isodose", "50%"),
                    ("Maximum dose", "30 Gy"),
                    ("Target volume / coverage", "0.31 cc / 98%"),
                    ("Collimators / shots", "4 mm and 8 mm / 6 shots"),
                    ("Dose rate / beam-on time", "2.9 Gy/min / 49.6 min"),
                    ("Brainstem D0.1cc (excluding target)", "14.2 Gy"),
                    ("Margin", "none (GTV = PTV); 2 mm rim evaluated"),
                    ("Gradient index", "2.71")]),
        P("Physics second check of shot times agreed within 0.8%. Frame co-ordinate verification before "
          "treatment. The pontine lesion received 15 Gy in one session. Frame removed without problems."),
        sig("U. Kahn, MD (Neurosurgery); B. Roy, MD (Radiation Oncology); S. Ito, PhD 07/13/2026"),
    ]], opts=dict(header=hdr(_c, 15), font="Helvetica"))])

# b8_16 -- dictated cervical/upper-thoracic spine SBRT with a head-and-shoulder mask ----------------------
add(name="b8_16", kind="dictated", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("C2", "spinal", None, 24, 3), L("T1", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Dictated spine SBRT to C2 (24 Gy/3) and T1 (27 Gy/3): vertebral levels C2/T1 (not brain labels), "
          "immobilized in a long thermoplastic head-neck-shoulder mask (positioning: mask, in a spine "
          "course); C1 is mentioned only as an untreated neighbour.",
    docs=[Doc("b8_16.txt", text=txt_head(16, "SBRT NOTE - CERVICOTHORACIC SPINE", "DATES 07/20/2026 - 07/24/2026") + """
This is a sixty-six-year-old man with thyroid cancer metastatic to bone, MRI cervical and thoracic spine 07/08/2026 shows enhancing metastases in the C2 vertebral body and dens and in the T1 vertebral body, no epidural compression, C1 ring is normal, previously untreated.

He was simulated 07/14/2026 supine in a long thermoplastic head neck and shoulder mask, CT one millimeter, MRI of 07/08/2026 fused. Plans in RayStation, C2 twenty four gray in three fractions and T1 twenty seven gray in three fractions, single isocenter VMAT, spinal cord Dmax 19.9 gray, esophagus 21 gray, physics QA passed.

Treatment on the Truebeam on 07/20, 07/22 and 07/24/2026, CBCT and 6DoF couch each day with physician approval, intrafraction kV imaging. C2 received 24 Gy in 3 fractions and T1 27 Gy in 3 fractions.

K. Abara, MD

""" + FOOT + "\n")])

# b8_17 -- consult only, recommends SRS ----------------------------------------------------------------------
_c = "WILLOW BEND RADIATION ONCOLOGY"
add(name="b8_17", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=F(None, [], None, None, [], []),
    lesions=[],
    categories=cats(False, False, False, False, False),
    notes="Consult note only: recommends TrueBeam SRS 20 Gy to two lesions, simulation not yet done (mask and "
          "planning MRI are planned); the MRI reviewed is diagnostic. No delivered course: facts null/empty, "
          "all codes inconsistent, no delivery code.",
    docs=[Doc("b8_17.pdf", [[
        H1("New Patient Consultation"),
        KeyValue([("Date", "07/27/2026"), ("Referred by", "Neuro-oncology")]),
        P("58-year-old woman with HER2-positive breast cancer. Diagnostic MRI brain 07/20/2026 shows two new "
          "enhancing lesions: left frontal 8 mm and right cerebellar 11 mm. Neurologically intact, KPS 90."),
        H2("Recommendation"),
        P("I recommend stereotactic radiosurgery, 20 Gy in 1 fraction to each lesion on the TrueBeam with a "
          "frameless mask. Risks and benefits were discussed and she would like to think about it and talk "
          "with her family. If she proceeds we will obtain a thin-slice planning MRI and CT simulation with "
          "mask fabrication. CyberKnife at a partner site was mentioned as an alternative."),
        P("Return visit in one week to decide."),
        sig("O. Grant, MD 07/27/2026"),
    ]], opts=dict(header=hdr(_c, 17), font="Helvetica"))])

# b8_18 -- bundle: lung SBRT + a later follow-up visit with diagnostic imaging and a new recommendation -----
_c = "CEDAR HOLLOW HEALTH - Radiation Oncology"
add(name="b8_18", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 4, ["CT"], ["body_immobilization"]),
    lesions=[L("left lower lobe", "body", None, 48, 4)],
    categories=cats(),
    notes="Bundle: LLL SBRT 48 Gy in 4 (12 Gy/fx) on TrueBeam, plus a 3-month follow-up visit with a "
          "diagnostic PET/CT and MRI brain that found a new brain lesion for which SRS is only recommended: "
          "follow-up imaging is not planning imaging, and the brain lesion is not part of this course.",
    docs=[
        Doc("1_sbrt_summary.pdf", [[
            H1("SBRT Treatment Summary"),
            KeyValue([("Site", "Left lower lobe"), ("Technique", "VMAT SBRT, TrueBeam"),
                      ("Dose", "48 Gy in 4 fractions (12 Gy/fx)"), ("Dates", "03/02/2026 - 03/09/2026")]),
            P("Simulation 02/20/2026 with 4DCT in a Vac-Lok bag with arms up; ITV approach; 2 partial arcs, 6X-FFF. Plan checked by "
              "physics, portal QA passed. CBCT before each fraction with physician approval. Delivered in full: "
              "left lower lobe 48 Gy in 4 fractions."),
            sig("N. Saar, MD 03/09/2026"),
        ]], opts=dict(header=hdr(_c, 18), font="Helvetica")),
        Doc("2_followup.txt", text=txt_head(18, "FOLLOW-UP VISIT - 06/08/2026") + """
Three months after SBRT to the left lower lobe. Diagnostic PET/CT 06/01/2026: post-treatment consolidation at the LLL site with low uptake, no nodal disease. Diagnostic MRI brain 06/03/2026 (T1 post-contrast) shows a new 7 mm right parietal metastasis.

Plan: recommend SRS to the right parietal lesion, 20 Gy in one fraction; consent and simulation to be scheduled. Continue durvalumab per medical oncology.

N. Saar, MD

""" + FOOT + "\n"),
    ])

# b8_19 -- conventional course claimed as SBRT ----------------------------------------------------------------
_c = "GRANITE FALLS COMMUNITY HOSPITAL - Radiation Therapy"
add(name="b8_19", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 10, ["CT"], ["body_immobilization"]),
    lesions=[L("left adrenal", "body", None, 30, 10)],
    categories=cats(),
    notes="Conventional 3D course of 30 Gy in 10 fractions to a left adrenal metastasis (SBRT was considered "
          "and declined) claimed as SBRT: both codes inconsistent, no delivery code. 'Stereotactic' appears "
          "only in the discussion.",
    docs=[Doc("b8_19.pdf", [[
        H1("Radiation Treatment Summary"),
        KeyValue([("Site", "Left adrenal metastasis (NSCLC)"), ("Technique", "3D conformal, 4 fields"),
                  ("Machine", "Clinac iX"), ("Dose", "30 Gy in 10 fractions of 3 Gy"),
                  ("Dates", "07/06/2026 - 07/17/2026")]),
        P("Stereotactic body radiotherapy was considered but the tumour abuts the stomach and the patient "
          "preferred a palliative course. CT simulation 07/01/2026 in a Vac-Lok bag; weekly kV imaging and "
          "daily port films. Plan check by physics."),
        RuledTable([("Week", "Fractions", "Dose (Gy)", "Cumulative (Gy)"),
                    ("1", "5", "15", "15"), ("2", "5", "15", "30")]),
        P("The left adrenal metastasis received 30 Gy in 10 fractions. Pain controlled."),
        sig("H. Quist, MD 07/17/2026"),
    ]], opts=dict(header=hdr(_c, 19), font="Helvetica"))])

# b8_20 -- codes the facts contradict: Icon single session in a mask billed as linac, complex, frame -------
_c = "BAYSIDE GAMMA KNIFE"
add(name="b8_20", kind="pdf", codes=["77372", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left parietal", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Gamma Knife Icon single session in a mask to one 1.3 cm left parietal metastasis: claimed 77372 "
          "(linac), 61798 (complex) and 61800 (frame) are contradicted by the facts; 77432 fits. The phrase "
          "'frameless' must not count as a frame.",
    docs=[Doc("b8_20.pdf", [[
        H1("Radiosurgery Record"),
        KeyValue([("Unit", "Leksell Gamma Knife Icon"), ("Session", "1 of 1, 08/03/2026"),
                  ("Immobilization", "frameless: Icon mask with IFMM")]),
        P("Single 1.3 cm left parietal metastasis of lung adenocarcinoma on MRI 07/28/2026 (T1 post-gadolinium), "
          "well away from the optic apparatus and brainstem. Planning CT 07/30/2026 in the mask."),
        TextTable([("Target", "Dose", "Isodose", "Max"), ("Left parietal", "20 Gy", "50%", "40 Gy")],
                  columns=(0, 140, 230, 320)),
        P("CBCT co-registration before treatment; IFMM motion within threshold. Physics check of the plan "
          "done. Delivered 20 Gy in one session."),
        sig("V. Horn, MD; G. Lam, PhD 08/03/2026"),
    ]], opts=dict(header=hdr(_c, 20), font="Helvetica"))])

# b8_21 -- scan: CyberKnife prostate SBRT, fiducials tracked, G0339 + G0340 -------------------------------
_c = "NORTH SHORE CYBERKNIFE - Hospital Outpatient"
add(name="b8_21", kind="scan", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Scanned CyberKnife prostate SBRT 36.25 Gy in 5 (7.25 Gy/fx), four gold fiducials tracked; hospital "
          "outpatient G0339 (session 1) and G0340 (sessions 2-5) consistent; 77435 consistent; SpaceOAR gel "
          "is not a positioning device.",
    docs=[Doc("b8_21.pdf", [[
        H1("CyberKnife Prostate SBRT - Completion"),
        KeyValue([("System", "CyberKnife M6, InCise MLC"), ("Dates", "08/10, 08/12, 08/14, 08/17, 08/19/2026"),
                  ("Dose", "36.25 Gy in 5 fractions, 7.25 Gy/fx"), ("Billing", "G0339 x1, G0340 x4, 77435")]),
        P("Favourable intermediate-risk prostate adenocarcinoma. 07/20/2026: four gold fiducial markers and "
          "SpaceOAR hydrogel placed transperineally. Planning CT 07/27/2026 and MRI pelvis 07/27/2026 fused."),
        P("Precision plan, 164 beams, prescribed to the 82% isodose line. Fiducial tracking with orthogonal kV "
          "images throughout every fraction; corrections applied by the robot. Physics QA (film) passed. Prostate received 36.25 Gy in 5 fractions; rectum V36 0.4 cc."),
        sig("Y. Brooks, MD 08/19/2026"),
    ]], opts=dict(header=hdr(_c, 21), font="Helvetica", scan=True, scan_dpi=100))])

# b8_22 -- CyberKnife only mentioned as an alternative; TrueBeam lung; robotic codes claimed ---------------
_c = "RED OAK CANCER CARE"
add(name="b8_22", kind="pdf", codes=["G0339", "G0340", "77435"],
    facts=F("linac", ["body"], 1, 4, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe", "body", None, 48, 4)],
    categories=cats(),
    notes="Lung SBRT 48 Gy/4 on a TrueBeam; CyberKnife is named only as the alternative that was not used, "
          "so the robotic G0339/G0340 are inconsistent (modality linac); 77435 fits; delivery code 77373.",
    docs=[Doc("b8_22.pdf", [[
        H1("SBRT Summary"),
        P("Right upper lobe NSCLC, 1.9 cm, peripheral. PET/CT 07/15/2026 used for staging and fused for "
          "contouring. Options reviewed: CyberKnife at the university with fiducial placement, or linac-based "
          "SBRT here without fiducials; the patient chose treatment here on our TrueBeam."),
        P("Simulation 07/22/2026, BodyFIX, 4DCT. Prescription 48 Gy in 4 fractions of 12 Gy. VMAT, 2 arcs. "
          "Physics plan check and QA passed."),
        RuledTable([("Fx", "Date", "Gy", "IGRT"), ("1", "07/29/2026", "12", "CBCT approved"),
                    ("2", "07/31/2026", "12", "CBCT approved"), ("3", "08/03/2026", "12", "CBCT approved"),
                    ("4", "08/05/2026", "12", "CBCT approved")]),
        P("Right upper lobe tumour: 48 Gy in 4 fractions completed."),
        sig("L. Carver, MD 08/05/2026"),
    ]], opts=dict(header=hdr(_c, 22), font="Helvetica"))])

# b8_23 -- MR-linac adrenal SBRT with gating, no fiducials ------------------------------------------------
_c = "SUMMIT MR-GUIDED RADIOTHERAPY"
add(name="b8_23", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("right adrenal", "body", None, 40, 5)],
    categories=cats(),
    notes="ViewRay MRIdian (MR-linac) right adrenal SBRT 40 Gy in 5 with adaptive replanning and cine-MRI "
          "gating; no fiducials ('fiducial-free'); vacuum cushion. Daily MR setup scans are guidance, the "
          "simulation MRI and CT count as planning imaging.",
    docs=[Doc("b8_23.pdf", [[
        H1("MR-Guided SBRT Course Report"),
        KeyValue([("System", "ViewRay MRIdian (0.35 T MR-linac)"), ("Target", "Right adrenal metastasis (melanoma)"),
                  ("Course", "40 Gy in 5 fractions, 08/17 - 08/21/2026")]),
        P("Simulation 08/10/2026: MR simulation on the MRIdian and CT simulation, both in a vacuum cushion with "
          "arms up, end-expiration breath-hold. Fiducial-free: the adrenal lesion is directly visible on MR."),
        RuledTable([("Fx", "Adapted", "Gating", "Beam-on duty cycle", "Dose (Gy)"),
                    ("1", "yes", "cine MR, 3 mm boundary", "61%", "8"),
                    ("2", "yes", "cine MR, 3 mm boundary", "58%", "8"),
                    ("3", "no", "cine MR, 3 mm boundary", "66%", "8"),
                    ("4", "yes", "cine MR, 3 mm boundary", "63%", "8"),
                    ("5", "yes", "cine MR, 3 mm boundary", "60%", "8")]),
        P("Step-and-shoot IMRT, 13 beams, re-optimized on the daily MR when adapted. Each adaptive plan checked with an independent Monte Carlo calculation before delivery; physician "
          "present for every fraction. Right adrenal: 40 Gy in 5 fractions delivered. Duodenum V33 0.2 cc."),
        sig("E. Tanaka, MD; C. Ruiz, PhD 08/21/2026"),
    ]], opts=dict(header=hdr(_c, 23), font="Helvetica"))])

# b8_24 -- faxed record, fax cover, page 2 printed sideways -------------------------------------------------
add(name="b8_24", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT"], ["body_immobilization"]),
    lesions=[L("left kidney", "body", None, 42, 3)],
    categories=cats(),
    notes="Faxed record: fax cover sheet, then a treatment summary whose last page (page 3, the delivery table) is stored "
          "rotated 90 degrees; left renal cell carcinoma 42 Gy in 3 (14 Gy/fx) on a Versa HD. Fax page counts "
          "and phone numbers are not doses.",
    docs=[Doc("b8_24.pdf", [[
        H1("FAX"),
        KeyValue([("To", "Coding / HIM, Lindgren Oncology Billing"), ("From", "Eastmoor Radiation Center"),
                  ("Pages", "3 (including cover)"), ("Fax", "555-0142"), ("Re", f"{patient(24)}  {mrn(24)}")]),
        P("Attached: SBRT treatment summary as requested. This fax contains confidential information."),
    ], [
        H1("Eastmoor Radiation Center - SBRT Treatment Summary"),
        P("Diagnosis: left renal cell carcinoma, 4.0 cm, lower pole, medically inoperable (CKD stage 3b)."),
        P("Simulation 08/24/2026: 4DCT in an Elekta BodyFIX with abdominal compression. Monaco VMAT plan, "
          "42 Gy in 3 fractions of 14 Gy to PTV_LKid (95% coverage). Physics check and Delta4 QA passed."),
    ], [
        H2("Delivery (Versa HD)"),
        RuledTable([("Fx", "Date", "Dose", "Cum.", "Imaging"), ("1", "08/31/2026", "14 Gy", "14 Gy", "XVI CBCT, approved"),
                    ("2", "09/02/2026", "14 Gy", "28 Gy", "XVI CBCT, approved"),
                    ("3", "09/04/2026", "14 Gy", "42 Gy", "XVI CBCT, approved")]),
        P("Left kidney tumour received 42 Gy in 3 fractions. Small bowel D0.5cc 21.2 Gy (total)."),
        sig("M. Ekwueme, MD 09/04/2026"),
    ]], opts=dict(header=["09/08/2026 11:52  FROM: 555-0142  TO: 555-0199  EASTMOOR RAD CTR"], font="Courier",
                  rotate={3: 90}, page_numbers="Fax page {n}/{total}"))])

# ---- charts that contradict themselves (review_expected) ----------------------------------------------------

# b8_25 -- "five metastases" stated, four listed and treated ------------------------------------------------
_c = "FAIRHAVEN GAMMA KNIFE CENTER"
add(name="b8_25", kind="pdf", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right frontal", "cranial", S, 20, 1), L("left frontal", "cranial", S, 20, 1),
             L("right cerebellar", "cranial", S, 18, 1), L("left occipital", "cranial", S, 20, 1)],
    categories=cats(),
    contradiction="The impression says five metastases were treated, but the plan and the delivery table list "
                  "four targets, each treated.",
    notes="Frame-based Perfexion: 'five metastases were treated' vs four rows in the plan and record (gold "
          "follows the listed, treated targets: four).",
    docs=[Doc("b8_25.pdf", [[
        H1("Gamma Knife Treatment Report"),
        KeyValue([("Date", "09/08/2026"), ("Unit", "Perfexion"), ("Frame", "Leksell G frame, local anesthesia")]),
        P("Small-cell lung cancer after prophylactic cranial irradiation was declined. MRI 09/01/2026 (T1 + "
          "gadolinium) and stereotactic MRI/CT on the day of treatment with the frame in place, co-registered."),
        RuledTable([("#", "Target", "Size", "Rx", "IDL", "Max", "Delivered"),
                    ("1", "Right frontal", "1.1 cm", "20 Gy", "50%", "40 Gy", "yes"),
                    ("2", "Left frontal", "0.7 cm", "20 Gy", "50%", "40 Gy", "yes"),
                    ("3", "Right cerebellar", "1.9 cm", "18 Gy", "50%", "36 Gy", "yes"),
                    ("4", "Left occipital", "0.5 cm", "20 Gy", "55%", "36.4 Gy", "yes")]),
        P("Frame coordinates verified; physics check of shot times. Treatment time 88 min."),
        H2("Impression"),
        P("Five brain metastases were treated with single-session Gamma Knife radiosurgery today without "
          "complication. Frame removed."),
        sig("B. Halvorsen, MD; J. Meyer, PhD 09/08/2026"),
    ]], opts=dict(header=hdr(_c, 25), font="Times-Roman"))])

# b8_26 -- bundle: summary dose 30 Gy vs plan and record 25 Gy ---------------------------------------------
_c = "ELMWOOD RADIATION ONCOLOGY"
add(name="b8_26", kind="bundle", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left occipital resection cavity", "cranial", S, 25, 5)],
    categories=cats(),
    contradiction="The completion summary reports 30 Gy in 5 fractions while the approved plan and the "
                  "treatment record show 25 Gy in 5 fractions (5 Gy per fraction).",
    notes="Bundle: post-operative cavity fSRS (3.0 cm cavity, simple) on TrueBeam; plan and record 25 Gy/5, "
          "summary says 30 Gy/5 (gold follows the delivered record: 25 Gy).",
    docs=[
        Doc("1_plan.pdf", [[
            H1("Plan Approval - Cavity fSRS"),
            KeyValue([("Target", "PTV_Cav_LOcc (left occipital resection cavity, 3.0 cm)"),
                      ("Rx", "25 Gy in 5 fx, 5 Gy/fx, 80% IDL"), ("Machine", "TrueBeam STx")]),
            P("CT sim 09/09/2026 in an Encompass mask, post-operative MRI 09/04/2026 fused. Physics plan check "
              "and portal QA passed."),
            sig("D. Ferris, MD; A. Wu, MS 09/11/2026"),
        ]], opts=dict(header=hdr(_c, 26), font="Helvetica")),
        Doc("2_record.pdf", [[
            H1("Treatment Record"),
            RuledTable([("Fx", "Date", "Delivered", "Cumulative", "IGRT"),
                        ("1", "09/14/2026", "500 cGy", "500 cGy", "CBCT + SGRT"),
                        ("2", "09/15/2026", "500 cGy", "1000 cGy", "CBCT + SGRT"),
                        ("3", "09/16/2026", "500 cGy", "1500 cGy", "CBCT + SGRT"),
                        ("4", "09/17/2026", "500 cGy", "2000 cGy", "CBCT + SGRT"),
                        ("5", "09/18/2026", "500 cGy", "2500 cGy", "CBCT + SGRT")]),
            P("Shifts approved by the physician before each fraction."),
        ]], opts=dict(header=hdr(_c, 26), font="Helvetica")),
        Doc("3_summary.txt", text=txt_head(26, "COMPLETION SUMMARY 09/18/2026") + """
Fractionated stereotactic radiotherapy to the left occipital resection cavity completed: 30 Gy in 5 fractions, 09/14/2026 - 09/18/2026, TrueBeam, mask. No acute toxicity. MRI in 2 months.

D. Ferris, MD

""" + FOOT + "\n"),
    ])

# b8_27 -- planned vs delivered fractions: summary says 4, the record lists 5 -------------------------------
_c = "OAKRIDGE CANCER CENTER"
add(name="b8_27", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("liver segment 4", "body", None, 40, 5)],
    categories=cats(),
    contradiction="The summary says 40 Gy in 4 fractions, but the prescription (8 Gy x 5) and the delivery "
                  "flowsheet show five fractions delivered.",
    notes="Liver metastasis SBRT: flowsheet (dates as columns) shows 5 x 8 Gy = 40 Gy; the narrative summary says "
          "'40 Gy in 4 fractions' (gold follows the per-fraction record).",
    docs=[Doc("b8_27.pdf", [[
        H1("Liver SBRT - Treatment Summary"),
        KeyValue([("Diagnosis", "Colorectal liver metastasis, segment 4, 2.6 cm"),
                  ("Prescription", "8 Gy x 5 = 40 Gy"), ("Machine", "Synergy (Agility)"),
                  ("Plan", "Monaco VMAT, 2 arcs, 95% of PTV covered")]),
        P("Simulation 09/21/2026: 4DCT and MRI liver (contrast) fused, Vac-Lok cushion, abdominal compression."),
        RuledTable([("", "09/28", "09/30", "10/02", "10/05", "10/07"),
                    ("Fraction", "1", "2", "3", "4", "5"),
                    ("Dose (Gy)", "8", "8", "8", "8", "8"),
                    ("Cumulative", "8", "16", "24", "32", "40"),
                    ("CBCT approved", "yes", "yes", "yes", "yes", "yes")]),
        P("Physics plan check and ArcCHECK QA passed."),
        H2("Summary"),
        P("Liver segment 4 metastasis treated with SBRT to 40 Gy in 4 fractions. Tolerated well."),
        sig("P. Novak, MD 10/07/2026"),
    ]], opts=dict(header=hdr(_c, 27), font="Helvetica"))])

# b8_28 -- conflicting laterality -------------------------------------------------------------------------
_c = "BRIGHTWATER RADIATION ONCOLOGY"
add(name="b8_28", kind="pdf", codes=["77372", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left cerebellar", "cranial", S, 20, 1)],
    categories=cats(),
    contradiction="The plan, the structure name and the delivery record place the lesion in the LEFT cerebellum; "
                  "the discharge summary says RIGHT cerebellar.",
    notes="Single-fraction TrueBeam SRS 20 Gy to one cerebellar metastasis: left in the plan (PTV_L_Cbm) and "
          "record, right in the summary.",
    docs=[Doc("b8_28.pdf", [[
        H1("Stereotactic Radiosurgery Report"),
        KeyValue([("Date", "10/12/2026"), ("Machine", "TrueBeam STx"), ("Mask", "PinPoint / Encompass SRS mask")]),
        P("MRI 10/02/2026: single 1.5 cm left cerebellar hemisphere metastasis (T1 post-contrast). CT sim "
          "10/06/2026 1 mm fused with the MRI."),
        RuledTable([("Structure", "Rx", "Fx", "IDL", "V100"), ("PTV_L_Cbm", "20 Gy", "1", "80%", "99.2%")]),
        P("Delivery record 10/12/2026: CBCT and 6DoF correction approved; PTV_L_Cbm (left cerebellar) 20 Gy "
          "in 1 fraction. Portal QA and second check passed before treatment."),
        H2("Discharge summary"),
        P("The right cerebellar metastasis was treated with SRS 20 Gy in a single fraction. No complications."),
        sig("R. Oyelaran, MD 10/12/2026"),
    ]], opts=dict(header=hdr(_c, 28), font="Helvetica"))])

# b8_29 -- dictated: "single fraction" vs three fractions listed ------------------------------------------
add(name="b8_29", kind="dictated", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T8", "spinal", None, 27, 3)],
    categories=cats(),
    contradiction="The opening line says the T8 lesion was treated in a single fraction, while the treatment "
                  "paragraph lists three fractions of 9 Gy on three dates.",
    notes="Dictated spine SBRT T8 27 Gy in 3 fractions of 9 Gy ('single fraction' in the opening statement); "
          "gold follows the dated fractions (3).",
    docs=[Doc("b8_29.txt", text=txt_head(29, "SPINE SBRT SUMMARY (DICTATED)", "DATE 10/23/2026") + """
Mrs. Eightpatient completed stereotactic body radiation to the T8 vertebral metastasis in a single fraction without complication.

BACKGROUND: metastatic breast cancer, painful T8 lesion on MRI thoracic spine 10/05/2026, no cord compression, no prior radiation to this level.

SIMULATION: 10/12/2026 BodyFIX vacuum bag, CT one millimeter, MRI fused.

PLAN: twenty-seven Gray in three fractions, nine Gray per fraction, Eclipse VMAT, cord Dmax twenty Gray, physics QA passed.

TREATMENT: fraction one 10/19/2026, fraction two 10/21/2026, fraction three 10/23/2026 on the TrueBeam, CBCT with 6DoF correction approved before each fraction. T8 total 27 Gy.

S. Brennan, MD

""" + FOOT + "\n")])

# b8_30 -- bundle: vertebral level conflict (T10 in plan and record, T11 in summary) ------------------------
_c = "HIGHLAND SPINE SBRT SERVICE"
add(name="b8_30", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T10", "spinal", None, 27, 3)],
    categories=cats(),
    contradiction="The plan and the treatment record treat T10; the completion summary names T11.",
    notes="Bundle: spine SBRT 27 Gy in 3 to T10 (PTV_T10) per plan and record; the summary says T11.",
    docs=[
        Doc("1_plan.pdf", [[
            H1("Spine SBRT Plan"),
            KeyValue([("Target", "PTV_T10 (T10 vertebral body + right pedicle)"), ("Rx", "27 Gy / 3 fx"),
                      ("Immobilization", "BodyFIX"), ("Imaging", "CT 10/26/2026; MRI T-spine 10/20/2026 fused")]),
            P("Cord PRV Dmax 20.1 Gy. Monaco VMAT, 2 arcs, Versa HD; QA passed; physics check signed."),
            sig("T. Adler, MD; K. Ruiz, MS 10/28/2026"),
        ]], opts=dict(header=hdr(_c, 30), font="Helvetica")),
        Doc("2_record.txt", text=txt_head(30, "TREATMENT RECORD") + """
11/02/2026 Fx 1/3 PTV_T10 9 Gy, CBCT + HexaPOD, approved TA
11/04/2026 Fx 2/3 PTV_T10 9 Gy, CBCT + HexaPOD, approved TA
11/06/2026 Fx 3/3 PTV_T10 9 Gy, CBCT + HexaPOD, approved TA

""" + FOOT + "\n"),
        Doc("3_summary.pdf", [[
            H1("Completion Summary"),
            P("Stereotactic body radiotherapy to the T11 metastasis, 27 Gy in 3 fractions, completed 11/06/2026. "
              "Pain 2/10."),
            sig("T. Adler, MD 11/06/2026"),
        ]], opts=dict(header=hdr(_c, 30), font="Helvetica")),
    ])

# ---- more clean charts ------------------------------------------------------------------------------------

# b8_31 -- bundle: ZAP-X single session to a parasellar meningioma ----------------------------------------
_c = "CRESTVIEW ZAP-X RADIOSURGERY"
add(name="b8_31", kind="bundle", codes=["77372", "77432", "61798"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right parasellar meningioma", "cranial", C, 13, 1)],
    categories=cats(),
    notes="Bundle: ZAP-X (self-shielded gyroscopic linac) single-session SRS 13 Gy at 55% to a right "
          "cavernous sinus / parasellar meningioma (complex by location/type); optic chiasm Dmax is an OAR dose.",
    docs=[
        Doc("1_consult.txt", text=txt_head(31, "NEUROSURGERY CONSULT - 10/05/2026") + """
Right cavernous sinus (parasellar) meningioma, 2.2 cm, slowly enlarging on serial MRI, 4 mm from the right optic nerve; mild right abducens palsy. Recommend single-session radiosurgery on the ZAP-X. Patient agrees.

L. Ferraro, MD

""" + FOOT + "\n"),
        Doc("2_plan_and_delivery.pdf", [[
            H1("ZAP-X Treatment Plan and Delivery"),
            KeyValue([("System", "ZAP-X, 3 MV, collimators 4-25 mm"), ("Fixation", "ZAP-X thermoplastic mask"),
                      ("Images", "CT 10/09/2026 (contrast, 1 mm) + MRI 10/08/2026 T1 post-Gd/FIESTA fused")]),
            RuledTable([("Target", "Rx", "Fx", "IDL", "Isocenters", "Coverage"),
                        ("Rt parasellar meningioma", "13 Gy", "1", "55%", "9", "96%")]),
            TextTable([("OAR", "Dmax"), ("Optic chiasm", "8.1 Gy"), ("Right optic nerve", "8.6 Gy"),
                       ("Brainstem", "9.4 Gy")], columns=(0, 180)),
            P("10/14/2026: kV image-based alignment before and during treatment, corrections under 0.5 mm. "
              "Independent calculation by physics. Meningioma treated with 13 Gy in one session."),
            sig("L. Ferraro, MD; M. Stein, MD; O. Park, PhD 10/14/2026"),
        ]], opts=dict(header=hdr(_c, 31), font="Helvetica")),
    ])

# b8_32 -- dictated liver SBRT QOD with "Gy/fx x3" ---------------------------------------------------------
add(name="b8_32", kind="dictated", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment 8", "body", None, 45, 3)],
    categories=cats(),
    notes="Dictated liver SBRT 'fifteen Gy/fx x3 QOD' = 45 Gy in 3 fractions on TrueBeam with gating on "
          "implanted fiducials; '3 seeds' and 'segment 8' are not lesion counts or doses.",
    docs=[Doc("b8_32.txt", text=txt_head(32, "SBRT LIVER - COMPLETION NOTE", "DATE 10/30/2026") + """
HCC segment 8 two point eight cm, Child Pugh A, after TACE with residual enhancement. Three gold seeds placed 10/09/2026. Sim 10/15/2026 exhale breath hold CT and 4DCT in vac lock, MRI liver with contrast 10/13/2026 fused for the target.

Rx fifteen Gy/fx x3 QOD, total 45 Gy, to the 80 percent isodose, two VMAT arcs, mean liver 9.6 Gy, stomach D0.5cc 19 Gy, plan QA passed, physics check done.

Delivered 10/26, 10/28 and 10/30/2026, fx 1 2 and 3, CBCT each fx aligned to the gold seeds with RPM gated delivery, shifts approved by me. Segment 8 HCC received 45 Gy in 3 fx. Tolerated well.

Dr. H. Varga

""" + FOOT + "\n")])

# b8_33 -- scan: Gamma Knife Icon 5 fractions, vestibular schwannoma; 77371 wrongly claimed ----------------
_c = "RIVERGATE GAMMA KNIFE"
add(name="b8_33", kind="scan", codes=["77371", "77435", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 5, ["MRI", "CT"], ["mask"]),
    lesions=[L("right vestibular schwannoma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Scanned: Gamma Knife Icon 25 Gy in 5 fractions (5 Gy/fx at 50%) to a large right vestibular "
          "schwannoma in a mask; 77371 (single session) is wrong for a 5-fraction course; 77435 and 61798 fit.",
    docs=[Doc("b8_33.pdf", [[
        H1("Hypofractionated Gamma Knife - Summary"),
        KeyValue([("Unit", "Leksell Gamma Knife Icon"), ("Dates", "11/02/2026 - 11/06/2026"),
                  ("Fixation", "Icon mask, HDMM/IFMM")]),
        P("Right vestibular schwannoma 3.1 cm, Koos IV, brainstem compression. Planning MRI 10/27/2026 (T1 "
          "post-contrast, T2 CISS) and CT 10/27/2026 co-registered with the daily CBCT."),
        RuledTable([("Target", "Dose/fx", "Fx", "Total", "IDL"), ("R VS", "5 Gy", "5", "25 Gy", "50%")]),
        P("CBCT registration before every fraction, approved; motion within 1.0 mm. Physics check done. "
          "25 Gy in 5 fractions delivered to the right vestibular schwannoma."),
        sig("G. Amato, MD 11/06/2026"),
    ]], opts=dict(header=hdr(_c, 33), font="Times-Roman", scan=True, scan_dpi=120))])

# b8_34 -- scan: single-fraction lung SBRT (34 Gy x 1) claimed with the cranial code 77372 ----------------
_c = "MAPLE GROVE RADIATION CENTER"
add(name="b8_34", kind="scan", codes=["77372", "77435"],
    facts=F("linac", ["body"], 1, 1, ["CT"], ["body_immobilization"]),
    lesions=[L("left upper lobe", "body", None, 34, 1)],
    categories=cats(),
    notes="Scanned: single-fraction lung SBRT 34 Gy x 1 (peripheral LUL) on TrueBeam. One session but not "
          "cranial: 77372 inconsistent, 77435 consistent, delivery code 77373.",
    docs=[Doc("b8_34.pdf", [[
        H1("Single-Fraction Lung SBRT"),
        KeyValue([("Date", "11/10/2026"), ("Machine", "TrueBeam"), ("Dose", "34 Gy x 1")]),
        P("Peripheral 1.6 cm left upper lobe adenocarcinoma, cT1b N0, poor surgical candidate. 4DCT "
          "simulation 10/30/2026 in an Alpha Cradle, arms up; ITV + 5 mm."),
        P("Plan: 3 non-coplanar VMAT arcs, 34 Gy in 1 fraction to 95% of the PTV. Chest wall D30cc 27 Gy. "
          "Second check and portal QA passed. CBCT before and mid-treatment, shifts approved by the MD."),
        P("Left upper lobe tumour received 34 Gy in a single fraction."),
        sig("S. Kowalski, MD 11/10/2026"),
    ]], opts=dict(header=hdr(_c, 34), font="Helvetica", scan=True, scan_dpi=110))])

# b8_35 -- EHR print: two body lesions (liver + lung) in one course; 63620 wrongly claimed ----------------
add(name="b8_35", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["body"], 2, 3, ["CT"], ["body_immobilization"]),
    lesions=[L("liver segment 6", "body", None, 45, 3), L("right upper lobe", "body", None, 54, 3)],
    categories=cats(),
    notes="EHR print (banner, Page n of N) of an oligometastatic course: liver segment 6 45 Gy/3 and RUL 54 Gy/3 "
          "in the same three sessions on TrueBeam. 63620 claimed but no spinal lesion ('T-spine' appears only "
          "as a cord OAR).",
    docs=[Doc("b8_35.pdf", [[
        H1("Radiation Oncology Treatment Summary"),
        KeyValue([("Course", "SBRT oligometastatic, 2 targets"), ("Dates", "11/16/2026 - 11/20/2026"),
                  ("Machine", "TrueBeam")]),
        P("Oligometastatic colorectal cancer with one liver (segment 6, 2.4 cm) and one right upper lobe "
          "(1.5 cm) metastasis. Simulation 11/09/2026: 4DCT in a BodyFIX bag, arms up."),
        RuledTable([("Target", "Rx", "Fx", "Gy/fx", "Plan"),
                    ("PTV_Liv6", "45 Gy", "3", "15", "SBRT_Liv6"), ("PTV_RUL", "54 Gy", "3", "18", "SBRT_RUL")]),
        P("Eclipse VMAT, 2 arcs per plan, one isocenter each. OARs: spinal cord (T-spine) Dmax 12.1 Gy, esophagus "
          "14 Gy, liver-GTV mean 8.8 Gy. Both plans QA'd."),
    ], [
        H2("Fraction log"),
        RuledTable([("Date", "Fx", "Targets", "IGRT"),
                    ("11/16/2026", "1/3", "PTV_Liv6, PTV_RUL", "CBCT per isocenter, approved"),
                    ("11/18/2026", "2/3", "PTV_Liv6, PTV_RUL", "CBCT per isocenter, approved"),
                    ("11/20/2026", "3/3", "PTV_Liv6, PTV_RUL", "CBCT per isocenter, approved")]),
        P("Completed: liver segment 6 45 Gy in 3 fractions; right upper lobe 54 Gy in 3 fractions."),
        sig("F. Idowu, MD 11/20/2026"),
    ]], opts=dict(header=ehr_hdr("MOSAIQ Oncology - eChart print", 35, "11/23/2026 09:31"), font="Helvetica"))])

# b8_36 -- plain-text EHR export with page banners; GK frame, one lesion near the chiasm (complex) ----------
_b36 = f"MERIDIAN HEALTH EHR EXPORT | {patient(36)} | {mrn(36)}"
add(name="b8_36", kind="ehr_text", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 3, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left frontal", "cranial", S, 20, 1), L("right temporal", "cranial", S, 18, 1),
             L("suprasellar (4 mm from chiasm)", "cranial", C, 14, 1)],
    categories=cats(),
    notes="Plain-text EHR export with a banner and 'Page n of 3' repeated inside the text and an ASCII grid: "
          "frame-based Gamma Knife to three metastases, one 4 mm from the optic chiasm (complex by location), "
          "so 61796 (all simple) is inconsistent; 61797 (the two simple ones) and the rest fit.",
    docs=[Doc("b8_36.txt", text=_b36 + "\n" + """Page 1 of 3
========================================================================
DOCUMENT: Gamma Knife Radiosurgery Procedure Note        DOS: 11/24/2026
AUTHOR: C. Wendt, MD (Neurosurgery)          STATUS: Signed 11/24/2026 16:02
========================================================================
INDICATION: Metastatic melanoma with three brain metastases on MRI 11/17/2026
(T1 post-contrast, FLAIR): left frontal 1.0 cm, right temporal 1.3 cm, and a
0.8 cm suprasellar lesion whose edge lies 4 mm from the optic chiasm.

PROCEDURE: Leksell G frame placed under local anesthesia with 4 pins.
Stereotactic MRI (1 mm T1 + Gd) and stereotactic CT obtained with the frame
""" + FOOT + "\n\f" + _b36 + "\n" + """Page 2 of 3
in place and fused in Leksell GammaPlan.

+--------------------+--------+---------+---------+-------+
| Target             | Rx Gy  | Isodose | Max Gy  | Shots |
+--------------------+--------+---------+---------+-------+
| Left frontal       | 20     | 50%     | 40.0    | 3     |
| Right temporal     | 18     | 50%     | 36.0    | 5     |
| Suprasellar        | 14     | 50%     | 28.0    | 6     |
+--------------------+--------+---------+---------+-------+
Optic chiasm Dmax 7.6 Gy   Brainstem Dmax 9.8 Gy   Treatment time 97 min

Unit: Leksell Gamma Knife Perfexion. Frame coordinate verification and
""" + FOOT + "\n\f" + _b36 + "\n" + """Page 3 of 3
collision check done; physics second check of the shot times agreed (0.7%).

All three lesions were treated in a single session: left frontal 20 Gy,
right temporal 18 Gy, suprasellar 14 Gy. Frame removed, no complications.

Electronically signed: C. Wendt, MD; R. Sato, MD (Radiation Oncology);
E. Brandt, PhD (Medical Physics) 11/24/2026
""" + FOOT + "\n")])


CORPUS = Corpus("blind_corpus8", "tests/blind_corpus8", CHARTS, pdf_options={"footer": FOOT, "font": "Helvetica"},
                hand_written=["README.md", "FIRST_RUN.md"])
