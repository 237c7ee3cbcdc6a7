"""Twenty-eighth blind corpus, ``tests/blind_corpus28/`` (regenerate: ``python scripts/make_corpus.py blind_corpus28``).

HELD-OUT corpus: a coding office's in-tray as it really arrives, every chart from a different invented clinic,
in a mix of everything: Gamma Knife, linac and CyberKnife cranial radiosurgery (1-6 lesions, some
fractionated), spine SBRT, lung / liver / prostate / adrenal / pancreas SBRT and an oligometastatic course;
plan-report PDFs with ruled target and DVH/OAR tables, treatment records and fraction logs, dictated .txt notes
and letters, EHR .txt exports, bundles of 2-5 documents, one two-column page, one scanned page and one rotated
page. Three hard negatives / near-misses; three charts contradict themselves (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (dictated and text documents are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import ColumnBreak, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["AUGUSTINE", "BEATRIX", "CORNELIUS", "DOROTHEA", "EUSTACE", "FLORENTINE", "GODFREY", "HYACINTH", "ISIDORE", "JEMIMA",
         "LEOPOLD", "MARGERY", "NEVILLE", "OCTAVIA", "PERCIVAL", "ROSAMUND", "SILVESTER", "TABITHA", "VALENTINE", "WINIFRED"]


def patient(n: int) -> str:
    return f"TWENTYEIGHTPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-280{n:02d}"


def hdr(clinic: str, n: int, extra: str = "") -> list[str]:
    return [clinic, f"Patient: {patient(n)}    MRN: {mrn(n)}" + (f"    {extra}" if extra else "")]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial: Gamma Knife and gantry linac (9)
# ==================================================================================================

# b28_01 -- bundle: GK Perfexion frame, four metastases (one pontine), prior WBRT -------------------------------
_c = "KESTREL RIDGE NEUROSCIENCE CENTER - GAMMA KNIFE PROGRAM"
add(name="b28_01", kind="bundle", codes=["77371", "77432", "61798", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left superior frontal gyrus", "cranial", S, 20, 1), L("right occipital pole", "cranial", S, 20, 1),
             L("pons (left dorsal)", "cranial", C, 15, 1), L("left cerebellar hemisphere", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Consult letter + GammaPlan treatment report PDF (ruled target table) + nursing/physics treatment "
          "record. Perfexion with a Leksell G frame, four breast-cancer metastases, one in the dorsal pons "
          "(complex: within the brainstem) at 15 Gy, the others 18-20 Gy at the 50% IDL. Prior WBRT 30 Gy/10 "
          "(2024), brainstem max 15.9 Gy and 36-40 Gy max doses beside the prescriptions.",
    docs=[
        Doc("1_consult_letter.txt", text=f"""
Kestrel Ridge Neuroscience Center
Department of Radiation Oncology
1450 Falconer Parkway, Suite 300

November 4, 2026

Dr. Philippa Hartsworth
Breast Oncology, Kestrel Ridge Medical Group

RE: {patient(1)}   MRN {mrn(1)}   DOB 03/14/1969

Dear Philippa,

Thank you for asking me to see Mrs. Twentyeightpatient again. As you know she has HER2-positive breast cancer and had whole brain radiotherapy, 30 Gy in 10 fractions, in August 2024 for multiple small metastases. Her restaging MRI of 10/29/2026 (T1 post-gadolinium, T2 FLAIR, SWI) shows four new enhancing lesions: left superior frontal gyrus 1.4 cm, right occipital pole 0.9 cm, a 0.6 cm lesion in the left dorsal pons, and a 2.1 cm left cerebellar hemisphere lesion with mild surrounding edema. Her KPS is 80 and her extracranial disease is controlled on trastuzumab deruxtecan.

Given the prior whole brain treatment I have recommended single-session Gamma Knife radiosurgery to all four lesions with a Leksell frame, jointly with Dr. Okonkwo-Reyes from neurosurgery. We discussed radiation necrosis, particularly for the pontine lesion where we will use a reduced dose. She agreed and we have scheduled treatment for November 10.

With kind regards,

Imogen Fairweather-Lund, MD
Radiation Oncology
{FOOT}
"""),
        Doc("2_gammaplan_report.pdf", [[
            H1("Leksell GammaPlan - Treatment Plan Report"),
            KeyValue([("Patient", patient(1)), ("MRN", mrn(1)), ("Treatment date", "11/10/2026"),
                      ("Unit", "Leksell Gamma Knife Perfexion"), ("Fixation", "Leksell Coordinate Frame G"),
                      ("Stereotactic imaging", "MRI T1+Gd 1.0 mm (MR indicator), CT 1.0 mm (CT indicator), co-registered"),
                      ("Plan status", "Approved / Treated")]),
            H2("Targets"),
            RuledTable([("Target", "Vol (cc)", "Presc. dose (Gy)", "IDL (%)", "Shots", "Max dose (Gy)", "Coverage (%)"),
                        ("1 L sup frontal gyrus", "1.12", "20.0", "50", "6", "40.0", "98"),
                        ("2 R occipital pole", "0.31", "20.0", "50", "3", "40.0", "99"),
                        ("3 Pons L dorsal", "0.09", "15.0", "50", "2", "30.0", "97"),
                        ("4 L cerebellar hemisphere", "3.87", "18.0", "50", "11", "36.0", "98")]),
            H2("Organs at risk"),
            RuledTable([("Structure", "Max (Gy)", "Volume parameter"),
                        ("Brainstem", "15.9", "V12 0.21 cc"),
                        ("Optic chiasm", "1.8", "-"),
                        ("Cochlea L", "3.1", "-"),
                        ("Brain - PTVs", "-", "V12 7.4 cc")]),
            P("Frame fiducial definition error: MR 0.5 mm mean, CT 0.3 mm mean. Beam-on time 71.4 min at a dose rate of 2.61 Gy/min."),
            sig("I. Fairweather-Lund, MD (Radiation Oncology); T. Okonkwo-Reyes, MD (Neurosurgery); R. Castellane, PhD (Physics) 11/10/2026"),
        ]], opts=dict(header=hdr(_c, 1), font="Helvetica")),
        Doc("3_treatment_record.txt", text=f"""
KESTREL RIDGE GAMMA KNIFE - TREATMENT RECORD / NURSING FLOWSHEET
Patient: {patient(1)}   MRN: {mrn(1)}   Date: 11/10/2026

0650  Arrived, consent verified, IV placed.
0712  Leksell G frame applied by Dr. Okonkwo-Reyes under local anesthesia, 4 pins, no complications.
0740  Stereotactic MRI and CT completed with indicator boxes.
0915  Plan approved (RO / NS / physics). Pre-treatment checks: frame-adapter clearance check, shot coordinate independent check, unit daily QA passed.
0931  Treatment started, 4 targets.
1050  Treatment complete, 1 session, no interruption. Frame removed 1058, pin sites dressed.
1200  Discharged home with husband. Dexamethasone 4 mg x 1 given.

Delivered: target 1 L superior frontal gyrus 20 Gy; target 2 R occipital pole 20 Gy; target 3 pons 15 Gy; target 4 L cerebellar hemisphere 18 Gy (all at the 50% isodose).

RN: M. Delacroix-Hobbs      Physicist: R. Castellane, PhD
{FOOT}
"""),
    ])

# b28_02 -- pdf plan report: TrueBeam single fraction, lesions labelled L1-L3, a 4th focus observed --------------
_c = "MARLOW FEN REGIONAL CANCER INSTITUTE - STEREOTACTIC SERVICE"
add(name="b28_02", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("L1 (right frontal)", "cranial", S, 20, 1), L("L2 (left parietal)", "cranial", S, 18, 1),
             L("L3 (right temporal)", "cranial", S, 16, 1)],
    categories=cats(),
    notes="Linac SRS plan report and treatment record in one PDF (ruled target, OAR and delivery tables): "
          "TrueBeam single-isocentre HyperArc, three melanoma metastases labelled L1/L2/L3 (cranial, not lumbar), "
          "L3 is 3.4 cm (just under the complex size), T1/T2/FLAIR sequence names; a 2 mm 'L4' focus in the "
          "left insula was seen and left for observation (not treated).",
    docs=[Doc("b28_02.pdf", [[
        H1("Cranial SRS Plan Summary and Treatment Record"),
        KeyValue([("Patient", patient(2)), ("MRN", mrn(2)), ("Diagnosis", "Metastatic melanoma, brain (C79.31)"),
                  ("Machine", "Varian TrueBeam STx, HyperArc, 6 MV FFF"), ("Planning system", "Eclipse 16.1"),
                  ("Immobilization", "Encompass frameless SRS mask with mouthpiece"),
                  ("Simulation", "CT 1.25 mm 10/27/2026; MRI 10/26/2026 (3D T1 MPRAGE post-Gd, T2, FLAIR) fused"),
                  ("Treatment date", "11/03/2026 (single fraction)")]),
        P("Target volumes were contoured on the post-contrast T1 MPRAGE; T2 and FLAIR were used for edema only. Each GTV was expanded by 1 mm to form the PTV. A punctate 2 mm enhancing focus in the left insula (labelled L4 on the MRI report) is equivocal and will be followed on the next MRI; it was not targeted."),
        RuledTable([("Target", "Location", "Max diam (cm)", "PTV (cc)", "Rx (Gy)", "Rx IDL (%)", "PTV Dmax (Gy)"),
                    ("PTV_L1", "R frontal", "1.6", "2.21", "20", "80", "24.8"),
                    ("PTV_L2", "L parietal", "2.4", "6.05", "18", "80", "22.4"),
                    ("PTV_L3", "R temporal", "3.4", "15.70", "16", "80", "19.9")]),
        H2("Organs at risk"),
        RuledTable([("OAR", "Constraint", "Achieved"),
                    ("Brainstem", "Dmax < 15 Gy", "6.2 Gy"),
                    ("Optic chiasm", "Dmax < 8 Gy", "2.9 Gy"),
                    ("Brain - GTV", "V12 < 10 cc", "11.8 cc (accepted, MD)"),
                    ("Lens R/L", "Dmax < 2 Gy", "0.6 / 0.4 Gy")]),
        H2("Delivery"),
        RuledTable([("Date", "Arcs", "MU", "Pre-tx CBCT shift (mm)", "ExacTrac intrafraction", "Delivered"),
                    ("11/03/2026", "4 (1 coplanar, 3 couch kicks)", "6,912", "1.2 / 0.4 / 0.8", "within 0.7 mm", "L1 20 Gy, L2 18 Gy, L3 16 Gy")]),
        P("Course complete in one session. Follow-up MRI in 6-8 weeks, including re-evaluation of the untreated left insular focus."),
        sig("Desmond Achterberg, MD, Radiation Oncology 11/03/2026; physics check A. Quillfeather, MS, DABR"),
    ]], opts=dict(header=hdr(_c, 2), font="Helvetica"))])

# b28_03 -- dictated .txt: GK Icon mask, 3 fractions, 3.8 cm metastasis; 77371/77432 claimed (wrong) ---------------
add(name="b28_03", kind="text", codes=["77371", "77432", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 3, ["MRI"], ["mask"]),
    lesions=[L("right parietal metastasis", "cranial", C, 27, 3)],
    categories=cats(),
    notes="Dictated completion note: Gamma Knife Icon with a mask and IFMM, one 3.8 cm right parietal lung "
          "metastasis (complex by size), 'nine Gy per fraction' x 3 (the total 27 Gy appears once). Planning "
          "MRI only; Icon CBCT before each fraction is guidance. The claim uses single-session codes "
          "77371/77432 for a three-fraction course (inconsistent); 61798 fits.",
    docs=[Doc("b28_03.txt", text=f"""
OTTERCOMBE UNIVERSITY HOSPITAL -- RADIATION ONCOLOGY -- DICTATION
Patient {patient(3)}, MRN {mrn(3)}. Dictating physician Dr. Seraphine Okafor-Lindqvist. Date of dictation eleven eighteen twenty twenty-six.

This is a treatment completion note for fractionated Gamma Knife radiosurgery. Patient is a 58-year-old man with non-small cell lung cancer, PD-L1 high, on pembrolizumab, who presented with left arm drift and was found to have a single right parietal metastasis measuring three point eight centimeters in greatest dimension, period. He was not a surgical candidate because of cardiac comorbidity, period. Because of the size of the lesion we chose a three-fraction course on the Icon rather than single-session treatment, period. New paragraph.

He had a custom thermoplastic mask made on November ninth with the Icon head cushion, and the infrared nose marker was placed for intrafraction motion management. Planning MRI the same day, thin cut T1 post contrast and T2, was imported into GammaPlan. There was no separate planning CT; the stereotactic reference for each fraction came from the on-board cone beam CT, which was co-registered to the planning MRI before every fraction. The lesion was contoured as GTV equals PTV, volume 19.6 cc, prescription nine Gy per fraction to the fifty percent isodose line, twenty two shots, for three fractions, comma, total twenty seven Gy. Brainstem max was four point one Gy per fraction. New paragraph.

Treatment was delivered on November eleventh, thirteenth and sixteenth. IFMM stayed under the one point five millimeter threshold for all three fractions, with one pause during fraction two for a cough, and the treatment resumed after re-imaging. He completed all three fractions as planned. Mild fatigue and a headache on day two settled with dexamethasone two milligrams, which is being tapered. New paragraph.

Impression: right parietal metastasis treated with fractionated Gamma Knife radiosurgery, nine Gy times three. Plan: MRI brain in eight weeks, continue pembrolizumab, see me after the MRI. End of dictation.

[Transcribed 11/18/2026 16:02 by KLM; electronically signed S. Okafor-Lindqvist, MD 11/19/2026]
{FOOT}
""")])

# b28_04 -- EHR export: Edge single fraction, left vestibular schwannoma; 61796 claimed (should be 61798) ----------
add(name="b28_04", kind="ehr_text", codes=["77372", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    notes="EHR text export (pipe-delimited flowsheet rows and note text): Varian Edge single-fraction SRS, "
          "12 Gy to the 80% IDL for a 1.7 cm left vestibular schwannoma (complex by tumour type), Encompass "
          "mask, CT + MRI (CISS, T1 post). Cochlea 3.9 Gy and brainstem 10.8 Gy beside the Rx. A prior "
          "audiogram and 2019 MRI are history. The claimed 61796 is wrong (schwannoma is complex).",
    docs=[Doc("b28_04.txt", text=f"""
SALTMARSH VALLEY ONCOLOGY | EHR EXPORT | generated 2026-11-24 07:14
PATIENT | {patient(4)} | MRN | {mrn(4)} | DOB | 1961-07-02 | SEX | F
ENCOUNTER | 2026-11-20 | DEPT | RADIATION ONCOLOGY | PROVIDER | HALVORSEN-TEAGUE, ODILE MD
================================================================================
PROBLEM LIST
  D33.3  Benign neoplasm of cranial nerves - left vestibular schwannoma (1.7 x 1.4 cm, Koos II)
  H91.22 Sudden idiopathic hearing loss, left ear (2019, resolved partially)
================================================================================
NOTE TYPE: RADIOSURGERY PROCEDURE NOTE | STATUS: SIGNED | AUTHOR: O. Halvorsen-Teague MD
Indication: enlarging left vestibular schwannoma (1.3 cm in 2019 -> 1.7 cm on MRI 2026-09-30), serviceable hearing (word recognition 76%). Patient declined microsurgery.
Immobilization: Encompass SRS thermoplastic mask fabricated 2026-11-12.
Imaging: CT simulation 1 mm 2026-11-12; MRI 2026-11-13 (3D CISS, T1 post-gadolinium 1 mm) rigidly fused to CT in Elements.
Target: GTV left vestibular schwannoma (IAC and CPA components), PTV = GTV + 0.5 mm.
Prescription: 1200 cGy x 1 fraction to the 80% isodose line. Technique: Brainlab Elements Cranial SRS, 5 dynamic conformal arcs, HD MLC, 6 MV FFF.
OAR: left cochlea mean 3.9 Gy | brainstem max 10.8 Gy | left facial nerve region max 12.9 Gy.
Pre-treatment verification: CBCT matched to planning CT, 6DoF correction (0.9 mm, 0.4 deg); ExacTrac verification x-rays at each couch angle, all within 0.5 mm / 0.5 deg.
Delivery: 2026-11-20, single session, treatment completed without incident.
Summary: Left vestibular schwannoma, 12 Gy in 1 fraction, delivered 2026-11-20.
--------------------------------------------------------------------------------
FLOWSHEET | RT DELIVERY
DATE       | SITE                 | FX | DOSE cGy | CUM cGy | IGRT           | THERAPISTS
2026-11-20 | L VS (SRS)           | 1  | 1200     | 1200    | CBCT+ExacTrac  | JN/PV
--------------------------------------------------------------------------------
CHARGES (entered by coding, pending review)
  77372  SRS delivery linac, 1 session        x1
  77432  SRS management cranial                x1
  61796  SRS cranial lesion simple             x1   (neurosurgery - Dr. Abiodun-Mercer)
================================================================================
SYNTHETIC TEST RECORD - no real patient
""")])

# b28_05 -- bundle: linac FSRT to a resection cavity, planned 6 Gy x 5, stopped after 3 fractions ------------------
_c = "BRINDLEWOOD MEDICAL CENTER - RADIATION ONCOLOGY"
add(name="b28_05", kind="bundle", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left temporal resection cavity", "cranial", S, 18, 3)],
    categories=cats(),
    notes="Simulation note + treatment record PDF + end-of-treatment note: Versa HD FSRT to a left temporal "
          "resection cavity, prescribed 30 Gy in 5 (6 Gy x 5) but stopped after fraction 3 (admission for "
          "pulmonary embolism, patient then declined to resume): delivered 18 Gy in 3. The 30 Gy prescription "
          "and 'fractions 4-5 cancelled' are planned only.",
    docs=[
        Doc("1_simulation_note.txt", text=f"""
BRINDLEWOOD MEDICAL CENTER - RADIATION ONCOLOGY
SIMULATION NOTE
Patient: {patient(5)}   MRN: {mrn(5)}   Date: 10/29/2026

Diagnosis: metastatic colorectal adenocarcinoma to brain, s/p resection of a 3.1 cm left temporal metastasis 10/14/2026 (Dr. Vantongeren). Post-op MRI 10/21/2026: no residual enhancement.
Plan: fractionated stereotactic radiotherapy to the resection cavity, 30 Gy in 5 fractions.

The patient was positioned supine and a Type-S frameless thermoplastic mask was fabricated. CT simulation was performed with 1 mm slices from vertex to C3. The post-operative MRI (T1 post-contrast volumetric and FLAIR) will be fused to the planning CT in Monaco. Treatment planned on the Elekta Versa HD with HexaPOD couch.

Ines Ravensworth-Obi, MD
{FOOT}
"""),
        Doc("2_treatment_record.pdf", [[
            H1("Stereotactic Treatment Record"),
            KeyValue([("Patient", patient(5)), ("MRN", mrn(5)), ("Site", "L temporal resection cavity (PTV_Cavity)"),
                      ("Machine", "Elekta Versa HD, Agility MLC, 6 MV FFF, VMAT x 2 arcs"),
                      ("Prescription", "600 cGy x 5 = 3000 cGy to the 80% isodose"),
                      ("Planning", "Monaco 6.1; CT 10/29/2026 fused with MRI 10/21/2026")]),
            RuledTable([("Fx", "Date", "Planned cGy", "Delivered cGy", "Cumulative cGy", "XVI CBCT", "Comment"),
                        ("1", "11/02/2026", "600", "600", "600", "yes, 1.0 mm", ""),
                        ("2", "11/04/2026", "600", "600", "1200", "yes, 0.6 mm", ""),
                        ("3", "11/06/2026", "600", "600", "1800", "yes, 0.8 mm", ""),
                        ("4", "11/09/2026", "600", "0", "1800", "-", "held - inpatient"),
                        ("5", "11/11/2026", "600", "0", "1800", "-", "cancelled per MD 11/16")]),
            P("Physics weekly chart check 11/06/2026: treatment parameters, MU and couch corrections agree with the approved plan."),
            sig("R. Kettlewell, CMD; J. Amankwah, PhD"),
        ]], opts=dict(header=hdr(_c, 5), font="Helvetica")),
        Doc("3_end_of_treatment_note.txt", text=f"""
BRINDLEWOOD MEDICAL CENTER - RADIATION ONCOLOGY
END OF TREATMENT NOTE (COURSE DISCONTINUED)
Patient: {patient(5)}   MRN: {mrn(5)}   Date: 11/16/2026

The patient began FSRT to the left temporal resection cavity on 11/02/2026, prescribed 6 Gy per fraction for 5 fractions. After the third fraction on 11/06 she was admitted with a pulmonary embolism. On recovery we discussed completing fractions 4 and 5; she declined further radiotherapy, and the remaining two fractions were cancelled.

Delivered: left temporal resection cavity, 18 Gy in 3 fractions of 6 Gy (of a planned 30 Gy in 5), Versa HD, mask immobilization, CBCT before each fraction.

Follow-up MRI brain in 8 weeks. I have explained that the delivered dose is below the intended dose and that close MRI surveillance is therefore important.

Ines Ravensworth-Obi, MD
{FOOT}
"""),
    ])

# b28_06 -- two-column PDF: GK frame, right trigeminal neuralgia, 80 Gy max ---------------------------------------
_c = "EASTGATE NEUROLOGICAL HOSPITAL - QUARRY HILL GAMMA KNIFE UNIT"
add(name="b28_06", kind="pdf", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve (root entry zone)", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Two-column newsletter-style procedure report: Gamma Knife Perfexion with a Leksell frame for right "
          "trigeminal neuralgia (functional target, complex), 80 Gy maximum with one 4 mm shot at 100%, "
          "stereotactic MRI only (CT stated as not needed). Brainstem surface 16 Gy, prior microvascular "
          "decompression (2021) and a glycerol rhizotomy are history.",
    docs=[Doc("b28_06.pdf", [[
        H1("Gamma Knife Procedure Report"),
        P("Patient: " + patient(6) + "   MRN: " + mrn(6) + "   Date of procedure: 11/17/2026"),
        H2("Indication"),
        P("Seventy-one-year-old woman with classical right trigeminal neuralgia in V2-V3, refractory to carbamazepine and oxcarbazepine (hyponatremia). Microvascular decompression in 2021 gave 3 years of relief; a percutaneous glycerol rhizotomy in 2025 failed within months. BNI pain score V."),
        H2("Frame and imaging"),
        P("A Leksell Coordinate Frame G was applied under local anesthesia by Dr. Baptiste-Nakamura with slight anterior tilt. Stereotactic MRI: 3D CISS 0.6 mm and T1 post-gadolinium, with the MR indicator box. Stereotactic CT was not needed because the MRI fiducials registered without distortion (mean 0.4 mm)."),
        H2("Target and dose"),
        P("Target: right trigeminal nerve, retrogasserian, 7 mm anterior to the root entry zone on the CISS images. One 4 mm isocenter. Prescription: 80 Gy maximum dose at the 100% isodose line (the 50% line at 40 Gy). The brainstem surface received 16 Gy at the 20% isodose line; brainstem volume receiving 12 Gy was 0.008 cc."),
        ColumnBreak(),
        H2("Delivery"),
        P("Treatment was delivered on the Perfexion in one session of 38 minutes. Before the procedure the physicist checked the frame coordinates against the plan printout and the gamma angle (110 degrees) setting; the clearance check was normal."),
        H2("Outcome"),
        P("No complications. The frame was removed and the patient discharged the same day on her usual medication, with a slow taper to be discussed at the 6-week visit."),
        H2("Summary"),
        P("Right trigeminal neuralgia: Gamma Knife radiosurgery, 80 Gy maximum in one session, 4 mm collimator."),
        sig("Clementine Baptiste-Nakamura, MD (Neurosurgery); Farrukh Delacourt, MD (Radiation Oncology) 11/17/2026"),
    ]], opts=dict(header=hdr(_c, 6), two_columns=True, font="Times-Roman"))])

# b28_07 -- scanned PDF (175 dpi): Novalis single fraction, two metastases, one 4 mm from the chiasm ---------------
_c = "FERNHOLLOW COMMUNITY CANCER CENTER"
add(name="b28_07", kind="scan", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left anterior clinoid metastasis", "cranial", C, 16, 1), L("right frontal metastasis", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Scanned (175 dpi) typed SRS summary: Novalis Tx single fraction to two renal-cell metastases, a "
          "left anterior clinoid lesion 4 mm from the optic chiasm (complex by location) at 16 Gy and a right "
          "frontal lesion (simple) at 20 Gy. A Leksell-type frame was offered and declined for a mask; chiasm "
          "max 7.6 Gy beside the Rx.",
    docs=[Doc("b28_07.pdf", [[
        H1("STEREOTACTIC RADIOSURGERY - TREATMENT SUMMARY"),
        P("Patient: " + patient(7) + "     MRN: " + mrn(7) + "     Treatment date: 11/12/2026"),
        P("Diagnosis: Renal cell carcinoma, clear cell, with two brain metastases on MRI 10/30/2026."),
        P("Discussion: single-session radiosurgery with a rigid head frame was offered because of the lesion near the optic apparatus; the patient declined pin fixation and was treated with a frameless thermoplastic mask and ExacTrac verification. The frame was therefore not applied."),
        P("Simulation and planning: CT simulation 1 mm (11/05/2026) in the mask, fused with a volumetric T1 post-contrast MRI (11/04/2026). Planning in iPlan RT Dose with dynamic conformal arcs, 6 MV SRS beam, Novalis Tx."),
        RuledTable([("Lesion", "Size (cm)", "Distance to chiasm", "Rx dose", "IDL", "Arcs"),
                    ("Left anterior clinoid", "1.3", "4 mm", "16 Gy", "80%", "5"),
                    ("Right frontal", "1.8", "> 4 cm", "20 Gy", "80%", "4")]),
        P("Critical structures: optic chiasm max 7.6 Gy, left optic nerve max 7.9 Gy, brainstem max 4.4 Gy."),
        P("Treatment: delivered 11/12/2026 in a single session. ExacTrac stereoscopic x-ray verification before each couch position, residual error under 0.7 mm. No complications."),
        P("Impression: single-fraction SRS, left anterior clinoid metastasis 16 Gy and right frontal metastasis 20 Gy. MRI in 2 months; ophthalmology visual field baseline arranged."),
        sig("Bartholomew Nwachukwu-Hale, MD 11/13/2026"),
    ]], opts=dict(header=hdr(_c, 7), scan=True, scan_dpi=175, font="Courier"))])

# b28_08 -- bundle: GK frame, six metastases; the summary says 'five' (self-contradicting) -------------------------
_c = "LARKSPUR BAY RADIOSURGERY INSTITUTE"
add(name="b28_08", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 6, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right postcentral gyrus", "cranial", S, 20, 1), L("left caudate head", "cranial", S, 18, 1),
             L("left occipital", "cranial", S, 20, 1), L("right cerebellar vermis", "cranial", S, 18, 1),
             L("left precentral gyrus", "cranial", S, 20, 1), L("right inferior temporal", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Frame note + GammaPlan target printout (PDF) + completion summary: Icon with a Leksell frame, six "
          "small SCLC metastases, all simple; the 'right parietal' lesion of the printout is the 'right "
          "postcentral gyrus' lesion of the summary (same lesion, named differently). The completion summary "
          "opens with 'five metastases' but lists six with doses; the printout has six (gold: 6).",
    contradiction="The completion summary says five metastases were treated, while the plan printout and the summary's own list give six.",
    docs=[
        Doc("1_frame_note.txt", text=f"""
LARKSPUR BAY RADIOSURGERY INSTITUTE - NEUROSURGERY
FRAME APPLICATION NOTE      {patient(8)}   {mrn(8)}   11/19/2026

Leksell Vantage frame applied for Gamma Knife radiosurgery of multiple brain metastases (small cell lung cancer, prior prophylactic cranial irradiation declined). Local anesthetic at 4 pin sites, frame centered. No bleeding. Patient to stereotactic MRI (contrast, 1 mm) and CT.
Cyrus Wexford-Amadi, MD
{FOOT}
"""),
        Doc("2_target_printout.pdf", [[
            H1("GammaPlan - Target Summary (approved)"),
            KeyValue([("Patient", patient(8)), ("MRN", mrn(8)), ("Unit / fixation", "Leksell Gamma Knife Icon / Vantage frame"),
                      ("Images", "MR T1 Gd 1 mm 11/19/2026; CT 1 mm 11/19/2026 (frame-based definition)")]),
            RuledTable([("#", "Target name", "Vol (cc)", "Rx (Gy)", "IDL", "Shots", "Dmax (Gy)"),
                        ("1", "R parietal", "0.42", "20", "50%", "3", "40.0"),
                        ("2", "L caudate", "0.18", "18", "50%", "2", "36.0"),
                        ("3", "L occipital", "0.95", "20", "50%", "4", "40.0"),
                        ("4", "R vermis", "0.61", "18", "50%", "3", "36.0"),
                        ("5", "L precentral", "0.27", "20", "50%", "2", "40.0"),
                        ("6", "R inf temporal", "0.33", "20", "50%", "2", "40.0")]),
            P("Brainstem Dmax 8.7 Gy; total brain V12 4.1 cc. Physics: frame definition mean error 0.3 mm, daily QA passed, shot table independently verified 11/19/2026."),
            sig("N. Thistlewood, PhD; C. Wexford-Amadi, MD; A. Fenwick-Osei, MD"),
        ]], opts=dict(header=hdr(_c, 8), font="Helvetica")),
        Doc("3_completion_summary.txt", text=f"""
LARKSPUR BAY RADIOSURGERY INSTITUTE - RADIATION ONCOLOGY
COMPLETION SUMMARY
Patient: {patient(8)}   MRN: {mrn(8)}   Treatment date: 11/19/2026

Gamma Knife radiosurgery for five metastases from small cell lung cancer was delivered today in a single session with the Leksell frame; total beam-on time 64 minutes.

Lesions and doses (marginal, 50% isodose):
  - right postcentral gyrus: 20 Gy
  - left caudate head: 18 Gy
  - left occipital lobe: 20 Gy
  - right cerebellar vermis: 18 Gy
  - left precentral gyrus: 20 Gy
  - right inferior temporal gyrus: 20 Gy

Tolerated well, frame removed, discharged. MRI in 6 weeks; oncology to resume chemo-immunotherapy next week.

Anneliese Fenwick-Osei, MD
{FOOT}
"""),
    ])

# b28_09 -- pdf with a rotated (landscape) fraction-log page: Versa HD 5 x 5 Gy to two lesions; 61799 claimed -------
_c = "HOLLINS GATE CANCER CENTRE - NEURO-ONCOLOGY RADIOTHERAPY"
add(name="b28_09", kind="pdf", codes=["77373", "77435", "61798", "61797", "61799"],
    facts=F("linac", ["cranial"], 2, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left thalamic metastasis", "cranial", C, 25, 5), L("right frontal metastasis", "cranial", S, 25, 5)],
    categories=cats(),
    notes="Two-page PDF, page 2 rotated (landscape fraction log): Versa HD fractionated SRS 5 Gy x 5 to a 3.6 cm "
          "left thalamic metastasis (complex by size) and a 1.2 cm right frontal metastasis (simple), one "
          "isocentre. Page 1 gives per-fraction doses only; the totals appear only as cumulative log values. "
          "61799 is claimed with one complex lesion (inconsistent).",
    docs=[Doc("b28_09.pdf", [
        [
            H1("Fractionated Stereotactic Radiotherapy - Plan and Prescription"),
            KeyValue([("Patient", patient(9)), ("MRN", mrn(9)), ("Primary", "Adenocarcinoma of the oesophagus"),
                      ("Treatment unit", "Elekta Versa HD with HexaPOD 6D couch"), ("TPS", "RayStation 2024B"),
                      ("Immobilisation", "Orfit 3-point thermoplastic mask"),
                      ("Imaging for planning", "Planning CT 1 mm (02/11/2026) + MRI T1 contrast 1 mm (01/11/2026), rigid fusion")]),
            RuledTable([("Target", "Max dimension", "PTV margin", "Dose per fraction", "Fractions", "Prescribed to"),
                        ("PTV_Thal_L", "3.6 cm", "1 mm", "5 Gy", "5", "D98% / 82% isodose"),
                        ("PTV_Front_R", "1.2 cm", "1 mm", "5 Gy", "5", "D98% / 80% isodose")]),
            P("The left thalamic lesion exceeds 3.5 cm and is close to the internal capsule; fractionation was chosen for both lesions, treated with a single isocentre and 4 VMAT arcs. OAR maxima for the course: brainstem 21.3 Gy, optic chiasm 9.8 Gy, hippocampus L mean 6.1 Gy."),
            P("Image guidance: XVI cone-beam CT before each fraction with 6D correction; a post-treatment CBCT on fraction 1 confirmed intrafraction drift under 0.5 mm."),
            sig("Percival Ashdown-Mbeki, FRCR, Consultant Clinical Oncologist 04/11/2026"),
        ],
        [
            H1("Fraction Log (landscape)"),
            RuledTable([("Fx", "Date", "PTV_Thal_L cGy", "Cum Thal cGy", "PTV_Front_R cGy", "Cum Front cGy", "CBCT (mm)", "Rad"),
                        ("1", "09/11/2026", "500", "500", "500", "500", "1.4", "KT/JB"),
                        ("2", "11/11/2026", "500", "1000", "500", "1000", "0.7", "KT/JB"),
                        ("3", "13/11/2026", "500", "1500", "500", "1500", "0.9", "LM/JB"),
                        ("4", "16/11/2026", "500", "2000", "500", "2000", "0.6", "LM/JB"),
                        ("5", "18/11/2026", "500", "2500", "500", "2500", "0.8", "KT/LM")]),
            P("Course complete 18/11/2026: all five fractions delivered as prescribed to both targets. Dates in DD/MM/YYYY."),
            sig("Checked: R. Pennyworth-Oduya, Clinical Scientist 18/11/2026"),
        ],
    ], opts=dict(header=hdr(_c, 9), rotate={2: 90}, font="Helvetica"))])


# ==================================================================================================
# CyberKnife (2)
# ==================================================================================================

# b28_10 -- bundle: CyberKnife 3 fractions, right cavernous-sinus (parasellar) meningioma, G0339/G0340 ---------------
_c = "PEMBERTON LAKES CYBERKNIFE CENTER"
add(name="b28_10", kind="bundle", codes=["G0339", "G0340", "77435", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("right cavernous sinus meningioma", "cranial", C, 21, 3)],
    categories=cats(),
    notes="Consult + CK treatment summary PDF + follow-up letter: CyberKnife M6 with 6D skull tracking, 7 Gy x 3 "
          "= 21 Gy to the 78% isodose, right cavernous sinus meningioma (called 'parasellar meningioma' in the "
          "follow-up; complex by location). Thermoplastic mask, CT + MRI; a Gamma Knife frame option was "
          "discussed and not used. Optic apparatus 15.2 Gy total beside the Rx.",
    docs=[
        Doc("1_consult.txt", text=f"""
PEMBERTON LAKES CYBERKNIFE CENTER - NEW PATIENT CONSULTATION
{patient(10)}   MRN {mrn(10)}   Seen 10/20/2026   Referring: Dr. Lucius Abernethy-Sow (neurosurgery)

HPI: 64-year-old woman with diplopia on right gaze; MRI shows a 2.6 cm enhancing dural-based mass in the right cavernous sinus, consistent with meningioma, encasing the cavernous ICA; 2 mm from the right optic nerve at the anterior clinoid. Growth of 4 mm over 18 months. Resection would carry a high risk of cranial neuropathy.

Options: observation, single-fraction Gamma Knife with a Leksell frame at the partner hospital, or hypofractionated CyberKnife radiosurgery. Because of the optic nerve proximity I recommend CyberKnife 21 Gy in 3 fractions with a thermoplastic mask (no frame needed; the robot tracks the skull). She agrees.

Plan: mask fabrication and CT simulation, thin-slice MRI for fusion, then treatment.
Gwendolyn Takahashi-Price, MD
{FOOT}
"""),
        Doc("2_ck_treatment_summary.pdf", [[
            H1("CyberKnife Treatment Summary"),
            KeyValue([("Patient", patient(10)), ("MRN", mrn(10)), ("System", "Accuray CyberKnife M6, Iris collimator"),
                      ("Tracking", "6D Skull"), ("Immobilization", "Aquaplast thermoplastic mask, head rest"),
                      ("Planning images", "CT 1.25 mm 10/27/2026 with MRI 10/26/2026 (T1 post-Gd, CISS) fused"),
                      ("Planning system", "Accuray Precision 3.3"), ("Target", "Right cavernous sinus meningioma, GTV 6.9 cc, PTV = GTV")]),
            RuledTable([("Fx", "Date", "Dose (Gy)", "Isodose", "Beams", "Tracking images", "Mean correction (mm)"),
                        ("1", "11/02/2026", "7.0", "78%", "164", "112", "0.4"),
                        ("2", "11/04/2026", "7.0", "78%", "164", "118", "0.5"),
                        ("3", "11/06/2026", "7.0", "78%", "164", "109", "0.3")]),
            RuledTable([("Structure", "Dmax total (Gy)", "Constraint (3 fx)"),
                        ("Optic pathway R", "15.2", "< 17.4"),
                        ("Brainstem", "13.9", "< 23.1"),
                        ("Cochlea R", "4.2", "< 20")]),
            P("Total dose 21 Gy in 3 fractions delivered as planned; completed 11/06/2026. Patient tolerated treatment well."),
            sig("G. Takahashi-Price, MD; H. Ormerod, MS (physics) 11/06/2026"),
        ]], opts=dict(header=hdr(_c, 10), font="Helvetica")),
        Doc("3_followup_letter.txt", text=f"""
Pemberton Lakes CyberKnife Center
December 1, 2026

Dear Dr. Abernethy-Sow,

I saw {patient(10)} (MRN {mrn(10)}) four weeks after CyberKnife radiosurgery for her parasellar meningioma, 21 Gy in three fractions completed on November 6. Her diplopia is unchanged and she has had no headaches or visual symptoms. We will repeat the MRI at six months.

Yours sincerely,
Gwendolyn Takahashi-Price, MD
{FOOT}
"""),
    ])

# b28_11 -- pdf: CyberKnife liver (HCC) 15 Gy per fraction, fiducials + Synchrony; PET for staging only ------------
_c = "REDCLIFF HARBOR CANCER INSTITUTE - ROBOTIC RADIOSURGERY"
add(name="b28_11", kind="pdf", codes=["77373", "77435", "G0339", "G0340"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("hepatocellular carcinoma, segment VIII", "body", None, 45, 3)],
    categories=cats(),
    notes="CyberKnife liver plan + treatment record PDF: 2.9 cm HCC in segment VIII (after TACE), three gold "
          "fiducials, Synchrony, vacuum bag; Rx '15 Gy per fraction x 3' with no total stated anywhere "
          "(gold 45 Gy). Triphasic CT + MRI for planning; a PET/CT was staging only. Earlier TACE, liver "
          "mean 11.2 Gy and 700 cc constraint values beside the Rx.",
    docs=[Doc("b28_11.pdf", [[
        H1("CyberKnife SBRT - Liver: Plan and Treatment Record"),
        KeyValue([("Patient", patient(11)), ("MRN", mrn(11)), ("Diagnosis", "HCC, Child-Pugh A6, BCLC A"),
                  ("System", "CyberKnife VSI, fixed cones + Iris"), ("Tracking", "Fiducial + Synchrony respiratory"),
                  ("Set-up", "supine, vacuum bag, arms down")]),
        P("History: 2.9 cm arterially enhancing lesion in segment VIII; TACE 06/2026 with partial response and residual enhancement on MRI 09/2026. FDG PET/CT 09/2026 was obtained for staging only (no extrahepatic disease) and was not used in planning."),
        P("Fiducials: three 0.8 x 3 mm gold markers placed percutaneously around the lesion by IR on 10/15/2026. Planning triphasic CT 10/22/2026 (one week after placement) fused with gadoxetate MRI 10/21/2026; GTV on the arterial phase and hepatobiliary MRI, PTV = GTV + 3 mm."),
        RuledTable([("Target", "PTV (cc)", "Dose per fraction", "Fractions", "Isodose", "Coverage"),
                    ("PTV_HCC_S8", "31.4", "15 Gy", "3", "72%", "96.1%")]),
        RuledTable([("OAR", "Metric", "Value", "Limit"),
                    ("Liver - GTV", "700 cc spared", "1,312 cc < 15 Gy", ">= 700 cc"),
                    ("Liver - GTV", "Mean", "11.2 Gy", "< 15 Gy"),
                    ("Stomach", "D0.5cc", "13.1 Gy", "< 22.5 Gy"),
                    ("Right kidney", "Mean", "2.3 Gy", "< 10 Gy")]),
        H2("Treatment record"),
        RuledTable([("Fx", "Date", "Rx per fx (cGy)", "Synchrony model error (mm)", "Fiducial extraction", "Therapists"),
                    ("1", "10/28/2026", "1500", "1.6", "3/3", "SD/MK"),
                    ("2", "10/30/2026", "1500", "1.9", "3/3", "SD/MK"),
                    ("3", "11/02/2026", "1500", "1.4", "3/3", "RB/MK")]),
        P("All three fractions were delivered as planned. No nausea beyond grade 1. LFTs and MRI liver in 6 weeks."),
        sig("Tobias Nakashima-Ferrante, MD 11/02/2026; physics: E. Lindgren-Moss, PhD"),
    ]], opts=dict(header=hdr(_c, 11), font="Times-Roman"))])


# ==================================================================================================
# Body and spine SBRT (6)
# ==================================================================================================

# b28_12 -- bundle: spine SBRT T10, 'renal cell metastasis', prior 20 Gy/5; 63621 claimed (one lesion) --------------
_c = "ASHGROVE SPINE AND CANCER CENTER"
add(name="b28_12", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T10 vertebral body (renal cell carcinoma metastasis)", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Sim/plan note + physics plan report PDF (DVH table) + treatment record .txt: TrueBeam spine SBRT "
          "12 Gy x 2 to a renal cell carcinoma metastasis at T10 (called 'the RCC metastasis' in the record), "
          "BodyFIX, CT myelogram not done, MRI T1/T2/STIR fused. Prior conventional 20 Gy/5 to T9-T11 (2025) "
          "and an L1 kyphoplasty are history; cord Dmax 12.8 Gy, PRV 13.2 Gy. 63621 claimed with one spinal lesion.",
    docs=[
        Doc("1_simulation_plan_note.txt", text=f"""
ASHGROVE SPINE AND CANCER CENTER - RADIATION ONCOLOGY
SBRT SIMULATION AND PLANNING NOTE
{patient(12)}  |  {mrn(12)}  |  11/05/2026

Clear cell renal cell carcinoma with a painful T10 vertebral body metastasis, progressing after conventional palliative radiotherapy 20 Gy in 5 fractions to T9-T11 in April 2025. Prior L1 kyphoplasty (2024) for a pathologic fracture, not a current target. ESCC grade 1a, SINS 7.

Immobilization: BodyFIX vacuum cushion with wrap, arms up on wing board. Simulation CT 1.25 mm T6-L3. MRI thoracic spine 11/04/2026 (sagittal T1, T2 and STIR; axial T2 and T1 post-contrast) registered to the CT for cord and target contouring; a CT myelogram was considered and not done because the MRI fusion was adequate.

Target: GTV T10 vertebral body and right pedicle; CTV per consensus (body + right pedicle + transverse process); PTV 2 mm. Prescription 24 Gy in 2 fractions, 12 Gy per fraction. Re-irradiation cord constraint (cumulative EQD2 within institutional limits): cord PRV Dmax < 13.5 Gy for this course.

Dr. Marguerite Oyelaran-Whitby
{FOOT}
"""),
        Doc("2_physics_plan_report.pdf", [[
            H1("Spine SBRT Plan Report"),
            KeyValue([("Patient", patient(12)), ("MRN", mrn(12)), ("Plan", "T10_SBRT_v2 (approved 11/10/2026)"),
                      ("Machine", "TrueBeam, 6 MV FFF, 2 VMAT arcs, HD MLC"), ("TPS", "Eclipse 16.1 AcurosXB")]),
            RuledTable([("Structure", "Volume (cc)", "Dmax (Gy)", "D95 (Gy)", "Other"),
                        ("PTV_T10", "34.8", "27.9", "22.1", "V24Gy 89.4%"),
                        ("GTV_T10", "11.2", "27.9", "24.6", "-"),
                        ("SpinalCord", "-", "12.8", "-", "D0.035cc 12.6 Gy"),
                        ("Cord_PRV2mm", "-", "13.2", "-", "-"),
                        ("Esophagus", "-", "16.4", "-", "D5cc 11.7 Gy"),
                        ("Kidney_R", "-", "-", "-", "Mean 3.1 Gy")]),
            P("Patient-specific QA (portal dosimetry, 2%/1 mm): 98.7% pass. Note: the prior 2025 course (20 Gy / 5 to T9-T11) is not included in the values above."),
            sig("Physics: D. Harrowby-Quist, PhD, DABR 11/10/2026"),
        ]], opts=dict(header=hdr(_c, 12), font="Helvetica")),
        Doc("3_treatment_record.txt", text=f"""
ASHGROVE - RT TREATMENT RECORD (ARIA print)          {patient(12)}    {mrn(12)}
Course C2 "RCC met"   Plan T10_SBRT_v2   Rx 1200 cGy x 2

Fx  Date        Dose cGy   Cum cGy   IGRT                                   Notes
1   11/12/2026  1200       1200      CBCT + 6DoF, ExacTrac verify mid-arc    shifts 1.1/0.6/0.4 mm
2   11/14/2026  1200       2400      CBCT + 6DoF, ExacTrac verify mid-arc    shifts 0.7/0.3/0.5 mm

Course complete: RCC metastasis (T10), 24 Gy in 2 fractions. Pain 3/10 at completion. Dexamethasone 4 mg on treatment days.
Approved: M. Oyelaran-Whitby, MD 11/14/2026
{FOOT}
"""),
    ])

# b28_13 -- pdf plan report: right upper lobe NSCLC 50 Gy / 5, 4DCT, PET staging only, fiducials not used ----------
_c = "WINDMERE VALLEY HOSPITAL - DEPARTMENT OF RADIATION ONCOLOGY"
add(name="b28_13", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT"], ["body_immobilization"]),
    lesions=[L("right upper lobe NSCLC", "body", None, 50, 5)],
    categories=cats(),
    notes="Lung SBRT plan report + completion summary PDF (ruled DVH/OAR table): 2.3 cm peripheral RUL "
          "adenocarcinoma, 50 Gy in 5 (stated as a total only), Synergy, Vac-Lok, 4DCT/ITV. PET/CT staging "
          "only and explicitly not fused; fiducials 'not placed' (tracked on CBCT). Chest wall V30 and rib "
          "Dmax 46.2 Gy beside the Rx.",
    docs=[Doc("b28_13.pdf", [[
        H1("Stereotactic Ablative Radiotherapy (SABR) - Lung"),
        H2("Plan report and completion summary"),
        KeyValue([("Patient", patient(13)), ("MRN", mrn(13)), ("Diagnosis", "Adenocarcinoma RUL, cT1cN0M0 (biopsy 08/2026)"),
                  ("Unit", "Elekta Synergy, Agility"), ("TPS", "Monaco 6"),
                  ("Immobilization", "Vac-Lok bag, arms above head, knee support"),
                  ("Treatment dates", "10/19/2026 - 10/29/2026")]),
        P("Staging FDG PET/CT (09/2026, SUVmax 9.4, no nodal uptake) was used for staging only; it was not fused for planning. Planning 4DCT 10/12/2026, 2 mm slices; ITV from the maximum-intensity projection and all 10 phases, PTV = ITV + 5 mm. Fiducial markers were not placed: the tumour is well seen on CBCT."),
        P("Prescription: 50 Gy total to the PTV, five fractions, every other day, prescribed to the 80% isodose covering 95% of the PTV."),
        RuledTable([("Structure", "Metric", "Result", "Goal"),
                    ("PTV", "V100%", "95.3%", ">= 95%"),
                    ("PTV", "Dmax", "61.8 Gy", "< 62.5 Gy"),
                    ("Lungs - ITV", "V20", "5.1%", "< 10%"),
                    ("Chest wall", "V30", "18.7 cc", "< 30 cc"),
                    ("Rib 3 R", "Dmax", "46.2 Gy", "-"),
                    ("Bronchial tree", "Dmax", "21.5 Gy", "< 40 Gy"),
                    ("Spinal cord", "Dmax", "12.0 Gy", "< 30 Gy")]),
        P("Delivery: five fractions delivered (10/19, 10/21, 10/23, 10/27, 10/29) with XVI 4D cone-beam CT registration to the ITV before every fraction; physics second check and patient-specific QA passed."),
        P("Summary: right upper lobe NSCLC, 50 Gy in 5 fractions, completed as prescribed. Follow-up CT chest in 3 months."),
        sig("Lorelei Castellanos-Pike, MD 10/29/2026"),
    ]], opts=dict(header=hdr(_c, 13), font="Helvetica"))])

# b28_14 -- EHR export: prostate SBRT 36.25 Gy / 5 with fiducials; completion says 40 Gy (self-contradicting) -------
add(name="b28_14", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="EHR text export (orders, procedure note, flowsheet, completion summary): prostate SBRT on a TrueBeam, "
          "7.25 Gy x 5 = 36.25 Gy, three gold fiducials + hydrogel spacer, Vac-Lok, CT + MRI. The completion "
          "summary states 40 Gy in 5 fractions (the 40 Gy CTV-boost alternative was discussed and not used); "
          "Rx, flowsheet and cumulative dose give 36.25 Gy (gold 36.25).",
    contradiction="The completion summary gives 40 Gy in 5 fractions, while the prescription, the procedure note and the dose flowsheet give 36.25 Gy in 5.",
    docs=[Doc("b28_14.txt", text=f"""
STONEBRIDGE UROLOGY & RADIATION ONCOLOGY  ::  CHART EXPORT  ::  {patient(14)}  ::  {mrn(14)}
----------------------------------------------------------------------------------------------------
[ORDER] 2026-10-06  RT prescription  signed Dr. Ambrose Kiplagat-Vance
    Site: Prostate (PTV_Prostate)  Technique: SBRT / VMAT  Energy: 10 MV FFF
    Dose/fx: 725 cGy   Fractions: 5   Total: 3625 cGy   Schedule: every other day
    Note: 40 Gy simultaneous boost to the dominant lesion discussed; not pursued (no MRI-visible dominant lesion).

[PROCEDURE] 2026-09-22  Fiducial marker and rectal spacer placement (Urology, Dr. Feodora Lindqvist-Rao)
    Transrectal ultrasound-guided placement of three gold fiducial markers (base, mid, apex) and SpaceOAR hydrogel. No complications.

[NOTE] 2026-10-06  SBRT planning note
    Favorable intermediate-risk adenocarcinoma of the prostate, Gleason 3+4, PSA 7.9, cT1c. No ADT.
    Simulation 2026-09-30: Vac-Lok lower-body cushion, knees supported, comfortably full bladder, empty rectum. CT 1.5 mm fused with MRI pelvis (T2 axial 2 mm) for prostate apex and spacer definition. Fiducials identified on CT and MRI.
    Prescription 36.25 Gy in 5 fractions of 7.25 Gy to the PTV (CTV + 5 mm, 3 mm posterior). Rectum D1cc 33.9 Gy, bladder D10cc 35.1 Gy, urethra Dmax 38.4 Gy.
    IGRT: kV/kV fiducial match then CBCT before every fraction; Calypso not available.

[FLOWSHEET] RT Delivery
    Date        Fx   cGy    Cum cGy   IGRT                  Initials
    2026-10-13  1    725    725       kV fiducials + CBCT   TW/AO
    2026-10-15  2    725    1450      kV fiducials + CBCT   TW/AO
    2026-10-17  3    725    2175      kV fiducials + CBCT   TW/AO
    2026-10-20  4    725    2900      kV fiducials + CBCT   TW/AO
    2026-10-22  5    725    3625      kV fiducials + CBCT   TW/AO

[NOTE] 2026-10-22  Treatment completion summary
    The patient completed SBRT to the prostate, 40 Gy in 5 fractions, 2026-10-13 through 2026-10-22, on the TrueBeam with daily fiducial-based image guidance. Grade 1 urinary frequency. PSA in 3 months.
    Signed: Ambrose Kiplagat-Vance, MD
----------------------------------------------------------------------------------------------------
SYNTHETIC TEST RECORD - no real patient
""")])

# b28_15 -- bundle: oligometastatic NSCLC, left adrenal 35 Gy/5 + L3 vertebral body 30 Gy/5, PET/CT for planning ----
_c = "COPPER CREEK ONCOLOGY ASSOCIATES"
add(name="b28_15", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["body", "spinal"], 2, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left adrenal metastasis", "body", None, 35, 5), L("L3 vertebral body metastasis", "spinal", None, 30, 5)],
    categories=cats(),
    notes="Oligometastatic NSCLC: consult + plan summary PDF + completion summary. Halcyon SBRT to the left adrenal "
          "(7 Gy x 5) and the L3 vertebral body (6 Gy x 5), same five sessions; planning CT fused with a PET/CT "
          "(used for contouring), BodyFIX. The adrenal target is 'PTV_LAdr' / 'left adrenal gland mass'; the "
          "right lung primary (lobectomy 2025) and a stable 4 mm lung nodule are not targets.",
    docs=[
        Doc("1_consult.txt", text=f"""
COPPER CREEK ONCOLOGY ASSOCIATES - RADIATION ONCOLOGY CONSULT
Patient {patient(15)}  MRN {mrn(15)}  Date 10/07/2026

63-year-old man, right lower lobe adenocarcinoma (EGFR/ALK negative), lobectomy 05/2025. Surveillance PET/CT 09/2026: FDG-avid left adrenal gland mass 2.8 cm (SUV 11.2) and an avid lytic lesion in the L3 vertebral body abutting the ventral thecal sac without compression of the cauda equina; a 4 mm right upper lobe nodule is unchanged since 2025 and not avid. Biopsy of the adrenal confirmed metastatic adenocarcinoma.

Recommendation: SBRT to both sites of oligometastatic disease (left adrenal 35 Gy in 5, L3 30 Gy in 5), then maintenance systemic therapy per Dr. Haverford. The RUL nodule will be observed.

Cosima Ardent-Blackwood, MD
{FOOT}
"""),
        Doc("2_plan_summary.pdf", [[
            H1("SBRT Plan Summary - Two Targets"),
            KeyValue([("Patient", patient(15)), ("MRN", mrn(15)), ("Machine", "Varian Halcyon 3.0 (6 MV FFF)"),
                      ("Immobilization", "BodyFIX full-body vacuum with compression wrap"),
                      ("Planning CT", "4DCT 10/14/2026; PET/CT 09/2026 deformably registered and used for GTV delineation")]),
            RuledTable([("Target", "Location", "GTV (cc)", "Rx", "Per fraction", "Isodose"),
                        ("PTV_LAdr", "Left adrenal", "9.6", "35 Gy / 5 fx", "7 Gy", "80%"),
                        ("PTV_L3", "L3 vertebral body (abuts thecal sac)", "14.3", "30 Gy / 5 fx", "6 Gy", "85%")]),
            RuledTable([("OAR", "Metric", "Value"),
                        ("Cauda equina", "Dmax", "24.1 Gy"),
                        ("Small bowel", "D5cc", "19.6 Gy"),
                        ("Stomach", "Dmax", "27.3 Gy"),
                        ("Left kidney", "Mean", "6.8 Gy")]),
            P("Both targets treated in the same sessions; CBCT before each fraction, matched first to L3 and then re-imaged and matched to the adrenal ITV."),
            sig("C. Ardent-Blackwood, MD; physics P. Vandersloot, MS 10/20/2026"),
        ]], opts=dict(header=hdr(_c, 15), font="Helvetica")),
        Doc("3_completion_summary.txt", text=f"""
COPPER CREEK ONCOLOGY ASSOCIATES - TREATMENT SUMMARY
{patient(15)} / {mrn(15)}    Completed 11/02/2026

Treatment: SBRT, 5 fractions 10/26/2026 - 11/02/2026, Halcyon.
  1. Left adrenal gland mass: 35 Gy in 5 fractions (7 Gy/fx)
  2. L3 vertebral body: 30 Gy in 5 fractions (6 Gy/fx)
Daily CBCT, BodyFIX. Tolerated well with grade 1 nausea on days 2-3. Restaging PET/CT in 3 months.

Cosima Ardent-Blackwood, MD
{FOOT}
"""),
    ])

# b28_16 -- dictated letter .txt: pancreas SBRT on an MR-linac, 6.6 Gy x 5, fiducials not placed ---------------------
add(name="b28_16", kind="text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("pancreatic head adenocarcinoma", "body", None, 33, 5)],
    categories=cats(),
    notes="Dictated letter to the referring oncologist: ViewRay MRIdian adaptive SBRT 6.6 Gy x 5 = 33 Gy to a "
          "borderline-resectable pancreatic head tumour after FOLFIRINOX; CT + MR simulation, vacuum cushion; "
          "fiducials were considered and not placed (MR guidance). Duodenum D0.5cc 32.8 Gy and an earlier "
          "biliary stent are beside the Rx; a 25 Gy vessel-interface dose level is inside the target.",
    docs=[Doc("b28_16.txt", text=f"""
HALLOWAY MR-LINAC CENTER
22 Tamarack Row, Halloway

November 25, 2026

Dr. Benedetta Oyinlola-Strand
Gastrointestinal Medical Oncology

Re: {patient(16)}, MRN {mrn(16)}

Dear Dr. Oyinlola-Strand,

I am writing to let you know that Ms. Twentyeightpatient has completed stereotactic body radiotherapy for her borderline resectable adenocarcinoma of the pancreatic head, following six months of FOLFIRINOX with a good CA 19-9 response (1,240 to 96).

We did not place fiducial markers: endoscopic placement was considered at the time of her biliary stent exchange but was not needed because treatment was on the MRIdian MR-linac with direct soft-tissue gating. She was simulated on 11/05 on a vacuum cushion with arms up, with a CT simulation and an MR simulation in the treatment position (TrueFISP breath-hold), fused for contouring.

The prescription was 6.6 Gy per fraction for five fractions to the tumour and the tumour-vessel interface (total 33 Gy), with a 25 Gy elective dose level to the surrounding nodal region within the PTV, planned as step-and-shoot IMRT with 15 beams on the MRIdian treatment planning system and prescribed so that 95% of the PTV received the full dose. Each day the plan was adapted on the on-table MR image and delivered with breath-hold cine-MR gating. Duodenum D0.5cc was 32.8 Gy, stomach 30.1 Gy and small bowel 29.6 Gy, all under our constraints.

She received all five fractions on 11/12, 11/14, 11/17, 11/19 and 11/21 without interruption, with grade 1 fatigue and mild nausea only. I have asked her surgical team to review her for resection 4-6 weeks from now.

With best wishes,

Evander Szczepanski-Holt, MD
Radiation Oncology, Halloway MR-Linac Center

cc: Dr. Oluwaseun Pemberton, Hepatobiliary Surgery
{FOOT}
""")])

# b28_17 -- bundle: liver SBRT two lesions 45 Gy/3 and 36 Gy/3; summary says 4 fractions (self-contradicting) ---------
_c = "JUNIPER POINT MEDICAL CENTER - RADIATION ONCOLOGY"
add(name="b28_17", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("liver segment VII metastasis", "body", None, 45, 3), L("liver segment II metastasis", "body", None, 36, 3)],
    categories=cats(),
    notes="Plan summary PDF + fraction log .txt + completion summary: TrueBeam SBRT to two colorectal liver "
          "metastases, S7 15 Gy x 3 = 45 Gy and S2 12 Gy x 3 = 36 Gy, abdominal compression, 4DCT + MRI. "
          "The fraction log shows three fractions; the completion summary says 'in 4 fractions' (gold 3). "
          "A third (segment IVa) lesion was ablated by microwave earlier and is not a target.",
    contradiction="The completion summary says the liver course was given in 4 fractions, while the prescription and the fraction log show 3 delivered fractions.",
    docs=[
        Doc("1_plan_summary.pdf", [[
            H1("Liver SBRT - Plan Summary"),
            KeyValue([("Patient", patient(17)), ("MRN", mrn(17)), ("Machine", "TrueBeam 2.7, 10 MV FFF"),
                      ("Motion management", "Abdominal compression plate (BodyFIX frame), 4DCT ITV"),
                      ("Images", "4DCT 10/05/2026; liver MRI (gadoxetate, hepatobiliary phase) 10/02/2026 fused"),
                      ("History", "Sigmoid adenocarcinoma; segment IVa metastasis treated with microwave ablation 03/2026")]),
            RuledTable([("Target", "Segment", "GTV diam (cm)", "Dose / fx", "Fx", "Total", "Isodose"),
                        ("PTV_S7", "VII", "2.4", "15 Gy", "3", "45 Gy", "67%"),
                        ("PTV_S2", "II (near stomach)", "1.6", "12 Gy", "3", "36 Gy", "70%")]),
            RuledTable([("OAR", "Constraint", "Achieved"),
                        ("Liver - GTVs", ">= 700 cc < 15 Gy", "1,088 cc"),
                        ("Stomach", "D0.5cc < 22.5 Gy", "21.9 Gy"),
                        ("Duodenum", "D0.5cc < 22.5 Gy", "9.2 Gy"),
                        ("Right kidney", "Mean < 10 Gy", "4.7 Gy")]),
            sig("Zenobia Marchetti-Owusu, MD 10/09/2026"),
        ]], opts=dict(header=hdr(_c, 17), font="Helvetica")),
        Doc("2_fraction_log.txt", text=f"""
JUNIPER POINT MC - RO FRACTION LOG       {patient(17)}  {mrn(17)}
Plan: LIVER_SBRT_2TGT   Rx: S7 1500 cGy x 3 / S2 1200 cGy x 3

Fx 1  10/13/2026  S7 1500 (cum 1500)  S2 1200 (cum 1200)  CBCT x2 (pre + mid), compression checked  - ok
Fx 2  10/15/2026  S7 1500 (cum 3000)  S2 1200 (cum 2400)  CBCT x2 (pre + mid), compression checked  - ok
Fx 3  10/17/2026  S7 1500 (cum 4500)  S2 1200 (cum 3600)  CBCT x2 (pre + mid), compression checked  - ok
COURSE COMPLETE
{FOOT}
"""),
        Doc("3_completion_summary.txt", text=f"""
JUNIPER POINT MEDICAL CENTER - RADIATION ONCOLOGY
TREATMENT COMPLETION SUMMARY      {patient(17)}   {mrn(17)}   10/19/2026

SBRT to two liver metastases was completed in 4 fractions between 10/13/2026 and 10/17/2026: segment VII 45 Gy and segment II 36 Gy. Image guidance with CBCT before and during each fraction under abdominal compression. Tolerated well; LFTs stable. MRI liver and CEA in 3 months.

Zenobia Marchetti-Owusu, MD
{FOOT}
"""),
    ])


# ==================================================================================================
# Hard negatives / near-misses (3)
# ==================================================================================================

# b28_18 -- consult letter: GK recommended for two metastases, frame offered; nothing delivered -----------------------
add(name="b28_18", kind="text", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: consultation letter recommending single-session Gamma Knife with a Leksell frame for two "
          "small metastases (doses 20 Gy at 50% proposed); a planning MRI is 'to be arranged' and the patient "
          "wants to think it over. Nothing delivered: facts empty, every category unmet, every code "
          "inconsistent (the office pre-entered the charges).",
    docs=[Doc("b28_18.txt", text=f"""
NORTHCOTE MEADOWS CANCER CLINIC
Radiation Oncology & Gamma Knife Service

November 23, 2026

Dr. Ezinne Marlowe-Pryce
Family Medicine, Northcote

Re: {patient(18)}   MRN {mrn(18)}

Dear Dr. Marlowe-Pryce,

Thank you for referring Mr. Twentyeightpatient, a 69-year-old man with a melanoma of the back excised in 2023, who was found to have two small brain metastases on a diagnostic MRI (10/30/2026): a 7 mm right frontal lesion and a 1.1 cm left cerebellar lesion, without edema. He is neurologically intact.

I have recommended single-session Gamma Knife radiosurgery to both lesions, with a marginal dose of 20 Gy to the 50% isodose line, using the Leksell stereotactic frame; the mask-based option on our Icon was also explained. If he proceeds, we will arrange a thin-slice stereotactic MRI on the day of treatment. We discussed the low risk of radiation necrosis and the alternative of systemic therapy alone with close MRI surveillance given his response to nivolumab and ipilimumab.

He would like to discuss it with his family and will call us by the end of next week. No treatment has been scheduled.

Yours sincerely,

Ottoline Brackenridge, MD
Radiation Oncology

[Office use: provisional charges 77371, 77432, 61796, 61797, 61800 entered pending scheduling]
{FOOT}
""")])

# b28_19 -- pdf: conventional 30 Gy / 10 to T-spine claimed as spine SBRT (near-miss) -------------------------------
_c = "ELMSTEAD COUNTY HOSPITAL - RADIOTHERAPY DEPARTMENT"
add(name="b28_19", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 10, ["CT"], []),
    lesions=[L("T6-T8 (myeloma)", "spinal", None, 30, 10)],
    categories=cats(positioning=False),
    notes="Near-miss: palliative conventional radiotherapy 30 Gy in 10 fractions (3 Gy x 10), AP/PA 3D "
          "conformal, to T6-T8 for multiple myeloma, delivered on a Clinac iX with daily kV imaging; claimed as "
          "spine SBRT. 'SBRT was considered' but not used. No immobilization device (supine on a standard "
          "headrest with knee support only). Every SRS/SBRT code inconsistent; no delivery code.",
    docs=[Doc("b28_19.pdf", [[
        H1("Radiotherapy Treatment Summary"),
        KeyValue([("Patient", patient(19)), ("MRN", mrn(19)), ("Diagnosis", "Multiple myeloma (IgG kappa) with a T7 lytic lesion and a small epidural component"),
                  ("Treatment site", "Thoracic spine T6-T8"), ("Machine", "Varian Clinac iX, 6 MV"),
                  ("Dates", "10/26/2026 - 11/06/2026")]),
        P("Background: back pain and a T7 lytic lesion with a small epidural component not compressing the cord (MRI 10/15/2026, diagnostic, outside hospital). Spine SBRT was considered at the tumour board but conventional palliative radiotherapy was preferred because of the diffuse marrow involvement."),
        P("Simulation: CT simulation 10/21/2026, supine on a standard headrest with knee support, no immobilization device; three tattoos. Target: T6-T8 vertebral bodies with a 1.5 cm margin. Technique: 3D conformal, AP/PA parallel-opposed fields, planned in Eclipse."),
        P("Prescription: 30 Gy in 10 fractions of 3 Gy, prescribed to the mid-plane."),
        TextTable([("Fx", "Dates", "Dose", "Imaging"),
                   ("1-5", "10/26 - 10/30/2026", "3 Gy each", "daily kV pair"),
                   ("6-10", "11/02 - 11/06/2026", "3 Gy each", "daily kV pair")], columns=(0, 60, 190, 290)),
        P("Summary: T6-T8, 30 Gy in 10 fractions completed 11/06/2026. Spinal cord max 31.2 Gy. Pain improved from 7/10 to 3/10."),
        sig("Hieronymus Balogun-Frost, FRCR 11/06/2026"),
    ]], opts=dict(header=hdr(_c, 19), font="Helvetica"))])

# b28_20 -- bundle: lung SBRT simulated and planned, cancelled before fraction 1 (nothing delivered) ------------------
_c = "THORNBURY VALE CANCER CENTRE"
add(name="b28_20", kind="bundle", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative (course cancelled): simulation note (4DCT, Vac-Lok) + approved plan (54 Gy in 3 to a "
          "left lower lobe tumour) + a cancellation note after admission with a hip fracture before the first "
          "fraction; SBRT to be reconsidered later. Nothing delivered: facts empty, every category unmet, every "
          "code inconsistent.",
    docs=[
        Doc("1_simulation_note.txt", text=f"""
THORNBURY VALE CANCER CENTRE - RADIOTHERAPY
SIMULATION NOTE      {patient(20)}   {mrn(20)}   11/09/2026

Peripheral left lower lobe squamous cell carcinoma, 1.9 cm, cT1bN0, medically inoperable (FEV1 38%). Planned SABR 54 Gy in 3 fractions.
Set-up: supine, Vac-Lok, arms up. 4DCT 2.5 mm acquired, motion 9 mm superior-inferior; ITV approach. No fiducials.
Provisional first treatment date 11/18/2026.
Aurelio Fitzwilliam-Nkemelu, MD
{FOOT}
"""),
        Doc("2_plan_approval.pdf", [[
            H1("SABR Plan Approval"),
            KeyValue([("Patient", patient(20)), ("MRN", mrn(20)), ("Plan", "LLL_SABR_54Gy3 (approved 11/13/2026)"),
                      ("Unit", "TrueBeam, 6 MV FFF, 2 partial VMAT arcs")]),
            RuledTable([("Target", "Rx", "Per fraction", "Planned fractions", "PTV V100"),
                        ("PTV_LLL", "54 Gy", "18 Gy", "3", "95.6%")]),
            RuledTable([("OAR", "Metric", "Value"),
                        ("Lungs - ITV", "V20", "4.2%"),
                        ("Chest wall", "V30", "22.1 cc"),
                        ("Heart", "Dmax", "6.7 Gy")]),
            sig("A. Fitzwilliam-Nkemelu, MD; physics T. Rosenqvist, MS 11/13/2026"),
        ]], opts=dict(header=hdr(_c, 20), font="Helvetica")),
        Doc("3_cancellation_note.txt", text=f"""
THORNBURY VALE CANCER CENTRE - RADIOTHERAPY
TREATMENT CANCELLATION / CLINICAL NOTE      {patient(20)}   {mrn(20)}   11/17/2026

The patient was admitted on 11/16 after a fall with a left intertrochanteric hip fracture and is awaiting fixation. The SABR course (54 Gy in 3 fractions) due to start 11/18 has been cancelled; no fraction was delivered. We will re-plan with a new 4DCT once she is mobile, in about 6-8 weeks, if she remains fit for treatment.

A. Fitzwilliam-Nkemelu, MD
{FOOT}
"""),
    ])


CORPUS = Corpus("blind_corpus28", "tests/blind_corpus28", CHARTS, pdf_options={"footer": FOOT, "font": "Helvetica"},
                hand_written=["README.md", "FIRST_RUN.md"])
