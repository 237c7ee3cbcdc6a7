"""Fifty-third blind corpus, ``tests/blind_corpus53/`` (regenerate: ``python scripts/make_corpus.py blind_corpus53``).

Twenty courses written as dictated and faxed documents really arrive: speech-recognition dictation left
uncorrected (homophones such as "grey" for Gray, "centigray" written out, "fraction's", "five by seven" for five
fractions of 7 Gy, spoken numbers such as "twenty four hundred" and "two point five centimetres", run-on
sentences, dictated "number one ... number two" lists, the physician correcting themselves mid-sentence);
faxed pages with a sender/date/page line on every page, cover sheets, a skewed scanned fax, a page sent twice
and a page out of order; forms typed from paper ("[x] frame [ ] mask", Y/N columns, "(circled) 3", initials);
and notes from outside the radiation department (neurosurgery frame placement, anaesthesia record,
interventional radiology and urology fiducial placement, referring oncologists' letters) bundled with the
department's own record. Every clinic and system is invented. Two charts contradict themselves
(``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (dictation and faxes are deliberately one long line per paragraph or record)

from __future__ import annotations

from pdfmaker import ColumnBreak, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ABIGAIL", "BARNABY", "CORDELIA", "DESMOND", "EUGENIA", "FLETCHER", "GWENDOLYN", "HORATIO", "ISIDORE",
         "JASPER", "KATHLEEN", "LEOPOLD", "MARGUERITE", "NATHANIEL", "OSWALD", "PRUDENCE", "QUENTIN", "ROSALIND",
         "SEBASTIAN", "THEODORA"]


def patient(n: int) -> str:
    return f"FIFTYTHREEPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-530{n:02d}"


def fax(sender: str, number: str, stamp: str) -> str:
    """The line a fax machine prints across the top of every page it sends."""
    return f"{stamp}   FROM: {sender}   FAX {number}"


def faxpage(n: int, total: int) -> P:
    return P(f"- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - P. {n:03d}/{total:03d}")


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# h53_01 -- bundle (3 files): neurosurgery frame placement note, anaesthesia record, cobalt-60 TN record ----------
add(name="h53_01", kind="bundle", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve (root entry zone), trigeminal neuralgia", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Three documents from three departments: the neurosurgeon's operative note for placing the stereotactic "
          "head frame (four pins, local anaesthetic), the anaesthesia record for the monitored sedation, and the "
          "radiosurgery record of the cobalt-60 unit: right trigeminal neuralgia, one 4 mm shot, 80 Gy maximum dose "
          "to the 100% isodose, stereotactic MRI (CISS) and CT. Functional target: complex.",
    docs=[
        Doc("1_neurosurgery_op_note.txt", text=f"""
HOLLOWAY CREEK MEDICAL CENTER - DEPARTMENT OF NEUROSURGERY
OPERATIVE / PROCEDURE NOTE

Patient: {patient(1)}     MRN: {mrn(1)}     DOB: 03/19/1948
Date of procedure: 11/09/2026
Surgeon: Ignatius Ferrante-Bloom, MD (Neurosurgery)
Anesthesia: Monitored anesthesia care (see anesthesia record) plus local infiltration
Preoperative diagnosis: Right trigeminal neuralgia, V2/V3, refractory to carbamazepine and baclofen (classic, BNI pain score IV)
Postoperative diagnosis: Same
Procedure: Application of stereotactic head frame for radiosurgery

Description: The patient was brought to the radiosurgery suite and positioned sitting. After IV sedation by anesthesia, the four
pin sites were prepped with chlorhexidine and infiltrated with a 1:1 mixture of 1% lidocaine and 0.5% bupivacaine, total 18 mL. The
frame was positioned with ear bars, shifted slightly anterior and to the right to center the right trigeminal nerve, and secured with
four pins, tightened in opposing pairs. Ear bars were removed. Frame fit was checked with the measurement bubble. No complications.
EBL minimal. The patient tolerated the procedure well and was taken for stereotactic MRI and CT.

Frame removal (13:10): pins removed, sites dressed, hemostasis with pressure. Patient ambulating, discharged with her daughter.

Ignatius Ferrante-Bloom, MD   11/09/2026 07:55
{FOOT}
"""),
        Doc("2_anesthesia_record.txt", text=f"""
HOLLOWAY CREEK MEDICAL CENTER - ANESTHESIA RECORD (transcribed from paper)
{patient(1)}   {mrn(1)}   11/09/2026   Location: Radiosurgery suite
Procedure: stereotactic frame placement for radiosurgery          ASA: II          NPO since: midnight
Airway: natural, nasal cannula O2 2 L/min          Anesthesia type: MAC

TIME    HR   BP        SpO2   DRUGS / EVENTS                                           INIT
07:20   78   148/84    97     pre-op check, consent verified, IV 20g L hand          RW
07:31   76   150/88    99     midazolam 1 mg IV                                      RW
07:34   72   142/80    99     fentanyl 50 mcg IV                                     RW
07:38   70   136/78    99     surgeon local infiltration, pins placed                RW
07:52   68   130/76    98     frame on, pt comfortable, to MRI                       RW
08:05   --   --        --     care handed to radiosurgery RN, pt awake, RASS 0       RW

Total: midazolam 1 mg, fentanyl 50 mcg. No complications.  Signed: R. Whitcombe-Diaz, CRNA; supervising Dr L. Amadi-Strand
{FOOT}
"""),
        Doc("3_radiosurgery_record.pdf", [[
            H1("Radiosurgery Treatment Record - multi-source cobalt-60 unit"),
            KeyValue([("Patient", f"{patient(1)}    MRN {mrn(1)}"), ("Treatment date", "11/09/2026"),
                      ("Indication", "Right trigeminal neuralgia (functional radiosurgery)"),
                      ("Fixation", "Stereotactic head frame (placed 07:38, Dr Ferrante-Bloom)"),
                      ("Imaging", "Stereotactic MRI 08:10 (3D CISS 0.5 mm, T1 post-contrast) and stereotactic CT 08:40 (1 mm), co-registered"),
                      ("Planning system", "QUILLFEATHER-GP 3.2 (invented)"),
                      ("Target", "Right trigeminal nerve, cisternal segment, 7 mm anterior to the root entry zone"),
                      ("Prescription", "80 Gy maximum dose, to the 100% isodose, one 4 mm collimator shot"),
                      ("Brainstem", "15 Gy isodose (20%) touches the pontine surface; brainstem D0.03cc 11.8 Gy")]),
            RuledTable([("Shot", "X", "Y", "Z", "Collimator", "Weight", "Time (min)"),
                        ("1", "112.4", "96.1", "117.8", "4 mm", "1.00", "71.6")]),
            P("Frame coordinate verification on the couch before delivery (both sides): within 0.2 mm. Treatment delivered 10:42-11:56 "
              "without interruption. Delivered: 80 Gy maximum dose to the right trigeminal nerve in one session."),
            sig("Mirabel Okonkwo-Vance, MS, DABR, Medical Physicist 11/09/2026"),
            sig("Delphine Aurelio-Hart, MD, Radiation Oncology 11/09/2026"),
            sig("Ignatius Ferrante-Bloom, MD, Neurosurgery 11/09/2026"),
        ]], opts=dict(header=["HOLLOWAY CREEK MEDICAL CENTER - GAMMA RADIOSURGERY CENTER", f"{patient(1)}   MRN {mrn(1)}"])),
    ])

# h53_02 -- ehr_text: uncorrected speech-recognition dictation, linac SRS of 3 metastases -------------------------------
add(name="h53_02", kind="ehr_text", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal metastasis", "cranial", S, 20, 1), L("right parietal metastasis", "cranial", S, 20, 1),
             L("left cerebellar metastasis", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Speech-recognition dictation left uncorrected: run-on sentences, 'grey' for Gray, doses as 'two thousand "
          "centigray' and 'eighteen hundred centigray', sizes as 'one point two centimetres', a dictated 'number one ... "
          "number two ... number three' list, and 'right, correction, left frontal'. Single-isocentre linac SRS of "
          "three simple metastases in one session, thermoplastic mask, CT simulation fused with MRI, cone-beam CT.",
    docs=[Doc("h53_02.txt", text=f"""
BRISTLECONE VALLEY CANCER INSTITUTE RADIATION ONCOLOGY
TRANSCRIPTION STATUS: PRELIMINARY - SPEECH RECOGNITION - NOT EDITED
Document type: Special Procedure / Radiosurgery Note
Patient: {patient(2)}    MRN: {mrn(2)}    DOS: 11/17/2026    Dictated by: Cassius Wembley-Oduya MD

this is a stereo tactic radio surgery procedure note for {patient(2).split(", ")[1].title()} fifty three patient who is a sixty one year old man with metastatic melanoma with three new brain met's on his MRI of november fifth period he was simulated on november tenth in a thermo plastic mask open face with a C T simulation one millimetre slices which was fused to a volumetric M R I with contrast from the same day and the lesions were contoured on the fused images by myself period targets are as follows colon number one the right comma correction left frontal lesion measuring one point two centimetres prescribed two thousand centigray in a single fraction period number two the right parietal lesion zero point eight centimetres also two thousand centigray period number three the left cerebellar lesion two point one centimetres which is close to but not touching the fourth ventricle prescribed eighteen hundred centigray given the size period

plan was a single isocenter plan with five non co-planar arcs six M V flat tire filter free on the gantry linac prescribed to the eighty percent ISO dose line planned on the HOLLYHOCK TPS invented system and physics did the second check period brain V twelve was six point one cc brain stem max was nine grey

today he was set up in the mask and a cone beam C T was done with a six degree of freedom couch correction of less than one millimetre and surface monitoring throughout with no beam holds period all five arcs delivered period so to summarise the left frontal and right parietal lesions received twenty grey each and the left cerebellar lesion eighteen grey all in one fraction he tolerated it well no nausea no headache we will get an MRI in two months and see her back with that new paragraph he has four milligrams of dexamethasone to taper over one week end of dictation

D: 11/17/2026 15:42   T: 11/17/2026 15:44 (speech engine)   Cassius Wembley-Oduya MD  (electronically signed 11/18/2026)
{FOOT}
""")])

# h53_03 -- pdf fax (4 pages, page 3 sent last): cobalt-60 mask FSRT 25 Gy/5 of a 3.8 cm metastasis -----------------
_fx = fax("CRANEHAVEN NEURO-RADIOSURGERY", "(555) 014-2290", "12/02/2026 09:14")
add(name="h53_03", kind="pdf", codes=["77371", "77432", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 5, ["MRI"], ["mask"]),
    lesions=[L("right temporal metastasis (3.8 cm)", "cranial", C, 25, 5)],
    categories=cats(),
    notes="A faxed four-page transmission with the machine's sender/date line on every page and a cover sheet; "
          "page 3 (the fraction log) arrived last, after page 4. Mask-based cobalt-60 fractionated radiosurgery of "
          "one 3.8 cm right temporal metastasis (complex by size), 25 Gy in 5 fractions at the 50% isodose, "
          "planning MRI only (the on-unit cone-beam CT defines the stereotactic space; 'planning CT not needed'). "
          "The claimed single-session codes 77371/77432 are wrong for five fractions.",
    docs=[Doc("h53_03.pdf", [
        [faxpage(1, 4), H1("FAX COVER SHEET"),
         KeyValue([("To", "Patient Financial Services / Coding - Attn: R. Dunmore"), ("Fax", "(555) 014-7712"),
                   ("From", "Cranehaven Neuro-Radiosurgery, Radiation Oncology"), ("Date", "12/02/2026"),
                   ("Pages", "4 including cover"), ("Re", f"{patient(3)} / {mrn(3)} - radiosurgery records for claim")]),
         P("[ ] Urgent   [x] For review   [ ] Please comment   [ ] Please reply"),
         P("Comments: Records for the November radiosurgery course as requested. Charge sheet lists 77371 / 77432 / 61798 - please confirm."),
         P("CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received it in error, please notify the sender "
           "and destroy all copies.")],
        [faxpage(2, 4), H1("Fractionated Radiosurgery - Plan Summary"),
         KeyValue([("Patient", f"{patient(3)}   MRN {mrn(3)}   DOB 07/22/1955"),
                   ("Unit", "Multi-source cobalt-60 radiosurgery unit (192 sources) with on-unit cone-beam CT"),
                   ("Immobilization", "Thermoplastic mask with nose marker; infrared intrafraction motion monitoring (1.5 mm)"),
                   ("Planning imaging", "MRI brain T1 post-gadolinium 1 mm and T2 FLAIR, 11/12/2026. Planning CT not needed: stereotactic reference from CBCT"),
                   ("Target", "Right temporal metastasis (NSCLC), 3.8 x 3.1 x 2.9 cm, 21.4 cc; 19 mm from the right optic tract"),
                   ("Prescription", "25 Gy in 5 fractions (5 Gy per fraction) to the 50% isodose line, GTV = PTV"),
                   ("Plan", "MARLSTONE-GP 2.0 (invented); 31 shots, 4/8/16 mm; coverage 98.6%, Paddick CI 0.86, GI 2.7"),
                   ("OAR", "Brainstem D0.1cc 14.2 Gy / 5 fx; right optic tract Dmax 9.8 Gy / 5 fx")]),
         sig("Octavia Brennecke, MD, Radiation Oncology 11/15/2026")],
        [faxpage(4, 4), H1("Course Completion"),
         P(f"{patient(3)} completed fractionated radiosurgery to the right temporal metastasis on 11/24/2026: 25 Gy in 5 fractions delivered "
           "as planned, mask fixation throughout, no fraction paused beyond threshold. Mild fatigue, no new neurologic deficit. "
           "Dexamethasone 2 mg daily to taper. MRI brain in 8 weeks."),
         sig("Octavia Brennecke, MD, Radiation Oncology 11/24/2026")],
        [faxpage(3, 4), H1("Fraction Log"),
         RuledTable([("Fx", "Date", "CBCT shift (mm)", "IFMM max (mm)", "Dose (Gy)", "Cumulative (Gy)", "Init."),
                     ("1", "11/18/2026", "0.6", "0.7", "5.0", "5.0", "TL/JM"),
                     ("2", "11/19/2026", "0.4", "0.9", "5.0", "10.0", "TL/JM"),
                     ("3", "11/20/2026", "0.8", "1.1", "5.0", "15.0", "JM/KP"),
                     ("4", "11/23/2026", "0.5", "0.6", "5.0", "20.0", "TL/KP"),
                     ("5", "11/24/2026", "0.3", "0.8", "5.0", "25.0", "TL/JM")]),
         P("Each fraction: CBCT co-registered to the planning MRI before beam-on; shot coordinates adjusted to the day's position.")],
    ], opts=dict(header=_fx, page_numbers=None))])

# h53_04 -- scan (skewed fax of a paper form): cobalt-60 frame SRS of two meningiomas ---------------------------------
_fx = fax("LANTERN HILL GAMMA CTR", "555 018 6604", "NOV-20-2026 16:47")
add(name="h53_04", kind="scan", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 2, 1, ["MRI"], ["frame"]),
    lesions=[L("right parasagittal meningioma (2.2 cm)", "cranial", S, 12, 1),
             L("left frontal convexity meningioma (1.1 cm)", "cranial", S, 12, 1)],
    categories=cats(),
    notes="A paper radiosurgery day sheet typed up, then faxed and scanned crooked (200 dpi, 1.8 degree skew, "
          "speckle): check boxes '[x] frame [ ] mask', imaging Y/N with '(circled) N' for CT, shot counts as "
          "'(circled) 9' and '(circled) 4', staff initials beside each line. Two meningiomas (2.2 and 1.1 cm, away "
          "from the optic apparatus: simple) at 12 Gy to the 50% isodose in one session, MRI only, frame "
          "coordinates checked.",
    docs=[Doc("h53_04.pdf", [[
        P("LANTERN HILL GAMMA RADIOSURGERY CENTER -- TREATMENT DAY SHEET (typed from paper original)"),
        KeyValue([("Patient / MRN", f"{patient(4)}  /  {mrn(4)}"), ("DOB", "01/30/1962"), ("Date", "11/20/2026"),
                  ("Dx", "Multiple meningiomas (WHO gr 1 presumed), growth on serial MRI"),
                  ("Unit", "cobalt-60 multi-source radiosurgery unit")]),
        TextTable([("ITEM", "ENTRY", "INIT"),
                   ("Fixation", "[x] frame   [ ] mask      pins x4, local anesth.", "IFB"),
                   ("Frame time on", "07:20", "IFB"),
                   ("MRI (stereotactic)", "Y   T1+C 1mm, T2  08:05", "KS"),
                   ("CT (stereotactic)", "(circled) N   - not needed, MRI distortion QA passed", "KS"),
                   ("Planning system", "FENWICK-GP 5 (invented)", "MO"),
                   ("Target 1", "R parasagittal meningioma 2.2 cm, 12 Gy @ 50%, shots (circled) 9", "MO"),
                   ("Target 2", "L frontal convexity meningioma 1.1 cm, 12 Gy @ 50%, shots (circled) 4", "MO"),
                   ("Optic appar. dist.", "> 20 mm both targets   chiasm Dmax 1.9 Gy", "MO"),
                   ("Coordinates verified on couch", "[x] yes  [ ] no   L/R both sides", "MO / KS"),
                   ("Sessions", "(circled) 1", "KS"),
                   ("Delivered", "both targets 12 Gy, 13 shots, 10:02 - 11:19, no interrupt", "KS"),
                   ("Frame off", "11:35 - sites clean", "IFB")], columns=(0, 150, 420)),
        P("MD sign: O. Pemberton-Sayre MD (rad onc)   /   I. F. Baptiste MD (neurosurg)      Physics: M. Okafor"),
    ]], opts=dict(header=_fx, page_numbers="P.{n}/{total}", scan=True, scan_dpi=200, scan_skew=1.8, scan_noise=7))])

# h53_05 -- bundle (2 files): faxed referral letter + linac SRS record; pontine lesion complex, 61796 claimed ---------
add(name="h53_05", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("pontine metastasis (brainstem)", "cranial", C, 15, 1), L("right cerebellar metastasis", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Referring medical oncologist's letter (arrived by fax, two pages with fax lines) asking for SRS of two "
          "metastases and mentioning a punctate left occipital focus 'probably vascular'; the department's SRS record "
          "treats the pontine lesion (brainstem: complex) with 15 Gy and the right cerebellar lesion with 20 Gy in one "
          "session on a gantry linac, mask, CT + MRI, CBCT and surface guidance. 61796 claimed although one lesion "
          "is complex (wrong); 61797 fits the simple one.",
    docs=[
        Doc("1_referral_fax.txt", text=f"""
11/03/2026 10:21  FROM: WILLOWMERE ONCOLOGY ASSOC  FAX 555-013-4471  TO: RAD ONC INTAKE       P.001/002
WILLOWMERE ONCOLOGY ASSOCIATES
Medical Oncology and Hematology

November 3, 2026

Thaddeus Rooke-Amsel, MD
Radiation Oncology, Briarwood Regional Hospital

RE: {patient(5)}   DOB 05/14/1959   MRN (Briarwood) {mrn(5)}

Dear Dr. Rooke-Amsel,

Thank you for seeing Ms. Fiftythreepatient, a 67-year-old with EGFR-mutant lung adenocarcinoma on osimertinib since 2025, whose
surveillance MRI brain of 10/30/2026 shows two new enhancing lesions: one in the right cerebellar hemisphere (1.6 cm) and a smaller
one in the pons (0.9 cm). There is also a punctate focus in the left occipital lobe which the neuroradiologist reads as probably
vascular. She is neurologically intact apart from mild unsteadiness.

11/03/2026 10:22  FROM: WILLOWMERE ONCOLOGY ASSOC  FAX 555-013-4471  TO: RAD ONC INTAKE       P.002/002
I would appreciate your opinion regarding stereotactic radiosurgery. We will continue osimertinib. Her extracranial disease is
stable on CT of 10/20/2026. Please call me with any questions.

Sincerely,
Lucinda Farrow-Ibekwe, MD
Medical Oncology
cc: primary care
{FOOT}
"""),
        Doc("2_srs_record.pdf", [[
            H1("Stereotactic Radiosurgery - Treatment Record"),
            KeyValue([("Patient", f"{patient(5)}   MRN {mrn(5)}"), ("Treatment date", "11/12/2026 (single fraction)"),
                      ("Unit", "6 MV FFF gantry linac, 2.5 mm MLC, 6DoF couch"),
                      ("Immobilization", "Open-face thermoplastic SRS mask (made 11/06/2026)"),
                      ("Planning imaging", "CT simulation 1 mm 11/06/2026 fused with MRI T1 post-contrast 1 mm 11/06/2026"),
                      ("Plan", "PEREGRINE-TPS 7 (invented); single isocenter, 4 non-coplanar VMAT arcs, prescribed to the 80% isodose"),
                      ("Not treated", "Punctate left occipital focus - vascular on dedicated sequences")]),
            RuledTable([("Target", "Size", "Location note", "Rx (Gy)", "Delivered (Gy)"),
                        ("PTV_Pons", "0.9 cm", "within the brainstem", "15", "15"),
                        ("PTV_RCbl", "1.6 cm", "right cerebellar hemisphere", "20", "20")]),
            P("Brainstem D0.03cc 15.6 Gy (accepted for intrinsic target). Pre-treatment CBCT with 6DoF correction (0.7 mm, 0.4 degrees), "
              "surface guidance throughout, no beam holds. Both targets treated 11/12/2026."),
            sig("Thaddeus Rooke-Amsel, MD 11/12/2026"),
            sig("Jonah Pellerin, MS, DABR 11/12/2026"),
        ]], opts=dict(header=["BRIARWOOD REGIONAL HOSPITAL - RADIATION ONCOLOGY", f"{patient(5)}   {mrn(5)}"])),
    ])

# h53_06 -- ehr_text: speech-recognition dictation, robotic linac FSRT of a pituitary adenoma "five by five" -------------
add(name="h53_06", kind="ehr_text", codes=["G0339", "G0340", "77435", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("residual pituitary macroadenoma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Uncorrected speech-recognition completion note: 'five by five' for 5 fractions of 5 Gy, 'grey', "
          "'fraction's', 'supra cellar' for suprasellar, 'chasm' for chiasm, 'two point five centimetres', spoken "
          "dates. Residual non-functioning pituitary macroadenoma (complex by type) treated on a robotic-arm linac "
          "with skull tracking, mask, planning CT + MRI, 25 Gy in 5 fractions to the 78% isodose.",
    docs=[Doc("h53_06.txt", text=f"""
SAWGRASS POINT RADIOSURGERY CENTER
*** Dictated via speech recognition - unedited - please excuse homophone errors ***
Patient: {patient(6)}   MRN: {mrn(6)}   Date of service: 12/04/2026
Note type: Treatment completion summary

treatment completion summary for mister fifty three patient a fifty eight year old man with a residual non functioning pituitary macro adenoma after trans sphenoidal resection in twenty twenty five the residual tumor sits in the right cavernous sinus and supra cellar region measuring two point five centimetres and it is about three millimetres from the optic chasm on the planning MRI

he was treated with fractionated stereo tactic radio surgery on the robotic arm linac using a thermo plastic face mask period planning C T with contrast one millimetre and a three D T one post contrast M R I were done on november twentieth and fused period the prescription was five by five in other words twenty five grey in five fraction's five grey each to the seventy eight percent ISO dose line on the TANAGER PLAN invented planning system with one hundred and twelve non isocentric beams the optic chasm max was twenty two point eight grey in five fraction's which is within our limit of twenty five

fraction's were given november thirtieth december first december second december third and today december fourth with six D skull tracking using the orthogonal x-ray pairs every thirty to sixty seconds no corrections over one millimetre period he has completed the full twenty five grey in five fraction's as planned

visual fields are unchanged he has no headache we will check pituitary labs at three months and repeat the M R I at six months with ophthalmology follow up

Theodric Vanterpool-Ames MD   dictated 12/04/2026 16:20   signed 12/07/2026
{FOOT}
""")])

# h53_07 -- pdf, two-column page: linac frame-based SRS of an AVM with angiography --------------------------------------
add(name="h53_07", kind="pdf", codes=["77372", "77432", "61798", "61800"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI", "angiography"], ["frame"]),
    lesions=[L("left parietal arteriovenous malformation (AVM)", "cranial", C, 18, 1)],
    categories=cats(),
    notes="One two-column page (left: frame placement, imaging and planning; right: target, dose and "
          "verification with sign-off initials): frame-based single-session SRS of a left parietal AVM on a gantry "
          "linac with cones, 18 Gy to the 80% isodose, stereotactic biplane angiography + CT + MRI. AVM: complex. "
          "Winston-Lutz and frame coordinate checks.",
    docs=[Doc("h53_07.pdf", [[
        H1("Radiosurgery Procedure Record - AVM"),
        H2("Patient and indication"),
        P(f"{patient(7)}, MRN {mrn(7)}, DOB 10/02/1991. Unruptured left parietal AVM, Spetzler-Martin grade II, nidus 2.3 x 1.9 x 1.7 cm "
          "(3.9 cc), presented with seizures, on levetiracetam. Neurovascular conference 10/28/2026: radiosurgery recommended."),
        H2("Frame"),
        P("11/19/2026 06:50: stereotactic head ring applied with four pins under local anesthetic by Dr A. Castellanos-Reid "
          "(neurosurgery). Localizer box fitted."),
        H2("Imaging (same morning)"),
        P("Stereotactic biplane digital subtraction angiography 07:25 (interventional neuroradiology, right femoral access, no "
          "complication); stereotactic CT with contrast 1 mm 08:30; MRI T1 post-gadolinium and TOF 08:55. All registered to the frame."),
        H2("Planning"),
        P("NETTLEBED iPlanner 4 (invented). Nidus contoured on angiography and MRI by neurosurgery and radiation oncology. Five "
          "non-coplanar dynamic arcs, 7.5 mm cone, 6 MV gantry linac (cone-based stereotactic configuration)."),
        ColumnBreak(),
        H2("Target and dose"),
        TextTable([("Target", "Rx", "IDL", "Cov."), ("L parietal AVM nidus", "18 Gy x 1", "80%", "97.2%")], columns=(0, 110, 170, 205)),
        P("12 Gy volume (incl. nidus) 9.6 cc. Max dose 22.5 Gy."),
        H2("Verification"),
        P("Winston-Lutz test 06:30: 0.4 mm. Target positioner coordinates checked against plan by two physicists. Couch "
          "mounted frame, no IGRT shift needed."),
        H2("Delivery"),
        P("11/19/2026 11:20-11:58, all five arcs, 18 Gy to the AVM nidus in a single fraction. Frame removed 12:10."),
        P("Sign-off:  MD  ACR / RSK    Physics  DL / BT    RTT  MW"),
        sig("R. Sandoval-Kerr, MD, Radiation Oncology 11/19/2026"),
        sig("A. Castellanos-Reid, MD, Neurosurgery 11/19/2026"),
    ]], opts=dict(header=["TAMARACK UNIVERSITY HOSPITAL - STEREOTACTIC RADIOSURGERY PROGRAM", f"{patient(7)}   MRN {mrn(7)}"], two_columns=True))])

# h53_08 -- ehr_text: looks like a consult (a negative) but the addendum records the delivered SRS -----------------------
add(name="h53_08", kind="ehr_text", codes=["77372", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left occipital metastasis", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Looks like a hard negative: a radiation oncology CONSULTATION note that recommends radiosurgery, "
          "with the usual 'risks and benefits discussed' and 'plan: proceed with SRS'. A same-day addendum records "
          "that the single-fraction SRS was simulated, planned and delivered that afternoon (left occipital "
          "metastasis, 2000 cGy to the 80% isodose, mask, CT + MRI, CBCT). A delivered course.",
    docs=[Doc("h53_08.txt", text=f"""
REDFERN LAKES HEALTH - RADIATION ONCOLOGY
CONSULTATION
Patient: {patient(8)}          MRN: {mrn(8)}          Date: 11/24/2026
Referring: Dr. P. Alcott-Mbeki (Medical Oncology)        Consultant: Winifred Sato-Greaves, MD

REASON FOR CONSULTATION: Solitary brain metastasis, consideration of radiosurgery.

HPI: 54-year-old man with triple-negative-like... correction: HER2-positive breast cancer (male breast primary, 2024) on
trastuzumab deruxtecan, with a new 1.4 cm enhancing left occipital lesion on MRI brain 11/20/2026 (3D T1 post-gadolinium, 1 mm,
done with SRS protocol). Right superior quadrantanopia noted by ophthalmology. No other lesions.

EXAM: KPS 90. Alert, oriented. Right upper quadrant field cut to confrontation. Otherwise non-focal.

ASSESSMENT: Solitary left occipital metastasis, 1.4 cm, good performance status, controlled extracranial disease.

PLAN: Recommend single-fraction stereotactic radiosurgery. Risks (radionecrosis, seizure, field cut progression), benefits and
alternatives (surgery, WBRT, observation) discussed; he wishes to proceed today, as he lives three hours away. Consent signed.

---------------------------------------------------------------------------------------------------
ADDENDUM 11/24/2026 16:05 (W. Sato-Greaves, MD)
Same-day SRS completed. Thermoplastic SRS mask made and CT simulation (1 mm) done at 11:30, fused with the 11/20 SRS-protocol MRI.
Target contoured (GTV = PTV + 1 mm). Plan on CORMORANT-TPS 6 (invented): 3 non-coplanar VMAT arcs, 6 MV FFF gantry linac,
2000 cGy in 1 fraction prescribed to the 80% isodose; independent MU check passed. Treated 15:10-15:26 after CBCT with 6DoF
correction (0.6 mm). Left occipital metastasis: 2000 cGy delivered in 1 fraction. Tolerated well; discharged home.
MRI in 8 weeks.
Electronically signed: Winifred Sato-Greaves, MD 11/24/2026 16:12
{FOOT}
""")])


# ==================================================================================================
# Spine
# ==================================================================================================

# h53_09 -- ehr_text: speech-recognition dictation, T10 SBRT 2400 cGy in 2 fractions; no IGRT stated --------------------
add(name="h53_09", kind="ehr_text", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T10 vertebral body metastasis", "spinal", None, 24, 2)],
    categories=cats(delivery_verification=False),
    notes="Uncorrected speech-recognition dictation of a spine SBRT course: 'twelve hundred centigray times two "
          "fraction's for a total of twenty four hundred centigray', 'vac lock' bag, 'thick shell' for thecal sac, "
          "one long run-on paragraph. T10 renal-cell metastasis, 24 Gy in 2 fractions on a gantry linac, CT + MRI, "
          "vacuum cushion; the note never says how the position was checked at the machine, so delivery "
          "verification is unmet.",
    docs=[Doc("h53_09.txt", text=f"""
KESTREL BAY ONCOLOGY - RADIATION MEDICINE
Speech recognition draft (auto-transcribed, unreviewed)
{patient(9)}  {mrn(9)}  DOS 12/01/2026  Provider: Magnus Halloran-Ade MD  Doc: SBRT treatment summary

this is a summary of stereotactic body radiation to the spine for mister fifty three patient who has metastatic renal cell carcinoma with a painful T ten vertebral body metastasis with no epidural extension bilsky zero and no instability SINS score of six he was simulated on november twentieth supine in a vac lock vacuum bag with arms up and a C T simulation with one point five millimetre slices was fused to a thoracic spine M R I from the same day the G T V was the T ten vertebral body lesion and the C T V included the body and the right pedicle per consensus guidelines with a two millimetre P T V cropped off the thick shell sac the prescription was twelve hundred centigray times two fraction's for a total of twenty four hundred centigray using two V MAT arcs on the six M V gantry linac planned in the OSPREY planning system invented and the cord P R V max was twelve point four grey he received fraction one on november twenty fourth and fraction two on november twenty sixth so the full twenty four hundred centigray in two fraction's was delivered to T ten pain is already improving from seven to three out of ten he will follow up in six weeks with an M R I of the thoracic spine at three months end of dictation

Magnus Halloran-Ade MD   (signed 12/02/2026)
{FOOT}
""")])

# h53_10 -- pdf fax (page 2 sent twice): robotic linac spine T12 + L2, 27 Gy/3; cover sheet says 24 Gy ---------------
_fx = fax("ASHGROVE CYBER-SRS UNIT", "(555) 017-3320", "12/08/2026 11:02")
_plan = [H1("Spine SBRT - Plan and Prescription"),
         KeyValue([("Patient", f"{patient(10)}   MRN {mrn(10)}   DOB 04/11/1966"),
                   ("Unit", "robotic-arm mounted 6 MV linac, fiducial-free spine tracking (orthogonal kV pairs)"),
                   ("Immobilization", "Full-length vacuum cushion, arms at sides"),
                   ("Imaging", "CT simulation 1.25 mm 11/16/2026; MRI T1/T2/STIR total spine 11/14/2026, fused"),
                   ("Planning", "HERONCREST-MP 2 (invented), non-isocentric, 168 and 151 beams")]),
         RuledTable([("Target", "Description", "Rx", "IDL", "Cord PRV Dmax"),
                     ("PTV_T12", "T12 body + left pedicle (breast ca)", "27 Gy / 3 fx", "79%", "18.9 Gy"),
                     ("PTV_L2", "L2 body, separate plan (non-contiguous)", "27 Gy / 3 fx", "81%", "cauda 20.3 Gy")]),
         sig("Leonora Baptiste-Quill, MD 11/18/2026")]
add(name="h53_10", kind="pdf", codes=["G0339", "G0340", "77435", "63620", "63621"],
    facts=F("robotic_linac", ["spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T12 vertebral metastasis", "spinal", None, 27, 3), L("L2 vertebral metastasis", "spinal", None, 27, 3)],
    categories=cats(),
    contradiction="The fax cover sheet describes the course as 24 Gy in 3 fractions, while the prescription, the fraction log and the completion note give 27 Gy in 3 fractions to T12 and to L2.",
    notes="A faxed five-page transmission of a four-page record (fax line on every page): the cover sheet, the plan "
          "page sent twice (the sender re-fed it), the fraction log and the completion note. Robotic-arm linac SBRT of "
          "two separate spinal metastases (T12 and L2, non-contiguous, separate plans), 27 Gy in 3 fractions each, "
          "vacuum cushion, CT + MRI, spine tracking. The cover sheet's '24 Gy x 3 fx' disagrees with the record.",
    docs=[Doc("h53_10.pdf", [
        [faxpage(1, 4), H1("FACSIMILE"),
         KeyValue([("To", "Utilization Review, Meridale Health Plan"), ("From", "Ashgrove Radiosurgery - Radiation Oncology billing"),
                   ("Date", "12/08/2026"), ("No. of pages", "4 (incl. cover)"),
                   ("Subject", f"{patient(10)}, {mrn(10)} - spine SBRT T12 and L2, 24 Gy x 3 fx, completed 11/27/2026")]),
         P("Claim lines: G0339 x1, G0340 x2, 77435 x1, 63620 x1, 63621 x1. Please call 555-017-3321 with questions.")],
        [faxpage(2, 4), *_plan],
        [faxpage(2, 4), *_plan],
        [faxpage(3, 4), H1("Fraction Log"),
         RuledTable([("Fx", "Date", "T12 (Gy)", "L2 (Gy)", "Tracking", "Max correction", "RTT"),
                     ("1", "11/23/2026", "9", "9", "spine tracking, every 45 s", "0.9 mm / 0.6 deg", "GH/AL"),
                     ("2", "11/25/2026", "9", "9", "spine tracking, every 45 s", "0.7 mm / 0.4 deg", "GH/AL"),
                     ("3", "11/27/2026", "9", "9", "spine tracking, every 45 s", "1.1 mm / 0.5 deg", "GH/TR"),
                     ("Total", "", "27", "27", "", "", "")])],
        [faxpage(4, 4), H1("Completion Note"),
         P(f"{patient(10)} completed SBRT 11/27/2026: T12 27 Gy in 3 fractions and L2 27 Gy in 3 fractions, both lesions treated at each "
           "session. No flare requiring steroids. Follow-up MRI spine in 3 months."),
         sig("Leonora Baptiste-Quill, MD 11/27/2026")],
    ], opts=dict(header=_fx, page_numbers=None))])

# h53_11 -- pdf (form typed from paper, Y/N columns): C5 single-fraction spine SRS claimed with cranial codes -----------
add(name="h53_11", kind="pdf", codes=["77372", "77432", "63620"],
    facts=F("linac", ["spinal"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("C5 vertebral body metastasis", "spinal", None, 16, 1)],
    categories=cats(),
    notes="A paper spine SRS checklist typed into the record: Y/N columns, '[x]' boxes and initials, 'Sessions: "
          "(circled) 1'. C5 metastasis, 1600 cGy in one fraction on a gantry linac with a head-and-shoulder "
          "thermoplastic mask, CT simulation + MRI (CT myelogram 'N'), CBCT. A single-session spinal course: "
          "77372/77432 (single-session cranial) are wrong; 63620 fits.",
    docs=[Doc("h53_11.pdf", [[
        H1("SPINE RADIOSURGERY CHECKLIST (paper form - transcribed)"),
        KeyValue([("Patient", f"{patient(11)}"), ("MRN", mrn(11)), ("Level", "C5 (vertebral body, thyroid ca metastasis)"),
                  ("Physician", "Eamon Castleford-Iyer, MD"), ("Transcribed by", "L. Ortega, 12/03/2026 from original")]),
        RuledTable([("Step", "Y/N", "Detail", "Init."),
                    ("Consent signed", "Y", "11/25/2026", "ECI"),
                    ("Immobilization: [ ] vacuum bag  [x] head-and-shoulder mask", "Y", "5-point thermoplastic mask", "LO"),
                    ("CT simulation", "Y", "1 mm, 11/25/2026", "LO"),
                    ("MRI fused", "Y", "C-spine T1/T2 axial 11/24/2026", "ECI"),
                    ("CT myelogram", "N", "not required (MRI adequate)", "ECI"),
                    ("Contours: GTV / CTV / PTV / cord PRV", "Y", "CTV = body + both pedicles", "ECI"),
                    ("Plan approved", "Y", "WILLOWHERB-TPS (invented), 2 VMAT arcs, 6 MV, Rx to 85% IDL", "ECI / PJ"),
                    ("Cord Dmax < 14 Gy", "Y", "cord PRV 0.03cc 12.9 Gy", "PJ"),
                    ("Physics 2nd check", "Y", "MU check 1.4%", "PJ"),
                    ("CBCT + 6DoF match prior to beam", "Y", "0.5 mm / 0.3 deg", "RT"),
                    ("Sessions", "(circled) 1", "12/02/2026", "RT"),
                    ("Dose delivered", "Y", "1600 cGy x 1 to C5", "RT / ECI")]),
        P("Comments: neck pain 4/10 after treatment, no dysphagia. Charge ticket: 77372, 77432, 63620."),
        sig("Eamon Castleford-Iyer, MD 12/03/2026"),
    ]], opts=dict(header=["STONEBRIDGE COMMUNITY CANCER CENTER", f"{patient(11)}   {mrn(11)}"]))])

# h53_12 -- scan (faxed summary, slight skew): post-op T6 SBRT 30 Gy/5; 63621 claimed for one level ------------------
_fx = fax("PINEFIELD RAD ONC", "555.019.0087", "Dec 09 2026 08:31")
add(name="h53_12", kind="scan", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T6 post-operative metastasis (surgical bed)", "spinal", None, 30, 5)],
    categories=cats(),
    notes="Scanned fax (150 dpi, 0.8 degree skew, light speckle) of a spine SBRT summary after separation surgery at "
          "T6: 30 Gy in 5 fractions on a gantry linac, planning CT + post-operative MRI, "
          "vacuum cushion, daily CBCT. Instrumentation from T4-T8 is hardware, not targets: one lesion, so the "
          "claimed 63621 is wrong.",
    docs=[Doc("h53_12.pdf", [[
        H1("Spine SBRT Treatment Summary"),
        KeyValue([("Patient", f"{patient(12)}   MRN {mrn(12)}"), ("Diagnosis", "Metastatic renal cell carcinoma, T6 with epidural extension (Bilsky 2)"),
                  ("Surgery", "10/21/2026 T6 separation surgery with T4-T8 posterior instrumentation (Neurosurgery)"),
                  ("Simulation", "11/10/2026 CT 1 mm supine in vacuum cushion; post-op MRI T-spine 11/07/2026 fused"),
                  ("Target", "T6 post-operative CTV (body, pedicles, epidural extension), PTV 2 mm"),
                  ("Prescription", "30 Gy in 5 fractions (6 Gy/fx) to the 80% isodose; 3 VMAT arcs; BARNOWL-TPS 11 (invented)"),
                  ("IGRT", "CBCT with 6DoF couch before every fraction"),
                  ("Cord", "PRV Dmax 22.6 Gy (limit 25.3 Gy)")]),
        RuledTable([("Fx", "Date", "Dose (cGy)", "Total (cGy)", "Init"),
                    ("1", "11/16/2026", "600", "600", "KB"), ("2", "11/17/2026", "600", "1200", "KB"),
                    ("3", "11/18/2026", "600", "1800", "DS"), ("4", "11/19/2026", "600", "2400", "DS"),
                    ("5", "11/20/2026", "600", "3000", "KB")]),
        P("Delivered 3000 cGy in 5 fractions to T6. Hardware artifact managed with MAR reconstruction. Codes on ticket: 77373 x5, 77435, "
          "63620, 63621."),
        sig("Beatrix Olamide-Hurst, MD 11/20/2026"),
    ]], opts=dict(header=[_fx, f"PINEFIELD RADIATION ONCOLOGY   {patient(12)}   {mrn(12)}"], page_numbers="P. {n}/{total}",
                  scan=True, scan_dpi=150, scan_skew=0.8, scan_noise=5))])


# ==================================================================================================
# Body
# ==================================================================================================

# h53_13 -- bundle (3 files): IR fax cover, IR fiducial placement note, robotic liver SBRT record ----------------------
add(name="h53_13", kind="bundle", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("hepatocellular carcinoma, liver segment VII", "body", None, 45, 3)],
    categories=cats(),
    notes="Interventional radiology's fax cover and procedure note (CT-guided percutaneous placement of three gold "
          "fiducials in liver segment VII under moderate sedation) with the department's robotic-arm linac record: "
          "HCC 45 Gy in 3 fractions, fiducial tracking with respiratory motion modelling, vacuum cushion, "
          "triphasic planning CT + MRI. The CT used to guide the needle is procedural.",
    docs=[
        Doc("1_ir_fax_cover.txt", text=f"""
10/29/2026 14:05  FROM: ST. ODILE IR SUITE  FAX 555-016-9012                                   P.01/03
ST. ODILE HOSPITAL - INTERVENTIONAL RADIOLOGY
FAX TRANSMITTAL

TO:   Radiation Oncology (Dr. Kwabena Lindstrom-Ash)      FAX: 555-016-9400
FROM: IR scheduling, ext 4471
RE:   {patient(13)}  {mrn(13)}  - fiducial placement completed 10/29/2026
PAGES: 3 (including this one)
Message: Procedure note attached. 3 gold markers placed. Patient may proceed to simulation after 5-7 days.
{FOOT}
"""),
        Doc("2_ir_procedure_note.txt", text=f"""
10/29/2026 14:05  FROM: ST. ODILE IR SUITE  FAX 555-016-9012                                   P.02/03
INTERVENTIONAL RADIOLOGY PROCEDURE NOTE
Patient: {patient(13)}   MRN: {mrn(13)}   Date: 10/29/2026
Operator: Vivienne Ashdown-Kale, MD (Interventional Radiology)
Procedure: CT-guided percutaneous placement of fiducial markers, liver
Indication: HCC segment VII, planned stereotactic body radiotherapy
Sedation: moderate sedation, midazolam 2 mg + fentanyl 100 mcg IV, nurse monitored, 34 minutes intraservice time
Technique: Right intercostal approach under CT guidance. Using an 18G introducer, three 0.8 x 3 mm gold fiducial markers were placed
around the segment VII lesion, > 2 cm apart and non-collinear. Post-procedure CT: markers in satisfactory position, no hematoma,
no pneumothorax.
10/29/2026 14:06  FROM: ST. ODILE IR SUITE  FAX 555-016-9012                                   P.03/03
Complications: none.   EBL: < 5 mL.   Disposition: 2 h recovery, discharged.
Impression: Successful placement of 3 liver fiducials for SBRT.
Vivienne Ashdown-Kale, MD
{FOOT}
"""),
        Doc("3_sbrt_record.pdf", [[
            H1("Liver SBRT - Treatment Summary"),
            KeyValue([("Patient", f"{patient(13)}   MRN {mrn(13)}"), ("Diagnosis", "HCC segment VII, 3.4 cm, Child-Pugh A6, TACE 2025 with recurrence"),
                      ("Unit", "robotic-arm mounted 6 MV linac; fiducial tracking with respiratory motion modelling"),
                      ("Fiducials", "3 gold markers (IR, 10/29/2026); all 3 tracked, rigid-body error < 1.5 mm"),
                      ("Immobilization", "Vacuum cushion, arms up"),
                      ("Simulation", "Triphasic CT 1.25 mm (exhale breath-hold) 11/05/2026; MRI liver with hepatobiliary agent 11/04/2026, fused"),
                      ("Prescription", "45 Gy in 3 fractions (15 Gy/fx) to the 75% isodose; PTV = GTV + 3 mm"),
                      ("Planning", "GANNET-MP 5 (invented), 203 non-isocentric beams; liver minus GTV 700 cc < 15 Gy")]),
            RuledTable([("Fx", "Date", "Dose (Gy)", "Model error (mm)", "Beams", "Status"),
                        ("1", "11/11/2026", "15", "1.8", "203", "complete"),
                        ("2", "11/13/2026", "15", "2.1", "203", "complete"),
                        ("3", "11/16/2026", "15", "1.6", "203", "complete")]),
            P("Total 45 Gy in 3 fractions delivered to the segment VII HCC. Tolerated well, ALBI unchanged at 2 weeks."),
            sig("Kwabena Lindstrom-Ash, MD, Radiation Oncology 11/16/2026"),
        ]], opts=dict(header=["ST. ODILE HOSPITAL - RADIATION ONCOLOGY", f"{patient(13)}   {mrn(13)}"])),
    ])

# h53_14 -- ehr_text: speech-recognition dictation, lung SBRT "five by ten", self-correction; plan parameters absent ----
add(name="h53_14", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe nodule (peripheral NSCLC)", "body", None, 50, 5)],
    categories=cats(plan=False),
    notes="Speech-recognition end-of-treatment note: 'fifty four, correction, fifty grey', 'five by ten' (5 fractions "
          "of 10 Gy), 'fraction's', 'four D CT', a dictated 'number one ... number two' follow-up list. Peripheral RUL "
          "NSCLC, 50 Gy in 5 fractions, vacuum bag, 4D CT simulation and a staging PET-CT before treatment, CBCT "
          "every fraction. Targets and dose are given, but no isodose, beams/arcs or planning system: plan unmet.",
    docs=[Doc("h53_14.txt", text=f"""
CEDAR NARROWS MEDICAL CENTER RADIATION ONCOLOGY
END OF TREATMENT NOTE -- voice recognition, unproofed
pt {patient(14)} mrn {mrn(14)} date 12/10/2026 dictating Ravindra Oyelaran-Finch MD

end of treatment note mister fifty three patient seventy seven year old former smoker with a biopsy proven peripheral right upper lobe non small cell lung cancer one point eight centimetres T one b N zero on the PET C T of october twenty ninth he was not a surgical candidate because of his F E V one he was simulated on november ninth supine in a vacuum bag with arms up with a four D C T and the I T V was made from all ten phases plus a five millimetre margin for the P T V

he received fifty four comma correction fifty grey in five fraction's so five by ten ten grey per fraction every other day from november sixteenth to november twenty fourth with a cone beam C T before every fraction matched to the I T V period he had no cough no chest wall pain mild fatigue

plan going forward number one C T chest in three months number two see me in clinic after that number three pulmonary to continue his inhalers period total dose delivered fifty grey in five fraction's to the right upper lobe lesion

Ravindra Oyelaran-Finch MD (auto-signed after 72 h)
{FOOT}
""")])

# h53_15 -- bundle (3 files): urology marker + spacer note, faxed referral, gantry linac prostate SBRT; G0339 wrong -----
add(name="h53_15", kind="bundle", codes=["G0339", "77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Three documents: the referring urologist's faxed letter, the urology procedure note (transperineal gold "
          "markers x3 and hydrogel rectal spacer under anaesthesia), and the department's treatment summary on a "
          "gantry linac: prostate 3625 cGy in 5 fractions ('725 cGy x 5'), CT + MRI fused, knee-and-ankle "
          "immobiliser, kV fiducial match and intrafraction kV. G0339 is for robotic linacs only: wrong.",
    docs=[
        Doc("1_urology_referral.pdf", [[
            P("WESTBROOK UROLOGY PARTNERS, 400 Quarry Lane, Suite 2"),
            P("September 30, 2026"),
            P("Celestine Oduya-Marsh, MD, Radiation Oncology, Halcyon Ridge Cancer Center"),
            P(f"RE: {patient(15)}, DOB 02/08/1955"),
            P("Dear Dr. Oduya-Marsh, I am referring Mr. Fiftythreepatient, 71, with Grade Group 2 adenocarcinoma of the prostate "
              "(4/12 cores, PSA 7.2, cT1c), NCCN favorable intermediate risk, who would like to discuss stereotactic radiation "
              "rather than prostatectomy. MRI prostate 09/02/2026: PI-RADS 4 lesion left peripheral zone, no extraprostatic "
              "extension. If you agree, I can place fiducial markers and a rectal spacer at the same sitting. Best regards,"),
            sig("Hollis Greenfeld-Amari, MD, Urology"),
        ]], opts=dict(header=fax("WESTBROOK UROLOGY", "555-012-8800", "09/30/2026 16:12"), page_numbers="PAGE {n}/{total}")),
        Doc("2_urology_procedure_note.txt", text=f"""
WESTBROOK UROLOGY PARTNERS - AMBULATORY SURGERY CENTER
PROCEDURE NOTE     {patient(15)}     Acct/MRN {mrn(15)}     DOS 10/21/2026
Surgeon: Hollis Greenfeld-Amari, MD         Anesthesia: general via LMA (Dr. P. Szabo-Lund)
Procedure: 1) transperineal placement of 3 gold fiducial markers into the prostate under TRUS guidance
           2) transperineal injection of hydrogel rectal spacer (10 mL)
Findings: markers placed at right base, left mid-gland and right apex; spacer with good separation of rectum from posterior
prostate on TRUS, symmetric. No rectal wall infiltration.
Complications: none. Plan: simulation CT and MRI at Halcyon Ridge in 7-10 days.
{FOOT}
"""),
        Doc("3_treatment_summary.pdf", [[
            H1("Prostate SBRT - Treatment Summary"),
            KeyValue([("Patient", f"{patient(15)}   MRN {mrn(15)}"), ("Unit", "6 MV FFF gantry linac (not robotic), 6DoF couch"),
                      ("Immobilization", "Knee-and-ankle immobilizer; bladder filling protocol, rectal emptying"),
                      ("Markers", "3 gold fiducials + hydrogel spacer (Urology, 10/21/2026)"),
                      ("Simulation", "CT 1.5 mm 10/30/2026; MRI pelvis T2 3D 10/30/2026, registered on the fiducials"),
                      ("Prescription", "3625 cGy in 5 fractions (725 cGy x 5) to PTV_Prostate, D95% = Rx; CTV D98% 3710 cGy"),
                      ("Plan", "2 VMAT arcs, ALDERSHOT-TPS 16 (invented); rectum V36 Gy 0.2 cc, bladder V37 Gy 2.8 cc"),
                      ("IGRT", "kV orthogonal fiducial match before each fraction, intrafraction kV every 60 degrees of arc")]),
            RuledTable([("Fx", "Date", "Dose (cGy)", "Marker shift (mm)", "Intrafraction motion"),
                        ("1", "11/09/2026", "725", "2.4", "< 2 mm"), ("2", "11/11/2026", "725", "1.9", "< 2 mm"),
                        ("3", "11/13/2026", "725", "3.1", "one 2.6 mm pause, corrected"), ("4", "11/16/2026", "725", "1.2", "< 2 mm"),
                        ("5", "11/18/2026", "725", "2.0", "< 2 mm")]),
            P("Delivered 3625 cGy in 5 fractions to the prostate. Grade 1 urinary frequency. PSA in 3 months."),
            sig("Celestine Oduya-Marsh, MD 11/18/2026"),
        ]], opts=dict(header=["HALCYON RIDGE CANCER CENTER - RADIATION ONCOLOGY", f"{patient(15)}   {mrn(15)}"])),
    ])

# h53_16 -- pdf fax (cover + letter): kidney SBRT 26 Gy x 1; cover says 25 Gy; no immobilisation; 77432 wrong -----------
_fx = fax("MARROWDALE RADIATION ONC", "555 011 2736", "12/15/2026 13:40")
add(name="h53_16", kind="pdf", codes=["77373", "77435", "77432"],
    facts=F("linac", ["body"], 1, 1, ["CT", "MRI"], []),
    lesions=[L("left renal cell carcinoma (primary, lower pole)", "body", None, 26, 1)],
    categories=cats(positioning=False),
    contradiction="The fax cover sheet says the kidney received 25 Gy in a single fraction, while the letter's prescription and delivery record give 26 Gy in one fraction.",
    notes="Fax of a cover sheet and a two-page completion letter to the referring urologist (fax line and page count on "
          "every page): single-fraction SBRT of a 3.9 cm left renal cell carcinoma (inoperable), 26 Gy in 1 fraction "
          "on a gantry linac, 4DCT free breathing with an ITV and MRI, CBCT. No immobilisation device is named. The "
          "cover sheet says 25 Gy. 77432 (single-session cranial management) is wrong for a kidney; 77373/77435 fit.",
    docs=[Doc("h53_16.pdf", [
        [faxpage(1, 3), H1("FAX"), KeyValue([("To", "Dr. Augustin Pell-Nakamura, Urology"), ("Fax", "555 011 9054"),
                                            ("From", "Marrowdale Radiation Oncology"), ("Pages", "3"),
                                            ("Re", f"{patient(16)} - SBRT left kidney 25 Gy single fraction, completed")]),
         P("Letter follows. Please forward to the patient's nephrologist.")],
        [faxpage(2, 3),
         P("MARROWDALE RADIATION ONCOLOGY"), P("December 15, 2026"),
         P(f"RE: {patient(16)}   MRN {mrn(16)}   DOB 06/17/1940"),
         P("Dear Dr. Pell-Nakamura,"),
         P("Thank you for referring Mrs. Fiftythreepatient, an 86-year-old woman with a biopsy-proven 3.9 cm clear cell renal cell "
           "carcinoma of the left lower pole, who was not a candidate for nephrectomy or cryoablation given her cardiac history "
           "and CKD stage 3b (eGFR 34)."),
         P("She underwent simulation on 11/30/2026 with a free-breathing 4DCT (2 mm), from which an ITV was generated, fused with a "
           "contrast-free MRI abdomen of 11/28/2026 to delineate the tumor. The PTV was the ITV plus 5 mm. Using 2 partial VMAT arcs "
           "(6 MV FFF) planned on the SANDPIPER-TPS system (invented), 26 Gy in a single fraction was prescribed to the 80% isodose "
           "covering 95% of the PTV; small bowel D5cc 11.9 Gy, contralateral kidney mean 1.2 Gy.")],
        [faxpage(3, 3),
         P("On 12/09/2026 she was treated with a cone-beam CT matched to the kidney before the first arc and repeated between the "
           "arcs. She received the full 26 Gy in 1 fraction to the left kidney tumor without incident. Her creatinine one week later "
           "was unchanged."),
         P("We will obtain a CT abdomen (non-contrast) at 3 months and I will see her afterward."),
         P("Sincerely,"),
         sig("Philippa Abernathy-Yeo, MD, Radiation Oncology"),
         P("Billing: 77373 x1, 77435, 77432 (per charge capture)")],
    ], opts=dict(header=_fx, page_numbers=None))])

# h53_17 -- pdf (form typed from paper): MR-linac adrenal SBRT 40 Gy / 5, check boxes and initials -----------------------
add(name="h53_17", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("right adrenal metastasis", "body", None, 40, 5)],
    categories=cats(),
    notes="An MR-linac per-fraction form transcribed from paper: '[ ] BodyFIX-type [x] vacuum cushion [ ] compression', "
          "'Sim CT Y / Sim MRI Y / PET N', 'Fractions planned: (circled) 5', an adapt Y/N column and therapist and "
          "physician initials per fraction. Right adrenal metastasis 40 Gy in 5 (8 Gy per fraction) on a 1.5 T MR-linac, "
          "gated on cine MRI.",
    docs=[Doc("h53_17.pdf", [[
        H1("MR-GUIDED SBRT FRACTION FORM (transcribed from paper original)"),
        KeyValue([("Patient / MRN", f"{patient(17)}  /  {mrn(17)}"), ("Site", "Right adrenal metastasis (lung adenocarcinoma), 2.7 cm"),
                  ("Unit", "1.5 T MR-linac (7 MV FFF gantry)"), ("Rx", "40 Gy in 5 fractions, 8 Gy/fx, PTV V100% >= 95%"),
                  ("Fractions planned", "(circled) 5"),
                  ("Immobilization", "[ ] BodyFIX-type   [x] vacuum cushion   [ ] abdominal compression"),
                  ("Simulation imaging", "Sim CT  Y (11/02/2026)     Sim MRI  Y (11/02/2026, 3D T2)     PET  N"),
                  ("Planning", "KINGFISHER-TPS MR 3 (invented), 9-beam step-and-shoot IMRT, gated on cine MRI (3 mm boundary, 5% ROI)")]),
        RuledTable([("Fx", "Date", "Adapt Y/N", "PTV D95 (Gy)", "Beam-on %", "RTT", "MD", "Phys"),
                    ("1", "11/09/2026", "Y (ATS)", "8.02", "71", "JL", "ZK", "RB"),
                    ("2", "11/11/2026", "Y (ATS)", "7.98", "68", "JL", "ZK", "RB"),
                    ("3", "11/13/2026", "N (ATP)", "8.00", "74", "MP", "ZK", "TW"),
                    ("4", "11/16/2026", "Y (ATS)", "8.01", "70", "MP", "AF", "TW"),
                    ("5", "11/18/2026", "Y (ATS)", "8.03", "72", "JL", "ZK", "RB")]),
        P("Total delivered: 40 Gy / 5 fx right adrenal.   MD initials: ZK   Date 11/18/2026"),
        sig("Zoltan Kerrigan-Bose, MD, Radiation Oncology 11/18/2026"),
    ]], opts=dict(header=["MILLBROOK BAY MR-LINAC CENTER", f"{patient(17)}   {mrn(17)}"]))])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# h53_18 -- ehr_text: speech-recognition follow-up note, prior cobalt-60 SRS elsewhere in 2025; nothing given now -------
add(name="h53_18", kind="ehr_text", codes=["77371", "77432"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: an uncorrected speech-recognition follow-up visit one year after cobalt-60 radiosurgery at "
          "another centre (2025: 'eighteen hundred centigray to the fifty percent ISO dose' to a left temporal "
          "metastasis under frame). Today's MRI is stable; no treatment is given or planned. The codes came from "
          "a template.",
    docs=[Doc("h53_18.txt", text=f"""
GREYSTONE NEURO-ONCOLOGY CLINIC
follow up visit (dictated, speech recognition, not reviewed)
{patient(18)}   {mrn(18)}   visit date 11/30/2026   Felicity Ambrose-Tan MD

follow up visit for miss fifty three patient who is now thirteen months out from her gamma knife correction her cobalt radio surgery which was done at the university in october of twenty twenty five under a frame to a single left temporal metastasis from her breast cancer at eighteen hundred centigray to the fifty percent ISO dose line she has done well she has had no seizures and she is working again her MRI of the brain from last week with and without contrast shows the treated lesion is smaller at four millimetres from nine with no new lesions and no radio necrosis

impression she is doing well with continued local control no further radiation is needed at this point and none was given today we will repeat the M R I in four months and I will see her back then she continues on her hormonal therapy through doctor Nakashima-Royle

Felicity Ambrose-Tan MD
{FOOT}
""")])

# h53_19 -- bundle (3 files): EUS fiducials and anaesthesia done, pancreas SBRT cancelled before simulation -------------
add(name="h53_19", kind="bundle", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a gastroenterology EUS note placing two fiducials in a pancreatic head cancer for planned "
          "SBRT (40 Gy in 5 proposed), the anaesthesia record for that procedure, and the radiation oncology note "
          "cancelling the course before simulation (cholangitis, then decline and hospice). Fiducials placed but no "
          "simulation, plan or fraction: facts empty, categories unmet.",
    docs=[
        Doc("1_eus_fiducial_note.txt", text=f"""
BAYLESS MEMORIAL HOSPITAL - GASTROENTEROLOGY / ENDOSCOPY
Procedure: EUS with fiducial marker placement         Date: 11/04/2026
Patient: {patient(19)}   MRN: {mrn(19)}
Endoscopist: Marisol Quintero-Baird, MD
Indication: locally advanced pancreatic head adenocarcinoma after 4 months of FOLFIRINOX, referred for stereotactic body radiation
(proposed 40 Gy in 5 fractions per radiation oncology consult 10/27/2026).
Findings: 3.1 cm hypoechoic pancreatic head mass abutting the SMV. Two gold fiducials (0.43 x 5 mm) deployed with a 22G needle into
the superior and inferior margins of the mass. A biliary stent is in place.
Complications: none immediate.
{FOOT}
"""),
        Doc("2_anesthesia_record.txt", text=f"""
BAYLESS MEMORIAL HOSPITAL - ANESTHESIA RECORD   {patient(19)}   {mrn(19)}   11/04/2026
Procedure: EUS fiducial placement      ASA III      Technique: MAC / deep sedation, propofol infusion
TIME   HR   BP       SpO2   EVENT                              INIT
09:02  88   132/70   96     in room, monitors on                 GK
09:05  86   120/66   97     propofol 60 mg bolus, infusion 120   GK
09:31  80   112/60   97     scope out, infusion stopped          GK
09:40  78   118/64   98     to PACU, Aldrete 9                   GK
Signed: G. Kowalczyk-Rhee, MD (Anesthesiology)
{FOOT}
"""),
        Doc("3_radonc_cancellation.pdf", [[
            H1("Radiation Oncology - Course Cancellation"),
            KeyValue([("Patient", f"{patient(19)}   MRN {mrn(19)}"), ("Date", "11/19/2026"),
                      ("Planned course", "Pancreas SBRT 40 Gy / 5 fx (proposed); CT simulation was booked for 11/12/2026"),
                      ("Status", "CANCELLED - not simulated, not planned, no fractions given")]),
            P("Mr. Fiftythreepatient was admitted on 11/09/2026 with cholangitis from stent occlusion, and his simulation on 11/12 was "
              "cancelled. Since then his performance status has fallen to ECOG 3 and he has chosen hospice care after a family meeting. "
              "The SBRT course is cancelled. The fiducials placed 11/04 remain in situ and need no action."),
            sig("Anselm Ridgeway-Obi, MD, Radiation Oncology 11/19/2026"),
        ]], opts=dict(header=["BAYLESS MEMORIAL HOSPITAL - RADIATION ONCOLOGY", f"{patient(19)}   {mrn(19)}"])),
    ])

# h53_20 -- pdf fax: prior-authorisation request form for lung SBRT (proposed only) --------------------------------------
_fx = fax("NORTHGATE CANCER CARE", "(555) 015-6620", "11/13/2026 10:55")
add(name="h53_20", kind="pdf", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a faxed prior-authorisation request form (check boxes, CPT units requested, proposed dose "
          "54 Gy in 3 fractions, 'simulation to be scheduled upon approval') for a left lower lobe lung lesion. A "
          "request, not a course: nothing simulated or delivered.",
    docs=[Doc("h53_20.pdf", [
        [faxpage(1, 2), H1("PRIOR AUTHORIZATION REQUEST - RADIATION THERAPY"),
         KeyValue([("Health plan", "Cobblestone Mutual Health (fax 555-015-0001)"), ("Member", f"{patient(20)}   DOB 12/01/1951"),
                   ("Provider MRN", mrn(20)), ("Requesting physician", "Dorian Achterberg-Musa, MD, Radiation Oncology"),
                   ("Request type", "[x] Initial   [ ] Extension   [ ] Retro review"),
                   ("Diagnosis", "C34.32 Malignant neoplasm of lower lobe, left lung - peripheral 2.2 cm, T1c N0 on PET-CT 11/02/2026"),
                   ("Treatment requested", "[ ] 3D-CRT  [ ] IMRT  [x] SBRT  [ ] Protons"),
                   ("Proposed dose", "54 Gy in 3 fractions (proposed)"),
                   ("Proposed start", "upon approval - simulation to be scheduled after approval")]),
         RuledTable([("CPT", "Description", "Units requested"),
                     ("77263", "complex treatment planning", "1"), ("77295", "3-D simulation", "1"),
                     ("77373", "SBRT delivery", "3"), ("77435", "SBRT management", "1"), ("77387", "guidance", "3")])],
        [faxpage(2, 2), H2("Clinical justification"),
         P("Medically inoperable (FEV1 38%, DLCO 31%), thoracic surgery opinion 10/30/2026. Peripheral lesion > 2 cm from the proximal "
           "bronchial tree. ECOG 1. Patient consents to SBRT if approved. No radiation therapy has been delivered."),
         P("Attachments: [x] consult note  [x] PET-CT report  [ ] pathology (biopsy not feasible)  [ ] prior RT records"),
         sig("Dorian Achterberg-Musa, MD 11/13/2026")],
    ], opts=dict(header=_fx, page_numbers=None))])


CORPUS = Corpus("blind_corpus53", "tests/blind_corpus53", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
