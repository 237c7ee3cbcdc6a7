"""Forty-seventh blind corpus, ``tests/blind_corpus47/`` (regenerate: ``python scripts/make_corpus.py blind_corpus47``).

A tuning corpus by a tenth hand: hard negatives and near-misses of kinds no earlier corpus listed (a plan
approved then hospice, a hold converted to whole-brain treatment, a trial eligibility checklist, a physics
end-to-end test on a phantom, chart rounds, a peer-to-peer denial, a nursing teaching note, simulation here and
treatment elsewhere, a conventional IMRT course in high-precision words, a record entered in error, an unsigned
order set with a referral letter) and true courses that look like negatives (negative voice, a completed hold,
a deferred lesion, declined alternatives quoted at length, a future lesion in the plan, devices named as not
used, a follow-up note holding a new course). Three charts contradict themselves (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501

from __future__ import annotations

from pdfmaker import BulletList, ColumnBreak, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["AUGUSTINA", "BRANWELL", "CLEMENTINE", "DELPHINE", "EZEKIEL", "FENELLA", "GIDEON", "HYACINTH", "IGNATIUS",
         "JOSEPHA", "KILLIAN", "LAVINIA", "MORDECAI", "NERISSA", "OSWALDO", "PHILIPPA", "QUENTIN", "ROSALIND",
         "SEVERIN", "THEODORA"]


def patient(n: int) -> str:
    return f"FORTYSEVENPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-470{n:02d}"


def banner(clinic: str, n: int, dob: str, extra: str = "") -> list[str]:
    return [clinic, f"{patient(n)}   MRN {mrn(n)}   DOB {dob}" + (f"   {extra}" if extra else "")]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Nothing stereotactic delivered in this course
# ==================================================================================================

# b47_01 -- bundle: spine SBRT plan approved, patient entered hospice before fraction 1 ----------------------------
_c = "HOLLINGSWORTH VALE CANCER CENTRE - RADIATION ONCOLOGY"
add(name="b47_01", kind="bundle", codes=["77373", "77435", "63620"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a T11 spine SBRT plan (27 Gy / 3, vacuum cushion, CT + MRI fused) is approved and the "
          "first fraction booked; a telephone note then records that the patient enrolled in home hospice and "
          "declined further treatment; the course-closure form says 0 of 3 fractions delivered. Facts empty, "
          "categories unmet, every code inconsistent.",
    docs=[
        Doc("1_plan_approval.pdf", [[
            H1("Plan approval - stereotactic body radiotherapy (spine)"),
            KeyValue([("Target", "PTV_T11 (T11 vertebral body and left pedicle)"),
                      ("Dose", "2700 cGy in 3 fractions, 900 cGy per fraction (planned)"),
                      ("Technique", "2 full VMAT arcs, 6 MV FFF"),
                      ("Immobilisation", "full-body vacuum cushion made at simulation 11/03/2026"),
                      ("Planning images", "CT 1.25 mm 11/03/2026; MRI T1/T2 spine 11/02/2026 fused"),
                      ("Spinal cord", "Dmax 17.9 Gy planned (limit 21.9 Gy / 3)"),
                      ("Status", "APPROVED 11/06/2026 - first fraction booked 11/10/2026")]),
            sig("Ambrose Kettleby-Nunn, MD 11/06/2026"),
        ]], opts=dict(header=banner(_c, 1, "04/19/1950"))),
        Doc("2_telephone_note.txt", text=f"""
TELEPHONE ENCOUNTER  {patient(1)}  {mrn(1)}  11/09/2026 16:20
Call from daughter. Patient was admitted overnight with worsening breathlessness and, after a family meeting with palliative care, has chosen to go home with hospice. She does not wish to come in for the spine radiotherapy tomorrow or later. Appointments for 11/10, 11/12 and 11/14 cancelled. Pain controlled on oral morphine. Offered a single palliative fraction if pain worsens; family will call.
Nurse: Wilhelmina Corrant, RN
{FOOT}
"""),
        Doc("3_course_closure.txt", text=f"""
COURSE CLOSURE FORM - {_c}
Patient: {patient(1)}   MRN: {mrn(1)}
Course: C1 SPINE_T11_SBRT
Fractions planned: 3     Fractions delivered: 0
Reason for closure: patient entered hospice before the first fraction
Dose delivered: none
Physician: Ambrose Kettleby-Nunn, MD   Date: 11/16/2026
{FOOT}
"""),
    ])

# b47_02 -- ehr_text: cranial SRS put on hold for a re-scan; progression; converted to whole brain 30 Gy/10 ---------
_c = "BRACKENRIDGE NEURO-ONCOLOGY CLINIC"
add(name="b47_02", kind="ehr_text", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a dictated interval note. Single-session SRS for three metastases had been simulated "
          "(mask, CT) and was put on hold for a repeat MRI because of new symptoms; the repeat MRI shows more than "
          "fifteen new lesions and leptomeningeal enhancement, so radiosurgery is abandoned and whole-brain "
          "radiotherapy 30 Gy in 10 fractions is to start on 12/09/2026. No treatment given yet. Facts empty.",
    docs=[Doc("b47_02.txt", text=f"""
{_c}
INTERVAL NOTE - DICTATED
Patient: {patient(2)}     MRN: {mrn(2)}     Date of service: 12/02/2026
Dictating: Cressida Pomfret-Ayodele, MD

Reason for visit: review of repeat MRI before planned radiosurgery.

This gentleman with melanoma was seen on 11/18 for three brain metastases (right frontal 1.1 cm, left parietal 0.8 cm, right cerebellar 1.4 cm) and we planned single-fraction radiosurgery, 20 Gy to each, on the linear accelerator. He was fitted with a thermoplastic mask and had his planning CT on 11/23. Before the plan was finished he developed new word-finding difficulty, so we put radiosurgery on hold and repeated the MRI.

The repeat MRI of 11/30/2026 shows well over fifteen new enhancing lesions in both hemispheres and the cerebellum, with new leptomeningeal enhancement along the folia. At this point radiosurgery is no longer the right tool. The radiosurgery plan has been withdrawn and no fraction has been given.

Plan:
1. Whole-brain radiotherapy, 30 Gy in 10 fractions, opposed lateral fields, same mask re-used; simulation tomorrow, first fraction 12/09/2026.
2. Dexamethasone 4 mg twice daily.
3. Discuss with medical oncology about systemic options.

He and his wife understand and agree.

Cressida Pomfret-Ayodele, MD   D: 12/02/2026  T: 12/03/2026
{FOOT}
""")])

# b47_03 -- pdf: research-protocol registration and eligibility checklist (oligometastatic SBRT trial) -------------
_c = "QUARRYMOOR UNIVERSITY HOSPITAL - CLINICAL TRIALS OFFICE"
add(name="b47_03", kind="pdf", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a trial registration and eligibility checklist with [X]/[ ] boxes for an invented "
          "oligometastatic SBRT study; randomised to the SBRT arm (lung 54 Gy / 3 + adrenal 40 Gy / 5 proposed), "
          "baseline CT/PET listed as eligibility items dated before enrolment. Registration only, treatment "
          "'to be scheduled'. Facts empty.",
    docs=[Doc("b47_03.pdf", [[
        H1("PROTOCOL REGISTRATION FORM - ORBIS-5 (oligometastatic ablative radiotherapy)"),
        KeyValue([("Protocol", "ORBIS-5, version 3.1, local PI Dr. Lysander Okonjo-Hale"),
                  ("Participant", f"{patient(3)}  /  {mrn(3)}  /  Study ID Q-047-03"),
                  ("Date of registration", "11/20/2026"),
                  ("Randomisation", "Arm B - standard of care + stereotactic radiotherapy to all sites")]),
        H2("Eligibility checklist (research nurse to complete)"),
        RuledTable([("#", "Criterion", "Met", "Source document"),
                    ("1", "Histologically confirmed carcinoma, controlled primary", "[X]", "pathology 03/2026"),
                    ("2", "1-5 metastatic lesions on staging", "[X]", "PET/CT 11/09/2026 (2 lesions)"),
                    ("3", "ECOG 0-1", "[X]", "clinic note 11/12/2026"),
                    ("4", "No prior radiotherapy to the proposed sites", "[X]", "history"),
                    ("5", "Brain metastases", "[ ] (none on MRI 11/10/2026)", "exclusion not triggered"),
                    ("6", "Pregnancy test", "[ ] N/A", "")]),
        H2("Proposed treatment per protocol (not yet started)"),
        RuledTable([("Site", "Proposed dose", "Fractions", "Planning"),
                    ("Left lower lobe nodule", "54 Gy", "3", "4DCT simulation to be booked"),
                    ("Right adrenal", "40 Gy", "5", "4DCT simulation to be booked")]),
        P("Treatment to be scheduled by radiation oncology within 4 weeks of randomisation. No protocol therapy "
          "has been administered at the time of registration."),
        sig("Marisol Thackeray, research nurse 11/20/2026; verified by Lysander Okonjo-Hale, MD"),
    ]], opts=dict(header=banner(_c, 3, "09/09/1961", "Study ID Q-047-03")))])

# b47_04 -- pdf two-column: physics end-to-end test on the SRS linac with a phantom "patient" -----------------------
_c = "FELLCROFT RADIOTHERAPY PHYSICS - QA RECORD"
add(name="b47_04", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: an annual end-to-end test of the cranial SRS chain on a real gantry linac. The QA "
          "'patient' registered in the record system as a test patient is an anthropomorphic head phantom: "
          "mask, CT + MRI of the phantom, three targets planned 20 Gy / 18 Gy / 20 Gy, delivered with CBCT and "
          "film / ion chamber measured. Two-column page. No human patient treated; facts empty.",
    docs=[Doc("b47_04.pdf", [[
        H1("END-TO-END TEST - CRANIAL SRS (annual)"),
        P("Test 'patient': registered as QA record under the name and number above. This record does NOT "
          "belong to a human patient: the object imaged, planned and irradiated is the department's "
          "anthropomorphic head phantom (serial HP-2209) with film and a 0.01 cc chamber insert."),
        P("Unit: 6 MV FFF gantry linear accelerator, room 3. Date: 11/25/2026, 18:30-21:45."),
        H2("Chain tested"),
        BulletList(["Phantom fixed in a thermoplastic SRS mask on the standard headrest",
                    "CT 1 mm of the phantom; MRI T1 3D of the phantom; rigid fusion checked at 4 landmarks",
                    "Three test targets contoured: TGT1 (9 mm), TGT2 (18 mm), TGT3 (6 mm)",
                    "Single-isocentre plan, 4 non-coplanar arcs, Rx 20 / 18 / 20 Gy",
                    "CBCT match, 6-DoF couch correction, delivery"]),
        ColumnBreak(),
        H2("Results"),
        RuledTable([("Tgt", "Plan Gy", "Meas Gy", "Diff", "Gamma"),
                    ("TGT1", "20.0", "19.84", "-0.8%", "97.9%"),
                    ("TGT2", "18.0", "18.11", "+0.6%", "98.6%"),
                    ("TGT3", "20.0", "19.70", "-1.5%", "95.2%")]),
        P("Meas = 0.01 cc chamber; gamma = film, 3%/1 mm."),
        P("Winston-Lutz before delivery: max 0.6 mm. Overall end-to-end spatial error 0.8 mm (tolerance 1.0 mm)."),
        P("Conclusion: PASS. Unit released for clinical cranial SRS. Test plan and QA patient record to be "
          "archived; no charges to be generated against this record."),
        sig("Barnaby Quillfeather, MSc, DABR (physicist) 11/26/2026"),
    ]], opts=dict(header=banner(_c, 4, "01/01/1900", "QA TEST RECORD"), two_columns=True))])

# b47_05 -- ehr_text: chart-rounds peer review of a lung SBRT plan not yet delivered ------------------------------
_c = "WESTHAVEN PRIORY CANCER INSTITUTE"
add(name="b47_05", kind="ehr_text", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a peer-review (chart rounds) entry for a peripheral right upper lobe SBRT plan "
          "(54 Gy / 3, 4DCT, vacuum cushion, CBCT planned) reviewed before treatment; one reviewer asks for a "
          "rib constraint check; status 'approved with minor comment - start 12/08/2026'. Nothing delivered.",
    docs=[Doc("b47_05.txt", text=f"""
{_c} - DEPARTMENTAL PEER REVIEW (CHART ROUNDS)
Session date: 12/03/2026    Entry type: new-start review (pre-treatment)
Patient: {patient(5)}   MRN: {mrn(5)}   Treating physician: Hortensia Vane-Macleod, MD

Case presented: 77-year-old with a 1.9 cm peripheral right upper lobe adenocarcinoma, medically inoperable (FEV1 38%).
Proposed: SBRT 54 Gy in 3 fractions of 18 Gy, prescribed to the 80% isodose covering PTV (ITV + 5 mm).
Simulation: 4DCT 11/30/2026, arms up in a vacuum cushion; PET/CT 11/14/2026 used for contouring.
Plan status at review: planned, not started. First fraction booked 12/08/2026.

Reviewer comments:
- Contours: agree with ITV; chest wall abutting PTV.
- Rib D1cc 31.8 Gy - please confirm the constraint used (department limit 30 Gy / 3 preferred). Minor.
- Image guidance plan (CBCT each fraction) acceptable.

Outcome: APPROVED WITH MINOR COMMENT. Physician to respond before first fraction.
Reviewers present: Dr. Vane-Macleod, Dr. Fitzwarren-Olu, Dr. Castellane, physicist Ms. Oyelaran-Pike
{FOOT}
""")])

# b47_06 -- bundle: insurer denial letter + peer-to-peer call note (liver SBRT not authorised) ------------------------
_c = "KESTREL BAY ONCOLOGY ASSOCIATES"
add(name="b47_06", kind="bundle", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a payer's adverse determination for liver SBRT (50 Gy / 5) followed by the physician's "
          "peer-to-peer call note (denial upheld; patient to proceed with systemic therapy, SBRT to be "
          "reconsidered). Simulation was never booked. Facts empty.",
    docs=[
        Doc("1_denial_letter.pdf", [[
            H1("NOTICE OF ADVERSE DETERMINATION"),
            P("Issued by: Tidewell Health Plan utilisation review (invented), reference UR-47-06-1182"),
            KeyValue([("Member", f"{patient(6)}"), ("Provider", _c),
                      ("Service requested", "Stereotactic body radiation therapy, liver, 5 fractions (50 Gy)"),
                      ("Decision", "NOT AUTHORISED"), ("Date", "11/13/2026")]),
            P("Rationale: the submitted records describe four hepatic metastases and two new lung nodules. Plan "
              "criteria for ablative liver radiotherapy require limited-volume disease. A peer-to-peer "
              "discussion may be requested within 14 days."),
        ]], opts=dict(header=banner("TIDEWELL HEALTH PLAN - UTILISATION REVIEW", 6, "07/30/1957"))),
        Doc("2_peer_to_peer_note.txt", text=f"""
{_c} - PEER-TO-PEER DOCUMENTATION
Patient: {patient(6)}   MRN: {mrn(6)}   Date: 11/19/2026 11:05-11:20
Spoke with the plan's medical director (radiation oncologist) regarding denial UR-47-06-1182 for liver SBRT.
I presented: colorectal primary resected 2025; liver segment VI lesion 3.2 cm growing on FOLFIRI; other three liver lesions stable at under 1 cm; lung nodules 4 mm indeterminate.
Reviewer position: with four liver lesions and possible lung disease this is not oligometastatic; the denial stands.
Outcome: denial UPHELD. Discussed with the patient by phone at 13:30: he will continue systemic therapy; we will re-image in 8 weeks and reconsider. No simulation was scheduled and no radiotherapy has been given.
Signed: Peregrine Ashdown, MD 11/19/2026
{FOOT}
"""),
    ])

# b47_07 -- pdf: nursing education note before Gamma Knife-style frame radiosurgery ------------------------------------
_c = "ST. ODILE'S REGIONAL HOSPITAL - RADIOSURGERY NURSING"
add(name="b47_07", kind="pdf", codes=["77371", "77432", "61798", "61800"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a nursing pre-procedure teaching note for frame-based cobalt radiosurgery of a left "
          "vestibular schwannoma scheduled for 12/14/2026: what the frame and pins feel like, MRI on the day, "
          "fasting, medicines. Every procedural sentence is future tense; nothing delivered. Facts empty.",
    docs=[Doc("b47_07.pdf", [[
        H1("Patient education record - radiosurgery"),
        KeyValue([("Visit", "12/01/2026, nurse clinic, 45 minutes"), ("Learner", "patient and husband"),
                  ("Procedure scheduled", "12/14/2026, multi-source cobalt radiosurgery, left vestibular schwannoma"),
                  ("Barriers to learning", "mild left hearing loss - seated on her right side")]),
        H2("Topics taught"),
        RuledTable([("Topic", "Method", "Response"),
                    ("Arrival 06:00, nothing to eat after midnight", "verbal + leaflet", "verbalised"),
                    ("Head frame: four pins under local anaesthetic, worn until treatment ends", "model frame shown", "asked about pain - answered"),
                    ("Stereotactic MRI with the frame on, the morning of treatment", "verbal", "verbalised"),
                    ("Treatment length may be 40-70 minutes; no sensation during it", "verbal", "verbalised"),
                    ("Pin-site care and headache after frame removal", "leaflet RS-4", "return demonstration"),
                    ("Hold aspirin 5 days; continue other medicines", "verbal", "verbalised")]),
        P("Outcome: patient able to describe the day of treatment in her own words. Consent to be signed with "
          "the neurosurgeon on the day. Call line given."),
        sig("Seraphina Holloway-Mbeki, RN, radiosurgery nurse coordinator 12/01/2026"),
    ]], opts=dict(header=banner(_c, 7, "05/05/1966")))])

# b47_08 -- bundle: simulated here, then treated at another centre (transfer letter) ----------------------------------
_c = "MARROWGATE COUNTY HOSPITAL - RADIOTHERAPY DEPARTMENT"
add(name="b47_08", kind="bundle", codes=["77373", "77435", "63620"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a spine SBRT simulation note (L2, vacuum cushion, CT + MRI) at this hospital, then a "
          "transfer letter: the patient moved to be near family and the course will be planned and delivered at "
          "another centre; images and contours sent. Nothing delivered here or reported delivered. Facts empty.",
    docs=[
        Doc("1_simulation_note.txt", text=f"""
{_c}
SIMULATION NOTE   {patient(8)}   {mrn(8)}   10/27/2026
Site: L2 vertebral metastasis (renal cell carcinoma), for stereotactic body radiotherapy 24 Gy in 2 fractions (proposed).
Position: supine, arms on chest, full-length vacuum cushion, knee support. CT 1 mm from T10 to S1 with IV contrast. MRI lumbar spine 10/25/2026 (T1, T2, STIR) to be fused for cord / cauda contouring.
Contouring to follow; plan not yet started.
Therapist: Ingram Sallow, RTT     Physician: Leocadia Strand-Ibekwe, MD
{FOOT}
"""),
        Doc("2_transfer_letter.pdf", [[
            H1("Letter - transfer of care"),
            P("Dear Dr. Faulkenrath, Lindenfield Radiotherapy Centre,"),
            P(f"Re: {patient(8)}, MRN {mrn(8)}"),
            P("Thank you for taking over the care of this 64-year-old man with a painful L2 metastasis from renal cell "
              "carcinoma. We simulated him on 10/27/2026 for stereotactic radiotherapy, 24 Gy in 2 fractions, but "
              "he has now moved to live with his daughter in your area and would prefer to be treated there. His "
              "plan was never completed here and no radiotherapy has been delivered at our hospital."),
            P("Enclosed on disc: the simulation CT, the fused MRI and draft contours (GTV_L2, spinal canal). You will "
              "need your own immobilisation and simulation. Pain is controlled on paracetamol and oxycodone."),
            P("With kind regards,"),
            sig("Leocadia Strand-Ibekwe, MD, Consultant Clinical Oncologist 11/04/2026"),
        ]], opts=dict(header=banner(_c, 8, "02/14/1962"))),
    ])

# b47_09 -- pdf: conventional IMRT prostate 70 Gy / 28 written in high-precision words -----------------------------
_c = "ELDERWICK PROSTATE & PELVIS CENTRE"
add(name="b47_09", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 28, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate and proximal seminal vesicles (PTV_70)", "body", None, 70, 28)],
    categories=cats(),
    notes="Near-miss: a moderately hypofractionated IMRT course, 70 Gy in 28 fractions, described as 'high "
          "precision', 'highly conformal', 'image-guided' with gold fiducials, a pelvic immobiliser and daily "
          "kV matching; the word 'stereotactic' appears only in 'not a stereotactic course'. Labelled like "
          "earlier conventional near-misses: the delivered course's facts (28 fractions), claimed 77373 / 77435 "
          "inconsistent, no delivery code.",
    docs=[Doc("b47_09.pdf", [[
        H1("End of treatment summary - high precision image-guided radiotherapy"),
        KeyValue([("Diagnosis", "Adenocarcinoma prostate, Gleason 4+3, PSA 11.2, cT2b N0 M0"),
                  ("Course dates", "09/14/2026 - 10/21/2026"),
                  ("Technique", "Highly conformal intensity-modulated arc therapy, 6 MV, 2 arcs"),
                  ("Dose", "7000 cGy in 28 daily fractions of 250 cGy (moderate hypofractionation)"),
                  ("Markers", "3 gold fiducial seeds implanted 08/28/2026, all 3 seen daily"),
                  ("Immobilisation", "pelvic immobiliser with knee and foot stocks; comfortably full bladder"),
                  ("Planning imaging", "CT 2 mm 09/04/2026 fused to MRI pelvis 09/04/2026"),
                  ("Image guidance", "daily kV pair match to fiducials; CBCT weekly")]),
        RuledTable([("Week", "Fractions", "Dose this week [cGy]", "Cumulative [cGy]", "Comment"),
                    ("1", "1-5", "1250", "1250", ""), ("2", "6-10", "1250", "2500", ""),
                    ("3", "11-15", "1250", "3750", "urinary frequency G1"), ("4", "16-20", "1250", "5000", ""),
                    ("5", "21-25", "1250", "6250", ""), ("6", "26-28", "750", "7000", "completed 10/21/2026")]),
        P("This was not a stereotactic course: the patient declined five-fraction treatment in favour of the "
          "28-fraction schedule after discussion of the trial data. Delivered: PTV_70 (prostate and proximal "
          "seminal vesicles) 7000 cGy in 28 fractions. Short-course ADT 6 months continues."),
        sig("Augustin Merriwether-Kale, MD 10/21/2026"),
    ]], opts=dict(header=banner(_c, 9, "12/03/1955")))])

# b47_10 -- scan: treatment summary marked ENTERED IN ERROR (wrong chart), with the correction ---------------------
_c = "PENROSE HILL MEDICAL CENTER - RADIATION ONCOLOGY"
add(name="b47_10", kind="scan", codes=["77372", "77432", "61796"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative, scanned at 150 dpi: a full single-session cranial SRS summary (one right parietal "
          "metastasis 20 Gy, mask, CT + MRI, CBCT) filed in this patient's chart, struck through as ENTERED IN "
          "ERROR, with a correction notice on page 2 saying the document belongs to another patient and this "
          "patient has received no radiosurgery. Facts empty.",
    docs=[Doc("b47_10.pdf", [[
        H1("*** ENTERED IN ERROR - SEE CORRECTION NOTICE ***"),
        H2("Stereotactic radiosurgery treatment summary"),
        KeyValue([("Date of treatment", "10/08/2026"), ("Target", "Right parietal metastasis, 1.6 cm"),
                  ("Prescription", "20 Gy in 1 fraction to the 80% isodose, 5 non-coplanar arcs"),
                  ("Immobilisation", "open-face SRS mask"), ("Imaging", "CT 1 mm + MRI T1 post-contrast fused"),
                  ("Image guidance", "CBCT and surface monitoring"), ("Delivered", "20 Gy, complete")]),
        P("[Document voided 10/14/2026 09:12 by HIM - reason: filed to wrong patient record]"),
    ], [
        H1("CORRECTION NOTICE - HEALTH INFORMATION MANAGEMENT"),
        P(f"The treatment summary dated 10/08/2026 was scanned into the record of {patient(10)} ({mrn(10)}) in "
          "error. It belongs to a different patient and has been moved to the correct record. This patient has "
          "not received stereotactic radiosurgery or any radiotherapy at this centre. Any charges generated "
          "against this record from that document have been reversed."),
        P("Attested: Dorothea Finchley-Amadi, RHIA, HIM supervisor, 10/14/2026. Reviewed: Dr. Caspian Thorne-Obi."),
    ]], opts=dict(header=banner(_c, 10, "08/22/1970", "SCANNED DOCUMENT"), scan=True, scan_dpi=150, font="Courier"))])

# b47_11 -- bundle: referral letter asking whether SRS is appropriate + printed, unsigned order set ---------------
_c = "ASHCOMBE NEUROSCIENCES - RADIOSURGERY SERVICE"
add(name="b47_11", kind="bundle", codes=["77372", "77432", "61798"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a neurosurgeon's referral letter asking whether radiosurgery is appropriate for a "
          "right cavernous-sinus meningioma, and an SRS order set printed for the consult with boxes pre-ticked "
          "(25 Gy / 5, mask, MRI + CT) but unsigned and marked DRAFT - NOT RELEASED. No consult outcome, no "
          "treatment. Facts empty.",
    docs=[
        Doc("1_referral_letter.txt", text=f"""
Cobbleford Spinal & Cranial Surgery (invented)
Mr. Aurelio Vantongeren, FRCS, Consultant Neurosurgeon

11/23/2026

Dear Radiosurgery Team at {_c},

Re: {patient(11)}, MRN {mrn(11)}

I would be grateful for your opinion on whether stereotactic radiosurgery or fractionated stereotactic radiotherapy would be appropriate for this 59-year-old lady with a 2.6 cm right cavernous sinus meningioma, growing 3 mm over two years, with mild right sixth-nerve palsy. I do not think surgery is attractive given the sinus involvement. The lesion is 4 mm from the right optic nerve on the MRI of 11/10/2026 (report enclosed). Would you see her and advise? She may prefer observation.

Yours sincerely,
Aurelio Vantongeren
{FOOT}
"""),
        Doc("2_order_set_DRAFT.pdf", [[
            H1("ORDER SET - STEREOTACTIC RADIOTHERAPY, CRANIAL   [DRAFT - NOT RELEASED]"),
            P("Printed for consult preparation 11/30/2026 10:02. This order set has not been signed and no orders "
              "are active."),
            RuledTable([("", "Order", "Detail"),
                        ("[X]", "Immobilisation", "thermoplastic SRS mask"),
                        ("[X]", "Planning CT", "1 mm head, no contrast"),
                        ("[X]", "Planning MRI", "3D T1 post-gadolinium, 1 mm"),
                        ("[X]", "Prescription", "25 Gy in 5 fractions to PTV_MEN (GTV + 1 mm)"),
                        ("[ ]", "Head frame", ""),
                        ("[X]", "Image guidance", "CBCT each fraction")]),
            P("Ordering physician signature: ______________________   Date: ________"),
            P("Status: UNSIGNED - awaiting consultation"),
        ]], opts=dict(header=banner(_c, 11, "06/17/1967", "ORDER SET PRINTOUT"))),
    ])


# ==================================================================================================
# True courses that look like negatives
# ==================================================================================================

# b47_12 -- ehr_text: negative-voice SRS completion note (2 lesions), opening says three (contradiction) ----------------
_c = "GLENMARROW CANCER CARE - RADIATION ONCOLOGY"
add(name="b47_12", kind="ehr_text", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal metastasis", "cranial", S, 20, 1), L("right occipital metastasis", "cranial", S, 18, 1)],
    categories=cats(),
    notes="True course in negative voice: 'no acute toxicity, no interruption, no changes, no frame, no "
          "sedation, no seizure'. Single-session linac SRS with a mask to two metastases (left frontal 20 Gy, "
          "right occipital 18 Gy), CT + MRI, CBCT + surface guidance. The opening line says 'three lesions'; "
          "the lesion table and the rest say two.",
    contradiction="The opening sentence says three brain lesions were treated; the lesion table, the plan and the "
                  "summary list two (left frontal 20 Gy and right occipital 18 Gy).",
    docs=[Doc("b47_12.txt", text=f"""
{_c}
SRS COMPLETION NOTE
Patient: {patient(12)}   MRN: {mrn(12)}   Date: 11/17/2026   Physician: Evangeline Rooksby-Tan, MD

Radiosurgery to three brain lesions was completed today without incident.

Course: single fraction on 11/17/2026, 6 MV FFF gantry linear accelerator, single isocentre, 4 non-coplanar arcs, prescription to the 80% isodose line.
Planning: CT 1 mm in the thermoplastic SRS mask (11/10/2026) fused with MRI 3D T1 post-gadolinium (11/09/2026); GTV = PTV (0 mm margin) for each target.
Pre-treatment verification: CBCT matched with 6-degree-of-freedom couch, residual 0.4 mm; surface guidance throughout, no beam holds.

Lesion        | Size   | Rx (Gy) | Fx | Delivered
left frontal  | 1.2 cm | 20      | 1  | 20 Gy
right occipital | 2.1 cm | 18    | 1  | 18 Gy

Review of today:
- No acute toxicity. No nausea, no headache, no seizure.
- No interruption of treatment. No couch re-positioning beyond the initial CBCT shift.
- No changes to the approved plan.
- No frame was used and none was required. No sedation.
- No steroids prescribed.

Follow-up: MRI brain in 8 weeks. No further radiotherapy planned at present.
Electronically signed: Evangeline Rooksby-Tan, MD 11/17/2026 15:44
{FOOT}
""")])

# b47_13 -- bundle: robotic spine SBRT 24 Gy / 2 completed after a 9-day hold; T9 vs T8 (contradiction) ---------------
_c = "TALLOWBRIDGE SPINE & RADIOSURGERY CENTER"
add(name="b47_13", kind="bundle", codes=["G0339", "G0340", "77435", "63620"],
    facts=F("robotic_linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T8 vertebral metastasis", "spinal", None, 24, 2)],
    categories=cats(),
    notes="True course completed after a hold: robotic-arm linac spine SBRT, T8, 12 Gy x 2; fraction 1 on "
          "11/02, a hold for a wound dehiscence at a recent port site, fraction 2 on 11/11. Spine tracking "
          "without fiducials, vacuum cushion, planning CT + MRI. The hold note calls the "
          "target T9; plan, record and completion say T8.",
    contradiction="The hold note names the treated level T9, while the plan, the treatment record and the "
                  "completion note name T8.",
    docs=[
        Doc("1_plan_summary.pdf", [[
            H1("Robotic radiosurgery plan summary - spine"),
            KeyValue([("Unit", "robotic-arm mounted 6 MV linac"), ("Tracking", "spine tracking (no fiducials)"),
                      ("Target", "PTV_T8 (T8 body + both pedicles)"), ("Rx", "24 Gy in 2 fractions, 80% isodose"),
                      ("Beams", "184 non-isocentric beams, 2 fixed collimators"),
                      ("Images", "CT 1 mm 10/27/2026 + MRI T1/T2 thoracic spine 10/26/2026 fused"),
                      ("Immobilisation", "vacuum cushion, arms at sides"),
                      ("Cord", "Dmax 15.6 Gy / 2 (limit 17 Gy)")]),
            sig("Montgomery Ashby-Oduya, MD; physicist Clarabel Wren 10/30/2026"),
        ]], opts=dict(header=banner(_c, 13, "03/03/1958"))),
        Doc("2_hold_note.txt", text=f"""
ON-TREATMENT NOTE - TREATMENT HOLD   {patient(13)}  {mrn(13)}  11/04/2026
Fraction 1 of 2 to the T9 lesion given 11/02 without problems. Today the chest port incision has opened (dehiscence, no infection). Holding fraction 2 until surgical review. No change to the plan.
Montgomery Ashby-Oduya, MD
{FOOT}
"""),
        Doc("3_treatment_record.txt", text=f"""
{_c} - TREATMENT RECORD (robotic linac)   {patient(13)}  {mrn(13)}
Fx | Date       | Plan      | Tracking corrections (mm) | Dose (cGy) | Cumulative | Status
1  | 11/02/2026 | SPINE_T8  | 0.6 / 0.4 / 0.9            | 1200       | 1200       | Delivered
-  | 11/05/2026 | SPINE_T8  | -                          | 0          | 1200       | HOLD (wound)
2  | 11/11/2026 | SPINE_T8  | 0.5 / 0.7 / 0.3            | 1200       | 2400       | Delivered
{FOOT}
"""),
        Doc("4_completion.txt", text=f"""
COMPLETION NOTE  {patient(13)}  {mrn(13)}  11/11/2026
SBRT to T8 completed today after a nine-day hold for port-site wound healing: 24 Gy in 2 fractions (12 Gy x 2). Both fractions with spine tracking. No pain flare. Follow-up MRI in 3 months.
Electronically signed: Montgomery Ashby-Oduya, MD 11/11/2026
{FOOT}
"""),
    ])

# b47_14 -- pdf: cobalt frame SRS, one lesion treated, a second focus deferred for observation ---------------------
_c = "DRUMLANRIG NEUROSURGICAL INSTITUTE - RADIOSURGERY"
add(name="b47_14", kind="pdf", codes=["77371", "77432", "61796", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left cerebellar metastasis", "cranial", S, 18, 1)],
    categories=cats(),
    notes="True course with a second lesion deferred: frame-based cobalt radiosurgery of a 2.4 cm left "
          "cerebellar metastasis 18 Gy at 50%; a 2 mm right frontal dural-based focus on the stereotactic MRI "
          "was judged equivocal and deliberately NOT treated (observe on the next MRI). The plan table lists "
          "both with the second row 'deferred - 0 Gy'. One lesion.",
    docs=[Doc("b47_14.pdf", [[
        H1("Radiosurgery procedure report"),
        KeyValue([("Date", "10/29/2026"), ("Unit", "multi-source cobalt-60 radiosurgery unit"),
                  ("Frame", "stereotactic head frame applied 07:10 under local anaesthetic, 4 pins"),
                  ("Imaging", "stereotactic MRI (T1 post-contrast, 1 mm) and CT with the frame on, co-registered"),
                  ("Frame check", "co-ordinate verification before the first run: 0.2 mm")]),
        H2("Targets"),
        RuledTable([("Target", "Location", "Size", "Marginal dose", "Isodose", "Shots", "Decision"),
                    ("A", "left cerebellar hemisphere", "2.4 cm", "18 Gy", "50%", "11", "treated"),
                    ("B", "right frontal convexity, dural-based", "2 mm", "-", "-", "-", "deferred - 0 Gy, observe")]),
        P("Target B is an equivocal 2 mm focus seen only on the stereotactic MRI; it may be a vessel or dural "
          "enhancement. After discussion with the patient it was not treated today and will be reassessed on "
          "the 8-week MRI."),
        P("Delivered: target A, left cerebellar metastasis, 18 Gy in a single session, beam-on 42 minutes, no "
          "interruptions. Frame removed 11:35. Discharged home."),
        sig("Lucasta Penhallow-Ife, MD (neurosurgery) and Octavian Brightwater, MD (radiation oncology) 10/29/2026"),
    ]], opts=dict(header=banner(_c, 14, "10/10/1953")))])

# b47_15 -- ehr_text: lung SBRT completion note quoting declined alternatives; 'four' vs three (contradiction) -------
_c = "HARROWDENE THORACIC ONCOLOGY"
add(name="b47_15", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left lower lobe peripheral tumour", "body", None, 54, 3)],
    categories=cats(),
    notes="True course buried under declined alternatives: a completion note quoting at length the lobectomy, "
          "wedge resection, 60 Gy / 30 conventional course, proton therapy and observation the patient declined, "
          "then documenting lung SBRT 54 Gy / 3 delivered on a gantry linac with 4DCT, PET, vacuum cushion and "
          "CBCT. The opening line says 'four fractions'; the fraction table and the summary say three.",
    contradiction="The opening line says SBRT was completed in four fractions, while the fraction table and the "
                  "summary show three fractions of 18 Gy (54 Gy).",
    docs=[Doc("b47_15.txt", text=f"""
{_c}  |  TREATMENT COMPLETION SUMMARY  |  {patient(15)}  |  {mrn(15)}  |  11/24/2026

Stereotactic treatment of the left lower lobe tumour was completed today in four fractions.

Background and decision. This 81-year-old former smoker has a 2.2 cm peripheral left lower lobe adenocarcinoma, cT1c N0 on PET/CT 10/21/2026. At consultation on 10/26 the following options were discussed in detail and documented again here at his request:
  (a) Lobectomy by VATS - recommended by thoracic surgery as the standard; DECLINED by the patient (fear of prolonged admission).
  (b) Sublobar (wedge) resection - DECLINED for the same reason.
  (c) Conventionally fractionated radiotherapy, 60 Gy in 30 daily fractions over six weeks - DECLINED (travel, 70 miles each way).
  (d) Proton therapy at a distant centre - DECLINED.
  (e) Active surveillance with CT every 3 months - DECLINED; he wishes to have the tumour treated.
  (f) Stereotactic body radiotherapy, 54 Gy in 3 fractions - ACCEPTED.

Simulation 11/05/2026: supine in a vacuum cushion with arms above the head; 4DCT 2 mm with ITV from all phases; PET/CT of 10/21 fused for contouring.
Plan: PTV = ITV + 5 mm, 2 VMAT arcs 6 MV FFF, 54 Gy prescribed to the 80% isodose.

Fx  Date        Dose    Verification
1   11/18/2026  18 Gy   CBCT, shifts 2/1/3 mm applied
2   11/21/2026  18 Gy   CBCT, shifts 1/0/2 mm
3   11/24/2026  18 Gy   CBCT, shifts 1/1/1 mm

Summary: left lower lobe tumour, 54 Gy in 3 fractions delivered 11/18-11/24/2026. Mild fatigue only. CT chest in 3 months.
Electronically signed: Isadora Whitlock-Baptiste, MD 11/24/2026
{FOOT}
""")])

# b47_16 -- bundle: robotic cranial SRS delivered today; Plan lists future SRS for a new lesion -------------------------
_c = "OAKENSHAW RADIOSURGERY PAVILION"
add(name="b47_16", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=F("robotic_linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal metastasis", "cranial", S, 22, 1)],
    categories=cats(),
    notes="True course beside a future one: a procedure note and a visit note of the same day. Right frontal "
          "metastasis treated today on a robotic-arm linac, 22 Gy in one session, mask, skull tracking, CT + "
          "MRI. The visit note's Plan lists radiosurgery for a new 5 mm left occipital lesion to be planned "
          "separately in January: not delivered, so one lesion and the claimed 61797 is inconsistent.",
    docs=[
        Doc("1_procedure_note.pdf", [[
            H1("Radiosurgery procedure note"),
            KeyValue([("Date", "11/26/2026"), ("Unit", "robotic-arm mounted 6 MV linac, skull tracking"),
                      ("Immobilisation", "frameless thermoplastic mask"),
                      ("Planning", "CT 1 mm 11/19/2026 + MRI T1 post-contrast 11/18/2026, fused"),
                      ("Target", "right frontal metastasis, 1.7 cm, PTV = GTV + 1 mm"),
                      ("Prescription", "22 Gy in 1 fraction to the 78% isodose, 162 beams, 2 collimators"),
                      ("Tracking", "orthogonal kV images every 30-60 s, corrections < 0.5 mm")]),
            P("Treatment delivered in full, 11/26/2026, 58 minutes. Right frontal metastasis: 22 Gy."),
            sig("Wendeline Achterberg-Sowande, MD 11/26/2026"),
        ]], opts=dict(header=banner(_c, 16, "02/02/1960"))),
        Doc("2_visit_note.txt", text=f"""
{_c} - POST-PROCEDURE VISIT   {patient(16)}   {mrn(16)}   11/26/2026 15:10

S: Tolerated today's radiosurgery to the right frontal lesion; mild scalp tightness from the mask.
O: Alert, neuro exam unchanged. Vitals normal.
A: Right frontal metastasis treated today (22 Gy x 1).
   New 5 mm left occipital enhancing lesion on the 11/18 planning MRI, not present in September - not part of today's plan.
P: 1. Radiosurgery for the new left occipital lesion - plan as a separate procedure, target date early January 2027, likely 20-22 Gy in 1 fraction; new MRI first.
   2. Dexamethasone taper over 5 days.
   3. Continue lorlatinib.

Wendeline Achterberg-Sowande, MD
{FOOT}
"""),
    ])

# b47_17 -- pdf: fractionated cavity SRS with a device list of devices NOT used (frame claimed) --------------------
_c = "CINDERFORD GENERAL - STEREOTACTIC SERVICE"
add(name="b47_17", kind="pdf", codes=["77373", "77435", "61798", "61800"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left temporal resection cavity", "cranial", C, 30, 5)],
    categories=cats(),
    notes="True course whose device checklist mostly lists devices NOT used: 'head frame: not required', "
          "'fiducials: not placed', 'vacuum cushion: not used', 'bite block: no'; mask used. Post-operative left "
          "temporal cavity 3.8 cm (complex by size) 30 Gy / 5 on a gantry linac, CT + MRI, CBCT each fraction. "
          "Claimed 61800 inconsistent (no frame).",
    docs=[Doc("b47_17.pdf", [[
        H1("Fractionated stereotactic radiotherapy - course summary"),
        KeyValue([("Target", "left temporal resection cavity (largest dimension 3.8 cm)"),
                  ("Prescription", "30 Gy in 5 fractions of 6 Gy to the 80% isodose; 3 VMAT arcs, 6 MV FFF"),
                  ("Planning", "CT 1 mm in mask 10/13/2026; post-op MRI 10/12/2026 fused; CTV = cavity + 2 mm"),
                  ("Dates", "10/19, 10/20, 10/21, 10/22, 10/23/2026")]),
        H2("Devices and accessories"),
        RuledTable([("Device", "Used?", "Comment"),
                    ("Stereotactic head frame", "No", "not required for a 5-fraction course"),
                    ("Thermoplastic SRS mask", "Yes", "made 10/13/2026, used for all fractions"),
                    ("Bite block / mouthpiece", "No", ""),
                    ("Implanted fiducial markers", "No", "not placed"),
                    ("Vacuum cushion", "No", ""),
                    ("Surface-guidance camera", "No", "unit not equipped"),
                    ("Cone-beam CT", "Yes", "before every fraction, 6-DoF match")]),
        RuledTable([("Fx", "Date", "Dose [Gy]", "Cumulative [Gy]"), ("1", "10/19/2026", "6", "6"), ("2", "10/20/2026", "6", "12"),
                    ("3", "10/21/2026", "6", "18"), ("4", "10/22/2026", "6", "24"), ("5", "10/23/2026", "6", "30")]),
        P("Left temporal resection cavity: 30 Gy in 5 fractions delivered as planned."),
        sig("Benedikt Farrant-Osei, MD 10/23/2026"),
    ]], opts=dict(header=banner(_c, 17, "11/29/1964")))])

# b47_18 -- bundle: follow-up note after earlier liver SBRT that also records a new adrenal course this week --------
_c = "LYNDHURST MOOR ONCOLOGY - RADIOTHERAPY"
add(name="b47_18", kind="bundle", codes=["77373", "77435", "77432"],
    facts=F("linac", ["body"], 1, 5, ["CT"], ["body_immobilization"]),
    lesions=[L("left adrenal metastasis", "body", None, 40, 5)],
    categories=cats(),
    notes="True course inside a follow-up note: a 12-month follow-up after liver SBRT of 2025 (50 Gy / 5, history) "
          "whose second half records that a new left adrenal metastasis was treated this week, 40 Gy in 5 "
          "fractions Mon-Fri on a gantry linac with 4DCT and abdominal compression in a vacuum cushion, CBCT daily; "
          "plus the adrenal fraction log. Only the adrenal course counts; the claimed 77432 (single-session cranial) is inconsistent.",
    docs=[
        Doc("1_followup_note.txt", text=f"""
{_c}
FOLLOW-UP AND ON-TREATMENT NOTE   {patient(18)}   {mrn(18)}   12/04/2026
Physician: Rosamund Eke-Hartigan, MD

1. Follow-up of liver SBRT (2025). Segment VII metastasis treated 50 Gy in 5 fractions in December 2025. CT 11/20/2026 shows a stable 1.1 cm scar, no enhancement. LFTs normal. No late toxicity. Continue surveillance.

2. New course this week. The same CT showed a new 2.3 cm left adrenal metastasis. Simulated 11/24/2026 with a 4DCT in a vacuum cushion with an abdominal compression belt; ITV from all phases, PTV = ITV + 5 mm. Treated 40 Gy in 5 fractions of 8 Gy, 11/30 to 12/04/2026, 2 VMAT arcs, CBCT before each fraction. All five delivered; today's was the last.

Assessment: liver lesion controlled; left adrenal SBRT completed today (40 Gy / 5). Mild nausea fraction 3, settled with ondansetron.
Plan: CT chest/abdomen in 3 months.
Electronically signed: Rosamund Eke-Hartigan, MD 12/04/2026
{FOOT}
"""),
        Doc("2_fraction_log.pdf", [[
            H2("Fraction log - course C2 L_ADRENAL"),
            TextTable([("Fx", "Date", "Dose (cGy)", "Total (cGy)", "IGRT", "Therapists"),
                       ("1", "11/30/2026", "800", "800", "CBCT", "JN/PA"),
                       ("2", "12/01/2026", "800", "1600", "CBCT", "JN/PA"),
                       ("3", "12/02/2026", "800", "2400", "CBCT", "PA/RT"),
                       ("4", "12/03/2026", "800", "3200", "CBCT", "JN/RT"),
                       ("5", "12/04/2026", "800", "4000", "CBCT", "JN/PA")],
                      columns=[0, 40, 130, 220, 310, 380]),
        ]], opts=dict(header=banner(_c, 18, "06/21/1949"))),
    ])

# b47_19 -- scan: dictated prostate SBRT completion letter in negative voice (scanned 180 dpi) ---------------------
_c = "SILVERMERE UROLOGY & RADIOTHERAPY"
add(name="b47_19", kind="scan", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(plan=False),
    notes="True course, scanned at 180 dpi: a dictated letter to the GP about prostate SBRT 36.25 Gy in 5 "
          "fractions in negative voice ('no rectal spacer, no catheter, no interruptions, no change'). Fiducials "
          "used for daily matching; CT + MRI. No plan parameters (isodose, arcs, planning system) in the letter: "
          "plan unmet.",
    docs=[Doc("b47_19.pdf", [[
        P("SILVERMERE UROLOGY & RADIOTHERAPY, Weyford Road (invented)"),
        P("12/01/2026"),
        P("Dr. Anselm Kettlewell, Brookside Surgery"),
        P(f"Dear Dr. Kettlewell, re {patient(19)}, MRN {mrn(19)}"),
        P("Your patient has completed stereotactic radiotherapy to the prostate for his intermediate-risk cancer: "
          "36.25 Gy in 5 fractions, given on alternate days from 11/20 to 11/28/2026 on our linear accelerator. "
          "Three gold fiducial markers placed by the urologists on 10/30 were matched on kV images before every "
          "fraction. Planning used a CT on 11/09 fused with an MRI of the prostate."),
        P("There is little else to report. No rectal spacer was used. He did not need a catheter. There were no "
          "interruptions and no changes to the planned treatment. No hormone therapy was given. He has no "
          "urinary retention and no bleeding, only mild frequency."),
        P("We will see him with a PSA in 3 months. Please do not hesitate to call."),
        P("Yours sincerely, Thaddeus Morrow-Akande, MD, Consultant Clinical Oncologist"),
        P("Dictated 12/01/2026, typed 12/02/2026 by KL"),
    ]], opts=dict(header=banner(_c, 19, "01/15/1951", "SCANNED"), scan=True, scan_dpi=180, font="Courier"))])

# b47_20 -- pdf: cobalt frame trigeminal neuralgia, day checklist in negative voice --------------------------------
_c = "PEMBERLEY FOSS FUNCTIONAL NEUROSURGERY"
add(name="b47_20", kind="pdf", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve (root entry)", "cranial", C, 80, 1)],
    categories=cats(),
    notes="True course documented as a day-of-procedure checklist with mostly 'no' answers (no anticoagulant, "
          "no pacemaker, no MRI contraindication, no sedation, no complications, no second target). Right "
          "trigeminal neuralgia, cobalt unit, frame, MRI + CT, one 4 mm shot, 80 Gy maximum; functional target "
          "= complex.",
    docs=[Doc("b47_20.pdf", [[
        H1("Radiosurgery day record - functional"),
        KeyValue([("Date", "11/12/2026"), ("Indication", "right trigeminal neuralgia, V2/V3, medically refractory"),
                  ("Unit", "multi-source cobalt-60 radiosurgery unit")]),
        RuledTable([("Check", "Y/N", "Note"),
                    ("Anticoagulant held", "N/A", "not on anticoagulants"),
                    ("Pacemaker / MRI contraindication", "N", ""),
                    ("Head frame applied", "Y", "07:05, 4 pins, local anaesthetic"),
                    ("Sedation", "N", "oral lorazepam offered, declined"),
                    ("Stereotactic MRI (CISS 0.6 mm)", "Y", "08:00, frame fiducials"),
                    ("Stereotactic CT", "Y", "08:25, co-registered"),
                    ("Frame co-ordinate check", "Y", "0.3 mm"),
                    ("Second target", "N", "")]),
        H2("Plan and delivery"),
        P("Target: right trigeminal nerve root entry zone, 6 mm anterior to the pons. One 4 mm shot, maximum dose "
          "80 Gy (100%); brainstem 15 Gy isodose surface 0.4 mm from the pontine surface."),
        P("Delivered 10:02-11:06 without interruption: right trigeminal nerve 80 Gy maximum dose in one session."),
        H2("Post-procedure"),
        P("No complications. No pin-site bleeding. No nausea. Frame removed 11:15. Discharged 13:00."),
        sig("Cornelius Tregaskis-Uba, MD (neurosurgery); Honoria Blackwood, MD (radiation oncology) 11/12/2026"),
    ]], opts=dict(header=banner(_c, 20, "09/27/1945")))])


CORPUS = Corpus("blind_corpus47", "tests/blind_corpus47", CHARTS, pdf_options={"footer": FOOT, "font": "Helvetica"},
                hand_written=["README.md", "FIRST_RUN.md"])
