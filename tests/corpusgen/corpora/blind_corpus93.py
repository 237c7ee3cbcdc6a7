"""Ninety-third blind corpus, ``tests/blind_corpus93/`` (regenerate: ``python scripts/make_corpus.py blind_corpus93``).

Written blind (without reading the reader's code); a tuning set on one theme: paper that arrives as images.

Twenty courses, seventeen of them wholly or partly scanned, faxed or photographed (image-only PDF pages made
by ``pdfmaker``'s scan options): a faxed three-page treatment summary with fax banners, a fax with a cover
sheet at low (standard-fax-like) resolution, a phone photo of a typed SRS form (crooked, speckled, no page
numbers), a scanned frame-placement note with a records stamp beside a digital dose plan, a skewed plan-report
table page filed inside a digital PDF, a two-column scanned letter, a scanned per-session log in small print,
digital plans bundled with scanned or faxed treatment records, a scanned landscape spine record, a heavily
speckled photocopy. Cranial (cobalt-60 frame and mask, gantry linac mask, robotic arm), spine and body SBRT,
1-4 lesions, doses in cGy, Gy and words. Two hard negatives (a scanned consult only, a faxed cancelled schedule),
two self-contradicting charts (``contradiction=``), one course over five fractions, no unreadable image.
Every clinic, clinician and system is invented.

Gold labels are set by hand from what a careful human reading the images would conclude, following
../shared/corpus/README.md and the JSON contract.
"""

# ruff: noqa: E501  (letters and notes are one long line per paragraph)

from __future__ import annotations

from pdfmaker import KeyValue, Paragraph, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

SURNAME = ["SORRENBY", "SKELDWICK", "SPANNOCKE", "STRELLIGAN", "SUDBOROW", "SWINDLECOTE", "SAPPLETHWAITE",
           "SORVETHAM", "STAMBRIDGE", "SELVERICK", "SHUNBROOKE", "SMOLLINGER", "SPETHWICK", "STARRIDGE",
           "SULVANEY", "SYDERHAME", "SOBERNICK", "SKIRMANTE", "SOLLINGTHORPE", "SWARBECK"]
FIRST = ["ALMA", "BERTRAM", "CLEO", "DORIAN", "EDITH", "FERGUS", "GRETA", "HUGO", "IRIS", "JONAH", "KAREN",
         "LIONEL", "MAVIS", "NORRIS", "OPAL", "PERCY", "ROSALIND", "SILAS", "TABITHA", "VERNON"]


def patient(n: int) -> str:
    return f"{SURNAME[n - 1]}, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-93{n:03d}"


def head(clinic: str, n: int, dob: str, extra: str = "") -> list[str]:
    return [clinic, f"{patient(n)}   MRN {mrn(n)}   DOB {dob}" + (f"   {extra}" if extra else "")]


def fax(when: str, sender: str, page: str, n: int, dob: str) -> list[str]:
    return [f"{when}   FROM: {sender}   TO: 555-0193 CODING OFFICE   {page}", f"{patient(n)}   MRN {mrn(n)}   DOB {dob}"]


FAX = dict(scan=True, scan_dpi=200, scan_noise=2.0, page_numbers=None)  # fine-mode fax
FAX_STD = dict(scan=True, scan_dpi=110, scan_noise=3.0, page_numbers=None)  # standard-mode fax, coarse
PHOTO = dict(scan=True, scan_dpi=140, scan_skew=3.2, scan_noise=10.0, page_numbers=None)  # phone photo
SCAN = dict(scan=True, scan_dpi=150, scan_noise=3.0)  # office flatbed

CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# s93_01 -- faxed 3-page treatment summary: cobalt-60 frame SRS, two metastases, doses in cGy ------------------
_c = "ASHGROVE REGIONAL RADIOSURGERY CENTER"
add(name="s93_01", kind="scan", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 2, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left temporal", "cranial", S, 20, 1), L("right cerebellar", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Three-page radiosurgery treatment summary received by fax (fine mode, image only, a fax banner on every "
          "page): frame-based cobalt-60 SRS of two lung-cancer metastases, left temporal 2000 cGy and right "
          "cerebellar 1800 cGy to the 50% isodose line, stereotactic MRI and CT, frame coordinate check, second "
          "time calculation. Doses in cGy only.",
    docs=[Doc("s93_01.pdf", [[
        H1("Stereotactic Radiosurgery Treatment Summary"),
        KeyValue([("Patient", patient(1)), ("MRN", mrn(1)), ("Date of treatment", "02/10/2026"),
                  ("Diagnosis", "Non-small cell lung cancer, adenocarcinoma, metastatic to brain (C79.31)"),
                  ("Neurosurgeon", "Cormac Thistlewood, MD"), ("Radiation oncologist", "Yvaine Oduya-Brandt, MD"),
                  ("Medical physicist", "Leontyne Farquar, MS, DABR")]),
        H2("History"),
        P("68-year-old man with EGFR-negative lung adenocarcinoma on chemo-immunotherapy. Restaging MRI of 01/22/2026 "
          "showed two enhancing lesions, left temporal 2.1 cm and right cerebellar 1.4 cm, neither near the optic "
          "apparatus or brainstem. KPS 80. Radiosurgery recommended at tumour board 01/28/2026."),
        H2("Procedure"),
        P("On 02/10/2026 a stereotactic head frame was applied under local anaesthesia (four pins). Stereotactic MRI "
          "(1 mm post-contrast T1, T2) and a stereotactic CT with the fiducial box were obtained and co-registered for "
          "planning (mean fiducial error 0.5 mm)."),
    ], [
        H2("Dose plan"),
        KeyValue([("Unit", "Cobalt-60 multi-source radiosurgery unit, 192 sources"),
                  ("Planning system", "HALDANE GK-Plan 4.0 (invented)"), ("Sessions", "1 (single session)")]),
        RuledTable([("Target", "Location", "Size", "Vol (cc)", "Marginal dose", "Isodose", "Shots", "Coverage"),
                    ("1", "Left temporal", "21 mm", "3.10", "2000 cGy", "50%", "11", "98%"),
                    ("2", "Right cerebellar", "14 mm", "0.92", "1800 cGy", "50%", "6", "99%")]),
        TextTable([("Organ at risk", "Max dose"), ("Brainstem", "870 cGy"), ("Optic chiasm", "210 cGy"),
                   ("Cochlea, left", "390 cGy")], columns=(0, 200)),
        P("Frame coordinates for all 17 shots were checked at the unit against the printout before delivery (LF). "
          "Independent second calculation of treatment time agreed within 1.0%."),
    ], [
        H2("Treatment delivered"),
        P("Delivered 02/10/2026 in one session, beam-on 61.2 min, without interruption. Left temporal lesion 2000 cGy "
          "and right cerebellar lesion 1800 cGy, each to the 50% isodose line. Frame removed, pin sites clean."),
        P("Follow-up: MRI in 8 weeks, clinic visit with Dr. Oduya-Brandt."),
        sig("Cormac Thistlewood, MD, Neurosurgery, 02/11/2026"),
        sig("Yvaine Oduya-Brandt, MD, Radiation Oncology, 02/11/2026"),
        sig("Leontyne Farquar, MS, DABR, Medical Physics, 02/11/2026"),
    ]], opts=dict(header=fax("FEB-12-2026 09:14", _c + " 555-0141", "3 PAGES", 1, "07/03/1957"), **FAX))])

# s93_02 -- phone photo of a typed SRS form: linac mask, one metastasis; IGRT field left blank -----------------
_c = "PINECREST CANCER CARE - RADIATION ONCOLOGY"
add(name="s93_02", kind="scan", codes=["77372", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal", "cranial", S, 24, 1)],
    categories=cats(delivery_verification=False),
    notes="Phone photo of a typed one-page SRS prescription and treatment form (crooked, speckled, no resolution "
          "tag): right frontal metastasis 1.2 cm, 24 Gy x 1 to the 80% isodose on a gantry linac, thermoplastic "
          "mask ticked, planning CT fused with MRI, four arcs. The 'image guidance at unit' and 'physics check' "
          "lines are blank, so no delivery verification is documented.",
    docs=[Doc("s93_02.pdf", [[
        H1("CRANIAL SRS PRESCRIPTION / TREATMENT FORM"),
        KeyValue([("Patient", patient(2)), ("MRN", mrn(2)), ("Physician", "Halvard Quenby, MD"),
                  ("Diagnosis", "Melanoma metastatic to brain, right frontal lobe")]),
        RuledTable([("Immobilization", "[X] Thermoplastic SRS mask    [ ] Head frame    [ ] Other ______"),
                    ("Planning imaging", "[X] CT 1 mm (03/02/2026)    [X] MRI T1+C fused    [ ] Angio"),
                    ("Unit", "[X] Gantry linac 6 MV FFF, HD-MLC    [ ] Other ______"),
                    ("Technique", "VMAT, 4 non-coplanar arcs, 1 isocenter")], header=False),
        RuledTable([("Target", "Size", "Dose", "Fx", "Isodose"),
                    ("R frontal (GTV = PTV + 1 mm)", "1.2 cm", "24 Gy", "1", "80%")]),
        KeyValue([("OAR", "Brain V12 = 3.4 cc; chiasm max 1.1 Gy"),
                  ("Image guidance at unit", "______________________"),
                  ("Physics check / QA", "______________________")]),
        H2("Treatment record"),
        KeyValue([("Date treated", "03/06/2026"), ("Delivered", "24 Gy x 1 fraction, course complete"),
                  ("Therapists", "R.T. / M.K.")]),
        sig("Halvard Quenby, MD 03/06/2026"),
    ]], opts=dict(header=head(_c, 2, "11/30/1961"), **PHOTO))])

# s93_03 -- bundle: scanned frame-placement note with a stamp + digital dose plan; trigeminal neuralgia ---------
_c = "MERROW HILL NEUROSCIENCES"
add(name="s93_03", kind="bundle", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Two files: a scanned, slightly skewed handwritten-style frame-placement note carrying a RECEIVED / "
          "HEALTH INFORMATION stamp (frame applied, local anaesthetic, four pins) and a digital cobalt-60 dose plan "
          "for right trigeminal neuralgia: one 4 mm shot, 80 Gy maximum dose (100% isodose) to the nerve root; "
          "stereotactic MRI only (CT not done). Functional target: complex.",
    docs=[
        Doc("1_frame_note_scanned.pdf", [[
            Paragraph("[ STAMP ]  RECEIVED  MAR 19 2026  HEALTH INFORMATION MGMT", bold=True),
            H1("Stereotactic Frame Application - Procedure Note"),
            KeyValue([("Patient", patient(3)), ("MRN", mrn(3)), ("Date", "03/17/2026"),
                      ("Surgeon", "Ingram Pellowe, MD, Neurosurgery")]),
            P("Indication: medically refractory right trigeminal neuralgia (V2/V3), failed carbamazepine and "
              "oxcarbazepine; radiosurgery planned today."),
            P("Scalp prepped; 1% lidocaine with 0.5% bupivacaine infiltrated at four pin sites. Stereotactic head frame "
              "applied with four pins, frame level with the orbitomeatal line. Patient tolerated well. To MRI for "
              "stereotactic imaging with the indicator box."),
            P("Frame removed 13:05 after treatment. Pin sites hemostatic, dressed."),
            sig("Ingram Pellowe, MD 03/17/2026"),
        ]], opts=dict(header=head(_c, 3, "05/14/1949"), scan=True, scan_dpi=150, scan_skew=1.4, scan_noise=4.0)),
        Doc("2_dose_plan.pdf", [[
            H1("Radiosurgery Dose Plan - Functional"),
            KeyValue([("Patient / MRN", f"{patient(3)} / {mrn(3)}"), ("Treatment date", "03/17/2026, single session"),
                      ("Unit", "Cobalt-60 multi-source radiosurgery unit"), ("Fixation", "Stereotactic head frame"),
                      ("Imaging", "Stereotactic MRI 03/17/2026: CISS 0.5 mm and T1 post-contrast; CT not performed"),
                      ("Planning system", "HALDANE GK-Plan 4.0 (invented)")]),
            RuledTable([("Target", "Collimator", "Shots", "Max dose", "Isodose", "Brainstem 15 Gy surface"),
                        ("Right trigeminal nerve, root entry zone", "4 mm", "1", "80 Gy", "100%", "0.8 mm")]),
            P("Target defined on CISS as the cisternal segment of the right trigeminal nerve 7 mm anterior to the pons. "
              "Brainstem 0.01 cc dose 11.4 Gy."),
            P("Frame coordinates X 128.5, Y 101.0, Z 122.5 verified at the unit by the physicist. Treatment time "
              "second-checked (0.6% difference). Delivered 03/17/2026: 80 Gy maximum, 1 shot, beam-on 48.3 min."),
            sig("Ingram Pellowe, MD; Saoirse Kettleby, PhD (physics) 03/17/2026"),
        ]], opts=dict(header=head(_c, 3, "05/14/1949"))),
    ])

# s93_06 -- two-column scanned letter: robotic arm, post-op cavity, 3 fractions; letter has no plan parameters --
_c = "LOWFIELD ROBOTIC RADIOSURGERY"
add(name="s93_06", kind="scan", codes=["77373", "77435", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left occipital resection cavity", "cranial", C, 27, 3)],
    categories=cats(plan=False),
    notes="Scanned two-column letter to the referring oncologist: robotic-arm SRS of a 3.8 cm left occipital "
          "resection cavity (complex by size), twenty-seven gray in three fractions in words, open-face "
          "thermoplastic mask, CT and MRI fused, skull tracking throughout each fraction. No contours, isodose or "
          "beam parameters: plan not documented.",
    docs=[Doc("s93_06.pdf", [[
        P("Ravindra Allsopp-Weir, MD\nMedical Oncology, Threlkeld Clinic\n14 Copper Lane, Lowfield"),
        P("April 21, 2026"),
        P(f"Re: {patient(6)}, MRN {mrn(6)}, DOB 09/09/1966"),
        P("Dear Dr. Allsopp-Weir,"),
        P("Thank you for referring Mr. Swindlecote, whom we saw after resection of a solitary left occipital metastasis "
          "from his renal cell carcinoma on March 3. His postoperative MRI showed a gross total resection with a "
          "resection cavity measuring 3.8 cm in greatest dimension and no other lesions."),
        P("We recommended cavity radiosurgery in three fractions. At simulation on April 1 he was fitted with an "
          "open-face thermoplastic mask and had a thin-slice planning CT, which was fused with a new contrast MRI of "
          "the same day."),
        P("He completed treatment on the robotic-arm radiosurgery system on April 8, 9 and 10, receiving twenty-seven "
          "gray in three fractions of nine gray to the cavity. Six-dimensional skull tracking with paired x-rays "
          "was used throughout every fraction, with corrections applied by the robot."),
        P("He tolerated treatment well, with mild fatigue only. Dexamethasone was not required. We will see him with "
          "an MRI in two months and will keep you informed."),
        P("With kind regards,"),
        sig("Philippa Wraxall, MD, Radiation Oncology, 04/21/2026"),
        P("cc: Dr. E. Brannigan, Neurosurgery"),
    ]], opts=dict(header=head(_c, 6, "09/09/1966"), two_columns=True, **SCAN))])

# s93_08 -- bundle: digital plan + scanned treatment record; linac 5-fraction SRS, three metastases ---------------
_c = "HOLLIS BAY CANCER INSTITUTE"
add(name="s93_08", kind="bundle", codes=["77373", "77435", "61798", "61797"],
    facts=F("linac", ["cranial"], 3, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left parietal", "cranial", C, 30, 5), L("right frontal", "cranial", S, 25, 5),
             L("left cerebellar", "cranial", S, 25, 5)],
    categories=cats(),
    notes="Two files: a digital planning report (three breast-cancer metastases, left parietal 4.1 cm = complex by "
          "size, 30 Gy/5; right frontal and left cerebellar 25 Gy/5; single isocenter, five arcs) and a scanned, "
          "slightly skewed treatment record with five dated fractions, CBCT and 6D couch each day and physics QA.",
    docs=[
        Doc("1_plan_report.pdf", [[
            H1("Stereotactic Treatment Plan Report"),
            KeyValue([("Patient / MRN", f"{patient(8)} / {mrn(8)}"), ("Plan", "SRT_3MET_v2"),
                      ("Planning system", "CORVID Planning 17 (invented)"), ("Unit", "6 MV FFF gantry linac, 2.5 mm MLC"),
                      ("Immobilization", "Frameless thermoplastic SRS mask with bite block"),
                      ("Images", "Planning CT 1 mm (05/04/2026) fused with MRI T1 post-gadolinium 05/02/2026"),
                      ("Technique", "Single-isocenter multi-target VMAT, 5 non-coplanar arcs")]),
            RuledTable([("Target", "Max diam", "PTV (cc)", "Dose / fractions", "Rx isodose", "PTV V100"),
                        ("PTV_LParietal", "4.1 cm", "24.6", "30 Gy / 5", "78%", "97.1%"),
                        ("PTV_RFrontal", "1.6 cm", "2.9", "25 Gy / 5", "80%", "98.4%"),
                        ("PTV_LCblm", "1.1 cm", "1.0", "25 Gy / 5", "80%", "99.0%")]),
            P("Constraints: brainstem D0.03cc 15.1 Gy (< 23 Gy); chiasm 4.2 Gy; brain-minus-PTV V24Gy 18.7 cc."),
            sig("Dafydd Marchetti, MD 05/06/2026; Oonagh Sterne, MS, DABR 05/06/2026"),
        ]], opts=dict(header=head(_c, 8, "02/18/1970"))),
        Doc("2_treatment_record_scanned.pdf", [[
            H1("Treatment Delivery Record (printed from record-and-verify, signed copy)"),
            RuledTable([("Fx", "Date", "IGRT", "Shift (mm)", "Dose this fx (PTV_LParietal / others)", "Initials"),
                        ("1", "05/11/2026", "CBCT + 6D couch", "1.2", "6 Gy / 5 Gy", "AT"),
                        ("2", "05/12/2026", "CBCT + 6D couch", "0.8", "6 Gy / 5 Gy", "AT"),
                        ("3", "05/13/2026", "CBCT + 6D couch", "0.6", "6 Gy / 5 Gy", "JR"),
                        ("4", "05/14/2026", "CBCT + 6D couch", "0.9", "6 Gy / 5 Gy", "JR"),
                        ("5", "05/15/2026", "CBCT + 6D couch", "0.7", "6 Gy / 5 Gy", "AT")]),
            P("Patient-specific QA: portal dosimetry gamma 3%/1 mm 99.2% pass (05/07/2026)."),
            P("Course complete 05/15/2026: left parietal 30 Gy in 5 fractions; right frontal 25 Gy in 5; left "
              "cerebellar 25 Gy in 5. All images reviewed and approved by the physician before beam on."),
            sig("Dafydd Marchetti, MD 05/15/2026"),
        ]], opts=dict(header=head(_c, 8, "02/18/1970"), scan=True, scan_dpi=150, scan_skew=1.6, scan_noise=3.0)),
    ])

# s93_13 -- scanned photocopy: cobalt-60 mask, 5 fractions, parasellar meningioma 3 mm from chiasm; 77371 claimed --
_c = "KINGSMERE GAMMA CENTRE"
add(name="s93_13", kind="scan", codes=["77371", "77432", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left parasellar meningioma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Low-resolution photocopy scan (coarse, speckled) of a fractionated cobalt-60 course with a thermoplastic "
          "mask: left parasellar meningioma 3 mm from the optic chiasm (complex), 25 Gy in 5 fractions, CBCT and "
          "infrared nose-marker monitoring each day. Claimed single-session codes 77371/77432 do not fit 5 fractions.",
    docs=[Doc("s93_13.pdf", [[
        H1("Fractionated Radiosurgery - Completion Summary"),
        KeyValue([("Patient", patient(13)), ("MRN", mrn(13)),
                  ("Diagnosis", "Meningioma, left parasellar / cavernous sinus, enlarging on serial MRI"),
                  ("Treatment dates", "06/01/2026 - 06/05/2026"), ("Physician", "Aurelio Banfield-Crane, MD")]),
        P("Mask-based treatment on the cobalt-60 multi-source unit was chosen because the lesion lies 3 mm from the "
          "optic chiasm. A thermoplastic mask with nose marker was made on 05/26/2026; a stereotactic cone-beam CT "
          "defined the reference, and a planning MRI (T1 post-contrast, 1 mm) and a planning CT were co-registered."),
        RuledTable([("Target", "Volume", "Rx", "Isodose", "Shots", "Chiasm max"),
                    ("Left parasellar meningioma", "5.8 cc", "25 Gy in 5 fractions (5 Gy each)", "50%", "22", "19.8 Gy / 5")]),
        P("Each fraction: CBCT registration to the planning reference with couch correction, then infrared nose-marker "
          "motion monitoring during delivery (threshold 1.5 mm; no interruptions). Physics plan check and second "
          "calculation done 05/29/2026."),
        P("Delivered: 5 of 5 fractions, 25 Gy total to the 50% isodose line. Vision unchanged at completion."),
        sig("Aurelio Banfield-Crane, MD 06/05/2026"),
    ]], opts=dict(header=head(_c, 13, "01/08/1958"), scan=True, scan_dpi=100, scan_noise=10.0))])

# s93_15 -- phone photo of a typed daily record: gantry linac single session, four metastases, one in the midbrain --
_c = "CALDER VALE ONCOLOGY - STEREOTACTIC SERVICE"
add(name="s93_15", kind="scan", codes=["77372", "77432", "61798", "61797", "61799"],
    facts=F("linac", ["cranial"], 4, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal", "cranial", S, 20, 1), L("right temporal", "cranial", S, 20, 1),
             L("left cerebellar", "cranial", S, 18, 1), L("midbrain", "cranial", C, 15, 1)],
    categories=cats(),
    notes="Phone photo (crooked, speckled) of a typed SRS daily treatment record for a single-isocenter, "
          "four-target session on a gantry linac: left frontal 2000 cGy, right temporal 2000 cGy, left cerebellar "
          "1800 cGy, midbrain 4 mm 1500 cGy (within the brainstem: complex). One complex lesion, so 61799 "
          "(a second complex lesion) does not fit.",
    docs=[Doc("s93_15.pdf", [[
        H1("SRS DAILY TREATMENT RECORD"),
        KeyValue([("Patient", patient(15)), ("MRN", mrn(15)), ("Date", "07/14/2026"),
                  ("Course", "Brain mets x4, single fraction"), ("Physician", "Tamsin Oyelaran, MD"),
                  ("Unit", "Gantry linac, 6 MV FFF, single-isocenter multi-target plan, 6 arcs"),
                  ("Set-up", "Open-face SRS mask, head rest B"),
                  ("Planning images", "CT sim 07/09/2026 fused to MRI 07/08/2026")]),
        RuledTable([("Target", "Size", "Rx (cGy)", "Isodose", "Delivered (cGy)"),
                    ("L frontal", "14 mm", "2000", "80%", "2000"),
                    ("R temporal", "11 mm", "2000", "80%", "2000"),
                    ("L cerebellar", "17 mm", "1800", "80%", "1800"),
                    ("Midbrain (L tectum)", "4 mm", "1500", "80%", "1500")]),
        KeyValue([("CBCT", "done, shifts 0.9 / 0.4 / 0.3 mm, approved TO"),
                  ("Surface monitoring", "on, max 0.5 mm"),
                  ("Plan QA", "phantom measurement 98.9% pass 07/13/2026")]),
        sig("T. Oyelaran MD 07/14/2026   physics: G. Hurlstone 07/14/2026"),
    ]], opts=dict(header=head(_c, 15, "10/02/1960"), scan=True, scan_dpi=150, scan_skew=-2.8, scan_noise=9.0,
                  page_numbers=None))])

# s93_18 -- bundle: digital plan + faxed treatment record: cobalt-60 frame SRS of an AVM with angiography ---------
_c = "WYNDHAM NEUROVASCULAR CENTER"
add(name="s93_18", kind="bundle", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["MRI", "angiography"], ["frame"]),
    lesions=[L("right parietal AVM", "cranial", C, 18, 1)],
    categories=cats(),
    notes="Two files: a digital AVM dose plan (stereotactic MRI and biplane angiography in the frame, 18 Gy to the "
          "50% isodose) and a faxed one-page treatment record (fine mode, banner) with the frame coordinate check "
          "and delivered dose. AVM: complex. No CT.",
    docs=[
        Doc("1_plan.pdf", [[
            H1("AVM Radiosurgery Plan"),
            KeyValue([("Patient / MRN", f"{patient(18)} / {mrn(18)}"), ("Date", "08/04/2026"),
                      ("Diagnosis", "Right parietal arteriovenous malformation, Spetzler-Martin II, unruptured, seizures"),
                      ("Fixation", "Stereotactic head frame"),
                      ("Imaging", "Stereotactic MRI (T1, TOF) and stereotactic biplane angiography, both 08/04/2026"),
                      ("Unit", "Cobalt-60 multi-source radiosurgery unit"),
                      ("Planning system", "HALDANE GK-Plan 4.0 (invented)")]),
            RuledTable([("Target", "Nidus vol", "Marginal dose", "Isodose", "Shots", "12 Gy volume"),
                        ("Right parietal AVM nidus", "4.2 cc", "18 Gy", "50%", "14", "9.6 cc")]),
            sig("Benedikt Hallorann, MD; Ffion Drysdale, PhD 08/04/2026"),
        ]], opts=dict(header=head(_c, 18, "03/27/1991"))),
        Doc("2_treatment_record_fax.pdf", [[
            H1("Radiosurgery Treatment Record"),
            KeyValue([("Patient", patient(18)), ("MRN", mrn(18)), ("Date treated", "08/04/2026")]),
            P("Frame coordinates of all 14 shots verified at the unit against the plan (FD). Treatment time independently "
              "recalculated, difference 0.9%."),
            P("Delivered in one session: 18 Gy to the 50% isodose line, right parietal AVM nidus. Beam-on 52.0 min. "
              "Frame removed 14:40."),
            sig("Benedikt Hallorann, MD 08/04/2026"),
        ]], opts=dict(header=fax("AUG-06-2026 11:02", _c + " 555-0118", "P. 1/1", 18, "03/27/1991"), **FAX)),
    ])

# s93_19 -- digital (no image): linac mask SRS, MRI contraindicated, CT only; plan page stored rotated -----------------
_c = "BRENTMOOR RADIATION ONCOLOGY"
add(name="s93_19", kind="pdf", codes=["77372", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 1, ["CT"], ["mask"]),
    lesions=[L("right occipital", "cranial", S, 21, 1)],
    categories=cats(),
    notes="Digital PDF (no image), the plan page stored with a 90-degree /Rotate (content stream sideways): right occipital metastasis 1.8 cm, 21 Gy x 1 on a "
          "gantry linac in a mask; MRI contraindicated (non-conditional pacemaker) so planning used contrast CT only. "
          "Stereoscopic x-ray positioning and plan QA.",
    docs=[Doc("s93_19.pdf", [[
        H1("Stereotactic Radiosurgery - Completion Note"),
        KeyValue([("Patient", patient(19)), ("MRN", mrn(19)), ("Treatment date", "09/01/2026"),
                  ("Diagnosis", "Colorectal adenocarcinoma metastatic to brain, right occipital lobe")]),
        P("MRI is contraindicated: the patient has a non-MR-conditional pacemaker with abandoned leads, so no MRI was "
          "obtained. A contrast-enhanced planning CT (1 mm) was acquired in a frameless thermoplastic mask on "
          "08/27/2026 and used alone for target delineation."),
        P("Delivered 09/01/2026 in a single fraction: right occipital lesion 21 Gy. Stereoscopic x-ray pair "
          "positioning with 6D couch before each arc; residual error < 0.7 mm. Physics second check and "
          "ion-chamber plan QA (1.4% difference) completed 08/31/2026."),
        sig("Marisol Achterberg, MD 09/01/2026"),
    ], [
        H2("Plan summary"),
        RuledTable([("Target", "Max diam", "Dose", "Fx", "Isodose", "Arcs", "Energy", "Conformity", "Brain V12"),
                    ("GTV_ROcc (PTV = GTV + 1 mm)", "1.8 cm", "21 Gy", "1", "80%", "4 non-coplanar", "6 MV FFF", "1.18", "5.2 cc")]),
        P("Planning system: LANTERN SRS 9 (invented). Unit: gantry linac with HD-MLC."),
        sig("Plan approved: Marisol Achterberg, MD; Idris Cottam, MS (physics) 08/31/2026"),
    ]], opts=dict(header=head(_c, 19, "12/12/1944"), rotate={2: 90}))])


# ==================================================================================================
# Spine
# ==================================================================================================

# s93_04 -- fax with a cover sheet (standard resolution): spine SBRT T10, 27 Gy in 3 in words -------------------
_c = "ELMSTEAD SPINE & RADIOSURGERY"
add(name="s93_04", kind="scan", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T10 vertebral body", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Four-page fax at coarse (standard-mode-like) resolution: a cover sheet with a confidentiality notice, then "
          "a spine SBRT summary: T10 renal cell metastasis abutting the dura, twenty-seven gray in three fractions "
          "(2700 cGy), vacuum cushion, planning CT fused with MRI, CBCT and 6D couch each "
          "fraction, physics QA.",
    docs=[Doc("s93_04.pdf", [[
        H1("FACSIMILE TRANSMITTAL"),
        KeyValue([("To", "Coding / HIM, Northmarch Hospital"), ("Fax", "555-0193"), ("From", _c),
                  ("Date", "03/30/2026"), ("Pages", "4 (including cover)"),
                  ("Re", f"{patient(4)} - SBRT completion records as requested")]),
        P("CONFIDENTIALITY NOTICE: this facsimile contains protected health information. If you received it in error, "
          "notify the sender at 555-0133 and destroy all copies."),
    ], [
        H1("Spine SBRT - Treatment Summary"),
        KeyValue([("Patient", patient(4)), ("MRN", mrn(4)), ("Dates", "03/23/2026, 03/25/2026, 03/27/2026"),
                  ("Diagnosis", "Renal cell carcinoma metastatic to T10 vertebral body, epidural extension abutting dura"),
                  ("Physician", "Gwenllian Abara, MD")]),
        P("Simulation 03/16/2026 supine in a full-body vacuum cushion, arms on chest. Planning CT 1.25 mm fused with a "
          "thoracic spine MRI (T1, T2, post-contrast) of 03/12/2026 for GTV, CTV (body and left pedicle) and cord."),
        P("Prescription: twenty-seven gray in three fractions (900 cGy per fraction) to the PTV, 6 MV FFF gantry linac, "
          "2 coplanar VMAT arcs. Cord Dmax 17.8 Gy (limit 20.3 Gy); esophagus 0.03 cc 21.0 Gy."),
    ], [
        H2("Delivery"),
        RuledTable([("Fx", "Date", "Dose", "Cumulative", "Imaging at unit"),
                    ("1", "03/23/2026", "900 cGy", "900 cGy", "CBCT x2, 6D couch, approved GA"),
                    ("2", "03/25/2026", "900 cGy", "1800 cGy", "CBCT x2, 6D couch, approved GA"),
                    ("3", "03/27/2026", "900 cGy", "2700 cGy", "CBCT x2, 6D couch, approved GA")]),
        P("Patient-specific QA: ArcCheck-type array 98.7% (3%/2 mm) on 03/20/2026; independent MU check passed."),
    ], [
        P("Completed as planned: T10, 27 Gy in 3 fractions. Tolerated well; mild esophagitis managed with "
          "sucralfate. MRI in 3 months."),
        sig("Gwenllian Abara, MD 03/27/2026"),
        sig("Torvald Nnamdi, MS, DABR 03/27/2026"),
    ]], opts=dict(header=fax("MAR-30-2026 16:48", _c + " 555-0133", "4 PAGES", 4, "06/06/1952"), **FAX_STD))])

# s93_10 -- scanned spine record: robotic arm, C2 and T4 in one session; header says one lesion --------
_c = "NORTHBECK CYBER-RADIOSURGERY UNIT"
add(name="s93_10", kind="scan", codes=["77373", "77435", "63620", "63621"],
    facts=F("robotic_linac", ["spinal"], 2, 1, ["CT", "MRI"], ["body_immobilization", "mask"]),
    lesions=[L("C2", "spinal", None, 16, 1), L("T4", "spinal", None, 18, 1)],
    categories=cats(),
    contradiction="The record header says 'Lesions treated: 1', while the delivery table lists two treated levels (C2 16 Gy and T4 18 Gy) with their own beam-on times.",
    notes="Scanned (image-only) record of single-session robotic-arm spine radiosurgery: C2 16 Gy and T4 18 Gy in one "
          "session (head-neck-shoulder mask and vacuum cushion, spine tracking). The header's 'Lesions treated: 1' "
          "disagrees with the table; gold follows the table. Single-fraction spine: 77373, not 77372.",
    docs=[Doc("s93_10.pdf", [[
        H1("Spine Radiosurgery Treatment Record"),
        KeyValue([("Patient / MRN", f"{patient(10)} / {mrn(10)}"), ("Date", "04/15/2026 (single session)"),
                  ("Lesions treated", "1"), ("Diagnosis", "Breast cancer, osseous metastases C2 and T4, dural contact at both"),
                  ("Immobilization", "Thermoplastic head-neck-shoulder mask + vacuum cushion"),
                  ("Imaging", "Planning CT 1 mm with myelographic contrast, fused with spine MRI 04/08/2026")]),
        RuledTable([("Level", "Rx", "Fx", "Isodose", "Beams", "Tracking", "Beam-on", "Cord max"),
                    ("C2", "16 Gy", "1", "78%", "142", "spine tracking, 6D", "31 min", "11.9 Gy"),
                    ("T4", "18 Gy", "1", "80%", "156", "spine tracking, 6D", "36 min", "12.6 Gy")]),
        P("Robotic-arm 6 MV linac, fixed cones. Tracking images every 30-60 s; corrections < 1 mm. Plan QA: film 97.8% "
          "pass; second MU calculation within 2%. Both levels delivered 04/15/2026."),
        sig("Cosmo Ridgewell-Tan, MD; Blessing Ashworth, MS 04/15/2026"),
    ]], opts=dict(header=head(_c, 10, "04/01/1963"), scan=True, scan_dpi=150, scan_noise=4.0))])

# s93_17 -- heavily speckled scan: spine SBRT, T12 and L3, 24 Gy in 2 fractions, body frame -------------------------
_c = "GARSTON UNIVERSITY HOSPITAL - RADIATION ONCOLOGY"
add(name="s93_17", kind="scan", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T12", "spinal", None, 24, 2), L("L3", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Heavily speckled, slightly crooked scan of an EHR spine SBRT summary: two non-contiguous levels (T12, L3) treated in the "
          "same two sessions, 24 Gy in 2 fractions each, body-frame immobilization, CT fused with MRI, CBCT and "
          "6D couch each fraction, plan QA. Per-fraction 12 Gy beside totals.",
    docs=[Doc("s93_17.pdf", [[
        H1("Spine SBRT Completion Summary"),
        KeyValue([("Patient", patient(17)), ("MRN", mrn(17)),
                  ("Diagnosis", "Prostate adenocarcinoma, oligoprogressive osseous metastases T12 and L3"),
                  ("Dates", "10/05/2026 and 10/07/2026"), ("Attending", "Anselm Fairweather-Obi, MD")]),
        P("Simulated 09/28/2026 in a body frame with vacuum cushion and knee rest. Planning CT 1 mm fused with "
          "T/L-spine MRI for vertebral body CTVs and the cauda/conus. Gantry linac, 6 MV FFF, VMAT 2 arcs per "
          "isocenter (2 isocenters)."),
        RuledTable([("Level", "Dose/fx", "Fractions", "Total", "Cord / cauda max"),
                    ("T12", "12 Gy", "2", "24 Gy", "cord 14.8 Gy"),
                    ("L3", "12 Gy", "2", "24 Gy", "cauda 16.1 Gy")]),
        P("CBCT before each isocenter at both fractions, 6D couch corrections, reviewed by MD before treatment. "
          "Phantom QA 99.0% pass."),
        P("Both levels completed 10/07/2026: T12 24 Gy/2 fx, L3 24 Gy/2 fx."),
        sig("Anselm Fairweather-Obi, MD 10/07/2026"),
    ]], opts=dict(header=head(_c, 17, "07/07/1950"), scan=True, scan_dpi=150, scan_skew=0.8, scan_noise=16.0))])


# ==================================================================================================
# Body
# ==================================================================================================

# s93_05 -- digital PDF with a skewed scanned plan-table page: lung SBRT, two lesions, 5 fractions -----------------
_c = "FENWICK HEIGHTS CANCER CENTRE"
add(name="s93_05", kind="scan", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe", "body", None, 55, 5), L("right lower lobe", "body", None, 50, 5)],
    categories=cats(),
    notes="Digital three-page PDF whose page 2 is a skewed scan of the printed plan-report table: two lung lesions "
          "treated in the same five sessions, RUL 55 Gy/5 and RLL 50 Gy/5, 4DCT in a vacuum bag with abdominal "
          "compression, PET fused, daily CBCT. Doses per lesion only on the scanned page and the summary.",
    docs=[Doc("s93_05.pdf", [[
        H1("Lung SBRT - Course Summary"),
        KeyValue([("Patient", patient(5)), ("MRN", mrn(5)), ("Dates", "05/04/2026 - 05/12/2026 (5 fractions)"),
                  ("Diagnosis", "Synchronous primary NSCLC, right upper and right lower lobes, both T1b N0, inoperable (COPD)"),
                  ("Physician", "Lucan Desrosiers, MD")]),
        P("Simulation 04/24/2026: 4DCT supine in a vacuum bag with abdominal compression plate; FDG PET-CT of "
          "04/10/2026 fused for GTV definition; ITV from the 4DCT phases. Plan report attached (page 2)."),
        P("Both lesions were treated at every session with a daily CBCT matched to the ITVs and physician approval of "
          "shifts before beam on."),
    ], [
        H2("Plan report - target table (printed copy)"),
        RuledTable([("Target", "Rx", "Fx", "Dose/fx", "Isodose", "Arcs", "PTV D95", "Lung V20"),
                    ("PTV_RUL", "55 Gy", "5", "11 Gy", "80%", "2 partial", "100.4%", "4.1%"),
                    ("PTV_RLL", "50 Gy", "5", "10 Gy", "80%", "2 partial", "99.6%", "(combined)")]),
        P("Planning system LANTERN 9 (invented), 6 MV FFF gantry linac. Chest wall V30 28 cc; cord max 14 Gy. "
          "Physics second check and portal-dosimetry QA passed 04/30/2026."),
        sig("Plan approved L. Desrosiers MD / C. Imbert-Shaw PhD 04/30/2026"),
    ], [
        H2("Completion"),
        P("Course completed 05/12/2026: right upper lobe 55 Gy in 5 fractions, right lower lobe 50 Gy in 5 fractions. "
          "No acute toxicity beyond grade 1 fatigue. CT chest in 3 months."),
        sig("Lucan Desrosiers, MD 05/12/2026"),
    ]], opts=dict(header=head(_c, 5, "08/15/1945"), scan_pages=[2], scan_dpi=150, scan_skew=2.2, scan_noise=3.0))])

# s93_07 -- bundle: digital summary + scanned small-print session log: robotic-arm liver SBRT, G-codes -------------
_c = "SALTCOTE ROBOTIC RADIOSURGERY"
add(name="s93_07", kind="bundle", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment VII", "body", None, 45, 3)],
    categories=cats(),
    notes="Two files: a short digital course summary (HCC segment VII, robotic-arm SBRT, gold fiducials, vacuum "
          "cushion, CT and MRI) and a scanned per-session log in small print (8 pt at 200 dpi) with 1500 cGy per "
          "fraction and a cumulative column reaching 4500 cGy; fiducial tracking with respiratory model each session.",
    docs=[
        Doc("1_course_summary.pdf", [[
            H1("Liver SBRT - Course Summary"),
            KeyValue([("Patient / MRN", f"{patient(7)} / {mrn(7)}"), ("Diagnosis", "Hepatocellular carcinoma, segment VII, 2.7 cm, after failed TACE"),
                      ("Physician", "Octavia Lindqvist-Moe, MD"), ("Dates", "06/15, 06/17, 06/19/2026"),
                      ("Fiducials", "Three gold seeds placed percutaneously 05/28/2026"),
                      ("Simulation", "06/04/2026, supine in vacuum cushion; triphasic CT and liver MRI fused"),
                      ("Prescription", "45 Gy in 3 fractions to the 75% isodose, robotic-arm 6 MV linac, Iris-type variable aperture"),
                      ("Plan QA", "Film QA 97.5% pass, second MU calculation within 1.8% (06/11/2026)")]),
            P("Per-session details are in the attached treatment log."),
            sig("Octavia Lindqvist-Moe, MD 06/19/2026"),
        ]], opts=dict(header=head(_c, 7, "02/02/1956"))),
        Doc("2_session_log_scanned.pdf", [[
            H2("Robotic SBRT Session Log - printed from treatment console"),
            RuledTable(widths=(40, 54, 48, 44, 58, 36, 96, 40, 44, 40), rows=[("Session", "Date", "Target", "Dose (cGy)", "Cumulative (cGy)", "Beams", "Tracking", "Model err", "Beam-on", "Therapist"),
                        ("1 of 3", "06/15/2026", "Liver_S7", "1500", "1500", "168", "fiducial + resp. model", "1.9 mm", "44 min", "KB"),
                        ("2 of 3", "06/17/2026", "Liver_S7", "1500", "3000", "168", "fiducial + resp. model", "2.1 mm", "42 min", "KB"),
                        ("3 of 3", "06/19/2026", "Liver_S7", "1500", "4500", "168", "fiducial + resp. model", "1.7 mm", "41 min", "PV")]),
            P("Fiducial extraction: 3/3 seeds tracked each session; rigid-body error < 1.5 mm. Physician reviewed "
              "alignment at session start each day (OLM)."),
            P("Course complete: Liver_S7 4500 cGy in 3 sessions."),
        ]], opts=dict(header=head(_c, 7, "02/02/1956"), font_size=8.0, scan=True, scan_dpi=200, scan_noise=2.0)),
    ])

# s93_09 -- scanned 2-page prostate MR-linac SBRT: typed summary says 40 Gy, record gives 36.25 Gy ------------------
_c = "ORCHARD LEA MR-GUIDED RADIOTHERAPY"
add(name="s93_09", kind="scan", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    contradiction="The completion paragraph says 40 Gy in 5 fractions, while the prescription and the five-row delivery record give 36.25 Gy (725 cGy x 5).",
    notes="Two scanned pages of an MR-linac prostate SBRT course (knee-and-foot immobilization cushion, simulation "
          "CT and MRI, daily adaptive MRI and cine-MRI gating). The completion paragraph says 40 Gy; prescription and "
          "the delivery record say 36.25 Gy in 5 (725 cGy each). Gold follows the record.",
    docs=[Doc("s93_09.pdf", [[
        H1("Prostate SBRT - Summary"),
        KeyValue([("Patient", patient(9)), ("MRN", mrn(9)),
                  ("Diagnosis", "Prostate adenocarcinoma, Gleason 3+4, PSA 7.2, favourable intermediate risk"),
                  ("Unit", "1.5 T MR-linac (gantry, 7 MV FFF)"), ("Physician", "Jessamy Okafor-Lund, MD")]),
        P("Simulation 07/06/2026: supine in a knee-and-foot immobilization cushion; planning CT and T2 MRI registered. "
          "Prescription 3625 cGy in 5 fractions to the PTV (prostate + 5 mm, 3 mm posteriorly); rectum V36 < 1 cc."),
        P("Completion: the patient completed 40 Gy in 5 fractions on 07/24/2026 with grade 1 urinary frequency."),
    ], [
        H2("Delivery record"),
        RuledTable([("Fx", "Date", "Plan", "Dose (cGy)", "Online MRI / adapt", "Gating"),
                    ("1", "07/14/2026", "adapt-to-shape", "725", "yes", "cine MRI, 3 mm"),
                    ("2", "07/16/2026", "adapt-to-shape", "725", "yes", "cine MRI, 3 mm"),
                    ("3", "07/20/2026", "adapt-to-position", "725", "yes", "cine MRI, 3 mm"),
                    ("4", "07/22/2026", "adapt-to-shape", "725", "yes", "cine MRI, 3 mm"),
                    ("5", "07/24/2026", "adapt-to-shape", "725", "yes", "cine MRI, 3 mm")]),
        P("Total delivered 3625 cGy. Each adapted plan checked with independent MU calculation before delivery; "
          "physician and physicist present at every fraction."),
        sig("Jessamy Okafor-Lund, MD; Casimir Bright, PhD 07/24/2026"),
    ]], opts=dict(header=head(_c, 9, "11/11/1953"), scan=True, scan_dpi=150, scan_skew=1.0, scan_noise=6.0))])

# s93_14 -- digital PDF, page 3 (IGRT/QA sheet) scanned: pancreas SBRT 33 Gy in 5, fiducials ------------------------
_c = "THORNLEIGH DIGESTIVE CANCER PROGRAM"
add(name="s93_14", kind="scan", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI", "PET"], ["body_immobilization", "fiducials"]),
    lesions=[L("pancreatic head", "body", None, 33, 5)],
    categories=cats(),
    notes="Digital three-page PDF with page 3 a scanned IGRT and physics-QA sheet (the only evidence of delivery "
          "verification): borderline-resectable pancreatic head cancer, 33 Gy in 5 fractions (6.6 Gy), two "
          "fiducials, vacuum cushion with abdominal compression belt, CT/MRI/PET for planning. The elective "
          "PTV_Low (25 Gy in 5) is a second dose level around the same tumour, not a second lesion.",
    docs=[Doc("s93_14.pdf", [[
        H1("Pancreas SBRT - Treatment Summary"),
        KeyValue([("Patient", patient(14)), ("MRN", mrn(14)),
                  ("Diagnosis", "Adenocarcinoma of the pancreatic head, borderline resectable, after 4 months FOLFIRINOX"),
                  ("Physician", "Evander Quist, MD"), ("Dates", "08/17/2026 - 08/21/2026")]),
        P("Two gold fiducial markers were placed at endoscopic ultrasound on 07/30/2026. Simulation 08/06/2026 in a "
          "vacuum cushion with an abdominal compression belt: contrast 4DCT, fused with pancreas-protocol MRI and the "
          "staging PET-CT for GTV delineation."),
        P("Prescription: 33 Gy in 5 fractions of 6.6 Gy to PTV_High, 25 Gy in 5 to PTV_Low (elective), gantry linac "
          "VMAT, 2 full arcs, 10 MV FFF."),
    ], [
        H2("Dosimetry"),
        TextTable([("Structure", "Constraint", "Achieved"), ("Duodenum", "V25 < 1 cc", "0.4 cc"),
                   ("Stomach", "V25 < 1 cc", "0.2 cc"), ("Bowel", "V30 < 0.5 cc", "0.0 cc"),
                   ("PTV_High", "D95 >= 30 Gy", "31.2 Gy")], columns=(0, 150, 300)),
        P("Completed 08/21/2026: pancreatic head 33 Gy in 5 fractions as prescribed."),
        sig("Evander Quist, MD 08/21/2026"),
    ], [
        H2("IGRT and physics QA sheet"),
        RuledTable([("Fx", "Date", "CBCT", "Fiducial match", "Shift (mm)", "Approved"),
                    ("1", "08/17", "yes", "2/2 seeds", "3.1", "EQ"), ("2", "08/18", "yes", "2/2 seeds", "2.4", "EQ"),
                    ("3", "08/19", "yes", "2/2 seeds", "2.8", "EQ"), ("4", "08/20", "yes", "2/2 seeds", "1.9", "EQ"),
                    ("5", "08/21", "yes", "2/2 seeds", "2.2", "EQ")]),
        P("Patient-specific QA: 98.1% gamma pass (3%/2 mm) 08/13/2026; secondary dose calculation agreed within 1.6%."),
        sig("Physics: Wilhelmina Ajayi, MS 08/21/2026"),
    ]], opts=dict(header=head(_c, 14, "04/04/1959"), scan_pages=[3], scan_dpi=150, scan_skew=-1.2, scan_noise=4.0))])

# s93_16 -- digital: robotic-arm lung, 60 Gy in 8 fractions (over five: not SBRT codes) ---------------------------
_c = "BARROWFORD CHEST ONCOLOGY"
add(name="s93_16", kind="pdf", codes=["77373", "77435"],
    facts=F("robotic_linac", ["body"], 1, 8, ["CT", "PET"], ["body_immobilization", "fiducials"]),
    lesions=[L("left lower lobe, central", "body", None, 60, 8)],
    categories=cats(),
    notes="Digital EHR summary: central left lower lobe NSCLC on the robotic-arm linac with fiducial and "
          "respiratory tracking, 60 Gy in 8 fractions (7.5 Gy) because of proximity to the main bronchus. Over five "
          "fractions: neither 77373 nor 77435 fits.",
    docs=[Doc("s93_16.pdf", [[
        H1("Hypofractionated Stereotactic Lung Treatment - End of Treatment Summary"),
        KeyValue([("Patient", patient(16)), ("MRN", mrn(16)), ("Diagnosis", "NSCLC, squamous, left lower lobe, central, T1c N0"),
                  ("Physician", "Radomir Eastaugh, MD"), ("Dates", "09/07/2026 - 09/18/2026")]),
        P("Central tumour 1.5 cm from the left main bronchus; the thoracic tumour board chose a risk-adapted eight-fraction "
          "schedule. Three fiducials placed bronchoscopically 08/20/2026. Simulation 08/28/2026 in a vacuum cushion, "
          "planning CT (exhale breath-hold) fused with the staging PET-CT."),
        RuledTable([("Target", "Rx", "Fractions", "Isodose", "Beams", "Tracking"),
                    ("LLL central", "60 Gy (7.5 Gy/fx)", "8", "72%", "181", "fiducial + respiratory model")]),
        P("All 8 fractions delivered 09/07-09/18/2026 with fiducial tracking and a correlation model each fraction "
          "(model error < 2.5 mm). Film QA 96.9% pass and second MU check before the first fraction. "
          "Bronchus D0.03cc 52.1 Gy; esophagus 30.4 Gy."),
        sig("Radomir Eastaugh, MD 09/18/2026"),
    ]], opts=dict(header=head(_c, 16, "01/20/1948")))])

# s93_20 -- EHR text note: adrenal SBRT 40 Gy in 5; no immobilization device; 77432 wrongly claimed ----------------
_c = "QUARRYBANK MEDICAL CENTER"
add(name="s93_20", kind="ehr_text", codes=["77373", "77435", "77432"],
    facts=F("linac", ["body"], 1, 5, ["CT"], []),
    lesions=[L("left adrenal", "body", None, 40, 5)],
    categories=cats(positioning=False),
    notes="Plain-text EHR note (no image) that refers to scanned outside records: left adrenal metastasis SBRT 40 Gy in "
          "5 fractions on a gantry linac, 4DCT, daily CBCT, physics QA; the patient lay on the bare couch with no "
          "immobilization device (explicitly declined), so positioning is not met. 77432 (single-session cranial) "
          "does not fit.",
    docs=[Doc("s93_20.txt", text=f"""
{_c} - RADIATION ONCOLOGY
END OF TREATMENT NOTE                                      printed 10/30/2026 14:02

Patient: {patient(20)}     MRN: {mrn(20)}     DOB: 02/29/1952
Attending: Marguerite Holloway-Ebe, MD

Diagnosis: NSCLC metastatic to the left adrenal gland (solitary), 3.1 cm, on maintenance pembrolizumab.
Outside records (scanned into media tab 10/01/2026): adrenal biopsy pathology reviewed (adenocarcinoma, TTF-1+).

Simulation 10/08/2026: 4DCT supine on the flat couch top, arms resting above the head, no vacuum bag, wing board or other
immobilization device (patient declined because of back pain). ITV from all 10 phases.

Plan: 40 Gy in 5 fractions (8 Gy/fx) to PTV (ITV + 5 mm), prescribed to the 80% isodose, 2 VMAT arcs,
6 MV FFF, gantry linac. Kidney L V17.5 12%; bowel D0.03cc 27 Gy; spinal cord 13 Gy.
Physics second check and portal dosimetry QA 10/14/2026 passed (99.3%).

Delivery: 10/20, 10/22, 10/24, 10/27, 10/29/2026, CBCT before every fraction matched to ITV, shifts approved
by physician. Completed 5 of 5: left adrenal 40 Gy.

Toxicity: grade 1 nausea, resolved. Follow-up CT in 10 weeks.

Electronically signed: Marguerite Holloway-Ebe, MD 10/30/2026
{FOOT}
""")])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# s93_11 -- scanned consult only: SRS recommended for two metastases, nothing delivered ---------------------------
_c = "ASHGROVE REGIONAL RADIOSURGERY CENTER"
add(name="s93_11", kind="scan", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a scanned radiosurgery consultation (slightly skewed) recommending single-session linac SRS "
          "in a mask for two metastases (20 Gy each proposed), with a thin-slice MRI and planning CT to be ordered. "
          "Nothing simulated or delivered.",
    docs=[Doc("s93_11.pdf", [[
        H1("Radiation Oncology Consultation - Radiosurgery"),
        KeyValue([("Patient", patient(11)), ("MRN", mrn(11)), ("Date", "05/19/2026"),
                  ("Referring", "Dr. Halcyon Mbeki, Medical Oncology"), ("Consultant", "Yvaine Oduya-Brandt, MD")]),
        P("Reason: two new brain metastases (left frontal 1.3 cm, right cerebellar 0.9 cm) on surveillance MRI of "
          "05/12/2026, lung adenocarcinoma, ECOG 1."),
        P("Assessment and plan: I recommend single-fraction stereotactic radiosurgery on our gantry linac in a "
          "frameless mask, proposed 20 Gy to each lesion. We will order a thin-slice contrast MRI and a planning CT "
          "in the mask; treatment to be scheduled after those studies. Risks (radionecrosis 5-10%, seizure, "
          "fatigue) discussed; she wishes to think it over and discuss with her family before consenting."),
        sig("Yvaine Oduya-Brandt, MD 05/19/2026"),
    ]], opts=dict(header=head(_c, 11, "12/24/1955"), scan=True, scan_dpi=150, scan_skew=1.2, scan_noise=4.0))])

# s93_12 -- faxed cancelled SBRT schedule: five sessions booked, every one cancelled --------------------------------
_c = "FENWICK HEIGHTS CANCER CENTRE"
add(name="s93_12", kind="scan", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a faxed (standard-mode-like) appointment schedule for lung SBRT, five treatment slots all "
          "marked CANCELLED after the patient was admitted and moved to comfort care; the simulation slot is also "
          "cancelled. No course delivered.",
    docs=[Doc("s93_12.pdf", [[
        H1("Patient Appointment Schedule - Radiation Oncology"),
        KeyValue([("Patient", patient(12)), ("MRN", mrn(12)), ("Printed", "06/22/2026 08:15"),
                  ("Course", "SBRT left upper lobe, 50 Gy in 5 fractions (planned)")]),
        RuledTable([("Date", "Time", "Appointment", "Resource", "Status"),
                    ("06/15/2026", "09:30", "CT simulation 4D", "CT sim", "CANCELLED - inpatient"),
                    ("06/23/2026", "10:00", "SBRT fx 1 of 5", "Gantry linac 2", "CANCELLED"),
                    ("06/25/2026", "10:00", "SBRT fx 2 of 5", "Gantry linac 2", "CANCELLED"),
                    ("06/27/2026", "10:00", "SBRT fx 3 of 5", "Gantry linac 2", "CANCELLED"),
                    ("06/30/2026", "10:00", "SBRT fx 4 of 5", "Gantry linac 2", "CANCELLED"),
                    ("07/02/2026", "10:00", "SBRT fx 5 of 5", "Gantry linac 2", "CANCELLED")]),
        P("Comment (scheduler): course cancelled per Dr. Desrosiers 06/22/2026 - patient admitted with pneumonia, "
          "transitioned to comfort care. No treatment given. Please release authorization PA-26-0612."),
    ]], opts=dict(header=fax("JUN-22-2026 08:31", _c + " 555-0150", "P. 1/1", 12, "10/19/1939"), **FAX_STD))])


CORPUS = Corpus("blind_corpus93", "tests/blind_corpus93", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
