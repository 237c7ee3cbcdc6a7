"""Thirty-ninth blind corpus, ``tests/blind_corpus39/`` (regenerate: ``python scripts/make_corpus.py blind_corpus39``).

Written as a HELD-OUT corpus during the seventeenth session (released for tuning in the twenty-second): twenty courses as a coding office receives them from other clinics: cobalt-60 (frame and mask),
gantry-linac and robotic-linac cranial radiosurgery of 1-7 lesions with a resection cavity, a meningioma, a
vestibular schwannoma and a functional target; spine SBRT (two contiguous levels as one target, post-operative,
re-irradiation beside a rib); body SBRT (peripheral and central lung, liver, prostate, pancreas on an MR-linac,
an adrenal-plus-lung oligometastatic course); three hard negatives. About half system printouts, half dictated
letters, procedure notes and bundles. Two scanned pages, a two-column page and a rotated page. Two charts
contradict themselves (``review_expected``). Every clinic and system is invented.

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (exports and printouts are deliberately one long line per record)

from __future__ import annotations

from pdfmaker import BulletList, ColumnBreak, KeyValue, RuledTable, Spacer

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["AUGUSTINA", "BARTHOLD", "CLEMENTINE", "DESMOND", "EULALIA", "FLORIAN", "GRISELDA", "HILARY", "IGNATIA",
         "JOACHIM", "KLOTILDE", "LAZARUS", "MELISENDE", "NORBERT", "ONORIA", "PROSPER", "ROSALIND", "SEVERIN",
         "THEODORA", "URBAN"]


def patient(n: int) -> str:
    return f"THIRTYNINEPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-390{n:02d}"


def hdr(clinic: str, n: int, extra: str = "") -> list[str]:
    return [clinic, f"{patient(n)}  |  MRN {mrn(n)}" + (f"  |  {extra}" if extra else "")]


CHARTS = Charts()
add = CHARTS.add


# c39_01 -- bundle: dictated consult (3 mets), cobalt plan summary (4 targets, one found on the day), procedure note
_c = "WESTHOLLOW NEUROSCIENCE INSTITUTE - RADIOSURGERY"
add(name="c39_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("A left parietal", "cranial", S, 20, 1), L("B right frontal", "cranial", S, 20, 1),
             L("C superior vermis", "cranial", S, 18, 1), L("D right occipital (new on frame MRI)", "cranial", S, 22, 1)],
    categories=cats(),
    notes="Tests a plan that grew between consult and delivery: the dictated consult (numbers in words) plans three "
          "metastases; the frame MRI on the day found a fourth, so the cobalt plan summary lists targets A-D and the "
          "procedure note names them by location. Single session, frame, stereotactic MRI + CT, frame co-ordinate "
          "check. All simple (largest 2.6 cm, vermis is not brainstem).",
    docs=[
        Doc("1_consult.txt", text=f"""
WESTHOLLOW NEUROSCIENCE INSTITUTE
Dictated: 03/02/2026   Transcribed: 03/03/2026 (job 44817-KT)
RE: {patient(1)}   MRN {mrn(1)}   DOB 06/17/1961
Referring: Dr. Aurelio Penhallow, medical oncology

Thank you for asking me to see this sixty-four year old woman with non-small cell lung cancer, EGFR exon nineteen, who has three new brain metastases on the surveillance MRI of February twenty-sixth. The largest sits in the superior vermis and measures two point six centimetres; the others are a one point nine centimetre left parietal lesion and a one point two centimetre right frontal lesion. She has mild gait unsteadiness and nothing else.

We talked about radiosurgery versus whole brain radiation, and she prefers radiosurgery. My plan is single-session treatment on the cobalt unit under a head frame, roughly twenty gray to the two smaller lesions and eighteen gray to the vermian one, with a thin-slice MRI on the morning of treatment, which may show more. Consent signed. Treatment date March tenth.

Ignatius Fairweather-Kole, MD, Radiation Oncology
{FOOT}
"""),
        Doc("2_plan_summary.pdf", [[
            H1("TREATMENT PLAN SUMMARY"),
            KeyValue([("Unit", "Cobalt-60 multi-source radiosurgery unit, 8 sectors"),
                      ("Planning software", "ORBITA Neuroplan 11.0"),
                      ("Fixation", "Stereotactic frame, 4 pins, placed 03/10/2026 06:40"),
                      ("Imaging", "Stereotactic MRI 1 mm T1 post-contrast 07:25; stereotactic CT 1 mm 07:50"),
                      ("Plan status", "Approved 03/10/2026 10:05 (RO, NSG, physics)")]),
            RuledTable([("Target", "Location", "Diam. (mm)", "Vol. (cm3)", "Rx (Gy)", "IDL", "Shots", "Coverage"),
                        ("A", "L parietal", "19", "2.41", "20", "50%", "6", "99%"),
                        ("B", "R frontal", "12", "0.64", "20", "50%", "3", "100%"),
                        ("C", "Sup. vermis", "26", "5.37", "18", "50%", "11", "98%"),
                        ("D", "R occipital (new 03/10)", "4", "0.03", "22", "50%", "1", "100%")]),
            P("Target D was not on the diagnostic MRI of 02/26/2026; visible on today's stereotactic MRI and added after "
              "discussion with the patient."),
            RuledTable([("Organ at risk", "Max point (Gy)", "Limit (Gy)"), ("Brainstem", "8.9", "15"),
                        ("Chiasm", "0.8", "8"), ("V12 normal brain", "6.2 cm3", "10 cm3")]),
            P("Frame co-ordinates verified on the couch against the planning reference: deviation 0.2 mm, accepted."),
        ]], opts=dict(header=hdr(_c, 1, "ORBITA Neuroplan export"))),
        Doc("3_procedure_note.txt", text=f"""
PROCEDURE NOTE - STEREOTACTIC RADIOSURGERY
{patient(1)} / {mrn(1)} / 03/10/2026

Under local anaesthesia a stereotactic frame was placed. Stereotactic MRI and CT were obtained and a fourth, four millimetre right occipital metastasis was seen. A single-session plan was approved and delivered on the cobalt unit from 10:30 to 12:14 without interruption:
  - left parietal: 20 Gy to the 50% isodose
  - right frontal: 20 Gy to the 50% isodose
  - vermis: 18 Gy to the 50% isodose
  - right occipital: 22 Gy to the 50% isodose
The frame was removed and she went home with her husband. MRI in two months.

Electronically signed: Ignatius Fairweather-Kole, MD 03/10/2026 13:02
Electronically signed: Marguerite Osei-Lindqvist, MD (Neurosurgery) 03/10/2026 13:20
{FOOT}
"""),
    ])

# c39_02 -- pdf: dictated completion letter, linac cavity 30 Gy in five fractions (complex by size) ----------------
_c = "HARROWGATE CANCER CENTRE - Department of Radiation Oncology"
add(name="c39_02", kind="pdf", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal resection cavity", "cranial", C, 30, 5)],
    categories=cats(),
    notes="Tests a dictated completion letter with numbers in words: post-operative left frontal resection cavity "
          "4.1 cm (complex by size) treated thirty Gy in five fractions of six Gy on a gantry linac with a frameless "
          "mask, two non-coplanar arcs at the 80 percent isodose, daily cone-beam CT. Planning CT and MRI fused.",
    docs=[Doc("c39_02.pdf", [[
        H1("Letter to referring physician"),
        P("Dictated by Dr. Cosima Verhoeven-Blaine, 11/20/2026; typed 11/23/2026."),
        P("Dear Dr. Lachowicz,"),
        P(f"Re: {patient(2)}, MRN {mrn(2)}, born 02/09/1970."),
        P("I am writing to let you know that Mr. Thirtyninepatient has completed fractionated stereotactic radiotherapy "
          "to his left frontal resection cavity. As you will recall, a solitary melanoma metastasis was resected on "
          "October second; the post-operative MRI showed a cavity measuring four point one centimetres in greatest "
          "dimension, too large for a single session in our view."),
        P("He was simulated on October twenty-ninth in a thermoplastic frameless mask with a one millimetre planning "
          "CT, which we fused with a contrast-enhanced volumetric MRI from the same day. The cavity plus a two "
          "millimetre margin was prescribed thirty gray in five fractions, that is six gray per fraction, to the "
          "eighty percent isodose line, planned with two non-coplanar volumetric arcs on our gantry linear "
          "accelerator. Before every fraction a cone-beam CT was matched to the planning scan; no shift exceeded "
          "one millimetre."),
        P("Treatment ran from November ninth to November fifteenth, five fractions, completed without a break. He had "
          "mild fatigue and nothing else. Total delivered: thirty gray to the cavity. We will repeat the MRI in "
          "eight weeks and I will see him with it."),
        P("With kind regards,"),
        sig("Cosima Verhoeven-Blaine, MD, FRCR 11/23/2026"),
    ]], opts=dict(header=hdr(_c, 2)))])

# c39_03 -- ehr_text: key: value course export, robotic linac, right vestibular schwannoma 12 Gy ---------------------
add(name="c39_03", kind="ehr_text", codes=["77372", "77432", "61798", "G0339"],
    facts=F("robotic_linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("R vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    notes="Tests a key: value EHR course export of a robotic-arm linac: right vestibular schwannoma (always complex) "
          "12 Gy in one fraction to the 80% isodose, 7.5 mm fixed collimator, 164 beams, soft mask, 6D skull tracking; "
          "planning CT with CISS and T1+Gd MRI. Cochlea dose and a hearing note are not lesions.",
    docs=[Doc("c39_03.txt", text=f"""
-------- TIDEWATER SKULL BASE PROGRAM  ::  CHARTBRIDGE course export v3 --------
Patient............: {patient(3)}
MRN................: {mrn(3)}
DOB................: 12/30/1957
Course.............: C2 - R acoustic
Course status......: COMPLETE
Diagnosis..........: D33.3 benign neoplasm of cranial nerves (vestibular schwannoma, right, Koos II)
Max dimension......: 1.7 cm (intracanalicular with 5 mm cisternal extension)
Treatment unit.....: robotic-arm 6 MV linac, image-guided, fixed and iris collimators
Planning system....: ARCTURUS Robotic Planner 4.2
Immobilisation.....: soft thermoplastic head mask (custom, made 07/08/2026)
Planning CT........: 07/08/2026, 1.0 mm, contrast
Planning MRI.......: 07/08/2026, CISS 0.6 mm + T1 post-gadolinium 1 mm, fused to CT
Target.............: GTV = PTV (no margin), 0.94 cc
Prescription.......: 1200 cGy x 1 fraction to the 80% isodose
Collimator / beams.: 7.5 mm fixed / 164 non-isocentric beams, 9114 MU
Tracking...........: 6D skull tracking with paired kV images every 30-45 s, max correction 0.6 mm / 0.4 deg
Treatment date.....: 07/15/2026 08:50-09:41, fraction 1 of 1, delivered in full
Delivered dose.....: 1200 cGy to PTV_RVS
Cochlea R mean.....: 3.6 Gy ; Brainstem max 10.8 Gy ; Facial nerve path max 11.9 Gy
Hearing............: serviceable (Gardner-Robertson II) before treatment; audiogram repeat at 6 months
Physician..........: Thaddeus Oyelaran-Pike, MD (electronically signed 07/15/2026 10:12)
Physicist..........: Brigid Nakashima-Hale, PhD (plan check 07/13/2026)
{FOOT}
""")])

# c39_04 -- pdf scanned: typed procedure note, cobalt VIM thalamotomy for tremor under frame -----------------------
_c = "LINDENBROOK MOVEMENT DISORDERS CLINIC"
add(name="c39_04", kind="scan", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left ventral intermediate nucleus (thalamotomy)", "cranial", C, 130, 1)],
    categories=cats(),
    notes="Tests a scanned (170 dpi, Courier) procedure note of a functional target: left VIM radiosurgical "
          "thalamotomy for essential tremor, 130 Gy maximum dose with one 4 mm shot on a cobalt unit under a frame; "
          "stereotactic MRI and CT; frame co-ordinate check. Functional target, complex.",
    docs=[Doc("c39_04.pdf", [[
        H1("RADIOSURGICAL THALAMOTOMY - PROCEDURE NOTE"),
        KeyValue([("Patient", patient(4)), ("MRN", mrn(4)), ("Date of procedure", "05/19/2026"),
                  ("Indication", "Medication-refractory essential tremor, right hand dominant"),
                  ("Target", "LEFT ventral intermediate nucleus (Vim) of the thalamus")]),
        P("Procedure: A stereotactic head frame was fixed under local anaesthetic at 07:05. Stereotactic MRI (T1 MPRAGE 1 mm, "
          "FGATIR and T2) and a stereotactic CT were acquired and co-registered. The Vim was targeted indirectly "
          "(AC-PC based, 2.5 mm above the AC-PC plane, 11 mm lateral to the third ventricle wall) and confirmed on the "
          "FGATIR sequence. One 4 mm isocentre, maximum dose 130 Gy at the 100% isodose; sectors 5 and 6 blocked to "
          "protect the internal capsule."),
        P("Frame position verified on the treatment couch (co-ordinate check, 0.3 mm) before irradiation. Treatment on the "
          "cobalt-60 radiosurgery unit, 63.8 minutes, no interruption. Frame removed 11:40."),
        P("Delivered: 130 Gy maximum to the left Vim, single session. Patient tolerated the procedure well. Follow-up "
          "visit and MRI at 3 months; tremor response is expected over 6-12 months."),
        sig("Leopold Ambrose-Nwachukwu, MD (Neurosurgery) 05/19/2026"),
        sig("Wilhelmina Tregarthen, MD (Radiation Oncology) 05/19/2026"),
    ]], opts=dict(header=hdr(_c, 4), scan=True, scan_dpi=170, font="Courier"))])


# c39_05 -- bundle: linac multi-met (consult 6, delivered 7 incl. a pontine lesion), 61799 claimed wrongly ----------
_c = "MERIDIAN VALLEY ONCOLOGY"
add(name="c39_05", kind="bundle", codes=["77372", "77432", "61798", "61797", "61799"],
    facts=F("linac", ["cranial"], 7, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("PTV1 R frontal", "cranial", S, 20, 1), L("PTV2 L frontal", "cranial", S, 20, 1),
             L("PTV3 R parietal", "cranial", S, 18, 1), L("PTV4 L temporal", "cranial", S, 20, 1),
             L("PTV5 R cerebellar", "cranial", S, 20, 1), L("PTV6 L occipital", "cranial", S, 20, 1),
             L("PTV7 L pons", "cranial", C, 15, 1)],
    categories=cats(),
    notes="Tests a four-document linac bundle: the consult counts six metastases; the planning MRI shows a seventh in the "
          "left pons (brainstem: complex), so the plan printout lists PTV1-PTV7, the treatment record has one "
          "single-isocentre session with CBCT and surface guidance, and the completion note names lesions by lobe. "
          "One complex lesion only, so the claimed 61799 is inconsistent.",
    docs=[
        Doc("1_consult.txt", text=f"""
MERIDIAN VALLEY ONCOLOGY - NEW PATIENT CONSULTATION
{patient(5)}   MRN {mrn(5)}   08/03/2026

HPI: 58M, small cell? no - adenocarcinoma of the lung on osimertinib, restaging MRI 07/30 with six enhancing lesions: right frontal 0.9 cm, left frontal 1.4 cm, right parietal 2.1 cm, left temporal 0.6 cm, right cerebellar 1.1 cm, left occipital 0.8 cm. KPS 90. No prior brain RT.

Assessment/plan: multiple brain metastases, six, all under 2.5 cm. Recommend single-fraction SRS on the linac with a single-isocentre multi-target plan, mask immobilisation. Thin-slice planning MRI to be repeated the week of simulation. Doses 18-20 Gy by size.

Sabina Quarrington, MD
{FOOT}
"""),
        Doc("2_plan_printout.pdf", [[
            H1("MULTI-TARGET CRANIAL PLAN  -  plan MTS_0812 (approved)"),
            KeyValue([("Planning system", "KESTREL MultiMet 2.3"), ("Machine", "6 MV FFF gantry linac, HD MLC"),
                      ("Technique", "single isocentre, 5 non-coplanar dynamic conformal arcs"),
                      ("Simulation", "CT 1 mm in open-face mask 08/10/2026; MRI T1+Gd 1 mm 08/10/2026, rigid fusion"),
                      ("Fractions", "1")]),
            RuledTable([("Structure", "Site", "Vol (cc)", "Dose (cGy)", "Rx IDL", "PTV D95 (cGy)"),
                        ("PTV1", "R frontal", "0.52", "2000", "70%", "2011"),
                        ("PTV2", "L frontal", "1.61", "2000", "70%", "2004"),
                        ("PTV3", "R parietal", "4.88", "1800", "70%", "1806"),
                        ("PTV4", "L temporal", "0.19", "2000", "70%", "2020"),
                        ("PTV5", "R cerebellar", "0.77", "2000", "70%", "2009"),
                        ("PTV6", "L occipital", "0.33", "2000", "70%", "2015"),
                        ("PTV7", "L pons (new, 08/10 MRI)", "0.07", "1500", "70%", "1512")]),
            P("Brainstem Dmax 1620 cGy (within PTV7); brainstem minus PTV7 D0.5cc 980 cGy. Normal brain V12 7.4 cc."),
        ]], opts=dict(header=hdr(_c, 5, "KESTREL plan printout"))),
        Doc("3_treatment_record.txt", text=f"""
TREATMENT RECORD  ({patient(5)}, {mrn(5)})  machine LA-3
Date        Fx  Plan       Arcs  MU      IGRT                          Surface   Status
08/14/2026  1   MTS_0812   5/5   11842   CBCT match + 6D couch; 2 kV   tracked   Complete
            checks between arcs (max 0.5 mm)
Dose delivered this session: PTV1 2000, PTV2 2000, PTV3 1800, PTV4 2000, PTV5 2000, PTV6 2000, PTV7 1500 cGy.
Therapists: M. Ducasse, RTT / P. Ferreira-Lund, RTT
{FOOT}
"""),
        Doc("4_completion_note.txt", text=f"""
Completion note 08/14/2026 - {patient(5)}
Single-fraction SRS completed today to seven brain metastases - six from the July MRI plus a small left pontine lesion seen on the planning MRI: right and left frontal, left temporal, right cerebellar and left occipital at 20 Gy, right parietal at 18 Gy, left pons at 15 Gy. No acute issues. MRI 6-8 weeks.
Electronically signed: Sabina Quarrington, MD
{FOOT}
"""),
    ])

# c39_06 -- pdf two-column: department newsletter-style treatment summary, meningioma 13 Gy single fraction --------
_c = "BRACKENRIDGE REGIONAL HOSPITAL - RADIATION THERAPY"
add(name="c39_06", kind="pdf", codes=["77372", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right parasagittal meningioma", "cranial", S, 13, 1)],
    categories=cats(),
    notes="Tests a two-column treatment summary: right parasagittal meningioma 2.4 cm (benign, simple: no size or "
          "location trigger) treated 13 Gy in one fraction on a gantry linac with a frameless mask, 4 arcs at the "
          "80% isodose; CT + MRI; CBCT and surface imaging. The left column carries history, the right the plan "
          "and delivery.",
    docs=[Doc("c39_06.pdf", [[
        H1("RADIOSURGERY TREATMENT SUMMARY"),
        H2("History"),
        P(f"{patient(6)} (MRN {mrn(6)}), 66, found to have an enlarging right parasagittal meningioma, 2.4 cm, on serial MRI "
          "(1.9 cm in 2024). WHO grade presumed 1, no biopsy. No mass effect, 14 mm from the superior sagittal "
          "sinus wall and far from the optic apparatus."),
        H2("Decision"),
        P("Discussed at the neuro-oncology board 01/12/2026: radiosurgery preferred to resection."),
        H2("Simulation"),
        P("01/19/2026: frameless thermoplastic mask with bite block; planning CT 1 mm and MRI T1+Gd volumetric, fused."),
        ColumnBreak(),
        H2("Plan"),
        KeyValue([("Target", "GTV = PTV, 6.1 cc"), ("Dose", "13 Gy x 1 to the 80% isodose"),
                  ("Arcs", "4 non-coplanar VMAT"), ("System", "VEGA TPS 8"), ("Unit", "gantry linac, 6 MV FFF")],
                 value_x=70),
        H2("Delivery"),
        P("01/27/2026: cone-beam CT match and optical surface monitoring throughout; 6D correction 0.7 mm. "
          "Delivered 13 Gy in one fraction to the meningioma. No acute effects."),
        H2("Follow-up"),
        P("MRI at 6 and 12 months."),
        sig("Reinhold Abernathy-Quist, MD 01/27/2026"),
    ]], opts=dict(header=hdr(_c, 6), two_columns=True))])

# c39_07 -- pdf: robotic linac per-session record, two mets, 77371 claimed wrongly, no planning imaging stated ----
_c = "SALTMARSH ROBOTIC RADIOSURGERY CENTER"
add(name="c39_07", kind="pdf", codes=["77371", "77432", "61796", "61797", "G0339"],
    facts=F("robotic_linac", ["cranial"], 2, 1, [], ["mask"]),
    lesions=[L("MET_ROCC right occipital", "cranial", S, 21, 1), L("MET_LCBL left cerebellar", "cranial", S, 18, 1)],
    categories=cats(imaging=False),
    notes="Tests a robotic-linac delivery record printout: two metastases (1.6 and 2.0 cm, simple) in one session, "
          "21 and 18 Gy, mask, skull tracking with kV pairs; per-beam-set rows. No planning CT or MRI is named "
          "anywhere (imaging unmet). The claimed 77371 (cobalt) is inconsistent with a robotic linac.",
    docs=[Doc("c39_07.pdf", [[
        H1("DELIVERY RECORD - FRACTION SUMMARY"),
        KeyValue([("System", "robotic-arm linac, SEAGLASS Delivery 2.1"), ("Plan", "BRAIN_2MET_v2, 1 fraction"),
                  ("Immobilisation", "thermoplastic mask"), ("Tracking", "6D skull, kV image pairs")]),
        RuledTable([("Target", "Size", "Rx (Gy)", "IDL", "Collimator", "Beams", "MU"),
                    ("MET_ROCC", "1.6 cm", "21.0", "78%", "10 mm iris", "96", "5310"),
                    ("MET_LCBL", "2.0 cm", "18.0", "75%", "12.5 mm iris", "112", "5022")]),
        RuledTable([("Date", "Fx", "Path set", "Images", "Max corr (mm)", "Delivered MU", "Status"),
                    ("04/22/2026", "1", "1 (MET_ROCC)", "58", "0.7", "5310", "Complete"),
                    ("04/22/2026", "1", "2 (MET_LCBL)", "61", "0.9", "5022", "Complete")]),
        P("Dose delivered: MET_ROCC 21.0 Gy / 1 fx; MET_LCBL 18.0 Gy / 1 fx. Course complete."),
        sig("Octavia Brannigan-Tse, MD 04/22/2026"),
    ]], opts=dict(header=hdr(_c, 7, "printed 04/22/2026 15:40")))])

# c39_08 -- bundle: cobalt mask session, chiasm-adjacent lesion; dictated note says 16 Gy, plan and log 14 Gy -------
_c = "PENDLEFORD UNIVERSITY HOSPITAL - GAMMA SUITE"
add(name="c39_08", kind="bundle", codes=["77371", "77432", "61798", "61797"],
    facts=F("cobalt60", ["cranial"], 2, 1, ["MRI"], ["mask"]),
    lesions=[L("Target 1 suprasellar (4 mm from chiasm)", "cranial", C, 14, 1), L("Target 2 right temporal", "cranial", S, 20, 1)],
    categories=cats(),
    contradiction="The dictated procedure note gives the suprasellar lesion sixteen Gy, while the plan summary and the "
                  "console log give 14 Gy (labelled 14 Gy from the plan and the delivered log).",
    notes="Tests a cobalt mask session (no frame, so no 61800) with two metastases, one 4 mm from the optic chiasm "
          "(complex by location) and one simple; MRI only, cone-beam CT on the unit for the mask reference. The "
          "dictated note disagrees with the plan and log on the suprasellar dose.",
    docs=[
        Doc("1_plan.pdf", [[
            H1("Gamma suite plan summary - mask workflow"),
            KeyValue([("Fixation", "thermoplastic mask + nasal marker infrared monitor (frameless)"),
                      ("Planning MRI", "09/01/2026, T1 MPRAGE + Gd 1 mm"),
                      ("Stereotactic reference", "on-unit cone-beam CT 09/03/2026 co-registered to MRI"),
                      ("Session", "1 (single fraction)")]),
            RuledTable([("No.", "Target", "Max dim", "Rx dose", "Isodose", "Distance to chiasm"),
                        ("1", "suprasellar / pre-chiasmatic", "1.2 cm", "14 Gy", "50%", "4 mm"),
                        ("2", "right temporal", "1.8 cm", "20 Gy", "50%", "> 30 mm")]),
            P("Optic chiasm Dmax 7.6 Gy (limit 8 Gy). Planning: NORTHLIGHT Shot Planner 3.")]],
            opts=dict(header=hdr(_c, 8))),
        Doc("2_console_log.txt", text=f"""
CONSOLE LOG  cobalt unit 2  {mrn(8)}  {patient(8)}
2026-09-03 09:12 CBCT acquired, mask reference set, deviation 0.4 mm
2026-09-03 09:20 Run 1 Target 1 shots 1-4  1400 cGy  complete
2026-09-03 09:58 Run 2 Target 2 shots 5-9  2000 cGy  complete
2026-09-03 10:31 intrafraction motion max 0.9 mm, no pause
Session complete.
{FOOT}
"""),
        Doc("3_dictated_note.txt", text=f"""
[Dictation - speech recognition, reviewed]
Procedure note, {patient(8)}, September third twenty twenty six. Mask-based radiosurgery on the cobalt unit for two breast metastases. The suprasellar lesion just in front of the chiasm received sixteen Gy to the fifty percent line and the right temporal lesion twenty Gy. Cone beam CT before treatment confirmed position. She tolerated it well.
Dr. Elspeth Mabry-Yoon
{FOOT}
"""),
    ])


# c39_09 -- pdf: prescription with two revisions, T11-T12 as one target, 63621 claimed wrongly --------------------
_c = "OAKSHOTT SPINE & RADIATION CENTRE"
add(name="c39_09", kind="pdf", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("PTV_T11-T12 (one target, two contiguous levels)", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Tests a prescription printout with revision history: revision A 24 Gy / 2, revision B 27 Gy / 3 (active); "
          "one PTV spanning the contiguous T11 and T12 bodies, stated as a single target; delivery log of three "
          "fractions with CBCT. One spinal lesion, so the claimed 63621 is inconsistent.",
    docs=[Doc("c39_09.pdf", [[
        H1("RADIATION PRESCRIPTION - SPINE SBRT"),
        KeyValue([("Course", "C1 thoracolumbar"), ("Diagnosis", "C79.51 renal cell carcinoma metastatic to T11 and T12"),
                  ("Unit", "6 MV FFF gantry linac with 6D couch"), ("Immobilisation", "full-body vacuum cushion, arms up"),
                  ("Imaging for planning", "CT simulation 1.5 mm 02/02/2026; MRI T1/T2 thoracic spine 02/02/2026, fused"),
                  ("Target", "PTV_T11-T12: one contiguous target covering the T11 and T12 vertebral bodies and right pedicles")]),
        H2("Revision history"),
        RuledTable([("Rev", "Date", "Dose / fractions", "Reason", "Status"),
                    ("A", "02/03/2026", "2400 cGy / 2", "initial", "superseded"),
                    ("B", "02/05/2026", "2700 cGy / 3", "cord constraint at 2 fractions not met", "ACTIVE - approved")]),
        P("Rev B parameters: 9 Gy per fraction, 2 VMAT arcs, prescribed to cover 90% of PTV; cord PRV Dmax 2080 cGy total."),
        H2("Delivery log"),
        RuledTable([("Fx", "Date", "Dose (cGy)", "Total (cGy)", "CBCT", "Initials"),
                    ("1", "02/10/2026", "900", "900", "yes, 1.1 mm", "RK"),
                    ("2", "02/12/2026", "900", "1800", "yes, 0.6 mm", "RK"),
                    ("3", "02/14/2026", "900", "2700", "yes, 0.8 mm", "TA")]),
        P("Course complete: PTV_T11-T12 2700 cGy in 3 fractions."),
        sig("Casimir Delacroix-Umeh, MD 02/14/2026"),
    ]], opts=dict(header=hdr(_c, 9, "Rx module printout")))])

# c39_10 -- bundle: post-operative L2 spine, robotic linac 24 Gy / 2 ------------------------------------------------
_c = "GREYSTONE ORTHOPAEDIC & CANCER HOSPITAL"
add(name="c39_10", kind="bundle", codes=["77373", "77435", "63620", "G0339", "G0340"],
    facts=F("robotic_linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L2 post-operative CTV", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Tests a post-operative spine bundle: an operative summary (separation surgery, pedicle screws T12-L3) that "
          "is not radiotherapy; a simulation note (CT with myelographic contrast, MRI fused, vacuum cushion); a plan "
          "note (L2 post-op CTV 24 Gy in 2); a robotic-linac record with spine tracking for both fractions.",
    docs=[
        Doc("1_operative_summary.txt", text=f"""
OPERATIVE SUMMARY  {patient(10)}  {mrn(10)}  03/11/2026
Procedure: L2 laminectomy and posterolateral separation surgery, T12-L3 pedicle screw fixation (carbon-fibre rods).
Findings: epidural metastatic breast carcinoma compressing the thecal sac; decompressed with a 3 mm margin from the ventral body.
Plan: post-operative stereotactic radiotherapy to L2 once the wound has healed.
Surgeon: Bartholomew Ingersoll-Wu, MD
{FOOT}
"""),
        Doc("2_simulation.txt", text=f"""
SIMULATION NOTE - 04/08/2026 - {patient(10)}
Supine in a vacuum cushion, knees supported. CT simulation 1.25 mm with intrathecal contrast (myelographic) for the cord; post-operative MRI (T1, T2, STIR) of 04/06 fused. Carbon hardware noted, minimal artefact.
Sim by L. Haverford, RTT.  Reviewed: Annika Solberg-Reyes, MD
{FOOT}
"""),
        Doc("3_plan.pdf", [[
            H1("Spine plan - L2 post-op"),
            KeyValue([("Target", "L2 post-operative CTV (vertebral body, pedicles, epidural space), PTV = CTV + 2 mm"),
                      ("Prescription", "24 Gy in 2 fractions (12 Gy each) to the 75% isodose"),
                      ("Treatment unit", "robotic-arm linac, iris collimator"),
                      ("Planning", "LUMEN RoboPlan 6; 211 beams"),
                      ("Cord (myelogram) Dmax", "15.6 Gy in 2 fractions"),
                      ("Approved", "04/13/2026 Annika Solberg-Reyes, MD; physics check 04/14/2026")]),
        ]], opts=dict(header=hdr(_c, 10))),
        Doc("4_treatment_record.txt", text=f"""
ROBOTIC LINAC TREATMENT RECORD  - {patient(10)} / {mrn(10)}
FX | DATE       | TRACKING                    | IMAGES | MU    | DOSE (Gy) | CUM (Gy)
1  | 04/16/2026 | spine tracking, 6D, kV pair | 74     | 14820 | 12.0      | 12.0
2  | 04/18/2026 | spine tracking, 6D, kV pair | 69     | 14820 | 12.0      | 24.0
Course completed 04/18/2026: L2 post-op target 24 Gy / 2 fractions.
Electronically signed: Annika Solberg-Reyes, MD 04/18/2026
{FOOT}
"""),
    ])

# c39_11 -- pdf with a rotated landscape page: C5 re-irradiation and a right rib lesion, one linac course ----------
_c = "FERNHOLT COMMUNITY CANCER CARE"
add(name="c39_11", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["body", "spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization", "mask"]),
    lesions=[L("C5 re-irradiation", "spinal", None, 24, 3), L("right 8th rib", "body", None, 30, 3)],
    categories=cats(),
    notes="Tests a course summary with the treatment history on a rotated landscape page 2: C5 vertebral re-irradiation "
          "24 Gy / 3 (prior 30 Gy / 10 conventional to C4-C6 in 2024, not this course) and a right 8th rib lesion "
          "30 Gy / 3 treated on the same three days; head-neck-shoulder mask for C5, vacuum cushion for the rib. "
          "One spinal and one body lesion.",
    docs=[Doc("c39_11.pdf", [[
        H1("SBRT COURSE SUMMARY"),
        KeyValue([("Patient", f"{patient(11)} ({mrn(11)})"), ("Primary", "prostate adenocarcinoma, castration-resistant"),
                  ("Prior radiotherapy", "C4-C6 30 Gy in 10 fractions, 3D conformal, 08/2024 (other course)"),
                  ("This course", "C5 re-irradiation 24 Gy / 3 + right 8th rib 30 Gy / 3"),
                  ("Unit", "gantry linac, 6 MV FFF, VMAT"), ("Planning system", "VEGA TPS 8"),
                  ("Simulation", "CT 1.5 mm 06/02/2026 with MRI cervical spine fusion"),
                  ("Immobilisation", "5-point head-neck-shoulder mask (C5); vacuum cushion (rib)")]),
        P("Cumulative cord dose (EQD2, both courses) 44.6 Gy, within the re-irradiation limit agreed at chart rounds."),
        P("See page 2 for the per-fraction record."),
    ], [
        H1("Per-fraction record"),
        RuledTable([("Date", "Fx", "Target", "Dose/fx (Gy)", "Cumulative (Gy)", "IGRT", "Status"),
                    ("06/09/2026", "1/3", "PTV_C5", "8.0", "8.0", "CBCT", "treated"),
                    ("06/09/2026", "1/3", "PTV_RIB8R", "10.0", "10.0", "CBCT", "treated"),
                    ("06/11/2026", "2/3", "PTV_C5", "8.0", "16.0", "CBCT", "treated"),
                    ("06/11/2026", "2/3", "PTV_RIB8R", "10.0", "20.0", "CBCT", "treated"),
                    ("06/13/2026", "3/3", "PTV_C5", "8.0", "24.0", "CBCT", "treated"),
                    ("06/13/2026", "3/3", "PTV_RIB8R", "10.0", "30.0", "CBCT", "treated")]),
        P("Completed 06/13/2026: C5 24 Gy in 3, right 8th rib 30 Gy in 3."),
        sig("Philippa Osterhout-Mbeki, MD 06/13/2026"),
    ]], opts=dict(header=hdr(_c, 11), rotate={2: 90}))])

# c39_12 -- ehr_text: CSV-like export, peripheral RLL lung 54 Gy / 3 -----------------------------------------------
add(name="c39_12", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("PTV_RLL peripheral right lower lobe", "body", None, 54, 3)],
    categories=cats(),
    notes="Tests a comma-separated export: peripheral right lower lobe NSCLC 1.8 cm, 54 Gy in 3 fractions of 18 Gy on a "
          "gantry linac, 4DCT with ITV, PET-CT staging used for planning, body frame with abdominal compression, "
          "CBCT every fraction. Quoted fields with commas inside.",
    docs=[Doc("c39_12.txt", text=f"""
"source","HOLLYBANK CHEST ONCOLOGY - RADTRAK export","generated","2026-10-08 07:30"
"mrn","{mrn(12)}","name","{patient(12)}","dob","1946-04-03"
"section","key","value"
"course","diagnosis","C34.31 NSCLC, right lower lobe, peripheral, 1.8 cm, T1bN0"
"course","technique","SBRT, VMAT 2 partial arcs, prescribed to 80% isodose"
"course","machine","gantry linac 6 MV FFF"
"course","planning_system","RADTRAK Plan 2"
"simulation","date","2026-09-21"
"simulation","scans","4DCT (10 phases, ITV); FDG PET-CT 2026-09-12 fused"
"simulation","immobilisation","stereotactic body frame, abdominal compression plate"
"prescription","target","PTV_RLL (ITV + 5 mm)"
"prescription","dose","5400 cGy in 3 fractions, 1800 cGy per fraction"
"fraction","1","2026-09-29, 1800 cGy, CBCT shift 3.1 mm, treated"
"fraction","2","2026-10-01, 1800 cGy, CBCT shift 2.4 mm, treated"
"fraction","3","2026-10-03, 1800 cGy, CBCT shift 1.9 mm, treated"
"summary","delivered","PTV_RLL 5400 cGy in 3 fractions, course complete 2026-10-03"
"sign","physician","Gideon Marchetti-Oduya MD, 2026-10-03 16:12"
"footer","{FOOT}"
""")])


# c39_13 -- bundle: central lung, consult proposes 60 Gy / 8, delivered 50 Gy / 5 ---------------------------------
_c = "QUARRYSIDE THORACIC ONCOLOGY"
add(name="c39_13", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("central left upper lobe tumour (PTV_LUL_C)", "body", None, 50, 5)],
    categories=cats(),
    notes="Tests a plan that changed between consult and delivery: the consult letter proposes 60 Gy in eight fractions "
          "for a central left upper lobe tumour; after tumour board the plan became 50 Gy in five fractions (10 Gy "
          "each), which the plan page and the completion summary record. 4DCT + PET; wing board and vacuum bag; CBCT.",
    docs=[
        Doc("1_consult_letter.txt", text=f"""
QUARRYSIDE THORACIC ONCOLOGY
07/06/2026
Dear Dr. Fenwick-Adair,
Re: {patient(13)}, {mrn(13)}
I saw your patient, an eighty-one year old former smoker with a two point four centimetre squamous carcinoma of the left upper lobe, sitting within two centimetres of the left main bronchus. He is not fit for lobectomy. Because the tumour is central, I have suggested a risk-adapted schedule of sixty gray in eight fractions, and I will present him at the thoracic tumour board next week before we simulate.
Yours sincerely,
Benedikt Harrowell-Saito, MD
{FOOT}
"""),
        Doc("2_plan.pdf", [[
            H1("SBRT plan approval - PTV_LUL_C"),
            KeyValue([("Tumour board", "07/14/2026: central, not ultracentral; recommend 50 Gy / 5 instead of 60 Gy / 8"),
                      ("Simulation", "07/20/2026 4DCT, ITV from 10 phases; FDG PET-CT 06/28/2026 co-registered"),
                      ("Immobilisation", "wing board with vacuum bag, arms above head"),
                      ("Prescription", "5000 cGy in 5 fractions (1000 cGy per fraction), 2 VMAT arcs, 6 MV FFF gantry linac"),
                      ("Bronchial tree Dmax", "4120 cGy (limit 5250 cGy)"), ("System", "PALISADE TPS 5.1")]),
        ]], opts=dict(header=hdr(_c, 13))),
        Doc("3_completion_summary.txt", text=f"""
END OF TREATMENT SUMMARY  - {patient(13)} ({mrn(13)})
Treated 07/27/2026 to 08/07/2026, every other weekday, 5 of 5 fractions, cone-beam CT before each.
Delivered: PTV_LUL_C 50 Gy in 5 fractions (the 60 Gy / 8 mentioned at consultation was not used).
Toxicity: grade 1 cough. CT chest in 3 months.
Electronically signed: Benedikt Harrowell-Saito, MD 08/07/2026
{FOOT}
"""),
    ])

# c39_14 -- pdf: physics second check + delivery table, liver HCC robotic linac 45 Gy / 3 with fiducials ----------
_c = "ASHCOMBE HEPATOBILIARY CENTRE - MEDICAL PHYSICS"
add(name="c39_14", kind="pdf", codes=["77373", "77435", "G0339", "G0340"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("segment VII hepatocellular carcinoma", "body", None, 45, 3)],
    categories=cats(),
    notes="Tests a physics second-check worksheet with the delivery table on its second page: segment VII HCC 3.1 cm, "
          "45 Gy in 3 fractions on a robotic-arm linac with three gold fiducials and respiratory tracking; planning "
          "CT (triphasic) and MRI; vacuum bag. Independent MU check within 1.8%.",
    docs=[Doc("c39_14.pdf", [[
        H1("INDEPENDENT SECOND CHECK - SBRT"),
        KeyValue([("Patient", f"{patient(14)}  {mrn(14)}"), ("Plan", "LIV_S7_v3 (robotic-arm linac, 6 MV, iris)"),
                  ("Target", "PTV_S7 = GTV + 5 mm, segment VII HCC 3.1 cm"),
                  ("Prescription", "4500 cGy / 3 fx to the 70% isodose"),
                  ("Fiducials", "3 gold markers placed percutaneously 10/02/2026, all visible"),
                  ("Planning images", "triphasic CT 10/09/2026 (exhale); MRI liver (hepatobiliary phase) 10/09/2026 fused"),
                  ("Immobilisation", "vacuum bag, arms down"),
                  ("Motion management", "fiducial tracking with a respiratory correlation model")]),
        RuledTable([("Check", "Primary", "Secondary", "Diff", "Tolerance", "Result"),
                    ("Total MU", "31 488", "31 921", "1.4%", "5%", "pass"),
                    ("Point dose PTV centre (cGy/fx)", "1502", "1529", "1.8%", "5%", "pass"),
                    ("Beams", "188", "188", "-", "-", "pass")]),
        P("Second check completed 10/12/2026 by Ruairi Lindahl-Ebo, MS, DABR."),
    ], [
        H2("Delivery"),
        RuledTable([("Fx", "Date", "Tracking", "Correlation error (mm)", "Dose (cGy)", "Cumulative (cGy)"),
                    ("1", "10/14/2026", "fiducial + respiratory", "1.9", "1500", "1500"),
                    ("2", "10/16/2026", "fiducial + respiratory", "2.2", "1500", "3000"),
                    ("3", "10/19/2026", "fiducial + respiratory", "1.7", "1500", "4500")]),
        P("Segment VII HCC: 4500 cGy in 3 fractions delivered, course closed."),
        sig("Fionnuala Baptiste-Okoro, MD 10/19/2026"),
    ]], opts=dict(header=hdr(_c, 14)))])

# c39_15 -- ehr_text: dictated letter, prostate 36.25 Gy in five, 77432 claimed wrongly ----------------------------
add(name="c39_15", kind="ehr_text", codes=["77373", "77432"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Tests a transcribed letter with numbers in words: prostate SBRT thirty-six point two five Gy in five fractions "
          "of seven hundred and twenty-five centigray on a gantry linac, gold fiducials and a hydrogel spacer, CT + MRI "
          "planning, knee-and-foot immobiliser, kV imaging of the markers. 77432 (single-session cranial "
          "management) is inconsistent.",
    docs=[Doc("c39_15.txt", text=f"""
DUNMORE UROLOGY & RADIATION PARTNERS
Transcribed letter - dictated 12/01/2026 by Dr. Anselm Ravenscroft-Kaur

To: Dr. Imelda Koutsouris, urology
Re: {patient(15)}   MRN {mrn(15)}   DOB 09/09/1955

Dear Imelda,

Your patient finished his stereotactic body radiotherapy for favourable intermediate risk prostate cancer (Gleason three plus four, PSA six point one) on November twenty-eighth. In brief: you placed three gold fiducial markers and a hydrogel rectal spacer on October thirtieth. We simulated him on November sixth with a planning CT and a T2 MRI of the pelvis, fused on the markers, lying in a knee and foot immobiliser with a comfortably full bladder.

The prostate received thirty-six point two five gray in five fractions, that is seven hundred and twenty-five centigray each, every other weekday from November eighteenth to November twenty-eighth, using two volumetric arcs on our gantry linear accelerator. Before each arc we took orthogonal kilovoltage images and matched the fiducials; one fraction needed a repeat image after a rectal gas shift.

He has mild urinary frequency, grade one, and no bowel symptoms. PSA in three months please.

Best wishes,
Anselm Ravenscroft-Kaur, MD
{FOOT}
""")])

# c39_16 -- pdf scanned: MR-linac adaptive pancreas 40 Gy / 5 record ------------------------------------------------
_c = "CASTLEMERE MR-GUIDED RADIOTHERAPY UNIT"
add(name="c39_16", kind="scan", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("pancreatic head tumour (PTV_PANC)", "body", None, 40, 5)],
    categories=cats(),
    notes="Tests a scanned (160 dpi) MR-linac treatment record: locally advanced pancreatic head adenocarcinoma, 40 Gy in "
          "5 fractions with daily online adaptation, breath-hold gating on cine MRI; simulation CT and MRI; "
          "vacuum cushion. Fraction 3 re-optimised twice (still one fraction).",
    docs=[Doc("c39_16.pdf", [[
        H1("MR-LINAC TREATMENT RECORD"),
        KeyValue([("Patient", f"{patient(16)} / {mrn(16)}"), ("Course", "PANC SBRT, 40 Gy / 5"),
                  ("Unit", "1.5 T MR-linac (gantry, 7 MV FFF)"),
                  ("Simulation", "CT 2 mm and MRI 3D T2 in exhale breath-hold, 01/05/2026"),
                  ("Immobilisation", "vacuum cushion, arms on chest")]),
        RuledTable([("Fx", "Date", "Adapt", "Gating", "Dose (Gy)", "Sum (Gy)"),
                    ("1", "01/12/2026", "ATS", "cine, BH", "8", "8"),
                    ("2", "01/14/2026", "ATS", "cine, BH", "8", "16"),
                    ("3", "01/16/2026", "ATS x2", "cine, BH", "8", "24"),
                    ("4", "01/19/2026", "ATS", "cine, BH", "8", "32"),
                    ("5", "01/21/2026", "ATS", "cine, BH", "8", "40")]),
        P("ATS = adapt-to-shape on the daily MRI. Duodenum D0.5cc kept < 33 Gy at every fraction."),
        P("Course completed: PTV_PANC 40 Gy in 5 fractions."),
        sig("Gerontius Pellew-Achebe, MD 01/21/2026"),
    ]], opts=dict(header=hdr(_c, 16), scan=True, scan_dpi=160))])


# c39_17 -- bundle: oligometastatic adrenal + lung, three fractions each; completion letter misquotes adrenal dose --
_c = "BELLWEATHER ONCOLOGY GROUP"
add(name="c39_17", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 3, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left adrenal metastasis (PTV_ADR_L)", "body", None, 36, 3),
             L("right upper lobe nodule (PTV_RUL)", "body", None, 54, 3)],
    categories=cats(),
    contradiction="The completion letter says the left adrenal received thirty gray, while the plan and the per-session "
                  "record give 36 Gy in 3 fractions (labelled 36 Gy from the record).",
    notes="Tests an oligometastatic two-site course: left adrenal metastasis 36 Gy / 3 and a right upper lobe nodule "
          "54 Gy / 3, treated on the same three days on a gantry linac; 4DCT and PET; vacuum cushion; CBCT per target. "
          "Referral names the sites differently ('suprarenal mass', 'RUL spiculated nodule').",
    docs=[
        Doc("1_referral.txt", text=f"""
REFERRAL - thoracic MDT outcome 04/02/2026
{patient(17)} ({mrn(17)}), melanoma, BRAF wild type, on nivolumab with two progressing sites: a 2.9 cm left suprarenal mass and a 1.4 cm RUL spiculated nodule; elsewhere stable. MDT: oligoprogression, refer for SBRT to both.
Coordinator: H. Tamsworth
{FOOT}
"""),
        Doc("2_plan.pdf", [[
            H1("Multi-target SBRT plan"),
            KeyValue([("Simulation", "04/09/2026 4DCT (ITVs for both targets); FDG PET-CT 03/25/2026 fused"),
                      ("Immobilisation", "full-length vacuum cushion, arms up"), ("Unit", "gantry linac 10 MV FFF"),
                      ("Planning system", "CORMORANT TPS 3.4"), ("Fractionation", "3 fractions, both targets each session")]),
            RuledTable([("PTV", "Dose / fx (cGy)", "Total (cGy)", "Arcs", "Coverage"),
                        ("PTV_ADR_L", "1200", "3600", "2", "V100 95.2%"),
                        ("PTV_RUL", "1800", "5400", "2", "V100 96.8%")]),
        ]], opts=dict(header=hdr(_c, 17))),
        Doc("3_session_record.txt", text=f"""
SESSION RECORD  {patient(17)}  {mrn(17)}
date        fx  target      cGy   running  CBCT
04/16/2026  1   PTV_RUL     1800  1800     matched 2.2 mm
04/16/2026  1   PTV_ADR_L   1200  1200     matched 3.0 mm
04/20/2026  2   PTV_RUL     1800  3600     matched 1.6 mm
04/20/2026  2   PTV_ADR_L   1200  2400     matched 2.7 mm
04/23/2026  3   PTV_RUL     1800  5400     matched 1.8 mm
04/23/2026  3   PTV_ADR_L   1200  3600     matched 2.5 mm
status: course complete
{FOOT}
"""),
        Doc("4_completion_letter.txt", text=f"""
Dear colleague,
{patient(17)} has completed stereotactic radiotherapy to both progressing sites: the right upper lobe nodule received fifty-four gray in three fractions and the left adrenal thirty gray in three fractions, finishing on April twenty-third. She tolerated it well, with mild nausea after the adrenal fractions. Please continue nivolumab as planned; restaging in eight weeks.
Perpetua Ojukwu-Lindgren, MD
{FOOT}
"""),
    ])

# c39_18 -- ehr_text: hard negative, consult for brain mets ending in whole-brain radiotherapy ---------------------
add(name="c39_18", kind="ehr_text", codes=["77372", "77432", "61796"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a consultation for fourteen brain metastases in small cell lung cancer that weighs "
          "radiosurgery and recommends hippocampal-avoidant whole-brain radiotherapy, 30 Gy in 10 fractions, to start "
          "next week. Nothing delivered, nothing stereotactic planned.",
    docs=[Doc("c39_18.txt", text=f"""
RADIATION ONCOLOGY CONSULTATION - ELMSTEAD GENERAL HOSPITAL
Patient: {patient(18)}   MRN: {mrn(18)}   Date of service: 02/24/2026

REASON FOR CONSULT: brain metastases, extensive-stage small cell lung cancer.

HISTORY: 71-year-old woman, four cycles of platinum-etoposide with immunotherapy. Staging MRI brain 02/20/2026 shows fourteen enhancing lesions, largest 1.1 cm right frontal, none in the brainstem, mild oedema. Headaches, no focal deficit. ECOG 1.

DISCUSSION: We talked about stereotactic radiosurgery to each lesion versus whole-brain radiotherapy. With fourteen lesions, small cell histology and a high risk of new lesions, I do not recommend radiosurgery. We discussed hippocampal avoidance and memantine.

RECOMMENDATION: hippocampal-avoidant whole-brain radiotherapy 30 Gy in 10 fractions. CT simulation with a mask on 02/26/2026, start 03/02/2026. Memantine started today.

Electronically signed: Cornelius Abernethy-Haas, MD 02/24/2026
{FOOT}
""")])

# c39_19 -- bundle: hard negative, spine SBRT plan approved then cancelled before the first fraction ---------------
_c = "RIVERCOMBE CANCER INSTITUTE"
add(name="c39_19", kind="bundle", codes=["77373", "77435", "63620"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a T8 spine SBRT plan (24 Gy / 2) was simulated, planned and approved, then cancelled the day "
          "before fraction 1 when the patient presented with cord compression and went to surgery; a cancellation "
          "order and a treatment record with no fractions delivered.",
    docs=[
        Doc("1_plan_approval.pdf", [[
            H1("Plan approval - T8 SBRT"),
            KeyValue([("Target", "PTV_T8 vertebral body and left pedicle"), ("Prescription", "2400 cGy in 2 fractions"),
                      ("Unit", "gantry linac 6 MV FFF"), ("Simulation", "CT 1 mm, MRI thoracic spine fused, vacuum cushion (05/04/2026)"),
                      ("Status", "Approved 05/08/2026; fraction 1 scheduled 05/12/2026")]),
        ]], opts=dict(header=hdr(_c, 19))),
        Doc("2_cancellation.txt", text=f"""
ORDER CHANGE - {patient(19)} - {mrn(19)}
05/11/2026 18:40  Course C1 (T8 SBRT, 2400 cGy/2) status changed: APPROVED -> CANCELLED
Reason: admitted with acute cord compression at T8 (new weakness); neurosurgery decompression 05/12/2026. No fraction delivered. Post-operative management to be decided after recovery; new course will be created if needed.
Ordered by: Valentina Strickland-Obi, MD
Treatment record C1: fractions delivered 0 of 2.
{FOOT}
"""),
    ])

# c39_20 -- pdf: hard negative, follow-up visit after cobalt radiosurgery at another hospital ----------------------
_c = "NORTHCLIFFE NEUROLOGY OUTPATIENTS"
add(name="c39_20", kind="pdf", codes=["77371", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a neurology follow-up visit six months after cobalt radiosurgery given at another hospital "
          "(three metastases, 20 Gy each, frame) recounted from the outside summary; the visit reviews a new MRI and "
          "plans surveillance. Nothing treated here.",
    docs=[Doc("c39_20.pdf", [[
        H1("Outpatient follow-up"),
        KeyValue([("Patient", patient(20)), ("MRN", mrn(20)), ("Visit", "10/06/2026"), ("Clinician", "Hortensia Vale-Okonjo, MD, neuro-oncology")]),
        H2("Interval history"),
        P("Seen for routine review. In April 2026 she had single-session radiosurgery on a cobalt unit at Saint Aldric's "
          "Hospital (outside summary scanned to the media tab): three metastases from renal cell carcinoma, left frontal, "
          "right parietal and left cerebellar, 20 Gy each at the 50% isodose, under a head frame. She feels well."),
        H2("Imaging today"),
        P("MRI brain 10/02/2026: all three treated lesions smaller; no new lesions; no radionecrosis."),
        H2("Plan"),
        BulletList(["MRI every 3 months for the first year", "continue cabozantinib", "no further radiotherapy needed now"]),
        Spacer(),
        sig("Hortensia Vale-Okonjo, MD 10/06/2026"),
    ]], opts=dict(header=hdr(_c, 20)))])


CORPUS = Corpus("blind_corpus39", "tests/blind_corpus39", CHARTS, pdf_options={"footer": FOOT, "font": "Helvetica"},
                hand_written=["README.md", "FIRST_RUN.md"])
