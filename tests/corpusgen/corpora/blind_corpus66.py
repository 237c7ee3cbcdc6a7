"""Sixty-sixth blind corpus, ``tests/blind_corpus66/`` (regenerate: ``python scripts/make_corpus.py blind_corpus66``).

HELD OUT: written blind (without reading the reader's code) and never tuned to; scored once per session.

Twenty courses as the dictated and bundled half of a coding office's in-tray would hold them: dictated
consults, procedure and simulation notes, on-treatment notes, completion summaries and letters to referrers
(numbers in words, speech-recognition slips, spoken corrections); ten bundles of 4-8 pages in 2-5 files running
consult -> simulation -> plan -> treatment -> summary, in which lesion names, doses or the lesion list change
from one document to the next; three scanned pages (one faxed, one skewed); three self-contradicting charts
(``review_expected``); five hard negatives of different kinds. Every clinic, clinician and system is invented.

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (dictations and letters are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import BulletList, ColumnBreak, KeyValue, Paragraph, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ADELAIDE", "BARNABY", "CORDELIA", "DESMOND", "EUGENIA", "FLETCHER", "GIDEON", "HORACE", "IMOGEN",
         "JASPER", "KILLIAN", "LEOPOLD", "MALCOLM", "NATHANIEL", "OSWALD", "PRUDENCE", "RUPERT",
         "SEBASTIAN", "THEODORA", "WALLACE"]


def patient(n: int) -> str:
    return f"SIXTYSIXPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-660{n:02d}"


def head(clinic: str, n: int, dob: str, extra: str = "") -> list[str]:
    return [clinic, f"{patient(n)}   MRN {mrn(n)}   DOB {dob}" + (f"   {extra}" if extra else "")]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# x66_01 -- bundle (4 files): cobalt-60 frame SRS; consult says three lesions, day-of MRI finds five (one pontine) --
_c = "BRIARWOOD VALLEY NEUROSCIENCE INSTITUTE"
add(name="x66_01", kind="bundle", codes=["77371", "77432", "61798", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 5, 1, ["MRI"], ["frame"]),
    lesions=[L("left frontal", "cranial", S, 18, 1), L("right parietal", "cranial", S, 20, 1),
             L("right occipital", "cranial", S, 20, 1), L("left cerebellar", "cranial", S, 20, 1),
             L("left dorsal pons", "cranial", C, 15, 1)],
    categories=cats(),
    notes="Four-file bundle: dictated joint consult (three melanoma metastases, plan for frame-based cobalt-60 SRS, "
          "'around twenty gray'), dictated procedure note (frame applied, same-day stereotactic MRI finds two more: "
          "left cerebellar 5 mm and left dorsal pons 4 mm; all five treated), dose-plan printout (five targets, 50% "
          "isodose, shots, coordinate check) and a letter to the medical oncologist. Pontine lesion is within the "
          "brainstem: complex. Stereotactic MRI only; no planning CT.",
    docs=[
        Doc("1_consult_dictated.txt", text=f"""
BRIARWOOD VALLEY NEUROSCIENCE INSTITUTE
Department of Neurosurgery - Radiosurgery Clinic
CONSULTATION (dictated)

Patient: {patient(1)}        MRN: {mrn(1)}        DOB: 03/19/1958
Date of service: 01/13/2026
Attending: Warrick Delacroix-Ames, MD, Neurosurgery
Seen jointly with: Priya Venkataraman-Stoll, MD, Radiation Oncology
Referring physician: Lorna Feeney, MD, Medical Oncology
Dictated 01/13/2026 16:02 / transcribed 01/14/2026 08:40 (VOXSCRIBE, invented) - dictated, not read

REASON FOR CONSULTATION: Brain metastases, melanoma.

HISTORY OF PRESENT ILLNESS: Ms. Sixtysixpatient is a sixty-seven-year-old right-handed woman with metastatic melanoma, B R A F V600E positive, on dabrafenib and trametinib since October, who had two brief episodes of word finding difficulty over the holidays. MRI of the brain with and without contrast on January sixth showed three enhancing lesions: a left frontal lesion measuring one point six centimeters, a right parietal lesion of one point one centimeters and a right occipital lesion of nine millimeters. There is moderate vasogenic edema around the left frontal lesion. No hemorrhage. She was started on dexamethasone four milligrams B I D with resolution of the speech symptoms.

PAST MEDICAL HISTORY: Melanoma of the left upper back, resected 2023, recurrence in the lungs 2025. Hypothyroidism. No prior cranial radiation.

MEDICATIONS: Dabrafenib, trametinib, levothyroxine, dexamethasone, famotidine.

EXAMINATION: Alert, oriented, fluent. Cranial nerves intact. Strength five over five throughout. Gait normal. KPS ninety.

IMAGING: Reviewed personally as above. All three lesions are under two centimeters and none is near the optic apparatus or the brain stem.

ASSESSMENT AND PLAN: Three brain metastases from melanoma in a woman with good performance status and controlled extracranial disease. We discussed whole brain radiation versus radiosurgery versus resection of the left frontal lesion. She would strongly prefer radiosurgery. We will proceed with single session radiosurgery on the cobalt sixty unit under a stereotactic head frame with a same day stereotactic MRI. We expect a marginal dose of around twenty gray to the fifty percent isodose line, perhaps eighteen for the left frontal lesion given its size and the edema. We told her the day of procedure MRI is higher resolution than her diagnostic scan and sometimes shows additional small lesions, in which case we would treat those the same day; she agrees with that. Targeted therapy to be held for two days around the procedure per Dr. Feeney. Consent signed today. Tentative date January twenty seventh.

Warrick Delacroix-Ames, MD
{FOOT}
"""),
        Doc("2_procedure_note_dictated.txt", text=f"""
BRIARWOOD VALLEY NEUROSCIENCE INSTITUTE - RADIOSURGERY PROCEDURE NOTE
Patient: {patient(1)}   MRN: {mrn(1)}   Date of procedure: 01/27/2026

PROCEDURES:
1. Application of stereotactic head frame.
2. Stereotactic MRI for target localization.
3. Stereotactic radiosurgery, cobalt-60 multi-source unit, single session, five intracranial targets.

SURGEON: Warrick Delacroix-Ames, MD. RADIATION ONCOLOGIST: Priya Venkataraman-Stoll, MD. PHYSICIST: Hollis Margrave, PhD.
ANESTHESIA: Local, with oral lorazepam one milligram.

DESCRIPTION: The patient was brought to the radiosurgery suite at six forty. The pin sites were prepped and infiltrated with a one to one mix of one percent lidocaine and zero point five percent bupivacaine buffered with bicarbonate. The stereotactic head frame was applied with four pins, shifted slightly posterior and to the right so the occipital target would be reachable. She tolerated application well.

She was then taken for stereotactic MRI with the fiducial indicator box: one millimeter axial T1 post gadolinium and T2 sequences. The three known lesions were seen. In addition there were two lesions not appreciated on the January sixth study: a five millimeter lesion in the left cerebellar hemisphere and a four millimeter enhancing focus in the left dorsal pons. I discussed this with the patient and her husband in the holding area, and as already agreed at consultation, all five lesions were treated today. The pontine lesion was dosed more conservatively, see the dose plan.

Planning was done by Dr. Venkataraman-Stoll, Dr. Margrave and myself. Treatment was delivered nine fifty eight to eleven twenty one without interruption. The frame was removed at eleven thirty five; pin sites hemostatic, bacitracin and dressing applied.

ESTIMATED BLOOD LOSS: Minimal. COMPLICATIONS: None.
DISPOSITION: Home with husband. Dexamethasone four milligrams B I D for three days, then taper over two weeks. MRI in eight weeks.

Warrick Delacroix-Ames, MD - dictated 01/27/2026, signed 01/28/2026
{FOOT}
"""),
        Doc("3_dose_plan.pdf", [[
            H1("Radiosurgery Dose Plan and Treatment Record"),
            KeyValue([("Patient / MRN", f"{patient(1)} / {mrn(1)}"),
                      ("Treatment date", "01/27/2026 (single session)"),
                      ("Unit", "Cobalt-60 multi-source radiosurgery unit, 192 sources, 4/8/16 mm collimators"),
                      ("Fixation", "Stereotactic head frame (4 pins)"),
                      ("Imaging", "Stereotactic MRI 01/27/2026, T1 post-Gd 1 mm + T2; indicator-box registration error 0.4 mm"),
                      ("Planning system", "OSPREY-GK 11.2 (invented)"),
                      ("Prescription", "Marginal dose to the 50% isodose line for each target")]),
            RuledTable([("Target", "Location", "Max diam (mm)", "Vol (cc)", "Rx (Gy)", "Isodose", "Shots", "Coverage"),
                        ("T1", "Left frontal", "16", "2.41", "18", "50%", "9", "98%"),
                        ("T2", "Right parietal", "11", "0.58", "20", "50%", "4", "99%"),
                        ("T3", "Right occipital", "9", "0.33", "20", "50%", "3", "99%"),
                        ("T4", "Left cerebellar", "5", "0.07", "20", "50%", "1", "100%"),
                        ("T5", "Left dorsal pons", "4", "0.04", "15", "50%", "1", "100%")]),
            H2("Organs at risk"),
            TextTable([("Structure", "Max (Gy)", "Note"),
                       ("Brainstem (excluding T5)", "11.8", "accepted"),
                       ("Optic chiasm", "1.9", ""),
                       ("Brain V12Gy", "4.1 cc", "")], columns=(0, 180, 270)),
            H2("Verification and delivery"),
            P("Frame coordinates checked on the unit against the plan printout for all 18 shots (HM). Independent "
              "second calculation of treatment time within 1.2%. Total beam-on 58.6 min, delivered 09:58-11:21 on "
              "01/27/2026 in one session, no interruption."),
            sig("Hollis Margrave, PhD, Medical Physicist 01/27/2026"),
            sig("Priya Venkataraman-Stoll, MD, Radiation Oncology 01/27/2026"),
            sig("Warrick Delacroix-Ames, MD, Neurosurgery 01/27/2026"),
        ]], opts=dict(header=head(_c + "  -  Radiosurgery Physics", 1, "03/19/1958"))),
        Doc("4_letter_to_referrer.pdf", [[
            P("BRIARWOOD VALLEY NEUROSCIENCE INSTITUTE"),
            P("Department of Radiation Oncology - 4400 Orchard Terrace"),
            P("February 2, 2026"),
            P("Lorna Feeney, MD\nMedical Oncology, Briarwood Valley Cancer Pavilion"),
            P(f"RE: {patient(1)}   DOB 03/19/1958   MRN {mrn(1)}"),
            P("Dear Lorna,"),
            P("Thank you for asking us to see Ms. Sixtysixpatient. I wanted to let you know that she underwent frame-based "
              "radiosurgery on the cobalt unit on January 27. Her same-day stereotactic MRI showed two small lesions in "
              "addition to the three you knew about, so we treated five in the same session:"),
            BulletList(["left frontal, 16 mm: 18 Gy", "right parietal, 11 mm: 20 Gy", "right occipital, 9 mm: 20 Gy",
                        "left cerebellar, 5 mm: 20 Gy", "left dorsal pons, 4 mm: 15 Gy"]),
            P("All doses were prescribed to the 50% isodose line. She did well, went home the same afternoon and is tapering "
              "dexamethasone. It is fine to restart dabrafenib and trametinib now. We will repeat her MRI in eight weeks and "
              "I will see her with the result."),
            P("With best regards,"),
            sig("Priya Venkataraman-Stoll, MD, Radiation Oncology"),
            P("cc: Warrick Delacroix-Ames, MD"),
        ]]),
    ])

# x66_02 -- dictation (text): linac SRS, two metastases, numbers in words, a spoken dose correction -----------------
add(name="x66_02", kind="dictation", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right cerebellar", "cranial", S, 18, 1), L("left occipital", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Raw dictated SRS treatment note from a community centre, numbers spoken in words: two lung-cancer "
          "metastases treated in one session on a 6 MV FFF gantry linac, mask, CT fused with MRI, four arcs to the "
          "80% isodose, cone-beam CT ('cone bean' slip) and surface monitoring. The left occipital dose is spoken "
          "as 'eighteen gray, correction, twenty gray' (gold 20 Gy).",
    docs=[Doc("x66_02.txt", text=f"""
TAMARACK RIDGE CANCER CENTER - RADIATION ONCOLOGY
DICTATION: SRS TREATMENT NOTE
Job no. 88412-07    Author: Corbin Ashdown, MD    Dictated: 03/04/2026 17:12    Transcribed: 03/05/2026 07:55
Patient: {patient(2)}    MRN: {mrn(2)}    DOB: 11/02/1949
*** PRELIMINARY - NOT YET SIGNED ***

This is Doctor Ashdown dictating a stereotactic radiosurgery treatment note on Barnaby Sixtysixpatient, medical record number S Y N dash six six zero zero two, date of treatment March fourth twenty twenty six.

Diagnosis. Non small cell lung cancer, adenocarcinoma of the left lower lobe, with two brain metastases. Performance status E C O G one.

Procedure. The patient was treated today with single fraction stereotactic radiosurgery on our six M V flattening filter free gantry linac. He was immobilized in the custom thermoplastic S R S mask made at simulation on February twenty fourth. The one millimeter planning CT from that day was fused with the contrast enhanced volumetric MRI from February twenty third. Two targets were contoured, the right cerebellar lesion measuring two point four centimeters and the left occipital lesion measuring eight millimeters, each with a one millimeter P T V margin. A single isocenter plan with four non coplanar arcs was generated in the PELICAN planning system, which is invented, and reviewed by me and by our physicist Renata Obuya. Patient specific Q A was measured and passed at ninety nine point two percent gamma.

Dose. The right cerebellar lesion was prescribed eighteen gray in one fraction to the eighty percent isodose line. The left occipital lesion was prescribed eighteen gray, correction, twenty gray in one fraction, also to the eighty percent isodose line. Brain stem maximum dose was nine point one gray. V twelve of normal brain four point six cc.

Image guidance. A cone bean CT was obtained and registered to the planning CT, shifts were applied with the six degree of freedom couch, and a second cone beam CT confirmed the position before the first arc. Surface monitoring was used throughout and intrafraction motion stayed under one millimeter.

The patient tolerated treatment well period. No nausea, no headache. He will continue dexamethasone two milligrams daily for three days and then stop. Follow up MRI in two months and see me afterwards new paragraph.

Summary. Both lesions were treated as prescribed in a single session, right cerebellar eighteen gray, left occipital twenty gray.

End of dictation.
{FOOT}
""")])

# x66_03 -- bundle (3 files): consult plans 30 Gy/5 to one large lesion; sim finds a second; 27/24 Gy in 3 delivered -
_c = "HARROWGATE UNIVERSITY HOSPITAL - RADIATION ONCOLOGY"
add(name="x66_03", kind="bundle", codes=["77373", "77435", "61798", "61797"],
    facts=F("linac", ["cranial"], 2, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("right temporal", "cranial", C, 27, 3), L("left frontal", "cranial", S, 24, 3)],
    categories=cats(),
    notes="Three-file academic bundle: typed consult (one 3.9 cm right temporal breast metastasis, complex by size; "
          "recommends 30 Gy in 5 fractions), a dictated simulation note (planning MRI shows a new 7 mm left frontal "
          "lesion; course changed to 27 Gy/3 and 24 Gy/3 to keep both in three sessions), and a two-page plan and "
          "fraction record. The consult's 30 Gy/5 is superseded.",
    docs=[
        Doc("1_consult.pdf", [[
            H1("Radiation Oncology Consultation"),
            KeyValue([("Date", "04/07/2026"), ("Attending", "Imre Castellanos-Whitby, MD"),
                      ("Resident", "Dana Oyelaran, MD (PGY-4)"), ("Referring", "Felicity Marchetti, MD, Breast Oncology")]),
            H2("History"),
            P("62-year-old woman with HER2-positive metastatic breast cancer (liver and bone, stable on trastuzumab "
              "deruxtecan) presenting with left-sided weakness of the face and hand. MRI brain 03/30/2026: a single "
              "3.9 x 3.2 x 3.0 cm ring-enhancing right temporal lesion with mass effect and 4 mm midline shift. "
              "Neurosurgery (Dr. Halvorsen) felt resection was high risk given its depth and her platelets; she prefers "
              "to avoid surgery."),
            H2("Assessment"),
            P("Solitary large brain metastasis, not a candidate for single-fraction radiosurgery because of its size. "
              "KPS 80."),
            H2("Recommendation"),
            P("Fractionated stereotactic radiotherapy, 30 Gy in 5 fractions, on the linac with a thermoplastic mask. "
              "Planning CT with a fresh thin-slice MRI for fusion. Continue dexamethasone 4 mg BID until treatment. "
              "Risks including radionecrosis (roughly 10-15% at this size), fatigue, alopecia and seizure reviewed; "
              "consent signed."),
            sig("Dana Oyelaran, MD (resident) / Imre Castellanos-Whitby, MD (attending) 04/07/2026"),
        ]], opts=dict(header=head(_c, 3, "08/22/1963"))),
        Doc("2_simulation_note.txt", text=f"""
HARROWGATE UNIVERSITY HOSPITAL  Radiation Oncology  SIMULATION NOTE (dictated)
{patient(3)}   {mrn(3)}   Sim date 04/14/2026   Dictated by Imre Castellanos-Whitby, MD

Ms. Sixtysixpatient was simulated today supine with a three point thermoplastic SRS mask and a head rest, a one millimeter planning CT was acquired from vertex to C three. Her thin slice planning MRI with gadolinium was done yesterday, April thirteenth, and has been fused to the CT.

Important change. The planning MRI shows, in addition to the known right temporal mass, now three point eight centimeters, a new seven millimeter enhancing lesion in the left frontal lobe, superior frontal gyrus, not present on March thirtieth. I discussed this with her and with Dr. Marchetti today. We will treat both lesions in one course. So that both can be given in the same sessions, the plan is changed from thirty gray in five to twenty seven gray in three fractions to the right temporal lesion and twenty four gray in three fractions to the left frontal lesion, every other day. Consent updated.

Target start date April twenty first.
{FOOT}
"""),
        Doc("3_plan_and_treatment_record.pdf", [
            [H1("Fractionated Stereotactic Radiotherapy - Plan Summary"),
             KeyValue([("Course", "C1 Brain FSRT"), ("Unit", "6 MV FFF gantry linac, 2.5 mm MLC, 6DoF couch"),
                       ("Immobilization", "Three-point thermoplastic SRS mask"),
                       ("Planning images", "CT 04/14/2026 (1 mm) + MRI T1 post-Gd 04/13/2026, rigid fusion"),
                       ("Planning system", "HERON TPS 7 (invented)"),
                       ("Technique", "Single isocenter, 1 coplanar + 3 non-coplanar VMAT arcs")]),
             RuledTable([("Structure", "Description", "Vol (cc)", "Rx", "Dose/fx", "Isodose", "PTV V100"),
                         ("PTV_RTemp", "R temporal met, GTV + 2 mm", "27.9", "27 Gy / 3 fx", "9 Gy", "75%", "96.8%"),
                         ("PTV_LFront", "L frontal met, GTV + 1 mm", "0.42", "24 Gy / 3 fx", "8 Gy", "80%", "99.5%")]),
             P("Normal brain minus PTVs V18Gy 21.4 cc, V21Gy 14.7 cc. Brainstem Dmax 14.3 Gy. Optic chiasm Dmax 6.1 Gy "
               "(right temporal lesion 19 mm from the right optic tract). Plan approved 04/17/2026; physics second check "
               "and portal-dosimetry QA passed (gamma 3%/1 mm 98.4%)."),
             sig("Imre Castellanos-Whitby, MD 04/17/2026"), sig("Tobias Renwick-Haas, MS, DABR 04/17/2026")],
            [H1("Treatment Record"),
             RuledTable([("Fx", "Date", "Imaging", "Shift (mm / deg)", "PTV_RTemp", "PTV_LFront", "Therapists"),
                         ("1", "04/21/2026", "CBCT, approved MD", "1.1 / 0.6", "9 Gy", "8 Gy", "JL / AP"),
                         ("2", "04/23/2026", "CBCT, approved MD", "0.7 / 0.4", "9 Gy", "8 Gy", "JL / KM"),
                         ("3", "04/25/2026", "CBCT, approved MD", "0.9 / 0.3", "9 Gy", "8 Gy", "AP / KM"),
                         ("Total", "", "", "", "27 Gy", "24 Gy", "")]),
             H2("Completion"),
             P("Course completed 04/25/2026 as planned: right temporal metastasis 27 Gy in 3 fractions, left frontal "
               "metastasis 24 Gy in 3 fractions. Headache grade 1 after fraction 2; dexamethasone taper started. MRI in "
               "6 weeks."),
             sig("Imre Castellanos-Whitby, MD 04/25/2026")],
        ], opts=dict(header=head(_c, 3, "08/22/1963"))),
    ])

# x66_04 -- scan (faxed): cobalt-60 frame SRS of a vestibular schwannoma; 61796 claimed (should be 61798) -------------
_c = "CEDAR HOLLOW RADIOSURGERY CENTER"
add(name="x66_04", kind="scan", codes=["77371", "77432", "61796", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    notes="Faxed radiosurgery treatment summary (image-only scan with a fax banner on the page): right vestibular "
          "schwannoma 12 Gy to the 50% isodose on a cobalt-60 multi-source unit under a head frame, stereotactic "
          "MRI + CT, coordinate check. Schwannoma is complex by tumour type, so the claimed 61796 is wrong (61798).",
    docs=[Doc("x66_04.pdf", [[
        Paragraph("RADIOSURGERY TREATMENT SUMMARY", bold=True),
        KeyValue([("Patient", patient(4)), ("MRN", mrn(4)), ("DOB", "07/07/1966"),
                  ("Treatment date", "02/12/2026"), ("Diagnosis", "Right vestibular schwannoma (D33.3), Koos II, 1.8 x 1.4 x 1.2 cm"),
                  ("Unit", "Cobalt-60 multi-source radiosurgery unit"), ("Fixation", "Stereotactic head frame, 4 pins, local anesthesia"),
                  ("Imaging", "Stereotactic MRI (T1+C 1 mm, CISS 0.5 mm) and stereotactic CT 1 mm, co-registered, 02/12/2026"),
                  ("Planning", "OSPREY-GK 11.2 (invented); 14 isocenters (4 and 8 mm)"),
                  ("Prescription", "12 Gy to the 50% isodose line (max 24 Gy), 1 session"),
                  ("Target volume / coverage", "1.12 cc / 98.6%"),
                  ("Cochlea (R) mean", "3.8 Gy"), ("Brainstem max", "11.2 Gy (0.01 cc)"), ("Facial nerve", "not separately contoured")]),
        P("Frame coordinates verified against plan before delivery (physics). Treatment delivered 10:41-11:37 as planned. "
          "Frame removed; patient discharged. Audiogram and MRI at 6 months."),
        sig("Marisol Quintanilla-Boyd, MD, Radiation Oncology 02/12/2026"),
        sig("Everett Sandoval, MD, Neurosurgery 02/12/2026"),
        P("CONFIDENTIALITY NOTICE: This facsimile contains protected health information intended only for the addressee. "
          "If received in error, call 555-0148 and destroy all copies."),
    ]], opts=dict(header=["FEB-19-2026 15:47      FROM: CEDAR HOLLOW RADIOSURGERY 5550148      TO: 5550192      P.002/003",
                          _c + "  -  1180 Quarry Bend Road"],
                  page_numbers=None, scan=True, scan_dpi=150, scan_noise=14.0))])

# x66_05 -- bundle (5 files): eight metastases, single-isocentre linac SRS; summary gives one lesion 18 Gy (plan 20) -
_c = "STONEBRIDGE ONCOLOGY PARTNERS"
add(name="x66_05", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 8, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal", "cranial", S, 18, 1), L("right frontal", "cranial", S, 20, 1),
             L("left parietal", "cranial", S, 20, 1), L("right temporal", "cranial", S, 20, 1),
             L("left cerebellar", "cranial", S, 20, 1), L("right cerebellar", "cranial", S, 20, 1),
             L("right occipital", "cranial", S, 20, 1), L("left insula", "cranial", S, 20, 1)],
    categories=cats(),
    contradiction="The completion summary gives the left cerebellar lesion 18 Gy, while the plan report and the treatment record give 20 Gy.",
    notes="Five-file private-practice bundle: dictated consult ('at least six' lesions listed), simulation note "
          "(planning MRI shows eight; two new), two-page plan report with eight PTVs under structure names, a "
          "one-page treatment record (CBCT + surface guidance, all eight delivered in one session) and a completion "
          "summary whose left cerebellar dose (18 Gy) disagrees with the plan and record (20 Gy).",
    docs=[
        Doc("1_consult.txt", text=f"""
STONEBRIDGE ONCOLOGY PARTNERS - RADIATION ONCOLOGY CONSULT
Pt: {patient(5)}   MRN {mrn(5)}   DOB 12/01/1971   DOS 05/06/2026
Provider: Nadia Fairweather-Obi, MD   Referred by: G. Lindahl, MD (med onc)
[dictated via mobile app - transcription unverified]

CC: multiple brain mets, HER2+ breast ca.

HPI: fifty four year old woman, HER two positive breast cancer diagnosed 2022, on tucatinib trastuzumab capecitabine since February, presented with headaches and unsteadiness. MRI brain 04/29/2026 shows at least six enhancing lesions: left frontal two point three cm, right frontal one point two, left parietal nine mm, right temporal one point five, left cerebellar six mm and right cerebellar one point one cm. No hemorrhage, mild edema left frontal. Systemic disease is stable per Dr. Lindahl.

Exam: KPS 80, mild truncal ataxia, otherwise nonfocal.

Impression / plan: six brain metastases (at least), largest two point three cm, none abutting the optic apparatus or brain stem. We talked at length about whole brain with hippocampal avoidance versus radiosurgery; she does not want whole brain because of the cognitive effects and she works as an accountant. We will do single fraction linac based SRS to all lesions seen on a new thin cut planning MRI. Dose twenty gray for lesions under two cm and eighteen gray for the left frontal lesion. CT sim with mask next week. Consent obtained.
{FOOT}
"""),
        Doc("2_sim_note.txt", text=f"""
STONEBRIDGE ONCOLOGY PARTNERS   SIMULATION / CONTOURING NOTE
{patient(5)}   {mrn(5)}   05/19/2026   N. Fairweather-Obi MD

CT simulation performed 05/19/2026, 1 mm slices, open face thermoplastic mask with mouth bite, arms at sides. Planning MRI (3T, T1 post-contrast MPRAGE 1 mm) acquired 05/18/2026 and fused.

Contours: the six known lesions plus two new small lesions not seen on 04/29: right occipital 4 mm and left insula 3 mm. Eight GTVs total, PTV = GTV + 1 mm. Closest target to the chiasm is the left insula lesion at 22 mm. Prescriptions per consult (18 Gy left frontal, 20 Gy all others, single fraction). Single isocenter plan requested. Target treatment date 05/27/2026.
{FOOT}
"""),
        Doc("3_plan_report.pdf", [
            [H1("SRS Plan Report - Multiple Metastases, Single Isocenter"),
             KeyValue([("Patient", f"{patient(5)}  ({mrn(5)})"), ("Plan", "MBM_1ISO_v2  (approved 05/22/2026)"),
                       ("Planning system", "MERLIN-SRS 3.4 (invented)"),
                       ("Machine", "6 MV FFF gantry linac, HD MLC, 6DoF couch"),
                       ("Arcs", "5 dynamic conformal arcs, couch 0 / 45 / 90 / 315 / 270"),
                       ("Image sets", "CT_SIM_0519 + MR_T1C_0518 (rigid, reviewed)")]),
             RuledTable([("PTV", "Location", "GTV diam", "Vol (cc)", "Rx (Gy)", "IDL", "CI", "GI"),
                         ("PTV1_LFront", "L frontal", "23 mm", "7.12", "18", "79%", "1.12", "3.1"),
                         ("PTV2_RFront", "R frontal", "12 mm", "1.21", "20", "81%", "1.15", "3.4"),
                         ("PTV3_LPar", "L parietal", "9 mm", "0.52", "20", "80%", "1.19", "3.9"),
                         ("PTV4_RTemp", "R temporal", "15 mm", "2.03", "20", "80%", "1.14", "3.3"),
                         ("PTV5_LCbll", "L cerebellar", "6 mm", "0.19", "20", "82%", "1.24", "4.4"),
                         ("PTV6_RCbll", "R cerebellar", "11 mm", "0.88", "20", "80%", "1.17", "3.6"),
                         ("PTV7_ROcc", "R occipital", "4 mm", "0.07", "20", "83%", "1.31", "5.0"),
                         ("PTV8_LIns", "L insula", "3 mm", "0.05", "20", "84%", "1.35", "5.2")])],
            [H2("Organs at risk"),
             RuledTable([("OAR", "Metric", "Value", "Limit"), ("Brainstem", "D0.03cc", "10.4 Gy", "< 15 Gy"),
                         ("Optic chiasm", "D0.03cc", "3.2 Gy", "< 8 Gy"), ("Optic nerves", "D0.03cc", "2.7 Gy", "< 8 Gy"),
                         ("Brain - PTVs", "V12Gy", "11.6 cc", "report"), ("Cochleae", "Dmean", "1.1 Gy", "< 4 Gy")]),
             P("Physics: independent MU check passed for all arcs; patient-specific QA (film + ion chamber) passed "
               "05/26/2026."),
             sig("Kasimir Brandvold, MS, DABR 05/26/2026"), sig("Nadia Fairweather-Obi, MD 05/26/2026")],
        ], opts=dict(header=head(_c + "  |  Medical Physics", 5, "12/01/1971"))),
        Doc("4_treatment_record.pdf", [[
            H1("Treatment Delivery Record"),
            KeyValue([("Date", "05/27/2026"), ("Fraction", "1 of 1"), ("Plan", "MBM_1ISO_v2"),
                      ("Setup", "Open face mask; surface guidance baseline captured"),
                      ("IGRT", "CBCT x2 (pre-treatment and after couch kicks); 6DoF shift 0.9 mm / 0.5 deg, approved by MD at console"),
                      ("Intrafraction", "Surface monitoring, tolerance 1 mm / 1 deg; no beam holds")]),
            RuledTable([("Target", "Delivered (Gy)", "Status"), ("PTV1_LFront", "18", "complete"), ("PTV2_RFront", "20", "complete"),
                        ("PTV3_LPar", "20", "complete"), ("PTV4_RTemp", "20", "complete"), ("PTV5_LCbll", "20", "complete"),
                        ("PTV6_RCbll", "20", "complete"), ("PTV7_ROcc", "20", "complete"), ("PTV8_LIns", "20", "complete")]),
            P("All 5 arcs delivered. Beam-on 7.8 min, room time 48 min."),
            sig("RTTs: M. Ilunga / S. Perkowski 05/27/2026; physician at console: N. Fairweather-Obi, MD"),
        ]], opts=dict(header=head(_c + "  |  Treatment Delivery", 5, "12/01/1971"))),
        Doc("5_completion_summary.pdf", [[
            H1("Radiation Treatment Completion Summary"),
            P(f"Patient: {patient(5)}     MRN: {mrn(5)}     Course dates: 05/27/2026 - 05/27/2026"),
            P("Diagnosis: Secondary malignant neoplasm of brain (C79.31); HER2+ breast cancer (C50.912)."),
            P("Treatment: single-fraction stereotactic radiosurgery (linac), eight targets, one isocenter."),
            TextTable([("Site", "Dose", "Fractions"), ("Left frontal", "18 Gy", "1"), ("Right frontal", "20 Gy", "1"),
                       ("Left parietal", "20 Gy", "1"), ("Right temporal", "20 Gy", "1"), ("Left cerebellar", "18 Gy", "1"),
                       ("Right cerebellar", "20 Gy", "1"), ("Right occipital", "20 Gy", "1"), ("Left insula", "20 Gy", "1")],
                      columns=(0, 200, 300)),
            P("Tolerance: excellent, no acute toxicity. Dexamethasone 2 mg daily x 5 days. Follow-up MRI in 6-8 weeks, "
              "then every 3 months. Continue systemic therapy with Dr. Lindahl."),
            sig("Nadia Fairweather-Obi, MD 06/01/2026"),
        ]], opts=dict(header=head(_c, 5, "12/01/1971"))),
    ])

# x66_06 -- dictation (text): functional cobalt-60 radiosurgery, trigeminal neuralgia; CT only (MRI contraindicated) -
add(name="x66_06", kind="dictation", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT"], ["frame"]),
    lesions=[L("right trigeminal nerve", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Dictated operative report: frame-based radiosurgery on a cobalt-60 multi-source unit for refractory right "
          "trigeminal neuralgia, one 4 mm isocenter, 80 Gy maximum at the 100% isodose. MRI contraindicated (non-MR-"
          "conditional pacemaker leads), so stereotactic contrast CT only; side spoken as 'left, I'm sorry, right'. "
          "Functional target: complex (61798).",
    docs=[Doc("x66_06.txt", text=f"""
QUILLFEATHER REGIONAL MEDICAL CENTER
OPERATIVE REPORT - DICTATED

PATIENT: {patient(6)}          MEDICAL RECORD #: {mrn(6)}          DOB: 05/30/1944
DATE OF PROCEDURE: 06/09/2026
SURGEON: Ignatius Rowntree-Achebe, MD (Neurosurgery)
RADIATION ONCOLOGIST: Saoirse Whitlow, MD
MEDICAL PHYSICIST: Benedikt Oduya, MS

PREOPERATIVE DIAGNOSIS: Right trigeminal neuralgia, type one, V two and V three distribution, refractory to carbamazepine and baclofen.
POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURES PERFORMED:
1. Application of stereotactic head frame.
2. Stereotactic CT scan of the head with contrast for target localization.
3. Stereotactic radiosurgery of the right trigeminal nerve on the cobalt sixty multi source unit.

INDICATIONS: This eighty two year old man has had lancinating right facial pain for six years despite maximal medical therapy, and he declined microvascular decompression because of his cardiac history. He has a permanent pacemaker with abandoned leads that are not MR conditional, so MRI is contraindicated; we therefore planned on a thin slice contrast enhanced stereotactic CT, with a CT cisternogram considered and felt unnecessary because the nerve was well seen.

DESCRIPTION OF PROCEDURE: Informed consent was confirmed. The stereotactic head frame was applied under local anesthesia with four pins without difficulty. He was then taken to CT, where one millimeter axial images with intravenous contrast were obtained with the localizer box in place. The images were imported into the OSPREY-GK planning system, invented. The left, I'm sorry, the right trigeminal nerve was identified in the prepontine cistern and a single four millimeter isocenter was placed on the nerve approximately seven millimeters anterior to the root entry zone. A maximum dose of eighty gray was prescribed to the one hundred percent isodose line. The twenty percent isodose line, sixteen gray, just touched the surface of the pons, which was acceptable. The frame coordinates were verified by the physicist against the plan and an independent second calculation of the treatment time was done.

He was then placed on the treatment couch and treatment was delivered in a single session, beam on time twenty eight point four minutes, without incident. The frame was removed, the pin sites were dressed.

COMPLICATIONS: None.
DISPOSITION: Discharged home with his daughter. Continue carbamazepine at current dose, taper to be discussed at six week visit. Numbness and delayed pain relief counseled.

Ignatius Rowntree-Achebe, MD
D: 06/09/2026 14:20   T: 06/10/2026 09:02
{FOOT}
""")])

# x66_07 -- bundle (2 files): robotic-arm linac FSRT of a residual pituitary macroadenoma, 25 Gy in 5 ---------------
_c = "LARKSPUR CANCER INSTITUTE - ROBOTIC RADIOSURGERY"
add(name="x66_07", kind="bundle", codes=["G0339", "G0340", "77435", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("residual pituitary macroadenoma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Two-file bundle: a three-page PDF (consult letter, planning note, five-row treatment record with skull "
          "tracking) and a dictated completion summary with numbers in words. Residual non-functioning pituitary "
          "macroadenoma in the right cavernous sinus, 25 Gy in 5 fractions to the 78% isodose on a robotic-arm "
          "linac, mask; complex by tumour type and by location (3 mm from the chiasm).",
    docs=[
        Doc("1_consult_plan_record.pdf", [
            [P("LARKSPUR CANCER INSTITUTE  ·  Robotic Radiosurgery Service"),
             P("May 14, 2026"),
             P("Oren Blackwood-Tiu, MD, Neurosurgery, Larkspur Pituitary Center"),
             P(f"Re: {patient(7)}   DOB 10/10/1959   MRN {mrn(7)}"),
             P("Dear Dr. Blackwood-Tiu,"),
             P("Thank you for referring Mr. Sixtysixpatient, who is now ten months out from your transsphenoidal resection of a "
               "non-functioning pituitary macroadenoma. His MRI of 04/30/2026 shows a residual 2.2 x 1.6 cm enhancing component "
               "in the right cavernous sinus that has grown 3 mm since January; it comes to within 3 mm of the optic chiasm. "
               "Visual fields are full and his endocrine labs are stable on hydrocortisone and levothyroxine."),
             P("Because of the proximity to the chiasm I recommend hypofractionated stereotactic radiotherapy rather than a "
               "single session: 25 Gy in 5 fractions on our robotic-arm linac in a thermoplastic mask, after a contrast CT "
               "and a thin-slice pituitary MRI for planning. We reviewed risks, including a small risk to vision and "
               "hypopituitarism over time. He would like to proceed."),
             P("Sincerely,"),
             sig("Celestine Amadi-Forsythe, MD, Radiation Oncology")],
            [H1("Planning Note"),
             KeyValue([("Simulation", "05/21/2026: thermoplastic mask; CT head with contrast, 1 mm"),
                       ("Planning MRI", "05/20/2026: pituitary protocol, T1 post-Gd 1 mm coronal + 3D volumetric; fused to CT"),
                       ("Target", "GTV = residual adenoma (right cavernous sinus / sella); PTV_Sella = GTV + 1 mm; 3.41 cc"),
                       ("Prescription", "25 Gy in 5 fractions (5 Gy/fx) to the 78% isodose; PTV coverage 97.2%"),
                       ("Beams", "148 non-isocentric beams, fixed cones 10 and 15 mm"),
                       ("Planning system", "KINGFISHER Plan 2.1 (invented)"),
                       ("Optic chiasm", "D0.03cc 22.6 Gy (limit 25 Gy / 5 fx)"),
                       ("Brainstem", "D0.03cc 17.9 Gy"), ("R optic nerve", "D0.03cc 20.8 Gy")]),
             P("Plan check: independent dose calculation and delivery QA passed 05/28/2026."),
             sig("Celestine Amadi-Forsythe, MD 05/28/2026"), sig("Yusuf Harrowell, PhD, Medical Physics 05/28/2026")],
            [H1("Treatment Record"),
             RuledTable([("Fx", "Date", "Tracking", "Beams", "Dose (Gy)", "Cumulative (Gy)"),
                         ("1", "06/08/2026", "6D skull, orthogonal kV", "148/148", "5.0", "5.0"),
                         ("2", "06/09/2026", "6D skull, orthogonal kV", "148/148", "5.0", "10.0"),
                         ("3", "06/10/2026", "6D skull, orthogonal kV", "148/148", "5.0", "15.0"),
                         ("4", "06/11/2026", "6D skull, orthogonal kV", "148/148", "5.0", "20.0"),
                         ("5", "06/12/2026", "6D skull, orthogonal kV", "148/148", "5.0", "25.0")]),
             P("Unit: robotic-arm mounted 6 MV linac. Imaging every 30-60 s during delivery, corrections < 1 mm."),
             sig("Celestine Amadi-Forsythe, MD 06/12/2026")],
        ], opts=dict(header=head(_c, 7, "10/10/1959"))),
        Doc("2_completion_summary_dictated.txt", text=f"""
LARKSPUR CANCER INSTITUTE - COMPLETION OF TREATMENT SUMMARY (dictated)
Patient: {patient(7)}   MRN: {mrn(7)}
Attending: Celestine Amadi-Forsythe, MD     Dictated 06/12/2026

Mr. Sixtysixpatient completed his course of fractionated stereotactic radiotherapy today. Target: residual pituitary macroadenoma in the right cavernous sinus. He received twenty five gray in five fractions of five gray each, June eighth through June twelfth, on the robotic arm linac in a thermoplastic mask, with skull tracking throughout every fraction. No interruptions.

He had mild fatigue and one day of headache. Vision subjectively unchanged. Formal visual fields at three months, MRI pituitary at six months, endocrine labs with Dr. Blackwood-Tiu's team in six weeks. Return to clinic in three months.
{FOOT}
"""),
    ])

# x66_08 -- scan (skewed): linac SRS, 3 metastases, one suprasellar 4 mm from the chiasm; no IGRT/QA documented -------
_c = "MOUNT KESSLER HOSPITAL - RADIATION ONCOLOGY"
add(name="x66_08", kind="scan", codes=["77372", "77432", "61798", "61797", "61799"],
    facts=F("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("suprasellar", "cranial", C, 14, 1), L("left parietal", "cranial", S, 20, 1),
             L("right frontal", "cranial", S, 20, 1)],
    categories=cats(delivery_verification=False),
    notes="Crooked scan (skewed on the glass, speckled) of an EHR SRS completion summary: three metastases in one "
          "session on a gantry linac, mask, CT + MRI, single isocenter with five arcs. The suprasellar lesion sits 4 mm "
          "from the chiasm (complex, 14 Gy); the other two are simple, so the claimed 61799 is wrong. Nothing about "
          "image guidance, tracking or QA at delivery.",
    docs=[Doc("x66_08.pdf", [[
        H1("SRS Completion Summary"),
        KeyValue([("Patient", patient(8)), ("MRN", mrn(8)), ("DOB", "01/25/1955"),
                  ("Attending", "Rufus Tallowmere, MD"), ("Treatment date", "07/15/2026, single fraction"),
                  ("Diagnosis", "Brain metastases (C79.31) from renal cell carcinoma (C64.1)"),
                  ("Unit", "6 MV FFF gantry linac"), ("Immobilization", "Frameless thermoplastic mask"),
                  ("Planning imaging", "CT 07/08/2026 1 mm; MRI brain T1+Gd 07/07/2026, fused"),
                  ("Planning", "ALBATROSS TPS 5 (invented); single isocenter, 5 VMAT arcs")]),
        RuledTable([("Lesion", "Size", "Note", "Rx", "Isodose"),
                    ("Suprasellar", "9 mm", "4 mm from optic chiasm", "14 Gy x 1", "80%"),
                    ("Left parietal", "13 mm", "", "20 Gy x 1", "80%"),
                    ("Right frontal", "7 mm", "", "20 Gy x 1", "80%")]),
        P("Chiasm Dmax 7.6 Gy; brainstem Dmax 6.0 Gy; brain V12 3.9 cc."),
        P("Treatment delivered 07/15/2026 as planned, all three lesions, without incident. Mild headache afterwards, "
          "resolved with acetaminophen. Ophthalmology visual fields at 3 months; MRI brain in 8 weeks."),
        sig("Rufus Tallowmere, MD 07/16/2026"),
    ]], opts=dict(header=head(_c, 8, "01/25/1955"), scan=True, scan_dpi=150, scan_skew=2.6, scan_noise=9.0))])


# ==================================================================================================
# Spine
# ==================================================================================================

# x66_09 -- bundle (4 files): T10 SBRT planned; L2 added at simulation; 24 Gy in 2 to both --------------------------
_c = "PRAIRIE MERIDIAN HEALTH - SPINE RADIOSURGERY PROGRAM"
add(name="x66_09", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T10", "spinal", None, 24, 2), L("L2", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Four-file bundle: dictated spine consult (painful T10 metastasis, an 'indeterminate' L2 signal to be "
          "re-imaged; 24 Gy in 2 to T10 proposed), dictated simulation note (vacuum cushion, thin-slice MRI fused; L2 now "
          "enhancing and added as a second target), a two-page plan and delivery record (two targets, CBCT each "
          "fraction) and a completion summary. Two separate spinal lesions, 24 Gy in 2 each.",
    docs=[
        Doc("1_spine_consult_dictated.txt", text=f"""
PRAIRIE MERIDIAN HEALTH  -  Multidisciplinary Spine Oncology Clinic
CONSULT NOTE   DOS 07/08/2026
{patient(9)}   MRN {mrn(9)}   DOB 04/14/1968
Radiation Oncology: Henrietta Van Asselt, MD     Spine Surgery: Kwame Thornbury, MD
(voice recognition - please excuse errors)

HPI: fifty eight year old woman with ER positive breast cancer, bone only metastatic disease on letrozole and ribociclib, with three months of mid back pain, now seven out of ten, worse lying flat. MRI total spine 06/30/2026 shows a T ten vertebral body metastasis with early posterior element involvement and minimal epidural extension, Bilsky one A, no cord compression. SINS score six, stable. There is also a small T one hypo intense focus in the L two vertebral body that the radiologist calls indeterminate.

Neuro exam: strength full, sensation intact, reflexes symmetric, no clonus.

Impression: painful T ten metastasis, mechanically stable, no surgical indication per Dr. Thornbury. Oligoprogressive.

Plan: stereotactic body radiation to T ten, twenty four gray in two fractions. We will repeat a thin slice MRI of the thoracolumbar spine at simulation to re-look at L two; if it has declared itself we will discuss adding it. C T sim next week. Consent for T ten signed.
{FOOT}
"""),
        Doc("2_simulation_note.txt", text=f"""
PRAIRIE MERIDIAN HEALTH - RADIATION ONCOLOGY - SIMULATION NOTE
{patient(9)}  {mrn(9)}   07/20/2026   H. Van Asselt, MD

Simulated supine in a full length vacuum cushion with arms up on a wing board, knee sponge, three tattoos. CT simulation one to one point five millimeter slices T seven through L four. Thin slice MRI of the thoracolumbar spine, T one post contrast and T two, obtained the same morning and registered to the CT for cord and target delineation.

The L two lesion now enhances and has grown to fourteen millimeters, involving the left pedicle, consistent with a second metastasis. Discussed at spine tumor board this afternoon: treat both. Targets will be T ten (GTV plus the involved posterior elements per consensus contouring) and L two as a separate target. Same prescription to each, twenty four gray in two fractions. Spinal cord PRV D zero point zero three five cc under seventeen gray total, cauda under twenty. Consent updated for L two.
{FOOT}
"""),
        Doc("3_plan_and_delivery.pdf", [
            [H1("Spine SBRT Plan Summary"),
             KeyValue([("Patient", f"{patient(9)} / {mrn(9)}"), ("Plan approved", "07/24/2026"),
                       ("Machine", "6 MV FFF gantry linac, 6DoF couch, cone-beam CT"),
                       ("Planning system", "SANDPIPER 9 (invented)"),
                       ("Technique", "Two isocenters (T10, L2), 2 full VMAT arcs each"),
                       ("Immobilization", "Full-length vacuum cushion, wing board")]),
             RuledTable([("Target", "Vol (cc)", "Rx", "Rx isodose", "D90", "Cord / cauda"),
                         ("PTV_T10", "38.2", "24 Gy / 2 fx", "80%", "23.1 Gy", "Cord PRV D0.035cc 16.2 Gy"),
                         ("PTV_L2", "17.5", "24 Gy / 2 fx", "80%", "23.4 Gy", "Cauda D0.035cc 18.8 Gy")]),
             P("Physics: second calculation and array QA passed (98.9% / 99.3%)."),
             sig("Henrietta Van Asselt, MD 07/24/2026"), sig("Amos Kettleby, MS, DABR 07/24/2026")],
            [H1("Delivery Record"),
             RuledTable([("Fx", "Date", "Target", "CBCT", "Couch correction", "Dose"),
                         ("1", "07/28/2026", "PTV_T10", "yes, MD approved", "1.4 mm / 0.8 deg", "12 Gy"),
                         ("1", "07/28/2026", "PTV_L2", "yes, MD approved", "0.9 mm / 0.5 deg", "12 Gy"),
                         ("2", "07/31/2026", "PTV_T10", "yes, MD approved", "0.8 mm / 0.4 deg", "12 Gy"),
                         ("2", "07/31/2026", "PTV_L2", "yes, MD approved", "1.0 mm / 0.6 deg", "12 Gy")]),
             P("Both targets treated at each session (one session per date)."),
             sig("Radiation therapists: R. Okonkwo / L. Baptiste")],
        ], opts=dict(header=head(_c, 9, "04/14/1968"))),
        Doc("4_completion_summary.pdf", [[
            H1("End of Treatment Summary"),
            KeyValue([("Patient", patient(9)), ("MRN", mrn(9)), ("Course", "Spine SBRT, 07/28/2026 - 07/31/2026"),
                      ("Treated", "T10: 24 Gy in 2 fractions. L2: 24 Gy in 2 fractions."),
                      ("Tolerance", "Grade 1 fatigue; pain flare after fraction 1 treated with dexamethasone 4 mg x 2 days"),
                      ("Follow-up", "MRI spine in 3 months; continue letrozole / ribociclib")]),
            sig("Henrietta Van Asselt, MD 08/03/2026"),
        ]], opts=dict(header=head(_c, 9, "04/14/1968"))),
    ])

# x66_10 -- dictation (text): single-fraction robotic-arm spine SRS to C6, mask, spine tracking -----------------------
add(name="x66_10", kind="dictation", codes=["G0339", "77435", "63620"],
    facts=F("robotic_linac", ["spinal"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("C6 vertebral body", "spinal", None, 18, 1)],
    categories=cats(),
    notes="Terse dictated procedure note: single-fraction spine radiosurgery to a C6 renal-cell metastasis on a "
          "robotic-arm linac, eighteen gray to the seventy-eight percent isodose line, head-neck-shoulder mask, CT + MRI "
          "fusion, spine tracking. Numbers in words; a stray '18 Gy x 3' slip corrected in the "
          "same sentence ('no, times one').",
    docs=[Doc("x66_10.txt", text=f"""
FERNCLIFF ROBOTIC RADIOSURGERY CENTER
PROCEDURE NOTE - SPINE RADIOSURGERY (dictated)
Patient: {patient(10)}     MRN: {mrn(10)}     DOB 09/03/1961
Date: 08/19/2026     Physician: Augustin Pemberton-Rhys, MD     Physicist: Lucia Armitage, MS

Indication: renal cell carcinoma, clear cell, with a painful C six vertebral body metastasis, no epidural disease, Bilsky zero, radioresistant histology, SINS five. On cabozantinib.

Procedure: spine radiosurgery to C six, eighteen gray times three, no, times one, single fraction. That is eighteen gray in one fraction.

Immobilization was a head neck and shoulder thermoplastic mask made at simulation on August eleventh. Planning CT with contrast, one millimeter, and an MRI of the cervical spine T one post contrast and T two from the same day were fused for contouring of the G T V, the C T V per consensus guidelines covering the C six body and right pedicle, and the cord. Treatment was planned in GANNET Plan, which is invented, with one hundred sixty two non isocentric beams on the robotic arm mounted six M V linac, prescribed to the seventy eight percent isodose line, P T V coverage ninety four percent. Cord D zero point zero three five cc eleven point eight gray, esophagus max fourteen point one gray. Physics plan check and delivery Q A passed.

Delivery: spine tracking with orthogonal kV images throughout, translations and rotations within tolerance, total treatment time fifty two minutes. Dose delivered eighteen gray in one fraction to C six as planned.

Patient tolerated it well. Dexamethasone four milligrams before treatment. Follow up MRI cervical spine in three months.

A. Pemberton-Rhys, MD   D: 08/19/2026   T: 08/20/2026
{FOOT}
""")])

# x66_11 -- bundle (3 files): S1 SBRT 30 Gy in 5; the dictated letter says 24 Gy in four (contradiction) ------------
_c = "OLD QUARRY RADIATION ONCOLOGY"
add(name="x66_11", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("S1 sacral", "spinal", None, 30, 5)],
    categories=cats(),
    contradiction="The dictated letter to the urologist says twenty-four gray in four fractions, while the prescription and the five-row treatment record give 30 Gy in 5 fractions.",
    notes="Three-file bundle: typed consult (S1 renal-cell metastasis, SBRT 30 Gy in 5), a two-page plan and "
          "fraction record (vacuum cushion, CT + MRI, CBCT x5, 30 Gy delivered) and a dictated letter to the urologist "
          "that misstates the course as twenty-four gray in four fractions. One spinal lesion, so 63621 is wrong.",
    docs=[
        Doc("1_consult.pdf", [[
            H1("Radiation Oncology - New Patient Consultation"),
            KeyValue([("Date of service", "09/01/2026"), ("Physician", "Marguerite Oyelowo-Strand, MD"),
                      ("Referring", "Conrad Ashgrove, MD, Urology"),
                      ("Diagnosis", "Metastatic clear cell RCC (C64.2) to the S1 vertebral body / sacral ala (C79.51)")]),
            P("History: 71-year-old man, left nephrectomy 2024, now with an isolated S1 metastasis on CT and MRI of the "
              "pelvis (August 2026): 3.4 cm lytic lesion of the S1 body extending into the left ala, abutting but not "
              "compressing the S1 nerve roots. Pain 5/10, left buttock radiation. No prior pelvic RT. ECOG 1."),
            P("Recommendation: stereotactic body radiotherapy to S1, 30 Gy in 5 fractions, given radioresistant histology "
              "and oligometastatic state. CT simulation with MRI fusion. Reviewed acute and late effects including "
              "sacral insufficiency fracture, plexopathy and bowel toxicity. Consent signed."),
            sig("Marguerite Oyelowo-Strand, MD 09/01/2026"),
        ]], opts=dict(header=head(_c, 11, "02/17/1955"))),
        Doc("2_plan_and_record.pdf", [
            [H1("SBRT Prescription and Plan"),
             KeyValue([("Target", "PTV_S1 (GTV S1 body + left ala, CTV per consensus, PTV +2 mm), 61.4 cc"),
                       ("Prescription", "30 Gy in 5 fractions, 6 Gy per fraction, to the 80% isodose, every other weekday"),
                       ("Simulation", "09/08/2026: vacuum cushion, knees bent over foam; CT 1.5 mm; MRI pelvis T1/T2 fused"),
                       ("Plan", "VMAT, 2 arcs, 10 MV FFF, planning system CORMORANT 4 (invented)"),
                       ("Key constraints", "Cauda / sacral plexus D0.035cc 28.1 Gy; bowel D5cc 21.9 Gy; rectum D0.035cc 24.0 Gy"),
                       ("QA", "Second calculation and patient-specific QA passed 09/11/2026")]),
             sig("Marguerite Oyelowo-Strand, MD 09/11/2026"), sig("Wendell Faraday-Nkosi, PhD 09/11/2026")],
            [H1("Treatment Record"),
             RuledTable([("Fx", "Date", "IGRT", "Dose (Gy)", "Total (Gy)"),
                         ("1", "09/14/2026", "CBCT, bony + soft tissue", "6", "6"),
                         ("2", "09/16/2026", "CBCT, bony + soft tissue", "6", "12"),
                         ("3", "09/18/2026", "CBCT, bony + soft tissue", "6", "18"),
                         ("4", "09/21/2026", "CBCT, bony + soft tissue", "6", "24"),
                         ("5", "09/23/2026", "CBCT, bony + soft tissue", "6", "30")]),
             P("Course complete 09/23/2026: 30 Gy in 5 fractions to PTV_S1."),
             sig("Marguerite Oyelowo-Strand, MD 09/23/2026")],
        ], opts=dict(header=head(_c, 11, "02/17/1955"))),
        Doc("3_letter_to_urology.txt", text=f"""
OLD QUARRY RADIATION ONCOLOGY
September 25, 2026

Conrad Ashgrove, MD
Riverbend Urology Associates

RE: {patient(11)}   DOB 02/17/1955   MRN {mrn(11)}

Dear Conrad,

A quick note to let you know that Mr. Sixtysixpatient finished his stereotactic body radiation to the S one metastasis on September twenty third. He received twenty four gray in four fractions and tolerated it well apart from mild fatigue and some loose stools, which have settled. His buttock pain is already better.

I would like an MRI of the pelvis in three months and will see him then. I know you are planning to restart his systemic therapy; there is no need to wait on our account.

Best wishes,

Marguerite Oyelowo-Strand, MD
Dictated, not read
{FOOT}
"""),
    ])


# ==================================================================================================
# Body
# ==================================================================================================

# x66_12 -- bundle (5 files): lung SBRT; consult 54 Gy/3, sim (scanned) changes to 50 Gy/5 for chest wall ----------
_c = "BLUE HERON COMMUNITY HOSPITAL - CANCER CARE"
add(name="x66_12", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe", "body", None, 50, 5)],
    categories=cats(),
    notes="Five-file community-hospital bundle: dictated consult (2.1 cm RUL adenocarcinoma, PET-CT, recommends "
          "54 Gy in 3), a scanned simulation note (4DCT in a vacuum cushion on a wing board, PET fused; lesion abuts "
          "the chest wall so the course is changed to 50 Gy in 5), plan summary, five-row treatment record with CBCT "
          "and a short completion note. 54 Gy/3 superseded.",
    docs=[
        Doc("1_consult_dictated.txt", text=f"""
BLUE HERON COMMUNITY HOSPITAL   Radiation Oncology Consultation
Patient: {patient(12)}   MRN: {mrn(12)}   DOB: 06/21/1946   Date: 08/05/2026
Consultant: Thaddeus Mbeki-Larkin, MD   Referring: Pulmonology, Dr. Ines Carvalho

Mr. Sixtysixpatient is an eighty year old former smoker, sixty pack years, with severe COPD, FEV one zero point nine liters, referred for a right upper lobe nodule. CT chest showed a two point one centimeter spiculated peripheral nodule in the posterior right upper lobe. Navigational bronchoscopy biopsy July twenty second: adenocarcinoma. PET CT August third, SUV max six point eight, no nodal or distant uptake. Stage one A three, T one c N zero. Thoracic surgery, Dr. Aldana, deems him high risk for lobectomy and he declines surgery.

I recommend stereotactic body radiation therapy, fifty four gray in three fractions, every other day, with a four D C T simulation. If the lesion turns out to abut the chest wall on the planning scan we may use five fractions instead. Discussed fatigue, cough, pneumonitis about five to ten percent, chest wall pain and rib fracture. He wishes to proceed. The PET will be fused for target delineation.

Thaddeus Mbeki-Larkin, MD   (transcribed by DICTAMAX, invented; reviewed)
{FOOT}
"""),
        Doc("2_simulation_note_scanned.pdf", [[
            H1("CT SIMULATION NOTE - SBRT LUNG"),
            KeyValue([("Patient", patient(12)), ("MRN", mrn(12)), ("Date", "08/18/2026"),
                      ("Position", "Supine, arms above head on wing board, full-body vacuum cushion, knee support"),
                      ("Scan", "4DCT, 10 phases, 2 mm; free breathing; MIP and average reconstructions"),
                      ("Motion", "Tumor excursion 6 mm superior-inferior; no compression required"),
                      ("Fusion", "PET-CT 08/03/2026 registered to the average CT for GTV delineation"),
                      ("Physician", "T. Mbeki-Larkin, MD")]),
            P("On the planning scan the nodule abuts the posterior chest wall (ribs 3-4). To limit chest wall dose the "
              "prescription is changed from 54 Gy in 3 fractions to 50 Gy in 5 fractions (10 Gy per fraction). ITV from "
              "all phases, PTV = ITV + 5 mm. Patient informed and agrees."),
            sig("Thaddeus Mbeki-Larkin, MD 08/18/2026"),
        ]], opts=dict(header=head(_c, 12, "06/21/1946"), scan=True, scan_dpi=150, scan_noise=7.0)),
        Doc("3_plan_summary.pdf", [[
            H1("SBRT Plan Summary - Right Upper Lobe"),
            KeyValue([("Plan", "RUL_SBRT_5fx (approved 08/24/2026)"), ("Planning system", "CORMORANT 4 (invented)"),
                      ("Machine", "6 MV FFF gantry linac, cone-beam CT"), ("Technique", "2 partial VMAT arcs (181-0 degrees)"),
                      ("Prescription", "50 Gy in 5 fractions to the 80% isodose covering 95% of the PTV"),
                      ("Volumes", "ITV 6.8 cc, PTV 21.5 cc")]),
            RuledTable([("OAR", "Constraint", "Achieved"), ("Chest wall", "V30Gy < 30 cc", "18.7 cc"),
                        ("Lungs - ITV", "V20Gy < 10%", "4.1%"), ("Spinal cord", "Dmax < 28 Gy", "11.0 Gy"),
                        ("Brachial plexus", "Dmax < 32 Gy", "14.6 Gy"), ("Esophagus", "Dmax < 35 Gy", "9.8 Gy")]),
            P("Physics check and patient-specific QA passed 08/25/2026."),
            sig("Thaddeus Mbeki-Larkin, MD 08/24/2026"), sig("Rhiannon Costa, MS, DABR 08/25/2026"),
        ]], opts=dict(header=head(_c, 12, "06/21/1946"))),
        Doc("4_treatment_record.pdf", [[
            H1("Treatment Record - SBRT"),
            RuledTable([("Fx", "Date", "CBCT match", "Shift (cm)", "Dose (Gy)", "Cumulative (Gy)", "Initials"),
                        ("1", "08/26/2026", "ITV / soft tissue, MD reviewed", "0.3 / 0.2 / 0.4", "10", "10", "TM / JS"),
                        ("2", "08/28/2026", "ITV / soft tissue, MD reviewed", "0.2 / 0.1 / 0.3", "10", "20", "TM / JS"),
                        ("3", "08/31/2026", "ITV / soft tissue, MD reviewed", "0.4 / 0.2 / 0.2", "10", "30", "TM / BR"),
                        ("4", "09/02/2026", "ITV / soft tissue, MD reviewed", "0.1 / 0.3 / 0.2", "10", "40", "TM / BR"),
                        ("5", "09/04/2026", "ITV / soft tissue, MD reviewed", "0.2 / 0.2 / 0.1", "10", "50", "TM / JS")]),
        ]], opts=dict(header=head(_c, 12, "06/21/1946"))),
        Doc("5_completion_note.txt", text=f"""
BLUE HERON COMMUNITY HOSPITAL - RADIATION ONCOLOGY - COMPLETION NOTE
{patient(12)}  {mrn(12)}  09/04/2026

Completed SBRT to the right upper lobe adenocarcinoma today, fifty gray in five fractions, 08/26 to 09/04/2026. Mild fatigue, no cough change. CT chest in three months, clinic visit then. Pulmonology follow-up as scheduled.

T. Mbeki-Larkin, MD
{FOOT}
"""),
    ])

# x66_13 -- dictated letter (PDF): prostate SBRT 36.25 Gy in 5, fiducials + spacer; no plan parameters ---------------
_c = "CATTAIL CREEK RADIATION CENTER"
add(name="x66_13", kind="letter", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(plan=False),
    notes="Dictated completion letter to the referring urologist, numbers in words: prostate SBRT thirty-six point "
          "two five gray in five fractions on a gantry linac, three gold fiducials and a hydrogel spacer, CT + MRI "
          "fusion, daily cone-beam CT with fiducial matching. No isodose, arcs/beams or planning system: plan unmet.",
    docs=[Doc("x66_13.pdf", [[
        P("CATTAIL CREEK RADIATION CENTER"),
        P("210 Sedge Lane, Suite 4"),
        P("November 6, 2026"),
        P("Bartholomew Ngata-Reyes, MD\nLakeshore Urology Group"),
        P(f"RE: {patient(13)}     DOB: 03/03/1957     MRN: {mrn(13)}"),
        P("Dear Bart,"),
        P("I am writing to let you know that Mr. Sixtysixpatient completed his stereotactic body radiation therapy for his "
          "favorable intermediate risk adenocarcinoma of the prostate, Gleason three plus four equals seven, PSA six point "
          "two, clinical T one c, on November fifth."),
        P("As you know, you placed three gold fiducial markers and a hydrogel rectal spacer on October thirteenth. He was "
          "simulated on October twentieth with a planning CT, and a prostate MRI from the same day was fused so that we "
          "could contour the prostate and the proximal one centimeter of the seminal vesicles. He received thirty six point "
          "two five gray in five fractions of seven point two five gray, given every other day from October twenty eighth "
          "through November fifth, on our gantry linac. Each fraction was preceded by a cone beam CT with alignment to the "
          "fiducial markers, and the bladder filling protocol worked well."),
        P("He had grade one urinary frequency and nocturia twice a night, which is improving on tamsulosin, and no bowel "
          "symptoms. No hormone therapy was given. I would suggest a PSA in three months; I will see him in clinic in six "
          "months and alternate visits with you after that."),
        P("Thank you for letting us participate in his care."),
        P("Sincerely,"),
        sig("Philippa Duquesne-Abara, MD, Radiation Oncology"),
        P("D: 11/06/2026  T: 11/07/2026  /vr        cc: Patient; Harold Kim, MD (primary care)"),
    ]])])

# x66_14 -- bundle (3 files): MR-linac adaptive liver SBRT 50 Gy/5; G0339 claimed (wrong) ---------------------------
_c = "SILVERPINE MEDICAL CENTER - MR-GUIDED RADIOTHERAPY"
add(name="x66_14", kind="bundle", codes=["77373", "77435", "G0339"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("hepatocellular carcinoma segment VIII", "body", None, 50, 5)],
    categories=cats(),
    notes="Three-file bundle: dictated hepatology-referral consult (3.4 cm segment VIII HCC after incomplete TACE; "
          "'forty to fifty gray in five fractions'), a two-page 1.5 T MR-linac plan and adaptive fraction record "
          "(vacuum cushion, CT + MRI sim, adapt-to-shape each fraction, cine-MR gating) and a completion summary "
          "(50 Gy in 5). G0339 is a robotic-linac code: wrong on a gantry MR-linac.",
    docs=[
        Doc("1_consult_dictated.txt", text=f"""
SILVERPINE MEDICAL CENTER - RADIATION ONCOLOGY CONSULTATION
Patient {patient(14)}   MRN {mrn(14)}   DOB 12/12/1960   Seen 09/22/2026
Physician: Yolanda Brightwater-Osei, MD   Referred by: Hepatology (Dr. Sven Aalto)
Transcribed from dictation, unedited

Mr. Sixtysixpatient is a sixty five year old man with hepatitis C cirrhosis, Child Pugh A six, and a three point four centimeter hepatocellular carcinoma in segment eight, L I RADS five, treated with TACE on July ninth with incomplete response: there is residual arterial enhancement along the superior margin on the MRI of September tenth. He is not a transplant candidate at present and ablation is not feasible because of the subdiaphragmatic location. Tumor board recommended stereotactic body radiation.

Plan. Stereotactic body radiation on the one point five tesla M R linac with daily adaptive planning and M R guided gating, dose forty to fifty gray in five fractions depending on the liver constraints, aiming for fifty. CT and MRI simulation next week. He understands the risk of radiation induced liver disease, fatigue, nausea, and gastric or duodenal ulceration. Consent obtained.
{FOOT}
"""),
        Doc("2_plan_and_adaptive_record.pdf", [
            [H1("MR-Linac SBRT Plan - Liver"),
             KeyValue([("Unit", "1.5 T MR-linac, 7 MV FFF"),
                       ("Simulation", "09/29/2026: supine, arms up, vacuum cushion; CT 2 mm (triphasic contrast) + MR simulation on the unit"),
                       ("Target", "GTV = residual enhancing HCC segment VIII on arterial-phase MRI; PTV = GTV + 3 mm (gated)"),
                       ("Prescription", "50 Gy in 5 fractions, PTV D95% >= 50 Gy"),
                       ("Reference plan", "Step-and-shoot IMRT, 11 beams, planning system LUMEN-MR 3 (invented)"),
                       ("Liver constraint", "Liver - GTV > 700 cc < 15 Gy: 1,046 cc (met); mean liver 11.2 Gy"),
                       ("Stomach / duodenum", "D0.5cc 29.4 / 24.1 Gy (limit 33 Gy)")]),
             P("Because liver constraints were met with margin, the full 50 Gy was used (the consult range was 40-50 Gy)."),
             sig("Yolanda Brightwater-Osei, MD 10/02/2026"), sig("Lars Pettigrew-Mensah, PhD 10/02/2026")],
            [H1("Adaptive Fraction Record"),
             RuledTable([("Fx", "Date", "Workflow", "Daily MRI review", "Gating (cine MR)", "Dose (Gy)"),
                         ("1", "10/05/2026", "Adapt-to-shape", "MD + physicist", "on, 91% duty", "10"),
                         ("2", "10/07/2026", "Adapt-to-shape", "MD + physicist", "on, 88% duty", "10"),
                         ("3", "10/09/2026", "Adapt-to-position", "MD + physicist", "on, 90% duty", "10"),
                         ("4", "10/12/2026", "Adapt-to-shape", "MD + physicist", "on, 86% duty", "10"),
                         ("5", "10/14/2026", "Adapt-to-shape", "MD + physicist", "on, 92% duty", "10")]),
             P("Each adapted plan passed an independent secondary dose calculation before delivery."),
             sig("Therapists: N. Oduya / P. Lindqvist")],
        ], opts=dict(header=head(_c, 14, "12/12/1960"))),
        Doc("3_completion_summary.pdf", [[
            H1("Completion Summary"),
            P(f"{patient(14)}   {mrn(14)}   Hepatocellular carcinoma, segment VIII (C22.0)"),
            P("Stereotactic body radiation on the MR-linac, 50 Gy in 5 fractions, 10/05/2026 - 10/14/2026, with daily "
              "online adaptation and MR-guided gating. No interruptions. Grade 1 nausea (ondansetron), grade 1 fatigue. "
              "Child-Pugh score unchanged at 6 at completion."),
            P("Follow-up: liver MRI and labs (AFP, LFTs) at 6 weeks and 3 months; hepatology to continue surveillance."),
            sig("Yolanda Brightwater-Osei, MD 10/16/2026"),
        ]], opts=dict(header=head(_c, 14, "12/12/1960"))),
    ])

# x66_15 -- bundle (4 files): robotic-arm kidney SBRT 42 Gy/3 with fiducials; summary says 40 Gy (contradiction) -----
_c = "JUNIPER FLATS CANCER CARE"
add(name="x66_15", kind="bundle", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("left kidney lower pole", "body", None, 42, 3)],
    categories=cats(),
    contradiction="The dictated completion summary says 40 Gy in 3 fractions, while the prescription and the three-row treatment record give 42 Gy (14 Gy x 3).",
    notes="Four-file bundle: a two-column consult page (3.1 cm left lower-pole RCC in a solitary-functioning-kidney "
          "patient unfit for surgery; SBRT 42 Gy in 3), an interventional radiology fiducial note (three gold markers), "
          "a two-page plan and treatment record on a robotic-arm linac (vacuum cushion, fiducial tracking with "
          "respiratory modelling) and a dictated summary that gives 40 Gy.",
    docs=[
        Doc("1_consult.pdf", [[
            H1("GU Radiation Oncology Consult"),
            H2("History"),
            P(f"{patient(15)}, MRN {mrn(15)}, 79 y, seen 09/28/2026 at the request of Dr. Amara Lindgren (Urology)."),
            P("Incidental 3.1 cm enhancing solid mass, lower pole of the left kidney, biopsy 09/10/2026: clear cell RCC, "
              "ISUP grade 2. Right kidney atrophic (old reflux nephropathy); eGFR 41. Severe aortic stenosis; cardiology "
              "advises against general anesthesia. Cryoablation declined by IR because of the adjacent ureter."),
            H2("Exam"),
            P("ECOG 1. Abdomen soft, non-tender. No lymphadenopathy."),
            ColumnBreak(),
            H2("Assessment"),
            P("cT1a N0 M0 clear cell RCC of the left kidney in the functionally dominant kidney; not a surgical or "
              "ablation candidate."),
            H2("Plan"),
            BulletList(["SBRT 42 Gy in 3 fractions on the robotic-arm linac",
                        "IR to place 3 gold fiducials (Dr. Sato)",
                        "CT simulation with contrast + MRI abdomen for fusion, vacuum cushion",
                        "Fiducial tracking with respiratory motion modelling",
                        "Renal function (eGFR) before and at 3, 6, 12 months"]),
            P("Consent: risks including decline in renal function, bowel injury and fatigue discussed; signed."),
            sig("Desmond Achterberg, MD 09/28/2026"),
        ]], opts=dict(header=head(_c + "  -  Radiation Oncology", 15, "11/29/1946"), two_columns=True)),
        Doc("2_fiducial_placement_note.txt", text=f"""
JUNIPER FLATS CANCER CARE - INTERVENTIONAL RADIOLOGY PROCEDURE NOTE
Patient: {patient(15)}   MRN: {mrn(15)}   Date: 10/05/2026
Operator: Keiko Sato, MD

Procedure: CT-guided placement of fiducial markers, left renal mass, for stereotactic radiation.
Sedation: moderate (midazolam 1 mg, fentanyl 50 mcg), nurse-monitored, 22 minutes.
Technique: prone. Under CT guidance, three 0.8 x 3 mm gold fiducial markers were placed through a 17G coaxial needle at the superior, medial and inferior margins of the lower pole mass, separated by more than 2 cm and not collinear.
Complications: none. Post-procedure CT: no hematoma.
Impression: Successful placement of 3 gold fiducials. Wait 5-7 days before simulation.
{FOOT}
"""),
        Doc("3_plan_and_treatment.pdf", [
            [H1("Robotic SBRT - Plan"),
             KeyValue([("Unit", "Robotic-arm mounted 6 MV linac, variable aperture collimator"),
                       ("Simulation", "10/12/2026: supine in vacuum cushion; CT abdomen with contrast 1.25 mm; MRI abdomen T1 post-contrast same day, fused"),
                       ("Target", "GTV left lower-pole mass; PTV = GTV + 3 mm; 22.6 cc"),
                       ("Prescription", "42 Gy in 3 fractions (14 Gy/fx) to the 80% isodose, PTV coverage 96%"),
                       ("Beams", "187 non-isocentric beams"), ("Planning system", "GANNET Plan 4 (invented)"),
                       ("Motion management", "Fiducial tracking (3 markers) + respiratory motion modelling"),
                       ("OAR", "Small bowel D5cc 15.9 Gy; colon D20cc 19.1 Gy; ureter Dmax 38.4 Gy")]),
             P("Delivery QA and secondary calculation passed 10/16/2026."),
             sig("Desmond Achterberg, MD 10/16/2026"), sig("Priyanka Vellore-Hart, MS 10/16/2026")],
            [H1("Treatment Record"),
             RuledTable([("Fx", "Date", "Tracking", "Model error (mm)", "Dose (Gy)", "Cumulative (Gy)"),
                         ("1", "10/19/2026", "Fiducial + respiratory model", "1.2", "14", "14"),
                         ("2", "10/21/2026", "Fiducial + respiratory model", "1.5", "14", "28"),
                         ("3", "10/23/2026", "Fiducial + respiratory model", "1.1", "14", "42")]),
             sig("Desmond Achterberg, MD 10/23/2026")],
        ], opts=dict(header=head(_c + "  -  Radiation Oncology", 15, "11/29/1946"))),
        Doc("4_summary_dictated.txt", text=f"""
JUNIPER FLATS CANCER CARE  RADIATION ONCOLOGY  TREATMENT SUMMARY (dictated)
{patient(15)}   {mrn(15)}   10/26/2026   Desmond Achterberg, MD

Mr. Sixtysixpatient completed stereotactic body radiation to the left lower pole renal cell carcinoma on October twenty third, forty gray in three fractions, on the robotic arm linac with fiducial tracking. He tolerated it well, mild fatigue only, no hematuria. Creatinine stable. Plan: eGFR and CT abdomen with and without contrast at three months, then every six months. Urology follow up with Dr. Lindgren.
{FOOT}
"""),
    ])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# x66_16 -- dictation (text): consult recommending SRS for three metastases; nothing simulated or given ---------------
add(name="x66_16", kind="dictation", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: dictated new-patient consult recommending single-fraction linac SRS (twenty gray) to three "
          "small metastases, with the planning MRI and mask simulation still to be booked and the patient wanting "
          "to talk to her family first. Nothing simulated, planned or delivered: facts empty, codes inconsistent.",
    docs=[Doc("x66_16.txt", text=f"""
HOLLINGSWORTH & PARRY RADIATION ONCOLOGY
NEW PATIENT CONSULTATION - DICTATED 10/14/2026
Patient: {patient(16)}   MRN: {mrn(16)}   DOB: 08/08/1952
Physician: Evangeline Throckmorton, MD     Referred by: Dr. Raj Venkatesh, Medical Oncology

History of present illness. Mrs. Sixtysixpatient is a seventy four year old woman with small volume metastatic colon cancer, on FOLFIRI, who had a fall two weeks ago without loss of consciousness. A CT head in the emergency department was negative for bleed but showed a questionable right cerebellar lesion, and MRI of the brain on October seventh showed three enhancing lesions, a right cerebellar lesion of one point four centimeters, a left parietal lesion of eight millimeters and a right frontal lesion of six millimeters. Mild edema around the cerebellar lesion. No hydrocephalus.

Exam. KPS eighty. Mild dysmetria on the right finger to nose. Otherwise non focal.

Assessment. Three brain metastases, colorectal primary, all small, none in eloquent or critical locations.

Recommendation. I recommended stereotactic radiosurgery in a single session on the linac, twenty gray to each lesion, rather than whole brain radiotherapy. The steps would be a thin cut MRI with contrast and a C T simulation in a thermoplastic mask, then treatment about a week later. We went over the risks, including a small risk of radiation necrosis, seizure and hair loss at the cerebellar site. She would like to talk it over with her son, who lives out of state, before deciding, and she also wants to ask Dr. Venkatesh about the timing with her chemotherapy. I have started dexamethasone two milligrams daily for the dysmetria.

Plan. She will call us by the end of the week. If she agrees, we will order the planning MRI and book the mask simulation. No consent signed today. No treatment scheduled.

Evangeline Throckmorton, MD
(dictation transcribed by SPEECHLINE, invented; e-signed 10/15/2026)
{FOOT}
""")])

# x66_17 -- bundle (2 files): conventional palliative spine RT 30 Gy in 10; SBRT considered and rejected --------------
_c = "GREYSTONE VALLEY HOSPITAL - RADIATION ONCOLOGY"
add(name="x66_17", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 10, ["CT", "MRI"], []),
    lesions=[L("T8 epidural metastasis (T7-T9)", "spinal", None, 30, 10)],
    categories=cats(positioning=False),
    notes="Near-miss negative, two-file bundle: an inpatient consult for T8 metastatic epidural compression (SBRT "
          "'not appropriate' because of the compression and urgency) and a three-page course record of conventional "
          "palliative RT, 30 Gy in 10 fractions, AP/PA 3D fields T7-T9 contoured on the simulation CT with the same-day MRI, daily kV. Ten fractions: the claimed "
          "SBRT/spine SRS codes are all inconsistent and there is no delivery code. Supine on a knee rest only: "
          "no immobilisation device.",
    docs=[
        Doc("1_inpatient_consult.txt", text=f"""
GREYSTONE VALLEY HOSPITAL - RADIATION ONCOLOGY INPATIENT CONSULT
{patient(17)}   MRN {mrn(17)}   DOB 01/30/1950   Ward 5 West   Date 10/26/2026
Requested by: Hospital Medicine (Dr. Okafor)     Consultant: Lionel Fairbairn-Mutasa, MD

Reason: back pain and bilateral leg weakness, known prostate cancer.

Seventy six year old man with castrate resistant prostate cancer, widespread bone metastases, admitted last night with three weeks of mid thoracic back pain and two days of leg weakness. MRI whole spine 10/26: T8 metastasis with epidural extension and cord compression, Bilsky grade three, cord signal change; multiple other bone metastases without compression. Dexamethasone ten milligrams IV given, then four every six hours. Neurosurgery (Dr. Maddox) has seen him and does not recommend decompression given his disease burden and performance status.

Exam: hip flexors four over five bilaterally, sensory level around T ten, no saddle anesthesia.

Assessment and recommendation: metastatic epidural spinal cord compression at T eight. Stereotactic body radiation is not appropriate here because of the high grade compression and the need to start today. Recommend conventional palliative external beam radiation, thirty gray in ten fractions to T seven through T nine, starting this afternoon after CT simulation. Consent obtained from the patient.
{FOOT}
"""),
        Doc("2_course_record.pdf", [
            [H1("Simulation and Treatment Plan"),
             KeyValue([("Simulation", "10/26/2026 CT simulation 3 mm, supine, arms on chest, knee rest; no immobilization device"),
                       ("Target", "T7-T9 vertebral bodies with epidural disease, contoured on the simulation CT with the 10/26/2026 MRI reviewed alongside"),
                       ("Technique", "3D conformal AP/PA, 10 MV, MLC-shaped fields"),
                       ("Planning system", "WILLOW-3D 6 (invented)"),
                       ("Prescription", "30 Gy in 10 fractions (3 Gy/fx), prescribed to midplane"),
                       ("Cord", "Dmax 31.2 Gy (accepted, palliative)")]),
             sig("Lionel Fairbairn-Mutasa, MD 10/26/2026"), sig("Dimitra Kowalczyk, MS 10/26/2026")],
            [H1("Daily Treatment Record"),
             RuledTable([("Fx", "Date", "Imaging", "Dose (Gy)", "Total (Gy)"),
                         ("1", "10/26/2026", "kV pair", "3", "3"), ("2", "10/27/2026", "kV pair", "3", "6"),
                         ("3", "10/28/2026", "kV pair", "3", "9"), ("4", "10/29/2026", "kV pair", "3", "12"),
                         ("5", "10/30/2026", "kV pair", "3", "15"), ("6", "11/02/2026", "kV pair", "3", "18"),
                         ("7", "11/03/2026", "kV pair", "3", "21"), ("8", "11/04/2026", "kV pair", "3", "24"),
                         ("9", "11/05/2026", "kV pair", "3", "27"), ("10", "11/06/2026", "kV pair", "3", "30")])],
            [H1("End of Treatment Summary"),
             P("Conventional palliative radiotherapy to T7-T9 for metastatic epidural spinal cord compression at T8: 30 Gy in "
               "10 fractions, 10/26/2026 - 11/06/2026, completed without a break. Leg strength improved to 5-/5 and he is "
               "walking with a frame. Dexamethasone taper per hospital medicine. Discharged to rehabilitation 11/07/2026. "
               "Follow-up in radiation oncology clinic in 4 weeks."),
             sig("Lionel Fairbairn-Mutasa, MD 11/06/2026")],
        ], opts=dict(header=head(_c, 17, "01/30/1950"))),
    ])

# x66_18 -- letter (PDF): follow-up letter 19 months after cobalt-60 SRS; surveillance only -----------------------------
_c = "NORTHGATE NEUROSURGICAL ASSOCIATES"
add(name="x66_18", kind="letter", codes=["77371", "77432", "61796"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: neurosurgeon's follow-up letter nineteen months after frame-based cobalt-60 SRS (March 2025, "
          "left frontal parafalcine meningioma 13 Gy to the 50% isodose); MRI stable, surveillance only, nothing "
          "given or planned in this record. Facts empty, categories unmet, codes inconsistent.",
    docs=[Doc("x66_18.pdf", [[
        P("NORTHGATE NEUROSURGICAL ASSOCIATES"),
        P("77 Foundry Street, Suite 300"),
        P("October 20, 2026"),
        P("Rosamund Pickering, MD\nPickering Family Medicine"),
        P(f"Re: {patient(18)}   DOB 04/04/1964   Our MRN {mrn(18)}"),
        P("Dear Dr. Pickering,"),
        P("I saw Mr. Sixtysixpatient today for routine follow-up, now nineteen months after his radiosurgery. As you may "
          "recall, on March 11, 2025 he had single-session radiosurgery on the cobalt unit under a stereotactic frame for a "
          "2.6 cm left frontal parafalcine meningioma, 13 Gy to the 50% isodose line."),
        P("His MRI of October 14, 2026 shows the meningioma slightly smaller, now 2.3 cm, with central loss of enhancement "
          "and no new edema. He is working full time, has had no seizures and came off levetiracetam in the spring with my "
          "agreement."),
        P("No further treatment is needed. I would like a repeat MRI in one year and will see him then. Please let me know "
          "if he develops headaches, seizures or any new neurological symptoms in the meantime."),
        P("Kind regards,"),
        sig("Ambrose Kittredge-Oyelaran, MD, FAANS"),
        P("Dictated 10/20/2026. cc: patient"),
    ]])])

# x66_19 -- pdf: radiology MRI report, post-radiosurgery surveillance ------------------------------------------------
_c = "LANTERN POINT IMAGING"
add(name="x66_19", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: an outside imaging centre's MRI brain report for post-radiosurgery surveillance, quoting the "
          "treated lesions and their doses from the clinical history (SRS 06/2026, 20 and 18 Gy) and reporting a new "
          "5 mm lesion 'for consideration of radiosurgery'. A diagnostic report: no course in this document.",
    docs=[Doc("x66_19.pdf", [[
        H1("MRI BRAIN WITH AND WITHOUT CONTRAST"),
        KeyValue([("Patient", patient(19)), ("MRN", mrn(19)), ("DOB", "02/09/1967"), ("Exam date", "09/30/2026"),
                  ("Accession", "LPI-2026-0930-114"), ("Ordering", "Helga Marchbank, MD, Radiation Oncology"),
                  ("Reading radiologist", "Caspian Oduro, MD")]),
        P("CLINICAL HISTORY: Non-small cell lung cancer with brain metastases treated with stereotactic radiosurgery on "
          "06/17/2026 (right frontal 20 Gy, left cerebellar 18 Gy, single fraction per the referral). Surveillance."),
        P("TECHNIQUE: Multiplanar multisequence MRI of the brain before and after 7 mL gadobutrol, including 3D T1 "
          "post-contrast 1 mm, FLAIR, DWI, SWI and perfusion."),
        P("COMPARISON: 06/10/2026 (pre-treatment)."),
        P("FINDINGS: The treated right frontal lesion has decreased from 14 to 6 mm with less surrounding FLAIR signal. "
          "The treated left cerebellar lesion has decreased from 11 to 5 mm; rim enhancement with low relative cerebral "
          "blood volume, favoring treatment effect. New 5 mm enhancing focus in the left occipital lobe, not present on "
          "06/10/2026. No hemorrhage. Ventricles normal. No hydrocephalus."),
        Paragraph("IMPRESSION:", bold=True),
        BulletList(["Interval response of both treated metastases; left cerebellar findings favor treatment effect.",
                    "New 5 mm left occipital metastasis. Recommend radiation oncology review for consideration of radiosurgery.",
                    "No hemorrhage or mass effect."], numbered=True),
        sig("Caspian Oduro, MD, Neuroradiology 09/30/2026 16:41"),
    ]], opts=dict(header=[_c + "  -  Neuroradiology", "Final report"]))])

# x66_20 -- pdf: payer prior-authorization approval for lung SBRT, treatment not yet given ---------------------------
_c = "KESTREL MUTUAL HEALTH PLAN (invented payer)"
add(name="x66_20", kind="pdf", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a health plan's prior-authorization approval letter for lung SBRT (77373 x5, 77435 x1, "
          "77295, 77338 listed as authorized) with an authorization window; the letter approves a request and "
          "records no simulation, plan or treatment. Facts empty, codes inconsistent.",
    docs=[Doc("x66_20.pdf", [[
        P("KESTREL MUTUAL HEALTH PLAN  -  Utilization Management, Radiation Oncology Program"),
        P("PO Box 4417, Fairhaven"),
        P("Notice date: 11/18/2026"),
        P("To: Ravensworth Radiation Oncology, attn. Authorization Coordinator\nFax: 555-0177"),
        H2("NOTICE OF APPROVAL - PRIOR AUTHORIZATION"),
        KeyValue([("Member", patient(20)), ("Member ID", "KMH-0000020 (synthetic)"), ("Provider MRN", mrn(20)),
                  ("Date of birth", "05/05/1948"), ("Requesting physician", "Ottoline Grimsby-Achebe, MD"),
                  ("Authorization no.", "PA-26-118-5531"), ("Diagnosis", "C34.12 malignant neoplasm of upper lobe, left lung"),
                  ("Request", "Stereotactic body radiation therapy (SBRT), left upper lobe, 5 fractions"),
                  ("Decision", "APPROVED"), ("Valid", "11/18/2026 through 02/16/2027")]),
        RuledTable([("Code", "Description", "Units approved"), ("77263", "Treatment planning, complex", "1"),
                    ("77295", "3-D simulation-aided planning", "1"), ("77338", "MLC device, IMRT", "1"),
                    ("77373", "SBRT delivery, per fraction", "5"), ("77435", "SBRT management, per course", "1")]),
        P("This approval is based on the clinical information submitted on 11/12/2026 (CT chest, PET-CT and biopsy "
          "report, physician letter). Approval is not a guarantee of payment; benefits are subject to eligibility on the "
          "date of service. If the treatment plan changes (for example, number of fractions or technique), a new request "
          "is required."),
        P("Questions: Radiation Oncology Program, 555-0100, option 3."),
        P("Reviewer: M. Okonjo-Fairley, RN, for the Medical Director"),
    ]], opts=dict(header=[_c], page_numbers=None))])


CORPUS = Corpus("blind_corpus66", "tests/blind_corpus66", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
