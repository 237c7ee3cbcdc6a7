"""Sixty-first blind corpus, ``tests/blind_corpus61/`` (regenerate: ``python scripts/make_corpus.py blind_corpus61``).

HELD OUT. Twenty courses as a coding office's in-tray from twenty other clinics would hold them in an ordinary
week: system printouts and exports (plan reports, treatment records, per-session logs, prescriptions, key: value,
CSV and pipe exports, physics second checks), dictated documents (consults, procedure notes, completion summaries,
letters to referrers, on-treatment notes), bundles of two to four files whose lesion names and doses move between
documents, two scanned pages (one faxed, one skewed), one two-column page, three self-contradicting charts and
four hard negatives of different kinds. Every clinic, clinician and planning or record system is invented.

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code). Scored once per session with the final tool; never opened for tuning.
"""

# ruff: noqa: E501  (dictations and exports are deliberately one long line per paragraph or record)

from __future__ import annotations

from pdfmaker import ColumnBreak, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ABERNATHY", "BEATRIX", "CORMAC", "DELPHINE", "EZEKIEL", "FIONNUALA", "GUSTAVO", "HONORIA", "IGNATIUS",
         "JUNIPER", "KASIMIR", "LEOCADIA", "MALACHY", "NERISSA", "OSWALDO", "PERPETUA", "QUILLON", "ROSAMUND",
         "SEVERIN", "THEODORA"]


def patient(n: int) -> str:
    return f"SIXTYONEPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-610{n:02d}"


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# r61_01 -- bundle (3 files): neurosurgery consult, cobalt-60 frame plan report, procedure note; 4 targets, one pontine
add(name="r61_01", kind="bundle", codes=["77371", "77432", "61798", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right frontal metastasis (target 1)", "cranial", S, 20, 1),
             L("left occipital metastasis (target 2)", "cranial", S, 20, 1),
             L("left cerebellar metastasis (target 3)", "cranial", S, 18, 1),
             L("pontine metastasis (target 4)", "cranial", C, 14, 1)],
    categories=cats(),
    notes="US academic three-document bundle: dictated neurosurgery consult (three lesions on the outside MRI), a "
          "cobalt-60 plan report from the day (frame, stereotactic MRI finds a fourth, pontine lesion; targets "
          "numbered 1-4 with short names), and the neurosurgeon's procedure note (frame placement, 4 targets "
          "treated). Pons lesion complex by location (brainstem), the others simple: 61798 + 61797.",
    docs=[
        Doc("01_consult.txt", text=f"""
HALVERSON-KNAPP UNIVERSITY HOSPITAL
Department of Neurological Surgery - Outpatient Consultation

PATIENT: {patient(1)}        MRN: {mrn(1)}        DOB: 03/19/1958
DATE OF SERVICE: 11/09/2026
REFERRING: Ruth Oyelaran-Pike, MD (Medical Oncology)
ATTENDING: Desmond Vantreight, MD

HISTORY OF PRESENT ILLNESS: This is a 68-year-old man with stage IV melanoma, BRAF V600E, on dabrafenib and trametinib,
whose restaging MRI of the brain at an outside facility on 11/02/2026 shows three enhancing lesions: right frontal 1.3 cm,
left occipital 0.9 cm and left cerebellar hemisphere 1.6 cm. He has mild unsteadiness but no headache, no seizures. KPS 80.

IMPRESSION: Three brain metastases from melanoma, all under 2 cm, none in eloquent or critical locations on the outside study.

PLAN: We discussed radiosurgery versus whole brain radiation at length. He would like to proceed with single-session
radiosurgery on our multi-source cobalt unit under a stereotactic head frame, which I would expect to be done next week.
A thin-slice stereotactic MRI will be obtained on the day of treatment and may show additional small lesions, which we would
treat at the same sitting. He understands the risks including radiation necrosis and hemorrhage. Consent signed.

Desmond Vantreight, MD
Dictated 11/09/2026 14:22 / Transcribed 11/10/2026 08:05 (job 55812)
{FOOT}
"""),
        Doc("02_plan_report.pdf", [[
            H1("Radiosurgery Treatment Plan Report"),
            KeyValue([("Patient", patient(1)), ("MRN", mrn(1)), ("Treatment date", "11/16/2026"),
                      ("Unit", "Multi-source cobalt-60 radiosurgery unit (192 sources)"),
                      ("Planning system", "ORRERY-GP 9.2 (invented)"),
                      ("Fixation", "Stereotactic head frame (4 pins), frame-based fiducial box"),
                      ("Images", "Stereotactic MRI T1+Gd 1 mm (07:55); stereotactic CT 1 mm (08:20); co-registered")]),
            RuledTable([("Target", "Name", "Vol (cc)", "Presc. isodose", "Marginal dose (Gy)", "Max dose (Gy)", "Shots", "Coverage"),
                        ("1", "R Front", "0.92", "50%", "20.0", "40.0", "6", "98%"),
                        ("2", "L Occ", "0.31", "50%", "20.0", "40.0", "3", "99%"),
                        ("3", "L Cblm", "1.88", "50%", "18.0", "36.0", "9", "97%"),
                        ("4", "Pons", "0.06", "50%", "14.0", "28.0", "2", "99%")]),
            P("Target 4 (pons, 4 mm) was not seen on the outside MRI and is new on today's stereotactic study; discussed with Dr Vantreight "
              "and Dr Amundsen-Coyle, added to the plan. Brainstem D0.1cc 13.6 Gy (within pontine target). Total beam-on 71.4 min."),
            P("Physics: plan independently checked with second calculation (point dose agreement 0.8%); frame coordinates verified on "
              "the couch before treatment."),
            sig("Corliss Amundsen-Coyle, PhD, DABR, Medical Physicist 11/16/2026 09:48"),
            sig("Marguerite Tolhurst-Bane, MD, Radiation Oncology 11/16/2026 09:55"),
        ]], opts=dict(header=["HALVERSON-KNAPP UNIVERSITY HOSPITAL - RADIOSURGERY CENTER", f"{patient(1)}   MRN {mrn(1)}"])),
        Doc("03_procedure_note.txt", text=f"""
HALVERSON-KNAPP UNIVERSITY HOSPITAL - OPERATIVE / PROCEDURE NOTE

Patient: {patient(1)}   MRN: {mrn(1)}   Date: 11/16/2026
Surgeon: Desmond Vantreight, MD      Radiation oncologist: Marguerite Tolhurst-Bane, MD

PROCEDURE: 1. Application of stereotactic head frame. 2. Stereotactic radiosurgery, four intracranial targets, single session.

PREOPERATIVE DIAGNOSIS: Metastatic melanoma to brain, three lesions.
POSTOPERATIVE DIAGNOSIS: Metastatic melanoma to brain, four lesions (new 4 mm pontine lesion on stereotactic MRI).

DESCRIPTION: The patient was brought to the radiosurgery suite. After local anesthetic infiltration with 1% lidocaine/0.5% bupivacaine,
the stereotactic frame was applied with four pins without difficulty. Stereotactic MRI and CT were then obtained and transferred for planning.
Targets were contoured by me and by Dr. Tolhurst-Bane. The right frontal and left occipital lesions received 20 Gy to the 50% isodose,
the left cerebellar lesion 18 Gy, and the pontine lesion 14 Gy given its brainstem location. The patient was positioned on the couch,
coordinates were confirmed, and treatment was delivered uneventfully. The frame was removed and pin sites dressed. Discharged home at 15:10.

Desmond Vantreight, MD
{FOOT}
"""),
    ])

# r61_02 -- pdf: community practice, terse one-page SRS summary, 2 mets, doses in cGy ------------------------------------
add(name="r61_02", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("L parietal", "cranial", S, 21, 1), L("R cerebellum", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Community practice one-page SRS summary, terse: two metastases 2100 cGy and 1800 cGy in one fraction on a "
          "6 MV FFF gantry linac, mask, CT sim fused with MRI, CBCT. A frame was offered and declined (not used).",
    docs=[Doc("r61_02.pdf", [[
        H1("SRS Treatment Summary"),
        KeyValue([("Pt", f"{patient(2)}  ({mrn(2)})"), ("Dx", "NSCLC, brain mets x2 (C79.31)"), ("MD", "K. Balogun-Reyes, MD"),
                  ("Machine", "6 MV FFF gantry linac, HD MLC"), ("TPS", "PRAIRIE-TPS 4 (invented)"),
                  ("Immob", "Frameless SRS mask (frame offered, pt declined)"),
                  ("Sim", "CT 10/21/26 1.25 mm; MRI 10/19/26 T1 post fused"), ("Tx date", "10/28/2026")]),
        RuledTable([("Lesion", "Size", "Rx", "IDL", "Arcs", "MU"),
                    ("L parietal", "1.7 cm", "2100 cGy x1", "80%", "3 DCA", "4211"),
                    ("R cerebellum", "1.1 cm", "1800 cGy x1", "80%", "3 DCA", "3980")]),
        P("CBCT + 6D couch before each iso; shifts < 1 mm. Physics 2nd check done 10/27. Tol well. MRI 6 wks."),
        sig("K. Balogun-Reyes, MD 10/28/2026"),
    ]], opts=dict(header=["Cedar Fork Cancer Care, Radiation Oncology"]))])

# r61_03 -- ehr_text: dictated procedure note, cobalt-60 frame radiosurgery for trigeminal neuralgia, numbers in words
add(name="r61_03", kind="ehr_text", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve root entry zone", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Dictated radiosurgery procedure note, numbers mostly in words: functional radiosurgery for refractory right "
          "trigeminal neuralgia, eighty gray maximum to the 100 percent isodose with one 4 mm shot, frame, CISS MRI and "
          "CT. Functional target: complex. An earlier microvascular decompression is history.",
    docs=[Doc("r61_03.txt", text=f"""
LAKEMONT NEUROSCIENCE INSTITUTE
RADIOSURGERY PROCEDURE NOTE (dictated)

{patient(3)}   MRN {mrn(3)}   DOB 08/30/1949
Date of procedure: November twelfth, two thousand twenty-six

Indication: Seventy-seven-year-old woman with classic right V2/V3 trigeminal neuralgia, refractory to carbamazepine and
oxcarbazepine (hyponatremia) and recurrent eighteen months after microvascular decompression in 2023. BNI pain score V.

Procedure: Under local anesthesia the stereotactic head frame was placed with four pins, slight rightward shift to favor
the posterior fossa. Stereotactic MRI including a three-dimensional CISS sequence at zero point six millimeter and a
stereotactic CT were obtained and fused. The right trigeminal nerve was identified and a single four millimeter shot was
placed at the root entry zone, about eight millimeters anterior to the pons. A maximum dose of eighty gray was prescribed
to the one hundred percent isodose line. The brainstem surface received less than twenty percent, i.e. below sixteen gray to
point zero one cc. Plan reviewed with physics, second check within one percent. Frame coordinates were verified at the unit
and the treatment was delivered on the multi-source cobalt-60 unit in one session of fifty-eight minutes. Frame removed, no
complications.

Plan: Continue carbamazepine at current dose for now; taper discussed once pain relief is established, usually four to
twelve weeks. Follow-up in clinic in six weeks.

Henrietta Obi-Lindgren, MD, Neurosurgery
Dictated but not reviewed.
{FOOT}
""")])

# r61_04 -- scan (faxed): per-session log, linac 3-fraction cavity SRS, 3.8 cm cavity; single-session codes claimed ---
add(name="r61_04", kind="scan", codes=["77372", "77432", "61798"],
    facts=F("linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left temporal resection cavity", "cranial", C, 27, 3)],
    categories=cats(),
    notes="Faxed (low resolution, speckled) per-session treatment log from an outside linac centre: post-operative "
          "left temporal cavity, 3.8 cm (complex by size), 27 Gy in 3 fractions of 9 Gy, mask, CT + MRI, CBCT "
          "each session. Claimed 77372/77432 are single-session codes and wrong for 3 fractions.",
    docs=[Doc("r61_04.pdf", [[
        P("FAX  11/20/2026 16:42  FROM: RIVERBEND ONCOLOGY ASSOC  TO: BILLING  P.01/01"),
        H1("Stereotactic Treatment - Session Log"),
        KeyValue([("Patient / MRN", f"{patient(4)} / {mrn(4)}"), ("Physician", "Aurelio Ferncastle, MD"),
                  ("Site", "L temporal resection cavity (max dimension 3.8 cm)"),
                  ("Rx", "2700 cGy in 3 fx (900 cGy/fx) to 80% IDL, PTV = cavity + 2 mm"),
                  ("Unit", "6 MV FFF gantry linac"), ("Planning", "CT sim 11/05/26 fused w/ post-op MRI 11/03/26; 2 VMAT arcs"),
                  ("Immobilization", "SRS thermoplastic mask")]),
        RuledTable([("Fx", "Date", "CBCT", "Shift (mm)", "Dose (cGy)", "Cum (cGy)", "Init"),
                    ("1", "11/12/26", "Y", "0.6", "900", "900", "JR/TM"),
                    ("2", "11/14/26", "Y", "0.4", "900", "1800", "JR/AL"),
                    ("3", "11/17/26", "Y", "0.7", "900", "2700", "TM/AL")]),
        P("Course complete. No interruptions."),
        sig("A. Ferncastle, MD 11/17/2026"),
    ]], opts=dict(header=["RIVERBEND ONCOLOGY ASSOCIATES"], scan=True, scan_dpi=100, scan_noise=18.0))])

# r61_05 -- pdf, two-column page: academic single-isocentre plan report, 6 metastases, one 3.6 cm; 61799 claimed -------
add(name="r61_05", kind="pdf", codes=["77372", "77432", "61798", "61797", "61799"],
    facts=F("linac", ["cranial"], 6, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("PTV_LFront_20", "cranial", S, 20, 1), L("PTV_RPar_20", "cranial", S, 20, 1),
             L("PTV_RTemp_15 (3.6 cm)", "cranial", C, 15, 1), L("PTV_LOcc_20", "cranial", S, 20, 1),
             L("PTV_RCbm_18", "cranial", S, 18, 1), L("PTV_LThal_18", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Academic plan-and-delivery report on one two-column page: single-isocentre multi-target linac SRS to six "
          "metastases named by planning structure (PTV_LFront_20 ...), one 3.6 cm right temporal lesion at 15 Gy "
          "(complex by size), the rest simple; mask, CT + MRI, CBCT and surface monitoring. 61799 claimed but only "
          "one lesion is complex.",
    docs=[Doc("r61_05.pdf", [[
        H1("Multi-target Radiosurgery: Plan Evaluation and Delivery"),
        H2("Case"),
        P(f"{patient(5)} (MRN {mrn(5)}), 59 F, triple-negative breast carcinoma, six brain metastases on MRI 10/30/2026 "
          "(largest right temporal, 3.6 cm, with mass effect; neurosurgery declined resection). Karnofsky 70. Tumor board 11/03/2026: "
          "single-fraction SRS, dose to the large lesion reduced to 15 Gy per institutional size-based protocol (RTOG 90-05 style)."),
        H2("Simulation and planning"),
        P("Open-face mask with bite-free headrest; CT simulation 1 mm on 11/04/2026; MRI 3D T1 post-contrast 1 mm on 11/04/2026, "
          "deformably checked and rigidly fused. GTV = PTV (0 mm), except PTV_RTemp_15 with 1 mm. One isocenter, five non-coplanar "
          "VMAT arcs (couch 0/45/90/315/270), 6 MV FFF, planning system QUADRANT-SRS 2.1 (invented). Prescription to cover 99% of each PTV."),
        H2("Delivery"),
        P("11/09/2026, single fraction: CBCT with 6-DoF correction (0.7 mm, 0.4 deg), surface monitoring throughout, repeat CBCT "
          "after arc 3. All arcs delivered; 34 min in room."),
        ColumnBreak(),
        H2("Targets"),
        TextTable([("Structure", "cc", "Gy", "Cov.", "CI", "GI"),
                   ("PTV_LFront_20", "0.74", "20", "99.4%", "1.12", "3.9"),
                   ("PTV_RPar_20", "0.41", "20", "99.1%", "1.18", "4.3"),
                   ("PTV_RTemp_15", "18.90", "15", "99.0%", "1.08", "2.9"),
                   ("PTV_LOcc_20", "0.22", "20", "99.6%", "1.25", "4.8"),
                   ("PTV_RCbm_18", "1.37", "18", "99.2%", "1.10", "3.6"),
                   ("PTV_LThal_18", "0.53", "18", "99.3%", "1.15", "4.1")], columns=(0, 80, 115, 145, 180, 210)),
        H2("Organs at risk"),
        P("Brainstem Dmax 9.8 Gy; chiasm Dmax 3.1 Gy (nearest target > 2 cm); normal brain V12 Gy 14.6 cc (flagged, accepted given "
          "lesion size)."),
        H2("QA"),
        P("Patient-specific QA: film + ion chamber, gamma 2%/1 mm 97.8% pass; independent MU check within 2.1%."),
        sig("Priya Vandermolen-Asante, MD, Radiation Oncology 11/09/2026"),
        sig("Tobias Hartigan, MS, DABR 11/09/2026"),
    ]], opts=dict(header=["UNIVERSITY OF THE NORTHERN PLAINS - RADIATION ONCOLOGY (SRS PROGRAM)"], two_columns=True))])

# r61_06 -- bundle (2 files): European centre, robotic linac, vestibular schwannoma; plan changed 5 x 5 Gy -> 3 x 6 Gy --
add(name="r61_06", kind="bundle", codes=["G0339", "G0340", "77435", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("right vestibular schwannoma", "cranial", C, 18, 3)],
    categories=cats(),
    notes="Continental European bundle (English translation): a pipe-separated physics second-check export listing "
          "plan v1 (25 Gy in 5 fractions, withdrawn before delivery) and plan v2 (18 Gy in 3 fractions at the 70% "
          "isodose, approved), and the discharge letter to the referring ENT surgeon (dates dd.mm.yyyy, decimal "
          "commas). Robotic-arm linac, mask, CT + MRI, skull tracking. Only v2 was delivered.",
    docs=[
        Doc("1_physics_second_check.txt", text=f"""
KLINIKUM OBERMAINTAL - Strahlentherapie / Medizinische Physik
Export: UNABH. DOSISKONTROLLE (independent dose check), system MAINCALC 3.4 (invented)      printed 29.10.2026 17:12
Pat-ID|Name|Plan|Version|Status|Target|Rx|Isodose|Fx|Beams|MU total|TPS dose (Gy)|Indep. dose (Gy)|Diff %|Checked by
{mrn(6)}|{patient(6)}|VS_re_SRT|v1|WITHDRAWN 27.10.2026 (replaced by v2)|PTV_VS_re|25,00 Gy|80%|5|142|21840|5,00|4,96|-0,8|Dipl.-Phys. M. Ruhwedel
{mrn(6)}|{patient(6)}|VS_re_SRT|v2|APPROVED 29.10.2026|PTV_VS_re|18,00 Gy|70%|3|167|25115|6,00|5,95|-0,8|Dipl.-Phys. M. Ruhwedel
Comment: v2 after tumour board re-discussion 27.10.2026 (3 fractions preferred because of travel distance). Imaging: planning CT 1 mm
23.10.2026 + MRI T1-KM/CISS 22.10.2026, rigid fusion checked. Tracking: 6D skull. Mask: thermoplastic, made 23.10.2026.
{FOOT}
"""),
        Doc("2_discharge_letter.pdf", [[
            P("KLINIKUM OBERMAINTAL - Klinik für Strahlentherapie und Radioonkologie"),
            P("Obermaintal, 05.11.2026"),
            P("Dr. med. Ottilie Brandauer-Senn, HNO-Praxis am Marktplatz"),
            P(f"Re: {patient(6)}, born 14.04.1966, Pat-ID {mrn(6)}"),
            P("Dear colleague,"),
            P("we report on the above patient, who received robotic stereotactic radiotherapy in our department from 02.11.2026 to "
              "04.11.2026."),
            KeyValue([("Diagnosis", "Vestibular schwannoma right (D33.3), Koos II, 14 x 11 mm, growth of 2 mm in 12 months"),
                      ("Therapy", "Hypofractionated stereotactic radiotherapy, robotic-arm mounted 6 MV linac"),
                      ("Dose", "3 x 6,0 Gy = 18,0 Gy to the 70% isodose (PTV = GTV)"),
                      ("Dates", "02.11.2026, 03.11.2026, 04.11.2026")]),
            P("Course: The originally planned regimen of 5 x 5 Gy was changed to 3 x 6 Gy before the first fraction, after re-discussion "
              "in our tumour board; the patient lives 140 km from the clinic. Treatment was given with a thermoplastic mask and "
              "image-guided skull tracking with orthogonal x-ray pairs throughout each fraction. It was well tolerated; no vertigo, "
              "facial nerve function House-Brackmann I. Hearing unchanged subjectively."),
            P("Follow-up: MRI and audiogram in 6 months; we will see the patient afterwards."),
            P("With kind regards,"),
            sig("Dr. med. Leopold Anzengruber, Oberarzt; Prof. Dr. med. Henrike Salvatori-Weiss, Chefärztin"),
        ]], opts=dict(header=["KLINIKUM OBERMAINTAL", f"{patient(6)}  |  {mrn(6)}"])),
    ])

# r61_07 -- ehr_text: verbose dictated completion summary, FSRT of a meningioma 2 mm from the optic nerve; MRI contraindicated
add(name="r61_07", kind="ehr_text", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 5, ["CT"], ["mask"]),
    lesions=[L("right anterior clinoid meningioma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Verbose dictated completion summary from a private practice: right anterior clinoid meningioma 2 mm from "
          "the right optic nerve (complex by location), 25 Gy in five fractions on a gantry linac, mask, daily "
          "stereoscopic x-ray and CBCT. MRI is only mentioned: contraindicated (non-conditional pacemaker), so planning "
          "used contrast CT alone; the 2018 MRI is history. Imaging = CT only.",
    docs=[Doc("r61_07.txt", text=f"""
WESTBROOK RADIATION SPECIALISTS, P.C.
RADIATION THERAPY COMPLETION SUMMARY

Patient: {patient(7)}      Medical record: {mrn(7)}      DOB: 01/07/1944
Referring physician: Dr. Oswin Threlkeld, Neurosurgery; Dr. Amara Pellucci, Ophthalmology
Dictating physician: Bartholomew Iwu-Sandquist, MD

Diagnosis: Meningioma of the right anterior clinoid process (presumed, radiographic), D32.0, with early right optic neuropathy.

History: Mr. Sixtyonepatient is an eighty-two-year-old retired machinist who was first found to have a small right clinoid
meningioma on an MRI in 2018 obtained for dizziness. He has since had a permanent pacemaker placed in 2021, a legacy system that
is not MRI conditional, so he cannot have further MRI. Serial contrast CT scans have shown slow growth to 2.4 x 1.9 cm, and
ophthalmology documented a new superior arcuate field defect in August. Surgery was felt to carry a high risk given his age and
cardiac history. After discussion he elected fractionated stereotactic radiotherapy.

Simulation and planning: On October first he was simulated supine in a thermoplastic stereotactic mask. A contrast-enhanced CT at
one millimeter was acquired for planning; MRI was not performed because of the pacemaker, and the old 2018 study was judged too
remote and too low resolution to register. The tumor abuts the right optic canal; its posterior margin lies approximately two
millimeters from the right optic nerve. The gross tumor volume was contoured on the contrast CT with neuroradiology review, with a
one millimeter PTV expansion. The plan used two non-coplanar volumetric arcs, six megavolt flattening-filter-free, and prescribed
twenty-five gray in five fractions of five gray to the eighty percent isodose line covering ninety-eight percent of the PTV.
The right optic nerve maximum point dose was twenty-four point two gray, the chiasm nineteen point one gray, both within our five
fraction constraints. Pacemaker: cardiology consulted, device more than ten centimeters from the field, estimated dose under
half a gray; interrogated before and after the course.

Treatment: He was treated on our gantry linac from October nineteenth through October twenty-third, 2026, five consecutive
daily fractions, each with stereoscopic x-ray positioning and a cone-beam CT before beam-on. He received the full twenty-five
gray. There were no interruptions.

Tolerance: Mild fatigue and a transient headache on day two. Vision subjectively unchanged.

Follow-up: Contrast CT in three months, visual fields with Dr. Pellucci in six weeks, and clinic visit in three months.

Bartholomew Iwu-Sandquist, MD
Electronically signed 10/27/2026 11:40
{FOOT}
""")])

# r61_08 -- pdf: cobalt-60 unit with mask, single session, lesions A-C; summary paragraph disagrees with record ------
add(name="r61_08", kind="pdf", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 3, 1, ["MRI"], ["mask"]),
    lesions=[L("A - left frontal", "cranial", S, 20, 1), L("B - right parietal", "cranial", S, 18, 1),
             L("C - left cerebellar", "cranial", S, 20, 1)],
    categories=cats(),
    contradiction="The completion paragraph gives lesion B 16 Gy, while the treatment record table and the plan give 18 Gy to the 50% isodose.",
    notes="Templated plan and treatment record from a mask-capable cobalt-60 unit: three simple metastases labelled A-C "
          "in one session, thermoplastic mask with infrared motion monitoring, planning MRI only (on-unit CBCT as the "
          "stereotactic reference, not pre-treatment imaging). 61800 is claimed but no frame was used. The closing "
          "paragraph says B got 16 Gy; the record says 18 Gy (gold 18).",
    docs=[Doc("r61_08.pdf", [[
        H1("Radiosurgery - Plan and Treatment Record"),
        KeyValue([("Patient", patient(8)), ("MRN", mrn(8)), ("Attending", "Saoirse Kettleborough, MD"),
                  ("Neurosurgeon", "Ambrose Nakashima-Dell, MD"),
                  ("Unit", "Multi-source cobalt-60 radiosurgery unit, mask-based configuration"),
                  ("Fixation", "Thermoplastic mask, nose marker, infrared intrafraction motion monitoring (1.5 mm limit)"),
                  ("Planning imaging", "MRI brain T1 + gadolinium, 1 mm volumetric, 12/01/2026"),
                  ("Stereotactic reference", "On-unit cone-beam CT at treatment"),
                  ("Planning system", "FALCONER-GP 11 (invented)")]),
        H2("Targets and prescription"),
        RuledTable([("Target", "Location", "Max diam.", "Isodose", "Margin dose", "Shots"),
                    ("A", "Left frontal", "1.2 cm", "50%", "20 Gy", "7"),
                    ("B", "Right parietal", "1.9 cm", "50%", "18 Gy", "12"),
                    ("C", "Left cerebellar", "0.8 cm", "50%", "20 Gy", "4")]),
        H2("Treatment record 12/03/2026"),
        RuledTable([("Target", "Delivered", "Beam-on (min)", "Motion events", "Status"),
                    ("A", "20 Gy", "22.4", "0", "Complete"), ("B", "18 Gy", "41.0", "1 (resumed after re-CBCT)", "Complete"),
                    ("C", "20 Gy", "15.7", "0", "Complete")]),
        P("Pre-treatment CBCT co-registered to the planning MRI; plan adapted to CBCT position and approved by physics. Total session "
          "1 h 46 min."),
        P("Completion: single-session radiosurgery delivered to three lesions: A 20 Gy, B 16 Gy, C 20 Gy at the 50% isodose. "
          "Dexamethasone 4 mg x 3 days. MRI in 8 weeks."),
        sig("Saoirse Kettleborough, MD 12/03/2026"),
        sig("Ingram Feathers, MS, Medical Physicist 12/03/2026"),
    ]], opts=dict(header=["MARSHWOOD REGIONAL MEDICAL CENTER - RADIOSURGERY SUITE", f"{patient(8)}  {mrn(8)}"]))])


# ==================================================================================================
# Spine
# ==================================================================================================

# r61_09 -- pdf: templated spine SBRT record, two separate levels T9 and L2, 2400 cGy in 2 fx ------------------------
add(name="r61_09", kind="pdf", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T9 vertebral body", "spinal", None, 24, 2), L("L2 vertebral body and left pedicle", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Templated hospital EMR print of a spine SBRT course: two separate levels (T9 and L2, separate isocentres and "
          "PTVs) 2400 cGy in 2 fractions each, vacuum cushion, CT sim + MRI fusion, CBCT with 6-DoF couch each "
          "fraction, physics plan check. Doses in cGy, per-fraction rows.",
    docs=[Doc("r61_09.pdf", [[
        H1("STEREOTACTIC BODY RADIATION THERAPY (SBRT) - SPINE"),
        P("Template: RO_SBRT_SPINE_v7   Printed from ELMWOOD-RO Record (invented) 11/25/2026 10:14"),
        KeyValue([("Patient Name", patient(9)), ("MRN", mrn(9)), ("Attending", "Cornelius Adebayo-Frisk, MD"),
                  ("Diagnosis", "C61 prostate adenocarcinoma, oligoprogressive bone metastases T9, L2 (C79.51)"),
                  ("Treatment Machine", "6 MV FFF gantry linac, 6-DoF couch"),
                  ("Immobilization", "Full-body vacuum cushion, arms on chest"),
                  ("Simulation", "CT 1 mm 11/09/2026; MRI T-L spine T1/T2 axial 1 mm 11/06/2026, fused"),
                  ("Planning", "RIDGELINE-TPS 16 (invented), 2 isocenters, 2 VMAT arcs per isocenter"),
                  ("Physics Check", "Independent MU calculation and portal dosimetry, passed 11/13/2026 (T. Grasmere, DABR)")]),
        H2("Prescription"),
        RuledTable([("Target", "Rx Dose", "Fx", "Dose/Fx", "Coverage", "Cord PRV Dmax"),
                    ("PTV_T9", "2400 cGy", "2", "1200 cGy", "V100% 91.2%", "1620 cGy"),
                    ("PTV_L2", "2400 cGy", "2", "1200 cGy", "V100% 93.5%", "cauda 1710 cGy")]),
        H2("Treatment Delivery"),
        RuledTable([("Date", "Fx #", "Target", "IGRT", "Dose (cGy)", "Cumulative (cGy)", "Therapists"),
                    ("11/17/2026", "1", "PTV_T9", "CBCT, 6D approved", "1200", "1200", "LK / SB"),
                    ("11/17/2026", "1", "PTV_L2", "CBCT, 6D approved", "1200", "1200", "LK / SB"),
                    ("11/20/2026", "2", "PTV_T9", "CBCT, 6D approved", "1200", "2400", "SB / RM"),
                    ("11/20/2026", "2", "PTV_L2", "CBCT, 6D approved", "1200", "2400", "SB / RM")]),
        P("Status: Course completed as prescribed. Total delivered T9 2400 cGy / 2 fx; L2 2400 cGy / 2 fx."),
        sig("Cornelius Adebayo-Frisk, MD 11/20/2026 16:02"),
    ]], opts=dict(header=["Pine Hollow Regional Hospital - Radiation Oncology"]))])

# r61_10 -- ehr_text: CSV session export from a robotic linac, C2 single fraction; 77432 claimed ------------------------
add(name="r61_10", kind="ehr_text", codes=["G0339", "77432", "63620"],
    facts=F("robotic_linac", ["spinal"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("C2 body and dens", "spinal", None, 18, 1)],
    categories=cats(),
    notes="CSV export (course header rows, plan row, session rows) from a community robotic radiosurgery centre: C2 "
          "metastasis 1800 cGy in one fraction, head-and-neck mask, spine tracking, CT + MRI. Spinal single fraction: "
          "77432 (cranial single-session management) is wrong; 77435 would apply.",
    docs=[Doc("r61_10.txt", text=f"""
# SUNDIAL RADIOSURGERY CENTER - course export (TALLYRAND-RV 5.0, invented)  generated 2026-11-18T09:31:07
record_type,field,value
COURSE,patient,"{patient(10)}"
COURSE,mrn,{mrn(10)}
COURSE,physician,"Evangeline Marchetti-Obuya, MD"
COURSE,diagnosis,"C79.51 secondary malignant neoplasm of bone; C2 metastasis from thyroid carcinoma, epidural extension Bilsky 1b"
COURSE,unit,"robotic-arm mounted 6 MV linac"
COURSE,immobilization,"thermoplastic head-neck-shoulder mask"
COURSE,planning_ct,"2026-11-04, 1.0 mm, contrast"
COURSE,planning_mri,"2026-11-03, C-spine T1 post + T2, fused to CT"
COURSE,tracking,"spine tracking (orthogonal kV pairs, every 30-60 s)"
record_type,plan_id,target,rx_cGy,fractions,isodose_pct,beams,collimator_mm,mu,status
PLAN,C2_SRS_A,PTV_C2,1800,1,81,203,"7.5 / 10 variable aperture",31877,APPROVED 2026-11-10 (MD + physics second check)
record_type,date,fraction,target,dose_cGy,cumulative_cGy,tracking_corrections,max_offset_mm,status
SESSION,2026-11-16,1 of 1,PTV_C2,1800,1800,47,0.9,COMPLETED
# end of export
{FOOT}
""")])

# r61_11 -- bundle (2 files): New Zealand consult letter proposing 35 Gy/5, completion summary 30 Gy/5 to S1 ---------
add(name="r61_11", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("S1 vertebral body metastasis", "spinal", None, 30, 5)],
    categories=cats(),
    notes="New Zealand two-document bundle: first-specialist-assessment letter to the referring medical oncologist "
          "proposing SABR 35 Gy in 5 fractions to an S1 renal-cell metastasis (dictated, day-first dates), and the "
          "completion summary: the plan could not meet the bowel constraint and 30 Gy in 5 fractions was prescribed "
          "and delivered. Vacuum bag, CT + MRI, daily CBCT. The letter's 35 Gy is a proposal, not a contradiction.",
    docs=[
        Doc("1_FSA_letter.pdf", [[
            P("HARBOURSIDE REGIONAL CANCER CENTRE - Radiation Oncology"),
            P("2 October 2026"),
            P("Dr Wiremu Hollingsworth-Tane, Medical Oncologist"),
            P(f"Re: {patient(11)}   NHI-style No. {mrn(11)}   DOB 22/05/1961"),
            P("Dear Wiremu,"),
            P("Thank you for asking me to see Mrs Sixtyonepatient, whom I met today in the radiation oncology clinic. She has clear "
              "cell renal carcinoma treated by left nephrectomy in 2023 and has been stable on cabozantinib apart from a single "
              "enlarging lesion in the S1 vertebral body with some soft tissue extending towards the right S1 foramen. Her "
              "right buttock pain is controlled on paracetamol and low dose tramadol. ECOG 1."),
            P("Given the radioresistant histology and otherwise controlled disease, I have recommended stereotactic ablative "
              "radiotherapy (SABR). I would intend 35 Gy in 5 fractions if the small bowel constraints can be met, otherwise a "
              "lower dose. She will have a planning CT in a vacuum bag next week, fused with a dedicated sacral MRI."),
            P("I will let you know when treatment is complete. Kind regards,"),
            sig("Dr Marama Featherstonhaugh, Radiation Oncologist, FRANZCR"),
        ]]),
        Doc("2_completion_summary.txt", text=f"""
HARBOURSIDE REGIONAL CANCER CENTRE - RADIATION ONCOLOGY COMPLETION SUMMARY

Name: {patient(11)}          ID: {mrn(11)}
Treating RO: Dr M. Featherstonhaugh        Date: 06/11/2026

Site treated: S1 vertebral body and right paravertebral soft tissue (RCC metastasis)
Intent: SABR, oligoprogression

Planning: CT simulation 09/10/2026 in a full-length vacuum bag with knee cushion, 1 mm; MRI sacrum 08/10/2026 fused.
GTV on MRI, CTV per consensus sacral guidelines, PTV 2 mm. VMAT, 2 arcs, 6 MV FFF (WHARENUI-TPS 3, invented).
Prescription: 30 Gy in 5 fractions to cover 90% of the PTV. The 35 Gy option was not achievable: small bowel D0.5cc
would have been 31.8 Gy; at 30 Gy it is 27.4 Gy.

Treatment dates: 27/10/2026 - 04/11/2026 (alternate days)
Delivered: 30 Gy / 5 fractions, completed as planned. Daily CBCT with bony and soft-tissue match, couch corrections
approved by the RO before fraction 1, then by RT staff within tolerance.

Acute effects: grade 1 diarrhoea, pain flare day 2 settled with dexamethasone 4 mg x 2 days.
Follow-up: MRI sacrum 3 months; continue cabozantinib (Dr Hollingsworth-Tane).

Dr M. Featherstonhaugh
{FOOT}
"""),
    ])

# r61_12 -- scan (skewed): tabular L4 SBRT record, 27 Gy/3 fx; 63621 claimed for one level ---------------------------
add(name="r61_12", kind="scan", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L4 vertebral metastasis", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Scanned, skewed tabular spine SBRT record: L4 metastasis from breast cancer, 27 Gy in 3 fractions of 9 Gy "
          "on a gantry linac with a vacuum body frame and abdominal wrap, CT myelogram not needed (MRI fused), CBCT. "
          "One level only: 63621 is wrong.",
    docs=[Doc("r61_12.pdf", [[
        H1("Spine Stereotactic Treatment Record"),
        TextTable([("Patient", patient(12), "MRN", mrn(12)),
                   ("Physician", "Lucinda Okonkwo-Baird, MD", "Physicist", "R. Vasquez-Holm, MS"),
                   ("Site", "L4 vertebral body + R pedicle", "Dx", "Breast ca, bone met"),
                   ("Unit", "6 MV FFF gantry linac", "TPS", "MESA-PLAN 8 (invented)")], columns=(0, 70, 260, 320)),
        P("Immobilization: vacuum body frame with abdominal wrap. Sim CT 10/26/2026 (1 mm) + MRI L-spine 10/24/2026 registered; "
          "CT myelogram not needed. Rx: 27 Gy / 3 fx (9 Gy per fx) to PTV_L4, 2 coplanar VMAT arcs; cauda equina Dmax 21.3 Gy."),
        RuledTable([("Fx", "Date", "CBCT", "Shifts vrt/lng/lat (cm)", "MU", "Gy", "Total Gy", "RTT/MD"),
                    ("1", "11/02/26", "MD appr.", "0.12/-0.08/0.21", "2988", "9", "9", "AH/LOB"),
                    ("2", "11/04/26", "MD appr.", "0.05/0.11/-0.09", "2988", "9", "18", "AH/LOB"),
                    ("3", "11/06/26", "MD appr.", "-0.10/0.03/0.14", "2988", "9", "27", "JT/LOB")]),
        P("Pre-treatment QA: cylindrical diode array 3%/2 mm 99.1% (invented device log #4471). Course complete 11/06/2026."),
        sig("Lucinda Okonkwo-Baird, MD 11/06/2026"),
    ]], opts=dict(header=["SAGEBRUSH VALLEY CANCER INSTITUTE"], scan=True, scan_dpi=200, scan_skew=2.5, scan_noise=6.0))])


# ==================================================================================================
# Body
# ==================================================================================================

# r61_13 -- ehr_text: dictated lung SBRT completion summary in words; copy-forward header gives 54 Gy in 3 -----------
add(name="r61_13", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right lower lobe adenocarcinoma", "body", None, 50, 5)],
    categories=cats(),
    contradiction="The treatment line at the top gives 54 Gy in 3 fractions, while the narrative and the fraction record give five fractions of 10 Gy, 50 Gy.",
    notes="Dictated lung SBRT completion summary, numbers in words: peripheral RLL adenocarcinoma, fifty gray in five "
          "fractions (record of five dates), 4DCT with PET-CT fused for target definition, vacuum cushion with arms up, "
          "daily CBCT. The templated heading line was carried forward from the first proposal (54 Gy in 3), which the "
          "narrative says was changed because of chest-wall proximity.",
    docs=[Doc("r61_13.txt", text=f"""
BLACKWATER CREEK MEDICAL GROUP - RADIATION ONCOLOGY
SBRT COMPLETION SUMMARY

Patient: {patient(13)}   MRN: {mrn(13)}   DOB: 12/02/1947
Treatment: SBRT right lower lobe, 54 Gy in 3 fractions
Physician: Thaddeus Ogunleye-Marsh, MD

This is a seventy-nine-year-old gentleman with a two point one centimeter peripheral right lower lobe adenocarcinoma,
clinical T1c N0 M0, medically inoperable because of COPD with an FEV1 of forty-one percent. PET-CT on September twenty-eighth
showed an SUV of seven point two in the nodule and no nodal or distant disease.

We initially proposed fifty-four gray in three fractions, but because the lesion abuts the posterior chest wall we chose
fifty gray in five fractions of ten gray. He was simulated on October sixth supine in a vacuum cushion with both arms above the
head on a wing board. A four-dimensional CT was acquired, an internal target volume was drawn over all ten phases with the
PET-CT fused for reference, and a five millimeter PTV margin was added. The plan used two partial VMAT arcs with six megavolt
flattening-filter-free beams and covered ninety-five percent of the PTV with the prescription dose. Chest wall V30 was
twenty-two cc and the rib maximum forty-eight gray.

He was treated on our gantry linac on October fourteenth, sixteenth, twentieth, twenty-second and twenty-fourth, twenty
twenty-six. Before each fraction a cone-beam CT was registered to the ITV and shifts were approved by me or my partner.
All five fractions were delivered, fifty gray in total.

He tolerated treatment well with mild fatigue and no cough. We will obtain a CT chest in three months.

Thaddeus Ogunleye-Marsh, MD   (dictated 10/24/2026, signed 10/26/2026)
{FOOT}
""")])

# r61_14 -- bundle (4 files): prostate SBRT on a robotic linac: fiducial note, sim note, plan report, completion ------
add(name="r61_14", kind="bundle", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("prostate and proximal seminal vesicles", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Four-document bundle from a private urology-radiation practice: urologist's procedure note (three gold "
          "fiducials and a hydrogel spacer), CT/MRI simulation note, plan report (PTV_3625, 36.25 Gy in 5 at the 83% "
          "isodose, fiducial tracking) and completion summary (3625 cGy in five fractions). One target "
          "(prostate + proximal seminal vesicles).",
    docs=[
        Doc("a_fiducial_spacer_note.txt", text=f"""
NORTH SHORE UROLOGY & RADIATION PARTNERS - PROCEDURE NOTE
{patient(14)}  {mrn(14)}   Date: 09/29/2026
Procedure: Transperineal placement of 3 gold fiducial markers into the prostate; injection of perirectal hydrogel spacer.
Indication: Favorable intermediate-risk prostate adenocarcinoma (Gleason 3+4, PSA 7.8, cT1c), for stereotactic radiation.
Findings: Markers placed at right base, left mid gland and apex under TRUS guidance. 10 mL hydrogel injected with good separation.
No complications. -- Fitzgerald Amankwah-Voss, MD (Urology)
{FOOT}
"""),
        Doc("b_simulation_note.txt", text=f"""
SIMULATION NOTE   {patient(14)} / {mrn(14)}   10/07/2026
CT simulation 1.5 mm with full bladder and empty rectum protocol, supine, arms on chest; 3 fiducials visible.
MRI pelvis (T2 axial 2 mm, 3D T1) same day, fused to CT using fiducials. Spacer well positioned, rectum separated by ~11 mm.
Target: prostate + proximal 1 cm seminal vesicles. Plan for SBRT 36.25 Gy in 5 fractions, every other day.
L. Marchbanks-Oyelowo, MD
{FOOT}
"""),
        Doc("c_plan_report.pdf", [[
            H1("Robotic SBRT Plan Report"),
            KeyValue([("Patient", f"{patient(14)}  {mrn(14)}"), ("Plan", "PROST_SBRT_01 (approved 10/16/2026)"),
                      ("System", "MERIDIAN-RP 2 (invented)"), ("Unit", "robotic-arm mounted 6 MV linac"),
                      ("Tracking", "Fiducial tracking (3 markers), rotational correction on"),
                      ("Prescription", "36.25 Gy / 5 fx to the 83% isodose, PTV_3625 (CTV + 3 mm, 2 mm posterior)")]),
            RuledTable([("Structure", "Metric", "Goal", "Achieved"),
                        ("PTV_3625", "V36.25Gy", ">= 95%", "96.4%"), ("PTV_3625", "Dmax", "< 44 Gy", "43.7 Gy"),
                        ("Rectum", "V36Gy", "< 1 cc", "0.0 cc"), ("Bladder", "V37Gy", "< 10 cc", "2.1 cc"),
                        ("Urethra PRV", "Dmax", "< 38.5 Gy", "38.1 Gy")]),
            P("Beams: 172 non-isocentric beams, 2 collimator sizes. Independent secondary dose calculation agreed within 1.4%."),
            sig("Petronella Auclair, PhD, Medical Physicist 10/16/2026"),
            sig("L. Marchbanks-Oyelowo, MD 10/16/2026"),
        ]]),
        Doc("d_completion_summary.txt", text=f"""
NORTH SHORE UROLOGY & RADIATION PARTNERS - TREATMENT SUMMARY
Patient {patient(14)}   MRN {mrn(14)}
Course: prostate SBRT, robotic linac, 10/20/2026 - 10/28/2026
Total dose 3625 cGy in 5 fractions (725 cGy/fx) to the prostate and proximal seminal vesicles; fiducial tracking each fraction
with no marker migration. GU: grade 1 frequency. GI: none. PSA in 3 months; ADT not indicated.
L. Marchbanks-Oyelowo, MD   10/28/2026
{FOOT}
"""),
    ])

# r61_15 -- pdf: Dutch-style key: value liver SBRT record, 3 x 15 Gy; discharge line says 40 Gy (contradiction) -----
add(name="r61_15", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("HCC segment VII", "body", None, 45, 3)],
    categories=cats(),
    contradiction="The discharge line says the liver lesion received 40 Gy, while the prescription and the three fraction rows give 3 x 15 Gy = 45 Gy.",
    notes="Netherlands-style record in English (key: value header, dd-mm-yyyy, decimal commas): HCC in segment VII after "
          "failed TACE, 3 x 15 Gy = 45 Gy on a gantry linac, vacuum mattress with abdominal compression, 4DCT and "
          "liver MRI, CBCT each fraction. The closing discharge line says 40 Gy (record: 45 Gy).",
    docs=[Doc("r61_15.pdf", [[
        H1("SBRT LEVER - BESTRALINGSVERSLAG / TREATMENT REPORT"),
        KeyValue([("Patient", patient(15)), ("Patient no.", mrn(15)), ("Date of birth", "17-06-1953"),
                  ("Radiotherapist-oncologist", "dr. Jorinde van Keulen-Ashby"),
                  ("Diagnosis", "Hepatocellular carcinoma segment VII, 2,9 cm, Child-Pugh A6, residual after TACE (06-2026)"),
                  ("Treatment unit", "6 MV FFF gantry linac"),
                  ("Immobilisation", "Vacuum mattress, abdominal compression plate"),
                  ("Planning imaging", "4D-CT 21-10-2026 (10 phases) + MRI liver with hepatobiliary contrast 19-10-2026, registered"),
                  ("Planning", "ITV + 5 mm = PTV; VMAT 2 arcs; DELTAPLAN 7 (invented)"),
                  ("Prescription", "3 x 15,0 Gy = 45,0 Gy, PTV D95% >= 100%; liver - GTV mean 10,8 Gy")]),
        H2("Fractions"),
        RuledTable([("Fr", "Date", "CBCT match", "Dose (Gy)", "Cumulative (Gy)"),
                    ("1", "02-11-2026", "liver contour, 1,1 mm", "15,0", "15,0"),
                    ("2", "05-11-2026", "liver contour, 0,8 mm", "15,0", "30,0"),
                    ("3", "09-11-2026", "liver contour, 1,3 mm", "15,0", "45,0")]),
        P("Discharge: SBRT of the liver lesion completed, 40 Gy in 3 fractions, well tolerated. Follow-up CT/MRI after 3 months via the "
          "hepatology outpatient clinic."),
        sig("dr. J. van Keulen-Ashby, radiotherapist-oncologist 09-11-2026"),
    ]], opts=dict(header=["RADIOTHERAPIEGROEP ZUIDERDELTA (invented)", f"{patient(15)} | {mrn(15)}"]))])

# r61_16 -- ehr_text: pipe export from an MR-linac, adrenal + portocaval node, 35 Gy/5 each; no immobilisation stated ---
add(name="r61_16", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 5, ["CT", "MRI"], []),
    lesions=[L("left adrenal metastasis", "body", None, 35, 5), L("portocaval lymph node", "body", None, 35, 5)],
    categories=cats(positioning=False),
    notes="Pipe-delimited fraction export from a 1.5 T MR-linac: left adrenal metastasis and a portocaval node, 35 Gy "
          "in 5 fractions each, daily adapt-to-shape on the MR image, planning CT + MRI. The export records no "
          "immobilisation device, so positioning is unmet.",
    docs=[Doc("r61_16.txt", text=f"""
COPPERLEAF ONCOLOGY NETWORK - ADAPTIVE MR-LINAC FRACTION EXPORT (QUARRY-OIS 3, invented)
unit: 1.5 T MR-linac (7 MV FFF)     physician: Anselm Rowbotham-Nwosu, MD     physicist: Dagny Ellery, PhD
patient: {patient(16)}     mrn: {mrn(16)}     dx: NSCLC oligoprogression, left adrenal + portocaval node (C79.72, C77.2)
reference imaging: planning CT 2026-10-28 (1 mm); MRI 3D T2 + T1 Dixon 2026-10-28, registered; reference plans approved 2026-11-02
prescription: PTV_Adrenal_L 35 Gy/5 fx (7 Gy/fx), PTV_PCnode 35 Gy/5 fx (7 Gy/fx); IMRT 13 beams; duodenum D0.5cc < 30 Gy
FX|DATE|WORKFLOW|TARGET|PLANNED_GY|DELIVERED_GY|CUM_GY|DUODENUM_D0.5CC|SECOND_CHECK|STATUS
1|2026-11-04|ATS|PTV_Adrenal_L|7.00|7.00|7.00|22.1|pass|done
1|2026-11-04|ATS|PTV_PCnode|7.00|7.00|7.00|22.1|pass|done
2|2026-11-06|ATS|PTV_Adrenal_L|7.00|7.00|14.00|23.4|pass|done
2|2026-11-06|ATS|PTV_PCnode|7.00|7.00|14.00|23.4|pass|done
3|2026-11-09|ATP|PTV_Adrenal_L|7.00|7.00|21.00|21.8|pass|done
3|2026-11-09|ATP|PTV_PCnode|7.00|7.00|21.00|21.8|pass|done
4|2026-11-11|ATS|PTV_Adrenal_L|7.00|7.00|28.00|24.0|pass|done
4|2026-11-11|ATS|PTV_PCnode|7.00|7.00|28.00|24.0|pass|done
5|2026-11-13|ATS|PTV_Adrenal_L|7.00|7.00|35.00|22.9|pass|done
5|2026-11-13|ATS|PTV_PCnode|7.00|7.00|35.00|22.9|pass|done
legend: ATS = adapt to shape (re-contour on daily MR, re-optimise); ATP = adapt to position; SECOND_CHECK = independent MU calc of adapted plan
course status: COMPLETED 2026-11-13, 35 Gy/5 fx to both PTVs
{FOOT}
""")])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# r61_17 -- ehr_text: dictated radiation oncology consult recommending SRS, nothing simulated yet ---------------------
add(name="r61_17", kind="ehr_text", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: dictated radiation oncology consultation recommending single-fraction linac SRS to two "
          "metastases (proposed twenty and eighteen gray, mask, planning CT to be scheduled). The diagnostic MRI is "
          "workup, nothing simulated, planned or delivered: facts empty, categories unmet, codes inconsistent.",
    docs=[Doc("r61_17.txt", text=f"""
ST. AUBERT COMMUNITY HOSPITAL - RADIATION ONCOLOGY CONSULTATION

PATIENT: {patient(17)}     MRN: {mrn(17)}     DATE: 12/01/2026
REQUESTING: Dr. Philippa Nwachukwu-Hale, Hospitalist

REASON FOR CONSULT: Two new brain lesions.

HPI: Sixty-four-year-old woman with small cell... correction, large cell neuroendocrine carcinoma of the lung diagnosed in July,
admitted with word-finding difficulty. MRI brain with and without contrast on November twenty-ninth shows two enhancing lesions,
left temporal one point four centimeters and right frontal eight millimeters, with modest edema. Started on dexamethasone four
milligrams twice daily with improvement.

ASSESSMENT AND RECOMMENDATIONS: Two brain metastases, good performance status, KPS eighty. I recommend stereotactic
radiosurgery, single fraction, on our linear accelerator with a thermoplastic mask, likely twenty gray to the right frontal
lesion and eighteen gray to the left temporal lesion, rather than whole brain radiotherapy. She will need a thin-cut
planning CT and a volumetric MRI after discharge; my office will schedule simulation once she is home. Risks and benefits
were discussed with the patient and her son, and they wish to proceed. No treatment given today.

Ignatius Perdue-Kamara, MD, Radiation Oncology
Dictated 12/01/2026
{FOOT}
""")])

# r61_18 -- pdf: delivered 30 Gy in 10 fractions cavity course (not SRS), claimed as SRS/SBRT -------------------------
add(name="r61_18", kind="pdf", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 10, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal resection cavity (4.1 cm)", "cranial", C, 30, 10)],
    categories=cats(),
    notes="Near-miss negative: a delivered 10-fraction course (30 Gy in 10 fractions of 3 Gy) to a right frontal cavity, "
          "described as 'hypofractionated stereotactic' (cavity 4.1 cm: complex by size), with mask, CT + MRI and daily CBCT. More than 5 fractions: "
          "the claimed 77373/77435/61796 are inconsistent and no delivery code applies.",
    docs=[Doc("r61_18.pdf", [[
        H1("End of Treatment Summary"),
        KeyValue([("Patient", f"{patient(18)}  ({mrn(18)})"), ("Physician", "Rosalind Achterberg-Mensah, MD"),
                  ("Diagnosis", "Right frontal metastasis, colorectal primary, resected 09/22/2026 (cavity 4.1 cm)"),
                  ("Technique", "Hypofractionated stereotactic radiotherapy, VMAT 2 arcs, 6 MV, gantry linac"),
                  ("Immobilization", "SRS thermoplastic mask"),
                  ("Imaging", "CT sim 10/08/2026 fused with post-op MRI 10/06/2026; daily CBCT"),
                  ("Prescription", "30 Gy in 10 fractions (3 Gy/fx) to PTV = cavity + 2 mm, 95% coverage"),
                  ("Dates", "10/14/2026 - 10/27/2026"), ("Delivered", "30 Gy / 10 fx, no breaks")]),
        P("Rationale: the cavity exceeds 4 cm and abuts the motor strip; a 10-fraction regimen was chosen over 5 fractions to limit "
          "necrosis risk. Tolerated well. MRI 8 weeks."),
        sig("Rosalind Achterberg-Mensah, MD 10/27/2026"),
    ]], opts=dict(header=["Foxglove Valley Cancer Center"]))])

# r61_19 -- bundle (2 files): lung SBRT simulated and planned, cancelled before fraction 1 ---------------------------
add(name="r61_19", kind="bundle", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: simulation/plan-approval note for LUL lung SBRT 48 Gy in 4 fractions, then a nursing and "
          "physician cancellation note: the patient was admitted with pneumonia the day before fraction 1 and chose "
          "hospice; no fraction was delivered. No course given: facts empty, categories unmet, codes inconsistent.",
    docs=[
        Doc("1_sim_plan_note.txt", text=f"""
MAPLE RIDGE ONCOLOGY - SBRT SIMULATION / PLAN APPROVAL
{patient(19)}  MRN {mrn(19)}
10/30/2026: 4DCT simulation in a vacuum cushion, arms up. ITV from 10 phases, PTV = ITV + 5 mm.
11/04/2026: Plan LUL_SBRT approved: 48 Gy in 4 fractions (12 Gy/fx), 2 VMAT arcs, 6 MV FFF; physics check passed.
First fraction scheduled 11/10/2026.
Clement Osei-Brandt, MD
{FOOT}
"""),
        Doc("2_cancellation_note.txt", text=f"""
MAPLE RIDGE ONCOLOGY - TREATMENT CANCELLATION
{patient(19)}  MRN {mrn(19)}   11/12/2026
Patient was admitted to Maple Ridge General on 11/09/2026 with pneumonia and hypoxia. After a family meeting he has elected
comfort care and hospice. SBRT course cancelled; NO fractions were delivered. Plan LUL_SBRT retired. Machine schedule released.
Physics notified. -- H. Albescu, RN / Clement Osei-Brandt, MD
{FOOT}
"""),
    ])

# r61_20 -- pdf letter: follow-up letter to the referrer 13 months after cobalt-60 radiosurgery -----------------------
add(name="r61_20", kind="pdf", codes=["77371", "77432", "61796"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: follow-up letter to the referring oncologist thirteen months after frame-based cobalt-60 "
          "radiosurgery (October 2025: three metastases, 20/20/18 Gy); today's MRI shows response, no new lesions, "
          "nothing further given. Facts empty, categories unmet.",
    docs=[Doc("r61_20.pdf", [[
        P("BRIARWOOD NEUROSURGICAL ASSOCIATES"),
        P("November 30, 2026"),
        P("Helga Strandquist-Obi, MD, Hematology/Oncology, Briarwood Cancer Pavilion"),
        P(f"RE: {patient(20)}   DOB 06/02/1972   MRN {mrn(20)}"),
        P("Dear Dr. Strandquist-Obi,"),
        P("I saw Ms. Sixtyonepatient in follow-up today, thirteen months after her radiosurgery on October 21, 2025, when we treated "
          "three breast cancer metastases (left frontal and right parietal 20 Gy, left cerebellar 18 Gy) in a single session on our "
          "cobalt-60 unit under a stereotactic frame."),
        P("Her MRI of November 24, 2026 shows continued shrinkage of all three treated lesions, the largest now 3 mm, with no new "
          "metastases and no radiation necrosis. She is neurologically intact and working full time. No further radiosurgery is "
          "needed at this point. I will repeat the MRI in four months and see her then."),
        P("Thank you for allowing me to participate in her care."),
        P("Sincerely,"),
        sig("Percival Achebe-Lundgren, MD, Neurological Surgery"),
        P("cc: patient"),
    ]])])


CORPUS = Corpus("blind_corpus61", "tests/blind_corpus61", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
