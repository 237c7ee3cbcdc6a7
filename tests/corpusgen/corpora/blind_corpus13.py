"""Thirteenth blind corpus, ``tests/blind_corpus13/`` (regenerate: ``python scripts/make_corpus.py blind_corpus13``).

A held-out mix of 24 courses meant to look like what a hospital coding office receives, each from a
different invented clinic with its own letterhead and wording: 6 Gamma Knife (frame and mask, 1-7
lesions, benign, functional and metastases), 6 linac cranial SRS/FSRT (Edge, TrueBeam HyperArc, Versa HD,
Novalis, Halcyon, TrueBeam), 3 CyberKnife (cranial and lung; G0339/G0340 claimed), 5 SBRT body (lung,
liver, spine with 63620/63621, prostate, adrenal + node) and 4 hard negatives or near-misses (a
conventional course, wrong codes claimed, a consult only, a pancreas course stopped after 1 of 5).
Nine bundles, four plain-text EHR exports, three scanned (image-only) documents carrying needed facts,
two-column pages and ruled tables. Three charts contradict themselves (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md. Per-code
consistency and the delivery code are computed from the labelled facts (``corpusgen.rules``; G0339/G0340
robotic linac only, G0340 only for 2-5 sessions, as in corpora 8 and 12). Every lesion carries its
delivered total ``dose_gy`` and delivered ``fractions``. Standard PDF fonts only; text is ASCII.
"""

# ruff: noqa: E501  (dictated and text documents are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import (
    BulletList,
    ColumnBreak,
    KeyValue,
    RuledTable,
    TextTable,
)

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["AMBROSE", "BEATRIX", "CLEMENT", "DORIT", "EDMUND", "FRIEDA", "GODFREY", "HELKA", "ISIDOR", "JOSEFINE",
         "KASPAR", "LORELEI", "MARIUS", "NELLIE", "OTTOKAR", "PRISKA", "RUPERT", "SIGRUN", "THADDEUS", "UTE",
         "VALENTIN", "WIEBKE", "YORICK", "ZENZI"]


def patient(n: int) -> str:
    return f"THIRTEENPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-130{n:02d}"


def hdr(clinic: str, n: int, extra: str = "") -> list[str]:
    return [clinic, f"Patient: {patient(n)}    MRN: {mrn(n)}" + (f"    {extra}" if extra else "")]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Gamma Knife
# ==================================================================================================

# b13_01 -- bundle: consult + frame/procedure note + GammaPlan printout + nursing note; 3 mets, frame -----
_c = "HOLLOWAY VALLEY NEUROSCIENCE INSTITUTE - Gamma Knife Center"
add(name="b13_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 3, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left frontal", "cranial", S, 20, 1), L("right occipital", "cranial", S, 20, 1),
             L("left cerebellar", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Four documents: consult (breast primary, MRI sequence names, KPS 80), neurosurgery frame and "
          "procedure note (Leksell G frame, 4 pins), GammaPlan printout (50% isodose, max dose 40 Gy, "
          "brainstem max 11.2 Gy near the 18 Gy Rx), nursing note (vitals, pin sites). Three simple "
          "metastases in one session; a 4 mm dural tail 'enhancement' on MRI is not a target.",
    docs=[
        Doc("1_consult.pdf", [[
            H1("Radiation Oncology Consultation"),
            KeyValue([("Date of service", "09/02/2026"), ("Referring", "M. Osei, MD (Med Onc)"),
                      ("Diagnosis", "C79.31 brain metastases; C50.412 breast primary (ER+/HER2+)")]),
            H2("History of present illness"),
            P("61 yo woman with HER2+ left breast cancer dx 2023, s/p mastectomy and adjuvant chest wall RT "
              "50 Gy in 25 fx (2023). Surveillance MRI brain 08/26/2026 (3D T1 MPRAGE post-gad, T2 FLAIR, "
              "DWI) shows three enhancing lesions: left frontal 1.4 cm, right occipital 1.1 cm, left "
              "cerebellar hemisphere 0.9 cm. Mild vasogenic edema L frontal. Nonspecific dural enhancement "
              "4 mm along the falx, felt to be postsurgical/benign - not a target."),
            H2("Assessment and plan"),
            P("Three brain metastases, controlled extracranial disease, KPS 80. Recommend single-session "
              "Gamma Knife radiosurgery with Leksell frame. Risks incl. radionecrosis (~5-10%) reviewed. "
              "WBRT discussed and deferred. She agrees."),
            sig("L. Abernathy, MD, Radiation Oncology 09/02/2026 14:40"),
        ]], opts=dict(header=hdr(_c, 1, "Consult"), font="Times-Roman")),
        Doc("2_procedure_note.pdf", [[
            H1("Gamma Knife Radiosurgery - Procedure Note"),
            KeyValue([("Date", "09/09/2026"), ("Surgeon", "P. Vandermeer, MD (Neurosurgery)"),
                      ("Rad Onc", "L. Abernathy, MD"), ("Physicist", "G. Iwu, PhD"),
                      ("Unit", "Leksell Gamma Knife Perfexion")]),
            P("Frame application: after local anesthetic (1% lidocaine / 0.5% bupivacaine) the Leksell G "
              "frame was applied with four pins without difficulty. Stereotactic CT (1 mm) and MRI "
              "(T1 post-contrast 1 mm, FLAIR) were obtained with the frame and fiducial box and co-registered "
              "in Leksell GammaPlan 11."),
            P("Three targets were contoured and planned. Frame coordinates verified by physics; collision "
              "check negative. Treatment delivered without incident; total treatment time 58 min. Frame removed, "
              "pin sites dressed."),
            sig("P. Vandermeer, MD 09/09/2026 13:05"),
        ]], opts=dict(header=hdr(_c, 1, "Neurosurgery"), font="Times-Roman")),
        Doc("3_gammaplan.pdf", [[
            H1("Leksell GammaPlan - Treatment Plan Report"),
            KeyValue([("Plan", "GK_0909_3mets"), ("Approved", "09/09/2026 10:52"), ("Fractions", "1")]),
            RuledTable([("Target", "Vol (cc)", "Rx (Gy)", "Isodose", "Max (Gy)", "Coverage", "Shots"),
                        ("L frontal", "1.21", "20.0", "50%", "40.0", "98%", "6"),
                        ("R occipital", "0.62", "20.0", "50%", "40.0", "99%", "4"),
                        ("L cerebellar", "0.35", "18.0", "50%", "36.0", "99%", "3")]),
            TextTable([("Organ at risk", "Dmax"), ("Brainstem", "11.2 Gy"), ("Optic chiasm", "2.1 Gy"),
                       ("Cochlea L", "3.4 Gy")], columns=(0, 180)),
            P("Second check of shot times (independent calc) agreed within 1.1%."),
            sig("G. Iwu, PhD 09/09/2026; L. Abernathy, MD 09/09/2026; P. Vandermeer, MD 09/09/2026"),
        ]], opts=dict(header=hdr(_c, 1, "Physics"), font="Courier")),
        Doc("4_nursing.txt", text=f"""
HOLLOWAY VALLEY NEUROSCIENCE INSTITUTE      NURSING NOTE - GAMMA KNIFE
Pt: {patient(1)}   MRN {mrn(1)}   09/09/2026

0640 Arrived, ID x2, consent signed. VS BP 138/82 HR 76 SpO2 98% RA.
0715 Frame placement by Dr Vandermeer, 4 pin sites, pt tolerated, pain 3/10, given
     acetaminophen 650 mg PO.
0750 To CT / MRI w/ frame.
1105 Into Gamma Knife. 1203 out. No N/V, no seizure activity.
1215 Frame off, pin sites clean, minimal oozing, pressure dsg x 4.
1330 D/c home with husband. Dexamethasone 4 mg BID x 5 days. F/u MRI 8 wks.

R. Tamsin, RN
""" + FOOT + "\n"),
    ])

# b13_02 -- two-column page: Gamma Knife Icon, mask, vestibular schwannoma 18 Gy / 3 ------------------------
_c = "ST. ELSPETH REGIONAL MEDICAL CENTER  *  Department of Radiosurgery"
add(name="b13_02", kind="pdf", codes=["77373", "77435", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("right vestibular schwannoma", "cranial", C, 18, 3)],
    categories=cats(),
    notes="Two-column treatment summary: Gamma Knife Icon with thermoplastic mask and IFMM, right vestibular "
          "schwannoma (complex by type) 18 Gy in 3 fractions of 6 Gy at 50%; cochlea mean 4.2 Gy, brainstem "
          "max 13.9 Gy; CISS/FIESTA sequence names; CBCT stereotactic reference is not planning imaging. "
          "A Leksell frame was offered (single session 12 Gy) and declined.",
    docs=[Doc("b13_02.pdf", [[
        H1("Fractionated Gamma Knife - Treatment Summary"),
        KeyValue([("Course", "09/14/2026 - 09/16/2026"), ("Unit", "Leksell Gamma Knife Icon"),
                  ("Dx", "D33.3 Benign neoplasm of cranial nerves (R acoustic)")], value_x=110),
        P("HISTORY. 57-year-old man with progressive right-sided hearing loss (PTA 45 dB) and tinnitus. MRI "
          "IAC 07/2026 with 3D CISS and post-gad T1 shows a 1.9 x 1.4 cm right vestibular schwannoma, Koos "
          "grade II, growth of 3 mm in 12 months. Options: microsurgery, observation, single-session GK in a "
          "Leksell frame (12 Gy), or hypofractionated GK in a mask. He declined the frame and chose the "
          "mask-based course to try to preserve hearing."),
        P("SIMULATION. Thermoplastic Icon mask made 09/10/2026. Planning MRI (T1 post-contrast 1 mm and CISS "
          "0.6 mm) and a thin-slice CT 09/10/2026 were registered to the stereotactic CBCT in GammaPlan."),
        ColumnBreak(),
        H2("PLAN"),
        KeyValue([("Target", "R VS (GTV = PTV)"), ("Volume", "1.62 cc"), ("Rx", "6 Gy x 3 = 18 Gy"),
                  ("Isodose", "50%"), ("Max", "36 Gy total"), ("Shots", "11 (4/8 mm)")], value_x=60),
        H2("OAR (course total)"),
        KeyValue([("Cochlea R mean", "4.2 Gy"), ("Brainstem max", "13.9 Gy"), ("CN VII", "16.1 Gy")],
                 value_x=90),
        H2("DELIVERY"),
        P("Fx 1 09/14, fx 2 09/15, fx 3 09/16/2026. Daily CBCT co-registration approved by the physician "
          "before each fraction; IFMM intrafraction motion < 1.0 mm, no gating interruptions. Physics "
          "second check done."),
        P("Completed 18 Gy in 3 fractions to the right vestibular schwannoma. Audiogram and MRI in 6 months."),
        sig("H. Marchetti, MD 09/16/2026; physicist D. Oyelaran, MS"),
    ]], opts=dict(header=hdr(_c, 2), two_columns=True, font="Helvetica"))])

# b13_03 -- plain-text EHR export: trigeminal neuralgia, frame, 80 Gy max -----------------------------------
_b = f"MERIDIAN HEALTH SYSTEM -- Cerner PowerChart Export -- {patient(3)} -- MRN {mrn(3)} -- DOB 02/11/1949"
add(name="b13_03", kind="ehr_text", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["MRI"], ["frame"]),
    lesions=[L("left trigeminal nerve", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Plain-text EHR export with banners and form feeds: Gamma Knife for left trigeminal neuralgia "
          "(functional target, complex), 80 Gy maximum dose at the 100% isodose with one 4 mm shot, Leksell "
          "frame. MRI only (CT not done: 'no CT'); prior microvascular decompression 2019 and carbamazepine "
          "doses are history. Brainstem 15 Gy isodose surface is not a prescription.",
    docs=[Doc("b13_03.txt", text=_b + """
Document: Neurosurgery Procedure Note                     Page 1 of 2
--------------------------------------------------------------------------
Service date: 10/06/2026     Author: Rafferty, Colm MD     Status: Auth (Verified)

Pre-op dx: Trigeminal neuralgia, left, V2/V3, refractory (G50.0)
Post-op dx: same
Procedure: Stereotactic radiosurgery, left trigeminal nerve (Gamma Knife Perfexion)
           Application of stereotactic head frame

Hx: 77 yo F, classic TN L V2-V3 since 2014. Failed carbamazepine 800 mg/day
(hyponatremia), oxcarbazepine, gabapentin 1800 mg. Microvascular decompression
2019 with 2 yrs relief, recurrence 2022. BNI pain score IV.

Procedure: Leksell G frame applied under local anesthesia, 4 pins. Stereotactic
MRI obtained (T1 3D post-contrast and FIESTA 0.5 mm). No CT (MRI adequate, no
implants). Target: left trigeminal nerve root entry zone, cisternal segment
approx 7 mm anterior to the pons.
\f""" + _b + """
Document: Neurosurgery Procedure Note                     Page 2 of 2
--------------------------------------------------------------------------
Plan (Leksell GammaPlan): one 4 mm shot, max dose 80 Gy prescribed at the 100%
isodose line. Brainstem: 15 Gy isodose surface at the pontine margin, Dmax 17.5
Gy to 0.01 cc. Frame coordinates double-checked by physics (A. Lindqvist, PhD),
shot time second check agreed.

Delivered 10/06/2026, single session, beam time 41 min. Frame removed. Tolerated
well. Follow-up 3 months; no change to meds until pain-free x 4 wks.

SUMMARY: Left trigeminal nerve - 80 Gy max (100% IDL), 1 fraction, 10/06/2026.

Electronically signed: Colm Rafferty, MD 10/06/2026 15:31
Cosigned: Beatrice Aalto, MD (Radiation Oncology) 10/06/2026 16:02
""" + FOOT + "\n")])

# b13_04 -- scanned PDF: parasagittal meningioma, frame, 13 Gy at 50% --------------------------------------
_c = "CASCADE RIDGE RADIOSURGERY ASSOCIATES"
add(name="b13_04", kind="scan", codes=["77371", "77432", "61796", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right parasagittal meningioma", "cranial", S, 13, 1)],
    categories=cats(),
    notes="Scanned (image-only) two-page report: residual right parasagittal meningioma 2.8 cm after a 2019 "
          "resection (simple: < 3.5 cm, 19 mm from the optic apparatus), 13 Gy at the 50% isodose in one "
          "session with a Leksell frame; 26 Gy max, 3.4 cm frame pin distance and the 2019 op note are not "
          "doses/sizes of the target.",
    docs=[Doc("b13_04.pdf", [[
        H1("RADIOSURGERY OPERATIVE REPORT"),
        KeyValue([("Date of procedure", "10/13/2026"), ("Surgeon", "N. Brightwater, MD"),
                  ("Co-surgeon", "S. Kowalczyk, MD (Rad Onc)"), ("Device", "Leksell Gamma Knife Perfexion")]),
        P("INDICATION: WHO grade 1 meningioma, right parasagittal/falcine, resected 2019 (Simpson grade 3). "
          "MRI 09/2026 shows residual/recurrent enhancing tumor 2.8 x 2.1 x 1.9 cm along the superior sagittal "
          "sinus, growing. Closest distance to optic chiasm 19 mm. Recommended GKRS."),
        P("PROCEDURE: Under local anesthesia the Leksell coordinate frame was affixed with 4 pins; the "
          "anterior right pin was placed 3.4 cm above the orbital rim. Stereotactic 1 mm contrast MRI and CT "
          "were performed and fused. Dose plan by Dr. Kowalczyk and physics."),
        RuledTable([("Target", "Volume", "Margin dose", "Isodose", "Max dose", "Shots"),
                    ("R parasag. meningioma", "5.9 cc", "13 Gy", "50%", "26 Gy", "17")]),
        P("Frame coordinate check and physics second calculation completed. Treatment delivered 10/13/2026 "
          "in one session. Frame removed; no complications."),
        sig("N. Brightwater, MD 10/13/2026    S. Kowalczyk, MD 10/13/2026    T. Ferreira, MS, DABR"),
    ]], opts=dict(header=hdr(_c, 4), scan=True, scan_dpi=110, font="Times-Roman"))])

# b13_05 -- bundle: 7 metastases named T1-T7, frame; plan + physics check + summary ------------------------
_c = "LAKESHORE UNIVERSITY HOSPITALS - Gamma Knife Suite"
add(name="b13_05", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 7, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("T1 left frontal", "cranial", S, 20, 1), L("T2 right frontal", "cranial", S, 20, 1),
             L("T3 left parietal", "cranial", S, 20, 1), L("T4 right temporal", "cranial", S, 18, 1),
             L("T5 left occipital", "cranial", S, 20, 1), L("T6 right cerebellum", "cranial", S, 18, 1),
             L("T7 left thalamus", "cranial", S, 16, 1)],
    categories=cats(),
    notes="Seven simple metastases (melanoma) in one frame-based Gamma Knife session, targets labelled T1-T7 "
          "(the MRI sequences are 'T1 MPRAGE' and 'T2 FLAIR'); the thalamic lesion is not in the brainstem. "
          "61797 is supported (units capped at 4, not tested here). Plan table, physics check, summary.",
    docs=[
        Doc("1_plan.pdf", [[
            H1("GammaPlan Treatment Plan - Multiple Targets"),
            KeyValue([("Unit", "Leksell Gamma Knife Perfexion"), ("Frame", "Leksell G frame, 4 pins (applied 07:20)"),
                      ("Images", "Stereotactic MRI 1 mm T1 MPRAGE + gad, T2 FLAIR; stereotactic CT 1 mm"),
                      ("Date", "10/20/2026")]),
            P("Metastatic melanoma (BRAF V600E) on dabrafenib/trametinib. Seven enhancing lesions on the "
              "T1 post-contrast series, labelled T1 through T7 below; all < 2 cm."),
            RuledTable([("Label", "Location", "Diam (cm)", "Rx (Gy)", "IDL", "Max (Gy)"),
                        ("T1", "L frontal", "1.6", "20", "50%", "40"),
                        ("T2", "R frontal", "0.7", "20", "50%", "40"),
                        ("T3", "L parietal", "1.2", "20", "50%", "40"),
                        ("T4", "R temporal", "2.1", "18", "50%", "36"),
                        ("T5", "L occipital", "0.5", "20", "50%", "40"),
                        ("T6", "R cerebellum", "1.9", "18", "50%", "36"),
                        ("T7", "L thalamus", "1.1", "16", "50%", "32")]),
            P("V12 normal brain 6.8 cc; brainstem Dmax 9.6 Gy; chiasm 3.0 Gy."),
            sig("E. Lindgren, MD (Neurosurgery); K. Mbatha, MD (Radiation Oncology) 10/20/2026"),
        ]], opts=dict(header=hdr(_c, 5), font="Helvetica")),
        Doc("2_physics_check.txt", text=f"""
LAKESHORE UNIVERSITY HOSPITALS  -  MEDICAL PHYSICS PLAN CHECK
{patient(5)}  {mrn(5)}  Plan GK_1020_7T   Date 10/20/2026

[x] Frame coordinates (X/Y/Z) of all 7 targets transcribed and verified
[x] Fiducial registration error 0.4 mm (CT), 0.6 mm (MRI)
[x] Shot times: independent calculation, max deviation 1.3% (T4)
[x] Collision check with frame - clear
[x] Dose/IDL match prescription sheet (T1-T7)

Beam-on 112 min total.   Checked by: F. Nakamura, MS, DABR  10/20/2026 09:48
""" + FOOT + "\n"),
        Doc("3_summary.pdf", [[
            H1("Radiosurgery Summary"),
            P("On 10/20/2026 the patient underwent single-session Gamma "
              "Knife radiosurgery in a Leksell frame to seven brain metastases: T1 left frontal 20 Gy, T2 right "
              "frontal 20 Gy, T3 left parietal 20 Gy, T4 right temporal 18 Gy, T5 left occipital 20 Gy, T6 right "
              "cerebellum 18 Gy and T7 left thalamus 16 Gy, each to the 50% isodose. He tolerated the procedure "
              "and was discharged the same day. MRI in 6 weeks; continue BRAF/MEK therapy."),
            sig("K. Mbatha, MD 10/21/2026"),
        ]], opts=dict(header=hdr(_c, 5), font="Helvetica")),
    ])

# b13_06 -- CONTRADICTION: Icon mask single session, four mets L1-L4, summary says three ------------------
_c = "PINE HOLLOW CANCER CENTER - Leksell Gamma Knife Icon"
add(name="b13_06", kind="pdf", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["MRI"], ["mask"]),
    lesions=[L("L1 right frontal", "cranial", S, 21, 1), L("L2 left temporal", "cranial", S, 20, 1),
             L("L3 right parietal", "cranial", S, 20, 1), L("L4 vermis", "cranial", S, 18, 1)],
    categories=cats(),
    contradiction="The impression says 'three metastases' but the plan table and the delivery record list four "
                  "treated lesions (L1-L4); gold follows the plan and record.",
    notes="Gamma Knife Icon single session in a thermoplastic mask (no frame: 61800 inconsistent) to four "
          "metastases labelled L1-L4 (look like lumbar levels); the impression says three. MRI only (CT "
          "'not required'); the CBCT is the stereotactic reference. Lung primary named (C34.12).",
    docs=[Doc("b13_06.pdf", [[
        H1("Gamma Knife Icon Treatment Record"),
        KeyValue([("Date", "10/27/2026"), ("Dx", "C79.31; primary C34.12 adenocarcinoma LUL"),
                  ("Immobilization", "Icon thermoplastic mask + nose marker (IFMM)"), ("Sessions", "1")]),
        P("Planning MRI 10/22/2026 (3D T1 + gad 1 mm, T2). Planning CT not required; stereotactic reference "
          "from the pre-treatment CBCT 10/27/2026, co-registered and approved."),
        RuledTable([("Lesion", "Site", "Size", "Dose", "IDL", "Dmax", "Time"),
                    ("L1", "R frontal", "1.3 cm", "21 Gy", "50%", "42 Gy", "14 min"),
                    ("L2", "L temporal", "0.9 cm", "20 Gy", "50%", "40 Gy", "9 min"),
                    ("L3", "R parietal", "0.6 cm", "20 Gy", "55%", "36.4 Gy", "6 min"),
                    ("L4", "vermis", "1.0 cm", "18 Gy", "50%", "36 Gy", "11 min")]),
        P("IFMM tolerance 1.5 mm; one pause during L2 (nose marker drift 1.7 mm), repeat CBCT, resumed. "
          "Independent second calculation within 2%."),
        H2("Impression"),
        P("Single-session Gamma Knife radiosurgery to three metastases completed without complication. "
          "Steroids not needed. MRI brain in 8 weeks, then q3 months."),
        sig("A. Ferreira-Holt, MD 10/27/2026; physics R. Duval, PhD 10/27/2026"),
    ]], opts=dict(header=hdr(_c, 6), font="Helvetica"))])


# ==================================================================================================
# Linac cranial SRS / FSRT
# ==================================================================================================

# b13_07 -- bundle: Edge single fraction, left frontal + pontine met (brainstem: complex) -----------------
_c = "BRIARWOOD ONCOLOGY PARTNERS"
add(name="b13_07", kind="bundle", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal (PTV_LtFrontal)", "cranial", S, 20, 1),
             L("pons (PTV_Pons)", "cranial", C, 15, 1)],
    categories=cats(),
    notes="Consult + Eclipse plan + treatment record + summary: Varian Edge single-fraction SRS, left frontal "
          "metastasis 20 Gy (PTV_LtFrontal) and a pontine metastasis 15 Gy (PTV_Pons; within the brainstem, "
          "complex), so 61798 + 61797. Brainstem Dmax 15.6 Gy and D0.03cc near the Rx; the same lesions "
          "appear under structure names and plain names. Kidney primary (C64.1).",
    docs=[
        Doc("1_consult.pdf", [[
            H1("Consultation - Radiation Oncology"),
            KeyValue([("Seen", "08/31/2026"), ("Physician", "D. Quenneville, MD")]),
            P("72M, clear cell RCC of the right kidney (C64.1) s/p nephrectomy 2024, on nivolumab. Restaging MRI "
              "brain 08/24/2026: 1.7 cm left frontal metastasis and a 0.8 cm enhancing lesion in the left pons. "
              "ECOG 1. RCC is radioresistant to conventional fractions; recommend SRS to both lesions on the "
              "Edge, single fraction, pontine dose reduced to 15 Gy."),
            sig("D. Quenneville, MD 08/31/2026"),
        ]], opts=dict(header=hdr(_c, 7), font="Helvetica")),
        Doc("2_plan.pdf", [[
            H1("Eclipse Plan Summary - SRS_Brain_2mets"),
            KeyValue([("Machine", "Varian Edge, 6X-FFF, HD120 MLC"), ("Sim", "CT 09/03/2026, 1 mm, Encompass SRS mask"),
                      ("Registration", "MRI 09/02/2026 T1 post-gad (BRAVO) + FLAIR, rigid fusion"),
                      ("Technique", "VMAT, single isocenter, 4 non-coplanar arcs")], value_x=120),
            RuledTable([("Structure", "Vol (cc)", "Rx", "Coverage", "Dmax", "CI"),
                        ("PTV_LtFrontal", "3.12", "20 Gy x 1", "V100 98.6%", "24.9 Gy", "1.11"),
                        ("PTV_Pons", "0.41", "15 Gy x 1", "V100 97.2%", "17.8 Gy", "1.19")]),
            TextTable([("OAR", "Constraint", "Plan"), ("Brainstem D0.03cc", "< 16 Gy", "15.6 Gy"),
                       ("Chiasm Dmax", "< 8 Gy", "1.9 Gy"), ("Brain-GTV V12", "< 10 cc", "4.4 cc")],
                      columns=(0, 160, 280)),
            P("Patient-specific QA (portal dosimetry) 99.1% gamma 2%/1 mm; MU second check passed."),
            sig("D. Quenneville, MD 09/04/2026; M. Okafor, PhD 09/04/2026"),
        ]], opts=dict(header=hdr(_c, 7), font="Helvetica")),
        Doc("3_treatment_record.txt", text=f"""
BRIARWOOD ONCOLOGY PARTNERS - ARIA Treatment Record
{patient(7)}   {mrn(7)}   Course 1  Plan SRS_Brain_2mets

Date        Fx  Field         MU      Dose(cGy)  Imaging                         Init
09/08/2026  1   ARC1-ARC4     6412    2000/1500  CBCT + ExacTrac 6D pre & mid    JS/DQ
                                                  shift 0.8 mm, 0.4 deg - approved
Treatment complete. 1 of 1.
""" + FOOT + "\n"),
        Doc("4_summary.pdf", [[
            H1("Treatment Summary"),
            P("Single-fraction stereotactic radiosurgery on 09/08/2026 (Varian Edge): left frontal metastasis "
              "20 Gy; left pontine metastasis 15 Gy. Encompass mask. Tolerated well; nivolumab resumes next "
              "week. MRI brain 6-8 weeks."),
            sig("D. Quenneville, MD 09/09/2026"),
        ]], opts=dict(header=hdr(_c, 7), font="Helvetica")),
    ])

# b13_08 -- TrueBeam HyperArc FSRT, resection cavity 4.1 cm (complex by size), 30 Gy / 5 --------------------
_c = "MAPLECREST HEALTH - Radiation Medicine"
add(name="b13_08", kind="pdf", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("right temporal resection cavity", "cranial", C, 30, 5)],
    categories=cats(),
    notes="HyperArc fractionated SRS to a right temporal resection cavity measuring 4.1 cm (complex by size), "
          "6 Gy x 5 = 30 Gy; 600 cGy per fraction vs total; prior WBRT 2023 (30 Gy/10) is history; "
          "preoperative tumour size 3.2 cm differs from the cavity. Ruled fraction table.",
    docs=[Doc("b13_08.pdf", [[
        H1("Stereotactic Radiotherapy - Course Completion"),
        KeyValue([("Site", "Right temporal resection cavity"), ("Unit", "TrueBeam STx - HyperArc"),
                  ("Rx", "600 cGy x 5 fx = 3000 cGy to PTV_Cavity (D95)"), ("Dates", "11/02/2026 - 11/06/2026")]),
        P("54F with NSCLC, prior whole brain RT 30 Gy in 10 fractions (2023, outside facility). New right "
          "temporal metastasis 3.2 cm resected 10/05/2026 (GTR). Post-op MRI 10/21/2026 (T1 MPRAGE + gad): "
          "cavity with rim enhancement, maximal dimension 4.1 cm. Cavity SRS in 5 fractions given size and "
          "prior WBRT."),
        P("Simulation 10/23/2026: CT 1 mm in an Encompass open-face mask, fused with the post-op MRI. "
          "HyperArc single isocenter, 4 non-coplanar arcs, 6X-FFF. Plan check and SRS QA (SRS MapCHECK, "
          "gamma 98.4% at 2%/1mm) completed by physics 10/29/2026."),
        RuledTable([("Fx", "Date", "Dose (cGy)", "Cum (cGy)", "IGRT", "SGRT"),
                    ("1", "11/02/2026", "600", "600", "CBCT 6DoF approved", "AlignRT < 1 mm"),
                    ("2", "11/03/2026", "600", "1200", "CBCT 6DoF approved", "AlignRT < 1 mm"),
                    ("3", "11/04/2026", "600", "1800", "CBCT 6DoF approved", "AlignRT < 1 mm"),
                    ("4", "11/05/2026", "600", "2400", "CBCT 6DoF approved", "AlignRT < 1 mm"),
                    ("5", "11/06/2026", "600", "3000", "CBCT 6DoF approved", "AlignRT < 1 mm")]),
        P("Brainstem Dmax 21.8 Gy; optic chiasm 4.0 Gy; hippocampi not spared (post-WBRT). Course completed "
          "as planned: right temporal cavity 30 Gy in 5 fractions."),
        sig("S. Yamamura-Bell, MD 11/06/2026"),
    ]], opts=dict(header=hdr(_c, 8), font="Times-Roman"))])

# b13_09 -- plain-text EHR export: Versa HD FSRT, 2 mets, 2700 cGy / 3, numbers in words ---------------------
_b = f"== NORTHGATE MEDICAL GROUP == MOSAIQ Chart Export == {patient(9)} ({mrn(9)}) =="
add(name="b13_09", kind="ehr_text", codes=["77373", "77435", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("right cerebellar", "cranial", S, 27, 3), L("left occipital", "cranial", S, 27, 3)],
    categories=cats(),
    notes="Plain-text MOSAIQ export: Elekta Versa HD with HexaPOD, fractionated SRS 900 cGy x 3 = 2700 cGy to "
          "two metastases (2.4 and 1.8 cm); dictated 'twenty-seven gray in three fractions'; a C1 lateral mass "
          "mentioned as anatomy only; a Gamma Knife referral was discussed and not used.",
    docs=[Doc("b13_09.txt", text=_b + """
RADIATION ONCOLOGY -- END OF TREATMENT SUMMARY           Signed 11/13/2026
Attending: Priya Vantongeren, MD        Dictated 11/12/2026  Transcribed AW

DIAGNOSIS: Metastatic colorectal adenocarcinoma to brain (C79.31, C18.7).

HISTORY: Sixty-three year old man with sigmoid cancer, liver mets resected
2025. MRI brain 10/19/2026 showed a 2.4 cm right cerebellar metastasis and a
1.8 cm left occipital metastasis. The cerebellar lesion sits above the C1 lateral
mass level on sagittal images with no foramen magnum involvement. Referral to
the Gamma Knife center at University was discussed; the patient preferred
local treatment, so we proceeded on our Versa HD.

TECHNIQUE: Frameless SRS mask (Orfit) made at CT simulation 10/26/2026, 1 mm
slices, fused with a contrast MRI from 10/26/2026 (3D T1 + gad, FLAIR). Monaco
VMAT plan, two isocentres, 6 MV FFF, Agility MLC. Physics plan check and
independent MU verification complete; ArcCHECK 97.9%.

TREATMENT: The patient received twenty-seven gray in three fractions to each
lesion (900 cGy per fraction), 11/02, 11/04 and 11/06/2026. XVI cone beam CT
with HexaPOD 6D correction before each fraction, reviewed and approved by the
physician. No interruptions.

   Target              Dose/fx    Fx    Total     Isodose
   PTV1 R cerebellar   900 cGy    3     2700 cGy  80%
   PTV2 L occipital    900 cGy    3     2700 cGy  80%

   Brainstem max 19.2 Gy (3 fx), cochlea L 6.0 Gy.

FOLLOW-UP: MRI brain in 2 months. Return PRN.

Priya Vantongeren, MD
""" + FOOT + "\n")])

# b13_10 -- two-column PDF: Novalis Tx single fraction, AVM with angiography ---------------------------------
_c = "RIVERBEND CHILDREN'S AND ADULT NEUROSCIENCES"
add(name="b13_10", kind="pdf", codes=["77372", "77432", "61798"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI", "angiography"], ["mask"]),
    lesions=[L("left parietal AVM", "cranial", C, 18, 1)],
    categories=cats(),
    notes="Two-column page: Novalis Tx (Brainlab) single-fraction SRS to a left parietal AVM (complex by "
          "type), 18 Gy to the 80% isodose; DSA + CT angiography + MRI for planning; prior Onyx "
          "embolization 2025 is history; Spetzler-Martin grade II and 2.4 cm nidus are not doses. Brainlab "
          "frameless mask; ExacTrac.",
    docs=[Doc("b13_10.pdf", [[
        H1("Radiosurgery Report - Arteriovenous Malformation"),
        P("PATIENT: 34 y/o man, seizure presentation 2024. Left parietal AVM, Spetzler-Martin grade II, nidus "
          "2.4 x 2.0 x 1.8 cm, partial Onyx embolization 03/2025 (two feeders). Not a surgical candidate "
          "(eloquent cortex)."),
        P("IMAGING FOR PLANNING (11/09/2026): biplanar digital subtraction angiography with the Brainlab "
          "angio localizer, contrast CT angiography 1 mm, and 3D T1 / T2 MRI, all registered in Brainlab "
          "Elements."),
        P("IMMOBILIZATION: Brainlab frameless radiosurgery mask (3-part thermoplastic). A Leksell frame was "
          "not needed."),
        ColumnBreak(),
        H2("PLAN / DELIVERY"),
        KeyValue([("Unit", "Novalis Tx"), ("Date", "11/10/2026"), ("Target", "AVM nidus, 5.4 cc"),
                  ("Rx", "18 Gy x 1"), ("Isodose", "80%"), ("Arcs", "5 dynamic conformal"),
                  ("Max", "22.5 Gy")], value_x=60),
        P("ExacTrac x-ray 6D verification before each arc, all corrections < 0.7 mm / 0.5 deg, approved. "
          "Physics: independent MU check, Winston-Lutz same day."),
        P("12 Gy volume 9.1 cc. Completed 18 Gy in 1 fraction to the left parietal AVM."),
        sig("O. Lindqvist-Ramos, MD 11/10/2026; physicist J. Adeyemi, MS"),
    ]], opts=dict(header=hdr(_c, 10), two_columns=True, font="Times-Roman"))])

# b13_11 -- CONTRADICTION: Halcyon FSRT, plan/record 30 Gy / 5, summary 25 Gy --------------------------------
_c = "EASTWATER COMMUNITY CANCER CENTER"
add(name="b13_11", kind="pdf", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left parietal (PTV_LPar)", "cranial", S, 30, 5)],
    categories=cats(),
    contradiction="The summary paragraph says 25 Gy in 5 fractions, while the prescription, plan and the daily "
                  "treatment record show 6 Gy x 5 = 30 Gy; gold follows the plan and record.",
    notes="Varian Halcyon fractionated SRS to a 3.0 cm left parietal metastasis (simple: < 3.5 cm), 6 Gy x 5; "
          "the summary paragraph says 25 Gy (contradiction). Planning CT + MRI, mask; daily CBCT.",
    docs=[Doc("b13_11.pdf", [[
        H1("Radiation Treatment Summary"),
        KeyValue([("Treating MD", "C. Abiodun, MD"), ("Machine", "Varian Halcyon 3.0"),
                  ("Dx", "C79.31 / C34.90"), ("Rx", "PTV_LPar 6 Gy x 5 = 30 Gy (Rx to 100%, D98 >= 100%)")]),
        P("68M NSCLC with solitary 3.0 cm left parietal metastasis, not resected. Sim 11/16/2026: CT 1.25 mm "
          "in a Qfix SRS mask; MRI 11/13/2026 T1 post-gad fused. VMAT, 3 coplanar arcs. Physics chart check "
          "and EPID QA passed."),
        RuledTable([("Date", "Fx", "Dose", "Total", "Imaging"),
                    ("11/23/2026", "1/5", "6 Gy", "6 Gy", "kV-CBCT, approved"),
                    ("11/24/2026", "2/5", "6 Gy", "12 Gy", "kV-CBCT, approved"),
                    ("11/25/2026", "3/5", "6 Gy", "18 Gy", "kV-CBCT, approved"),
                    ("11/27/2026", "4/5", "6 Gy", "24 Gy", "kV-CBCT, approved"),
                    ("11/30/2026", "5/5", "6 Gy", "30 Gy", "kV-CBCT, approved")]),
        H2("Summary"),
        P("Patient completed fractionated stereotactic radiotherapy to the left parietal metastasis, 25 Gy in "
          "5 fractions, without interruption. Mild fatigue. Brain MRI 6 weeks; dexamethasone taper."),
        sig("C. Abiodun, MD 11/30/2026"),
    ]], opts=dict(header=hdr(_c, 11), font="Helvetica"))])

# b13_12 -- bundle: TrueBeam single fraction, 3 mets; physics check scanned; GK offered; follow-up MRI --------
_c = "SUMMIT PEAKS RADIATION ONCOLOGY"
add(name="b13_12", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal", "cranial", S, 22, 1), L("left insula", "cranial", S, 20, 1),
             L("right cerebellar", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Plan + scanned physics/IGRT sheet + summary with a later follow-up paragraph: TrueBeam STx single "
          "fraction to 3 simple metastases (22/20/20 Gy). Gamma Knife was offered and not used. The IGRT "
          "(ExacTrac + CBCT) and QA facts are only in the scanned page. A new 4 mm lesion on follow-up MRI is "
          "not treated in this course.",
    docs=[
        Doc("1_plan.pdf", [[
            H1("SRS Treatment Plan"),
            KeyValue([("Planning system", "Brainlab Elements Multiple Brain Mets 4.0"),
                      ("Delivery", "TrueBeam STx 6X-FFF, 5 table angles, 1 isocenter"),
                      ("Mask", "Brainlab high-precision mask"), ("Sim CT", "12/01/2026 0.75 mm"),
                      ("MRI", "12/01/2026 T1 MPRAGE + gad, fused")], value_x=120),
            P("Options reviewed: Gamma Knife at the regional center (offered) vs linac SRS here; patient chose "
              "linac SRS locally."),
            RuledTable([("Target", "Diameter", "Prescription", "Coverage", "Max dose"),
                        ("PTV_RFront", "1.9 cm", "22 Gy x 1", "99.0%", "27.4 Gy"),
                        ("PTV_LInsula", "1.0 cm", "20 Gy x 1", "98.7%", "25.2 Gy"),
                        ("PTV_RCbm", "1.3 cm", "20 Gy x 1", "99.2%", "24.8 Gy")]),
            sig("T. Haugland, MD 12/02/2026"),
        ]], opts=dict(header=hdr(_c, 12), font="Helvetica")),
        Doc("2_physics_igrt.pdf", [[
            H1("PHYSICS PLAN CHECK / DELIVERY VERIFICATION"),
            KeyValue([("Plan", "MBM_3lesions"), ("Treatment date", "12/04/2026")]),
            BulletList(["Independent dose calc (MU check) within 2.2%",
                        "Patient-specific QA: SRS MapCHECK 98.8% (3%/1mm) - PASS",
                        "Winston-Lutz AM 0.6 mm",
                        "ExacTrac x-ray + CBCT before treatment, 6D shifts 1.1 mm / 0.6 deg - MD approved",
                        "ExacTrac verification after each couch rotation"]),
            sig("K. Lefevre, MS, DABR 12/04/2026;  T. Haugland, MD 12/04/2026"),
        ]], opts=dict(header=hdr(_c, 12), scan=True, scan_dpi=120, font="Courier")),
        Doc("3_summary.txt", text=f"""
SUMMIT PEAKS RADIATION ONCOLOGY -- TREATMENT SUMMARY
{patient(12)}  MRN {mrn(12)}

Breast cancer (triple negative) with three brain metastases treated with single
fraction linac radiosurgery on 12/04/2026: right frontal 22 Gy, left insula
20 Gy, right cerebellum 20 Gy. No acute toxicity.

ADDENDUM 02/05/2027 (follow-up): MRI brain 02/01/2027 shows response of all
three treated lesions and a new 4 mm left occipital focus. Will discuss SRS to
the new lesion at tumor board; nothing scheduled.

T. Haugland, MD
""" + FOOT + "\n"),
    ])


# ==================================================================================================
# CyberKnife
# ==================================================================================================

# b13_13 -- bundle: CyberKnife M6 cranial 27 Gy / 3, G0339 + G0340 claimed ---------------------------------
_c = "GOLDEN PLAINS HOSPITAL - CyberKnife Center (Hospital Outpatient Dept)"
add(name="b13_13", kind="bundle", codes=["G0339", "G0340", "77435", "61796"],
    facts=F("robotic_linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal", "cranial", S, 27, 3)],
    categories=cats(),
    notes="CyberKnife M6 (Precision planning, 6D skull tracking, Aquaplast mask) 9 Gy x 3 = 27 Gy at the 78% "
          "isodose to a 2.6 cm right frontal metastasis; G0339 for session 1 and G0340 for sessions 2-3 fit. "
          "Plan, treatment record, summary with a 3-month follow-up MRI sentence.",
    docs=[
        Doc("1_plan.pdf", [[
            H1("Accuray Precision - Plan Approval"),
            KeyValue([("Plan", "RtFront_3fx_v2"), ("System", "CyberKnife M6, InCise2 MLC"),
                      ("Tracking", "6D Skull"), ("Immobilization", "Aquaplast S-frame mask"),
                      ("Images", "Planning CT 11/30/2026 (1 mm, contrast) + MRI 11/28/2026 T1 3D gad")]),
            RuledTable([("Target", "Vol", "Dose/fx", "Fx", "Total", "Isodose", "Dmax"),
                        ("GTV/PTV_RtFront (0 mm)", "6.9 cc", "9.0 Gy", "3", "27.0 Gy", "78%", "34.6 Gy")]),
            P("Beams 142, nodes 68. Optic chiasm max 7.2 Gy (3 fx), brainstem 5.5 Gy. DQA film 96.7% pass; "
              "secondary MU calculation agrees 1.8%."),
            sig("W. Castellanos, MD 12/02/2026; physicist E. Rahimi, PhD 12/02/2026"),
        ]], opts=dict(header=hdr(_c, 13), font="Helvetica")),
        Doc("2_treatment_record.pdf", [[
            H1("CyberKnife Treatment Record"),
            RuledTable([("Fraction", "Date", "Dose", "Tracking", "Mean corr.", "MD"),
                        ("1 of 3", "12/07/2026", "9.0 Gy", "6D skull, 58 images", "0.4 mm", "WC"),
                        ("2 of 3", "12/08/2026", "9.0 Gy", "6D skull, 61 images", "0.3 mm", "WC"),
                        ("3 of 3", "12/09/2026", "9.0 Gy", "6D skull, 55 images", "0.5 mm", "WC")]),
            P("Billing (HOPD): G0339 x1 (12/07), G0340 x2 (12/08, 12/09); 77435 x1."),
        ]], opts=dict(header=hdr(_c, 13), font="Helvetica")),
        Doc("3_summary.pdf", [[
            H1("Completion Summary"),
            P("Fractionated CyberKnife radiosurgery to a right frontal metastasis (renal cell primary) "
              "completed 12/09/2026: 27 Gy in 3 fractions. Follow-up MRI in 3 months."),
            sig("W. Castellanos, MD 12/10/2026"),
        ]], opts=dict(header=hdr(_c, 13), font="Helvetica")),
    ])

# b13_14 -- PDF: CyberKnife lung, fiducials + Synchrony, 48 Gy / 4 --------------------------------------------
_c = "OCEANVIEW MEDICAL CENTER  |  Accuray CyberKnife Program"
add(name="b13_14", kind="pdf", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 4, ["CT", "PET"], ["fiducials"]),
    lesions=[L("right upper lobe", "body", None, 48, 4)],
    categories=cats(),
    notes="CyberKnife S7 lung SBRT, 12 Gy x 4 = 48 Gy to the 75% isodose; 3 gold fiducials placed by "
          "navigational bronchoscopy, Synchrony respiratory tracking. 'T1b' is a stage; a prior 2020 left "
          "lower lobectomy is history. Chest wall V30 and max dose are OAR numbers.",
    docs=[Doc("b13_14.pdf", [[
        H1("SBRT Lung - CyberKnife Treatment Summary"),
        KeyValue([("Diagnosis", "C34.11 NSCLC RUL, cT1b N0 M0, 1.7 cm"), ("Unit", "CyberKnife S7"),
                  ("Dose", "12 Gy x 4 = 48 Gy to 75% IDL"), ("Dates", "11/16/2026 - 11/20/2026")]),
        P("79M, 2020 left lower lobectomy for a prior T1a adenocarcinoma; new RUL nodule, PET-avid (SUV 6.1) "
          "on PET/CT 10/14/2026, biopsy-proven. FEV1 0.9 L - not a surgical candidate. Three gold fiducials "
          "placed 10/28/2026 by navigational bronchoscopy."),
        P("Treatment planning CT 11/04/2026 (inhale/exhale, 1.5 mm) supine on the flat couch pad, arms at sides, no vacuum cushion; the "
          "PET/CT was fused for GTV delineation. Accuray Precision plan, fiducial tracking with Synchrony "
          "respiratory motion modeling; correlation error < 1.5 mm every fraction."),
        RuledTable([("Fx", "Date", "Dose", "Synchrony model", "Fiducials tracked"),
                    ("1", "11/16/2026", "12 Gy", "OK", "3/3"),
                    ("2", "11/17/2026", "12 Gy", "OK", "3/3"),
                    ("3", "11/19/2026", "12 Gy", "OK", "3/3"),
                    ("4", "11/20/2026", "12 Gy", "rebuilt x1", "2/3 (1 migrated)")]),
        P("Chest wall V30 18 cc, max 46.1 Gy; bronchial tree max 28.0 Gy; cord max 11 Gy. Physics DQA passed. "
          "Course complete: RUL 48 Gy in 4 fractions. CT chest at 3 months."),
        sig("L. Moravec, MD 11/20/2026; physics Y. Tanaka-Ruiz, PhD"),
    ]], opts=dict(header=hdr(_c, 14), font="Helvetica"))])

# b13_15 -- plain-text EHR export: CyberKnife single-session cranial; G0340 claimed wrongly ----------------
_b = f"***** ATHENA ONCOLOGY EHR -- CLINICAL DOCUMENT EXPORT -- {patient(15)} / {mrn(15)} *****"
add(name="b13_15", kind="ehr_text", codes=["G0339", "G0340", "77432", "61796"],
    facts=F("robotic_linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left cerebellar", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Plain-text EHR export: CyberKnife VSI single-session SRS, eighteen gray at the 80% isodose to a "
          "1.5 cm left cerebellar metastasis; G0339 fits, G0340 (sessions 2-5) does not; delivery code 77372 "
          "by the rules. Earlier note in the export mentions a 3-fraction option that was not chosen.",
    docs=[Doc("b13_15.txt", text=_b + """
Note type: Radiation Oncology Progress Note   Date: 11/18/2026   Author: J. Okonkwo MD
S: Here for discussion of SRS. Melanoma, one new 1.5 cm L cerebellar met.
A/P: Options single fraction 18 Gy vs 3 fractions (8 Gy x 3). Will proceed single
fraction on CyberKnife given size < 2 cm. Sim next week.

""" + _b + """
Note type: Procedure Note - CyberKnife Radiosurgery   Date: 11/30/2026
Author: J. Okonkwo MD   Cosigner: V. Haldorsen PhD (Physics)

Procedure: Single-session stereotactic radiosurgery, CyberKnife VSI.
Imaging: CT head w/ contrast 1 mm (11/24/2026) fused to MRI brain 3D T1 post-gad
(11/23/2026). Immobilization: thermoplastic mask (Aquaplast).
Plan (MultiPlan): Rx eighteen gray (18 Gy) to the 80% isodose line, GTV 1.8 cc,
coverage 97%, 131 beams, 1 fixed cone 12.5 mm. Brainstem Dmax 8.3 Gy.
QA: MU 2nd check and DQA pass.
Delivery: 6D skull tracking, 64 image pairs, mean correction 0.4 mm. Beam-on 38 min.
Outcome: left cerebellar metastasis 18 Gy x 1 fraction delivered 11/30/2026.
Tolerated well, no complications.
Charges entered: G0339, 77432.

-- Electronically signed J. Okonkwo MD 11/30/2026 14:22 --
""" + FOOT + "\n")])


# ==================================================================================================
# SBRT body
# ==================================================================================================

# b13_16 -- bundle: lung SBRT 54 Gy / 3 TrueBeam; CyberKnife offered ----------------------------------------
_c = "WESTBROOK PULMONARY ONCOLOGY CLINIC"
add(name="b13_16", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left upper lobe", "body", None, 54, 3)],
    categories=cats(),
    notes="Consult + plan + treatment record (nursing weekly note style) + summary: TrueBeam SBRT 18 Gy x 3 = "
          "54 Gy to a peripheral LUL T1 (stage) tumour; 4DCT, PET/CT fused; BodyFIX. CyberKnife was offered "
          "(fiducials needed) and not used; 2 cm margin from chest wall, rib max 52 Gy near Rx.",
    docs=[
        Doc("1_consult.pdf", [[
            H1("Thoracic Radiation Oncology - New Patient"),
            KeyValue([("Date", "09/28/2026"), ("Provider", "R. Delacroix-Obi, MD")]),
            P("81 yo F, 30 pk-yr former smoker, COPD (FEV1 38%). LUL spiculated nodule 2.1 cm, PET SUV 8.4 on "
              "PET/CT 09/15/2026, CT-guided biopsy squamous cell carcinoma. Stage cT1c N0 M0. Declines surgery."),
            P("Discussed SBRT on our TrueBeam (no fiducials needed) vs CyberKnife at a partner site (would need "
              "fiducial placement). She prefers to be treated here. Plan 54 Gy in 3 fractions, peripheral "
              "tumour > 2 cm from the proximal bronchial tree."),
            sig("R. Delacroix-Obi, MD 09/28/2026"),
        ]], opts=dict(header=hdr(_c, 16), font="Times-Roman")),
        Doc("2_plan.pdf", [[
            H1("SBRT Plan Report - LUL"),
            KeyValue([("Simulation", "10/02/2026 4DCT (10 phases), BodyFIX vacuum with wrap, arms up"),
                      ("Fusion", "PET/CT 09/15/2026 registered for GTV"), ("Planning", "Eclipse AcurosXB, 2 VMAT arcs 6X-FFF"),
                      ("Rx", "PTV_LUL 1800 cGy x 3 = 5400 cGy, 95% of PTV >= Rx")], value_x=90),
            RuledTable([("Structure", "Metric", "Constraint", "Plan"),
                        ("PTV_LUL", "V54Gy", ">= 95%", "96.1%"),
                        ("Rib", "D1cc", "< 50 Gy", "52.0 Gy (accepted, MD)"),
                        ("Chest wall", "V30Gy", "< 30 cc", "21.4 cc"),
                        ("Cord", "Dmax", "< 18 Gy", "7.9 Gy"),
                        ("Lungs-ITV", "V20", "< 10%", "5.2%")]),
            P("Physics 2nd check (Mobius3D) 1.7%; portal dosimetry 99.3%."),
            sig("R. Delacroix-Obi, MD 10/08/2026; A. Kristiansen, MS 10/08/2026"),
        ]], opts=dict(header=hdr(_c, 16), font="Times-Roman")),
        Doc("3_treatment_record.txt", text=f"""
WESTBROOK PULMONARY ONCOLOGY CLINIC - DAILY TREATMENT RECORD (SBRT)
{patient(16)}  {mrn(16)}   Plan LUL_SBRT  Rx 1800 cGy x 3

DATE        FX   DOSE     CUM      IGRT                           RN/RTT
10/12/2026  1    1800     1800     CBCT, ITV match, approved MD   KS/TP
10/14/2026  2    1800     3600     CBCT, ITV match, approved MD   KS/TP
10/16/2026  3    1800     5400     CBCT, ITV match, approved MD   KS/LB

Nursing 10/16: mild fatigue, no cough change, SpO2 94%. Course complete.
""" + FOOT + "\n"),
        Doc("4_summary.pdf", [[
            H1("End of Treatment Summary"),
            P("Completed SBRT to the left upper lobe primary: 54 Gy in 3 fractions (10/12 - 10/16/2026). "
              "CT chest in 3 months, then q3-6 months."),
            sig("R. Delacroix-Obi, MD 10/16/2026"),
        ]], opts=dict(header=hdr(_c, 16), font="Times-Roman")),
    ])

# b13_17 -- CONTRADICTION: two-column liver SBRT, header says 45 Gy / 3, plan/record 40 Gy / 5 ---------------
_c = "HARBORLIGHT HEPATOBILIARY & RADIATION CENTER"
add(name="b13_17", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment VIII (HCC)", "body", None, 40, 5)],
    categories=cats(),
    contradiction="The course banner reads 'SBRT liver 45 Gy / 3 fx' while the prescription, plan and the five "
                  "dated fractions of 8 Gy give 40 Gy in 5 fractions; gold follows the plan and record.",
    notes="Two-column: Versa HD liver SBRT to a segment VIII HCC (S8), 8 Gy x 5 = 40 Gy; the banner says 45 Gy "
          "/ 3 fx (contradiction). Prior TACE x2 is history; Child-Pugh A6, AFP, liver mean dose 13 Gy are "
          "not doses. Gold fiducials + abdominal compression; triphasic CT and Eovist MRI.",
    docs=[Doc("b13_17.pdf", [[
        H1("SBRT liver 45 Gy / 3 fx - Course Summary"),
        P("HPI: 66M, HBV cirrhosis, Child-Pugh A6, AFP 212. 3.3 cm HCC in segment VIII (S8), LR-5. Prior TACE "
          "x2 (2025, 03/2026) with residual arterial enhancement. Tumour board: SBRT as bridge to transplant."),
        P("PREP: 3 gold fiducials (1 x 3 mm) placed percutaneously 09/21/2026. Sim 09/29/2026 in a "
          "Vac-Lok cushion with abdominal compression paddle; triphasic 4DCT plus gadoxetate (Eovist) MRI "
          "09/25/2026 registered for the GTV."),
        ColumnBreak(),
        H2("Prescription & plan"),
        KeyValue([("Unit", "Elekta Versa HD"), ("TPS", "Monaco 6, 2 VMAT arcs"),
                  ("Rx", "PTV_S8 800 cGy x 5 = 4000 cGy"), ("Liver-GTV mean", "13.0 Gy"),
                  ("Duodenum D0.5cc", "24.6 Gy"), ("QA", "Delta4 98.2%")], value_x=85),
        H2("Delivery"),
        RuledTable([("Fx", "Date", "cGy", "IGRT"),
                    ("1", "10/05", "800", "CBCT+fid"),
                    ("2", "10/07", "800", "CBCT+fid"),
                    ("3", "10/09", "800", "CBCT+fid"),
                    ("4", "10/12", "800", "CBCT+fid"),
                    ("5", "10/14", "800", "CBCT+fid")]),
        P("All CBCTs matched on fiducials and approved. Tolerated; grade 1 nausea."),
        sig("M. Thorvaldsen, MD 10/14/2026"),
    ]], opts=dict(header=hdr(_c, 17), two_columns=True, font="Helvetica"))])

# b13_18 -- scanned PDF: spine SBRT T10 + L2, 24 Gy / 2; prior L4 8 Gy x 1 ----------------------------------
_c = "KESTREL SPINE & RADIATION ONCOLOGY"
add(name="b13_18", kind="scan", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T10 vertebral body", "spinal", None, 24, 2), L("L2 vertebral body", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Scanned (image-only) spine SBRT note: TrueBeam 12 Gy x 2 = 24 Gy (2400 cGy) to T10 and L2 "
          "metastases with epidural extension (Bilsky 1b); prior conventional 8 Gy x 1 to L4 (2025) is a "
          "different, earlier course; cord Dmax 14.2 Gy and cauda 16 Gy near the per-fraction dose. "
          "BodyFIX; planning CT fused with MRI.",
    docs=[Doc("b13_18.pdf", [[
        H1("SPINE SBRT - TREATMENT NOTE"),
        KeyValue([("Dx", "C79.51 bone mets; primary C61 prostate (CRPC)"), ("Unit", "TrueBeam, 6X-FFF"),
                  ("Dates", "12/01/2026 and 12/03/2026"), ("Immobilization", "BodyFIX vacuum bag, arms on chest")]),
        P("71M with castrate-resistant prostate cancer. Prior palliative RT: L4 8 Gy x 1 (03/2025). New painful "
          "T10 and L2 vertebral body metastases with epidural extension (Bilsky 1b) abutting the thecal sac on "
          "MRI total spine 11/18/2026; SINS 6. Sim CT 11/24/2026 1 mm fused with T1/T2 MRI for cord contouring."),
        RuledTable([("Target", "Rx", "Fx", "Total", "Cord Dmax", "D90"),
                    ("PTV_T10", "1200 cGy", "2", "2400 cGy", "14.2 Gy", "91%"),
                    ("PTV_L2", "1200 cGy", "2", "2400 cGy", "cauda 16.0 Gy", "93%")]),
        P("Each fraction: CBCT with 6DoF couch, then orthogonal kV verification; shifts approved by MD before "
          "beam-on. Physics plan check and portal QA done. Both levels 24 Gy in 2 fractions delivered."),
        sig("G. Ashworth-Nnamdi, MD 12/03/2026;  physicist P. Lehtonen, MS"),
    ]], opts=dict(header=hdr(_c, 18), scan=True, scan_dpi=120, font="Helvetica"))])

# b13_19 -- plain-text EHR export: prostate SBRT 36.25 / 5, fiducials, SpaceOAR, Calypso ---------------------
_b = f"[EXPORT] ALDER CREEK UROLOGIC ONCOLOGY | {patient(19)} | {mrn(19)} | eCW"
add(name="b13_19", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Plain-text EHR export: TrueBeam prostate SBRT 7.25 Gy x 5 = 36.25 Gy; Calypso beacons (fiducials) + "
          "SpaceOAR hydrogel, Vac-Lok legs; MRI fused. 'T1c', Gleason 3+4=7, PSA 8.2 and rectum D1cc 35.1 Gy are "
          "not doses/fractions; prior TURP is history.",
    docs=[Doc("b13_19.txt", text=_b + """
--- Encounter: RadOnc Treatment Summary   DOS 11/24/2026   Provider: E. Fairweather, MD ---

Dx: C61  Adenocarcinoma prostate, cT1c, Gleason 3+4=7 (GG2), PSA 8.2,
    favorable intermediate risk. Prior TURP 2021.

Prep: Calypso beacon transponders x3 + SpaceOAR hydrogel placed 10/20/2026.
Sim 10/28/2026: CT 1.5 mm, Vac-Lok leg cushion, comfortably full bladder.
MRI pelvis T2 axial fused for CTV (prostate + proximal 1 cm SV).

Plan: Eclipse, 2 VMAT arcs 10X-FFF. PTV 36.25 Gy in 5 fx (7.25 Gy/fx),
CTV boost none. Rectum D1cc 35.1 Gy, bladder D10cc 18.4 Gy, urethra Dmax
38.5 Gy. Physics check + portal dosimetry 99%.

Delivery: 11/10, 11/12, 11/14, 11/18, 11/20/2026 (QOD). CBCT + Calypso real-
time tracking each fx, beam hold at 3 mm; 2 holds on fx 3. MD approved.

Course complete: prostate 36.25 Gy / 5 fx. PSA in 3 months.
No ADT.

E. Fairweather, MD   11/24/2026 09:02 (e-signed)
""" + FOOT + "\n")])

# b13_20 -- bundle: adrenal + para-aortic node, 5 fx; plan + nursing + summary --------------------------------
_c = "CEDAR BLUFF ONCOLOGY & HEMATOLOGY"
add(name="b13_20", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left adrenal", "body", None, 40, 5), L("para-aortic lymph node", "body", None, 35, 5)],
    categories=cats(),
    notes="Oligometastatic melanoma: left adrenal 8 Gy x 5 = 40 Gy and a para-aortic node 7 Gy x 5 = 35 Gy in the "
          "same five sessions on a TrueBeam (77373 per session, not per lesion). PET/CT fused; BodyFIX. "
          "Nursing note with vitals and weights; kidney V17.5 and bowel doses near the per-fraction dose.",
    docs=[
        Doc("1_plan.pdf", [[
            H1("SABR Plan - Two Targets, One Isocentre"),
            KeyValue([("Sim", "4DCT 10/30/2026, BodyFIX double vacuum"), ("PET/CT", "10/22/2026 fused"),
                      ("Unit", "TrueBeam 3, 6X-FFF, 2 arcs")]),
            RuledTable([("PTV", "Vol", "Dose/fx", "Fx", "Total"),
                        ("PTV_LAdrenal", "38.2 cc", "8 Gy", "5", "40 Gy"),
                        ("PTV_PAN (L2 level node)", "9.6 cc", "7 Gy", "5", "35 Gy")]),
            TextTable([("OAR", "Plan"), ("Duodenum D0.035cc", "28.9 Gy"), ("Bowel D5cc", "24.7 Gy"),
                       ("Kidney L V17.5Gy", "11%"), ("Cord Dmax", "15.2 Gy")], columns=(0, 170)),
            P("Physics plan check, Mobius 2nd calc 1.2%, ArcCHECK 98%."),
            sig("B. Nakashima-Lowe, MD 11/03/2026; physicist O. Brandvold, MS"),
        ]], opts=dict(header=hdr(_c, 20), font="Helvetica")),
        Doc("2_nursing.txt", text=f"""
CEDAR BLUFF ONCOLOGY - RADIATION NURSING ON-TREATMENT NOTE   11/11/2026
{patient(20)}  {mrn(20)}
Fx 3 of 5 today. Wt 71.4 kg (baseline 72.0). BP 124/78, P 80.
Mild nausea after fx 2, ondansetron 8 mg PRN helping. Appetite ok.
CBCT reviewed by Dr Nakashima-Lowe before tx, approved. Continue.
J. Pettersen, RN
""" + FOOT + "\n"),
        Doc("3_summary.pdf", [[
            H1("Radiotherapy Completion Summary"),
            KeyValue([("Course dates", "11/07/2026 - 11/14/2026"), ("Fractions", "5 (one session treats both targets)")]),
            P("Left adrenal metastasis 40 Gy in 5 fractions; para-aortic node at the L2 level 35 Gy in 5 "
              "fractions. Daily CBCT with physician approval. PET/CT in 3 months; continue ipilimumab/nivolumab."),
            sig("B. Nakashima-Lowe, MD 11/14/2026"),
        ]], opts=dict(header=hdr(_c, 20), font="Helvetica")),
    ])


# ==================================================================================================
# Hard negatives / near-misses
# ==================================================================================================

# b13_21 -- conventional 30 Gy / 10 to T5-T8 claimed as spine SBRT ------------------------------------------
_c = "IRONWOOD COUNTY HOSPITAL - Radiation Therapy Dept."
add(name="b13_21", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 10, ["CT"], ["body_immobilization"]),
    lesions=[L("T5-T8 thoracic spine", "spinal", None, 30, 10)],
    categories=cats(),
    notes="Conventional palliative 30 Gy in 10 fractions (3 Gy/fx) to T5-T8 on a Clinac with an Alpha Cradle, "
          "claimed as spine SBRT: all three codes inconsistent, no delivery code. SBRT was 'considered' and "
          "not done; the MRI was diagnostic before referral (CT sim only).",
    docs=[Doc("b13_21.pdf", [[
        H1("Radiation Therapy Completion Note"),
        KeyValue([("Site", "Thoracic spine T5-T8"), ("Machine", "Varian Clinac iX, 6 MV"),
                  ("Technique", "AP/PA opposed fields"), ("Dose", "3000 cGy in 10 fractions of 300 cGy"),
                  ("Dates", "11/02/2026 - 11/13/2026")]),
        P("59F metastatic breast cancer, T6 pathologic compression fracture and T5-T8 marrow disease with "
          "cord compression symptoms improving on dexamethasone. Diagnostic MRI 10/27/2026 (outside) reviewed. "
          "Stereotactic body radiotherapy to T6 was considered, but multilevel disease favours a conventional "
          "course. CT simulation 10/29/2026 supine in an Alpha Cradle."),
        RuledTable([("Week", "Fx", "Dose (cGy)", "Cumulative", "Port films"),
                    ("1", "1-5", "1500", "1500", "MV ports day 1, approved"),
                    ("2", "6-10", "1500", "3000", "weekly kV, approved")]),
        P("Cord max 3150 cGy (105%). Completed as prescribed; pain 2/10. Follow up 4 weeks."),
        P("Codes submitted by scheduling: 77373, 77435, 63620 (flagged for coder review)."),
        sig("H. Grunewald, MD 11/13/2026"),
    ]], opts=dict(header=hdr(_c, 21), font="Courier"))])

# b13_22 -- bundle: TrueBeam single fraction 1 met, but 77371 + 61800 claimed; no IGRT / QA documented --------
_c = "FOXGLOVE VALLEY RADIATION CENTER"
add(name="b13_22", kind="bundle", codes=["77371", "77432", "61796", "61800"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right parietal", "cranial", S, 20, 1)],
    categories=cats(delivery_verification=False),
    notes="Order/plan sheet + summary: TrueBeam single-fraction SRS 20 Gy to a 1.2 cm right parietal metastasis "
          "in a mask, claimed with Gamma Knife delivery 77371 and frame 61800 (both inconsistent; delivery code "
          "77372). A Gamma Knife referral was denied by the insurer. No image guidance or QA is documented.",
    docs=[
        Doc("1_srs_order.pdf", [[
            H1("SRS Prescription / Plan Sheet"),
            KeyValue([("Diagnosis", "C79.31, C43.5 melanoma trunk"), ("Target", "R parietal met 1.2 cm"),
                      ("Dose", "20 Gy x 1 fx to 80% IDL"), ("Machine", "TrueBeam (6FFF), 3 VMAT arcs, 1 iso"),
                      ("Immobilization", "frameless SRS mask"), ("Images", "CT sim 12/07/2026 + MRI T1 gad 12/05/2026 fused")],
                     value_x=110),
            P("Gamma Knife at St. Agnes was requested first; prior authorization denied 12/01/2026. Linac SRS "
              "instead. Pinned head frame not used."),
            P("Plan in Eclipse: PTV = GTV + 1 mm, V20Gy 99%, Dmax 25 Gy; brain V12 3.1 cc."),
            sig("F. Oduya, MD 12/08/2026"),
        ]], opts=dict(header=hdr(_c, 22), font="Helvetica")),
        Doc("2_summary.txt", text=f"""
FOXGLOVE VALLEY RADIATION CENTER
SRS SUMMARY -- {patient(22)} -- {mrn(22)}

Date of treatment: 12/10/2026. Right parietal metastasis treated with 20 Gy in
a single fraction on the TrueBeam. Tolerated well. F/u MRI 2 months.

Charge sheet: 77371, 77432, 61796, 61800

F. Oduya, MD
""" + FOOT + "\n"),
    ])

# b13_23 -- consult only: Gamma Knife recommended for 3 mets ------------------------------------------------
_c = "THISTLEDOWN NEUROSURGICAL ASSOCIATES"
add(name="b13_23", kind="pdf", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=dict(NONE), lesions=[], categories=NO_CATS,
    notes="Neurosurgery consult only: recommends frame-based Gamma Knife for three metastases (20/20/18 Gy "
          "proposed) and schedules it; the MRI is diagnostic, nothing simulated or delivered. Facts null/empty, "
          "all codes inconsistent.",
    docs=[Doc("b13_23.pdf", [[
        H1("Outpatient Consultation - Neurosurgery"),
        KeyValue([("Date", "12/14/2026"), ("Consultant", "I. Castellano-Reyes, MD"),
                  ("Reason", "Brain metastases - radiosurgery evaluation")]),
        P("HPI: 49M with metastatic esophageal adenocarcinoma. Diagnostic MRI brain 12/08/2026 (T1 post-gad, "
          "FLAIR, SWI): three enhancing lesions - right frontal 1.1 cm, left parietal 0.8 cm, right cerebellar "
          "1.5 cm. No hydrocephalus. KPS 80."),
        P("PLAN: Gamma Knife radiosurgery under Leksell frame is recommended. Proposed doses 20 Gy, 20 Gy and "
          "18 Gy to the 50% isodose line. Frame placement, stereotactic MRI and CT will be done on the day of "
          "treatment, tentatively 01/05/2027. Consent discussed; he wishes to think it over with family."),
        P("Total time 60 min, > 50% counseling."),
        sig("I. Castellano-Reyes, MD 12/14/2026"),
    ]], opts=dict(header=hdr(_c, 23), font="Times-Roman"))])

# b13_24 -- bundle: pancreas SBRT planned 33 Gy / 5, stopped after fraction 1 ---------------------------------
_c = "SILVERLAKE GI CANCER PROGRAM - Radiation Oncology"
add(name="b13_24", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 1, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("pancreatic head", "body", None, 6.6, 1)],
    categories=cats(),
    notes="Plan (33 Gy in 5, 6.6 Gy/fx) + treatment record + discontinuation note: only fraction 1 (6.6 Gy, "
          "01/04/2027) was given before a GI bleed admission; course not resumed. Delivered 1 fraction; the "
          "33 Gy/5 is the plan. Fiducials + Alpha Cradle; MRI fused. Codes fit a 1-fraction body course by the "
          "rules; the planned five must not be counted.",
    docs=[
        Doc("1_plan.pdf", [[
            H1("Pancreas SBRT - Physician Plan Directive"),
            KeyValue([("Dx", "C25.0 adenocarcinoma pancreatic head, locally advanced"),
                      ("Rx", "PTV_PanHead 33 Gy in 5 fx (6.6 Gy/fx); PTV_SIB 25 Gy in 5"),
                      ("Unit", "TrueBeam, 10X-FFF VMAT"),
                      ("Sim", "12/22/2026 CT w/ IV contrast, 4DCT, Alpha Cradle, arms up"),
                      ("MRI", "12/21/2026 T2/DWI fused"), ("Fiducials", "3 EUS-placed gold seeds (12/10/2026)")],
                     value_x=90),
            P("Duodenum D0.5cc < 33 Gy, stomach D0.5cc < 33 Gy. Physics 2nd check and portal QA complete."),
            sig("Q. Everhart, MD 12/29/2026"),
        ]], opts=dict(header=hdr(_c, 24), font="Helvetica")),
        Doc("2_treatment_record.pdf", [[
            H1("Treatment Delivery Record"),
            RuledTable([("Fx", "Date", "Dose", "Cumulative", "IGRT", "Status"),
                        ("1", "01/04/2027", "6.6 Gy", "6.6 Gy", "CBCT fiducial match, MD approved", "treated"),
                        ("2", "01/06/2027", "-", "-", "-", "cancelled - inpatient"),
                        ("3", "01/08/2027", "-", "-", "-", "cancelled"),
                        ("4", "01/11/2027", "-", "-", "-", "cancelled"),
                        ("5", "01/13/2027", "-", "-", "-", "cancelled")]),
        ]], opts=dict(header=hdr(_c, 24), font="Helvetica")),
        Doc("3_discontinuation.txt", text=f"""
SILVERLAKE GI CANCER PROGRAM - RADIATION ONCOLOGY
TREATMENT DISCONTINUATION NOTE        {patient(24)}   {mrn(24)}   01/20/2027

The patient received fraction 1 of 5 of pancreas SBRT on 01/04/2027
(6.6 Gy to the pancreatic head). On 01/05/2027 he was admitted with an upper GI
bleed (duodenal ulcer, pre-existing tumour invasion). After discussion with GI
and the family the remaining four fractions will not be given; transition to
best supportive care.

Total delivered: 6.6 Gy in 1 fraction (planned 33 Gy in 5).

Q. Everhart, MD
""" + FOOT + "\n"),
    ])


CORPUS = Corpus("blind_corpus13", "tests/blind_corpus13", CHARTS, pdf_options={"footer": FOOT, "font": "Helvetica"},
                hand_written=["README.md", "FIRST_RUN.md"])
