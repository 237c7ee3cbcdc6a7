"""Twenty-seventh blind corpus, ``tests/blind_corpus27/`` (regenerate: ``python scripts/make_corpus.py blind_corpus27``).

Tuning corpus: cranial radiosurgery in text formats not seen before. Fixed-width printouts with ASCII
tables (``+----+`` borders, ``=`` underlines), text hard-wrapped at 72-78 columns with words hyphenated
across lines, European / Commonwealth conventions (decimal commas, day-first dates, "radio-surgery",
"centre", "tumour"), OCR-damaged copies (0/O, 1/l, rn/m, "Gv"), lower-case speech-to-text with spoken
punctuation, GammaPlan-like target lists with X Y Z coordinates and shot counts, isocentre lists, and PDF
plan reports whose tables carry one column per lesion. Lesion count, per-lesion site, dose and
fractions, and lesion-by-lesion cranial complexity are the test. Hard negatives: WBRT only, SRS
recommended but not delivered, a follow-up after SRS elsewhere, a hippocampal-avoidance WBRT plan not
yet started. Three charts contradict themselves (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (printouts and dictations are deliberately laid out as they would be exported)

from __future__ import annotations

from pdfmaker import KeyValue, RuledTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["AMBROSE", "BRIGID", "CLEMENT", "DOROTHEA", "EMRYS", "FELICITY", "GERAINT", "HERMIONE", "ISIDORE", "JESSAMY",
         "LEOFRIC", "MARGERY", "NATHANIEL", "OLWEN", "PEREGRINE", "QUENTIN", "ROSALIND", "SILAS", "TAMSIN", "WINIFRED"]


def patient(n: int) -> str:
    return f"TWENTYSEVENPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-270{n:02d}"


def hdr(clinic: str, n: int, extra: str = "") -> list[str]:
    return [clinic, f"Patient: {patient(n)}    MRN: {mrn(n)}" + (f"    {extra}" if extra else "")]


def wrap(text: str, width: int = 74) -> str:
    """Hard-wrap every paragraph at ``width`` columns, hyphenating long words across lines as a word
    processor's printout would (lines that are already short, e.g. headings, are kept)."""
    out: list[str] = []
    for para in text.split("\n"):
        if len(para) <= width:
            out.append(para)
            continue
        line = ""
        for w in para.split(" "):
            cand = f"{line} {w}" if line else w
            if len(cand) <= width:
                line = cand
                continue
            room = width - len(line) - (1 if line else 0) - 1
            if w.isalpha() and len(w) >= 8 and room >= 3 and len(w) - room >= 3:
                out.append((f"{line} " if line else "") + w[:room] + "-")
                line = w[room:]
            else:
                out.append(line)
                line = w
        out.append(line)
    return "\n".join(out)


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Gamma Knife (5): four frame-based, one Icon mask course in 3 fractions
# ==================================================================================================

# b27_01 -- txt: GammaPlan-like target list, frame, four targets labelled T1-T4 (one pontine), T5 observed -----
add(name="b27_01", kind="ehr_text", codes=["77371", "77432", "61798", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("T1 right frontal (superior frontal gyrus)", "cranial", S, 20, 1),
             L("T2 pons, left paramedian", "cranial", C, 14, 1),
             L("T3 left cerebellar hemisphere", "cranial", S, 18, 1),
             L("T4 left occipital pole", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Fixed-width GammaPlan-style printout: frame (Vantage), stereotactic MRI (T1 MPRAGE, T2 FLAIR "
          "sequence names beside targets labelled T1-T4) + stereotactic CT; target list with X Y Z, volume, "
          "Rx, isodose, max dose, shots. T2 is in the pons (complex). T5, a 1 mm right temporal focus, is "
          "listed as observed and not planned. Count statement '4 targets treated' agrees. Brainstem-minus-T2 "
          "max 11.9 Gy; max doses 28-40 Gy at the 50% isodose.",
    docs=[Doc("b27_01.txt", text=f"""
HALVERSTON GAMMA KNIFE UNIT                              Leksell GammaPlan 11.3.2
==============================================================================
TREATMENT PLAN REPORT / TARGET LIST                       Printed 10/14/2026 10:52
==============================================================================
Patient name : {patient(1)}
Patient ID   : {mrn(1)}
Plan name    : GK_MULTI_1014            Status : TREATED
Unit         : Leksell Gamma Knife Perfexion (192 Co-60 sources)
Fixation     : Leksell Vantage stereotactic frame, applied 07:35 (4 pins)
Imaging      : MR  10/14/2026 08:20  T1 MPRAGE post-gad 1.0 mm (stereotactic, MR indicator)
               MR  10/14/2026 08:20  T2 FLAIR 3.0 mm (reference only)
               CT  10/14/2026 08:55  1.0 mm axial, CT indicator (skull definition)
Fiducial fit : MR mean 0.38 mm / max 0.61 mm ; CT mean 0.22 mm / max 0.35 mm
Sessions     : 1 of 1

TARGETS
-------
No  Label  Location                    X(mm)   Y(mm)   Z(mm)  Vol(cm3)  Presc(Gy)  Iso(%)  Max(Gy)  Shots  Cov(%)   GI
--  -----  --------------------------  ------  ------  ------  --------  ---------  ------  -------  -----  ------  ----
 1  T1     R frontal, sup. frontal g.   71.4    64.2   118.9     3.210       20.0      50     40.0      9      98  2.71
 2  T2     Pons, L paramedian          106.3   118.7    84.1     0.180       14.0      50     28.0      2      99  2.95
 3  T3     L cerebellar hemisphere     128.8   132.5    76.4     1.050       18.0      50     36.0      6      98  2.80
 4  T4     L occipital pole            121.0   151.3   109.2     0.095       20.0      50     40.0      1     100  3.10

Not planned:
 -  T5     R temporal, 1 mm punctate enhancing focus on T1 MPRAGE - below planning
           threshold, for observation on the 3-month MRI. NOT TREATED.

Target sizes (max diameter): T1 2.1 cm, T2 0.7 cm, T3 1.4 cm, T4 0.6 cm.

RISK ORGANS
-----------
Structure        Max(Gy)   Vol>12Gy(cm3)
Brainstem - T2    11.9        0.00
Chiasm             1.9        0.00
Cochlea L          2.2        0.00
Brain-minus-PTV      -        7.42   (V12 normal brain)

SHOT SUMMARY
------------
Total shots 18   Collimators 4/8/16 mm   Planned beam-on 61.4 min at 2.71 Gy/min

DELIVERY / QA
-------------
Pre-treatment: frame coordinate check with the patient on the couch (clearance check
passed); independent shot-time check by physics agrees with GammaPlan within 0.6%.
Treatment delivered 10/14/2026 11:20-12:24 as planned. 4 targets treated in a single
session (T1-T4); T5 under observation. Frame removed 12:35, pin sites dressed.

Neurosurgeon : Ottoline Bracegirdle, MD      Radiation oncologist : Fenwick Anstruther, MD
Physicist    : Ines Maplethorpe, MS, DABR    Approved 10/14/2026 11:05 (all three)
{FOOT}
""")])

# b27_02 -- bundle: European letter (decimal commas, dd.mm.yyyy) + transposed plan table; VS + meningioma ------
_c = "BRAEMOUTH NEUROSCIENCES CENTRE - GAMMA KNIFE"
add(name="b27_02", kind="bundle", codes=["77371", "77432", "61798", "61799", "61800"],
    facts=F("cobalt60", ["cranial"], 2, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right vestibular schwannoma", "cranial", C, 12, 1),
             L("left parafalcine frontal meningioma", "cranial", S, 13, 1)],
    categories=cats(),
    notes="Letter to the GP in Commonwealth style (21.09.2026, 'radio-surgery', 'tumour', 'centre', "
          "'12,0 Gy') plus a plan report PDF whose table has one column per target (rows: location, size, "
          "volume, marginal dose, isodose, max dose, shots, fractions). Right vestibular schwannoma (complex "
          "by type) and a 2,4 cm left parafalcine meningioma (simple). Frame + stereotactic MRI and CT. "
          "Claimed 61799 (additional complex) is inconsistent: only one complex lesion (the meningioma is a 61797).",
    docs=[
        Doc("1_letter_to_gp.txt", text=f"""
BRAEMOUTH NEUROSCIENCES CENTRE
Gamma Knife Radio-surgery Service, Level 2, Harbour Wing

Our ref: GK/26/0481                                   Date: 22.09.2026

Dr P. Wetherall
Kirkgate Medical Practice

Dear Dr Wetherall

Re: {patient(2)}, hospital no. {mrn(2)}, d.o.b. 04.02.1961

Diagnoses: (1) right vestibular schwannoma, Koos grade II, 1,9 cm
           (2) left parafalcine frontal meningioma (radiological), 2,4 cm

I write to let you know that Mrs Twentysevenpatient underwent single-session Gamma
Knife radio-surgery to both tumours at this centre on 21.09.2026. Both were
growing on serial MRI (schwannoma +2 mm, meningioma +3 mm over 12 months) and
after discussion at the skull-base MDT on 01.09.2026 she chose radio-surgery
over observation or microsurgery.

On the morning of treatment a Leksell stereotactic frame was fitted under
local anaesthetic by Mr Anand Kilbride. Stereotactic MRI (T1 with gadolinium,
CISS of the internal auditory canals) and a stereotactic CT for the skull
contour were performed with the frame in place and registered in Leksell
GammaPlan. The schwannoma received a marginal dose of 12,0 Gy at the 50 %
isodose (cochlear mean dose 3,9 Gy) and the meningioma 13,0 Gy at the 50 %
isodose; the full plan is attached. Physics verified the frame co-ordinates
and shot times before treatment, which was delivered on the Gamma Knife Icon
in one session of 74 minutes without incident. The frame was removed and she
went home the same afternoon.

I should be grateful if you would keep her on her usual medication. We will
see her with an MRI in 6 months and an audiogram at 6 and 12 months.

Yours sincerely

Dr Mairead Coulthard-Singh
Consultant Clinical Oncologist, Gamma Knife Service
cc Mr A. Kilbride, Consultant Neurosurgeon
{FOOT}
"""),
        Doc("2_plan_report.pdf", [[
            H1("Gamma Knife treatment plan - summary of targets"),
            KeyValue([("Plan", "BNC_GK_0921_A (approved 21.09.2026 11:40)"),
                       ("Fixation", "Leksell frame, Vantage"),
                       ("Images", "MR T1 Gd 1 mm, MR CISS 0,5 mm, CT 1 mm (stereotactic)"),
                       ("Unit", "Leksell Gamma Knife Icon"),
                       ("Sessions", "1")]),
            RuledTable([("", "Target 1", "Target 2"),
                        ("Location", "R vestibular schwannoma (IAC / CPA)", "L parafalcine meningioma, frontal"),
                        ("Max diameter", "1,9 cm", "2,4 cm"),
                        ("Target volume", "1,42 cc", "3,05 cc"),
                        ("Marginal dose", "12,0 Gy", "13,0 Gy"),
                        ("Isodose line", "50 %", "50 %"),
                        ("Max dose", "24,0 Gy", "26,0 Gy"),
                        ("Shots", "11", "14"),
                        ("Coverage", "98 %", "97 %"),
                        ("Fractions", "1", "1")]),
            P("Organs at risk: brainstem max 10,4 Gy; right cochlea mean 3,9 Gy; right facial nerve (modelled) max 12,6 Gy; chiasm max 1,1 Gy."),
            P("Treatment delivered 21.09.2026, 13:05-14:19, as planned. Both targets treated."),
            sig("A. Kilbride (neurosurgery), M. Coulthard-Singh (oncology), L. Ferreira-Moss (physics) 21.09.2026"),
        ]], opts=dict(header=hdr(_c, 2))),
    ])

# b27_03 -- txt: OCR-damaged copy; GK Icon mask, 3 fractions, cavity 27 Gy + parietal met 24 Gy ----------------
add(name="b27_03", kind="ehr_text", codes=["77371", "77432", "61796", "61797"],
    facts=F("cobalt60", ["cranial"], 2, 3, ["MRI"], ["mask"]),
    lesions=[L("left frontal resection cavity", "cranial", S, 27, 3),
             L("right parietal metastasis", "cranial", S, 24, 3)],
    categories=cats(),
    notes="OCR of a photocopied completion summary (0/O, 1/l, rn/m, 'Gv', dropped spaces, 'fi' ligature "
          "characters): Gamma Knife Icon with a thermoplastic mask, 3 fractions; left frontal resection cavity "
          "9 Gy x 3 = 27 Gy (next to the motor cortex: eloquent, still simple) and a 1,6 cm right parietal "
          "metastasis 8 Gy x 3 = 24 Gy, both at the 50% isodose. Planning MRI; 'no planning CT' (Icon CBCT "
          "is the stereotactic reference, image guidance). Claimed 77371/77432 (single-session) are "
          "inconsistent with a 3-fraction course.",
    docs=[Doc("b27_03.txt", text=f"""
CARRICKFELL CANCER CENTRE - GAMMA KNlFE SERVlCE
TREATMENT COMPLETl0N SUMMARY                          page l of 1

Patient: TWENTYSEVENPATlENT, CLEMENT      MRN: SYN-27003
Dates of treatrnent: 11/02/2026 - 11/04/2026

Diagnosis: Metastatic renal cell carcinorna to brain. Status post resection of
a 3.2 cm left frontal metastasis 09/28/2026; new l.6 cm right parietal lesion
on the post-operative MRl.

Treatment unit: Leksell Garnma Knife lcon, mask-based fractionated radio-
surgery. A custorn thermoplastic rnask with the lcon head cushion was made
10/27/2026 and the nose marker for intrafraction rnotion rnonitoring (IFMM)
was placed. Planning MRl 10/27/2026 (3D T1 post-contrast l mm, T2) was used
for contouring in GammaPlan. No planning CT was obtained; the stereotactic
reference was the lcon cone-beam CT at each fraction.

Targets and dose:
  1. Left frontal resection cavity (abuts precentral gyrus / rnotor cortex),
     cavity 2.7 cm, 9 Gv x 3 = 27 Gy to the 5O% isodose, 23 shots.
  2. Right parietal rnetastasis, l.6 cm, 8 Gy x 3 = 24Gy to the 50% isodose,
     7 shots.
Brain V18Gy (course) 6.1 cc. Max doses 54 Gy and 48 Gy.

Delivery: 3 fractions, ll/02, ll/03 and 11/04/2026. Before each fraction a
CBCT was co-registered to the planning MRl (max correction 0.9 rnm) and
IFMM stayed within the l.5 mm threshold throughout. Both targets were treated
at every fraction. Shot co-ordinates and tirnes were conﬁrmed by physics
before fraction l; the deﬁnitive plan was re-veriﬁed after each CBCT.
All 3 fractions delivered as planned.

Toxicity: grade l headache after fraction 2, resolved. No new deficit.

Plan: MRl brain in 8 weeks. Pembrolizurnab to continue.

Dr Roisin Abernethy-Clune, Clinical Oncologist        signed 11/05/2026
{FOOT}
""")])

# b27_04 -- scan (175 dpi): GK frame, trigeminal neuralgia 80 Gy max at 100% ----------------------------------
_c = "DUNMERE REGIONAL RADIOSURGERY - GAMMA KNIFE"
add(name="b27_04", kind="scan", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve (root entry zone)", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Scanned (175 dpi, Courier) radiosurgery record for right V2/V3 trigeminal neuralgia: Leksell frame, "
          "stereotactic MRI (CISS) + CT, one 4 mm shot 80 Gy maximum at the 100% isodose; brainstem 20% "
          "isodose surface tangent. Functional target: complex. The 90 Gy alternative and a 2019 glycerol "
          "rhizotomy are not this course.",
    docs=[Doc("b27_04.pdf", [[
        H1("GAMMA KNIFE RADIOSURGERY RECORD - FUNCTIONAL"),
        P("PATIENT: " + patient(4) + "     MRN: " + mrn(4) + "     DATE OF TREATMENT: 10/07/2026"),
        P("INDICATION: Medically refractory right trigeminal neuralgia, V2 and V3 distribution, failed carbamazepine and oxcarbazepine; glycerol rhizotomy 2019 with recurrence 2024. Not a candidate for microvascular decompression (age 84, anticoagulated)."),
        KeyValue([("Frame", "Leksell G frame, applied 07:15 under local"),
                  ("Imaging", "Stereotactic MRI: CISS 0.5 mm and T1 post-gad; stereotactic CT 1 mm"),
                  ("Target", "Right trigeminal nerve, root entry zone (retrogasserian)"),
                  ("Collimator", "4 mm, single shot"),
                  ("Dose", "80 Gy maximum at the 100% isodose"),
                  ("Brainstem", "20% isodose surface tangent to the pons; brainstem max 14.9 Gy (0.01 cc)"),
                  ("Unit", "Leksell Gamma Knife Perfexion")]),
        RuledTable([("Step", "Time", "Check", "Initials"),
                    ("Frame fiducial fit (MR / CT)", "08:10", "0.41 / 0.25 mm", "GT"),
                    ("Shot co-ordinates X/Y/Z", "08:55", "121.6 / 103.9 / 93.2 verified", "GT / HP"),
                    ("Clearance check on couch", "09:20", "passed", "GT"),
                    ("Beam-on", "09:26-10:48", "delivered as planned", "HP")]),
        P("The 90 Gy option was discussed and not chosen because of the higher risk of facial numbness. Treatment was delivered in one session without incident; frame removed 10:55."),
        P("IMPRESSION: Gamma Knife radiosurgery to the right trigeminal nerve, 80 Gy maximum dose, single 4 mm shot, one session."),
        sig("Hadrian Pemberton-Ash, MD (neurosurgery) and Gwendolyn Tresize, PhD (physics) 10/07/2026"),
    ]], opts=dict(header=hdr(_c, 4), scan=True, scan_dpi=175, font="Courier"))])

# b27_05 -- bundle: frame note (hard-wrapped, hyphenated) + GammaPlan table + treatment record; six targets -----
_c = "ELDERWICK UNIVERSITY HOSPITAL - GAMMA KNIFE CENTRE"
add(name="b27_05", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 6, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("Met1 right parietal (recurrence, retreated)", "cranial", S, 16, 1),
             L("Met2 left frontal", "cranial", S, 20, 1),
             L("Met3 left thalamus", "cranial", S, 16, 1),
             L("Met4 right cerebellar hemisphere", "cranial", S, 18, 1),
             L("Met5 left temporal", "cranial", S, 20, 1),
             L("Met6 right occipital", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Three documents: a frame-placement note hard-wrapped at 74 columns with words hyphenated across "
          "lines, a GammaPlan target table (PDF) with X Y Z and V12, and a typed treatment record. Six "
          "targets: five new metastases plus the right parietal lesion treated with 20 Gy in 03/2025 and "
          "retreated now with 16 Gy. The thalamic lesion is 'Met3' in the plan, 'left thalamic metastasis' in "
          "the note and 'target 3 (deep grey matter)' in the record (thalamus is not brainstem: simple). "
          "The earlier 20 Gy is not this course.",
    docs=[
        Doc("1_frame_note.txt", text=wrap(f"""
ELDERWICK UNIVERSITY HOSPITAL - DEPARTMENT OF NEUROSURGERY
Stereotactic frame application and radiosurgery note
Patient: {patient(5)}   MRN: {mrn(5)}   Date: 11/18/2026

Indication: 58-year-old man with BRAF-mutant melanoma and brain metastases. He had Gamma Knife radiosurgery in this department in 03/2025 to a single right parietal metastasis (20 Gy at the 50% isodose). Surveillance MRI 11/04/2026 shows enlargement of that lesion, with perfusion and spectroscopy favouring recurrence over radionecrosis, and five new metastases: left frontal, left thalamic, right cerebellar, left temporal and right occipital. The multidisciplinary tumour board recommended radiosurgery to all six targets, with a reduced dose to the retreated right parietal lesion, rather than whole-brain radiotherapy.

Procedure: A Leksell Vantage stereotactic frame was applied under local anaesthesia with four pins, shifted slightly posterior and to the left so that the left thalamic metastasis and the right cerebellar metastasis were both accessible. Stereotactic MRI (volumetric T1 with gadolinium, 1 mm) and stereotactic CT (1 mm) were obtained with the frame in place and imported into GammaPlan. Contours and plan were approved jointly with radiation oncology and physics.

The treatment was delivered in one session on the Leksell Gamma Knife Esprit, six targets in total, beam-on time 96 minutes. The frame was removed and the pin sites were dressed. No complications.

Dr Barnaby Quintrell, Neurosurgery       countersigned Dr Alys Penhaligon, Radiation Oncology
{FOOT}
""")),
        Doc("2_gammaplan_targets.pdf", [[
            H1("Leksell GammaPlan - target summary"),
            P("Plan EUH_GK_1118   Frame: Vantage   Unit: Leksell Gamma Knife Esprit   Fractions: 1   Prescription to the 50% isodose for every target."),
            RuledTable([("Target", "X / Y / Z (mm)", "Vol (cc)", "Rx (Gy)", "Iso (%)", "Max (Gy)", "Shots"),
                        ("Met1 R parietal (re-Tx)", "62.1 / 112.8 / 141.0", "2.04", "16.0", "50", "32.0", "8"),
                        ("Met2 L frontal", "131.7 / 71.5 / 128.3", "0.62", "20.0", "50", "40.0", "3"),
                        ("Met3 L thalamus", "112.4 / 104.9 / 112.6", "0.48", "16.0", "50", "32.0", "3"),
                        ("Met4 R cerebellar hemisph.", "79.8 / 133.1 / 78.2", "1.37", "18.0", "50", "36.0", "6"),
                        ("Met5 L temporal", "148.2 / 99.6 / 96.5", "0.21", "20.0", "50", "40.0", "2"),
                        ("Met6 R occipital", "84.4 / 154.0 / 112.9", "0.09", "20.0", "50", "40.0", "1")]),
            P("Normal brain V12: 9.3 cc. Brainstem max 7.8 Gy. Optic chiasm max 2.4 Gy. Met1 prior dose 20 Gy (03/2025) summed in the composite; composite max 49.6 Gy."),
            P("Sizes: Met1 1.9 cm, Met2 1.1 cm, Met3 1.0 cm, Met4 1.5 cm, Met5 0.7 cm, Met6 0.5 cm."),
            sig("Plan approved by B. Quintrell, A. Penhaligon and T. Okonkwo-Hale (physics) 11/18/2026 08:48"),
        ]], opts=dict(header=hdr(_c, 5))),
        Doc("3_treatment_record.txt", text=f"""
ELDERWICK GAMMA KNIFE CENTRE - TREATMENT RECORD
Patient {patient(5)}   {mrn(5)}   11/18/2026

09:02  Frame co-ordinate check on the couch (physics): agrees with plan, clearance ok
09:10  Daily QA passed (output -0.4 %)
09:14  Beam-on. Sequence: target 1 (right parietal recurrence), target 2, target 3 (deep
       grey matter, left), target 4, target 5, target 6
10:50  Beam-off. Delivered as planned, no interruption. 6/6 targets complete.
11:02  Frame off.

Radiographer: K. Fairbrother   Physicist: T. Okonkwo-Hale
{FOOT}
"""),
    ])


# ==================================================================================================
# Linac cranial (9): mask-based; one course mixing 1, 3 and 5 fractions
# ==================================================================================================

# b27_06 -- txt: fixed-width physics printout with +----+ ASCII tables; HyperArc, five lesions L1-L5 ----------
add(name="b27_06", kind="ehr_text", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 5, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("L1 genu of corpus callosum", "cranial", S, 20, 1),
             L("L2 right putamen", "cranial", S, 20, 1),
             L("L3 left gyrus rectus", "cranial", C, 18, 1),
             L("L4 left cerebellar hemisphere", "cranial", S, 20, 1),
             L("L5 right occipital", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Fixed-width physics plan-check printout with +----+ bordered ASCII tables and = underlines: TrueBeam "
          "HyperArc single isocentre, one fraction, five lesions labelled L1-L5 (labels that look like lumbar "
          "levels). L3 (left gyrus rectus) is 4 mm from the optic chiasm: complex; the others simple (corpus "
          "callosum, putamen, cerebellum, occipital). Distances to brainstem/chiasm/optic nerves in mm for "
          "every lesion. Count line '5 lesions' agrees.",
    docs=[Doc("b27_06.txt", text=f"""
FARTHINGALE ONCOLOGY PARTNERS - MEDICAL PHYSICS
SRS PLAN CHECK AND TREATMENT RECORD
=======================================
Patient ........ {patient(6)}
MRN ............ {mrn(6)}
Treatment date . 10/21/2026          Fractions ...... 1 of 1
Machine ........ Varian TrueBeam STx (HD120 MLC), 6X-FFF
Technique ...... HyperArc, single isocentre, 4 non-coplanar arcs
Planning system  Eclipse 16.1
Immobilisation . Encompass SRS thermoplastic mask, custom head cushion
Planning images  CT sim 10/14/2026 (1.0 mm); MRI 10/13/2026 T1 MPRAGE post-Gd
                 and T2 FLAIR, rigidly fused to CT (fusion approved by MD)

TARGETS (5 lesions)
===================
+----+--------------------------------+--------+-----------+-----+-----------+-----------+-----------+
| ID | Location                       | Max    | Rx dose   | IDL | Brainstem | Chiasm    | Optic n.  |
|    |                                | diam.  | (1 fx)    |     | dist (mm) | dist (mm) | dist (mm) |
+----+--------------------------------+--------+-----------+-----+-----------+-----------+-----------+
| L1 | Genu of corpus callosum, R     | 13 mm  | 20 Gy     | 80% |    41     |    22     |    25     |
| L2 | R putamen (basal ganglia)      |  9 mm  | 20 Gy     | 80% |    24     |    19     |    23     |
| L3 | L gyrus rectus                 | 11 mm  | 18 Gy     | 80% |    27     |     4     |     6     |
| L4 | L cerebellar hemisphere        | 18 mm  | 20 Gy     | 80% |    15     |    46     |    52     |
| L5 | R occipital (cuneus)           | 21 mm  | 18 Gy     | 80% |    38     |    44     |    49     |
+----+--------------------------------+--------+-----------+-----+-----------+-----------+-----------+

OAR SUMMARY
===========
+--------------------+-----------+-----------+
| Structure          | Dmax (Gy) | Limit     |
+--------------------+-----------+-----------+
| Brainstem          |   9.6     | < 15      |
| Optic chiasm       |   7.7     | < 8       |
| Optic nerve L      |   6.9     | < 8       |
| Brain - GTVs V12Gy |   8.1 cc  | < 10 cc   |
+--------------------+-----------+-----------+

PRE-TREATMENT QA
================
Portal dosimetry (arc 1-4) gamma 2%/1mm: 99.1 %      PASS
Winston-Lutz 10/21/2026: max 0.6 mm                   PASS

DELIVERY
========
CBCT matched to planning CT, 6DoF couch correction (max 0.8 mm / 0.4 deg),
second CBCT after correction within 0.5 mm; IDENTIFY surface monitoring on
throughout, no beam hold. All 4 arcs delivered 10/21/2026 14:02-14:31.
5 lesions treated in 1 fraction: L1 20 Gy, L2 20 Gy, L3 18 Gy, L4 20 Gy,
L5 18 Gy.

Physicist: Thaddeus Warrender, MS     Radiation oncologist: Philippa Oyelaran, MD
{FOOT}
""")])

# b27_07 -- bundle: transposed PDF plan report in cGy + UK-style completion summary in Gy; sizes at the threshold --
_c = "GLASSWATER RADIATION CENTRE"
add(name="b27_07", kind="bundle", codes=["77372", "77432", "61798", "61797", "61800"],
    facts=F("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal (precentral gyrus) metastasis", "cranial", S, 18, 1),
             L("left parietal metastasis", "cranial", C, 15, 1),
             L("right cerebellar metastasis", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Plan report PDF with one column per lesion (structure names PTV_RFront / PTV_LPar / PTV_CbmR; rows "
          "location, max dimension, volume, Rx in cGy, isodose, Dmax in cGy, V12, fractions) and a "
          "completion summary in Gy naming the same lesions in words. Sizes at the threshold: 34 mm (simple) "
          "and 3.6 cm (complex); the right frontal lesion is in eloquent motor cortex (not a complexity "
          "trigger). Versa HD, mask, one fraction. Claimed 61800 is inconsistent: frameless mask.",
    docs=[
        Doc("1_plan_report.pdf", [[
            H1("Cranial SRS plan report"),
            KeyValue([("Plan", "SRS_3MET_v2 (Monaco 6.1)"), ("Treatment unit", "Elekta Versa HD, Agility MLC, 6 MV FFF"),
                      ("Immobilisation", "Orfit frameless SRS mask"), ("Images", "CT 1 mm 10/26/2026; MRI T1+Gd 10/23/2026 fused"),
                      ("Isocentres", "1 (shared), 5 VMAT arcs")]),
            RuledTable([("", "PTV_RFront", "PTV_LPar", "PTV_CbmR"),
                        ("Location", "R frontal, precentral gyrus", "L parietal (superior lobule)", "R cerebellar hemisphere"),
                        ("Max dimension", "34 mm", "3.6 cm", "12 mm"),
                        ("PTV volume (cc)", "9.8", "14.6", "0.6"),
                        ("Prescription (cGy)", "1800", "1500", "2000"),
                        ("Isodose line (%)", "80", "78", "80"),
                        ("Dmax (cGy)", "2250", "1923", "2500"),
                        ("V12Gy brain (cc)", "7.9", "12.2", "0.9"),
                        ("Fractions", "1", "1", "1")]),
            P("Margin GTV to PTV 1 mm. Brainstem Dmax 612 cGy; chiasm Dmax 188 cGy. Dose-reduced to 1500 cGy for PTV_LPar because of its size."),
            P("Patient-specific QA (ArcCHECK 3%/1 mm): 98.7% pass. XVI CBCT with HexaPOD 6D correction planned before delivery."),
            sig("Dr Ngozi Farrant-Lowe (consultant clinical oncologist) and S. Bellingham (physics) 10/27/2026"),
        ]], opts=dict(header=hdr(_c, 7))),
        Doc("2_completion_summary.txt", text=f"""
GLASSWATER RADIATION CENTRE - RADIOTHERAPY COMPLETION SUMMARY

Patient: {patient(7)}        Hospital number: {mrn(7)}
Treatment date: 28/10/2026 (single fraction)

Diagnosis: Non-small cell lung cancer (adenocarcinoma, ALK negative) with three
brain metastases on MRI 23/10/2026.

Treatment: Stereotactic radiosurgery on the Elekta Versa HD, frameless Orfit
mask, one fraction, delivered 28/10/2026:
  - right frontal metastasis in the precentral gyrus (motor strip), 34 mm:
    18 Gy to the 80% isodose
  - left parietal metastasis, 3.6 cm: 15 Gy to the 78% isodose (dose reduced
    for size)
  - right cerebellar metastasis, 12 mm: 20 Gy to the 80% isodose
Image guidance: XVI cone-beam CT with HexaPOD 6D correction before the first arc
and a verification CBCT at the halfway point (residual < 0.7 mm).

All three tumours were treated as planned. He had mild headache only and was
discharged on dexamethasone 2 mg for 5 days because of the motor-strip lesion.

Follow-up: MRI brain in 6 weeks; oncology clinic thereafter.

Dr Ngozi Farrant-Lowe, Consultant Clinical Oncologist   29/10/2026
{FOOT}
"""),
    ])

# b27_08 -- txt: lower-case speech-to-text with spoken punctuation; Edge, cavity + frontal met -----------------
add(name="b27_08", kind="ehr_text", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right cerebellar resection cavity", "cranial", S, 18, 1),
             L("left frontal metastasis", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Raw speech-recognition output, lower case, with spoken punctuation left in ('period', 'comma', "
          "'new paragraph', 'colon') and doses partly in words: Varian Edge single fraction, open-face mask, "
          "planning CT fused with MRI. Right cerebellar resection cavity 2.8 cm, 18 Gy to the 80% isodose, "
          "and a 0.8 cm left frontal metastasis, 20 Gy. The 4.1 cm pre-operative tumour size is history.",
    docs=[Doc("b27_08.txt", text=f"""
HOLLOWAY BRIDGE CANCER INSTITUTE - VOICE RECOGNITION DRAFT (UNEDITED)
patient {patient(8)}   mrn {mrn(8)}   dictated 11/12/2026 16:40

this is doctor marguerite eastoe dictating a stereotactic radiosurgery procedure note for twentysevenpatient comma hermione period date of service november twelfth two thousand twenty six period new paragraph diagnosis colon metastatic melanoma to the brain comma status post resection of a four point one centimeter right cerebellar metastasis on october first period new paragraph procedure colon single fraction stereotactic radiosurgery on the varian edge to two targets period the patient was immobilized in an open face thermoplastic mask and a planning ct with one millimeter slices was obtained on november fifth comma fused with a post contrast t1 mri from november fourth period target one is the right cerebellar resection cavity comma two point eight centimeters comma treated to eighteen gray to the eighty percent isodose line period target two is a new left frontal metastasis comma zero point eight centimeters comma treated to 20 gray to the eighty percent isodose line period both targets were planned in brainlab elements with a single isocenter and five dynamic conformal arcs period brainstem maximum was nine point two gray period new paragraph before treatment a cone beam ct was matched to the planning ct with six degree of freedom correction and exactrac x-ray verification was repeated at each couch angle period optical surface monitoring showed no motion above one millimeter period treatment was delivered today in one fraction to both targets as planned comma the right cerebellar cavity eighteen gray and the left frontal lesion twenty gray period she tolerated it well period new paragraph plan colon mri in two months period continue nivolumab per doctor hartigan period end of dictation

[draft - not yet reviewed by author]
{FOOT}
""")])

# b27_09 -- bundle: lesions at 1, 3 and 5 fractions in one course; per-fraction table, totals in prose ---------
_c = "IVYBANK RADIATION ONCOLOGY"
add(name="b27_09", kind="bundle", codes=["77373", "77435", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left occipital metastasis", "cranial", S, 20, 1),
             L("right frontal metastasis", "cranial", S, 27, 3),
             L("left temporal resection cavity", "cranial", S, 30, 5)],
    categories=cats(),
    notes="Three documents: a plan summary PDF whose table gives dose PER FRACTION and the number of fractions "
          "for each target (totals only in the prose), a fixed-width fraction log over five treatment days, "
          "and a completion note. TrueBeam, mask: left occipital 20 Gy x 1, right frontal 9 Gy x 3 = 27 Gy, "
          "left temporal resection cavity 6 Gy x 5 = 30 Gy; course = 5 sessions.",
    docs=[
        Doc("1_plan_summary.pdf", [[
            H1("Multi-target SRS / FSRT plan summary"),
            P("Treatment unit Varian TrueBeam STx; Eclipse 16.1; simulation 11/02/2026 in a Q-Fix Encompass mask with 1 mm CT, fused with MRI 10/30/2026 (T1 post-gadolinium, FLAIR). Three targets with different fractionation in one course; each target has its own plan on a shared isocentre."),
            RuledTable([("Target", "Location", "Max size", "Dose / fx (Gy)", "Fractions", "IDL", "Treatment days"),
                        ("PTV1", "L occipital metastasis", "0.9 cm", "20.0", "1", "80%", "Day 1"),
                        ("PTV2", "R frontal metastasis", "2.2 cm", "9.0", "3", "80%", "Days 1-3"),
                        ("PTV3", "L temporal resection cavity", "3.1 cm", "6.0", "5", "80%", "Days 1-5")]),
            P("Totals: PTV1 20 Gy in a single fraction; PTV2 27 Gy in 3 fractions; PTV3 30 Gy in 5 fractions. Brainstem Dmax (composite) 16.4 Gy; optic apparatus Dmax 9.9 Gy; hippocampi not spared."),
            sig("Dr Leopold Awolowo-Finch 11/05/2026; physics check R. Dunstable 11/05/2026"),
        ]], opts=dict(header=hdr(_c, 9))),
        Doc("2_fraction_log.txt", text=f"""
IVYBANK RADIATION ONCOLOGY - TREATMENT LOG (R&V EXPORT)
{patient(9)}  {mrn(9)}  TrueBeam STx (TB2)

Day  Date        Session  PTV1(Gy)  PTV2(Gy)  PTV3(Gy)  IGRT                    Init
---  ----------  -------  --------  --------  --------  ----------------------  ----
 1   11/09/2026     1       20.0       9.0       6.0    CBCT + 6DoF, AlignRT    MW
 2   11/10/2026     2         -        9.0       6.0    CBCT + 6DoF, AlignRT    MW
 3   11/11/2026     3         -        9.0       6.0    CBCT + 6DoF, AlignRT    JT
 4   11/12/2026     4         -         -        6.0    CBCT + 6DoF, AlignRT    JT
 5   11/13/2026     5         -         -        6.0    CBCT + 6DoF, AlignRT    MW
                                ------    ------    ------
Cumulative                       20.0      27.0      30.0
Sessions delivered: 5 of 5
{FOOT}
"""),
        Doc("3_completion_note.txt", text=f"""
IVYBANK RADIATION ONCOLOGY - COMPLETION NOTE            11/13/2026
{patient(9)}   {mrn(9)}

62-year-old man with colorectal adenocarcinoma, resection of a 4 cm left temporal
metastasis 10/06/2026, and two further brain metastases. Completed a five-session
stereotactic course today: the left occipital metastasis received 20 Gy in one
fraction on day 1, the right frontal metastasis 27 Gy in three fractions (days
1-3), and the left temporal resection cavity 30 Gy in five fractions (days 1-5).
Daily CBCT with six-degree-of-freedom correction and surface monitoring. No
acute toxicity beyond fatigue. MRI brain in 8 weeks.

L. Awolowo-Finch, MD
{FOOT}
"""),
    ])

# b27_10 -- txt: hard-wrapped at 72 with hyphenation; ZAP-X, residual pituitary adenoma 2 mm from chiasm ------
add(name="b27_10", kind="ehr_text", codes=["77372", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("residual pituitary adenoma (right cavernous sinus)", "cranial", C, 14, 1)],
    categories=cats(),
    notes="Procedure note hard-wrapped at 72 columns with words hyphenated across lines: ZAP-X self-shielded "
          "linac, one fraction, mask, residual non-functioning pituitary adenoma 2 mm from the optic chiasm, "
          "14 Gy to the 55% isodose. Complex by type and by distance; the claimed 61796 (simple) is "
          "inconsistent.",
    docs=[Doc("b27_10.txt", text=wrap(f"""
JUNIPER STRAND NEUROSURGICAL INSTITUTE - ZAP-X RADIOSURGERY
Procedure note
Patient: {patient(10)}   MRN: {mrn(10)}   Date of procedure: 09/29/2026

Diagnosis: Residual non-functioning pituitary macroadenoma extending into the right cavernous sinus, status post endoscopic endonasal transsphenoidal resection 03/2026. The residual measures 1.7 x 1.2 cm and its superior margin lies 2 mm below the optic chiasm; the right optic nerve is 3 mm away.

Procedure: Single-fraction stereotactic radiosurgery on the ZAP-X gyroscopic radiosurgery system. The patient was immobilized supine in a ZAP-X thermoplastic mask with the integrated headrest. A contrast-enhanced planning CT (0.625 mm) and a thin-slice MRI of the sella (coronal and axial T1 post-gadolinium, 1 mm) obtained on 09/22/2026 were co-registered in the ZAP-X treatment planning system. The residual adenoma was contoured as the target, with the optic chiasm, both optic nerves and the pituitary stalk as avoidance structures. Prescription 14 Gy to the 55% isodose line, 212 isocentric beams from 6 collimator sizes; maximum dose 25.5 Gy; optic chiasm maximum 7.6 Gy; right optic nerve maximum 7.9 Gy.

Before and throughout delivery the position was verified with the onboard kV imaging system at every table node, with automatic correction of shifts above 0.5 mm (largest 0.4 mm). Treatment was delivered in one session, 52 minutes, without interruption.

Impression: ZAP-X radiosurgery, 14 Gy single fraction, to the residual pituitary adenoma.

Plan: Endocrine testing at 6 and 12 months, formal visual fields in 3 months, MRI sella in 6 months.

Corwin Lisle-Amadi, MD, Neurosurgery
{FOOT}
""", 72))])

# b27_11 -- two-column PDF: two abutting nodules in one target volume + a midbrain lesion ---------------------
_c = "KINGSFOLD MEDICAL CENTRE - NEURO-ONCOLOGY BULLETIN"
add(name="b27_11", kind="pdf", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left parietal conglomerate (two abutting nodules, one target)", "cranial", S, 18, 1),
             L("left cerebral peduncle (midbrain)", "cranial", C, 15, 1)],
    categories=cats(),
    notes="Two-column treatment summary page. Two abutting left parietal nodules (1.4 and 1.1 cm) were "
          "contoured as ONE target (2.6 cm conglomerate, 18 Gy) and the summary counts it as one lesion; a "
          "0.6 cm lesion in the left cerebral peduncle (midbrain: within the brainstem, complex) got 15 Gy. "
          "Elekta Infinity, mask, one fraction. 'Two targets' agrees with the table.",
    docs=[Doc("b27_11.pdf", [[
        H1("Stereotactic radiosurgery - treatment summary"),
        P("Patient " + patient(11) + "   MRN " + mrn(11) + "   Treated 11/03/2026"),
        H2("Background"),
        P("71-year-old man with metastatic small-bowel neuroendocrine carcinoma. MRI 10/22/2026 showed two abutting enhancing nodules in the left superior parietal lobule, 1.4 cm and 1.1 cm, separated by less than 2 mm, and a 0.6 cm lesion in the left cerebral peduncle of the midbrain. He has mild right-sided weakness."),
        H2("Target definition"),
        P("Because the two parietal nodules touch, they were contoured as a single GTV (conglomerate, 2.6 cm in greatest dimension) and planned and reported as one target. The midbrain lesion was the second target. Two targets in total."),
        H2("Simulation and planning"),
        P("Frameless thermoplastic SRS mask (Orfit). Planning CT 1 mm on 10/27/2026, fused with a volumetric T1 post-contrast MRI from 10/26/2026. Planned in Brainlab Elements Multiple Brain Mets, one isocentre, 6 dynamic conformal arcs, 6 MV, Elekta Infinity with Agility MLC."),
        RuledTable([("Target", "Size", "Dose", "IDL", "Fx"),
                    ("L parietal conglomerate", "2.6 cm", "18 Gy", "80%", "1"),
                    ("L cerebral peduncle", "0.6 cm", "15 Gy", "80%", "1")]),
        P("Brainstem Dmax 18.7 Gy (inside the peduncle target); brainstem outside the PTV Dmax 12.1 Gy, D0.5cc 9.8 Gy."),
        H2("Delivery"),
        P("Delivered 11/03/2026 in a single fraction. XVI cone-beam CT with HexaPOD six-degree correction before treatment, repeat CBCT between arcs 3 and 4 (residual 0.3 mm). Both targets treated as planned: left parietal conglomerate 18 Gy, left cerebral peduncle 15 Gy."),
        H2("Follow-up"),
        P("Dexamethasone 4 mg for 3 days. MRI at 6 weeks. Neurology review for the right-sided weakness."),
        sig("Dr Isolde Marchetti-Brown, Consultant Clinical Oncologist, 11/04/2026"),
    ]], opts=dict(header=hdr(_c, 11), two_columns=True))])

# b27_12 -- txt: European conventions, lesions C1-C3; the summary says four (contradiction) -------------------
add(name="b27_12", kind="ehr_text", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("C1 left cerebellar hemisphere", "cranial", S, 20, 1),
             L("C2 right frontal", "cranial", S, 17.5, 1),
             L("C3 left occipital", "cranial", S, 20, 1)],
    categories=cats(),
    contradiction="The target table and the delivery record list three lesions (C1-C3), but the closing summary says four metastases were treated.",
    notes="European export: day-first dates (3/11/2026 = 3 November), decimal commas ('17,5 Gy', '2,1 cm'), "
          "'Gy' with and without a space, 'radio-surgery', 'tumour'. Targets labelled C1-C3 (look like cervical "
          "levels). Elekta Synergy, mask, one fraction. Self-contradicting: the closing line says four "
          "metastases (gold: the three listed and delivered).",
    docs=[Doc("b27_12.txt", text=f"""
LOCHARDEN ROYAL INFIRMARY - DEPT. OF CLINICAL ONCOLOGY
Stereotactic radio-surgery: treatment record and summary
---------------------------------------------------------------------------
Name: {patient(12)}           Unit no.: {mrn(12)}
Date of birth: 17/08/1957                  Date of treatment: 3/11/2026
---------------------------------------------------------------------------

Diagnosis: metastatic oesophageal adenocarcinoma; brain MRI 20/10/2026 shows
three enhancing tumours, largest 2,1 cm. No extracranial progression.

Planning: CT simulation 27/10/2026 (1 mm) in a frameless thermoplastic mask,
fused with MRI 20/10/2026 (3D T1 + gadolinium). Plan in Monaco, single
isocentre, 4 VMAT arcs, Elekta Synergy with HexaPOD couch.

 Target   Site                           Size     Dose      Isodose   #
 ------   ---------------------------    ------   -------   -------   -
 C1       L cerebellar hemisphere        1,5 cm   20 Gy     80 %      1
 C2       R frontal (middle frontal g.)  2,1 cm   17,5 Gy   80 %      1
 C3       L occipital                    0,8 cm   20Gy      80 %      1

Organs at risk: brainstem Dmax 8,9 Gy; chiasm Dmax 3,2 Gy; brain V12Gy 6,4 cm3.

Delivery 3/11/2026: XVI cone-beam CT with 6D HexaPOD correction before
treatment and after arc 2 (residual 0,4 mm). C1, C2 and C3 treated as
planned in one fraction.

Summary: single-fraction radio-surgery to four metastases, 17,5-20 Gy,
completed 3.11.2026 without acute toxicity. Review with MRI in 8 weeks.

Dr Eilidh Raebourn, Consultant Clinical Oncologist               4/11/2026
{FOOT}
""")])

# b27_13 -- bundle: Novalis AVM, one target with two isocentres; plan 1800 cGy, letter says 20 Gy (contradiction) --
_c = "MARROWBY HEALTH - RADIATION ONCOLOGY"
add(name="b27_13", kind="bundle", codes=["77372", "77432", "61798"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI", "angiography"], ["mask"]),
    lesions=[L("right occipital AVM nidus", "cranial", C, 18, 1)],
    categories=cats(),
    contradiction="The plan report and its delivery record give 1800 cGy to the AVM nidus, but the letter to the referring neurologist says 20 Gy.",
    notes="Plan report PDF (cGy) with an isocentre list: ONE target (right occipital AVM nidus, 2.9 cm, 6.8 cc) "
          "planned with TWO isocentres (not two lesions), 1800 cGy to the 80% IDL; DSA + MRI + CT fused; "
          "frameless mask with ExacTrac. The letter (Gy) says 20 Gy: self-contradicting (gold 18 Gy from the "
          "plan and the delivery record).",
    docs=[
        Doc("1_plan_report.pdf", [[
            H1("Stereotactic radiosurgery plan report - AVM"),
            KeyValue([("Treatment unit", "Novalis Tx (6 MV SRS, HD120 MLC)"), ("Planning system", "Brainlab Elements Cranial SRS"),
                      ("Immobilisation", "Brainlab frameless SRS mask"),
                      ("Images", "CT 0.7 mm 11/16/2026; MRI T1+Gd and TOF 11/16/2026; DSA (biplane) 11/13/2026, registered")]),
            H2("Target"),
            RuledTable([("Structure", "Location", "Max dimension", "Volume", "Prescription", "Isodose", "Fractions"),
                        ("AVM_nidus", "R occipital (calcarine)", "2.9 cm", "6.8 cc", "1800 cGy", "80%", "1")]),
            H2("Isocentres (same target)"),
            RuledTable([("Isocentre", "X (cm)", "Y (cm)", "Z (cm)", "Arcs", "MU"),
                        ("ISO_1 (anterior nidus)", "2.14", "-6.31", "1.02", "4", "2 318"),
                        ("ISO_2 (posterior nidus)", "2.47", "-7.58", "0.66", "3", "1 964")]),
            P("Because of the elongated nidus two isocentres were used to cover the single target. Draining vein to the straight sinus excluded. 12 Gy volume 10.2 cc; optic radiation Dmax 1510 cGy; brainstem Dmax 402 cGy."),
            H2("Delivery record"),
            RuledTable([("Date", "Isocentre", "ExacTrac X-ray check", "Delivered"),
                        ("11/19/2026", "ISO_1", "0.4 mm / 0.3 deg", "as planned"),
                        ("11/19/2026", "ISO_2", "0.5 mm / 0.2 deg", "as planned")]),
            P("Total delivered to AVM_nidus: 1800 cGy in 1 fraction."),
            sig("Dr Serafina Hollingworth-Ade (radiation oncology) and P. Ruddock (physics) 11/19/2026"),
        ]], opts=dict(header=hdr(_c, 13))),
        Doc("2_letter.txt", text=f"""
MARROWBY HEALTH - DEPARTMENT OF RADIATION ONCOLOGY
11/20/2026

Dr Amos Veitch, Neurology
Re: {patient(13)}, MRN {mrn(13)}

Dear Dr Veitch,

Thank you for referring this 34-year-old man with a right occipital
arteriovenous malformation (Spetzler-Martin grade II) presenting with visual
seizures. He underwent linac-based stereotactic radiosurgery on the Novalis Tx
on 11/19/2026 in a frameless mask, after registration of the catheter
angiogram with the planning CT and MRI. The nidus received 20 Gy in a single
fraction. He tolerated it well. Please continue lacosamide. We will obtain an
MRI at 6 and 12 months and an angiogram at 3 years.

Sincerely,
Serafina Hollingworth-Ade, MD
{FOOT}
"""),
    ])

# b27_14 -- pdf: plan report with lesions as columns (transposed), sizes 35 mm / 3.4 cm, 6 mm to optic nerve ------
_c = "NETHERCOTT RADIOTHERAPY CENTRE"
add(name="b27_14", kind="pdf", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 4, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal metastasis (lesion A)", "cranial", C, 16, 1),
             L("left insular metastasis (lesion B)", "cranial", S, 16, 1),
             L("right temporal pole metastasis (lesion C)", "cranial", S, 20, 1),
             L("cerebellar vermis metastasis (lesion D)", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Single-page plan report whose table has one column per lesion (A-D) and rows location / max "
          "diameter / volume / dose / isodose / fractions / distance to optic apparatus / distance to "
          "brainstem. Size exactly at the threshold: A 35 mm (complex), B 3.4 cm (simple); C is 6 mm from "
          "the right optic nerve (simple, > 5 mm); D vermis (cerebellum, 7 mm from the brainstem: simple). "
          "Varian Edge, mask, one fraction; 'four lesions' agrees.",
    docs=[Doc("b27_14.pdf", [[
        H1("SRS plan report - four lesions"),
        KeyValue([("Unit", "Varian Edge, 6X-FFF"), ("Planning", "Eclipse HyperArc, single isocentre, 4 arcs"),
                  ("Immobilisation", "Encompass mask"), ("Imaging", "CT sim 1 mm (11/09/2026) + MRI T1 MPRAGE Gd (11/06/2026)"),
                  ("Fractions", "1 (treated 11/12/2026)")]),
        RuledTable([("", "Lesion A", "Lesion B", "Lesion C", "Lesion D"),
                    ("Location", "R frontal", "L insula", "R temporal pole", "Cerebellar vermis"),
                    ("Max diameter", "35 mm", "3.4 cm", "1.2 cm", "0.8 cm"),
                    ("GTV volume", "13.9 cc", "12.1 cc", "0.8 cc", "0.2 cc"),
                    ("Dose", "16 Gy", "16 Gy", "20 Gy", "20 Gy"),
                    ("Isodose", "80%", "80%", "80%", "80%"),
                    ("Fractions", "1", "1", "1", "1"),
                    ("To optic apparatus", "31 mm", "28 mm", "6 mm (R optic n.)", "55 mm"),
                    ("To brainstem", "52 mm", "24 mm", "21 mm", "7 mm")]),
        P("OAR: right optic nerve Dmax 7.4 Gy; chiasm 5.1 Gy; brainstem Dmax 10.8 Gy; brain V12Gy 16.3 cc (accepted given lesion sizes)."),
        P("Pre-treatment: portal dosimetry 99.4% (2%/1 mm); CBCT with 6DoF couch and surface guidance (OSMS) during delivery."),
        P("Delivered 11/12/2026: all four lesions treated as planned in a single fraction."),
        sig("Dr Cosmo Tregarthen, Radiation Oncology; H. Fenwick-Osei, Physics - 11/12/2026"),
    ]], opts=dict(header=hdr(_c, 14)))])


# ==================================================================================================
# CyberKnife cranial (2)
# ==================================================================================================

# b27_15 -- txt: fixed-width European CK summary; cavernous sinus meningioma 5 x 5,0 Gy -------------------------
add(name="b27_15", kind="ehr_text", codes=["G0339", "G0340", "77435", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("right cavernous sinus meningioma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Fixed-width European printout (12.10.2026, '5,0 Gy', '25,0 Gy', '78 %'): CyberKnife M6, "
          "thermoplastic mask, 6D Skull tracking; right cavernous sinus meningioma (complex: cavernous sinus, "
          "3 mm from the right optic nerve) 25 Gy in 5 fractions. Fraction table with per-fraction doses.",
    docs=[Doc("b27_15.txt", text=f"""
OAKENSHAW CYBERKNIFE CENTRE                                   Printed 19.10.2026
==============================================================================
ROBOTIC RADIO-SURGERY - TREATMENT SUMMARY
==============================================================================
Patient        {patient(15)}
Hospital no.   {mrn(15)}
Diagnosis      Meningioma WHO grade 1 (radiological), right cavernous sinus,
               2,8 x 2,1 cm, 3 mm from the right optic nerve
System         Accuray CyberKnife M6, Iris collimator, Precision 3.3
Fixation       Thermoplastic face mask (Orfit), headrest
Planning       CT 1,0 mm with contrast 05.10.2026 fused with MRI T1 + Gd and
               CISS 05.10.2026
Tracking       6D Skull (paired kV X-ray), imaging interval 45 s

Prescription   25,0 Gy in 5 fractions of 5,0 Gy to the 78 % isodose
               Dmax 32,1 Gy ; coverage 96,4 % ; 186 beams, 74 nodes

Organs at risk  Dmax (Gy, course)
  Optic nerve R  22,6
  Chiasm         19,8
  Brainstem      21,4

Fx   Date         Dose (Gy)   Tracking corr. max (mm)   Time (min)
--   ----------   ---------   -----------------------   ----------
1    12.10.2026     5,0            0,6                     38
2    13.10.2026     5,0            0,4                     36
3    14.10.2026     5,0            0,7                     37
4    15.10.2026     5,0            0,3                     35
5    16.10.2026     5,0            0,5                     36
                 ---------
Total              25,0 Gy

Course completed as prescribed. Mild headache after fraction 1, settled.
MRI in 6 months.

Dr Perpetua Ashcombe-Nkemelu, Consultant Clinical Oncologist  19.10.2026
{FOOT}
""")])

# b27_16 -- bundle: CK log PDF (3 fractions, per-fraction table) + summary saying five (contradiction) -------------
_c = "PELLMARSH CYBERKNIFE INSTITUTE"
add(name="b27_16", kind="bundle", codes=["G0339", "G0340", "77435", "61796", "61797"],
    facts=F("robotic_linac", ["cranial"], 2, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal metastasis", "cranial", S, 27, 3),
             L("right occipital metastasis", "cranial", S, 24, 3)],
    categories=cats(),
    contradiction="The CyberKnife treatment log records three dated fractions (9 Gy and 8 Gy per fraction), but the completion summary says the course was delivered in five fractions.",
    notes="CyberKnife S7 fractionated SRS, mask + 6D Skull: a treatment-log PDF with three dated fractions and "
          "per-fraction doses (9 Gy and 8 Gy), the totals 27 Gy and 24 Gy only in prose; the completion "
          "summary says five fractions. Gold 3 fractions (log and totals).",
    docs=[
        Doc("1_treatment_log.pdf", [[
            H1("CyberKnife treatment log"),
            KeyValue([("System", "CyberKnife S7, InCise MLC"), ("Tracking", "6D Skull"),
                      ("Fixation", "thermoplastic mask"), ("Planning images", "CT 1 mm + MRI T1 Gd (10/20/2026), fused in Precision")]),
            RuledTable([("Fx", "Date", "L frontal (Gy)", "R occipital (Gy)", "Max tracking corr.", "RTT"),
                        ("1", "10/26/2026", "9.0", "8.0", "0.6 mm", "AB"),
                        ("2", "10/28/2026", "9.0", "8.0", "0.5 mm", "AB"),
                        ("3", "10/30/2026", "9.0", "8.0", "0.7 mm", "CD")]),
            P("Prescription: left frontal metastasis (2.8 cm) 27 Gy in 3 fractions to the 75% isodose; right occipital metastasis (1.9 cm) 24 Gy in 3 fractions to the 77% isodose. Plan status: completed 10/30/2026."),
            sig("Physics sign-off: Q. Lindqvist-Obi 10/30/2026"),
        ]], opts=dict(header=hdr(_c, 16))),
        Doc("2_completion_summary.txt", text=f"""
PELLMARSH CYBERKNIFE INSTITUTE - COMPLETION SUMMARY
Patient: {patient(16)}    MRN: {mrn(16)}    Date: 11/02/2026

Diagnosis: Metastatic breast cancer (ER+, HER2-) with two brain metastases.

Treatment: fractionated stereotactic radiosurgery on the CyberKnife S7 with a
thermoplastic mask and 6D Skull tracking, delivered in five fractions between
10/26/2026 and 10/30/2026: left frontal metastasis 27 Gy, right occipital
metastasis 24 Gy. Both lesions treated at every session. Well tolerated.

Follow-up MRI in 2 months.

Leocadia Brannigan-Soto, MD
{FOOT}
"""),
    ])


# ==================================================================================================
# Hard negatives and near-misses (4)
# ==================================================================================================

# b27_17 -- bundle: WBRT 30 Gy in 10 claimed as SRS/SBRT --------------------------------------------------------
_c = "QUARRENDON GENERAL HOSPITAL - RADIOTHERAPY"
add(name="b27_17", kind="bundle", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 10, ["CT"], ["mask"]),
    lesions=[L("whole brain", "cranial", S, 30, 10)],
    categories=cats(),
    notes="Near-miss: conventional whole-brain radiotherapy 30 Gy in 10 fractions (3 Gy per fraction, opposed "
          "laterals) for more than fifteen metastases, with SRS explicitly not offered; claimed as SBRT. "
          "One treated volume (whole brain), 10 fractions: every SRS/SBRT code inconsistent, no delivery code. "
          "The MRI listing the metastases is diagnostic, not used for planning (CT only).",
    docs=[
        Doc("1_prescription.pdf", [[
            H1("Radiotherapy prescription and plan"),
            KeyValue([("Site", "Whole brain"), ("Intent", "Palliative"), ("Dose", "30 Gy in 10 fractions, 3 Gy per fraction, 5 per week"),
                      ("Technique", "3D conformal, parallel-opposed lateral fields, 6 MV, TrueBeam"),
                      ("Immobilisation", "Thermoplastic mask (5-point)"), ("Simulation", "CT 3 mm 10/05/2026, no MRI fusion")]),
            P("Diagnostic MRI 09/30/2026: more than fifteen enhancing metastases in both hemispheres and the cerebellum, largest 1.3 cm. Stereotactic radiosurgery was not offered because of the number of lesions; whole-brain radiotherapy chosen. Hippocampal avoidance was not used (a lesion lies in the left hippocampus)."),
            P("Verification: MV portal images fraction 1 then weekly."),
            sig("Dr Winthrop Aldous-Merrick 10/06/2026"),
        ]], opts=dict(header=hdr(_c, 17))),
        Doc("2_end_of_treatment.txt", text=f"""
QUARRENDON GENERAL HOSPITAL - END OF TREATMENT SUMMARY
{patient(17)}   {mrn(17)}

Whole brain: 30 Gy in 10 fractions completed 10/08/2026 - 10/21/2026 (10 of
10 fractions). Portal imaging fractions 1, 6 within tolerance. Grade 1 fatigue
and alopecia. Dexamethasone taper. MRI brain in 3 months; hospice discussion
started.

W. Aldous-Merrick, MD
{FOOT}
"""),
    ])

# b27_18 -- txt: lower-case speech-to-text consultation; GK recommended, not delivered ---------------------------
add(name="b27_18", kind="ehr_text", codes=["77371", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: dictated radiation-oncology consultation (speech-to-text, lower case, spoken "
          "punctuation) recommending frame-based Gamma Knife for three metastases (20, 20 and 18 Gy "
          "proposed); the patient wants time to decide and nothing is scheduled. Diagnostic MRI only. "
          "Nothing delivered: facts empty, every category unmet, every code inconsistent.",
    docs=[Doc("b27_18.txt", text=f"""
RAVENSCAR NEURO-ONCOLOGY CLINIC - DICTATION TRANSCRIPT (AUTO)
patient {patient(18)}   mrn {mrn(18)}   clinic date 11/24/2026

radiation oncology consultation period new paragraph reason for visit colon brain metastases comma referred by doctor ellery for consideration of radiosurgery period new paragraph history colon sixty seven year old man with stage four renal cell carcinoma on cabozantinib period a diagnostic mri of the brain on november eighteenth shows three enhancing lesions colon a one point four centimeter left cerebellar lesion comma a zero point nine centimeter right frontal lesion and a one point nine centimeter right temporal lesion period no prior brain radiation period new paragraph assessment and plan colon i recommended gamma knife radiosurgery with a leksell frame in a single session comma proposing twenty gray to the two smaller lesions and eighteen gray to the right temporal lesion at the fifty percent isodose line period we also discussed whole brain radiation and surveillance period he would like to talk it over with his daughter before deciding and will call us next week period no treatment has been scheduled period a stereotactic mri would be obtained on the day of the procedure if he proceeds period end of dictation

[auto transcript - unsigned]
{FOOT}
""")])

# b27_19 -- txt: hard-wrapped follow-up letter after CyberKnife elsewhere --------------------------------------
add(name="b27_19", kind="ehr_text", codes=["77372", "77432"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: follow-up clinic letter (hard-wrapped, hyphenated) four months after single-fraction "
          "CyberKnife radiosurgery to two metastases at another hospital (21 Gy and 18 Gy, 07/2026); today's MRI "
          "is surveillance. Nothing delivered here: facts empty, every category unmet, codes inconsistent.",
    docs=[Doc("b27_19.txt", text=wrap(f"""
SALTCOTE CLINIC - NEURO-ONCOLOGY FOLLOW-UP
Patient: {patient(19)}   MRN: {mrn(19)}   Clinic date: 11/30/2026

Dear Dr Farquharson,

I reviewed Ms Twentysevenpatient today in the neuro-oncology clinic, four months after her radiosurgery. As you know she was treated at St Wilfrid's Hospital in 07/2026 with single-fraction CyberKnife radiosurgery to two metastases from her lung adenocarcinoma: a right frontal lesion (21 Gy) and a left cerebellar lesion (18 Gy), both at the 80% isodose according to the outside summary, which is attached to her record. We did not deliver any treatment here.

Her surveillance MRI brain of 11/26/2026 shows that the right frontal lesion has decreased from 1.6 to 0.7 cm and the left cerebellar lesion from 1.1 cm to a punctate focus, with mild surrounding oedema and no new lesions. She is neurologically intact, KPS 90, and continuing osimertinib.

Plan: surveillance MRI in three months; no further radiotherapy is needed at present. She knows to contact us with any new headache or neurological symptoms.

Yours sincerely,

Dr Ottilie Greenhalgh-Bassey, Neuro-oncology
{FOOT}
""", 76))])

# b27_20 -- pdf: hippocampal-avoidance WBRT plan approved, not started --------------------------------------------
_c = "TARNBROOK CANCER CENTRE - RADIATION ONCOLOGY"
add(name="b27_20", kind="pdf", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: plan report of a hippocampal-avoidance WBRT (HA-WBRT) course, 30 Gy in 10 fractions "
          "VMAT with memantine, approved 11/30/2026 and due to start 12/07/2026; no fraction delivered. "
          "An earlier discussion of SRS for the four metastases was set aside. Nothing delivered: facts "
          "empty, every category unmet, codes inconsistent.",
    docs=[Doc("b27_20.pdf", [[
        H1("Treatment plan report - HA-WBRT"),
        KeyValue([("Plan", "HA_WBRT_30Gy10 (Eclipse 16.1, RapidArc)"), ("Status", "Approved 11/30/2026 - not yet treated"),
                  ("Planned start", "12/07/2026"), ("Unit", "TrueBeam (TB1)"), ("Prescription", "30 Gy in 10 fractions, 3 Gy per fraction"),
                  ("Immobilisation", "thermoplastic mask, to be made at simulation")]),
        RuledTable([("Structure", "Objective", "Planned"),
                    ("PTV_WholeBrain", "D95 >= 30 Gy", "D95 30.1 Gy"),
                    ("Hippocampi (bilateral)", "D100 <= 9 Gy, Dmax <= 16 Gy", "D100 8.4 Gy, Dmax 15.2 Gy"),
                    ("Optic chiasm", "Dmax <= 37.5 Gy", "31.8 Gy"),
                    ("Lenses", "Dmax <= 7 Gy", "5.9 Gy")]),
        P("Indication: four brain metastases from small-cell lung cancer (diagnostic MRI 11/16/2026). Radiosurgery was considered at the tumour board and not recommended because of the histology; HA-WBRT with memantine is planned. Simulation CT and MRI fusion are scheduled for 12/02/2026; this report was produced from the diagnostic MRI as a feasibility plan and will be re-optimised on the simulation CT."),
        P("No treatment has been delivered."),
        sig("Dr Jocasta Penberthy-Uzo 11/30/2026"),
    ]], opts=dict(header=hdr(_c, 20)))])


CORPUS = Corpus("blind_corpus27", "tests/blind_corpus27", CHARTS, pdf_options={"footer": FOOT, "font": "Helvetica"},
                hand_written=["README.md", "FIRST_RUN.md"])
