"""Twenty-fifth blind corpus, ``tests/blind_corpus25/`` (regenerate: ``python scripts/make_corpus.py blind_corpus25``).

Tuning corpus: the role of every number and label. Twenty courses in the house styles of clinics not imitated
before (a community hospital's ARIA-like treatment summary, an academic centre's structured SRS note, a
CyberKnife centre's physics report, a private practice's dictated letter, an EHR "Radiation Treatment
Summary" SmartText export). Per-lesion delivered dose and fractions, lesion count, sites and cranial
complexity are what the charts test: prescription isodose lines, maximum / minimum / mean doses, coverage,
conformity and gradient indices, OAR doses and constraints, V12, MU, beam-on minutes, collimators, volumes
and diameters, earlier courses' doses, doses changed on the day, per-fraction doses without totals, cGy and
Gy and words side by side; lesion labels that look like anatomy or sequences (L1-L4, T1/T2, A-F, Met 1,
#3, Target 2), structure and isocenter names. Three charts contradict themselves (``review_expected``).

Gold labels are written by hand from what the chart says, ../shared/corpus/README.md and
../shared/reference/coding-rules.md, blind (without reading the reader's code).
"""

# ruff: noqa: E501  (dictated and text documents are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import ColumnBreak, KeyValue, RuledTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["AUBERON", "BRISEIS", "CORENTIN", "DAMARIS", "EULALIA", "FERDINAND", "GWENLLIAN", "HILARION", "ISOLDE",
         "JERICHO", "KALLISTA", "LEOPOLD", "MARGUERITE", "NICODEMUS", "OTTILIE", "PERCIVAL", "QUINTILLA",
         "ROSALIND", "SEVERIN", "TABITHA"]


def patient(n: int) -> str:
    return f"TWENTYFIVEPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-250{n:02d}"


def hdr(clinic: str, n: int, extra: str = "") -> list[str]:
    return [clinic, f"Patient: {patient(n)}    MRN: {mrn(n)}" + (f"    {extra}" if extra else "")]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial: Gamma Knife and gantry linac
# ==================================================================================================

# b25_01 -- bundle: academic structured SRS note + GammaPlan printout; four mets labelled L1-L4 ----------------
_c = "CALLOWAY-STRAND UNIVERSITY MEDICAL CENTER - GAMMA KNIFE PROGRAM"
add(name="b25_01", kind="bundle", codes=["77371", "77432", "61798", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("L1 left frontal", "cranial", S, 20, 1), L("L2 right cerebellar", "cranial", S, 18, 1),
             L("L3 left occipital", "cranial", S, 20, 1),
             L("L4 right mesial temporal (4 mm from the right optic tract)", "cranial", C, 16, 1)],
    categories=cats(),
    notes="Academic structured SRS note + GammaPlan printout PDF (target table with volume, diameter, Rx, 50% "
          "IDL, coverage, max dose, shots, collimators; OAR table with constraints). Four metastases labelled "
          "L1-L4 in a patient whose history includes an L1 compression fracture and prior SBRT to the L1 "
          "vertebral body 30 Gy in 5 fractions (03/2025, not this course). L4 lies 4 mm from the right optic "
          "tract (complex); the others are simple. Max doses 40/36/40/32 Gy are the 50% IDL hot spots. Frame, "
          "stereotactic MRI (3D SPGR T1 post-contrast, T2 FLAIR) + CT.",
    docs=[
        Doc("1_structured_srs_note.txt", text=f"""
CALLOWAY-STRAND UNIVERSITY MEDICAL CENTER
Department of Radiation Oncology / Department of Neurosurgery - Gamma Knife Program
STEREOTACTIC RADIOSURGERY NOTE (structured)

Patient ............ {patient(1)}
MRN ................ {mrn(1)}
Date of procedure .. 11/18/2026
Attending (RO) ..... Philippa Anand-Roux, MD
Attending (NS) ..... Tobias Okonkwo-Laine, MD
Physicist .......... Rhiannon Castell, PhD, DABR

[1] DIAGNOSIS
    Brain metastases (C79.31) from melanoma (C43.5).

[2] ONCOLOGIC HISTORY
    - Melanoma of the back, resected 2023; adjuvant nivolumab.
    - 02/2025 L1 pathologic compression fracture: kyphoplasty, then SBRT to the L1 vertebral body, 30 Gy in
      5 fractions (completed 03/2025, outside facility). No neurologic deficit.
    - MRI brain 11/04/2026: four new enhancing lesions, largest 2.1 cm.

[3] TARGETS (numbering used in the plan; do not confuse with spine levels)
    L1  left frontal (middle frontal gyrus) ......... 2.1 cm
    L2  right cerebellar hemisphere .................. 1.4 cm
    L3  left occipital ............................... 0.6 cm
    L4  right mesial temporal (uncus) ................ 1.0 cm; 4 mm from the right optic tract

[4] IMMOBILIZATION
    Leksell Vantage head frame applied under local anesthesia, 4 pins, 07:10.

[5] IMAGING FOR PLANNING
    Stereotactic MRI with the frame and indicator box: 1 mm T1-weighted 3D SPGR post-contrast, axial T2 FLAIR.
    Stereotactic CT (1 mm) for skull definition, co-registered in Leksell GammaPlan.

[6] PRESCRIPTION (all to the 50% isodose line, one session)
    L1 20 Gy | L2 18 Gy | L3 20 Gy | L4 16 Gy (dose kept at 16 Gy for the optic tract, limit 8 Gy)
    See the attached GammaPlan printout for coverage, maximum doses and shots.

[7] VERIFICATION
    Frame fiducial registration error 0.3 mm mean. Physics independent check of shot coordinates and times
    against the printout: agree. Collision check with the frame on the couch: clear.

[8] DELIVERY
    Leksell Gamma Knife Perfexion, one session, beam-on 64.2 minutes, uninterrupted. Frame removed 10:55.

[9] DELIVERED (this course)
    L1 left frontal 20 Gy; L2 right cerebellar 18 Gy; L3 left occipital 20 Gy; L4 right mesial temporal 16 Gy.
    Four lesions treated in one session.

[10] PLAN
    MRI brain in 8 weeks. Continue nivolumab per medical oncology.

Electronically signed: Philippa Anand-Roux, MD 11/18/2026 16:02
Electronically signed: Tobias Okonkwo-Laine, MD 11/18/2026 16:40
{FOOT}
"""),
        Doc("2_gammaplan_printout.pdf", [[
            H1("Leksell GammaPlan - Treatment Plan Summary"),
            KeyValue([("Patient", patient(1)), ("Patient ID", mrn(1)), ("Plan", "BRAIN_MULTI_4T  (approved)"),
                      ("Frame", "Leksell Vantage, MR/CT fiducials"), ("Treatment date", "11/18/2026")]),
            H2("Targets"),
            RuledTable([("Target", "Vol (cc)", "Diam (mm)", "Rx (Gy)", "IDL (%)", "Coverage (%)", "Max (Gy)", "Shots", "Coll (mm)"),
                        ("L1", "3.12", "21", "20.0", "50", "98", "40.0", "9", "8/16"),
                        ("L2", "1.05", "14", "18.0", "50", "99", "36.0", "5", "4/8"),
                        ("L3", "0.09", "6", "20.0", "50", "100", "40.0", "2", "4"),
                        ("L4", "0.42", "10", "16.0", "50", "97", "32.0", "4", "4/8")]),
            H2("Indices"),
            RuledTable([("Target", "Selectivity", "Paddick CI", "Gradient index"),
                        ("L1", "0.88", "0.86", "2.7"), ("L2", "0.91", "0.90", "2.8"),
                        ("L3", "0.79", "0.79", "3.1"), ("L4", "0.85", "0.82", "2.9")]),
            H2("Organs at risk"),
            RuledTable([("Structure", "Max dose (Gy)", "Constraint"),
                        ("Brainstem", "9.8", "12 Gy max"), ("Optic chiasm", "5.1", "8 Gy max"),
                        ("Right optic tract", "7.6", "8 Gy max"), ("Brain V12", "7.4 cc", "< 10 cc")]),
            P("Total beam-on time 64.2 min at a dose rate of 2.61 Gy/min. Plan approved by P. Anand-Roux, MD, "
              "T. Okonkwo-Laine, MD and R. Castell, PhD."),
        ]], opts=dict(header=hdr(_c, 1), font="Helvetica")),
    ])

# b25_02 -- pdf: community hospital ARIA-like treatment summary; Met 1-3, two isocenters, Rx reduced on the day -
_c = "MARROWFIELD COMMUNITY HOSPITAL - CANCER CENTER - RADIATION ONCOLOGY"
add(name="b25_02", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("Met 1 left parietal", "cranial", S, 20, 1), L("Met 2 right frontal", "cranial", S, 18, 1),
             L("Met 3 left cerebellar", "cranial", S, 20, 1)],
    categories=cats(),
    notes="ARIA-like treatment summary (course 'C1 SRS_Brain'; reference-point table with planned/delivered "
          "cGy; 80% IDL, max dose column 2500/2250/2500 cGy). Three mets, Iso 1 covers Met 1 and Met 2, Iso 2 "
          "covers Met 3. Met 2 (2.7 cm) Rx reduced from 20 to 18 Gy for size on the day of treatment. "
          "Brainstem Dmax 640 cGy, V12 5.9 cc. TrueBeam, Encompass mask, CT + MRI, CBCT + 6DoF.",
    docs=[Doc("b25_02.pdf", [[
        H1("Radiation Oncology Treatment Summary"),
        KeyValue([("Patient", patient(2)), ("MRN", mrn(2)), ("Course", "C1 SRS_Brain"),
                  ("Treatment machine", "TrueBeam (TB2)"), ("Treatment date", "09/22/2026"),
                  ("Attending", "Lucinda Ferrars-Obi, MD")]),
        P("Diagnosis: Metastatic non-small cell lung adenocarcinoma to brain. 3 lesions on MRI 09/08/2026."),
        P("Simulation 09/15/2026: supine, Encompass SRS mask with bite block; CT 1.25 mm fused with MRI T1 post-contrast (MPRAGE) of 09/14/2026 in Eclipse. GTV = contrast-enhancing lesion, PTV = GTV + 1 mm."),
        P("Isocenters: Iso 1 (covers Met 1 and Met 2), 4 HyperArc arcs; Iso 2 (covers Met 3), 2 arcs. 6X-FFF. Prescriptions to the 80% isodose line."),
        P("Physician note on day of treatment: Rx reduced from 20 to 18 Gy for Met 2 given its size (2.7 cm). Met 1 (1.3 cm) and Met 3 (0.9 cm) unchanged at 20 Gy."),
        H2("Reference point dose summary"),
        RuledTable([("Reference point", "Planned (cGy)", "Delivered (cGy)", "Fx delivered / planned", "Max (cGy)"),
                    ("PTV_Met1_LPar", "2000", "2000", "1 / 1", "2500"),
                    ("PTV_Met2_RFront", "1800", "1800", "1 / 1", "2250"),
                    ("PTV_Met3_LCbm", "2000", "2000", "1 / 1", "2500")]),
        H2("Field summary"),
        RuledTable([("Field", "Iso", "Gantry", "Couch", "MU"),
                    ("Arc1", "Iso 1", "181-179", "0", "1612"), ("Arc2", "Iso 1", "179-30", "45", "1488"),
                    ("Arc3", "Iso 1", "330-181", "315", "1502"), ("Arc4", "Iso 1", "179-30", "90", "1377"),
                    ("Arc5", "Iso 2", "181-179", "0", "2210"), ("Arc6", "Iso 2", "30-179", "270", "2045")]),
        H2("Plan evaluation"),
        RuledTable([("Structure", "Metric", "Value", "Goal"),
                    ("Brainstem", "Dmax", "640 cGy", "< 1200 cGy"), ("Optic chiasm", "Dmax", "210 cGy", "< 800 cGy"),
                    ("Brain - GTVs", "V12Gy", "5.9 cc", "< 10 cc"), ("PTV_Met2_RFront", "Coverage", "98.6%", "> 95%")]),
        P("Image guidance: CBCT at each isocenter with 6DoF couch correction; intrafraction surface monitoring (OSMS). Treatment completed as a single fraction on 09/22/2026, beam-on 11.4 min."),
        P("Summary: SRS completed 09/22/2026: Met 1 left parietal 20 Gy, Met 2 right frontal 18 Gy, Met 3 left cerebellar 20 Gy, each in 1 fraction. Follow-up MRI 6 weeks."),
        sig("Lucinda Ferrars-Obi, MD 09/23/2026 08:14"),
    ]], opts=dict(header=hdr(_c, 2), font="Helvetica"))])

# b25_03 -- letter .txt: private practice dictated letter; Edge 3 fx, motor strip met + 3.6 cm cavity ---------
add(name="b25_03", kind="letter", codes=["77373", "77435", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("Lesion A left precentral gyrus (motor strip)", "cranial", S, 27, 3),
             L("Lesion B right temporal resection cavity", "cranial", C, 24, 3)],
    categories=cats(),
    notes="Private-practice dictated letter to the referring oncologist. Varian Edge FSRT in 3 fractions: "
          "Lesion A, a 2.2 cm metastasis in the left motor strip (eloquent but simple), '9 Gy x 3' (total not "
          "written, 27 Gy); Lesion B, the right temporal resection cavity, 3.6 cm maximum dimension (complex by "
          "size), 'twenty-four Gray in three fractions'. The pre-operative 4.4 cm tumour is history. Claimed "
          "61796 is inconsistent (one complex lesion); 61797 fits the additional simple lesion.",
    docs=[Doc("b25_03.txt", text=f"""
PELLWORTH NEURO-ONCOLOGY ASSOCIATES
Radiation Oncology - 1400 Ashcombe Road, Suite 210

November 30, 2026

Dr. Imelda Strachan-Vos
Medical Oncology, Pellworth Regional Cancer Clinic

RE: {patient(3)}   MRN {mrn(3)}   DOB 04/11/1961

Dear Imelda,

Thank you for letting me share in the care of Mr. Twentyfivepatient. I am writing to let you know that he completed his fractionated stereotactic radiosurgery on November 27, 2026.

As you know, he had a 4.4 cm right temporal metastasis from his colon primary resected by Dr. Almasi on October 9. The postoperative MRI showed a clean cavity and a second, separate 2.2 cm enhancing lesion in the left precentral gyrus, right in the motor strip, which explains the right hand clumsiness he noticed in September. Speech areas are not involved. We treated both, the left motor strip lesion, which we called Lesion A, and the right temporal resection cavity, Lesion B.

He was fitted with a frameless Encompass thermoplastic mask on November 16 and had a 1 mm planning CT the same day, which we fused with a postoperative MRI (T1-weighted SPGR post-gadolinium and FLAIR). The cavity measures 3.6 cm in maximum dimension on the planning MRI, which is larger than I had hoped, so we contoured it with a 2 mm margin and chose three fractions rather than a single session. Lesion A was treated to 9 Gy x 3 to the 80% isodose line. The cavity, Lesion B, received twenty-four Gray in three fractions, prescribed to the 78% isodose line. Both targets were treated with one isocenter on the Varian Edge, 4 noncoplanar arcs, on November 23, 25 and 27, and each fraction was set up with a cone-beam CT and followed with surface guidance (OSMS) throughout; the largest shift was 1.2 mm.

The plan looked very good. The brainstem maximum was 13.1 Gy over the three fractions against our 23 Gy limit, the optic chiasm 4.0 Gy, and the normal brain V18 (three fraction equivalent of V12) was 8.4 cc. The hottest point in the cavity plan was 30.8 Gy, which is expected at that isodose line.

He tolerated it well. He had a mild headache after the second fraction and took dexamethasone 2 mg for four days. His right hand is no worse.

I have asked him to have an MRI in 8 weeks and will see him afterwards. Please do not hesitate to call me about his systemic therapy; I see no reason to delay restarting FOLFIRI.

With warm regards,

Augustin Perrault-Nwosu, MD
Radiation Oncology, Pellworth Neuro-Oncology Associates

Dictated 11/29/2026, transcribed 11/30/2026 (AP/kt)
cc: Dr. Almasi, Neurosurgery
{FOOT}
""")])

# b25_04 -- bundle: academic GK; NF2 with left VS + right parasagittal meningioma, right VS observed -----------
_c = "THORNBURY INSTITUTE OF NEUROSCIENCES - GAMMA KNIFE CENTER"
add(name="b25_04", kind="bundle", codes=["77371", "77432", "61798", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 2, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("Target 1 left vestibular schwannoma", "cranial", C, 12, 1),
             L("Target 2 right parasagittal frontal meningioma", "cranial", S, 13, 1)],
    categories=cats(),
    notes="Neurofibromatosis type 2: structured GK note + physics plan summary PDF. Two targets treated in one "
          "framed session: left vestibular schwannoma 12 Gy (complex by type) and a 2.3 cm right parasagittal "
          "meningioma 13 Gy (simple). The right vestibular schwannoma (1.1 cm) is observed and not treated. "
          "50% IDL; max 24/26 Gy; cochlea mean 3.9 Gy, brainstem max 11.2 Gy. MRI (T1 post-contrast, CISS) + CT.",
    docs=[
        Doc("1_gk_structured_note.txt", text=f"""
THORNBURY INSTITUTE OF NEUROSCIENCES - GAMMA KNIFE CENTER
RADIOSURGERY PROCEDURE - STRUCTURED NOTE
Patient: {patient(4)}      MRN: {mrn(4)}      Date: 10/14/2026

INDICATION
  Neurofibromatosis type 2. Bilateral vestibular schwannomas and a right parasagittal meningioma.
  Left VS enlarging (1.4 -> 1.8 cm over 12 months), serviceable hearing AAO-HNS class B on the left.
  Right VS 1.1 cm, stable since 2024: continued observation, NOT a target today.
  Right parasagittal frontal meningioma 2.3 cm, enlarging, abutting the superior sagittal sinus.

TARGETS TREATED TODAY: 2
  Target 1 = left vestibular schwannoma (intracanalicular + cisternal, Koos 2), 1.8 cm
  Target 2 = right parasagittal frontal meningioma, 2.3 cm

HEAD FRAME
  Leksell G frame, 4 pins, local anesthesia (neurosurgery, Dr. Hallworth-Ibe).

PLANNING IMAGING
  Stereotactic MRI: T1 post-contrast (1 mm) and CISS (0.6 mm) through the internal auditory canals.
  Stereotactic CT (1 mm) for bone window / IAC definition.

DOSE
  Target 1: 12 Gy to the 50% isodose (max 24 Gy). Target 2: 13 Gy to the 50% isodose (max 26 Gy).
  Cochlea (left) mean 3.9 Gy, brainstem max 11.2 Gy, left facial nerve segment max 11.8 Gy.

VERIFICATION
  Frame fiducial definition error 0.4 mm; physics second check of the plan; pre-treatment collision check.

DELIVERY
  Leksell Gamma Knife Icon in frame mode, single session, 49.5 min. No complications. Frame off at 13:20.

SUMMARY
  Target 1 left VS 12 Gy x 1; Target 2 right parasagittal meningioma 13 Gy x 1. Right VS observed.

Attending: Cressida Lindqvist-Oyelaran, MD (Radiation Oncology)   Co-attending: Barnaby Hallworth-Ibe, MD (Neurosurgery)
Electronically signed 10/14/2026
{FOOT}
"""),
        Doc("2_physics_plan_summary.pdf", [[
            H1("Gamma Knife Physics - Plan Summary"),
            KeyValue([("Patient", patient(4)), ("MRN", mrn(4)), ("Unit", "Leksell Gamma Knife Icon (frame)"),
                      ("Planning system", "Leksell GammaPlan 11.4"), ("Date", "10/14/2026")]),
            RuledTable([("Target", "Volume (cc)", "Prescription", "Isodose", "Coverage", "GI", "Shots"),
                        ("Target 1 (L VS)", "1.64", "12.0 Gy", "50%", "97%", "2.6", "11"),
                        ("Target 2 (R para-sag mening.)", "4.87", "13.0 Gy", "50%", "96%", "2.7", "14")]),
            RuledTable([("Organ at risk", "Dmax (Gy)", "Dmean (Gy)", "Limit"),
                        ("Brainstem", "11.2", "2.1", "12 Gy max"), ("Left cochlea", "5.6", "3.9", "mean < 4 Gy"),
                        ("Optic chiasm", "1.4", "0.6", "8 Gy max"), ("Superior sagittal sinus", "13.9", "-", "report")]),
            P("Collimators 4 and 8 mm (Target 1), 8 and 16 mm (Target 2). Beam-on 49.5 min. Independent dose "
              "calculation within 1.2% of GammaPlan. Right vestibular schwannoma not planned (observation)."),
            sig("Mireille Dufresne-Akande, MS, DABR 10/14/2026"),
        ]], opts=dict(header=hdr(_c, 4), font="Helvetica")),
    ])

# b25_05 -- bundle: consult (5 lesions, 18-20 Gy range) + SmartText RT summary (3 treated after new MRI) -------
add(name="b25_05", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("#1 left cerebellar", "cranial", S, 18, 1), L("#3 right frontal", "cranial", S, 20, 1),
             L("#4 left middle cerebellar peduncle", "cranial", S, 16, 1)],
    categories=cats(),
    notes="EHR consult listing five lesions (#1-#5) with 'SRS 18-20 Gy depending on size' + EHR 'Radiation "
          "Treatment Summary' SmartText export. The planning MRI after osimertinib showed #2 and #5 resolved; "
          "#1, #3 and #4 were treated (consult numbers kept: #1 18 Gy, #3 20 Gy, #4 16 Gy). #4 in the left "
          "middle cerebellar peduncle 3 mm from the pons: near, not within, the brainstem (simple). Versa HD, "
          "single fraction, mask, CT + MRI; HexaPOD + CBCT.",
    docs=[
        Doc("1_consult.txt", text=f"""
Kestrel Valley Health  |  Radiation Oncology  |  Consult Note
{patient(5)}  |  MRN {mrn(5)}  |  Visit 09/10/2026  |  Provider: Soraya Beaumont-Achterberg, MD

Chief Complaint: Brain metastases, EGFR-mutant lung adenocarcinoma.

HPI: 58 y.o. female, EGFR exon 19 deletion, on osimertinib since 08/2026. Staging MRI brain 09/02/2026 (T1 post-contrast, T2 FLAIR) shows five enhancing lesions:
  #1 left cerebellar hemisphere 1.6 cm
  #2 right occipital 0.4 cm
  #3 right frontal 1.1 cm
  #4 left middle cerebellar peduncle 0.9 cm, 3 mm from the lateral pons
  #5 left parietal 0.3 cm
Mild vertigo. KPS 80.

Assessment/Plan: Candidate for SRS to all five lesions, 18-20 Gy depending on size in 1 fraction, with a dose reduction for #4 given its proximity to the brainstem. Given the CNS activity of osimertinib, will repeat the MRI in 3 weeks at simulation and treat what remains. Discussed WBRT as an alternative; she prefers SRS. Consent signed.

Electronically signed by Soraya Beaumont-Achterberg, MD on 09/10/2026 15:22
{FOOT}
"""),
        Doc("2_radiation_treatment_summary.txt", text=f"""
Kestrel Valley Health  |  Radiation Oncology
*** RADIATION TREATMENT SUMMARY ***
Patient: {patient(5)}   MRN: {mrn(5)}   Summary date: 10/09/2026

Diagnosis: Secondary malignant neoplasm of brain (C79.31); lung adenocarcinoma, EGFR exon 19 del.
Intent: Palliative / local control
Technique: Stereotactic radiosurgery (SRS), single fraction, single isocenter
Treatment unit: Elekta Versa HD with Agility MLC, HexaPOD couch
Simulation: 10/01/2026 - CT head 1 mm in a frameless thermoplastic SRS mask; planning MRI 10/01/2026 (T1 post-contrast 3D, T2 FLAIR) fused in Monaco.

Planning MRI 10/01/2026 findings: #2 right occipital and #5 left parietal no longer visible (response to osimertinib). #1, #3 and #4 persist (1.4, 1.0 and 0.8 cm). Targets treated: 3 (#1, #3, #4). #2 and #5 not treated - MRI surveillance.

Treatment Site       Energy    Dose/Fx      # Fx   Total Dose   Start        End
#1 L cerebellar      6 FFF     1800 cGy     1      1800 cGy     10/07/2026   10/07/2026
#3 R frontal         6 FFF     2000 cGy     1      2000 cGy     10/07/2026   10/07/2026
#4 L MCP             6 FFF     1600 cGy     1      1600 cGy     10/07/2026   10/07/2026

Prescription isodose: 80% (all targets). PTV = GTV + 1 mm.
Dosimetry: brainstem Dmax 1130 cGy (limit 1500 cGy); #4 PTV Dmin 1490 cGy; V12 brain 4.8 cc; chiasm Dmax 120 cGy.
Image guidance: CBCT with 6D HexaPOD correction before treatment and a verification CBCT mid-treatment (residual 0.4 mm).
Treatment tolerance: No acute toxicity.
Follow-up: MRI brain 6-8 weeks, including #2 and #5.

Electronically signed by Soraya Beaumont-Achterberg, MD on 10/09/2026 09:41
{FOOT}
"""),
    ])

# b25_06 -- scan (175 dpi): Novalis single fraction; Target T1 in the pons, Target T2 right frontal -----------
_c = "SAINT ALDRIC REGIONAL MEDICAL CENTER - RADIOSURGERY"
add(name="b25_06", kind="scan", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("Target T1 pons", "cranial", C, 15, 1), L("Target T2 right frontal", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Scanned (175 dpi) radiosurgery summary: targets named 'T1' and 'T2' in a chart that also names MRI "
          "sequences T1 post-contrast and T2 FLAIR. T1 is a 0.7 cm metastasis within the pons, 15 Gy (complex); "
          "T2 a 1.2 cm right frontal metastasis, 20 Gy (simple). 80% IDL, Dmax 18.8 / 25 Gy. Novalis Tx, "
          "frameless mask, CT + MRI, ExacTrac.",
    docs=[Doc("b25_06.pdf", [[
        H1("STEREOTACTIC RADIOSURGERY SUMMARY"),
        P("Patient: " + patient(6) + "    MRN: " + mrn(6) + "    Date of treatment: 08/19/2026"),
        P("Diagnosis: Metastatic renal cell carcinoma to brain."),
        P("Imaging: CT simulation 08/12/2026 (1 mm) in a Brainlab frameless mask; MRI 08/11/2026 with T1 post-contrast (MPRAGE) and T2 FLAIR sequences, fused in Brainlab Elements."),
        P("Targets: Target T1 = metastasis within the pons, right paramedian, 0.7 cm. Target T2 = right frontal (superior frontal gyrus), 1.2 cm. The T2 FLAIR shows moderate edema around Target T2 only."),
        RuledTable([("Target", "Location", "Size", "Rx dose", "IDL", "Dmax", "Fx"),
                    ("T1", "Pons", "0.7 cm", "15 Gy", "80%", "18.8 Gy", "1"),
                    ("T2", "R frontal", "1.2 cm", "20 Gy", "80%", "25.0 Gy", "1")]),
        RuledTable([("OAR", "Dmax", "Tolerance"),
                    ("Brainstem (excl. T1)", "14.1 Gy", "15 Gy"), ("Optic chiasm", "1.9 Gy", "8 Gy"),
                    ("Cochlea R", "3.2 Gy", "4 Gy mean")]),
        P("Technique: Novalis Tx, 6 MV SRS mode, dynamic conformal arcs, one isocenter per target (2 isocenters). ExacTrac x-ray 6D verification before each arc, tolerance 0.7 mm / 0.5 degree."),
        P("Delivered 08/19/2026 in one fraction: Target T1 (pons) 15 Gy; Target T2 (right frontal) 20 Gy. Tolerated well."),
        P("Plan: MRI brain at 6 weeks. Dexamethasone 4 mg BID x 3 days then stop."),
        sig("Octavian Reyes-Hammarskjold, MD 08/19/2026"),
    ]], opts=dict(header=hdr(_c, 6), scan=True, scan_dpi=175, font="Times-Roman"))])

# b25_07 -- bundle (self-contradicting): GK frame, six mets A-F; summary says C 20 Gy, plan says 18 Gy ---------
_c = "HARLOW FEN UNIVERSITY HOSPITAL - GAMMA KNIFE UNIT"
add(name="b25_07", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 6, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("A left frontal pole", "cranial", S, 20, 1), L("B right precentral gyrus", "cranial", S, 20, 1),
             L("C left occipital (calcarine)", "cranial", S, 18, 1), L("D right cerebellar", "cranial", S, 18, 1),
             L("E left thalamus", "cranial", S, 16, 1), L("F right gyrus rectus", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Structured GK procedure note + GammaPlan report PDF + completion summary. Six mets labelled A-F. "
          "C (2.4 cm, left calcarine) is 18 Gy in the procedure note and the plan report but '20 Gy' in the "
          "completion summary (gold 18 Gy, review expected). F lies 7 mm from the optic chiasm and C 4 mm from "
          "the optic radiation (neither is a complex trigger); E in the thalamus is not brainstem. All simple. "
          "Frame, MRI + CT.",
    contradiction="The completion summary gives lesion C 20 Gy, while the procedure note and the GammaPlan report "
                  "both give C 18 Gy (gold: 18 Gy).",
    docs=[
        Doc("1_gk_procedure_note.txt", text=f"""
HARLOW FEN UNIVERSITY HOSPITAL - GAMMA KNIFE UNIT
GAMMA KNIFE RADIOSURGERY - PROCEDURE NOTE
Patient: {patient(7)}   MRN: {mrn(7)}   DOS: 12/01/2026

Indication: Six brain metastases, HER2+ breast cancer, on trastuzumab. Prior WBRT: none.
Frame: Leksell G frame placed 06:50 by Dr. Sandoval-Quist (neurosurgery), local anesthesia, 4 pins.
Imaging: stereotactic MRI (1 mm T1 post-gadolinium, T2) and stereotactic CT, co-registered in GammaPlan.

Targets (letters used throughout this record):
  A  left frontal pole                1.5 cm    20 Gy @ 50%
  B  right precentral gyrus           0.8 cm    20 Gy @ 50%
  C  left occipital, calcarine        2.4 cm    18 Gy @ 50%   (4 mm from the left optic radiation)
  D  right cerebellar hemisphere      1.9 cm    18 Gy @ 50%
  E  left thalamus                    0.6 cm    16 Gy @ 50%
  F  right gyrus rectus               0.5 cm    18 Gy @ 50%   (7 mm from the optic chiasm)

Verification: frame fiducial check (0.3 mm), physics independent check of coordinates, couch collision check.
Delivery: Leksell Gamma Knife Perfexion, one session, total time 88 min.
Condition: stable. Frame removed; pin sites dressed.

Attending: Valentina Osei-Whitlock, MD, Radiation Oncology
Electronically signed 12/01/2026 14:10
{FOOT}
"""),
        Doc("2_gammaplan_report.pdf", [[
            H1("GammaPlan Treatment Report"),
            KeyValue([("Patient", patient(7)), ("ID", mrn(7)), ("Plan", "SIXMETS_v2 (approved)"),
                      ("Date", "12/01/2026")]),
            RuledTable([("Target", "Volume (cc)", "Prescription (Gy)", "Isodose (%)", "Max (Gy)", "Min (Gy)", "Coverage (%)", "PCI"),
                        ("A", "1.41", "20.0", "50", "40.0", "17.9", "98", "0.87"),
                        ("B", "0.22", "20.0", "50", "40.0", "18.6", "99", "0.81"),
                        ("C", "5.02", "18.0", "50", "36.0", "15.8", "97", "0.89"),
                        ("D", "2.96", "18.0", "50", "36.0", "16.4", "98", "0.88"),
                        ("E", "0.10", "16.0", "50", "32.0", "15.1", "100", "0.77"),
                        ("F", "0.06", "18.0", "50", "36.0", "17.2", "100", "0.74")]),
            RuledTable([("Risk volume", "Max (Gy)", "Limit"),
                        ("Optic chiasm", "6.2", "8"), ("Brainstem", "8.7", "12"), ("Brain V12 (cc)", "11.3", "report")]),
            P("Shots 41 (4, 8 and 16 mm). Beam-on 88.0 min at 2.43 Gy/min."),
            sig("Ingram Tavistock-Mensah, PhD, medical physicist 12/01/2026"),
        ]], opts=dict(header=hdr(_c, 7), font="Helvetica")),
        Doc("3_completion_summary.txt", text=f"""
HARLOW FEN UNIVERSITY HOSPITAL - RADIATION ONCOLOGY
COMPLETION SUMMARY
Patient: {patient(7)}   MRN: {mrn(7)}   Date: 12/03/2026

Course: Gamma Knife radiosurgery, single session, 12/01/2026, Leksell frame.
Treated: A left frontal pole 20 Gy; B right precentral 20 Gy; C left occipital 20 Gy; D right cerebellar 18 Gy; E left thalamus 16 Gy; F right gyrus rectus 18 Gy. All prescribed to the 50% isodose line.
Tolerance: mild headache, resolved. No seizure.
Follow-up: MRI brain 8 weeks; continue trastuzumab.

Valentina Osei-Whitlock, MD   electronically signed 12/03/2026
{FOOT}
"""),
    ])

# b25_08 -- ehr_text: Edge staged SRS; one 4.1 cm lesion in two stages + a cerebellar met in stage 1 ----------
add(name="b25_08", kind="ehr_text", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 2, 2, ["CT", "MRI"], ["mask"]),
    lesions=[L("Met 1 left frontal (staged)", "cranial", C, 30, 2), L("Met 2 right cerebellar", "cranial", S, 20, 1)],
    categories=cats(),
    notes="ARIA-style text export of a two-stage SRS course: Met 1, a 4.1 cm left frontal metastasis (complex by "
          "size), 15 Gy at stage 1 (two isocenters, 'Iso A' and 'Iso B', for one lesion) and 15 Gy at stage 2 "
          "four weeks later; Met 2, a 0.9 cm right cerebellar metastasis, 20 Gy at stage 1 only. Two sessions: "
          "the claimed 77372/77432 (one-session codes) are inconsistent; 77373 x2 + 77435 would fit. "
          "Reference-point cumulative column 3000 cGy for Met 1.",
    docs=[Doc("b25_08.txt", text=f"""
BRACKENRIDGE MEDICAL GROUP - RADIATION ONCOLOGY
TREATMENT SUMMARY REPORT (exported from record & verify)
Patient: {patient(8)}      ID: {mrn(8)}      Printed: 11/06/2026 07:58
Course: C2 STAGED_SRS      Machine: EDGE1      Physician: Hyacinth Delacroix-Mbeki, MD

Diagnosis: Metastatic melanoma to brain. Prior course C1 (2025): SRS right parietal 20 Gy x 1 - not part of this course.

Rationale: Met 1 (left frontal) measures 4.1 cm and is not resectable because of its position in the
supplementary motor area; planned as two-stage SRS, 15 Gy per stage about 4 weeks apart, with adaptive
re-planning on a new MRI for stage 2. Met 2 (right cerebellar, 0.9 cm) treated in full at stage 1.

Simulation: Encompass mask, CT 1 mm (10/02/2026); MRI T1 post-contrast 3D (10/01/2026 and, for stage 2, 11/02/2026) fused in Eclipse.

Plan          Ref. point        Dose/Fx (cGy)   Fx (del/plan)   Cum (cGy)   Date
STG1_M1_IsoA  PTV_Met1_15Gy     1500 (80% IDL)  1/1             1500        10/08/2026
STG1_M1_IsoB  PTV_Met1_15Gy     (same session, second isocenter for the inferior half of Met 1)
STG1_M2       PTV_Met2_20Gy     2000 (80% IDL)  1/1             2000        10/08/2026
STG2_M1       PTV_Met1_15Gy     1500 (80% IDL)  1/1             3000        11/05/2026

Stage 1 (10/08/2026): Met 1 15 Gy (Iso A + Iso B) and Met 2 20 Gy, one session.
Stage 2 (11/05/2026): Met 1 15 Gy to the residual volume (re-planned, volume 21.4 cc -> 14.9 cc).
Image guidance: CBCT + 6DoF couch for each isocenter at each stage; OSMS surface monitoring throughout.
OAR: brainstem Dmax 310 cGy (stage 1) and 280 cGy (stage 2); V12 brain 14.2 cc at stage 1.

Course status: COMPLETED. Met 1 left frontal 30 Gy in 2 stages (15 Gy + 15 Gy); Met 2 right cerebellar 20 Gy x 1.
Two lesions, two treatment sessions.

Reviewed and signed: H. Delacroix-Mbeki, MD 11/06/2026
{FOOT}
""")])


# ==================================================================================================
# CyberKnife
# ==================================================================================================

# b25_09 -- pdf: CyberKnife centre physics report; two meningiomas (cavernous sinus + convexity) 25 Gy / 5 ----
_c = "LANTERN POINT CYBERKNIFE CENTER - MEDICAL PHYSICS"
add(name="b25_09", kind="pdf", codes=["G0339", "G0340", "77435", "61798", "61797"],
    facts=F("robotic_linac", ["cranial"], 2, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("PTV1 right cavernous sinus meningioma", "cranial", C, 25, 5),
             L("PTV2 left frontal convexity meningioma", "cranial", S, 25, 5)],
    categories=cats(),
    notes="CyberKnife physics plan and treatment report: two meningiomas treated in the same five sessions, "
          "25 Gy/5 (500 cGy x 5) each to the 80% / 78% isodose lines: right cavernous sinus (complex by "
          "location) and a 2.0 cm left frontal convexity meningioma (simple). Dmax 31.3/32.1 Gy, coverage, "
          "nCI, GI, MU, Iris apertures 7.5/10/12.5 mm, chiasm Dmax 20.1 Gy (limit 25 Gy / 5). M6, Aquaplast "
          "mask, CT + MRI, 6D skull tracking.",
    docs=[Doc("b25_09.pdf", [[
        H1("CyberKnife Plan & Treatment Report"),
        KeyValue([("Patient", patient(9)), ("MRN", mrn(9)), ("System", "CyberKnife M6, Iris collimator"),
                  ("Planning", "Accuray Precision 3.3, VOLO"), ("Tracking", "6D Skull"),
                  ("Course dates", "07/13/2026 - 07/17/2026")]),
        P("Immobilization: Aquaplast thermoplastic head mask with headrest. Planning CT 1 mm (07/02/2026) registered to a contrast MRI (07/01/2026, T1 post-contrast 3D and T2) in Precision."),
        H2("Targets and prescription"),
        RuledTable([("Target", "Description", "Vol (cc)", "Rx", "Rx IDL", "Coverage", "Dmax", "nCI", "GI"),
                    ("PTV1", "R cavernous sinus meningioma", "6.84", "2500 cGy / 5 fx", "80%", "95.8%", "3130 cGy", "1.18", "3.4"),
                    ("PTV2", "L frontal convexity meningioma, 2.0 cm", "3.12", "2500 cGy / 5 fx", "78%", "97.1%", "3210 cGy", "1.14", "3.6")]),
        H2("Organs at risk (5 fractions)"),
        RuledTable([("OAR", "Dmax (cGy)", "D0.03cc (cGy)", "Constraint"),
                    ("Optic chiasm", "2010", "1920", "Dmax < 2500 cGy"), ("R optic nerve", "2170", "2090", "Dmax < 2500 cGy"),
                    ("Brainstem", "2340", "2260", "D0.03cc < 3100 cGy"), ("R cochlea", "880", "-", "mean < 1500 cGy")]),
        H2("Delivery"),
        RuledTable([("Fx", "Date", "PTV1 (cGy)", "PTV2 (cGy)", "Beams", "MU", "Treatment time (min)"),
                    ("1", "07/13/2026", "500", "500", "212", "14,882", "41"),
                    ("2", "07/14/2026", "500", "500", "212", "14,882", "39"),
                    ("3", "07/15/2026", "500", "500", "212", "14,882", "40"),
                    ("4", "07/16/2026", "500", "500", "212", "14,882", "38"),
                    ("5", "07/17/2026", "500", "500", "212", "14,882", "39")]),
        P("Iris apertures used: 7.5, 10 and 12.5 mm. 6D skull tracking with live x-ray pairs every 45 s; all "
          "translational corrections under 1.0 mm and rotations under 1 degree. Patient-specific QA (film, "
          "gamma 2%/1 mm) 98.9% passing before fraction 1."),
        P("Course completed as planned: PTV1 right cavernous sinus meningioma 25 Gy in 5 fractions and PTV2 "
          "left frontal convexity meningioma 25 Gy in 5 fractions, both treated in each session."),
        sig("Evangeline Kowalczyk-Adeyemi, MS, DABR, physicist 07/17/2026"),
        sig("Lorcan Fitzwilliam-Ono, MD, radiation oncologist 07/20/2026"),
    ]], opts=dict(header=hdr(_c, 9), font="Helvetica"))])

# b25_10 -- bundle: CyberKnife spine physics report + treatment summary; RCC to T10 and L2, 3 fractions ---------
_c = "SABLE HARBOR RADIOSURGERY INSTITUTE"
add(name="b25_10", kind="bundle", codes=["G0339", "G0340", "77435", "63620", "63621"],
    facts=F("robotic_linac", ["spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T10 vertebral metastasis (renal cell carcinoma)", "spinal", None, 27, 3),
             L("L2 vertebral metastasis", "spinal", None, 24, 3)],
    categories=cats(),
    notes="CyberKnife physics report PDF + EHR treatment summary. 'Metastatic renal cell carcinoma to T10' "
          "27 Gy/3 (9 Gy x 3) and L2 24 Gy/3 ('8 Gy x 3', total in the summary only). Prior 8 Gy x 1 to T10 "
          "(02/2025) is history. Cord Dmax 17.9 Gy vs 21.9 Gy limit, cauda 15.2 Gy; MRI T1/T2/STIR sequences "
          "beside the T10/L2 levels. Vac-Lok, Xsight Spine (no fiducials), CT + MRI.",
    docs=[
        Doc("1_cyberknife_physics_report.pdf", [[
            H1("CyberKnife Spine - Physics Plan Report"),
            KeyValue([("Patient", patient(10)), ("MRN", mrn(10)), ("System", "CyberKnife S7, InCise MLC"),
                      ("Tracking", "Xsight Spine (fiducial-free)"), ("Immobilization", "Vac-Lok cushion, supine")]),
            P("Planning CT 1.25 mm (09/21/2026) fused with MRI thoracolumbar spine (09/18/2026: T1, T2 and STIR sagittal, T1 post-contrast axial). Epidural extension at T10 abuts the thecal sac (Bilsky 1b)."),
            RuledTable([("Target", "Vol (cc)", "Dose / fx", "Fx", "Total", "IDL", "Coverage", "Dmax"),
                        ("PTV_T10", "38.6", "900 cGy", "3", "2700 cGy", "74%", "90.4%", "3650 cGy"),
                        ("PTV_L2", "29.1", "800 cGy", "3", "2400 cGy", "76%", "92.2%", "3160 cGy")]),
            RuledTable([("OAR", "Metric", "Plan", "Limit (3 fx)"),
                        ("Spinal cord", "Dmax", "17.9 Gy", "21.9 Gy"), ("Spinal cord", "D0.35cc", "15.1 Gy", "18 Gy"),
                        ("Cauda equina", "Dmax", "15.2 Gy", "24 Gy"), ("Esophagus", "Dmax", "14.8 Gy", "25.2 Gy"),
                        ("L kidney", "Dmean", "2.9 Gy", "report")]),
            P("Beams 168, total MU 38,410, estimated treatment time 52 min per fraction. Prior RT: 8 Gy x 1 to T10 (02/2025, conventional AP/PA); composite cord Dmax EQD2 reviewed and accepted."),
            sig("Marcus Oyelowo-Brandt, MS, DABR 09/24/2026"),
        ]], opts=dict(header=hdr(_c, 10), font="Helvetica")),
        Doc("2_treatment_summary.txt", text=f"""
SABLE HARBOR RADIOSURGERY INSTITUTE
RADIATION TREATMENT SUMMARY
Patient: {patient(10)}   MRN: {mrn(10)}   Date: 10/02/2026

Diagnosis: Metastatic renal cell carcinoma to T10 and L2 (C79.51). Clear cell RCC, nephrectomy 2023.
Prior radiation: 8 Gy x 1 to T10 (02/2025) for pain.
Course: CyberKnife SBRT, 3 fractions, 09/28/2026, 09/30/2026 and 10/01/2026.
  T10: 9 Gy x 3 = 27 Gy
  L2: 8 Gy x 3 = 24 Gy
Both levels treated in each session. Xsight Spine tracking with orthogonal x-ray pairs; mean correction 0.6 mm.
Tolerance: grade 1 fatigue; pain improved from 7/10 to 3/10. No neurologic change.
Plan: MRI spine at 3 months. Continue cabozantinib.

Electronically signed: Nerys Vandermeer-Adebayo, MD 10/02/2026
{FOOT}
"""),
    ])


# ==================================================================================================
# Body and spine SBRT on gantry linacs
# ==================================================================================================

# b25_11 -- pdf: community hospital ARIA-like summary; RUL cT1cN0 lung 50 Gy / 5 -----------------------------
_c = "OSSINGTON VALLEY COMMUNITY HOSPITAL - RADIATION ONCOLOGY"
add(name="b25_11", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe", "body", None, 50, 5)],
    categories=cats(),
    notes="ARIA-like treatment summary of lung SBRT: RUL adenocarcinoma staged cT1cN0M0 ('T1' is stage), 10 Gy x 5 "
          "= 50 Gy (cGy fraction log), D95 5000 cGy, Dmax 6250 cGy, R50 4.3, D2cm 2980 cGy, lung V20 4.2%, cord "
          "Dmax 1210 cGy, MU per arc. 4DCT + PET/CT, BodyFIX, daily CBCT.",
    docs=[Doc("b25_11.pdf", [[
        H1("Treatment Summary - Stereotactic Body Radiotherapy"),
        KeyValue([("Patient", patient(11)), ("MRN", mrn(11)), ("Course", "C1 LUNG_SBRT"),
                  ("Machine", "TrueBeam (TB1)"), ("Dates", "06/01/2026 - 06/10/2026"),
                  ("Physician", "Wendeline Obuya-Carrick, MD")]),
        P("Diagnosis: Adenocarcinoma of the right upper lobe, cT1cN0M0 (2.6 cm), medically inoperable (FEV1 38%)."),
        P("Simulation 05/22/2026: BodyFIX vacuum cushion with low-vacuum wrap, arms up; 4DCT (10 phases) for the ITV; staging PET/CT of 05/09/2026 fused for delineation. PTV = ITV + 5 mm."),
        P("Prescription: 1000 cGy per fraction x 5 to the 80% isodose covering 95% of the PTV; 2 VMAT partial arcs, 6X-FFF."),
        H2("Treatment record"),
        RuledTable([("Fx", "Date", "Ref point", "Dose (cGy)", "Cum (cGy)", "Arc1 MU", "Arc2 MU", "CBCT"),
                    ("1", "06/01/2026", "PTV_RUL", "1000", "1000", "1402", "1388", "Y"),
                    ("2", "06/03/2026", "PTV_RUL", "1000", "2000", "1402", "1388", "Y"),
                    ("3", "06/05/2026", "PTV_RUL", "1000", "3000", "1402", "1388", "Y"),
                    ("4", "06/08/2026", "PTV_RUL", "1000", "4000", "1402", "1388", "Y"),
                    ("5", "06/10/2026", "PTV_RUL", "1000", "5000", "1402", "1388", "Y")]),
        H2("Plan evaluation"),
        RuledTable([("Structure", "Metric", "Result", "Goal"),
                    ("PTV_RUL", "D95", "5000 cGy", ">= 5000 cGy"), ("PTV_RUL", "Dmax", "6250 cGy", "< 7000 cGy"),
                    ("PTV_RUL", "Coverage V100", "95.4%", ">= 95%"), ("Plan", "R50%", "4.3", "< 4.7"),
                    ("Plan", "D2cm", "2980 cGy", "< 3000 cGy"), ("Lungs - ITV", "V20", "4.2%", "< 10%"),
                    ("Spinal cord", "Dmax", "1210 cGy", "< 2800 cGy"), ("Chest wall", "V30", "12.8 cc", "< 30 cc")]),
        P("Image guidance: daily CBCT matched to the ITV before each fraction; shifts recorded in ARIA."),
        P("Summary: SBRT to the right upper lobe completed, 5000 cGy in 5 fractions. No acute toxicity. CT chest in 3 months."),
        sig("Wendeline Obuya-Carrick, MD 06/11/2026"),
    ]], opts=dict(header=hdr(_c, 11), font="Helvetica"))])

# b25_12 -- bundle: liver HCC segment VII; consult range, fiducial note, SmartText summary (50 -> 45 Gy) --------
add(name="b25_12", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("hepatocellular carcinoma, segment VII", "body", None, 45, 5)],
    categories=cats(),
    notes="EHR bundle: consult ('40-50 Gy in 5 fractions depending on the liver constraints'), IR fiducial "
          "placement note (three gold seeds), and a SmartText Radiation Treatment Summary: Rx reduced from 50 to "
          "45 Gy (9 Gy x 5) at plan approval for the mean liver dose. 'S7' / segment VII and a prior TACE. Versa "
          "HD, abdominal compression, 4DCT + MRI, CBCT + seed match.",
    docs=[
        Doc("1_consult.txt", text=f"""
Wyvern Hills Health | Radiation Oncology | New Patient Consultation
{patient(12)} | MRN {mrn(12)} | 04/14/2026 | Provider: Benedikt Achterberg-Solis, MD

HPI: 71 y.o. male with hepatitis C cirrhosis, Child-Pugh A6, and a 3.4 cm LI-RADS 5 lesion in segment VII (S7). TACE 11/2025 with partial response; residual arterial enhancement on MRI 03/2026.

Recommendation: SBRT, 40-50 Gy in 5 fractions depending on the liver constraints (mean liver dose, 700 cc spared below 15 Gy). Fiducial placement by IR before simulation. Discussed Y-90 as an alternative.

Electronically signed by Benedikt Achterberg-Solis, MD on 04/14/2026 16:05
{FOOT}
"""),
        Doc("2_fiducial_placement.txt", text=f"""
Wyvern Hills Health | Interventional Radiology | Procedure Note
{patient(12)} | MRN {mrn(12)} | 04/22/2026

Procedure: CT-guided percutaneous placement of fiducial markers, right hepatic lobe.
Three 0.35 x 10 mm gold seeds placed around the segment VII lesion under CT guidance. No complications. Post-procedure CT confirms seeds at the margin of the lesion (spacing 2.1-3.0 cm).

Electronically signed by Corisande Mwangi-Pryor, MD on 04/22/2026 11:30
{FOOT}
"""),
        Doc("3_radiation_treatment_summary.txt", text=f"""
Wyvern Hills Health | Radiation Oncology
RADIATION TREATMENT SUMMARY
{patient(12)} | MRN {mrn(12)} | 05/22/2026

Diagnosis: Hepatocellular carcinoma, segment VII (C22.0).
Simulation: 04/29/2026, supine on an Elekta BodyFIX base with abdominal compression plate; 4DCT with IV contrast (arterial and portal venous phases); MRI liver 04/28/2026 (T1 post-contrast arterial phase) fused for the GTV. ITV from 4DCT, PTV = ITV + 5 mm.
Prescription: originally 50 Gy in 5 fractions; Rx reduced from 50 to 45 Gy at plan approval because the mean liver dose was 14.6 Gy at 50 Gy. Final: 9 Gy x 5 to the 80% isodose.

Treatment Site    Modality       Dose/Fx    Fx    Total     Start        End          Status
Liver S7          6X-FFF VMAT    900 cGy    5/5   4500 cGy  05/12/2026   05/20/2026   Completed

Dosimetry: PTV D95 4500 cGy; PTV Dmax 5620 cGy; mean liver (liver - GTV) 12.9 Gy; 700 cc of liver below 15 Gy: met (1045 cc); duodenum Dmax 18.2 Gy; stomach Dmax 16.0 Gy; right kidney mean 4.1 Gy.
Image guidance: CBCT each fraction with match to the three gold seeds; seed registration residual under 2 mm.
Tolerance: grade 1 fatigue, no nausea.
Follow-up: MRI liver and AFP in 3 months; hepatology.

Electronically signed by Benedikt Achterberg-Solis, MD on 05/22/2026 10:12
{FOOT}
"""),
    ])

# b25_13 -- letter .txt: private practice dictated letter; prostate 36.25 Gy / 5 ----------------------------
add(name="b25_13", kind="letter", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Private-practice dictated letter to the urologist: prostate SBRT 'seven and a quarter Gray' per fraction "
          "x 5 = 36.25 Gy (total also given) on a TrueBeam, gold fiducials + SpaceOAR, MRI + CT, Vac-Lok, daily "
          "CBCT/seed match. Urethra Dmax 38.4 Gy, rectum V36 0.6 cc, bladder V37 4.8 cc; PSA 6.2, Gleason 3+4.",
    docs=[Doc("b25_13.txt", text=f"""
DUNMORE & ACHEBE RADIATION PARTNERS
Private practice radiation oncology - 77 Ferncliff Avenue

August 20, 2026

Rupert Calloway-Nakamura, MD
Urology Associates of Ferncliff

Re: {patient(13)}   MRN {mrn(13)}

Dear Rupert,

I am pleased to report that your patient, a 69-year-old gentleman with favorable intermediate-risk adenocarcinoma of the prostate, Gleason 3+4=7 (grade group 2), PSA 6.2, clinical T1c, finished stereotactic body radiotherapy on August 18.

Thank you for placing the three gold fiducial markers and the SpaceOAR hydrogel on July 21. He had his planning CT on July 28 with a custom Vac-Lok cushion under the pelvis and legs, and an MRI pelvis the same day that we fused for the prostate and the seminal vesicle base. We prescribed seven and a quarter Gray per fraction for five fractions, 36.25 Gy in total, to the prostate plus the proximal 1 cm of seminal vesicles, with a 3 mm posterior and 5 mm elsewhere margin. He was treated on the TrueBeam every other day, August 10, 12, 14, 16 and 18, with a cone-beam CT before each fraction matched to the fiducials, and with a repeat kV check of the seeds halfway through each arc.

The plan met all of our constraints comfortably: urethra Dmax 38.4 Gy (limit 38.5 Gy), rectum V36 Gy 0.6 cc (limit 1 cc), bladder V37 Gy 4.8 cc (limit 10 cc), and the femoral heads well under 20 Gy. No androgen deprivation was used.

He had grade 1 urinary frequency, now settling on tamsulosin 0.4 mg nightly, and no bowel symptoms.

I will see him in 3 months with a PSA and would be grateful if you continue your usual surveillance. 

Kind regards,

Fenella Dunmore-Ikeda, MD
Dictated 08/19/2026 - transcribed 08/20/2026 (FD/lm)
{FOOT}
""")])

# b25_14 -- bundle (self-contradicting): academic spine SBRT, breast cancer to T7, 12 Gy x 2; summary says 3 fx ---
_c = "GREYFRIARS ACADEMIC MEDICAL CENTER - SPINE RADIOSURGERY PROGRAM"
add(name="b25_14", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T7 vertebral body (metastatic breast cancer)", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Structured academic spine SBRT note + plan/treatment record PDF + completion summary. 'Metastatic "
          "breast cancer to T7', 12 Gy x 2 = 24 Gy (two dated fractions in the record, 'fraction 2 of 2'); the "
          "completion summary says '27 Gy in 3 fractions' (gold 24 Gy / 2, review expected). L2-L3 degenerative "
          "disc disease and MRI T1/T2/STIR sequences are not targets. Cord Dmax 14 Gy (single-fraction history "
          "constraint quoted) vs plan 15.4 Gy / 2 fx. BodyFIX, CT + MRI, ExacTrac + CBCT.",
    contradiction="The completion summary says 27 Gy in 3 fractions, while the structured note and the treatment "
                  "record give two fractions of 12 Gy, 24 Gy in 2 (gold: 24 Gy / 2).",
    docs=[
        Doc("1_structured_sbrt_note.txt", text=f"""
GREYFRIARS ACADEMIC MEDICAL CENTER - SPINE RADIOSURGERY PROGRAM
SPINE SBRT NOTE (structured template v4)

Patient:            {patient(14)}
MRN:                {mrn(14)}
Date:               03/05/2026
Diagnosis:          Metastatic breast cancer to T7 (ER+/HER2-), C79.51
Target level(s):    T7 (vertebral body and right pedicle; no epidural disease, Bilsky 0)
Incidental:         L2-L3 degenerative disc disease with a broad-based bulge - not a target
Prior RT to site:   none
Simulation:         02/24/2026, BodyFIX vacuum bag with wrap, arms by the side; CT 1 mm
Planning MRI:       02/20/2026 thoracic spine, sagittal T1, T2 and STIR, axial T1 post-contrast; fused
Prescription:       12 Gy x 2 fractions to the PTV (D90 >= 12 Gy per fraction), 2 VMAT arcs
Cord constraint:    Dmax 17 Gy over 2 fractions (our single-fraction limit would be cord Dmax 14 Gy)
Image guidance:     ExacTrac stereoscopic x-ray + CBCT, 6D couch, before each fraction
Fractions:          fraction 1 on 03/03/2026, fraction 2 of 2 today (03/05/2026)
Status:             Course complete, 24 Gy in 2 fractions to T7.

Attending: Anselm Kristiansen-Obi, MD (Radiation Oncology)
Electronically signed 03/05/2026 12:48
{FOOT}
"""),
        Doc("2_plan_and_treatment_record.pdf", [[
            H1("Spine SBRT - Plan and Treatment Record"),
            KeyValue([("Patient", patient(14)), ("MRN", mrn(14)), ("Machine", "TrueBeam STx (ExacTrac)"),
                      ("Plan", "SPINE_T7_24Gy2fx"), ("Planning system", "Eclipse 18")]),
            RuledTable([("Structure", "Metric", "Value", "Objective"),
                        ("PTV_T7_24Gy", "D90", "24.1 Gy", ">= 24 Gy"), ("PTV_T7_24Gy", "Dmax", "29.6 Gy", "report"),
                        ("PTV_T7_24Gy", "Dmin", "16.8 Gy", "report"), ("CTV_T7", "Coverage V24", "93.2%", ">= 90%"),
                        ("SpinalCord_PRV", "Dmax", "15.4 Gy", "< 17 Gy"), ("Esophagus", "D0.035cc", "16.2 Gy", "< 20 Gy"),
                        ("z_Ring_5mm", "Dmax", "18.0 Gy", "help structure")]),
            RuledTable([("Fx", "Date", "Dose (Gy)", "Cumulative (Gy)", "MU", "ExacTrac residual", "Therapists"),
                        ("1", "03/03/2026", "12.0", "12.0", "3,412", "0.4 mm / 0.3 deg", "JK / PL"),
                        ("2", "03/05/2026", "12.0", "24.0", "3,412", "0.5 mm / 0.2 deg", "JK / AM")]),
            P("Fractions delivered: 2 of 2. Physics weekly check and patient-specific QA (ArcCHECK 99.1%, 2%/2 mm) completed."),
            sig("Philomena Grant-Adewale, MS, DABR 03/05/2026"),
        ]], opts=dict(header=hdr(_c, 14), font="Helvetica")),
        Doc("3_completion_summary.txt", text=f"""
GREYFRIARS ACADEMIC MEDICAL CENTER - RADIATION ONCOLOGY
COMPLETION SUMMARY
Patient: {patient(14)}   MRN: {mrn(14)}   Date: 03/09/2026

Course completed: SBRT to T7, 27 Gy in 3 fractions, 03/03/2026 - 03/05/2026, TrueBeam STx.
Tolerance: mild esophagitis, resolved; back pain improved.
Follow-up: MRI thoracic spine in 3 months; continue letrozole/palbociclib.

Anselm Kristiansen-Obi, MD   electronically signed 03/09/2026
{FOOT}
"""),
    ])

# b25_15 -- ehr_text: SmartText summary; MR-linac left adrenal 8 Gy x 5; coder adds 77432 --------------------
add(name="b25_15", kind="ehr_text", codes=["77373", "77435", "77432"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("left adrenal metastasis", "body", None, 40, 5)],
    categories=cats(),
    notes="EHR 'Radiation Treatment Summary' SmartText export: MR-linac (Elekta Unity) adaptive SBRT to a left "
          "adrenal NSCLC metastasis, 8 Gy x 5 (total 4000 cGy in the table). Daily MRI is image guidance; "
          "planning CT + MRI. BlueBAG cushion. Stomach Dmax 31.7 Gy vs 32 Gy limit, GTV mean 44.6 Gy, 'prior "
          "60 Gy in 30 fractions to the left lung (2024)' is history. 77432 (single-session cranial) is "
          "inconsistent.",
    docs=[Doc("b25_15.txt", text=f"""
FAIRHAVEN CANCER INSTITUTE - MR-LINAC SERVICE
@NAME@: {patient(15)}     @MRN@: {mrn(15)}     @TD@: 07/30/2026

RADIATION TREATMENT SUMMARY

Diagnosis: Non-small cell lung cancer, squamous, with a solitary left adrenal metastasis (C79.72).
Prior radiation: 60 Gy in 30 fractions to the left lung and mediastinum, completed 11/2024 (chemoradiation).

Course: SBRT_ADRENAL_L    Intent: curative (oligoprogression)
Treatment machine: Elekta Unity 1.5 T MR-linac, 7 MV FFF, step-and-shoot IMRT, adapt-to-shape daily
Immobilization: BlueBAG vacuum cushion, arms on chest, knee support.
Planning imaging: CT simulation 07/14/2026 (free breathing and exhale breath-hold) and MRI simulation on the Unity 07/15/2026 (T2 3D and exhale T1 mDixon).

Treatment Site         Dose/Fx    Fx Delivered/Planned    Total Delivered    Start        End
L adrenal (PTV_Adr)    800 cGy    5/5                     4000 cGy           07/21/2026   07/29/2026

Daily online adaptation on a pre-treatment T2 MRI with contour review by the physician; cine-MRI gating on the GTV during beam-on (gating window 3 mm).
Dosimetry (reference plan): PTV D95 40.0 Gy; GTV mean 44.6 Gy; stomach Dmax 31.7 Gy (limit 32 Gy); small bowel D0.5cc 27.9 Gy; left kidney mean 5.2 Gy; spinal cord Dmax 11.0 Gy.
Toxicity: grade 1 nausea on fractions 2-3 (ondansetron).
Follow-up: PET/CT in 3 months.

Electronically signed by Marisela Oduya-Thornbury, MD on 07/30/2026 17:02
{FOOT}
""")])

# b25_16 -- bundle (self-contradicting): oligometastatic LLL nodule + T11, 5 fx; summary says 'all three targets' -
_c = "QUILLON BAY CANCER INSTITUTE - RADIATION ONCOLOGY"
add(name="b25_16", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["body", "spinal"], 2, 5, ["CT", "MRI", "PET"], ["body_immobilization"]),
    lesions=[L("left lower lobe nodule", "body", None, 50, 5), L("T11 vertebral metastasis", "spinal", None, 35, 5)],
    categories=cats(),
    notes="Oligometastatic colorectal cancer, two sites in the same five sessions: left lower lobe nodule 10 Gy x 5 "
          "= 50 Gy and T11 vertebral body 7 Gy x 5 = 35 Gy (epidural extension abutting the thecal sac). Plan "
          "report lists PTV_LLL_50Gy, PTV_T11_35Gy, PTV_T11_eval and z_Ring (help structures, not targets). The "
          "completion summary says 'all three targets' although it and every other document list two (gold 2, "
          "review expected). Planning 4DCT + spine MRI + PET/CT; BodyFIX; CBCT.",
    contradiction="The completion summary says all three targets were treated, while the plan report, the "
                  "treatment record and the summary's own list give two treated lesions, LLL and T11 (gold: 2).",
    docs=[
        Doc("1_sbrt_plan_report.pdf", [[
            H1("SBRT Plan Report - Two Sites"),
            KeyValue([("Patient", patient(16)), ("MRN", mrn(16)), ("Machine", "TrueBeam (QB-3)"),
                      ("Plan", "OLIGO_LLL_T11"), ("Isocenters", "Iso_LLL, Iso_T11 (one per target)")]),
            P("Diagnosis: Metastatic adenocarcinoma of the sigmoid colon, oligometastatic: left lower lobe nodule (1.9 cm) and T11 vertebral body with epidural extension abutting the thecal sac. Simulation 10/05/2026 in a BodyFIX vacuum cushion; 4DCT; MRI thoracic spine (T1, T2, post-contrast) and PET/CT 09/28/2026 fused."),
            RuledTable([("Structure", "Role", "Rx", "D95", "Dmax", "Notes"),
                        ("PTV_LLL_50Gy", "target", "10 Gy x 5", "50.1 Gy", "62.4 Gy", "80% IDL"),
                        ("PTV_T11_35Gy", "target", "7 Gy x 5", "35.0 Gy", "41.9 Gy", "simultaneous, same sessions"),
                        ("PTV_T11_eval", "evaluation (PTV minus cord PRV)", "-", "34.2 Gy", "-", "not a target"),
                        ("z_Ring_LLL", "help structure", "-", "-", "27.1 Gy", "optimization only")]),
            RuledTable([("OAR", "Metric", "Plan", "Limit (5 fx)"),
                        ("Spinal cord", "Dmax", "22.6 Gy", "30 Gy"), ("Esophagus", "Dmax", "24.8 Gy", "35 Gy"),
                        ("Lungs - ITV", "V20", "5.1%", "10%"), ("Heart", "Dmax", "19.4 Gy", "38 Gy")]),
            RuledTable([("Fx", "Date", "LLL (Gy)", "T11 (Gy)", "CBCT"),
                        ("1", "10/13/2026", "10", "7", "Y"), ("2", "10/15/2026", "10", "7", "Y"),
                        ("3", "10/17/2026", "10", "7", "Y"), ("4", "10/20/2026", "10", "7", "Y"),
                        ("5", "10/22/2026", "10", "7", "Y")]),
            sig("Dashiell Nakagawa-Ferreira, MS, DABR 10/22/2026"),
        ]], opts=dict(header=hdr(_c, 16), font="Helvetica")),
        Doc("2_completion_summary.txt", text=f"""
QUILLON BAY CANCER INSTITUTE - RADIATION ONCOLOGY
COMPLETION SUMMARY
Patient: {patient(16)}   MRN: {mrn(16)}   Date: 10/23/2026

Course: SBRT to oligometastatic colorectal cancer, TrueBeam, 10/13/2026 - 10/22/2026, 5 fractions.
All three targets were treated as planned:
  - Left lower lobe nodule: 50 Gy in 5 fractions
  - T11 vertebral body: 35 Gy in 5 fractions
Daily CBCT before each fraction (separate match at each isocenter).
Tolerance: grade 1 fatigue; no esophagitis.
Plan: CT chest and MRI spine in 3 months; CEA monthly.

Electronically signed: Oriane Castellanos-Whit, MD 10/23/2026
{FOOT}
"""),
    ])


# ==================================================================================================
# Hard negatives and near-misses
# ==================================================================================================

# b25_17 -- letter .txt: consult letter only; five mets, 'SRS 18-20 Gy depending on size' recommended ---------
add(name="b25_17", kind="letter", codes=["77371", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: private-practice consultation letter. Five brain metastases (sizes, a lesion 4 mm from "
          "the chiasm, a 1.0 cm lesion labelled 'C2' beside a C2 vertebral finding) with Gamma Knife "
          "recommended at '18-20 Gy depending on size, 16 Gy for the lesion near the chiasm'; prior WBRT 30 Gy/10 "
          "(2023) recounted. Nothing delivered: facts empty, categories unmet, every claimed code inconsistent.",
    docs=[Doc("b25_17.txt", text=f"""
ROWAN & CASTELLANE RADIATION ONCOLOGY, P.C.
Consultation - dictated letter

September 3, 2026

Griselda Abernethy-Musa, MD
Thoracic Oncology

RE: {patient(17)}   MRN {mrn(17)}

Dear Dr. Abernethy-Musa,

I saw your patient in consultation today for newly diagnosed brain metastases from her ALK-negative adenocarcinoma of the lung. She is 66 and had whole brain radiation, 30 Gy in 10 fractions, in 2023 for two small lesions that responded completely.

Her MRI of 08/28/2026 shows five new enhancing lesions, which I will call C1 to C5 for our conversation: C1 right frontal 1.8 cm, C2 left parietal 1.0 cm, C3 left cerebellar 1.3 cm, C4 right occipital 0.5 cm and C5 a 0.6 cm lesion along the right gyrus rectus about 4 mm from the optic chiasm. Incidentally, the cervical spine images show a small sclerotic focus in the C2 vertebral body that is probably a bone island.

I have recommended Gamma Knife radiosurgery to all five lesions in a single session, 18-20 Gy depending on size, with 16 Gy for C5 near the chiasm, after a repeat stereotactic MRI with a frame. We discussed the risks of radionecrosis and of new lesions. She would like to talk it over with her family and will call us next week. No treatment has been scheduled and no simulation or frame placement has been done.

Thank you for this kind referral.

Sincerely,

Caspian Rowan-Ibekwe, MD
Dictated 09/03/2026 (CR/ab)
{FOOT}
""")])

# b25_18 -- pdf, two columns: near-miss; stereotactic hypofractionated 5 Gy x 6 to a 4.2 cm cavity -----------
_c = "ELMSTEAD GENERAL HOSPITAL - RADIATION ONCOLOGY"
add(name="b25_18", kind="pdf", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 6, ["CT", "MRI"], ["mask"]),
    lesions=[L("left parietal resection cavity", "cranial", C, 30, 6)],
    categories=cats(),
    notes="Near-miss on a two-column page: completion summary of hypofractionated stereotactic radiotherapy, "
          "5 Gy x 6 = 30 Gy, to a 4.2 cm left parietal resection cavity (complex by size) on a Halcyon with "
          "mask, CT + MRI, daily CBCT. Six fractions: every claimed SRS/SBRT code is inconsistent and there is "
          "no delivery code. '27 Gy in 3 fractions was considered' and the 5.1 cm pre-operative size are history.",
    docs=[Doc("b25_18.pdf", [[
        H1("Completion Summary - Hypofractionated Stereotactic RT"),
        P("Patient: " + patient(18) + "   MRN: " + mrn(18)),
        P("Treatment dates: 01/12/2026 - 01/19/2026."),
        H2("Diagnosis"),
        P("Metastatic endometrial carcinoma to the brain; solitary 5.1 cm left parietal metastasis resected 12/10/2025."),
        H2("Rationale"),
        P("The postoperative cavity measures 4.2 cm in maximum dimension. Single-fraction SRS and 27 Gy in 3 fractions were considered and rejected because of the cavity volume (34 cc); a six-fraction stereotactic regimen was chosen."),
        H2("Simulation and planning"),
        P("Open-face thermoplastic mask; planning CT 1 mm fused with postoperative MRI (T1 post-contrast, FLAIR). CTV = cavity + 2 mm along the dura, PTV = CTV + 2 mm. Eclipse VMAT, 3 arcs, 6X-FFF."),
        ColumnBreak(),
        H2("Prescription"),
        P("5 Gy x 6 fractions to the 80% isodose, total 30 Gy. PTV Dmax 37.4 Gy; brain V24 (6 fx) 19.8 cc; brainstem Dmax 8.9 Gy; optic chiasm 3.1 Gy."),
        H2("Delivery"),
        P("Varian Halcyon, daily CBCT with a 6 degree-of-freedom couch correction. Fractions on 01/12, 01/13, 01/14, 01/15, 01/16 and 01/19/2026: six fractions of 5 Gy, total 30 Gy delivered."),
        H2("Outcome"),
        P("Tolerated well, grade 1 alopecia. MRI brain in 2 months."),
        sig("Ottoline Mbatha-Kirkwood, MD 01/20/2026"),
    ]], opts=dict(header=hdr(_c, 18), two_columns=True, font="Helvetica"))])

# b25_19 -- ehr_text: hard negative; lung SBRT simulated and planned, cancelled before fraction 1 -------------
add(name="b25_19", kind="ehr_text", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: EHR Radiation Treatment Summary for a cancelled course. Left upper lobe SBRT 54 Gy in 3 "
          "fractions (18 Gy x 3) was simulated and planned (plan metrics listed) but cancelled before fraction 1 "
          "when the planning PET/CT showed a hilar node; referred for chemoradiation. Table shows 0/3 fractions, "
          "0 cGy. Nothing delivered: facts empty, categories unmet, claimed codes inconsistent.",
    docs=[Doc("b25_19.txt", text=f"""
NORTHGATE VALLEY ONCOLOGY  |  Radiation Oncology
RADIATION TREATMENT SUMMARY (course closed)
Patient: {patient(19)}     MRN: {mrn(19)}     Date: 05/06/2026

Diagnosis: Adenocarcinoma, left upper lobe, 2.2 cm, initially staged cT1cN0.
Planned course: SBRT LUL, 18 Gy x 3 (54 Gy) to the 80% isodose, TrueBeam.
Simulation: 04/24/2026, Vac-Lok cushion, 4DCT; plan approved 04/30/2026 (PTV D95 54.0 Gy, Dmax 66.9 Gy, lung V20 3.8%, chest wall V30 24 cc).

Treatment Site    Dose/Fx     Fx Delivered/Planned    Total Delivered    Status
LUL (PTV_LUL)     1800 cGy    0/3                     0 cGy              Cancelled

Reason: The pre-treatment PET/CT of 05/01/2026 showed an FDG-avid 1.4 cm left hilar node (SUV 7.2), confirmed N1 on EBUS 05/05/2026. SBRT was cancelled before the first fraction. Referred to medical oncology for concurrent chemoradiation (60 Gy in 30 fractions to be planned separately).

Electronically signed by Emrys Takahashi-Delaney, MD on 05/06/2026 14:37
{FOOT}
""")])

# b25_20 -- letter .txt: hard negative; follow-up after 2025 GK for trigeminal neuralgia, repeat GK recommended -
add(name="b25_20", kind="letter", codes=["77371", "77432", "61798", "61800"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: private-practice follow-up letter 14 months after Gamma Knife for right trigeminal "
          "neuralgia (2025: 80 Gy maximum with one 4 mm shot, brainstem 15 Gy isodose surface, frame). Pain has "
          "recurred (BNI IV) and a repeat GK of 70 Gy is recommended; nothing delivered in this episode.",
    docs=[Doc("b25_20.txt", text=f"""
ASHGROVE NEUROSURGICAL & RADIOSURGERY PRACTICE
Follow-up - dictated letter

November 12, 2026

Dr. Lysander Okafor-Whitby
Ashgrove Family Medicine

RE: {patient(20)}   MRN {mrn(20)}

Dear Lysander,

I saw your patient today, fourteen months after her Gamma Knife radiosurgery for right-sided trigeminal neuralgia. As you will recall, on 09/16/2025 we placed a Leksell frame and treated the right trigeminal nerve root entry zone with a single 4 mm shot, eighty Gray maximum dose at the 100% isodose line, keeping the brainstem surface at the 15 Gy isodose line.

She was pain-free off carbamazepine for eleven months (BNI I) but since October her V2 pain has returned, now BNI IV despite carbamazepine 600 mg daily. Her MRI of 11/05/2026 (CISS and T1 post-contrast) shows the expected small focus of enhancement at the prior target and nothing new.

I have recommended a repeat Gamma Knife procedure at a slightly lower dose, 70 Gy maximum, targeting a point more anterior along the nerve, or alternatively a microvascular decompression with Dr. Sato. She will think about these options; nothing has been scheduled.

Kind regards,

Winifred Aldana-Sorensen, MD
Dictated 11/12/2026 (WA/jt)
{FOOT}
""")])


CORPUS = Corpus("blind_corpus25", "tests/blind_corpus25", CHARTS, pdf_options={"footer": FOOT, "font": "Helvetica"},
                hand_written=["README.md", "FIRST_RUN.md"])
