"""Fourteenth blind corpus, ``tests/blind_corpus14/`` (regenerate: ``python scripts/make_corpus.py blind_corpus14``).

Twenty held-out courses written blind in printout styles earlier corpora did not use: vendor plan reports
(RayStation, Pinnacle, Accuray Precision, Brainlab Elements, MIM, Monaco, GammaPlan) and MOSAIQ / ARIA
"treatment history" tables with their own column names; tables run over page breaks with repeated header
rows and "(continued)" captions; wrapped multi-line cells; landscape (rotated) pages; fax cover sheets; a
reprinted document inside a bundle; a retreatment chart; a re-plan with a plan-sum composite; header and
footer bands with print stamps and barcodes-as-text. Mix: 4 Gamma Knife, 4 linac cranial, 3 CyberKnife,
6 SBRT body/spine, 3 hard negatives or near-misses; 3 charts contradict themselves (b14_07, b14_19,
b14_20). Per-code consistency and the delivery code are computed from the labelled facts (``code_ok`` as
in corpus 13). Standard PDF fonts only; text is ASCII.
"""

# ruff: noqa: E501  (dictated and text documents are deliberately one long line per paragraph)

from __future__ import annotations

from typing import Any

from pdfmaker import (
    KeyValue,
    RuledTable,
    TextTable,
)

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ADELINA", "BARNABY", "CORDELIA", "DESMOND", "ESPERANZA", "FABIAN", "GWENDOLYN", "HORATIO", "IMOGEN",
         "JASPER", "KATALIN", "LEOPOLD", "MIRABEL", "NORBERT", "OPHELIA", "PERCIVAL", "QUINTINA", "ROSWELL",
         "SELMA", "TOBIAS"]


def patient(n: int) -> str:
    return f"FOURTEENPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-140{n:02d}"


def hdr(clinic: str, n: int, extra: str = "") -> list[str]:
    return [clinic, f"Patient: {patient(n)}    MRN: {mrn(n)}" + (f"    {extra}" if extra else "")]


CHARTS = Charts()
add = CHARTS.add




def band(clinic: str, n: int, system: str, printed: str, barcode: str) -> dict[str, Any]:
    """Header/footer bands of a vendor printout: clinic, patient, system, print timestamp, barcode-as-text."""
    return dict(header=[f"{clinic}    {system}", f"{patient(n)}   ID {mrn(n)}   Printed {printed}"],
                footer=[f"||| *{barcode}* |||   Confidential - contains PHI", FOOT])


def continued(title: str, header_row: tuple[str, ...], rows: list[tuple[str, ...]], per_page: int,
              widths: list[float] | None = None) -> list[list[Any]]:
    """A table run over pages, header row repeated and a "(continued)" caption after the first page."""
    pages = []
    for i in range(0, len(rows), per_page):
        cap = title if i == 0 else f"{title} (continued)"
        pages.append([H2(cap), RuledTable([header_row, *rows[i:i + per_page]], widths=widths)])
    return pages


# ==================================================================================================
# Gamma Knife
# ==================================================================================================

# b14_01 -- bundle: fax cover + frame procedure note + GK treatment summary; 2 mets, frame -----------------
_c = "ST. BRENDAN REGIONAL - LEKSELL RADIOSURGERY SUITE"
add(name="b14_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 2, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right frontal", "cranial", S, 20, 1), L("left temporal", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Fax cover sheet (page count, auth request listing the claimed codes, a CyberKnife referral "
          "line for a different patient list crossed out) in front of a neurosurgery frame procedure note "
          "and a Gamma Knife summary. Two simple metastases, one session, Leksell G frame; 50% isodose "
          "maxima 40/36 Gy and a brainstem 9.8 Gy near the 18 Gy Rx; follow-up MRI in 8 weeks is planned only.",
    docs=[
        Doc("0_fax_cover.pdf", [[
            H1("FACSIMILE TRANSMITTAL"),
            KeyValue([("To", "Utilization Review / HIM Coding, Northgate Health Plan"),
                      ("Fax", "(555) 014-2290"), ("From", "St. Brendan Regional - Radiosurgery Scheduling"),
                      ("Date", "10/21/2026 16:12"), ("Pages", "3 (including cover)"),
                      ("RE", f"{patient(1)}  {mrn(1)}  - retro auth, DOS 10/14/2026")]),
            P("Requested CPT: 77371 x1, 77432 x1, 61796 x1, 61797 x1, 61800 x1. Attached: neurosurgery "
              "procedure note, Gamma Knife treatment summary. Please call 555-0142 x3 with questions."),
            P("[ ] Urgent  [X] For review  [ ] Please reply  [ ] CyberKnife referral packet (not attached)"),
            P("CONFIDENTIALITY NOTICE: The documents accompanying this transmission contain confidential "
              "health information that is legally privileged. If you have received this fax in error, "
              "please notify the sender immediately and destroy the documents."),
        ]], opts=dict(header=["ST. BRENDAN REGIONAL MEDICAL CENTER   FAX 555-014-7781"], page_numbers="Fax pg {n}/{total}",
                      font="Courier")),
        Doc("1_procedure_note.pdf", [[
            H1("Neurosurgery - Stereotactic Frame Placement and Radiosurgery"),
            KeyValue([("Date of procedure", "10/14/2026"), ("Attending", "H. Lindqvist, MD, Neurosurgery"),
                      ("Co-surgeon", "R. Oyelaran, MD, Radiation Oncology"),
                      ("Indication", "Two brain metastases, NSCLC (adenocarcinoma, EGFR exon 19)")]),
            P("The patient was brought to the suite and, following scalp block with 1% lidocaine and 0.25% "
              "bupivacaine, a Leksell Coordinate Frame G was fixed with four pins (two frontal, two "
              "occipital). Stereotactic CT 1 mm slices were obtained with the fiducial indicator box, and "
              "registered to the volumetric MRI (T1 post-contrast MPRAGE, FLAIR) acquired the same morning."),
            P("Targets: right frontal metastasis 1.6 cm and left temporal metastasis 0.9 cm, both contoured "
              "by the team. A third punctate focus in the right cerebellum (2 mm) on the outside MRI of "
              "09/30/2026 was not seen on today's 1 mm study and was not targeted."),
            P("Following physics verification of frame coordinates and a negative collision check, treatment "
              "was delivered on the Leksell Gamma Knife Esprit in a single session. The frame was removed, "
              "pin sites were hemostatic. No complications."),
            sig("H. Lindqvist, MD 10/14/2026 15:32"),
        ]], opts=dict(header=[_c, f"{patient(1)}   {mrn(1)}   Neurosurgery"], font="Times-Roman")),
        Doc("2_gk_summary.pdf", [[
            H1("Gamma Knife Radiosurgery - Treatment Summary"),
            KeyValue([("Unit", "Leksell Gamma Knife Esprit (Co-60)"), ("Planning", "Leksell GammaPlan 11.3"),
                      ("Treatment date", "10/14/2026"), ("Fixation", "Leksell G frame, 4 pins")]),
            RuledTable([("Target", "Diam.", "Vol (cc)", "Prescribed", "Isodose", "Max", "Shots", "Beam-on"),
                        ("R frontal", "1.6 cm", "1.48", "20 Gy", "50%", "40.0 Gy", "7", "31.4 min"),
                        ("L temporal", "0.9 cm", "0.31", "18 Gy", "50%", "36.0 Gy", "3", "14.2 min")]),
            TextTable([("OAR", "Max point dose"), ("Brainstem", "9.8 Gy"), ("Chiasm", "1.4 Gy"),
                       ("Cochlea L", "4.1 Gy")], columns=(0, 160)),
            P("Both targets treated as planned in one session: right frontal 20 Gy and left temporal 18 Gy at "
              "the 50% isodose line. Plan independently verified by physics (shot-time second check within "
              "0.8%). Follow-up MRI brain in 8 weeks will be scheduled."),
            sig("R. Oyelaran, MD 10/15/2026; T. Baptiste, MS DABR 10/14/2026"),
        ]], opts=dict(header=[_c, f"{patient(1)}   {mrn(1)}   Radiation Oncology"], font="Helvetica")),
    ])

# b14_02 -- pdf: Gamma Knife Icon, mask, 8 Gy x 3 to a 3.9 cm metastasis; MOSAIQ treatment history ------------
_c = "LAKEMONT CANCER INSTITUTE"
add(name="b14_02", kind="pdf", codes=["77373", "77435", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 3, ["MRI"], ["mask"]),
    lesions=[L("left parietal", "cranial", C, 24, 3)],
    categories=cats(),
    notes="Icon plan report + MOSAIQ 'Treatment History' table (Site / Fx / Dose/Fx / Cum. Delivered / "
          "Ref. Point) with vendor header/footer bands and a barcode. One 3.9 cm left parietal metastasis "
          "(complex by size), 8 Gy x 3 = 24 Gy. No planning CT: the Icon CBCT defines stereotactic space "
          "(machine imaging, not planning imaging); MRI only. Frame was offered and declined. HDMM nose "
          "marker monitoring. Fractionated Gamma Knife -> 77373.",
    docs=[Doc("b14_02.pdf", [[
        H1("Leksell GammaPlan - Treatment Plan Summary (Icon)"),
        KeyValue([("Plan name", "LPar_Icon_3fx"), ("Plan status", "Approved 11/02/2026 08:14"),
                  ("Prescription", "24 Gy / 3 fx (8 Gy per fraction) to 50% isodose"),
                  ("Fixation", "Icon thermoplastic mask (frame-based treatment offered; patient declined)"),
                  ("Stereotactic reference", "Icon CBCT (no planning CT)"),
                  ("Planning MRI", "10/29/2026 T1 MPRAGE post-gad 1 mm, T2 FLAIR")], value_x=150),
        RuledTable([("ROI", "Max diameter", "Volume", "Prescribed", "Dose/Fx", "Isodose", "Coverage", "GI"),
                    ("Met_LPar", "3.9 cm", "14.6 cc", "24.0 Gy", "8.0 Gy", "50%", "97.8%", "2.71")]),
        P("Organs at risk (3 fx): brainstem Dmax 13.1 Gy; optic chiasm Dmax 3.0 Gy; brain-minus-GTV V18 Gy "
          "21.4 cc. Note: a 2.4 cm region of post-contrast dural thickening under the left parietal bone flap "
          "(prior craniotomy 2022) is not a target."),
        P("Each fraction: Icon CBCT co-registered to the reference, max shift 0.6 mm accepted; HDMM "
          "(high-definition motion management) nose marker threshold 1.5 mm, no beam-off events."),
        sig("M. Achterberg, MD (Rad Onc) 11/02/2026; D. Nakamura-Voss, PhD (Physics) 11/02/2026"),
    ], [
        H1("MOSAIQ - Treatment History"),
        RuledTable([("Date", "Site", "Field", "Fx", "Dose/Fx (cGy)", "Cum. Delivered (cGy)", "Ref. Point", "Tx By"),
                    ("11/03/2026", "Brain L Par", "GK Icon", "1", "800", "800", "Met_LPar", "KT/RS"),
                    ("11/05/2026", "Brain L Par", "GK Icon", "2", "800", "1600", "Met_LPar", "KT/RS"),
                    ("11/07/2026", "Brain L Par", "GK Icon", "3", "800", "2400", "Met_LPar", "AW/RS")]),
        P("Course status: COMPLETED 11/07/2026. Total delivered 2400 cGy in 3 of 3 fractions to Met_LPar."),
        P("Physician completion note: 3.9 cm left parietal metastasis treated with fractionated Gamma Knife "
          "radiosurgery, 24 Gy in 3 fractions, mask immobilization. Tolerated well; dexamethasone taper. "
          "MRI in 6 weeks (to be ordered)."),
        sig("M. Achterberg, MD 11/09/2026"),
    ]], opts=dict(**band(_c, 2, "MOSAIQ 3.2 / GammaPlan", "11/09/2026 10:41", "MQ-SYN14002-RX1"),
                  font="Helvetica", page_numbers="Page {n} of {total}"))])

# b14_03 -- text: EHR export, retreatment: 2025 GK course to R frontal (prior) + current GK course L cerebellar --
add(name="b14_03", kind="ehr_text", codes=["77371", "77432", "61796", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left cerebellar", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Retreatment: one text file documents Course 1 (03/2025, right frontal 20 Gy, frame) and the "
          "CURRENT Course 2 (11/18/2026, new left cerebellar metastasis 1.2 cm, 18 Gy at 50%, frame). Only "
          "course 2 is labelled; the prior right frontal lesion is 'stable/treated' on the new MRI. "
          "Radiation history table lists both courses with cumulative columns.",
    docs=[Doc("b14_03.txt", text=f"""
=====================================================================================
 HARBORVIEW WEST NEUROSURGICAL RADIOSURGERY          EHR EXPORT  12/01/2026 07:55
 Patient: {patient(3)}     MRN: {mrn(3)}     DOB: 04/11/1958
 Document: RADIOSURGERY COURSE SUMMARY (RETREATMENT)                    pg 1 of 2
=====================================================================================

RADIATION HISTORY (this institution)
 Course  Status      Dates        Target             Rx              Unit        Fixation
 ------  ----------  -----------  -----------------  --------------  ----------  ----------
 C1      COMPLETED   03/12/2025   R frontal met      20 Gy x 1 @50%  GK Perfexion Frame (G)
 C2      CURRENT     11/18/2026   L cerebellar met   18 Gy x 1 @50%  GK Perfexion Frame (G)

INTERVAL HISTORY
 67 yo man, renal cell carcinoma, s/p left nephrectomy 2023. Course 1 (03/12/2025) Gamma
 Knife radiosurgery to a 1.5 cm right frontal metastasis, 20 Gy to the 50% isodose, Leksell
 frame - that lesion is now a 4 mm treated focus, stable, no further treatment needed.
 Surveillance MRI 11/04/2026 shows a NEW 1.2 cm enhancing left cerebellar hemisphere
 lesion, 11 mm from the fourth ventricle, away from the brainstem. No other new lesions.

COURSE 2 - CURRENT - 11/18/2026
 Frame: Leksell G frame applied under local anesthesia, 4 pins, by Dr. Fairweather.
 Imaging: stereotactic CT with indicator box (1 mm) + MRI T1 post-contrast 1 mm / T2 same
          day, co-registered in GammaPlan.
 Plan:    target L_Cblm_met contoured, 18 Gy to the 50% isodose line, 9 shots (8 mm and
          4 mm collimators), max dose 36 Gy, coverage 98.5%, selectivity 0.81.
          Brainstem Dmax 8.9 Gy. Plan approved by neurosurgeon, rad onc and physicist.
\f
=====================================================================================
 HARBORVIEW WEST NEUROSURGICAL RADIOSURGERY          EHR EXPORT  12/01/2026 07:55
 Patient: {patient(3)}     MRN: {mrn(3)}                                 pg 2 of 2
=====================================================================================
 QA:      frame coordinate verification (physics, two-person check) done; shot times
          independently recalculated, agreement 0.6%.
 Delivery: Leksell Gamma Knife Perfexion, single session, beam-on 42 min. Uneventful.
          Frame removed, pin sites clean.

 SUMMARY OF DELIVERED TREATMENT (COURSE 2)
   Left cerebellar metastasis ........ 18 Gy in 1 fraction (50% isodose)
 Cumulative brainstem point dose, C1 + C2 composite: 11.6 Gy (C1 2.7 Gy + C2 8.9 Gy).

 Follow-up: MRI in 3 months. Course 1 target not re-treated.

 Electronically signed: E. Fairweather, MD (Neurosurgery) 11/18/2026 16:20
 Electronically signed: P. Moreau-Adeyemi, MD (Radiation Oncology) 11/19/2026 09:02
-------------------------------------------------------------------------------------
 """ + FOOT + "\n")])
# ==================================================================================================
# Linac cranial
# ==================================================================================================

# b14_04 -- bundle: Brainlab Elements plan report + ARIA treatment history (landscape, continued) ---------------
_c = "CEDAR FORK ONCOLOGY PARTNERS"
_rows4 = [
    ("11/10/2026 07:58", "CBCT_Setup", "Imaging", "-", "-", "-", "CBCT matched, 6DoF couch; shifts 1.1/0.4/0.8 mm, pitch 0.3 deg; MD approved"),
    ("11/10/2026 08:02", "ExacTrac_1", "Imaging", "-", "-", "-", "stereo kV pair, within 0.5 mm / 0.5 deg"),
    ("11/10/2026 08:05", "Arc1_C0", "Treatment", "1", "Iso_1", "1/1", "VMAT 6X-FFF, couch 0"),
    ("11/10/2026 08:09", "Arc2_C45", "Treatment", "1", "Iso_1", "1/1", "couch 45; ExacTrac verification before arc"),
    ("11/10/2026 08:14", "Arc3_C90", "Treatment", "1", "Iso_1", "1/1", "couch 90 (270 IEC); ExacTrac verification"),
    ("11/10/2026 08:19", "Arc4_C315", "Treatment", "1", "Iso_1", "1/1", "couch 315; ExacTrac verification"),
    ("11/10/2026 08:23", "Arc5_C0b", "Treatment", "1", "Iso_1", "1/1", "couch 0, counter-clockwise"),
    ("11/10/2026 08:27", "ExacTrac_post", "Imaging", "-", "-", "-", "post-treatment pair, 0.3 mm"),
]
add(name="b14_04", kind="bundle", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 4, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal", "cranial", S, 20, 1), L("right parietal", "cranial", S, 20, 1),
             L("pons", "cranial", C, 15, 1), L("right cerebellar", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Brainlab Elements Multiple Brain Mets report (one isocenter, 5 arcs) + ARIA Treatment History "
          "printed landscape (rotated pages) whose field table runs over a page break with a repeated header "
          "row and '(continued)'. Four metastases, one in the pons (complex, brainstem); 'Iso_1', arc and "
          "imaging field names are not lesions. Single fraction TrueBeam, Brainlab mask + ExacTrac.",
    docs=[
        Doc("1_elements_plan.pdf", [[
            H1("Brainlab Elements - Multiple Brain Mets SRS - Treatment Plan Report"),
            KeyValue([("Plan", "MBM_4mets_v2 (approved 11/09/2026 17:40)"), ("Machine", "Varian TrueBeam STx, 6X-FFF, HD120 MLC"),
                      ("Fractions", "1"), ("Isocenters", "1 (Iso_1)"), ("Arcs", "5 dynamic conformal arcs, 4 couch angles"),
                      ("Image sets", "CT 10/30/2026 1.25 mm (mask on); MRI 10/28/2026 T1 MPRAGE + gad, fused (Elements Image Fusion)"),
                      ("Immobilization", "Brainlab frameless SRS mask (3-part)")], value_x=120),
            RuledTable([("Object", "Type", "Volume [cm3]", "Prescription", "Dose/Fx", "Norm.", "Cov. [%]", "Dmax [Gy]"),
                        ("PTV_LFrontal", "Metastasis", "0.92", "20.00 Gy", "20.00 Gy", "D98", "99.1", "26.4"),
                        ("PTV_RParietal", "Metastasis", "1.64", "20.00 Gy", "20.00 Gy", "D98", "98.7", "27.0"),
                        ("PTV_Pons", "Metastasis\n(brainstem)", "0.21", "15.00 Gy", "15.00 Gy", "D98", "98.2", "18.9"),
                        ("PTV_RCblm", "Metastasis", "0.57", "18.00 Gy", "18.00 Gy", "D98", "99.4", "23.1")],
                       widths=[88, 68, 54, 74, 60, 42, 54, 60]),
            P("Brainstem (excluding PTV_Pons) D0.1cc 12.2 Gy; optic chiasm Dmax 3.3 Gy; V12 Gy normal brain 6.8 cc. "
              "Patient QA: portal dosimetry gamma 2%/1 mm 99.3% pass. Independent MU check (RadCalc) within 1.9%."),
            sig("S. Halvorsen, MD 11/09/2026; J. Kaminski, MS 11/09/2026"),
        ]], opts=dict(**band(_c, 4, "Brainlab Elements 4.0", "11/09/2026 17:52", "BLE-14004-PLN"), font="Helvetica")),
        Doc("2_aria_history.pdf", [
            *continued("ARIA - Treatment History - Course C1 'SRS Brain'",
                       ("Date/Time", "Field", "Type", "Fx", "Ref. Point", "Session", "Comment"), _rows4, 5,
                       widths=[62, 82, 58, 22, 46, 50, 180]),
            [H2("Reference point summary"),
             RuledTable([("Ref. Point", "Prescribed", "Cum. Delivered", "Fractions"),
                         ("PTV_LFrontal", "20.00 Gy", "20.00 Gy", "1 / 1"), ("PTV_RParietal", "20.00 Gy", "20.00 Gy", "1 / 1"),
                         ("PTV_Pons", "15.00 Gy", "15.00 Gy", "1 / 1"), ("PTV_RCblm", "18.00 Gy", "18.00 Gy", "1 / 1")]),
             P("Course C1 status: Completed. All four metastases (left frontal, right parietal, pons, right cerebellar) "
               "treated in a single session on 11/10/2026."),
             sig("S. Halvorsen, MD 11/10/2026 11:05")],
        ], opts=dict(**band(_c, 4, "ARIA RO 16.1", "11/10/2026 11:12", "ARIA-C1-SYN14004"), font="Helvetica",
                     rotate={1: 90, 2: 90, 3: 90})),
    ])

# b14_05 -- bundle: Monaco plan report + MOSAIQ treatment history text; cavity 4.2 cm, 6 Gy x 5 -----------------
_c = "RIVERGATE RADIATION CENTER"
add(name="b14_05", kind="bundle", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left temporal resection cavity", "cranial", C, 30, 5)],
    categories=cats(),
    notes="Monaco plan report (cGy, Dose/Fx 600 cGy, 'Cum. Delivered' column) + MOSAIQ treatment history "
          "exported as text with a page break and repeated header. Post-operative left temporal cavity "
          "4.2 cm (complex by size), 30 Gy in 5 on a Versa HD with an open-face mask and HexaPOD. Prior "
          "craniotomy is history; 'Boost' label is a plan name, not a second target.",
    docs=[
        Doc("1_monaco_plan.pdf", [[
            H1("Monaco 6.1 - Plan Summary Report"),
            KeyValue([("Plan ID", "LTcav_Boost_FSRT"), ("Linac", "Elekta Versa HD, Agility MLC, 6 MV FFF"),
                      ("Technique", "VMAT, 3 non-coplanar arcs"), ("Algorithm", "Monte Carlo, 1% variance"),
                      ("Primary dataset", "CT Sim 10/19/2026, 1 mm, open-face thermoplastic mask"),
                      ("Secondary", "MRI 10/18/2026 T1 + gad (post-op), registered rigid")], value_x=130),
            RuledTable([("Target", "Max dimension", "Prescribed (cGy)", "Dose/Fx (cGy)", "Fractions", "D95 (cGy)", "Dmax (cGy)"),
                        ("PTV_LTcav", "cavity 4.2 cm\n(PTV = cavity + 2 mm)", "3000", "600", "5", "3012", "3388")]),
            P("OAR (5 fx): optic chiasm Dmax 1510 cGy; brainstem Dmax 2230 cGy; left cochlea mean 980 cGy. "
              "Patient-specific QA: ArcCHECK 3%/2 mm gamma 99.6%."),
            P("History: left temporal metastasis (melanoma) resected 09/30/2026; pathology confirmed."),
            sig("A. Bellweather, MD 10/22/2026; physics: O. Sandoval, MS 10/22/2026"),
        ]], opts=dict(**band(_c, 5, "Monaco TPS", "10/22/2026 15:20", "MON-14005"), font="Times-Roman")),
        Doc("2_mosaiq_history.txt", text=f"""
RIVERGATE RADIATION CENTER            MOSAIQ  Treatment History         Printed 11/03/2026 08:41
Patient {patient(5)}   ID {mrn(5)}     Site: Brain LT cavity   Rx: 3000 cGy / 5 fx
-----------------------------------------------------------------------------------------------
Date        Site            Field          Fx  Dose/Fx  Cum. Delivered  Ref. Point  Verif.
----------  --------------  -------------  --  -------  --------------  ----------  ------------------
10/27/2026  Brain LT cavity Arc 1-3        1   600      600             PTV_LTcav   CBCT+HexaPOD 6D
10/28/2026  Brain LT cavity Arc 1-3        2   600      1200            PTV_LTcav   CBCT+HexaPOD 6D
10/29/2026  Brain LT cavity Arc 1-3        3   600      1800            PTV_LTcav   CBCT+HexaPOD 6D
\f
RIVERGATE RADIATION CENTER            MOSAIQ  Treatment History (continued)   Page 2 of 2
Date        Site            Field          Fx  Dose/Fx  Cum. Delivered  Ref. Point  Verif.
----------  --------------  -------------  --  -------  --------------  ----------  ------------------
10/30/2026  Brain LT cavity Arc 1-3        4   600      2400            PTV_LTcav   CBCT+HexaPOD 6D
11/02/2026  Brain LT cavity Arc 1-3        5   600      3000            PTV_LTcav   CBCT+HexaPOD 6D
-----------------------------------------------------------------------------------------------
COURSE COMPLETE. Delivered 3000 cGy in 5/5 fractions to the left temporal resection cavity
(PTV_LTcav). Immobilization: open-face thermoplastic mask, all fractions.
Reviewed/approved: A. Bellweather, MD  11/02/2026
{FOOT}
""")])

# b14_06 -- pdf: Pinnacle plan report (multi-line cells, table over page break) + record; pituitary 25 Gy/5 -----
_c = "NORTHFIELD SKULL BASE PROGRAM"
_oar6 = [
    ("Optic chiasm", "Dmax < 25 Gy (5 fx)\nper HyTEC; apex abuts\nsuperior PTV margin", "24.1 Gy", "Met (0.9 Gy margin)"),
    ("Optic nerve L", "Dmax < 25 Gy", "22.7 Gy", "Met"),
    ("Optic nerve R", "Dmax < 25 Gy", "23.0 Gy", "Met"),
    ("Brainstem", "D0.03cc < 31 Gy", "14.8 Gy", "Met"),
    ("Cochlea L / R", "Dmean < 25 Gy\n(both well below)", "2.1 / 2.4 Gy", "Met"),
    ("Hypothalamus", "as low as reasonably\nachievable; endocrine\nfollow-up arranged", "11.5 Gy", "Noted"),
    ("Temporal lobe L", "D1cc < 30 Gy", "18.9 Gy", "Met"),
    ("Temporal lobe R", "D1cc < 30 Gy", "19.4 Gy", "Met"),
]
add(name="b14_06", kind="pdf", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("pituitary macroadenoma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Pinnacle-style plan report with an OAR table whose cells wrap over several lines and which runs "
          "over a page break (header row repeated, '(continued)'), then a treatment record. Non-functioning "
          "pituitary macroadenoma (complex: pituitary), 25 Gy in 5 on an Edge with a mask; optic chiasm 24.1 Gy "
          "is an OAR maximum right under the 25 Gy Rx.",
    docs=[Doc("b14_06.pdf", [[
        H1("Pinnacle3 16.2 - Plan Report"),
        KeyValue([("Plan", "Pit_FSRT_5fx / Trial 3 (approved)"), ("Machine", "Varian Edge, 6X-FFF, HD-MLC"),
                  ("Technique", "4 VMAT arcs (2 non-coplanar)"), ("Rx", "PTV_Pit 25.0 Gy in 5 fx (5.0 Gy/fx) to 80% IDL"),
                  ("Datasets", "CT 10/05/2026 1 mm w/ Encompass mask; MRI 10/02/2026 thin-cut T1 coronal + gad, fused"),
                  ("Diagnosis", "D35.2 non-functioning pituitary macroadenoma, residual after TSS 2024")], value_x=100),
        RuledTable([("ROI", "Type", "Volume", "Prescribed", "Dose/Fx", "Coverage"),
                    ("GTV_Pit", "GTV", "3.1 cc", "-", "-", "-"),
                    ("PTV_Pit", "PTV (GTV + 1 mm)", "4.0 cc", "25.0 Gy", "5.0 Gy", "V100% 96.2%")]),
    ], *continued("Organ-at-risk evaluation", ("Structure", "Constraint / comment", "Achieved", "Status"), _oar6, 5,
                  widths=[110, 190, 80, 110]),
        [H1("Treatment Record"),
         RuledTable([("Fx", "Date", "Dose/Fx", "Cum.", "IGRT / monitoring"),
                     ("1", "10/12/2026", "5.0 Gy", "5.0 Gy", "CBCT + OSMS surface monitoring"),
                     ("2", "10/14/2026", "5.0 Gy", "10.0 Gy", "CBCT + OSMS"),
                     ("3", "10/16/2026", "5.0 Gy", "15.0 Gy", "CBCT + OSMS"),
                     ("4", "10/19/2026", "5.0 Gy", "20.0 Gy", "CBCT + OSMS"),
                     ("5", "10/21/2026", "5.0 Gy", "25.0 Gy", "CBCT + OSMS")]),
         P("Completed: residual pituitary macroadenoma 25 Gy in 5 fractions, Encompass SRS mask. Visual fields "
           "to be repeated in 3 months."),
         sig("K. Abernethy-Stroud, MD 10/21/2026")]],
        opts=dict(header=[_c, f"{patient(6)}  MRN {mrn(6)}  Pinnacle printout 10/21/2026 13:07"], font="Times-Roman",
                  page_numbers="{n} / {total}"))])

# b14_07 -- pdf: RayStation plan + ARIA history; summary says single fraction, record shows 7 Gy x 3 (CONTRADICTS) --
_c = "MESA VERDE RADIATION ONCOLOGY"
add(name="b14_07", kind="pdf", codes=["77372", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("right occipital", "cranial", S, 21, 3)],
    contradiction="The physician summary calls it 'single-fraction SRS of 21 Gy', but the RayStation "
                  "prescription (21 Gy in 3 fractions, 7 Gy/fx) and the ARIA history (three dated fractions "
                  "of 7 Gy) show 3 fractions.",
    categories=cats(),
    notes="RayStation plan report + ARIA treatment history + completion note. Right occipital metastasis 2.8 cm "
          "(simple), 21 Gy total; the summary's 'single-fraction' contradicts the 3 delivered fractions. "
          "77372/77432 claimed for a 3-fraction course are inconsistent; 61796 is consistent.",
    docs=[Doc("b14_07.pdf", [[
        H1("RaySearch RayStation 12A - Plan Report"),
        KeyValue([("Plan", "ROcc_SRS"), ("Beam set", "ROcc_3fx, Novalis Tx, 6 MV SRS, 4 arcs"),
                  ("Prescription", "21.00 Gy in 3 fractions (7.00 Gy/fx) to 80% of Dmax covering PTV_ROcc"),
                  ("Images", "CT 11/02/2026 (mask), MR T1 + gad 10/31/2026 (deformable-free rigid fusion)"),
                  ("Immobilization", "Uniframe thermoplastic mask")], value_x=110),
        RuledTable([("ROI", "Diameter", "Vol", "Prescribed", "Dose/Fx", "D98", "Dmax"),
                    ("PTV_ROcc", "2.8 cm", "7.9 cc", "21.00 Gy", "7.00 Gy", "20.88 Gy", "26.2 Gy")]),
        P("Visual pathway: optic radiation (R) D0.1cc 19.5 Gy accepted; chiasm 0.9 Gy. Portal dosimetry QA 98.9% "
          "(3%/1 mm)."),
        sig("T. Okonkwo-Lind, MD 11/03/2026"),
    ], [
        H1("ARIA - Treatment History"),
        RuledTable([("Date", "Field", "Fx", "Dose/Fx", "Cum. Delivered", "Ref. Point", "Imaging"),
                    ("11/04/2026", "Arc 1-4", "1", "7.00 Gy", "7.00 Gy", "PTV_ROcc", "ExacTrac + CBCT"),
                    ("11/06/2026", "Arc 1-4", "2", "7.00 Gy", "14.00 Gy", "PTV_ROcc", "ExacTrac + CBCT"),
                    ("11/09/2026", "Arc 1-4", "3", "7.00 Gy", "21.00 Gy", "PTV_ROcc", "ExacTrac + CBCT")]),
        H2("Completion summary"),
        P("Ms. " + FIRST[6].title() + " completed single-fraction SRS of 21 Gy to the right occipital metastasis "
          "(2.8 cm) on the Novalis Tx with mask immobilization. Mild fatigue only. MRI brain in 2 months."),
        sig("T. Okonkwo-Lind, MD 11/10/2026"),
    ]], opts=dict(**band(_c, 7, "RayStation / ARIA", "11/10/2026 09:30", "MV-7781-14007"), font="Helvetica"))])
# ==================================================================================================
# CyberKnife
# ==================================================================================================

# b14_08 -- pdf: Accuray Precision plan report, 2 meningiomas 8 Gy x 3, one 3 mm from the optic nerve --------
_c = "PINE HOLLOW ROBOTIC RADIOSURGERY"
add(name="b14_08", kind="pdf", codes=["G0339", "G0340", "77373", "77435", "61798", "61797"],
    facts=F("robotic_linac", ["cranial"], 2, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left anterior clinoid meningioma", "cranial", C, 24, 3),
             L("right frontal convexity meningioma", "cranial", S, 24, 3)],
    categories=cats(),
    notes="Accuray Precision plan report (two plans merged into one delivery, composite table) + CyberKnife "
          "delivery log. Left anterior clinoid meningioma 3 mm from the left optic nerve (complex) and a right "
          "frontal convexity meningioma 1.9 cm (simple), 24 Gy in 3 each; 6D skull tracking; Aquaplast mask. "
          "Optic nerve Dmax 17.4 Gy and the 'Composite' plan name are not targets.",
    docs=[Doc("b14_08.pdf", [[
        H1("Accuray Precision 3.3 - Treatment Plan Report"),
        KeyValue([("System", "CyberKnife M6, InCise 2 MLC"), ("Tracking", "6D Skull"),
                  ("Plans", "LClin_3fx + RFront_3fx -> merged delivery 'Composite_Brain_3fx'"),
                  ("Planning CT", "10/06/2026, 1.0 mm, Aquaplast head mask"),
                  ("MRI", "10/05/2026 T1 3D post-gad + CISS, fused"),
                  ("Fractions", "3 (consecutive weekdays)")], value_x=110),
        RuledTable([("Target", "Location / size", "Rx dose", "Dose/Fx", "Rx isodose", "Coverage", "Beams"),
                    ("PTV_LClin", "left anterior clinoid; 3 mm from\nleft optic nerve; 2.3 cm", "24.00 Gy", "8.00 Gy", "78%", "96.1%", "148"),
                    ("PTV_RFront", "right frontal convexity\n1.9 cm", "24.00 Gy", "8.00 Gy", "80%", "98.4%", "96")],
                   widths=[72, 150, 52, 52, 56, 62, 46]),
        TextTable([("Critical structure", "Max (3 fx)"), ("Optic nerve L", "17.4 Gy"), ("Optic chiasm", "12.9 Gy"),
                   ("Brainstem", "9.7 Gy")], columns=(0, 200)),
        P("Delivery QA: composite plan measured in the StereoPHAN with film, gamma 3%/1 mm 97.8%."),
        sig("V. Castellanos, MD 10/08/2026; L. Whitcombe, PhD 10/08/2026"),
    ], [
        H1("CyberKnife Treatment Delivery Log"),
        RuledTable([("Fx", "Date", "Plan", "Delivered", "Tracking", "Imaging", "Notes"),
                    ("1", "10/12/2026", "Composite_Brain_3fx", "8.00 Gy each target", "6D Skull", "112 image pairs", "-"),
                    ("2", "10/13/2026", "Composite_Brain_3fx", "8.00 Gy each target", "6D Skull", "104 image pairs", "-"),
                    ("3", "10/14/2026", "Composite_Brain_3fx", "8.00 Gy each target", "6D Skull", "109 image pairs", "-")]),
        P("End-of-treatment summary: left anterior clinoid meningioma 24 Gy / 3 fx and right frontal convexity "
          "meningioma 24 Gy / 3 fx, complete. Visual acuity unchanged at fraction 3."),
        sig("V. Castellanos, MD 10/14/2026"),
    ]], opts=dict(**band(_c, 8, "Accuray Precision", "10/14/2026 18:02", "ACC-PRC-14008"), font="Helvetica"))])

# b14_09 -- bundle: CyberKnife prostate 36.25/5: Precision plan + MOSAIQ history + nursing -----------------------
_c = "BAYSIDE UROLOGIC ONCOLOGY - CYBERKNIFE CENTER"
add(name="b14_09", kind="bundle", codes=["77373", "77435", "G0339", "G0340"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Precision plan report + MOSAIQ treatment history + nursing note. Prostate 36.25 Gy in 5 (7.25 Gy/fx), "
          "4 gold fiducials tracked (Synchrony), Vac-Lok leg cushion. SpaceOAR hydrogel is a spacer, not "
          "positioning. Rectum Dmax 36.0 Gy and bladder 37.1 Gy near the Rx; cT2a, T2 MRI and PSA are not doses.",
    docs=[
        Doc("1_precision_plan.pdf", [[
            H1("Accuray Precision - Prostate SBRT Plan Report"),
            KeyValue([("Plan", "Pros_SBRT_3625"), ("System", "CyberKnife S7, Iris collimator"),
                      ("Tracking", "Fiducial (4 gold seeds, placed 09/14/2026) with Synchrony respiratory/prostate motion"),
                      ("Planning CT", "09/28/2026, 1.5 mm, Vac-Lok cushion legs and feet"),
                      ("MRI", "09/28/2026 T2 axial + DWI, fused to CT"),
                      ("Spacer", "SpaceOAR hydrogel 09/14/2026")], value_x=90),
            RuledTable([("ROI", "Prescribed", "Dose/Fx", "Fx", "Isodose", "V100%"),
                        ("PTV_Prostate", "36.25 Gy", "7.25 Gy", "5", "83%", "95.4%")]),
            P("Staging: adenocarcinoma of prostate, Gleason 3+4=7, cT2a, PSA 7.2 ng/mL. "
              "OAR: rectum Dmax 36.0 Gy (limit 38.06), bladder Dmax 37.1 Gy, urethra Dmax 38.9 Gy (PRV)."),
            P("Patient QA: phantom delivery with film, gamma 2%/2 mm 98.6%; secondary MU check passed."),
            sig("G. Ferreira-Holt, MD 10/01/2026; physics N. Obi, MS 10/01/2026"),
        ]], opts=dict(**band(_c, 9, "Precision 3.3", "10/01/2026 12:10", "CK-14009-PLN"), font="Helvetica")),
        Doc("2_mosaiq_history.pdf", [[
            H1("MOSAIQ - Treatment History"),
            RuledTable([("Date", "Site", "Field", "Fx", "Dose/Fx", "Cum. Delivered", "Ref. Point", "Tracking"),
                        ("10/05/2026", "Prostate", "CK Pros", "1", "725 cGy", "725 cGy", "PTV_Prostate", "fiducial + Synchrony"),
                        ("10/07/2026", "Prostate", "CK Pros", "2", "725 cGy", "1450 cGy", "PTV_Prostate", "fiducial + Synchrony"),
                        ("10/09/2026", "Prostate", "CK Pros", "3", "725 cGy", "2175 cGy", "PTV_Prostate", "fiducial + Synchrony"),
                        ("10/12/2026", "Prostate", "CK Pros", "4", "725 cGy", "2900 cGy", "PTV_Prostate", "fiducial + Synchrony"),
                        ("10/14/2026", "Prostate", "CK Pros", "5", "725 cGy", "3625 cGy", "PTV_Prostate", "fiducial + Synchrony")],
                       widths=[70, 60, 52, 24, 56, 62, 82, 94]),
            P("Course complete 10/14/2026: 3625 cGy in 5 fractions to the prostate."),
        ]], opts=dict(**band(_c, 9, "MOSAIQ", "10/15/2026 07:30", "MQ-14009-TH"), font="Courier")),
        Doc("3_nursing.txt", text=f"""
BAYSIDE CYBERKNIFE - NURSING ON-TREATMENT NOTE          {patient(9)}  {mrn(9)}
10/14/2026  Fx 5/5 (final)
S: Mild urinary frequency (nocturia x2), no dysuria, no rectal bleeding.
O: VS stable. Positioned supine in Vac-Lok cushion; fiducial tracking per therapist.
A/P: Tamsulosin 0.4 mg continued. Completion teaching done. PSA in 3 months.
   - R. Tanaka, RN
{FOOT}
"""),
    ])

# b14_10 -- text: CyberKnife spine T8 24 Gy / 2, Xsight spine tracking; prior conventional RT to T6 ------------
add(name="b14_10", kind="ehr_text", codes=["63620", "77373", "77435", "G0339", "G0340"],
    facts=F("robotic_linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T8", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Plain-text Precision/MOSAIQ export: T8 vertebral body metastasis with epidural extension, 24 Gy in 2 "
          "(12 Gy/fx) on CyberKnife with Xsight Spine tracking, vacuum bag. Prior 30 Gy/10 to T5-T7 (2025) is "
          "history; 'T2 weighted', T6 and cord Dmax 16.8 Gy are not targets/doses.",
    docs=[Doc("b14_10.txt", text=f"""
################################################################################
#  GRANITE PEAKS CANCER CARE - CYBERKNIFE          printed 11/26/2026 13:44      #
#  {patient(10)}   MRN {mrn(10)}                          #
#  *|| SYN14010-CK-SPINE ||*                                          p. 1/2  #
################################################################################

PRECISION PLAN REPORT (text export)
  Plan name ......... T8_SBRT_2fx
  Treatment site .... Thoracic spine, T8
  Tracking .......... Xsight Spine (no fiducials)
  Immobilization .... BlueBAG vacuum cushion, arms at sides
  Planning CT ....... 11/09/2026, 1.25 mm (CT myelogram not required)
  MRI ............... 11/06/2026 T1 / T2 weighted / STIR thoracic spine, fused

  Target     Description                              Prescribed  Dose/Fx  Fx  Isodose
  ---------  ---------------------------------------  ----------  -------  --  -------
  PTV_T8     T8 body + L pedicle, epidural (Bilsky 1b) 24.00 Gy    12.00 Gy 2   75%

  Spinal cord (PRV) Dmax 16.8 Gy; D0.035cc 16.1 Gy.  Esophagus Dmax 19.9 Gy.
  Patient QA: ion chamber + film in spine phantom, 2.1% / gamma 97.4%.

HISTORY
  Breast cancer (ER+), bone-only metastatic disease. Prior conventional palliative RT to
  T5-T7, 30 Gy in 10 fractions (02/2025, outside facility) - not part of this course.
  New painful T8 lesion on MRI; no cord compression.
\f
################################################################################
#  GRANITE PEAKS CANCER CARE - CYBERKNIFE          printed 11/26/2026 13:44      #
#  {patient(10)}   MRN {mrn(10)}                    p. 2/2  #
################################################################################

MOSAIQ TREATMENT HISTORY
  Date        Site   Fx  Dose/Fx   Cum. Delivered  Tracking        Comment
  11/16/2026  T8     1   1200 cGy  1200 cGy        Xsight Spine    corrections < 1 mm
  11/18/2026  T8     2   1200 cGy  2400 cGy        Xsight Spine    uneventful

SUMMARY: T8 metastasis treated with CyberKnife SBRT, 24 Gy in 2 fractions, completed
11/18/2026. Pain 2/10 at completion. MRI spine in 3 months.

  Signed: W. Ibarra-Kent, MD  11/19/2026
{FOOT}
""")])
# ==================================================================================================
# SBRT body / spine (linac)
# ==================================================================================================

# b14_11 -- bundle: RayStation lung plan + ARIA history (landscape, continued over a page) --------------------
_c = "WESTBROOK THORACIC RADIATION SERVICE"
_rows11 = []
for _i, _d in enumerate(["10/19/2026", "10/21/2026", "10/23/2026", "10/26/2026", "10/28/2026"], start=1):
    _rows11.append((_d, "CBCT_kV", "Setup image", str(_i), "-", "-", "4D-CBCT, tumour within ITV, match to ITV; couch shift applied"))
    _rows11.append((_d, "VMAT_1 + VMAT_2", "Treatment", str(_i), "10.00 Gy", f"{10 * _i:.2f} Gy", "PTV_RUL"))
add(name="b14_11", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe", "body", None, 50, 5)],
    categories=cats(),
    notes="RayStation plan report (4DCT, PET-CT fused for delineation) + ARIA treatment history printed landscape; "
          "the history table (setup image and treatment rows per day) runs over two pages with '(continued)' and a "
          "repeated header. RUL NSCLC 50 Gy in 5, BodyFIX. Chest-wall V30 and rib Dmax 47.2 Gy are OAR numbers.",
    docs=[
        Doc("1_raystation_plan.pdf", [[
            H1("RayStation 2024A - Plan Report: RUL_SBRT"),
            KeyValue([("Beam set", "RUL_5fx: TrueBeam, 6X-FFF, 2 partial VMAT arcs"),
                      ("Prescription", "50.00 Gy in 5 fractions to PTV_RUL (D95%)"),
                      ("Planning images", "4DCT 10/08/2026 (10 phases, AIP/MIP), ITV from MIP; PET-CT 10/02/2026 fused for GTV"),
                      ("Immobilization", "Elekta BodyFIX vacuum cushion with wrap, arms up on WingSTEP"),
                      ("Diagnosis", "C34.11 NSCLC RUL, cT1c N0 (2.6 cm), medically inoperable (FEV1 38%)")], value_x=110),
            RuledTable([("ROI", "Type", "Volume", "Prescribed", "Dose/Fx", "D95", "Dmax"),
                        ("ITV_RUL", "ITV", "11.8 cc", "-", "-", "-", "-"),
                        ("PTV_RUL", "PTV (ITV + 5 mm)", "31.4 cc", "50.00 Gy", "10.00 Gy", "50.02 Gy", "63.1 Gy")]),
            P("OAR: rib Dmax 47.2 Gy (D0.03cc); chest wall V30Gy 22 cc; spinal cord Dmax 14.1 Gy; esophagus 19.8 Gy. "
              "Patient QA: Octavius 4D, gamma 3%/2 mm 99.1%."),
            sig("D. Marchetti, MD 10/15/2026; F. Kowalczyk, MS 10/15/2026"),
        ]], opts=dict(**band(_c, 11, "RayStation", "10/15/2026 16:48", "RS-14011-RUL"), font="Helvetica")),
        Doc("2_aria_history.pdf", [
            *continued("ARIA Treatment History - Course 1 'Lung R'",
                       ("Date", "Field", "Type", "Fx", "Dose/Fx", "Cum. Delivered", "Ref. Point / note"), _rows11, 6,
                       widths=[62, 84, 66, 22, 52, 62, 152]),
            [P("Course 1 completed 10/28/2026: PTV_RUL 50.00 Gy in 5 fractions, 5/5 delivered."),
             sig("D. Marchetti, MD 10/28/2026")],
        ], opts=dict(**band(_c, 11, "ARIA RO", "10/29/2026 08:03", "ARIA-14011-TH"), font="Helvetica",
                     rotate={1: 90, 2: 90, 3: 90})),
    ])

# b14_12 -- bundle: liver SBRT re-planned after fx 2 (10 Gy -> 8 Gy/fx); plan sum 44 Gy / 5 ------------------------
_c = "EASTLAKE HEPATOBILIARY RADIOTHERAPY"
add(name="b14_12", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("liver segment VII", "body", None, 44, 5)],
    categories=cats(),
    notes="Four documents: original plan (50 Gy/5, 10 Gy/fx), re-plan directive after fraction 2 (new Rx 8 Gy x 3 "
          "for fractions 3-5 because of duodenal/colon proximity on CBCT), MIM plan-sum composite and the "
          "completion summary. Delivered 2 x 10 + 3 x 8 = 44 Gy in 5; the 50 Gy is the superseded plan. "
          "Fiducials considered but not placed. Abdominal compression + vacuum cushion.",
    docs=[
        Doc("1_plan_A.pdf", [[
            H1("Physician Directive / Plan A - Liver SBRT"),
            KeyValue([("Target", "HCC, liver segment VII, 3.4 cm (LI-RADS 5)"),
                      ("Rx (original)", "PTV_Liv7 50 Gy in 5 fractions (10 Gy/fx), every other day"),
                      ("Technique", "Versa HD, 2 VMAT arcs 6 MV FFF, Monaco planning"),
                      ("Simulation", "09/21/2026: CT with triphasic contrast + 4DCT; MRI liver (Eovist) 09/18/2026 fused in MIM"),
                      ("Immobilization", "vacuum cushion + abdominal compression plate"),
                      ("Fiducials", "considered; not placed (INR 1.9, platelets 48k)")], value_x=100),
            P("Child-Pugh A6. Prior TACE 2025 to segment VIII (history). Liver minus GTV mean 11.9 Gy."),
            sig("C. Vanterpool, MD 09/25/2026"),
        ]], opts=dict(**band(_c, 12, "Monaco / MOSAIQ", "09/25/2026 11:22", "EHB-14012-A"), font="Times-Roman")),
        Doc("2_replan.pdf", [[
            H1("Re-plan Directive (Plan B) - mid-course"),
            P("On the fraction 2 CBCT (10/02/2026) the duodenum and hepatic flexure were displaced toward the PTV "
              "(~4 mm). Plan A (10 Gy/fx) delivered for fractions 1 and 2 (20 Gy). Re-simulation CT 10/05/2026 in the "
              "same vacuum cushion. NEW PRESCRIPTION for fractions 3-5: 8 Gy per fraction x 3 = 24 Gy (Plan B, "
              "PTV_Liv7_B). Intended composite 44 Gy in 5 fractions; duodenum D0.5cc composite 26.8 Gy."),
            sig("C. Vanterpool, MD 10/05/2026; physics check H. Duarte, PhD 10/06/2026"),
        ]], opts=dict(**band(_c, 12, "Monaco / MOSAIQ", "10/06/2026 09:02", "EHB-14012-B"), font="Times-Roman")),
        Doc("3_mim_plan_sum.pdf", [[
            H1("MIM Maestro - Plan Sum (Composite) Report"),
            RuledTable([("Component", "Fractions", "Dose/Fx", "Contribution"),
                        ("Plan A (PTV_Liv7)", "1-2", "10.0 Gy", "20.0 Gy"),
                        ("Plan B (PTV_Liv7_B)", "3-5", "8.0 Gy", "24.0 Gy"),
                        ("Composite (deformable sum)", "1-5", "-", "44.0 Gy (PTV D95 43.6 Gy)")]),
            TextTable([("Structure", "Composite"), ("Duodenum D0.5cc", "26.8 Gy"), ("Colon D0.5cc", "24.1 Gy"),
                       ("Stomach D0.5cc", "17.3 Gy"), ("Liver-GTV mean", "11.2 Gy")], columns=(0, 180)),
        ]], opts=dict(**band(_c, 12, "MIM 7.3", "10/20/2026 14:55", "MIM-14012-SUM"), font="Courier")),
        Doc("4_summary.txt", text=f"""
EASTLAKE HEPATOBILIARY RADIOTHERAPY - END OF TREATMENT SUMMARY
{patient(12)}   {mrn(12)}   Dictated 10/20/2026

Course: SBRT to HCC, liver segment VII, Versa HD with daily CBCT (soft-tissue match
to liver dome / vessels) and abdominal compression in a vacuum cushion.

Fx 1 10/01/2026 10 Gy | Fx 2 10/02/2026 10 Gy (Plan A)
-- re-planned, see directive 10/05/2026 --
Fx 3 10/08/2026 8 Gy | Fx 4 10/12/2026 8 Gy | Fx 5 10/14/2026 8 Gy (Plan B)

Total delivered: 44 Gy in 5 fractions (originally prescribed 50 Gy in 5).
Tolerated with grade 1 nausea. MRI liver in 3 months; AFP monthly.

C. Vanterpool, MD
{FOOT}
"""),
    ])

# b14_13 -- pdf: spine SBRT T12 + L2 27 Gy / 3, Elements Spine SRS + MOSAIQ history landscape -------------------
_c = "ORCHARD VALLEY SPINE RADIOSURGERY"
_rows13 = []
for _i, _d in enumerate(["11/16/2026", "11/18/2026", "11/20/2026"], start=1):
    for _t in ("T12", "L2"):
        _rows13.append((_d, f"Spine {_t}", f"PTV_{_t}", str(_i), "900 cGy", f"{900 * _i} cGy",
                        "ExacTrac + CBCT 6DoF; intrafraction ExacTrac pair every 2 arcs"))
add(name="b14_13", kind="pdf", codes=["63620", "63621", "77373", "77435"],
    facts=F("linac", ["spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T12", "spinal", None, 27, 3), L("L2", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Brainlab Elements Spine SRS plan + MOSAIQ history printed landscape, one row per target per day, run "
          "over a page break with '(continued)'. T12 and L2 metastases 27 Gy in 3 each (two vertebral levels, "
          "same sessions = 3 fractions). L4 kyphoplasty (2024), 'T1/T2 weighted' and cauda equina Dmax 21.9 Gy "
          "are distractors.",
    docs=[Doc("b14_13.pdf", [[
        H1("Brainlab Elements Spine SRS - Plan Report"),
        KeyValue([("Plan", "TL_Spine_3fx"), ("Machine", "Novalis TrueBeam STx, 6X-FFF"),
                  ("Image sets", "CT 11/05/2026 1 mm in vacuum cushion (BodyFIX); MRI 11/03/2026 T1 / T2 weighted sagittal + axial, fused (Elements Spine Curvature Correction)"),
                  ("Targets", "PTV_T12 (body + R pedicle), PTV_L2 (body)"),
                  ("Rx", "27 Gy in 3 fractions (9 Gy/fx) to each target")], value_x=90),
        RuledTable([("ROI", "Prescribed", "Dose/Fx", "Coverage", "Dmax"),
                    ("PTV_T12", "27.0 Gy", "9.0 Gy", "91.3%", "33.4 Gy"),
                    ("PTV_L2", "27.0 Gy", "9.0 Gy", "93.0%", "32.9 Gy")]),
        P("Cord PRV Dmax 20.1 Gy; cauda equina Dmax 21.9 Gy; kidney R V10 4%. History: L4 kyphoplasty 2024 "
          "(not a target). QA: SRS MapCHECK 2%/1 mm 98.2%."),
        sig("Y. Delacroix, MD 11/10/2026; physics P. Grunewald, MS 11/10/2026"),
    ], *continued("MOSAIQ Treatment History", ("Date", "Site", "Ref. Point", "Fx", "Dose/Fx", "Cum. Delivered", "IGRT"),
                  _rows13, 4, widths=[62, 58, 60, 22, 54, 62, 182]),
        [P("Course complete 11/20/2026: PTV_T12 2700 cGy / 3 fx; PTV_L2 2700 cGy / 3 fx."),
         sig("Y. Delacroix, MD 11/20/2026")]],
        opts=dict(**band(_c, 13, "Elements / MOSAIQ", "11/21/2026 07:12", "OVS-14013"), font="Helvetica",
                  rotate={2: 90, 3: 90, 4: 90}))])

# b14_14 -- text: MR-linac (Unity) prostate 36.25 / 5, Monaco adaptive; knee/foot immobilization --------------
add(name="b14_14", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Text export of Monaco/MOSAIQ for an Elekta Unity MR-linac course: adaptive plan each day "
          "(adapt-to-shape), 36.25 Gy in 5. Positioning: knee and foot immobilizer; SpaceOAR is a spacer; "
          "CyberKnife discussed but not used. Daily online MRI is machine imaging; planning CT + MRI done.",
    docs=[Doc("b14_14.txt", text=f"""
LONGMEADOW MR-GUIDED RADIOTHERAPY     Elekta Unity / Monaco 6     Export 11/30/2026 17:21
Pt: {patient(14)}  MRN: {mrn(14)}                                     Page 1 of 1
===========================================================================================
CONSULT EXCERPT (09/29/2026): Favourable intermediate-risk prostate adenocarcinoma, GS 3+4,
PSA 6.1, cT1c. Options reviewed incl. CyberKnife SBRT at an affiliated center and
conventional 60 Gy/20; patient chose MR-guided SBRT here.

SIMULATION 10/13/2026: CT 2 mm supine with knee wedge and foot immobilizer (Combifix);
MRI T2 3D on the Unity at simulation for contouring, registered to CT. SpaceOAR placed
10/06/2026. No fiducials.

PRESCRIPTION: CTV_Prostate+SV(prox 1 cm) -> PTV 36.25 Gy in 5 fractions (7.25 Gy/fx),
                 urethra PRV <= 38 Gy, rectum D1cc <= 36 Gy.

DELIVERY (Unity 7 MV FFF, 9-field step-and-shoot IMRT, daily ATS adaptive re-plan):
Date        Fx  Workflow  Dose/Fx   Cum.       Online imaging / QA
10/20/2026  1   ATS       7.25 Gy   7.25 Gy    3D T2 pre + position-verification MRI; indep. MU calc OK
10/22/2026  2   ATS       7.25 Gy   14.50 Gy   same; cine-MR gating monitoring
10/24/2026  3   ATS       7.25 Gy   21.75 Gy   same
10/27/2026  4   ATS       7.25 Gy   29.00 Gy   same
10/29/2026  5   ATS       7.25 Gy   36.25 Gy   same
Rectum D1cc range 33.8-35.6 Gy across fractions (below 36 Gy).

COMPLETION: Prostate SBRT 36.25 Gy in 5 fractions on the MR-linac delivered 10/20-10/29/2026.
GU grade 1. PSA at 3 months.
  R. Sundqvist, MD   10/30/2026
-------------------------------------------------------------------------------------------
{FOOT}
""")])

# b14_15 -- bundle: fax cover + SBRT plan + summary + the same summary reprinted; rib + iliac wing, 30 Gy / 3 ----
_c = "SUMMIT RIDGE ONCOLOGY"
_sum15 = [[
    H1("SBRT Treatment Summary"),
    KeyValue([("Course", "Oligometastatic prostate cancer - 2 osseous lesions"),
              ("Unit", "Varian TrueBeam, 6X-FFF VMAT"), ("Dates", "11/02/2026 - 11/06/2026"),
              ("Fractions", "3 (both targets each session)")]),
    RuledTable([("Site", "Prescribed", "Dose/Fx", "Delivered", "Fx", "IGRT"),
                ("Left 7th rib (posterolateral)", "30 Gy", "10 Gy", "30 Gy", "3/3", "CBCT daily"),
                ("Right iliac wing", "30 Gy", "10 Gy", "30 Gy", "3/3", "CBCT daily")]),
    P("PSMA PET-CT 10/09/2026 showed two avid bone lesions only; both treated. A faint 4 mm left obturator node "
      "(SUV 2.1) was judged equivocal and not treated. Immobilization: Vac-Lok full-body cushion."),
    sig("N. Harrow-Quist, MD 11/09/2026"),
]]
add(name="b14_15", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 3, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left 7th rib", "body", None, 30, 3), L("right iliac wing", "body", None, 30, 3)],
    categories=cats(),
    notes="Fax cover sheet, a plan report, the treatment summary and the same summary again (a reprint with a "
          "later print stamp). Two bone metastases (left 7th rib, right iliac wing) 30 Gy in 3 each in the same "
          "3 sessions; the reprint must not double the lesions or fractions. Untreated equivocal obturator node.",
    docs=[
        Doc("0_fax_cover.pdf", [[
            H1("FAX"),
            KeyValue([("TO", "Crestline Medical Group - Billing"), ("FROM", "Summit Ridge Oncology, HIM"),
                      ("DATE", "11/24/2026"), ("# PAGES", "4 incl. cover"),
                      ("RE", f"{patient(15)} / {mrn(15)} - SBRT 11/02-11/06/2026, codes 77373 x3, 77435 x1")]),
            P("Note: the treatment summary is sent twice (original + reprint requested by your office). "
              "Thank you."),
            P("This facsimile may contain privileged information. If received in error call 555-0190."),
        ]], opts=dict(header=["SUMMIT RIDGE ONCOLOGY  fax 555-0191"], page_numbers=None, font="Courier")),
        Doc("1_plan.pdf", [[
            H1("Plan Report - SBRT Bone x2 (TrueBeam)"),
            KeyValue([("Sim", "10/22/2026 CT 2 mm, Vac-Lok cushion, arms up; PSMA PET-CT 10/09/2026 fused"),
                      ("Targets", "PTV_Rib7L, PTV_IliacR, one isocenter each, same session"),
                      ("Rx", "30 Gy / 3 fx (10 Gy/fx) to each PTV, D95")], value_x=70),
            RuledTable([("ROI", "Prescribed", "Dose/Fx", "D95", "Dmax"),
                        ("PTV_Rib7L", "30.0 Gy", "10.0 Gy", "30.1 Gy", "36.7 Gy"),
                        ("PTV_IliacR", "30.0 Gy", "10.0 Gy", "30.0 Gy", "35.9 Gy")]),
            P("Bowel D5cc 16.2 Gy; lung V20 1.1%; skin Dmax 26.0 Gy. Portal dosimetry QA both plans > 98% (3%/2 mm)."),
            sig("N. Harrow-Quist, MD 10/28/2026"),
        ]], opts=dict(**band(_c, 15, "plan print", "10/28/2026 10:10", "SRO-14015-P"), font="Helvetica")),
        Doc("2_summary.pdf", _sum15, opts=dict(**band(_c, 15, "EHR", "11/09/2026 12:00", "SRO-14015-S"), font="Helvetica")),
        Doc("3_summary_reprint.pdf", _sum15,
            opts=dict(**band(_c, 15, "EHR  ** REPRINT **", "11/24/2026 15:41", "SRO-14015-S"), font="Helvetica")),
    ])
# ==================================================================================================
# Hard negatives / near-misses
# ==================================================================================================

# b14_16 -- pdf: lung 60 Gy / 8 fx (7.5 Gy x 8) in landscape ARIA history, claimed as SBRT --------------------------
_c = "HIGHGATE COMMUNITY CANCER CENTER"
_dates16 = ["10/05/2026", "10/06/2026", "10/07/2026", "10/08/2026", "10/09/2026", "10/12/2026", "10/13/2026", "10/14/2026"]
_rows16 = [(d, "LUL_VMAT", str(i), "7.50 Gy", f"{7.5 * i:.2f} Gy", "PTV_LUL", "CBCT, 4D match")
           for i, d in enumerate(_dates16, start=1)]
add(name="b14_16", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 8, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left upper lobe", "body", None, 60, 8)],
    categories=cats(),
    notes="Hard negative: central LUL tumour abutting the proximal bronchial tree, 'risk-adapted' 60 Gy in 8 "
          "fractions (7.5 Gy/fx) on a TrueBeam; ARIA history printed landscape with 8 dated fractions, table "
          "over a page break. The plan says SBRT (5 fx) was considered and rejected for centrality; billed "
          "77373/77435 anyway -> both inconsistent (> 5 fractions).",
    docs=[Doc("b14_16.pdf", [[
        H1("Radiation Oncology - Treatment Plan Summary"),
        KeyValue([("Diagnosis", "C34.12 NSCLC LUL, cT2a N0, central (abuts LUL bronchus)"),
                  ("Planning", "RayStation, 2 VMAT arcs, 6 MV; 4DCT sim 09/24/2026; PET-CT 09/15/2026 fused"),
                  ("Immobilization", "Vac-Lok cushion, arms up, knee sponge"),
                  ("Rx", "PTV_LUL 60 Gy in 8 fractions (7.5 Gy/fx), daily")], value_x=100),
        P("Five-fraction SBRT (50 Gy/5) was considered but rejected given contact with the proximal bronchial "
          "tree (ultra-central). A risk-adapted eight-fraction course was chosen. Proximal bronchial tree Dmax "
          "58.4 Gy; esophagus Dmax 41.0 Gy; heart D15cc 22 Gy. Plan QA Octavius 98.7%."),
        sig("B. Lindenthal, MD 09/30/2026"),
    ], *continued("ARIA - Treatment History", ("Date", "Field", "Fx", "Dose/Fx", "Cum. Delivered", "Ref. Point", "Imaging"),
                  _rows16, 5, widths=[64, 70, 24, 56, 76, 70, 140]),
        [P("Course completed 10/14/2026: PTV_LUL 60.00 Gy in 8 fractions."),
         sig("B. Lindenthal, MD 10/15/2026")]],
        opts=dict(**band(_c, 16, "ARIA", "10/15/2026 08:40", "HGC-14016"), font="Helvetica", rotate={2: 90, 3: 90, 4: 90}))])

# b14_17 -- text: proton hypofractionated liver 5 fx, 77373 claimed -------------------------------------------------
add(name="b14_17", kind="ehr_text", codes=["77373", "77435"],
    facts=F("particle", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment IVa", "body", None, 40, 5)],
    categories=cats(),
    notes="Near-miss: pencil-beam proton therapy for a liver metastasis, 40 Gy(RBE) in 5 fractions, gold "
          "fiducials + vacuum bag. Protons fit none of the delivery codes (77373 inconsistent); 77435 consistent "
          "by the rules (1-5 fraction non-cranial course). A photon SBRT alternative plan was made for comparison only.",
    docs=[Doc("b14_17.txt", text=f"""
CASCADE PROTON CENTER                              Treatment Course Report (RayStation/MOSAIQ)
Patient {patient(17)}    MRN {mrn(17)}    Printed 11/27/2026 10:02    *SYN14017-PBS*
-------------------------------------------------------------------------------------------------
Diagnosis: colorectal adenocarcinoma, solitary liver metastasis segment IVa, 2.9 cm.
Simulation 10/14/2026: 4DCT 2 mm (exhale gating window 30-70%), vacuum bag + arms up;
MRI liver with gadoxetate 10/12/2026 registered to CT. 3 gold fiducials (1.0 x 3 mm)
placed 10/07/2026 for daily orthogonal kV alignment.

Plan comparison (for the record): photon SBRT VMAT plan 40 Gy/5 was computed as a backup;
NOT used. Treated with pencil-beam scanning protons, 2 fields (gantry 180/225), robust
optimized (+/-3 mm, +/-3.5%), single-field-uniform-dose.

Rx: CTV_IVa 40 Gy(RBE) in 5 fractions, 8 Gy(RBE)/fx.
    Liver minus GTV mean 8.1 Gy(RBE); stomach Dmax 22.9 Gy(RBE); heart Dmax 14 Gy(RBE).
    Patient-specific QA: MatriXX PT at 3 depths, gamma 3%/3 mm > 97%.

 Date        Fx  Dose/Fx      Cum. Delivered   Alignment
 10/26/2026  1   8 Gy(RBE)    8 Gy(RBE)        kV fiducials + CBCT, gated
 10/28/2026  2   8 Gy(RBE)    16 Gy(RBE)       kV fiducials + CBCT, gated
 10/30/2026  3   8 Gy(RBE)    24 Gy(RBE)       kV fiducials + CBCT, gated
 11/02/2026  4   8 Gy(RBE)    32 Gy(RBE)       kV fiducials + CBCT, gated
 11/04/2026  5   8 Gy(RBE)    40 Gy(RBE)       kV fiducials + CBCT, gated

Summary: liver segment IVa metastasis, proton therapy 40 Gy(RBE) in 5 fractions completed
11/04/2026. Fatigue grade 1. CT chest/abdomen/pelvis in 3 months.
    Signed: A. Rasmussen-Oduya, MD  11/05/2026
{FOOT}
""")])

# b14_18 -- pdf: frameless linac SRS single fraction claimed as 77373 + 61800 ------------------------------------
_c = "BRIARWOOD NEURO-ONCOLOGY"
add(name="b14_18", kind="pdf", codes=["77373", "77432", "61796", "61800"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left parietal", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Near-miss in codes: single-fraction frameless linac SRS (TrueBeam + ExacTrac, open-face mask) of one "
          "1.5 cm left parietal metastasis, 20 Gy. Claimed 77373 (should be 77372) and 61800 although the note "
          "says no head frame was used (the Gamma Knife frame option at a partner site was not pursued).",
    docs=[Doc("b14_18.pdf", [[
        H1("Cranial SRS - Plan and Treatment Record"),
        KeyValue([("Planning system", "Brainlab Elements Cranial SRS 4.0 (dynamic conformal arcs x 4)"),
                  ("Linac", "TrueBeam STx, 6X-FFF"), ("Treatment date", "11/23/2026"),
                  ("Immobilization", "open-face frameless mask; NO head frame"),
                  ("Images", "CT 11/16/2026 1 mm; MRI 11/13/2026 3D T1 + gad, fused")], value_x=110),
        RuledTable([("ROI", "Size", "Prescribed", "Isodose", "Coverage", "Dmax"),
                    ("PTV_LPar", "1.5 cm", "20 Gy x 1", "80%", "99.0%", "25.0 Gy")]),
        P("Option of frame-based Gamma Knife at the partner site (Leksell frame) was discussed and not pursued; "
          "patient preferred frameless linac SRS."),
        P("Delivery: ExacTrac 6D verification before each arc, residual < 0.7 mm / 0.5 deg; OSMS surface "
          "monitoring throughout. Independent MU check 1.2%. Brain V12 Gy 3.9 cc."),
        P("Summary: left parietal metastasis 20 Gy single fraction, 11/23/2026, tolerated well."),
        sig("F. Achebe-Lund, MD 11/23/2026"),
    ]], opts=dict(**band(_c, 18, "Elements", "11/24/2026 09:15", "BNO-14018"), font="Times-Roman"))])

# ==================================================================================================
# Self-contradicting
# ==================================================================================================

# b14_19 -- bundle: lung SBRT 12 Gy x 4; discharge summary says 54 Gy in 3 (CONTRADICTS) --------------------------
_c = "KINGSBRIDGE RADIATION ONCOLOGY"
add(name="b14_19", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 4, ["CT"], ["body_immobilization"]),
    lesions=[L("left lower lobe", "body", None, 48, 4)],
    contradiction="The hospital discharge summary says '54 Gy in 3 fractions', but the prescription "
                  "(48 Gy in 4, 12 Gy/fx) and the MOSAIQ history (four dated 12 Gy fractions) give 48 Gy in 4.",
    categories=cats(),
    notes="Plan report + MOSAIQ history + hospital discharge summary (admitted for COPD flare after fx 4). LLL "
          "NSCLC 48 Gy in 4; the discharge summary's 54 Gy/3 is a template error. Imaging: 4DCT only (no PET "
          "this course; PET from 2024 is historical). Vac-Lok.",
    docs=[
        Doc("1_plan.pdf", [[
            H1("Pinnacle3 - SBRT Plan Report: LLL"),
            KeyValue([("Rx", "PTV_LLL 48 Gy in 4 fractions (12 Gy/fx), 80% isodose"),
                      ("Machine", "Elekta Synergy, Agility, 6 MV FFF, 9 static fields"),
                      ("Sim", "4DCT 11/02/2026, Vac-Lok cushion, arms up; PET not repeated (PET-CT 2024, prior primary)"),
                      ("Dx", "C34.32 LLL NSCLC 2.1 cm, metachronous primary; prior RUL wedge 2024")], value_x=60),
            RuledTable([("ROI", "Prescribed", "Dose/Fx", "Fractions", "Coverage"),
                        ("PTV_LLL", "48.0 Gy", "12.0 Gy", "4", "V100 95.6%")]),
            P("Rib Dmax 45.9 Gy; cord 12.4 Gy. QA: MatriXX 98.4% (3%/3 mm)."),
            sig("L. Ashworth, MD 11/06/2026"),
        ]], opts=dict(**band(_c, 19, "Pinnacle", "11/06/2026 15:00", "KRO-14019-P"), font="Times-Roman")),
        Doc("2_mosaiq_history.pdf", [[
            H1("MOSAIQ - Treatment History"),
            RuledTable([("Date", "Site", "Fx", "Dose/Fx", "Cum. Delivered", "Ref. Point", "Verification"),
                        ("11/10/2026", "Lung LLL", "1", "1200 cGy", "1200 cGy", "PTV_LLL", "XVI CBCT (4D)"),
                        ("11/12/2026", "Lung LLL", "2", "1200 cGy", "2400 cGy", "PTV_LLL", "XVI CBCT (4D)"),
                        ("11/14/2026", "Lung LLL", "3", "1200 cGy", "3600 cGy", "PTV_LLL", "XVI CBCT (4D)"),
                        ("11/17/2026", "Lung LLL", "4", "1200 cGy", "4800 cGy", "PTV_LLL", "XVI CBCT (4D)")]),
            P("Course status: complete, 4/4 fractions."),
        ]], opts=dict(**band(_c, 19, "MOSAIQ", "11/18/2026 07:44", "KRO-14019-H"), font="Courier")),
        Doc("3_discharge_summary.txt", text=f"""
KINGSBRIDGE GENERAL HOSPITAL - DISCHARGE SUMMARY
{patient(19)}   MRN {mrn(19)}   Admit 11/18/2026  Discharge 11/21/2026

Reason for admission: COPD exacerbation.
Oncologic history: LLL NSCLC, completed stereotactic body radiotherapy 54 Gy in 3
fractions on 11/17/2026 (Dr Ashworth). No radiation pneumonitis suspected (too early).
Hospital course: nebulizers, prednisone 40 mg x 5 days, azithromycin. Discharged home.
Follow-up: CT chest 3 months; radiation oncology clinic 4 weeks.
   J. Pemberton, MD (Hospitalist)
{FOOT}
"""),
    ])

# b14_20 -- pdf: Gamma Knife vestibular schwannoma; procedure note says frame, summary template says mask --------
_c = "ALDER CREEK GAMMA KNIFE CENTER"
add(name="b14_20", kind="pdf", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right vestibular schwannoma", "cranial", C, 12, 1)],
    contradiction="The treatment summary template says 'thermoplastic mask immobilization', but the procedure "
                  "note documents a Leksell frame fixed with four pins, frame-coordinate checks and frame removal.",
    categories=cats(),
    notes="Procedure note (frame, 4 pins, stereotactic CT/MRI with indicator box) + a summary whose templated "
          "immobilization line says 'mask'. Right vestibular schwannoma (complex) 12 Gy at 50%, single session on "
          "Gamma Knife Icon used in frame mode; cochlea 4.1 Gy and max 24 Gy are not Rx.",
    docs=[Doc("b14_20.pdf", [[
        H1("Gamma Knife Procedure Note"),
        KeyValue([("Date", "11/12/2026"), ("Unit", "Leksell Gamma Knife Icon (frame-based workflow)"),
                  ("Neurosurgeon", "O. Varga, MD"), ("Radiation oncologist", "C. Duplessis, MD")]),
        P("Under local anesthesia the Leksell Vantage frame was applied with four pins. Stereotactic MRI (T1 post-gad "
          "3D, CISS 0.5 mm) and CT with the indicator box were obtained and co-registered in GammaPlan. The right "
          "vestibular schwannoma (Koos II, 1.7 cm) was contoured; 12 Gy prescribed to the 50% isodose (max 24 Gy), "
          "14 shots, coverage 97%. Right cochlea mean 4.1 Gy; brainstem Dmax 10.8 Gy; facial nerve noted."),
        P("Physics verified frame coordinates (two-person check) and shot times (independent check 0.9%). Treatment "
          "delivered in a single session, 68 min. The frame was removed and pin sites dressed."),
        sig("O. Varga, MD 11/12/2026; C. Duplessis, MD 11/12/2026"),
    ], [
        H1("Radiosurgery Treatment Summary"),
        KeyValue([("Diagnosis", "D33.3 right vestibular schwannoma"), ("Modality", "Gamma Knife (Co-60)"),
                  ("Immobilization", "thermoplastic mask immobilization"), ("Fractions", "1"),
                  ("Dose", "12 Gy to the 50% isodose line")]),
        P("Right vestibular schwannoma treated 11/12/2026 with 12 Gy in a single session. Hearing (Gardner-Robertson "
          "II) to be reassessed with audiogram at 6 months; MRI at 6 months."),
        sig("C. Duplessis, MD 11/16/2026"),
    ]], opts=dict(**band(_c, 20, "GammaPlan / ARIA", "11/16/2026 13:33", "ACG-14020"), font="Times-Roman"))])


CORPUS = Corpus("blind_corpus14", "tests/blind_corpus14", CHARTS, pdf_options={"footer": FOOT, "font": "Helvetica"},
                hand_written=["README.md", "FIRST_RUN.md"])
