"""Seventy-seventh blind corpus, ``tests/blind_corpus77/`` (regenerate: ``python scripts/make_corpus.py blind_corpus77``).

TUNING corpus: written blind (without reading the reader's code); scored once, then the reader may be improved on it.

Twenty courses as a coding office receives them from twenty other (invented) clinics: SYSTEM PRINTOUTS and
EXPORTS rather than narrative notes. Treatment-planning-system plan reports with many dose columns per target
(prescription, dose per fraction, Dmax, Dmean, D95/D98/D99, isodose %, coverage, conformity and gradient
indices, MU, beam-on time), DVH and organ-at-risk tables (cord, brainstem, optic doses in Gy), record-and-verify
treatment histories (one row per fraction per field or plan, cumulative columns, cancelled, interrupted and
repeated sessions), prescriptions with revisions (v1 cancelled, v2 approved), physics second checks, composite
(sum) plans and several plans for one target, key: value, CSV, pipe-delimited and fixed-width exports, EHR
printouts with repeated page banners, landscape pages, one scanned page and one two-column page.

Mix: 7 cranial (cobalt-60 frame and mask, gantry linac, robotic-arm linac; 1-7 treated lesions, complex by size,
tumour type, optic distance and functional target; different doses and fractionations in one course; a lesion
planned and withdrawn before treatment), 5 spine (contiguous levels as one target, two separate lesions with
different fractionations, post-operative bed, re-irradiation with the prior course in the dose table, two plans
summed for one target), 5 body (lung x2 lesions, liver, prostate, adrenal, pancreas; fiducials and spacer;
devices listed as available but not used), 3 hard negatives (an approved plan never delivered, a phantom-only
patient-specific QA report, a 25-fraction "stereotactic" course). Two charts contradict themselves
(``review_expected``). Several claimed code lists are deliberately wrong. The point throughout is that each
treated lesion's DELIVERED total dose and fractions must be read from the right column among many numbers.

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (exports and printouts are deliberately one long line per record)

from __future__ import annotations

from pdfmaker import KeyValue, Paragraph, RuledTable, TextTable, register_fonts
from reportlab.pdfbase.pdfmetrics import stringWidth

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ANSELM", "BRISEIS", "CASIMIR", "DRUSILLA", "EVANDER", "FAUSTINA", "GODRIC", "HONORIA", "ISIDORE",
         "JOCASTA", "LEANDER", "MELISENDE", "NOVALEE", "OCTAVIAN", "PERCIVAL", "QUIRINUS", "ROSMUNDA",
         "SIGISMUND", "TALITHA", "ULRIC"]


def patient(n: int) -> str:
    return f"SEVENTYSEVENPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-770{n:02d}"


def head(clinic: str, n: int, dob: str, extra: str = "") -> list[str]:
    return [clinic, f"{patient(n)}   MRN {mrn(n)}   DOB {dob}" + (f"   {extra}" if extra else "")]


def fit(rows, size: float, total: float = 500.0) -> list[float]:
    """Column widths for a ruled table at font ``size`` that never let a word overrun its cell."""
    regular, bold = register_fonts()
    ncols = max(len(r) for r in rows)
    need, want = [], []
    for i in range(ncols):
        cells = [(str(r[i]) if i < len(r) else "", bold if j == 0 else regular) for j, r in enumerate(rows)]
        word = max(stringWidth(w, f, size) for c, f in cells for w in (c.split() or [""]))
        full = max(stringWidth(c, f, size) for c, f in cells[1:] or cells)
        need.append(word + 9)
        want.append(max(word, full) + 9)
    if sum(need) > total:
        raise ValueError(f"table of {ncols} columns needs {sum(need):.0f} pt at {size} pt: {rows[0]}")
    extra = total - sum(need)
    grow = [max(w - n, 0.0) for w, n in zip(want, need)]
    if sum(grow) and extra:
        take = min(extra, sum(grow))
        need = [n + take * g / sum(grow) for n, g in zip(need, grow)]
    return need


def T(size: float, rows) -> RuledTable:
    return RuledTable(rows, widths=fit(rows, size))


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial (7)
# ==================================================================================================

# e77_01 -- cobalt-60 frame SRS, 4 targets, TPS plan report with a landscape dose page ------------------------------
_c = "OXBOW FALLS RADIOSURGERY CENTER"
add(name="e77_01", kind="pdf", codes=["77371", "77432", "61798", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("T1 left occipital", "cranial", S, 20, 1), L("T2 right frontal", "cranial", S, 18, 1),
             L("T3 left mesial temporal (3 mm from left optic tract)", "cranial", C, 14, 1),
             L("T4 right cerebellar", "cranial", S, 22, 1)],
    categories=cats(),
    notes="Three-page planning-system report of single-session frame-based cobalt-60 SRS for four renal-cell "
          "metastases. Page 2 is a landscape page whose target table carries 15 columns (prescription, isodose, "
          "max dose = twice the prescription at 50%, mean, D98, coverage, selectivity, Paddick CI, GI, shots, "
          "beam-on minutes); T4 is prescribed at the 60% isodose. T3 lies 3 mm from the optic tract: complex. "
          "Codes right (61798 first, 61797 for the simple ones, frame).",
    docs=[Doc("e77_01.pdf", [
        [H1("Radiosurgery Treatment Plan Report"),
         KeyValue([("Report generated", "03/10/2027 12:58 by MERIDIAN-GP 14.2 (invented planning system)"),
                   ("Patient / MRN / DOB", f"{patient(1)} / {mrn(1)} / 07/02/1961"),
                   ("Plan name / status", "SRS_4MET_0310 / Approved, Treated"),
                   ("Treatment unit", "Cobalt-60 multi-source radiosurgery unit (192 sources; 4, 8 and 16 mm collimators)"),
                   ("Fixation", "Stereotactic head frame, 4 pins, applied 03/10/2027 06:55 under local anesthesia"),
                   ("Stereotactic MRI", "03/10/2027 07:40, T1 post-gadolinium 1 mm axial, T2 2 mm"),
                   ("Stereotactic CT", "03/10/2027 08:05, 1 mm, frame fiducial box"),
                   ("Co-registration", "MRI to CT on frame fiducials, mean error 0.3 mm, max 0.5 mm"),
                   ("Diagnosis", "C79.31 brain metastases; primary C64.1 clear-cell renal cell carcinoma"),
                   ("Neurosurgeon", "Aurelio Banerjee-Holt, MD"),
                   ("Radiation oncologist", "Wilhelmina Achebe-Strand, MD"),
                   ("Medical physicist", "Cyprian Lowe, PhD, DABR")]),
         H2("Clinical note on targets"),
         P("Four enhancing lesions were outlined on the stereotactic MRI (T1 to T4). T3 lies 3 mm from the left optic "
           "tract; its marginal dose was reduced to 14 Gy to keep the optic tract under 10 Gy. T4 is small and was "
           "prescribed at the 60% isodose. All lesions are under 2.5 cm. No prior cranial radiation."),
         H2("Dose-volume notes"),
         P("Doses in this report are physical doses for the single session. 'Max dose' is the point maximum inside the "
           "target; the prescription (marginal) dose is the dose at the prescription isodose surface covering the "
           "target."),
         sig("Cyprian Lowe, PhD, DABR (plan check) 03/10/2027 09:41")],
        [H2("Target dose summary (plan SRS_4MET_0310)"),
         T(7.5, [("Target", "Location", "Diam (mm)", "Vol (cc)", "Rx dose (Gy)", "Rx IDL (%)",
                      "Max (Gy)", "Mean (Gy)", "D98 (Gy)", "Cov. (%)", "SI", "PCI", "GI", "Shots", "Beam-on (min)"),
                     ("T1", "L occipital", "14", "0.91", "20.0", "50", "40.0", "27.8", "19.6", "98.4", "0.83", "0.81", "2.74", "6", "14.2"),
                     ("T2", "R frontal", "22", "3.05", "18.0", "50", "36.0", "25.1", "17.7", "97.9", "0.86", "0.84", "2.61", "11", "24.8"),
                     ("T3", "L mesial temporal", "11", "0.44", "14.0", "50", "28.0", "19.5", "13.8", "98.9", "0.77", "0.76", "2.93", "4", "9.7"),
                     ("T4", "R cerebellar", "6", "0.09", "22.0", "60", "36.7", "28.9", "21.8", "100.0", "0.69", "0.69", "3.10", "2", "12.6")]),
         P("Rx = prescription (marginal) dose; IDL = prescription isodose; Cov. = coverage; SI = selectivity index; "
           "PCI = Paddick conformity index; GI = gradient index."),
         P("Total shots 23. Total planned beam-on 61.3 min at a dose rate of 2.874 Gy/min (calibration 03/01/2027)."),
         H2("Organs at risk"),
         T(7.5, [("Structure", "Max dose (Gy)", "Mean dose (Gy)", "Volume > 12 Gy (cc)", "Constraint", "Status"),
                     ("Brainstem", "11.2", "2.1", "0.00", "Dmax < 15 Gy", "met"),
                     ("Optic chiasm", "6.4", "3.0", "0.00", "Dmax < 8 Gy", "met"),
                     ("Left optic tract", "8.9", "4.7", "0.00", "Dmax < 10 Gy", "met"),
                     ("Right optic nerve", "2.1", "1.2", "0.00", "Dmax < 8 Gy", "met"),
                     ("Left cochlea", "1.4", "0.9", "0.00", "Dmean < 4 Gy", "met"),
                     ("Brain minus targets", "36.0", "1.9", "6.3", "V12 < 10 cc", "met")])],
        [H2("Delivery record (unit console log, 03/10/2027)"),
         TextTable([("Target", "Start", "End", "Shots", "Beam-on plan / actual (min)", "Status"),
                    ("T2", "09:58", "10:24", "11 / 11", "24.8 / 24.9", "Delivered"),
                    ("T1", "10:26", "10:41", "6 / 6", "14.2 / 14.2", "Delivered"),
                    ("T3", "10:43", "10:53", "4 / 4", "9.7 / 9.7", "Delivered"),
                    ("T4", "10:55", "11:08", "2 / 2", "12.6 / 12.7", "Delivered")], columns=(0, 50, 100, 150, 210, 350)),
         P("Verification: frame X/Y/Z coordinates and gamma angle of every shot checked against the plan printout before "
           "delivery (C. Lowe); collision check of all shots passed; daily output check of the unit within 0.8%."),
         H2("Session summary"),
         P("Single-session radiosurgery completed 03/10/2027. Four targets treated as planned: T1 left occipital 20 Gy, "
           "T2 right frontal 18 Gy, T3 left mesial temporal 14 Gy, T4 right cerebellar 22 Gy (marginal doses). Frame "
           "removed 11:20, pin sites dressed. Discharged 13:30."),
         sig("Wilhelmina Achebe-Strand, MD, Radiation Oncology 03/10/2027 13:02"),
         sig("Aurelio Banerjee-Holt, MD, Neurosurgery 03/10/2027 13:10")],
    ], opts=dict(header=head(_c + "  -  MERIDIAN-GP plan report", 1, "07/02/1961"), rotate={2: 90}, font_size=7.5))])

# e77_02 -- gantry linac single-isocentre, prescription v1 (8 targets) cancelled, v2 (7) approved and treated -------
_c = "SALTMARSH REGIONAL CANCER INSTITUTE"
_v2 = [("PTV1", "L frontal", "9", "0.52", "20", "80", "20.3", "19.7", "25.0", "22.8", "98.6", "0.82", "3.9"),
       ("PTV2", "R frontal", "26", "9.71", "18", "80", "18.1", "17.2", "22.5", "20.6", "96.2", "0.88", "3.1"),
       ("PTV3", "R parietal", "7", "0.29", "20", "80", "20.2", "19.4", "25.0", "22.7", "99.1", "0.76", "4.3"),
       ("PTV4", "L parietal", "5", "0.13", "20", "80", "20.4", "19.8", "25.1", "23.0", "99.5", "0.71", "4.8"),
       ("PTV5", "L occipital", "12", "1.14", "20", "80", "20.2", "19.6", "25.0", "22.9", "98.8", "0.84", "3.6"),
       ("PTV6", "R cerebellar", "8", "0.36", "20", "80", "20.3", "19.5", "25.0", "22.8", "99.0", "0.79", "4.0"),
       ("PTV7", "Cerebellar vermis", "4", "0.07", "20", "80", "20.5", "19.9", "25.2", "23.1", "100.0", "0.64", "5.6")]
add(name="e77_02", kind="pdf", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 7, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("PTV1 left frontal", "cranial", S, 20, 1), L("PTV2 right frontal", "cranial", S, 18, 1),
             L("PTV3 right parietal", "cranial", S, 20, 1), L("PTV4 left parietal", "cranial", S, 20, 1),
             L("PTV5 left occipital", "cranial", S, 20, 1), L("PTV6 right cerebellar", "cranial", S, 20, 1),
             L("PTV7 cerebellar vermis", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Three-page printout: prescription history (v1 with eight targets CANCELLED because PTV8 was re-read as a "
          "vessel; v2 with seven APPROVED), a plan evaluation report of the single-isocentre gantry-linac plan "
          "(13 dose columns, Dmax 25 Gy at the 80% isodose), and an arc-by-arc R&V history with the never-scheduled "
          "v1 plan listed. Seven lesions treated, all simple (largest 2.6 cm): the claimed 61798 is wrong.",
    docs=[Doc("e77_02.pdf", [
        [H1("Prescription History - Course C1 BRAIN SRS"),
         T(8.5, [("Version", "Status", "Date", "Author", "Targets", "Dose", "Comment"),
                     ("v1", "CANCELLED", "02/03/2027", "Tremaine Okafor-Lind, MD", "8 (PTV1-PTV8)", "20 Gy x 1 (PTV2 18 Gy x 1)",
                      "Superseded 02/05/2027: PTV8 (R temporal, 3 mm) withdrawn after neuroradiology re-review - cortical vessel, not a metastasis"),
                     ("v2", "APPROVED", "02/05/2027", "Tremaine Okafor-Lind, MD", "7 (PTV1-PTV7)", "20 Gy x 1 (PTV2 18 Gy x 1)",
                      "Replaces v1. Plan MM7_v2")]),
         H2("Prescription v2 (approved)"),
         T(8.5, [("Target", "Location", "Max diam (mm)", "Dose/fx (Gy)", "Fx", "Total (Gy)", "Isodose"),
                     ("PTV1", "Left frontal", "9", "20", "1", "20", "80%"),
                     ("PTV2", "Right frontal", "26", "18", "1", "18", "80%"),
                     ("PTV3", "Right parietal", "7", "20", "1", "20", "80%"),
                     ("PTV4", "Left parietal", "5", "20", "1", "20", "80%"),
                     ("PTV5", "Left occipital", "12", "20", "1", "20", "80%"),
                     ("PTV6", "Right cerebellar", "8", "20", "1", "20", "80%"),
                     ("PTV7", "Cerebellar vermis (9 mm from brainstem)", "4", "20", "1", "20", "80%")]),
         P("Diagnosis: C79.31, metastatic HER2-positive breast carcinoma. KPS 80. Immobilization: open-face thermoplastic "
           "SRS mask with surface-guided monitoring. PTV = GTV + 1 mm."),
         sig("Tremaine Okafor-Lind, MD, Radiation Oncology 02/05/2027 15:20")],
        [H1("Plan Evaluation Report - MM7_v2"),
         KeyValue([("Planning system", "CORMORANT MULTI-MET 3.1 (invented)"),
                   ("Treatment unit", "6 MV FFF gantry linac, 2.5 mm MLC leaves, 6DoF couch"),
                   ("Technique", "Single isocenter, 5 non-coplanar dynamic conformal arcs (couch 0, 45, 90, 315, 270)"),
                   ("Planning images", "CT simulation 01/28/2027 (1 mm, mask) fused with MRI 01/27/2027 (3D T1 post-gadolinium, 1 mm)"),
                   ("MU total / est. beam-on", "6,842 MU / 4.9 min at 1400 MU/min")]),
         T(8.5, [("PTV", "Location", "Diam (mm)", "Vol (cc)", "Rx (Gy)", "IDL (%)", "D95 (Gy)", "D99 (Gy)", "Dmax (Gy)",
                      "Dmean (Gy)", "V100 (%)", "Paddick CI", "GI"), *_v2]),
         H2("Organs at risk"),
         TextTable([("Structure", "Dmax (Gy)", "Other"),
                    ("Brainstem", "10.4", "D0.5cc 6.2 Gy"),
                    ("Optic chiasm", "3.3", ""),
                    ("Optic nerve L / R", "2.9 / 2.2", ""),
                    ("Brain minus GTVs", "25.2", "V12 14.8 cc, V10 19.6 cc")], columns=(0, 150, 240)),
         P("Physics second check: independent MU calculation within 2.1% for all arcs; portal dosimetry 98.9% (3%/1 mm). "
           "Plan approved by physician and physicist 02/08/2027."),
         sig("Gwendolyn Ferreira-Nakamura, MS, DABR 02/08/2027"),
         sig("Tremaine Okafor-Lind, MD 02/08/2027")],
        [H1("Treatment History (R&V print, arc by arc)"),
         T(8.5, [("Date", "Session", "Plan", "Field", "Couch", "MU plan", "MU delivered", "Status"),
                     ("02/09/2027 08:12", "1", "MM7_v2", "CBCT + 6DoF", "0", "-", "-", "Approved TOL (0.8 mm, 0.4 deg)"),
                     ("02/09/2027 08:19", "1", "MM7_v2", "Arc1", "0", "1,502", "1,502", "Treated"),
                     ("02/09/2027 08:22", "1", "MM7_v2", "Arc2", "45", "1,331", "1,331", "Treated"),
                     ("02/09/2027 08:26", "1", "MM7_v2", "Arc3", "90", "1,288", "1,288", "Treated"),
                     ("02/09/2027 08:30", "1", "MM7_v2", "Arc4", "315", "1,397", "1,397", "Treated"),
                     ("02/09/2027 08:34", "1", "MM7_v2", "Arc5", "270", "1,324", "1,324", "Treated"),
                     ("-", "-", "MM8_v1", "all", "-", "6,977", "0", "Never scheduled (prescription v1 cancelled)")]),
         P("Surface guidance: maximum intrafraction excursion 0.6 mm, no beam holds."),
         P("Course C1 status: COMPLETED 02/09/2027, 1 of 1 fractions. PTV1-PTV7 delivered as prescribed (v2): PTV2 18 Gy, "
           "all others 20 Gy, single fraction."),
         sig("Tremaine Okafor-Lind, MD 02/09/2027 09:05")],
    ], opts=dict(header=head(_c + "  -  Radiation Oncology", 2, "05/17/1970"), font_size=8.5))])

# e77_03 -- robotic-arm linac, 3 lesions with 3 different fractionations; pipe-delimited R&V export ------------------
add(name="e77_03", kind="export", codes=["77373", "77435", "61798", "61797", "61799"],
    facts=F("robotic_linac", ["cranial"], 3, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("PTV_A right frontal", "cranial", C, 30, 5), L("PTV_B left temporal", "cranial", S, 27, 3),
             L("PTV_C right cerebellar", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Pipe-delimited R&V export of a robotic-arm linac course: three metastases planned as three plans with three "
          "fractionations (30 Gy/5, 27 Gy/3, 20 Gy/1) given over five sessions; an interrupted-and-resumed fraction "
          "(two rows, one fraction) and a cancelled day. Columns include Dmax, D95, isodose, MU per fraction and "
          "cumulative dose. PTV_A is 4.1 cm (complex by size), the others simple: 61799 (second complex) is wrong.",
    docs=[Doc("e77_03.txt", text=f"""
HOLLOWAY BEND CANCER CENTER :: RADIATION ONCOLOGY :: DATA EXPORT
Export type|Treatment history with plan parameters (robotic SRS)
Source system|TALLYSTONE R&V 5.2 (invented)
Generated|05/21/2027 07:14
Requested by|Coding office (J. Amari)
Delimiter|pipe; decimal point; doses in Gy

#SECTION PATIENT
key|value
Name|{patient(3)}
MRN|{mrn(3)}
DOB|10/14/1957
Course|C1 BRAIN FSRS
Diagnosis|C79.31 Secondary malignant neoplasm of brain; primary C43.5 melanoma of trunk
Attending|Ottoline Vasquez-Harrow, MD
Physicist|Bartholomew Ndiaye, MS, DABR

#SECTION SETUP
key|value
Unit|Robotic-arm mounted 6 MV linac, variable-aperture collimator
Tracking|6D skull tracking, orthogonal kV image pair every 30-60 s
Immobilization|Open-face thermoplastic mask on head cushion (made 04/27/2027)
Planning CT|04/27/2027, 1.25 mm, with contrast, in mask
Planning MRI|04/26/2027, 3D T1 post-gadolinium 1 mm; rigid fusion to planning CT
Planning system|QUARTZLINE 4 (invented)

#SECTION TARGETS
target_id|location|max_dim_cm|GTV_cc|PTV_cc|rx_total_Gy|fractions|dose_per_fx_Gy|rx_isodose_pct|Dmax_Gy|D95_Gy|coverage_pct|nCI|beams|nodes|MU_per_fx
PTV_A|right frontal|4.1|24.6|29.8|30.0|5|6.0|70|42.9|30.2|96.1|1.19|188|71|21512
PTV_B|left temporal|1.8|2.1|2.9|27.0|3|9.0|78|34.6|27.3|97.8|1.14|121|58|14208
PTV_C|right cerebellar|0.7|0.14|0.31|20.0|1|20.0|80|25.0|20.4|99.3|1.22|96|44|16730

#SECTION OAR (composite of the three plans, whole course)
structure|metric|limit|PTV_A plan|PTV_B plan|PTV_C plan|composite
Brainstem|Dmax_Gy|23.0 (5 fx)|6.1|3.4|9.8|16.1
Optic chiasm|Dmax_Gy|25.0 (5 fx)|11.7|4.2|0.6|15.9
Optic nerve R|Dmax_Gy|25.0 (5 fx)|13.2|1.1|0.3|14.4
Brain minus GTVs|V20Gy_cc|-|19.8|4.6|0.9|27.4
Cochlea L|Dmean_Gy|-|0.4|5.9|0.2|6.5

#SECTION HISTORY (one row per plan per session)
date|session|plan|fx|status|beams_delivered|MU_delivered|fx_dose_Gy|cum_dose_Gy|rx_total_Gy|therapists|note
05/03/2027|1|PTV_C_1fx|1/1|COMPLETE|96/96|16730|20.0|20.0|20.0|RT/OS|skull tracking mean correction 0.4 mm
05/03/2027|1|PTV_B_3fx|1/3|COMPLETE|121/121|14208|9.0|9.0|27.0|RT/OS|
05/03/2027|1|PTV_A_5fx|1/5|COMPLETE|188/188|21512|6.0|6.0|30.0|RT/OS|
05/04/2027|2|PTV_B_3fx|2/3|COMPLETE|121/121|14208|9.0|18.0|27.0|RT/KB|
05/04/2027|2|PTV_A_5fx|2/5|COMPLETE|188/188|21512|6.0|12.0|30.0|RT/KB|
05/05/2027|3|PTV_B_3fx|3/3|INTERRUPTED|64/121|7440|4.7|22.7|27.0|OS/KB|paused: tracking lost (cough); re-imaged, new alignment
05/05/2027|3|PTV_B_3fx|3/3|RESUMED|57/121|6768|4.3|27.0|27.0|OS/KB|remaining beams, same session; fraction 3 complete
05/05/2027|3|PTV_A_5fx|3/5|COMPLETE|188/188|21512|6.0|18.0|30.0|OS/KB|
05/06/2027|-|PTV_A_5fx|4/5|CANCELLED|0/188|0|0.0|18.0|30.0|-|patient nauseated; rescheduled
05/07/2027|4|PTV_A_5fx|4/5|COMPLETE|188/188|21512|6.0|24.0|30.0|RT/OS|
05/10/2027|5|PTV_A_5fx|5/5|COMPLETE|188/188|21512|6.0|30.0|30.0|RT/KB|

#SECTION COURSE TOTALS
plan|fx_delivered|fx_planned|delivered_Gy|planned_Gy|first|last
PTV_A_5fx|5|5|30.0|30.0|05/03/2027|05/10/2027
PTV_B_3fx|3|3|27.0|27.0|05/03/2027|05/05/2027
PTV_C_1fx|1|1|20.0|20.0|05/03/2027|05/03/2027
treatment sessions delivered|5
course status|COMPLETED 05/10/2027

#SECTION QA
item|result
DQA PTV_A_5fx|film + ion chamber, gamma 3%/1 mm 98.7%, point dose -1.1%
DQA PTV_B_3fx|gamma 99.1%, point dose +0.8%
DQA PTV_C_1fx|gamma 97.9%, point dose -1.6%
Second MU calculation|all plans within 2%
Plan approval|O. Vasquez-Harrow, MD 04/30/2027; B. Ndiaye, MS 04/30/2027
Course review|e-signed O. Vasquez-Harrow, MD 05/10/2027 16:40

#END OF EXPORT
{FOOT}
""")])

# e77_04 -- cobalt-60 mask fractionated (5 fx) parasellar meningioma; key: value export; 77371/77432 claimed ---------
add(name="e77_04", kind="export", codes=["77371", "77432", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 5, ["MRI"], ["mask"]),
    lesions=[L("right anterior clinoid / cavernous sinus meningioma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Flat key: value export from a cobalt-60 unit with cone-beam CT and nose-marker motion monitoring: mask-based "
          "5-fraction course (25 Gy at 50%, max 50 Gy) for a cavernous-sinus meningioma 2 mm from the optic nerve "
          "(complex). Rx rev1 21 Gy/3 CANCELLED, rev2 25 Gy/5 approved; six session blocks, one not treated, one "
          "interrupted and resumed. Planning imaging is MRI only (the CBCT is the stereotactic reference at the unit). "
          "Five fractions: the claimed single-session 77371 and 77432 are wrong; 61798 fits.",
    docs=[Doc("e77_04.txt", text=f"""
=== PRAIRIE LANTERN NEUROSCIENCES / RADIOSURGERY SUITE - RECORD EXPORT ===
EXPORT.ID: PLN-EXP-2027-0618-0042
EXPORT.FORMAT: flat key: value, one item per line, repeated blocks numbered
EXPORT.SOURCE: PRAIRIEWIND RV 3 (invented)
EXPORT.CREATED: 06/18/2027 11:02
PATIENT.NAME: {patient(4)}
PATIENT.MRN: {mrn(4)}
PATIENT.DOB: 01/30/1966
COURSE.ID: C1
COURSE.INTENT: benign disease, local control
COURSE.DIAGNOSIS: D32.0 benign neoplasm of cerebral meninges (right anterior clinoid meningioma extending into the right cavernous sinus)
COURSE.STATUS: COMPLETED
COURSE.PHYSICIAN: Ingrid Mabuza-Carrow, MD (radiation oncology)
COURSE.NEUROSURGEON: Piers Alcantara, MD
COURSE.PHYSICIST: Lucinda Hargreave-Oyo, PhD
UNIT.TYPE: cobalt-60 multi-source radiosurgery unit with integrated cone-beam CT and infrared nose-marker motion monitoring
UNIT.COLLIMATORS: 4 / 8 / 16 mm
IMMOBILIZATION.DEVICE: thermoplastic mask, frameless, custom (made 06/01/2027)
IMMOBILIZATION.FRAME: not used
IMAGING.PLANNING_MRI: 06/01/2027, T1 post-gadolinium 1 mm, T2 CISS 0.8 mm
IMAGING.STEREOTACTIC_REFERENCE: cone-beam CT at the unit 06/01/2027 (mask on), registered to the planning MRI
PLANNING.SYSTEM: MERIDIAN-GP 14.2 (invented)
TARGET.1.NAME: Meningioma_R_clinoid
TARGET.1.MAX_DIAMETER_MM: 27
TARGET.1.VOLUME_CC: 5.84
TARGET.1.NOTE: extends into the right cavernous sinus; 2 mm from the right optic nerve
PRESCRIPTION.REV1.STATUS: CANCELLED 06/03/2027 (right optic nerve constraint not achievable in 3 fractions)
PRESCRIPTION.REV1.DOSE: 21 Gy in 3 fractions, 7 Gy per fraction, 50% isodose
PRESCRIPTION.REV2.STATUS: APPROVED 06/04/2027
PRESCRIPTION.REV2.DOSE: 25 Gy in 5 fractions, 5 Gy per fraction, 50% isodose
PLAN.REV2.MAX_DOSE_GY: 50.0 (course), 10.0 per fraction
PLAN.REV2.MEAN_DOSE_GY: 33.9 (course)
PLAN.REV2.COVERAGE_PCT: 97.2
PLAN.REV2.SELECTIVITY: 0.88
PLAN.REV2.PADDICK_CI: 0.86
PLAN.REV2.GRADIENT_INDEX: 2.79
PLAN.REV2.SHOTS: 17
PLAN.REV2.BEAM_ON_MIN_PER_FX: 38.4 (dose rate 2.61 Gy/min, 06/2027)
OAR.OPTIC_NERVE_R.DMAX_GY: 23.6 (5 fx; limit 25.0)
OAR.OPTIC_CHIASM.DMAX_GY: 17.9 (5 fx; limit 25.0)
OAR.BRAINSTEM.DMAX_GY: 9.2
OAR.PITUITARY.DMEAN_GY: 11.4
OAR.COCHLEA_R.DMEAN_GY: 2.2
QA.PLAN_CHECK: physics second check of shot times and dose to reference point, 06/04/2027, agreement 0.6%
SESSION.1.DATE: 06/07/2027
SESSION.1.FRACTION: 1 of 5
SESSION.1.STATUS: TREATED
SESSION.1.CBCT_SHIFT_MM: 0.6 (applied by couch)
SESSION.1.MOTION_EVENTS: 0 (threshold 1.5 mm)
SESSION.1.DOSE_GY: 5.0
SESSION.1.CUMULATIVE_GY: 5.0
SESSION.2.DATE: 06/08/2027
SESSION.2.FRACTION: 2 of 5
SESSION.2.STATUS: TREATED (interrupted at shot 9 by motion > 1.5 mm; repeat CBCT, shift 0.9 mm; shots 9-17 delivered)
SESSION.2.CBCT_SHIFT_MM: 0.4, then 0.9
SESSION.2.MOTION_EVENTS: 1
SESSION.2.DOSE_GY: 5.0
SESSION.2.CUMULATIVE_GY: 10.0
SESSION.3.DATE: 06/09/2027
SESSION.3.FRACTION: -
SESSION.3.STATUS: NOT TREATED - nose-marker camera fault; rescheduled
SESSION.3.DOSE_GY: 0.0
SESSION.3.CUMULATIVE_GY: 10.0
SESSION.4.DATE: 06/10/2027
SESSION.4.FRACTION: 3 of 5
SESSION.4.STATUS: TREATED
SESSION.4.CBCT_SHIFT_MM: 0.5
SESSION.4.MOTION_EVENTS: 0
SESSION.4.DOSE_GY: 5.0
SESSION.4.CUMULATIVE_GY: 15.0
SESSION.5.DATE: 06/11/2027
SESSION.5.FRACTION: 4 of 5
SESSION.5.STATUS: TREATED
SESSION.5.CBCT_SHIFT_MM: 0.7
SESSION.5.MOTION_EVENTS: 0
SESSION.5.DOSE_GY: 5.0
SESSION.5.CUMULATIVE_GY: 20.0
SESSION.6.DATE: 06/14/2027
SESSION.6.FRACTION: 5 of 5
SESSION.6.STATUS: TREATED
SESSION.6.CBCT_SHIFT_MM: 0.3
SESSION.6.MOTION_EVENTS: 0
SESSION.6.DOSE_GY: 5.0
SESSION.6.CUMULATIVE_GY: 25.0
COURSE.FRACTIONS_PLANNED: 5
COURSE.FRACTIONS_DELIVERED: 5
COURSE.TOTAL_DELIVERED_GY: 25.0 (marginal, 50% isodose)
COURSE.FIRST_TREATMENT: 06/07/2027
COURSE.LAST_TREATMENT: 06/14/2027
SIGN.PHYSICIAN: Ingrid Mabuza-Carrow, MD, 06/14/2027 15:31 (electronic)
SIGN.PHYSICIST: Lucinda Hargreave-Oyo, PhD, 06/14/2027 15:48 (electronic)
=== END ===
{FOOT}
""")])

# e77_05 -- trigeminal neuralgia, gantry linac with 4 mm cone under a head frame; two-column page ------------------
_c = "GLASSWING NEUROLOGICAL INSTITUTE"
add(name="e77_05", kind="two_column", codes=["77372", "77432", "61798", "61800"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve", "cranial", C, 85, 1)],
    categories=cats(),
    notes="One two-column page (procedure and dose report): functional radiosurgery for right trigeminal neuralgia on a "
          "gantry linac with a 4 mm cone, 9 arcs, under a stereotactic head ring; CT with localizer fused with a CISS "
          "MRI. The prescription IS the maximum dose (85 Gy to 100%); the 80/50/20% isodose doses and brainstem doses "
          "sit in the same column. Functional target: complex. Codes right.",
    docs=[Doc("e77_05.pdf", [[
        H1("Functional Radiosurgery - Procedure and Dose Report"),
        KeyValue([("Patient", patient(5)), ("MRN", mrn(5)), ("DOB", "09/23/1945"), ("Date", "07/13/2027"),
                  ("Surgeon", "Rosalind Okwuosa-Brandt, MD"), ("Rad. oncologist", "Tobias Ferreira-Lund, MD"),
                  ("Physicist", "Annika Solberg, PhD")], value_x=88),
        H2("Indication"),
        P("Right V2/V3 classical trigeminal neuralgia for six years, BNI pain score V. Failed carbamazepine (hyponatremia), "
          "oxcarbazepine and gabapentin. Microvascular decompression declined (age 81, anticoagulated for atrial "
          "fibrillation). Diagnosis G50.0."),
        H2("Procedure"),
        P("Stereotactic head ring applied with four pins under local anesthesia at 07:10. Thin-slice CT (1 mm) with the "
          "localizer box at 07:45, fused with the MRI of 06/29/2027 (3D CISS 0.5 mm, T1 post-gadolinium 1 mm); fusion "
          "error 0.4 mm."),
        P("Target: cisternal segment of the right trigeminal nerve, isocenter 7 mm anterior to the root entry zone. "
          "Single isocenter, 4 mm circular cone, 9 non-coplanar arcs, 6 MV SRS mode on the gantry linac. Planning system "
          "FALCONCREST CONE 2 (invented). Total 21,140 MU."),
        H2("Verification"),
        P("Winston-Lutz test this morning: 0.4 mm. Cone interlock verified. Ring position checked with the target "
          "positioner and orthogonal kV images before arc 1 (0.3 mm). Independent MU calculation agreed within 2.3%."),
        H2("Dose parameters"),
        TextTable([("Parameter", "Gy"),
                   ("Prescribed maximum dose (100%)", "85.0"),
                   ("80% isodose", "68.0"),
                   ("50% isodose", "42.5"),
                   ("20% isodose (brainstem surface)", "17.0"),
                   ("Brainstem Dmax", "18.2"),
                   ("Brainstem D0.1cc", "9.6"),
                   ("Right cochlea Dmax", "1.1"),
                   ("Optic apparatus Dmax", "0.4")], columns=(0, 170)),
        P("Nerve length inside the 50% isodose: 5.1 mm. Arcs 1-9: gantry spans 100-140 deg each, couch 0 to 80 deg."),
        H2("Delivery"),
        P("Single fraction delivered 09:40-10:28, all 9 arcs complete, no interruption. Ring removed 10:41, pin sites "
          "clean. Discharged 12:15."),
        H2("Summary"),
        P("Right trigeminal nerve radiosurgery: 85 Gy maximum dose in one fraction, 4 mm cone."),
        sig("Rosalind Okwuosa-Brandt, MD 07/13/2027"),
        sig("Tobias Ferreira-Lund, MD 07/13/2027"),
        sig("Annika Solberg, PhD, DABR 07/13/2027"),
    ]], opts=dict(header=head(_c + "  -  Stereotactic Program", 5, "09/23/1945"), two_columns=True, font_size=8.5))])

# e77_06 -- CONTRADICTION: completion summary says cavity 30 Gy/5, R&V log shows 4 of 5 fractions (24 Gy) ------------
_c = "QUARRY HILL MEDICAL CENTER"
add(name="e77_06", kind="pdf", codes=["77373", "77435", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 4, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal resection cavity", "cranial", S, 24, 4), L("right parietal metastasis", "cranial", S, 24, 3)],
    categories=cats(),
    contradiction="The completion summary reports the left frontal cavity as 30 Gy in 5 fractions completed, while the R&V dose-by-site log shows fraction 5 not delivered and the cavity at 2400 of 3000 cGy after 4 fractions.",
    notes="EHR completion summary (page 1) claims cavity 30 Gy/5 and right parietal 24 Gy/3 completed; the plan page "
          "agrees with the prescription; the landscape R&V dose-by-site log (cGy, per-fraction and cumulative columns) "
          "shows the cavity's fraction 5 not treated (admission for a seizure) and the course ended at four sessions. "
          "Gold follows the log: cavity 24 Gy/4, right parietal 24 Gy/3, 4 fractions. Codes fit either way.",
    docs=[Doc("e77_06.pdf", [
        [H1("End of Treatment Summary"),
         KeyValue([("Course", "C1 Brain fSRS (post-operative cavity + intact metastasis)"),
                   ("Treatment dates", "04/05/2027 - 04/14/2027"),
                   ("Physician", "Marguerite Osei-Lindqvist, MD")]),
         P("Ms. Seventysevenpatient is a 58-year-old woman with non-small cell lung cancer who underwent resection of a "
           "left frontal metastasis on 03/12/2027 and has a separate 1.0 cm right parietal metastasis."),
         P("She completed fractionated stereotactic radiosurgery as planned: left frontal resection cavity 30 Gy in 5 "
           "fractions (6 Gy per fraction) to the 80% isodose line, and right parietal metastasis 24 Gy in 3 fractions "
           "(8 Gy per fraction) to the 80% isodose line, single isocenter, thermoplastic mask, daily cone-beam CT. She "
           "tolerated treatment well. MRI in 6 weeks."),
         sig("Marguerite Osei-Lindqvist, MD 04/14/2027 07:30")],
        [H1("Plan Summary - C1_BRAIN_FSRS"),
         KeyValue([("Unit", "6 MV gantry linac, 5 mm / 2.5 mm MLC, 6DoF couch"),
                   ("Immobilization", "Thermoplastic SRS mask with mouth bite"),
                   ("Images", "CT simulation 03/29/2027 1 mm; MRI 03/28/2027 T1 post-Gd, fused"),
                   ("Planning system", "BASALT TPS 5.4 (invented)"),
                   ("Technique", "Single isocenter, 4 non-coplanar VMAT arcs (arcs 1-3 cavity plan, arcs 4-5 parietal plan)")]),
         T(8.5, [("Target", "Vol (cc)", "Rx total", "Fx", "cGy/fx", "IDL", "D95 (cGy)", "Dmax (cGy)", "Paddick CI", "GI"),
                     ("CAV_LFront (cavity 3.1 cm + 2 mm)", "14.6", "3000 cGy", "5", "600", "80%", "3012", "3750", "0.79", "3.2"),
                     ("MET_RPar (1.0 cm + 1 mm)", "0.88", "2400 cGy", "3", "800", "80%", "2418", "3000", "0.83", "3.7")]),
         P("Brainstem Dmax 1220 cGy (5 fx); chiasm Dmax 810 cGy; brain V24Gy 9.1 cc. Physics check and portal dosimetry "
           "passed (gamma 99.0% at 3%/1 mm) 04/01/2027."),
         sig("Ravi Castellane-Moss, MS, DABR 04/01/2027"), sig("Marguerite Osei-Lindqvist, MD 04/01/2027")],
        [H2("TREATMENT RECORD - DOSE BY SITE (R&V print, cGy)"),
         T(8.5, [("Date", "Fx", "Site", "Fields", "Dose this fx", "Site cumulative", "Site Rx", "IGRT", "Status"),
                     ("04/05/2027", "1", "CAV_LFront", "Arc1-3", "600", "600", "3000", "CBCT approved", "Treated"),
                     ("04/05/2027", "1", "MET_RPar", "Arc4-5", "800", "800", "2400", "same CBCT", "Treated"),
                     ("04/07/2027", "2", "CAV_LFront", "Arc1-3", "600", "1200", "3000", "CBCT approved", "Treated"),
                     ("04/07/2027", "2", "MET_RPar", "Arc4-5", "800", "1600", "2400", "same CBCT", "Treated"),
                     ("04/09/2027", "3", "CAV_LFront", "Arc1-3", "600", "1800", "3000", "CBCT approved", "Treated"),
                     ("04/09/2027", "3", "MET_RPar", "Arc4-5", "800", "2400", "2400", "same CBCT", "Treated - site complete"),
                     ("04/12/2027", "4", "CAV_LFront", "Arc1-3", "600", "2400", "3000", "CBCT approved", "Treated"),
                     ("04/14/2027", "5", "CAV_LFront", "Arc1-3", "0", "2400", "3000", "-", "NOT TREATED - pt admitted 04/13 (seizure)"),
                     ("04/19/2027", "-", "C1", "-", "-", "-", "-", "-", "Course ended by physician; remaining fraction cancelled")]),
         P("Site totals at course close: CAV_LFront 2400 / 3000 cGy (4 of 5 fractions); MET_RPar 2400 / 2400 cGy (3 of 3 "
           "fractions). Treatment sessions delivered: 4."),
         P("Printed 04/20/2027 09:14 from JUNCO R&V (invented) by health information management.")],
    ], opts=dict(header=head(_c + "  -  Radiation Oncology", 6, "02/11/1969"), rotate={3: 90}, font_size=8.5))])

# e77_07 -- SCANNED page: cobalt-60 frame SRS of a parietal AVM, angiography --------------------------------------
_c = "WINTERBOURNE UNIVERSITY NEUROSURGERY"
add(name="e77_07", kind="scan", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI", "angiography"], ["frame"]),
    lesions=[L("left parietal AVM nidus", "cranial", C, 21, 1)],
    categories=cats(),
    notes="A scanned (image-only, slightly skewed, speckled) one-page radiosurgery dose summary from another hospital: "
          "left parietal AVM, 21 Gy to the 50% isodose (max 42 Gy), frame, stereotactic MRI, CT and biplane "
          "angiography. AVM is complex by type. Codes right.",
    docs=[Doc("e77_07.pdf", [[
        Paragraph("RADIOSURGERY DOSE SUMMARY - COPY FOR REFERRING CENTRE", bold=True),
        KeyValue([("Patient", patient(7)), ("MRN", mrn(7)), ("DOB", "04/18/1990"),
                  ("Treatment date", "08/02/2027 (single session)"),
                  ("Diagnosis", "Q28.2 arteriovenous malformation, left parietal, Spetzler-Martin II, hemorrhage 11/2026"),
                  ("Unit", "Cobalt-60 multi-source radiosurgery unit"),
                  ("Fixation", "Stereotactic head frame, 4 pins, local anesthesia, applied 06:50"),
                  ("Imaging (stereotactic)", "MRI T1+Gd and TOF 1 mm; CT 1 mm; biplane digital subtraction angiography, all 08/02/2027"),
                  ("Planning system", "MERIDIAN-GP 14.2 (invented)")]),
        T(10, [("Target", "Nidus size (cm)", "Vol (cc)", "Rx dose (Gy)", "Isodose", "Max (Gy)", "Coverage", "Shots", "V12 (cc)"),
                    ("AVM nidus", "2.4 x 2.0 x 1.9", "3.9", "21", "50%", "42", "96%", "14", "7.1")]),
        P("Organs at risk: brainstem max 3.1 Gy, optic chiasm max 1.2 Gy. Frame coordinates of all 14 shots verified "
          "against the plan by physics before delivery. Beam-on 41.7 min, delivered 10:12-10:58 without interruption."),
        P("Summary: left parietal AVM, 21 Gy marginal dose to the 50% isodose line in one session. Frame removed. MRI at "
          "6 months, angiography at 3 years."),
        sig("Sebastian Achterberg-Nwosu, MD, Neurosurgery 08/02/2027"),
        sig("Margit Oyelaran, PhD, Medical Physics 08/02/2027"),
    ]], opts=dict(header=[_c + "  -  Radiosurgery", "Scanned copy received 08/09/2027"], page_numbers=None,
                  scan=True, scan_dpi=170, scan_skew=1.2, scan_noise=6.0))])


# ==================================================================================================
# Spine (5)
# ==================================================================================================

# e77_08 -- bundle: T9-T11 contiguous as ONE target, Rx rev A cancelled; CSV DVH and R&V exports; 63621 wrong ------
_c = "REDFERN COAST ONCOLOGY"
_rows8 = []
for _fx, _date, _shift in ((1, "05/18/2027", "1.8 mm / 0.9 deg"), (2, "05/20/2027", "1.1 mm / 0.5 deg"),
                           (3, "05/22/2027", "0.9 mm / 0.6 deg")):
    _base = (_fx - 1) * 900
    _rows8.append(f"{_fx},{_date},CBCT,,,,,2700,CBCT pre 6DoF shift {_shift} approved Dr. Haldane,Imaged,AK")
    _rows8.append(f"{_fx},{_date},ARC1,1402,450,,{_base + 450},2700,,Treated,AK")
    _rows8.append(f"{_fx},{_date},CBCT-MID,,,,,2700,intrafraction CBCT < 1 mm,Imaged,AK")
    _rows8.append(f"{_fx},{_date},ARC2,1388,450,900,{_base + 900},2700,,Treated,AK")
_rows8_text = "\n".join(_rows8)
add(name="e77_08", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T9-T11 (one contiguous target)", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Three files: prescription revisions (rev A 24 Gy/2 to T10 CANCELLED; rev B 27 Gy/3 to T9-T11 as one contiguous "
          "PTV APPROVED), a CSV DVH export (Dmin, Dmax, Dmean, D98/D95/D90/D2, D0.035cc, V100 per structure; cord "
          "19.8 Gy) and a CSV R&V history (one row per arc and image, cumulative cGy). Three levels, one target: "
          "the claimed 63621 is wrong.",
    docs=[
        Doc("1_prescription.pdf", [[
            H1("Radiation Prescription - Course C2 (revision history)"),
            T(10, [("Rev", "Status", "Date", "Target", "Dose", "Comment"),
                        ("A", "CANCELLED", "05/11/2027", "PTV_T10", "24 Gy in 2 fx (12 Gy/fx)",
                         "Cancelled 05/13/2027 - MRI review shows disease at T9 and T11; target redrawn"),
                        ("B", "APPROVED", "05/13/2027", "PTV_T9_T11", "27 Gy in 3 fx (9 Gy/fx)",
                         "Single contiguous target: T9-T11 vertebral bodies, right pedicles and right paraspinal component")]),
            KeyValue([("Diagnosis", "C79.51 bone metastases, renal cell carcinoma (C64.2)"),
                      ("Prior RT to this region", "None (C1 was left hip, 2025)"),
                      ("Simulation", "CT 05/10/2027, 1.5 mm, supine, arms above head, full-length vacuum cushion"),
                      ("MRI", "Thoracic spine MRI 05/07/2027 (T1, T2, STIR, T1 post-Gd), fused to simulation CT"),
                      ("Unit / technique", "6 MV FFF gantry linac, 2 VMAT arcs, 6DoF couch"),
                      ("Planning system", "BRIMSTONE PLAN 9 (invented)"),
                      ("Normalization", "100% = 2700 cGy covering 90% of PTV"),
                      ("IGRT", "CBCT with 6DoF correction before each fraction and between arcs"),
                      ("Cord constraint", "Dmax < 21.9 Gy, D0.035cc < 20.3 Gy (3 fx)"),
                      ("Physics", "Second MU check 1.4%; diode-array QA 99.2% (3%/2 mm) 05/14/2027")]),
            sig("Cordelia Haldane, MD, Radiation Oncology 05/13/2027"),
            sig("Nikolai Brennan-Asare, MS, DABR 05/14/2027"),
        ]], opts=dict(header=head(_c, 8, "03/03/1956"))),
        Doc("2_dvh_export.txt", text=f"""
# {_c} - DVH statistics export (BRIMSTONE PLAN 9, invented)
# Patient: {patient(8)}; MRN: {mrn(8)}; Plan: SP_T9T11_RevB; Course: C2
# Prescribed: 2700 cGy / 3 fx; Normalization: 100% = 2700 cGy to 90% of PTV_T9_T11; Dose values in Gy (plan sum, 3 fx)
Structure,Type,Volume_cc,Dmin_Gy,Dmax_Gy,Dmean_Gy,D98_Gy,D95_Gy,D90_Gy,D2_Gy,D0.035cc_Gy,V100_pct,V27Gy_cc
GTV_T9_T11,GTV,38.4,25.9,33.6,30.4,27.1,28.0,28.6,33.0,33.4,97.8,37.6
PTV_T9_T11,PTV,61.2,17.4,33.8,29.2,21.9,24.6,27.0,32.8,33.5,90.0,55.1
SpinalCord,OAR,10.3,0.4,19.8,8.7,,,,,18.9,,0.0
SpinalCord_PRV2mm,OAR,17.9,0.3,21.6,9.4,,,,,20.8,,0.0
Esophagus,OAR,21.5,0.2,22.4,6.1,,,,,21.7,,0.0
Kidney_R,OAR,151.0,0.1,9.8,2.3,,,,,9.1,,0.0
Skin,OAR,2410.0,0.0,13.1,0.6,,,,,12.4,,0.0
# Indices: RTOG CI 1.11; Paddick CI 0.82; Gradient index 3.4; total MU per fraction 2790
# Plan approved 05/14/2027 C. Haldane MD; N. Brennan-Asare MS
"""),
        Doc("3_rv_history.txt", text=f"""
"{_c} - Treatment history export (TIDEMARK RV, invented), comma separated"
"Patient","{patient(8)}","{mrn(8)}","Course C2","Plan SP_T9T11_RevB","Rx 2700 cGy / 3 fx"
Fraction,Date,Field,MU,Field dose (cGy),Fraction dose (cGy),Cumulative (cGy),Plan total (cGy),Imaging / comment,Status,User
{_rows8_text}
"Course summary","Fractions delivered 3 of 3","Delivered 2700 cGy to PTV_T9_T11","Last treatment 05/22/2027","Status COMPLETED"
"""),
    ])

# e77_09 -- fixed-width R&V export (cGy): T4 24 Gy/2 and L2 18 Gy/1 in one course; no planning imaging documented ---
_c = "ASHGROVE VALLEY HOSPITAL"
add(name="e77_09", kind="export", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 2, [], ["body_immobilization"]),
    lesions=[L("T4 vertebral body + left pedicle", "spinal", None, 24, 2), L("L2 vertebral body", "spinal", None, 18, 1)],
    categories=cats(imaging=False),
    notes="Fixed-width R&V printout in cGy: two separate spinal lesions with different fractionations in one course "
          "(T4 2400 cGy in 2, L2 1800 cGy in 1, given with T4's first fraction), one row per arc with field, fraction "
          "and cumulative columns. CBCT every session; no planning CT or MRI appears anywhere (imaging unmet). Two "
          "sessions; codes right.",
    docs=[Doc("e77_09.txt", text=f"""
ASHGROVE VALLEY HOSPITAL              RADIATION ONCOLOGY                 TREATMENT RECORD - FIXED-WIDTH EXPORT
RPT: TXHIST-FW v2.1 (STEADFAST RV, invented)         RUN: 06/25/2027 16:05                    PAGE 1 OF 1
PATIENT: {patient(9):<34}MRN: {mrn(9)}     DOB: 12/05/1952
COURSE : C1  SPINE SBRT (2 SITES)                PHYSICIAN: OKONKWO-BRANDT, TEODOR MD
DIAG   : C79.51 SECONDARY MALIG NEOPLASM OF BONE; C61 PROSTATE (OLIGOMETASTATIC, PSMA-AVID T4 AND L2)
UNIT   : LA-4 (6MV FFF GANTRY LINAC, 2.5MM MLC)   IMMOB: BODY VACUUM CUSHION, ARMS UP (INDEXED)
PRIOR RT: NONE

SITE      TARGET                 RX TOTAL  RX/FX  FX  NORM       PLAN          ARCS  STATUS
--------  ---------------------  --------  -----  --  ---------  ------------  ----  ---------
SP_T4     T4 VB + L PEDICLE      2400 cGy   1200   2  D90 PTV    T4_2FX_V1        2  COMPLETE
SP_L2     L2 VB                  1800 cGy   1800   1  D90 PTV    L2_1FX_V1        2  COMPLETE

PLAN CHECK: T4_2FX_V1 DMAX 2890 cGy  CORD DMAX 1370 cGy  | L2_1FX_V1 DMAX 2160 cGy  CAUDA DMAX 1210 cGy
DQA      : T4_2FX_V1 PASS 98.8% (3%/2MM)  L2_1FX_V1 PASS 99.4%   2ND MU CALC PASS (BOTH)   PHYS: E. MARCHETTI-OBI

DATE       FX  SITE   FIELD  GANTRY      MU   FLD cGy  FX cGy  CUM cGy  IGRT                       BY
---------- --  -----  -----  --------  ----  -------  ------  -------  -------------------------  ---
06/14/2027  1  SP_T4  CBCT   -            -        -       -        -  CBCT 6D 1.2MM APPR TOB      RK
06/14/2027  1  SP_T4  ARC1   181-179   1711      600               600                             RK
06/14/2027  1  SP_T4  ARC2   179-181   1698      600    1200     1200                             RK
06/14/2027  1  SP_L2  CBCT   -            -        -       -        -  CBCT 6D 0.8MM APPR TOB      RK
06/14/2027  1  SP_L2  ARC1   181-179   2460      900               900                             RK
06/14/2027  1  SP_L2  ARC2   179-181   2431      900    1800     1800                             RK
06/16/2027  2  SP_T4  CBCT   -            -        -       -        -  CBCT 6D 0.9MM APPR TOB      JW
06/16/2027  2  SP_T4  ARC1   181-179   1709      600              1800                             JW
06/16/2027  2  SP_T4  ARC2   179-181   1700      600    1200     2400                             JW

SITE SUMMARY        FX DELIVERED  DOSE DELIVERED  RX TOTAL  LAST TX
SP_T4                     2 / 2        2400 cGy  2400 cGy  06/16/2027
SP_L2                     1 / 1        1800 cGy  1800 cGy  06/14/2027
TREATMENT DAYS: 2 (06/14/2027, 06/16/2027)          COURSE STATUS: COMPLETE

REVIEWED/E-SIGNED: OKONKWO-BRANDT, TEODOR MD 06/16/2027 17:22
*** END OF REPORT ***
{FOOT}
""")])

# e77_10 -- robotic-arm post-operative T12 bed 27 Gy/3; plan report with landscape page ----------------------------
_c = "MOSSBANK SPINE & CANCER CENTER"
add(name="e77_10", kind="pdf", codes=["G0339", "G0340", "77435", "63620"],
    facts=F("robotic_linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T12 post-operative bed", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Robotic-arm spine SBRT plan report after separation surgery (T12 laminectomy, T10-L2 screws): post-operative "
          "CTV/PTV 27 Gy in 3 at the 77% isodose (max 35.06 Gy), CT myelogram for the cord, fiducial-free spine "
          "tracking, vacuum cushion. Landscape page 2 carries a 13-column structure table (CTV and PTV rows both 27 Gy: "
          "one target) and beam/node/MU data; page 3 a delivery log. Codes right.",
    docs=[Doc("e77_10.pdf", [
        [H1("Treatment Plan Report - Robotic SRS/SBRT"),
         KeyValue([("Patient / MRN", f"{patient(10)} / {mrn(10)}"),
                   ("Plan", "T12_postop_27in3 (approved 07/09/2027, delivered)"),
                   ("Planning system", "SPINDRIFT PLANNER 3.4 (invented)"),
                   ("Unit", "Robotic-arm mounted 6 MV linac, variable-aperture collimator (7.5-25 mm used), robotic couch"),
                   ("Tracking", "Fiducial-free spine tracking on orthogonal kV images (T11-L1 vertebrae)"),
                   ("Positioning", "Supine, full-length vacuum cushion, arms at sides"),
                   ("Planning CT", "07/06/2027, 1.25 mm"),
                   ("CT myelogram", "07/06/2027, cord delineation through hardware artifact"),
                   ("MRI", "Pre-operative 05/30/2027 and post-operative 07/05/2027 thoracolumbar MRI, fused"),
                   ("History", "T12 renal cell metastasis with epidural disease (Bilsky 2); separation surgery 06/08/2027 "
                               "(T12 laminectomy, T10-L2 pedicle screws); post-op Bilsky 1a"),
                   ("Prescription", "27 Gy in 3 fractions (9 Gy per fraction) to the 77% isodose line, post-operative CTV/PTV")]),
         sig("Henrietta Kowalski-Amadi, MD 07/09/2027"), sig("Rafferty Osei, MS, DABR 07/09/2027")],
        [H2("Structure statistics (plan T12_postop_27in3, 3 fractions, doses for the whole course)"),
         T(8.0, [("Structure", "Type", "Vol (cc)", "Rx dose (Gy)", "Fx", "Rx IDL (%)", "Max (Gy)", "Min (Gy)",
                      "Mean (Gy)", "Cov. (%)", "nCI", "HI", "D0.035cc (Gy)"),
                     ("CTV_T12_postop", "CTV", "42.7", "27.00", "3", "77", "35.06", "24.1", "31.2", "96.4", "1.21", "1.30", "34.9"),
                     ("PTV_T12_postop", "PTV", "58.3", "27.00", "3", "77", "35.06", "21.9", "30.4", "93.8", "1.24", "1.30", "34.9"),
                     ("Cord_myelo", "OAR", "8.1", "-", "-", "-", "17.9", "0.2", "6.4", "-", "-", "-", "17.2"),
                     ("Cauda_equina", "OAR", "4.4", "-", "-", "-", "15.8", "0.1", "3.7", "-", "-", "-", "15.1"),
                     ("Esophagus", "OAR", "12.9", "-", "-", "-", "18.4", "0.1", "2.9", "-", "-", "-", "17.6"),
                     ("Kidney_L", "OAR", "148.2", "-", "-", "-", "11.7", "0.1", "3.1", "-", "-", "-", "11.0"),
                     ("Kidney_R", "OAR", "139.6", "-", "-", "-", "10.9", "0.1", "2.9", "-", "-", "-", "10.2"),
                     ("Bowel", "OAR", "610.0", "-", "-", "-", "19.4", "0.0", "1.2", "-", "-", "-", "18.8")]),
         TextTable([("Beams", "Nodes", "MU per fraction", "Est. time per fraction", "Collimator sizes"),
                    ("171", "68", "31,418", "42 min", "7.5, 10, 12.5, 15, 20, 25 mm")], columns=(0, 60, 120, 230, 360)),
         P("Cord (myelogram-defined) Dmax 17.9 Gy against a 21.9 Gy limit in 3 fractions; hardware streak artifact "
           "overridden to tissue density.")],
        [H2("Delivery log"),
         T(8.0, [("Fx", "Date", "Beams delivered", "MU", "Dose (Gy)", "Cumulative (Gy)", "Mean tracking correction", "Therapists"),
                     ("1", "07/12/2027", "171 / 171", "31,418", "9.00", "9.00", "0.6 mm / 0.4 deg", "DL / MS"),
                     ("2", "07/14/2027", "171 / 171", "31,418", "9.00", "18.00", "0.5 mm / 0.3 deg", "DL / PT"),
                     ("3", "07/16/2027", "171 / 171", "31,418", "9.00", "27.00", "0.7 mm / 0.5 deg", "MS / PT")]),
         P("DQA 07/10/2027: film gamma 3%/1 mm 97.9%, ion chamber -1.8%. Course complete 07/16/2027: post-operative T12 "
           "bed 27 Gy in 3 fractions."),
         sig("Henrietta Kowalski-Amadi, MD 07/16/2027")],
    ], opts=dict(header=head(_c, 10, "08/08/1964"), rotate={2: 90}, font_size=8.0))])

# e77_11 -- re-irradiation T7: EHR printout with repeated banners; prior 30 Gy/10 in the dose table; split fraction ---
_c = "TIDEWATER BAPTIST HOSPITAL"
add(name="e77_11", kind="ehr_print", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T7 (re-irradiation)", "spinal", None, 25, 5)],
    categories=cats(),
    notes="Three-page EHR printout with two-line banners on every page: re-irradiation SBRT to T7, 25 Gy in 5, after "
          "30 Gy in 10 to T6-T8 in 2024 elsewhere. The cumulative-dose table puts the prior course, EQD2 values, the "
          "current course and cumulative EQD2 side by side; the R&V table has fraction 2 split into two sessions "
          "(interrupted, resumed) and a cancelled day. One lesion, 5 fractions; codes right.",
    docs=[Doc("e77_11.pdf", [
        [H1("Radiation Oncology - Re-irradiation Prescription and Plan Approval"),
         P("71-year-old man with metastatic non-small cell lung cancer. T7 progression with pain (7/10) and no "
           "epidural compression (Bilsky 1a). Prior conventional radiotherapy to T6-T8, 30 Gy in 10 fractions, "
           "02/2024 at Crescent Valley Hospital (outside records reviewed). Now re-irradiation with SBRT to T7."),
         KeyValue([("Prescription", "PTV_T7 25 Gy in 5 fractions (5 Gy/fx), 95% of PTV to receive 25 Gy"),
                   ("Simulation", "CT 08/09/2027, 1.5 mm, supine in vacuum cushion with knee sponge"),
                   ("MRI", "08/05/2027 thoracic spine, fused for GTV and cord"),
                   ("Unit / technique", "6 MV gantry linac, 2 VMAT arcs, 2,914 MU per fraction"),
                   ("Planning system", "LIGHTHOUSE TPS 8 (invented)")]),
         H2("Cumulative dose assessment (alpha/beta 2 Gy for cord, 10 Gy for target)"),
         T(10, [("Structure", "Prior course 2024 (30 Gy / 10 fx)", "Prior EQD2", "Current course (25 Gy / 5 fx)",
                      "Current EQD2", "Cumulative EQD2", "Limit"),
                     ("PTV_T7", "30.0 Gy Rx (Dmax 31.2 Gy)", "32.5 Gy", "25.0 Gy Rx (Dmax 30.6 Gy)", "31.3 Gy", "63.8 Gy", "-"),
                     ("Spinal cord Dmax", "31.0 Gy", "39.5 Gy", "12.4 Gy", "13.9 Gy", "53.4 Gy", "<= 70 Gy EQD2"),
                     ("Esophagus Dmax", "30.6 Gy", "38.2 Gy", "16.8 Gy", "21.9 Gy", "60.1 Gy", "-")]),
         P("Interval since prior course 42 months. Re-irradiation judged acceptable; the SBRT cord EQD2 (13.9 Gy) is "
           "under 25 Gy. Physics second check (independent MU calculation 1.2%) and portal dosimetry (99.3%) passed."),
         sig("Philippa Anand-Moreau, MD 08/12/2027"), sig("Desmond Ogunbiyi, MS, DABR 08/12/2027")],
        [H1("Treatment Delivery Summary (R&V)"),
         T(10, [("Fx", "Date", "Session", "Arcs", "Dose (Gy)", "Cumulative (Gy)", "IGRT", "Note"),
                     ("C1", "02/2024", "-", "-", "30.0 (10 fx)", "-", "-", "Prior course, outside hospital, T6-T8: reference only"),
                     ("1", "08/16/2027", "1", "1-2", "5.00", "5.00", "CBCT + 6DoF", ""),
                     ("2", "08/17/2027", "2a", "1", "2.46", "7.46", "CBCT + 6DoF", "INTERRUPTED: couch interlock after arc 1"),
                     ("2", "08/17/2027", "2b", "2", "2.54", "10.00", "repeat CBCT, 0.4 mm", "Resumed same visit; fraction 2 complete"),
                     ("3", "08/18/2027", "3", "1-2", "5.00", "15.00", "CBCT + 6DoF", ""),
                     ("-", "08/20/2027", "-", "-", "0.00", "15.00", "-", "CANCELLED: machine service"),
                     ("4", "08/23/2027", "4", "1-2", "5.00", "20.00", "CBCT + 6DoF", ""),
                     ("5", "08/24/2027", "5", "1-2", "5.00", "25.00", "CBCT + 6DoF", "Course complete")]),
         P("Fractions delivered 5 of 5; PTV_T7 25.00 Gy.")],
        [H1("Physician Completion Note"),
         P("Re-irradiation SBRT to T7 completed 08/24/2027: 25 Gy in 5 fractions to PTV_T7 with CBCT guidance at every "
           "fraction. Fraction 2 was delivered in two parts on 08/17 after a couch interlock and counts as one fraction. "
           "Pain 3/10 at completion. Follow-up MRI in 3 months."),
         sig("Philippa Anand-Moreau, MD 08/24/2027 16:02")],
    ], opts=dict(header=[f"{_c} - EHR PRINT (HARBORLINE EHR, invented)   CONFIDENTIAL",
                         f"{patient(11)}   MRN {mrn(11)}   DOB 06/30/1956   Printed 08/30/2027 10:14 by K. Petrakis (coding)"],
                 page_numbers="Printed page {n} of {total}"))])

# e77_12 -- composite (sum) plan report: one L3 target, two plans after re-simulation; no IGRT or QA documented -----
_c = "JUNIPER FORD CANCER PAVILION"
add(name="e77_12", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L3 vertebral body with right paraspinal extension", "spinal", None, 35, 5)],
    categories=cats(delivery_verification=False),
    notes="Composite plan report: one L3 target treated with two plans after a re-simulation (plan A fractions 1-2, plan "
          "B fractions 3-5); the plans table shows plan A's planned 35 Gy/5 beside its delivered 14 Gy, plan B 21 Gy/3, "
          "and the SUM 35 Gy in 5; a composite DVH table repeats per-plan and summed doses. One lesion, 35 Gy in 5. "
          "No image guidance or QA appears anywhere (delivery verification unmet).",
    docs=[Doc("e77_12.pdf", [
        [H1("Composite (Sum) Plan Report - Course C1 L-SPINE SBRT"),
         KeyValue([("Patient / MRN", f"{patient(12)} / {mrn(12)}"),
                   ("Planning system", "MARSHLIGHT TPS 6 (invented)"),
                   ("Unit", "6 MV gantry linac, 5 mm MLC"),
                   ("Target", "PTV_L3: L3 vertebral body with right paraspinal soft-tissue extension (one target)"),
                   ("Prescription", "35 Gy in 5 fractions (7 Gy/fx), 95% of PTV_L3 to receive 35 Gy"),
                   ("Simulation", "CT 09/01/2027 in vacuum cushion; re-simulation CT 09/08/2027 with a new vacuum cushion "
                                  "(could not reproduce position because of pain)"),
                   ("MRI", "Lumbar spine MRI 08/28/2027, fused to both simulation CTs")]),
         H2("Plans in course"),
         T(8.5, [("Plan", "Status", "Based on", "Fx planned", "Fx delivered", "Dose/fx (Gy)", "Planned total (Gy)",
                      "Delivered (Gy)", "Arcs", "MU/fx"),
                     ("L3_A", "Retired after fx 2", "CT 09/01", "5", "2", "7.0", "35.0", "14.0", "2 VMAT", "2,388"),
                     ("L3_B", "Completed", "CT 09/08", "3", "3", "7.0", "21.0", "21.0", "3 VMAT", "2,517"),
                     ("SUM_L3", "Composite (A fx 1-2 + B fx 3-5)", "-", "-", "5", "-", "-", "35.0", "-", "-")]),
         H2("Composite DVH (Gy)"),
         T(8.5, [("Structure", "Metric", "L3_A (x2 fx)", "L3_B (x3 fx)", "SUM_L3", "Limit (5 fx)"),
                     ("PTV_L3", "D95", "13.9", "21.1", "35.0", "35.0"),
                     ("PTV_L3", "Dmax", "17.2", "25.7", "42.7", "-"),
                     ("Cauda equina", "Dmax", "8.4", "12.9", "21.1", "32.0"),
                     ("Conus / cord", "D0.035cc", "6.0", "9.1", "15.0", "25.3"),
                     ("Kidney R", "Dmean", "1.1", "1.6", "2.7", "-"),
                     ("Bowel", "D5cc", "5.2", "7.9", "13.1", "19.5")]),
         sig("Leopoldine Marsh, CMD (composite created) 09/16/2027")],
        [H2("Delivery by fraction"),
         T(8.5, [("Fx", "Date", "Plan", "Dose (Gy)", "Course cumulative (Gy)"),
                     ("1", "09/06/2027", "L3_A", "7.0", "7.0"),
                     ("2", "09/07/2027", "L3_A", "7.0", "14.0"),
                     ("-", "09/08/2027", "re-simulation", "-", "14.0"),
                     ("3", "09/13/2027", "L3_B", "7.0", "21.0"),
                     ("4", "09/14/2027", "L3_B", "7.0", "28.0"),
                     ("5", "09/15/2027", "L3_B", "7.0", "35.0")]),
         P("Physician review of composite: L3 metastasis (one target) received 35 Gy in 5 fractions across two plans. "
           "Cauda and conus within limits."),
         sig("Augustin Delacroix-Mbeki, MD 09/16/2027")],
    ], opts=dict(header=head(_c + "  -  Radiation Oncology", 12, "11/21/1960"), font_size=8.5))])


# ==================================================================================================
# Body (5)
# ==================================================================================================

# e77_13 -- lung, two lesions with different fractionations (54/3, 50/5) over five sessions; landscape plan page ----
_c = "BRACKENRIDGE THORACIC ONCOLOGY"
add(name="e77_13", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("PTV_RUL right upper lobe", "body", None, 54, 3), L("PTV_RLL right lower lobe", "body", None, 50, 5)],
    categories=cats(),
    notes="Three pages: plan summary (4DCT, PET fused, vacuum cushion, no fiducials, compression not used), a landscape "
          "page with 17 columns per target (Rx, fx, Gy/fx, IDL, D95, D99, Dmax in Gy and %, CI, R50%, D2cm, MU, "
          "beam-on) and a composite OAR table, then a session record where the RUL plan is given on sessions 1, 3, 5 "
          "and the RLL plan on all five. Two lesions, five sessions; codes right.",
    docs=[Doc("e77_13.pdf", [
        [H1("SBRT Plan Summary - Course C1 RIGHT LUNG"),
         KeyValue([("Patient / MRN", f"{patient(13)} / {mrn(13)}"),
                   ("Diagnosis", "Synchronous primaries: RUL adenocarcinoma cT1b N0 (C34.11); RLL squamous cT1c N0 (C34.31)"),
                   ("Simulation", "4DCT 10/04/2027, 10 phases, AIP and MIP reconstructions, 2 mm"),
                   ("PET-CT", "09/27/2027, fused to the AIP for GTV delineation"),
                   ("Immobilization", "Vacuum cushion with wing board, arms up"),
                   ("Abdominal compression", "Available; not used (motion < 8 mm on 4DCT)"),
                   ("Fiducials", "Not placed (both lesions visible on CBCT)"),
                   ("Unit", "6 MV FFF gantry linac"),
                   ("Planning system", "GANNET TPS 12 (invented)"),
                   ("IGRT", "CBCT before every fraction, matched to the ITV, physician-approved"),
                   ("Physics", "Second MU check (both plans within 1.9%); portal dosimetry 98.1% / 98.7%")]),
         P("Two targets, treated in one course on a shared schedule: the RUL plan (18 Gy per fraction) on sessions 1, 3 "
           "and 5; the RLL plan (10 Gy per fraction, central) on every session."),
         sig("Ophelia Grantham-Oduya, MD 10/14/2027"), sig("Konstantin Reyes, MS, DABR 10/14/2027")],
        [H2("Target statistics (per plan, whole course)"),
         T(7.0, [("Target", "ITV (cc)", "PTV (cc)", "Rx total (Gy)", "Fx", "Gy/ fx", "Rx IDL (%)",
                      "D95 (Gy)", "D99 (Gy)", "Dmax (Gy)", "Dmax (%)", "CI", "R50%", "D2cm (%)", "MU/ fx", "BOT/ fx (min)"),
                     ("PTV_RUL", "6.2", "21.4", "54", "3", "18", "80", "54.0", "51.6", "67.5", "125.0",
                      "1.08", "4.3", "52", "4,316", "3.1"),
                     ("PTV_RLL", "9.8", "28.7", "50", "5", "10", "80", "50.0", "48.1",
                      "62.4", "124.8", "1.10", "4.6", "55", "2,604", "1.9")]),
         P("PTV_RUL: right upper lobe, peripheral. PTV_RLL: right lower lobe, central, 1.6 cm from the proximal bronchial "
           "tree. CI = RTOG conformity index; R50% = 50% isodose volume / PTV; D2cm = max dose 2 cm from PTV (% of Rx); "
           "BOT = beam-on time."),
         H2("Organs at risk (composite of both plans)"),
         T(7.0, [("Structure", "Metric", "Value", "Constraint"),
                     ("Spinal cord", "Dmax", "14.8 Gy", "< 28 Gy (5 fx)"),
                     ("Esophagus", "Dmax", "21.9 Gy", "< 35 Gy"),
                     ("Proximal bronchial tree", "Dmax / D4cc", "38.2 Gy / 24.1 Gy", "< 40 Gy / < 32 Gy"),
                     ("Chest wall", "V30Gy", "12.7 cc", "< 30 cc"),
                     ("Heart", "Dmax", "16.3 Gy", "< 38 Gy"),
                     ("Lungs minus ITVs", "V20Gy / MLD", "6.8% / 5.1 Gy", "< 10% / < 8 Gy")])],
        [H2("Session record (R&V)"),
         T(7.0, [("Session", "Date", "PTV_RUL fx", "RUL dose (Gy)", "RUL cum (Gy)", "PTV_RLL fx", "RLL dose (Gy)",
                      "RLL cum (Gy)", "CBCT"),
                     ("1", "10/18/2027", "1 of 3", "18", "18", "1 of 5", "10", "10", "approved"),
                     ("2", "10/20/2027", "-", "-", "18", "2 of 5", "10", "20", "approved"),
                     ("3", "10/22/2027", "2 of 3", "18", "36", "3 of 5", "10", "30", "approved"),
                     ("4", "10/25/2027", "-", "-", "36", "4 of 5", "10", "40", "approved"),
                     ("5", "10/27/2027", "3 of 3", "18", "54", "5 of 5", "10", "50", "approved")]),
         P("Completed 10/27/2027: PTV_RUL 54 Gy in 3 fractions, PTV_RLL 50 Gy in 5 fractions; 5 treatment sessions."),
         sig("Ophelia Grantham-Oduya, MD 10/27/2027")],
    ], opts=dict(header=head(_c, 13, "02/14/1949"), rotate={2: 90}, font_size=7.0))])

# e77_14 -- liver, robotic-arm with fiducial respiratory tracking; compression available, not used; 77432 wrong ----
_c = "CINDER LAKE HEPATOBILIARY PROGRAM"
add(name="e77_14", kind="pdf", codes=["G0339", "G0340", "77435", "77432"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("HCC segment VII", "body", None, 45, 3)],
    categories=cats(),
    notes="Key: value printout of a robotic-arm liver SBRT course: four fiducials placed (one migrated, three tracked), "
          "respiratory tracking, vacuum cushion, compression plate available but not used, PET explicitly not done. "
          "45 Gy in 3 at the 70% isodose (max 64.3 Gy); the treatment log has a not-treated day before fraction 2. "
          "The claimed 77432 (single-session cranial management) is wrong.",
    docs=[Doc("e77_14.pdf", [[
        H1("SBRT Course Record - key: value printout"),
        KeyValue([("PATIENT", f"{patient(14)}"), ("MRN", mrn(14)), ("DOB", "12/12/1951"),
                  ("COURSE", "C1 LIVER SBRT (HCC segment VII, 4.2 cm; C22.0; Child-Pugh A5; BCLC A, not a candidate for ablation)"),
                  ("UNIT", "Robotic-arm mounted 6 MV linac, multileaf collimator"),
                  ("FIDUCIALS", "4 gold fiducials placed percutaneously 03/30/2027 (IR, Dr. Lemaitre-Osei); 1 migrated, 3 used for tracking"),
                  ("MOTION MANAGEMENT", "Respiratory motion model with fiducial tracking (synchronized)"),
                  ("ABDOMINAL COMPRESSION", "Plate available - not used (tracking)"),
                  ("POSITIONING", "Supine, vacuum cushion, arms at sides"),
                  ("PLANNING CT", "04/06/2027, triphasic contrast, exhale breath-hold and free-breathing series, 1 mm"),
                  ("PLANNING MRI", "04/02/2027 liver MRI (hepatobiliary contrast), fused"),
                  ("PET", "not performed"),
                  ("PLANNING SYSTEM", "CORALREEF 2 (invented)"),
                  ("PRESCRIPTION", "45 Gy in 3 fractions (15 Gy per fraction) to the 70% isodose line"),
                  ("PLAN METRICS", "PTV coverage 95.6%; Dmax 64.3 Gy; nCI 1.18; 186 beams; 38,940 MU per fraction"),
                  ("OAR", "Liver minus GTV 1,012 cc below 15 Gy (need >= 700 cc); mean liver 11.8 Gy; duodenum Dmax 17.1 Gy; "
                          "stomach Dmax 15.9 Gy; cord Dmax 9.7 Gy; right kidney V14 4%"),
                  ("PHYSICS", "DQA film and ion chamber 04/09/2027, point dose -2.1%, gamma 97.4% (3%/1 mm)")], value_x=150),
        H2("TREATMENT LOG"),
        T(10, [("Fx", "Scheduled", "Delivered", "Beams", "MU", "Dose (Gy)", "Cum (Gy)", "Model error (mm)", "Status"),
                    ("1", "04/12/2027", "04/12/2027", "186", "38,940", "15", "15", "1.9", "Treated"),
                    ("2", "04/14/2027", "-", "0", "0", "0", "15", "-", "NOT TREATED: fever, cholangitis work-up"),
                    ("2", "04/19/2027", "04/19/2027", "186", "38,940", "15", "30", "2.2", "Treated"),
                    ("3", "04/21/2027", "04/21/2027", "186", "38,940", "15", "45", "1.7", "Treated")]),
        KeyValue([("COURSE STATUS", "Completed 04/21/2027, 3 of 3 fractions, 45 Gy"),
                  ("SIGNED", "Evander Lykke-Morrow, MD 04/21/2027; Zuleika Fontaine, MS 04/21/2027")], value_x=150),
    ]], opts=dict(header=head(_c + "  -  Radiation Oncology", 14, "12/12/1951")))])

# e77_15 -- prostate bundle: plan summary + CSV R&V (per-arc rows, a cancelled session); spacer and fiducials -------
_c = "PELHAM MEADOWS UROLOGIC ONCOLOGY"
add(name="e77_15", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Two files: a plan-summary PDF (36.25 Gy in 5; goal/achieved table with PTV Dmax 38.8 Gy, CTV D98 37.5 Gy, "
          "urethra 37.9 Gy; three gold fiducials and a hydrogel spacer; rectal balloon not used) and a quoted-CSV R&V "
          "export with one row per arc or image, per-arc 362.5 cGy and cumulative cGy, and a session rejected for "
          "bladder filling and repeated the next day. Five fractions; codes right.",
    docs=[
        Doc("1_plan_summary.pdf", [[
            H1("Prostate SBRT - Plan Summary"),
            KeyValue([("Patient / MRN", f"{patient(15)} / {mrn(15)}"),
                      ("Diagnosis", "C61 adenocarcinoma of prostate, Gleason 3+4, PSA 7.9, cT2a, favorable intermediate risk"),
                      ("Procedures", "3 gold fiducial markers and a hydrogel rectal spacer placed transperineally 10/20/2027"),
                      ("Simulation", "CT 10/29/2027 1.5 mm, comfortably full bladder, lower-body vacuum cushion with indexed knee and foot rest"),
                      ("MRI", "Pelvic MRI 10/29/2027 (T2 3D), fused on the fiducials"),
                      ("Rectal balloon", "Not used (spacer in place)"),
                      ("Unit / technique", "6 MV FFF gantry linac, 2 VMAT arcs, 2,318 MU per fraction"),
                      ("Planning system", "HEATHERLINE TPS 3 (invented)"),
                      ("Prescription", "36.25 Gy in 5 fractions (7.25 Gy per fraction) to PTV, every other day"),
                      ("Motion management", "CBCT fiducial match before each fraction; intrafraction kV fiducial imaging every 20 deg of gantry")]),
            T(10, [("Structure", "Metric", "Goal", "Achieved"),
                        ("PTV_3625", "D95", ">= 36.25 Gy", "36.3 Gy"),
                        ("PTV_3625", "V100%", ">= 95%", "95.4%"),
                        ("PTV_3625", "Dmax", "<= 39.9 Gy", "38.8 Gy (107%)"),
                        ("CTV_prostate", "D98", "report", "37.5 Gy"),
                        ("Urethra", "D0.03cc", "<= 38.1 Gy", "37.9 Gy"),
                        ("Rectum", "V36Gy", "< 1 cc", "0.4 cc"),
                        ("Rectum", "V29Gy", "< 20%", "6.1%"),
                        ("Bladder", "V37Gy", "< 10 cc", "4.1 cc"),
                        ("Femoral heads", "V14.5Gy", "< 5%", "0.0%"),
                        ("Penile bulb", "V29.5Gy", "< 50%", "12%")]),
            P("Plan approved 11/03/2027; independent MU check 0.9%; portal dosimetry 99.6% (3%/2 mm)."),
            sig("Lucius Brightwater-Ode, MD 11/03/2027"), sig("Amaryllis Chen-Whitfield, MS, DABR 11/03/2027"),
        ]], opts=dict(header=head(_c, 15, "05/09/1955"))),
        Doc("2_rv_export.txt", text=f"""
"Export","REEDBANK RV (invented) - treatment history, comma separated, doses in cGy"
"Patient","{patient(15)}","{mrn(15)}"
"Course","C1 PROSTATE SBRT","Rx","3625 cGy / 5 fx","Dose per fx","725 cGy"
"Date","Fx","Field","MU","Dose cGy","Cum cGy","Image","Result","Status","Comment"
"11/08/2027","1","CBCT","","","","CBCT","fiducial match 2.1 mm","Approved",""
"11/08/2027","1","Arc1","1162","362.5","362.5","","","Treated",""
"11/08/2027","1","Arc2","1156","362.5","725","kV intrafraction x6","all within 2 mm","Treated",""
"11/10/2027","2","CBCT","","","","CBCT","fiducial match 1.4 mm","Approved",""
"11/10/2027","2","Arc1","1162","362.5","1087.5","","","Treated",""
"11/10/2027","2","Arc2","1156","362.5","1450","kV intrafraction x6","all within 2 mm","Treated",""
"11/12/2027","3","CBCT","","","","CBCT","bladder underfilled","Rejected","Session cancelled, no dose; rescheduled 11/13"
"11/13/2027","3","CBCT","","","","CBCT","fiducial match 1.7 mm","Approved",""
"11/13/2027","3","Arc1","1162","362.5","1812.5","","","Treated",""
"11/13/2027","3","Arc2","1156","362.5","2175","kV intrafraction x6","1 beam hold (2.4 mm), re-aligned","Treated",""
"11/15/2027","4","CBCT","","","","CBCT","fiducial match 1.2 mm","Approved",""
"11/15/2027","4","Arc1","1162","362.5","2537.5","","","Treated",""
"11/15/2027","4","Arc2","1156","362.5","2900","kV intrafraction x6","all within 2 mm","Treated",""
"11/17/2027","5","CBCT","","","","CBCT","fiducial match 1.0 mm","Approved",""
"11/17/2027","5","Arc1","1162","362.5","3262.5","","","Treated",""
"11/17/2027","5","Arc2","1156","362.5","3625","kV intrafraction x6","all within 2 mm","Treated","Course complete"
"Summary","Fractions delivered","5","of","5","Total delivered cGy","3625"
"""),
    ])

# e77_16 -- adrenal, MR-linac daily adaptive; EHR printout with banners; no immobilization device -------------------
_c = "STILLWATER GENERAL - MR-GUIDED THERAPY UNIT"
add(name="e77_16", kind="ehr_print", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], []),
    lesions=[L("left adrenal metastasis", "body", None, 40, 5)],
    categories=cats(positioning=False),
    notes="Three-page EHR printout with banners: left adrenal SBRT 40 Gy in 5 on a 1.5 T MR-linac with a new adaptive plan "
          "every fraction (five plan names, one target); the daily table has per-fraction PTV D95, GTV Dmean (8.6 Gy/fx), "
          "OAR doses, gating efficiency, delivered and cumulative dose. No immobilization device (knee wedge only; "
          "compression belt available, not used; no fiducials): positioning unmet. Codes right.",
    docs=[Doc("e77_16.pdf", [
        [H1("Radiation Oncology Treatment Summary"),
         KeyValue([("Course", "C1 L ADRENAL SBRT (MR-guided, daily adaptive)"),
                   ("Diagnosis", "C79.72 secondary malignant neoplasm of left adrenal gland; primary NSCLC (C34.12)"),
                   ("Unit", "1.5 T MR-linac (7 MV FFF)"),
                   ("Planning system", "STILLPLAN-MR 2 (invented)"),
                   ("Simulation", "CT 11/01/2027 (no contrast) and MR simulation 11/01/2027 on the MR-linac (3D T2, exhale breath-hold)"),
                   ("Setup", "Supine, arms down along the body on the couch, knee wedge; no immobilization device"),
                   ("Compression belt", "Available; not used (gated delivery)"),
                   ("Fiducials", "None (soft-tissue MR tracking)"),
                   ("Prescription", "40 Gy in 5 fractions (8 Gy per fraction), 95% of PTV to receive 40 Gy"),
                   ("Gating", "Cine MR (sagittal, 4 frames/s) on the GTV, boundary 3 mm, 5% pixel tolerance")]),
         P("63-year-old woman with an enlarging 3.2 cm left adrenal metastasis as the only site of progression on "
           "osimertinib. ECOG 1. SBRT to the left adrenal for oligoprogression."),
         sig("Anneliese Bamigbola-Ward, MD 11/05/2027")],
        [H1("Daily Adaptive Fractions"),
         T(7.5, [("Fx", "Date", "Plan used", "Adapt", "PTV D95 (Gy)", "GTV Dmean (Gy)", "Stomach D0.5cc (Gy)",
                      "Bowel D0.5cc (Gy)", "Beam-on (min)", "Gating eff.", "Deliv. (Gy)", "Cum. (Gy)"),
                     ("1", "11/08/2027", "ADR_L_F1_ATS", "shape", "8.0", "8.6", "5.9", "4.7", "11.2", "61%", "8.0", "8.0"),
                     ("2", "11/10/2027", "ADR_L_F2_ATS", "shape", "8.0", "8.6", "6.2", "5.1", "12.0", "58%", "8.0", "16.0"),
                     ("3", "11/12/2027", "ADR_L_F3_ATP", "position", "7.9", "8.6", "5.4", "4.2", "10.4", "66%", "8.0", "24.0"),
                     ("4", "11/15/2027", "ADR_L_F4_ATS", "shape", "8.0", "8.7", "6.4", "5.0", "13.1", "54%", "8.0", "32.0"),
                     ("5", "11/17/2027", "ADR_L_F5_ATS", "shape", "8.0", "8.6", "6.0", "4.8", "11.7", "60%", "8.0", "40.0")]),
         P("Adaptation: shape = adapt-to-shape (re-contoured and re-optimised); position = adapt-to-position (plan shifted "
           "to the daily anatomy). Each adaptive plan was reviewed on the daily MRI, approved by the physician and checked by an "
           "independent Monte Carlo dose calculation before delivery (all within 2.5%).")],
        [H1("Completion"),
         P("Left adrenal metastasis: 40 Gy in 5 fractions completed 11/17/2027 (GTV mean 43.1 Gy over the course). "
           "Grade 1 nausea managed with ondansetron. CT chest/abdomen in 8 weeks."),
         sig("Anneliese Bamigbola-Ward, MD 11/17/2027 17:40"),
         sig("Florian Sandoval-Achebe, PhD, DABR 11/17/2027")],
    ], opts=dict(header=[f"{_c}  -  EHR PRINT   ** CONFIDENTIAL **",
                         f"{patient(16)}   MRN {mrn(16)}   DOB 03/28/1964   Printed 11/22/2027 08:03 by HIM-REL"],
                 page_numbers="-- page {n} of {total} --", font_size=7.5))])

# e77_17 -- CONTRADICTION bundle: pancreas Rx v1 40/5 cancelled, v2 33/5 delivered; surgeon's note says 40 Gy/5 -----
_c = "AMBERFIELD GI CANCER CENTER"
add(name="e77_17", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("pancreatic head", "body", None, 33, 5)],
    categories=cats(),
    contradiction="The surgical oncology note says SBRT of 40 Gy in 5 fractions was completed, while the approved prescription (v2) and the R&V history give 33 Gy in 5 fractions (6.6 Gy x 5); 40 Gy was the cancelled v1.",
    notes="Three files: prescription history and DVH page (v1 40 Gy/5 CANCELLED for duodenal dose, v2 33 Gy/5 APPROVED; "
          "EUS-placed fiducials, exhale breath-hold with surface guidance, vacuum cushion), a pipe-delimited R&V history "
          "(two arcs of 3.30 Gy per fraction, cumulative 33.00) and a surgeon's clinic note quoting the cancelled "
          "40 Gy in 5 as given. Gold follows the record: 33 Gy in 5.",
    docs=[
        Doc("1_prescription_and_plan.pdf", [[
            H1("Prescription History - C1 PANCREAS SBRT"),
            T(10, [("Version", "Status", "Date", "Target", "Dose", "Comment"),
                        ("v1", "CANCELLED", "12/03/2027", "PTV_PancHead", "40 Gy in 5 fx (8 Gy/fx)",
                         "Duodenum D0.5cc 36.1 Gy exceeds 35 Gy; not approvable"),
                        ("v2", "APPROVED", "12/06/2027", "PTV_PancHead", "33 Gy in 5 fx (6.6 Gy/fx)", "Replaces v1")]),
            KeyValue([("Diagnosis", "C25.0 adenocarcinoma of pancreatic head, borderline resectable, after 4 months of FOLFIRINOX"),
                      ("Fiducials", "3 gold fiducials placed under EUS 11/19/2027 (Dr. Vashti Okoro), used for CBCT matching"),
                      ("Simulation", "CT 11/26/2027 with IV contrast, exhale breath-hold, arms up on wing board, vacuum cushion"),
                      ("MRI", "11/24/2027 pancreas protocol MRI, fused"),
                      ("Motion management", "Exhale breath-hold with surface guidance (gating window 2 mm)"),
                      ("Unit / planning", "6 MV FFF gantry linac, 2 VMAT arcs; OSTRACA TPS 4 (invented)")]),
            H2("Plan v2 DVH"),
            T(10, [("Structure", "Metric", "Value", "Limit (5 fx)"),
                        ("PTV_PancHead", "D95 / Dmax", "33.0 Gy / 36.9 Gy", "- / < 40 Gy"),
                        ("Duodenum", "D0.5cc / D5cc", "32.4 Gy / 24.8 Gy", "< 35 Gy / < 25 Gy"),
                        ("Stomach", "D0.5cc", "28.7 Gy", "< 35 Gy"),
                        ("Bowel", "D0.5cc", "26.1 Gy", "< 35 Gy"),
                        ("Kidneys", "V12Gy", "9%", "< 25%"),
                        ("Spinal cord", "Dmax", "11.3 Gy", "< 20 Gy")]),
            P("Physics: second check within 1.6%; portal dosimetry 98.4% (3%/2 mm), 12/07/2027."),
            sig("Cassius Fairweather-Obi, MD 12/06/2027"), sig("Ilse Marchbanks, MS, DABR 12/07/2027"),
        ]], opts=dict(header=head(_c + "  -  Radiation Oncology", 17, "07/19/1958"))),
        Doc("2_rv_history.txt", text=f"""
AMBERFIELD GI CANCER CENTER | R&V TREATMENT HISTORY EXPORT | PELICANRIDGE RV (invented) | 12/20/2027 09:41
patient|{patient(17)}|mrn|{mrn(17)}|course|C1 PANCREAS SBRT|plan|PANC_v2|rx|33.00 Gy / 5 fx
date|fx|field|MU|field_dose_Gy|fx_dose_Gy|cum_dose_Gy|imaging|breath_holds|status
12/09/2027|1|CBCT|-|-|-|0.00|BH-CBCT fiducial match 2.3 mm approved|-|imaged
12/09/2027|1|ARC1|1214|3.30|-|3.30|-|6|treated
12/09/2027|1|ARC2|1198|3.30|6.60|6.60|-|6|treated
12/11/2027|2|CBCT|-|-|-|6.60|BH-CBCT fiducial match 1.6 mm approved|-|imaged
12/11/2027|2|ARC1|1214|3.30|-|9.90|-|7|treated
12/11/2027|2|ARC2|1198|3.30|6.60|13.20|-|6|treated
12/13/2027|3|CBCT|-|-|-|13.20|BH-CBCT fiducial match 1.9 mm approved|-|imaged
12/13/2027|3|ARC1|1214|3.30|-|16.50|-|6|treated
12/13/2027|3|ARC2|1198|3.30|6.60|19.80|-|6|treated
12/15/2027|4|CBCT|-|-|-|19.80|BH-CBCT fiducial match 1.1 mm approved|-|imaged
12/15/2027|4|ARC1|1214|3.30|-|23.10|-|6|treated
12/15/2027|4|ARC2|1198|3.30|6.60|26.40|-|7|treated
12/16/2027|5|CBCT|-|-|-|26.40|BH-CBCT fiducial match 1.4 mm approved|-|imaged
12/16/2027|5|ARC1|1214|3.30|-|29.70|-|6|treated
12/16/2027|5|ARC2|1198|3.30|6.60|33.00|-|6|treated
TOTAL|fractions 5 of 5|delivered 33.00 Gy|status COMPLETED 12/16/2027
{FOOT}
"""),
        Doc("3_surgical_oncology_note.txt", text=f"""
AMBERFIELD GI CANCER CENTER - SURGICAL ONCOLOGY CLINIC NOTE
Patient: {patient(17)}    MRN: {mrn(17)}    Visit: 01/24/2028
Provider: Leocadia Varga-Mensah, MD, Surgical Oncology

Interval history: Mr. Seventysevenpatient returns after neoadjuvant therapy for borderline resectable adenocarcinoma of the pancreatic head. He completed four months of FOLFIRINOX and then SBRT to the pancreatic head, 40 Gy in 5 fractions, finishing 12/16/2027. He reports mild fatigue, appetite recovering, weight stable at 71 kg. No jaundice; the biliary stent is functioning.

CT pancreas protocol 01/20/2028: tumor 2.4 cm (from 3.1 cm), less soft tissue about the SMV, no new liver lesions. CA 19-9 41 (from 388).

Plan: Whipple procedure, tentatively 02/15/2028. Pre-operative nutrition review and anesthesia assessment. Discussed with radiation oncology (Dr. Fairweather-Obi) at tumor board.

Leocadia Varga-Mensah, MD (electronically signed 01/24/2028)
{FOOT}
"""),
    ])


# ==================================================================================================
# Hard negatives (3)
# ==================================================================================================

# e77_18 -- approved 3-lesion linac SRS plan report, never delivered (hospice) --------------------------------------
_c = "BELLWEATHER ONCOLOGY GROUP"
add(name="e77_18", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a complete, approved plan report for single-session linac SRS of three metastases (dose "
          "table with Rx, IDL, Dmax, CI, GI, MU; mask; CT and MRI; physics check) followed by the R&V history page: "
          "no fractions recorded, the appointment cancelled, the patient in hospice and the course closed 0 of 1. "
          "Nothing was delivered: facts empty, every claimed code inconsistent.",
    docs=[Doc("e77_18.pdf", [
        [H1("SRS Plan Report - BRAIN_3MET (status: PlanningApproved)"),
         KeyValue([("Patient / MRN", f"{patient(18)} / {mrn(18)}"),
                   ("Planning system", "WAYFARER SRS 5 (invented)"),
                   ("Unit", "6 MV FFF gantry linac, 2.5 mm MLC"),
                   ("Immobilization", "Thermoplastic SRS mask (made at simulation 06/08/2027)"),
                   ("Images", "CT simulation 06/08/2027 1 mm; MRI 06/07/2027 T1 post-Gd, fused"),
                   ("Technique", "Single isocenter, 4 non-coplanar VMAT arcs, 5,411 MU")]),
         T(10, [("Target", "Location", "Diam (mm)", "Rx (Gy)", "Fx", "IDL (%)", "Dmax (Gy)", "D95 (Gy)", "Paddick CI", "GI"),
                     ("PTV1", "Right frontal", "15", "20", "1", "80", "25.0", "20.2", "0.84", "3.4"),
                     ("PTV2", "Left parietal", "11", "20", "1", "80", "25.0", "20.3", "0.80", "3.7"),
                     ("PTV3", "Right cerebellar", "24", "18", "1", "80", "22.5", "18.1", "0.87", "3.0")]),
         P("Brainstem Dmax 8.8 Gy; chiasm 1.9 Gy; brain V12 9.4 cc. Second MU check 1.7%; portal dosimetry 99.1%. Plan "
           "approved 06/14/2027 by Marisol Oyenuga-Pratt, MD and Caspar Lindahl, MS."),
         sig("Marisol Oyenuga-Pratt, MD 06/14/2027"), sig("Caspar Lindahl, MS, DABR 06/14/2027")],
        [H1("Treatment History - Course C1 BRAIN SRS"),
         P("No treatment records for this course (0 fractions delivered)."),
         T(10, [("Appointment", "Date", "Status", "Reason"),
                     ("SRS fraction 1 of 1", "06/16/2027 08:00", "CANCELLED", "Patient admitted 06/15/2027 (aspiration pneumonia)"),
                     ("On-treatment visit", "06/16/2027 09:00", "CANCELLED", "-")]),
         P("06/18/2027 nursing note: per family meeting the patient has elected comfort care and transferred to inpatient "
           "hospice. Radiation treatment will not be given."),
         P("Course C1 status: CLOSED 06/21/2027 - not treated (0 of 1 fractions). Plan BRAIN_3MET retired."),
         sig("Marisol Oyenuga-Pratt, MD 06/21/2027")],
    ], opts=dict(header=head(_c + "  -  Radiation Oncology", 18, "10/03/1944")))])

# e77_19 -- phantom-only patient-specific QA report of a spine SBRT plan; treatment not yet started -----------------
_c = "ORCHARD GAP CANCER CARE - MEDICAL PHYSICS"
add(name="e77_19", kind="pdf", codes=["77373", "77435", "63620"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a physics patient-specific QA report in which the spine SBRT plan (T8, 24 Gy in 2) was "
          "recomputed on a phantom and delivered to the phantom only (measured vs calculated point dose, gamma per arc); "
          "the patient's first fraction is pending. No dose to the patient: facts empty, codes inconsistent.",
    docs=[Doc("e77_19.pdf", [[
        H1("Patient-Specific Quality Assurance Report (verification plan on phantom)"),
        KeyValue([("Patient / MRN", f"{patient(19)} / {mrn(19)}"),
                  ("Clinical plan", "SP_T8_24in2 - PTV_T8, 24 Gy in 2 fractions (12 Gy/fx), 2 VMAT arcs, 6 MV FFF gantry linac"),
                  ("Clinical plan metrics", "PTV D90 24.0 Gy; Dmax 28.7 Gy; cord Dmax 13.9 Gy; esophagus Dmax 15.2 Gy"),
                  ("Verification plan", "QA_SP_T8 - clinical arcs recomputed on a cylindrical diode-array phantom (ROWANTEST, invented)"),
                  ("Measured", "06/28/2027 18:40, gantry linac LA-2, after clinical hours"),
                  ("Physicist", "Wendeline Achterberg, MS, DABR")]),
        T(10, [("Arc", "MU", "Gamma 3%/2 mm", "Gamma 2%/1 mm", "Result"),
                    ("Arc 1", "1,884", "99.3%", "96.4%", "PASS"),
                    ("Arc 2", "1,861", "98.9%", "95.7%", "PASS"),
                    ("Composite", "3,745", "99.1%", "96.0%", "PASS")]),
        T(10, [("Point", "Calculated (Gy)", "Measured (Gy)", "Difference"),
                    ("Ion chamber, PTV centre (phantom)", "12.00", "12.07", "+0.6%"),
                    ("Ion chamber, cord-equivalent point (phantom)", "6.81", "6.77", "-0.6%")]),
        P("The verification plan was delivered to the phantom only; no dose was delivered to the patient. Independent MU "
          "calculation for the clinical plan agrees within 1.3%."),
        P("Status: QA passed. Clinical plan released for physician approval. First fraction scheduled 07/06/2027 (not yet "
          "treated)."),
        sig("Wendeline Achterberg, MS, DABR 06/28/2027 19:22"),
    ]], opts=dict(header=[_c, f"{patient(19)}   MRN {mrn(19)}   DOB 01/15/1967   PSQA-2027-0612"]))])

# e77_20 -- 25-fraction "fractionated stereotactic" course printout (optic nerve sheath meningioma) ------------------
_c = "LARKSPUR HOLLOW RADIATION CENTER"
_dates20 = ["12/06", "12/07", "12/08", "12/09", "12/10", "12/13", "12/14", "12/15", "12/16", "12/17",
            "12/20", "12/21", "12/22", "12/23", "12/27", "12/28", "12/29", "12/30", "01/03", "01/04",
            "01/05", "01/06", "01/07", "01/10", "01/11"]
_rows20 = [("Fx", "Date", "Dose (cGy)", "Cumulative (cGy)", "IGRT", "Therapists")]
for _i, _d in enumerate(_dates20, start=1):
    _yr = "2027" if _d.startswith("12") else "2028"
    _rows20.append((str(_i), f"{_d}/{_yr}", "200", str(200 * _i), "CBCT + 6DoF" if _i % 5 != 3 else "CBCT + 6DoF (shift 1.1 mm)",
                    ("AR / LM", "AR / DT", "LM / DT")[_i % 3]))
_rows20.insert(15, ("-", "12/24/2027", "0", "2800", "-", "Holiday closure: no treatment"))
add(name="e77_20", kind="pdf", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 25, ["CT", "MRI"], ["mask"]),
    lesions=[L("left optic nerve sheath meningioma", "cranial", C, 50, 25)],
    categories=cats(),
    notes="Hard negative (delivered but not stereotactic by fraction count): a course printout titled 'fractionated "
          "stereotactic radiotherapy' for a left optic nerve sheath meningioma, 50 Gy in 25 fractions of 2 Gy on a gantry "
          "linac with a mask and daily CBCT; 25-row fraction table with cumulative cGy and a holiday gap. Twenty-five "
          "fractions: every claimed SRS/SBRT code is inconsistent and there is no delivery code.",
    docs=[Doc("e77_20.pdf", [
        [H1("Course Summary Printout - Fractionated Stereotactic Radiotherapy (FSRT)"),
         KeyValue([("Patient / MRN", f"{patient(20)} / {mrn(20)}"),
                   ("Diagnosis", "D32.0 left optic nerve sheath meningioma (imaging diagnosis), progressive visual field loss"),
                   ("Prescription", "50 Gy in 25 fractions (2 Gy per fraction), daily, to PTV_ONSM"),
                   ("Unit / technique", "6 MV gantry linac, 2.5 mm MLC, 3 non-coplanar VMAT arcs"),
                   ("Immobilization", "Thermoplastic stereotactic mask with mouthpiece"),
                   ("Images", "CT simulation 11/29/2027 1 mm; MRI orbits and brain 11/24/2027 (fat-saturated T1 post-Gd), fused"),
                   ("Planning system", "WILLOWBROOK TPS 7 (invented)"),
                   ("Plan metrics", "PTV D95 49.6 Gy; Dmax 52.4 Gy; left optic nerve Dmax 51.8 Gy (within target); "
                                    "chiasm Dmax 47.2 Gy; right optic nerve Dmax 6.1 Gy; left retina D0.03cc 38.0 Gy"),
                   ("Physics", "Second MU check 1.1%; portal dosimetry 99.0% (3%/2 mm)")]),
         sig("Hortensia Blackwood-Adeyemi, MD 12/02/2027"), sig("Radomir Essien, MS, DABR 12/02/2027")],
        [H2("Fraction record"),
         T(8.5, _rows20),
         P("Course completed 01/11/2028: PTV_ONSM 5000 cGy in 25 fractions. Visual acuity stable at 20/40 left."),
         sig("Hortensia Blackwood-Adeyemi, MD 01/11/2028")],
    ], opts=dict(header=head(_c, 20, "08/30/1981"), font_size=8.5))])


CORPUS = Corpus("blind_corpus77", "tests/blind_corpus77", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
