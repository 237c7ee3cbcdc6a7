"""Sixty-fifth blind corpus, ``tests/blind_corpus65/`` (regenerate: ``python scripts/make_corpus.py blind_corpus65``).

HELD OUT: twenty courses as a coding office receives them in an ordinary week from twenty other clinics'
systems: planning-system reports (one target or many, several dose columns, organ-at-risk tables), treatment
records and per-session logs, prescriptions with revision histories, physics second checks, key: value, CSV,
pipe-delimited and fixed-width exports, EHR print-outs with banners and an order sheet; five charts carry a
dictated or typed note beside the printout (bundles of two files). One scanned page, one two-column page,
three self-contradicting charts (``review_expected``) and three hard negatives of different kinds. Every clinic,
clinician and system is invented; units are described generically.

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code). This corpus is scored once per session with the final tool and is never opened or
tuned to.
"""

# ruff: noqa: E501  (exports and dictation are deliberately one long line per record or paragraph)

from __future__ import annotations

from pdfmaker import BulletList, ColumnBreak, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ALTHEA", "BARNABY", "CORDELIA", "DESMOND", "EUGENIA", "FLETCHER", "GWENDOLYN", "HORACE", "IOLANTHE",
         "JEBEDIAH", "LEOPOLD", "MARISOL", "NEVILLE", "OPHELIA", "PRUDENCE", "QUENTIN", "ROSALIND", "SILAS",
         "THADDEUS", "URSULA"]


def patient(n: int) -> str:
    return f"SIXTYFIVEPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-650{n:02d}"


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# w65_01 -- pdf: cobalt-60 planning-system report, frame, four metastases; the attestation says three ---------------
add(name="w65_01", kind="pdf", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("Target1_LtFrontal", "cranial", S, 20, 1), L("Target2_RtParietal", "cranial", S, 20, 1),
             L("Target3_LtCerebellar", "cranial", S, 18, 1), L("Target4_RtOccipital", "cranial", S, 18, 1)],
    categories=cats(),
    contradiction="The neurosurgeon's attestation says three targets were treated, while the plan table and the delivery record list four targets, all delivered.",
    notes="Planning-system style report from a cobalt-60 centre: a per-target table with volume, prescription "
          "dose, prescription isodose, max dose, coverage, selectivity, gradient index and shot count, an OAR "
          "table, then the delivery log (frame coordinate check, 4/4 targets, 23 shots). ISO dates. Four simple "
          "metastases 20/20/18/18 Gy in one session under a 4-pin frame, stereotactic MRI + CT. The attestation "
          "at the foot copies 'three (3) targets' from an earlier draft.",
    docs=[Doc("w65_01.pdf", [[
        H1("RADIOSURGERY TREATMENT PLAN REPORT"),
        P("ORBITPLAN-GK 11.2 (invented)    Report created 2026-04-08 12:41    Plan: 4MET_FRAME_v1 (APPROVED)"),
        KeyValue([("Patient", patient(1)), ("Patient ID", mrn(1)), ("Date of birth", "1958-09-30"),
                  ("Diagnosis", "C79.31 Secondary malignant neoplasm of brain (primary: breast, HER2+)"),
                  ("Treatment unit", "Multi-source cobalt-60 radiosurgery unit (192 sources)"),
                  ("Fixation", "Stereotactic coordinate frame, 4 pins, applied 2026-04-08 07:10 (local anesthesia)"),
                  ("Image sets", "MR T1 3D post-Gd 1.0 mm (2026-04-08 07:55); CT 1.0 mm with indicator box (08:20); co-registered, fusion error 0.4 mm"),
                  ("Skull definition", "From CT"), ("Planned fractions", "1")], value_x=130),
        H2("Targets"),
        RuledTable([("Target", "Vol [cm3]", "Presc. dose [Gy]", "Presc. IDL [%]", "Max dose [Gy]", "Cov. [%]", "Sel.", "GI", "Shots"),
                    ("Target1_LtFrontal", "1.84", "20.0", "50", "40.0", "98", "0.86", "2.71", "7"),
                    ("Target2_RtParietal", "0.62", "20.0", "50", "40.0", "99", "0.81", "2.93", "4"),
                    ("Target3_LtCerebellar", "2.47", "18.0", "50", "36.0", "97", "0.88", "2.64", "9"),
                    ("Target4_RtOccipital", "0.33", "18.0", "55", "32.7", "99", "0.74", "3.10", "3")],
                   widths=(112, 44, 52, 46, 48, 52, 56, 32, 36)),
        H2("Risk structures"),
        RuledTable([("Structure", "Max [Gy]", "Vol > 12 Gy [cm3]", "Limit"),
                    ("Brainstem", "6.8", "0.00", "Dmax < 15 Gy"), ("Optic chiasm", "1.9", "0.00", "Dmax < 8 Gy"),
                    ("Brain - targets", "-", "6.41", "V12 < 10 cm3")]),
        H2("Delivery record"),
        TextTable([("Time", "Event", "By"),
                   ("10:31", "Frame adapter / coordinate check at unit: PASS (dev. 0.2 mm)", "K. Ostrander, MS DABR"),
                   ("10:38", "Treatment start", "RTT M. Quill"),
                   ("11:52", "Treatment complete - 23/23 shots, 4/4 targets delivered as planned", "RTT M. Quill"),
                   ("12:05", "Frame removed, pin sites dressed", "RN")], columns=(0, 50, 370)),
        P("Independent check of shot times (second calculation) within 1.1% of plan; signed by physics before treatment."),
        P("Attestation: I was present for frame placement and for treatment planning. Stereotactic radiosurgery was delivered to three (3) "
          "targets in a single session as above."),
        sig("Warren T. Achterberg, MD, Neurosurgery 2026-04-08 12:44"),
        sig("Lydia Fenwick-Sato, MD, Radiation Oncology 2026-04-08 12:50"),
        sig("Karl Ostrander, MS DABR, Medical Physics 2026-04-08 12:52"),
    ]], opts=dict(header=["TRI-COUNTY NEUROSURGICAL ASSOCIATES - RADIOSURGERY CENTER",
                          f"{patient(1)}   ID {mrn(1)}   Treatment date 2026-04-08"]))])

# w65_02 -- csv text: linac single-session SRS, two lesions, one 3.8 cm (complex); 61796 claimed -----------------------
add(name="w65_02", kind="csv_text", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("PTV_R_Front", "cranial", C, 15, 1), L("PTV_L_Cbl", "cranial", S, 20, 1)],
    categories=cats(),
    notes="CSV export from a record-and-verify system: record-type rows (PAT, CRS, IMG, IMMOB, PLAN, IGRT, QA), "
          "then one row per target with doses in cGy (rx, per fraction, max, delivered). Two metastases in one "
          "session on a gantry linac, frameless mask, CT + MRI, CBCT with 6DoF couch. The right frontal lesion is "
          "3.8 cm (complex by size, 15 Gy); so 61796 is wrong (61798 first) while 61797 fits the simple cerebellar one.",
    docs=[Doc("w65_02.txt", text=f"""
# LAKESHORE ONCOLOGY PARTNERS - RADIATION ONCOLOGY
# MERIDIAN-RV 5.0 (invented) :: Course export :: SRS :: generated 06/22/2026 07:14 by jkowalczyk
rec,key,value
PAT,name,"{patient(2)}"
PAT,mrn,{mrn(2)}
PAT,dob,02/11/1951
PAT,dx,"C34.11 / C79.31 - NSCLC RUL with brain metastases x2"
CRS,course_id,C2
CRS,intent,Palliative - SRS
CRS,machine,"LINAC-3 (6 MV FFF gantry linac, 2.5 mm MLC, 6DoF couch)"
CRS,fx_planned,1
CRS,fx_delivered,1
CRS,treat_date,06/19/2026
CRS,attending,"Okonkwo-Reyes, Adaeze MD"
IMG,planning_ct,"06/16/2026 CT SIM head 1.0 mm"
IMG,planning_mr,"06/15/2026 MR brain 3D T1 post-contrast 1.0 mm; registered to CT SIM (rigid)"
IMMOB,device,"Frameless SRS mask (3-piece thermoplastic) + head cradle"
PLAN,tps,"ALDERPLAN 7.1 (invented)"
PLAN,technique,"Single isocenter VMAT, 4 arcs (1 coplanar + 3 couch kicks 45/315/90)"
PLAN,margin,"GTV to PTV 1 mm"
IGRT,pre,"CBCT + 6DoF correction (1.2 mm / 0.6 deg), repeat CBCT after couch kick 90: 0.3 mm"
QA,pt_specific,"Portal dosimetry gamma 3%/1mm 98.6% PASS (06/18/2026)"
QA,second_check,"Independent MU calculation within 2.0% PASS"
target_id,structure,location,max_dim_cm,rx_cGy,fx,cGy_per_fx,rx_isodose_pct,D95_cGy,max_cGy,delivered_cGy,status
1,PTV_R_Front,right frontal (cystic),3.8,1500,1,1500,80,1512,1890,1500,COMPLETE
2,PTV_L_Cbl,left cerebellar hemisphere,1.1,2000,1,2000,80,2021,2495,2000,COMPLETE
OAR,Brainstem,Dmax_cGy,712
OAR,Chiasm,Dmax_cGy,188
OAR,Brain-GTV,V12Gy_cc,9.8
SIGN,physician,"Okonkwo-Reyes, Adaeze MD 06/19/2026 15:02"
SIGN,physicist,"Haverford, Neil MS DABR 06/19/2026 15:10"
# end of export ({FOOT})
""")])

# w65_03 -- bundle: dictated frame procedure note (TN) + cobalt-60 plan/treatment printout ----------------------------
add(name="w65_03", kind="bundle", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve (root entry zone)", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Two files: the neurosurgeon's dictated procedure note (numbers in words: 'eighty gray', 'one four "
          "millimeter shot') and the cobalt-60 unit's plan-and-treatment printout. Right trigeminal neuralgia, "
          "functional target (complex), 80 Gy maximum dose at the 100% isodose, one 4 mm shot, frame, "
          "stereotactic MRI only (CT not obtained). Frame coordinate check and independent timer check.",
    docs=[
        Doc("1_procedure_note_dictated.txt", text=f"""
BRAZOS VALLEY NEUROSCIENCE INSTITUTE
OPERATIVE / PROCEDURE NOTE                               Dictated 03/05/2026 13:20   Transcribed 03/05/2026 16:02 (vc)

PATIENT: {patient(3)}        MRN: {mrn(3)}        DOB: 07/22/1947
SURGEON: Rafael Castellanos-Whitby, MD          RADIATION ONCOLOGIST: Meredith Vance, MD

PREOPERATIVE DIAGNOSIS: Right trigeminal neuralgia, V2 and V3 distribution, refractory to carbamazepine and gabapentin.
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: Stereotactic radiosurgery, right trigeminal nerve. Application of stereotactic head frame.

INDICATIONS: This is a seventy-eight-year-old woman with classic right-sided facial pain for six years. She failed two
anticonvulsants because of sedation and ataxia and is not a candidate for microvascular decompression because of her
cardiac history. After discussion of the options she chose radiosurgery.

DESCRIPTION OF PROCEDURE: The patient was brought to the radiosurgery suite. After local anesthetic was infiltrated at four
pin sites, the stereotactic frame was applied, slightly tilted to keep the posterior fossa in view. She tolerated this
well. She then underwent stereotactic MRI with a thin-slice constructive interference sequence through the posterior fossa
and a post-contrast volumetric sequence. A CT was not needed. The images were transferred to the planning station, where
the right trigeminal nerve was identified in the cistern about five millimeters anterior to the root entry zone.

Dr. Vance and I planned a single isocenter with one four millimeter shot, prescribing eighty gray maximum dose, that is to
the one hundred percent isodose line. The brainstem surface received well under the limit, about fifteen gray at the
edge of the twenty percent line. Physics performed an independent check of the treatment time. After the frame
coordinates were verified at the unit, the patient was treated without interruption; total treatment time was about
fifty-one minutes. The frame was removed and the pin sites were dressed. There were no complications.

PLAN: Discharge home this afternoon. Continue carbamazepine for now and taper at the first follow-up visit in six weeks.

Rafael Castellanos-Whitby, MD  (electronically signed 03/06/2026 08:11)
{FOOT}
"""),
        Doc("2_plan_and_treatment_printout.pdf", [[
            H1("COBALT RADIOSURGERY - PLAN SUMMARY / TREATMENT RECORD"),
            TextTable([("Patient", "MRN", "Plan", "Status"),
                       (patient(3), mrn(3), "RT_TGN_4mm", "Treated 03/05/2026")], columns=(0, 190, 280, 380)),
            KeyValue([("Unit", "Multi-source cobalt-60 radiosurgery unit"), ("Planning", "ORBITPLAN-GK 10.4 (invented)"),
                      ("Stereotactic reference", "Frame, MR indicator box"), ("Imaging", "MR CISS 0.6 mm + T1 post-Gd 1 mm (03/05/2026)"),
                      ("Target", "Rt TGN - cisternal segment, 5 mm anterior to REZ"),
                      ("Shots", "1 (collimator 4 mm, all sectors)"),
                      ("Prescription", "80.0 Gy max / 100% isodose, 1 fraction"),
                      ("Brainstem", "Dmax 15.6 Gy; 0.01 cm3 > 12 Gy"),
                      ("Calculated beam-on", "50.9 min (dose rate 1.57 Gy/min); independent check 51.2 min - ACCEPT")], value_x=140),
            RuledTable([("Step", "Time", "Result", "Initials"),
                        ("Frame coordinate verification", "10:02", "X/Y/Z within 0.3 mm", "PD"),
                        ("Treatment start", "10:09", "-", "LS"),
                        ("Treatment end", "11:01", "Shot 1/1 complete, 80.0 Gy delivered", "LS")]),
            sig("Meredith Vance, MD 03/05/2026; Priya Deshmukh, PhD (Physics) 03/05/2026"),
        ]], opts=dict(header=f"BVNI Radiosurgery   {patient(3)}   {mrn(3)}")),
    ])

# w65_04 -- scan: robotic-arm linac per-session log, post-op cavity 27 Gy / 3 fx -------------------------------------
add(name="w65_04", kind="scan", codes=["G0339", "G0340", "77435", "61796"],
    facts=F("robotic_linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("LT TEMPORAL CAVITY", "cranial", S, 27, 3)],
    categories=cats(),
    notes="Scanned (200 dpi, slight skew and speckle) treatment-session log from a robotic-arm linac centre: "
          "left temporal resection cavity (2.9 cm, simple) 27 Gy in 3 sessions of 9 Gy to the 72% isodose, "
          "mask, contrast CT + MRI, 6D skull tracking with per-session correction statistics, cumulative dose "
          "column. G0339 for session 1, G0340 for sessions 2-3, 77435 and 61796 all fit.",
    docs=[Doc("w65_04.pdf", [[
        H1("TREATMENT SESSION LOG"),
        P("SIERRA FOOTHILLS RADIOSURGERY  -  robotic-arm mounted 6 MV linac (Room B)   -   printed 10-SEP-2026"),
        KeyValue([("Name", patient(4)), ("MRN", mrn(4)), ("Plan", "LT TEMPORAL CAVITY / 3fx / v2 (approved 02-SEP-2026)"),
                  ("Target", "LT TEMPORAL CAVITY (s/p resection 11-AUG-2026, melanoma), 2.9 cm; CTV = cavity + 1 mm, PTV + 1 mm"),
                  ("Rx", "2700 cGy / 3 fx (900 cGy per fx) to 72% isodose; PTV coverage 96.4%"),
                  ("Beams / nodes", "164 beams, 62 nodes, fixed cones 7.5 / 12.5 mm"),
                  ("TPS", "SUNSTONE-RP 3.2 (invented)"),
                  ("Image sets", "CT w/ contrast 1.25 mm (31-AUG-2026), MR T1+C 1 mm (30-AUG-2026), fused"),
                  ("Immobilization", "Thermoplastic mask, head rest B"),
                  ("Tracking", "6D skull, kV pairs every 30-60 s")], value_x=120),
        RuledTable([("Sess", "Date", "Beams", "MU", "Dose (cGy)", "Cum. (cGy)", "Mean corr. (mm / deg)", "Images", "RTT / MD"),
                    ("1", "03-SEP-2026", "164/164", "11,842", "900", "900", "0.4 / 0.3", "71", "BH / TN"),
                    ("2", "04-SEP-2026", "164/164", "11,842", "900", "1800", "0.3 / 0.2", "66", "BH / TN"),
                    ("3", "08-SEP-2026", "164/164", "11,842", "900", "2700", "0.5 / 0.4", "74", "CR / TN")],
                   widths=(32, 76, 50, 44, 44, 44, 86, 44, 52)),
        P("Course complete: LT TEMPORAL CAVITY 2700 cGy in 3 fractions. Pt tolerated well, mild headache session 2 only."),
        sig("Tomas Nakashima, MD, Radiation Oncology  09/08/2026"),
        sig("Beth Hollister, MS, Physics - end-of-treatment check 09/09/2026"),
    ]], opts=dict(header=f"SFR  |  {patient(4)}  |  MRN {mrn(4)}  |  COPY", scan=True, scan_dpi=200,
                  scan_skew=0.7, scan_noise=6.0))])

# w65_05 -- pdf two-column: linac single-isocenter SRS of ten metastases, one in the pons ------------------------------
add(name="w65_05", kind="pdf", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 10, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("Met A - L frontal", "cranial", S, 20, 1), L("Met B - R frontal", "cranial", S, 20, 1),
             L("Met C - L parietal", "cranial", S, 20, 1), L("Met D - R temporal", "cranial", S, 18, 1),
             L("Met E - pons", "cranial", C, 15, 1), L("Met F - R occipital", "cranial", S, 20, 1),
             L("Met G - L occipital", "cranial", S, 20, 1), L("Met H - R cerebellar", "cranial", S, 18, 1),
             L("Met I - L cerebellar", "cranial", S, 18, 1), L("Met J - R insula", "cranial", S, 20, 1)],
    categories=cats(),
    notes="One two-column page: left column the case and technique (single isocenter, mask, CT + MRI, CBCT and "
          "surface monitoring, patient QA), right column the lesion list with size, dose, V100 and Dmax. Ten "
          "metastases in one session; Met E lies in the pons (brainstem: complex, 15 Gy), the rest simple. "
          "61798 first plus 61797 for additional simple lesions.",
    docs=[Doc("w65_05.pdf", [[
        H1("SRS Treatment Summary"),
        P(f"{patient(5)}  |  MRN {mrn(5)}  |  DOB Jan 14 1966  |  Tx date Jul 9 2026  |  1 fx"),
        H2("Case"),
        P("59-year-old woman with metastatic melanoma on dual checkpoint blockade. Staging MRI Jun 29 2026: ten enhancing "
          "lesions, largest 17 mm (R occipital), including a 6 mm lesion in the right pons. KPS 80. Tumor board favored "
          "SRS to all ten rather than WBRT."),
        H2("Technique"),
        P("Open-face SRS mask with surface monitoring (threshold 1 mm / 1 deg). CT sim Jul 2 2026 (1 mm); MRI Jul 1 2026 "
          "3D T1 post-Gd 1 mm; rigid fusion reviewed by MD. Single isocenter, 5 non-coplanar VMAT arcs, 6 MV FFF gantry "
          "linac, HD MLC. Planning system COPPERLEAF 4 (invented). Dose to PTV (GTV + 1 mm), normalized so V100 >= 98%."),
        P("CBCT before treatment and after the second couch angle; 6DoF corrections max 0.9 mm. Patient-specific QA "
          "Jul 8 2026: gamma 2%/1mm 97.9% pass. Independent MU check within 1.6%."),
        P("Brainstem D0.03cc 16.1 Gy (accepted for intrinsic target); chiasm Dmax 3.0 Gy; brain minus GTVs V12 8.7 cc."),
        sig("Hollis Brandvold, MD, Radiation Oncology 07/09/2026"),
        sig("Renata Szabo, PhD, DABR, Physics 07/09/2026"),
        ColumnBreak(),
        H2("Lesions (all delivered 07/09/2026)"),
        TextTable([("Lesion", "cm", "Gy", "V100", "Dmax"),
                   ("A  L frontal", "1.1", "20", "99%", "24.4"),
                   ("B  R frontal", "0.7", "20", "99%", "24.8"),
                   ("C  L parietal", "1.3", "20", "98%", "24.5"),
                   ("D  R temporal", "1.5", "18", "98%", "22.3"),
                   ("E  pons", "0.6", "15", "98%", "18.2"),
                   ("F  R occipital", "1.7", "20", "99%", "24.6"),
                   ("G  L occipital", "0.5", "20", "99%", "25.1"),
                   ("H  R cerebellar", "1.2", "18", "98%", "22.0"),
                   ("I  L cerebellar", "0.9", "18", "99%", "22.4"),
                   ("J  R insula", "0.8", "20", "98%", "24.9")], columns=(0, 95, 130, 160, 200)),
        P("Total: 10 lesions treated in one session, 21 min beam-on. No acute events; dexamethasone 4 mg x 3 days."),
        P("Follow-up MRI 8 weeks. Immunotherapy may continue without a break."),
    ]], opts=dict(header=["GREAT PLAINS CANCER INSTITUTE  -  Stereotactic Program", "Confidential patient information"],
                  two_columns=True))])

# w65_06 -- pdf EHR print: prescription with revision history, cavernous sinus meningioma 25 Gy / 5 ------------------
add(name="w65_06", kind="pdf", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("GTV_LCS_Mening (left cavernous sinus meningioma)", "cranial", C, 25, 5)],
    categories=cats(),
    notes="EHR print-out of a prescription document with its revision history: revision 0 (30 Gy / 5) was "
          "superseded by revision 1 (25 Gy / 5, dose cut for the left optic nerve 3 mm away) before treatment; "
          "the treatment tab shows 5/5 fractions and 2500 cGy delivered. Left cavernous sinus meningioma "
          "(complex by location and optic proximity), gantry linac, mask, CT + MRI, daily CBCT.",
    docs=[Doc("w65_06.pdf", [[
        P("*** PRINTED FROM CEDARCHART EHR (invented) - RAD ONC - Prescription v1 - 05/06/2026 09:47 - user: mlindgren ***"),
        H1("Radiation Prescription"),
        KeyValue([("Patient", f"{patient(6)} (M)  DOB 04/03/1962"), ("MRN", mrn(6)), ("Course", "C1 Brain - FSRT"),
                  ("Diagnosis", "D42.0 Neoplasm of uncertain behavior of cerebral meninges - L cavernous sinus meningioma (imaging dx), 2.7 cm"),
                  ("Site / volume", "GTV_LCS_Mening -> PTV_LCS (GTV + 1 mm)"),
                  ("Modality / energy", "Photons 6X-FFF, gantry linac, VMAT 3 arcs"),
                  ("Dose per fraction", "500 cGy"), ("Fractions", "5"), ("Total dose", "2500 cGy"),
                  ("Prescribed to", "PTV D95% = 100%, hot spot < 125%"),
                  ("Schedule", "Daily, M-F"), ("Image guidance", "CBCT daily, 6DoF couch; MD review before beam-on"),
                  ("Immobilization", "SRS thermoplastic mask + mouthpiece-free head support"),
                  ("Planning images", "CT sim 04/21/2026 1 mm; MRI 04/20/2026 T1 post-Gd + FIESTA, fused")], value_x=150),
        H2("Revision history"),
        RuledTable([("Rev", "Date", "Dose", "Status", "Reason / comment"),
                    ("0", "04/24/2026", "3000 cGy / 5 fx", "Superseded", "Initial draft"),
                    ("1", "04/28/2026", "2500 cGy / 5 fx", "Approved", "L optic nerve 3 mm from PTV: Dmax limit 25 Gy/5 not met at 30 Gy; dose lowered")],
                   widths=(28, 66, 96, 70, 240)),
        H2("Treatment delivery (from R&V)"),
        RuledTable([("Fx", "Date", "Dose (cGy)", "Cumulative (cGy)", "CBCT shift (mm)"),
                    ("1", "04/29/2026", "500", "500", "1.4"), ("2", "04/30/2026", "500", "1000", "0.8"),
                    ("3", "05/01/2026", "500", "1500", "0.6"), ("4", "05/04/2026", "500", "2000", "1.1"),
                    ("5", "05/05/2026", "500", "2500", "0.7")]),
        P("All five fractions delivered with plan LCS_v1 (rev 1). Physics end-of-treatment chart check 05/05/2026: 5/5 fx, 2500 cGy, complete."),
        P("Optic nerve L Dmax 23.8 Gy; chiasm Dmax 21.0 Gy; brainstem D0.03cc 18.2 Gy. Plan QA (ArcCHECK-type array) 97.4% at 3%/2mm."),
        sig("Miriam Lindgren, MD 04/28/2026 (prescription rev 1); completion reviewed 05/05/2026"),
        sig("Oscar Pemberton, MS, Physicist 05/05/2026"),
    ]], opts=dict(header=["CEDARCHART  |  NORTHGATE RADIATION THERAPY, PLLC",
                          f"{patient(6)}  |  {mrn(6)}  |  Allergies: NKDA  |  Code status: Full"],
                  footer=[FOOT, "Printed copy - may not reflect later changes"]))])

# w65_07 -- bundle: physics second check (pdf) + typed completion note (txt), cobalt-60 mask 5 fx, two lesions ------
add(name="w65_07", kind="bundle", codes=["77371", "77432", "61798", "61797"],
    facts=F("cobalt60", ["cranial"], 2, 5, ["MRI"], ["mask"]),
    lesions=[L("Lesion 1 - left frontal (4.1 cm)", "cranial", C, 25, 5), L("Lesion 2 - right parietal", "cranial", S, 25, 5)],
    categories=cats(),
    notes="Two files: the physicist's independent dose verification of a mask-based cobalt-60 plan (per-target "
          "TPS vs independent dose at a reference point, shot times) and the radiation oncologist's typed "
          "completion note. Two metastases, 25 Gy in 5 fractions each; the 4.1 cm left frontal one is complex "
          "by size. MRI only (CBCT is the stereotactic reference). The claimed single-session codes 77371 and "
          "77432 are wrong for five fractions (77373/77435); 61798 and 61797 fit.",
    docs=[
        Doc("1_physics_second_check.pdf", [[
            H1("Independent Dose Verification - Radiosurgery"),
            P("Cobalt-60 multi-source unit (mask configuration)   |   Plan: FRX5_2TGT   |   Check date: 2026-10-05"),
            KeyValue([("Patient", f"{patient(7)}   MRN {mrn(7)}"), ("Prescription", "25.0 Gy in 5 fractions (5.0 Gy/fx) to the 50% IDL, both targets"),
                      ("Reference imaging", "MRI 3D T1+C 1 mm (2026-10-01); stereotactic reference = on-unit CBCT each fraction"),
                      ("Fixation", "Thermoplastic mask with nose marker; intrafraction motion threshold 1.5 mm"),
                      ("TPS", "ORBITPLAN-GK 11.0 (invented)"), ("Secondary calc", "QUILLCHECK 2.4 (invented), TMR-based, homogeneous")], value_x=130),
            RuledTable([("Target", "Vol cc", "Shots", "TPS time/fx (min)", "Indep. time/fx (min)", "Diff", "Ref pt dose TPS / indep (Gy)", "Result"),
                        ("Lesion 1 L frontal", "21.6", "38", "31.4", "31.9", "+1.6%", "7.41 / 7.52", "PASS"),
                        ("Lesion 2 R parietal", "1.9", "6", "6.2", "6.3", "+1.6%", "8.90 / 9.03", "PASS")]),
            P("Tolerance +/- 3%. Collimator output factors and decay-corrected dose rate (2.41 Gy/min at calibration 2026-09-28) verified. "
              "OAR: brainstem max 9.8 Gy/5 fx; optic chiasm max 6.1 Gy/5 fx."),
            sig("Ingrid Solvang, PhD, DABR - Medical Physicist 2026-10-05"),
        ]], opts=dict(header=f"PINE RIDGE REGIONAL MEDICAL CENTER - Medical Physics    {patient(7)} / {mrn(7)}")),
        Doc("2_completion_note.txt", text=f"""
PINE RIDGE REGIONAL MEDICAL CENTER - RADIATION ONCOLOGY
TREATMENT COMPLETION NOTE

Patient: {patient(7)}     MRN: {mrn(7)}     Date: 10/13/2026
Attending: Caspar Whitlow, MD

Diagnosis: Metastatic renal cell carcinoma to brain (C79.31, C64.2).

Course: Fractionated stereotactic radiosurgery on the cobalt-60 unit using a thermoplastic mask, 5 fractions,
10/06/2026 through 10/13/2026 (10/06, 10/07, 10/08, 10/12, 10/13).

Targets and dose delivered:
  Lesion 1  left frontal, 4.1 cm, abutting but not invading the motor strip ... 25 Gy / 5 fx (50% IDL)
  Lesion 2  right parietal, 1.3 cm ............................................ 25 Gy / 5 fx (50% IDL)

Each fraction: CBCT registration to the planning MRI, corrections applied by the couch, infrared nose-marker motion
monitoring; no fraction was interrupted for motion. Physics second check passed before fraction 1 (see report).

Tolerance: mild fatigue, no new neurologic deficit. Dexamethasone 2 mg daily, taper over 1 week.
Plan: MRI brain 6 weeks, then clinic. Continue cabozantinib per Dr. Achebe.

Caspar Whitlow, MD   e-signed 10/13/2026 17:22
{FOOT}
"""),
    ])

# w65_08 -- fixed-width text: linac SRS of an AVM with a head ring, 18 Gy, DSA + CT angiogram + MRI ---------------------
add(name="w65_08", kind="fixed_width_text", codes=["77372", "77432", "61798", "61800"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI", "angiography"], ["frame"]),
    lesions=[L("AVM_RPAR nidus", "cranial", C, 18, 1)],
    categories=cats(),
    notes="Fixed-width course report from an old-style record system (YYYYMMDD dates, upper case, aligned "
          "columns). Right parietal AVM (complex by type) 18 Gy at the 80% isodose in one session on a gantry "
          "linac with an invasive stereotactic head ring; biplane DSA with the ring on, CT angiogram and MRI. "
          "Target positioner check and kV pair before delivery. All claimed codes fit.",
    docs=[Doc("w65_08.txt", text=f"""
MESA VERDE UNIVERSITY HOSPITAL        RADIATION ONCOLOGY           STEREOTACTIC COURSE REPORT        PAGE 001
SYSTEM: TALUS-RV 2.09 (INVENTED)      RUN: 20260520 0641           REPORT ID: SRSCR-04
------------------------------------------------------------------------------------------------------------------
PATIENT NAME          MRN          DOB         SEX  ATTENDING               NEUROSURGEON
{patient(8):<22}{mrn(8):<13}19890311    M    ESPINOZA-HART, L MD     GRUNWALD, P MD
------------------------------------------------------------------------------------------------------------------
DX CODE   DESCRIPTION
Q28.2     ARTERIOVENOUS MALFORMATION OF CEREBRAL VESSELS - RIGHT PARIETAL, SPETZLER-MARTIN II, PRIOR BLEED 2025
------------------------------------------------------------------------------------------------------------------
COURSE  MACHINE                          TECHNIQUE            FX PLAN  FX DONE  START     END       STATUS
C1      LINAC-2 6MV-FFF GANTRY LINAC     SRS DCA 5 ARCS 1 ISO 1        1        20260519  20260519  COMPLETE
------------------------------------------------------------------------------------------------------------------
IMMOBILIZATION   : STEREOTACTIC HEAD RING, 4 PINS, PLACED 20260519 0650 (LOCAL), REMOVED 20260519 1420
IMAGING          : DSA BIPLANE W/ LOCALIZER 20260519 0805 / CTA HEAD 1.0MM 20260519 0910 / MRI T2 + T1+C 20260518
REGISTRATION     : DSA->CT VIA RING LOCALIZER, MRI->CT RIGID; NIDUS CONTOURED ON DSA+CTA, MRI FOR SPARING
TPS              : GRANITE-SRS 3.3 (INVENTED)   CONE/MLC: HD MLC 2.5MM DCA
QA               : TARGET POSITIONER CHECK 0.4MM PASS; WINSTON-LUTZ AM 0.6MM PASS; INDEP MU CALC 1.3% PASS
IGRT             : ORTHOGONAL KV PAIR AFTER RING MOUNT, 0.3MM/0.2DEG, NO SHIFT APPLIED
------------------------------------------------------------------------------------------------------------------
TARGET            VOL_CC  MAXDIM_CM  RX_GY  IDL_PCT  FX  COV_PCT   CI     GI    DMAX_GY  DELIV_GY  STATUS
AVM_RPAR          4.20    2.4        18.00  80       1   98.1      1.12   3.02  22.50    18.00     DONE
------------------------------------------------------------------------------------------------------------------
OAR               DMAX_GY  V12_CC   LIMIT
BRAIN-NIDUS       -        7.9      V12<10CC
BRAINSTEM         3.1      0.0      DMAX<15
OPTIC CHIASM      0.9      0.0      DMAX<8
------------------------------------------------------------------------------------------------------------------
SIGNATURES       ESPINOZA-HART, LUCIA MD (RAD ONC)  20260519 1455 / GRUNWALD, PAUL MD (NSGY)  20260519 1502
                 TREMBLAY, ANNIKA MS (PHYSICS)       20260519 1510
*** {FOOT} ***
""")])


# ==================================================================================================
# Spine
# ==================================================================================================

# w65_09 -- pipe text: T9 spine SBRT 24 Gy / 2 fx, vacuum cushion, CT + MRI ---------------------------------------------
add(name="w65_09", kind="pipe_text", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T9", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Pipe-delimited export from a record-and-verify interface: header segments (PID, CRS, RX, SIM, PLN, QA), "
          "then one row per field per fraction (4 VMAT arcs x 2 fractions, dose in cGy, cumulative) and "
          "the CBCT row of each fraction. T9 vertebral body metastasis with epidural extension, 24 Gy in 2 "
          "fractions, vacuum cushion, planning CT + MRI. Per-arc doses are not the lesion dose.",
    docs=[Doc("w65_09.txt", text=f"""
PID|{mrn(9)}|{patient(9)}|DOB=1955-12-02|SEX=M
CRS|SPINE_T9|STATUS=COMPLETED|MACHINE=TRUEPATH-4 (6 MV FFF gantry linac)|SITE=CLEARWATER CANCER PAVILION
DX|C79.51|Secondary malignant neoplasm of bone - T9 (prostate primary), Bilsky 1c epidural extension
RX|PTV_T9|TOTAL_cGy=2400|FX=2|cGy_PER_FX=1200|NORM=PTV V100>=90%|CORD_PRV Dmax 1700 cGy (limit)|APPROVED=2026-07-14 KPARRISH MD
SIM|2026-07-10|CT 1.0 mm supine arms up, full-body vacuum cushion indexed|MRI T-spine 2026-07-09 T1/T2 axial 2 mm fused to CT
PLN|TPS=ALDERPLAN 7.1 (invented)|4 VMAT arcs|1 isocenter|GTV T9 body+L pedicle, CTV per consensus, PTV +2 mm (cord trimmed)
DVH|PTV_T9|D90=2415|Dmax=2988|V100=91.2%
DVH|SPINAL_CORD|Dmax=1388|D0.035cc=1362
DVH|ESOPHAGUS|Dmax=1520
QA|IMRT QA 2026-07-13 gamma 3%/2mm 99.1% PASS|2nd MU calc PASS|physicist=HNGUYEN
#FX|DATE|FIELD|MU|cGy_FIELD|cGy_FX|cGy_CUM|IMG|COMMENT
1|2026-07-15|ARC1|1042|300|1200|1200|CBCT 6DoF (0.9 mm, 0.4 deg)|MD approved images before beam-on
1|2026-07-15|ARC2|1019|300|||||
1|2026-07-15|ARC3|987|300|||||
1|2026-07-15|ARC4|1004|300|||||
2|2026-07-17|ARC1|1042|300|1200|2400|CBCT 6DoF (0.6 mm, 0.3 deg)|MD approved images before beam-on
2|2026-07-17|ARC2|1019|300|||||
2|2026-07-17|ARC3|987|300|||||
2|2026-07-17|ARC4|1004|300|||||
SUM|PTV_T9|DELIVERED_cGy=2400|FX=2/2|FIRST=2026-07-15|LAST=2026-07-17
SIG|Kendra Parrish MD|2026-07-17 16:30|Hanh Nguyen MS DABR|2026-07-17 16:41
EOF|{FOOT}
""")])

# w65_10 -- bundle: dictated completion note + robotic-arm linac record, T4 and L2, 27 Gy / 3 each; dictation says 30 --
add(name="w65_10", kind="bundle", codes=["G0339", "G0340", "77435", "63620", "63621"],
    facts=F("robotic_linac", ["spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T4 vertebral body", "spinal", None, 27, 3), L("L2 vertebral body", "spinal", None, 27, 3)],
    categories=cats(),
    contradiction="The dictated completion note says L2 received thirty gray in three fractions, while the prescription and the treatment record give 27 Gy in 3 fractions to both T4 and L2.",
    notes="Two files: a dictated completion note (numbers in words) and the robotic-arm linac centre's treatment "
          "record. Two non-contiguous spinal metastases (T4 and L2), both 27 Gy in 3 fractions on the same days, "
          "spine tracking without fiducials, vacuum mattress, CT + MRI. The dictation misstates L2 as thirty gray.",
    docs=[
        Doc("1_dictated_completion_note.txt", text=f"""
RIVERBEND ONCOLOGY CONSULTANTS
Dictation job 88213 - Completion of Radiation Treatment

PATIENT: {patient(10)}   MRN: {mrn(10)}   DATE OF SERVICE: 11/20/2026   DICTATED BY: Gideon Abernathy-Lowe, MD

Mr. Sixtyfivepatient is a sixty-one-year-old man with metastatic renal cell carcinoma who has now completed stereotactic body
radiation therapy to two spinal metastases at T four and L two. These were treated together on the robotic arm unit over three
sessions, on November sixteenth, eighteenth and twentieth.

The T four lesion received twenty-seven gray in three fractions, nine gray each, and L two received thirty gray in three fractions.
Both were planned on a thin-slice planning CT fused with his spine MRI, with the cord contoured from the MRI. He was set
up in a vacuum mattress and tracked with spine tracking on every session. He tolerated treatment well with mild esophagitis,
which is settling with sucralfate, and his back pain is already better. He will follow up in six weeks with a total spine MRI.

Dictated, not read. GAL/dkt  D: 11/20/2026 17:02  T: 11/21/2026 09:15
{FOOT}
"""),
        Doc("2_treatment_record.pdf", [[
            H1("Treatment Record - Robotic Radiosurgery"),
            KeyValue([("Patient / MRN", f"{patient(10)} / {mrn(10)}"), ("Unit", "Robotic-arm mounted 6 MV linac, MLC"),
                      ("Plans", "T4_L2_3fx (two targets, one plan, delivered in the same session)"),
                      ("Rx", "PTV_T4 2700 cGy / 3 fx; PTV_L2 2700 cGy / 3 fx (both to 75% IDL)"),
                      ("Imaging", "Planning CT 1 mm (11/09/2026), MRI C/T/L spine T1/T2 (11/06/2026), registered"),
                      ("Setup", "Supine, vacuum mattress, arms at sides"),
                      ("Tracking", "Xsight-type spine tracking (no fiducials), kV pairs every 45 s"),
                      ("TPS", "SUNSTONE-RP 3.3 (invented); 208 beams, 71 nodes"),
                      ("Cord", "Dmax 19.8 Gy / 3 fx (limit 21.9); esophagus D5cc 17.1 Gy")], value_x=110),
            RuledTable([("Session", "Date", "Target", "Dose (cGy)", "Cumulative (cGy)", "Tracking corr. (mm)", "Therapist"),
                        ("1", "11/16/2026", "PTV_T4", "900", "900", "0.6", "AR"),
                        ("1", "11/16/2026", "PTV_L2", "900", "900", "0.7", "AR"),
                        ("2", "11/18/2026", "PTV_T4", "900", "1800", "0.4", "JM"),
                        ("2", "11/18/2026", "PTV_L2", "900", "1800", "0.5", "JM"),
                        ("3", "11/20/2026", "PTV_T4", "900", "2700", "0.5", "AR"),
                        ("3", "11/20/2026", "PTV_L2", "900", "2700", "0.4", "AR")]),
            P("Course status: COMPLETED 11/20/2026. 3 of 3 sessions. Pre-treatment DQA: 96.8% (3%/1 mm) PASS."),
            sig("Gideon Abernathy-Lowe, MD 11/20/2026 / Daria Kovacs, MS (Physics) 11/20/2026"),
        ]], opts=dict(header=f"RIVERBEND ONCOLOGY CONSULTANTS - ROBOTIC RADIOSURGERY   |   {patient(10)}   |   {mrn(10)}")),
    ])

# w65_11 -- pdf EHR print: single-fraction S1 spine SRS 16 Gy; no planning imaging in this print; 63621 claimed ----------
add(name="w65_11", kind="pdf", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 1, [], ["body_immobilization"]),
    lesions=[L("S1 (sacrum)", "spinal", None, 16, 1)],
    categories=cats(imaging=False),
    notes="EHR 'Course Summary' tab print-out with a coloured-banner layout (patient banner, allergy line, tab "
          "path): single-fraction SRS 16 Gy to an S1 metastasis on a gantry linac, vacuum bag + knee wedge, CBCT "
          "with 6DoF couch, plan parameters and DVH rows. The print-out never mentions the planning CT or any "
          "MRI, so imaging is unmet. One spinal lesion: 63621 is wrong.",
    docs=[Doc("w65_11.pdf", [[
        P("HARBORVIEW FAMILY CANCER CARE  >  Patient Chart  >  Radiation Oncology  >  Course Summary"),
        KeyValue([("Course", "SPINE S1 SRS (C3)"), ("Status", "Completed 8/27/2026"), ("Physician", "Anneliese Marchetti, DO"),
                  ("Diagnosis", "C79.51 - bone mets, S1 body and left ala; colorectal primary; pain NRS 7"),
                  ("Treatment machine", "6 MV FFF gantry linac (Vault 2)"),
                  ("Technique", "SRS, 2 VMAT arcs, 1 isocenter, TPS BIRCHWOOD 9 (invented)"),
                  ("Setup", "Supine, custom vacuum bag, knee wedge, arms on chest"),
                  ("IGRT", "CBCT + 6DoF couch before beam-on, repeat CBCT between arcs (shift < 1 mm)")], value_x=130),
        H2("Prescription vs Delivered"),
        RuledTable([("Site", "Rx dose", "Fx", "Dose/fx", "Delivered", "Fx delivered", "Last tx"),
                    ("S1", "16 Gy", "1", "16 Gy", "16 Gy", "1/1", "8/27/2026")]),
        H2("Plan evaluation"),
        RuledTable([("Structure", "Metric", "Value", "Goal"),
                    ("PTV_S1", "V100%", "90.4%", ">= 90%"), ("PTV_S1", "D0.03cc", "19.6 Gy", "< 20 Gy"),
                    ("Cauda equina", "D0.03cc", "13.9 Gy", "< 16 Gy"), ("Sacral plexus", "D0.03cc", "15.8 Gy", "< 18 Gy"),
                    ("Bowel", "D0.03cc", "11.2 Gy", "< 15.4 Gy")]),
        P("Patient QA 8/25/2026 PASS (99.0%, 3%/2mm). Physics chart check complete 8/27/2026."),
        P("Note: Tolerated well, no flare at 24 h phone call. Return 4-6 weeks."),
        sig("Anneliese Marchetti, DO 08/27/2026 14:12"),
    ]], opts=dict(header=[f"{patient(11)}   MRN: {mrn(11)}   DOB: 5/19/1949   Age: 77 y   Sex: F",
                          "Allergies: Penicillins (rash)   |   PCP: D. Oyelaran, MD   |   Insurance: MEDICARE"],
                  footer=[FOOT, "Printed by: billing4  8/31/2026 10:02"]))])

# w65_12 -- pdf: physics second check + session log, T11 30 Gy / 5 fx; no immobilisation stated ------------------------
add(name="w65_12", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 5, ["CT", "MRI"], []),
    lesions=[L("T11 with right paraspinal extension", "spinal", None, 30, 5)],
    categories=cats(positioning=False),
    notes="A physicist's plan second-check form (TPS vs independent MU per arc, point doses, approval boxes) "
          "followed by the session log of a T11 spinal metastasis with paraspinal extension, 30 Gy in 5 "
          "fractions on a gantry linac, CT + MRI. Nothing says how the patient was immobilised: positioning unmet.",
    docs=[Doc("w65_12.pdf", [[
        H1("Physics Plan Second Check"),
        TextTable([("Patient", "MRN", "Plan ID", "Check date"),
                   (patient(12), mrn(12), "T11_SBRT_5fx", "09-Nov-2026")], columns=(0, 180, 270, 380)),
        KeyValue([("Prescription", "3000 cGy in 5 fractions of 600 cGy to PTV_T11 (V100 >= 90%)"),
                  ("Machine", "6 MV FFF gantry linac, HD MLC"),
                  ("Image sets", "CT_SIM 1 mm (03-Nov-2026); MR_TSPINE T1/T2 (02-Nov-2026) registered; cord from MR"),
                  ("Independent calc", "QUILLCHECK 2.4 (invented)")], value_x=120),
        RuledTable([("Field", "Gantry", "TPS MU", "Indep MU", "Diff", "Pass (+/-3%)"),
                    ("ARC1", "181-179 CW", "1183", "1201", "+1.5%", "Y"),
                    ("ARC2", "179-181 CCW", "1176", "1190", "+1.2%", "Y"),
                    ("ARC3", "181-179 CW, coll 30", "1094", "1112", "+1.6%", "Y")]),
        BulletList(["Dose/fx and fx count match the signed prescription: Y",
                    "Isocenter placement consistent with CT and setup notes: Y",
                    "Cord PRV Dmax 2210 cGy / 5 fx (< 2500): Y",
                    "Patient-specific QA 97.8% (2%/2mm): Y"], marker="[x]"),
        sig("Silvia Restrepo, MS, DABR  09-Nov-2026"),
        H2("Session log - T11_SBRT_5fx"),
        RuledTable([("#", "Date", "cGy", "Total cGy", "IGRT", "Notes"),
                    ("1", "10-Nov-2026", "600", "600", "CBCT, 6DoF", "MD at console"),
                    ("2", "12-Nov-2026", "600", "1200", "CBCT, 6DoF", ""),
                    ("3", "13-Nov-2026", "600", "1800", "CBCT, 6DoF", ""),
                    ("4", "16-Nov-2026", "600", "2400", "CBCT, 6DoF", "back pain improved"),
                    ("5", "17-Nov-2026", "600", "3000", "CBCT, 6DoF", "course complete")]),
        P("T11 with R paraspinal extension: 3000 cGy / 5 fx delivered 10-Nov to 17-Nov-2026."),
        sig("Julian Okafor, MD 17-Nov-2026"),
    ]], opts=dict(header=["ASPEN GROVE CANCER CENTER  -  MEDICAL PHYSICS / TREATMENT DELIVERY",
                          f"{patient(12)}   {mrn(12)}"]))])


# ==================================================================================================
# Body
# ==================================================================================================

# w65_13 -- bundle: key: value export (txt) + typed on-treatment/completion note (pdf), RLL lung 48 Gy / 4 fx -------------
add(name="w65_13", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 4, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("RLL peripheral NSCLC", "body", None, 48, 4)],
    categories=cats(),
    notes="Two files: a key: value course export and the physician's typed completion note. Peripheral RLL "
          "adenocarcinoma 48 Gy in 4 fractions of 12 Gy, 4DCT (ITV), PET-CT staging for this course, wing board "
          "+ vacuum bag, daily CBCT. Month-name dates (Jun 3, 2026).",
    docs=[
        Doc("1_course_export.txt", text=f"""
BLUE HERON RADIATION CENTER  ::  SBRT COURSE DATA  ::  exported Jun 12, 2026 4:55 PM  (HERONRT 3.0, invented)

Patient Name ............. : {patient(13)}
MRN ...................... : {mrn(13)}
DOB ...................... : Oct 2, 1940
Primary Dx ............... : C34.31 - Adenocarcinoma RLL, cT1c N0 M0 (PET-CT May 20, 2026: SUVmax 7.9, no nodes)
Operability .............. : Medically inoperable (FEV1 38%, DLCO 31%)
Treatment Site ........... : Lung RLL (peripheral, 2.6 cm)
Technique ................ : SBRT, VMAT 2 partial arcs, 6 MV FFF
Treatment Unit ........... : gantry linac 'HERON-2'
Simulation ............... : Jun 1, 2026 - 4DCT (10 phases), MIP used for ITV, free breathing
Immobilization ........... : Wing board, arms up, vacuum bag (full length)
Target Volumes ........... : GTV per phase -> ITV; PTV = ITV + 5 mm
Rx ....................... : 4800 cGy / 4 fx / 1200 cGy per fx, prescribed to 80% IDL covering 95% of PTV
Planning System .......... : LANTERN-TPS 12 (invented)
Constraints (met) ........ : Chest wall V30 12.1 cc; Lung V20 4.8%; Cord Dmax 9.6 Gy
Fx Dates ................. : Jun 3, Jun 5, Jun 8, Jun 10, 2026
Fx Delivered ............. : 4 of 4
Dose Delivered ........... : 4800 cGy
IGRT ..................... : CBCT each fx, soft tissue match to ITV, MD approval before beam-on
Patient QA ............... : Jun 2, 2026 - 98.9% PASS
Physician ................ : Harriet Quan-Mbeki, MD
Physicist ................ : Emil Vasquez-Lund, MS
{FOOT}
"""),
        Doc("2_completion_note.pdf", [[
            H1("SBRT Completion Note"),
            P(f"Patient: {patient(13)}    MRN: {mrn(13)}    Date: 06/10/2026"),
            P("Ms. Sixtyfivepatient completed lung SBRT today. The right lower lobe primary received 48 Gy in 4 fractions "
              "(12 Gy per fraction) between June 3 and June 10. Each treatment was preceded by cone-beam CT aligned to the "
              "ITV, and I reviewed the images before beam-on. She had mild fatigue and a dry cough, no chest wall pain."),
            P("Plan: CT chest at 3 months, then every 6 months. We talked about smoking cessation again; she has cut down to "
              "three cigarettes a day."),
            sig("Harriet Quan-Mbeki, MD, Radiation Oncology 06/10/2026 17:40"),
        ]], opts=dict(header=f"Blue Heron Radiation Center   |   {patient(13)}   |   {mrn(13)}")),
    ])

# w65_14 -- pdf: robotic-arm linac liver SBRT with fiducials and respiratory tracking, 45 Gy / 3 -------------------------
add(name="w65_14", kind="pdf", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("Liver seg 7 HCC", "body", None, 45, 3)],
    categories=cats(),
    notes="Robotic-arm linac plan summary and fraction table: hepatocellular carcinoma in segment 7 (TACE "
          "refractory), 45 Gy in 3 fractions of 15 Gy to the 70% isodose, three gold fiducials placed under "
          "ultrasound, respiratory-correlated tracking, vacuum cushion, contrast CT (arterial/portal) + MRI. "
          "Per-fraction correlation model error and dose columns.",
    docs=[Doc("w65_14.pdf", [[
        H1("SBRT PLAN & DELIVERY SUMMARY"),
        RuledTable([("Name", "MRN", "Sex/Age", "Referring", "Attending"),
                    (patient(14), mrn(14), "F / 68", "Dr. V. Ramaswamy (hepatology)", "Dr. E. Lindqvist-Achor")], header=False),
        KeyValue([("Indication", "HCC segment 7, 3.4 cm, Child-Pugh A6, progressing after two TACE sessions; tumor board 2026-01-15"),
                  ("Fiducials", "3 gold seeds placed 2026-01-22 (US-guided, IR); all three visible on planning CT"),
                  ("Simulation", "2026-01-29: CT exhale + triphasic contrast, 1.25 mm; MRI liver (Gd-EOB) 2026-01-28 fused"),
                  ("Immobilization", "Full-length vacuum cushion, arms up on wing rest"),
                  ("Unit / tracking", "Robotic-arm mounted 6 MV linac; fiducial tracking + respiratory correlation model"),
                  ("Planning", "SUNSTONE-RP 3.3 (invented), MLC, 121 beams"),
                  ("Rx", "45 Gy / 3 fx (15 Gy/fx) to 70% IDL; PTV = GTV + 3 mm; coverage 95.6%"),
                  ("Liver constraints", "Normal liver (>700 cc) < 17 Gy: 812 cc spared; duodenum D5cc 11.4 Gy; stomach D0.03cc 17.9 Gy")], value_x=120),
        RuledTable([("Fx", "Date", "Dose", "Cumulative", "Model error (mm)", "Fiducial rigid-body err.", "Beam-on"),
                    ("1", "2026-02-03", "15 Gy", "15 Gy", "1.8", "0.9 mm", "47 min"),
                    ("2", "2026-02-05", "15 Gy", "30 Gy", "1.6", "1.1 mm", "44 min"),
                    ("3", "2026-02-09", "15 Gy", "45 Gy", "2.1", "1.0 mm", "45 min")]),
        P("Course summary: Liver segment 7 HCC, 45 Gy in 3 fractions completed 2026-02-09. LFTs stable at week 1 check. "
          "Patient-specific QA (film + chamber) 2026-01-31 PASS."),
        sig("Elin Lindqvist-Achor, MD - Radiation Oncology - 2026-02-09"),
        sig("Marcus Delacroix, MS, DABR - Physics - 2026-02-09"),
    ]], opts=dict(header=["COASTAL RANGE RADIOSURGERY PARTNERS", "SBRT  -  Liver"]))])

# w65_15 -- bundle: typed completion note (txt) + daily record (pdf), prostate 36.25 Gy / 5, 77432 claimed ------------------
add(name="w65_15", kind="bundle", codes=["77373", "77435", "77432"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("Prostate (PTV_3625)", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Two files: the physician's typed end-of-treatment summary and the daily treatment record. Prostate "
          "SBRT 36.25 Gy in 5 fractions of 7.25 Gy on a gantry linac, three implanted fiducials and a rectal "
          "hydrogel spacer, planning CT + MRI, daily kV fiducial match with CBCT. 77432 (single-session "
          "cranial management) is claimed beside 77435 and is wrong.",
    docs=[
        Doc("1_end_of_treatment_summary.txt", text=f"""
CANYON CREST UROLOGIC ONCOLOGY - RADIATION SERVICES
END OF TREATMENT SUMMARY

Patient:   {patient(15)}
MRN:       {mrn(15)}
DOB:       08/14/1957
Physician: Dmitri Kalashian, MD
Dates:     09/08/2026 - 09/18/2026

Diagnosis: Adenocarcinoma of the prostate, Gleason 3+4=7, PSA 7.8, cT1c, favorable intermediate risk (NCCN). No ADT.

Treatment: Stereotactic body radiation therapy to the prostate, 36.25 Gy in 5 fractions (7.25 Gy per fraction), every
other weekday, 6 MV flattening-filter-free gantry linac. Three gold fiducial markers and a hydrogel rectal spacer were placed
by urology on 08/18/2026. Planning CT (08/25/2026) was fused with a prostate MRI (08/24/2026) for contouring. Before each
fraction the fiducials were matched on orthogonal kV images and soft tissue confirmed on CBCT; intrafraction kV imaging every
20 seconds of arc.

Dose summary:
  PTV_3625 (prostate + 3 mm, 5 mm elsewhere) ... 36.25 Gy / 5 fx, D95 >= 100%
  Rectum D1cc 33.1 Gy; bladder D10cc 34.8 Gy; urethra PRV Dmax 37.9 Gy.

Tolerance: Grade 1 urinary frequency, no bowel symptoms. Tamsulosin started 09/15/2026.
Follow-up: PSA in 3 months with Dr. Kalashian.

Electronically signed: Dmitri Kalashian, MD 09/18/2026
{FOOT}
"""),
        Doc("2_daily_treatment_record.pdf", [[
            H1("Daily Treatment Record"),
            P(f"{patient(15)}  {mrn(15)}  Plan PROS_SBRT_v1  Rx 725 cGy x 5 = 3625 cGy"),
            RuledTable([("Date", "Fx", "cGy", "Total", "kV fiducial match (mm) LR/AP/SI", "CBCT", "Intrafx kV", "Tx by"),
                        ("09/08/26", "1", "725", "725", "1.2 / -2.0 / 0.8", "Y", "Y", "NB/RT"),
                        ("09/10/26", "2", "725", "1450", "0.4 / -1.1 / 1.5", "Y", "Y", "NB/RT"),
                        ("09/14/26", "3", "725", "2175", "-0.6 / -0.9 / 0.3", "Y", "Y", "CS/RT"),
                        ("09/16/26", "4", "725", "2900", "0.9 / -1.4 / 0.2", "Y", "Y", "NB/RT"),
                        ("09/18/26", "5", "725", "3625", "0.2 / -0.7 / 1.0", "Y", "Y", "NB/RT")]),
            P("Plan: 2 VMAT arcs, LANTERN-TPS 12 (invented). Pre-treatment DQA 99.3% PASS 09/04/26. Weekly physics check 09/11, 09/18."),
            sig("D. Kalashian, MD 09/18/2026; P. Abubakar, MS (Physics) 09/18/2026"),
        ]], opts=dict(header="CANYON CREST UROLOGIC ONCOLOGY  -  TREATMENT DELIVERY")),
    ])

# w65_16 -- pdf: single-fraction kidney SBRT 26 Gy on a linac, claimed as cranial SRS 77372 / 77432 ------------------------
add(name="w65_16", kind="pdf", codes=["77372", "77432"],
    facts=F("linac", ["body"], 1, 1, ["CT"], ["body_immobilization"]),
    lesions=[L("L kidney RCC (upper pole)", "body", None, 26, 1)],
    categories=cats(),
    notes="Plan approval sheet of a vendor-like layout (DVH table with D99/D95/D50/Dmean/Dmax columns, approval "
          "boxes, treatment line at the foot): single-fraction SBRT 26 Gy to a 3.9 cm left renal cell carcinoma "
          "in a patient unfit for surgery, 4DCT with contrast, vacuum bag and abdominal compression belt, CBCT. "
          "One fraction but extracranial: 77373/77435, so the claimed 77372 and 77432 are wrong.",
    docs=[Doc("w65_16.pdf", [[
        H1("TREATMENT PLAN APPROVAL"),
        KeyValue([("Patient", f"{patient(16)}  ({mrn(16)})"), ("Plan", "LKID_SABR_1fx  (rev A)"),
                  ("Diagnosis", "Primary RCC left kidney upper pole, 3.9 cm, biopsy-proven clear cell; eGFR 38, not a surgical candidate"),
                  ("Machine", "6 MV FFF gantry linac  |  VMAT 2 arcs  |  TPS: WILLOWCALC 8 (invented)"),
                  ("Simulation", "4DCT 1.5 mm (08 Dec 2026) + IV contrast breath-hold CT; ITV from 4DCT"),
                  ("Set-up", "Vacuum bag, arms up, abdominal compression belt at 40 mmHg"),
                  ("Prescription", "26 Gy x 1 to PTV (ITV + 5 mm), 80% IDL")], value_x=110),
        RuledTable([("Structure", "Vol (cc)", "D99 (Gy)", "D95 (Gy)", "D50 (Gy)", "Dmean (Gy)", "Dmax (Gy)"),
                    ("ITV", "34.1", "27.9", "28.6", "30.4", "30.3", "32.5"),
                    ("PTV", "61.7", "25.1", "26.0", "29.7", "29.4", "32.5"),
                    ("Bowel", "-", "-", "-", "-", "1.9", "14.6"),
                    ("Stomach", "-", "-", "-", "-", "2.4", "12.1"),
                    ("R kidney", "162", "-", "-", "-", "0.8", "3.3")]),
        TextTable([("Approved by", "Role", "Date"),
                   ("Yusuf Karimi-Bell, MD", "Radiation Oncologist", "10 Dec 2026"),
                   ("Leona Fairbanks, PhD", "Physicist (2nd check 1.4%, PSQA 98.2%)", "10 Dec 2026")], columns=(0, 160, 400)),
        H2("Treatment"),
        P("14 Dec 2026: fraction 1 of 1 delivered, 26 Gy. CBCT x2 (pre and mid) with ITV match, compression belt verified. "
          "Course complete."),
        sig("Yusuf Karimi-Bell, MD 14 Dec 2026"),
    ]], opts=dict(header=["ST. AUGUSTINE VALLEY CANCER CENTER", f"{patient(16)}  |  {mrn(16)}  |  DOB 23 Mar 1944"]))])

# w65_17 -- pdf EHR print: oligometastases T6 + LLL in the same 5 sessions; the narrative says four fractions ---------------
add(name="w65_17", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["body", "spinal"], 2, 5, ["CT", "MRI", "PET"], ["body_immobilization"]),
    lesions=[L("T6 vertebral body", "spinal", None, 35, 5), L("LLL nodule", "body", None, 50, 5)],
    categories=cats(),
    contradiction="The physician's narrative says the patient tolerated all four fractions, while the prescription and the delivery table show five fractions delivered to both targets.",
    notes="EHR print-out with a banner and a tabbed layout: oligometastatic breast cancer, T6 vertebral body 35 Gy / "
          "5 and a left lower lobe nodule 50 Gy / 5 treated in the same five sessions (two isocenters), PET-CT "
          "and spine MRI for this course, planning 4DCT, full-body vacuum cushion, daily CBCT. The narrative's "
          "'all four fractions' is a copy-forward slip.",
    docs=[Doc("w65_17.pdf", [[
        P("WESTBROOK HEALTH  |  EHR  |  Encounter: RAD ONC TREATMENT SUMMARY  |  Printed 10/30/2026"),
        H1("Radiation Treatment Summary"),
        KeyValue([("Course", "Oligomet SBRT (T6 + LLL)"), ("Intent", "Curative-intent / metastasis-directed"),
                  ("Workup", "FDG PET-CT 09/22/2026 (2 avid lesions only); MRI T-spine 09/24/2026"),
                  ("Sim", "09/29/2026 4DCT, full-body vacuum cushion, arms up"),
                  ("Planning", "Two isocenters, VMAT, WILLOWCALC 8 (invented), 6 MV FFF gantry linac"),
                  ("IGRT", "CBCT per isocenter every fraction")], value_x=110),
        RuledTable([("Target", "Rx", "Dose/fx", "Fx", "Start", "End", "Delivered"),
                    ("PTV_T6", "35 Gy", "7 Gy", "5", "10/20/2026", "10/28/2026", "35 Gy"),
                    ("PTV_LLL", "50 Gy", "10 Gy", "5", "10/20/2026", "10/28/2026", "50 Gy")]),
        RuledTable([("Date", "Fx", "T6 (Gy)", "LLL (Gy)", "CBCT"),
                    ("10/20/2026", "1", "7", "10", "Y / Y"), ("10/22/2026", "2", "7", "10", "Y / Y"),
                    ("10/23/2026", "3", "7", "10", "Y / Y"), ("10/27/2026", "4", "7", "10", "Y / Y"),
                    ("10/28/2026", "5", "7", "10", "Y / Y")]),
        P("Narrative: Ms. Sixtyfivepatient has ER+ breast cancer with two metastases after 18 months of stable disease on "
          "letrozole and palbociclib. She tolerated all four fractions well, with mild fatigue and brief back pain after the first. "
          "Spinal cord Dmax 24.1 Gy (limit 30 Gy/5); esophagus Dmax 26.9 Gy; lung V20 5.2%. Plan QA passed 10/16/2026."),
        P("Follow-up: PET-CT in 3 months; continue systemic therapy without interruption."),
        sig("Nadia Fontaine-Obi, MD, Radiation Oncology 10/28/2026"),
    ]], opts=dict(header=[f"{patient(17)}  |  F  |  DOB 12/09/1969  |  MRN {mrn(17)}", "Attending: Fontaine-Obi, Nadia MD  |  Location: RO Westbrook"]))])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# w65_18 -- dictated consult: radiosurgery recommended for two metastases, nothing done yet -----------------------------
add(name="w65_18", kind="dictation", codes=["77371", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a dictated new-patient consultation (numbers in words) recommending single-session "
          "cobalt-60 radiosurgery with a frame for two metastases; the diagnostic MRI is history, the frame and "
          "stereotactic MRI are planned for next week. Nothing simulated, planned or delivered: facts empty, "
          "categories unmet, claimed codes inconsistent.",
    docs=[Doc("w65_18.txt", text=f"""
GOLDEN PRAIRIE NEUROSURGERY & RADIOSURGERY
NEW PATIENT CONSULTATION - RADIOSURGERY

Patient: {patient(18)}     MRN: {mrn(18)}     Date of visit: 01/14/2026
Referring: Constance Ibarra, MD (medical oncology)
Dictated by: Ambrose Tillinghast, MD

HISTORY: Mr. Sixtyfivepatient is a seventy-year-old man with small cell... correction, non-small cell lung cancer, adenocarcinoma,
diagnosed last spring and on carboplatin and pemetrexed maintenance. A restaging MRI of the brain on January sixth showed two new
enhancing lesions, a one point two centimeter left frontal lesion and an eight millimeter right cerebellar lesion, with minimal
edema. He has mild word-finding difficulty. No seizures.

EXAMINATION: Alert, oriented. Mild expressive aphasia. Strength five out of five throughout. Gait normal. KPS eighty.

IMPRESSION: Two brain metastases from lung adenocarcinoma, both small and well away from the optic apparatus and brainstem.

RECOMMENDATION: I recommend single-session stereotactic radiosurgery on our cobalt unit to both lesions, likely twenty gray to the
fifty percent isodose line for each, under a stereotactic frame. We discussed whole brain radiation as an alternative and he prefers
radiosurgery. He will return on January twenty-first for frame placement and a same-day stereotactic MRI; if he has any
contraindication to gadolinium we will use a contrast CT instead. Dexamethasone two milligrams twice daily until then.

Consent was discussed and will be signed on the day of the procedure. No treatment was given today.

Ambrose Tillinghast, MD   D: 01/14/2026  T: 01/15/2026   (e-signed 01/15/2026)
{FOOT}
""")])

# w65_19 -- pdf order sheet: SBRT order for a lung lesion, simulation not yet done ---------------------------------------
add(name="w65_19", kind="pdf", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a radiation oncology order sheet (check boxes, scheduling block) requesting 4DCT "
          "simulation and SBRT 50 Gy in 5 fractions for a left upper lobe lesion, with the scheduling block "
          "showing simulation pending. An order only: nothing simulated or delivered; facts empty, categories "
          "unmet, codes inconsistent.",
    docs=[Doc("w65_19.pdf", [[
        H1("RADIATION ONCOLOGY ORDER SHEET"),
        P("HIGH DESERT ONCOLOGY GROUP  -  Fax to scheduling: (000) 555-0165"),
        KeyValue([("Patient", patient(19)), ("MRN", mrn(19)), ("DOB", "06/30/1952"),
                  ("Ordering physician", "Beatrix Lomond-Ayala, MD"), ("Order date", "03/02/2026"),
                  ("Diagnosis", "C34.12 - LUL lung adenocarcinoma, 2.1 cm, peripheral (biopsy 02/20/2026)")], value_x=130),
        H2("Orders"),
        BulletList(["[X] CT simulation - 4DCT, wing board, vacuum bag",
                    "[ ] MRI for planning",
                    "[X] SBRT / SABR - site: LUL lung",
                    "[X] Dose: 50 Gy in 5 fractions (10 Gy/fx), every other day",
                    "[X] IGRT: CBCT daily",
                    "[ ] Fiducial placement",
                    "[ ] Conventional fractionation"], marker=""),
        H2("Scheduling (office use)"),
        RuledTable([("Item", "Requested", "Scheduled", "Status"),
                    ("CT simulation", "ASAP", "03/09/2026 10:30", "PENDING - insurance auth"),
                    ("Start of treatment", "within 2 wk of sim", "-", "not scheduled"),
                    ("Prior authorization", "77373 x5, 77435", "-", "SUBMITTED 03/02/2026")]),
        P("Comments: Patient prefers mornings. Needs transport assistance. Confirm O2 requirement for sim."),
        sig("Beatrix Lomond-Ayala, MD 03/02/2026 11:48"),
    ]], opts=dict(header=f"HDOG  |  {patient(19)}  |  {mrn(19)}"))])

# w65_20 -- pdf EHR print: follow-up visit after spine SBRT delivered in 2025; prior-course table only -----------------
add(name="w65_20", kind="pdf", codes=["77373", "77435", "63620"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: EHR follow-up visit print-out eleven months after L1 spine SBRT (27 Gy / 3 fx, 2025) with a "
          "prior-treatment table, the new MRI and an observation plan. No course in this document set; facts "
          "empty, categories unmet, claimed codes inconsistent.",
    docs=[Doc("w65_20.pdf", [[
        P("OAKHAVEN MEDICAL GROUP  >  Radiation Oncology  >  Office Visit  >  Follow-up"),
        H1("Follow-up Visit"),
        KeyValue([("Visit date", "2026-05-11"), ("Provider", "Theodora Vance-Mulligan, MD"),
                  ("Reason", "11-month follow-up after spine SBRT; new MRI")], value_x=110),
        H2("Radiation history"),
        RuledTable([("Course", "Site", "Dose / fx", "Dates", "Unit", "Status"),
                    ("2025-C1", "L1 vertebral body", "27 Gy / 3 fx", "2025-06-02 to 2025-06-06", "gantry linac", "Completed")]),
        H2("Interval history"),
        P("Ms. Sixtyfivepatient has metastatic follicular thyroid cancer and remains on lenvatinib. "
          "Back pain resolved after SBRT last June. No new neurologic symptoms."),
        H2("Imaging"),
        P("MRI L-spine 2026-05-04: treated L1 lesion smaller, no epidural disease, no new lesions, no compression fracture."),
        H2("Assessment / Plan"),
        BulletList(["Local control at L1 after SBRT 27 Gy/3.",
                    "No further radiation indicated at this time.",
                    "MRI L-spine in 6 months; return visit after that."], marker="-"),
        sig("Theodora Vance-Mulligan, MD 2026-05-11 15:36"),
    ]], opts=dict(header=[f"{patient(20)}  MRN {mrn(20)}  DOB 1961-02-17  F", "Allergies: Sulfa  |  Primary insurance: commercial"]))])


CORPUS = Corpus("blind_corpus65", "tests/blind_corpus65", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
