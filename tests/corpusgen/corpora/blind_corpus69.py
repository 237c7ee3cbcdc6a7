"""Sixty-ninth blind corpus, ``tests/blind_corpus69/`` (regenerate: ``python scripts/make_corpus.py blind_corpus69``).

Twenty courses as a coding office receives them from many physicians: dictated consults, simulation and
special-procedure notes, on-treatment visit notes, completion summaries, letters to referring doctors, addenda and
corrections. Speech-recognition output as it really arrives: numbers in words ("twenty-one gray in three
fractions", "eighteen hundred centigray", "five by five millimetres"), run-on sentences, spoken punctuation left
in ("period", "new paragraph"), homophone slips ("too fractions", "legion", "chord"), dictated corrections
("correction, that should be the left frontal lesion"), "dictated but not read", templated macro text mixed with
free speech, earlier radiation that is not this course, recommendations later changed, lesions listed in prose.
US academic and community voices beside UK, Irish, Australian and Canadian spellings. Every clinic, clinician and
system is invented. Two charts contradict themselves (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (dictation is deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import ColumnBreak, KeyValue, RuledTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ABELARD", "BERNADETTE", "CORNELIUS", "DELPHINE", "EZEKIEL", "FENELLA", "GIDEON", "HORTENSE", "IGNATIUS",
         "JOSIAH", "KASIMIR", "LEOCADIA", "MATILDA", "NATHANIEL", "OSWALDO", "PHINEAS", "QUERIDA", "RUFUS",
         "SERAPHINA", "TIMOTHEUS"]


def patient(n: int) -> str:
    return f"SIXTYNINEPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-690{n:02d}"


def banner(clinic: str, what: str, n: int, dob: str) -> list[str]:
    return [f"{clinic}  -  {what}", f"{patient(n)}    MRN {mrn(n)}    DOB {dob}"]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# a69_01 -- ehr_text: US academic dictated SRS procedure note, 3 metastases in prose, dictated correction ---------
add(name="a69_01", kind="ehr_text", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right parietal metastasis", "cranial", S, 20, 1), L("left frontal metastasis", "cranial", S, 18, 1),
             L("right cerebellar metastasis", "cranial", S, 18, 1)],
    categories=cats(),
    notes="US academic speech-recognition SRS special procedure note, lesions in prose only, doses in words "
          "('twenty gray', 'eighteen hundred centigray'), sizes 'nine by seven millimeters', spoken punctuation "
          "left in ('period', 'new paragraph'), and a dictated correction moving the eighteen gray from 'right "
          "frontal' to the left frontal lesion. A fourth punctate focus is to be watched, not treated. Single "
          "session on a 6 MV FFF gantry linac, frameless mask, CT + MRI, CBCT.",
    docs=[Doc("a69_01.txt", text=f"""
HALVERSON UNIVERSITY MEDICAL CENTER - DEPARTMENT OF RADIATION ONCOLOGY
SPECIAL TREATMENT PROCEDURE NOTE (DICTATED)
Patient: {patient(1)}    MRN: {mrn(1)}    DOB: 03/17/1958
Date of service: 10/06/2026    Dictating: Priyamvada Oyelaran-Stutz, MD    Resident: Caleb Nordquist, MD (PGY-4)
Transcribed by speech recognition 10/06/2026 14:12

PROCEDURE: Single fraction stereotactic radiosurgery, intracranial.

INDICATION: Mr. Sixtyninepatient is a 68-year-old gentleman with stage IV lung adenocarcinoma, KRAS G12C, on sotorasib, whose surveillance MRI of the brain on September 24 showed three new enhancing lesions period. He is neurologically intact with a KPS of 80 and after discussion at our multidisciplinary brain metastasis conference he was recommended radiosurgery rather than whole brain radiation new paragraph

TECHNIQUE: He underwent CT simulation on September 30 in a frameless thermoplastic SRS mask with one millimeter slices and this was fused to a contrast enhanced volumetric MRI obtained the same morning comma and I personally contoured the gross tumor volumes on the fused data set. The first lesion is in the right parietal lobe measuring nine by seven millimeters and this received twenty gray. The second is in the right frontal lobe, correction, that should be the left frontal lesion, measuring fourteen millimeters, and it received eighteen hundred centigray. The third lesion sits in the right cerebellar hemisphere, about eleven millimeters, well away from the brainstem, and received eighteen gray as well. A one millimeter PTV margin was used throughout. There is also a punctate two millimeter focus in the left occipital lobe which is equivocal and we are going to watch that one rather than treat it.

Treatment was planned with a single isocenter and four non coplanar VMAT arcs on the 6 MV FFF gantry linac using ORCHARD-SRS 5.2 (invented), prescribed to the 80 percent isodose line. Brainstem maximum point dose was 6.1 gray and the chiasm under 2 gray, normal brain V12 was 4.4 cc. The plan was checked by physics, Dr. Ammon Vasquez-Held, with an independent second calculation and a patient specific QA measurement passing at 98.7 percent gamma 2 percent 1 millimeter.

On the day of treatment the patient was positioned in the mask, cone beam CT was obtained and matched to the planning CT with a six degree of freedom couch correction, the shifts were reviewed and approved by me at the machine, and a second cone beam was done between arcs 2 and 3 which showed 0.3 mm of drift. All four arcs were delivered without incident.

IMPRESSION: Three brain metastases treated with single fraction SRS today: right parietal twenty gray, left frontal eighteen gray, right cerebellar eighteen gray. He tolerated the procedure well period. Decadron 4 mg was given before treatment and no taper is needed. MRI in eight weeks.

I was present for the entire procedure including image guidance and delivery.

Electronically signed: Priyamvada Oyelaran-Stutz, MD 10/06/2026 17:40
{FOOT}
""")])

# a69_02 -- bundle (3 files): GK trigeminal neuralgia -- neurosurgery consult, procedure note, dictated addendum ---
add(name="a69_02", kind="bundle", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve root entry zone", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Three-document bundle for a functional target: dictated neurosurgery consult (refractory right "
          "V2/V3 trigeminal neuralgia, failed carbamazepine and microvascular decompression; recommends "
          "radiosurgery), the cobalt-60 special procedure note (frame, stereotactic MRI and CT, one 4 mm "
          "isocentre, 'eighty gray maximum to the hundred percent isodose') and a dictated addendum correcting "
          "a mis-transcribed 'ninety gray' in the procedure note's impression to eighty. Gold: 80 Gy, one "
          "complex (functional) target; the earlier microvascular decompression is surgery, not radiation.",
    docs=[
        Doc("1_neurosurgery_consult.txt", text=f"""
RIVERBEND NEUROSCIENCE ASSOCIATES - FUNCTIONAL NEUROSURGERY
OUTPATIENT CONSULTATION (dictated 08/19/2026, transcribed 08/20/2026)
PATIENT: {patient(2)}   MRN: {mrn(2)}   DOB: 11/02/1949
REFERRING: Dr. Helga Marchetti-Oduya, neurology

HISTORY: This is a pleasant 76 year old woman with classic right sided trigeminal neuralgia in the V2 and V3 distributions for about nine years. She has failed carbamazepine because of hyponatremia and gabapentin because of sedation, and she had a right retrosigmoid microvascular decompression in 2021 at an outside hospital with about two years of relief before the pain came back, now ten out of ten, triggered by brushing her teeth and eating. BNI pain score five. She has never had radiation of any kind.

EXAM: Cranial nerves intact, no facial numbness, corneal reflex present.

IMAGING: MRI brain with CISS sequence 08/02/2026 shows postoperative change at the right cerebellopontine angle with Teflon felt and no tumor.

ASSESSMENT AND PLAN: Medically refractory right trigeminal neuralgia, recurrent after MVD. We discussed percutaneous rhizotomy, repeat MVD, and Gamma radiosurgery, and she would like to proceed with radiosurgery, which I think is very reasonable at her age. We will plan a single session under frame on the cobalt unit targeting the right trigeminal nerve root entry zone, typical dose eighty to eighty-five gray maximum. Consent obtained for frame placement. Dr. Lindqvist-Abara from radiation oncology will co-manage.

Dictated but not read.
Tobias Ferreira-Lund, MD, Neurosurgery
{FOOT}
"""),
        Doc("2_procedure_note.pdf", [[
            H1("Gamma Radiosurgery - Special Procedure Note"),
            KeyValue([("Patient", patient(2)), ("MRN", mrn(2)), ("Date of procedure", "09/09/2026"),
                      ("Surgeon", "Tobias Ferreira-Lund, MD"), ("Radiation oncologist", "Marguerite Lindqvist-Abara, MD"),
                      ("Physicist", "Desmond Achterberg, PhD"), ("Unit", "cobalt-60 multi-source radiosurgery unit (invented site unit 'GK-2')")]),
            P("FRAME PLACEMENT: At 07:10 the stereotactic head frame was applied with four pins after local anesthetic infiltration "
              "(10 mL of 1% lidocaine with bicarbonate and 0.5% bupivacaine), with the frame centered slightly right and low to favor "
              "the posterior fossa. She tolerated this well with a little oral lorazepam."),
            P("IMAGING: Stereotactic MRI with the localizer box, T1 post contrast and a 0.6 mm CISS sequence, then a stereotactic thin "
              "slice CT for distortion correction, co-registered in the planning system LANTERN-GP 11 (invented)."),
            P("PLANNING: The right trigeminal nerve was identified on the CISS images and a single 4 mm isocenter was placed on the nerve "
              "about 7 to 8 mm anterior to the root entry zone, with the brainstem surface receiving under the 20 percent isodose line. "
              "Prescription was eighty gray maximum dose to the one hundred percent isodose line in a single session. Brainstem point "
              "maximum 14.2 Gy. Plan reviewed by neurosurgery, radiation oncology and physics, who performed the independent timer "
              "calculation check."),
            P("TREATMENT: Frame coordinates were verified on the couch with the frame adapter check tool before delivery. Beam on time "
              "48.6 minutes at the current source dose rate, delivered without interruption 11:02 to 11:51. Frame removed, pin sites "
              "dressed, no bleeding."),
            P("IMPRESSION: Successful single session radiosurgery to the right trigeminal nerve, ninety gray maximum dose, under "
              "stereotactic frame. Follow up in clinic in three months; continue current medications until pain relief."),
            sig("Tobias Ferreira-Lund, MD 09/09/2026 15:20"),
            sig("Marguerite Lindqvist-Abara, MD 09/09/2026 16:05"),
            sig("Desmond Achterberg, PhD, DABR 09/09/2026 16:30"),
        ]], opts=dict(header=banner("RIVERBEND REGIONAL RADIOSURGERY CENTER", "Gamma radiosurgery", 2, "11/02/1949"))),
        Doc("3_addendum.txt", text=f"""
RIVERBEND REGIONAL RADIOSURGERY CENTER
ADDENDUM TO PROCEDURE NOTE OF 09/09/2026 (dictated 09/10/2026)
{patient(2)}   {mrn(2)}

Addendum colon the impression of my procedure note of yesterday was mis-transcribed by the voice recognition software and reads ninety gray. That is incorrect. The dose delivered to the right trigeminal nerve was eighty gray maximum dose to the one hundred percent isodose line in a single session, as stated in the planning section of the note and as recorded in the treatment console record. No other changes.

Tobias Ferreira-Lund, MD
Electronically signed 09/10/2026 08:14
{FOOT}
"""),
    ])

# a69_03 -- pdf: terse community completion summary, 4.1 cm cavity, 27 Gy/3 fx (complex by size); 61796 claimed --
add(name="a69_03", kind="pdf", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left temporal resection cavity", "cranial", C, 27, 3)],
    categories=cats(),
    notes="Terse community completion summary (dictated, typed as a one-page letter): post-operative left "
          "temporal cavity 4.1 cm, first planned as a single 18 Gy fraction and changed to 27 Gy in 3 fractions "
          "('2700 cGy/3 fx', 'nine gray times three') because of size. Gantry linac, mask, CT + MRI, daily CBCT. "
          "Cavity >= 3.5 cm is complex: the claimed 61796 is wrong (61798).",
    docs=[Doc("a69_03.pdf", [[
        P("PRAIRIE HOLLOW CANCER CLINIC  -  Radiation Oncology"),
        P("COMPLETION OF TREATMENT SUMMARY"),
        KeyValue([("Patient", patient(3)), ("MRN", mrn(3)), ("DOB", "06/30/1966"),
                  ("Dx", "Metastatic melanoma, L temporal brain met s/p resection 08/27/2026"),
                  ("Physician", "R. Dunleavy-Okonkwo, MD")]),
        P("Course: fractionated SRS to the resection cavity. Start 09/21/2026, end 09/25/2026."),
        P("Treated: L temporal resection cavity, 4.1 cm greatest dimension on post-op MRI. Rx 2700 cGy / 3 fx (nine gray times "
          "three) to the 80% IDL, 2 VMAT arcs + 1 non-coplanar arc, 6 MV, PTV = cavity + 2 mm. Initially we had planned a single "
          "fraction of 18 Gy but given the size of the cavity and V12 this was changed to three fractions before simulation."),
        P("Sim: CT 09/14/2026 in SRS mask, fused w/ post-op MRI 09/12/2026. Physics 2nd check and IMRT QA done (D. Kowalczyk, MS)."),
        P("Delivery: 3 of 3 fx given, 09/21, 09/23, 09/25. CBCT daily, shifts approved by MD. No breaks."),
        P("Tox: grade 1 fatigue, mild headache fx 2, decadron 2 mg x 5 d. No seizures."),
        P("F/u: MRI brain 6 wks, see me after. Cont pembro per Dr. Aldana."),
        sig("R. Dunleavy-Okonkwo, MD 09/25/2026"),
    ]], opts=dict(header=banner("PRAIRIE HOLLOW CANCER CLINIC", "Radiation Oncology", 3, "06/30/1966")))])

# a69_04 -- scan: UK consultant neurosurgeon's dictated cobalt-60 frame SRS note, six lesions incl. pons ----------
add(name="a69_04", kind="scan", codes=["77371", "77432", "61798", "61797", "61799", "61800"],
    facts=F("cobalt60", ["cranial"], 6, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left frontal", "cranial", S, 20, 1), L("right frontal", "cranial", S, 20, 1),
             L("left parietal", "cranial", S, 18, 1), L("right temporal", "cranial", S, 18, 1),
             L("pons (brainstem)", "cranial", C, 15, 1), L("right cerebellar", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Scanned (150 dpi, slightly skewed) typed dictation from a UK consultant neurosurgeon: single-session "
          "cobalt-60 radiosurgery under a head frame to six breast-cancer metastases listed in prose, one in the "
          "pons (within the brainstem: complex, 15 Gy) and five simple (20/20/18/18/20 Gy, all to the 50% "
          "isodose). Stereotactic MRI and CT, frame co-ordinate check. Earlier whole-brain RT was offered in 2025 "
          "and declined (no prior radiation). One complex lesion only: the claimed 61799 is wrong.",
    docs=[Doc("a69_04.pdf", [[
        P("ST CUTHBERT'S NEUROSCIENCES UNIT - Department of Neurosurgery"),
        P("Dictated: 14/10/2026   Typed: 15/10/2026   Ref: JFH/mt"),
        P(f"Re: {patient(4)}   Hosp No {mrn(4)}   DOB 22/05/1971"),
        P("OPERATION NOTE - STEREOTACTIC RADIOSURGERY (cobalt-60 multi-source radiosurgery unit)"),
        P("Mrs Sixtyninepatient has HER2-positive breast cancer and six brain metastases on her MRI of 2 October. She was offered "
          "whole brain radiotherapy last year and declined it and she has had no cranial radiotherapy before. Following the "
          "neuro-oncology MDT she attended today for radiosurgery. Under local anaesthetic a stereotactic head frame was applied "
          "with four pins without difficulty. Stereotactic MRI (T1 with gadolinium, 1 mm) and a stereotactic CT were performed and "
          "co-registered in the planning system, HEATHERBELL-GP 3 (invented)."),
        P("The lesions were as follows. The largest is in the left frontal lobe at 16 mm, and it received 20 Gy to the 50% "
          "isodose. A second in the right frontal lobe, 8 mm, also received 20 Gy. The left parietal lesion of 12 mm and the right "
          "temporal lesion of 10 mm each received 18 Gy. The fifth lesion lies within the pons, 6 mm, and this was treated more "
          "cautiously with 15 Gy to the 50% isodose, keeping the brainstem volume above 12 Gy under 0.5 cc. The sixth is in the "
          "right cerebellar hemisphere, 9 mm, and received 20 Gy. All six were therefore treated in one session, 41 shots in total "
          "using 4 and 8 mm collimation. Physics checked the plan and the independent timer calculation (Mr A. Pennycook)."),
        P("Before delivery the frame co-ordinates were checked on the couch and were within tolerance. Treatment ran from 11:35 to "
          "13:58 without interruption. The frame was removed at 14:10 and the pin sites were dry."),
        P("She was well afterwards and went home with her husband on dexamethasone 2 mg twice daily for five days. MRI at 8 weeks."),
        P("J. F. Holloway-Strand FRCS (SN), Consultant Neurosurgeon"),
        P("cc Dr E. Marsh-Adebayo, Consultant Clinical Oncologist; GP"),
    ]], opts=dict(scan=True, scan_dpi=150, scan_skew=0.8, scan_noise=5.0))])

# a69_05 -- ehr_text: Australian robotic-arm linac FSRT of vestibular schwannoma, recommendation changed -----------
add(name="a69_05", kind="ehr_text", codes=["G0339", "G0340", "77435", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left vestibular schwannoma", "cranial", C, 18, 3)],
    categories=cats(),
    notes="Australian dictated end-of-treatment review note: left vestibular schwannoma (complex by type), the "
          "neurosurgeon's first recommendation of 12 Gy in one fraction changed to 18 Gy in 3 fractions (six gray "
          "per fraction) for hearing preservation; robotic-arm mounted 6 MV linac with skull tracking, mask, CT + "
          "MRI, 80% isodose. Homophone slip 'legion'. G0339 + G0340 + 77435 + 61798 all fit.",
    docs=[Doc("a69_05.txt", text=f"""
WATTLEGROVE CANCER CENTRE - RADIATION ONCOLOGY
Review note / completion of treatment (dictated)
Patient: {patient(5)}    UR: {mrn(5)}    DOB 09/01/1963
Date: 18/11/2026    Seen by: Dr Kirra Fennimore-Ashdown, Radiation Oncologist

Mr Sixtyninepatient came in today for his final fraction and review. To recap, he has a left vestibular schwannoma measuring 17 by 13 by 11 millimetres, Koos grade two, growing by about two millimetres a year on serial MRI, with serviceable hearing on the left. Mr Pemberton-Yue from neurosurgery originally recommended single fraction radiosurgery at twelve gray, but after the joint clinic in October we agreed on a hypofractionated approach instead to try to preserve his hearing, so the final prescription was eighteen gray in three fractions, six gray per fraction, to the eighty percent isodose.

Planning: thermoplastic mask made on 3 November, planning CT 1 mm with contrast the same day, fused to a 3D T1 post gadolinium and a thin CISS MRI from 2 November. The legion, sorry, the lesion was contoured with no margin, PTV 1.42 cc. Planned on WOMBAT-PLAN 4 (invented) with 164 non-isocentric beams on the robotic-arm mounted 6 MV linac. Cochlea mean 3.6 Gy, brainstem maximum 17.1 Gy over three fractions. Physics plan check and patient specific QA by Ms Tamsin Achebe-Ryder, physicist, passed.

Treatment: fractions on 14, 16 and 18 November 2026, skull tracking with orthogonal kV image pairs throughout each fraction, corrections under 0.5 mm and half a degree. All three fractions given as planned, total eighteen gray.

On review today he has no new dizziness, a bit of tinnitus as before, no facial weakness. Audiogram and MRI in six months. Return to Mr Pemberton-Yue's clinic in the meantime.

Dr Kirra Fennimore-Ashdown FRANZCR
{FOOT}
""")])

# a69_06 -- bundle (2 files): US community SRS procedure note + letter to oncologist; letter dose differs ---------
add(name="a69_06", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal metastasis", "cranial", S, 18, 1), L("right occipital metastasis", "cranial", S, 18, 1)],
    categories=cats(),
    contradiction="The letter to the medical oncologist says the right occipital lesion received 20 Gy; the procedure note "
                  "and its treatment record give 18 Gy.",
    notes="Two-document bundle from a community practice: a templated-macro SRS procedure note (PDF, macro lines "
          "mixed with free dictation) and a dictated letter to the medical oncologist. Two metastases in one "
          "session on a gantry linac, 18 Gy each, mask, CT + MRI, CBCT. Whole-brain RT 30 Gy in 10 fractions in "
          "2023 is history, not this course. The letter says the right occipital lesion got 20 Gy "
          "(contradiction; gold follows the record, 18 Gy).",
    docs=[
        Doc("1_srs_procedure_note.pdf", [[
            H1("STEREOTACTIC RADIOSURGERY PROCEDURE NOTE"),
            KeyValue([("Patient", patient(6)), ("MRN", mrn(6)), ("DOS", "11/03/2026"),
                      ("Attending", "Wendell Abernathy-Suarez, MD"), ("Physicist", "Ines Korhonen, MS, DABR")]),
            P("[MACRO: SRS PROCEDURE] The patient was identified using two identifiers and a time out was performed. Informed consent "
              "was reviewed. The patient was immobilized in the custom thermoplastic mask fabricated at simulation. [END MACRO]"),
            P("History. Ms. Sixtyninepatient is a 61 year old woman with triple negative breast cancer who had whole brain radiation, "
              "thirty gray in ten fractions, in March 2023 at an outside facility. She now has two new lesions on MRI of October 20th, "
              "a left frontal lesion of 11 millimeters and a right occipital lesion of 8 millimeters, and we are treating both of those "
              "today with radiosurgery, reduced doses because of the prior whole brain."),
            P("Planning. Simulation CT on 10/27/2026 with 1.25 mm slices in the mask, fused with a 1 mm post contrast T1 MRI. GTV to "
              "PTV margin 1 mm. Single isocenter, dynamic conformal arcs x 5, 6 MV FFF gantry linac, planning system TIDEWATER-RS 2.0 "
              "(invented). Prescription eighteen gray to the 80 percent isodose for each lesion. V12 brain 3.1 cc. Physics second check "
              "and portal dosimetry QA passed."),
            P("[MACRO: SRS DELIVERY] Pre-treatment CBCT acquired and registered to the planning CT. Six degree of freedom shifts were "
              "reviewed and approved by the attending physician prior to beam on. Intrafraction surface monitoring within 1 mm. "
              "[END MACRO]"),
            RuledTable([("Target", "Size", "Rx", "Fx", "Delivered"),
                        ("PTV_LFrontal", "11 mm", "18 Gy", "1", "18 Gy 11/03/2026"),
                        ("PTV_ROccipital", "8 mm", "18 Gy", "1", "18 Gy 11/03/2026")]),
            P("Tolerated well. No steroids needed. MRI in two months."),
            sig("Wendell Abernathy-Suarez, MD 11/03/2026"),
            sig("Ines Korhonen, MS, DABR 11/03/2026"),
        ]], opts=dict(header=banner("LAKESHORE COMMUNITY CANCER CENTER", "Radiation Oncology", 6, "04/12/1965"))),
        Doc("2_letter_to_oncologist.txt", text=f"""
LAKESHORE COMMUNITY CANCER CENTER
November 5, 2026

Dr. Beatriz Kallstrom-Ibe
Lakeshore Hematology Oncology

RE: {patient(6)}   MRN {mrn(6)}   DOB 04/12/1965

Dear Beatriz,

Just a quick note to let you know that Ms. Sixtyninepatient completed her radiosurgery on November 3rd. As you know she had whole brain radiation back in 2023 and has developed two new small brain metastases. We treated both in a single session on our linac in her mask, the left frontal lesion to eighteen gray and the right occipital lesion to twenty gray. She tolerated it well with no headache. I would be fine with her resuming her systemic therapy whenever you think appropriate, no need to hold it further. I will get an MRI in two months and let you know.

Thanks for letting me participate in her care.

Sincerely,
Wendell Abernathy-Suarez, MD
Dictated but not read
{FOOT}
"""),
    ])

# a69_07 -- pdf (two columns): Canadian academic frame-based linac SRS of a right parietal AVM ---------------------
add(name="a69_07", kind="pdf", codes=["77372", "77432", "61798", "61800"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI", "angiography"], ["frame"]),
    lesions=[L("right parietal AVM nidus", "cranial", C, 18, 1)],
    categories=cats(),
    notes="Canadian academic consultation-and-procedure report on one two-column page (history and decision | "
          "technique and delivery): unruptured right parietal AVM (Spetzler-Martin II, 2.4 cm nidus, complex by "
          "type) after partial embolisation, frame-based single-session linac SRS with stereotactic angiography, "
          "CT and MRI, 18 Gy to the 80% isodose with cones. Embolisation is not radiation; frame -> 61800 fits.",
    docs=[Doc("a69_07.pdf", [[
        H1("Stereotactic Radiosurgery - Consultation and Procedure Report"),
        H2("History"),
        P(f"{patient(7)}, MRN {mrn(7)}, 34 y, presented in 2025 with a focal seizure and was found to have an unruptured right "
          "parietal arteriovenous malformation, Spetzler-Martin grade II, nidus 2.4 x 2.0 x 1.8 cm, draining superficially. He had "
          "two sessions of partial embolisation (Onyx) in 2025 and 2026, which reduced the nidus by about a third. He has had no "
          "previous radiotherapy. Seizures are controlled on levetiracetam."),
        H2("Decision"),
        P("At the neurovascular rounds of 8 October 2026, microsurgical resection was felt to carry a risk to the sensory cortex and "
          "radiosurgery was recommended. The risks, including a latency period of two to three years and radiation-induced change, "
          "were discussed with him and his partner, and he consented."),
        ColumnBreak(),
        H2("Technique (22 October 2026)"),
        P("A stereotactic head ring was fixed with four pins under local anaesthetic by Dr Moreau-Tsang (neurosurgery). Stereotactic "
          "biplane digital subtraction angiography, a contrast CT at 1 mm and a volumetric T1 MRI with gadolinium were acquired with "
          "the localiser and fused in CEDARPLAN 7 (invented). The nidus was outlined jointly by neurosurgery and radiation oncology "
          "(volume 3.9 cc), excluding the embolised portion and draining veins."),
        P("Plan: two isocentres, nine non-coplanar conical arcs with 12.5 and 15 mm cones, 6 MV gantry linac. Prescription 18 Gy to "
          "the 80% isodose in a single fraction; V12 of brain 8.6 cc. Independent MU check and film QA by physics (Mr L. Thibodeau-Park)."),
        H2("Delivery"),
        P("Frame position verified with the target positioner and orthogonal kV images before each isocentre. All arcs delivered "
          "13:20 to 14:35. Ring removed; no complications. Dose delivered: 18 Gy in 1 fraction to the AVM nidus."),
        P("Follow-up MRI yearly, angiography at three years."),
        sig("Dr Anne-Sophie Bellerose-Quinn, MD FRCPC, Radiation Oncology 22/10/2026"),
        sig("Dr Julien Moreau-Tsang, MD FRCSC, Neurosurgery 22/10/2026"),
    ]], opts=dict(header=banner("CENTRE HOSPITALIER UNIVERSITAIRE DE LA RIVIERE-NOIRE (invented)", "Radiosurgery Program", 7, "15/07/1992"),
                  two_columns=True))])

# a69_08 -- ehr_text: rambling US community completion summary, pituitary 25 Gy/5 fx, no IGRT documented ----------
add(name="a69_08", kind="ehr_text", codes=["77372", "77432", "61798"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("residual pituitary macroadenoma", "cranial", C, 25, 5)],
    categories=cats(delivery_verification=False),
    notes="Rambling dictated completion summary from a community radiation oncologist: residual non-functioning "
          "pituitary macroadenoma after transsphenoidal resection, 2 mm from the chiasm (complex), 25 Gy in 5 "
          "fractions (five gray times five) on a gantry linac with a mask and CT + MRI; speech-recognition "
          "slips ('too millimeters', 'gray' spelt 'grey'), spoken 'comma'. No image guidance or QA described: "
          "delivery verification unmet. The claimed single-session codes 77372/77432 are wrong for 5 fractions.",
    docs=[Doc("a69_08.txt", text=f"""
SUMMIT VALLEY RADIATION ONCOLOGY, P.C.
TREATMENT COMPLETION SUMMARY
PATIENT NAME: {patient(8)}
MRN: {mrn(8)}     DOB: 02/14/1957
ATTENDING: Gus Pettibone-Amadi, M.D.
DATE OF DICTATION: 12/11/2026

Okay this is a completion summary on Mrs. Sixtyninepatient comma who is a lovely 69 year old lady who was referred to us by Dr. Szymanski in endocrinology and Dr. Raghunathan in neurosurgery for her residual pituitary macroadenoma. She had a transsphenoidal resection back in April of this year for a non-functioning adenoma that was pushing on the chiasm and she had some visual field loss which has actually improved, but there is residual tumor in the right cavernous sinus measuring about fifteen by eleven millimeters and it has grown a little bit on the September MRI so we talked about watching it versus radiation versus more surgery and she really did not want more surgery so we went ahead with stereotactic radiation. The residual tumor comes within about too millimeters of the optic chiasm which is why we chose to fractionate it.

She was simulated on November 30th in a thermoplastic mask, CT with one millimeter cuts, and we fused that with her thin cut pituitary protocol MRI with contrast from November 25th. I contoured the residual tumor, the chiasm and optic nerves, and we planned this with VMAT on our linac using SAWTOOTH TPS (invented), and the prescription was twenty-five grey in five fractions, that is five grey times five, prescribed to the ninety percent isodose line, and the chiasm max was kept under twenty-five grey, I think it was 24.2.

She was treated December 3rd through December 9th and got all five treatments, twenty-five grey total, no breaks. She did fine, a little tired, a mild headache after the second one, nothing else. Her vision is stable and we will get visual fields with ophthalmology in three months and an MRI in six months and she will continue to see endocrinology for her hormones.

Thank you for allowing me to participate in her care.

Gus Pettibone-Amadi, M.D.
D: 12/11/2026  T: 12/12/2026
{FOOT}
""")])


# ==================================================================================================
# Spine
# ==================================================================================================

# a69_09 -- ehr_text: terse US dictated spine SBRT procedure note, T10 24 Gy/2 fx, prior 8 Gy x 1 in 2024 ---------
add(name="a69_09", kind="ehr_text", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T10 vertebral body metastasis", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Terse dictated spine SBRT note written after the second fraction: T10 renal cell metastasis "
          "re-treated with 'twenty-four gray in too fractions' (homophone), twelve gray each, after a palliative "
          "8 Gy single fraction to T10 in 2024 (history, not this course). Vacuum cushion, CT sim + MRI fusion, "
          "CBCT with 6DoF each fraction, spoken 'period' and 'chord' for cord.",
    docs=[Doc("a69_09.txt", text=f"""
CEDAR FORKS ONCOLOGY GROUP - RADIATION ONCOLOGY
SBRT PROCEDURE NOTE - SPINE
Pt: {patient(9)}  MRN {mrn(9)}  DOB 08/08/1960
DOS: 10/20/2026 (fraction 2 of 2)   MD: Hollis Brandvold-Nakamura, MD

Dx: metastatic clear cell RCC, T10 vertebral body met with epidural extension, Bilsky 1b, SINS 7.

Prior RT: 8 Gy x 1 to T9-T11 in 06/2024 (outside facility), good pain relief then, now progressive at T10 on MRI 09/2026 period.

Rx this course: twenty-four gray in too fractions, twelve gray per fraction, to the T10 PTV (GTV + CTV per consensus contouring, body plus both pedicles), chord PRV Dmax 14.6 gray cumulative for this course, within our re-irradiation limit. Plan: 2 full VMAT arcs, 6 MV FFF linac, planning system BLUESTEM (invented), prescribed to the 90% isodose. Physics 2nd check and ArcCheck QA (invented phantom name SPINEQA-1) passed, R. Haverkamp MS.

Sim 10/09/2026 supine in vacuum cushion with arms up, CT 1 mm fused to MRI T-spine 09/28/2026 (T1 post, T2) for cord and target.

Fx 1 10/16/2026 and fx 2 today 10/20/2026: CBCT each day, 6DoF couch, shifts approved by me before beam on, delivered without issue.

Course complete: T10 24 Gy in 2 fractions delivered. RTC 4 weeks, MRI 3 months.

Electronically signed: Hollis Brandvold-Nakamura, MD 10/20/2026 16:02
{FOOT}
""")])

# a69_10 -- bundle (2 files): robotic-arm spine SBRT, L2 + S1, dictated sim note and completion summary -----------
add(name="a69_10", kind="bundle", codes=["G0339", "G0340", "77435", "63620", "63621"],
    facts=F("robotic_linac", ["spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L2 metastasis", "spinal", None, 27, 3), L("S1 metastasis", "spinal", None, 24, 3)],
    categories=cats(),
    notes="Two-document bundle: dictated simulation note (vacuum mattress, contrast planning CT plus MRI fusion, "
          "two targets L2 and S1; an L4 Schmorl node mentioned as not a target) and the completion summary PDF "
          "with doses in words: L2 twenty-seven gray and S1 twenty-four gray, both in three fractions, on a "
          "robotic-arm mounted linac with spine tracking. G0339/G0340/77435/63620/63621 all fit.",
    docs=[
        Doc("1_simulation_note.txt", text=f"""
MAGNOLIA BEND CYBER-RADIOSURGERY CENTER (invented)
SIMULATION NOTE - dictated 01/08/2027
PATIENT: {patient(10)}   MRN: {mrn(10)}   DOB: 05/23/1955
PHYSICIAN: Octavia Renfroe-Lindahl, MD

Mr. Sixtyninepatient is here for simulation for stereotactic body radiation to two spinal metastases from his prostate cancer, castrate resistant, oligoprogressive at L2 and S1 only on his restaging scans. We had originally talked about single fraction treatment at his consult but because the S1 lesion is close to the sacral nerve roots and the cauda, I am going to recommend three fractions for both. New paragraph. He was positioned supine in a full length vacuum mattress with a knee sponge and a planning CT was obtained from T10 to the coccyx with 1.25 mm slices and IV contrast. His MRI of the lumbosacral spine from January 4th will be fused for contouring of the cauda equina and the targets. There is also a Schmorl node at L4 which is degenerative and is not a target. No fiducials are needed as we will use spine tracking on the robotic unit.

Octavia Renfroe-Lindahl, MD
{FOOT}
"""),
        Doc("2_completion_summary.pdf", [[
            H1("Radiation Treatment Completion Summary"),
            KeyValue([("Patient", patient(10)), ("MRN", mrn(10)), ("Treatment dates", "01/19/2027 - 01/23/2027"),
                      ("Unit", "robotic-arm mounted 6 MV linac with orthogonal kV spine tracking"),
                      ("Planning", "BAYOU-PLAN 3 (invented), non-isocentric beams, Iris-type variable collimator")]),
            P("Mr. Sixtyninepatient completed his course of stereotactic body radiation to two spinal metastases. The L2 vertebral "
              "body lesion received twenty-seven gray in three fractions of nine gray, prescribed to the seventy-eight percent "
              "isodose line, and the S1 lesion received twenty-four gray in three fractions of eight gray, to the eighty percent "
              "isodose line. The cauda equina maximum was 18.9 gray. Both targets were treated in the same three sessions, January "
              "19th, 21st and 23rd, with spine tracking using orthogonal kV image pairs every 30 to 60 seconds and corrections "
              "applied by the robot. Physics performed the secondary dose calculation and delivery QA before the first fraction."),
            P("He tolerated treatment well with mild fatigue and one episode of diarrhea after the second fraction. PSA and restaging in "
              "three months. He will continue enzalutamide with Dr. Farquharson."),
            sig("Octavia Renfroe-Lindahl, MD 01/23/2027"),
            sig("Bartholomew Iwu-Sorensen, PhD, DABR 01/23/2027"),
        ]], opts=dict(header=banner("MAGNOLIA BEND CYBER-RADIOSURGERY CENTER (invented)", "Completion summary", 10, "05/23/1955"))),
    ])

# a69_11 -- pdf: UK dictated completion summary, C3 single fraction "eighteen hundred centigray", mask; 63621 wrong
add(name="a69_11", kind="pdf", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("C3 metastasis", "spinal", None, 18, 1)],
    categories=cats(),
    notes="UK consultant's dictated end-of-treatment summary typed as a letter: single-fraction SABR to a C3 "
          "thyroid-cancer metastasis, 'eighteen hundred centigray' (1800 cGy), head-neck-shoulder thermoplastic "
          "mask, CT + MRI, CBCT and 6DoF. The C5 lesion on staging CT is not treated. One spinal lesion: the claimed "
          "63621 is wrong.",
    docs=[Doc("a69_11.pdf", [[
        P("KINGSMERE UNIVERSITY HOSPITAL - Department of Clinical Oncology"),
        P("END OF TREATMENT SUMMARY   Dictated 02/12/2026   Typed 03/12/2026"),
        P(f"Patient: {patient(11)}   Hospital No {mrn(11)}   DOB 30/09/1952"),
        P("Diagnosis: metastatic follicular thyroid carcinoma, radioiodine-refractory; solitary progressing C3 vertebral body metastasis."),
        P("Treatment: stereotactic ablative radiotherapy (SABR), C3, eighteen hundred centigray in a single fraction, 01/12/2026."),
        P("Mr Sixtyninepatient was discussed at the spinal oncology MDT, where SABR to C3 was recommended as a solitary site of "
          "progression. The small C5 lesion on his staging CT is stable and was not treated. He was immobilised in a five-point "
          "head, neck and shoulder thermoplastic mask and planning CT (1 mm) was fused with an MRI of the cervical spine (T1, T2 "
          "and STIR). The spinal cord was contoured on MRI with a 1.5 mm planning organ-at-risk volume. The plan, on the "
          "SOLWAY-TPS (invented) system, used two coplanar VMAT arcs with a 6 MV beam, prescribed so that 1800 cGy covered 90% "
          "of the PTV; spinal cord PRV Dmax 12.1 Gy and oesophagus Dmax 14.0 Gy. Physics independent check and patient-specific QA "
          "passed (Dr H. Gwynne-Adeleke, Clinical Scientist)."),
        P("On the day, cone-beam CT was registered to bone with a six degree of freedom couch correction, reviewed by me, and a "
          "repeat cone-beam CT mid-arc showed no movement above 1 mm. The single fraction was delivered as planned."),
        P("He has mild odynophagia which I expect to settle. Follow-up in clinic at six weeks with an MRI of the cervical spine at "
          "three months."),
        P("Dr Rhiannon Trevelyan-Okoro, Consultant Clinical Oncologist"),
        P("cc: Professor N. Albright, Endocrinology; GP"),
    ]], opts=dict(header=banner("KINGSMERE UNIVERSITY HOSPITAL", "Clinical Oncology", 11, "30/09/1952")))])

# a69_12 -- ehr_text: Canadian on-treatment review at final fraction, T8 re-irradiation 30 Gy/5, plan details absent
add(name="a69_12", kind="ehr_text", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T8 metastasis (post-op)", "spinal", None, 30, 5)],
    categories=cats(plan=False),
    notes="Canadian on-treatment review note at the fifth and final fraction: post-operative T8 spine SBRT, "
          "tumour board recommendation of 24 Gy in 2 changed to 30 Gy in 5 because of a 2022 course of 20 Gy in 5 "
          "to T7-T9 (previous radiation, not this course). Vac-Lok-type vacuum bag, CT myelogram + MRI, daily CBCT. "
          "No isodose, beams or planning system mentioned: plan unmet.",
    docs=[Doc("a69_12.txt", text=f"""
NORTHERN LAKES REGIONAL CANCER CENTRE - Radiation Oncology
ON-TREATMENT REVIEW (dictated)                                   Date: 27/01/2027
Patient: {patient(12)}     MRN: {mrn(12)}     DOB: 12/12/1961
Attending: Dr Mathilde Gagnon-Achterberg, MD FRCPC      Fellow: Dr Sunil Varghese-Holt

Ms Sixtyninepatient is seen today at her fifth and final fraction of stereotactic body radiotherapy to T8. Background: metastatic colorectal adenocarcinoma, T8 metastasis with cord compression treated with separation surgery and T6 to T10 posterior fixation on 15 December 2026. Importantly she had palliative radiotherapy twenty gray in five fractions to T7 to T9 in August 2022 at our centre, so this is re-irradiation. The spine tumour board on 22 December had suggested twenty-four gray in two fractions, but in view of the prior course and the cord dose we changed the prescription to thirty gray in five fractions, six gray each, which is what she has received.

Simulation on 11 January was in a vacuum bag with arms up, with a CT myelogram on the same day to see the cord through the hardware, and this was fused with her post-operative MRI. Fractions were given on 19, 21, 23, 25 and 27 January, and each day the cone-beam CT was reviewed with the therapists and the six degree of freedom shifts approved before treatment.

Symptoms: back pain improved, 3 out of 10, now off hydromorphone during the day. Mild nausea on day three, settled with ondansetron. No new neurology, power 5 out of 5 in the legs, normal bladder function.

Plan: course complete, T8 thirty gray in five fractions. MRI spine in three months, see me after. Copy to Dr Whitfield-Ouellet (medical oncology) and Dr Rasmussen (spine surgery).

Dr Mathilde Gagnon-Achterberg
{FOOT}
""")])


# ==================================================================================================
# Body SBRT
# ==================================================================================================

# a69_13 -- ehr_text: US academic lung SBRT completion summary; template line says 50 Gy/5 (contradiction) --------
add(name="a69_13", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe NSCLC", "body", None, 54, 3)],
    categories=cats(),
    contradiction="The templated course line says 50 Gy in 5 fractions; the dictated body and the fraction dates give "
                  "54 Gy in 3 fractions.",
    notes="US academic dictated SBRT completion summary with a templated header block left unedited: the macro "
          "line reads 'Total dose 50 Gy in 5 fractions' while the dictation and three fraction dates give "
          "fifty-four gray in three fractions of eighteen (contradiction; gold follows the delivered record). "
          "Peripheral RUL adenocarcinoma, 4DCT with ITV, PET-CT fused for delineation, vacuum cushion and wing "
          "board, CBCT each fraction. Earlier left breast RT in 2009 is history.",
    docs=[Doc("a69_13.txt", text=f"""
BRIGHTWATER UNIVERSITY HEALTH - DEPARTMENT OF RADIATION ONCOLOGY
STEREOTACTIC BODY RADIATION THERAPY - COMPLETION SUMMARY
Patient: {patient(13)}       MRN: {mrn(13)}       DOB: 01/29/1948
Attending: Lucinda Aberforth-Mensah, MD        Resident: Arjun Kleinfeld, MD

*** TEMPLATE ***
Treatment site: [RUL lung]
Technique: [SBRT / VMAT]
Total dose: [50 Gy in 5 fractions]
Start date: [11/09/2026]   End date: [11/13/2026]
*** END TEMPLATE ***

HISTORY: Ms. Sixtyninepatient is a 78 year old former smoker with COPD, FEV1 38 percent predicted, with a 2.2 centimeter peripheral right upper lobe adenocarcinoma, biopsy proven, clinical T1c N0 M0, who was not a surgical candidate. Of note she had left breast radiation for DCIS in 2009, fifty gray in twenty-five fractions, which does not overlap with the current target.

SIMULATION AND PLANNING: She was simulated on November 2nd supine in a vacuum cushion with a wing board and her arms above her head, with a four dimensional CT to assess respiratory motion, 6 millimeters superior-inferior excursion. Her staging PET CT from October 14th was fused to the planning CT to help define the tumor. An internal target volume was built from the 4DCT phases with a 5 millimeter PTV margin. We planned with two partial VMAT arcs on the 6 MV FFF linac in MAPLEGROVE TPS (invented), prescribing fifty-four gray in three fractions of eighteen gray each to the seventy-five percent isodose line covering ninety-five percent of the PTV. Chest wall V30 was 28 cc, rib max 41 gray. Physics second check and patient specific QA by Hyun-woo Castellanos, PhD, passed.

TREATMENT: She received her three fractions on November 9th, 11th and 13th, each with a cone beam CT matched to the ITV and approved by the attending before treatment. Total delivered dose fifty-four gray in three fractions.

TOLERANCE: Mild fatigue and a dry cough, no chest wall pain.

FOLLOW UP: CT chest in three months and pulmonary clinic as scheduled.

Electronically signed: Lucinda Aberforth-Mensah, MD 11/16/2026 09:31
{FOOT}
""")])

# a69_14 -- bundle (3 files): prostate SBRT -- dictated consult, fiducial/spacer note, completion PDF ----------------
add(name="a69_14", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Three-document prostate bundle: dictated consult offering conventional 70 Gy in 28, moderate "
          "hypofractionation or SBRT (patient chooses SBRT; the consult's 'thirty-six and a quarter gray in five "
          "fractions' is only a plan), a dictated procedure note for three gold fiducials and a hydrogel spacer, and "
          "the completion summary PDF: 36.25 Gy in 5 fractions delivered on a gantry linac, CT + MRI, daily kV "
          "fiducial matching. Positioning: fiducials only (knee rest is not immobilisation).",
    docs=[
        Doc("1_consult.txt", text=f"""
OAKHAVEN RADIATION ONCOLOGY ASSOCIATES
NEW PATIENT CONSULTATION (dictated)   Date: 08/04/2026
{patient(14)}   MRN {mrn(14)}   DOB 10/10/1954
Referring: Dr. Percival Moyo-Hastings, urology

HPI: 71 year old gentleman with favorable intermediate risk adenocarcinoma of the prostate, Gleason 3+4=7 in 3 of 12 cores, PSA 7.8, cT1c, MRI PI-RADS 4 lesion in the left peripheral zone, no extracapsular extension, prostate volume 38 cc. No prior radiation.

ASSESSMENT AND RECOMMENDATIONS: We discussed active surveillance, radical prostatectomy, and radiation, and within radiation conventional fractionation seventy gray in twenty-eight fractions, moderate hypofractionation sixty gray in twenty, and stereotactic body radiation thirty-six and a quarter gray in five fractions. He lives two hours away and strongly prefers the five fraction course. We will plan for SBRT, with placement of gold fiducial markers and a rectal spacer by Dr. Moyo-Hastings beforehand, then simulation one week later. No ADT is needed for favorable intermediate risk.

Nkechi Abernethy-Vogel, MD
{FOOT}
"""),
        Doc("2_fiducial_spacer_note.txt", text=f"""
OAKHAVEN UROLOGY - PROCEDURE NOTE (dictated 08/27/2026)
{patient(14)}   {mrn(14)}
Procedure: transperineal placement of three gold fiducial markers and hydrogel rectal spacer under transrectal ultrasound guidance.
Findings: three gold seeds placed at the left base, right base and apex. Ten milliliters of hydrogel spacer placed in the perirectal space with good separation of about one centimeter. No complications, minimal bleeding.
Percival Moyo-Hastings, MD
{FOOT}
"""),
        Doc("3_completion_summary.pdf", [[
            H1("SBRT Completion Summary - Prostate"),
            KeyValue([("Patient", patient(14)), ("MRN", mrn(14)), ("Physician", "Nkechi Abernethy-Vogel, MD"),
                      ("Course", "09/14/2026 - 09/24/2026, every other weekday")]),
            P("Simulation on 09/03/2026: CT with 1.5 mm slices, empty rectum and comfortably full bladder, knee rest, fused to a "
              "T2 MRI of the pelvis from the same day to delineate the prostate and the seeds. CTV prostate plus the proximal 1 cm "
              "of seminal vesicles; PTV 5 mm, 3 mm posteriorly."),
            P("Prescription 36.25 Gy in 5 fractions of 7.25 Gy to the PTV, two full VMAT arcs with a 10 MV FFF beam, planned in "
              "CLOVERFIELD-RT (invented); rectum V36 0.4 cc, bladder V37 3.1 cc, urethra Dmax 38.9 Gy. Physics check and "
              "portal dosimetry QA passed."),
            P("Each fraction: orthogonal kV images matched to the three gold fiducials, then a cone beam CT for rectal and bladder "
              "filling, shifts approved by the physician before beam on."),
            RuledTable([("Fx", "Date", "Dose (Gy)", "Cumulative (Gy)"),
                        ("1", "09/14/2026", "7.25", "7.25"), ("2", "09/16/2026", "7.25", "14.50"),
                        ("3", "09/18/2026", "7.25", "21.75"), ("4", "09/22/2026", "7.25", "29.00"),
                        ("5", "09/24/2026", "7.25", "36.25")]),
            P("He completed the course with grade 1 urinary frequency. PSA in three months."),
            sig("Nkechi Abernethy-Vogel, MD 09/24/2026"),
        ]], opts=dict(header=banner("OAKHAVEN RADIATION ONCOLOGY ASSOCIATES", "SBRT", 14, "10/10/1954"))),
    ])

# a69_15 -- pdf letter: Australian robotic-arm liver SBRT 45 Gy/3, fiducials and respiratory tracking; DBNR --------
add(name="a69_15", kind="pdf", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("liver segment VII HCC", "body", None, 45, 3)],
    categories=cats(),
    notes="Australian dictated letter to the referring hepatologist, 'dictated but not read': a 3.2 cm segment VII "
          "HCC after two TACE sessions (not radiation), forty-five gray in three fractions on a robotic-arm linac "
          "with three gold fiducials and respiratory tracking, multiphase CT + MRI. 'Fifteen gray each' per "
          "fraction beside the total. G0339/G0340/77435 fit.",
    docs=[Doc("a69_15.pdf", [[
        P("COOLANGATTA HEIGHTS RADIATION ONCOLOGY (invented)"),
        P("24 November 2026"),
        P("Dr Evangeline Tuckwell-Ibrahim, Hepatology, Coolangatta Heights Hospital"),
        P(f"Re: {patient(15)}   DOB 19/03/1959   UR {mrn(15)}"),
        P("Dear Evangeline,"),
        P("Thank you for referring Mr Sixtyninepatient with his hepatocellular carcinoma in segment seven of the liver, which had "
          "recurred at the margin after two sessions of TACE in 2025 and 2026. He has Child-Pugh A5 cirrhosis from hepatitis C, "
          "now cured, and an ECOG of zero. The lesion measures 3.2 centimetres on the multiphase CT."),
        P("I am pleased to tell you that he has now completed stereotactic body radiotherapy, forty-five gray in three fractions, "
          "fifteen gray each, on 17, 19 and 21 November. Three gold fiducial markers were placed by interventional radiology on "
          "3 November, and he then had a planning multiphase contrast CT in the supine position on 10 November with a liver MRI "
          "fused for delineation. The plan on our robotic-arm mounted 6 MV linac used 212 non-coplanar beams prescribed to the "
          "seventy percent isodose, with real-time respiratory tracking of the fiducials against an external LED model throughout "
          "each fraction. Normal liver, that is liver minus GTV, receiving less than fifteen gray was 902 cc, well above the "
          "seven hundred cc we aim for. Physics performed the independent dose check and the phantom QA before fraction one."),
        P("He tolerated treatment well apart from some fatigue and mild right upper quadrant discomfort. I have arranged liver "
          "function tests in four weeks and a multiphase CT in three months and will see him after that. I would be grateful if "
          "you could continue to follow his liver function and his hepatitis C, sorry, scratch that, his hepatitis C is cured, so "
          "only the usual surveillance."),
        P("Kind regards,"),
        P("Dr Lachlan Whitebridge-Osei FRANZCR, Radiation Oncologist"),
        P("Dictated but not read. cc: Dr M. Yallop, GP"),
    ]], opts=dict(header=banner("COOLANGATTA HEIGHTS RADIATION ONCOLOGY (invented)", "Letter", 15, "19/03/1959")))])

# a69_16 -- ehr_text: rambling community dictation, kidney 26 Gy x 1 (2600 cGy), no plan parameters; 77432 wrong ---
add(name="a69_16", kind="ehr_text", codes=["77373", "77432"],
    facts=F("linac", ["body"], 1, 1, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("left kidney RCC", "body", None, 26, 1)],
    categories=cats(plan=False),
    notes="Rambling community dictation (special treatment procedure plus summary) for single-fraction SBRT of a "
          "primary left renal cell carcinoma, 'twenty-six gray', '2600 cGy', in one fraction on a gantry linac "
          "with a body immobilisation frame and abdominal compression, 4DCT and MRI, CBCT. No isodose, arcs or "
          "planning system given: plan unmet. 77432 (cranial management) claimed on a body course is wrong.",
    docs=[Doc("a69_16.txt", text=f"""
PINE RIDGE RADIATION THERAPY CENTER
Special Treatment Procedure / Treatment Summary
Pt name {patient(16)}  acct {mrn(16)}  dob 07/04/1944
Dr. Ambrose Quist-Villanueva   dictated 12/02/2026

This is an eighty two year old gentleman, a retired farmer, who was found to have a left renal mass incidentally on a CT for kidney stones, 3.4 centimeters, lower pole, biopsy showed clear cell renal cell carcinoma, and urology felt he was not a great candidate for nephrectomy because of his heart, ejection fraction around thirty percent, and his creatinine is 1.6 so they did not want to do a partial either and cryoablation was not possible because of the location near the ureter, so he was referred to us for stereotactic radiation, and we talked about it at length with him and his daughter at the consult.

So he came in on November 17th for simulation and we put him in the body immobilization frame with the abdominal compression paddle, and did a four D CT to see how much the kidney moves, it moved about eight millimeters with compression, and we also fused an MRI of the abdomen with contrast from November 12th so we could see the tumor better, and I outlined the tumor on every phase, the GTV, and then made an ITV and a PTV with five millimeters. And we prescribed twenty-six gray in a single fraction which is 2600 cGy to the PTV, and checked the small bowel, the remaining kidney, the spinal cord, all were fine.

He was treated on December 1st, single fraction, and we did a cone beam CT first with the compression on and matched to the kidney and I looked at it and approved it, and then treated. He got the full twenty-six gray. He felt fine, a little nausea that evening which we had premedicated for with ondansetron.

He will have a CT scan in three months and his labs with Dr. Hjelmstad in nephrology.

Ambrose Quist-Villanueva, M.D.
Dictated but not read
{FOOT}
""")])

# a69_17 -- pdf: Canadian OTV notes + early-termination summary, adrenal 40 Gy/5 planned, 4 fractions given --------
add(name="a69_17", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 4, ["CT"], ["body_immobilization"]),
    lesions=[L("left adrenal metastasis", "body", None, 32, 4)],
    categories=cats(),
    notes="Canadian dictated on-treatment visit notes and an early-termination summary: left adrenal melanoma "
          "metastasis planned for forty gray in five fractions (eight each); the patient was admitted with "
          "pneumonia after fraction four and the fifth was cancelled. Delivered 32 Gy in 4 fractions "
          "(planned vs delivered, not a contradiction). 4DCT only, abdominal compression, daily CBCT.",
    docs=[Doc("a69_17.pdf", [[
        H1("On-Treatment Visits and Treatment Summary"),
        KeyValue([("Patient", patient(17)), ("MRN", mrn(17)), ("Radiation oncologist", "Dr Rosalie Fontaine-McAuley, MD FRCPC"),
                  ("Site", "Left adrenal gland (metastatic melanoma)"),
                  ("Planned", "40 Gy in 5 fractions, 8 Gy per fraction, to the 80% isodose; 3 VMAT arcs, 6 MV FFF linac; BIRCHWOOD-TPS (invented)"),
                  ("Simulation", "02/02/2027: 4DCT supine, arms up, abdominal compression belt; ITV + 5 mm PTV")]),
        H2("OTV 1 - 09/02/2027 (after fraction 1)"),
        P("Dictated: Tolerated the first fraction well, some mild nausea, no pain. CBCT today matched to the ITV with a 3 mm shift "
          "which I approved. Continue."),
        H2("OTV 2 - 13/02/2027 (after fraction 3)"),
        P("Dictated: Fractions two and three on the 11th and 13th went well. Appetite reduced, weight stable at 68 kilograms. "
          "Continue with ondansetron as needed. Daily CBCT reviewed."),
        H2("Treatment summary - course ended early"),
        P("Ms Sixtyninepatient received fraction four of five on 16/02/2027 after cone-beam CT verification. On 17/02/2027 she "
          "was admitted to the medical ward with a right lower lobe pneumonia and was too unwell to attend; after discussion "
          "with her and her oncologist the fifth fraction was cancelled and not rescheduled. She therefore received thirty-two "
          "gray in four fractions of the planned forty gray in five. Physics reviewed the delivered dose: the GTV D98 is 31.6 Gy."),
        RuledTable([("Fraction", "Date", "Dose (Gy)", "Cumulative (Gy)", "Status"),
                    ("1", "09/02/2027", "8", "8", "delivered"), ("2", "11/02/2027", "8", "16", "delivered"),
                    ("3", "13/02/2027", "8", "24", "delivered"), ("4", "16/02/2027", "8", "32", "delivered"),
                    ("5", "18/02/2027", "-", "-", "cancelled (admission)")]),
        P("Follow-up CT abdomen in 8 weeks. Immunotherapy per Dr Okonjo-Lafleur."),
        sig("Dr Rosalie Fontaine-McAuley, MD FRCPC 20/02/2027"),
    ]], opts=dict(header=banner("ST-LAURENT VALLEY CANCER CENTRE (invented)", "Radiation Oncology", 17, "08/06/1970")))])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# a69_18 -- ehr_text: US dictated consult recommending SRS to two lesions; nothing simulated or given yet ----------
add(name="a69_18", kind="ehr_text", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: dictated new-patient consult recommending single-fraction SRS ('twenty gray to each "
          "lesion') to two brain metastases; mask simulation and planning MRI are to be scheduled. Nothing "
          "simulated, planned or delivered in this document: facts empty, categories unmet, codes inconsistent.",
    docs=[Doc("a69_18.txt", text=f"""
GRANITE HILLS CANCER INSTITUTE - RADIATION ONCOLOGY
NEW PATIENT CONSULTATION
Patient: {patient(18)}     MRN: {mrn(18)}     DOB: 03/03/1969
Date of visit: 01/12/2027     Provider: Solomon Ekwueme-Brandt, MD

REASON FOR CONSULTATION: Two new brain metastases, referred by Dr. Castellano, medical oncology.

HISTORY OF PRESENT ILLNESS: Mr. Sixtyninepatient is a 57 year old man with metastatic melanoma, BRAF V600E, on dabrafenib and trametinib, who had a restaging MRI of the brain on January 5th showing two new enhancing lesions, a left frontal lesion of nine millimeters and a right temporal lesion of six millimeters, with minimal edema. He is asymptomatic. No prior radiation.

PHYSICAL EXAMINATION: Alert and oriented, nonfocal neurologic exam. KPS 90.

IMPRESSION AND PLAN: Two small asymptomatic brain metastases from melanoma in a patient with controlled extracranial disease. I recommended stereotactic radiosurgery, single fraction, likely twenty gray to each lesion, and he wants to proceed. We will schedule a mask fitting and CT simulation next week and obtain a thin cut contrast enhanced planning MRI within a week of treatment. We will hold his BRAF and MEK inhibitors for three days around the treatment. Consent to be signed at simulation.

Total time 60 minutes, over half in counseling.

Electronically signed: Solomon Ekwueme-Brandt, MD 01/12/2027
{FOOT}
""")])

# a69_19 -- pdf letter: Irish follow-up letter about cobalt-60 frame SRS of a schwannoma in 2019 -----------------
add(name="a69_19", kind="pdf", codes=["77371", "77432", "61798", "61800"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: Irish seven-year follow-up letter to the GP about cobalt-60 frame radiosurgery for a right "
          "vestibular schwannoma in 2019 (12 Gy to the 50% isodose); today's MRI is stable and no treatment is "
          "given or planned. Facts empty, categories unmet, codes inconsistent.",
    docs=[Doc("a69_19.pdf", [[
        P("BEAUMONT STRAND HOSPITAL (invented) - National Radiosurgery Follow-up Clinic"),
        P("Clinic date: 09/02/2027   Dictated: 09/02/2027   Typed: 11/02/2027"),
        P("Dr Fionnuala Ní Mhurchú, Castlebar Road Medical Practice"),
        P(f"Re: {patient(19)}   DOB 27/07/1955   MRN {mrn(19)}"),
        P("Dear Dr Ní Mhurchú,"),
        P("I reviewed Ms Sixtyninepatient in the radiosurgery follow-up clinic today, seven years after her treatment. As you will "
          "recall, she had Gamma radiosurgery for a right vestibular schwannoma in June 2019, under a stereotactic frame, with a "
          "marginal dose of twelve gray to the fifty percent isodose."),
        P("Her surveillance MRI of 28 January 2027 shows the schwannoma stable at 14 by 11 millimetres, with the central loss of "
          "enhancement we usually see after radiosurgery, and no hydrocephalus. Her right-sided hearing has declined slowly, as "
          "expected, and she now uses a hearing aid; her balance is good and facial function is normal."),
        P("No further treatment is required. I have arranged a further MRI in two years and will see her then. She knows to "
          "contact us sooner if she has new headaches, facial numbness or weakness."),
        P("Yours sincerely,"),
        P("Mr Cathal Ó Riordáin-Fitzgerald, FRCSI, Consultant Neurosurgeon"),
        P("cc: patient"),
    ]], opts=dict(header=banner("BEAUMONT STRAND HOSPITAL (invented)", "Radiosurgery follow-up", 19, "27/07/1955")))])

# a69_20 -- ehr_text: dictated completion summary of conventional palliative spine RT 30 Gy/10 fx; SBRT codes claimed
add(name="a69_20", kind="ehr_text", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 10, ["CT", "MRI"], []),
    lesions=[L("T4-T7 (epidural disease)", "spinal", None, 30, 10)],
    categories=cats(positioning=False),
    notes="Near-miss negative: dictated completion summary of conventional palliative radiotherapy to T4-T7 for "
          "cord compression, thirty gray in ten fractions with AP/PA 3D fields; SBRT was considered and rejected "
          "(recommendation changed). CT sim with MRI fusion, knee and head rest only (no immobilisation device), "
          "daily kV. 10 fractions: the claimed 77373/77435/63620 are inconsistent, no delivery code.",
    docs=[Doc("a69_20.txt", text=f"""
MERIDIAN FALLS HOSPITAL - RADIATION ONCOLOGY
RADIATION THERAPY COMPLETION SUMMARY (dictated)
{patient(20)}  MRN {mrn(20)}  DOB 06/21/1950
Physician: Thaddeus Okafor-Lindgren, MD    Dictated 02/26/2027

Diagnosis: metastatic prostate cancer with T4 through T7 epidural disease and early cord compression.

Course: Mr. Sixtyninepatient was admitted on February 9th with mid back pain and leg weakness, MRI the same day showed epidural tumor from T4 to T7 with cord compression at T5 and T6, and he was started on dexamethasone. Neurosurgery did not feel he was a surgical candidate. We had initially discussed stereotactic body radiation to T5 and T6 at the spine conference, but because of the multilevel epidural disease and his neurologic symptoms the recommendation was changed to conventional palliative radiation. He was simulated on February 10th supine on a knee rest and head rest, no immobilization device, with a CT scan that was fused to the diagnostic MRI to define the epidural disease, and he was treated with 3D conformal AP PA fields with 10 megavolt photons from T3 to T8, thirty gray in ten fractions, three gray per fraction, from February 11th through February 24th, with daily kV imaging matched to the vertebral bodies.

He completed all ten fractions. His leg strength has improved and he is walking with a walker. Pain is controlled. Dexamethasone is being tapered.

Follow up in one month. Continue ADT with Dr. Abiodun-Reyes.

Thaddeus Okafor-Lindgren, MD
{FOOT}
""")])


CORPUS = Corpus("blind_corpus69", "tests/blind_corpus69", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
