"""Fifty-first blind corpus, ``tests/blind_corpus51/`` (regenerate: ``python scripts/make_corpus.py blind_corpus51``).

Twenty courses at indications, sites and schedules outside the common brain-metastasis / lung / spine pattern,
written as US clinics document them: functional and benign cranial radiosurgery (a volume-staged AVM of which
only the second stage is in the document set, trigeminal neuralgia, an essential-tremor thalamotomy, a pituitary
adenoma beside the chiasm treated in five mask fractions on a cobalt-60 unit, NF2 with two vestibular
schwannomas and a meningioma, a juxtapapillary choroidal melanoma, a glomus jugulare tumour); sacrum, two-level
and simultaneous-integrated-boost spine; pancreas, kidney, adrenal, liver with three lesions, two lung nodules
in eight fractions, sternum / rib / paraspinal soft tissue, and a head-and-neck re-irradiation in six fractions.
Schedules every other day and twice weekly; doses written "600 cGy x 5", "5 x 7 Gy", "7Gy/fx to 35Gy",
"3300 cGy", and in words in dictation. Three hard negatives of unlike kinds (a consult that ends in surgery,
a radiology follow-up report, a prior-authorization request). Every clinic and system is invented. Three
charts contradict themselves (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (dictation and exports are deliberately one long line per paragraph or record)

from __future__ import annotations

from pdfmaker import BulletList, ColumnBreak, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ADELAIDE", "BARNABY", "CORDELIA", "DESMOND", "EULALIA", "FELICITY", "GWENDOLYN", "HORATIO", "IMOGEN",
         "JASPER", "KATRINA", "LEOPOLD", "MAGNOLIA", "NATHANIEL", "OSWALD", "PERCIVAL", "QUENTIN", "RUPERT",
         "SEBASTIAN", "THADDEUS"]


def patient(n: int) -> str:
    return f"FIFTYONEPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-510{n:02d}"


def banner(clinic: str, what: str, n: int, dob: str) -> list[str]:
    return [f"{clinic} - {what}", f"{patient(n)}   MRN {mrn(n)}   DOB {dob}"]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial: functional and benign
# ==================================================================================================

# e51_01 -- bundle (2 files): volume-staged AVM, stage 2 of 2 on a cobalt-60 unit under a frame ----------------------
_c = "BLUESTEM VALLEY NEUROSCIENCE INSTITUTE"
add(name="e51_01", kind="bundle", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI", "angiography"], ["frame"]),
    lesions=[L("left parieto-occipital AVM, stage 2 (posterior-inferior volume)", "cranial", C, 17, 1)],
    categories=cats(),
    notes="Volume-staged AVM: the document set holds stage 2 only (posterior-inferior volume, 6.8 cc, 17 Gy to "
          "the 50% isodose, one session, frame, stereotactic MRI + CT + biplanar DSA). Stage 1 (anterior-superior "
          "volume, 17 Gy, 4 months earlier) appears in the history and in a staging table: another session, not "
          "counted. One lesion (AVM: complex), one fraction.",
    docs=[
        Doc("1_operative_note.txt", text=f"""
{_c}
Department of Neurological Surgery - OPERATIVE NOTE

Patient: {patient(1)}        MRN: {mrn(1)}        DOB: 05/22/1993
Date of procedure: 03/17/2027
Surgeon: Callum R. Oduya, MD (Neurosurgery)
Co-surgeon: Priya Venkataraman-Holt, MD (Radiation Oncology)
Physicist: Edwin Sato-Barlow, PhD, DABR

PROCEDURES:
1. Application of stereotactic head frame (separate note not dictated; included here).
2. Stereotactic radiosurgery, cobalt-60 multi-source unit, volume-staged arteriovenous malformation,
   STAGE 2 OF 2 (posterior-inferior volume).

INDICATION: 33-year-old right-handed woman with a left parieto-occipital AVM (Spetzler-Martin grade III,
nidus 4.1 x 3.2 x 2.9 cm, total nidus volume 14.4 cc) presenting with focal seizures in 2025. Not a
surgical candidate (eloquent cortex). Because of the nidus volume, volume-staged radiosurgery was
recommended. Stage 1 (anterior-superior volume, 7.6 cc) was treated on 11/12/2026 with 17 Gy to the
50% isodose line. She returns for stage 2. Seizures are controlled on lacosamide.

DESCRIPTION: After informed consent, the frame was applied under local anesthesia (lidocaine 1% with
bupivacaine, 20 mL total) with four pins, positioned to center the lesion. Stereotactic MRI (volumetric
T1 post-gadolinium 1 mm, T2, 3D time-of-flight) and stereotactic CT (1 mm) were obtained with the
localizer box, followed by biplanar digital subtraction angiography in the angiography suite with the
angiographic localizer. All images were registered in the planning system. The stage 1 volume was
displayed from the archived plan and the stage 2 nidus (6.8 cc) was outlined on DSA and MRI, with a
1 mm overlap zone at the interface. A marginal dose of 17 Gy was prescribed to the 50% isodose line
using 23 isocenters (4 and 8 mm collimators). 12 Gy volume outside the nidus 9.1 cc. Dr. Venkataraman-Holt
and I reviewed and approved the plan. Treatment was delivered in one session without incident. The frame
was removed and the pin sites dressed. She was discharged home the same day.

PLAN: MRI/MRA at 6 months; angiography at 3 years to assess obliteration of both volumes.

Electronically signed: Callum R. Oduya, MD 03/17/2027 18:02
{FOOT}
"""),
        Doc("2_plan_and_delivery.pdf", [[
            H1("Radiosurgery Plan and Delivery Record"),
            KeyValue([("Treatment unit", "Cobalt-60 multi-source radiosurgery unit, Bay 1"),
                      ("Planning system", "OSPREY-RS 11.2 (invented)"),
                      ("Session", "Volume-staged AVM - Stage 2 of 2 (this session)"),
                      ("Fixation", "Stereotactic head frame, 4 pins, applied 07:05"),
                      ("Target imaging", "Stereo MRI 1 mm, stereo CT 1 mm, biplanar DSA; registration error 0.4 mm")]),
            H2("Staging history"),
            RuledTable([("Stage", "Date", "Volume (cc)", "Marginal dose", "Isodose", "Max dose", "Status"),
                        ("1 (anterior-superior)", "11/12/2026", "7.6", "17 Gy", "50%", "34.0 Gy", "Treated - prior session"),
                        ("2 (posterior-inferior)", "03/17/2027", "6.8", "17 Gy", "50%", "34.0 Gy", "Treated - this session")],
                       widths=(118, 70, 52, 58, 52, 55, 95)),
            H2("Stage 2 plan"),
            KeyValue([("Isocenters", "23 (4 mm x 15, 8 mm x 8)"), ("Coverage", "97.8%"), ("Selectivity / GI", "0.81 / 2.86"),
                      ("Brainstem max", "3.2 Gy"), ("Optic apparatus max", "1.9 Gy"), ("V12 Gy (excl. nidus)", "9.1 cc")]),
            H2("Delivery"),
            RuledTable([("Time", "Event"),
                        ("09:48", "Frame adapter / co-ordinate verification - passed (deviation 0.2 mm)"),
                        ("09:52", "Beam on"),
                        ("11:07", "Treatment complete - 23/23 isocenters, 17 Gy marginal (50% IDL) delivered")]),
            sig("Edwin Sato-Barlow, PhD, DABR, Medical Physicist 03/17/2027"),
            sig("Priya Venkataraman-Holt, MD, Radiation Oncology 03/17/2027"),
        ]], opts=dict(header=banner(_c, "Radiosurgery Center", 1, "05/22/1993"))),
    ])

# e51_02 -- ehr_text: dictated operative report, trigeminal neuralgia, 80 Gy max with one 4 mm shot; 61796 claimed ---
add(name="e51_02", kind="ehr_text", codes=["77371", "77432", "61796", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve (cisternal segment)", "cranial", C, 80, 1)],
    categories=cats(delivery_verification=False),
    notes="Dictated operative report (numbers in words) of radiosurgery for right trigeminal neuralgia: one "
          "4 mm isocenter on the cisternal nerve, eighty gray maximum dose to the 100% isodose, frame, "
          "stereotactic MRI only (CT 'not needed'). Functional target: complex, so the claimed 61796 is wrong "
          "(61798). Earlier microvascular decompression and balloon compression are history. No co-ordinate "
          "check, imaging at the unit or QA is mentioned: delivery verification unmet.",
    docs=[Doc("e51_02.txt", text=f"""
CEDAR HOLLOW MEDICAL CENTER - NEUROSURGERY
OPERATIVE REPORT (DICTATED)                                Job# 55120871   D: 04/08/2027 15:40   T: 04/09/2027 07:12

PATIENT: {patient(2)}     MRN: {mrn(2)}     DOB: 12/03/1951
DATE OF SERVICE: 04/08/2027
SURGEON: Annika Thorvaldsen-Reyes, MD
RADIATION ONCOLOGIST: Marcus Delacroix-Ebert, MD

PREOPERATIVE DIAGNOSIS: Right trigeminal neuralgia, type one, V2-V3 distribution, medically refractory.
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: Stereotactic head frame placement. Stereotactic radiosurgery of the right trigeminal nerve on the
cobalt-60 gamma unit.

HISTORY: This is a seventy-five-year-old gentleman with classic right-sided facial pain who failed
carbamazepine and then oxcarbazepine because of hyponatremia. He had a right microvascular decompression in
two thousand nineteen with about three years of relief, and a percutaneous balloon compression in two
thousand twenty-three. Pain recurred in January and he is now on gabapentin with a BNI score of four. After a
long discussion of repeat surgery versus radiosurgery he chose radiosurgery.

DESCRIPTION OF PROCEDURE: The patient was brought to the radiosurgery suite and the head frame was applied
under local anesthetic with four pins, tilted slightly to bring the nerve parallel to the axial plane.
Stereotactic MRI was then obtained with thin-cut CISS sequences and a post-contrast volumetric T1. A CT was
not needed because the nerve was well seen and there was no distortion. The images were loaded into the
planning system, OSPREY-RS (invented), and the right trigeminal nerve was identified in the prepontine cistern.
A single four millimeter isocenter was placed on the cisternal segment of the nerve approximately seven and a
half millimeters anterior to the root entry zone. A maximum dose of eighty gray was prescribed to the one
hundred percent isodose line. The brainstem surface was kept at the twenty percent isodose line, which was
sixteen gray, and the brainstem point maximum was fifteen point six gray. Dr. Delacroix-Ebert and I reviewed
the plan and agreed on it.

The patient was positioned on the couch and the treatment was carried out in a single session with a beam-on
time of fifty-eight minutes. He tolerated it well. He received the full eighty gray maximum dose to the right
trigeminal nerve as planned. The frame was removed, the pin sites were cleaned and dressed, and there was no
bleeding. He received dexamethasone four milligrams IV once.

DISPOSITION: Discharged home with his wife. Continue gabapentin unchanged for now; we will taper once he is
pain free. Follow-up in clinic in six weeks and by telephone at two weeks. He knows facial numbness can occur
and that relief may take several weeks.

Annika Thorvaldsen-Reyes, MD
Electronically signed 04/09/2027 11:26
{FOOT}
""")])

# e51_03 -- scan: essential-tremor thalamotomy record, left VIM, 130 Gy, frame (scanned, skewed) ---------------------
_c = "RIDGELINE REGIONAL RADIOSURGERY CENTER"
add(name="e51_03", kind="scan", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left ventral intermediate (VIM) thalamus", "cranial", C, 130, 1)],
    categories=cats(),
    notes="Scanned (165 dpi, slightly skewed, speckled) radiosurgery treatment-record form: functional "
          "thalamotomy of the left VIM for medication-refractory essential tremor of the dominant right hand, "
          "one 4 mm shot, 130 Gy maximum dose at the 100% isodose, frame, stereotactic MRI + CT, co-ordinate "
          "check and second-physicist check. Functional target: complex. A right-side procedure is 'to be "
          "considered in 12 months' (not this course).",
    docs=[Doc("e51_03.pdf", [[
        H1("RADIOSURGERY TREATMENT RECORD - FUNCTIONAL"),
        KeyValue([("Patient", patient(3)), ("MRN", mrn(3)), ("Date of treatment", "02/24/2027"),
                  ("Indication", "Essential tremor, right hand (dominant), refractory to propranolol and primidone; not a candidate for DBS (anticoagulated, age 81)"),
                  ("Procedure", "Stereotactic radiosurgical thalamotomy (functional lesion)"),
                  ("Target", "Left ventral intermediate nucleus (VIM) of the thalamus; indirect coordinates with MRI refinement"),
                  ("Frame", "Stereotactic head frame applied 06:55, 4 pins, local anesthetic"),
                  ("Imaging", "Stereotactic MRI 1 mm (T1 volumetric, T2 / inversion recovery) and stereotactic CT 1 mm, fused"),
                  ("Collimator / shots", "4 mm, single isocenter"),
                  ("Prescription", "Maximum dose 130 Gy to the 100% isodose line, single session"),
                  ("Planning system", "OSPREY-RS 11.2 (invented)"),
                  ("Internal capsule", "< 15 Gy at 2 mm from the isocenter")], value_x=150),
        RuledTable([("Check", "Result", "Initials"),
                    ("Second physicist plan check (independent calculation)", "Agree within 1.1%", "JLK"),
                    ("Frame co-ordinate verification at unit", "Pass, 0.3 mm", "JLK / MD"),
                    ("Beam on / off", "08:41 / 09:44", "RTT"),
                    ("Dose delivered", "130 Gy max, 1 isocenter - complete", "MD")]),
        P("Frame removed 10:05; no pin-site bleeding. Tremor rating (TETRAS) today 3 on the right hand. Right-sided (contralateral) "
          "procedure to be considered in 12 months if indicated. Follow-up MRI at 6 and 12 months."),
        sig("Dominic Achterberg-Silva, MD, Neurosurgery 02/24/2027"),
        sig("Josephine L. Kwarteng, MS, DABR, Medical Physicist 02/24/2027"),
    ]], opts=dict(header=banner(_c, "Functional Radiosurgery", 3, "07/30/1945"), scan=True, scan_dpi=165,
                  scan_skew=0.7, scan_noise=7.0))])

# e51_04 -- pdf: pituitary adenoma 2 mm from the chiasm, cobalt-60 unit with a mask, 25 Gy in 5; single-session codes claimed
_c = "ST. ANSELM CANCER PAVILION"
add(name="e51_04", kind="pdf", codes=["77371", "77432", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 5, ["MRI"], ["mask"]),
    lesions=[L("residual non-functioning pituitary macroadenoma (right cavernous sinus)", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Hypofractionated radiosurgery on a mask-capable cobalt-60 unit: residual non-functioning pituitary "
          "macroadenoma in the right cavernous sinus, 2 mm from the optic chiasm, 25 Gy in 5 fractions to the "
          "50% isodose, thermoplastic mask with nose-marker motion monitoring and cone-beam CT each day; planning "
          "MRI only (stereotactic reference from CBCT, no planning CT). Complex (pituitary, cavernous sinus, "
          "< 5 mm from the chiasm). The claimed single-session 77371/77432 are wrong for 5 fractions.",
    docs=[Doc("e51_04.pdf", [[
        H1("Fractionated Radiosurgery - Treatment Record"),
        KeyValue([("Patient", f"{patient(4)}  ({mrn(4)})"), ("Physician", "Renata Vasquez-Oyelaran, MD"),
                  ("Diagnosis", "Non-functioning pituitary macroadenoma, residual after transsphenoidal resection 09/2026 (D35.2)"),
                  ("Target", "Residual tumor, right cavernous sinus, 1.9 x 1.4 x 1.2 cm; 2 mm from the optic chiasm"),
                  ("Unit", "Cobalt-60 multi-source radiosurgery unit with on-board cone-beam CT and infrared nose-marker monitoring"),
                  ("Immobilization", "Thermoplastic mask (frameless), nose marker; motion threshold 1.5 mm"),
                  ("Planning imaging", "MRI 1 mm T1 post-gadolinium (pituitary protocol) 02/08/2027, registered to the reference CBCT; no planning CT"),
                  ("Prescription", "25 Gy in 5 fractions (5 Gy/fx) to the 50% isodose, 14 isocenters, OSPREY-RS 11.2 (invented)"),
                  ("Constraints", "Optic chiasm Dmax 22.1 Gy / 5 fx (limit 25 Gy); optic nerves 19.4 Gy; brainstem 12.8 Gy")]),
        RuledTable([("Fx", "Date", "CBCT shift (mm)", "Max motion (mm)", "Pauses", "Dose (Gy)", "Cum. (Gy)", "Therapist"),
                    ("1", "02/15/2027", "0.6", "0.9", "0", "5.0", "5.0", "KB"),
                    ("2", "02/16/2027", "0.4", "1.6", "1", "5.0", "10.0", "KB"),
                    ("3", "02/17/2027", "0.5", "0.7", "0", "5.0", "15.0", "TW"),
                    ("4", "02/18/2027", "0.3", "0.8", "0", "5.0", "20.0", "TW"),
                    ("5", "02/19/2027", "0.5", "1.1", "0", "5.0", "25.0", "KB")]),
        P("Fx 2: one automatic pause (motion 1.6 mm), re-imaged with CBCT, resumed. Course completed as prescribed: 25 Gy in 5 "
          "fractions to the residual adenoma. Visual fields and pituitary function at 6 months."),
        sig("Renata Vasquez-Oyelaran, MD, Radiation Oncology 02/19/2027"),
        sig("Tobias Lindgren, MS, DABR, Physics 02/19/2027"),
    ]], opts=dict(header=banner(_c, "Gamma Unit", 4, "01/17/1962")))])

# e51_05 -- pdf (two columns): NF2, two vestibular schwannomas and a meningioma in one linac session; 61800 with a mask
_c = "TAMARACK POINT RADIATION ONCOLOGY"
add(name="e51_05", kind="pdf", codes=["77372", "77432", "61798", "61799", "61797", "61800"],
    facts=F("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left vestibular schwannoma", "cranial", C, 12, 1), L("right vestibular schwannoma", "cranial", C, 12, 1),
             L("right frontal convexity meningioma", "cranial", S, 14, 1)],
    categories=cats(),
    notes="One two-column page (history, imaging, technique | target table, delivery, signatures): neurofibromatosis "
          "type 2, bilateral vestibular schwannomas (complex by type) and a 1.8 cm frontal convexity meningioma "
          "(simple) in one session on a gantry linac, open-face mask, CT + MRI, CBCT. A 6 mm tentorial meningioma "
          "is observed, not treated: three lesions. 61798 + 61799 + 61797 fit; 61800 is wrong (mask, no frame).",
    docs=[Doc("e51_05.pdf", [[
        H1("SRS Treatment Summary"),
        H2("Patient and history"),
        P(f"{patient(5)}, MRN {mrn(5)}, 29-year-old woman with neurofibromatosis type 2. Left vestibular schwannoma "
          "2.2 cm (Koos III) growing 3 mm/yr; right vestibular schwannoma 1.4 cm, serviceable hearing on the right only. "
          "Right frontal convexity meningioma 1.8 cm, enlarging. Small left tentorial meningioma 6 mm, stable since 2024: "
          "observe. Multidisciplinary skull base board 01/14/2027 recommended single-session SRS to three targets."),
        H2("Imaging and immobilization"),
        P("Open-face thermoplastic SRS mask with surface monitoring. CT simulation 1 mm 01/21/2027; MRI 3 T, 3D T1 "
          "post-contrast and CISS 0.7 mm 01/20/2027, fused (rigid)."),
        H2("Technique"),
        P("6 MV FFF gantry linac, 2.5 mm MLC, 6DoF couch. CANYONLARK TPS 4.1 (invented). Three isocenters, 11 "
          "non-coplanar dynamic conformal arcs in total. Each prescription to the PTV (GTV + 0 mm for schwannomas, "
          "+ 1 mm for the meningioma) at the 80% isodose."),
        P("Cochlear mean dose: left 3.8 Gy, right 3.1 Gy. Brainstem D0.03cc 11.9 Gy."),
        ColumnBreak(),
        H2("Targets"),
        RuledTable([("Target", "Size", "Rx", "IDL", "Cov."),
                    ("L VS", "2.2 cm", "12 Gy", "80%", "98%"),
                    ("R VS", "1.4 cm", "12 Gy", "80%", "99%"),
                    ("R frontal meningioma", "1.8 cm", "14 Gy", "80%", "98%")],
                   widths=(80, 44, 42, 34, 38)),
        H2("Delivery 01/28/2027"),
        P("Single fraction. CBCT before each isocenter, shifts under 1 mm and 0.5 deg applied and approved by the "
          "physician. Physics pre-treatment QA (portal dosimetry) 01/26/2027: gamma 2%/1 mm pass rate 99.1%."),
        P("Delivered: L VS 12 Gy, R VS 12 Gy, R frontal meningioma 14 Gy, all in one session. Tentorial meningioma not treated."),
        P("Tolerated well. Audiogram and MRI at 6 months."),
        sig("Helena Marsh-Quigley, MD 01/28/2027"),
        sig("Arjun Petrosyan, PhD, DABR 01/28/2027"),
    ]], opts=dict(header=banner(_c, "Stereotactic Program", 5, "10/09/1997"), two_columns=True))])

# e51_06 -- ehr_text: dictated completion note, juxtapapillary choroidal melanoma, 5 x 10 Gy on a linac ----------------
add(name="e51_06", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left juxtapapillary choroidal melanoma", "cranial", C, 50, 5)],
    categories=cats(),
    contradiction="The treatment line at the top says 45 Gy in 5 fractions, while the dictated prescription and the account of the five treatments give fifty gray in five fractions of ten gray.",
    notes="Dictated completion note (numbers in words) from an ocular oncology service: left juxtapapillary "
          "choroidal melanoma 1.5 mm from the optic disc, fifty gray in five fractions of ten gray on "
          "consecutive days on a gantry linac, thermoplastic mask with an LED fixation light and eye camera, "
          "planning CT + orbital MRI (the B-scan ultrasound and fundus photographs are diagnostic), CBCT each "
          "day. An orbital target is labelled cranial; complex by location (within 5 mm of the optic nerve). The "
          "typed treatment line under the diagnosis says 45 Gy / 5 fx (contradiction; gold follows the dictated "
          "account of the delivery: 50 Gy).",
    docs=[Doc("e51_06.txt", text=f"""
WRENFIELD EYE AND CANCER INSTITUTE - RADIATION ONCOLOGY
Completion of Treatment Note (dictated)          Dictated 05/14/2027   Transcribed 05/15/2027 by MQ

Patient: {patient(6)}   MRN {mrn(6)}   DOB 03/03/1959
Referring: Dr. Isolde Farrant-Mbeki, Ocular Oncology

Diagnosis: Choroidal melanoma, left eye, juxtapapillary (C69.32), medium size, COMS category medium.
Treatment: fractionated stereotactic radiotherapy, left eye, 45 Gy / 5 fx, completed 05/14/2027.

Ms. Fiftyonepatient is a sixty-eight-year-old woman with a left choroidal melanoma whose posterior margin lies
one and a half millimeters from the temporal edge of the optic disc. On B-scan the basal diameter is nine
millimeters and the apical height four point two millimeters. Plaque brachytherapy was felt to be technically
difficult because of the tumor's position against the disc, and proton therapy would have meant travel she
could not manage, so after discussion with Dr. Farrant-Mbeki she chose fractionated stereotactic radiotherapy.

Simulation was done on April thirtieth. She was immobilized in a thermoplastic mask with an opening for the left
eye and fixated on an LED light, with a camera watching the eye; a planning CT with one millimeter slices was
fused with a contrast MRI of the orbits done the same morning. The gross tumor was outlined on the MRI with
help from the fundus photographs, and a two millimeter margin gave the planning target. The prescription was
fifty gray in five fractions of ten gray each to the eighty percent isodose line, using two non-coplanar arcs
on the six MV flattening-filter-free linac. The optic nerve received a maximum of forty-one gray and the
lens a maximum of four gray; she understands the risk to vision.

She was treated on five consecutive days, May tenth through May fourteenth. Each day she had a cone beam CT
before treatment, and the eye camera gated the beam off twice on day three when she blinked and looked away;
it resumed once fixation returned. She completed the full fifty gray in five fractions to the left choroidal
melanoma. She has mild conjunctival irritation only.

Plan: artificial tears, ophthalmology review in four weeks, ultrasound at three months, MRI of the orbits at
six months. Liver surveillance per Dr. Farrant-Mbeki.

Wilhelmina Achebe-Strand, MD, Radiation Oncology
Electronically signed 05/15/2027
{FOOT}
""")])

# e51_07 -- bundle (2 files): glomus jugulare on a robotic-arm linac, 5 x 5 Gy every other day -----------------------
_c = "COPPERMINE SKULL BASE CENTER"
add(name="e51_07", kind="bundle", codes=["G0339", "G0340", "77435", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left glomus jugulare tumor (jugular paraganglioma)", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Skull-base consult (recommends '5 x 5 Gy' on the robotic-arm linac; earlier embolization declined) and "
          "the robotic radiosurgery treatment summary: left glomus jugulare tumour (complex by type) 25 Gy in 5 "
          "fractions to the 80% isodose, Monday-Wednesday-Friday, mask, CT + MRI fused, 6D skull tracking. "
          "G0339 for session 1 and G0340 for sessions 2-5 fit.",
    docs=[
        Doc("1_consult.txt", text=f"""
COPPERMINE SKULL BASE CENTER - Neurotology / Radiation Oncology joint clinic
CONSULTATION                                                        Visit date: 06/02/2027

Patient: {patient(7)}   MRN {mrn(7)}   DOB 08/11/1966   Age 60   Sex F

Reason for visit: left pulsatile tinnitus, left glomus jugulare tumor.

HPI: Two years of left pulsatile tinnitus and mild left conductive hearing loss. MRI IACs 04/2027 and CT temporal
bone show a 3.0 x 2.4 cm enhancing mass centered on the left jugular foramen with salt-and-pepper appearance,
erosion of the jugular plate, extending into the hypotympanum (Fisch C2, Glasscock-Jackson III). Plasma
metanephrines normal. Lower cranial nerves intact; voice and swallow normal.

Assessment: left jugular paraganglioma (D44.7), non-secreting. Surgery would risk cranial nerves IX-XII.
Options reviewed: observation, resection with preoperative embolization, radiosurgery. She declines surgery and
embolization.

Recommendation: stereotactic radiosurgery on the robotic-arm linac, hypofractionated 5 x 5 Gy (25 Gy) to limit
dose to the lower cranial nerves and cochlea. Mask and planning CT/MRI to be scheduled.

Signed: Ravi Castellanos-Duffy, MD (Neurotology); Fiona Ekwueme-Lund, MD (Radiation Oncology)
{FOOT}
"""),
        Doc("2_treatment_summary.pdf", [[
            H1("Robotic Radiosurgery - Treatment Summary"),
            KeyValue([("Patient", f"{patient(7)}   {mrn(7)}"),
                      ("Unit", "Robotic-arm mounted 6 MV linac, orthogonal kV imaging"),
                      ("Immobilization", "Thermoplastic head mask on head rest"),
                      ("Planning imaging", "CT 1 mm with contrast 06/10/2027; MRI T1 post-gad + T2 FIESTA 06/09/2027; fused"),
                      ("Target", "GTV = left jugular foramen paraganglioma, 8.7 cc; PTV = GTV + 1 mm, 10.3 cc"),
                      ("Prescription", "2500 cGy in 5 fractions (500 cGy/fx) to the 80% isodose; coverage 96.4%"),
                      ("Plan", "WILLOWMERE-PLAN 3 (invented): 171 non-isocentric beams, fixed cones 10 and 15 mm"),
                      ("OAR", "Cochlea Dmean 6.9 Gy; brainstem D0.03cc 19.2 Gy; spinal cord 8.1 Gy"),
                      ("Tracking", "6D skull tracking, image interval 45 s"),
                      ("Patient QA", "Independent dose check and phantom film QA passed 06/14/2027")]),
            RuledTable([("Session", "Date", "Dose (cGy)", "Mean correction", "Status"),
                        ("1", "06/16/2027 (Wed)", "500", "0.5 mm / 0.3 deg", "Delivered"),
                        ("2", "06/18/2027 (Fri)", "500", "0.4 mm / 0.2 deg", "Delivered"),
                        ("3", "06/21/2027 (Mon)", "500", "0.6 mm / 0.4 deg", "Delivered"),
                        ("4", "06/23/2027 (Wed)", "500", "0.3 mm / 0.2 deg", "Delivered"),
                        ("5", "06/25/2027 (Fri)", "500", "0.4 mm / 0.3 deg", "Delivered"),
                        ("Total", "", "2500", "", "Course complete")]),
            P("Left glomus jugulare tumor: 25 Gy in 5 fractions delivered every other weekday as planned. Mild fatigue; no new "
              "cranial neuropathy. MRI at 6 months, audiogram at 12 months."),
            sig("Fiona Ekwueme-Lund, MD, Radiation Oncology 06/25/2027"),
        ]], opts=dict(header=banner(_c, "Radiosurgery", 7, "08/11/1966"))),
    ])


# ==================================================================================================
# Spine (sacrum, two levels, simultaneous integrated boost)
# ==================================================================================================

# e51_08 -- pdf: sacral S1-S2 metastasis into the sacral canal, "600 cGy x 5" every other day ---------------------------
_c = "PRAIRIE STAR ONCOLOGY"
add(name="e51_08", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("S1-S2 sacral metastasis with sacral canal extension", "spinal", None, 30, 5)],
    categories=cats(),
    notes="SBRT summary printout for a renal cell metastasis of the S1-S2 sacral bodies extending into the sacral "
          "canal and abutting the thecal sac: spinal (a vertebral lesion touching the dura), 600 cGy x 5 = 3000 "
          "cGy every other day, vacuum cushion, CT + MRI fused, CBCT with 6DoF couch; doses in cGy throughout.",
    docs=[Doc("e51_08.pdf", [[
        H1("SBRT Treatment Summary - Sacrum"),
        KeyValue([("Patient", patient(8)), ("MRN", mrn(8)), ("Attending", "Beatrix Holloway-Nakamura, MD"),
                  ("Diagnosis", "Metastatic clear cell renal carcinoma; painful S1-S2 metastasis (C79.51)"),
                  ("Target", "S1-S2 vertebral bodies and left ala, epidural extension into the sacral canal abutting the thecal sac (Bilsky 1b)"),
                  ("Prescription", "600 cGy x 5 = 3000 cGy to PTV, every other day"),
                  ("Technique", "2 VMAT arcs, 6 MV FFF, planning system BRIARWOOD 8 (invented), D90% >= Rx"),
                  ("Immobilization", "Full-body vacuum cushion, knee and foot rests"),
                  ("Imaging", "CT simulation 1.25 mm 07/06/2027; MRI L-S spine T1/T2/STIR 07/02/2027, fused"),
                  ("OAR", "Thecal sac / cauda equina Dmax 2480 cGy; rectum D1cc 2150 cGy; bowel Dmax 2390 cGy")]),
        RuledTable([("Fx", "Date", "Rx (cGy)", "Delivered (cGy)", "Cumulative (cGy)", "IGRT", "By"),
                    ("1", "07/12/2027", "600", "600", "600", "CBCT + 6DoF", "AL/JR"),
                    ("2", "07/14/2027", "600", "600", "1200", "CBCT + 6DoF", "AL/JR"),
                    ("3", "07/16/2027", "600", "600", "1800", "CBCT + 6DoF", "AL/MT"),
                    ("4", "07/19/2027", "600", "600", "2400", "CBCT + 6DoF", "JR/MT"),
                    ("5", "07/21/2027", "600", "600", "3000", "CBCT + 6DoF", "AL/JR")]),
        P("Physics: patient-specific QA (cylindrical diode array) 07/09/2027, gamma 3%/2 mm 99.6%. Second check calculation agreed."),
        P("Course complete 07/21/2027: 3000 cGy in 5 fractions to the S1-S2 sacral metastasis. Pain 7/10 -> 3/10."),
        sig("Beatrix Holloway-Nakamura, MD 07/21/2027"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 8, "02/14/1958")))])

# e51_09 -- scan: two spinal levels (T4 and L2) on a robotic-arm linac, twice weekly, CT myelogram (MRI contraindicated)
_c = "NORTHFORK METHODIST CANCER INSTITUTE"
add(name="e51_09", kind="scan", codes=["G0339", "G0340", "77435", "63620", "63621"],
    facts=F("robotic_linac", ["spinal"], 2, 3, ["CT"], ["body_immobilization"]),
    lesions=[L("T4 vertebral metastasis", "spinal", None, 27, 3), L("L2 vertebral metastasis", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Scanned (150 dpi) robotic spine radiosurgery record: T4 and L2 metastases (breast), each '9 Gy x 3', "
          "twice weekly (Tue/Fri), fiducial-free spine tracking, vacuum cushion. MRI contraindicated (non-conditional "
          "pacemaker): planning CT and CT myelogram only, so imaging is CT. Two spinal lesions: 63620 + 63621.",
    docs=[Doc("e51_09.pdf", [[
        H1("SPINE RADIOSURGERY - TREATMENT RECORD"),
        KeyValue([("Patient / MRN", f"{patient(9)} / {mrn(9)}"),
                  ("Diagnosis", "ER+ breast cancer, oligoprogressive osseous metastases T4 and L2"),
                  ("Unit", "Robotic-arm mounted 6 MV linac; fiducial-free spine tracking"),
                  ("Immobilization", "Vacuum cushion, arms at sides"),
                  ("Imaging", "MRI contraindicated (non-MR-conditional pacemaker). Planning CT 1 mm 04/01/2027 and CT myelogram 04/01/2027"),
                  ("Rx", "T4: 9 Gy x 3 = 27 Gy (80% IDL)   L2: 9 Gy x 3 = 27 Gy (79% IDL)"),
                  ("Plan", "WILLOWMERE-PLAN 3 (invented); T4 158 beams, L2 142 beams; cord Dmax 17.9 Gy / 3 fx"),
                  ("Schedule", "Twice weekly (Tue/Fri)")]),
        RuledTable([("Fx", "Date", "T4 (Gy)", "L2 (Gy)", "Tracking (mean)", "Sign"),
                    ("1", "04/06/2027", "9", "9", "0.4 mm", "DW / CP"),
                    ("2", "04/09/2027", "9", "9", "0.6 mm", "DW / CP"),
                    ("3", "04/13/2027", "9", "9", "0.5 mm", "CP / SN")]),
        P("Both levels completed, 27 Gy in 3 fractions each. Cardiology device check before and after each fraction: normal."),
        sig("Gideon Ashworth-Mensah, MD, Radiation Oncology 04/13/2027"),
    ]], opts=dict(header=banner(_c, "Robotic Suite 2", 9, "11/19/1971"), scan=True, scan_dpi=150, scan_skew=-0.5,
                  scan_noise=9.0))])

# e51_10 -- ehr_text: dictated spine SBRT with a simultaneous integrated boost, L3, 35/25 Gy in 5; 63621 claimed ------
add(name="e51_10", kind="ehr_text", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L3 vertebral metastasis (SIB: 35 Gy GTV / 25 Gy vertebral CTV)", "spinal", None, 35, 5)],
    categories=cats(),
    notes="Dictated SBRT summary (numbers in words): L3 metastasis with a simultaneous integrated boost, thirty-five "
          "gray to the gross tumour and twenty-five gray to the rest of the vertebral body in the same five "
          "fractions: one target with two dose levels, one lesion (dose labelled with the boost). An L1 fracture "
          "treated by kyphoplasty was not irradiated. The claimed 63621 is wrong (one spinal lesion).",
    docs=[Doc("e51_10.txt", text=f"""
GREYSTONE VALLEY ONCOLOGY ASSOCIATES
RADIATION ONCOLOGY - SBRT SUMMARY (voice dictation)
Patient: {patient(10)}    MRN: {mrn(10)}    DOB 06/30/1955
Dictating physician: Leontyne Pakalnis-Hurd, MD        Date: 08/27/2027

This is a seventy-two-year-old man with metastatic prostate cancer on androgen deprivation who developed
mechanical and night pain in the low back. MRI of the lumbar spine on August third showed a metastasis in the
L3 vertebral body and right pedicle without epidural compression, Bilsky grade zero, and an L1 compression
fracture that is not tumor related. Doctor Ferreira did a kyphoplasty at L1 on August ninth; L1 was not a target.

He was simulated on August sixteenth in a full-length vacuum bag with his arms on his chest. The planning CT
with one point two five millimeter slices was fused with the August third MRI. The gross tumor was contoured in
L3 and the clinical target was the whole L3 body and the right pedicle per consensus guidelines. We used a
simultaneous integrated boost: thirty-five gray in five fractions to the gross tumor and twenty-five gray in
five fractions to the rest of the clinical target, seven gray and five gray per fraction respectively, planned
with two VMAT arcs in the planning system, LANTERNFISH 5 (invented). The cord was held to twenty-two point two
gray maximum and the cauda equina to twenty-five point eight.

Treatment ran from August twentieth through August twenty-sixth, Monday to Friday with the weekend off, five
fractions, each after cone beam CT with six-degree couch correction approved by me or Doctor Osei at the
console. He received the full thirty-five gray boost and twenty-five gray elective dose in five fractions to
L3. Pain is down from eight to four. Follow-up MRI in three months; PSA with Doctor Lindahl.

Leontyne Pakalnis-Hurd, MD
Electronically signed 08/27/2027 17:15
{FOOT}
""")])


# ==================================================================================================
# Body: pancreas, kidney, adrenal, liver, lung, bones / soft tissue, head and neck
# ==================================================================================================

# e51_11 -- pdf: pancreas SBRT with a simultaneous integrated boost, doses in cGy ----------------------------------------
_c = "MERIDIAN HILLS UNIVERSITY HOSPITAL"
add(name="e51_11", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("pancreatic head adenocarcinoma (PTV_3300 boost / PTV_2500)", "body", None, 33, 5)],
    categories=cats(),
    notes="Pancreas SBRT summary in cGy: borderline-resectable pancreatic head adenocarcinoma, 3300 cGy in 5 "
          "(660 cGy/fx) to the tumour-vessel interface as a simultaneous integrated boost and 2500 cGy to the "
          "whole PTV in the same fractions: one lesion. Three EUS-placed gold fiducials, vacuum cushion with "
          "abdominal compression, 4DCT with contrast + MRI. Daily CBCT matched to the fiducials.",
    docs=[Doc("e51_11.pdf", [[
        H1("Stereotactic Body Radiation Therapy - Pancreas"),
        KeyValue([("Patient", f"{patient(11)}"), ("MRN", mrn(11)), ("Radiation oncologist", "Oluwadamilare Fenwick-Soto, MD"),
                  ("Diagnosis", "Borderline resectable adenocarcinoma of the pancreatic head (C25.0), after 4 months mFOLFIRINOX"),
                  ("Fiducials", "3 gold fiducials placed by EUS 09/02/2027 (Dr. Halvorsen)"),
                  ("Immobilization", "Vacuum cushion, arms up, abdominal compression belt"),
                  ("Simulation", "4DCT with IV contrast 09/09/2027 (1.5 mm); MRI abdomen pancreas protocol 09/08/2027, fused")]),
        H2("Prescription"),
        RuledTable([("Volume", "Dose", "Fractions", "Dose/fx", "Coverage"),
                    ("PTV_3300 (tumor-vessel interface, SIB)", "3300 cGy", "5", "660 cGy", "V3300 >= 90%"),
                    ("PTV_2500 (GTV + 3 mm)", "2500 cGy", "5", "500 cGy", "V2500 >= 95%")]),
        P("Plan: 2 coplanar VMAT arcs, 10 MV FFF, SANDPIPER-TPS 2.6 (invented). Duodenum D1cc 3280 cGy (< 3500), stomach "
          "D1cc 2940 cGy, small bowel Dmax 3210 cGy, kidneys mean 410 cGy."),
        H2("Treatment record"),
        RuledTable([("Fx", "Date", "PTV_3300 (cGy)", "PTV_2500 (cGy)", "CBCT match", "Status"),
                    ("1", "09/20/2027", "660", "500", "fiducials + duodenum", "Tx"),
                    ("2", "09/21/2027", "660", "500", "fiducials + duodenum", "Tx"),
                    ("3", "09/22/2027", "660", "500", "fiducials + duodenum", "Tx"),
                    ("4", "09/23/2027", "660", "500", "fiducials + duodenum", "Tx"),
                    ("5", "09/24/2027", "660", "500", "fiducials + duodenum", "Tx"),
                    ("Total", "", "3300", "2500", "", "Complete")]),
        P("Summary: 3300 cGy / 2500 cGy SIB in 5 fractions delivered to the pancreatic head tumor 09/20-09/24/2027. Grade 1 nausea. "
          "Restaging CT and surgical review in 4 weeks."),
        sig("Oluwadamilare Fenwick-Soto, MD 09/24/2027"),
        sig("Ines Vandermolen, MS, DABR 09/24/2027"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 11, "04/04/1960")))])

# e51_12 -- ehr_text: INI-style export, kidney RCC single fraction 2600 cGy on a robotic-arm linac; 77372 claimed ------
add(name="e51_12", kind="ehr_text", codes=["G0339", "77372", "77435"],
    facts=F("robotic_linac", ["body"], 1, 1, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("left kidney lower pole renal cell carcinoma", "body", None, 26, 1)],
    categories=cats(),
    notes="Sectioned record-system export ([SECTION] / key = value, ISO dates): primary left renal cell carcinoma "
          "3.8 cm, inoperable, 2600 cGy x 1 on a robotic-arm linac with four percutaneous gold fiducials and "
          "respiratory-correlated fiducial tracking, vacuum cushion, contrast CT + MRI. A single-fraction body "
          "course: G0339 and 77435 fit; 77372 (single-session cranial) is wrong.",
    docs=[Doc("e51_12.txt", text=f"""
# Export: TERRAPIN-OIS 6.3 (invented) | course summary | generated 2027-10-19T16:02:44
[PATIENT]
name = {patient(12)}
mrn = {mrn(12)}
dob = 1949-09-09
sex = M

[DIAGNOSIS]
icd10 = C64.2
text = Left renal cell carcinoma, clear cell (core biopsy 2027-08-03), lower pole, 3.8 cm, cT1a N0 M0
comorbidity = CKD stage 3b, COPD on home oxygen; declined by urology for partial nephrectomy and cryoablation (ASA 4)
ecog = 2

[COURSE]
course_id = C1
intent = curative
technique = SABR (single fraction)
unit = robotic-arm mounted 6 MV linac
status = COMPLETED

[SIMULATION]
immobilization = vacuum cushion, arms on chest
fiducials = 4 gold fiducials, CT-guided percutaneous placement 2027-09-28 (IR)
planning_ct = 2027-10-05, 1 mm, exhale, IV contrast split bolus
mri = 2027-10-04, abdomen T1 post-contrast + DWI, registered to planning CT

[PLAN]
plan_name = LKID_SABR_v1
planning_system = WILLOWMERE-PLAN 3 (invented)
target = GTV_LKid (3.8 cm), PTV = GTV + 3 mm, 34.6 cc
prescription = 2600 cGy x 1 to 78% isodose
coverage = 95.2%
beams = 196 non-isocentric, variable aperture collimator
oar = bowel Dmax 1540 cGy; duodenum Dmax 1210 cGy; spinal cord Dmax 740 cGy; right kidney Dmean 210 cGy
qa = independent MU check pass; film QA gamma 2%/2mm 97.8% (2027-10-11)
approved_by = Tomasz Whitford-Adeyemi, MD 2027-10-11

[TREATMENT]
fx_1 = 2027-10-19 | 2600 cGy | tracking: fiducial + respiratory model, correlation error 1.6 mm | delivered
total_delivered = 2600 cGy in 1 fraction to the left kidney RCC

[SIGNATURES]
physician = Tomasz Whitford-Adeyemi, MD (e-signed 2027-10-19T15:58)
physicist = Galina Obuya-Strand, MS, DABR (e-signed 2027-10-19T15:31)
{FOOT}
""")])

# e51_13 -- bundle (2 files): adrenal on an MR-linac twice weekly, plus a separate 8 Gy x 1 to the femur ---------------
_c = "LAKESHORE BASIN CANCER CENTER"
add(name="e51_13", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("left adrenal metastasis", "body", None, 40, 5)],
    categories=cats(),
    notes="MR-linac adaptive record (5 x 8 Gy to a left adrenal NSCLC metastasis, Mondays and Thursdays, "
          "adapt-to-shape each fraction, cine MR gating, MR-compatible vacuum cushion, planning CT + MRI) and "
          "weekly on-treatment notes. The notes also record a palliative 8 Gy x 1 to the right proximal femur "
          "on a conventional linac (APPA, separate course, not stereotactic): not a lesion of this course.",
    docs=[
        Doc("1_adaptive_record.pdf", [[
            H1("MR-Linac Adaptive SBRT Record"),
            KeyValue([("Patient", f"{patient(13)}, {mrn(13)}"), ("Unit", "1.5 T MR-linac (7 MV FFF)"),
                      ("Target", "Left adrenal metastasis, NSCLC (adenocarcinoma), 2.9 cm, oligoprogression on osimertinib"),
                      ("Prescription", "5 x 8 Gy = 40 Gy to PTV (GTV + 3 mm), twice weekly"),
                      ("Simulation", "CT 2 mm 10/28/2027 (electron density); MRI sim on the MR-linac 10/28/2027 (3D T2, cine)"),
                      ("Immobilization", "MR-compatible vacuum cushion, arms up, knee wedge"),
                      ("Planning system", "MARSHWREN-ADAPT 2 (invented), step-and-shoot IMRT, 11 beams"),
                      ("Motion management", "Cine MR gating on GTV, boundary 3 mm, 95% in-boundary threshold")]),
            RuledTable([("Fx", "Date", "Workflow", "Stomach D0.5cc", "GTV in gate", "Dose (Gy)", "Physician"),
                        ("1", "11/01/2027", "Adapt to shape", "30.8 Gy*", "97%", "8", "RM"),
                        ("2", "11/04/2027", "Adapt to shape", "31.9 Gy*", "96%", "8", "RM"),
                        ("3", "11/08/2027", "Adapt to position", "29.4 Gy*", "98%", "8", "SK"),
                        ("4", "11/11/2027", "Adapt to shape", "31.2 Gy*", "95%", "8", "RM"),
                        ("5", "11/15/2027", "Adapt to shape", "30.1 Gy*", "97%", "8", "SK")]),
            P("* projected whole-course value on the adapted plan (limit 32 Gy). Online adapted plan checked each fraction with "
              "an independent MU calculation before delivery."),
            P("Course complete 11/15/2027: left adrenal 40 Gy in 5 fractions."),
            sig("Rosamund Mbatha-Kirkland, MD 11/15/2027"),
        ]], opts=dict(header=banner(_c, "MR-Linac", 13, "06/06/1964"))),
        Doc("2_on_treatment_notes.txt", text=f"""
LAKESHORE BASIN CANCER CENTER - Radiation Oncology - On-Treatment Visit (OTV) notes
{patient(13)}   {mrn(13)}

OTV 11/04/2027 (after fx 2 of 5, left adrenal SBRT on MR-linac)
S: Mild nausea day of treatment. New aching right thigh pain x 1 week, worse on weight bearing, 6/10.
O: ECOG 1. Tender proximal right femur. X-ray 11/03: lytic lesion right intertrochanteric region, Mirels 8.
A/P: Continue adrenal SBRT as planned. Right proximal femur: ortho says no fixation needed now. Palliative
RT 8 Gy in a single fraction, conventional APPA on Linac 2 - separate course, not stereotactic. Booked
11/05/2027. Ondansetron 8 mg before fx.
R. Mbatha-Kirkland, MD

OTV 11/11/2027 (after fx 4 of 5)
S: Thigh pain better (3/10) since the single 8 Gy fraction to the right femur on 11/05. Nausea controlled.
O: Weight stable. Gait normal.
A/P: Adrenal SBRT fx 5 on 11/15. Restaging PET-CT at 3 months. Continue osimertinib.
S. Kowalczyk-Ibe, MD
{FOOT}
"""),
    ])

# e51_14 -- bundle (3 files): liver, three metastases, every other day; the letter gives all three 35 Gy (contradiction)
_c = "SILVERBIRCH REGIONAL CANCER CENTER"
add(name="e51_14", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 3, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment VII metastasis", "body", None, 35, 5), L("liver segment VIII metastasis", "body", None, 35, 5),
             L("liver segment II metastasis", "body", None, 40, 5)],
    categories=cats(),
    contradiction="The letter to the medical oncologist says each of the three liver metastases received 35 Gy in 5 fractions, while the prescription and the treatment record give the segment II lesion 40 Gy (8 Gy per fraction).",
    notes="Liver SBRT to three colorectal metastases every other day: prescription printout ('7Gy/fx to 35Gy' for "
          "segments VII and VIII, '8Gy/fx to 40Gy' for segment II), text treatment record with per-target columns, "
          "and a letter that gives all three 35 Gy. A segment VI lesion was ablated (microwave) in 2026: history, "
          "not a target. Fiducials + abdominal compression, 4DCT + hepatobiliary-phase MRI, CBCT on fiducials.",
    docs=[
        Doc("1_prescription.pdf", [[
            H1("SBRT Prescription - Liver (3 targets)"),
            KeyValue([("Patient", f"{patient(14)}  MRN {mrn(14)}  DOB 12/12/1957"),
                      ("Diagnosis", "Metastatic rectal adenocarcinoma, liver-only oligometastases (C78.7)"),
                      ("Prior liver therapy", "Segment VI metastasis microwave-ablated 06/2026, no residual"),
                      ("Fiducials", "2 gold seeds near segment VII/VIII, 1 near segment II, placed 11/29/2027"),
                      ("Immobilization", "Vacuum cushion, abdominal compression plate"),
                      ("Imaging", "4DCT 1.5 mm 12/03/2027; MRI liver with hepatobiliary agent 12/01/2027, deformably registered"),
                      ("Schedule", "Every other day (M/W/F), 5 fractions")]),
            RuledTable([("Target", "Size", "Dose", "Isodose", "Arcs"),
                        ("PTV_SegVII", "2.1 cm", "7Gy/fx to 35Gy", "80%", "2 VMAT (iso 1)"),
                        ("PTV_SegVIII", "1.6 cm", "7Gy/fx to 35Gy", "80%", "2 VMAT (iso 1)"),
                        ("PTV_SegII", "2.8 cm", "8Gy/fx to 40Gy", "80%", "2 VMAT (iso 2)")]),
            P("Liver minus GTVs: 700 cc < 15 Gy (met, 1012 cc). Duodenum D0.5cc 21.3 Gy; stomach D0.5cc 24.6 Gy. Planning system "
              "CORMORANT 12 (invented)."),
            sig("Yusuf Ballantyne-Oke, MD, Radiation Oncology 12/06/2027"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 14, "12/12/1957"))),
        Doc("2_treatment_record.txt", text=f"""
SILVERBIRCH REGIONAL CANCER CENTER   LINAC 3   TREATMENT RECORD   {patient(14)}   {mrn(14)}
Course: LIVER SBRT   Plans: LIV_ISO1 (SegVII + SegVIII), LIV_ISO2 (SegII)

Fx  Date        CBCT (fiducials)   SegVII Gy  SegVIII Gy  SegII Gy   Therapists
1   12/08/2027  matched, 2.4 mm    7.0        7.0         8.0        NB/AH
2   12/10/2027  matched, 1.9 mm    7.0        7.0         8.0        NB/AH
3   12/13/2027  matched, 2.8 mm    7.0        7.0         8.0        AH/TV
4   12/15/2027  matched, 1.6 mm    7.0        7.0         8.0        NB/TV
5   12/17/2027  matched, 2.2 mm    7.0        7.0         8.0        NB/AH
Cum             -                  35.0       35.0        40.0

Completed 12/17/2027. Reviewed: Y. Ballantyne-Oke, MD
{FOOT}
"""),
        Doc("3_letter.txt", text=f"""
SILVERBIRCH REGIONAL CANCER CENTER - Radiation Oncology
December 20, 2027

Hannelore Vickery-Osei, MD
Medical Oncology, Silverbirch Regional

RE: {patient(14)}, DOB 12/12/1957, MRN {mrn(14)}

Dear Dr. Vickery-Osei,

Mr. Fiftyonepatient completed stereotactic body radiation therapy to his three liver metastases on December 17.
Each of the three lesions (segments VII, VIII and II) received 35 Gy in 5 fractions, given every other day with
fiducial-guided cone beam CT. He had mild fatigue and no pain. LFTs on 12/17 were unchanged from baseline.

He may restart maintenance capecitabine as you planned from January 3. I have asked for a liver MRI in
three months and will see him afterwards.

Sincerely,
Yusuf Ballantyne-Oke, MD
{FOOT}
"""),
    ])

# e51_15 -- pdf: two lung nodules, 60 Gy in 8 fractions (central); the template box says 5 fractions (contradiction) ---
_c = "CALUMET RIDGE THORACIC ONCOLOGY"
add(name="e51_15", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 8, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe central nodule", "body", None, 60, 8), L("right lower lobe peripheral nodule", "body", None, 60, 8)],
    categories=cats(),
    contradiction="The course box at the top says 5 fractions, while the narrative and the fraction log give 8 fractions of 7.5 Gy (60 Gy).",
    notes="Narrative end-of-treatment summary: two right-lung nodules (a central RUL lesion within 2 cm of the "
          "bronchial tree and a peripheral RLL lesion) treated in the same eight sessions, 7.5 Gy x 8 = 60 Gy "
          "each (risk-adapted for the central one). A 5 mm LUL ground-glass focus is observed. The template box "
          "says 5 fractions; the fraction log has eight. Over 5 fractions: 77373/77435 do not fit, no delivery code.",
    docs=[Doc("e51_15.pdf", [[
        H1("End of Treatment Summary"),
        KeyValue([("Patient", f"{patient(15)}   MRN {mrn(15)}"), ("Course", "SBRT lung - 1-5 fractions"),
                  ("Fractions", "5"), ("Physician", "Cornelius Abernathy-Wu, MD")]),
        P("Mr. Fiftyonepatient is a 79-year-old former smoker (60 pack-years, FEV1 41%) with two biopsy-negative but PET-avid, "
          "growing right lung nodules treated as synchronous primaries after thoracic tumor board 01/13/2028: a 2.4 cm right "
          "upper lobe nodule abutting the right upper lobe bronchus (within 2 cm of the proximal bronchial tree, central) and a "
          "1.3 cm peripheral right lower lobe nodule. A 5 mm left upper lobe ground-glass focus will be followed on CT."),
        P("PET-CT 01/05/2028 showed SUVmax 6.2 and 3.8 respectively with no nodal uptake. Simulation 01/18/2028 with 4DCT "
          "(10 phases) in a vacuum bag on a wing board, arms up; ITVs from the maximum-intensity projection, PTV = ITV + 5 mm. "
          "Because of the central location, both nodules were treated with the risk-adapted schedule of 60 Gy in 8 fractions "
          "(7.5 Gy per fraction), each with its own isocenter and two VMAT arcs (FERNHOLLOW TPS 7, invented), prescribed so that "
          "95% of each PTV received the prescription."),
        TextTable([("Fx", "Date", "RUL (Gy)", "RLL (Gy)", "CBCT"),
                   ("1", "01/24/2028", "7.5", "7.5", "both isocenters"),
                   ("2", "01/26/2028", "7.5", "7.5", "both isocenters"),
                   ("3", "01/28/2028", "7.5", "7.5", "both isocenters"),
                   ("4", "01/31/2028", "7.5", "7.5", "both isocenters"),
                   ("5", "02/02/2028", "7.5", "7.5", "both isocenters"),
                   ("6", "02/04/2028", "7.5", "7.5", "both isocenters"),
                   ("7", "02/07/2028", "7.5", "7.5", "both isocenters"),
                   ("8", "02/09/2028", "7.5", "7.5", "both isocenters"),
                   ("Total", "", "60.0", "60.0", "")], columns=(0, 40, 130, 210, 290)),
        P("Proximal bronchial tree D0.03cc 58.1 Gy (limit 60 Gy in 8), esophagus Dmax 31.0 Gy, total lung V20 6.8%. Both nodules "
          "received 60 Gy in 8 fractions. Grade 1 cough. CT chest at 3 months."),
        sig("Cornelius Abernathy-Wu, MD 02/09/2028"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 15, "09/27/1948")))])

# e51_16 -- pdf letter: dictated completion letter, oligometastatic RCC - sternum, rib, paraspinal soft tissue; 63620 claimed
_c = "HOLLISTER BAY CANCER CARE"
add(name="e51_16", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["body"], 3, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("manubrium sterni metastasis", "body", None, 35, 5), L("left 9th rib metastasis", "body", None, 35, 5),
             L("left paraspinal soft-tissue metastasis (T10 level, no bone or epidural involvement)", "body", None, 35, 5)],
    categories=cats(plan=False),
    notes="Dictated completion letter to the urologic oncologist (numbers partly in words): oligometastatic renal "
          "cell carcinoma, 5 x 7 Gy twice weekly to the manubrium, the posterior left 9th rib and a left paraspinal "
          "muscle deposit at the T10 level with no bony or epidural involvement (body, not spinal), vacuum bag, "
          "planning CT fused with PET, CBCT each fraction. No isodose, arcs or planning system: plan unmet. "
          "63620 is wrong (no spinal lesion).",
    docs=[Doc("e51_16.pdf", [[
        P("HOLLISTER BAY CANCER CARE - Department of Radiation Oncology"),
        P("March 30, 2028"),
        P("Rajiv Kaur-Whitaker, MD, Urologic Oncology"),
        P(f"RE: {patient(16)}   DOB 01/08/1963   MRN {mrn(16)}"),
        P("Dear Rajiv,"),
        P("I am writing to let you know that Mr. Fiftyonepatient finished his stereotactic body radiation on March twenty-eighth. "
          "As you know, he had a left radical nephrectomy in 2025 for clear cell renal carcinoma, and the February PET-CT showed "
          "three new sites and nothing else: the manubrium of the sternum, the posterior left ninth rib, and a one point nine "
          "centimeter deposit within the left paraspinal (erector spinae) muscle at the level of T10, lying fifteen millimeters "
          "lateral to the lamina with no bony or epidural involvement."),
        P("He was set up in a vacuum bag with his arms above his head, and his planning CT was fused with the PET-CT so that "
          "all three targets could be outlined. Each target was treated to thirty-five gray in five fractions (5 x 7 Gy), given twice "
          "a week from March fourteenth to March twenty-eighth, with a cone beam CT before every fraction. All three "
          "sites received the full thirty-five gray. He had some soreness over the sternum and mild fatigue, nothing more."),
        P("I would suggest continuing the surveillance scans every three months. I am happy to see him again if anything new "
          "appears; he would be a good candidate for further SBRT."),
        P("With best regards,"),
        sig("Augustina Pemberton-Lowe, MD, Radiation Oncology (dictated, signed 03/30/2028)"),
        P("cc: patient; Dr. M. Szabo (primary care)"),
    ]])])

# e51_17 -- bundle (2 files): head-and-neck re-irradiation, 36 Gy in 6 fractions twice weekly -------------------------
_c = "ASHGROVE HEAD AND NECK PROGRAM"
add(name="e51_17", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 6, ["CT", "MRI", "PET"], ["mask"]),
    lesions=[L("left neck level II nodal recurrence", "body", None, 36, 6)],
    categories=cats(),
    notes="Head-and-neck re-irradiation: tumour board note (prior 70 Gy in 35 fractions in 2024, history) and a "
          "treatment summary of stereotactic re-irradiation of a left level II nodal recurrence, 36 Gy in 6 "
          "fractions twice weekly, head-neck-shoulder mask, CT + MRI + PET. Six fractions is beyond the 5-fraction "
          "limit: 77373/77435 do not fit and there is no delivery code.",
    docs=[
        Doc("1_tumor_board.txt", text=f"""
ASHGROVE HEAD AND NECK PROGRAM - Multidisciplinary Tumor Board
Date: 02/09/2028
Patient: {patient(17)}   MRN {mrn(17)}   DOB 10/21/1956

History: p16-negative SCC of the left tonsil, T2N1, treated with chemoradiation 70 Gy in 35 fractions with weekly
cisplatin, completed 05/2024. Now a biopsy-proven left level II nodal recurrence, 2.2 cm, PET-avid (SUV 9.4), no
distant disease. Carotid not encased (contact < 90 degrees). Salvage neck dissection declined by surgery
(fibrosis, prior flap).

Recommendation: stereotactic re-irradiation to the recurrent node, 36 Gy in 6 fractions twice weekly, with
cetuximab discussed. Planning CT with mask, MRI neck and fresh PET fusion.
Recorded by: N. Adeyinka-Rowe, RN, coordinator
{FOOT}
"""),
        Doc("2_treatment_summary.pdf", [[
            H1("Re-irradiation Treatment Summary"),
            KeyValue([("Patient", f"{patient(17)} ({mrn(17)})"), ("Physician", "Sigrun Achterberg-Mwale, MD"),
                      ("Target", "Left neck level II nodal recurrence (rGTV 2.2 cm), PTV = GTV + 2 mm"),
                      ("Prior RT", "70 Gy / 35 fx to the oropharynx and bilateral neck, 2024 (other course)"),
                      ("Immobilization", "5-point thermoplastic head-neck-shoulder mask, custom mouthpiece"),
                      ("Imaging", "Planning CT with contrast 1.5 mm 02/16/2028; MRI neck T1 post-gad 02/15/2028; PET-CT 02/14/2028; all fused"),
                      ("Prescription", "36 Gy in 6 fractions (600 cGy/fx), twice weekly, to the 85% isodose"),
                      ("Technique", "3 non-coplanar VMAT arcs, 6 MV FFF, THISTLEDOWN TPS 5 (invented)"),
                      ("Constraints", "Carotid Dmax 34.1 Gy; cumulative spinal cord EQD2 47.9 Gy; mandible Dmax 30.2 Gy")]),
            RuledTable([("Fx", "Date", "Dose (cGy)", "IGRT", "Notes"),
                        ("1", "02/21/2028", "600", "CBCT", ""),
                        ("2", "02/24/2028", "600", "CBCT", ""),
                        ("3", "02/28/2028", "600", "CBCT", ""),
                        ("4", "03/02/2028", "600", "CBCT", "mild dysphagia"),
                        ("5", "03/06/2028", "600", "CBCT", ""),
                        ("6", "03/09/2028", "600", "CBCT", "course complete")]),
            P("Delivered: 36 Gy in 6 fractions to the left level II recurrence. Grade 1 mucositis, no bleeding. PET-CT at 12 weeks."),
            sig("Sigrun Achterberg-Mwale, MD 03/09/2028"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 17, "10/21/1956"))),
    ])


# ==================================================================================================
# Hard negatives (unlike each other)
# ==================================================================================================

# e51_18 -- ehr_text: dictated epilepsy consultation; radiosurgery offered, surgery chosen -----------------------------
add(name="e51_18", kind="ehr_text", codes=["77371", "77432", "61798", "61800"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: dictated radiation-oncology consultation for right mesial temporal lobe epilepsy. "
          "Radiosurgery (24 Gy to the 50% isodose of the amygdala, hippocampal head and parahippocampal gyrus, "
          "under a frame) is described in detail as an option; the patient chooses anterior temporal lobectomy. "
          "The MRI, video-EEG and PET are diagnostic. Nothing planned or delivered.",
    docs=[Doc("e51_18.txt", text=f"""
RIVERTON UNIVERSITY EPILEPSY CENTER - RADIATION ONCOLOGY CONSULTATION
Dictated by: Ottoline Haverford-Nwosu, MD            Date of visit: 04/19/2028
Patient: {patient(18)}     MRN: {mrn(18)}     DOB: 02/29/1996

Referred by Doctor Alvarez-Lindqvist of the epilepsy surgery program to discuss radiosurgery as an alternative
to open surgery for drug-resistant right mesial temporal lobe epilepsy.

History: thirty-two-year-old right-handed man with focal impaired-awareness seizures since age fourteen, about
six a month despite three drugs (levetiracetam, lacosamide, clobazam). Three tesla MRI shows right hippocampal
sclerosis. Video EEG monitoring in March captured five typical seizures of right temporal onset. FDG PET shows
right temporal hypometabolism. Neuropsychology: verbal memory preserved, non-dominant side. The epilepsy surgery
conference recommended right anterior temporal lobectomy, with radiosurgery or laser ablation as alternatives.

Discussion: I explained that radiosurgery for mesial temporal epilepsy would be done in a single session under a
stereotactic head frame on our cobalt-60 unit, treating the amygdala, the head of the hippocampus and the
anterior parahippocampal gyrus, about six to seven cc, with twenty-four gray to the fifty percent isodose line.
I was clear that seizures do not stop right away, that the benefit typically appears between one and two years,
that there is often a period of swelling with headaches and sometimes a temporary rise in seizures requiring
steroids, and that the published seizure-freedom rate is lower than with open surgery.

Assessment and plan: after a long talk with him and his mother, he prefers the faster and more certain result of
surgery and will proceed with the right anterior temporal lobectomy with Doctor Alvarez-Lindqvist. No
radiosurgery is planned; I have not scheduled a frame or planning imaging. I am happy to see him again if he
changes his mind or if surgery is not possible.

Thank you for this kind referral.

Ottoline Haverford-Nwosu, MD, Radiation Oncology
Electronically signed 04/20/2028
{FOOT}
""")])

# e51_19 -- pdf: diagnostic radiology report, MRI follow-up of a vestibular schwannoma treated in 2022 ------------------
_c = "WESTHAVEN IMAGING ASSOCIATES"
add(name="e51_19", kind="pdf", codes=["77371", "77432", "61798"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a neuroradiology report (MRI brain and IACs) five years after single-session cobalt-60 "
          "radiosurgery of a left vestibular schwannoma (12 Gy, 2022, history only): transient enlargement has "
          "resolved, central loss of enhancement. Diagnostic follow-up imaging, no treatment in this document.",
    docs=[Doc("e51_19.pdf", [[
        H1("Radiology Report"),
        KeyValue([("Patient", patient(19)), ("MRN", mrn(19)), ("DOB", "07/04/1950"),
                  ("Exam", "MRI BRAIN AND INTERNAL AUDITORY CANALS WITH AND WITHOUT CONTRAST"),
                  ("Exam date", "05/03/2028   Accession RAD-77120934"),
                  ("Ordering", "Maximilian Ostrowski-Penn, MD (Neurotology)")]),
        H2("Clinical history"),
        P("Left vestibular schwannoma treated with radiosurgery (cobalt-60 unit, 12 Gy to the 50% isodose, 08/2022). Annual surveillance."),
        H2("Comparison"),
        P("MRI 04/2027, 05/2026, 03/2024 and the 07/2022 pre-treatment study."),
        H2("Technique"),
        P("Axial and coronal T2 CISS through the IACs, axial FLAIR and DWI of the brain, pre- and post-gadolinium 3D T1 (gadobutrol 7.5 mL)."),
        H2("Findings"),
        P("Left cerebellopontine angle / intracanalicular mass now 13 x 9 mm (was 15 x 11 mm in 04/2027 and 12 x 9 mm before "
          "treatment in 2022), with central non-enhancement consistent with treatment effect. No new mass. Right IAC normal. "
          "No hydrocephalus. Minimal T2 signal in the left middle cerebellar peduncle, unchanged. No acute infarct."),
        H2("Impression"),
        BulletList(["Treated left vestibular schwannoma, decreasing after transient post-radiosurgery enlargement; now at its "
                    "pre-treatment size with central necrosis. No evidence of progression.",
                    "Recommend continued annual MRI surveillance."], numbered=True),
        sig("Fenella Castellane-Obi, MD, Neuroradiology 05/03/2028 14:12"),
    ]], opts=dict(header=[f"{_c} - Neuroradiology", f"{patient(19)}   {mrn(19)}"]))])

# e51_20 -- pdf: prior-authorization request for nodal SBRT after prostatectomy; pending, nothing done -----------------
_c = "CRESTVIEW UROLOGIC RADIATION CENTER"
add(name="e51_20", kind="pdf", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a prior-authorization request / letter of medical necessity for SBRT (3000 cGy in 5 "
          "fractions) to a PSMA-PET-avid left obturator node after prostatectomy and salvage prostate-bed RT in "
          "2024 (other course). Requested CPT codes are listed with units; status pending, simulation to be "
          "scheduled on approval. Nothing simulated, planned or delivered.",
    docs=[Doc("e51_20.pdf", [[
        H1("Prior Authorization Request - Radiation Therapy"),
        KeyValue([("Submitted", "05/11/2028 via payer portal, reference PA-2028-0417733"),
                  ("Member", f"{patient(20)}   DOB 03/15/1954   Member ID SYN-PLAN-510020"),
                  ("Provider", "Crestview Urologic Radiation Center; Bartholomew Iwu-Sandoval, MD, Radiation Oncology"),
                  ("Diagnosis", "C61 prostate adenocarcinoma; C77.5 secondary malignant neoplasm of intrapelvic lymph nodes"),
                  ("Request", "SBRT to a single left obturator lymph node, 3000 cGy in 5 fractions"),
                  ("Status", "PENDING - awaiting clinical review")]),
        H2("Clinical summary / medical necessity"),
        P("Radical prostatectomy 2019 (pT3a N0, Gleason 4+3). Salvage radiotherapy to the prostate bed 66 Gy in 33 fractions "
          "in 2024 (other course). PSA now 0.9 ng/mL with doubling time 5 months. PSMA PET-CT 04/28/2028: single 9 mm left "
          "obturator node, SUVmax 11.2, no other disease. Metastasis-directed SBRT is requested to defer systemic androgen "
          "deprivation, consistent with the oligometastatic indication. ECOG 0."),
        H2("Requested services"),
        RuledTable([("CPT", "Description", "Units"),
                    ("77263", "Clinical treatment planning, complex", "1"),
                    ("77290", "Simulation, complex", "1"),
                    ("77301", "IMRT planning", "1"),
                    ("77373", "SBRT delivery, per fraction", "5"),
                    ("77435", "SBRT treatment management", "1")]),
        P("On approval, CT simulation with a vacuum cushion will be scheduled; no simulation, planning or treatment has taken "
          "place. Please call the authorization line with any questions."),
        sig("Bartholomew Iwu-Sandoval, MD 05/11/2028"),
    ]], opts=dict(header=[f"{_c}", "Authorization department  |  fax 555-0100 (synthetic)"]))])


CORPUS = Corpus("blind_corpus51", "tests/blind_corpus51", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
