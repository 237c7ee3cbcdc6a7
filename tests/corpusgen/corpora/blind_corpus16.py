"""Sixteenth blind corpus, ``tests/blind_corpus16/`` (regenerate: ``python scripts/make_corpus.py blind_corpus16``).

Twenty courses as a hospital coding office receives them (held out: scored once, never tuned to): each
chart from a different invented clinic with its own letterhead and wording, mixing every format - invented
vendor printouts of plans and treatment records, dictated notes and letters, multi-document bundles of
PDFs and .txt files, plain-text EHR exports, scanned pages, two-column pages and checkbox forms. Hard
negatives: a consult that chose observation, a conventional 8-fraction lung course, a follow-up visit and a
cranial course stopped after its first fraction. Three charts contradict themselves (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (dictated and text documents are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import BulletList, ColumnBreak, KeyValue, RuledTable, Spacer, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ADELAIDE", "BARTHOLOMEW", "CLEMENTINE", "DORIAN", "ESMERALDA", "FITZGERALD", "GENEVIEVE", "HUMPHREY",
         "ISOLDE", "JEREMIAH", "KATHARINA", "LYSANDER", "MIRABEL", "NATHANIEL", "OCTAVIA", "PEREGRINE", "QUINCY",
         "ROSAMUND", "SILVESTER", "THEODORA"]


def patient(n: int) -> str:
    return f"SIXTEENPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-160{n:02d}"


def hdr(clinic: str, n: int, extra: str = "") -> list[str]:
    return [clinic, f"Patient: {patient(n)}    MRN: {mrn(n)}" + (f"    {extra}" if extra else "")]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Gamma Knife
# ==================================================================================================

# b16_01 -- bundle: consult + invented GammaPlan-style report + plain-text treatment record; six melanoma mets --
_c = "HOLLOWAY BASIN NEUROSCIENCE INSTITUTE - Radiosurgery Center"
add(name="b16_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 6, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right frontal pole", "cranial", S, 22, 1), L("left precentral gyrus", "cranial", S, 20, 1),
             L("right cerebellar hemisphere", "cranial", S, 20, 1), L("left occipital", "cranial", S, 20, 1),
             L("right caudate head", "cranial", S, 18, 1), L("left temporal", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Consult (PDF) + planning-station printout with a target table (PDF) + plain-text treatment record. "
          "Six melanoma metastases, all < 3.5 cm and none in the brainstem or near the optic apparatus; "
          "a seventh 1 mm left cerebellar punctate focus is explicitly not targeted (watch). Leksell frame "
          "(4 pins), stereotactic MRI + CT. Max doses 44/40/36 Gy and brainstem 11.9 Gy are not prescriptions. "
          "Consult mentions WBRT as an alternative not chosen.",
    docs=[
        Doc("1_consult.pdf", [[
            H1("Radiosurgery Consultation"),
            KeyValue([("Date of visit", "10/29/2026"), ("Referred by", "Dr. Imelda Rourke, Medical Oncology"),
                      ("Diagnosis", "C43.5 melanoma of trunk; C79.31 secondary malignant neoplasm of brain"),
                      ("KPS", "80"), ("Systemic therapy", "nivolumab + relatlimab, cycle 7")]),
            H2("History"),
            P("Mr. Sixteenpatient is a 61-year-old man with BRAF wild-type melanoma of the back, resected 2024, "
              "now with brain-only progression. Restaging MRI 10/22/2026 (outside, 1.5 T) shows six enhancing "
              "lesions, the largest 2.4 cm in the left temporal lobe, and an equivocal 1 mm punctate focus in "
              "the left cerebellum that may be vascular. Extracranial disease is stable on CT."),
            H2("Assessment and recommendation"),
            P("We discussed whole-brain radiotherapy and radiosurgery. Given six lesions with a total volume of "
              "about 9 cc, we recommend single-session Gamma Knife radiosurgery under a Leksell frame to all six. "
              "The punctate cerebellar focus will not be targeted; we will look at it again on the stereotactic "
              "MRI and at follow-up. Consent obtained for frame placement and radiosurgery."),
            sig("Thaddeus Vinterberg, MD, Neurosurgery 10/29/2026"),
        ]], opts=dict(header=hdr(_c, 1), font="Times-Roman")),
        Doc("2_plan_report.pdf", [[
            H1("LGK TREATMENT PLAN REPORT"),
            P("Plan: MELANOMA_6T_v2     Status: APPROVED     Unit: Leksell Gamma Knife Perfexion (192 sources)"),
            P("Planning system: Leksell GammaPlan 11.3     Stereotactic reference: Leksell G frame, MR/CT indicator boxes"),
            P("Image sets: MR T1 3D +Gd 1.0 mm (11/04/2026 07:40, stereotactic)  |  CT 1.0 mm (11/04/2026 08:05, stereotactic)  |  registration: frame-based, error 0.3 mm"),
            RuledTable([("Target", "Vol (cc)", "Max dim", "Shots", "Rx (Gy)", "IDL", "Max (Gy)", "Cov %"),
                        ("T1 R frontal pole", "0.11", "0.6 cm", "1", "22.0", "50%", "44.0", "99"),
                        ("T2 L precentral", "0.52", "1.1 cm", "3", "20.0", "50%", "40.0", "98"),
                        ("T3 R cerebellar hemisphere", "1.31", "1.4 cm", "5", "20.0", "50%", "40.0", "98"),
                        ("T4 L occipital", "0.36", "0.9 cm", "2", "20.0", "50%", "40.0", "99"),
                        ("T5 R caudate head", "0.07", "0.5 cm", "1", "18.0", "50%", "36.0", "100"),
                        ("T6 L temporal", "6.84", "2.4 cm", "14", "18.0", "50%", "36.0", "97")]),
            P("Risk structures: brainstem Dmax 11.9 Gy; optic chiasm Dmax 2.1 Gy; V12 (brain, all targets) 8.4 cc."),
            P("Not planned: left cerebellar punctate focus (1 mm) - not a target per MD."),
            P("Plan check: independent dose calculation and frame coordinate verification by physics, agreement within 1.5%."),
            sig("Lorna Feaghan, PhD, DABR (physics) 11/04/2026; T. Vinterberg MD; Asha Mukherjee-Stroud MD (radiation oncology)"),
        ]], opts=dict(header=hdr(_c, 1, "Printed 11/04/2026 10:52"), font="Courier")),
        Doc("3_treatment_record.txt", text=f"""
HOLLOWAY BASIN NEUROSCIENCE INSTITUTE / RADIOSURGERY CENTER
TREATMENT RECORD -- GAMMA KNIFE
PT {patient(1)}   MRN {mrn(1)}   DATE 11/04/2026

06:50  Frame application, Leksell G frame, 4 pins (2 frontal, 2 occipital), 1% lidocaine + 0.5% bupivacaine local. Tolerated well.
07:30  Stereotactic MRI with contrast. 08:00 stereotactic CT. Images to GammaPlan.
10:15  Plan approved (6 targets, see plan report). Physics QA complete, coordinates double-checked.
10:40  Treatment start. Run 1-6 delivered without interruption.
12:02  Treatment end. Total treatment time 78.4 min.
12:20  Frame removed; pin sites clean, dressed. Discharged 13:30 with wife.

DELIVERED (single session): R frontal pole 22 Gy, L precentral 20 Gy, R cerebellar hemisphere 20 Gy,
L occipital 20 Gy, R caudate head 18 Gy, L temporal 18 Gy, each to the 50% isodose.
Follow-up MRI 8 weeks. Continue immunotherapy.

RN: K. Obuya   Physicist: L. Feaghan   Attending: A. Mukherjee-Stroud MD / T. Vinterberg MD
{FOOT}
"""),
    ])

# b16_02 -- scanned checkbox form (150 dpi): Icon, mask, single session, two meningiomas ----------------------
_c = "SAINT ODILE MEDICAL CENTER - ICON STEREOTACTIC SERVICE"
add(name="b16_02", kind="scan", codes=["77371", "77432", "61798", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 2, 1, ["MRI"], ["mask"]),
    lesions=[L("right cavernous sinus meningioma", "cranial", C, 13, 1),
             L("left parasagittal convexity meningioma", "cranial", S, 14, 1)],
    categories=cats(),
    notes="Scanned (150 dpi) checkbox form: Gamma Knife Icon single session with a thermoplastic mask and "
          "IFMM tracking (frame box unticked), so 61800 is inconsistent. Two meningiomas: right cavernous "
          "sinus (parasellar, complex) 13 Gy and a left convexity one (simple, 1.7 cm) 14 Gy, both at 50%. "
          "Planning MRI only; 'Planning CT [ ]' left empty and CBCT is the stereotactic reference at the unit.",
    docs=[Doc("b16_02.pdf", [[
        H1("ICON RADIOSURGERY - SINGLE SESSION CHECKLIST"),
        P("Name: " + patient(2) + "     MRN: " + mrn(2) + "     Treatment date: 11/17/2026"),
        P("Indication:  [ ] metastasis  [X] meningioma  [ ] schwannoma  [ ] AVM  [ ] functional  [ ] other"),
        P("Fixation:    [ ] Leksell frame      [X] Icon thermoplastic mask + IFMM nose marker"),
        P("Imaging for planning:  [X] MRI T1+C 1 mm (11/16/2026)   [ ] Planning CT   [X] CBCT at unit (stereotactic reference)"),
        RuledTable([("#", "Target", "Size", "Rx dose", "IDL", "Shots", "Note"),
                    ("1", "R cavernous sinus meningioma", "2.1 x 1.6 cm", "13 Gy", "50%", "11", "optic chiasm 4 mm, Dmax 8.6 Gy"),
                    ("2", "L parasagittal convexity meningioma", "1.7 x 1.2 cm", "14 Gy", "50%", "6", "sinus patent")]),
        P("Sessions:  [X] 1 (single)   [ ] 3   [ ] 5        Plan: GammaPlan Lightning, 17 shots total"),
        P("IFMM threshold 1.5 mm:  [X] no gating events    CBCT vs plan: 0.4 mm / 0.3 deg   [X] physicist approved"),
        P("Delivered:  target 1: 13 Gy  [X]     target 2: 14 Gy  [X]     beam-on 52 min"),
        P("Comments: frame not used, pt claustrophobic about pins; mask tolerated. F/u MRI 6 mo."),
        sig("R. Dumont-Achebe MD / physicist G. Halloran MS 11/17/2026"),
    ]], opts=dict(header=hdr(_c, 2), scan=True, scan_dpi=150, font="Courier"))])

# b16_03 -- plain-text EHR export: GK frame, left thalamic AVM after embolization -----------------------------
_c = "MERIDIAN HEIGHTS UNIVERSITY HOSPITAL"
add(name="b16_03", kind="ehr_text", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["MRI", "angiography"], ["frame"]),
    lesions=[L("left thalamic AVM nidus", "cranial", C, 18, 1)],
    categories=cats(),
    notes="Plain-text EHR export (pipe-separated headings). Left thalamic AVM (complex), Spetzler-Martin III, "
          "prior Onyx embolization 2025 (history). 18 Gy to the 50% isodose, Leksell frame, stereotactic MRI "
          "and stereotactic DSA; stereotactic CT explicitly not obtained. Maximum 36 Gy and thalamus numbers "
          "are not doses of other lesions.",
    docs=[Doc("b16_03.txt", text=f"""
=== MHUH ENTERPRISE EHR | CLINICAL DOCUMENT EXPORT ===
DOC_TYPE|Procedure Note - Stereotactic Radiosurgery
PATIENT|{patient(3)}
MRN|{mrn(3)}
SERVICE_DATE|2026-10-20
AUTHOR|Benedikt Sarrazin-Oyelowo, MD (Neurosurgery)
COSIGNER|Hyacinth Palomares, MD (Radiation Oncology)
STATUS|Signed 2026-10-20 17:44

--- INDICATION ---
34-year-old right-handed woman with a left thalamic arteriovenous malformation that presented with intraventricular hemorrhage in 2024. Spetzler-Martin grade III (deep venous drainage, eloquent location, nidus 2.3 cm). Partial Onyx embolization of the posterior choroidal feeders on 2025-03-11 reduced the nidus by about 30 percent. Residual nidus deemed not resectable; radiosurgery recommended by the neurovascular conference.

--- PROCEDURE ---
Leksell stereotactic frame applied under local anesthesia with sedation (4 pins). Stereotactic MRI (3D T1 contrast, TOF) and stereotactic digital subtraction angiography (biplane, with fiducial box) were obtained and co-registered in GammaPlan. A stereotactic CT was not obtained (not required with DSA). The residual nidus (3.4 cc) was contoured on MRI and DSA by Dr. Sarrazin-Oyelowo and Dr. Palomares.

--- DOSE ---
Prescription 18 Gy to the 50% isodose line, 16 isocenters (4 and 8 mm collimators), coverage 96%. Maximum dose 36 Gy. 12 Gy volume 9.1 cc. Left optic tract 7.2 Gy max. Brainstem 9.8 Gy max.

--- VERIFICATION / DELIVERY ---
Frame coordinates verified against the plan by physics (N. Abernathy, MS) before treatment; second-check MU/time calculation within 1%. Leksell Gamma Knife Perfexion, single session, 64 minutes, no interruptions. Frame removed, no bleeding at pin sites.

--- SUMMARY ---
Left thalamic AVM residual nidus: 18 Gy in 1 session (50% IDL). Discharged same day. MRI at 6 and 12 months, DSA at 3 years to confirm obliteration.
{FOOT}
"""),
])


# ==================================================================================================
# Linac cranial
# ==================================================================================================

# b16_04 -- two-column plan-and-delivery summary; Edge single fraction, three lesions, text says "both" --------
_c = "CASTLE FORD CANCER PAVILION - Stereotactic Program"
add(name="b16_04", kind="pdf", codes=["77372", "77432", "61798", "61797", "61799"],
    facts=F("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal", "cranial", C, 15, 1), L("right parietal", "cranial", S, 20, 1),
             L("right temporal", "cranial", S, 20, 1)],
    categories=cats(),
    contradiction="The impression paragraph says radiosurgery was given to 'both lesions', but the target "
                  "table and the delivery log list three treated targets (left frontal, right parietal, right "
                  "temporal).",
    notes="Two-column summary page from an invented stereotactic program. Varian Edge single fraction to three "
          "lung-cancer metastases: left frontal 3.8 cm (complex by size) 15 Gy, right parietal and right "
          "temporal 20 Gy each. Encompass mask, CT sim + fused MRI. Impression paragraph says 'both lesions' "
          "(contradiction; gold follows the table and log: 3). 61799 inconsistent (only one complex lesion).",
    docs=[Doc("b16_04.pdf", [[
        H1("SRS PLAN & DELIVERY SUMMARY"),
        H2("Patient / course"),
        KeyValue([("Name", patient(4)), ("MRN", mrn(4)), ("Dx", "C34.11 NSCLC RUL, brain mets"),
                  ("Treatment date", "11/10/2026"), ("Unit", "Varian Edge, 6X-FFF")], value_x=80),
        H2("Simulation"),
        P("CT simulation 11/03/2026, 1 mm slices, Encompass SRS mask with mouth bite. MRI 3D T1 post-gadolinium "
          "11/02/2026 fused (rigid, Eclipse) for contouring."),
        ColumnBreak(),
        H2("Targets"),
        RuledTable([("Target", "Size", "Dose", "IDL"),
                    ("PTV L frontal", "3.8 cm", "15 Gy", "80%"),
                    ("PTV R parietal", "1.0 cm", "20 Gy", "80%"),
                    ("PTV R temporal", "0.7 cm", "20 Gy", "78%")]),
        P("Margins 1 mm GTV->PTV. Eclipse 16.1, HyperArc, 4 non-coplanar arcs, one isocenter. Brain-GTV V12 "
          "14.9 cc; brainstem Dmax 6.1 Gy; chiasm 1.9 Gy."),
        H2("QA"),
        P("Portal dosimetry 98.7% gamma (2%/1 mm). Second check RadCalc agreed within 2%."),
        H2("Delivery log"),
        TextTable([("Time", "Event"), ("08:10", "Mask on, CBCT, 6DoF shift 0.8 mm"),
                   ("08:22", "Arcs 1-4: L frontal, R parietal, R temporal"),
                   ("08:41", "Intrafraction CBCT 0.3 mm, OK"), ("08:49", "Complete")], columns=[0, 50]),
        H2("Impression"),
        P("Radiosurgery to both lesions delivered in a single fraction without complication. Decadron taper "
          "4 mg x 3 days. MRI in 6 weeks. Osimertinib to continue."),
        sig("Priyamvada Ekwueme, MD 11/10/2026; physics: J. Tasker, MS"),
    ]], opts=dict(header=hdr(_c, 4), two_columns=True, font="Helvetica"))])

# b16_05 -- bundle: post-op consult (txt) + Monaco-style plan report + completion note; cavity 30 Gy/5 --------
_c = "NORTHGATE RADIATION PARTNERS"
add(name="b16_05", kind="bundle", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal resection cavity", "cranial", S, 30, 5)],
    categories=cats(),
    notes="Bundle: consult as plain text, an invented plan-report printout and a completion note. Fractionated "
          "SRS to a left frontal resection cavity (2.8 cm, simple) 6 Gy x 5 = 30 Gy on an Elekta Versa HD "
          "with HexaPOD and a thermoplastic mask; CT sim + post-op MRI fused. Pre-operative tumour 3.2 cm and "
          "craniotomy are history; 25 Gy/5 mentioned as a discussed alternative.",
    docs=[
        Doc("1_consult.txt", text=f"""
NORTHGATE RADIATION PARTNERS -- NEW PATIENT CONSULTATION
Patient: {patient(5)}     MRN: {mrn(5)}     Seen: 10/06/2026
Referring: Dr. Ossian Blackwood (neurosurgery)

HPI: 56 y/o woman, ER+ breast cancer 2021, presented with word-finding difficulty. MRI 09/01/2026 solitary left frontal mass 3.2 cm. Gross total resection 09/15/2026 (path: metastatic breast carcinoma). Post-op MRI 09/28/2026: resection cavity 2.8 cm, no residual enhancement, no other lesions.

Impression/Plan: post-operative stereotactic radiotherapy to the cavity. We discussed 25 Gy/5 and 30 Gy/5; favour 30 Gy in 5 fractions given cavity size. Simulation CT with mask next week; fuse post-op MRI. Dr. L. Aucoin-Marsh
{FOOT}
"""),
        Doc("2_plan_report.pdf", [[
            H1("PLAN DOCUMENT - CRANIAL FSRT"),
            KeyValue([("Plan ID", "LFRONT_CAV_30/5"), ("TPS", "Monaco 6.1 (VMAT, 2 arcs + 1 couch-kick arc)"),
                      ("Machine", "Elekta Versa HD / Agility, 6 MV FFF"), ("Immobilization", "Orfit thermoplastic mask, HexaPOD 6D couch"),
                      ("Primary image", "CT sim 10/13/2026, 1 mm"), ("Fused", "MRI T1+C 10/12/2026 (post-op)"),
                      ("Structure", "CTV_cavity (cavity + 2 mm along dura); PTV = CTV + 1 mm, 21.6 cc"),
                      ("Prescription", "30.00 Gy / 5 fx (6.00 Gy/fx), PTV D95"),
                      ("OAR", "brainstem Dmax 4.0 Gy; optic chiasm Dmax 3.1 Gy; brain-PTV V24 9.7 cc"),
                      ("QA", "ArcCHECK 3%/2 mm 99.1%; independent MU check passed")], value_x=120),
            sig("L. Aucoin-Marsh MD 10/15/2026; Physicist: P. Sandoval-Reyes PhD"),
        ]], opts=dict(header=hdr(_c, 5), font="Courier")),
        Doc("3_completion.pdf", [[
            H1("Treatment Completion Note"),
            P("Course: stereotactic radiotherapy, left frontal resection cavity. Dates 10/19/2026 to 10/23/2026. "
              "Delivered 30 Gy in 5 daily fractions of 6 Gy, all with XVI cone-beam CT and HexaPOD correction "
              "before each fraction (max shift 1.1 mm). No steroids needed. Mild fatigue only."),
            P("Next: MRI in 2 months, then every 3 months for the first year."),
            sig("Leontyne Aucoin-Marsh, MD 10/23/2026"),
        ]], opts=dict(header=hdr(_c, 5), font="Helvetica")),
    ])

# b16_06 -- plain-text letter-style note: ZAP-X trigeminal neuralgia, no verification documented ---------------
_c = "PEMBERTON GYROSCOPIC RADIOSURGERY"
add(name="b16_06", kind="ehr_text", codes=["77372", "77432", "61798"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right trigeminal nerve", "cranial", C, 85, 1)],
    categories=cats(delivery_verification=False),
    notes="Plain-text procedure letter from a ZAP-X center: right trigeminal neuralgia (functional, complex), "
          "85 Gy maximum with a 4 mm collimator, single fraction, thermoplastic mask, thin-slice CT and FIESTA "
          "MRI. No image guidance, tracking, physics check or QA is documented, so delivery_verification is "
          "unmet. Prior balloon compression 2023 and carbamazepine history.",
    docs=[Doc("b16_06.txt", text=f"""
PEMBERTON GYROSCOPIC RADIOSURGERY
2140 Larkspur Avenue, Suite 300

November 20, 2026

Dr. Marguerite Hollis-Nwosu, Neurology

RE: {patient(6)}   MRN {mrn(6)}   DOB 1951

Dear Marguerite,

I saw your patient, Mr. Sixteenpatient, for his right-sided V2 trigeminal neuralgia, which has returned despite carbamazepine 800 mg daily and a percutaneous balloon compression in 2023. His facial numbness from the compression has mostly resolved. After discussion he chose radiosurgery.

On November 18 we made a custom thermoplastic mask, obtained a thin-slice CT, and fused it with a 3D FIESTA and contrast T1 MRI to identify the right trigeminal nerve at the root entry zone. The target was placed 7 mm anterior to the pons on the cisternal segment. He was treated the same afternoon on the ZAP-X with a single 4 mm collimator isocentre to a maximum dose of 85 Gy, 47 beams. The brainstem surface received 11.8 Gy.

He tolerated the 38-minute treatment without difficulty. Pain relief typically begins within weeks to three months, so please keep his carbamazepine at the current dose until we see him in 6 weeks.

Sincerely,
Cosimo Abernethy-Lund, MD, Neurosurgery
{FOOT}
"""),
])


# ==================================================================================================
# CyberKnife
# ==================================================================================================

# b16_07 -- invented robotic planning-station printout: cranial, pons + occipital, 3 fractions -----------------
_c = "VALE OF ASHCOMBE CYBERKNIFE CENTRE"
add(name="b16_07", kind="pdf", codes=["G0339", "G0340", "77373", "77435", "61798", "61797"],
    facts=F("robotic_linac", ["cranial"], 2, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("pons", "cranial", C, 24, 3), L("right occipital", "cranial", S, 27, 3)],
    categories=cats(),
    notes="Invented CyberKnife planning/treatment printout (key-value blocks and fixed-column tables). Two "
          "metastases in 3 fractions: pons 8 Gy x 3 = 24 Gy (brainstem, complex) and right occipital "
          "9 Gy x 3 = 27 Gy (simple). Aquaplast mask, 6D skull tracking, CT + MRI. G0339 session 1, G0340 for "
          "sessions 2-3. Brainstem D0.5cc 23.1 Gy sits near the pons dose.",
    docs=[Doc("b16_07.pdf", [[
        H1("ROBOTIC RADIOSURGERY - TREATMENT SUMMARY REPORT"),
        P("Report generated 11/26/2026 14:03  |  System: CyberKnife M6 (Iris)  |  TPS: Precision 3.3  |  R&V: iDMS"),
        KeyValue([("Patient", patient(7)), ("Patient ID", mrn(7)), ("Plan", "BRAIN_2LES_3FX"),
                  ("Physician", "Ignatius Fairweather-Obi, MD"), ("Physicist", "Signe Marchetti, MS, DABR"),
                  ("Tracking", "6D Skull"), ("Immobilization", "Aquaplast S-frame mask"),
                  ("Planning CT", "11/12/2026, 1.25 mm, contrast"), ("Fused MR", "11/11/2026, T1 MPRAGE +Gd (rigid)")]),
        H2("TARGETS"),
        TextTable([("Target", "Vol cc", "Rx/fx", "Fx", "Total", "Rx IDL", "Cov"),
                   ("PTV_Pons", "0.42", "8.00", "3", "24.00", "78%", "95.2%"),
                   ("PTV_ROccip", "2.86", "9.00", "3", "27.00", "80%", "97.9%")],
                  columns=[0, 90, 150, 200, 230, 290, 350]),
        P("Critical structures (sum): Brainstem D0.5cc 23.1 Gy; Optic chiasm Dmax 3.3 Gy; Cochlea L 1.2 Gy."),
        P("Beams: 187 nodes, 212 beams, Iris 7.5/10 mm. Patient QA: film + ion chamber, 1.6% difference, passed."),
        H2("DELIVERY"),
        TextTable([("Fx", "Date", "Beams", "Tracking corrections", "Status"),
                   ("1", "11/23/2026", "212", "mean 0.4 mm, 0.3 deg", "complete"),
                   ("2", "11/24/2026", "212", "mean 0.3 mm, 0.2 deg", "complete"),
                   ("3", "11/25/2026", "212", "mean 0.5 mm, 0.4 deg", "complete")],
                  columns=[0, 30, 110, 160, 330]),
        P("Course status: COMPLETE. Pons 24 Gy / 3 fx, right occipital 27 Gy / 3 fx."),
        sig("I. Fairweather-Obi MD 11/26/2026; S. Marchetti MS 11/26/2026"),
    ]], opts=dict(header=hdr(_c, 7), font="Helvetica"))])

# b16_08 -- bundle: referral-reply letter + plain-text fraction log; CK lung with fiducials ----------------------
_c = "BRIARCLIFF THORACIC RADIOSURGERY"
add(name="b16_08", kind="bundle", codes=["G0339", "G0340", "77373", "77435"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT"], ["fiducials"]),
    lesions=[L("right upper lobe", "body", None, 54, 3)],
    categories=cats(),
    notes="Bundle: letter back to the pulmonologist + plain-text daily log. CyberKnife 18 Gy x 3 = 54 Gy to a "
          "1.9 cm RUL adenocarcinoma, three gold fiducials placed bronchoscopically, Synchrony tracking, "
          "planning CT (inhale and exhale). The staging PET/CT from August is historical (not fused), so "
          "imaging is CT only. Chest wall D1cc 53.2 Gy near the Rx.",
    docs=[
        Doc("1_letter.pdf", [[
            P("November 30, 2026"),
            P("Dr. Augustin Pereira-Lamb, Interventional Pulmonology"),
            P("Re: " + patient(8) + ", " + mrn(8)),
            P("Dear Augustin, thank you for placing the three gold fiducial markers around the right upper lobe "
              "nodule on October 28. They were stable on the planning CT of November 4 (free-breathing, with "
              "inhale and exhale breath-hold series); the August staging PET/CT showed no nodal disease and was "
              "not repeated or fused."),
            P("We treated the 1.9 cm adenocarcinoma (cT1b N0) with CyberKnife SBRT, 54 Gy in three fractions of "
              "18 Gy prescribed to the 76% isodose, with Synchrony respiratory tracking of the fiducials, on "
              "November 16, 18 and 20. All three fractions were delivered. The chest wall D1cc was 53.2 Gy and "
              "the proximal bronchial tree was well outside the high-dose region. The plan had independent "
              "physics QA before the first fraction."),
            P("He had mild fatigue and no cough. We will see him with a CT in three months."),
            sig("Evadne Kowalczyk-Boateng, MD, Radiation Oncology 11/30/2026"),
        ]], opts=dict(header=hdr(_c, 8), font="Times-Roman")),
        Doc("2_fraction_log.txt", text=f"""
BRIARCLIFF THORACIC RADIOSURGERY   CK FRACTION LOG   {patient(8)}  {mrn(8)}
Plan RUL_54_3 (Precision)   Rx 1800 cGy/fx x 3   Tracking: Fiducial + Synchrony   Couch: RoboCouch

FX  DATE        MU      CORR_MODEL_ERR  FID_EXTRACTED  INTERRUPTS  THERAPIST  DOSE
1   2026-11-16  31,204  1.8 mm          3/3            0           RT/MJ      1800 cGy
2   2026-11-18  31,190  2.1 mm          3/3            1 (cough)   RT/MJ      1800 cGy
3   2026-11-20  31,222  1.6 mm          3/3            0           DL/MJ      1800 cGy
TOTAL 5400 cGy / 3 fx  COMPLETE
{FOOT}
"""),
    ])


# ==================================================================================================
# SBRT body and spine
# ==================================================================================================

# b16_09 -- scanned treatment-record sheet (170 dpi): spine L2 24 Gy/2, prior L3 course --------------------------
_c = "ROOKSBY SPINE & ONCOLOGY RADIATION UNIT"
add(name="b16_09", kind="scan", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L2 vertebral body", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Scanned (170 dpi) treatment-record sheet in Courier: spine SBRT 12 Gy x 2 = 24 Gy to L2 (renal cell "
          "carcinoma, epidural component abutting the dura), TrueBeam, BodyFIX, CT sim + MRI fusion, CBCT "
          "each fraction. Prior L3 course 30 Gy/10 in 2025 is history, so only one spinal lesion: 63621 "
          "inconsistent. Cauda equina Dmax 16.4 Gy.",
    docs=[Doc("b16_09.pdf", [[
        H1("SPINE SBRT - TREATMENT RECORD"),
        P("PATIENT " + patient(9) + "   MRN " + mrn(9) + "   DX C79.51 (RCC)   SITE: L2"),
        P("HISTORY: L3 treated 3000 cGy / 10 fx 3D-CRT 05/2025 (other facility). Now L2 progression, Bilsky 1b, epidural tumour abutting the thecal sac."),
        P("SIM 10/26/26: CT 1 mm, BodyFIX full-body vacuum bag + wrap. MRI T1/T2 axial 10/24/26 fused (spine-by-spine)."),
        P("PLAN: Eclipse VMAT, 2 full arcs, 6X-FFF. GTV L2 body + L pedicle; CTV per consensus; PTV 2 mm. Rx 1200 cGy x 2 = 2400 cGy to PTV D90.  Cord n/a (below conus).  Cauda equina Dmax 1640 cGy.  PSQA 99.4% (3%/2mm)."),
        RuledTable([("Fx", "Date", "CBCT (6DoF) shift", "cGy", "Cum cGy", "MD/Phys"),
                    ("1", "11/02/26", "1.2 mm / 0.6 deg", "1200", "1200", "NB / SE"),
                    ("2", "11/05/26", "0.7 mm / 0.3 deg", "1200", "2400", "NB / SE")]),
        P("COURSE COMPLETE: L2 2400 cGy in 2 fractions. Pain 2/10 at end."),
        sig("N. Baptiste-Hargreaves MD / S. Eriksen PhD 11/05/2026"),
    ]], opts=dict(header=hdr(_c, 9), scan=True, scan_dpi=170, font="Courier"))])

# b16_10 -- two-column MR-linac report: liver HCC 40 Gy/5 -----------------------------------------------------
_c = "LINDENMERE HEPATOBILIARY CENTRE - MR-Guided Radiotherapy"
add(name="b16_10", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("liver segment VII HCC", "body", None, 40, 5)],
    categories=cats(),
    notes="Two-column course report of an invented MR-linac unit: Elekta Unity, adapt-to-shape, 8 Gy x 5 = 40 Gy "
          "to a 3.1 cm segment VII hepatocellular carcinoma after two TACE sessions (history). Planning CT + "
          "MRI simulation; daily MRI on the Unity is image guidance. Vacuum cushion. A segment IV 'LR-3' "
          "observation is not treated. Liver mean 13.1 Gy and PTV D2% 41.9 Gy are not prescriptions.",
    docs=[Doc("b16_10.pdf", [[
        H1("MR-Linac Course Report"),
        KeyValue([("Patient", patient(10)), ("MRN", mrn(10)), ("Course", "C1 Liver SBRT"),
                  ("Treated", "10/05/2026 - 10/13/2026")], value_x=70),
        H2("Indication"),
        P("HCC (Child-Pugh A6, BCLC A) in segment VII, 3.1 cm, residual arterial enhancement after TACE "
          "x2 (03/2026, 06/2026). Not a transplant or resection candidate. Segment IV LR-3 observation: "
          "surveillance only, not a target."),
        H2("Simulation"),
        P("09/28/2026: CT simulation with IV contrast (arterial and portal phases) and MR simulation on the "
          "Unity (T2, exhale breath-hold), supine in a vacuum cushion with arms up."),
        H2("Plan"),
        P("Monaco 5.51, IMRT 9 beams, 7 MV FFF. GTV on arterial CT and MRI; PTV = GTV + 5 mm. Prescription "
          "40 Gy in 5 fractions (8 Gy/fx) to PTV D95. Liver-GTV mean 13.1 Gy; duodenum D0.5cc 22.8 Gy; "
          "PTV D2% 41.9 Gy."),
        ColumnBreak(),
        H2("Fractions"),
        RuledTable([("Fx", "Date", "Workflow", "Gating"),
                    ("1", "10/05", "ATS", "exhale"), ("2", "10/07", "ATS", "exhale"), ("3", "10/09", "ATP", "exhale"),
                    ("4", "10/11", "ATS", "exhale"), ("5", "10/13", "ATS", "exhale")]),
        P("Each fraction: daily MRI, contour review by MD, online plan QA (independent MU check) by physics."),
        H2("Summary"),
        P("Segment VII HCC: 40 Gy / 5 fx delivered as prescribed. AFP and MRI liver in 3 months."),
        sig("Wilhelmina Tsang-Ferreira, MD; physicist Oluwaseun Pryce, PhD 10/14/2026"),
    ]], opts=dict(header=hdr(_c, 10), two_columns=True, font="Helvetica"))])

# b16_11 -- plain-text EHR export: prostate 36.25/5, gold seeds and a hydrogel spacer --------------------------
_c = "FENWICK VALLEY UROLOGY-ONCOLOGY"
add(name="b16_11", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Plain-text EHR export with flowsheet rows: prostate SBRT 7.25 Gy x 5 = 36.25 Gy on a TrueBeam, three "
          "gold seed fiducials and a hydrogel rectal spacer (the spacer is not immobilization), CT + MRI fused. "
          "Urethra Dmax 38.1 Gy and an optional 40 Gy DIL boost 'not used' are not delivered doses.",
    docs=[Doc("b16_11.txt", text=f"""
FENWICK VALLEY UROLOGY-ONCOLOGY :: CHART EXPORT
--------------------------------------------------------------
Patient ........ {patient(11)}
MRN ............ {mrn(11)}
Encounter ...... Radiation Oncology - End of Treatment
Printed ........ 11/27/2026 09:14 by HIMCODER3
--------------------------------------------------------------
[Problem] C61 adenocarcinoma of prostate, Gleason 3+4=7 (grade group 2), PSA 7.9, cT1c, favorable intermediate risk. No ADT.

[Procedures before RT]
10/01/2026 transperineal placement of 3 gold seed fiducial markers and SpaceOAR hydrogel spacer (Dr. R. Quist, urology).

[Simulation 10/08/2026]
CT sim 1.5 mm, supine, comfortably full bladder, empty rectum. MRI pelvis (T2 axial, 1 mm) same day, fused on fiducials.

[Plan]
Eclipse VMAT 2 arcs 10X-FFF. CTV prostate + proximal 1 cm SV. PTV = CTV + 5 mm (3 mm posterior).
Rx 3625 cGy in 5 fx of 725 cGy. Rectum D1cc 33.9 Gy; bladder D10cc 35.2 Gy; urethra Dmax 38.1 Gy.
Optional focal boost to dominant lesion (40 Gy) -- NOT USED (no MRI-visible DIL).
Physics: plan 2nd check + portal dosimetry 99.2% pass.

[Treatment flowsheet]
Fx  Date        Dose(cGy)  Cum(cGy)  IGRT
1   10/19/2026  725        725       kV/kV seed match + CBCT
2   10/21/2026  725        1450      kV/kV seed match + CBCT
3   10/23/2026  725        2175      kV/kV seed match + CBCT
4   10/26/2026  725        2900      kV/kV seed match + CBCT
5   10/28/2026  725        3625      kV/kV seed match + CBCT

[End of treatment]
Prostate SBRT completed: 36.25 Gy in 5 fractions. IPSS 9 (baseline 6). Tamsulosin started. PSA in 3 months.
Signed: Beatrix Nakagawa-Ellis, MD  10/28/2026
{FOOT}
"""),
])

# b16_12 -- bundle of four: tumour board (txt) + sim note + scanned daily record + summary (txt); MRIdian pancreas --
_c = "GREYSTONE ABBEY HOSPITAL - Pancreas Multidisciplinary Clinic / Radiation Oncology"
add(name="b16_12", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("pancreatic head", "body", None, 50, 5)],
    categories=cats(),
    notes="Four documents: tumour-board note (txt), simulation note (PDF), scanned daily treatment record "
          "(PDF, 130 dpi) and a summary (txt). Locally advanced pancreatic head adenocarcinoma after six months "
          "of FOLFIRINOX (history), stereotactic MR-guided adaptive RT on a ViewRay MRIdian, 10 Gy x 5 = 50 Gy, "
          "gated on cine MRI. CT sim + MR sim; vacuum cushion. Tumour board also mentions 33 Gy/5 and a "
          "possible later Whipple.",
    docs=[
        Doc("1_tumor_board.txt", text=f"""
GREYSTONE ABBEY HOSPITAL -- PANCREAS MDT -- 09/24/2026
Patient: {patient(12)}   MRN: {mrn(12)}
Discussed: 67 M, pancreatic head adenocarcinoma, SMA abutment 180 degrees, CA 19-9 2100 -> 188 after FOLFIRINOX x 12 cycles (6 months). No metastases on CT CAP 09/10/2026.
Consensus: locally advanced, not resectable now. Options discussed: conventional chemoradiation 50.4 Gy/28, SBRT 33 Gy/5, or ablative MR-guided SMART 50 Gy/5. Recommendation: SMART 50 Gy in 5 on MRIdian, then re-stage for possible Whipple.
Recorded by: A. Chaudhry-Lennox (MDT coordinator)
{FOOT}
"""),
        Doc("2_simulation.pdf", [[
            H1("Simulation Note"),
            P("Date 10/01/2026. Patient positioned supine, arms above head on a wing board, in a vacuum cushion "
              "indexed to the couch. MR simulation on the MRIdian (0.35 T TrueFISP, exhale breath-hold) and a CT "
              "simulation (exhale breath-hold with IV contrast) were acquired and registered. Fasting 3 hours "
              "before sim and each fraction."),
            P("Plan: GTV pancreatic head mass; PTV = GTV + 3 mm, minus 5 mm from duodenum/stomach/bowel (PTV "
              "optimised). 50 Gy in 5 fractions of 10 Gy, daily on-table adaptation. Constraints: duodenum, "
              "stomach, small bowel V33 Gy < 0.5 cc; V25 Gy < 5 cc. Step-and-shoot IMRT, 13 beams."),
            sig("Rohan Vasquez-Tierney, MD 10/01/2026"),
        ]], opts=dict(header=hdr(_c, 12), font="Times-Roman")),
        Doc("3_daily_record.pdf", [[
            H1("MRIdian DAILY TREATMENT RECORD"),
            P(patient(12) + "   " + mrn(12) + "   Plan PANC_SMART_50/5"),
            RuledTable([("Fx", "Date", "Adapted?", "Gating (cine MRI)", "Duty cycle", "Delivered", "MD", "Phys"),
                        ("1", "10/13/26", "Yes", "GTV boundary 3 mm", "61%", "10 Gy", "RVT", "KL"),
                        ("2", "10/15/26", "Yes", "GTV boundary 3 mm", "58%", "10 Gy", "RVT", "KL"),
                        ("3", "10/17/26", "No (predicted plan OK)", "GTV boundary 3 mm", "66%", "10 Gy", "MO", "KL"),
                        ("4", "10/20/26", "Yes", "GTV boundary 3 mm", "54%", "10 Gy", "RVT", "HB"),
                        ("5", "10/22/26", "Yes", "GTV boundary 3 mm", "60%", "10 Gy", "RVT", "KL")]),
            P("Adapted plans: independent Monte Carlo secondary check each fraction, all within 3%."),
            P("Cumulative: 50 Gy / 5 fx."),
        ]], opts=dict(header=hdr(_c, 12), scan=True, scan_dpi=130, font="Courier")),
        Doc("4_summary.txt", text=f"""
GREYSTONE ABBEY HOSPITAL - RADIATION ONCOLOGY TREATMENT SUMMARY
{patient(12)} / {mrn(12)}
Course: stereotactic MR-guided adaptive radiotherapy, pancreatic head, 10/13/2026-10/22/2026.
Dose: 50 Gy in 5 fractions, all delivered; 4 of 5 adapted on table. Mild nausea (grade 1) managed with ondansetron.
Plan: CT CAP and CA 19-9 in 6 weeks, HPB surgery review for possible Whipple.
R. Vasquez-Tierney, MD  10/23/2026
{FOOT}
"""),
    ])

# b16_13 -- checkbox order/record form (PDF, not scanned): left kidney primary 26 Gy x 1 -------------------------
_c = "HARTLEPOOL CROSS ONCOLOGY - Versa HD Suite"
add(name="b16_13", kind="pdf", codes=["77373", "77435", "77372"],
    facts=F("linac", ["body"], 1, 1, ["CT"], ["body_immobilization"]),
    lesions=[L("left kidney lower pole RCC", "body", None, 26, 1)],
    categories=cats(),
    notes="Checkbox SABR order-and-record form: single-fraction 26 Gy to a 3.6 cm left lower-pole renal cell "
          "carcinoma on a Versa HD, BodyFIX with abdominal compression, 4D CT simulation (MRI box unticked: "
          "pacemaker). One fraction outside the skull is SBRT (77373/77435); the claimed 77372 (cranial "
          "single session) is inconsistent. 42 Gy/3 box unticked.",
    docs=[Doc("b16_13.pdf", [[
        H1("STEREOTACTIC ABLATIVE RT - ORDER & RECORD"),
        KeyValue([("Patient", patient(13)), ("MRN", mrn(13)), ("Diagnosis", "C64.2 RCC left kidney (biopsy), 3.6 cm lower pole, cT1a-b"),
                  ("Reason for SABR", "Not fit for nephrectomy (eGFR 34, COPD); declined cryoablation")]),
        P("Regimen:  [X] 26 Gy x 1      [ ] 42 Gy / 3 fx      [ ] other ________"),
        P("Immobilisation:  [X] BodyFIX vacuum + abdominal compression plate   [ ] Vac-Lok   [ ] none"),
        P("Planning imaging:  [X] 4D CT (10 phases, ITV)   [ ] MRI (pacemaker - not done)   [ ] PET"),
        P("Plan:  [X] VMAT 2 arcs 6FFF (Monaco)   PTV = ITV + 5 mm   Rx to PTV D95 = 26 Gy   Bowel Dmax 14.6 Gy   Contralateral kidney mean 0.9 Gy"),
        P("Physics:  [X] independent MU check   [X] Delta4 99.0%   initials: ML"),
        P("Pre-treatment IGRT:  [X] 4D CBCT (XVI Symmetry) matched to ITV, shift 2.3 mm   [X] MD at console"),
        RuledTable([("Fraction", "Date", "Dose", "Sig"), ("1 of 1", "11/12/2026", "26 Gy", "C. Mbeki-Lawson")]),
        P("Course completed: left kidney 26 Gy single fraction.   Next: CT abdomen + renal function 3 months."),
        sig("Clarimond Mbeki-Lawson, MD 11/12/2026"),
    ]], opts=dict(header=hdr(_c, 13), font="Helvetica"))])

# b16_14 -- bundle: PSMA tumour board (PDF) + SBRT summary (PDF); two nodes and a rib ---------------------------
_c = "OAKHAVEN GENITOURINARY ONCOLOGY"
add(name="b16_14", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["body"], 3, 3, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left external iliac node", "body", None, 30, 3), L("right common iliac node", "body", None, 30, 3),
             L("left 7th rib", "body", None, 27, 3)],
    categories=cats(),
    notes="Bundle: PSMA-PET tumour-board note + SBRT summary. Oligorecurrent prostate cancer: two pelvic nodes "
          "10 Gy x 3 = 30 Gy and a left 7th rib metastasis 9 Gy x 3 = 27 Gy, all three in the same three "
          "sessions. Planning CT with PSMA PET/CT fused; Vac-Lok. An equivocal T12 uptake is not treated, "
          "so no spinal lesion: 63620 inconsistent. Prior prostatectomy and 66 Gy/33 salvage are history.",
    docs=[
        Doc("1_tumor_board.pdf", [[
            H1("GU Tumour Board - Record of Discussion"),
            P("Date: 10/14/2026     Patient: " + patient(14) + "     MRN: " + mrn(14)),
            BulletList(["History: radical prostatectomy 2019 (pT3a N0, GG3); salvage RT to prostate bed 66 Gy/33 in 2021.",
                        "PSA 0.9 rising (doubling time 7 months).",
                        "PSMA PET/CT 10/02/2026: left external iliac node 1.1 cm (SUV 14), right common iliac node 0.9 cm (SUV 9), left 7th rib lesion (SUV 11). T12 faint uptake, likely degenerative.",
                        "Recommendation: metastasis-directed SBRT to the two nodes and the rib; T12 not to be treated, re-image in 6 months. Short-course ADT declined by patient."]),
            sig("Board chair: Dr. Ferris Adeyemi-Holt 10/14/2026"),
        ]], opts=dict(header=hdr(_c, 14), font="Helvetica")),
        Doc("2_sbrt_summary.pdf", [[
            H1("Stereotactic Body Radiotherapy - End of Treatment Summary"),
            KeyValue([("Simulation", "10/20/2026 CT 2 mm, Vac-Lok cushion, arms on chest; PSMA PET/CT (10/02) fused"),
                      ("Planning", "RayStation 12A, VMAT, single isocentre pelvis + separate isocentre rib"),
                      ("Image guidance", "CBCT before each isocentre, every fraction"),
                      ("Physics", "PSQA ArcCHECK 98.4% / 99.0%; independent check")], value_x=110),
            RuledTable([("Target", "Dose/fx", "Fx", "Total", "Dates"),
                        ("L external iliac LN", "10 Gy", "3", "30 Gy", "10/27, 10/29, 10/31/2026"),
                        ("R common iliac LN", "10 Gy", "3", "30 Gy", "10/27, 10/29, 10/31/2026"),
                        ("L 7th rib", "9 Gy", "3", "27 Gy", "10/27, 10/29, 10/31/2026")]),
            P("OAR: bowel D0.5cc 24.7 Gy; cauda equina not in field; chest wall/rib D1cc 28.3 Gy (includes target rib)."),
            P("All three targets completed as prescribed. No acute toxicity. PSA in 3 months."),
            sig("Solveig Montclair-Adebayo, MD 10/31/2026"),
        ]], opts=dict(header=hdr(_c, 14), font="Times-Roman")),
    ])


# ==================================================================================================
# Self-contradicting charts (besides b16_04)
# ==================================================================================================

# b16_15 -- bundle: letter says 18 Gy; plan line and record say 20 Gy; TrueBeam single fraction ----------------
_c = "SALTMARSH REGIONAL RADIOSURGERY"
add(name="b16_15", kind="bundle", codes=["77372", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal", "cranial", S, 20, 1)],
    categories=cats(),
    contradiction="The letter to the referring physician says the right frontal metastasis received 18 Gy, but "
                  "the prescription line and the treatment record give 20 Gy delivered in one fraction.",
    notes="Bundle: letter + plain-text treatment record. Single right frontal metastasis (2.2 cm, simple), "
          "TrueBeam STx single fraction, frameless mask, CT + MRI, ExacTrac. Letter says 18 Gy; prescription and "
          "record say 20 Gy (gold: 20 Gy, review expected).",
    docs=[
        Doc("1_letter.pdf", [[
            P("Saltmarsh Regional Radiosurgery, 14 Quayside Row"),
            P("November 13, 2026"),
            P("Dear Dr. Lindqvist-Amadi,"),
            P("Your patient " + patient(15).title() + " (MRN " + mrn(15) + ") completed radiosurgery on "
              "November 11 for the solitary 2.2 cm right frontal metastasis from her colorectal cancer. She was "
              "treated on our TrueBeam STx in a frameless thermoplastic mask, after a planning CT and a fused "
              "contrast MRI, with a single fraction of 18 Gy. She had a mild headache that evening only."),
            P("We will repeat the MRI in 8 weeks and will send you the report."),
            sig("Yevgenia Carrow-Mensah, MD 11/13/2026"),
        ]], opts=dict(header=hdr(_c, 15), font="Times-Roman")),
        Doc("2_treatment_record.txt", text=f"""
SALTMARSH REGIONAL RADIOSURGERY -- SRS TREATMENT RECORD
{patient(15)}   {mrn(15)}
Sim CT 11/04/2026 (1 mm), Brainlab frameless mask. MRI 3D T1+C 11/03/2026 fused (Elements).
Target: R frontal met, 2.2 cm. GTV=PTV+1 mm.
Rx: 2000 cGy x 1 fx to the 80% IDL.  Elements Cranial SRS, 5 dynamic conformal arcs, 1 isocenter.
Brainstem Dmax 1.8 Gy. Normal brain V12 6.2 cc.
Physics second check (MU) 0.9% diff, approved T. Onwuachi MS.

11/11/2026 08:35  ExacTrac x-ray pre-tx: 0.6 mm / 0.4 deg corrected; verification 0.2 mm
11/11/2026 08:52  Arcs 1-5 delivered. Dose delivered 2000 cGy. Course complete.
Y. Carrow-Mensah MD / T. Onwuachi MS
{FOOT}
"""),
    ])

# b16_16 -- invented R&V "treatment history" printout: left adrenal 40 Gy/5; summary line says 4 fractions ------
_c = "KESTREL POINT CANCER INSTITUTE"
add(name="b16_16", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT"], ["body_immobilization"]),
    lesions=[L("left adrenal", "body", None, 40, 5)],
    categories=cats(),
    contradiction="The physician's closing summary says 40 Gy in 4 fractions, but the prescription (8 Gy x 5) "
                  "and the treatment history list five dated fractions of 8 Gy totalling 40 Gy.",
    notes="Invented record-and-verify treatment history printout plus a closing summary: left adrenal metastasis "
          "(NSCLC) 8 Gy x 5 = 40 Gy on an Elekta Infinity with Vac-Lok and 4D CT. The closing summary says "
          "'40 Gy in 4 fractions' (contradiction; gold 5 fractions). Fraction 3 was rescheduled (machine fault) "
          "and a 'fraction 3' row shows 0 Gy before the delivered one.",
    docs=[Doc("b16_16.pdf", [[
        H1("TREATMENT HISTORY REPORT"),
        P("Site: ADRENAL_L   Prescription: 8.00 Gy x 5 = 40.00 Gy   Machine: Elekta Infinity (Agility)   R&V: MOSAIQ"),
        KeyValue([("Patient", patient(16)), ("MRN", mrn(16)), ("Sim", "4D CT 10/28/2026, Vac-Lok, ITV from MIP"),
                  ("Plan", "VMAT 1.5 arcs (Monaco), PTV = ITV + 5 mm; kidney L mean 6.9 Gy; stomach D0.5cc 31.7 Gy"),
                  ("QA", "Patient QA 98.8% (Delta4); 2nd check OK")]),
        RuledTable([("Date", "Fx", "Field", "Dose (Gy)", "Cum (Gy)", "IGRT", "Comment"),
                    ("11/09/2026", "1", "VMAT", "8.00", "8.00", "4D-CBCT", ""),
                    ("11/11/2026", "2", "VMAT", "8.00", "16.00", "4D-CBCT", ""),
                    ("11/13/2026", "3", "VMAT", "0.00", "16.00", "4D-CBCT", "MLC fault, not treated"),
                    ("11/16/2026", "3", "VMAT", "8.00", "24.00", "4D-CBCT", "makeup"),
                    ("11/18/2026", "4", "VMAT", "8.00", "32.00", "4D-CBCT", ""),
                    ("11/20/2026", "5", "VMAT", "8.00", "40.00", "4D-CBCT", "final")]),
        Spacer(10),
        H2("Closing summary"),
        P("Left adrenal metastasis treated with SBRT, 40 Gy in 4 fractions, completed 11/20/2026 without "
          "interruption of systemic therapy. Tolerated well; no nausea. Restaging PET/CT in 10 weeks."),
        sig("Anneliese Brathwaite-Kovac, MD 11/20/2026"),
    ]], opts=dict(header=hdr(_c, 16, "Printed 11/23/2026"), font="Courier"))])


# ==================================================================================================
# Hard negatives and near-misses
# ==================================================================================================

# b16_17 -- consult letter: vestibular schwannoma, Gamma Knife discussed, observation chosen --------------------
_c = "WINTERBOURNE SKULL BASE CLINIC"
add(name="b16_17", kind="pdf", codes=["77371", "77432", "61798", "61800"],
    facts=dict(NONE), lesions=[], categories=NO_CATS,
    notes="Hard negative: skull-base clinic consultation letter for a 1.1 cm left vestibular schwannoma. Gamma "
          "Knife (12 Gy to the 50% isodose with a frame) is described as the option if it grows; the patient "
          "chooses observation with an MRI in 6 months. Only a diagnostic MRI. Nothing planned or delivered: "
          "facts null/empty, every code inconsistent.",
    docs=[Doc("b16_17.pdf", [[
        P("WINTERBOURNE SKULL BASE CLINIC  -  Neuro-otology and Radiosurgery"),
        P("Clinic letter, dictated 11/24/2026, typed 11/25/2026"),
        P("Re: " + patient(17) + "   MRN " + mrn(17)),
        P("Diagnosis: left vestibular schwannoma, intracanalicular with 2 mm cisternal extension (Koos I-II), "
          "11 x 7 mm on MRI of 11/02/2026. Pure-tone average 32 dB left, word recognition 88%."),
        P("Dear Dr. Fairbanks-Odum, I met Mr. Sixteenpatient together with our neuro-otologist. We discussed "
          "three options: observation with serial MRI, Gamma Knife radiosurgery (typically a single session "
          "under a stereotactic frame, 12 Gy to the 50% isodose line, which controls growth in over 90%), and "
          "microsurgery. Because the tumour is small and his hearing is serviceable, and growth has not been "
          "shown, he has chosen observation. We will repeat a contrast MRI in six months; if there is growth of "
          "2 mm or more we will offer radiosurgery."),
        P("No treatment was planned today and no radiosurgery has been scheduled."),
        sig("Percival Ngata-Whitlock, MD, Neurosurgery 11/25/2026"),
    ]], opts=dict(header=hdr(_c, 17), font="Times-Roman"))])

# b16_18 -- plain-text export: central lung 60 Gy in 8 fractions, SBRT-like wording, claimed as SBRT ------------
_c = "ELDERBERRY LANE REGIONAL CANCER CENTRE"
add(name="b16_18", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 8, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right hilar / central right lower lobe", "body", None, 60, 8)],
    categories=cats(),
    notes="Near-miss: plain-text summary of a hypofractionated 'stereotactic-style' course for an ultracentral "
          "right lower lobe NSCLC, 7.5 Gy x 8 = 60 Gy on a TrueBeam with daily CBCT, Vac-Lok, 4D CT and a fused "
          "planning PET/CT. SBRT in 5 fractions was judged unsafe; eight fractions are not SRS/SBRT, so both "
          "claimed codes are inconsistent and there is no delivery code.",
    docs=[Doc("b16_18.txt", text=f"""
ELDERBERRY LANE REGIONAL CANCER CENTRE
Radiation Oncology -- Treatment Summary (exported from EHR, plain text)

Patient: {patient(18)}          MRN: {mrn(18)}
Course dates: 10/12/2026 to 10/23/2026
Diagnosis: C34.31 squamous cell carcinoma, right lower lobe, 2.7 cm, abutting the bronchus intermedius (ultracentral), cT1c N0 M0. FEV1 38%; not an operative candidate.

Rationale: SBRT in 5 fractions (50-55 Gy) was considered but judged unsafe because the PTV overlaps the proximal bronchial tree. A risk-adapted hypofractionated regimen of 60 Gy in 8 fractions was chosen (per LUSTRE/SUNSET-type data).

Simulation: 4D CT on 10/05/2026 in a Vac-Lok bag with arms up; ITV from all phases. Planning FDG PET/CT (10/05/2026, treatment position) fused for GTV.
Plan: VMAT, 2 arcs, 6X-FFF, Eclipse. PTV = ITV + 5 mm. 60 Gy in 8 fractions of 7.5 Gy to PTV D95. Bronchus intermedius Dmax 62.4 Gy, esophagus Dmax 38.0 Gy, heart D15cc 31.9 Gy. Physics second check and portal dosimetry passed.
Delivery: 8 fractions, 10/12 - 10/23/2026, daily CBCT matched to ITV, no interruptions.
Delivered: right lower lobe (central) tumour 60 Gy / 8 fx.

Tolerance: grade 1 esophagitis. CT chest in 3 months.
Signed: Ottoline Farquharson-Diallo, MD  10/26/2026
{FOOT}
"""),
])

# b16_19 -- follow-up visit note (PDF): a year after CyberKnife spine; new L4 lesion, SBRT only proposed ---------
_c = "MARSHFIELD PINES ONCOLOGY ASSOCIATES"
add(name="b16_19", kind="pdf", codes=["77373", "77435", "63620", "G0339"],
    facts=dict(NONE), lesions=[], categories=NO_CATS,
    notes="Hard negative: follow-up visit note one year after CyberKnife SBRT to T6 (24 Gy/3, fiducial-free "
          "Xsight Spine, 2025). Today's MRI shows a new L4 lesion; SBRT to L4 is proposed (27 Gy/3) with a "
          "simulation 'to be scheduled'. Nothing delivered in this episode: facts null/empty, every code "
          "inconsistent.",
    docs=[Doc("b16_19.pdf", [[
        H1("Follow-Up Visit"),
        KeyValue([("Patient", patient(19)), ("MRN", mrn(19)), ("Visit date", "11/30/2026"),
                  ("Provider", "Dr. Leopoldine Achterberg-Sowande")]),
        H2("Interval history"),
        P("Mr. Sixteenpatient returns one year after CyberKnife SBRT to T6 (24 Gy in 3 fractions, Xsight Spine "
          "tracking, November 2025) for a thyroid-cancer metastasis. T6 pain resolved. He now reports new low "
          "back pain for six weeks, no weakness, no bladder or bowel change."),
        H2("Imaging"),
        P("MRI total spine 11/24/2026 (reviewed today): T6 treated lesion stable with sclerosis; new 1.8 cm "
          "lesion in the L4 vertebral body without epidural extension; no cord compression."),
        H2("Assessment / plan"),
        BulletList(["Local control at T6.",
                    "New L4 metastasis: recommend SBRT, likely 27 Gy in 3 fractions; CT simulation to be scheduled after "
                    "insurance authorization. Not yet planned.",
                    "Continue lenvatinib; endocrinology aware.",
                    "Return for simulation visit when authorized."]),
        sig("L. Achterberg-Sowande, MD 11/30/2026"),
    ]], opts=dict(header=hdr(_c, 19), font="Helvetica"))])

# b16_20 -- bundle: FSRT planned 27 Gy/3 stopped after fraction 1 (9 Gy); cranial single session delivered --------
_c = "CORRIGAN BAY MEDICAL CENTER - Department of Radiation Medicine"
add(name="b16_20", kind="bundle", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left cerebellar", "cranial", S, 9, 1)],
    categories=cats(),
    notes="Course stopped early: a 2.9 cm left cerebellar metastasis planned for 9 Gy x 3 = 27 Gy on a Novalis "
          "TrueBeam STx with a frameless mask (CT + MRI). Only fraction 1 (9 Gy) was given; the patient was "
          "admitted with sepsis and the course was discontinued. Delivered: one cranial session on a linac, "
          "so 77373/77435 are inconsistent and 61796 is consistent (delivery code 77372).",
    docs=[
        Doc("1_treatment_record.pdf", [[
            H1("STEREOTACTIC TREATMENT RECORD"),
            KeyValue([("Patient", patient(20)), ("MRN", mrn(20)), ("Target", "Left cerebellar metastasis (SCLC), 2.9 cm"),
                      ("Prescription", "27 Gy in 3 fractions (9 Gy/fx) to the 80% IDL"),
                      ("Planning", "CT 11/02/2026 1 mm + MRI T1+C 11/01/2026 fused; Brainlab Elements, 4 DCA arcs"),
                      ("Immobilization", "Brainlab frameless mask"),
                      ("QA", "2nd MU check 1.2%, physicist D. Ferrante")]),
            RuledTable([("Fx", "Date", "ExacTrac", "Dose", "Cum", "Status"),
                        ("1", "11/05/2026", "0.5 mm / 0.3 deg", "9 Gy", "9 Gy", "treated"),
                        ("2", "11/07/2026", "-", "0", "9 Gy", "cancelled - inpatient"),
                        ("3", "11/09/2026", "-", "0", "9 Gy", "cancelled - course discontinued")]),
        ]], opts=dict(header=hdr(_c, 20), font="Helvetica")),
        Doc("2_discontinuation_note.txt", text=f"""
CORRIGAN BAY MEDICAL CENTER -- RADIATION MEDICINE -- TREATMENT DISCONTINUATION NOTE
{patient(20)}  {mrn(20)}  11/16/2026

Mr. Sixteenpatient received fraction 1 of 3 (9 Gy) to the left cerebellar metastasis on 11/05/2026. He was admitted on 11/06 with neutropenic sepsis after chemotherapy and spent 8 days in hospital, including 3 in ICU. After discussion with him and his family, and given the long gap, we will not resume this course. Total delivered: 9 Gy in 1 fraction (planned 27 Gy in 3). If the lesion progresses we will consider a new course after recovery. Dexamethasone tapered off.

Hamish Okafor-Delacroix, MD
{FOOT}
"""),
    ])


CORPUS = Corpus("blind_corpus16", "tests/blind_corpus16", CHARTS, pdf_options={"footer": FOOT, "font": "Helvetica"},
                hand_written=["README.md", "FIRST_RUN.md"])
