"""Eighty-fifth blind corpus, ``tests/blind_corpus85/`` (regenerate: ``python scripts/make_corpus.py blind_corpus85``).

TUNING corpus: written blind (without reading the reader's code or data); indications, sites and lesion
complexity, where the coding decisions are hardest.

Twenty courses. Cranial (12): benign and functional indications (acoustic neuroma, two meningiomas of which
one petroclival, a pituitary macroadenoma, an AVM, trigeminal neuralgia, essential-tremor thalamotomy, a
jugular paraganglioma, a juxtapapillary choroidal melanoma) and metastases whose class turns on size (three
diameters around 3.5 cm, a volume only), location (pons, cavernous sinus, 4 mm from the optic nerve; a lesion
by the optic radiation that is not near the optic apparatus) and mixed simple/complex sets; a resection cavity
smaller than the tumour it held; fractionated cranial courses (3 and 5 fractions) of which one is claimed as
one-session SRS. Body and spine (6): a renal-cell metastasis to the T9 vertebral body with paraspinal extension,
a T12-L1 re-irradiation on a robotic-arm linac (one target over two levels), adrenal plus iliac-bone
oligometastases in one course, pancreas with fiducials (self-contradicting dose), a single-fraction kidney
SBRT claimed with the cranial one-session codes, and sternum + rib + internal mammary node. Two hard negatives
that look like treatment documents (a femur SBRT plan cancelled before fraction 1; a cobalt-60 session aborted
by a unit fault after frame and MRI). Plan summaries, prescriptions, procedure and operative notes, completion
summaries and letters, dictated and printed, .pdf and .txt, one faxed scan and four bundles of 2-3 files.
Every clinic, clinician and system is invented.

Gold labels are written by hand from what the chart says, ../shared/corpus/README.md and
../shared/reference/coding-rules.md, blind (without reading the reader's code).
"""

# ruff: noqa: E501  (dictations are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import BulletList, KeyValue, Paragraph, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FOOT = "SYNTHETIC - blind corpus 85 - no real patient"

PATIENTS = [("QUILLSBY", "Harriet"), ("MARROWDALE", "Edmund"), ("TENNISTOUN", "Greta"), ("HATCHELDER", "Simon"),
            ("ORRINGALE", "Beatrix"), ("PENWARRICK", "Cyril"), ("BRACKLEMORE", "Ottilie"), ("VOSSENDALE", "Anders"),
            ("ELLINGTHORPE", "Mabel"), ("CORRIVANE", "Lucien"), ("ASHGROVE-TULLY", "Noreen"), ("FENWICKSHAW", "Tobias"),
            ("GALBRAITHE-MOSS", "Ingrid"), ("HOLLINSGATE", "Percival"), ("KESTERWOOD", "Delphine"),
            ("LANGMERE", "Rowan"), ("MIRRINGTON", "Agatha"), ("NETHERCOTT-BLY", "Fenella"), ("OAKENHURST", "Barnabas"),
            ("PRADDLEWORTH", "Winifred")]


def patient(n: int) -> str:
    last, first = PATIENTS[n - 1]
    return f"{last}, {first}"


def mrn(n: int) -> str:
    return f"SYN-850{n:02d}"


def head(clinic: str, n: int, dob: str, extra: str = "") -> list[str]:
    return [clinic, f"{patient(n)}   MRN {mrn(n)}   DOB {dob}" + (f"   {extra}" if extra else "")]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial: benign and functional indications
# ==================================================================================================

# k85_01 -- pdf: cobalt-60 frame SRS of an "acoustic neuroma" (the word schwannoma never appears) -----------------
_c = "WHITLOW FEN RADIOSURGERY CENTRE"
add(name="k85_01", kind="pdf", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left acoustic neuroma", "cranial", C, 12, 1)],
    categories=cats(),
    notes="Dose-plan printout of frame-based cobalt-60 SRS for a left acoustic neuroma (1.5 x 0.9 x 0.8 cm, Koos II), "
          "12 Gy to the 50% isodose line; the word 'schwannoma' never appears, only 'acoustic neuroma' and "
          "'cerebellopontine angle'. Complex by tumour type, so 61798 is right; stereotactic MRI + CT, coordinate "
          "check and second calculation.",
    docs=[Doc("k85_01.pdf", [[
        H1("Radiosurgery Dose Plan Summary"),
        KeyValue([("Patient / MRN", f"{patient(1)} / {mrn(1)}"),
                  ("Diagnosis", "Left acoustic neuroma, intracanalicular with 4 mm extension into the cerebellopontine angle (Koos II); serviceable hearing (AAO-HNS class B)"),
                  ("Size", "1.5 x 0.9 x 0.8 cm; target volume 0.61 cc"),
                  ("Treatment date", "02/03/2026, single session"),
                  ("Unit", "Cobalt-60 multi-source radiosurgery unit (192 sources; 4 / 8 / 16 mm collimators)"),
                  ("Fixation", "Stereotactic head frame, 4 pins, local anaesthetic (applied 07:05)"),
                  ("Localisation imaging", "Stereotactic MRI 02/03/2026 (T1 post-gadolinium 1 mm, CISS 0.5 mm) and stereotactic CT 1 mm, co-registered"),
                  ("Planning system", "ORRERY-GP 10.4 (invented)")]),
        H2("Prescription"),
        P("Tumour contoured on the CISS and post-contrast T1 series (neurosurgery and radiation oncology). 12 Gy to the 50% "
          "isodose line; maximum dose 24 Gy. 11 isocentres (4 mm x 7, 8 mm x 4). Coverage 98.9%, selectivity 0.86, "
          "gradient index 2.71."),
        TextTable([("Structure", "Constraint", "Achieved"),
                   ("Cochlea (L), mean", "< 4 Gy", "3.4 Gy"),
                   ("Brainstem, max (0.01 cc)", "< 12.5 Gy", "10.8 Gy"),
                   ("Facial / vestibular nerve", "not separately contoured", "")], columns=(0, 200, 330)),
        H2("Verification and delivery"),
        P("Frame coordinates checked on the unit against the printout for all 11 isocentres (two physicists). Independent "
          "second calculation of treatment time within 0.9%. Delivered 09:12-10:04 on 02/03/2026 without interruption; "
          "frame removed 10:15, pin sites dry."),
        H2("Summary"),
        P("Left acoustic neuroma: 12 Gy to the 50% isodose line in a single session, delivered as planned. MRI and "
          "audiogram at 6 months."),
        sig("Ines Brathwaite-Kolar, PhD, Medical Physicist 02/03/2026"),
        sig("Rafferty Olumide, MD, Radiation Oncology 02/03/2026"),
        sig("Solveig Marchbanks, MD, Neurosurgery 02/03/2026"),
    ]], opts=dict(header=head(_c + "  -  Physics", 1, "06/14/1971")))])

# k85_02 -- dictation (text): linac SRS, two meningiomas: petroclival (complex) + convexity (simple); 61796 claimed -
_c = "ALDERGROVE NEUROSCIENCE AND CANCER CENTER"
add(name="k85_02", kind="dictation", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right petroclival meningioma", "cranial", C, 13, 1),
             L("left frontal convexity meningioma", "cranial", S, 14, 1)],
    categories=cats(),
    notes="Dictated SRS procedure note: two meningiomas treated in one session on a gantry linac under a mask: a "
          "right petroclival meningioma 2.2 cm (complex by location/type: petroclival) and a left frontal convexity "
          "meningioma 2.7 cm (simple: meningioma, under 3.5 cm, far from the optic apparatus and brainstem). "
          "A mixed set is reported with 61798 first, so the claimed 61796 is wrong; 61797 for the convexity lesion "
          "is right.",
    docs=[Doc("k85_02.txt", text=f"""
{_c}
RADIOSURGERY PROCEDURE NOTE (dictated)
Patient: {patient(2)}    MRN: {mrn(2)}    DOB: 09/22/1958
Date of procedure: 03/10/2026
Radiation oncologist: Beatrice Nwachukwu-Hale, MD    Neurosurgeon: Emlyn Castellane, MD    Physicist: Joaquin Ferreira-Lutz, MS
Dictated 03/10/2026 15:20, transcribed 03/11/2026 by ECHOTYPE (invented)

INDICATION: Mr. Marrowdale is a sixty seven year old man with two meningiomas followed on serial imaging since 2022. The right petroclival meningioma has grown from one point six to two point two centimeters over three years and now measures two point two by one point nine by one point six centimeters; it abuts the right lateral pons and encases the fifth nerve but there is no brain stem edema and no invasion of the brain stem. He has new right facial numbness. The left frontal convexity meningioma measures two point seven by two point four by one point three centimeters, has grown two millimeters a year and is now causing mild edema. Neither is near the optic nerves or chiasm. After discussion at the skull base conference both were recommended for radiosurgery rather than surgery; resection of the petroclival lesion carries high risk.

PROCEDURE: Single session stereotactic radiosurgery to two intracranial targets on the six M V flattening filter free gantry linac with a two point five millimeter M L C.

DETAILS: He was immobilized in the open face thermoplastic S R S mask made at simulation on March third. The one millimeter planning CT with contrast was fused with the three T volumetric MRI from March second, T one post gadolinium and FIESTA. Both tumors were contoured with the dural tail where enhancing, zero millimeter P T V margin for the petroclival lesion and one millimeter for the convexity lesion. Separate isocenters, five non coplanar dynamic conformal arcs for each, planned in KINGFISHER SRS 3 (invented).

Prescription: right petroclival meningioma thirteen gray to the eighty percent isodose line, left frontal convexity meningioma fourteen gray to the eighty percent isodose line, one fraction. Brain stem maximum eleven point nine gray to point zero three five cc, right trigeminal nerve not constrained, V twelve of normal brain five point one cc.

Physics second check and patient specific Q A passed, ninety eight point eight percent gamma at two percent one millimeter.

Before each isocenter a cone beam CT was registered and approved by me, shifts under one millimeter and half a degree applied with the six degree of freedom couch; surface guidance monitored the mask throughout.

SUMMARY OF DOSE DELIVERED: right petroclival meningioma thirteen gray, left frontal convexity meningioma fourteen gray, both in a single session today. He tolerated it well and went home with his wife. No steroids. MRI in six months.

Beatrice Nwachukwu-Hale, MD - electronically signed 03/11/2026 08:02
{FOOT}
""")])

# k85_03 -- bundle (2 files): pituitary macroadenoma FSRT 25 Gy / 5 claimed as one-session SRS (77372 + 77432) -----
_c = "MERIDIAN LAKE UNIVERSITY HOSPITAL - RADIATION ONCOLOGY"
add(name="k85_03", kind="bundle", codes=["77372", "77432", "61798"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("residual pituitary macroadenoma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Two-file bundle: a printed prescription/plan (residual non-functioning pituitary macroadenoma invading "
          "the right cavernous sinus, 2 mm below the chiasm; 25 Gy in 5 fractions) and a typed completion summary "
          "(five fractions with daily CBCT). A 5-fraction cranial course is not one-session SRS, so the claimed "
          "77372/77432 are wrong (77373/77435); 61798 (pituitary tumour) is right.",
    docs=[
        Doc("1_prescription.pdf", [[
            H1("Stereotactic Radiotherapy Prescription"),
            KeyValue([("Course", "C1 Sella FSRT"), ("Date", "04/02/2026"),
                      ("Diagnosis", "Residual non-functioning pituitary macroadenoma (D35.2) after transsphenoidal resection 08/2024; regrowth into the right cavernous sinus"),
                      ("Target", "GTV_pit: enhancing residual in the sella and right cavernous sinus, 1.9 x 1.5 x 1.4 cm, 2.1 cc; PTV = GTV + 1 mm"),
                      ("Relation to optic apparatus", "superior margin 2 mm below the optic chiasm"),
                      ("Dose", "25 Gy in 5 fractions, 5 Gy per fraction, daily, to the 80% isodose line"),
                      ("Technique", "6 MV FFF gantry linac, single isocentre, 3 VMAT arcs (1 couch-kick)"),
                      ("Planning system", "HERON TPS 7 (invented)"),
                      ("Immobilisation", "Three-point thermoplastic SRS mask"),
                      ("Planning imaging", "CT 1 mm 03/27/2026 fused with MRI pituitary protocol (T1 post-contrast, 1 mm) 03/26/2026"),
                      ("Image guidance", "CBCT before every fraction, 6DoF couch; MD approval of shifts")]),
            TextTable([("Organ at risk", "Constraint (5 fx)", "Plan"),
                       ("Optic chiasm D0.03cc", "< 25 Gy", "23.6 Gy"),
                       ("Optic nerves D0.03cc", "< 25 Gy", "21.0 / 18.4 Gy"),
                       ("Brainstem D0.03cc", "< 31 Gy", "14.2 Gy")], columns=(0, 190, 320)),
            P("Plan approved 04/02/2026; physics second check and patient-specific QA passed (gamma 2%/2 mm 99.1%)."),
            sig("Calloway Adeyemi-Frost, MD 04/02/2026"), sig("Henrike Lindqvist, MS, DABR 04/02/2026"),
        ]], opts=dict(header=head(_c, 3, "01/30/1966"))),
        Doc("2_completion_summary.txt", text=f"""
MERIDIAN LAKE UNIVERSITY HOSPITAL - RADIATION ONCOLOGY
TREATMENT COMPLETION SUMMARY
Patient: {patient(3)}   MRN: {mrn(3)}   DOB: 01/30/1966
Physician: Calloway Adeyemi-Frost, MD   Referring: Ottmar Vasquez-Lind, MD (Neurosurgery), Dr. P. Amankwah (Endocrinology)

Diagnosis: residual / recurrent non-functioning pituitary macroadenoma with right cavernous sinus invasion.

Course: fractionated stereotactic radiotherapy to the sella / right cavernous sinus.
Dates: 04/06/2026 - 04/10/2026, five consecutive weekdays.
Dose delivered: 25 Gy in 5 fractions of 5 Gy (GTV_pit / PTV_pit), as prescribed. No interruptions.
Daily CBCT registered to the planning CT before each fraction; shifts approved by the physician, all under 1 mm.

Tolerance: mild fatigue and one headache on day 3. Visual fields unchanged at the end of treatment (neuro-ophthalmology 04/10/2026).

Follow-up: MRI pituitary and pituitary function tests at 6 months; formal visual fields at 3 months.

Electronically signed: Calloway Adeyemi-Frost, MD 04/13/2026
{FOOT}
"""),
    ])

# k85_04 -- scan (faxed): cobalt-60 frame SRS of an AVM with stereotactic angiography --------------------------------
_c = "CRANBROOK HEIGHTS GAMMA CENTER"
add(name="k85_04", kind="scan", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["MRI", "angiography"], ["frame"]),
    lesions=[L("left parietal AVM", "cranial", C, 18, 1)],
    categories=cats(),
    notes="Faxed (image-only) radiosurgery treatment summary: left parietal arteriovenous malformation, Spetzler-Martin "
          "II, nidus 2.4 x 2.0 x 1.8 cm; frame, same-day stereotactic digital subtraction angiography and stereotactic "
          "MRI (no CT); 18 Gy to the 50% isodose line on a cobalt-60 unit. AVM is complex by type (61798). The 2025 "
          "diagnostic CT angiogram is history.",
    docs=[Doc("k85_04.pdf", [[
        Paragraph("RADIOSURGERY TREATMENT SUMMARY", bold=True),
        KeyValue([("Patient", patient(4)), ("MRN", mrn(4)), ("DOB", "11/11/1990"), ("Treatment date", "02/24/2026"),
                  ("Diagnosis", "Left parietal arteriovenous malformation (Q28.2), Spetzler-Martin grade II, unruptured; presented with focal seizures 2025"),
                  ("Nidus", "2.4 x 2.0 x 1.8 cm, 4.3 cc"),
                  ("Unit", "Cobalt-60 multi-source radiosurgery unit"),
                  ("Fixation", "Stereotactic head frame, 4 pins, local anaesthesia + IV midazolam 1 mg"),
                  ("Targeting imaging", "Stereotactic biplanar digital subtraction angiography and stereotactic MRI (T1 post-Gd, T2, 3D TOF), 02/24/2026, co-registered; no CT"),
                  ("Planning", "ORRERY-GP 10.4 (invented); nidus outlined on angiographic and MRI series; 13 isocentres"),
                  ("Prescription", "18 Gy to the 50% isodose line (max 36 Gy), single session"),
                  ("Coverage / 12 Gy volume", "97.4% / 8.9 cc")]),
        P("History: the CT angiogram of 05/2025 that first showed the AVM is for reference only. Frame coordinates verified "
          "against the plan by the physicist before each run; second calculation agreed. Delivered 11:02-12:08, no "
          "interruption. Frame removed; levetiracetam continued. MRI at 6 and 12 months, angiography at 3 years."),
        P("Dose delivered: left parietal AVM nidus, 18 Gy marginal (50%), 1 session."),
        sig("Theodora Vanterpool, MD, Neurosurgery 02/24/2026"),
        sig("Kwabena Osei-Morland, MD, Radiation Oncology 02/24/2026"),
        sig("Fleur Rasmussen-Obi, PhD, Physics 02/24/2026"),
        P("CONFIDENTIAL: intended for the addressee only. If received in error please call 555-0163."),
    ]], opts=dict(header=["MAR-02-2026 09:14   FROM: CRANBROOK HTS GAMMA   5550163   TO: 5550119   P.001/002",
                          _c + "  -  44 Vellum Row"],
                  page_numbers=None, scan=True, scan_dpi=150, scan_noise=11.0))])

# k85_05 -- pdf: trigeminal neuralgia on a gantry linac with a 4 mm cone in a mask; 61796 and 61800 claimed ---------
_c = "SALTMARSH REGIONAL MEDICAL CENTER - RADIATION ONCOLOGY"
add(name="k85_05", kind="pdf", codes=["77372", "77432", "61796", "61800"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right trigeminal nerve", "cranial", C, 85, 1)],
    categories=cats(),
    notes="EHR procedure note: radiosurgery for refractory right trigeminal neuralgia on a gantry linac, 4 mm cone, "
          "single isocentre on the cisternal trigeminal nerve, 85 Gy maximum dose, frameless mask with bite block, "
          "thin CT + CISS MRI, stereoscopic kV verification. A functional target is complex (61798), so 61796 is "
          "wrong; no head frame, so 61800 is wrong.",
    docs=[Doc("k85_05.pdf", [[
        H1("Procedure Note - Stereotactic Radiosurgery, Trigeminal Neuralgia"),
        KeyValue([("Patient", f"{patient(5)}   MRN {mrn(5)}"), ("Date of service", "05/19/2026"),
                  ("Attending", "Leopold Arkwright-Mensah, MD"), ("Physicist", "Dagny Holloway, PhD"),
                  ("Diagnosis", "Right trigeminal neuralgia, classical, V2-V3 (G50.0)")]),
        H2("Indication"),
        P("Seventy-four-year-old woman with eight years of right V2-V3 lancinating pain, BNI IV despite carbamazepine 800 mg "
          "(hyponatraemia) then oxcarbazepine and baclofen; not fit for microvascular decompression (cardiac). Neurosurgery "
          "(Dr. Pellegrini) agrees with radiosurgery."),
        H2("Procedure"),
        P("Immobilisation: frameless thermoplastic SRS mask with custom bite block (made 05/12/2026). Planning CT 0.6 mm "
          "(05/12/2026) fused with MRI 3D CISS 0.5 mm and T1 post-contrast (05/11/2026). The right trigeminal nerve was "
          "outlined from the root entry zone to Meckel's cave; the isocentre was placed on the cisternal segment 6 mm "
          "anterior to the root entry zone."),
        P("Plan: one isocentre, 4 mm stereotactic cone, 9 non-coplanar arcs, 6 MV FFF gantry linac; planning system "
          "SANDPIPER Cone 2 (invented). Prescription 85 Gy maximum dose (100%) in one fraction. Brainstem surface receives "
          "the 20% isodose (17 Gy), D0.1cc 9.8 Gy."),
        P("Verification: cone size and collimator interlock confirmed; Winston-Lutz test the same morning 0.4 mm. Stereoscopic "
          "kV x-ray pair with 6D fusion before the first arc and before every second arc; all corrections under 0.5 mm / "
          "0.3 degrees."),
        H2("Summary"),
        P("Right trigeminal nerve, 85 Gy maximum in a single session, delivered 05/19/2026, 13:40-14:31. Tolerated well; no "
          "immediate change in pain. Continue current medication; follow-up by telephone at 4 weeks and clinic at 3 months."),
        sig("Leopold Arkwright-Mensah, MD 05/19/2026 15:02"),
        sig("Dagny Holloway, PhD 05/19/2026 15:10"),
    ]], opts=dict(header=head(_c, 5, "03/03/1952")))])

# k85_06 -- dictation (text): essential-tremor VIM thalamotomy on a cobalt-60 unit; prior contralateral thalamotomy --
_c = "HAWTHORNE CROSS NEUROSURGERY"
add(name="k85_06", kind="dictation", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left VIM thalamus", "cranial", C, 130, 1)],
    categories=cats(delivery_verification=False),
    notes="Dictated operative note of a left ventral intermediate nucleus thalamotomy for essential tremor: frame, "
          "stereotactic MRI + CT, one 4 mm shot of 130 Gy maximum dose on a cobalt-60 unit. The right thalamotomy of "
          "2023 at another centre is history, not a second lesion. Functional lesioning is complex (61798). No "
          "coordinate check, second calculation or QA is documented: delivery verification unmet.",
    docs=[Doc("k85_06.txt", text=f"""
{_c}
OPERATIVE NOTE - DICTATED
Patient: {patient(6)}    MRN: {mrn(6)}    DOB: 07/08/1947
Date of operation: 06/16/2026
Surgeon: Ambrose Tillinghast, MD    Co-surgeon (radiation oncology): Mei-Ling Forsberg, MD
Dictation received 06/16/2026 17:44; transcribed 06/17/2026 (TRANSCRIBE-RX, invented)

PREOPERATIVE DIAGNOSIS: Medically refractory essential tremor, left hand dominant upper extremity... correction, right hand, dominant right upper extremity.
POSTOPERATIVE DIAGNOSIS: Same.

OPERATION: Stereotactic radiosurgical left thalamotomy, ventral intermediate nucleus, cobalt sixty multi-source unit. Application of stereotactic head frame.

INDICATION: Seventy eight year old right handed man with essential tremor for thirty years, tremor rating scale right hand three, failed propranolol, primidone and topiramate. In 2023 he underwent a right V I M radiosurgical thalamotomy at Kittering Ridge for the left hand with good effect; that side is not being treated again. He is on apixaban and is not a candidate for deep brain stimulation or focused ultrasound in his view and ours. He understands the response takes several months and the risk of a larger than intended lesion with contralateral weakness or sensory change of a few percent.

PROCEDURE: The head frame was applied under local anesthesia with four pins, aligned to the A C P C line as well as possible. He was taken for stereotactic MRI, one millimeter T one and T two, and stereotactic CT, one millimeter, which were co-registered. The anterior and posterior commissures were identified. The target was the left V I M nucleus, placed by indirect coordinates, two thirds of the A C P C distance behind the anterior commissure, eleven millimeters lateral to the wall of the third ventricle and two and a half millimeters above the A C P C plane, adjusted two millimeters medially on the T two image. The plan was made in ORRERY-GP 10.4, which is invented, with a single four millimeter shot, maximum dose one hundred thirty gray. The internal capsule received under fifteen gray at its closest point.

Treatment delivered with the unit, single run of sixty eight minutes. The frame was removed, pin sites dressed. No complications. He will continue apixaban tomorrow.

SUMMARY: left V I M thalamotomy, one hundred thirty gray maximum dose, single four millimeter shot, one session. MRI at six and twelve months. Clinic visit in three months.

Ambrose Tillinghast, MD
{FOOT}
""")])

# k85_07 -- bundle (3 files): jugular paraganglioma on a robotic-arm linac, 25 Gy / 5, PET fused ------------------
_c = "PINEHOLLOW ROBOTIC RADIOSURGERY"
add(name="k85_07", kind="bundle", codes=["G0339", "G0340", "77435", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 5, ["CT", "MRI", "PET"], ["mask"]),
    lesions=[L("left jugular paraganglioma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Three-file bundle: dictated consult (left glomus jugulare, Fisch C2, 3.1 x 2.4 x 2.2 cm; recommends five "
          "fractions), plan summary (robotic-arm linac, mask, CT + MRI + DOTATATE PET fused, 25 Gy in 5) and a fraction "
          "record with skull tracking. Glomus / paraganglioma is complex by type (61798); G0339 + G0340 + 77435 right "
          "for a robotic 5-fraction course. The 2024 embolisation angiogram is history.",
    docs=[
        Doc("1_consult_dictated.txt", text=f"""
{_c} - CONSULTATION (dictated)
Patient: {patient(7)}   MRN: {mrn(7)}   DOB: 02/27/1961   Date: 06/29/2026
Physician: Isidore Blackwood-Nunes, MD   Referring: Carys Efremova, MD (Neurotology)

Sixty five year old woman with pulsatile tinnitus and left hearing loss, found in 2024 to have a left glomus jugulare tumor, Fisch C two, Glasscock Jackson two. She underwent preoperative angiography with embolization in 2024 but declined surgery because of the risk to the lower cranial nerves. MRI 06/2026 shows growth to three point one by two point four by two point two centimeters. Gallium DOTATATE PET CT 06/2026 shows intense uptake at the left jugular foramen only. No catecholamine excess.

Exam: left conductive hearing loss, cranial nerves nine through twelve intact, KPS ninety.

Impression and plan: growing left jugular paraganglioma. Recommend fractionated radiosurgery on the robotic arm linac, twenty five gray in five fractions, in a thermoplastic mask with skull tracking. CT simulation with contrast, fusion with a new thin slice MRI and the DOTATATE PET for contouring. Risks reviewed, including temporary worsening of tinnitus, hearing loss and lower cranial nerve palsy. Consent signed.

I. Blackwood-Nunes, MD
{FOOT}
"""),
        Doc("2_plan_summary.pdf", [[
            H1("Robotic Radiosurgery Plan Summary"),
            KeyValue([("Target", "PTV_GJ_L: left jugular foramen paraganglioma, GTV + 1 mm; 7.8 cc"),
                      ("Planning imaging", "CT with contrast 1 mm (07/06/2026); MRI T1 post-Gd + CISS (07/05/2026); Ga-68 DOTATATE PET-CT (06/18/2026), all fused"),
                      ("Immobilisation", "Thermoplastic head mask"),
                      ("Unit / tracking", "Robotic-arm mounted 6 MV linac; skull tracking with orthogonal kV images"),
                      ("Planning system", "GANNET Plan 5 (invented); 168 non-isocentric beams, variable aperture collimator"),
                      ("Prescription", "25 Gy in 5 fractions (5 Gy/fx) to the 76% isodose line; coverage 96.1%"),
                      ("OARs", "Brainstem D0.03cc 19.9 Gy; left cochlea mean 14.1 Gy; spinal cord D0.03cc 12.0 Gy"),
                      ("QA", "Physics second check and film QA passed 07/10/2026")]),
            sig("Isidore Blackwood-Nunes, MD 07/10/2026"), sig("Annika Trelawney, MS 07/10/2026"),
        ]], opts=dict(header=head(_c, 7, "02/27/1961"))),
        Doc("3_fraction_record.pdf", [[
            H1("Treatment Delivery Record"),
            RuledTable([("Fx", "Date", "Tracking", "Dose (Gy)", "Cumulative (Gy)"),
                        ("1", "07/13/2026", "Skull tracking, 42 image pairs", "5", "5"),
                        ("2", "07/14/2026", "Skull tracking, 39 image pairs", "5", "10"),
                        ("3", "07/15/2026", "Skull tracking, 40 image pairs", "5", "15"),
                        ("4", "07/16/2026", "Skull tracking, 41 image pairs", "5", "20"),
                        ("5", "07/17/2026", "Skull tracking, 38 image pairs", "5", "25")]),
            P("Course complete 07/17/2026: left jugular paraganglioma 25 Gy in 5 fractions as prescribed. Mild ear fullness; "
              "MRI at 6 months."),
            sig("Isidore Blackwood-Nunes, MD 07/17/2026"),
        ]], opts=dict(header=head(_c, 7, "02/27/1961"))),
    ])

# k85_08 -- pdf: juxtapapillary choroidal melanoma on a cobalt-60 unit with frame and retrobulbar block -------------
_c = "GREYFRIARS EYE AND RADIOSURGERY INSTITUTE"
add(name="k85_08", kind="pdf", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left juxtapapillary choroidal melanoma", "cranial", C, 25, 1)],
    categories=cats(),
    notes="Completion summary of single-session cobalt-60 radiosurgery for a left juxtapapillary choroidal "
          "(uveal) melanoma, 25 Gy to the 50% isodose line, head frame plus retrobulbar block to hold the globe, "
          "stereotactic MRI + CT. An orbital target, labelled cranial; its posterior margin is 1 mm from the optic "
          "disc (nerve head), within 5 mm of the optic nerve: complex (61798). The diagnostic B-scan ultrasound is "
          "not in the imaging list.",
    docs=[Doc("k85_08.pdf", [[
        H1("Ocular Radiosurgery - Treatment Completion Summary"),
        KeyValue([("Patient", patient(8)), ("MRN", mrn(8)), ("DOB", "10/05/1963"), ("Date of treatment", "08/11/2026"),
                  ("Diagnosis", "Left choroidal melanoma (C69.32), juxtapapillary; apical height 4.6 mm, largest basal diameter 9.8 mm (COMS medium); no extrascleral extension"),
                  ("Relation to optic nerve", "posterior tumour margin 1 mm from the temporal edge of the optic disc"),
                  ("Ocular oncology", "Dr. Wilhelmina Rosebury (B-scan and fundus photography 07/28/2026)")]),
        H2("Procedure"),
        P("A stereotactic head frame was applied under local anaesthesia. A left retrobulbar block (lidocaine/bupivacaine, "
          "5 mL) was given to immobilise the globe; position of gaze checked at imaging and again before delivery. "
          "Stereotactic MRI of the orbits (T1 fat-saturated post-contrast 1 mm, T2) and stereotactic CT 1 mm were "
          "acquired and co-registered. The tumour was contoured with ocular oncology; the optic nerve, lens, retina and "
          "lacrimal gland were outlined."),
        P("Plan (ORRERY-GP 10.4, invented): 9 isocentres, 4 and 8 mm collimators; 25 Gy to the 50% isodose line, "
          "coverage 99.0%. Optic nerve D0.1cc 11.6 Gy; lens max 3.2 Gy; ciliary body max 9.0 Gy. Frame coordinates and "
          "gaze position verified by the physicist and ophthalmologist before each run; second calculation agreed within 1%."),
        H2("Delivered"),
        RuledTable([("Target", "Unit", "Dose", "Isodose", "Session"),
                    ("Left choroidal melanoma", "Cobalt-60 multi-source unit", "25 Gy", "50%", "1 of 1, 08/11/2026")]),
        P("Tolerated well; frame removed; eye patched for 24 hours. Ophthalmology review in one week; MRI orbits and "
          "ultrasound at 3 months."),
        sig("Ptolemy Hargreave, MD, Radiation Oncology 08/11/2026"),
        sig("Mirela Dobrowska, MD, Neurosurgery 08/11/2026"),
    ]], opts=dict(header=head(_c, 8, "10/05/1963")))])


# ==================================================================================================
# Cranial: metastases (size, volume, location, mixed sets, cavity)
# ==================================================================================================

# k85_09 -- pdf: four metastases, sizes in three diameters around 3.5 cm, one 4 mm from the optic nerve; header says 3 -
_c = "LOWMEADOW CANCER INSTITUTE"
add(name="k85_09", kind="pdf", codes=["77372", "77432", "61798", "61799", "61797"],
    facts=F("linac", ["cranial"], 4, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal", "cranial", C, 15, 1), L("left temporal", "cranial", S, 15, 1),
             L("left gyrus rectus", "cranial", C, 16, 1), L("right cerebellar", "cranial", S, 20, 1)],
    categories=cats(),
    contradiction="The plan header gives 3 targets, while the target table, the delivery record and the completion note list four.",
    notes="Two-page linac SRS plan summary and delivery record, four metastases in one session with sizes as three "
          "diameters: right frontal 3.6 x 2.9 x 2.7 cm (complex by size), left temporal 3.4 x 3.0 x 2.6 cm (simple: "
          "just under 3.5), left gyrus rectus 0.7 cm 4 mm from the left optic nerve (complex by location), right "
          "cerebellar 0.8 cm (simple). 61798 + 61799 + 61797 all right. The plan header says 'Number of targets: 3' "
          "(contradiction).",
    docs=[Doc("k85_09.pdf", [
        [H1("Intracranial SRS - Plan Summary"),
         KeyValue([("Patient", f"{patient(9)}   MRN {mrn(9)}"), ("Plan", "SRS_Brain_1Fx_v2"),
                   ("Number of targets", "3"), ("Treatment date", "09/08/2026"),
                   ("Diagnosis", "Metastatic non-small cell lung cancer, adenocarcinoma; brain metastases (C79.31)"),
                   ("Unit", "6 MV FFF gantry linac, HD MLC 2.5 mm, 6DoF couch"),
                   ("Immobilisation", "Open-face thermoplastic SRS mask"),
                   ("Images", "Planning CT 1 mm 09/01/2026 + MRI 3D T1 post-Gd 1 mm 08/31/2026, rigid fusion"),
                   ("Planning system", "PLOVER Cranial 4 (invented), 2 isocentres, 8 VMAT arcs")]),
         RuledTable([("Target", "Diameters (cm)", "Vol (cc)", "Nearest OAR", "Rx (Gy x fx)", "Isodose", "Coverage"),
                     ("PTV1 R frontal", "3.6 x 2.9 x 2.7", "14.9", "-", "15 x 1", "80%", "97.1%"),
                     ("PTV2 L temporal", "3.4 x 3.0 x 2.6", "13.2", "L optic tract 19 mm", "15 x 1", "80%", "97.6%"),
                     ("PTV3 L gyrus rectus", "0.7 x 0.6 x 0.6", "0.14", "L optic nerve 4 mm", "16 x 1", "80%", "95.2%"),
                     ("PTV4 R cerebellar", "0.8 x 0.7 x 0.7", "0.21", "brainstem 14 mm", "20 x 1", "80%", "99.3%")]),
         TextTable([("OAR", "Limit", "Plan"),
                    ("L optic nerve D0.03cc", "< 10 Gy", "9.6 Gy"),
                    ("Optic chiasm D0.03cc", "< 10 Gy", "6.8 Gy"),
                    ("Brainstem D0.03cc", "< 15 Gy", "8.7 Gy"),
                    ("Brain - PTVs V12Gy", "record", "31.4 cc")], columns=(0, 200, 300)),
         P("Plan approved by physician and physicist 09/04/2026; independent MU check and portal dosimetry QA passed."),
         sig("Gwendolyn Achterberg, MD 09/04/2026"), sig("Rashid Penhaligon, MS, DABR 09/04/2026")],
        [H1("Delivery Record and Completion Note"),
         RuledTable([("Isocentre", "Targets", "Pre-treatment imaging", "Shift (mm)", "Beam on"),
                     ("Iso 1", "PTV1, PTV2", "CBCT x2, approved GA", "0.8 / 0.6", "10:12-10:31"),
                     ("Iso 2", "PTV3, PTV4", "CBCT x2, approved GA", "0.5 / 0.4", "10:38-10:52")]),
         P("09/08/2026: all four targets delivered in one session: right frontal 15 Gy, left temporal 15 Gy, left gyrus "
           "rectus 16 Gy, right cerebellar 20 Gy, each to the 80% isodose line. Surface guidance throughout, no "
           "interruptions. Dexamethasone 4 mg for 3 days. MRI in 8 weeks."),
         sig("Gwendolyn Achterberg, MD 09/08/2026")],
    ], opts=dict(header=head(_c, 9, "04/19/1956")))])

# k85_10 -- ehr text: 5-fraction HSRT, metastasis sizes given as volumes only (26.3 cc and 1.8 cc) ----------------
_c = "BLACKTHORN VALLEY HEALTH - RADIATION ONCOLOGY"
add(name="k85_10", kind="ehr_text", codes=["77373", "77435", "61798", "61797"],
    facts=F("linac", ["cranial"], 2, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal", "cranial", C, 30, 5), L("right parietal", "cranial", S, 30, 5)],
    categories=cats(),
    notes="EHR printout (plan section + fraction log) of 5-fraction stereotactic radiotherapy to two metastases whose "
          "size is given only as a volume: left frontal GTV 26.3 cc (a sphere of that volume is 3.7 cm across, so the "
          "largest dimension is at least 3.7 cm: complex by size) and right parietal GTV 1.8 cc (no trigger: simple). "
          "30 Gy / 5 to both; 77373 + 77435 + 61798 + 61797 right.",
    docs=[Doc("k85_10.txt", text=f"""
BLACKTHORN VALLEY HEALTH :: RADIATION ONCOLOGY :: COURSE PRINTOUT                       Printed 10/23/2026 08:14
Patient: {patient(10)}            MRN: {mrn(10)}          DOB: 12/12/1959         Sex: M
Attending: Rosalind Mbeki-Varga, MD        Course: C2_BRAIN_HSRT       Status: COMPLETED
-----------------------------------------------------------------------------------------------------------
DIAGNOSIS
  C79.31  Secondary malignant neoplasm of brain
  C34.11  NSCLC, right upper lobe, adenocarcinoma (EGFR wild type); on pembrolizumab, extracranial disease stable
  Prior: none to brain.  KPS 80.

INTENT / RATIONALE
  Two metastases; the larger is too big for single-fraction radiosurgery. Hypofractionated stereotactic course.

SIMULATION                                       10/08/2026
  Immobilization ........ thermoplastic SRS mask (3-point), head cup
  Planning CT ........... 1.0 mm, contrast
  MRI ................... 3D T1 MPRAGE post-gad 1 mm, 10/07/2026, fused to CT (rigid, reviewed by MD)

TARGETS (contoured on fused MRI; measured volumes; no linear measurements recorded)
  Structure        Location              GTV vol (cc)   PTV margin   PTV vol (cc)
  GTV/PTV_LFr      left frontal lobe     26.3           1 mm         31.0
  GTV/PTV_RPar     right parietal lobe    1.8           1 mm          2.6
  Nearest critical structures: L frontal 22 mm from optic chiasm; R parietal 40 mm from brainstem.

PRESCRIPTION
  PTV_LFr   30.00 Gy / 5 fx  (6.00 Gy/fx)  to 80% IDL
  PTV_RPar  30.00 Gy / 5 fx  (6.00 Gy/fx)  to 80% IDL
  Technique: single isocentre VMAT, 4 arcs (3 non-coplanar), 6 MV FFF; TPS: TERN Planner 9 (invented)
  Brain-GTV V24Gy 17.9 cc; brainstem D0.03cc 12.1 Gy; chiasm D0.03cc 8.4 Gy
  Physics check: second calc + ArcCheck-type QA PASS 10/13/2026 (J. Ostrowski, MS)

TREATMENT LOG
  Fx  Date         IGRT                     PTV_LFr (cum)   PTV_RPar (cum)   By
  1   10/15/2026   CBCT + 6DoF, approved    6.00  (6.00)    6.00  (6.00)     AT/RD
  2   10/16/2026   CBCT + 6DoF, approved    6.00 (12.00)    6.00 (12.00)     AT/RD
  3   10/19/2026   CBCT + 6DoF, approved    6.00 (18.00)    6.00 (18.00)     AT/JK
  4   10/20/2026   CBCT + 6DoF, approved    6.00 (24.00)    6.00 (24.00)     RD/JK
  5   10/21/2026   CBCT + 6DoF, approved    6.00 (30.00)    6.00 (30.00)     AT/RD

COMPLETION
  Completed 10/21/2026 as planned: left frontal 30 Gy / 5 fx, right parietal 30 Gy / 5 fx.
  Mild headache fx 3, dexamethasone 2 mg x 5 days. MRI 6-8 weeks.
  E-signed: Rosalind Mbeki-Varga, MD  10/21/2026 16:47
-----------------------------------------------------------------------------------------------------------
{FOOT}
""")])

# k85_11 -- pdf: cobalt-60 unit with a mask (frameless), four metastases: pons, cavernous sinus, frontal, occipital -
_c = "SOUTHWARK MOOR RADIOSURGERY UNIT"
add(name="k85_11", kind="pdf", codes=["77371", "77432", "61798", "61799", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["MRI"], ["mask"]),
    lesions=[L("pons", "cranial", C, 16, 1), L("left cavernous sinus", "cranial", C, 14, 1),
             L("right frontal", "cranial", S, 20, 1), L("left occipital", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Single-session frameless (thermoplastic mask, infrared nose-marker motion monitoring, CBCT at the unit) "
          "cobalt-60 SRS to four melanoma metastases: pons 5 mm (complex: within the brainstem), left cavernous sinus "
          "1.3 cm (complex by location), right frontal 1.1 cm (simple) and left occipital 0.9 cm abutting the optic "
          "radiation but 31 mm from the optic tract (simple). 61798 + 61799 + 61797 right; 61800 wrong (no frame). "
          "Imaging: MRI only (the unit's CBCT is not planning imaging).",
    docs=[Doc("k85_11.pdf", [[
        H1("Frameless Radiosurgery - Treatment Summary"),
        KeyValue([("Patient", f"{patient(11)}   MRN {mrn(11)}   DOB 05/30/1969"), ("Date", "09/22/2026"),
                  ("Diagnosis", "Metastatic cutaneous melanoma, brain metastases x4 (C79.31)"),
                  ("Unit", "Cobalt-60 multi-source radiosurgery unit with integrated cone-beam CT"),
                  ("Fixation", "Frameless: thermoplastic mask with nose-marker infrared motion monitoring (no head frame)"),
                  ("Planning MRI", "09/21/2026, T1 post-gadolinium 1 mm, T2, FLAIR"),
                  ("Stereotactic reference", "Cone-beam CT at the unit on the day, co-registered to the MRI"),
                  ("Planning system", "ORRERY-GP 10.4 (invented)")]),
        RuledTable([("Target", "Size", "Location note", "Marginal dose", "Isodose", "Isocentres"),
                    ("1 Pons", "5 mm", "within the right dorsal pons", "16 Gy", "50%", "1"),
                    ("2 L cavernous sinus", "13 mm", "lateral wall of left cavernous sinus; chiasm 8 mm", "14 Gy", "50%", "6"),
                    ("3 R frontal", "11 mm", "superior frontal gyrus", "20 Gy", "50%", "3"),
                    ("4 L occipital", "9 mm", "abuts the optic radiation; 31 mm from L optic tract", "20 Gy", "50%", "2")]),
        P("OARs: brainstem (excluding target 1) D0.1cc 10.9 Gy; optic chiasm max 7.1 Gy; left optic nerve max 6.2 Gy; "
          "left visual cortex mean 4.0 Gy."),
        P("Delivery 09/22/2026 in one session. A second cone-beam CT before delivery confirmed the mask position (0.6 mm); "
          "infrared monitoring kept motion within the 1.5 mm threshold, one automatic beam pause at 37 minutes, resumed "
          "after re-imaging. Physics second calculation agreed within 1.3%."),
        P("Doses delivered as planned: pons 16 Gy, left cavernous sinus 14 Gy, right frontal 20 Gy, left occipital 20 Gy."),
        sig("Eudora Kettleworth, MD, Radiation Oncology 09/22/2026"),
        sig("Ravindra Holm-Achebe, MD, Neurosurgery 09/22/2026"),
        sig("Saoirse Lindgren, MS, Physics 09/22/2026"),
    ]], opts=dict(header=[_c, "Frameless cobalt-60 radiosurgery"]))])

# k85_12 -- bundle (2 files): resection cavity 27 Gy / 3; tumour was 3.8 cm before surgery, cavity now 2.9 cm --------
_c = "ROOKWOOD TEACHING HOSPITAL"
add(name="k85_12", kind="bundle", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal resection cavity", "cranial", S, 27, 3)],
    categories=cats(),
    notes="Two-file bundle: dictated post-operative consult (right frontal breast-cancer metastasis 3.8 x 3.3 x 3.0 cm "
          "resected 10/2026; recommends cavity SRS in three fractions) and a plan + treatment record printout of "
          "27 Gy in 3 fractions to the cavity (cavity 2.9 x 2.1 x 1.8 cm, CTV 3.3 cm). The treated target is the "
          "cavity, under 3.5 cm with no other trigger: simple (61796 right); the pre-operative tumour size is history.",
    docs=[
        Doc("1_postop_consult.txt", text=f"""
ROOKWOOD TEACHING HOSPITAL - RADIATION ONCOLOGY - POST-OPERATIVE CONSULTATION (dictated)
Patient: {patient(12)}   MRN: {mrn(12)}   DOB: 03/17/1972   Date: 11/02/2026
Attending: Henrietta Ogunwale-Brandt, MD   Resident: Dr. P. Sorensen   Neurosurgeon: Lazarus Quint, MD

History: fifty four year old woman with ER positive HER2 negative breast cancer, bone only metastatic disease on letrozole and ribociclib, presented in October with left arm weakness and a seizure. MRI 10/05/2026 showed a single right frontal mass, three point eight by three point three by three point zero centimeters, with edema. She underwent gross total resection by Dr. Quint on 10/09/2026; pathology metastatic breast carcinoma.

Post operative MRI 10/30/2026: resection cavity without residual enhancement, cavity measures two point nine by two point one by one point eight centimeters. No other lesions. Weakness resolved. KPS ninety.

Plan: stereotactic radiosurgery to the resection cavity, twenty seven gray in three fractions, linac, mask based. Simulation next week with a new MRI for fusion. Risks including radionecrosis and leptomeningeal recurrence discussed. Consent obtained.

H. Ogunwale-Brandt, MD
{FOOT}
"""),
        Doc("2_plan_and_treatment.pdf", [
            [H1("Cavity SRS - Plan"),
             KeyValue([("Simulation", "11/09/2026: thermoplastic SRS mask; CT 1 mm with contrast; MRI T1 post-Gd 1 mm 11/08/2026 fused"),
                       ("Target", "CTV_cav = resection cavity + 2 mm along the surgical tract and dura; 3.3 x 2.5 x 2.2 cm, 9.6 cc; PTV = CTV + 1 mm"),
                       ("Prescription", "27 Gy in 3 fractions (9 Gy/fx), alternate days, to the 80% isodose line"),
                       ("Technique", "6 MV FFF gantry linac, 4 non-coplanar VMAT arcs; TPS HERON 7 (invented)"),
                       ("Key doses", "Brain-PTV V20Gy 16.2 cc; brainstem D0.03cc 3.1 Gy; chiasm D0.03cc 2.4 Gy"),
                       ("QA", "Second calculation and patient-specific QA passed 11/12/2026")]),
             sig("Henrietta Ogunwale-Brandt, MD 11/12/2026"), sig("Elias Haverkamp, PhD 11/12/2026")],
            [H1("Treatment Record"),
             RuledTable([("Fx", "Date", "CBCT / shifts approved", "Dose (Gy)", "Total (Gy)"),
                         ("1", "11/16/2026", "yes - HOB", "9", "9"),
                         ("2", "11/18/2026", "yes - HOB", "9", "18"),
                         ("3", "11/20/2026", "yes - PS", "9", "27")]),
             P("Completed 11/20/2026: right frontal resection cavity 27 Gy in 3 fractions. MRI in 2 months."),
             sig("Henrietta Ogunwale-Brandt, MD 11/20/2026")],
        ], opts=dict(header=head(_c + " - Radiation Oncology", 12, "03/17/1972"))),
    ])


# ==================================================================================================
# Spine and body
# ==================================================================================================

# k85_13 -- pdf: RCC metastasis to the T9 vertebral body with right paraspinal extension, 24 Gy / 2; 63621 claimed -
_c = "FOXLEY GATE ONCOLOGY"
add(name="k85_13", kind="pdf", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T9 vertebral body", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Spine SBRT plan summary and record: 'metastatic renal cell carcinoma to the T9 vertebral body' with right "
          "pedicle and paraspinal soft-tissue extension, one target (GTV_T9 includes the paraspinal component), "
          "24 Gy in 2 fractions, full-body vacuum immobilisation, CT + MRI, CBCT each fraction. The site is spinal "
          "although the organ of origin is the kidney; one lesion, so 63621 is wrong.",
    docs=[Doc("k85_13.pdf", [
        [H1("Spine SBRT - Plan Summary"),
         KeyValue([("Patient", f"{patient(13)}   MRN {mrn(13)}   DOB 08/08/1957"),
                   ("Diagnosis", "Metastatic renal cell carcinoma (clear cell; left nephrectomy 2021) to the T9 vertebral body (C79.51)"),
                   ("Extent", "T9 body and right pedicle with a 2.1 cm right paraspinal soft-tissue component; epidural Bilsky 1a; SINS 7"),
                   ("Prior RT to this level", "none"),
                   ("Simulation", "11/30/2026 - full-body vacuum immobilisation system, arms up; CT 1.25 mm"),
                   ("MRI", "Thoracic spine T1, T2, T1 post-Gd 1 mm, 11/30/2026, fused for cord and target"),
                   ("Targets", "GTV_T9 (body, pedicle and paraspinal extension); CTV_T9 per consensus (body, right pedicle, right transverse process); PTV = CTV + 2 mm, cord excluded"),
                   ("Prescription", "24 Gy in 2 fractions (12 Gy/fx) to PTV_T9, D90 >= 100%"),
                   ("Plan", "6 MV FFF gantry linac, 2 VMAT arcs; TPS CORMORANT 4 (invented)"),
                   ("Cord", "Spinal cord (PRV) D0.035cc 15.8 Gy; esophagus D0.035cc 19.2 Gy"),
                   ("QA", "Second calc and portal-dosimetry QA passed 12/02/2026")]),
         sig("Anselm Radcliffe-Obi, MD 12/02/2026"), sig("Ilse Vandermolen, PhD 12/02/2026")],
        [H1("Delivery Record"),
         RuledTable([("Fx", "Date", "IGRT", "Dose to PTV_T9", "Cumulative"),
                     ("1", "12/04/2026", "CBCT, 6DoF, physician approved", "12 Gy", "12 Gy"),
                     ("2", "12/07/2026", "CBCT, 6DoF, physician approved", "12 Gy", "24 Gy")]),
         P("Completed 12/07/2026: T9 vertebral body metastasis (with paraspinal extension) 24 Gy in 2 fractions. Pain 2/10. "
           "Continue cabozantinib. MRI thoracic spine in 3 months."),
         sig("Anselm Radcliffe-Obi, MD 12/07/2026")],
    ], opts=dict(header=head(_c, 13, "08/08/1957")))])

# k85_14 -- bundle (2 files): re-irradiation of T12-L1 (one target over two levels) on a robotic-arm linac ----------
_c = "ELDERSHAW SPINE AND ONCOLOGY CENTER"
add(name="k85_14", kind="bundle", codes=["G0339", "G0340", "77435", "63620", "63621"],
    facts=F("robotic_linac", ["spinal"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T12-L1", "spinal", None, 25, 5)],
    categories=cats(),
    notes="Two-file bundle: a printed re-irradiation prescription (recurrent prostate-cancer metastasis at "
          "T12-L1 after 30 Gy / 10 to T11-L2 in 2024) and a dictated "
          "completion summary: 25 Gy in 5 fractions on a robotic-arm linac with spine tracking, vacuum cushion, CT + "
          "MRI. One target spans two levels (one PTV), so 63621 is wrong; the 2024 course is history.",
    docs=[
        Doc("1_reirradiation_prescription.pdf", [[
            H1("Spine SBRT Re-irradiation - Prescription"),
            KeyValue([("Patient", f"{patient(14)}   MRN {mrn(14)}"), ("Date", "01/12/2027"),
                      ("Diagnosis", "Metastatic castration-resistant prostate adenocarcinoma; progressive disease at T12-L1 (C79.51)"),
                      ("Prior radiotherapy", "30 Gy in 10 fractions, T11-L2, AP/PA, 03/2024 (outside centre); cord cumulative assessed"),
                      ("Target", "PTV_T12_L1: one contiguous target, T12 body and left pedicle, L1 body, left paraspinal 1.2 cm; 38.4 cc"),
                      ("Prescription", "25 Gy in 5 fractions (5 Gy/fx) to the 80% isodose, daily"),
                      ("Simulation", "01/05/2027 CT 1.25 mm in a vacuum cushion, arms by side; MRI T-L spine 01/04/2027 fused"),
                      ("Unit", "Robotic-arm mounted 6 MV linac; spine tracking on vertebral anatomy (orthogonal kV), no fiducials"),
                      ("Planning", "GANNET Plan 5 (invented), 141 beams, Iris-type variable collimator"),
                      ("Cord (re-irradiation)", "this course D0.035cc 13.9 Gy; cumulative nBED within institutional limit"),
                      ("QA", "Physics check and delivery QA passed 01/12/2027")]),
            sig("Philippa Drummond-Aziz, MD 01/12/2027"), sig("Horatio Wendt, MS 01/12/2027"),
        ]], opts=dict(header=head(_c, 14, "06/25/1950"))),
        Doc("2_completion_dictated.txt", text=f"""
{_c}
END OF TREATMENT SUMMARY (dictated, not read)
Patient: {patient(14)}   MRN: {mrn(14)}   DOB: 06/25/1950
Physician: Philippa Drummond-Aziz, MD   Dictated 01/22/2027

Mr. Hollinsgate completed his second course of radiation to the thoracolumbar junction today. This was stereotactic body radiation as a re irradiation to the T twelve to L one target, twenty five gray in five fractions, five gray per fraction, given on the robotic arm linac from January fifteenth to January twenty first, one fraction each weekday except the weekend, fractions one through five all delivered. Spine tracking with orthogonal kilovoltage images throughout every fraction, corrections within tolerance. He lay in his vacuum cushion for each treatment, about thirty five minutes each.

For the record his first course was thirty gray in ten to T eleven through L two in March 2024 elsewhere; that is not part of this course.

Tolerance: grade one nausea on day two, ondansetron as needed. Back pain down from seven to three out of ten. No new neurological symptoms.

Plan: MRI of the thoracolumbar spine in three months. Continue enzalutamide per Dr. Bellweather.

P. Drummond-Aziz, MD
{FOOT}
"""),
    ])

# k85_15 -- pdf: oligometastases, left adrenal + right iliac bone in one course, 5 fractions, different doses ---------
_c = "HARTWELL BAY CANCER CENTRE"
add(name="k85_15", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left adrenal", "body", None, 40, 5), L("right iliac bone", "body", None, 35, 5)],
    categories=cats(),
    notes="Plan summary and treatment record of one SBRT course to two oligometastatic sites of NSCLC: left adrenal "
          "40 Gy / 5 and right iliac wing 35 Gy / 5, treated in the same five sessions, 4DCT in a vacuum cushion with "
          "abdominal compression, PET-CT fused. The T7 vertebral SBRT of 2025 is history (not spinal in this course). "
          "77373 + 77435 right.",
    docs=[Doc("k85_15.pdf", [
        [H1("SBRT Plan Summary - Oligometastatic Disease"),
         KeyValue([("Patient", f"{patient(15)}   MRN {mrn(15)}   DOB 04/02/1961"),
                   ("Diagnosis", "NSCLC (adenocarcinoma, ALK negative) with oligometastases: left adrenal (C79.72) and right iliac wing (C79.51)"),
                   ("History", "T7 vertebral metastasis treated with SBRT 24 Gy / 2 in 05/2025, controlled; not retreated"),
                   ("Simulation", "02/01/2027: vacuum cushion, arms up, abdominal compression plate; 4DCT 2 mm"),
                   ("Additional imaging", "FDG PET-CT 01/25/2027 registered to the planning CT for both targets"),
                   ("Technique", "6 MV FFF gantry linac, one isocentre per target, 2 VMAT arcs each; TPS PETREL 12 (invented)"),
                   ("QA", "Second calculation and patient-specific QA passed for both plans 02/05/2027")]),
         RuledTable([("Target", "Volume", "Prescription", "Dose/fx", "Coverage", "Key OAR"),
                     ("PTV_Adrenal_L (ITV + 5 mm)", "41.2 cc", "40 Gy / 5 fx", "8 Gy", "V100 95.4%", "stomach D0.5cc 31.8 Gy"),
                     ("PTV_Ilium_R (GTV + 3 mm)", "28.7 cc", "35 Gy / 5 fx", "7 Gy", "V100 96.2%", "bowel D0.5cc 27.0 Gy")]),
         sig("Morwenna Castellan-Iyer, MD 02/05/2027"), sig("Tadeusz Pemberton, PhD 02/05/2027")],
        [H1("Treatment Record"),
         RuledTable([("Fx", "Date", "IGRT", "PTV_Adrenal_L", "PTV_Ilium_R"),
                     ("1", "02/08/2027", "CBCT each isocentre", "8 Gy", "7 Gy"),
                     ("2", "02/10/2027", "CBCT each isocentre", "8 Gy", "7 Gy"),
                     ("3", "02/12/2027", "CBCT each isocentre", "8 Gy", "7 Gy"),
                     ("4", "02/15/2027", "CBCT each isocentre", "8 Gy", "7 Gy"),
                     ("5", "02/17/2027", "CBCT each isocentre", "8 Gy", "7 Gy"),
                     ("Total", "", "", "40 Gy", "35 Gy")]),
         P("Course completed 02/17/2027 as prescribed. Grade 1 nausea. PET-CT in 3 months."),
         sig("Morwenna Castellan-Iyer, MD 02/17/2027")],
    ], opts=dict(header=head(_c, 15, "04/02/1961")))])

# k85_16 -- bundle (3 files): pancreas SBRT 33 Gy / 5 with fiducials; the letter to the surgeon says 35 Gy -----------
_c = "NORTH RIDING UNIVERSITY CANCER CENTRE"
add(name="k85_16", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("pancreatic head", "body", None, 33, 5)],
    categories=cats(),
    contradiction="The dictated letter to the surgeon says thirty-five gray in five fractions, while the prescription and the five-row treatment record give 33 Gy in 5 fractions.",
    notes="Three-file bundle: simulation note (three EUS-placed gold fiducials, vacuum cushion, 4DCT + MRI), "
          "prescription and fraction record (borderline-resectable pancreatic head adenocarcinoma, 33 Gy in 5 "
          "fractions, fiducial-matched CBCT) and a dictated letter to the surgeon that says thirty-five gray "
          "(contradiction; gold follows the record).",
    docs=[
        Doc("1_simulation_note.txt", text=f"""
NORTH RIDING UNIVERSITY CANCER CENTRE - RADIATION ONCOLOGY - SIMULATION NOTE
{patient(16)}   MRN {mrn(16)}   DOB 09/09/1955   Sim date 02/15/2027
Physician: Cosima Erskine-Bello, MD

Diagnosis: adenocarcinoma of the head of pancreas, borderline resectable (SMV abutment), after four months of FOLFIRINOX with partial response. Plan from tumour board: SBRT before re-staging for surgery.

Fiducials: three gold fiducial markers placed by endoscopic ultrasound on 02/08/2027 (Dr. Anand), all visible on CT.
Position: supine, arms above head on a wing board, full-length vacuum cushion, knee wedge. Nil by mouth 3 h.
Scans: 4DCT 2 mm with IV contrast (fiducial motion 7 mm SI, so a gated plan is not needed with an ITV); MRI abdomen (T1 post-contrast, T2, DWI) same afternoon in the treatment position, fused to the CT.
Planned: 33 Gy in 5 fractions to the tumour / vessel interface, daily, with fiducial-matched CBCT.

C. Erskine-Bello, MD
{FOOT}
"""),
        Doc("2_prescription_and_record.pdf", [
            [H1("Pancreas SBRT - Prescription and Plan"),
             KeyValue([("Target", "GTV (pancreatic head tumour + SMV/SMA interface) -> ITV on 4DCT -> PTV = ITV + 3 mm, 27.4 cc"),
                       ("Prescription", "33 Gy in 5 fractions (6.6 Gy/fx) to PTV, prescribed to cover 90% of the PTV"),
                       ("Technique", "10 MV FFF gantry linac, 2 VMAT arcs; TPS PETREL 12 (invented)"),
                       ("OARs", "Duodenum D0.5cc 32.6 Gy; stomach D0.5cc 29.9 Gy; bowel D0.5cc 28.0 Gy"),
                       ("QA", "Physics second calc and patient-specific QA passed 02/19/2027")]),
             sig("Cosima Erskine-Bello, MD 02/19/2027"), sig("Gideon Throssell, MS 02/19/2027")],
            [H1("Fraction Record"),
             RuledTable([("Fx", "Date", "Imaging", "Dose", "Total"),
                         ("1", "02/22/2027", "CBCT, fiducial match, MD approved", "6.6 Gy", "6.6 Gy"),
                         ("2", "02/23/2027", "CBCT, fiducial match, MD approved", "6.6 Gy", "13.2 Gy"),
                         ("3", "02/24/2027", "CBCT, fiducial match, MD approved", "6.6 Gy", "19.8 Gy"),
                         ("4", "02/25/2027", "CBCT, fiducial match, MD approved", "6.6 Gy", "26.4 Gy"),
                         ("5", "02/26/2027", "CBCT, fiducial match, MD approved", "6.6 Gy", "33.0 Gy")]),
             P("Completed 02/26/2027: pancreatic head 33 Gy in 5 fractions."),
             sig("Cosima Erskine-Bello, MD 02/26/2027")],
        ], opts=dict(header=head(_c, 16, "09/09/1955"))),
        Doc("3_letter_to_surgeon.txt", text=f"""
NORTH RIDING UNIVERSITY CANCER CENTRE
March 1, 2027

Mr. Ignatius Fairholme, FRCS
Hepatopancreatobiliary Surgery

Re: {patient(16)}, DOB 09/09/1955, MRN {mrn(16)}

Dear Ignatius,

Mr. Langmere completed stereotactic body radiotherapy to the pancreatic head on February twenty sixth, thirty five gray in five fractions over one week, with the fiducials you and Dr. Anand arranged. He had some anorexia and one episode of vomiting but is eating well again. I would suggest re-staging CT and CA 19-9 in four weeks with a view to your clinic after that.

With kind regards,

Cosima Erskine-Bello, MD
Dictated, not read
{FOOT}
"""),
    ])

# k85_17 -- dictation (text): single-fraction SBRT of a primary kidney cancer, claimed as one-session cranial SRS ----
_c = "CALDERBROOK ONCOLOGY ASSOCIATES"
add(name="k85_17", kind="dictation", codes=["77372", "77432"],
    facts=F("linac", ["body"], 1, 1, ["CT"], []),
    lesions=[L("left kidney lower pole", "body", None, 26, 1)],
    categories=cats(positioning=False),
    notes="Dictated SBRT treatment note: primary left renal cell carcinoma (4.2 cm, lower pole, biopsy-proven, "
          "medically inoperable) treated with 26 Gy in a single fraction on a gantry linac, 4DCT, ITV/PTV, CBCT. "
          "One session but extracranial: the claimed one-session cranial codes 77372/77432 are wrong (77373/77435). "
          "No immobilisation device is mentioned (positioning unmet, none in the facts).",
    docs=[Doc("k85_17.txt", text=f"""
CALDERBROOK ONCOLOGY ASSOCIATES
SBRT TREATMENT NOTE - dictated
Patient {patient(17)}, MRN {mrn(17)}, DOB 01/21/1944. Date of treatment April fifth 2027. Physician Jerome Okonkwo-Lyall, MD.

Diagnosis. Clear cell renal cell carcinoma of the left kidney, lower pole, four point two centimeters, biopsy proven in February, not a surgical candidate because of severe C O P D and a recent myocardial infarction; declined cryoablation. Creatinine one point four, stable.

Planning. CT simulation with four D C T on March twenty second, breathing motion of the kidney eleven millimeters. The gross tumor was contoured on each phase to make an I T V, with a five millimeter margin to the P T V. The plan is two partial V M A T arcs, ten M V flattening filter free, in TERN Planner, which is invented. Prescription twenty six gray in one fraction to the P T V, prescribed to the eighty percent isodose line. Left kidney V seventeen point five gray thirty two percent, right kidney mean one point one gray, small bowel D five cc eleven point eight gray. Physics second check and patient specific Q A passed.

Treatment. Single fraction delivered today. Cone beam CT before treatment matched on the kidney and tumor, shifts approved by me, and a second cone beam CT halfway through showed the tumor within the P T V.

Summary: left kidney lower pole renal cell carcinoma, twenty six gray in one fraction, completed today. He will have a CT abdomen and renal function in three months.

J. Okonkwo-Lyall, MD
{FOOT}
""")])

# k85_18 -- pdf (two columns): sternum, left 5th rib and a right internal mammary node; no planning detail ---------
_c = "WYNDHAM ABBEY RADIATION SERVICES"
add(name="k85_18", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 3, 3, ["CT"], ["body_immobilization"]),
    lesions=[L("sternum", "body", None, 30, 3), L("left 5th rib", "body", None, 30, 3),
             L("right internal mammary lymph node", "body", None, 27, 3)],
    categories=cats(plan=False),
    notes="Two-column completion letter of a breast-cancer oligometastatic SBRT course: body of sternum 30 Gy / 3, "
          "left anterolateral 5th rib 30 Gy / 3 and a right internal mammary lymph node 27 Gy / 3, vacuum cushion, CT "
          "simulation, daily CBCT. No target delineation, isodose, arcs or planning system are given: plan unmet. "
          "The T6 vertebral lesion treated in 2025 is history.",
    docs=[Doc("k85_18.pdf", [[
        P("WYNDHAM ABBEY RADIATION SERVICES - 12 Cloister Lane"),
        P("April 30, 2027"),
        P("Dr. Florentyna Ashdown-Kaur\nBreast Oncology, Wyndham Abbey General"),
        P(f"Re: {patient(18)}   DOB 07/14/1966   MRN {mrn(18)}"),
        P("Dear Florentyna,"),
        P("Mrs. Nethercott-Bly has finished her stereotactic body radiotherapy for the three sites of oligoprogression "
          "we discussed at the April tumour board. She was simulated on April 12 with a CT in a full-length vacuum cushion, "
          "arms above her head, and treated on our gantry linac on April 19, 21 and 23, with cone-beam CT before every "
          "fraction and physician review of the match."),
        P("Doses delivered, each in 3 fractions:"),
        BulletList(["body of sternum (lytic, 2.4 cm): 30 Gy",
                    "left 5th rib, anterolateral (1.6 cm): 30 Gy",
                    "right internal mammary lymph node, 2nd interspace (1.3 cm): 27 Gy"]),
        P("Her T6 vertebral metastasis, treated with SBRT in 2025, remains controlled clinically and radiologically "
          "and was not treated again."),
        P("She had mild chest-wall soreness and fatigue, both settling. I would suggest continuing fulvestrant and "
          "repeating the PET-CT in three months; I will see her after it."),
        P("With best wishes,"),
        sig("Lysander Quayle-Mortimer, MD, Radiation Oncology"),
    ]], opts=dict(two_columns=True, header=[_c]))])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# k85_19 -- pdf: femur SBRT plan approved, cancelled before fraction 1 (pathological fracture) ----------------------
_c = "BRIGHTWATER PENINSULA HOSPITAL - RADIATION ONCOLOGY"
add(name="k85_19", kind="pdf", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a complete-looking SBRT plan printout for a right proximal femur metastasis (30 Gy in 5, "
          "vacuum cushion, CT sim, approved, QA passed) with a cancellation addendum: pathological fracture two days "
          "before fraction 1, fixed surgically, SBRT cancelled, no fraction given. Nothing delivered.",
    docs=[Doc("k85_19.pdf", [[
        H1("SBRT Treatment Plan - Approved"),
        KeyValue([("Patient", f"{patient(19)}   MRN {mrn(19)}   DOB 02/02/1958"),
                  ("Diagnosis", "Metastatic renal cell carcinoma, right proximal femur (intertrochanteric), Mirels score 8"),
                  ("Simulation", "05/03/2027: vacuum cushion, CT 2 mm"),
                  ("Target", "GTV_Femur_R (intertrochanteric lytic lesion 3.1 cm) -> PTV + 5 mm, 48.6 cc"),
                  ("Prescription", "30 Gy in 5 fractions, 6 Gy per fraction, to the 80% isodose line"),
                  ("Technique", "6 MV gantry linac, 2 VMAT arcs; TPS PETREL 12 (invented)"),
                  ("Scheduled", "05/10/2027 - 05/14/2027"),
                  ("Plan approval", "05/06/2027 (physician and physicist); patient-specific QA passed 05/07/2027")]),
        sig("Ottoline Farquharson, MD 05/06/2027"), sig("Benedikt Aalto, MS 05/06/2027"),
        H2("Addendum 05/10/2027 - course cancelled"),
        P("The patient fell at home on 05/08/2027 and sustained a pathological fracture through the planned target. He "
          "underwent intramedullary nailing on 05/09/2027 (orthopaedics, Dr. Mwangi). The SBRT plan is cancelled; no "
          "fraction was delivered. Post-operative conventional radiotherapy to the whole femoral construct will be "
          "considered at 2-3 weeks and would need a new simulation and plan."),
        sig("Ottoline Farquharson, MD 05/10/2027"),
    ]], opts=dict(header=head(_c, 19, "02/02/1958")))])

# k85_20 -- dictation (text): cobalt-60 session aborted by a unit fault after frame and MRI; no radiation given -----
_c = "STILLWATER CROSSING RADIOSURGERY"
add(name="k85_20", kind="dictation", codes=["77371", "77432", "61796", "61800"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: dictated procedure note in which the frame was applied, stereotactic MRI done and a plan "
          "made for a left frontal convexity meningioma (14 Gy to the 50% isodose), but a collimator fault on the "
          "cobalt-60 unit stopped the session before any beam-on; frame removed, treatment rescheduled. Nothing "
          "delivered in this record.",
    docs=[Doc("k85_20.txt", text=f"""
{_c}
PROCEDURE NOTE - RADIOSURGERY (dictated)
Patient: {patient(20)}    MRN: {mrn(20)}    DOB: 10/10/1962
Date: 06/08/2027
Surgeon: Crispin Haldane-Obi, MD    Radiation oncology: Marguerite Lindqvist, MD    Physicist: Ezra Bellamy-Tan, PhD

Indication: left frontal convexity meningioma, two point four centimeters, enlarging over two years, for radiosurgery.

Procedure: The stereotactic head frame was applied under local anesthesia at seven ten without difficulty. Stereotactic MRI was obtained, T one post contrast one millimeter. A plan was made in ORRERY-GP 10.4, which is invented, fourteen gray to the fifty percent isodose line with nine isocenters, and approved by all three of us.

At nine forty the patient was positioned on the cobalt sixty unit. During the automatic collimator check before the first run the unit reported a sector drive fault which recurred after a restart. No shot was started and no radiation was delivered. The manufacturer's engineer estimated a repair time of at least a day. After discussion with the patient and his wife we removed the frame at ten twenty five; pin sites were dressed. He will be rescheduled for a new frame, new imaging and a new plan once the unit has passed its acceptance checks.

No complications. He went home with his wife.

C. Haldane-Obi, MD
{FOOT}
""")])


CORPUS = Corpus("blind_corpus85", "tests/blind_corpus85", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
