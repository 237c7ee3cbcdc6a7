"""Ninetieth blind corpus, ``tests/blind_corpus90/`` (regenerate: ``python scripts/make_corpus.py blind_corpus90``).

A TUNING set, written blind (without reading the reader's code): planning imaging and immobilization /
localization, what was actually USED in this course versus only mentioned. Twenty courses: cranial on
cobalt-60, gantry and robotic-arm units, spine SBRT, and body SBRT of lung, liver, prostate, pancreas and
adrenal. The traps: a head frame offered but a mask chosen, a frame attempted and abandoned for a mask, a
mask course converted to a frame; MRI contraindicated (pacemaker, claustrophobia) with a contrast CT or a CT
myelogram instead, an MRI ordered but never done, staging MRI / PET months earlier that were not used for
planning beside fusions that were; fiducials planned but not placed, fiducials placed at an outside
hospital and used, a rectal spacer discussed and declined, abdominal compression tried and not tolerated;
device checklists, order sets with unticked boxes, consent forms listing the options, a device named only
in the history of an earlier course, cone-beam CT / kV imaging at the machine (not planning imaging), and
one course with no immobilization device at all (surface guidance and breath-hold only). Two hard
negatives (simulation done, course cancelled; a consult only) and two self-contradicting charts.

About half system printouts and exports (plan reports, simulation orders, setup sheets, key: value and
CSV exports), half dictated notes and bundles of 2-3 files (.pdf and .txt); one scanned setup sheet.
Every clinic, clinician and system is invented.

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (dictations and notes are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import BulletList, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

PEOPLE = [("VANDERMEER", "ANOUK"), ("VOSKUIJL", "BEATRIX"), ("VERHAEGEN", "CLEMENTINE"), ("VELDKAMP", "DORUS"),
          ("VROLIJK", "EVELIEN"), ("VANSTEENKISTE", "FREDERIK"), ("VOORTHUIS", "GERRIT"), ("VANDERLINDE", "HUGO"),
          ("VOGELZANG", "INGRID"), ("VERSCHUREN", "JOZEF"), ("VALKENBURG", "KAATJE"), ("VERMEULEN", "LAMBERT"),
          ("VISSCHER", "MARIEKE"), ("VROOMAN", "NIELS"), ("VANASSCHE", "OTTILIE"), ("VELTHUIS", "PIETERNEL"),
          ("VINKESTEIJN", "QUIRIJN"), ("VOSMEER", "ROELOF"), ("VREDEVELD", "SASKIA"), ("VERBRUGGEN", "TEUNIS")]


def patient(n: int) -> str:
    last, first = PEOPLE[n - 1]
    return f"{last}, {first}"


def mrn(n: int) -> str:
    return f"SYN-90{n:03d}"


def head(clinic: str, n: int, dob: str, extra: str = "") -> list[str]:
    return [clinic, f"{patient(n)}   MRN {mrn(n)}   DOB {dob}" + (f"   {extra}" if extra else "")]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# v90_01 -- dictation: cobalt-60 single session, two mets; frame offered, patient chose the mask; CBCT at the unit --
add(name="v90_01", kind="dictation", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 2, 1, ["MRI"], ["mask"]),
    lesions=[L("left parietal", "cranial", S, 20, 1), L("right cerebellar", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Dictated radiosurgery note, cobalt-60 unit with on-board cone-beam CT: two breast-cancer metastases, "
          "20 Gy each to the 50% isodose in one session. A head frame was offered and the consent lists 'frame or "
          "mask', but the patient chose the frameless thermoplastic mask; the stereotactic reference was a "
          "cone-beam CT at the unit (machine imaging, not planning imaging) with infrared nose-marker motion "
          "monitoring. Planning imaging is the volumetric MRI of the day before only. 61800 inconsistent (no frame).",
    docs=[Doc("v90_01.txt", text=f"""
HOLLOWAY CREEK GAMMA CENTER - RADIOSURGERY
DICTATED PROCEDURE NOTE
Job 40-2281   Dictated by: Marten Oosterbeek-Lyle, MD (Radiation Oncology)   Dictated 02/11/2026 15:48   Transcribed 02/12/2026 07:30
Patient: {patient(1)}   MRN: {mrn(1)}   DOB: 07/22/1961

Date of procedure February eleventh twenty twenty six. Procedure: stereotactic radiosurgery, single session, cobalt sixty multi source unit, two intracranial targets.

Indication. Sixty four year old woman with H E R two positive breast cancer, two new brain metastases on surveillance MRI, left parietal one point four centimeters and right cerebellar nine millimeters. K P S ninety. Systemic disease stable on trastuzumab.

Immobilization. At consultation on January twenty eighth we offered her the choice between a stereotactic head frame, which is our usual approach for single session treatment, and a frameless thermoplastic mask with cone beam localization on the unit. She had a frame for a dental procedure, no, correction, she had a bad experience with a halo-type device after a neck fracture years ago, and she chose the mask. The consent form she signed lists both options, head frame or mask, and the mask box is the one initialed. No frame was placed. The mask was fitted on February tenth.

Imaging. Planning MRI was done February tenth, volumetric T one post gadolinium one millimeter and T two, and this was the only imaging used for planning. On the day of treatment, with the patient in the mask on the couch, a cone beam CT was acquired on the unit and co-registered to the MRI to define stereotactic space; this is machine imaging for localization. The infrared nose marker was used for intrafraction motion monitoring, threshold one point five millimeters; one pause during shot eleven when she coughed, re-imaged with a second cone beam CT, then resumed.

Plan. Both targets contoured on the MRI with no margin. Left parietal, twenty gray to the fifty percent isodose line, nine shots, coverage ninety eight percent. Right cerebellar, twenty gray to the fifty percent isodose line, four shots, coverage ninety nine percent. Brain stem maximum seven point two gray. Plan reviewed with our physicist Sanne Holtrop, PhD, and the independent treatment time check agreed within one percent.

Delivery. Beam on ten fourteen to eleven oh two, both targets in the one session, as planned.

Summary. Single session radiosurgery completed: left parietal twenty gray and right cerebellar twenty gray, both in one fraction at the fifty percent isodose line, mask based. She left in good condition. Follow up MRI in eight weeks.

Marten Oosterbeek-Lyle, MD - electronically signed 02/12/2026
{FOOT}
""")])

# v90_02 -- bundle: cobalt-60 vestibular schwannoma; frame application attempted and abandoned, converted to mask ---
_c = "ST. BRIGID NEUROSCIENCES - RADIOSURGERY"
add(name="v90_02", kind="bundle", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    notes="Two files: a dictated procedure note (frame application attempted, the posterior pins could not be "
          "seated over an old cranioplasty, frame removed before any imaging; converted to a mask with cone-beam "
          "localization) and the dose-plan printout ('Fixation: Mask - frame application abandoned'). Planning "
          "MRI (CISS + T1 post-Gd) and a 1 mm temporal-bone CT fused for the canal. 61800 claimed but the frame "
          "was never used for treatment: inconsistent. Schwannoma: complex.",
    docs=[
        Doc("1_procedure_note_dictated.txt", text=f"""
ST. BRIGID NEUROSCIENCES - DEPARTMENT OF NEUROSURGERY
RADIOSURGERY PROCEDURE NOTE (dictated)
Patient: {patient(2)}   MRN: {mrn(2)}   DOB: 12/03/1957   Date of procedure: 03/05/2026
Surgeon: Idris Vanterpool-Agu, MD   Radiation Oncology: Henrike Draaisma, MD   Physics: Tobias Nwankwo-Reid, MS

PREOPERATIVE DIAGNOSIS: Right vestibular schwannoma, Koos two, one point eight centimeters, growing on serial imaging.

PROCEDURES PLANNED: Stereotactic head frame application; stereotactic radiosurgery, cobalt sixty unit.
PROCEDURES PERFORMED: Attempted head frame application, abandoned. Mask fabrication with cone beam CT localization. Stereotactic radiosurgery, cobalt sixty unit, single session.

DESCRIPTION: After local anesthetic infiltration the frame was positioned. The anterior pins seated well. The patient has a left posterior cranioplasty plate from a trauma craniotomy in 2009, which was known, and we had planned to offset the frame to the right. Despite that, the left posterior pin could not obtain safe purchase without crossing the plate margin, and on the second attempt she had a vasovagal episode with bradycardia to forty two that resolved with leg elevation. I elected not to persist. The frame was removed before any stereotactic imaging was done; the pin sites were dressed. The frame played no part in targeting or treatment.

We therefore converted to the frameless workflow. A thermoplastic head mask was fabricated in the radiosurgery suite. Her planning MRI of February twenty sixth, one millimeter CISS and T one post contrast, and the one millimeter temporal bone CT of the same day were already loaded and fused; these were used for the plan. On the unit a cone beam CT in the mask defined stereotactic space and the nose marker monitored motion throughout.

The tumor was treated with twelve gray to the fifty percent isodose line, thirteen shots, cochlea mean dose three point eight gray, brainstem maximum eleven point six gray. Single session, no interruptions apart from one re-imaging.

COMPLICATIONS: Vasovagal episode during the abandoned frame attempt, resolved. No bleeding at the pin sites.
DISPOSITION: Home. MRI in six months, audiogram in six months.

Idris Vanterpool-Agu, MD - dictated 03/05/2026, signed 03/06/2026
{FOOT}
"""),
        Doc("2_dose_plan.pdf", [[
            H1("Radiosurgery Dose Plan - Treatment Record"),
            KeyValue([("Patient / MRN", f"{patient(2)} / {mrn(2)}"),
                      ("Treatment date", "03/05/2026, single session"),
                      ("Unit", "Cobalt-60 multi-source unit with cone-beam CT and nose-marker tracking"),
                      ("Fixation", "Mask (frame application abandoned - see procedure note)"),
                      ("Stereotactic reference", "CBCT 03/05/2026 09:41 (mask)"),
                      ("Planning images", "MRI 02/26/2026 CISS 1 mm + T1 post-Gd 1 mm; CT temporal bone 02/26/2026 1 mm; fused"),
                      ("Planning system", "HERON-RS 4.1 (invented)")]),
            RuledTable([("Target", "Diagnosis", "Max diam", "Volume", "Rx", "Isodose", "Shots", "Coverage"),
                        ("T1", "R vestibular schwannoma", "18 mm", "1.62 cc", "12 Gy", "50%", "13", "98.6%")]),
            H2("Organs at risk"),
            TextTable([("Structure", "Dose", ""), ("Cochlea R (mean)", "3.8 Gy", ""),
                       ("Brainstem (max)", "11.6 Gy", ""), ("Facial nerve course (max)", "12.9 Gy", "")],
                      columns=(0, 190, 300)),
            H2("Verification"),
            P("Independent treatment-time calculation agreed within 0.9%. Pre-treatment CBCT registration to the plan "
              "reference accepted (0.3 mm). Motion threshold 1.5 mm, one re-image. Total beam-on 61.3 min. Delivered "
              "as planned: right vestibular schwannoma 12 Gy in 1 fraction."),
            sig("Tobias Nwankwo-Reid, MS, DABR 03/05/2026"),
            sig("Henrike Draaisma, MD 03/05/2026"),
            sig("Idris Vanterpool-Agu, MD 03/05/2026"),
        ]], opts=dict(header=head(_c, 2, "12/03/1957"))),
    ])

# v90_03 -- bundle: planned 3-fraction mask course on cobalt-60 converted to single-session frame SRS -------------
_c = "HOLLOWAY CREEK GAMMA CENTER"
add(name="v90_03", kind="bundle", codes=["77373", "77435", "61796"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["MRI"], ["frame"]),
    lesions=[L("left temporal", "cranial", S, 16, 1)],
    categories=cats(),
    notes="Two files: a dictated simulation note (planned 8 Gy x 3 in a mask; mask fabrication abandoned after a "
          "claustrophobic panic, CT simulation cancelled, course converted to single-session frame SRS under "
          "sedation) and a procedure / treatment record (frame, stereotactic MRI, 16 Gy at 50%, coordinate "
          "check). The claimed codes follow the original 3-fraction authorization: 77373 and 77435 are "
          "inconsistent with the single-session course; 77371 is the supported code.",
    docs=[
        Doc("1_simulation_note_dictated.txt", text=f"""
HOLLOWAY CREEK GAMMA CENTER - SIMULATION NOTE (dictated)
Patient: {patient(3)}   MRN: {mrn(3)}   DOB: 05/30/1969   Date: 04/14/2026
Physician: Marten Oosterbeek-Lyle, MD

Plan going in: fractionated radiosurgery to a two point nine centimeter left temporal metastasis, colorectal primary, eight gray times three fractions on the cobalt sixty unit in a thermoplastic mask, with a mask simulation CT today and a planning MRI tomorrow. This is what the insurance authorization was requested for.

What happened: the therapists began warming the mask material and as soon as it was draped over her face she had a full panic attack, sat up and pulled it off. She had warned us she was claustrophobic. After lorazepam one milligram by mouth we tried again with the open face version and she could not tolerate it for more than a few seconds. The mask was not completed and the CT simulation was cancelled; no images were acquired today.

Discussion: I talked through the alternatives with her and her daughter. She says she would much rather have a frame placed under sedation and get it over with in one day than come back three times and face the mask. Given the lesion size, a single session of sixteen gray to the fifty percent isodose line is reasonable. She agreed.

Plan: convert to single session frame based radiosurgery with conscious sedation by anesthesia, stereotactic MRI on the day with the frame on. Authorization to be updated by the front office. Booked for April twenty first.

Marten Oosterbeek-Lyle, MD
{FOOT}
"""),
        Doc("2_procedure_and_treatment_record.pdf", [[
            H1("Radiosurgery Procedure and Treatment Record"),
            KeyValue([("Patient / MRN", f"{patient(3)} / {mrn(3)}"), ("Date", "04/21/2026"),
                      ("Anesthesia", "Conscious sedation (anesthesia service) + local at pin sites"),
                      ("Fixation", "Stereotactic head frame, 4 pins, applied 07:05"),
                      ("Imaging", "Stereotactic MRI with indicator box, T1 post-Gd 1 mm, T2 - 04/21/2026"),
                      ("Unit", "Cobalt-60 multi-source radiosurgery unit"),
                      ("Planning system", "HERON-RS 4.1 (invented)")]),
            RuledTable([("Target", "Max diam", "Vol", "Rx", "Isodose", "Shots", "Coverage", "GI"),
                        ("Left temporal", "29 mm", "7.94 cc", "16 Gy", "50%", "17", "97.8%", "2.71")]),
            P("Brain V12Gy 9.6 cc; brainstem max 6.1 Gy; left optic tract max 4.4 Gy. Frame coordinates verified against "
              "the plan printout by the physicist before each run. Second treatment-time calculation within 1.1%."),
            P("Delivered 04/21/2026 09:52-11:15, one session: left temporal metastasis 16 Gy in 1 fraction at the 50% "
              "isodose line. Frame removed 11:30, pin sites dry. Discharged 13:00 after sedation recovery."),
            P("Note: the earlier plan for 8 Gy x 3 in a mask (simulation 04/14/2026) was not carried out; no mask was "
              "made and no fractionated treatment was given."),
            sig("Sanne Holtrop, PhD, Medical Physicist 04/21/2026"),
            sig("Marten Oosterbeek-Lyle, MD 04/21/2026"),
            sig("Rafferty Dijkgraaf, MD, Neurosurgery 04/21/2026"),
        ]], opts=dict(header=head(_c, 3, "05/30/1969"))),
    ])

# v90_04 -- pdf plan report: gantry linac SRS, 3 mets; MRI contraindicated (pacemaker), contrast CT used --------------
_c = "RIVERMEAD CANCER CENTRE - RADIATION ONCOLOGY"
add(name="v90_04", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 1, ["CT"], ["mask"]),
    lesions=[L("right frontal", "cranial", S, 20, 1), L("left occipital", "cranial", S, 20, 1),
             L("left cerebellar", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Plan report printout: three metastases, single-fraction linac SRS in an open-face mask. 'MRI: "
          "contraindicated (non-MR-conditional pacemaker) - not performed'; targets contoured on a double-dose "
          "delayed contrast CT fused to the non-contrast simulation CT. 'Image fusion: CT-CT only'. Stereoscopic "
          "kV and CBCT at the machine are guidance, not planning imaging.",
    docs=[Doc("v90_04.pdf", [[
        H1("Cranial SRS Plan Report"),
        KeyValue([("Patient", patient(4)), ("MRN", mrn(4)), ("Plan ID", "SRS_3MET_V1"), ("Plan status", "Treatment approved"),
                  ("Treatment unit", "6 MV FFF gantry linac (LINAC-3)"), ("Planning system", "KESTREL TPS 17.0 (invented)"),
                  ("Course", "C1 single fraction"), ("Treatment date", "01/20/2026")]),
        H2("Simulation and imaging"),
        KeyValue([("Simulation", "01/13/2026 CT simulation, 1 mm slices, open-face thermoplastic SRS mask"),
                  ("Contrast CT", "01/13/2026 1 mm, 150 mL iodinated contrast, 5-min delay (double dose)"),
                  ("MRI", "Contraindicated (non-MR-conditional dual-chamber pacemaker, cardiology 01/06/2026) - not performed"),
                  ("Image fusion", "CT-CT only (contrast CT to simulation CT, rigid, 0.4 mm)"),
                  ("Immobilization", "Open-face thermoplastic SRS mask, head rest B, mouth bite none")]),
        H2("Targets and prescription"),
        RuledTable([("Target", "Location", "Diam", "PTV margin", "Rx", "IDL", "PTV V100"),
                    ("PTV1", "Right frontal", "12 mm", "1 mm", "20 Gy x 1", "80%", "98.9%"),
                    ("PTV2", "Left occipital", "8 mm", "1 mm", "20 Gy x 1", "80%", "99.4%"),
                    ("PTV3", "Left cerebellar", "15 mm", "1 mm", "18 Gy x 1", "78%", "98.2%")]),
        KeyValue([("Technique", "Single isocenter, 5 non-coplanar VMAT arcs (couch 0/45/90/315/270)"),
                  ("OAR", "Brainstem Dmax 9.8 Gy; chiasm Dmax 2.1 Gy; brain-GTV V12 6.2 cc")]),
        H2("Image guidance and QA"),
        P("Setup CBCT with 6-DoF couch correction, then stereoscopic kV pair before each arc (tolerance 0.7 mm / 0.7 deg). "
          "Patient-specific QA 01/16/2026: gamma 2%/1 mm 98.7% pass. Independent MU check within 2%."),
        H2("Treatment record"),
        TextTable([("Date", "Fraction", "Delivered"), ("01/20/2026", "1 of 1", "PTV1 20 Gy, PTV2 20 Gy, PTV3 18 Gy")],
                  columns=(0, 110, 200)),
        P("Course complete: right frontal 20 Gy, left occipital 20 Gy, left cerebellar 18 Gy, each in a single fraction."),
        sig("Annelies Brouwer-Tafari, MS, DABR 01/20/2026"),
        sig("Cormac Ruysdael, MD 01/20/2026"),
    ]], opts=dict(header=head(_c, 4, "10/09/1948")))])


# v90_12 -- bundle: fractionated cavity SRT; planning MRI ordered but not done, post-op MRI fused instead ----------
_c = "RIVERMEAD CANCER CENTRE - RADIATION ONCOLOGY"
add(name="v90_12", kind="bundle", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal resection cavity", "cranial", S, 27, 3)],
    categories=cats(),
    notes="Two files: a physics image-registration note (the dedicated planning MRI was ordered but cancelled "
          "after a contrast reaction; the post-operative MRI of three weeks earlier was fused to the mask "
          "simulation CT and used to contour the cavity) and a dictated completion summary (27 Gy in 3, daily "
          "CBCT). MRI counts: it was registered and used for this plan, though acquired as a diagnostic scan.",
    docs=[
        Doc("1_image_registration_note.pdf", [[
            H1("Physics Note - Image Registration for Planning"),
            KeyValue([("Patient / MRN", f"{patient(12)} / {mrn(12)}"), ("Date", "06/09/2026"),
                      ("Primary image set", "CT simulation 06/08/2026, 1 mm, thermoplastic SRS mask"),
                      ("Secondary image set", "MRI brain 05/19/2026 (post-operative, 3D T1 post-Gd 1 mm, FLAIR)"),
                      ("Registration", "Rigid, mutual information, cranial box ROI; reviewed landmark by landmark"),
                      ("Residual", "0.6 mm (falx, sella, cavity rim)")]),
            P("Background: a dedicated planning MRI was ordered for 06/08/2026 but was cancelled on the day after the "
              "patient developed hives with the gadolinium test dose; radiology advised against a further contrast "
              "study without premedication and the physician did not want to delay. The 05/19/2026 post-operative MRI "
              "(48 h after resection) is therefore used as the secondary set. Dr. Ruysdael reviewed and approved the "
              "fusion for contouring of the cavity and the surgical tract."),
            P("No other image sets registered. The staging PET-CT of 03/2026 is not part of this plan."),
            sig("Annelies Brouwer-Tafari, MS, DABR 06/09/2026"),
            sig("Cormac Ruysdael, MD (fusion approved) 06/09/2026"),
        ]], opts=dict(header=head(_c, 12, "02/14/1966"))),
        Doc("2_completion_summary_dictated.txt", text=f"""
RIVERMEAD CANCER CENTRE - RADIATION ONCOLOGY
COMPLETION SUMMARY (dictated by Cormac Ruysdael, MD, 07/02/2026; transcribed 07/03/2026)
Patient: {patient(12)}   MRN: {mrn(12)}   DOB: 02/14/1966

Diagnosis: Metastatic melanoma, solitary left frontal metastasis, gross total resection May seventeenth twenty twenty six.

Treatment: Fractionated stereotactic radiotherapy to the left frontal resection cavity, twenty seven gray in three fractions of nine gray, June twenty second, June twenty fourth and June twenty sixth, on the six M V gantry linac, prescribed to the eighty percent isodose line covering the cavity plus a two millimeter margin. The cavity measured three point one centimeters. Two coplanar and two non coplanar arcs.

Immobilization and imaging: thermoplastic S R S mask made at simulation on June eighth. Planning CT from that day with fusion of the post operative MRI, as the dedicated planning MRI could not be done. Cone beam CT before every fraction with six degree couch corrections, all shifts under one millimeter after correction. Physics second check and patient specific Q A passed.

Tolerance: mild fatigue, no headache, no seizures. Steroids not needed.

Summary: left frontal cavity twenty seven gray in three fractions completed as planned. MRI in eight weeks.

Cormac Ruysdael, MD - e-signed 07/03/2026
{FOOT}
"""),
    ])

# v90_13 -- bundle, CONTRADICTION: sim note and setup record say mask, the templated procedure note says frame ------
_c = "LINDENHOF REGIONAL ONCOLOGY"
add(name="v90_13", kind="bundle", codes=["77372", "77432", "61796", "61800"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right temporal", "cranial", S, 18, 1)],
    categories=cats(),
    contradiction="The physician's templated SRS procedure note says a stereotactic head frame was applied with four pins, while the simulation note, the plan report and the therapists' setup record all document a frameless thermoplastic mask.",
    notes="Three files: dictated simulation note (open-face mask, CT sim, MRI fused), a templated physician SRS "
          "procedure note whose immobilization paragraph still says 'stereotactic head frame applied under local "
          "anesthesia with four pins' (template carry-over), and the therapists' setup record (mask, surface "
          "guidance, CBCT, 'no frame'). Gold follows the plan and setup record: mask; 61800 inconsistent.",
    docs=[
        Doc("1_simulation_note_dictated.txt", text=f"""
LINDENHOF REGIONAL ONCOLOGY - CT SIMULATION NOTE
Patient: {patient(13)}   MRN: {mrn(13)}   DOB: 11/11/1959   Date: 08/04/2026   Physician: Jorinde Kapteijn, MD

The patient was simulated today for single fraction radiosurgery to a right temporal metastasis from renal cell carcinoma, two point two centimeters. She was positioned supine on the S R S head support and an open face thermoplastic mask was molded; she tolerated it well and we marked the mask. A one millimeter CT was acquired from vertex to C three with contrast. The volumetric MRI from August third will be fused for target delineation; physics to perform the registration. Treatment tentatively August eleventh on the gantry linac.

Jorinde Kapteijn, MD
{FOOT}
"""),
        Doc("2_srs_procedure_note.pdf", [[
            H1("Stereotactic Radiosurgery - Procedure Note"),
            KeyValue([("Patient", patient(13)), ("MRN", mrn(13)), ("Date of service", "08/11/2026"),
                      ("Attending", "Jorinde Kapteijn, MD"), ("Physicist", "Wessel Amankwah, PhD")]),
            P("INDICATION: Solitary right temporal metastasis, renal cell carcinoma, 2.2 cm, KPS 80."),
            P("IMMOBILIZATION: A stereotactic head frame was applied under local anesthesia with four pins and the patient "
              "was positioned on the treatment couch."),
            P("PLANNING: Simulation CT 08/04/2026 fused with MRI 08/03/2026 (3D T1 post-Gd). GTV on MRI, PTV = GTV + 1 mm. "
              "Single isocenter, 4 VMAT arcs. Rx 18 Gy in 1 fraction to the 80% isodose line; PTV V100 98.1%. Brainstem "
              "Dmax 4.2 Gy, optic chiasm Dmax 1.0 Gy."),
            P("VERIFICATION: CBCT with 6-DoF correction, repeat CBCT before arc 3; patient-specific QA 99.1% (2%/1 mm)."),
            P("DELIVERY: Completed 08/11/2026, right temporal metastasis 18 Gy in 1 fraction. No acute toxicity."),
            sig("Jorinde Kapteijn, MD 08/11/2026"),
        ]], opts=dict(header=head(_c, 13, "11/11/1959"))),
        Doc("3_therapist_setup_record.pdf", [[
            H1("Treatment Setup Record (RT therapists)"),
            KeyValue([("Patient", f"{patient(13)}  {mrn(13)}"), ("Plan", "R_TEMP_SRS  18 Gy x 1"),
                      ("Unit", "Gantry linac LINAC-2 (6 MV FFF)"), ("Head support", "SRS head support, neck roll C"),
                      ("Immobilization", "Open-face thermoplastic mask (made 08/04/2026) - NO frame"),
                      ("Surface guidance", "Yes - region of interest forehead/nose, tolerance 1 mm")]),
            RuledTable([("Date", "Fx", "Setup", "Imaging", "Shifts (mm) Vrt/Lng/Lat", "Therapists"),
                        ("08/11/2026", "1/1", "Mask, SGRT", "CBCT x2", "0.8 / -1.1 / 0.4", "KD / PvR")]),
            P("Comment: patient comfortable in mask, no movement flags on surface monitoring during arcs 1-4."),
        ]], opts=dict(header=head(_c, 13, "11/11/1959"))),
    ])

# v90_16 -- dictation, HARD NEGATIVE: consult only; frame vs mask and MRI discussed, nothing done ---------------------
add(name="v90_16", kind="dictation", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a dictated radiosurgery consultation. Two metastases; the options head frame versus mask on "
          "the cobalt-60 unit are explained, a thin-slice planning MRI 'will be ordered', and the patient wants "
          "time to decide. Nothing simulated, imaged for planning or treated.",
    docs=[Doc("v90_16.txt", text=f"""
ST. BRIGID NEUROSCIENCES - RADIOSURGERY CLINIC
NEW PATIENT CONSULTATION (dictated)
Patient: {patient(16)}   MRN: {mrn(16)}   DOB: 08/19/1955   Date of visit: 09/15/2026
Seen by: Idris Vanterpool-Agu, MD, with Henrike Draaisma, MD
Referring: Pieter Odukoya, MD, Medical Oncology

History. Seventy one year old woman with non small cell lung cancer, E G F R mutated, on osimertinib, with two small enhancing lesions on a staging MRI from September second: right frontal eight millimeters and left parietal six millimeters. No symptoms. No prior brain radiation.

Examination. Neurologically intact. K P S ninety.

Discussion. We talked about continued osimertinib with close MRI surveillance, since the drug has good central nervous system activity, versus radiosurgery now. If she chooses radiosurgery it would be a single session on the cobalt unit. We explained the two ways we can hold the head still: a stereotactic head frame placed with four pins under local anesthetic on the morning of treatment, or a custom mask with imaging on the machine. We showed her both. She has not decided and she leans toward waiting. We also explained that we would need a new thin slice MRI with contrast for planning, as the staging study is not adequate for that.

Plan. She will discuss with her family and with Dr. Odukoya. If she wishes to go ahead we will order the planning MRI and book the procedure; otherwise repeat MRI in eight weeks. No consent signed. No imaging ordered today. Nothing scheduled.

Idris Vanterpool-Agu, MD - e-signed 09/16/2026
{FOOT}
""")])

# v90_17 -- dictation: robotic linac trigeminal neuralgia; frame only in the history of an earlier cobalt course --------
add(name="v90_17", kind="dictation", codes=["77372", "77432", "61798", "G0339"],
    facts=F("robotic_linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right trigeminal nerve", "cranial", C, 60, 1)],
    categories=cats(),
    notes="Dictated procedure note, robotic-arm linac, repeat radiosurgery for right trigeminal neuralgia (functional "
          "target: complex), 60 Gy to the 80% isodose. The stereotactic head frame and cobalt-60 unit appear only "
          "in the history of the 2021 first course; this course used a soft mask with 6D skull tracking, a thin "
          "contrast CT and a FIESTA-type MRI fused. Single-session robotic: 77372 and G0339 consistent.",
    docs=[Doc("v90_17.txt", text=f"""
MEADOWBANK CYBER RADIOSURGERY UNIT (invented)
PROCEDURE NOTE - ROBOTIC RADIOSURGERY (dictated)
Patient: {patient(17)}   MRN: {mrn(17)}   DOB: 01/27/1950   Date of treatment: 10/07/2026
Physician: Bastiaan Oyelowo-Kramer, MD   Neurosurgery: Ludovica Fennema, MD   Physicist: Ruth Adebayo-Smit, MS

Indication. Seventy six year old man with right sided trigeminal neuralgia, V two and V three, recurrent after a first radiosurgery in March twenty twenty one. That first treatment was given at another center on a cobalt sixty unit with a pin-fixed stereotactic head frame, eighty five gray maximum dose to the right nerve root entry zone; he was pain free off medication for about four years, B N I one. Pain recurred in the spring, now B N I four on carbamazepine and baclofen with side effects. Not a candidate for microvascular decompression on cardiac grounds.

Preparation. On September thirtieth a soft thermoplastic face mask was made for comfort and registration and a one point two five millimeter CT with contrast was acquired in the mask. The high resolution MRI of the same day, a three D steady state sequence and T one post contrast, was fused to the CT by physics and the right trigeminal nerve cisternal segment was contoured, a six millimeter length starting three millimeters anterior to the root entry zone, chosen to overlap only partially the previous target, whose plan was imported from the outside center as a P D F for reference only.

Treatment. Delivered today on the robotic arm linac with the six D skull tracking system, images every thirty to sixty seconds, corrections applied automatically, maximum correction one point one millimeter. Sixty gray was prescribed to the eighty percent isodose line, maximum seventy five gray, one hundred sixty two nodes, brainstem surface maximum eleven gray. The plan passed the physics second check and the robotic arm Q A was done in the morning.

He tolerated treatment without problems. No frame was used in this course; the mask only. Continue carbamazepine until pain relief, then taper.

Summary. Right trigeminal nerve, sixty gray in a single fraction, prescribed to the eighty percent isodose line, robotic radiosurgery with mask and skull tracking, completed October seventh.

Bastiaan Oyelowo-Kramer, MD - e-signed 10/08/2026
{FOOT}
""")])

# v90_19 -- bundle with a scanned setup sheet: 5-fraction cranial SRT; consent lists frame/mask/both options --------
_c = "LINDENHOF REGIONAL ONCOLOGY"
add(name="v90_19", kind="bundle", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Three files: a consent form listing the immobilization options (head frame / thermoplastic mask / "
          "relocatable bite-block frame) with only the mask ticked, a SCANNED (image-only) therapists' setup "
          "sheet for the five fractions (mask, CBCT), and a dictated completion summary (3.8 cm right frontal "
          "metastasis, 25 Gy in 5; CT and MRI fused). Size 3.8 cm: complex.",
    docs=[
        Doc("1_consent_form.pdf", [[
            H1("Consent for Stereotactic Radiation Treatment"),
            KeyValue([("Patient", patient(19)), ("MRN", mrn(19)), ("Date", "09/01/2026"),
                      ("Physician", "Jorinde Kapteijn, MD")]),
            P("Treatment: Fractionated stereotactic radiotherapy (SRT) to the brain, right frontal metastasis, planned "
              "25 Gy in 5 treatments."),
            P("Method of head positioning (the physician ticks the method agreed):"),
            BulletList(["[ ] Stereotactic head frame attached with pins (single-day treatment)",
                        "[X] Custom thermoplastic mask (frameless)",
                        "[ ] Relocatable frame with bite block"], marker=""),
            P("Imaging: a CT scan in the treatment position and an MRI with contrast, combined by computer for planning."),
            P("Risks discussed: fatigue, hair loss, headache, seizure, swelling, radiation necrosis (about 5-10%), "
              "need for steroids. Alternatives: whole-brain radiotherapy, surgery, observation."),
            sig("Saskia Vredeveld (patient) 09/01/2026"),
            sig("Jorinde Kapteijn, MD 09/01/2026"),
        ]], opts=dict(header=head(_c, 19, "03/03/1963"))),
        Doc("2_setup_sheet_scanned.pdf", [[
            H1("SRT Daily Setup Sheet"),
            KeyValue([("Patient", f"{patient(19)}   {mrn(19)}"), ("Plan", "R_FRONT_SRT 25 Gy / 5 fx"),
                      ("Head support", "SRS cushion + neck roll B"), ("Immobilization", "Thermoplastic mask (3-point)"),
                      ("Imaging", "CBCT every fraction, 6-DoF; threshold 1 mm / 1 deg")]),
            RuledTable([("Fx", "Date", "Mask fit", "CBCT shifts (mm)", "Init."),
                        ("1", "09/14/2026", "good", "1.2 / 0.4 / -0.6", "LV"),
                        ("2", "09/15/2026", "good", "0.8 / 0.2 / -0.3", "LV"),
                        ("3", "09/16/2026", "good", "0.5 / -0.7 / 0.1", "DB"),
                        ("4", "09/17/2026", "snug", "0.9 / 0.3 / 0.2", "DB"),
                        ("5", "09/18/2026", "good", "0.6 / 0.1 / -0.4", "LV")]),
            P("All 5 fractions delivered. Physician approval of CBCT each day (JK)."),
        ]], opts=dict(header=head(_c, 19, "03/03/1963"), page_numbers=None, scan=True, scan_dpi=150,
                      scan_skew=1.2, scan_noise=8.0)),
        Doc("3_completion_summary_dictated.txt", text=f"""
LINDENHOF REGIONAL ONCOLOGY - COMPLETION SUMMARY (dictated)
Patient: {patient(19)}   MRN: {mrn(19)}   DOB: 03/03/1963   Dictated by Jorinde Kapteijn, MD 09/18/2026

Diagnosis: Breast cancer, triple negative, with a three point eight centimeter right frontal brain metastasis, unresectable because of its relation to the motor strip.

Course: Fractionated stereotactic radiotherapy, twenty five gray in five fractions of five gray, September fourteenth through eighteenth, six M V gantry linac, volumetric arcs, prescribed to the eighty percent isodose line. Simulation on September fourth in a custom thermoplastic mask with a one millimeter contrast CT; the planning MRI of September third was fused for the target. Cone beam CT with six degree of freedom correction before every fraction. Physics patient specific Q A passed.

Tolerance: grade one fatigue, mild headache on day three relieved by dexamethasone two milligrams for three days.

Summary: right frontal metastasis twenty five gray in five fractions, all fractions delivered. Follow up MRI in six weeks.

Jorinde Kapteijn, MD
{FOOT}
"""),
    ])


# ==================================================================================================
# Spine
# ==================================================================================================

# v90_05 -- bundle: T10 spine SBRT; MRI impossible (claustrophobia), CT myelogram used; vacuum cushion ---------------
_c = "OAKHAVEN UNIVERSITY HOSPITAL - RADIATION ONCOLOGY"
add(name="v90_05", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 2, ["CT"], ["body_immobilization"]),
    lesions=[L("T10", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Two files: a dictated simulation note (planning MRI attempted twice and aborted for severe "
          "claustrophobia, open MRI unavailable; CT myelogram by neuroradiology the same morning, then CT "
          "simulation in a full-length vacuum cushion, myelogram fused for the cord) and a plan / treatment "
          "record (24 Gy in 2, CBCT each fraction). Imaging CT only (the myelogram is a CT).",
    docs=[
        Doc("1_simulation_note_dictated.txt", text=f"""
OAKHAVEN UNIVERSITY HOSPITAL - RADIATION ONCOLOGY
SIMULATION NOTE (dictated)   Date: 03/17/2026   Physician: Floor Vermaas-Oduya, MD
Patient: {patient(5)}   MRN: {mrn(5)}   DOB: 06/06/1964

Sixty one year old woman with metastatic renal cell carcinoma, painful T ten vertebral body metastasis with minimal epidural extension, Bilsky one b, no cord compression, for spine stereotactic body radiation, twenty four gray in two fractions.

Imaging for the cord. We would normally plan on a thin slice MRI of the thoracic spine fused to the simulation CT. She attempted the MRI on March tenth and again on March thirteenth with oral lorazepam and could not stay in the bore more than two minutes either time; both studies were aborted with no usable images. The open MRI at the affiliate is out of service until May. After discussion with neuroradiology we therefore did a CT myelogram this morning: lumbar puncture at L three four, ten milliliters of intrathecal contrast, one millimeter CT from T six to L two. She tolerated it well.

Simulation. She was then brought straight to the CT simulator while the contrast was still well distributed. She was placed supine in a full length vacuum cushion molded from the head to the knees with both arms on her chest, and a one millimeter simulation CT was acquired from T four to L four. Tattoos placed. The myelogram will be fused to the simulation CT to contour the spinal cord and the thecal sac; the target is the T ten body and left pedicle per the international consensus guidelines.

No MRI was used for this plan. Treatment on the gantry linac, tentatively March twenty fourth and twenty sixth.

Floor Vermaas-Oduya, MD
{FOOT}
"""),
        Doc("2_plan_and_treatment_record.pdf", [[
            H1("Spine SBRT Plan and Treatment Record"),
            KeyValue([("Patient / MRN", f"{patient(5)} / {mrn(5)}"), ("Unit", "6 MV FFF gantry linac, 6-DoF couch"),
                      ("Planning system", "KESTREL TPS 17.0 (invented)"),
                      ("Image sets", "Simulation CT 03/17/2026 (primary); CT myelogram 03/17/2026 (fused, rigid, T8-T12 ROI)"),
                      ("Immobilization", "Full-length vacuum cushion, arms on chest"),
                      ("Target", "CTV T10 body + left pedicle; PTV = CTV + 2 mm, cropped off the cord PRV"),
                      ("Prescription", "24 Gy in 2 fractions (12 Gy/fx) to PTV, D90 >= 100%"),
                      ("Technique", "2 VMAT arcs"),
                      ("Spinal cord (myelogram-defined)", "Dmax 0.035 cc 16.8 Gy; thecal sac Dmax 17.0 Gy")]),
            RuledTable([("Fx", "Date", "IGRT", "Shifts applied", "Dose", "Cumulative"),
                        ("1", "03/24/2026", "CBCT x2", "Yes (6-DoF)", "12 Gy", "12 Gy"),
                        ("2", "03/26/2026", "CBCT x2", "Yes (6-DoF)", "12 Gy", "24 Gy")]),
            P("Patient-specific QA 98.9% (3%/2 mm). Course complete: T10 metastasis 24 Gy in 2 fractions."),
            sig("Gijs Hartevelt, PhD, Medical Physics 03/26/2026"),
            sig("Floor Vermaas-Oduya, MD 03/26/2026"),
        ]], opts=dict(header=head(_c, 5, "06/06/1964"))),
    ])

# v90_18 -- CSV export: two-level spine SBRT; order set with unticked device boxes; PET months earlier not used -------
_c = "OAKHAVEN UNIVERSITY HOSPITAL"
add(name="v90_18", kind="export", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T12", "spinal", None, 27, 3), L("L2", "spinal", None, 27, 3)],
    categories=cats(),
    notes="A record-and-verify export as text: the simulation order set as CSV with one row per option (vacuum "
          "cushion ticked; BodyFIX-type wrap, abdominal compression, fiducials, mask, MRI-sim unticked), an "
          "image-set table (planning CT, planning MRI of the spine registered, a staging PET-CT from January "
          "flagged 'not registered - diagnostic'), the prescriptions and a fraction log. Two spine levels 27 Gy "
          "in 3 each.",
    docs=[Doc("v90_18.txt", text=f"""
# OAKHAVEN UNIVERSITY HOSPITAL - RO-RECORD export (invented system), generated 05/29/2026 16:02
# patient={patient(18)}; mrn={mrn(18)}; dob=09/25/1958; course=C2 SPINE SBRT; physician=Floor Vermaas-Oduya MD

[SIM_ORDER]  ordered=05/05/2026  sim_date=05/07/2026  status=COMPLETED
item,selected,detail
CT simulation,Y,1 mm T8-L5 supine
MRI simulation (in treatment position),N,
Thermoplastic mask (head/neck/shoulders),N,
Vacuum cushion (long),Y,head to knees; arms above head on cushion
Body wrap vacuum system,N,
Abdominal compression,N,
4D-CT,N,
Fiducial markers,N,
Oral contrast,N,
IV contrast,N,
Special instructions,Y,"Fuse planning MRI 05/06/2026 (T1, T2, STIR) for cord and target"

[IMAGE_SETS]
set,date,modality,role,registration
SIM_CT_0507,05/07/2026,CT,primary planning,--
MR_TLSPINE_0506,05/06/2026,MRI,secondary planning,rigid per-level (T12; L2) approved FVO 05/11/2026
PETCT_STAGING_0119,01/19/2026,PET-CT,reference only,not registered - diagnostic staging study
CBCT_*,05/18/2026-05/27/2026,CBCT,setup verification,online match only

[PRESCRIPTIONS]
target,site,dose_per_fx_gy,fractions,total_gy,technique,isodose_or_coverage
PTV_T12,T12 vertebral body + both pedicles,9,3,27,VMAT 2 arcs (iso 1),D90 >= 100%
PTV_L2,L2 vertebral body + right pedicle,9,3,27,VMAT 2 arcs (iso 2),D90 >= 100%

[OAR]
structure,metric,value
SpinalCord,Dmax 0.035cc,19.8 Gy
CaudaEquina,Dmax 0.035cc,21.3 Gy
Bowel,Dmax,18.7 Gy

[FRACTIONS]
fx,date,plan,igrt,shift_vrt_lng_lat_mm,rot_deg,delivered_gy_T12,delivered_gy_L2,therapists
1,05/18/2026,C2_T12_L2,CBCT per iso,1.1/-0.4/0.7,0.4,9,9,AS/MB
2,05/22/2026,C2_T12_L2,CBCT per iso,0.6/0.2/-0.9,0.3,9,9,AS/MB
3,05/27/2026,C2_T12_L2,CBCT per iso,-0.3/0.8/0.2,0.5,9,9,RK/MB

[QA]
pre-treatment QA,05/14/2026,iso1 99.0%; iso2 98.6% (3%/2mm),G Hartevelt PhD

[COURSE_STATUS]
status=COMPLETED; T12 27 Gy/3 fx; L2 27 Gy/3 fx; last_fx=05/27/2026; approved_by=Floor Vermaas-Oduya MD 05/29/2026
# {FOOT}
""")])

# v90_20 -- text export: L1 spine SBRT treatment record only; CBCT/kV at the machine, no planning imaging documented --
add(name="v90_20", kind="export", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 5, [], ["body_immobilization"]),
    lesions=[L("L1", "spinal", None, 35, 5)],
    categories=cats(imaging=False),
    notes="A treatment-record export only (plan summary block and per-fraction therapist setup notes): vacuum bag "
          "and knee sponge, CBCT and orthogonal kV at every fraction. No simulation or planning image set is "
          "documented anywhere; the only imaging is at the machine, which is not planning imaging: imaging "
          "empty and the imaging category unmet.",
    docs=[Doc("v90_20.txt", text=f"""
=== TREATMENT RECORD EXPORT === Harbourne Radiation Center (invented) === printed 11/20/2026 08:15 ===
Patient ........ {patient(20)}
MRN ............ {mrn(20)}
DOB ............ 04/01/1952
Course ......... C1  L1 SBRT
Physician ...... Evert Lamptey-de Wit, MD
Machine ........ TB-4 gantry linac, 6 MV FFF, 6-DoF couch

--- PLAN SUMMARY ---
Plan ........... L1_SBRT_v2   (approved 11/06/2026 ELdW; physics 11/06/2026 YO)
Target ......... PTV_L1 = CTV (L1 body + posterior elements on left) + 2 mm
Prescription ... 35 Gy in 5 fractions, 7 Gy/fx, 95% of PTV covered by 100%
Beams .......... 2 VMAT arcs, 6 MV FFF
Cord/conus ..... Dmax 0.035 cc 24.1 Gy
Setup device ... Vacuum bag (full length, arms up), knee sponge
Plan QA ........ pass 98.4% (3%/2 mm) 11/09/2026

--- FRACTION LOG (therapist setup notes) ---
Fx 1  11/10/2026  7.00 Gy  cum 7.00   Vac bag, knee sponge. Index A12. Ortho kV then CBCT; matched on L1 bony; shifts V+1.2 L-0.6 Lat+0.3, pitch 0.6. MD at console for 1st fx (ELdW). -- MB/TR
Fx 2  11/12/2026  7.00 Gy  cum 14.00  Vac bag ok. CBCT, shifts <1 mm. -- MB/TR
Fx 3  11/14/2026  7.00 Gy  cum 21.00  Vac bag slightly deflated at feet, re-pumped, no change at L1. CBCT x2 (repeat after re-pump). -- JS/TR
Fx 4  11/17/2026  7.00 Gy  cum 28.00  Vac bag ok. CBCT, shifts V-0.4 L+0.2 Lat-0.5. -- MB/JS
Fx 5  11/19/2026  7.00 Gy  cum 35.00  Vac bag ok. CBCT, shifts <1 mm. Course complete. -- MB/TR

--- COURSE TOTALS ---
PTV_L1 .......... 35.00 Gy / 5 fx delivered   STATUS: COMPLETED 11/19/2026
Image review .... all CBCTs approved by physician (ELdW) same day
=== end of export === {FOOT} ===
""")])


# ==================================================================================================
# Body
# ==================================================================================================

# v90_06 -- pdf: robotic lung SBRT; fiducials ordered then cancelled, spine tracking with ITV; staging PET not fused ---
_c = "MEADOWBANK CYBER RADIOSURGERY UNIT (invented)"
add(name="v90_06", kind="pdf", codes=["77373", "77435", "G0339", "G0340"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT"], ["body_immobilization"]),
    lesions=[L("right upper lobe", "body", None, 50, 5)],
    categories=cats(),
    notes="Simulation order sheet (checkboxes) and treatment summary of robotic lung SBRT: fiducial placement was "
          "ordered (box ticked) but the order shows 'CANCELLED - pneumothorax risk, FEV1 0.9 L', and tracking "
          "was on the spine with an ITV from 4D-CT; vacuum cushion. The staging PET-CT four months earlier is "
          "marked 'reviewed, not fused'. 50 Gy in 5; robotic G0339/G0340 consistent.",
    docs=[Doc("v90_06.pdf", [
        [H1("SBRT Simulation Order"),
         KeyValue([("Patient", patient(6)), ("MRN", mrn(6)), ("Ordered", "02/02/2026 Bastiaan Oyelowo-Kramer, MD"),
                   ("Site", "Right upper lobe, peripheral, 2.1 cm, NSCLC (biopsy 01/2026)"),
                   ("Unit", "Robotic-arm linac")]),
         H2("Pre-simulation"),
         BulletList(["[X] Fiducial placement (interventional pulmonology)  -- CANCELLED 02/05/2026: pneumothorax risk, "
                     "severe emphysema, FEV1 0.9 L. Track on spine with ITV.",
                     "[ ] Planning MRI",
                     "[ ] PET-CT for planning (use staging PET 10/2025 for reference only)"], marker=""),
         H2("Simulation"),
         BulletList(["[X] 4D-CT, 1.5 mm, free breathing",
                     "[X] Vacuum cushion, arms above head",
                     "[ ] Body wrap / vacuum system",
                     "[ ] Abdominal compression",
                     "[ ] Breath-hold"], marker=""),
         P("Simulation completed 02/09/2026: 4D-CT acquired in vacuum cushion, 10 phases, tumor motion 9 mm SI. "
           "No fiducials present. Staging PET-CT 10/14/2025 reviewed, not fused."),
         sig("Imke Boateng, RTT 02/09/2026")],
        [H1("SBRT Treatment Summary"),
         KeyValue([("Patient / MRN", f"{patient(6)} / {mrn(6)}"),
                   ("Target", "ITV from 4D-CT (all phases + MIP), PTV = ITV + 5 mm"),
                   ("Prescription", "50 Gy in 5 fractions to the 75% isodose line, PTV V100 96.2%"),
                   ("Tracking", "Spine tracking (no fiducials), orthogonal kV pairs every 30-60 s"),
                   ("Immobilization", "Vacuum cushion"),
                   ("Planning system", "ALBATROSS Robotic Planner 3 (invented), 187 beams"),
                   ("OAR", "Chest wall V30 12 cc; bronchial tree Dmax 21 Gy; cord Dmax 9 Gy")]),
         RuledTable([("Fx", "Date", "Beam-on (min)", "Mean correction (mm)", "Dose"),
                     ("1", "02/17/2026", "38", "0.6", "10 Gy"), ("2", "02/19/2026", "36", "0.5", "10 Gy"),
                     ("3", "02/21/2026", "37", "0.7", "10 Gy"), ("4", "02/24/2026", "35", "0.4", "10 Gy"),
                     ("5", "02/26/2026", "36", "0.5", "10 Gy")]),
         P("Physics second check and morning QA each day. Course completed 02/26/2026: right upper lobe NSCLC 50 Gy in "
           "5 fractions."),
         sig("Ruth Adebayo-Smit, MS 02/26/2026"), sig("Bastiaan Oyelowo-Kramer, MD 02/26/2026")],
    ], opts=dict(header=head(_c, 6, "11/30/1944")))])

# v90_07 -- bundle: robotic liver SBRT; fiducials placed at an OUTSIDE hospital and used; planning MRI fused -------
_c = "MEADOWBANK CYBER RADIOSURGERY UNIT (invented)"
add(name="v90_07", kind="bundle", codes=["77373", "77435", "G0339", "G0340"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment 8 HCC", "body", None, 45, 3)],
    categories=cats(),
    notes="Three files: the outside hospital's interventional radiology report (three gold fiducials placed "
          "around a segment-8 HCC), a dictated simulation note (fiducials confirmed on the triphasic planning "
          "CT, planning MRI with hepatobiliary contrast fused, vacuum cushion) and a treatment summary (fiducial "
          "tracking with respiratory modelling, 45 Gy in 3).",
    docs=[
        Doc("1_outside_IR_report.pdf", [[
            H1("Interventional Radiology Procedure Report"),
            P("ST. ALDRIC REGIONAL HOSPITAL (invented) - Department of Radiology"),
            KeyValue([("Patient", patient(7)), ("Outside MRN", "SAR-448812 (synthetic)"), ("Our ref. MRN", mrn(7)),
                      ("Date", "03/30/2026"), ("Procedure", "CT-guided percutaneous placement of fiducial markers, liver"),
                      ("Operator", "Wilhelmina Osei-Brandt, MD")]),
            P("Indication: segment 8 hepatocellular carcinoma, 2.6 cm, for SBRT at Meadowbank. Under moderate sedation "
              "three gold fiducial markers (1 x 3 mm) were placed via a right intercostal approach, one superior, one "
              "anterior and one medial to the tumor, 1.5-2.5 cm from its margin. No pneumothorax, no bleeding. Images "
              "sent to Meadowbank electronically."),
            sig("Wilhelmina Osei-Brandt, MD 03/30/2026"),
        ]]),
        Doc("2_simulation_note_dictated.txt", text=f"""
MEADOWBANK CYBER RADIOSURGERY UNIT - SIMULATION NOTE (dictated)
Patient: {patient(7)}   MRN: {mrn(7)}   DOB: 02/02/1953   Date: 04/08/2026   Physician: Bastiaan Oyelowo-Kramer, MD

Seventy three year old man with Child Pugh A cirrhosis and a two point six centimeter segment eight hepatocellular carcinoma, L I RADS five, not suitable for ablation because of its position under the dome. Three gold fiducials were placed at Saint Aldric Regional on March thirtieth and he had no complications.

Today he was positioned supine in a vacuum cushion with arms at his sides and a triphasic contrast planning CT was done, one millimeter, arterial, portal venous and delayed phases, plus an exhale breath hold set. All three fiducials are clearly seen and stable, no migration compared with the outside images. The gadoxetate MRI of April sixth, which was done as a planning study in the supine position, will be fused to the portal venous CT using the fiducials and liver outline; the tumor is best seen on the hepatobiliary phase.

Plan: forty five gray in three fractions with fiducial tracking and the respiratory motion model on the robotic arm linac.

Bastiaan Oyelowo-Kramer, MD
{FOOT}
"""),
        Doc("3_treatment_summary.pdf", [[
            H1("SBRT Treatment Summary - Liver"),
            KeyValue([("Patient / MRN", f"{patient(7)} / {mrn(7)}"), ("Unit", "Robotic-arm 6 MV linac"),
                      ("Image sets", "Planning CT 04/08/2026 (triphasic); MRI 04/06/2026 fused (fiducial-based)"),
                      ("Localization", "3 gold fiducials (placed 03/30/2026, St. Aldric Regional)"),
                      ("Tracking", "Fiducial tracking + respiratory motion model; model error < 1.5 mm all fractions"),
                      ("Immobilization", "Vacuum cushion"),
                      ("Target", "GTV (MRI hepatobiliary phase) + 3 mm = PTV"),
                      ("Prescription", "45 Gy in 3 fractions to the 70% isodose line; PTV V100 95.4%"),
                      ("Liver", "Normal liver (liver - GTV) 700 cc < 15 Gy: met; mean 10.8 Gy")]),
            RuledTable([("Fx", "Date", "Fiducials tracked", "Dose"), ("1", "04/20/2026", "3 of 3", "15 Gy"),
                        ("2", "04/22/2026", "3 of 3", "15 Gy"), ("3", "04/24/2026", "3 of 3", "15 Gy")]),
            P("Physics second check and patient-specific QA passed. Completed 04/24/2026: segment 8 HCC 45 Gy in 3 fractions."),
            sig("Ruth Adebayo-Smit, MS 04/24/2026"), sig("Bastiaan Oyelowo-Kramer, MD 04/24/2026"),
        ]], opts=dict(header=head(_c, 7, "02/02/1953"))),
    ])

# v90_08 -- dictation: prostate SBRT; rectal spacer discussed and declined; gold seeds used; PSMA PET not for planning --
add(name="v90_08", kind="dictation", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Dictated completion summary of prostate SBRT, 36.25 Gy in 5: a rectal hydrogel spacer was discussed and "
          "declined (not a positioning device, and not placed); three gold seeds placed by urology and matched "
          "daily; custom vacuum leg cushion; planning MRI fused. The PSMA PET from the staging work-up was not "
          "used for planning.",
    docs=[Doc("v90_08.txt", text=f"""
HARBOURNE RADIATION CENTER (invented) - GENITOURINARY SERVICE
END OF TREATMENT SUMMARY (dictated)
Dictated by: Evert Lamptey-de Wit, MD   Dictated 07/24/2026   Transcribed 07/25/2026
Patient: {patient(8)}   MRN: {mrn(8)}   DOB: 10/10/1954
To: Cornelis Yeboah, MD, Urology

Diagnosis. Adenocarcinoma of the prostate, Gleason three plus four, grade group two, P S A six point eight, clinical T two a, favorable intermediate risk. PSMA PET in April as part of staging showed no nodal or distant disease; that study was for staging and was not used in planning.

Preparation. We discussed a rectal hydrogel spacer at consultation in May. Mr. Vanderlinde declined the spacer after hearing about the small procedural risks and the fact that it is optional with our margins, and it was not placed. Three gold seed fiducial markers were placed transrectally by Doctor Yeboah on June twenty second. Simulation on June thirtieth: supine, comfortably full bladder, empty rectum, in a custom vacuum leg cushion molded around the knees and feet, one point five millimeter CT. A planning MRI of the pelvis, T two axial and a gradient echo sequence for the seeds, was done on June thirtieth, one hour after the CT, and fused to the CT on the fiducials.

Treatment. Thirty six point two five gray in five fractions of seven point two five gray, every other day, July fourteenth through July twenty second, on the gantry linac with volumetric arcs. Before each fraction, orthogonal kilovoltage images were matched to the three seeds, followed by a cone beam CT to check the rectum and bladder; all seeds were visible every day with no migration. Rectal V thirty six gray one point one cc, bladder V thirty seven gray three point four cc.

Tolerance. Grade one urinary frequency, no bowel symptoms.

Summary. Prostate SBRT thirty six point two five gray in five fractions completed on July twenty second without a break. P S A in three months with you, and I will see him in six months.

Evert Lamptey-de Wit, MD - e-signed 07/25/2026
{FOOT}
""")])

# v90_09 -- bundle: pancreas SBRT; abdominal compression tried and not tolerated; EUS fiducials; MRI ordered not done; PET fused --
_c = "OAKHAVEN UNIVERSITY HOSPITAL - RADIATION ONCOLOGY"
add(name="v90_09", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization", "fiducials"]),
    lesions=[L("pancreatic head", "body", None, 33, 5)],
    categories=cats(),
    notes="Two files: a dictated simulation note (EUS-placed fiducials present; abdominal compression plate tried "
          "and removed because of pain, replaced by exhale breath-hold with surface guidance; vacuum bag; the "
          "pancreas-protocol MRI ordered for contouring was not done; the recent PET-CT is fused) and a plan / "
          "treatment summary (33 Gy in 5, fiducial match on CBCT). Surface guidance and breath-hold are motion "
          "management, not positioning values; the compression plate was not used.",
    docs=[
        Doc("1_simulation_note_dictated.txt", text=f"""
OAKHAVEN UNIVERSITY HOSPITAL - RADIATION ONCOLOGY
CT SIMULATION NOTE (dictated)  Date 05/11/2026   Physician: Floor Vermaas-Oduya, MD
Patient: {patient(9)}   MRN: {mrn(9)}   DOB: 01/18/1960

Locally advanced adenocarcinoma of the pancreatic head after four months of FOLFIRINOX, for stereotactic body radiation, thirty three gray in five fractions. Three fiducials were placed under endoscopic ultrasound by gastroenterology on April thirtieth and are all visible on today's scout.

Motion management. We first tried the abdominal compression plate. At the lowest setting she had epigastric pain and could not tolerate it, so the plate was removed and not used. We switched to end exhale breath hold with surface guidance, which she managed well, twenty second holds, reproducible within two millimeters on three trial holds.

Setup. Supine in a vacuum bag, arms above the head, knee support. Breath hold CT with IV contrast, one point five millimeter, pancreatic phase, and a free breathing four D scan for reference of the fiducial motion.

Imaging for contouring. A pancreas protocol MRI was ordered on April twenty ninth for target delineation; it was not done, the patient was admitted with cholangitis on the scheduled day and there is no time to rebook before the start date. The PET-CT of May fourth, restaging after chemotherapy, will be fused to the breath hold CT; it shows residual uptake in the head abutting the S M A.

Floor Vermaas-Oduya, MD
{FOOT}
"""),
        Doc("2_plan_treatment_summary.pdf", [[
            H1("Pancreas SBRT - Plan and Treatment Summary"),
            KeyValue([("Patient / MRN", f"{patient(9)} / {mrn(9)}"), ("Unit", "Gantry linac, 6 MV FFF"),
                      ("Image sets", "Breath-hold CT 05/11/2026 (primary); 4D-CT 05/11/2026; PET-CT 05/04/2026 (fused, rigid, fiducial/vertebral)"),
                      ("Immobilization", "Vacuum bag, arms up; abdominal compression NOT used (not tolerated)"),
                      ("Motion management", "End-exhale breath-hold, surface-guided gating"),
                      ("Localization", "3 EUS fiducials (placed 04/30/2026)"),
                      ("Target", "GTV (CT + PET) + 3 mm = PTV; no SIB"),
                      ("Prescription", "33 Gy in 5 fractions (6.6 Gy/fx), PTV V100 90%"),
                      ("OAR", "Duodenum Dmax 0.5 cc 32.4 Gy; stomach Dmax 29.8 Gy; bowel V30 0.3 cc")]),
            RuledTable([("Fx", "Date", "IGRT", "Dose"), ("1", "05/25/2026", "BH-CBCT, fiducial match", "6.6 Gy"),
                        ("2", "05/26/2026", "BH-CBCT, fiducial match", "6.6 Gy"),
                        ("3", "05/27/2026", "BH-CBCT, fiducial match", "6.6 Gy"),
                        ("4", "05/28/2026", "BH-CBCT, fiducial match", "6.6 Gy"),
                        ("5", "05/29/2026", "BH-CBCT, fiducial match", "6.6 Gy")]),
            P("Patient-specific QA 97.9% (3%/2 mm). Course complete 05/29/2026: pancreatic head 33 Gy in 5 fractions."),
            sig("Gijs Hartevelt, PhD 05/29/2026"), sig("Floor Vermaas-Oduya, MD 05/29/2026"),
        ]], opts=dict(header=head(_c, 9, "01/18/1960"))),
    ])

# v90_10 -- pdf: adrenal SBRT; abdominal compression used; staging PET and adrenal MRI months earlier not registered --
_c = "RIVERMEAD CANCER CENTRE - RADIATION ONCOLOGY"
add(name="v90_10", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT"], ["body_immobilization"]),
    lesions=[L("left adrenal", "body", None, 40, 5)],
    categories=cats(),
    notes="Plan report and physics note, left adrenal metastasis 40 Gy in 5 on a gantry linac: 4D-CT in a body "
          "frame with abdominal compression. The staging PET-CT (three months earlier) and the adrenal-protocol MRI "
          "(two months earlier) are listed under 'Diagnostic studies reviewed' with 'Registration: none'; target "
          "on the 4D-CT only. Imaging CT.",
    docs=[Doc("v90_10.pdf", [
        [H1("SBRT Plan Report"),
         KeyValue([("Patient", patient(10)), ("MRN", mrn(10)), ("Plan", "L_ADRENAL_SBRT"), ("Approved", "03/27/2026"),
                   ("Unit", "Gantry linac LINAC-3, 6 MV FFF"), ("Planning system", "KESTREL TPS 17.0 (invented)")]),
         H2("Simulation"),
         KeyValue([("Date", "03/20/2026"), ("Scan", "4D-CT, 2 mm, 10 phases; average and MIP reconstructed"),
                   ("Immobilization", "Stereotactic body frame with vacuum cushion; abdominal compression plate, level 4"),
                   ("Motion", "Adrenal SI excursion 11 mm free breathing -> 5 mm with compression")]),
         H2("Diagnostic studies reviewed (not for planning)"),
         TextTable([("Study", "Date", "Registration"), ("PET-CT (staging)", "12/19/2025", "none"),
                    ("MRI abdomen, adrenal protocol", "01/23/2026", "none")], columns=(0, 200, 300)),
         H2("Targets and dose"),
         KeyValue([("Target", "IGTV on 4D-CT (MIP, checked on all phases); PTV = IGTV + 5 mm"),
                   ("Prescription", "40 Gy in 5 fractions (8 Gy/fx), PTV V100 95%, Dmax 125%"),
                   ("Technique", "2 VMAT arcs, 6 MV FFF"),
                   ("OAR", "Left kidney V17.5 Gy 18%; stomach Dmax 27.1 Gy; cord Dmax 12.3 Gy")]),
         sig("Cormac Ruysdael, MD 03/27/2026")],
        [H1("Physics Note - Treatment Course"),
         P("Independent MU check within 1.6%. Patient-specific QA 98.3% (3%/2 mm). Daily CBCT on the average "
           "intensity projection, soft-tissue match on the adrenal with compression plate level verified at each "
           "setup."),
         RuledTable([("Fx", "Date", "Compression", "CBCT", "Dose"), ("1", "04/01/2026", "level 4", "yes", "8 Gy"),
                     ("2", "04/03/2026", "level 4", "yes", "8 Gy"), ("3", "04/06/2026", "level 4", "yes", "8 Gy"),
                     ("4", "04/08/2026", "level 4", "yes", "8 Gy"), ("5", "04/10/2026", "level 4", "yes", "8 Gy")]),
         P("Course complete 04/10/2026: left adrenal metastasis 40 Gy in 5 fractions."),
         sig("Annelies Brouwer-Tafari, MS, DABR 04/10/2026")],
    ], opts=dict(header=head(_c, 10, "06/29/1951")))])

# v90_11 -- pdf export: lung SBRT with surface guidance and breath-hold only; NO immobilization device; PET fused -------
_c = "LINDENHOF REGIONAL ONCOLOGY"
add(name="v90_11", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "PET"], []),
    lesions=[L("left lower lobe", "body", None, 54, 3)],
    categories=cats(positioning=False),
    notes="Simulation / setup sheet printout for lung SBRT 54 Gy in 3: the immobilization template has the device "
          "choices (vacuum bag, body wrap, abdominal compression, wing board) unticked and 'None' ticked; the "
          "patient was set up with surface guidance and deep-inspiration breath-hold on the bare couch-top "
          "(arms by the side, shoulder pain). Breath-hold CT plus a fused PET-CT. No immobilization or "
          "localization device: positioning empty and unmet.",
    docs=[Doc("v90_11.pdf", [[
        H1("SBRT Simulation and Setup Sheet"),
        KeyValue([("Patient", patient(11)), ("MRN", mrn(11)), ("Physician", "Jorinde Kapteijn, MD"),
                  ("Site", "Left lower lobe NSCLC, 1.6 cm, T1bN0 (inoperable, COPD)"), ("Simulation date", "10/05/2026")]),
        H2("Immobilization (tick one or more)"),
        TextTable([("Device", "Selected", "Comment"),
                   ("Vacuum bag", "[ ]", "declined - R shoulder pain, arms cannot go above head"),
                   ("Body wrap vacuum system", "[ ]", ""),
                   ("Abdominal compression", "[ ]", "not needed with DIBH"),
                   ("Wing board / arm support", "[ ]", ""),
                   ("None - surface guided", "[X]", "flat indexed couch-top, arms by side, thin head pillow")],
                  columns=(0, 180, 250)),
        H2("Imaging"),
        KeyValue([("Planning CT", "Deep-inspiration breath-hold CT x3, 1.5 mm, reproducibility < 2 mm"),
                  ("4D-CT", "not performed (breath-hold technique)"),
                  ("PET-CT", "09/28/2026 (staging + planning, same week) - fused to DIBH CT for GTV"),
                  ("MRI", "n/a")]),
        H2("Motion management / surface guidance"),
        P("DIBH with surface guidance, gating window 3 mm, visual coaching via goggles. Surface reference captured at "
          "simulation."),
        H2("Prescription and plan"),
        KeyValue([("Target", "GTV (CT/PET) + 5 mm = PTV (no ITV, breath-hold)"),
                  ("Prescription", "54 Gy in 3 fractions (18 Gy/fx), PTV D95 100%"),
                  ("Technique", "3 partial VMAT arcs, 6 MV FFF, gantry linac"),
                  ("OAR", "Chest wall V30 16 cc; lung V20 4.1%; cord Dmax 8.8 Gy")]),
        H2("Daily setup"),
        RuledTable([("Fx", "Date", "Setup", "IGRT", "Dose"),
                    ("1", "10/13/2026", "SGRT + DIBH, no device", "BH-CBCT", "18 Gy"),
                    ("2", "10/15/2026", "SGRT + DIBH, no device", "BH-CBCT", "18 Gy"),
                    ("3", "10/17/2026", "SGRT + DIBH, no device", "BH-CBCT", "18 Gy")]),
        P("Physics QA passed 10/09/2026 (98.8%). Course complete 10/17/2026: left lower lobe 54 Gy in 3 fractions."),
        sig("Wessel Amankwah, PhD 10/17/2026"), sig("Jorinde Kapteijn, MD 10/17/2026"),
    ]], opts=dict(header=head(_c, 11, "12/24/1947")))])

# v90_14 -- pdf, CONTRADICTION: liver SBRT; the plan report says fiducials, the fraction log says none were placed -----
_c = "HARBOURNE RADIATION CENTER (invented)"
add(name="v90_14", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("liver segment 6", "body", None, 50, 5)],
    categories=cats(),
    contradiction="The plan report lists three implanted fiducials as the localization method, while the physics note and every fraction of the therapists' log say the fiducial placement was cancelled and no fiducials were present.",
    notes="Plan report generated before the fiducial placement was cancelled still lists 'Localization: implanted "
          "fiducials (3)'; the physics note (placement cancelled for thrombocytopenia, plan re-approved for a "
          "CBCT liver/diaphragm match) and the therapists' fraction log ('no fiducials') say otherwise. Gold "
          "follows the treatment record: no fiducials; vacuum bag with abdominal compression; CT and a fused "
          "planning MRI.",
    docs=[Doc("v90_14.pdf", [
        [H1("SBRT Plan Report"),
         KeyValue([("Patient", patient(14)), ("MRN", mrn(14)), ("Plan", "LIVER_S6_SBRT v1"), ("Created", "08/24/2026"),
                   ("Unit", "Gantry linac TB-4, 6 MV FFF"), ("Planning system", "HERON-Body 2 (invented)"),
                   ("Image sets", "4D-CT 08/20/2026 (primary, average); MRI liver 08/21/2026 (T1 hepatobiliary, fused)"),
                   ("Immobilization", "Vacuum bag + abdominal compression belt"),
                   ("Localization", "Implanted fiducials (3)"),
                   ("Target", "Colorectal metastasis segment 6, 2.2 cm; IGTV + 5 mm = PTV"),
                   ("Prescription", "50 Gy in 5 fractions (10 Gy/fx), PTV V100 95%"),
                   ("Technique", "2 VMAT arcs"),
                   ("OAR", "Liver-GTV mean 9.7 Gy; duodenum Dmax 22 Gy; R kidney V15 8%")]),
         sig("Evert Lamptey-de Wit, MD 08/24/2026")],
        [H1("Physics Note"),
         P("08/26/2026: Fiducial placement scheduled 08/25/2026 was cancelled by IR (platelets 41). Per Dr. Lamptey-de Wit "
           "we will proceed without fiducials: daily CBCT with match on the liver outline and right hemidiaphragm dome, "
           "abdominal compression to limit motion. Plan re-approved without changes to dose; setup instructions updated. "
           "Patient-specific QA 98.1%."),
         sig("Yaw Oudshoorn, MS 08/26/2026"),
         H1("Fraction Log (RT therapists)"),
         RuledTable([("Fx", "Date", "Setup", "Match", "Dose", "Init."),
                     ("1", "08/31/2026", "Vac bag, compression belt 60 mmHg", "CBCT liver/dome - no fiducials", "10 Gy", "MB"),
                     ("2", "09/02/2026", "Vac bag, compression belt 60 mmHg", "CBCT liver/dome - no fiducials", "10 Gy", "TR"),
                     ("3", "09/04/2026", "Vac bag, compression belt 60 mmHg", "CBCT liver/dome - no fiducials", "10 Gy", "MB"),
                     ("4", "09/08/2026", "Vac bag, compression belt 60 mmHg", "CBCT liver/dome - no fiducials", "10 Gy", "JS"),
                     ("5", "09/10/2026", "Vac bag, compression belt 60 mmHg", "CBCT liver/dome - no fiducials", "10 Gy", "MB")]),
         P("Course complete 09/10/2026: liver segment 6 metastasis 50 Gy in 5 fractions."),
         sig("Evert Lamptey-de Wit, MD 09/11/2026")],
    ], opts=dict(header=head(_c, 14, "07/07/1958")))])

# v90_15 -- pdf, HARD NEGATIVE: lung SBRT simulated and planned, course cancelled before the first fraction ---------
_c = "RIVERMEAD CANCER CENTRE - RADIATION ONCOLOGY"
add(name="v90_15", kind="pdf", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: simulation record (4D-CT in a vacuum cushion, PET-CT fused), an approved plan (48 Gy in "
          "4) and a course cancellation note: the patient chose lobectomy after a tumour-board review and no "
          "fraction was delivered. Nothing delivered: facts empty, categories unmet, codes inconsistent.",
    docs=[Doc("v90_15.pdf", [
        [H1("CT Simulation Record"),
         KeyValue([("Patient", patient(15)), ("MRN", mrn(15)), ("Date", "11/03/2026"),
                   ("Site", "Right lower lobe, 1.9 cm adenocarcinoma"),
                   ("Immobilization", "Vacuum cushion, arms above head on cushion"),
                   ("Scan", "4D-CT, 2 mm, 10 phases; tumor motion 7 mm SI"),
                   ("Fusion", "PET-CT 10/22/2026 to average CT (rigid)"),
                   ("Therapists", "KD / PvR")]),
         H1("Plan Approval"),
         KeyValue([("Plan", "RLL_SBRT v1"), ("Prescription", "48 Gy in 4 fractions (12 Gy/fx)"),
                   ("Technique", "3 VMAT partial arcs, gantry linac"), ("Status", "Approved 11/09/2026 (CR); physics QA 11/10/2026 pass"),
                   ("Scheduled", "Fx 1 11/12/2026")]),
         sig("Cormac Ruysdael, MD 11/09/2026")],
        [H1("Course Cancellation"),
         KeyValue([("Date", "11/11/2026"), ("Status", "CANCELLED before first fraction - 0 of 4 delivered")]),
         P("The patient was re-presented at the thoracic tumour board on 11/10/2026 after updated pulmonary function "
           "tests (DLCO 62%). Surgery now considers her fit for lobectomy, and after discussion with Dr. Ruysdael he "
           "has chosen surgery. The 11/12/2026 appointment and the remaining SBRT appointments were cancelled. No "
           "radiation has been given. The plan is retired in the record-and-verify system. The vacuum cushion will be "
           "kept for 30 days in case plans change."),
         sig("Cormac Ruysdael, MD 11/11/2026")],
    ], opts=dict(header=head(_c, 15, "05/12/1949")))])


CORPUS = Corpus("blind_corpus90", "tests/blind_corpus90", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
