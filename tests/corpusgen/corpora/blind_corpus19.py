"""Nineteenth blind corpus, ``tests/blind_corpus19/`` (regenerate: ``python scripts/make_corpus.py blind_corpus19``).

Twenty courses written as transcribed clinical notes in the style of public medical-transcription samples:
ALL-CAPS section headings followed by a colon and run-on text, numbered lists inside paragraphs,
neurosurgery frame-placement and radiosurgery procedure notes co-signed by radiation oncology, "special
treatment procedure" and "SRS procedure" notes, on-treatment visit notes, weekly physics chart checks,
completion summaries and follow-up notes; single notes (mostly .txt) and bundles of 2-4 notes; a few pages
scanned at 150-200 dpi. Hard negatives: a consult only, a follow-up only, an abandoned frame procedure and
a conventional course claimed as SBRT. Three charts contradict themselves (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (dictated and text documents are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import RuledTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ALARIC", "BRIONY", "CASIMIR", "DELPHINE", "EZEKIEL", "FIONNUALA", "GIDEON", "HONORIA", "IGNATIUS", "JOSEPHINE",
         "KASIMIR", "LAVINIA", "MALACHY", "NERISSA", "OSWIN", "PRUDENCE", "RADCLIFFE", "SERAPHINA", "THADDEUS", "URSULA"]


def patient(n: int) -> str:
    return f"NINETEENPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-190{n:02d}"


def hdr(clinic: str, n: int, extra: str = "") -> list[str]:
    return [clinic, f"Patient: {patient(n)}    MRN: {mrn(n)}" + (f"    {extra}" if extra else "")]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Gamma Knife
# ==================================================================================================

# b19_01 -- bundle: frame placement note + GK procedure note + physics check; three metastases ----------------
add(name="b19_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 3, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right cerebellar", "cranial", S, 18, 1), L("left frontal operculum", "cranial", S, 20, 1),
             L("left precuneus", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Three transcribed notes: neurosurgery frame-placement note, GK radiosurgery procedure note co-signed "
          "by radiation oncology, physics pre-treatment check. Three metastases in a numbered run-on list "
          "(right cerebellar 18 Gy, left frontal operculum 20 Gy, left precuneus 20 Gy, 50% IDL). Prior WBRT "
          "30 Gy in 10 fx (2024) recounted in history; brainstem max 11.6 Gy; 'eighteen hundred cGy' in words.",
    docs=[
        Doc("1_frame_placement.txt", text=f"""
HARROWGATE NEUROLOGICAL INSTITUTE - DEPARTMENT OF NEUROSURGERY
OPERATIVE NOTE
PATIENT: {patient(1)}     MRN: {mrn(1)}     DATE OF PROCEDURE: 11/09/2026

PREOPERATIVE DIAGNOSIS: Multiple brain metastases from non-small cell lung cancer, three lesions.

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Application of Leksell model G stereotactic head frame for Gamma Knife radiosurgery.

SURGEON: Cornelius Abernathy-Vance, MD

ANESTHESIA: Local, 1% lidocaine with epinephrine mixed with 0.5% bupivacaine, with oral lorazepam 1 mg preoperatively.

INDICATIONS: The patient is a 63-year-old right-handed gentleman with EGFR-negative adenocarcinoma of the lung who received whole brain radiation therapy 30 Gy in 10 fractions at an outside facility in March 2024 and now has three new enhancing lesions on surveillance MRI. Options including repeat whole brain radiation, surgery and radiosurgery were discussed and he elected radiosurgery. Risks including pin-site infection, bleeding, radiation necrosis, seizure and the small risk of failure were explained and consent was signed.

DESCRIPTION OF PROCEDURE: The patient was seated on the procedure chair and the scalp was prepped with chlorhexidine at the four pin sites. The frame was positioned with ear bars and shifted slightly to the right and posterior so that the right cerebellar lesion would be well within the treatable volume. Local anesthetic was infiltrated at the two frontal and two occipital pin sites, and the four pins were advanced and tightened in an alternating diagonal fashion to finger tightness plus one quarter turn. The frame was noted to be stable and the ear bars were removed. The patient tolerated the procedure well with no loss of consciousness and no bleeding beyond a trace from the right frontal pin. He was then escorted to MRI for stereotactic imaging.

ESTIMATED BLOOD LOSS: Less than 5 mL.

COMPLICATIONS: None.

C. Abernathy-Vance, MD
D: 11/09/2026 07:52   T: 11/09/2026 10:15   Job #: 448120
{FOOT}
"""),
        Doc("2_radiosurgery_procedure.txt", text=f"""
HARROWGATE NEUROLOGICAL INSTITUTE - GAMMA KNIFE CENTER
STEREOTACTIC RADIOSURGERY PROCEDURE NOTE
PATIENT: {patient(1)}     MRN: {mrn(1)}     DATE OF SERVICE: 11/09/2026

PROCEDURE PERFORMED: Gamma Knife stereotactic radiosurgery of three intracranial metastases, single session.

NEUROSURGEON: Cornelius Abernathy-Vance, MD.  RADIATION ONCOLOGIST: Leontyne Marchbanks, MD.  MEDICAL PHYSICIST: Anselm Trevithick, PhD.

HISTORY OF PRESENT ILLNESS: Copied forward from consult 10/28/2026: 63-year-old gentleman with lung adenocarcinoma, prior WBRT 30 Gy in 10 fractions March 2024, with three new lesions on MRI 10/21/2026. KPS 80. [***] Extracranial disease stable on osimertinib [***].

DESCRIPTION OF PROCEDURE: After frame application by Dr. Abernathy-Vance, the patient underwent a stereotactic MRI with gadolinium, 1 mm axial T1 post-contrast and T2 sequences with the MR indicator box, followed by a stereotactic CT with the CT indicator box, 1 mm slices, which was used for the skull contour and fused to the MRI in GammaPlan. The targets were contoured jointly by neurosurgery and radiation oncology as follows: 1. right cerebellar hemisphere metastasis, 2.6 cm, prescribed eighteen hundred cGy (18 Gy) to the 50% isodose line, 14 shots of 8 and 4 mm collimators; 2. left frontal operculum metastasis, 1.1 cm, 20 Gy to the 50% isodose line, 5 shots; 3. left precuneus metastasis, 0.7 cm, 20 Gy to the 50% isodose line, 3 shots. Maximum doses were 36 Gy, 40 Gy and 40 Gy respectively. Brainstem maximum point dose was 11.6 Gy; the V12 of normal brain was 6.8 cc. The plan was reviewed and approved by both physicians and by physics.

The patient was positioned on the Gamma Knife Perfexion couch and the frame was docked to the frame adapter. Treatment was delivered in a single session with a total treatment time of 52 minutes without interruption. At the end of the procedure the frame was removed, the pin sites were dressed, and he was observed for one hour and discharged with his wife.

IMPRESSION: Successful single-session Gamma Knife radiosurgery to three brain metastases: right cerebellar 18 Gy, left frontal operculum 20 Gy, left precuneus 20 Gy.

PLAN: 1. Dexamethasone 4 mg once today only. 2. MRI brain with contrast in 8 weeks. 3. Return to clinic after MRI. 4. Continue osimertinib per medical oncology.

Dictated by C. Abernathy-Vance, MD.  Co-signed: Leontyne Marchbanks, MD, Radiation Oncology, 11/10/2026.
{FOOT}
"""),
        Doc("3_physics_check.txt", text=f"""
HARROWGATE GAMMA KNIFE CENTER - MEDICAL PHYSICS PRE-TREATMENT CHECK
PATIENT: {patient(1)}   MRN: {mrn(1)}   DATE: 11/09/2026

1. Frame fiducial registration on stereotactic MRI: mean error 0.4 mm, max 0.7 mm, acceptable.  2. Stereotactic CT skull definition imported and verified against the MRI.  3. Independent check of the shot coordinates and times against GammaPlan printout: agree.  4. Frame adapter and clearance check performed with the patient on the couch: no collision.  5. Daily QA of the unit passed, output within 1%.

Checked: A. Trevithick, PhD, DABR  11/09/2026 12:40
{FOOT}
"""),
    ])

# b19_02 -- ehr_text: GK Icon mask, residual pituitary adenoma 5 Gy x 5 -----------------------------------------
add(name="b19_02", kind="ehr_text", codes=["77373", "77435", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 5, ["MRI"], ["mask"]),
    lesions=[L("residual pituitary adenoma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Special-treatment-procedure note plus completion summary in one text export: Gamma Knife Icon with a "
          "thermoplastic mask, residual non-functioning pituitary adenoma after transsphenoidal resection, "
          "5 Gy x 5 = 25 Gy to the 50% IDL. Planning MRI only; Icon CBCT is image guidance; a planning CT "
          "is stated as not obtained. Frame discussed and rejected. Optic chiasm max 4.6 Gy x 5; templated "
          "[***] left in.",
    docs=[Doc("b19_02.txt", text=f"""
WENTWORTH VALE CANCER CENTRE - RADIATION ONCOLOGY
SPECIAL TREATMENT PROCEDURE NOTE
PATIENT NAME: {patient(2)}     MEDICAL RECORD #: {mrn(2)}     DATE: 10/19/2026

DIAGNOSIS: Residual nonfunctioning pituitary macroadenoma, status post endoscopic transsphenoidal resection 05/2026, residual tumor in the right cavernous sinus.

PROCEDURE: Fractionated stereotactic radiosurgery with the Leksell Gamma Knife Icon, mask based.

DESCRIPTION: This special treatment procedure note documents the additional physician effort for this stereotactic course. Because the residual lies within 3 mm of the optic chiasm, single-fraction radiosurgery with a Leksell frame was discussed and rejected in favor of a five-fraction course with a thermoplastic mask, which the patient also preferred. A custom thermoplastic mask was made on 10/13/2026 together with the Icon head cushion, and the nose marker for the intrafraction motion management system was placed. Planning MRI on 10/13/2026 with thin-slice post-contrast T1 and CISS sequences was imported into GammaPlan. A planning CT was not obtained; the stereotactic reference is defined by the Icon cone-beam CT at each fraction. Target: residual adenoma, GTV = PTV, 2.2 x 1.6 cm. Prescription 500 cGy per fraction x 5 fractions to the 50% isodose line, total 25 Gy, using 19 shots. Optic chiasm maximum 4.6 Gy per fraction, 23 Gy total; right optic nerve max 21.9 Gy total; brainstem max 14.1 Gy total. I personally reviewed the contours, the plan and the cone-beam registration. [***]

Physician: Marisol Quennell-Hart, MD

----------------------------------------------------------------------
WENTWORTH VALE CANCER CENTRE - RADIATION ONCOLOGY
TREATMENT COMPLETION SUMMARY
PATIENT NAME: {patient(2)}     MEDICAL RECORD #: {mrn(2)}     DATE: 10/27/2026

HISTORY: Copied forward. 47-year-old woman with a nonfunctioning pituitary macroadenoma presenting with bitemporal visual field deficit, resected 05/2026 with improvement in the fields; residual tumor in the right cavernous sinus on the 3-month MRI. [***]

TREATMENT SUMMARY: Site treated: residual pituitary adenoma. Technique: Gamma Knife Icon, mask with IFMM. Dates: 10/20/2026 to 10/26/2026. Dose: 2500 cGy in 5 fractions to the 50% isodose line, 500 cGy per fraction. Each fraction was preceded by a CBCT that was co-registered to the planning MRI, and intrafraction motion stayed under the 1.5 mm threshold (maximum 0.9 mm, fraction 3). All five fractions were delivered as planned, no interruptions.

TOLERANCE: Mild fatigue and a transient headache after fraction 2, no visual change.

PLAN: 1. MRI sella in 6 months. 2. Endocrine labs every 6 months with Dr. [***]. 3. Formal visual fields in 3 months.

Marisol Quennell-Hart, MD   electronically signed 10/27/2026
{FOOT}
""")])

# b19_03 -- ehr_text: GK frame AVM, angiography + MRI, claimed 61799 -------------------------------------------
add(name="b19_03", kind="ehr_text", codes=["77371", "77432", "61798", "61799", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["MRI", "angiography"], ["frame"]),
    lesions=[L("left mesial temporal AVM", "cranial", C, 18, 1)],
    categories=cats(),
    notes="Neurosurgery procedure note for a single AVM nidus (complex) under a Leksell frame: stereotactic DSA "
          "and MRI, 'a stereotactic CT was not needed'. 18 Gy to the 50% IDL; prior embolization with Onyx "
          "in 2025 recounted; 'the feeding artery' and 'draining vein' are not targets. Claimed 61799 "
          "(additional complex lesion) is inconsistent: one lesion.",
    docs=[Doc("b19_03.txt", text=f"""
ST. OSWALD UNIVERSITY HOSPITAL - NEUROSURGERY / RADIOSURGERY
PROCEDURE NOTE
PATIENT: {patient(3)}   MRN: {mrn(3)}   DOS: 11/16/2026   ROOM: GK-2

PREOPERATIVE DIAGNOSIS: Arteriovenous malformation, left mesial temporal lobe, Spetzler-Martin grade III, status post partial Onyx embolization 08/2025.

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: 1. Application of Leksell stereotactic frame. 2. Stereotactic cerebral angiography. 3. Stereotactic MRI. 4. Gamma Knife radiosurgery of the arteriovenous malformation.

ATTENDING SURGEON: Evander Kolbeck-Stroud, MD.  RADIATION ONCOLOGY: Yevgenia Pallister, MD.  NEUROINTERVENTION: Ramon Okafor-Lind, MD.  PHYSICS: B. Ashdown, MS.

HISTORY OF PRESENT ILLNESS: The patient is a 29-year-old woman who presented in 2025 with a focal seizure and was found to have an unruptured left mesial temporal AVM fed by branches of the left posterior cerebral and anterior choroidal arteries with a single deep draining vein to the basal vein of Rosenthal. Partial embolization reduced the nidus by roughly 40%. The residual nidus measures 2.4 x 2.0 x 1.8 cm. Microsurgery was felt to carry a high risk to the optic radiation and radiosurgery was recommended.

DESCRIPTION OF PROCEDURE: Under local anesthesia with conscious sedation the Leksell G frame was applied with four pins without difficulty. The patient was taken to the angiography suite where a stereotactic biplane digital subtraction angiogram was performed via right femoral access with the angiographic localizer box, with left internal carotid and left vertebral injections. A stereotactic MRI with contrast, 1 mm volumetric T1 and time-of-flight sequences, was then obtained. A stereotactic CT was not needed. The angiographic and MR images were registered in GammaPlan and the residual nidus was outlined, excluding the embolized portion and the draining vein. The nidus volume was 4.1 cc. Prescription was 18 Gy to the 50% isodose line with 16 shots; maximum dose 36 Gy; 12 Gy volume 9.7 cc. The optic tract was more than 8 mm from the target and received a maximum of 6.2 Gy. Frame coordinates and the treatment plan were independently verified by physics before treatment. The patient was treated in one session on the Gamma Knife Esprit with a treatment time of 71 minutes. The frame was removed, hemostasis at the femoral site was confirmed, and she recovered in the short-stay unit.

ESTIMATED BLOOD LOSS: Minimal.

COMPLICATIONS: None.

IMPRESSION: Single-session Gamma Knife radiosurgery, 18 Gy marginal dose to the residual left mesial temporal AVM nidus.

PLAN: 1. Continue levetiracetam. 2. MRI at 6 and 12 months. 3. Angiography at 3 years to assess obliteration.

E. Kolbeck-Stroud, MD      Co-signed: Y. Pallister, MD (Radiation Oncology) 11/17/2026
D: 11/16/2026  T: 11/17/2026
{FOOT}
""")])


# ==================================================================================================
# Linac cranial
# ==================================================================================================

# b19_04 -- scan (175 dpi): TrueBeam FSRT to a left occipital resection cavity 30 Gy / 5 --------------------
_c = "BRAMLEY CROSS MEDICAL CENTER - RADIATION ONCOLOGY"
add(name="b19_04", kind="scan", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left occipital resection cavity", "cranial", S, 30, 5)],
    categories=cats(),
    notes="Scanned (175 dpi) typed SRS procedure note and completion summary: TrueBeam FSRT to a left "
          "occipital resection cavity, 6 Gy x 5 = 30 Gy to the 80% IDL, open-face mask, CT simulation + "
          "post-operative MRI fusion, daily CBCT. The 27 Gy in 3 alternative and the pre-operative 3.8 cm "
          "tumour size are history (the cavity is 2.9 cm).",
    docs=[Doc("b19_04.pdf", [[
        H1("SRS PROCEDURE NOTE AND COMPLETION SUMMARY"),
        P("PATIENT: " + patient(4) + "     MRN: " + mrn(4) + "     DATES OF TREATMENT: 10/26/2026 - 11/02/2026"),
        P("DIAGNOSIS: Metastatic melanoma to the brain, status post gross total resection of a 3.8 cm left occipital metastasis on 09/30/2026."),
        P("HISTORY OF PRESENT ILLNESS: 54-year-old man with BRAF-mutant melanoma who presented with a right homonymous hemianopia. Resection by Dr. Ferrand-Kew. Postoperative MRI 10/08/2026 shows a clean cavity without residual enhancement and no other lesions. We discussed 27 Gy in 3 fractions versus 30 Gy in 5 fractions and selected five fractions because of the cavity size and proximity to the left optic radiation."),
        P("PROCEDURE PERFORMED: Fractionated stereotactic radiotherapy to the resection cavity on the TrueBeam STx with HyperArc."),
        P("DESCRIPTION OF PROCEDURE: The patient was immobilized in an open-face thermoplastic mask with a mouth bite and simulated with a 1 mm CT on 10/15/2026. The CT was fused with the postoperative MRI (T1 post-gadolinium, FLAIR). The cavity was contoured as the CTV, 2.9 cm maximum dimension, with a 2 mm PTV expansion. Prescription 600 cGy x 5 to the 80% isodose line, total 3000 cGy, 4 non-coplanar HyperArc arcs, 6 MV FFF. Before each fraction a cone-beam CT was matched to the planning CT with 6-degree-of-freedom couch correction, and optical surface monitoring was used throughout."),
        RuledTable([("Fx", "Date", "Dose (cGy)", "CBCT shift (mm)", "MD"),
                    ("1", "10/26/2026", "600", "1.1", "HLW"),
                    ("2", "10/28/2026", "600", "0.7", "HLW"),
                    ("3", "10/29/2026", "600", "0.9", "HLW"),
                    ("4", "10/30/2026", "600", "0.5", "HLW"),
                    ("5", "11/02/2026", "600", "0.8", "HLW")]),
        P("IMPRESSION: Completed FSRT to the left occipital resection cavity, 30 Gy in 5 fractions. No acute toxicity beyond grade 1 alopecia at the beam entry."),
        P("PLAN: 1. MRI brain in 2 months. 2. Continue dabrafenib/trametinib held until 11/09/2026 then resume. 3. Follow up with me after the MRI."),
        sig("Hollis L. Wainwright, MD 11/03/2026"),
    ]], opts=dict(header=hdr(_c, 4), scan=True, scan_dpi=175, font="Courier"))])

# b19_05 -- bundle: Edge single-fraction SRS, six metastases (one pontine) ------------------------------------
add(name="b19_05", kind="bundle", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 6, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right superior frontal gyrus", "cranial", S, 20, 1), L("left angular gyrus", "cranial", S, 20, 1),
             L("right cuneus", "cranial", S, 20, 1), L("left cerebellar tonsil", "cranial", S, 18, 1),
             L("right temporal pole", "cranial", S, 20, 1), L("pons", "cranial", C, 15, 1)],
    categories=cats(),
    notes="SRS procedure note (numbered run-on list of six targets with gyral names) + on-treatment/post-"
          "procedure note. Edge single-isocentre SRS: five simple lesions at 20/20/20/18/20 Gy and a pontine "
          "lesion at 15 Gy (complex: within the brainstem). Brainstem max 15.4 Gy near the pontine Rx. "
          "Encompass mask, CT + MRI; ExacTrac. A seventh 2 mm focus is 'to be watched', not treated.",
    docs=[
        Doc("1_srs_procedure_note.txt", text=f"""
KILDARE HEIGHTS RADIATION ONCOLOGY ASSOCIATES
SRS PROCEDURE NOTE
PATIENT: {patient(5)}     MRN: {mrn(5)}     DATE OF PROCEDURE: 11/18/2026

DIAGNOSIS: Brain metastases, HER2-positive breast carcinoma.

HISTORY OF PRESENT ILLNESS: 51-year-old woman on trastuzumab deruxtecan with new headaches. MRI 11/02/2026 showed six enhancing metastases and a 2 mm punctate focus in the left occipital pole that is indeterminate and will be watched rather than treated. Whole brain radiation was discussed and she declined it because of cognitive concerns.

PROCEDURE PERFORMED: Single-fraction linac-based stereotactic radiosurgery, single isocenter multiple target, Varian Edge.

DESCRIPTION OF PROCEDURE: The patient was immobilized in an Encompass SRS thermoplastic mask and underwent CT simulation with 1.25 mm slices on 11/10/2026, fused with a 3D T1 post-contrast MRI of 11/09/2026. The following targets were contoured with a 1 mm PTV margin and prescribed in one fraction: 1. right superior frontal gyrus, 1.3 cm, 20 Gy; 2. left angular gyrus, 0.9 cm, 20 Gy; 3. right cuneus, 0.6 cm, 20 Gy; 4. left cerebellar tonsil, 1.7 cm, 18 Gy; 5. right temporal pole, 0.8 cm, 20 Gy; 6. pons, right paramedian, 0.5 cm, 15 Gy because of its brainstem location. Each was prescribed to the 80% isodose line. Plan: Eclipse, 5 VMAT arcs with couch kicks, 6 MV FFF, single isocenter. Brainstem maximum 15.4 Gy (at the pontine target), brainstem D0.5cc 9.8 Gy, V12 brain 7.2 cc. Pre-treatment CBCT and ExacTrac stereoscopic x-ray verification were performed, with repeat ExacTrac before each couch angle; all residuals were under 0.7 mm and 0.5 degrees. Treatment was delivered in a single session of 38 minutes. A physicist was present throughout.

IMPRESSION: Single-fraction SRS to six brain metastases as listed above.

PLAN: 1. Dexamethasone taper 4 days. 2. MRI brain 6 to 8 weeks, including review of the left occipital punctate focus. 3. Resume systemic therapy in 1 week.

Perpetua Lonsdale-Achebe, MD, Radiation Oncology
Co-signed: Desmond Varga-Holt, MD, Neurosurgery
{FOOT}
"""),
        Doc("2_post_procedure_visit.txt", text=f"""
KILDARE HEIGHTS RADIATION ONCOLOGY ASSOCIATES
ON TREATMENT / POST PROCEDURE VISIT
PATIENT: {patient(5)}     MRN: {mrn(5)}     DATE: 11/18/2026

SUBJECTIVE: Seen in the recovery bay after SRS today. Mild pressure headache 3/10. No nausea. No new weakness.

OBJECTIVE: Alert and oriented x 3. Cranial nerves II through XII intact. Strength 5/5 throughout. Gait deferred.

ASSESSMENT: Tolerated single-fraction SRS to 6 lesions well; total of six targets treated today (5 at 18-20 Gy and the pontine lesion at 15 Gy). The punctate left occipital focus was not treated.

PLAN: 1. Acetaminophen as needed. 2. Call for any new neurologic symptoms. 3. Follow up after MRI in 6 to 8 weeks.

P. Lonsdale-Achebe, MD
{FOOT}
"""),
    ])

# b19_06 -- ehr_text: Novalis FSRT, meningioma abutting the optic nerve 25 Gy / 5; 61796 claimed ---------------
add(name="b19_06", kind="ehr_text", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("right anterior clinoid meningioma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Special treatment procedure note + completion summary: Novalis TX FSRT, 5 Gy x 5 = 25 Gy to a right "
          "anterior clinoid meningioma 2 mm from the right optic nerve (complex by location, so the claimed "
          "61796 is inconsistent). BrainLab mask, CT + MRI; ExacTrac. 'Fifty-four gray in thirty fractions' "
          "was the alternative discussed; 'Optic nerve max 24.6 Gy' is near the Rx.",
    docs=[Doc("b19_06.txt", text=f"""
CALLOWAY MEMORIAL HOSPITAL - DEPARTMENT OF RADIATION ONCOLOGY

SPECIAL TREATMENT PROCEDURE NOTE

PATIENT: {patient(6)}
MRN: {mrn(6)}
DATE: 11/02/2026

DIAGNOSIS: Meningioma, right anterior clinoid process, WHO grade 1 presumed (not biopsied), enlarging.

HISTORY OF PRESENT ILLNESS: This is a 68-year-old woman with an incidentally found right anterior clinoid meningioma followed since 2022, now 2.3 cm, up from 1.7 cm, abutting the right optic nerve with about 2 mm separation on high-resolution MRI. Visual acuity and fields are intact. Neurosurgery (Dr. Pemberton-Ruiz) did not recommend resection. We discussed conventional fractionated radiotherapy, fifty-four gray in thirty fractions, versus hypofractionated stereotactic radiotherapy, twenty-five gray in five fractions, and she chose the five fraction course.

PROCEDURE: Special treatment procedure, fractionated stereotactic radiotherapy. The patient was fitted with a BrainLab frameless thermoplastic mask and simulated with a 1 mm contrast CT on 10/22/2026, fused with a thin-slice T1 post-contrast and FIESTA MRI of 10/20/2026. GTV is the enhancing tumor including the dural tail at the clinoid, PTV 1 mm. Rx 500 cGy x 5 = 2500 cGy to the 80% isodose line, dynamic conformal arcs x 5 in iPlan. Right optic nerve maximum 24.6 Gy, chiasm maximum 19.8 Gy. Because of the optic nerve proximity I was present for the first fraction and reviewed the ExacTrac fusion at every fraction.

Eulalie Brandt-Osei, MD

--------------------------------------------------------------------------------
TREATMENT SUMMARY                                          DATE: 11/10/2026
PATIENT: {patient(6)}   MRN: {mrn(6)}

TREATMENT DELIVERED: Right anterior clinoid meningioma, Novalis TX, 2500 cGy in 5 fractions, 11/03/2026 through 11/09/2026, daily ExacTrac x-ray positioning with 6D correction, all shifts < 1 mm. Completed as prescribed.

TOLERANCE: Grade 1 fatigue, no visual symptoms. Vision 20/25 OU at completion.

FOLLOW UP: MRI in 6 months, ophthalmology visual fields in 3 months.

E. Brandt-Osei, MD
{FOOT}
""")])


# ==================================================================================================
# CyberKnife
# ==================================================================================================

# b19_07 -- bundle: CyberKnife cranial glomus jugulare 25 Gy / 5, G0339/G0340 --------------------------------
add(name="b19_07", kind="bundle", codes=["77373", "77435", "G0339", "G0340", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left glomus jugulare", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Three notes: CyberKnife special treatment procedure note, two on-treatment visit notes (fx 2 and "
          "fx 5) and a completion summary. Left glomus jugulare tumour (complex by type), 500 cGy x 5 = 25 Gy "
          "to the 78% IDL, Aquaplast mask, CT + MRI, 6D skull tracking. Prior embolization only; a frame was "
          "'not necessary with CyberKnife'. Cochlea max 20.8 Gy total.",
    docs=[
        Doc("1_special_procedure.txt", text=f"""
PENRHOS REGIONAL CYBERKNIFE CENTER
SPECIAL TREATMENT PROCEDURE NOTE
PATIENT: {patient(7)}   MRN: {mrn(7)}   DATE: 10/05/2026

DIAGNOSIS: Left glomus jugulare tumor (paraganglioma), Fisch class C2, with pulsatile tinnitus and mild left-sided hearing loss.

HISTORY OF PRESENT ILLNESS: 71-year-old man, preoperative embolization in 2019 with a planned resection that was never performed because of cardiac comorbidity. Slow growth over 7 years, now 3.1 x 2.6 cm on MRI. Not a surgical candidate. Stereotactic radiosurgery recommended.

DESCRIPTION OF PROCEDURE: A custom Aquaplast head and neck mask was made on 09/28/2026; a head frame is not necessary with CyberKnife and was not used. Thin-slice contrast CT (1 mm) and an MRI with post-contrast T1 fat-saturated and T2 sequences were obtained the same day and fused in Precision. Gross tumor contoured on fused images, PTV = GTV + 1 mm. Prescription: 2500 cGy in 5 fractions of 500 cGy to the 78% isodose line; 186 beams, 2 fixed collimators (10 and 15 mm), 6D skull tracking. Left cochlea max 20.8 Gy total, brainstem max 21.3 Gy total, spinal cord max 10.1 Gy. Plan approved by me and by physics (J. Hartigan, MS) after patient-specific QA passed (gamma 98.4% at 2%/1 mm).

Gwendolyn Ashcombe-Reyes, MD, Radiation Oncology
{FOOT}
"""),
        Doc("2_on_treatment_visits.txt", text=f"""
PENRHOS REGIONAL CYBERKNIFE CENTER - ON TREATMENT VISIT NOTES
PATIENT: {patient(7)}   MRN: {mrn(7)}

DATE: 10/07/2026  FRACTION: 2 of 5  DOSE TO DATE: 1000 cGy
SUBJECTIVE: Mild left ear fullness. No dizziness. Eating well.
OBJECTIVE: Mask fits well, no skin changes. Facial nerve function House-Brackmann I.
ASSESSMENT/PLAN: Tolerating treatment. Skull tracking images reviewed, translations under 0.5 mm. Continue as planned. [***]

DATE: 10/13/2026  FRACTION: 5 of 5  DOSE TO DATE: 2500 cGy
SUBJECTIVE: Mild fatigue. Tinnitus unchanged.
OBJECTIVE: No facial weakness. Weight stable.
ASSESSMENT/PLAN: Completed CyberKnife course today. Follow-up MRI in 6 months.

G. Ashcombe-Reyes, MD
{FOOT}
"""),
        Doc("3_completion_summary.txt", text=f"""
PENRHOS REGIONAL CYBERKNIFE CENTER
COMPLETION SUMMARY
PATIENT: {patient(7)}   MRN: {mrn(7)}   DATE: 10/14/2026

TREATMENT: Left glomus jugulare tumor, CyberKnife M6 robotic radiosurgery, 2500 cGy in five fractions (10/05, 10/07, 10/09, 10/12 and 10/13/2026), 78% isodose line, 6D skull tracking with orthogonal kV imaging throughout every fraction. Course completed without interruption.

IMPRESSION: Completed fractionated stereotactic radiosurgery of the left glomus jugulare tumor, 25 Gy / 5 fx.

PLAN: 1. MRI at 6 months. 2. Audiogram at 6 months. 3. Return sooner for new cranial nerve symptoms.

G. Ashcombe-Reyes, MD
{FOOT}
"""),
    ])

# b19_08 -- pdf: CyberKnife pancreas 33 Gy / 5 with fiducials and Synchrony --------------------------------
_c = "TREGARON VALLEY CANCER INSTITUTE - ROBOTIC RADIOSURGERY"
add(name="b19_08", kind="pdf", codes=["77373", "77435", "G0339", "G0340"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("pancreatic head", "body", None, 33, 5)],
    categories=cats(),
    notes="Transcribed PDF (Times): special treatment procedure note + completion summary on one page set. "
          "Borderline-resectable pancreatic head adenocarcinoma after FOLFIRINOX, CyberKnife 6.6 Gy x 5 = "
          "33 Gy to the PTV (and 25 Gy to the vessel-involvement PTV named as a dose level, not a second "
          "lesion). Four EUS-placed gold fiducials, VacLok, contrast CT + MRI, Synchrony fiducial tracking. "
          "Duodenum max 32.6 Gy near the Rx.",
    docs=[Doc("b19_08.pdf", [[
        H1("SPECIAL TREATMENT PROCEDURE NOTE"),
        P("PATIENT: " + patient(8) + "     MRN: " + mrn(8) + "     DATE: 10/12/2026"),
        P("DIAGNOSIS: Adenocarcinoma of the head of the pancreas, borderline resectable (abutment of the superior mesenteric vein), status post 6 cycles of FOLFIRINOX with partial response."),
        P("HISTORY OF PRESENT ILLNESS: 66-year-old man referred by Dr. Lachance (surgical oncology) for neoadjuvant stereotactic body radiation therapy prior to planned pancreaticoduodenectomy. CA 19-9 fell from 812 to 96."),
        P("PROCEDURE: On 09/30/2026 four gold fiducial markers were placed in and around the pancreatic head tumor by Dr. Sunderland under endoscopic ultrasound guidance. On 10/07/2026 the patient was simulated supine in a VacLok cushion with arms up; a triphasic contrast CT and a same-day MRI abdomen (T1 post-contrast, T2, DWI) were fused for contouring. Target volumes: 1. GTV pancreatic head tumor with PTV of 2 mm, prescribed 660 cGy x 5 = 3300 cGy; 2. vessel-involvement subvolume at the SMV interface, PTV_25, 500 cGy x 5 = 2500 cGy elective dose level within the same target. Planning: Precision, 72% isodose line, Iris collimator, 212 beams. Duodenum max 32.6 Gy, D1cc 28.9 Gy; stomach max 27.4 Gy. Tracking: Synchrony respiratory motion tracking with fiducial tracking, correlation model error < 2 mm required."),
        sig("Idris Penhaligon-Watts, MD, Radiation Oncology 10/12/2026"),
        H1("COMPLETION SUMMARY"),
        P("DATES: 10/13/2026 - 10/19/2026.  TREATMENT: Pancreatic head, CyberKnife, 3300 cGy in 5 fractions (660 cGy per fraction), with the SMV subvolume receiving 2500 cGy. All five fractions delivered with Synchrony fiducial tracking; mean correlation error 1.1 mm; one fiducial (number 3) was excluded from tracking after fraction 1 because of migration, the other three tracked reliably."),
        P("TOLERANCE: Grade 1 nausea controlled with ondansetron. No GI bleeding."),
        P("PLAN: 1. Restaging CT in 4 weeks. 2. Surgical review with Dr. Lachance for Whipple 6 to 8 weeks after SBRT. 3. Pancreatic enzyme replacement continued."),
        sig("Idris Penhaligon-Watts, MD 10/20/2026"),
    ]], opts=dict(header=hdr(_c, 8), font="Times-Roman"))])


# ==================================================================================================
# SBRT spine and body
# ==================================================================================================

# b19_09 -- bundle: spine re-irradiation T7 + L2, 24 Gy / 3 each; scanned weekly physics check ----------------
_c = "ASHBOURNE SPINE AND RADIATION CENTER"
add(name="b19_09", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T7", "spinal", None, 24, 3), L("L2", "spinal", None, 24, 3)],
    categories=cats(),
    notes="Consult-style SBRT procedure note with copied-forward history (prior conventional 30 Gy/10 to "
          "T5-T9 in 2024 and 8 Gy x 1 to L4 in 2025), a weekly physics chart check scanned at 200 dpi, and a "
          "completion summary. Re-irradiation SBRT 8 Gy x 3 = 24 Gy to T7 and to L2, both epidural (abut the "
          "dura). CT simulation + CT myelogram + MRI; BodyFIX. Cord Dmax 'cumulative nBED' numbers and a "
          "T1/T2 MRI sequence are not lesions.",
    docs=[
        Doc("1_sbrt_procedure_note.txt", text=f"""
ASHBOURNE SPINE AND RADIATION CENTER
SBRT PROCEDURE NOTE - SPINE RE-IRRADIATION
PATIENT: {patient(9)}     MRN: {mrn(9)}     DATE: 11/03/2026

HISTORY OF PRESENT ILLNESS: (copied forward from 10/20/2026 consult) 59-year-old man with metastatic prostate adenocarcinoma, castration resistant, on enzalutamide. Previously treated: 1. conventional palliative radiation 30 Gy in 10 fractions to T5 through T9 in June 2024 for cord compression risk; 2. 8 Gy x 1 to L4 in April 2025 for pain, with good response. Now with progressive T7 disease with epidural extension (Bilsky 1b) within the previously irradiated field, and a new L2 lesion with epidural extension (Bilsky 1c). Neurologically intact. Spinal instability neoplastic score 6 at T7, 5 at L2.

PROCEDURE PERFORMED: Stereotactic body radiation therapy, two spinal segments, re-irradiation.

DESCRIPTION OF PROCEDURE: The patient was immobilized in a full-body BodyFIX vacuum system with the blue bag and wrap. Planning CT with 1 mm slices and a same-day CT myelogram (intrathecal contrast by Dr. Holloway, interventional radiology) were acquired, and a 3T MRI of the thoracic and lumbar spine with T1, T2 and STIR sequences was fused. Targets contoured per consensus guidelines: 1. T7 vertebral body, right pedicle and epidural component; 2. L2 vertebral body and left epidural component. Both prescribed 800 cGy x 3 = 2400 cGy, PTV = CTV + 2 mm trimmed from the thecal sac, VMAT 2 arcs per isocenter, 6 MV FFF, Eclipse. Because of the prior 30 Gy at T7, the cord planning-at-risk volume was limited to a maximum point dose of 12.3 Gy in 3 fractions, giving a cumulative nBED of 88 Gy2/2; cauda equina max 18.9 Gy at L2. Image guidance: CBCT before each isocenter with 6D couch, and intrafraction CBCT midway. Treatment to both sites on the same days.

Quillon Farrow-Beckett, MD, Radiation Oncology
Co-signed: Seraphine Ola, MD, Neurosurgery (spine)
{FOOT}
"""),
        Doc("2_weekly_physics_check.pdf", [[
            H1("WEEKLY PHYSICS CHART CHECK"),
            P("PATIENT: " + patient(9) + "     MRN: " + mrn(9) + "     WEEK ENDING: 11/13/2026"),
            RuledTable([("Site", "Fx", "Date", "cGy/fx", "Cum cGy", "CBCT", "Init"),
                        ("T7", "1", "11/09/26", "800", "800", "Y", "RM"),
                        ("L2", "1", "11/09/26", "800", "800", "Y", "RM"),
                        ("T7", "2", "11/11/26", "800", "1600", "Y", "RM"),
                        ("L2", "2", "11/11/26", "800", "1600", "Y", "RM"),
                        ("T7", "3", "11/13/26", "800", "2400", "Y", "KD"),
                        ("L2", "3", "11/13/26", "800", "2400", "Y", "KD")]),
            P("1. Prescription, plan and record agree.  2. MU second check (RadCalc) within 2.1%.  3. Patient-specific QA both isocenters passed 11/05/26.  4. Imaging reviewed and approved by MD each fraction.  5. Course complete, 3 of 3 fractions both sites."),
            sig("Rhiannon Mabry, MS, DABR 11/13/2026"),
        ]], opts=dict(header=hdr(_c, 9), scan=True, scan_dpi=200, font="Courier")),
        Doc("3_completion_summary.txt", text=f"""
ASHBOURNE SPINE AND RADIATION CENTER
COMPLETION SUMMARY
PATIENT: {patient(9)}     MRN: {mrn(9)}     DATE: 11/16/2026

TREATMENT SUMMARY: 1. T7 (re-irradiation) 24 Gy in 3 fractions. 2. L2 24 Gy in 3 fractions. Delivered 11/09, 11/11 and 11/13/2026 on the TrueBeam with daily CBCT. No breaks.

IMPRESSION: Completed spine SBRT to two levels. Back pain improved from 6/10 to 3/10.

PLAN: 1. MRI spine in 3 months. 2. Continue enzalutamide. 3. Watch for vertebral compression fracture; call for new pain or weakness.

Q. Farrow-Beckett, MD
{FOOT}
"""),
    ])

# b19_10 -- ehr_text: lung SBRT 54 Gy / 3, on-treatment notes + completion; no immobilization documented ------
add(name="b19_10", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "PET"], []),
    lesions=[L("right lower lobe superior segment", "body", None, 54, 3)],
    categories=cats(positioning=False),
    notes="Text export of three dictated notes (SBRT procedure note, two on-treatment visits, completion). "
          "Peripheral right lower lobe NSCLC, 18 Gy x 3 = 54 Gy, 4DCT simulation with PET/CT fusion for "
          "contouring, CBCT each fraction. No immobilization or localization device is documented "
          "(positioning unmet). 'Fifty gray in five' offered by the referring doctor, a prior left upper "
          "lobe wedge resection and 60 Gy chest-wall dose (V30) are not the course.",
    docs=[Doc("b19_10.txt", text=f"""
BELLWETHER COUNTY HOSPITAL - RADIATION ONCOLOGY - TRANSCRIBED NOTES
PATIENT: {patient(10)}    MRN: {mrn(10)}

==== SBRT PROCEDURE NOTE ====   DATE: 09/28/2026
PREOPERATIVE DIAGNOSIS: Stage IA2 (cT1b N0 M0) non-small cell lung cancer, right lower lobe superior segment, adenocarcinoma by CT-guided biopsy 08/2026.
HISTORY OF PRESENT ILLNESS: 77-year-old former smoker, 50 pack-years, FEV1 38% predicted, status post left upper lobe wedge resection for a stage I adenocarcinoma in 2019. The referring pulmonologist wrote for fifty gray in five fractions; as the lesion is peripheral, more than 2 cm from the proximal bronchial tree, we recommended 54 Gy in 3 fractions.
DESCRIPTION OF PROCEDURE: Four-dimensional CT simulation was performed on 09/21/2026 and fused with the diagnostic PET/CT of 09/10/2026, which was used for target delineation (SUV max 7.4). The ITV was created from the 10 phases, PTV = ITV + 5 mm. Rx 1800 cGy x 3 = 5400 cGy prescribed to the 80% isodose line covering 95% of the PTV, 2 partial VMAT arcs, 6 MV FFF, Eclipse AcurosXB. Chest wall V30 4.2 cc, rib max 48.7 Gy; cord max 8.1 Gy; total lung V20 3.9%. A cone-beam CT will be acquired and matched to the ITV before every fraction.
R. Tamsin Oyelowo, MD

==== ON TREATMENT VISIT ====   DATE: 10/01/2026   FX 1 of 3 (1800 cGy)
S: Mild cough at baseline, no chest pain. O: SpO2 93% RA, lungs with scattered rhonchi. A/P: Fraction 1 delivered after CBCT match (shift 3 mm inferior). Continue. ***

==== ON TREATMENT VISIT ====   DATE: 10/06/2026   FX 3 of 3 (5400 cGy cumulative)
S: Tired. No hemoptysis. O: Unchanged. A/P: Fraction 3 delivered today with CBCT; course complete.

==== COMPLETION SUMMARY ====   DATE: 10/07/2026
TREATMENT: Right lower lobe superior segment, SBRT 54 Gy in 3 fractions (10/01, 10/03, 10/06/2026) on the TrueBeam with CBCT before each fraction. IMPRESSION: Completed as prescribed. PLAN: 1. CT chest in 3 months. 2. PFTs in 6 months. 3. Pulmonology follow-up with Dr. Sarkis.
R. Tamsin Oyelowo, MD
{FOOT}
""")])

# b19_11 -- scan (150 dpi): MR-linac liver SBRT 50 Gy / 5 -------------------------------------------------------
_c = "FENWICK ABBEY UNIVERSITY HOSPITAL - MR-GUIDED RADIOTHERAPY"
add(name="b19_11", kind="scan", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("hepatic segment VII", "body", None, 50, 5)],
    categories=cats(),
    notes="Scanned (150 dpi) completion summary of an adaptive MR-linac (Unity) course: colorectal liver "
          "metastasis in segment VII, 10 Gy x 5 = 50 Gy, CT simulation + MRI simulation, vacuum cushion, "
          "daily adaptive MRI and cine-MR gating. 'S7' and a 'segment IV' lesion that was resected (prior "
          "hepatectomy) are not treated; prior Y-90 discussed and rejected.",
    docs=[Doc("b19_11.pdf", [[
        H1("RADIATION ONCOLOGY COMPLETION SUMMARY"),
        P("PATIENT: " + patient(11) + "     MRN: " + mrn(11) + "     DATE OF REPORT: 11/21/2026"),
        P("DIAGNOSIS: Metachronous colorectal liver metastasis, hepatic segment VII, 2.8 cm; status post left hepatectomy including a segment IV metastasis in 2024."),
        P("HISTORY OF PRESENT ILLNESS: 61-year-old woman, KRAS-mutant sigmoid adenocarcinoma, oligoprogression in S7 on maintenance capecitabine. Repeat resection declined by the hepatobiliary surgeons because of the remnant volume; radioembolization with Y-90 was discussed and rejected in favor of SBRT."),
        P("PROCEDURE PERFORMED: Stereotactic body radiation therapy on the Elekta Unity 1.5 T MR-linac, adaptive, five fractions."),
        P("DESCRIPTION OF PROCEDURE: Simulation 11/02/2026: CT simulation in a vacuum cushion with arms above the head, followed by MR simulation in the same position (T2, T1 VIBE with contrast, 4D MR). GTV outlined on MR, PTV = GTV + 3 mm. Prescription 1000 cGy x 5 = 5000 cGy covering 95% of the PTV; 9 IMRT beams, Monaco. Each fraction: daily 3D MR, adapt-to-shape re-optimization when needed (fractions 1, 3 and 4), cine-MR exhale gating with a 3 mm boundary. Duodenum max 29.8 Gy; normal liver mean 9.6 Gy; right kidney V15 8%."),
        P("TREATMENT DATES: 11/09, 11/11, 11/13, 11/16 and 11/18/2026.  DELIVERED: 50 Gy in 5 fractions, completed."),
        P("IMPRESSION: Completed MR-guided SBRT to the segment VII liver metastasis, 50 Gy / 5 fx. Grade 1 fatigue only."),
        P("PLAN: 1. MRI liver in 3 months. 2. CEA monthly. 3. Resume capecitabine 2 weeks after completion."),
        sig("Benedikta Strathmore, MD 11/21/2026"),
    ]], opts=dict(header=hdr(_c, 11), scan=True, scan_dpi=150, font="Helvetica"))])

# b19_12 -- bundle: prostate SBRT on TrueBeam 36.25 Gy / 5, fiducials + SpaceOAR; G0339 claimed ---------------
add(name="b19_12", kind="bundle", codes=["77373", "77435", "G0339"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Three notes: urology procedure note (fiducials + SpaceOAR), radiation-oncology SBRT procedure note, "
          "completion summary. Prostate 7.25 Gy x 5 = 36.25 Gy on a TrueBeam with daily kV fiducial "
          "matching; CyberKnife was discussed but not available, so the claimed G0339 is inconsistent "
          "(gantry linac). Vac-Lok leg cradle; CT + MRI. Rectum D1cc 35.8 Gy near the Rx; a 40 Gy "
          "intraprostatic boost was considered and not used.",
    docs=[
        Doc("1_urology_procedure.txt", text=f"""
MERIDEN UROLOGY GROUP - PROCEDURE NOTE
PATIENT: {patient(12)}   MRN: {mrn(12)}   DATE OF PROCEDURE: 09/14/2026

PREOPERATIVE DIAGNOSIS: Adenocarcinoma of the prostate, Gleason 3+4=7, PSA 8.9, cT2a, favorable intermediate risk.

PROCEDURE PERFORMED: 1. Transperineal placement of three gold fiducial markers. 2. Transperineal placement of SpaceOAR hydrogel rectal spacer.

DESCRIPTION OF PROCEDURE: Under general anesthesia in lithotomy position, with transrectal ultrasound guidance, three 1.2 x 3 mm gold fiducials were placed at the right base, left mid-gland and right apex. Hydrodissection of the perirectal space was performed and 10 mL of SpaceOAR hydrogel was injected with good separation of the rectum from the prostate. No rectal wall violation. The patient tolerated the procedure well.

Leopold Ainsworth-Kane, MD, Urology
{FOOT}
"""),
        Doc("2_sbrt_procedure_note.txt", text=f"""
MERIDEN REGIONAL CANCER CENTER - RADIATION ONCOLOGY
SBRT PROCEDURE NOTE
PATIENT: {patient(12)}   MRN: {mrn(12)}   DATE: 10/02/2026

HISTORY OF PRESENT ILLNESS: 69-year-old man with favorable intermediate risk prostate cancer as above, no androgen deprivation. He initially asked about CyberKnife, which was discussed, but our center's CyberKnife was out of service for a source upgrade, and he chose to proceed on the TrueBeam rather than travel.

DESCRIPTION OF PROCEDURE: CT simulation 09/24/2026 supine with a Vac-Lok leg and foot cradle, comfortably full bladder and empty rectum, fused with a 3T multiparametric MRI of 09/24/2026. Fiducials and SpaceOAR confirmed in position. CTV prostate plus proximal 1 cm of seminal vesicles; PTV = CTV + 5 mm (3 mm posteriorly). A focal boost of 40 Gy to the dominant intraprostatic lesion was considered and not used. Prescription 725 cGy x 5 = 3625 cGy, 2 full VMAT arcs, 10 MV FFF, Eclipse. Rectum D1cc 35.8 Gy, V36 0.3 cc; bladder V37 4.1 cc; urethra max 38.4 Gy. Daily kV-kV fiducial match followed by CBCT, with intrafraction triggered kV imaging every 20 degrees of gantry rotation.

Henrietta Vasquez-Morrow, MD
{FOOT}
"""),
        Doc("3_completion_summary.txt", text=f"""
MERIDEN REGIONAL CANCER CENTER - RADIATION ONCOLOGY
COMPLETION SUMMARY
PATIENT: {patient(12)}   MRN: {mrn(12)}   DATE: 10/19/2026

TREATMENT: Prostate and proximal seminal vesicles, 3625 cGy in 5 fractions, every other day 10/06/2026 through 10/14/2026, TrueBeam, fiducial-based kV image guidance daily with triggered imaging. Fiducial shifts were all under 3 mm after the initial match. Completed as prescribed.

TOLERANCE: Grade 1 urinary frequency, treated with tamsulosin. No rectal symptoms.

PLAN: 1. PSA at 3 months. 2. Follow-up with Dr. Ainsworth-Kane in urology alternating with radiation oncology.

H. Vasquez-Morrow, MD
{FOOT}
"""),
    ])

# b19_13 -- ehr_text: oligometastatic left adrenal 40 Gy / 5 + right 6th rib 35 Gy / 5; 63620 claimed ---------
add(name="b19_13", kind="ehr_text", codes=["77373", "77435", "63620"],
    facts=F("linac", ["body"], 2, 5, ["CT"], ["body_immobilization"]),
    lesions=[L("left adrenal", "body", None, 40, 5), L("right sixth rib", "body", None, 35, 5)],
    categories=cats(),
    notes="Text export: SBRT procedure note + completion summary for two oligometastases treated in the "
          "same five sessions: left adrenal 8 Gy x 5 = 40 Gy and right posterior sixth rib 7 Gy x 5 = 35 Gy. "
          "4DCT with abdominal compression belt; restaging PET was diagnostic only ('not used for "
          "planning'). A left renal cyst and the T6 costovertebral joint are anatomy, not targets; the claimed "
          "63620 is inconsistent (no spinal lesion).",
    docs=[Doc("b19_13.txt", text=f"""
HOLLINGSWORTH CANCER CARE - RADIATION ONCOLOGY DICTATION
PATIENT: {patient(13)}   MRN: {mrn(13)}

SBRT PROCEDURE NOTE   DATE: 11/04/2026

DIAGNOSIS: Oligometastatic renal cell carcinoma, clear cell, status post right radical nephrectomy 2023, with two metastases: left adrenal and right posterior sixth rib.

HISTORY OF PRESENT ILLNESS: 64-year-old woman on pembrolizumab maintenance. Restaging PET/CT of 10/09/2026 at an outside center showed uptake in the left adrenal (3.2 cm) and the right posterior sixth rib near the T6 costovertebral joint; this PET was diagnostic and was not used for planning. A simple left renal cyst is unchanged. Tumor board 10/14/2026 recommended SBRT to both sites and continuation of pembrolizumab.

DESCRIPTION OF PROCEDURE: 4D CT simulation 10/27/2026 in a Vac-Lok body cushion with an abdominal compression belt, arms up on a wing board. Targets: 1. left adrenal metastasis, ITV from 10 phases plus 5 mm PTV, Rx 800 cGy x 5 = 4000 cGy; 2. right sixth rib metastasis, CTV = GTV + 5 mm along the rib, PTV + 3 mm, Rx 700 cGy x 5 = 3500 cGy. Two isocenters, VMAT, 6 MV FFF, Eclipse. Stomach max 30.2 Gy, small bowel max 29.9 Gy, spinal cord max 21.4 Gy, T6 vertebral body mean 8 Gy. CBCT at each isocenter for each fraction.

TREATMENT COMPLETION SUMMARY   DATE: 11/17/2026
TREATMENT DELIVERED: 1. Left adrenal 40 Gy in 5 fractions. 2. Right sixth rib 35 Gy in 5 fractions. Both sites were treated in the same five sessions on 11/05, 11/07, 11/10, 11/12 and 11/14/2026 on the TrueBeam with CBCT at every isocenter. No interruption.
IMPRESSION: Completed SBRT to two oligometastases. Mild nausea only.
PLAN: 1. CT chest/abdomen/pelvis in 3 months. 2. Continue pembrolizumab with Dr. [***].

Winifred Castellano-Dunne, MD
{FOOT}
""")])


# ==================================================================================================
# Self-contradicting charts
# ==================================================================================================

# b19_14 -- bundle: linac FSRT left cerebellar 27 Gy / 3; summary says 24 Gy ---------------------------------
add(name="b19_14", kind="bundle", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left cerebellar hemisphere", "cranial", S, 27, 3)],
    categories=cats(),
    contradiction="The completion summary's impression says 24 Gy in 3 fractions, while the SRS procedure note "
                  "and the weekly physics check give 9 Gy x 3 = 27 Gy delivered (gold: 27 Gy / 3).",
    notes="SRS procedure note + weekly physics chart check + completion summary. Left cerebellar metastasis "
          "2.4 cm on a Versa HD, 900 cGy x 3 = 2700 cGy; the summary's IMPRESSION line says 'twenty four Gy "
          "in three fractions' (dictation error); the physics record gives three 900 cGy fractions, 2700 cGy. "
          "Frameless mask, CT + MRI; HexaPOD CBCT. A 4th ventricle distance of 6 mm and a prior 2022 "
          "SRS to a right frontal lesion (20 Gy) are history.",
    docs=[
        Doc("1_srs_procedure_note.txt", text=f"""
GLENCAIRN HEALTH - RADIATION ONCOLOGY
SRS PROCEDURE NOTE
PATIENT: {patient(14)}   MRN: {mrn(14)}   DATE: 10/19/2026

HISTORY OF PRESENT ILLNESS: 72-year-old man with small cell... correction, non-small cell lung cancer, squamous histology, previously treated with single-fraction SRS 20 Gy to a right frontal metastasis in 2022 with a durable complete response. New 2.4 cm left cerebellar hemisphere metastasis, 6 mm from the fourth ventricle, mild ataxia. Not a surgical candidate per Dr. Ruthven.

PROCEDURE PERFORMED: Fractionated stereotactic radiosurgery, three fractions, Elekta Versa HD with Agility MLC.

DESCRIPTION OF PROCEDURE: Frameless thermoplastic mask (Orfit) and CT simulation 1 mm on 10/14/2026, registered to the MRI brain with contrast of 10/12/2026. GTV = enhancing lesion, PTV = GTV + 1 mm. Rx 900 cGy x 3 to the 70% isodose line = 2700 cGy total, Monaco, 4 VMAT arcs with couch rotations. Brainstem max 17.9 Gy total, 4th ventricle not a constraint. CBCT with HexaPOD 6D correction before each fraction and a post-treatment CBCT.

Aurelio Dunsany-Pratt, MD
{FOOT}
"""),
        Doc("2_weekly_physics_check.txt", text=f"""
GLENCAIRN HEALTH - MEDICAL PHYSICS WEEKLY CHART CHECK
PATIENT: {patient(14)}   MRN: {mrn(14)}   WEEK OF: 10/19/2026

FX 1  10/20/2026  900 cGy  cumulative 900 cGy    CBCT approved AD
FX 2  10/22/2026  900 cGy  cumulative 1800 cGy   CBCT approved AD
FX 3  10/23/2026  900 cGy  cumulative 2700 cGy   CBCT approved AD

COMMENTS: 1. Plan matches prescription 2700 cGy / 3 fx. 2. Independent MU check within 1.8%. 3. Course complete. No deviations.
Checked by: Tobias Leverett, MS  10/23/2026
{FOOT}
"""),
        Doc("3_completion_summary.txt", text=f"""
GLENCAIRN HEALTH - RADIATION ONCOLOGY
COMPLETION SUMMARY
PATIENT: {patient(14)}   MRN: {mrn(14)}   DATE: 10/26/2026

TREATMENT: Left cerebellar hemisphere metastasis, fractionated SRS on the Versa HD, 10/20/2026 to 10/23/2026, three fractions, CBCT image guidance before each fraction.

IMPRESSION: The patient completed twenty four Gy in three fractions to the left cerebellar metastasis without acute toxicity. Ataxia stable.

PLAN: 1. MRI brain in 6 weeks. 2. Continue carboplatin/pembrolizumab per medical oncology. 3. Return in 6 weeks.

A. Dunsany-Pratt, MD
{FOOT}
"""),
    ])

# b19_15 -- ehr_text: left kidney SBRT 40 Gy / 5; impression says 48 Gy in 4 --------------------------------
add(name="b19_15", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("left renal mass", "body", None, 40, 5)],
    categories=cats(),
    contradiction="The completion IMPRESSION says 48 Gy in 4 fractions, while the procedure note, the "
                  "on-treatment notes and the dated treatment list give 8 Gy x 5 = 40 Gy (gold: 40 Gy / 5).",
    notes="Text export (SBRT procedure note, on-treatment note, completion summary): primary left renal cell "
          "carcinoma in a solitary-functioning-kidney patient, 800 cGy x 5 = 4000 cGy on a TrueBeam, "
          "BodyFIX, 4DCT + MRI fusion, CBCT each fraction. The IMPRESSION says '48 Gy in 4 fractions' "
          "(copied from another template); five dates are listed. Right nephrectomy 2019 and a 26 Gy "
          "single-fraction alternative are not the course.",
    docs=[Doc("b19_15.txt", text=f"""
LYNDHURST ONCOLOGY PARTNERS - RADIATION ONCOLOGY
PATIENT: {patient(15)}   MRN: {mrn(15)}

SBRT PROCEDURE NOTE
DATE: 09/15/2026
PREOPERATIVE DIAGNOSIS: Left renal mass 4.1 cm, biopsy-proven clear cell renal cell carcinoma, in a patient with a right nephrectomy in 2019 for trauma, i.e. a solitary kidney; eGFR 48.
HISTORY OF PRESENT ILLNESS: 80-year-old man, not a candidate for partial nephrectomy or cryoablation given location near the hilum. Single fraction 26 Gy was considered and five fractions were chosen because of the proximity of the renal pelvis and bowel.
DESCRIPTION OF PROCEDURE: The patient was immobilized in a BodyFIX vacuum cushion with a compression wrap, 4D CT simulation performed on 09/08/2026 and fused with an MRI abdomen (T1 post-contrast, T2) of 09/03/2026. ITV from the 4DCT, PTV = ITV + 5 mm. Prescription: 800 cGy x 5 fractions = 4000 cGy to the 80% isodose line, 2 VMAT arcs, 6 MV FFF, Eclipse. Small bowel max 29.7 Gy, duodenum max 30.1 Gy, renal cortex of the left kidney V17.5 < 200 cc preserved. CBCT before each fraction, matched to the ITV.
Ottoline Baskerville, MD

ON TREATMENT VISIT
DATE: 09/22/2026   FRACTION 3 OF 5   2400 cGy TO DATE
S: Mild nausea, no hematuria. O: BP 138/80, abdomen soft. A: Tolerating well. P: Continue fractions 4 and 5 as planned; CBCT shifts reviewed, all < 3 mm.
O. Baskerville, MD

COMPLETION SUMMARY
DATE: 09/29/2026
TREATMENT DELIVERED: Left renal mass, 4000 cGy in 5 fractions of 800 cGy on 09/16, 09/18, 09/22, 09/24 and 09/26/2026, TrueBeam, CBCT at each fraction. No breaks.
IMPRESSION: Completed stereotactic ablative radiotherapy to the left kidney, 48 Gy in 4 fractions, well tolerated.
PLAN: 1. CT abdomen with renal protocol at 3 months (no contrast if eGFR drops below 30). 2. Nephrology follow-up for the solitary kidney. 3. Labs in 4 weeks.
O. Baskerville, MD
{FOOT}
""")])

# b19_16 -- bundle: GK frame, neurosurgery note says four lesions, procedure/physics give five --------------
_c = "CARRICKMORE GAMMA KNIFE UNIT"
add(name="b19_16", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 5, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right caudate head", "cranial", S, 20, 1), L("left superior parietal lobule", "cranial", S, 20, 1),
             L("right lingual gyrus", "cranial", S, 20, 1), L("left middle cerebellar peduncle", "cranial", S, 16, 1),
             L("right postcentral gyrus", "cranial", S, 20, 1)],
    categories=cats(),
    contradiction="The frame-placement note says four lesions, while the radiosurgery procedure note and the "
                  "physics shot list both give five treated lesions (gold: 5).",
    notes="Neurosurgery frame-placement note (indications: 'four metastases') + GK procedure note co-signed by "
          "radiation oncology (numbered list of five targets) + physics printout (PDF, five targets). "
          "Melanoma metastases: right caudate head, left superior parietal lobule, right lingual gyrus, left "
          "middle cerebellar peduncle (16 Gy; peduncle, not within the brainstem, 0.6 cm) and right "
          "postcentral gyrus (found on the stereotactic MRI, added on the day). All simple. Frame, CT + MRI.",
    docs=[
        Doc("1_frame_placement.txt", text=f"""
CARRICKMORE NEUROSURGERY - OPERATIVE NOTE
PATIENT: {patient(16)}   MRN: {mrn(16)}   DATE: 11/23/2026

PREOPERATIVE DIAGNOSIS: Metastatic melanoma to the brain, four metastases.
PROCEDURE PERFORMED: Placement of Leksell stereotactic frame.
INDICATIONS: 58-year-old woman on nivolumab/ipilimumab with four brain metastases on the 11/12/2026 MRI.
DESCRIPTION OF PROCEDURE: Under local anesthesia with 1% lidocaine and 0.25% bupivacaine the Leksell G frame was applied with four pins, shifted anteriorly. Stable. Tolerated well. Escorted to MRI.
COMPLICATIONS: None.  EBL: Minimal.
Ferdinand Ollerenshaw, MD
{FOOT}
"""),
        Doc("2_radiosurgery_procedure.txt", text=f"""
CARRICKMORE GAMMA KNIFE UNIT - RADIOSURGERY PROCEDURE NOTE
PATIENT: {patient(16)}   MRN: {mrn(16)}   DATE OF SERVICE: 11/23/2026

PROCEDURE PERFORMED: Gamma Knife radiosurgery, Leksell Gamma Knife Icon used in frame-based mode, single session, five targets.

DESCRIPTION OF PROCEDURE: After frame application, stereotactic MRI (3D T1 MPRAGE with gadolinium, 1 mm) and stereotactic CT were obtained and co-registered. The stereotactic MRI demonstrated an additional 4 mm lesion in the right postcentral gyrus not seen on the 11/12 study, so five targets were treated rather than four: 1. right caudate head, 1.4 cm, 20 Gy at 50%; 2. left superior parietal lobule, 1.9 cm, 20 Gy at 50%; 3. right lingual gyrus, 0.9 cm, 20 Gy at 50%; 4. left middle cerebellar peduncle, 0.6 cm, 16 Gy at 50%, dose reduced for proximity to the pons but the lesion is outside the brainstem; 5. right postcentral gyrus, 0.4 cm, 20 Gy at 50%. Brainstem max 10.9 Gy. Frame coordinates verified by physics; treatment delivered in one session, 64 minutes; frame removed.

IMPRESSION: Five melanoma brain metastases treated with single-session Gamma Knife radiosurgery.

PLAN: 1. MRI in 6 weeks given immunotherapy. 2. Continue nivolumab/ipilimumab. 3. Neurosurgery and radiation oncology follow-up.

F. Ollerenshaw, MD.  Co-signed: Maribel Stroud-Okoye, MD, Radiation Oncology 11/24/2026
{FOOT}
"""),
        Doc("3_physics_printout.pdf", [[
            H1("GAMMAPLAN TREATMENT SUMMARY - PHYSICS CHECK"),
            P("PATIENT: " + patient(16) + "   MRN: " + mrn(16) + "   11/23/2026   Fixation: Leksell G frame"),
            RuledTable([("Target", "Volume (cc)", "Rx dose (Gy)", "Isodose (%)", "Shots", "Max (Gy)"),
                        ("R caudate head", "1.21", "20.0", "50", "7", "40.0"),
                        ("L sup parietal lobule", "2.84", "20.0", "50", "11", "40.0"),
                        ("R lingual gyrus", "0.33", "20.0", "50", "3", "40.0"),
                        ("L mid cerebellar peduncle", "0.09", "16.0", "50", "1", "32.0"),
                        ("R postcentral gyrus", "0.03", "20.0", "50", "1", "40.0")]),
            P("Frame fiducials: mean deviation 0.3 mm. Independent time calculation agrees within 1%. Daily output check passed. Total beam-on time 64.2 min."),
            sig("Cosmo Arbuthnot, PhD 11/23/2026"),
        ]], opts=dict(header=hdr(_c, 16), font="Helvetica")),
    ])


# ==================================================================================================
# Hard negatives and near-misses
# ==================================================================================================

# b19_17 -- ehr_text: consult only, trigeminal neuralgia, GK recommended -------------------------------------
add(name="b19_17", kind="ehr_text", codes=["77371", "77432", "61798", "61800"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: radiation-oncology consultation for right trigeminal neuralgia. Gamma Knife 80 Gy "
          "maximum with a Leksell frame is recommended and described in a numbered plan; the thin-slice MRI "
          "is 'ordered', the patient will decide after a neurosurgery second opinion. Prior balloon "
          "compression (2023) recounted. Nothing delivered: facts empty, every category unmet, every code "
          "inconsistent.",
    docs=[Doc("b19_17.txt", text=f"""
WHITCOMBE NEUROSCIENCES - RADIATION ONCOLOGY CONSULTATION
PATIENT: {patient(17)}   MRN: {mrn(17)}   DATE OF CONSULTATION: 11/25/2026
REFERRING PHYSICIAN: Hamish Tregarthen, MD (Neurology)

REASON FOR CONSULTATION: Right trigeminal neuralgia, consideration of Gamma Knife radiosurgery.

HISTORY OF PRESENT ILLNESS: The patient is a 74-year-old woman with classic right V2 trigeminal neuralgia since 2018, initially controlled with carbamazepine, then with the addition of baclofen. She underwent percutaneous balloon compression in 2023 with 14 months of relief and some residual numbness of the right cheek. Pain has recurred, 9/10, triggered by eating and brushing her teeth, and she is not tolerating higher carbamazepine doses because of hyponatremia (sodium 129). MRI from an outside facility in 2021 (non-thin-slice) showed no mass. She has pacemaker-free cardiac history and is MRI compatible.

PAST MEDICAL HISTORY: Hypertension, osteoporosis, hypothyroidism.

PHYSICAL EXAMINATION: Decreased light touch in right V2. Corneal reflex intact. Remainder of the neurologic exam nonfocal.

IMPRESSION: Recurrent right trigeminal neuralgia, medically refractory, after balloon compression.

PLAN: We discussed the options, including repeat percutaneous procedure, microvascular decompression and Gamma Knife radiosurgery. I explained the Gamma Knife technique as follows: 1. placement of a Leksell head frame under local anesthesia on the morning of treatment; 2. thin-slice stereotactic MRI, with CT only if MRI is degraded; 3. a single 4 mm shot to the right trigeminal nerve root entry zone, 80 Gy maximum dose at the 100% isodose line; 4. pain relief typically beginning in 4 to 8 weeks, with a risk of new facial numbness of roughly 15%. She would like a second opinion from Dr. Achterberg in neurosurgery regarding microvascular decompression before deciding. A thin-slice MRI with CISS has been ordered so that it is available for either option. We will call her after her neurosurgery visit on 12/09/2026.

Total time 60 minutes, more than half in counseling.

Theodora Blankenship-Ngata, MD, Radiation Oncology
{FOOT}
""")])

# b19_18 -- ehr_text: follow-up only, one year after liver + lung SBRT -----------------------------------------
add(name="b19_18", kind="ehr_text", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: follow-up note 14 months after SBRT (left lower lobe 50 Gy in 5 fx, 09/2025) with a "
          "copied-forward treatment history and the old procedure details (4DCT, CBCT, Vac-Lok); today's "
          "CT shows post-radiation fibrosis and a new 4 mm right upper lobe nodule for surveillance. "
          "'Consider SBRT if it grows' is planned-only. Nothing delivered in this episode.",
    docs=[Doc("b19_18.txt", text=f"""
PORTHLEVEN CANCER CENTRE - RADIATION ONCOLOGY FOLLOW UP NOTE
PATIENT: {patient(18)}   MRN: {mrn(18)}   DATE OF VISIT: 11/30/2026

DIAGNOSIS: Stage I (cT1c N0) adenocarcinoma of the left lower lobe, treated with SBRT.

TREATMENT HISTORY: (copied forward from the 09/2025 completion summary) SBRT to the left lower lobe lesion, 1000 cGy x 5 = 5000 cGy, 09/08/2025 - 09/16/2025, TrueBeam, 4DCT simulation in a Vac-Lok cushion, ITV technique, CBCT before each fraction. Completed as prescribed.

INTERVAL HISTORY: The patient returns 14 months after completing SBRT. Mild dry cough, unchanged. No hemoptysis, no weight loss. Walking 2 miles a day.

IMAGING: CT chest with contrast 11/24/2026: consolidation with volume loss in the left lower lobe conforming to the treatment field, consistent with post-radiation fibrosis, stable compared with 05/2026. A new 4 mm ground-glass nodule in the right upper lobe, indeterminate. No adenopathy.

PHYSICAL EXAMINATION: Lungs clear apart from fine crackles at the left base. No lymphadenopathy.

IMPRESSION: 1. No evidence of recurrence of the treated left lower lobe cancer at 14 months. 2. Grade 1 radiation pneumonitis/fibrosis, asymptomatic apart from cough. 3. New 4 mm right upper lobe ground-glass nodule, likely inflammatory.

PLAN: 1. CT chest in 3 months to reassess the right upper lobe nodule. 2. If it grows or becomes solid, consider biopsy or SBRT. 3. Continue annual low-dose CT thereafter. 4. Return in 3 months. [***]

Clementine Arrowsmith, MD
{FOOT}
""")])

# b19_19 -- bundle: GK frame procedure abandoned (vestibular schwannoma), rescheduled ---------------------------
add(name="b19_19", kind="bundle", codes=["77371", "77432", "61798", "61800"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative (course abandoned): neurosurgery procedure note for a planned single-session Gamma "
          "Knife treatment of a right vestibular schwannoma (12 Gy at 50% planned); the frame application "
          "was aborted after a vasovagal episode before the pins were seated, no stereotactic imaging or "
          "treatment. A telephone note reschedules a mask-based Icon course for January 2027 (planned only). "
          "Facts empty, every category unmet, every code inconsistent.",
    docs=[
        Doc("1_procedure_note.txt", text=f"""
DUNSTABLE PRIORY HOSPITAL - NEUROSURGERY
PROCEDURE NOTE
PATIENT: {patient(19)}   MRN: {mrn(19)}   DATE: 11/20/2026

PREOPERATIVE DIAGNOSIS: Right vestibular schwannoma, Koos grade II, 1.6 cm, growing.

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PLANNED: Leksell frame placement and Gamma Knife radiosurgery, marginal dose 12 Gy to the 50% isodose line.

PROCEDURE PERFORMED: Attempted stereotactic frame placement, aborted.

DESCRIPTION OF PROCEDURE: The patient was brought to the Gamma Knife suite and given oral diazepam 5 mg. The frame was positioned and the ear bars placed. During infiltration of the local anesthetic at the first frontal pin site the patient became pale and diaphoretic, with a heart rate of 38 and blood pressure 72/40, consistent with a vasovagal episode. The frame was removed immediately before any pins were seated, he was placed supine and recovered within 3 minutes with leg elevation and IV fluid. After discussion with the patient and his wife, and with Dr. Kincaid-Morrow of radiation oncology, we agreed not to proceed today. No stereotactic imaging was acquired and no radiation was delivered.

COMPLICATIONS: Vasovagal syncope, resolved.

PLAN: 1. Observe 1 hour, discharge home with his wife. 2. Rediscuss a frameless, mask-based fractionated course on the Icon. 3. Cardiology clearance was not felt necessary.

Bartholomew Quill-Anand, MD, Neurosurgery
Co-signed: Imelda Kincaid-Morrow, MD, Radiation Oncology
{FOOT}
"""),
        Doc("2_telephone_note.txt", text=f"""
DUNSTABLE PRIORY HOSPITAL - RADIATION ONCOLOGY TELEPHONE ENCOUNTER
PATIENT: {patient(19)}   MRN: {mrn(19)}   DATE: 11/24/2026

Called the patient. He is well, no further episodes. He would prefer the mask-based approach. Plan: mask fabrication and planning MRI/CT on 01/05/2027, then Gamma Knife Icon 5 Gy x 5 to the right vestibular schwannoma starting the week of 01/11/2027. Orders placed. He agrees.

I. Kincaid-Morrow, MD
{FOOT}
"""),
    ])

# b19_20 -- pdf: conventional hypofractionated central lung 60 Gy / 8 claimed as SBRT ------------------------
_c = "ROSSLARE BAY HOSPITAL - RADIATION THERAPY"
add(name="b19_20", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 8, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left hilar", "body", None, 60, 8)],
    categories=cats(),
    notes="Near-miss: completion summary of an ultracentral left hilar NSCLC treated with 7.5 Gy x 8 = 60 Gy "
          "(the 'SBRT-like' risk-adapted eight-fraction regimen) on a TrueBeam with 4DCT + PET/CT planning, "
          "Vac-Lok and daily CBCT. SBRT 50 Gy in 5 was considered and rejected because of the main bronchus. "
          "Eight fractions: the claimed 77373/77435 are inconsistent, no delivery code.",
    docs=[Doc("b19_20.pdf", [[
        H1("TREATMENT COMPLETION SUMMARY"),
        P("PATIENT: " + patient(20) + "     MRN: " + mrn(20) + "     TREATMENT DATES: 10/05/2026 - 10/16/2026"),
        P("DIAGNOSIS: Non-small cell lung cancer, squamous cell, left hilar, cT2a N0 M0, ultracentral (tumor abuts the left main bronchus)."),
        P("HISTORY OF PRESENT ILLNESS: 81-year-old man with COPD and prior coronary bypass, medically inoperable. Stereotactic body radiation therapy, fifty gray in five fractions, was considered and rejected because the PTV overlapped the left main bronchus; a risk-adapted hypofractionated course of 60 Gy in 8 fractions was chosen instead."),
        P("DESCRIPTION OF TREATMENT: Simulation 09/28/2026 supine in a Vac-Lok cushion with arms up, 4DCT with IV contrast fused with the staging PET/CT of 09/17/2026 used for delineation. ITV from the 4DCT, PTV = ITV + 5 mm. Prescription 750 cGy x 8 = 6000 cGy, 2 VMAT arcs, 6 MV, Eclipse, daily CBCT matched to the ITV. Proximal bronchial tree max 59.1 Gy; esophagus max 38.2 Gy; heart max 41 Gy."),
        RuledTable([("Fx", "1", "2", "3", "4", "5", "6", "7", "8"),
                    ("Date", "10/05", "10/06", "10/07", "10/08", "10/09", "10/13", "10/14", "10/16"),
                    ("cGy", "750", "750", "750", "750", "750", "750", "750", "750")]),
        P("IMPRESSION: Completed 60 Gy in 8 fractions to the left hilar tumor. Grade 2 esophagitis managed with sucralfate."),
        P("PLAN: 1. CT chest in 3 months. 2. PET/CT at 6 months. 3. Pulmonology follow-up."),
        sig("Cassius Wyndham-Oduya, MD 10/19/2026"),
    ]], opts=dict(header=hdr(_c, 20), font="Helvetica"))])


CORPUS = Corpus("blind_corpus19", "tests/blind_corpus19", CHARTS, pdf_options={"footer": FOOT, "font": "Helvetica"},
                hand_written=["README.md", "FIRST_RUN.md"])
