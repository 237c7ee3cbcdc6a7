"""Forty-third blind corpus, ``tests/blind_corpus43/`` (regenerate: ``python scripts/make_corpus.py blind_corpus43``).

A tuning corpus written blind by a sixth hand as a fair sample of the first charts a coding office receives
from other clinics: system printouts (plan reports with several dose columns, prescriptions with revisions,
record-and-verify histories, physics second checks, EHR key: value and CSV / pipe exports, a charge ticket).
Every clinic and system name is invented. Gold labels were written by hand from what each chart says and
../shared/corpus/README.md, without reading the reader's code.
"""

# ruff: noqa: E501  (exports and printouts are deliberately one long line per record)

from __future__ import annotations

from pdfmaker import ColumnBreak, KeyValue, RuledTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["AUGUSTINE", "BRISEIS", "CASIMIR", "DELPHINE", "EZEKIEL", "FLAVIA", "GIDEON", "HONORIA", "IGNATIUS",
         "JOSEPHA", "KILIAN", "LUCASTA", "MALACHI", "NERISSA", "OSWIN", "PERPETUA", "QUENTIN", "ROWENA",
         "SEVERIN", "THEODORA"]


def patient(n: int) -> str:
    return f"FORTYTHREEPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-430{n:02d}"


def banner(clinic: str, system: str, n: int, dob: str, printed: str) -> list[str]:
    return [f"{clinic} | {system}", f"{patient(n)}  MRN {mrn(n)}  DOB {dob}  -- printed {printed}"]


CHARTS = Charts()
add = CHARTS.add

# b43_01 -- pdf: cobalt frame, four metastases, plan report with Rx/min/max/mean/IDL/coverage -------------------
_c, _s = "HOLLINGBROOK NEUROSCIENCE INSTITUTE", "SPHERION-GP plan report 4.1"
add(name="b43_01", kind="pdf", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("Met_RtParietal", "cranial", S, 20, 1), L("Met_LtFrontal", "cranial", S, 20, 1),
             L("Met_RtCerebellum", "cranial", S, 18, 1), L("Met_LtOccipital", "cranial", S, 22, 1)],
    categories=cats(),
    notes="Cobalt frame case, four metastases in one session: plan report with Rx, min, max, mean dose, isodose "
          "line and coverage columns (max 40-44 Gy at 50%), an OAR table, and a treatment log with a frame "
          "co-ordinate check. All four under 3.5 cm, none near the optic apparatus: simple.",
    docs=[Doc("b43_01.pdf", [[
        H1("Radiosurgery Treatment Plan Report"),
        KeyValue([("Unit", "Multi-source cobalt-60 radiosurgery unit, 192 sources"), ("Plan", "SRS_4MET_v2 -- APPROVED"),
                  ("Fixation", "Stereotactic head frame (4-pin), placed 03/11/2026 07:02, local anaesthesia"),
                  ("Images", "MRI 3D T1 post-contrast 1 mm with frame localiser 07:50; CT 1 mm 08:15, fused"),
                  ("Fractionation", "1 session")]),
        H2("Targets"),
        RuledTable([("Target", "Vol (cc)", "Diam (cm)", "Rx (Gy)", "Min (Gy)", "Max (Gy)", "Mean (Gy)", "IDL (%)", "Cov (%)"),
                    ("Met_RtParietal", "1.42", "1.6", "20.0", "18.9", "40.0", "27.1", "50", "98.7"),
                    ("Met_LtFrontal", "0.38", "1.0", "20.0", "19.4", "40.0", "28.3", "50", "99.6"),
                    ("Met_RtCerebellum", "2.95", "2.1", "18.0", "16.6", "36.0", "24.0", "50", "98.1"),
                    ("Met_LtOccipital", "0.09", "0.6", "22.0", "21.7", "44.0", "31.5", "50", "100.0")]),
        H2("Organs at risk"),
        RuledTable([("Structure", "Max (Gy)", "Limit (Gy)"), ("Brainstem", "6.2", "15"), ("Chiasm", "1.1", "8"),
                    ("Brain V12 (cc)", "5.8", "10")]),
        H2("Treatment log"),
        RuledTable([("Date", "Start", "Runs", "Frame check", "Status"),
                    ("03/11/2026", "10:55", "4 of 4 (21 shots)", "Co-ordinate verification within 0.4 mm", "Completed")]),
        P("All four targets treated as planned; frame removed 12:31."),
        sig("Neurosurgery, A. Vantongeren MD 03/11/2026 12:40"),
        sig("Radiation Oncology, M. Ferreira-Oduya MD 03/11/2026 12:52"),
    ]], opts=dict(header=banner(_c, _s, 1, "02/19/1957", "03/11/2026 13:05")))])

# b43_02 -- ehr_text: cobalt mask, vestibular schwannoma 12 Gy, key: value export; 61796 claimed wrongly ---------
add(name="b43_02", kind="ehr_text", codes=["77371", "77432", "61796"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("L vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    notes="Key: value EHR export of a left vestibular schwannoma 12 Gy at 50% in one cobalt session with a "
          "thermoplastic mask and on-unit cone-beam CT; complex by tumour type, so the claimed 61796 does not fit.",
    docs=[Doc("b43_02.txt", text=f"""
=== GLENCAIRN REGIONAL HOSPITAL :: CHARTWELL EHR :: Radiation Oncology Encounter Export ===
Patient: {patient(2)}    MRN: {mrn(2)}    DOB: 1962-08-30    Page 1 of 1
-----------------------------------------------------------------------------------------
Encounter type:            Radiosurgery - treatment day
Date of service:           2026-05-06
Diagnosis:                 Vestibular schwannoma, left (D33.3)
Target:                    L vestibular schwannoma, intracanalicular + cisternal, 1.9 x 1.4 x 1.3 cm
Treatment unit:            Multi-source Co-60 radiosurgery unit (mask-capable model)
Immobilisation:            Thermoplastic mask, custom, made 2026-04-29
Planning imaging:          MRI 3D T1+C and CISS 0.8 mm (2026-04-29); CT head 1 mm (2026-04-29)
Prescription:              12 Gy to the 50% isodose, single fraction
Max dose:                  24 Gy
Cochlea mean:              3.6 Gy
Brainstem max:             11.4 Gy
Pre-treatment imaging:     Cone-beam CT on unit, shift 0.6 mm applied
Intra-fraction motion:     IR nose-marker monitoring, no pauses
Sessions delivered:        1 of 1
Delivered dose:            12 Gy (50% IDL) to L vestibular schwannoma
Status:                    Course complete
Signed:                    R. Oyelaran-Petts, MD  2026-05-06 15:12
{FOOT}
""")])

# b43_03 -- bundle: linac resection cavity, Rx revised 27/3 -> 30/5, CSV record ---------------------------------
_c, _s = "MARSHFORD CANCER PAVILION", "OPALRX prescriptions"
add(name="b43_03", kind="bundle", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("Cavity_LtFrontal", "cranial", S, 30, 5)],
    categories=cats(),
    notes="Post-operative left frontal resection cavity (2.8 cm) on a gantry linac: prescription revision 1 "
          "(27 Gy / 3) superseded by revision 2 (30 Gy / 5); CSV treatment record with five fractions in cGy and "
          "a cumulative column, CBCT each day, open-face mask. Simple cavity.",
    docs=[
        Doc("1_prescription.pdf", [[
            H1("Stereotactic Prescription"),
            KeyValue([("Site", "Brain - left frontal resection cavity (Cavity_LtFrontal), 2.8 cm"),
                      ("Machine", "6 MV FFF gantry linear accelerator, HD MLC"),
                      ("Simulation", "CT 1 mm 04/02/2026 with open-face mask; MRI T1+C 04/01/2026 fused")]),
            H2("Revision history"),
            RuledTable([("Rev", "Dose/fx (cGy)", "Fx", "Total (cGy)", "Status", "Reason"),
                        ("1", "900", "3", "2700", "Superseded 04/06", "--"),
                        ("2", "600", "5", "3000", "Active", "Cavity volume 14 cc; five fractions preferred")]),
            P("Prescribed to the 80% isodose line, VMAT 2 non-coplanar arcs, CBCT before every fraction."),
            sig("K. Lindqvist-Abara, MD 04/06/2026"),
        ]], opts=dict(header=banner(_c, _s, 3, "11/23/1970", "04/21/2026"))),
        Doc("2_treatment_record.csv", text=f"""
# MARSHFORD CANCER PAVILION - TIDEMARK R&V export - {patient(3)} - {mrn(3)}
date,fraction,field,target,dose_cgy,cumulative_cgy,imaging,status
2026-04-13,1,ARC1+ARC2,Cavity_LtFrontal,600,600,CBCT matched,treated
2026-04-14,2,ARC1+ARC2,Cavity_LtFrontal,600,1200,CBCT matched,treated
2026-04-15,3,ARC1+ARC2,Cavity_LtFrontal,600,1800,CBCT matched,treated
2026-04-16,4,ARC1+ARC2,Cavity_LtFrontal,600,2400,CBCT matched,treated
2026-04-17,5,ARC1+ARC2,Cavity_LtFrontal,600,3000,CBCT matched,treated
# course total 3000 cGy / 5 fx, completed
"""),
    ])

# b43_04 -- pdf: linac single isocentre, twelve lesions, one in the pons; 61799 claimed (only one complex) --------
_c, _s = "ST. WENDELIN UNIVERSITY HOSPITAL", "MULTIFOCAL-PLAN 2.3"
_rows = [("lesion 1", "R frontal", "0.8", "20"), ("lesion 2", "L frontal", "0.5", "20"), ("lesion 3", "R parietal", "1.2", "20"),
         ("lesion 4", "L parietal", "0.9", "20"), ("lesion 5", "R temporal", "1.4", "20"), ("lesion 6", "L temporal", "0.6", "20"),
         ("lesion 7", "R occipital", "0.7", "20"), ("lesion 8", "L occipital", "1.0", "20"), ("lesion 9", "R cerebellum", "1.6", "18"),
         ("lesion 10", "L cerebellum", "1.1", "20"), ("lesion 11", "pons (brainstem)", "0.7", "16"), ("lesion 12", "R insula", "0.4", "20")]
add(name="b43_04", kind="pdf", codes=["77372", "77432", "61798", "61797", "61799"],
    facts=F("linac", ["cranial"], 12, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L(f"{n} {loc}", "cranial", C if "pons" in loc else S, float(d), 1) for n, loc, _, d in _rows],
    categories=cats(),
    notes="Twelve metastases on one isocentre in one linac session (mask, surface guidance + CBCT); lesion 11 in "
          "the pons is complex, the rest simple; the table runs over a page break. 61799 is claimed although "
          "only one lesion is complex.",
    docs=[Doc("b43_04.pdf", [[
        H1("Single-Isocentre Multiple-Target Plan Summary"),
        KeyValue([("Machine", "6 MV FFF gantry linac"), ("Isocentre", "ISO_1 (not a target)"),
                  ("Immobilisation", "Frameless thermoplastic mask"), ("Image sets", "MRI T1+C 1 mm 06/08/2026; CT 1 mm 06/08/2026"),
                  ("Arcs", "5 dynamic conformal arcs, 4 couch angles"), ("Fractions", "1")]),
        RuledTable([("Target", "Location", "Diam (cm)", "Rx (Gy)", "IDL")] + [r + ("80%",) for r in _rows[:8]]),
    ], [
        H2("Targets (continued)"),
        RuledTable([("Target", "Location", "Diam (cm)", "Rx (Gy)", "IDL")] + [r + ("80%",) for r in _rows[8:]]),
        H2("Delivery 06/15/2026"),
        P("Surface guidance on, CBCT match before arc 1 and repeat CBCT before arc 4 (0.3 mm). All twelve targets "
          "treated in a single session to the doses listed; no interruptions."),
        sig("P. Adeyemi-Strand, MD 06/15/2026"),
    ]], opts=dict(header=banner(_c, _s, 4, "09/09/1966", "06/15/2026")))])

# b43_05 -- ehr_text: robotic linac pituitary adenoma 25 Gy / 5, pipe export ------------------------------------
add(name="b43_05", kind="ehr_text", codes=["77373", "G0339", "G0340", "77435", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("PTV_Pit pituitary macroadenoma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Pipe export of a robotic-arm linac course: residual pituitary macroadenoma 25 Gy in 5 fractions "
          "(500 cGy rows), skull tracking, mask; complex by tumour type.",
    docs=[Doc("b43_05.txt", text=f"""
HDR|KESTREL VALLEY RADIOSURGERY|ARMLINE TxHistory|{patient(5)}|{mrn(5)}|DOB 1979-01-14|pg 1/1
CRS|Residual pituitary macroadenoma post transsphenoidal resection|unit=robotic-arm mounted 6 MV linac|fixation=thermoplastic mask|sim=CT 1.25 mm 2026-07-02 + MRI T1+C 1 mm 2026-06-30 fused
RX|PTV_Pit|2500 cGy|5 fx|500 cGy/fx|78% isodose|chiasm Dmax limit 2500 cGy (planned 2290)
FX|1|2026-07-09|PTV_Pit|500|500|6D skull tracking, 41 image pairs|TREATED
FX|2|2026-07-10|PTV_Pit|500|1000|6D skull tracking, 38 image pairs|TREATED
FX|3|2026-07-13|PTV_Pit|500|1500|6D skull tracking, 44 image pairs|TREATED
FX|4|2026-07-14|PTV_Pit|500|2000|6D skull tracking, 40 image pairs|TREATED
FX|5|2026-07-15|PTV_Pit|500|2500|6D skull tracking, 39 image pairs|TREATED
END|course complete 2500 cGy / 5|signed H. Nakagawa-Borg MD 2026-07-15
{FOOT}
""")])

# b43_06 -- scan: linac, meningioma 14 Gy + metastasis 20 Gy, single session; whole page scanned --------------
_c, _s = "PORTHAVEN GENERAL", "DOSECRAFT record"
add(name="b43_06", kind="scan", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["MRI"], ["mask"]),
    lesions=[L("Meningioma R convexity", "cranial", S, 14, 1), L("Met L cerebellar", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Scanned treatment summary (175 dpi): a 2.1 cm right convexity meningioma 14 Gy and a 1.2 cm left "
          "cerebellar metastasis 20 Gy in one linac session, mask, MRI only (the planning CT line reads 'not "
          "done - MRI-only planning'), CBCT. Both simple (meningioma away from optic apparatus).",
    docs=[Doc("b43_06.pdf", [[
        H1("SRS TREATMENT SUMMARY"),
        KeyValue([("Date of treatment", "08/20/2026"), ("Unit", "gantry linac, 6 MV FFF, 2.5 mm MLC"),
                  ("Mask", "frameless thermoplastic, made 08/12/2026"),
                  ("MRI", "3T volumetric T1 post-gadolinium 08/12/2026 (synthetic CT generated)"),
                  ("Planning CT", "not done - MRI-only planning")]),
        RuledTable([("Target", "Size", "Rx", "IDL", "Max", "Delivered"),
                    ("Meningioma R convexity", "2.1 cm", "1400 cGy", "80%", "1750 cGy", "1400 cGy"),
                    ("Met L cerebellar", "1.2 cm", "2000 cGy", "80%", "2500 cGy", "2000 cGy")]),
        P("CBCT alignment before treatment, shifts < 1 mm. One session; both targets completed."),
        sig("D. Marchetti-Olu MD 08/20/2026"),
    ]], opts=dict(header=banner(_c, _s, 6, "05/05/1951", "08/21/2026"), scan=True, scan_dpi=175))])

# b43_07 -- pdf two-column: cobalt frame, VIM thalamotomy for tremor 130 Gy ---------------------------------------
_c, _s = "ELDERWICK MOVEMENT DISORDERS CENTRE", "SPHERION-GP"
add(name="b43_07", kind="pdf", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("Left VIM thalamotomy", "cranial", C, 130, 1)],
    categories=cats(),
    notes="Two-column procedure record: left VIM thalamotomy for essential tremor, 130 Gy max with one 4 mm shot "
          "on a cobalt unit under frame; functional target, complex. Frame co-ordinate check.",
    docs=[Doc("b43_07.pdf", [[
        H1("Functional Radiosurgery Record"),
        H2("Indication"),
        P("Medically refractory essential tremor, right hand dominant. Target: left ventral intermediate nucleus "
          "(VIM) of the thalamus."),
        H2("Frame and imaging"),
        P("Stereotactic frame applied 10/07/2026 under local anaesthesia. Stereotactic MRI (T1, T2, FGATIR 1 mm) "
          "and CT 1 mm obtained with the frame on and co-registered."),
        ColumnBreak(),
        H2("Plan and delivery"),
        KeyValue([("Unit", "cobalt-60 multi-source unit"), ("Shots", "1 x 4 mm collimator"), ("Dose", "130 Gy maximum (100% isodose)"),
                  ("Thalamic capsule Dmax", "11 Gy"), ("Frame check", "co-ordinates verified, 0.2 mm"),
                  ("Delivered", "130 Gy max, single session, 10/07/2026")], value_x=100),
        sig("N. Adebayo-Kirsch MD (Neurosurgery) 10/07/2026"),
    ]], opts=dict(header=banner(_c, _s, 7, "12/12/1948", "10/08/2026"), two_columns=True))])

# b43_08 -- bundle: robotic linac, 3 metastases one session; the letter says two (contradiction) ------------------
_c, _s = "BRACKENFORD ONCOLOGY", "ARMLINE plan review"
add(name="b43_08", kind="bundle", codes=["77372", "G0339", "77432", "61798", "61797"],
    facts=F("robotic_linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("PTV1", "cranial", C, 18, 1), L("PTV2", "cranial", S, 20, 1), L("PTV3", "cranial", S, 20, 1)],
    categories=cats(),
    contradiction="The completion letter says two metastases were treated, while the plan and the delivery record list three targets (PTV1-PTV3) all treated.",
    notes="Robotic linac single session: PTV1 left temporal 3.7 cm (complex by size) 18 Gy, PTV2 and PTV3 20 Gy; "
          "plan report with several dose columns and a delivery record naming them 'lesion 1-3'; the completion letter counts two lesions.",
    docs=[
        Doc("1_plan.pdf", [[
            H1("Robotic Radiosurgery Plan Review"),
            KeyValue([("Unit", "robotic-arm mounted 6 MV linac, variable aperture collimator"), ("Fixation", "thermoplastic mask"),
                      ("Imaging", "CT 1 mm 01/20/2026; MRI T1+C 1 mm 01/19/2026")]),
            RuledTable([("Target", "Location", "Max dim (cm)", "Rx (Gy)", "Dmin", "Dmax", "Dmean", "IDL %", "V100 %", "Beams"),
                        ("PTV1", "L temporal", "3.7", "18", "17.1", "25.7", "21.9", "70", "97.2", "162"),
                        ("PTV2", "R frontal", "1.3", "20", "19.5", "27.4", "23.8", "73", "99.0", "88"),
                        ("PTV3", "R cerebellar", "0.9", "20", "19.8", "28.6", "24.4", "70", "99.5", "61")]),
        ]], opts=dict(header=banner(_c, _s, 8, "04/27/1960", "01/22/2026"))),
        Doc("2_delivery.txt", text=f"""
BRACKENFORD ONCOLOGY - ARMLINE delivery record - {patient(8)} {mrn(8)}
Date 01/26/2026  Fraction 1 of 1  Skull tracking (6D), 112 image pairs, max correction 0.7 mm
Path  Target                  Planned MU  Delivered MU  Dose (cGy)  Status
1     lesion 1 (L temporal)    14210       14210         1800        complete
2     lesion 2 (R frontal)      8655        8655         2000        complete
3     lesion 3 (R cerebellar)   6120        6120         2000        complete
"""),
        Doc("3_letter.txt", text=f"""
Dear Dr Kowalczyk-Ames,
Your patient {patient(8)} ({mrn(8)}) completed robotic radiosurgery on 01/26/2026 for two brain metastases from lung adenocarcinoma. Treatment was well tolerated. MRI follow-up in 8 weeks.
Electronically signed: T. Oshiro-Vance, MD 01/27/2026
"""),
    ])

# b43_09 -- pdf: linac hypofractionated 2 mets, 27 Gy / 3 each, near chiasm one ----------------------------------
_c, _s = "CALLOWAY HEIGHTS RADIATION CENTER", "NORTHSTAR Course Summary"
add(name="b43_09", kind="pdf", codes=["77373", "77435", "61798", "61797"],
    facts=F("linac", ["cranial"], 2, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("GTV_A suprasellar", "cranial", C, 27, 3), L("GTV_B R occipital", "cranial", S, 27, 3)],
    categories=cats(),
    notes="Three-fraction linac course for two metastases: GTV_A 3 mm from the optic chiasm (complex by "
          "location), GTV_B simple; per-session table with one session paused and resumed the same day.",
    docs=[Doc("b43_09.pdf", [[
        H1("Course Summary - fractionated stereotactic"),
        KeyValue([("Machine", "gantry linac 6 MV FFF"), ("Mask", "open-face thermoplastic"),
                  ("Planning", "CT 1 mm + MRI 1 mm post-contrast, 11/02/2026"), ("Rx", "27 Gy in 3 fractions to each target, 80% IDL")]),
        RuledTable([("Target", "Distance to chiasm", "Rx (Gy)", "D95 (Gy)", "Dmax (Gy)", "Chiasm Dmax (Gy)"),
                    ("GTV_A suprasellar", "3 mm", "27", "26.6", "33.4", "17.8"),
                    ("GTV_B R occipital", "> 5 cm", "27", "27.2", "33.7", "--")]),
        RuledTable([("Session", "Date", "IGRT", "GTV_A (Gy)", "GTV_B (Gy)", "Note"),
                    ("1", "11/09/2026", "CBCT", "9", "9", ""),
                    ("2", "11/11/2026", "CBCT x2", "9", "9", "paused 6 min (patient cough), resumed, completed"),
                    ("3", "11/13/2026", "CBCT", "9", "9", ""),
                    ("Total", "", "", "27", "27", "")]),
        sig("S. Varga-Mbeki MD 11/13/2026"),
    ]], opts=dict(header=banner(_c, _s, 9, "07/07/1968", "11/14/2026")))])

# b43_10 -- pdf rotated: spine T5-T6 contiguous, one target; 63621 claimed wrongly --------------------------------
_c, _s = "RIVERSMEET CANCER CARE", "VERTEBRA-PLAN"
add(name="b43_10", kind="pdf", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 1, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("PTV_T5-T6", "spinal", None, 16, 1)],
    categories=cats(),
    notes="Spine SBRT to contiguous T5-T6 metastatic disease planned and treated as ONE target (the plan says "
          "'single target spanning two contiguous levels'), 16 Gy x 1, vacuum cushion, CBCT; the OAR page is "
          "landscape (rotated). 63621 claimed although one lesion.",
    docs=[Doc("b43_10.pdf", [[
        H1("Spine SBRT Plan Summary"),
        KeyValue([("Target", "PTV_T5-T6 - single target spanning two contiguous levels (renal cell metastasis)"),
                  ("Machine", "gantry linac 6 MV FFF"), ("Immobilisation", "full-body vacuum cushion"),
                  ("Sim", "CT 1 mm 02/03/2026; MRI thoracic spine T1/T2 fused 02/02/2026"),
                  ("Rx", "16 Gy in 1 fraction, 2 VMAT arcs")]),
        P("Delivered 02/10/2026: CBCT x2 with 6-DOF couch correction, 16 Gy to PTV_T5-T6. Course complete."),
        sig("J. Amadi-Holmqvist MD 02/10/2026"),
    ], [
        H2("Dose statistics (landscape)"),
        RuledTable([("Structure", "Volume (cc)", "Rx (Gy)", "Min (Gy)", "Max (Gy)", "Mean (Gy)", "D90 (Gy)", "Coverage", "Constraint"),
                    ("PTV_T5-T6", "38.2", "16.0", "12.1", "18.9", "16.4", "15.9", "90.6%", "-"),
                    ("Cord PRV", "4.1", "-", "-", "11.8", "5.2", "-", "-", "Dmax < 12"),
                    ("Esophagus", "22.0", "-", "-", "13.6", "3.1", "-", "-", "D5cc < 14.5")]),
    ]], opts=dict(header=banner(_c, _s, 10, "03/15/1955", "02/10/2026"), rotate={2: 90}))])

# b43_11 -- scan: robotic post-operative L1 spine 24 Gy / 2 ---------------------------------------------------------
_c, _s = "HARTSEND SPINE & ONCOLOGY", "ARMLINE TxHistory"
add(name="b43_11", kind="scan", codes=["77373", "G0339", "G0340", "77435", "63620"],
    facts=F("robotic_linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L1 post-op", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Scanned record (150 dpi): post-operative L1 (after decompression and T12-L2 fixation) 24 Gy in 2 "
          "fractions on a robotic-arm linac, spine tracking, vacuum cushion, CT myelogram + MRI.",
    docs=[Doc("b43_11.pdf", [[
        H1("Treatment History - Spine"),
        KeyValue([("Target", "L1 post-op (post decompression, T12-L2 instrumentation)"),
                  ("Unit", "robotic-arm mounted linac"), ("Immobilisation", "vacuum cushion"),
                  ("Planning", "CT myelogram 1 mm 05/18/2026; MRI L-spine 05/15/2026"),
                  ("Plan", "24 Gy / 2 to the 80% isodose, 131 beams, CTV per consensus post-op contouring")]),
        RuledTable([("Fx", "Date", "Tracking", "Dose cGy", "Cum cGy", "Status"),
                    ("1", "05/26/2026", "spine tracking, 58 images", "1200", "1200", "Treated"),
                    ("2", "05/28/2026", "spine tracking, 61 images", "1200", "2400", "Treated")]),
        sig("E. Rautio-Banerjee MD 05/28/2026"),
    ]], opts=dict(header=banner(_c, _s, 11, "10/10/1963", "05/29/2026"), scan=True, scan_dpi=150, font="Courier"))])

# b43_12 -- bundle: C7 spine re-irradiation + left 1st rib, prescription + R&V + physics check ----------------------
_c, _s = "WILLOWMERE COUNTY HOSPITAL", "LODESTAR RV"
add(name="b43_12", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["body", "spinal"], 2, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("C7 re-irradiation", "spinal", None, 21, 3), L("L 1st rib", "body", None, 27, 3)],
    categories=cats(),
    notes="C7 vertebral re-irradiation (20 Gy / 5 conventional in 2024 listed as prior) 21 Gy / 3 plus the "
          "adjacent left first rib 27 Gy / 3, long head-and-shoulder mask, CBCT; physics second check. One "
          "spinal + one body lesion.",
    docs=[
        Doc("1_rx_and_check.pdf", [[
            H1("SBRT Prescription and Physics Second Check"),
            KeyValue([("Prior RT", "C6-T1 20 Gy / 5 fractions, 2024 (conventional, palliative)"),
                      ("Immobilisation", "head-and-shoulder thermoplastic mask"),
                      ("Imaging", "CT 1 mm 09/01/2026; MRI C-spine 08/30/2026, fused")]),
            RuledTable([("Target", "Rx total", "Fx", "Per fx", "Independent MU calc", "Diff"),
                        ("PTV_C7", "21 Gy", "3", "7 Gy", "pass", "-1.2%"),
                        ("PTV_Rib1_L", "27 Gy", "3", "9 Gy", "pass", "+0.8%")]),
            P("Patient-specific QA: ArcCHECK-type diode array, gamma 2%/2 mm 98.9% pass."),
            sig("Physicist Y. Dlamini-Roth 09/04/2026"),
        ]], opts=dict(header=banner(_c, _s, 12, "01/30/1958", "09/04/2026"))),
        Doc("2_rv_history.txt", text=f"""
WILLOWMERE COUNTY HOSPITAL   LODESTAR RV   {patient(12)}  {mrn(12)}   Page 1/1
Date        Fx  Field      Target       cGy   Cum C7  Cum Rib  IGRT
09/08/2026  1   VMAT1/2    PTV_C7       700   700     -        CBCT
09/08/2026  1   VMAT3      PTV_Rib1_L   900   -       900      (same CBCT)
09/10/2026  2   VMAT1/2    PTV_C7       700   1400    -        CBCT
09/10/2026  2   VMAT3      PTV_Rib1_L   900   -       1800
09/12/2026  3   VMAT1/2    PTV_C7       700   2100    -        CBCT
09/12/2026  3   VMAT3      PTV_Rib1_L   900   -       2700
Course complete.
"""),
    ])

# b43_13 -- ehr_text CSV: peripheral RLL lung 54 Gy / 3 ------------------------------------------------------------
add(name="b43_13", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("ITV/PTV RLL", "body", None, 54, 3)],
    categories=cats(),
    notes="CSV export: peripheral right lower lobe NSCLC 54 Gy / 3 on a gantry linac, 4DCT and PET-CT, vacuum "
          "bag with arms up, CBCT each fraction. Doses in Gy.",
    docs=[Doc("b43_13.txt", text=f"""
"clinic","FENWICK BAY CANCER CENTRE","system","SOLSTICE Course Export","patient","{patient(13)}","mrn","{mrn(13)}"
"section","item","value"
"course","site","Right lower lobe, peripheral, T1c NSCLC"
"course","technique","SBRT, VMAT, 6 MV FFF gantry linac"
"course","simulation","4DCT 2026-03-02 (ITV from 10 phases); PET-CT 2026-02-20 fused"
"course","immobilisation","vacuum bag, arms above head"
"course","prescription","54 Gy in 3 fractions, 18 Gy per fraction, every other day"
"fraction","1","2026-03-09 CBCT matched; 18 Gy; cumulative 18 Gy"
"fraction","2","2026-03-11 CBCT matched; 18 Gy; cumulative 36 Gy"
"fraction","3","2026-03-13 CBCT matched; 18 Gy; cumulative 54 Gy"
"oar","chest wall V30","12.4 cc"
"oar","ribs Dmax","41.2 Gy"
"status","course","completed 54 Gy / 3"
"signed","physician","L. Haraldsen-Obi MD 2026-03-13"
""")])

# b43_14 -- bundle: robotic central lung 50 Gy / 5 with fiducials; summary says 4 fractions (contradiction) ------
_c, _s = "QUARRYSIDE THORACIC ONCOLOGY", "ARMLINE"
add(name="b43_14", kind="bundle", codes=["77373", "G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "PET"], ["fiducials"]),
    lesions=[L("PTV_LUL_central", "body", None, 50, 5)],
    categories=cats(),
    contradiction="The completion summary says 50 Gy in 4 fractions, while the prescription and the treatment record show five 10 Gy fractions delivered.",
    notes="Central left upper lobe tumour, three gold fiducials, robotic linac with respiratory tracking, 50 Gy / 5; "
          "record of five fractions; completion summary misstates four fractions.",
    docs=[
        Doc("1_record.pdf", [[
            H1("Prescription and Treatment Record"),
            KeyValue([("Target", "PTV_LUL_central (2 cm from proximal bronchial tree)"), ("Unit", "robotic-arm mounted linac"),
                      ("Fiducials", "3 gold seeds placed bronchoscopically 04/02/2026"),
                      ("Imaging", "planning CT (exhale/inhale) 04/09/2026; PET-CT 03/25/2026"),
                      ("Rx", "5000 cGy / 5 fx, 1000 cGy per fraction"),
                      ("Plan", "ARMLINE inverse plan, 146 non-isocentric beams, 75% isodose")]),
            RuledTable([("Fx", "Date", "Tracking", "Dose (cGy)", "Cumulative (cGy)"),
                        ("1", "04/16", "fiducial + respiratory model", "1000", "1000"),
                        ("2", "04/18", "fiducial + respiratory model", "1000", "2000"),
                        ("3", "04/21", "fiducial + respiratory model", "1000", "3000"),
                        ("4", "04/23", "fiducial + respiratory model", "1000", "4000"),
                        ("5", "04/25", "fiducial + respiratory model", "1000", "5000")]),
        ]], opts=dict(header=banner(_c, _s, 14, "06/21/1949", "04/25/2026"))),
        Doc("2_summary.txt", text=f"""
COMPLETION SUMMARY - {patient(14)} ({mrn(14)})
Central LUL NSCLC treated with robotic SBRT 50 Gy in 4 fractions, 04/16/2026 - 04/25/2026, fiducial tracking. Mild fatigue only.
Electronically signed: G. Pellegrini-Aso MD 04/26/2026
"""),
    ])

# b43_15 -- pdf: liver 45 Gy / 3, one partially treated fraction completed next day --------------------------------
_c, _s = "ASHCOMBE HEPATOBILIARY UNIT", "TIDEMARK R&V"
add(name="b43_15", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("Liver seg VII HCC", "body", None, 45, 3)],
    categories=cats(),
    notes="Liver segment VII HCC 45 Gy / 3, fiducials, abdominal compression belt + vacuum cushion, triphasic "
          "CT + MRI; fraction 2 partially treated (arc 2 aborted, machine fault) and its remainder given the next "
          "morning as part of fraction 2: still three fractions.",
    docs=[Doc("b43_15.pdf", [[
        H1("Treatment History"),
        KeyValue([("Target", "Liver seg VII HCC (PTV_S7)"), ("Machine", "gantry linac 10 MV FFF"),
                  ("Devices", "2 gold fiducials (placed 07/01/2026); abdominal compression belt; vacuum cushion"),
                  ("Sim", "triphasic CT 07/08/2026; liver MRI with contrast 07/06/2026, fused"),
                  ("Rx", "45 Gy in 3 fractions (15 Gy/fx)")]),
        RuledTable([("Date", "Fx", "Arc", "Planned Gy", "Delivered Gy", "Status", "IGRT"),
                    ("07/14/2026", "1", "1+2", "15.0", "15.0", "Treated", "CBCT, fiducial match"),
                    ("07/16/2026", "2", "1", "7.5", "7.5", "Partially treated", "CBCT, fiducial match"),
                    ("07/16/2026", "2", "2", "7.5", "0.0", "Aborted - MLC fault", ""),
                    ("07/17/2026", "2 (cont.)", "2", "7.5", "7.5", "Treated (fx 2 completed)", "CBCT"),
                    ("07/18/2026", "3", "1+2", "15.0", "15.0", "Treated", "CBCT, fiducial match"),
                    ("", "", "Total", "45.0", "45.0", "3 fractions", "")]),
        sig("W. Okonkwo-Lind MD 07/18/2026"),
    ]], opts=dict(header=banner(_c, _s, 15, "02/02/1952", "07/19/2026")))])

# b43_16 -- bundle: prostate 36.25 / 5 + charge ticket -------------------------------------------------------------
_c, _s = "NEWHOLM UROLOGIC RADIATION", "BILLBRIDGE charge capture"
add(name="b43_16", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("PTV_Prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Prostate SBRT 36.25 Gy / 5 on a gantry linac with three fiducials and a hydrogel spacer (not "
          "immobilisation), CT + MRI fusion, kV fiducial match each day; plan printout plus charge ticket with "
          "units per date.",
    docs=[
        Doc("1_plan.pdf", [[
            H1("Prostate SBRT - Plan and Delivery"),
            KeyValue([("Target", "PTV_Prostate (prostate + proximal 1 cm seminal vesicles)"),
                      ("Devices", "3 gold fiducials + rectal hydrogel spacer, placed 10/01/2026"),
                      ("Imaging", "CT 1.5 mm 10/08/2026; MRI pelvis T2 10/08/2026, fused"),
                      ("Rx", "725 cGy x 5 = 3625 cGy, alternate days"),
                      ("Technique", "VMAT, 2 full arcs, 10 MV FFF gantry linac")]),
            RuledTable([("Structure", "Rx (cGy)", "D95 (cGy)", "Dmax (cGy)", "Dmean (cGy)"),
                        ("PTV_Prostate", "3625", "3631", "3880", "3760"),
                        ("Rectum", "-", "-", "3510", "1120"),
                        ("Urethra PRV", "-", "-", "3790", "3420")]),
            P("Delivered 10/15, 10/17, 10/20, 10/22, 10/24/2026: kV fiducial match before every fraction, 5/5 complete, 3625 cGy."),
            sig("F. Szabo-Achebe MD 10/24/2026"),
        ]], opts=dict(header=banner(_c, "PROSTATIX plan", 16, "08/08/1950", "10/24/2026"))),
        Doc("2_charge_ticket.txt", text=f"""
NEWHOLM UROLOGIC RADIATION  -  BILLBRIDGE CHARGE TICKET  -  {patient(16)}  {mrn(16)}
DOS         CODE   DESCRIPTION                          UNITS
10/15/2026  77373  SBRT delivery, per fraction          1
10/17/2026  77373  SBRT delivery, per fraction          1
10/20/2026  77373  SBRT delivery, per fraction          1
10/22/2026  77373  SBRT delivery, per fraction          1
10/24/2026  77373  SBRT delivery, per fraction          1
10/24/2026  77435  SBRT management, course              1
"""),
    ])

# b43_17 -- pdf: oligometastatic adrenal + liver 40 Gy / 5 each, MR-linac -----------------------------------------
_c, _s = "DRAYCOTT MR-GUIDED THERAPY", "ADAPTA log"
add(name="b43_17", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L adrenal", "body", None, 40, 5), L("Liver seg IVa", "body", None, 40, 5)],
    categories=cats(),
    notes="Oligometastatic melanoma: left adrenal and liver segment IVa, 40 Gy / 5 each on an MR-linac with daily "
          "adaptive re-planning and gated delivery; per-session rows list both targets; vacuum cushion.",
    docs=[Doc("b43_17.pdf", [[
        H1("Adaptive SBRT Session Log"),
        KeyValue([("Unit", "1.5 T MR-linac (gantry, 7 MV FFF)"), ("Immobilisation", "vacuum cushion, arms down"),
                  ("Simulation", "CT 1 mm 12/01/2026 + MRI on unit 12/01/2026"),
                  ("Rx", "L adrenal 40 Gy / 5; Liver seg IVa 40 Gy / 5"),
                  ("Technique", "11-field step-and-shoot IMRT, gated on cine-MR")]),
        RuledTable([("Session", "Date", "Plan", "Gating", "L adrenal (Gy)", "Liver IVa (Gy)"),
                    ("1", "12/07", "adapted", "cine-MR, 94% duty", "8", "8"),
                    ("2", "12/09", "adapted", "cine-MR", "8", "8"),
                    ("3", "12/11", "reference", "cine-MR", "8", "8"),
                    ("4", "12/14", "adapted", "cine-MR", "8", "8"),
                    ("5", "12/16", "adapted", "cine-MR", "8", "8"),
                    ("Sum", "", "", "", "40", "40")]),
        sig("C. Wojcik-Mensah MD 12/16/2026"),
    ]], opts=dict(header=banner(_c, _s, 17, "03/03/1971", "12/17/2026")))])

# b43_18 -- pdf: hard negative, conventional 30 Gy / 10 spine printed in the SBRT system ------------------------------
_c, _s = "RIVERSMEET CANCER CARE", "VERTEBRA-PLAN"
add(name="b43_18", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 10, ["CT"], ["body_immobilization"]),
    lesions=[L("T9 palliative", "spinal", None, 30, 10)],
    categories=cats(),
    notes="Hard negative: a conventional palliative T9 course, 30 Gy in 10 fractions (3D conformal), printed from "
          "the same spine planning system as b43_10; more than 5 fractions, so no SRS/SBRT code fits.",
    docs=[Doc("b43_18.pdf", [[
        H1("Spine Plan Summary"),
        KeyValue([("Target", "T9 palliative (PTV_T8-T10 field)"), ("Technique", "3D conformal, AP/PA, conventional fractionation"),
                  ("Machine", "gantry linac 6 MV"), ("Immobilisation", "knee and foot rest, vacuum cushion"),
                  ("Sim", "CT 3 mm 06/02/2026"), ("Rx", "30 Gy in 10 fractions, 3 Gy/fx")]),
        RuledTable([("Week", "Fractions", "Dates", "Imaging", "Cumulative (Gy)"),
                    ("1", "1-5", "06/08-06/12/2026", "weekly kV", "15"),
                    ("2", "6-10", "06/15-06/19/2026", "weekly kV", "30")]),
        P("Course completed 30 Gy / 10. Not a stereotactic course."),
        sig("J. Amadi-Holmqvist MD 06/19/2026"),
    ]], opts=dict(header=banner(_c, _s, 18, "05/05/1944", "06/19/2026")))])

# b43_19 -- bundle: hard negative, cranial plan approved, never delivered ----------------------------------------------
_c, _s = "CALLOWAY HEIGHTS RADIATION CENTER", "NORTHSTAR"
add(name="b43_19", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: an approved single-session linac plan for two metastases (20 Gy each, mask, CT + MRI) "
          "whose appointment list shows the session cancelled; the note says the patient chose hospice and the "
          "course was closed untreated.",
    docs=[
        Doc("1_plan.pdf", [[
            H1("SRS Plan Approval"),
            KeyValue([("Targets", "Met_L_frontal 1.1 cm; Met_R_parietal 0.8 cm"), ("Rx", "20 Gy x 1 to each, 80% IDL"),
                      ("Machine", "gantry linac 6 MV FFF"), ("Mask", "made 02/10/2026"), ("Imaging", "CT + MRI 02/10/2026"),
                      ("Status", "Plan approved 02/13/2026")]),
        ]], opts=dict(header=banner(_c, _s, 19, "09/19/1946", "02/20/2026"))),
        Doc("2_appointments.txt", text=f"""
NORTHSTAR appointment list - {patient(19)} {mrn(19)}
02/17/2026 08:00  SRS treatment (1 of 1)   CANCELLED - patient request
02/17/2026 11:30  Course C1 closed - not treated
Note (Dr S. Varga-Mbeki, 02/17/2026): patient has decided on hospice care; radiosurgery will not be given. No dose delivered.
"""),
    ])

# b43_20 -- ehr_text: hard negative, consult only -----------------------------------------------------------------------
add(name="b43_20", kind="ehr_text", codes=["77373", "77435", "63620"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a consultation exported from an EHR recommending SBRT 24 Gy / 2 to an L4 metastasis; MRI "
          "to be ordered, simulation to be scheduled; nothing delivered yet.",
    docs=[Doc("b43_20.txt", text=f"""
*** STONELEIGH HEALTH :: MERIDELL EHR :: Consult Note Export ***   Page 1 of 1
Patient {patient(20)}   MRN {mrn(20)}   DOB 1959-04-04
Visit: 2026-09-22  Radiation Oncology New Patient Consultation
Reason for referral: painful L4 metastasis, prostate primary
Assessment: oligoprogressive disease, L4 only. No prior RT.
Recommendation: spine SBRT 24 Gy in 2 fractions to L4. MRI lumbar spine will be ordered. Simulation with vacuum cushion to be scheduled once MRI reviewed.
Plan: consent discussed; patient will consider and call back.
Electronically signed: U. Fairweather-Ndiaye, MD 2026-09-22
{FOOT}
""")])


CORPUS = Corpus("blind_corpus43", "tests/blind_corpus43", CHARTS, pdf_options={"footer": FOOT, "font": "Helvetica"},
                hand_written=["README.md", "FIRST_RUN.md"])
