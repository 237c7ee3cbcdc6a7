"""Eighty-eighth blind corpus, ``tests/blind_corpus88/`` (regenerate: ``python scripts/make_corpus.py blind_corpus88``).

TUNING corpus, written blind (without reading the reader's code): a WHOLE COURSE, OR A RECORDS RELEASE, IN ONE
FILE. Coding offices often receive one combined PDF (or one long text export) per patient in which many documents
follow one another: referral letter, consult, simulation note, plan summary, prescription, physics check,
per-session treatment record, on-treatment note, completion summary, follow-up visit, and papers that are not care
of this course (a fee schedule or charge sheet, a prior-authorisation letter, a fax cover sheet, a previous
course's summary from years ago, a misfiled page of a DIFFERENT patient, a radiology report of a follow-up MRI, a
tumour-board note recommending treatment).

Twenty charts: fourteen single PDFs of 3-9 pages, three single text exports from an EHR, and three bundles in
which one file is itself a combined multi-document PDF. Documents are separated in different ways: each on a new
page with its own title; two documents on one page; a document running over a page break with a repeated header;
a release-of-information cover page and index; release page banners ("Page 3 of 9" of the release, not of the
document); documents out of date order; scanned pages inside an otherwise digital PDF (``scan_pages``).
Clinical mix: cranial (cobalt-60, gantry and robotic-arm linac; 1-6 lesions; simple and complex), spine, body
SBRT (lung, liver, prostate, pancreas, adrenal), two self-contradicting charts and three hard negatives (only a
consult and recommendation; a plan never delivered; only a previous course plus follow-up).

Gold labels are written by hand from what the chart says, ../shared/corpus/README.md and ../shared/reference/,
counting only what THIS patient's THIS course delivered. Every patient, clinic, clinician, payer and system is
invented.
"""

# ruff: noqa: E501  (clinical prose is deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import BulletList, KeyValue, Paragraph, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

NAMES = ["ZORVATH, ELSPETH", "QUELLIMAN, ROSWITHA", "BRISTLEWICK, ANSELM", "TANNERFOLD, MAURICE",
         "MERRIVALE-OKON, DELPHINE", "VOSKRENNY, HARLAN", "HALLORDEN, SIGMUND", "PEMBERTIX, GWENDOLYN",
         "CALDERWYCK, OTTILIE", "FROSTLANDER, BENEDIKT", "IVERNASH, MARGUERITE", "KESTELBY, LUCIAN",
         "LUNDQVAREN, PHILIPPA", "NOXHAVEN, ERASMUS", "OSTERMIRE, VALENTINA", "RAVELTHORPE, CONRAD",
         "SPRINDALE, ISOLDE", "THISTLEBECK, AMBROSE", "UMBERGAST, FELICITY", "WYNDCLOVER, TOBIAS"]


def patient(n: int) -> str:
    return NAMES[n - 1]


def mrn(n: int) -> str:
    return f"SYN-880{n:02d}"


def head(clinic: str, n: int, dob: str, extra: str = "") -> list[str]:
    return [clinic, f"{patient(n)}   MRN {mrn(n)}   DOB {dob}" + (f"   {extra}" if extra else "")]


def release(no: str) -> str:
    """The page banner of a records release: pages of the release, not of any one document."""
    return f"Release {no}  -  Page {{n}} of {{total}}"


def roi_cover(facility: str, n: int, dob: str, no: str, requester: str, purpose: str, rows: list[tuple[str, ...]],
              date: str) -> list:
    return [
        H1("RELEASE OF INFORMATION - COVER SHEET AND INDEX"),
        KeyValue([("Releasing facility", facility), ("Release no.", no), ("Patient", patient(n)), ("MRN", mrn(n)),
                  ("Date of birth", dob), ("Requested by", requester), ("Purpose", purpose), ("Date released", date)]),
        H2("Documents enclosed"),
        RuledTable([("#", "Document", "Date of service", "Release pages"), *rows]),
        P("The enclosed records are released under a valid authorization on file. Redisclosure is prohibited except as "
          "permitted by law. Documents are listed in the order in which they are enclosed. Page numbers in the banner "
          "at the foot of each page are pages of this release, not of the individual documents."),
        P("Prepared by: Health Information Management, Release of Information desk"),
    ]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# m88_01 -- release PDF (7 pages, cover + index, release banners): cobalt-60 frame SRS, three metastases ---------------
_c = "MARROWDALE UNIVERSITY HOSPITAL"
_d = "04/11/1957"
_rel = "ROI-2026-03318"
add(name="m88_01", kind="release_pdf", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 3, 1, ["MRI"], ["frame"]),
    lesions=[L("left frontal", "cranial", S, 18, 1), L("right parietal", "cranial", S, 20, 1),
             L("left occipital", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Seven-page records release: cover sheet with an index, then referral letter, joint consult (proposes 20 Gy "
          "to each of three metastases), procedure note (frame, same-day stereotactic MRI; left frontal lesion has "
          "grown, dose lowered to 18 Gy), dose plan and treatment record, a three-month follow-up visit and the "
          "follow-up MRI report listing lesion sizes and a new 3 mm right cerebellar focus recommended for SRS (not "
          "treated in this course). Banner 'Page n of 7' is the release's. Stereotactic MRI only, no planning CT.",
    docs=[Doc("m88_01.pdf", [
        roi_cover(_c, 1, _d, _rel, "Coding and Reimbursement, Marrowdale Physician Group",
                  "Payment review of radiosurgery claim",
                  [("1", "Referral letter (medical oncology)", "01/05/2026", "2"),
                   ("2", "Consultation - neurosurgery / radiation oncology", "01/09/2026", "3"),
                   ("3", "Radiosurgery procedure note", "01/22/2026", "4"),
                   ("4", "Dose plan and treatment record", "01/22/2026", "5"),
                   ("5", "Follow-up visit", "04/23/2026", "6"),
                   ("6", "MRI brain report (follow-up)", "04/20/2026", "7")], "05/04/2026"),
        [P("MARROWDALE CANCER PAVILION - Medical Oncology"),
         P("January 5, 2026"),
         P("Dr. Oriel Fanshawe, Neurosurgery, and Dr. Keturah Blomqvist-Adeyemi, Radiation Oncology\nMarrowdale University Hospital"),
         P(f"Re: {patient(1)}, DOB {_d}, MRN {mrn(1)}"),
         P("Dear colleagues,"),
         P("I would be grateful if you would see Mrs. Zorvath, a 68-year-old woman with EGFR-mutant adenocarcinoma of the "
           "lung on osimertinib since 2024, whose restaging MRI of the brain on 12/29/2025 shows three new enhancing "
           "lesions: left frontal 2.1 cm, right parietal 1.0 cm and left occipital 0.7 cm. Her thoracic disease remains in "
           "partial response. She is fully active (ECOG 0) and keen to avoid whole-brain treatment. I have started "
           "dexamethasone 4 mg daily for mild right hand clumsiness."),
         P("With thanks and kind regards,"),
         P("Isadora Penhaligon, MD, Medical Oncology")],
        [H1("Consultation - Radiosurgery Clinic"),
         KeyValue([("Date", "01/09/2026"), ("Seen by", "Oriel Fanshawe, MD (Neurosurgery); Keturah Blomqvist-Adeyemi, MD (Radiation Oncology)"),
                   ("Referred by", "Isadora Penhaligon, MD")]),
         P("History: as per referral. Three brain metastases from EGFR-mutant lung adenocarcinoma. No prior cranial "
           "radiation. KPS 90. Neurologically intact apart from subtle right hand clumsiness, improved on dexamethasone."),
         P("Imaging reviewed: MRI 12/29/2025, three lesions as above, none within 5 mm of the optic apparatus, none in the "
           "brainstem. Mild edema left frontal."),
         P("Recommendation: single-session radiosurgery on the cobalt-60 multi-source unit under a stereotactic head "
           "frame, with a same-day stereotactic MRI. Proposed marginal dose 20 Gy to each of the three lesions at the 50% "
           "isodose line, subject to final planning. Risks (edema, radionecrosis, seizure, pin-site pain) discussed; "
           "consent signed. Hold osimertinib only on the day of treatment."),
         sig("Keturah Blomqvist-Adeyemi, MD 01/09/2026"), sig("Oriel Fanshawe, MD 01/09/2026")],
        [H1("Radiosurgery Procedure Note"),
         KeyValue([("Date of procedure", "01/22/2026"), ("Surgeon", "Oriel Fanshawe, MD"),
                   ("Radiation oncologist", "Keturah Blomqvist-Adeyemi, MD"), ("Physicist", "Lysander Quaye, PhD"),
                   ("Anesthesia", "Local (lidocaine / bupivacaine), oral lorazepam 1 mg")]),
         P("The stereotactic head frame was applied at 07:05 with four pins under local anesthesia without difficulty. "
           "Stereotactic MRI (1 mm T1 post-gadolinium and T2) was obtained with the fiducial box; no CT was needed. The "
           "three known lesions were identified; no additional lesions. The left frontal lesion now measures 2.5 cm "
           "(2.1 cm on 12/29), and after discussion with Dr. Blomqvist-Adeyemi its marginal dose was reduced to 18 Gy; the "
           "right parietal and left occipital lesions received 20 Gy as proposed. Frame coordinates were checked against "
           "the plan by physics before treatment. Treatment was delivered 10:12-11:04 in one session. Frame removed, "
           "pin sites dressed. No complications. Discharged home with her daughter."),
         sig("Oriel Fanshawe, MD 01/22/2026")],
        [H1("Dose Plan and Treatment Record"),
         KeyValue([("Unit", "Cobalt-60 multi-source radiosurgery unit (192 sources)"),
                   ("Planning system", "KINGFISHER-RS 4.0 (invented)"), ("Fixation", "Stereotactic head frame, 4 pins"),
                   ("Imaging", "Stereotactic MRI 01/22/2026; fiducial registration error 0.3 mm"),
                   ("Sessions", "1 (01/22/2026)")]),
         RuledTable([("Target", "Max diam", "Volume", "Rx marginal", "Isodose", "Shots", "Coverage"),
                     ("1 Left frontal", "25 mm", "4.62 cc", "18 Gy", "50%", "12", "98%"),
                     ("2 Right parietal", "10 mm", "0.41 cc", "20 Gy", "50%", "4", "99%"),
                     ("3 Left occipital", "7 mm", "0.17 cc", "20 Gy", "50%", "2", "100%")]),
         P("OAR: brainstem max 6.2 Gy; optic chiasm max 1.4 Gy; brain V12Gy 6.8 cc. Coordinates for all 18 shots verified "
           "on the unit (LQ). Independent treatment-time calculation within 1.0%. Delivered as planned; total beam-on 49.7 min."),
         sig("Lysander Quaye, PhD 01/22/2026"), sig("Keturah Blomqvist-Adeyemi, MD 01/22/2026")],
        [H1("Follow-up Visit - Radiation Oncology"),
         KeyValue([("Date", "04/23/2026"), ("Provider", "Keturah Blomqvist-Adeyemi, MD")]),
         P("Three months after single-session radiosurgery (01/22/2026: left frontal 18 Gy, right parietal 20 Gy, left "
           "occipital 20 Gy). Off dexamethasone since February. Right hand function normal. KPS 90."),
         P("MRI 04/20/2026 reviewed (report enclosed): all three treated lesions smaller. A new 3 mm right cerebellar focus. "
           "Plan: discuss at the neuro-oncology board; likely radiosurgery to the new lesion as a separate course. Repeat "
           "MRI in 6 weeks if not treated sooner."),
         sig("Keturah Blomqvist-Adeyemi, MD 04/23/2026")],
        [H1("MRI BRAIN WITH AND WITHOUT CONTRAST"),
         KeyValue([("Exam date", "04/20/2026"), ("Indication", "Follow-up after radiosurgery 01/2026"),
                   ("Comparison", "12/29/2025, stereotactic MRI 01/22/2026")]),
         P("FINDINGS: Left frontal metastasis 1.3 x 1.1 cm (previously 2.5 cm), decreased surrounding edema. Right parietal "
           "lesion 0.4 cm (previously 1.0 cm). Left occipital lesion no longer clearly enhancing. New 3 mm enhancing focus in "
           "the right cerebellar hemisphere. No hemorrhage, no hydrocephalus."),
         P("IMPRESSION: 1. Response of the three treated metastases. 2. New 3 mm right cerebellar metastasis; radiosurgery "
           "could be considered."),
         sig("Bartholomew Ingersoll, MD, Neuroradiology 04/20/2026")],
    ], opts=dict(header=[_c], page_numbers=release(_rel)))])

# m88_02 -- PDF (6 pages, two documents on a page, charge sheet and authorisation): 5-fraction linac FSRT, meningioma
_c = "HALVERSTOKE REGIONAL CANCER CENTRE"
_d = "09/30/1961"
add(name="m88_02", kind="pdf", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("right sphenoid wing meningioma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Six-page course file: consult (25 Gy in 5), simulation note and prescription on one page, plan summary with "
          "physics check, five-row treatment record, completion summary with a charge sheet in its lower half (77263, "
          "77290, 77301, 77373 x5 'billable up to 5 fractions per course', 77435), and a prior-authorisation approval "
          "listing the same codes. Meningioma 2 mm from the right optic nerve: complex by location (61798).",
    docs=[Doc("m88_02.pdf", [
        [H1("Radiation Oncology Consultation"),
         KeyValue([("Date", "02/02/2026"), ("Physician", "Ptolemy Ashgrove, MD"), ("Referred by", "Neurosurgery, Dr. Ilse Marchbanks")]),
         P("64-year-old woman with a right sphenoid wing meningioma found on MRI for headaches in 2024, enlarging from "
           "2.0 to 2.7 cm over 18 months, WHO grade not known (not biopsied). The lesion extends medially to within 2 mm of "
           "the right optic nerve; visual fields are full. Neurosurgery advises against resection because of the "
           "cavernous sinus proximity."),
         P("Plan: hypofractionated stereotactic radiotherapy on the gantry linac, 25 Gy in 5 fractions, thermoplastic mask, "
           "planning CT fused with thin-slice MRI. Optic nerve maximum kept under 25 Gy. Consent obtained."),
         sig("Ptolemy Ashgrove, MD 02/02/2026")],
        [H1("CT Simulation Note"),
         P("Date 02/10/2026. Supine, head on a standard head rest, custom thermoplastic SRS mask with bite block. 1 mm CT "
           "from vertex to C2. Thin-slice MRI (T1 post-contrast, FIESTA) obtained 02/09/2026 and fused to the CT. "
           "Reference marks placed on the mask. Plan: HSRT 5 fractions."),
         sig("Ptolemy Ashgrove, MD 02/10/2026"),
         H1("Prescription"),
         RuledTable([("Target", "Total dose", "Fractions", "Dose/fx", "Schedule", "Technique"),
                     ("PTV_Mening_R (GTV + 1 mm)", "25 Gy", "5", "5 Gy", "daily, Mon-Fri", "VMAT, 6 MV FFF")]),
         P("Constraints: optic nerve R Dmax < 25 Gy, chiasm Dmax < 25 Gy, brainstem Dmax < 31 Gy. IGRT: CBCT daily."),
         sig("Ptolemy Ashgrove, MD 02/12/2026")],
        [H1("Plan Summary and Physics Check"),
         KeyValue([("Plan", "MEN_R_HSRT_v1"), ("Machine", "Gantry linac, 6 MV FFF, HD MLC, 6DoF couch"),
                   ("Planning system", "ALBATROSS TPS 9 (invented)"), ("Arcs", "3 VMAT arcs (couch 0, 30, 330)"),
                   ("Isocentre", "1")]),
         RuledTable([("Structure", "Volume", "Dose", "Result"), ("PTV_Mening_R", "9.8 cc", "25 Gy / 5", "V100 95.6%, 83% isodose"),
                     ("Optic nerve R", "", "Dmax", "24.1 Gy"), ("Chiasm", "", "Dmax", "19.8 Gy"), ("Brainstem", "", "Dmax", "17.2 Gy")]),
         P("Second MU calculation within 1.6%. Patient-specific QA (portal dosimetry) gamma 3%/2 mm 99.1%, passed."),
         sig("Winifred Caskey, MS, DABR 02/16/2026"), sig("Ptolemy Ashgrove, MD 02/16/2026")],
        [H1("Treatment Record"),
         RuledTable([("Fx", "Date", "Dose", "Cumulative", "IGRT", "Shift (mm)", "RTT"),
                     ("1", "02/17/2026", "5 Gy", "5 Gy", "CBCT, MD approved", "1.2", "AO/FT"),
                     ("2", "02/18/2026", "5 Gy", "10 Gy", "CBCT, MD approved", "0.8", "AO/FT"),
                     ("3", "02/19/2026", "5 Gy", "15 Gy", "CBCT, MD approved", "0.6", "LP/FT"),
                     ("4", "02/20/2026", "5 Gy", "20 Gy", "CBCT, MD approved", "0.9", "LP/AO"),
                     ("5", "02/23/2026", "5 Gy", "25 Gy", "CBCT, MD approved", "0.7", "AO/FT")]),
         P("On-treatment review 02/19/2026: mild fatigue, no visual change, no headache. Continue.")],
        [H1("Completion Summary"),
         P("Right sphenoid wing meningioma treated with hypofractionated stereotactic radiotherapy, 25 Gy in 5 fractions "
           "(02/17/2026 - 02/23/2026), gantry linac, mask, daily CBCT. Tolerated well. MRI and visual fields in 6 months."),
         sig("Ptolemy Ashgrove, MD 02/24/2026"),
         H1("Charge Sheet - Professional and Technical"),
         RuledTable([("CPT", "Description", "Units", "Date(s)"),
                     ("77263", "Treatment planning, complex", "1", "02/10/2026"),
                     ("77290", "Simulation, complex", "1", "02/10/2026"),
                     ("77301", "IMRT planning", "1", "02/16/2026"),
                     ("77373", "SBRT / SRS delivery, per fraction (billable up to 5 fractions per course)", "5", "02/17-02/23"),
                     ("77435", "SBRT management, per course", "1", "02/23/2026"),
                     ("61798", "Stereotactic radiosurgery, complex cranial lesion (neurosurgery)", "1", "02/17/2026")]),
         P("Prepared by: Charge capture, HRCC Business Office (invented). Not a clinical document.")],
        [H1("Prior Authorization - Approval"),
         KeyValue([("Payer", "LARKSPUR HEALTH ASSURANCE (invented)"), ("Auth no.", "LHA-26-0207-118"),
                   ("Member", patient(2)), ("Service", "Stereotactic radiotherapy, brain, up to 5 fractions"),
                   ("Valid", "02/07/2026 - 05/07/2026")]),
         RuledTable([("Code", "Units approved"), ("77301", "1"), ("77373", "up to 5"), ("77435", "1"), ("61798", "1")]),
         P("Approval is not a guarantee of payment. A change in fractionation beyond 5 fractions requires a new request.")],
    ], opts=dict(header=head(_c, 2, _d)))])

# m88_03 -- PDF (8 pages, consult over a page break, a previous course's summary): robotic linac, four mets, 3 fx -----
_c = "SALTMARSH NEUROSCIENCE & CANCER INSTITUTE"
_d = "06/14/1969"
add(name="m88_03", kind="pdf", codes=["G0339", "G0340", "77435", "61796", "61797", "61800"],
    facts=F("robotic_linac", ["cranial"], 4, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal", "cranial", S, 24, 3), L("left parietal", "cranial", S, 27, 3),
             L("right occipital", "cranial", S, 27, 3), L("left temporal", "cranial", S, 27, 3)],
    categories=cats(),
    notes="Eight-page course file on a robotic-arm linac: consult running over a page break with a repeated "
          "'(continued)' header (proposes 30 Gy in 5 to the large lesion and single-fraction SRS to the others), an "
          "outside summary of a 2023 cobalt-60 course (left cerebellar 20 Gy, right frontal-parietal 18 Gy; not this "
          "course), simulation note, plan summary (final: all four lesions in 3 fractions, 24 and 27 Gy), treatment "
          "record with skull tracking, completion summary and follow-up. Right frontal 3.1 cm: simple (< 3.5 cm). The "
          "claimed 61800 belongs to the 2023 frame-based course: this course is mask-based (inconsistent).",
    docs=[Doc("m88_03.pdf", [
        [H1("Radiation Oncology Consultation"),
         KeyValue([("Date", "03/03/2026"), ("Physician", "Cosimo Threlkeld, MD"), ("Referring", "Dr. Hesper Vandermolen, Medical Oncology")]),
         P("HISTORY: 56-year-old man with metastatic melanoma (BRAF wild-type) on nivolumab. In 2023 he had radiosurgery at "
           "another centre for two brain metastases (outside summary enclosed): a left cerebellar lesion and a right "
           "frontoparietal lesion, both controlled since. Surveillance MRI of 02/24/2026 shows four new lesions: right "
           "frontal 3.1 cm with moderate edema, left parietal 1.3 cm, right occipital 0.8 cm and left temporal 0.6 cm. The "
           "previously treated lesions are stable scars."),
         P("EXAM: KPS 80. Mild left pronator drift. Speech normal. Fundi normal."),
         P("PRIOR RADIATION: single-session radiosurgery 2023, see outside summary. No whole-brain radiotherapy."),
         P("ASSESSMENT: Four new brain metastases, the largest 3.1 cm. None within 5 mm of the optic apparatus; none in the "
           "brainstem. Extracranial disease stable on immunotherapy.")],
        [Paragraph("RADIATION ONCOLOGY CONSULTATION (continued) - BRISTLEWICK, ANSELM - 03/03/2026 - page 2 of 2", bold=True),
         P("PLAN: Stereotactic treatment on the robotic-arm linac with frameless mask and skull tracking. My initial "
           "proposal is 30 Gy in 5 fractions to the right frontal lesion because of its size, and single-fraction SRS "
           "(20-22 Gy) to the three small lesions; final fractionation will be decided at planning. Steroids: "
           "dexamethasone 4 mg twice daily, taper after treatment. Risks discussed, consent signed."),
         sig("Cosimo Threlkeld, MD 03/03/2026")],
        [H1("Outside Records - Radiosurgery Treatment Summary (2023)"),
         Paragraph("BRACKENRIDGE GAMMA CENTER (invented) - scanned into the chart 03/03/2026", bold=True),
         KeyValue([("Patient", patient(3)), ("Treatment date", "08/16/2023"),
                   ("Unit", "Cobalt-60 multi-source radiosurgery unit, frame-based"),
                   ("Targets", "2")]),
         RuledTable([("Target", "Volume", "Marginal dose", "Isodose"), ("Left cerebellar", "1.1 cc", "20 Gy", "50%"),
                     ("Right frontoparietal", "2.9 cc", "18 Gy", "50%")]),
         P("Tolerated well. Follow-up MRI at 3 months."),
         P("Signed: Dr. Augusta Wendeborn, 08/16/2023")],
        [H1("Simulation Note"),
         P("03/09/2026. Supine, custom thermoplastic mask with head cushion. Non-contrast and contrast CT at 1.25 mm. "
           "Volumetric MRI (T1 post-gadolinium, 1 mm) acquired 03/08/2026 and registered to the planning CT. Four targets "
           "contoured; prior 2023 cavities/scars not targeted. Planning decision after review with physics: treat all four "
           "lesions together in 3 fractions (right frontal 24 Gy in 3, the three smaller lesions 27 Gy in 3), replacing "
           "the mixed 5-fraction / single-fraction proposal so the course is delivered in one series."),
         sig("Cosimo Threlkeld, MD 03/09/2026")],
        [H1("Treatment Plan Summary"),
         KeyValue([("System", "Robotic-arm mounted 6 MV linac, variable-aperture collimator"), ("Planning system", "OSPREY-MP 2 (invented)"),
                   ("Tracking", "6D skull tracking with paired kV images"), ("Approved", "03/13/2026")]),
         RuledTable([("PTV", "Volume", "Rx", "Fx", "Isodose", "Beams", "Coverage"),
                     ("PTV1 R frontal", "16.2 cc", "24 Gy", "3", "72%", "168", "96.1%"),
                     ("PTV2 L parietal", "1.4 cc", "27 Gy", "3", "78%", "96", "98.4%"),
                     ("PTV3 R occipital", "0.31 cc", "27 Gy", "3", "80%", "71", "99.0%"),
                     ("PTV4 L temporal", "0.14 cc", "27 Gy", "3", "81%", "58", "99.6%")]),
         P("OAR: brainstem D0.03cc 12.4 Gy (limit 23.1), chiasm 3.0 Gy, normal brain V21Gy 12.9 cc. Physics: independent "
           "dose check passed; delivery QA with film 97.8% (3%/1 mm)."),
         sig("Marta Ellingboe, PhD 03/13/2026"), sig("Cosimo Threlkeld, MD 03/13/2026")],
        [H1("Treatment Delivery Record"),
         RuledTable([("Fx", "Date", "Targets", "Tracking images", "Mean correction", "Status"),
                     ("1", "03/16/2026", "PTV1-PTV4", "6D skull, every 30 s", "0.4 mm", "complete"),
                     ("2", "03/18/2026", "PTV1-PTV4", "6D skull, every 30 s", "0.3 mm", "complete"),
                     ("3", "03/20/2026", "PTV1-PTV4", "6D skull, every 30 s", "0.5 mm", "complete")]),
         P("Cumulative: PTV1 24 Gy, PTV2 27 Gy, PTV3 27 Gy, PTV4 27 Gy. No interruptions.")],
        [H1("Treatment Completion Summary"),
         P("Course: stereotactic radiotherapy, brain, robotic-arm linac, 03/16/2026 - 03/20/2026, 3 fractions."),
         BulletList(["Right frontal metastasis: 24 Gy in 3 fractions", "Left parietal metastasis: 27 Gy in 3 fractions",
                     "Right occipital metastasis: 27 Gy in 3 fractions", "Left temporal metastasis: 27 Gy in 3 fractions"]),
         P("Previously treated 2023 lesions (left cerebellar, right frontoparietal) were not re-treated. Mild fatigue. "
           "Dexamethasone taper over 10 days. MRI in 8 weeks."),
         sig("Cosimo Threlkeld, MD 03/23/2026")],
        [H1("Follow-up Note"),
         P("05/18/2026. Feels well, off steroids, drift resolved. MRI 05/15/2026: all four treated lesions smaller; right "
           "frontal edema much reduced. Continue nivolumab. MRI every 3 months."),
         sig("Cosimo Threlkeld, MD 05/18/2026")],
    ], opts=dict(header=head(_c, 3, _d)))])

# m88_04 -- PDF (5 pages, a misfiled page of another patient): gantry linac SRS, cerebellar + midbrain lesions ---------
_c = "FENWICK HOLLOW MEDICAL CENTER - RADIATION ONCOLOGY"
_d = "02/27/1950"
add(name="m88_04", kind="pdf", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right cerebellar", "cranial", S, 18, 1), L("left midbrain", "cranial", C, 15, 1)],
    categories=cats(),
    notes="Five-page course file with a misfiled page: page 3 is another patient's (different name and MRN) lung SBRT "
          "treatment record, 54 Gy in 3 fractions with abdominal compression, which must be ignored. This patient: "
          "single-session gantry-linac SRS to a right cerebellar metastasis (18 Gy) and a left midbrain metastasis "
          "(15 Gy; within the brainstem: complex). Treatment record and completion summary share page 4.",
    docs=[Doc("m88_04.pdf", [
        [H1("Simulation and Planning Note"),
         KeyValue([("Patient", f"{patient(4)}  MRN {mrn(4)}  DOB {_d}"), ("Date", "11/03/2025"), ("Physician", "Agnetha Rowntree, MD")]),
         P("75-year-old man with non-small-cell lung cancer (squamous) and two brain metastases on MRI "
           "10/27/2025: right cerebellar hemisphere 2.1 cm and left midbrain (cerebral peduncle) 5 mm. KPS 80. Referred for "
           "single-session SRS; whole-brain radiotherapy declined."),
         P("Simulated supine in a frameless thermoplastic SRS mask. 1 mm CT; 3D T1 post-contrast MRI from 11/01/2025 fused. "
           "Targets: GTV_RCbl, GTV_LMid, PTV = GTV + 1 mm (0 mm for the midbrain lesion). Rx: 18 Gy to PTV_RCbl and "
           "15 Gy to GTV_LMid in 1 fraction; brainstem Dmax < 15 Gy outside the target."),
         sig("Agnetha Rowntree, MD 11/03/2025")],
        [H1("SRS Plan Summary"),
         KeyValue([("Patient", f"{patient(4)}  MRN {mrn(4)}"), ("Machine", "Gantry linac, 6 MV FFF, 2.5 mm MLC"), ("Planning system", "PETREL Cranial 3 (invented)"),
                   ("Technique", "Single isocentre, 4 non-coplanar VMAT arcs"), ("Approved", "11/06/2025")]),
         RuledTable([("Target", "Volume", "Rx", "Isodose", "Coverage"), ("PTV_RCbl", "3.9 cc", "18 Gy x 1", "80%", "98.2%"),
                     ("GTV_LMid", "0.06 cc", "15 Gy x 1", "85%", "99.1%")]),
         P("Brainstem (minus GTV_LMid) D0.03cc 14.1 Gy. Physics: independent MU check passed; SRS end-to-end and patient QA "
           "(ion chamber + film) passed 11/07/2025."),
         sig("Quentin Habersham, MS 11/07/2025"), sig("Agnetha Rowntree, MD 11/07/2025")],
        [H1("Treatment Record - SBRT Lung"),
         KeyValue([("Patient", "ALDERGROVE-TEST, PENELOPE"), ("MRN", "SYN-88907"), ("DOB", "01/19/1948"),
                   ("Site", "Left lower lobe nodule"), ("Immobilization", "Vacuum cushion, abdominal compression plate")]),
         RuledTable([("Fx", "Date", "Dose", "Cumulative", "IGRT"), ("1", "11/04/2025", "18 Gy", "18 Gy", "CBCT"),
                     ("2", "11/06/2025", "18 Gy", "36 Gy", "CBCT"), ("3", "11/10/2025", "18 Gy", "54 Gy", "CBCT")]),
         P("Course complete: 54 Gy in 3 fractions to PTV_LLL.")],
        [H1("SRS Treatment Record"),
         KeyValue([("Patient", f"{patient(4)}  MRN {mrn(4)}"), ("Date", "11/10/2025"), ("Fraction", "1 of 1"), ("Setup", "Mask; CBCT, 6DoF correction 0.8 mm / 0.4 deg, approved by MD"),
                   ("Intrafraction", "Surface monitoring, 1 mm tolerance, no holds")]),
         TextTable([("Target", "Delivered"), ("PTV_RCbl", "18 Gy"), ("GTV_LMid", "15 Gy")], columns=(0, 160)),
         H1("Completion Summary"),
         P("Single-session linac SRS 11/10/2025 to two brain metastases: right cerebellar 18 Gy and left midbrain 15 Gy. "
           "Tolerated well; dexamethasone 2 mg daily for 5 days. MRI in 8 weeks."),
         sig("Agnetha Rowntree, MD 11/12/2025")],
        [H1("Telephone Follow-up"),
         P(f"{patient(4)}  MRN {mrn(4)}. 11/17/2025. Mild headache first two days, resolved. No new neurological symptoms. Finished dexamethasone. MRI "
           "booked 01/05/2026."),
         P("Nurse: Tamsin Oyelaran, RN")],
    ], opts=dict(header=[_c, "Scanned documents - chart print 12/02/2025"]))])

# m88_10 -- PDF (6 pages, pages 4-5 scanned inside a digital PDF): cobalt-60 mask course, 3.8 cm metastasis, 5 fx ----
_c = "PORTHAVEN RADIOSURGERY UNIT"
_d = "12/08/1958"
add(name="m88_10", kind="pdf_with_scanned_pages", codes=["77371", "77432", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left temporal metastasis", "cranial", C, 30, 5)],
    categories=cats(),
    notes="Six-page course file whose pages 4 and 5 (the hand-initialled treatment record and the physics QA sheet) are "
          "scanned images inside an otherwise digital PDF. Consult proposes 27 Gy in 3; the plan changes it to 30 Gy in 5 "
          "(volume 19 cc). Cobalt-60 multi-source unit with a thermoplastic mask, cone-beam CT and infrared nose-marker "
          "motion monitoring. Largest dimension 3.8 cm: complex by size (61798). Fractionated cobalt-60 is 77373 / 77435: "
          "the claimed single-session 77371 and 77432 are inconsistent.",
    docs=[Doc("m88_10.pdf", [
        [H1("Consultation - Radiosurgery"),
         KeyValue([("Date", "06/01/2026"), ("Physician", "Fenella Morcombe, MD"), ("Diagnosis", "Brain metastasis, renal cell carcinoma (C79.31, C64.1)")]),
         P("67-year-old man with clear-cell renal cell carcinoma, nephrectomy 2022, lung metastases on cabozantinib, now with "
           "word-finding pauses. MRI 05/26/2026: single left temporal metastasis, 3.8 x 3.1 x 2.9 cm, with moderate edema and "
           "1 mm midline shift; 14 mm from the left optic tract. KPS 80. Neurosurgery (Dr. Haldane) reviewed: resection "
           "offered, patient declines."),
         P("Recommendation: fractionated radiosurgery on the cobalt-60 unit using the mask system, proposed 27 Gy in 3 "
           "fractions to the 50% isodose, final dose per planning. Dexamethasone 4 mg twice daily."),
         sig("Fenella Morcombe, MD 06/01/2026")],
        [H1("Mask Fitting and Planning Imaging"),
         P("06/04/2026: thermoplastic mask with nose-marker holder fitted on the cobalt-60 unit's mask adapter; reference "
           "cone-beam CT acquired in the mask for stereotactic definition. Planning MRI (T1 post-contrast 1 mm, T2 FLAIR) "
           "06/03/2026 registered to the reference CT. Planning CT (1 mm, diagnostic scanner) 06/04/2026 also registered "
           "for dose-calculation density."),
         sig("Fenella Morcombe, MD 06/04/2026")],
        [H1("Treatment Plan and Prescription"),
         KeyValue([("Planning system", "KINGFISHER-RS 4.0 (invented)"), ("Target", "PTV_LTemp (GTV + 1 mm), 19.3 cc"),
                   ("Prescription", "30 Gy in 5 fractions (6 Gy per fraction) to the 50% isodose line"),
                   ("Isocentres / shots", "27 shots, 4/8/16 mm sectors"), ("Coverage", "97.2%; selectivity 0.86; GI 2.7"),
                   ("OAR", "Left optic tract Dmax 14.8 Gy / 5 fx; brainstem D0.1cc 17.6 Gy"),
                   ("Change from consult", "27 Gy in 3 fractions revised to 30 Gy in 5 fractions because of target volume (19 cc) and edema")]),
         sig("Fenella Morcombe, MD 06/08/2026"), sig("Osbert Kilbride, PhD 06/08/2026")],
        [H1("DAILY TREATMENT RECORD - MASK COURSE"),
         P(f"Patient: {patient(10)}   MRN: {mrn(10)}   Unit: cobalt-60 multi-source"),
         RuledTable([("Fx", "Date", "CBCT (mm)", "Nose-marker max", "Dose", "Cum.", "Initials"),
                     ("1", "06/09/2026", "0.6", "0.7 mm", "6 Gy", "6 Gy", "FM / OK"),
                     ("2", "06/10/2026", "0.4", "0.5 mm", "6 Gy", "12 Gy", "FM / OK"),
                     ("3", "06/11/2026", "0.7", "0.9 mm", "6 Gy", "18 Gy", "FM / RT"),
                     ("4", "06/12/2026", "0.5", "0.6 mm", "6 Gy", "24 Gy", "FM / RT"),
                     ("5", "06/15/2026", "0.3", "0.5 mm", "6 Gy", "30 Gy", "FM / OK")]),
         P("Pre-treatment CBCT registered to the plan each day; plan re-positioned to the day's stereotactic space (approved "
           "by MD). Nose-marker threshold 1.5 mm: no interruptions."),
         P("Signed (ink): F. Morcombe MD  06/15/2026")],
        [H1("PHYSICS QA CHECKLIST"),
         BulletList(["Daily unit QA passed, 06/09-06/15", "Plan second check (independent dose calculation): agreement 0.9%",
                     "CBCT / plan co-registration verified each fraction", "Nose-marker system calibrated 06/09"], marker="[x]"),
         P("Signed (ink): O. Kilbride PhD  06/15/2026")],
        [H1("Completion Summary"),
         P("Left temporal metastasis, renal cell carcinoma: fractionated cobalt-60 radiosurgery with mask, 30 Gy in 5 "
           "fractions to the 50% isodose, 06/09/2026 - 06/15/2026. Mild headache fraction 2, settled. Dexamethasone taper. "
           "MRI in 6 weeks."),
         sig("Fenella Morcombe, MD 06/16/2026")],
    ], opts=dict(header=head(_c, 10, _d), scan_pages=[4, 5], scan_dpi=150, scan_skew=1.2, scan_noise=8.0))])

# m88_12 -- EHR text export: single-session gantry SRS, six metastases (one 3.6 cm), follow-up MRI with sizes ------------
add(name="m88_12", kind="ehr_text", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 6, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left temporal", "cranial", C, 15, 1), L("right frontal", "cranial", S, 20, 1),
             L("left parietal", "cranial", S, 20, 1), L("right cerebellar", "cranial", S, 20, 1),
             L("left occipital", "cranial", S, 18, 1), L("right insular", "cranial", S, 20, 1)],
    categories=cats(),
    notes="One long EHR text export with dashed separators: patient financial estimate (61797 x5, 77372, 77432), consult "
          "(five lesions, 20 Gy proposed), simulation (planning MRI finds a sixth), plan, treatment note, completion and a "
          "two-month MRI report listing sizes of every lesion and a 'punctate focus' for surveillance. Left temporal 3.6 "
          "cm: complex by size; five simple lesions (61798 + 61797).",
    docs=[Doc("m88_12.txt", text=f"""
CHART EXPORT - TIDEWATER BEND CANCER CENTER (invented) - exported 09/14/2026 10:22 by coding.user3
Patient: {patient(12)}    MRN: {mrn(12)}    DOB: 03/03/1964
Documents: 7 (oldest first)
----------------------------------------------------------------------
[1] PATIENT FINANCIAL ESTIMATE   06/18/2026   Financial Counseling
----------------------------------------------------------------------
Estimate for planned radiosurgery (professional + technical). Not a bill.
  CPT 77263  Treatment planning, complex ............ 1
  CPT 77290  Simulation, complex ..................... 1
  CPT 77372  SRS delivery, linac, single session .... 1
  CPT 77432  Stereotactic treatment management ...... 1
  CPT 61798  Cranial SRS, first lesion (neurosurgery) 1
  CPT 61797  Cranial SRS, each additional lesion .... up to 5
Estimated patient responsibility: $1,840.00 (after plan deductible). Counselor: R. Amundsen

----------------------------------------------------------------------
[2] RADIATION ONCOLOGY CONSULT   06/16/2026   Thaddeus Morland, MD
----------------------------------------------------------------------
CC: multiple brain metastases, breast cancer (ER+, HER2-).
HPI: 62F, metastatic breast ca on capecitabine, headaches x3 wks. MRI 06/10/2026: five enhancing lesions - L temporal 3.6 cm (edema, 3 mm shift), R frontal 1.4 cm, L parietal 0.9 cm, R cerebellar 1.1 cm, L occipital 2.2 cm. No lesion near optic apparatus or brainstem.
KPS 80. Mild word-finding difficulty.
A/P: 5 brain mets. Discussed WBRT vs SRS; pt chooses SRS. Single-fraction linac SRS, 20 Gy to each lesion proposed, dose for the large L temporal lesion to be decided at planning (likely 15-18 Gy). Mask sim + thin-slice MRI. Consent signed.

----------------------------------------------------------------------
[3] SIMULATION NOTE   06/22/2026   Thaddeus Morland, MD
----------------------------------------------------------------------
Supine, open-face thermoplastic mask. Planning CT 1 mm. Planning MRI 06/21/2026 (3D T1 post-gad, 1 mm) fused.
New finding on the planning MRI: a 5 mm R insular lesion, not seen 06/10. Will be treated with the others - six targets total.
Dose plan: L temporal 15 Gy (3.6 cm), L occipital 18 Gy (2.2 cm), others 20 Gy. Single fraction. Single isocentre.

----------------------------------------------------------------------
[4] SRS PLAN REPORT   06/25/2026   Physics
----------------------------------------------------------------------
Planning system: CORMORANT Multi-Met 2.1 (invented)   Machine: gantry linac 6 MV FFF, 5 mm MLC
Arcs: 5 dynamic conformal arcs, couch 0/30/60/300/330   Isocentre: 1
Target      Size    Vol(cc)  Rx(Gy)  IDL   Cov
PTV_LTemp   36 mm   17.8     15      78%   96.0%
PTV_RFront  14 mm    1.61    20      80%   99.0%
PTV_LPar     9 mm    0.49    20      81%   99.3%
PTV_RCbl    11 mm    0.83    20      80%   98.9%
PTV_LOcc    22 mm    5.02    18      79%   97.7%
PTV_RIns     5 mm    0.09    20      83%   100%
Brain-PTV V12Gy 16.9 cc. Brainstem D0.03cc 8.8 Gy. Chiasm 2.1 Gy.
Second calc passed. PSQA film + chamber passed 06/26/2026.  Physicist: Elowen Strachan, MS, DABR (e-signed)
Physician approval: Thaddeus Morland, MD 06/26/2026

----------------------------------------------------------------------
[5] TREATMENT NOTE   06/29/2026   Thaddeus Morland, MD
----------------------------------------------------------------------
SRS delivered today in a single fraction, all six targets. Mask setup, CBCT with 6DoF couch correction (1.0 mm / 0.6 deg), reviewed and approved by me; repeat CBCT mid-treatment after couch rotations, residual 0.3 mm. Surface monitoring throughout.
Delivered: L temporal 15 Gy, R frontal 20 Gy, L parietal 20 Gy, R cerebellar 20 Gy, L occipital 18 Gy, R insular 20 Gy. Tolerated well.

----------------------------------------------------------------------
[6] COMPLETION SUMMARY   06/30/2026   Thaddeus Morland, MD
----------------------------------------------------------------------
Linac SRS, 1 fraction (06/29/2026), 6 brain metastases: L temporal 15 Gy; R frontal 20 Gy; L parietal 20 Gy; R cerebellar 20 Gy; L occipital 18 Gy; R insular 20 Gy. Dex taper 2 wks. MRI 8 wks.

----------------------------------------------------------------------
[7] MRI BRAIN W/WO CONTRAST   08/27/2026   Radiology (final)
----------------------------------------------------------------------
Comparison: 06/21/2026.
Treated lesions: L temporal 2.4 cm (was 3.6), edema decreased; R frontal 0.9 cm (1.4); L parietal 0.5 cm (0.9); R cerebellar 0.6 cm (1.1); L occipital 1.5 cm (2.2); R insular not seen (0.5).
New punctate 2 mm focus right frontal pole, indeterminate; attention on follow-up.
IMPRESSION: Response of all six treated metastases. Indeterminate punctate focus, surveillance suggested.
Read by: Cassius Wetherell, MD
======================================================================
END OF EXPORT - {FOOT}
""")])

# m88_13 -- release PDF (9 pages, cover + index, out of date order): gantry SRS, four mets; summary lists three -------
_c = "WILLOWMERE HEALTH SYSTEM"
_d = "10/17/1966"
_rel = "HIM-88-20417"
add(name="m88_13", kind="release_pdf", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 4, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal", "cranial", S, 20, 1), L("right parietal", "cranial", S, 20, 1),
             L("right cerebellar", "cranial", S, 18, 1), L("left occipital", "cranial", S, 20, 1)],
    categories=cats(),
    contradiction="The completion summary says three metastases were treated and lists three, while the plan report and the treatment record list and deliver four (left occipital 20 Gy included).",
    notes="Nine-page records release, documents enclosed newest first (completion summary, treatment record, physics QA, "
          "plan report, simulation, consult, referral, charge capture), with an index and release banners. The "
          "completion summary says 'three metastases' and omits the left occipital lesion that the plan and the "
          "treatment record deliver (20 Gy): gold follows the record (four lesions) with a review flag.",
    docs=[Doc("m88_13.pdf", [
        roi_cover(_c, 13, _d, _rel, "PILLAR RECOVERY AUDIT SERVICES (invented), on behalf of the patient's insurer",
                  "Post-payment audit of stereotactic radiosurgery claim",
                  [("1", "Treatment completion summary", "07/24/2026", "2"), ("2", "SRS treatment record", "07/22/2026", "3"),
                   ("3", "Physics QA report", "07/21/2026", "4"), ("4", "SRS plan report", "07/20/2026", "5"),
                   ("5", "Simulation note", "07/14/2026", "6"), ("6", "Consultation", "07/08/2026", "7"),
                   ("7", "Referral", "07/01/2026", "8"), ("8", "Charge capture (billing)", "07/22/2026", "9")], "10/05/2026"),
        [H1("Treatment Completion Summary"),
         KeyValue([("Patient", f"{patient(13)}  ({mrn(13)})"), ("Course", "Brain SRS, single fraction, 07/22/2026"),
                   ("Physician", "Marisela Drummond-Achterberg, MD")]),
         P("Ms. Lundqvaren completed single-fraction stereotactic radiosurgery on the gantry linac for three brain metastases "
           "from ovarian carcinoma:"),
         TextTable([("Lesion", "Dose", "Fx"), ("Left frontal", "20 Gy", "1"), ("Right parietal", "20 Gy", "1"),
                    ("Right cerebellar", "18 Gy", "1")], columns=(0, 200, 300)),
         P("Tolerated well without acute toxicity. MRI in 8 weeks."),
         sig("Marisela Drummond-Achterberg, MD 07/24/2026")],
        [H1("SRS Treatment Record"),
         KeyValue([("Date", "07/22/2026"), ("Fraction", "1 of 1"), ("Plan", "BRAIN_4MET_1ISO"),
                   ("Setup", "Thermoplastic mask; CBCT x2, 6DoF shift 0.7 mm / 0.3 deg, approved at console (MDA)"),
                   ("Monitoring", "Surface guidance, tolerance 1 mm")]),
         RuledTable([("Target", "Planned", "Delivered"), ("PTV_LFront", "20 Gy", "20 Gy"), ("PTV_RPar", "20 Gy", "20 Gy"),
                     ("PTV_RCbl", "18 Gy", "18 Gy"), ("PTV_LOcc", "20 Gy", "20 Gy")]),
         P("4 of 4 arcs delivered. RTTs: C. Lindqvist / J. Adebayo.")],
        [H1("Physics QA Report"),
         P("Plan BRAIN_4MET_1ISO: independent MU verification passed (max deviation 1.8%). Patient-specific QA 07/21/2026: "
           "ion chamber -0.9%, film gamma 2%/1 mm 97.6%. Winston-Lutz (daily) 0.6 mm."),
         sig("Leopold Sandringham, PhD 07/21/2026")],
        [H1("SRS Plan Report"),
         KeyValue([("Planning system", "GANNET Cranial 5 (invented)"), ("Machine", "Gantry linac 6 MV FFF, HD MLC"),
                   ("Technique", "Single isocentre, 4 non-coplanar VMAT arcs"), ("Images", "CT 07/14/2026 + MRI T1C 07/13/2026")]),
         RuledTable([("PTV", "Diameter", "Rx", "IDL", "Coverage"), ("PTV_LFront", "12 mm", "20 Gy", "80%", "99.1%"),
                     ("PTV_RPar", "9 mm", "20 Gy", "81%", "99.4%"), ("PTV_RCbl", "19 mm", "18 Gy", "79%", "98.0%"),
                     ("PTV_LOcc", "6 mm", "20 Gy", "82%", "99.8%")]),
         P("Brain V12Gy 7.4 cc; brainstem D0.03cc 9.6 Gy; chiasm 1.8 Gy."),
         sig("Marisela Drummond-Achterberg, MD 07/20/2026")],
        [H1("Simulation Note"),
         P("07/14/2026: CT simulation in a thermoplastic SRS mask, 1 mm slices. Planning MRI 07/13/2026 fused. Four lesions "
           "contoured: the three known lesions and a 6 mm left occipital lesion seen on the planning MRI only. All four to be "
           "treated in one session."),
         sig("Marisela Drummond-Achterberg, MD 07/14/2026")],
        [H1("Consultation"),
         P("07/08/2026. 59-year-old woman with recurrent high-grade serous ovarian carcinoma and three brain metastases on MRI "
           "06/30/2026: left frontal 1.2 cm, right parietal 0.9 cm, right cerebellar 1.9 cm. KPS 80. Recommend single-fraction "
           "linac SRS, 20 Gy (18 Gy for the cerebellar lesion). Consent signed."),
         sig("Marisela Drummond-Achterberg, MD 07/08/2026")],
        [H1("Referral"),
         P("07/01/2026. From Gynecologic Oncology (Dr. Perpetua Oyelowo): please see for brain metastases x3, MRI 06/30/2026. "
           "Platinum-sensitive recurrence; systemic therapy on hold."),
         P("Referral coordinator: S. Vantongeren")],
        [H1("Charge Capture"),
         RuledTable([("Date", "CPT", "Description", "Units", "Provider"),
                     ("07/14/2026", "77290", "Simulation, complex", "1", "MDA"),
                     ("07/20/2026", "77301", "IMRT plan", "1", "MDA"),
                     ("07/22/2026", "77372", "SRS delivery, linac", "1", "facility"),
                     ("07/22/2026", "77432", "SRS management", "1", "MDA"),
                     ("07/22/2026", "61796", "SRS cranial, first simple lesion", "1", "Neurosurgery"),
                     ("07/22/2026", "61797", "SRS cranial, each additional simple lesion", "3", "Neurosurgery")]),
         P("Billing note: units of 61797 per lesion treated, maximum 4 per course.")],
    ], opts=dict(header=[_c + "  -  Health Information Management"], page_numbers=release(_rel)))])

# m88_18 -- PDF (6 pages, fax cover first, two documents on one page): cobalt-60 frame SRS of an AVM, angiography --------
_c = "KILBRANNAN NEUROSURGICAL INSTITUTE"
_d = "05/21/1990"
add(name="m88_18", kind="pdf", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI", "angiography"], ["frame"]),
    lesions=[L("right parietal AVM", "cranial", C, 18, 1)],
    categories=cats(),
    notes="Six pages as faxed to the billing office: fax cover sheet, neurovascular consult (proposes 20 Gy), frame "
          "application note and stereotactic angiography note on one page, dose plan (final 18 Gy at 50% after nidus "
          "volume 4.9 cc on angiography), treatment record and a discharge instruction sheet. AVM: complex by type. "
          "Imaging: stereotactic MRI, CT and digital subtraction angiography.",
    docs=[Doc("m88_18.pdf", [
        [H1("FAX"),
         KeyValue([("To", "Kilbrannan Business Office - Coding"), ("From", "Neurosurgery clinic, radiosurgery coordinator"),
                   ("Date", "04/07/2026"), ("Pages", "6 including cover"),
                   ("Re", f"{patient(18)} - radiosurgery 03/24/2026 - documents for claim")]),
         P("Please find the radiosurgery documentation requested for coding. Call x4471 with questions."),
         P("CONFIDENTIAL: This facsimile contains protected health information. If you are not the intended recipient, "
           "notify the sender and destroy all copies.")],
        [H1("Neurovascular Consultation"),
         KeyValue([("Date", "02/26/2026"), ("Physician", "Rainer Holtzclaw, MD, Neurosurgery")]),
         P("35-year-old woman with a right parietal arteriovenous malformation found after a focal seizure in 2025, "
           "Spetzler-Martin grade II, nidus about 2.3 cm on MRI, no prior hemorrhage. Seizures controlled on levetiracetam. "
           "Options discussed: microsurgery, embolization, radiosurgery, observation. She prefers radiosurgery."),
         P("Plan: frame-based cobalt-60 radiosurgery with same-day stereotactic MRI, CT and angiography. Proposed margin dose "
           "20 Gy to the 50% isodose line, to be confirmed on the planning angiogram. Obliteration expected over 2-3 years."),
         sig("Rainer Holtzclaw, MD 02/26/2026")],
        [H1("Frame Application Note"),
         P("03/24/2026 06:50. Leksell-type stereotactic head frame applied with 4 pins under local anesthesia (lidocaine 1% "
           "with bicarbonate); IV midazolam 1 mg. Good position, no bleeding."),
         sig("Rainer Holtzclaw, MD 03/24/2026"),
         H1("Stereotactic Angiography Note"),
         P("03/24/2026 07:40. Right femoral access, 5F catheter. Stereotactic biplane digital subtraction angiography of the "
           "right ICA and vertebral artery with the localizer attached. Nidus supplied by right MCA parietal branches, "
           "superficial drainage to the superior sagittal sinus; nidus 2.2 x 1.9 x 1.8 cm. Closure device, no complication."),
         sig("Ines Valderrama, MD, Neurointerventional Radiology 03/24/2026")],
        [H1("Radiosurgery Dose Plan"),
         KeyValue([("Unit", "Cobalt-60 multi-source radiosurgery unit"), ("Planning system", "KINGFISHER-RS 4.0 (invented)"),
                   ("Images", "Stereotactic MRI (T1C, TOF) 03/24, stereotactic CT 03/24, stereotactic DSA 03/24, co-registered"),
                   ("Target", "AVM nidus (angiography + MRI), 4.9 cc"),
                   ("Prescription", "18 Gy to the 50% isodose line, single session (reduced from 20 Gy for nidus volume)"),
                   ("Shots", "16 (4/8 mm)"), ("Coverage", "97.9%"), ("Brain V12Gy", "9.7 cc")]),
         P("Frame coordinates verified against the plan by physics; treatment-time second check within 1%."),
         sig("Ottavia Brennecke, PhD 03/24/2026"), sig("Rainer Holtzclaw, MD 03/24/2026")],
        [H1("Treatment Record"),
         P("03/24/2026: radiosurgery delivered 11:20-12:16 in one session, 16 shots, no interruption. Frame removed 12:30; "
           "pin sites dressed. Levetiracetam continued; dexamethasone not required."),
         sig("Rainer Holtzclaw, MD 03/24/2026")],
        [H1("Discharge Instructions (patient copy)"),
         BulletList(["Keep pin sites dry for 24 hours; mild headache is common.", "Continue levetiracetam 500 mg twice daily.",
                     "MRI every 6 months; angiography at 3 years to confirm obliteration.",
                     "Call for new weakness, severe headache or seizure."])],
    ], opts=dict(header=[_c, f"{patient(18)}   MRN {mrn(18)}   DOB {_d}"], page_numbers="{n}/{total}"))])


# ==================================================================================================
# Spine
# ==================================================================================================

# m88_05 -- EHR text export, newest first: spine SBRT T11 + L3, tumour board also names an iliac lesion ---------------
add(name="m88_05", kind="ehr_text", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T11 vertebral body", "spinal", None, 24, 2), L("L3 vertebral body", "spinal", None, 24, 2)],
    categories=cats(),
    notes="EHR text export sorted newest first (out of date order): follow-up, completion summary, treatment record, plan, "
          "simulation, tumour-board note (recommends SBRT to T11 and L3 and 'later consideration' of a right iliac "
          "lesion, never treated), faxed referral cover and consult. Renal cell carcinoma, T11 and L3 24 Gy in 2 "
          "fractions each on a gantry linac, vacuum cushion, CBCT each fraction.",
    docs=[Doc("m88_05.txt", text=f"""
================================================================================
MERIDIAN FALLS HEALTH - CLINICAL DOCUMENTS REPORT (invented EHR: CASCADE-RECORDS)
Patient: {patient(5)}        MRN: {mrn(5)}        DOB: 07/02/1959
Filter: Radiation Oncology, all note types     Sort: date, newest first
Printed: 05/28/2026 14:02
================================================================================

>>> Note type: Follow-up Visit | Date of service: 05/26/2026 | Author: Ignatius Pelletier-Moss, MD | Status: Signed
Six weeks after spine SBRT (T11 and L3, 24 Gy in 2 fractions each, completed 04/14/2026). Back pain 2/10 from 7/10, off oxycodone. No weakness, no bowel or bladder change. Mild fatigue. Continue pembrolizumab/axitinib. Spine MRI in 3 months. The right iliac lesion is asymptomatic; will re-discuss at tumor board if it becomes painful.

>>> Note type: Treatment Summary | Date of service: 04/15/2026 | Author: Ignatius Pelletier-Moss, MD | Status: Signed
Diagnosis: metastatic clear cell renal cell carcinoma to spine (C79.51, C64.2).
Treatment: stereotactic body radiotherapy, gantry linac 6 MV FFF, 04/10/2026 and 04/14/2026.
  T11 vertebral body and left pedicle: 24 Gy in 2 fractions (12 Gy per fraction)
  L3 vertebral body: 24 Gy in 2 fractions (12 Gy per fraction)
Both treated in the same sessions. Cord Dmax 14.2 Gy (T11), cauda Dmax 15.1 Gy (L3). Toxicity: grade 1 nausea after fraction 1, ondansetron.

>>> Note type: Treatment Record | Date of service: 04/14/2026 | Author: RTT | Status: Final
Fx  Date        Site  Dose   Cum    IGRT                                     RTT
1   04/10/2026  T11   12 Gy  12 Gy  CBCT + 6DoF, approved IPM; repeat CBCT   KB/NS
1   04/10/2026  L3    12 Gy  12 Gy  CBCT + 6DoF, approved IPM                 KB/NS
2   04/14/2026  T11   12 Gy  24 Gy  CBCT + 6DoF, approved IPM; repeat CBCT   KB/TW
2   04/14/2026  L3    12 Gy  24 Gy  CBCT + 6DoF, approved IPM                 KB/TW
Immobilization: full-body vacuum cushion, arms on chest. Intrafraction: surface monitoring.

>>> Note type: Physics Plan Review | Date of service: 04/08/2026 | Author: Annika Solberg-Reyes, MS, DABR | Status: Signed
Plans SPINE_T11 and SPINE_L3 (isocentres 2), 2 VMAT arcs each, planning system HERON TPS 7 (invented).
PTV_T11 (vertebral body + L pedicle, CTV 2-3 per consensus): 24 Gy/2, V100 91% (cord PRV constraint priority).
PTV_L3 (vertebral body): 24 Gy/2, V100 94%.
Cord (T11) D0.03cc 14.2 Gy [limit 17 Gy]; cauda (L3) D0.03cc 15.1 Gy [limit 20 Gy].
Independent calculation passed; portal dosimetry QA passed (99.4%, 98.9%).

>>> Note type: Simulation Note | Date of service: 04/02/2026 | Author: Ignatius Pelletier-Moss, MD | Status: Signed
CT simulation supine in a full-body vacuum cushion, arms crossed on chest, 1.5 mm slices T8-S1. Thoracolumbar MRI (T1, T2, post-contrast, 2 mm axial) performed 04/01/2026 for planning and fused for cord, cauda and target delineation. Targets: T11 (body + left pedicle, epidural extension Bilsky 1b), L3 (body). Rx 24 Gy in 2 fractions each, same days.

>>> Note type: Tumor Board Note | Date of service: 03/25/2026 | Author: Multidisciplinary Spine Oncology Board | Status: Final
Case: 66M, RCC, painful T11 and L3 metastases, small asymptomatic right iliac lesion. SINS 7 (T11), 5 (L3). No instability; no high-grade compression.
Recommendation: SBRT to T11 and L3 (24 Gy in 2 fractions). Right iliac lesion: observe; consider SBRT later if symptomatic. Continue systemic therapy.

>>> Note type: Scanned Document - Fax Cover | Date of service: 03/18/2026 | Author: External | Status: Scanned
FAX from Meridian Falls Urology Associates to Radiation Oncology, 3 pages: referral for spine mets, RCC. Attached: MRI report 03/12/2026, oncology letter.

>>> Note type: Consultation | Date of service: 03/20/2026 | Author: Ignatius Pelletier-Moss, MD | Status: Signed
66-year-old man, clear cell RCC (left nephrectomy 2023), now with mid-back and low-back pain. MRI 03/12/2026: T11 vertebral body and left pedicle metastasis with minimal epidural extension, L3 vertebral body metastasis, small right iliac lesion. Neuro exam normal. ECOG 1. RCC is radioresistant to conventional fractionation: recommend SBRT to T11 and L3, to be presented at spine tumor board. Consent after board.

================================================================================
End of report. {FOOT}
""")])

# m88_11 -- PDF (5 pages, consult over a page break, previous conventional course): re-irradiation spine SBRT T6 -------
_c = "CALLOWAY POINT CANCER INSTITUTE"
_d = "01/25/1955"
add(name="m88_11", kind="pdf", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T6 vertebral metastasis", "spinal", None, 24, 3)],
    categories=cats(),
    notes="Five-page course file: consult running over a page break with the document header repeated ('Consultation - "
          "page 2 of 2'), an outside summary of a 2022 conventional course (30 Gy in 10 fractions to T4-T8; not this "
          "course), simulation and plan on one page, treatment record and completion summary on one page. Re-irradiation "
          "SBRT T6, 24 Gy in 3 fractions, gantry linac, vacuum cushion, CBCT each fraction. One spinal lesion: the claimed "
          "63621 (perhaps from the T4-T8 span of the old course) is inconsistent.",
    docs=[Doc("m88_11.pdf", [
        [H1("Consultation - Radiation Oncology"),
         Paragraph(f"{patient(11)}   MRN {mrn(11)}   Date of service 08/04/2026   Page 1 of 2", bold=True),
         P("REASON: recurrent pain, T6 metastasis, previously irradiated."),
         P("HISTORY: 71-year-old woman with metastatic breast cancer (ER+/HER2-) to bone. In 2022 she received palliative "
           "conventional radiotherapy to T4-T8 at Ashcombe General (30 Gy in 10 fractions, summary enclosed) for pain and "
           "early epidural disease, with good response. Over the last two months, recurrent mid-thoracic pain 6/10. MRI "
           "07/28/2026: progression at T6 with vertebral body and right pedicle involvement, epidural disease Bilsky 1a, no "
           "cord compression. T5 and T7 stable. On fulvestrant and abemaciclib."),
         P("EXAM: ECOG 1. Tender at T6. Strength 5/5, sensation intact, reflexes symmetric."),
         P("PRIOR RADIATION: T4-T8, 30 Gy in 10 fractions, 04/2022. Cumulative cord dose must be respected (prior cord "
           "EQD2 about 33 Gy)."),
         P("ASSESSMENT: Symptomatic in-field recurrence at T6, 4 years after conventional RT. Re-irradiation with SBRT is "
           "appropriate; conventional re-treatment would give inadequate dose within cord tolerance.")],
        [Paragraph(f"CONSULTATION - RADIATION ONCOLOGY (continued)   {patient(11)}   08/04/2026   Page 2 of 2", bold=True),
         P("PLAN: SBRT to T6 (vertebral body + right pedicle), 24 Gy in 3 fractions, cord PRV Dmax 12 Gy for the re-treatment "
           "course. Planning MRI of the thoracic spine and CT simulation in a vacuum cushion. Discussed risks: pain flare, "
           "vertebral compression fracture, myelopathy (low). Consent signed."),
         sig("Hyacinth Broadbent-Lowe, MD 08/04/2026")],
        [H1("Outside Records: Radiation Treatment Summary"),
         Paragraph("ASHCOMBE GENERAL HOSPITAL - RADIATION ONCOLOGY (invented)   Treatment summary dated 04/29/2022", bold=True),
         KeyValue([("Patient", patient(11)), ("Site", "Thoracic spine T4-T8"), ("Technique", "3D conformal, PA + 2 obliques, 6 MV"),
                   ("Dose", "30 Gy in 10 fractions, 04/18/2022 - 04/29/2022"), ("Intent", "Palliative")]),
         P("Good pain response. No cord compression. Follow-up with medical oncology."),
         P("Signed: Dr. Cornelius Wakefield, 04/29/2022")],
        [H1("Simulation Note"),
         P("08/11/2026. Supine, full-body vacuum cushion, arms above head on a wing board. CT 1.25 mm T1-T11. Thoracic spine MRI "
           "08/10/2026 (T1, T2, 1 mm axial through T4-T8) fused; cord contoured on MRI, PRV 1.5 mm."),
         sig("Hyacinth Broadbent-Lowe, MD 08/11/2026"),
         H1("SBRT Plan Summary"),
         KeyValue([("Planning system", "ALBATROSS TPS 9 (invented)"), ("Machine", "Gantry linac 6 MV FFF, 6DoF couch"),
                   ("Technique", "2 VMAT arcs, single isocentre"), ("Target", "PTV_T6 (body + R pedicle), 24.6 cc"),
                   ("Prescription", "24 Gy in 3 fractions (8 Gy/fx), V100 89% (cord priority)"),
                   ("Cord PRV", "Dmax 11.7 Gy (re-treatment limit 12 Gy)"), ("QA", "Second calc passed; PSQA 98.8% (2%/2 mm)")]),
         sig("Barnabas Eklund, MS, DABR 08/14/2026"), sig("Hyacinth Broadbent-Lowe, MD 08/14/2026")],
        [H1("Treatment Record"),
         RuledTable([("Fx", "Date", "Dose", "Cumulative", "IGRT"), ("1", "08/17/2026", "8 Gy", "8 Gy", "CBCT x2, MD approved"),
                     ("2", "08/19/2026", "8 Gy", "16 Gy", "CBCT x2, MD approved"), ("3", "08/21/2026", "8 Gy", "24 Gy", "CBCT x2, MD approved")]),
         H1("Completion Summary"),
         P("Re-irradiation SBRT to the T6 metastasis completed 08/21/2026: 24 Gy in 3 fractions on the gantry linac. Prior "
           "2022 course (T4-T8, 30 Gy in 10) noted for cumulative dose. Pain flare after fraction 1 treated with "
           "dexamethasone 4 mg x 2 days. Follow-up in 6 weeks with MRI at 3 months."),
         sig("Hyacinth Broadbent-Lowe, MD 08/24/2026")],
    ], opts=dict(header=[_c]))])

# m88_19 -- EHR text export with a misfiled note of another patient: robotic-arm spine SBRT, L1 + S1 ------------------
add(name="m88_19", kind="ehr_text", codes=["G0339", "G0340", "77435", "63620", "63621"],
    facts=F("robotic_linac", ["spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L1", "spinal", None, 27, 3), L("S1", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Text export of the radiation-oncology encounter list: consult, simulation, plan, three fraction notes, and, "
          "between fractions, a misfiled on-treatment note of a DIFFERENT patient (other name and MRN; brain SRS 3 "
          "lesions on a gantry linac) that must be ignored; completion summary last. This patient: L1 and S1 sarcoma "
          "metastases, 27 Gy in 3 fractions each on a robotic-arm linac with spine tracking, vacuum cushion.",
    docs=[Doc("m88_19.txt", text=f"""
ENCOUNTER DOCUMENTS - export for coding review
System: LANTERNBROOK EHR (invented)    Exported: 10/30/2026
Patient: {patient(19)}   MRN {mrn(19)}   DOB 11/11/1981
_______________________________________________________________________________
DOCUMENT: Consultation - Radiation Oncology            09/21/2026
AUTHOR:   Severine Abernethy, MD
45-year-old woman with metastatic leiomyosarcoma (uterine primary, 2023), on trabectedin, with new L1 and S1 metastases on MRI (09/14/2026), causing low back pain 6/10 and right S1 radicular pain. No cord compression. ECOG 1.
Sarcoma is radioresistant; recommend SBRT to L1 and S1 on the robotic-arm linac, 27 Gy in 3 fractions each. Consent signed.
_______________________________________________________________________________
DOCUMENT: Simulation / Planning Note                    09/28/2026
AUTHOR:   Severine Abernethy, MD
CT simulation supine in a vacuum cushion (full length), 1.25 mm T10-coccyx. Lumbosacral MRI 09/27/2026 registered for target and cauda equina contours. No fiducials needed: spine tracking on bony anatomy.
Targets: PTV_L1 (vertebral body + bilateral pedicles), PTV_S1 (right S1 body and ala).
_______________________________________________________________________________
DOCUMENT: Physics - Plan Approval                       10/02/2026
AUTHOR:   Tobiah Renshaw, PhD
System: robotic-arm mounted 6 MV linac, multileaf collimator; planning system OSPREY-MP 2 (invented).
PTV_L1 27 Gy / 3 fx to 77% isodose, 142 beams, coverage 93.5%. PTV_S1 27 Gy / 3 fx to 79% isodose, 118 beams, coverage 95.1%.
Cauda equina D0.03cc 21.4 Gy (limit 25.5). Bowel D5cc 15.8 Gy. Delivery QA passed (film gamma 98.2%).
_______________________________________________________________________________
DOCUMENT: Treatment Note - Fraction 1                   10/05/2026
AUTHOR:   RTT / S. Abernethy, MD
Fx 1 of 3: PTV_L1 9 Gy, PTV_S1 9 Gy. Spine tracking with orthogonal kV pairs every 45 s, corrections < 1 mm, approved by MD.
_______________________________________________________________________________
DOCUMENT: On-Treatment Visit                            10/06/2026
AUTHOR:   Gideon Ashworth-Pryce, MD
Patient: HARTSWOOD-TEST, CLEMENTINE   MRN SYN-88952   DOB 02/14/1950
Seen after SRS today: three brain metastases (right frontal 20 Gy, left parietal 20 Gy, left cerebellar 18 Gy) single fraction on the gantry linac, mask and CBCT. No headache. Dexamethasone taper. MRI in 2 months.
_______________________________________________________________________________
DOCUMENT: Treatment Note - Fraction 2                   10/07/2026
AUTHOR:   RTT / S. Abernethy, MD
Fx 2 of 3: PTV_L1 9 Gy (cum 18 Gy), PTV_S1 9 Gy (cum 18 Gy). Spine tracking, corrections < 1 mm.
_______________________________________________________________________________
DOCUMENT: Treatment Note - Fraction 3                   10/09/2026
AUTHOR:   RTT / S. Abernethy, MD
Fx 3 of 3: PTV_L1 9 Gy (cum 27 Gy), PTV_S1 9 Gy (cum 27 Gy). Spine tracking, corrections < 1 mm. Course complete.
_______________________________________________________________________________
DOCUMENT: Treatment Completion Summary                  10/12/2026
AUTHOR:   Severine Abernethy, MD
SBRT on the robotic-arm linac, 10/05/2026 - 10/09/2026, 3 fractions:
  L1 vertebral metastasis      27 Gy in 3 fractions
  S1 sacral metastasis         27 Gy in 3 fractions
Mild fatigue, no pain flare. Radicular pain improving. MRI in 3 months.
_______________________________________________________________________________
{FOOT}
""")])


# ==================================================================================================
# Body
# ==================================================================================================

# m88_06 -- PDF (6 pages, page 2 a scanned authorisation letter): lung SBRT, consult 54/3 changed to 50/5 ---------------
_c = "BRAEBURN COAST ONCOLOGY"
_d = "08/19/1945"
add(name="m88_06", kind="pdf_with_scanned_pages", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe", "body", None, 50, 5)],
    categories=cats(),
    notes="Six pages: payer fax cover, a scanned prior-authorisation approval (77373 'up to 5 fractions', 77435, 77301) "
          "as an image page inside the digital PDF, consult proposing 54 Gy in 3, simulation and plan (revised to 50 Gy "
          "in 5: tumour 1.6 cm from the proximal bronchial tree), five-row treatment record and completion summary. "
          "4D CT with PET-CT registered for the GTV; vacuum cushion.",
    docs=[Doc("m88_06.pdf", [
        [H1("FACSIMILE"),
         KeyValue([("To", "Braeburn Coast Oncology - Precertification"), ("From", "HEATHERLY MUTUAL (invented payer), UM Department"),
                   ("Date", "01/14/2026"), ("Pages", "2"), ("Subject", f"Authorization decision - member {patient(6)}")]),
         P("This message contains confidential health information. If received in error please call 555-0163.")],
        [H1("NOTICE OF AUTHORIZATION"),
         KeyValue([("Member", patient(6)), ("Provider MRN", mrn(6)), ("Auth no.", "HM-260114-0072"),
                   ("Request", "SBRT, right lung, up to 5 fractions"), ("Decision", "Approved"), ("Valid", "01/14/2026 - 04/13/2026")]),
         RuledTable([("Code", "Description", "Approved"), ("77301", "IMRT planning", "1"), ("77338", "MLC device", "1"),
                     ("77373", "SBRT delivery per fraction", "up to 5"), ("77435", "SBRT management", "1")]),
         P("Approval is not a guarantee of payment."),
         P("UM nurse reviewer: D. Fairchild-Oyo, RN")],
        [H1("Radiation Oncology Consultation"),
         KeyValue([("Patient", f"{patient(6)} ({mrn(6)})"), ("Date", "01/06/2026"), ("Physician", "Leontyne Gravesend, MD")]),
         P("80-year-old man, former smoker, COPD (FEV1 38%), with a 2.3 cm spiculated right upper lobe nodule, FDG-avid (SUV "
           "9.1) on PET-CT 12/18/2025; CT-guided biopsy: adenocarcinoma. No nodal or distant disease. Not a surgical "
           "candidate per thoracic surgery. ECOG 1."),
         P("Plan: SBRT. Proposed 54 Gy in 3 fractions if the tumour is peripheral enough; final regimen after simulation."),
         sig("Leontyne Gravesend, MD 01/06/2026")],
        [H1("Simulation and Treatment Plan"),
         P("Simulation 01/20/2026: supine, arms up, vacuum cushion with wing board. 4D CT (10 phases), ITV from MIP and all "
           "phases. PET-CT of 12/18/2025 rigidly registered to the planning CT to guide GTV delineation."),
         P("On the planning CT the tumour lies 1.6 cm from the right upper lobe bronchus (within 2 cm of the proximal "
           "bronchial tree): the 3-fraction regimen is not safe. Prescription revised to 50 Gy in 5 fractions (10 Gy per "
           "fraction) to PTV (ITV + 5 mm), every other day."),
         KeyValue([("Planning system", "PELICAN 12 (invented)"), ("Technique", "2 partial VMAT arcs, 6 MV FFF"),
                   ("Coverage", "PTV V100 96.1%, prescribed to 78% isodose"),
                   ("OAR", "Bronchus D0.03cc 38.2 Gy; esophagus 19.4 Gy; lung V20 4.9%; chest wall V30 12 cc"),
                   ("QA", "Independent MU check passed; portal dosimetry 99.0% (3%/2 mm)")]),
         sig("Ansgar Pilkington, MS 01/23/2026"), sig("Leontyne Gravesend, MD 01/23/2026")],
        [H1("Treatment Record"),
         RuledTable([("Fx", "Date", "Dose", "Cum.", "IGRT"), ("1", "01/26/2026", "10 Gy", "10 Gy", "CBCT, ITV match, MD approved"),
                     ("2", "01/28/2026", "10 Gy", "20 Gy", "CBCT, ITV match, MD approved"),
                     ("3", "01/30/2026", "10 Gy", "30 Gy", "CBCT, ITV match, MD approved"),
                     ("4", "02/02/2026", "10 Gy", "40 Gy", "CBCT, ITV match, MD approved"),
                     ("5", "02/04/2026", "10 Gy", "50 Gy", "CBCT, ITV match, MD approved")])],
        [H1("Completion Summary"),
         P("Right upper lobe adenocarcinoma, cT1cN0M0: SBRT 50 Gy in 5 fractions, 01/26/2026 - 02/04/2026, gantry linac with "
           "daily CBCT. Mild cough, no pneumonitis symptoms. CT chest in 3 months."),
         sig("Leontyne Gravesend, MD 02/05/2026")],
    ], opts=dict(header=[_c], scan_pages=[2], scan_dpi=150, scan_skew=0.8, scan_noise=10.0))])

# m88_07 -- PDF (4 pages, two documents on every page + charge sheet): prostate SBRT 36.25 Gy in 5 -----------------------
_c = "ELDERBROOK UROLOGIC ONCOLOGY CENTER"
_d = "03/05/1952"
add(name="m88_07", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Four pages, two documents on each of the first three (consult + fiducial placement note; simulation + plan "
          "summary; treatment record + completion summary) and a charge sheet (55876, 77290, 77301, 77338, 77373 x5 "
          "'max 5 per course', 77435). Prostate SBRT 36.25 Gy in 5 on a gantry linac, gold fiducials, rectal spacer "
          "(not a positioning device), knee and foot vacuum cushion, MRI fused.",
    docs=[Doc("m88_07.pdf", [
        [H1("Radiation Oncology Consultation"),
         P("05/04/2026. 74-year-old man with favorable intermediate-risk prostate adenocarcinoma, Gleason 3+4 in 3/12 cores, "
           "PSA 7.9, cT1c. Prostate MRI 04/20/2026: PI-RADS 4 left peripheral zone lesion, no extraprostatic extension. "
           "Options discussed; he chooses SBRT. Plan: gold fiducials and rectal spacer, then SBRT 36.25 Gy in 5 fractions "
           "to the prostate. No ADT."),
         sig("Maximilian Ostrowe, MD 05/04/2026"),
         H1("Procedure Note - Fiducial Marker and Spacer Placement"),
         P("05/14/2026. Transperineal, under local anesthesia with TRUS guidance: three gold fiducial markers placed (base "
           "left, mid right, apex left); hydrogel rectal spacer 10 mL injected. No complications."),
         sig("Maximilian Ostrowe, MD 05/14/2026")],
        [H1("Simulation Note"),
         P("05/21/2026. Supine, knees and feet in a lower-body vacuum cushion, comfortably full bladder, empty rectum. CT 1.5 "
           "mm; T2 prostate MRI acquired the same day in treatment position and fused; fiducials visible on both."),
         sig("Maximilian Ostrowe, MD 05/21/2026"),
         H1("SBRT Plan Summary"),
         KeyValue([("Planning system", "CURLEW TPS 6 (invented)"), ("Machine", "Gantry linac 10 MV FFF"),
                   ("Technique", "2 VMAT arcs"), ("Target", "PTV = prostate + 5 mm (3 mm posterior)"),
                   ("Prescription", "36.25 Gy in 5 fractions (7.25 Gy/fx), every other day"),
                   ("OAR", "Rectum V36 0.2 cc; bladder V37 3.1 cc; urethra Dmax 38.9 Gy"),
                   ("QA", "Second calculation passed; PSQA 99.3%")]),
         sig("Philippa Knoxwell, MS 05/26/2026"), sig("Maximilian Ostrowe, MD 05/26/2026")],
        [H1("Treatment Record"),
         RuledTable([("Fx", "Date", "Dose", "Cum.", "Imaging"), ("1", "05/28/2026", "7.25 Gy", "7.25 Gy", "kV fiducial match + CBCT"),
                     ("2", "06/01/2026", "7.25 Gy", "14.5 Gy", "kV fiducial match + CBCT"),
                     ("3", "06/03/2026", "7.25 Gy", "21.75 Gy", "kV fiducial match + CBCT"),
                     ("4", "06/05/2026", "7.25 Gy", "29 Gy", "kV fiducial match + CBCT"),
                     ("5", "06/08/2026", "7.25 Gy", "36.25 Gy", "kV fiducial match + CBCT")]),
         P("Intrafraction kV imaging of fiducials every 60 degrees of gantry rotation; beam held for > 2 mm displacement "
           "(twice, fraction 3)."),
         H1("Completion Summary"),
         P("Prostate SBRT 36.25 Gy in 5 fractions, 05/28/2026 - 06/08/2026, completed as planned. Grade 1 urinary frequency "
           "(tamsulosin). PSA in 3 months."),
         sig("Maximilian Ostrowe, MD 06/09/2026")],
        [H1("Charge Sheet"),
         RuledTable([("CPT", "Description", "Units", "Note"), ("55876", "Placement of interstitial device(s) (fiducials)", "1", ""),
                     ("55874", "Transperineal periprostatic spacer", "1", ""),
                     ("77290", "Simulation, complex", "1", ""), ("77301", "IMRT planning", "1", ""),
                     ("77338", "MLC device for IMRT", "1", ""),
                     ("77373", "SBRT delivery, per fraction", "5", "max 5 per course"),
                     ("77435", "SBRT management", "1", "per course")]),
         P("Business office use only.")],
    ], opts=dict(header=head(_c, 7, _d)))])

# m88_08 -- bundle (3 files, one a combined release PDF): pancreas SBRT on an MR-linac, 40 Gy in 5 ------------------------
_c = "GRANITE SHOALS UNIVERSITY MEDICAL CENTER"
_d = "04/30/1956"
_rel = "GS-ROI-26-7781"
add(name="m88_08", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("pancreatic head", "body", None, 40, 5)],
    categories=cats(),
    notes="Three-file bundle: a scanned fax (cover sheet + surgical oncology referral), a combined release PDF (cover and "
          "index, consult proposing 33 Gy in 5, simulation note, plan summary with the dose escalated to 40 Gy in 5 on the "
          "MR-linac, adaptive treatment record, completion summary; release banners) and a charge export (.txt). Pancreatic "
          "head adenocarcinoma; CT and MRI simulation; vacuum cushion; daily MRI set-up and cine-MRI gating.",
    docs=[
        Doc("1_fax_referral.pdf", [
            [H1("FAX COVER SHEET"),
             KeyValue([("To", "Granite Shoals Radiation Oncology, new patient intake"), ("From", "Surgical Oncology, Dr. Marguerite Ellsworth-Tan"),
                       ("Date", "02/02/2026"), ("Pages", "2"), ("Re", f"Referral - {patient(8)}, DOB {_d}")]),
             P("Urgent: please schedule within 2 weeks. Confidential health information.")],
            [P("GRANITE SHOALS SURGICAL ONCOLOGY"),
             P("02/02/2026"),
             P(f"Re: {patient(8)}  MRN {mrn(8)}"),
             P("Dear Dr. Vasquez-Ferrante, I would be grateful for your opinion on this 69-year-old woman with borderline "
               "resectable adenocarcinoma of the pancreatic head (abutment of the SMV, < 180 degrees of the SMA) who has "
               "completed 4 months of FOLFIRINOX with a CA 19-9 response (1,240 to 88). The tumour board favoured SBRT before "
               "re-staging for surgery. She has a biliary stent."),
             P("Sincerely, Marguerite Ellsworth-Tan, MD")],
        ], opts=dict(header=["FEB-02-2026 09:14   FROM: GS SURG ONC 5550121   TO: 5550188"], page_numbers="P.{n}/{total}",
                     scan=True, scan_dpi=150, scan_noise=12.0)),
        Doc("2_records_release.pdf", [
            roi_cover(_c, 8, _d, _rel, "Patient (personal copy) and Coding Compliance", "Continuity of care / coding review",
                      [("1", "Radiation oncology consultation", "02/10/2026", "2"), ("2", "Simulation note", "02/17/2026", "3"),
                       ("3", "Treatment plan summary", "02/20/2026", "3"), ("4", "Adaptive treatment record", "03/04/2026", "4"),
                       ("5", "Treatment completion summary", "03/05/2026", "5")], "03/20/2026"),
            [H1("Radiation Oncology Consultation"),
             KeyValue([("Date", "02/10/2026"), ("Physician", "Rodrigo Vasquez-Ferrante, MD")]),
             P("Borderline resectable pancreatic head adenocarcinoma after FOLFIRINOX x 8 cycles; CT 01/27/2026 shows a 2.8 cm "
               "head mass with SMV abutment, no metastases. ECOG 1. Plan: stereotactic MR-guided adaptive radiotherapy, "
               "proposed 33 Gy in 5 fractions to the PTV with 40 Gy simultaneous boost to the vessel interface considered at "
               "planning. Consent signed."),
             sig("Rodrigo Vasquez-Ferrante, MD 02/10/2026")],
            [H1("Simulation Note"),
             P("02/17/2026: supine, arms up, vacuum cushion; CT simulation with IV contrast in expiration breath-hold, and MRI "
               "simulation on the 0.35 T MR-linac in the same position (breath-hold TrueFISP). Fasting 3 h before each session."),
             sig("Rodrigo Vasquez-Ferrante, MD 02/17/2026"),
             H1("Treatment Plan Summary"),
             KeyValue([("Unit", "0.35 T MR-guided gantry linac (6 MV FFF)"), ("Planning system", "SANDPIPER Adaptive 3 (invented)"),
                       ("Technique", "Step-and-shoot IMRT, 15 beams, breath-hold with cine-MRI gating"),
                       ("Final prescription", "40 Gy in 5 fractions (8 Gy/fx) to PTV_Panc, isotoxic; escalated from the 33 Gy proposed at consultation after OAR review"),
                       ("OAR", "Duodenum V33 0.4 cc, stomach V33 0.1 cc, bowel V33 0.3 cc"),
                       ("QA", "Independent calculation and ion-chamber QA passed; online adaptive plans checked by second calculation each day")]),
             sig("Yevgenia Hallström, PhD 02/20/2026"), sig("Rodrigo Vasquez-Ferrante, MD 02/20/2026")],
            [H1("Adaptive Treatment Record"),
             RuledTable([("Fx", "Date", "Plan", "Dose", "Cum.", "Gating"),
                         ("1", "02/24/2026", "adapted", "8 Gy", "8 Gy", "cine MRI, 94% duty cycle"),
                         ("2", "02/26/2026", "adapted", "8 Gy", "16 Gy", "cine MRI"),
                         ("3", "02/27/2026", "predicted (not adapted)", "8 Gy", "24 Gy", "cine MRI"),
                         ("4", "03/02/2026", "adapted", "8 Gy", "32 Gy", "cine MRI"),
                         ("5", "03/04/2026", "adapted", "8 Gy", "40 Gy", "cine MRI")]),
             P("Daily volumetric MRI set-up, re-contouring of OARs within 3 cm of the PTV, physician and physicist present.")],
            [H1("Treatment Completion Summary"),
             P("Pancreatic head adenocarcinoma: MR-guided adaptive SBRT 40 Gy in 5 fractions, 02/24/2026 - 03/04/2026. Grade 1 "
               "nausea and fatigue. Restaging CT and surgical review in 4 weeks."),
             sig("Rodrigo Vasquez-Ferrante, MD 03/05/2026")],
        ], opts=dict(header=[_c + "  -  Health Information Management", f"{patient(8)}   MRN {mrn(8)}   DOB {_d}"],
                     page_numbers=release(_rel))),
        Doc("3_charge_export.txt", text=f"""
CHARGE DETAIL EXPORT  (CASHEW BILLING, invented)   Run 03/18/2026
Account: {mrn(8)}   Patient: {patient(8)}
DOS         CPT    MOD  UNITS  DESCRIPTION
02/10/2026  99205       1      New patient visit
02/17/2026  77290       1      Simulation, complex
02/20/2026  77301       1      IMRT treatment plan
02/20/2026  77338       1      MLC device(s), IMRT
02/20/2026  77300       2      Basic dosimetry calculation
02/24/2026  77373       1      SBRT delivery
02/26/2026  77373       1      SBRT delivery
02/27/2026  77373       1      SBRT delivery
03/02/2026  77373       1      SBRT delivery
03/04/2026  77373       1      SBRT delivery
03/04/2026  77435       1      SBRT management, per course (max 5 fractions)
02/24/2026  77336       1      Continuing physics support
Total lines: 12
"""),
    ])

# m88_09 -- PDF (7 pages, IR note and sim note on one page): robotic liver SBRT; summary 40 Gy vs record 50 Gy ----------
_c = "OAKHURST TRANSPLANT & LIVER CENTER"
_d = "11/23/1960"
add(name="m88_09", kind="pdf", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment VIII HCC", "body", None, 50, 5)],
    categories=cats(),
    contradiction="The completion summary says 40 Gy in 5 fractions, while the prescription, the plan and the five-row treatment record give 50 Gy (10 Gy x 5).",
    notes="Seven pages: tumour-board note (recommends SBRT 40-50 Gy in 5 or TACE), consult, interventional-radiology "
          "fiducial note and simulation note on one page, plan summary (50 Gy in 5), five-row treatment record (10 Gy each, "
          "fiducial tracking with a respiratory model), completion summary that says 40 Gy in 5, and a 3-month liver MRI "
          "report with the lesion size. Gold follows the prescription and record (50 Gy) with a review flag.",
    docs=[Doc("m88_09.pdf", [
        [H1("Multidisciplinary Liver Tumor Board"),
         P("02/11/2026. 65-year-old man, Child-Pugh A6 cirrhosis (HCV, treated), single 2.9 cm LI-RADS 5 lesion in segment VIII "
           "abutting the right hepatic vein. Ablation not feasible (vessel); TACE or SBRT. Recommendation: SBRT 40-50 Gy in 5 "
           "fractions with fiducial tracking; TACE as an alternative. Bridge to transplant listing."),
         P("Board coordinator: Aurelie Stanhope, RN")],
        [H1("Radiation Oncology Consultation"),
         KeyValue([("Date", "02/16/2026"), ("Physician", "Evander Moorcroft, MD")]),
         P("Agree with board: SBRT to segment VIII HCC on the robotic-arm linac with fiducial tracking. Proposed 50 Gy in 5 "
           "fractions, mean liver dose < 13 Gy, at least 700 cc of liver below 15 Gy. Fiducials by IR. Consent signed."),
         sig("Evander Moorcroft, MD 02/16/2026")],
        [H1("Interventional Radiology - Fiducial Placement"),
         P("02/20/2026: under CT guidance, four gold fiducial markers placed around the segment VIII lesion, percutaneous right "
           "intercostal approach, moderate sedation. No bleeding or pneumothorax."),
         sig("Cyrus Abernathy-Lowe, MD, IR 02/20/2026"),
         H1("Simulation Note"),
         P("02/27/2026 (one week after fiducials): supine in a vacuum cushion, arms at sides. Contrast CT in exhale (1 mm, "
           "arterial and portal venous) and liver MRI with gadoxetate the same day, registered on the fiducials."),
         sig("Evander Moorcroft, MD 02/27/2026")],
        [H1("SBRT Plan Summary"),
         KeyValue([("Unit", "Robotic-arm mounted 6 MV linac, MLC"), ("Planning system", "OSPREY-MP 2 (invented)"),
                   ("Tracking", "Fiducial tracking with a respiratory correlation model"),
                   ("Prescription", "50 Gy in 5 fractions (10 Gy/fx) to PTV_Seg8 (GTV + 5 mm), 75% isodose"),
                   ("Coverage", "V100 95.4%"), ("OAR", "Mean liver 11.2 Gy; 1,104 cc liver < 15 Gy; duodenum D0.5cc 18.1 Gy"),
                   ("QA", "Delivery QA (film) 97.5%, passed")]),
         sig("Thessaly Groves, PhD 03/03/2026"), sig("Evander Moorcroft, MD 03/03/2026")],
        [H1("Treatment Record"),
         RuledTable([("Fx", "Date", "Dose", "Cumulative", "Fiducials tracked", "Model error"),
                     ("1", "03/05/2026", "10 Gy", "10 Gy", "4 of 4", "1.8 mm"), ("2", "03/09/2026", "10 Gy", "20 Gy", "4 of 4", "1.6 mm"),
                     ("3", "03/11/2026", "10 Gy", "30 Gy", "4 of 4", "2.0 mm"), ("4", "03/13/2026", "10 Gy", "40 Gy", "4 of 4", "1.5 mm"),
                     ("5", "03/16/2026", "10 Gy", "50 Gy", "4 of 4", "1.7 mm")])],
        [H1("Treatment Completion Summary"),
         P("Segment VIII hepatocellular carcinoma treated with SBRT, 40 Gy in 5 fractions, 03/05/2026 - 03/16/2026, robotic-arm "
           "linac with fiducial tracking. Fatigue grade 1. Liver function stable (Child-Pugh A6). MRI in 3 months; "
           "transplant evaluation continues."),
         sig("Evander Moorcroft, MD 03/17/2026")],
        [H1("MRI Liver with Contrast"),
         P("06/15/2026. Segment VIII treated lesion 2.1 cm (was 2.9 cm), no arterial hyperenhancement, LR-TR nonviable. "
           "Fiducials in place. Perilesional treatment-related enhancement. No new lesion."),
         sig("Priya Castellano, MD, Abdominal Imaging 06/15/2026")],
    ], opts=dict(header=head(_c, 9, _d)))])

# m88_14 -- bundle (2 files: transmittal letter + combined PDF with a fee schedule): two lung lesions, 50 Gy in 5 each ----
_c = "NETHERCOTT VALLEY HOSPITAL"
_d = "02/08/1949"
add(name="m88_14", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 5, ["CT"], ["body_immobilization"]),
    lesions=[L("right upper lobe", "body", None, 50, 5), L("left lower lobe", "body", None, 50, 5)],
    categories=cats(),
    notes="Two-file bundle: a transmittal letter (.txt) and one combined PDF holding a tumour-board note, the consult "
          "(proposes 54 Gy in 3 to the RUL lesion and 50 Gy in 5 to the LLL lesion), simulation note and prescription on "
          "one page (both 50 Gy in 5, same days), plan summary, treatment record, completion summary and the hospital's "
          "SBRT fee schedule page (codes, units, 'up to 5 fractions', prices). Two synchronous primaries, abdominal "
          "compression; planning CT only (4D and contrast CT, 'No MRI').",
    docs=[
        Doc("0_transmittal_letter.txt", text=f"""
NETHERCOTT VALLEY HOSPITAL - Health Information Management
Records transmittal

Date: 07/02/2026
To: Coding Quality Review, Nethercott Physicians Network (internal)
Re: {patient(14)}, MRN {mrn(14)}, DOB {_d}

Enclosed as one combined PDF (7 pages) are the radiation oncology records of the lung SBRT course of May-June 2026,
requested for pre-bill review. The file also contains our current SBRT fee schedule page as requested by the reviewer.

Regards,
Hyacinthe Morrow, RHIT
{FOOT}
"""),
        Doc("1_combined_records.pdf", [
            [H1("Thoracic Tumor Board"),
             P("05/06/2026. 77-year-old man with two synchronous lung primaries on biopsy: right upper lobe adenocarcinoma 1.9 cm "
               "and left lower lobe squamous carcinoma 1.4 cm, both N0 on EBUS staging. FEV1 42%. Board "
               "recommendation: SBRT to both lesions; not a surgical candidate."),
             P("Recorded by: thoracic oncology nurse navigator")],
            [H1("Radiation Oncology Consultation"),
             KeyValue([("Date", "05/11/2026"), ("Physician", "Cordelia Fairbrass, MD")]),
             P("Two synchronous NSCLC primaries as above. ECOG 1. Proposed SBRT: right upper lobe 54 Gy in 3 fractions (peripheral) "
               "and left lower lobe 50 Gy in 5 fractions; both to be planned on one 4D CT. Consent signed."),
             sig("Cordelia Fairbrass, MD 05/11/2026")],
            [H1("Simulation Note"),
             P("05/18/2026: supine, arms up, vacuum cushion with abdominal compression plate. 4D CT (10 phases) and a free-breathing "
               "contrast CT; ITVs from all phases. No MRI."),
             sig("Cordelia Fairbrass, MD 05/18/2026"),
             H1("Prescription"),
             RuledTable([("Target", "Total", "Fx", "Dose/fx", "Schedule"), ("PTV_RUL", "50 Gy", "5", "10 Gy", "every other day, same sessions"),
                         ("PTV_LLL", "50 Gy", "5", "10 Gy", "every other day, same sessions")]),
             P("RUL regimen changed from the proposed 54 Gy in 3 to 50 Gy in 5 so that both lesions are treated in the same "
               "sessions with a composite lung V20 under 10%."),
             sig("Cordelia Fairbrass, MD 05/20/2026")],
            [H1("Plan Summary"),
             KeyValue([("Planning system", "CURLEW TPS 6 (invented)"), ("Machine", "Gantry linac 6 MV FFF"),
                       ("Isocentres", "2 (one per lesion), 2 partial VMAT arcs each"),
                       ("Coverage", "PTV_RUL V100 96.4%; PTV_LLL V100 95.8%"),
                       ("Composite OAR", "Lung V20 8.1%, mean lung 5.9 Gy; cord 14.1 Gy; heart D0.03cc 21 Gy"),
                       ("QA", "MU second check passed; PSQA 98.7% and 99.2%")]),
             sig("Ignatius Wolstenholme, MS 05/22/2026"), sig("Cordelia Fairbrass, MD 05/22/2026")],
            [H1("Treatment Record"),
             RuledTable([("Fx", "Date", "PTV_RUL", "PTV_LLL", "IGRT"),
                         ("1", "05/26/2026", "10 Gy", "10 Gy", "CBCT per isocentre, MD approved"),
                         ("2", "05/28/2026", "10 Gy", "10 Gy", "CBCT per isocentre, MD approved"),
                         ("3", "06/01/2026", "10 Gy", "10 Gy", "CBCT per isocentre, MD approved"),
                         ("4", "06/03/2026", "10 Gy", "10 Gy", "CBCT per isocentre, MD approved"),
                         ("5", "06/05/2026", "10 Gy", "10 Gy", "CBCT per isocentre, MD approved"),
                         ("Total", "", "50 Gy", "50 Gy", "")])],
            [H1("Completion Summary"),
             P("SBRT to two synchronous lung primaries, 05/26/2026 - 06/05/2026: right upper lobe 50 Gy in 5 fractions, left lower "
               "lobe 50 Gy in 5 fractions. Mild fatigue. CT chest at 3 months."),
             sig("Cordelia Fairbrass, MD 06/08/2026")],
            [H1("Schedule of Charges - Stereotactic Body Radiotherapy (effective 01/01/2026)"),
             RuledTable([("CPT", "Description", "Unit basis", "Charge"),
                         ("77263", "Treatment planning, complex", "per course", "$1,210"),
                         ("77290", "Simulation, complex", "per simulation", "$2,450"),
                         ("77293", "Respiratory motion management", "per course", "$1,880"),
                         ("77301", "IMRT planning", "per plan", "$7,900"),
                         ("77373", "SBRT delivery", "per fraction, up to 5 fractions", "$6,420"),
                         ("77435", "SBRT management", "per course", "$2,010"),
                         ("77014", "CT guidance", "bundled with 77373", "$0")]),
             P("Hospital chargemaster extract. Not specific to any patient.")],
        ], opts=dict(header=[_c, f"{patient(14)}   MRN {mrn(14)}"])),
    ])

# m88_20 -- bundle (2 files: scanned referral + combined course PDF): oligometastases, right adrenal + T9, 5 fx ----------
_c = "ROOKSBY PARK CANCER CENTRE"
_d = "09/09/1963"
add(name="m88_20", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["body", "spinal"], 2, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("right adrenal", "body", None, 40, 5), L("T9 vertebral body", "spinal", None, 35, 5)],
    categories=cats(),
    notes="Two-file bundle: a scanned referral letter and one combined course PDF (consult running over a page break "
          "with a repeated header, simulation, plan summary, treatment record, completion summary, a payer "
          "pre-certification page listing 77373 'up to 5 fractions' and 63620, and a follow-up MRI of the spine). "
          "Oligometastatic melanoma: right adrenal 40 Gy in 5 and T9 35 Gy in 5 in the same sessions on a gantry linac. "
          "The consult's 'SBRT to a third lesion in the liver, if it grows' was never treated.",
    docs=[
        Doc("1_referral_scanned.pdf", [[
            P("ROOKSBY PARK MEDICAL ONCOLOGY"),
            P("08/03/2026"),
            P(f"Re: {patient(20)}  DOB {_d}  MRN {mrn(20)}"),
            P("Dear Dr. Ingleby-Sowande, please see this 62-year-old man with metastatic melanoma on ipilimumab/nivolumab with "
              "oligoprogression: a growing right adrenal metastasis (3.2 cm) and a new T9 vertebral body lesion; a 6 mm liver "
              "lesion is stable. We would like local treatment of the progressing sites and continuation of immunotherapy."),
            P("With thanks, Dr. Sunniva Corrigan"),
        ]], opts=dict(header=None, page_numbers=None, scan=True, scan_dpi=150, scan_skew=1.8, scan_noise=9.0)),
        Doc("2_course_records.pdf", [
            [H1("Radiation Oncology Consultation"),
             Paragraph(f"{patient(20)}  MRN {mrn(20)}  08/10/2026", bold=True),
             P("HISTORY: melanoma of the left calf 2019, stage IIIB; 2025 lung and adrenal metastases, on ipilimumab/nivolumab "
               "then nivolumab maintenance with a good response until 07/2026, when CT and MRI showed growth of the right adrenal "
               "metastasis to 3.2 cm and a new T9 vertebral body metastasis without epidural extension; a 6 mm segment VI liver "
               "lesion is unchanged. ECOG 0. Mild right flank discomfort, no back pain."),
             P("EXAM: Well. No spinal tenderness. Neurologically intact.")],
            [Paragraph(f"RADIATION ONCOLOGY CONSULTATION (cont.)  {patient(20)}  08/10/2026", bold=True),
             P("ASSESSMENT AND PLAN: oligoprogressive melanoma at two sites. Recommend SBRT to the right adrenal (40 Gy in 5) and "
               "to T9 (35 Gy in 5), treated in the same sessions. The liver lesion will be observed; SBRT could be offered later "
               "if it grows. Continue nivolumab. Consent signed."),
             sig("Rafferty Ingleby-Sowande, MD 08/10/2026"),
             H1("Simulation Note"),
             P("08/17/2026: supine, arms up, full-length vacuum cushion. 4D CT (adrenal motion 6 mm) and breath-hold contrast CT. "
               "Thoracic spine MRI 08/14/2026 registered for T9 and cord contours."),
             sig("Rafferty Ingleby-Sowande, MD 08/17/2026")],
            [H1("SBRT Plan Summary"),
             KeyValue([("Planning system", "PETREL Body 3 (invented)"), ("Machine", "Gantry linac 6 MV FFF, 6DoF couch"),
                       ("Isocentres", "2; 2 VMAT arcs each")]),
             RuledTable([("Target", "Rx", "Fx", "Coverage", "Key OAR"), ("PTV_RAdrenal (ITV + 5 mm)", "40 Gy", "5", "V100 95.2%", "duodenum D0.5cc 24.1 Gy"),
                         ("PTV_T9 (body)", "35 Gy", "5", "V100 90.4%", "cord D0.03cc 24.6 Gy")]),
             P("Physics: independent calculation passed; PSQA 98.9% / 99.1%."),
             sig("Saoirse Lindgren, MS 08/20/2026"), sig("Rafferty Ingleby-Sowande, MD 08/20/2026")],
            [H1("Treatment Record"),
             RuledTable([("Fx", "Date", "Adrenal", "T9", "IGRT"), ("1", "08/24/2026", "8 Gy", "7 Gy", "CBCT each isocentre"),
                         ("2", "08/26/2026", "8 Gy", "7 Gy", "CBCT each isocentre"), ("3", "08/28/2026", "8 Gy", "7 Gy", "CBCT each isocentre"),
                         ("4", "08/31/2026", "8 Gy", "7 Gy", "CBCT each isocentre"), ("5", "09/02/2026", "8 Gy", "7 Gy", "CBCT each isocentre")]),
             P("Shifts reviewed and approved by the physician before each fraction."),
             H1("Completion Summary"),
             P("SBRT completed 09/02/2026: right adrenal metastasis 40 Gy in 5 fractions and T9 vertebral metastasis 35 Gy in 5 "
               "fractions. No acute toxicity. Continue nivolumab; CT and spine MRI in 3 months."),
             sig("Rafferty Ingleby-Sowande, MD 09/03/2026")],
            [H1("Pre-certification Record"),
             KeyValue([("Payer", "THORNBURY CARE PLAN (invented)"), ("Reference", "TCP-8823-0811"), ("Status", "Certified 08/12/2026")]),
             RuledTable([("Code", "Units"), ("77301", "2"), ("77373", "up to 5 fractions"), ("77435", "1"), ("63620", "1")]),
             P("Certification covers two sites (adrenal, thoracic spine).")],
            [H1("MRI Thoracic Spine"),
             P("12/01/2026. T9 treated lesion 1.4 cm (was 1.9 cm) with post-treatment marrow signal; no epidural disease. No new "
               "vertebral lesion. Cord normal."),
             sig("Benedetta Marlowe, MD, Radiology 12/01/2026")],
        ], opts=dict(header=[_c])),
    ])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# m88_15 -- PDF (4 pages): referral, consult and tumour-board recommendation, authorisation request; nothing given --------
_c = "ASHBOURNE LAKES CANCER CARE"
_d = "12/12/1971"
add(name="m88_15", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative, four pages: fax cover, consult recommending single-fraction linac SRS (20 Gy) to two brain "
          "metastases, neuro-oncology tumour-board note concurring, and a prior-authorisation REQUEST form listing 77372, "
          "77432, 61796 and 61797 with planned dates. No simulation, plan or treatment in the file.",
    docs=[Doc("m88_15.pdf", [
        [H1("FAX TRANSMITTAL"),
         KeyValue([("To", "Ashbourne Lakes - Coding"), ("From", "Radiation Oncology scheduling"), ("Date", "03/02/2026"),
                   ("Pages", "4"), ("Note", "Documents supporting pre-service coding review")])],
        [H1("Radiation Oncology Consultation"),
         KeyValue([("Patient", f"{patient(15)}  MRN {mrn(15)}"), ("Date", "02/23/2026"), ("Physician", "Juniper Achterberg-Nwosu, MD")]),
         P("54-year-old woman with triple-negative breast cancer, new headaches. MRI 02/17/2026: two enhancing lesions, right "
           "frontal 1.5 cm and left cerebellar 0.9 cm; no other lesions. KPS 90."),
         P("Recommendation: single-fraction stereotactic radiosurgery on the linac, 20 Gy to each lesion, mask-based, after a "
           "thin-slice planning MRI and CT simulation. Will present at neuro-oncology board. Consent discussion started; she "
           "wishes to discuss with family."),
         sig("Juniper Achterberg-Nwosu, MD 02/23/2026")],
        [H1("Neuro-Oncology Tumor Board"),
         P("02/26/2026. Case reviewed. Recommendation: SRS to both lesions (20 Gy x 1) rather than whole-brain RT. Surgery not "
           "needed. Systemic therapy to resume after SRS."),
         P("Attendees: radiation oncology, neurosurgery, medical oncology, neuroradiology.")],
        [H1("Prior Authorization Request (submitted)"),
         KeyValue([("Member", patient(15)), ("Payer", "QUARRYSTONE HEALTH (invented)"), ("Submitted", "02/27/2026"),
                   ("Planned simulation", "03/05/2026"), ("Planned treatment", "03/12/2026"), ("Status", "Pending review")]),
         RuledTable([("CPT", "Description", "Units requested"), ("77290", "Simulation, complex", "1"), ("77301", "IMRT planning", "1"),
                     ("77372", "SRS delivery, linac, single session", "1"), ("77432", "SRS management", "1"),
                     ("61796", "SRS cranial lesion, simple, first", "1"), ("61797", "SRS cranial lesion, simple, additional", "1")]),
         P("Diagnosis: C79.31, C50.911. Clinical notes attached.")],
    ], opts=dict(header=[_c]))])

# m88_16 -- PDF (6 pages): liver SBRT simulated, planned and QA'd, then cancelled before fraction 1 --------------------
_c = "HOLLYBANK DIGESTIVE CANCER CENTRE"
_d = "07/07/1951"
add(name="m88_16", kind="pdf", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative, six pages that look like a full course: consult, fiducial and simulation note, prescription and "
          "plan summary (45 Gy in 3, liver metastasis), physics QA passed, a treatment record with three scheduled rows "
          "all marked 'not delivered', and a note that the course was cancelled (admission with cholangitis, then hospice). "
          "Nothing delivered: facts empty, categories unmet, codes inconsistent.",
    docs=[Doc("m88_16.pdf", [
        [H1("Radiation Oncology Consultation"),
         KeyValue([("Date", "10/05/2026"), ("Physician", "Percival Ojukwu-Banks, MD")]),
         P("75-year-old man with colorectal cancer and a solitary 3.4 cm segment IVb liver metastasis after resection and "
           "chemotherapy; not a candidate for repeat hepatectomy. ECOG 1. Plan: SBRT 45 Gy in 3 fractions with fiducials. Consent."),
         sig("Percival Ojukwu-Banks, MD 10/05/2026")],
        [H1("Fiducial Placement and Simulation"),
         P("10/09/2026: three gold fiducials placed under ultrasound guidance (IR). 10/15/2026: CT simulation supine in a vacuum "
           "cushion with abdominal compression; 4D CT; liver MRI 10/14/2026 registered."),
         sig("Percival Ojukwu-Banks, MD 10/15/2026")],
        [H1("Prescription and Plan Summary"),
         KeyValue([("Prescription", "45 Gy in 3 fractions (15 Gy/fx) to PTV_Seg4b"), ("Machine", "Gantry linac 10 MV FFF"),
                   ("Technique", "2 VMAT arcs"), ("Planning system", "HERON TPS 7 (invented)"),
                   ("Coverage", "V100 95.0%"), ("OAR", "Mean liver 9.8 Gy; stomach D0.5cc 19.2 Gy"), ("Approved", "10/20/2026")]),
         sig("Percival Ojukwu-Banks, MD 10/20/2026")],
        [H1("Physics Plan Check"),
         P("10/21/2026: independent MU calculation within 2%; PSQA gamma 98.6% (3%/2 mm). Plan cleared for treatment."),
         sig("Rosalind Edgecombe, MS 10/21/2026")],
        [H1("Treatment Schedule and Record"),
         RuledTable([("Fx", "Scheduled", "Status"), ("1", "10/23/2026", "NOT DELIVERED - patient admitted"),
                     ("2", "10/27/2026", "Cancelled"), ("3", "10/29/2026", "Cancelled")]),
         P("No fraction delivered. Plan retired 11/10/2026.")],
        [H1("Radiation Oncology Note - Course Cancelled"),
         P("11/10/2026. Admitted 10/22/2026 with ascending cholangitis and a new obstructing hilar recurrence; biliary drainage. "
           "Performance status declined to ECOG 3. After discussion with the patient and family, SBRT is cancelled and he is "
           "transitioning to hospice care. No radiation was delivered."),
         sig("Percival Ojukwu-Banks, MD 11/10/2026")],
    ], opts=dict(header=head(_c, 16, _d)))])

# m88_17 -- PDF (5 pages, release banners, scanned old summary): only a previous course and surveillance ----------------
_c = "MARSHFIELD ABBEY HOSPITAL"
_d = "06/06/1962"
_rel = "MAH-ROI-2026-155"
add(name="m88_17", kind="release_pdf", codes=["77371", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative, five-page release: cover and index, a scanned 2021 radiosurgery summary (cobalt-60 frame SRS to "
          "two metastases, 20 and 18 Gy) as an image page, two follow-up visits (2025, 2026) and a surveillance MRI report "
          "listing the old lesions' sizes. The only course is five years old; nothing was given in the period released.",
    docs=[Doc("m88_17.pdf", [
        roi_cover(_c, 17, _d, _rel, "Claims review, OWLSTONE MUTUAL (invented)", "Review of claim dated 05/2026",
                  [("1", "Radiosurgery treatment summary (scanned)", "09/14/2021", "2"), ("2", "Follow-up visit", "06/10/2025", "3"),
                   ("3", "MRI brain report", "05/04/2026", "4"), ("4", "Follow-up visit", "05/11/2026", "5")], "06/22/2026"),
        [H1("RADIOSURGERY TREATMENT SUMMARY"),
         KeyValue([("Patient", f"{patient(17)}  MRN {mrn(17)}"), ("Treatment date", "09/14/2021"),
                   ("Unit", "Cobalt-60 multi-source unit, stereotactic head frame"), ("Imaging", "Stereotactic MRI 09/14/2021")]),
         RuledTable([("Target", "Diameter", "Marginal dose", "Isodose"), ("Right frontal", "14 mm", "20 Gy", "50%"),
                     ("Left cerebellar", "19 mm", "18 Gy", "50%")]),
         P("Delivered in one session without complication."),
         P("Signed: Dr. Leofric Hambleton 09/14/2021")],
        [H1("Follow-up Visit - Neurosurgery"),
         P("06/10/2025. Nearly four years after radiosurgery (09/2021) for two metastases from renal cell carcinoma. No "
           "neurological symptoms. MRI stable. Continue annual MRI."),
         sig("Leofric Hambleton, MD 06/10/2025")],
        [H1("MRI Brain with and without Contrast"),
         P("05/04/2026. Comparison 05/2025. Right frontal treated lesion: 3 mm residual enhancement (stable). Left cerebellar "
           "treated lesion: 6 mm, stable, with minor surrounding gliosis. No new lesions. IMPRESSION: stable post-radiosurgery "
           "appearance, no new metastasis."),
         sig("Wilhelmina Stroud, MD, Neuroradiology 05/04/2026")],
        [H1("Follow-up Visit - Neurosurgery"),
         P("05/11/2026. Well. MRI 05/04/2026 stable, no new lesions. No treatment needed. Next MRI in 12 months."),
         sig("Leofric Hambleton, MD 05/11/2026")],
    ], opts=dict(header=[_c + "  -  HIM"], page_numbers=release(_rel), scan_pages=[2], scan_dpi=150, scan_skew=2.0,
                 scan_noise=11.0))])


CHARTS.sort(key=lambda chart: chart.name)

CORPUS = Corpus("blind_corpus88", "tests/blind_corpus88", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
