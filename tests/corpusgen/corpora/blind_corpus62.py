"""Sixty-second blind corpus, ``tests/blind_corpus62/`` (regenerate: ``python scripts/make_corpus.py blind_corpus62``).

Twenty ordinary stereotactic courses (and three hard negatives) wrapped in the page furniture real clinic
documents carry: letterheads with a side column listing the department's staff, services and equipment
("Gamma radiosurgery · CyberKnife-type robotic radiosurgery · SBRT · HDR brachytherapy · MR-linac") on charts
that used one of them or none; running headers and footers (clinic name, CONFIDENTIAL, page X of Y,
printed-by and date, a patient banner with name, MRN and DOB on every page); stamps and watermarks (COPY,
DRAFT - NOT FOR CLINICAL USE on a superseded plan beside the final one, ENTERED IN ERROR); footnotes and
callout boxes; signature blocks with credentials; tables without rules aligned by spaces, a table whose header
row sits on the previous page, right-aligned number columns; a two-column page; a landscape page; side-by-side
text boxes that a text extractor reads line by line across both. One scanned page. Every clinic, clinician and
planning / record system is invented.

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code). Two charts contradict themselves (``review_expected``).
"""

# ruff: noqa: E501  (letters and exports are deliberately one long line per paragraph or record)

from __future__ import annotations

from itertools import zip_longest

from pdfmaker import ColumnBreak, KeyValue, Paragraph, RuledTable, Spacer, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ABERASH", "BARNABY", "CORDELIA", "DESMOND", "EUDORA", "FERGAL", "GWENLLIAN", "HORATIO", "IGNATIUS",
         "JASPER", "KESTREL", "LEOPOLD", "MARIGOLD", "NATHANIEL", "OSWALD", "PERPETUA", "QUENTIN", "ROSALIND",
         "SAFFRON", "THEODORA"]

SERVICES = "Gamma radiosurgery · CyberKnife-type robotic radiosurgery · SBRT · HDR brachytherapy · MR-linac"


def patient(n: int) -> str:
    return f"SIXTYTWOPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-620{n:02d}"


def pbanner(n: int, dob: str) -> str:
    return f"Patient: {patient(n)}    MRN: {mrn(n)}    DOB: {dob}"


def foot(printed: str, *extra: str) -> list[str]:
    return ["CONFIDENTIAL - contains protected health information. Do not forward.", *extra, printed, FOOT]


def side(column: list[str], body: list[str], split: float = 150) -> TextTable:
    """A letterhead's side column (staff, services, equipment) beside the letter body, row by row."""
    return TextTable([(a, b) for a, b in zip_longest(column, body, fillvalue="")], columns=(0, split), header=False)


def box(text: str, width: float = 500) -> RuledTable:
    """A callout box: one ruled cell."""
    return RuledTable([(text,)], widths=[width], header=False)


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# s62_01 -- bundle (3): cobalt-60 frame SRS of 4 metastases, one in the pons; side-column letterhead on all services --
_c = "HARROWGATE VALLEY NEUROSCIENCE & CANCER INSTITUTE"
_side = ["DEPARTMENT OF RADIATION ONCOLOGY\n& NEUROSURGERY",
         "Services\nGamma radiosurgery\nCyberKnife-type robotic radiosurgery\nSBRT\nHDR brachytherapy\nMR-linac\nProton referral",
         "Physicians\nR. Okonkwo-Blythe, MD\nS. Ferreira-Lind, MD, PhD\nT. Vasquez-Hale, MD (Neurosurgery)",
         "Physics\nM. Adeyemi, PhD, DABR\nJ. Castellane, MS, DABR",
         "Equipment\nCobalt-60 multi-source unit (192 sources)\nRobotic-arm mounted 6 MV linac\n2 x 6 MV FFF gantry linacs\n1.5 T MR-linac\nHDR afterloader"]
add(name="s62_01", kind="bundle", codes=["77371", "77432", "61798", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("pons metastasis", "cranial", C, 14, 1), L("right frontal metastasis", "cranial", S, 20, 1),
             L("left occipital metastasis", "cranial", S, 20, 1), L("right cerebellar metastasis", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Three documents on a letterhead whose side column lists every service and unit of the department "
          "(gamma, robotic, SBRT, HDR, MR-linac, proton referral): a frame application note, a cobalt-60 plan "
          "report whose dose table header sits at the foot of page 1 with the rows on page 2, and a treatment "
          "record stamped COPY. Four metastases in one session under a frame: pons 14 Gy (brainstem: complex), "
          "right frontal and left occipital 20 Gy, right cerebellar 18 Gy, all at the 50% isodose.",
    docs=[
        Doc("1_frame_note.txt", text=f"""
HARROWGATE VALLEY NEUROSCIENCE & CANCER INSTITUTE            Gamma radiosurgery | CyberKnife-type robotic radiosurgery | SBRT | HDR | MR-linac
Neurosurgery procedure note                                                                     Page 1 of 1
{pbanner(1, "03/22/1958")}
-------------------------------------------------------------------------------------------------------------
Date of service: 11/10/2026      Time: 07:25
Procedure: Application of stereotactic head frame for radiosurgery
Surgeon: Tomas Vasquez-Hale, MD

After time-out, the scalp was prepped at four pin sites and infiltrated with 1% lidocaine with bicarbonate
(20 mL total). The stereotactic frame was positioned slightly anterior to keep the posterior fossa in view and
secured with four pins. Frame fit checked with the fiducial box. No complications. Patient taken to MRI for
stereotactic imaging (T1 post-contrast 1 mm axial), then to CT (1 mm) for co-registration.

Tomas Vasquez-Hale, MD, FAANS          Electronically signed 11/10/2026 07:52
Printed by: mlopez   11/10/2026 16:40                                   CONFIDENTIAL
{FOOT}
"""),
        Doc("2_plan_report.pdf", [[
            H1("Radiosurgery Treatment Plan Report"),
            side(_side, [
                f"{patient(1)}\nMRN {mrn(1)}   DOB 03/22/1958\nAttending: R. Okonkwo-Blythe, MD",
                "Diagnosis: metastatic melanoma (BRAF V600E) to brain. MRI 11/02/2026: four enhancing lesions. KPS 80. On dabrafenib/trametinib, held 3 days around SRS.",
                "Unit: cobalt-60 multi-source radiosurgery unit, 192 sources, 4/8/16 mm collimators.\nPlanning system: ORRERY-GP 3.2 (invented).\nFixation: stereotactic head frame (4 pins), applied 11/10/2026.",
                "Imaging: stereotactic MRI T1+Gd 1 mm and stereotactic CT 1 mm, same day, fused; frame fiducials defined on both.",
                "Target delineation by R. Okonkwo-Blythe, MD; reviewed with T. Vasquez-Hale, MD. GTV = PTV (no margin).",
            ]),
            Spacer(40),
            H2("Prescription by target"),
            RuledTable([("Target", "Location", "Volume cc", "Max diam mm", "Rx dose", "Isodose", "Shots", "Coverage")],
                       widths=[50, 120, 60, 70, 55, 50, 40, 55]),
        ], [
            RuledTable([("T1", "pons (left paramedian)", "0.21", "7", "14 Gy", "50%", "4", "99%"),
                        ("T2", "right frontal", "0.98", "13", "20 Gy", "50%", "6", "98%"),
                        ("T3", "left occipital", "0.55", "10", "20 Gy", "50%", "5", "99%"),
                        ("T4", "right cerebellar", "2.40", "19", "18 Gy", "50%", "12", "98%")],
                       widths=[50, 120, 60, 70, 55, 50, 40, 55], header=False),
            P("Brainstem: T1 lies within the pons; dose limited to 14 Gy marginal. Brainstem (excluding T1) D0.1cc 11.8 Gy. Optic chiasm Dmax 2.1 Gy. Cochleae < 3 Gy. Normal brain V12 4.9 cc."),
            box("PHYSICS SECOND CHECK: independent dose calculation within 1.4% for all four targets. Frame coordinate check at the unit: pass (0.2 mm). Treatment time 71.5 min at current dose rate."),
            sig("Marguerite Adeyemi, PhD, DABR, Medical Physicist 11/10/2026 09:58"),
            sig("Rutendo Okonkwo-Blythe, MD, Radiation Oncology 11/10/2026 10:05"),
            sig("Tomas Vasquez-Hale, MD, FAANS, Neurosurgery 11/10/2026 10:07"),
        ]], opts=dict(header=[_c, SERVICES, pbanner(1, "03/22/1958")],
                      footer=foot("Printed by: mlopez on 11/10/2026 16:41"), page_numbers="Page {n} of {total}")),
        Doc("3_treatment_record.pdf", [[
            Paragraph("*** COPY ***   COPY   ***   COPY ***", bold=True),
            H1("Radiosurgery Treatment Record"),
            KeyValue([("Date", "11/10/2026"), ("Unit", "Cobalt-60 multi-source unit, room GK-1"),
                      ("Positioning", "Frame docked to couch adapter; coordinates verified by two therapists"),
                      ("Start / end", "10:38 / 11:57 (no interruption)")]),
            TextTable([("Target", "Location", "Marginal dose", "Isodose", "Status"),
                       ("T1", "Pons", "14 Gy", "50%", "Delivered"),
                       ("T2", "R frontal", "20 Gy", "50%", "Delivered"),
                       ("T3", "L occipital", "20 Gy", "50%", "Delivered"),
                       ("T4", "R cerebellar", "18 Gy", "50%", "Delivered")], columns=(0, 60, 170, 270, 340)),
            P("Frame removed 12:10, pin sites dressed, no bleeding. Discharged home with family at 13:30 on dexamethasone taper."),
            sig("Rutendo Okonkwo-Blythe, MD 11/10/2026 12:30"),
            P("COPY - original held in the radiosurgery record (TALLYRO, invented)"),
        ]], opts=dict(header=[_c, SERVICES, pbanner(1, "03/22/1958")],
                      footer=foot("Printed by: hbilling on 11/17/2026 08:02", "COPY"), page_numbers="Page {n} of {total}")),
    ])

# s62_02 -- pdf: linac single-isocentre SRS of 6 metastases in cGy; landscape page 2 with the dose table ---------------
_c = "PELL RIVER RADIATION ONCOLOGY ASSOCIATES"
add(name="s62_02", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 6, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("PTV_A left frontal", "cranial", S, 20, 1), L("PTV_B right frontal", "cranial", S, 20, 1),
             L("PTV_C left parietal", "cranial", S, 18, 1), L("PTV_D right occipital", "cranial", S, 18, 1),
             L("PTV_E left cerebellum", "cranial", S, 22, 1), L("PTV_F right temporal", "cranial", S, 16, 1)],
    categories=cats(),
    notes="Three-page single-isocentre linac SRS summary; page 2 is landscape (stored rotated) with the per-target "
          "table in cGy (2000/2000/1800/1800/2200/1600 cGy). Running header: clinic, services line and patient banner; "
          "footer CONFIDENTIAL + printed-by. Mask, CT + MRI, CBCT + surface guidance; six simple metastases.",
    docs=[Doc("s62_02.pdf", [[
        H1("Stereotactic Radiosurgery - Treatment Summary"),
        KeyValue([("Radiation oncologist", "Priya Ramanathan-Cole, MD"),
                  ("Physicist", "Oskar Lindgren-Bey, MS, DABR"),
                  ("Diagnosis", "Non-small cell lung cancer, adenocarcinoma, with 6 brain metastases (C79.31)"),
                  ("Treatment unit", "6 MV FFF gantry linac, 2.5 mm MLC, 6DoF couch"),
                  ("Immobilization", "Frameless thermoplastic SRS mask (open face) with surface monitoring"),
                  ("Simulation", "CT simulation 1 mm, 10/19/2026; fused with 3D T1 post-gadolinium MRI 10/18/2026"),
                  ("Planning", "Single isocenter, 5 non-coplanar VMAT arcs, WILLOWBEND TPS 7 (invented)"),
                  ("Treatment date", "10/26/2026, single fraction")]),
        P("Clinical: ECOG 1, intracranial progression on osimertinib with six new lesions, none larger than 1.9 cm, none within 5 mm of the optic apparatus or in the brainstem. Whole brain radiation was discussed and declined in favor of SRS."),
        P("Image guidance: CBCT before the first arc with 6DoF correction (0.9 mm, 0.6 deg) and a repeat CBCT at mid-treatment (0.3 mm). Surface monitoring throughout, no beam holds. Patient-specific QA (portal dosimetry) passed 99.1% at 2%/1 mm before delivery."),
        P("Table of targets on the following page (landscape)."),
    ], [
        H2("Target doses (cGy) - all delivered 10/26/2026"),
        RuledTable([("Target", "Location", "Max dim (cm)", "Vol (cc)", "Rx (cGy)", "Isodose", "V100%", "Dmax (cGy)", "CI", "Delivered"),
                    ("PTV_A", "L frontal", "1.2", "0.71", "2000", "80%", "99.2%", "2490", "1.14", "yes"),
                    ("PTV_B", "R frontal", "0.8", "0.30", "2000", "80%", "99.6%", "2480", "1.21", "yes"),
                    ("PTV_C", "L parietal", "1.6", "1.77", "1800", "80%", "98.9%", "2240", "1.10", "yes"),
                    ("PTV_D", "R occipital", "1.5", "1.52", "1800", "80%", "99.0%", "2250", "1.12", "yes"),
                    ("PTV_E", "L cerebellum", "0.6", "0.14", "2200", "80%", "100%", "2750", "1.30", "yes"),
                    ("PTV_F", "R temporal", "1.9", "3.02", "1600", "80%", "98.6%", "1990", "1.08", "yes")]),
        P("OAR: brainstem D0.03cc 812 cGy; chiasm Dmax 190 cGy; brain minus PTVs V12Gy 6.8 cc."),
    ], [
        H2("Course summary"),
        P("Six brain metastases treated in one session on 10/26/2026 as tabulated. Tolerated well, no acute events. Follow-up MRI in 8 weeks."),
        sig("Priya Ramanathan-Cole, MD, Radiation Oncology - 10/26/2026 15:12"),
        sig("Oskar Lindgren-Bey, MS, DABR, Medical Physics - 10/26/2026 15:20"),
    ]], opts=dict(header=[f"{_c}  ·  {SERVICES}", pbanner(2, "07/14/1961")],
                  footer=foot("Printed by ACORTEZ 10/27/2026 09:14 from RIVERNOTE EMR (invented)"),
                  page_numbers="Page {n} of {total}", rotate={2: 90}))])

# s62_03 -- bundle (2): post-op cavity FSRT 30 Gy/5 dictated + completion summary with footnotes ---------------------
_c = "ST. ANSELM MEDICAL CENTER - CANCER PAVILION"
add(name="s62_03", kind="bundle", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left parietal resection cavity", "cranial", S, 30, 5)],
    categories=cats(),
    notes="Dictated simulation / planning note with numbers in words (thirty Gy in five fractions of six Gy) and a "
          "completion summary PDF with footnote markers (dose convention, PTV margin) and a running header; "
          "post-operative 2.8 cm left parietal cavity (simple) on a 6 MV FFF gantry linac, mask, CT + MRI, daily CBCT.",
    docs=[
        Doc("1_dictated_planning_note.txt", text=f"""
ST. ANSELM MEDICAL CENTER - CANCER PAVILION - RADIATION ONCOLOGY
*** DICTATED - TRANSCRIBED ***     Job 55821-A     Dictated 11/03/2026 17:42   Transcribed 11/04/2026 08:10
{pbanner(3, "12/01/1969")}

SIMULATION AND PLANNING NOTE

This is Doctor Halvorsen-Mbeki dictating on Ms. Sixtytwopatient. She is status post gross total resection of a left
parietal metastasis from her breast primary on October the twelfth by Doctor Ashgrove. Today she underwent CT
simulation in the supine position with a thermoplastic SRS mask, one millimeter slices, and this was fused to her
post-operative MRI from November the second, T1 post contrast. The resection cavity measures two point eight
centimeters in greatest dimension and is well away from the optic apparatus and brainstem. I contoured the cavity
plus one millimeter, and a two millimeter PTV expansion. Plan is thirty Gray in five fractions of six Gray each,
prescribed to the eighty percent isodose line, volumetric arcs, to start next week, every other day. Cone beam CT
before every fraction. Questions answered. Comma, period, end of dictation.

D: Linnea Halvorsen-Mbeki, MD   T: kw   -- not yet signed --
Page 1 of 1   CONFIDENTIAL
{FOOT}
"""),
        Doc("2_completion_summary.pdf", [[
            H1("Radiation Therapy Completion Summary"),
            KeyValue([("Patient", patient(3)), ("MRN", mrn(3)), ("DOB", "12/01/1969"),
                      ("Site", "Left parietal resection cavity (post-op SRT)\u00b9"),
                      ("Modality / energy", "6 MV FFF photons, gantry linac, VMAT (2 arcs)"),
                      ("Treatment planning", "Plan in MERIDIAN-TPS 5 (invented)"),
                      ("Dose", "3000 cGy in 5 fractions (600 cGy/fx) to the 80% IDL\u00b2"),
                      ("Dates", "11/09/2026 - 11/17/2026"),
                      ("Elapsed days", "9"),
                      ("Image guidance", "CBCT each fraction, couch shifts applied, all < 1.5 mm")]),
            TextTable([("Fx", "Date", "Dose (cGy)", "Cumulative (cGy)"),
                       ("1", "11/09/2026", "600", "600"), ("2", "11/11/2026", "600", "1200"),
                       ("3", "11/13/2026", "600", "1800"), ("4", "11/16/2026", "600", "2400"),
                       ("5", "11/17/2026", "600", "3000")], columns=(0, 40, 160, 260)),
            P("Tolerance: mild fatigue, no headaches, no seizure activity. Keppra continued. MRI brain in 2 months; will share with Dr. Ashgrove."),
            sig("Linnea Halvorsen-Mbeki, MD, Radiation Oncology - signed 11/18/2026"),
            Spacer(20),
            P("\u00b9 Cavity 2.8 cm maximum dimension on post-operative MRI 11/02/2026; CTV = cavity + 1 mm; PTV = CTV + 2 mm."),
            P("\u00b2 Prescription isodose normalized so that 95% of the PTV receives 3000 cGy; Dmax 3710 cGy."),
        ]], opts=dict(header=[f"{_c}  |  Radiation Oncology", pbanner(3, "12/01/1969")],
                      footer=foot("Printed 11/18/2026 by DSEVERIN"), page_numbers="pg {n}/{total}")),
    ])

# s62_04 -- scan: cobalt-60 frame SRS for trigeminal neuralgia 80 Gy max; 61796 claimed (wrong) ------------------------
_c = "CAMBRIDGE HEIGHTS FUNCTIONAL NEUROSURGERY"
add(name="s62_04", kind="scan", codes=["77371", "77432", "61796", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve (root entry zone)", "cranial", C, 80, 1)],
    categories=cats(),
    notes="One scanned page (200 dpi, slightly crooked, speckled) of a radiosurgery procedure summary with a "
          "letterhead services line and patient banner: right trigeminal neuralgia treated on a cobalt-60 unit under a "
          "frame, one 4 mm shot, 80 Gy maximum dose to the 100% isodose (functional target: complex). The claimed "
          "61796 is wrong (61798).",
    docs=[Doc("s62_04.pdf", [[
        H1("Radiosurgery Procedure Summary - Functional"),
        KeyValue([("Patient", patient(4)), ("MRN", mrn(4)), ("DOB", "05/30/1949"),
                  ("Indication", "Right trigeminal neuralgia, V2-V3, refractory to carbamazepine and baclofen; not a surgical candidate (cardiac)"),
                  ("Date", "10/21/2026"),
                  ("Frame", "Stereotactic head frame applied under local anesthesia, 4 pins"),
                  ("Imaging", "Stereotactic MRI (3D CISS and T1 post-contrast) and stereotactic CT, fused"),
                  ("Unit", "Cobalt-60 multi-source radiosurgery unit"),
                  ("Planning", "GLADE-GP 2 (invented); single 4 mm isocenter, 2 sectors blocked"),
                  ("Target", "Right trigeminal nerve, 7 mm anterior to the root entry zone"),
                  ("Dose", "80 Gy maximum, prescribed to the 100% isodose; brainstem surface 20% isodose (16 Gy)")]),
        P("Frame coordinates verified at the couch by physics and therapy. Treatment time 48 minutes; delivered without interruption. Frame removed; sites hemostatic. Discharged same day."),
        sig("Warrick Oduya-Penn, MD, Neurosurgery, 10/21/2026"),
        sig("Celestine Abara, PhD, DABR, Medical Physics, 10/21/2026"),
    ]], opts=dict(header=[f"{_c}  ·  Gamma radiosurgery · SBRT · HDR brachytherapy", pbanner(4, "05/30/1949")],
                  footer=foot("Printed by JWELLS 10/22/2026 (scanned to chart 10/23/2026)"),
                  page_numbers="Page {n} of {total}", scan=True, scan_dpi=200, scan_skew=0.7, scan_noise=6.0))])

# s62_05 -- bundle (4): robotic-arm linac FSRT pituitary 25 Gy/5; DRAFT v1 21 Gy/3 superseded ------------------------
_c = "BRIARCLIFF CANCER & NEUROSCIENCE"
add(name="s62_05", kind="bundle", codes=["G0339", "G0340", "77435", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("residual pituitary macroadenoma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Four documents: consult on the side-column letterhead listing every service, a plan printout "
          "watermarked 'DRAFT - NOT FOR CLINICAL USE' (v1, 21 Gy in 3 fractions, superseded), the approved plan v2 "
          "(25 Gy in 5 fractions, 80% isodose) and the treatment record. Residual pituitary macroadenoma (complex), "
          "robotic-arm mounted 6 MV linac, mask, 6D skull tracking, CT + MRI. Only v2 was delivered.",
    docs=[
        Doc("1_consult.pdf", [[
            side(["BRIARCLIFF CANCER\n& NEUROSCIENCE", "Our services:\n" + SERVICES.replace(" · ", "\n"),
                  "Radiation Oncology\nDr. H. Achterberg\nDr. N. Salcedo-Wren\nDr. F. Moyo",
                  "Accredited by our\nstate society (invented)"], [
                f"CONSULTATION - {patient(5)}  MRN {mrn(5)}  DOB 09/09/1977",
                "Referred by Dr. Imre Kovacs-Dunne (neurosurgery) for residual non-functioning pituitary macroadenoma after transsphenoidal resection 2025, with growth of the right cavernous sinus component on MRI over 12 months. Visual fields full.",
                "Assessment: residual adenoma 1.9 x 1.4 cm abutting the right cavernous sinus, 3 mm below the chiasm. Given proximity to the chiasm, I recommend hypofractionated stereotactic radiosurgery in 5 fractions on our robotic unit.",
                "Plan: mask fabrication, thin-slice CT and MRI fusion, ophthalmology baseline. Consent signed.\n\nNiamh Salcedo-Wren, MD   10/02/2026",
            ])]], opts=dict(header=[pbanner(5, "09/09/1977")], footer=foot("Printed 10/02/2026 by NSW"))),
        Doc("2_plan_v1_DRAFT.pdf", [[
            Paragraph("DRAFT - NOT FOR CLINICAL USE  ·  DRAFT - NOT FOR CLINICAL USE  ·  DRAFT", bold=True),
            H1("Treatment Plan Report v1 (superseded)"),
            KeyValue([("Plan", "PIT_v1"), ("Status", "REJECTED 10/13/2026 - chiasm constraint not met; replan as 5 fx"),
                      ("Prescription", "2100 cGy in 3 fractions to 78% isodose"), ("Chiasm Dmax", "1840 cGy (limit 1700)")]),
        ]], opts=dict(header=["DRAFT - NOT FOR CLINICAL USE", pbanner(5, "09/09/1977")],
                      footer=foot("Printed 10/13/2026 by physics", "DRAFT"))),
        Doc("3_plan_v2_approved.pdf", [[
            H1("Treatment Plan Report v2 - APPROVED"),
            KeyValue([("Plan", "PIT_v2"), ("Unit", "Robotic-arm mounted 6 MV linac, variable-aperture collimator"),
                      ("Planning system", "SKYLARK-PLAN 4.0 (invented)"),
                      ("Imaging", "CT 1 mm (mask on) 10/06/2026 fused with MRI T1 post-contrast and CISS 10/05/2026"),
                      ("Immobilization", "Thermoplastic head mask"),
                      ("Tracking", "6D skull tracking with orthogonal kV imaging every 30-60 s"),
                      ("Target", "Residual pituitary macroadenoma, GTV 2.6 cc, PTV = GTV + 1 mm"),
                      ("Prescription", "2500 cGy in 5 fractions (500 cGy/fx) to the 80% isodose, 97.8% coverage"),
                      ("Beams", "164 non-isocentric beams, 71 nodes"),
                      ("Chiasm", "Dmax 2290 cGy / 5 fx (limit 2500)")]),
            P("Second calculation independent MU check: agree within 2.0%. End-to-end test for this path set passed."),
            sig("Farouk Moyo, PhD, DABR  10/14/2026"),
            sig("Niamh Salcedo-Wren, MD  10/14/2026"),
        ]], opts=dict(header=[_c, pbanner(5, "09/09/1977")], footer=foot("Printed 10/14/2026 by FMOYO"))),
        Doc("4_treatment_record.txt", text=f"""
BRIARCLIFF CANCER & NEUROSCIENCE -- TREATMENT RECORD (export, HALCYONE-RV invented)  printed 10/23/2026 14:02
{pbanner(5, "09/09/1977")}     Plan: PIT_v2    Rx 2500 cGy / 5 fx

Fx   Date         Dose(cGy)   Cum(cGy)   Tracking          Max corr (mm)   Therapists
 1   10/16/2026        500        500    6D skull, kV          0.6          AR/LT
 2   10/19/2026        500       1000    6D skull, kV          0.4          AR/LT
 3   10/20/2026        500       1500    6D skull, kV          0.7          LT/BK
 4   10/22/2026        500       2000    6D skull, kV          0.5          AR/BK
 5   10/23/2026        500       2500    6D skull, kV          0.3          AR/LT

Course completed as planned: 2500 cGy in 5 fractions to residual pituitary adenoma. -- N. Salcedo-Wren, MD
CONFIDENTIAL                                                                                         Page 1 of 1
{FOOT}
"""),
    ])

# s62_06 -- pdf (two-column page): linac SRS of 3 metastases, one 3.7 cm; 61799 claimed (wrong) --------------------------
_c = "LOWMOOR UNIVERSITY HOSPITAL - DIVISION OF RADIATION ONCOLOGY"
add(name="s62_06", kind="pdf", codes=["77372", "77432", "61798", "61797", "61799"],
    facts=F("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right temporal metastasis (3.7 cm)", "cranial", C, 15, 1), L("left frontal metastasis", "cranial", S, 20, 1),
             L("right cerebellar metastasis", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Newsletter-like two-column SRS summary with a services strip in the running header: single-fraction linac "
          "SRS of three metastases, the 3.7 cm right temporal lesion complex by size (15 Gy), two simple at 20 Gy; mask, "
          "CT + MRI, CBCT. 61799 claimed with only one complex lesion (wrong).",
    docs=[Doc("s62_06.pdf", [[
        H1("SRS Summary"),
        H2("Background"),
        P(f"{patient(6)} (MRN {mrn(6)}) is a 58-year-old man with renal cell carcinoma and three brain metastases on MRI 11/05/2026: right temporal 3.7 cm with edema, left frontal 1.0 cm and right cerebellar 0.8 cm. Resection of the temporal lesion was offered and declined."),
        H2("Simulation"),
        P("Thermoplastic frameless mask. CT simulation 1.25 mm on 11/09/2026; MRI T1 post-gadolinium 1 mm on 11/08/2026, registered in TAMARACK-RT (invented). Contours by Dr. Gwynedd-Ashe, approved 11/10/2026."),
        H2("Plan"),
        P("6 MV FFF gantry linac, two isocenters, dynamic conformal arcs (4 arcs per isocenter). Doses per RTOG 90-05 size strata: 15 Gy to the 3.7 cm lesion, 20 Gy to the other two, each to the 80% isodose."),
        ColumnBreak(),
        H2("Delivery 11/12/2026"),
        P("CBCT before each isocenter with 6DoF couch correction; all residuals under 1 mm. Physics QA: secondary MU check and patient-specific QA passed."),
        RuledTable([("Lesion", "Size", "Dose", "Fx"), ("R temporal", "3.7 cm", "15 Gy", "1"), ("L frontal", "1.0 cm", "20 Gy", "1"), ("R cerebellar", "0.8 cm", "20 Gy", "1")]),
        box("KEY POINT: the right temporal lesion exceeds 3.5 cm; the other two are small and far from the optic apparatus and brainstem.", 230),
        H2("Follow-up"),
        P("MRI at 6 weeks; steroid taper over 10 days."),
        sig("Bronwen Gwynedd-Ashe, MD, Attending Radiation Oncologist 11/12/2026"),
        sig("Ike Nwachukwu, MS, DABR 11/12/2026"),
    ]], opts=dict(header=[f"{_c}   |   {SERVICES}", pbanner(6, "02/17/1968")],
                  footer=foot("Printed by CALLISTER 11/13/2026 07:55"), two_columns=True))])

# s62_07 -- bundle (2): cobalt-60 frame SRS vestibular schwannoma 12 Gy; ENTERED IN ERROR entry of 13 Gy --------------
_c = "MERCER LAKE NEUROLOGICAL INSTITUTE"
add(name="s62_07", kind="bundle", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    notes="Two documents: a radiosurgery summary with a callout box and footnotes, and a nursing flowsheet in which "
          "an entry 'marginal dose 13 Gy' is struck ENTERED IN ERROR and corrected to 12 Gy. Left vestibular "
          "schwannoma (complex), cobalt-60 unit, frame, CT + MRI, 12 Gy to the 50% isodose.",
    docs=[
        Doc("1_radiosurgery_summary.pdf", [[
            H1("Gamma Radiosurgery Summary"),
            KeyValue([("Patient / MRN", f"{patient(7)} / {mrn(7)}"), ("Date of procedure", "11/05/2026"),
                      ("Diagnosis", "Left vestibular schwannoma, Koos II, 1.6 cm (D33.3)"),
                      ("Neurosurgeon", "Ansel Thorburn-Diaz, MD"), ("Radiation oncologist", "Mei-Ling Otieno, MD"),
                      ("Physicist", "Gareth Pryce-Oyelaran, PhD")]),
            box("DOSE AT A GLANCE:  12 Gy marginal to the 50% isodose*   |   Cochlea mean 3.9 Gy   |   Brainstem max 11.2 Gy"),
            P("Frame placement: stereotactic frame applied under local anesthetic with 4 pins at 07:15. Imaging: stereotactic MRI (T1 post-contrast and T2 CISS, 1 mm) and stereotactic CT for distortion correction, co-registered. Planning in SEDGEWICK-GP (invented): 14 shots of 4 and 8 mm, conformity 0.92."),
            P("Delivery on the cobalt-60 multi-source unit after frame coordinate verification; treatment time 54 min. No complications. Frame removed, discharged with her husband."),
            sig("Ansel Thorburn-Diaz, MD, FAANS  11/05/2026"),
            sig("Mei-Ling Otieno, MD  11/05/2026"),
            sig("Gareth Pryce-Oyelaran, PhD, DABR  11/05/2026"),
            P("* Marginal dose per institutional hearing-preservation protocol (12 Gy); 13 Gy was considered at consult but not used."),
            P("\u2020 Audiogram 10/20/2026: PTA 32 dB, SDS 88% (GR class I)."),
        ]], opts=dict(header=[f"{_c}  ·  Gamma radiosurgery  ·  SBRT  ·  Brachytherapy", pbanner(7, "08/03/1963")],
                      footer=foot("Printed by KOSEI 11/06/2026"), page_numbers="Page {n} of {total}")),
        Doc("2_nursing_flowsheet.txt", text=f"""
MERCER LAKE NEUROLOGICAL INSTITUTE -- Radiosurgery nursing flowsheet                      Page 1 of 1
{pbanner(7, "08/03/1963")}        Date: 11/05/2026

Time    Entry                                                              By
06:50   Arrived, NPO since midnight, consent verified                      RN K. Osei
07:15   Frame applied (Dr Thorburn-Diaz), pin sites clean                  RN K. Osei
09:40   Plan approved. Marginal dose 13 Gy   *** ENTERED IN ERROR 11/05/2026 10:02 K.Osei - wrong value ***
10:02   Correction: plan approved, marginal dose 12 Gy at 50% isodose     RN K. Osei
10:20   Treatment started                                                  RN K. Osei
11:14   Treatment completed, no nausea                                     RN K. Osei
11:30   Frame removed, pressure dressing, VSS                              RN K. Osei

CONFIDENTIAL   printed 11/06/2026 by KOSEI
{FOOT}
"""),
    ])

# s62_08 -- pdf: linac 3-fraction SRS of 2 metastases (one 4 mm from chiasm); side-by-side text boxes; no IGRT/QA stated --
_c = "DUNMORE REGIONAL CANCER CARE"
add(name="s62_08", kind="pdf", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 2, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal metastasis (3.2 cm)", "cranial", S, 27, 3), L("suprasellar metastasis", "cranial", C, 24, 3)],
    categories=cats(delivery_verification=False),
    notes="Plan and treatment summary laid out as two side-by-side text boxes (Prescription | Delivery) that an "
          "extractor reads across both, line by line. Three-fraction linac SRS: left frontal 3.2 cm (simple, 27 Gy) "
          "and suprasellar lesion 4 mm from the chiasm (complex, 24 Gy); mask, CT + MRI. No image guidance, physics "
          "check or QA is written anywhere: delivery verification unmet. 77372/77432 claimed on a 3-fraction course (wrong).",
    docs=[Doc("s62_08.pdf", [[
        H1("Hypofractionated SRS - Plan & Treatment Summary"),
        P(f"{patient(8)}   ·   {mrn(8)}   ·   DOB 04/11/1955   ·   Attending: Cyrus Amankwah-Reid, MD"),
        P("Lung adenocarcinoma (EGFR exon 19) with two brain metastases on MRI 10/01/2026. Simulation 10/06/2026: thermoplastic mask, CT 1 mm fused with MRI T1 post-contrast 1 mm (10/05/2026). Contours and plan in BRACKENRIDGE TPS (invented), 6 MV FFF gantry linac, 4 VMAT arcs, single isocenter."),
        TextTable([("PRESCRIPTION", "DELIVERY"),
                   ("Lesion 1: left frontal, 3.2 cm. 2700 cGy in 3 fractions of 900 cGy, 80% isodose line.",
                    "Fraction 1: 10/12/2026. Both lesions treated."),
                   ("Lesion 2: suprasellar, 1.1 cm, 4 mm from the optic chiasm. 2400 cGy in 3 fractions of 800 cGy, 80% isodose line; chiasm Dmax 1720 cGy.",
                    "Fraction 2: 10/14/2026. Both lesions treated."),
                   ("Constraints: brainstem D0.03cc < 2300 cGy (achieved 1510); brain V18 < 30 cc (achieved 14.2 cc).",
                    "Fraction 3: 10/16/2026. Course complete: left frontal 27 Gy, suprasellar 24 Gy, 3 fractions each.")],
                  columns=(0, 260)),
        P("No acute toxicity. Vision unchanged at completion. MRI in 2 months; ophthalmology to repeat visual fields."),
        sig("Cyrus Amankwah-Reid, MD, Radiation Oncology  10/16/2026"),
    ]], opts=dict(header=[f"{_c}   Radiation Oncology · SBRT · Radiosurgery · HDR", pbanner(8, "04/11/1955")],
                  footer=foot("Printed by TFINCH 10/19/2026 11:31"), page_numbers="Page {n} of {total}"))])


# ==================================================================================================
# Spine
# ==================================================================================================

# s62_09 -- bundle (2): T9 SBRT 24 Gy/2 on gantry linac; side-column plan + right-aligned record export ----------------
_c = "GREYSTONE ONCOLOGY PARTNERS"
_side9 = ["GREYSTONE\nONCOLOGY\nPARTNERS", "Radiation Oncology\nE. Dunleavy, MD\nK. Haverford, MD\nA. Mbatha, MD",
          "Medical Physics\nL. Quist, PhD\nR. Teo, MS", "Technology\n" + SERVICES.replace(" · ", "\n"),
          "Locations\nGreystone Main\nRiverside Annex"]
add(name="s62_09", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T9 vertebral body metastasis", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Plan summary on a side-column letterhead (staff, every technology incl. gamma, robotic, HDR, MR-linac, "
          "locations) and a record-and-verify export with space-aligned, right-aligned number columns in cGy. T9 "
          "metastasis 24 Gy in 2 fractions on a 6 MV FFF gantry linac, vacuum cushion, CT + MRI, CBCT each fraction.",
    docs=[
        Doc("1_plan_summary.pdf", [[
            H1("Spine SBRT Plan Summary"),
            side(_side9, [
                f"{patient(9)}   MRN {mrn(9)}   DOB 01/25/1952",
                "Diagnosis: prostate adenocarcinoma, oligoprogressive T9 vertebral body metastasis (Bilsky 1a), no prior radiation to the spine. Pain 4/10.",
                "Simulation 10/28/2026: supine, full-length vacuum cushion with arms up, CT 1 mm; MRI thoracic spine T1/T2 and post-contrast 10/27/2026, fused.",
                "Targets: GTV T9 body and right pedicle; CTV per consensus (sectors 1, 2, 3); PTV = CTV + 2 mm, cropped from the cord PRV.",
                "Prescription: 24 Gy in 2 fractions (12 Gy/fx) to cover 90% of the PTV. Plan in OSPREY-TPS 6 (invented), 2 VMAT arcs, 6 MV FFF.",
                "Cord PRV Dmax 16.4 Gy / 2 fx (limit 17). Esophagus D2cc 11.8 Gy. Patient-specific QA passed 98.7% (3%/2 mm).",
            ]),
            sig("Eamon Dunleavy, MD  10/30/2026"),
            sig("Lisbet Quist, PhD, DABR  10/30/2026"),
        ]], opts=dict(header=[_c, pbanner(9, "01/25/1952")], footer=foot("Printed by RTEO 10/30/2026"))),
        Doc("2_treatment_record_export.txt", text=f"""
GREYSTONE ONCOLOGY PARTNERS        TREATMENT RECORD SUMMARY        Record system: KESWICK-RV 9 (invented)
{pbanner(9, "01/25/1952")}
Course: C1 SPINE_T9     Plan: T9_SBRT_2fx     Rx: 2400 cGy / 2 fx     Unit: LINAC-2 (6 MV FFF)

                     Fx      Date        Fx dose    Cumulative     Planned    MU     Imaging
  Field group                              (cGy)         (cGy)       (cGy)
  T9 arcs 1+2         1   11/02/2026        1200          1200        2400   3184    CBCT  0.8 mm / 0.4 deg
  T9 arcs 1+2         2   11/04/2026        1200          2400        2400   3184    CBCT  0.5 mm / 0.2 deg
                                         -------       -------
  Total                                     2400          2400

Status: COMPLETE     Reference point T9_PTV: 2400 cGy of 2400 cGy
Approved: E. Dunleavy, MD 11/04/2026 16:10
Printed by: RTEO   11/05/2026 07:48                 CONFIDENTIAL                    Page 1 of 1
{FOOT}
"""),
    ])

# s62_10 -- pdf: robotic-arm linac single-fraction SBRT L2 + S1; the dose table header sits on the previous page ---------
_c = "SOUTHWARD BAY RADIOSURGERY CENTER"
add(name="s62_10", kind="pdf", codes=["G0339", "77435", "63620", "63621"],
    facts=F("robotic_linac", ["spinal"], 2, 1, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L2 vertebral metastasis", "spinal", None, 16, 1), L("S1 metastasis", "spinal", None, 16, 1)],
    categories=cats(),
    notes="Two-page spine radiosurgery report whose per-level dose table has its header row at the foot of page 1 "
          "and its rows at the top of page 2; running header with services and patient banner, page X of Y. L2 and "
          "S1 metastases 16 Gy each in one fraction on a robotic-arm mounted linac, vacuum cushion, spine tracking, "
          "CT + MRI.",
    docs=[Doc("s62_10.pdf", [[
        H1("Spinal Radiosurgery Report"),
        KeyValue([("Patient", patient(10)), ("MRN", mrn(10)), ("DOB", "06/06/1966"),
                  ("Attending", "Odalys Bergstrom-Nkemelu, MD"), ("Neurosurgery", "Hadrian Vos, MD"),
                  ("Diagnosis", "Renal cell carcinoma with painful L2 and S1 metastases, no epidural compression"),
                  ("Unit", "Robotic-arm mounted 6 MV linac, fixed circular collimators"),
                  ("Immobilization", "Vacuum cushion, supine, knee sponge"),
                  ("Tracking", "Fiducial-free spine tracking with paired kV images every 45 s"),
                  ("Imaging", "CT simulation 1 mm 11/16/2026; MRI lumbosacral spine T1/T2/STIR 11/14/2026, fused"),
                  ("Planning", "SANDPIPER-PLAN 3 (invented), 212 non-isocentric beams"),
                  ("Treatment date", "11/20/2026 (single fraction)")]),
        P("Radioresistant histology; single-fraction radiosurgery chosen over conventional palliative radiation. Cauda equina Dmax 14.1 Gy (limit 16). Secondary MU check and delivery QA passed."),
        Spacer(190),
        H2("Dose per level"),
        RuledTable([("Level", "GTV (cc)", "PTV (cc)", "Rx dose", "Isodose", "Coverage", "Delivered")],
                   widths=[70, 60, 60, 80, 60, 70, 100]),
    ], [
        RuledTable([("L2", "14.2", "22.9", "16 Gy", "75%", "91.4%", "16 Gy / 1 fx"),
                    ("S1", "9.8", "17.1", "16 Gy", "77%", "90.2%", "16 Gy / 1 fx")],
                   widths=[70, 60, 60, 80, 60, 70, 100], header=False),
        P("Both levels treated in one session on 11/20/2026, 88 minutes, no tracking faults. Pain flare prophylaxis: dexamethasone 4 mg x 3 days."),
        sig("Odalys Bergstrom-Nkemelu, MD, Radiation Oncology  11/20/2026"),
        sig("Hadrian Vos, MD, Neurological Surgery  11/20/2026"),
    ]], opts=dict(header=[f"{_c}  —  Robotic radiosurgery · Gamma radiosurgery · SBRT · HDR brachytherapy", pbanner(10, "06/06/1966")],
                  footer=foot("Printed by NVANCE 11/21/2026 10:03"), page_numbers="Page {n} of {total}"))])

# s62_11 -- bundle (3): C5 SBRT 30 Gy/5 with mask; a fraction row ENTERED IN ERROR; 63621 claimed (wrong) -----------
_c = "THISTLEWOOD HEALTH - RADIATION ONCOLOGY"
add(name="s62_11", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("C5 vertebral metastasis", "spinal", None, 30, 5)],
    categories=cats(),
    notes="Consult, plan approval page and a treatment record in which one fraction row was charted on the wrong "
          "date and marked ENTERED IN ERROR (the re-entered row follows), so five fractions, not six. C5 metastasis "
          "30 Gy in 5 fractions on a gantry linac, head-neck-shoulder mask, CT + MRI, CBCT daily. 63621 claimed for a "
          "single level (wrong).",
    docs=[
        Doc("1_consult.txt", text=f"""
THISTLEWOOD HEALTH - RADIATION ONCOLOGY CONSULTATION
{pbanner(11, "10/10/1959")}                 Date: 10/08/2026
Referring: Dr. Ines Carvalho-Pratt (medical oncology)

HPI: 67F with metastatic thyroid carcinoma (follicular), radioiodine-refractory, with a painful C5 vertebral body
lesion, no cord compression on MRI 10/01/2026 (Bilsky 1b). Prior neck RT none. Pain controlled with oxycodone.
ASSESSMENT/PLAN: Stereotactic body radiation to C5, 30 Gy in 5 fractions. Head-neck-shoulder thermoplastic mask,
CT simulation with MRI fusion. Discussed dysphagia and vertebral compression fracture risk; consent obtained.

Matthias Oyelowo-Grant, MD, Radiation Oncology        e-signed 10/08/2026 15:20
CONFIDENTIAL - Page 1 of 1 - printed 10/09/2026 by MOG
{FOOT}
"""),
        Doc("2_plan_approval.pdf", [[
            H1("Plan Approval - SBRT C-spine"),
            KeyValue([("Target", "C5 vertebral body and left pedicle; PTV = CTV + 2 mm"),
                      ("Rx", "3000 cGy / 5 fx, 600 cGy per fraction, prescribed to the 80% isodose"),
                      ("Technique", "6 MV FFF gantry linac, 3 VMAT arcs, plan in FENWICK-TPS 11 (invented)"),
                      ("Simulation", "CT 1 mm in 5-point thermoplastic mask 10/13/2026; MRI C-spine fused"),
                      ("Cord", "Dmax 2480 cGy (limit 3000 / 5 fx)"), ("Pharynx/esophagus", "D5cc 2230 cGy"),
                      ("QA", "Patient-specific QA 99.3% (2%/2 mm); second check agree 1.1%")]),
            sig("Matthias Oyelowo-Grant, MD 10/16/2026"),
            sig("Philippa Njoroge, MS, DABR 10/16/2026"),
        ]], opts=dict(header=[_c, pbanner(11, "10/10/1959")], footer=foot("Printed by PNJ 10/16/2026"),
                      page_numbers="Page {n} of {total}")),
        Doc("3_treatment_record.pdf", [[
            H1("Treatment Record - C5 SBRT"),
            RuledTable([("#", "Date", "Dose (cGy)", "Cum (cGy)", "IGRT", "Initials"),
                        ("1", "10/19/2026", "600", "600", "CBCT", "JL/PS"),
                        ("2", "10/21/2026", "600", "1200", "CBCT", "JL/PS"),
                        ("3", "10/22/2026", "600", "1800", "CBCT  ENTERED IN ERROR - wrong date", "JL"),
                        ("3", "10/23/2026", "600", "1800", "CBCT", "JL/PS"),
                        ("4", "10/26/2026", "600", "2400", "CBCT", "PS/RA"),
                        ("5", "10/28/2026", "600", "3000", "CBCT", "JL/RA")]),
            P("Completed 3000 cGy in 5 fractions to C5. Row 3 of 10/22 voided: the patient was not treated that day (charted in advance in error)."),
            sig("Matthias Oyelowo-Grant, MD 10/28/2026"),
        ]], opts=dict(header=[_c, pbanner(11, "10/10/1959")], footer=foot("Printed by BILLING 11/02/2026"),
                      page_numbers="Page {n} of {total}")),
    ])

# s62_12 -- pdf: dictated discharge-style summary, T12 post-op SBRT 27 Gy/3; header box says 24 Gy (contradiction) -------
_c = "OAKHAVEN COMMUNITY HOSPITAL CANCER CENTER"
add(name="s62_12", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T12 post-operative metastasis", "spinal", None, 27, 3)],
    categories=cats(),
    contradiction="The summary box at the top gives 24 Gy in 3 fractions, while the dictated narrative and the fraction table give 27 Gy (3 x 9 Gy).",
    notes="Dictated end-of-treatment summary with a summary box at the top and a fraction table: post-operative "
          "T12 SBRT after separation surgery, nine Gy times three (27 Gy), gantry linac, vacuum bag + wingboard, "
          "CT (with myelogram) + MRI, CBCT each day. The box says 24 Gy (contradiction; gold follows the record).",
    docs=[Doc("s62_12.pdf", [[
        H1("End of Treatment Summary"),
        box("Site: T12 (post-op)   |   Dose: 24 Gy / 3 fx   |   Dates 11/02-11/06/2026   |   Intent: palliative-ablative"),
        P("Dictated by Dr. Beatrix Lindqvist-Addo on November the sixth, twenty twenty-six. This sixty-one year old gentleman with metastatic melanoma underwent T11 to L1 posterior instrumentation and separation surgery at T12 by Dr. Farrow on October the ninth. He was then simulated on October the twenty-second in a vacuum immobilization bag with a wingboard, with a CT myelogram at one millimeter, fused with his post-operative MRI of the thoracolumbar spine."),
        P("The CTV covered the T12 vertebral body and the epidural space per postoperative consensus, with a two millimeter PTV. We prescribed twenty-seven Gray in three fractions of nine Gray to the eighty percent isodose, planned with three VMAT arcs on a six MV flattening-filter-free linac in the HARTWELL planning system (invented). Cord Dmax was nineteen point eight Gray. Physics performed patient-specific QA which passed."),
        P("He was treated on November second, fourth and sixth with cone-beam CT before every fraction and six-degree couch correction. He tolerated it well with grade one fatigue only. He will follow up with an MRI in three months."),
        RuledTable([("Fx", "Date", "Dose", "Cumulative"), ("1", "11/02/2026", "900 cGy", "900 cGy"),
                    ("2", "11/04/2026", "900 cGy", "1800 cGy"), ("3", "11/06/2026", "900 cGy", "2700 cGy")]),
        sig("Beatrix Lindqvist-Addo, MD, Radiation Oncology. Dictated 11/06/2026, signed 11/09/2026"),
    ]], opts=dict(header=[f"{_c} · SBRT · Radiosurgery · HDR brachytherapy · Infusion", pbanner(12, "08/18/1965")],
                  footer=foot("Printed by HIM-ROI 11/10/2026 for release of information"), page_numbers="Page {n} of {total}"))])


# ==================================================================================================
# Body
# ==================================================================================================

# s62_13 -- bundle (2): lung RUL 54 Gy/3, 4DCT + PET, body frame; side-column letterhead --------------------------------
_c = "CALDER RIDGE CANCER INSTITUTE"
_side13 = ["CALDER RIDGE\nCANCER INSTITUTE", "Radiation Oncology\nG. Whitcombe-Ade, MD\nP. Lanza, MD\nY. Tanaka-Oduro, MD",
           "Physics & Dosimetry\nD. Farkas, PhD\nS. Ibe, CMD", "We offer:\n" + SERVICES.replace(" · ", "\n"),
           "Tel (555) 010-6200\nFax (555) 010-6201"]
add(name="s62_13", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe NSCLC", "body", None, 54, 3)],
    categories=cats(),
    notes="Two letters on a side-column letterhead (staff, every service including gamma, robotic, HDR, MR-linac): "
          "a simulation/plan letter and an end-of-treatment letter. Peripheral RUL NSCLC 54 Gy in 3 fractions "
          "(1800 cGy) on a gantry linac, staging PET-CT and 4DCT, stereotactic body frame with abdominal compression, "
          "CBCT each fraction.",
    docs=[
        Doc("1_plan_letter.pdf", [[
            side(_side13, [
                "October 20, 2026\n\nDr. Lorcan Abernethy-Sule, Pulmonology",
                f"RE: {patient(13)}   MRN {mrn(13)}   DOB 11/02/1946",
                "Dear Dr. Abernethy-Sule, thank you for referring this 80-year-old woman with a biopsy-proven 2.1 cm peripheral right upper lobe adenocarcinoma, cT1cN0, staged by PET-CT on 09/30/2026 (SUV 7.4, no nodal uptake), who is not a surgical candidate (FEV1 38%).",
                "She was simulated on 10/15/2026 in a stereotactic body frame with abdominal compression; a 4D CT was acquired and an ITV built from all phases. We will treat 54 Gy in 3 fractions (1800 cGy each) to the PTV (ITV + 5 mm), 95% coverage, with 2 non-coplanar VMAT arcs on a 6 MV FFF linac, planned in CORMORANT-TPS (invented). Chest wall V30 21 cc; lung V20 4.1%.",
                "Sincerely,\nGideon Whitcombe-Ade, MD",
            ])]], opts=dict(header=[pbanner(13, "11/02/1946")], footer=foot("Printed 10/20/2026 by LINDA.R"),
                            page_numbers="Page {n} of {total}")),
        Doc("2_completion_letter.pdf", [[
            side(_side13, [
                "November 4, 2026\n\nDr. Lorcan Abernethy-Sule",
                f"RE: {patient(13)}   MRN {mrn(13)}",
                "Ms. Sixtytwopatient completed SBRT to the right upper lobe on 11/03/2026: 5400 cGy in 3 fractions (10/27, 10/30, 11/03). Each fraction was preceded by cone-beam CT matched to the ITV and approved by me before beam-on. Physics weekly chart check and pre-treatment QA were completed.",
                "She had mild fatigue and no cough or chest pain. CT chest in 3 months. Thank you for this referral.",
                "Sincerely,\nGideon Whitcombe-Ade, MD\nBoard Certified, Radiation Oncology",
            ])]], opts=dict(header=[pbanner(13, "11/02/1946")], footer=foot("Printed 11/04/2026 by LINDA.R"),
                            page_numbers="Page {n} of {total}")),
    ])

# s62_14 -- pdf: MR-linac liver SBRT 50 Gy/5; multi-page running furniture; G0339 claimed on a gantry unit (wrong) ------
_c = "NORTHGATE ADAPTIVE RADIOTHERAPY CENTER"
add(name="s62_14", kind="pdf", codes=["77373", "77435", "G0339"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("liver segment VII HCC", "body", None, 50, 5)],
    categories=cats(),
    notes="Three-page adaptive MR-linac course report with heavy running furniture (clinic + services, CONFIDENTIAL, "
          "printed-by, page X of Y, patient banner) and a fraction table whose header ends page 2 with the rows on page 3. "
          "Segment VII HCC 50 Gy in 5 fractions on a 1.5 T MR-linac, vacuum cushion, CT + MRI, adapt per fraction. "
          "G0339 is for robotic linacs only (wrong).",
    docs=[Doc("s62_14.pdf", [[
        H1("MR-guided Adaptive SBRT - Course Report"),
        KeyValue([("Patient", patient(14)), ("MRN", mrn(14)), ("DOB", "03/03/1957"),
                  ("Diagnosis", "Hepatocellular carcinoma, segment VII, 3.4 cm, Child-Pugh A5, after incomplete TACE (08/2026)"),
                  ("Treatment unit", "1.5 T MR-linac, 7 MV FFF"),
                  ("Immobilization", "Vacuum cushion with arms on chest, knee wedge"),
                  ("Planning imaging", "Planning CT 2 mm (electron density) 10/05/2026; planning MRI on the MR-linac (T2, 3D) 10/05/2026 and diagnostic gadoxetate MRI 09/20/2026"),
                  ("Planning system", "PETREL-ADAPT 2 (invented); 11-field step-and-shoot IMRT"),
                  ("Prescription", "50 Gy in 5 fractions (10 Gy/fx), PTV D95 >= 100%"),
                  ("Motion management", "Cine-MRI gating on the tumor, 3 mm boundary, exhale breath-hold")]),
        P("Rationale: residual arterial enhancement after TACE; radiofrequency ablation not feasible (subcapsular, near the IVC). Tumor board 09/24/2026 recommended SBRT."),
    ], [
        H2("Organs at risk (reference plan)"),
        TextTable([("Structure", "Metric", "Value", "Constraint"), ("Liver - GTV", "Mean", "11.2 Gy", "< 15 Gy"),
                   ("Liver - GTV", "V700cc spared < 15 Gy", "yes", "yes"), ("Duodenum", "D0.5cc", "21.4 Gy", "< 30 Gy"),
                   ("Right kidney", "V10", "8%", "< 33%"), ("Spinal cord", "Dmax", "9.1 Gy", "< 28 Gy")],
                  columns=(0, 130, 270, 360)),
        P("Each fraction: MRI of the day, adapt-to-shape re-optimisation when the GTV/OAR anatomy changed, online QA by secondary calculation, physician approval, then gated delivery."),
        Spacer(360),
        H2("Fraction log"),
        RuledTable([("Fx", "Date", "Adaptation", "Dose (Gy)", "Beam-on (min)", "Approved by")], widths=[40, 80, 120, 70, 90, 100]),
    ], [
        RuledTable([("1", "10/13/2026", "adapt to shape", "10", "14.2", "F. Quarshie-Holm, MD"),
                    ("2", "10/15/2026", "adapt to position", "10", "12.9", "F. Quarshie-Holm, MD"),
                    ("3", "10/17/2026", "adapt to shape", "10", "15.0", "R. Mistry, MD"),
                    ("4", "10/20/2026", "adapt to shape", "10", "13.8", "F. Quarshie-Holm, MD"),
                    ("5", "10/22/2026", "adapt to position", "10", "12.7", "F. Quarshie-Holm, MD")],
                   widths=[40, 80, 120, 70, 90, 100], header=False),
        P("Total delivered: 50 Gy in 5 fractions to the segment VII HCC. No GI toxicity. AFP and MRI liver at 6 weeks."),
        sig("Fenella Quarshie-Holm, MD, Radiation Oncology 10/22/2026"),
        sig("Anton Brekke, PhD, DABR, MR-linac Physics 10/22/2026"),
    ]], opts=dict(header=[f"{_c} · {SERVICES}", pbanner(14, "03/03/1957")],
                  footer=foot("Printed by SYSTEM (batch) 10/23/2026 02:00"), page_numbers="Page {n} of {total}"))])

# s62_15 -- bundle (3): prostate SBRT on robotic-arm linac 36.25 Gy/5 with fiducials; COPY-stamped summary --------------
_c = "WESTBROOK UROLOGIC ONCOLOGY & RADIOSURGERY"
add(name="s62_15", kind="bundle", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Three documents: a urology fiducial placement note (text), a robotic plan summary with right-aligned cGy "
          "columns in a ruled-less table, and a treatment summary stamped COPY with a footnote. Favorable "
          "intermediate-risk prostate cancer 3625 cGy in 5 fractions on a robotic-arm mounted linac, four gold "
          "fiducials tracked, CT + MRI.",
    docs=[
        Doc("1_fiducial_note.txt", text=f"""
WESTBROOK UROLOGIC ONCOLOGY & RADIOSURGERY -- PROCEDURE NOTE
{pbanner(15, "02/14/1954")}        Date of service: 09/22/2026
Procedure: transrectal ultrasound-guided placement of 4 gold fiducial markers into the prostate
Urologist: Dashiell Okoro-Fane, MD
Four 1.0 x 3 mm gold seeds placed (right base, left base, right apex, left mid). Tolerated well. Levofloxacin x 3 days.
Simulation CT and MRI to follow in 7 days to allow marker settling.
Signed: Dashiell Okoro-Fane, MD 09/22/2026       CONFIDENTIAL       Page 1 of 1
{FOOT}
"""),
        Doc("2_plan_summary.pdf", [[
            H1("Prostate SBRT - Plan Summary"),
            KeyValue([("Diagnosis", "Adenocarcinoma of prostate, Gleason 3+4, PSA 7.9, cT2a (favorable intermediate)"),
                      ("Simulation", "CT 1.25 mm and MRI pelvis T2 (09/29/2026), fused on the fiducials"),
                      ("Unit", "Robotic-arm mounted 6 MV linac, multileaf collimator"),
                      ("Tracking", "Fiducial tracking (4 seeds), kV pairs every 30-60 s"),
                      ("Planning system", "LANTERNFISH 5 (invented)")]),
            TextTable([("Structure", "Rx / constraint", "Achieved (cGy)"),
                       ("PTV (prostate + 3 mm, 0 mm post.)", "3625 cGy in 5 fx", "3625"),
                       ("CTV D95", ">= 3625", "3790"), ("Rectum D1cc", "< 3600", "3322"),
                       ("Bladder D10cc", "< 3700", "3104"), ("Urethra Dmax", "< 4000", "3895")],
                      columns=(0, 220, 380)),
            P("Prescribed to the 82% isodose; 171 beams. DQA passed (gamma 98.4%)."),
            sig("Seraphina Kowalczyk-Ade, MD  10/05/2026"),
            sig("Marek Idowu, MS, DABR  10/05/2026"),
        ]], opts=dict(header=[_c, pbanner(15, "02/14/1954")], footer=foot("Printed by MIDOWU 10/05/2026"),
                      page_numbers="Page {n} of {total}")),
        Doc("3_treatment_summary_COPY.pdf", [[
            Paragraph("COPY          COPY          COPY", bold=True),
            H1("Treatment Summary"),
            P(f"{patient(15)} completed stereotactic body radiation therapy to the prostate: 3625 cGy in 5 fractions of 725 cGy* on 10/08, 10/10, 10/13, 10/15 and 10/17/2026 with continuous fiducial tracking. Rectal spacer was not used. Grade 1 urinary frequency. PSA in 3 months."),
            P("* Prescription as planned; no replanning was required."),
            sig("Seraphina Kowalczyk-Ade, MD, Radiation Oncology 10/17/2026"),
        ]], opts=dict(header=[_c, pbanner(15, "02/14/1954")], footer=foot("COPY - printed by MEDREC 10/30/2026"),
                      page_numbers="Page {n} of {total}")),
    ])

# s62_16 -- pdf: dictated letter, kidney RCC single-fraction SBRT 26 Gy; no beams/isodose/system (plan unmet) ----------
_c = "FAIRHOLM RADIATION ONCOLOGY"
add(name="s62_16", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 1, ["CT"], ["body_immobilization"]),
    lesions=[L("left kidney renal cell carcinoma", "body", None, 26, 1)],
    categories=cats(plan=False),
    notes="Dictated completion letter to a urologist on a letterhead with the full services list in the side "
          "column: left renal cell carcinoma 26 Gy in a single fraction (numbers in words) on a gantry linac with "
          "abdominal compression, 4D planning CT, CBCT before treatment. No isodose, arcs/beams or planning system "
          "is given: plan unmet.",
    docs=[Doc("s62_16.pdf", [[
        side(["FAIRHOLM\nRADIATION\nONCOLOGY", "Services\n" + SERVICES.replace(" · ", "\n"),
              "Physicians\nC. Abiodun-Marsh, MD\nV. Sorensen, MD", "Physicists\nT. Rahimi, PhD"], [
            "November 25, 2026\n\nWinthrop Eze-Calloway, MD\nUrology Associates",
            f"Re: {patient(16)}   MRN {mrn(16)}   DOB 07/07/1940",
            "Dear Dr. Eze-Calloway,\nThank you for asking me to see your 86-year-old patient with a biopsy-proven 3.0 centimeter left lower pole renal cell carcinoma, clear cell, who was not a candidate for partial nephrectomy or cryoablation because of anticoagulation and frailty.",
            "After a four-dimensional planning CT on November the twelfth with abdominal compression to limit respiratory motion, she received stereotactic ablative radiation to the left kidney tumor, twenty-six Gray in a single fraction, on November the twentieth on our six MV linac. A cone-beam CT was obtained and matched to the tumor before treatment.",
            "She tolerated this without nausea or flank pain. Creatinine will be checked in four weeks, and a CT abdomen in three months.",
            "With kind regards,\n\nCressida Abiodun-Marsh, MD\nDictated, not read",
        ])]], opts=dict(header=[pbanner(16, "07/07/1940")], footer=foot("Printed by TRANSCRIPTION 11/25/2026"),
                        page_numbers="Page {n} of {total}"))])

# s62_17 -- bundle (2): adrenal 35 Gy/5 + LLL lung 50 Gy/5 same course; export with right-aligned columns; note says 30 --
_c = "ELDERWOOD CANCER ALLIANCE"
add(name="s62_17", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left adrenal metastasis", "body", None, 35, 5), L("left lower lobe metastasis", "body", None, 50, 5)],
    categories=cats(),
    contradiction="The physician's end-of-treatment note gives the adrenal 30 Gy in 5 fractions, while the treatment record export shows 35 Gy (5 x 700 cGy).",
    notes="Record-and-verify export laid out with space-aligned, right-aligned columns (two courses' reference points "
          "on one page) and a physician end-of-treatment note. Oligometastatic NSCLC: left adrenal 35 Gy and LLL "
          "lung 50 Gy, both in 5 fractions on the same days, gantry linac, vacuum cushion, 4DCT + PET-CT, CBCT. The "
          "note says adrenal 30 Gy (contradiction; gold follows the record).",
    docs=[
        Doc("1_rv_export.txt", text=f"""
ELDERWOOD CANCER ALLIANCE                                              DOSE SUMMARY REPORT (ALDERCREST-RV, invented)
Printed: 11/21/2026 06:15 by BATCH                                                        CONFIDENTIAL   Page 1 of 1
{pbanner(17, "12/24/1956")}
Unit: LINAC-B  6 MV FFF      Immobilization: vacuum cushion, arms up      IGRT: CBCT every fraction

Ref point            Fx   Date            Fx dose   Cumulative    Prescribed   Remaining
                                            (cGy)        (cGy)         (cGy)       (cGy)
ADRENAL_L_PTV         1   11/10/2026          700          700          3500        2800
LUNG_LLL_PTV          1   11/10/2026         1000         1000          5000        4000
ADRENAL_L_PTV         2   11/12/2026          700         1400          3500        2100
LUNG_LLL_PTV          2   11/12/2026         1000         2000          5000        3000
ADRENAL_L_PTV         3   11/14/2026          700         2100          3500        1400
LUNG_LLL_PTV          3   11/14/2026         1000         3000          5000        2000
ADRENAL_L_PTV         4   11/17/2026          700         2800          3500         700
LUNG_LLL_PTV          4   11/17/2026         1000         4000          5000        1000
ADRENAL_L_PTV         5   11/19/2026          700         3500          3500           0
LUNG_LLL_PTV          5   11/19/2026         1000         5000          5000           0

Plan: OLIGO_2SITE_v1, planned in GANNET-TPS 8 (invented), VMAT 2 arcs per site, 95% of each PTV >= Rx.
Course status: COMPLETED 11/19/2026
{FOOT}
"""),
        Doc("2_end_of_treatment_note.pdf", [[
            H1("End of Treatment Note - SBRT"),
            P(f"{patient(17)}, 69M, NSCLC (adenocarcinoma, KRAS G12C) with oligometastatic progression: left adrenal (2.6 cm) and a new left lower lobe nodule (1.8 cm). PET-CT 10/22/2026: no other disease. Tumor board recommended SBRT to both sites with continued systemic therapy."),
            P("Simulation 10/30/2026 with 4DCT in a vacuum cushion; ITVs for both targets. Delivered 11/10-11/19/2026 on the 6 MV FFF gantry linac with CBCT before each fraction."),
            box("Course totals:  left adrenal 30 Gy / 5 fx   ·   LLL lung 50 Gy / 5 fx"),
            P("Tolerated well, mild nausea on days 2-3 managed with ondansetron. PET-CT in 3 months."),
            sig("Gwendolyn Achebe-Strand, MD, Radiation Oncology  11/20/2026"),
        ]], opts=dict(header=[f"{_c} · SBRT · Radiosurgery · MR-linac · HDR", pbanner(17, "12/24/1956")],
                      footer=foot("Printed by GAS 11/20/2026"), page_numbers="Page {n} of {total}")),
    ])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# s62_18 -- pdf: brochure-like new-patient cover letter listing every service; nothing planned or given -------------------
_c = "HIGHMERE STEREOTACTIC & RADIATION CENTER"
add(name="s62_18", kind="pdf", codes=["77371", "77432"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a brochure-like welcome letter to a new patient before a first consult, on a side-column "
          "letterhead and with a services box listing gamma radiosurgery (frame or mask), robotic radiosurgery, SBRT "
          "of lung/liver/spine/prostate, HDR and the MR-linac, with typical doses. No diagnosis worked up, nothing "
          "planned or delivered.",
    docs=[Doc("s62_18.pdf", [[
        side(["HIGHMERE\nSTEREOTACTIC &\nRADIATION CENTER", "Our team\nD. Ferreira-Okafor, MD\nL. Strand, MD\nH. Bajwa, PhD, DABR",
              "Hours\nMon-Fri 7:00-18:00", "Parking\nGarage B, level 2"], [
            "October 30, 2026",
            f"{patient(18)}\n14 Synthetic Lane\nAnytown",
            "Dear Ms. Sixtytwopatient,\nWelcome to Highmere. Your new-patient consultation with Dr. Ferreira-Okafor is scheduled for Tuesday, November 10, 2026 at 9:30 am. Your referring physician has sent us your MRI report; we will review it with you and discuss whether radiation treatment is advisable at all.",
            "Please bring your medication list, insurance card and any CDs of recent imaging. The visit takes about 90 minutes. No treatment is given at a first visit.",
        ]),
        box("ABOUT OUR SERVICES:  Gamma radiosurgery on our cobalt-60 multi-source unit (head frame or frameless mask), usually one session of 12-24 Gy  ·  CyberKnife-type robotic radiosurgery (1-5 sessions)  ·  SBRT for lung, liver, spine, kidney, adrenal and prostate, typically 3-5 treatments  ·  HDR brachytherapy  ·  1.5 T MR-linac adaptive therapy  ·  CT, MRI and PET-CT simulation on site"),
        P("Sincerely,"),
        sig("Patient Navigation Office, on behalf of Duarte Ferreira-Okafor, MD"),
    ]], opts=dict(header=[pbanner(18, "04/01/1950")], footer=foot("Printed by NAVIGATION 10/30/2026"),
                  page_numbers="Page {n} of {total}"))])

# s62_19 -- bundle (2): consult recommending SRS + a simulation order not yet performed ----------------------------------
_c = "RAVENSCROFT HEALTH SYSTEM - RADIATION ONCOLOGY"
add(name="s62_19", kind="bundle", codes=["77372", "77432", "61796"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: consultation recommending single-fraction linac SRS (18-20 Gy, mask) for two brain "
          "metastases, and a CT simulation / mask order dated for the following week, status 'scheduled'. Nothing "
          "simulated, planned or given in this document set.",
    docs=[
        Doc("1_consult.pdf", [[
            H1("Radiation Oncology Consultation"),
            KeyValue([("Patient", patient(19)), ("MRN", mrn(19)), ("Date", "11/30/2026"),
                      ("Referring", "Dr. Aurelio Nakamura-Breen, Medical Oncology")]),
            P("HPI: 54F with HER2+ breast cancer on trastuzumab deruxtecan; surveillance MRI brain 11/24/2026 shows two new enhancing lesions, left frontal 1.3 cm and right cerebellar 0.9 cm, no mass effect. Neurologically intact. KPS 90."),
            P("Impression: two small brain metastases, ideal for stereotactic radiosurgery."),
            P("Recommendation: single-fraction linac SRS, likely 20 Gy to the frontal lesion and 18-20 Gy to the cerebellar lesion, in a frameless mask. We will obtain a thin-slice treatment-planning MRI and CT simulation next week. Risks including radionecrosis and seizure discussed; she wishes to proceed. Consent to be signed at simulation."),
            sig("Sunniva Adebayo-Kerr, MD, Radiation Oncology  11/30/2026"),
        ]], opts=dict(header=[_c, SERVICES, pbanner(19, "05/19/1972")], footer=foot("Printed by SAK 11/30/2026"),
                      page_numbers="Page {n} of {total}")),
        Doc("2_sim_order.txt", text=f"""
RAVENSCROFT HEALTH SYSTEM -- ORDER                                        Status: SCHEDULED (not performed)
{pbanner(19, "05/19/1972")}
Order:        CT simulation, head, 1 mm, with SRS thermoplastic mask fabrication
Also:         MRI brain with and without contrast, SRS protocol (1 mm volumetric)
Scheduled:    12/08/2026 08:00, CT-SIM room 1
Ordering MD:  Sunniva Adebayo-Kerr, MD      Entered 11/30/2026 16:22
Priority:     Routine
CONFIDENTIAL      printed 12/01/2026 by SCHEDULING
{FOOT}
"""),
    ])

# s62_20 -- pdf: lung SBRT plan watermarked DRAFT, never approved or treated (patient admitted) ---------------------------
_c = "TAMWORTH BEND ONCOLOGY"
add(name="s62_20", kind="pdf", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a lung SBRT plan printout watermarked 'DRAFT - NOT FOR CLINICAL USE' on every page "
          "(header), 48 Gy in 4 fractions, unapproved, with an addendum that the patient was admitted with pneumonia "
          "before the first fraction and the course was cancelled. Nothing delivered.",
    docs=[Doc("s62_20.pdf", [[
        Paragraph("DRAFT - NOT FOR CLINICAL USE", bold=True),
        H1("Treatment Plan Report - LUL_SBRT_v1"),
        KeyValue([("Patient", patient(20)), ("MRN", mrn(20)), ("Plan status", "UNAPPROVED (draft)"),
                  ("Target", "Left upper lobe NSCLC, 1.9 cm, PTV = ITV + 5 mm"),
                  ("Prescription", "4800 cGy in 4 fractions (1200 cGy/fx) to 80% isodose"),
                  ("Technique", "6 MV FFF, 2 VMAT arcs, PLOVER-TPS (invented)"),
                  ("Simulation", "4DCT 11/02/2026, vacuum cushion"),
                  ("Physician approval", "— not approved —"), ("Physics check", "— not performed —")]),
        RuledTable([("Structure", "Metric", "Planned"), ("Lung - ITV", "V20", "5.2%"), ("Heart", "D15cc", "8.4 Gy"),
                    ("Chest wall", "V30", "18.8 cc")]),
        box("ADDENDUM 11/09/2026: Patient admitted to medicine with community-acquired pneumonia on 11/08, the day before the planned first fraction. SBRT course cancelled; no fractions delivered. Will re-simulate if and when appropriate. - E. Vandersloot, MD"),
    ]], opts=dict(header=["DRAFT - NOT FOR CLINICAL USE", f"{_c} · {SERVICES}", pbanner(20, "09/30/1948")],
                  footer=foot("Printed by EVANDERSLOOT 11/09/2026", "DRAFT"), page_numbers="Page {n} of {total}"))])


CORPUS = Corpus("blind_corpus62", "tests/blind_corpus62", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
