"""Twentieth blind corpus, ``tests/blind_corpus20/`` (regenerate: ``python scripts/make_corpus.py blind_corpus20``).

Twenty courses as a coding office receives them: resident/APP progress notes in heavy clinical shorthand
(s/p, Rx, fx, IDL, "@", "GK x3", "SBRT 5x10", "->", problem-oriented "#1 ..." assessment and plan,
copy-forwarded text marked or unmarked); patient-facing documents (after-visit summaries, portal messages,
plain-language letters) mixed with the clinical record; longitudinal bundles holding an earlier radiosurgery
course and the current one (only the current course counts; salvage, a retreated lesion, lesions observed
but not treated); oncology-information-system exports (reference-point dose tracking, treatment-calendar
grids, session logs, ASCII pipe tables, tab-separated text). Four scanned pages (150-200 dpi), one of them
two-column. Hard negatives: a Gamma Knife course cancelled for hospice, a conventional palliative spine
course claimed as SBRT, a superbill with no clinical documentation, a second-opinion letter. Four charts
contradict themselves (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (notes and text exports are deliberately long lines)

from __future__ import annotations

from pdfmaker import BulletList, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ARABELLA", "BARNABY", "CORDELIA", "DESMOND", "EULALIA", "FLETCHER", "GWENDOLYN", "HORATIO", "IMOGEN", "JASPER",
         "KATRINA", "LEOPOLD", "MIRABEL", "NATHANIEL", "OPHELIA", "PERCIVAL", "QUENTIN", "ROSALIND", "SEBASTIAN", "TABITHA"]


def patient(n: int) -> str:
    return f"TWENTYPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-20{n:03d}"


def hdr(clinic: str, n: int, extra: str = "") -> list[str]:
    return [clinic, f"Patient: {patient(n)}    MRN: {mrn(n)}" + (f"    {extra}" if extra else "")]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Gamma Knife
# ==================================================================================================

# b20_01 -- bundle (longitudinal): 2025 GK course summary + current resident note + GK treatment summary ---------
add(name="b20_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 2, 1, ["MRI"], ["frame"]),
    lesions=[L("left frontal", "cranial", S, 20, 1), L("right temporal", "cranial", S, 22, 1)],
    categories=cats(),
    notes="Longitudinal bundle: the 08/2025 Gamma Knife completion summary (three lesions, CT + MRI, frame) is "
          "the earlier course; the current 10/2026 course treats two new lesions (left frontal 20 Gy, right "
          "temporal 22 Gy, 50% IDL) under a Leksell frame with a stereotactic MRI only ('no stereotactic CT this "
          "time'). A 2 mm left precentral focus is observed, not treated; the three 2025 lesions are stable. "
          "Resident shorthand with a marked copy-forward of the 2025 history.",
    docs=[
        Doc("1_prior_course_2025.txt", text=f"""
MARROWFIELD NEUROSCIENCE PAVILION - GAMMA KNIFE CENTER
RADIOSURGERY COMPLETION SUMMARY
Patient: {patient(1)}    MRN: {mrn(1)}    Date of treatment: 08/14/2025

Diagnosis: Brain metastases, HER2+ breast cancer (C79.31).
Unit: Leksell Gamma Knife Perfexion. Leksell G frame applied under local anesthesia.
Imaging: stereotactic CT (1 mm) and stereotactic MRI with gadolinium, co-registered in GammaPlan.
Targets treated (single session, 50% isodose line):
  1. Right parietal, 1.6 cm - 20 Gy
  2. Left occipital, 0.8 cm - 20 Gy
  3. Right cerebellar, 2.0 cm - 18 Gy
Physics check of shot coordinates and frame adapter clearance completed before treatment.
Follow-up MRI in 8 weeks.

Signed: Octavia Renshaw-Pike, MD (Radiation Oncology)    Lucan Fairbrother, MD (Neurosurgery)    08/15/2025
{FOOT}
"""),
        Doc("2_resident_note_2026-10-21.txt", text=f"""
MARROWFIELD NEUROSCIENCE PAVILION - RAD ONC PROGRESS NOTE (RESIDENT)
Pt: {patient(1)}   MRN: {mrn(1)}   DOS 10/21/2026   Author: T. Okonkwo-Bristow, MD (PGY-4)

S: 58F HER2+ breast ca w/ brain mets. [copied fwd from 08/2025 note: s/p GK 08/14/2025 to R parietal 20 Gy, L occipital 20 Gy, R cerebellar 18 Gy @ 50% IDL, frame, CT+MRI.] Here today for GK #2 for new lesions on surveillance MRI 10/02/2026. No HA, no sz. On T-DXd. KPS 90.

O: NAD. CN II-XII intact. Strength 5/5 x4. Gait nl.
MRI 10/02/26 (diagnostic): 2 new enhancing lesions - L frontal 1.3 cm, R temporal 0.9 cm. 2 mm punctate focus L precentral gyrus, indeterminate. Prior 3 GK'd lesions smaller/stable, no edema.

A/P:
#1 Brain mets, new x2 - GK today.
   - Leksell G frame placed 0715 by Dr. Fairbrother (4 pins, local), tolerated well.
   - Stereotactic MRI w/ frame -> GammaPlan. No stereotactic CT this time (MRI-only plan, skull scaling by ruler measurements).
   - L frontal: GTV 1.3 cm, Rx 20 Gy @ 50% IDL, 9 shots.
   - R temporal: GTV 0.9 cm, Rx 22 Gy @ 50% IDL, 5 shots.
   - Brainstem Dmax 6.1 Gy. V12 brain 4.2 cc.
   - L precentral 2 mm focus -> NOT targeted, observe on next MRI.
#2 Prior GK'd lesions (2025) - stable, no retx.
#3 HER2+ breast ca - cont T-DXd per med onc, hold x 1 day.
Dispo: frame off after tx, home w/ husband. MRI 8 wks.

Staffed w/ Dr. Renshaw-Pike, who saw and examined pt and agrees w/ plan.
T. Okonkwo-Bristow, MD / O. Renshaw-Pike, MD (attending) 10/21/2026
{FOOT}
"""),
        Doc("3_gk_treatment_summary.txt", text=f"""
MARROWFIELD NEUROSCIENCE PAVILION - GAMMA KNIFE TREATMENT RECORD (export)
Patient: {patient(1)}  MRN: {mrn(1)}  Unit: Leksell Gamma Knife Perfexion  Fixation: Leksell frame (G)
Treatment date: 10/21/2026   Session: 1 of 1

+----+---------------+--------+-------+---------+-----------+----------+
| #  | Target        | Vol cc | Shots | IDL (%) | Rx (Gy)   | Max (Gy) |
+----+---------------+--------+-------+---------+-----------+----------+
| 1  | L frontal     | 0.92   | 9     | 50      | 20.0      | 40.0     |
| 2  | R temporal    | 0.31   | 5     | 50      | 22.0      | 44.0     |
+----+---------------+--------+-------+---------+-----------+----------+

Pre-treatment checks: frame fiducial definition on stereotactic MRI (mean 0.3 mm) OK; independent check of shot
coordinates vs GammaPlan printout OK; frame adapter clearance check on couch OK; unit daily QA passed.
Beam-on time 38.6 min. Treatment delivered as planned, no interruptions.

Delivered: L frontal 20 Gy x 1; R temporal 22 Gy x 1.
Physicist: Rowan Achterberg, PhD  10/21/2026    Physician: O. Renshaw-Pike, MD  10/21/2026
{FOOT}
"""),
    ])

# b20_02 -- ehr_text: three on-treatment resident notes, GK Icon mask 9 Gy x 3 to a 3.7 cm metastasis ---------
add(name="b20_02", kind="ehr_text", codes=["77373", "77435", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 3, ["MRI"], ["mask"]),
    lesions=[L("left temporal metastasis", "cranial", C, 27, 3)],
    categories=cats(),
    notes="Three on-treatment progress notes (fx 1, 2, 3) in APP shorthand, the later two copy-forwarded with "
          "'** copied fwd **' markers: Gamma Knife Icon with a mask, 'GK x3' 9 Gy x 3 = 27 Gy @ 50% IDL to a "
          "3.7 cm left temporal metastasis (complex by size). Planning MRI only; Icon CBCT and IFMM are image "
          "guidance. Max dose 54 Gy, brainstem 14.8 Gy and the '3.7' size are traps.",
    docs=[Doc("b20_02.txt", text=f"""
CALDER RIDGE CANCER INSTITUTE - RADIATION ONCOLOGY ON-TREATMENT NOTE
Pt: {patient(2)}   MRN: {mrn(2)}   DOS: 11/03/2026   Author: Priya Halvorsen-Mbeki, PA-C

CC: OTV, GK fx 1/3.
S: 66M NSCLC (adeno, ALK-) w/ solitary L temporal met 3.7 cm (MRI 10/22), mild word-finding difficulty. Declined resection. Plan GK x3 (fractionated, Icon, mask) - 9 Gy x 3 = 27 Gy @ 50% IDL. Mask + Icon head cushion made 10/28; planning MRI 10/28 (3D T1 post-gad, T2) -> GammaPlan, GTV = PTV, 26 shots. Dmax 54 Gy. Brainstem Dmax 14.8 Gy total (3 fx). L optic tract > 10 mm.
Today: c/o mild HA this AM, took APAP. Dex 4 mg BID.
O: AOx3, mild anomia, no new deficit.
Tx: CBCT at Icon -> co-registered to planning MRI, shift accepted by MD. IFMM nose marker, max motion 0.6 mm, no gating pauses. Fx 1 delivered 9 Gy, 41 min.
A/P: #1 L temporal met - fx 1/3 done, tolerated. Cont dex, taper after fx 3.
P. Halvorsen-Mbeki, PA-C / Ignatius Varga-Lindqvist, MD

------------------------------------------------------------------------
CALDER RIDGE CANCER INSTITUTE - RADIATION ONCOLOGY ON-TREATMENT NOTE
Pt: {patient(2)}   MRN: {mrn(2)}   DOS: 11/05/2026   Author: Priya Halvorsen-Mbeki, PA-C

CC: OTV, GK fx 2/3.
S: ** copied fwd from 11/03 ** 66M NSCLC (adeno, ALK-) w/ solitary L temporal met 3.7 cm (MRI 10/22), mild word-finding difficulty. Declined resection. Plan GK x3 (fractionated, Icon, mask) - 9 Gy x 3 = 27 Gy @ 50% IDL. ** end copied text **
Today: HA resolved. Word-finding same.
O: unchanged.
Tx: CBCT -> registered, shift 0.8 mm, approved. IFMM max 0.9 mm. Fx 2 delivered 9 Gy (cum 18 Gy).
A/P: #1 L temporal met - fx 2/3 done. #2 steroid - cont dex 4 BID.
P. Halvorsen-Mbeki, PA-C / Ignatius Varga-Lindqvist, MD

------------------------------------------------------------------------
CALDER RIDGE CANCER INSTITUTE - RADIATION ONCOLOGY ON-TREATMENT NOTE
Pt: {patient(2)}   MRN: {mrn(2)}   DOS: 11/07/2026   Author: Priya Halvorsen-Mbeki, PA-C

CC: OTV, GK fx 3/3, last tx.
S: ** copied fwd from 11/03 ** 66M NSCLC (adeno, ALK-) w/ solitary L temporal met 3.7 cm (MRI 10/22), mild word-finding difficulty. Declined resection. ** end copied text **
Today: feels well.
Tx: CBCT registered, shift 0.5 mm, approved. IFMM max 0.4 mm. Fx 3 delivered 9 Gy.
A/P:
#1 L temporal met -> GK x3 COMPLETE: 27 Gy / 3 fx @ 50% IDL, 11/03 - 11/07/2026, no interruptions.
#2 Dex taper: 4 mg BID x3d -> 2 mg BID x3d -> off.
#3 F/u MRI brain 6 wks, then clinic.
P. Halvorsen-Mbeki, PA-C / Ignatius Varga-Lindqvist, MD (attending, agree w/ above) 11/07/2026
{FOOT}
""")])

# b20_03 -- bundle: GK frame trigeminal neuralgia: shorthand procedure note + after-visit summary + portal msg -----
add(name="b20_03", kind="bundle", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Functional target (complex): right trigeminal neuralgia, Leksell frame, stereotactic MRI (CISS) + CT, "
          "one 4 mm shot, 80 Gy maximum dose at the 100% isodose. Patient-facing after-visit summary and a "
          "portal message exchange about persisting pain sit beside the procedure note; 'brainstem surface "
          "dose 16 Gy (20% isodose)' and carbamazepine doses are not the prescription.",
    docs=[
        Doc("1_procedure_note.txt", text=f"""
BELLHAVEN REGIONAL GAMMA KNIFE CENTER - RADIOSURGERY PROCEDURE NOTE
Pt: {patient(3)}   MRN: {mrn(3)}   DOS: 11/10/2026
Attending neurosurgeon: Halsey Morrow-Adeyemi, MD   Rad onc: Greta Solberg-Iwu, MD   Physics: N. Castellane, MS

Dx: R trigeminal neuralgia, V2/V3, type 1 (G50.0). Failed carbamazepine 800 mg/d + baclofen; s/p R MVD 2019 w/ recurrence 2023. Declines repeat surgery.

Procedure: GKRS R trigeminal nerve.
 - Leksell G frame applied, 4 pins, local (lido/bupi), mild sedation. Tolerated.
 - Stereotactic MRI: 3D CISS + T1 post-gad, 0.6 mm. Stereotactic CT (frame, 1 mm) obtained for skull definition / fusion (post-MVD Teflon artifact on MR).
 - Target: R trigeminal nerve root, 7 mm anterior to the root entry zone (cisternal segment). 1 shot, 4 mm collimator.
 - Rx: 80 Gy max dose (100% isodose). Brainstem surface 16 Gy at 20% isodose line.
 - Physics independent check of shot coordinates + frame coordinate verification on couch: OK.
 - Delivered on Leksell Gamma Knife Icon (framed mode), single session, beam-on 63 min.
Frame removed, pin sites dressed. No complications.
A/P: #1 R TN - s/p GKRS 80 Gy max x 1 today. Cont carbamazepine unchanged until pain relief, then taper with neurology. Expect response 2-12 wks. RTC 3 mo.

H. Morrow-Adeyemi, MD   /   G. Solberg-Iwu, MD (co-signed 11/10/2026)
{FOOT}
"""),
        Doc("2_after_visit_summary.pdf", [[
            H1("After Visit Summary"),
            P(f"{patient(3)}    MRN {mrn(3)}    Visit date: November 10, 2026"),
            P("Bellhaven Regional Gamma Knife Center - Neurosurgery and Radiation Oncology"),
            H2("What we did today"),
            P("You had Gamma Knife radiosurgery for trigeminal neuralgia on the right side of your face. A head frame was attached with four small pins, you had an MRI and a CT scan, and then you received one treatment. The frame was removed before you went home."),
            H2("What to expect"),
            BulletList(["Pain relief usually starts within 2 to 12 weeks. Some people need longer.",
                        "Keep taking carbamazepine exactly as before. Do not stop it on your own.",
                        "The pin sites may be sore for 1 to 2 days. You may shower tomorrow.",
                        "Some people notice numbness on that side of the face months later. Tell us if this happens."]),
            H2("Your medicines"),
            P("Carbamazepine 400 mg twice a day (no change). Baclofen 10 mg three times a day (no change). Acetaminophen 650 mg every 6 hours as needed for pin-site soreness."),
            H2("Follow-up"),
            P("Clinic visit with Dr. Morrow-Adeyemi in 3 months. Call 555-0142 for fever, drainage from a pin site, or new weakness."),
        ]], opts=dict(header=["Bellhaven Regional Gamma Knife Center", "Patient copy"], font="Helvetica")),
        Doc("3_portal_messages.txt", text=f"""
MyBellhaven Patient Portal - Message thread
Patient: {patient(3)}  MRN: {mrn(3)}

From: {patient(3)}   Sent: 11/13/2026 08:12
Subject: still hurting
Hi, it's been 3 days since the gamma knife and my cheek still hurts when I brush my teeth. Did it not work? Should I take more of the carbamazepine?

From: Greta Solberg-Iwu, MD   Sent: 11/13/2026 11:40
Subject: RE: still hurting
Good morning. This is expected. The radiosurgery you had on 11/10 works slowly; most people notice relief between 2 and 12 weeks. Please keep the carbamazepine at the same dose for now (400 mg twice a day) and do not increase it without calling us. If the pain becomes unbearable, call the clinic and we will arrange a visit. - Dr. Solberg-Iwu
{FOOT}
"""),
    ])

# b20_04 -- bundle: hard negative, GK planned for six metastases, patient chose hospice -----------------------
add(name="b20_04", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative (planned, never started): resident consult note plans Gamma Knife with a frame for six "
          "metastases ('GK 11/12, Rx 18-20 Gy @ 50%'); the daughter's portal message cancels because the "
          "patient chose hospice; the attending's cancellation note states no frame was placed, the planning "
          "MRI was not done and no radiation was given. The diagnostic MRI of 10/29 is not planning imaging.",
    docs=[
        Doc("1_consult_note.txt", text=f"""
OXENHOPE VALLEY MEDICAL CENTER - RADIATION ONCOLOGY CONSULT (RESIDENT)
Pt: {patient(4)}   MRN: {mrn(4)}   DOS 11/02/2026   Author: Dmitri Aldous-Kerr, MD (PGY-3)
Ref: Dr. Pemberton (med onc)

HPI: 74M metastatic melanoma, progressed on ipi/nivo, now w/ 6 brain mets on MRI brain 10/29/26 (diagnostic, 1.5T): R frontal 1.8 cm, L parietal 1.1, R occipital 0.7, L cerebellar 1.4, R thalamic 0.5, L temporal 0.9. Mild L hemiparesis. Wt loss 8 kg/3 mo. ECOG 2-3.
PMH: CAD s/p CABG, DM2, CKD3.
Exam: L pronator drift, 4+/5 L arm. Cachectic.

A/P:
#1 Brain mets x6 (melanoma) - discussed WBRT vs GK vs BSC. Pt prefers GK.
   - Plan: GK Perfexion w/ Leksell frame 11/12, stereotactic MRI same AM. Rx 18-20 Gy @ 50% IDL to all 6.
   - Consent signed today. Dex 4 mg BID.
#2 Goals of care - daughter (HCP) present; hospice info given at pt request; pt wants to think it over.
#3 Melanoma - med onc to discuss further systemic options.

Staffed w/ Dr. Lindgren-Osei.
D. Aldous-Kerr, MD / Astrid Lindgren-Osei, MD 11/02/2026
{FOOT}
"""),
        Doc("2_portal_message.txt", text=f"""
OxenhopeConnect Patient Portal - Message
Patient: {patient(4)}  MRN: {mrn(4)}
From: Marguerite (daughter, proxy access)    Sent: 11/08/2026 19:03
Subject: Please cancel Dad's gamma knife on the 12th

Dr. Lindgren-Osei, after a long talk as a family Dad has decided he does not want the gamma knife or any more treatment. He wants to go home with hospice. Please cancel the appointment on Thursday 11/12 and the MRI that morning. Thank you for being so kind to him. - Marguerite

From: Astrid Lindgren-Osei, MD    Sent: 11/09/2026 08:20
Thank you for letting us know. I have cancelled the 11/12 procedure and the MRI and will call you today to help with the hospice referral.
{FOOT}
"""),
        Doc("3_cancellation_note.txt", text=f"""
OXENHOPE VALLEY MEDICAL CENTER - RADIATION ONCOLOGY TELEPHONE / ADMIN NOTE
Pt: {patient(4)}   MRN: {mrn(4)}   DOS 11/09/2026

Spoke w/ pt and daughter by phone. Pt confirms he declines GK and all further cancer-directed tx; elects home hospice. GK 11/12 CANCELLED. No frame placed, stereotactic planning MRI not performed, no plan created, no radiation delivered. Dex taper: 2 mg BID x 3 d then off, or continue for symptom relief per hospice. Hospice referral sent (Oxenhope Home Hospice). Med onc notified.

Astrid Lindgren-Osei, MD 11/09/2026
{FOOT}
"""),
    ])

# b20_05 -- scan (175 dpi, two columns): GK Icon mask single session, retreated recurrence + new lesion --------
_c = "QUARRYBANK RADIOSURGERY UNIT"
add(name="b20_05", kind="scan", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 2, 1, ["MRI"], ["mask"]),
    lesions=[L("left frontal (recurrent)", "cranial", S, 15, 1), L("right occipital", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Scanned (175 dpi) two-column treatment summary: Gamma Knife Icon with a thermoplastic mask, single "
          "session, 11/2026: retreatment of the left frontal lesion (GK 18 Gy in 06/2024, now recurrent, 15 Gy "
          "@ 50%) and a new right occipital lesion 20 Gy. The 2024 course (frame, CT + MRI) is history; a "
          "stable left cerebellar lesion treated in 2024 is observed. Planning MRI only, CBCT at the Icon. "
          "Claimed 61800 is inconsistent (mask, no frame this course).",
    docs=[Doc("b20_05.pdf", [[
        H1("GAMMA KNIFE TREATMENT SUMMARY"),
        KeyValue([("Patient", patient(5)), ("MRN", mrn(5)), ("Treatment date", "11/18/2026"), ("Unit", "Leksell Gamma Knife Icon"),
                  ("Fixation", "Thermoplastic mask (frameless)")], value_x=110),
        H2("History"),
        P("61-year-old woman with renal cell carcinoma. Prior Gamma Knife 06/11/2024 (Leksell frame, stereotactic CT and MRI): left frontal 18 Gy and left cerebellar 20 Gy at the 50% isodose line. MRI 10/30/2026: the left frontal lesion has enlarged to 2.2 cm with rising perfusion (rCBV 3.1), consistent with recurrence; a new 0.8 cm right occipital lesion. The left cerebellar lesion is stable (observe). Surgery declined."),
        H2("Planning"),
        P("Thermoplastic mask and head cushion made 11/16/2026. Planning MRI 11/16/2026 (3D T1 post-contrast, 1 mm) imported into GammaPlan; the stereotactic reference was defined by the Icon cone-beam CT on the treatment day. Targets contoured by Dr. Ferreira-Haldane. Plan approved by physician and physicist."),
        TextTable([("Target", "Size", "IDL", "Rx", "Shots"),
                   ("L frontal (recurrent)", "2.2 cm", "50%", "15 Gy", "17"),
                   ("R occipital (new)", "0.8 cm", "50%", "20 Gy", "4")], columns=(0, 95, 140, 175, 210)),
        H2("Treatment"),
        P("Single session on 11/18/2026. Pre-treatment CBCT co-registered to the planning MRI, correction applied; intrafraction motion management (IFMM) with the nose marker, maximum excursion 0.7 mm, no interruptions. Beam-on time 47 minutes. Physics second check of the plan completed before treatment."),
        H2("Doses delivered"),
        P("Left frontal recurrence 15 Gy x 1 at the 50% isodose line. Right occipital 20 Gy x 1 at the 50% isodose line. Left cerebellar (treated 2024): not retreated."),
        H2("Plan"),
        P("MRI brain with perfusion in 8 weeks. Continue cabozantinib after a 3-day hold."),
        sig("Inês Ferreira-Haldane, MD  11/18/2026"),
        sig("Bartholomew Nkemelu, MS, DABR  11/18/2026"),
    ]], opts=dict(header=hdr(_c, 5), scan=True, scan_dpi=175, two_columns=True, font="Helvetica"))])


# ==================================================================================================
# Linac cranial
# ==================================================================================================

# b20_06 -- bundle: resident pre-SRS note (unmarked copy-forward "x3") + HyperArc plan summary + AVS; 4 lesions --
add(name="b20_06", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 4, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal", "cranial", S, 20, 1), L("right parietal", "cranial", S, 20, 1),
             L("left cerebellar", "cranial", S, 18, 1), L("right occipital", "cranial", S, 20, 1)],
    categories=cats(),
    contradiction="The resident's same-day note plans 'SRS today' for 'brain mets x3' (copied forward from the "
                  "consult without a marker) while the plan summary and the after-visit summary list four treated "
                  "lesions.",
    notes="Resident pre-SRS note whose problem list is copied forward unmarked from the consult ('#1 Brain mets x3 "
          "- SRS today'); the HyperArc plan summary (single isocenter, Encompass mask, CT + MRI, CBCT + OSMS, "
          "portal-dosimetry QA) and the after-visit summary both list four lesions treated in one session: left "
          "frontal 20, right parietal 20, left cerebellar 18, right occipital 20 Gy. Gold: 4 lesions.",
    docs=[
        Doc("1_resident_note.txt", text=f"""
TAMSWORTH GENERAL HOSPITAL - RADIATION ONCOLOGY PRE-PROCEDURE NOTE
Pt: {patient(6)}   MRN: {mrn(6)}   DOS 10/29/2026   Author: Fenella Brathwaite, MD (PGY-2)

HPI: 49M SCLC? no - NSCLC adeno, EGFR exon 19, on osimertinib, w/ brain mets found on staging MRI 10/06. Asymptomatic. KPS 90. Consult 10/09 w/ Dr. Strand-Oyelaran recommended SRS over WBRT.
ROS: neg HA, neg N/V, neg sz.
Exam: nonfocal.

A/P:
#1 Brain mets x3 - SRS today on TrueBeam (HyperArc), 1 fx.
   - Sim 10/19: Encompass SRS mask, CT 1 mm. Planning MRI 10/20 fused.
   - Plan approved by Dr. Strand-Oyelaran + physics 10/27.
   - Premed dex 4 mg x1.
#2 NSCLC - cont osimertinib, no hold needed.
#3 Dispo - home after tx, MRI 6-8 wks.

F. Brathwaite, MD / R. Strand-Oyelaran, MD
{FOOT}
"""),
        Doc("2_plan_treatment_summary.pdf", [[
            H1("Stereotactic Radiosurgery - Plan and Treatment Summary"),
            KeyValue([("Patient", patient(6)), ("MRN", mrn(6)), ("Treatment unit", "Varian TrueBeam STx, HyperArc"),
                      ("Planning system", "Eclipse 16.1"), ("Treatment date", "10/29/2026"), ("Fractions", "1")]),
            P("Simulation 10/19/2026 in an Encompass SRS thermoplastic mask, CT slice thickness 1 mm. Planning MRI 10/20/2026 (3D T1 MPRAGE post-gadolinium) rigidly registered to the CT. GTVs contoured on the fused MRI, PTV = GTV + 1 mm. Single isocenter, 4 non-coplanar VMAT arcs, 6 MV FFF."),
            RuledTable([("Target", "Max dim (cm)", "Rx (Gy)", "Fx", "IDL / coverage", "Delivered (Gy)"),
                        ("PTV1 L frontal", "1.4", "20", "1", "80% / V100 98.1%", "20"),
                        ("PTV2 R parietal", "0.9", "20", "1", "80% / V100 99.4%", "20"),
                        ("PTV3 L cerebellar", "2.1", "18", "1", "80% / V100 97.6%", "18"),
                        ("PTV4 R occipital", "0.6", "20", "1", "80% / V100 99.0%", "20")]),
            P("Normal brain V12 = 5.9 cc. Brainstem Dmax 7.2 Gy. Optic chiasm Dmax 1.1 Gy."),
            P("Patient-specific QA: portal dosimetry, gamma 2%/1 mm 99.2% pass, reviewed by physics 10/27/2026. Before treatment a CBCT was matched with a 6-degree-of-freedom couch correction approved by the physician, with optical surface monitoring (OSMS) during delivery; a repeat CBCT between arcs 2 and 3 showed < 0.5 mm drift."),
            P("All four targets were treated in one session on 10/29/2026 without interruption."),
            sig("Rosalind Strand-Oyelaran, MD 10/29/2026"),
            sig("Matthias Oduya-Brennan, PhD, DABR 10/29/2026"),
        ]], opts=dict(header=hdr("TAMSWORTH GENERAL HOSPITAL - RADIATION ONCOLOGY", 6), font="Times-Roman")),
        Doc("3_after_visit_summary.txt", text=f"""
TAMSWORTH GENERAL HOSPITAL
AFTER VISIT SUMMARY - {patient(6)} - 10/29/2026

Today you had stereotactic radiosurgery (SRS). This was a single, one-time treatment to four small spots in your brain: left front, right side toward the back, left lower back (cerebellum) and right back (occipital). You will not need more treatments for these spots.

What to watch for: headache, nausea, or weakness. Take dexamethasone only if Dr. Strand-Oyelaran told you to.
Next steps: MRI of the brain in about 6-8 weeks. We will call you with the date.
Questions? Radiation Oncology nurse line 555-0167.
{FOOT}
"""),
    ])

# b20_07 -- pdf: OIS-style treatment summary, Edge FSRT to a resection cavity, reference-point table + calendar --
_c = "FENNIMORE LAKES ONCOLOGY - RADIATION ONCOLOGY"
add(name="b20_07", kind="pdf", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("right parietal resection cavity", "cranial", C, 30, 5)],
    categories=cats(),
    notes="Oncology-information-system treatment summary: Edge FSRT to a right parietal resection cavity (complex: "
          "cavity), 6 Gy x 5 = 30 Gy; reference-point dose-tracking table (Ref point / Planned / Delivered / Fx "
          "delivered of planned), a treatment-calendar grid, CT sim + post-op MRI, Encompass mask, daily CBCT + "
          "ExacTrac, second check. Traps: a 'Brain-CTV' total-dose limit point, a 3.9 cm pre-operative size, "
          "Dmax 3450 cGy.",
    docs=[Doc("b20_07.pdf", [[
        H1("Treatment Summary Report"),
        KeyValue([("Patient", patient(7)), ("MRN", mrn(7)), ("Course", "C2 - Brain cavity FSRT"), ("Machine", "Varian Edge (EDGE-1)"),
                  ("Course status", "Completed"), ("First / last treatment", "11/09/2026 / 11/13/2026"),
                  ("Physician", "Leontes Abara-Whitcombe, MD")], value_x=170),
        H2("Diagnosis and intent"),
        P("C79.31 Secondary malignant neoplasm of brain (colorectal primary). Gross total resection of a 3.9 cm right parietal metastasis on 10/14/2026. Intent: adjuvant, curative for intracranial disease."),
        H2("Plan"),
        P("Plan CAV_FSRT_v1 (Eclipse). CT simulation 10/28/2026 in an Encompass frameless mask, 1 mm slices; post-operative MRI 10/26/2026 (T1 post-contrast) fused for delineation. CTV = resection cavity plus 2 mm along the surgical tract; PTV = CTV + 1 mm. Rx 600 cGy x 5 = 3000 cGy prescribed to the 80% isodose line, 3 VMAT arcs, 6 MV FFF, HDMLC. Dmax 3450 cGy. Brainstem Dmax 980 cGy."),
        H2("Reference point dose tracking"),
        RuledTable([("Ref point", "Type", "Planned (cGy)", "Delivered (cGy)", "Fx delivered / planned"),
                    ("CAV_PTV", "Primary (Rx)", "3000", "3000", "5 of 5"),
                    ("Brain-CTV", "Total dose limit", "2000", "1370", "5 of 5")]),
        H2("Treatment calendar (November 2026)"),
        RuledTable([("Mon", "Tue", "Wed", "Thu", "Fri"),
                    ("11/09  Fx1 600", "11/10  Fx2 600", "11/11  Fx3 600", "11/12  Fx4 600", "11/13  Fx5 600")]),
        H2("Image guidance and QA"),
        P("CBCT before every fraction with 6DoF correction plus ExacTrac stereoscopic x-ray verification before each arc; all shifts reviewed and approved by the physician. Independent monitor-unit second check and portal-dosimetry patient QA passed before fraction 1."),
        H2("Course summary"),
        P("Right parietal resection cavity: 3000 cGy in 5 fractions delivered as planned, 11/09/2026 - 11/13/2026. Tolerated well; grade 1 fatigue."),
        sig("Leontes Abara-Whitcombe, MD  11/16/2026  (approved in record)"),
    ]], opts=dict(header=hdr(_c, 7, "Report generated 11/16/2026 14:02"), font="Helvetica"))])

# b20_08 -- bundle: ZAP-X single-session vestibular schwannoma; procedure note + plain-language letter -----------
add(name="b20_08", kind="bundle", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    notes="ZAP-X (gyroscopic linac) single-session radiosurgery to a left vestibular schwannoma (complex), 12 Gy to "
          "the 55% isodose line, mask, planning CT + MRI, kV image guidance during delivery; a plain-language "
          "letter to the patient ('you received one treatment'). Cochlea 4.1 Gy, brainstem 10.8 Gy, 1.8 cm are "
          "traps. The claimed 61797 is inconsistent (one complex lesion, no additional simple lesion).",
    docs=[
        Doc("1_procedure_note.txt", text=f"""
KESTREL POINT NEUROSURGICAL ASSOCIATES - RADIOSURGERY NOTE
Pt: {patient(8)}   MRN: {mrn(8)}   DOS: 11/17/2026
Surgeon: Cassian Velasquez-Thorne, MD   Rad onc: Wilhelmina Achebe-Lund, MD   Physicist: Sorrel Banerjee, MS

Dx: L vestibular schwannoma (D33.3), Koos II, 1.8 cm, growth 3 mm/yr. Serviceable hearing (PTA 35 dB, WRS 80%).
Pre-procedure: ZAP-X thermoplastic mask + headrest 11/11; planning CT 1 mm 11/11; MRI 3T CISS + T1 post-gad 11/11 -> fused.
Target: GTV = enhancing tumor incl. IAC portion, 2.1 cc. PTV = GTV (0 mm).
Rx: 12 Gy x 1 @ 55% IDL, 138 beams, 7.5/10 mm collimators, isocenters x 6.
OAR: cochlea mean 4.1 Gy; brainstem Dmax 10.8 Gy; facial n. (est.) < 12 Gy.
QA: physics plan check + independent dose calc OK 11/16.
Delivery: kV planar images before and throughout delivery, 11 auto-corrections all < 0.7 mm. Treatment time 52 min. Tolerated well.
A/P: #1 L VS - s/p SRS 12 Gy x1 ZAP-X today. MRI IAC 6 mo, audiogram 6 mo. No steroids.

C. Velasquez-Thorne, MD / W. Achebe-Lund, MD 11/17/2026
{FOOT}
"""),
        Doc("2_letter_to_patient.pdf", [[
            P("November 19, 2026"),
            P(f"Dear {FIRST[7].title()},"),
            P("Thank you for trusting us with your care. This letter is a summary of the radiosurgery you had with us, written so you can keep it for your records and share it with your family doctor."),
            P("You received one radiosurgery treatment on November 17, 2026, using the ZAP-X system, for the acoustic neuroma (vestibular schwannoma) on the left side. Before the treatment we made a soft plastic mask for your face and took a CT scan and an MRI scan to plan it. The tumor received a dose of 12 Gy in that single treatment. During the treatment small x-ray pictures were taken to make sure your head was in exactly the right place."),
            P("Most people have no problems in the first weeks. Some notice tiredness or a mild headache. Over the next months you may notice changes in hearing or ringing in the left ear; please tell us if this happens. Very rarely the face on that side can feel numb or weak."),
            P("Your next MRI and hearing test will be in about six months. We will send you the appointment."),
            P("With best wishes,"),
            sig("Wilhelmina Achebe-Lund, MD, Radiation Oncology"),
            P("cc: Dr. Rafferty (primary care)"),
        ]], opts=dict(header=["KESTREL POINT NEUROSURGICAL ASSOCIATES", "Patient letter"], font="Times-Roman")),
    ])

# b20_09 -- bundle (longitudinal): 2024 SRS summary + resident OTV notes + tab-separated OIS export; salvage FSRT --
add(name="b20_09", kind="bundle", codes=["77373", "77435", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal (recurrent)", "cranial", S, 24, 3), L("left temporal", "cranial", S, 27, 3)],
    categories=cats(),
    notes="Longitudinal: 2024 single-fraction Novalis SRS to three lesions (20/20/18 Gy) is the earlier course; the "
          "current 10/2026 salvage course on a TrueBeam STx treats the recurrent right frontal lesion 8 Gy x 3 = 24 "
          "Gy and a new left temporal lesion 9 Gy x 3 = 27 Gy in the same three sessions; the left occipital and "
          "cerebellar 2024 lesions are in remission (not treated). Tab-separated OIS export of the session log and "
          "reference points. 2024 FDG-PET is history.",
    docs=[
        Doc("1_prior_summary_2024.txt", text=f"""
WYVERN HILL CANCER CARE - RADIATION ONCOLOGY
END OF TREATMENT SUMMARY (course 1)
Patient: {patient(9)}    MRN: {mrn(9)}    Treatment date: 03/05/2024

Stage IV lung adenocarcinoma, KRAS G12C, with three brain metastases. Staging FDG-PET 02/2024.
SRS, Novalis Tx, single fraction, frameless mask, CT sim + MRI fusion, ExacTrac.
 Right frontal 1.5 cm: 20 Gy    Left occipital 1.0 cm: 20 Gy    Left cerebellar 2.4 cm: 18 Gy
Completed without complication.
Oluwaseun Breck-Haraldsen, MD 03/06/2024
{FOOT}
"""),
        Doc("2_progress_notes_2026.txt", text=f"""
WYVERN HILL CANCER CARE - RAD ONC PROGRESS NOTE
Pt: {patient(9)}  MRN: {mrn(9)}  DOS 10/12/2026  Author: Anselm Kowalczyk-Reid, NP

S: 71F lung adeno (KRAS G12C) s/p SRS x3 lesions 03/2024 (see course 1). MRI 09/28/26: R frontal lesion enlarging 1.5 -> 2.3 cm, perfusion elevated -> c/w recurrence > necrosis per tumor board 10/01. New L temporal 1.1 cm. L occipital + L cerebellar: resolved/stable.
A/P:
#1 Recurrent R frontal met -> salvage FSRT 8 Gy x 3 = 24 Gy (reduced dose, re-irradiation).
#2 New L temporal met -> 9 Gy x 3 = 27 Gy, same sessions.
#3 L occipital, L cerebellar (2024) -> no tx, observe.
   - Sim today: new thermoplastic mask (old mask does not fit), CT 1 mm. MRI 10/13 for fusion.
   - Tx start 10/20 on TrueBeam STx (ExacTrac), QOD x3.
A. Kowalczyk-Reid, NP / O. Breck-Haraldsen, MD

--------------------------------------------------------------
WYVERN HILL CANCER CARE - RAD ONC OTV NOTE
Pt: {patient(9)}  MRN: {mrn(9)}  DOS 10/24/2026

S: fx 3/3 today. Mild fatigue. No HA. [copied from 10/12: 71F lung adeno (KRAS G12C) s/p SRS x3 lesions 03/2024.]
O: nonfocal.
Tx: CBCT + ExacTrac each fx, shifts approved, all < 1 mm.
A/P: #1 R frontal recurrence - 24 Gy/3 fx COMPLETE. #2 L temporal - 27 Gy/3 fx COMPLETE. MRI 8 wks. Resume sotorasib 10/27.
A. Kowalczyk-Reid, NP / O. Breck-Haraldsen, MD (attending) 10/24/2026
{FOOT}
"""),
        Doc("3_ois_export.txt", text=f"""
# WYVERN HILL CANCER CARE - Treatment record export (tab separated)\tpatient={patient(9)}\tmrn={mrn(9)}\tcourse=C2_BRAIN_2026
# plan\tsystem=Eclipse\tmachine=TRUEBEAM_STX\tarcs=4 VMAT non-coplanar\tenergy=6X-FFF\tisocenter=single\tRx IDL=80%
# targets: PTV_RFront (GTV + 1 mm, recurrent lesion) and PTV_LTemp (GTV + 1 mm), contoured on CT/MRI fusion
# QA: MU second check passed 10/19/2026; patient QA (portal dosimetry) 98.7% passed
RefPoint\tPlanned_cGy\tDelivered_cGy\tFx_delivered\tFx_planned
PTV_RFront\t2400\t2400\t3\t3
PTV_LTemp\t2700\t2700\t3\t3
Session\tDate\tFields\tPTV_RFront_cGy\tPTV_LTemp_cGy\tImaging\tApproved_by
1\t10/20/2026\t4/4\t800\t900\tCBCT+ExacTrac\tOBH
2\t10/22/2026\t4/4\t800\t900\tCBCT+ExacTrac\tOBH
3\t10/24/2026\t4/4\t800\t900\tCBCT+ExacTrac\tOBH
# course status: COMPLETED 10/24/2026
# {FOOT}
"""),
    ])

# b20_10 -- pdf: Versa HD FSRT 27 Gy / 3; plain-language letter says 25 Gy (contradiction); rotated record page --
_c = "SALLOWMERE RADIATION CENTER"
add(name="b20_10", kind="pdf", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left occipital metastasis", "cranial", S, 27, 3)],
    categories=cats(),
    contradiction="The plain-language letter to the patient gives a total dose of 25 Gy while the APP notes and the "
                  "treatment record give 9 Gy x 3 = 27 Gy.",
    notes="Three-page PDF: APP progress notes in shorthand (Versa HD, 'SRT 9 Gy x3 @ 80% IDL'), a landscape "
          "treatment record page stored rotated (session log with XVI CBCT + HexaPOD shifts), and a plain-language "
          "letter to the patient that says 'a total dose of 25 Gy' in three treatments. Gold follows the records: "
          "27 Gy / 3 to a 2.9 cm left occipital metastasis (simple).",
    docs=[Doc("b20_10.pdf", [
        [H1("Radiation Oncology - APP Progress Notes"),
         P(f"Pt: {patient(10)}   MRN: {mrn(10)}"),
         P("11/02/2026 (sim visit): 57M melanoma, new L occipital met 2.9 cm w/ mild R visual field cut. Not surgical candidate per NSG (anticoag for PE). Plan SRT 9 Gy x3 = 27 Gy @ 80% IDL, Elekta Versa HD + HexaPOD. Sim today: Orfit 3-pt SRS mask, CT 1 mm. MRI T1 post-gad 10/30 -> fuse in Monaco. GTV = enhancing lesion, PTV + 1 mm. Plan: 5 VMAT arcs, 6 MV FFF. - J. Thistlewood, NP"),
         P("11/09/2026 (OTV, fx 1): tolerated, no HA. XVI CBCT -> HexaPOD 6D correction, approved. Dex 2 mg daily. - J. Thistlewood, NP / M. Ravensworth-Diallo, MD"),
         P("11/13/2026 (OTV, fx 3/3 - last): SRT COMPLETE, 27 Gy / 3 fx to L occipital met. Field cut unchanged. Dex taper 1 wk. MRI 6 wks. - J. Thistlewood, NP / M. Ravensworth-Diallo, MD")],
        [H1("Treatment Record - Course 1 (L OCCIPITAL SRT)"),
         P("Plan: LOCC_SRT_27Gy3   Machine: VERSA-HD-2   Prescription: 900 cGy x 3 = 2700 cGy, 80% isodose   Physics second check (RadCalc) 11/06/2026 passed"),
         RuledTable([("Fx", "Date", "Plan", "cGy", "Cum cGy", "XVI CBCT", "HexaPOD shift (mm / deg)", "Approved"),
                     ("1", "11/09/2026", "LOCC_SRT", "900", "900", "yes", "1.2 / 0.6", "MRD"),
                     ("2", "11/11/2026", "LOCC_SRT", "900", "1800", "yes", "0.8 / 0.4", "MRD"),
                     ("3", "11/13/2026", "LOCC_SRT", "900", "2700", "yes", "0.6 / 0.3", "MRD")]),
         P("Course status: completed 11/13/2026, 3 of 3 fractions.")],
        [P("November 16, 2026"),
         P(f"Dear {FIRST[9].title()},"),
         P("You have now finished your radiation treatment. Here is a short summary for your records."),
         P("You received three focused radiation treatments (stereotactic radiotherapy) to one spot at the back of the left side of your brain, on November 9, 11 and 13. The total dose was 25 Gy. Before treatment we made a mask for your face and took a CT scan; your MRI from October 30 was also used to plan the treatment."),
         P("Please keep taking dexamethasone as we showed you, lowering the dose over one week. You will have an MRI in about six weeks and see Dr. Ravensworth-Diallo afterwards."),
         sig("Magnus Ravensworth-Diallo, MD")],
    ], opts=dict(header=hdr(_c, 10), rotate={2: 90}, font="Helvetica"))])


# ==================================================================================================
# CyberKnife
# ==================================================================================================

# b20_11 -- ehr_text: CK OIS export with ASCII pipe tables; clinoid meningioma 3 mm from optic nerve, 25 Gy / 5 --
add(name="b20_11", kind="ehr_text", codes=["G0339", "G0340", "77435", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("right anterior clinoid meningioma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="CyberKnife treatment-management export in ASCII pipe tables: plan header, reference points, session log "
          "with dates and 6D Skull tracking, a course status line. Right anterior clinoid meningioma 3 mm from "
          "the right optic nerve (complex), 5 Gy x 5 = 25 Gy @ 78% IDL; CT + MRI; Aquaplast mask. Optic "
          "nerve max 22.9 Gy and 'Fx 5 of 5' are traps; G0339/G0340 fit a robotic 5-session course.",
    docs=[Doc("b20_11.txt", text=f"""
BRACKENRIDGE CYBERKNIFE CENTER -- TREATMENT MANAGEMENT SUMMARY (system export)
Patient ...... {patient(11)}
MRN .......... {mrn(11)}
Course ....... CK-01 R CLINOID MENINGIOMA
Physician .... Evangeline Mortensen-Achterberg, MD      Physicist .... Tobias Nwachukwu-Lyle, PhD
Status ....... COMPLETED 10/30/2026

Diagnosis: D32.0 benign neoplasm of cerebral meninges - right anterior clinoid meningioma, 2.6 cm, enlarging
(2.1 -> 2.6 cm over 2 yrs), 3 mm from the right optic nerve. Not resectable without high risk to vision.

PLAN
| Item              | Value                                                           |
|-------------------|-----------------------------------------------------------------|
| System            | CyberKnife M6, Iris collimator                                  |
| Planning          | Accuray Precision 3.3, plan RCLIN_5fx_v2                        |
| Imaging           | CT 1.0 mm (10/12/2026) + MRI T1 post-gad / FIESTA (10/12/2026), fused |
| Immobilization    | Aquaplast thermoplastic mask, S-frame headrest                  |
| Target            | GTV = enhancing tumor + dural tail; PTV = GTV + 1 mm (0 mm toward optic n.) |
| Prescription      | 2500 cGy in 5 fx, 500 cGy/fx, 78% isodose line                  |
| Beams / nodes     | 164 beams, 71 nodes                                             |
| Tracking          | 6D Skull                                                        |
| OAR               | R optic nerve Dmax 2290 cGy; chiasm Dmax 1870 cGy; brainstem Dmax 1120 cGy |
| QA                | physics second check + patient-specific film QA passed 10/22/2026 |

REFERENCE POINTS
| Ref point      | Planned (cGy) | Delivered (cGy) | Fx          |
|----------------|---------------|-----------------|-------------|
| PTV_RClinoid   | 2500          | 2500            | 5 of 5      |

SESSION LOG
| Fx | Date       | Dose (cGy) | Cum (cGy) | Tracking  | Images | Max corr (mm) | MD  |
|----|------------|------------|-----------|-----------|--------|---------------|-----|
| 1  | 10/26/2026 | 500        | 500       | 6D Skull  | 58     | 0.6           | EMA |
| 2  | 10/27/2026 | 500        | 1000      | 6D Skull  | 61     | 0.4           | EMA |
| 3  | 10/28/2026 | 500        | 1500      | 6D Skull  | 55     | 0.5           | EMA |
| 4  | 10/29/2026 | 500        | 2000      | 6D Skull  | 60     | 0.3           | EMA |
| 5  | 10/30/2026 | 500        | 2500      | 6D Skull  | 57     | 0.4           | EMA |

COURSE SUMMARY: Right anterior clinoid meningioma treated with CyberKnife SRS, 2500 cGy in 5 fractions,
10/26/2026 - 10/30/2026, completed as planned. No acute toxicity. Visual acuity unchanged at last fraction.
Follow-up: MRI + neuro-ophthalmology visual fields in 6 months.

Electronically approved: E. Mortensen-Achterberg, MD 10/30/2026 16:41
{FOOT}
""")])

# b20_12 -- bundle: CK prostate 36.25 Gy / 5 with fiducials; portal messages + AVS says four treatments -----------
add(name="b20_12", kind="bundle", codes=["77373", "77435"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    contradiction="The final after-visit summary says the patient completed four treatments while the CyberKnife "
                  "session log lists five fractions of 725 cGy (3625 cGy).",
    notes="Patient portal messages (fiducial placement, scheduling, a question about urinary frequency), the "
          "last after-visit summary ('you have completed all four of your treatments') and the CyberKnife "
          "session log with the plan header: prostate 7.25 Gy x 5 = 36.25 Gy, three gold fiducials, SpaceOAR "
          "hydrogel (a spacer, not positioning), CT + MRI, fiducial tracking. Gold follows the log: 5 fractions.",
    docs=[
        Doc("1_portal_messages.txt", text=f"""
LindqvistHarbor MyChart - message history
Patient: {patient(12)}   MRN: {mrn(12)}

09/28/2026 10:14  From patient: Got the paperwork for the gold markers and the gel. Do I need someone to drive me on the 6th?
09/28/2026 13:02  From Niamh Ostrowski-Bell, RN: Yes please, you'll have light sedation for the fiducial markers and SpaceOAR. Enema the morning of. Your planning CT and MRI will be the following week.
10/06/2026 16:45  From patient: Markers and gel done today, little sore. Thanks to Dr. Quist.
10/14/2026 09:20  From Niamh Ostrowski-Bell, RN: Your CT and MRI today went well. Your CyberKnife treatments start Monday 10/26 - Monday, Wednesday, Friday, Monday, Wednesday. Each takes about 45 minutes. Come with a comfortably full bladder.
10/30/2026 18:55  From patient: After the third one I'm peeing every hour at night. Normal?
10/31/2026 09:05  From Henrik Quist-Adebayo, MD: That is common during and just after treatment. Start the tamsulosin we prescribed, 0.4 mg at bedtime, and cut fluids after 7 pm. We'll check on you at Monday's treatment.
{FOOT}
"""),
        Doc("2_after_visit_summary.pdf", [[
            H1("After Visit Summary"),
            P(f"{patient(12)}   MRN {mrn(12)}   November 4, 2026   Lindqvist Harbor Urology & Radiation - CyberKnife Suite"),
            P("Congratulations! You have completed all four of your CyberKnife treatments for prostate cancer."),
            H2("Things to know"),
            BulletList(["Urinary frequency and a weak stream can continue for 2 to 6 weeks. Keep taking tamsulosin 0.4 mg at bedtime.",
                        "Loose stools are possible for a few weeks. Call us for blood in the stool or if you cannot pass urine.",
                        "The gold markers stay in place permanently and are harmless."]),
            H2("Next appointments"),
            P("PSA blood test and visit with Dr. Quist-Adebayo in 3 months (February 2027)."),
        ]], opts=dict(header=["Lindqvist Harbor Urology & Radiation", "Patient copy"], font="Helvetica")),
        Doc("3_ck_session_log.txt", text=f"""
LINDQVIST HARBOR UROLOGY & RADIATION - CYBERKNIFE TREATMENT RECORD
Patient: {patient(12)}   MRN: {mrn(12)}   Dx: C61 adenocarcinoma of prostate, Gleason 3+4=7, PSA 7.9, cT1c, favorable intermediate risk

Plan PROS_CK_3625: Accuray Precision, CyberKnife S7, Iris. Planning CT 10/14/2026 1.25 mm fused with MRI (T2 axial, 10/14/2026).
CTV = prostate + proximal 1 cm seminal vesicles; PTV = CTV + 3 mm (2 mm posterior). Rx 3625 cGy / 5 fx (725 cGy/fx) to the 82% isodose.
Rectum D1cc 3390 cGy (SpaceOAR in place); bladder D10cc 3310 cGy; urethra Dmax 3760 cGy (≤ 105%).
Localization: 3 gold fiducials (placed 10/06/2026 with SpaceOAR hydrogel), fiducial tracking with Synchrony. No vacuum cushion or body frame was used.
Physics: second dose calculation and delivery QA passed 10/22/2026.

| Fx | Date       | cGy | Cum cGy | Tracking            | Fiducial RMS (mm) | Approved |
|----|------------|-----|---------|---------------------|-------------------|----------|
| 1  | 10/26/2026 | 725 | 725     | Fiducial + Synchrony | 0.7              | HQA      |
| 2  | 10/28/2026 | 725 | 1450    | Fiducial + Synchrony | 0.6              | HQA      |
| 3  | 10/30/2026 | 725 | 2175    | Fiducial + Synchrony | 0.9              | HQA      |
| 4  | 11/02/2026 | 725 | 2900    | Fiducial + Synchrony | 0.8              | HQA      |
| 5  | 11/04/2026 | 725 | 3625    | Fiducial + Synchrony | 0.6              | HQA      |

Course complete 11/04/2026: prostate 3625 cGy in 5 fractions.
H. Quist-Adebayo, MD  11/04/2026      Physicist: Ilse Marchetti-Owusu, MS 11/04/2026
{FOOT}
"""),
    ])

# b20_13 -- ehr_text: tab-separated OIS export, CK lung RUL 12 Gy x 4 = 48 Gy, Xsight Lung; claimed 77432 -------
add(name="b20_13", kind="ehr_text", codes=["77373", "77435", "77432"],
    facts=F("robotic_linac", ["body"], 1, 4, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe", "body", None, 48, 4)],
    categories=cats(),
    notes="Tab-separated text export of a CyberKnife lung course: right upper lobe peripheral NSCLC, 12 Gy x 4 = "
          "48 Gy, fiducial-free Xsight Lung tracking with Synchrony, inhale/exhale planning CT with the staging "
          "PET/CT fused for delineation, vacuum cushion. 'Fiducials: none' is negated. Chest wall and rib dose "
          "rows are not targets. Claimed 77432 (single-session cranial management) is inconsistent.",
    docs=[Doc("b20_13.txt", text=f"""
EASTMARCH ROBOTIC RADIOSURGERY\tTREATMENT COURSE EXPORT\tgenerated 11/20/2026 09:14
Patient\t{patient(13)}
MRN\t{mrn(13)}
Diagnosis\tC34.11 NSCLC adenocarcinoma right upper lobe, cT1b N0 M0, 1.7 cm peripheral; declined lobectomy (FEV1 41%)
Attending\tCorentin Abiodun-Sterling, MD
Physicist\tMaren Throssell, MS

SECTION\tPLAN
Unit\tCyberKnife VSI
Planning system\tAccuray Precision
Sim date\t10/27/2026
Immobilization\tVac-Lok vacuum cushion, arms at sides
Planning CT\tinhale + exhale breath-hold CT, 1.25 mm
Fused\tPET/CT 10/09/2026 (SUVmax 7.8) used for GTV delineation
Fiducials\tnone (fiducial-free, Xsight Lung)
Target\tGTV on CT lung window + PET; PTV = GTV + 5 mm
Rx\t4800 cGy / 4 fx, 1200 cGy per fx, 75% IDL
Beams\t187
Tracking\tXsight Lung + Synchrony respiratory model
QA\tsecond calc + delivery QA passed 10/30/2026

SECTION\tDOSE TRACKING
RefPoint\tRole\tPlanned_cGy\tDelivered_cGy\tFx
PTV_RUL\ttarget\t4800\t4800\t4/4
ChestWall_max\tOAR\t3650\t3650\t4/4
Rib4_R_max\tOAR\t3100\t3100\t4/4

SECTION\tSESSIONS
Fx\tDate\tcGy\tSynchrony corr. error (mm)\tMD
1\t11/02/2026\t1200\t1.4\tCAS
2\t11/04/2026\t1200\t1.1\tCAS
3\t11/06/2026\t1200\t1.6\tCAS
4\t11/09/2026\t1200\t1.2\tCAS

SECTION\tSTATUS
Course\tcompleted 11/09/2026 - RUL lesion 4800 cGy in 4 fx delivered
Toxicity\tgrade 1 chest wall soreness
Follow-up\tCT chest 3 mo
Signed\tC. Abiodun-Sterling, MD 11/10/2026
{FOOT}
""")])


# ==================================================================================================
# Body and spine SBRT
# ==================================================================================================

# b20_14 -- bundle (longitudinal): 2025 RUL SBRT summary + current resident notes "SBRT 5x10" + completion PDF ----
add(name="b20_14", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left lower lobe", "body", None, 50, 5)],
    categories=cats(),
    notes="Longitudinal: 06/2025 SBRT to a right upper lobe primary (54 Gy / 3) is the earlier course; the current "
          "course treats a new left lower lobe primary 'SBRT 5x10' = 50 Gy / 5 on a TrueBeam with 4DCT + PET/CT, "
          "Vac-Lok + wing board, CBCT every fraction. Resident shorthand with '->' and '#1/#2', a copy-forward "
          "of the 2025 course.",
    docs=[
        Doc("1_prior_sbrt_2025.txt", text=f"""
THORNBURY CROSS HOSPITAL - RADIATION ONCOLOGY
SBRT COMPLETION NOTE (2025)
Patient: {patient(14)}   MRN: {mrn(14)}   Dates: 06/02/2025 - 06/06/2025

RUL NSCLC (squamous), cT1c N0. SBRT 18 Gy x 3 = 54 Gy to the RUL lesion, TrueBeam, 4DCT/ITV, Vac-Lok, CBCT each fraction. Completed without interruption.
Deirdre Castellanos-Uwaifo, MD  06/06/2025
{FOOT}
"""),
        Doc("2_resident_notes.txt", text=f"""
THORNBURY CROSS HOSPITAL - RAD ONC PROGRESS NOTE (RESIDENT)
Pt: {patient(14)}  MRN: {mrn(14)}  DOS 10/19/2026  Author: Kwabena Holmqvist, MD (PGY-5)

S: 77M COPD (2L O2 at night), [copied fwd from 06/2025: s/p SBRT RUL 54 Gy/3 fx, 06/2025, for cT1c N0 SCC] now w/ new LLL 2.2 cm spiculated nodule, PET avid (SUV 9.1), bx + SCC (new primary vs met -> tumor board favors 2nd primary). No nodes on EBUS.
A/P:
#1 LLL NSCLC, new -> SBRT 5x10 (50 Gy / 5 fx), QOD. Central? no - peripheral, > 2 cm from PBT.
   - Sim today: Vac-Lok + wing board, arms up, 4DCT -> ITV. PET/CT 10/05 fused for GTV.
   - Composite w/ 2025 RUL plan reviewed: no overlap, lung V20 total 9%.
#2 RUL s/p SBRT 2025 -> NED on CT, no tx.
#3 COPD -> cont inhalers.
K. Holmqvist, MD / D. Castellanos-Uwaifo, MD

-------------------------------------------------------------
THORNBURY CROSS HOSPITAL - OTV (RESIDENT)  DOS 11/02/2026
Fx 3/5 LLL SBRT. CBCT -> ITV match, shifts approved by MD each fx. No cough change, no CP.
A/P: #1 on track, cont. #2 O2 at baseline.
K. Holmqvist, MD / D. Castellanos-Uwaifo, MD
{FOOT}
"""),
        Doc("3_completion_summary.pdf", [[
            H1("SBRT Completion Summary"),
            KeyValue([("Patient", patient(14)), ("MRN", mrn(14)), ("Site", "Left lower lobe lung"),
                      ("Treatment dates", "10/29/2026 - 11/06/2026"), ("Unit", "Varian TrueBeam, Eclipse")]),
            P("Simulation 10/19/2026 supine in a Vac-Lok cushion with wing board; 4D CT with the 10/05/2026 PET/CT fused. GTV delineated on each phase and combined into an ITV; PTV = ITV + 5 mm. Rx 1000 cGy x 5 = 5000 cGy prescribed to the 80% isodose line, 2 partial VMAT arcs, 6 MV FFF. Physics second check and portal-dosimetry QA passed."),
            RuledTable([("Fx", "Date", "Dose (cGy)", "CBCT"), ("1", "10/29/2026", "1000", "matched, approved"),
                        ("2", "10/30/2026", "1000", "matched, approved"), ("3", "11/02/2026", "1000", "matched, approved"),
                        ("4", "11/04/2026", "1000", "matched, approved"), ("5", "11/06/2026", "1000", "matched, approved")]),
            P("Delivered: left lower lobe 50 Gy in 5 fractions. Lung V20 (both courses, composite) 9%; chest wall V30 14 cc. The right upper lobe treated in 2025 was not retreated."),
            P("Follow-up: CT chest in 3 months."),
            sig("Deirdre Castellanos-Uwaifo, MD 11/09/2026"),
        ]], opts=dict(header=hdr("THORNBURY CROSS HOSPITAL - RADIATION ONCOLOGY", 14), font="Helvetica")),
    ])

# b20_15 -- bundle: spine SBRT T12 + L3 with a scanned (200 dpi) dose-tracking sheet ------------------------------
add(name="b20_15", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T12", "spinal", None, 27, 3), L("L3", "spinal", None, 24, 3)],
    categories=cats(),
    notes="APP SBRT note in shorthand (T12 9 Gy x 3 = 27 Gy, L3 8 Gy x 3 = 24 Gy, BodyFIX, CT sim + MRI fusion, "
          "CBCT + 6DoF every fx) and a scanned (200 dpi) reference-point dose-tracking sheet with a session log. "
          "Cord PRV max and cauda equina points are limits, not targets; a 2024 'L1 8 Gy x 1' is prior "
          "palliative history; T11 mentioned as the level above.",
    docs=[
        Doc("1_sbrt_note.txt", text=f"""
GALLOWAY SPINE & ONCOLOGY INSTITUTE - RAD ONC SBRT NOTE (APP)
Pt: {patient(15)}  MRN: {mrn(15)}  DOS 11/11/2026   Author: Saoirse Delacroix-Amadi, NP

S: 63F RCC (clear cell) w/ osseous mets. Hx: L1 8 Gy x1 (palliative, 04/2024, outside). Now T12 + L3 painful mets, no ESCC (Bilsky 1a T12, 0 L3). SINS 7 / 5. Pain 6/10 on oxycodone.
O: no myelopathy, strength 5/5 LE.
A/P:
#1 T12 met -> SBRT 9 Gy x3 = 27 Gy.  #2 L3 met -> SBRT 8 Gy x3 = 24 Gy (same isocenter group, same sessions).
   - Sim 11/04: BodyFIX vacuum bag + wrap, arms up, CT 1 mm; MRI T1/T2/STIR thoracolumbar 11/04 fused (T11-L4).
   - CTV per consensus (VB + pedicles), PTV 2 mm; cord PRV Dmax 18 Gy/3, cauda Dmax 21.9 Gy/3.
   - Plan: Eclipse, 2 VMAT arcs each, 6X-FFF, TrueBeam; physics 2nd check + pt QA passed 11/10.
   - CBCT + 6DoF couch each fx, MD approval before beam on.
#3 Pain -> cont oxycodone, dex 4 mg x 3 d for flare ppx.
S. Delacroix-Amadi, NP / Idris Falkenrath-Moyo, MD
{FOOT}
"""),
        Doc("2_dose_tracking_sheet.pdf", [[
            H1("Dose Tracking - Course SPINE_SBRT_2026"),
            P(f"Patient: {patient(15)}   MRN: {mrn(15)}   Machine: TrueBeam TB-3   Physician: I. Falkenrath-Moyo, MD"),
            RuledTable([("Ref point", "Planned (cGy)", "Delivered (cGy)", "Fx delivered / planned", "Limit?"),
                        ("T12_PTV", "2700", "2700", "3 / 3", "-"),
                        ("L3_PTV", "2400", "2400", "3 / 3", "-"),
                        ("CordPRV_max", "1800", "1745", "3 / 3", "limit 1800"),
                        ("Cauda_max", "2190", "2080", "3 / 3", "limit 2190")]),
            RuledTable([("Session", "Date", "T12 cGy", "L3 cGy", "CBCT/6DoF", "Init"),
                        ("1", "11/16/2026", "900", "800", "yes", "IFM"),
                        ("2", "11/18/2026", "900", "800", "yes", "IFM"),
                        ("3", "11/20/2026", "900", "800", "yes", "IFM")]),
            P("Course complete 11/20/2026. T12 2700 cGy / 3 fx; L3 2400 cGy / 3 fx. Checked: physics weekly chart check 11/20/2026 (R. Ingersoll, MS)."),
            sig("Idris Falkenrath-Moyo, MD 11/20/2026"),
        ]], opts=dict(header=hdr("GALLOWAY SPINE & ONCOLOGY INSTITUTE", 15), scan=True, scan_dpi=200, font="Courier")),
    ])

# b20_16 -- pdf (two columns): oligometastases, left adrenal 40 Gy / 5 + right iliac bone 35 Gy / 5; no IGRT documented
_c = "PEMBERTON REACH CANCER CENTRE - RADIATION ONCOLOGY"
add(name="b20_16", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left adrenal", "body", None, 40, 5), L("right iliac bone", "body", None, 35, 5)],
    categories=cats(delivery_verification=False),
    notes="Two-column treatment-management summary (text PDF) for oligometastatic NSCLC: left adrenal 8 Gy x 5 = 40 "
          "Gy and right iliac bone 7 Gy x 5 = 35 Gy in the same five sessions on an Elekta Synergy, 4DCT + PET/CT, "
          "vacuum bag with abdominal compression. A 6 mm liver lesion is observed, not treated. No image guidance, "
          "tracking or QA is documented (delivery_verification unmet). Kidney and bowel limits are not doses.",
    docs=[Doc("b20_16.pdf", [[
        H1("Treatment Management Summary - SABR"),
        KeyValue([("Patient", patient(16)), ("MRN", mrn(16)), ("Course", "SABR oligomets 2026"), ("Unit", "Elekta Synergy (Monaco)"),
                  ("Dates", "11/02/2026 - 11/12/2026")], value_x=80),
        H2("Indication"),
        P("58-year-old man with EGFR-negative lung adenocarcinoma, primary treated with lobectomy in 2025, now oligometastatic on PET/CT 10/07/2026: left adrenal (3.1 cm, SUV 11) and right iliac bone (2.4 cm, SUV 8). A 6 mm hypodensity in hepatic segment VI is indeterminate and not avid; it will be observed and was not treated. ECOG 0. Tumor board 10/13/2026 recommended SABR to both sites with continued pembrolizumab."),
        H2("Simulation and planning"),
        P("Simulated 10/20/2026 supine in a vacuum bag with an abdominal compression plate, arms up. 4D CT, 2 mm slices; the 10/07 PET/CT was registered to the average CT and used for GTV delineation. ITV from the 4D phases for the adrenal target; the iliac GTV equals the ITV. PTV = ITV + 5 mm for both. Monaco VMAT plan, 2 arcs per target, 6 MV."),
        H2("Prescription"),
        TextTable([("Target", "Rx", "Fx", "Total"),
                   ("PTV_LAdrenal", "8 Gy", "5", "40 Gy"),
                   ("PTV_RIliac", "7 Gy", "5", "35 Gy")], columns=(0, 80, 115, 140)),
        P("Left kidney mean dose limit 10 Gy (achieved 6.2 Gy); small bowel D0.5cc limit 30 Gy (achieved 27.4 Gy); stomach D0.5cc 22.1 Gy."),
        H2("Delivery"),
        P("Both targets were treated in each of five sessions on 11/02, 11/04, 11/06, 11/10 and 11/12/2026, no missed sessions."),
        H2("Summary"),
        P("Left adrenal 40 Gy in 5 fractions; right iliac bone 35 Gy in 5 fractions. Grade 1 nausea on days 2-3, resolved with ondansetron. Continue pembrolizumab. PET/CT in 3 months, including the segment VI liver lesion."),
        sig("Ottoline Vasquez-Brannigan, MD 11/13/2026"),
    ]], opts=dict(header=hdr(_c, 16), two_columns=True, font="Times-Roman"))])

# b20_17 -- bundle: liver SBRT 40 Gy / 5 with fiducials; completion note says 45 Gy (contradiction) ----------------
add(name="b20_17", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment VIII HCC", "body", None, 40, 5)],
    categories=cats(),
    contradiction="The resident's completion note says the segment VIII lesion received 45 Gy in 5 fractions while "
                  "the plan summary, the reference-point tracking export and the patient summary give 8 Gy x 5 = 40 Gy.",
    notes="Four documents: plan summary PDF (TrueBeam, triphasic CT + MRI, three fiducials, abdominal compression in "
          "a BodyFIX bag, Rx 8 Gy x 5 = 40 Gy), an OIS reference-point tracking export (4000 delivered, 5 of 5), a "
          "resident completion note in shorthand that says '45 Gy/5 fx', and a patient after-visit summary "
          "('five treatments'). Prior TACE 2025 (history). Gold: 40 Gy / 5.",
    docs=[
        Doc("1_plan_summary.pdf", [[
            H1("SBRT Plan Summary - Liver"),
            KeyValue([("Patient", patient(17)), ("MRN", mrn(17)), ("Plan", "LIV_S8_SBRT"), ("Machine", "Varian TrueBeam"),
                      ("Planning system", "Eclipse")]),
            P("Diagnosis: hepatocellular carcinoma, segment VIII, 3.4 cm, Child-Pugh A6, residual arterial enhancement after TACE 05/2025. Three gold fiducials placed percutaneously 10/15/2026 by interventional radiology."),
            P("Simulation 10/22/2026 in a BodyFIX vacuum bag with abdominal compression; triphasic contrast CT and 4DCT; liver MRI (arterial and hepatobiliary phase) 10/22/2026 fused for GTV delineation. ITV from 4DCT; PTV = ITV + 5 mm."),
            P("Prescription: 800 cGy x 5 = 4000 cGy to the PTV (covered by the 80% isodose), 2 VMAT arcs, 10 MV FFF. Normal liver (liver - GTV) 700 cc spared > 15 Gy; duodenum Dmax 28.6 Gy; stomach Dmax 26.3 Gy."),
            P("Daily image guidance: CBCT with fiducial match before each fraction. Physics second check and portal-dosimetry QA passed 10/28/2026."),
            sig("Percival Nakamura-Holt, MD 10/28/2026"),
            sig("Gisela Amankwah, MS, DABR 10/28/2026"),
        ]], opts=dict(header=hdr("HOLLIN MOOR HEPATOBILIARY & RADIATION ONCOLOGY", 17), font="Helvetica")),
        Doc("2_refpoint_tracking.txt", text=f"""
HOLLIN MOOR HEPATOBILIARY & RADIATION ONCOLOGY -- Reference point dose summary
Patient: {patient(17)}   MRN: {mrn(17)}   Course: C1 LIVER   Printed 11/10/2026

Ref point        Planned     Delivered    Fx delivered of planned    Last treated
-----------------------------------------------------------------------------------
LIV_S8_PTV       4000 cGy    4000 cGy     5 of 5                     11/09/2026

Session log
Fx   Date         cGy    CBCT+fiducial match   Approved
1    11/02/2026   800    yes                   PNH
2    11/03/2026   800    yes                   PNH
3    11/05/2026   800    yes                   PNH
4    11/06/2026   800    yes                   PNH
5    11/09/2026   800    yes                   PNH
{FOOT}
"""),
        Doc("3_resident_completion_note.txt", text=f"""
HOLLIN MOOR - RAD ONC COMPLETION NOTE (RESIDENT)
Pt: {patient(17)}  MRN: {mrn(17)}  DOS 11/09/2026  Author: Yusra Feldmann-Oyelowo, MD (PGY-3)

S: 69M HCC seg VIII (Child-Pugh A6), s/p TACE 05/2025 w/ residual enhancement. Last fx today. Mild fatigue, no RUQ pain, eating well.
O: no jaundice. Abd soft.
A/P:
#1 HCC seg VIII -> SBRT 45 Gy/5 fx COMPLETE 11/02 - 11/09. Fiducials + CBCT each fx. Tolerated well.
#2 Cirrhosis -> LFTs 4 wks, hepatology f/u.
#3 Imaging -> MRI liver 3 mo.
Y. Feldmann-Oyelowo, MD / P. Nakamura-Holt, MD
{FOOT}
"""),
        Doc("4_after_visit_summary.txt", text=f"""
HOLLIN MOOR HEPATOBILIARY & RADIATION ONCOLOGY - AFTER VISIT SUMMARY
{patient(17)}   11/09/2026

You finished your five treatments of stereotactic radiation (SBRT) to the liver today. You may feel tired for a few weeks. Call us for yellowing of the skin or eyes, a swollen belly, fever, or black stools.
Blood tests in 4 weeks. Liver MRI in 3 months, then a visit with Dr. Nakamura-Holt.
{FOOT}
"""),
    ])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# b20_18 -- pdf: palliative conventional T10 30 Gy / 10 claimed as spine SBRT ---------------------------------
_c = "RAVENSBY COMMUNITY RADIATION THERAPY"
add(name="b20_18", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 10, ["CT"], ["body_immobilization"]),
    lesions=[L("T10 vertebral metastasis", "spinal", None, 30, 10)],
    categories=cats(),
    notes="Hard negative (conventional course claimed as SBRT): palliative 3D-conformal AP/PA radiotherapy to T10 "
          "with epidural extension, 3 Gy x 10 = 30 Gy on a Clinac iX; spine SBRT 24 Gy / 2 was considered and "
          "rejected because of cord compression. CT sim in a Vac-Lok, daily kV pairs. Ten fractions: every claimed "
          "SRS/SBRT code is inconsistent, no delivery code.",
    docs=[Doc("b20_18.pdf", [[
        H1("Radiation Treatment Summary"),
        KeyValue([("Patient", patient(18)), ("MRN", mrn(18)), ("Site", "T10 spine (T9-T11)"), ("Dates", "10/19/2026 - 10/30/2026"),
                  ("Machine", "Varian Clinac iX")]),
        P("Diagnosis: Metastatic breast cancer (ER-positive, HER2-negative) with a T10 vertebral metastasis and ventral epidural extension, Bilsky 2, causing mid-thoracic pain and mild bilateral leg weakness. Neurosurgery declined decompression. Stereotactic body radiotherapy (24 Gy in 2 fractions) was discussed and not chosen because of the degree of cord compression; a conventional palliative course was given instead."),
        P("Technique: CT simulation 10/16/2026 supine in a Vac-Lok bag, 3 mm slices. Target: T10 vertebral body and epidural component with one vertebral level above and below (T9-T11). 3D conformal AP/PA fields, 10 MV, prescribed to midplane. 300 cGy x 10 = 3000 cGy. Daily orthogonal kV images matched to bony anatomy."),
        RuledTable([("Week", "Dates", "Fractions", "Dose (cGy)"), ("1", "10/19 - 10/23", "1-5", "1500"), ("2", "10/26 - 10/30", "6-10", "3000 cumulative")]),
        P("Outcome: completed 30 Gy in 10 fractions to T10 (T9-T11). Pain improved from 8/10 to 4/10; leg strength stable. Dexamethasone taper over 2 weeks."),
        P("Follow-up in 4 weeks; MRI spine if new neurological symptoms."),
        sig("Wendeline Osterhaus-Mbatha, MD 11/02/2026"),
    ]], opts=dict(header=hdr(_c, 18), font="Helvetica"))])

# b20_19 -- scan (150 dpi): superbill / charge sheet only, no clinical documentation -----------------------------
_c = "CRESSWELL ONCOLOGY PARTNERS - CHARGE CAPTURE"
add(name="b20_19", kind="scan", codes=["77373", "77435", "63620"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative (codes without documentation): a scanned (150 dpi) superbill / charge sheet listing CPT "
          "codes, units, dates of service and an ICD-10 code (77373 x 5, 77435, 63620, 77301, 77290, 77334) with "
          "no clinical note, plan, imaging, positioning or dose. Nothing in it documents the course: facts empty, "
          "every category unmet, every code inconsistent.",
    docs=[Doc("b20_19.pdf", [[
        H1("SUPERBILL / CHARGE SHEET"),
        KeyValue([("Patient", patient(19)), ("MRN", mrn(19)), ("Account", "A-20019-7713"), ("Payer", "Medicare Part B"),
                  ("Rendering", "Thaddeus Rijkaard-Ebuka, MD"), ("Place of service", "11 (office)")]),
        KeyValue([("ICD-10", "C79.51 Secondary malignant neoplasm of bone"), ("ICD-10", "C61 Malignant neoplasm of prostate")]),
        RuledTable([("DOS", "CPT", "Mod", "Units", "Description (short)", "Charge"),
                    ("10/05/2026", "77263", "", "1", "Tx planning, complex", "$"),
                    ("10/07/2026", "77290", "", "1", "Simulation, complex", "$"),
                    ("10/09/2026", "77301", "", "1", "IMRT plan", "$"),
                    ("10/09/2026", "77334", "", "1", "Complex device", "$"),
                    ("10/13/2026", "77373", "", "1", "SBRT delivery", "$"),
                    ("10/15/2026", "77373", "", "1", "SBRT delivery", "$"),
                    ("10/17/2026", "77373", "", "1", "SBRT delivery", "$"),
                    ("10/20/2026", "77373", "", "1", "SBRT delivery", "$"),
                    ("10/22/2026", "77373", "", "1", "SBRT delivery", "$"),
                    ("10/22/2026", "77435", "26", "1", "SBRT mgmt", "$"),
                    ("10/22/2026", "63620", "", "1", "SRS spinal lesion", "$")]),
        P("Charges entered by: billing clerk JMK 10/23/2026. Documentation to be attached by provider. Batch 2026-43."),
    ]], opts=dict(header=[_c], scan=True, scan_dpi=150, font="Courier"))])

# b20_20 -- scan (160 dpi): second-opinion letter, recommendation only -----------------------------------------
_c = "AMBROSE TEACHING HOSPITAL - DEPARTMENT OF RADIATION ONCOLOGY"
add(name="b20_20", kind="scan", codes=["77373", "77435", "61798"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative (second opinion): a scanned (160 dpi) letter to the referring oncologist reviewing outside "
          "images; prior Gamma Knife 2025 elsewhere (left cerebellar 20 Gy) is history; the letter recommends "
          "fractionated SRS 30 Gy in 5 or resection for a 3.6 cm recurrence, to be given at the home institution. "
          "Nothing planned or delivered here.",
    docs=[Doc("b20_20.pdf", [[
        P("November 23, 2026"),
        P("Cosimo Havelock-Adu, MD, Medical Oncology, Larchmont Valley Oncology"),
        P(f"Re: {patient(20)}, DOB withheld, MRN {mrn(20)} - second opinion"),
        P("Dear Dr. Havelock-Adu,"),
        P("Thank you for asking me to see Ms. Twentypatient for a second opinion regarding her brain metastasis. I met her and her husband on November 20, 2026 and reviewed the outside MRI studies on disc."),
        P("She is a 52-year-old woman with triple-negative breast cancer. In May 2025 she had Gamma Knife radiosurgery at another center to a left cerebellar metastasis, 20 Gy to the 50% isodose line in a single session with a frame. The MRI of 11/06/2026 shows that lesion has enlarged to 3.6 cm with surrounding edema and mass effect on the fourth ventricle; perfusion favors recurrent tumor over radiation necrosis. There are no other lesions."),
        P("My recommendation is resection, given the size and mass effect, followed by fractionated radiosurgery to the cavity (for example 30 Gy in 5 fractions). If she is not a surgical candidate, fractionated stereotactic radiosurgery to the intact lesion in 5 fractions would be a reasonable alternative. Repeat single-fraction radiosurgery is not advisable at this size. She prefers to be treated close to home and I have encouraged her to continue with your team and Dr. Lindahl's radiation oncology group; I have not planned or scheduled any treatment here."),
        P("Please do not hesitate to contact me."),
        P("Sincerely,"),
        sig("Marisela Oyelaran-Fitzwilliam, MD, Professor of Radiation Oncology"),
    ]], opts=dict(header=[_c], scan=True, scan_dpi=160, font="Times-Roman"))])


CORPUS = Corpus("blind_corpus20", "tests/blind_corpus20", CHARTS, pdf_options={"footer": FOOT, "font": "Helvetica"},
                hand_written=["README.md", "FIRST_RUN.md"])
