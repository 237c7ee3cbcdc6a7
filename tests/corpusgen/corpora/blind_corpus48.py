"""Forty-eighth blind corpus, ``tests/blind_corpus48/`` (regenerate: ``python scripts/make_corpus.py blind_corpus48``).

Twenty courses written as records from clinics outside the United States and from academic centres: British,
Australian, Canadian, Irish and Indian English (tumour, centre, haemorrhage, SABR, SRS/SRT/FSRT, "24 Gy/3#",
"27 Gy / 3 fr"), day-first dates, decimal commas beside decimal points, ICRU-91-style dose-volume
prescriptions (D98%, D95%, D50%, D2%, Dmax, "to cover 95% of the PTV", "to the 80% isodose"), BED and EQD2
beside the dose, MDT outcome letters, GP letters copied to the patient, consultant and registrar signatures.
The codes claimed are US codes (a US coder reviewing records from abroad). Every clinic and system is invented.
Three charts contradict themselves (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (letters and exports are deliberately one long line per paragraph or record)

from __future__ import annotations

from pdfmaker import BulletList, ColumnBreak, KeyValue, RuledTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["AOIFE", "BRANWEN", "CALLUM", "DEEPIKA", "EOGHAN", "FINLAY", "GRAINNE", "HAMISH", "ISHAAN", "JOCASTA",
         "KIRRILY", "LACHLAN", "MAIREAD", "NAVEEN", "ORLA", "PRIYANKA", "RUAIRI", "SIOBHAN", "TAMSIN", "WINIFRED"]


def patient(n: int) -> str:
    return f"FORTYEIGHTPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-480{n:02d}"


def banner(clinic: str, what: str, n: int, dob: str) -> list[str]:
    return [f"{clinic}  |  {what}", f"Hospital No. {mrn(n)}   {patient(n)}   DOB {dob}"]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# b48_01 -- bundle (3 files): MDT outcome, cobalt frame plan summary, clinic letter to GP cc patient ----------------
_c = "NORTHWOLD REGIONAL NEUROSCIENCES CENTRE"
add(name="b48_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 3, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right frontal metastasis (A)", "cranial", S, 20, 1), L("left parietal metastasis (B)", "cranial", S, 20, 1),
             L("right cerebellar metastasis (C)", "cranial", S, 18, 1)],
    categories=cats(),
    notes="British three-document bundle: neuro-oncology MDT outcome (recommends SRS to three metastases, one "
          "further 2 mm focus to be watched), a cobalt-60 plan summary with D98%/D2%/Dmax columns and '50% isodose' "
          "per target, and the consultant's clinic letter to the GP copied to the patient ('5 Nov 2026', tumour, "
          "haemorrhage). Single session under a stereotactic head frame, stereotactic MRI and CT. "
          "The 2 mm focus is observed, not treated: three lesions.",
    docs=[
        Doc("1_mdt_outcome.txt", text=f"""
NORTHWOLD REGIONAL NEUROSCIENCES CENTRE
Neuro-oncology Multidisciplinary Team Meeting - OUTCOME
Meeting date: 29/10/2026          Hospital No.: {mrn(1)}          NHS-style No.: 000 000 0001 (synthetic)
Patient: {patient(1)}          DOB: 14/02/1961

Presenting consultant: Dr Imelda Frayne-Whitlock, Consultant Clinical Oncologist
Clinical summary: NSCLC (adenocarcinoma, EGFR wild type), on pembrolizumab. Restaging MRI brain 22/10/2026: three enhancing
lesions - right frontal 14 mm, left parietal 11 mm, right cerebellar 19 mm with a little perilesional oedema; no haemorrhage.
A further 2 mm focus in the left occipital lobe is equivocal.

MDT outcome:
1. Stereotactic radiosurgery (SRS) to the three measurable lesions, single fraction, on the cobalt-60 unit under frame.
2. The 2 mm left occipital focus to be kept under MRI surveillance and NOT treated at present.
3. Continue systemic therapy; dexamethasone 2 mg od until SRS.
Present: neurosurgery, clinical oncology, neuroradiology, CNS nurse specialist.
{FOOT}
"""),
        Doc("2_plan_summary.pdf", [[
            H1("Radiosurgery plan summary - multi-source cobalt-60 unit"),
            KeyValue([("Treatment date", "05/11/2026"), ("Fixation", "Stereotactic head frame, 4 pins, applied 07:40 under local anaesthetic"),
                      ("Imaging", "Stereotactic MRI (T1 post-gadolinium, 1 mm) 08:15; stereotactic CT 1 mm 08:40, fused"),
                      ("Planning system", "KESTREL-GP 4.1"), ("Prescription", "Marginal dose to the 50% isodose, single fraction")]),
            RuledTable([("Target", "Vol (cm3)", "Rx (Gy)", "IDL", "D98% (Gy)", "D50% (Gy)", "D2% (Gy)", "Dmax (Gy)", "Shots"),
                        ("A  R frontal", "1,02", "20", "50%", "20,3", "29,8", "38,1", "40,0", "5"),
                        ("B  L parietal", "0,61", "20", "50%", "20,1", "30,2", "38,6", "40,0", "3"),
                        ("C  R cerebellar", "2,87", "18", "50%", "18,2", "26,9", "34,4", "36,0", "11")]),
            H2("OAR"),
            RuledTable([("Structure", "Dmax (Gy)", "Tolerance"), ("Brainstem", "8,9", "< 15 Gy"), ("Chiasm", "1,1", "< 8 Gy"),
                        ("Brain V12Gy", "5,3 cm3", "< 10 cm3")]),
            P("Frame coordinate check on the couch before delivery: within 0,3 mm. Treatment delivered 05/11/2026, 10:52-12:04, "
              "all 19 shots, no interruption."),
            sig("Dr O. Penhallow, Clinical Scientist (Radiotherapy Physics) 05/11/2026"),
        ]], opts=dict(header=banner(_c, "Radiosurgery Physics", 1, "14/02/1961"))),
        Doc("3_letter_to_GP.pdf", [[
            P("NORTHWOLD REGIONAL NEUROSCIENCES CENTRE - Department of Clinical Oncology"),
            P("Dictated: 05 Nov 2026     Typed: 06 Nov 2026"),
            P("Dr R. Castleby, The Old Mill Surgery, Hatherleigh Road"),
            P(f"Re: {patient(1)}, DOB 14/02/1961, Hosp No {mrn(1)}"),
            P("Diagnosis: Metastatic NSCLC; three brain metastases. Treatment: SRS 20 Gy / 20 Gy / 18 Gy in 1# on 5 Nov 2026."),
            P("Dear Dr Castleby,"),
            P("I saw Mr Fortyeightpatient today when he attended for his radiosurgery. As agreed at the MDT, a stereotactic frame "
              "was fitted under local anaesthetic this morning and, after stereotactic MRI and CT, all three tumours were treated "
              "in a single session: the right frontal and left parietal lesions received 20 Gy and the right cerebellar lesion "
              "18 Gy, each to the 50% isodose. The tiny left occipital focus was not treated and will be watched. There was no "
              "haemorrhage or seizure and the frame was removed at 12:15."),
            P("I have asked him to reduce dexamethasone to 1 mg for one week and then stop. He will have an MRI at 8 weeks and "
              "I will see him with the result. I would be grateful if you could check his blood glucose while he is on steroids."),
            P("Yours sincerely,"),
            sig("Dr Imelda Frayne-Whitlock, MB BS FRCR, Consultant Clinical Oncologist"),
            P("cc: Mr Fortyeightpatient (patient copy); Mr T. Alderbrook, Consultant Neurosurgeon"),
        ]]),
    ])

# b48_02 -- pdf: Australian single-isocentre linac SRS, 5 metastases, D98/D2 plan summary ----------------------------
_c = "KOORINGAL COAST CANCER CENTRE"
add(name="b48_02", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 5, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("PTV1 L frontal", "cranial", S, 22, 1), L("PTV2 R parietal", "cranial", S, 22, 1),
             L("PTV3 R occipital", "cranial", S, 20, 1), L("PTV4 L cerebellum", "cranial", S, 20, 1),
             L("PTV5 R temporal", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Australian plan-and-treatment summary of single-isocentre multi-target linac SRS: five metastases "
          "prescribed so that 'D98% >= Rx' (22/22/20/20/18 Gy in 1#) with D98%, D50%, D2% and Dmax columns and a "
          "'Rx isodose' of 80%; frameless mask with surface guidance, CBCT + 6DoF couch. Dates day-first "
          "(02/12/2026). Isocentre ISO_1 is not a lesion.",
    docs=[Doc("b48_02.pdf", [[
        H1("STEREOTACTIC RADIOSURGERY - PLAN & TREATMENT SUMMARY"),
        KeyValue([("Patient", f"{patient(2)}"), ("URN", mrn(2)), ("Treating RO", "Dr Hugh Tennant-Yarra, Radiation Oncologist (FRANZCR)"),
                  ("Linac", "6 MV FFF gantry linac, 2.5 mm MLC, 6DoF couch"), ("Immobilisation", "Open-face thermoplastic mask, surface-guided monitoring"),
                  ("Planning imaging", "CT sim 1 mm (24/11/2026) fused with volumetric MRI T1+C (23/11/2026)"),
                  ("Technique", "Single isocentre (ISO_1), 4 non-coplanar VMAT arcs, planning system LYREBIRD 2.3"),
                  ("Prescription convention", "ICRU 91: D98% of each PTV to receive the prescribed dose; PTV = GTV + 1 mm")]),
        RuledTable([("PTV", "Site", "Vol cc", "Rx Gy/#", "Rx isodose", "D98% Gy", "D50% Gy", "D2% Gy", "Dmax Gy"),
                    ("PTV1", "L frontal", "0.84", "22 / 1", "80%", "22.1", "25.6", "27.3", "27.6"),
                    ("PTV2", "R parietal", "1.31", "22 / 1", "80%", "22.0", "25.9", "27.4", "27.7"),
                    ("PTV3", "R occipital", "2.10", "20 / 1", "80%", "20.2", "23.4", "24.9", "25.1"),
                    ("PTV4", "L cerebellum", "0.47", "20 / 1", "80%", "20.0", "23.6", "24.8", "25.0"),
                    ("PTV5", "R temporal", "4.62", "18 / 1", "80%", "18.1", "21.0", "22.3", "22.5")]),
        P("OAR: brainstem D0.03cc 7.4 Gy; optic chiasm D0.03cc 2.0 Gy; brain-minus-PTVs V12Gy 7.9 cc."),
        H2("Treatment record"),
        RuledTable([("Date", "Fraction", "Imaging", "Correction", "Arcs", "Status"),
                    ("02/12/2026", "1 of 1", "CBCT+SGRT", "0.8 mm", "4/4", "Completed, 5/5 PTVs")]),
        P("Tolerated well; no nausea. MRI in 6-8 weeks. Discussed with Dr Tennant-Yarra."),
        sig("Dr Hugh Tennant-Yarra, Radiation Oncologist 02/12/2026"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 2, "30/06/1957")))])

# b48_03 -- pdf letter: Canadian post-op cavity FSRT 30 Gy/5 fr, BED, letter to referring surgeon -------------------
_c = "LAURENTIAN UNIVERSITY HEALTH CENTRE - ODETTE-LAMARRE CANCER PROGRAM"
add(name="b48_03", kind="pdf", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal resection cavity", "cranial", S, 30, 5)],
    categories=cats(),
    notes="Canadian completion letter to the referring neurosurgeon: post-operative fractionated stereotactic "
          "RT (FSRT) to a 3.1 cm right frontal resection cavity, 30 Gy / 5 fr (BED10 48 Gy quoted), prescribed "
          "to cover 95% of the PTV with the 80% isodose, gantry linac, mask, planning CT + MRI, daily CBCT. "
          "Whole-brain RT was discussed and declined. Cavity under 3.5 cm and no critical location: simple.",
    docs=[Doc("b48_03.pdf", [[
        P("LAURENTIAN UNIVERSITY HEALTH CENTRE - Odette-Lamarre Cancer Program, Radiation Oncology"),
        P("14 November 2026"),
        P("Dr Mathieu Brosseau-Kerr, Neurosurgery, 7th floor, Laurentian General"),
        P(f"RE: {patient(3)}   MRN {mrn(3)}   DOB 09/08/1970   (day/month/year)"),
        P("Dear Dr Brosseau-Kerr,"),
        P("Thank you for referring Ms Fortyeightpatient following your gross total resection of a right frontal melanoma metastasis "
          "on 6 October. I am pleased to report that she has completed post-operative fractionated stereotactic radiotherapy (FSRT) "
          "to the resection cavity."),
        P("Planning: a thermoplastic SRS mask was made on 26/10/2026, with a 1 mm planning CT fused to her post-operative MRI "
          "(T1 post-contrast, 25/10/2026). The cavity measured 3.1 cm in greatest dimension; the CTV was the cavity plus 1 mm along the "
          "dura and the PTV a further 2 mm. Using two VMAT arcs on a 6 MV linac, 30 Gy in 5 fractions was prescribed to the 80% "
          "isodose so as to cover 95% of the PTV (BED10 48 Gy; EQD2 40 Gy, alpha/beta 10). Dmax was 37,4 Gy and brain V24Gy 9,8 cc."),
        P("Treatment: 02/11, 04/11, 06/11, 09/11 and 11/11/2026, each fraction after cone-beam CT with a 6-degree-of-freedom couch "
          "correction. She received the full 30 Gy in 5 fractions without a break. Fatigue was mild; no headache or seizure."),
        P("We discussed whole-brain radiotherapy and she declined it. I have arranged an MRI brain for January and will see her "
          "afterwards; she continues on adjuvant nivolumab with Dr Okafor-Lindqvist."),
        P("Yours sincerely,"),
        sig("Dr Genevieve Aucoin-Marsh, MD FRCPC, Radiation Oncologist"),
        P("Dictated but not read. cc: Dr P. Okafor-Lindqvist (Medical Oncology); family physician; patient"),
    ]])])

# b48_04 -- ehr_text: Indian robotic linac FSRT of vestibular schwannoma 25 Gy/5#, key: value export ------------------
add(name="b48_04", kind="ehr_text", codes=["G0339", "G0340", "77435", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left vestibular schwannoma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Indian key: value course export from a robotic-arm linac: left vestibular schwannoma (benign, complex "
          "by tumour type) 25 Gy/5# to the 78% isodose, D95% and Dmax, cochlea mean dose, skull tracking; "
          "day-first dates with month names (12-Oct-2026). Hearing-preservation intent; earlier watchful "
          "waiting MRIs are history, the planning MRI and CT are this course's.",
    docs=[Doc("b48_04.txt", text=f"""
SHRI ANANTHA INSTITUTE OF NEURO-ONCOLOGY, BENGALURU - Department of Radiation Oncology
ROBOTIC RADIOSURGERY COURSE REPORT   (exported from SARATHI-OIS 2.8)   Printed 21-Oct-2026 16:40

UHID                      : {mrn(4)}
Patient name              : {patient(4)}
Age / Sex                 : 52 Y / F
Diagnosis                 : Left vestibular schwannoma (Koos grade II), 2.1 x 1.6 x 1.4 cm, progressive on serial MRI (2024-2026)
Intent                    : Radical, hearing preservation (Gardner-Robertson class II)
Technique                 : Fractionated stereotactic radiotherapy (FSRT / hypofractionated SRS)
Treatment unit            : robotic-arm mounted 6 MV linac with orthogonal kV image-guided tracking
Immobilisation            : thermoplastic head mask (made 08-Oct-2026)
Planning CT               : 09-Oct-2026, 1 mm, contrast
Planning MRI              : 09-Oct-2026, 3D T1 post-gadolinium + CISS 0.6 mm, fused to CT
Target volumes            : GTV = PTV (0 mm margin); PTV volume 2,41 cc
Prescription              : 25 Gy in 5 fractions (5 Gy/#) to the 78% isodose
Dose-volume               : D95% 25,2 Gy; D98% 24,9 Gy; D2% 31,4 Gy; Dmax 32,05 Gy; coverage 97,6%
OAR                       : L cochlea Dmean 3,9 Gy (limit < 5 Gy); brainstem D0.03cc 19,8 Gy; facial nerve not contoured
Beams / nodes             : 163 beams, 102 nodes, fixed collimators 7.5 and 10 mm
Tracking                  : 6D skull tracking, imaging interval 30-60 s
Fraction 1                : 12-Oct-2026  5,0 Gy  delivered  (mean correction 0.4 mm)
Fraction 2                : 13-Oct-2026  5,0 Gy  delivered
Fraction 3                : 14-Oct-2026  5,0 Gy  delivered
Fraction 4                : 15-Oct-2026  5,0 Gy  delivered
Fraction 5                : 16-Oct-2026  5,0 Gy  delivered
Total delivered           : 25,0 Gy / 5# (BED10 37,5 Gy; EQD2(a/b 3) 40 Gy)
Course status             : COMPLETED
Toxicity (CTCAE v5)       : Grade 1 tinnitus, no facial weakness
Follow-up                 : MRI + audiogram at 6 months

Consultant                : Dr Lakshmi Venkatanarayanan, MD DNB, Consultant Radiation Oncologist   (signed 21-Oct-2026)
Physicist                 : Mr R. Iyengar-Dsouza, MSc (Med Phys), RSO
{FOOT}
""")])

# b48_05 -- scan: Irish per-fraction record, cobalt-60 unit with mask, 27 Gy/3 fr to a 3.6 cm metastasis -----------
_c = "ST BRENDAN'S UNIVERSITY HOSPITAL, GALWAY ROAD"
add(name="b48_05", kind="scan", codes=["77371", "77432", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 3, ["MRI"], ["mask"]),
    lesions=[L("left occipital metastasis", "cranial", C, 27, 3)],
    categories=cats(),
    notes="Scanned (160 dpi) Irish per-fraction treatment record from a mask-capable multi-source cobalt-60 unit: "
          "one 3.6 cm left occipital metastasis (complex by size) 27 Gy / 3 fr (9 Gy per fraction) at the 50% "
          "isodose, thermoplastic mask with infrared motion monitoring and on-unit cone-beam CT each day; MRI "
          "only (stereotactic reference from CBCT, 'planning CT not required'). Per-fraction dose and a "
          "cumulative column; EQD2 noted. The claimed single-session codes 77371/77432 are wrong for a 3-fraction "
          "course (77373/77435).",
    docs=[Doc("b48_05.pdf", [[
        H1("FRACTIONATED RADIOSURGERY - TREATMENT RECORD"),
        KeyValue([("Patient", patient(5)), ("MRN", mrn(5)), ("Unit", "Multi-source cobalt-60 radiosurgery unit (192 sources), mask model"),
                  ("Consultant", "Dr Nuala Brannigan-Hyde, Consultant Radiation Oncologist"),
                  ("Target", "Left occipital metastasis (renal cell), 3,6 cm max diameter"),
                  ("Prescription", "27 Gy / 3 fr, 9 Gy per fraction, to the 50% isodose (EQD2 a/b 10: 42,75 Gy)"),
                  ("Planning imaging", "MRI T1 + gadolinium 1 mm, 16/09/2026; planning CT not required (CBCT reference)"),
                  ("Immobilisation", "Thermoplastic mask + nose marker, infrared motion management (threshold 1,5 mm)"),
                  ("Plan", "CONNEMARA-GP 6, 22 shots, 4/8/16 mm collimation; coverage 98%, GI 2,8")]),
        RuledTable([("Fr", "Date", "CBCT reg. (mm)", "Dose this fr (Gy)", "Cumulative (Gy)", "Beam-on (min)", "RTT"),
                    ("1", "21/09/2026", "0,5", "9,0", "9,0", "38,2", "CMcG / AF"),
                    ("2", "23/09/2026", "0,3", "9,0", "18,0", "39,0", "CMcG / PD"),
                    ("3", "25/09/2026", "0,6", "9,0", "27,0", "38,7", "AF / PD")]),
        P("No intrafraction pauses exceeded threshold. Course complete 25/09/2026: 27 Gy in 3 fractions delivered to the left occipital "
          "metastasis. Review in clinic with MRI in 2 months."),
        sig("Dr Nuala Brannigan-Hyde, Consultant Radiation Oncologist 25/09/2026"),
    ]], opts=dict(header=banner(_c, "Radiosurgery Unit", 5, "03/03/1954"), scan=True, scan_dpi=160))])

# b48_06 -- pdf (two-column first page): UK linac SRS of 8 lesions, one 4 mm from the chiasm; 61796 claimed ----------
_c = "QUEEN ELSPETH INFIRMARY - ACADEMIC CLINICAL ONCOLOGY"
add(name="b48_06", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 8, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("M1 R frontal", "cranial", S, 20, 1), L("M2 L frontal", "cranial", S, 20, 1),
             L("M3 R parietal", "cranial", S, 20, 1), L("M4 L temporal", "cranial", S, 18, 1),
             L("M5 suprasellar (4 mm from chiasm)", "cranial", C, 15, 1), L("M6 R occipital", "cranial", S, 20, 1),
             L("M7 L cerebellar", "cranial", S, 20, 1), L("M8 vermis", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Academic-centre SRS report on one two-column page (clinical summary and technique | per-lesion list "
          "with D98%, D2% and Dmax): eight metastases in one session on a gantry linac, mask, CT "
          "+ MRI, CBCT. M5 lies 4 mm from the optic chiasm (complex by location, 15 Gy); the rest simple. "
          "The claimed 61796 is wrong because one lesion is complex (61798 first).",
    docs=[Doc("b48_06.pdf", [[
        H1("Stereotactic Radiosurgery Report (single fraction)"),
        H2("Clinical summary"),
        P(f"{patient(6)}, Hosp No {mrn(6)}, 64 y, HER2-positive breast cancer. Surveillance MRI 09/11/2026 showed eight "
          "new brain metastases, largest 16 mm. Neuro-oncology MDT 12/11/2026 recommended SRS over whole-brain RT "
          "(hippocampal-sparing WBRT discussed, not chosen)."),
        P("Performance status WHO 1. No haemorrhage on susceptibility imaging."),
        H2("Technique"),
        P("Open-face thermoplastic mask. Planning CT 1 mm and volumetric MRI T1+Gd 1 mm on 16/11/2026, rigidly registered. "
          "Two isocentres, dynamic conformal arcs, 6 MV FFF, planning system HEATHERPLAN 3.0. Prescription to the PTV "
          "periphery (GTV + 1 mm) at the 80% isodose. Pre-treatment CBCT and 6DoF correction; intrafraction CBCT between isocentres."),
        ColumnBreak(),
        H2("Per-lesion dosimetry and delivery (treated 19/11/2026, 1 fraction)"),
        BulletList([
            "M1 R frontal, 16 mm: Rx 20 Gy; D98% 20,1 / D2% 24,6 / Dmax 25,0 Gy - delivered",
            "M2 L frontal, 9 mm: Rx 20 Gy; D98% 20,3 / D2% 24,8 / Dmax 25,0 Gy - delivered",
            "M3 R parietal, 12 mm: Rx 20 Gy; D98% 20,0 / D2% 24,7 / Dmax 25,0 Gy - delivered",
            "M4 L temporal, 14 mm: Rx 18 Gy; D98% 18,1 / D2% 22,1 / Dmax 22,5 Gy - delivered",
            "M5 suprasellar, 7 mm, 4 mm from the optic chiasm: Rx 15 Gy; D98% 15,0 / D2% 18,5 / Dmax 18,8 Gy - delivered",
            "M6 R occipital, 6 mm: Rx 20 Gy; D98% 20,2 / D2% 24,9 / Dmax 25,0 Gy - delivered",
            "M7 L cerebellar, 11 mm: Rx 20 Gy; D98% 20,0 / D2% 24,6 / Dmax 25,0 Gy - delivered",
            "M8 vermis, 10 mm: Rx 18 Gy; D98% 18,2 / D2% 22,3 / Dmax 22,5 Gy - delivered"], numbered=False, marker="-"),
        P("Optic chiasm Dmax 8,2 Gy (tolerance 10 Gy single fraction, accepted). Brainstem D0.03cc 9,1 Gy. Brain V12 9,4 cc."),
        sig("Dr Ewan Macrae-Tolland, Specialty Registrar (ST5) 19/11/2026"),
        sig("Professor Ailsa Kinnersley, Consultant Clinical Oncologist 19/11/2026"),
    ]], opts=dict(header=banner(_c, "SRS service", 6, "21/07/1962"), two_columns=True))])

# b48_07 -- bundle (2 files): Australian cobalt frame SRS of a meningioma; letter dose disagrees (contradiction) -----
_c = "MURRUMBIDGEE NEUROSURGICAL & RADIOSURGERY CENTRE"
add(name="b48_07", kind="bundle", codes=["77371", "77432", "61796", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left parasagittal meningioma", "cranial", S, 13, 1)],
    categories=cats(),
    contradiction="The clinic letter to the GP says the meningioma received 12 Gy, while the radiosurgery plan and treatment record give 13 Gy to the 50% isodose.",
    notes="Benign target: a 2.4 cm left parasagittal meningioma (simple: benign but not one of the complex tumour "
          "types, under 3.5 cm, away from the optic apparatus) treated with a single cobalt-60 session under a "
          "frame, 13 Gy to the 50% isodose per the plan and record; the consultant's GP letter says 12 Gy. "
          "Australian wording and dates (4th November 2026).",
    docs=[
        Doc("1_plan_and_record.pdf", [[
            H1("GAMMA-SOURCE RADIOSURGERY: PLAN & TREATMENT RECORD"),
            KeyValue([("Patient / MRN", f"{patient(7)} / {mrn(7)}"), ("Date of treatment", "04/11/2026"),
                      ("Frame", "Stereotactic frame applied 07:25 (4 pins), removed 11:40"),
                      ("Imaging", "Stereotactic MRI T1+C 1 mm and stereotactic CT 1 mm, 04/11/2026"),
                      ("Target", "L parasagittal meningioma (WHO grade 1, imaging diagnosis), 2.4 x 2.0 x 1.8 cm, 4.9 cc"),
                      ("Prescription", "13 Gy to the 50% isodose (marginal), single fraction"),
                      ("Planning", "BILLABONG-GP 2.2; 17 shots; coverage 97%; Paddick CI 0.86; GI 2.74"),
                      ("Dose-volume", "D98% 12.9 Gy; D50% 17.8 Gy; D2% 24.3 Gy; Dmax 26.0 Gy"),
                      ("OAR", "Superior sagittal sinus not constrained; optic apparatus > 40 mm away")]),
            RuledTable([("Time", "Event"), ("10:05", "Frame coordinate verification - pass (0.2 mm)"),
                        ("10:11", "Treatment start"), ("11:29", "Treatment complete, 17/17 shots, 13 Gy marginal delivered")]),
            sig("Dr Kirra Dunleavy, Radiation Oncologist; Mr Tobias Weatherall, Neurosurgeon 04/11/2026"),
        ]], opts=dict(header=banner(_c, "Radiosurgery", 7, "18/05/1949"))),
        Doc("2_letter_to_GP.txt", text=f"""
MURRUMBIDGEE NEUROSURGICAL & RADIOSURGERY CENTRE
Wagga Road, Riverside NSW (synthetic address)

6th November 2026

Dr Belinda Ashcombe
Riverside Family Practice

Dear Belinda,

Re: {patient(7)}   DOB 18/05/1949   MRN {mrn(7)}

Thank you for your ongoing care of Mrs Fortyeightpatient. As you know she has a slowly enlarging left parasagittal meningioma which
we have watched since 2023. She underwent single-fraction stereotactic radiosurgery on Wednesday 4th November 2026 under a
stereotactic frame, receiving 12 Gy to the tumour margin. She tolerated it well and went home the same afternoon.

Please continue her levetiracetam 500 mg bd. We will repeat the MRI in 12 months.

Kind regards,

Dr Kirra Dunleavy
Radiation Oncologist, FRANZCR
cc: Mrs Fortyeightpatient
{FOOT}
"""),
    ])

# b48_08 -- pdf: Canadian robotic linac single-session SRS, 2 metastases; codes claim 77372 + G0339 ------------------
_c = "PRAIRIE HEIGHTS CANCER AGENCY - RADIOSURGERY PROGRAM"
add(name="b48_08", kind="pdf", codes=["G0339", "77372", "77432", "61796", "61797"],
    facts=F("robotic_linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right temporal metastasis", "cranial", S, 21, 1),
             L("left frontal metastasis", "cranial", S, 21, 1)],
    categories=cats(),
    notes="Canadian prescription printout with a revision history: robotic-arm linac single-session SRS of two "
          "metastases, version 1 (24 Gy each) revised to version 2 (21 Gy each, prescribed to the 75% and 77% "
          "isodose) after peer review; delivered version 2 on 27/10/2026 with skull tracking; mask, CT + MRI. "
          "Only the approved revision's dose counts.",
    docs=[Doc("b48_08.pdf", [[
        H1("RADIATION PRESCRIPTION - STEREOTACTIC (SRS)"),
        KeyValue([("Patient", patient(8)), ("Chart no.", mrn(8)), ("Unit", "Robotic-arm linac (6 MV), kV image-guided skull tracking"),
                  ("Immobilization", "Thermoplastic SRS mask, 3-point"),
                  ("Simulation", "CT 1 mm 19/10/2026 fused with MRI T1 gadolinium 1 mm 18/10/2026"),
                  ("Planning system", "ASPENCALC 7")]),
        H2("Revision history"),
        RuledTable([("Version", "Date", "Target", "Dose / fr", "IDL", "Status"),
                    ("1", "20/10/2026", "both", "24 Gy / 1", "75%", "Superseded"),
                    ("2", "22/10/2026", "R temporal", "21 Gy / 1", "75%", "APPROVED"),
                    ("2", "22/10/2026", "L frontal", "21 Gy / 1", "77%", "APPROVED")]),
        P("Version 1 (24 Gy to each target) superseded at peer review on 21/10/2026: brain V12Gy too high. Version 2 entered and approved by Dr Y. Oduya-Fenn."),
        H2("Delivery"),
        RuledTable([("Date", "Plan", "Targets", "Tracking", "Dose delivered", "Status"),
                    ("27/10/2026", "v2", "R temporal, L frontal", "6D skull, 0.4 mm mean", "21 Gy each", "Complete")]),
        P("Lesion sizes 1.9 cm (R temporal) and 1.2 cm (L frontal); no optic or brainstem involvement."),
        sig("Dr Yaw Oduya-Fenn, MD FRCPC, Radiation Oncologist 27/10/2026"),
    ]], opts=dict(header=banner(_c, "Prescription", 8, "11/01/1966")))])


# ==================================================================================================
# Spine
# ==================================================================================================

# b48_09 -- bundle (2 files): UK spine SABR T11-L1 contiguous, prescription revised 24 Gy/2# -> 27 Gy/3# -----------
_c = "WESSEX FOREST ONCOLOGY CENTRE"
add(name="b48_09", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T11-L1 contiguous vertebral metastases (one PTV)", "spinal", None, 27, 3)],
    categories=cats(),
    notes="UK spine SABR: contiguous T11, T12 and L1 metastases planned as ONE target (PTV_T11-L1), so one lesion "
          "and the claimed 63621 is wrong. Prescription printout with a revision (v1 24 Gy/2# withdrawn, v2 "
          "27 Gy/3# approved; D95% and spinal cord PRV Dmax), vacuum bag, MRI fused to CT; per-fraction record "
          "with CBCT. EQD2 and BED quoted.",
    docs=[
        Doc("1_prescription.pdf", [[
            H1("SABR PRESCRIPTION (with revisions)"),
            KeyValue([("Patient", f"{patient(9)}   Hosp No {mrn(9)}"), ("Site", "Spine: T11, T12, L1 (contiguous) - single PTV 'PTV_T11-L1'"),
                      ("Primary", "Prostate adenocarcinoma, oligoprogression"), ("Immobilisation", "Full-length vacuum bag, arms up, knee rest"),
                      ("Imaging", "Planning CT 1 mm 12/10/2026; MRI spine T1/T2 axial 1 mm fused 13/10/2026"),
                      ("Technique", "9-field IMRT, 6 MV FFF, planning system SOLENT-TPS 5")]),
            RuledTable([("Revision", "Date", "Dose/#", "Objective", "Cord PRV", "Status"),
                        ("v1", "14/10/2026", "24 Gy/2#", "D95% >= 24 Gy", "< 17 Gy", "Withdrawn"),
                        ("v2", "16/10/2026", "27 Gy/3#", "D95% >= 27 Gy", "< 21,9 Gy", "Approved")]),
            P("v1 withdrawn 16/10/2026: cord PRV constraint not met. v2 prescribed to cover 95% of the PTV."),
            P("v2 dose-volume: PTV D98% 25,4 Gy; D95% 27,0 Gy; D50% 30,2 Gy; D2% 33,1 Gy. Cord PRV Dmax 20,6 Gy; cauda equina Dmax 22,8 Gy. "
              "BED10 51,3 Gy; EQD2 (a/b 10) 42,75 Gy."),
            sig("Dr Harriet Quennell, Consultant Clinical Oncologist 16/10/2026"),
        ]], opts=dict(header=banner(_c, "Radiotherapy", 9, "02/09/1955"))),
        Doc("2_treatment_record.txt", text=f"""
WESSEX FOREST ONCOLOGY CENTRE - LINAC 4 - TREATMENT RECORD (SABR)
{patient(9)}   Hosp No {mrn(9)}   Plan PTV_T11-L1 v2   Prescription 27 Gy / 3#

Fx  Date        Pre-Tx CBCT  Shift (mm) V/L/Lo   Rot (deg)  Dose (Gy)  Cum (Gy)  Radiographers
1   20/10/2026  yes          1,2 / -0,4 / 0,8    0,6        9,00       9,00      KB / RJ
2   22/10/2026  yes          0,7 / 0,3 / -0,5    0,4        9,00       18,00     KB / TL
3   24/10/2026  yes          0,9 / -0,2 / 0,1    0,3        9,00       27,00     RJ / TL

Course completed 24/10/2026: 27 Gy in 3# to T11-L1 as planned. No interruptions.
Checked: Dr Harriet Quennell, Consultant Clinical Oncologist
{FOOT}
"""),
    ])

# b48_10 -- pdf letter: Australian post-operative spine SABR T7 24 Gy/2 fr after separation surgery --------------
_c = "SOUTHERN CROSS UNIVERSITY HOSPITAL - RADIATION ONCOLOGY"
add(name="b48_10", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T7 post-operative vertebral metastasis", "spinal", None, 24, 2)],
    categories=cats(plan=False),
    notes="Australian dictated completion letter: post-operative spine SABR to T7 after separation surgery and "
          "posterior stabilisation (renal cell), 24 Gy in 2 fractions, full-body vacuum cushion, post-op MRI fused to CT, CBCT each day. The letter gives the target and dose but no "
          "isodose, arcs, beams or planning system: plan unmet.",
    docs=[Doc("b48_10.pdf", [[
        P("Southern Cross University Hospital - Radiation Oncology Department"),
        P("Date: 26/11/2026"),
        P("To: Mr Angus Merrigan, Spinal Surgeon; cc Dr P. Nguyen-Hartley (GP); the patient"),
        P(f"Patient: {patient(10)}   MRN {mrn(10)}   DOB 07/04/1968"),
        P("Dear Angus,"),
        P("Re: post-operative stereotactic ablative body radiotherapy (SABR), T7."),
        P("Mr Fortyeightpatient has now completed SABR to T7 following your separation surgery and T5-T9 posterior stabilisation "
          "on 20/10/2026. He was immobilised in a full-body vacuum cushion and planned on a CT with his post-operative MRI fused "
          "to define the epidural residual. He received 24 Gy in 2 fractions (24/11 and 25/11/2026) to the T7 vertebral body, "
          "pedicles and the post-operative epidural space, with cone-beam CT before each fraction. BED10 52,8 Gy."),
        P("He tolerated treatment without a pain flare. Dexamethasone 4 mg was given before each fraction. Please remove the "
          "remaining staples at your review. I have requested an MRI spine in three months."),
        P("Kind regards,"),
        sig("Dr Mei-Lin Garrawarra, Radiation Oncologist (dictated by Dr S. Patel-Rowe, Registrar)"),
    ]])])

# b48_11 -- scan: Indian spine re-irradiation L3 robotic linac 27 Gy/3#, earlier 30 Gy/10# (2024) --------------------
_c = "DEVI KAVERI CANCER HOSPITAL & RESEARCH CENTRE, MYSURU"
add(name="b48_11", kind="scan", codes=["G0339", "G0340", "77435", "63620"],
    facts=F("robotic_linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L3 vertebral metastasis (re-irradiation)", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Scanned (150 dpi) Indian per-fraction treatment record of spine re-irradiation: L3 treated with "
          "palliative 30 Gy/10# in 2024 (history, other course), now SABR re-irradiation 27 Gy/3# on a "
          "robotic-arm linac with fiducial-free spine tracking, vacuum cushion, CT + MRI. Cumulative cauda "
          "EQD2 and the earlier course's numbers are not this course's dose.",
    docs=[Doc("b48_11.pdf", [[
        H1("SRS/SBRT TREATMENT CHART - RE-IRRADIATION"),
        KeyValue([("Name / UHID", f"{patient(11)} / {mrn(11)}"), ("Age/Sex", "61 Y / M"),
                  ("Diagnosis", "Ca lung (adeno) with L3 vertebral metastasis, in-field progression"),
                  ("Previous RT", "L2-L4 EBRT 30 Gy/10# (conventional), completed 14/03/2024 - other course"),
                  ("Present course", "SBRT re-irradiation L3, 27 Gy/3# (9 Gy/#) to the 80% isodose, D90% >= Rx"),
                  ("Unit", "Robotic-arm mounted linac, spine tracking (no fiducials)"),
                  ("Immobilisation", "Vacuum cushion, supine"),
                  ("Imaging", "Planning CT 1,25 mm (05/11/2026) + MRI L-spine T1/T2 (05/11/2026), fused"),
                  ("Cumulative", "Cauda equina EQD2 (a/b 2) both courses 78,6 Gy - accepted after discussion")]),
        RuledTable([("#", "Date", "Dose (cGy)", "Cumulative (cGy)", "Tracking", "Remarks", "Sign"),
                    ("1", "10/11/2026", "900", "900", "spine 6D, 0,6 mm", "nil", "RT/MP"),
                    ("2", "12/11/2026", "900", "1800", "spine 6D, 0,4 mm", "nil", "RT/MP"),
                    ("3", "14/11/2026", "900", "2700", "spine 6D, 0,5 mm", "completed", "RT/MP")]),
        P("Plan: 184 beams, variable-aperture collimator, PTV coverage 94,8%, cord-cauda PRV Dmax 14,9 Gy in 3#."),
        sig("Dr Arvind Hegde-Rao, Consultant Radiation Oncologist 14/11/2026"),
        sig("Dr Sneha Kulkarni, Senior Resident 14/11/2026"),
    ]], opts=dict(header=banner(_c, "Dept of Radiation Oncology", 11, "25/12/1964"), scan=True, scan_dpi=150))])


# ==================================================================================================
# Body SABR
# ==================================================================================================

# b48_12 -- pdf: UK peripheral lung SABR 54 Gy/3#, plan summary D98/D2; summary box disagrees (contradiction) --------
_c = "THAMESMEAD ACADEMIC CANCER CENTRE"
add(name="b48_12", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right lower lobe peripheral NSCLC", "body", None, 54, 3)],
    categories=cats(),
    contradiction="The end-of-treatment summary box says 55 Gy in 5# was delivered, while the prescription, the plan dose-volume table and the three-row fraction record give 54 Gy in 3#.",
    notes="UK plan-and-delivery summary for peripheral lung SABR: RLL T1b NSCLC, 54 Gy/3# prescribed to the 80% "
          "isodose covering 95% of the PTV, D98%/D50%/D2% and Dmax columns, ITV from 4DCT, staging PET-CT, "
          "arms-up wing board with vacuum bag, CBCT per fraction; three fraction rows total 54 Gy but the summary "
          "box at the bottom says 55 Gy in 5# (copied from a template).",
    docs=[Doc("b48_12.pdf", [[
        H1("Lung SABR - plan and delivery summary"),
        KeyValue([("Patient", f"{patient(12)} (Hosp No {mrn(12)})"), ("Diagnosis", "T1b N0 M0 adenocarcinoma, right lower lobe, peripheral (> 2 cm from PBT)"),
                  ("Staging", "FDG PET-CT 30/09/2026: SUVmax 7,1, no nodal or distant uptake"),
                  ("Simulation", "4DCT 2 mm, 07/10/2026; ITV from 10 phases; PTV = ITV + 5 mm"),
                  ("Immobilisation", "Wing board, arms up, vacuum bag, knee support"),
                  ("Prescription", "54 Gy in 3# (18 Gy/#), alternate days, to the 80% isodose covering 95% of the PTV; BED10 151,2 Gy"),
                  ("Technique", "2 partial VMAT arcs, 6 MV FFF, planning system RIVERSIDE-TPS 9")]),
        RuledTable([("Structure", "Volume (cc)", "D98% (Gy)", "D95% (Gy)", "D50% (Gy)", "D2% (Gy)", "Dmax (Gy)"),
                    ("ITV", "6,2", "58,1", "59,0", "63,4", "66,8", "67,5"),
                    ("PTV", "21,7", "52,6", "54,0", "61,2", "66,1", "67,5")]),
        RuledTable([("OAR", "Metric", "Value", "Tolerance"), ("Lungs-ITV", "V20Gy", "4,1%", "< 10%"),
                    ("Chest wall", "D30cc", "28,4 Gy", "< 30 Gy"), ("Spinal canal", "D0.1cc", "9,2 Gy", "< 18 Gy")]),
        RuledTable([("Fraction", "Date", "CBCT match", "Delivered (Gy)"),
                    ("1", "13/10/2026", "soft tissue to ITV, 2,1 mm", "18"),
                    ("2", "15/10/2026", "soft tissue to ITV, 1,4 mm", "18"),
                    ("3", "17/10/2026", "soft tissue to ITV, 1,8 mm", "18")]),
        P("END OF TREATMENT SUMMARY: Lung SABR completed 17/10/2026. Dose delivered 55 Gy in 5#. No acute toxicity. "
          "CT thorax at 3 months."),
        sig("Dr Oluwaseun Barrington-Hale, Consultant Clinical Oncologist 17/10/2026"),
    ]], opts=dict(header=banner(_c, "Lung SABR", 12, "09/12/1948")))])

# b48_13 -- ehr_text: Canadian (bilingual, decimal commas) central lung SABR 50 Gy/5 fr, key-value export ---------
add(name="b48_13", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left hilar central NSCLC (LUL)", "body", None, 50, 5)],
    categories=cats(),
    notes="Bilingual Canadian key: value export (Quebec academic centre, decimal commas, 'fr' for fractions): "
          "central left upper lobe tumour 1,8 cm from the proximal bronchial tree, 50 Gy / 5 fr every other day "
          "to D95% of the PTV, 4DCT + PET-CT, vacuum cushion, daily CBCT. Five fraction lines.",
    docs=[Doc("b48_13.txt", text=f"""
CENTRE HOSPITALIER UNIVERSITAIRE DU MONT-ROYAL NORD / MONT-ROYAL NORD UNIVERSITY HOSPITAL CENTRE
Radio-oncologie / Radiation Oncology -- Résumé de traitement / Treatment summary  (export SIRIUS-RO 4)
Imprimé / Printed: 03/12/2026 09:12

No dossier / MRN: {mrn(13)}
Nom / Name: {patient(13)}
Date de naissance / DOB: 17/03/1952
Diagnostic / Diagnosis: NSCLC squamous, LUL, central (1,8 cm from proximal bronchial tree), cT1c N0 M0, medically inoperable (FEV1 38%)
Technique: SABR / SBRT (stereotactic ablative radiotherapy), VMAT 2 arcs, 6 MV
Unité / Unit: gantry linac (salle 6)
Immobilisation: coussin sous vide / vacuum cushion, bras levés / arms up
Imagerie de planification / Planning imaging: TDM-4D / 4DCT 2 mm (12/11/2026); TEP-TDM / PET-CT 05/11/2026 fused for GTV
Volumes: GTV 4,3 cc; ITV 9,8 cc; PTV (ITV + 5 mm) 31,6 cc
Prescription: 50 Gy / 5 fr (10 Gy/fr), tous les deux jours / every other day, D95% PTV = 50 Gy (isodose ~ 78%)
DVH: PTV D98% 48,9 Gy | D50% 58,7 Gy | D2% 63,1 Gy | Dmax 64,0 Gy
OAR: PBT Dmax 44,2 Gy (< 52,5) | oesophagus Dmax 24,9 Gy (< 27,5) | heart D15cc 18,0 Gy (< 32) | lungs V20 6,2%
BED10: 100 Gy   EQD2(a/b 10): 83,3 Gy
Fr 1: 16/11/2026  10,00 Gy  CBCT ok (1,6 mm)
Fr 2: 18/11/2026  10,00 Gy  CBCT ok (2,0 mm)
Fr 3: 20/11/2026  10,00 Gy  CBCT ok (1,1 mm)
Fr 4: 23/11/2026  10,00 Gy  CBCT ok (1,4 mm)
Fr 5: 25/11/2026  10,00 Gy  CBCT ok (1,7 mm)
Dose totale délivrée / Total delivered: 50,00 Gy / 5 fr
Statut / Status: Terminé / Completed
Signé / Signed: Dre Anne-Sophie Bellefleur-Grant, MD FRCPC, radio-oncologue, 25/11/2026
Résidente / Resident: Dre C. Thibodeau-Mensah (R4)
{FOOT}
""")])

# b48_14 -- bundle (2 files): Australian liver SABR 45 Gy/3 fr, fiducials, dictated letter + record --------------------
_c = "BRISBANE WATERS ACADEMIC RADIATION ONCOLOGY"
add(name="b48_14", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("segment VII hepatocellular carcinoma", "body", None, 45, 3)],
    categories=cats(),
    notes="Australian liver SABR bundle: registrar's dictated consultation-and-plan letter (HCC segment VII, "
          "Child-Pugh A5, three gold fiducials placed by IR, abdominal compression, 4DCT with contrast + MRI "
          "liver fused, 45 Gy in 3 fractions to the 67% isodose covering 95% of the PTV, BED10 112,5 Gy) and "
          "a per-fraction record with fiducial-matched CBCT. 'Tx' and 'RT' shorthand.",
    docs=[
        Doc("1_dictated_letter.txt", text=f"""
BRISBANE WATERS ACADEMIC RADIATION ONCOLOGY
Dictated 28/10/2026, typed 29/10/2026 (voice recognition - please excuse errors)

Dr Callum Ferrier-Ngata, Hepatology, Brisbane Waters Hospital

RE: {patient(14)}  URN {mrn(14)}  DOB 12/06/1958

Dear Dr Ferrier-Ngata,

Thank you for asking us to see this 68-year-old man with a 2.8 cm hepatocellular carcinoma in segment VII on a background of
NASH cirrhosis, Child-Pugh A5, not suitable for resection and in a location difficult for ablation. He was discussed at the
HPB MDT on 21/10/2026 and SABR was recommended.

Three gold fiducial markers were placed percutaneously by interventional radiology on 22/10/2026. Simulation was done on
27/10/2026 supine in a vacuum bag with an abdominal compression plate, with a contrast 4DCT and a liver MRI (gadoxetate) fused
for the GTV. The plan (VMAT, 2 arcs, 10 MV FFF, planning system WARATAH-TPS) delivers 45 Gy in 3 fractions to the 67% isodose,
covering 95% of the PTV (BED10 112,5 Gy); mean liver dose 11,2 Gy and liver-minus-GTV 700 cc receiving < 15 Gy.

Tx is booked for 03/11, 05/11 and 07/11/2026 with CBCT matching to the fiducials before each fraction. I will write again at
the end of RT.

Yours sincerely,
Dr Sanjay Abernethy-Roe, Radiation Oncology Registrar
for Associate Professor Tamsin Yarrowby, Radiation Oncologist
{FOOT}
"""),
        Doc("2_treatment_record.pdf", [[
            H1("SABR LIVER - DAILY TREATMENT RECORD"),
            KeyValue([("Patient", f"{patient(14)} / URN {mrn(14)}"), ("Prescription", "45 Gy / 3 fractions (15 Gy per fraction)"),
                      ("Setup", "Vacuum bag + abdominal compression plate (level 3)"), ("IGRT", "CBCT, match to 3 fiducials, then liver contour check")]),
            RuledTable([("Fx", "Date", "Fiducial match (mm)", "Couch shift V/L/Lng (cm)", "Dose (Gy)", "Total (Gy)", "RT checks"),
                        ("1/3", "03/11/2026", "1,1", "+0,3 / -0,2 / +0,5", "15", "15", "LW / JP"),
                        ("2/3", "05/11/2026", "0,8", "+0,1 / -0,1 / +0,4", "15", "30", "LW / JP"),
                        ("3/3", "07/11/2026", "1,4", "+0,2 / 0,0 / +0,6", "15", "45", "JP / AK")]),
            P("Course complete 07/11/2026 - 45 Gy in 3 fractions delivered to the segment VII HCC. Mild nausea Gr 1 after fraction 2."),
            sig("A/Prof Tamsin Yarrowby, Radiation Oncologist 07/11/2026"),
        ]], opts=dict(header=banner(_c, "Treatment record", 14, "12/06/1958"))),
    ])

# b48_15 -- ehr_text: Indian prostate SABR 36,25 Gy/5# on a robotic linac, fiducials and spacer, key: value -------
add(name="b48_15", kind="ehr_text", codes=["G0339", "G0340", "77435", "77373"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate (PTV_Prostate)", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Indian key: value export: low/intermediate-risk prostate cancer SABR 36,25 Gy/5# (7,25 Gy/#) with a "
          "40 Gy simultaneous boost only considered, not used; four gold fiducials and a hydrogel rectal spacer, "
          "knee-and-foot immobilisation, CT + multiparametric MRI fused, fiducial tracking on a robotic-arm linac; "
          "CTV D98% and rectum V36Gy. Decimal commas throughout.",
    docs=[Doc("b48_15.txt", text=f"""
MAHANADI MEDICAL COLLEGE & HOSPITAL, CUTTACK -- DEPARTMENT OF RADIOTHERAPY
SBRT COURSE SUMMARY (SANKALP-RT export v3.1)      Printed: 04/12/2026 11:05

CR No.                 : {mrn(15)}
Patient                : {patient(15)}
Age                    : 69 Y
Diagnosis              : Adenocarcinoma prostate, GS 3+4=7 (Gr Gp 2), PSA 8,4 ng/ml, cT2a N0 M0 - NCCN intermediate (favourable) risk
Treatment              : SBRT / SABR prostate, 36,25 Gy in 5# (7,25 Gy/#) alternate days
Boost                  : intraprostatic boost to 40 Gy considered - NOT used (no MRI-visible dominant lesion)
Fiducials              : 4 gold seeds, TRUS-guided, 02/11/2026
Rectal spacer          : hydrogel spacer inserted 02/11/2026
Immobilisation         : knee-and-foot rest (body immobilisation), comfortably full bladder protocol
Planning CT            : 10/11/2026, 1,5 mm
Planning MRI           : 10/11/2026, T2 axial 2 mm + DWI, fused on fiducials
Machine                : robotic-arm mounted 6 MV linac, fiducial tracking every 30-45 s
Plan                   : TPS ARJUNA-Plan 4.0, 171 beams, 81% isodose
CTV D98%               : 36,9 Gy   | PTV D95% 36,25 Gy | PTV D2% 43,8 Gy | Dmax 44,7 Gy
Rectum                 : V36Gy 0,4 cc (< 1 cc) | Bladder V37Gy 3,1 cc (< 10 cc) | Urethra Dmax 38,6 Gy
Fractions              : #1 16/11/2026 7,25 Gy | #2 18/11/2026 7,25 Gy | #3 20/11/2026 7,25 Gy | #4 23/11/2026 7,25 Gy | #5 25/11/2026 7,25 Gy
Total delivered        : 36,25 Gy / 5#   (EQD2 a/b 1,5: 90,6 Gy)
Status                 : Completed, no interruptions; G1 urinary frequency
ADT                    : none
Consultant             : Dr Rashmi Mohapatra-Sen, MD, Professor & Head, Radiotherapy (signed 25/11/2026)
{FOOT}
""")])

# b48_16 -- pdf: Irish MR-linac adaptive adrenal SABR 35 Gy/5 fr, per-fraction adaptive log ---------------------------
_c = "ST LAURENCE O'TOOLE ACADEMIC RADIATION ONCOLOGY"
add(name="b48_16", kind="pdf", codes=["G0339", "G0340", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("left adrenal metastasis", "body", None, 35, 5)],
    categories=cats(),
    notes="Irish MR-linac adaptive log: left adrenal metastasis (melanoma) 35 Gy / 5 fr prescribed so that 95% of "
          "the PTV gets 35 Gy, daily adapt-to-shape with gated delivery on cine MRI, planning CT for electron "
          "density + MRI simulation, vacuum immobilisation. Per-fraction rows with D95% of the adapted plan; "
          "one fraction 're-optimised' (not a second course). G0339/G0340 claimed although the unit is a gantry "
          "MR-linac, not a robotic linac: wrong.",
    docs=[Doc("b48_16.pdf", [[
        H1("MR-guided SABR - adaptive treatment log"),
        KeyValue([("Patient", f"{patient(16)}   MRN {mrn(16)}"), ("Target", "Left adrenal metastasis, melanoma (oligoprogressive), 3,2 cm"),
                  ("Unit", "1.5 T MR-linac (gantry linac, 7 MV FFF)"), ("Simulation", "CT 2 mm (electron density) + MRI 3D T2/bFFE, 09/11/2026"),
                  ("Immobilisation", "Vacuum cushion, arms on chest"),
                  ("Prescription", "35 Gy / 5 fr (7 Gy per fraction), 95% of PTV to receive 35 Gy; gated on cine MRI, 3 mm boundary"),
                  ("Dose reporting", "ICRU 91 (D98%, D50%, D2%); BED10 59,5 Gy; EQD2 49,6 Gy")]),
        RuledTable([("Fraction", "Date", "Mode", "PTV D95% (Gy)", "D2% (Gy)", "Duod. D0.5cc (Gy)", "Delivered (Gy)"),
                    ("1", "16/11/2026", "ATS", "7,00", "8,21", "4,9", "7,0"),
                    ("2", "18/11/2026", "ATP", "7,01", "8,19", "4,6", "7,0"),
                    ("3", "20/11/2026", "ATS*", "6,93", "8,10", "5,6", "7,0"),
                    ("4", "23/11/2026", "ATS", "7,02", "8,25", "4,8", "7,0"),
                    ("5", "25/11/2026", "ATP", "7,00", "8,20", "4,7", "7,0")]),
        P("ATS = adapt to shape; ATP = adapt to position; * fraction 3 re-optimised for a bowel loop near the duodenum."),
        P("Total delivered 35 Gy in 5 fr to the left adrenal metastasis, completed 25/11/2026. Online contours checked by the "
          "consultant each day; independent MU check of every adapted plan within 2,5%."),
        sig("Dr Fionnuala Carrick-Boyd, Consultant Radiation Oncologist 25/11/2026"),
        sig("Dr Cathal Ormsby, SpR Radiation Oncology 25/11/2026"),
    ]], opts=dict(header=banner(_c, "MR-linac", 16, "30/01/1971")))])

# b48_17 -- bundle (3 files): UK oligometastatic SABR, lung + liver 5#; GP letter liver dose disagrees -----------------
_c = "CALDERBROOK TEACHING HOSPITALS - CLINICAL ONCOLOGY"
add(name="b48_17", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 5, ["CT", "MRI", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe nodule (colorectal metastasis)", "body", None, 55, 5),
             L("liver segment IVb metastasis", "body", None, 50, 5)],
    categories=cats(),
    contradiction="The GP letter says the liver metastasis received 45 Gy in 5#, while the prescription and the treatment record give 50 Gy in 5# to the liver and 55 Gy in 5# to the lung.",
    notes="UK oligometastatic SABR in three files: MDT outcome (colorectal primary, two metastases after PET; a "
          "third, a 4 mm lung nodule, to be watched), a two-site prescription and per-fraction record (RUL lung "
          "55 Gy/5#, liver IVb 50 Gy/5#, both treated on the same five days, D98%/D2% per PTV, 4DCT, liver MRI, "
          "vacuum bag, CBCT each site) and the consultant's GP letter, which gives the liver as 45 Gy in 5#.",
    docs=[
        Doc("1_mdt.txt", text=f"""
CALDERBROOK TEACHING HOSPITALS - COLORECTAL / OLIGOMETASTASIS MDT OUTCOME   08/10/2026
{patient(17)}   Hosp No {mrn(17)}   DOB 11/11/1959

Background: pT3 N1 sigmoid adenocarcinoma, resected 2024, adjuvant CAPOX. CEA rising. FDG PET-CT 01/10/2026: avid 14 mm RUL nodule
and 19 mm segment IVb liver lesion; 4 mm LLL nodule below PET resolution.
Outcome: suitable for SABR to the RUL nodule and the liver IVb lesion (oligometastatic, 2 sites). LLL 4 mm nodule - surveillance CT, no
treatment. Refer to Dr Whitcombe-Adeyemi for SABR. Liver MRI for planning.
{FOOT}
"""),
        Doc("2_prescription_and_record.pdf", [[
            H1("SABR - two-site prescription and treatment record"),
            KeyValue([("Immobilisation", "Vacuum bag, arms up, knee rest"),
                      ("Imaging", "4DCT 2 mm 19/10/2026; MRI liver (hepatobiliary phase) 16/10/2026 fused for PTV_Liver"),
                      ("Planning", "Two VMAT plans, 6 MV FFF, planning system PENNINE-TPS 8; prescriptions to the ~80% isodose, D95% = Rx")]),
            RuledTable([("PTV", "Dose / #", "D98% (Gy)", "D50% (Gy)", "D2% (Gy)", "BED10 (Gy)", "Key OAR"),
                        ("PTV_RUL", "55 Gy / 5#", "53,9", "63,0", "67,8", "115,5", "chest wall D30cc 31,1 Gy"),
                        ("PTV_Liver_IVb", "50 Gy / 5#", "48,7", "57,4", "61,9", "100,0", "stomach D0.5cc 28,4 Gy")]),
            RuledTable([("Fx", "Date", "PTV_RUL (Gy)", "CBCT lung", "PTV_Liver (Gy)", "CBCT liver"),
                        ("1", "26/10/2026", "11", "ITV match", "10", "liver + diaphragm"),
                        ("2", "28/10/2026", "11", "ITV match", "10", "liver + diaphragm"),
                        ("3", "30/10/2026", "11", "ITV match", "10", "liver + diaphragm"),
                        ("4", "02/11/2026", "11", "ITV match", "10", "liver + diaphragm"),
                        ("5", "04/11/2026", "11", "ITV match", "10", "liver + diaphragm"),
                        ("Total", "", "55", "", "50", "")]),
            sig("Dr Rosalind Whitcombe-Adeyemi, Consultant Clinical Oncologist 04/11/2026"),
        ]], opts=dict(header=banner(_c, "SABR", 17, "11/11/1959"))),
        Doc("3_gp_letter.txt", text=f"""
CALDERBROOK TEACHING HOSPITALS - Department of Clinical Oncology
Clinic date: 13 Nov 2026

Dr J. Pendlebury, Westgate Health Centre

Dear Dr Pendlebury,

{patient(17)}, DOB 11/11/1959, Hosp No {mrn(17)}
Diagnosis: oligometastatic sigmoid adenocarcinoma - RUL lung and liver segment IVb metastases
Treatment: SABR, RUL 55 Gy in 5# and liver 45 Gy in 5#, completed 4 Nov 2026

I reviewed Mrs Fortyeightpatient today, nine days after completing SABR. She has mild fatigue only. Her CEA will be rechecked in
six weeks and she will have a CT chest/abdomen/pelvis in three months. The small left lower lobe nodule was not treated.

Yours sincerely,
Dr Rosalind Whitcombe-Adeyemi, Consultant Clinical Oncologist
cc: patient
{FOOT}
"""),
    ])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# b48_18 -- ehr_text: Irish lung MDT outcome recommending SABR, planning CT not yet done --------------------------------
add(name="b48_18", kind="ehr_text", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: Irish thoracic MDT outcome letter recommending SABR 54 Gy/3# for a peripheral LLL "
          "nodule, with BED, the 'planned' 4DCT and the proposed dates; the PET was done for diagnosis. Nothing "
          "simulated, planned or delivered yet: facts empty, categories unmet, codes inconsistent.",
    docs=[Doc("b48_18.txt", text=f"""
MERCY BAY UNIVERSITY HOSPITAL - Regional Thoracic Multidisciplinary Meeting
OUTCOME LETTER (copy to patient)                                    Meeting: Thursday 26 November 2026

MRN: {mrn(18)}        Patient: {patient(18)}        DOB: 04/04/1950
Referring clinician: Dr F. Ó Dálaigh, Respiratory Physician

Summary: 19 mm spiculated left lower lobe nodule, peripheral; PET-CT 12/11/2026 SUVmax 5,4, no nodal uptake. Biopsy not feasible
(emphysema, FEV1 0,9 L). Herder score 91%.

MDT recommendation:
  - Stereotactic ablative radiotherapy (SABR), proposed 54 Gy in 3# (BED10 151,2 Gy), without histology.
  - Radiation Oncology to arrange 4DCT planning scan - NOT YET BOOKED, pending patient decision after clinic.
  - If the patient declines, CT surveillance at 3 months.

Plan: Clinic with Dr Ní Bhriain on 03/12/2026 to discuss SABR and consent. No radiotherapy has been given.

Recorded by: Ms A. Kavanagh, MDT coordinator.  Chair: Dr Siobhán Ní Bhriain, Consultant Radiation Oncologist
{FOOT}
""")])

# b48_19 -- pdf: UK conventional 55 Gy/20# lung course, codes claim SBRT ------------------------------------------------
_c = "HOLMEFIRTH & DISTRICT CANCER CENTRE"
add(name="b48_19", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 20, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left upper lobe central NSCLC", "body", None, 55, 20)],
    categories=cats(),
    notes="Near-miss negative: UK end-of-treatment summary for radical conventional (hypofractionated) lung RT "
          "55 Gy/20# over 4 weeks for a central LUL tumour, SABR considered and rejected (ultra-central); IMRT "
          "with 4DCT, PET, wing board and CBCT. 20 fractions: claimed 77373/77435 inconsistent, no delivery code.",
    docs=[Doc("b48_19.pdf", [[
        H1("Radiotherapy end-of-treatment summary"),
        KeyValue([("Patient", f"{patient(19)} / {mrn(19)}"), ("Diagnosis", "cT2a N1 M0 squamous NSCLC, LUL, ultra-central (abutting left main bronchus)"),
                  ("Decision", "SABR not appropriate (ultra-central). Radical RT 55 Gy in 20# (UK standard), no concurrent chemo (frailty)"),
                  ("Planning", "4DCT 08/09/2026; PET-CT 01/09/2026 for GTV; wing board, arms up; VMAT 2 arcs, 6 MV; to cover 95% of PTV with 95% of dose"),
                  ("Dates", "14/09/2026 - 09/10/2026, Monday-Friday"),
                  ("Delivered", "55 Gy in 20# (2,75 Gy/#), no missed fractions; EQD2 (a/b 10) 58,4 Gy"),
                  ("IGRT", "Daily CBCT, soft-tissue match"),
                  ("Acute toxicity", "Grade 2 oesophagitis (weeks 3-4), managed with analgesia")]),
        P("Follow-up: clinic and CT thorax at 6 weeks. GP please continue co-codamol and Gaviscon."),
        sig("Dr Piers Armitage-Osei, Consultant Clinical Oncologist 09/10/2026"),
    ]], opts=dict(header=banner(_c, "Lung RT", 19, "15/08/1944")))])

# b48_20 -- pdf letter: Australian GP letter at 2-year follow-up after SRS in 2024 ------------------------------------
_c = "ILLAWARRA HEADLANDS CANCER CARE"
add(name="b48_20", kind="pdf", codes=["77372", "77432", "61796"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: Australian follow-up letter to the GP two years after single-fraction linac SRS "
          "(2024: two metastases, 20 Gy and 18 Gy, mask) reporting a stable MRI and a small area of radionecrosis; "
          "no new treatment given or planned in this record. Facts empty, categories unmet.",
    docs=[Doc("b48_20.pdf", [[
        P("Illawarra Headlands Cancer Care - Radiation Oncology"),
        P("1 December 2026"),
        P("Dr Marcus Lindqvist-Tane, Headlands Medical Centre"),
        P(f"Re: {patient(20)}   DOB 28/02/1963   MRN {mrn(20)}"),
        P("Dear Marcus,"),
        P("I reviewed Ms Fortyeightpatient today for her two-year review after stereotactic radiosurgery. You may recall she had "
          "single-fraction SRS on 14/11/2024 on our linac, with a mask, to two breast-cancer brain metastases (left frontal 20 Gy "
          "and right cerebellar 18 Gy)."),
        P("Her MRI brain of 24/11/2026 shows the left frontal lesion stable at 4 mm with surrounding change in keeping with a small "
          "area of radionecrosis, which is asymptomatic; the right cerebellar lesion has resolved. There are no new lesions. No "
          "further radiotherapy is needed and none has been given. She continues on trastuzumab."),
        P("I will see her again in six months with a repeat MRI. Please do not hesitate to contact me in the meantime."),
        P("Kind regards,"),
        sig("Dr Eloise Marchbanks, Radiation Oncologist FRANZCR"),
        P("cc: Ms Fortyeightpatient; Dr H. Ranasinghe, Medical Oncology"),
    ]])])


CORPUS = Corpus("blind_corpus48", "tests/blind_corpus48", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
