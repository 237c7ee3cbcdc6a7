"""Fifty-fifth blind corpus, ``tests/blind_corpus55/`` (regenerate: ``python scripts/make_corpus.py blind_corpus55``).

Written as a HELD-OUT corpus during the twenty-second session (held out to the twenty-fourth, released for
tuning in the twenty-fifth). Twenty courses as one ordinary week of a US coding office's in-tray, each from a different invented
clinic: system printouts and exports (plan reports, treatment records, per-session logs, key: value, CSV and
pipe-delimited exports, a prior-authorization form) and dictated documents (consults, procedure notes,
completion notes, letters), six bundles of one to four files, two scanned records, one two-column page, three
self-contradicting charts (``review_expected``) and three hard negatives. Every clinic, clinician, planning and
record system is invented; units are described generically.

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code). Scored once per session with the final tool; never opened or tuned to.
"""

# ruff: noqa: E501  (dictation and exports are deliberately one long line per paragraph or record)

from __future__ import annotations

from pdfmaker import ColumnBreak, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ABIGAIL", "BENNETT", "CASIMIR", "DARNELL", "EZEKIEL", "FLORENCE", "GWENDOLYN", "HORACE", "IGNATIUS",
         "JEROME", "KATHLEEN", "LUCIUS", "MARISOL", "NATHANIEL", "OSWALD", "PRESTON", "QUINCY", "ROSAMUND",
         "SERAPHINA", "THADDEUS"]


def patient(n: int) -> str:
    return f"FIFTYFIVEPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-550{n:02d}"


def banner(clinic: str, what: str, n: int, dob: str) -> list[str]:
    return [f"{clinic} - {what}", f"{patient(n)}    MRN {mrn(n)}    DOB {dob}"]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# j55_01 -- bundle (3 files): neurosurgery consult, frame procedure note, pipe-delimited treatment record --------
_c = "CEDAR HOLLOW NEUROSCIENCE INSTITUTE"
add(name="j55_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 2, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left frontal metastasis", "cranial", S, 20, 1), L("right cerebellar metastasis", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Three-file bundle: dictated neurosurgery consult recommending radiosurgery to two melanoma metastases "
          "(an old resection cavity stable, not a target), a dictated frame / radiosurgery procedure note (pins "
          "under local anesthetic, stereotactic MRI and CT, 50% isodose, frame coordinate check) and a pipe-"
          "delimited record export in cGy (2000 and 1800 cGy). Single session on a cobalt-60 unit.",
    docs=[
        Doc("1_neurosurgery_consult.txt", text=f"""
CEDAR HOLLOW NEUROSCIENCE INSTITUTE - NEUROSURGERY OUTPATIENT CONSULTATION
Patient: {patient(1)}     MRN: {mrn(1)}     DOB: 03/22/1958
Date of service: 09/28/2026
Referring: Dr. Lionel Ashgrove, Medical Oncology

HISTORY OF PRESENT ILLNESS: Ms. Fiftyfivepatient is a sixty-eight-year-old woman with BRAF-mutant melanoma who underwent resection of a right parietal metastasis in April 2025 followed by cavity radiosurgery elsewhere. Surveillance MRI of the brain on 09/19/2026 shows two new enhancing lesions: a left frontal lesion measuring about one point four centimeters and a right cerebellar hemisphere lesion measuring about one point one centimeters with mild edema. The right parietal cavity is unchanged and shows no nodular enhancement. She has had occasional headaches but no focal deficits.

EXAMINATION: Alert and oriented. Cranial nerves intact. Strength 5/5 throughout. Gait steady. KPS 80.

IMPRESSION AND PLAN: Two new brain metastases, both well away from the optic apparatus and brainstem. I discussed stereotactic radiosurgery in a single session with a head frame and she would like to proceed. We will schedule frame placement and treatment on the cobalt unit for next week with Dr. Venkataraman from radiation oncology. The old parietal cavity does not need treatment. Risks including radiation necrosis, seizure and pin-site infection were reviewed.

Dictated by: Gareth Holloway-Pike, MD, Neurosurgery      Dictated 09/28/2026  Transcribed 09/29/2026
{FOOT}
"""),
        Doc("2_procedure_note.pdf", [[
            H1("Stereotactic Radiosurgery - Procedure Note"),
            KeyValue([("Date of procedure", "10/06/2026"), ("Surgeon", "Gareth Holloway-Pike, MD"),
                      ("Radiation oncologist", "Priya Venkataraman, MD"), ("Physicist", "Dale Oyelaran, PhD, DABR"),
                      ("Preoperative diagnosis", "Metastatic melanoma to brain, two lesions (C79.31)"),
                      ("Procedure", "Application of stereotactic head frame; single-session radiosurgery, cobalt-60 multi-source radiosurgery unit")]),
            H2("Description"),
            P("The patient was brought to the radiosurgery suite. The scalp was prepped and four pin sites were infiltrated with "
              "a mixture of lidocaine and bupivacaine. The stereotactic head frame was applied in the usual fashion without "
              "difficulty. She then underwent a stereotactic MRI with contrast (1 mm axial T1 post-gadolinium) and a "
              "stereotactic CT, which were co-registered in the planning system (BRIARWOOD-GP 3.2, invented)."),
            P("Two targets were contoured. The left frontal metastasis (1.38 cc) was planned with 7 isocenters and prescribed "
              "20 Gy to the 50% isodose line. The right cerebellar metastasis (0.91 cc) was planned with 5 isocenters and "
              "prescribed 18 Gy to the 50% isodose line. Brainstem maximum 6.2 Gy. The plan was reviewed and approved by "
              "neurosurgery, radiation oncology and physics; an independent second check of treatment time agreed within 1.1%."),
            P("Frame coordinates were verified with the frame-fit check before treatment. Treatment was delivered without "
              "interruption over 64 minutes. The frame was removed and the pin sites dressed. Estimated blood loss minimal. "
              "She tolerated the procedure well and was discharged home."),
            sig("Gareth Holloway-Pike, MD 10/06/2026 16:40"),
            sig("Priya Venkataraman, MD 10/06/2026 16:52"),
        ]], opts=dict(header=banner(_c, "Radiosurgery", 1, "03/22/1958"))),
        Doc("3_treatment_record.txt", text=f"""
PINEWARD OIS (invented) -- TREATMENT HISTORY EXPORT -- {mrn(1)} -- {patient(1)}
course_id|target|session|date|unit|isocenters|rx_isodose_pct|dose_this_session_cGy|total_cGy|status
C1|L_FRONTAL|1 of 1|10/06/2026|COBALT-60 MULTI-SOURCE UNIT|7|50|2000|2000|COMPLETE
C1|R_CEREBELLAR|1 of 1|10/06/2026|COBALT-60 MULTI-SOURCE UNIT|5|50|1800|1800|COMPLETE
-- end of export (2 rows) -- approved P. Venkataraman MD 10/06/2026
{FOOT}
"""),
    ])

# j55_02 -- pdf: single-isocenter linac SRS plan & delivery report, 4 targets, one pontine; summary says three ----
_c = "TRI-COUNTY CANCER CENTER"
add(name="j55_02", kind="pdf", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 4, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("T1 right frontal", "cranial", S, 20, 1), L("T2 left parietal", "cranial", S, 20, 1),
             L("T3 left temporal", "cranial", S, 18, 1), L("T4 pons (brainstem)", "cranial", C, 15, 1)],
    categories=cats(),
    contradiction="The physician's summary paragraph says three metastases were treated, while the target table and the delivery record list four targets (T1-T4) delivered.",
    notes="Plan and delivery printout of a single-isocenter multi-target linac SRS: four targets in one session, "
          "T4 in the pons (complex, 15 Gy), the others simple; frameless mask, CT + MRI, CBCT with surface "
          "guidance, physics QA. The physician's summary paragraph still says 'three metastases' (a carried-over "
          "sentence); the table and delivery record give four.",
    docs=[Doc("j55_02.pdf", [[
        H1("Cranial SRS - Plan Summary and Delivery Report"),
        KeyValue([("Patient", f"{patient(2)}"), ("MRN", mrn(2)), ("Diagnosis", "Non-small cell lung cancer with brain metastases (C34.90, C79.31)"),
                  ("Treatment unit", "6 MV FFF gantry linac, HD MLC"), ("Planning system", "SAWGRASS TPS 11 (invented), single-isocenter multi-target VMAT, 5 non-coplanar arcs"),
                  ("Immobilization", "Frameless thermoplastic SRS mask, custom head cushion"),
                  ("Planning imaging", "CT sim 1.0 mm 08/31/2026; MRI T1 post-contrast 1.0 mm 09/01/2026, rigid fusion"),
                  ("Fractionation", "1 fraction")]),
        RuledTable([("Target", "Location", "Size (cm)", "Rx (Gy)", "Rx IDL", "Coverage", "CI", "Delivered (Gy)"),
                    ("T1", "Right frontal", "1.6", "20", "78%", "99.1%", "1.12", "20"),
                    ("T2", "Left parietal", "0.8", "20", "80%", "99.6%", "1.21", "20"),
                    ("T3", "Left temporal", "1.1", "18", "79%", "98.8%", "1.18", "18"),
                    ("T4", "Pons (brainstem)", "0.6", "15", "80%", "98.5%", "1.25", "15")]),
        H2("Organs at risk"),
        RuledTable([("Structure", "Metric", "Plan", "Limit"), ("Brainstem", "D0.03cc", "15.9 Gy", "accepted (target within)"),
                    ("Optic chiasm", "Dmax", "3.4 Gy", "< 8 Gy"), ("Brain - GTVs", "V12Gy", "7.8 cc", "< 10 cc")]),
        H2("Quality assurance and delivery"),
        P("Physics plan check and independent dose calculation passed (agreement 1.6%). Patient-specific QA: gamma 2%/1 mm "
          "pass rate 98.7%. Treatment 09/09/2026: surface guidance for setup, CBCT with 6-degree-of-freedom couch correction "
          "(shifts 0.9 mm / 0.4 deg), repeat CBCT after arc 3; all five arcs delivered."),
        H2("Physician summary"),
        P("Three metastases were treated with single-fraction stereotactic radiosurgery as above; the pontine lesion received a "
          "reduced dose of 15 Gy. Tolerated well. MRI brain in 8 weeks."),
        sig("Harold Whitfield-Nakamura, MD, Radiation Oncology 09/09/2026"),
        sig("Celeste Brandvold, MS, DABR, Medical Physics 09/09/2026"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 2, "11/14/1955")))])

# j55_03 -- ehr_text: dictated cobalt-60 radiosurgery procedure note for trigeminal neuralgia ----------------------
add(name="j55_03", kind="ehr_text", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve root (trigeminal neuralgia)", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Dictated procedure note, numbers in words: refractory right trigeminal neuralgia, head frame under local "
          "anesthetic, stereotactic MRI and CT, one four-millimeter isocenter, eighty gray maximum dose (100% "
          "isodose), brainstem dose, frame check. Functional target: complex.",
    docs=[Doc("j55_03.txt", text=f"""
SAINT BRIGID REGIONAL MEDICAL CENTER
DEPARTMENT OF NEUROSURGERY -- RADIOSURGERY PROCEDURE NOTE

PATIENT: {patient(3)}           MRN: {mrn(3)}          DOB: 07/02/1949
DATE OF PROCEDURE: 10/14/2026
ATTENDING NEUROSURGEON: Wendell Okonkwo-Harris, MD
RADIATION ONCOLOGIST: Marguerite Lindqvist, MD
MEDICAL PHYSICIST: Anders Pellegrino, MS

PREOPERATIVE DIAGNOSIS: Right trigeminal neuralgia, type one, V2 and V3 distribution, refractory to carbamazepine and gabapentin (G50.0).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: One, application of stereotactic head frame. Two, stereotactic radiosurgery of the right trigeminal nerve, cobalt-60 multi-source radiosurgery unit.
ANESTHESIA: Local, with oral lorazepam.

INDICATIONS: This is a seventy-seven-year-old gentleman with a four-year history of lancinating right facial pain who has failed two medications because of sedation and who is not a candidate for microvascular decompression because of cardiac history. He elected radiosurgery after discussion of risks including facial numbness.

DESCRIPTION OF PROCEDURE: The patient was brought to the radiosurgery suite and the stereotactic frame was applied under local anesthesia with four pins, slightly shifted to the right. He then underwent stereotactic MRI including thin-cut high-resolution constructive interference sequences through the posterior fossa, as well as a stereotactic CT scan, and the images were fused in the planning software, ALDERGLEN GP version five (invented). The right trigeminal nerve was identified from the root entry zone forward into Meckel's cave. A single four-millimeter isocenter was placed on the cisternal segment about seven millimeters anterior to the root entry zone. A maximum dose of eighty gray was prescribed to the one hundred percent isodose line. The brainstem surface received no more than fifteen point eight gray at the twenty percent isodose. The plan was reviewed and signed by neurosurgery, radiation oncology and physics, and the physicist performed an independent check of the treatment time.

Before treatment the frame coordinates were verified against the plan with the frame-fit measurement, within tolerance. The patient was then treated in a single session lasting fifty-one minutes without incident. The frame was removed and the pin sites were cleaned and dressed. There was minimal bleeding.

DISPOSITION: Discharged home the same day in good condition. He will continue his medications for now and taper them once relief begins. Follow-up in clinic in six weeks.

SUMMARY OF DOSE: Right trigeminal nerve, eighty gray maximum dose in one session, delivered 10/14/2026.

Wendell Okonkwo-Harris, MD    Electronically signed 10/14/2026 17:20
Marguerite Lindqvist, MD      Electronically signed 10/15/2026 08:05
{FOOT}
""")])

# j55_04 -- scan: per-session linac treatment log, cavity FSRT 2500 cGy in 5 fx; 77372/77432 claimed ---------------
_c = "LAKESHORE RADIATION ASSOCIATES"
add(name="j55_04", kind="scan", codes=["77372", "77432"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left temporal resection cavity", "cranial", S, 25, 5)],
    categories=cats(),
    notes="Scanned per-session treatment log (150 dpi, slight skew): fractionated stereotactic radiotherapy to a "
          "3.2 cm left temporal resection cavity, 2500 cGy in 5 fractions (500 cGy each, cumulative column), "
          "gantry linac, mask, CT + MRI fusion, daily CBCT with 6D couch, physics second check. Single-session "
          "codes 77372/77432 claimed for a 5-fraction course: wrong.",
    docs=[Doc("j55_04.pdf", [[
        H1("FSRT TREATMENT LOG - CRANIAL"),
        KeyValue([("Patient", patient(4)), ("MRN", mrn(4)), ("Physician", "Rebecca Antonelli-Shaw, MD"),
                  ("Site", "Left temporal resection cavity (metastatic breast ca, resected 08/2026), cavity 3.2 cm"),
                  ("Rx", "2500 cGy in 5 fractions, 500 cGy/fx, to PTV (cavity + 2 mm), 80% IDL"),
                  ("Machine", "6 MV FFF gantry linac"), ("Plan", "HARBORLIGHT TPS 7 (invented), 4 VMAT arcs, 1 isocenter"),
                  ("Imaging for planning", "CT sim 1 mm 09/10/2026 + MRI T1 post-gad 09/09/2026, fused"),
                  ("Immobilization", "Open-face thermoplastic mask, mouth bite"),
                  ("Physics", "Second check calc agreed 0.9%; IMRT QA 99.2% (3%/2mm)")]),
        RuledTable([("Fx", "Date", "IGRT", "Shift (mm)", "Dose fx (cGy)", "Cumulative (cGy)", "Therapists"),
                    ("1", "09/21/2026", "CBCT + 6D", "1.1", "500", "500", "JM / TR"),
                    ("2", "09/22/2026", "CBCT + 6D", "0.7", "500", "1000", "JM / KL"),
                    ("3", "09/23/2026", "CBCT + 6D", "0.9", "500", "1500", "TR / KL"),
                    ("4", "09/24/2026", "CBCT + 6D", "0.6", "500", "2000", "JM / TR"),
                    ("5", "09/25/2026", "CBCT + 6D", "0.8", "500", "2500", "JM / KL")]),
        P("Course completed 09/25/2026: 2500 cGy / 5 fx to left temporal cavity. No treatment breaks. Images reviewed and approved daily by physician."),
        sig("Rebecca Antonelli-Shaw, MD 09/25/2026"),
        P("Charge sheet attached: 77372 x1, 77432 x1 (entered by front desk 09/25)"),
    ]], opts=dict(header=banner(_c, "Treatment Record", 4, "05/30/1966"), scan=True, scan_dpi=150, scan_skew=0.6))])

# j55_05 -- bundle (2 files): dictated consult + robotic-arm linac single-session vestibular schwannoma record -----
_c = "BLUFF CITY RADIOSURGERY CENTER"
add(name="j55_05", kind="bundle", codes=["G0339", "77432", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    notes="Two files: dictated radiation oncology consult (left vestibular schwannoma 1.7 cm, options discussed, "
          "'twelve to thirteen gray' planned) and the robotic-arm linac treatment summary (12 Gy at the 80% "
          "isodose, mask, thin-slice CT + MRI, skull tracking, 1 session). Schwannoma: complex. G0339 for a "
          "single robotic session.",
    docs=[
        Doc("1_consult.txt", text=f"""
BLUFF CITY RADIOSURGERY CENTER -- RADIATION ONCOLOGY CONSULTATION
{patient(5)}   MRN {mrn(5)}   DOB 01/17/1971   Seen 08/12/2026
Referred by Dr. Tobias Rainsford, Otolaryngology

Reason for consultation: left vestibular schwannoma.

History: Mr. Fiftyfivepatient is a fifty-five-year-old man with progressive left-sided hearing loss and tinnitus over two years. MRI of the internal auditory canals on 07/20/2026 shows an enhancing left cerebellopontine angle mass measuring one point seven centimeters, extending into the internal auditory canal and touching but not compressing the brainstem. Audiogram shows a left word recognition score of sixty percent. He has no facial weakness.

Assessment and plan: Left vestibular schwannoma, Koos grade three. We discussed observation, microsurgery and stereotactic radiosurgery. He prefers radiosurgery. I have recommended single-session treatment on the robotic-arm linac with a thermoplastic mask, to a marginal dose of twelve to thirteen gray depending on cochlear dose. He will have a thin-slice planning CT and a planning MRI next week. We discussed the risks of hearing loss, facial numbness and hydrocephalus.

Dictated by Lorraine Castellanos-Webb, MD    08/12/2026
{FOOT}
"""),
        Doc("2_treatment_summary.pdf", [[
            H1("Radiosurgery Treatment Summary"),
            KeyValue([("Patient / MRN", f"{patient(5)} / {mrn(5)}"), ("Target", "Left vestibular schwannoma (D33.3), 1.7 cm, 2.05 cc"),
                      ("Unit", "Robotic-arm mounted 6 MV linac, variable aperture collimator"),
                      ("Tracking", "Skull tracking (paired orthogonal x-rays) throughout delivery; 61 image pairs, mean correction 0.4 mm"),
                      ("Immobilization", "Thermoplastic face mask"),
                      ("Planning images", "CT 0.625 mm with contrast 08/19/2026; MRI FIESTA + T1 post-contrast 08/19/2026, fused"),
                      ("Planning system", "KINGFISHER PLAN 2.4 (invented), 147 non-isocentric beams")]),
            RuledTable([("Prescription", "Isodose", "Coverage", "Cochlea mean", "Brainstem Dmax", "Facial n. Dmax"),
                        ("12.0 Gy x 1", "80%", "98.2%", "3.9 Gy", "11.6 Gy", "12.4 Gy")]),
            P("Physics: plan second check and delivery QA (film) passed 08/24/2026."),
            P("Treatment delivered 08/26/2026 in one session, 12 Gy to the 80% isodose line, 52 minutes. No acute effects. "
              "MRI and audiogram in 6 months."),
            sig("Lorraine Castellanos-Webb, MD 08/26/2026"),
            sig("Ivan Szczepanski, PhD, Medical Physicist 08/26/2026"),
        ]], opts=dict(header=banner(_c, "Radiosurgery", 5, "01/17/1971"))),
    ])

# j55_06 -- pdf two-column: cobalt-60 mask-based 5-fraction cavernous sinus meningioma ---------------------------
_c = "PRAIRIE RIDGE NEUROSURGERY & RADIOSURGERY"
add(name="j55_06", kind="pdf", codes=["77373", "77435", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("right cavernous sinus meningioma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="One two-column completion page: right cavernous sinus meningioma (parasellar, 3 mm from the right optic "
          "nerve: complex) treated with 25 Gy in 5 fractions at the 50% isodose on a mask-capable cobalt-60 "
          "unit; MRI + CT, mask, daily CBCT and infrared motion monitoring; fraction table in the right column.",
    docs=[Doc("j55_06.pdf", [[
        H1("Fractionated Radiosurgery - Completion Summary"),
        H2("Clinical"),
        P(f"{patient(6)} (MRN {mrn(6)}), 61-year-old woman with a right cavernous sinus meningioma causing intermittent "
          "diplopia. MRI 06/2026 showed growth from 2.1 to 2.6 cm over 18 months. The lesion lies 3 mm from the right optic "
          "nerve. Neurosurgery advised against resection. Fractionated radiosurgery chosen to respect optic tolerance."),
        H2("Planning"),
        P("Planning MRI (T1 post-gadolinium, 1 mm) on 07/06/2026 and CT on 07/07/2026, co-registered. Thermoplastic mask "
          "with nose marker. Plan in CRESTLINE GP 2.0 (invented): 19 isocenters, 4/8/16 mm collimators, 25 Gy in 5 "
          "fractions to the 50% isodose; coverage 97%. Right optic nerve Dmax 22.8 Gy / 5 fx. Physics independent check passed."),
        H2("Unit"),
        P("Cobalt-60 multi-source radiosurgery unit (192 sources) with on-board cone-beam CT and infrared motion management."),
        ColumnBreak(),
        H2("Treatment record"),
        TextTable([("Fx", "Date", "CBCT", "Dose (Gy)", "Total (Gy)"),
                   ("1", "07/13/2026", "0.4 mm", "5.0", "5.0"),
                   ("2", "07/14/2026", "0.6 mm", "5.0", "10.0"),
                   ("3", "07/15/2026", "0.3 mm", "5.0", "15.0"),
                   ("4", "07/16/2026", "0.5 mm", "5.0", "20.0"),
                   ("5", "07/17/2026", "0.4 mm", "5.0", "25.0")], columns=[0, 28, 100, 150, 200]),
        P("Motion threshold 1.5 mm; no pauses."),
        H2("Summary"),
        P("Right cavernous sinus meningioma: 25 Gy in 5 fractions, 07/13-07/17/2026, completed as planned. Follow-up MRI at 6 months."),
        sig("Naomi Fairbrother-Ito, MD 07/17/2026"),
        sig("Rutger Vandermolen, MS, DABR 07/17/2026"),
    ]], opts=dict(header=banner(_c, "Radiosurgery", 6, "04/09/1965"), two_columns=True))])

# j55_07 -- ehr_text: CSV export, linac frame-based AVM radiosurgery ---------------------------------------------
add(name="j55_07", kind="ehr_text", codes=["77372", "77432", "61798", "61800"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI", "angiography"], ["frame"]),
    lesions=[L("right parietal AVM nidus", "cranial", C, 18, 1)],
    categories=cats(),
    notes="CSV export from a radiosurgery database: frame-based linac radiosurgery of a right parietal AVM "
          "(Spetzler-Martin II), 18 Gy at the 80% isodose, stereotactic DSA + MRI + CT, dynamic conformal "
          "arcs, localizer and Winston-Lutz checks. One row per field group.",
    docs=[Doc("j55_07.txt", text=f"""
# HARBOR POINT UNIVERSITY HOSPITAL - RADIOSURGERY REGISTRY EXPORT (TIDEMARK RSDB 4, invented)
# exported 11/03/2026 09:12 by coding_queue
field,value
patient_name,"{patient(7)}"
mrn,{mrn(7)}
dob,02/26/1990
diagnosis,"Arteriovenous malformation, right parietal, Spetzler-Martin grade II, prior hemorrhage 2025 (Q28.2)"
indication,"Ruptured AVM, nidus 2.2 cm, eloquent-adjacent; microsurgery declined"
procedure_date,10/29/2026
treatment_unit,"6 MV gantry linac with micro-MLC and cone collimators"
immobilization,"Stereotactic head ring, 4 pins, local anesthesia (applied 06:55, removed 13:10)"
imaging_1,"Stereotactic digital subtraction angiography (biplane) 10/29/2026 07:40"
imaging_2,"Stereotactic MRI T1 post-contrast + TOF 1 mm 10/29/2026 08:30"
imaging_3,"Stereotactic CT 1 mm 10/29/2026 08:05"
planning_system,"TIDEMARK PLAN 4.2 (invented)"
target,"AVM nidus, 4.1 cc"
technique,"1 isocenter, 5 dynamic conformal arcs"
prescription_Gy,18
prescription_isodose_pct,80
fractions,1
oar_brainstem_max_Gy,2.1
oar_optic_chiasm_max_Gy,0.7
v12_cc,9.6
qa,"Winston-Lutz 0.6 mm same day; localizer box coordinate check passed; independent MU check 1.3%"
delivered_date,10/29/2026
delivered_dose_Gy,18
status,completed
attending_radiation_oncologist,"Simone Achterberg, MD (signed 10/29/2026)"
attending_neurosurgeon,"Kwame Delacroix-Finch, MD (signed 10/29/2026)"
{FOOT}
""")])

# j55_08 -- pdf: completion summary, 3-fraction linac SRS to 3 metastases (one 3.8 cm); positioning not stated -----
_c = "SYCAMORE VALLEY CANCER INSTITUTE"
add(name="j55_08", kind="pdf", codes=["77373", "77435", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 3, ["CT", "MRI"], []),
    lesions=[L("right frontal metastasis (3.8 cm)", "cranial", C, 27, 3), L("left occipital metastasis", "cranial", S, 24, 3),
             L("right cerebellar metastasis", "cranial", S, 24, 3)],
    categories=cats(positioning=False),
    notes="Completion summary printout: three metastases in 3 fractions on a gantry linac, right frontal 3.8 cm "
          "(complex by size) 27 Gy/3, two small lesions 24 Gy/3; CT + MRI, daily CBCT, physics check. No "
          "immobilization device named anywhere (positioning unmet). 61796 claimed although one lesion is "
          "complex: wrong; 61797 fits the two simple additional lesions.",
    docs=[Doc("j55_08.pdf", [[
        H1("Radiation Therapy Completion Summary"),
        KeyValue([("Patient", patient(8)), ("MRN", mrn(8)), ("Attending", "Desmond Abernathy-Cole, MD"),
                  ("Diagnosis", "Metastatic renal cell carcinoma to brain (C79.31)"),
                  ("Technique", "Fractionated stereotactic radiosurgery, VMAT, 6 MV FFF gantry linac"),
                  ("Treatment dates", "10/05/2026 - 10/09/2026 (every other day)"),
                  ("Planning", "CT simulation 09/28/2026 fused with MRI T1 post-contrast 09/27/2026; MAPLEWOOD TPS 9 (invented), 2 isocenters, 6 arcs"),
                  ("Image guidance", "CBCT before each fraction, physician-approved shifts")]),
        RuledTable([("Target", "Max diameter", "Dose/fx", "Fractions", "Total dose", "IDL"),
                    ("Right frontal", "3.8 cm", "9 Gy", "3", "27 Gy", "80%"),
                    ("Left occipital", "1.3 cm", "8 Gy", "3", "24 Gy", "80%"),
                    ("Right cerebellar", "0.9 cm", "8 Gy", "3", "24 Gy", "80%")]),
        P("Physics weekly chart check and second-calculation check completed. All three fractions delivered as planned "
          "(10/05, 10/07, 10/09/2026). Normal brain V18Gy 11.2 cc; brainstem D0.03cc 14.1 Gy."),
        P("Tolerance: fatigue grade 1, no seizures. Dexamethasone taper over 10 days. MRI brain in 6 weeks, then every 3 months."),
        sig("Desmond Abernathy-Cole, MD 10/12/2026"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 8, "12/03/1952")))])


# ==================================================================================================
# Spine
# ==================================================================================================

# j55_09 -- bundle (2 files): spine SBRT plan report (cGy) + CSV fraction record -------------------------------------
_c = "MESA VERDE ONCOLOGY"
add(name="j55_09", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T10 vertebral body metastasis", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Two files: spine SBRT plan report (T10 metastasis, 2400 cGy in 2 fractions, 1200 cGy each, spinal "
          "cord PRV limits, VMAT, vacuum body cushion, CT + MRI fusion) and a CSV fraction record with CBCT. A T8 "
          "hemangioma is mentioned and not treated.",
    docs=[
        Doc("1_plan_report.pdf", [[
            H1("Spine SBRT Plan Report"),
            KeyValue([("Patient", f"{patient(9)}   MRN {mrn(9)}"), ("Target", "T10 vertebral body and left pedicle metastasis, prostate adenocarcinoma; epidural disease Bilsky 1b"),
                      ("Incidental", "T8 typical hemangioma on MRI - not a target"),
                      ("Prescription", "2400 cGy in 2 fractions (1200 cGy/fx) to PTV_T10; GTV SIB not used"),
                      ("Simulation", "CT 1.25 mm 10/01/2026 in vacuum body cushion, arms up; MRI T1/T2 thoracic spine 09/29/2026 fused"),
                      ("Unit / technique", "6 MV FFF gantry linac, 2 VMAT arcs, 1 isocenter"),
                      ("Planning system", "JUNIPER RT 16 (invented)")]),
            RuledTable([("Structure", "Metric", "Goal", "Plan"), ("PTV_T10", "V2400cGy", ">= 90%", "92.4%"),
                        ("Cord PRV", "D0.035cc", "< 1700 cGy", "1590 cGy"), ("Esophagus", "D0.035cc", "< 2500 cGy", "1810 cGy")]),
            P("Physics review and independent MU check within 2%. Patient-specific QA 99.1% (3%/2 mm)."),
            sig("Evangeline Thorsby, MD 10/04/2026"),
            sig("Marcus Iwuchukwu, MS, DABR 10/04/2026"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 9, "08/18/1948"))),
        Doc("2_fraction_record.txt", text=f"""
MESA VERDE ONCOLOGY,Fraction record export (JUNIPER OIS, invented)
patient,{patient(9)},mrn,{mrn(9)}
fx,date,site,igrt,couch_shift_mm,dose_cGy,cumulative_cGy,approved_by
1,10/07/2026,T10 SBRT,CBCT + 6DoF,1.2,1200,1200,E. Thorsby MD
2,10/09/2026,T10 SBRT,CBCT + 6DoF,0.8,1200,2400,E. Thorsby MD
course status,COMPLETED 10/09/2026,total 2400 cGy / 2 fx
{FOOT}
"""),
    ])

# j55_10 -- ehr_text: dictated robotic-arm spine SRS, T6 and L2, sixteen gray each in one fraction ----------------
add(name="j55_10", kind="ehr_text", codes=["G0339", "77435", "63620", "63621"],
    facts=F("robotic_linac", ["spinal"], 2, 1, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T6 vertebral metastasis", "spinal", None, 16, 1), L("L2 vertebral metastasis", "spinal", None, 16, 1)],
    categories=cats(),
    notes="Dictated spine radiosurgery note with numbers in words: T6 and L2 renal cell metastases, sixteen gray "
          "each in a single session on a robotic-arm linac, vacuum cushion, CT with contrast and MRI fused, "
          "spine tracking, physics QA.",
    docs=[Doc("j55_10.txt", text=f"""
TWIN RIVERS SPINE AND RADIOSURGERY CENTER
SPINE RADIOSURGERY - TREATMENT NOTE (dictated)

Patient: {patient(10)}     MRN: {mrn(10)}     DOB: 10/05/1961
Date of treatment: 11/18/2026
Physician: Cornelius Badu-Lindgren, MD, Radiation Oncology
Co-surgeon: Yvette Marchetti, MD, Neurosurgery

This is a sixty-five-year-old man with metastatic clear cell renal carcinoma who has painful metastases at T6 and L2 without cord compression. Both were treated today with stereotactic spine radiosurgery in a single session. Because of the radioresistant histology we chose sixteen gray in one fraction to each lesion.

For planning he had a CT simulation on November ninth with intravenous contrast, one point two five millimeter slices, lying supine in a full-length vacuum cushion, and an MRI of the thoracic and lumbar spine on November eighth that was fused to the CT. Two separate targets were contoured, the T6 body and right pedicle and the L2 body, each with its own PTV. The plan was made in the OSPREY PLANNING system (invented) with two hundred eight non-isocentric beams, prescribed to the seventy-eight percent isodose line. The spinal cord maximum was twelve point one gray and the cauda equina eleven point four gray. The physicist completed the secondary dose check and the delivery QA with film before treatment.

Treatment was delivered on the robotic-arm mounted linac with spine tracking of the vertebral anatomy using paired x-ray images throughout, corrections all under one millimeter. Total time about seventy minutes for both targets. He tolerated it well. Dexamethasone four milligrams for three days.

Summary: T6, sixteen gray in one fraction. L2, sixteen gray in one fraction. Completed 11/18/2026.

Electronically signed: Cornelius Badu-Lindgren, MD 11/18/2026
{FOOT}
""")])

# j55_11 -- bundle (2 files): pipe record L4 SBRT 30 Gy/5 + dictated completion note saying 35 Gy -----------------
add(name="j55_11", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L4 vertebral metastasis", "spinal", None, 30, 5)],
    categories=cats(),
    contradiction="The dictated completion note says the L4 lesion received 35 Gy in five fractions, while the prescription and the pipe-delimited treatment record give 30 Gy (6 Gy x 5).",
    notes="Two files: a pipe-delimited per-fraction record (L4 metastasis 30 Gy in 5 x 6 Gy, CBCT each day, knee "
          "and foot immobilizer in a vacuum bag, CT + MRI, VMAT) and a dictated completion note whose dose "
          "sentence says thirty-five gray. 63621 claimed with one spinal lesion: wrong.",
    docs=[
        Doc("1_treatment_record.txt", text=f"""
COPPER BASIN REGIONAL HOSPITAL | RADIATION ONCOLOGY | DAILY TREATMENT RECORD (SALTFLAT OIS 3, invented)
Patient | {patient(11)} | MRN | {mrn(11)} | DOB | 06/11/1957
Rx | L4 SBRT | 3000 cGy in 5 fx | 600 cGy/fx | PTV_L4 V30Gy >= 90% | cauda D0.035cc < 32 Gy
Sim | CT 1.25 mm 09/14/2026 | MRI L-spine 09/12/2026 fused | vacuum bag + knee/foot immobilizer
Plan | 6 MV FFF gantry linac | 2 VMAT arcs | plan check + 2nd calc OK (1.4%) | QA 98.9%
Fx | Date | Field | IGRT | Dose (cGy) | Cum (cGy) | Init
1 | 09/21/2026 | L4_VMAT | CBCT 6DoF | 600 | 600 | RB/ST
2 | 09/22/2026 | L4_VMAT | CBCT 6DoF | 600 | 1200 | RB/ST
3 | 09/23/2026 | L4_VMAT | CBCT 6DoF | 600 | 1800 | ST/AP
4 | 09/24/2026 | L4_VMAT | CBCT 6DoF | 600 | 2400 | RB/AP
5 | 09/25/2026 | L4_VMAT | CBCT 6DoF | 600 | 3000 | RB/ST
Status | Completed 09/25/2026 | Physician | Ingrid Mahoney-Sato MD
{FOOT}
"""),
        Doc("2_completion_note.txt", text=f"""
COPPER BASIN REGIONAL HOSPITAL - RADIATION ONCOLOGY
END OF TREATMENT NOTE

{patient(11)}   MRN {mrn(11)}   Date: 09/25/2026

Ms. Fiftyfivepatient completed stereotactic body radiotherapy to the L4 vertebral body today for metastatic breast cancer with mechanical-free axial pain. She received thirty-five gray in five fractions over one week. Daily cone beam CT alignment was performed and reviewed. She reports her pain is already improving, down from seven to four out of ten. Mild nausea after fraction two, resolved with ondansetron. No new neurologic symptoms.

Plan: follow up in four weeks; MRI lumbar spine in three months. Continue letrozole and palbociclib per medical oncology.

Dictated by Ingrid Mahoney-Sato, MD. Electronically signed 09/26/2026.
{FOOT}
"""),
    ])

# j55_12 -- scan: C5 single-fraction spine SRS on gantry linac, 1800 cGy; 77372/77432 claimed -----------------------
_c = "NORTHGATE COMMUNITY CANCER CENTER"
add(name="j55_12", kind="scan", codes=["77372", "77432", "63620"],
    facts=F("linac", ["spinal"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("C5 vertebral metastasis", "spinal", None, 18, 1)],
    categories=cats(),
    notes="Scanned one-page spine radiosurgery record (140 dpi, speckle): C5 metastasis 1800 cGy x 1 on a "
          "gantry linac, long head-neck-shoulder thermoplastic mask, CT simulation + MRI fused, "
          "CBCT + 6D couch, physics QA. Cranial single-session codes 77372/77432 claimed for a spinal course: "
          "wrong (77373/77435); 63620 right.",
    docs=[Doc("j55_12.pdf", [[
        H1("STEREOTACTIC SPINE RADIOSURGERY RECORD"),
        KeyValue([("Name", patient(12)), ("MRN", mrn(12)), ("Attending", "Frederick Oduya-Larsen, MD"),
                  ("Diagnosis", "Metastatic thyroid carcinoma (follicular) - C5 vertebral body, C79.51"),
                  ("Dose", "1800 cGy x 1 fraction to PTV_C5 (prescribed to 85% IDL)"),
                  ("Immobilization", "Long thermoplastic head/neck/shoulder mask"),
                  ("CT sim", "10/20/2026, 1 mm slices"), ("MRI", "C-spine T1 post / T2 10/19/2026, fused to CT"),
                  ("Machine", "6 MV FFF gantry linac, 2 VMAT arcs"), ("TPS", "BEACON TPS 5.1 (invented)"),
                  ("Constraints", "Cord D0.035cc 12.9 Gy (< 14 Gy); esophagus D0.035cc 13.8 Gy"),
                  ("QA", "Second calc 1.2%; portal dosimetry 98.4% pass")]),
        RuledTable([("Date", "IGRT", "Shifts", "Dose (cGy)", "Therapist", "MD"),
                    ("10/27/2026", "CBCT x2 + 6D couch", "0.8 mm / 0.5 deg", "1800", "LB", "FOL")]),
        P("Treatment complete. Total 1800 cGy to C5 in 1 fraction on 10/27/2026. Tolerated well."),
        sig("Frederick Oduya-Larsen, MD 10/27/2026"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 12, "03/08/1963"), scan=True, scan_dpi=140, scan_noise=6.0))])


# ==================================================================================================
# Body
# ==================================================================================================

# j55_13 -- pdf: lung SBRT plan + fraction report, 5000 cGy/5, 4DCT + PET ------------------------------------------
_c = "PINECREST MEDICAL CENTER"
add(name="j55_13", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right lower lobe NSCLC", "body", None, 50, 5)],
    categories=cats(),
    notes="Lung SBRT plan and fraction report: peripheral RLL adenocarcinoma 5000 cGy in 5 fractions (1000 cGy "
          "each), 4DCT with ITV, PET-CT used for target definition, wing board + vacuum cushion with abdominal "
          "compression belt, VMAT, CBCT each fraction.",
    docs=[Doc("j55_13.pdf", [[
        H1("SBRT Lung - Plan and Treatment Report"),
        KeyValue([("Patient", patient(13)), ("MRN", mrn(13)), ("Diagnosis", "cT1c N0 M0 adenocarcinoma RLL, 2.4 cm, peripheral (C34.31); medically inoperable (FEV1 38%)"),
                  ("Simulation", "4DCT 2 mm 08/04/2026, free breathing; ITV from all phases"),
                  ("Target definition", "FDG PET-CT 07/22/2026 registered to planning CT"),
                  ("Immobilization", "Wing board, vacuum cushion, abdominal compression belt"),
                  ("Plan", "QUARRYSTONE TPS 3.3 (invented), 2 partial VMAT arcs, 6 MV FFF"),
                  ("Prescription", "5000 cGy in 5 fractions (1000 cGy/fx) to PTV (ITV + 5 mm), 95% of PTV covered")]),
        RuledTable([("Structure", "Constraint", "Achieved"), ("PTV", "V100% >= 95%", "96.1%"), ("Chest wall", "V30Gy < 30 cc", "12.4 cc"),
                    ("Lungs - ITV", "V20Gy < 10%", "4.9%"), ("Cord", "Dmax < 3000 cGy", "1120 cGy")]),
        RuledTable([("Fx", "Date", "CBCT (ITV match)", "cGy", "Cum. cGy"),
                    ("1", "08/11/2026", "approved", "1000", "1000"), ("2", "08/13/2026", "approved", "1000", "2000"),
                    ("3", "08/15/2026", "approved", "1000", "3000"), ("4", "08/18/2026", "approved", "1000", "4000"),
                    ("5", "08/20/2026", "approved", "1000", "5000")]),
        P("Physics plan review, secondary MU check (0.8%) and patient-specific QA (99.4%) completed prior to fraction 1. "
          "Course completed 08/20/2026: RLL 5000 cGy / 5 fx."),
        sig("Annika Rosenthal-Obi, MD 08/20/2026"),
        sig("Terrence Walcott, MS, DABR 08/10/2026"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 13, "09/27/1944")))])

# j55_14 -- ehr_text: pipe export, robotic-arm liver SBRT 45 Gy/3 with fiducials and respiratory tracking --------
add(name="j55_14", kind="ehr_text", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment VII hepatocellular carcinoma", "body", None, 45, 3)],
    categories=cats(),
    notes="Pipe-delimited course export: HCC segment VII 4500 cGy in 3 fractions on a robotic-arm linac, three "
          "gold fiducials placed by IR, respiratory tracking on the fiducials, triphasic CT + MRI, vacuum cushion. "
          "G0339 + G0340 for sessions 1-3.",
    docs=[Doc("j55_14.txt", text=f"""
GULF COAST RADIATION ONCOLOGY || COURSE SUMMARY EXPORT || REDFISH OIS 8 (invented) || printed 12/01/2026 07:44
PATIENT | {patient(14)} | MRN | {mrn(14)} | DOB | 12/19/1956
DX | Hepatocellular carcinoma, segment VII, 2.9 cm, Child-Pugh A6, BCLC A; TACE x1 07/2026 with residual enhancement | C22.0
INDICATION | not a resection or ablation candidate (dome location, comorbidity); tumor board 08/2026 recommends SBRT
FIDUCIALS | 3 gold fiducial markers placed percutaneously (IR) 10/16/2026
SIM | CT triphasic 1.5 mm 10/23/2026 | MRI liver w/ hepatobiliary contrast 10/22/2026 fused | vacuum cushion, arms up
UNIT | robotic-arm mounted 6 MV linac | respiratory tracking on fiducials with correlation model
PLAN | SANDPIPER PLAN 3 (invented) | 164 beams | Rx to 75% isodose | PTV = GTV + 3 mm
RX | 4500 cGy / 3 fx | 1500 cGy per fx
DVH | PTV V45Gy 95.6% | normal liver (>700 cc) <15 Gy: 1040 cc | duodenum D0.5cc 14.2 Gy | stomach D0.5cc 11.8 Gy
QA | plan 2nd check OK | delivery QA (ion chamber) -1.1% | 11/02/2026 | physicist H. Marcussen PhD
FX 1 | 11/04/2026 | 1500 cGy | tracking OK, correlation error 1.8 mm
FX 2 | 11/06/2026 | 1500 cGy | tracking OK, correlation error 1.5 mm
FX 3 | 11/09/2026 | 1500 cGy | tracking OK, correlation error 2.0 mm
TOTAL | 4500 cGy in 3 fractions | completed 11/09/2026
MD | Beatriz Olafsson-Reyes MD | e-signed 11/09/2026
{FOOT}
""")])

# j55_15 -- bundle (4 files): prostate SBRT consult, fiducial/spacer note, treatment summary, letter says 4 fractions -
_c = "RIVERBEND UROLOGY & RADIATION ONCOLOGY"
add(name="j55_15", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    contradiction="The letter to the urologist says treatment was given in four fractions, while the treatment summary records five fractions of 7.25 Gy (36.25 Gy) delivered.",
    notes="Four files: dictated consult (favorable intermediate-risk prostate cancer, SBRT recommended), dictated "
          "fiducial and rectal spacer procedure note, treatment summary printout (36.25 Gy in 5 x 7.25 Gy on a "
          "gantry linac, CT + MRI, knee and foot immobilizer, fiducial kV matching + CBCT each fraction), and "
          "a letter to the urologist that says 'four fractions'.",
    docs=[
        Doc("1_consult.txt", text=f"""
RIVERBEND UROLOGY & RADIATION ONCOLOGY -- NEW PATIENT CONSULTATION
{patient(15)}   MRN {mrn(15)}   DOB 05/02/1954   Date 08/03/2026
Referring urologist: Dr. Clement Osterhaus

Seventy-two-year-old man with adenocarcinoma of the prostate, Gleason three plus four equals seven in three of twelve cores, PSA six point eight, clinical T1c. MRI of the prostate shows a PI-RADS four lesion in the left peripheral zone without extraprostatic extension. This is favorable intermediate-risk disease. He has mild urinary symptoms, IPSS eight.

We discussed active surveillance, prostatectomy, conventional or moderately hypofractionated radiation and stereotactic body radiotherapy. He wishes to keep treatment short and prefers SBRT. I recommend thirty-six point two five gray in five fractions without hormone therapy, after placement of gold fiducial markers and a rectal hydrogel spacer by Dr. Osterhaus.

Dictated by Henrietta Caldwell-Amadi, MD
{FOOT}
"""),
        Doc("2_fiducial_spacer_note.txt", text=f"""
RIVERBEND UROLOGY -- PROCEDURE NOTE
{patient(15)}   MRN {mrn(15)}   Date of procedure 08/20/2026
Procedure: transperineal placement of three gold fiducial markers and hydrogel rectal spacer under transrectal ultrasound guidance.
Three fiducials were placed at the left base, right mid-gland and apex. Hydrodissection of the perirectal space followed by ten milliliters of hydrogel. No complications. Patient discharged.
Clement Osterhaus, MD, Urology
{FOOT}
"""),
        Doc("3_treatment_summary.pdf", [[
            H1("SBRT Prostate - Treatment Summary"),
            KeyValue([("Patient", f"{patient(15)}  /  {mrn(15)}"), ("Simulation", "CT 1.5 mm 08/27/2026, MRI T2 pelvis 08/27/2026 fused on fiducials"),
                      ("Immobilization", "Indexed knee and foot immobilizer; bladder filling protocol"),
                      ("Unit", "6 MV FFF gantry linac"), ("Plan", "WILLOWBROOK TPS 6 (invented), 2 VMAT arcs"),
                      ("Prescription", "36.25 Gy in 5 fractions (7.25 Gy/fx) to PTV_Prostate; urethra-sparing"),
                      ("IGRT", "kV imaging matched to fiducials + CBCT each fraction; intrafraction kV every 20 s")]),
            RuledTable([("Fx", "Date", "Dose (Gy)", "Cumulative (Gy)", "Fiducial match"),
                        ("1", "09/08/2026", "7.25", "7.25", "OK"), ("2", "09/10/2026", "7.25", "14.50", "OK"),
                        ("3", "09/12/2026", "7.25", "21.75", "OK"), ("4", "09/15/2026", "7.25", "29.00", "OK"),
                        ("5", "09/17/2026", "7.25", "36.25", "OK")]),
            P("Rectum V36Gy 0.2 cc; bladder V37Gy 4.1 cc. Physics second check and QA passed 09/03/2026. Completed 09/17/2026."),
            sig("Henrietta Caldwell-Amadi, MD 09/17/2026"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 15, "05/02/1954"))),
        Doc("4_letter_to_urologist.txt", text=f"""
RIVERBEND UROLOGY & RADIATION ONCOLOGY
09/24/2026

Clement Osterhaus, MD

RE: {patient(15)}, MRN {mrn(15)}

Dear Clem,

Your patient completed stereotactic body radiotherapy to the prostate on September seventeenth, thirty-six point two five gray in four fractions, using the fiducials and spacer you placed. He had grade one urinary frequency at the end of treatment and no bowel symptoms. I will see him in six weeks and obtain a PSA at three months. Thank you for this referral.

Sincerely,
Henrietta Caldwell-Amadi, MD
{FOOT}
"""),
    ])

# j55_16 -- ehr_text: dictated kidney SBRT completion note, 42 Gy in 3; no image guidance or QA documented ----------
add(name="j55_16", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("left kidney renal cell carcinoma", "body", None, 42, 3)],
    categories=cats(delivery_verification=False),
    notes="Dictated completion note, numbers in words: left renal cell carcinoma (3.4 cm, not a surgical "
          "candidate) forty-two gray in three fractions on a gantry linac, 4DCT + MRI, vacuum bag, two VMAT "
          "arcs. No image guidance, physics check or QA is mentioned: delivery verification unmet.",
    docs=[Doc("j55_16.txt", text=f"""
OLD MISSION CANCER CARE
Radiation Oncology -- Completion of Treatment (dictated)

{patient(16)}    MRN {mrn(16)}    DOB 08/30/1940
Dates of treatment: 10/19/2026 through 10/23/2026

DIAGNOSIS: Biopsy-proven clear cell renal cell carcinoma of the left kidney, three point four centimeters, lower pole. The patient is an eighty-six-year-old man with chronic kidney disease and severe aortic stenosis who was felt not to be a candidate for partial nephrectomy or cryoablation.

TREATMENT: Stereotactic body radiotherapy to the left renal mass, forty-two gray in three fractions of fourteen gray, delivered every other day on the six MV FFF gantry linear accelerator. For planning he had a four-dimensional CT simulation in a vacuum bag with arms on the chest and a contrast MRI of the abdomen that was registered to the planning CT. The ITV was generated from all breathing phases and expanded by five millimeters to PTV. The plan used two volumetric arcs in the CANYONLAND TPS (invented), prescribed to the eighty percent isodose line. The contralateral kidney mean dose was under one gray, and the small bowel maximum was nineteen gray.

TOLERANCE: He had mild fatigue and one episode of nausea. Creatinine stable at one point nine.

FOLLOW-UP: CT abdomen with renal protocol in three months and clinic visit afterward.

Electronically signed: Augustine Perrault-Nwosu, MD 10/23/2026
{FOOT}
""")])

# j55_17 -- pdf: MR-linac pancreas SBRT 33 Gy/5 record; G0340 claimed on a gantry linac --------------------------
_c = "SUMMIT VALLEY MEDICAL CENTER"
add(name="j55_17", kind="pdf", codes=["77373", "77435", "G0340"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("pancreatic head adenocarcinoma", "body", None, 33, 5)],
    categories=cats(),
    notes="MR-linac treatment record: borderline resectable pancreatic head adenocarcinoma after chemotherapy, "
          "33 Gy in 5 fractions (6.6 Gy/fx), CT + MRI simulation, vacuum cushion, daily online adaptation and "
          "cine-MRI gating. G0340 claimed although the unit is a gantry MR-linac: wrong.",
    docs=[Doc("j55_17.pdf", [[
        H1("MR-Guided Adaptive SBRT - Treatment Record"),
        KeyValue([("Patient", patient(17)), ("MRN", mrn(17)), ("Diagnosis", "Adenocarcinoma head of pancreas, borderline resectable, after 4 months mFOLFIRINOX (C25.0)"),
                  ("Unit", "1.5 T MR-linac (7 MV FFF gantry linac)"),
                  ("Simulation", "CT 1.5 mm (electron density) + MRI simulation 3D T2 and cine, 11/02/2026"),
                  ("Immobilization", "Vacuum cushion, arms above head, knee support"),
                  ("Prescription", "33 Gy in 5 fractions (6.6 Gy/fx) to PTV; vessel-involvement SIB not used"),
                  ("Planning", "GLACIER ADAPT 2 (invented), step-and-shoot IMRT, 11 beams; online adaptive each fraction"),
                  ("Motion management", "Cine-MRI gating on the GTV, 3 mm boundary")]),
        RuledTable([("Fx", "Date", "Adaptation", "GTV D95 (Gy)", "Duodenum D0.5cc (Gy)", "Delivered (Gy)"),
                    ("1", "11/09/2026", "Adapt to shape", "6.71", "5.9", "6.6"),
                    ("2", "11/10/2026", "Adapt to shape", "6.68", "6.0", "6.6"),
                    ("3", "11/12/2026", "Adapt to position", "6.70", "5.7", "6.6"),
                    ("4", "11/13/2026", "Adapt to shape", "6.66", "6.1", "6.6"),
                    ("5", "11/16/2026", "Adapt to shape", "6.69", "5.8", "6.6")]),
        P("Adapted plans checked each day by independent calculation (all within 3%). Total 33 Gy in 5 fractions delivered, completed 11/16/2026."),
        sig("Orlando Kjeldsen-Mbeki, MD 11/16/2026"),
        sig("Philippa Strand, PhD, DABR 11/16/2026"),
    ]], opts=dict(header=banner(_c, "MR-Linac Program", 17, "02/14/1959")))])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# j55_18 -- ehr_text: dictated radiation oncology consult recommending SRS; MRI ordered, nothing delivered ----------
add(name="j55_18", kind="ehr_text", codes=["77372", "77432", "61796"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: dictated consult for two new breast-cancer brain metastases recommending single-session "
          "linac radiosurgery; a thin-slice MRI and mask fabrication are ordered, nothing planned or delivered.",
    docs=[Doc("j55_18.txt", text=f"""
BROOKFIELD NEURO-ONCOLOGY CLINIC
RADIATION ONCOLOGY CONSULTATION

PATIENT: {patient(18)}     MRN: {mrn(18)}     DOB: 11/23/1969
DATE: 11/30/2026
REFERRING PHYSICIAN: Dr. Genevieve Halvorsen, Medical Oncology

HISTORY: Fifty-seven-year-old woman with HER2-positive breast cancer, on trastuzumab deruxtecan, with a staging MRI of the brain on 11/20/2026 showing two new lesions, a right occipital lesion of eight millimeters and a left frontal lesion of six millimeters, neither with significant edema. She is asymptomatic. ECOG one.

ASSESSMENT: Two small brain metastases in a patient with controlled extracranial disease. She is an excellent candidate for stereotactic radiosurgery.

RECOMMENDATIONS: Single-session stereotactic radiosurgery to both lesions on our linac with a frameless mask, likely twenty gray to each. I have ordered a thin-slice contrast MRI for treatment planning and a CT simulation with mask fabrication for next week. She will not need to interrupt systemic therapy. We discussed the risks of radiation necrosis and the need for MRI surveillance every two to three months, and she wishes to proceed. Consent to be signed at simulation.

Dictated by Thomas Achebe-Lindqvist, MD. Not yet signed.
{FOOT}
""")])

# j55_19 -- bundle (1 file): prior-authorization request form for liver SBRT, nothing delivered -------------------
add(name="j55_19", kind="bundle", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative, one-file bundle: a payer prior-authorization request printout for proposed liver SBRT "
          "(50 Gy in 5 fractions, planned CPT codes and units, anticipated start date). A request, not a "
          "delivered course.",
    docs=[Doc("prior_auth_request.pdf", [[
        H1("Prior Authorization Request - Radiation Therapy"),
        KeyValue([("Submitted", "12/02/2026 via payer portal, ref. PA-2026-118842 (synthetic)"),
                  ("Requesting facility", "Granite Falls Regional Cancer Center"),
                  ("Ordering physician", "Lucinda Montgomery-Oyama, MD (NPI on file)"),
                  ("Member", f"{patient(19)}   DOB 04/04/1951   Facility MRN {mrn(19)}"),
                  ("Diagnosis", "Secondary malignant neoplasm of liver (C78.7); primary colon adenocarcinoma (C18.7)"),
                  ("Clinical summary", "Solitary 3.1 cm segment VI metastasis, stable extrahepatic disease none; ECOG 0; not a resection candidate (prior right hemicolectomy, cardiac risk); ablation not feasible (location near gallbladder)"),
                  ("Requested treatment", "Stereotactic body radiation therapy, liver, 50 Gy in 5 fractions"),
                  ("Planned codes / units", "77263 x1, 77290 x1, 77301 x1, 77373 x5, 77435 x1"),
                  ("Anticipated start", "12/14/2026 (simulation to be scheduled after approval)"),
                  ("Status", "PENDING - clinical review")]),
        P("Attachments: consult note 11/25/2026, CT abdomen 11/10/2026, tumor board note 11/19/2026."),
        P("Attestation: the information above is accurate to the best of my knowledge."),
        sig("Lucinda Montgomery-Oyama, MD 12/02/2026"),
    ]])])

# j55_20 -- pdf letter: follow-up after cobalt-60 SRS in 2025, no new treatment ----------------------------------
_c = "WILLOW CREEK RADIATION ONCOLOGY"
add(name="j55_20", kind="pdf", codes=["77371", "77432"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: follow-up letter eighteen months after single-session cobalt-60 radiosurgery (2025, one "
          "meningioma 13 Gy at the 50% isodose, frame) with a stable MRI; no treatment in this document.",
    docs=[Doc("j55_20.pdf", [[
        P("WILLOW CREEK RADIATION ONCOLOGY"),
        P("December 4, 2026"),
        P("Beatrix Lowenstein, MD, Family Medicine, 210 Orchard Lane"),
        P(f"RE: {patient(20)}   DOB 09/09/1947   MRN {mrn(20)}"),
        P("Dear Dr. Lowenstein,"),
        P("I saw Mr. Fiftyfivepatient today for routine follow-up eighteen months after radiosurgery. As you know, on June 3, "
          "2025 he underwent single-session radiosurgery on the cobalt-60 unit under a head frame for a 2.3 cm left "
          "convexity meningioma, 13 Gy to the 50% isodose line."),
        P("His MRI of the brain with contrast on November 28, 2026 shows the meningioma slightly smaller at 2.0 cm, with no "
          "edema. He has no headaches or seizures and his examination is normal. No further treatment is needed at this "
          "time. I will see him again in one year with a repeat MRI."),
        P("Thank you for allowing me to participate in his care."),
        P("Sincerely,"),
        sig("Rosalind Tremblay-Asante, MD 12/04/2026"),
        P("cc: patient"),
    ]], opts=dict(header=banner(_c, "Follow-up", 20, "09/09/1947")))])


CORPUS = Corpus("blind_corpus55", "tests/blind_corpus55", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
