"""Eighty-third blind corpus, ``tests/blind_corpus83/`` (regenerate: ``python scripts/make_corpus.py blind_corpus83``).

HELD OUT: written blind (without reading the reader's code) and never tuned to; scored once per session.

A fair sample of the dictated and bundled half of a US coding office's stereotactic in-tray, from about fifteen
invented clinics, in ordinary proportions rather than as a collection of traps: eight cranial courses (cobalt-60,
gantry linac and robotic-arm linac; 1 to 7 lesions; frames and masks; mostly simple metastases, some complex by
tumour type, location or functional target), four spine SBRT courses, six body SBRT courses (lung, liver,
prostate, adrenal, pancreas, para-aortic node) and two hard negatives (a consult that only recommends, a lung
course simulated and planned but cancelled before the first fraction). Ten charts are bundles of 2-4 files
(.pdf and .txt, 4-8 pages) in which lesion names, doses or the lesion list change between documents (a lesion
found at planning, a fraction rescheduled, a course stopped early, a dose changed at planning); two scanned
documents; one two-column page; three charts that contradict themselves (``contradiction``). Claimed codes are
mostly right; three charts carry the office errors seen in practice (a cobalt-60 fractionated course billed
as single-session, a single-fraction spine course billed with cranial codes, a brainstem lesion billed as simple).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code). Every clinic, clinician and system is invented.
"""

# ruff: noqa: E501  (dictations and letters are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import BulletList, ColumnBreak, KeyValue, Paragraph, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FOOT = "SYNTHETIC - blind corpus 83 - no real patient"

PATIENTS = [
    ("VARNHOLT", "EDITH"), ("KROSSLEY", "DENNIS"), ("AMBERLAIN", "RUTH"), ("THISTLEWOOD", "GARY"),
    ("OAKENFELD", "MARIANNE"), ("BRAMLAGE", "TERESA"), ("DUNMORELAND", "PHILLIP"), ("HESKETH-VANE", "LORRAINE"),
    ("CASTELLOW", "RAYMOND"), ("YARBOROUGH-LIND", "FRANK"), ("PELLINGHAM", "WALTER"), ("SZYMBOREK", "ANITA"),
    ("GILCHREST-MOYA", "HAROLD"), ("WHITCOMBE", "LUIS"), ("FAIRBRASS", "KENNETH"), ("ONDREICKA", "JANET"),
    ("MABBERLEY", "DORIS"), ("TREVANION", "CURTIS"), ("LEFFINGWELL", "GLORIA"), ("ROOKWOOD", "SAMUEL"),
]


def patient(n: int) -> str:
    last, first = PATIENTS[n - 1]
    return f"{last}, {first}"


def mrn(n: int) -> str:
    return f"SYN-830{n:02d}"


def head(clinic: str, n: int, dob: str, extra: str = "") -> list[str]:
    return [clinic, f"{patient(n)}   MRN {mrn(n)}   DOB {dob}" + (f"   {extra}" if extra else "")]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial (8)
# ==================================================================================================

# d83_01 -- bundle (4 files): cobalt-60 frame SRS; consult two metastases, stereotactic MRI finds a third -----------
_c = "LARCHMONT HILLS NEUROSCIENCE CENTER"
add(name="d83_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 3, 1, ["MRI"], ["frame"]),
    lesions=[L("right frontal", "cranial", S, 20, 1), L("left cerebellar", "cranial", S, 22, 1),
             L("left occipital", "cranial", S, 22, 1)],
    categories=cats(),
    notes="Four-file bundle from a neurosurgical radiosurgery centre: dictated consult (two lung-cancer metastases on "
          "the diagnostic MRI), dictated procedure note (frame, same-day stereotactic MRI shows a third 4 mm left "
          "occipital lesion, all three treated), one-page treatment record (shots, 50% isodose, coordinate check) "
          "and a letter to the medical oncologist. Simple metastases; stereotactic MRI only.",
    docs=[
        Doc("1_consult_dictated.txt", text=f"""
LARCHMONT HILLS NEUROSCIENCE CENTER
Neurosurgery / Radiosurgery Program
OUTPATIENT CONSULTATION

Patient: {patient(1)}     MRN: {mrn(1)}     DOB: 06/02/1954
Date of visit: 02/03/2026
Provider: Gregor Haldane-Price, MD
Referring: Noor Abernathy, MD (Medical Oncology)
Dictated but not read. Transcribed by MEDSCRIBE NET (invented) 02/04/2026.

CHIEF COMPLAINT: Brain metastases.

HISTORY OF PRESENT ILLNESS: Mrs. Varnholt is a seventy one year old woman with stage four non small cell lung cancer adenocarcinoma, E G F R exon nineteen deletion, on osimertinib since last spring with a good response in the chest. Restaging MRI of the brain on January twenty sixth showed two new enhancing lesions, a right frontal lesion measuring one point four centimeters with a small amount of edema and a left cerebellar lesion of eight millimeters. She reports mild headaches in the mornings, no weakness, no seizures, no visual change.

PAST MEDICAL HISTORY: Hypertension, osteoarthritis of both knees, cholecystectomy. No prior brain radiation.

MEDICATIONS: Osimertinib eighty milligrams daily, amlodipine, acetaminophen as needed.

PHYSICAL EXAMINATION: Pleasant, alert, oriented times three. Cranial nerves two through twelve intact. No drift. Finger to nose normal bilaterally. Tandem gait slightly unsteady which she attributes to her knees. K P S eighty.

IMPRESSION: Two brain metastases from E G F R mutant lung adenocarcinoma, both small, neither close to the optic apparatus or the brainstem, controlled extracranial disease.

PLAN: We discussed observation on osimertinib alone versus radiosurgery, and she and her daughter would like to proceed with radiosurgery, which I think is reasonable given the edema and the headaches. We will schedule single session radiosurgery on the cobalt unit with a stereotactic head frame and a same day stereotactic MRI. I explained that the procedure day MRI sometimes shows additional small lesions which we would treat at the same time. Osimertinib does not need to be held. Consent obtained. Tentative date February nineteenth.

Gregor Haldane-Price, MD
{FOOT}
"""),
        Doc("2_procedure_note_dictated.txt", text=f"""
LARCHMONT HILLS NEUROSCIENCE CENTER - OPERATIVE / PROCEDURE NOTE
Patient: {patient(1)}   MRN: {mrn(1)}   Date of service: 02/19/2026

PREOPERATIVE DIAGNOSIS: Brain metastases, lung adenocarcinoma, two lesions.
POSTOPERATIVE DIAGNOSIS: Brain metastases, lung adenocarcinoma, three lesions.

PROCEDURE:
1. Application of stereotactic head frame.
2. Stereotactic MRI for target localization.
3. Stereotactic radiosurgery on the cobalt-60 multi-source unit, single session, three targets.

SURGEON: Gregor Haldane-Price, MD. RADIATION ONCOLOGIST: Celeste Marchbanks-Iyer, MD. PHYSICIST: Anton Brevik, PhD.

INDICATIONS: See consultation of February third.

DESCRIPTION OF PROCEDURE: The patient was identified in the holding area and the consent was reviewed. Four pin sites were prepped with chlorhexidine and infiltrated with lidocaine one percent with epinephrine mixed with bupivacaine. The stereotactic frame was applied in the usual fashion with the frame shifted to the left and posterior to accommodate the cerebellar target. Pins were tightened to finger tight with the torque wrench. There were no complications of frame placement.

She then underwent stereotactic MRI with the localizer box, axial volumetric T1 with gadolinium at one millimeter and T2 images. The right frontal and left cerebellar lesions were again seen. There is also a new four millimeter enhancing lesion in the left occipital lobe, medial, not clearly seen on the January study in retrospect. After discussion with the patient and her daughter, this was included.

Dose planning was carried out jointly by Dr. Marchbanks-Iyer, Dr. Brevik and myself. Each target was outlined on the stereotactic MRI and prescribed to the fifty percent isodose line, twenty gray to the right frontal lesion and twenty two gray to each of the two smaller lesions, see the treatment record for shots and collimators. The plan was approved by all three of us.

The patient was positioned on the couch and the frame was docked. Treatment was delivered without interruption, total treatment time forty one minutes. The frame was removed and the pin sites were dressed. She was observed for one hour and discharged home with her daughter on dexamethasone four milligrams twice a day for three days.

ESTIMATED BLOOD LOSS: Less than five milliliters.
COMPLICATIONS: None.

Gregor Haldane-Price, MD  (dictated 02/19/2026 14:55, signed 02/20/2026)
{FOOT}
"""),
        Doc("3_treatment_record.pdf", [[
            H1("Radiosurgery Treatment Record"),
            KeyValue([("Patient / MRN", f"{patient(1)} / {mrn(1)}"), ("Date", "02/19/2026 (single session)"),
                      ("Unit", "Cobalt-60 multi-source radiosurgery unit, 4/8/16 mm collimators"),
                      ("Fixation", "Stereotactic head frame, 4 pins"),
                      ("Imaging", "Stereotactic MRI 02/19/2026 (T1 + Gd 1 mm, T2), fiducial fit error 0.3 mm"),
                      ("Planning system", "KESTREL-RS 6.1 (invented)")]),
            RuledTable([("Target", "Site", "Diam (mm)", "Vol (cc)", "Presc. (Gy)", "IDL", "Shots", "Coverage"),
                        ("1", "R frontal", "14", "1.12", "20.0", "50%", "7", "98.5%"),
                        ("2", "L cerebellum", "8", "0.21", "22.0", "50%", "3", "99.2%"),
                        ("3", "L occipital (new)", "4", "0.03", "22.0", "50%", "1", "100%")]),
            TextTable([("Organ at risk", "Max dose"), ("Brainstem", "6.4 Gy"), ("Chiasm", "1.1 Gy"),
                       ("Brain V12", "2.9 cc")], columns=(0, 200)),
            P("Pre-treatment check: frame coordinates of all 11 shots verified against the plan printout by the physicist; "
              "independent timing calculation agrees within 1.5%. Delivered 11:02-11:43, no interruptions."),
            sig("Anton Brevik, PhD 02/19/2026"),
            sig("Celeste Marchbanks-Iyer, MD 02/19/2026"),
            sig("Gregor Haldane-Price, MD 02/19/2026"),
        ]], opts=dict(header=head(_c + "  -  Radiosurgery Physics", 1, "06/02/1954"))),
        Doc("4_letter_to_oncologist.pdf", [[
            P("LARCHMONT HILLS NEUROSCIENCE CENTER"),
            P("1200 Larchmont Parkway, Suite 400"),
            P("February 24, 2026"),
            P("Noor Abernathy, MD\nAbernathy and Cole Hematology Oncology"),
            P(f"RE: {patient(1)}, DOB 06/02/1954"),
            P("Dear Dr. Abernathy,"),
            P("Thank you for referring Mrs. Varnholt. She had frame-based radiosurgery on our cobalt-60 unit on February 19, 2026. The frame MRI "
              "on the day showed a small third lesion in the left occipital lobe in addition to the two you knew about, so "
              "three lesions were treated in the one session: the right frontal lesion to 20 Gy and the left cerebellar and "
              "left occipital lesions to 22 Gy each, all at the 50% isodose line."),
            P("She tolerated it well. She may continue osimertinib without interruption. I will see her with an MRI in two "
              "months."),
            P("Sincerely,"),
            sig("Gregor Haldane-Price, MD, Neurosurgery"),
            P("cc: Celeste Marchbanks-Iyer, MD"),
        ]], opts=dict(page_numbers=None)),
    ])

# d83_02 -- dictation (text): single-lesion linac SRS, numbers in words ----------------------------------------------
add(name="d83_02", kind="dictation", codes=["77372", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left parietal", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Community centre's dictated SRS procedure note: one 2.3 cm left parietal colorectal metastasis, 18 Gy in one "
          "fraction to the 80% isodose on a gantry linac, open-face mask, CT fused with MRI, two arcs, cone-beam CT and "
          "surface guidance, physics QA. The routine case.",
    docs=[Doc("d83_02.txt", text=f"""
PINECREST COMMUNITY CANCER CENTER
RADIATION ONCOLOGY - PROCEDURE NOTE
Patient: {patient(2)}    MRN: {mrn(2)}    DOB: 09/14/1961
Date of service: 03/10/2026
Physician: Alvin Trask-Oduya, MD
Status: dictated, transcribed 03/10/2026 18:20

PROCEDURE: Stereotactic radiosurgery, single fraction.

DIAGNOSIS: Metastatic adenocarcinoma of the sigmoid colon to brain, single left parietal metastasis.

HISTORY: Mr. Krossley is a sixty four year old man with metastatic colon cancer, liver and lung metastases on FOLFIRI and bevacizumab, who presented with right hand clumsiness in February. MRI showed a solitary two point three centimeter left parietal enhancing mass with modest edema. Neurosurgery felt that surgery was not necessary and he elected radiosurgery. E C O G one.

DETAILS: The patient was simulated on March third in an open face thermoplastic mask with a one millimeter slice CT scan, and a volumetric MRI with contrast from March second was fused to the planning CT. The gross tumor was contoured on the MRI and a one millimeter margin was added for the P T V. The prescription is eighteen gray in one fraction to the eighty percent isodose line, given the size of the lesion. The plan is a single isocenter with two non coplanar arcs, planned in the ALDER planning system which is invented, V twelve of normal brain seven point two cc, brain stem max four gray. The plan was reviewed and approved by me and by the physicist Mina Castellano, and patient specific QA passed.

Today the patient was set up in the mask on the six degree of freedom couch. A cone beam CT was acquired and matched to the planning CT, shifts were applied and a verification cone beam CT confirmed the position within half a millimeter. Surface guided monitoring was used during delivery with no beam holds. Eighteen gray was delivered to the left parietal lesion as planned.

He tolerated the procedure well, no nausea. Dexamethasone two milligrams twice daily for five days. Follow up MRI in eight weeks.

Alvin Trask-Oduya, MD
{FOOT}
""")])

# d83_03 -- bundle (4 files): postoperative cavity FSRT; consult 27 Gy/3, changed at sim to 30 Gy/5; fx 2 slips a day -
_c = "ST. ALDRIC MEDICAL CENTER - RADIATION ONCOLOGY"
add(name="d83_03", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal resection cavity", "cranial", S, 30, 5)],
    categories=cats(),
    notes="Four-file hospital bundle: typed consult after resection of a right frontal melanoma metastasis "
          "(recommends 27 Gy in 3), dictated simulation note (changed to 30 Gy in 5 for cavity volume and motor strip), "
          "dictated on-treatment note (fraction 2 moved a day for a machine fault) and a completion summary with the "
          "plan and fraction table. Consult fractionation superseded.",
    docs=[
        Doc("1_consult.pdf", [[
            H1("Radiation Oncology Consultation"),
            KeyValue([("Date", "04/01/2026"), ("Attending", "Helena Voskuijlen, MD"),
                      ("Referring", "Raj Emberton, MD, Neurosurgery")]),
            H2("HISTORY OF PRESENT ILLNESS"),
            P("59-year-old woman with metastatic melanoma (BRAF wild type) on nivolumab who presented with a seizure on "
              "03/09/2026. MRI showed a 3.1 cm hemorrhagic right frontal mass. Gross total resection on 03/16/2026 "
              "(Dr. Emberton); pathology metastatic melanoma. Postoperative MRI 03/17/2026: resection cavity, no residual "
              "enhancement, no other lesions."),
            H2("EXAMINATION"),
            P("Well-healed right frontal incision. Mild left pronator drift, otherwise non-focal. KPS 80."),
            H2("IMPRESSION / PLAN"),
            P("Resected solitary brain metastasis. Recommend stereotactic radiotherapy to the resection cavity to reduce the "
              "risk of local recurrence, 27 Gy in 3 fractions, mask-based on the linac, to start about four weeks after "
              "surgery. Thin-slice planning MRI to be repeated before simulation. Levetiracetam to continue. Consent "
              "obtained after discussion of fatigue, alopecia, radionecrosis and leptomeningeal risk."),
            sig("Helena Voskuijlen, MD 04/01/2026"),
        ]], opts=dict(header=head(_c, 3, "10/27/1966"))),
        Doc("2_simulation_note.txt", text=f"""
ST. ALDRIC MEDICAL CENTER   RADIATION ONCOLOGY   SIMULATION NOTE
{patient(3)}   {mrn(3)}   04/09/2026
Dictated by Helena Voskuijlen, MD

The patient was simulated today supine with a head rest and a custom thermoplastic SRS mask, planning CT at one millimeter slices from the vertex through the mandible. The thin slice postoperative MRI with contrast obtained April eighth was fused to the planning CT for contouring of the cavity.

On the new MRI the cavity and the enhancing rim measure two point nine centimeters in greatest dimension and the cavity has not collapsed as much as hoped, and it is directly abutting the posterior frontal lobe near the motor strip. Because of the volume, P T V about twenty four cc, I am changing the fractionation from twenty seven gray in three fractions to thirty gray in five fractions, six gray per fraction, which I discussed with the patient today and she agrees. First treatment April sixteenth.
{FOOT}
"""),
        Doc("3_on_treatment_note.txt", text=f"""
ST. ALDRIC MEDICAL CENTER - ON TREATMENT VISIT
Patient: {patient(3)}  MRN: {mrn(3)}  Visit: 04/21/2026  Provider: Helena Voskuijlen, MD

Fractions completed: 3 of 5, 1800 cGy of 3000 cGy to the right frontal cavity.

Subjective: Some fatigue, mild scalp tenderness, no headache, no seizure activity. Her second treatment was moved from Friday to Monday April twentieth because the linac was down on Friday for a service call, so she will finish on the twenty fourth instead of the twenty third.

Objective: Alert, speech fluent, left drift unchanged. Weight stable.

Imaging: daily cone beam CT reviewed and approved by me, shifts all under one millimeter.

Assessment and plan: Tolerating well. Continue as planned. Dexamethasone not needed.
{FOOT}
"""),
        Doc("4_completion_summary.pdf", [
            [H1("Radiation Treatment Completion Summary"),
             KeyValue([("Diagnosis", "Metastatic melanoma to brain, s/p resection right frontal metastasis (C79.31)"),
                       ("Intent", "Adjuvant, stereotactic"), ("Course dates", "04/16/2026 - 04/24/2026"),
                       ("Treatment unit", "6 MV FFF gantry linac with HD MLC"),
                       ("Immobilization", "Thermoplastic SRS mask, head rest"),
                       ("Planning images", "CT 04/09/2026 1 mm; MRI T1 post-contrast 04/08/2026, fused")]),
             RuledTable([("Target", "Structure", "Dose / fx", "Fractions", "Total", "Isodose", "Arcs"),
                         ("Right frontal cavity", "PTV_Cav_RF", "6 Gy", "5", "30 Gy", "80%", "3 VMAT")]),
             P("PTV V100 97.1%. Brain minus PTV V24 Gy 12.8 cc. Brainstem Dmax 5.2 Gy. Physics second check and portal "
               "dosimetry QA passed 04/14/2026."),
             H2("Delivery"),
             RuledTable([("Fx", "Date", "IGRT", "Dose"), ("1", "04/16/2026", "CBCT", "6 Gy"),
                         ("2", "04/20/2026", "CBCT", "6 Gy"), ("3", "04/21/2026", "CBCT", "6 Gy"),
                         ("4", "04/22/2026", "CBCT", "6 Gy"), ("5", "04/24/2026", "CBCT", "6 Gy")]),
             P("The patient completed 30 Gy in 5 fractions to the right frontal resection cavity as prescribed. Fraction 2 "
               "was rescheduled from 04/17 to 04/20 because of a machine repair; no fraction was missed. Follow-up MRI in "
               "6-8 weeks; continues nivolumab with Dr. Ferreira-Lamb."),
             sig("Helena Voskuijlen, MD 04/27/2026")],
        ], opts=dict(header=head(_c, 3, "10/27/1966"))),
    ])

# d83_04 -- scan (skewed): robotic-arm linac single-session SRS of a vestibular schwannoma ---------------------------
_c = "WILLOWMERE RADIOSURGERY INSTITUTE"
add(name="d83_04", kind="scan", codes=["77372", "77432", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    notes="Scanned (image-only, slightly skewed, speckled) printed radiosurgery procedure note from a robotic-arm linac "
          "centre: left vestibular schwannoma 1.6 cm, 12 Gy in one session to the 78% isodose, mask, contrast CT fused "
          "with MRI, skull tracking. Schwannoma is complex by tumour type; 61798 is right.",
    docs=[Doc("d83_04.pdf", [[
        Paragraph("RADIOSURGERY PROCEDURE NOTE", bold=True),
        KeyValue([("Patient", patient(4)), ("MRN", mrn(4)), ("DOB", "12/30/1958"), ("Date of procedure", "05/06/2026"),
                  ("Radiation oncologist", "Yusuf Bellamy-Strand, MD"), ("Neurosurgeon", "Paulina Okereke, MD"),
                  ("Physicist", "Dorian Lakatos, MS")]),
        P("DIAGNOSIS: Left vestibular schwannoma (D33.3), 1.6 x 1.3 x 1.1 cm, Koos grade II, serviceable hearing, "
          "documented growth of 3 mm over 18 months."),
        P("PROCEDURE: Single session stereotactic radiosurgery on the robotic-arm mounted 6 MV linac. The patient was "
          "immobilized in a thermoplastic mask. Planning CT with contrast (1 mm) on 04/28/2026 was fused with MRI T1 post "
          "contrast and high-resolution T2 (CISS) from the same day. The tumor was contoured on fused images with the "
          "cochlea, brainstem and facial nerve course as avoidance structures. Prescription 12 Gy to the 78% isodose line, "
          "coverage 97.6%, 164 non-isocentric beams with the 7.5 and 10 mm fixed cones, planning system TERN Plan 3 "
          "(invented). Cochlea mean 3.9 Gy, brainstem 0.1 cc 10.8 Gy."),
        P("DELIVERY: Skull tracking with orthogonal kV image pairs every 30-60 seconds; corrections under 0.5 mm and 0.5 "
          "degrees throughout. Delivery QA (film) and secondary MU check passed 05/04/2026. 12 Gy delivered to the left "
          "vestibular schwannoma in one session, 58 minutes, well tolerated."),
        P("FOLLOW-UP: MRI and audiogram in 6 months. Return precautions reviewed."),
        sig("Yusuf Bellamy-Strand, MD 05/06/2026"),
        sig("Paulina Okereke, MD 05/06/2026"),
    ]], opts=dict(header=[_c + "  -  45 Fenmore Road", f"Scanned to chart 05/12/2026   {mrn(4)}"],
                  page_numbers=None, scan=True, scan_dpi=150, scan_skew=1.4, scan_noise=8.0))])

# d83_05 -- bundle (3 files): cobalt-60 unit with mask, 5 fractions, cavernous sinus meningioma; billed as 77371 ------
_c = "NORTHFIELD REGIONAL CANCER INSTITUTE"
add(name="d83_05", kind="bundle", codes=["77371", "77432", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("right cavernous sinus meningioma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Three-file bundle: dictated consult (2.8 cm right cavernous sinus meningioma 2 mm from the right optic nerve; "
          "recommends 25 Gy in 5 on the cobalt-60 unit with a mask), a two-page plan and fraction record (CBCT and "
          "infrared motion monitoring at each fraction) and a completion letter. Complex by location; the office billed "
          "the single-session codes 77371/77432 for a five-fraction course (77373/77435 would fit).",
    docs=[
        Doc("1_consult_dictated.txt", text=f"""
NORTHFIELD REGIONAL CANCER INSTITUTE - RADIATION ONCOLOGY CONSULTATION
Patient: {patient(5)}   MRN: {mrn(5)}   DOB: 01/11/1972   Date: 05/18/2026
Physician: Sunniva Ekwueme-Hart, MD   Referred by: Laurent Tessaro, MD (Neurosurgery)

HISTORY: Ms. Oakenfeld is a fifty four year old woman with a right cavernous sinus meningioma found in twenty twenty three during workup of right sided facial numbness. It was followed with MRI and has grown from two point one to two point eight centimeters, and over the last six months she has developed intermittent diplopia on right gaze. Dr. Tessaro does not recommend resection given cavernous sinus involvement.

EXAMINATION: Partial right sixth nerve palsy. Decreased sensation in V two on the right. Visual acuity twenty twenty five bilaterally, fields full to confrontation. K P S ninety.

IMAGING: MRI of May fourth reviewed. Dural based enhancing mass filling the right cavernous sinus, encasing the cavernous carotid without narrowing, two point eight centimeters, extending to within about two millimeters of the right optic nerve at the anterior clinoid.

IMPRESSION: Growing symptomatic right cavernous sinus meningioma, W H O grade one by imaging, abutting the optic apparatus.

RECOMMENDATION: Because of the proximity of the optic nerve I recommend hypofractionated stereotactic radiotherapy rather than single session radiosurgery, twenty five gray in five fractions on the cobalt sixty radiosurgery unit using its thermoplastic mask system with cone beam CT and infrared motion monitoring. She will have a thin slice MRI and a planning CT. Neuro ophthalmology visual fields before treatment. Risks discussed including visual loss, worsening cranial neuropathy, and fatigue. She wishes to proceed.

Sunniva Ekwueme-Hart, MD
{FOOT}
"""),
        Doc("2_plan_and_fraction_record.pdf", [
            [H1("Fractionated Cobalt-60 Radiosurgery - Plan"),
             KeyValue([("Unit", "Cobalt-60 multi-source unit with integrated cone-beam CT and infrared motion management"),
                       ("Immobilization", "Thermoplastic mask with nose marker, custom head cushion"),
                       ("Planning images", "MRI T1 3D post-Gd 1 mm and CISS 05/27/2026; CT head 1 mm 05/27/2026"),
                       ("Planning system", "KESTREL-RS 6.1 (invented)"),
                       ("Target", "Right cavernous sinus meningioma, 6.9 cc"),
                       ("Prescription", "25 Gy in 5 fractions (5 Gy per fraction) to the 50% isodose"),
                       ("Shots", "23 isocenters, 4/8/16 mm sectors"),
                       ("Right optic nerve", "Dmax 22.1 Gy over 5 fractions (limit 25 Gy)"),
                       ("Chiasm", "Dmax 17.6 Gy")]),
             P("Stereotactic reference CBCT acquired in the mask at the start of each fraction and co-registered to the "
               "plan; the plan is adapted to the day's position. Intrafraction motion limit 1.5 mm. Physics independent "
               "check completed 06/01/2026."),
             sig("Sunniva Ekwueme-Hart, MD 06/01/2026"), sig("Bartholomew Nakashima, PhD 06/01/2026")],
            [H1("Fraction Record"),
             RuledTable([("Fx", "Date", "CBCT registration", "Max motion (mm)", "Dose (Gy)", "Total (Gy)"),
                         ("1", "06/03/2026", "accepted", "0.6", "5", "5"),
                         ("2", "06/04/2026", "accepted", "0.4", "5", "10"),
                         ("3", "06/05/2026", "accepted", "0.9", "5", "15"),
                         ("4", "06/08/2026", "accepted", "0.5", "5", "20"),
                         ("5", "06/09/2026", "accepted", "0.7", "5", "25")]),
             P("Course complete 06/09/2026: 25 Gy in 5 fractions delivered."),
             sig("Sunniva Ekwueme-Hart, MD 06/09/2026")],
        ], opts=dict(header=head(_c, 5, "01/11/1972"))),
        Doc("3_completion_letter.txt", text=f"""
NORTHFIELD REGIONAL CANCER INSTITUTE
2200 Crane Avenue

June 12, 2026

Laurent Tessaro, MD
Northfield Neurosurgery

Re: {patient(5)}, DOB 01/11/1972, MRN {mrn(5)}

Dear Laurent,

Ms. Oakenfeld completed her fractionated radiosurgery on June ninth. She received twenty five gray in five fractions to the right cavernous sinus meningioma on the cobalt unit in the mask, fraction one on June third. She had mild fatigue and a transient headache after the first fraction, and her diplopia is unchanged. I will see her in three months with an MRI and visual fields and will send you a copy.

Best regards,
Sunniva Ekwueme-Hart, MD
{FOOT}
"""),
    ])

# d83_06 -- bundle (4 files): single-isocentre linac SRS, consult five lesions, planning MRI seven (one midbrain);
#           summary narrative says 'six' but lists seven (contradiction); billed 61796 ------------------------------
_c = "BEXLEY HARBOR ONCOLOGY"
add(name="d83_06", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 7, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal", "cranial", S, 20, 1), L("left parietal", "cranial", S, 20, 1),
             L("right occipital", "cranial", S, 20, 1), L("left temporal", "cranial", S, 18, 1),
             L("left frontal", "cranial", S, 20, 1), L("left cerebellar", "cranial", S, 20, 1),
             L("right midbrain", "cranial", C, 16, 1)],
    categories=cats(),
    contradiction="The completion summary says six metastases were treated, while its own table, the plan summary and the simulation note list seven targets.",
    notes="Four-file bundle: dictated consult (five breast-cancer metastases), dictated simulation note (planning MRI "
          "adds a 3 mm left cerebellar and a 4 mm right midbrain lesion), plan summary with structure names "
          "(PTV1..PTV7) and a completion summary whose narrative says 'six' beside a seven-row table. Midbrain lesion is "
          "in the brainstem: complex, so 61796 (all-simple primary) is wrong; 61797 still fits the simple extras.",
    docs=[
        Doc("1_consult_dictated.txt", text=f"""
BEXLEY HARBOR ONCOLOGY - RADIATION ONCOLOGY
NEW PATIENT CONSULTATION
Patient: {patient(6)}   MRN: {mrn(6)}   DOB: 07/19/1969
Date: 06/08/2026   Physician: Marcus Delahunt, MD
Referring: Ines Kowalczyk, MD

HISTORY OF PRESENT ILLNESS: Ms. Bramlage is a fifty six year old woman with hormone receptor positive HER2 negative metastatic breast cancer with bone and liver disease, on capecitabine, who developed dizziness and word finding pauses. MRI of the brain May thirtieth shows five enhancing lesions, right frontal one point two centimeters, left parietal nine millimeters, right occipital seven millimeters, left temporal two point four centimeters with edema, and left frontal six millimeters. No leptomeningeal enhancement.

REVIEW OF SYSTEMS: Fatigue, otherwise negative except as above.

EXAMINATION: E C O G one. Alert and conversant with occasional word finding pauses. Strength full. No ataxia.

ASSESSMENT: Five brain metastases, largest two point four centimeters, in a woman with good performance status and systemic options remaining.

PLAN: I recommended stereotactic radiosurgery over whole brain radiation given her cognitive priorities, and she agrees. Single isocenter multiple target radiosurgery on the linac in a frameless mask, one session, twenty gray to the smaller lesions and eighteen gray to the left temporal lesion. Thin slice MRI for planning within a week of treatment, she knows additional lesions may be seen on that scan. Dexamethasone four milligrams daily until treatment. Consent signed.

Marcus Delahunt, MD
{FOOT}
"""),
        Doc("2_simulation_note_dictated.txt", text=f"""
BEXLEY HARBOR ONCOLOGY   SIMULATION / PLANNING NOTE
{patient(6)}   {mrn(6)}   06/15/2026   Marcus Delahunt, MD

Ms. Bramlage was simulated today in a three point frameless SRS mask, CT head one millimeter. The planning MRI from June fourteenth with triple dose delay, one millimeter, has been fused. Compared with May thirtieth there are two additional small lesions, a three millimeter lesion in the left cerebellar hemisphere and a four millimeter enhancing focus in the right midbrain at the cerebral peduncle. I have discussed these with her and all seven will be treated in the same session. The midbrain lesion will get sixteen gray because it is in the brainstem. The others as planned at consultation. Treatment June twenty second.
{FOOT}
"""),
        Doc("3_plan_summary.pdf", [[
            H1("SRS Plan Summary - Single Isocenter Multiple Targets"),
            KeyValue([("Patient", f"{patient(6)}   {mrn(6)}"), ("Plan", "SRS_MultiMet_1iso  approved 06/19/2026"),
                      ("Machine", "6 MV FFF gantry linac, 2.5 mm MLC, 6DoF couch"),
                      ("Planning system", "MERLIN Cranial 4 (invented), 5 non-coplanar dynamic conformal arcs"),
                      ("Images", "CT 06/15/2026 1 mm + MRI T1 post-Gd 06/14/2026 (rigid registration)")]),
            RuledTable([("Structure", "Location", "Diam (mm)", "Rx (Gy)", "Fx", "Rx isodose", "PTV V100"),
                        ("PTV1", "R frontal", "12", "20", "1", "80%", "99.0%"),
                        ("PTV2", "L parietal", "9", "20", "1", "80%", "99.4%"),
                        ("PTV3", "R occipital", "7", "20", "1", "80%", "99.8%"),
                        ("PTV4", "L temporal", "24", "18", "1", "80%", "98.1%"),
                        ("PTV5", "L frontal", "6", "20", "1", "80%", "100%"),
                        ("PTV6", "L cerebellar", "3", "20", "1", "80%", "100%"),
                        ("PTV7", "R midbrain", "4", "16", "1", "80%", "99.6%")]),
            P("Brain minus PTVs V12 Gy 9.4 cc. Brainstem (excluding PTV7) D0.03cc 13.9 Gy. Chiasm Dmax 2.3 Gy. Patient-specific "
              "QA: ion chamber and film, gamma 2%/1 mm 97.8%, passed 06/19/2026."),
            sig("Marcus Delahunt, MD 06/19/2026"), sig("Oriane Falk-Ibsen, MS, DABR 06/19/2026"),
        ]], opts=dict(header=head(_c, 6, "07/19/1969"))),
        Doc("4_treatment_summary.pdf", [[
            H1("Stereotactic Radiosurgery - Treatment Summary"),
            KeyValue([("Date of treatment", "06/22/2026"), ("Physician", "Marcus Delahunt, MD"),
                      ("Immobilization", "Frameless SRS mask"),
                      ("Image guidance", "CBCT with 6DoF correction, repeat CBCT before arc 3; surface monitoring")]),
            P("Ms. Bramlage underwent single-session stereotactic radiosurgery on 06/22/2026 for six brain metastases from "
              "breast cancer. Treatment was delivered without interruption and she was discharged home."),
            RuledTable([("Lesion", "Dose"), ("Right frontal", "20 Gy x 1"), ("Left parietal", "20 Gy x 1"),
                        ("Right occipital", "20 Gy x 1"), ("Left temporal", "18 Gy x 1"), ("Left frontal", "20 Gy x 1"),
                        ("Left cerebellar", "20 Gy x 1"), ("Right midbrain", "16 Gy x 1")]),
            P("Plan: dexamethasone taper over 10 days; MRI brain in 8 weeks; continue capecitabine per Dr. Kowalczyk."),
            sig("Marcus Delahunt, MD 06/24/2026"),
        ]], opts=dict(header=head(_c, 6, "07/19/1969"))),
    ])

# d83_07 -- letter (PDF): post-SRS letter to the PCP; two lesions, no plan parameters, no verification -----------------
_c = "ASHCOMBE RADIATION ONCOLOGY ASSOCIATES"
add(name="d83_07", kind="letter", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left cerebellar", "cranial", S, 18, 1), L("right parietal", "cranial", S, 20, 1)],
    categories=cats(plan=False, delivery_verification=False),
    notes="Dictated letter to the primary care physician after single-session linac SRS to two renal-cell metastases "
          "(left cerebellar 18 Gy, right parietal 20 Gy) with a mask, planning CT and MRI. The letter gives doses but "
          "no targeting or plan parameters and no image guidance or QA: plan and delivery verification unmet.",
    docs=[Doc("d83_07.pdf", [[
        P("ASHCOMBE RADIATION ONCOLOGY ASSOCIATES"),
        P("18 Kingsway Plaza, Ashcombe"),
        P("July 9, 2026"),
        P("Theresa Nwankwo-Bell, MD\nAshcombe Family Practice"),
        P(f"RE: {patient(7)}   DOB 03/03/1951   MRN {mrn(7)}"),
        P("Dear Dr. Nwankwo-Bell,"),
        P("I am writing to update you on our mutual patient Mr. Dunmoreland, whom I saw in consultation on June 16 for two "
          "brain metastases from his renal cell carcinoma, found on a staging MRI ordered by Dr. Saldana. He had a planning "
          "CT scan and a thin-slice MRI of the brain on June 25 and was fitted with a custom face mask for the treatment."),
        P("On July 1, 2026 he underwent stereotactic radiosurgery on our linear accelerator in a single session. The left "
          "cerebellar metastasis, 1.9 cm, received 18 Gy and the right parietal metastasis, 1.1 cm, received 20 Gy. He "
          "tolerated treatment without any difficulty and had no nausea or headache afterwards. He is continuing "
          "cabozantinib per Dr. Saldana."),
        P("He will have an MRI of the brain in about two months and I will see him then. Should he develop headaches, "
          "unsteadiness or any new neurological symptom before then, please have him call our office."),
        P("Thank you for allowing us to participate in his care."),
        P("Sincerely,"),
        sig("Beatriz Holloway-Kemp, MD, Radiation Oncology"),
        P("Dictated 07/08/2026, transcribed 07/09/2026. cc: Fernando Saldana, MD (Oncology)"),
    ]], opts=dict(header=[_c], page_numbers=None))])

# d83_08 -- dictation (text): frame-based cobalt-60 radiosurgery for trigeminal neuralgia -----------------------------
add(name="d83_08", kind="dictation", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve", "cranial", C, 80, 1)],
    categories=cats(),
    notes="University neurosurgery dictated operative note: frame-based cobalt-60 radiosurgery for medically refractory "
          "right trigeminal neuralgia, one 4 mm shot, 80 Gy maximum dose to the cisternal nerve; stereotactic MRI (CISS) "
          "and CT fused; coordinate check. Functional target: complex (61798).",
    docs=[Doc("d83_08.txt", text=f"""
MERRIWETHER UNIVERSITY HOSPITAL
DEPARTMENT OF NEUROLOGICAL SURGERY
OPERATIVE REPORT

PATIENT: {patient(8)}        MRN: {mrn(8)}        DOB: 08/21/1947
DATE OF PROCEDURE: 07/14/2026
SURGEON: Tobias Wainwright-Achebe, MD
CO-SURGEON (RADIATION ONCOLOGY): Lucinda Ferraro, MD
MEDICAL PHYSICS: Henrik Sol, PhD

PREOPERATIVE DIAGNOSIS: Right trigeminal neuralgia, type one, V2 and V3 distribution, refractory to carbamazepine and baclofen, oxcarbazepine not tolerated.
POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: 1. Placement of stereotactic head frame. 2. Stereotactic MRI and CT for target localization. 3. Radiosurgery of the right trigeminal nerve on the cobalt-60 multi-source unit.

ANESTHESIA: Local with oral sedation.

INDICATIONS: Mrs. Hesketh-Vane is a seventy eight year old woman with eight years of lancinating right facial pain, now daily, B N I pain score four despite maximal tolerated medication. She is not a candidate for microvascular decompression because of cardiac disease, and chose radiosurgery after discussion of alternatives including percutaneous rhizotomy.

DESCRIPTION: After informed consent, the stereotactic frame was applied under local anesthesia with four pins, positioned low and centered to allow access to the posterior fossa. She then underwent stereotactic MRI including a thin section three D CISS sequence and post contrast T1, and a stereotactic CT with one millimeter slices which was fused to the MRI to correct for distortion. The right trigeminal nerve was identified in the prepontine cistern. A single four millimeter isocenter was placed on the cisternal segment approximately seven to eight millimeters anterior to the root entry zone. The maximum dose was eighty gray, with the twenty percent isodose line just touching the surface of the pons, brainstem point dose under fifteen gray. The frame coordinates were double checked by Dr. Sol and myself before treatment and the timing was verified with an independent calculation.

Treatment was delivered in a single session, beam on time thirty nine minutes, without interruption. The frame was removed and the pin sites dressed. There were no complications.

DISPOSITION: Discharged home. Continue carbamazepine at current dose for now, taper to be discussed at the three month visit. Numbness and delayed pain relief discussed again.

Tobias Wainwright-Achebe, MD
Electronically signed 07/15/2026 09:12
{FOOT}
""")])


# ==================================================================================================
# Spine (4)
# ==================================================================================================

# d83_09 -- bundle (3 files): T10 spine SBRT 24 Gy/2 for RCC with epidural component ---------------------------------
_c = "COLDWATER BAY CANCER CENTER"
add(name="d83_09", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T10", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Three-file bundle: dictated consult (T10 renal-cell metastasis with Bilsky 1b epidural extension, recommends "
          "24 Gy in 2), a two-page simulation and plan document (vacuum cushion, CT fused with spine MRI, VMAT, cord "
          "constraint, QA) and a dictated completion summary (CBCT with 6DoF couch each fraction).",
    docs=[
        Doc("1_consult_dictated.txt", text=f"""
COLDWATER BAY CANCER CENTER - RADIATION ONCOLOGY CONSULTATION
Patient: {patient(9)}   MRN: {mrn(9)}   DOB: 02/25/1960
Date: 07/20/2026   Physician: Evander Mullaly, MD   Referred by: Sasha Prinsloo, MD (Medical Oncology)

HISTORY: Mr. Castellow is a sixty six year old man with clear cell renal cell carcinoma, left nephrectomy in twenty twenty two, with new oligometastatic disease to the spine. He has had mid back pain for six weeks, worse at night, six out of ten, no radicular symptoms, no weakness, no bowel or bladder change. MRI of the thoracic spine July tenth shows a T ten vertebral body metastasis involving the left pedicle with a small epidural component, Bilsky one b, no cord compression. PET CT otherwise shows no other disease. He is starting pembrolizumab and axitinib.

EXAMINATION: Strength five out of five in the lower extremities, sensation intact, reflexes symmetric. Tender to percussion at the mid thoracic spine. E C O G one.

ASSESSMENT: Solitary T ten metastasis from renal cell carcinoma, radioresistant histology, S I N S score seven, stable.

PLAN: Spine stereotactic body radiation therapy, twenty four gray in two fractions, to T ten including the left pedicle and the epidural component, cord constraint per our protocol. Simulation next week in a vacuum cushion with an MRI of the thoracic spine for fusion. Discussed pain flare, esophagitis, vertebral compression fracture about ten to fifteen percent, and the very small risk of myelopathy. He wishes to proceed.

Evander Mullaly, MD
{FOOT}
"""),
        Doc("2_simulation_and_plan.pdf", [
            [H1("Spine SBRT - Simulation"),
             KeyValue([("Date", "07/27/2026"), ("Position", "Supine, arms on chest, full-body vacuum cushion, knee support"),
                       ("CT", "1.25 mm from T5 to L2 with IV contrast"),
                       ("MRI", "Thoracic spine T1, T2 and T1 post-contrast, 1 mm axial, 07/27/2026, fused to the planning CT"),
                       ("Markers", "Skin tattoos x3")]),
             P("Target: GTV T10 body, left pedicle and epidural component; CTV per consensus contouring guidelines "
               "(body, left pedicle, left transverse process); PTV = CTV + 2 mm, trimmed at the cord PRV."),
             sig("Evander Mullaly, MD 07/27/2026")],
            [H1("Spine SBRT - Plan Approval"),
             KeyValue([("Machine", "10 MV FFF gantry linac, HD MLC, 6DoF couch"),
                       ("Planning system", "SEABIRD TPS 2.3 (invented)"),
                       ("Technique", "VMAT, 2 full arcs, single isocenter at T10")]),
             RuledTable([("Target", "Prescription", "Dose/fx", "Coverage"),
                         ("PTV_T10", "24 Gy in 2 fractions", "12 Gy", "V100 91.4% (cord-limited)")]),
             TextTable([("Organ at risk", "Constraint", "Achieved"),
                        ("Spinal cord PRV Dmax", "< 17 Gy", "16.3 Gy"),
                        ("Esophagus D2cc", "< 20 Gy", "14.8 Gy"), ("Aorta Dmax", "< 45 Gy", "24.9 Gy")],
                       columns=(0, 180, 300)),
             P("Physics: second check and patient-specific QA (diode array, gamma 2%/2 mm 99.1%) passed 08/01/2026."),
             sig("Evander Mullaly, MD 08/01/2026"), sig("Kirsi Lindqvist, MS, DABR 08/01/2026")],
        ], opts=dict(header=head(_c + "  -  Radiation Oncology", 9, "02/25/1960"))),
        Doc("3_completion_summary_dictated.txt", text=f"""
COLDWATER BAY CANCER CENTER   RADIATION ONCOLOGY   END OF TREATMENT SUMMARY
{patient(9)}   {mrn(9)}   Dictated 08/07/2026 by Evander Mullaly, MD

Mr. Castellow completed spine S B R T to the T ten metastasis, twenty four gray in two fractions of twelve gray, on August fourth and August sixth twenty twenty six. At each fraction he was set up in his vacuum cushion and a cone beam CT was registered to the planning CT on the vertebral bodies, six degree of freedom corrections applied and approved by me before beam on. He had a mild pain flare the evening after the first treatment managed with a short dexamethasone course. No dysphagia. Back pain is already improving.

Follow up: MRI of the thoracic spine in three months, then every three months for the first year. Continues pembrolizumab and axitinib with Dr. Prinsloo.
{FOOT}
"""),
    ])

# d83_10 -- dictation (text): robotic-arm spine SBRT, two non-contiguous lumbar levels, 27 Gy/3 ----------------------
add(name="d83_10", kind="dictation", codes=["G0339", "G0340", "77435", "63620", "63621"],
    facts=F("robotic_linac", ["spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L2", "spinal", None, 27, 3), L("L4", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Dictated completion summary from a robotic-arm linac centre: breast-cancer metastases at L2 and L4 (two "
          "separate targets), 27 Gy in 3 fractions each to the 80% isodose, vacuum mattress, planning CT "
          "with MRI fusion, spine tracking with kV pairs. Two spinal lesions: 63620 + 63621; G0339/G0340 fit.",
    docs=[Doc("d83_10.txt", text=f"""
WILLOWMERE RADIOSURGERY INSTITUTE
TREATMENT COMPLETION SUMMARY - DICTATED

Patient name: {patient(10)}
MRN: {mrn(10)}     Date of birth: 04/30/1957
Radiation oncologist: Yusuf Bellamy-Strand, MD
Date dictated: 08/19/2026     Date transcribed: 08/20/2026

Diagnosis: Metastatic invasive ductal carcinoma of the right breast, E R positive, with osseous metastases to L two and L four.

Treatment dates: August tenth through August fourteenth twenty twenty six.

Summary of treatment: Mr. Yarborough-Lind is a sixty nine year old man with male breast cancer who developed low back pain with two painful lumbar lesions on MRI, L two vertebral body and L four right posterior elements, with the intervening L three spared. After discussion at spine tumor board he was treated with stereotactic body radiation therapy to both levels on the robotic arm linac, as two separate targets, each receiving twenty seven gray in three fractions of nine gray, prescribed to the eighty percent isodose line. For simulation on August third he was immobilized supine in a full length vacuum mattress, a planning CT with one and a quarter millimeter slices was acquired and a lumbar spine MRI with and without contrast was fused for target delineation. Treatment planning was done in the TERN Plan three system, which is invented, with the cauda equina and the kidneys as avoidance structures, cauda equina maximum sixteen point eight gray. Two hundred and six beams. Patient specific QA was performed and passed.

During each fraction the spine tracking system acquired orthogonal x ray pairs and corrected the robot for translations and rotations, typical corrections less than half a millimeter. All three fractions were delivered on August tenth, twelfth and fourteenth without interruption.

Both lesions, L two and L four, received the full twenty seven gray in three fractions.

Tolerance: Mild fatigue and one day of nausea after the second fraction responding to ondansetron. Pain now three out of ten from seven.

Follow up: MRI lumbar spine in three months. Continues letrozole and abemaciclib.

Yusuf Bellamy-Strand, MD
{FOOT}
""")])

# d83_11 -- pdf (EHR summary): single-fraction C5 spine SBRT in a head-neck-shoulder mask; billed with cranial codes ---
_c = "FENWICK COUNTY HOSPITAL - CANCER SERVICES"
add(name="d83_11", kind="pdf", codes=["77372", "77432", "63620"],
    facts=F("linac", ["spinal"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("C5", "spinal", None, 16, 1)],
    categories=cats(),
    notes="EHR radiation treatment summary printout: single-fraction spine SBRT, 16 Gy to a C5 prostate-cancer "
          "metastasis, long thermoplastic head-neck-shoulder mask, CT fused with MRI, CBCT and stereoscopic x-ray. "
          "One fraction but not cranial: 77373/77435 fit; the claimed cranial 77372/77432 do not; 63620 fits.",
    docs=[Doc("d83_11.pdf", [[
        H1("Radiation Oncology Treatment Summary"),
        KeyValue([("Patient", patient(11)), ("MRN", mrn(11)), ("DOB", "11/05/1949"),
                  ("Attending", "Corliss Adeyemi-Strand, MD"), ("Summary date", "09/03/2026")]),
        H2("Diagnosis"),
        P("Metastatic castration-resistant prostate adenocarcinoma (C61, C79.51) with a painful C5 vertebral body "
          "metastasis, no epidural disease; prior 8 Gy single fraction to C4-C6 in 2024 (re-irradiation)."),
        H2("Course"),
        RuledTable([("Site", "Technique", "Energy", "Dose/fx", "Fx", "Total", "Start", "End"),
                    ("C5 vertebral body", "SBRT (VMAT)", "6 MV FFF", "1600 cGy", "1/1", "1600 cGy", "08/27/2026", "08/27/2026")]),
        H2("Simulation and planning"),
        P("Simulated 08/18/2026 supine in a long thermoplastic head, neck and shoulder mask. Planning CT 1 mm; MRI "
          "cervical spine (T1, T2, STIR) 08/18/2026 fused. GTV C5 body; CTV body and bilateral pedicles; PTV 1.5 mm. "
          "Two coplanar VMAT arcs, planning system HARRIER 9 (invented). Cord Dmax 9.8 Gy (cumulative EQD2 reviewed "
          "with physics). Second check and delivery QA passed."),
        H2("Treatment delivery"),
        P("CBCT at setup with 6DoF couch correction; stereoscopic x-ray pair before each arc. Treatment delivered in one "
          "fraction on 08/27/2026 as planned."),
        H2("Outcome / Follow-up"),
        P("Tolerated well; mild dysphagia for 3 days. Pain 2/10 at two weeks. MRI C-spine in 3 months. Continues "
          "enzalutamide and ADT with urology."),
        sig("Corliss Adeyemi-Strand, MD 09/03/2026 16:10"),
    ]], opts=dict(header=[_c, f"{patient(11)}  |  {mrn(11)}  |  Printed 09/04/2026"]))])

# d83_12 -- bundle (4 files): L1 spine SBRT planned 30 Gy/5, stopped after fraction 3 (18 Gy) -------------------------
_c = "HADLEIGH ONCOLOGY PARTNERS"
add(name="d83_12", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L1", "spinal", None, 18, 3)],
    categories=cats(),
    notes="Four-file bundle: plan summary (L1 lung-cancer metastasis, 30 Gy in 5 planned, vacuum cushion, CT + MRI, "
          "VMAT, QA), dictated on-treatment note after fraction 2, a fraction record (3 treated, 2 cancelled) and a dictated discontinuation summary: admitted with "
          "pneumonia after fraction 3, moved to hospice, course stopped at 18 Gy in 3. Delivered, not planned, counts.",
    docs=[
        Doc("1_plan_summary.pdf", [[
            H1("SBRT Plan Summary"),
            KeyValue([("Patient", f"{patient(12)}  {mrn(12)}"), ("Site", "L1 vertebral body and right pedicle"),
                      ("Diagnosis", "Metastatic NSCLC, squamous (C34.91, C79.51)"),
                      ("Simulation", "09/08/2026, supine, vacuum cushion with arms on chest"),
                      ("Images", "Planning CT 1.25 mm; MRI L-spine T1/T2 09/08/2026 fused"),
                      ("Prescription", "30 Gy in 5 fractions (6 Gy/fx), PTV D90"),
                      ("Technique", "VMAT, 2 arcs, 6 MV FFF gantry linac"), ("Planning system", "SEABIRD TPS 2.3 (invented)"),
                      ("Cord PRV Dmax", "21.8 Gy"), ("Cauda / conus", "22.4 Gy"),
                      ("QA", "Independent MU check and array QA passed 09/11/2026")]),
            sig("Ottilie Brandvold, MD 09/11/2026"), sig("Ferris Quon, MS 09/11/2026"),
        ]], opts=dict(header=head(_c, 12, "05/16/1953"))),
        Doc("2_on_treatment_note.txt", text=f"""
HADLEIGH ONCOLOGY PARTNERS - WEEKLY / ON TREATMENT VISIT (dictated)
{patient(12)}   {mrn(12)}   09/15/2026   Ottilie Brandvold, MD

Fraction two of five today, twelve gray to date of thirty. Cone beam CT each day with the six degree couch, I approved both. Back pain unchanged, four out of ten. She has a new productive cough since the weekend and a low grade temperature, thirty seven eight. Lungs with coarse crackles at the right base. I have asked her oncologist Dr. Fitzwalter to see her today and ordered a chest x ray. Continue for now.
{FOOT}
"""),
        Doc("3_treatment_record.pdf", [[
            H1("Treatment Delivery Record"),
            KeyValue([("Patient", f"{patient(12)}  {mrn(12)}"), ("Course", "C1 Spine L1 SBRT"),
                      ("Plan", "L1_SBRT_VMAT  (30 Gy / 5 fx planned)")]),
            RuledTable([("Fx", "Scheduled", "Status", "IGRT", "Dose (Gy)", "Cumulative (Gy)"),
                        ("1", "09/11/2026", "Treated", "CBCT 6DoF, approved", "6", "6"),
                        ("2", "09/15/2026", "Treated", "CBCT 6DoF, approved", "6", "12"),
                        ("3", "09/17/2026", "Treated", "CBCT 6DoF, approved", "6", "18"),
                        ("4", "09/21/2026", "Cancelled - inpatient", "-", "0", "18"),
                        ("5", "09/23/2026", "Cancelled - course discontinued", "-", "0", "18")]),
            P("Course status: DISCONTINUED 09/24/2026 by physician. Plan made inactive."),
            sig("Ottilie Brandvold, MD 09/24/2026"),
        ]], opts=dict(header=head(_c, 12, "05/16/1953"))),
        Doc("4_discontinuation_summary.txt", text=f"""
HADLEIGH ONCOLOGY PARTNERS
RADIATION TREATMENT SUMMARY - COURSE DISCONTINUED

Patient: {patient(12)}     MRN: {mrn(12)}     DOB: 05/16/1953
Physician: Ottilie Brandvold, MD      Date: 09/25/2026

Ms. Szymborek was being treated with stereotactic body radiation therapy to an L one metastasis from squamous cell lung cancer, thirty gray in five fractions planned. She received fraction one on September eleventh, fraction two on September fifteenth and fraction three on September seventeenth, each six gray with cone beam CT guidance. She was admitted to Hadleigh General on September eighteenth with a right lower lobe pneumonia and hypoxia. During the admission she and her family decided to focus on comfort and she has been discharged to home hospice. Treatment was discontinued and the remaining two fractions will not be given.

Total delivered: eighteen gray in three fractions to L one, of thirty gray in five planned.

Her back pain had improved somewhat. Hospice is aware and will manage her pain medication. I will be happy to see her again if that would help.

Ottilie Brandvold, MD
{FOOT}
"""),
    ])


# ==================================================================================================
# Body (6)
# ==================================================================================================

# d83_13 -- bundle (4 files): lung SBRT 48 Gy/4; two-column consult; completion letter says 54 Gy/3 (contradiction) --
_c = "QUILLAN RIDGE MEDICAL CENTER"
add(name="d83_13", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 4, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left lower lobe", "body", None, 48, 4)],
    categories=cats(),
    contradiction="The completion letter says fifty-four gray in three fractions, while the consult, the simulation note and the four-row treatment record give 48 Gy in 4 fractions of 12 Gy.",
    notes="Four-file bundle: a two-column consult page (2.4 cm left lower lobe adenocarcinoma, 48 Gy in 4), a dictated "
          "simulation note (4DCT in a vacuum cushion on a wing board, PET-CT fused), a one-page treatment record (four "
          "fractions of 12 Gy, CBCT) and a dictated completion letter to the pulmonologist that says fifty-four gray in "
          "three (an old template phrase).",
    docs=[
        Doc("1_consult.pdf", [[
            H1("Thoracic Radiation Oncology - Consultation"),
            P(f"{patient(13)}   MRN {mrn(13)}   DOB 12/12/1944   Seen 09/21/2026"),
            P("Referred by Pilar Vandermeer, MD (Pulmonology)."),
            H2("History"),
            P("81-year-old former smoker (55 pack-years) with a 2.4 cm spiculated left lower lobe nodule, PET SUV 9.1, "
              "no nodal or distant uptake (PET-CT 09/02/2026). Navigational bronchoscopy biopsy 09/11/2026: "
              "adenocarcinoma. EBUS stations 7, 11L negative. FEV1 38% predicted, DLCO 41%: not a lobectomy candidate; "
              "declines sublobar resection."),
            H2("Exam"),
            P("ECOG 1, on 2 L home oxygen at night. Faint expiratory wheeze. No adenopathy."),
            ColumnBreak(),
            H2("Assessment"),
            P("cT1c N0 M0 adenocarcinoma LLL, peripheral, medically inoperable."),
            H2("Recommendation"),
            BulletList(["SBRT 48 Gy in 4 fractions (12 Gy/fx)",
                        "4DCT simulation, vacuum cushion, PET fused for delineation",
                        "Daily CBCT; ITV-based planning",
                        "Risks: fatigue, cough, pneumonitis (~5-10%), chest wall pain"]),
            P("Patient and son agree; consent signed."),
            sig("Abelard Nkemelu, MD 09/21/2026"),
        ]], opts=dict(header=[_c + "  -  Radiation Oncology"], two_columns=True)),
        Doc("2_simulation_note.txt", text=f"""
QUILLAN RIDGE MEDICAL CENTER   RADIATION ONCOLOGY   CT SIMULATION NOTE
{patient(13)}   {mrn(13)}   09/29/2026
Abelard Nkemelu, MD (dictated)

Mr. Gilchrest-Moya was simulated supine, arms above the head on a wing board, in a custom vacuum cushion with a knee sponge. A four D CT was acquired with the respiratory surrogate, ten phases, and the tumor excursion is about seven millimeters superior inferior. An internal target volume will be made from the maximum intensity projection and all phases. The PET CT from September second is fused to the planning CT to help with delineation. The lesion is about one point five centimeters from the chest wall, so I will keep forty eight gray in four fractions as discussed at consultation. Plan to start October sixth, treating every other weekday.
{FOOT}
"""),
        Doc("3_treatment_record.pdf", [[
            H1("Treatment Record - SBRT Lung"),
            KeyValue([("Patient", f"{patient(13)}  {mrn(13)}"), ("Plan", "LLL_SBRT  VMAT 2 partial arcs, 6 MV FFF"),
                      ("Planning system", "CORMORANT 12 (invented)"),
                      ("Prescription", "48 Gy / 4 fx to PTV (ITV + 5 mm), 80% isodose covering 95% of PTV"),
                      ("OAR", "Lung V20 4.1%; chest wall V30 12 cc; cord Dmax 9 Gy"),
                      ("Physics", "Plan check and array QA passed 10/02/2026")]),
            RuledTable([("Fx", "Date", "Imaging", "Dose (cGy)", "Cumulative (cGy)", "Initials"),
                        ("1", "10/06/2026", "CBCT - MD approved", "1200", "1200", "AN/TR"),
                        ("2", "10/08/2026", "CBCT - MD approved", "1200", "2400", "AN/TR"),
                        ("3", "10/12/2026", "CBCT - MD approved", "1200", "3600", "AN/JB"),
                        ("4", "10/14/2026", "CBCT - MD approved", "1200", "4800", "AN/JB")]),
            sig("Abelard Nkemelu, MD 10/14/2026"),
        ]], opts=dict(header=head(_c, 13, "12/12/1944"))),
        Doc("4_completion_letter_dictated.txt", text=f"""
QUILLAN RIDGE MEDICAL CENTER - RADIATION ONCOLOGY
Dictated: 10/16/2026   Transcribed: 10/19/2026

Pilar Vandermeer, MD
Quillan Ridge Pulmonary Associates

RE: {patient(13)}, DOB 12/12/1944

Dear Dr. Vandermeer,

I am pleased to let you know that Mr. Gilchrest-Moya has completed his course of stereotactic body radiation therapy to the left lower lobe adenocarcinoma. He received fifty four gray in three fractions, completed October fourteenth, with daily cone beam CT guidance. He tolerated it well with mild fatigue and no increase in his cough or oxygen needs.

I will see him in six weeks, and his first surveillance CT of the chest will be at three months, which I will order. Thank you for involving us in his care.

Sincerely,
Abelard Nkemelu, MD
{FOOT}
"""),
    ])

# d83_14 -- dictation (text): robotic-arm liver SBRT for HCC, 45 Gy/3 reduced to 40 Gy/5 at planning -----------------
add(name="d83_14", kind="dictation", codes=["77373", "77435"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment 6 HCC", "body", None, 40, 5)],
    categories=cats(),
    notes="Dictated completion summary from a robotic-arm linac centre: segment 6 hepatocellular carcinoma, three gold "
          "fiducials, vacuum cushion, triple-phase CT and MRI fused; 45 Gy in 3 at consult, reduced at planning to 40 Gy "
          "in 5 because of the duodenum and hepatic flexure; fiducial tracking with respiratory modelling. All five "
          "delivered.",
    docs=[Doc("d83_14.txt", text=f"""
SALTMARSH REGIONAL CANCER INSTITUTE
Radiation Oncology
STEREOTACTIC BODY RADIATION THERAPY - COMPLETION SUMMARY

Patient: {patient(14)}      MRN: {mrn(14)}      DOB: 03/08/1963
Attending: Rosalind Achterhof, MD
Referring: Jamal Whitfield-Osei, MD, Hepatology
Dictated: 10/30/2026 (voice recognition, please excuse transcription errors)

DIAGNOSIS: Hepatocellular carcinoma, segment six, two point nine centimeters, L I R A D S five, Child Pugh A six, background hepatitis C cirrhosis treated. Prior T A C E in June with incomplete response.

COURSE: Mr. Whitcombe was presented at the liver tumor board and SBRT was recommended as a bridge to transplant. At consultation on September twenty ninth I proposed forty five gray in three fractions. Three gold fiducial markers were placed in the periphery of the tumor by interventional radiology on October sixth. He was simulated on October thirteenth supine in a vacuum cushion with arms up, with a triple phase contrast CT at one and a quarter millimeters and an MRI of the abdomen with gadoxetate the same day, fused for delineation of the tumor on the arterial phase and hepatobiliary phase images. On planning the tumor was within eight millimeters of the hepatic flexure and close to the second part of the duodenum, and the dose was reduced to forty gray in five fractions of eight gray, prescribed to the seventy two percent isodose line, one hundred and eighty four beams, planning system GANNET Plan four, invented. Liver minus G T V seven hundred cc receiving under fifteen gray, duodenum D five cc eighteen point two gray. Physics QA passed.

Treatment was delivered on the robotic arm linac from October twentieth through October twenty ninth, five fractions, every other weekday, with fiducial tracking and a respiratory motion model throughout, correlation error under two millimeters at all fractions. All five fractions were delivered, forty gray to the segment six H C C.

TOLERANCE: Grade one fatigue and mild right upper quadrant discomfort after fraction three. No nausea. Bilirubin and albumin stable on the last draw.

FOLLOW UP: Triple phase CT or MRI liver in six weeks, labs including A F P monthly, transplant clinic as scheduled.

Rosalind Achterhof, MD
{FOOT}
""")])

# d83_15 -- bundle (4 files): prostate SBRT 36.25 Gy/5; scanned urology fiducial/spacer note ------------------------
_c = "OTTERY UROLOGY AND RADIATION ONCOLOGY"
add(name="d83_15", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Four-file bundle from a urology-radiation oncology group: a dictated consult (favourable intermediate risk, 36.25 Gy in 5), a scanned urology procedure note (three gold "
          "fiducials and a hydrogel spacer), a one-page treatment record (five fractions of 7.25 Gy, CBCT with fiducial "
          "match) and a dictated completion summary (CT sim in a leg vacuum cushion, MRI fused, VMAT).",
    docs=[
        Doc("1_consult_dictated.txt", text=f"""
OTTERY UROLOGY AND RADIATION ONCOLOGY - RADIATION ONCOLOGY CONSULTATION
Patient: {patient(15)}   MRN: {mrn(15)}   DOB: 08/08/1955   Date: 09/22/2026
Physician: Wendell Azikiwe, MD   Referred by: Desmond Rukavina, MD

HISTORY: Mr. Fairbrass is a seventy one year old man whose P S A rose from four point one to seven point two over two years. M R I of the prostate in June showed a P I RADS four lesion in the left peripheral zone, and targeted and systematic biopsy in August showed Gleason three plus four equals seven in three of fourteen cores, maximum thirty percent, and Gleason six in two cores. Pattern four under ten percent. Staging: no imaging indicated. I P S S nine, good erections with a P D five inhibitor.

EXAMINATION: Digital rectal exam by Dr. Rukavina, small firm area left base, cT one c by his note. E C O G zero.

IMPRESSION: Favorable intermediate risk prostate cancer.

RECOMMENDATION: We discussed active surveillance, radical prostatectomy, and radiation. He prefers radiation and the short schedule. I recommend stereotactic body radiation therapy, thirty six point two five gray in five fractions, every other weekday, without hormone therapy, after placement of gold fiducial markers and a hydrogel rectal spacer by Dr. Rukavina. CT simulation and an M R I of the prostate for fusion about a week after the markers. Discussed urinary frequency, urgency, rectal irritation, a small risk of late bleeding, and erectile changes. He signed consent.

Wendell Azikiwe, MD
{FOOT}
"""),
        Doc("2_fiducial_spacer_note_scanned.pdf", [[
            Paragraph("UROLOGY PROCEDURE NOTE", bold=True),
            KeyValue([("Patient", patient(15)), ("MRN", mrn(15)), ("Date", "10/05/2026"),
                      ("Surgeon", "Desmond Rukavina, MD"), ("Anesthesia", "MAC")]),
            P("PROCEDURE: Transperineal placement of three gold fiducial markers and hydrogel rectal spacer under "
              "transrectal ultrasound guidance, in preparation for stereotactic body radiation."),
            P("INDICATION: Favorable intermediate risk adenocarcinoma of the prostate, Gleason 3+4=7, PSA 7.2, cT1c, "
              "prostate volume 38 cc."),
            P("FINDINGS / DESCRIPTION: Dorsal lithotomy. Three gold fiducials placed at the left base, right mid-gland and "
              "left apex. Hydrodissection of Denonvilliers space with saline, then 10 mL of hydrogel injected with good "
              "separation of about 1.2 cm along the gland. No rectal wall injection seen. EBL minimal."),
            P("PLAN: CT simulation and MRI in 7 to 10 days per radiation oncology."),
            sig("Desmond Rukavina, MD 10/05/2026"),
        ]], opts=dict(header=[_c + "  -  Surgery Center", f"{patient(15)}  {mrn(15)}"], page_numbers=None,
                      scan=True, scan_dpi=150, scan_noise=10.0)),
        Doc("3_treatment_record.pdf", [[
            H1("Treatment Delivery Record"),
            KeyValue([("Patient", f"{patient(15)}  {mrn(15)}"), ("Course", "C1 Prostate SBRT"),
                      ("Plan", "PROST_SBRT_v1, VMAT 2 arcs, 10 MV FFF gantry linac"),
                      ("Rx", "3625 cGy in 5 fx to PTV (prostate + 3 mm, 2 mm posterior)")]),
            RuledTable([("Fx", "Date", "Imaging", "Fiducial match", "Dose (cGy)", "Cumulative (cGy)"),
                        ("1", "10/26/2026", "CBCT", "3/3 markers, MD approved", "725", "725"),
                        ("2", "10/28/2026", "CBCT", "3/3 markers, MD approved", "725", "1450"),
                        ("3", "10/30/2026", "CBCT", "3/3 markers, MD approved", "725", "2175"),
                        ("4", "11/02/2026", "CBCT", "3/3 markers, MD approved", "725", "2900"),
                        ("5", "11/04/2026", "CBCT", "3/3 markers, MD approved", "725", "3625")]),
            sig("Wendell Azikiwe, MD 11/04/2026"),
        ]], opts=dict(header=head(_c, 15, "08/08/1955"))),
        Doc("4_completion_summary_dictated.txt", text=f"""
OTTERY UROLOGY AND RADIATION ONCOLOGY
RADIATION ONCOLOGY TREATMENT SUMMARY

Patient: {patient(15)}       MRN: {mrn(15)}       DOB: 08/08/1955
Radiation oncologist: Wendell Azikiwe, MD
Urologist: Desmond Rukavina, MD
Dictated 11/06/2026

DIAGNOSIS: Adenocarcinoma of the prostate, Gleason three plus four equals seven, grade group two, P S A seven point two, clinical T one c, favorable intermediate risk. No androgen deprivation.

TREATMENT: Stereotactic body radiation therapy to the prostate, thirty six point two five gray in five fractions of seven point two five gray, October twenty sixth to November fourth twenty twenty six, every other weekday.

DETAILS: After placement of three gold fiducial markers and a rectal spacer by Dr. Rukavina on October fifth, Mr. Fairbrass was simulated on October thirteenth supine with a custom vacuum cushion for the legs and feet, comfortably full bladder and empty rectum. A planning CT with one and a half millimeter slices was fused to a T two weighted MRI of the prostate obtained the same afternoon, on which the prostate and the proximal one centimeter of seminal vesicles were contoured. The plan is two VMAT arcs on the ten M V F F F beam, CORMORANT twelve, invented, rectum V thirty six gray under one cc, bladder V thirty seven gray under five cc, urethra max one hundred and five percent. Physics second check and QA passed. Daily cone beam CT with alignment to the fiducial markers was performed and approved before each fraction.

TOLERANCE: Grade one urinary frequency and nocturia times two, on tamsulosin. No bowel symptoms.

FOLLOW UP: P S A in three months, then every six months, alternating with urology.

Wendell Azikiwe, MD
{FOOT}
"""),
    ])

# d83_16 -- pdf (EHR summary): MR-linac adaptive adrenal SBRT 40 Gy/5; fraction 3 rescheduled -----------------------
_c = "TARRANT OAKS CANCER CENTER"
add(name="d83_16", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("left adrenal", "body", None, 40, 5)],
    categories=cats(),
    notes="EHR treatment summary (two pages): left adrenal oligometastasis from lung cancer, 40 Gy in 5 on a 0.35 T "
          "MR-guided gantry linac with daily online adaptation and cine-MR gating, CT and MRI simulation, vacuum "
          "cushion. Fraction 3 moved a day for machine downtime; five delivered.",
    docs=[Doc("d83_16.pdf", [
        [H1("Radiation Treatment Summary"),
         KeyValue([("Patient", patient(16)), ("MRN", mrn(16)), ("DOB", "06/23/1958"),
                   ("Physician", "Imogen Sarafian-Cole, MD"), ("Referring", "Dariusz Okafor, MD (Thoracic Oncology)"),
                   ("Diagnosis", "NSCLC, adenocarcinoma, with isolated left adrenal metastasis (C34.11, C79.72)"),
                   ("Intent", "Curative (oligometastatic)")]),
         H2("Treatment course"),
         RuledTable([("Target", "Modality", "Dose/fx", "Fractions", "Total dose", "Dates"),
                     ("Left adrenal (PTV_LAdr)", "MR-guided SBRT, step-and-shoot IMRT", "8 Gy", "5", "40 Gy",
                      "11/09/2026 - 11/18/2026")]),
         H2("Simulation and planning"),
         P("CT simulation and MR simulation on 11/02/2026 in the treatment position: supine, arms up, in an indexed "
           "vacuum cushion. GTV contoured on the MR simulation (true FISP, breath-hold end expiration) with the CT used "
           "for electron density; PTV = GTV + 3 mm. Reference plan: 12 beams, 0.35 T MR-linac 6 MV FFF, planning "
           "system in the MR-linac console. Constraints: stomach and small bowel V33 Gy < 0.5 cc, kidney (L) mean < "
           "10 Gy, cord Dmax < 25 Gy."),
         H2("Delivery"),
         P("At each fraction a volumetric MRI was acquired on the unit, contours adapted, and the plan re-optimized "
           "online when OAR constraints were not met (fractions 1, 2 and 4 adapted). Delivery was gated on cine-MR of the "
           "target in breath-hold, with a 3 mm gating boundary. Online QA by secondary Monte Carlo calculation for every "
           "adapted plan.")],
        [RuledTable([("Fx", "Date", "Adapted", "Beam-on (min)", "Dose"),
                     ("1", "11/09/2026", "yes", "14", "8 Gy"), ("2", "11/11/2026", "yes", "17", "8 Gy"),
                     ("3", "11/16/2026", "no", "12", "8 Gy"), ("4", "11/17/2026", "yes", "15", "8 Gy"),
                     ("5", "11/18/2026", "no", "13", "8 Gy")]),
         P("Note: fraction 3 was scheduled for 11/13/2026 but the MR-linac was down for a cryocooler fault that day; the "
           "fraction was given on Monday 11/16 and the course finished on 11/18, one treatment day later than planned. "
           "No fraction was missed: five fractions, 40 Gy, delivered in total."),
         H2("Tolerance and follow-up"),
         P("Mild nausea after fractions 1 and 2, resolved with ondansetron. No pain. PET-CT in 3 months."),
         sig("Imogen Sarafian-Cole, MD 11/20/2026"),
         ],
    ], opts=dict(header=[_c + "  -  Radiation Oncology", f"{patient(16)}   {mrn(16)}"]))])

# d83_17 -- bundle (3 files): pancreas SBRT 33 Gy/5 with fiducials; summary narrative says 35 Gy (contradiction) ------
_c = "PINECREST COMMUNITY CANCER CENTER"
add(name="d83_17", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT"], ["body_immobilization", "fiducials"]),
    lesions=[L("pancreatic head", "body", None, 33, 5)],
    categories=cats(),
    contradiction="The completion summary narrative says thirty-five gray in five fractions, while the consult, the on-treatment note and the summary's fraction table give 33 Gy (6.6 Gy x 5).",
    notes="Three-file bundle: dictated consult (borderline-resectable pancreatic head cancer after chemotherapy, 33 Gy in "
          "5; EUS fiducials already placed; MRI not possible because of a pacemaker), dictated on-treatment note "
          "(fraction 2 of 5, CBCT fiducial match, breath-hold) and a two-page completion summary (with the plan report "
          "attached; GTV mean 35.2 Gy) whose narrative says 35 Gy while its fraction table sums to 33 Gy. Imaging CT only (MRI negated).",
    docs=[
        Doc("1_consult_dictated.txt", text=f"""
PINECREST COMMUNITY CANCER CENTER
RADIATION ONCOLOGY CONSULT NOTE

Patient: {patient(17)}    MRN: {mrn(17)}    DOB: 10/02/1956
Date of service: 11/02/2026
Provider: Alvin Trask-Oduya, MD
Referring: Greta Solberg-Mensah, MD (GI Oncology)

HISTORY OF PRESENT ILLNESS: Mrs. Mabberley is a seventy year old woman with borderline resectable adenocarcinoma of the pancreatic head, abutting the superior mesenteric vein over about one hundred and eighty degrees, diagnosed in May, C A nineteen nine from eleven forty to eighty five after six months of modified FOLFIRINOX. Restaging CT shows the mass now two point six centimeters with no metastases. Surgical oncology Dr. Lindqvist Paredes would consider resection after consolidative radiation. Two gold fiducials were placed by E U S on October twenty ninth at the time of stent exchange.

PAST MEDICAL HISTORY: Complete heart block with a dual chamber pacemaker, not M R conditional. Diabetes, new with the cancer. Biliary stent.

EXAMINATION: E C O G one. Mild epigastric tenderness. No jaundice.

IMPRESSION: Borderline resectable pancreatic adenocarcinoma after neoadjuvant chemotherapy.

PLAN: Stereotactic body radiation thirty three gray in five fractions of six point six gray to the pancreatic head tumor and the vessel interface, then restaging for surgery. Planning with a four D CT with contrast and breath hold, in a vacuum cushion. We cannot get an MRI because of the pacemaker, so delineation will be on the contrast CT with the diagnostic pancreas protocol CT as a reference. Cardiology to check the pacemaker before and after. Risks including nausea, fatigue, G I bleeding and ulceration discussed. Consent signed.

Alvin Trask-Oduya, MD
{FOOT}
"""),
        Doc("2_on_treatment_note.txt", text=f"""
PINECREST COMMUNITY CANCER CENTER - ON TREATMENT VISIT
{patient(17)}   {mrn(17)}   11/18/2026   Alvin Trask-Oduya, MD

Fraction two of five completed today, thirteen point two gray of thirty three. Daily cone beam CT in end expiration breath hold with match to the two fiducials and the stent, shifts reviewed and approved by me before each fraction. Mild nausea the evening after the first treatment, ondansetron helps. Eating fine. Weight stable. Pacemaker interrogation after fraction one normal. Continue.
{FOOT}
"""),
        Doc("3_completion_summary.pdf", [
            [H1("Radiation Oncology Completion Summary"),
             KeyValue([("Patient", f"{patient(17)}   {mrn(17)}"), ("Diagnosis", "Adenocarcinoma of pancreatic head (C25.0)"),
                       ("Treatment", "SBRT, 6 MV FFF gantry linac, VMAT 2 arcs, breath-hold"),
                       ("Simulation", "11/09/2026: supine in vacuum cushion, arms up; 4D CT and breath-hold CT with IV contrast"),
                       ("Planning", "PTV = GTV + 3 mm; 33 Gy to PTV D95; duodenum Dmax 32.1 Gy, stomach V30 0.3 cc; "
                                    "ALDER planning system (invented); physics QA passed 11/12/2026")]),
             P("Mrs. Mabberley completed SBRT to the pancreatic head tumor on 11/24/2026, thirty five gray in five "
               "fractions, with daily CBCT fiducial alignment. She tolerated it with mild nausea only."),
             RuledTable([("Fx", "Date", "Dose (Gy)"), ("1", "11/16/2026", "6.6"), ("2", "11/18/2026", "6.6"),
                         ("3", "11/20/2026", "6.6"), ("4", "11/23/2026", "6.6"), ("5", "11/24/2026", "6.6")]),
             P("Follow-up: restaging pancreas protocol CT and CA 19-9 in 4 weeks; surgical oncology visit to follow."),
             sig("Alvin Trask-Oduya, MD 11/27/2026")],
            [H1("Attachment: Plan Report (printed from planning system)"),
             KeyValue([("Plan", "PANC_SBRT_BH  approved 11/12/2026"), ("Machine", "6 MV FFF gantry linac, 120-leaf MLC"),
                       ("Isocenter", "1, pancreatic head"), ("Arcs", "2 VMAT arcs, 181-179 deg CW/CCW, collimator 10/350"),
                       ("Motion management", "End-expiration breath hold, surface-monitored, gating window 3 mm")]),
             RuledTable([("Structure", "Volume (cc)", "Objective", "Result"),
                         ("PTV_Panc", "31.7", "D95 >= 33 Gy", "33.0 Gy"),
                         ("GTV", "9.4", "Dmean", "35.2 Gy"),
                         ("Duodenum", "-", "Dmax < 35 Gy; D1cc < 33 Gy", "32.1 Gy; 30.4 Gy"),
                         ("Stomach", "-", "V30 < 1 cc", "0.3 cc"),
                         ("Small bowel", "-", "D1cc < 33 Gy", "27.6 Gy"),
                         ("Kidneys combined", "-", "V12 < 25%", "8%")]),
             P("Delivery QA: array measurement gamma 3%/2 mm 99.4%; independent MU calculation within 1.8%."),
             sig("Mina Castellano, MS, DABR 11/12/2026")],
        ], opts=dict(header=[_c, f"{patient(17)}   {mrn(17)}   DOB 10/02/1956"])),
    ])

# d83_18 -- pdf: para-aortic node SBRT 35 Gy/5; short completion note with no immobilization documented ---------------
_c = "ELMSWORTH CANCER CARE"
add(name="d83_18", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], []),
    lesions=[L("left para-aortic node", "body", None, 35, 5)],
    categories=cats(positioning=False),
    notes="Short EHR SBRT completion note: solitary left para-aortic nodal recurrence of endometrial cancer, 35 Gy in 5 "
          "on a ring-gantry linac, planning CT fused with PET-CT, VMAT, daily CBCT. No immobilization or localization "
          "device documented anywhere: positioning unmet, positioning facts empty.",
    docs=[Doc("d83_18.pdf", [[
        H1("SBRT Completion Note"),
        KeyValue([("Patient", patient(18)), ("MRN", mrn(18)), ("DOB", "01/29/1962"), ("Date", "12/04/2026"),
                  ("Author", "Quentin Harrow-Diallo, MD")]),
        P("DX: Recurrent endometrioid adenocarcinoma of the endometrium (FIGO IB at diagnosis 2023), isolated 1.8 cm left "
          "para-aortic lymph node at the level of L3 on PET-CT 10/30/2026, biopsy-proven. No other disease."),
        P("TREATMENT: SBRT to the left para-aortic node, 35 Gy in 5 fractions of 7 Gy, 11/20/2026 to 11/26/2026 (given "
          "11/20, 11/23, 11/24, 11/25 and 11/26). Ring-gantry 6 MV FFF linac. Planning CT 11/12/2026 with oral and IV contrast fused with the 10/30 PET-CT; GTV node, PTV 5 "
          "mm. 2 VMAT arcs, PTV D95 35 Gy, duodenum D0.5cc 29.4 Gy, small bowel D5cc 22 Gy, left kidney mean 4 Gy. Plan "
          "check and QA by physics 11/17/2026."),
        P("IGRT: kV-CBCT daily, matched to vertebral bodies and then soft tissue, reviewed by MD before treatment."),
        P("TOLERANCE: G1 nausea on days 2-3. No diarrhea."),
        P("F/U: PET-CT in 3 months; gyn onc (Dr. Castellanos-Mehta) in 4 weeks. Continue pembrolizumab."),
        sig("Quentin Harrow-Diallo, MD 12/04/2026 11:20"),
    ]], opts=dict(header=[_c + "  -  Radiation Oncology", f"{patient(18)}  {mrn(18)}"]))])


# ==================================================================================================
# Hard negatives (2)
# ==================================================================================================

# d83_19 -- dictation (text): consult recommending SRS for two metastases; nothing simulated or given ---------------
add(name="d83_19", kind="dictation", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: dictated radiation oncology consult for two melanoma brain metastases "
          "recommending single-session linac SRS (20 Gy each), with the MRI, mask and planning CT still to be done. "
          "Nothing simulated, planned or delivered in this record; codes claimed in advance are inconsistent.",
    docs=[Doc("d83_19.txt", text=f"""
BEXLEY HARBOR ONCOLOGY - RADIATION ONCOLOGY
CONSULTATION NOTE (dictated, preliminary)

Patient: {patient(19)}    MRN: {mrn(19)}    DOB: 05/14/1970
Date: 12/07/2026
Physician: Marcus Delahunt, MD
Referring: Henrietta Vos, MD, Dermatology Oncology

REASON FOR CONSULTATION: Two brain metastases, melanoma.

HISTORY OF PRESENT ILLNESS: Ms. Leffingwell is a fifty six year old woman with stage three C melanoma of the left calf resected in twenty twenty four, on adjuvant nivolumab until last month, who had a first seizure on November twenty eighth. CT in the emergency department showed a right frontal lesion and the MRI of November twenty ninth shows two enhancing lesions, right frontal one point seven centimeters with hemorrhage and edema and left parietal eight millimeters. She has been on levetiracetam with no further seizures. Body PET is pending.

EXAMINATION: Neurologically intact. K P S ninety.

ASSESSMENT: Two brain metastases from melanoma, the larger one hemorrhagic.

PLAN: I recommend single session stereotactic radiosurgery to both lesions on the linac, probably twenty gray to each, possibly eighteen to the right frontal lesion depending on the final volume, combined with systemic therapy per Dr. Vos. Neurosurgery opinion on resection of the hemorrhagic right frontal lesion is pending with Dr. Arkwright and if she has surgery we would treat the cavity instead. Once that is settled she will need a thin slice MRI with contrast and a CT simulation with a frameless mask. Tentatively we have held a treatment slot on December twenty second. We discussed the risks including radionecrosis, hemorrhage and seizures and she will think about it; she would like to talk with her family and with Dr. Arkwright before signing consent.

Marcus Delahunt, MD
{FOOT}
""")])

# d83_20 -- bundle (4 files): lung SBRT simulated and planned, cancelled before the first fraction -------------------
_c = "HARLOW CREEK CANCER CENTER"
add(name="d83_20", kind="bundle", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative, four files: a dictated consult (50 Gy in 5 recommended), a dictated CT simulation note (4DCT, vacuum cushion), an approved plan summary "
          "(50 Gy in 5, first fraction scheduled) and a dictated cancellation note: the patient was admitted with a "
          "stroke before fraction 1, goals of care changed and the course was cancelled with no fraction given. Nothing "
          "delivered: facts empty, categories unmet, the pre-entered codes inconsistent.",
    docs=[
        Doc("1_consult_dictated.txt", text=f"""
HARLOW CREEK CANCER CENTER - RADIATION ONCOLOGY CONSULTATION
Patient: {patient(20)}   MRN: {mrn(20)}   DOB: 09/09/1941   Date: 11/20/2026
Physician: Cordelia Ashworth-Pike, MD   Referred by: Osric Lamont, MD (Pulmonology)

HISTORY: Mr. Rookwood is an eighty five year old man, former smoker, with a one point eight centimeter right upper lobe nodule that grew on surveillance CT, F D G avid with S U V six point two on PET CT October thirtieth, no nodes, no distant disease. C T guided biopsy November sixth: squamous cell carcinoma. Severe C O P D, F E V one thirty four percent, atrial fibrillation on apixaban, prior T I A in twenty twenty four. Thoracic surgery considers him inoperable.

EXAMINATION: E C O G two. Thin, mildly dyspneic with conversation. Irregularly irregular rhythm.

IMPRESSION: Clinical stage one A two squamous cell carcinoma of the right upper lobe, medically inoperable.

PLAN: Stereotactic body radiation therapy, fifty gray in five fractions, the lesion is peripheral but within two centimeters of the chest wall. Simulation with a four D CT in a vacuum cushion. Discussed fatigue, cough, pneumonitis, rib fracture and chest wall pain. He and his daughter agree. Consent signed.

Cordelia Ashworth-Pike, MD
{FOOT}
"""),
        Doc("2_simulation_note.txt", text=f"""
HARLOW CREEK CANCER CENTER   RADIATION ONCOLOGY   SIMULATION NOTE
{patient(20)}   {mrn(20)}   DOB 09/09/1941   12/01/2026
Cordelia Ashworth-Pike, MD (dictated)

Mr. Rookwood was simulated today for stereotactic body radiation to the right upper lobe non small cell lung cancer, one point eight centimeters, biopsy proven squamous cell carcinoma, medically inoperable. Supine, arms up on a wing board in a vacuum cushion. Four D CT acquired with the respiratory belt, motion of the lesion about five millimeters. Planned fifty gray in five fractions. Start date December tenth pending plan approval.
{FOOT}
"""),
        Doc("3_plan_summary.pdf", [[
            H1("SBRT Plan - Approved"),
            KeyValue([("Patient", f"{patient(20)}  {mrn(20)}"), ("Plan", "RUL_SBRT, VMAT 2 arcs, 6 MV FFF gantry linac"),
                      ("Planning system", "HARRIER 9 (invented)"),
                      ("Prescription", "50 Gy in 5 fractions of 10 Gy to PTV (ITV + 5 mm)"),
                      ("Coverage", "PTV V100 95.3%"), ("OAR", "Lung V20 5.2%, esophagus Dmax 14 Gy, cord Dmax 11 Gy"),
                      ("Physics", "Second check and QA passed 12/08/2026"),
                      ("Scheduled", "Fx 1 12/10/2026, then 12/12, 12/15, 12/17, 12/19")]),
            sig("Cordelia Ashworth-Pike, MD 12/08/2026"), sig("Leander Voss, MS, DABR 12/08/2026"),
        ]], opts=dict(header=head(_c, 20, "09/09/1941"))),
        Doc("4_cancellation_note.txt", text=f"""
HARLOW CREEK CANCER CENTER - RADIATION ONCOLOGY
NOTE: TREATMENT CANCELLED

Patient: {patient(20)}   MRN: {mrn(20)}   Date: 12/14/2026
Physician: Cordelia Ashworth-Pike, MD

Mr. Rookwood did not come for his first SBRT treatment on December tenth. His daughter called to say he had been admitted to Harlow Creek General on December ninth with a left middle cerebral artery stroke with right hemiparesis and aphasia. I spoke with the family and with the inpatient team today. Given his new deficits and his wishes expressed previously, the family has chosen comfort focused care and he will be transferred to inpatient hospice. His SBRT course is cancelled. No treatment was delivered. The plan has been made inactive in the record and verify system and the scheduled appointments removed. Charges for the treatment course should be reversed.

Cordelia Ashworth-Pike, MD
{FOOT}
"""),
    ])


CORPUS = Corpus("blind_corpus83", "tests/blind_corpus83", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
