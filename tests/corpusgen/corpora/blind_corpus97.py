"""Ninety-seventh blind corpus, ``tests/blind_corpus97/`` (regenerate: ``python scripts/make_corpus.py blind_corpus97``).

TUNING SET, written blind (without reading the reader's code): the chart's vocabulary used in OTHER SENSES.

Twenty charts in which the words a stereotactic-radiotherapy reader keys on appear with another meaning, beside
real courses that use them in their real sense: a frame-based stereotactic biopsy, a stereotactic frame for DBS
lead placement, stereo-EEG electrodes and a stereotactic breast biopsy in the history; SRS-22r spine outcome
scores; gamma pass rates and gamma-GT; "frame" as a walking frame, a timeframe or a DICOM frame of reference;
surgical face masks and mask ventilation under anaesthesia; fiducial skin tattoos and CT-phantom fiducials;
a staff simulation drill; skin, liver and white-matter "lesions" that are not targets; RECIST target lesions
and a target INR; cone-beam CT beside stereotactic cones; clinics called "... CyberKnife Center" and
"... Gamma Knife Center" on a gantry-linac course, a conventional course and a follow-up note; an immunisation
booster; ejection fraction and "a fraction of the dose"; SBRT in literature citations and trial names; an
MR-conditional pacemaker and DBS system; a fracture cast ("immobilization"); isocentre checks in machine QA; a
pet dog. Twelve stereotactic courses (cranial 5, spine 2, body 5), two of them self-contradicting charts
(``review_expected``), and eight hard negatives (a DBS operative note, a stereo-EEG
implantation note, a stereotactic breast biopsy report, a physics SRS QA report filed under a patient's claim,
a Gamma Knife follow-up visit, an SBRT consult citing trials, two conventional courses). Printouts, EHR text
exports, dictations and bundles of 2-3 files (.pdf/.txt); some claimed codes are wrong. Every patient, clinic,
clinician and planning / record system is invented.

Gold labels are written by hand from what the chart says, ../shared/corpus/README.md and the contract: only
THIS course's lesions, delivered doses and fractions; words used in another sense contribute nothing.
"""

# ruff: noqa: E501  (dictations are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import BulletList, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

PATIENTS = [("ULLSWATER", "MARGERY"), ("UMBERLEIGH", "DORCAS"), ("UPCOTT", "BARNABY"), ("URQUHART-LANE", "ELSPETH"),
            ("USHERWOOD", "REGINALD"), ("UFFINGTON", "TAMSIN"), ("ULVERSTON", "HORACE"), ("UNSWORTH-BALE", "GERAINT"),
            ("UPTHORPE", "LAVINIA"), ("URSWICK", "CONRAD"), ("UGBOROUGH", "PHILIPPA"), ("UFTON", "SEPTIMUS"),
            ("ULCOMBE", "WALTER"), ("UPLEADON", "BRIONY"), ("URMSTON", "DESMOND"), ("USSELBY", "AGATHA"),
            ("UBBESTON", "LEOFRIC"), ("UDIMORE", "ROSAMUND"), ("ULLENHALL", "FENELLA"), ("UPWALTHAM", "OSWIN")]


def patient(n: int) -> str:
    last, first = PATIENTS[n - 1]
    return f"{last}, {first}"


def mrn(n: int) -> str:
    return f"SYN-97{n:03d}"


def head(clinic: str, n: int, dob: str, extra: str = "") -> list[str]:
    return [clinic, f"{patient(n)}   MRN {mrn(n)}   DOB {dob}" + (f"   {extra}" if extra else "")]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# u97_01 -- pdf: linac SRS, 2 metastases; stereotactic biopsy, MR-conditional pacemaker, pet dog, GGT, face mask -----
_c = "NORTHGATE NEURO-ONCOLOGY (invented) - STEREOTACTIC RADIOSURGERY"
add(name="u97_01", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left parietal (biopsied)", "cranial", S, 18, 1), L("right occipital", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Two-page SRS summary, DOS 03/09/2026: gantry linac, open-face thermoplastic mask, CT + MRI, two simple "
          "metastases (18 and 20 Gy x 1). Confusers: the left parietal lesion was diagnosed by a frame-based "
          "stereotactic biopsy in 02/2026 (history, no frame this course); MRI done under an MR-conditional "
          "pacemaker protocol; the patient 'has a pet dog'; GGT elevated; a surgical face mask worn at simulation; "
          "periventricular white matter lesions (not targets); device dose 'a fraction of' its limit.",
    docs=[Doc("u97_01.pdf", [
        [H1("Stereotactic Radiosurgery - Treatment Summary"),
         KeyValue([("Patient", f"{patient(1)}   {mrn(1)}"), ("Date of service", "03/09/2026 (single fraction)"),
                   ("Diagnosis", "C79.31 brain metastases; C34.12 adenocarcinoma LUL (EGFR wild type)"),
                   ("Referring", "Dr Anselm Okonkwo-Reid, Thoracic Oncology"),
                   ("KPS", "80")]),
         H2("History"),
         P("68-year-old woman with stage IV lung adenocarcinoma. MRI 01/2026 for word-finding difficulty showed a "
           "solitary-appearing left parietal mass; because no primary was known at the time she underwent a "
           "frame-based stereotactic biopsy of the left parietal lesion by neurosurgery on 02/11/2026 (Dr Ivo "
           "Castellane): metastatic adenocarcinoma, TTF-1 positive. CT chest then showed the LUL primary. No "
           "resection. She is now referred for radiosurgery."),
         P("PMH: complete heart block, dual-chamber MR-conditional pacemaker (2022); hypertension; type 2 diabetes. "
           "Labs 03/02/2026: ALT 31, AST 28, GGT 96 U/L (mildly elevated, on atorvastatin), creatinine 0.9. "
           "Social: retired school librarian, lives with her husband, has a pet dog; ex-smoker (30 pack-years)."),
         H2("Imaging"),
         P("MRI brain 03/02/2026, 1.5 T, performed under the MR-conditional device protocol (pacemaker programmed to "
           "asynchronous MRI mode by the device clinic and restored afterwards; cardiology present): 1 mm 3D T1 "
           "post-gadolinium. Left parietal enhancing lesion 2.4 cm at the biopsy tract, right occipital lesion 0.9 cm. "
           "Scattered periventricular and subcortical T2/FLAIR white matter lesions consistent with chronic "
           "small-vessel disease; not metastases, not targets."),
         P("CT simulation 03/04/2026: 1 mm slices, supine in an open-face thermoplastic SRS mask; the patient also "
           "wore a surgical face mask throughout per the respiratory-season infection-control policy. MRI rigidly "
           "fused to the planning CT (registration reviewed by MD)."),
         H2("Plan"),
         KeyValue([("Unit", "Edge-class 6 MV FFF radiosurgery linac, HD MLC, 6DoF couch"),
                   ("Planning system", "PELICAN Cranial 4.1 (invented)"),
                   ("Technique", "Single isocenter, 4 non-coplanar dynamic conformal arcs (couch 0, 45, 315, 90)")]),
         RuledTable([("Target", "Max diam", "Rx", "IDL", "PTV coverage", "Margin"),
                     ("PTV_LPar (biopsied lesion)", "2.4 cm", "18 Gy x 1", "80%", "98.6%", "1 mm"),
                     ("PTV_ROcc", "0.9 cm", "20 Gy x 1", "80%", "99.4%", "1 mm")]),
         P("OAR: brainstem D0.03cc 3.1 Gy, chiasm 0.9 Gy, normal brain V12Gy 5.8 cc. Estimated pacemaker dose "
           "0.06 Gy, a fraction of the 2 Gy manufacturer threshold."),
         P("Physics: independent MU calculation within 1.4%; patient-specific QA with diode array, gamma 3%/1 mm "
           "98.2% pass (03/06/2026)."),
         sig("Hester Ravensworth, MD, Radiation Oncology 03/06/2026"),
         sig("Malachy Dunmore, MS, DABR 03/06/2026")],
        [H1("Delivery and Completion"),
         P("03/09/2026: pacemaker interrogated before and after treatment by the device clinic, no change. Setup in "
           "the SRS mask; cone-beam CT matched to the planning CT, 6DoF shifts approved by the physician (max 1.2 mm, "
           "0.6 deg); stereoscopic kV verification after each couch rotation, intrafraction deviations under 0.5 mm. "
           "All arcs delivered."),
         TextTable([("Lesion", "Delivered", "Fractions"), ("Left parietal", "18 Gy", "1"),
                    ("Right occipital", "20 Gy", "1")], columns=(0, 200, 300)),
         P("Two brain metastases treated in one session. Tolerated well, no acute toxicity. Follow-up MRI in 8 weeks "
           "(device protocol to be booked again); dexamethasone not required."),
         sig("Hester Ravensworth, MD 03/09/2026")],
    ], opts=dict(header=head(_c, 1, "07/14/1957")))])

# u97_02 -- dictation: linac trigeminal radiosurgery with a 4 mm cone; DBS frame in history; 61800 claimed wrongly ---
add(name="u97_02", kind="dictation", codes=["77372", "77432", "61798", "61800"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right trigeminal nerve", "cranial", C, 85, 1)],
    categories=cats(),
    notes="Dictated procedure note, DOS 04/15/2026: frameless linac radiosurgery for right trigeminal neuralgia, 85 Gy "
          "maximum with a 4 mm stereotactic cone, thermoplastic mask, CT + MRI (MR-conditional DBS protocol). "
          "Confusers: bilateral STN deep brain stimulators placed in 2019 with a stereotactic frame (history), "
          "'cone-beam CT' beside the stereotactic cone, 'lesion' in the functional sense. No frame this course: "
          "claimed 61800 inconsistent.",
    docs=[Doc("u97_02.txt", text=f"""
RIVERSEND RADIOSURGERY (invented)
PROCEDURE NOTE - DICTATED
Patient: {patient(2)}   MRN: {mrn(2)}   DOB: 09/30/1949
Date of procedure: 04/15/2026
Radiation oncologist: Cosmo Abernethy-Ruiz, MD   Neurosurgeon: Delphine Marchbank, MD   Physicist: Oren Saltash, PhD

Diagnosis: right trigeminal neuralgia, type one, V two and V three distribution, refractory (G50.0). Parkinson disease with bilateral subthalamic deep brain stimulators.

History: Mrs. Umberleigh is a seventy six year old woman with classic right sided trigeminal neuralgia for six years, no longer controlled on carbamazepine eight hundred milligrams and baclofen, with intolerable sedation on oxcarbazepine. She had bilateral subthalamic nucleus deep brain stimulator leads placed in twenty nineteen at another hospital with a stereotactic frame and microelectrode recording, and her tremor is well controlled. Because of her age, anticoagulation and Parkinson disease she is not a candidate for microvascular decompression. She remembers the frame for the DBS surgery as the worst part and was relieved that today would be frameless.

Imaging: her DBS system is labelled MR conditional. On April thirteenth a one point five tesla MRI was done under the manufacturer's conditions with stimulation switched off, head transmit coil, three D CISS and thin slice T one post contrast. The lead artifact did not obscure the cisternal segment of the right trigeminal nerve. A one millimeter planning CT was done on April fourteenth in a frameless thermoplastic mask and fused with the MRI.

Procedure: in the radiosurgery planning system, which is invented and called KINGFISHER Cranial, a single isocenter was placed on the right trigeminal nerve about seven millimeters anterior to the root entry zone, and a four millimeter stereotactic cone was chosen with seven non coplanar arcs on the Novalis class six megavolt linac in SRS mode. The prescription was eighty five gray maximum dose to the one hundred percent line, with the brainstem surface below the fifteen gray line. Dr. Saltash ran a Winston Lutz test with the four millimeter cone this morning, isocenter deviation zero point four millimeters, and an independent monitor unit check within one percent.

She was set up in the mask. A cone beam CT was matched to the planning CT for the initial setup and stereoscopic kilovoltage x ray pairs were taken before every arc; all residual deviations were under half a millimeter and half a degree and I approved each. All seven arcs were delivered in a single session, beam on about twenty four minutes. The functional lesion of the nerve is expected to develop over weeks. The DBS generators were checked by the movement disorders nurse after treatment and switched back on at the previous settings.

Summary: right trigeminal nerve, eighty five gray maximum dose in one fraction, four millimeter cone, frameless mask, no head frame applied.

Plan: continue carbamazepine for now, taper once pain relief begins, usually within four to twelve weeks. Facial numbness risk discussed again. Clinic in six weeks.

Cosmo Abernethy-Ruiz, MD   D: 04/15/2026 15:10   T: 04/16/2026 07:55
{FOOT}
""")])

# u97_06 -- bundle (3 files): cobalt-60 frame SRS of an AVM under general anaesthesia (mask ventilation, LMA) -------
_c = "ASHCOMBE GAMMA KNIFE CENTER (invented)"
add(name="u97_06", kind="bundle", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["MRI", "angiography"], ["frame"]),
    lesions=[L("left parietal AVM", "cranial", C, 22, 1)],
    categories=cats(),
    notes="Three-file bundle, DOS 05/06/2026: anaesthesia record export (.txt), dose plan (.pdf) and dictated "
          "operative note (.txt). Frame-based cobalt-60 radiosurgery of a left parietal AVM (complex by type), 22 Gy "
          "to the 50% isodose, stereotactic MRI + biplane angiography, under general anaesthesia. Confusers: 'mask "
          "ventilation easy', 'face mask' oxygen and an LMA in the anaesthesia record (no thermoplastic mask); "
          "'a fraction of the nidus' embolised in 2025; 'lesion' in the AVM sense only.",
    docs=[
        Doc("1_anesthesia_record.txt", text=f"""
ASHCOMBE UNIVERSITY HOSPITAL (invented) - ANESTHESIA RECORD (export)
Patient: {patient(6)}   MRN: {mrn(6)}   DOB: 02/19/2001   Date: 05/06/2026
Location: Gamma Knife suite / angiography suite   Anesthesiologist: Tobias Fairweather, MD   CRNA: L. Moss
Procedure: stereotactic head frame application, cerebral angiography, MRI, Gamma Knife radiosurgery (left parietal AVM)
ASA 2. Weight 61 kg. Airway: Mallampati 2, full dentition. NPO since midnight.
Indication for GA: severe claustrophobia and needle phobia; unable to tolerate awake frame placement in 2025 attempt.

06:52  In room. Standard monitors. Preoxygenation via face mask, FiO2 1.0.
07:01  Induction: propofol 150 mg, fentanyl 50 mcg. Mask ventilation: easy (grade 1), oral airway not required.
07:04  LMA size 4 placed, first attempt, bilateral breath sounds, EtCO2 trace.
07:08  Neurosurgery applying stereotactic frame (4 pins, local infiltration by surgeon). Frame compatible LMA circuit routed.
07:40  Transport to angiography with frame. TIVA propofol 100-150 mcg/kg/min.
08:55  Transport to MRI (MR-safe monitoring).
09:50  Gamma Knife treatment start. Remote monitoring by camera and telemetry.
11:12  Treatment complete. Frame removed by neurosurgery 11:20.
11:26  LMA removed awake, face mask O2 6 L/min, to PACU.
Fluids: LR 900 mL. EBL: minimal (pin sites). Complications: none. PONV prophylaxis: ondansetron 4 mg, dexamethasone 4 mg.
Signed: Tobias Fairweather, MD 05/06/2026 11:40
{FOOT}
"""),
        Doc("2_dose_plan.pdf", [[
            H1("Gamma Knife Radiosurgery - Dose Plan"),
            KeyValue([("Patient / MRN", f"{patient(6)} / {mrn(6)}"), ("Date of service", "05/06/2026, single session"),
                      ("Unit", "Leksell Gamma Knife (192 Co-60 sources)"),
                      ("Fixation", "Leksell stereotactic head frame, 4 pins, applied under general anesthesia"),
                      ("Imaging", "Stereotactic biplane DSA 05/06/2026 with localizer box; stereotactic MRI 05/06/2026 (T1 post-Gd 1 mm, T2, TOF)"),
                      ("Planning system", "WREN-GP 11 (invented)"),
                      ("Diagnosis", "Q28.2 arteriovenous malformation, left parietal, Spetzler-Martin II, presented with seizure 2024")]),
            P("History: endovascular embolisation 09/2025 (liquid embolic) occluded a fraction of the nidus (about 30%, "
              "medial compartment); residual nidus 2.1 x 1.8 x 1.6 cm for radiosurgery."),
            RuledTable([("Target", "Volume", "Max diam", "Rx (margin)", "Isodose", "Shots", "Max dose"),
                        ("Residual AVM nidus, L parietal", "3.6 cc", "2.1 cm", "22 Gy", "50%", "14", "44 Gy")]),
            P("Nidus contoured on the angiogram and MRI jointly, draining vein excluded. Brain 12 Gy volume 7.9 cc. "
              "No optic or brainstem constraint applicable (> 30 mm)."),
            P("Physics: frame co-ordinates of all 14 shots verified at the unit against the plan printout; "
              "independent treatment-time calculation within 0.8%."),
            sig("Perpetua Lowndes, PhD, Medical Physicist 05/06/2026"),
            sig("Rafferty Moyle, MD, Neurosurgery 05/06/2026"), sig("Sabine Oduya, MD, Radiation Oncology 05/06/2026"),
        ]], opts=dict(header=head(_c, 6, "02/19/2001"))),
        Doc("3_operative_note_dictated.txt", text=f"""
ASHCOMBE GAMMA KNIFE CENTER (invented) - OPERATIVE NOTE (dictated)
Patient: {patient(6)}   MRN: {mrn(6)}   Date of operation: 05/06/2026
Surgeon: Rafferty Moyle, MD   Radiation oncologist: Sabine Oduya, MD

Procedures: one, application of stereotactic head frame under general anesthesia. Two, stereotactic cerebral angiography. Three, stereotactic MRI. Four, Gamma Knife radiosurgery of a left parietal arteriovenous malformation.

Description: after induction of general anesthesia with a laryngeal mask airway by the anesthesia team, the Leksell frame was applied with four pins after local infiltration. Biplane stereotactic angiography with the localizer and a stereotactic MRI were obtained. The residual nidus after last year's embolization was outlined jointly with Dr. Oduya. Twenty two gray was prescribed to the fifty percent isodose line with fourteen shots; the physicist verified the co-ordinates. Treatment was delivered in one session from nine fifty to eleven twelve without interruption. The frame was removed and the pin sites dressed. She woke uneventfully and went home in the afternoon with levetiracetam continued.

Follow-up MRI every six months and angiography at two to three years to confirm obliteration.

Rafferty Moyle, MD   signed 05/07/2026
{FOOT}
"""),
    ])

# u97_09 -- pdf: cobalt-60 mask FSRT 27 Gy/3 of a 3.8 cm lesion; white matter and scalp skin "lesions"; 77371 wrong -
_c = "HALVERGATE GAMMA KNIFE CENTER (invented)"
add(name="u97_09", kind="pdf", codes=["77371", "77432", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 3, ["MRI"], ["mask"]),
    lesions=[L("left temporal", "cranial", C, 27, 3)],
    categories=cats(),
    notes="Plan and treatment record, DOS 06/01-06/05/2026: mask-based cobalt-60 fractionated radiosurgery, one "
          "3.8 cm left temporal metastasis (complex by size), 27 Gy in 3 fractions, MRI with CBCT co-registration "
          "(CBCT is not planning imaging). Confusers: 'white matter lesions', a scalp skin lesion noted at mask "
          "fitting, 'frameless / no frame', the center's name. Three fractions: the claimed 77371 and 77432 are "
          "inconsistent (77373/77435 apply); 61798 holds.",
    docs=[Doc("u97_09.pdf", [
        [H1("Fractionated Radiosurgery - Plan Summary"),
         KeyValue([("Patient", f"{patient(9)}   {mrn(9)}"), ("Course dates", "06/01/2026 - 06/05/2026 (3 fractions)"),
                   ("Diagnosis", "C79.31; primary melanoma of the back (excised 2023)"),
                   ("Unit", "Gamma Knife Icon (cobalt-60, 192 sources) with on-board CBCT"),
                   ("Fixation", "Frameless: thermoplastic mask with nose-marker motion management (no frame)"),
                   ("Reference imaging", "MRI 05/27/2026 T1 post-Gd 1 mm + T2 FLAIR; CBCT 05/28/2026 in mask as the stereotactic reference"),
                   ("Planning system", "CORVID-GP 12 (invented)")]),
         P("MRI: left temporal lobe metastasis 3.8 x 3.1 x 2.9 cm with moderate vasogenic edema. Numerous small "
           "non-enhancing T2/FLAIR white matter lesions bilaterally, likely chronic small-vessel change; no other "
           "enhancing lesion. Too large for single-session radiosurgery; resection declined. Systemic therapy (BRAF/MEK) to resume within a one-week timeframe after the last fraction."),
         P("At mask fitting on 05/28/2026 the nurse noted a 6 mm crusted skin lesion on the left parietal scalp, "
           "outside the treated volume; photographed, dermatology referral sent (query actinic keratosis vs "
           "recurrent melanoma). The mask was relieved over it."),
         RuledTable([("Target", "Volume", "Dose / fx", "Fractions", "Total", "Isodose", "Shots"),
                     ("Left temporal metastasis", "13.9 cc", "9 Gy", "3", "27 Gy", "50%", "31")]),
         P("Brainstem D0.1cc 14.2 Gy total; left optic tract 9.8 Gy total. Physics check of the plan and an "
           "independent treatment-time calculation passed 05/29/2026."),
         sig("Ottoline Crewe, MD 05/29/2026"), sig("Barnabas Quaile, MS, Medical Physicist 05/29/2026")],
        [H1("Treatment Record"),
         RuledTable([("Fx", "Date", "CBCT co-registration", "Max motion (nose marker)", "Delivered"),
                     ("1", "06/01/2026", "0.4 mm, plan adapted to CBCT", "0.7 mm", "9 Gy"),
                     ("2", "06/03/2026", "0.6 mm, plan adapted to CBCT", "0.9 mm, 1 pause", "9 Gy"),
                     ("3", "06/05/2026", "0.3 mm, plan adapted to CBCT", "0.5 mm", "9 Gy")]),
         P("Completion: left temporal metastasis 27 Gy in 3 fractions of 9 Gy to the 50% isodose. Mild headache "
           "after fraction 2; dexamethasone 2 mg daily taper over 10 days. MRI in 6 weeks."),
         sig("Ottoline Crewe, MD 06/05/2026")],
    ], opts=dict(header=head(_c, 9, "11/02/1963")))])

# u97_12 -- bundle (2 files): robotic FSRT cavernous-sinus meningioma 25 Gy/5; dictation says three fractions --------
_c = "KILNSEY ROBOTIC RADIOSURGERY (invented)"
add(name="u97_12", kind="bundle", codes=["G0339", "G0340", "77435", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("right cavernous sinus meningioma", "cranial", C, 25, 5)],
    categories=cats(),
    contradiction="The dictated completion note says the meningioma received 25 Gy in three fractions, while the treatment record lists five delivered fractions of 5 Gy.",
    notes="Two-file bundle: treatment record (.pdf, 5 fractions of 5 Gy, 07/06-07/10/2026) and a dictated completion "
          "note (.txt) that says 'twenty five gray in three fractions'. Robotic-arm linac, mask, CT + MRI, right "
          "cavernous sinus meningioma (complex). Confusers: stereo-EEG monitoring in 2021 (history), a 'DICOM frame "
          "of reference' mismatch fixed at fusion. Gold follows the record: 5 fractions.",
    docs=[
        Doc("1_treatment_record.pdf", [
            [H1("Robotic Radiosurgery - Plan and Treatment Record"),
             KeyValue([("Patient", f"{patient(12)}   {mrn(12)}"), ("Course", "FSRT R cavernous sinus, 07/06/2026 - 07/10/2026"),
                       ("Diagnosis", "D32.0 meningioma, right cavernous sinus (imaging diagnosis, enlarging over 3 years)"),
                       ("Unit", "Robotic-arm mounted 6 MV linac, 6D skull tracking, variable-aperture collimator"),
                       ("Fixation", "Frameless thermoplastic mask"),
                       ("Images", "CT 1 mm with contrast 06/29/2026 + MRI T1 post-Gd / FIESTA 06/26/2026"),
                       ("Planning system", "STARLING Robotic 5 (invented)"),
                       ("Prescription", "25 Gy in 5 fractions of 5 Gy to the 81% isodose, 187 beams")]),
             P("Image registration: the MRI arrived from the outside scanner with a different DICOM frame of reference "
               "UID; it was registered to the planning CT manually (bony anatomy, then local refinement on the "
               "clivus), accepted by MD 06/30/2026. Right optic nerve D0.03cc 21.8 Gy total, chiasm 19.6 Gy, "
               "brainstem 18.1 Gy."),
             P("Physics: secondary MU check within 1.8%; DQA film gamma 2%/1 mm 97.1%; end-to-end test current."),
             sig("Isaura Penhaligon, MD 07/01/2026"), sig("Wystan Carrow, MS 07/01/2026")],
            [H1("Fraction Record"),
             RuledTable([("Fx", "Date", "Tracking", "Beams", "Dose (Gy)", "Cum (Gy)", "Init."),
                         ("1", "07/06/2026", "6D skull, kV pairs q60 s", "187/187", "5.0", "5.0", "IP"),
                         ("2", "07/07/2026", "6D skull, kV pairs q60 s", "187/187", "5.0", "10.0", "IP"),
                         ("3", "07/08/2026", "6D skull, kV pairs q60 s", "187/187", "5.0", "15.0", "IP"),
                         ("4", "07/09/2026", "6D skull, kV pairs q60 s", "187/187", "5.0", "20.0", "IP"),
                         ("5", "07/10/2026", "6D skull, kV pairs q60 s", "187/187", "5.0", "25.0", "IP")]),
             P("Course status: Completed 07/10/2026."),
             sig("Isaura Penhaligon, MD 07/10/2026")],
        ], opts=dict(header=head(_c, 12, "04/08/1971"))),
        Doc("2_completion_note_dictated.txt", text=f"""
KILNSEY ROBOTIC RADIOSURGERY (invented)
COMPLETION NOTE - DICTATED, NOT READ
{patient(12)}   MRN {mrn(12)}   Dictated 07/10/2026

Mr. Ufton is a fifty five year old man with a right cavernous sinus meningioma. He has a longstanding history of right mesial temporal epilepsy; he underwent stereo EEG monitoring with depth electrodes at another center in twenty twenty one, which localized his seizures to the right mesial temporal lobe, and he has been seizure free on lacosamide since, so no resection was done. The meningioma has grown from one point nine to two point six centimeters over three years with new intermittent diplopia.

He completed fractionated stereotactic radiotherapy on the robotic radiosurgery system today, twenty five gray in three fractions, planned on CT and MRI in a thermoplastic mask with skull tracking. No seizures during treatment. Mild fatigue. Diplopia unchanged.

Follow-up MRI in six months and ophthalmology visual fields in three months.

Isaura Penhaligon, MD
{FOOT}
"""),
    ])


# ==================================================================================================
# Spine
# ==================================================================================================

# u97_03 -- bundle (3 files): T12 + L3 SBRT; SRS-22r scores, wrist cast immobilization, walking frame --------------
_c = "BRACKENWOOD SPINE ONCOLOGY (invented)"
add(name="u97_03", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T12", "spinal", None, 27, 3), L("L3", "spinal", None, 24, 3)],
    categories=cats(),
    notes="Three-file bundle: multidisciplinary spine clinic note (.txt) with SRS-22r questionnaire domain scores, a "
          "right distal radius fracture 'immobilization in a short-arm cast' and a walking frame; plan summary "
          "(.pdf); treatment record (.pdf). SBRT on a gantry linac, vacuum cushion, CT + MRI: T12 27 Gy/3 and L3 "
          "24 Gy/3, DOS 02/16-02/20/2026.",
    docs=[
        Doc("1_spine_clinic_note.txt", text=f"""
BRACKENWOOD SPINE ONCOLOGY (invented) - MULTIDISCIPLINARY SPINE CLINIC
Patient: {patient(3)}   MRN: {mrn(3)}   DOB: 05/22/1952   Visit: 01/28/2026
Seen by: Jocasta Penrose, MD (Radiation Oncology); Hamish Treloar, MD (Orthopaedic Spine)

Dx: metastatic renal cell carcinoma (clear cell), on cabozantinib. Painful T12 and L3 vertebral metastases.

Subjective: mid and low back pain 7/10, mechanical component minimal. Fell at home on 01/03/2026 and sustained a right distal radius fracture, treated closed; immobilization in a short-arm fibreglass cast until mid February (fracture clinic). Mobilizes with a walking frame indoors since the fall.

Patient-reported outcomes today (SRS-22r, administered by the spine nurse): function 2.6, pain 2.2, self-image 3.0, mental health 3.4, satisfaction n/a; subtotal 2.8. ODI 46%. Baseline for post-treatment comparison.

Imaging: MRI whole spine 01/21/2026: T12 vertebral body lesion with right pedicle involvement, no epidural extension (Bilsky 0); L3 body lesion, Bilsky 0; no cord signal change. CT: no pathological fracture, SINS T12 7, L3 6.

Assessment/plan: radioresistant histology with two painful, stable levels: stereotactic body radiotherapy to T12 and L3 recommended (no surgical indication per Dr Treloar). Planned 27 Gy in 3 to T12 and 24 Gy in 3 to L3 (bowel nearer L3). CT simulation and MRI fusion next week. Cast does not need removal for simulation; forearm will rest on the chest.

Jocasta Penrose, MD   Hamish Treloar, MD
{FOOT}
"""),
        Doc("2_plan_summary.pdf", [[
            H1("Spine SBRT Plan Summary"),
            KeyValue([("Patient", f"{patient(3)}   {mrn(3)}"),
                      ("Simulation", "02/04/2026 CT 1 mm, supine in full-body vacuum cushion, arms on chest (R forearm in cast)"),
                      ("MRI", "01/21/2026 T-L spine (T1, T2, STIR) rigidly fused per level"),
                      ("Unit", "Edge-class 6 MV FFF linac, 6DoF couch"),
                      ("Planning system", "TEAL Spine 3 (invented)"),
                      ("Isocenters", "Two (T12, L3), 2 VMAT arcs each")]),
            RuledTable([("Target", "Definition", "Rx", "Dose/fx", "Coverage", "OAR"),
                        ("PTV_T12", "body + R pedicle + 2 mm", "27 Gy / 3 fx", "9 Gy", "V100 90.4%", "cord D0.035cc 20.1 Gy"),
                        ("PTV_L3", "body + 2 mm", "24 Gy / 3 fx", "8 Gy", "V100 92.8%", "cauda D0.035cc 21.4 Gy, bowel D5cc 16.8 Gy")]),
            P("Physics: independent MU calculation within 1.9%; PSQA (diode array) gamma 2%/2 mm 98.0% (T12) and 97.4% (L3)."),
            sig("Jocasta Penrose, MD 02/10/2026"), sig("Fennimore Strachan, MS, DABR 02/11/2026"),
        ]], opts=dict(header=head(_c, 3, "05/22/1952"))),
        Doc("3_treatment_record.pdf", [[
            H1("SBRT Treatment Record"),
            RuledTable([("Fx", "Date", "IGRT", "T12 (Gy)", "L3 (Gy)", "Therapists"),
                        ("1", "02/16/2026", "CBCT each iso, 6DoF shifts MD-approved", "9", "8", "AK / PB"),
                        ("2", "02/18/2026", "CBCT each iso, 6DoF shifts MD-approved", "9", "8", "AK / PB"),
                        ("3", "02/20/2026", "CBCT each iso, 6DoF shifts MD-approved", "9", "8", "AK / LM"),
                        ("Total", "", "", "27", "24", "")]),
            P("Completed 02/20/2026: T12 27 Gy in 3 fractions, L3 24 Gy in 3 fractions. Pain 4/10 at completion. "
              "Repeat SRS-22r and ODI at the 3-month visit with MRI."),
            sig("Jocasta Penrose, MD 02/20/2026"),
        ]], opts=dict(header=head(_c, 3, "05/22/1952"))),
    ])

# u97_08 -- pdf: C3 spine radiosurgery 18 Gy x 1 in a head-neck mask; staff simulation drill, DICOM frame of reference -
_c = "MEREWORTH CANCER CENTRE (invented) - SPINE RADIOSURGERY"
add(name="u97_08", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("C3", "spinal", None, 18, 1)],
    categories=cats(),
    notes="Spine radiosurgery printout, DOS 08/12/2026: C3 vertebral metastasis, 18 Gy x 1 on a gantry linac in a "
          "5-point head-neck-shoulder thermoplastic mask, CT + MRI. Confusers: 'Head frame: not used', the CT "
          "simulator held for a staff emergency 'simulation' drill, the MRI's 'frame of reference', a QA isocenter "
          "check, cone-beam CT. One spinal lesion, one fraction: 77373/77435/63620 consistent.",
    docs=[Doc("u97_08.pdf", [
        [H1("Spine Radiosurgery (SRS) - Course Record"),
         KeyValue([("Patient", f"{patient(8)}   {mrn(8)}"), ("Date of service", "08/12/2026 (1 fraction)"),
                   ("Dx", "C79.51 bone metastasis C3, from clear cell renal carcinoma"),
                   ("Indication", "Painful C3 lesion, Bilsky 1a, SINS 5; oligoprogressive on nivolumab")]),
         H2("Simulation"),
         KeyValue([("Date", "08/04/2026, CT 1 mm (delayed 90 min: the CT simulator was in use for the department's "
                    "annual staff emergency-response simulation drill)"),
                   ("Position", "Supine, 5-point thermoplastic head-neck-shoulder mask, indexed headrest"),
                   ("Head frame", "not used"),
                   ("MRI", "C-spine MRI 07/30/2026 (T1, T2, T1 post-Gd, axial 2 mm), different DICOM frame of reference; "
                    "rigidly registered to the sim CT on C2-C4, reviewed by MD")]),
         H2("Plan"),
         KeyValue([("Unit", "TrueBeam-class 6 MV FFF linac, HD MLC, 6DoF couch"),
                   ("Planning system", "GANNET Spine 7 (invented)"),
                   ("Technique", "Single isocenter at C3, 2 full VMAT arcs"),
                   ("Prescription", "18 Gy in 1 fraction to PTV_C3 (GTV + CTV body/left pedicle + 1.5 mm)"),
                   ("Constraints", "Cord D0.035cc 12.9 Gy; esophagus D5cc 10.2 Gy; larynx Dmax 11.0 Gy")]),
         P("Physics: daily machine QA on 08/12/2026 passed (MV/kV isocenter coincidence 0.5 mm); plan second check "
           "within 1.3%; PSQA gamma 2%/2 mm 99.0%."),
         sig("Leonie Brightman, MD 08/07/2026"), sig("Anders Wolstenholme, PhD, DABR 08/07/2026")],
        [H1("Treatment and Completion"),
         P("08/12/2026: setup in the mask, cone-beam CT registered on C2-C4, 6DoF correction 1.6 mm / 0.8 deg "
           "approved by Dr Brightman; verification CBCT between arcs, residual 0.3 mm. Both arcs delivered."),
         TextTable([("Level", "Dose", "Fractions"), ("C3", "18 Gy", "1")], columns=(0, 160, 260)),
         P("Tolerated without pain flare. Dexamethasone 4 mg x 1 pre-treatment. MRI C-spine in 3 months."),
         sig("Leonie Brightman, MD 08/12/2026")],
    ], opts=dict(header=head(_c, 8, "10/10/1966")))])


# ==================================================================================================
# Body
# ==================================================================================================

# u97_04 -- pdf: robotic lung SBRT 54 Gy/3, fiducial-free; skin-tattoo "fiducial marks", phantom fiducials, EF, gamma -
_c = "WESTERLY ROBOTIC RADIOSURGERY (invented)"
add(name="u97_04", kind="pdf", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "PET"], []),
    lesions=[L("right upper lobe", "body", None, 54, 3)],
    categories=cats(positioning=False),
    notes="Robotic-arm lung SBRT record, DOS 03/23-03/27/2026: peripheral RUL NSCLC 54 Gy in 3, 4DCT + FDG PET/CT "
          "fused, fiducial-free tracking (spine tracking with an ITV, 0-view). No immobilization device and no "
          "implanted fiducials: skin tattoos called 'fiducial marks' and the CT-density phantom's fiducials are not "
          "positioning. Confusers: 'reduced ejection fraction', gamma pass rate.",
    docs=[Doc("u97_04.pdf", [
        [H1("Lung SBRT - Plan and Treatment Record"),
         KeyValue([("Patient", f"{patient(4)}   {mrn(4)}"), ("Course", "03/23/2026 - 03/27/2026, 3 fractions"),
                   ("Diagnosis", "C34.11 NSCLC RUL, 1.8 cm, cT1bN0M0, squamous (CT-guided core biopsy 02/2026)"),
                   ("Why SBRT", "Medically inoperable: ischaemic cardiomyopathy with reduced ejection fraction (LVEF 30%), "
                    "FEV1 42% predicted"),
                   ("Unit", "Robotic-arm mounted 6 MV linac, variable-aperture collimator")]),
         H2("Simulation and imaging"),
         P("03/12/2026: free-breathing and 4D planning CT (1 mm) supine, arms at her sides on the standard couch pad; "
           "no vacuum cushion or other immobilization device (declined because of kyphosis and back pain). Three "
           "skin tattoos placed as setup fiducial marks. No implanted fiducials (peripheral lesion, pneumothorax "
           "risk): fiducial-free lung treatment with spine tracking and an ITV from the 4DCT (0-view)."),
         P("FDG PET/CT 02/26/2026: RUL nodule SUVmax 7.4, no nodal or distant uptake; PET fused to the planning CT "
           "to help delineate the GTV against adjacent atelectasis."),
         H2("Plan"),
         KeyValue([("Planning system", "SHEARWATER Robotic 4 (invented)"),
                   ("Target", "ITV (all 4DCT phases) + 5 mm = PTV 21.4 cc"),
                   ("Prescription", "54 Gy in 3 fractions of 18 Gy to the 75% isodose, 164 non-isocentric beams"),
                   ("OAR", "Chest wall V30Gy 12.1 cc; rib D1cc 36.2 Gy; lung V20Gy 4.1%")]),
         P("Physics: CT-to-density calibration checked the same week with the electron-density phantom (phantom "
           "fiducial registration error 0.3 mm). Secondary MU calculation within 2.2%; DQA film gamma 2%/2 mm 96.9%."),
         sig("Philomena Drax, MD 03/18/2026"), sig("Emrys Tolland, MS, DABR 03/18/2026")],
        [H1("Fraction Record"),
         RuledTable([("Fx", "Date", "Tracking", "Beams", "Dose"),
                     ("1", "03/23/2026", "Spine tracking, orthogonal kV every 30-60 s", "164/164", "18 Gy"),
                     ("2", "03/25/2026", "Spine tracking, orthogonal kV every 30-60 s", "164/164", "18 Gy"),
                     ("3", "03/27/2026", "Spine tracking, orthogonal kV every 30-60 s", "164/164", "18 Gy")]),
         P("Summary: right upper lobe NSCLC, 54 Gy in 3 fractions, completed 03/27/2026. Mild chest wall ache. "
           "CT chest in 3 months. Heart failure team informed; no change in diuretics."),
         sig("Philomena Drax, MD 03/27/2026")],
    ], opts=dict(header=head(_c, 4, "01/17/1944")))])

# u97_05 -- EHR text export: liver SBRT 40 Gy/5 with gold fiducials; target INR, GGT, HBV booster, LR-3 liver lesions -
add(name="u97_05", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("segment 7 HCC", "body", None, 40, 5)],
    categories=cats(),
    notes="EHR text export of an HCC SBRT course, DOS 02/23-03/03/2026: segment 7, 40 Gy in 5 fractions on a "
          "gantry linac, three gold fiducials, vacuum cushion + abdominal compression, 4DCT + liver MRI. Confusers: "
          "'target INR 2.0-3.0' (warfarin), 'gamma-GT', a hepatitis B vaccine 'booster', two LR-3 liver lesions on "
          "imaging (observed, not treated), 'ejection fraction', sorafenib restarted at 'a fraction of' the dose.",
    docs=[Doc("u97_05.txt", text=f"""
==== EHR EXPORT  (BIRCHVIEW EHR, invented)  -  RADIATION ONCOLOGY COURSE SUMMARY ====
Patient ....... {patient(5)}
MRN ........... {mrn(5)}          DOB 12/03/1955     Sex M
Course ........ C1 LIVER_SBRT     Status: COMPLETE
Physician ..... Araminta Colquhoun, MD      Physicist: Tiberius Halsey, MS

-- PROBLEM LIST (active) --
 * Hepatocellular carcinoma, segment 7, 3.1 cm (LI-RADS 5), BCLC A; not a transplant or resection candidate
 * Cirrhosis, HCV (SVR 2019), Child-Pugh A6
 * Atrial fibrillation on warfarin, target INR 2.0-3.0 (held 5 days for fiducial placement, enoxaparin bridge)
 * HFpEF, echo 11/2025 ejection fraction 55%
 * Immunizations: hepatitis B vaccine series complete; booster dose 01/12/2026 (anti-HBs low)

-- LABS 02/09/2026 --
 INR 1.1 | Plt 112 | Bili 1.1 | Alb 3.6 | AST 58 | ALT 44 | gamma-GT (GGT) 184 U/L | AFP 212 ng/mL

-- IMAGING --
 02/03/2026 MRI liver multiphase: segment 7 arterially enhancing 3.1 cm with washout and capsule (LR-5) = target.
   Additional segment 4A 8 mm and segment 2 6 mm lesions, LR-3: surveillance only, not for treatment.
 02/10/2026 US-guided placement of 3 gold fiducial markers around the segment 7 tumour (IR, Dr Kessel).

-- SIMULATION 02/17/2026 --
 4DCT 2 mm with IV contrast (arterial + portal venous), supine in vacuum cushion, arms up, abdominal
 compression plate. Amplitude with compression 6 mm. MRI 02/03 fused (deformable, liver), fiducials
 visible on both.

-- PLAN (PIPIT TPS 8, invented) --
 GTV seg7 -> ITV (4DCT) -> PTV +5 mm.  Rx 40 Gy / 5 fx (8 Gy), 2 partial VMAT arcs, 6 MV FFF gantry linac
 PTV V100 95.2%   Liver-GTV mean 11.4 Gy   Liver V15Gy (spared) 812 cc   Duodenum D0.5cc 22.1 Gy
 Physics: second calc 1.1%, PSQA gamma 3%/2 mm 99.3% (02/19/2026)

-- TREATMENT LOG --
 Fx  Date        Image guidance                             Dose   Cum
 1   02/23/2026  CBCT + kV fiducial match, MD approved     8.00   8.00
 2   02/25/2026  CBCT + kV fiducial match, MD approved     8.00  16.00
 3   02/27/2026  CBCT + kV fiducial match, MD approved     8.00  24.00
 4   03/02/2026  CBCT + kV fiducial match, MD approved     8.00  32.00
 5   03/03/2026  CBCT + kV fiducial match, MD approved     8.00  40.00

-- END OF TREATMENT --
 Segment 7 HCC: 40 Gy in 5 fractions, completed 03/03/2026. Grade 1 fatigue, no nausea.
 Sorafenib was held during SBRT; medical oncology to restart at a fraction of the previous dose
 (200 mg daily) in 2 weeks. Warfarin resumed, target INR 2.0-3.0. MRI liver in 3 months.

 e-signed: Araminta Colquhoun, MD  03/03/2026 17:22
{FOOT}
""")])

# u97_07 -- pdf: prostate SBRT 36.25/5; trial names, COVID booster, MRI-targeted biopsy; 77432 claimed wrongly ---------
_c = "SALTMARSH UROLOGIC RADIOTHERAPY (invented)"
add(name="u97_07", kind="pdf", codes=["77373", "77432"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Prostate SBRT summary, DOS 04/06-04/16/2026: 36.25 Gy in 5 on a gantry linac, gold fiducials, hydrogel "
          "spacer, knee-and-foot immobilizer, CT + MRI. Confusers: a rationale paragraph citing SBRT trials, an "
          "'MRI-targeted biopsy' and 'target 1', a COVID-19 'booster', a PSMA PET 'not required' (not done). "
          "Claimed 77432 (single-session cranial management) is inconsistent; 77373 holds.",
    docs=[Doc("u97_07.pdf", [
        [H1("Prostate SBRT - Treatment Summary"),
         KeyValue([("Patient", f"{patient(7)}   {mrn(7)}"), ("Course", "04/06/2026 - 04/16/2026, 5 fractions, alternate days"),
                   ("Diagnosis", "C61 adenocarcinoma of prostate, Gleason 3+4=7 (grade group 2), PSA 7.9, cT2a - favourable intermediate risk"),
                   ("Biopsy", "MRI-targeted transperineal biopsy 11/2025: target 1 (PI-RADS 4, left PZ) 3 of 4 cores GG2; systematic cores 1 of 12 GG1"),
                   ("Staging", "No PSMA PET required for favourable intermediate risk; bone scan not indicated")]),
         H2("Rationale"),
         P("Options reviewed: active surveillance, radical prostatectomy, moderately hypofractionated RT (60 Gy in "
           "20) and stereotactic body radiotherapy (SBRT, 36.25 Gy in 5) per the PACE-B comparison of SBRT with "
           "conventional or moderately hypofractionated RT and the HYPO-RT-PC experience. He chose SBRT."),
         H2("Preparation and simulation"),
         P("03/18/2026: three gold fiducial markers and a hydrogel rectal spacer placed transperineally under "
           "anaesthesia. COVID-19 booster given 03/20/2026 (rescheduled so as not to fall in the treatment week). "
           "03/26/2026: CT simulation 1.5 mm, supine, knee-and-foot immobilizer (indexed), comfortably full bladder, "
           "empty rectum; prostate MRI (T2 axial 3 mm) fused for contouring with fiducial-based registration."),
         H2("Plan"),
         KeyValue([("Unit", "6 MV FFF gantry linac, HD MLC"), ("Planning system", "LINNET Prostate 2 (invented)"),
                   ("Targets", "CTV = prostate; PTV = CTV + 5 mm (3 mm posteriorly)"),
                   ("Prescription", "36.25 Gy in 5 fractions of 7.25 Gy, PTV D95 >= 100%"),
                   ("Technique", "2 VMAT arcs, single isocenter"),
                   ("OAR", "Rectum V36Gy 0.4 cc; bladder V37Gy 3.1 cc; urethra Dmax 38.4 Gy")]),
         P("Physics second check 1.0%, PSQA gamma 3%/2 mm 99.6% (04/01/2026)."),
         sig("Gwendolen Harcourt, MD 04/01/2026"), sig("Idris Penwarden, MS, DABR 04/01/2026")],
        [H1("Delivery"),
         RuledTable([("Fx", "Date", "IGRT", "Dose"),
                     ("1", "04/06/2026", "kV fiducial match + CBCT, MD approved", "7.25 Gy"),
                     ("2", "04/08/2026", "kV fiducial match + CBCT, MD approved", "7.25 Gy"),
                     ("3", "04/10/2026", "kV fiducial match + CBCT, MD approved", "7.25 Gy"),
                     ("4", "04/14/2026", "kV fiducial match + CBCT, MD approved", "7.25 Gy"),
                     ("5", "04/16/2026", "kV fiducial match + CBCT, MD approved", "7.25 Gy")]),
         P("Completed: prostate 36.25 Gy in 5 fractions. IPSS 9 -> 13 at completion, tamsulosin started. PSA in 3 "
           "months."),
         sig("Gwendolen Harcourt, MD 04/16/2026")],
    ], opts=dict(header=head(_c, 7, "08/25/1958")))])

# u97_10 -- two-column pdf: adrenal SBRT 40 Gy/5 at a "CyberKnife Center" on a gantry linac; RECIST target lesions ---
_c = "EASTMOOR CYBERKNIFE CENTER (invented)"
add(name="u97_10", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left adrenal", "body", None, 40, 5)],
    categories=cats(),
    notes="Two-column end-of-treatment letter, DOS 09/14-09/18/2026: left adrenal oligoprogression, 40 Gy in 5 on "
          "the center's gantry linac (its robotic unit decommissioned in 2024; 'CyberKnife' appears only in the "
          "clinic name), vacuum cushion + compression, 4DCT + PET/CT fused. Confusers: RECIST 'target lesions' "
          "(a lung nodule target lesion 2 is not irradiated), 'target' heart rate.",
    docs=[Doc("u97_10.pdf", [
        [H1("End of Treatment Letter"),
         P(f"Re: {patient(10)}, MRN {mrn(10)}, DOB 06/06/1960. Course 09/14/2026 - 09/18/2026."),
         P("Dear Dr Quennell, I am writing to let you know that Mr Urswick has completed stereotactic body "
           "radiotherapy to his left adrenal metastasis."),
         H2("Background"),
         P("Metastatic NSCLC (adenocarcinoma, PD-L1 60%) on pembrolizumab since 2025. On your trial-style RECIST "
           "1.1 assessment of 08/20/2026 the target lesions were TL1 left adrenal (3.4 cm, up from 2.1 cm) and TL2 "
           "right lower lobe nodule (1.6 cm, stable); non-target lesions stable. Oligoprogression at TL1 only, so "
           "local treatment of the adrenal with continued immunotherapy was agreed at tumour board. TL2 is not "
           "irradiated."),
         H2("Planning"),
         P("Note that our center's robotic radiosurgery unit was decommissioned in 2024; all stereotactic body "
           "treatments are now delivered on our Versa HD-class gantry linac with cone-beam CT. Simulation "
           "09/03/2026: 4DCT 2 mm in a full-length vacuum cushion with a compression belt, arms up. FDG PET/CT of "
           "08/18/2026 fused to the planning CT for the adrenal GTV."),
         P("Plan (ROBIN TPS 11, invented): ITV + 5 mm = PTV; 40 Gy in 5 fractions of 8 Gy prescribed to the 80% "
           "isodose, 2 VMAT arcs. Left kidney V17.5Gy 9%; stomach D0.5cc 27.9 Gy; spinal cord Dmax 13.1 Gy. "
           "Physics second calculation and PSQA (gamma 97.8%) passed on 09/10/2026."),
         H2("Treatment"),
         P("Fractions on 09/14, 15, 16, 17 and 18/2026, each preceded by a 4D cone-beam CT registered to the ITV "
           "with physician approval of the shifts. He received the full 40 Gy in 5 fractions to the left adrenal."),
         P("He tolerated it well: mild nausea after fraction 3 (ondansetron). Cardiac rehab continues - he "
           "reached his target heart rate at the last session."),
         H2("Follow-up"),
         P("CT chest/abdomen in 8 weeks with your next RECIST assessment; please continue pembrolizumab."),
         sig("Clementine Vasquez-Horrocks, MD, Radiation Oncology 09/18/2026"),
         sig("Plan approved: Aldous Fenwright, MS, DABR 09/10/2026")],
    ], opts=dict(header=head(_c, 10, "06/06/1960"), two_columns=True))])

# u97_11 -- pdf: MR-linac pancreas SBRT 35 Gy/5; summary paragraph says 33 Gy; indeterminate liver lesions ---------------
_c = "TIDESWELL ADAPTIVE RADIOTHERAPY (invented)"
add(name="u97_11", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("pancreatic head", "body", None, 35, 5)],
    categories=cats(),
    contradiction="The completion summary gives 33 Gy in 5 fractions to the pancreatic head, while the prescription and the fraction record show 5 fractions of 7 Gy, 35 Gy.",
    notes="MR-linac pancreas SBRT printout, DOS 10/05-10/09/2026: prescription and fraction record 35 Gy in 5 (7 Gy, "
          "adapted daily); the completion paragraph says 33 Gy in 5 (copy-forward). Confusers: two subcentimetre "
          "liver lesions (likely cysts, not treated), gamma-GT, 'a fraction of' the duodenal dose, the MR-linac's "
          "gamma-analysis QA. Gold follows the record: 35 Gy.",
    docs=[Doc("u97_11.pdf", [
        [H1("MR-guided SBRT - Pancreas"),
         KeyValue([("Patient", f"{patient(11)}   {mrn(11)}"), ("Course", "10/05/2026 - 10/09/2026"),
                   ("Diagnosis", "C25.0 adenocarcinoma head of pancreas, borderline resectable, after 4 months FOLFIRINOX"),
                   ("Unit", "1.5 T MR-linac (7 MV FFF)"), ("Planning system", "SKUA Adaptive 3 (invented)")]),
         P("Staging CT/MRI 09/15/2026: pancreatic head mass 2.9 cm abutting the SMV (< 180 degrees). Two "
           "subcentimetre hypodense liver lesions (segments 3 and 6), T2 bright, most consistent with simple cysts; "
           "no liver metastasis. Labs: bilirubin 0.8 (stent 07/2026), gamma-GT 141 U/L, CA 19-9 88."),
         P("Simulation 09/24/2026: CT 2 mm supine, arms up, in a vacuum cushion; MR-linac simulation MRI (3D "
           "balanced sequence, exhale breath-hold) the same day, registered to the CT. GTV + vascular interface "
           "CTV, PTV = CTV + 3 mm."),
         RuledTable([("Target", "Rx", "Dose/fx", "Fractions", "Technique"),
                     ("PTV_panc_head", "35 Gy", "7 Gy", "5", "Step-and-shoot IMRT, 13 beams, daily adapt-to-shape")]),
         P("OAR: duodenum D0.5cc 33.2 Gy, stomach D0.5cc 31.0 Gy, bowel D0.5cc 30.8 Gy; the duodenal V33Gy is only a "
           "fraction of a cc (0.4 cc). Reference plan QA: independent MU check 1.6%, gamma 3%/2 mm 98.4%."),
         sig("Ignatius Brereton, MD 09/30/2026"), sig("Carys Pendlebury, PhD 09/30/2026")],
        [H1("Fraction Record"),
         RuledTable([("Fx", "Date", "Workflow", "Gating", "Dose (Gy)", "Cum (Gy)"),
                     ("1", "10/05/2026", "adapt-to-shape, online QA pass", "cine-MRI exhale gating", "7.0", "7.0"),
                     ("2", "10/06/2026", "adapt-to-shape, online QA pass", "cine-MRI exhale gating", "7.0", "14.0"),
                     ("3", "10/07/2026", "adapt-to-shape, online QA pass", "cine-MRI exhale gating", "7.0", "21.0"),
                     ("4", "10/08/2026", "adapt-to-shape, online QA pass", "cine-MRI exhale gating", "7.0", "28.0"),
                     ("5", "10/09/2026", "adapt-to-shape, online QA pass", "cine-MRI exhale gating", "7.0", "35.0")]),
         H2("Completion summary"),
         P("Ms Ugborough completed MR-guided SBRT to the pancreatic head, 33 Gy in 5 fractions, on 10/09/2026. "
           "Mild nausea controlled with ondansetron. Restaging CT in 4 weeks, then surgical review."),
         sig("Ignatius Brereton, MD 10/09/2026")],
    ], opts=dict(header=head(_c, 11, "03/15/1962")))])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# u97_13 -- pdf: DBS lead placement operative report (stereotactic frame, targets, fiducials); no radiation -------------
_c = "WOLDINGHAM NEUROSURGERY (invented) - FUNCTIONAL & STEREOTACTIC SERVICE"
add(name="u97_13", kind="pdf", codes=["61798", "61800"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: operative report of bilateral STN deep brain stimulation lead placement, 01/14/2026, with a "
          "stereotactic head frame, frame-localizer fiducials, stereotactic CT fused to MRI, targets and "
          "microelectrode recording; explicitly no lesioning and no radiation. Functional radiosurgery codes "
          "claimed by mistake: facts empty, codes inconsistent.",
    docs=[Doc("u97_13.pdf", [
        [H1("Operative Report"),
         KeyValue([("Patient", f"{patient(13)}   {mrn(13)}"), ("Date of surgery", "01/14/2026"),
                   ("Surgeon", "Evadne Bramall, MD"), ("Assistant", "Kit Rowntree, MD (fellow)"),
                   ("Neurophysiology", "Morwenna Gage, PhD"),
                   ("Preoperative diagnosis", "G20.A1 Parkinson disease with motor fluctuations and dyskinesia"),
                   ("Procedure", "Bilateral subthalamic nucleus deep brain stimulation lead placement, frame-based, "
                    "with microelectrode recording and intraoperative macrostimulation"),
                   ("Anesthesia", "Local with monitored anesthesia care; awake for testing")]),
         H2("Description"),
         P("The stereotactic head frame was applied in the pre-operative area under local anesthesia with four pins, "
           "aligned to the AC-PC plane. A stereotactic CT with the localizer box (N-shaped fiducial rods) was obtained "
           "and fused to the pre-operative 3 T MRI of 01/07/2026 in the planning station (NAVIGATOR Stereo 6, "
           "invented); fiducial registration error 0.4 mm."),
         P("Targets: left STN X 12.0, Y -2.5, Z -4.0 relative to MCP; right STN X -11.5, Y -2.0, Z -4.0. Entry "
           "points chosen to avoid sulci and ventricles on contrast MRI."),
         P("Burr holes bilaterally. Microelectrode recording: left STN 5.0 mm of typical firing, right 4.5 mm. "
           "Macrostimulation with the lead showed rigidity reduction at 1.5 mA with capsular side effects above "
           "4.5 mA on both sides. Leads fixed with the burr-hole cap. No lesioning was performed. Intraoperative "
           "fluoroscopy confirmed lead position. The frame was removed at the end of the case."),
         P("Post-operative CT: no hemorrhage, leads at target. EBL 20 mL. No complications. Pulse generator "
           "implantation under general anesthesia planned in 1 week (stage 2)."),
         sig("Evadne Bramall, MD 01/14/2026")],
    ], opts=dict(header=head(_c, 13, "03/03/1961")))])

# u97_14 -- pdf: stereotactic vacuum-assisted breast biopsy report (target calcifications, clip) --------------------
_c = "HARBOURSIDE BREAST IMAGING (invented)"
add(name="u97_14", kind="pdf", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: radiology report of a stereotactic vacuum-assisted left breast biopsy (prone table, "
          "stereo pair images, target calcifications, clip), 11/03/2026, with a pathology addendum. No radiation "
          "course: facts empty, SBRT codes inconsistent.",
    docs=[Doc("u97_14.pdf", [
        [H1("Stereotactic Breast Biopsy - Procedure Report"),
         KeyValue([("Patient", f"{patient(14)}   {mrn(14)}"), ("Exam date", "11/03/2026"),
                   ("Exam", "STEREOTACTIC-GUIDED VACUUM-ASSISTED BIOPSY, LEFT BREAST"),
                   ("Radiologist", "Delia Sparrowhawk, MD"), ("Referring", "Dr Marcus Ebbsfleet")]),
         P("Indication: grouped fine pleomorphic calcifications, left breast upper outer quadrant, posterior depth, "
           "8 mm extent, BI-RADS 4B on diagnostic mammography 10/20/2026. No ultrasound correlate."),
         P("Procedure: informed consent obtained. Patient prone on the dedicated stereotactic biopsy table, "
           "craniocaudal approach. Scout and +/-15 degree stereo pair images localised the target calcifications. "
           "After 1% lidocaine, a 9-gauge vacuum-assisted device was placed and 12 cores obtained. Specimen "
           "radiograph confirmed calcifications in 5 cores (separated). A ribbon-shaped marker clip was deployed; "
           "post-procedure CC/ML mammogram shows the clip within 3 mm of the biopsy cavity."),
         P("Complications: none; hemostasis with manual compression 10 minutes."),
         P("Impression: successful stereotactic biopsy of the left breast calcifications; clip in place. "
           "Radiology-pathology correlation to follow."),
         H2("Addendum 11/06/2026 - pathology"),
         P("Ductal carcinoma in situ, intermediate nuclear grade, solid and cribriform, with calcifications; ER "
           "positive (95%). Concordant. Referred to the breast surgery clinic; radiation oncology consult after "
           "surgery as indicated."),
         sig("Delia Sparrowhawk, MD 11/06/2026")],
    ], opts=dict(header=head(_c, 14, "01/29/1968")))])

# u97_15 -- bundle (2 files): pre-bill worksheet + monthly SRS physics QA report attached instead of the record ------
_c = "FELLSIDE RADIATION PHYSICS (invented)"
add(name="u97_15", kind="bundle", codes=["77372", "77432"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative, two-file bundle: a pre-bill worksheet for DOS 05/19/2026 (single-session SRS codes) and the "
          "only attachment, the linac's monthly SRS physics QA report (Winston-Lutz isocenter, stereotactic cone "
          "output factors, CBCT geometry, CT-calibration phantom fiducials, anonymised PSQA gamma table, a PTV-margin "
          "teaching note). Nothing about this patient's course: facts empty, codes inconsistent.",
    docs=[
        Doc("1_prebill_worksheet.txt", text=f"""
FELLSIDE CANCER CENTRE (invented) - PRE-BILL WORKSHEET
Patient: {patient(15)}   MRN: {mrn(15)}   DOB: 07/19/1950
Date of service: 05/19/2026   Place of service: hospital outpatient   Rendering: Ambrose Tennant, MD

Codes entered:  77372 x1   77432 x1
Diagnosis: C79.31
Attachments: "SRS QA May 2026.pdf" (1 file)
Coder comment (R. Yelland, 05/26/2026): the attachment looks like a physics QA report, not the treatment record. Requested the SRS plan and delivery record from the department; hold claim.
{FOOT}
"""),
        Doc("2_SRS_QA_May_2026.pdf", [
            [H1("Monthly SRS Quality Assurance Report - Linac 3 (May 2026)"),
             KeyValue([("Machine", "Linac 3, 6 MV FFF, HD MLC, stereotactic cone set 4-17.5 mm, 6DoF couch"),
                       ("Performed", "05/02/2026 (weekend session) by Sunniva Okafor, MS and Declan Rusk, MS"),
                       ("Reviewed", "Chief physicist 05/05/2026")]),
             H2("Isocenter and imaging"),
             RuledTable([("Test", "Result", "Tolerance", "Pass"),
                         ("Winston-Lutz, MLC 10 mm, 8 gantry/couch combinations", "max 0.62 mm", "1.0 mm", "yes"),
                         ("Winston-Lutz, 4 mm cone", "max 0.48 mm", "0.75 mm", "yes"),
                         ("kV/MV/laser isocenter coincidence", "0.4 mm", "1.0 mm", "yes"),
                         ("Cone-beam CT geometric scaling and HU uniformity", "within spec", "per TG-142", "yes"),
                         ("6DoF couch rotation accuracy", "0.2 deg", "0.5 deg", "yes")]),
             H2("Stereotactic cones - output factors (relative to 10 x 10)"),
             TextTable([("Cone", "Measured", "Baseline", "Diff"), ("4 mm", "0.655", "0.659", "-0.6%"),
                        ("7.5 mm", "0.781", "0.778", "+0.4%"), ("12.5 mm", "0.842", "0.843", "-0.1%"),
                        ("17.5 mm", "0.871", "0.872", "-0.1%")], columns=(0, 90, 180, 270)),
             H2("CT simulator"),
             P("CT number to electron density calibration checked with the density phantom; phantom fiducial "
               "localisation error 0.3 mm; slice thickness and laser alignment within tolerance.")],
            [H1("Patient-specific QA summary (anonymised)"),
             RuledTable([("QA ID", "Plan type", "Detector", "Gamma criterion", "Pass rate"),
                         ("QA-2605-01", "cranial SRS, 3 targets", "diode array", "3%/1 mm", "98.4%"),
                         ("QA-2605-02", "spine SBRT", "diode array", "2%/2 mm", "97.9%"),
                         ("QA-2605-03", "lung SBRT", "film", "3%/2 mm", "99.1%"),
                         ("QA-2605-04", "cranial SRS, 1 target (cone)", "film", "3%/1 mm", "96.7%")]),
             H2("Teaching file note (residents)"),
             P("Reminder for the physics teaching file: for frameless cranial SRS on this unit the department margin "
               "recipe is PTV = GTV + 1 mm; for spine, PTV = CTV + 2 mm, cropped from the cord PRV. Example plans "
               "above are used for the June journal club on small-field dosimetry."),
             sig("Sunniva Okafor, MS, DABR 05/05/2026")],
        ], opts=dict(header=[_c, "Machine QA report - no patient data"])),
    ])

# u97_16 -- pdf: conventional whole-breast RT 40.05 Gy/15 after a stereotactic breast biopsy; boost omitted; Tdap booster -
_c = "PENROSE VALLEY CANCER CENTRE (invented)"
add(name="u97_16", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 15, ["CT"], ["body_immobilization"]),
    lesions=[L("left breast", "body", None, 40.05, 15)],
    categories=cats(),
    notes="Hard negative (conventional course): whole-breast radiotherapy after lumpectomy, 40.05 Gy in 15 fractions "
          "with DIBH, 02/02-02/20/2026. Confusers: diagnosis by 'stereotactic breast biopsy' with a clip, tumour-bed "
          "'boost' omitted, a Tdap 'booster', 'target' volumes, daily image guidance. Fifteen fractions: the claimed "
          "SBRT codes are inconsistent, no delivery code.",
    docs=[Doc("u97_16.pdf", [
        [H1("Radiation Therapy Completion Summary"),
         KeyValue([("Patient", f"{patient(16)}   {mrn(16)}"), ("Treatment dates", "02/02/2026 - 02/20/2026"),
                   ("Diagnosis", "C50.412 left breast IDC, pT1b (8 mm) N0(sn), grade 1, ER/PR+, HER2-; DCIS component"),
                   ("Surgery", "Left wide local excision + sentinel node biopsy 12/09/2025, margins clear (>= 2 mm)"),
                   ("Physician", "Rowena Tillotson, MD")]),
         H2("History"),
         P("Screen-detected calcifications, left upper outer quadrant; stereotactic breast biopsy 10/21/2025 showed "
           "IDC with DCIS, biopsy clip placed and retrieved in the lumpectomy specimen. Endocrine therapy (letrozole) "
           "to start after radiotherapy."),
         H2("Treatment"),
         KeyValue([("Simulation", "01/20/2026 CT 3 mm, supine on breast board, arms up, Vac-Lok bag; DIBH coached"),
                   ("Target", "Whole left breast CTV -> PTV (5 mm, cropped 5 mm from skin)"),
                   ("Technique", "Field-in-field tangents, 6/10 MV, DIBH with surface guidance"),
                   ("Planning system", "MERLIN TPS 9 (invented)"),
                   ("Prescription", "40.05 Gy in 15 fractions of 2.67 Gy"),
                   ("Boost", "Tumour-bed boost omitted (age 72, grade 1, clear margins)"),
                   ("Heart", "Mean heart dose 0.9 Gy; LAD Dmax 4.8 Gy")]),
         RuledTable([("Site", "Dose/fx", "Fractions", "Total", "Start", "End"),
                     ("Left breast", "2.67 Gy", "15", "40.05 Gy", "02/02/2026", "02/20/2026")]),
         P("Image guidance: daily kV pair before treatment (first 3 days and weekly CBCT), surface-guided DIBH "
           "gating each fraction. Physics weekly chart checks complete."),
         P("Tolerance: grade 1 dermatitis at the inframammary fold, managed with emollient. Tdap booster given by "
           "her GP during week 2 after a garden injury - no interaction with treatment. Survivorship visit in 6 "
           "weeks; annual mammography."),
         sig("Rowena Tillotson, MD 02/23/2026")],
    ], opts=dict(header=head(_c, 16, "08/12/1953")))])

# u97_17 -- dictation: follow-up visit in a Gamma Knife Center clinic 3 months after radiosurgery; new lesion observed -
add(name="u97_17", kind="dictation", codes=["77371", "77432"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: dictated follow-up visit (DOS 04/22/2026) in a 'Gamma Knife Center' clinic, three months "
          "after frame-based radiosurgery of two metastases in 01/2026 (doses retold). Interval MRI: treated lesions "
          "smaller, a new 3 mm lesion and white matter lesions observed; repeat radiosurgery only 'if it grows'. No "
          "treatment this visit: facts empty, codes inconsistent.",
    docs=[Doc("u97_17.txt", text=f"""
LANGDALE GAMMA KNIFE CENTER (invented) - FOLLOW UP CLINIC
OUTPATIENT NOTE (dictated)
Patient: {patient(17)}   MRN: {mrn(17)}   DOB: 02/02/1955   Visit date: 04/22/2026
Physician: Marisol Entwistle, MD

Mr. Ubbeston returns three months after Gamma Knife radiosurgery, which he had here on January twenty first under a Leksell frame, to two breast cancer... correction, to two melanoma brain metastases: the right frontal lesion received twenty gray and the left cerebellar lesion eighteen gray, each to the fifty percent isodose line, single session.

Interval history: no headaches, no seizures. He is back to playing bowls. On nivolumab and ipilimumab maintenance per Dr. Hollis.

MRI brain April nineteenth, reviewed with the patient on screen: the right frontal lesion measures four millimeters, previously nine, with a thin rim of enhancement and less edema; the left cerebellar lesion is no longer clearly seen. There is a new three millimeter enhancing lesion at the left occipital gray white junction. Scattered T two FLAIR white matter lesions are unchanged and likely small vessel disease.

Exam: neurologically intact. KPS ninety.

Assessment and plan: good response of both treated lesions. The new left occipital lesion is tiny and he is on effective immunotherapy; we agreed to watch it and repeat the MRI in six weeks. If it grows we would offer repeat Gamma Knife radiosurgery, likely frameless with the mask this time since he disliked the frame. No treatment today.

Marisol Entwistle, MD   D: 04/22/2026   T: 04/23/2026
{FOOT}
""")])

# u97_18 -- EHR text: conventional palliative acetabulum RT 30 Gy/10 at a "CyberKnife Center"; humerus fracture in a sling -
add(name="u97_18", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 10, ["CT"], []),
    lesions=[L("right acetabulum", "body", None, 30, 10)],
    categories=cats(positioning=False),
    notes="Hard negative (conventional course): EHR export from a clinic called 'Brookfield CyberKnife Center', "
          "conventional 3D palliative RT to the right acetabulum, 30 Gy in 10 on a gantry linac, CT simulation, "
          "no immobilization device (the left humerus fracture is 'immobilized' in a sling), daily kV imaging. "
          "Ten fractions: SBRT codes inconsistent, no delivery code.",
    docs=[Doc("u97_18.txt", text=f"""
BROOKFIELD CYBERKNIFE CENTER (invented) -- RADIATION ONCOLOGY -- TREATMENT SUMMARY (EHR export)
Pt: {patient(18)}   MRN: {mrn(18)}   DOB: 09/09/1948   Printed: 07/27/2026 by M. Ashdown (HIM)
Attending: Bartholomew Inchcape, MD

Dx: C79.51 secondary malignant neoplasm of bone - right acetabulum; metastatic breast cancer (ER+), widespread bone disease.
Course: RT_HIP_R  (conventional palliative, 3D conformal)   Status: Completed

HPI: 78F with painful right acetabular metastasis (pain 8/10, weight-bearing limited) and a left proximal humerus pathological fracture 06/2026, managed non-operatively: immobilization in a collar-and-cuff sling per orthopaedics, humerus to be treated after the hip. Orthopaedics: no fixation of the acetabulum. SBRT was not considered appropriate (large soft-tissue component, multifocal disease, goal rapid palliation).

Simulation 07/06/2026: CT 3 mm, supine, knees on a standard foam wedge for comfort; no immobilization device used (unable to lie in a vacuum bag because of the arm fracture). Skin marks.
Plan: AP/PA plus right anterior oblique 3D fields, 15 MV, MLC shaped; planning system HERON-3D 2 (invented). Rx 30 Gy in 10 fractions of 3 Gy to PTV_RAcetab (GTV + 1 cm).

Fx log:
 01 07/13/2026 300 cGy  kV pair match
 02 07/14/2026 300 cGy  kV pair match
 03 07/15/2026 300 cGy  kV pair match
 04 07/16/2026 300 cGy  kV pair match
 05 07/17/2026 300 cGy  kV pair match
 06 07/20/2026 300 cGy  kV pair match
 07 07/21/2026 300 cGy  kV pair match
 08 07/22/2026 300 cGy  kV pair match
 09 07/23/2026 300 cGy  kV pair match
 10 07/24/2026 300 cGy  kV pair match
Total: 3000 cGy / 10 fx to right acetabulum. Weekly physics chart check x2 done. OTV notes x2.

Outcome: pain 4/10 at completion, walking with a frame. Left humerus: plan 20 Gy in 5 after review next week (separate course).
e-signed Bartholomew Inchcape, MD 07/24/2026
{FOOT}
""")])

# u97_19 -- pdf: thoracic oncology consult recommending SBRT, citing trials; simulation not yet booked -------------------
_c = "CARRICK HILL THORACIC ONCOLOGY (invented)"
add(name="u97_19", kind="pdf", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: radiation oncology consult (05/11/2026) for oligometastatic colorectal cancer to the lung "
          "recommending SBRT to two nodules (doses proposed), with a literature paragraph citing SABR-COMET and "
          "other SBRT trials and a reference list; PET from the staging work-up, simulation 'to be scheduled' after "
          "insurance review. Nothing simulated or delivered: facts empty, codes inconsistent.",
    docs=[Doc("u97_19.pdf", [
        [H1("Radiation Oncology Consultation"),
         KeyValue([("Patient", f"{patient(19)}   {mrn(19)}"), ("Date", "05/11/2026"),
                   ("Consultant", "Dunstan Achebe-Hale, MD"), ("Referred by", "Dr Perrin Voss, Medical Oncology"),
                   ("Dx", "C78.01 / C78.02 lung metastases from sigmoid adenocarcinoma (resected 2023)")]),
         P("HPI: 61-year-old woman, ECOG 0, with two slowly growing lung nodules (RLL 1.4 cm, LUL 1.1 cm) after "
           "completing adjuvant chemotherapy; CEA 6.2. FDG PET/CT 04/28/2026: both nodules avid, no other disease. "
           "Thoracic surgery felt bilateral wedge resection feasible but she prefers a non-surgical option."),
         H2("Discussion"),
         P("Stereotactic body radiotherapy (SBRT / SABR) is a standard option for a limited number of lung "
           "metastases. In SABR-COMET, SABR added to standard care improved overall survival in oligometastatic "
           "patients (Palma et al., Lancet 2019; 8-year update, J Clin Oncol 2020), and single-fraction and "
           "multi-fraction schedules gave similar local control for peripheral lung metastases in randomised "
           "comparison. Local control at 2-3 years is around 80-90%."),
         P("Recommendation: SBRT to both nodules, e.g. RLL 48 Gy in 4 fractions and LUL 34 Gy in 1 fraction, or "
           "both 54 Gy in 3 if away from the chest wall. She wishes to proceed. 4DCT simulation in a vacuum cushion "
           "will be scheduled once insurance authorisation is received (usual timeframe 2-3 weeks); no simulation or treatment has been "
           "booked yet."),
         H2("References"),
         BulletList(["Palma DA et al. Stereotactic ablative radiotherapy versus standard of care palliative treatment "
                     "in oligometastatic cancers (SABR-COMET). Lancet 2019.",
                     "Timmerman R et al. Stereotactic body radiation therapy for inoperable early stage lung cancer. "
                     "JAMA 2010.",
                     "Institutional SBRT lung protocol v7 (internal document)."], numbered=True),
         sig("Dunstan Achebe-Hale, MD 05/11/2026")],
    ], opts=dict(header=head(_c, 19, "12/24/1964")))])

# u97_20 -- dictation: stereo-EEG electrode implantation with a stereotactic frame and robotic-arm guidance ------------
add(name="u97_20", kind="dictation", codes=["61798", "61800"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: dictated operative note of frame-based stereo-EEG depth electrode implantation (12 "
          "electrodes) with a robotic-arm trajectory guide, CT angiography + MRI fusion, 09/08/2026; "
          "radiofrequency thermocoagulation 'lesioning' deferred. No radiation of any kind: facts empty, "
          "radiosurgery codes inconsistent.",
    docs=[Doc("u97_20.txt", text=f"""
HOLLINSCLOUGH EPILEPSY SURGERY PROGRAMME (invented)
OPERATIVE NOTE - DICTATED
Patient: {patient(20)}   MRN: {mrn(20)}   DOB: 11/11/1996
Date of operation: 09/08/2026
Surgeon: Tancred Oyelaran, MD   Assistant: Beatrix Hume, MD   Anesthesia: general endotracheal

Preoperative diagnosis: drug resistant focal epilepsy, suspected left temporal plus onset (G40.219). MRI negative.
Procedure: stereotactic implantation of twelve stereo EEG depth electrodes, left hemisphere, frame based, with robotic arm trajectory guidance.

Planning: a contrast MRI and a CT angiogram were obtained preoperatively and fused in the planning software, and twelve trajectories were planned by the epilepsy team to the left amygdala, anterior and posterior hippocampus, temporal pole, insula, orbitofrontal cortex and cingulate, avoiding vessels on the angiogram.

Description: after induction the stereotactic frame was applied with four pins and a stereotactic CT with the localizer was obtained and merged with the plan; registration error zero point five millimeters. The frame was attached to the table and the robotic arm was registered to the frame. Each trajectory was drilled through a two point one millimeter twist drill hole, the bolt placed, the dura opened with a coagulation probe, and the electrode passed to target. Twelve electrodes were placed without difficulty. A postoperative CT fused with the MRI confirmed all contacts at their targets with no hemorrhage. The frame was removed.

We discussed with the family that radiofrequency thermocoagulation lesioning through the electrodes may be offered at the end of monitoring if a focal onset is found; that will be a separate procedure. No lesioning was done today.

The patient went to the epilepsy monitoring unit for video EEG, with a plan to taper antiseizure medications.

Tancred Oyelaran, MD   D: 09/08/2026   T: 09/09/2026
{FOOT}
""")])


CORPUS = Corpus("blind_corpus97", "tests/blind_corpus97", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
