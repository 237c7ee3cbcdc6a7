"""Eleventh blind corpus, ``tests/blind_corpus11/`` (regenerate: ``python scripts/make_corpus.py blind_corpus11``).

Twenty-two courses written without looking at the reader, in styles corpora 1-10 did not use: paper that
went through a fax machine or a scanner, and forms. Fax cover sheets and a fax transmission line on every
page ("FROM: ... PAGE 02/04"), COPY / CONFIDENTIAL / RECEIVED stamps, repeated page banners with the
patient's name and MRN, scanned image-only pages that carry needed facts, landscape treatment records
stored rotated, two-column pages, tables split over pages with repeated headers, a continuation page
without a title, checkbox forms (ballot boxes and [X]/[ ] brackets, Y / N columns, printed option lists
with one option ticked), and hand annotations rendered as text (corrections with initials and dates).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md. Per-code
consistency and the delivery code are computed from the labelled facts (``corpusgen.rules``); G0339/G0340
(robotic linac only; G0340 only for courses of 2-5 sessions) as in corpora 8-10. Every lesion carries its
delivered total ``dose_gy`` and delivered ``fractions``. Default DejaVu font (ballot-box glyphs).
"""

# ruff: noqa: E501  (form rows and notes are deliberately long lines)

from __future__ import annotations

from typing import Any

from pdfmaker import (
    ColumnBreak,
    KeyValue,
    Paragraph,
    RuledTable,
    Spacer,
    TextTable,
)

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, C, Charts, Doc, F, L, P, S, cats, sig

CHARTS = Charts()
add = CHARTS.add

X, O = "\u2612", "\u2610"  # noqa: E741  (ballot box with X / empty ballot box)

FIRST = ["ADA", "BRUNO", "CELESTE", "DARIUS", "EDNA", "FELIX", "GRETA", "HUGO", "IRMA", "JONAS", "KLARA",
         "LEON", "MAREN", "NILS", "OLGA", "PAVEL", "ROSA", "STEFAN", "TILDA", "URS", "VIOLA", "WIM", "YVONNE"]


def patient(n: int) -> str:
    return f"ELEVENPATIENT, {FIRST[n - 1].title()}"


def mrn(n: int) -> str:
    return f"SYN-110{n:02d}"


def banner(clinic: str, n: int, date: str) -> list[str]:
    return [clinic, f"Patient: {patient(n)}    MRN: {mrn(n)}    DOS: {date}"]


def fax_line(sender: str, number: str, stamp: str) -> str:
    """A fax transmission line, used as the per-page number line: 'PAGE 02/04'."""
    return f"{stamp}  FROM: {sender} {number}  PAGE {{n:02d}}/{{total:02d}}"


# --------------------------------------------------------------------------------------------------
# gold helpers
# --------------------------------------------------------------------------------------------------


def hand(text: str) -> Paragraph:
    """A handwritten annotation, transcribed as the scanner/reader sees it."""
    return Paragraph("[handwritten] " + text, indent=18)


def stamp(text: str) -> Paragraph:
    return Paragraph("*** " + text + " ***", bold=True)


def cover(to: str, frm: str, fax_no: str, date: str, pages: int, re: str, note: str) -> list[Any]:
    """A fax cover sheet page."""
    return [
        H1("FAX"),
        KeyValue([("TO:", to), ("FROM:", frm), ("FAX:", fax_no), ("DATE:", date),
                  ("PAGES (incl. cover):", str(pages)), ("RE:", re)], value_x=130),
        TextTable([("", ""), (f"{O} Urgent   {X} For Review   {O} Please Comment   {O} Please Reply", "")],
                  columns=(0, 400), header=False),
        P(note),
        Spacer(30),
        P("CONFIDENTIALITY NOTICE: This facsimile contains protected health information intended only for the "
          "recipient named above. If you received it in error, notify the sender by telephone and destroy all "
          "copies. Re-disclosure is prohibited."),
    ]


# ==================================================================================================
# charts
# ==================================================================================================

# b11_01 -- bundle: fax cover + Gamma Knife frame SRS summary faxed then scanned (3 mets) -------------------
_fx = fax_line("LAKESHORE GAMMA KNIFE CTR", "555-0142", "03/05/2026 14:22")
add(name="b11_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 3, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left parietal", "cranial", S, 20, 1), L("right occipital", "cranial", S, 20, 1),
             L("left cerebellar", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Fax cover sheet (text PDF) plus a faxed-then-scanned Gamma Knife Perfexion summary (image-only, fax "
          "line on each page 'PAGE 02/03'): three metastases in one frame session, 20/20/18 Gy at 50%; the cover "
          "page count (3) and fax numbers are not doses. All lesions < 3.5 cm and away from the optic apparatus.",
    docs=[
        Doc("1_fax_cover.pdf", [cover("Central Billing Office, Attn: Coding", "Lakeshore Gamma Knife Center",
                                      "555-0199", "03/05/2026", 3, f"{patient(1)} / {mrn(1)} - GK summary",
                                      "2 pages follow: treatment summary 02/26/2026. Call R. Ostrow x4410 with questions.")],
            opts=dict(page_numbers=_fx)),
        Doc("2_gk_summary_scanned.pdf", [[
            H1("GAMMA KNIFE RADIOSURGERY - TREATMENT SUMMARY"),
            KeyValue([("Patient", patient(1)), ("MRN", mrn(1)), ("Date of treatment", "02/26/2026"),
                      ("Unit", "Leksell Gamma Knife Perfexion (Co-60)"), ("Fixation", "Leksell G frame, applied 07:05 under local"),
                      ("Imaging", "Stereotactic MRI (1 mm T1+Gd) and CT head with frame and fiducial box, 02/26/2026"),
                      ("Planning", "Leksell GammaPlan 11.3")]),
            P("Indication: NSCLC with three brain metastases on MRI 02/19/2026. Largest 2.1 cm (left parietal)."),
            RuledTable([("#", "Target", "Max dim", "Rx dose", "IDL", "Shots", "Vol"),
                        ("1", "L parietal", "2.1 cm", "20 Gy", "50%", "9", "2.6 cc"),
                        ("2", "R occipital", "1.2 cm", "20 Gy", "50%", "4", "0.7 cc"),
                        ("3", "L cerebellar", "1.6 cm", "18 Gy", "50%", "6", "1.4 cc")]),
            P("Frame coordinates verified against the plan before the first shot; total beam-on 74 min. Frame "
              "removed 13:40, pin sites clean."),
        ], [
            H2("Dose to organs at risk"),
            TextTable([("Structure", "Max"), ("Brainstem", "6.2 Gy"), ("Chiasm", "1.1 Gy")], columns=(0, 150)),
            P("Summary: three lesions treated in one session: L parietal 20 Gy, R occipital 20 Gy, L cerebellar "
              "18 Gy, all prescribed to the 50% isodose. Follow-up MRI in 8 weeks."),
            stamp("COPY"),
            sig("R. Ostrow, MD (Radiation Oncology); P. Nandi, MD (Neurosurgery) 02/26/2026"),
        ]], opts=dict(scan=True, scan_dpi=140, page_numbers=_fx, header=banner("Lakeshore Gamma Knife Center", 1, "02/26/2026"))),
    ])

# b11_02 -- spine SBRT checkbox prescription form, TrueBeam, T11 24 Gy / 2 ------------------------------------
add(name="b11_02", kind="form", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T11", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Checkbox prescription/treatment form with ballot boxes: Immobilization ticks only the vac-lok "
          "(frame and mask printed unticked), imaging ticks CT and MRI (PET unticked), technique ticks SBRT "
          "(3D/IMRT unticked); fractions chosen from a printed list 1/2/3/5. T11 metastasis 24 Gy in 2.",
    docs=[Doc("b11_02.pdf", [[
        H1("STEREOTACTIC PRESCRIPTION & TREATMENT FORM"),
        KeyValue([("Patient / MRN", f"{patient(2)} / {mrn(2)}"), ("Site", "Spine - T11 vertebral body + L pedicle"),
                  ("Diagnosis", "C79.51 bone metastasis (renal cell primary)")]),
        TextTable([("Technique", f"{O} 3D-CRT    {O} IMRT    {X} SBRT/SABR    {O} SRS (cranial)"),
                   ("Unit", f"{X} TrueBeam STx (LA3)    {O} Halcyon (LA1)    {O} CyberKnife"),
                   ("Immobilization", f"{O} frame    {O} mask    {X} vac-lok    {O} wing board"),
                   ("Sim imaging", f"{X} CT (1.25 mm)    {X} MRI fusion    {O} PET    {O} 4DCT"),
                   ("Fractions", f"{O} 1    {X} 2    {O} 3    {O} 5"),
                   ("IGRT", f"{X} CBCT each fx    {O} kV only    {X} 6DOF couch")],
                  columns=(0, 110), header=False),
        RuledTable([("Target", "Dose/fx", "# fx", "Total", "Coverage"),
                    ("PTV_T11", "12 Gy", "2", "24 Gy", "V100% >= 90%"),
                    ("Cord PRV (constraint)", "", "", "Dmax < 17 Gy", "")]),
        P("Plan: 2 VMAT arcs, 6X-FFF, Eclipse 16.1. MRI T1/T2 spine 01/28/2026 fused to sim CT 01/29/2026."),
        H2("Treatment record"),
        RuledTable([("Fx", "Date", "Dose", "Cum.", "CBCT", "Init."),
                    ("1", "02/03/2026", "12 Gy", "12 Gy", "Y", "JK"),
                    ("2", "02/05/2026", "12 Gy", "24 Gy", "Y", "JK")]),
        hand("completed 2/5 - 24 Gy/2 to T11 - ok to bill. MS"),
        sig("M. Sorensen, MD 02/05/2026"),
    ]], opts=dict(header=banner("Riverside Cancer Institute - Radiation Oncology", 2, "02/03/2026")))])

# b11_03 -- scanned CyberKnife lung SBRT, fiducials, 54 Gy / 3 ------------------------------------------------
_fx = fax_line("ST. BRIGID ROBOTIC RADIOSURGERY", "555-0177", "04/14/2026 09:51")
add(name="b11_03", kind="scan", codes=["77373", "77435", "G0339", "G0340"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "PET"], ["fiducials", "body_immobilization"]),
    lesions=[L("RUL", "body", None, 54, 3)],
    categories=cats(),
    notes="Faxed-then-scanned (image-only) CyberKnife M6 lung summary, two pages with a fax line: RUL nodule "
          "54 Gy in 3 fractions, three gold fiducials placed by bronchoscopy, Synchrony tracking, Vac-Lok bag; "
          "PET/CT staging was done for this course and 4D planning CT. Page 2 is a continuation without a title.",
    docs=[Doc("b11_03.pdf", [[
        H1("CYBERKNIFE TREATMENT SUMMARY"),
        KeyValue([("Patient", f"{patient(3)}   MRN {mrn(3)}"), ("System", "Accuray CyberKnife M6, Synchrony respiratory tracking"),
                  ("Target", "Right upper lobe nodule 1.9 cm, biopsy-proven adenocarcinoma"),
                  ("Fiducials", "3 gold seeds, placed 03/18/2026 (Dr. Ahn, navigational bronchoscopy)"),
                  ("Immobilization", "Vac-Lok cushion, arms down"),
                  ("Imaging", "PET/CT 03/04/2026; 4D planning CT 03/25/2026 (1 mm)")]),
        RuledTable([("Fx", "Date", "Dose", "Beams", "MU", "Tx time"),
                    ("1", "04/06/2026", "18 Gy", "164", "29,410", "58 min"),
                    ("2", "04/08/2026", "18 Gy", "161", "29,102", "55 min"),
                    ("3", "04/10/2026", "18 Gy", "166", "29,655", "61 min")]),
    ], [
        P("Prescription 54 Gy in 3 fractions to the 72% isodose (Precision 3.1), PTV = GTV + 5 mm. Fiducial "
          "tracking error < 1.5 mm throughout; the Synchrony model was rebuilt once during fraction 2."),
        P("Chest wall max 41.2 Gy; rib V30 0.8 cc. Total course dose: 54 Gy / 3 fx to the RUL target."),
        stamp("RECEIVED APR 14 2026 - HIM"),
        sig("L. Varga, MD 04/10/2026"),
    ]], opts=dict(scan=True, scan_dpi=130, page_numbers=_fx, header=banner("St. Brigid Robotic Radiosurgery", 3, "04/06/2026")))])

# b11_04 -- hard negative: completed pre-authorization form only --------------------------------------------
add(name="b11_04", kind="form", codes=["77372", "77432", "61796"],
    facts=F(None, [], None, None, [], []),
    lesions=[],
    categories=cats(False, False, False, False, False),
    notes="Hard negative: a completed payer pre-authorization request for linac SRS (TrueBeam, 1 fraction, 18 Gy, "
          "one lesion, mask), with the option lists ticked and the CPT codes requested; status 'pending'. Nothing "
          "was delivered and the MRI is diagnostic; no facts, all codes inconsistent.",
    docs=[Doc("b11_04.pdf", [[
        H1("PRIOR AUTHORIZATION REQUEST - STEREOTACTIC RADIOSURGERY / SBRT"),
        KeyValue([("Member", f"{patient(4)}    ID: SYN-110{4:02d}-HP"), ("Requesting provider", "Dr. A. Lindqvist, Radiation Oncology"),
                  ("Date of request", "05/11/2026"), ("Planned start", "05/26/2026 (pending approval)")]),
        TextTable([("Service", f"{X} SRS (cranial)   {O} SBRT (extracranial)   {O} Proton"),
                   ("Delivery", f"{O} Gamma Knife   {X} Linac (TrueBeam)   {O} CyberKnife"),
                   ("Planned fractions", f"{X} 1   {O} 2-3   {O} 4-5"),
                   ("No. of lesions", f"{X} 1   {O} 2   {O} 3   {O} 4   {O} 5+"),
                   ("Planned immobilization", f"{O} frame   {X} mask"),
                   ("Supporting imaging", f"{X} MRI brain 05/02/2026 (diagnostic)   {O} CT")],
                  columns=(0, 130), header=False),
        RuledTable([("CPT requested", "Units", "Description"),
                    ("77372", "1", "SRS delivery, linac"), ("77432", "1", "SRS management"),
                    ("61796", "1", "SRS, 1 simple cranial lesion"), ("77290", "1", "Simulation, complex")]),
        P("Clinical summary: 1.4 cm right frontal metastasis from breast cancer, KPS 90. Proposed dose 18 Gy x 1."),
        TextTable([("Payer use only", ""), ("Status", f"{O} approved   {O} denied   {X} pending - clinicals requested")],
                  columns=(0, 130), header=False),
        sig("A. Lindqvist, MD 05/11/2026"),
    ]], opts=dict(header=banner("Northgate Radiation Oncology - Authorizations", 4, "05/11/2026"),
                  page_numbers=fax_line("NORTHGATE RAD ONC", "555-0131", "05/11/2026 16:03")))])

# b11_05 -- hard negative: conventional spine course on a form that lists SBRT as an option ------------------
add(name="b11_05", kind="form", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 10, ["CT"], ["body_immobilization"]),
    lesions=[L("T8", "spinal", None, 30, 10)],
    categories=cats(),
    notes="Hard negative: the printed treatment-intent form lists 'SBRT (1-5 fx)' and 'SRS' as options but ticks "
          "'Conventional palliative'; T8 metastasis 30 Gy in 10 fractions, 3D AP/PA, vac-lok; the treatment record "
          "shows 10 fractions. SBRT codes claimed anyway: all inconsistent, no delivery code.",
    docs=[Doc("b11_05.pdf", [[
        H1("RADIATION TREATMENT INTENT & PRESCRIPTION"),
        TextTable([("Intent", "[ ] curative   [X] palliative"),
                   ("Course type", "[ ] SRS (cranial)   [ ] SBRT (1-5 fx)   [X] Conventional palliative   [ ] Hemibody"),
                   ("Site", "T8 vertebral metastasis with cord compression risk (no neuro deficit)"),
                   ("Technique", "[X] 3D (AP/PA)   [ ] IMRT/VMAT"),
                   ("Immobilization", "[ ] mask   [X] vac-lok   [ ] none"),
                   ("Sim", "[X] CT sim 06/01/2026   [ ] MRI (pacemaker - MRI contraindicated)")],
                  columns=(0, 110), header=False),
        RuledTable([("Volume", "Dose/fx", "Fx", "Total", "Energy"), ("T7-T9 (PTV_T8)", "3 Gy", "10", "30 Gy", "10X")]),
        P("SBRT was considered (radioresistant histology) but the epidural extension abuts the cord; conventional "
          "course chosen after discussion at spine tumour board."),
        H2("Treatment record"),
        RuledTable([("Fx", "Date", "Cum. (Gy)", "Port films"),
                    ("1", "06/03", "3", "MV pair"), ("2", "06/04", "6", ""), ("3", "06/05", "9", ""),
                    ("4", "06/08", "12", ""), ("5", "06/09", "15", "MV pair"), ("6", "06/10", "18", ""),
                    ("7", "06/11", "21", ""), ("8", "06/12", "24", ""), ("9", "06/15", "27", ""),
                    ("10", "06/16", "30", "MV pair")]),
        P("Completed 30 Gy / 10 fx to T8 on 06/16/2026."),
        sig("H. Okafor, MD 06/16/2026"),
    ]], opts=dict(header=banner("Valley Regional Cancer Center", 5, "06/03/2026")))])

# b11_06 -- landscape treatment record stored rotated: Edge 5-fx cavity SRS ---------------------------------
add(name="b11_06", kind="pdf", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("resection cavity L frontal", "cranial", S, 30, 5)],
    categories=cats(),
    notes="Page 1 a portrait prescription, page 2 a landscape treatment record stored rotated 90 degrees "
          "(content stream sideways): left frontal resection cavity 30 Gy in 5 fractions on a Varian Edge, "
          "Encompass mask, MRI/CT planning; cavity 3.0 cm, simple.",
    docs=[Doc("b11_06.pdf", [[
        H1("Fractionated SRS Prescription - Resection Cavity"),
        KeyValue([("Patient", f"{patient(6)}  ({mrn(6)})"), ("Target", "Left frontal resection cavity (melanoma met, resected 05/02/2026), 3.0 cm"),
                  ("Rx", "30 Gy in 5 fractions (6 Gy/fx), 80% IDL, PTV = cavity + 2 mm"),
                  ("Unit", "Varian Edge, HDMLC, 6X-FFF, 4 noncoplanar arcs"), ("Immobilization", "Encompass SRS mask, bite block declined"),
                  ("Planning images", "MRI 3D T1+Gd 05/20/2026 fused to CT sim 05/20/2026"),
                  ("IGRT", "CBCT + OSMS surface monitoring each fraction")]),
        sig("D. Ferreira, MD 05/21/2026"),
    ], [
        H1("TREATMENT RECORD (landscape)"),
        RuledTable([("Fx", "Date", "Field", "MU", "Dose/fx", "Cum.", "CBCT shift (mm)", "OSMS", "Therapists"),
                    ("1", "05/26/2026", "4 arcs", "1,812", "6.00 Gy", "6.00 Gy", "0.8 / 0.3 / 0.5", "ok", "AB/CD"),
                    ("2", "05/28/2026", "4 arcs", "1,812", "6.00 Gy", "12.00 Gy", "0.4 / 0.6 / 0.2", "ok", "AB/EF"),
                    ("3", "05/30/2026", "4 arcs", "1,812", "6.00 Gy", "18.00 Gy", "1.0 / 0.1 / 0.3", "ok", "CD/EF"),
                    ("4", "06/02/2026", "4 arcs", "1,812", "6.00 Gy", "24.00 Gy", "0.2 / 0.4 / 0.6", "ok", "AB/CD"),
                    ("5", "06/04/2026", "4 arcs", "1,812", "6.00 Gy", "30.00 Gy", "0.5 / 0.2 / 0.1", "ok", "AB/CD")]),
        P("Course complete: cavity 30.00 Gy / 5 fx."),
    ]], opts=dict(rotate={2: 90}, header=banner("Harborview SRS Program", 6, "05/26/2026")))])

# b11_07 -- two-column: CyberKnife prostate SBRT, fiducials, spacer --------------------------------------
add(name="b11_07", kind="pdf", codes=["77373", "77435", "G0339", "G0340"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Two-column page (history left, plan/delivery right): CyberKnife S7 prostate SBRT 36.25 Gy in 5 "
          "(7.25 Gy/fx), four gold fiducials, hydrogel rectal spacer (a device, not immobilization); MRI and CT "
          "planning. PSA values and Gleason numbers are not doses.",
    docs=[Doc("b11_07.pdf", [[
        H1("Prostate SBRT - Completion Summary"),
        H2("History"),
        P("68 y/o with favourable intermediate-risk adenocarcinoma of the prostate, Gleason 3+4=7, PSA 8.4 "
          "ng/mL, cT2a, 5 of 12 cores positive. Prostate volume 38 cc. IPSS 9."),
        P("03/02/2026: four gold fiducial markers and a hydrogel rectal spacer placed transperineally (Dr. "
          "Mbeki, urology). MRI pelvis 03/16/2026 and planning CT 03/16/2026 fused for contouring."),
        P("No ADT. Bowel and bladder preparation reviewed; empty rectum, comfortably full bladder."),
        H2("Tolerance"),
        P("Grade 1 urinary frequency from fraction 3; no GI toxicity. Tamsulosin started."),
        ColumnBreak(),
        H2("Plan"),
        KeyValue([("System", "CyberKnife S7 + InCise MLC"), ("Tracking", "fiducial (4 seeds), intrafraction kV every 45 s"),
                  ("Rx", "36.25 Gy / 5 fx to PTV"), ("IDL", "82%"), ("Rectum", "V36 Gy 0.4 cc")], value_x=70),
        H2("Delivery"),
        TextTable([("Fx", "Date", "Dose"), ("1", "03/30", "7.25 Gy"), ("2", "04/01", "7.25 Gy"),
                   ("3", "04/03", "7.25 Gy"), ("4", "04/06", "7.25 Gy"), ("5", "04/08", "7.25 Gy")],
                  columns=(0, 40, 110)),
        P("Total delivered 36.25 Gy in 5 fractions to the prostate."),
        sig("K. Brandt, MD 04/08/2026"),
    ]], opts=dict(two_columns=True, header=banner("Westfield CyberKnife Center", 7, "03/30/2026")))])

# b11_08 -- five-lesion HyperArc SRS: lesion table split over pages with repeated header, untitled continuation
_rows = [("Lesion", "Location", "Max dim", "Dose", "Fx", "IDL", "Dist. to chiasm")]
_b8 = [("1", "R frontal", "1.8 cm", "20 Gy", "1", "80%", "41 mm"), ("2", "L temporal", "0.9 cm", "20 Gy", "1", "80%", "27 mm"),
       ("3", "Pons (L)", "0.6 cm", "16 Gy", "1", "80%", "22 mm"), ("4", "R cerebellum", "1.1 cm", "20 Gy", "1", "80%", "48 mm"),
       ("5", "L occipital", "1.4 cm", "20 Gy", "1", "80%", "52 mm")]
add(name="b11_08", kind="pdf", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 5, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("R frontal", "cranial", S, 20, 1), L("L temporal", "cranial", S, 20, 1), L("pons", "cranial", C, 16, 1),
             L("R cerebellum", "cranial", S, 20, 1), L("L occipital", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Five metastases in one HyperArc session; the lesion table is split after lesion 2 with its header "
          "repeated on page 2, and page 3 is a continuation without a title (OARs, IGRT, signature). The pontine "
          "lesion is within the brainstem -> complex (61798 first, 61797 for the other four). 'Dist. to chiasm' "
          "column values are mm, not doses.",
    docs=[Doc("b11_08.pdf", [[
        H1("Single-Isocenter Multiple-Target SRS - Plan & Treatment Summary"),
        KeyValue([("Patient", f"{patient(8)}  {mrn(8)}"), ("Treatment date", "07/09/2026"),
                  ("Machine", "TrueBeam STx, HyperArc, 6X-FFF, 1 isocenter, 4 arcs"), ("Fixation", "Encompass thermoplastic mask"),
                  ("Imaging", "MRI 3D T1 MPRAGE+Gd 07/06/2026 (0.9 mm); CT sim 07/06/2026")]),
        P("Small cell lung cancer, 5 brain metastases after PCI was declined. Dose reduced for the pontine "
          "lesion."),
        RuledTable(_rows + _b8[:2]),
        P("(table continued on next page)"),
    ], [
        RuledTable(_rows + _b8[2:]),
        P("Plan normalized so that 98% of each PTV receives the prescription. Brain V12 = 7.9 cc."),
    ], [
        TextTable([("OAR", "Dmax"), ("Brainstem", "15.8 Gy"), ("Optic chiasm", "2.4 Gy"), ("Cochlea R", "3.0 Gy")],
                  columns=(0, 140)),
        P("CBCT + 6DOF couch correction before arc 1; intrafraction CBCT after arc 2 (0.3 mm). OSMS stable. "
          "All 5 targets treated as planned on 07/09/2026."),
        sig("I. Castellanos, MD; T. Whitby, PhD 07/09/2026"),
    ]], opts=dict(header=banner("Summit Neuro-Oncology Radiosurgery", 8, "07/09/2026")))])

# b11_09 -- scanned GK summary with a handwritten dose correction -----------------------------------------
add(name="b11_09", kind="scan", codes=["77371", "77432", "61796", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["MRI"], ["frame"]),
    lesions=[L("right temporal", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Scanned (image-only) Gamma Knife Icon frame-based summary whose typed dose line reads 20 Gy, struck "
          "through with a handwritten correction 'corrected per MD 3/4 - 18 Gy' initialled; the shot table and "
          "the signed addendum say 18 Gy. Not a contradiction: an explicit correction. MRI only (CT not done: "
          "'CT omitted'). Right temporal metastasis 2.4 cm.",
    docs=[Doc("b11_09.pdf", [[
        H1("GAMMA KNIFE ICON - PROCEDURE NOTE"),
        KeyValue([("Patient", f"{patient(9)}   MRN {mrn(9)}"), ("Date", "03/03/2026"),
                  ("Frame", "Leksell Vantage frame, 4 pins, local anaesthesia"),
                  ("Imaging", "Stereotactic MRI 03/03/2026 with frame; CT omitted (MRI distortion QA passed)"),
                  ("Target", "Right temporal metastasis, 2.4 cm (breast primary)"),
                  ("Prescribed dose", "20 Gy to the 50% isodose  [struck through]")]),
        hand("corrected per MD 3/4 \u2014 18 Gy  (size > 2 cm)  -- RT / JW"),
        RuledTable([("Run", "Shots", "Dose at IDL", "Beam-on"), ("1", "11", "18.0 Gy @ 50%", "38.4 min")]),
        P("Frame position confirmed with the CBCT reference before treatment. Treatment uneventful; frame off 11:10."),
        H2("Addendum 03/04/2026"),
        P("Dose on the typed note corrected: the delivered marginal dose was 18 Gy at the 50% isodose (the plan "
          "was reduced to 18 Gy before delivery). - J. Wexler, MD"),
        stamp("SCANNED 03/06/2026 - MEDICAL RECORDS"),
    ]], opts=dict(scan=True, scan_dpi=150, header=banner("Mercy Gamma Knife Unit", 9, "03/03/2026")))])

# b11_10 -- self-contradiction: form ticks 3 fractions, delivery record has 5 (liver SBRT) ------------------
add(name="b11_10", kind="form", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["fiducials", "body_immobilization"]),
    lesions=[L("liver segment VII", "body", None, 50, 5)],
    categories=cats(),
    contradiction="The prescription form ticks '3' fractions (and 45 Gy) while the treatment record lists five "
                  "dated fractions of 10 Gy (50 Gy); the gold follows the treatment record.",
    notes="Liver SBRT on Versa HD, segment VII HCC: the checkbox prescription form ticks 3 fractions / 45 Gy, the "
          "treatment record and the closing line give 50 Gy in 5; gold from the record. Fiducials and BodyFIX.",
    docs=[Doc("b11_10.pdf", [[
        H1("SBRT PRESCRIPTION - LIVER"),
        TextTable([("Target", "HCC, segment VII, 3.2 cm (LI-RADS 5)"),
                   ("Fractions", "[ ] 1    [X] 3    [ ] 5"),
                   ("Total dose", "[X] 45 Gy    [ ] 50 Gy    [ ] 54 Gy"),
                   ("Motion mgmt", "[X] abdominal compression (BodyFIX)    [ ] breath hold    [X] fiducials (3, placed 08/04)"),
                   ("Imaging", "[X] 4DCT    [X] MRI liver w/ Eovist    [ ] PET")],
                  columns=(0, 110), header=False),
        P("Unit: Elekta Versa HD, Monaco VMAT, 2 arcs. IGRT: CBCT (fiducial match) before each fraction."),
        sig("G. Pillai, MD 08/14/2026"),
        H2("TREATMENT RECORD"),
        RuledTable([("Fx", "Date", "Dose", "Cumulative", "CBCT", "Init"),
                    ("1", "08/18/2026", "10 Gy", "10 Gy", "done", "RS"), ("2", "08/20/2026", "10 Gy", "20 Gy", "done", "RS"),
                    ("3", "08/22/2026", "10 Gy", "30 Gy", "done", "MT"), ("4", "08/25/2026", "10 Gy", "40 Gy", "done", "MT"),
                    ("5", "08/27/2026", "10 Gy", "50 Gy", "done", "RS")]),
        P("End of treatment: segment VII lesion, 50 Gy / 5 fx completed 08/27/2026."),
    ]], opts=dict(header=banner("Eastbrook Radiation Oncology", 10, "08/18/2026")))])

# b11_11 -- self-contradiction: Y/N checklist says Frame Y, record shows mask (GK Icon) ---------------------
add(name="b11_11", kind="form", codes=["77371", "77432", "61796", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal", "cranial", S, 21, 1)],
    categories=cats(),
    contradiction="The pre-treatment Y/N checklist marks 'Stereotactic frame applied: Y' while the procedure "
                  "record and physics note describe mask fixation with IFMM and no frame; the gold follows the "
                  "procedure record (mask, 61800 inconsistent).",
    notes="Gamma Knife Icon single session in a mask: a time-out checklist in Y / N columns contradicts the record "
          "on the frame; 21 Gy to a 1.3 cm left frontal met at 50%.",
    docs=[Doc("b11_11.pdf", [[
        H1("GAMMA KNIFE PRE-TREATMENT CHECKLIST / TIME-OUT"),
        RuledTable([("Item", "Y", "N", "Init"),
                    ("Consent signed", "X", "", "LM"), ("Pregnancy test N/A", "X", "", "LM"),
                    ("Stereotactic frame applied", "X", "", "LM"), ("Thermoplastic mask fitted", "X", "", "LM"),
                    ("Planning MRI fused", "X", "", "SB"), ("Pacemaker / implanted device", "", "X", "SB"),
                    ("Plan second check done", "X", "", "SB")]),
        H1("PROCEDURE RECORD"),
        KeyValue([("Patient", f"{patient(11)}  {mrn(11)}"), ("Date", "09/15/2026"), ("Unit", "Leksell Gamma Knife Icon"),
                  ("Fixation", "Icon thermoplastic mask with IFMM nose marker; no frame"),
                  ("Imaging", "MRI 09/10/2026 T1+Gd 1 mm; CT head 09/15/2026 for mask reference"),
                  ("Target", "Left frontal metastasis, 1.3 cm"), ("Dose", "21 Gy to the 50% isodose, 1 session")]),
        P("CBCT stereotactic reference acquired; IFMM motion within 0.5 mm threshold throughout. 21 Gy delivered."),
        sig("L. Moreau, MD; S. Bakker, MS 09/15/2026"),
    ]], opts=dict(header=banner("Pinecrest Gamma Knife", 11, "09/15/2026")))])

# b11_12 -- self-contradiction: fax cover "2 lesions", plan lists 3 (Novalis SRS 1 fx) -----------------------
_fx = fax_line("GRANITE CITY RAD ONC", "555-0168", "10/02/2026 11:05")
add(name="b11_12", kind="fax", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("PTV1 R parietal", "cranial", S, 20, 1), L("PTV2 L frontal", "cranial", S, 20, 1),
             L("PTV3 R cerebellum", "cranial", S, 18, 1)],
    categories=cats(),
    contradiction="The fax cover and the summary's first line say '2 lesions' treated, while the plan and "
                  "treatment record list three PTVs delivered; the gold follows the plan/record (3 lesions).",
    notes="Faxed chart (cover + 2 pages, fax line on each page): Novalis Tx SRS, one session, three metastases "
          "20/20/18 Gy; the cover note and the opening sentence say two lesions.",
    docs=[Doc("b11_12.pdf", [
        cover("Utilization Review, Attn: K. Dobbs", "Granite City Radiation Oncology", "555-0120", "10/02/2026", 3,
              f"{patient(12)}  DOB 04/11/1957", "SRS to 2 lesions completed 09/29 - summary attached."),
        [H1("Radiosurgery Treatment Summary"),
         P("Mr. ELEVENPATIENT underwent SRS to 2 lesions on 09/29/2026 on the Novalis Tx in a frameless mask."),
         KeyValue([("Imaging", "MRI brain 09/24/2026 (SPGR+Gd) fused with CT sim 09/24/2026"),
                   ("Planning", "Brainlab Elements, dynamic conformal arcs, 6X SRS")]),
         RuledTable([("Target", "Size", "Rx", "IDL", "Arcs"), ("PTV1 R parietal", "1.5 cm", "20 Gy", "80%", "4"),
                     ("PTV2 L frontal", "0.8 cm", "20 Gy", "80%", "3"), ("PTV3 R cerebellum", "2.2 cm", "18 Gy", "80%", "4")])],
        [H2("Treatment record 09/29/2026"),
         RuledTable([("Target", "Delivered", "ExacTrac", "Status"), ("PTV1", "20 Gy", "0.4 mm", "complete"),
                     ("PTV2", "20 Gy", "0.6 mm", "complete"), ("PTV3", "18 Gy", "0.3 mm", "complete")]),
         sig("E. Novak, MD 09/29/2026")],
    ], opts=dict(page_numbers=_fx, header=banner("Granite City Radiation Oncology", 12, "09/29/2026")))])

# b11_13 -- bundle: fax cover, approved pre-auth, scanned adrenal SBRT summary ------------------------------
_fx = fax_line("HOLLIS MEMORIAL RAD ONC", "555-0155", "11/20/2026 08:37")
add(name="b11_13", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left adrenal", "body", None, 40, 5)],
    categories=cats(),
    notes="Three faxed files: cover sheet, an approved pre-authorization form (requested 8 Gy x 5, SBRT ticked; "
          "not a delivery record), and the scanned (image-only) treatment summary that carries every delivered "
          "fact: left adrenal metastasis 40 Gy in 5 on Versa HD, vac-lok + wing board, 4DCT and PET/CT.",
    docs=[
        Doc("1_cover.pdf", [cover("Coding / Charge Capture", "Hollis Memorial Radiation Oncology", "555-0102", "11/20/2026", 4,
                                  f"{patient(13)} {mrn(13)}", "Auth + end-of-treatment summary for adrenal SBRT.")],
            opts=dict(page_numbers=_fx)),
        Doc("2_preauth.pdf", [[
            H1("PRE-CERTIFICATION - RADIATION THERAPY"),
            TextTable([("Modality", "[ ] 3D   [ ] IMRT   [X] SBRT   [ ] SRS   [ ] Protons"),
                       ("Site", "Left adrenal (oligometastatic NSCLC)"), ("Fractions requested", "5"),
                       ("Dose requested", "40 Gy (8 Gy x 5)"), ("Decision", "[X] APPROVED  Ref# PA-88412   valid 10/20-01/20")],
                      columns=(0, 130), header=False),
            sig("submitted by B. Ruiz, CPC 10/19/2026"),
        ]], opts=dict(page_numbers=_fx, header=banner("Hollis Memorial Radiation Oncology", 13, "10/19/2026"))),
        Doc("3_eot_summary_scan.pdf", [[
            H1("END OF TREATMENT SUMMARY - SBRT"),
            KeyValue([("Site", "Left adrenal metastasis, 2.7 cm"), ("Unit", "Elekta Versa HD, Agility MLC, VMAT"),
                      ("Immobilization", "Vac-lok bag + wing board, arms up"),
                      ("Simulation", "4DCT 10/28/2026 (ITV from 10 phases); PET/CT 10/09/2026 fused"),
                      ("Dose", "40 Gy in 5 fractions (8 Gy/fx) to PTV, 11/02 - 11/10/2026"),
                      ("IGRT", "CBCT before every fraction, soft-tissue match")]),
            TextTable([("Fx", "Date", "Gy", "Cum"), ("1", "11/02", "8", "8"), ("2", "11/04", "8", "16"), ("3", "11/06", "8", "24"),
                       ("4", "11/09", "8", "32"), ("5", "11/10", "8", "40")], columns=(0, 40, 110, 160)),
            P("Kidney L V10 < 33%; stomach Dmax 24.1 Gy; cord Dmax 11.6 Gy. Tolerated well."),
            sig("F. Adeyemi, MD 11/10/2026"),
        ]], opts=dict(scan=True, scan_dpi=140, page_numbers=_fx, header=banner("Hollis Memorial Radiation Oncology", 13, "11/10/2026"))),
    ])

# b11_14 -- scanned Gamma Knife trigeminal neuralgia, frame, 80 Gy at 100% -----------------------------------
add(name="b11_14", kind="scan", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Scanned (image-only) Gamma Knife Perfexion procedure form for right trigeminal neuralgia: 80 Gy maximum "
          "dose with one 4 mm shot (functional target -> complex); checkbox rows for frame/mask and for imaging.",
    docs=[Doc("b11_14.pdf", [[
        H1("GAMMA KNIFE FUNCTIONAL PROCEDURE FORM"),
        KeyValue([("Patient", f"{patient(14)}   {mrn(14)}"), ("Date", "01/12/2026"),
                  ("Indication", "Right trigeminal neuralgia, V2-V3, refractory to carbamazepine; BNI IV")]),
        TextTable([("Fixation", f"{X} Leksell G frame    {O} Icon mask"),
                   ("Imaging", f"{X} MRI CISS/FIESTA 0.6 mm    {X} CT with frame    {O} angiography"),
                   ("Target", f"{X} R trigeminal nerve root entry zone    {O} L"),
                   ("Collimator", f"{X} 4 mm    {O} 8 mm    {O} 16 mm")],
                  columns=(0, 100), header=False),
        RuledTable([("Shots", "Max dose", "Isodose 50%", "Brainstem 15 Gy vol", "Beam-on"),
                    ("1", "80 Gy", "40 Gy", "0.02 cc", "62.7 min")]),
        P("Frame coordinates checked against plan at the unit before treatment. 80 Gy maximum dose delivered to "
          "the right trigeminal nerve in one session."),
        hand("pt. tolerated well, d/c home 15:30 - NP"),
        sig("O. Haddad, MD (neurosurgery); C. Lindgren, MD (rad onc) 01/12/2026"),
    ]], opts=dict(scan=True, scan_dpi=150, header=banner("Kingsbridge Radiosurgery Center", 14, "01/12/2026")))])

# b11_15 -- lung SBRT single fraction: Y / N columns -----------------------------------------------------
add(name="b11_15", kind="form", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 1, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("LLL", "body", None, 34, 1)],
    categories=cats(),
    notes="SBRT checklist with Y / N columns: 4DCT Y, PET Y, MRI N, fiducials N, vac-lok Y; peripheral LLL "
          "nodule 34 Gy in 1 fraction on TrueBeam (one fraction of body SBRT is still 77373).",
    docs=[Doc("b11_15.pdf", [[
        H1("LUNG SBRT - PLANNING & DELIVERY CHECKLIST"),
        KeyValue([("Patient", f"{patient(15)}   MRN {mrn(15)}"), ("Target", "Left lower lobe peripheral nodule 1.6 cm, T1bN0"),
                  ("Rx", "34 Gy x 1 fraction (RTOG 0915 arm)"), ("Unit", "TrueBeam, 2 partial VMAT arcs, 10X-FFF")]),
        RuledTable([("Step", "Y", "N", "Date / comment"),
                    ("4DCT simulation", "Y", "", "12/01/2026"), ("PET/CT for staging/fusion", "Y", "", "11/17/2026"),
                    ("MRI", "", "N", "not indicated"), ("Fiducials", "", "N", "peripheral lesion"),
                    ("Vac-lok / body immobilization", "Y", "", "arms up, knee sponge"),
                    ("Abdominal compression", "", "N", ""), ("Physics 2nd check", "Y", "", "MU check 1.8%"),
                    ("CBCT pre-treatment", "Y", "", "shift 2.1 / 0.9 / 1.4 mm"), ("Mid-treatment CBCT", "Y", "", "after arc 1")]),
        P("12/08/2026: 34 Gy delivered in a single fraction to the LLL nodule. Chest wall V30 1.2 cc."),
        sig("R. Quist, MD 12/08/2026"),
    ]], opts=dict(header=banner("Lindell Cancer Center", 15, "12/08/2026")))])

# b11_16 -- bundle: CyberKnife spine T4 and L1, scanned delivery log ---------------------------------------
_fx = fax_line("CRESTVIEW CYBERKNIFE", "555-0163", "02/20/2026 10:12")
add(name="b11_16", kind="bundle", codes=["77373", "77435", "63620", "63621", "G0339", "G0340"],
    facts=F("robotic_linac", ["spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T4", "spinal", None, 27, 3), L("L1", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Bundle of three faxed files: a checkbox planning order (Xsight Spine tracking ticked, fiducials unticked), "
          "the plan summary, and a scanned delivery log that alone shows both levels treated 9 Gy x 3 (the order "
          "lists T4 and L1, and a T9 lesion marked 'observe'). Two spinal lesions -> 63620 + 63621.",
    docs=[
        Doc("1_planning_order.pdf", [[
            H1("CYBERKNIFE PLANNING ORDER"),
            TextTable([("Targets", f"{X} T4    {X} L1    {O} T9 (observe - not treated)"),
                       ("Tracking", f"{X} Xsight Spine    {O} fiducial    {O} Synchrony"),
                       ("Immobilization", f"{X} Vac-lok full body    {O} mask"),
                       ("Imaging", f"{X} thin-slice CT (1.25 mm)    {X} MRI T-L spine    {O} PET"),
                       ("Dose", "27 Gy / 3 fx to each level")], columns=(0, 100), header=False),
            sig("V. Santos, MD 02/02/2026"),
        ]], opts=dict(page_numbers=_fx, header=banner("Crestview CyberKnife", 16, "02/02/2026"))),
        Doc("2_plan_summary.pdf", [[
            H1("Plan Summary (Precision)"),
            RuledTable([("Plan", "Target", "Rx", "IDL", "Beams", "Cord Dmax"),
                        ("SP_T4", "T4 body + R pedicle", "27 Gy / 3", "76%", "152", "19.8 Gy"),
                        ("SP_L1", "L1 body", "27 Gy / 3", "78%", "139", "cauda 20.3 Gy")]),
            P("CT 02/04/2026 (1.25 mm) fused with MRI 01/30/2026."),
        ]], opts=dict(page_numbers=_fx, header=banner("Crestview CyberKnife", 16, "02/04/2026"))),
        Doc("3_delivery_log_scan.pdf", [[
            H1("DELIVERY LOG"),
            RuledTable([("Date", "Plan", "Fx", "Dose", "Xsight corr. (mm)"),
                        ("02/09/2026", "SP_T4", "1/3", "9 Gy", "0.6"), ("02/09/2026", "SP_L1", "1/3", "9 Gy", "0.8"),
                        ("02/11/2026", "SP_T4", "2/3", "9 Gy", "0.4"), ("02/11/2026", "SP_L1", "2/3", "9 Gy", "0.9"),
                        ("02/13/2026", "SP_T4", "3/3", "9 Gy", "0.5"), ("02/13/2026", "SP_L1", "3/3", "9 Gy", "0.7")]),
            P("Both plans complete: T4 27 Gy / 3, L1 27 Gy / 3 (three treatment days)."),
            hand("T9 not treated - f/u MRI 3 mo. VS"),
        ]], opts=dict(scan=True, scan_dpi=140, page_numbers=_fx, header=banner("Crestview CyberKnife", 16, "02/13/2026"))),
    ])

# b11_17 -- hard negative: prostate moderate hypofractionation on a form listing SBRT -----------------------
add(name="b11_17", kind="form", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 20, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("prostate", "body", None, 60, 20)],
    categories=cats(),
    notes="Hard negative: the fractionation-scheme form prints 'SBRT 36.25 Gy / 5' as an option but ticks moderate "
          "hypofractionation 60 Gy / 20 (CHHiP); the course record shows 20 fractions. SBRT codes inconsistent.",
    docs=[Doc("b11_17.pdf", [[
        H1("PROSTATE EBRT - FRACTIONATION SELECTION"),
        TextTable([("Scheme", "\u2610 SBRT 36.25 Gy / 5 fx (PACE-B)\n\u2612 Moderate hypofractionation 60 Gy / 20 fx (CHHiP)\n\u2610 Conventional 78 Gy / 39 fx"),
                   ("Fiducials", "\u2612 3 gold markers (placed 01/08/2026)"),
                   ("Imaging", "\u2612 CT sim 01/20/2026   \u2612 MRI pelvis fusion   \u2610 PSMA PET"),
                   ("Unit", "Halcyon 3.0, VMAT, daily CBCT")], columns=(0, 90), header=False),
        P("Reason SBRT not chosen: large median lobe, IPSS 19."),
        RuledTable([("Week", "Fractions", "Dose this week", "Cumulative"),
                    ("1", "1-5", "15 Gy", "15 Gy"), ("2", "6-10", "15 Gy", "30 Gy"),
                    ("3", "11-15", "15 Gy", "45 Gy"), ("4", "16-20", "15 Gy", "60 Gy")]),
        P("Completed 60 Gy in 20 fractions to prostate 02/23/2026."),
        sig("T. Achterberg, MD 02/23/2026"),
    ]], opts=dict(header=banner("Meadowlands Radiation Center", 17, "01/27/2026")))])

# b11_18 -- faxed two-column CyberKnife cranial SRS, 2 lesions, one 4 mm from the chiasm --------------------
_fx = fax_line("BAYSIDE CYBERKNIFE", "555-0114", "03/19/2026 17:48")
add(name="b11_18", kind="fax", codes=["77372", "77432", "61798", "61797", "G0339"],
    facts=F("robotic_linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("suprasellar", "cranial", C, 14, 1), L("R parietal", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Faxed two-column summary (fax line on each page): CyberKnife single-session SRS to two metastases; "
          "the suprasellar lesion is 4 mm from the optic chiasm (complex, 61798), the right parietal one simple "
          "(61797). Aquaplast mask; 6D skull tracking.",
    docs=[Doc("b11_18.pdf", [[
        H1("CyberKnife Radiosurgery Report"),
        P(f"{patient(18)}  {mrn(18)}.  Treated 03/17/2026."),
        H2("Findings"),
        P("MRI brain 03/10/2026 (3D T1+Gd, 1 mm) and CT 03/10/2026 (0.625 mm) fused. Two metastases from renal "
          "cell carcinoma: a 1.0 cm suprasellar lesion whose superior margin lies 4 mm from the optic chiasm, and "
          "a 1.7 cm right parietal lesion."),
        H2("Setup"),
        P("Aquaplast open-face mask. 6D skull tracking, image pairs every 30-60 s."),
        ColumnBreak(),
        H2("Treatment"),
        RuledTable([("Target", "Dose", "Fx", "IDL"), ("suprasellar", "14 Gy", "1", "70%"), ("R parietal", "20 Gy", "1", "75%")]),
        P("Chiasm Dmax 7.6 Gy. Both targets treated in one session, 03/17/2026, 71 min."),
        sig("N. Ibsen, MD 03/17/2026"),
        stamp("CONFIDENTIAL"),
    ]], opts=dict(two_columns=True, page_numbers=_fx, header=banner("Bayside CyberKnife", 18, "03/17/2026")))])

# b11_19 -- scanned liver SBRT 45 Gy / 3, Synergy, BodyFIX + fiducials --------------------------------------
_fx = fax_line("ORCHARD HILL ONCOLOGY", "555-0188", "06/30/2026 13:15")
add(name="b11_19", kind="scan", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "MRI"], ["fiducials", "body_immobilization"]),
    lesions=[L("liver segment IVa", "body", None, 45, 3)],
    categories=cats(),
    notes="Faxed and scanned (image-only, 2 pages with a fax line): Elekta Synergy liver SBRT 45 Gy in 3 to a "
          "segment IVa colorectal metastasis, BodyFIX with compression and two fiducials; the fractions are on "
          "the untitled second page only.",
    docs=[Doc("b11_19.pdf", [[
        H1("SBRT Completion Note - Liver"),
        KeyValue([("Patient", f"{patient(19)}   {mrn(19)}"), ("Target", "Segment IVa metastasis (colorectal), 2.3 cm"),
                  ("Unit", "Elekta Synergy, VMAT"), ("Immobilization", "BodyFIX vacuum + abdominal compression"),
                  ("Localization", "2 gold fiducials (IR 05/29/2026)"),
                  ("Imaging", "Triphasic CT 06/05/2026, MRI liver 06/05/2026, 4DCT sim")]),
        P("Prescription 45 Gy in 3 fractions, 15 Gy per fraction, to the 80% isodose."),
    ], [
        TextTable([("Fx", "Date", "Dose", "CBCT / fiducial match"), ("1", "06/22/2026", "15 Gy", "yes"),
                   ("2", "06/24/2026", "15 Gy", "yes"), ("3", "06/26/2026", "15 Gy", "yes")], columns=(0, 40, 140, 210)),
        P("Liver minus GTV: 700 cc < 15 Gy; duodenum Dmax 16.2 Gy. 45 Gy / 3 completed."),
        sig("W. Oyelaran, MD 06/26/2026"),
    ]], opts=dict(scan=True, scan_dpi=130, page_numbers=_fx, header=banner("Orchard Hill Oncology", 19, "06/22/2026")))])

# b11_20 -- bundle: Gamma Knife Icon vestibular schwannoma 25 Gy / 5 in a mask -----------------------------
add(name="b11_20", kind="bundle", codes=["77373", "77435", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left vestibular schwannoma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Bundle of two files: a signed Icon plan printout and a per-session checkbox sheet (5 sessions, "
          "'Session: 1 2 3 4 5' with one ticked per row, mask/IFMM ticked, frame unticked). Left vestibular "
          "schwannoma (complex) 25 Gy in 5; fractionated Gamma Knife -> 77373.",
    docs=[
        Doc("1_icon_plan.pdf", [[
            H1("Leksell GammaPlan - Treatment Plan (fractionated)"),
            KeyValue([("Patient", f"{patient(20)}  {mrn(20)}"), ("Target", "Left vestibular schwannoma, Koos II, 1.9 cm"),
                      ("Rx", "5 Gy x 5 = 25 Gy at 50% isodose"), ("Images", "MRI T1+Gd / CISS 04/13/2026; CT 04/13/2026"),
                      ("Fixation", "Icon mask + IFMM"), ("Cochlea L mean", "3.9 Gy (total)")]),
            sig("J. Halvorsen, MD 04/14/2026"),
        ]], opts=dict(header=banner("Northern Lights Gamma Knife", 20, "04/14/2026"))),
        Doc("2_session_sheet.pdf", [[
            H1("ICON SESSION SHEET"),
            RuledTable([("Date", "Session", "Fixation", "CBCT ref", "IFMM max", "Dose", "Init"),
                        ("04/20", f"{X}1 {O}2 {O}3 {O}4 {O}5", f"{X} mask {O} frame", "done", "0.6 mm", "5 Gy", "AH"),
                        ("04/21", f"{O}1 {X}2 {O}3 {O}4 {O}5", f"{X} mask {O} frame", "done", "0.4 mm", "5 Gy", "AH"),
                        ("04/22", f"{O}1 {O}2 {X}3 {O}4 {O}5", f"{X} mask {O} frame", "done", "0.7 mm", "5 Gy", "PB"),
                        ("04/23", f"{O}1 {O}2 {O}3 {X}4 {O}5", f"{X} mask {O} frame", "done", "0.5 mm", "5 Gy", "PB"),
                        ("04/24", f"{O}1 {O}2 {O}3 {O}4 {X}5", f"{X} mask {O} frame", "done", "0.3 mm", "5 Gy", "AH")]),
            hand("course complete 25 Gy/5 - JH 4/24"),
        ]], opts=dict(header=banner("Northern Lights Gamma Knife", 20, "04/24/2026"))),
    ])

# b11_21 -- ZAP-X SRS meningioma with stamps and initials ------------------------------------------------
add(name="b11_21", kind="pdf", codes=["77372", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right convexity meningioma", "cranial", S, 14, 1)],
    categories=cats(),
    notes="ZAP-X (gyroscopic self-shielded linac) single-session SRS to a 2.2 cm right convexity meningioma "
          "(simple), 14 Gy; copy stamped COPY / RECEIVED, initials on each section, a 'reviewed' stamp with "
          "a date and page 'Page 1 of 1'.",
    docs=[Doc("b11_21.pdf", [[
        stamp("COPY"),
        H1("ZAP-X Radiosurgery Treatment Record"),
        KeyValue([("Patient", f"{patient(21)}   MRN {mrn(21)}"), ("Date", "05/06/2026"),
                  ("Diagnosis", "D32.0 benign meningioma, right frontal convexity, 2.2 cm, 38 mm from chiasm"),
                  ("System", "ZAP-X, 3 MV, 7.5 mm collimator mix"), ("Fixation", "ZAP-X thermoplastic mask + headrest"),
                  ("Imaging", "MRI T1+Gd 04/29/2026 fused to CT 04/29/2026"),
                  ("Dose", "14 Gy to the 60% isodose, single session"), ("Verification", "kV image pairs every beam node")]),
        hand("dose reviewed - ok  TK 5/6"),
        P("Delivered 14 Gy in 1 fraction to the right convexity meningioma. No complications."),
        stamp("RECEIVED MAY 08 2026 - BILLING"),
        sig("T. Karlsson, MD 05/06/2026"),
    ]], opts=dict(header=banner("Clearwater Neurosurgical Radiosurgery", 21, "05/06/2026")))])

# b11_22 -- scanned Halcyon lung SBRT, two nodules 50 Gy / 5 each --------------------------------------
add(name="b11_22", kind="scan", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("RLL", "body", None, 50, 5), L("LUL", "body", None, 50, 5)],
    categories=cats(),
    notes="Scanned (image-only) SBRT summary for two lung nodules (RLL and LUL, synchronous primaries) each "
          "50 Gy in 5 on the same dates, Halcyon plus a wing board/vac-lok; a table split over the page break with "
          "its header repeated. Two body lesions; no add-on codes apply.",
    docs=[Doc("b11_22.pdf", [[
        H1("SBRT Treatment Summary - Bilateral Lung"),
        KeyValue([("Patient", f"{patient(22)}   MRN {mrn(22)}"), ("Unit", "Varian Halcyon, 6X-FFF, 2 VMAT arcs per target"),
                  ("Immobilization", "Vac-lok + wing board"), ("Imaging", "4DCT sim 09/03/2026; PET/CT 08/20/2026"),
                  ("Targets", "RLL 2.0 cm (T1b), LUL 1.4 cm (T1b)")]),
        RuledTable([("Target", "Fx", "Date", "Dose", "Cum."), ("RLL", "1", "09/14", "10 Gy", "10 Gy"),
                    ("LUL", "1", "09/14", "10 Gy", "10 Gy"), ("RLL", "2", "09/16", "10 Gy", "20 Gy"),
                    ("LUL", "2", "09/16", "10 Gy", "20 Gy"), ("RLL", "3", "09/18", "10 Gy", "30 Gy")]),
    ], [
        RuledTable([("Target", "Fx", "Date", "Dose", "Cum."), ("LUL", "3", "09/18", "10 Gy", "30 Gy"),
                    ("RLL", "4", "09/21", "10 Gy", "40 Gy"), ("LUL", "4", "09/21", "10 Gy", "40 Gy"),
                    ("RLL", "5", "09/23", "10 Gy", "50 Gy"), ("LUL", "5", "09/23", "10 Gy", "50 Gy")]),
        P("Daily CBCT per target, matched to the ITV. Both nodules 50 Gy in 5 fractions completed 09/23/2026."),
        sig("Y. Delacroix, MD 09/23/2026"),
    ]], opts=dict(scan=True, scan_dpi=150, header=banner("Ridgeway Thoracic Oncology", 22, "09/14/2026")))])

# b11_23 -- bundle: fax + form: Versa HD 3-fx SRS to 4 mets with option list for lesion count ---------------
_fx = fax_line("ALDER CREEK RAD ONC", "555-0109", "07/22/2026 12:30")
add(name="b11_23", kind="bundle", codes=["77373", "77435", "61796", "61797"],
    facts=F("linac", ["cranial"], 4, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("R frontal", "cranial", S, 27, 3), L("L parietal", "cranial", S, 27, 3),
             L("R temporal", "cranial", S, 24, 3), L("L cerebellum", "cranial", S, 24, 3)],
    categories=cats(),
    notes="Faxed bundle: a checkbox SRS order ('No. of lesions: 1 2 3 [X]4 5+', 'Fractions: 1 [X]3 5', frame "
          "unticked) and a scanned treatment record with the per-lesion doses (27/27/24/24 Gy in 3). Fractionated "
          "cranial SRS -> 77373; four simple lesions -> 61796 + 61797.",
    docs=[
        Doc("1_srs_order.pdf", [[
            H1("SRS ORDER"),
            TextTable([("No. of lesions", "[ ] 1   [ ] 2   [ ] 3   [X] 4   [ ] 5+"),
                       ("Fractions", "[ ] 1   [X] 3   [ ] 5"), ("Fixation", "[ ] frame   [X] mask (open face)   [ ] vac-lok"),
                       ("Imaging", "[X] MRI SRS protocol   [X] CT sim   [ ] PET"), ("Unit", "Versa HD, Agility, 6 FFF")],
                      columns=(0, 100), header=False),
            sig("R. Mehta, MD 07/08/2026"),
        ]], opts=dict(page_numbers=_fx, header=banner("Alder Creek Radiation Oncology", 23, "07/08/2026"))),
        Doc("2_treatment_record_scan.pdf", [[
            H1("SRS TREATMENT RECORD"),
            P("MRI 07/06/2026 and CT 07/07/2026 fused; single isocentre VMAT. CBCT + HexaPOD correction each day."),
            RuledTable([("Lesion", "Size", "Dose/fx", "07/13", "07/15", "07/17", "Total"),
                        ("R frontal", "2.0 cm", "9 Gy", "9", "9", "9", "27 Gy"),
                        ("L parietal", "1.6 cm", "9 Gy", "9", "9", "9", "27 Gy"),
                        ("R temporal", "2.6 cm", "8 Gy", "8", "8", "8", "24 Gy"),
                        ("L cerebellum", "2.9 cm", "8 Gy", "8", "8", "8", "24 Gy")]),
            P("All four lesions completed 07/17/2026 in 3 fractions."),
            sig("R. Mehta, MD 07/17/2026"),
        ]], opts=dict(scan=True, scan_dpi=140, page_numbers=_fx, header=banner("Alder Creek Radiation Oncology", 23, "07/17/2026"))),
    ])


CORPUS = Corpus("blind_corpus11", "tests/blind_corpus11", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
