"""Forty-ninth blind corpus, ``tests/blind_corpus49/`` (regenerate: ``python scripts/make_corpus.py blind_corpus49``).

Written blind as a HELD-OUT corpus by a twelfth hand (held out from the twentieth to the twenty-fourth session, released for tuning in the twenty-fifth) as a fair sample of a coding office's whole in-tray: other
clinics' system printouts and exports beside dictated consults, procedure notes, completion summaries and
letters, and bundles in one to three files. Every clinic and system is invented. It is scored once with each
session's final tool and never opened or tuned to.

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (exports and printouts are deliberately one long line per record)

from __future__ import annotations

from pdfmaker import ColumnBreak, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ALARIC", "BRONWEN", "CASIMIR", "DELPHINE", "EZEKIEL", "FENELLA", "GALLAGHER", "HESPER", "IGNATIUS", "JOSEPHA",
         "KILLIAN", "LORELEI", "MALACHY", "NERISSA", "ORSON", "PHILIPPA", "RADCLIFFE", "SERAPHINA", "THADDEUS", "URSULA"]


def patient(n: int) -> str:
    return f"FORTYNINEPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-490{n:02d}"


def banner(clinic: str, system: str, n: int, dob: str, printed: str) -> list[str]:
    return [f"{clinic} | {system}", f"{patient(n)} | MRN {mrn(n)} | DOB {dob} | printed {printed}"]


CHARTS = Charts()
add = CHARTS.add


# c49_01 -- pdf: cobalt frame plan report, four metastases, several dose columns ---------------------------------
_c, _s = "HOLLINGBROOK NEUROSCIENCE PAVILION", "GAMMAFORM Planner 11 (invented)"
add(name="c49_01", kind="pdf", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("A right precentral", "cranial", S, 20, 1), L("B left thalamic-capsular border", "cranial", S, 18, 1),
             L("C right cerebellar", "cranial", S, 20, 1), L("D left frontal pole", "cranial", S, 22, 1)],
    categories=cats(),
    notes="Cobalt-unit plan printout under frame: four metastases A-D in one session, table with Rx, D98, "
          "Dmean and Dmax columns (Rx 20/18/20/22 Gy at 50%), V12 of brain, a frame co-ordinate check and the "
          "treatment-time log. All lesions under 3.5 cm, none in the brainstem or near the optic apparatus.",
    docs=[Doc("c49_01.pdf", [[
        H1("Radiosurgery Treatment Plan - Summary Printout"),
        KeyValue([("Unit", "cobalt-60 multi-source radiosurgery unit, 192 sources"),
                  ("Session date", "2026-10-08 (single session)"),
                  ("Head fixation", "stereotactic frame, 4 pins, local anaesthetic, placed 06:40"),
                  ("Definition images", "MRI 3D T1 post-contrast 1 mm with indicator box 07:25; CT 1 mm 07:50, co-registered"),
                  ("Diagnosis", "C79.31 brain metastases, primary lung adenocarcinoma (EGFR+)")]),
        H2("Targets"),
        RuledTable([("Tgt", "Location", "Diam cm", "Vol cc", "Rx Gy", "IDL %", "D98 Gy", "Dmean Gy", "Dmax Gy", "Shots"),
                    ("A", "R precentral gyrus", "1.6", "1.21", "20.0", "50", "20.4", "27.9", "40.0", "5"),
                    ("B", "L thalamocapsular", "1.1", "0.48", "18.0", "50", "18.2", "25.0", "36.0", "3"),
                    ("C", "R cerebellar hemisphere", "2.4", "4.02", "20.0", "50", "19.8", "28.3", "40.0", "11"),
                    ("D", "L frontal pole", "0.6", "0.09", "22.0", "50", "22.5", "30.1", "44.0", "1")]),
        RuledTable([("Organ", "Dmax Gy", "Tolerance"), ("Brainstem", "6.1", "< 15 Gy"),
                    ("Optic chiasm", "1.7", "< 8 Gy"), ("Brain V12 (minus targets)", "6.3 cc", "< 10 cc")]),
        H2("Delivery log"),
        TextTable([("Time", "Step", "Result"), ("09:52", "frame co-ordinate check on couch", "within 0.4 mm"),
                   ("09:58-11:07", "targets C, A, B, D delivered (20 shots)", "complete"),
                   ("11:15", "frame off", "sites clean")], columns=[0, 80, 330]),
        P("Independent treatment-time check: max deviation 0.7%. Approved by radiation oncology, neurosurgery, physics."),
        sig("Marisol Ekwueme-Tran, MD 2026-10-08 11:40"),
    ]], opts=dict(header=banner(_c, _s, 1, "1957-04-19", "2026-10-08 11:44")))])

# c49_02 -- ehr_text: dictated procedure note, cobalt unit with mask, vestibular schwannoma, numbers in words ---
add(name="c49_02", kind="ehr_text", codes=["77371", "77432", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["MRI"], ["mask"]),
    lesions=[L("left vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    notes="Dictated procedure note: left vestibular schwannoma (benign, complex by type) treated in one session "
          "on the cobalt unit with a thermoplastic mask and cone-beam CT registration, twelve gray to the fifty "
          "percent isodose in words; planning MRI only (the CT is said to be unnecessary and not done).",
    docs=[Doc("c49_02.txt", text=f"""
WESTERLEIGH ACOUSTIC NEUROMA PROGRAMME
Dictated: 09/22/2026 14:05   Transcribed: 09/22/2026 16:40   Job no. 77-4410
PATIENT: {patient(2)}      MRN: {mrn(2)}      DOB: 02/11/1971

PROCEDURE: Stereotactic radiosurgery, left vestibular schwannoma.

INDICATION: Ms. Fortyninepatient is a fifty-five year old woman with a left-sided vestibular schwannoma measuring one point nine centimetres in greatest dimension, Koos grade two, with serviceable hearing. She chose radiosurgery over microsurgery after our discussion last month.

DESCRIPTION: This morning she was fitted in a thermoplastic mask on the cobalt-sixty radiosurgery unit. We planned on a volumetric gadolinium-enhanced MRI with a high-resolution T2 sequence obtained on the fifteenth; a planning CT was not felt to be necessary and was not done. The stereotactic reference was set with the unit's cone-beam CT, and the infrared nose marker tracked her motion throughout, with no movement beyond the threshold. I contoured the tumour on the T2 sequence and it was covered with nine shots of four and eight millimetres. We prescribed twelve gray to the fifty percent isodose line, giving a maximum of twenty-four gray. The cochlea received a mean of three point eight gray and the brainstem surface stayed under twelve. Total treatment time fifty-eight minutes, delivered in a single session with no interruption.

She tolerated it well and went home with her husband. Repeat MRI and audiogram in six months.

Korbinian Adewale-Strand, MD, Radiation Oncology
Electronically signed 09/23/2026 08:12
{FOOT}
""")])

# c49_03 -- bundle: consult (27 Gy/3 proposed), linac plan (30 Gy/5), completion; cavity 3.8 cm ------------------
add(name="c49_03", kind="bundle", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("right parietal resection cavity", "cranial", C, 30, 5)],
    categories=cats(),
    notes="Three-file bundle: dictated consult proposes 27 Gy in 3 fractions to the right parietal resection "
          "cavity; the linac plan (named 'CAV_RPAR') and the completion summary show the plan changed to 30 Gy in "
          "5 fractions because the cavity measured 3.8 cm (complex by size). Mask, CBCT each day. The cavity is "
          "called 'surgical bed', 'CAV_RPAR' and 'right parietal cavity' across the documents.",
    docs=[
        Doc("1_consult.txt", text=f"""
RADIATION ONCOLOGY CONSULTATION - SELBOURNE CANCER CARE
{patient(3)}  MRN {mrn(3)}  Seen 07/02/2026

Sixty-three year old man, colorectal primary, single right parietal metastasis resected 06/12/2026 (gross total on the post-operative MRI). No other intracranial disease.

Plan: adjuvant radiosurgery to the surgical bed. I propose twenty-seven gray in three fractions on our linear accelerator with a frameless mask, pending the planning MRI. If the cavity turns out large we may go to five fractions. Risks, including radionecrosis and leptomeningeal relapse, discussed; he wishes to proceed.

Dictated by Anneliese Okoro-Blackwood, MD. Dictated not read.
"""),
        Doc("2_plan.pdf", [[
            H1("Plan Approval Sheet - cranial SRT"),
            KeyValue([("Course", "C1 brain"), ("Plan", "CAV_RPAR_5fx (replaces CAV_RPAR_3fx, withdrawn 07/09)"),
                      ("Treatment machine", "6 MV FFF gantry linac with HD multileaf collimator"),
                      ("Immobilisation", "open-face thermoplastic mask, indexed head rest"),
                      ("Planning images", "CT sim 1 mm 07/08/2026; MRI T1+C 1 mm 07/08/2026, fused"),
                      ("Target", "cavity max dimension 3.8 cm on the planning MRI; CAV_RPAR = cavity + 2 mm, 24.6 cc"),
                      ("Dose", "3000 cGy in 5 fractions of 600 cGy to 80% isodose"),
                      ("Beams", "4 non-coplanar VMAT arcs, couch 0/45/315/90"),
                      ("IGRT", "CBCT + 6-degree-of-freedom couch, every fraction")]),
            RuledTable([("Structure", "Objective", "Achieved"), ("CAV_RPAR", "V100% >= 95%", "97.2%"),
                        ("Brain - PTV", "V24Gy < 16 cc", "11.8 cc"), ("Brainstem", "Dmax < 23 Gy", "3.1 Gy")]),
            sig("A. Okoro-Blackwood, MD 07/10/2026; physics: L. Varga-Mensah, MS 07/10/2026"),
        ]], opts=dict(header=banner("SELBOURNE CANCER CARE", "TRELLIS Plan (invented)", 3, "05/30/1963", "07/10/2026"))),
        Doc("3_completion.txt", text=f"""
SELBOURNE CANCER CARE - TREATMENT COMPLETION
Patient: {patient(3)}   MRN: {mrn(3)}

Site: right parietal cavity.  Start 07/13/2026, finish 07/17/2026.
Delivered: 30 Gy in 5 fractions (6 Gy per fraction), daily cone-beam CT, mask immobilisation. No breaks.
Note the change from the consult: five fractions rather than three, as the cavity was 3.8 cm.
Follow-up MRI in eight weeks.

A. Okoro-Blackwood, MD   07/17/2026
{FOOT}
"""),
    ])

# c49_04 -- pdf: robotic-arm linac, two metastases one session, doses in cGy, tracking ---------------------------
_c, _s = "CALDERWOOD RADIOSURGERY", "ARMATURE TPS 3.3 (invented)"
add(name="c49_04", kind="pdf", codes=["G0339", "77432", "61796", "61797"],
    facts=F("robotic_linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("PTV_Rocc right occipital", "cranial", S, 20, 1),
             L("PTV_Lcereb left cerebellar", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Robotic-arm linac plan report in cGy: two metastases (right occipital 2000 cGy, left cerebellar "
          "1800 cGy) treated in one session with a soft mask and skull tracking; columns for prescribed dose, "
          "D95, max dose and MU; beams/nodes count; treatment record with one session.",
    docs=[Doc("c49_04.pdf", [[
        H1("PLAN SUMMARY - robotic-arm mounted 6 MV linac"),
        KeyValue([("Path set", "cranial full path, 112 nodes"), ("Tracking", "6D skull tracking, kV image pairs every 45 s"),
                  ("Fixation", "soft thermoplastic mask"), ("Planning CT", "0.625 mm 11/02/2026"),
                  ("MRI", "T1 MPRAGE + gad 11/02/2026, fused to CT")]),
        RuledTable([("Target", "Vol (cc)", "Rx (cGy)", "Rx IDL (%)", "D95 (cGy)", "Dmax (cGy)", "Beams", "MU"),
                    ("PTV_Rocc", "2.14", "2000", "77", "2031", "2597", "131", "14 880"),
                    ("PTV_Lcereb", "0.88", "1800", "78", "1822", "2308", "96", "9 412")]),
        P("Collimator: variable aperture 7.5-15 mm. Brainstem Dmax 412 cGy; chiasm 96 cGy."),
        H2("Treatment record"),
        RuledTable([("Date", "Fx", "PTV_Rocc cGy", "PTV_Lcereb cGy", "Images", "Status"),
                    ("11/05/2026", "1 of 1", "2000", "1800", "188", "completed")]),
        sig("Theodora Mbeki-Larsson, MD 11/05/2026"),
    ]], opts=dict(header=banner(_c, _s, 4, "08/08/1949", "11/05/2026 15:20")))])


# c49_05 -- bundle: scanned frame procedure note (trigeminal neuralgia, linac cone) + typed plan excerpt --------
add(name="c49_05", kind="bundle", codes=["77372", "77432", "61798", "61800"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left trigeminal nerve (cisternal segment)", "cranial", C, 85, 1)],
    categories=cats(),
    notes="Two files: a scanned (170 dpi, skewed, speckled) typed procedure note for functional radiosurgery of "
          "the left trigeminal nerve on a gantry linac with a 4 mm cone under a head frame, 85 Gy maximum; and a "
          "short plan excerpt export. Functional target: complex.",
    docs=[
        Doc("1_procedure_note_scan.pdf", [[
            H1("STEREOTACTIC RADIOSURGERY - PROCEDURE NOTE"),
            P(f"Patient: {patient(5)}     MRN: {mrn(5)}     Date of procedure: 04/16/2026"),
            P("Diagnosis: classical trigeminal neuralgia, left V2, failed medical therapy and declined microvascular decompression."),
            P("Procedure: Under local anaesthesia a stereotactic head ring was fixed with four pins. Thin-slice CT was obtained "
              "with the localiser and fused to the 3D CISS MRI done the day before. The target was placed on the cisternal "
              "segment of the left trigeminal nerve, 6 mm from the pons. A single isocentre with the 4 mm cone on our 6 MV "
              "gantry linac, nine arcs, delivered 85 Gy maximum dose (the 20% isodose just touching the pons surface at "
              "about 17 Gy). Target position was checked against the frame co-ordinates with the floor-mounted kV system "
              "before the first arc. One session. The ring was removed without incident."),
            P("Disposition: home with her daughter; continue carbamazepine until pain relief."),
            sig("Benedikt Oyelaran-Frost, MD (neurosurgery) and Saoirse Ng-Abernathy, MD (radiation oncology) 04/16/2026"),
        ]], opts=dict(scan=True, scan_dpi=170, scan_skew=1.1, scan_noise=6, font="Courier")),
        Doc("2_plan_excerpt.txt", text=f"""
MARROWGATE INSTITUTE :: CONEPATH export (invented)  page 1/1
patient_name: {patient(5)}
mrn: {mrn(5)}
course: TN_LEFT
technique: cone-based SRS, 4 mm cone, 9 arcs, 1 isocentre
rx_max_dose_gy: 85.0
fractions_planned: 1
fractions_delivered: 1
treatment_date: 2026-04-16
fixation: head ring (invasive)
second_check: MU by independent calculation, -0.5 %, R. Havelock-Musa PhD
{FOOT}
"""),
    ])

# c49_06 -- ehr_text: CSV export, gantry linac, eight lesions one session, one 3.6 cm ------------------------------
add(name="c49_06", kind="ehr_text", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 8, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("M1 L frontal", "cranial", S, 20, 1), L("M2 R frontal", "cranial", S, 20, 1),
             L("M3 L parietal", "cranial", S, 20, 1), L("M4 R temporal", "cranial", C, 15, 1),
             L("M5 L occipital", "cranial", S, 20, 1), L("M6 R cerebellar", "cranial", S, 18, 1),
             L("M7 L cerebellar", "cranial", S, 18, 1), L("M8 R insular", "cranial", S, 20, 1)],
    categories=cats(),
    notes="CSV export of a single-isocentre multi-target linac plan and its one session: eight metastases M1-M8, "
          "M4 right temporal 3.6 cm (complex by size, 15 Gy), others 18-20 Gy; columns rx_cGy, d99_cGy, dmax_cGy, "
          "cgi; mask, CBCT plus surface guidance; MRI + CT.",
    docs=[Doc("c49_06.txt", text=f"""
# LINDENFALL ONCOLOGY - QUILLRT export (invented) - multi-target SRS - generated 2026-08-19 13:02 - page 1 of 1
# patient={patient(6)};mrn={mrn(6)};dob=1968-12-03
# unit=6 MV FFF gantry linac;isocentres=1;arcs=5 (couch 0,30,60,330,300);fixation=thermoplastic mask;igrt=CBCT + surface guidance
# images=CT 1 mm 2026-08-12;MRI T1 post-gad 1 mm 2026-08-11 (fused)
target,location,max_dim_cm,vol_cc,rx_cGy,fx,d99_cGy,dmax_cGy,cgi
M1,left frontal,1.2,0.71,2000,1,1987,2511,0.81
M2,right frontal,0.8,0.22,2000,1,2012,2498,0.77
M3,left parietal,1.9,2.40,2000,1,1975,2560,0.85
M4,right temporal,3.6,18.9,1500,1,1490,1902,0.88
M5,left occipital,0.5,0.06,2000,1,2030,2533,0.62
M6,right cerebellar,1.4,1.11,1800,1,1795,2290,0.80
M7,left cerebellar,1.0,0.41,1800,1,1810,2276,0.79
M8,right insular,0.9,0.30,2000,1,2001,2524,0.74
# delivery
date,fraction,status,arcs_delivered,cbct_shift_mm
2026-08-19,1,treated,5/5,0.8
# approved: Ravindra Castellane-Obi MD 2026-08-18; second check: D. Whitcombe-Ayo MS 2026-08-18 (MU diff 1.1%)
# {FOOT}
""")])

# c49_07 -- ehr_text: letter to the referrer, gantry linac, pontine metastasis 24 Gy in 3; codes claimed single-session
add(name="c49_07", kind="ehr_text", codes=["77372", "77432", "61798"],
    facts=F("linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left pontine metastasis", "cranial", C, 24, 3)],
    categories=cats(),
    notes="Completion letter to the referring oncologist: one left pontine metastasis (within the brainstem: "
          "complex) treated with twenty-four gray in three fractions on a gantry linac with a mask and daily CBCT. "
          "Claimed codes are single-session ones (77372, 77432): both inconsistent with 3 fractions.",
    docs=[Doc("c49_07.txt", text=f"""
ASHCOMBE REGIONAL RADIOTHERAPY
Department of Clinical Oncology

10 November 2026

Dr. Imelda Harcourt-Nwosu
Medical Oncology, Ashcombe General

Re: {patient(7)}, MRN {mrn(7)}, DOB 14 March 1960

Dear Imelda,

I am writing to let you know that Mr. Fortyninepatient finished his stereotactic treatment to the brainstem metastasis on Friday. As you know, the lesion sits in the left side of the pons and measured eleven millimetres on the planning MRI of the twenty-seventh of October, which we fused with a one-millimetre CT the same afternoon; I contoured the lesion on the fused images and we planned it with four non-coplanar arcs, prescribing to the eighty percent isodose. Because of its position within the brainstem we split the dose and gave twenty-four gray in three fractions of eight gray, on the fourth, fifth and sixth of November, on our linear accelerator, with him in a thermoplastic mask and a cone-beam CT before each treatment. The maximum brainstem dose outside the target was kept below twenty-three gray.

He had a little fatigue and a mild headache after the second treatment, settled with two days of dexamethasone, which has now stopped. I will see him with an MRI in six weeks.

With best wishes,

Evander Sokolova-Pratt, FRCR
Consultant Clinical Oncologist
{FOOT}
""")])

# c49_08 -- pdf: two-column completion summary, cobalt frame, ten metastases -----------------------------------
_c = "PENRHYN HIGHLANDS GAMMA CENTRE"
_ten = [("1", "R frontal", "1.0", "20"), ("2", "L frontal", "0.7", "20"), ("3", "R parietal", "1.5", "18"),
        ("4", "L parietal", "0.9", "20"), ("5", "R occipital", "1.1", "20"), ("6", "L temporal", "2.1", "18"),
        ("7", "R cerebellar", "0.6", "20"), ("8", "L cerebellar", "1.3", "18"), ("9", "vermis", "0.5", "20"),
        ("10", "R caudate", "0.8", "18")]
add(name="c49_08", kind="pdf", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 10, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L(f"{n} {loc}", "cranial", S, float(d), 1) for n, loc, _sz, d in _ten],
    categories=cats(),
    notes="Two-column completion summary (text flows down the left, then the right column): ten small "
          "metastases from melanoma treated in one cobalt session under frame, 18 or 20 Gy each at 50%; a "
          "numbered table in the right column; stereotactic MRI and CT. 61797 claimed (at most 4 units billable, "
          "the consistency only asks for additional simple lesions).",
    docs=[Doc("c49_08.pdf", [[
        H1("Radiosurgery Completion Summary"),
        P(f"{patient(8)}   MRN {mrn(8)}   Treatment 02/27/2026"),
        H2("History"),
        P("Fifty-one year old woman with BRAF-mutant melanoma on targeted therapy; surveillance MRI showed ten new "
          "enhancing lesions, the largest 2.1 cm in the left temporal lobe, none in the brainstem and none near "
          "the optic pathway. After discussion at the neuro-oncology meeting she chose radiosurgery to all ten."),
        H2("Procedure"),
        P("A stereotactic frame was applied under local anaesthetic at 06:30. A contrast MRI with the fiducial "
          "indicator and a CT were obtained and co-registered. Fifty-two shots were planned on the cobalt "
          "multi-source unit. Frame co-ordinates were verified on the couch before delivery. Total beam-on time was "
          "two hours eleven minutes in one session; the frame was removed at 12:05."),
        ColumnBreak(),
        H2("Targets and doses (50% isodose)"),
        RuledTable([("#", "Site", "cm", "Gy")] + [tuple(r) for r in _ten]),
        H2("Outcome"),
        P("Tolerated well, no seizure. Continue dabrafenib/trametinib. MRI at two months."),
        sig("Gideon Anastasiou-Reyes, MD 02/27/2026"),
    ]], opts=dict(two_columns=True, header=[f"{_c} - COMPLETION SUMMARY", f"{patient(8)} | {mrn(8)}"]))])

# c49_09 -- bundle: linac meningioma 4 mm from chiasm, 25 Gy / 5; letter says four fractions (contradiction) -------
add(name="c49_09", kind="bundle", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("tuberculum sellae meningioma", "cranial", C, 25, 5)],
    categories=cats(),
    contradiction="The follow-up letter says the meningioma received 25 Gy in four fractions, while the per-session treatment record lists five sessions of 500 cGy reaching 2500 cGy.",
    notes="Two files: a per-session treatment record (five rows of 500 cGy, cumulative 2500 cGy, mask, CBCT) and "
          "a dictated follow-up letter for a tuberculum sellae meningioma 4 mm from the optic chiasm (complex by "
          "location). The letter says 'four fractions' (contradiction); gold follows the record: 5 fractions. "
          "The record names the target 'PTV_TS_MEN', the letter 'the planum/tuberculum meningioma'.",
    docs=[
        Doc("1_treatment_record.pdf", [[
            H1("Treatment History - Course 1 (HSRT brain)"),
            KeyValue([("Machine", "gantry linac, 6 MV FFF, 2.5 mm leaf MLC"), ("Plan", "TS_MEN_HSRT v2"),
                      ("Prescription", "2500 cGy / 5 fx to PTV_TS_MEN (82% IDL)"),
                      ("Setup", "frameless mask, CBCT + 6DOF couch daily"),
                      ("Planning imaging", "CT 1 mm + MRI T1 post-contrast 03/03/2026")]),
            RuledTable([("Date", "Fx", "Field(s)", "Dose/fx (cGy)", "Cumul. (cGy)", "CBCT", "Status"),
                        ("03/10/2026", "1", "4 arcs", "500", "500", "0.9 mm", "Treated"),
                        ("03/11/2026", "2", "4 arcs", "500", "1000", "0.6 mm", "Treated"),
                        ("03/12/2026", "3", "4 arcs", "500", "1500", "0.7 mm", "Treated"),
                        ("03/13/2026", "4", "4 arcs", "500", "2000", "1.0 mm", "Treated"),
                        ("03/16/2026", "5", "4 arcs", "500", "2500", "0.5 mm", "Treated")]),
            P("Course status: COMPLETED 03/16/2026. Optic chiasm Dmax 2310 cGy (limit 2500 cGy / 5)."),
        ]], opts=dict(header=banner("THORNHAVEN CANCER CENTRE", "OSPREY-RV Record (invented)", 9, "10/10/1955", "03/16/2026 17:30"))),
        Doc("2_followup_letter.txt", text=f"""
THORNHAVEN CANCER CENTRE - NEURO-ONCOLOGY CLINIC
Follow-up, 06/22/2026.   {patient(9)}   MRN {mrn(9)}

Dear Dr. Pemberton-Osei,

I saw your patient three months after fractionated stereotactic radiotherapy for the planum/tuberculum meningioma, which lay four millimetres from the optic chiasm. She received twenty-five gray in four fractions in March on the linear accelerator. Visual fields today are unchanged from baseline and the MRI shows a stable lesion with a little central loss of enhancement. Next review in six months.

Yours sincerely,
Cressida Lindqvist-Amadi, MD
{FOOT}
"""),
    ])


# c49_10 -- pdf: robotic-arm linac, T11-L1 contiguous single target, 27 Gy / 3, key: value with page banner -------
_c, _s = "RIVENDALE SPINE & TUMOR CENTER", "KESTREL Delivery Review (invented)"
add(name="c49_10", kind="pdf", codes=["G0339", "G0340", "77435", "63620"],
    facts=F("robotic_linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T11-L1 contiguous vertebral target", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Robotic-arm linac spine printout, key: value with a page banner: renal cell metastasis "
          "running contiguously through T11, T12 and L1, contoured as ONE target (PTV_T11_L1), 27 Gy in 3 "
          "fractions, vacuum cushion, spine tracking without fiducials; MRI + planning CT. One "
          "spinal lesion: 63620 only.",
    docs=[Doc("c49_10.pdf", [[
        H1("Spine SBRT - Delivery Review"),
        KeyValue([("Target", "PTV_T11_L1 (one contiguous target spanning T11, T12, L1; vertebral bodies + right pedicles)"),
                  ("Primary", "clear-cell renal carcinoma"),
                  ("Prescription", "27 Gy in 3 fractions, 9 Gy per fraction, to the 74% isodose"),
                  ("Delivery unit", "robotic-arm mounted 6 MV linac, spine tracking (no implanted markers)"),
                  ("Immobilisation", "full-length vacuum cushion, arms up"),
                  ("Planning", "CT 1.25 mm 01/05/2026; MRI T1/T2 spine 01/04/2026 fused"),
                  ("Cord", "Dmax 19.6 Gy (limit 21.9 Gy / 3)"),
                  ("Fraction 1", "01/12/2026 - 9.0 Gy - 212 beams - tracking images 96 - complete"),
                  ("Fraction 2", "01/14/2026 - 9.0 Gy - 212 beams - tracking images 91 - complete"),
                  ("Fraction 3", "01/16/2026 - 9.0 Gy - 212 beams - tracking images 102 - complete"),
                  ("Total delivered", "27.0 Gy / 3 fractions"),
                  ("Physics check", "independent MU check 1.4% - pass")], value_x=120),
        sig("Octavian Delacroix-Imafidon, MD 01/16/2026"),
    ]], opts=dict(header=[f"*** {_c} *** {_s} *** CONFIDENTIAL ***", f"{patient(10)}  {mrn(10)}  DOB 07/07/1952"]))])

# c49_11 -- bundle: operative note + post-operative spine plan (landscape page) + record, L2 24 Gy / 2 ---------------
add(name="c49_11", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L2 post-operative target", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Bundle in two files: a brief operative note (separation surgery and T12-L4 fixation for an L2 "
          "metastasis) and a gantry-linac plan + record PDF whose second page is stored rotated (landscape DVH "
          "table). Post-operative L2 target 24 Gy in 2 fractions, vacuum bag, CBCT; post-op MRI and "
          "planning CT. Hardware named 'T12-L4' is no target.",
    docs=[
        Doc("1_operative_note.txt", text=f"""
OPERATIVE NOTE - BRIGHTWATER NEUROSURGERY
{patient(11)}  MRN {mrn(11)}  Date of surgery 05/04/2026
Procedure: L2 laminectomy and circumferential epidural decompression (separation surgery); posterior instrumented fixation T12-L4.
Findings: metastatic breast carcinoma of L2 with ventral epidural disease; dura decompressed widely.
Plan: refer for post-operative spine stereotactic radiotherapy at about three weeks.
Surgeon: Lysander Achterberg-Nkemelu, MD
"""),
        Doc("2_plan_and_record.pdf", [[
            H1("Post-operative Spine SBRT - Plan and Delivery"),
            KeyValue([("Target", "PTV_L2_postop (L2 body, pedicles, epidural space; CTV per consensus contouring)"),
                      ("Dose", "2400 cGy in 2 fractions of 1200 cGy"),
                      ("Unit", "6 MV gantry linac, 6DOF couch, 2 VMAT arcs, Rx to the 85% isodose"),
                      ("Immobilisation", "vacuum bag + knee rest"),
                      ("Imaging", "post-op MRI 05/20/2026; planning CT 05/21/2026 (metal artefact reduction)"),
                      ("IGRT", "CBCT before each fraction, repeated after couch correction")]),
            RuledTable([("Fx", "Date", "Dose cGy", "Cumulative cGy", "Verified by"),
                        ("1", "05/26/2026", "1200", "1200", "CBCT x2"),
                        ("2", "05/29/2026", "1200", "2400", "CBCT x2")]),
            P("Course complete 05/29/2026: 24 Gy in 2 fractions to the L2 post-operative target."),
        ], [
            H2("DVH summary (landscape)"),
            RuledTable([("Structure", "Volume cc", "D0.035cc cGy", "D10% cGy", "Dmean cGy", "Limit", "Met?"),
                        ("PTV_L2_postop", "41.2", "2688", "2550", "2461", "V2400 >= 90%", "yes (92%)"),
                        ("Cauda_PRV", "6.1", "1598", "1320", "702", "D0.035 < 1600", "yes"),
                        ("Bowel", "310", "1004", "411", "120", "D5cc < 1250", "yes"),
                        ("Kidney_L", "154", "498", "260", "88", "Dmean < 600", "yes")]),
            sig("Perpetua Ombasa-Lindgren, MD 05/29/2026"),
        ]], opts=dict(rotate={2: 90}, header=banner("BRIGHTWATER CANCER INSTITUTE", "LODESTAR TPS (invented)", 11, "01/21/1964", "05/29/2026"))),
    ])

# c49_12 -- ehr_text: dictated re-irradiation consult+completion, T6 after 30 Gy/10 in 2024; 63621 claimed wrongly --
add(name="c49_12", kind="ehr_text", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T6 vertebral metastasis (re-irradiation)", "spinal", None, 20, 2)],
    categories=cats(plan=False),
    notes="Dictated completion note of a spine re-irradiation: T6 previously treated with 30 Gy in 10 "
          "fractions in 2024 (conventional, elsewhere); now 20 Gy in 2 fractions of 10 Gy SBRT on a gantry linac "
          "with a body cradle and CBCT. One spinal lesion: 63621 is inconsistent. T5 and T7 are named only as "
          "cord constraint levels. The note gives the dose but no target volume, arcs, isodose or planning "
          "system: plan unmet.",
    docs=[Doc("c49_12.txt", text=f"""
KINGSMERE ONCOLOGY PARTNERS - SPINE RADIOSURGERY COMPLETION NOTE
{patient(12)} / {mrn(12)} / dictated 12/01/2026, transcribed 12/02/2026

This is a sixty-nine year old man with prostate cancer whose T6 vertebra was treated with palliative radiotherapy, thirty gray in ten fractions, at Oakhurst in March 2024. He has now progressed at the same level with new right-sided pain, and the MRI on the ninth of November shows tumour in the T6 body and right pedicle without cord compression.

We re-treated T6 with stereotactic body radiotherapy, twenty gray in two fractions of ten gray, on the twenty-fourth and twenty-sixth of November, on our gantry linear accelerator. He lay in a custom body cradle, and cone-beam CT matched to the vertebrae before each fraction. Planning used a CT of the twentieth, fused with the November MRI. Accounting for the earlier course, the cord maximum was held to twelve gray for this course, with the T5 and T7 cord segments included in the planning-risk volume. Both fractions were given as planned.

Pain is already a little better. Review in four weeks.

Ines Halvorsen-Adebayo, MD
{FOOT}
""")])


# c49_13 -- ehr_text: pipe export, peripheral RUL lung 54 Gy / 3, 4DCT, PET, vacuum bag -----------------------------
add(name="c49_13", kind="ehr_text", codes=["77373", "77435", "G0339"],
    facts=F("linac", ["body"], 1, 3, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("RUL peripheral nodule", "body", None, 54, 3)],
    categories=cats(),
    notes="Pipe-separated record export with a repeated page banner: peripheral right upper lobe NSCLC, 54 Gy in "
          "3 fractions of 18 Gy on a gantry linac, 4DCT planning and staging PET, vacuum bag with arms up, CBCT "
          "each fraction; fractions every other day. G0339 (robotic linac only) is claimed on a gantry-linac course: inconsistent.",
    docs=[Doc("c49_13.txt", text=f"""
==== MEADOWCROFT THORACIC ONCOLOGY | FALCONRT export (invented) | {patient(13)} | {mrn(13)} | page 1 of 2 ====
SECTION|FIELD|VALUE
COURSE|intent|curative
COURSE|diagnosis|C34.11 NSCLC right upper lobe, cT1bN0M0, peripheral, 2.1 cm
COURSE|staging|FDG PET-CT 2026-05-02 (SUVmax 7.4, no nodal uptake), registered to the 4DCT for GTV delineation
SIM|date|2026-05-14
SIM|scan|4DCT 10 phases, 2 mm, ITV from MIP + all phases
SIM|immobilisation|vacuum bag, arms above head, knee wedge
RX|target|PTV_RUL (ITV + 5 mm)
RX|dose|5400 cGy
RX|fractions|3
RX|schedule|every other day
RX|unit|6 MV FFF gantry linac
RX|technique|VMAT 2 partial arcs, Rx to 80% isodose
==== MEADOWCROFT THORACIC ONCOLOGY | FALCONRT export (invented) | {patient(13)} | {mrn(13)} | page 2 of 2 ====
FX|date|delivered_cGy|running_cGy|igrt|status
FX|2026-05-21|1800|1800|CBCT tumour match 2.1 mm|TREATED
FX|2026-05-23|1800|3600|CBCT tumour match 1.4 mm|TREATED
FX|2026-05-26|1800|5400|CBCT tumour match 1.7 mm|TREATED
END|course_total_cGy|5400
END|physics_second_check|MU independent calc 0.8% (2026-05-18)
END|signed|Aurelio Fitzwilliam-Chukwu MD 2026-05-26
{FOOT}
""")])

# c49_14 -- bundle: robotic liver 45 Gy / 3 with fiducials; summary letter says 54 Gy (contradiction) ------------------
add(name="c49_14", kind="bundle", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("segment VII hepatocellular carcinoma", "body", None, 45, 3)],
    categories=cats(),
    contradiction="The completion letter says the liver tumour received 54 Gy, while the per-session record gives three fractions of 1500 cGy totalling 4500 cGy.",
    notes="Two files: a per-session robotic-arm linac record (three fiducials placed 09/02, respiratory-synchronised "
          "fiducial tracking, vacuum cushion, 1500 cGy x 3 = 4500 cGy) and a dictated completion letter that gives "
          "the total as fifty-four gray (contradiction; gold follows the record: 45 Gy). Triphasic CT and MRI "
          "planning.",
    docs=[
        Doc("1_session_record.pdf", [[
            H1("Treatment Sessions - Liver SBRT"),
            KeyValue([("Unit", "robotic-arm linac, respiratory synchronised tracking on 3 gold fiducials"),
                      ("Fiducials", "3 x gold seeds placed percutaneously 09/02/2026 (IR)"),
                      ("Immobilisation", "vacuum cushion"),
                      ("Planning", "triphasic contrast CT 09/09/2026 + liver MRI (hepatobiliary phase) 09/08/2026"),
                      ("Target", "PTV_SEG7 (HCC, 3.1 cm)"), ("Rx", "4500 cGy / 3 fx to 70% IDL")]),
            RuledTable([("Session", "Date", "Beams", "Correlation err mm", "Delivered cGy", "Total cGy", "State"),
                        ("1", "09/15/2026", "164", "1.9", "1500", "1500", "done"),
                        ("2", "09/17/2026", "164", "2.3", "1500", "3000", "done"),
                        ("3", "09/19/2026", "164", "1.6", "1500", "4500", "done")]),
        ]], opts=dict(header=banner("STAVELEY DIGESTIVE CANCER UNIT", "ORRERY-RV (invented)", 14, "06/02/1950", "09/19/2026"))),
        Doc("2_completion_letter.txt", text=f"""
STAVELEY DIGESTIVE CANCER UNIT
09/21/2026
Re: {patient(14)} ({mrn(14)})

Dear Dr. Quennell-Afolabi,

Your patient completed stereotactic body radiotherapy to the segment seven hepatocellular carcinoma on the nineteenth, fifty-four gray in three fractions, with fiducial tracking on the robotic system. Liver function was stable throughout (Child-Pugh A5). We will repeat the MRI and AFP in three months.

Kind regards,
Wilhelmina Acheampong-Vance, MD
{FOOT}
"""),
    ])


# c49_15 -- scan: prescription with revisions, prostate 36.25 Gy / 5, fiducials + spacer ----------------------------
add(name="c49_15", kind="scan", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Scanned prescription sheet (185 dpi) with a revision history: rev A 40 Gy / 5 to the prostate, rev B "
          "(signed, active) 36.25 Gy / 5 after the spacer gel and fiducial placement; treatment delivery block at "
          "the bottom with five dates and 725 cGy each. Gantry linac, three fiducials, hydrogel spacer, "
          "knee-and-foot immobiliser, CT + MRI fusion, CBCT/fiducial match.",
    docs=[Doc("c49_15.pdf", [[
        H1("EXTERNAL BEAM PRESCRIPTION - SBRT PROSTATE"),
        KeyValue([("Patient", f"{patient(15)}   MRN {mrn(15)}"), ("Diagnosis", "C61 adenocarcinoma prostate, Gleason 3+4, PSA 8.1"),
                  ("Site", "prostate (CTV = prostate + proximal 1 cm seminal vesicles)"),
                  ("Technique", "SBRT, VMAT 2 arcs, 10 MV FFF gantry linac"),
                  ("Devices", "3 gold fiducial markers + hydrogel rectal spacer placed 06/03/2026; knee and foot immobiliser"),
                  ("Imaging for planning", "CT 06/10/2026 fused with MRI pelvis 06/10/2026"),
                  ("IGRT", "CBCT with fiducial match before each fraction")]),
        RuledTable([("Rev", "Dose per fx (cGy)", "Fx", "Total (cGy)", "Reason", "Status", "Signed"),
                    ("A", "800", "5", "4000", "initial", "superseded 06/09", "Dr. C. Ferreira-Hollis"),
                    ("B", "725", "5", "3625", "dose de-escalated, spacer placed", "ACTIVE", "Dr. C. Ferreira-Hollis 06/11")]),
        H2("Delivery"),
        RuledTable([("Fx", "Date", "cGy", "Cum cGy", "Init."),
                    ("1", "06/16", "725", "725", "RT/LM"), ("2", "06/18", "725", "1450", "RT/LM"),
                    ("3", "06/20", "725", "2175", "RT/JS"), ("4", "06/23", "725", "2900", "RT/LM"),
                    ("5", "06/25", "725", "3625", "RT/JS")]),
        P("Course completed 06/25/2026 - 36.25 Gy in 5 fractions."),
        sig("Cassius Ferreira-Hollis, MD 06/25/2026"),
    ]], opts=dict(header=["ELMSTEAD UROLOGIC RADIOTHERAPY - PRESCRIPTION (revision controlled)"],
                  scan=True, scan_dpi=185, scan_skew=0.8, scan_noise=4))])

# c49_16 -- bundle: dictated consult (42 Gy/3 proposed) + physics second check (40 Gy/5 delivered), kidney --------------
add(name="c49_16", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT"], ["body_immobilization"]),
    lesions=[L("left renal upper-pole RCC", "body", None, 40, 5)],
    categories=cats(),
    notes="Two files: a dictated consult proposing 42 Gy in 3 fractions for a 4.4 cm left upper-pole renal cell "
          "carcinoma (not a surgical candidate), and a physics second-check worksheet plus delivery summary for "
          "the changed plan, 40 Gy in 5 fractions of 8 Gy, with 4DCT, abdominal compression belt in a vacuum "
          "bag and daily CBCT. MRI mentioned only as contraindicated (pacemaker): imaging CT only.",
    docs=[
        Doc("1_consult.txt", text=f"""
RADIATION ONCOLOGY NEW PATIENT - HARROWFIELD KIDNEY CLINIC
{patient(16)}, MRN {mrn(16)}, seen 10/06/2026

Seventy-eight year old man with a four point four centimetre enhancing mass in the upper pole of the left kidney, biopsy-proven clear cell carcinoma. He has severe COPD and is not fit for nephrectomy or ablation. He has a pacemaker that is not MRI-conditional, so MRI is contraindicated and we will plan on CT. I recommend stereotactic ablative radiotherapy, forty-two gray in three fractions, with a 4DCT and an abdominal compression belt. We went through fatigue, nausea and a modest fall in renal function. He agrees.

Rowena Achebe-Lindahl, MD (dictated, not reviewed)
"""),
        Doc("2_second_check.pdf", [[
            H1("Physics Second Check + Delivery Summary"),
            KeyValue([("Plan", "KID_L_40Gy5 (replaces KID_L_42Gy3, withdrawn: duodenum constraint)"),
                      ("Rx", "4000 cGy in 5 x 800 cGy to PTV_KID_L, 80% IDL"),
                      ("Sim", "4DCT 2 mm 10/13/2026, ITV; compression belt within vacuum bag"),
                      ("Unit", "gantry linac 6 MV FFF, 2 VMAT arcs")]),
            RuledTable([("Check", "Primary TPS", "Independent", "Diff", "Tolerance", "Result"),
                        ("MU arc 1", "1322", "1338", "1.2%", "3%", "pass"),
                        ("MU arc 2", "1297", "1305", "0.6%", "3%", "pass"),
                        ("Point dose iso (cGy)", "842", "849", "0.8%", "3%", "pass"),
                        ("Duodenum D0.03cc (cGy)", "3010", "-", "-", "< 3200", "pass")]),
            H2("Delivery summary"),
            RuledTable([("Fx", "Date", "cGy", "CBCT"), ("1", "10/20/2026", "800", "yes"), ("2", "10/22/2026", "800", "yes"),
                        ("3", "10/24/2026", "800", "yes"), ("4", "10/27/2026", "800", "yes"), ("5", "10/29/2026", "800", "yes")]),
            P("Total delivered 4000 cGy / 5. Course closed 10/29/2026."),
            sig("Ptolemy Garrido-Okafor, MS, DABR 10/29/2026"),
        ]], opts=dict(header=banner("HARROWFIELD KIDNEY CLINIC", "SEXTANT Check (invented)", 16, "03/03/1948", "10/29/2026"))),
    ])

# c49_17 -- pdf: oligometastatic course, left adrenal + LLL nodule, plan report with several dose columns ------------
_c, _s = "BELLWOOD MULTI-SITE SBRT SERVICE", "ALMANAC Plan Report (invented)"
add(name="c49_17", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("PTV_ADR_L left adrenal", "body", None, 40, 5), L("PTV_LLL left lower lobe", "body", None, 50, 5)],
    categories=cats(),
    notes="Oligometastatic colorectal cancer: one gantry-linac course treating the left adrenal (40 Gy / 5) and a "
          "left lower lobe nodule (50 Gy / 5) on the same five days, plan report with Rx, D95, D2%, Dmean columns; "
          "4DCT and PET; vacuum bag; per-day record with both targets per day. Five fractions, two body lesions.",
    docs=[Doc("c49_17.pdf", [[
        H1("Plan Report - Oligometastatic SBRT (2 targets, 2 isocentres)"),
        KeyValue([("Unit", "6 MV FFF gantry linac"), ("Immobilisation", "vacuum bag, arms up"),
                  ("Simulation", "4DCT 08/03/2026; FDG PET-CT 07/28/2026 registered"),
                  ("Motion management", "ITV from 4DCT; CBCT each target each day")]),
        RuledTable([("Target", "Rx Gy", "Fx", "D95 Gy", "D2% Gy", "Dmean Gy", "Vol cc"),
                    ("PTV_ADR_L", "40.0", "5", "40.1", "48.9", "45.2", "38.7"),
                    ("PTV_LLL", "50.0", "5", "50.3", "63.0", "56.1", "14.2")]),
        H2("Delivery"),
        RuledTable([("Date", "Fx", "PTV_ADR_L Gy", "PTV_LLL Gy", "Status"),
                    ("08/10/2026", "1", "8", "10", "treated"), ("08/12/2026", "2", "8", "10", "treated"),
                    ("08/14/2026", "3", "8", "10", "treated"), ("08/17/2026", "4", "8", "10", "treated"),
                    ("08/19/2026", "5", "8", "10", "treated")]),
        P("Totals: PTV_ADR_L 40 Gy, PTV_LLL 50 Gy. Stomach D0.03cc 28.4 Gy; left kidney Dmean 6.2 Gy; cord Dmax 17.0 Gy."),
        sig("Leocadia Sowande-Marsh, MD 08/19/2026"),
    ]], opts=dict(header=banner(_c, _s, 17, "11/19/1959", "08/19/2026")))])


# c49_18 -- hard negative: SBRT prescription approved, course cancelled before the first fraction --------------------
add(name="c49_18", kind="ehr_text", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a key: value course export for a pancreatic SBRT course (33 Gy in 5 fractions planned on "
          "an MR-guided linac) whose status is 'Cancelled - 0 of 5 delivered' because the patient was admitted with "
          "cholangitis and moved to comfort care. Nothing delivered: facts empty, categories unmet.",
    docs=[Doc("c49_18.txt", text=f"""
--- OAKENSHAW RADIATION SERVICES / MERIDIAN-CX course export (invented) / printed 2026-11-20 ---
Patient ............ {patient(18)}
MRN ................ {mrn(18)}
Course ............. PANC_SBRT
Diagnosis .......... C25.0 adenocarcinoma head of pancreas, locally advanced
Planned treatment .. 3300 cGy in 5 fractions, MR-guided gantry linac, adaptive
Simulation ......... booked 2026-11-10, NOT performed (patient inpatient)
Plan status ........ Draft - never approved
Course status ...... CANCELLED 2026-11-18 - 0 of 5 fractions delivered
Reason ............. admitted with cholangitis; after family meeting, comfort-focused care
Comment ............ Please void scheduled sessions and the simulation charge.
Entered by ......... Juniper Okwuosa-Hale, RN, 2026-11-18 16:02
{FOOT}
""")])

# c49_19 -- hard negative: follow-up MRI report, radiosurgery history only -------------------------------------------
add(name="c49_19", kind="ehr_text", codes=["77372", "77432", "61796"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a radiology report of a surveillance brain MRI describing three lesions 'status post "
          "radiosurgery' in 2025 (with their earlier doses quoted from the history) and recommending a "
          "radiation-oncology review of a new 4 mm focus. No course is documented: facts empty.",
    docs=[Doc("c49_19.txt", text=f"""
GLENRIDDING IMAGING - MRI BRAIN WITH AND WITHOUT CONTRAST
Patient: {patient(19)}   MRN: {mrn(19)}   Exam date: 10/14/2026   Accession: GI-5512098

CLINICAL HISTORY: Non-small cell lung cancer. Radiosurgery 02/2025 to three brain metastases (right frontal 20 Gy, left parietal 20 Gy, right cerebellar 18 Gy, single session, per the referring note). Surveillance.

COMPARISON: 07/08/2026.

FINDINGS: The treated right frontal lesion has decreased to 3 mm with surrounding gliosis. The left parietal lesion is unchanged at 5 mm with mild T2 signal. The right cerebellar lesion is no longer seen. NEW: a 4 mm enhancing focus in the left superior frontal gyrus. No hydrocephalus. No haemorrhage.

IMPRESSION:
1. Treated metastases stable or improved.
2. New 4 mm left frontal enhancing lesion, likely metastasis. Radiation oncology review suggested.

Dictated by: Fitzgerald Amankwah-Berg, MD, Neuroradiology   10/14/2026
{FOOT}
""")])

# c49_20 -- hard negative-ish: 35 Gy in 7 fractions cavity (more than 5 fractions), SRS codes claimed -------------------
add(name="c49_20", kind="ehr_text", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 7, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal resection cavity", "cranial", C, 35, 7)],
    categories=cats(),
    notes="Hard negative of the fractionation kind: a dictated completion summary of hypofractionated "
          "stereotactic radiotherapy to a 4.6 cm left frontal resection cavity, 35 Gy in 7 fractions of 5 Gy on a "
          "gantry linac with a mask and daily CBCT. More than 5 fractions: every claimed code is inconsistent and "
          "no delivery code applies.",
    docs=[Doc("c49_20.txt", text=f"""
TREATMENT SUMMARY - QUARRYFIELD CANCER CENTRE
Patient {patient(20)}  |  MRN {mrn(20)}  |  dictated 09/30/2026

Course: hypofractionated stereotactic radiotherapy, left frontal resection cavity.
Background: a four point six centimetre left frontal metastasis from renal cell carcinoma was resected on the eleventh of August. Given the size of the cavity we chose a seven-fraction schedule rather than single-session or five-fraction radiosurgery.
Planning: CT simulation with a thermoplastic mask on the eighth of September, fused with the post-operative contrast MRI of the fifth. The cavity was contoured with a two millimetre margin and planned with three non-coplanar arcs to the eighty percent isodose.
Delivery: thirty-five gray in seven fractions of five gray, from the fifteenth to the twenty-third of September, on the gantry linear accelerator with daily cone-beam CT. All seven fractions delivered.
Plan: MRI in two months; continue immunotherapy.

Severin Adjei-Holmqvist, MD
{FOOT}
""")])


CORPUS = Corpus("blind_corpus49", "tests/blind_corpus49", CHARTS, pdf_options={"footer": FOOT, "font": "Helvetica"},
                hand_written=["README.md", "FIRST_RUN.md"])
