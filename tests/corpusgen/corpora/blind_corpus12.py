"""Twelfth blind corpus, ``tests/blind_corpus12/`` (regenerate: ``python scripts/make_corpus.py blind_corpus12``).

Twenty-three courses written without looking at the reader, on clinical edge cases and EHR note artefacts:
benign and functional radiosurgery (trigeminal neuralgia with a maximum dose, AVM with angiography,
vestibular schwannoma, meningioma, pituitary adenoma, glomus jugulare), staged Gamma Knife, a resection
cavity, whole-brain RT earlier plus an SRS boost now, spine re-irradiation, oligometastatic SBRT to three
body sites in one course, pancreas and kidney SBRT, MR-linac daily adaptive replanning, prostate SBRT with a
hydrogel spacer and gold fiducials, pediatric Gamma Knife under anaesthesia; Epic SmartPhrase residue
("***", "{blank}", ".RADONCSRS"), copy-forward text from earlier visits, addenda and time-stamped amendments
that correct an earlier statement, problem and medication lists full of numbers; hard negatives (a 30 Gy/10
palliative course, a follow-up note only, SRS declined) and three self-contradicting charts.

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md. Per-code
consistency and the delivery code are computed from the labelled facts (``corpusgen.rules``; G0339/G0340
robotic linac only, G0340 only for 2-5 sessions, as in corpus 8). Every lesion carries its delivered total
``dose_gy`` and delivered ``fractions``. Standard PDF fonts only; text is ASCII.
"""

# ruff: noqa: E501  (dictated and text documents are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import (
    KeyValue,
    RuledTable,
    Signature,
    TextTable,
)

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats

CHARTS = Charts()
add = CHARTS.add


FIRST = ["AURELIO", "BRONWEN", "CASIMIR", "DELPHINE", "EZRA", "FENNA", "GUSTAV", "HALLIE", "IGNAZ", "JOLENE",
         "KONRAD", "LIESEL", "MATTHIAS", "NOEMI", "OSWIN", "PERPETUA", "RAINER", "SOLVEIG", "TOBIAS", "URSULA",
         "VINCENT", "WILMA", "XAVER", "YVONNE"]


def patient(n: int) -> str:
    return f"TWELVEPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-120{n:02d}"


def epic_hdr(n: int, dept: str, printed: str) -> list[str]:
    return [f"{patient(n)}  MRN: {mrn(n)}  DOB: 03/14/19{50 + n}",
            f"{dept}  |  Printed {printed}  |  Epic"]


def txt_head(n: int, title: str, extra: str = "") -> str:
    return f"{patient(n)}   MRN {mrn(n)}{('   ' + extra) if extra else ''}\n{title}\n"


def sig(text: str) -> Signature:
    return Signature("Electronically signed by " + text)


# ==================================================================================================
# charts
# ==================================================================================================

# b12_01 -- Epic procedure note, GK trigeminal neuralgia, 4 mm shot, 80 Gy maximum; SmartPhrase residue ----
add(name="b12_01", kind="pdf", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve (root entry zone)", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Epic procedure note with SmartPhrase residue (.RADONCSRS header, '***' in unused fields, '{blank}'): "
          "Gamma Knife Perfexion for right trigeminal neuralgia, one 4 mm shot, 80 Gy MAXIMUM dose at the 100% "
          "isodose (no margin prescription; the 80 Gy maximum is the dose of record). Functional target -> complex "
          "(61798). Medication list full of mg numbers (carbamazepine 400 mg, oxcarbazepine 600 mg). The brainstem "
          "15 Gy isodose and 2 mm distance are OAR numbers.",
    docs=[Doc("b12_01.pdf", pages=[[
        H1("Gamma Knife Radiosurgery - Procedure Note"),
        P(".RADONCSRS"),
        KeyValue([("Date of service", "10/06/2026"), ("Attending", "M. Okafor, MD (Neurosurgery)"),
                  ("Co-attending", "L. Brandvold, MD (Radiation Oncology)"), ("Referring", "***"),
                  ("Diagnosis", "G50.0 Trigeminal neuralgia, right, V2/V3, medically refractory")]),
        H2("Indication"),
        P("68 y.o. with classic right V2/V3 trigeminal neuralgia x 6 yrs, BNI pain score IV on carbamazepine 400 mg "
          "BID + baclofen 10 mg TID; failed oxcarbazepine 600 mg BID (hyponatremia Na 128). Not a candidate for MVD "
          "(declined open surgery). Prior procedures: {blank}"),
        H2("Current medications"),
        TextTable([("Medication", "Dose", "Sig"), ("carBAMazepine ER", "400 mg", "PO BID"),
                   ("baclofen", "10 mg", "PO TID"), ("gabapentin", "300 mg", "PO QHS, may incr to 900 mg/day"),
                   ("lisinopril", "20 mg", "PO daily"), ("ondansetron ODT", "4 mg", "q8h PRN nausea")],
                  columns=(0, 150, 230)),
        H2("Procedure"),
        P("Leksell G frame applied under local anesthesia (20 mL 1:1 lidocaine 1% / bupivacaine 0.5%), 4 pins, "
          "no complications. Stereotactic MRI obtained with the frame in place: 3D CISS 0.6 mm and T1 MPRAGE with "
          "gadolinium. A stereotactic CT (1 mm) was also acquired and co-registered to correct for MR distortion. "
          "Target: right trigeminal nerve, root entry zone ~7 mm anterior to the pons, defined on CISS."),
        P("Plan (Leksell GammaPlan 11.3): ONE 4 mm collimator shot. Maximum dose 80 Gy (100% isodose). Dose is "
          "expressed as maximum dose; there is no prescription to a margin for this functional target. Brainstem: "
          "the 15 Gy isodose line touches the pontine surface (0.02 cc), 2 mm margin from the 50% line. Beam "
          "channels in sector 3 and 6 blocked (plugging) to reduce brainstem dose. Unit: Leksell Gamma Knife "
          "Perfexion. Treatment time 58.4 min at 2.61 Gy/min."),
        P("Frame co-ordinates verified against the GammaPlan printout by the physicist before treatment; "
          "independent shot-time check within 1.1%. Patient tolerated well; frame removed, pin sites dressed."),
        H2("Summary"),
        P("Right trigeminal nerve radiosurgery, 80 Gy maximum dose in one session, 10/06/2026. Follow-up "
          "in clinic 6 weeks ***. Complications: ***"),
        sig("M. Okafor, MD 10/06/2026 17:44; L. Brandvold, MD 10/06/2026 17:51; physics: T. Asante, MS, DABR"),
    ]], opts=dict(header=epic_hdr(1, "NEUROSURGERY - GAMMA KNIFE CENTER", "10/07/2026 08:12")))])

# b12_02 -- Epic text note, GK AVM with angiography, problem list full of numbers -----------------------------
add(name="b12_02", kind="ehr_text", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI", "angiography"], ["frame"]),
    lesions=[L("left parietal AVM nidus", "cranial", C, 22, 1)],
    categories=cats(),
    notes="Plain-text Epic note: Gamma Knife Icon (frame mode) to a left parietal AVM (Spetzler-Martin II), 22 Gy "
          "to the 50% isodose, nidus 5.8 cc; stereotactic DSA + MRI + CT. AVM -> complex. Problem list and "
          "medication list full of numbers (levetiracetam 500 mg, ICD codes, dates, 'x3 seizures'); 'Grade II', "
          "'5.8 cc', '12 Gy volume 8.9 cc' and the 2019 embolization are not doses/fractions.",
    docs=[Doc("b12_02.txt", text=txt_head(2, "Encounter: Radiosurgery (Gamma Knife)  11/02/2026  Dept: GK CENTER 2N") + """
Author: Rhiannon Vale, MD   Service: Radiation Oncology   Status: Signed

PROBLEM LIST (as of 11/02/2026)
  1. AVM of brain, left parietal (Q28.2) - dx 04/2019 after GTC seizure x3
  2. Seizure disorder (G40.909) - last seizure 08/17/2026
  3. s/p partial Onyx embolization 06/11/2019 (2 pedicles)
  4. HTN (I10)  5. Hyperlipidemia (E78.5)  6. BMI 31.4

MEDICATIONS
  levetiracetam 500 mg PO BID
  lacosamide 100 mg PO BID (started 08/2026)
  amlodipine 5 mg PO daily
  atorvastatin 40 mg PO QHS
  dexamethasone 4 mg PO x1 pre-procedure (given 07:10)

HPI: 41 yo with L parietal AVM, Spetzler-Martin grade II (size 2.6 cm, eloquent adjacent, superficial
venous drainage). Partial embolization 2019, residual nidus. Multidisciplinary conf 09/2026 recommended
Gamma Knife. ***

PROCEDURE
Leksell Vantage frame placed under local + IV sedation (midazolam 2 mg, fentanyl 50 mcg).
Imaging for targeting with frame on:
  - Stereotactic digital subtraction angiography (biplane, AP/lateral), 6 vessel
  - MRI: T1 + gad 1 mm, TOF MRA
  - CT head 1 mm (stereotactic)
All registered in Leksell GammaPlan. Nidus outlined on DSA and MRI/MRA (excluding the embolized
portion): volume 5.8 cc.

PLAN: 14 shots (4 mm x 3, 8 mm x 9, 16 mm x 2). Rx 22 Gy to the 50% isodose line; max 44 Gy.
Coverage 97%, 12 Gy volume (incl nidus) 8.9 cc. Selectivity 0.81.
Unit: Leksell Gamma Knife Icon (frame-based workflow). Frame adapter and co-ordinates checked; QA
of plan and shot times by physics (S. Lindqvist, PhD). Beam-on 71 min.

The patient was treated in a single session on 11/02/2026: left parietal AVM 22 Gy marginal dose.
Frame removed 13:05. Levetiracetam continued. F/u MRI 6 mo, angiography at 3 yrs.

Follow-up appointment: {blank}
Signed: Rhiannon Vale, MD 11/02/2026 15:20 / J. Amsel, MD (Neurosurgery) 11/02/2026 15:31
""" + FOOT + "\n")])

# b12_03 -- PDF, vestibular schwannoma linac single fraction; copy-forward stale text; 61796 wrong ------------
add(name="b12_03", kind="pdf", codes=["77372", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    notes="Epic SRS treatment note with a copy-forward block from the 07/2026 consult ('Plan: observation with "
          "serial MRI vs SRS, patient to consider') left in: Varian Edge single-fraction SRS 12 Gy to a left "
          "vestibular schwannoma in a frameless mask. Schwannoma is always complex, so the claimed 61796 (simple) "
          "is inconsistent. Hearing numbers (PTA 35 dB, WRS 80%) and cochlea 4 Gy are not doses.",
    docs=[Doc("b12_03.pdf", pages=[[
        H1("Radiation Oncology - SRS Treatment Note"),
        KeyValue([("Visit date", "10/21/2026"), ("Provider", "Anneliese Korhonen, MD"),
                  ("Dx", "D33.3 Benign neoplasm of cranial nerves - L vestibular schwannoma")]),
        H2("Interval history (copied forward from 07/14/2026 consult)"),
        P("Pt is a 57 y.o. with L-sided tinnitus and asymmetric SNHL. MRI 06/30/2026 shows a 1.6 x 1.2 cm enhancing "
          "left CPA mass extending into the IAC, Koos 2. Audiogram: PTA 35 dB, WRS 80% L. Plan: observation with "
          "serial MRI vs SRS; patient to consider and will call. [copied text - not updated]"),
        H2("Today"),
        P("Interval MRI 09/2026 showed growth to 1.9 cm; pt elected SRS. CT simulation 10/14/2026 in an Encompass "
          "frameless SRS thermoplastic mask; 3T MRI (T1 post-contrast 1 mm, FIESTA) fused in Eclipse. GTV = "
          "enhancing tumour; PTV = GTV + 0 mm. Rx 12 Gy x 1 to the 80% IDL. Cochlea Dmean 4.0 Gy, brainstem Dmax "
          "11.2 Gy, facial nerve course not separately contoured."),
        RuledTable([("Target", "Rx", "Fx", "Technique", "Isocenter"),
                    ("PTV_VS_L", "12 Gy", "1", "4 non-coplanar VMAT arcs, HD-MLC, 6X-FFF", "1")]),
        P("Delivered 10/21/2026 on Varian Edge. Pre-tx CBCT + 6DOF couch correction (0.9 mm, 0.4 deg), intrafraction "
          "surface monitoring (OSMS). Physics 2nd check (Mobius) 1.4%. Tolerated well, no acute toxicity."),
        P("SRS complete: left vestibular schwannoma, 12 Gy in 1 fraction. RTC 6 mo with MRI + audiogram."),
        sig("Anneliese Korhonen, MD on 10/21/2026 at 16:03"),
    ]], opts=dict(header=epic_hdr(3, "RADIATION ONCOLOGY", "10/22/2026 07:55")))])

# b12_04 -- Epic text, meningioma 25 Gy/5 TrueBeam; Immobilization: *** (unfilled) -> positioning missing ------
add(name="b12_04", kind="ehr_text", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], []),
    lesions=[L("right parasagittal meningioma", "cranial", S, 25, 5)],
    categories=cats(positioning=False),
    notes="Epic end-of-treatment note whose SmartPhrase 'Immobilization: ***' was never filled in and no device is "
          "named anywhere (positioning empty, category missing). Right parasagittal meningioma 2.8 cm, 25 Gy in 5 "
          "fractions on TrueBeam; simple (meningioma < 3.5 cm, 14 mm from the optic apparatus). Problem list with "
          "numbers (B12 1000 mcg, eGFR 58, A1c 7.2%).",
    docs=[Doc("b12_04.txt", text=txt_head(4, "RADIATION ONCOLOGY END OF TREATMENT SUMMARY", "Encounter date 11/13/2026") + """
Attending: Priyanka Desrosiers, MD      Physicist: Oleg Brandt, PhD      Status: Signed

Diagnosis: D32.0 Benign neoplasm of cerebral meninges - R parasagittal meningioma, WHO grade 1 (presumed,
no tissue). Enlarging on serial MRI (2.3 cm 2024 -> 2.8 cm 2026).

Active problem list:
  - Type 2 DM, A1c 7.2% (10/2026), metformin 1000 mg BID
  - CKD 3a, eGFR 58 mL/min
  - B12 deficiency on cyanocobalamin 1000 mcg daily
  - Osteopenia (T-score -2.1)

Treatment intent: definitive. Technique: fractionated stereotactic radiotherapy (FSRT).
Simulation: CT 1 mm 10/28/2026. MRI T1 post-gad 1 mm (10/27/2026) fused in Eclipse 16.1.
Immobilization: ***
Target: GTV enhancing mass incl. dural tail; PTV = GTV + 1 mm. Largest dimension 2.8 cm. Distance to
optic chiasm 14 mm.
Prescription: 25 Gy in 5 fractions of 5 Gy, 95% PTV covered by 100%. 2 VMAT arcs, 6X-FFF, TrueBeam STx.
OARs: brainstem Dmax 3.1 Gy, chiasm Dmax 2.2 Gy, brain V20 < 5 cc (3.4 cc).
IGRT: daily CBCT with 6DOF couch, reviewed/approved by MD before beam-on each day.
Physics: plan check + portal dosimetry QA passed 99.1% (3%/2mm).

Fractions delivered: 11/06, 11/09, 11/10, 11/12, 11/13/2026 (5/5). Total 25 Gy.
Tolerance: mild fatigue, no headache, dexamethasone not required.

Follow up: MRI in 6 months. {blank}

Electronically signed by Priyanka Desrosiers, MD 11/13/2026 17:22
""" + FOOT + "\n")])

# b12_05 -- bundle: GK pituitary adenoma; the note says mask, the addendum corrects to frame ------------------
add(name="b12_05", kind="bundle", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("residual pituitary adenoma (right cavernous sinus)", "cranial", C, 14, 1)],
    categories=cats(),
    notes="Bundle: Gamma Knife procedure note (a template line says 'thermoplastic mask, IFMM') and a signed "
          "addendum the next day: 'Correction: the patient was treated in a Leksell Vantage frame; the mask "
          "statement is template text in error.' The addendum rules: frame, 61800 fits; not a review chart. "
          "Nonfunctioning pituitary adenoma in the right cavernous sinus, 14 Gy margin, 3.5 mm from the chiasm "
          "(complex on three counts). Optic apparatus max 8.1 Gy is an OAR number.",
    docs=[Doc("1_gk_procedure_note.pdf", pages=[[
        H1("Gamma Knife Procedure Note"),
        KeyValue([("DOS", "09/29/2026"), ("Surgeon", "Henrik Obuya, MD"), ("Rad Onc", "Carla Mistry, MD"),
                  ("Dx", "D35.2 Benign neoplasm of pituitary gland (nonfunctioning macroadenoma, residual)")]),
        P("s/p transsphenoidal resection 01/2025; residual tumour in the right cavernous sinus, 1.4 x 1.1 cm, "
          "growing on MRI 08/2026. Endocrine: on levothyroxine 75 mcg, hydrocortisone 15 mg AM / 5 mg PM."),
        P("Immobilization: thermoplastic mask with IFMM nose marker. [template]"),
        P("Imaging: stereotactic MRI (T1 + gad 1 mm, coronal thin cuts through sella) and stereotactic CT, "
          "co-registered in Leksell GammaPlan. Tumour edge 3.5 mm from the optic chiasm."),
        RuledTable([("Target", "Vol (cc)", "Rx (Gy)", "IDL", "Max (Gy)", "Shots"),
                    ("R cavernous sinus residual", "1.12", "14.0", "50%", "28.0", "11")]),
        P("Optic apparatus Dmax 8.1 Gy; R ICA encased, not a constraint. Leksell Gamma Knife Icon. Pre-treatment "
          "plan QA and co-ordinate verification by physics (A. Ferreira, MS). Treatment time 49 min."),
        P("Single-session radiosurgery completed 09/29/2026: residual pituitary adenoma 14 Gy to the 50% isodose."),
        sig("Henrik Obuya, MD 09/29/2026; Carla Mistry, MD 09/29/2026"),
    ]], opts=dict(header=epic_hdr(5, "GAMMA KNIFE CENTER", "10/02/2026 10:40"))),
        Doc("2_addendum.txt", text=txt_head(5, "ADDENDUM to Gamma Knife Procedure Note of 09/29/2026") + """
Addendum by Henrik Obuya, MD   Date/time: 09/30/2026 08:14

Correction: the patient was treated in a Leksell Vantage stereotactic frame (4 pins, local anesthetic
10 mL lidocaine 1% with epinephrine), applied 07:02 and removed 12:40 on 09/29/2026. The line
"thermoplastic mask with IFMM nose marker" in the procedure note is template text entered in error; no
mask was used. Frame co-ordinates were checked against the GammaPlan printout before the first shot.
All other content of the note is unchanged.

Electronically signed by Henrik Obuya, MD on 09/30/2026 08:16
""" + FOOT + "\n")])

# b12_06 -- bundle: staged GK (two sessions four weeks apart), one 4.1 cm metastasis --------------------------
add(name="b12_06", kind="bundle", codes=["77373", "77435", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 2, ["MRI"], ["mask"]),
    lesions=[L("left temporal metastasis", "cranial", C, 30, 2)],
    categories=cats(),
    notes="Bundle of two Gamma Knife Icon session notes four weeks apart (dose-staged, 15 Gy + 15 Gy to the whole "
          "4.1 cm left temporal metastasis, mask with IFMM) and a short course summary: one lesion, 2 fractions, "
          "30 Gy; complex by size. Session 2 is NOT a new course and NOT a second lesion. 'Stage 1/2' and the "
          "re-planning MRI between sessions (counts as planning MRI); the Icon CBCT is image guidance, so imaging is MRI only.",
    docs=[Doc("1_stage1_note.txt", text=txt_head(6, "GAMMA KNIFE - STAGED RADIOSURGERY, STAGE 1 OF 2", "DOS 10/05/2026") + """
Provider: Ilse Marchetti, MD (Rad Onc) / Paul Nwosu, MD (NSGY)

Lung adenocarcinoma (EGFR wt) with a single 4.1 x 3.6 x 3.3 cm left temporal metastasis; not a
resection candidate (dominant hemisphere, comorbidities). Plan: two-stage Gamma Knife, 15 Gy per
stage to the whole tumour, stages ~4 weeks apart.

Meds: dexamethasone 4 mg BID (taper per sheet), levetiracetam 750 mg BID, pantoprazole 40 mg daily.

Stage 1: thermoplastic mask with IFMM nose-marker tracking on Leksell Gamma Knife Icon. Planning
MRI 10/02/2026 (T1+gad 1 mm) + CBCT stereotactic reference, Leksell GammaPlan. GTV 18.9 cc.
Rx 15 Gy to the 50% isodose (max 30 Gy), 24 shots. Pre-treatment CBCT co-registered, IFMM
threshold 1.5 mm, no interruptions. Physics QA done (K. Lund, MS).
Delivered 10/05/2026: stage 1, 15 Gy.
Signed I. Marchetti, MD 10/05/2026 16:02
""" + FOOT + "\n"),
        Doc("2_stage2_note.txt", text=txt_head(6, "GAMMA KNIFE - STAGED RADIOSURGERY, STAGE 2 OF 2", "DOS 11/02/2026") + """
Interval: tolerated stage 1 well; dex tapered off 10/20. Re-planning MRI 10/30/2026: tumour 3.9 cm,
GTV 16.7 cc, less edema.

Stage 2: same mask/IFMM setup, Gamma Knife Icon. Re-planned in GammaPlan on the new MRI.
Rx 15 Gy to the 50% isodose, 22 shots. CBCT pre-treatment, IFMM max excursion 0.8 mm. QA done.
Delivered 11/02/2026: stage 2, 15 Gy.
Signed I. Marchetti, MD 11/02/2026 15:37
""" + FOOT + "\n"),
        Doc("3_course_summary.pdf", pages=[[
            H1("Radiosurgery Course Summary"),
            KeyValue([("Patient", patient(6)), ("MRN", mrn(6)), ("Course", "C1 Brain - staged GK")]),
            RuledTable([("Target", "Session", "Date", "Dose", "Cumulative"),
                        ("L temporal met", "1 of 2", "10/05/2026", "15 Gy", "15 Gy"),
                        ("L temporal met", "2 of 2", "11/02/2026", "15 Gy", "30 Gy")]),
            P("One lesion (left temporal, 4.1 cm) treated with two-stage Gamma Knife radiosurgery, total 30 Gy in 2 "
              "sessions. Next MRI 12/2026."),
            sig("Ilse Marchetti, MD 11/03/2026"),
        ]], opts=dict(header=epic_hdr(6, "RADIATION ONCOLOGY", "11/04/2026 09:00")))])

# b12_07 -- Epic text, resection cavity 27 Gy/3 HyperArc; stale pre-op plan copied forward ---------------------
add(name="b12_07", kind="ehr_text", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("right cerebellar resection cavity", "cranial", S, 27, 3)],
    categories=cats(),
    notes="Epic note with a copy-forward block from the pre-op visit ('Plan: SRS 20 Gy x 1 to the intact 2.4 cm "
          "right cerebellar lesion') followed by the actual post-op course: HyperArc 27 Gy in 3 fractions to the "
          "resection cavity (2.9 cm, simple), mask. A 2 mm enhancing focus in the left frontal lobe is to be "
          "watched, not treated.",
    docs=[Doc("b12_07.txt", text=txt_head(7, "Progress Notes - Radiation Oncology", "11/20/2026") + """
Author: Tomasz Oyelaran, MD   Note type: SRS completion   Cosign: n/a

SUBJECTIVE (copied from 09/22/2026 pre-op visit):
  Breast cancer (HER2+) with a 2.4 cm R cerebellar mass and mild ataxia. Neurosurgery to evaluate for
  resection. Plan: SRS 20 Gy x 1 to the intact 2.4 cm right cerebellar lesion if not resected. ***

INTERVAL:
  S/p suboccipital craniotomy and gross total resection 10/08/2026 (path: metastatic breast ca).
  Post-op MRI 10/29/2026: cavity 2.9 x 2.2 x 2.0 cm, no residual nodular enhancement. New 2 mm punctate
  enhancing focus L frontal - too small to target, will watch on next MRI.

  Meds: trastuzumab 6 mg/kg q21d, pertuzumab 420 mg q21d, dexamethasone 2 mg daily -> off 11/15,
  ondansetron 8 mg PRN.

TREATMENT:
  Cavity SRS. CT sim 11/02/2026 with Encompass SRS mask, 1 mm; MRI 10/29 T1+C fused. Target = cavity
  + surgical tract + 2 mm margin (PTV 14.6 cc). Rx 27 Gy in 3 fx (9 Gy/fx), 100% to 98.9% of PTV.
  HyperArc, 1 isocenter, 4 arcs (1 full + 3 couch kicks), 6X-FFF, TrueBeam. Brainstem D0.03cc 18.4 Gy
  (limit 23.1 Gy/3fx).
  IGRT: CBCT + 6DoF each fx, OSMS intrafraction; MD approval each fx. PSQA 99.6% gamma.
  Fx 1 11/16, Fx 2 11/18, Fx 3 11/20/2026.

ASSESSMENT/PLAN:
  Completed SRS to the R cerebellar resection cavity, 27 Gy in 3 fractions. MRI 8 wks. Continue HP.

Tomasz Oyelaran, MD  11/20/2026 14:48
""" + FOOT + "\n")])

# b12_08 -- PDF, WBRT in 2025 (history) plus SRS boost now: two new lesions, Novalis single fraction -----------
add(name="b12_08", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left occipital", "cranial", S, 20, 1), L("right frontal", "cranial", S, 18, 1)],
    categories=cats(),
    notes="SRS after earlier whole-brain RT: WBRT 30 Gy in 10 fractions (03/2025, history, not this course) and now "
          "a single-fraction Novalis Tx SRS to two new metastases, 20 Gy and 18 Gy, in a Brainlab mask with "
          "ExacTrac. The 30 Gy/10 is the prior course; 'boost' does not make it one course.",
    docs=[Doc("b12_08.pdf", pages=[[
        H1("Stereotactic Radiosurgery Treatment Summary"),
        KeyValue([("Patient", patient(8)), ("MRN", mrn(8)), ("Physician", "Beatrix Lemaire, MD"),
                  ("Treatment date", "10/27/2026")]),
        H2("Radiation history"),
        RuledTable([("Course", "Dates", "Site", "Dose / Fx", "Technique"),
                    ("C1", "03/02-03/13/2025", "Whole brain", "30 Gy / 10", "3D opposed laterals"),
                    ("C2 (this course)", "10/27/2026", "L occipital, R frontal", "see below", "SRS")]),
        P("NSCLC with 7 brain metastases treated with WBRT in 2025. Restaging MRI 10/15/2026: two new "
          "enhancing lesions, left occipital 1.3 cm and right frontal 1.7 cm; older lesions stable/resolved. "
          "Salvage SRS boost to the new lesions. KPS 80. Memantine 10 mg BID since 2025."),
        H2("Planning"),
        P("Brainlab frameless radiosurgery mask; CT sim 1.25 mm 10/20/2026 with the localizer; MRI T1 post-gad "
          "1 mm fused in Brainlab Elements (Multiple Brain Mets SRS), one isocenter, 5 dynamic conformal arcs. "
          "Cumulative brain dose reviewed against the prior 30 Gy WBRT."),
        RuledTable([("Lesion", "Size", "Rx dose", "IDL", "Fx"),
                    ("L occipital", "1.3 cm", "20 Gy", "80%", "1"),
                    ("R frontal", "1.7 cm", "18 Gy", "80%", "1")]),
        P("Brain V12 (minus GTV) 4.6 cc; brainstem max 3.0 Gy. ExacTrac X-ray 6D positioning before and during "
          "delivery; Novalis Tx 6 MV SRS mode. Physics independent MU check within 2%."),
        H2("Delivery"),
        P("Delivered 10/27/2026 in one session: left occipital 20 Gy, right frontal 18 Gy. No acute events."),
        sig("Beatrix Lemaire, MD 10/27/2026 / physics: G. Tanaka, PhD"),
    ]], opts=dict(header=["Lakeshore Cancer Institute - Radiation Oncology", "Stereotactic Program"]))])

# b12_09 -- PDF, re-irradiation of T9: prior courses are history; now 24 Gy/3 -------------------------------
add(name="b12_09", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T9 vertebral body", "spinal", None, 24, 3)],
    categories=cats(),
    notes="Spine SBRT re-irradiation: T9 previously treated with 30 Gy in 10 fractions (2024) and 8 Gy x 1 "
          "(02/2025) elsewhere - history only; this course is 24 Gy in 3 fractions to T9 (TrueBeam, Vac-Lok). "
          "Cumulative cord EQD2 and the prior doses are not this course's doses. T8/T10 named as neighbours "
          "for the cord constraint, not targets.",
    docs=[Doc("b12_09.pdf", pages=[[
        H1("SBRT Re-irradiation - Treatment Summary"),
        KeyValue([("Patient / MRN", f"{patient(9)} / {mrn(9)}"), ("Attending", "Noor Halvorsen, MD"),
                  ("Dates", "11/09/2026 - 11/13/2026"), ("Diagnosis", "C79.51 Secondary malignant neoplasm of bone - T9 (RCC)")]),
        H2("Prior radiation to this level (outside records reviewed)"),
        RuledTable([("Date", "Facility", "Site", "Dose", "Fx"),
                    ("06/2024", "St. Brendan's", "T8-T10", "30 Gy", "10"),
                    ("02/2025", "St. Brendan's", "T9", "8 Gy", "1")]),
        P("Progressive painful T9 disease with new posterior element extension, no cord compression (Bilsky 1b). "
          "ECOG 1. Radioresistant histology (clear cell RCC), prior conventional RT failed -> SBRT re-irradiation."),
        H2("Plan"),
        P("Vac-Lok cushion + knee wedge, arms up. CT simulation 1.5 mm 10/30/2026; MRI T-spine (T1, T2, T1 post) "
          "10/29 fused in Eclipse; CT myelogram not required. GTV T9 body + right pedicle; CTV per ISRC "
          "consensus; PTV = CTV + 2 mm, cord PRV not overlapped."),
        RuledTable([("Target", "Rx", "Fx", "Coverage", "Arcs"),
                    ("PTV_T9", "24 Gy", "3", "V100 88% (cord-limited)", "2 VMAT, 10X-FFF")]),
        P("Cord (T8-T10) Dmax 11.9 Gy in this course; cumulative cord EQD2 (a/b 2) 48.7 Gy incl. prior courses. "
          "Esophagus D5cc 14 Gy."),
        H2("Delivery"),
        RuledTable([("Fx", "Date", "Dose", "IGRT"),
                    ("1", "11/09/2026", "8 Gy", "CBCT x2 + 6DOF, MD approved"),
                    ("2", "11/11/2026", "8 Gy", "CBCT x2 + 6DOF, MD approved"),
                    ("3", "11/13/2026", "8 Gy", "CBCT x2 + 6DOF, MD approved")]),
        P("Completed T9 SBRT re-irradiation, 24 Gy in 3 fractions (TrueBeam). Physics QA: ArcCheck 98.7%."),
        sig("Noor Halvorsen, MD 11/13/2026 - physics D. Kaminski, MS"),
    ]], opts=dict(header=["Northgate Radiation Oncology", "Spine Radiosurgery Program"]))])

# b12_10 -- bundle: oligometastatic SBRT, lung + adrenal + rib in one course -----------------------------------
add(name="b12_10", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 3, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right lower lobe nodule", "body", None, 50, 5), L("left adrenal", "body", None, 40, 5),
             L("right 7th rib", "body", None, 35, 5)],
    categories=cats(),
    notes="Bundle: oligometastatic colorectal cancer, one SBRT course to three body sites (RLL lung 50 Gy, left "
          "adrenal 40 Gy, right 7th rib 35 Gy, each in 5 fractions, treated the same days) on Versa HD with "
          "BodyFIX; 4DCT + PET/CT. An Epic medication list full of units (insulin glargine 22 units, "
          "capecitabine 1500 mg). 77373 is per fraction: 5 sessions, not 15. The rib is bone but not spine.",
    docs=[Doc("1_plan_summary.pdf", pages=[[
        H1("SABR Plan Summary - multi-site"),
        KeyValue([("Patient", patient(10)), ("MRN", mrn(10)), ("Planner", "R. Quaye, CMD"),
                  ("Physician", "Elif Sandoval, MD"), ("Approved", "10/19/2026")]),
        P("Oligometastatic rectal adenocarcinoma (3 metastases on PET/CT 10/01/2026, SUVmax 7.4 / 5.1 / 4.2). "
          "SABR-COMET style consolidation. ECOG 0."),
        P("Simulation 10/12/2026: BodyFIX vacuum bag with wrap, arms up; 4DCT (10 phases) for ITV; PET/CT "
          "10/01 fused. Monaco 6.1, one isocenter per target (3 isocenters), VMAT."),
        RuledTable([("Target", "ITV/GTV (cc)", "Rx", "Fx", "Dose/fx", "Arcs"),
                    ("PTV_RLL", "6.2", "50 Gy", "5", "10 Gy", "2"),
                    ("PTV_LAdrenal", "14.8", "40 Gy", "5", "8 Gy", "2"),
                    ("PTV_Rib7R", "9.5", "35 Gy", "5", "7 Gy", "2")]),
        P("OAR: cord Dmax 17.6 Gy, L kidney mean 4.2 Gy, stomach D5cc 21 Gy, chest wall V30 12 cc. Patient QA "
          "(Delta4) 3 plans passed > 97%."),
        sig("Elif Sandoval, MD 10/19/2026; physics H. Berglund, PhD 10/19/2026"),
    ]], opts=dict(header=["Riverside Oncology Center - Elekta Versa HD", "SABR"])),
        Doc("2_treatment_summary.pdf", pages=[[
            H1("End of Treatment Summary"),
            RuledTable([("Date", "Fx", "Sites treated", "IGRT"),
                        ("10/26/2026", "1/5", "RLL, L adrenal, R rib 7", "XVI CBCT per isocenter"),
                        ("10/28/2026", "2/5", "RLL, L adrenal, R rib 7", "XVI CBCT per isocenter"),
                        ("10/30/2026", "3/5", "RLL, L adrenal, R rib 7", "XVI CBCT per isocenter"),
                        ("11/02/2026", "4/5", "RLL, L adrenal, R rib 7", "XVI CBCT per isocenter"),
                        ("11/04/2026", "5/5", "RLL, L adrenal, R rib 7", "XVI CBCT per isocenter")]),
            P("All three sites were treated at each of the 5 sessions (one course). Delivered: right lower lobe "
              "50 Gy/5, left adrenal 40 Gy/5, right 7th rib 35 Gy/5. Grade 1 fatigue. Restaging PET in 3 mo."),
            sig("Elif Sandoval, MD 11/04/2026"),
        ]], opts=dict(header=["Riverside Oncology Center", f"{patient(10)}  {mrn(10)}"])),
        Doc("3_med_list.txt", text=txt_head(10, "Epic - Medications (reconciled 10/26/2026)") + """
insulin glargine (LANTUS) 100 unit/mL pen     22 units subcut nightly
insulin lispro 100 unit/mL                    sliding scale 2-10 units TID AC
capecitabine 500 mg tab                       1500 mg PO BID d1-14 q21d (HELD during SBRT)
ondansetron 8 mg                              PO q8h PRN
omeprazole 20 mg                              PO daily
ferrous sulfate 325 mg (65 mg Fe)             PO daily
vitamin D3 2000 units                         PO daily
""" + FOOT + "\n")])

# b12_11 -- Epic text, pancreas SBRT 33 Gy/5 with EUS gold fiducials, med list in units ------------------------
add(name="b12_11", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI", "PET"], ["body_immobilization", "fiducials"]),
    lesions=[L("pancreatic head", "body", None, 33, 5)],
    categories=cats(),
    notes="Epic note: borderline-resectable pancreatic head adenocarcinoma after FOLFIRINOX, SBRT 33 Gy in 5 "
          "fractions (TrueBeam, daily fiducial-matched CBCT, DIBH), 3 EUS-placed gold fiducials, Vac-Lok. Medication "
          "list with pancrelipase 36,000 units, insulin units, mg doses; CA 19-9 values; the vessel-interface "
          "boost wording '(SIB) 40 Gy' was considered and NOT used.",
    docs=[Doc("b12_11.txt", text=txt_head(11, "RADIATION ONCOLOGY - SBRT COMPLETION NOTE", "Date of Service: 10/23/2026") + """
Authoring provider: Jonas Ferreira-Oduya, MD

DIAGNOSIS: C25.0 Malignant neoplasm of head of pancreas. Borderline resectable (SMV abutment <180 deg).
s/p mFOLFIRINOX x 8 cycles (05-09/2026). CA 19-9 412 -> 58 U/mL.

MEDICATIONS (active)
- pancrelipase (CREON) 36,000 units lipase cap: 2 caps with meals, 1 with snacks
- insulin detemir 14 units SC QHS
- apixaban 5 mg PO BID (portal vein thrombus 06/2026)
- oxyCODONE 5 mg PO q6h PRN
- prochlorperazine 10 mg PO q6h PRN

SIMULATION / PLANNING
- 3 gold fiducial markers (0.35 x 10 mm) placed by EUS 10/02/2026 (Dr. Aziz); all 3 visible on CT.
- CT sim 10/09/2026 supine, arms up, Vac-Lok, DIBH with surface guidance; contrast CT + 4DCT for
  residual motion. MRI abdomen 10/08/2026 and PET/CT 09/28/2026 registered in Eclipse.
- GTV pancreatic head mass + SMV interface; PTV = GTV + 3 mm. Rx 33 Gy in 5 fx (6.6 Gy/fx).
  A vessel-interface SIB of 40 Gy was discussed; NOT used (duodenal proximity).
- Duodenum D0.5cc 32.1 Gy (limit 33), stomach D0.5cc 29 Gy, bowel D0.5cc 27 Gy.

DELIVERY
  Fx 1 10/16  Fx 2 10/19  Fx 3 10/20  Fx 4 10/22  Fx 5 10/23/2026
  Each fraction: DIBH, kV/kV fiducial match then CBCT, shifts approved by MD before beam-on.
  PSQA: portal dosimetry 98.9%.
  Completed 33 Gy in 5 fractions to the pancreatic head (TrueBeam).

PLAN: restaging CT 4 wks; surgical re-evaluation (Whipple) ***.

Electronically signed by Jonas Ferreira-Oduya, MD 10/23/2026 16:10
""" + FOOT + "\n")])

# b12_12 -- PDF, kidney (RCC primary) CyberKnife 42 Gy/3, fiducials + Synchrony --------------------------------
add(name="b12_12", kind="pdf", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("left kidney upper pole RCC", "body", None, 42, 3)],
    categories=cats(),
    notes="CyberKnife M6 SBRT to a 3.8 cm left renal cell carcinoma primary (inoperable), 42 Gy in 3 fractions, "
          "4 percutaneous gold fiducials + Synchrony tracking. 'No vacuum cushion' (negated) - positioning is "
          "fiducials only. G0339 (session 1) and G0340 (sessions 2-3, 2 units) fit; eGFR 41 and creatinine "
          "1.6 mg/dL are labs, not doses.",
    docs=[Doc("b12_12.pdf", pages=[[
        H1("CyberKnife Treatment Summary - Kidney"),
        KeyValue([("Patient", patient(12)), ("MRN", mrn(12)), ("Radiation oncologist", "Saoirse Lindahl, MD"),
                  ("Urology", "D. Abernathy, MD"), ("Dx", "C64.2 Malignant neoplasm of left kidney (biopsy: clear cell RCC)")]),
        P("81 y.o. with CKD 3b (eGFR 41, Cr 1.6 mg/dL). 3.8 cm L "
          "upper pole mass, not a surgical or cryoablation candidate (cardiac risk, anticoagulation). KPS 70."),
        H2("Preparation"),
        P("4 gold fiducials placed percutaneously under CT guidance 09/30/2026 (IR). CT planning scan 10/07/2026 "
          "1.25 mm with IV contrast (eGFR permitting, 50 mL); MRI abdomen 10/06 fused in Accuray Precision. "
          "Supine on the RoboCouch on a standard pad; no vacuum cushion or body frame was used."),
        RuledTable([("Target", "Vol", "Rx", "Fx", "IDL", "Beams / MU"),
                    ("PTV_LKidney", "41.3 cc", "42 Gy", "3", "75%", "187 beams / 39,820 MU")]),
        P("Tracking: Synchrony respiratory model on fiducials (4/4 tracked), 6D corrections. Residual kidney "
          "V17.5 Gy 31%; bowel D5cc 15.8 Gy; cord 8 Gy. DQA film 96.4% (2%/2mm)."),
        H2("Treatments"),
        RuledTable([("Session", "Date", "Dose", "Synchrony model error"),
                    ("1 of 3", "10/14/2026", "14 Gy", "1.2 mm"), ("2 of 3", "10/16/2026", "14 Gy", "0.9 mm"),
                    ("3 of 3", "10/19/2026", "14 Gy", "1.1 mm")]),
        P("Completed SBRT to the left kidney primary: 42 Gy in 3 fractions on CyberKnife M6."),
        sig("Saoirse Lindahl, MD 10/19/2026; physics W. Adebayo, PhD"),
    ]], opts=dict(header=["Harbor Point CyberKnife Center", "Hospital outpatient department"]))])

# b12_13 -- bundle: Unity MR-linac daily adaptive, a new plan every fraction = one course of 5 ------------------
add(name="b12_13", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("liver segment 7 metastasis", "body", None, 50, 5)],
    categories=cats(),
    notes="Bundle: Elekta Unity MR-linac SBRT, 50 Gy in 5 fractions to one liver segment 7 metastasis, "
          "adapt-to-shape (ATS) with a NEW plan every fraction (Plan_Fx1...Plan_Fx5, each re-optimised on the daily "
          "MRI): one course of 5 fractions, one lesion - not five courses. BlueBAG vacuum cushion. The daily MRI is "
          "image guidance; the planning CT and MRI count.",
    docs=[Doc("1_physician_summary.pdf", pages=[[
        H1("MR-Linac SBRT - Completion Summary"),
        KeyValue([("Patient", patient(13)), ("MRN", mrn(13)), ("Physician", "Margit Oyelowo, MD"),
                  ("Course", "C1 Liver MRL"), ("Dates", "11/02/2026 - 11/10/2026")]),
        P("Colorectal liver metastasis, segment 7, 2.7 cm, after two lines of chemotherapy; not resectable "
          "(prior right hepatectomy planning declined). CT sim 10/22/2026 with BlueBAG vacuum cushion, arms on "
          "chest; planning MRI on Unity 10/22 (T2 3D, free breathing) fused with the CT in Monaco."),
        P("Prescription: 50 Gy in 5 fractions (10 Gy/fx) to PTV = GTV + 3 mm. Daily adaptive workflow: "
          "adapt-to-shape, re-contour on the daily MRI and full re-optimisation each session; one course."),
        P("Completed: liver segment 7 metastasis 50 Gy in 5 fractions on Elekta Unity. Cine-MRI gating "
          "(exception gating) each fraction. Mild RUQ discomfort."),
        sig("Margit Oyelowo, MD 11/10/2026"),
    ]], opts=dict(header=["University MR-Linac Program", "Radiation Oncology"])),
        Doc("2_fraction_log.txt", text=txt_head(13, "UNITY ADAPTIVE FRACTION LOG (Monaco / MOSAIQ export)") + """
Fx  Date        Workflow  Plan name   Reopt  GTV D99   Duodenum D0.5cc  Online QA  MD approve  Delivered
1   11/02/2026  ATS       Plan_Fx1    yes    51.2 Gy*  n/a              pass       MOL 09:41   10.0 Gy
2   11/04/2026  ATS       Plan_Fx2    yes    51.0 Gy*  n/a              pass       MOL 10:05   10.0 Gy
3   11/06/2026  ATS       Plan_Fx3    yes    50.8 Gy*  n/a              pass       MOL 09:58   10.0 Gy
4   11/09/2026  ATS       Plan_Fx4    yes    51.3 Gy*  n/a              pass       MOL 10:22   10.0 Gy
5   11/10/2026  ATS       Plan_Fx5    yes    50.9 Gy*  n/a              pass       MOL 09:37   10.0 Gy
* GTV D99 expressed as the 5-fraction equivalent of that day's plan (plan-of-the-day scaled x5).
Cumulative delivered: 50.0 Gy / 5 fx. Online QA = independent MU/dose check (Oncentra/RT-Check).
Each daily plan is a re-optimisation of the same prescription, not a separate course.
""" + FOOT + "\n")])

# b12_14 -- Epic text, prostate SBRT with SpaceOAR and gold fiducials; .RADONCSRS residue ----------------------
add(name="b12_14", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Epic treatment summary still carrying the SmartPhrase name '.RADONCSRS' and an unfilled 'Lesion 2: ***' "
          "row (there is one target): prostate SBRT 36.25 Gy in 5 fractions on TrueBeam, SpaceOAR hydrogel (a "
          "spacer, not positioning) and 3 gold fiducials, Vac-Lok + knee fix. PSA 7.8 ng/mL, Gleason 3+4, "
          "tamsulosin 0.4 mg, 18-22 ml hydrogel volume are not doses.",
    docs=[Doc("b12_14.txt", text=txt_head(14, "Treatment Summary (Radiation Oncology)", "12/01/2026") + """
.RADONCSRS
Attending physician: Gideon Achterberg, MD
Diagnosis: C61 Prostate adenocarcinoma, cT1c, Gleason 3+4=7 (GG2) in 4/12 cores, PSA 7.8 ng/mL,
favorable intermediate risk. No ADT.

Medications: tamsulosin 0.4 mg PO QHS; finasteride - discontinued 2025; aspirin 81 mg daily;
rosuvastatin 10 mg daily; psyllium 1 packet daily during RT.

Procedure 10/28/2026 (Urology, Dr. Moreau): transperineal placement of 3 gold fiducial markers and
SpaceOAR hydrogel spacer (10 mL), under ultrasound guidance. Rectal-prostate separation 11 mm on MRI.

Simulation 11/04/2026: CT 1.25 mm supine in a Vac-Lok with knee and foot fix, comfortably full bladder
(drink 16 oz 30 min before), empty rectum. MRI pelvis (T2 axial 2 mm) same day, fused in Eclipse.

Targets / dose:
  Lesion 1: prostate (CTV = prostate + proximal 1 cm SV), PTV 5 mm (3 mm posterior) - 36.25 Gy / 5 fx
  Lesion 2: ***
  Urethra-sparing not used. Rectum V36 Gy 0.2 cc; bladder V37 Gy 3.1 cc; penile bulb mean 14 Gy.

Technique: 2 full VMAT arcs, 10X-FFF, TrueBeam. IGRT: kV/kV fiducial match + CBCT each fraction;
intrafraction kV (triggered imaging every 20 deg), shifts > 2 mm corrected. PSQA 99.3%.

Treatment dates: 11/17, 11/19, 11/21, 11/24, 11/26/2026 - 5 of 5 fractions, 36.25 Gy (7.25 Gy/fx).

Toxicity: GU grade 1 (frequency), GI grade 0. F/u PSA 3 months.
{blank}
Electronically signed by Gideon Achterberg, MD on 12/01/2026 at 11:02
""" + FOOT + "\n")])

# b12_15 -- bundle: pediatric GK under general anaesthesia; anaesthesia record full of numbers -----------------
add(name="b12_15", kind="bundle", codes=["77371", "77432", "61796", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left cerebellar residual pilocytic astrocytoma", "cranial", S, 14, 1)],
    categories=cats(),
    notes="Bundle: pediatric (9 y.o.) Gamma Knife Perfexion under general anaesthesia, frame applied asleep, "
          "residual pilocytic astrocytoma of the left cerebellar hemisphere 1.6 cm, 14 Gy at 50% (simple: < 3.5 cm, "
          "not brainstem - 9 mm from the 4th ventricle floor). The anaesthesia record is full of numbers (propofol "
          "mg, mL, mcg/kg/min, ETT size 5.5, SpO2 99%, weight 28 kg) that are not doses or fractions.",
    docs=[Doc("1_anesthesia_record.txt", text=txt_head(15, "PEDIATRIC ANESTHESIA RECORD - Gamma Knife suite", "11/17/2026") + """
Age 9 y  Wt 28 kg  Ht 131 cm  ASA II  NPO since 00:00 (clears until 05:30)
Anesthesiologist: R. Castellanos, MD    CRNA: T. Imhof

06:58 IV induction: propofol 60 mg, fentanyl 30 mcg, rocuronium 15 mg
07:02 ETT 5.5 cuffed, grade 1 view, ETCO2 confirmed
07:05 Maintenance: propofol infusion 200 mcg/kg/min, remifentanil 0.1 mcg/kg/min
07:10 Leksell frame applied by neurosurgery (4 pins), local 8 mL lidocaine 1%
07:25-08:20 transport to MRI then CT with frame, monitored
09:05-10:01 Gamma Knife treatment (remote monitoring, video + SpO2 99-100%, HR 84-96)
10:06 frame removed; ondansetron 4 mg, dexamethasone 4 mg IV
10:20 extubated, to PACU. Fluids: LR 450 mL. EBL 0. UOP 120 mL.
""" + FOOT + "\n"),
        Doc("2_gk_procedure.pdf", pages=[[
            H1("Pediatric Gamma Knife Radiosurgery"),
            KeyValue([("Patient", patient(15)), ("MRN", mrn(15)), ("Date", "11/17/2026"),
                      ("Neurosurgery", "Amara Fitzwilliam, MD"), ("Radiation oncology", "Lukas Verhoeven, MD")]),
            P("Juvenile pilocytic astrocytoma, left cerebellar hemisphere, s/p subtotal resection 2025; residual "
              "enhancing nodule 1.6 cm, growing. Tumour board: radiosurgery rather than re-resection."),
            P("Under general anaesthesia (see anaesthesia record) a Leksell G frame was placed. Stereotactic MRI "
              "(T1 post-contrast 1 mm, T2) and stereotactic CT with the frame, registered in Leksell GammaPlan. "
              "Target 1.9 cc, 9 mm from the floor of the 4th ventricle; brainstem not involved."),
            RuledTable([("Target", "Rx", "IDL", "Max", "Shots", "Coverage"),
                        ("L cerebellar residual", "14 Gy", "50%", "28 Gy", "9", "98%")]),
            P("Brainstem Dmax 7.4 Gy, cochlea 2.1 Gy. Leksell Gamma Knife Perfexion; co-ordinates checked, physics "
              "shot-time verification 0.6%. Treatment 56 min. Delivered in one session: 14 Gy."),
            sig("Amara Fitzwilliam, MD / Lukas Verhoeven, MD 11/17/2026 - physics P. Osei, PhD"),
        ]], opts=dict(header=["Children's Hospital - Gamma Knife Center", f"{patient(15)}  {mrn(15)}"]))])

# b12_16 -- hard negative: 30 Gy/10 3D palliative to L2; SBRT was considered, not given -----------------------
add(name="b12_16", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 10, ["CT"], ["body_immobilization"]),
    lesions=[L("L2 vertebral body", "spinal", None, 30, 10)],
    categories=cats(),
    notes="Hard negative: the consult considered SBRT (24 Gy in 2) and the billing office claimed SBRT codes, but "
          "epidural disease led to a conventional 3D palliative course, 30 Gy in 10 fractions to L1-L3 (one "
          "lesion, L2) on a Clinac with a Vac-Lok. > 5 fractions: every claimed code is inconsistent, no delivery code.",
    docs=[Doc("b12_16.pdf", pages=[[
        H1("Radiation Treatment Summary"),
        KeyValue([("Patient", patient(16)), ("MRN", mrn(16)), ("Physician", "Ottilie Mbeki-Strand, MD"),
                  ("Site", "L-spine (L1-L3 field), target L2"), ("Dates", "10/12/2026 - 10/23/2026")]),
        H2("Consultation excerpt (09/30/2026)"),
        P("Prostate cancer with painful L2 metastasis. SBRT 24 Gy in 2 fractions was considered; however the diagnostic CT of 09/2026 shows "
          "epidural extension with Bilsky 2 cord contact and the patient cannot lie flat for long. Recommended "
          "conventional palliative RT instead; SBRT not pursued."),
        H2("Treatment"),
        P("CT simulation 10/07/2026 in a Vac-Lok, 3D conformal AP/PA + 2 obliques, 10 MV, Eclipse. Target L1-L3 "
          "(L2 lesion with one vertebra margin). Rx 30 Gy in 10 fractions of 3 Gy. Daily kV imaging (OBI) "
          "before each fraction, approved by therapist/MD. MU 2nd check done."),
        RuledTable([("Course", "Site", "Dose/fx", "Fx", "Total", "Dates"),
                    ("C1", "L-spine (L2)", "3 Gy", "10", "30 Gy", "10/12 - 10/23/2026")]),
        P("Completed 30 Gy in 10 fractions to L2 (L1-L3 fields). Pain 7/10 -> 3/10. Dexamethasone 4 mg BID tapered."),
        sig("Ottilie Mbeki-Strand, MD 10/23/2026"),
    ]], opts=dict(header=["Valley General Hospital - Radiation Oncology", "Varian Clinac iX"]))])

# b12_17 -- hard negative: a follow-up note only (GK elsewhere in 2023) -------------------------------------
add(name="b12_17", kind="ehr_text", codes=["77371", "77432"],
    facts=dict(NONE), lesions=[], categories=NO_CATS,
    notes="Hard negative: a 3-year follow-up visit after Gamma Knife done at an outside centre in 2023 (12 Gy to a "
          "right vestibular schwannoma - history). Today's MRI is diagnostic surveillance; plan is observation. No "
          "course in this chart: facts null/empty, claimed codes inconsistent, no delivery code.",
    docs=[Doc("b12_17.txt", text=txt_head(17, "Office Visit - Radiation Oncology Follow-up", "11/24/2026") + """
Provider: Cornelius Abara, MD   Visit type: Established patient, follow-up (in person)

Chief complaint: routine surveillance after radiosurgery.

History: R vestibular schwannoma (1.4 cm) treated with Gamma Knife radiosurgery at Mercy Regional
(outside) on 06/2023, 12 Gy to the 50% isodose line per outside summary. Stable hearing loss R,
occasional imbalance. No facial weakness.

Current meds: sertraline 50 mg daily, meclizine 12.5 mg PRN, vitamin D 1000 units daily.

Imaging today: MRI IAC w/wo contrast 11/20/2026 - lesion 1.2 cm (was 1.3 cm 11/2025), central loss of
enhancement c/w treatment effect. No hydrocephalus.

Exam: HB grade I, Weber lateralizes L, Romberg neg. KPS 90.

A/P: Stable R VS s/p GK 2023, responding. No further radiation indicated. Continue surveillance MRI
in 2 years; audiology referral. Return PRN.
(Copied from 11/2025 visit: "Consider repeat audiogram ***")

Electronically signed by Cornelius Abara, MD 11/24/2026 15:40
""" + FOOT + "\n")])

# b12_18 -- hard negative: SRS planned, the patient declined before simulation --------------------------------
add(name="b12_18", kind="bundle", codes=["77372", "77432", "61796"],
    facts=dict(NONE), lesions=[], categories=NO_CATS,
    notes="Hard negative bundle: consult recommending TrueBeam SRS 20 Gy x 1 to a 1.1 cm left frontal metastasis "
          "(mask and planning MRI ordered) and a telephone encounter: the patient declined SRS; simulation and "
          "MRI cancelled; hospice referral. Nothing delivered or done for a course: facts null/empty.",
    docs=[Doc("1_consult.pdf", pages=[[
        H1("Radiation Oncology Consultation"),
        KeyValue([("Patient", patient(18)), ("MRN", mrn(18)), ("Date", "11/03/2026"), ("Consultant", "Hedda Nakamura, MD"),
                  ("Referring", "Dr. P. Quist (Medical Oncology)")]),
        P("Metastatic melanoma, progressing on nivolumab 480 mg q4w. MRI brain 10/29/2026 (diagnostic): one 1.1 cm "
          "left frontal metastasis, no edema. ECOG 2. Labs: Hgb 10.9 g/dL, Plt 212 K, LDH 410 U/L."),
        P("Recommendation: stereotactic radiosurgery 20 Gy in 1 fraction on the TrueBeam (frameless mask, planning MRI "
          "with 1 mm gadolinium sequence, CT simulation). Risks (radionecrosis ~5%, seizure) discussed; alternatives "
          "(observation, WBRT 20 Gy/5) reviewed. Patient wishes to discuss with family."),
        P("Orders placed: CT sim (SRS), MRI brain SRS protocol, mask fabrication. Tentative treatment 11/12/2026."),
        sig("Hedda Nakamura, MD 11/03/2026"),
    ]], opts=dict(header=epic_hdr(18, "RADIATION ONCOLOGY", "11/10/2026 13:02"))),
        Doc("2_telephone_encounter.txt", text=txt_head(18, "Telephone Encounter", "11/06/2026 10:47") + """
Caller: patient and daughter (HCP). Taken by: M. Rasmussen, RN

Patient states she has decided NOT to proceed with radiosurgery. Wants to focus on comfort; has
enrolled with home hospice. Understands risks of untreated brain metastasis.
Per Dr. Nakamura: cancel CT sim 11/09, MRI 11/08 and treatment 11/12/2026. Orders discontinued.
Mask was not made. Dexamethasone 2 mg PRN headache per hospice.

[Amended 11/06/2026 11:02 by M. Rasmussen, RN: added HCP name - daughter, Ingrid]
Routed to Hedda Nakamura, MD - acknowledged 11/06/2026 12:15
""" + FOOT + "\n")])

# b12_19 -- CONTRADICTION: narrative "three metastases", GammaPlan table and summary list four -----------------
add(name="b12_19", kind="pdf", codes=["77371", "77432", "61796", "61797"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right frontal", "cranial", S, 20, 1), L("left parietal", "cranial", S, 20, 1),
             L("left cerebellar", "cranial", S, 18, 1), L("right occipital", "cranial", S, 22, 1)],
    categories=cats(),
    contradiction="The indication copy-forward says 'three brain metastases' while the GammaPlan target table and the "
                  "summary list four treated lesions (right occipital added after the stereotactic MRI); gold follows "
                  "the plan table and the summary.",
    notes="Gamma Knife Perfexion with frame: copy-forward indication from the consult says three metastases; the "
          "stereotactic MRI found a fourth and the plan table and summary list four (all simple, < 3.5 cm).",
    docs=[Doc("b12_19.pdf", pages=[[
        H1("Gamma Knife Radiosurgery Report"),
        KeyValue([("Patient", patient(19)), ("MRN", mrn(19)), ("Date of procedure", "10/14/2026"),
                  ("Team", "F. Adeyemi, MD (NSGY); Q. Lindgren, MD (Rad Onc); N. Sato, PhD (Physics)")]),
        H2("Indication (from consult 10/01/2026)"),
        P("Small cell lung cancer after PCI was declined; MRI 09/28/2026 shows three brain metastases, each under "
          "1.5 cm. Plan Gamma Knife radiosurgery to the three metastases."),
        H2("Procedure"),
        P("Leksell G frame placed with 4 pins under local. Stereotactic MRI (T1 post-gad 1 mm) and CT with frame, "
          "registered in Leksell GammaPlan."),
        RuledTable([("#", "Target", "Diam (cm)", "Rx (Gy)", "IDL", "Shots"),
                    ("1", "R frontal", "1.4", "20", "50%", "4"),
                    ("2", "L parietal", "0.9", "20", "50%", "2"),
                    ("3", "L cerebellar", "1.2", "18", "50%", "3"),
                    ("4", "R occipital", "0.4", "22", "50%", "1")]),
        P("Brainstem Dmax 6.2 Gy. Leksell Gamma Knife Perfexion. Frame co-ordinates verified; shot times "
          "independently checked. Total beam-on 83 min."),
        H2("Summary"),
        P("All four lesions treated in one session on 10/14/2026: right frontal 20 Gy, left parietal 20 Gy, "
          "left cerebellar 18 Gy, right occipital 22 Gy. Frame removed without complication."),
        sig("F. Adeyemi, MD; Q. Lindgren, MD 10/14/2026"),
    ]], opts=dict(header=["Memorial Neuroscience Institute", "Gamma Knife Center"]))])

# b12_20 -- CONTRADICTION: copy-forward completion note says 48 Gy/4, the record shows 50 Gy/5 -----------------
add(name="b12_20", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left upper lobe", "body", None, 50, 5)],
    categories=cats(),
    contradiction="The physician completion note (copied forward from a prior 48 Gy/4 template) says 'completed 48 Gy in "
                  "4 fractions', while the prescription and the treatment record show 5 fractions of 10 Gy = 50 Gy; "
                  "gold follows the record.",
    notes="Bundle: lung SBRT for a peripheral LUL NSCLC, TrueBeam with Vac-Lok and 4DCT, PET staging. The completion "
          "note's dose line disagrees with the Rx and the 5-row treatment record (50 Gy in 5).",
    docs=[Doc("1_completion_note.txt", text=txt_head(20, "SBRT Completion Note", "11/18/2026") + """
Author: Wendell Ocampo, MD

cT1c N0 NSCLC (adeno) LUL, 2.4 cm, peripheral, medically inoperable (FEV1 38%, DLCO 41%).
PET/CT 10/02/2026: SUV 8.1, no nodal uptake.

Treatment: SBRT completed 48 Gy in 4 fractions to the LUL lesion. Tolerated well, mild cough.
Chest wall and rib dose acceptable. Follow-up CT chest 3 months.

Meds: tiotropium 18 mcg inh daily, albuterol 90 mcg 2 puffs q4h PRN, prednisone 10 mg x5 d (COPD flare 09/2026).

Wendell Ocampo, MD 11/18/2026 16:55
""" + FOOT + "\n"),
        Doc("2_rx_and_record.pdf", pages=[[
            H1("SBRT Prescription and Treatment Record"),
            KeyValue([("Patient", patient(20)), ("MRN", mrn(20)), ("Site", "LUL lung"),
                      ("Prescription", "50 Gy in 5 fractions, 10 Gy/fx, to PTV_LUL (ITV + 5 mm), 80% IDL"),
                      ("Planning", "CT sim 10/27/2026, Vac-Lok arms up, 4DCT (ITV), PET/CT fused; Eclipse VMAT 2 arcs")]),
            P("OARs: proximal bronchial tree Dmax 18 Gy, chest wall V30 14 cc, cord Dmax 9.8 Gy. Plan QA 99.0%."),
            RuledTable([("Fx", "Date", "Dose (cGy)", "Cumulative (cGy)", "IGRT"),
                        ("1", "11/06/2026", "1000", "1000", "CBCT, approved WO"),
                        ("2", "11/09/2026", "1000", "2000", "CBCT, approved WO"),
                        ("3", "11/12/2026", "1000", "3000", "CBCT, approved WO"),
                        ("4", "11/16/2026", "1000", "4000", "CBCT, approved WO"),
                        ("5", "11/18/2026", "1000", "5000", "CBCT, approved WO")]),
            P("Course status: COMPLETE. Unit: TrueBeam (TB2)."),
            sig("W. Ocampo, MD 11/18/2026 / physics A. Lindqvist, MS"),
        ]], opts=dict(header=["ARIA - Treatment Record print", f"{patient(20)}  {mrn(20)}"]))])

# b12_21 -- CONTRADICTION: physician summary says frame; the Icon delivery record says mask + IFMM x3 ------------
add(name="b12_21", kind="bundle", codes=["77373", "77435", "61796", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 3, ["MRI"], ["mask"]),
    lesions=[L("left frontal resection cavity", "cranial", S, 27, 3)],
    categories=cats(),
    contradiction="The physician summary (a single-session template) says 'Leksell frame placed', while the physics "
                  "delivery record shows three daily sessions in a thermoplastic mask with IFMM nose-marker tracking "
                  "and no frame; gold follows the delivery record (mask, so 61800 does not fit).",
    notes="Bundle: Gamma Knife Icon fractionated cavity SRS 27 Gy in 3 to a left frontal resection cavity (2.6 cm, "
          "simple). Imaging: planning MRI; the CBCT at each session is image guidance.",
    docs=[Doc("1_physician_summary.txt", text=txt_head(21, "Gamma Knife Summary (physician)", "10/09/2026") + """
Physician: Yara Holmgren, MD

Indication: L frontal metastasis (renal cell ca) s/p resection 09/10/2026; cavity 2.6 cm.
Procedure: Leksell frame placed; Gamma Knife Icon radiosurgery to the left frontal resection cavity,
27 Gy in 3 fractions (9 Gy x 3) to the 50% isodose. Planning MRI 09/30/2026 (T1+C 1 mm).
Tolerated well. MRI 2 months.

Yara Holmgren, MD 10/09/2026
""" + FOOT + "\n"),
        Doc("2_delivery_record.pdf", pages=[[
            H1("Leksell Gamma Knife Icon - Fraction Delivery Record"),
            KeyValue([("Patient", patient(21)), ("MRN", mrn(21)), ("Plan", "LF_cavity_3fx (GammaPlan 11.4)"),
                      ("Fixation", "Thermoplastic mask (Icon nanoFix), IFMM nose marker"), ("Frame", "none")]),
            RuledTable([("Fx", "Date", "CBCT co-reg", "IFMM max (mm)", "Dose (Gy)", "Shots", "Physicist"),
                        ("1", "10/05/2026", "accepted", "0.7", "9.0", "17", "BK"),
                        ("2", "10/07/2026", "accepted", "1.1", "9.0", "17", "BK"),
                        ("3", "10/09/2026", "accepted", "0.6", "9.0", "17", "JS")]),
            P("Rx 9 Gy x 3 to the 50% isodose, cavity + 1 mm (PTV 11.8 cc). Total delivered 27 Gy. Plan dose "
              "re-computed on each day's CBCT (adaptive stereotactic reference), no re-planning needed."),
            sig("B. Kowalczyk, MS (Medical Physics) 10/09/2026"),
        ]], opts=dict(header=["Gamma Knife Center - Physics", "Icon delivery log"]))])

# b12_22 -- time-stamped amendment corrects the lesion count; IGRT SmartPhrase left {blank} ---------------------
add(name="b12_22", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("liver segment 6 HCC", "body", None, 45, 3)],
    categories=cats(delivery_verification=False),
    notes="Epic note with a time-stamped amendment: the original text listed two liver targets; '[Amended 11/05/2026 "
          "14:22]' corrects it - the segment 4 focus was a hemangioma and was not treated (explicit correction, not "
          "a review chart). One HCC, 45 Gy in 3 on Versa HD, BodyFIX with abdominal compression. The 'Image guidance:' "
          "SmartPhrase was left '{blank}' and no IGRT or QA is named: delivery_verification missing. AFP 212 ng/mL, "
          "Child-Pugh A5, MELD 8 and bilirubin 1.1 mg/dL are labs.",
    docs=[Doc("b12_22.txt", text=txt_head(22, "Radiation Oncology Treatment Summary", "Service date 11/05/2026") + """
Author: Quentin Abernethy-Sow, MD

Dx: C22.0 Hepatocellular carcinoma, Child-Pugh A5, MELD 8, AFP 212 ng/mL, bili 1.1 mg/dL.
s/p TACE x2 (2025) with residual arterial enhancement segment 6. Not a transplant candidate.

Meds: entecavir 0.5 mg daily, propranolol 20 mg BID, spironolactone 50 mg daily, furosemide 20 mg daily.

Targets: two liver lesions - segment 6 (2.9 cm) and segment 4 (1.0 cm).
  [Amended 11/05/2026 14:22 by Q. Abernethy-Sow, MD: correction - ONE target only. The segment 4 focus
   was re-read as a flash-filling hemangioma on the 10/20 MRI and was NOT contoured or treated.]

Simulation 10/21/2026: BodyFIX with abdominal compression plate, arms up; triphasic CT 1.5 mm;
MRI liver (gadoxetate) 10/20/2026 fused in Monaco. GTV segment 6 arterial-phase lesion, PTV +5 mm.
Rx 45 Gy in 3 fractions (15 Gy/fx). Normal liver (700 cc) < 15 Gy: 1012 cc spared. Stomach D0.5cc 17 Gy.

Image guidance: {blank}

Treatments: 10/29, 10/31, 11/03/2026 on Versa HD. Segment 6 HCC 45 Gy in 3 fractions, complete.
Tolerated with grade 1 fatigue. Triphasic CT/MRI in 6-8 weeks, AFP monthly.

Electronically signed by Quentin Abernethy-Sow, MD 11/05/2026 13:40
(amendment signed 11/05/2026 14:24)
""" + FOOT + "\n")])

# b12_23 -- PDF, glomus jugulare CyberKnife 25 Gy/5 in a mask; copy-forward on-treatment notes -----------------
add(name="b12_23", kind="pdf", codes=["G0339", "G0340", "77435", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("right glomus jugulare", "cranial", C, 25, 5)],
    categories=cats(),
    notes="CyberKnife S7 fractionated SRS, 25 Gy in 5 to a right glomus jugulare paraganglioma (complex by tumour "
          "type) in an Aquaplast mask with 6D Skull tracking. On-treatment notes are copy-forward ('Fx 2 of 5' text "
          "repeated with only the date changed and marked '[cf]'), the fraction table is clear (5 sessions). "
          "G0339 + G0340 x4 fit; glomus -> 61798.",
    docs=[Doc("b12_23.pdf", pages=[[
        H1("CyberKnife Radiosurgery - Course Documentation"),
        KeyValue([("Patient", patient(23)), ("MRN", mrn(23)), ("Physician", "Ingeborg Achebe, MD"),
                  ("Dx", "D44.7 Neoplasm of uncertain behavior of aortic body/paraganglia - R glomus jugulare")]),
        P("Right glomus jugulare (Fisch C2), 3.1 cm, pulsatile tinnitus, CN X/XI intact. Prior embolization "
          "declined. Planning CT 1 mm and MRI T1 post-contrast fat-sat 1 mm (10/01/2026) fused in Precision. "
          "Aquaplast head mask on a headrest; 6D Skull tracking."),
        RuledTable([("Target", "Rx", "Fx", "IDL", "Beams", "Collimator"),
                    ("PTV_GlomusR", "25 Gy", "5", "78%", "203", "Iris 10-20 mm")]),
        P("Cochlea R Dmax 11.1 Gy; brainstem D0.5cc 14.8 Gy; CN XII not contoured. DQA passed 97.2%."),
        H2("On-treatment notes"),
        P("10/13/2026 - Fx 1 of 5: tolerated, tracking stable."),
        P("10/14/2026 - [cf] Fx 2 of 5: tolerated, tracking stable, no new symptoms."),
        P("10/15/2026 - [cf] Fx 2 of 5: tolerated, tracking stable, no new symptoms."),
        P("10/16/2026 - [cf] Fx 2 of 5: tolerated, tracking stable, no new symptoms."),
        P("10/19/2026 - Fx 5 of 5: course complete."),
    ], [
        H2("Delivery record (iDMS)"),
        RuledTable([("Session", "Date", "Dose", "6D Skull corrections (mm)"),
                    ("1", "10/13/2026", "5 Gy", "0.4 / 0.3 / 0.6"), ("2", "10/14/2026", "5 Gy", "0.5 / 0.2 / 0.4"),
                    ("3", "10/15/2026", "5 Gy", "0.3 / 0.4 / 0.2"), ("4", "10/16/2026", "5 Gy", "0.6 / 0.5 / 0.3"),
                    ("5", "10/19/2026", "5 Gy", "0.2 / 0.3 / 0.4")]),
        P("Completed: right glomus jugulare 25 Gy in 5 fractions, CyberKnife S7. The on-treatment note text for "
          "10/14-10/16 was copied forward; the session numbers above are the record."),
        sig("Ingeborg Achebe, MD 10/19/2026; physics C. Ruiz, MS"),
    ]], opts=dict(header=["Coastal Radiosurgery - CyberKnife", "Hospital outpatient"]))])


CORPUS = Corpus("blind_corpus12", "tests/blind_corpus12", CHARTS, pdf_options={"footer": FOOT, "font": "Helvetica"},
                hand_written=["README.md", "FIRST_RUN.md"])
