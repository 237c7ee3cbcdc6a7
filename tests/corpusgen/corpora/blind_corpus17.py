"""Seventeenth blind corpus, ``tests/blind_corpus17/`` (regenerate: ``python scripts/make_corpus.py blind_corpus17``).

Twenty courses as a coder receives them in large bundles of documents that are NOT physician notes: EHR
treatment orders and order sets with order status (ordered, modified, discontinued, completed), physics
second-check / independent MU worksheets, patient-specific QA reports, daily IGRT / CBCT shift logs,
MR-linac adaptive session logs, therapist time-out checklists and treatment-day flowsheets, sedation and
frame-placement procedure notes, discharge instructions, EMR printouts with a banner on every page, late
entries and addenda, and charge-capture pages listing codes. Hard negatives: a course cancelled before any
fraction, a physics-only bundle, a conventional 15-fraction course and a simulation whose plan was never
delivered. Two charts contradict themselves (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (text documents are deliberately long lines)

from __future__ import annotations

from pdfmaker import KeyValue, RuledTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ALARIC", "BRONWEN", "CASIMIR", "DELPHINE", "EZEKIEL", "FIONNUALA", "GIDEON", "HYACINTH", "ISIDORE", "JOCASTA",
         "LAZARUS", "MIRABEL", "NATHANIEL", "ODALYS", "PEREGRINE", "RAPHAELA", "SILVANUS", "THEODORA", "ULYSSES", "VERITY"]


def patient(n: int) -> str:
    return f"SEVENTEENPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-170{n:02d}"


def banner(system: str, n: int, dob: str, printed: str) -> list[str]:
    """An EMR print banner repeated on every page."""
    return [system, f"{patient(n)}  |  MRN {mrn(n)}  |  DOB {dob}  |  Printed by: {printed}"]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Gamma Knife
# ==================================================================================================

# b17_01 -- bundle: staged Gamma Knife, one large lesion in two frame sessions four weeks apart ---------------
_b = "HOLLOWAY CREEK MEDICAL CENTER - CareLink EHR"
add(name="b17_01", kind="bundle", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 2, ["CT", "MRI"], ["frame"]),
    lesions=[L("left temporal metastasis", "cranial", C, 30, 2)],
    categories=cats(),
    notes="Dose-staged Gamma Knife: one 4.4 cm left temporal metastasis (complex by size) treated twice, "
          "15 Gy at 50% on 10/06 and again 15 Gy on 11/03 (same target), each with a Leksell frame and "
          "stereotactic MRI; CT on stage 1 only. Order set shows stage 1 and stage 2 COMPLETED. Two frame-placement "
          "procedure notes (pin sites, lidocaine). Two sessions, so 77371/77432 are inconsistent; the "
          "lesion is reported once. The max dose 30 Gy (at 50%) per stage is not the total.",
    docs=[
        Doc("1_order_set.txt", text=f"""
{_b}
ORDER SET: RADONC - GAMMA KNIFE STAGED RADIOSURGERY          PRINTED 11/04/2026 07:12 BY lbrennan (HIM)
PATIENT {patient(1)}   MRN {mrn(1)}   DOB 03/14/1961   ENC 88120441

ORDER #      DESCRIPTION                                            STATUS        SIGNED BY            DATE
--------------------------------------------------------------------------------------------------------------
4410221     Stereotactic MRI brain w/ contrast (GK protocol)       COMPLETED     T. Vasquez-Oduya MD  10/06/2026
4410222     CT head stereotactic, 1 mm (frame on)                  COMPLETED     T. Vasquez-Oduya MD  10/06/2026
4410223     Leksell frame application - stage 1                    COMPLETED     R. Aldana MD (NSGY)  10/06/2026
4410224     GK SRS STAGE 1: L temporal mass, 15 Gy @ 50% IDL       COMPLETED     T. Vasquez-Oduya MD  10/06/2026
4410225     GK SRS STAGE 2: L temporal mass, 15 Gy @ 50% IDL       ORDERED       T. Vasquez-Oduya MD  10/06/2026
4410225     -> status change                                       COMPLETED     T. Vasquez-Oduya MD  11/03/2026
4410226     Stereotactic MRI brain w/ contrast - stage 2           COMPLETED     T. Vasquez-Oduya MD  11/03/2026
4410227     Leksell frame application - stage 2                    COMPLETED     R. Aldana MD (NSGY)  11/03/2026
4410228     CT head stereotactic - stage 2                         DISCONTINUED  T. Vasquez-Oduya MD  11/03/2026
            reason: not required, MRI distortion check acceptable
4410229     Dexamethasone 4 mg PO x1 pre-procedure                 COMPLETED     nursing              11/03/2026

ORDER COMMENT (4410224): Dose-staged approach for a 4.4 x 3.9 x 3.6 cm left temporal metastasis (NSCLC).
Same target both stages, planned interval 4 weeks. Course total 30 Gy in 2 sessions.
{FOOT}
"""),
        Doc("2_frame_stage1.pdf", [[
            H1("Procedure Note: Stereotactic Head Frame Placement"),
            KeyValue([("Date", "10/06/2026 06:50"), ("Operator", "Rosalind Aldana, MD (Neurosurgery)"),
                      ("Frame", "Leksell Coordinate Frame G"), ("Anaesthesia", "Local: 1% lidocaine with epinephrine 10 mL + 0.5% bupivacaine 10 mL"),
                      ("Sedation", "Lorazepam 1 mg PO at 06:20; no IV sedation")]),
            P("Time-out performed. Pin sites prepped with chlorhexidine. Four pins placed: two frontal above the "
              "lateral brows, two posterior parietal. Frame shifted to the left and inferiorly to center the "
              "left temporal target. Ear bars removed. Patient tolerated well, VAS 2/10."),
            P("Pin site check after removal at 14:05: small ooze at the right frontal pin, pressure held, "
              "dressed with bacitracin and gauze. No CSF leak."),
            sig("Rosalind Aldana, MD 10/06/2026 07:15"),
        ]], opts=dict(header=banner(_b, 1, "03/14/1961", "lbrennan (HIM) 11/04/2026"))),
        Doc("3_gk_treatment_records.txt", text=f"""
{_b}  -  PHYSICS / GAMMA KNIFE TREATMENT RECORD (Leksell Gamma Knife Icon, frame mode)
{patient(1)}   {mrn(1)}

STAGE 1   10/06/2026
  Target                 : LT TEMPORAL (single target, contoured on stereotactic T1+C MRI, CT co-registered)
  Planning system        : Leksell GammaPlan 11.3
  Prescription           : 15.0 Gy to 50% isodose   (max dose 30.0 Gy)
  Shots                  : 22  (4 mm x 6, 8 mm x 11, 16 mm x 5)
  Coverage / Selectivity : 97% / 0.81
  Target volume          : 24.6 cc
  Brainstem max          : 9.8 Gy       Optic chiasm max: 3.1 Gy (target > 2 cm from apparatus)
  Frame coordinate check : X/Y/Z verified by 2 physicists before delivery (A. Marchbanks, P. Ibe)
  Beam-on                : 68.4 min, no interruptions
  Delivered              : 15.0 Gy   status COMPLETE

STAGE 2   11/03/2026  (28 days after stage 1)
  Target                 : LT TEMPORAL (same target; re-contoured on new stereotactic MRI, volume 21.9 cc)
  Planning system        : Leksell GammaPlan 11.3
  Prescription           : 15.0 Gy to 50% isodose   (max dose 30.0 Gy)
  Shots                  : 19
  Coverage               : 98%
  Brainstem max (stage)  : 8.9 Gy     cumulative brainstem max 18.7 Gy
  Frame coordinate check : verified, A. Marchbanks
  Delivered              : 15.0 Gy   status COMPLETE

COURSE TOTAL: 30.0 Gy to the left temporal metastasis in 2 sessions.
Physicist: A. Marchbanks, MS DABR    Co-signed: T. Vasquez-Oduya, MD 11/03/2026 15:40
{FOOT}
"""),
        Doc("4_frame_stage2.txt", text=f"""
{_b} - NURSING PROCEDURE NOTE
{patient(1)}  {mrn(1)}  11/03/2026
Stage 2 frame placement by Dr. Aldana at 07:02 under local anaesthetic (lidocaine 1% / bupivacaine 0.5%, 18 mL total). Old pin sites from 10/06 well healed; new pins placed 1 cm from prior sites. Vitals stable, BP 138/82. Frame off at 13:20, pin sites clean and dry, dressing applied.
DISCHARGE INSTRUCTIONS GIVEN: keep pin sites dry 24 h, acetaminophen for headache, call for fever > 38.3 C or drainage. Continue dexamethasone taper as written. MRI in 8 weeks.
M. Oyelowo RN   11/03/2026 13:45
{FOOT}
"""),
    ])

# b17_02 -- EMR printout (3 pages, banner each page): GK Icon frame, 12 metastases in one session, charge page -
_b = "ST. ANSELM UNIVERSITY HOSPITAL  *  EMR PRINTOUT  *  CONFIDENTIAL"
_les = [("L frontal pole", 20, "0.6"), ("R frontal convexity", 20, "0.9"), ("L precentral", 20, "0.7"),
        ("R parietal", 18, "1.6"), ("L occipital", 20, "0.5"), ("R occipital", 20, "0.4"),
        ("L cerebellar hemisphere", 20, "0.8"), ("R cerebellar hemisphere", 18, "1.4"), ("vermis", 20, "0.5"),
        ("R temporal", 20, "0.6"), ("L insula", 20, "0.3"), ("R caudate head", 20, "0.4")]
add(name="b17_02", kind="pdf", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 12, 1, ["MRI"], ["frame"]),
    lesions=[L(n, "cranial", S, d, 1) for n, d, _ in _les],
    categories=cats(),
    notes="EMR printout with a banner and 'Printed by' on every page. Gamma Knife Icon with a Leksell frame, "
          "twelve small metastases in one session (all < 2 cm, none in the brainstem or near the optic "
          "apparatus), listed in a shot table with 18/20 Gy at 50%. Planning MRI only; the CT order is "
          "discontinued. A charge-capture page lists 61797 x4 and 77295: listed codes are not facts. "
          "A 13th focus (punctate, L thalamus) was 'not treated - observe'.",
    docs=[Doc("b17_02.pdf", [
        [H1("Radiosurgery Treatment Record - Gamma Knife"),
         KeyValue([("Date of service", "11/18/2026"), ("Unit", "Leksell Gamma Knife Icon (frame mode)"),
                   ("Immobilization", "Leksell Frame G, 4 pins, local anaesthetic (lidocaine/bupivacaine)"),
                   ("Planning imaging", "Stereotactic MRI 3D T1 MPRAGE + contrast, 1 mm, with fiducial box"),
                   ("CT", "ORDER DISCONTINUED 11/18 06:40 (not needed; MRI distortion QA passed)"),
                   ("Diagnosis", "C79.31 metastatic melanoma to brain"),
                   ("Planning system", "Leksell GammaPlan 11.4, inverse planning, 50% isodose")]),
         P("Targets contoured by K. Fairweather MD (rad onc) and J. Oduro MD (neurosurgery) on the frame-on MRI. "
           "Twelve enhancing lesions were treated. A 2 mm punctate focus in the left thalamus seen on one sequence "
           "only was NOT treated - observe on follow-up MRI."),
         RuledTable([("#", "Target", "Max diam (cm)", "Rx (Gy)", "IDL", "Shots", "Delivered")] +
                    [(str(i + 1), n, dm, f"{d}", "50%", str(2 + i % 4), f"{d} Gy") for i, (n, d, dm) in enumerate(_les)]),
         P("Brainstem max 6.2 Gy. Chiasm max 2.9 Gy. V12 (brain) 9.7 cc. Total beam-on 112 min in one session.")],
        [H2("Physics verification"),
         P("Frame coordinates independently verified by two physicists (H. Lamarr, S. Ivanova). Icon CBCT acquired "
           "with frame in place as a positional cross-check: deviation 0.3 mm. Treatment delivered as planned, one "
           "pause at shot 31 for patient comfort (resumed without re-imaging, frame fixed)."),
         H2("Nursing / sedation"),
         P("Midazolam 1 mg IV x2 during beam-on for anxiety; SpO2 >= 96% RA throughout. Frame removed 15:55, pin "
           "sites dressed. Discharged with spouse."),
         sig("Karin Fairweather, MD 11/18/2026 16:30"),
         sig("Jonas Oduro, MD (co-signature) 11/19/2026 08:10")],
        [H1("CHARGE CAPTURE - Radiation Oncology (professional + technical)"),
         P("Charges entered by: coding clerk D. Pham 11/19/2026. Charges are pending coder review."),
         RuledTable([("CPT", "Description", "Units", "Status"),
                     ("77371", "SRS cobalt-60 complete course", "1", "pending"),
                     ("77432", "Stereotactic radiation treatment management", "1", "pending"),
                     ("61796", "SRS cranial lesion simple, first", "1", "pending"),
                     ("61797", "SRS each additional simple lesion", "4", "pending"),
                     ("61800", "Stereotactic head frame application", "1", "pending"),
                     ("77295", "3-D simulation-aided planning", "1", "pending - verify")]),
         P("Note to coder: 61797 limited to 4 units per course.")],
    ], opts=dict(header=banner(_b, 2, "07/30/1957", "dpham 11/19/2026 09:02"), page_numbers="Page {n} of {total}"))])

# b17_03 -- bundle: GK frame for a right parietal AVM under anaesthesia with angiography ------------------------
_b = "CASTLEMERE CHILDREN'S & ADULT NEUROSCIENCES"
add(name="b17_03", kind="bundle", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI", "angiography"], ["frame"]),
    lesions=[L("right parietal AVM", "cranial", C, 22, 1)],
    categories=cats(),
    notes="Anaesthesia record (general anaesthesia, propofol, LMA) for frame placement and stereotactic "
          "angiography + MRI + CT; Gamma Knife Perfexion, AVM nidus 22 Gy at 50% (AVM: complex). Time-out "
          "checklist, late-entry addendum correcting the recorded isodose from 45% to 50%. Prior embolization "
          "2025 is history.",
    docs=[
        Doc("1_anaesthesia_record.txt", text=f"""
{_b} -- ANESTHESIA RECORD (off-site, Gamma Knife suite)
Patient: {patient(3)}   MRN: {mrn(3)}   Age 17   Weight 58 kg   ASA II   Date 09/22/2026
Procedure: Stereotactic frame placement, cerebral angiography, MRI/CT, Gamma Knife radiosurgery of R parietal AVM
Anesthesiologist: F. Nakagawa-Reyes MD    CRNA: P. Oakes

07:05 induction propofol 150 mg, fentanyl 50 mcg; LMA #4 placed
07:18 Leksell frame applied by neurosurgery (4 pins), local lidocaine 1% at pin sites
07:40-08:55 biplane stereotactic cerebral angiography (angio suite), transport on monitor
09:10-09:50 stereotactic MRI brain with contrast; 09:55 stereotactic CT
10:05-16:30 propofol infusion 100-150 mcg/kg/min during planning and beam-on
16:40 frame removed; 16:50 LMA removed, to PACU awake, Aldrete 9
Total propofol 2.9 g. EBL minimal. No complications.
{FOOT}
"""),
        Doc("2_timeout_checklist.pdf", [[
            H1("Universal Protocol / Time-Out Checklist - Radiosurgery"),
            RuledTable([("Item", "Verified", "Initials"),
                        ("Patient identity (2 identifiers)", "YES", "PO"),
                        ("Procedure: Gamma Knife SRS, R parietal AVM", "YES", "FNR"),
                        ("Laterality RIGHT marked on plan printout", "YES", "GT"),
                        ("Frame coordinates match plan (X 104.5 Y 96.0 Z 112.5)", "YES", "physics KL"),
                        ("Prescription 22 Gy to the 50% isodose line, 1 fraction", "YES", "GT"),
                        ("Pregnancy test (negative)", "YES", "RN"),
                        ("Anaesthesia / airway plan", "YES", "FNR")]),
            P("Time-out completed 15:02 before first shot. All team members agreed."),
            sig("G. Thistlewood, MD (radiation oncology) 09/22/2026"),
        ]], opts=dict(header=[_b, f"{patient(3)}   MRN {mrn(3)}"])),
        Doc("3_treatment_summary_and_addendum.txt", text=f"""
{_b}
GAMMA KNIFE TREATMENT SUMMARY  (Leksell Gamma Knife Perfexion)   DOS 09/22/2026
{patient(3)}   {mrn(3)}
Indication: right parietal arteriovenous malformation, Spetzler-Martin II, presented with hemorrhage 2025; partial Onyx embolization 11/2025 (history).
Targeting: nidus defined on stereotactic angiography (AP/lateral) fused with stereotactic T1+C MRI and CT in GammaPlan. Nidus volume 3.1 cc (2.2 x 1.9 x 1.6 cm).
Prescription: 22 Gy marginal dose to the 45% isodose line, 14 shots, max dose 48.9 Gy. V12 of brain 6.8 cc.
Verification: frame coordinates checked by physics (K. Loughran PhD) before delivery.
Delivered: 22 Gy in a single session. Follow-up MRI at 6 months, angiography at 3 years.
G. Thistlewood MD   09/22/2026 17:05

*** LATE ENTRY / ADDENDUM  09/25/2026 10:12  (entered for 09/22/2026) ***
Correction to the summary above: the prescription isodose was the 50% isodose line (not 45%), maximum dose 44.0 Gy, as on the signed plan and the time-out checklist. The marginal dose of 22 Gy is unchanged. The 45% figure was carried over from a draft plan.
G. Thistlewood MD   co-signed K. Loughran PhD
{FOOT}
"""),
    ])

# ==================================================================================================
# Linac cranial
# ==================================================================================================

# b17_04 -- bundle: 5-fraction cranial SRS to a resection cavity; Rx modified by order change ---------------
_b = "BRIARWOOD REGIONAL CANCER INSTITUTE"
add(name="b17_04", kind="bundle", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal resection cavity", "cranial", S, 25, 5)],
    categories=cats(),
    notes="Order history: 30 Gy/5 ordered 10/20, MODIFIED 10/23 to 25 Gy/5 (5 Gy x 5) because of the "
          "cavity volume near the motor strip; the 30 Gy numbers belong to the superseded order. TrueBeam "
          "HyperArc, Encompass mask, CT sim + MRI fusion. Daily CBCT/6DoF couch shift table (mm/deg) and an "
          "independent MU check worksheet.",
    docs=[
        Doc("1_orders.txt", text=f"""
{_b} - EPIC-RO ORDER HISTORY REPORT
{patient(4)}   MRN {mrn(4)}   Printed by: jkessler  11/20/2026 14:02   Page 1 of 1

[1] RAD ONC TREATMENT ORDER: Stereotactic radiosurgery, fractionated (FSRS)
    Site: L frontal resection cavity    Technique: VMAT/HyperArc    Energy: 6X FFF
    Dose: 30 Gy in 5 fractions (6 Gy/fx)      Status: MODIFIED (superseded by [2])
    Ordered 10/20/2026 by E. Ramanathan MD
[2] RAD ONC TREATMENT ORDER (modification of [1])
    Site: L frontal resection cavity    Technique: VMAT/HyperArc    Energy: 6X FFF
    Dose: 25 Gy in 5 fractions (5 Gy/fx)      Status: COMPLETED 11/06/2026
    Ordered 10/23/2026 by E. Ramanathan MD
    Reason for change: PTV 31.2 cc abutting primary motor cortex; de-escalated per department FSRS policy
[3] CT SIMULATION, head, Encompass SRS mask       Status: COMPLETED 10/21/2026
[4] MRI brain w/wo contrast, SRS planning protocol    Status: COMPLETED 10/19/2026
[5] MRI brain follow-up 8 weeks                   Status: ORDERED (future)
{FOOT}
"""),
        Doc("2_second_check.pdf", [[
            H1("Independent MU Verification (Second Check) Worksheet"),
            KeyValue([("Plan", "LFRONT_CAV_HA  v2  (approved 10/27/2026)"), ("Machine", "TrueBeam STx #2, 6X-FFF"),
                      ("TPS", "Eclipse 16.1 AcurosXB"), ("Check software", "RadCalc 7.2"),
                      ("Prescription", "500 cGy x 5 = 2500 cGy to PTV (D95), 1 mm CTV-PTV margin on cavity")]),
            RuledTable([("Field", "TPS MU", "Check MU", "Diff %"),
                        ("Arc1 181-179 couch 0", "412", "405", "-1.7"),
                        ("Arc2 179-30 couch 45", "298", "302", "+1.3"),
                        ("Arc3 30-179 couch 315", "305", "309", "+1.3"),
                        ("Arc4 181-330 couch 90", "271", "266", "-1.8")]),
            P("All differences within 3% action level. Point dose at isocentre TPS 517.3 cGy, check 512.0 cGy."),
            sig("Natasha Ebbesen, MS DABR 10/28/2026"),
        ]], opts=dict(header=[_b, f"{patient(4)}  MRN {mrn(4)}", "Medical Physics"])),
        Doc("3_igrt_log.txt", text=f"""
{_b} - DAILY IGRT / COUCH SHIFT LOG   (CBCT + PerfectPitch 6DoF, Encompass mask)
{patient(4)}  {mrn(4)}   Plan LFRONT_CAV_HA v2   Rx 5 Gy x 5

FX  DATE        VRT(mm)  LNG(mm)  LAT(mm)  PITCH  ROLL  ROT   DOSE   THER   MD APPROVAL
1   10/30/2026  +1.2     -0.8     +0.4     0.6    -0.3  0.2   5 Gy   AR/KB  ER
2   11/02/2026  +0.9     -0.5     +0.2     0.4    -0.1  0.1   5 Gy   AR/KB  ER
3   11/03/2026  +1.0     -0.6     +0.6     0.5    -0.4  0.3   5 Gy   KB/TS  ER
4   11/05/2026  +0.7     -0.9     +0.1     0.3     0.0  0.2   5 Gy   KB/TS  ER
5   11/06/2026  +1.1     -0.4     +0.3     0.7    -0.2  0.1   5 Gy   AR/KB  ER
                                                         TOTAL 25 Gy
Tolerance 1 mm / 1 deg after correction; post-correction residuals all < 0.5 mm.
Course complete 11/06/2026. Cumulative 2500 cGy.
{FOOT}
"""),
    ])

# b17_05 -- plain-text flowsheet export: linac single fraction, 9 metastases ----------------------------------
_b = "KESTREL POINT HEALTH - RADIATION THERAPY FLOWSHEET EXPORT (ARIA)"
_l5 = [("R frontal", 20), ("L frontal", 20), ("R parietal", 20), ("L parietal", 18), ("R occipital", 20),
       ("L temporal", 20), ("R cerebellum", 20), ("L cerebellum", 20), ("L postcentral", 18)]
_rows5 = "\n".join(f"  PTV{i + 1}_{n.replace(' ', '')}   {d:>2} Gy x 1   D95 >= 100%   delivered {d} Gy   OK" for i, (n, d) in enumerate(_l5))
add(name="b17_05", kind="ehr_text", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 9, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L(n, "cranial", S, d, 1) for n, d in _l5],
    categories=cats(),
    notes="Therapist flowsheet export: single-isocentre multi-target VMAT (HyperArc) on a TrueBeam, nine "
          "lesions each with delivered dose (two at 18 Gy), all small. Encompass mask, CT sim + MRI. "
          "A tenth target (PTV10 R thalamus) was removed from the plan before approval. Prior WBRT 2023 is "
          "history. Time-out and CBCT/ExacTrac documented.",
    docs=[Doc("b17_05.txt", text=f"""
{_b}
Patient: {patient(5)}   MRN: {mrn(5)}   Course: C2 SRS BRAIN   Printed by: mwillett 11/25/2026
------------------------------------------------------------------------------------------
COURSE INFO
  Dx: C34.12 NSCLC LUL, brain metastases (9). Prior whole brain RT 30 Gy/10 in 03/2023 (Course C1, history).
  Sim: CT simulation 11/10/2026, 1.25 mm, Encompass SRS thermoplastic mask; fused with MRI T1 post-gad 11/09/2026.
  Plan: HyperArc single isocentre, 4 non-coplanar arcs, 6X-FFF, Eclipse 17.0, approved 11/16/2026 (R. Castellanos MD / physics V. Ilunga).
  Plan note: PTV10_Rthalamus removed before approval - 1 mm focus, not convincing on repeat MRI; observe.
  Max lesion diameter 1.7 cm (R occipital). No brainstem or optic apparatus targets.

TREATMENT DAY 11/17/2026
  07:40 Time-out: name/DOB/site/plan/laterality verified (MW, TO, RC, VI)
  07:52 CBCT matched to bony anatomy; 6DoF correction vrt -0.6 lng +0.3 lat -0.2 mm, pitch 0.4 rtn -0.2 deg
  08:01 ExacTrac verification between arcs: < 0.5 mm / 0.5 deg
  08:03-08:29 Beam on arcs 1-4
  08:31 Treatment complete, 1 fraction

DOSE SUMMARY (per target, Rx to D95)
{_rows5}
  Brainstem Dmax 7.4 Gy; chiasm Dmax 2.2 Gy; brain-GTV V12 8.3 cc

THERAPISTS: M. Willett RTT, T. Osei RTT     PHYSICIAN: R. Castellanos MD (present)
{FOOT}
"""),
    ])

# b17_06 -- bundle: CyberKnife cranial, 3 fractions to two lesions, G-codes on a charge page ------------------
_b = "ORCHARD HILL NEUROSCIENCE - CYBERKNIFE CENTER"
add(name="b17_06", kind="bundle", codes=["G0339", "G0340", "77435", "61798", "61797"],
    facts=F("robotic_linac", ["cranial"], 2, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("right cerebellopontine angle metastasis extending into the pons", "cranial", C, 24, 3),
             L("left occipital metastasis", "cranial", S, 24, 3)],
    categories=cats(),
    notes="CyberKnife M6 treatment-day flowsheet (three dated fractions, 6D skull tracking, Aquaplast mask) "
          "plus a patient-specific QA report and a superbill. Two lesions, 8 Gy x 3 = 24 Gy each; one "
          "invades the pons ('within the brainstem': complex), the other simple. The superbill lists 77373 "
          "x3 and 61799, which are not claimed here. QA point dose 2.1% is not a dose.",
    docs=[
        Doc("1_flowsheet.pdf", [[
            H1("CyberKnife Treatment-Day Flowsheet"),
            KeyValue([("Plan", "BRAIN_2TGT_v1, Accuray Precision 3.3, 212 beams, 7.5/10 mm Iris"),
                      ("Prescription", "PTV_RCPA 24 Gy / 3 fx to 78% IDL;  PTV_LOCC 24 Gy / 3 fx to 80% IDL"),
                      ("Tracking", "6D Skull, kV image pairs every 30-45 s"),
                      ("Immobilization", "Aquaplast open-face SRS mask + Accuray headrest (made at CT sim 10/12/2026)"),
                      ("Planning imaging", "CT sim 1.0 mm 10/12/2026 fused with MRI T1+C 10/11/2026")]),
            RuledTable([("Fx", "Date", "Targets", "MU", "Tracking max corr.", "Dose", "RTT", "MD"),
                        ("1", "10/19/2026", "RCPA + LOCC", "18,402", "0.8 mm / 0.6 deg", "8 Gy each", "LF/DW", "IY"),
                        ("2", "10/21/2026", "RCPA + LOCC", "18,402", "0.6 mm / 0.4 deg", "8 Gy each", "LF/DW", "IY"),
                        ("3", "10/23/2026", "RCPA + LOCC", "18,402", "0.9 mm / 0.7 deg", "8 Gy each", "DW/HB", "IY")]),
            P("RCPA (right cerebellopontine angle) target: 2.3 cm, extends into the right middle cerebellar peduncle and lateral pons. LOCC (left occipital): 1.1 cm. "
              "Brainstem Dmax 23.1 Gy / 3 fx (inside target overlap accepted by MD). Course complete, 24 Gy to each target."),
            sig("Ingrid Yamamoto-Cole, MD 10/23/2026"),
        ]], opts=dict(header=[_b, f"{patient(6)}   MRN {mrn(6)}   DOB 05/02/1966"])),
        Doc("2_psqa.txt", text=f"""
{_b} - PATIENT-SPECIFIC QA REPORT
{patient(6)}  {mrn(6)}   Plan BRAIN_2TGT_v1   QA date 10/16/2026
Phantom: Accuray Birdcage with film (EBT-XD) + A16 ion chamber
Point dose (chamber in PTV_RCPA high-dose region): measured 803.6 cGy vs planned 787.1 cGy per fx, diff +2.1% (action 5%)
Film gamma 3%/1 mm, 10% threshold: 97.4% pass (criterion >= 90%)
E2E targeting test (6D skull) 10/15/2026: 0.42 mm total
Result: PASS     Physicist: O. Brannigan PhD
{FOOT}
"""),
        Doc("3_superbill.txt", text=f"""
{_b} - SUPERBILL / CHARGE TICKET (draft, generated from scheduling)
{patient(6)}  {mrn(6)}  Dates 10/12/2026-10/23/2026
[x] 77290  simulation complex          1
[x] 77301  IMRT planning               1
[x] 77300  basic dosimetry             2
[x] 77373  SBRT delivery per fx        3     <- billing: hospital OPPS Medicare, convert to G0339/G0340
[x] 61798  SRS complex cranial lesion  1
[x] 61799  each addl complex lesion    1     <- verify class of 2nd lesion
[ ] 61800  frame                       -     (no frame)
Prepared by: front desk (auto-populated). Not a clinical record.
{FOOT}
"""),
    ])

# ==================================================================================================
# SBRT body: MR-linac, pancreas, prostate, liver, lung, spine
# ==================================================================================================

# b17_07 -- bundle: left adrenal on an MR-linac, adaptive plan every fraction, one target ---------------------
_b = "MERIDIAN LAKES CANCER CENTER - MR-LINAC PROGRAM"
add(name="b17_07", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("left adrenal metastasis", "body", None, 40, 5)],
    categories=cats(),
    notes="MR-linac (Elekta Unity) adaptive session log: a new adapt-to-shape plan every fraction for ONE "
          "target (left adrenal), 8 Gy x 5 = 40 Gy; five session rows each with a new plan number are not "
          "five lesions. CT sim and MR sim, vacuum cushion. Daily MRI and cine gating are image guidance. "
          "Right adrenal adenoma untreated; 'ATS' vs 'ATP' workflows; an order for 35 Gy was discontinued "
          "and replaced.",
    docs=[
        Doc("1_orders.txt", text=f"""
{_b}  ORDERS  -  {patient(7)}  {mrn(7)}     Printed by: sgallo 11/30/2026
#77120  MR-linac SBRT L adrenal 35 Gy/5 fx            DISCONTINUED 10/28/2026  (replaced by #77131, PET shows viable tumour only; escalate)
#77131  MR-linac SBRT L adrenal 40 Gy/5 fx (8 Gy/fx)  COMPLETED    11/13/2026  R. Okafor-Linde MD
#77122  CT simulation abdomen, vacuum cushion, arms up COMPLETED   10/27/2026
#77123  MR simulation on Unity (T2 3D, 4 min)         COMPLETED    10/27/2026
#77124  Ondansetron 8 mg PO 1 h before each fx       COMPLETED
{FOOT}
"""),
        Doc("2_adaptive_session_log.pdf", [[
            H1("Unity Adaptive Session Log"),
            P("Target: GTV/PTV L_ADRENAL (single target; PTV = GTV + 3 mm). Reference plan: Monaco 6.1, 9-beam step-and-shoot IMRT, 7 MV FFF. "
              "Each session: daily 3D T2 MRI, contours propagated and edited by MD, full re-optimisation (adapt-to-shape, ATS), "
              "online QA by independent MU calc, cine MRI gating on the target during delivery."),
            RuledTable([("Session", "Date", "Workflow", "Plan ID", "PTV D95", "Gating eff.", "Delivered"),
                        ("1", "11/05/2026", "ATS", "LADR_F1_ATS", "100.2%", "71%", "8 Gy"),
                        ("2", "11/07/2026", "ATS", "LADR_F2_ATS", "99.6%", "68%", "8 Gy"),
                        ("3", "11/09/2026", "ATP (ATS not needed)", "LADR_F3_ATP", "98.9%", "74%", "8 Gy"),
                        ("4", "11/11/2026", "ATS", "LADR_F4_ATS", "100.0%", "70%", "8 Gy"),
                        ("5", "11/13/2026", "ATS", "LADR_F5_ATS", "99.8%", "73%", "8 Gy")]),
            P("Total to L adrenal: 40 Gy in 5 fractions. Stomach Dmax 32.6 Gy, bowel D0.5cc 31.8 Gy, L kidney mean 7.1 Gy. "
              "Known R adrenal adenoma (1.4 cm, -5 HU) outside the field, not treated."),
            sig("Rosalind Okafor-Linde, MD / physics G. Baptiste MS 11/13/2026"),
        ]], opts=dict(header=[_b, f"{patient(7)}   MRN {mrn(7)}"])),
    ])

# b17_08 -- bundle: pancreas SBRT with EUS fiducials, CBCT shift log, discharge instructions --------------------
_b = "PELLHAM BAY UNIVERSITY - RADIATION MEDICINE"
add(name="b17_08", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("pancreatic head tumour", "body", None, 33, 5)],
    categories=cats(),
    notes="Procedure note for EUS-guided fiducial placement (3 gold markers) by GI, order set, CBCT shift "
          "log with 5 fractions of 6.6 Gy = 33 Gy, discharge instructions. Vessel boost 'SIB 40 Gy' was "
          "considered and not planned. Duodenum D0.5cc 32.9 Gy next to 33 Gy.",
    docs=[
        Doc("1_eus_fiducials.txt", text=f"""
{_b} - ENDOSCOPY PROCEDURE NOTE
{patient(8)}  {mrn(8)}  10/02/2026
Procedure: EUS with placement of fiducial markers for radiotherapy. Sedation: MAC, propofol (anaesthesia: D. Hurley MD).
Findings: 3.1 cm hypoechoic mass in the pancreatic head abutting the SMV; SMA clear.
Three 0.35 x 10 mm gold fiducials placed in and around the tumour using a 22 G needle. No bleeding.
Endoscopist: A. Szymanski MD.
{FOOT}
"""),
        Doc("2_order_set.txt", text=f"""
{_b}  RAD ONC ORDER SET - PANCREAS SBRT       Printed by: tnguyen 11/12/2026   Page 1 of 1
{patient(8)}  {mrn(8)}
Rx ORDER: SBRT pancreatic head (borderline resectable, after mFOLFIRINOX x 6)
          PTV 33 Gy / 5 fx (6.6 Gy/fx), TrueBeam, VMAT 2 arcs 10X-FFF, Eclipse   STATUS: COMPLETED 10/30/2026
          Optional SIB to tumour-vessel interface 40 Gy / 5 -- DISCONTINUED 10/14 (not planned, duodenal proximity)
SIM:      CT simulation with IV contrast, 4D, BodyFIX vacuum bag + abdominal compression belt   COMPLETED 10/09/2026
IMAGING:  MRI abdomen pancreas protocol for fusion   COMPLETED 10/08/2026
IGRT:     daily CBCT, match to fiducials, tolerance 3 mm   ACTIVE -> COMPLETED
MD: C. Abernathy-Nwosu MD
{FOOT}
"""),
        Doc("3_cbct_log.txt", text=f"""
{_b} - CBCT SHIFT LOG   {patient(8)}  {mrn(8)}   match: fiducials (3) + soft tissue
Fx  Date        Lat mm  Long mm  Vert mm  Rot deg  Repeat CBCT  Dose
1   10/22/2026  -2.1    +4.6     -1.0     0.8      yes (post-shift 0.9 mm)  6.6 Gy
2   10/24/2026  -1.4    +3.2     -0.6     0.5      no                       6.6 Gy
3   10/26/2026  -2.6    +5.1     -1.3     1.1      yes                      6.6 Gy
4   10/28/2026  -0.9    +2.7     -0.4     0.3      no                       6.6 Gy
5   10/30/2026  -1.8    +3.9     -0.8     0.6      no                       6.6 Gy
Cumulative: 33.0 Gy / 5 fx.  Duodenum D0.5cc (plan) 32.9 Gy; stomach D0.5cc 30.8 Gy.
{FOOT}
"""),
        Doc("4_discharge_instructions.pdf", [[
            H1("After Your Treatment: Discharge Instructions"),
            P("You have finished your 5 stereotactic (SBRT) treatments to the pancreas. The tiny gold markers placed "
              "during your endoscopy stay in your body and are harmless."),
            P("Take pantoprazole 40 mg daily for 4 weeks. Call us for black stools, vomiting blood, fever over 38.5 C "
              "or pain not controlled by your medicines. Your next CT scan is in 6 weeks."),
            sig("J. Morrow RN 10/30/2026"),
        ]], opts=dict(header=[_b, f"{patient(8)}  MRN {mrn(8)}"], font="Times-Roman")),
    ])

# b17_09 -- bundle: CyberKnife prostate, fiducials, SpaceOAR, G-codes ------------------------------------------
_b = "WINTERBOURNE UROLOGIC ONCOLOGY & CYBERKNIFE"
add(name="b17_09", kind="bundle", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Fiducial/SpaceOAR procedure note (4 gold seeds; the hydrogel spacer is not an immobilization "
          "device), physics second check and a CyberKnife delivery log, 7.25 Gy x 5 = 36.25 Gy, fiducial "
          "tracking with intrafraction kV. Rectum Dmax 36.0 Gy next to the Rx; 'urethra 2% Dmax 38.1 Gy'; a "
          "40 Gy DIL boost mentioned in the consult was not given.",
    docs=[
        Doc("1_fiducial_spacer_procedure.txt", text=f"""
{_b} - PROCEDURE NOTE
{patient(9)}  {mrn(9)}  DOS 09/08/2026
Transperineal placement of 4 gold fiducial markers (1.0 x 3 mm) under TRUS guidance, and SpaceOAR Vue hydrogel injection (10 mL) in the perirectal space. Local anaesthesia: 1% lidocaine 20 mL perineal block; oral diazepam 5 mg. Markers at right base, left base, right apex, left mid-gland. No complications.
Urologist: H. Benedetti MD
{FOOT}
"""),
        Doc("2_second_check.txt", text=f"""
{_b} - PHYSICS PLAN SECOND CHECK
{patient(9)}  {mrn(9)}  Plan PROS_SBRT_v2 (Accuray Precision 3.3, VOLO optimizer)
Rx: 3625 cGy / 5 fx to PTV (prostate + 3 mm, 2 mm posterior), 84% IDL, 7.25 Gy/fx
Note: focal DIL boost to 40 Gy (consult 08/20) NOT included in the approved plan.
Imaging: CT sim 09/15/2026 (1.5 mm) fused with MRI prostate 09/15/2026 (T2 axial, 2 mm)
Beams 164, nodes 98, total MU 32,870; independent MU check (ClearCalc): -1.4%
Rectum Dmax 36.0 Gy (limit 38.06), bladder Dmax 37.9 Gy, urethra D10% 38.1 Gy
PSQA: film gamma 3%/1 mm 96.2% pass; chamber +0.8%
Physicist: Y. Al-Masri MS DABR  09/22/2026
{FOOT}
"""),
        Doc("3_delivery_log.pdf", [[
            H1("CyberKnife Delivery Log"),
            P("Tracking: fiducial tracking (4 seeds, 4/4 tracked), kV image pairs every 45 s. "
              "Patient supine on the treatment couch with a standard headrest; no vacuum cushion or body frame."),
            RuledTable([("Fx", "Date", "Seeds", "Max corr mm", "Beam-on min", "Dose"),
                        ("1", "09/28/2026", "4/4", "2.1", "38", "7.25 Gy"),
                        ("2", "09/30/2026", "4/4", "1.6", "36", "7.25 Gy"),
                        ("3", "10/02/2026", "4/4", "2.8", "41", "7.25 Gy"),
                        ("4", "10/05/2026", "4/4", "1.9", "37", "7.25 Gy"),
                        ("5", "10/07/2026", "4/4", "1.2", "35", "7.25 Gy")]),
            P("Course complete: 36.25 Gy in 5 fractions to the prostate."),
            sig("Lucian Ferreira-Quist, MD 10/07/2026"),
        ]], opts=dict(header=[_b, f"{patient(9)}   {mrn(9)}"])),
    ])

# b17_10 -- PDF: CyberKnife liver with fiducials and Synchrony, physics + flowsheet, 15 Gy x 3 ------------------
_b = "FENWICK MEMORIAL HOSPITAL - STEREOTACTIC SERVICES"
add(name="b17_10", kind="pdf", codes=["77373", "77435"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment VII lesion", "body", None, 45, 3)],
    categories=cats(),
    notes="CyberKnife liver 15 Gy x 3 = 45 Gy with 3 fiducials and Synchrony respiratory tracking; "
          "Vac-Lok cushion. Prior TACE and a prior 2025 SBRT to segment IVa (50 Gy/5, other site) are "
          "history. QA page with gamma %. Claimed 77373 on a robotic linac: consistent by CPT rules.",
    docs=[Doc("b17_10.pdf", [
        [H1("Stereotactic Body Treatment Record - CyberKnife (Liver)"),
         KeyValue([("Diagnosis", "C22.0 hepatocellular carcinoma, segment VII, 2.7 cm; Child-Pugh A6"),
                   ("History", "TACE x2 (2024); CyberKnife SBRT segment IVa 50 Gy / 5 fx 06/2025 - controlled"),
                   ("Fiducials", "3 gold markers placed percutaneously by IR 10/01/2026 (2 usable + 1 migrated)"),
                   ("Immobilization", "Vac-Lok cushion, arms down, Synchrony vest with 3 LED markers"),
                   ("Planning imaging", "Triple-phase CT sim exhale 10/08/2026 + MRI liver (Eovist) 10/07/2026"),
                   ("Prescription", "45 Gy in 3 fractions (15 Gy/fx) to 70% IDL, PTV = GTV + 4 mm"),
                   ("Plan", "Precision 3.2, fixed cones 15/20 mm, 178 beams")]),
         RuledTable([("Fx", "Date", "Synchrony model error", "Fiducials tracked", "Delivered"),
                     ("1", "10/19/2026", "1.8 mm", "2/3", "15 Gy"),
                     ("2", "10/21/2026", "2.2 mm", "2/3", "15 Gy"),
                     ("3", "10/23/2026", "1.6 mm", "2/3", "15 Gy")]),
         P("Total 45 Gy / 3 fx delivered to segment VII. Liver minus GTV: 700 cc received < 15 Gy (constraint 700 cc < 17.1 Gy). "
           "Duodenum Dmax 15.2 Gy. Stomach Dmax 14.8 Gy."),
         sig("Dorothea Kleinschmidt, MD 10/23/2026")],
        [H1("Patient-Specific QA"),
         P("Plan LIV_S7_v1. Gamma 2%/2 mm 98.9%; chamber point dose -1.1%. Synchrony phantom test 10/15/2026 passed (0.7 mm)."),
         sig("Ravi Oduya-Patel, PhD 10/16/2026")],
    ], opts=dict(header=[_b, f"{patient(10)}   MRN {mrn(10)}   DOB 12/09/1950"]))])

# b17_11 -- plain text: lung SBRT single fraction, order set + treatment-day flowsheet ------------------------
_b = "GREYSTONE VALLEY ONCOLOGY - MOSAIQ EXPORT"
add(name="b17_11", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 1, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe peripheral nodule", "body", None, 34, 1)],
    categories=cats(),
    notes="MOSAIQ export: order (34 Gy x 1 to a peripheral RUL nodule, status COMPLETED), 4D CT sim in a "
          "BodyFIX bag and a PET/CT for planning, treatment-day flowsheet with CBCT shifts. An earlier order "
          "for 54 Gy/3 was DISCONTINUED (changed to single fraction). Chest wall D30cc 29.6 Gy; 'T1a' stage.",
    docs=[Doc("b17_11.txt", text=f"""
{_b}
{patient(11)}   ID {mrn(11)}   DOB 02/17/1944        Printed by: rkowalczyk  12/01/2026 10:44
========================================================================================
RX / ORDERS
  RX-1   SBRT RUL  5400 cGy / 3 fx  (1800 cGy/fx)          DISCONTINUED 10/30/2026
         reason: peripheral location > 2 cm from chest wall; changed to single fraction per RTOG 0915 arm
  RX-2   SBRT RUL  3400 cGy / 1 fx                          COMPLETED   11/09/2026
         site: RUL peripheral nodule (cT1aN0M0 adenocarcinoma, 1.4 cm)
         technique: VMAT 2 partial arcs, 6X-FFF, Versa HD, Monaco 6; Rx to PTV (ITV + 5 mm), 80% IDL
  SIM    4D-CT simulation, BodyFIX vacuum bag + wing board, arms up   COMPLETED 10/28/2026
  IMG    PET/CT (planning position) fused for ITV                    COMPLETED 10/27/2026
  IMG    MRI brain staging                                           CANCELLED (patient declined)

TREATMENT-DAY FLOWSHEET  11/09/2026
  07:30  Time-out (2 identifiers, site RUL, Rx 3400 cGy x1) - RTT L. Amadi, RTT P. Gorski, MD S. Whitcombe
  07:36  CBCT #1: shifts LAT +3.1 mm, LNG -4.4 mm, VRT +1.9 mm; tumour within ITV on all phases
  07:44  CBCT #2 after shift: residual < 1 mm; MD approved
  07:46-07:58  beam on arcs 1-2, 3400 cGy delivered
  08:03  CBCT #3 post-treatment: nodule within PTV
  Fraction 1 of 1 - COURSE COMPLETE   cumulative 3400 cGy

DOSE SUMMARY: PTV D95 3400 cGy; chest wall D30cc 29.6 Gy; ribs Dmax 33.1 Gy; cord Dmax 6.9 Gy; lung V20 2.8%
{FOOT}
"""),
    ])

# b17_12 -- bundle: spine SBRT two levels, IGRT table, time-out, charge page -------------------------------------
_b = "ASHCOMBE SPINE & RADIOSURGERY CENTER"
add(name="b17_12", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T8 vertebral body", "spinal", None, 24, 2), L("L2 vertebral body", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Spine SBRT 12 Gy x 2 = 24 Gy to T8 and L2 on a Novalis/TrueBeam with ExacTrac, BodyFIX. "
          "Charge-capture lists 63621 x2 (only one additional lesion is documented). T6 kyphoplasty is "
          "history; 'L2 nerve root' and a T12 haemangioma are not targets. Cord PRV 13.9 Gy vs 12 Gy Rx.",
    docs=[
        Doc("1_timeout.txt", text=f"""
{_b} - TIME-OUT CHECKLIST (therapy)   {patient(12)}  {mrn(12)}
Date 11/16/2026 (fx 1) and 11/18/2026 (fx 2)
[x] two identifiers   [x] consent on chart   [x] levels verified on CBCT: T8 and L2 (count from C2 and from sacrum)
[x] Rx 12 Gy x 2 per level   [x] BodyFIX double vacuum, arms on chest   [x] physics present for fx 1
NB: T12 haemangioma (incidental) - NOT a target. Prior T6 kyphoplasty 2025 (cement visible).
Initials: RTT BQ, RTT NL, MD OA, physics ZV
{FOOT}
"""),
        Doc("2_treatment_record.pdf", [[
            H1("Spine Radiosurgery Treatment Record"),
            KeyValue([("Machine", "TrueBeam STx with ExacTrac Dynamic, 6X-FFF"),
                      ("Plan", "Eclipse 16.1, 2 plans (T8 iso, L2 iso), 9-field IMRT each"),
                      ("Imaging for planning", "CT sim 1 mm 11/09/2026; MRI T-L spine T1/T2/post-gad 11/06/2026 fused"),
                      ("Prescription", "T8: 24 Gy / 2 fx to PTV (D90), GTV+CTV per ISRC;  L2: 24 Gy / 2 fx")]),
            RuledTable([("Fx", "Date", "Level", "CBCT shift (mm)", "ExacTrac intrafx", "Dose"),
                        ("1", "11/16/2026", "T8", "1.4 / 0.6 / 0.9", "0.4 mm", "12 Gy"),
                        ("1", "11/16/2026", "L2", "0.8 / 1.1 / 0.3", "0.3 mm", "12 Gy"),
                        ("2", "11/18/2026", "T8", "1.1 / 0.4 / 0.7", "0.5 mm", "12 Gy"),
                        ("2", "11/18/2026", "L2", "0.9 / 0.7 / 0.2", "0.2 mm", "12 Gy")]),
            P("Cord PRV Dmax 13.9 Gy/2 fx (T8 plan), cauda equina Dmax 15.8 Gy (L2). Left L2 nerve root receives 19.1 Gy. "
              "Both levels complete: T8 24 Gy / 2 fx; L2 24 Gy / 2 fx."),
            sig("Olamide Achterberg, MD 11/18/2026"),
        ]], opts=dict(header=[_b, f"{patient(12)}   MRN {mrn(12)}"])),
        Doc("3_charge_capture.txt", text=f"""
{_b} - CHARGE CAPTURE BATCH 2026-11-18
{patient(12)}  {mrn(12)}
77373 x2   (per fraction)
77435 x1
63620 x1   T8
63621 x2   L2, ?T12   <- coder query pending
77334 x1   BodyFIX
Entered by: charge poster. These entries are not documentation.
{FOOT}
"""),
    ])

# b17_13 -- bundle: oligoprogression after an earlier lung SBRT, new left lower lobe nodule ---------------------
_b = "NORTHGATE THORACIC RADIATION"
add(name="b17_13", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT"], ["body_immobilization"]),
    lesions=[L("left lower lobe oligoprogressive nodule", "body", None, 50, 5)],
    categories=cats(),
    notes="Oligoprogression: a 2024 SBRT to the right upper lobe (48 Gy/4, prior course with its own dates) "
          "and now a new left lower lobe nodule, 10 Gy x 5 = 50 Gy. Order set, IGRT log, and a late entry "
          "that corrects fraction 3's date. Prior-course numbers (48 Gy, 4 fx, RUL) must not be counted.",
    docs=[
        Doc("1_order_history.txt", text=f"""
{_b} - ORDER HISTORY   {patient(13)}   {mrn(13)}   Printed by: hfinch  11/27/2026   Page 1 of 2
COURSE 1 (2024) - for reference only
  SBRT RUL 48 Gy / 4 fx (12 Gy/fx)       COMPLETED 05/17/2024   (local control on PET 10/2026)
COURSE 2 (2026)
  SBRT LLL 50 Gy / 5 fx (10 Gy/fx)       ORDERED 10/29/2026 -> COMPLETED 11/24/2026
      technique VMAT 2 arcs, 6X, TrueBeam, Eclipse; Rx 80% IDL to PTV (ITV + 5 mm)
  4D-CT simulation, Vac-Lok + knee wedge  COMPLETED 11/02/2026
  PET/CT restaging                       COMPLETED 10/20/2026 (diagnostic, outside facility; NOT used for planning)
  Osimertinib continue                   ACTIVE
{FOOT}
"""),
        Doc("2_igrt_log.txt", text=f"""
{_b} - DAILY IGRT LOG (CBCT)   {patient(13)}   {mrn(13)}   course 2, LLL   Page 2 of 2
Fx  Date        Lat   Long  Vert  (mm)  Tumour in ITV   Dose    RTT
1   11/16/2026  +2.4  -3.1  +1.2        yes             10 Gy   CS/MB
2   11/18/2026  +1.9  -2.6  +0.8        yes             10 Gy   CS/MB
3   11/19/2026  +2.8  -3.9  +1.5        yes             10 Gy   MB/AL
4   11/22/2026  +2.1  -2.2  +0.9        yes             10 Gy   CS/AL
5   11/24/2026  +1.6  -2.9  +1.1        yes             10 Gy   CS/MB
Course total 50 Gy / 5 fx to LLL nodule. Rib Dmax 49.2 Gy; heart Dmax 21.6 Gy.

LATE ENTRY 11/25/2026 08:15 by C. Sorensen RTT: Fx 3 was delivered 11/20/2026, not 11/19/2026 (machine down 11/19). Entry corrected; dose unchanged.
Co-signature: P. Haldane-Rossi MD 11/25/2026
{FOOT}
"""),
    ])

# ==================================================================================================
# Self-contradicting charts
# ==================================================================================================

# b17_14 -- bundle: right kidney SBRT, order says 40 Gy / 5 COMPLETED, record shows 14 Gy x 3 ---------------
_b = "CALDERWOOD HEALTH SYSTEM - RADIATION ONCOLOGY"
add(name="b17_14", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("right kidney primary", "body", None, 42, 3)],
    categories=cats(),
    contradiction="The order set shows 'SBRT R kidney 40 Gy / 5 fx (8 Gy/fx)' with status COMPLETED and no "
                  "modification, but the treatment flowsheet and the physics weekly check record three "
                  "fractions of 14 Gy (42 Gy / 3) on three dates.",
    notes="Self-contradiction between an order and the delivery record: order 40 Gy/5 COMPLETED vs "
          "flowsheet and physics check 14 Gy x 3 = 42 Gy. Gold follows the delivery record (42 Gy / 3). "
          "Renal cell carcinoma, 4.1 cm, medically inoperable; CT sim with contrast + MRI, BodyFIX with "
          "abdominal compression, daily CBCT.",
    docs=[
        Doc("1_orders.txt", text=f"""
{_b}   ACTIVE & COMPLETED ORDERS   Printed by: vmaitland 11/24/2026 16:20   Page 1 of 1
{patient(14)}   MRN {mrn(14)}
- Radiation treatment: SBRT R kidney 40 Gy / 5 fx (8 Gy/fx), VMAT, 6X-FFF ....... COMPLETED 11/13/2026   (A. Fairbanks-Odum MD)
- CT simulation abdomen with IV contrast, BodyFIX + compression plate ........... COMPLETED 10/26/2026
- MRI abdomen (renal protocol) for planning fusion .............................. COMPLETED 10/22/2026
- Renal function panel weekly ..................................................... COMPLETED
{FOOT}
"""),
        Doc("2_flowsheet.pdf", [[
            H1("Radiation Treatment Flowsheet"),
            KeyValue([("Site", "R kidney (upper pole RCC 4.1 cm)"), ("Machine", "TrueBeam #1"),
                      ("Plan", "RKID_SBRT_3fx, Eclipse 16.1, VMAT 2 arcs, PTV = GTV + 5 mm, Rx to 80% IDL"),
                      ("IGRT", "CBCT daily, soft-tissue match, compression plate")]),
            RuledTable([("Fx", "Date", "Daily dose (cGy)", "Cumulative (cGy)", "CBCT shift (mm)", "RTT"),
                        ("1", "11/09/2026", "1400", "1400", "2.2/1.8/3.4", "GH/MK"),
                        ("2", "11/11/2026", "1400", "2800", "1.6/2.0/2.9", "GH/MK"),
                        ("3", "11/13/2026", "1400", "4200", "2.4/1.2/3.1", "MK/SP")]),
            P("Course complete 11/13/2026."),
            sig("A. Fairbanks-Odum, MD 11/13/2026"),
        ]], opts=dict(header=[_b, f"{patient(14)}   MRN {mrn(14)}"])),
        Doc("3_physics_check.txt", text=f"""
{_b} - PHYSICS WEEKLY CHART CHECK
{patient(14)}  {mrn(14)}   Plan RKID_SBRT_3fx   Rx 4200 cGy / 3 fx
Fractions delivered to date: 3 of 3.  Delivered dose matches plan (record-and-verify).  Independent MU check at plan approval: +1.2%.
Bowel Dmax 24.8 Gy; duodenum not near PTV; L kidney mean 2.1 Gy.
Physicist: B. Ostrowski MS  11/13/2026
{FOOT}
"""),
    ])

# b17_15 -- bundle: linac FSRT 9 Gy x 3 to a large frontal metastasis; QA report states 8 Gy x 3 ----------------
_b = "LINDENHURST NEURO-ONCOLOGY PROGRAM"
add(name="b17_15", kind="bundle", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal metastasis", "cranial", C, 27, 3)],
    categories=cats(),
    contradiction="The prescription order, the treatment record and the summary give 9 Gy x 3 = 27 Gy, but the "
                  "patient-specific QA report for the same plan states 'Rx 800 cGy x 3 = 2400 cGy'.",
    notes="Plan dose vs QA dose: the PSQA report header says 8 Gy x 3 = 24 Gy; order (COMPLETED), "
          "record and summary say 9 Gy x 3 = 27 Gy (gold 27 Gy / 3). Right frontal metastasis 3.8 cm "
          "(complex by size). Edge with SRS mask, CT sim + MRI. A co-signature block signed the next day.",
    docs=[
        Doc("1_rx_order.txt", text=f"""
{_b} - RADIATION PRESCRIPTION ORDER   {patient(15)}   {mrn(15)}
Order: Fractionated SRS, R frontal metastasis (3.8 x 3.2 x 3.0 cm, breast primary), 27 Gy in 3 fractions (900 cGy/fx) to PTV = GTV + 1 mm, 80% IDL
Machine: Varian Edge, 6X-FFF, 5 VMAT arcs, Eclipse 16.1    Immobilization: Q-Fix SRS mask with mouth bite
Status: COMPLETED 10/16/2026      Signed: M. Adebayo-Strand MD 10/05/2026
Simulation: CT 1 mm 10/02/2026 COMPLETED; MRI brain volumetric post-contrast 10/01/2026 COMPLETED (fused)
{FOOT}
"""),
        Doc("2_psqa.txt", text=f"""
{_b} - PATIENT-SPECIFIC QA   Plan RFRONT_FSRT   {patient(15)}   {mrn(15)}
Rx (as entered on QA request): 800 cGy x 3 = 2400 cGy
Device: SRS MapCHECK + StereoPHAN   gamma 2%/1 mm: 98.1% (threshold 95%)   point dose: -0.9%
Result PASS   Physicist: J. Whitlock-Amoah MS   10/08/2026
{FOOT}
"""),
        Doc("3_treatment_record.pdf", [[
            H1("Cranial Stereotactic Treatment Record"),
            RuledTable([("Fx", "Date", "Dose", "CBCT 6DoF shift", "Time-out", "RTT"),
                        ("1", "10/12/2026", "9 Gy", "0.7 mm / 0.4 deg", "done", "SV"),
                        ("2", "10/14/2026", "9 Gy", "0.5 mm / 0.3 deg", "done", "SV"),
                        ("3", "10/16/2026", "9 Gy", "0.8 mm / 0.5 deg", "done", "DK")]),
            P("Summary: right frontal metastasis treated to 27 Gy in 3 fractions, completed 10/16/2026 without "
              "interruption. Brainstem Dmax 4.1 Gy, optic chiasm Dmax 3.3 Gy, brain V21Gy 18.2 cc."),
            sig("Maren Adebayo-Strand, MD 10/16/2026"),
            P("Co-signature: resident note reviewed and agreed. T. Quarshie, MD (attending) 10/17/2026 07:58"),
        ]], opts=dict(header=[_b, f"{patient(15)}   MRN {mrn(15)}"], font="Times-Roman")),
    ])

# ==================================================================================================
# Hard negatives and near-misses
# ==================================================================================================

# b17_16 -- plain text: CyberKnife spine orders all discontinued before any fraction ------------------------
_b = "HARTWELL MEDICAL CENTER - ORDERS REVIEW"
add(name="b17_16", kind="ehr_text", codes=["G0339", "77435", "63620"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: an order set for CyberKnife spine SBRT (L3, 24 Gy / 2) with CT/MRI sim completed, "
          "then every treatment order DISCONTINUED after an admission with cauda equina compression and "
          "emergency decompression; post-operative conventional RT to be planned separately. No fraction "
          "given, nothing delivered: every code inconsistent.",
    docs=[Doc("b17_16.txt", text=f"""
{_b}
{patient(16)}   MRN {mrn(16)}   Printed by: acoyle 11/20/2026 11:31   Page 1 of 1
STATUS KEY: O=ordered  M=modified  D=discontinued  C=completed

C  10/29/2026  CT simulation lumbar spine, Vac-Lok cushion                 K. Delacroix-Ng MD
C  10/28/2026  MRI L-spine with/without contrast (planning)                  K. Delacroix-Ng MD
O  10/29/2026  CyberKnife SBRT L3 vertebral metastasis 24 Gy / 2 fx (12 Gy/fx), Xsight spine tracking
M  11/02/2026  -> start date moved 11/04 -> 11/09 (insurance authorization)
D  11/06/2026  -> DISCONTINUED: admitted 11/05 with cauda equina syndrome; L3-L4 decompression 11/06 (neurosurgery). No fractions given.
D  11/06/2026  Physics: plan LSPINE_L3 v1 - QA not performed, plan retired
D  11/06/2026  Dexamethasone pre-medication for SBRT
O  11/18/2026  Consult radiation oncology inpatient: post-op conventional RT (to be planned, 20 Gy/5 or 30 Gy/10)

Charge review: no radiation treatment charges for this encounter. Simulation charges only.
{FOOT}
"""),
    ])

# b17_17 -- bundle: physics-only (second check + PSQA) for a lung SBRT plan; no treatment record -----------------
_b = "SALTMARSH COMMUNITY HOSPITAL - MEDICAL PHYSICS"
add(name="b17_17", kind="bundle", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a physics-only bundle (independent MU second check and a patient-specific QA "
          "report) for a planned left upper lobe SBRT 50 Gy / 5. There is no order status, no treatment "
          "record, no fraction date and no delivered dose: nothing delivered is documented.",
    docs=[
        Doc("1_second_check.txt", text=f"""
{_b} - INDEPENDENT DOSE CALCULATION (SECOND CHECK)
{patient(17)}   {mrn(17)}   Plan LUL_SBRT_v1  (TrueBeam 6X-FFF, 2 VMAT arcs, Eclipse 16.1)
Planned prescription: 5000 cGy in 5 fractions to PTV
Arc1 TPS 1,642 MU vs Mobius3D 1,618 MU (-1.5%); Arc2 TPS 1,588 MU vs 1,601 MU (+0.8%)
PTV mean dose difference: -0.6%   Result: within tolerance
Physicist: E. Vantongeren MS   11/19/2026
{FOOT}
"""),
        Doc("2_psqa.pdf", [[
            H1("Patient-Specific QA Report"),
            KeyValue([("Plan", "LUL_SBRT_v1"), ("Device", "ArcCHECK with central ion chamber"),
                      ("Gamma 3%/2 mm", "99.3% passing (criterion 95%)"), ("Gamma 2%/2 mm", "97.0%"),
                      ("Point dose", "measured 1004.1 cGy vs calculated 998.6 cGy (+0.6%)"),
                      ("Result", "PASS - cleared for treatment")]),
            sig("Elke Vantongeren, MS 11/20/2026"),
        ]], opts=dict(header=[_b, f"{patient(17)}   MRN {mrn(17)}"])),
    ])

# b17_18 -- bundle: conventional palliative 39 Gy / 13 to a left hilar mass, claimed as SBRT ----------------
_b = "ROOKSBY GENERAL - RADIATION THERAPY"
add(name="b17_18", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 13, ["CT"], ["body_immobilization"]),
    lesions=[L("left hilar mass", "body", None, 39, 13)],
    categories=cats(),
    notes="Near-miss: a conventional palliative course, 3 Gy x 13 = 39 Gy, 3D conformal AP/PA on a "
          "Halcyon with a wing board, CT sim, daily kV. The order set first had 'SBRT 50 Gy/5' (discontinued: "
          "central tumour). 13 fractions: SBRT codes inconsistent, no delivery code.",
    docs=[
        Doc("1_orders.txt", text=f"""
{_b}  ORDERS   {patient(18)}  {mrn(18)}   Printed by: omensah 11/26/2026
[D] SBRT L hilum 50 Gy / 5 fx               discontinued 11/02/2026 - ultracentral, bronchus invaded; switch to palliative
[C] Palliative RT L hilum 39 Gy / 13 fx (3 Gy/fx), AP/PA 3D-CRT, 6X   completed 11/25/2026
[C] CT simulation chest, wing board, arms up    completed 11/03/2026
[C] Daily kV imaging                            completed
{FOOT}
"""),
        Doc("2_treatment_summary.txt", text=f"""
{_b} - TREATMENT SUMMARY (therapy-generated)   {patient(18)}  {mrn(18)}
Site: L hilar mass (squamous NSCLC, haemoptysis)   Machine: Halcyon 3.0   Technique: 3D-CRT AP/PA, Eclipse, PTV = GTV + 1.5 cm
Fractions delivered: 13 of 13   11/06/2026 - 11/25/2026   Daily 300 cGy   Total 3900 cGy
Imaging: daily kV/kV match to bony anatomy; MV weekly. Haemoptysis resolved by fraction 6.
Physician: B. Kettleworth MD  11/25/2026
{FOOT}
"""),
    ])

# b17_19 -- bundle: simulation done, plan approved, never delivered ------------------------------------------
_b = "VALEMOUNT CANCER CARE"
add(name="b17_19", kind="bundle", codes=["77372", "77432", "61796"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: CT simulation with an SRS mask and a planning MRI done, a single-fraction SRS plan "
          "for two metastases (20 Gy each) approved and a second check done, then the treatment was "
          "cancelled (patient admitted with sepsis, transitioned to hospice). No fraction delivered.",
    docs=[
        Doc("1_sim_note.txt", text=f"""
{_b} - CT SIMULATION NOTE (therapist)   {patient(19)}   {mrn(19)}   10/30/2026
Encompass SRS mask made, CT head 1 mm with contrast acquired; fused with MRI brain SRS protocol (10/29/2026).
Targets for planning: R frontal 1.2 cm, L cerebellar 0.9 cm. Planned SRS 20 Gy x 1 each, TrueBeam HyperArc.
RTT: S. Okonjo
{FOOT}
"""),
        Doc("2_plan_check.txt", text=f"""
{_b} - PHYSICS PLAN CHECK   {patient(19)}   {mrn(19)}
Plan BRAIN_2MET_HA approved 11/03/2026: 2000 cGy x 1 to each PTV, 100% coverage 98.6% / 99.1%; independent MU check -0.8%. PSQA 99.0% (2%/1 mm).
Scheduled treatment date: 11/05/2026.
Physicist: I. Romanelli PhD
{FOOT}
"""),
        Doc("3_cancellation.pdf", [[
            H1("Treatment Cancellation / Order Discontinuation"),
            P("Radiosurgery scheduled 11/05/2026 was cancelled. The patient was admitted on 11/04/2026 with "
              "urosepsis and after a family meeting elected comfort-focused care with hospice. The SRS order is "
              "discontinued; no treatment was delivered. Mask stored for 30 days then discarded."),
            sig("Hollis Brandvold, MD 11/09/2026"),
        ]], opts=dict(header=[_b, f"{patient(19)}   MRN {mrn(19)}"])),
    ])

# ==================================================================================================
# Gamma Knife Icon with a mask, 3 fractions
# ==================================================================================================

# b17_20 -- bundle: GK Icon mask, parasellar meningioma 7 Gy x 3, IFMM motion log, frame code claimed --------
_b = "SOUTHWARK HEIGHTS RADIOSURGERY"
add(name="b17_20", kind="bundle", codes=["77373", "77435", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 3, ["MRI"], ["mask"]),
    lesions=[L("left parasellar meningioma", "cranial", C, 21, 3)],
    categories=cats(),
    notes="Gamma Knife Icon with a thermoplastic mask and IFMM (intra-fraction motion) log, 7 Gy x 3 = 21 Gy "
          "at 50% to a left parasellar / cavernous-sinus meningioma 2 mm from the optic chiasm (complex). "
          "Planning MRI only; Icon CBCT is image guidance. A frame was considered in the order set and "
          "discontinued: 61800 inconsistent.",
    docs=[
        Doc("1_orders.txt", text=f"""
{_b}  ORDER LIST   {patient(20)}   {mrn(20)}   Printed by: pwhitfield 11/27/2026   Page 1 of 1
C  MRI brain stereotactic protocol (T1+C 1 mm, CISS)      11/10/2026
D  Leksell frame placement                               discontinued 11/12 - fractionated mask approach chosen
C  Icon mask fabrication + nose marker                   11/12/2026
C  GK Icon fractionated SRS L parasellar meningioma 21 Gy / 3 fx (7 Gy/fx) @ 50% IDL    completed 11/19/2026
D  CT head for planning                                  discontinued - MRI + CBCT definition used
{FOOT}
"""),
        Doc("2_icon_motion_log.pdf", [[
            H1("Gamma Knife Icon - Fraction and IFMM Log"),
            KeyValue([("Plan", "GammaPlan 11.4, 18 shots, coverage 96%, selectivity 0.84, max 14 Gy/fx"),
                      ("Target", "L parasellar meningioma, cavernous sinus, 2.6 x 2.0 cm, 2 mm from chiasm; GTV = PTV contoured on T1+C MRI"),
                      ("Optic chiasm", "max 4.6 Gy/fx (13.8 Gy total)")]),
            RuledTable([("Fx", "Date", "CBCT co-reg (mm)", "IFMM threshold", "Pauses", "Delivered"),
                        ("1", "11/15/2026", "0.4", "1.5 mm", "1", "7 Gy"),
                        ("2", "11/17/2026", "0.3", "1.5 mm", "0", "7 Gy"),
                        ("3", "11/19/2026", "0.5", "1.5 mm", "2", "7 Gy")]),
            P("Total 21 Gy in 3 fractions to the 50% isodose. Treatment complete."),
            sig("Constance Mbeki-Harrow, MD / physics L. Petrakis 11/19/2026"),
        ]], opts=dict(header=[_b, f"{patient(20)}   MRN {mrn(20)}"])),
    ])


CORPUS = Corpus("blind_corpus17", "tests/blind_corpus17", CHARTS, pdf_options={"footer": FOOT, "font": "Helvetica"},
                hand_written=["README.md", "FIRST_RUN.md"])
