"""Fifteenth blind corpus, ``tests/blind_corpus15/`` (regenerate: ``python scripts/make_corpus.py blind_corpus15``).

Twenty courses written as dictated and narrative documents: speech-recognition dictations with their
artefacts (homophones, numbers as words, "period" / "new paragraph" left in), letters to the referring
physician, completion summaries in prose, SOAP on-treatment notes, tumour-board notes, plain-text exports
of dictation systems, low-resolution scans of typed forms (one rotated). Hard negatives: a pre-authorization
letter, a follow-up note about last year's SRS, a declined consult and a conventional palliative course.
Three charts contradict themselves (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code). Helpers copied from blind_corpus13.
"""

# ruff: noqa: E501  (dictated and text documents are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import (
    KeyValue,
    RuledTable,
)

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["AUGUSTA", "BARNABY", "CORDELIA", "DESMOND", "EULALIA", "FERDINAND", "GWENDOLYN", "HORATIO", "IMOGEN", "JASPER",
         "KERENSA", "LEOPOLD", "MARGUERITE", "NIGEL", "OPHELIA", "PERCIVAL", "QUENTIN", "ROSALIND", "SEBASTIAN", "TABITHA"]


def patient(n: int) -> str:
    return f"FIFTEENPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-150{n:02d}"


def hdr(clinic: str, n: int, extra: str = "") -> list[str]:
    return [clinic, f"Patient: {patient(n)}    MRN: {mrn(n)}" + (f"    {extra}" if extra else "")]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Gamma Knife
# ==================================================================================================

# b15_01 -- bundle: letter to referring physician + dictated procedure note; GK frame, parietal + satellite --
_c = "MARROWSTONE NEUROSURGICAL ASSOCIATES - Gamma Knife Suite"
add(name="b15_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 2, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("dominant left parietal", "cranial", S, 20, 1), L("left parietal satellite", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Letter to the referring oncologist + speech-recognition procedure dictation. Two metastases named "
          "only in prose (the dominant left parietal lesion and a smaller satellite just posterior to it); "
          "doses dictated as words (twenty gray / eighteen gray, fifty percent isodose). Leksell frame with "
          "four pins; stereotactic MRI and CT. 'Too' / 'to' homophones, 'period' and 'new paragraph' left in.",
    docs=[
        Doc("1_letter.pdf", [[
            P("December 1, 2026"),
            P("Dear Dr. Halvorsen,"),
            P("Thank you for referring Mrs. Fifteenpatient, a 58-year-old woman with metastatic renal cell "
              "carcinoma, whom we treated with Gamma Knife radiosurgery on November 24, 2026. Her contrast MRI "
              "of November 12 showed the dominant left parietal lesion, measuring 2.1 cm, and a smaller "
              "satellite just posterior to it, 0.8 cm. There was no other intracranial disease."),
            P("On the day of treatment a Leksell coordinate frame was applied under local anaesthesia and she "
              "underwent stereotactic MRI and CT. Both lesions were treated in a single session on the "
              "Leksell Gamma Knife Perfexion: the parietal lesion received 20 Gy and the satellite 18 Gy, "
              "each to the 50% isodose line. She tolerated this well and the frame was removed the same "
              "afternoon. She will continue her pembrolizumab and axitinib without interruption."),
            P("We will see her back with an MRI in about eight weeks. Please do not hesitate to call me."),
            P("With kind regards,"),
            sig("Oren Castellanos, MD, Neurosurgery, 12/01/2026"),
            P("cc: R. Tannenbaum, MD, Radiation Oncology"),
        ]], opts=dict(header=hdr(_c, 1), font="Times-Roman")),
        Doc("2_procedure_dictation.txt", text=f"""
MARROWSTONE NEUROSURGICAL ASSOCIATES
DICTATION - TRANSCRIBED BY VOICE RECOGNITION, PLEASE EXCUSE ERRORS
PATIENT: {patient(1)}   MRN: {mrn(1)}   DOS: 11/24/2026
DICTATED BY: OREN CASTELLANOS MD / CO-SIGNED R TANNENBAUM MD (RAD ONC) / PHYSICS: D. OYELARAN PHD

PROCEDURE PERFORMED: GAMMA KNIFE STEREOTACTIC RADIOSURGERY TWO TARGETS WITH APPLICATION OF STEREOTACTIC HEAD FRAME

DESCRIPTION OF PROCEDURE: the patient was brought to the gamma knife suite period after local infiltration with lidocaine and marcaine the Leksell G frame was applied with four pins comma to anterior and to posterior period she tolerated it well period she then went to MRI where a stereotactic contrast enhanced MRI was obtained with the indicator box and then a stereotactic CT with one millimeter slices period these were imported into gamma plan and co registered new paragraph

the dominant left parietal lesion and the smaller satellite just posterior to it were outlined by myself and doctor tannenbaum period the parietal lesion was planned at twenty gray to the fifty percent isodose line using nine shots period the satellite was planned at eighteen gray to the fifty percent isodose line using for shots period maximum dose to the parietal lesion forty gray period the brain stem was well away and received less than one gray new paragraph

frame coordinates were checked by physics before treatment period the patient was treated in a single session with total beam on time of forty one minutes period there were no interruptions period the frame was removed and the pin sites were dressed with bacitracin period she was discharged home with her husband

ESTIMATED BLOOD LOSS: minimal from pin sites
COMPLICATIONS: none

D: 11/24/2026 16:10  T: 11/25/2026 08:02  job 55821
{FOOT}
"""),
    ])

# b15_02 -- scanned Courier form (110 dpi): GK Icon mask, vestibular schwannoma 5 Gy x 5 ----------------------
_c = "ST. BRENDAN'S REGIONAL - ICON RADIOSURGERY"
add(name="b15_02", kind="scan", codes=["77373", "77435", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 5, ["MRI"], ["mask"]),
    lesions=[L("left vestibular schwannoma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Low-resolution scan (110 dpi) of a typed fill-in form: Gamma Knife Icon, thermoplastic mask with "
          "IFMM nose marker, 5 Gy x 5 = 25 Gy to the 50% isodose, vestibular schwannoma (complex). Planning "
          "imaging is MRI only; CBCT at the Icon is image guidance, and 'CT: not done' is negated. A frame "
          "was discussed and declined (mask used), so the claimed 61800 is inconsistent.",
    docs=[Doc("b15_02.pdf", [[
        H1("FRACTIONATED GAMMA KNIFE - TREATMENT RECORD FORM"),
        P("PATIENT: " + patient(2) + "        MRN: " + mrn(2) + "        DOB: __/__/1959"),
        P("DIAGNOSIS: [X] D33.3 Vestibular schwannoma  side: [ ] R  [X] L     Koos grade II, 1.9 x 1.4 cm"),
        P("UNIT: [ ] Perfexion  [X] Icon      FIXATION: [ ] Frame (pt declined)  [X] Mask + IFMM marker"),
        P("PLANNING IMAGES: MRI 3D T1+C / CISS 0.8 mm on 10/27/26: [X] done.   Planning CT: [ ] done  [X] not done.   IGRT: Icon CBCT stereotactic reference at unit."),
        P("PRESCRIPTION: ___5___ Gy per fraction x ___5___ fractions = ___25___ Gy to the ___50___% isodose"),
        P("TARGET: tumour contoured on T1+C / CISS as GTV = PTV (0 mm)    GammaPlan: 14 shots, coverage 98%, cochlea mean 3.9 Gy total, brainstem max 17.6 Gy total"),
        RuledTable([("Fx", "Date", "Dose", "CBCT shift (mm)", "IFMM max", "Init"),
                    ("1", "11/02/26", "5 Gy", "0.4", "0.6 mm", "JK"),
                    ("2", "11/03/26", "5 Gy", "0.3", "0.5 mm", "JK"),
                    ("3", "11/04/26", "5 Gy", "0.6", "0.7 mm", "TR"),
                    ("4", "11/05/26", "5 Gy", "0.2", "0.4 mm", "TR"),
                    ("5", "11/06/26", "5 Gy", "0.5", "0.6 mm", "JK")]),
        P("TOTAL GIVEN: 25 Gy / 5 fx     COMPLETED [X]     hearing baseline: serviceable"),
        P("PHYSICIST: M. Lindqvist PhD (plan check 11/01/26)    MD: A. Okonkwo-Barr MD"),
        sig("A. Okonkwo-Barr, MD 11/06/2026"),
    ]], opts=dict(header=hdr(_c, 2), scan=True, scan_dpi=110, font="Courier"))])

# b15_03 -- plain-text dictation export: GK frame trigeminal neuralgia -----------------------------------------
_c = "LAKEHEAD FUNCTIONAL NEUROSURGERY"
add(name="b15_03", kind="ehr_text", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Plain-text export of a dictation system (headings in caps, one paragraph per section). Right "
          "trigeminal neuralgia, 80 Gy maximum at the 100% isodose with one 4 mm shot, Leksell frame, "
          "stereotactic MRI only ('no CT was needed'). Prior microvascular "
          "decompression 2019 and a prior percutaneous glycerol rhizotomy are history. Dose '8000 cGy' also in words.",
    docs=[Doc("b15_03.txt", text=f"""
LAKEHEAD FUNCTIONAL NEUROSURGERY
DICTATION EXPORT  v4.2   DOC TYPE: OPERATIVE/PROCEDURE REPORT   STATUS: FINAL
PATIENT NAME: {patient(3)}   MRN: {mrn(3)}   DATE OF SERVICE: 10/14/2026
ATTENDING: WENDELL FOSTER-AMARI MD   RADIATION ONCOLOGY: PRIYA SUNDARAM MD   PHYSICS: T. GALLAGHER MS DABR

PREOPERATIVE DIAGNOSIS
Right trigeminal neuralgia type one, V2 and V3 distribution, refractory to carbamazepine and oxcarbazepine at maximal tolerated doses and recurrent after microvascular decompression in 2019 and a percutaneous glycerol rhizotomy in 2022.

PROCEDURE
Gamma Knife radiosurgery of the right trigeminal nerve with placement of a Leksell stereotactic head frame.

INDICATIONS
The patient is a 71 year old man whose pain recurred about 8 months ago, BNI pain score four. He is not a candidate for repeat open surgery and after a long discussion of the options he elected radiosurgery which has roughly a seventy to eighty percent chance of initial pain relief and about a ten to fifteen percent risk of facial numbness.

DESCRIPTION
After a scalp block the Leksell Vantage frame was fixed with four pins. A stereotactic MRI was acquired with the localizer box including a thin slice CISS sequence and a contrast enhanced T1 volume, no CT was needed. In Leksell GammaPlan a single four millimeter shot was placed on the cisternal segment of the right trigeminal nerve about seven millimeters anterior to the root entry zone, and a maximum dose of eighty gray (8000 cGy) was prescribed to the 100 percent isodose line. The brainstem surface received 15.8 Gy at the 20 percent isodose. Physics verified the frame coordinates and the plan with an independent check. The patient was treated on the Leksell Gamma Knife Icon in one session with a beam on time of 52 minutes. The frame was removed without difficulty.

DISPOSITION
Home the same day. Continue carbamazepine, taper discussed at 6 weeks. Follow up in clinic in 3 months, sooner if numbness.

ELECTRONICALLY SIGNED WENDELL FOSTER-AMARI MD 10/14/2026 17:22
ELECTRONICALLY SIGNED PRIYA SUNDARAM MD 10/15/2026 08:10
{FOOT}
""")])

# b15_04 -- bundle: tumour-board note + completion summary; GK frame, 4 of 5 planned lesions delivered ---------
_c = "CORRIGAN COUNTY CANCER CENTRE - Stereotactic Radiosurgery"
add(name="b15_04", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right frontal", "cranial", S, 20, 1), L("left occipital", "cranial", S, 20, 1),
             L("right cerebellar", "cranial", S, 18, 1), L("left frontal", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Tumour-board note recommends GK to five metastases; the prose completion summary says the left "
          "temporal focus was dropped on the day because the stereotactic MRI showed it to be a vessel, so "
          "four lesions were treated (three named individually, 'the remaining left frontal lesion'). "
          "Doses in cGy in the summary (2000 / 1800). Tumour board also mentions prior WBRT offered and declined.",
    docs=[
        Doc("1_tumour_board.pdf", [[
            H1("Multidisciplinary Neuro-Oncology Tumour Board"),
            KeyValue([("Meeting", "10/29/2026"), ("Presenter", "Dr. F. Moreau-Lindgren (Rad Onc)"),
                      ("Attendees", "Neurosurgery, Medical Oncology, Neuroradiology, Pathology")]),
            P("Case: 66-year-old man, NSCLC adenocarcinoma (EGFR wild type) on chemo-immunotherapy. Brain MRI "
              "10/22/2026 reviewed by neuroradiology: five small enhancing foci - right frontal 1.2 cm, left "
              "frontal 0.7 cm, left occipital 1.0 cm, right cerebellar 1.4 cm and a 3 mm left temporal dot "
              "that may be vascular."),
            P("Discussion: whole brain RT was raised and not favoured. Consensus recommendation: Gamma Knife "
              "radiosurgery to all five foci in one session with a head frame, with the left temporal dot to be "
              "re-assessed on the stereotactic MRI on the day."),
            sig("F. Moreau-Lindgren, MD 10/29/2026"),
        ]], opts=dict(header=hdr(_c, 4, "Tumour Board"), font="Helvetica")),
        Doc("2_completion_summary.pdf", [[
            H1("Radiosurgery Completion Summary"),
            P("Mr. Fifteenpatient came in on November 5, 2026. A Leksell G frame was applied with four pins by "
              "Dr. Achterberg under local anaesthetic, and stereotactic 1 mm contrast MRI and a stereotactic CT "
              "were obtained and fused in Leksell GammaPlan, where the targets were contoured. On the stereotactic MRI the 3 mm left temporal dot "
              "followed a cortical vein on consecutive slices and was judged vascular; it was removed from the "
              "plan and was not treated."),
            P("The right frontal lesion was treated with 2000 cGy at the 50% isodose line, the left occipital "
              "lesion with 2000 cGy, and the right cerebellar lesion, which sits close to but not in the "
              "brainstem, with 1800 cGy. The remaining left frontal lesion received 2000 cGy. All four were "
              "treated in a single session on the Gamma Knife Perfexion; the physicist checked the frame "
              "coordinates and shot times before delivery. Maximum point doses were 40 Gy and 36 Gy, "
              "brainstem maximum 9.4 Gy."),
            P("The frame came off at 15:40 and he went home with his daughter. MRI in 2 months."),
            sig("F. Moreau-Lindgren, MD 11/06/2026; J. Achterberg, MD 11/06/2026; physics K. Ndiaye, MS"),
        ]], opts=dict(header=hdr(_c, 4), font="Times-Roman")),
    ])

# ==================================================================================================
# Linac cranial
# ==================================================================================================

# b15_05 -- plain-text dictation: TrueBeam FSRT to a resection cavity, 27 Gy in 3 (in words) ------------------
_c = "PINEHURST ONCOLOGY PARTNERS"
add(name="b15_05", kind="ehr_text", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("right temporal resection cavity", "cranial", S, 27, 3)],
    categories=cats(),
    notes="Plain-text speech-recognition export of a completion summary: TrueBeam, frameless mask, 'twenty "
          "seven gray in three fractions', nine gray each, cavity 2.9 cm (simple). Artefacts: 'nine grey "
          "per fraction', 'cavity' as 'cavaty', 'period'. The preop MRI is historical; a post-op planning "
          "MRI 10/01 fused. 30 Gy in 5 was the alternative not chosen.",
    docs=[Doc("b15_05.txt", text=f"""
PINEHURST ONCOLOGY PARTNERS   RADIATION ONCOLOGY
VOICE DICTATION EXPORT - COMPLETION SUMMARY - FINAL
{patient(5)}   {mrn(5)}   DICTATED 10/23/2026

HISTORY
This is a 54 year old woman with a solitary right temporal metastasis from melanoma who underwent gross total resection by doctor Abubakar on 09/18/2026 period her preoperative MRI from September showed a 3.2 cm enhancing mass with surrounding edema new paragraph

TREATMENT
A post operative MRI with contrast was done 10/01/2026 and fused to the planning CT of 10/02/2026 which was performed with her in a frameless thermoplastic SRS mask period the resection cavaty measured 2.9 cm in greatest dimension and a 2 mm margin was added period we discussed thirty gray in five fractions versus twenty seven gray in three fractions and chose the latter period she was treated on the TrueBeam with HyperArc using four non coplanar arcs to a total dose of twenty seven gray in three fractions, nine grey per fraction, prescribed to the 80 percent isodose line, on 10/13, 10/15 and 10/19/2026 period each fraction was preceded by cone beam CT and surface guidance with AlignRT and physics patient specific QA passed at 99.1 percent gamma new paragraph

TOLERANCE
She had mild fatigue and a headache after the second fraction treated with dexamethasone two milligrams for three days. No seizures.

PLAN
MRI brain in 6 to 8 weeks. Continue nivolumab per doctor Lee.

Electronically signed Halima Rasmussen MD 10/23/2026 15:48
{FOOT}
""")])

# b15_06 -- pdf letter to referring physician: Edge single fraction, three mets, one pontine (complex) --------
_c = "SOUTHFORK NEUROSCIENCE & RADIATION CENTER"
add(name="b15_06", kind="pdf", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal", "cranial", S, 20, 1), L("right occipital", "cranial", S, 20, 1),
             L("pons", "cranial", C, 15, 1)],
    categories=cats(),
    notes="Letter to the referring physician: Varian Edge single fraction, 'all three' lesions, doses in cGy "
          "(2000, 2000, 1500). The pontine lesion is within the brainstem (complex), so 61798 first + 61797 "
          "for the others. Encompass mask. Gamma Knife mentioned as an alternative only. Brainstem D0.03cc "
          "14.9 Gy sits near the 15 Gy prescription.",
    docs=[Doc("b15_06.pdf", [[
        P("November 18, 2026"),
        P("Imani Braithwaite, MD\nMedical Oncology, Fairhaven Clinic"),
        P("RE: " + patient(6) + ", MRN " + mrn(6)),
        P("Dear Dr. Braithwaite,"),
        P("I am writing to let you know that your patient completed stereotactic radiosurgery with us on "
          "November 16, 2026. As you know, her breast cancer had spread to the brain, with three lesions on "
          "her MRI of November 3: a 1.6 cm left frontal lesion, a 1.1 cm right occipital lesion and a 0.6 cm "
          "lesion in the pons. We talked about Gamma Knife at the university as an alternative, but she "
          "preferred to be treated here."),
        P("She had a planning CT on November 9 in an Encompass SRS mask, and her contrast MRI was fused for "
          "contouring. The plan was made in Brainlab Elements Multiple Brain Mets with five dynamic conformal "
          "arcs. All three lesions were treated in one session on our Varian Edge: 2000 cGy to the left "
          "frontal and right occipital lesions and 1500 cGy to the pontine lesion, prescribed to the 80% "
          "isodose line. The brainstem maximum (0.03 cc) was 14.9 Gy. Before treatment her position was "
          "verified with cone-beam CT and tracked during treatment with surface guidance; our physicist "
          "completed the plan QA the day before."),
        P("She tolerated the treatment well, with a mild headache that evening. I have asked her to stay on "
          "dexamethasone 2 mg daily for one week and then stop. We will see her with a repeat MRI in two "
          "months and will of course keep you informed."),
        P("Sincerely,"),
        sig("Tobias Verhoeven, MD, Radiation Oncology 11/18/2026"),
        P("Dictated but not read. cc: Neurosurgery (Dr. Ruiz)"),
    ]], opts=dict(header=hdr(_c, 6), font="Times-Roman"))])

# b15_07 -- bundle: HyperArc single fraction; letter says three lesions, plan and summary give four ----------
_c = "BRIGHTWATER RADIATION ONCOLOGY GROUP"
add(name="b15_07", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 4, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal", "cranial", S, 20, 1), L("left parietal", "cranial", S, 20, 1),
             L("right cerebellar", "cranial", S, 18, 1), L("left insular", "cranial", S, 18, 1)],
    categories=cats(),
    contradiction="The letter to the referring physician says three lesions were treated; the dictated plan "
                  "note and the completion summary list four (right frontal, left parietal, right cerebellar, "
                  "left insular) each with a delivered dose.",
    notes="Three documents: dictated plan note (speech artefacts, doses as words), prose completion summary, "
          "letter to the referrer that says 'three lesions'. Four lesions delivered in one session on a "
          "TrueBeam with HyperArc; QFix mask; CT + MRI. The fourth (left insular) was added after the "
          "planning MRI. Gold 4.",
    docs=[
        Doc("1_plan_dictation.txt", text=f"""
BRIGHTWATER RADIATION ONCOLOGY GROUP - DICTATED NOTE - SRS PLAN DIRECTIVE
{patient(7)}  {mrn(7)}  date of dictation 09/08/2026

the patient had a CT simulation on 09/03 in an open face Q fix thermoplastic mask period the planning MRI with contrast from 09/02 showed the three known lesions plus a new four millimeter left insular lesion which we will add comma so four targets total period

targets and doses colon right frontal one point four centimeters twenty gray comma left parietal one point one centimeters twenty gray comma right cerebellar two point two centimeters eighteen gray comma left insular zero point four centimeters eighteen gray period all in a single fraction period plan is HyperArc single isocenter on the true beam with six megavolt flattening filter free period prescription to cover ninety eight percent of each P T V with a one millimeter margin period brain minus GTV V12 Gy nine point two CC's period

the plan was reviewed with physics doctor Abernathy-Cole and approved period

Richard Ostrowski MD
{FOOT}
"""),
        Doc("2_completion_summary.pdf", [[
            H1("Stereotactic Radiosurgery - Completion Summary"),
            P("Course: single-fraction SRS, TrueBeam HyperArc, treated 09/11/2026. Mask immobilization (QFix). "
              "Simulation CT 09/03/2026; MRI 09/02/2026 fused."),
            P("Four lesions were treated: the right frontal (20 Gy), the left parietal (20 Gy), the right "
              "cerebellar (18 Gy) and the small left insular lesion found on the planning MRI (18 Gy). Daily "
              "setup was verified with cone-beam CT and 6-degree-of-freedom couch correction; intrafraction "
              "motion was monitored with surface imaging. Patient-specific QA passed."),
            P("She tolerated treatment without acute effects. Follow-up MRI in 6 weeks."),
            sig("Richard Ostrowski, MD 09/12/2026"),
        ]], opts=dict(header=hdr(_c, 7), font="Helvetica")),
        Doc("3_letter.pdf", [[
            P("September 14, 2026"),
            P("Dear Dr. Nakashima,"),
            P("A short note to let you know that Ms. Fifteenpatient finished her radiosurgery on September 11. "
              "We treated three lesions in a single session on our TrueBeam, with doses of 18 to 20 Gy. She did "
              "very well. We will repeat her MRI in about six weeks and send you the report."),
            P("Best wishes,"),
            sig("Richard Ostrowski, MD"),
        ]], opts=dict(header=hdr(_c, 7), font="Times-Roman")),
    ])

# b15_08 -- pdf near-miss: Versa HD hypofractionated SRT 35 Gy in 7 to a large meningioma ---------------------
_c = "OAKMONT VALLEY CANCER INSTITUTE"
add(name="b15_08", kind="pdf", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 7, ["CT", "MRI"], ["mask"]),
    lesions=[L("left sphenoid wing meningioma", "cranial", C, 35, 7)],
    categories=cats(),
    notes="Near-miss: prose completion summary of a hypofractionated stereotactic course of SEVEN fractions "
          "(5 Gy x 7 = 35 Gy) on an Elekta Versa HD for a 4.1 cm meningioma (complex by size). Over 5 "
          "fractions: no SRS/SBRT code fits. A 'five-fraction' option is discussed and not chosen; 25 Gy/5 "
          "appears as the rejected alternative.",
    docs=[Doc("b15_08.pdf", [[
        H1("Treatment Completion Summary"),
        KeyValue([("Diagnosis", "D32.0 left sphenoid wing meningioma, WHO grade 1 (presumed), 4.1 x 3.3 cm"),
                  ("Course", "Hypofractionated stereotactic RT, 10/05/2026 - 10/15/2026"),
                  ("Physician", "Seamus O'Driscoll, MD")], value_x=80),
        P("Mrs. Fifteenpatient presented with progressive left proptosis. The meningioma was not felt to be "
          "safely resectable in full. Given its size (4.1 cm) we did not consider single-fraction radiosurgery "
          "appropriate, and we discussed 25 Gy in 5 fractions against 35 Gy in 7 fractions; because the tumour "
          "lies 6 mm from the left optic nerve we preferred the seven-fraction schedule."),
        P("She was simulated on 09/28/2026 with a CT in a three-point thermoplastic mask, with the MRI of "
          "09/24/2026 (T1 post-gadolinium, 1 mm) fused in Monaco; the tumour and dural tail were contoured as GTV with a 2 mm PTV. A VMAT plan with two arcs was prescribed at 5 Gy "
          "per fraction to the 90% isodose line. The optic nerve maximum was 28.4 Gy over the course."),
        P("She received all seven fractions on the Versa HD, 35 Gy in total, each preceded by XVI cone-beam CT "
          "matching with HexaPOD correction. Physics QA (ArcCHECK) passed. She had mild periorbital swelling "
          "that settled. An MRI is planned for three months."),
        sig("Seamus O'Driscoll, MD, Radiation Oncology 10/16/2026"),
    ]], opts=dict(header=hdr(_c, 8), font="Helvetica"))])

# ==================================================================================================
# CyberKnife
# ==================================================================================================

# b15_09 -- bundle: CyberKnife cranial 8 Gy x 3 to both lesions; SOAP notes + completion summary ---------------
_c = "HARBOR POINT CYBERKNIFE CENTER"
add(name="b15_09", kind="bundle", codes=["G0339", "G0340", "77435", "61796", "61797"],
    facts=F("robotic_linac", ["cranial"], 2, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal", "cranial", S, 24, 3), L("left cerebellar", "cranial", S, 24, 3)],
    categories=cats(),
    notes="Three SOAP on-treatment notes (one per fraction) + a prose completion summary: CyberKnife M6, "
          "'both lesions' 8 Gy x 3 = 24 Gy, mask, CT + MRI fused, 6D skull tracking. The SOAP 'O' sections "
          "carry vitals and KPS numbers; 'A' restates fraction numbers ('fx 2/3').",
    docs=[
        Doc("1_soap_notes.txt", text=f"""
HARBOR POINT CYBERKNIFE CENTER - ON TREATMENT VISIT NOTES
{patient(9)}   {mrn(9)}

--- 10/19/2026  OTV  fraction 1 of 3 ---
S: Feels well. Mild headache yesterday, gone. No nausea. No new weakness.
O: BP 132/78, HR 70, afebrile. KPS 80. Alert, oriented. Mask fit good.
A: Cranial SRS to both lesions (R frontal, L cerebellar), 8 Gy today, fx 1/3, 6D skull tracking
   within tolerance throughout (max correction 0.8 mm).
P: Continue. Dex 2 mg daily.
   - L. Whitcombe, MD

--- 10/21/2026  OTV  fraction 2 of 3 ---
S: Tired after last session. Appetite ok.
O: BP 128/80, HR 74. KPS 80. No focal deficit.
A: fx 2/3 delivered 8 Gy to both lesions, cumulative 16 Gy. Tracking images every 30-60 s.
P: Continue as planned.
   - L. Whitcombe, MD

--- 10/23/2026  OTV  fraction 3 of 3 ---
S: No complaints.
O: BP 130/76. KPS 80.
A: fx 3/3, 8 Gy, course complete 24 Gy/3 to each lesion.
P: Taper dex over 1 week. MRI 8 weeks.
   - L. Whitcombe, MD
{FOOT}
"""),
        Doc("2_completion_summary.pdf", [[
            H1("CyberKnife Radiosurgery - Summary of Treatment"),
            P("Mr. Fifteenpatient, 63, with metastatic colorectal cancer, was referred with two brain "
              "metastases on MRI of 10/06/2026: a 2.4 cm right frontal lesion and a 1.7 cm left cerebellar "
              "lesion. He was fitted with a thermoplastic CyberKnife mask and had a contrast planning CT on "
              "10/12/2026; a 1 mm post-contrast MRI of 10/13/2026 was fused in Precision, where both targets were contoured with a 1 mm PTV margin."),
            P("Both lesions were treated on the CyberKnife M6 with the Iris collimator, 24 Gy in 3 fractions "
              "(8 Gy per fraction) prescribed to the 72% and 75% isodose lines, on 10/19, 10/21 and "
              "10/23/2026. Positioning was verified with 6D skull tracking throughout each fraction. "
              "Physics completed an independent secondary dose check and delivery QA before fraction 1."),
            sig("Lionel Whitcombe, MD 10/26/2026; physics: S. Marangoni, PhD"),
        ]], opts=dict(header=hdr(_c, 9), font="Helvetica")),
    ])

# b15_10 -- bundle: CyberKnife lung; scanned Courier daily log (100 dpi) + tumour-board note ------------------
_c = "WESTGATE THORACIC ONCOLOGY - CyberKnife"
add(name="b15_10", kind="bundle", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "PET"], ["fiducials"]),
    lesions=[L("right lower lobe", "body", None, 54, 3)],
    categories=cats(),
    notes="Tumour-board note (recommendation, fiducials placed, PET/CT fused for planning) + a scanned "
          "(100 dpi, image-only) typed daily log that carries the only dose and delivery facts: 18 Gy x 3 = "
          "54 Gy, Synchrony fiducial tracking. Prior conventional 60 Gy/30 to a LEFT upper lobe tumour in 2021 "
          "is history. Rib max 49.8 Gy near the prescription. No vacuum cushion named (patient on couch "
          "pad only).",
    docs=[
        Doc("1_tumour_board.pdf", [[
            H1("Thoracic Tumour Board - Recommendation"),
            KeyValue([("Date", "08/20/2026"), ("Chair", "E. Vasquez-Holm, MD")]),
            P("68F, former smoker. History: stage IIIA left upper lobe squamous carcinoma treated with "
              "concurrent chemoradiation 60 Gy in 30 fractions in 2021, NED since. New 1.9 cm spiculated right "
              "lower lobe nodule, biopsy: adenocarcinoma, cT1b N0 on PET/CT 08/11/2026. Poor pulmonary "
              "function (FEV1 0.9 L), not a surgical candidate."),
            P("Recommendation: SBRT on CyberKnife with fiducial tracking, 54 Gy in 3 fractions. Three gold "
              "fiducials were placed by interventional pulmonology on 08/25/2026 (after the meeting; addendum). "
              "Planning CT 09/01/2026 with the 08/11 PET fused; GTV contoured, PTV = GTV + 3 mm."),
            sig("E. Vasquez-Holm, MD 08/20/2026; addendum 09/01/2026"),
        ]], opts=dict(header=hdr(_c, 10), font="Helvetica")),
        Doc("2_daily_log_scan.pdf", [[
            H1("CYBERKNIFE DAILY TREATMENT LOG"),
            P("PT: " + patient(10) + "   MRN: " + mrn(10) + "   PLAN: RLL_54Gy_3fx  (Precision, 187 beams, 68% IDL)"),
            P("TRACKING: Synchrony + fiducial (3 seeds)   COUCH: standard pad, arms down"),
            RuledTable([("Fx", "Date", "Dose (Gy)", "Cum (Gy)", "Synchrony model err", "Therapists"),
                        ("1", "09/08/26", "18", "18", "1.4 mm", "AB / CD"),
                        ("2", "09/10/26", "18", "36", "1.1 mm", "AB / EF"),
                        ("3", "09/12/26", "18", "54", "1.6 mm", "CD / EF")]),
            P("Physics DQA (film) 09/04/26 passed 97.8%.   Rib max 49.8 Gy, cord max 9 Gy."),
            P("COMPLETED 54 Gy / 3 fx to RLL.   Signed: E. Vasquez-Holm MD 09/12/26"),
        ]], opts=dict(header=hdr(_c, 10), scan=True, scan_dpi=100, font="Courier")),
    ])

# ==================================================================================================
# SBRT body and spine
# ==================================================================================================

# b15_11 -- plain-text dictation export: liver SBRT 45 Gy in 3 (words), fiducials + compression -------------
_c = "RIVERBEND HEPATOBILIARY PROGRAM"
add(name="b15_11", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("hepatic segment VIII", "body", None, 45, 3)],
    categories=cats(),
    notes="Plain-text dictation export, headings in caps, one paragraph per section: HCC segment VIII, "
          "'fifteen gray times three for forty five gray', Elekta Synergy, gold fiducials and abdominal "
          "compression plate, triphasic CT + liver MRI fused. Prior TACE x2 (history); a follow-up MRI is "
          "ordered (planned only). Liver mean dose 11.7 Gy, duodenum 22.1 Gy; 'Segment 8' also written 'S8'.",
    docs=[Doc("b15_11.txt", text=f"""
RIVERBEND HEPATOBILIARY PROGRAM - RADIATION ONCOLOGY
TRANSCRIPTION SERVICE OUTPUT   REPORT: SBRT COMPLETION   STATUS: SIGNED
PATIENT {patient(11)}    MRN {mrn(11)}    VISIT 11/20/2026    DICTATOR GIDEON FAIRWEATHER MD

REASON FOR TREATMENT
Seventy year old man with hepatitis C cirrhosis Child Pugh A6 and a 3.4 centimeter hepatocellular carcinoma in segment eight (S8) that recurred after two sessions of TACE in 2025 and March 2026 period he was not felt to be a candidate for resection or transplant and the liver tumor board on 10/08 recommended stereotactic body radiation therapy new paragraph

PREPARATION AND SIMULATION
Four gold fiducial markers were placed percutaneously under ultrasound by interventional radiology on 10/15/2026 period simulation on 10/22/2026 with a triphasic contrast CT and a four D CT with an abdominal compression plate set at notch four comma arms up on a wing board period a gadoxetate liver MRI of 10/23 was fused and the GTV was contoured on it with a five millimeter PTV expansion period the plan is a two arc VMAT on the Elekta Synergy new paragraph

TREATMENT DELIVERED
He received fifteen gray times three for a total of forty five gray to the segment eight lesion prescribed to the seventy percent isodose line on 11/10, 11/13 and 11/17/2026 period each fraction was given with the compression plate and was preceded by cone beam CT with a fiducial match approved by me before beam on period physics DQA passed prior to fraction one period normal liver mean dose eleven point seven gray comma duodenum max twenty two point one gray new paragraph

TOLERANCE AND FOLLOW UP
Mild fatigue and right upper quadrant discomfort, no ascites. Labs stable. A repeat liver MRI will be ordered for February 2027 and he will follow up with hepatology.

GIDEON FAIRWEATHER MD  ELECTRONICALLY SIGNED 11/20/2026 18:04
{FOOT}
""")])

# b15_12 -- bundle: lung SBRT; discharge summary says fifty in five, SOAP notes + record give 12 Gy x 4 ---------
_c = "ASHBOURNE MEMORIAL HOSPITAL - Radiation Medicine"
add(name="b15_12", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 4, ["CT"], ["body_immobilization"]),
    lesions=[L("left upper lobe", "body", None, 48, 4)],
    categories=cats(),
    contradiction="The prose discharge summary says fifty gray in five fractions; the prescription, the four "
                  "SOAP on-treatment notes and the treatment record give 12 Gy x 4 = 48 Gy on four dates.",
    notes="Prescription + SOAP notes for fractions 1-4 + a prose discharge summary that states 'fifty gray in "
          "five fractions' (a templated sentence). Gold follows the prescription and the dated record: 48 Gy/4. "
          "BodyFIX, 4DCT; TrueBeam. Chest wall V30 and rib 47.6 Gy near the total.",
    docs=[
        Doc("1_prescription.pdf", [[
            H1("SBRT Prescription"),
            KeyValue([("Target", "PTV_LUL (ITV + 5 mm), 2.3 cm peripheral LUL adenocarcinoma, cT1c N0"),
                      ("Dose", "48 Gy in 4 fractions, 12 Gy per fraction, to the 80% isodose"),
                      ("Technique", "TrueBeam, 2 VMAT arcs, 6 MV FFF, Eclipse AcurosXB"),
                      ("Simulation", "10/26/2026 4DCT in BodyFIX vacuum bag with wrap, arms up"),
                      ("IGRT", "CBCT each fraction, soft tissue match to ITV"),
                      ("Constraints", "Rib D0.03cc 47.6 Gy (limit 48); cord max 12.1 Gy; chest wall V30 18 cc")],
                     value_x=90),
            sig("Marguerite Delacroix-Ng, MD 10/29/2026; physics plan check A. Szabo, MS 10/30/2026"),
        ]], opts=dict(header=hdr(_c, 12), font="Helvetica")),
        Doc("2_soap_notes.txt", text=f"""
ASHBOURNE MEMORIAL - RADIATION MEDICINE - OTV (SOAP)     {patient(12)}  {mrn(12)}

11/02/2026  Fx 1 of 4
S  Slight cough, no hemoptysis.   O  SpO2 95% RA, ECOG 1.   A  12 Gy delivered to LUL after CBCT
   match (shift 3 mm sup).  P  Continue.                                    MDN
11/04/2026  Fx 2 of 4
S  Fatigue 1.   O  Lungs clear.   A  12 Gy, cumulative 24 Gy; CBCT ok.  P  Continue.   MDN
11/06/2026  Fx 3 of 4
S  No new issues.   O  stable.    A  12 Gy, cumulative 36 Gy.  P  Continue.            MDN
11/09/2026  Fx 4 of 4
S  Mild chest wall ache.   O  no tenderness.   A  12 Gy, course complete 48 Gy.
P  CT chest 3 months; NSAID prn.                                          MDN
{FOOT}
"""),
        Doc("3_discharge_summary.pdf", [[
            H1("Radiation Medicine Discharge Summary"),
            P("Ms. Fifteenpatient is a 77-year-old woman with a peripheral left upper lobe adenocarcinoma who "
              "declined lobectomy. She was immobilized in a BodyFIX vacuum bag and simulated with a 4D CT on "
              "10/26/2026. She completed stereotactic body radiotherapy to the left upper lobe, fifty gray in "
              "five fractions, between 11/02/2026 and 11/09/2026, with cone-beam CT guidance before every "
              "treatment. She tolerated it well apart from mild fatigue and chest wall ache."),
            P("Follow-up: CT chest in three months, then alternating with clinic visits."),
            sig("Marguerite Delacroix-Ng, MD 11/12/2026"),
        ]], opts=dict(header=hdr(_c, 12), font="Times-Roman")),
    ])

# b15_13 -- bundle: spine SBRT T11 + L1; tumour board + letter + completion summary --------------------------
_c = "NORTHCLIFF SPINE ONCOLOGY SERVICE"
add(name="b15_13", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T11 vertebral body", "spinal", None, 27, 3), L("L1 vertebral body", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Tumour-board note + letter to the referring urologist + prose completion summary: renal cell "
          "carcinoma, T11 and L1 metastases both with epidural extension, 27 Gy in 3 (nine gray per fraction) "
          "on a TrueBeam STx with ExacTrac, Vac-Lok, CT myelogram not needed (MRI fused). Prior 8 Gy "
          "x 1 to T11 in 2024 (history). T1/T2 MRI sequence names and 'L2 nerve root' as anatomy.",
    docs=[
        Doc("1_tumour_board.pdf", [[
            H1("Spine Tumour Board Note"),
            KeyValue([("Date", "09/16/2026"), ("Case", "RCC, painful T11 and L1 metastases")]),
            P("63M clear cell RCC (left nephrectomy 2022). MRI spine 09/10/2026: T11 body lesion with ventral "
              "epidural extension (Bilsky 1b), L1 body lesion abutting the dura (Bilsky 1a), mild L2 nerve root "
              "irritation. SINS 7, stable. T11 had 8 Gy in 1 fraction in 2024 for pain with a partial response."),
            P("Consensus: no surgery. Spine SBRT to T11 and L1, 27 Gy in 3 fractions. Dr. Achebe-Lund to treat."),
            sig("O. Achebe-Lund, MD 09/16/2026"),
        ]], opts=dict(header=hdr(_c, 13), font="Helvetica")),
        Doc("2_completion_summary.pdf", [[
            H1("Spine SBRT Completion Summary"),
            P("Simulation on 09/22/2026: CT with 1.25 mm slices in a full-body Vac-Lok cushion, arms on chest; "
              "a thin-slice MRI (T1, T2 and post-contrast) from 09/21/2026 was fused in Brainlab Elements Spine "
              "SRS for the cord and the targets. A CT myelogram was not needed."),
            P("Both vertebral metastases were treated on the TrueBeam STx with nine gray per fraction in three "
              "fractions, 27 Gy in total to the T11 body and 27 Gy to the L1 body, on 09/29, 10/01 and "
              "10/05/2026. Before every fraction ExacTrac stereoscopic x-rays and CBCT confirmed position "
              "within 1 mm / 1 degree. Cord Dmax 20.9 Gy (limit 21.9 Gy over 3 fx); cauda equina 22.3 Gy."),
            sig("Oluwaseun Achebe-Lund, MD 10/06/2026; physics: R. Tamayo, PhD"),
        ]], opts=dict(header=hdr(_c, 13), font="Helvetica")),
        Doc("3_letter.txt", text=f"""
NORTHCLIFF SPINE ONCOLOGY SERVICE
10/07/2026

Dear Dr Petrossian,

Re: {patient(13)}, MRN {mrn(13)}

Your patient has now finished stereotactic radiotherapy to his spine. Both the T11 and the L1 deposits were treated with twenty seven gray in three treatments over one week, finishing on October 5. His back pain was already a little better by the last visit and he has come off oxycodone during the day. We will repeat the MRI of his spine in three months.

Yours sincerely,

Oluwaseun Achebe-Lund MD
{FOOT}
"""),
    ])

# b15_14 -- scanned + rotated Courier form: prostate SBRT 36.25 Gy / 5 ---------------------------------------
_c = "KESTREL BAY UROLOGIC RADIATION"
add(name="b15_14", kind="scan", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Single page typed on a Courier fill-in form, stored sideways (rotate 90) and scanned at 120 dpi: "
          "prostate SBRT 7.25 Gy x 5 = 36.25 Gy, 3 gold fiducials + SpaceOAR, Vac-Lok, CT + MRI fused, "
          "Elekta Infinity with XVI CBCT. Rectum D1cc 35.9 Gy near the total; PSA numbers.",
    docs=[Doc("b15_14.pdf", [[
        H1("PROSTATE SBRT - RECORD OF TREATMENT (FORM RO-17)"),
        P("NAME: " + patient(14) + "     MRN: " + mrn(14) + "     DX: C61 adenoca prostate, GG2, PSA 7.4, cT2a"),
        P("RISK: favourable intermediate     ADT: none"),
        P("FIDUCIALS: 3 gold seeds + SpaceOAR gel placed 08/27/26 (urology)"),
        P("IMMOBILIZATION: Vac-Lok lower body + knee wedge     BLADDER: comfortably full, rectum empty"),
        P("SIM CT: 09/08/26     MRI (T2 axial 3 mm) 09/09/26 fused: yes"),
        P("UNIT: Elekta Infinity (Agility)    IGRT: XVI CBCT + seed match each fx"),
        P("CONTOURS: CTV = prostate + proximal 1 cm SV on MRI fusion; PTV 5 mm (3 mm post)   PLAN: Monaco VMAT 2 arcs"),
        P("RX: 36.25 Gy / 5 fx (7.25 Gy per fx) to PTV, 40 Gy to CTV boost: not used"),
        RuledTable([("fx", "date", "dose", "seed match", "MD"),
                    ("1", "09/21/26", "7.25", "ok", "HW"),
                    ("2", "09/23/26", "7.25", "ok", "HW"),
                    ("3", "09/25/26", "7.25", "ok (re-imaged)", "HW"),
                    ("4", "09/28/26", "7.25", "ok", "HW"),
                    ("5", "09/30/26", "7.25", "ok", "HW")]),
        P("TOTAL: 36.25 Gy / 5     Rectum D1cc 35.9 Gy, bladder D1cc 37.2 Gy, urethra max 38.6 Gy"),
        P("PHYSICS CHECK: L. Abiodun MS 09/17/26 (plan + DQA pass)"),
        sig("Harriet Wexford, MD 09/30/2026"),
    ]], opts=dict(header=hdr(_c, 14), scan=True, scan_dpi=120, rotate={1: 90}, font="Courier"))])

# b15_15 -- bundle: MR-linac adrenal SBRT 35 Gy / 5; tumour board + SOAP notes + letter --------------------
_c = "GLENWOOD ADAPTIVE RADIOTHERAPY UNIT"
add(name="b15_15", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("left adrenal", "body", None, 35, 5)],
    categories=cats(),
    notes="Tumour-board note + SOAP notes (five fractions, adaptive) + letter to the referrer: oligometastatic "
          "melanoma to the left adrenal, Elekta Unity MR-linac 7 Gy x 5 = 35 Gy, BlueBAG vacuum cushion, "
          "planning CT + MRI. A right adrenal 'nodule' is an adenoma and was not treated. Daily MRI at the "
          "machine is image guidance, not planning imaging; the PET (SUVmax) is diagnostic, before referral.",
    docs=[
        Doc("1_tumour_board.txt", text=f"""
GLENWOOD CANCER CENTRE - MELANOMA TUMOUR BOARD  08/05/2026
PATIENT {patient(15)}  MRN {mrn(15)}

SUMMARY: 52F, stage IV melanoma (BRAF V600E) on nivolumab, excellent response except a growing 2.6 cm left adrenal metastasis (PET avid SUVmax 9.1). The 1.1 cm right adrenal nodule is lipid rich, an adenoma, NOT for treatment. ECOG 0.
RECOMMENDATION: SBRT to the left adrenal on the MR-linac, 35 Gy in 5 fractions, continue nivolumab.
{FOOT}
"""),
        Doc("2_soap_notes.pdf", [[
            H1("On-Treatment Visits (SOAP)"),
            P("Simulation 08/12/2026: CT in a BlueBAG vacuum cushion, arms above head, and a planning MRI "
              "(T2 3D, free breathing) on the Unity the same day. GTV contoured on the MRI, PTV_LAdrenal = GTV + 3 mm; step-and-shoot IMRT, 9 beams, Monaco. Rx 35 Gy in 5 fractions to PTV_LAdrenal."),
            RuledTable([("Date", "S", "O", "A", "P"),
                        ("08/18", "well", "ECOG 0", "Fx 1/5, 7 Gy, adapt-to-shape, cine gating", "cont."),
                        ("08/20", "mild nausea", "wt stable", "Fx 2/5, 7 Gy, ATS", "ondansetron"),
                        ("08/22", "better", "-", "Fx 3/5, 7 Gy, ATS", "cont."),
                        ("08/25", "well", "-", "Fx 4/5, 7 Gy, ATP (position)", "cont."),
                        ("08/27", "tired", "-", "Fx 5/5, 7 Gy - total 35 Gy", "f/u 6 wk")]),
            P("Each online plan was checked by the physicist on the console before beam on (independent MU "
              "check). Stomach D0.5cc 29.8 Gy, cord 11 Gy."),
            sig("Ingrid Salazar-Koh, MD 08/27/2026"),
        ]], opts=dict(header=hdr(_c, 15), font="Helvetica")),
        Doc("3_letter.pdf", [[
            P("September 2, 2026"),
            P("Dear Dr. Okafor,"),
            P("Ms. Fifteenpatient completed her course of stereotactic radiotherapy to the left adrenal "
              "metastasis on August 27. She received a total of 3500 cGy in five treatments on our MR-linac "
              "with daily adaptive replanning. The right adrenal adenoma was left alone, as agreed at the "
              "tumour board. She can carry on with nivolumab without a break."),
            P("Kind regards,"),
            sig("Ingrid Salazar-Koh, MD"),
        ]], opts=dict(header=hdr(_c, 15), font="Times-Roman")),
    ])

# b15_16 -- plain-text dictation: kidney SBRT; headline says single fraction, body gives 14 Gy x 3 ----------
_c = "FENWICK UROLOGIC ONCOLOGY"
add(name="b15_16", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("right kidney", "body", None, 42, 3)],
    contradiction="The summary line at the top says 'single fraction SABR'; the treatment section dictates "
                  "forty two gray in three fractions of fourteen gray with three treatment dates.",
    categories=cats(),
    notes="Plain-text dictation export: primary RCC right kidney, TrueBeam SABR 14 Gy x 3 = 42 Gy with "
          "abdominal compression belt, CT + MRI. The heading line says 'single fraction SABR' (a leftover "
          "template: 26 Gy single fraction was the first option). Gold 42/3.",
    docs=[Doc("b15_16.txt", text=f"""
FENWICK UROLOGIC ONCOLOGY - RADIATION SERVICE
DICTATION SYSTEM EXPORT   TYPE: TREATMENT SUMMARY   {patient(16)}   {mrn(16)}   11/04/2026
SUMMARY LINE: SINGLE FRACTION SABR RIGHT KIDNEY COMPLETED

INDICATION
Eighty one year old man with a biopsy proven 4.2 cm clear cell renal cell carcinoma of the lower pole of the right kidney comma eGFR 38 comma not fit for nephrectomy or cryoablation period we discussed twenty six gray in a single fraction versus forty two gray in three fractions and because the tumor is more than four centimeters and close to the duodenum we chose three fractions new paragraph

SIMULATION
Simulation 10/13/2026 with 4D CT and IV contrast in a vacuum bag with an abdominal compression belt comma and an MRI abdomen 10/14/2026 was fused for contouring period

TREATMENT
He received forty two gray in three fractions of fourteen gray each on 10/21, 10/24 and 10/28/2026 on the TrueBeam using two VMAT arcs prescribed to the 75 percent isodose period CBCT before each fraction was reviewed by the physician and physics completed portal dosimetry QA before the first fraction period duodenum D0.03cc twenty four point six gray, contralateral kidney mean two point one gray new paragraph

FOLLOW UP
CT abdomen in 3 months, creatinine in 4 weeks.

Dictated by Ambrose Kettering MD, signed 11/04/2026
{FOOT}
""")])

# ==================================================================================================
# Hard negatives and near-misses
# ==================================================================================================

# b15_17 -- pdf: insurance pre-authorization letter for planned Gamma Knife (nothing delivered) ----------------
_c = "WILLOWMERE GAMMA KNIFE CENTER - Patient Financial Services"
add(name="b15_17", kind="pdf", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=dict(NONE), lesions=[], categories=NO_CATS,
    notes="Hard negative: a letter of medical necessity / pre-authorization request to a payer describing a "
          "PLANNED frame-based Gamma Knife course (two metastases, 20 Gy and 18 Gy proposed, CPT codes "
          "listed) with a diagnostic MRI. Nothing simulated or delivered; facts null/empty, all codes "
          "inconsistent.",
    docs=[Doc("b15_17.pdf", [[
        P("November 30, 2026"),
        P("Utilization Management Department\nCrestline Health Plan\nFax 555-0143"),
        P("RE: Request for prior authorization - " + patient(17) + ", MRN " + mrn(17) +
          ", member ID SYN-MBR-150-17"),
        P("To whom it may concern:"),
        P("I am requesting authorization for stereotactic radiosurgery with the Leksell Gamma Knife for the "
          "above patient, a 49-year-old man with metastatic non-small cell lung cancer (C34.11, C79.31). His "
          "diagnostic brain MRI of November 20, 2026 shows two metastases, a 1.5 cm right frontal lesion and "
          "a 1.0 cm left cerebellar lesion. His extracranial disease is controlled on osimertinib and his "
          "Karnofsky performance status is 90."),
        P("We propose a single-session treatment with a Leksell stereotactic frame, with 20 Gy to the right "
          "frontal lesion and 18 Gy to the left cerebellar lesion at the 50% isodose line. Stereotactic MRI "
          "and CT would be obtained on the day of the procedure. The planned date is December 14, 2026, "
          "pending your approval. Whole brain radiotherapy is not preferred because of the risk of "
          "neurocognitive decline."),
        P("Anticipated codes: 77371, 77432, 61796, 61797, 61800, 77263, 77295, 77300. Supporting records "
          "(consultation and MRI report) are enclosed."),
        P("Thank you for your prompt review."),
        sig("Beatrice Lindholm-Avery, MD, Radiation Oncology 11/30/2026"),
    ]], opts=dict(header=hdr(_c, 17), font="Times-Roman"))])

# b15_18 -- plain-text dictation: follow-up visit one year after linac SRS (nothing delivered now) -------------
_c = "CALDER RIDGE RADIATION ONCOLOGY"
add(name="b15_18", kind="ehr_text", codes=["77372", "77432", "61796"],
    facts=dict(NONE), lesions=[], categories=NO_CATS,
    notes="Hard negative: a dictated follow-up note (SOAP-ish, speech artefacts) one year after single-fraction "
          "SRS (right occipital 21 Gy, TrueBeam, mask, November 2025). Today's MRI is surveillance; a 'small "
          "new focus' is to be watched, no treatment planned. Facts null/empty, all codes inconsistent.",
    docs=[Doc("b15_18.txt", text=f"""
CALDER RIDGE RADIATION ONCOLOGY
DICTATION EXPORT - FOLLOW UP VISIT - FINAL
{patient(18)}   {mrn(18)}   DATE OF VISIT 11/25/2026

SUBJECTIVE
Mister Fifteenpatient returns one year after stereotactic radiosurgery period as a reminder on 11/18/2025 he received twenty one gray in a single fraction to a 1.8 cm right occipital metastasis from esophageal cancer on the true beam in a thermoplastic mask with cone beam CT guidance period he has no headaches comma no visual symptoms comma and is back to playing golf new paragraph

OBJECTIVE
Alert comma fluent comma visual fields full to confrontation period KPS ninety period MRI brain with and without contrast 11/20/2026 shows the treated right occipital lesion now 0.6 cm with central necrosis and less edema consistent with treatment response period there is a new two millimeter punctate focus in the left frontal cortex which is indeterminate new paragraph

ASSESSMENT
Good response of the treated right occipital metastasis one year after SRS. Indeterminate 2 mm left frontal focus.

PLAN
No treatment at this time. Repeat MRI brain in three months; if the left frontal focus grows we will discuss radiosurgery again. He continues surveillance with doctor Fitzwilliam.

Electronically signed Camille Deveraux MD 11/25/2026
{FOOT}
""")])

# b15_19 -- bundle: consult recommending SBRT + addendum: patient declined ------------------------------------
_c = "THORNBURY COMMUNITY CANCER CLINIC"
add(name="b15_19", kind="bundle", codes=["77373", "77435"],
    facts=dict(NONE), lesions=[], categories=NO_CATS,
    notes="Hard negative: a prose consultation recommending lung SBRT 50 Gy in 5 (a simulation CT is "
          "'scheduled') and a telephone addendum in which the patient declines all radiotherapy and chooses "
          "hospice. Nothing simulated or delivered; facts null/empty, all codes inconsistent.",
    docs=[
        Doc("1_consult.pdf", [[
            H1("Radiation Oncology Consultation"),
            KeyValue([("Date", "10/20/2026"), ("Referring", "Dr. Eamon Faulkner, Pulmonology")]),
            P("Mr. Fifteenpatient is an 84-year-old man with a 2.8 cm right upper lobe mass, biopsy-proven "
              "squamous cell carcinoma, PET/CT 10/02/2026 (done at the referring hospital) with no nodal or "
              "distant disease. He has severe COPD on home oxygen and is not an operative candidate."),
            P("Impression and recommendation: I recommended stereotactic body radiotherapy, 50 Gy in 5 "
              "fractions, with a 4D CT simulation in a vacuum cushion, which we have tentatively scheduled for "
              "10/27/2026. We talked about the expected local control of about 90% and the risks of fatigue, "
              "pneumonitis and rib fracture. He would like to discuss it with his daughters."),
            sig("Philippa Marchetti, MD 10/20/2026"),
        ]], opts=dict(header=hdr(_c, 19), font="Helvetica")),
        Doc("2_addendum.txt", text=f"""
THORNBURY COMMUNITY CANCER CLINIC - TELEPHONE ENCOUNTER / ADDENDUM
{patient(19)}  {mrn(19)}  10/24/2026

Spoke with patient and daughter (on speaker). After discussion at home he has decided against any radiation treatment, including the SBRT we recommended, and wishes to focus on comfort care. Hospice referral placed. Simulation on 10/27 cancelled. He knows he can call us if he changes his mind.

P. Marchetti MD
{FOOT}
"""),
    ])

# b15_20 -- pdf: conventional palliative 30 Gy / 10 to the right acetabulum, claimed as SBRT ------------------
_c = "DUNMORE VALLEY HOSPITAL - Radiotherapy Department"
add(name="b15_20", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 10, ["CT"], ["body_immobilization"]),
    lesions=[L("right acetabulum", "body", None, 30, 10)],
    categories=cats(),
    notes="Near-miss: prose completion summary of a conventional palliative course, 3 Gy x 10 = 30 Gy to a "
          "right acetabular metastasis on a Halcyon (3D conformal AP/PA), Vac-Lok, CT simulation, weekly "
          "MV portal imaging and daily kV. SBRT 'was considered' (8 Gy single fraction also mentioned as an "
          "option) but not given. Claimed as SBRT: both codes inconsistent (10 fractions).",
    docs=[Doc("b15_20.pdf", [[
        H1("Completion of Radiotherapy"),
        P("Patient: " + patient(20) + "    MRN: " + mrn(20) + "    Dates: 10/05/2026 - 10/16/2026"),
        P("Mrs. Fifteenpatient, aged 72, with metastatic breast cancer, was referred with painful lytic disease "
          "in the right acetabulum with a threatened but intact medial wall. Orthopaedics did not advise "
          "fixation. We considered stereotactic body radiotherapy and a single 8 Gy fraction, but because of "
          "the soft-tissue extension and her wish for the most durable result we chose a conventional "
          "fractionated palliative course."),
        P("She was simulated on 09/30/2026 with a CT in a Vac-Lok bag. The right hemipelvis with the acetabular "
          "lesion and a 2 cm margin was treated with an AP/PA 3D conformal plan on the Halcyon, 3 Gy per "
          "fraction for ten fractions, 30 Gy in total, completed on 10/16/2026. Daily kV imaging and weekly "
          "MV portal images confirmed the set-up. A physics chart check was done weekly."),
        P("Her pain fell from 8/10 to 3/10 by the last week. She had mild diarrhoea treated with loperamide. "
          "Review in clinic in six weeks."),
        sig("Rowena Castellan-Price, MD 10/19/2026"),
    ]], opts=dict(header=hdr(_c, 20), font="Helvetica"))])


CORPUS = Corpus("blind_corpus15", "tests/blind_corpus15", CHARTS, pdf_options={"footer": FOOT, "font": "Helvetica"},
                hand_written=["README.md", "FIRST_RUN.md"])
