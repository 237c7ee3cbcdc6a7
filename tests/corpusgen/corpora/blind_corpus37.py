"""Thirty-seventh blind corpus, ``tests/blind_corpus37/`` (regenerate: ``python scripts/make_corpus.py blind_corpus37``).

Written as a HELD-OUT corpus during the sixteenth session (released for tuning in the twenty-first): twenty courses as a coding office receives them from other
clinics, about half system printouts (plan reports, record-and-verify summaries, prescriptions, physics checks,
EHR key: value and table exports) and half dictated letters, procedure notes and bundles of 3-4 documents in
which lesion names and sometimes the plan change between consultation and delivery. Nine cranial courses
(cobalt-60 frame and mask, gantry linac, robotic-arm linac; 1-12 lesions; a cavity, an AVM, a pituitary
adenoma, a schwannoma; one five-fraction course), three spine, five body SBRT and three hard negatives. Every
clinic and system is invented. Three charts contradict themselves (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (exports and printouts are deliberately one long line per record)

from __future__ import annotations

from pdfmaker import ColumnBreak, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["AUGUSTINA", "BERTRAND", "CLEMENTINE", "DESMOND", "EULALIA", "FERDINAND", "GRISELDA", "HUMPHREY",
         "IMOGEN", "JEROME", "KATHARINA", "LAZARUS", "MELISANDE", "NORBERT", "OPHELIA", "PERCIVAL", "ROSALIND",
         "SILVESTER", "THEODORA", "URBAN"]


def patient(n: int) -> str:
    return f"THIRTYSEVENPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-370{n:02d}"


def banner(clinic: str, system: str, n: int, printed: str) -> list[str]:
    return [f"{clinic} | {system}", f"{patient(n)}  MRN {mrn(n)}  printed {printed}"]


def letterhead(clinic: str, n: int) -> list[str]:
    return [clinic, f"Re: {patient(n)}   MRN {mrn(n)}"]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# b37_01 -- bundle: dictated consult (three mets), frame placement note, cobalt treatment summary (four treated) ----
_c = "KESTREL HOLLOW NEUROSCIENCE INSTITUTE"
add(name="b37_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right frontal", "cranial", S, 20, 1), L("left parietal", "cranial", S, 20, 1),
             L("right cerebellar", "cranial", S, 18, 1), L("left temporal pole (new)", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Plan changed between consult and delivery: the dictated consult (numbers in words) proposes "
          "radiosurgery for three metastases; the stereotactic MRI on the day shows a fourth (left temporal "
          "pole, 4 mm), added and treated. Frame placement note (four pins, local anaesthetic); cobalt "
          "treatment summary lists four targets 20/20/18/20 Gy at 50%, frame co-ordinate check. Lesion names "
          "change between documents (Lesion A/B/C in the consult).",
    docs=[
        Doc("1_consult.txt", text=f"""
KESTREL HOLLOW NEUROSCIENCE INSTITUTE - RADIOSURGERY CLINIC
Dictated: 03/02/2026  Transcribed: 03/03/2026 (job 55812, voice file 00:07:41)

RE: {patient(1)}   MRN {mrn(1)}   DOB 06/17/1961

Dear Dr. Pellworth,

Thank you for sending Mrs. Thirtysevenpatient, a sixty-four-year-old woman with non-small cell lung cancer, EGFR exon nineteen, now with intracranial disease. Her contrast MRI of February twenty-sixth shows three enhancing lesions: lesion A in the right frontal lobe measuring one point one centimetres, lesion B in the left parietal lobe at nine millimetres, and lesion C in the right cerebellar hemisphere at one point six centimetres. There is mild vasogenic oedema around lesion C. She has no focal deficit, KPS ninety.

We talked about whole brain radiotherapy versus radiosurgery and she prefers radiosurgery. My plan is single-session radiosurgery on the cobalt unit under a head frame, twenty Gray to lesions A and B and eighteen Gray to lesion C, with a fine-cut stereotactic MRI on the morning of treatment. If the stereotactic MRI shows further small lesions we would treat them at the same sitting.

With kind regards,
Anouk Feldspar-Ruiz, MD, Radiation Oncology
{FOOT}
"""),
        Doc("2_frame_note.txt", text=f"""
PROCEDURE NOTE - STEREOTACTIC HEAD FRAME APPLICATION
Patient: {patient(1)}   MRN: {mrn(1)}   Date: 03/11/2026

Pre-procedure: consent confirmed, time-out performed 06:48. Lorazepam 1 mg orally.
Procedure: local anaesthetic at four pin sites (lidocaine 1% with bupivacaine). Stereotactic head frame applied, slightly shifted to the right to include the cerebellar target. Pins tightened in diagonal pairs. No complications.
Imaging: stereotactic MRI with fiducial box (T1 post-contrast 1 mm axial, T2) 07:30; stereotactic CT 1 mm 07:55 for skull definition.
Finding on stereotactic MRI: a further 4 mm enhancing focus at the left temporal pole, not seen on the prior study; discussed with the patient in the holding area, who agreed to include it.

Hollis Vantongeren, MD, Neurosurgery   03/11/2026 08:20
{FOOT}
"""),
        Doc("3_treatment_summary.pdf", [[
            H1("Radiosurgery Treatment Summary"),
            KeyValue([("Treatment date", "03/11/2026"), ("Unit", "multi-source cobalt-60 radiosurgery unit, 192 sources"),
                      ("Planning system", "TALONPLAN 9.1"), ("Fixation", "stereotactic head frame"),
                      ("Imaging", "stereotactic MRI + CT, co-registered")]),
            RuledTable([("#", "Target", "Volume (cc)", "Marginal dose (Gy)", "Isodose (%)", "Shots", "Treatment time (min)"),
                        ("1", "R frontal", "0.61", "20.0", "50", "3", "14.2"),
                        ("2", "L parietal", "0.33", "20.0", "50", "2", "9.8"),
                        ("3", "R cerebellar", "1.84", "18.0", "50", "6", "22.5"),
                        ("4", "L temporal pole", "0.04", "20.0", "50", "1", "4.1")]),
            P("Frame co-ordinates verified on the couch before delivery (deviation 0.2 mm). All four targets treated in one "
              "session, 10:05-11:02, no interruption. Frame removed at 11:15, pin sites dressed. Follow-up MRI in two months."),
            sig("Anouk Feldspar-Ruiz, MD 03/11/2026 11:40"),
            sig("Hollis Vantongeren, MD 03/11/2026 11:52"),
        ]], opts=dict(header=banner(_c, "TALONPLAN treatment record", 1, "03/11/2026 11:55"))),
    ])

# b37_02 -- pdf: record-and-verify summary, cobalt unit with mask, 25 Gy / 5 to a 4.1 cm metastasis --------------
_c, _s = "MARROWDEAN CANCER PAVILION", "LEDGERLINE R&V 4"
add(name="b37_02", kind="pdf", codes=["77371", "77435", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 5, ["MRI"], ["mask"]),
    lesions=[L("PTV_Rpar right parietal metastasis", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Record-and-verify summary of a five-fraction course on a mask-capable cobalt unit: one 4.1 cm right "
          "parietal metastasis (complex by size) 500 cGy x 5 = 2500 cGy, thermoplastic mask with infrared motion "
          "monitoring, cone-beam CT before every fraction. Planning MRI only (the CT row reads 'CBCT used as "
          "stereotactic reference'). Per-fraction rows in cGy, cumulative column. Claimed 77371 (single-session "
          "cobalt) is wrong for a five-fraction course.",
    docs=[Doc("b37_02.pdf", [[
        H1("Course Treatment Summary"),
        TextTable([("Course", "Intent", "Technique", "Status"),
                   ("C1 BRAIN", "palliative", "fractionated stereotactic radiosurgery", "Complete")],
                  columns=[0, 90, 170, 400]),
        KeyValue([("Delivery unit", "cobalt-60 multi-source unit (mask-capable model)"),
                  ("Immobilisation", "open-face thermoplastic mask, head cushion; infrared nose marker motion monitoring"),
                  ("Planning imaging", "MRI brain T1 post-gadolinium 1 mm and FLAIR, 04/20/2026"),
                  ("Planning CT", "none - CBCT used as stereotactic reference"),
                  ("Target", "PTV_Rpar, right parietal metastasis, 4.1 x 3.6 x 3.3 cm, 22.7 cc"),
                  ("Prescription", "2500 cGy in 5 fractions of 500 cGy, 50% isodose")]),
        H2("Treatment history"),
        RuledTable([("Date", "Fx", "Pre-tx CBCT (mm)", "Dose/fx (cGy)", "Cumulative (cGy)", "Beam-on (min)", "Therapist"),
                    ("04/27/2026", "1", "0.5", "500", "500", "38.6", "KL / MB"),
                    ("04/28/2026", "2", "0.3", "500", "1000", "39.9", "KL / MB"),
                    ("04/29/2026", "3", "0.6", "500", "1500", "41.0", "TW / MB"),
                    ("04/30/2026", "4", "0.4", "500", "2000", "41.7", "KL / TW"),
                    ("05/01/2026", "5", "0.4", "500", "2500", "42.5", "KL / MB")]),
        P("Course completed 05/01/2026: PTV_Rpar 2500 cGy / 5 fractions. Motion threshold 1.5 mm never exceeded."),
        P("Diagnosis: C79.31 secondary malignant neoplasm of brain (renal cell carcinoma)."),
        sig("Ottoline Brack-Hesketh, MD 05/01/2026 16:20"),
    ]], opts=dict(header=banner(_c, _s, 2, "05/01/2026 16:31"), font="Helvetica"))])

# b37_03 -- pdf: linac plan report, resection cavity + intact metastasis, one session ---------------------------
_c, _s = "SOUTHWOLD VALLEY RADIATION CENTRE", "CAIRNPLAN Plan Report"
add(name="b37_03", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("Cavity_Lcereb left cerebellar resection cavity", "cranial", S, 16, 1),
             L("Met_Rocc right occipital", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Plan report of a gantry linac (6 MV FFF, HD-MLC) single-isocentre plan: left cerebellar resection "
          "cavity (2.9 cm) 16 Gy and an intact right occipital metastasis 20 Gy, one session, frameless mask with "
          "surface guidance, CBCT. Columns: Rx, D98, Dmax, V12 brain; isocentre row is not a target. Delivery "
          "recorded at the bottom.",
    docs=[Doc("b37_03.pdf", [[
        H1("PLAN REPORT - SRS_2TGT_v2 (APPROVED)"),
        KeyValue([("Machine", "6 MV FFF gantry linear accelerator, 2.5 mm leaf MLC"),
                  ("Technique", "single isocentre, 4 non-coplanar VMAT arcs"),
                  ("Immobilisation", "frameless thermoplastic SRS mask with bite block; optical surface monitoring"),
                  ("Image sets", "planning CT 1 mm (04/02/2026); MRI T1 MPRAGE post-contrast 1 mm (04/01/2026), rigid fusion"),
                  ("Isocentre", "ISO1 (x 2.1, y -31.4, z -6.0 cm)")]),
        RuledTable([("Target", "Diameter (cm)", "Rx (Gy)", "Fx", "D98 (Gy)", "Dmax (Gy)", "Rx isodose"),
                    ("Cavity_Lcereb", "2.9", "16.0", "1", "16.2", "20.4", "78%"),
                    ("Met_Rocc", "1.2", "20.0", "1", "20.3", "25.8", "77%")]),
        RuledTable([("Organ", "Metric", "Value", "Limit"),
                    ("Brainstem", "Dmax", "10.1 Gy", "15 Gy"),
                    ("Brain - GTVs", "V12", "6.3 cc", "10 cc"),
                    ("Optic chiasm", "Dmax", "1.1 Gy", "8 Gy")]),
        P("Physics second check: independent MU calculation within 1.4% on all arcs; portal dosimetry gamma 2%/1 mm 97.9%."),
        H2("Delivery"),
        P("04/08/2026: CBCT match 0.4 mm / 0.3 deg, surface monitoring within 1 mm during all arcs. Both targets treated, "
          "Cavity_Lcereb 16 Gy and Met_Rocc 20 Gy, 1 fraction. Plan and delivery reviewed."),
        sig("Marisol Quennell, MD 04/08/2026"),
    ]], opts=dict(header=banner(_c, _s, 3, "04/08/2026 14:10")))])

# b37_04 -- txt: dictated procedure note, robotic linac, vestibular schwannoma 12 Gy, 61796 claimed wrongly --------
add(name="b37_04", kind="ehr_text", codes=["77372", "77432", "61796"],
    facts=F("robotic_linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    notes="Dictated radiosurgery procedure note: left vestibular schwannoma (Koos II, 1.7 cm, complex by tumour "
          "type) 12 Gy to the 80% isodose in one session on a robotic-arm linac with skull tracking, mask; CT and "
          "MRI (CISS) planning. Numbers partly in words. Claimed 61796 (simple) is wrong for a schwannoma.",
    docs=[Doc("b37_04.txt", text=f"""
GREYFRIARS WHARF RADIOSURGERY - PROCEDURE NOTE (dictated)
Patient: {patient(4)}    MRN: {mrn(4)}    DOB: 01/30/1957
Date of service: 05/19/2026    Dictated by: Idris Kovalenko-Marsh, MD    Transcribed 05/19/2026 by VoxScribe

PROCEDURE: Stereotactic radiosurgery, left vestibular schwannoma, single fraction.

INDICATION: Sixty-nine-year-old man with progressive left-sided hearing loss and tinnitus. MRI shows a left vestibular schwannoma, Koos grade two, one point seven centimetres in greatest dimension, grown two millimetres over eighteen months. He chose radiosurgery over microsurgery.

PREPARATION: A thermoplastic face mask was made on May twelfth. Thin-slice planning CT with contrast, one millimetre, and MRI with CISS and post-contrast T1 sequences were obtained the same day and fused. The tumour, cochlea, facial nerve course and brainstem were contoured by me and by Dr. Osterhagen of neurosurgery.

PLAN: Robotic-arm mounted six MV linac, fixed circular collimators, one hundred and sixty-two non-isocentric beams. Prescription twelve Gray to the eighty percent isodose line in one fraction. Cochlear mean dose three point eight Gray. Brainstem maximum eleven point two Gray. Plan checked by physics, independent calculation agreement one point one percent.

PROCEDURE: The patient was positioned supine in the mask. Skull tracking with paired orthogonal kV images every thirty to sixty seconds, translations and rotations corrected automatically, all within half a millimetre. Total treatment time fifty-eight minutes. Twelve Gray was delivered to the left vestibular schwannoma as planned.

He tolerated it without nausea or headache and went home with his wife. Audiogram and MRI in six months.

Idris Kovalenko-Marsh, MD, Radiation Oncology
{FOOT}
""")])

# b37_05 -- ehr_text: pipe table export, 12 metastases on a gantry linac, one in the pons -------------------------
_rows5 = [("1", "R frontal pole", "0.6", "20"), ("2", "R frontal, precentral", "0.9", "20"),
          ("3", "L frontal, SFG", "0.4", "20"), ("4", "L caudate head", "0.5", "20"),
          ("5", "R parietal", "1.3", "20"), ("6", "L parietal", "0.8", "20"),
          ("7", "R occipital", "0.7", "20"), ("8", "L temporal", "1.1", "20"),
          ("9", "L insula", "0.3", "20"), ("10", "R cerebellum", "1.6", "18"),
          ("11", "L cerebellum", "0.5", "20"), ("12", "pons, left paramedian", "0.4", "16")]
_t5 = "\n".join(f"TGT|{n}|PTV{n.zfill(2)}|{loc}|{d}|{rx}00|1|done" for n, loc, d, rx in _rows5)
add(name="b37_05", kind="ehr_text", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 12, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L(f"PTV{n.zfill(2)} {loc}", "cranial", C if "pons" in loc else S, int(rx), 1) for n, loc, d, rx in _rows5],
    categories=cats(),
    notes="Pipe-separated EHR table export: twelve metastases in one single-isocentre linac session (mask, CBCT "
          "and surface guidance); doses in cGy per row (2000 cGy x 10, 1800 cGy right cerebellum, 1600 cGy to a "
          "pontine lesion, complex by brainstem location). Mixed set: 61798 primary + 61797 for the rest "
          "(units capped by the payer, not by the gold).",
    docs=[Doc("b37_05.txt", text=f"""
##HEADER|site=ORCHARD LEY ONCOLOGY|system=PELICAN-EHR flowsheet export|generated=2026-06-03T09:14|pt={patient(5)}|mrn={mrn(5)}|dob=1966-09-05
##COURSE|id=BRAIN_SRS_1|modality=6X-FFF gantry linac|technique=single-isocentre multi-target SRS (dynamic conformal arcs x5)|status=Completed|fractions_delivered=1
##SIM|date=2026-05-26|planning_ct=1.0 mm, head in open-face SRS mask|mri=3T T1 post-gadolinium 1 mm + FLAIR (2026-05-25), fused
##IMMOB|device=open-face thermoplastic SRS mask|monitoring=surface camera, 1 mm / 1 deg beam-hold threshold
##TGT|no|structure|location|max_diam_cm|rx_cGy|fx|status
{_t5}
##OAR|Brainstem (excl. PTV12)|Dmax 1420 cGy|D0.03cc 1310 cGy
##OAR|Brain-GTVs|V12Gy 9.4 cc
##QA|patient-specific QA 2026-05-29|ion chamber -0.9%|film gamma 3%/1mm 96.8%
##TX|date=2026-06-02|CBCT 6DoF match: 0.5 mm, 0.4 deg|intrafraction surface motion max 0.6 mm|beam-on 31 min|all 12 targets treated
##SIGN|Rx and course completion|Dagny Oyelaran-Whitfield MD|2026-06-02 17:45
##FOOTER|{FOOT}
""")])

# b37_06 -- pdf (scanned 150 dpi): dictated frame-based linac radiosurgery of an AVM with angiography ------------
_c = "BEACONSFIELD NORTH HOSPITAL - NEUROSURGERY"
add(name="b37_06", kind="scan", codes=["77372", "77432", "61798", "61800"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI", "angiography"], ["frame"]),
    lesions=[L("right parietal arteriovenous malformation", "cranial", C, 18, 1)],
    categories=cats(),
    notes="Scanned (150 dpi, Courier) dictated operative-style note: right parietal AVM nidus 2.4 cm (Spetzler-"
          "Martin II, complex by type) treated with cone-based arcs on a gantry linac under a stereotactic head "
          "frame, 18 Gy to the 80% isodose in one session; stereotactic angiography, CT and MRI. Frame co-ordinate "
          "check and kV verification before the arcs.",
    docs=[Doc("b37_06.pdf", [[
        H1("OPERATIVE NOTE - STEREOTACTIC RADIOSURGERY"),
        P(f"Patient {patient(6)}, MRN {mrn(6)}. Date of operation 07/07/2026. Surgeon: Leopold Achterberg, MD. "
          "Radiation oncologist: Sunniva Mbeki-Lorne, MD. Anaesthesia: local with intravenous sedation."),
        P("Preoperative diagnosis: unruptured right parietal arteriovenous malformation, Spetzler-Martin grade two, "
          "nidus two point four centimetres. Postoperative diagnosis: same."),
        P("Description: after time-out, the stereotactic head frame was fixed with four pins under local anaesthetic. "
          "The patient went to the angiography suite where biplanar stereotactic digital subtraction angiography was "
          "performed through a right femoral sheath, then to CT (one millimetre, contrast) and MRI (T1 post-contrast "
          "and time-of-flight). The nidus was outlined on the angiogram and the MRI together, excluding the draining vein."),
        P("Plan: gantry linac with stereotactic cones, seven non-coplanar arcs, 7.5 and 10 mm cones, two isocentres. "
          "Eighteen Gray prescribed to the eighty percent isodose line, single fraction. V12 of normal brain 7.1 cc."),
        P("Treatment: frame mounted to the couch bracket; target positioner co-ordinates checked against the plan "
          "by two physicists; orthogonal kV pair matched within 0.5 mm. All arcs delivered, 18 Gy to the AVM nidus. "
          "Frame removed, pin sites clean. Discharged the same afternoon."),
        P("Follow-up MRI at six and twelve months, angiography at three years."),
        sig("Leopold Achterberg, MD 07/07/2026"),
    ]], opts=dict(header=letterhead(_c, 6), scan=True, scan_dpi=150, font="Courier"))])

# b37_07 -- pdf: robotic linac R&V key: value summary, two metastases in one session, G0339 --------------------
_c, _s = "TIDEWATER CROSS CANCER CARE", "ARCHWAY Treatment Record"
add(name="b37_07", kind="pdf", codes=["G0339", "77432", "61796", "61797"],
    facts=F("robotic_linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("L frontal met", "cranial", S, 21, 1), L("R thalamic met", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Key: value record-and-verify summary of a robotic-arm linac session (hospital outpatient, G0339): left "
          "frontal metastasis 21 Gy and right thalamic metastasis 18 Gy (thalamus is not brainstem: simple), "
          "skull tracking, mask; CT + MRI. Delivered dose per target and beam counts.",
    docs=[Doc("b37_07.pdf", [[
        H1("TREATMENT RECORD SUMMARY"),
        KeyValue([("Course", "1 - Brain SRS"), ("Unit", "robotic-arm 6 MV linac, Iris-type variable aperture collimator"),
                  ("Tracking", "6D skull tracking, kV image pairs every 45 s"),
                  ("Immobilisation", "thermoplastic head mask"),
                  ("Planning images", "CT 1.25 mm 08/10/2026; MRI T1+C 1 mm 08/10/2026 (fused)"),
                  ("Plan", "BRN2_CK_v1, sequential optimisation, 188 beams, 112 nodes"),
                  ("Session date", "08/14/2026"), ("Session", "1 of 1"), ("Session status", "Completed"),
                  ("Tracking corrections", "max 0.7 mm / 0.5 deg")], bold_labels=True),
        RuledTable([("Target", "Max dim (cm)", "Prescribed (Gy)", "Isodose", "Delivered (Gy)", "Beams"),
                    ("L frontal met", "1.8", "21", "78%", "21", "104"),
                    ("R thalamic met", "0.9", "18", "80%", "18", "84")]),
        P("Both targets fully delivered in a single session of 64 minutes. No interruptions."),
        sig("Bartholomew Iheanacho, MD 08/14/2026 15:02"),
        sig("Felicity Sundqvist, MS, physicist 08/14/2026 15:10"),
    ]], opts=dict(header=banner(_c, _s, 7, "08/14/2026 15:12")))])

# b37_08 -- bundle: pituitary adenoma on the cobalt unit under frame; letter says 15 Gy, plan and record 14 Gy ----
_c = "HARTSHORNE PITUITARY & SKULL BASE CENTRE"
add(name="b37_08", kind="bundle", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["MRI"], ["frame"]),
    lesions=[L("residual non-functioning pituitary adenoma (right cavernous sinus)", "cranial", C, 14, 1)],
    categories=cats(),
    contradiction="The completion letter to the endocrinologist says the residual adenoma received fifteen Gray; the "
                  "plan report and the session record both give a 14 Gy marginal dose (gold: 14 Gy).",
    notes="Residual non-functioning pituitary adenoma in the right cavernous sinus after transsphenoidal surgery "
          "(complex by type and location), 3.1 mm from the optic chiasm, 14 Gy to the 50% isodose on the cobalt "
          "unit under frame, stereotactic MRI only (CT not needed, 'skull scaling with the bubble helmet'). "
          "Bundle: plan report printout, session record, letter to the endocrinologist (self-contradicting dose).",
    docs=[
        Doc("1_plan_report.pdf", [[
            H1("Plan Report - PIT_RES_01"),
            KeyValue([("Fixation", "stereotactic head frame, 4 pins, applied 09/03/2026 07:05"),
                      ("Imaging", "stereotactic MRI 09/03/2026 (T1 post-contrast 1 mm coronal + axial, T2 CISS)"),
                      ("CT", "not acquired - skull measurements by scaling helmet"),
                      ("Unit", "multi-source cobalt-60 radiosurgery unit")]),
            RuledTable([("Target", "Volume [cc]", "Marginal dose [Gy]", "Isodose [%]", "Max dose [Gy]", "Shots"),
                        ("Adenoma_res", "2.14", "14.0", "50", "28.0", "11")]),
            RuledTable([("Critical structure", "Distance to target", "Max dose [Gy]"),
                        ("Optic chiasm", "3.1 mm", "7.4"), ("Optic nerve R", "5.8 mm", "6.9"),
                        ("Brainstem", "9 mm", "8.2")]),
            P("Plan approved 09/03/2026 10:44 by Dr. Wetherell-Oduya (neurosurgery) and Dr. Fairbrook (radiation oncology)."),
        ]], opts=dict(header=banner(_c, "GAMUT-PLAN 4", 8, "09/03/2026 10:46"))),
        Doc("2_session_record.txt", text=f"""
HARTSHORNE PITUITARY & SKULL BASE CENTRE -- SESSION RECORD
{patient(8)}  {mrn(8)}  09/03/2026

frame check (co-ordinate test tool): passed, max deviation 0.3 mm
run 1  shots 1-11  planned 47.3 min  delivered 47.3 min
target Adenoma_res  marginal dose delivered 14.0 Gy (50%)  status TREATED
frame off 12:05
physicist: W. Ngata-Holm   nurse: E. Pryce
{FOOT}
"""),
        Doc("3_letter.txt", text=f"""
Dr. Maren Velasquez-Tate
Endocrinology, Ferncliffe Clinic

09/10/2026

Dear Maren,

Re: {patient(8)}, MRN {mrn(8)}

I am writing to let you know that your patient underwent single-session gamma radiosurgery on the third of September for the residual non-functioning pituitary adenoma in the right cavernous sinus. Under a head frame, and with stereotactic MRI, we gave fifteen Gray to the margin of the residual tumour, keeping the optic chiasm below eight Gray. She went home the same day.

Please continue yearly pituitary hormone testing; we will repeat the MRI in twelve months, and visual fields in six.

Yours sincerely,
Rupert Fairbrook, FRCR, Clinical Oncologist
{FOOT}
"""),
    ])

# b37_09 -- bundle: consult six lesions, one judged a vessel on the day; linac, five treated, one 3.6 cm; rotated page
_c = "LINDENMERE REGIONAL CANCER INSTITUTE"
add(name="b37_09", kind="bundle", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 5, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("Target 1 left frontal (3.6 cm)", "cranial", C, 15, 1), L("Target 2 right parietal", "cranial", S, 20, 1),
             L("Target 3 right occipital", "cranial", S, 20, 1), L("Target 4 left cerebellar", "cranial", S, 18, 1),
             L("Target 5 right temporal", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Consult dictation counts six lesions; on the planning MRI the sixth (a 2 mm left insular dot) proves to be "
          "a cortical vein and is not treated. Five treated in one linac session: a 3.6 cm left frontal lesion 15 "
          "Gy (complex by size) and four others 20/20/18/20 Gy. The plan table page is stored rotated 90 degrees "
          "(landscape printout). Mask, CT + MRI, CBCT.",
    docs=[
        Doc("1_consult.txt", text=f"""
LINDENMERE REGIONAL CANCER INSTITUTE
RADIATION ONCOLOGY CONSULTATION (dictated 10/05/2026)
{patient(9)} / {mrn(9)} / DOB 12/12/1954

History: seventy-one year old man, melanoma of the back 2023, on immunotherapy. Headaches for three weeks. MRI 10/01/2026 shows six enhancing lesions - the largest in the left frontal lobe, three point six centimetres with mass effect but no midline shift; others right parietal, right occipital, left cerebellar, right temporal, and a tiny two millimetre focus in the left insula that may be vascular.

Impression and plan: six possible brain metastases. Neurosurgery declined resection of the frontal lesion. I recommend single-session radiosurgery to all lesions, fifteen Gray to the large frontal lesion and eighteen to twenty Gray to the others, with the insular focus to be reviewed on the thin-slice planning MRI. Dexamethasone four milligrams twice a day in the meantime.

Tiberius Okonjo-Hale, MD
{FOOT}
"""),
        Doc("2_plan_and_delivery.pdf", [[
            H1("Multi-target SRS - plan approval and delivery record"),
            KeyValue([("Simulation", "10/09/2026 CT 1 mm in frameless SRS mask; MRI 3T post-contrast 1 mm 10/08/2026"),
                      ("Insular focus", "reviewed on the 1 mm MRI with the neuroradiologist: cortical vein, not a target"),
                      ("Unit", "6 MV FFF gantry linac, 5 mm MLC, couch with 6 degrees of freedom")]),
            P("The target table is printed on the next page (landscape)."),
        ], [
            H2("Target table"),
            RuledTable([("Target", "Location", "Max diameter", "Dose", "Fractions", "Arcs", "MU", "Coverage", "Delivered 10/14/2026"),
                        ("Target 1", "L frontal", "3.6 cm", "15 Gy", "1", "4", "5210", "98.1%", "yes"),
                        ("Target 2", "R parietal", "1.0 cm", "20 Gy", "1", "shared", "-", "99.4%", "yes"),
                        ("Target 3", "R occipital", "0.8 cm", "20 Gy", "1", "shared", "-", "99.0%", "yes"),
                        ("Target 4", "L cerebellar", "1.5 cm", "18 Gy", "1", "shared", "-", "98.7%", "yes"),
                        ("Target 5", "R temporal", "0.6 cm", "20 Gy", "1", "shared", "-", "99.8%", "yes")]),
            P("Delivery 10/14/2026: CBCT before arcs 1 and 3, shifts below 0.5 mm. Single session, all five targets treated."),
            sig("Tiberius Okonjo-Hale, MD 10/14/2026"),
        ]], opts=dict(header=banner(_c, "NIMBUS-RT", 9, "10/14/2026 16:40"), rotate={2: 90})),
        Doc("3_completion.txt", text=f"""
COMPLETION NOTE {patient(9)} {mrn(9)} 10/14/2026
Five brain metastases treated today with radiosurgery in a single sitting: left frontal 15 Gy, right parietal 20 Gy, right occipital 20 Gy, left cerebellar 18 Gy, right temporal 20 Gy. The left insular finding was a vein and was not treated. Taper dexamethasone over one week. MRI in six weeks.
T. Okonjo-Hale, MD
{FOOT}
"""),
    ])


# ==================================================================================================
# Spine
# ==================================================================================================

# b37_10 -- bundle: post-operative T7 spine SBRT, prescription printout + physics second check ---------------------
_c = "WHINMOOR SPINE & ONCOLOGY CENTRE"
add(name="b37_10", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T7 post-operative (separation surgery) CTV", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Post-operative spine SBRT after T7 separation surgery and posterior instrumentation T5-T9: 24 Gy in 2 "
          "fractions to the T7 post-operative CTV, vacuum cushion, CT (with post-op CT myelogram) and MRI fused, "
          "CBCT each fraction. Prescription printout with a signature block and a physics second-check form "
          "showing the treated fractions, and a dictated completion visit.",
    docs=[
        Doc("1_prescription.pdf", [[
            H1("Radiation Prescription"),
            RuledTable([("Field", "Entry"),
                        ("Site", "Spine - T7 (post-operative)"),
                        ("Diagnosis", "C79.51 metastatic renal cell carcinoma to T7, s/p separation surgery 06/22/2026"),
                        ("Technique", "SBRT, VMAT, 2 arcs, 6 MV FFF gantry linac"),
                        ("Target", "CTV_T7_postop / PTV_T7 (2 mm)"),
                        ("Dose", "1200 cGy x 2 fractions = 2400 cGy"),
                        ("Schedule", "twice a week, fractions 48 h apart"),
                        ("Constraints", "spinal cord PRV Dmax 1700 cGy; esophagus D5cc < 1800 cGy"),
                        ("Imaging for planning", "CT myelogram 07/14/2026 1 mm; MRI T1/T2 07/13/2026, fused"),
                        ("Immobilisation", "full-body vacuum cushion, arms at sides"),
                        ("IGRT", "CBCT before each fraction, 6DoF couch")]),
            sig("Cosima Radulescu-Finch, MD 07/16/2026"),
        ]], opts=dict(header=banner(_c, "OPALRX", 10, "07/16/2026 09:02"))),
        Doc("2_physics_check.pdf", [[
            H1("SBRT physics second check and treatment log"),
            KeyValue([("Plan", "T7_SBRT_v3"), ("Independent MU check", "within 1.6%"), ("PSQA", "gamma 2%/2 mm 98.4%"),
                      ("Hardware in field", "titanium rods/screws; CT artefact override checked")]),
            TextTable([("Fraction", "Date", "CBCT shift", "Dose (cGy)", "Total (cGy)", "Physicist"),
                       ("1", "07/21/2026", "1.1 mm", "1200", "1200", "JH"),
                       ("2", "07/23/2026", "0.7 mm", "1200", "2400", "JH")], columns=[0, 60, 140, 220, 300, 380]),
            P("Course complete 07/23/2026: T7 post-operative target 2400 cGy in 2 fractions."),
            sig("Jorund Hallvardsen, MS 07/23/2026"),
        ]], opts=dict(header=banner(_c, "OPALRX physics", 10, "07/23/2026 13:30"))),
        Doc("3_visit_note.txt", text=f"""
WHINMOOR SPINE & ONCOLOGY CENTRE - ON-TREATMENT / COMPLETION VISIT (dictated 07/23/2026)
{patient(10)}, {mrn(10)}

Seen after his second and final fraction today. Back pain down from seven out of ten to three; wound well healed, no neurological change. Dexamethasone two milligrams for three days for flare prophylaxis, then stop. He has now had the full twenty-four Gray in two fractions to the T seven post-operative bed. Back to Dr. Mwangi-Forsberg for systemic therapy; MRI thoracic spine in three months.

Cosima Radulescu-Finch, MD
{FOOT}
"""),
    ])

# b37_11 -- txt: dictated letter, robotic linac, one target spanning L2-L3, 63621 claimed wrongly -----------------
add(name="b37_11", kind="ehr_text", codes=["G0339", "G0340", "77435", "63620", "63621"],
    facts=F("robotic_linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L2-L3 contiguous vertebral target", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Letter to the referring oncologist: metastatic prostate cancer involving L2 and L3 contiguously, "
          "planned and treated as ONE target (single PTV spanning L2-L3), 27 Gy in 3 fractions on a robotic-arm "
          "linac with spine tracking (no fiducials), vacuum bag; CT + MRI. Claimed 63621 (second spinal lesion) is "
          "wrong: one lesion.",
    docs=[Doc("b37_11.txt", text=f"""
OAKENSHAW ROBOTIC RADIOSURGERY SERVICE
1 Quarry Lane, Oakenshaw

11/20/2026

Dr. Hamish Ballantyne-Oru
Medical Oncology, Riverside Practice

Dear Hamish,

RE: {patient(11)}   MRN {mrn(11)}   DOB 02/08/1950

Thank you for asking me to see Mr. Thirtysevenpatient about the painful lumbar disease from his castration-resistant prostate cancer. His MRI on the third of November shows tumour in the L2 and L3 vertebral bodies that runs continuously across the L2-3 disc into both bodies and the left pedicle of L3, with epidural extension (Bilsky 1b) but no cord or cauda equina compression. Because the disease is contiguous we contoured it as a single target from the top of L2 to the bottom of L3, one PTV, rather than two separate lesions.

He had a planning CT on the ninth of November lying in a full-length vacuum bag, fused with the MRI. We treated on our robotic-arm linac with spine tracking, which uses the vertebral anatomy itself, so no fiducials were needed. The prescription was twenty-seven Gray in three fractions of nine Gray, and he received all three on the sixteenth, eighteenth and twentieth of November. Tracking corrections stayed under one millimetre. The cauda equina maximum was eighteen point four Gray.

He tolerated treatment well apart from mild nausea after the second fraction. I will see him in six weeks with a repeat MRI at three months.

Yours sincerely,

Esmeralda Thorvaldsen, MD
Radiation Oncology
{FOOT}
""")])

# b37_12 -- bundle: C5 re-irradiation, 20 Gy / 5; scanned R&V page; completion note says four fractions -----------
_c = "PENHALLOW COUNTY HOSPITAL - RADIOTHERAPY"
add(name="b37_12", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("C5 vertebral body (re-irradiation)", "spinal", None, 20, 5)],
    categories=cats(),
    contradiction="The completion note says the C5 re-irradiation was given 'in four fractions', but the prescription "
                  "and the scanned treatment record show five fractions of 400 cGy, 2000 cGy in total (gold: 5 fractions).",
    notes="Re-irradiation of C5 (prior 30 Gy / 10 conventional in 2024, listed in the consult) with SBRT 20 Gy in 5 "
          "fractions on a gantry linac; head-neck-shoulder thermoplastic mask, CT + MRI, CBCT daily. Bundle: "
          "dictated consult, scanned treatment record (175 dpi), completion note with a wrong fraction count.",
    docs=[
        Doc("1_consult.txt", text=f"""
PENHALLOW COUNTY HOSPITAL - RADIOTHERAPY OUTPATIENTS
Consultation, dictated 01/12/2026, typed 01/13/2026
{patient(12)}  {mrn(12)}  DOB 04/25/1958

Fifty-seven-year-old woman with metastatic breast cancer. In March 2024 she had thirty Gray in ten fractions to C4-C6 for a painful C5 metastasis at another hospital. New neck pain since November; MRI of the cervical spine on the eighth of January shows progression in the C5 body with early epidural disease, cord not compressed. Spinal cord cumulative dose was reviewed with physics.

Recommendation: stereotactic re-irradiation of C5 only, twenty Gray in five fractions, using a head, neck and shoulder mask, with planning CT and MRI fusion. Risks discussed, including myelopathy and vertebral fracture. She wishes to go ahead.

Aurelio Banerjee-Stroud, MD
{FOOT}
"""),
        Doc("2_treatment_record.pdf", [[
            H1("TREATMENT RECORD - SPINE SBRT (RE-TREATMENT)"),
            KeyValue([("Prescription", "C5 PTV 400 cGy x 5 = 2000 cGy, 6 MV FFF, 2 VMAT arcs"),
                      ("Set-up", "5-point head, neck and shoulder thermoplastic mask; planning CT 01/19/2026 with MRI fusion"),
                      ("Prior dose", "3000 cGy / 10 fractions C4-C6, 03/2024 (other hospital)")]),
            RuledTable([("Fx", "Date", "CBCT", "Dose cGy", "Cum. cGy", "Initials"),
                        ("1", "01/26/2026", "matched, 0.8 mm", "400", "400", "RP"),
                        ("2", "01/27/2026", "matched, 0.6 mm", "400", "800", "RP"),
                        ("3", "01/28/2026", "matched, 1.0 mm", "400", "1200", "AK"),
                        ("4", "01/29/2026", "matched, 0.5 mm", "400", "1600", "AK"),
                        ("5", "01/30/2026", "matched, 0.7 mm", "400", "2000", "RP")]),
            P("Treatment completed 01/30/2026. Total 2000 cGy to C5 PTV in 5 fractions."),
        ]], opts=dict(header=letterhead(_c, 12), scan=True, scan_dpi=175)),
        Doc("3_completion.txt", text=f"""
END OF TREATMENT NOTE  {patient(12)}  {mrn(12)}  01/30/2026
Completed stereotactic re-irradiation of C5, 20 Gy in four fractions, well tolerated, mild odynophagia managed with lidocaine mouthwash. Review in four weeks; MRI C-spine in three months.
A. Banerjee-Stroud, MD
{FOOT}
"""),
    ])


# ==================================================================================================
# Body SBRT
# ==================================================================================================

# b37_13 -- ehr_text: tab-free fixed-width R&V export, peripheral RUL lung 54 Gy / 3 ---------------------------
add(name="b37_13", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("PTV_RUL right upper lobe", "body", None, 54, 3)],
    categories=cats(),
    notes="Fixed-width record-and-verify course export: peripheral right upper lobe adenocarcinoma (T1b N0), "
          "5400 cGy in 3 fractions every other day, 4DCT with ITV and PET-CT for staging/planning fused, "
          "vacuum cushion with arms-up board, CBCT before each fraction. Doses in cGy only; a planned-but-not-"
          "used abdominal compression paddle row.",
    docs=[Doc("b37_13.txt", text=f"""
QUARRYBANK CHEST ONCOLOGY UNIT          STRATA-RV COURSE EXPORT           RUN 2026-02-20 08:02
PATIENT  {patient(13):<36} MRN {mrn(13)}   DOB 1947-03-03
-----------------------------------------------------------------------------------------------
COURSE   C1  LUNG SBRT RUL                STATUS  COMPLETED 2026-02-19
MACHINE  6X-FFF GANTRY LINAC (BAY 3)      TECHNIQUE  VMAT 2 PARTIAL ARCS
SIM      2026-02-04  4DCT 10-PHASE 2.0 MM, ITV FROM MIP + ALL PHASES
         PET-CT 2026-01-28 FDG (SUVmax 7.9) REGISTERED TO AVG-IP CT
IMMOB    VACUUM CUSHION + ARMS-UP WING BOARD, KNEE WEDGE
         ABDOMINAL COMPRESSION PADDLE: CONSIDERED, NOT USED (AMPLITUDE 6 MM)
RX       PTV_RUL   1800 cGy/FX  x 3 FX  = 5400 cGy   PRESCRIBED TO 80% ISODOSE
-----------------------------------------------------------------------------------------------
FX  DATE        PLAN          IMAGING              SHIFT(mm)  MU      DOSE(cGy)  CUM(cGy)  STATUS
1   2026-02-13  RUL_SBRT_1    CBCT (4D) APPROVED   2.1        4411    1800       1800      TREATED
2   2026-02-17  RUL_SBRT_1    CBCT (4D) APPROVED   1.4        4411    1800       3600      TREATED
3   2026-02-19  RUL_SBRT_1    CBCT (4D) APPROVED   1.7        4411    1800       5400      TREATED
-----------------------------------------------------------------------------------------------
OAR      CHEST WALL V30 11.8 cc | RIB DMAX 4120 cGy | CORD DMAX 940 cGy | LUNG V20 4.1%
QA       PRE-TX PLAN CHECK 2026-02-10 (2ND CALC -0.7%), PORTAL DOSIMETRY PASS 99.2%
APPROVED PHYSICIAN  Wendeline Achebe-Strand MD  2026-02-19 16:48
{FOOT}
""")])

# b37_14 -- bundle: liver, robotic linac with fiducials; consult 45 Gy / 3, delivered 40 Gy / 5 -----------------
_c = "FERNHOLT HEPATOBILIARY RADIOSURGERY"
add(name="b37_14", kind="bundle", codes=["G0339", "G0340", "77373", "77435"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("segment VII hepatocellular carcinoma", "body", None, 40, 5)],
    categories=cats(),
    notes="Plan changed between consult and delivery: the dictated consult proposes 45 Gy in 3 fractions to a "
          "3.2 cm segment VII HCC; after fiducial placement and planning, the colon lies close to the target and "
          "the dose is changed to 40 Gy in 5 fractions, delivered on a robotic-arm linac with fiducial and "
          "respiratory tracking, vacuum bag; triphasic CT and MRI. Bundle: consult, fiducial placement note, "
          "treatment summary.",
    docs=[
        Doc("1_consult.txt", text=f"""
FERNHOLT HEPATOBILIARY RADIOSURGERY - NEW PATIENT CONSULTATION
{patient(14)} | {mrn(14)} | seen 03/04/2026 | dictated by Casimir Oduya-Lindqvist MD

seventy-three year old man with hepatitis C cirrhosis Child-Pugh A six, a single three point two centimetre arterially enhancing lesion in segment seven, LI-RADS five, AFP forty-one. Not a resection candidate because of portal hypertension; the tumour board of February twenty-sixth recommended stereotactic body radiotherapy. I would offer forty-five Gray in three fractions with gold fiducial markers placed by interventional radiology and respiratory tracking on the robotic unit. We will get a triphasic planning CT and a liver MRI after the fiducials.
{FOOT}
"""),
        Doc("2_fiducial_note.txt", text=f"""
INTERVENTIONAL RADIOLOGY - PROCEDURE NOTE  03/12/2026
Patient {patient(14)}  MRN {mrn(14)}
Procedure: ultrasound-guided percutaneous placement of gold fiducial markers, liver segment VII.
Three 1 x 3 mm gold markers placed around the lesion, 1.5-2.5 cm apart, non-collinear. Moderate sedation (midazolam 2 mg, fentanyl 50 mcg). No bleeding on post-procedure ultrasound. Planning CT may be done from 03/19/2026.
Dr. Solveig Amadi-Crewe, IR
{FOOT}
"""),
        Doc("3_treatment_summary.pdf", [[
            H1("SBRT Treatment Summary - Liver"),
            KeyValue([("Planning imaging", "triphasic CT in vacuum bag 03/19/2026 (1.5 mm); MRI liver with gadoxetate 03/20/2026, fused"),
                      ("Fiducials", "3 gold markers (placed 03/12/2026), all tracked"),
                      ("Unit / tracking", "robotic-arm 6 MV linac; fiducial tracking with respiratory motion model"),
                      ("Immobilisation", "vacuum bag, arms at sides"),
                      ("Prescription change", "45 Gy / 3 (consult) changed to 40 Gy / 5 on 03/24/2026: colon 6 mm from PTV, colon Dmax 2 cc limit not met at 15 Gy x 3")]),
            RuledTable([("Session", "Date", "Dose (Gy)", "Running total (Gy)", "Model correlation error", "Status"),
                        ("1", "03/30/2026", "8", "8", "1.8 mm", "complete"),
                        ("2", "04/01/2026", "8", "16", "2.1 mm", "complete"),
                        ("3", "04/03/2026", "8", "24", "1.6 mm", "complete"),
                        ("4", "04/06/2026", "8", "32", "1.9 mm", "complete"),
                        ("5", "04/08/2026", "8", "40", "1.7 mm", "complete")]),
            P("Segment VII HCC: 40 Gy in 5 fractions completed 04/08/2026. Liver minus GTV mean dose 11.2 Gy."),
            sig("Casimir Oduya-Lindqvist, MD 04/08/2026"),
        ]], opts=dict(header=banner(_c, "KESTREL-CK Record", 14, "04/08/2026 17:20"))),
    ])

# b37_15 -- pdf two-column: prostate SBRT 36.25 Gy / 5 with spacer and fiducials, EHR course summary ----------------
_c, _s = "ASHBOURNE GENITOURINARY RADIATION CLINIC", "MERIDELL Course Summary"
add(name="b37_15", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate (PTV_Prostate)", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Two-column EHR course summary of prostate SBRT: favourable intermediate-risk adenocarcinoma, three gold "
          "fiducials and a hydrogel spacer placed, CT and MRI simulation fused, custom vacuum cushion for the "
          "pelvis and legs, 7.25 Gy x 5 = 36.25 Gy on alternate days with kV fiducial match and intrafraction "
          "monitoring. Left column history and set-up, right column fractions and summary.",
    docs=[Doc("b37_15.pdf", [[
        H1("Course Summary - Prostate SBRT"),
        H2("Background"),
        P("67-year-old man, Gleason 3+4=7, PSA 8.2, cT2a, favourable intermediate risk. No ADT."),
        H2("Preparation"),
        P("02/02/2026: transperineal placement of 3 gold fiducial markers and a hydrogel rectal spacer under local "
          "anaesthetic (urology)."),
        P("02/09/2026: planning CT 1.5 mm and MRI pelvis (T2, 3T) fused; comfortably full bladder, empty rectum protocol."),
        H2("Set-up"),
        P("Supine in a custom vacuum cushion moulded from the pelvis to the feet; knee and ankle positions indexed."),
        ColumnBreak(),
        H2("Prescription"),
        P("PTV_Prostate 725 cGy x 5 = 3625 cGy, alternate days. Rectum D1cc < 3600 cGy; bladder D10cc < 3700 cGy."),
        H2("Fractions"),
        TextTable([("Fx", "Date", "kV fid. match", "cGy"),
                   ("1", "02/23", "3/3 seeds", "725"), ("2", "02/25", "3/3 seeds", "725"),
                   ("3", "02/27", "3/3 seeds", "725"), ("4", "03/02", "3/3 seeds", "725"),
                   ("5", "03/04", "3/3 seeds", "725")], columns=[0, 30, 90, 180]),
        P("Intrafraction kV imaging every 20 seconds of arc; one beam hold (fx 3), re-matched 1.8 mm."),
        H2("Summary"),
        P("Completed 03/04/2026: prostate 3625 cGy in 5 fractions. Mild urinary frequency, CTCAE grade 1."),
        sig("Valdemar Cho-Ekwueme, MD 03/04/2026"),
    ]], opts=dict(header=banner(_c, _s, 15, "03/05/2026 08:15"), two_columns=True))])

# b37_16 -- bundle: kidney single-fraction SBRT 26 Gy; Rx printout + physics check; 77432 claimed wrongly ---------
_c = "BRACKENRIDGE UROLOGIC ONCOLOGY"
add(name="b37_16", kind="bundle", codes=["77373", "77432"],
    facts=F("linac", ["body"], 1, 1, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("left kidney lower pole RCC", "body", None, 26, 1)],
    categories=cats(),
    notes="Single-fraction body SBRT: 3.4 cm left lower-pole renal cell carcinoma in a patient unfit for surgery, "
          "26 Gy x 1 on a gantry linac, 4DCT + MRI, abdominal compression belt on a vacuum cushion, CBCT before and "
          "mid-treatment. Prescription printout, physics second check with the delivered fraction and a dictated completion note. 77432 "
          "(single-session cranial management) is wrong for a kidney; 77373 (one unit) fits.",
    docs=[
        Doc("1_prescription.pdf", [[
            H1("Prescription / Plan Directive"),
            TextTable([("Item", "Value"),
                       ("Target", "GTV/ITV_LKid -> PTV_LKid (5 mm), left kidney lower pole, 3.4 cm RCC (biopsy 12/2025)"),
                       ("Dose", "26 Gy in 1 fraction (D95 of PTV)"),
                       ("Energy / technique", "10 MV FFF, 2 coplanar VMAT arcs, gantry linac"),
                       ("Motion management", "abdominal compression belt; 4DCT amplitude 4 mm with belt"),
                       ("Immobilisation", "vacuum cushion, arms above head"),
                       ("Planning images", "4DCT 01/08/2026; MRI abdomen T2 + post-contrast 01/06/2026 (fused)"),
                       ("IGRT", "CBCT pre-treatment and between arcs")], columns=[0, 130]),
            sig("Rosamund Ikwuemesi, MD 01/12/2026"),
        ]], opts=dict(header=banner(_c, "HALYARD Rx", 16, "01/12/2026 10:00"))),
        Doc("2_physics.pdf", [[
            H1("Physics Second Check / Treatment Verification"),
            RuledTable([("Check", "Result"),
                        ("Independent dose calculation (PTV D95)", "26.3 Gy vs 26.0 Gy, +1.2%"),
                        ("PSQA array gamma 3%/2 mm", "99.6% pass"),
                        ("Treatment date", "01/15/2026"),
                        ("CBCT pre-treatment", "shift 2.4 mm, approved by MD at console"),
                        ("CBCT between arcs", "residual 0.9 mm"),
                        ("Delivered", "PTV_LKid 26 Gy, 1 of 1 fraction, course complete")]),
            sig("Eberhard Nwachukwu-Lind, PhD 01/15/2026"),
        ]], opts=dict(header=banner(_c, "HALYARD QA", 16, "01/15/2026 15:45"))),
        Doc("3_completion_note.txt", text=f"""
Brackenridge Urologic Oncology -- treatment completion note
{patient(16)}  MRN {mrn(16)}  dictated 01/15/2026, typed 01/16/2026

Eighty-two year old man with a three point four centimetre left lower pole renal cell carcinoma, declined nephrectomy because of his cardiac history. He received his single fraction of twenty-six Gray this morning with the compression belt on, cone-beam CT before and between the arcs. No pain or haematuria afterwards. Creatinine and a CT abdomen in three months.

Rosamund Ikwuemesi, MD
{FOOT}
"""),
    ])

# b37_17 -- bundle: oligometastatic adrenal + iliac bone SBRT; completion letter gives the iliac dose as 30 Gy ---
_c = "CALDERBROOK ONCOLOGY PARTNERS"
add(name="b37_17", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left adrenal metastasis", "body", None, 40, 5), L("right iliac bone metastasis", "body", None, 35, 5)],
    categories=cats(),
    contradiction="The completion letter gives the right iliac metastasis 'thirty Gray in five fractions'; the "
                  "treatment plan and the delivery record both show 35 Gy (700 cGy x 5) (gold: 35 Gy).",
    notes="Oligometastatic NSCLC, two sites treated in the same five sessions on a gantry linac: left adrenal 40 Gy / 5 "
          "and right iliac wing 35 Gy / 5; PET-CT and 4DCT planning, vacuum cushion. Bundle: tumour-board style "
          "consult, plan summary table, delivery record per session, completion letter (self-contradicting dose).",
    docs=[
        Doc("1_consult.txt", text=f"""
CALDERBROOK ONCOLOGY PARTNERS - Radiation Oncology consult (dictated)
{patient(17)} / {mrn(17)} / 05/04/2026

Sixty-one-year-old woman with lung adenocarcinoma, KRAS G12C, stable in the chest on chemo-immunotherapy maintenance, now with two new FDG-avid lesions on PET-CT April twenty-eighth: a two point eight centimetre left adrenal metastasis and a lytic right iliac wing lesion. No other disease. Oligoprogression discussed at tumour board; plan is SBRT to both, forty Gray in five to the adrenal and thirty-five Gray in five to the iliac bone, treated together in the same sessions.
Ingrid Mapfumo-Halvorsen, MD
{FOOT}
"""),
        Doc("2_plan_summary.pdf", [[
            H1("Plan Summary - 2 targets, one course"),
            KeyValue([("Simulation", "05/11/2026, 4DCT 2 mm in a vacuum cushion (arms up), fused with PET-CT 04/28/2026"),
                      ("Machine", "6 MV FFF gantry linac"), ("Schedule", "5 fractions, Mon/Wed/Fri")]),
            RuledTable([("PTV", "Site", "Dose/fx", "Fractions", "Total", "Arcs", "D95"),
                        ("PTV_LAdr", "left adrenal", "800 cGy", "5", "4000 cGy", "2", "100.3%"),
                        ("PTV_RIlium", "right iliac wing", "700 cGy", "5", "3500 cGy", "2", "99.1%")]),
            P("Plans approved 05/15/2026; physics second check 05/15/2026 within 1.5% for both plans."),
        ]], opts=dict(header=banner(_c, "TERRACE-TPS", 17, "05/15/2026 12:00"))),
        Doc("3_delivery_record.pdf", [[
            H1("Delivery Record"),
            RuledTable([("Date", "Fx", "IGRT", "PTV_LAdr cGy", "PTV_RIlium cGy", "Status"),
                        ("05/18/2026", "1", "CBCT x2", "800", "700", "Treated"),
                        ("05/20/2026", "2", "CBCT x2", "800", "700", "Treated"),
                        ("05/22/2026", "3", "CBCT x2", "800", "700", "Treated"),
                        ("05/25/2026", "4", "CBCT x2", "800", "700", "Treated"),
                        ("05/27/2026", "5", "CBCT x2", "800", "700", "Treated"),
                        ("Total", "5", "", "4000", "3500", "Complete")]),
        ]], opts=dict(header=banner(_c, "TERRACE-RV", 17, "05/27/2026 17:30"))),
        Doc("4_completion_letter.txt", text=f"""
05/29/2026

Dear Dr. Strathearn,

{patient(17)}, MRN {mrn(17)}

Mrs. Thirtysevenpatient completed stereotactic body radiotherapy on May twenty-seventh: forty Gray in five fractions to the left adrenal metastasis and thirty Gray in five fractions to the right iliac bone metastasis, both treated in the same sessions with cone-beam CT guidance. Apart from fatigue she did well. PET-CT in three months; maintenance therapy may continue.

Kind regards,
Ingrid Mapfumo-Halvorsen, MD
{FOOT}
"""),
    ])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# b37_18 -- bundle: consult + simulation for cranial SRS, patient enters hospice before treatment ------------------
_c = "GLENVARRA CANCER CENTRE"
add(name="b37_18", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: consult recommends single-session SRS for two metastases (18 and 20 Gy), mask made and "
          "planning CT done, plan drafted; before treatment the patient declines further therapy and enters "
          "hospice (telephone note). Nothing delivered: facts empty, categories unmet, codes inconsistent.",
    docs=[
        Doc("1_consult.txt", text=f"""
GLENVARRA CANCER CENTRE - RADIATION ONCOLOGY
Consultation 08/03/2026, dictated
{patient(18)}  {mrn(18)}  DOB 10/10/1945

Eighty-year-old man with metastatic pancreatic adenocarcinoma, progressing through second-line chemotherapy, admitted last week with confusion. MRI brain shows two metastases, right frontal one point four centimetres and left occipital eight millimetres. ECOG two to three. We discussed radiosurgery, whole brain radiotherapy and best supportive care. He and his daughter would like to try radiosurgery if it can be done in one visit: eighteen Gray to the frontal and twenty Gray to the occipital lesion on the linac with a mask. Simulation booked for 08/06/2026.
Thaddeus Wolcott-Anand, MD
{FOOT}
"""),
        Doc("2_simulation_and_plan_status.pdf", [[
            H1("Simulation / Planning Status"),
            KeyValue([("Simulation", "08/06/2026 - SRS mask made; planning CT 1 mm done"),
                      ("MRI for fusion", "requested, not yet acquired"),
                      ("Plan", "BRAIN_2MET draft v0.3 - not approved"),
                      ("Treatment", "provisionally 08/12/2026 on the gantry linac")]),
        ]], opts=dict(header=banner(_c, "SERAPH Oncology", 18, "08/07/2026 09:30"))),
        Doc("3_telephone_note.txt", text=f"""
TELEPHONE ENCOUNTER 08/10/2026 14:25  {patient(18)}  {mrn(18)}
Daughter called: patient much weaker since the weekend, family meeting with palliative care today, he has decided to stop all cancer treatment and go home with hospice. Radiosurgery on 08/12 cancelled, plan closed without treatment, mask to be disposed of. Condolence and support offered; happy to see him again if anything changes.
T. Wolcott-Anand, MD
{FOOT}
"""),
    ])

# b37_19 -- txt: follow-up letter after radiosurgery elsewhere; codes claimed on it --------------------------------
add(name="b37_19", kind="ehr_text", codes=["77371", "77432", "61798"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a six-month follow-up letter at a different clinic about a trigeminal neuralgia "
          "radiosurgery done elsewhere in January (80 Gy max, cobalt unit, frame) and a new MRI showing no "
          "change; the letter's clinic delivered nothing. The earlier course is history: facts empty, categories "
          "unmet, every claimed code inconsistent.",
    docs=[Doc("b37_19.txt", text=f"""
MOORCROFT FACIAL PAIN CLINIC
Follow-up letter

07/21/2026

Dr. Prudence Alvarado-Fenn, General Practice

Re: {patient(19)}, MRN {mrn(19)}, DOB 09/02/1949

Dear Dr. Alvarado-Fenn,

I reviewed your patient today, six months after the gamma radiosurgery for right trigeminal neuralgia that was done at St. Wilfrid's Radiosurgery Unit on the fourteenth of January (eighty Gray maximum to the right trigeminal root entry zone, frame-based, in one session, according to their discharge summary). Her pain began to settle at about seven weeks; she now rates it at BNI grade two and has been able to reduce carbamazepine from eight hundred to two hundred milligrams daily. She reports slight numbness of the right upper lip, BNI numbness score two, which does not bother her.

Her MRI of July the tenth was unremarkable apart from the expected small enhancement at the treated root entry zone.

Plan: continue carbamazepine 200 mg at night for another three months and then try to stop. No further radiosurgery is planned. I will see her again in six months.

Yours sincerely,

Benedikt Sarrazin-Okafor, MD, Neurosurgery
{FOOT}
""")])

# b37_20 -- pdf: R&V summary of a 60 Gy / 8 central lung course on a gantry linac (not SBRT) ---------------------
_c, _s = "WHITLOW BAY RADIOTHERAPY", "CORVID R&V Course Summary"
add(name="b37_20", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 8, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("PTV_LLL central left lower lobe", "body", None, 60, 8)],
    categories=cats(),
    notes="Near-miss: ultracentral left lower lobe tumour treated 7.5 Gy x 8 = 60 Gy (risk-adapted, eight "
          "fractions, stereotactic technique) on a gantry linac with 4DCT, PET, vacuum cushion, daily CBCT. Eight "
          "fractions is more than five: claimed 77373/77435 inconsistent, no delivery code.",
    docs=[Doc("b37_20.pdf", [[
        H1("Course Summary - C1 Lung LLL"),
        KeyValue([("Technique", "stereotactic-technique hypofractionated VMAT (8 fractions, ultracentral protocol)"),
                  ("Unit", "6 MV gantry linac"), ("Simulation", "4DCT 09/01/2026, PET-CT 08/24/2026 fused"),
                  ("Immobilisation", "vacuum cushion with arms-up board"),
                  ("Prescription", "750 cGy x 8 = 6000 cGy to PTV_LLL"),
                  ("IGRT", "CBCT every fraction")]),
        RuledTable([("Fx", "Date", "cGy", "Cum cGy", "Status"),
                    ("1", "09/08/2026", "750", "750", "Treated"), ("2", "09/09/2026", "750", "1500", "Treated"),
                    ("3", "09/10/2026", "750", "2250", "Treated"), ("4", "09/11/2026", "750", "3000", "Treated"),
                    ("5", "09/14/2026", "750", "3750", "Treated"), ("6", "09/15/2026", "750", "4500", "Treated"),
                    ("7", "09/16/2026", "750", "5250", "Treated"), ("8", "09/17/2026", "750", "6000", "Treated")]),
        P("Course complete 09/17/2026: PTV_LLL 6000 cGy in 8 fractions. Proximal bronchial tree D0.03cc 6210 cGy."),
        sig("Isaura Pendlebury-Nakamura, MD 09/17/2026"),
    ]], opts=dict(header=banner(_c, _s, 20, "09/17/2026 18:05")))])


CORPUS = Corpus("blind_corpus37", "tests/blind_corpus37", CHARTS, pdf_options={"footer": FOOT, "font": "Helvetica"},
                hand_written=["README.md", "FIRST_RUN.md"])
