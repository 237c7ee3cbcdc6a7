"""Thirtieth blind corpus, ``tests/blind_corpus30/`` (regenerate: ``python scripts/make_corpus.py blind_corpus30``).

HELD-OUT corpus. Twenty courses written as other clinics' system printouts: every chart from a different
invented clinic with an invented vendor-like layout (plan reports with ruled target tables of several dose
columns and OAR tables, record-and-verify treatment summaries with one row per fraction per arc and
cumulative dose columns, physics second-check printouts, EHR key: value exports, per-target prescriptions,
dictated letters), single documents and bundles of 2-3, one two-column page and one scanned page.
Hard negatives: a Gamma Knife plan never delivered, a lung SBRT plan withdrawn before fraction 1 and a
ten-fraction cavity course claimed as SBRT. Three charts contradict themselves (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (printouts and dictated text are deliberately long lines)

from __future__ import annotations

from pdfmaker import KeyValue, RuledTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ABELARD", "BERNADINE", "CLAUDIUS", "DOROTHEA", "EMMERICH", "FELICITY", "GRISWOLD", "HYACINTH",
         "ISIDORE", "JESSAMY", "LEOPOLD", "MARGUERITE", "NORBERT", "OTTILIE", "PERCIVAL", "QUENTINA",
         "ROSALIND", "SEBASTIAN", "TABITHA", "WILHELMINA"]


def patient(n: int) -> str:
    return f"THIRTYPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-300{n:02d}"


def banner(n: int, dob: str, extra: str = "") -> str:
    return f"{patient(n)}   MRN {mrn(n)}   DOB {dob}" + (f"   {extra}" if extra else "")


def opts(vendor: str, clinic: str, n: int, dob: str, extra: str = "", foot: str = "", **kw) -> dict:
    footer = [foot, FOOT] if foot else [FOOT]
    return dict(header=[f"{vendor}  |  {clinic}", banner(n, dob, extra)], footer=footer, **kw)


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Gamma Knife
# ==================================================================================================

# b30_01 -- pdf: GK Perfexion frame plan report, four melanoma metastases ------------------------------------
_v, _c = "CobaltSuite 4 Plan Report", "Marrowfield Gamma Center"
add(name="b30_01", kind="pdf", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("R frontal", "cranial", S, 20, 1), L("L parietal", "cranial", S, 22, 1),
             L("R cerebellar", "cranial", S, 18, 1), L("L insula", "cranial", S, 22, 1)],
    categories=cats(),
    notes="Two-page vendor plan report of a Gamma Knife Perfexion frame session: target table with volume, "
          "Rx, isodose %, max/mean/min, coverage, selectivity, GI and shot columns (max doses 36-44 Gy beside "
          "18-22 Gy Rx), a 'Sum (all targets)' row that is not a lesion, OAR table, matrix/frame-fiducial "
          "registration, delivered-vs-planned record on page 2. Four simple metastases.",
    docs=[Doc("b30_01.pdf", [[
        H1("TREATMENT PLAN REPORT - APPROVED"),
        KeyValue([("Plan name", "MEL_4MET_GK_20261105"), ("Plan status", "Approved / Treated"),
                  ("Treatment unit", "Leksell Gamma Knife Perfexion (unit GK-1)"),
                  ("Fixation", "Leksell stereotactic frame (model G), 4 pins, applied 11/05/2026 07:40"),
                  ("Image sets", "MR T1 MPRAGE +Gd 1.0 mm (stereotactic, 11/05/2026); MR T2 SPACE 1.0 mm; CT 1.0 mm stereotactic (skull, 11/05/2026)"),
                  ("Registration", "MR / CT frame fiducials: mean 0.3 mm, max 0.6 mm (accepted)"),
                  ("Diagnosis", "C79.31 Secondary malignant neoplasm of brain (melanoma)"),
                  ("Number of targets", "4"), ("Fractions", "1")], value_x=130),
        H2("Targets"),
        RuledTable([("Target", "Vol (cc)", "Rx (Gy)", "Iso %", "Max (Gy)", "Mean (Gy)", "Min (Gy)", "Cov %", "Sel", "GI", "Shots"),
                    ("R frontal", "1.42", "20.0", "50", "40.0", "27.1", "17.2", "98.6", "0.81", "2.9", "6"),
                    ("L parietal", "0.38", "22.0", "50", "44.0", "30.2", "19.8", "99.1", "0.77", "3.1", "3"),
                    ("R cerebellar", "2.95", "18.0", "50", "36.0", "24.4", "15.1", "97.8", "0.84", "2.7", "11"),
                    ("L insula", "0.12", "22.0", "55", "40.0", "29.0", "20.5", "99.4", "0.69", "3.4", "2"),
                    ("Sum (all targets)", "4.87", "-", "-", "44.0", "-", "15.1", "98.2", "0.81", "-", "22")]),
        H2("Organs at risk"),
        RuledTable([("Structure", "Max (Gy)", "Mean (Gy)", "Vol (cc)", "Constraint", "Met"),
                    ("Brainstem", "9.8", "2.1", "26.4", "Max < 15 Gy", "Yes"),
                    ("Optic chiasm", "2.1", "1.0", "0.41", "Max < 8 Gy", "Yes"),
                    ("Optic nerve R", "1.8", "0.9", "0.52", "Max < 8 Gy", "Yes"),
                    ("Cochlea L", "3.4", "2.6", "0.05", "Mean < 4 Gy", "Yes"),
                    ("Brain - targets V12", "-", "-", "7.4", "V12 < 10 cc", "Yes")]),
        P("Dose sizes in Gy at the prescription isodose. Shots: collimator 4/8/16 mm sectors. Beam-on time at dose rate 2.61 Gy/min: 61.4 min."),
    ], [
        H1("TREATMENT RECORD"),
        KeyValue([("Session", "1 of 1, 11/05/2026, start 10:52, end 12:01"),
                  ("Pre-treatment checks", "frame adapter / collision test passed; shot coordinates and times independently checked by physics (V. Ostrander, PhD); daily unit QA passed, output +0.4%"),
                  ("Frame removed", "12:09, pin sites dressed")], value_x=130),
        RuledTable([("Target", "Planned (Gy)", "Delivered (Gy)", "Shots delivered", "Status"),
                    ("R frontal", "20.0", "20.0", "6/6", "Complete"),
                    ("L parietal", "22.0", "22.0", "3/3", "Complete"),
                    ("R cerebellar", "18.0", "18.0", "11/11", "Complete"),
                    ("L insula", "22.0", "22.0", "2/2", "Complete")]),
        P("Prior radiotherapy: none. Contours reviewed by neurosurgery (M. Halvorsen, MD) and radiation oncology (T. Iwu-Brandt, MD)."),
        sig("T. Iwu-Brandt, MD (Radiation Oncology) 11/05/2026 12:20; M. Halvorsen, MD (Neurosurgery); V. Ostrander, PhD (Physics)"),
    ]], opts=opts(_v, _c, 1, "03/14/1961", "Course: C1 SRS", foot="CobaltSuite 4.2.1 - printed 11/05/2026 12:24 - confidential"))])

# b30_02 -- bundle: GK Icon mask, meningioma 3 mm from the optic nerve, 5 Gy x 5; 77371 claimed -------------
_v, _c = "PlanWorks 9 Plan Report", "Kestrel Ridge Neuro-Oncology"
_v2 = "TreatLog RV Treatment Summary"
add(name="b30_02", kind="bundle", codes=["77371", "77435", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 5, ["MRI"], ["mask"]),
    lesions=[L("right anterior clinoid meningioma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Plan report + record-and-verify summary of a Gamma Knife Icon mask course: right anterior clinoid "
          "meningioma 3 mm from the right optic nerve (complex), 5 Gy x 5 = 25 Gy at 50%. Per-fraction rows "
          "with a cumulative column (500 ... 2500 cGy); optic nerve 22.8 Gy total beside the Rx. Planning "
          "MRI only ('CT: not acquired', CBCT is the stereotactic reference). Claimed 77371 is wrong for "
          "five fractions.",
    docs=[
        Doc("1_plan_report.pdf", [[
            H1("PlanWorks 9 - Stereotactic Plan Report"),
            KeyValue([("Course / Phase", "C1 / Ph1 FSRS"), ("Plan", "RtACP_Icon_5x5 (rev 2)"),
                      ("Unit", "Leksell Gamma Knife Icon"), ("Fixation", "Icon thermoplastic mask + head cushion, IFMM nose marker"),
                      ("Planning images", "MR T1 3D +Gd 1 mm and MR CISS 0.7 mm, acquired 10/06/2026"),
                      ("CT", "not acquired - stereotactic reference from the Icon CBCT (plan reference CBCT 10/12/2026)"),
                      ("Approved", "10/12/2026 by R. Castellano-Reyes, MD and D. Ngata, MS")], value_x=120),
            H2("Target dose table"),
            RuledTable([("Target", "Max dim (cm)", "Rx/fx (Gy)", "Fx", "Rx total (Gy)", "Iso %", "Max (Gy)", "Min (Gy)", "Cov %", "PCI", "GI"),
                        ("Meningioma_R_ACP", "2.6", "5.0", "5", "25.0", "50", "50.0", "22.9", "98.1", "0.83", "2.8")], widths=(98, 42, 38, 22, 42, 30, 36, 36, 36, 32, 28)),
            P("Distance from target edge to the right optic nerve: 3 mm (measured on CISS)."),
            H2("OAR (course totals)"),
            RuledTable([("Structure", "Dmax (Gy)", "D0.1cc (Gy)", "Limit (5 fx)"),
                        ("OpticNerve_R", "22.8", "20.6", "Dmax < 25 Gy"),
                        ("Chiasm", "19.4", "16.2", "Dmax < 25 Gy"),
                        ("Brainstem", "12.0", "9.1", "D0.1cc < 23 Gy"),
                        ("Pituitary", "14.7", "13.0", "-")]),
            P("Shots: 17 (4 mm x 6, 8 mm x 9, 16 mm x 2). Plan to be delivered in 5 daily fractions; each fraction preceded by CBCT co-registration to the plan reference, intrafraction motion threshold 1.5 mm."),
            sig("R. Castellano-Reyes, MD 10/12/2026"),
        ]], opts=opts(_v, _c, 2, "07/22/1958", foot="PlanWorks 9.0.4 report engine - page footer")),
        Doc("2_treatment_summary.pdf", [[
            H1("Treatment Summary - Course C1"),
            KeyValue([("Machine", "GK-ICON-1"), ("Plan", "RtACP_Icon_5x5"), ("Prescribed", "25.00 Gy in 5 fx"),
                      ("Course status", "COMPLETED 10/19/2026")], value_x=120),
            RuledTable([("Fx", "Date", "Machine", "Dose fx (cGy)", "Cumulative (cGy)", "CBCT shift (mm)", "IFMM max (mm)", "Ther"),
                        ("1", "10/13/2026", "GK-ICON-1", "500", "500", "0.8", "0.6", "AK"),
                        ("2", "10/14/2026", "GK-ICON-1", "500", "1000", "0.5", "0.9", "AK"),
                        ("3", "10/15/2026", "GK-ICON-1", "500", "1500", "1.1", "0.7", "LM"),
                        ("4", "10/16/2026", "GK-ICON-1", "500", "2000", "0.6", "0.4", "AK"),
                        ("5", "10/19/2026", "GK-ICON-1", "500", "2500", "0.7", "0.5", "LM")]),
            P("Delivered: Meningioma_R_ACP 25.00 Gy / 5 fx (100% of prescription). No interruptions, no IFMM beam holds over threshold."),
            sig("R. Castellano-Reyes, MD 10/20/2026"),
        ]], opts=opts(_v2, _c, 2, "07/22/1958", foot="TreatLog RV 7 - course summary export")),
    ])

# b30_05 -- ehr_text: GK frame, right trigeminal neuralgia 80 Gy max ----------------------------------------
add(name="b30_05", kind="ehr_text", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve", "cranial", C, 80, 1)],
    categories=cats(),
    notes="EHR key: value export of a Gamma Knife frame procedure for right trigeminal neuralgia (functional "
          "target, complex): 80 Gy maximum at the 100% isodose with one 4 mm shot; the 50% isodose (40 Gy) "
          "and a 16 Gy brainstem surface dose are not the Rx. Prior microvascular decompression in 2021.",
    docs=[Doc("b30_05.txt", text=f"""
=== MediLedger Clinical Export v3 === Calder Heights Radiosurgery ===
Document type: Procedure Note - Stereotactic Radiosurgery
Patient: {patient(5)}
MRN: {mrn(5)}
DOB: 01/30/1949
Encounter date: 11/10/2026
Author: Ines Vasquez-Mallory, MD (Neurosurgery)
Co-signer: Obadiah Fenwick, MD (Radiation Oncology)
Status: Final

Diagnosis: G50.0 Trigeminal neuralgia, right, V2-V3, medically refractory (carbamazepine, baclofen)
Prior treatment: microvascular decompression 2021 with recurrence of pain 2024
Procedure: Gamma Knife radiosurgery, right trigeminal nerve
Unit: Leksell Gamma Knife Perfexion
Frame: Leksell G frame applied 07:35 under local anesthesia, 4 pins
Stereotactic MRI: CISS 0.6 mm and T1 post-contrast 1 mm with MR indicator
Stereotactic CT: 1 mm, used for distortion check and skull contour
Target: right trigeminal nerve, cisternal segment, isocenter 7 mm anterior to the root entry zone
Shots: 1 x 4 mm collimator
Prescription: 80 Gy maximum dose (100% isodose)
50% isodose (40 Gy): tangent to the pons, not entering it
Brainstem: surface point dose 16.0 Gy, volume > 12 Gy 0.008 cc
Plan reviewed: Vasquez-Mallory / Fenwick / physics (P. Oyelaran, MS)
Physics check: frame coordinates X 131.4 Y 112.0 Z 96.8 independently verified; collision check passed
Treatment delivered: 11/10/2026, one session, beam-on 42.6 min, no interruption
Dose delivered: 80 Gy maximum to the right trigeminal nerve target, 1 fraction
Frame removed: 09:58
Complications: none
Disposition: home with spouse
Follow-up: clinic 6 weeks; continue carbamazepine, taper when pain-free
Signed: I. Vasquez-Mallory, MD 11/10/2026 10:31
Co-signed: O. Fenwick, MD 11/10/2026 14:02
--- end of export --- {FOOT}
""")])

# b30_07 -- ehr_text (dictated letter): GK frame, two metastases; a third focus not treated; 2024 GK ---------
add(name="b30_07", kind="ehr_text", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 2, 1, ["MRI"], ["frame"]),
    lesions=[L("right parietal", "cranial", S, 20, 1), L("left occipital", "cranial", S, 22, 1)],
    categories=cats(delivery_verification=False),
    notes="Dictated letter to the referring oncologist after a Gamma Knife frame session: right parietal "
          "20 Gy and left occipital 22 Gy at the 50% isodose; a 2 mm left frontal focus on the stereotactic "
          "MRI was judged a vessel and not treated; the 2024 Gamma Knife to a left cerebellar metastasis "
          "(20 Gy) is history. No pre-treatment check, image guidance or QA is described "
          "(delivery_verification unmet).",
    docs=[Doc("b30_07.txt", text=f"""
SALTMARSH NEUROLOGICAL HOSPITAL
Department of Stereotactic Radiosurgery
Saltmarsh Lane, Port Edrington

Dictated: 11/19/2026    Typed: 11/20/2026    Ref: SR/441/26

Dr Harriet Mbeki-Lowe
Consultant Medical Oncologist
Edrington General Infirmary

Dear Dr Mbeki-Lowe,

Re: {patient(7)}   DOB 05/09/1966   Hospital number {mrn(7)}

Thank you for referring Mrs Thirtypatient back to us. As you know, she has metastatic non-small cell lung cancer, and we treated a left cerebellar metastasis with Gamma Knife radiosurgery, 20 Gy to the 50% isodose, in March 2024; that lesion remains well controlled on her latest scan.

Her surveillance MRI of 10/30/2026 showed two new enhancing lesions, in the right parietal lobe (9 mm) and the left occipital lobe (6 mm). She came in on 11/18/2026 and a Leksell stereotactic frame was fitted under local anaesthetic without any difficulty. Her stereotactic MRI that morning, with thin-slice contrast-enhanced T1 images, confirmed the two lesions and also showed a tiny 2 mm dot of enhancement in the left frontal lobe. Having looked at it carefully with the neuroradiologist, we think this is most likely a small vessel seen end-on, and we did not treat it; we will simply look at it again on the next scan.

We planned the treatment in GammaPlan with both lesions outlined on the MRI. The right parietal lesion received 20 Gy and the left occipital lesion 22 Gy, each prescribed to the 50% isodose line, using 5 and 3 shots respectively. The treatment took 38 minutes in a single session, the frame was removed afterwards and she went home the same afternoon with her husband. The old left cerebellar site was not re-treated.

She tolerated it very well. I have asked for a repeat MRI brain with contrast in about eight weeks, which will also re-examine the left frontal dot, and we will see her in clinic afterwards. There is no need to interrupt her pembrolizumab.

Yours sincerely,

Mr Alasdair Penhallow-Reyes FRCS
Consultant Neurosurgeon
cc: Dr Noor Lindgren, Clinical Oncology; patient
{FOOT}
""")])

# b30_09 -- bundle: GK Icon course interrupted after 3 of 5 fractions; 4.1 cm metastasis ---------------------
_v, _c = "RadTrack R&V Course Record", "Pellinore Cancer Center"
add(name="b30_09", kind="bundle", codes=["77373", "77435", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 3, ["MRI"], ["mask"]),
    lesions=[L("right temporal metastasis", "cranial", C, 18, 3)],
    categories=cats(),
    notes="Record-and-verify course record of a Gamma Knife Icon mask course planned 6 Gy x 5 = 30 Gy to a "
          "4.1 cm right temporal metastasis (complex by size); fractions 4 and 5 are 'NOT TREATED - course "
          "discontinued' rows, cumulative 1800 cGy; a nursing/physician note confirms admission and "
          "discontinuation. Delivered 18 Gy in 3.",
    docs=[
        Doc("1_course_record.pdf", [[
            H1("Course Record - C1 SRT Brain"),
            KeyValue([("Unit", "Leksell Gamma Knife Icon (ICON-A)"), ("Plan", "RTemp_Icon_6x5, Leksell GammaPlan, approved 11/06/2026"),
                      ("Target", "GTV = PTV right temporal metastasis, 4.1 x 3.3 x 3.0 cm, 18.9 cc, contoured on MRI"),
                      ("Prescription", "6.00 Gy x 5 = 30.00 Gy to the 50% isodose, 24 shots"),
                      ("Planning MRI", "11/04/2026, T1 MPRAGE +Gd 1 mm, T2 FLAIR"),
                      ("Immobilization", "Icon thermoplastic mask, IFMM nose marker"),
                      ("Image guidance", "CBCT before each fraction, IFMM threshold 1.5 mm")], value_x=120),
            RuledTable([("Fx", "Scheduled", "Delivered", "Dose (cGy)", "Cum. (cGy)", "% Rx", "CBCT", "Status"),
                        ("1", "11/09/2026", "11/09/2026", "600", "600", "20", "done", "Treated"),
                        ("2", "11/10/2026", "11/10/2026", "600", "1200", "40", "done", "Treated"),
                        ("3", "11/11/2026", "11/11/2026", "600", "1800", "60", "done", "Treated"),
                        ("4", "11/12/2026", "-", "0", "1800", "60", "-", "NOT TREATED - course discontinued"),
                        ("5", "11/13/2026", "-", "0", "1800", "60", "-", "NOT TREATED - course discontinued")]),
            KeyValue([("Course status", "STOPPED 11/12/2026 (physician order)"), ("Total delivered", "1800 cGy in 3 of 5 fractions")], value_x=120),
            sig("C. Abernethy-Oduro, MD 11/13/2026"),
        ]], opts=opts(_v, _c, 9, "12/02/1953", foot="RadTrack 11.3 course record - printed 11/13/2026")),
        Doc("2_physician_note.txt", text=f"""
PELLINORE CANCER CENTER - RADIATION ONCOLOGY - INTERIM NOTE
Patient: {patient(9)}   MRN: {mrn(9)}   Date: 11/12/2026

Patient did not present for fraction 4 this morning. Called by the family: admitted overnight to Pellinore General with aspiration pneumonia and delirium. Discussed with the patient's daughter (health care proxy) and with the admitting team. Given the goals of care conversation already under way, we will not resume the Gamma Knife course. Fractions 4 and 5 cancelled; course closed at 3 of 5 fractions, 18 Gy of the planned 30 Gy to the right temporal metastasis. Dexamethasone 4 mg twice daily to continue. Will follow in hospital.

C. Abernethy-Oduro, MD
{FOOT}
"""),
    ])

# b30_18 -- pdf: GK plan report, plan approved, treatment cancelled (hard negative) ------------------------
_v, _c = "Stellate Plan Report", "Oakhollow Gamma Unit"
add(name="b30_18", kind="pdf", codes=["77371", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: an approved Gamma Knife Icon mask plan (three metastases, 20/20/18 Gy) printed with "
          "a full target table and OAR table, but the status block says treatment cancelled (seizure and "
          "admission on the treatment day, MRI then shows leptomeningeal disease, WBRT referral); 0 of 1 "
          "fractions delivered. Nothing delivered: facts empty, every category unmet, every code inconsistent.",
    docs=[Doc("b30_18.pdf", [[
        H1("STELLATE PLAN REPORT"),
        KeyValue([("Plan ID", "OGU-26-0412  'Mets x3 single'"), ("Unit", "Leksell Gamma Knife Icon"),
                  ("Fixation (planned)", "thermoplastic mask"), ("Plan approval", "11/16/2026, Dr P. Eriksen-Abara"),
                  ("Scheduled", "11/18/2026 08:00, 1 fraction"),
                  ("TREATMENT STATUS", "CANCELLED - 0 of 1 fractions delivered")], value_x=130),
        RuledTable([("Target", "Vol (cc)", "Rx (Gy)", "Iso %", "Max (Gy)", "Min (Gy)", "Cov %", "PCI", "Shots"),
                    ("Met_Lfront", "0.64", "20.0", "50", "40.0", "18.3", "98.9", "0.79", "4"),
                    ("Met_Rocc", "0.21", "20.0", "50", "40.0", "19.0", "99.2", "0.74", "2"),
                    ("Met_Lcbl", "1.80", "18.0", "50", "36.0", "16.1", "98.0", "0.82", "8")]),
        RuledTable([("OAR", "Max (Gy)", "Limit"), ("Brainstem", "7.9", "< 15"), ("Chiasm", "1.2", "< 8"),
                    ("Brain V12 (cc)", "4.9", "< 10")]),
        H2("Status notes"),
        P("11/18/2026 07:20 - Patient had a generalised seizure at home this morning and was taken to the emergency department; treatment not started, mask not applied. R. Tan, RTT."),
        P("11/19/2026 - Inpatient MRI shows diffuse leptomeningeal enhancement in addition to the three planned targets. Radiosurgery no longer appropriate; referred for whole brain radiotherapy under the inpatient team. Plan retired without delivery. P. Eriksen-Abara, MD."),
        sig("P. Eriksen-Abara, MD 11/19/2026"),
    ]], opts=opts(_v, _c, 18, "09/27/1970", foot="Stellate 2.8 - plan report - printed 11/19/2026 16:05"))])


# ==================================================================================================
# Linac cranial
# ==================================================================================================

# b30_03 -- pdf: single-isocentre linac SRS, five metastases L1-L5 (L4 pontine) -------------------------------
_v, _c = "ArcForge Planning Report v12", "Ardenwick Cancer Pavilion"
add(name="b30_03", kind="pdf", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 5, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("L1 left frontal", "cranial", S, 20, 1), L("L2 right parietal", "cranial", S, 20, 1),
             L("L3 right cerebellar", "cranial", S, 18, 1), L("L4 pons", "cranial", C, 15, 1),
             L("L5 left occipital", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Vendor planning report of single-isocentre linac SRS (TrueBeam STx, HyperArc), lesions labelled "
          "L1-L5 (look like lumbar levels) with MRI sequence names (T1 MPRAGE, T2 FLAIR) nearby: PTV_L1..PTV_L5 "
          "at 20/20/18/15/20 Gy; L4 is in the pons (complex). PTV_All union row, ISO_1 isocentre row and "
          "Brain-GTVs are not lesions. Dmax 25 Gy columns beside the Rx; delivery record on page 2.",
    docs=[Doc("b30_03.pdf", [[
        H1("Planning Report - SRS_MultiMet_5"),
        KeyValue([("Course", "C1_SRS (Phase 1 of 1)"), ("Machine", "TrueBeam STx (TB3), 6 MV FFF, HyperArc"),
                  ("Fractionation", "1 fraction"), ("Calculation", "AXB 16.1, grid 1.0 mm"),
                  ("Primary image", "CT_SIM 10/14/2026, 1.0 mm, open-face thermoplastic SRS mask with mouth bite"),
                  ("Registered images", "MR 10/12/2026: T1 MPRAGE +Gd (contouring), T2 FLAIR; rigid registration to CT_SIM"),
                  ("Isocenter", "ISO_1 (single isocenter, placed at the geometric centre of PTV_All)")], value_x=125),
        H2("Target statistics"),
        RuledTable([("Structure", "Vol (cc)", "Rx (Gy)", "Rx iso %", "Dmax (Gy)", "Dmean (Gy)", "Dmin (Gy)", "V100% (%)", "CI", "GI"),
                    ("PTV_L1", "1.21", "20.0", "80", "25.0", "22.9", "18.6", "98.7", "1.12", "3.4"),
                    ("PTV_L2", "0.66", "20.0", "80", "24.8", "22.7", "18.9", "99.0", "1.18", "3.7"),
                    ("PTV_L3", "2.38", "18.0", "80", "22.5", "20.6", "16.4", "98.1", "1.09", "3.1"),
                    ("PTV_L4", "0.19", "15.0", "80", "18.7", "17.2", "14.1", "98.4", "1.25", "4.0"),
                    ("PTV_L5", "0.14", "20.0", "80", "25.1", "23.0", "19.1", "99.3", "1.30", "4.2"),
                    ("PTV_All", "4.58", "-", "-", "25.1", "21.9", "14.1", "98.5", "-", "-")]),
        P("Target locations: L1 left superior frontal gyrus 1.3 cm; L2 right parietal 1.0 cm; L3 right cerebellar hemisphere 1.6 cm; L4 pons (left paramedian, within the brainstem) 0.6 cm; L5 left occipital 0.6 cm."),
        H2("OAR statistics"),
        RuledTable([("Structure", "Dmax (Gy)", "D0.03cc (Gy)", "Other", "Goal"),
                    ("Brainstem", "18.7", "17.9", "V10Gy 0.41 cc", "D0.03cc < 15 Gy except target"),
                    ("Chiasm", "3.1", "2.8", "-", "Dmax < 8 Gy"),
                    ("OpticNrv_L", "2.4", "2.2", "-", "Dmax < 8 Gy"),
                    ("Brain-GTVs", "25.1", "-", "V12Gy 6.3 cc", "V12 < 10 cc")]),
        RuledTable([("Field", "Arc", "Couch", "Collimator", "MU"),
                    ("ARC1", "181-179 CW", "0", "45", "2410"),
                    ("ARC2", "179-0 CCW", "315", "10", "1876"),
                    ("ARC3", "0-179 CW", "45", "350", "1902"),
                    ("ARC4", "179-0 CCW", "270", "80", "1655")]),
    ], [
        H1("Delivery record"),
        KeyValue([("Treated", "10/22/2026, fraction 1 of 1, TB3"),
                  ("Image guidance", "CBCT with 6DoF couch correction (1.2 mm / 0.6 deg applied), surface guidance (SGRT) during delivery, repeat CBCT before ARC3: residual 0.3 mm"),
                  ("Delivered dose", "PTV_L1 20.0 Gy, PTV_L2 20.0 Gy, PTV_L3 18.0 Gy, PTV_L4 15.0 Gy, PTV_L5 20.0 Gy; all 4 arcs complete"),
                  ("Patient-specific QA", "portal dosimetry 10/20/2026, gamma 2%/1 mm 98.9% pass")], value_x=125),
        sig("Approved: K. Oyelowo-Hart, MD 10/19/2026; physics: S. Lindqvist-Amadi, DABR 10/20/2026; treatment record signed K. Oyelowo-Hart, MD 10/22/2026"),
    ]], opts=opts(_v, _c, 3, "06/18/1959", "Plan SRS_MultiMet_5", foot="ArcForge v12 SP2 - planning report - not valid without approval"))])

# b30_04 -- pdf: R&V summary, Versa HD 3-fraction SRT to a cavity and an intact metastasis (per-arc rows) ----
_v, _c = "OncoChart Treatment Summary", "Thistlebrook Regional Oncology"
add(name="b30_04", kind="pdf", codes=["77373", "77435", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 3, [], ["mask"]),
    lesions=[L("left temporal resection cavity", "cranial", S, 27, 3), L("left occipital metastasis", "cranial", S, 27, 3)],
    categories=cats(imaging=False),
    notes="Record-and-verify treatment summary of a Versa HD 9 Gy x 3 course to a left temporal resection "
          "cavity and a left occipital metastasis: one row per fraction per arc (four arcs) with MU, arc dose "
          "at the reference point and running daily/course cumulative columns (225 ... 2700 cGy) that are not "
          "lesion doses; a prior course C1 (2025, 20 Gy x 1 to a right frontal metastasis) is listed. No "
          "planning imaging is named (imaging unmet).",
    docs=[Doc("b30_04.pdf", [[
        H1("Treatment Summary"),
        KeyValue([("Course", "C2 BRAIN SRT (active -> completed 11/06/2026)"),
                  ("Prior courses", "C1 SRS R FRONTAL 03/2025: 20 Gy x 1 to right frontal metastasis (completed, not re-treated)"),
                  ("Plan", "C2_SRT_3FX_P1, Monaco, 4 VMAT arcs, single isocenter, 6 MV FFF"),
                  ("Machine", "Elekta Versa HD (VHD-2)"),
                  ("Setup", "thermoplastic mask, head rest B; XVI CBCT before every fraction, HexaPOD 6D correction"),
                  ("Targets / Rx", "PTV_Cav_LTemp 27.00 Gy in 3 fx (900 cGy/fx) to the 80% IDL; PTV_Met_LOcc 27.00 Gy in 3 fx (900 cGy/fx) to the 80% IDL; contoured by Dr E. Fairweather-Ng"),
                  ("Reference point", "RP_ISO (plan isocenter, between targets), 900 cGy per fraction")], value_x=110),
        RuledTable([("Fx", "Date", "Field", "MU", "Field dose RP (cGy)", "Daily RP (cGy)", "Course RP (cGy)", "Ther"),
                    ("1", "11/02/2026", "ARC_A", "812", "236", "236", "236", "JB"),
                    ("1", "11/02/2026", "ARC_B", "790", "221", "457", "457", "JB"),
                    ("1", "11/02/2026", "ARC_C", "768", "219", "676", "676", "JB"),
                    ("1", "11/02/2026", "ARC_D", "805", "224", "900", "900", "JB"),
                    ("2", "11/04/2026", "ARC_A", "812", "236", "236", "1136", "TO"),
                    ("2", "11/04/2026", "ARC_B", "790", "221", "457", "1357", "TO"),
                    ("2", "11/04/2026", "ARC_C", "768", "219", "676", "1576", "TO"),
                    ("2", "11/04/2026", "ARC_D", "805", "224", "900", "1800", "TO"),
                    ("3", "11/06/2026", "ARC_A", "812", "236", "236", "2036", "JB"),
                    ("3", "11/06/2026", "ARC_B", "790", "221", "457", "2257", "JB"),
                    ("3", "11/06/2026", "ARC_C", "768", "219", "676", "2476", "JB"),
                    ("3", "11/06/2026", "ARC_D", "805", "224", "900", "2700", "JB")]),
        RuledTable([("Target", "Prescribed", "Delivered", "Fx delivered"),
                    ("PTV_Cav_LTemp", "2700 cGy", "2700 cGy", "3 / 3"),
                    ("PTV_Met_LOcc", "2700 cGy", "2700 cGy", "3 / 3")]),
        P("Target notes: left temporal resection cavity 2.8 cm (resection 09/2026); left occipital metastasis 0.9 cm."),
        sig("E. Fairweather-Ng, MD 11/06/2026 (course completion)"),
    ]], opts=opts(_v, _c, 4, "02/11/1964", "Course C2", foot="OncoChart 5 - Treatment Summary - page footer"))])

# b30_06 -- scan (175 dpi): physics independent second check, Edge SRS 15 Gy to a 3.8 cm met; 61796 wrong ---
_v, _c = "QuantaCheck Independent Dose Verification", "Fenmoor Oncology Institute"
add(name="b30_06", kind="scan", codes=["77372", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left cerebellar metastasis", "cranial", C, 15, 1)],
    categories=cats(),
    notes="Scanned (175 dpi, Courier) physics second-check printout: Edge single-fraction SRS, 15 Gy to the "
          "80% isodose covering a 3.8 cm left cerebellar metastasis (complex by size); per-arc MU and "
          "calc-point doses (470/462/378/565 cGy, 18.75 Gy at the isocentre) are not the Rx; ExacTrac + CBCT "
          "and a post-treatment record check. Claimed 61796 (simple) is wrong.",
    docs=[Doc("b30_06.pdf", [[
        H1("INDEPENDENT MU / DOSE VERIFICATION"),
        KeyValue([("Plan", "LCBM_SRS_1FX  (Eclipse 16.1, VMAT, 6X-FFF)"), ("Machine", "Varian Edge (EDGE1)"),
                  ("Target", "PTV_LCbm - left cerebellar metastasis, 3.8 cm maximum dimension, 16.2 cc"),
                  ("Prescription", "15.00 Gy x 1 to the 80% isodose surface covering 98% of PTV_LCbm"),
                  ("Imaging", "CT sim 11/03/2026 1 mm; MRI T1 +Gd 11/02/2026 fused (reg. checked)"),
                  ("Immobilization", "frameless SRS mask (3-piece thermoplastic)"),
                  ("Calc point", "CP_ISO at isocenter; TPS isocenter dose 18.75 Gy")], value_x=115),
        RuledTable([("Arc", "Gantry", "Couch", "MU TPS", "MU check", "CP dose TPS (cGy)", "CP dose check (cGy)", "Diff %"),
                    ("1", "181-179", "0", "1184", "1190", "470.0", "472.1", "+0.4"),
                    ("2", "179-0", "300", "1162", "1151", "462.0", "457.9", "-0.9"),
                    ("3", "0-179", "60", "951", "958", "378.0", "380.6", "+0.7"),
                    ("4", "179-0", "270", "1422", "1420", "565.0", "563.7", "-0.2"),
                    ("Total", "", "", "4719", "4719", "1875.0", "1874.3", "0.0")]),
        P("Result: PASS (tolerance 3% per arc, 2% total). Patient-specific QA: ArcCHECK 2%/1 mm 97.6%. Pre-treatment imaging plan: CBCT then ExacTrac stereoscopic pair at each couch angle, tolerance 0.7 mm / 0.7 deg."),
        H2("Post-treatment record check"),
        P("Treated 11/06/2026: fraction 1 of 1, all 4 arcs delivered, ExacTrac residuals <= 0.5 mm at every couch angle. Delivered 15.00 Gy to PTV_LCbm. Record agrees with plan. Checked 11/06/2026."),
        sig("Checked by: H. Adebayo-Quist, MS, DABR 11/05/2026 (pre-treatment) and 11/06/2026 (record); reviewed: G. Morland, MD"),
    ]], opts=opts(_v, _c, 6, "10/03/1957", foot="QuantaCheck 3.1 - second check printout", scan=True, scan_dpi=175, font="Courier"))])

# b30_08 -- pdf: linac single-isocentre SRS, eight metastases; cover says 7 targets (contradiction) ---------
_v, _c = "VistaDose Plan Summary", "Brackenhurst University Medical Center"
_m = [("M1", "R frontal", "1.2", "20"), ("M2", "L frontal", "0.8", "20"), ("M3", "R parietal", "1.5", "20"),
      ("M4", "L temporal", "1.9", "18"), ("M5", "R occipital", "0.5", "20"), ("M6", "L cerebellar", "1.7", "18"),
      ("M7", "R caudate head", "1.1", "18"), ("M8", "L precentral", "0.7", "20")]
add(name="b30_08", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 8, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L(f"{m} {loc}", "cranial", S, float(d), 1) for m, loc, _s, d in _m],
    categories=cats(),
    notes="Three-page vendor plan summary of a TrueBeam single-isocentre SRS to eight metastases M1-M8 "
          "(20/20/20/18/20/18/18/20 Gy, all simple); target table with Rx, Dmax, D95, V100, CI columns; a "
          "page-3 delivery record lists all eight. The cover page says 'Number of targets: 7' "
          "(self-contradicting; gold 8).",
    contradiction="The cover page says 7 targets while the target table and the delivery record list eight treated metastases (M1-M8).",
    docs=[Doc("b30_08.pdf", [[
        H1("Plan Summary - Cover"),
        KeyValue([("Plan", "BRN_SIMT_8M"), ("Technique", "single-isocenter multi-target VMAT SRS, 5 non-coplanar arcs"),
                  ("Machine", "TrueBeam (TB-North), 10 MV FFF"), ("Fractions", "1"), ("Number of targets", "7"),
                  ("Imaging", "CT simulation 10/27/2026 (1.25 mm) with MRI 10/26/2026: T1 post-Gd 3D, T2 FLAIR, T2 (rigid fusion)"),
                  ("Immobilization", "frameless thermoplastic mask with bite block"),
                  ("Approval", "N. Achterberg, MD 10/29/2026; physics R. Solano-Finch 10/29/2026")], value_x=125),
        P("Clinical: HER2-negative breast carcinoma, multiple brain metastases, no prior brain radiotherapy. WBRT discussed and declined."),
    ], [
        H1("Target dose statistics"),
        RuledTable([("Target", "Location", "Size (cm)", "Rx (Gy)", "Iso %", "Dmax (Gy)", "D95 (Gy)", "V100 (%)", "CI")]
                   + [(f"PTV_{m}", loc, s, f"{float(d):.1f}", "75", f"{float(d) / 0.75:.1f}", f"{float(d) * 1.01:.1f}", "98.5", "1.21")
                      for m, loc, s, d in _m]),
        RuledTable([("OAR", "Dmax (Gy)", "Volume stat", "Goal"),
                    ("Brainstem", "11.4", "D0.5cc 6.2 Gy", "Dmax < 15"),
                    ("Chiasm", "4.0", "-", "Dmax < 8"),
                    ("Normal brain", "-", "V12 9.1 cc", "V12 < 10 cc"),
                    ("Lens L", "1.1", "-", "Dmax < 5")]),
    ], [
        H1("Delivery record"),
        P("11/02/2026, fraction 1 of 1 on TB-North. CBCT with 6DoF correction before arc 1 and repeat CBCT before the couch-kick arcs; intrafraction surface monitoring, no beam holds. All 5 arcs delivered."),
        RuledTable([("Target", "Delivered (Gy)", "Fx")] + [(f"PTV_{m}", f"{float(d):.1f}", "1") for m, _l, _s, d in _m]),
        sig("N. Achterberg, MD 11/02/2026"),
    ]], opts=opts(_v, _c, 8, "04/04/1968", foot="VistaDose 21 - plan summary - CONFIDENTIAL"))])

# b30_19 -- pdf: near-miss, cavity 35 Gy in 10 fractions claimed as SBRT -----------------------------------
_v, _c = "OncoLedger Delivery Summary", "Quarrington Neuro-Oncology"
add(name="b30_19", kind="pdf", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 10, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal resection cavity", "cranial", S, 35, 10)],
    categories=cats(),
    notes="Near-miss: delivery summary of a hypofractionated stereotactic course to a right frontal resection "
          "cavity, 3.5 Gy x 10 = 35 Gy on a TrueBeam with mask, CT + MRI and daily CBCT. Ten fractions: every "
          "claimed SRS/SBRT code is inconsistent and there is no delivery code. '5 fractions' appears only as "
          "the alternative that was rejected.",
    docs=[Doc("b30_19.pdf", [[
        H1("DELIVERY SUMMARY"),
        KeyValue([("Course", "C1 HSRT CAVITY"), ("Machine", "TrueBeam (QNO-TB1)"),
                  ("Plan", "RFCav_35_10, 2 VMAT arcs + 1 couch-kick arc, 6 MV"),
                  ("Target", "PTV_RFCav: right frontal resection cavity (resected 09/21/2026), 3.4 cm, CTV + 2 mm"),
                  ("Prescription", "350 cGy x 10 = 3500 cGy to the 80% IDL"),
                  ("Simulation", "CT 10/05/2026 1 mm in thermoplastic mask; post-op MRI T1 +Gd 10/02/2026 fused"),
                  ("IGRT", "daily CBCT, 6DoF couch"),
                  ("Rationale", "30 Gy in 5 fractions considered; 10 fractions chosen for cavity volume (31 cc) and motor-strip proximity")], value_x=110),
        RuledTable([("Fx", "Date", "Dose (cGy)", "Cumulative (cGy)", "CBCT"),
                    ("1", "10/12/2026", "350", "350", "Y"), ("2", "10/13/2026", "350", "700", "Y"),
                    ("3", "10/14/2026", "350", "1050", "Y"), ("4", "10/15/2026", "350", "1400", "Y"),
                    ("5", "10/16/2026", "350", "1750", "Y"), ("6", "10/19/2026", "350", "2100", "Y"),
                    ("7", "10/20/2026", "350", "2450", "Y"), ("8", "10/21/2026", "350", "2800", "Y"),
                    ("9", "10/22/2026", "350", "3150", "Y"), ("10", "10/23/2026", "350", "3500", "Y")]),
        P("Course completed as prescribed: PTV_RFCav 3500 cGy in 10 fractions."),
        sig("W. Okonkwo-Lisle, MD 10/23/2026"),
    ]], opts=opts(_v, _c, 19, "08/15/1975", foot="OncoLedger 4 delivery summary"))])


# ==================================================================================================
# CyberKnife
# ==================================================================================================

# b30_10 -- bundle: CyberKnife cranial, two metastases 8 Gy x 3; G0339/G0340 --------------------------------
_v, _c = "NodePlan Treatment Plan Summary", "Lindqvist Robotic Radiosurgery Center"
add(name="b30_10", kind="bundle", codes=["G0339", "G0340", "77435", "61796", "61797"],
    facts=F("robotic_linac", ["cranial"], 2, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal metastasis", "cranial", S, 24, 3), L("right temporal metastasis", "cranial", S, 24, 3)],
    categories=cats(),
    notes="CyberKnife plan summary (Iris collimator, nodes and beams, Rx isodose %, coverage, nCI) + a plain-"
          "text treatment record with one row per fraction and per-target cumulative doses: two metastases "
          "8 Gy x 3 = 24 Gy each, thermoplastic mask, 6D skull tracking, 'no fiducials implanted'. G0339 + "
          "G0340 consistent (3 sessions).",
    docs=[
        Doc("1_plan_summary.pdf", [[
            H1("Treatment Plan Summary"),
            KeyValue([("System", "CyberKnife M6, Iris variable aperture collimator"), ("Plan", "BrainMets2_3fx  (approved 11/02/2026)"),
                      ("Tracking", "6D Skull; no fiducials implanted"), ("Immobilization", "thermoplastic mask, head cradle"),
                      ("Image sets", "CT 11/01/2026 0.625 mm (primary); MRI 10/30/2026 T1 +Gd 1 mm (fused for contouring)"),
                      ("Nodes / beams", "62 nodes, 148 beams, 12,418 MU per fraction")], value_x=115),
            RuledTable([("Target", "Vol (cc)", "Rx (Gy)", "Fx", "Rx iso %", "Dmax (Gy)", "Coverage %", "nCI", "Homog."),
                        ("PTV_LFront", "2.10", "24.0", "3", "77", "31.2", "97.4", "1.16", "1.30"),
                        ("PTV_RTemp", "0.92", "24.0", "3", "75", "32.0", "98.0", "1.22", "1.33")]),
            RuledTable([("OAR", "Dmax (Gy)", "Constraint (3 fx)"),
                        ("Brainstem", "7.1", "< 23.1"), ("Optic chiasm", "3.3", "< 17.4"),
                        ("Cochlea R", "9.8", "< 17.1"), ("Brain V18Gy", "6.0 cc", "< 30 cc")]),
            sig("D. Halloran-Ito, MD 11/02/2026; physics M. Reinholt, MS 11/02/2026"),
        ]], opts=opts(_v, _c, 10, "11/21/1962", foot="NodePlan 6 - plan summary")),
        Doc("2_treatment_record.txt", text=f"""
LINDQVIST ROBOTIC RADIOSURGERY CENTER - CYBERKNIFE TREATMENT RECORD (export)
Patient: {patient(10)}   MRN: {mrn(10)}   Plan: BrainMets2_3fx

Fx  Date        Tracking  Images  Beams  Corr.max(mm)  PTV_LFront cum(cGy)  PTV_RTemp cum(cGy)  RTT
1   11/04/2026  6D Skull  71      148    0.6           800                  800                 LA/GP
2   11/06/2026  6D Skull  66      148    0.5           1600                 1600                LA/GP
3   11/09/2026  6D Skull  69      148    0.7           2400                 2400                LA/GP

Course complete 11/09/2026: PTV_LFront 2400 cGy/3 fx, PTV_RTemp 2400 cGy/3 fx (left frontal and right temporal metastases).
Physician: D. Halloran-Ito, MD (signed 11/09/2026)
{FOOT}
"""),
    ])

# b30_11 -- pdf: CyberKnife prostate 7.25 Gy x 5 with gold fiducials ----------------------------------------
_v, _c = "HelixChart Treatment History", "Corrin Bay Oncology"
add(name="b30_11", kind="pdf", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="CyberKnife treatment history printout: prostate 7.25 Gy x 5 = 36.25 Gy with four gold fiducials "
          "(fiducial tracking), CT + MRI planning, SpaceOAR hydrogel (not an immobilization device), "
          "'rectal balloon: not used'; per-fraction rows with cumulative and % columns; urethra and rectum "
          "doses beside the Rx.",
    docs=[Doc("b30_11.pdf", [[
        H1("Treatment History - Course 1 Prostate SBRT"),
        KeyValue([("Diagnosis", "C61 adenocarcinoma of prostate, Gleason 3+4, PSA 7.2, cT1c, favourable intermediate risk"),
                  ("Procedures", "4 gold fiducial markers + SpaceOAR hydrogel placed transperineally 09/29/2026 (urology)"),
                  ("Simulation", "CT 10/08/2026 1.25 mm and MRI pelvis T2 10/08/2026, fused on the fiducials"),
                  ("Unit", "CyberKnife S7, fiducial tracking (4 markers), InTempo adaptive imaging"),
                  ("Rectal balloon", "not used"),
                  ("Prescription", "PTV_Prostate 36.25 Gy in 5 fractions (725 cGy) to the 82% isodose")], value_x=110),
        RuledTable([("Fx", "Date", "Fiducials tracked", "Dose (cGy)", "Cumulative (cGy)", "% of Rx", "Status"),
                    ("1", "10/19/2026", "4/4", "725", "725", "20", "Complete"),
                    ("2", "10/21/2026", "4/4", "725", "1450", "40", "Complete"),
                    ("3", "10/23/2026", "4/4", "725", "2175", "60", "Complete"),
                    ("4", "10/26/2026", "4/4", "725", "2900", "80", "Complete"),
                    ("5", "10/28/2026", "3/4 (marker 2 excluded, migration)", "725", "3625", "100", "Complete")]),
        RuledTable([("Structure", "Metric", "Value", "Goal"),
                    ("PTV_Prostate", "V36.25Gy", "95.6%", ">= 95%"),
                    ("Urethra", "Dmax", "38.1 Gy", "< 38.5 Gy"),
                    ("Rectum", "D1cc", "33.9 Gy", "< 36 Gy"),
                    ("Bladder", "D10cc", "35.0 Gy", "< 37 Gy")]),
        P("Summary: PTV_Prostate 3625 cGy / 5 fx delivered 10/19/2026 - 10/28/2026 as prescribed."),
        sig("F. Amankwah-Doyle, MD 10/28/2026"),
    ]], opts=opts(_v, _c, 11, "02/26/1951", foot="HelixChart 8 - treatment history report"))])


# ==================================================================================================
# Body and spine SBRT
# ==================================================================================================

# b30_12 -- pdf: spine SBRT plan report, RCC metastases T11 and L1 (L1 re-irradiation) ----------------------
_v, _c = "SpinePlan Pro Plan Report", "Dunmore Spine & Cancer Institute"
add(name="b30_12", kind="pdf", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("RCC T11", "spinal", None, 27, 3), L("RCC L1", "spinal", None, 24, 3)],
    categories=cats(),
    notes="Spine SBRT plan report with a delivery log: renal cell carcinoma metastases named by the primary "
          "(PTV_RCC_T11 27 Gy/3, PTV_RCC_L1 24 Gy/3); a 'Prior dose' column gives 8 Gy x 1 (2025) to L1; "
          "isocentre ISO_T12 sits at T12 (not a lesion); cord PRV and cauda doses; MRI T1/T2/STIR fusion; "
          "vacuum body immobilization, CBCT each fraction.",
    docs=[Doc("b30_12.pdf", [[
        H1("SPINE SBRT PLAN REPORT"),
        KeyValue([("Course / plan", "C2 Spine SBRT / SP_T11L1_3fx"), ("Machine", "TrueBeam (DSC-TB2), 6 MV FFF, 2 VMAT arcs"),
                  ("Isocenter", "ISO_T12 (single isocenter placed at the T12 vertebral body)"),
                  ("Immobilization", "full-body vacuum cushion with wrap (body immobilization), arms by side"),
                  ("Images", "CT_SIM 10/19/2026 1 mm; MRI 10/16/2026 T1, T2, STIR thoracolumbar, fused for cord and GTV contouring"),
                  ("Primary", "clear cell renal cell carcinoma (RCC), nephrectomy 2023")], value_x=115),
        RuledTable([("Structure", "Type", "Rx (Gy)", "Fx", "Prior dose", "Dmax (Gy)", "Dmean (Gy)", "D90 (Gy)", "Cov %", "CI"),
                    ("PTV_RCC_T11", "PTV", "27.0", "3", "none", "33.1", "29.4", "27.2", "91.8", "1.14"),
                    ("PTV_RCC_L1", "PTV", "24.0", "3", "8 Gy x 1 (03/2025, conventional, L1)", "29.0", "26.0", "24.1", "90.6", "1.19"),
                    ("GTV_RCC_T11", "GTV", "-", "-", "-", "33.1", "30.8", "29.0", "99.2", "-"),
                    ("GTV_RCC_L1", "GTV", "-", "-", "-", "29.0", "27.4", "25.8", "99.0", "-")], widths=(82, 34, 36, 22, 98, 40, 44, 40, 36, 32)),
        RuledTable([("OAR", "Dmax (Gy)", "D0.035cc (Gy)", "Other", "Limit (3 fx)"),
                    ("SpinalCord_PRV", "18.2", "17.6", "D1.2cc 12.1 Gy", "D0.035cc < 20.3 Gy"),
                    ("CaudaEquina", "19.0", "18.4", "-", "D0.035cc < 25.5 Gy"),
                    ("Esophagus", "14.2", "13.8", "-", "< 25.2 Gy"),
                    ("Kidney_L (solitary)", "8.9", "-", "Dmean 2.1 Gy", "Dmean < 5 Gy")]),
        H2("Delivery log"),
        RuledTable([("Fx", "Date", "CBCT", "PTV_RCC_T11 (cGy)", "PTV_RCC_L1 (cGy)", "Cum T11 / L1 (cGy)"),
                    ("1", "10/27/2026", "6DoF, 0.9 mm", "900", "800", "900 / 800"),
                    ("2", "10/29/2026", "6DoF, 0.6 mm", "900", "800", "1800 / 1600"),
                    ("3", "10/31/2026", "6DoF, 0.7 mm", "900", "800", "2700 / 2400")]),
        sig("B. Yusuf-Harrington, MD 10/31/2026; physics L. Ferreira-Stone, PhD"),
    ]], opts=opts(_v, _c, 12, "05/30/1960", foot="SpinePlan Pro 3.4 - report"))])

# b30_13 -- bundle: lung SBRT 18 Gy x 3 R&V with per-arc rows; completion note says 50 Gy in 5 (contradiction)
_v, _c = "CourseView R&V Summary", "Westerleigh Chest Oncology"
add(name="b30_13", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right lower lobe", "body", None, 54, 3)],
    categories=cats(),
    notes="Record-and-verify summary (course list with a completed 2023 course C1 60 Gy/30 to the left upper "
          "lobe; one row per fraction per arc, 900 cGy each, cumulative to 5400 cGy over three dated "
          "fractions) plus a completion note. The completion note's summary line says '50 Gy in 5 fractions' "
          "(self-contradicting; gold 54 Gy/3 from the R&V rows and the Rx).",
    contradiction="The completion note says 50 Gy in 5 fractions while the prescription and the record-and-verify rows give 18 Gy x 3 = 54 Gy delivered in three fractions.",
    docs=[
        Doc("1_rv_summary.pdf", [[
            H1("R&V Course Summary"),
            RuledTable([("Course", "Site", "Prescription", "Dates", "Status"),
                        ("C1", "LUL (conventional)", "60 Gy / 30 fx", "02/06/2023 - 03/17/2023", "Completed"),
                        ("C2", "RLL SBRT", "54 Gy / 3 fx (1800 cGy/fx)", "11/02/2026 - 11/06/2026", "Completed")]),
            KeyValue([("C2 plan", "RLL_SBRT_3x18, 2 VMAT arcs, 6 MV FFF, TrueBeam (WCO-TB1)"),
                      ("C2 target", "PTV_RLL (ITV from 4DCT + 5 mm), right lower lobe NSCLC 2.1 cm, prescribed to the 80% IDL"),
                      ("C2 setup", "Vac-Lok cushion, arms up, wing board; CBCT each fraction matched to the ITV")], value_x=100),
            RuledTable([("Fx", "Date", "Field", "MU", "Field dose (cGy)", "Fx cum (cGy)", "Course cum (cGy)"),
                        ("1", "11/02/2026", "ARC_CW", "2140", "900", "900", "900"),
                        ("1", "11/02/2026", "ARC_CCW", "2155", "900", "1800", "1800"),
                        ("2", "11/04/2026", "ARC_CW", "2140", "900", "900", "2700"),
                        ("2", "11/04/2026", "ARC_CCW", "2155", "900", "1800", "3600"),
                        ("3", "11/06/2026", "ARC_CW", "2140", "900", "900", "4500"),
                        ("3", "11/06/2026", "ARC_CCW", "2155", "900", "1800", "5400")]),
            sig("Reviewed: S. Valdivia-Moore, MD 11/06/2026"),
        ]], opts=opts(_v, _c, 13, "01/08/1947", "Course C2", foot="CourseView 2.0 - export")),
        Doc("2_completion_note.txt", text=f"""
WESTERLEIGH CHEST ONCOLOGY - RADIATION COMPLETION NOTE
Patient: {patient(13)}     MRN: {mrn(13)}     Note date: 11/09/2026

Diagnosis: right lower lobe non-small cell lung cancer, adenocarcinoma, cT1c N0 M0, medically inoperable (FEV1 38%). Prior left upper lobe chemoradiation 2023 (60 Gy in 30 fractions).
Simulation: 10/22/2026, 4DCT in a Vac-Lok cushion; staging PET/CT 10/09/2026 fused for target delineation.
Treatment: stereotactic body radiotherapy to the right lower lobe nodule, 11/02/2026 - 11/06/2026, TrueBeam, daily cone-beam CT.
Summary: completed SBRT, right lower lobe, 50 Gy in 5 fractions.
Toxicity: grade 1 fatigue, no pneumonitis symptoms.
Follow-up: CT chest 3 months, PET/CT 6 months.

S. Valdivia-Moore, MD
{FOOT}
"""),
    ])

# b30_14 -- pdf (two columns): liver SBRT segment VIII HCC 15 Gy x 3; segment II lesion for ablation -------
_v, _c = "ClinDoc Treatment Summary", "Amberlow Hepatobiliary Centre"
add(name="b30_14", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("segment VIII HCC", "body", None, 45, 3)],
    categories=cats(),
    notes="Two-column treatment summary of liver SBRT: segment VIII hepatocellular carcinoma 15 Gy x 3 = 45 Gy "
          "with three gold fiducials, abdominal compression, liver-protocol MRI + 4DCT; a 1.2 cm segment II "
          "lesion seen on the same MRI goes to microwave ablation (not treated in this course); TACE 2025 and "
          "duodenum/stomach doses near the Rx.",
    docs=[Doc("b30_14.pdf", [[
        H1("Treatment Summary"),
        H2("Diagnosis"),
        P("Hepatocellular carcinoma on Child-Pugh A5 cirrhosis (hepatitis C, treated). Segment VIII lesion 3.2 cm, LI-RADS 5, progressing after TACE in 06/2025. A second 1.2 cm arterially enhancing segment II lesion is referred for percutaneous microwave ablation by interventional radiology on 12/01/2026 and is not part of this radiotherapy course."),
        H2("Preparation"),
        P("Three gold fiducial markers implanted around the segment VIII tumour 10/06/2026 (IR). Simulation 10/13/2026: supine on a vacuum cushion with abdominal compression plate, 4DCT with IV contrast; liver-protocol MRI (gadoxetate, hepatobiliary phase) 10/12/2026 fused for GTV delineation. ITV from 4DCT, PTV = ITV + 5 mm."),
        H2("Plan"),
        KeyValue([("Unit", "Elekta Versa HD"), ("TPS", "Monaco, 2 VMAT arcs"), ("Rx", "PTV_S8 45 Gy / 3 fx, 15 Gy/fx, 80% IDL"),
                  ("Liver-GTV", "Dmean 10.9 Gy; 700 cc < 15 Gy"), ("Duodenum", "D0.5cc 16.4 Gy"), ("Stomach", "D0.5cc 17.2 Gy")], value_x=70),
        H2("Delivery"),
        RuledTable([("Fx", "Date", "Dose", "Cum."), ("1", "10/20", "15 Gy", "15 Gy"), ("2", "10/23", "15 Gy", "30 Gy"),
                    ("3", "10/27", "15 Gy", "45 Gy")]),
        P("Each fraction: CBCT with registration to the fiducials, compression plate position checked, 6D correction."),
        H2("Outcome"),
        P("Completed as planned: segment VIII HCC 45 Gy in 3 fractions. Tolerated well, grade 1 nausea. AFP and MRI liver at 3 months; ablation of segment II lesion as scheduled."),
        sig("J. Okafor-Whitcombe, MD 10/28/2026"),
    ]], opts=opts(_v, _c, 14, "08/01/1956", foot="ClinDoc 12 - summary print", two_columns=True))])

# b30_15 -- bundle: oligometastatic breast cancer, L adrenal 40/5, T4 35/5, R 6th rib 35/5 ------------------
_v, _c = "RxBuilder Radiation Prescription", "Rookwood Oligometastasis Clinic"
_v2 = "DoseLedger Treatment Record"
add(name="b30_15", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["body", "spinal"], 3, 5, ["CT", "MRI", "PET"], ["body_immobilization"]),
    lesions=[L("left adrenal", "body", None, 40, 5), L("breast met T4", "spinal", None, 35, 5),
             L("right 6th rib", "body", None, 35, 5)],
    categories=cats(),
    notes="Per-target prescription + record with one row per fraction per target and per-target cumulative "
          "columns + a physics second-check text: oligometastatic breast cancer, left adrenal 8 Gy x 5 = 40 Gy, "
          "T4 vertebral metastasis named by the primary ('PTV_Breast_T4', 7 Gy x 5 = 35 Gy) and right 6th rib "
          "7 Gy x 5 = 35 Gy in the same five sessions; the T4 is spinal, the others body.",
    docs=[
        Doc("1_prescription.pdf", [[
            H1("Radiation Prescription - SBRT (multi-target)"),
            KeyValue([("Intent", "curative-intent SABR, oligometastatic ER+ breast carcinoma (3 metastases)"),
                      ("Machine / technique", "TrueBeam (RK-TB1), VMAT, 6 MV FFF, 1 isocenter per target"),
                      ("Imaging for planning", "CT sim 10/15/2026 (vacuum cushion, arms up); PET/CT 10/02/2026 and MRI thoracic spine 10/07/2026 fused"),
                      ("IGRT", "CBCT before each target, every fraction")], value_x=125),
            RuledTable([("Target", "Site", "Dose/fx (Gy)", "Fx", "Total (Gy)", "Norm.", "Schedule"),
                        ("PTV_Adrenal_L", "left adrenal", "8.0", "5", "40.0", "95% of PTV gets 100%", "every other day"),
                        ("PTV_Breast_T4", "T4 vertebral body (breast met)", "7.0", "5", "35.0", "90% of PTV gets 100%", "every other day"),
                        ("PTV_Rib6_R", "right 6th rib, posterior", "7.0", "5", "35.0", "95% of PTV gets 100%", "every other day")], widths=(84, 110, 44, 22, 40, 110, 80)),
            P("Constraints (5 fx): cord PRV Dmax 25.3 Gy; esophagus 27 Gy; kidney L Dmean < 10 Gy; stomach D0.5cc 32 Gy."),
            sig("A. Kowalczyk-Reed, MD 10/19/2026"),
        ]], opts=opts(_v, _c, 15, "03/03/1972", foot="RxBuilder - prescription v2")),
        Doc("2_treatment_record.pdf", [[
            H1("Treatment Record"),
            RuledTable([("Fx", "Date", "Target", "Dose (cGy)", "Target cum. (cGy)", "CBCT")] + [
                (str(i + 1), d, t, str(g), str(g * (i + 1)), "Y")
                for i, d in enumerate(["10/21/2026", "10/23/2026", "10/26/2026", "10/28/2026", "10/30/2026"])
                for t, g in (("PTV_Adrenal_L", 800), ("PTV_Breast_T4", 700), ("PTV_Rib6_R", 700))]),
            P("Course complete 10/30/2026: PTV_Adrenal_L 4000 cGy; PTV_Breast_T4 3500 cGy; PTV_Rib6_R 3500 cGy; 5 of 5 sessions."),
            sig("A. Kowalczyk-Reed, MD 10/30/2026"),
        ]], opts=opts(_v2, _c, 15, "03/03/1972", foot="DoseLedger 3 - record")),
        Doc("3_second_check.txt", text=f"""
SECONDCALC INDEPENDENT CHECK - ROOKWOOD OLIGOMETASTASIS CLINIC
Patient: {patient(15)}  MRN: {mrn(15)}  Date: 10/20/2026

Plan               Calc pt     TPS (cGy)  Check (cGy)  Diff
Adrenal_L_5fx      ISO_1        842.1      836.9       -0.6%
Breast_T4_5fx      ISO_2        731.0      738.2       +1.0%
Rib6_R_5fx         ISO_3        744.6      741.0       -0.5%

All within 3%. Patient QA: portal dosimetry 3 plans passed (gamma 3%/2 mm > 97%).
Checked: K. Brannigan, MS
{FOOT}
"""),
    ])

# b30_16 -- ehr_text: MR-linac kidney SBRT 14 Gy x 3; 77432 claimed ---------------------------------------
add(name="b30_16", kind="ehr_text", codes=["77373", "77435", "77432"],
    facts=F("linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("left kidney", "body", None, 42, 3)],
    categories=cats(),
    notes="EHR key: value export of MR-linac (Unity) kidney SBRT: left renal cell carcinoma 14 Gy x 3 = "
          "42 Gy, CT sim + MRI sim, vacuum cushion, daily online MRI adaptation. Prior partial nephrectomy "
          "(right, 2022) is history. Claimed 77432 (single-session cranial management) is wrong.",
    docs=[Doc("b30_16.txt", text=f"""
[Cerulean EHR] Structured Export - Radiation Oncology Course Summary
Facility: Galloway Moor Medical Center, Department of Radiation Oncology
Patient Name: {patient(16)}
Patient MRN: {mrn(16)}
Patient DOB: 10/10/1944
Export Date: 11/25/2026 09:14

Course ID: C1_KIDNEY_L_SABR
Course Status: Completed
Diagnosis: C64.2 Malignant neoplasm of left kidney (clear cell RCC, 4.3 cm, lower pole), biopsy-proven
Relevant History: right partial nephrectomy 2022 for pT1a RCC; eGFR 41; not a surgical candidate for the left side
Treatment Intent: Curative
Technique: Stereotactic ablative radiotherapy (SABR), MR-guided adaptive
Treatment Unit: Elekta Unity MR-linac (GMMC-UNITY)
Simulation CT: 10/28/2026, 2 mm, supine in vacuum cushion
Simulation MRI: 10/28/2026, T2 3D and T1 VIBE, registered to CT for GTV
Immobilization: vacuum cushion, arms on chest, knee support
Target: PTV_KidL = GTV + 5 mm
Prescription: 42 Gy in 3 fractions (14 Gy per fraction), 95% of PTV covered by 100%
Planning System: Monaco, 9-field step-and-shoot IMRT, adapt-to-shape daily
Fraction 1: 11/16/2026, 14.00 Gy, online MRI + adapt-to-shape, cine MRI monitoring
Fraction 2: 11/19/2026, 14.00 Gy, online MRI + adapt-to-shape, cine MRI monitoring
Fraction 3: 11/23/2026, 14.00 Gy, online MRI + adapt-to-shape, cine MRI monitoring
Total Dose Delivered: 42.00 Gy / 3 fx to PTV_KidL (left kidney)
OAR Summary: bowel D0.5cc 22.4 Gy; duodenum D0.5cc 18.9 Gy; kidney_L-GTV V17.5Gy 118 cc; spinal cord Dmax 9.6 Gy
Toxicity: CTCAE grade 1 nausea fraction 2
Attending: Priya Achterberg-Mensah, MD
Physicist: Tomasz Okello, PhD
Signed: P. Achterberg-Mensah, MD 11/24/2026 17:40
{FOOT}
""")])

# b30_17 -- bundle: pancreas SBRT 8 Gy x 5; completion note says 33 Gy (contradiction) -----------------------
_v, _c = "TheraLog Fraction Record", "Harrowmere Pancreas Program"
add(name="b30_17", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("pancreatic head", "body", None, 40, 5)],
    categories=cats(),
    notes="Prescription text + fraction record PDF + completion note: pancreatic head adenocarcinoma 8 Gy x 5 "
          "= 40 Gy with EUS-placed fiducials, vacuum cushion, 4DCT + MRI. The completion note's dose line says "
          "'33 Gy in 5 fractions' (self-contradicting; gold 40 Gy/5 from the prescription and the record's "
          "cumulative 4000 cGy). A 33 Gy elective volume is not in this plan.",
    contradiction="The completion note gives 33 Gy in 5 fractions while the prescription and the fraction record give 8 Gy x 5 = 40 Gy delivered.",
    docs=[
        Doc("1_prescription.txt", text=f"""
HARROWMERE PANCREAS PROGRAM - SBRT PRESCRIPTION
Patient: {patient(17)}   MRN: {mrn(17)}   Date: 10/09/2026

Site: pancreatic head adenocarcinoma, borderline resectable, after 4 months of FOLFIRINOX
Fiducials: 3 gold markers, EUS-guided, 09/25/2026
Simulation: 10/02/2026, 4DCT with contrast, vacuum cushion, arms up; MRI abdomen 10/02/2026 (T2, DWI) fused
Target        Dose/fx   Fx   Total    Norm
PTV_PancHead  8.0 Gy    5    40.0 Gy  PTV V100% >= 90%
Constraints: duodenum / stomach / bowel D0.5cc < 35 Gy, V20 < 20 cc; kidneys V12 < 25%
Technique: VMAT, TrueBeam, daily CBCT matched to fiducials, exhale breath-hold
Prescriber: M. Delacroix-Obi, MD
{FOOT}
"""),
        Doc("2_fraction_record.pdf", [[
            H1("Fraction Record"),
            KeyValue([("Plan", "PANC_40_5 (VMAT 2 arcs)"), ("Machine", "TrueBeam HPM-1")], value_x=90),
            RuledTable([("Fx", "Date", "Fiducial match", "Breath-hold", "Dose (cGy)", "Cumulative (cGy)"),
                        ("1", "10/19/2026", "CBCT, 3/3", "yes", "800", "800"),
                        ("2", "10/21/2026", "CBCT, 3/3", "yes", "800", "1600"),
                        ("3", "10/23/2026", "CBCT, 3/3", "yes", "800", "2400"),
                        ("4", "10/26/2026", "CBCT, 3/3", "yes", "800", "3200"),
                        ("5", "10/28/2026", "CBCT, 3/3", "yes", "800", "4000")]),
            sig("Therapists: K.M., D.L.; reviewed M. Delacroix-Obi, MD 10/28/2026"),
        ]], opts=opts(_v, _c, 17, "12/19/1958", foot="TheraLog 2 - fraction record")),
        Doc("3_completion_note.txt", text=f"""
HARROWMERE PANCREAS PROGRAM - END OF TREATMENT NOTE
Patient: {patient(17)}   MRN: {mrn(17)}   Date: 10/30/2026

Completed stereotactic body radiotherapy to the pancreatic head tumour, 10/19/2026 - 10/28/2026.
Dose: 33 Gy in 5 fractions to the pancreatic head.
Tolerance: grade 1 nausea and fatigue; no GI bleeding.
Plan: restaging CT and CA 19-9 in 4 weeks; surgical review for possible Whipple.

M. Delacroix-Obi, MD
{FOOT}
"""),
    ])


# ==================================================================================================
# Hard negative: plan withdrawn before treatment
# ==================================================================================================

# b30_20 -- ehr_text: lung SBRT planned and checked, patient chose lobectomy, 0 fractions -------------------
add(name="b30_20", kind="ehr_text", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: EHR export of a lung SBRT course whose plan was approved and second-checked "
          "(54 Gy in 3, 4DCT, Vac-Lok, CBCT ordered) but the patient chose lobectomy before fraction 1; "
          "'Fractions delivered: 0 of 3', course closed. Nothing delivered: facts empty, every category unmet, "
          "every code inconsistent.",
    docs=[Doc("b30_20.txt", text=f"""
*** Tidewater Thoracic Oncology - PathwayEHR export ***
Record: Radiation Course Closure
Patient: {patient(20)} | MRN: {mrn(20)} | DOB: 07/07/1952
Course: C1 LUL SBRT
Planned regimen: 54 Gy in 3 fractions (18 Gy/fx), VMAT, TrueBeam TT-2
Simulation: 4DCT 11/04/2026 in Vac-Lok (planned setup)
Plan approved: 11/09/2026 (K. Armitage-Sole, MD)
Physics second check: 11/10/2026 passed (MU diff 0.8%)
IGRT order: CBCT every fraction (not performed - no fractions given)
First fraction scheduled: 11/12/2026
Status: CLOSED - NOT TREATED
Fractions delivered: 0 of 3
Dose delivered: 0 Gy
Reason: after thoracic surgery second opinion on 11/11/2026 the patient elected video-assisted left upper lobectomy (scheduled 12/08/2026) and declined SBRT. Appointments cancelled; plan retired.
Comment: re-referral welcome if surgery is not performed.
Closed by: K. Armitage-Sole, MD 11/11/2026 16:22
{FOOT}
""")])


CORPUS = Corpus("blind_corpus30", "tests/blind_corpus30", sorted(CHARTS, key=lambda c: c.name),
                pdf_options={"footer": FOOT, "font": "Helvetica"}, hand_written=["README.md", "FIRST_RUN.md"])
