"""Fourth blind corpus, ``tests/blind_corpus4/`` (regenerate: ``python scripts/make_corpus.py blind_corpus4``).

Focus: the documentation CATEGORIES (plan / imaging / positioning / delivery_verification) and the
per-code CONSISTENCY judgement. Every chart claims at least one delivery code (77371/77372/77373) so the
four categories are scored. Labels were written by hand from /work/shared/corpus/README.md and
/work/shared/reference/coding-rules.md, never from the tool's output:

* plan = target delineation AND dose prescription AND treatment parameters (isodose line, arcs/beams/
  shots/collimators/isocentres or planning system); charts drop exactly one of the three, or state all
  three in unusual words.
* imaging = planning or pre-treatment CT/MRI/PET/angiography done for this course; machine imaging
  (CBCT, kV), historical, contraindicated, negated or planned-only imaging does not count.
* positioning = an immobilisation / localisation device actually used.
* delivery_verification = image guidance or tracking, a frame co-ordinate check, or delivery QA; a
  delivered dose or "tolerated well" alone is not verification.
* consistent = false only when documented facts contradict the code (unit, fractions, site, lesion
  class/count, missing frame). Planning/physics codes (77263, 77295, 77300, 77301, 77334, 77370, 77470)
  are never contradicted by the facts of a valid 1-5 fraction course, so they are labelled consistent
  whether or not their supporting documentation is present (a missing note is a gap, not a contradiction).

All patients are synthetic (TESTPATIENT names, SYN-B4 MRNs).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pdfmaker import (
    BulletList,
    Heading,
    KeyValue,
    RuledTable,
    Signature,
    TextTable,
)

from corpusgen import CATEGORIES, DELIVERY, Chart, Corpus, Gold

FOOTER = "SYNTHETIC TEST RECORD - no real patient"
S, C = "simple", "complex"


def label(codes: Sequence[str], modality: str | None, sites: Sequence[str], lesion_count: int | None,
          fractions: int | None, imaging: Sequence[str], positioning: Sequence[str],
          lesions: Sequence[tuple[str, str | None]], cats: tuple[bool, bool, bool, bool, bool],
          consistent: Mapping[str, bool], delivery_code: str | None, notes: str) -> Gold:
    """Hand labels (this corpus's positional shorthand); ``cats``: plan, imaging, positioning,
    delivery_verification, summary. This corpus's own rules: the imaging and positioning facts agree
    with their categories, and every chart claims a delivery code."""
    assert bool(imaging) == cats[1], "imaging fact and category disagree"
    assert bool(positioning) == cats[2], "positioning fact and category disagree"
    assert any(c in DELIVERY for c in codes)
    return Gold(codes, modality, lesions, fractions, imaging, positioning, notes, delivery_code=delivery_code,
                consistent=consistent, categories=dict(zip(CATEGORIES, cats)), sites=sites,
                lesion_count=lesion_count)


def spec(name: str, header: Sequence[str], pages: Sequence[Sequence[Any]], gold: Gold,
         options: Mapping[str, Any] | None = None) -> Chart:
    return Chart(name, pages, gold, {"header": list(header), **LAYOUT.get(name[:5], {}), **(options or {})})


def hdr(clinic: str, patient: str, mrn: str, extra: str = "") -> list[str]:
    line2 = f"{patient}   MRN {mrn}   DOB 01/01/1950"
    return [clinic, line2] + ([extra] if extra else [])


def ok(*codes: str) -> dict[str, bool]:
    return {c: True for c in codes}


ALL = (True, True, True, True, True)


def charts() -> list[Chart]:  # noqa: C901 - a flat list of hand-written charts
    out: list[Chart] = []
    add = out.append

    # 01 plan: no treatment parameters (no isodose line, arcs, planning system)
    add(spec("b4_01_plan_no_parameters", hdr("Riverbend Cancer Institute", "TESTPATIENT, ALMA", "SYN-B401"), [[
        Heading("Stereotactic Radiosurgery - Completion Note"),
        KeyValue([("Diagnosis", "Left occipital metastasis, 1.6 cm, lung adenocarcinoma (C79.31)"),
                  ("Treatment unit", "Varian TrueBeam"), ("Treatment date", "02/11/2025")]),
        "Simulation: a non-contrast planning CT (1 mm slices) and a post-contrast T1 MRI obtained on 02/04/2025 "
        "were fused for target definition. The patient was immobilised in an Encompass frameless mask.",
        "Target: GTV outlined on the post-contrast MRI; PTV = GTV + 1 mm. Prescription: 20 Gy in a single "
        "fraction.",
        "Delivery: a pre-treatment cone-beam CT was matched to the planning CT and the couch shifts were "
        "approved by the attending before beam-on. 20 Gy in 1 fraction was delivered on 02/11/2025.",
        "KPS 90; extracranial disease stable on osimertinib.",
        Signature("Electronically signed: R. Okafor, MD (Radiation Oncology) 02/12/2025"),
    ]], label(["77372", "77432", "61796"], "linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"],
             [("cranial", S)], (False, True, True, True, True), ok("77372", "77432", "61796"), "77372",
             "Plan has delineation (GTV/PTV) and prescription (20 Gy x1) but no treatment parameters (no isodose "
             "line, arcs/beams, isocentre or planning system): plan not met.")))

    # 02 plan: no target delineation
    add(spec("b4_02_plan_no_target", hdr("Lakeshore Radiation Oncology", "TESTPATIENT, BRUNO", "SYN-B402"), [[
        Heading("SBRT Treatment Summary"),
        KeyValue([("Diagnosis", "Peripheral right upper lobe non-small cell lung cancer, cT1bN0, medically "
                                "inoperable (COPD, FEV1 38%)"),
                  ("Machine", "Elekta Versa HD"),
                  ("Course", "03/03/2025 - 03/07/2025, 3 fractions every other day")]),
        "Simulation: 4D CT simulation in a BodyFIX vacuum cushion with both arms above the head.",
        "Plan: 54 Gy in 3 fractions (18 Gy per fraction) prescribed to the 80% isodose line; nine non-coplanar "
        "static beams; planned in Monaco.",
        "Each fraction: cone beam CT registered to the tumour; shifts reviewed and approved by the physician "
        "before treatment.",
        "Delivered: right upper lobe tumour, 54 Gy in 3 fractions. ECOG 1. Follow-up CT chest in 3 months.",
        Signature("Signed: L. Brandt, MD 03/07/2025"),
    ]], label(["77373", "77435"], "linac", ["body"], 1, 3, ["CT"], ["body_immobilization"],
             [("body", None)], (False, True, True, True, True), ok("77373", "77435"), "77373",
             "Dose prescription and parameters (80% IDL, 9 beams, Monaco) but no target delineation "
             "(no GTV/ITV/PTV or contouring mentioned): plan not met.")))

    # 03 plan: no dose prescription anywhere
    add(spec("b4_03_plan_no_dose", hdr("Northfield Neuro-Oncology", "TESTPATIENT, CELIA", "SYN-B403"), [[
        Heading("Fractionated Stereotactic Radiotherapy - Course Summary"),
        "Right cerebellar hemisphere metastasis, 2.4 cm, melanoma. KPS 80; systemic disease controlled on "
        "nivolumab.",
        "Imaging: planning CT (1 mm) and 3 T contrast MRI, fused.",
        "Immobilisation: open-face thermoplastic mask.",
        "Planning: GTV contoured on MRI, PTV = GTV + 2 mm. Planned in Eclipse with four non-coplanar arcs "
        "about a single isocentre.",
        "Treatment: three fractions on 04/07, 04/09 and 04/11/2025 on the Varian Edge; pre-treatment cone beam "
        "before each fraction with approved shifts.",
        Signature("Signed: P. Lindqvist, MD 04/11/2025"),
    ]], label(["77373", "77435", "61796"], "linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"],
             [("cranial", S)], (False, True, True, True, False), ok("77373", "77435", "61796"), "77373",
             "Delineation and parameters documented but no dose prescription (no dose anywhere): plan not met, "
             "summary not met. Cone beam before each fraction is verification.")))

    # 04 GK frame, everything in unusual words
    add(spec("b4_04_gk_frame_unusual", hdr("Summit Gamma Knife Center", "TESTPATIENT, DORIS", "SYN-B404"), [[
        Heading("Radiosurgery Procedure Note"),
        "Indication: right parietal convexity meningioma, 2.2 cm, enlarging; the patient declined resection. "
        "KPS 90.",
        "Under local anaesthetic the patient was pinned to the skull with a Leksell G frame (four pins).",
        "A 1.5 T volumetric T1 post-gadolinium sequence (1 mm) was acquired with the frame and indicator box in "
        "place.",
        "The lesion was outlined on the stereotactic images; 12 Gy was painted to the 50% line with nine shots "
        "(4 and 8 mm collimators) in Leksell GammaPlan.",
        "Before the first shot the frame coordinates were double-checked by the physicist.",
        "Treatment was delivered on 05/14/2025 on the Leksell Gamma Knife Perfexion in a single session. The "
        "frame was removed and the pin sites dressed.",
        Signature("N. Adeyemi, MD (Neurosurgery); J. Holt, MD (Radiation Oncology); K. Sato, PhD (Physics)"),
    ]], label(["77371", "77432", "61796", "61800"], "cobalt60", ["cranial"], 1, 1, ["MRI"], ["frame"],
             [("cranial", S)], ALL, ok("77371", "77432", "61796", "61800"), "77371",
             "Gamma Knife frame case in unusual words: 'pinned to the skull with a Leksell G frame' = frame, "
             "'1.5 T volumetric T1 post-gadolinium sequence' = MRI, 'outlined', 'painted to the 50% line', shots; "
             "'frame coordinates double-checked by the physicist' = verification. Convexity meningioma 2.2 cm "
             "is simple.")))

    # 05 CyberKnife single session cranial, unusual words, complex lesion, G0339
    add(spec("b4_05_ck_vs_single", hdr("Pacific Robotic Radiosurgery", "TESTPATIENT, EMIL", "SYN-B405"), [[
        Heading("CyberKnife Radiosurgery Summary"),
        KeyValue([("Diagnosis", "Left vestibular schwannoma, 1.8 cm (Koos II)"), ("System", "CyberKnife M6"),
                  ("Date", "06/02/2025, single session")], bold_labels=True),
        "Immobilisation: Orfit mask moulded at simulation.",
        "Imaging: thin-cut (1 mm) contrast CT acquired in treatment position, fused with a high-resolution MR "
        "(T2 CISS) of the internal auditory canals.",
        "Plan: tumour outlined on the fused images; cochlea and brainstem contoured as organs at risk. 12 Gy to "
        "the 80% isodose; collimator 7.5 mm (Iris), 146 non-isocentric beams; planned in Precision.",
        "Delivery: 6D skull tracking with paired kV images every 30-60 s; all corrections within limits.",
        "Summary: left vestibular schwannoma, 12 Gy in 1 fraction. Serviceable hearing at baseline.",
        Signature("Signed: T. Mendez, MD and A. Novak, MS DABR 06/02/2025"),
    ]], label(["77372", "77432", "61798", "G0339"], "robotic_linac", ["cranial"], 1, 1, ["CT", "MRI"],
             ["mask"], [("cranial", C)], ALL, ok("77372", "77432", "61798", "G0339"), "77372",
             "CyberKnife single-session cranial: 77372 and G0339 (robotic, complete one-session course) fit; "
             "vestibular schwannoma is complex so 61798 fits. Unusual words: thin-cut contrast CT in treatment "
             "position, Orfit mask, collimator 7.5 mm.")))

    # 06 lung SBRT, unusual plan words, body frame, planning codes documented
    add(spec("b4_06_lung_raystation", hdr("Harbor Thoracic Oncology", "TESTPATIENT, FRIDA", "SYN-B406",
                                           "Stereotactic Ablative Radiotherapy"), [[
        Heading("SABR Course Summary"),
        "Left upper lobe adenocarcinoma, 2.3 cm, T1cN0; declined lobectomy. ECOG 0.",
        Heading("Set-up and simulation", level=2),
        "Positioned in a stereotactic body frame with an abdominal compression plate. 4D CT simulation on "
        "06/30/2025.",
        Heading("Planning", level=2),
        "ITV outlined on the 4D scan's maximum-intensity projection; PTV = ITV + 5 mm. 48 Gy in 4 fractions, 12 "
        "non-coplanar beams, single isocentre, planned in RayStation. DVH reviewed: chest wall V30 12 cc, "
        "bronchial tree Dmax 21 Gy. Complex treatment planning by the attending.",
        Heading("Delivery", level=2),
        RuledTable([("Fraction", "Date", "Dose", "Pre-treatment imaging"),
                    ("1", "07/07/2025", "12 Gy", "cone beam, shifts approved"),
                    ("2", "07/09/2025", "12 Gy", "cone beam, shifts approved"),
                    ("3", "07/11/2025", "12 Gy", "cone beam, shifts approved"),
                    ("4", "07/14/2025", "12 Gy", "cone beam, shifts approved")]),
        "Unit: Elekta Infinity. Total 48 Gy in 4 fractions to the left upper lobe tumour.",
        Signature("Electronically signed by M. Quarshie, MD on 07/14/2025"),
    ]], label(["77373", "77435", "77263", "77295"], "linac", ["body"], 1, 4, ["CT"], ["body_immobilization"],
             [("body", None)], ALL, ok("77373", "77435", "77263", "77295"), "77373",
             "All plan elements in unusual words (outlined on MIP, 12 non-coplanar beams, single isocentre, "
             "RayStation); stereotactic body frame = body immobilisation; 77263/77295 documented.")))

    # 07 imaging only at the machine (CBCT)
    add(spec("b4_07_liver_cbct_only", hdr("Metro Liver & GI Radiation", "TESTPATIENT, GIDEON", "SYN-B407"), [[
        Heading("Liver SBRT - End of Treatment Summary"),
        "Diagnosis: hepatocellular carcinoma, segment VII, 3.1 cm, Child-Pugh A6; not suitable for ablation "
        "because of its subdiaphragmatic position.",
        "Immobilisation: Vac-Lok bag with the arms up.",
        "Plan: GTV contoured, PTV = GTV + 5 mm; 45 Gy in 3 fractions to the 80% isodose; three VMAT arcs "
        "(Eclipse).",
        "Image guidance: cone-beam CT before each fraction, matched on the liver; shifts approved by the "
        "physician.",
        "Fractions delivered on 08/04, 08/06 and 08/08/2025 on the TrueBeam: 45 Gy in 3 fractions.",
        Signature("Signed: V. Castillo, MD 08/08/2025"),
    ]], label(["77373", "77435"], "linac", ["body"], 1, 3, [], ["body_immobilization"], [("body", None)],
             (True, False, True, True, True), ok("77373", "77435"), "77373",
             "No planning CT/MRI documented; the only imaging is cone-beam CT at the machine: imaging not met.")))

    # 08 imaging contraindicated / planned-only; bite-block mask; 61800 without frame
    add(spec("b4_08_imaging_contraindicated", hdr("Ridgeview Medical Center", "TESTPATIENT, HANNA",
                                                   "SYN-B408"), [[
        Heading("Radiosurgery Note"),
        "Left frontal metastasis, 1.1 cm, renal cell carcinoma. KPS 80.",
        "MRI is contraindicated (non-MR-conditional pacemaker). A follow-up CT of the head will be obtained six "
        "weeks after treatment.",
        "Positioning: frameless thermoplastic mask with a custom bite-block; no stereotactic head frame was "
        "applied.",
        "Plan: GTV contoured, PTV = GTV + 1 mm; 20 Gy to the 80% isodose line with five dynamic conformal arcs "
        "(Brainlab Elements).",
        "ExacTrac stereoscopic X-rays before each arc; 6D corrections applied.",
        "Treated on the Novalis TrueBeam STx on 09/03/2025: 20 Gy in a single fraction to the left frontal "
        "metastasis.",
        Signature("Signed: D. Farouk, MD 09/03/2025"),
    ]], label(["77372", "77432", "61796", "61800"], "linac", ["cranial"], 1, 1, [], ["mask"],
             [("cranial", S)], (True, False, True, True, True),
             {"77372": True, "77432": True, "61796": True, "61800": False}, "77372",
             "MRI contraindicated and CT only planned for follow-up, no planning imaging documented: imaging [] "
             "and not met. Mask with bite-block, explicitly no frame: 61800 inconsistent.")))

    # 09 historical imaging vs planning CT; knee-fix and vacuum bag; AlignRT
    add(spec("b4_09_lung_history_alignrt", hdr("Cedar Valley Oncology", "TESTPATIENT, IVAR", "SYN-B409"), [[
        Heading("Stereotactic Body Radiotherapy"),
        "History: right lower lobe adenocarcinoma resected in 2019 (staging PET/CT and brain MRI in 2019 showed "
        "no metastases). Now a new left upper lobe nodule, 1.4 cm, biopsy-proven second primary; he declines "
        "further surgery. ECOG 1.",
        "Simulation (10/01/2025): 4D CT in treatment position with a knee-fix and vacuum bag (custom "
        "immobilisation device).",
        "Plan: ITV outlined on all 4D phases, PTV = ITV + 5 mm; 50 Gy in 5 fractions prescribed to the 80% "
        "isodose; two partial VMAT arcs (Eclipse). Complex treatment planning by Dr. Ruiz.",
        "Set-up: surface-guided setup with AlignRT before each fraction and continuous surface monitoring "
        "during beam-on.",
        "Delivered on the TrueBeam 10/08, 10/10, 10/13, 10/15 and 10/16/2025: left upper lobe nodule 50 Gy in "
        "5 fractions.",
        Signature("Signed: E. Ruiz, MD 10/16/2025"),
    ]], label(["77373", "77435", "77263", "77334"], "linac", ["body"], 1, 5, ["CT"], ["body_immobilization"],
             [("body", None)], ALL, ok("77373", "77435", "77263", "77334"), "77373",
             "2019 PET/CT and brain MRI are history of the disease, not imaging for this course: imaging = CT "
             "(4D planning CT) only. Knee-fix + vacuum bag = body immobilisation; AlignRT surface guidance = "
             "verification.")))

    # 10 GK Icon, only historical MRI, CBCT at machine
    add(spec("b4_10_gk_icon_history_only", hdr("Lakeside Gamma Knife Unit", "TESTPATIENT, JUNE", "SYN-B410"), [[
        Heading("Gamma Knife Treatment Record"),
        "Right vestibular schwannoma, first identified on MRI in 2014 and followed clinically since. Now "
        "progressive hearing loss and tinnitus; the patient chose radiosurgery.",
        "Mask-based single session on the Leksell Gamma Knife Icon on 11/05/2025. Cone-beam CT stereotactic "
        "reference; intrafraction motion monitored with the infrared nose marker.",
        "Tumour (1.6 cm) outlined in GammaPlan; 12 Gy to the 50% isodose with 14 shots; cochlea mean 3.8 Gy.",
        "Delivered: right vestibular schwannoma, 12 Gy in one session.",
        Signature("Signed: G. Lorentz, MD; H. Ibe, PhD 11/05/2025"),
    ]], label(["77371", "77432", "61798"], "cobalt60", ["cranial"], 1, 1, [], ["mask"], [("cranial", C)],
             (True, False, True, True, True), ok("77371", "77432", "61798"), "77371",
             "Only MRI mentioned is from 2014 (history); cone-beam CT at the machine is not planning imaging: "
             "imaging [] and not met. Vestibular schwannoma complex.")))

    # 11 positioning explicitly negated
    add(spec("b4_11_prostate_no_immob", hdr("Greenway Urology Radiation Center", "TESTPATIENT, KARL",
                                             "SYN-B411"), [[
        Heading("Prostate SBRT Summary"),
        KeyValue([("Diagnosis", "Low-risk prostate adenocarcinoma, Gleason 3+3, PSA 5.2"),
                  ("Unit", "Varian TrueBeam"), ("Dates", "11/03, 11/05, 11/07, 11/10, 11/12/2025")]),
        "Planning CT and T2 MRI of the pelvis were fused.",
        "No immobilization device or fiducial markers were used; the patient was positioned supine with a "
        "comfortably full bladder.",
        "Plan: prostate CTV, PTV = CTV + 4 mm (3 mm posteriorly); 36.25 Gy in 5 fractions; two full VMAT arcs "
        "in Eclipse; rectum V36 Gy < 1 cc. Dose calculation checked.",
        "CBCT before each fraction; soft-tissue match approved by the physician.",
        "Delivered 36.25 Gy in 5 fractions to the prostate.",
        Signature("Signed: O. Brennan, MD 11/12/2025"),
    ]], label(["77373", "77435", "77300"], "linac", ["body"], 1, 5, ["CT", "MRI"], [], [("body", None)],
             (True, True, False, True, True), ok("77373", "77435", "77300"), "77373",
             "Immobilisation and fiducials explicitly not used: positioning [] and not met.")))

    # 12 positioning not documented at all; spine two levels; stereoscopic kV with 6D correction
    add(spec("b4_12_spine_no_positioning", hdr("Northgate Spine Radiosurgery", "TESTPATIENT, LIV",
                                                "SYN-B412"), [[
        Heading("Spine SBRT - Treatment Summary"),
        "Renal cell carcinoma metastases to the T10 and L1 vertebral bodies, previously unirradiated; "
        "radioresistant histology. KPS 80.",
        "Planning CT (1 mm) fused with MRI of the thoracolumbar spine.",
        "Plan: GTV and CTV per consensus contouring guidelines; PTV = CTV + 2 mm; 24 Gy in 2 fractions to each "
        "level; 9-field IMRT with one isocentre per level; planned in Eclipse. Spinal cord Dmax 16.8 Gy.",
        "Before each fraction: stereoscopic kV imaging with 6D correction, repeated after every couch move.",
        TextTable([("Level", "Dose", "Dates"), ("T10", "24 Gy / 2 fx", "12/01 and 12/02/2025"),
                   ("L1", "24 Gy / 2 fx", "12/01 and 12/02/2025")], columns=(0, 120, 260)),
        "Unit: Novalis TrueBeam STx.",
        Signature("Signed: S. Varga, MD 12/02/2025"),
    ]], label(["77373", "77435", "63620", "63621"], "linac", ["spinal"], 2, 2, ["CT", "MRI"], [],
             [("spinal", None), ("spinal", None)], (True, True, False, True, True),
             ok("77373", "77435", "63620", "63621"), "77373",
             "No immobilisation or localisation device documented: positioning not met. 'Stereoscopic kV imaging "
             "with 6D correction' = verification. Two spinal levels: 63620 + 63621 consistent.")))

    # 13 three cranial mets, Orfit mask with bite-block
    add(spec("b4_13_three_mets_biteblock", hdr("Bayview Radiosurgery", "TESTPATIENT, MAGNUS", "SYN-B413"), [[
        Heading("Single-Isocentre Multiple-Metastasis SRS"),
        "Breast cancer (HER2+) with three new brain metastases. KPS 90.",
        "Immobilisation: Orfit mask with a custom bite-block.",
        "Imaging: planning CT (1 mm) and contrast-enhanced MRI fused on 01/06/2026.",
        "Plan: each GTV outlined on MRI, PTV = GTV + 1 mm; single isocentre, four non-coplanar arcs (HyperArc, "
        "Eclipse); prescribed to the 80% isodose.",
        TextTable([("Target", "Size", "Dose"), ("Right frontal", "1.2 cm", "20 Gy"),
                   ("Left parietal", "0.8 cm", "20 Gy"), ("Right occipital", "2.0 cm", "18 Gy")],
                  columns=(0, 150, 260)),
        "Pre-treatment cone beam CT with approved shifts and intrafraction optical surface monitoring. All three "
        "targets treated in one session on the TrueBeam on 01/13/2026.",
        Signature("Signed: C. Whitfield, MD 01/13/2026"),
    ]], label(["77372", "77432", "61796", "61797"], "linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"],
             [("cranial", S)] * 3, ALL, ok("77372", "77432", "61796", "61797"), "77372",
             "Three simple metastases, single session linac: 61796 + 61797 consistent; Orfit mask with "
             "bite-block = mask.")))

    # 14 pancreas: stereotactic body frame + fiducials
    add(spec("b4_14_pancreas_body_frame", hdr("Unity Health GI Oncology", "TESTPATIENT, NORA", "SYN-B414"), [[
        Heading("Pancreas SBRT Summary"),
        "Pancreatic head adenocarcinoma, borderline resectable, after six cycles of FOLFIRINOX. ECOG 1.",
        "Three gold fiducials were placed endoscopically on 01/20/2026.",
        "Set-up: stereotactic body frame with abdominal compression. Contrast 4D CT simulation on 01/28/2026.",
        "Plan: GTV outlined, PTV = GTV + 3 mm; 33 Gy in 5 fractions; two VMAT arcs (Monaco); duodenum D0.5cc "
        "< 33 Gy.",
        "kV cone-beam CT before each fraction with fiducial match; shifts approved.",
        "Delivered 02/09 - 02/13/2026 on the Versa HD: 33 Gy in 5 fractions to the pancreatic head tumour.",
        Signature("Signed: I. Kowalczyk, MD 02/13/2026"),
    ]], label(["77373", "77435"], "linac", ["body"], 1, 5, ["CT"], ["body_immobilization", "fiducials"],
             [("body", None)], ALL, ok("77373", "77435"), "77373",
             "Stereotactic body frame = body immobilisation; implanted gold fiducials.")))

    # 15 delivery verification: only a delivered dose
    add(spec("b4_15_cranial_dose_only", hdr("Westbrook Community Cancer Center", "TESTPATIENT, OTTO",
                                             "SYN-B415"), [[
        Heading("SRS Summary"),
        "Right temporal metastasis, 1.4 cm, colorectal adenocarcinoma. KPS 80.",
        "Planning CT and T1 post-contrast MRI fused. Thermoplastic mask.",
        "GTV on MRI, PTV = GTV + 1 mm; 20 Gy to the 80% isodose; five non-coplanar VMAT arcs (Monaco).",
        "Delivered 20 Gy in 1 fraction on the Versa HD on 01/21/2025 without incident. Follow-up MRI in 8 "
        "weeks.",
        Signature("Signed: F. Amsel, MD 01/21/2025"),
    ]], label(["77372", "77432", "61796"], "linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"],
             [("cranial", S)], (True, True, True, False, True), ok("77372", "77432", "61796"), "77372",
             "Only a delivered dose; no image guidance, frame check or QA: delivery_verification not met.")))

    # 16 delivery verification: only 'tolerated well'; planned-only PET
    add(spec("b4_16_adrenal_tolerated", hdr("Hillcrest Radiation Therapy", "TESTPATIENT, PIA", "SYN-B416"), [[
        Heading("Adrenal SBRT - Completion Summary"),
        "Left adrenal metastasis, 3.0 cm, oligoprogressive NSCLC. ECOG 1.",
        "4D CT simulation in an Alpha Cradle on 01/27/2025.",
        "ITV outlined, PTV = ITV + 5 mm; 40 Gy in 5 fractions to the 80% isodose; two VMAT arcs planned in "
        "RayStation.",
        "Treated 02/03 - 02/07/2025 on the TrueBeam. The patient tolerated all five fractions well with mild "
        "fatigue. A repeat PET-CT is planned three months after treatment.",
        Signature("Signed: U. Halvorsen, MD 02/07/2025"),
    ]], label(["77373", "77435"], "linac", ["body"], 1, 5, ["CT"], ["body_immobilization"], [("body", None)],
             (True, True, True, False, True), ok("77373", "77435"), "77373",
             "Only 'tolerated well': delivery_verification not met. PET-CT is planned only: imaging = CT.")))

    # 17 CyberKnife prostate, fiducial-based tracking, G0339 + G0340
    add(spec("b4_17_ck_prostate_fiducials", hdr("Coastal CyberKnife Center", "TESTPATIENT, QUINN",
                                                 "SYN-B417"), [[
        Heading("CyberKnife Prostate SBRT"),
        "Favourable intermediate-risk prostate cancer, Gleason 3+4, PSA 7.9.",
        "Four gold fiducial markers placed transperineally ten days before simulation.",
        "Planning CT (1.5 mm) and MRI fused.",
        "Plan: prostate CTV, PTV = CTV + 3 mm (2 mm posteriorly); 36.25 Gy in 5 fractions to the 85% isodose; "
        "160 non-isocentric beams; planned in Precision.",
        "Fiducial-based tracking (Synchrony) throughout each fraction.",
        RuledTable([("Session", "Date", "Dose"), ("1", "03/02/2026", "7.25 Gy"), ("2", "03/04/2026", "7.25 Gy"),
                    ("3", "03/06/2026", "7.25 Gy"), ("4", "03/09/2026", "7.25 Gy"),
                    ("5", "03/11/2026", "7.25 Gy")]),
        "CyberKnife S7. Total 36.25 Gy in 5 fractions.",
        Signature("Signed: W. Tan, MD 03/11/2026"),
    ]], label(["77373", "77435", "G0339", "G0340"], "robotic_linac", ["body"], 1, 5, ["CT", "MRI"],
             ["fiducials"], [("body", None)], ALL, ok("77373", "77435", "G0339", "G0340"), "77373",
             "Robotic 5-session course: G0339 (session 1) and G0340 (sessions 2-5) consistent; fiducial-based "
             "tracking = verification and fiducials = positioning.")))

    # 18 single-fraction lung, only patient-specific QA as verification
    add(spec("b4_18_lung_single_arccheck", hdr("Redwood Thoracic Radiation", "TESTPATIENT, ROSA", "SYN-B418"), [[
        Heading("Single-Fraction Lung SBRT"),
        "Peripheral left lower lobe NSCLC, 1.7 cm, T1bN0, medically inoperable. ECOG 2.",
        "4D CT simulation in a BodyFIX cushion.",
        "ITV outlined, PTV = ITV + 5 mm; 34 Gy in 1 fraction prescribed to the 80% isodose; two VMAT arcs "
        "(Eclipse).",
        "Patient-specific QA with ArcCHECK passed (gamma 3%/2 mm: 99.1%).",
        "Delivered 34 Gy in 1 fraction on 03/12/2025 on the TrueBeam.",
        Signature("Signed: B. Eriksen, MD 03/12/2025"),
    ]], label(["77373", "77435"], "linac", ["body"], 1, 1, ["CT"], ["body_immobilization"], [("body", None)],
             ALL, ok("77373", "77435"), "77373",
             "Single-fraction body SBRT: 77373 and 77435 fit. Patient-specific ArcCHECK QA = delivery QA, which "
             "the README counts as delivery verification.")))

    # 19 GK Icon 3 fractions billed as 77371/77432/61796, 3.6 cm lesion (complex by size)
    add(spec("b4_19_icon_fractionated_wrong", hdr("Gamma Knife Institute East", "TESTPATIENT, SVEN",
                                                   "SYN-B419"), [[
        Heading("Gamma Knife Icon - Hypofractionated Course"),
        "Right frontal metastasis, 3.6 cm, breast cancer. KPS 80.",
        "Frameless: thermoplastic mask; cone-beam CT stereotactic reference before each fraction and infrared "
        "nose-marker motion monitoring.",
        "Planning MRI (T1 post-contrast, 1 mm) on 04/01/2025.",
        "Target outlined; 27 Gy in 3 fractions to the 50% isodose; 22 shots in GammaPlan.",
        "Fractions: 04/03, 04/04 and 04/07/2025 (9 Gy each).",
        Signature("Signed: Y. Moreau, MD 04/07/2025"),
    ]], label(["77371", "77432", "61796"], "cobalt60", ["cranial"], 1, 3, ["MRI"], ["mask"],
             [("cranial", C)], ALL, {"77371": False, "77432": False, "61796": False}, "77373",
             "Fractionated Gamma Knife (3 fx): 77371 and 77432 are single-session codes (inconsistent); the "
             "3.6 cm lesion is complex by size (>= 3.5 cm) so 61796 is inconsistent.")))

    # 20 GK Icon pituitary 5 fractions, correctly billed
    add(spec("b4_20_icon_pituitary_5fx", hdr("Gamma Knife Institute East", "TESTPATIENT, TILDA", "SYN-B420"), [[
        Heading("Gamma Knife Icon - Fractionated Radiosurgery"),
        "Residual non-functioning pituitary macroadenoma after transsphenoidal resection, 2.1 cm, 1 mm from the "
        "optic chiasm.",
        "Mask-based; cone-beam CT before each fraction and infrared nose-marker motion monitoring.",
        "Planning MRI: thin coronal T1 post-contrast, 05/05/2025.",
        "Residual tumour outlined; 25 Gy in 5 fractions to the 50% isodose; GammaPlan, 18 shots; chiasm Dmax "
        "23 Gy.",
        "Fractions 05/12 - 05/16/2025, 5 Gy each.",
        Signature("Signed: Y. Moreau, MD 05/16/2025"),
    ]], label(["77373", "77435", "61798"], "cobalt60", ["cranial"], 1, 5, ["MRI"], ["mask"], [("cranial", C)],
             ALL, ok("77373", "77435", "61798"), "77373",
             "Fractionated Gamma Knife: 77373 + 77435 consistent; pituitary tumour complex: 61798.")))

    # 21 GK frame two mets billed with 77372
    add(spec("b4_21_gk_frame_billed_linac", hdr("Summit Gamma Knife Center", "TESTPATIENT, UMA", "SYN-B421"), [[
        Heading("Radiosurgery Procedure Note"),
        KeyValue([("Diagnosis", "Two brain metastases, small cell lung cancer"),
                  ("Unit", "Leksell Gamma Knife Perfexion"), ("Date", "06/10/2025")]),
        "A Leksell frame was applied under local anaesthesia. Stereotactic CT and MRI were obtained with the "
        "frame on.",
        "Targets outlined on MRI in GammaPlan: left frontal 0.9 cm (20 Gy to the 50% isodose, 3 shots) and right "
        "cerebellar 1.3 cm (18 Gy to the 50% isodose, 5 shots).",
        "The physicist performed an independent second check of the shot coordinates and treatment time before "
        "delivery. Both targets treated in one session; frame removed.",
        Signature("Signed: N. Adeyemi, MD; K. Sato, PhD"),
    ]], label(["77372", "77432", "61796", "61797", "61800"], "cobalt60", ["cranial"], 2, 1, ["CT", "MRI"],
             ["frame"], [("cranial", S)] * 2, ALL,
             {"77372": False, "77432": True, "61796": True, "61797": True, "61800": True}, "77371",
             "Gamma Knife (Co-60) billed with the linac code 77372: inconsistent. Other codes fit.")))

    # 22 single-session spine billed with cranial codes
    add(spec("b4_22_spine_single_cranial_codes", hdr("Lakeshore Radiation Oncology", "TESTPATIENT, VERA",
                                                      "SYN-B422"), [[
        Heading("Spine Radiosurgery Note"),
        "T8 vertebral body metastasis, prostate cancer, minimal epidural extension (Bilsky 1a). KPS 80.",
        "CT simulation (1 mm) fused with MRI of the thoracic spine. Vac-Lok cushion.",
        "GTV and CTV (vertebral body and pedicles) contoured, PTV = CTV + 2 mm; 16 Gy in 1 fraction; two VMAT "
        "arcs (Eclipse); spinal cord Dmax 11.8 Gy.",
        "Cone-beam CT with 6DoF couch correction before treatment, physician approved.",
        "Delivered 16 Gy in a single fraction on 06/16/2025 on the TrueBeam.",
        Signature("Signed: L. Brandt, MD 06/16/2025"),
    ]], label(["77372", "77432", "63620", "61796"], "linac", ["spinal"], 1, 1, ["CT", "MRI"],
             ["body_immobilization"], [("spinal", None)], ALL,
             {"77372": False, "77432": False, "63620": True, "61796": False}, "77373",
             "Single-fraction spine: 77372/77432 are cranial-only and 61796 is a cranial lesion code "
             "(inconsistent); 63620 fits; delivery code 77373.")))

    # 23 single-session cranial billed as SBRT
    add(spec("b4_23_cranial_single_billed_sbrt", hdr("Elm Street Cancer Care", "TESTPATIENT, WALDO",
                                                      "SYN-B423"), [[
        Heading("Stereotactic Radiosurgery Summary"),
        "Left frontal metastasis, 1.9 cm, endometrial carcinoma. KPS 90.",
        "Thermoplastic mask; planning CT and gadolinium-enhanced MRI fused.",
        "GTV contoured on MRI, PTV = GTV + 1 mm; 18 Gy to the 80% isodose; three non-coplanar arcs "
        "(Monaco).",
        "XVI cone-beam CT before treatment with approved 6D couch shift.",
        "Delivered 18 Gy in 1 fraction on the Elekta Infinity on 07/01/2025.",
        Signature("Signed: H. Duarte, MD 07/01/2025"),
    ]], label(["77373", "77435", "61796"], "linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"],
             [("cranial", S)], ALL, {"77373": False, "77435": False, "61796": True}, "77372",
             "Single-session cranial course billed as SBRT: 77373 and 77435 inconsistent; delivery code 77372.")))

    # 24 CyberKnife cranial 3 fx: 77432 wrong, G0339/G0340 right
    add(spec("b4_24_ck_cranial_3fx", hdr("Pacific Robotic Radiosurgery", "TESTPATIENT, XENIA", "SYN-B424"), [[
        Heading("CyberKnife Fractionated SRS"),
        "Left temporal metastasis, 2.8 cm, NSCLC. KPS 80.",
        "Aquaplast mask; planning CT (1 mm, contrast) fused with MRI.",
        "GTV outlined on MRI, PTV = GTV + 1 mm; 27 Gy in 3 fractions to the 70% isodose; 12.5 mm fixed cone, 118 "
        "beams; MultiPlan.",
        "6D skull tracking during every fraction.",
        "Fractions: 08/04, 08/05 and 08/06/2025 on the CyberKnife G4; 9 Gy each.",
        Signature("Signed: T. Mendez, MD 08/06/2025"),
    ]], label(["77373", "77432", "G0339", "G0340"], "robotic_linac", ["cranial"], 1, 3, ["CT", "MRI"],
             ["mask"], [("cranial", S)], ALL,
             {"77373": True, "77432": False, "G0339": True, "G0340": True}, "77373",
             "Robotic fractionated cranial (3 fx): 77373, G0339 (session 1), G0340 (sessions 2-3) fit; 77432 is "
             "single-session management (inconsistent).")))

    # 25 linac single session with G0339
    add(spec("b4_25_linac_g0339", hdr("Riverbend Cancer Institute", "TESTPATIENT, YUSUF", "SYN-B425"), [[
        Heading("SRS Treatment Note"),
        "Right parietal metastasis, 1.0 cm, melanoma. KPS 90.",
        "Encompass mask. Planning CT and MRI (T1 post-gadolinium) fused.",
        "GTV on MRI, PTV = GTV + 1 mm; 22 Gy to the 80% isodose; four non-coplanar arcs (Eclipse HyperArc).",
        "Cone-beam CT before beam-on; shifts approved.",
        "22 Gy in 1 fraction delivered on the TrueBeam on 08/12/2025.",
        Signature("Signed: R. Okafor, MD 08/12/2025"),
    ]], label(["77372", "77432", "G0339", "61796"], "linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"],
             [("cranial", S)], ALL, {"77372": True, "77432": True, "G0339": False, "61796": True}, "77372",
             "Gantry linac: G0339 is for robotic linac only (inconsistent).")))

    # 26 CK single session with G0340
    add(spec("b4_26_ck_single_g0340", hdr("Coastal CyberKnife Center", "TESTPATIENT, ZORA", "SYN-B426"), [[
        Heading("CyberKnife SRS - Single Session"),
        "Two brain metastases from breast cancer: left frontal 1.1 cm and right cerebellar 0.7 cm. KPS 90.",
        "Thermoplastic mask. Contrast planning CT fused with MRI.",
        "Both GTVs outlined on MRI, no margin; 20 Gy to the 75% isodose for each; Iris collimator, 204 beams; "
        "Precision.",
        "6D skull tracking throughout the session.",
        "Treated 09/08/2025 in one session on the CyberKnife M6: left frontal 20 Gy, right cerebellar 20 Gy.",
        Signature("Signed: W. Tan, MD 09/08/2025"),
    ]], label(["77372", "77432", "G0339", "G0340", "61796", "61797"], "robotic_linac", ["cranial"], 2, 1,
             ["CT", "MRI"], ["mask"], [("cranial", S)] * 2, ALL,
             {"77372": True, "77432": True, "G0339": True, "G0340": False, "61796": True, "61797": True}, "77372",
             "Single robotic session: G0339 fits, G0340 (sessions 2-5) inconsistent.")))

    # 27 eight-fraction lung course billed as SBRT
    add(spec("b4_27_lung_8fx", hdr("Harbor Thoracic Oncology", "TESTPATIENT, ABEL", "SYN-B427"), [[
        Heading("Hypofractionated Lung Radiotherapy - Summary"),
        "Central right hilar NSCLC, 3.4 cm, abutting the right main bronchus. ECOG 1.",
        "4D CT simulation in a vacuum bag.",
        "ITV outlined, PTV = ITV + 5 mm; 60 Gy in 8 fractions to the 80% isodose; two VMAT arcs (RayStation).",
        "Cone-beam CT before each fraction, approved by the physician.",
        "Treated 09/15 - 09/26/2025 on the Elekta Infinity: 60 Gy in 8 fractions.",
        Signature("Signed: M. Quarshie, MD 09/26/2025"),
    ]], label(["77373", "77435", "77263"], "linac", ["body"], 1, 8, ["CT"], ["body_immobilization"],
             [("body", None)], ALL, {"77373": False, "77435": False, "77263": True}, None,
             "Eight fractions: not SBRT, 77373/77435 inconsistent, no delivery code; 77263 planning fits any "
             "course.")))

    # 28 brainstem metastasis billed 61796
    add(spec("b4_28_pons_61796", hdr("Westbrook Community Cancer Center", "TESTPATIENT, BEA", "SYN-B428"), [[
        Heading("SRS Summary"),
        "Pontine metastasis, 0.9 cm, lying within the brainstem; small cell lung cancer. KPS 70.",
        "Planning CT and MRI fused; thermoplastic mask.",
        "GTV on MRI, PTV = GTV + 1 mm; 15 Gy to the 80% isodose; five non-coplanar arcs (Monaco).",
        "Pre-treatment cone-beam CT, shifts approved.",
        "15 Gy in 1 fraction delivered on the Versa HD on 10/02/2025.",
        Signature("Signed: F. Amsel, MD 10/02/2025"),
    ]], label(["77372", "77432", "61796"], "linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"],
             [("cranial", C)], ALL, {"77372": True, "77432": True, "61796": False}, "77372",
             "Brainstem lesion is complex: 61796 inconsistent (61798 expected).")))

    # 29 trigeminal neuralgia GK frame
    add(spec("b4_29_gk_trigeminal", hdr("Summit Gamma Knife Center", "TESTPATIENT, CARLO", "SYN-B429"), [[
        Heading("Functional Radiosurgery - Trigeminal Neuralgia"),
        "Right V2/V3 trigeminal neuralgia refractory to carbamazepine and oxcarbazepine; not a candidate for "
        "microvascular decompression.",
        "Leksell frame applied with four pins under local anaesthetic. Stereotactic CT (frame on) fused with "
        "thin-slice FIESTA MRI.",
        "Right trigeminal nerve outlined on FIESTA; one 4 mm shot at the root entry zone; 80 Gy maximum dose "
        "(100% isodose) in GammaPlan; brainstem surface 15 Gy.",
        "Frame coordinates double-checked by the physicist and the neurosurgeon before treatment.",
        "Delivered on the Leksell Gamma Knife Perfexion in one session on 10/20/2025.",
        Signature("Signed: N. Adeyemi, MD; K. Sato, PhD"),
    ]], label(["77371", "77432", "61798", "61800"], "cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"],
             [("cranial", C)], ALL, ok("77371", "77432", "61798", "61800"), "77371",
             "Functional target (trigeminal neuralgia) is complex: 61798; frame applied: 61800.")))

    # 30 GK two simple mets billed 61798/61799
    add(spec("b4_30_gk_simple_billed_complex", hdr("Lakeside Gamma Knife Unit", "TESTPATIENT, DAGNY",
                                                    "SYN-B430"), [[
        Heading("Gamma Knife Treatment Record"),
        "Two lung cancer metastases: left parietal 1.5 cm and right frontal 2.0 cm. KPS 90.",
        "Leksell G frame placed under local anaesthesia; stereotactic MRI (T1 post-contrast) with the frame on.",
        "Targets outlined in GammaPlan; 20 Gy (left parietal) and 18 Gy (right frontal) to the 50% isodose.",
        "Frame co-ordinates verified by the physicist before treatment.",
        "Both lesions treated on the Leksell Gamma Knife Perfexion in one session on 11/03/2025.",
        Signature("Signed: G. Lorentz, MD; H. Ibe, PhD"),
    ]], label(["77371", "77432", "61798", "61799", "61800"], "cobalt60", ["cranial"], 2, 1, ["MRI"], ["frame"],
             [("cranial", S)] * 2, ALL,
             {"77371": True, "77432": True, "61798": False, "61799": False, "61800": True}, "77371",
             "Both lesions simple: 61798 and 61799 inconsistent (61796 + 61797 expected).")))

    # 31 mixed set, 5 fractions, 61799 with only one complex lesion
    add(spec("b4_31_mixed_5fx_61799", hdr("Northfield Neuro-Oncology", "TESTPATIENT, EDVIN", "SYN-B431"), [[
        Heading("Fractionated SRS - Three Lesions"),
        "Renal cell carcinoma with three brain metastases. KPS 80.",
        "Open-face mask. Planning CT and contrast MRI fused.",
        RuledTable([("Lesion", "Size", "Dose"), ("Right frontal", "3.8 cm", "25 Gy in 5 fx"),
                    ("Left occipital", "1.0 cm", "30 Gy in 5 fx"), ("Left frontal", "0.6 cm", "30 Gy in 5 fx")]),
        "GTVs outlined on MRI, PTV = GTV + 2 mm; single isocentre, four non-coplanar arcs (Eclipse); "
        "prescribed to the 80% isodose.",
        "Cone beam CT before each fraction. Fractions 11/10 - 11/14/2025 on the Varian Edge.",
        Signature("Signed: P. Lindqvist, MD 11/14/2025"),
    ]], label(["77373", "77435", "61798", "61797", "61799"], "linac", ["cranial"], 3, 5, ["CT", "MRI"],
             ["mask"], [("cranial", C), ("cranial", S), ("cranial", S)], ALL,
             {"77373": True, "77435": True, "61798": True, "61797": True, "61799": False}, "77373",
             "One complex lesion (3.8 cm) + two simple: 61798 first + 61797 consistent; 61799 (additional complex) "
             "inconsistent.")))

    # 32 mixed set billed 61796 + 61797 (optic nerve proximity)
    add(spec("b4_32_optic_nerve_61796", hdr("Bayview Radiosurgery", "TESTPATIENT, FENJA", "SYN-B432"), [[
        Heading("SRS Summary"),
        "Two metastases from ovarian carcinoma. KPS 90.",
        "Lesion A: left anterior clinoid region, 1.5 cm; its inferior margin lies 3 mm from the left optic "
        "nerve. Lesion B: right occipital, 1.0 cm.",
        "Encompass mask; planning CT and MRI fused.",
        "GTVs on MRI, PTV = GTV + 1 mm; A 15 Gy, B 20 Gy, both to the 80% isodose; single isocentre, HyperArc "
        "(Eclipse); optic nerve Dmax 8 Gy.",
        "Cone-beam CT before treatment with approved shifts.",
        "Both lesions treated in one session on the TrueBeam on 12/01/2025.",
        Signature("Signed: C. Whitfield, MD 12/01/2025"),
    ]], label(["77372", "77432", "61796", "61797"], "linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"],
             [("cranial", C), ("cranial", S)], ALL,
             {"77372": True, "77432": True, "61796": False, "61797": True}, "77372",
             "Lesion within 5 mm of the optic nerve is complex: primary must be 61798, so 61796 inconsistent; the "
             "additional simple lesion is 61797 (consistent).")))

    # 33 seven simple mets (caps do not make the code inconsistent)
    rows = [("Target", "Location", "Size", "Dose"),
            ("1", "Right frontal", "1.0 cm", "20 Gy"), ("2", "Left frontal", "0.6 cm", "22 Gy"),
            ("3", "Right parietal", "1.4 cm", "20 Gy"), ("4", "Left occipital", "0.8 cm", "22 Gy"),
            ("5", "Right cerebellar", "1.1 cm", "20 Gy"), ("6", "Left temporal", "0.5 cm", "22 Gy"),
            ("7", "Left cerebellar", "0.9 cm", "20 Gy")]
    add(spec("b4_33_gk_seven_mets", hdr("Gamma Knife Institute East", "TESTPATIENT, GUSTAV", "SYN-B433"), [[
        Heading("Gamma Knife Radiosurgery - Multiple Metastases"),
        "Melanoma with seven brain metastases; KPS 90; extracranial disease controlled.",
        "Leksell frame placed under local anaesthesia (four pins). Stereotactic T1 post-contrast MRI, 1 mm.",
        "All targets outlined in GammaPlan and prescribed to the 50% isodose:",
        TextTable(rows, columns=(0, 60, 200, 300)),
        "Frame co-ordinates and shot positions checked by the physicist. All seven targets treated in one "
        "session on the Leksell Gamma Knife Icon on 12/08/2025.",
        Signature("Signed: Y. Moreau, MD; D. Park, PhD"),
    ]], label(["77371", "77432", "61796", "61797", "61800"], "cobalt60", ["cranial"], 7, 1, ["MRI"], ["frame"],
             [("cranial", S)] * 7, ALL, ok("77371", "77432", "61796", "61797", "61800"), "77371",
             "Seven simple lesions: 61796 + 61797 fit (61797 is capped at 4 units, but the code itself is "
             "consistent). Icon used with a frame.")))

    # 34 bilateral vestibular schwannomas: 61798 + 61799
    add(spec("b4_34_gk_bilateral_vs", hdr("Lakeside Gamma Knife Unit", "TESTPATIENT, HEDDA", "SYN-B434"), [[
        Heading("Gamma Knife Treatment Record"),
        "Neurofibromatosis type 2 with bilateral vestibular schwannomas: left 1.9 cm, right 1.2 cm.",
        "Leksell G frame applied under local anaesthesia. Stereotactic CT and MRI with the frame in place.",
        "Both tumours outlined in GammaPlan; 12 Gy to the 50% isodose each (left 16 shots, right 11 shots).",
        "Frame co-ordinates double-checked by the physicist before treatment.",
        "Both tumours treated in a single session on the Leksell Gamma Knife Perfexion on 01/12/2026.",
        Signature("Signed: G. Lorentz, MD; H. Ibe, PhD"),
    ]], label(["77371", "77432", "61798", "61799", "61800"], "cobalt60", ["cranial"], 2, 1, ["CT", "MRI"],
             ["frame"], [("cranial", C)] * 2, ALL, ok("77371", "77432", "61798", "61799", "61800"), "77371",
             "Two complex lesions (schwannomas): 61798 + 61799 consistent.")))

    # 35 GK Icon mask single session with 61800
    add(spec("b4_35_icon_mask_61800", hdr("Gamma Knife Institute East", "TESTPATIENT, IDA", "SYN-B435"), [[
        Heading("Gamma Knife Icon - Single Session"),
        "Left cerebellar metastasis, 1.7 cm, breast cancer. KPS 90.",
        "Frameless, mask-based treatment; planning MRI (T1 post-contrast) on 01/19/2026.",
        "Target outlined in GammaPlan; 20 Gy to the 50% isodose with 8 shots.",
        "Cone-beam CT stereotactic reference and infrared nose-marker motion monitoring during delivery.",
        "Delivered 20 Gy in one session on 01/21/2026.",
        Signature("Signed: Y. Moreau, MD 01/21/2026"),
    ]], label(["77371", "77432", "61796", "61800"], "cobalt60", ["cranial"], 1, 1, ["MRI"], ["mask"],
             [("cranial", S)], ALL, {"77371": True, "77432": True, "61796": True, "61800": False}, "77371",
             "Mask-based Icon single session: 61800 needs a frame (inconsistent).")))

    # 36 CK spine one level, 63621 wrong
    add(spec("b4_36_ck_spine_63621", hdr("Coastal CyberKnife Center", "TESTPATIENT, JONNA", "SYN-B436"), [[
        Heading("CyberKnife Spine SBRT"),
        "T12 vertebral body metastasis, breast cancer, previously irradiated (30 Gy in 10 fractions in 2022). "
        "KPS 80.",
        "Vacuum cushion. Planning CT (1 mm) and MRI of the thoracolumbar spine fused.",
        "GTV and CTV contoured, PTV = CTV + 2 mm; 27 Gy in 3 fractions to the 80% isodose; 180 beams; "
        "Precision.",
        "Xsight Spine tracking throughout each fraction.",
        "Fractions 02/02, 02/04 and 02/06/2026 on the CyberKnife M6: T12 27 Gy in 3 fractions.",
        Signature("Signed: W. Tan, MD 02/06/2026"),
    ]], label(["77373", "77435", "63620", "63621"], "robotic_linac", ["spinal"], 1, 3, ["CT", "MRI"],
             ["body_immobilization"], [("spinal", None)], ALL,
             {"77373": True, "77435": True, "63620": True, "63621": False}, "77373",
             "One spinal lesion: 63621 (additional spinal lesion) inconsistent. Prior 10-fraction course is "
             "history.")))

    # 37 lung billed with 63620
    add(spec("b4_37_lung_63620", hdr("Redwood Thoracic Radiation", "TESTPATIENT, KAJ", "SYN-B437"), [[
        Heading("Lung SBRT Summary"),
        "Left lower lobe NSCLC, 1.2 cm, peripheral. ECOG 1.",
        BulletList(["4D CT simulation in a BodyFIX cushion.",
                    "ITV outlined, PTV = ITV + 5 mm; 48 Gy in 4 fractions to the 80% isodose; two VMAT arcs "
                    "(Eclipse).",
                    "CBCT before each fraction, physician-approved shifts."]),
        "Delivered 02/16 - 02/20/2026 on the TrueBeam, 4 fractions of 12 Gy.",
        Signature("Signed: B. Eriksen, MD 02/20/2026"),
    ]], label(["77373", "77435", "63620"], "linac", ["body"], 1, 4, ["CT"], ["body_immobilization"],
             [("body", None)], ALL, {"77373": True, "77435": True, "63620": False}, "77373",
             "Lung lesion billed as a spinal lesion: 63620 inconsistent.")))

    # 38 planning/physics codes with their documentation
    add(spec("b4_38_planning_codes_documented", hdr("Cedar Valley Oncology", "TESTPATIENT, LENA", "SYN-B438"), [
        [
            Heading("Stereotactic Radiosurgery - Planning and Treatment"),
            "Right frontal metastasis, 1.8 cm, recurrent after whole-brain radiotherapy (30 Gy in 10 fractions, "
            "2023). KPS 80.",
            "Clinical treatment planning (complex): the attending reviewed the prior whole-brain dose, selected "
            "SRS and defined the target and the organs at risk.",
            "Special medical physics consultation requested by the attending because of the overlap with the "
            "prior whole-brain course; the physicist summed the prior dose and reported to the physician.",
            "Special treatment procedure: stereotactic radiosurgery with summation of prior radiation dose.",
            "Imaging: planning CT and T1 post-contrast MRI fused. Encompass mask.",
        ],
        [
            Heading("Plan", level=2),
            "GTV outlined on MRI, PTV = GTV + 1 mm; inverse-optimised VMAT (IMRT) plan in Eclipse, three "
            "non-coplanar arcs; DVH reviewed; 18 Gy to the 80% isodose. Basic dose calculation and monitor "
            "units verified by a second calculation.",
            "Cone-beam CT before beam-on with approved shifts.",
            "Delivered 18 Gy in 1 fraction on 02/24/2026 on the TrueBeam.",
            Signature("Signed: E. Ruiz, MD; M. Ostrowski, MS (Physics) 02/24/2026"),
        ]], label(["77372", "77432", "61796", "77263", "77301", "77300", "77370", "77470"], "linac", ["cranial"],
                 1, 1, ["CT", "MRI"], ["mask"], [("cranial", S)], ALL,
                 ok("77372", "77432", "61796", "77263", "77301", "77300", "77370", "77470"), "77372",
                 "Planning/physics codes with their documentation (complex planning, inverse plan with DVH, dose "
                 "calculation, special physics consult request, special procedure): all consistent. Prior "
                 "WBRT is history (fractions = 1).")))

    # 39 planning/physics codes without their documentation
    add(spec("b4_39_planning_codes_undocumented", hdr("Lakeshore Radiation Oncology", "TESTPATIENT, MIKKEL",
                                                       "SYN-B439"), [[
        Heading("SBRT Summary"),
        "Right lower lobe NSCLC, 2.0 cm, T1bN0, inoperable. ECOG 1.",
        "4D CT simulation in a vacuum bag.",
        "ITV outlined, PTV = ITV + 5 mm; 50 Gy in 5 fractions to the 80% isodose; two VMAT arcs (Monaco).",
        "Cone beam CT before each fraction with approved shifts.",
        "Delivered 03/02 - 03/06/2026 on the Versa HD: 50 Gy in 5 fractions.",
        Signature("Signed: L. Brandt, MD 03/06/2026"),
    ]], label(["77373", "77435", "77370", "77470", "77300"], "linac", ["body"], 1, 5, ["CT"],
             ["body_immobilization"], [("body", None)], ALL,
             ok("77373", "77435", "77370", "77470", "77300"), "77373",
             "77370/77470/77300 claimed without any special-request, special-procedure or calculation note: a "
             "documentation gap, but no documented fact contradicts the codes, so consistent (README: false only "
             "when the facts contradict the code).")))

    # 40 single-fraction kidney with 77432
    add(spec("b4_40_kidney_single_77432", hdr("Hillcrest Radiation Therapy", "TESTPATIENT, NILS", "SYN-B440"), [[
        Heading("Kidney SABR - Single Fraction"),
        "Left renal cell carcinoma, 2.9 cm, not fit for nephrectomy. ECOG 2.",
        "Vac-Lok cushion. 4D CT simulation on 03/02/2026.",
        "ITV outlined, PTV = ITV + 5 mm; 26 Gy in 1 fraction to the 80% isodose; two VMAT arcs "
        "(RayStation).",
        "Pre-treatment and mid-treatment cone-beam CT, approved by the physician.",
        "Delivered 26 Gy in a single fraction on 03/10/2026 on the TrueBeam.",
        Signature("Signed: U. Halvorsen, MD 03/10/2026"),
    ]], label(["77373", "77435", "77432"], "linac", ["body"], 1, 1, ["CT"], ["body_immobilization"],
             [("body", None)], ALL, {"77373": True, "77435": True, "77432": False}, "77373",
             "Single-fraction body SBRT: 77373 + 77435 fit; 77432 (cranial single-session management) "
             "inconsistent.")))

    # 41 GK Icon 3 fractions with G0339/G0340
    add(spec("b4_41_icon_g0339", hdr("Gamma Knife Institute East", "TESTPATIENT, OLGA", "SYN-B441"), [[
        Heading("Gamma Knife Icon - Fractionated"),
        "Left parietal metastasis, 2.5 cm, NSCLC. KPS 80.",
        "Thermoplastic mask. Planning MRI (T1 post-contrast) and CT fused.",
        "Target outlined; 27 Gy in 3 fractions to the 50% isodose; 15 shots (GammaPlan).",
        "Cone-beam CT before each fraction; nose-marker motion monitoring.",
        "Fractions 03/16, 03/18 and 03/20/2026, 9 Gy each.",
        Signature("Signed: Y. Moreau, MD 03/20/2026"),
    ]], label(["77373", "77435", "G0339", "G0340", "61796"], "cobalt60", ["cranial"], 1, 3, ["CT", "MRI"],
             ["mask"], [("cranial", S)], ALL,
             {"77373": True, "77435": True, "G0339": False, "G0340": False, "61796": True}, "77373",
             "Gamma Knife is not a robotic linac: G0339/G0340 inconsistent; 77373/77435 fit fractionated GK.")))

    # 42 AVM GK frame with angiography
    add(spec("b4_42_gk_avm_angio", hdr("Summit Gamma Knife Center", "TESTPATIENT, PER", "SYN-B442"), [[
        Heading("Radiosurgery for Arteriovenous Malformation"),
        "Right parietal arteriovenous malformation, nidus 2.3 cm, Spetzler-Martin grade II; presented with "
        "seizures.",
        "Leksell G frame applied under local anaesthetic. Stereotactic digital subtraction angiography and MRI "
        "obtained with the frame in place on 03/23/2026.",
        "Nidus outlined on angiography and MRI; 20 Gy to the 50% isodose with 11 shots in GammaPlan.",
        "Frame coordinates and shot positions checked by the physicist.",
        "Single session on the Leksell Gamma Knife Perfexion on 03/23/2026.",
        Signature("Signed: N. Adeyemi, MD; K. Sato, PhD"),
    ]], label(["77371", "77432", "61798", "61800"], "cobalt60", ["cranial"], 1, 1, ["MRI", "angiography"],
             ["frame"], [("cranial", C)], ALL, ok("77371", "77432", "61798", "61800"), "77371",
             "AVM is complex; stereotactic angiography and MRI are planning imaging.")))
    return out


# Layout variety (fonts, page numbering, two-column pages), keyed by chart-number prefix.
LAYOUT: dict[str, dict[str, Any]] = {
    "b4_02": {"font": "Times-Roman", "font_size": 10.5},
    "b4_06": {"page_numbers": "{n}/{total}"},
    "b4_09": {"two_columns": True},
    "b4_12": {"font": "Helvetica", "page_numbers": None},
    "b4_16": {"two_columns": True, "font_size": 9.0},
    "b4_22": {"two_columns": True},
    "b4_27": {"font": "Courier", "font_size": 9.0},
    "b4_30": {"font": "Times-Roman"},
    "b4_37": {"page_numbers": "Page {n}"},
    "b4_39": {"two_columns": True, "font": "Helvetica"},
}


CORPUS = Corpus("blind_corpus4", "tests/blind_corpus4", charts, pdf_options={"footer": FOOTER})
